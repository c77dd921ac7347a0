# La bibliothèque de connaissances.
library-title = Bibliothèque
library-intro = La bibliothèque de l'observatoire rassemble ce que l'on sait des enfants et des jeunes en conflit avec la loi. Elle commence par les normes internationales qui fixent leurs droits ; recherches, législation, jurisprudence, programmes et bonnes pratiques d'Europe, d'Asie-Pacifique, d'Amérique latine et d'Afrique les rejoindront, chacun relié aux normes qu'il applique.
library-standards = Normes internationales
library-standards-intro = Les instruments des Nations Unies qui fixent les droits des enfants face à la justice. Chaque page énumère les articles qui comptent le plus pour la justice des mineurs, avec un titre court.
library-adopted = Adopté en
library-titles-note = Les titres courts sont des résumés propres à l'observatoire pour vous orienter ; seul le texte officiel de l'instrument fait foi.
library-contribute = Contribuer à la bibliothèque
library-contribute-text = Vous connaissez une recherche, une loi, une décision de justice ou un programme que la bibliothèque devrait accueillir ? Dites-le-nous par le formulaire de collaboration.
