# Le registre des accords de coopération : la liste publique, les pages des rédacteurs et le rappel d’échéance
agreements-title = Accords de coopération
agreements-intro = Les accords que l’observatoire a signés avec des ministères, des administrations publiques, des universités et des organismes internationaux : avec qui, sur quoi, qui les a signés, quand, et s’ils sont en vigueur.
agreements-found = { $count ->
    [one] Un accord
   *[other] { $count } accords
}
agreements-all = Afficher tous les accords
agreements-none-yet = Aucun accord n’a encore été inscrit au registre.
agreements-partners-link = Les partenaires de la coopération technique de l’observatoire
agreements-narrow = Affiner les accords
agreements-facet-region = Région
agreements-standing = Situation
agreements-standing-in-force = En vigueur
agreements-standing-renewed = Renouvelé
agreements-standing-expired = Expiré
agreements-parties = Parties
agreements-signatories = Signé par
agreements-signed-on = Signé le
agreements-duration = Durée
agreements-months = { $count ->
    [one] Un mois
   *[other] { $count } mois
}
agreements-no-end = Sans date de fin
agreements-ends-on = En vigueur jusqu’au
staff-agreements = Accords
agreements-staff-intro = Le registre que lit le public. La situation d’un accord découle de ses dates ; les rédacteurs reçoivent un rappel deux mois avant la fin d’un accord.
agreements-public-link = Voir le registre public
agreements-new = Inscrire un accord
agreements-edit = Accord avec { $partner }
agreements-saved = L’accord a été enregistré.
agreements-save = Enregistrer l’accord
agreements-field-partner = Partenaire
agreements-choose-partner = Choisissez un partenaire
agreements-subject = Objet
agreements-subject-hint = L’objet de l’accord, en anglais (obligatoire) et, s’il est rédigé, en espagnol et en français.
agreements-field-duration = Durée en mois
agreements-duration-hint = Laissez vide pour un accord sans date de fin.
agreements-field-renewed = Renouvelé jusqu’au
agreements-renewed-hint = Si l’accord a été renouvelé : son nouveau dernier jour.
agreements-partner-missing = Choisissez le partenaire dans la liste.
agreements-subject-missing = Indiquez en anglais l’objet de l’accord.
agreements-signed-missing = Indiquez le jour de la signature de l’accord.
agreements-date-invalid = Indiquez le jour comme une date du calendrier, par exemple 2019-05-02.
agreements-duration-invalid = Indiquez la durée en nombre entier de mois, de 1 à 600, ou laissez-la vide.
agreements-renewal-before = Un renouvellement prend fin après la première échéance de l’accord.
agreement-expiring-subject = Un accord arrive à échéance : { $partner }
agreement-expiring-body = L’accord avec { $partner } prend fin le { $end }, dans { $days } jours.

    { $subject }

    S’il doit se poursuivre, le renouvellement peut être inscrit au registre ; sinon, il n’y a rien à faire.
agreement-expiring-action = Ouvrir l’accord
agreements-renewal-without-end = Seul un accord d’une durée donnée peut être renouvelé : indiquez d’abord sa durée.
