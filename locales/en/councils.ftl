## The Continental Councils' archive
councils-title = Continental Councils archive
councils-intro = The meetings of the observatory's Continental Councils, in Europe, Latin America, Africa and Asia-Pacific: when and where each met, who took part, what it did, and its documents in the library.
councils-found = { $count ->
    [0] No meeting shown
    [one] One meeting shown
   *[other] { $count } meetings shown
}
councils-all = Show every meeting
councils-archive-empty = No meeting has been recorded in the archive yet.
councils-networks-link = Read about the councils
councils-edition = Edition { $number }
councils-days = Days
councils-participants = Who took part
councils-documents = Documents
councils-narrow = Narrow the archive
councils-year = Year
networks-councils-archive = The archive of the councils' meetings

## Editors
staff-councils = Councils
councils-staff-intro = The archive the public reads: each meeting of a council, its documents named by their numbers in the library.
councils-public-link = See the public archive
councils-new = Record a meeting
councils-none-yet = No meeting has been recorded yet.
councils-saved = The meeting has been saved.
councils-save = Save the meeting
councils-field-council = Council
councils-choose-council = Choose a council
councils-field-edition = Edition
councils-edition-hint = Its number among the council's meetings: 1 for the first.
councils-field-first-day = First day
councils-field-last-day = Last day (optional)
councils-last-day-hint = Leave empty for a meeting of one day.
councils-field-place = Place
councils-field-country = Country (optional)
councils-no-country = No country
councils-field-participants = Who took part (optional)
councils-participants-hint = Delegations, institutions and experts, one per line if you wish.
councils-summary = What the meeting did
councils-summary-hint = In English (required) and, if written, in Spanish and French.
councils-field-documents = Documents in the library (optional)
councils-documents-hint = The numbers of the library's resources that are its documents, separated by commas, in the order to show them. The public sees those that are published. Each resource's number is on its page in
councils-council-missing = Choose the council that met.
councils-edition-invalid = Give the edition as a whole number from 1 to 99.
councils-edition-taken = This council already has a meeting of this edition. Check the edition, or change the meeting recorded.
councils-first-day-missing = Give the meeting's first day.
councils-day-invalid = Give a day as the date field offers it, for example 2013-05-13.
councils-last-day-before = The last day cannot come before the first.
councils-place-missing = Give the city where the council met.
councils-country-unknown = Choose a country from the list.
councils-summary-missing = Say in English what the meeting did.
councils-documents-invalid = Give the documents as numbers separated by commas, for example 12, 15.
councils-documents-too-many = A meeting lists at most 20 documents.
councils-documents-unknown = The library has no resource numbered { $numbers }.
