## L'offre qui accompagne une décision, et les réponses qu'on y donne.

offer-title = L'offre
offer-intro = Précisez ce que vous offrez. La personne l'accepte, la refuse ou propose d'autres conditions sur la page de sa proposition.
offer-terms = Conditions de l'offre
offer-role = Rôle dans le groupe
offer-action = Action individuelle
offer-action-missing = Indiquez l'action que vous proposez.
offer-role-missing = Choisissez un rôle dans la liste.
offer-commitment = Engagement attendu
offer-commitment-hint = Ce que la participation demande, en quelques mots (facultatif).
offer-hours = Heures par mois, environ (facultatif)
offer-hours-invalid = Indiquez un nombre entier d'heures entre 1 et 200, ou laissez le champ vide.
offer-starts-on = Date de début
offer-ends-on = Date de fin
offer-date-invalid = Indiquez la date sous la forme année-mois-jour, par exemple 2027-03-01.
offer-ends-before-start = La date de fin ne peut pas précéder la date de début.
offer-status = État de l'offre
offer-status-sent = En attente de réponse
offer-status-accepted = Acceptée
offer-status-declined = Refusée
offer-status-countered = D'autres conditions ont été proposées
offer-revision = version { $count }
offer-group = Groupe de travail
offer-answer-heading-sent = Réponse
offer-answer-heading-accepted = Réponse
offer-answer-heading-declined = La raison donnée
offer-answer-heading-countered = Les conditions proposées en retour
offer-answer-message = Message

offer-summary-group = Groupe de travail : { $value }
offer-summary-role = Rôle offert : { $value }
offer-summary-action = Action individuelle : { $value }
offer-summary-commitment = Engagement attendu : { $value }
offer-summary-hours = Environ { $value } heures par mois.
offer-summary-starts = À partir du { $value }.
offer-summary-ends = Jusqu'au { $value }.
offer-summary-answer = Sur la page de votre proposition, vous pouvez accepter cette offre, la refuser ou proposer d'autres conditions.
offer-summary-answer-invitation = Sur la page de l'invitation, vous pouvez l'accepter, la refuser ou proposer d'autres conditions.

offer-yours-title = Notre offre
offer-accept-title = Accepter l'offre
offer-accept-text = Si ces conditions vous conviennent, acceptez-les. Pour participer, il faut un compte sur ce site : si vous n'en avez pas encore, vous le créerez à l'étape suivante.
offer-accept-submit = Accepter l'offre
offer-decline-title = Refuser l'offre
offer-decline-reason = Raison (facultatif)
offer-decline-submit = Refuser l'offre
offer-counter-title = Proposer d'autres conditions
offer-counter-text = Proposez un autre rôle ou d'autres dates et dites-nous pourquoi. Nous vous répondrons par une offre révisée.
offer-counter-role = Le rôle que vous préféreriez
offer-counter-starts-on = La date de début que vous proposez
offer-counter-ends-on = La date de fin que vous proposez
offer-counter-message = Votre message
offer-counter-message-missing = Dites-nous ce que vous préféreriez.
offer-counter-submit = Envoyer ma proposition
offer-answered-accepted = Merci : vous avez accepté l'offre.
offer-answered-declined = Votre réponse a été envoyée : vous avez refusé l'offre.
offer-answered-countered = Votre proposition a été envoyée. Nous vous répondrons par une offre révisée.
offer-now-member = Vous êtes désormais membre du groupe de travail.
offer-open-group = Ouvrir la page du groupe

offer-account-title = Créez votre compte pour accepter l'offre
offer-account-intro = Pour participer, il faut un compte sur le site. Le lien que vous avez suivi confirme déjà votre adresse électronique : il ne manque qu'un mot de passe. Votre profil est rempli à partir de votre proposition ; vous pourrez le modifier ensuite.
offer-account-name = Nom
offer-account-email = Adresse électronique
offer-account-submit = Créer mon compte et accepter
offer-account-exists = Un compte utilise déjà cette adresse. Connectez-vous avec ce compte, puis acceptez l'offre sur la page de votre proposition.
offer-account-login = Se connecter

offer-revise-title = Réviser l'offre
offer-revise-text = Modifiez les conditions et envoyez l'offre à nouveau. La personne est prévenue par courriel et répond à la nouvelle version.
offer-revise-message = Message à la personne
offer-revise-message-missing = Écrivez quelques mots pour accompagner l'offre révisée.
offer-revise-submit = Envoyer l'offre révisée
offer-revised = L'offre révisée a été envoyée.

