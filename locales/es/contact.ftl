# El formulario de la página de contacto y sus correos
contact-form-title = Escríbanos
contact-form-intro = Su mensaje llega a la sede, que le responderá en la dirección que indique. Todos los campos son necesarios, salvo el documento.
contact-trap-label = Deje este campo vacío
contact-field-name = Su nombre
contact-field-email = Su correo electrónico
contact-field-subject = Asunto
contact-field-message = Su mensaje
contact-field-file = Un documento (opcional)
contact-file-hint = PDF o documento de oficina (Word, OpenDocument, Excel, PowerPoint), hasta 5 MB.
contact-file-kept = Este documento se conserva con su mensaje:
contact-field-consent = Acepto que el observatorio conserve mi nombre, mi dirección y mi mensaje para responderme, como indica la política de privacidad.
contact-send = Enviar el mensaje
contact-name-missing = Indíquenos su nombre.
contact-email-invalid = Indique el correo electrónico en el que podemos responderle, con la forma nombre@ejemplo.org.
contact-subject-missing = Dé un asunto a su mensaje.
contact-message-short = Escriba su mensaje: al menos una frase.
contact-consent-missing = Para enviar un mensaje debe aceptar la política de privacidad.
contact-file-too-many = Se han enviado demasiados documentos desde su conexión. Vuelva a intentarlo dentro de una hora, o envíe su mensaje sin documento.
contact-too-fast = El formulario se envió demasiado rápido. Revise su mensaje y vuelva a enviarlo.
contact-too-many = Se han enviado demasiados mensajes desde su conexión. Vuelva a intentarlo dentro de una hora.
contact-sent-title = Su mensaje se ha enviado
contact-sent-text = Gracias. La sede ha recibido su mensaje y le responderá en la dirección que indicó; allí le llega ya un breve acuse de recibo.
contact-sent-home = Volver a la página de inicio
contact-office-subject = Página de contacto: { $subject }
contact-office-body = { $name } ({ $email }) escribió desde la página de contacto, en { $language }.

    { $message }

    Al responder a este correo se responde a { $name }.
contact-office-action = Descargar el documento enviado con el mensaje (hay que iniciar sesión como personal)
contact-received-subject = Hemos recibido su mensaje
contact-received-body = Gracias por escribir al Observatorio Internacional de Justicia Juvenil. Su mensaje ha llegado a nuestra sede, que le responderá en esta dirección.

    Si no nos ha escrito, puede ignorar este correo.
staff-messages = Mensajes
contact-messages-intro = Los mensajes más recientes escritos desde la página de contacto, tal como la sede los recibió por correo. Cada uno se conserva un año.
contact-messages-none = Todavía no se ha recibido ningún mensaje.
contact-messages-file = Documento adjunto
