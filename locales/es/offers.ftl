## La oferta que acompaña una decisión, y las respuestas a ella.

offer-title = La oferta
offer-intro = Indique lo que ofrece. La persona la acepta, la rechaza o propone otras condiciones en la página de su propuesta.
offer-terms = Condiciones de la oferta
offer-role = Papel en el grupo
offer-action = Acción individual
offer-action-missing = Indique la acción que propone.
offer-role-missing = Elija un papel de la lista.
offer-commitment = Dedicación prevista
offer-commitment-hint = Lo que supone participar, en pocas palabras (opcional).
offer-hours = Horas al mes, aproximadamente (opcional)
offer-hours-invalid = Indique un número entero de horas entre 1 y 200, o deje el campo vacío.
offer-starts-on = Fecha de inicio
offer-ends-on = Fecha de finalización
offer-date-invalid = Indique la fecha como año-mes-día, por ejemplo 2027-03-01.
offer-ends-before-start = La fecha de finalización no puede ser anterior a la de inicio.
offer-status = Estado de la oferta
offer-status-sent = Pendiente de respuesta
offer-status-accepted = Aceptada
offer-status-declined = Rechazada
offer-status-countered = Se han propuesto otras condiciones
offer-revision = versión { $count }
offer-group = Grupo de trabajo
offer-answer-heading-sent = Respuesta
offer-answer-heading-accepted = Respuesta
offer-answer-heading-declined = El motivo indicado
offer-answer-heading-countered = Las condiciones propuestas a cambio
offer-answer-message = Mensaje

offer-summary-group = Grupo de trabajo: { $value }
offer-summary-role = Papel ofrecido: { $value }
offer-summary-action = Acción individual: { $value }
offer-summary-commitment = Dedicación prevista: { $value }
offer-summary-hours = Unas { $value } horas al mes.
offer-summary-starts = A partir del { $value }.
offer-summary-ends = Hasta el { $value }.
offer-summary-answer = En la página de su propuesta puede aceptar esta oferta, rechazarla o proponer otras condiciones.
offer-summary-answer-invitation = En la página de la invitación puede aceptarla, rechazarla o proponer otras condiciones.

offer-yours-title = Nuestra oferta
offer-accept-title = Aceptar la oferta
offer-accept-text = Si estas condiciones le convienen, acéptelas. Para participar hace falta una cuenta en este sitio: si aún no la tiene, la creará en el paso siguiente.
offer-accept-submit = Aceptar la oferta
offer-decline-title = Rechazar la oferta
offer-decline-reason = Motivo (opcional)
offer-decline-submit = Rechazar la oferta
offer-counter-title = Proponer otras condiciones
offer-counter-text = Proponga otro papel u otras fechas y explíquenos por qué. Le responderemos con una oferta revisada.
offer-counter-role = El papel que preferiría
offer-counter-starts-on = La fecha de inicio que propone
offer-counter-ends-on = La fecha de finalización que propone
offer-counter-message = Su mensaje
offer-counter-message-missing = Díganos qué preferiría.
offer-counter-submit = Enviar mi propuesta
offer-answered-accepted = Gracias: ha aceptado la oferta.
offer-answered-declined = Su respuesta se ha enviado: ha rechazado la oferta.
offer-answered-countered = Su propuesta se ha enviado. Le responderemos con una oferta revisada.
offer-now-member = Ya es miembro del grupo de trabajo.
offer-open-group = Abrir la página del grupo

offer-account-title = Cree su cuenta para aceptar la oferta
offer-account-intro = Para participar hace falta una cuenta en el sitio. El enlace que ha seguido ya confirma su dirección de correo electrónico, así que solo falta una contraseña. Su perfil se completa con los datos de su propuesta; podrá cambiarlo después.
offer-account-name = Nombre
offer-account-email = Correo electrónico
offer-account-submit = Crear mi cuenta y aceptar
offer-account-exists = Ya existe una cuenta con esta dirección. Inicie sesión con ella y acepte después la oferta en la página de su propuesta.
offer-account-login = Iniciar sesión

offer-revise-title = Revisar la oferta
offer-revise-text = Cambie las condiciones y envíe de nuevo la oferta. La persona recibe un correo y responde a la nueva versión.
offer-revise-message = Mensaje para la persona
offer-revise-message-missing = Escriba unas palabras para acompañar la oferta revisada.
offer-revise-submit = Enviar la oferta revisada
offer-revised = La oferta revisada se ha enviado.

