# Le bulletin mensuel : s’abonner, confirmer, se désabonner, et ses abonnés
newsletter-title = Le bulletin mensuel
newsletter-intro = Une fois par mois, les actualités de l’observatoire, les événements et forums à venir et les ressources les plus récentes de sa bibliothèque, dans la langue de votre choix. Votre adresse suffit pour vous abonner, et chaque bulletin permet de se désabonner en un clic.
newsletter-footer-title = Le bulletin mensuel
newsletter-field-email = Votre adresse électronique
newsletter-field-language = Langue du bulletin
newsletter-field-topics = Ce que vous souhaitez recevoir
newsletter-topic-news = Actualités de l’observatoire
newsletter-topic-events = Événements et forums
newsletter-topic-library = Nouveautés de la bibliothèque
newsletter-privacy = Nous utilisons votre adresse pour le bulletin seulement, et vous envoyons un lien de confirmation avant tout autre envoi.
newsletter-subscribe = S’abonner
newsletter-choose = Choisir la langue et les sujets
newsletter-email-invalid = Indiquez votre adresse électronique sous la forme nom@exemple.org.
newsletter-language-missing = Choisissez la langue du bulletin.
newsletter-topics-missing = Choisissez au moins un des sujets.
newsletter-too-fast = Le formulaire a été envoyé trop vite. Vérifiez votre adresse et envoyez-le de nouveau.
newsletter-check-title = Consultez votre messagerie
newsletter-check-text = Si l’adresse peut recevoir le bulletin, un message y parvient avec un lien pour confirmer votre abonnement. Rien d’autre ne sera envoyé avant votre confirmation.
newsletter-link-invalid-title = Ce lien ne fonctionne plus
newsletter-link-invalid-text = Il a peut-être été remplacé par un plus récent, ou date de plus d’une semaine. Vous pouvez vous abonner de nouveau depuis la page du bulletin.
newsletter-confirm-title = Confirmez votre abonnement
newsletter-confirm-text = Une dernière étape : confirmez que vous souhaitez recevoir le bulletin mensuel à cette adresse.
newsletter-confirm-button = Confirmer mon abonnement
newsletter-confirmed-title = Vous êtes abonné
newsletter-confirmed-text = Merci. Le prochain bulletin vous parviendra ; chacun contient un lien pour se désabonner en un clic.
newsletter-unsubscribe-title = Se désabonner du bulletin
newsletter-unsubscribe-text = Confirmez que cette adresse ne doit plus recevoir le bulletin mensuel.
newsletter-unsubscribe-button = Me désabonner
newsletter-unsubscribed-title = Vous êtes désabonné
newsletter-unsubscribed-text = Cette adresse ne recevra plus de bulletins. Vous pouvez revenir quand vous le souhaitez.
newsletter-confirm-subject = Confirmez votre abonnement au bulletin
newsletter-confirm-body = Quelqu’un, sans doute vous, a demandé que le bulletin mensuel de l’Observatoire International de Justice Juvénile soit envoyé à cette adresse.

    Si ce n’est pas vous, ignorez ce courriel : rien ne sera envoyé.
newsletter-confirm-action = Confirmer l’abonnement (le lien fonctionne pendant une semaine)
newsletter-already-subject = Vous recevez déjà le bulletin
newsletter-already-body = Quelqu’un a demandé que le bulletin mensuel de l’Observatoire International de Justice Juvénile soit envoyé à cette adresse, qui le reçoit déjà. Rien n’a changé.
newsletter-already-action = Se désabonner
staff-newsletter-subscribers = Abonnés au bulletin
newsletter-subscribers-intro = Qui reçoit le bulletin. Seules les adresses confirmées le reçoivent ; une adresse qui rejette les envois ou se plaint ne le reçoit plus, sauf si son titulaire se réabonne.
newsletter-state-pending = En attente de confirmation
newsletter-state-confirmed = Confirmée
newsletter-state-unsubscribed = Désabonnée
newsletter-state-bounced = Rejetée
newsletter-state-complained = Plainte
newsletter-stop-title = Enregistrer un rejet ou une plainte
newsletter-stop-reason = Ce qui s’est passé
newsletter-stop-bounced = Le courriel envoyé à cette adresse est revenu sans être distribué
newsletter-stop-complained = Son titulaire a signalé le bulletin comme indésirable
newsletter-stop-button = Ne plus écrire à cette adresse
newsletter-reason-missing = Indiquez ce qui s’est passé pour cette adresse.
newsletter-address-unknown = Aucun abonné n’a cette adresse.
newsletter-stopped-bounced = { $email } est enregistrée comme rejetée : elle ne recevra plus rien.
newsletter-stopped-complained = { $email } est enregistrée avec une plainte : elle ne recevra plus rien.
newsletter-newest = Abonnés les plus récents
newsletter-asked = Demande
staff-newsletter = Bulletin
newsletter-confirmed-count = { $count ->
    [one] Un abonné confirmé.
   *[other] { $count } abonnés confirmés.
}
newsletter-compose = Composer un numéro
newsletter-no-issue = Aucun numéro n’a encore été composé.
newsletter-issue = Numéro
newsletter-issue-number = Numéro { $count }
newsletter-recipients = Destinataires
newsletter-sent-on = Envoyé le
newsletter-in-archive = Le voir dans les archives publiques
newsletter-done-saved = Le numéro a été enregistré. Vérifiez l’aperçu ci-dessous, puis envoyez-vous un essai.
newsletter-done-tested = Un essai a été envoyé à votre adresse, dans la langue de cette page.
newsletter-done-sent = Le numéro est en route : un courriel par abonné confirmé, à un rythme régulier.
newsletter-intro-hint = Quelques mots avant le contenu, dans chaque langue : des paragraphes séparés par une ligne vide. Le reste est composé des éléments choisis.
newsletter-field-intro = Introduction
newsletter-field-news = Actualités à présenter
newsletter-field-resources = Nouvelles ressources de la bibliothèque à présenter
newsletter-nothing-offered = Rien n’est encore publié.
newsletter-issue-empty = Choisissez au moins une actualité, un événement ou une ressource à présenter.
newsletter-save = Enregistrer le numéro
newsletter-send-test = M’envoyer un essai
newsletter-test = Essai
newsletter-send = Envoyer le numéro
newsletter-send-hint = { $count ->
    [one] Il part vers un abonné confirmé, dans sa langue et selon ses sujets. Un numéro n’est envoyé qu’une fois.
   *[other] Il part vers { $count } abonnés confirmés, chacun dans sa langue et selon ses sujets. Un numéro n’est envoyé qu’une fois.
}
newsletter-issue-subject = Bulletin de l’observatoire, nº { $number }
newsletter-mail-why = Vous recevez ce bulletin parce que vous vous y êtes abonné sur le site de l’observatoire.
newsletter-mail-leave = Se désabonner en un clic
newsletter-mail-archive = Numéros précédents
newsletter-archive-title = Numéros précédents du bulletin
newsletter-archive-intro = Tous les numéros envoyés jusqu’ici, à lire sur le site.
newsletter-archive-empty = Aucun numéro n’a encore été envoyé.
newsletter-footer-email = Votre courriel, pour le bulletin
newsletter-field-events = Événements à venir à présenter
newsletter-no-events-offered = Aucun événement à venir n’a été annoncé.
