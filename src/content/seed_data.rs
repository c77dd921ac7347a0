//! The observatory's own facts and page texts, in English, Spanish and French.
//!
//! Facts (names, report titles, partners, address) come from the source pages in
//! `seeds/`; the wording is the observatory's own. Page bodies are paragraphs
//! separated by a blank line; a paragraph whose lines all start with "- " is a list.
use super::seed_types::*;
use crate::geography::Region;

/// The observatory's head office and legal identity, shown in the footer, on the
/// contact page and in the legal notice.
pub struct HeadOffice {
    pub legal_name: Text,
    pub street: &'static str,
    pub postcode: &'static str,
    pub city: Text,
    pub country: Text,
    pub phone: &'static str,
    pub fax: &'static str,
    pub email: &'static str,
}

/// Editorial pages, in menu order.
pub const PAGES: &[SeedPage] = &[
    SeedPage {
        slug: "home",
        title: Text {
            en: "International Juvenile Justice Observatory",
            es: "Observatorio Internacional de Justicia Juvenil",
            fr: "Observatoire international de justice juvénile",
        },
        summary: Text {
            en: "The International Juvenile Justice Observatory works internationally for the \
                rights of children and young people in conflict with the law, and shares \
                knowledge on juvenile justice in English, Spanish and French.",
            es: "El Observatorio Internacional de Justicia Juvenil trabaja en el ámbito \
                internacional por los derechos de niños, niñas y jóvenes en conflicto con la \
                ley, y comparte conocimiento sobre justicia juvenil en español, inglés y \
                francés.",
            fr: "L’Observatoire international de justice juvénile agit à l’échelle \
                internationale pour les droits des enfants et des jeunes en conflit avec la \
                loi, et partage ses connaissances sur la justice juvénile en français, en \
                anglais et en espagnol.",
        },
        body: Text {
            en: "Welcome to the International Juvenile Justice Observatory (IJJO), a Belgian \
                public utility foundation devoted to the rights of children and young people \
                in conflict with the law. We work so that justice systems treat them with \
                dignity, protect their rights and give them a real chance to build their \
                future.\n\n\
                Our work reaches across Europe, Asia-Pacific, Latin America and Africa. We \
                take part in international forums, advise governments and institutions that \
                are modernising their juvenile justice systems, and bring the subject to the \
                attention of those who shape public policy.\n\n\
                The observatory is an open collaboration network. Researchers, \
                practitioners, public authorities, academics, members of the judiciary and \
                civil society organisations can all contribute their knowledge and join \
                forces with others working in the same field, wherever they are in the \
                world.\n\n\
                On this site you will find information about our work, our partners and our \
                reports, in English, Spanish and French. If you share our goals, we would be \
                glad to hear from you.",
            es: "Le damos la bienvenida al Observatorio Internacional de Justicia Juvenil \
                (OIJJ), una fundación belga de utilidad pública dedicada a los derechos de \
                niños, niñas y jóvenes en conflicto con la ley. Trabajamos para que los \
                sistemas de justicia los traten con dignidad, protejan sus derechos y les \
                ofrezcan una oportunidad real de construir su futuro.\n\n\
                Nuestra labor se extiende por Europa, Asia-Pacífico, América Latina y \
                África. Participamos en foros internacionales, asesoramos a gobiernos e \
                instituciones que modernizan sus sistemas de justicia juvenil y llevamos \
                esta cuestión a la atención de quienes definen las políticas públicas.\n\n\
                El Observatorio es una red de colaboración abierta. Investigadores, \
                profesionales, autoridades públicas, académicos, miembros del poder judicial \
                y organizaciones de la sociedad civil pueden aportar su conocimiento y unir \
                fuerzas con otras personas que trabajan en el mismo ámbito, estén donde \
                estén.\n\n\
                En este sitio encontrará información sobre nuestro trabajo, nuestros socios \
                y nuestros informes, en español, inglés y francés. Si comparte nuestros \
                objetivos, estaremos encantados de saber de usted.",
            fr: "Bienvenue à l’Observatoire international de justice juvénile (OIJJ), \
                fondation d’utilité publique belge consacrée aux droits des enfants et des \
                jeunes en conflit avec la loi. Nous agissons pour que les systèmes de \
                justice les traitent avec dignité, protègent leurs droits et leur donnent \
                une véritable chance de construire leur avenir.\n\n\
                Notre action s’étend à l’Europe, à l’Asie-Pacifique, à l’Amérique latine et \
                à l’Afrique. Nous participons aux forums internationaux, conseillons les \
                gouvernements et les institutions qui modernisent leurs systèmes de justice \
                juvénile et portons ce sujet à l’attention de ceux qui façonnent les \
                politiques publiques.\n\n\
                L’Observatoire est un réseau de collaboration ouvert. Chercheurs, \
                praticiens, pouvoirs publics, universitaires, magistrats et organisations de \
                la société civile peuvent y apporter leurs connaissances et unir leurs \
                forces à celles d’autres acteurs du même domaine, où qu’ils se trouvent dans \
                le monde.\n\n\
                Vous trouverez sur ce site des informations sur notre travail, nos \
                partenaires et nos rapports, en français, en anglais et en espagnol. Si vous \
                partagez nos objectifs, nous serons heureux d’échanger avec vous.",
        },
    },
    SeedPage {
        slug: "about",
        title: Text {
            en: "Who we are and what we do",
            es: "Quiénes somos y qué hacemos",
            fr: "Qui nous sommes et ce que nous faisons",
        },
        summary: Text {
            en: "The IJJO promotes the rights of children and young people in conflict with \
                the law through its work in international forums, where it holds \
                consultative status with ECOSOC and UNESCO.",
            es: "El OIJJ promueve los derechos de niños, niñas y jóvenes en conflicto con la \
                ley a través de su participación en foros internacionales, donde goza de \
                estatus consultivo ante el ECOSOC y la UNESCO.",
            fr: "L’OIJJ promeut les droits des enfants et des jeunes en conflit avec la loi \
                par son action dans les forums internationaux, où il dispose du statut \
                consultatif auprès de l’ECOSOC et de l’UNESCO.",
        },
        body: Text {
            en: "The International Juvenile Justice Observatory (IJJO) is a Belgian public \
                utility foundation based in Brussels. Its purpose is to promote the rights \
                of children and young people in conflict with the law.\n\n\
                A large part of this work takes place at international events and forums, \
                where the observatory takes part as a leading institution in its field. It \
                holds consultative status with the United Nations Economic and Social \
                Council (ECOSOC) and with UNESCO, and it is recognised as an Expert NGO at \
                the European Union’s European Forum on the Rights of the Child.\n\n\
                In these settings, the IJJO aims to place juvenile justice on the \
                international political agenda and to see it built into programmes and \
                strategies that favour effectiveness and innovation.\n\n\
                To support that aim, the observatory prepares reports on questions that \
                matter for juvenile justice systems, from deprivation of liberty and \
                alternatives to detention to social reintegration and the application of \
                international standards.\n\n\
                Beyond the forums, the IJJO advises governments and institutions through \
                technical cooperation, and brings together people and organisations from \
                around the world through its collaboration networks.",
            es: "El Observatorio Internacional de Justicia Juvenil (OIJJ) es una fundación \
                belga de utilidad pública con sede en Bruselas. Su finalidad es promover los \
                derechos de niños, niñas y jóvenes en conflicto con la ley.\n\n\
                Buena parte de esta labor se desarrolla en eventos y foros internacionales, \
                en los que el Observatorio participa como institución de referencia en su \
                ámbito. Goza de estatus consultivo ante el Consejo Económico y Social de las \
                Naciones Unidas (ECOSOC) y ante la UNESCO, y está reconocido como ONG \
                experta en el Foro Europeo sobre los Derechos del Niño de la Unión Europea.\n\n\
                En estos espacios, el OIJJ busca situar la justicia juvenil en la agenda \
                política internacional e incorporarla a programas y estrategias que \
                favorezcan la eficacia y la innovación.\n\n\
                Con ese fin, el Observatorio elabora informes sobre cuestiones relevantes \
                para los sistemas de justicia juvenil, desde la privación de libertad y las \
                alternativas a la detención hasta la reinserción social y la aplicación de \
                las normas internacionales.\n\n\
                Además de su presencia en los foros, el OIJJ asesora a gobiernos e \
                instituciones mediante la cooperación técnica y reúne a personas y \
                organizaciones de todo el mundo a través de sus redes de colaboración.",
            fr: "L’Observatoire international de justice juvénile (OIJJ) est une fondation \
                d’utilité publique belge dont le siège est à Bruxelles. Il a pour mission de \
                promouvoir les droits des enfants et des jeunes en conflit avec la loi.\n\n\
                Une grande partie de ce travail se déroule lors d’événements et de forums \
                internationaux, auxquels l’Observatoire participe en tant qu’institution de \
                référence dans son domaine. Il dispose du statut consultatif auprès du \
                Conseil économique et social des Nations unies (ECOSOC) et de l’UNESCO, et \
                il est reconnu comme ONG experte au sein du Forum européen sur les droits de \
                l’enfant de l’Union européenne.\n\n\
                Dans ces enceintes, l’OIJJ s’efforce d’inscrire la justice juvénile à \
                l’agenda politique international et de l’intégrer dans des programmes et des \
                stratégies qui privilégient l’efficacité et l’innovation.\n\n\
                À cette fin, l’Observatoire élabore des rapports sur des questions \
                importantes pour les systèmes de justice juvénile : de la privation de \
                liberté et des alternatives à la détention à la réinsertion sociale, en \
                passant par l’application des normes internationales.\n\n\
                Au-delà des forums, l’OIJJ conseille les gouvernements et les institutions \
                par la coopération technique et rassemble des personnes et des organisations \
                du monde entier au sein de ses réseaux de collaboration.",
        },
    },
    SeedPage {
        slug: "technical-cooperation",
        title: Text {
            en: "Technical cooperation",
            es: "Cooperación técnica",
            fr: "Coopération technique",
        },
        summary: Text {
            en: "The IJJO places its experience at the service of governments and \
                institutions that are modernising their juvenile justice systems, mainly in \
                Europe, Asia and Latin America.",
            es: "El OIJJ pone su experiencia al servicio de los gobiernos y las instituciones \
                que modernizan sus sistemas de justicia juvenil, principalmente en Europa, \
                Asia y América Latina.",
            fr: "L’OIJJ met son expérience au service des gouvernements et des institutions \
                qui modernisent leurs systèmes de justice juvénile, principalement en \
                Europe, en Asie et en Amérique latine.",
        },
        body: Text {
            en: "Governments and institutions often need guidance when they design public \
                policies, and technical assistance to put them into practice. The IJJO \
                responds to that need by offering its experience and knowledge to processes \
                that modernise juvenile justice systems, mainly in Europe, Asia and Latin \
                America.\n\n\
                Much of this work rests on bilateral collaboration agreements with \
                ministries and with public and private administrations. Under these \
                agreements, the observatory provides technical assistance on policies, \
                programmes and projects related to the whole cycle of juvenile violence: \
                from the social prevention of violence to the administration of justice for \
                adolescents and young adults, and every related aspect.\n\n\
                The IJJO also provides technical assistance to regional and sub-regional \
                financing programmes promoted by the European Union, international \
                cooperation agencies and multilateral organisations. These programmes seek \
                to encourage the exchange of knowledge and experience between national and \
                regional representatives.\n\n\
                The tools and mechanisms we use, the institutions we have signed agreements \
                with and the programmes we take part in are presented on this page.",
            es: "Los gobiernos y las instituciones necesitan a menudo orientación para \
                diseñar sus políticas públicas, y asistencia técnica para llevarlas a la \
                práctica. El OIJJ responde a esa necesidad ofreciendo su experiencia y su \
                conocimiento en los procesos de modernización de los sistemas de justicia \
                juvenil, principalmente en Europa, Asia y América Latina.\n\n\
                Gran parte de este trabajo se basa en convenios de colaboración bilaterales \
                con ministerios y con administraciones públicas y privadas. En el marco de \
                estos convenios, el Observatorio presta asistencia técnica en políticas, \
                programas y proyectos relacionados con todo el ciclo de la violencia \
                juvenil: desde la prevención social de la violencia hasta la administración \
                de justicia para adolescentes y jóvenes adultos, así como en todos los \
                aspectos vinculados.\n\n\
                El OIJJ presta también asistencia técnica a programas de financiación \
                regionales y subregionales impulsados por la Unión Europea, agencias de \
                cooperación internacional y organismos multilaterales. Estos programas \
                buscan fomentar el intercambio de conocimientos y experiencias entre \
                representantes nacionales y regionales.\n\n\
                En esta página se presentan las herramientas y los mecanismos que \
                utilizamos, las instituciones con las que hemos firmado convenios y los \
                programas en los que participamos.",
            fr: "Les gouvernements et les institutions ont souvent besoin d’être guidés \
                lorsqu’ils élaborent des politiques publiques, et d’une assistance technique \
                pour les mettre en œuvre. L’OIJJ répond à ce besoin en mettant son \
                expérience et ses connaissances au service de la modernisation des systèmes \
                de justice juvénile, principalement en Europe, en Asie et en Amérique \
                latine.\n\n\
                Une grande partie de ce travail repose sur des accords de collaboration \
                bilatéraux conclus avec des ministères et des administrations publiques et \
                privées. Dans ce cadre, l’Observatoire apporte une assistance technique sur \
                des politiques, des programmes et des projets liés à l’ensemble du cycle de \
                la violence juvénile : de la prévention sociale de la violence à \
                l’administration de la justice pour les adolescents et les jeunes adultes, \
                ainsi que sur toutes les questions connexes.\n\n\
                L’OIJJ apporte également une assistance technique aux programmes de \
                financement régionaux et sous-régionaux soutenus par l’Union européenne, les \
                agences de coopération internationale et les organisations multilatérales. \
                Ces programmes visent à favoriser l’échange de connaissances et \
                d’expériences entre représentants nationaux et régionaux.\n\n\
                Cette page présente les outils et les mécanismes que nous utilisons, les \
                institutions avec lesquelles nous avons signé des accords et les programmes \
                auxquels nous participons.",
        },
    },
    SeedPage {
        slug: "collaboration-networks",
        title: Text {
            en: "Collaboration networks",
            es: "Redes de colaboración",
            fr: "Réseaux de collaboration",
        },
        summary: Text {
            en: "The IJJO is an open, collaborative space where people and organisations pool \
                their knowledge to address juvenile justice from different perspectives and \
                disciplines.",
            es: "El OIJJ es un espacio abierto y colaborativo en el que personas y \
                organizaciones ponen en común su conocimiento para abordar la justicia \
                juvenil desde distintas perspectivas y disciplinas.",
            fr: "L’OIJJ est un espace ouvert et collaboratif où personnes et organisations \
                mettent en commun leurs connaissances pour aborder la justice juvénile sous \
                différents angles et à partir de plusieurs disciplines.",
        },
        body: Text {
            en: "The IJJO works as an open, collaborative space built on cooperation in \
                networks. By bringing together knowledge and contributions from many \
                sources, it allows everyone involved to approach juvenile justice from \
                different perspectives and disciplines, and to deepen its analysis, \
                understanding and development.\n\n\
                As a participatory platform, the observatory collects, promotes and \
                publicises the latest advances in juvenile justice in fields such as \
                research, legislation, legal practice, and the implementation of programmes \
                and innovative good practices.\n\n\
                Until 2020, this work focused mainly on coordinating the Continental \
                Councils for Juvenile Justice. Between 2009 and 2020, these councils brought \
                together experts, professionals, representatives of public authorities, \
                academia, the judiciary and civil society, and encouraged interaction, \
                dialogue and collaboration among them through meetings and conferences.\n\n\
                Since 2020, the IJJO has followed a new approach to participation and \
                collective work, one that is simpler and mainly online. Joint initiatives \
                are now more flexible, open to a wider range of stakeholders, and designed \
                to make the best use of resources and to unite the efforts of individuals \
                and organisations wherever they are in the world.\n\n\
                How to collaborate with us:\n\n\
                - Tell us about your proposal, your interests or your area of expertise in \
                juvenile justice through a short web form. Any individual or organisation \
                can take part.\n\
                - We assess your proposal and your profile against the observatory’s \
                possible lines of work.\n\
                - We then contact you to suggest possible actions, which you can carry out \
                individually or as part of a working group.\n\n\
                In this way, the observatory hopes to be as useful as possible to the \
                professionals and organisations that protect the rights of children and \
                young people in justice systems.",
            es: "El OIJJ funciona como un espacio abierto y colaborativo basado en la \
                cooperación en red. Al reunir conocimientos y aportaciones de muy diversas \
                fuentes, permite a todas las personas implicadas abordar la justicia juvenil \
                desde distintas perspectivas y disciplinas, y profundizar en su análisis, su \
                comprensión y su desarrollo.\n\n\
                Como plataforma participativa, el Observatorio recopila, promueve y difunde \
                los últimos avances en justicia juvenil en ámbitos como la investigación, la \
                legislación, la práctica jurídica y la aplicación de programas y buenas \
                prácticas innovadoras.\n\n\
                Hasta 2020, esta labor se centró principalmente en la coordinación de los \
                Consejos Continentales de Justicia Juvenil. Entre 2009 y 2020, estos \
                consejos reunieron a expertos, profesionales, representantes de las \
                autoridades públicas, del mundo académico, del poder judicial y de la \
                sociedad civil, y fomentaron su interacción, su diálogo y su colaboración a \
                través de reuniones y conferencias.\n\n\
                Desde 2020, el OIJJ trabaja con un nuevo enfoque de la participación y del \
                trabajo colectivo, más sencillo y principalmente en línea. Las iniciativas \
                conjuntas son ahora más flexibles, están abiertas a un mayor número de \
                actores y buscan optimizar los recursos y unir fácilmente los esfuerzos de \
                personas y entidades de cualquier lugar del mundo.\n\n\
                Cómo colaborar con nosotros:\n\n\
                - Cuéntenos su propuesta, sus intereses o su especialización en justicia \
                juvenil mediante un sencillo formulario web. Cualquier persona o entidad \
                puede participar.\n\
                - Evaluamos su propuesta y su perfil en relación con las posibles líneas de \
                trabajo del Observatorio.\n\
                - Después nos ponemos en contacto con usted para proponerle posibles \
                acciones, que puede desarrollar de forma individual o en el marco de un \
                grupo de trabajo.\n\n\
                De este modo, el Observatorio aspira a ser lo más útil posible para los \
                profesionales y las organizaciones que protegen los derechos de niños, niñas \
                y jóvenes en los sistemas de justicia.",
            fr: "L’OIJJ fonctionne comme un espace ouvert et collaboratif fondé sur la \
                coopération en réseau. En réunissant des connaissances et des contributions \
                d’horizons très divers, il permet à chacun d’aborder la justice juvénile \
                sous différents angles et à partir de plusieurs disciplines, et d’en \
                approfondir l’analyse, la compréhension et le développement.\n\n\
                En tant que plateforme participative, l’Observatoire recueille, promeut et \
                fait connaître les dernières avancées de la justice juvénile dans des \
                domaines tels que la recherche, la législation, la pratique juridique et la \
                mise en œuvre de programmes et de bonnes pratiques innovantes.\n\n\
                Jusqu’en 2020, cette action reposait principalement sur la coordination des \
                Conseils continentaux pour la justice juvénile. De 2009 à 2020, ces conseils \
                ont réuni des experts, des professionnels, des représentants des pouvoirs \
                publics, du monde universitaire, de la magistrature et de la société civile, \
                en favorisant leurs échanges, leur dialogue et leur collaboration lors de \
                réunions et de conférences.\n\n\
                Depuis 2020, l’OIJJ suit une nouvelle approche de la participation et du \
                travail collectif, plus simple et principalement en ligne. Les initiatives \
                communes sont désormais plus souples, ouvertes à un plus grand nombre \
                d’acteurs et conçues pour optimiser les ressources et unir facilement les \
                efforts de personnes et d’organisations du monde entier.\n\n\
                Comment collaborer avec nous :\n\n\
                - Présentez-nous votre proposition, vos centres d’intérêt ou votre \
                spécialité en matière de justice juvénile au moyen d’un simple formulaire en \
                ligne. Toute personne ou organisation peut participer.\n\
                - Nous examinons votre proposition et votre profil au regard des axes de \
                travail possibles de l’Observatoire.\n\
                - Nous vous contactons ensuite pour vous proposer des actions envisageables, \
                à mener individuellement ou au sein d’un groupe de travail.\n\n\
                L’Observatoire espère ainsi être aussi utile que possible aux professionnels \
                et aux organisations qui protègent les droits des enfants et des jeunes dans \
                les systèmes de justice.",
        },
    },
    SeedPage {
        slug: "reports",
        title: Text {
            en: "Reports",
            es: "Informes",
            fr: "Rapports",
        },
        summary: Text {
            en: "The IJJO’s reports analyse key questions for juvenile justice systems and \
                help place them on the international political agenda.",
            es: "Los informes del OIJJ analizan cuestiones clave para los sistemas de \
                justicia juvenil y contribuyen a situarlas en la agenda política \
                internacional.",
            fr: "Les rapports de l’OIJJ analysent des questions clés pour les systèmes de \
                justice juvénile et contribuent à les inscrire à l’agenda politique \
                international.",
        },
        body: Text {
            en: "The observatory prepares reports to bring juvenile justice to the attention \
                of international forums and decision-makers, and to encourage programmes and \
                strategies that favour effectiveness and innovation.\n\n\
                They cover subjects such as improving youth justice systems at a time of \
                economic crisis, evaluating how international standards are implemented in \
                national systems, measures of deprivation of liberty and alternatives to \
                detention, and the social reintegration of young offenders as a key to \
                preventing reoffending. One of them introduces the Asia Pacific Council for \
                juvenile justice and leading reforms in that region.\n\n\
                The list of reports follows below.",
            es: "El Observatorio elabora informes para llevar la justicia juvenil a la \
                atención de los foros internacionales y de quienes toman las decisiones, y \
                para impulsar programas y estrategias que favorezcan la eficacia y la \
                innovación.\n\n\
                Abordan cuestiones como la mejora de los sistemas de justicia juvenil en \
                tiempos de crisis económica, la evaluación de la aplicación de las normas \
                internacionales en los sistemas nacionales, las medidas privativas de \
                libertad y las alternativas a la detención, o la reinserción social de los \
                jóvenes infractores como clave para prevenir la reincidencia. Uno de ellos \
                presenta el Consejo Asia-Pacífico de Justicia Juvenil y las principales \
                reformas de la justicia juvenil en la región.\n\n\
                A continuación encontrará la lista de informes.",
            fr: "L’Observatoire élabore des rapports pour porter la justice juvénile à \
                l’attention des forums internationaux et des décideurs, et pour encourager \
                des programmes et des stratégies qui privilégient l’efficacité et \
                l’innovation.\n\n\
                Ils traitent de sujets tels que l’amélioration des systèmes de justice \
                juvénile en période de crise économique, l’évaluation de la mise en œuvre \
                des normes internationales dans les systèmes nationaux, les mesures \
                privatives de liberté et les alternatives à la détention, ou encore la \
                réinsertion sociale des jeunes auteurs d’infractions comme clé de la \
                prévention de la récidive. L’un d’eux présente le Conseil Asie-Pacifique \
                pour la justice juvénile et les principales réformes menées dans la région.\n\n\
                Vous trouverez ci-dessous la liste des rapports.",
        },
    },
    SeedPage {
        slug: "contact",
        title: Text {
            en: "Contact",
            es: "Contacto",
            fr: "Contact",
        },
        summary: Text {
            en: "Write to us or call our head office in Brussels with any question about the \
                observatory and its work.",
            es: "Escríbanos o llame a nuestra sede en Bruselas para cualquier consulta sobre \
                el Observatorio y su trabajo.",
            fr: "Écrivez-nous ou appelez notre siège à Bruxelles pour toute question sur \
                l’Observatoire et ses activités.",
        },
        body: Text {
            en: "Would you like to know more about the observatory, propose a collaboration \
                or ask about our reports? Our head office in Brussels will be glad to help.\n\n\
                You can write to us by email or by post, call us or send us a fax. The head \
                office’s contact details are given on this page.\n\n\
                If you would like to take part in a joint initiative, please also tell us \
                about your interests and your area of expertise in juvenile justice, so that \
                we can pass your message on to the right people.",
            es: "¿Desea saber más sobre el Observatorio, proponer una colaboración o hacer \
                una consulta sobre nuestros informes? Nuestra sede en Bruselas le atenderá \
                con mucho gusto.\n\n\
                Puede escribirnos por correo electrónico o postal, llamarnos por teléfono o \
                enviarnos un fax. Los datos de contacto de la sede figuran en esta página.\n\n\
                Si desea participar en una iniciativa conjunta, indíquenos también sus \
                intereses y su especialización en justicia juvenil, para que podamos hacer \
                llegar su mensaje a las personas adecuadas.",
            fr: "Vous souhaitez en savoir plus sur l’Observatoire, proposer une collaboration \
                ou obtenir des informations sur nos rapports ? Notre siège à Bruxelles se \
                tient à votre disposition.\n\n\
                Vous pouvez nous écrire par courrier électronique ou postal, nous appeler ou \
                nous envoyer un fax. Les coordonnées du siège figurent sur cette page.\n\n\
                Si vous souhaitez participer à une initiative commune, indiquez-nous \
                également vos centres d’intérêt et votre spécialité en matière de justice \
                juvénile, afin que nous puissions transmettre votre message aux bonnes \
                personnes.",
        },
    },
    SeedPage {
        slug: "privacy",
        title: Text {
            en: "Privacy policy",
            es: "Política de privacidad",
            fr: "Politique de confidentialité",
        },
        summary: Text {
            en: "How the International Juvenile Justice Observatory processes personal data \
                on this website, and the rights you have under the General Data Protection \
                Regulation (GDPR).",
            es: "Cómo trata el Observatorio Internacional de Justicia Juvenil los datos \
                personales en este sitio web y qué derechos le reconoce el Reglamento \
                General de Protección de Datos (RGPD).",
            fr: "Comment l’Observatoire international de justice juvénile traite les données \
                personnelles sur ce site et quels droits vous confère le règlement général \
                sur la protection des données (RGPD).",
        },
        body: Text {
            en: "This policy explains how the International Juvenile Justice Observatory \
                processes personal data when you use this website. We collect only what we \
                need, for clearly defined purposes, in accordance with Regulation (EU) \
                2016/679 (the General Data Protection Regulation, GDPR) and Belgian data \
                protection law.\n\n\
                1. Controller\n\n\
                The controller of your personal data is the International Juvenile Justice \
                Observatory (IJJO), a Belgian public utility foundation with its head office \
                at Rue Armand Campenhout 72, box 10, 1050 Brussels, Belgium. For any \
                question about your personal data, write to oijj@oijj.org.\n\n\
                2. Data we process\n\n\
                - Server logs: each time you visit the site, our servers record technical \
                data such as your IP address, the date and time of the request, the page \
                requested and your browser’s identification string.\n\
                - Cookies: the site stores a small number of cookies in your browser, as \
                described in our cookie policy.\n\
                - Account data: the name, e-mail address, account type, organisation and \
                sector, country, working languages and areas of specialisation you give when \
                you register, your password (stored only as an irreversible hash), your role, \
                and the date and version of the privacy policy you accepted.\n\
                - Collaboration proposals: what you write in the collaboration form (the \
                same profile facts, your specialisation, the proposal and any document you \
                attach), the messages exchanged about it, and the staff's evaluation of the \
                proposal and of your profile against the observatory's lines of work.\n\
                - Security records: to limit abuse, we count failed log-ins and form \
                submissions per account, per e-mail address and per IP address for up to \
                one day.\n\
                - Messages: if you write to us, we process your message and your contact \
                details.\n\n\
                3. Purposes and legal bases\n\n\
                - Server logs are used to run the site and keep it secure, for example to \
                detect and block abuse. Legal basis: our legitimate interest in the security \
                of our services (Article 6(1)(f) GDPR).\n\
                - Strictly necessary cookies make the site work and protect its forms; \
                preference cookies remember your language only if you agree to them. Legal \
                basis: our legitimate interest for strictly necessary cookies (Article \
                6(1)(f) GDPR) and your consent for preference cookies (Article 6(1)(a) \
                GDPR).\n\
                - Account and collaboration data are used to create and manage your account, \
                to evaluate your proposals and to contact you about possible actions. Legal \
                basis: the steps you ask us to take and the service you request (Article \
                6(1)(b) GDPR).\n\
                - Messages are used to answer you. Legal basis: our legitimate interest in \
                replying to those who contact us (Article 6(1)(f) GDPR).\n\n\
                We do not use your data for automated decision-making or profiling.\n\n\
                4. Retention\n\n\
                - Server logs are kept only briefly, for as long as they are needed for \
                security, and are then deleted.\n\
                - Cookies are kept for the periods set out in the cookie policy.\n\
                - Account data are kept for as long as your account exists. When you delete \
                your account, your profile, sessions and log-in data are erased; the \
                proposals you sent stay in the observatory's records with your name and \
                e-mail address removed, because they are part of its work with partners.\n\
                - A proposal sent without an account and not confirmed by e-mail within 48 \
                hours is deleted, with its attachment. Confirmed proposals are kept for as \
                long as the observatory's collaboration work needs them.\n\
                - Copies of the e-mails we send you are kept for seven days after sending, \
                then deleted; security counters are deleted after one day.\n\
                - Messages are kept for as long as needed to deal with your request.\n\n\
                We keep data for longer only where the law requires us to.\n\n\
                5. Recipients\n\n\
                We never sell or rent your personal data, and the site contains no \
                third-party trackers or advertising. Your data are accessible only to the \
                observatory’s authorised staff and, where we rely on service providers to \
                host or operate the site, to those providers, who act solely on our \
                instructions under a contract that complies with the GDPR. We disclose data \
                to public authorities only when the law requires us to. If data ever had to \
                be transferred outside the European Economic Area, we would do so only with \
                the safeguards required by the GDPR.\n\n\
                6. Your rights\n\n\
                Under the GDPR, you have the right to:\n\n\
                - access your personal data and obtain a copy of it;\n\
                - have inaccurate data rectified;\n\
                - have your data erased;\n\
                - receive the data you have given us in a structured, commonly used and \
                machine-readable format (portability);\n\
                - object to processing based on our legitimate interest;\n\
                - ask us to restrict processing;\n\
                - withdraw your consent at any time, without affecting the lawfulness of \
                processing carried out before the withdrawal.\n\n\
                You also have the right to lodge a complaint with the Belgian Data \
                Protection Authority (Autorité de protection des données / \
                Gegevensbeschermingsautoriteit), Rue de la Presse 35, 1000 Brussels, \
                www.dataprotectionauthority.be.\n\n\
                7. How to exercise your rights\n\n\
                Write to us at oijj@oijj.org or by post to our head office. Exercising your \
                rights is free of charge. We will reply within one month; for complex \
                requests this period may be extended by two further months, in which case we \
                will tell you why. Before acting on a request, we may ask you for \
                information to confirm your identity.\n\n\
                8. Changes to this policy\n\n\
                We may update this policy when the site or the law changes. The version in \
                force is always published on this page, with its version number and date.\n\n\
                Version 2, 25 November 2026",
            es: "Esta política explica cómo trata el Observatorio Internacional de Justicia \
                Juvenil los datos personales cuando usted utiliza este sitio web. Solo \
                recogemos los datos que necesitamos, con fines claramente definidos, de \
                conformidad con el Reglamento (UE) 2016/679 (Reglamento General de \
                Protección de Datos, RGPD) y la normativa belga de protección de datos.\n\n\
                1. Responsable del tratamiento\n\n\
                El responsable del tratamiento de sus datos personales es el Observatorio \
                Internacional de Justicia Juvenil (OIJJ), fundación belga de utilidad \
                pública con sede en Rue Armand Campenhout 72, box 10, 1050 Bruselas \
                (Bélgica). Para cualquier consulta sobre sus datos personales, escríbanos a \
                oijj@oijj.org.\n\n\
                2. Datos que tratamos\n\n\
                - Registros del servidor: cada vez que visita el sitio, nuestros servidores \
                registran datos técnicos como su dirección IP, la fecha y la hora de la \
                solicitud, la página solicitada y la cadena de identificación de su \
                navegador.\n\
                - Cookies: el sitio guarda un número reducido de cookies en su navegador, \
                tal como se describe en nuestra política de cookies.\n\
                - Datos de cuenta: el nombre, la dirección de correo electrónico, el tipo de \
                cuenta, la organización y el sector, el país, los idiomas de trabajo y los \
                ámbitos de especialización que indica al registrarse, su contraseña \
                (guardada solo como un resumen irreversible), su función y la fecha y la \
                versión de la política de privacidad que aceptó.\n\
                - Propuestas de colaboración: lo que escribe en el formulario de \
                colaboración (los mismos datos de perfil, su especialización, la propuesta y \
                el documento que adjunte), los mensajes intercambiados sobre ella y la \
                evaluación que hace el personal de la propuesta y de su perfil a la luz de \
                las líneas de trabajo del observatorio.\n\
                - Registros de seguridad: para limitar los abusos, contamos los intentos de \
                inicio de sesión fallidos y los envíos de formularios por cuenta, por \
                dirección de correo electrónico y por dirección IP durante un día como \
                máximo.\n\
                - Mensajes: si nos escribe, tratamos su mensaje y sus datos de contacto.\n\n\
                3. Finalidades y bases jurídicas\n\n\
                - Los registros del servidor se utilizan para hacer funcionar el sitio y \
                mantenerlo seguro, por ejemplo para detectar y bloquear usos abusivos. Base \
                jurídica: nuestro interés legítimo en la seguridad de nuestros servicios \
                (artículo 6, apartado 1, letra f, del RGPD).\n\
                - Las cookies estrictamente necesarias permiten que el sitio funcione y \
                protegen sus formularios; las cookies de preferencias solo recuerdan su \
                idioma si usted las acepta. Base jurídica: nuestro interés legítimo para las \
                cookies estrictamente necesarias (artículo 6, apartado 1, letra f, del RGPD) \
                y su consentimiento para las cookies de preferencias (artículo 6, apartado \
                1, letra a, del RGPD).\n\
                - Los datos de cuenta y de colaboración se utilizan para crear y gestionar \
                su cuenta, evaluar sus propuestas y ponernos en contacto con usted sobre \
                posibles acciones. Base jurídica: las medidas que usted nos pide que \
                adoptemos y el servicio que solicita (artículo 6, apartado 1, letra b, del \
                RGPD).\n\
                - Los mensajes se utilizan para responderle. Base jurídica: nuestro interés \
                legítimo en responder a quienes se ponen en contacto con nosotros (artículo \
                6, apartado 1, letra f, del RGPD).\n\n\
                No utilizamos sus datos para tomar decisiones automatizadas ni para elaborar \
                perfiles.\n\n\
                4. Conservación\n\n\
                - Los registros del servidor se conservan solo durante un breve periodo, el \
                necesario por motivos de seguridad, y después se eliminan.\n\
                - Las cookies se conservan durante los plazos indicados en la política de \
                cookies.\n\
                - Los datos de cuenta se conservan mientras su cuenta exista. Cuando elimina \
                su cuenta, se borran su perfil, sus sesiones y sus datos de acceso; las \
                propuestas que envió permanecen en los registros del observatorio sin su \
                nombre ni su dirección de correo electrónico, porque forman parte de su \
                trabajo con los socios.\n\
                - Una propuesta enviada sin cuenta y no confirmada por correo electrónico en \
                48 horas se elimina, junto con su documento adjunto. Las propuestas \
                confirmadas se conservan mientras el trabajo de colaboración del \
                observatorio las necesite.\n\
                - Las copias de los correos que le enviamos se conservan siete días después \
                del envío y luego se eliminan; los contadores de seguridad se eliminan al \
                cabo de un día.\n\
                - Los mensajes se conservan durante el tiempo necesario para atender su \
                solicitud.\n\n\
                Solo conservamos datos durante más tiempo cuando la ley nos obliga a ello.\n\n\
                5. Destinatarios\n\n\
                Nunca vendemos ni alquilamos sus datos personales, y el sitio no contiene \
                rastreadores de terceros ni publicidad. Solo tienen acceso a sus datos el \
                personal autorizado del Observatorio y, cuando recurrimos a proveedores para \
                alojar o gestionar el sitio, dichos proveedores, que actúan únicamente \
                siguiendo nuestras instrucciones en virtud de un contrato conforme al RGPD. \
                Solo comunicamos datos a las autoridades públicas cuando la ley nos obliga a \
                ello. Si alguna vez fuera necesario transferir datos fuera del Espacio \
                Económico Europeo, lo haríamos únicamente con las garantías que exige el \
                RGPD.\n\n\
                6. Sus derechos\n\n\
                De acuerdo con el RGPD, usted tiene derecho a:\n\n\
                - acceder a sus datos personales y obtener una copia de ellos;\n\
                - obtener la rectificación de los datos inexactos;\n\
                - obtener la supresión de sus datos;\n\
                - recibir los datos que nos ha facilitado en un formato estructurado, de uso \
                común y de lectura mecánica (portabilidad);\n\
                - oponerse al tratamiento basado en nuestro interés legítimo;\n\
                - solicitar la limitación del tratamiento;\n\
                - retirar su consentimiento en cualquier momento, sin que ello afecte a la \
                licitud del tratamiento realizado antes de la retirada.\n\n\
                También tiene derecho a presentar una reclamación ante la autoridad belga de \
                protección de datos (Autorité de protection des données / \
                Gegevensbeschermingsautoriteit), Rue de la Presse 35, 1000 Bruselas, \
                www.dataprotectionauthority.be.\n\n\
                7. Cómo ejercer sus derechos\n\n\
                Escríbanos a oijj@oijj.org o por correo postal a nuestra sede. El ejercicio \
                de sus derechos es gratuito. Le responderemos en el plazo de un mes; en el \
                caso de solicitudes complejas, este plazo podrá prorrogarse otros dos meses, \
                y en tal caso le explicaremos el motivo. Antes de atender una solicitud, \
                podemos pedirle información para confirmar su identidad.\n\n\
                8. Cambios en esta política\n\n\
                Podemos actualizar esta política cuando cambien el sitio o la ley. La \
                versión vigente se publica siempre en esta página, con su número de versión \
                y su fecha.\n\n\
                Versión 2, 25 de noviembre de 2026",
            fr: "La présente politique explique comment l’Observatoire international de \
                justice juvénile traite les données à caractère personnel lorsque vous \
                utilisez ce site. Nous ne collectons que les données nécessaires, pour des \
                finalités clairement définies, conformément au règlement (UE) 2016/679 \
                (règlement général sur la protection des données, RGPD) et à la législation \
                belge en matière de protection des données.\n\n\
                1. Responsable du traitement\n\n\
                Le responsable du traitement de vos données personnelles est l’Observatoire \
                international de justice juvénile (OIJJ), fondation d’utilité publique de \
                droit belge, dont le siège est situé Rue Armand Campenhout 72, box 10, 1050 \
                Bruxelles, Belgique. Pour toute question relative à vos données \
                personnelles, écrivez à oijj@oijj.org.\n\n\
                2. Données traitées\n\n\
                - Journaux du serveur : à chacune de vos visites, nos serveurs enregistrent \
                des données techniques telles que votre adresse IP, la date et l’heure de la \
                requête, la page demandée et la chaîne d’identification de votre navigateur.\n\
                - Cookies : le site dépose un petit nombre de cookies dans votre navigateur, \
                comme l’explique notre politique relative aux cookies.\n\
                - Données de compte : les nom, adresse électronique, type de compte, \
                organisation et secteur, pays, langues de travail et domaines de spécialité \
                que vous indiquez à l’inscription, votre mot de passe (conservé uniquement \
                sous forme d’empreinte irréversible), votre rôle, ainsi que la date et la \
                version de la politique de confidentialité acceptée.\n\
                - Propositions de collaboration : ce que vous saisissez dans le formulaire \
                de collaboration (les mêmes informations de profil, votre spécialité, la \
                proposition et le document joint éventuel), les messages échangés à son \
                sujet et l’évaluation, par l’équipe, de la proposition et de votre profil \
                au regard des axes de travail de l’observatoire.\n\
                - Traces de sécurité : pour limiter les abus, nous comptons les connexions \
                échouées et les envois de formulaires par compte, par adresse électronique \
                et par adresse IP, pendant un jour au plus.\n\
                - Messages : si vous nous écrivez, nous traitons votre message et vos \
                coordonnées.\n\n\
                3. Finalités et bases juridiques\n\n\
                - Les journaux du serveur servent à faire fonctionner le site et à en \
                assurer la sécurité, par exemple pour détecter et bloquer les abus. Base \
                juridique : notre intérêt légitime à assurer la sécurité de nos services \
                (article 6, paragraphe 1, point f), du RGPD).\n\
                - Les cookies strictement nécessaires font fonctionner le site et protègent \
                ses formulaires ; les cookies de préférences ne mémorisent votre langue que \
                si vous les acceptez. Base juridique : notre intérêt légitime pour les \
                cookies strictement nécessaires (article 6, paragraphe 1, point f), du RGPD) \
                et votre consentement pour les cookies de préférences (article 6, paragraphe \
                1, point a), du RGPD).\n\
                - Les données de compte et de collaboration servent à créer et gérer votre \
                compte, à évaluer vos propositions et à vous contacter au sujet d’actions \
                possibles. Base juridique : les mesures que vous nous demandez de prendre et \
                le service que vous sollicitez (article 6, paragraphe 1, point b), du RGPD).\n\
                - Les messages servent à vous répondre. Base juridique : notre intérêt \
                légitime à répondre aux personnes qui nous contactent (article 6, paragraphe \
                1, point f), du RGPD).\n\n\
                Nous n’utilisons pas vos données pour prendre des décisions automatisées ni \
                pour établir des profils.\n\n\
                4. Durée de conservation\n\n\
                - Les journaux du serveur ne sont conservés que brièvement, le temps \
                nécessaire à la sécurité, puis ils sont supprimés.\n\
                - Les cookies sont conservés pendant les durées indiquées dans la politique \
                relative aux cookies.\n\
                - Les données de compte sont conservées tant que votre compte existe. \
                Lorsque vous supprimez votre compte, votre profil, vos sessions et vos \
                données de connexion sont effacés ; les propositions que vous avez envoyées \
                restent dans les archives de l’observatoire, sans vos nom ni adresse \
                électronique, car elles font partie de son travail avec ses partenaires.\n\
                - Une proposition envoyée sans compte et non confirmée par courriel dans les \
                48 heures est supprimée, avec son document joint. Les propositions \
                confirmées sont conservées tant que le travail de collaboration de \
                l’observatoire en a besoin.\n\
                - Les copies des courriels que nous vous envoyons sont conservées sept jours \
                après l’envoi, puis supprimées ; les compteurs de sécurité sont supprimés \
                au bout d’un jour.\n\
                - Les messages sont conservés le temps nécessaire au traitement de votre \
                demande.\n\n\
                Nous ne conservons des données plus longtemps que lorsque la loi nous y \
                oblige.\n\n\
                5. Destinataires\n\n\
                Nous ne vendons ni ne louons jamais vos données personnelles, et le site ne \
                contient ni traceurs tiers ni publicité. Seuls le personnel autorisé de \
                l’Observatoire et, lorsque nous faisons appel à des prestataires pour \
                héberger ou exploiter le site, ces prestataires ont accès à vos données ; \
                ces derniers agissent uniquement sur nos instructions, dans le cadre d’un \
                contrat conforme au RGPD. Nous ne communiquons des données aux autorités \
                publiques que lorsque la loi l’exige. Si des données devaient un jour être \
                transférées en dehors de l’Espace économique européen, ce ne serait qu’avec \
                les garanties prévues par le RGPD.\n\n\
                6. Vos droits\n\n\
                Conformément au RGPD, vous avez le droit :\n\n\
                - d’accéder à vos données personnelles et d’en obtenir une copie ;\n\
                - de faire rectifier les données inexactes ;\n\
                - de faire effacer vos données ;\n\
                - de recevoir les données que vous nous avez fournies dans un format \
                structuré, couramment utilisé et lisible par machine (portabilité) ;\n\
                - de vous opposer au traitement fondé sur notre intérêt légitime ;\n\
                - de demander la limitation du traitement ;\n\
                - de retirer votre consentement à tout moment, sans que cela remette en \
                cause la licéité du traitement effectué avant ce retrait.\n\n\
                Vous avez également le droit d’introduire une réclamation auprès de \
                l’Autorité de protection des données (Gegevensbeschermingsautoriteit), Rue \
                de la Presse 35, 1000 Bruxelles, www.autoriteprotectiondonnees.be.\n\n\
                7. Exercer vos droits\n\n\
                Écrivez-nous à oijj@oijj.org ou par courrier postal à notre siège. \
                L’exercice de vos droits est gratuit. Nous vous répondrons dans un délai \
                d’un mois ; pour les demandes complexes, ce délai peut être prolongé de deux \
                mois, auquel cas nous vous en indiquerons la raison. Avant de donner suite à \
                une demande, nous pouvons vous demander des informations permettant de \
                confirmer votre identité.\n\n\
                8. Modifications de la présente politique\n\n\
                Nous pouvons mettre à jour cette politique lorsque le site ou la législation \
                évoluent. La version en vigueur est toujours publiée sur cette page, avec \
                son numéro de version et sa date.\n\n\
                Version 2, 25 novembre 2026",
        },
    },
    SeedPage {
        slug: "cookies",
        title: Text {
            en: "Cookie policy",
            es: "Política de cookies",
            fr: "Politique relative aux cookies",
        },
        summary: Text {
            en: "Which cookies this website uses, what they are for, and how you can change \
                your choice at any time.",
            es: "Qué cookies utiliza este sitio web, para qué sirven y cómo puede cambiar su \
                elección en cualquier momento.",
            fr: "Les cookies utilisés par ce site, leur utilité et la manière de modifier \
                votre choix à tout moment.",
        },
        body: Text {
            en: "Cookies are small text files that a website stores in your browser. This \
                site uses as few as possible, and none of them is used for advertising or to \
                follow you across other websites.\n\n\
                Strictly necessary cookies\n\n\
                These cookies are essential for the site to work and to keep it secure, so \
                they cannot be switched off. Under the applicable law, they do not require \
                your consent.\n\n\
                - obs_consent: records the choice you have made about cookies, so that we do \
                not ask you again on every page. It is kept for six months.\n\
                - obs_csrf: a security token that protects the site’s forms against \
                cross-site request forgery. It is kept for 30 days.\n\
                - obs_session: keeps you signed in; it is set only when you log in. It \
                lasts until you close the browser, and the server ends the session when you \
                log out, after 30 minutes without use, or after 12 hours at most.\n\n\
                On the secure (https) site, every cookie's name begins with __Host-, which \
                ties it to this site alone.\n\n\
                Preference cookies\n\n\
                - obs_lang: remembers the language you have chosen (English, Spanish or \
                French), so that the site appears in that language on your next visit. It is \
                kept for one year, is set only if you accept preference cookies, and is \
                removed if you withdraw that consent.\n\n\
                Analytics cookies\n\n\
                We do not use any analytics cookies, and the site contains no third-party \
                tracker. This category is off by default. If we ever decide to measure how \
                the site is used, we will update this policy and ask for your consent first.\n\n\
                Changing your choice\n\n\
                You can change your choice at any time with the “Cookie settings” link in \
                the footer of every page. You can also delete cookies in your browser \
                settings; if you delete obs_consent, the site will ask for your choice \
                again.\n\n\
                For more information on how we process personal data, please see our privacy \
                policy.",
            es: "Las cookies son pequeños archivos de texto que un sitio web guarda en su \
                navegador. Este sitio utiliza las menos posibles, y ninguna de ellas se \
                emplea con fines publicitarios ni para seguirle por otros sitios web.\n\n\
                Cookies estrictamente necesarias\n\n\
                Estas cookies son imprescindibles para que el sitio funcione y sea seguro, \
                por lo que no se pueden desactivar. Conforme a la normativa aplicable, no \
                requieren su consentimiento.\n\n\
                - obs_consent: guarda la elección que ha hecho sobre las cookies, para no \
                volver a preguntársela en cada página. Se conserva durante seis meses.\n\
                - obs_csrf: un token de seguridad que protege los formularios del sitio \
                frente a la falsificación de solicitudes entre sitios (CSRF). Se conserva \
                durante 30 días.\n\
                - obs_session: mantiene abierta su sesión; solo se crea al iniciar sesión. \
                Dura hasta que cierre el navegador, y el servidor termina la sesión cuando \
                usted la cierra, tras 30 minutos sin uso o, como máximo, a las 12 horas.\n\n\
                En el sitio seguro (https), el nombre de cada cookie empieza por __Host-, lo \
                que la vincula solo a este sitio.\n\n\
                Cookies de preferencias\n\n\
                - obs_lang: recuerda el idioma que ha elegido (español, inglés o francés) \
                para mostrarle el sitio en ese idioma en su próxima visita. Se conserva \
                durante un año, solo se instala si acepta las cookies de preferencias y se \
                elimina si retira ese consentimiento.\n\n\
                Cookies analíticas\n\n\
                No utilizamos cookies analíticas y el sitio no incluye ningún rastreador de \
                terceros. Esta categoría está desactivada por defecto. Si algún día \
                decidimos medir el uso del sitio, actualizaremos esta política y le \
                pediremos antes su consentimiento.\n\n\
                Cómo cambiar su elección\n\n\
                Puede cambiar su elección en cualquier momento mediante el enlace \
                «Configuración de cookies» que figura en el pie de todas las páginas. \
                También puede borrar las cookies desde la configuración de su navegador; si \
                borra obs_consent, el sitio volverá a pedirle su elección.\n\n\
                Para más información sobre cómo tratamos los datos personales, consulte \
                nuestra política de privacidad.",
            fr: "Les cookies sont de petits fichiers texte qu’un site web enregistre dans \
                votre navigateur. Ce site en utilise le moins possible, et aucun ne sert à \
                la publicité ni à vous suivre sur d’autres sites.\n\n\
                Cookies strictement nécessaires\n\n\
                Ces cookies sont indispensables au fonctionnement et à la sécurité du site ; \
                ils ne peuvent donc pas être désactivés. Conformément à la législation \
                applicable, ils ne nécessitent pas votre consentement.\n\n\
                - obs_consent : enregistre le choix que vous avez fait concernant les \
                cookies, afin de ne pas vous le redemander à chaque page. Il est conservé \
                six mois.\n\
                - obs_csrf : un jeton de sécurité qui protège les formulaires du site contre \
                la falsification de requêtes intersites (CSRF). Il est conservé 30 jours.\n\
                - obs_session : vous garde connecté ; il n’est déposé qu’à la connexion. Il \
                dure jusqu’à la fermeture du navigateur, et le serveur met fin à la session \
                à la déconnexion, après 30 minutes d’inactivité, ou au plus tard après 12 \
                heures.\n\n\
                Sur le site sécurisé (https), le nom de chaque cookie commence par __Host-, \
                ce qui le lie à ce seul site.\n\n\
                Cookies de préférences\n\n\
                - obs_lang : mémorise la langue que vous avez choisie (français, anglais ou \
                espagnol) afin d’afficher le site dans cette langue lors de votre prochaine \
                visite. Il est conservé un an, n’est déposé que si vous acceptez les cookies \
                de préférences et est supprimé si vous retirez ce consentement.\n\n\
                Cookies de mesure d’audience\n\n\
                Nous n’utilisons aucun cookie de mesure d’audience, et le site ne contient \
                aucun traceur tiers. Cette catégorie est désactivée par défaut. Si nous \
                décidions un jour de mesurer l’audience du site, nous mettrions à jour cette \
                politique et vous demanderions d’abord votre consentement.\n\n\
                Modifier votre choix\n\n\
                Vous pouvez modifier votre choix à tout moment grâce au lien « Paramètres \
                des cookies » situé en bas de chaque page. Vous pouvez aussi supprimer les \
                cookies dans les réglages de votre navigateur ; si vous supprimez \
                obs_consent, le site vous demandera à nouveau votre choix.\n\n\
                Pour en savoir plus sur le traitement de vos données personnelles, consultez \
                notre politique de confidentialité.",
        },
    },
    SeedPage {
        slug: "legal-notice",
        title: Text {
            en: "Legal notice",
            es: "Aviso legal",
            fr: "Mentions légales",
        },
        summary: Text {
            en: "Who publishes this website, how its content may be used, and which law \
                applies.",
            es: "Quién publica este sitio web, cómo pueden utilizarse sus contenidos y qué \
                legislación se aplica.",
            fr: "Qui édite ce site, comment ses contenus peuvent être utilisés et quel droit \
                s’applique.",
        },
        body: Text {
            en: "Site owner\n\n\
                This website is published by the International Juvenile Justice Observatory \
                (IJJO), a Belgian public utility foundation.\n\n\
                - Head office: Rue Armand Campenhout 72, box 10, 1050 Brussels, Belgium\n\
                - Phone: +32 262 988 90\n\
                - Fax: +32 262 988 99\n\
                - Email: oijj@oijj.org\n\n\
                Intellectual property\n\n\
                All rights reserved. The texts, reports, images, logos and other content of \
                this site are protected by intellectual property law and belong to the IJJO \
                or to their respective authors. They may not be reproduced, distributed or \
                adapted without prior written permission, except where the law allows it, \
                for example for short quotations that cite the source.\n\n\
                Liability for content\n\n\
                We take care to keep the information on this site accurate and up to date, \
                but we cannot guarantee that it is complete or free of errors. It is \
                provided for general information only and does not constitute legal advice. \
                To the extent permitted by law, the IJJO accepts no liability for any damage \
                arising from the use of this information.\n\n\
                External links\n\n\
                This site contains links to other websites over which we have no control. We \
                are not responsible for their content or for the way they handle personal \
                data. If you find a link that no longer works or that leads to unlawful \
                content, please let us know.\n\n\
                Personal data\n\n\
                How we process personal data is explained in our privacy policy and our \
                cookie policy.\n\n\
                Applicable law\n\n\
                This legal notice and the use of this site are governed by Belgian law. Any \
                dispute falls within the jurisdiction of the competent Belgian courts, \
                without prejudice to any mandatory rules that protect you as a consumer.",
            es: "Titular del sitio\n\n\
                Este sitio web lo publica el Observatorio Internacional de Justicia Juvenil \
                (OIJJ), fundación belga de utilidad pública.\n\n\
                - Sede: Rue Armand Campenhout 72, box 10, 1050 Bruselas (Bélgica)\n\
                - Teléfono: +32 262 988 90\n\
                - Fax: +32 262 988 99\n\
                - Correo electrónico: oijj@oijj.org\n\n\
                Propiedad intelectual\n\n\
                Todos los derechos reservados. Los textos, informes, imágenes, logotipos y \
                demás contenidos de este sitio están protegidos por la legislación sobre \
                propiedad intelectual y pertenecen al OIJJ o a sus respectivos autores. No \
                pueden reproducirse, distribuirse ni adaptarse sin autorización previa por \
                escrito, salvo en los casos permitidos por la ley, como las citas breves con \
                indicación de la fuente.\n\n\
                Responsabilidad sobre los contenidos\n\n\
                Procuramos que la información de este sitio sea exacta y esté actualizada, \
                pero no podemos garantizar que sea completa ni que esté libre de errores. Se \
                ofrece únicamente a título informativo y no constituye asesoramiento \
                jurídico. En la medida en que lo permita la ley, el OIJJ no asume \
                responsabilidad alguna por los daños que pudieran derivarse del uso de esta \
                información.\n\n\
                Enlaces externos\n\n\
                Este sitio contiene enlaces a otros sitios web sobre los que no tenemos \
                ningún control. No somos responsables de su contenido ni de la forma en que \
                tratan los datos personales. Si encuentra un enlace que ya no funciona o que \
                conduce a contenidos ilícitos, le agradeceremos que nos lo comunique.\n\n\
                Datos personales\n\n\
                El tratamiento de los datos personales se explica en nuestra política de \
                privacidad y en nuestra política de cookies.\n\n\
                Legislación aplicable\n\n\
                Este aviso legal y el uso de este sitio se rigen por la legislación belga. \
                Cualquier controversia se someterá a los tribunales belgas competentes, sin \
                perjuicio de las normas imperativas que le protejan como consumidor.",
            fr: "Éditeur du site\n\n\
                Ce site est édité par l’Observatoire international de justice juvénile \
                (OIJJ), fondation d’utilité publique de droit belge.\n\n\
                - Siège : Rue Armand Campenhout 72, box 10, 1050 Bruxelles, Belgique\n\
                - Téléphone : +32 262 988 90\n\
                - Fax : +32 262 988 99\n\
                - Courriel : oijj@oijj.org\n\n\
                Propriété intellectuelle\n\n\
                Tous droits réservés. Les textes, rapports, images, logos et autres contenus \
                de ce site sont protégés par le droit de la propriété intellectuelle et \
                appartiennent à l’OIJJ ou à leurs auteurs respectifs. Toute reproduction, \
                diffusion ou adaptation est interdite sans autorisation écrite préalable, \
                sauf dans les cas prévus par la loi, par exemple pour de courtes citations \
                mentionnant la source.\n\n\
                Responsabilité quant au contenu\n\n\
                Nous veillons à ce que les informations de ce site soient exactes et à jour, \
                mais nous ne pouvons garantir qu’elles soient complètes ou exemptes \
                d’erreurs. Elles sont fournies à titre d’information générale et ne \
                constituent pas un avis juridique. Dans les limites autorisées par la loi, \
                l’OIJJ décline toute responsabilité pour les dommages résultant de \
                l’utilisation de ces informations.\n\n\
                Liens externes\n\n\
                Ce site contient des liens vers d’autres sites sur lesquels nous n’exerçons \
                aucun contrôle. Nous ne sommes pas responsables de leur contenu ni de la \
                manière dont ils traitent les données personnelles. Si vous trouvez un lien \
                qui ne fonctionne plus ou qui mène à un contenu illicite, merci de nous le \
                signaler.\n\n\
                Données personnelles\n\n\
                Le traitement des données personnelles est expliqué dans notre politique de \
                confidentialité et dans notre politique relative aux cookies.\n\n\
                Droit applicable\n\n\
                Les présentes mentions légales et l’utilisation de ce site sont régies par \
                le droit belge. Tout litige relève de la compétence des juridictions belges, \
                sans préjudice des règles impératives qui vous protègent en tant que \
                consommateur.",
        },
    },
];

