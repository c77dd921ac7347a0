# El boletín mensual: suscribirse, confirmar, darse de baja, y sus suscriptores
newsletter-title = El boletín mensual
newsletter-intro = Una vez al mes, las noticias del observatorio, los próximos eventos y foros y los recursos más recientes de su biblioteca, en el idioma que elija. Para suscribirse basta su dirección, y puede darse de baja desde cualquier boletín con un clic.
newsletter-footer-title = El boletín mensual
newsletter-field-email = Su correo electrónico
newsletter-field-language = Idioma del boletín
newsletter-field-topics = Lo que desea recibir
newsletter-topic-news = Noticias del observatorio
newsletter-topic-events = Eventos y foros
newsletter-topic-library = Novedades de la biblioteca
newsletter-privacy = Usamos su dirección solo para el boletín, y le enviamos un enlace de confirmación antes de enviarle nada más.
newsletter-subscribe = Suscribirse
newsletter-choose = Elegir idioma y temas
newsletter-email-invalid = Indique su correo electrónico con la forma nombre@ejemplo.org.
newsletter-language-missing = Elija el idioma del boletín.
newsletter-topics-missing = Elija al menos uno de los temas.
newsletter-too-fast = El formulario se envió demasiado rápido. Revise su dirección y vuelva a enviarlo.
newsletter-check-title = Revise su correo
newsletter-check-text = Si la dirección puede recibir el boletín, le llega un mensaje con un enlace para confirmar su suscripción. No se le enviará nada más hasta que confirme.
newsletter-link-invalid-title = Este enlace ya no funciona
newsletter-link-invalid-text = Puede haber sido sustituido por otro más reciente, o tener más de una semana. Puede suscribirse de nuevo desde la página del boletín.
newsletter-confirm-title = Confirme su suscripción
newsletter-confirm-text = Un último paso: confirme que desea recibir el boletín mensual en esta dirección.
newsletter-confirm-button = Confirmar mi suscripción
newsletter-confirmed-title = Ya está suscrito
newsletter-confirmed-text = Gracias. Recibirá el próximo boletín; cada uno incluye un enlace para darse de baja con un clic.
newsletter-unsubscribe-title = Darse de baja del boletín
newsletter-unsubscribe-text = Confirme que esta dirección ya no debe recibir el boletín mensual.
newsletter-unsubscribe-button = Darme de baja
newsletter-unsubscribed-title = Se ha dado de baja
newsletter-unsubscribed-text = Esta dirección no recibirá más boletines. Puede volver cuando quiera.
newsletter-confirm-subject = Confirme su suscripción al boletín
newsletter-confirm-body = Alguien, probablemente usted, pidió que el boletín mensual del Observatorio Internacional de Justicia Juvenil se enviara a esta dirección.

    Si no fue usted, ignore este correo: no se enviará nada.
newsletter-confirm-action = Confirmar la suscripción (el enlace funciona durante una semana)
newsletter-already-subject = Ya recibe el boletín
newsletter-already-body = Alguien pidió que el boletín mensual del Observatorio Internacional de Justicia Juvenil se enviara a esta dirección, que ya lo recibe. No ha cambiado nada.
newsletter-already-action = Darse de baja
staff-newsletter-subscribers = Suscriptores del boletín
newsletter-subscribers-intro = Quién recibe el boletín. Solo se envía a las direcciones confirmadas; una dirección que rebota o se queja no vuelve a recibirlo salvo que su titular se suscriba de nuevo.
newsletter-state-pending = Pendiente de confirmación
newsletter-state-confirmed = Confirmada
newsletter-state-unsubscribed = Dada de baja
newsletter-state-bounced = Rebotada
newsletter-state-complained = Con queja
newsletter-stop-title = Registrar un rebote o una queja
newsletter-stop-reason = Qué ha ocurrido
newsletter-stop-bounced = El correo a esta dirección volvió sin entregarse
newsletter-stop-complained = Su titular señaló el boletín como no deseado
newsletter-stop-button = Dejar de enviar a esta dirección
newsletter-reason-missing = Indique qué ha ocurrido con esta dirección.
newsletter-address-unknown = Ningún suscriptor tiene esta dirección.
newsletter-stopped-bounced = { $email } queda registrada como rebotada: no se le volverá a enviar.
newsletter-stopped-complained = { $email } queda registrada con queja: no se le volverá a enviar.
newsletter-newest = Suscriptores más recientes
newsletter-asked = Solicitud
staff-newsletter = Boletín
newsletter-confirmed-count = { $count ->
    [one] Un suscriptor confirmado.
   *[other] { $count } suscriptores confirmados.
}
newsletter-compose = Preparar un número
newsletter-no-issue = Todavía no se ha preparado ningún número.
newsletter-issue = Número
newsletter-issue-number = Número { $count }
newsletter-recipients = Destinatarios
newsletter-sent-on = Enviado el
newsletter-in-archive = Verlo en el archivo público
newsletter-done-saved = El número se ha guardado. Revise la vista previa y envíese una prueba.
newsletter-done-tested = Se ha enviado una prueba a su dirección, en el idioma de esta página.
newsletter-done-sent = El número está en camino: un correo por suscriptor confirmado, a ritmo constante.
newsletter-intro-hint = Unas palabras antes del contenido, en cada idioma: párrafos separados por una línea en blanco. El resto se compone con los elementos que elija.
newsletter-field-intro = Introducción
newsletter-field-news = Noticias que presentar
newsletter-field-resources = Nuevos recursos de la biblioteca que presentar
newsletter-nothing-offered = Todavía no hay nada publicado.
newsletter-issue-empty = Elija al menos una noticia, un evento o un recurso para el número.
newsletter-save = Guardar el número
newsletter-send-test = Enviarme una prueba
newsletter-test = Prueba
newsletter-send = Enviar el número
newsletter-send-hint = { $count ->
    [one] Se envía a un suscriptor confirmado, en su idioma y según sus temas. Cada número se envía una sola vez.
   *[other] Se envía a { $count } suscriptores confirmados, cada uno en su idioma y según sus temas. Cada número se envía una sola vez.
}
newsletter-issue-subject = Boletín del observatorio, n.º { $number }
newsletter-mail-why = Recibe este boletín porque se suscribió a él en el sitio del observatorio.
newsletter-mail-leave = Darse de baja con un clic
newsletter-mail-archive = Números anteriores
newsletter-archive-title = Números anteriores del boletín
newsletter-archive-intro = Todos los números enviados hasta ahora, para leer en el sitio.
newsletter-archive-empty = Todavía no se ha enviado ningún número.
newsletter-footer-email = Su correo, para el boletín
newsletter-field-events = Próximos eventos que presentar
newsletter-no-events-offered = No se ha anunciado ningún evento próximo.
