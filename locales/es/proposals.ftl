nav-staff = Espacio del equipo
nav-my-proposals = Mis propuestas
staff-nav = Páginas del personal
staff-queue = Propuestas
staff-dashboard = Panel
staff-lines = Líneas de trabajo

proposal-form-title = Proponer una colaboración
proposal-form-intro = Cuéntenos qué propone, qué le interesa y en qué está especializado. Nuestro equipo estudiará su propuesta a la luz de las líneas de trabajo del observatorio y se pondrá en contacto con usted para plantearle posibles acciones, de forma individual o dentro de un grupo de trabajo.
proposal-about-you = Sobre usted
proposal-about-proposal = Su propuesta
proposal-reply-to = Le responderemos a la dirección de su cuenta:
proposal-trap-label = Deje este campo vacío
proposal-lines = Líneas de trabajo a las que se refiere su propuesta
proposal-specialisation = Su especialización
proposal-specialisation-hint = Su ámbito, su experiencia y el tipo de trabajo que realiza en justicia juvenil.
proposal-title = Título de la propuesta
proposal-description = Descripción de la propuesta
proposal-description-hint = Qué propone, para quién y qué espera de la colaboración (al menos 30 caracteres).
proposal-kind = Tipo de colaboración que desea
proposal-kind-individual = Una acción individual
proposal-kind-working-group = Participar en un grupo de trabajo
proposal-kind-either = Cualquiera de las dos
proposal-attachment = Documento adjunto (opcional)
proposal-attachment-hint = Un PDF o un documento de ofimática (Word, Excel, PowerPoint u OpenDocument) de 5 MB como máximo.
proposal-attachment-kept = Conservamos el archivo que envió:
proposal-submit = Enviar mi propuesta
proposal-specialisation-missing = Describa su especialización.
proposal-title-missing = Dé un título a su propuesta.
proposal-description-length = Describa su propuesta en al menos 30 caracteres.
proposal-kind-missing = Elija el tipo de colaboración que desea.
proposal-attachment-too-large = El archivo supera los 5 MB. Envíe uno más pequeño, o ninguno.
proposal-attachment-empty = El archivo está vacío.
proposal-attachment-type = Este archivo no es un PDF ni un documento de ofimática. Envíe uno de esos formatos, o ninguno.
proposal-attachment-damaged = Este archivo está dañado o incompleto y no se puede leer. Guárdelo de nuevo desde el programa con el que lo creó, o envíe otro archivo.
proposal-attachment-active = Este documento contiene scripts, macros, programas, archivos adjuntos o una página web, que no aceptamos. Guarde una copia sin ellos (en PDF, por ejemplo) y envíe esa, o ningún archivo.
proposal-attachment-protected = Este documento está protegido con contraseña o cifrado, por lo que no podemos revisarlo. Envíe una copia sin protección, o ningún archivo.
proposal-attachment-overpacked = Al abrirse, este documento ocuparía mucho más espacio del que corresponde a su tamaño. Guárdelo de nuevo desde el programa con el que lo creó, o envíe otro archivo.
proposal-attachment-too-many = Desde su conexión se han enviado demasiados archivos en la última hora. Envíe el formulario sin archivo o vuelva a intentarlo más tarde.
proposal-too-fast = El formulario se envió demasiado rápido. Revise sus respuestas y vuelva a enviarlo.
proposal-too-many = Se han enviado demasiadas propuestas desde su conexión. Vuelva a intentarlo dentro de una hora.
proposal-message-missing = Escriba un mensaje.

proposal-sent-title = Gracias por su propuesta
proposal-reference = Referencia:
proposal-sent-confirm = Le hemos enviado un correo electrónico. Siga el enlace que contiene para confirmar su dirección: solo entonces su propuesta llegará a nuestro equipo. El enlace es válido durante { $hours } horas.
proposal-sent-member = Su propuesta ha llegado a nuestro equipo. Le hemos enviado un acuse de recibo por correo electrónico y puede seguirla desde su cuenta.
proposal-confirm-title = Confirme su propuesta
proposal-confirm-text = Pulse el botón para confirmar su dirección de correo electrónico y enviar esta propuesta a nuestro equipo.
proposal-confirm-submit = Confirmar y enviar
proposal-link-invalid-text = El enlace ha caducado o ya se ha utilizado. Si su propuesta no se confirmó a tiempo, envíela de nuevo.

