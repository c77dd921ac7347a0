site-name = International Juvenile Justice Observatory
site-short-name = IJJO
site-tagline = Promoting the rights of children and young people in conflict with the law
skip-to-content = Skip to main content
language-switcher = Language
nav-main = Main
nav-home = Home
nav-about = Who we are
nav-cooperation = Technical cooperation
nav-networks = Collaboration networks
nav-reports = Reports
nav-library = Library
nav-contact = Contact
nav-login = Log in
nav-register = Register
nav-legal = Legal information
nav-privacy = Privacy policy
nav-cookies = Cookie policy
nav-legal-notice = Legal notice
nav-cookie-settings = Cookie settings
footer-rights = All rights reserved.
contact-head-office = Head office
contact-phone = Phone
contact-fax = Fax
contact-email = E-mail

cta-collaborate = Propose a collaboration
home-reports-title = Recent reports
home-all-reports = All reports
about-forums-title = Our status in international forums
about-reports-title = Reports we have produced
cooperation-instruments-title = Tools and mechanisms
cooperation-agreements-title = Collaboration agreements
cooperation-agreements-intro = Under bilateral collaboration agreements with ministries and public and private administrations, the IJJO provides technical assistance on policies, programmes and projects linked to the cycle of juvenile violence, from the social prevention of violence to the administration of justice for adolescents and young adults, and on all related matters. The institutions that have signed such an agreement are listed below by region.
networks-councils-title = Archive: the Continental Councils for Juvenile Justice (2009–2020)
networks-councils-intro = Coordinated by the IJJO, these councils brought together experts, professionals, representatives of public authorities, academia, the judiciary and civil society, and fostered interaction, dialogue and collaboration among them through meetings and conferences.
networks-how-title = How to collaborate with us
networks-how-step-1 = Tell us through a short web form what you propose, what interests you and what you specialise in.
networks-how-step-2 = Our team evaluates your proposal and your profile against our lines of work.
networks-how-step-3 = We contact you with possible actions, on your own or within a working group.


error-home-link = Go to the home page
error-not-found-title = Page not found
error-not-found-text = The page you asked for does not exist or has moved.
error-bad-request-title = Request not understood
error-bad-request-text = The information sent could not be read. Please go back and try again.
error-unacceptable-text-title = Text that cannot be accepted
error-unacceptable-text-text = Something that was typed or pasted holds characters that are not plain text (invisible control characters, or bytes in an encoding other than UTF-8). Nothing was saved. Please go back, retype the text or paste it again as plain text, and send it again.
error-too-large-title = Too much data
error-too-large-text = What you sent is larger than this form accepts. Please shorten it and try again.
error-forbidden-title = Form expired
error-forbidden-text = For your security this form could not be accepted. Please go back, reload the page and try again.
error-not-allowed-title = Access not allowed
error-not-allowed-text = Your account does not give access to this page. If you think it should, please contact the observatory.
error-too-many-title = Too many forms sent
error-too-many-text = This address has sent more forms than the site accepts in an hour. Please wait a few minutes and try again.
error-conflict-title = This change was not made
error-conflict-text = Someone changed this meanwhile, or the same form was sent twice, so nothing was done. Go back and reload the page to see it as it is now.
error-file-missing-title = File not available
error-file-missing-text = The site has a record of this file, but its file storage no longer holds it. Nothing else is affected. Please tell the site's administrators, who can restore it from a backup.
error-internal-title = Something went wrong
error-internal-text = An unexpected error occurred on our side. Please try again in a few minutes.

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
days-span = { $first } to { $last }
date-long = { $weekday } { $day } { $month } { $year }

region-europe = Europe
region-asia-pacific = Asia-Pacific
region-latin-america = Latin America
region-africa = Africa
region-north-america = North America
region-international = Ibero-American and international bodies

