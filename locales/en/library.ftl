# The knowledge library.
library-title = Library
library-intro = The observatory's library brings together what is known about children and young people in conflict with the law. It begins with the international standards that set their rights; research, legislation, case law, programmes and good practices from Europe, Asia-Pacific, Latin America and Africa will join them, each tied to the standards it applies.
library-standards = International standards
library-standards-intro = The instruments of the United Nations that set the rights of children in justice. Each page lists the articles that matter most for juvenile justice, with a short title.
library-adopted = Adopted in
library-titles-note = The short titles are the observatory's own summaries to help you find your way; only the instrument's official text is authoritative.
library-contribute = Contribute to the library
library-contribute-text = Do you know research, a law, a court decision or a programme the library should hold? Tell us through the collaboration form.