proposal-mine-title = Mis propuestas
proposal-mine-empty = Todavía no ha enviado ninguna propuesta.
proposal-state = Estado:
proposal-received = Recibida:
proposal-thread = Mensajes
proposal-thread-empty = Todavía no hay mensajes.
proposal-from-observatory = El observatorio
proposal-from-you = Usted
proposal-answer = Su respuesta
proposal-answer-hint = El observatorio le ha pedido más información; su respuesta llegará al equipo.
proposal-add-information = Añadir información o escribirnos
proposal-send-message = Enviar
proposal-withdraw-title = Retirar la propuesta
proposal-withdraw-text = Si ya no desea seguir adelante, puede retirar su propuesta. Esta acción no se puede deshacer.
proposal-withdraw-submit = Retirar mi propuesta
proposal-staff = Personal del observatorio
proposal-actor-submitter-or-system = Remitente o sistema

proposal-state-unconfirmed = Pendiente de confirmación
proposal-state-submitted = Recibida
proposal-state-in-review = En evaluación
proposal-state-awaiting-information = A la espera de información
proposal-state-decided = Respondida
proposal-state-withdrawn = Retirada
proposal-state-help-unconfirmed = Su dirección de correo electrónico aún no se ha confirmado.
proposal-state-help-submitted = Su propuesta ha llegado a nuestro equipo y se asignará para su evaluación.
proposal-state-help-in-review = Nuestro equipo está evaluando su propuesta y su perfil a la luz de nuestras líneas de trabajo.
proposal-state-help-awaiting-information = Necesitamos más información: responda más abajo, por favor.
proposal-state-help-decided = Hemos respondido a su propuesta: encontrará nuestra respuesta entre los mensajes y puede contestarla más abajo.
proposal-state-help-withdrawn = Esta propuesta fue retirada.

queue-counts = Propuestas por estado
queue-filters = Filtrar las propuestas
queue-search = Buscar
queue-any = Cualquiera
queue-line = Línea de trabajo
queue-region = Región
queue-language = Idioma de trabajo
queue-evaluator = Evaluador
queue-from = Recibidas desde
queue-to = Recibidas hasta
queue-sort = Orden
queue-sort-newest = Más recientes primero
queue-sort-oldest = Más antiguas primero
queue-sort-title = Por título
queue-apply = Aplicar
queue-clear = Quitar los filtros
queue-export = Exportar en CSV
queue-total = { $count ->
    [one] Una propuesta coincide.
   *[other] { $count } propuestas coinciden.
}
queue-from-whom = De
queue-empty = Ninguna propuesta coincide con estos filtros.
queue-pages = Páginas

