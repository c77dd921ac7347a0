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
groups-description-missing = Explique en pocas palabras en qué trabaja el grupo.
groups-line-unknown = Elija una línea de trabajo de la lista.
groups-choice-unknown = Elija una de las opciones propuestas.
groups-member-unknown = Ninguna cuenta confirmada utiliza esta dirección. Pida a la persona que se registre y confirme antes su dirección.
