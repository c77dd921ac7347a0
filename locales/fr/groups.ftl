# Groupes de travail.
networks-groups-text = Les membres du réseau participent à des groupes de travail thématiques avec l’équipe de l’observatoire. Certains groupes sont présentés publiquement ; d’autres travaillent en privé.
networks-groups-link = Voir les groupes de travail
staff-groups = Groupes de travail
groups-title = Groupes de travail
groups-intro = Les membres du réseau de collaboration travaillent ensemble dans des groupes thématiques : ils partagent recherches et pratiques, préparent des recommandations et mènent des activités communes avec l’observatoire.
groups-none = Aucun groupe de travail n’est encore présenté publiquement.
groups-none-yet = Aucun groupe de travail n’a encore été créé.
groups-join-text = Pour participer à un groupe, dites-nous ce que vous proposez et quelle est votre spécialité : notre équipe vous proposera le groupe qui convient.
groups-stage = Étape
groups-stage-forming = En constitution
groups-stage-active = Actif
groups-stage-closed = Clos (archives)
groups-line = Axe de travail
groups-no-line = Aucun axe de travail en particulier
groups-organisation = Organisation coordinatrice
groups-members = Membres
groups-member-count = { $count ->
    [0] Pas encore de membres
    [one] Un membre
   *[other] { $count } membres
}
groups-private-notice = Ce groupe n’est pas présenté publiquement : seuls ses membres et l’équipe de l’observatoire voient cette page.
groups-member-list = Membres
groups-members-none = Personne n’a encore rejoint ce groupe.
group-role-coordinator = Coordination
group-role-member = Membre
group-role-contributor = Contributeur·rice
group-role-observer = Observateur·rice
groups-field-name = Nom du groupe
groups-field-description = Ce sur quoi le groupe travaille
groups-visibility = Qui voit le groupe
groups-visibility-public = Présenté publiquement sur le site
groups-visibility-private = Ses membres et l’équipe seulement
groups-new = Nouveau groupe de travail
groups-create = Créer le groupe
groups-edit = Les informations du groupe
groups-save = Enregistrer le groupe
groups-saved = Le groupe a été enregistré.
groups-see-page = Voir la page du groupe
groups-remove = Retirer du groupe
groups-add-member = Ajouter un membre
groups-member-email = Adresse électronique de son compte
groups-member-role = Rôle dans le groupe
groups-add = Ajouter au groupe
groups-name-missing = Donnez un nom au groupe.
groups-texts-hint = Écrivez le nom et la description du groupe dans chaque langue que vous pouvez ; une langue laissée vide affiche le texte d'une autre jusqu'à ce que quelqu'un le traduise. Un nom dans une langue suffit pour commencer.
groups-texts-missing = Donnez le nom du groupe dans au moins une langue.
groups-languages = Langues
groups-languages-complete = Les trois
groups-languages-missing = Manque :
groups-line-unknown = Choisissez un axe de travail dans la liste.
groups-choice-unknown = Choisissez l’une des options proposées.
groups-member-unknown = Aucun compte confirmé n’utilise cette adresse. Demandez d’abord à la personne de s’inscrire et de confirmer son adresse.
groups-join = Demander à rejoindre ce groupe
groups-join-message = Pourquoi vous souhaitez le rejoindre (facultatif)
groups-join-hint = Quelques mots pour la coordination sur votre travail et ce que vous apporteriez, en 1 000 caractères au plus.
groups-join-submit = Envoyer ma demande
groups-join-asked = Votre demande a été envoyée à la coordination du groupe. Vous recevrez sa réponse par courriel.
groups-join-waiting = Vous avez demandé à rejoindre ce groupe ; la coordination n’a pas encore répondu.
groups-join-answered = Votre réponse a été enregistrée et la personne prévenue par courriel.
groups-requests = Demandes d’adhésion
groups-accept = Accepter
groups-decline = Refuser