mail-offer-revised-subject = Une offre révisée au sujet de votre proposition { $reference }
mail-offer-revised-body = { $message }
mail-offer-revised-action = Répondre sur la page de votre proposition
mail-offer-accepted-subject = { $name } a accepté l'offre ({ $reference })
mail-offer-accepted-body = { $name } a accepté l'offre faite sur la proposition { $reference }.
mail-offer-accepted-action = Ouvrir la proposition
mail-offer-declined-subject = { $name } a refusé l'offre ({ $reference })
mail-offer-declined-body =
    { $name } a refusé l'offre faite sur la proposition { $reference }.

    { $message }
mail-offer-declined-action = Ouvrir la proposition
mail-offer-countered-subject = { $name } a proposé d'autres conditions ({ $reference })
mail-offer-countered-body =
    { $name } a proposé d'autres conditions pour l'offre faite sur la proposition { $reference }. Le rôle et les dates proposés figurent sur la page de la proposition.

    { $message }
mail-offer-countered-action = Ouvrir la proposition

audit-offer-sent = Offre envoyée (version { $detail })
audit-offer-revised = Offre révisée et envoyée à nouveau (version { $detail })
audit-offer-accepted = Offre acceptée (version { $detail })
audit-offer-declined = Offre refusée (version { $detail })
audit-offer-countered = D'autres conditions ont été proposées (version { $detail })

## Direct invitations to a group.
invite-title = Inviter des membres
invite-intro = Cherchez des membres par ligne de travail, pays, langue de travail ou mots de leur profil, puis préparez une offre pour l'un d'eux. La personne répond depuis son compte et vous êtes prévenu par courriel.
invite-search = Chercher des membres
invite-any = Tous
invite-language = Langue de travail
invite-text = Mots du nom, de l'organisation ou de la spécialité
invite-search-submit = Chercher
invite-found = Membres trouvés
invite-none-found = Aucun membre ne correspond à cette recherche.
invite-narrow = Seuls les 50 premiers sont affichés : précisez la recherche pour trouver les autres.
invite-already-member = Déjà membre du groupe
invite-invited = Invitation envoyée
invite-prepare = Préparer une offre
invite-sent = L'invitation a été envoyée.
invite-sent-list = Invitations envoyées
invite-sent-none = Aucune invitation n'a encore été envoyée pour ce groupe.
invite-person-title = Une offre pour rejoindre le groupe
invite-person-intro = L'invitation sera envoyée dans la langue de la personne :
invite-message = Message à la personne
invite-message-hint = Dites pourquoi vous l'invitez ; les conditions s'ajoutent sous votre message.
offer-invite-message-missing = Écrivez quelques mots pour accompagner l'invitation.
invite-send = Envoyer l'invitation
groups-invite-link = Inviter des membres
invitations-title = Invitations
invitations-intro = Les places dans des groupes de travail que l'équipe de l'Observatoire vous a proposées. Ouvrez-en une pour l'accepter, la refuser ou proposer d'autres conditions.
invitations-none = Vous n'avez aucune invitation.
invitation-title = Invitation
invitation-heading = Invitation : { $group }
account-invitations = Invitations
mail-invitation-subject = Une invitation au groupe de travail { $group }
mail-invitation-body = { $message }
mail-invitation-action = Répondre à l'invitation
mail-invitation-accepted-subject = { $name } a accepté l'invitation à { $group }
mail-invitation-accepted-body = { $name } a accepté l'invitation au groupe de travail { $group } et en est désormais membre.
mail-invitation-accepted-action = Voir les invitations du groupe
mail-invitation-declined-subject = { $name } a refusé l'invitation à { $group }
mail-invitation-declined-body =
    { $name } a refusé l'invitation au groupe de travail { $group }.

    { $message }
mail-invitation-declined-action = Voir les invitations du groupe
mail-invitation-countered-subject = { $name } a proposé d'autres conditions pour { $group }
mail-invitation-countered-body =
    { $name } a proposé d'autres conditions pour l'invitation au groupe de travail { $group }. Le rôle et les dates proposés figurent sur la page des invitations du groupe.

    { $message }
mail-invitation-countered-action = Voir les invitations du groupe
