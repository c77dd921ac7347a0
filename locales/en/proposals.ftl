nav-staff = Staff workspace
nav-my-proposals = My proposals
staff-nav = Staff pages
staff-queue = Proposals
staff-dashboard = Dashboard
staff-lines = Lines of work

proposal-form-title = Propose a collaboration
proposal-form-intro = Tell us what you propose, what interests you and what you specialise in. Our team will study your proposal against the observatory's lines of work and contact you with possible actions, on your own or within a working group.
proposal-about-you = About you
proposal-about-proposal = Your proposal
proposal-reply-to = We will reply to your account's address:
proposal-trap-label = Leave this field empty
proposal-lines = Lines of work your proposal concerns
proposal-specialisation = Your specialisation
proposal-specialisation-hint = Your field, experience and the kind of work you do in juvenile justice.
proposal-title = Title of the proposal
proposal-description = Description of the proposal
proposal-description-hint = What you propose, for whom, and what you expect from the collaboration (at least 30 characters).
proposal-kind = Kind of collaboration you wish
proposal-kind-individual = An individual action
proposal-kind-working-group = Taking part in a working group
proposal-kind-either = Open to either
proposal-attachment = Attached document (optional)
proposal-attachment-hint = A PDF or office document (Word, Excel, PowerPoint or OpenDocument) of at most 5 MB.
proposal-attachment-kept = We kept the file you sent:
proposal-submit = Send my proposal
proposal-specialisation-missing = Describe your specialisation.
proposal-title-missing = Give your proposal a title.
proposal-description-length = Describe your proposal in at least 30 characters.
proposal-kind-missing = Choose the kind of collaboration you wish.
proposal-attachment-too-large = The file is larger than 5 MB. Send a smaller one, or none.
proposal-attachment-empty = The file is empty.
proposal-attachment-type = This file is not a PDF or office document. Send one of those formats, or none.
proposal-attachment-damaged = This file is damaged or incomplete, and cannot be read. Save it again from the program that made it, or send another file.
proposal-attachment-active = This document contains scripts, macros, programs, attached files or a web page, which we do not accept. Save a copy without them (as a PDF, for example) and send that, or no file.
proposal-attachment-protected = This document is protected by a password or encrypted, so we cannot check it. Send a copy without protection, or no file.
proposal-attachment-overpacked = This document would take far more space to open than a document of its size should. Save it again from the program that made it, or send another file.
proposal-attachment-too-many = Too many files have been sent from your connection in the last hour. Send the form without a file, or try again later.
proposal-too-fast = The form was sent too quickly. Please check your answers and send it again.
proposal-too-many = Too many proposals have been sent from your connection. Please try again in an hour.
proposal-message-missing = Write a message.

proposal-sent-title = Thank you for your proposal
proposal-reference = Reference:
proposal-sent-confirm = We have sent you an e-mail. Please follow the link in it to confirm your address: only then does your proposal reach our team. The link is valid for { $hours } hours.
proposal-sent-member = Your proposal has reached our team. We have sent you an acknowledgement by e-mail, and you can follow it from your account.
proposal-confirm-title = Confirm your proposal
proposal-confirm-text = Press the button to confirm your e-mail address and send this proposal to our team.
proposal-confirm-submit = Confirm and send
proposal-link-invalid-text = The link has expired or has already been used. If your proposal was not confirmed in time, please send it again.

proposal-mine-title = My proposals
proposal-mine-empty = You have not sent any proposal yet.
proposal-state = State:
proposal-received = Received:
proposal-thread = Messages
proposal-thread-empty = No messages yet.
proposal-from-observatory = The observatory
proposal-from-you = You
proposal-answer = Your answer
proposal-answer-hint = The observatory asked you for more information; your answer goes back to the team.
proposal-add-information = Add information or write to us
proposal-send-message = Send
proposal-withdraw-title = Withdraw the proposal
proposal-withdraw-text = If you no longer wish to go ahead, you can withdraw your proposal. This cannot be undone.
proposal-withdraw-submit = Withdraw my proposal
proposal-staff = Observatory staff
proposal-actor-submitter-or-system = Submitter or system

