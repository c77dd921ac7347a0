# Events and international forums: the public list and pages, the calendars, and the editors' pages
nav-events = Events
events-title = Events and forums
events-intro = The meetings, conferences, councils and trainings the observatory holds or takes part in, in every region where it works, and the international forums where it speaks for children and young people in conflict with the law.
events-when = Upcoming or past events
events-upcoming = Upcoming
events-past = Past
events-found-upcoming = { $count ->
    [one] One upcoming event
   *[other] { $count } upcoming events
}
events-found-past = { $count ->
    [one] One past event
   *[other] { $count } past events
}
events-all = Show them all
events-results-heading = Events
events-nothing-upcoming = No upcoming event matches this choice yet. The past events remain to be read.
events-nothing-past = No past event matches this choice.
events-pages = Pages of events
events-narrow = Narrow the events
events-facet-region = Region
events-facet-kind = Kind of event
events-facet-year = Year
events-days-heading = Days
events-when-heading = When
events-where-heading = Where
events-is-past = This event has taken place.
events-add-to-calendar = Add to my calendar (.ics)
events-calendar-link = Follow every event in your calendar (iCal)
events-calendar-name = Events of the International Juvenile Justice Observatory
events-feed-title = Events of the International Juvenile Justice Observatory
events-feed-link = Follow the events in a feed reader (Atom)
events-forums-title = International forums
events-forums-intro = The observatory takes part in these forums in its own right, to place juvenile justice on the international agenda.
events-kind-forum = International forum
events-kind-conference = Conference
events-kind-council = Continental Council
events-kind-expert-meeting = Expert meeting
events-kind-training = Training
events-kind-webinar = Online seminar
events-region-europe = Europe
events-region-asia-pacific = Asia-Pacific
events-region-latin-america = Latin America
events-region-africa = Africa
events-region-north-america = North America
events-region-international = International or online
search-kind-event = Events
staff-events = Events
events-staff-intro = Drafts and scheduled events come first: only editors see them until their time comes. Published events follow, the most recently published first.
events-new = Announce an event
events-none-yet = No event has been announced yet.
events-saved = The event has been saved.
events-save = Save the event
events-field-kind = Kind of event
events-field-days = Days
events-days-hint = The first day, and the last if the event lasts more than one.
events-field-starts-on = First day
events-field-ends-on = Last day
events-field-place = Place
events-place-hint = The venue and the city as the event's invitation gives them, or "Online".
events-field-region = Region
events-choose-region = Choose a region
events-start-missing = Give the event's first day.
events-date-invalid = Give the day as a day of the calendar, for example 2027-03-30.
events-end-before-start = The last day cannot come before the first.
events-region-missing = Choose the region of the event.
content-version-field-starts_on = First day
content-version-field-ends_on = Last day
content-version-field-place = Place
content-version-field-region = Region
home-events-title = Upcoming events
home-all-events = All events and forums
events-no-kind = No particular kind
events-none-at-all = No event has been announced yet. The forums the observatory takes part in are below.