/// The observatory's reports, in the order the source lists them.
pub const REPORTS: &[SeedReport] = &[
    SeedReport {
        slug: "save-money-protect-society-realise-youth-potential",
        title: Text {
            en: "Save money, protect society and realise youth potential: Improving youth \
                justice systems during a time of economic crisis",
            es: "Ahorrar recursos, proteger a la sociedad y desarrollar el potencial de los \
                jóvenes: mejorar los sistemas de justicia juvenil en tiempos de crisis \
                económica",
            fr: "Économiser, protéger la société et réaliser le potentiel des jeunes : \
                améliorer les systèmes de justice juvénile en période de crise économique",
        },
    },
    SeedReport {
        slug: "a-voice-for-the-future-of-juvenile-justice-in-asia-pacific",
        title: Text {
            en: "A voice for the future of juvenile justice in Asia-Pacific: Introduction to \
                the Asia Pacific Council for juvenile justice and leading juvenile justice \
                reforms in the region",
            es: "Una voz para el futuro de la justicia juvenil en Asia-Pacífico: presentación \
                del Consejo Asia-Pacífico de Justicia Juvenil y de las principales reformas \
                de la justicia juvenil en la región",
            fr: "Une voix pour l’avenir de la justice juvénile en Asie-Pacifique : \
                présentation du Conseil Asie-Pacifique pour la justice juvénile et des \
                principales réformes de la justice juvénile dans la région",
        },
    },
    SeedReport {
        slug: "evaluation-of-international-standards-in-national-juvenile-justice-systems",
        title: Text {
            en: "The evaluation of the implementation of international standards in national \
                juvenile justice systems",
            es: "La evaluación de la aplicación de las normas internacionales en los sistemas \
                nacionales de justicia juvenil",
            fr: "L’évaluation de la mise en œuvre des normes internationales dans les \
                systèmes nationaux de justice juvénile",
        },
    },
    SeedReport {
        slug: "measures-of-deprivation-of-liberty-for-young-offenders",
        title: Text {
            en: "Measures of deprivation of liberty for young offenders: How to enrich \
                international standards in juvenile justice and promote alternatives to \
                detention?",
            es: "Medidas privativas de libertad para jóvenes infractores: ¿cómo enriquecer \
                las normas internacionales de justicia juvenil y promover alternativas a la \
                detención?",
            fr: "Mesures privatives de liberté pour les jeunes auteurs d’infractions : \
                comment enrichir les normes internationales de justice juvénile et \
                promouvoir les alternatives à la détention ?",
        },
    },
    SeedReport {
        slug: "social-reintegration-of-young-offenders-against-recidivism",
        title: Text {
            en: "The social reintegration of young offenders as a key against recidivism",
            es: "La reinserción social de los jóvenes infractores como clave contra la \
                reincidencia",
            fr: "La réinsertion sociale des jeunes auteurs d’infractions, clé de la lutte \
                contre la récidive",
        },
    },
];

