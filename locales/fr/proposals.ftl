nav-staff = Espace de l’équipe
nav-my-proposals = Mes propositions
staff-nav = Pages de l’équipe
staff-queue = Propositions
staff-dashboard = Tableau de bord
staff-lines = Axes de travail

proposal-form-title = Proposer une collaboration
proposal-form-intro = Dites-nous ce que vous proposez, ce qui vous intéresse et quelle est votre spécialité. Notre équipe étudiera votre proposition au regard des axes de travail de l’observatoire et vous contactera pour vous suggérer des actions possibles, individuellement ou au sein d’un groupe de travail.
proposal-about-you = À propos de vous
proposal-about-proposal = Votre proposition
proposal-reply-to = Nous vous répondrons à l’adresse de votre compte :
proposal-trap-label = Laissez ce champ vide
proposal-lines = Axes de travail concernés par votre proposition
proposal-specialisation = Votre spécialité
proposal-specialisation-hint = Votre domaine, votre expérience et le type de travail que vous menez en justice juvénile.
proposal-title = Titre de la proposition
proposal-description = Description de la proposition
proposal-description-hint = Ce que vous proposez, pour qui, et ce que vous attendez de la collaboration (au moins 30 caractères).
proposal-kind = Type de collaboration souhaité
proposal-kind-individual = Une action individuelle
proposal-kind-working-group = La participation à un groupe de travail
proposal-kind-either = L’une ou l’autre
proposal-attachment = Document joint (facultatif)
proposal-attachment-hint = Un PDF ou un document bureautique (Word, Excel, PowerPoint ou OpenDocument) de 5 Mo au plus.
proposal-attachment-kept = Nous avons conservé le fichier envoyé :
proposal-submit = Envoyer ma proposition
proposal-specialisation-missing = Décrivez votre spécialité.
proposal-title-missing = Donnez un titre à votre proposition.
proposal-description-length = Décrivez votre proposition en au moins 30 caractères.
proposal-kind-missing = Choisissez le type de collaboration souhaité.
proposal-attachment-too-large = Le fichier dépasse 5 Mo. Envoyez-en un plus petit, ou aucun.
proposal-attachment-empty = Le fichier est vide.
proposal-attachment-type = Ce fichier n’est ni un PDF ni un document bureautique. Envoyez l’un de ces formats, ou aucun.
proposal-attachment-damaged = Ce fichier est endommagé ou incomplet et ne peut pas être lu. Enregistrez-le à nouveau depuis le programme qui l’a créé, ou envoyez un autre fichier.
proposal-attachment-active = Ce document contient des scripts, des macros, des programmes, des fichiers joints ou une page web, que nous n’acceptons pas. Enregistrez-en une copie sans ces éléments (en PDF, par exemple) et envoyez-la, ou n’envoyez aucun fichier.
proposal-attachment-protected = Ce document est protégé par un mot de passe ou chiffré : nous ne pouvons donc pas le vérifier. Envoyez une copie sans protection, ou aucun fichier.
proposal-attachment-overpacked = Une fois ouvert, ce document occuperait bien plus de place que ne le justifie sa taille. Enregistrez-le à nouveau depuis le programme qui l’a créé, ou envoyez un autre fichier.
proposal-attachment-too-many = Trop de fichiers ont été envoyés depuis votre connexion au cours de la dernière heure. Envoyez le formulaire sans fichier ou réessayez plus tard.
proposal-too-fast = Le formulaire a été envoyé trop vite. Vérifiez vos réponses et renvoyez-le.
proposal-too-many = Trop de propositions ont été envoyées depuis votre connexion. Réessayez dans une heure.
proposal-message-missing = Écrivez un message.

