## Les archives des Conseils continentaux
councils-title = Archives des Conseils continentaux
councils-intro = Les réunions des Conseils continentaux de l’observatoire, en Europe, en Amérique latine, en Afrique et en Asie-Pacifique : quand et où chacun s’est réuni, qui y a pris part, ce qu’il a fait, et ses documents dans la bibliothèque.
councils-found = { $count ->
    [0] Aucune réunion
    [one] Une réunion
   *[other] { $count } réunions
}
councils-all = Afficher toutes les réunions
councils-archive-empty = Aucune réunion n’a encore été enregistrée dans les archives.
councils-networks-link = En savoir plus sur les conseils
councils-edition = Édition { $number }
councils-days = Jours
councils-participants = Participants
councils-documents = Documents
councils-narrow = Affiner les archives
councils-year = Année
networks-councils-archive = Les archives des réunions des conseils

## Rédaction
staff-councils = Conseils
councils-staff-intro = Les archives que lit le public : chaque réunion d’un conseil, ses documents désignés par leur numéro dans la bibliothèque.
councils-public-link = Voir les archives publiques
councils-new = Enregistrer une réunion
councils-none-yet = Aucune réunion n’a encore été enregistrée.
councils-saved = La réunion a été enregistrée.
councils-save = Enregistrer la réunion
councils-field-council = Conseil
councils-choose-council = Choisissez un conseil
councils-field-edition = Édition
councils-edition-hint = Son numéro parmi les réunions du conseil : 1 pour la première.
councils-field-first-day = Premier jour
councils-field-last-day = Dernier jour (facultatif)
councils-last-day-hint = Laissez vide pour une réunion d’un seul jour.
councils-field-place = Lieu
councils-field-country = Pays (facultatif)
councils-no-country = Aucun pays
councils-field-participants = Participants (facultatif)
councils-participants-hint = Délégations, institutions et experts, un par ligne si vous le souhaitez.
councils-summary = Ce qu’a fait la réunion
councils-summary-hint = En anglais (obligatoire) et, s’il est rédigé, en espagnol et en français.
councils-field-documents = Documents de la bibliothèque (facultatif)
councils-documents-hint = Les numéros des ressources de la bibliothèque qui sont ses documents, séparés par des virgules, dans l’ordre où les montrer. Le public voit ceux qui sont publiés. Le numéro de chaque ressource figure sur sa page dans
councils-council-missing = Choisissez le conseil qui s’est réuni.
councils-edition-invalid = Indiquez l’édition par un nombre entier de 1 à 99.
councils-edition-taken = Ce conseil a déjà une réunion de cette édition. Vérifiez l’édition, ou modifiez la réunion enregistrée.
councils-first-day-missing = Indiquez le premier jour de la réunion.
councils-day-invalid = Indiquez le jour comme le propose le champ de date, par exemple 2013-05-13.
councils-last-day-before = Le dernier jour ne peut pas précéder le premier.
councils-place-missing = Indiquez la ville où le conseil s’est réuni.
councils-country-unknown = Choisissez un pays dans la liste.
councils-summary-missing = Décrivez en anglais ce qu’a fait la réunion.
councils-documents-invalid = Indiquez les documents par des numéros séparés par des virgules, par exemple 12, 15.
councils-documents-too-many = Une réunion énumère au plus 20 documents.
councils-documents-unknown = La bibliothèque n’a aucune ressource portant le numéro { $numbers }.
