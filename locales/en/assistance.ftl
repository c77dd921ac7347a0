# Technical-assistance requests: the public form, its mails, and the staff's queue
assistance-title = Request technical assistance
assistance-intro = Ministries, courts, public agencies and institutions can ask the observatory for technical assistance on juvenile justice: advice on policies and laws, training, assessments, institutional exchanges or expert meetings.
assistance-how = Describe your need below. The head office studies every request and answers at the address you give, usually within two weeks.
assistance-cooperation-link = How the observatory's technical cooperation works
assistance-need-legend = Your need
assistance-contact-legend = Contact person
assistance-field-institution = Institution
assistance-field-country = Country
assistance-choose-country = Choose a country
assistance-field-area = Area of assistance
assistance-choose-area = Choose an area
assistance-field-timeframe = Timeframe
assistance-timeframe-hint = When the assistance would be needed, for example "from March 2027, for six months".
assistance-field-need = What you need
assistance-need-hint = The situation, what you would like to achieve and who would take part. At least a few sentences.
assistance-field-name = Name
assistance-field-role = Position in the institution
assistance-field-email = E-mail address
assistance-field-phone = Telephone (optional)
assistance-field-consent = I agree that the observatory keeps these details to study the request and answer it, as the privacy policy says.
assistance-send = Send the request
assistance-area-policy-and-legislative-advice = Advice on policies and legislation
assistance-area-training = Training
assistance-area-assessments-and-studies = Assessments and studies
assistance-area-institutional-exchanges = Institutional exchanges
assistance-area-thematic-expert-meetings = Thematic expert meetings
assistance-area-other = Something else
assistance-institution-missing = Give the name of your institution.
assistance-country-missing = Choose the country from the list.
assistance-area-missing = Choose the area of assistance from the list.
assistance-timeframe-missing = Say when the assistance would be needed.
assistance-need-short = Describe your need in a few sentences, so the head office can study it.
assistance-name-missing = Give the name of the contact person.
assistance-role-missing = Give the contact person's position in the institution.
assistance-email-invalid = Enter the e-mail address where we can answer you, in the form name@example.org.
assistance-consent-missing = To send a request you need to accept the privacy policy.
assistance-too-fast = The form was sent too quickly. Please check your request and send it again.
assistance-too-many = Too many requests have been sent from your connection. Please try again in an hour.
assistance-sent-title = Your request has been sent
assistance-sent-text = Thank you. The head office has received your request for technical assistance and will answer you at the address you gave. An acknowledgement with the request's number has been mailed to that address.
assistance-office-subject = Technical assistance request { $number }: { $institution }
assistance-office-body = { $name } ({ $role }, { $institution }, { $country }) asks for technical assistance, in { $language }.

    Area: { $area }
    Timeframe: { $timeframe }
    E-mail: { $email }
    Telephone: { $phone }

    { $need }

    Answering this mail answers { $name }; replies written in the staff's queue are mailed in the requester's language and kept with the request.
assistance-office-action = Open the request in the staff's queue
assistance-received-subject = We have received your request for technical assistance
assistance-received-body = Thank you for writing to the International Juvenile Justice Observatory. Your request for technical assistance has reached our head office under the number { $number }. The head office will answer you at this address.

    If you did not send this request, you can ignore this mail.
assistance-reply-subject = Your request for technical assistance ({ $number })
assistance-reply-body = { $message }

    You can answer this mail: your answer reaches our head office.
assistance-assigned-subject = Technical assistance request { $number } is yours
assistance-assigned-body = The request { $number } from { $institution } ({ $country }) has been given to you in the staff's queue.
assistance-assigned-action = Open the request
staff-assistance = Assistance requests
assistance-queue-intro = Requests for technical assistance from governments and institutions, newest first. The open ones (new, in progress) are shown until someone chooses otherwise.
assistance-queue-filters = Which requests
assistance-queue-open = Open
assistance-queue-all = All
assistance-queue-mine = Only mine
assistance-queue-everyone = Everyone's
assistance-queue-none = No request here.
assistance-number = Number
assistance-received = Received
assistance-state = State
assistance-state-new = New
assistance-state-in-progress = In progress
assistance-state-answered = Answered
assistance-state-closed = Closed
assistance-assignee = Handled by
assistance-nobody = Nobody yet
assistance-request-title = Request { $number }
assistance-language = Language
assistance-handling = Handling
assistance-handling-save = Save the handling
assistance-handling-saved = The request's handling has been saved.
assistance-thread = Replies and notes
assistance-thread-none = Nothing has been written on this request yet.
assistance-kind-reply = mailed to the requester
assistance-kind-note = note among the staff
assistance-write = Write
assistance-field-reply = Text
assistance-reply-hint = A reply is mailed to the requester as written: write it in { $language }, their language.
assistance-kind = Who reads it
assistance-kind-reply-choice = A reply, mailed to the requester (the request becomes answered)
assistance-kind-note-choice = A note for the staff only
assistance-write-send = Send the reply or save the note
assistance-reply-missing = Write the text first.
assistance-reply-sent = The reply has been mailed to the requester.
assistance-note-saved = The note has been saved.
assistance-no-phone = not given
assistance-kind-missing = Say who reads it: a reply is mailed to the requester, a note stays with the staff.
