# The registry of cooperation agreements: the public list, the editors' pages and the expiry reminder
agreements-title = Cooperation agreements
agreements-intro = The agreements the observatory has signed with ministries, public administrations, universities and international bodies: with whom, on what, who signed them, when, and whether they are in force.
agreements-found = { $count ->
    [one] One agreement
   *[other] { $count } agreements
}
agreements-all = Show every agreement
agreements-none-yet = No agreement has been recorded in the registry yet.
agreements-partners-link = The partners of the observatory's technical cooperation
agreements-narrow = Narrow the agreements
agreements-facet-region = Region
agreements-standing = Standing
agreements-standing-in-force = In force
agreements-standing-renewed = Renewed
agreements-standing-expired = Expired
agreements-parties = Parties
agreements-signatories = Signed by
agreements-signed-on = Signed on
agreements-duration = Duration
agreements-months = { $count ->
    [one] One month
   *[other] { $count } months
}
agreements-no-end = Without an end date
agreements-ends-on = In force until
staff-agreements = Agreements
agreements-staff-intro = The registry the public reads. An agreement's standing follows from its dates; editors are mailed two months before an agreement ends.
agreements-public-link = See the public registry
agreements-new = Record an agreement
agreements-edit = Agreement with { $partner }
agreements-saved = The agreement has been saved.
agreements-save = Save the agreement
agreements-field-partner = Partner
agreements-choose-partner = Choose a partner
agreements-subject = Subject
agreements-subject-hint = What the agreement is about, in English (required) and, if written, in Spanish and French.
agreements-field-duration = Duration in months
agreements-duration-hint = Leave empty for an agreement without an end date.
agreements-field-renewed = Renewed until
agreements-renewed-hint = When the agreement was renewed: its new last day.
agreements-partner-missing = Choose the partner from the list.
agreements-subject-missing = Say in English what the agreement is about.
agreements-signed-missing = Give the day the agreement was signed.
agreements-date-invalid = Give the day as a day of the calendar, for example 2019-05-02.
agreements-duration-invalid = Give the duration as a whole number of months, from 1 to 600, or leave it empty.
agreements-renewal-before = A renewal ends after the agreement's first end.
agreement-expiring-subject = An agreement ends soon: { $partner }
agreement-expiring-body = The agreement with { $partner } ends on { $end }, in { $days } days.

    { $subject }

    If it is to go on, the renewal can be recorded in the registry; otherwise nothing needs doing.
agreement-expiring-action = Open the agreement
agreements-renewal-without-end = Only an agreement with a duration can be renewed: give its duration first.
