# Le formulaire de la page de contact et ses courriels
contact-form-title = Écrivez-nous
contact-form-intro = Votre message parvient au siège, qui vous répond à l’adresse que vous indiquez. Tous les champs sont nécessaires, sauf le document.
contact-trap-label = Laissez ce champ vide
contact-field-name = Votre nom
contact-field-email = Votre adresse électronique
contact-field-subject = Objet
contact-field-message = Votre message
contact-field-file = Un document (facultatif)
contact-file-hint = PDF ou document bureautique (Word, OpenDocument, Excel, PowerPoint), jusqu’à 5 Mo.
contact-file-kept = Ce document est conservé avec votre message :
contact-field-consent = J’accepte que l’observatoire conserve mon nom, mon adresse et mon message pour me répondre, comme l’indique la politique de confidentialité.
contact-send = Envoyer le message
contact-name-missing = Indiquez-nous votre nom.
contact-email-invalid = Indiquez l’adresse électronique à laquelle nous pouvons vous répondre, sous la forme nom@exemple.org.
contact-subject-missing = Donnez un objet à votre message.
contact-message-short = Écrivez votre message : au moins une phrase.
contact-consent-missing = Pour envoyer un message, vous devez accepter la politique de confidentialité.
contact-file-too-many = Trop de documents ont été envoyés depuis votre connexion. Réessayez dans une heure, ou envoyez votre message sans document.
contact-too-fast = Le formulaire a été envoyé trop vite. Vérifiez votre message et envoyez-le de nouveau.
contact-too-many = Trop de messages ont été envoyés depuis votre connexion. Réessayez dans une heure.
contact-sent-title = Votre message a été envoyé
contact-sent-text = Merci. Le siège a reçu votre message et vous répondra à l’adresse indiquée ; un bref accusé de réception y est déjà en route.
contact-sent-home = Retour à la page d’accueil
contact-office-subject = Page de contact : { $subject }
contact-office-body = { $name } ({ $email }) a écrit depuis la page de contact, en { $language }.

    { $message }

    Répondre à ce courriel, c’est répondre à { $name }.
contact-office-action = Télécharger le document joint au message (connexion du personnel nécessaire)
contact-received-subject = Nous avons bien reçu votre message
contact-received-body = Merci d’avoir écrit à l’Observatoire International de Justice Juvénile. Votre message est parvenu à notre siège, qui vous répondra à cette adresse.

    Si vous ne nous avez pas écrit, vous pouvez ignorer ce courriel.
staff-messages = Messages
contact-messages-intro = Les messages les plus récents écrits depuis la page de contact, tels que le siège les a reçus par courriel. Chacun est conservé un an.
contact-messages-none = Aucun message n’a encore été reçu.
contact-messages-file = Document joint