nav-menu = Menu
home-more-about = Who we are
home-hero-alt = Illustration: a globe whose four regions are joined by a network of lines.
home-figures-title = The observatory in figures
home-figure-agreements = { $count ->
    [one] collaboration agreement
   *[other] collaboration agreements
}
home-figure-countries = { $count ->
    [one] country with an agreement
   *[other] countries with an agreement
}
home-figure-councils = { $count ->
    [one] Continental Council for Juvenile Justice
   *[other] Continental Councils for Juvenile Justice
}
home-figure-years = years of continental councils, 2009–2020
home-figure-forums = { $count ->
    [one] international forum where we hold a recognised status
   *[other] international forums where we hold a recognised status
}
home-path-collaborate = Tell us what you propose and what you specialise in. We reply with possible actions, on your own or in a working group.
home-path-knowledge-title = Explore our reports
home-path-knowledge = Studies through which we bring juvenile justice to the international policy agenda.
home-path-cooperation = Advice and technical assistance for governments and institutions that are modernising juvenile justice, and the agreements behind it.
aside-collaborate-title = Work with us
aside-collaborate-text = Researchers, practitioners, public authorities and organisations can propose a collaboration in a few minutes.
reports-request-copy = Request a copy from the head office
reports-languages = Written in:
reports-download = Download
reports-in-library = Its record in the library, with how to cite it

link-button-why = We ask you to press the button because some mail programs open the links in a message by themselves, to check them: only your press counts.
form-required-note = Every field is required unless it is marked “optional”.

## Uploaded documents, wherever they are sent.
upload-too-large = The file is larger than 5 MB. Choose a smaller one.
upload-empty = The file is empty.
upload-type = This file is not a PDF or office document. Choose one of those formats.
upload-damaged = This file is damaged or incomplete, and cannot be read. Save it again from the program that made it, or choose another file.
upload-active = This document contains scripts, macros, programs, attached files or a web page, which we do not accept. Save a copy without them (as a PDF, for example) and send that.
upload-protected = This document is protected by a password or encrypted, so we cannot check it. Send a copy without protection.
upload-overpacked = This document would take far more space to open than a document of its size should. Save it again from the program that made it, or choose another file.
image-too-large = The picture is larger than 8 MB. Save a smaller copy (a cover needs no more than 1,200 pixels across) and choose that.
image-empty = The picture file is empty.
image-type = This file is not a PNG or JPEG picture. Save it in one of those formats and choose it again (SVG drawings are not accepted: they can carry scripts).
image-too-many-pixels = This picture has more pixels than the site accepts (at most 12,000 on a side and 40 million in all). Save a smaller copy and choose that.
image-damaged = This picture is damaged or incomplete, and cannot be read. Save it again from the program that made it, or choose another.

## Search
search-label = Search the site and the library
search-placeholder = Search…
search-again = Change the search
search-button = Search
search-title = Search
search-title-for = Search:
search-intro = Search the observatory's pages and its library of research, legislation, case law, programmes and good practices, in English, Spanish and French.
search-hint = Words in any of the three languages. Put words in quotes to find them together; put a minus sign before a word to leave it out.
search-found = { $count ->
    [0] Nothing found
    [one] One result
   *[other] { $count } results
}
search-nothing = Nothing matches these words and choices. Try other words, fewer words, or remove a choice.
search-sort = Sort by:
search-sort-relevance = relevance
search-sort-date = date
search-pages = Pages of the results
search-narrow = Narrow the results
search-facet-language = Language
search-facet-country = Country
search-facet-article = International standard
search-kind-page = Page of the site
search-kind-news = News
search-kind-agreement = Cooperation agreement
search-kind-meeting = Continental Council meeting

## A picture sent with a form (a cover, a news item’s picture)
picture-current = The picture now shown
picture-not-saved = The picture you sent, not saved yet
picture-choose = Picture
picture-replace = Another picture (optional)
picture-hint = PNG or JPEG, at most 8 MB. It is resized for the pages, and what else the file holds (camera, place) is not kept.
picture-alt-hint = One or two sentences for readers who cannot see the picture: what it shows, not the title again.
picture-too-often = Too many files have been sent from your connection in the last hour. Try again later.
picture-edit = Picture
picture-intro = The picture is shown at the top of the item's page and beside it in its list. Say what it shows in each language the title is written in, for readers who cannot see it.
picture-alt = What the picture shows
picture-save = Save the picture
picture-remove = Remove the picture
picture-required = Choose a picture.
picture-alt-required = { $language }: say what the picture shows in this language.
picture-saved = The picture has been saved.