/// Institutions the observatory signed bilateral collaboration agreements with.
pub const PARTNERS: &[SeedPartner] = &[
    SeedPartner {
        slug: "ministry-of-justice-chile",
        country_code: Some("CL"),
        region: Region::LatinAmerica,
        name: Text {
            en: "Ministry of Justice of Chile",
            es: "Ministerio de Justicia de Chile",
            fr: "Ministère de la Justice du Chili",
        },
        description: Text {
            en: "The IJJO signed a bilateral collaboration agreement with the Ministry of \
                Justice of Chile to provide technical assistance in juvenile justice.",
            es: "El OIJJ firmó un convenio de colaboración bilateral con el Ministerio de \
                Justicia de Chile para prestar asistencia técnica en materia de justicia \
                juvenil.",
            fr: "L’OIJJ a signé un accord de collaboration bilatéral avec le ministère de la \
                Justice du Chili afin d’apporter une assistance technique en matière de \
                justice juvénile.",
        },
    },
    SeedPartner {
        slug: "ministry-of-justice-france",
        country_code: Some("FR"),
        region: Region::Europe,
        name: Text {
            en: "Ministry of Justice of France",
            es: "Ministerio de Justicia de Francia",
            fr: "Ministère de la Justice (France)",
        },
        description: Text {
            en: "The observatory signed a bilateral collaboration agreement with the French \
                Ministry of Justice, under which it offers technical assistance on juvenile \
                justice matters.",
            es: "El Observatorio suscribió un convenio de colaboración bilateral con el \
                Ministerio de Justicia francés, en cuyo marco ofrece asistencia técnica en \
                justicia juvenil.",
            fr: "L’Observatoire a conclu avec le ministère de la Justice français un accord \
                de collaboration bilatéral, dans le cadre duquel il offre une assistance \
                technique en matière de justice juvénile.",
        },
    },
    SeedPartner {
        slug: "university-of-miskolc",
        country_code: Some("HU"),
        region: Region::Europe,
        name: Text {
            en: "University of Miskolc",
            es: "Universidad de Miskolc",
            fr: "Université de Miskolc",
        },
        description: Text {
            en: "The IJJO and the University of Miskolc in Hungary signed a bilateral \
                collaboration agreement for technical assistance in the field of juvenile \
                justice.",
            es: "El OIJJ y la Universidad de Miskolc, en Hungría, firmaron un convenio de \
                colaboración bilateral para la asistencia técnica en el ámbito de la \
                justicia juvenil.",
            fr: "L’OIJJ et l’Université de Miskolc, en Hongrie, ont signé un accord de \
                collaboration bilatéral portant sur l’assistance technique dans le domaine \
                de la justice juvénile.",
        },
    },
    SeedPartner {
        slug: "ilanud",
        country_code: Some("CR"),
        region: Region::LatinAmerica,
        name: Text {
            en: "United Nations Latin American Institute for the Prevention of Crime and the \
                Treatment of Offenders (ILANUD)",
            es: "Instituto Latinoamericano de las Naciones Unidas para la Prevención del \
                Delito y el Tratamiento del Delincuente (ILANUD)",
            fr: "Institut latino-américain des Nations unies pour la prévention du crime et \
                le traitement des délinquants (ILANUD)",
        },
        description: Text {
            en: "The observatory signed a bilateral collaboration agreement with ILANUD to \
                work together on technical assistance in juvenile justice.",
            es: "El Observatorio firmó un convenio de colaboración bilateral con el ILANUD \
                para trabajar conjuntamente en la asistencia técnica en justicia juvenil.",
            fr: "L’Observatoire a signé un accord de collaboration bilatéral avec l’ILANUD \
                afin de travailler ensemble à l’assistance technique en justice juvénile.",
        },
    },
    SeedPartner {
        slug: "fundacion-ortega-y-gasset",
        country_code: Some("ES"),
        region: Region::Europe,
        name: Text {
            en: "Fundación Ortega y Gasset",
            es: "Fundación Ortega y Gasset",
            fr: "Fundación Ortega y Gasset",
        },
        description: Text {
            en: "The IJJO signed a bilateral collaboration agreement with the Fundación \
                Ortega y Gasset covering technical assistance in juvenile justice.",
            es: "El OIJJ firmó con la Fundación Ortega y Gasset un convenio de colaboración \
                bilateral que abarca la asistencia técnica en justicia juvenil.",
            fr: "L’OIJJ a signé avec la Fundación Ortega y Gasset un accord de collaboration \
                bilatéral couvrant l’assistance technique en justice juvénile.",
        },
    },
    SeedPartner {
        slug: "colegio-abogados-cadiz",
        country_code: Some("ES"),
        region: Region::Europe,
        name: Text {
            en: "Ilustre Colegio de Abogados de Cádiz (Cádiz Bar Association)",
            es: "Ilustre Colegio de Abogados de Cádiz",
            fr: "Ilustre Colegio de Abogados de Cádiz (barreau de Cadix)",
        },
        description: Text {
            en: "The observatory signed a bilateral collaboration agreement with the Ilustre \
                Colegio de Abogados de Cádiz for technical assistance in juvenile justice.",
            es: "El Observatorio firmó un convenio de colaboración bilateral con el Ilustre \
                Colegio de Abogados de Cádiz para la asistencia técnica en justicia juvenil.",
            fr: "L’Observatoire a signé un accord de collaboration bilatéral avec l’Ilustre \
                Colegio de Abogados de Cádiz, le barreau de Cadix, en vue d’une assistance \
                technique en justice juvénile.",
        },
    },
    SeedPartner {
        slug: "iin",
        country_code: Some("UY"),
        region: Region::LatinAmerica,
        name: Text {
            en: "Inter-American Children’s Institute (IIN)",
            es: "Instituto Interamericano del Niño, la Niña y Adolescentes (IIN)",
            fr: "Institut interaméricain de l’enfance (IIN)",
        },
        description: Text {
            en: "The IJJO signed a bilateral collaboration agreement with the Inter-American \
                Children’s Institute to cooperate on technical assistance in juvenile \
                justice.",
            es: "El OIJJ firmó un convenio de colaboración bilateral con el Instituto \
                Interamericano del Niño, la Niña y Adolescentes para cooperar en la \
                asistencia técnica en justicia juvenil.",
            fr: "L’OIJJ a signé un accord de collaboration bilatéral avec l’Institut \
                interaméricain de l’enfance afin de coopérer en matière d’assistance \
                technique en justice juvénile.",
        },
    },
    SeedPartner {
        slug: "djop-thailand",
        country_code: Some("TH"),
        region: Region::AsiaPacific,
        name: Text {
            en: "Department of Juvenile Observation and Protection, Ministry of Justice of \
                Thailand",
            es: "Departamento de Observación y Protección Juvenil, Ministerio de Justicia de \
                Tailandia",
            fr: "Département de l’observation et de la protection de la jeunesse, ministère \
                de la Justice de Thaïlande",
        },
        description: Text {
            en: "The observatory signed a bilateral collaboration agreement with Thailand’s \
                Department of Juvenile Observation and Protection to provide technical \
                assistance in juvenile justice.",
            es: "El Observatorio firmó un convenio de colaboración bilateral con el \
                Departamento de Observación y Protección Juvenil de Tailandia para prestar \
                asistencia técnica en justicia juvenil.",
            fr: "L’Observatoire a signé un accord de collaboration bilatéral avec le \
                Département de l’observation et de la protection de la jeunesse de Thaïlande \
                pour apporter une assistance technique en justice juvénile.",
        },
    },
    SeedPartner {
        slug: "ministry-of-justice-peru",
        country_code: Some("PE"),
        region: Region::LatinAmerica,
        name: Text {
            en: "Ministry of Justice and Human Rights of Peru",
            es: "Ministerio de Justicia y Derechos Humanos del Perú",
            fr: "Ministère de la Justice et des Droits de l’homme du Pérou",
        },
        description: Text {
            en: "The IJJO signed a bilateral collaboration agreement with Peru’s Ministry of \
                Justice and Human Rights for technical assistance on juvenile justice \
                policies and programmes.",
            es: "El OIJJ firmó un convenio de colaboración bilateral con el Ministerio de \
                Justicia y Derechos Humanos del Perú para la asistencia técnica en políticas \
                y programas de justicia juvenil.",
            fr: "L’OIJJ a signé un accord de collaboration bilatéral avec le ministère de la \
                Justice et des Droits de l’homme du Pérou pour une assistance technique sur \
                les politiques et les programmes de justice juvénile.",
        },
    },
    SeedPartner {
        slug: "senaf-argentina",
        country_code: Some("AR"),
        region: Region::LatinAmerica,
        name: Text {
            en: "National Secretariat for Children, Youth and Family of Argentina (SENAF)",
            es: "Secretaría Nacional de Niñez, Adolescencia y Familia de Argentina (SENAF)",
            fr: "Secrétariat national à l’enfance, à l’adolescence et à la famille \
                d’Argentine (SENAF)",
        },
        description: Text {
            en: "The observatory signed a bilateral collaboration agreement with Argentina’s \
                SENAF to provide technical assistance in juvenile justice.",
            es: "El Observatorio firmó un convenio de colaboración bilateral con la SENAF de \
                Argentina para prestar asistencia técnica en justicia juvenil.",
            fr: "L’Observatoire a signé un accord de collaboration bilatéral avec le SENAF \
                d’Argentine pour apporter une assistance technique en justice juvénile.",
        },
    },
    SeedPartner {
        slug: "comjib",
        country_code: None,
        region: Region::International,
        name: Text {
            en: "Conference of Ministers of Justice of Ibero-American Countries (COMJIB)",
            es: "Conferencia de Ministros de Justicia de los Países Iberoamericanos (COMJIB)",
            fr: "Conférence des ministres de la Justice des pays ibéro-américains (COMJIB)",
        },
        description: Text {
            en: "The IJJO signed a bilateral collaboration agreement with COMJIB, which \
                brings together the justice ministers of Ibero-American countries, for \
                technical assistance in juvenile justice.",
            es: "El OIJJ firmó un convenio de colaboración bilateral con la COMJIB, que reúne \
                a los ministros de Justicia de los países iberoamericanos, para la \
                asistencia técnica en justicia juvenil.",
            fr: "L’OIJJ a signé un accord de collaboration bilatéral avec la COMJIB, qui \
                réunit les ministres de la Justice des pays ibéro-américains, pour une \
                assistance technique en justice juvénile.",
        },
    },
];

