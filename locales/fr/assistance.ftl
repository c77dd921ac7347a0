# Demandes d’assistance technique : le formulaire public, ses courriels et la file du personnel
assistance-title = Demander une assistance technique
assistance-intro = Les ministères, tribunaux, organismes publics et institutions peuvent demander à l’observatoire une assistance technique en justice juvénile : conseil sur les politiques et les lois, formation, évaluations, échanges institutionnels ou réunions d’experts.
assistance-how = Décrivez votre besoin ci-dessous. Le siège étudie chaque demande et répond à l’adresse que vous indiquez, en général sous deux semaines.
assistance-cooperation-link = Comment fonctionne la coopération technique de l’observatoire
assistance-need-legend = Votre besoin
assistance-contact-legend = Personne de contact
assistance-field-institution = Institution
assistance-field-country = Pays
assistance-choose-country = Choisissez un pays
assistance-field-area = Domaine de l’assistance
assistance-choose-area = Choisissez un domaine
assistance-field-timeframe = Calendrier
assistance-timeframe-hint = Quand l’assistance serait nécessaire, par exemple « à partir de mars 2027, pendant six mois ».
assistance-field-need = Ce dont vous avez besoin
assistance-need-hint = La situation, ce que vous souhaitez atteindre et qui y participerait. Quelques phrases au moins.
assistance-field-name = Nom
assistance-field-role = Fonction dans l’institution
assistance-field-email = Adresse électronique
assistance-field-phone = Téléphone (facultatif)
assistance-field-consent = J’accepte que l’observatoire conserve ces informations pour étudier la demande et y répondre, comme le dit la politique de confidentialité.
assistance-send = Envoyer la demande
assistance-area-policy-and-legislative-advice = Conseil sur les politiques et la législation
assistance-area-training = Formation
assistance-area-assessments-and-studies = Évaluations et études
assistance-area-institutional-exchanges = Échanges institutionnels
assistance-area-thematic-expert-meetings = Réunions thématiques d’experts
assistance-area-other = Autre chose
assistance-institution-missing = Indiquez le nom de votre institution.
assistance-country-missing = Choisissez le pays dans la liste.
assistance-area-missing = Choisissez le domaine de l’assistance dans la liste.
assistance-timeframe-missing = Indiquez quand l’assistance serait nécessaire.
assistance-need-short = Décrivez votre besoin en quelques phrases, pour que le siège puisse l’étudier.
assistance-name-missing = Indiquez le nom de la personne de contact.
assistance-role-missing = Indiquez la fonction de la personne de contact dans l’institution.
assistance-email-invalid = Saisissez l’adresse électronique où nous pouvons vous répondre, sous la forme nom@example.org.
assistance-consent-missing = Pour envoyer une demande, vous devez accepter la politique de confidentialité.
assistance-too-fast = Le formulaire a été envoyé trop vite. Vérifiez votre demande et envoyez-la de nouveau.
assistance-too-many = Trop de demandes ont été envoyées depuis votre connexion. Réessayez dans une heure.
assistance-sent-title = Votre demande a été envoyée
assistance-sent-text = Merci. Le siège a reçu votre demande d’assistance technique et vous répondra à l’adresse indiquée ; un accusé de réception avec le numéro de la demande est en route.
assistance-office-subject = Demande d’assistance technique { $number } : { $institution }
assistance-office-body = { $name } ({ $role }, { $institution }, { $country }) demande une assistance technique, en { $language }.

    Domaine : { $area }
    Calendrier : { $timeframe }
    Courriel : { $email }
    Téléphone : { $phone }

    { $need }

    Répondre à ce courriel répond à { $name } ; les réponses écrites dans la file du personnel sont envoyées dans la langue du demandeur et conservées avec la demande.
assistance-office-action = Ouvrir la demande dans la file du personnel
assistance-received-subject = Nous avons reçu votre demande d’assistance technique
assistance-received-body = Merci d’avoir écrit à l’Observatoire international de justice juvénile. Votre demande d’assistance technique est parvenue à notre siège sous le numéro { $number } ; nous vous répondrons à cette adresse.

    Si vous n’avez pas envoyé cette demande, vous pouvez ignorer ce courriel.
assistance-reply-subject = Votre demande d’assistance technique ({ $number })
assistance-reply-body = { $message }

    Vous pouvez répondre à ce courriel : votre réponse parvient à notre siège.
assistance-assigned-subject = La demande d’assistance technique { $number } vous est confiée
assistance-assigned-body = La demande { $number } de { $institution } ({ $country }) vous a été confiée dans la file du personnel.
assistance-assigned-action = Ouvrir la demande
staff-assistance = Demandes d’assistance
assistance-queue-intro = Les demandes d’assistance technique des gouvernements et des institutions, de la plus récente à la plus ancienne. Les demandes ouvertes (nouvelles, en cours) sont affichées sauf autre choix.
assistance-queue-filters = Quelles demandes
assistance-queue-open = Ouvertes
assistance-queue-all = Toutes
assistance-queue-mine = Seulement les miennes
assistance-queue-everyone = Celles de tous
assistance-queue-none = Aucune demande ici.
assistance-number = Numéro
assistance-received = Reçue
assistance-state = État
assistance-state-new = Nouvelle
assistance-state-in-progress = En cours
assistance-state-answered = Réponse envoyée
assistance-state-closed = Close
assistance-assignee = Suivie par
assistance-nobody = Personne encore
assistance-request-title = Demande { $number }
assistance-language = Langue
assistance-handling = Suivi
assistance-handling-save = Enregistrer le suivi
assistance-handling-saved = Le suivi de la demande a été enregistré.
assistance-thread = Réponses et notes
assistance-thread-none = Rien n’a encore été écrit sur cette demande.
assistance-kind-reply = envoyée au demandeur
assistance-kind-note = note entre membres du personnel
assistance-write = Écrire
assistance-field-reply = Texte
assistance-reply-hint = Une réponse est envoyée au demandeur telle qu’elle est écrite : rédigez-la en { $language }, sa langue.
assistance-kind = Qui la lit
assistance-kind-reply-choice = Une réponse, envoyée au demandeur (la demande passe à « Réponse envoyée »)
assistance-kind-note-choice = Une note pour le personnel seulement
assistance-write-send = Envoyer la réponse ou enregistrer la note
assistance-reply-missing = Écrivez d’abord le texte.
assistance-reply-sent = La réponse a été envoyée au demandeur.
assistance-note-saved = La note a été enregistrée.
assistance-no-phone = non indiqué
assistance-kind-missing = Indiquez qui le lit : une réponse est envoyée au demandeur, une note reste au sein du personnel.
