//! The observatory's own facts and page texts, in English, Spanish and French.
//!
//! Facts (names, report titles, partners, address) come from the source pages in
//! `seeds/`; the wording is the observatory's own. Each fact is said once per page:
//! a page's summary is not restated in its body, and what a section's introduction
//! in `locales/*/site.ftl` says is not repeated in the body or in every item under
//! it. Page bodies are paragraphs separated by a blank line; a paragraph whose lines
//! all start with "- " is a list.
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
            en: "The observatory aims to be as useful as possible to the professionals and \
                organisations that work to protect the rights of children and young people in \
                justice systems.",
            es: "El Observatorio aspira a ser lo más útil posible para los profesionales y \
                las organizaciones que trabajan para proteger los derechos de niños, niñas y \
                jóvenes en los sistemas de justicia.",
            fr: "L’Observatoire veut être aussi utile que possible aux professionnels et aux \
                organisations qui œuvrent à la protection des droits des enfants et des \
                jeunes dans les systèmes de justice.",
        },
        body: Text {
            en: "The International Juvenile Justice Observatory (IJJO) is a Belgian public \
                utility foundation based in Brussels. This site presents its work in English, \
                Spanish and French.",
            es: "El Observatorio Internacional de Justicia Juvenil (OIJJ) es una fundación \
                belga de utilidad pública radicada en Bruselas. Este sitio presenta su labor \
                en español, inglés y francés.",
            fr: "L’Observatoire international de justice juvénile (OIJJ) est une fondation \
                d’utilité publique de droit belge établie à Bruxelles. Ce site présente son \
                action en français, en anglais et en espagnol.",
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
            en: "The IJJO takes part in international events and forums as a leading \
                institution in juvenile justice, working for the rights of children and young \
                people in conflict with the law.",
            es: "El OIJJ participa en eventos y foros internacionales como institución de \
                referencia en justicia juvenil, en defensa de los derechos de niños, niñas y \
                jóvenes en conflicto con la ley.",
            fr: "L’OIJJ participe aux événements et forums internationaux en tant \
                qu’institution de référence en matière de justice juvénile, pour défendre les \
                droits des enfants et des jeunes en conflit avec la loi.",
        },
        body: Text {
            en: "The IJJO is a Belgian public utility foundation with its head office in \
                Brussels. The United Nations and the European Union recognise its standing in \
                international forums through the statuses listed below.\n\n\
                In these forums, the IJJO seeks to place juvenile justice on the \
                international political agenda and to have it built into programmes and \
                strategies that favour effectiveness and innovation. The reports below serve \
                that purpose.\n\n\
                Beyond the forums, the observatory advises governments and institutions \
                through technical cooperation, and works with people and organisations around \
                the world through its collaboration networks.",
            es: "El OIJJ es una fundación belga de utilidad pública con sede en Bruselas. Las \
                Naciones Unidas y la Unión Europea reconocen su papel en los foros \
                internacionales, como muestran los estatus que se detallan más abajo.\n\n\
                En estos foros, el OIJJ busca situar la justicia juvenil en la agenda \
                política internacional e incorporarla a programas y estrategias que \
                favorezcan la eficacia y la innovación. A ese fin responden los informes que \
                figuran a continuación.\n\n\
                Más allá de los foros, el Observatorio asesora a gobiernos e instituciones \
                mediante la cooperación técnica y trabaja con personas y organizaciones de \
                todo el mundo a través de sus redes de colaboración.",
            fr: "L’OIJJ est une fondation d’utilité publique de droit belge dont le siège est \
                à Bruxelles. Les Nations unies et l’Union européenne reconnaissent son rôle \
                dans les forums internationaux, comme en témoignent les statuts indiqués \
                ci-dessous.\n\n\
                Dans ces enceintes, l’OIJJ s’efforce d’inscrire la justice juvénile à \
                l’agenda politique international et de l’intégrer dans des programmes et des \
                stratégies qui privilégient l’efficacité et l’innovation. Les rapports \
                présentés ci-dessous servent cet objectif.\n\n\
                Au-delà des forums, l’Observatoire conseille les gouvernements et les \
                institutions par la coopération technique, et travaille avec des personnes et \
                des organisations du monde entier au sein de ses réseaux de collaboration.",
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
            en: "The IJJO offers its experience and knowledge to governments and institutions \
                that are modernising their juvenile justice systems, mainly in Europe, Asia \
                and Latin America.",
            es: "El OIJJ pone su experiencia y su conocimiento al servicio de los gobiernos y \
                las instituciones que modernizan sus sistemas de justicia juvenil, \
                principalmente en Europa, Asia y América Latina.",
            fr: "L’OIJJ met son expérience et ses connaissances au service des gouvernements \
                et des institutions qui modernisent leurs systèmes de justice juvénile, \
                principalement en Europe, en Asie et en Amérique latine.",
        },
        body: Text {
            en: "This work answers a demand from governments and institutions for guidance in \
                public policy-making and for technical assistance. The observatory meets it \
                with the tools, mechanisms and collaboration agreements presented below.\n\n\
                It also provides technical assistance to regional and sub-regional financing \
                programmes promoted by the European Union, international cooperation agencies \
                and multilateral organisations, which seek to foster the exchange of \
                knowledge and experience between national and regional representatives. Among \
                the most recent programmes it has taken part in, the EUROsociAL II Programme \
                stands out.",
            es: "Este trabajo responde a la demanda de orientación de gobiernos e \
                instituciones en la elaboración de políticas públicas, así como a su \
                necesidad de asistencia técnica. El Observatorio la atiende con las \
                herramientas, los mecanismos y los convenios de colaboración que se presentan \
                a continuación.\n\n\
                Presta también asistencia técnica a programas de financiación regionales y \
                subregionales impulsados por la Unión Europea, agencias de cooperación \
                internacional y organismos multilaterales, cuyo objetivo es fomentar el \
                intercambio de conocimientos y experiencias entre representantes nacionales y \
                regionales. Entre los programas más recientes en los que ha participado \
                destaca el Programa EUROsociAL II.",
            fr: "Ce travail répond aux demandes des gouvernements et des institutions, qui \
                recherchent des orientations pour élaborer leurs politiques publiques ainsi \
                qu’une assistance technique. L’Observatoire s’appuie pour cela sur les \
                outils, les mécanismes et les accords de collaboration présentés \
                ci-dessous.\n\n\
                Il apporte également une assistance technique aux programmes de financement \
                régionaux et sous-régionaux soutenus par l’Union européenne, les agences de \
                coopération internationale et les organisations multilatérales, qui visent à \
                favoriser l’échange de connaissances et d’expériences entre représentants \
                nationaux et régionaux. Parmi les programmes les plus récents auxquels il a \
                pris part, le programme EUROsociAL II mérite une mention particulière.",
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
            en: "The IJJO is an open, collaborative space built on cooperation in networks, \
                where pooled knowledge and contributions make it possible to address juvenile \
                justice from different perspectives and disciplines.",
            es: "El OIJJ es un espacio abierto y colaborativo basado en la cooperación en \
                red, en el que la suma de conocimientos y aportaciones permite abordar la \
                justicia juvenil desde distintas perspectivas y disciplinas.",
            fr: "L’OIJJ est un espace ouvert et collaboratif fondé sur la coopération en \
                réseau, où la mise en commun des connaissances et des contributions permet \
                d’aborder la justice juvénile sous différents angles et à partir de plusieurs \
                disciplines.",
        },
        body: Text {
            en: "This shared work supports the analysis, understanding and development of \
                juvenile justice. As a participatory platform, the observatory gathers, \
                promotes and publicises the latest advances in the field, in research, \
                legislation and legal practice as well as in the implementation of programmes \
                and innovative good practices.\n\n\
                Until 2020, the observatory’s work in this area centred on the Continental \
                Councils for Juvenile Justice, whose archive appears below. Since then, it \
                has followed a new approach to participation and collective work that is \
                simpler and mainly online. Joint initiatives have become more flexible and \
                open to a wider range of stakeholders; they make the most of resources and \
                let individuals and organisations anywhere in the world join forces easily.",
            es: "Este trabajo compartido contribuye al análisis, la comprensión y el \
                desarrollo de la justicia juvenil. Como plataforma participativa, el \
                Observatorio recopila, promueve y difunde los últimos avances en este ámbito, \
                tanto en la investigación, la legislación y la práctica jurídica como en la \
                aplicación de programas y buenas prácticas innovadoras.\n\n\
                Hasta 2020, la labor del Observatorio en este terreno se centró en los \
                Consejos Continentales de Justicia Juvenil, cuyo archivo se conserva más \
                abajo. Desde entonces trabaja con un nuevo enfoque de la participación y del \
                trabajo colectivo, más sencillo y principalmente en línea. Las iniciativas \
                conjuntas se han vuelto más flexibles y abiertas a un mayor número de \
                actores, optimizan los recursos y facilitan que personas y entidades de \
                cualquier lugar del mundo unan sus esfuerzos.",
            fr: "Ce travail partagé nourrit l’analyse, la compréhension et le développement \
                de la justice juvénile. En tant que plateforme participative, l’Observatoire \
                recueille, promeut et fait connaître les dernières avancées du domaine, dans \
                la recherche, la législation et la pratique juridique comme dans la mise en \
                œuvre de programmes et de bonnes pratiques innovantes.\n\n\
                Jusqu’en 2020, l’action de l’Observatoire en la matière reposait \
                principalement sur les Conseils continentaux pour la justice juvénile, dont \
                les archives figurent ci-dessous. Depuis, il suit une nouvelle approche de la \
                participation et du travail collectif, plus simple et principalement en \
                ligne. Les initiatives communes sont devenues plus souples et ouvertes à un \
                plus grand nombre d’acteurs ; elles optimisent les ressources et permettent à \
                des personnes et à des organisations du monde entier d’unir facilement leurs \
                efforts.",
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
            en: "The IJJO’s reports examine key questions for juvenile justice systems and \
                help bring them onto the international political agenda.",
            es: "Los informes del OIJJ examinan cuestiones clave para los sistemas de \
                justicia juvenil y contribuyen a situarlas en la agenda política \
                internacional.",
            fr: "Les rapports de l’OIJJ examinent des questions clés pour les systèmes de \
                justice juvénile et contribuent à les inscrire à l’agenda politique \
                international.",
        },
        body: Text {
            en: "The observatory prepares its reports for the international events and forums \
                in which it takes part.",
            es: "El Observatorio elabora sus informes para los eventos y foros \
                internacionales en los que participa.",
            fr: "L’Observatoire élabore ses rapports pour les événements et forums \
                internationaux auxquels il participe.",
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
            en: "Questions about the observatory, its reports or a possible collaboration are \
                welcome at our head office in Brussels.",
            es: "Nuestra sede en Bruselas atenderá con gusto sus preguntas sobre el \
                Observatorio, sus informes o una posible colaboración.",
            fr: "Notre siège à Bruxelles répondra volontiers à vos questions sur \
                l’Observatoire, ses rapports ou une éventuelle collaboration.",
        },
        body: Text {
            en: "You can reach us by e-mail, by post, by phone or by fax, using the details \
                below.",
            es: "Puede escribirnos por correo electrónico o postal, llamarnos o enviarnos un \
                fax; encontrará los datos a continuación.",
            fr: "Vous pouvez nous écrire par courriel ou par courrier, nous appeler ou nous \
                envoyer un fax : nos coordonnées figurent ci-dessous.",
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
            en: "We collect only the personal data we need, for clearly defined purposes, in \
                accordance with Regulation (EU) 2016/679 (GDPR) and Belgian data protection \
                law.\n\n\
                ## 1. Controller\n\n\
                The controller of your personal data is the International Juvenile Justice \
                Observatory (IJJO), a Belgian public utility foundation with its head office \
                at Rue Armand Campenhout 72 bte 10, 1050 Brussels, Belgium. For any \
                question about your personal data, write to oijj@oijj.org.\n\n\
                ## 2. Data we process\n\n\
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
                ## 3. Purposes and legal bases\n\n\
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
                ## 4. Retention\n\n\
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
                ## 5. Recipients\n\n\
                We never sell or rent your personal data, and the site contains no \
                third-party trackers or advertising. Your data are accessible only to the \
                observatory’s authorised staff and, where we rely on service providers to \
                host or operate the site, to those providers, who act solely on our \
                instructions under a contract that complies with the GDPR. We disclose data \
                to public authorities only when the law requires us to. If data ever had to \
                be transferred outside the European Economic Area, we would do so only with \
                the safeguards required by the GDPR.\n\n\
                ## 6. Your rights\n\n\
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
                ## 7. How to exercise your rights\n\n\
                Write to us at oijj@oijj.org or by post to our head office. Exercising your \
                rights is free of charge. We will reply within one month; for complex \
                requests this period may be extended by two further months, in which case we \
                will tell you why. Before acting on a request, we may ask you for \
                information to confirm your identity.\n\n\
                ## 8. Changes to this policy\n\n\
                We may update this policy when the site or the law changes. The version in \
                force is always published on this page, with its version number and date.\n\n\
                Version 2, 25 November 2026",
            es: "Solo recogemos los datos personales que necesitamos, con fines claramente \
                definidos, de conformidad con el Reglamento (UE) 2016/679 (RGPD) y la \
                normativa belga de protección de datos.\n\n\
                ## 1. Responsable del tratamiento\n\n\
                El responsable del tratamiento de sus datos personales es el Observatorio \
                Internacional de Justicia Juvenil (OIJJ), fundación belga de utilidad \
                pública con sede en Rue Armand Campenhout 72 bte 10, 1050 Bruselas \
                (Bélgica). Para cualquier consulta sobre sus datos personales, escríbanos a \
                oijj@oijj.org.\n\n\
                ## 2. Datos que tratamos\n\n\
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
                ## 3. Finalidades y bases jurídicas\n\n\
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
                ## 4. Conservación\n\n\
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
                ## 5. Destinatarios\n\n\
                Nunca vendemos ni alquilamos sus datos personales, y el sitio no contiene \
                rastreadores de terceros ni publicidad. Solo tienen acceso a sus datos el \
                personal autorizado del Observatorio y, cuando recurrimos a proveedores para \
                alojar o gestionar el sitio, dichos proveedores, que actúan únicamente \
                siguiendo nuestras instrucciones en virtud de un contrato conforme al RGPD. \
                Solo comunicamos datos a las autoridades públicas cuando la ley nos obliga a \
                ello. Si alguna vez fuera necesario transferir datos fuera del Espacio \
                Económico Europeo, lo haríamos únicamente con las garantías que exige el \
                RGPD.\n\n\
                ## 6. Sus derechos\n\n\
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
                ## 7. Cómo ejercer sus derechos\n\n\
                Escríbanos a oijj@oijj.org o por correo postal a nuestra sede. El ejercicio \
                de sus derechos es gratuito. Le responderemos en el plazo de un mes; en el \
                caso de solicitudes complejas, este plazo podrá prorrogarse otros dos meses, \
                y en tal caso le explicaremos el motivo. Antes de atender una solicitud, \
                podemos pedirle información para confirmar su identidad.\n\n\
                ## 8. Cambios en esta política\n\n\
                Podemos actualizar esta política cuando cambien el sitio o la ley. La \
                versión vigente se publica siempre en esta página, con su número de versión \
                y su fecha.\n\n\
                Versión 2, 25 de noviembre de 2026",
            fr: "Nous ne collectons que les données personnelles nécessaires, pour des \
                finalités clairement définies, conformément au règlement (UE) 2016/679 \
                (RGPD) et à la législation belge en matière de protection des données.\n\n\
                ## 1. Responsable du traitement\n\n\
                Le responsable du traitement de vos données personnelles est l’Observatoire \
                international de justice juvénile (OIJJ), fondation d’utilité publique de \
                droit belge, dont le siège est situé Rue Armand Campenhout 72 bte 10, 1050 \
                Bruxelles, Belgique. Pour toute question relative à vos données \
                personnelles, écrivez à oijj@oijj.org.\n\n\
                ## 2. Données traitées\n\n\
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
                ## 3. Finalités et bases juridiques\n\n\
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
                ## 4. Durée de conservation\n\n\
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
                ## 5. Destinataires\n\n\
                Nous ne vendons ni ne louons jamais vos données personnelles, et le site ne \
                contient ni traceurs tiers ni publicité. Seuls le personnel autorisé de \
                l’Observatoire et, lorsque nous faisons appel à des prestataires pour \
                héberger ou exploiter le site, ces prestataires ont accès à vos données ; \
                ces derniers agissent uniquement sur nos instructions, dans le cadre d’un \
                contrat conforme au RGPD. Nous ne communiquons des données aux autorités \
                publiques que lorsque la loi l’exige. Si des données devaient un jour être \
                transférées en dehors de l’Espace économique européen, ce ne serait qu’avec \
                les garanties prévues par le RGPD.\n\n\
                ## 6. Vos droits\n\n\
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
                ## 7. Exercer vos droits\n\n\
                Écrivez-nous à oijj@oijj.org ou par courrier postal à notre siège. \
                L’exercice de vos droits est gratuit. Nous vous répondrons dans un délai \
                d’un mois ; pour les demandes complexes, ce délai peut être prolongé de deux \
                mois, auquel cas nous vous en indiquerons la raison. Avant de donner suite à \
                une demande, nous pouvons vous demander des informations permettant de \
                confirmer votre identité.\n\n\
                ## 8. Modifications de la présente politique\n\n\
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
                - Head office: Rue Armand Campenhout 72 bte 10, 1050 Brussels, Belgium\n\
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
                - Sede: Rue Armand Campenhout 72 bte 10, 1050 Bruselas (Bélgica)\n\
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
                - Siège : Rue Armand Campenhout 72 bte 10, 1050 Bruxelles, Belgique\n\
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

/// The observatory's reports, in the order the source lists them. The source gives
/// only their titles, so a summary says what its title says and no more: no
/// findings, years or links.
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
        summary: Text {
            en: "Looks at how youth justice systems can be improved during an economic \
                crisis, in ways that save money, protect society and help young people \
                realise their potential.",
            es: "Analiza cómo mejorar los sistemas de justicia juvenil en tiempos de crisis \
                económica de modo que se ahorren recursos, se proteja a la sociedad y los \
                jóvenes puedan desarrollar su potencial.",
            fr: "Examine comment améliorer les systèmes de justice juvénile en période de \
                crise économique, de manière à économiser des ressources, à protéger la \
                société et à permettre aux jeunes de réaliser leur potentiel.",
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
        summary: Text {
            en: "Introduces the Asia-Pacific Council for Juvenile Justice and leading \
                juvenile justice reforms in the region.",
            es: "Presenta el Consejo Asia-Pacífico de Justicia Juvenil y las principales \
                reformas de la justicia juvenil en la región.",
            fr: "Présente le Conseil Asie-Pacifique pour la justice juvénile et les \
                principales réformes de la justice juvénile menées dans la région.",
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
        summary: Text {
            en: "Considers how international juvenile justice standards are put into practice \
                in national systems, and how that implementation can be evaluated.",
            es: "Aborda cómo se aplican las normas internacionales de justicia juvenil en los \
                sistemas nacionales y cómo puede evaluarse esa aplicación.",
            fr: "Porte sur la mise en œuvre des normes internationales de justice juvénile \
                dans les systèmes nationaux et sur la manière de l’évaluer.",
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
        summary: Text {
            en: "Discusses the deprivation of liberty of young offenders, asking how \
                international juvenile justice standards can be enriched and alternatives to \
                detention promoted.",
            es: "Trata de la privación de libertad de los jóvenes infractores y plantea cómo \
                enriquecer las normas internacionales de justicia juvenil y promover \
                alternativas a la detención.",
            fr: "Traite de la privation de liberté des jeunes auteurs d’infractions et \
                s’interroge sur les moyens d’enrichir les normes internationales de justice \
                juvénile et de promouvoir les alternatives à la détention.",
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
        summary: Text {
            en: "Presents the social reintegration of young offenders as key to preventing \
                reoffending.",
            es: "Presenta la reinserción social de los jóvenes infractores como clave para \
                prevenir la reincidencia.",
            fr: "Présente la réinsertion sociale des jeunes auteurs d’infractions comme un \
                levier essentiel contre la récidive.",
        },
    },
];

/// Institutions the observatory signed bilateral collaboration agreements with. What
/// the agreements cover is said once, in `cooperation-agreements-intro`; a
/// description says what kind of institution the partner is.
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
            en: "A ministry of the Chilean government.",
            es: "Un ministerio del Gobierno de Chile.",
            fr: "Un ministère du gouvernement chilien.",
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
            en: "A ministry of the French government.",
            es: "Un ministerio del Gobierno de Francia.",
            fr: "Un ministère du gouvernement français.",
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
            en: "A university in Hungary.",
            es: "Una universidad de Hungría.",
            fr: "Une université hongroise.",
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
            en: "ILANUD is a United Nations institute for Latin America, working on crime \
                prevention and the treatment of offenders.",
            es: "El ILANUD es un instituto de las Naciones Unidas para América Latina, \
                dedicado a la prevención del delito y al tratamiento del delincuente.",
            fr: "L’ILANUD est un institut des Nations unies pour l’Amérique latine, consacré \
                à la prévention du crime et au traitement des délinquants.",
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
            en: "A foundation.",
            es: "Una fundación.",
            fr: "Une fondation.",
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
            en: "The professional body of lawyers in Cádiz.",
            es: "El colegio profesional de la abogacía de Cádiz.",
            fr: "L’ordre professionnel des avocats de Cadix.",
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
            en: "The IIN is an inter-American institute devoted to children.",
            es: "El IIN es un organismo interamericano dedicado a la niñez y la adolescencia.",
            fr: "L’IIN est un organisme interaméricain consacré à l’enfance.",
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
            en: "A government department in Thailand, part of the national justice ministry.",
            es: "Un departamento del Gobierno de Tailandia, integrado en el Ministerio de \
                Justicia.",
            fr: "Un département du gouvernement thaïlandais, rattaché au ministère de la \
                Justice.",
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
            en: "A ministry of the Peruvian government.",
            es: "Un ministerio del Gobierno del Perú.",
            fr: "Un ministère du gouvernement péruvien.",
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
            en: "SENAF is a national secretariat of the Argentine government.",
            es: "La SENAF es una secretaría nacional del Gobierno argentino.",
            fr: "Le SENAF est un secrétariat national du gouvernement argentin.",
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
            en: "COMJIB is an intergovernmental conference that brings together the justice \
                ministers of the Ibero-American countries.",
            es: "La COMJIB es una conferencia intergubernamental que reúne a los ministros de \
                Justicia de los países iberoamericanos.",
            fr: "La COMJIB est une conférence intergouvernementale qui réunit les ministres \
                de la Justice des pays ibéro-américains.",
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
/// gives no dates for individual councils). What the councils did is said once, in
/// `networks-councils-intro`; a description gives its council's region and what the
/// source says about that council alone.
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
            en: "The continental council for Europe.",
            es: "El consejo continental para Europa.",
            fr: "Le conseil continental pour l’Europe.",
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
            en: "The continental council for Latin America.",
            es: "El consejo continental para América Latina.",
            fr: "Le conseil continental pour l’Amérique latine.",
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
            en: "The continental council for Asia-Pacific. The IJJO report “A voice for the \
                future of juvenile justice in Asia-Pacific” introduces it, together with \
                leading juvenile justice reforms in the region.",
            es: "El consejo continental para Asia-Pacífico. El informe del OIJJ «Una voz para \
                el futuro de la justicia juvenil en Asia-Pacífico» lo presenta, junto con las \
                principales reformas de la justicia juvenil en la región.",
            fr: "Le conseil continental pour l’Asie-Pacifique. Le rapport de l’OIJJ « Une \
                voix pour l’avenir de la justice juvénile en Asie-Pacifique » le présente, \
                ainsi que les principales réformes de la justice juvénile menées dans la \
                région.",
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
            en: "The continental council for Africa.",
            es: "El consejo continental para África.",
            fr: "Le conseil continental pour l’Afrique.",
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
    street: "Rue Armand Campenhout 72 bte 10",
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