proposal-sent-title = Merci pour votre proposition
proposal-reference = Référence :
proposal-sent-confirm = Nous vous avons envoyé un courriel. Suivez le lien qu’il contient pour confirmer votre adresse : ce n’est qu’ensuite que votre proposition parviendra à notre équipe. Le lien est valable { $hours } heures.
proposal-sent-member = Votre proposition est parvenue à notre équipe. Nous vous avons envoyé un accusé de réception par courriel, et vous pouvez la suivre depuis votre compte.
proposal-confirm-title = Confirmez votre proposition
proposal-confirm-text = Appuyez sur le bouton pour confirmer votre adresse électronique et transmettre cette proposition à notre équipe.
proposal-confirm-submit = Confirmer et envoyer
proposal-link-invalid-text = Le lien a expiré ou a déjà été utilisé. Si votre proposition n’a pas été confirmée à temps, envoyez-la de nouveau.

proposal-mine-title = Mes propositions
proposal-mine-empty = Vous n’avez encore envoyé aucune proposition.
proposal-state = État :
proposal-received = Reçue le :
proposal-thread = Messages
proposal-thread-empty = Aucun message pour l’instant.
proposal-from-observatory = L’observatoire
proposal-from-you = Vous
proposal-answer = Votre réponse
proposal-answer-hint = L’observatoire vous a demandé des informations complémentaires ; votre réponse sera transmise à l’équipe.
proposal-add-information = Ajouter des informations ou nous écrire
proposal-send-message = Envoyer
proposal-withdraw-title = Retirer la proposition
proposal-withdraw-text = Si vous ne souhaitez plus poursuivre, vous pouvez retirer votre proposition. Cette action est définitive.
proposal-withdraw-submit = Retirer ma proposition
proposal-staff = Équipe de l’observatoire
proposal-actor-submitter-or-system = Auteur ou système

proposal-state-unconfirmed = En attente de confirmation
proposal-state-submitted = Reçue
proposal-state-in-review = En cours d’évaluation
proposal-state-awaiting-information = En attente d’informations
proposal-state-decided = Réponse envoyée
proposal-state-withdrawn = Retirée
proposal-state-help-unconfirmed = Votre adresse électronique n’a pas encore été confirmée.
proposal-state-help-submitted = Votre proposition est parvenue à notre équipe et sera confiée à un évaluateur.
proposal-state-help-in-review = Notre équipe évalue votre proposition et votre profil au regard de nos axes de travail.
proposal-state-help-awaiting-information = Nous avons besoin d’informations complémentaires : merci de répondre ci-dessous.
proposal-state-help-decided = Nous avons répondu à votre proposition : notre réponse figure parmi les messages, et vous pouvez y répondre ci-dessous.
proposal-state-help-withdrawn = Cette proposition a été retirée.

queue-counts = Propositions par état
queue-filters = Filtrer les propositions
queue-search = Rechercher
queue-any = Indifférent
queue-line = Axe de travail
queue-region = Région
queue-language = Langue de travail
queue-evaluator = Évaluateur
queue-from = Reçues à partir du
queue-to = Reçues jusqu’au
queue-sort = Ordre
queue-sort-newest = Les plus récentes d’abord
queue-sort-oldest = Les plus anciennes d’abord
queue-sort-title = Par titre
queue-apply = Appliquer
queue-clear = Effacer les filtres
queue-export = Exporter en CSV
queue-total = { $count ->
    [one] Une proposition correspond.
   *[other] { $count } propositions correspondent.
}
queue-from-whom = De
queue-empty = Aucune proposition ne correspond à ces filtres.
queue-pages = Pages