/// International forums where the observatory holds a status.
pub const FORUMS: &[SeedForum] = &[
    SeedForum {
        slug: "ecosoc",
        name: Text {
            en: "United Nations Economic and Social Council (ECOSOC)",
            es: "Consejo Económico y Social de las Naciones Unidas (ECOSOC)",
            fr: "Conseil économique et social des Nations unies (ECOSOC)",
        },
        status: Text {
            en: "Consultative status",
            es: "Estatus consultivo",
            fr: "Statut consultatif",
        },
    },
    SeedForum {
        slug: "unesco",
        name: Text {
            en: "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
            es: "Organización de las Naciones Unidas para la Educación, la Ciencia y la \
                Cultura (UNESCO)",
            fr: "Organisation des Nations unies pour l’éducation, la science et la culture \
                (UNESCO)",
        },
        status: Text {
            en: "Consultative status",
            es: "Estatus consultivo",
            fr: "Statut consultatif",
        },
    },
    SeedForum {
        slug: "european-forum-on-the-rights-of-the-child",
        name: Text {
            en: "European Forum on the Rights of the Child",
            es: "Foro Europeo sobre los Derechos del Niño",
            fr: "Forum européen sur les droits de l’enfant",
        },
        status: Text {
            en: "Expert NGO",
            es: "ONG experta",
            fr: "ONG experte",
        },
    },
];

