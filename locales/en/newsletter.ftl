# The monthly bulletin: subscribing, confirming, leaving, and its subscribers
newsletter-title = The monthly bulletin
newsletter-intro = Once a month, the observatory's news, the events and forums to come, and the newest resources of its library, in the language you choose. Subscribing takes your address only, and you can leave from any bulletin in one click.
newsletter-footer-title = The monthly bulletin
newsletter-field-email = Your e-mail address
newsletter-field-language = Language of the bulletin
newsletter-field-topics = What you would like to receive
newsletter-topic-news = News of the observatory
newsletter-topic-events = Events and forums
newsletter-topic-library = New in the library
newsletter-privacy = We use your address for the bulletin only, and mail you a link to confirm before sending anything else.
newsletter-subscribe = Subscribe
newsletter-choose = Choose language and topics
newsletter-email-invalid = Enter your e-mail address in the form name@example.org.
newsletter-language-missing = Choose the language of the bulletin.
newsletter-topics-missing = Choose at least one of the topics.
newsletter-too-fast = The form was sent too quickly. Please check your address and send it again.
newsletter-check-title = Check your mail
newsletter-check-text = If the address can receive the bulletin, a message is on its way to it with a link to confirm your subscription. Nothing else is sent until you confirm.
newsletter-link-invalid-title = This link no longer works
newsletter-link-invalid-text = It may have been replaced by a newer one, or be more than a week old. You can subscribe again from the bulletin's page.
newsletter-confirm-title = Confirm your subscription
newsletter-confirm-text = One more step: confirm that you would like to receive the monthly bulletin at this address.
newsletter-confirm-button = Confirm my subscription
newsletter-confirmed-title = You are subscribed
newsletter-confirmed-text = Thank you. The next bulletin will reach you; each one has a link to leave in one click.
newsletter-unsubscribe-title = Leave the bulletin
newsletter-unsubscribe-text = Confirm that this address should no longer receive the monthly bulletin.
newsletter-unsubscribe-button = Unsubscribe
newsletter-unsubscribed-title = You are unsubscribed
newsletter-unsubscribed-text = This address will receive no more bulletins. You are welcome back at any time.
newsletter-confirm-subject = Confirm your subscription to the bulletin
newsletter-confirm-body = Someone, probably you, asked for the monthly bulletin of the International Juvenile Justice Observatory to be sent to this address.

    If you did not, ignore this mail: nothing will be sent.
newsletter-confirm-action = Confirm the subscription (the link works for a week)
newsletter-already-subject = You already receive the bulletin
newsletter-already-body = Someone asked for the monthly bulletin of the International Juvenile Justice Observatory to be sent to this address, which already receives it. Nothing has changed.
newsletter-already-action = Unsubscribe instead
staff-newsletter-subscribers = Bulletin subscribers
newsletter-subscribers-intro = Who receives the bulletin. Only confirmed addresses are mailed; an address that bounces or complains is never mailed again unless its owner subscribes anew.
newsletter-state-pending = Waiting for confirmation
newsletter-state-confirmed = Confirmed
newsletter-state-unsubscribed = Unsubscribed
newsletter-state-bounced = Bounced
newsletter-state-complained = Complained
newsletter-stop-title = Record a bounce or a complaint
newsletter-stop-reason = What happened
newsletter-stop-bounced = Mail to this address came back undelivered
newsletter-stop-complained = Its owner reported the bulletin as unwanted
newsletter-stop-button = Stop mailing this address
newsletter-reason-missing = Say what happened to this address.
newsletter-address-unknown = No subscriber has this address.
newsletter-stopped-bounced = { $email } is recorded as bounced: it will not be mailed again.
newsletter-stopped-complained = { $email } is recorded as complaining: it will not be mailed again.
newsletter-newest = Newest subscribers
newsletter-asked = Asked
staff-newsletter = Bulletin
newsletter-confirmed-count = { $count ->
    [one] One confirmed subscriber.
   *[other] { $count } confirmed subscribers.
}
newsletter-compose = Compose an issue
newsletter-no-issue = No issue has been composed yet.
newsletter-issue = Issue
newsletter-issue-number = Issue no. { $count }
newsletter-recipients = Recipients
newsletter-sent-on = Sent
newsletter-in-archive = See it in the public archive
newsletter-done-saved = The issue has been saved. Check the preview below, then send yourself a test.
newsletter-done-tested = A test has been mailed to your address, in this page's language.
newsletter-done-sent = The issue is on its way: one mail per confirmed subscriber, at a steady pace.
newsletter-intro-hint = A few words before the contents, in each language: paragraphs separated by a blank line. The rest is made from the items you choose.
newsletter-field-intro = Introduction
newsletter-field-news = News to present
newsletter-field-resources = New library resources to present
newsletter-nothing-offered = Nothing published yet.
newsletter-issue-empty = Choose at least one news item, event or resource for the issue to present.
newsletter-save = Save the issue
newsletter-send-test = Send me a test
newsletter-test = Test
newsletter-send = Send the issue
newsletter-send-hint = { $count ->
    [one] It goes to one confirmed subscriber, in their language and for their topics. An issue is sent once.
   *[other] It goes to { $count } confirmed subscribers, each in their language and for their topics. An issue is sent once.
}
newsletter-issue-subject = The observatory's bulletin, no. { $number }
newsletter-mail-why = You receive this bulletin because you subscribed to it on the observatory's site.
newsletter-mail-leave = Unsubscribe in one click
newsletter-mail-archive = Past issues
newsletter-archive-title = Past issues of the bulletin
newsletter-archive-intro = Every issue sent so far, to read on the site.
newsletter-archive-empty = No issue has been sent yet.
newsletter-footer-email = Your e-mail, for the bulletin
newsletter-field-events = Upcoming events to present
newsletter-no-events-offered = No upcoming event has been announced.
