# Solicitudes de asistencia técnica: el formulario público, sus correos y la cola del personal
assistance-title = Solicitar asistencia técnica
assistance-intro = Los ministerios, tribunales, organismos públicos e instituciones pueden pedir al observatorio asistencia técnica en justicia juvenil: asesoramiento sobre políticas y leyes, formación, evaluaciones, intercambios institucionales o reuniones de expertos.
assistance-how = Describa su necesidad a continuación. La sede estudia cada solicitud y responde en la dirección que usted indique, normalmente en dos semanas.
assistance-cooperation-link = Cómo funciona la cooperación técnica del observatorio
assistance-need-legend = Su necesidad
assistance-contact-legend = Persona de contacto
assistance-field-institution = Institución
assistance-field-country = País
assistance-choose-country = Elija un país
assistance-field-area = Ámbito de la asistencia
assistance-choose-area = Elija un ámbito
assistance-field-timeframe = Plazo
assistance-timeframe-hint = Cuándo se necesitaría la asistencia, por ejemplo «a partir de marzo de 2027, durante seis meses».
assistance-field-need = Qué necesita
assistance-need-hint = La situación, lo que desea lograr y quién participaría. Al menos unas frases.
assistance-field-name = Nombre
assistance-field-role = Cargo en la institución
assistance-field-email = Correo electrónico
assistance-field-phone = Teléfono (opcional)
assistance-field-consent = Acepto que el observatorio conserve estos datos para estudiar la solicitud y responderla, según la política de privacidad.
assistance-send = Enviar la solicitud
assistance-area-policy-and-legislative-advice = Asesoramiento sobre políticas y legislación
assistance-area-training = Formación
assistance-area-assessments-and-studies = Evaluaciones y estudios
assistance-area-institutional-exchanges = Intercambios institucionales
assistance-area-thematic-expert-meetings = Reuniones temáticas de expertos
assistance-area-other = Otra cosa
assistance-institution-missing = Indique el nombre de su institución.
assistance-country-missing = Elija el país en la lista.
assistance-area-missing = Elija el ámbito de la asistencia en la lista.
assistance-timeframe-missing = Indique cuándo se necesitaría la asistencia.
assistance-need-short = Describa su necesidad en unas frases, para que la sede pueda estudiarla.
assistance-name-missing = Indique el nombre de la persona de contacto.
assistance-role-missing = Indique el cargo de la persona de contacto en la institución.
assistance-email-invalid = Escriba la dirección de correo donde podamos responderle, con la forma nombre@example.org.
assistance-consent-missing = Para enviar una solicitud debe aceptar la política de privacidad.
assistance-too-fast = El formulario se envió demasiado rápido. Revise su solicitud y envíela de nuevo.
assistance-too-many = Se han enviado demasiadas solicitudes desde su conexión. Inténtelo de nuevo dentro de una hora.
assistance-sent-title = Su solicitud se ha enviado
assistance-sent-text = Gracias. La sede ha recibido su solicitud de asistencia técnica y le responderá en la dirección que indicó; un acuse de recibo con el número de la solicitud está en camino.
assistance-office-subject = Solicitud de asistencia técnica { $number }: { $institution }
assistance-office-body = { $name } ({ $role }, { $institution }, { $country }) solicita asistencia técnica, en { $language }.

    Ámbito: { $area }
    Plazo: { $timeframe }
    Correo: { $email }
    Teléfono: { $phone }

    { $need }

    Responder a este correo responde a { $name }; las respuestas escritas en la cola del personal se envían en el idioma del solicitante y se guardan con la solicitud.
assistance-office-action = Abrir la solicitud en la cola del personal
assistance-received-subject = Hemos recibido su solicitud de asistencia técnica
assistance-received-body = Gracias por escribir al Observatorio Internacional de Justicia Juvenil. Su solicitud de asistencia técnica ha llegado a nuestra sede con el número { $number }; le responderemos en esta dirección.

    Si usted no envió esta solicitud, puede ignorar este correo.
assistance-reply-subject = Su solicitud de asistencia técnica ({ $number })
assistance-reply-body = { $message }

    Puede responder a este correo: su respuesta llega a nuestra sede.
assistance-assigned-subject = La solicitud de asistencia técnica { $number } es suya
assistance-assigned-body = La solicitud { $number } de { $institution } ({ $country }) se le ha asignado en la cola del personal.
assistance-assigned-action = Abrir la solicitud
staff-assistance = Solicitudes de asistencia
assistance-queue-intro = Solicitudes de asistencia técnica de gobiernos e instituciones, de la más reciente a la más antigua. Se muestran las abiertas (nuevas, en curso) salvo que se elija otra cosa.
assistance-queue-filters = Qué solicitudes
assistance-queue-open = Abiertas
assistance-queue-all = Todas
assistance-queue-mine = Solo las mías
assistance-queue-everyone = Las de todos
assistance-queue-none = No hay ninguna solicitud aquí.
assistance-number = Número
assistance-received = Recibida
assistance-state = Estado
assistance-state-new = Nueva
assistance-state-in-progress = En curso
assistance-state-answered = Respondida
assistance-state-closed = Cerrada
assistance-assignee = A cargo de
assistance-nobody = Nadie todavía
assistance-request-title = Solicitud { $number }
assistance-language = Idioma
assistance-handling = Gestión
assistance-handling-save = Guardar la gestión
assistance-handling-saved = La gestión de la solicitud se ha guardado.
assistance-thread = Respuestas y notas
assistance-thread-none = Todavía no se ha escrito nada sobre esta solicitud.
assistance-kind-reply = enviada al solicitante
assistance-kind-note = nota entre el personal
assistance-write = Escribir
assistance-field-reply = Texto
assistance-reply-hint = Una respuesta se envía al solicitante tal como se escribe: escríbala en { $language }, su idioma.
assistance-kind = Quién la lee
assistance-kind-reply-choice = Una respuesta, enviada al solicitante (la solicitud pasa a respondida)
assistance-kind-note-choice = Una nota solo para el personal
assistance-write-send = Enviar la respuesta o guardar la nota
assistance-reply-missing = Escriba primero el texto.
assistance-reply-sent = La respuesta se ha enviado al solicitante.
assistance-note-saved = La nota se ha guardado.
assistance-no-phone = no indicado
assistance-kind-missing = Indique quién lo lee: una respuesta se envía al solicitante, una nota queda entre el personal.
