# Grupos de trabajo.
networks-groups-text = Los miembros de la red participan en grupos de trabajo temáticos con el personal del observatorio. Algunos grupos se publican; otros trabajan de forma privada.
networks-groups-link = Ver los grupos de trabajo
staff-groups = Grupos de trabajo
groups-title = Grupos de trabajo
groups-intro = Los miembros de la red de colaboración trabajan juntos en grupos temáticos: comparten investigación y práctica, preparan recomendaciones y llevan a cabo actividades conjuntas con el observatorio.
groups-none = Todavía no se publica ningún grupo de trabajo.
groups-none-yet = Todavía no se ha creado ningún grupo de trabajo.
groups-join-text = Para participar en un grupo, cuéntenos qué propone y en qué se especializa: nuestro equipo le sugerirá el grupo adecuado.
groups-stage = Etapa
groups-stage-forming = En formación
groups-stage-active = Activo
groups-stage-closed = Cerrado (archivo)
groups-line = Línea de trabajo
groups-no-line = Ninguna línea de trabajo en particular
groups-organisation = Organización coordinadora
groups-members = Miembros
groups-member-count = { $count ->
    [0] Aún sin miembros
    [one] Un miembro
   *[other] { $count } miembros
}
groups-private-notice = Este grupo no se publica: solo sus miembros y el personal del observatorio ven esta página.
groups-member-list = Miembros
groups-members-none = Nadie se ha unido todavía a este grupo.
group-role-coordinator = Coordinación
group-role-member = Miembro
group-role-contributor = Colaborador/a
group-role-observer = Observador/a
groups-field-name = Nombre del grupo
groups-field-description = En qué trabaja el grupo
groups-visibility = Quién ve el grupo
groups-visibility-public = Se publica en el sitio
groups-visibility-private = Solo sus miembros y el personal
groups-new = Nuevo grupo de trabajo
groups-create = Crear el grupo
groups-edit = Datos del grupo
groups-save = Guardar el grupo
groups-saved = El grupo se ha guardado.
groups-see-page = Ver la página del grupo
groups-remove = Retirar del grupo
groups-add-member = Añadir un miembro
groups-member-email = Dirección de correo de su cuenta
groups-member-role = Función en el grupo
groups-add = Añadir al grupo
groups-name-missing = Indique un nombre para el grupo.
groups-texts-hint = Escriba el nombre y la descripción del grupo en cada idioma que pueda; un idioma vacío muestra el texto de otro hasta que alguien lo traduzca. Para empezar basta un nombre en un idioma.
groups-texts-missing = Indique el nombre del grupo en al menos un idioma.
groups-languages = Idiomas
groups-languages-complete = Los tres
groups-languages-missing = Falta:
groups-line-unknown = Elija una línea de trabajo de la lista.
groups-choice-unknown = Elija una de las opciones propuestas.
groups-member-unknown = Ninguna cuenta confirmada utiliza esta dirección. Pida a la persona que se registre y confirme antes su dirección.
groups-join = Solicitar unirse a este grupo
groups-join-message = Por qué desea unirse (opcional)
groups-join-hint = Unas palabras para la coordinación sobre su trabajo y lo que aportaría, en 1000 caracteres como máximo.
groups-join-submit = Enviar mi solicitud
groups-join-asked = Su solicitud se ha enviado a la coordinación del grupo. Recibirá su respuesta por correo.
groups-join-waiting = Ha solicitado unirse a este grupo; la coordinación aún no ha respondido.
groups-join-answered = Su respuesta ha quedado registrada y se ha informado a la persona por correo.
groups-requests = Solicitudes para unirse
groups-accept = Aceptar
groups-decline = Rechazar

mail-group-join-asked-subject = { $name } solicita unirse a { $group }
mail-group-join-asked-body = { $name } desea unirse al grupo de trabajo «{ $group }» y escribe:

    { $message }

    Acepte o rechace la solicitud en la página del grupo.
mail-group-join-asked-action = Abrir la página del grupo
mail-group-join-accepted-subject = Le damos la bienvenida a { $group }
mail-group-join-accepted-body = Su solicitud ha sido aceptada: ya es miembro del grupo de trabajo «{ $group }». Su página muestra sus miembros y aquello en lo que trabaja.
mail-group-join-accepted-action = Abrir la página del grupo
mail-group-join-declined-subject = Su solicitud para unirse a { $group }
mail-group-join-declined-body = La coordinación del grupo de trabajo «{ $group }» no puede incorporarle por ahora. Gracias por su interés; los demás grupos del observatorio y su formulario de colaboración siguen a su disposición.
mail-group-join-declined-action = Ver la página del grupo