review-profile = Quién propone
review-proposal = La propuesta
review-evaluators = Evaluadores
review-no-evaluators = Todavía no hay nadie asignado.
review-conflict-declared = conflicto de intereses declarado
review-assign-label = Asignar un evaluador
review-assign-submit = Asignar
review-conflict-text = Si tiene un conflicto de intereses con esta propuesta, declárelo: dejará de estar asignado y ya no podrá verla.
review-conflict-submit = Declarar un conflicto de intereses
review-my-evaluation = Mi evaluación
review-score-meaning = Puntuaciones: 1 — sin adecuación; 2 — adecuación parcial; 3 — buena adecuación; 4 — adecuación plena.
review-fit-proposal = Adecuación de la propuesta
review-fit-profile = Adecuación del perfil
score-1 = sin adecuación
score-2 = adecuación parcial
score-3 = buena adecuación
score-4 = adecuación plena
review-recommendation = Recomendación
recommendation-individual-action = Una acción individual
recommendation-working-group = Un grupo de trabajo
recommendation-not-at-this-time = Por ahora no
recommendation-more-information = Se necesita más información
review-notes = Notas
review-evaluation-submit = Guardar mi evaluación
review-evaluations = Evaluaciones
review-no-evaluations = Todavía no hay evaluaciones.
review-internal = interno
review-write-kind = ¿Qué está escribiendo?
review-write-note = Una nota interna
review-write-hint-note = Solo la ve el personal; no se avisa al remitente.
review-write-question = Una pregunta al remitente
review-write-hint-question = Se envía por correo en el idioma del remitente; la propuesta queda a la espera de la respuesta, que vuelve aquí.
review-write-message = Un mensaje al remitente
review-write-hint-message = Se envía por correo en el idioma del remitente sin cambiar el estado de la propuesta; su respuesta vuelve aquí.
review-write-kind-missing = Indique si es una nota interna, una pregunta o un mensaje.
review-write-body = Texto
review-write-submit = Enviar
audit-web-form = Enviada mediante el formulario web
audit-address-confirmed = Dirección de correo electrónico confirmada
audit-assigned = Asignada a { $detail }
audit-information-requested = Se solicitó más información
audit-information-provided = Información aportada
audit-conflict-declared = Conflicto de intereses declarado
audit-withdrawn = Retirada por el remitente
audit-decision = Decisión: { $detail }
review-specialisation = Especialización
review-unassign = Quitar
audit-unassigned = Ya no asignada a: { $detail }
review-history = Historial
review-who = Quién
review-from-state = De
review-to-state = A
review-note = Nota
evaluation-scores-missing = Indique las dos puntuaciones para cada línea de trabajo.
evaluation-recommendation-missing = Elija una recomendación.

decision-title = Decisión y respuesta
decision-start = Decidir y responder
decision-choose = Decisión
decision-individual-action = Proponer una acción individual
decision-working-group = Invitar a un grupo de trabajo
decision-not-at-this-time = Por ahora no
decision-group = Grupo de trabajo
decision-group-hint = Para una invitación: elija un grupo existente o describa uno nuevo más abajo.
decision-new-group = O cree un nuevo grupo de trabajo
decision-new-group-name = Nombre del nuevo grupo
decision-new-group-description = Descripción del nuevo grupo
decision-prepare = Preparar la respuesta
decision-reply = Respuesta al remitente
decision-reply-language = La respuesta se enviará en:
decision-reply-text = Respuesta
decision-reply-hint = Preparada a partir de la plantilla en el idioma del remitente; modifíquela antes de enviarla.
decision-send = Enviar la decisión
decision-missing = Elija una decisión.
decision-reply-missing = Escriba la respuesta a quien envió la propuesta.
decision-group-missing = Elija un grupo de trabajo o describa uno nuevo.
decision-reply-individual-action = Le agradecemos su propuesta «{ $title }» ({ $reference }). La hemos estudiado con interés y nos gustaría desarrollarla con usted como una acción individual. Nos pondremos en contacto con usted en breve para acordar los próximos pasos.
decision-reply-working-group = Le agradecemos su propuesta «{ $title }» ({ $reference }). Nos complace invitarle a unirse al grupo de trabajo «{ $group }», donde su experiencia será muy valiosa. En breve le enviaremos los detalles de su labor.
decision-reply-not-at-this-time = Le agradecemos su propuesta «{ $title }» ({ $reference }). Tras estudiarla con atención, no podemos darle curso por ahora. Tendremos en cuenta su perfil para futuras iniciativas.

dashboard-by-state = Propuestas por estado
dashboard-by-line = Propuestas por línea de trabajo
dashboard-by-region = Propuestas por región
dashboard-by-month = Propuestas recibidas por mes
dashboard-table = Cifras
dashboard-category = Categoría
dashboard-count = Propuestas
dashboard-chart-total = { $count ->
    [one] Una propuesta en total.
   *[other] { $count } propuestas en total.
}

