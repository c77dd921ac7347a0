site-name = Observatoire International de Justice Juvénile
site-short-name = OIJJ
site-tagline = Promouvoir les droits des enfants et des jeunes en conflit avec la loi
skip-to-content = Aller au contenu principal
language-switcher = Langue
nav-main = Principal
nav-home = Accueil
nav-about = Qui sommes-nous
nav-cooperation = Coopération technique
nav-networks = Réseaux de collaboration
nav-reports = Rapports
nav-library = Bibliothèque
nav-contact = Contact
nav-login = Se connecter
nav-register = S’inscrire
nav-legal = Informations légales
nav-privacy = Politique de confidentialité
nav-cookies = Politique relative aux cookies
nav-legal-notice = Mentions légales
nav-cookie-settings = Paramètres des cookies
footer-rights = Tous droits réservés.
contact-head-office = Siège
contact-phone = Téléphone
contact-fax = Fax
contact-email = Courriel

cta-collaborate = Proposer une collaboration
home-reports-title = Rapports récents
home-all-reports = Tous les rapports
about-forums-title = Notre statut dans les forums internationaux
about-reports-title = Rapports que nous avons produits
cooperation-instruments-title = Outils et mécanismes
cooperation-agreements-title = Accords de collaboration
cooperation-agreements-intro = Dans le cadre d’accords bilatéraux de collaboration conclus avec des ministères et des administrations publiques et privées, l’OIJJ apporte une assistance technique sur les politiques, programmes et projets liés au cycle de la violence juvénile, de la prévention sociale de la violence à l’administration de la justice pour les adolescents et les jeunes adultes, ainsi que sur toutes les questions connexes. Voici, par région, les institutions qui ont signé un tel accord.
networks-councils-title = Archives : les Conseils continentaux pour la justice juvénile (2009–2020)
networks-councils-intro = Coordonnés par l’OIJJ, ces conseils ont réuni des experts, des professionnels et des représentants des pouvoirs publics, du monde universitaire, de la magistrature et de la société civile, et ont favorisé leurs échanges, leur dialogue et leur collaboration lors de rencontres et de conférences.
networks-how-title = Comment collaborer avec nous
networks-how-step-1 = Dites-nous, au moyen d’un court formulaire en ligne, ce que vous proposez, ce qui vous intéresse et votre spécialité.
networks-how-step-2 = Notre équipe évalue votre proposition et votre profil au regard de nos axes de travail.
networks-how-step-3 = Nous vous contactons pour vous proposer des actions possibles, individuelles ou au sein d’un groupe de travail.


error-home-link = Aller à la page d’accueil
error-not-found-title = Page introuvable
error-not-found-text = La page demandée n’existe pas ou a été déplacée.
error-bad-request-title = Requête incomprise
error-bad-request-text = Les informations envoyées n’ont pas pu être lues. Veuillez revenir en arrière et réessayer.
error-unacceptable-text-title = Texte impossible à accepter
error-unacceptable-text-text = Une partie de ce qui a été saisi ou collé contient des caractères qui ne sont pas du texte (caractères de contrôle invisibles, ou octets dans un autre encodage que UTF-8). Rien n’a été enregistré. Revenez en arrière, saisissez à nouveau le texte ou collez-le en texte brut, puis renvoyez-le.
error-too-large-title = Trop de données
error-too-large-text = Votre envoi dépasse la taille acceptée par ce formulaire. Veuillez le réduire et réessayer.
error-forbidden-title = Formulaire expiré
error-forbidden-text = Pour votre sécurité, ce formulaire n’a pas pu être accepté. Veuillez revenir en arrière, recharger la page et réessayer.
error-not-allowed-title = Accès non autorisé
error-not-allowed-text = Votre compte ne donne pas accès à cette page. Si vous pensez que c’est une erreur, contactez l’observatoire.
error-too-many-title = Trop de formulaires envoyés
error-too-many-text = Cette adresse a envoyé plus de formulaires que le site n’en accepte en une heure. Veuillez patienter quelques minutes et réessayer.
error-conflict-title = Cette modification n’a pas été faite
error-conflict-text = Quelqu’un l’a modifié entre-temps, ou le même formulaire a été envoyé deux fois : rien n’a donc été fait. Revenez en arrière et rechargez la page pour la voir telle qu’elle est maintenant.
error-file-missing-title = Fichier indisponible
error-file-missing-text = Le site a trace de ce fichier, mais son stockage de fichiers ne le contient plus. Rien d’autre n’est touché. Prévenez les administrateurs du site, qui peuvent le restaurer depuis une sauvegarde.
error-internal-title = Une erreur est survenue
error-internal-text = Une erreur inattendue s’est produite de notre côté. Veuillez réessayer dans quelques minutes.

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
days-span = du { $first } au { $last }
date-long = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

region-europe = Europe
region-asia-pacific = Asie-Pacifique
region-latin-america = Amérique latine
region-africa = Afrique
region-north-america = Amérique du Nord
region-international = Organismes ibéro-américains et internationaux

