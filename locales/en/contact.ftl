# The contact page's form and its mails
contact-form-title = Write to us
contact-form-intro = Your message reaches the head office, which answers at the address you give. Every field is needed but the document.
contact-trap-label = Leave this field empty
contact-field-name = Your name
contact-field-email = Your e-mail address
contact-field-subject = Subject
contact-field-message = Your message
contact-field-file = A document (optional)
contact-file-hint = PDF or office document (Word, OpenDocument, Excel, PowerPoint), up to 5 MB.
contact-file-kept = This document is kept with your message:
contact-field-consent = I agree that the observatory keeps my name, address and message to answer me, as the privacy policy says.
contact-send = Send the message
contact-name-missing = Tell us your name.
contact-email-invalid = Enter the e-mail address where we can answer you, in the form name@example.org.
contact-subject-missing = Give your message a subject.
contact-message-short = Write your message: at least a sentence.
contact-consent-missing = To send a message you need to accept the privacy policy.
contact-file-too-many = Too many documents have been sent from your connection. Please try again in an hour, or send your message without one.
contact-too-fast = The form was sent too quickly. Please check your message and send it again.
contact-too-many = Too many messages have been sent from your connection. Please try again in an hour.
contact-sent-title = Your message has been sent
contact-sent-text = Thank you. The head office has received your message and will answer you at the address you gave; a short acknowledgement is on its way to it.
contact-sent-home = Back to the home page
contact-office-subject = Contact page: { $subject }
contact-office-body = { $name } ({ $email }) wrote through the contact page, in { $language }.

    { $message }

    Answering this mail answers { $name }.
contact-office-action = Download the document sent with the message (staff sign-in needed)
contact-received-subject = We have received your message
contact-received-body = Thank you for writing to the International Juvenile Justice Observatory. Your message has reached our head office, which will answer you at this address.

    If you did not write to us, you can ignore this mail.
staff-messages = Messages
contact-messages-intro = The newest messages written from the contact page, as the head office received them by mail. Each is kept for a year.
contact-messages-none = No message has been received yet.
contact-messages-file = Document sent with it