lines-intro = Las líneas de trabajo entre las que se elige al registrarse o al proponer una colaboración. Las líneas retiradas ya no se ofrecen, pero se mantienen en las propuestas anteriores.
lines-saved = Se han guardado las líneas de trabajo.
lines-retired = retirada
lines-name = Nombre
lines-description = Descripción
lines-position = Orden
lines-active = Se ofrece en los formularios
lines-save = Guardar
lines-new = Añadir una línea de trabajo
lines-slug = Identificador breve (minúsculas, cifras y guiones)
lines-create = Añadir
lines-name-missing = Dé a la línea un nombre en cada idioma (200 caracteres como máximo).
lines-position-invalid = El orden debe ser un número entero.
lines-slug-invalid = Utilice solo minúsculas, cifras y guiones.
lines-slug-taken = Otra línea de trabajo ya utiliza este identificador. Elija otro.

csv-reference = Referencia
csv-received = Recibida
csv-state = Estado
csv-title = Título
csv-name = Nombre
csv-organisation = Organización
csv-country = País
csv-region = Región
csv-languages = Idiomas de trabajo
csv-kind = Colaboración
csv-lines = Líneas de trabajo
csv-email = Correo electrónico

mail-proposal-confirm-subject = Confirme su propuesta { $reference }
mail-proposal-confirm-body = Gracias por su propuesta de colaboración. Confirme su dirección de correo electrónico para que llegue a nuestro equipo; el enlace es válido durante { $hours } horas. Si no la envió usted, ignore este mensaje y se eliminará.
mail-proposal-confirm-action = Confirmar mi propuesta
mail-proposal-received-subject = Hemos recibido su propuesta { $reference }
mail-proposal-received-body = Gracias: su propuesta { $reference } ha llegado al equipo del observatorio. La evaluaremos a la luz de nuestras líneas de trabajo y nos pondremos en contacto con usted. Puede seguirla, leer nuestros mensajes y responderlos en su página privada.
mail-proposal-received-action = Seguir mi propuesta
mail-proposal-question-subject = Su propuesta { $reference }: necesitamos más información
mail-proposal-question-body = Nuestro equipo tiene una pregunta sobre su propuesta { $reference }: { $message }
mail-proposal-question-action = Responder en la página de la propuesta
mail-proposal-decision-subject = Nuestra respuesta a su propuesta { $reference }
mail-proposal-decision-body = { $message }
mail-proposal-decision-action = Ver la página de la propuesta
mail-proposal-message-subject = Un mensaje sobre su propuesta { $reference }
mail-proposal-message-body = { $message }
mail-proposal-message-action = Responder en la página de la propuesta
mail-proposal-submitter-wrote-subject = { $reference }: { $name } ha escrito
mail-proposal-submitter-wrote-body = { $name } ha escrito en el hilo de la propuesta { $reference }:

    { $message }
mail-proposal-submitter-wrote-action = Abrir la propuesta
mail-proposal-withdrawn-subject = Se ha retirado { $reference }
mail-proposal-withdrawn-body = { $name } ha retirado la propuesta { $reference }. No es necesario hacer nada más con ella.
mail-proposal-withdrawn-action = Abrir la propuesta
mail-proposal-assigned-subject = Se le ha asignado { $reference } para evaluar
mail-proposal-assigned-body = Se le ha asignado la propuesta «{ $title }» ({ $reference }). Evalúela, junto con el perfil de la persona u organización que la presenta, a la luz de las líneas de trabajo del observatorio. Si tiene un conflicto de intereses, declárelo en la página de la propuesta.
mail-proposal-assigned-action = Abrir la propuesta

