# Working groups.
networks-groups-text = The network's members take part in thematic working groups with the observatory's staff. Some groups are listed publicly; others work privately.
networks-groups-link = See the working groups
staff-groups = Working groups
groups-title = Working groups
groups-intro = Members of the collaboration network work together in thematic groups: they share research and practice, prepare recommendations and carry out joint activities with the observatory.
groups-none = No working group is listed publicly yet.
groups-none-yet = No working group has been created yet.
groups-join-text = To take part in a group, tell us what you propose and what you specialise in: our team will suggest the group that fits.
groups-stage = Stage
groups-stage-forming = Forming
groups-stage-active = Active
groups-stage-closed = Closed (archive)
groups-line = Line of work
groups-no-line = No particular line of work
groups-organisation = Coordinating organisation
groups-members = Members
groups-member-count = { $count ->
    [0] No members yet
    [one] One member
   *[other] { $count } members
}
groups-private-notice = This group is not listed publicly: only its members and the observatory's staff see this page.
groups-member-list = Members
groups-members-none = Nobody has joined this group yet.
group-role-coordinator = Coordinator
group-role-member = Member
group-role-contributor = Contributor
group-role-observer = Observer
groups-field-name = Name of the group
groups-field-description = What the group works on
groups-visibility = Who sees the group
groups-visibility-public = Listed publicly on the site
groups-visibility-private = Its members and staff only
groups-new = New working group
groups-create = Create the group
groups-edit = The group's details
groups-save = Save the group
groups-saved = The group has been saved.
groups-see-page = See the group's page
groups-remove = Remove from the group
groups-add-member = Add a member
groups-member-email = E-mail address of their account
groups-member-role = Role in the group
groups-add = Add to the group
groups-name-missing = Give the group a name.
groups-texts-hint = Write the group's name and description in each language you can; a language left empty shows another's until someone translates it. A name in one language is enough to start.
groups-texts-missing = Give the group a name in at least one language.
groups-languages = Languages
groups-languages-complete = All three
groups-languages-missing = Missing:
groups-line-unknown = Choose a line of work from the list.
groups-choice-unknown = Choose one of the options given.
groups-member-unknown = No confirmed account uses this address. Ask the person to register and confirm their address first.
groups-join = Ask to join this group
groups-join-message = Why you would like to join (optional)
groups-join-hint = A few words for the coordinators about your work and what you would bring, in at most 1,000 characters.
groups-join-submit = Send my request
groups-join-asked = Your request has been sent to the group's coordinators. You will hear from them by mail.
groups-join-waiting = You have asked to join this group; the coordinators have not answered yet.
groups-join-answered = Your answer has been recorded and the person told by mail.
groups-requests = Requests to join
groups-accept = Accept
groups-decline = Decline

mail-group-join-asked-subject = { $name } asks to join { $group }
mail-group-join-asked-body = { $name } would like to join the working group "{ $group }", and writes:

    { $message }

    Accept or decline the request on the group's page.
mail-group-join-asked-action = Open the group's page
mail-group-join-accepted-subject = Welcome to { $group }
mail-group-join-accepted-body = Your request has been accepted: you are now a member of the working group "{ $group }". Its page shows its members and what it works on.
mail-group-join-accepted-action = Open the group's page
mail-group-join-declined-subject = Your request to join { $group }
mail-group-join-declined-body = The coordinators of the working group "{ $group }" cannot take you in at this time. Thank you for your interest; the observatory's other groups and its collaboration form remain open to you.
mail-group-join-declined-action = See the group's page