proposal-state-unconfirmed = Waiting for confirmation
proposal-state-submitted = Received
proposal-state-in-review = Under evaluation
proposal-state-awaiting-information = Awaiting information
proposal-state-decided = Answered
proposal-state-withdrawn = Withdrawn
proposal-state-help-unconfirmed = Your e-mail address has not been confirmed yet.
proposal-state-help-submitted = Your proposal has reached our team and will be assigned for evaluation.
proposal-state-help-in-review = Our team is evaluating your proposal and your profile against our lines of work.
proposal-state-help-awaiting-information = We need more information from you: please answer below.
proposal-state-help-decided = We have answered your proposal: our reply is among the messages, and you can answer it below.
proposal-state-help-withdrawn = This proposal was withdrawn.

queue-counts = Proposals per state
queue-filters = Filter the proposals
queue-search = Search
queue-any = Any
queue-line = Line of work
queue-region = Region
queue-language = Working language
queue-evaluator = Evaluator
queue-from = Received from
queue-to = Received until
queue-sort = Order
queue-sort-newest = Newest first
queue-sort-oldest = Oldest first
queue-sort-title = By title
queue-apply = Apply
queue-clear = Clear the filters
queue-export = Export as CSV
queue-total = { $count ->
    [one] One proposal matches.
   *[other] { $count } proposals match.
}
queue-from-whom = From
queue-empty = No proposal matches these filters.
queue-pages = Pages

review-profile = Who is proposing
review-proposal = The proposal
review-evaluators = Evaluators
review-no-evaluators = Nobody is assigned yet.
review-conflict-declared = conflict of interest declared
review-assign-label = Assign an evaluator
review-assign-submit = Assign
review-conflict-text = If you have a conflict of interest with this proposal, say so: you will be unassigned and will no longer see it.
review-conflict-submit = Declare a conflict of interest
review-my-evaluation = My evaluation
review-score-meaning = Scores: 1 — no fit; 2 — partial fit; 3 — good fit; 4 — strong fit.
review-fit-proposal = Fit of the proposal
review-fit-profile = Fit of the profile
score-1 = no fit
score-2 = partial fit
score-3 = good fit
score-4 = strong fit
review-recommendation = Recommendation
recommendation-individual-action = An individual action
recommendation-working-group = A working group
recommendation-not-at-this-time = Not at this time
recommendation-more-information = Needs more information
review-notes = Notes
review-evaluation-submit = Save my evaluation
review-evaluations = Evaluations
review-no-evaluations = No evaluation yet.
review-internal = internal
review-write-kind = What are you writing?
review-write-note = An internal note
review-write-hint-note = Seen by staff only; the submitter is not told.
review-write-question = A question to the submitter
review-write-hint-question = Mailed in the submitter's language; the proposal waits for the answer, which comes back here.
review-write-message = A message to the submitter
review-write-hint-message = Mailed in the submitter's language without changing the proposal's state; any answer comes back here.
review-write-kind-missing = Choose whether this is an internal note, a question or a message.
review-write-body = Text
review-write-submit = Send
audit-web-form = Sent through the web form
audit-address-confirmed = E-mail address confirmed
audit-assigned = Assigned to { $detail }
audit-information-requested = More information requested
audit-information-provided = Information provided
audit-conflict-declared = Conflict of interest declared
audit-withdrawn = Withdrawn by the submitter
audit-decision = Decision: { $detail }
review-specialisation = Specialisation
review-unassign = Remove
audit-unassigned = No longer assigned: { $detail }
review-history = History
review-who = Who
review-from-state = From
review-to-state = To
review-note = Note
evaluation-scores-missing = Give both scores for every line of work.
evaluation-recommendation-missing = Choose a recommendation.