review-profile = Qui propose
review-proposal = La proposition
review-evaluators = Évaluateurs
review-no-evaluators = Personne n’est encore affecté.
review-conflict-declared = conflit d’intérêts déclaré
review-assign-label = Affecter un évaluateur
review-assign-submit = Affecter
review-conflict-text = Si vous avez un conflit d’intérêts avec cette proposition, déclarez-le : vous en serez désaffecté et ne la verrez plus.
review-conflict-submit = Déclarer un conflit d’intérêts
review-my-evaluation = Mon évaluation
review-score-meaning = Notes : 1 — aucune adéquation ; 2 — adéquation partielle ; 3 — bonne adéquation ; 4 — forte adéquation.
review-fit-proposal = Adéquation de la proposition
review-fit-profile = Adéquation du profil
score-1 = aucune adéquation
score-2 = adéquation partielle
score-3 = bonne adéquation
score-4 = forte adéquation
review-recommendation = Recommandation
recommendation-individual-action = Une action individuelle
recommendation-working-group = Un groupe de travail
recommendation-not-at-this-time = Pas pour le moment
recommendation-more-information = Informations complémentaires nécessaires
review-notes = Notes
review-evaluation-submit = Enregistrer mon évaluation
review-evaluations = Évaluations
review-no-evaluations = Aucune évaluation pour l’instant.
review-internal = interne
review-write-kind = Qu’écrivez-vous ?
review-write-note = Une note interne
review-write-hint-note = Visible par l’équipe uniquement ; l’auteur n’est pas prévenu.
review-write-question = Une question à l’auteur
review-write-hint-question = Envoyée par courriel dans la langue de l’auteur ; la proposition attend sa réponse, qui revient ici.
review-write-message = Un message à l’auteur
review-write-hint-message = Envoyé par courriel dans la langue de l’auteur sans changer l’état de la proposition ; sa réponse revient ici.
review-write-kind-missing = Indiquez s’il s’agit d’une note interne, d’une question ou d’un message.
review-write-body = Texte
review-write-submit = Envoyer
audit-web-form = Envoyée par le formulaire en ligne
audit-address-confirmed = Adresse électronique confirmée
audit-assigned = Confiée à { $detail }
audit-information-requested = Informations complémentaires demandées
audit-information-provided = Informations fournies
audit-conflict-declared = Conflit d’intérêts déclaré
audit-withdrawn = Retirée par l’auteur
audit-decision = Décision : { $detail }
review-specialisation = Spécialité
review-unassign = Retirer
audit-unassigned = N’est plus confiée à : { $detail }
review-history = Historique
review-who = Qui
review-from-state = De
review-to-state = À
review-note = Note
evaluation-scores-missing = Donnez les deux notes pour chaque axe de travail.
evaluation-recommendation-missing = Choisissez une recommandation.

decision-title = Décision et réponse
decision-start = Décider et répondre
decision-choose = Décision
decision-individual-action = Proposer une action individuelle
decision-working-group = Inviter dans un groupe de travail
decision-not-at-this-time = Pas pour le moment
decision-group = Groupe de travail
decision-group-hint = Pour une invitation : choisissez un groupe existant ou décrivez-en un nouveau ci-dessous.
decision-new-group = Ou créez un nouveau groupe de travail
decision-new-group-name = Nom du nouveau groupe
decision-new-group-description = Description du nouveau groupe
decision-prepare = Préparer la réponse
decision-reply = Réponse à l’auteur
decision-reply-language = La réponse sera envoyée en :
decision-reply-text = Réponse
decision-reply-hint = Préparée à partir du modèle dans la langue de l’auteur ; modifiez-la avant de l’envoyer.
decision-send = Envoyer la décision
decision-missing = Choisissez une décision.
decision-reply-missing = Rédigez la réponse à l’auteur de la proposition.
decision-group-missing = Choisissez un groupe de travail ou décrivez-en un nouveau.
decision-reply-individual-action = Nous vous remercions de votre proposition « { $title } » ({ $reference }). Nous l’avons étudiée avec intérêt et souhaitons la développer avec vous sous la forme d’une action individuelle. Nous vous contacterons prochainement pour convenir des prochaines étapes.
decision-reply-working-group = Nous vous remercions de votre proposition « { $title } » ({ $reference }). Nous avons le plaisir de vous inviter à rejoindre le groupe de travail « { $group } », où votre expérience sera très précieuse. Nous vous enverrons prochainement le détail de ses travaux.
decision-reply-not-at-this-time = Nous vous remercions de votre proposition « { $title } » ({ $reference }). Après l’avoir étudiée attentivement, nous ne sommes pas en mesure d’y donner suite pour le moment. Nous garderons votre profil à l’esprit pour de futures initiatives.

dashboard-by-state = Propositions par état
dashboard-by-line = Propositions par axe de travail
dashboard-by-region = Propositions par région
dashboard-by-month = Propositions reçues par mois
dashboard-table = Chiffres
dashboard-category = Catégorie
dashboard-count = Propositions
dashboard-chart-total = { $count ->
    [one] Une proposition au total.
   *[other] { $count } propositions au total.
}

