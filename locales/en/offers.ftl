## The offer that goes with a decision, and the answers to it.

offer-title = The offer
offer-intro = Set out what you offer. The person accepts it, declines it or suggests other terms on their proposal's page.
offer-terms = Terms of the offer
offer-role = Role in the group
offer-action = Individual action
offer-action-missing = Name the action you propose.
offer-role-missing = Choose a role from the list.
offer-commitment = Expected commitment
offer-commitment-hint = What taking part involves, in a few words (optional).
offer-hours = Hours per month, approximately (optional)
offer-hours-invalid = Give a whole number of hours between 1 and 200, or leave the field empty.
offer-starts-on = Start date
offer-ends-on = End date
offer-date-invalid = Give the date as year-month-day, for example 2027-03-01.
offer-ends-before-start = The end date cannot be before the start date.
offer-status = State of the offer
offer-status-sent = Waiting for an answer
offer-status-accepted = Accepted
offer-status-declined = Declined
offer-status-countered = Other terms suggested
offer-revision = version { $count }
offer-group = Working group
offer-answer-heading-sent = Answer
offer-answer-heading-accepted = Answer
offer-answer-heading-declined = The reason given
offer-answer-heading-countered = The terms suggested in return
offer-answer-message = Message

offer-summary-group = Working group: { $value }
offer-summary-role = Role offered: { $value }
offer-summary-action = Individual action: { $value }
offer-summary-commitment = Expected commitment: { $value }
offer-summary-hours = About { $value } hours a month.
offer-summary-starts = Starting on { $value }.
offer-summary-ends = Ending on { $value }.
offer-summary-answer = On your proposal's page you can accept this offer, decline it, or suggest other terms.
offer-summary-answer-invitation = On the invitation's page you can accept it, decline it, or suggest other terms.

offer-yours-title = Our offer to you
offer-accept-title = Accept the offer
offer-accept-text = If these terms suit you, accept them. Taking part needs an account on this site: if you have none yet, you will create one in the next step.
offer-accept-submit = Accept the offer
offer-decline-title = Decline the offer
offer-decline-reason = Reason (optional)
offer-decline-submit = Decline the offer
offer-counter-title = Suggest other terms
offer-counter-text = Suggest another role or other dates and tell us why. We will answer with a revised offer.
offer-counter-role = The role you would prefer
offer-counter-starts-on = The start date you suggest
offer-counter-ends-on = The end date you suggest
offer-counter-message = Your message
offer-counter-message-missing = Tell us what you would like instead.
offer-counter-submit = Send my suggestion
offer-answered-accepted = Thank you: you have accepted the offer.
offer-answered-declined = Your answer has been sent: you declined the offer.
offer-answered-countered = Your suggestion has been sent. We will answer with a revised offer.
offer-now-member = You are now a member of the working group.
offer-open-group = Open the group's page

offer-account-title = Create your account to accept the offer
offer-account-intro = Taking part needs an account on the site. The link you followed already confirms your e-mail address, so only a password is missing. Your profile is filled in from your proposal; you can change it afterwards.
offer-account-name = Name
offer-account-email = E-mail address
offer-account-submit = Create my account and accept
offer-account-exists = An account already uses this address. Log in with it, then accept the offer on your proposal's page.
offer-account-login = Log in

offer-revise-title = Revise the offer
offer-revise-text = Change the terms and send the offer again. The person is told by mail and answers the new version.
offer-revise-message = Message to the person
offer-revise-message-missing = Write a few words to go with the revised offer.
offer-revise-submit = Send the revised offer
offer-revised = The revised offer has been sent.

mail-offer-revised-subject = A revised offer about your proposal { $reference }
mail-offer-revised-body = { $message }
mail-offer-revised-action = Answer on your proposal's page
mail-offer-accepted-subject = { $name } accepted the offer ({ $reference })
mail-offer-accepted-body = { $name } accepted the offer made on proposal { $reference }.
mail-offer-accepted-action = Open the proposal
mail-offer-declined-subject = { $name } declined the offer ({ $reference })
mail-offer-declined-body =
    { $name } declined the offer made on proposal { $reference }.

    { $message }
mail-offer-declined-action = Open the proposal
mail-offer-countered-subject = { $name } suggested other terms ({ $reference })
mail-offer-countered-body =
    { $name } suggested other terms for the offer made on proposal { $reference }. The role and dates suggested are on the proposal's page.

    { $message }
mail-offer-countered-action = Open the proposal

audit-offer-sent = Offer sent (version { $detail })
audit-offer-revised = Offer revised and sent again (version { $detail })
audit-offer-accepted = Offer accepted (version { $detail })
audit-offer-declined = Offer declined (version { $detail })
audit-offer-countered = Other terms suggested (version { $detail })

## Direct invitations to a group.
invite-title = Invite members
invite-intro = Find members by line of work, country, working language or words of their profile, then prepare an offer for one of them. They answer on their account, and you are told by mail.
invite-search = Search the members
invite-any = Any
invite-language = Working language
invite-text = Words in the name, organisation or specialisation
invite-search-submit = Search
invite-found = Members found
invite-none-found = No member matches this search.
invite-narrow = Only the first 50 are listed: narrow the search to find the others.
invite-already-member = Already a member of the group
invite-invited = Invited
invite-prepare = Prepare an offer
invite-sent = The invitation has been sent.
invite-sent-list = Invitations sent
invite-sent-none = No invitation has been sent for this group yet.
invite-person-title = An offer to join the group
invite-person-intro = The invitation will be sent in the person's language:
invite-message = Message to the person
invite-message-hint = Say why you are inviting them; the terms are added below your message.
offer-invite-message-missing = Write a few words to go with the invitation.
invite-send = Send the invitation
groups-invite-link = Invite members
invitations-title = Invitations
invitations-intro = The places in working groups the Observatory's team has offered you. Open one to accept it, decline it or suggest other terms.
invitations-none = You have no invitation.
invitation-title = Invitation
invitation-heading = Invitation: { $group }
account-invitations = Invitations
mail-invitation-subject = An invitation to the working group { $group }
mail-invitation-body = { $message }
mail-invitation-action = Answer the invitation
mail-invitation-accepted-subject = { $name } accepted the invitation to { $group }
mail-invitation-accepted-body = { $name } accepted the invitation to the working group { $group } and is now one of its members.
mail-invitation-accepted-action = See the group's invitations
mail-invitation-declined-subject = { $name } declined the invitation to { $group }
mail-invitation-declined-body =
    { $name } declined the invitation to the working group { $group }.

    { $message }
mail-invitation-declined-action = See the group's invitations
mail-invitation-countered-subject = { $name } suggested other terms for { $group }
mail-invitation-countered-body =
    { $name } suggested other terms for the invitation to the working group { $group }. The role and dates suggested are on the group's invitations page.

    { $message }
mail-invitation-countered-action = See the group's invitations