decision-title = Decision and reply
decision-start = Decide and reply
decision-choose = Decision
decision-individual-action = Propose an individual action
decision-working-group = Invite to a working group
decision-not-at-this-time = Not at this time
decision-group = Working group
decision-group-hint = For an invitation: choose an existing group, or describe a new one below.
decision-new-group = Or create a new working group
decision-new-group-name = Name of the new group
decision-new-group-description = Description of the new group
decision-prepare = Prepare the reply
decision-reply = Reply to the submitter
decision-reply-language = The reply will be sent in:
decision-reply-text = Reply
decision-reply-hint = Prepared from the template in the submitter's language; edit it before sending.
decision-send = Send the decision
decision-missing = Choose a decision.
decision-reply-missing = Write the reply to the submitter.
decision-group-missing = Choose a working group or describe a new one.
decision-reply-individual-action = Thank you for your proposal "{ $title }" ({ $reference }). We have studied it with interest and would like to develop it with you as an individual action. We will contact you shortly to agree on the next steps.
decision-reply-working-group = Thank you for your proposal "{ $title }" ({ $reference }). We are pleased to invite you to join the working group "{ $group }", where your experience would be very valuable. We will send you the details of its work shortly.
decision-reply-not-at-this-time = Thank you for your proposal "{ $title }" ({ $reference }). After studying it carefully, we are not able to take it forward at this time. We will keep your profile in mind for future initiatives.

dashboard-by-state = Proposals per state
dashboard-by-line = Proposals per line of work
dashboard-by-region = Proposals per region
dashboard-by-month = Proposals received per month
dashboard-table = Figures
dashboard-category = Category
dashboard-count = Proposals
dashboard-chart-total = { $count ->
    [one] One proposal in all.
   *[other] { $count } proposals in all.
}

lines-intro = The lines of work people choose from when they register or propose a collaboration. Retired lines are no longer offered but stay on earlier proposals.
lines-saved = The lines of work have been saved.
lines-retired = retired
lines-name = Name
lines-description = Description
lines-position = Order
lines-active = Offered in the forms
lines-save = Save
lines-new = Add a line of work
lines-slug = Short identifier (lower-case letters, digits and hyphens)
lines-create = Add
lines-name-missing = Give the line a name in every language (at most 200 characters).
lines-position-invalid = The order must be a whole number.
lines-slug-invalid = Use only lower-case letters, digits and hyphens.
lines-slug-taken = Another line of work already uses this identifier. Choose another one.

csv-reference = Reference
csv-received = Received
csv-state = State
csv-title = Title
csv-name = Name
csv-organisation = Organisation
csv-country = Country
csv-region = Region
csv-languages = Working languages
csv-kind = Collaboration
csv-lines = Lines of work
csv-email = E-mail

mail-proposal-confirm-subject = Confirm your proposal { $reference }
mail-proposal-confirm-body = Thank you for your collaboration proposal. Please confirm your e-mail address so that it reaches our team; the link is valid for { $hours } hours. If you did not send it, ignore this message and it will be deleted.
mail-proposal-confirm-action = Confirm my proposal
mail-proposal-received-subject = We have received your proposal { $reference }
mail-proposal-received-body = Thank you: your proposal { $reference } has reached the observatory's team. We will evaluate it against our lines of work and contact you. You can follow it, read our messages and answer them on its private page.
mail-proposal-received-action = Follow my proposal
mail-proposal-question-subject = Your proposal { $reference }: we need more information
mail-proposal-question-body = Our team has a question about your proposal { $reference }: { $message }
mail-proposal-question-action = Answer on the proposal's page
mail-proposal-decision-subject = Our reply to your proposal { $reference }
mail-proposal-decision-body = { $message }
mail-proposal-decision-action = See the proposal's page
mail-proposal-message-subject = A message about your proposal { $reference }
mail-proposal-message-body = { $message }
mail-proposal-message-action = Answer on the proposal's page
mail-proposal-submitter-wrote-subject = { $reference }: { $name } has written
mail-proposal-submitter-wrote-body = { $name } has written on the thread of the proposal { $reference }:

    { $message }