/// Regional financing programmes the observatory takes part in. `period` stays empty
/// where the source gives no dates.
pub const PROGRAMMES: &[SeedProgramme] = &[SeedProgramme {
    slug: "eurosocial-ii",
    period: "",
    name: Text {
        en: "EUROsociAL II Programme",
        es: "Programa EUROsociAL II",
        fr: "Programme EUROsociAL II",
    },
    description: Text {
        en: "A technical cooperation initiative of the European Commission that aims to \
                increase social cohesion in Latin America. It follows on from the first \
                EUROsociAL phase (2004–2009), supporting national public policies that \
                improve social cohesion and strengthening the institutions that carry them \
                out. The programme is organised around five core areas that reflect the \
                interests and priorities of Latin American governments. The IJJO takes part \
                as an operational partner in citizen security and justice.",
        es: "Iniciativa de cooperación técnica de la Comisión Europea cuyo objetivo es \
                contribuir a aumentar la cohesión social en América Latina. Da continuidad a \
                la primera fase de EUROsociAL (2004–2009): apoya las políticas públicas \
                nacionales orientadas a mejorar la cohesión social y fortalece las \
                instituciones que las llevan a cabo. El programa se organiza en cinco áreas \
                principales que responden a los intereses y prioridades de los gobiernos \
                latinoamericanos. El OIJJ participa como socio operativo en materia de \
                seguridad ciudadana y justicia.",
        fr: "Initiative de coopération technique de la Commission européenne visant à \
                renforcer la cohésion sociale en Amérique latine. Dans le prolongement de la \
                première phase d’EUROsociAL (2004–2009), elle soutient les politiques \
                publiques nationales destinées à améliorer la cohésion sociale et renforce \
                les institutions chargées de les mettre en œuvre. Le programme s’articule \
                autour de cinq axes principaux qui reflètent les intérêts et les priorités \
                des gouvernements latino-américains. L’OIJJ y participe en tant que \
                partenaire opérationnel dans le domaine de la sécurité citoyenne et de la \
                justice.",
    },
}];