mail-group-join-asked-subject = { $name } demande à rejoindre { $group }
mail-group-join-asked-body = { $name } souhaite rejoindre le groupe de travail « { $group } » et écrit :

    { $message }

    Acceptez ou refusez la demande sur la page du groupe.
mail-group-join-asked-action = Ouvrir la page du groupe
mail-group-join-accepted-subject = Bienvenue dans { $group }
mail-group-join-accepted-body = Votre demande a été acceptée : vous êtes désormais membre du groupe de travail « { $group } ». Sa page présente ses membres et ce sur quoi il travaille.
mail-group-join-accepted-action = Ouvrir la page du groupe
mail-group-join-declined-subject = Votre demande pour rejoindre { $group }
mail-group-join-declined-body = La coordination du groupe de travail « { $group } » ne peut pas vous accueillir pour le moment. Merci de votre intérêt ; les autres groupes de l’observatoire et son formulaire de collaboration restent à votre disposition.
mail-group-join-declined-action = Voir la page du groupe

## Les discussions d'un groupe.
discussions-open = Discussions du groupe
discussions-title = Discussions
discussions-archive = Le groupe est clos : ses discussions sont conservées comme archive et ne reçoivent plus de messages.
discussions-mails-saved = Votre choix de courriels a été enregistré.
discussions-none = Aucune discussion n'a encore été ouverte.
discussions-post-count = { $count ->
    [one] un message
   *[other] { $count } messages
}
discussions-new = Ouvrir une discussion
discussions-new-title = Sujet
discussions-body = Votre texte
discussions-body-hint = Une mise en forme simple est possible : **gras**, *italique*, listes commençant par « - », liens écrits [ainsi](https://example.org). Seuls les membres du groupe et l'équipe le lisent.
discussions-new-submit = Ouvrir la discussion
discussions-mails = Courriels
discussions-mails-legend = Quand quelqu'un écrit dans les discussions de ce groupe
discussions-mails-each = M'envoyer chaque nouveau message par courriel
discussions-mails-daily = M'envoyer un courriel chaque matin avec les nouveaux messages
discussions-mails-none = Ne rien m'envoyer
discussions-mails-save = Enregistrer mon choix
discussions-edited = corrigé
discussions-edit = Corriger mon message
discussions-edit-hint = Un message peut être corrigé pendant 30 minutes après son envoi.
discussions-edit-save = Enregistrer la correction
discussions-reply = Votre réponse
discussions-reply-submit = Envoyer la réponse
discussions-stop-title = Ne plus recevoir les courriels des discussions d'un groupe
discussions-stop-text = Vous ne recevrez plus de courriels sur les nouveaux messages des discussions du groupe
discussions-stop-submit = Ne plus recevoir ces courriels
discussions-stopped = C'est fait : ces courriels sont arrêtés. Vous pouvez choisir à nouveau sur la page des discussions du groupe.
discussion-title-missing = Donnez un sujet à la discussion.
discussion-body-missing = Écrivez votre texte.
discussion-author-gone = Un ancien membre
mail-group-post-subject = { $group } : { $title }
mail-group-post-body =
    { $name } a écrit dans la discussion « { $title } » :

    { $message }

    Pour ne plus recevoir de courriel pour chaque message de ce groupe : { $stop }
mail-group-post-action = Lire et répondre
mail-group-digest-subject = { $count ->
    [one] Un nouveau message dans vos groupes de travail
   *[other] { $count } nouveaux messages dans vos groupes de travail
}
mail-group-digest-body =
    Voici les nouveaux messages des discussions de vos groupes de travail depuis le résumé précédent.

    { $list }
mail-group-digest-action = Ouvrir les discussions
mail-group-digest-group =
    ── { $group } ──
    (Pour ne plus recevoir ces courriels pour ce groupe : { $stop })
mail-group-digest-item =
    « { $title } », { $name } :
    { $message }
    { $link }

groups-activity = 30 derniers jours
groups-activity-members = { $count ->
    [0] aucun nouveau membre
    [one] un nouveau membre
   *[other] { $count } nouveaux membres
}
groups-activity-posts = { $count ->
    [0] aucun message
    [one] un message
   *[other] { $count } messages
}

## Les documents d'un groupe.
documents-open = Documents du groupe
documents-title = Documents
documents-archive = Le groupe est clos : ses documents sont conservés comme archive et ne reçoivent plus de fichiers.
documents-none = Aucun document n'a encore été partagé.
documents-output = Résultat
documents-version = { $count ->
    [one] version 1
   *[other] version { $count }
}
documents-new = Partager un document
documents-new-title = Titre
documents-file = Fichier
documents-file-hint = PDF, Word, OpenDocument ou Office Open XML, jusqu'à 5 Mo, sans rien qui s'exécute (ni macros, ni scripts, ni programmes).
documents-new-submit = Partager le document
documents-title-missing = Donnez un titre au document.
documents-file-missing = Choisissez le fichier à partager.
documents-is-output = Ce document est l'un des résultats du groupe : il figure sur la page publique du groupe, où chacun peut télécharger sa version actuelle.
documents-versions = Versions
documents-current = version actuelle
documents-new-version = Déposer une nouvelle version
documents-new-version-submit = Déposer la nouvelle version
documents-output-title = Résultat du groupe
documents-output-text = Un résultat figure sur la page publique du groupe (si le groupe est présenté publiquement), et chacun peut télécharger sa version actuelle.
documents-output-mark = Marquer comme résultat du groupe
documents-output-remove = Ne plus en faire un résultat
documents-outputs = Résultats du groupe

## Les réunions d'un groupe et le calendrier de chaque personne.
meetings-open = Réunions du groupe
meetings-title = Réunions
meetings-archive = Le groupe est clos : ses réunions sont conservées comme archive.
meetings-my-calendar = Toutes mes réunions et mon calendrier abonné
meetings-upcoming = Prochaines réunions
meetings-none-upcoming = Aucune réunion n'est prévue.
meetings-past = Réunions passées
meetings-new = Convoquer une réunion
meetings-new-submit = Convoquer la réunion et prévenir les membres
meeting-field-title = Objet
meeting-field-date = Jour
meeting-field-starts = Début
meeting-field-ends = Fin
meeting-field-zone = Fuseau horaire de la réunion
meeting-field-zone-hint = Le jour et les heures ci-dessus se lisent sur les horloges de ce fuseau. Chaque membre les voit aussi dans son propre fuseau.
meeting-field-place = Lieu
meeting-field-link = Lien en ligne
meeting-field-agenda = Ordre du jour
meeting-field-reminder = Rappel par courriel
meeting-reminder-0 = Pas de rappel
meeting-reminder-60 = Une heure avant
meeting-reminder-1440 = Un jour avant
meeting-reminder-2880 = Deux jours avant
meeting-reminder-10080 = Une semaine avant
meeting-cancelled = Annulée
meeting-cancelled-notice = Cette réunion a été annulée.
meeting-your-time = Votre heure
meeting-its-time = Là où elle se tient
meeting-add-to-calendar = Ajouter à mon calendrier (.ics)
meeting-change = Modifier la réunion
meeting-change-hint = Si le jour, les heures, le lieu ou le lien changent, les membres sont prévenus par courriel, et les calendriers qui contiennent la réunion la mettent à jour.
meeting-change-submit = Enregistrer les modifications
meeting-agenda-none = Pas encore d'ordre du jour.
meeting-minutes = Compte rendu
meeting-minutes-none = Le compte rendu n'a pas encore été rédigé.
meeting-minutes-later = Le compte rendu pourra être rédigé une fois la réunion commencée.
meeting-minutes-field = Compte rendu de la réunion
meeting-minutes-save = Enregistrer le compte rendu
meeting-cancel = Annuler la réunion
meeting-cancel-text = La réunion reste dans la liste, marquée comme annulée ; les membres sont prévenus par courriel et leurs calendriers la retirent.
meeting-cancel-submit = Annuler cette réunion
meeting-title-missing = Donnez un objet à la réunion.
meeting-where-missing = Indiquez où se tient la réunion, ou son lien en ligne.
meeting-zone-missing = Choisissez le fuseau horaire dans lequel se lisent les heures de la réunion.
meeting-reminder-invalid = Choisissez quand part le rappel, ou pas de rappel.
meeting-link-invalid = Donnez une adresse web qui commence par https:// ou http://.
meeting-date-invalid = Donnez le jour sous la forme année-mois-jour, par exemple 2027-01-14.
meeting-time-invalid = Donnez l'heure sous la forme heures:minutes, par exemple 15:00.
meeting-ends-before-start = La réunion doit finir après son début, le même jour.
meeting-time-skipped = Ce jour-là, les horloges de ce fuseau sautent cette heure (elles avancent) ; choisissez une autre heure.
meeting-minutes-missing = Rédigez le compte rendu.
meetings-calendar-title = Mes réunions
meetings-calendar-intro = Les prochaines réunions de tous les groupes de travail dont vous êtes membre, avec leur heure dans votre fuseau (modifiable sur la page de votre compte) et le lieu où elles se tiennent.
meetings-feed = Calendrier abonné
meetings-feed-text = Abonnez-vous à cette adresse dans votre logiciel de calendrier (Outlook, Google Agenda, Thunderbird, Calendrier d'Apple…) : les réunions de vos groupes y apparaissent, tenues à jour.
meetings-feed-address = L'adresse de votre calendrier
meetings-feed-secret = Toute personne qui a cette adresse peut voir les réunions de vos groupes : gardez-la pour vous. Si elle a circulé, créez-en une nouvelle ; l'ancienne cesse aussitôt de fonctionner.
meetings-feed-renew = Créer une nouvelle adresse
meetings-feed-off = Désactiver le calendrier abonné
meetings-feed-create = Créer l'adresse de mon calendrier
meetings-feed-name = Groupes de travail · Observatoire de la justice juvénile
mail-meeting-new-subject = { $group } : nouvelle réunion, { $title }
mail-meeting-new-body =
    Une réunion du groupe de travail « { $group } » a été convoquée.

    { $title }
    Quand : { $when }
    Où : { $where }

    Sa page contient l'ordre du jour et un fichier pour l'ajouter à votre calendrier.
mail-meeting-new-action = Voir la réunion
mail-meeting-moved-subject = { $group } : réunion modifiée, { $title }
mail-meeting-moved-body =
    La réunion « { $title } » du groupe de travail « { $group } » a changé.

    Quand : { $when }
    Où : { $where }
mail-meeting-moved-action = Voir la réunion
mail-meeting-cancelled-subject = { $group } : réunion annulée, { $title }
mail-meeting-cancelled-body =
    La réunion « { $title } » du groupe de travail « { $group } », prévue le { $when }, a été annulée.
mail-meeting-cancelled-action = Voir la réunion
mail-meeting-reminder-subject = Rappel : { $title } ({ $group })
mail-meeting-reminder-body =
    Rappel de la prochaine réunion du groupe de travail « { $group } ».

    { $title }
    Quand : { $when }
    Où : { $where }
mail-meeting-reminder-action = Voir l'ordre du jour

## Ce que les membres se montrent ; les coordinateurs gèrent les membres.
members-open = Membres et rôles
members-title = Membres
members-role = Rôle
members-role-save = Changer le rôle
members-remove = Retirer du groupe
members-saved = Enregistré.
members-last-coordinator = Un groupe garde au moins une personne coordinatrice : nommez-en d'abord une autre.
members-shown = Ce que les autres membres voient de moi
members-shown-legend = En plus de mon nom et de mon rôle dans le groupe, montrer aux autres membres
members-shown-name = Rien de plus
members-shown-profile = Mon organisation, mon pays, mes langues de travail et ma spécialité
members-shown-contact = Mon profil et mon adresse électronique
members-shown-save = Enregistrer mon choix
