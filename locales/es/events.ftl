# Eventos y foros internacionales: la lista y las páginas públicas, los calendarios y las páginas de los editores
nav-events = Eventos
events-title = Eventos y foros
events-intro = Las reuniones, conferencias, consejos y formaciones que el observatorio organiza o en los que participa, en todas las regiones donde trabaja, y los foros internacionales donde defiende a los niños, niñas y jóvenes en conflicto con la ley.
events-when = Eventos próximos o pasados
events-upcoming = Próximos
events-past = Pasados
events-found-upcoming = { $count ->
    [one] Un evento próximo
   *[other] { $count } eventos próximos
}
events-found-past = { $count ->
    [one] Un evento pasado
   *[other] { $count } eventos pasados
}
events-all = Mostrarlos todos
events-results-heading = Eventos
events-nothing-upcoming = Todavía no hay ningún evento próximo que corresponda a esta elección. Los eventos pasados siguen disponibles.
events-nothing-past = Ningún evento pasado corresponde a esta elección.
events-pages = Páginas de eventos
events-narrow = Acotar los eventos
events-facet-region = Región
events-facet-kind = Tipo de evento
events-facet-year = Año
events-days-heading = Días
events-when-heading = Cuándo
events-where-heading = Dónde
events-is-past = Este evento ya se celebró.
events-add-to-calendar = Añadir a mi calendario (.ics)
events-calendar-link = Seguir todos los eventos en su calendario (iCal)
events-calendar-name = Eventos del Observatorio Internacional de Justicia Juvenil
events-feed-title = Eventos del Observatorio Internacional de Justicia Juvenil
events-feed-link = Seguir los eventos en un lector de noticias (Atom)
events-forums-title = Foros internacionales
events-forums-intro = El observatorio participa en estos foros por derecho propio, para situar la justicia juvenil en la agenda internacional.
events-kind-forum = Foro internacional
events-kind-conference = Conferencia
events-kind-council = Consejo Continental
events-kind-expert-meeting = Reunión de expertos
events-kind-training = Formación
events-kind-webinar = Seminario en línea
events-region-europe = Europa
events-region-asia-pacific = Asia-Pacífico
events-region-latin-america = América Latina
events-region-africa = África
events-region-north-america = América del Norte
events-region-international = Internacional o en línea
search-kind-event = Eventos
staff-events = Eventos
events-staff-intro = Primero los borradores y los eventos programados: solo los ven los editores hasta que llega su hora. Siguen los publicados, del más reciente al más antiguo.
events-new = Anunciar un evento
events-none-yet = Todavía no se ha anunciado ningún evento.
events-saved = El evento se ha guardado.
events-save = Guardar el evento
events-field-kind = Tipo de evento
events-field-days = Días
events-days-hint = El primer día, y el último si el evento dura más de uno.
events-field-starts-on = Primer día
events-field-ends-on = Último día
events-field-place = Lugar
events-place-hint = La sede y la ciudad tal como figuran en la invitación, o «En línea».
events-field-region = Región
events-choose-region = Elija una región
events-start-missing = Indique el primer día del evento.
events-date-invalid = Indique el día como una fecha del calendario, por ejemplo 2027-03-30.
events-end-before-start = El último día no puede ser anterior al primero.
events-region-missing = Elija la región del evento.
content-version-field-starts_on = Primer día
content-version-field-ends_on = Último día
content-version-field-place = Lugar
content-version-field-region = Región
home-events-title = Próximos eventos
home-all-events = Todos los eventos y foros
events-no-kind = Sin tipo particular
events-none-at-all = Todavía no se ha anunciado ningún evento. Los foros en los que participa el observatorio figuran a continuación.