/// The Continental Councils for Juvenile Justice (2009–2020 as a whole; the source
/// gives no dates for individual councils).
pub const COUNCILS: &[SeedCouncil] = &[
    SeedCouncil {
        slug: "european-council",
        region: Region::Europe,
        name: Text {
            en: "European Council for Juvenile Justice",
            es: "Consejo Europeo de Justicia Juvenil",
            fr: "Conseil européen pour la justice juvénile",
        },
        description: Text {
            en: "One of the Continental Councils for Juvenile Justice, which the IJJO \
                coordinated from 2009 to 2020. It brought together experts, professionals, \
                representatives of public authorities, academia, the judiciary and civil \
                society working on juvenile justice in Europe, and fostered dialogue and \
                collaboration among them through meetings and conferences.",
            es: "Uno de los Consejos Continentales de Justicia Juvenil, que el OIJJ coordinó \
                entre 2009 y 2020. Reunió a expertos, profesionales y representantes de las \
                autoridades públicas, del mundo académico, del poder judicial y de la \
                sociedad civil vinculados a la justicia juvenil en Europa, y fomentó el \
                diálogo y la colaboración entre ellos mediante reuniones y conferencias.",
            fr: "L’un des Conseils continentaux pour la justice juvénile, coordonnés par \
                l’OIJJ de 2009 à 2020. Il réunissait des experts, des professionnels et des \
                représentants des pouvoirs publics, du monde universitaire, de la \
                magistrature et de la société civile engagés pour la justice juvénile en \
                Europe, et favorisait le dialogue et la collaboration entre eux lors de \
                réunions et de conférences.",
        },
    },
    SeedCouncil {
        slug: "latin-american-council",
        region: Region::LatinAmerica,
        name: Text {
            en: "Latin American Council for Juvenile Justice",
            es: "Consejo Latinoamericano de Justicia Juvenil",
            fr: "Conseil latino-américain pour la justice juvénile",
        },
        description: Text {
            en: "One of the Continental Councils for Juvenile Justice, which the IJJO \
                coordinated from 2009 to 2020. It brought together experts, professionals, \
                representatives of public authorities, academia, the judiciary and civil \
                society working on juvenile justice in Latin America, and fostered dialogue \
                and collaboration among them through meetings and conferences.",
            es: "Uno de los Consejos Continentales de Justicia Juvenil, que el OIJJ coordinó \
                entre 2009 y 2020. Reunió a expertos, profesionales y representantes de las \
                autoridades públicas, del mundo académico, del poder judicial y de la \
                sociedad civil vinculados a la justicia juvenil en América Latina, y fomentó \
                el diálogo y la colaboración entre ellos mediante reuniones y conferencias.",
            fr: "L’un des Conseils continentaux pour la justice juvénile, coordonnés par \
                l’OIJJ de 2009 à 2020. Il réunissait des experts, des professionnels et des \
                représentants des pouvoirs publics, du monde universitaire, de la \
                magistrature et de la société civile engagés pour la justice juvénile en \
                Amérique latine, et favorisait le dialogue et la collaboration entre eux \
                lors de réunions et de conférences.",
        },
    },
    SeedCouncil {
        slug: "asia-pacific-council",
        region: Region::AsiaPacific,
        name: Text {
            en: "Asia-Pacific Council for Juvenile Justice",
            es: "Consejo Asia-Pacífico de Justicia Juvenil",
            fr: "Conseil Asie-Pacifique pour la justice juvénile",
        },
        description: Text {
            en: "One of the Continental Councils for Juvenile Justice, which the IJJO \
                coordinated from 2009 to 2020. It brought together experts, professionals, \
                representatives of public authorities, academia, the judiciary and civil \
                society working on juvenile justice in Asia-Pacific, and fostered dialogue \
                and collaboration among them through meetings and conferences. The IJJO \
                report “A voice for the future of juvenile justice in Asia-Pacific” \
                introduces the council and leading juvenile justice reforms in the region.",
            es: "Uno de los Consejos Continentales de Justicia Juvenil, que el OIJJ coordinó \
                entre 2009 y 2020. Reunió a expertos, profesionales y representantes de las \
                autoridades públicas, del mundo académico, del poder judicial y de la \
                sociedad civil vinculados a la justicia juvenil en Asia-Pacífico, y fomentó \
                el diálogo y la colaboración entre ellos mediante reuniones y conferencias. \
                El informe del OIJJ «Una voz para el futuro de la justicia juvenil en \
                Asia-Pacífico» presenta el consejo y las principales reformas de la justicia \
                juvenil en la región.",
            fr: "L’un des Conseils continentaux pour la justice juvénile, coordonnés par \
                l’OIJJ de 2009 à 2020. Il réunissait des experts, des professionnels et des \
                représentants des pouvoirs publics, du monde universitaire, de la \
                magistrature et de la société civile engagés pour la justice juvénile en \
                Asie-Pacifique, et favorisait le dialogue et la collaboration entre eux lors \
                de réunions et de conférences. Le rapport de l’OIJJ « Une voix pour l’avenir \
                de la justice juvénile en Asie-Pacifique » présente le conseil et les \
                principales réformes de la justice juvénile dans la région.",
        },
    },
    SeedCouncil {
        slug: "african-council",
        region: Region::Africa,
        name: Text {
            en: "African Council for Juvenile Justice",
            es: "Consejo Africano de Justicia Juvenil",
            fr: "Conseil africain pour la justice juvénile",
        },
        description: Text {
            en: "One of the Continental Councils for Juvenile Justice, which the IJJO \
                coordinated from 2009 to 2020. It brought together experts, professionals, \
                representatives of public authorities, academia, the judiciary and civil \
                society working on juvenile justice in Africa, and fostered dialogue and \
                collaboration among them through meetings and conferences.",
            es: "Uno de los Consejos Continentales de Justicia Juvenil, que el OIJJ coordinó \
                entre 2009 y 2020. Reunió a expertos, profesionales y representantes de las \
                autoridades públicas, del mundo académico, del poder judicial y de la \
                sociedad civil vinculados a la justicia juvenil en África, y fomentó el \
                diálogo y la colaboración entre ellos mediante reuniones y conferencias.",
            fr: "L’un des Conseils continentaux pour la justice juvénile, coordonnés par \
                l’OIJJ de 2009 à 2020. Il réunissait des experts, des professionnels et des \
                représentants des pouvoirs publics, du monde universitaire, de la \
                magistrature et de la société civile engagés pour la justice juvénile en \
                Afrique, et favorisait le dialogue et la collaboration entre eux lors de \
                réunions et de conférences.",
        },
    },
];