lines-intro = Les axes de travail proposés lors de l’inscription ou d’une proposition de collaboration. Les axes retirés ne sont plus proposés mais restent sur les propositions antérieures.
lines-saved = Les axes de travail ont été enregistrés.
lines-retired = retiré
lines-name = Nom
lines-description = Description
lines-position = Ordre
lines-active = Proposé dans les formulaires
lines-save = Enregistrer
lines-new = Ajouter un axe de travail
lines-slug = Identifiant court (minuscules, chiffres et tirets)
lines-create = Ajouter
lines-name-missing = Donnez à l’axe un nom dans chaque langue (200 caractères au plus).
lines-position-invalid = L’ordre doit être un nombre entier.
lines-slug-invalid = Utilisez uniquement des minuscules, des chiffres et des tirets.
lines-slug-taken = Un autre axe de travail utilise déjà cet identifiant. Choisissez-en un autre.

csv-reference = Référence
csv-received = Reçue le
csv-state = État
csv-title = Titre
csv-name = Nom
csv-organisation = Organisation
csv-country = Pays
csv-region = Région
csv-languages = Langues de travail
csv-kind = Collaboration
csv-lines = Axes de travail
csv-email = Courriel

mail-proposal-confirm-subject = Confirmez votre proposition { $reference }
mail-proposal-confirm-body = Merci pour votre proposition de collaboration. Confirmez votre adresse électronique pour qu’elle parvienne à notre équipe ; le lien est valable { $hours } heures. Si vous ne l’avez pas envoyée, ignorez ce message : elle sera supprimée.
mail-proposal-confirm-action = Confirmer ma proposition
mail-proposal-received-subject = Nous avons reçu votre proposition { $reference }
mail-proposal-received-body = Merci : votre proposition { $reference } est parvenue à l’équipe de l’observatoire. Nous l’évaluerons au regard de nos axes de travail et vous contacterons. Vous pouvez la suivre, lire nos messages et y répondre sur sa page privée.
mail-proposal-received-action = Suivre ma proposition
mail-proposal-question-subject = Votre proposition { $reference } : nous avons besoin d’informations complémentaires
mail-proposal-question-body = Notre équipe a une question au sujet de votre proposition { $reference } : { $message }
mail-proposal-question-action = Répondre sur la page de la proposition
mail-proposal-decision-subject = Notre réponse à votre proposition { $reference }
mail-proposal-decision-body = { $message }
mail-proposal-decision-action = Voir la page de la proposition
mail-proposal-message-subject = Un message au sujet de votre proposition { $reference }
mail-proposal-message-body = { $message }
mail-proposal-message-action = Répondre sur la page de la proposition
mail-proposal-submitter-wrote-subject = { $reference } : { $name } a écrit
mail-proposal-submitter-wrote-body = { $name } a écrit dans le fil de la proposition { $reference } :

    { $message }
mail-proposal-submitter-wrote-action = Ouvrir la proposition
mail-proposal-withdrawn-subject = { $reference } a été retirée
mail-proposal-withdrawn-body = { $name } a retiré la proposition { $reference }. Aucune autre action n’est nécessaire.
mail-proposal-withdrawn-action = Ouvrir la proposition
mail-proposal-assigned-subject = { $reference } vous est confiée pour évaluation
mail-proposal-assigned-body = La proposition « { $title } » ({ $reference }) vous a été confiée. Merci de l’évaluer, ainsi que le profil de la personne ou de l’organisation qui la présente, au regard des axes de travail de l’observatoire. En cas de conflit d’intérêts, déclarez-le sur la page de la proposition.
mail-proposal-assigned-action = Ouvrir la proposition