# Las palabras propias del formulario de propuestas para los campos que comparte con el registro.
proposal-has-errors = Su propuesta aún no se ha podido enviar. Corrija lo siguiente
proposal-account-type-missing = Indíquenos si escribe a título individual o en nombre de una organización.
proposal-name-missing = Escriba su nombre completo, para que sepamos a quién responder.
proposal-name-invalid = Escriba un nombre de 200 caracteres como máximo.
proposal-organisation-missing = Escriba el nombre de la organización que hace la propuesta.
proposal-sector-missing = Elija el sector de la organización que hace la propuesta.
proposal-country-missing = Elija de la lista el país en el que trabaja.
proposal-languages-missing = Elija al menos un idioma en el que podamos trabajar con usted.
proposal-lines-missing = Elija al menos una línea de trabajo a la que se refiera su propuesta.
proposal-email-invalid = Escriba la dirección de correo en la que podemos responderle, con el formato nombre@ejemplo.org.
proposal-too-long = Acorte este texto a { $max } caracteres como máximo: tiene { $count }.
proposal-consent-missing = Para enviar su propuesta, acepte la política de privacidad: explica cómo conservamos y usamos lo que nos cuenta.

proposal-what-you-sent = Lo que nos envió
proposal-attachment-sent = Documento adjunto
proposal-reply-sent = Su mensaje se ha enviado al equipo del Observatorio. Aparece a continuación.
review-kind = Colaboración buscada
staff-waiting = { $count ->
    [one] 1 en espera
   *[other] { $count } en espera
}

# Avisos de propuestas nuevas para el equipo editorial.
mail-proposal-new-subject = Nueva propuesta { $reference }: { $title }
mail-proposal-new-body = Ha llegado al equipo una nueva propuesta de colaboración: «{ $title }» ({ $reference }), enviada por { $sender }. Espera que una persona del equipo editorial se haga cargo de ella y asigne la evaluación.

    Recibe este correo porque su cuenta pide un aviso por cada propuesta nueva en cuanto llega. En la página de su cuenta puede elegir un resumen diario o no recibir correos.
mail-proposal-new-action = Abrir la propuesta
mail-proposal-digest-subject = { $count ->
    [one] Una propuesta nueva desde ayer
   *[other] { $count } propuestas nuevas desde ayer
    }
mail-proposal-digest-body = { $count ->
    [one] Esta propuesta ha llegado al equipo desde el último resumen:
   *[other] Estas propuestas han llegado al equipo desde el último resumen:
    }

    { $list }

    Recibe este resumen porque su cuenta pide uno cada mañana. En la página de su cuenta puede elegir un correo por cada propuesta o no recibir ninguno.
mail-proposal-digest-item = { $reference }: «{ $title }», enviada por { $sender }
mail-proposal-digest-action = Ver las propuestas en espera
suggestions-title = Sugerencias
suggestions-intro = A qué se parece más esta propuesta, según la lee el buscador del sitio en los tres idiomas, y quién podría evaluarla. Son consejos: acepte uno con su botón o déjelos.
suggestions-in-text = La descripción, con las palabras que coinciden
suggestions-lines = Líneas de trabajo
suggestions-groups = Grupos de trabajo
suggestions-resources = Recursos de la biblioteca
suggestions-evaluators = Evaluadores que podrían encargarse
suggestions-none = Nada que sugerir.
suggestion-score = puntuación
suggestion-words = palabras en común:
suggestion-accept = Aceptar
suggestion-accepted = Aceptada
suggestion-evaluator-reason = trabaja en { $lines }; lee { $language }; { $count ->
    [one] una propuesta en curso
   *[other] { $count } propuestas en curso
}
dashboard-suggestions = Sugerencias aceptadas
dashboard-suggestions-proposals = { $count ->
    [one] Una propuesta tiene una sugerencia aceptada.
   *[other] { $count } propuestas tienen una sugerencia aceptada.
}
dashboard-suggestion-kind-line = Líneas de trabajo
dashboard-suggestion-kind-group = Grupos de trabajo
dashboard-suggestion-kind-resource = Recursos de la biblioteca
dashboard-suggestion-kind-evaluator = Evaluadores