## A group's discussions.
discussions-open = Discussions of the group
discussions-title = Discussions
discussions-archive = The group is closed: its discussions are kept as an archive and take no new posts.
discussions-mails-saved = Your choice of mails has been saved.
discussions-none = No discussion has been started yet.
discussions-post-count = { $count ->
    [one] one post
   *[other] { $count } posts
}
discussions-new = Start a discussion
discussions-new-title = Subject
discussions-body = Your text
discussions-body-hint = Simple formatting works: **bold**, *italics*, lists starting with "-", links written [like this](https://example.org). Only members of the group and staff read it.
discussions-new-submit = Start the discussion
discussions-mails = Mails
discussions-mails-legend = When someone writes in this group's discussions
discussions-mails-each = Send me each new post by mail
discussions-mails-daily = Send me one mail each morning with the new posts
discussions-mails-none = Send me nothing
discussions-mails-save = Save my choice
discussions-edited = edited
discussions-edit = Correct my post
discussions-edit-hint = A post can be corrected for 30 minutes after it was written.
discussions-edit-save = Save the correction
discussions-reply = Your reply
discussions-reply-submit = Send the reply
discussions-stop-title = Stop the mails of a group's discussions
discussions-stop-text = You will no longer receive mails about new posts in the discussions of the group
discussions-stop-submit = Stop these mails
discussions-stopped = Done: these mails are stopped. You can choose again on the group's discussions page.
discussion-title-missing = Give the discussion a subject.
discussion-body-missing = Write your text.
discussion-author-gone = A former member
mail-group-post-subject = { $group }: { $title }
mail-group-post-body =
    { $name } wrote in the discussion "{ $title }":

    { $message }

    To stop receiving a mail for each post in this group: { $stop }
mail-group-post-action = Read and reply

groups-activity = Last 30 days
groups-activity-members = { $count ->
    [0] no new member
    [one] one new member
   *[other] { $count } new members
}
groups-activity-posts = { $count ->
    [0] no post
    [one] one post
   *[other] { $count } posts
}

mail-group-digest-subject = { $count ->
    [one] One new post in your working groups
   *[other] { $count } new posts in your working groups
}
mail-group-digest-body =
    Here are the new posts in the discussions of your working groups since the previous summary.

    { $list }
mail-group-digest-action = Open the discussions
mail-group-digest-group =
    ── { $group } ──
    (To stop these mails for this group: { $stop })
mail-group-digest-item =
    "{ $title }", { $name }:
    { $message }
    { $link }

## A group's documents.
documents-open = Documents of the group
documents-title = Documents
documents-archive = The group is closed: its documents are kept as an archive and take no new files.
documents-none = No document has been shared yet.
documents-output = Output
documents-version = { $count ->
    [one] version 1
   *[other] version { $count }
}
documents-new = Share a document
documents-new-title = Title
documents-file = File
documents-file-hint = PDF, Word, OpenDocument or Office Open XML, up to 5 MB, with nothing inside that runs (no macros, scripts or programs).
documents-new-submit = Share the document
documents-title-missing = Give the document a title.
documents-file-missing = Choose the file to share.
documents-is-output = This document is one of the group's outputs: it is listed on the group's public page, and anyone can download its current version there.
documents-versions = Versions
documents-current = current version
documents-new-version = Upload a new version
documents-new-version-submit = Upload the new version
documents-output-title = Output of the group
documents-output-text = An output is listed on the group's public page (for a group listed publicly), and anyone can download its current version.
documents-output-mark = Mark as an output of the group
documents-output-remove = No longer an output
documents-outputs = Outputs of the group

## A group's meetings, and each person's calendar.
meetings-open = Meetings of the group
meetings-title = Meetings
meetings-archive = The group is closed: its meetings are kept as an archive.
meetings-my-calendar = All my meetings and my calendar feed
meetings-upcoming = Coming meetings
meetings-none-upcoming = No meeting is planned.
meetings-past = Past meetings
meetings-new = Schedule a meeting
meetings-new-submit = Schedule the meeting and tell the members
meeting-field-title = Subject
meeting-field-date = Day
meeting-field-starts = Starts at
meeting-field-ends = Ends at
meeting-field-zone = Time zone of the meeting
meeting-field-zone-hint = The day and hours above are read on the clocks of this zone. Each member also sees them in their own zone.
meeting-field-place = Place
meeting-field-link = Online link
meeting-field-agenda = Agenda
meeting-field-reminder = Reminder by mail
meeting-reminder-0 = No reminder
meeting-reminder-60 = One hour before
meeting-reminder-1440 = One day before
meeting-reminder-2880 = Two days before
meeting-reminder-10080 = One week before
meeting-cancelled = Cancelled
meeting-cancelled-notice = This meeting has been cancelled.
meeting-your-time = Your time
meeting-its-time = Where it is held
meeting-add-to-calendar = Add to my calendar (.ics)
meeting-change = Change the meeting
meeting-change-hint = If the day, the hours, the place or the link change, the members are told by mail, and calendars that hold the meeting update it.
meeting-change-submit = Save the changes
meeting-agenda-none = No agenda yet.
meeting-minutes = Minutes
meeting-minutes-none = No minutes have been written yet.
meeting-minutes-later = The minutes can be written once the meeting has begun.
meeting-minutes-field = Minutes of the meeting
meeting-minutes-save = Save the minutes
meeting-cancel = Cancel the meeting
meeting-cancel-text = The meeting stays listed, marked as cancelled; the members are told by mail and their calendars remove it.
meeting-cancel-submit = Cancel this meeting
meeting-title-missing = Give the meeting a subject.
meeting-where-missing = Say where the meeting is held, or give its online link.
meeting-zone-missing = Choose the time zone the meeting's hours are read in.
meeting-reminder-invalid = Choose when the reminder goes, or no reminder.
meeting-link-invalid = Give a web address that starts with https:// or http://.
meeting-date-invalid = Give the day as year-month-day, for example 2027-01-14.
meeting-time-invalid = Give the time as hours:minutes, for example 15:00.
meeting-ends-before-start = The meeting must end after it starts, on the same day.
meeting-time-skipped = The clocks of this zone skip this time on that day (they are put forward); choose another time.
meeting-minutes-missing = Write the minutes.
meetings-calendar-title = My meetings
meetings-calendar-intro = The coming meetings of every working group you are a member of, with their times in your zone (you can change it on your account page) and where they are held.
meetings-feed = Calendar feed
meetings-feed-text = Subscribe to this address in your calendar program (Outlook, Google Calendar, Thunderbird, Apple Calendar…) and your groups' meetings appear there, kept up to date.
meetings-feed-address = Your calendar's address
meetings-feed-secret = Anyone with this address can see your groups' meetings: keep it to yourself. If it has been shared, make a new one; the old one stops working at once.
meetings-feed-renew = Make a new address
meetings-feed-off = Turn the feed off
meetings-feed-create = Make my calendar address
meetings-feed-name = Working groups · Juvenile Justice Observatory
mail-meeting-new-subject = { $group }: new meeting, { $title }
mail-meeting-new-body =
    A meeting of the working group "{ $group }" has been scheduled.

    { $title }
    When: { $when }
    Where: { $where }

    Its page has the agenda and a file to add it to your calendar.
mail-meeting-new-action = See the meeting
mail-meeting-moved-subject = { $group }: meeting changed, { $title }
mail-meeting-moved-body =
    The meeting "{ $title }" of the working group "{ $group }" has changed.

    When: { $when }
    Where: { $where }
mail-meeting-moved-action = See the meeting
mail-meeting-cancelled-subject = { $group }: meeting cancelled, { $title }
mail-meeting-cancelled-body =
    The meeting "{ $title }" of the working group "{ $group }", planned for { $when }, has been cancelled.
mail-meeting-cancelled-action = See the meeting
mail-meeting-reminder-subject = Reminder: { $title } ({ $group })
mail-meeting-reminder-body =
    A reminder of the coming meeting of the working group "{ $group }".

    { $title }
    When: { $when }
    Where: { $where }
mail-meeting-reminder-action = See the agenda

## What members show each other; coordinators manage members.
members-open = Members and roles
members-title = Members
members-role = Role
members-role-save = Change the role
members-remove = Take out of the group
members-saved = Saved.
members-last-coordinator = A group keeps at least one coordinator: name another coordinator first.
members-shown = What the other members see of me
members-shown-legend = Besides my name and my role in the group, show the other members
members-shown-name = Nothing more
members-shown-profile = My organisation, country, working languages and specialisation
members-shown-contact = My profile and my e-mail address
members-shown-save = Save my choice