mail-offer-revised-subject = Una oferta revisada sobre su propuesta { $reference }
mail-offer-revised-body = { $message }
mail-offer-revised-action = Responder en la página de su propuesta
mail-offer-accepted-subject = { $name } ha aceptado la oferta ({ $reference })
mail-offer-accepted-body = { $name } ha aceptado la oferta hecha sobre la propuesta { $reference }.
mail-offer-accepted-action = Abrir la propuesta
mail-offer-declined-subject = { $name } ha rechazado la oferta ({ $reference })
mail-offer-declined-body =
    { $name } ha rechazado la oferta hecha sobre la propuesta { $reference }.

    { $message }
mail-offer-declined-action = Abrir la propuesta
mail-offer-countered-subject = { $name } ha propuesto otras condiciones ({ $reference })
mail-offer-countered-body =
    { $name } ha propuesto otras condiciones para la oferta hecha sobre la propuesta { $reference }. El papel y las fechas propuestos figuran en la página de la propuesta.

    { $message }
mail-offer-countered-action = Abrir la propuesta

audit-offer-sent = Oferta enviada (versión { $detail })
audit-offer-revised = Oferta revisada y enviada de nuevo (versión { $detail })
audit-offer-accepted = Oferta aceptada (versión { $detail })
audit-offer-declined = Oferta rechazada (versión { $detail })
audit-offer-countered = Se han propuesto otras condiciones (versión { $detail })

## Direct invitations to a group.
invite-title = Invitar a miembros
invite-intro = Busque miembros por línea de trabajo, país, idioma de trabajo o palabras de su perfil y prepare una oferta para uno de ellos. La persona responde desde su cuenta y usted recibe un correo.
invite-search = Buscar miembros
invite-any = Cualquiera
invite-language = Idioma de trabajo
invite-text = Palabras del nombre, la organización o la especialidad
invite-search-submit = Buscar
invite-found = Miembros encontrados
invite-none-found = Ningún miembro corresponde a esta búsqueda.
invite-narrow = Solo se muestran los 50 primeros: precise la búsqueda para encontrar a los demás.
invite-already-member = Ya es miembro del grupo
invite-invited = Invitación enviada
invite-prepare = Preparar una oferta
invite-sent = La invitación se ha enviado.
invite-sent-list = Invitaciones enviadas
invite-sent-none = Aún no se ha enviado ninguna invitación para este grupo.
invite-person-title = Una oferta para unirse al grupo
invite-person-intro = La invitación se enviará en el idioma de la persona:
invite-message = Mensaje para la persona
invite-message-hint = Explique por qué la invita; las condiciones se añaden debajo de su mensaje.
offer-invite-message-missing = Escriba unas palabras para acompañar la invitación.
invite-send = Enviar la invitación
groups-invite-link = Invitar a miembros
invitations-title = Invitaciones
invitations-intro = Los puestos en grupos de trabajo que el equipo del Observatorio le ha ofrecido. Abra uno para aceptarlo, rechazarlo o proponer otras condiciones.
invitations-none = No tiene ninguna invitación.
invitation-title = Invitación
invitation-heading = Invitación: { $group }
account-invitations = Invitaciones
mail-invitation-subject = Una invitación al grupo de trabajo { $group }
mail-invitation-body = { $message }
mail-invitation-action = Responder a la invitación
mail-invitation-accepted-subject = { $name } ha aceptado la invitación a { $group }
mail-invitation-accepted-body = { $name } ha aceptado la invitación al grupo de trabajo { $group } y ya es uno de sus miembros.
mail-invitation-accepted-action = Ver las invitaciones del grupo
mail-invitation-declined-subject = { $name } ha rechazado la invitación a { $group }
mail-invitation-declined-body =
    { $name } ha rechazado la invitación al grupo de trabajo { $group }.

    { $message }
mail-invitation-declined-action = Ver las invitaciones del grupo
mail-invitation-countered-subject = { $name } ha propuesto otras condiciones para { $group }
mail-invitation-countered-body =
    { $name } ha propuesto otras condiciones para la invitación al grupo de trabajo { $group }. El papel y las fechas propuestos figuran en la página de invitaciones del grupo.

    { $message }
mail-invitation-countered-action = Ver las invitaciones del grupo