# Les mots propres au formulaire de proposition pour les champs qu’il partage avec l’inscription.
proposal-has-errors = Votre proposition n’a pas encore pu être envoyée. Veuillez corriger les points suivants
proposal-account-type-missing = Indiquez-nous si vous écrivez à titre individuel ou au nom d’une organisation.
proposal-name-missing = Indiquez votre nom complet, pour que nous sachions à qui répondre.
proposal-name-invalid = Indiquez un nom de 200 caractères au maximum.
proposal-organisation-missing = Indiquez le nom de l’organisation qui fait la proposition.
proposal-sector-missing = Choisissez le secteur de l’organisation qui fait la proposition.
proposal-country-missing = Choisissez dans la liste le pays où vous travaillez.
proposal-languages-missing = Choisissez au moins une langue dans laquelle nous pouvons travailler avec vous.
proposal-lines-missing = Choisissez au moins un axe de travail concerné par votre proposition.
proposal-email-invalid = Indiquez l’adresse électronique à laquelle nous pouvons vous répondre, de la forme nom@exemple.org.
proposal-too-long = Raccourcissez ce texte à { $max } caractères au plus : il en compte { $count }.
proposal-consent-missing = Pour envoyer votre proposition, acceptez la politique de confidentialité : elle explique comment nous conservons et utilisons ce que vous nous confiez.

proposal-what-you-sent = Ce que vous nous avez envoyé
proposal-attachment-sent = Document joint
proposal-reply-sent = Votre message a été transmis à l’équipe de l’Observatoire. Il figure ci-dessous.
review-kind = Collaboration recherchée
staff-waiting = { $count ->
    [one] 1 en attente
   *[other] { $count } en attente
}

# Alertes de nouvelles propositions pour l'équipe éditoriale.
mail-proposal-new-subject = Nouvelle proposition { $reference } : { $title }
mail-proposal-new-body = Une nouvelle proposition de collaboration est arrivée à l’équipe : « { $title } » ({ $reference }), envoyée par { $sender }. Elle attend qu’une personne de l’équipe éditoriale la prenne en charge et en confie l’évaluation.

    Vous recevez ce message parce que votre compte demande une alerte pour chaque nouvelle proposition dès son arrivée. Sur la page de votre compte, vous pouvez choisir un résumé quotidien ou aucun message.
mail-proposal-new-action = Ouvrir la proposition
mail-proposal-digest-subject = { $count ->
    [one] Une nouvelle proposition depuis hier
   *[other] { $count } nouvelles propositions depuis hier
    }
mail-proposal-digest-body = { $count ->
    [one] Cette proposition est arrivée à l’équipe depuis le dernier résumé :
   *[other] Ces propositions sont arrivées à l’équipe depuis le dernier résumé :
    }

    { $list }

    Vous recevez ce résumé parce que votre compte en demande un chaque matin. Sur la page de votre compte, vous pouvez choisir un message par proposition, ou aucun message.
mail-proposal-digest-item = { $reference } : « { $title } », envoyée par { $sender }
mail-proposal-digest-action = Voir les propositions en attente
suggestions-title = Suggestions
suggestions-intro = Ce à quoi cette proposition ressemble le plus, tel que le moteur de recherche du site la lit dans les trois langues, et qui pourrait l’évaluer. Ce sont des conseils : acceptez-en un avec son bouton, ou laissez-les.
suggestions-in-text = La description, avec les mots qui correspondent
suggestions-lines = Axes de travail
suggestions-groups = Groupes de travail
suggestions-resources = Ressources de la bibliothèque
suggestions-evaluators = Évaluateurs qui pourraient s’en charger
suggestions-none = Rien à suggérer.
suggestion-score = score
suggestion-words = mots en commun :
suggestion-accept = Accepter
suggestion-accepted = Acceptée
suggestion-evaluator-reason = travaille sur { $lines } ; lit { $language } ; { $count ->
    [one] une proposition en cours
   *[other] { $count } propositions en cours
}
dashboard-suggestions = Suggestions acceptées
dashboard-suggestions-proposals = { $count ->
    [one] Une proposition a une suggestion acceptée.
   *[other] { $count } propositions ont une suggestion acceptée.
}
dashboard-suggestion-kind-line = Axes de travail
dashboard-suggestion-kind-group = Groupes de travail
dashboard-suggestion-kind-resource = Ressources de la bibliothèque
dashboard-suggestion-kind-evaluator = Évaluateurs