## Las discusiones de un grupo.
discussions-open = Discusiones del grupo
discussions-title = Discusiones
discussions-archive = El grupo está cerrado: sus discusiones se conservan como archivo y no admiten nuevos mensajes.
discussions-mails-saved = Su elección de correos se ha guardado.
discussions-none = Aún no se ha abierto ninguna discusión.
discussions-post-count = { $count ->
    [one] un mensaje
   *[other] { $count } mensajes
}
discussions-new = Abrir una discusión
discussions-new-title = Asunto
discussions-body = Su texto
discussions-body-hint = Se admite un formato sencillo: **negrita**, *cursiva*, listas que empiezan por "-", enlaces escritos [así](https://example.org). Solo lo leen los miembros del grupo y el equipo.
discussions-new-submit = Abrir la discusión
discussions-mails = Correos
discussions-mails-legend = Cuando alguien escribe en las discusiones de este grupo
discussions-mails-each = Enviarme cada nuevo mensaje por correo
discussions-mails-daily = Enviarme un correo cada mañana con los mensajes nuevos
discussions-mails-none = No enviarme nada
discussions-mails-save = Guardar mi elección
discussions-edited = corregido
discussions-edit = Corregir mi mensaje
discussions-edit-hint = Un mensaje puede corregirse durante los 30 minutos siguientes a su envío.
discussions-edit-save = Guardar la corrección
discussions-reply = Su respuesta
discussions-reply-submit = Enviar la respuesta
discussions-stop-title = Dejar de recibir los correos de las discusiones de un grupo
discussions-stop-text = Ya no recibirá correos sobre los mensajes nuevos en las discusiones del grupo
discussions-stop-submit = Dejar de recibir estos correos
discussions-stopped = Hecho: ya no recibirá estos correos. Puede volver a elegir en la página de discusiones del grupo.
discussion-title-missing = Indique el asunto de la discusión.
discussion-body-missing = Escriba su texto.
discussion-author-gone = Un antiguo miembro
mail-group-post-subject = { $group }: { $title }
mail-group-post-body =
    { $name } ha escrito en la discusión «{ $title }»:

    { $message }

    Para dejar de recibir un correo por cada mensaje de este grupo: { $stop }
mail-group-post-action = Leer y responder
mail-group-digest-subject = { $count ->
    [one] Un mensaje nuevo en sus grupos de trabajo
   *[other] { $count } mensajes nuevos en sus grupos de trabajo
}
mail-group-digest-body =
    Estos son los mensajes nuevos en las discusiones de sus grupos de trabajo desde el resumen anterior.

    { $list }
mail-group-digest-action = Abrir las discusiones
mail-group-digest-group =
    ── { $group } ──
    (Para dejar de recibir estos correos de este grupo: { $stop })
mail-group-digest-item =
    «{ $title }», { $name }:
    { $message }
    { $link }

groups-activity = Últimos 30 días
groups-activity-members = { $count ->
    [0] ningún miembro nuevo
    [one] un miembro nuevo
   *[other] { $count } miembros nuevos
}
groups-activity-posts = { $count ->
    [0] ningún mensaje
    [one] un mensaje
   *[other] { $count } mensajes
}

## Los documentos de un grupo.
documents-open = Documentos del grupo
documents-title = Documentos
documents-archive = El grupo está cerrado: sus documentos se conservan como archivo y no admiten nuevos ficheros.
documents-none = Aún no se ha compartido ningún documento.
documents-output = Resultado
documents-version = { $count ->
    [one] versión 1
   *[other] versión { $count }
}
documents-new = Compartir un documento
documents-new-title = Título
documents-file = Fichero
documents-file-hint = PDF, Word, OpenDocument u Office Open XML, hasta 5 MB, sin nada que se ejecute (ni macros, ni scripts, ni programas).
documents-new-submit = Compartir el documento
documents-title-missing = Indique el título del documento.
documents-file-missing = Elija el fichero que quiere compartir.
documents-is-output = Este documento es uno de los resultados del grupo: figura en la página pública del grupo y cualquiera puede descargar allí su versión actual.
documents-versions = Versiones
documents-current = versión actual
documents-new-version = Subir una nueva versión
documents-new-version-submit = Subir la nueva versión
documents-output-title = Resultado del grupo
documents-output-text = Un resultado figura en la página pública del grupo (si el grupo aparece públicamente) y cualquiera puede descargar su versión actual.
documents-output-mark = Marcar como resultado del grupo
documents-output-remove = Dejar de considerarlo un resultado
documents-outputs = Resultados del grupo

## Las reuniones de un grupo y el calendario de cada persona.
meetings-open = Reuniones del grupo
meetings-title = Reuniones
meetings-archive = El grupo está cerrado: sus reuniones se conservan como archivo.
meetings-my-calendar = Todas mis reuniones y mi calendario suscrito
meetings-upcoming = Próximas reuniones
meetings-none-upcoming = No hay ninguna reunión prevista.
meetings-past = Reuniones pasadas
meetings-new = Convocar una reunión
meetings-new-submit = Convocar la reunión y avisar a los miembros
meeting-field-title = Asunto
meeting-field-date = Día
meeting-field-starts = Empieza a las
meeting-field-ends = Termina a las
meeting-field-zone = Zona horaria de la reunión
meeting-field-zone-hint = El día y las horas indicados se leen en los relojes de esta zona. Cada miembro los ve también en su propia zona.
meeting-field-place = Lugar
meeting-field-link = Enlace en línea
meeting-field-agenda = Orden del día
meeting-field-reminder = Recordatorio por correo
meeting-reminder-0 = Sin recordatorio
meeting-reminder-60 = Una hora antes
meeting-reminder-1440 = Un día antes
meeting-reminder-2880 = Dos días antes
meeting-reminder-10080 = Una semana antes
meeting-cancelled = Anulada
meeting-cancelled-notice = Esta reunión ha sido anulada.
meeting-your-time = Su hora
meeting-its-time = Donde se celebra
meeting-add-to-calendar = Añadir a mi calendario (.ics)
meeting-change = Modificar la reunión
meeting-change-hint = Si cambian el día, las horas, el lugar o el enlace, se avisa a los miembros por correo y los calendarios que contienen la reunión la actualizan.
meeting-change-submit = Guardar los cambios
meeting-agenda-none = Todavía no hay orden del día.
meeting-minutes = Acta
meeting-minutes-none = Todavía no se ha redactado el acta.
meeting-minutes-later = El acta podrá redactarse cuando la reunión haya empezado.
meeting-minutes-field = Acta de la reunión
meeting-minutes-save = Guardar el acta
meeting-cancel = Anular la reunión
meeting-cancel-text = La reunión sigue en la lista, marcada como anulada; se avisa a los miembros por correo y sus calendarios la retiran.
meeting-cancel-submit = Anular esta reunión
meeting-title-missing = Indique el asunto de la reunión.
meeting-where-missing = Indique dónde se celebra la reunión o su enlace en línea.
meeting-zone-missing = Elija la zona horaria en la que se leen las horas de la reunión.
meeting-reminder-invalid = Elija cuándo se envía el recordatorio, o ningún recordatorio.
meeting-link-invalid = Indique una dirección web que empiece por https:// o http://.
meeting-date-invalid = Indique el día como año-mes-día, por ejemplo 2027-01-14.
meeting-time-invalid = Indique la hora como horas:minutos, por ejemplo 15:00.
meeting-ends-before-start = La reunión debe terminar después de empezar, el mismo día.
meeting-time-skipped = Ese día los relojes de esta zona se saltan esta hora (se adelantan); elija otra hora.
meeting-minutes-missing = Redacte el acta.
meetings-calendar-title = Mis reuniones
meetings-calendar-intro = Las próximas reuniones de todos los grupos de trabajo de los que es miembro, con su hora en su zona (puede cambiarla en la página de su cuenta) y el lugar donde se celebran.
meetings-feed = Calendario suscrito
meetings-feed-text = Suscríbase a esta dirección desde su programa de calendario (Outlook, Google Calendar, Thunderbird, Calendario de Apple…) y las reuniones de sus grupos aparecerán en él, siempre al día.
meetings-feed-address = La dirección de su calendario
meetings-feed-secret = Cualquier persona que tenga esta dirección puede ver las reuniones de sus grupos: no la comparta. Si se ha difundido, cree una nueva; la anterior deja de funcionar en el acto.
meetings-feed-renew = Crear una dirección nueva
meetings-feed-off = Desactivar el calendario suscrito
meetings-feed-create = Crear la dirección de mi calendario
meetings-feed-name = Grupos de trabajo · Observatorio de Justicia Juvenil
mail-meeting-new-subject = { $group }: nueva reunión, { $title }
mail-meeting-new-body =
    Se ha convocado una reunión del grupo de trabajo «{ $group }».

    { $title }
    Cuándo: { $when }
    Dónde: { $where }

    Su página contiene el orden del día y un archivo para añadirla a su calendario.
mail-meeting-new-action = Ver la reunión
mail-meeting-moved-subject = { $group }: reunión modificada, { $title }
mail-meeting-moved-body =
    La reunión «{ $title }» del grupo de trabajo «{ $group }» ha cambiado.

    Cuándo: { $when }
    Dónde: { $where }
mail-meeting-moved-action = Ver la reunión
mail-meeting-cancelled-subject = { $group }: reunión anulada, { $title }
mail-meeting-cancelled-body =
    La reunión «{ $title }» del grupo de trabajo «{ $group }», prevista el { $when }, ha sido anulada.
mail-meeting-cancelled-action = Ver la reunión
mail-meeting-reminder-subject = Recordatorio: { $title } ({ $group })
mail-meeting-reminder-body =
    Le recordamos la próxima reunión del grupo de trabajo «{ $group }».

    { $title }
    Cuándo: { $when }
    Dónde: { $where }
mail-meeting-reminder-action = Ver el orden del día

## Lo que los miembros se muestran; los coordinadores gestionan a los miembros.
members-open = Miembros y funciones
members-title = Miembros
members-role = Función
members-role-save = Cambiar la función
members-remove = Retirar del grupo
members-saved = Guardado.
members-last-coordinator = Un grupo conserva al menos una persona coordinadora: nombre antes a otra.
members-shown = Lo que los demás miembros ven de mí
members-shown-legend = Además de mi nombre y mi función en el grupo, mostrar a los demás miembros
members-shown-name = Nada más
members-shown-profile = Mi organización, país, idiomas de trabajo y especialidad
members-shown-contact = Mi perfil y mi dirección de correo
members-shown-save = Guardar mi elección