mail-proposal-submitter-wrote-action = Open the proposal
mail-proposal-withdrawn-subject = { $reference } has been withdrawn
mail-proposal-withdrawn-body = { $name } has withdrawn the proposal { $reference }. Nothing more is needed on it.
mail-proposal-withdrawn-action = Open the proposal
mail-proposal-assigned-subject = { $reference } is yours to evaluate
mail-proposal-assigned-body = The proposal "{ $title }" ({ $reference }) has been assigned to you. Please evaluate it, and the profile of the person or organisation proposing it, against the observatory's lines of work. If you have a conflict of interest, declare it on the proposal's page.
mail-proposal-assigned-action = Open the proposal

# The proposal form's own words for the fields it shares with registration.
proposal-has-errors = Your proposal could not be sent yet. Please correct the following
proposal-account-type-missing = Tell us whether you write as an individual or on behalf of an organisation.
proposal-name-missing = Enter your full name, so that we know whom to answer.
proposal-name-invalid = Enter a name of at most 200 characters.
proposal-organisation-missing = Enter the name of the organisation making the proposal.
proposal-sector-missing = Choose the sector of the organisation making the proposal.
proposal-country-missing = Choose the country you work in from the list.
proposal-languages-missing = Choose at least one language in which we can work with you.
proposal-lines-missing = Choose at least one line of work that your proposal concerns.
proposal-email-invalid = Enter the e-mail address where we can answer you, in the form name@example.org.
proposal-too-long = Shorten this text to at most { $max } characters: it has { $count }.
proposal-consent-missing = To send your proposal, accept the privacy policy: it says how we keep and use what you tell us.

proposal-what-you-sent = What you sent
proposal-attachment-sent = Attached document
proposal-reply-sent = Your message has been sent to the observatory's team. It appears below.
review-kind = Collaboration sought
staff-waiting = { $count ->
    [one] 1 waiting
   *[other] { $count } waiting
}

# Editors' alerts of new proposals.
mail-proposal-new-subject = New proposal { $reference }: { $title }
mail-proposal-new-body = A new collaboration proposal has reached the staff: "{ $title }" ({ $reference }), sent by { $sender }. It waits for an editor to take it up and assign evaluators.

    You receive this mail because your account asks to hear of each new proposal at once. You can choose a daily summary or no mail on your account page.
mail-proposal-new-action = Open the proposal
mail-proposal-digest-subject = { $count ->
    [one] One new proposal since yesterday
   *[other] { $count } new proposals since yesterday
    }
mail-proposal-digest-body = { $count ->
    [one] This proposal reached the staff since the last summary:
   *[other] These proposals reached the staff since the last summary:
    }

    { $list }

    You receive this summary because your account asks for one each morning. You can choose a mail for each proposal, or no mail, on your account page.
mail-proposal-digest-item = { $reference }: "{ $title }", sent by { $sender }
mail-proposal-digest-action = Open the proposals waiting
suggestions-title = Suggestions
suggestions-intro = What this proposal is most like, as the site's search engine reads it in the three languages, and who could evaluate it. They are advice: accept one with its button, or leave them.
suggestions-in-text = The description, with the words that matched
suggestions-lines = Lines of work
suggestions-groups = Working groups
suggestions-resources = Library resources
suggestions-evaluators = Evaluators who could take it
suggestions-none = Nothing to suggest.
suggestion-score = score
suggestion-words = shared words:
suggestion-accept = Accept
suggestion-accepted = Accepted
suggestion-evaluator-reason = works on { $lines }; reads { $language }; { $count ->
    [one] one proposal in hand
   *[other] { $count } proposals in hand
}
dashboard-suggestions = Suggestions accepted
dashboard-suggestions-proposals = { $count ->
    [one] One proposal has an accepted suggestion.
   *[other] { $count } proposals have an accepted suggestion.
}
dashboard-suggestion-kind-line = Lines of work
dashboard-suggestion-kind-group = Working groups
dashboard-suggestion-kind-resource = Library resources
dashboard-suggestion-kind-evaluator = Evaluators
