# Événements et forums internationaux : la liste et les pages publiques, les calendriers et les pages des rédacteurs
nav-events = Événements
events-title = Événements et forums
events-intro = Les réunions, conférences, conseils et formations que l’observatoire organise ou auxquels il prend part, dans toutes les régions où il travaille, et les forums internationaux où il défend les enfants et les jeunes en conflit avec la loi.
events-when = Événements à venir ou passés
events-upcoming = À venir
events-past = Passés
events-found-upcoming = { $count ->
    [one] Un événement à venir
   *[other] { $count } événements à venir
}
events-found-past = { $count ->
    [one] Un événement passé
   *[other] { $count } événements passés
}
events-all = Les afficher tous
events-results-heading = Événements
events-nothing-upcoming = Aucun événement à venir ne correspond encore à ce choix. Les événements passés restent consultables.
events-nothing-past = Aucun événement passé ne correspond à ce choix.
events-pages = Pages d’événements
events-narrow = Affiner les événements
events-facet-region = Région
events-facet-kind = Type d’événement
events-facet-year = Année
events-days-heading = Jours
events-when-heading = Quand
events-where-heading = Où
events-is-past = Cet événement a eu lieu.
events-add-to-calendar = Ajouter à mon agenda (.ics)
events-calendar-link = Suivre tous les événements dans votre agenda (iCal)
events-calendar-name = Événements de l’Observatoire international de justice juvénile
events-feed-title = Événements de l’Observatoire international de justice juvénile
events-feed-link = Suivre les événements dans un lecteur de flux (Atom)
events-forums-title = Forums internationaux
events-forums-intro = L’observatoire prend part à ces forums à part entière, pour inscrire la justice juvénile à l’agenda international.
events-kind-forum = Forum international
events-kind-conference = Conférence
events-kind-council = Conseil continental
events-kind-expert-meeting = Réunion d’experts
events-kind-training = Formation
events-kind-webinar = Séminaire en ligne
events-region-europe = Europe
events-region-asia-pacific = Asie-Pacifique
events-region-latin-america = Amérique latine
events-region-africa = Afrique
events-region-north-america = Amérique du Nord
events-region-international = International ou en ligne
search-kind-event = Événements
staff-events = Événements
events-staff-intro = Les brouillons et les événements programmés d’abord : seuls les rédacteurs les voient jusqu’à leur heure. Les événements publiés suivent, du plus récent au plus ancien.
events-new = Annoncer un événement
events-none-yet = Aucun événement n’a encore été annoncé.
events-saved = L’événement a été enregistré.
events-save = Enregistrer l’événement
events-field-kind = Type d’événement
events-field-days = Jours
events-days-hint = Le premier jour, et le dernier si l’événement dure plus d’un jour.
events-field-starts-on = Premier jour
events-field-ends-on = Dernier jour
events-field-place = Lieu
events-place-hint = Le lieu et la ville tels que l’invitation les donne, ou « En ligne ».
events-field-region = Région
events-choose-region = Choisissez une région
events-start-missing = Indiquez le premier jour de l’événement.
events-date-invalid = Indiquez le jour comme une date du calendrier, par exemple 2027-03-30.
events-end-before-start = Le dernier jour ne peut précéder le premier.
events-region-missing = Choisissez la région de l’événement.
content-version-field-starts_on = Premier jour
content-version-field-ends_on = Dernier jour
content-version-field-place = Lieu
content-version-field-region = Région
home-events-title = Événements à venir
home-all-events = Tous les événements et forums
events-no-kind = Sans type particulier
events-none-at-all = Aucun événement n’a encore été annoncé. Les forums auxquels l’observatoire prend part figurent ci-dessous.