/// Tools and mechanisms of the observatory's technical cooperation.
pub const INSTRUMENTS: &[SeedInstrument] = &[
    SeedInstrument {
        slug: "assessments-and-studies",
        text: Text {
            en: "Assessments, studies and other analytical work carried out before policies \
                and programmes are designed.",
            es: "Diagnósticos, estudios y otros trabajos analíticos previos a la formulación \
                de políticas y programas.",
            fr: "Diagnostics, études et autres travaux d’analyse préalables à la formulation \
                de politiques et de programmes.",
        },
    },
    SeedInstrument {
        slug: "policy-and-legislative-advice",
        text: Text {
            en: "Advice and support for the design of public policies and legislation.",
            es: "Asesoramiento y apoyo en la formulación de políticas públicas y de \
                legislación.",
            fr: "Conseil et accompagnement dans l’élaboration de politiques publiques et de \
                textes législatifs.",
        },
    },
    SeedInstrument {
        slug: "institutional-exchanges",
        text: Text {
            en: "Exchanges between counterpart institutions, such as internships and study \
                visits.",
            es: "Intercambios entre instituciones homólogas, como pasantías y visitas de \
                estudio.",
            fr: "Échanges entre institutions homologues, tels que des stages et des visites \
                d’étude.",
        },
    },
    SeedInstrument {
        slug: "thematic-expert-meetings",
        text: Text {
            en: "Thematic meetings of experts and the preparation of policy position papers.",
            es: "Reuniones temáticas de expertos y elaboración de documentos de \
                posicionamiento político.",
            fr: "Réunions thématiques d’experts et rédaction de documents de positionnement \
                politique.",
        },
    },
    SeedInstrument {
        slug: "training",
        text: Text {
            en: "Training and the development of professional skills.",
            es: "Formación y desarrollo de competencias profesionales.",
            fr: "Formation et développement des compétences professionnelles.",
        },
    },
];

pub const HEAD_OFFICE: HeadOffice = HeadOffice {
    legal_name: Text {
        en: "International Juvenile Justice Observatory (IJJO). Belgian Public Utility \
            Foundation",
        es: "Observatorio Internacional de Justicia Juvenil (OIJJ). Fundación belga de \
            utilidad pública",
        fr: "Observatoire international de justice juvénile (OIJJ). Fondation d’utilité \
            publique de droit belge",
    },
    street: "Rue Armand Campenhout 72, box 10",
    postcode: "1050",
    city: Text {
        en: "Brussels",
        es: "Bruselas",
        fr: "Bruxelles",
    },
    country: Text {
        en: "Belgium",
        es: "Bélgica",
        fr: "Belgique",
    },
    phone: "+32 262 988 90",
    fax: "+32 262 988 99",
    email: "oijj@oijj.org",
};