nav-menu = Menu
home-more-about = Qui nous sommes
home-hero-alt = Illustration : un globe dont les quatre régions sont reliées par un réseau de lignes.
home-figures-title = L’Observatoire en chiffres
home-figure-agreements = { $count ->
    [one] accord de collaboration
   *[other] accords de collaboration
}
home-figure-countries = { $count ->
    [one] pays lié par un accord
   *[other] pays liés par un accord
}
home-figure-councils = { $count ->
    [one] Conseil continental pour la justice juvénile
   *[other] Conseils continentaux pour la justice juvénile
}
home-figure-years = années de conseils continentaux, 2009–2020
home-figure-forums = { $count ->
    [one] forum international où nous avons un statut reconnu
   *[other] forums internationaux où nous avons un statut reconnu
}
home-path-collaborate = Dites-nous ce que vous proposez et quelle est votre spécialité. Nous vous répondons avec des actions possibles, individuelles ou au sein d’un groupe de travail.
home-path-knowledge-title = Découvrez nos rapports
home-path-knowledge = Des études par lesquelles nous inscrivons la justice juvénile à l’agenda politique international.
home-path-cooperation = Conseil et assistance technique aux gouvernements et institutions qui modernisent leur justice juvénile, et les accords qui les encadrent.
aside-collaborate-title = Travaillez avec nous
aside-collaborate-text = Chercheurs, praticiens, pouvoirs publics et organisations peuvent proposer une collaboration en quelques minutes.
reports-request-copy = Demander un exemplaire au siège
reports-languages = Écrit en :
reports-download = Télécharger
reports-in-library = Sa fiche dans la bibliothèque, avec la façon de le citer

link-button-why = Nous vous demandons d’appuyer sur le bouton car certains logiciels de messagerie ouvrent d’eux-mêmes les liens d’un message pour les vérifier : seul votre clic compte.
form-required-note = Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».

## Documents déposés, où qu'ils soient envoyés.
upload-too-large = Le fichier dépasse 5 Mo. Choisissez-en un plus petit.
upload-empty = Le fichier est vide.
upload-type = Ce fichier n’est ni un PDF ni un document bureautique. Choisissez l’un de ces formats.
upload-damaged = Ce fichier est endommagé ou incomplet et ne peut pas être lu. Enregistrez-le à nouveau depuis le programme qui l’a créé, ou choisissez un autre fichier.
upload-active = Ce document contient des scripts, des macros, des programmes, des fichiers joints ou une page web, que nous n’acceptons pas. Enregistrez-en une copie sans eux (en PDF, par exemple) et envoyez celle-ci.
upload-protected = Ce document est protégé par un mot de passe ou chiffré : nous ne pouvons donc pas le vérifier. Envoyez une copie sans protection.
upload-overpacked = Une fois ouvert, ce document occuperait bien plus de place que ne le justifie sa taille. Enregistrez-le à nouveau depuis le programme qui l’a créé, ou choisissez un autre fichier.
image-too-large = L’image pèse plus de 8 Mo. Enregistrez-en une copie plus petite (une couverture n’a pas besoin de plus de 1 200 pixels de large) et choisissez-la.
image-empty = Le fichier de l’image est vide.
image-type = Ce fichier n’est pas une image PNG ou JPEG. Enregistrez-le dans l’un de ces formats et choisissez-le à nouveau (les dessins SVG ne sont pas acceptés : ils peuvent contenir des programmes).
image-too-many-pixels = Cette image compte plus de pixels que le site n’en accepte (au plus 12 000 de côté et 40 millions en tout). Enregistrez-en une copie plus petite et choisissez-la.
image-damaged = Cette image est endommagée ou incomplète et ne peut pas être lue. Enregistrez-la à nouveau depuis le programme qui l’a créée, ou choisissez-en une autre.

## Recherche
search-label = Rechercher dans le site et la bibliothèque
search-placeholder = Rechercher…
search-again = Modifier la recherche
search-button = Rechercher
search-title = Recherche
search-title-for = Recherche :
search-intro = Cherchez dans les pages de l'observatoire et dans sa bibliothèque de recherches, de législation, de jurisprudence, de programmes et de bonnes pratiques, en français, en anglais et en espagnol.
search-hint = Des mots dans l'une des trois langues. Mettez des mots entre guillemets pour les trouver ensemble ; placez un signe moins devant un mot pour l'exclure.
search-found = { $count ->
    [0] Aucun résultat
    [one] Un résultat
   *[other] { $count } résultats
}
search-nothing = Rien ne correspond à ces mots et à ces choix. Essayez d'autres mots, moins de mots, ou retirez un choix.
search-sort = Trier par :
search-sort-relevance = pertinence
search-sort-date = date
search-pages = Pages des résultats
search-narrow = Affiner les résultats
search-facet-language = Langue
search-facet-country = Pays
search-facet-article = Norme internationale
search-kind-page = Page du site
search-kind-news = Actualité
search-kind-agreement = Accord de coopération
search-kind-meeting = Réunion d’un Conseil continental

## Une image envoyée avec un formulaire (une couverture, l’image d’une actualité)
picture-current = L’image montrée actuellement
picture-not-saved = L’image que vous avez envoyée, pas encore enregistrée
picture-choose = Image
picture-replace = Une autre image (facultatif)
picture-hint = PNG ou JPEG, 8 Mo au plus. Elle est redimensionnée pour les pages, et rien d’autre de ce que contient le fichier (appareil, lieu) n’est conservé.
picture-alt-hint = Une ou deux phrases pour les lecteurs qui ne peuvent pas voir l’image : ce qu’elle montre, sans répéter le titre.
picture-too-often = Trop de fichiers ont été envoyés depuis votre connexion au cours de la dernière heure. Réessayez plus tard.
picture-edit = Image
picture-intro = L’image est montrée en haut de la page de l’élément et à côté de lui dans sa liste. Dites ce qu’elle montre dans chaque langue où le titre est écrit, pour les lecteurs qui ne peuvent pas la voir.
picture-alt = Ce que montre l’image
picture-save = Enregistrer l’image
picture-remove = Retirer l’image
picture-required = Choisissez une image.
picture-alt-required = { $language } : dites ce que montre l’image dans cette langue.
picture-saved = L’image a été enregistrée.
