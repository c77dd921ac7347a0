site-name = Observatorio Internacional de Justicia Juvenil
site-short-name = OIJJ
site-tagline = Promovemos los derechos de los niños, niñas y jóvenes en conflicto con la ley
skip-to-content = Saltar al contenido principal
language-switcher = Idioma
nav-main = Principal
nav-home = Inicio
nav-about = Quiénes somos
nav-cooperation = Cooperación técnica
nav-networks = Redes de colaboración
nav-reports = Informes
nav-library = Biblioteca
nav-contact = Contacto
nav-login = Iniciar sesión
nav-register = Registrarse
nav-legal = Información legal
nav-privacy = Política de privacidad
nav-cookies = Política de cookies
nav-legal-notice = Aviso legal
nav-cookie-settings = Configuración de cookies
footer-rights = Todos los derechos reservados.
contact-head-office = Sede central
contact-phone = Teléfono
contact-fax = Fax
contact-email = Correo electrónico

cta-collaborate = Proponer una colaboración
home-reports-title = Informes recientes
home-all-reports = Todos los informes
about-forums-title = Nuestro estatus en los foros internacionales
about-reports-title = Informes que hemos elaborado
cooperation-instruments-title = Herramientas y mecanismos
cooperation-agreements-title = Convenios de colaboración
cooperation-agreements-intro = Mediante convenios bilaterales de colaboración con ministerios y administraciones públicas y privadas, el OIJJ presta asistencia técnica en políticas, programas y proyectos vinculados al ciclo de la violencia juvenil, desde la prevención social de la violencia hasta la administración de justicia para adolescentes y jóvenes adultos, así como en todos los aspectos relacionados. Estas son, por región, las instituciones que han firmado un convenio de este tipo.
networks-councils-title = Archivo: los Consejos Continentales de Justicia Juvenil (2009–2020)
networks-councils-intro = Coordinados por el OIJJ, estos consejos reunieron a personas expertas, profesionales y representantes de las autoridades públicas, el mundo académico, la judicatura y la sociedad civil, y fomentaron su interacción, su diálogo y su colaboración mediante encuentros y conferencias.
networks-how-title = Cómo colaborar con nosotros
networks-how-step-1 = Cuéntenos mediante un breve formulario web qué propone, qué le interesa y en qué se especializa.
networks-how-step-2 = Nuestro equipo evalúa su propuesta y su perfil en relación con nuestras líneas de trabajo.
networks-how-step-3 = Nos ponemos en contacto con usted para proponerle acciones posibles, individuales o dentro de un grupo de trabajo.


error-home-link = Ir a la página de inicio
error-not-found-title = Página no encontrada
error-not-found-text = La página solicitada no existe o ha cambiado de dirección.
error-bad-request-title = Solicitud no comprendida
error-bad-request-text = No se ha podido leer la información enviada. Vuelva atrás e inténtelo de nuevo.
error-unacceptable-text-title = Texto que no se puede aceptar
error-unacceptable-text-text = Algo de lo que se escribió o pegó contiene caracteres que no son texto (caracteres de control invisibles, o bytes en una codificación distinta de UTF-8). No se ha guardado nada. Vuelva atrás, escriba de nuevo el texto o péguelo como texto sin formato, y envíelo otra vez.
error-too-large-title = Demasiados datos
error-too-large-text = Lo que ha enviado supera el tamaño que admite este formulario. Redúzcalo e inténtelo de nuevo.
error-forbidden-title = Formulario caducado
error-forbidden-text = Por su seguridad, no hemos podido aceptar este formulario. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-not-allowed-title = Acceso no permitido
error-not-allowed-text = Su cuenta no da acceso a esta página. Si cree que debería tenerlo, póngase en contacto con el observatorio.
error-too-many-title = Demasiados formularios enviados
error-too-many-text = Desde esta dirección se han enviado más formularios de los que el sitio acepta en una hora. Espere unos minutos e inténtelo de nuevo.
error-conflict-title = Este cambio no se ha realizado
error-conflict-text = Alguien lo ha cambiado mientras tanto, o el mismo formulario se envió dos veces, así que no se ha hecho nada. Vuelva atrás y recargue la página para verla como está ahora.
error-file-missing-title = Archivo no disponible
error-file-missing-text = El sitio tiene constancia de este archivo, pero su almacenamiento de archivos ya no lo conserva. Nada más se ha visto afectado. Avise a los administradores del sitio, que pueden restaurarlo desde una copia de seguridad.
error-internal-title = Algo ha fallado
error-internal-text = Se ha producido un error inesperado por nuestra parte. Vuelva a intentarlo dentro de unos minutos.

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
days-span = del { $first } al { $last }
date-long = { $weekday }, { $day } de { $month } de { $year }

region-europe = Europa
region-asia-pacific = Asia-Pacífico
region-latin-america = América Latina
region-africa = África
region-north-america = América del Norte
region-international = Organismos iberoamericanos e internacionales

nav-menu = Menú
home-more-about = Quiénes somos
home-hero-alt = Ilustración: un globo terráqueo cuyas cuatro regiones están unidas por una red de líneas.
home-figures-title = El Observatorio en cifras
home-figure-agreements = { $count ->
    [one] convenio de colaboración
   *[other] convenios de colaboración
}
home-figure-countries = { $count ->
    [one] país con convenio
   *[other] países con convenio
}
home-figure-councils = { $count ->
    [one] Consejo Continental de Justicia Juvenil
   *[other] Consejos Continentales de Justicia Juvenil
}
home-figure-years = años de consejos continentales, 2009–2020
home-figure-forums = { $count ->
    [one] foro internacional en el que tenemos un estatus reconocido
   *[other] foros internacionales en los que tenemos un estatus reconocido
}
home-path-collaborate = Cuéntenos qué propone y en qué se especializa. Le responderemos con posibles acciones, individuales o en un grupo de trabajo.
home-path-knowledge-title = Consulte nuestros informes
home-path-knowledge = Estudios con los que situamos la justicia juvenil en la agenda política internacional.
home-path-cooperation = Asesoramiento y asistencia técnica para gobiernos e instituciones que modernizan su justicia juvenil, y los convenios que la respaldan.
aside-collaborate-title = Colabore con nosotros
aside-collaborate-text = Investigadores, profesionales, autoridades públicas y organizaciones pueden proponer una colaboración en pocos minutos.
reports-request-copy = Solicitar un ejemplar a la sede
reports-languages = Escrito en:
reports-download = Descargar
reports-in-library = Su ficha en la biblioteca, con cómo citarlo

link-button-why = Le pedimos que pulse el botón porque algunos programas de correo abren por sí solos los enlaces de los mensajes para comprobarlos: solo cuenta su pulsación.
form-required-note = Todos los campos son obligatorios salvo los marcados como «opcional».

## Documentos subidos, dondequiera que se envíen.
upload-too-large = El archivo supera los 5 MB. Elija uno más pequeño.
upload-empty = El archivo está vacío.
upload-type = Este archivo no es un PDF ni un documento de ofimática. Elija uno de esos formatos.
upload-damaged = Este archivo está dañado o incompleto y no se puede leer. Guárdelo de nuevo desde el programa con el que lo creó, o elija otro archivo.
upload-active = Este documento contiene scripts, macros, programas, archivos adjuntos o una página web, que no aceptamos. Guarde una copia sin ellos (en PDF, por ejemplo) y envíe esa.
upload-protected = Este documento está protegido con contraseña o cifrado, por lo que no podemos revisarlo. Envíe una copia sin protección.
upload-overpacked = Al abrirse, este documento ocuparía mucho más espacio del que corresponde a su tamaño. Guárdelo de nuevo desde el programa con el que lo creó, o elija otro archivo.
image-too-large = La imagen pesa más de 8 MB. Guarde una copia más pequeña (una portada no necesita más de 1.200 píxeles de ancho) y elíjala.
image-empty = El archivo de la imagen está vacío.
image-type = Este archivo no es una imagen PNG ni JPEG. Guárdelo en uno de esos formatos y vuelva a elegirlo (no se aceptan dibujos SVG: pueden contener programas).
image-too-many-pixels = Esta imagen tiene más píxeles de los que acepta el sitio (como máximo 12.000 por lado y 40 millones en total). Guarde una copia más pequeña y elíjala.
image-damaged = Esta imagen está dañada o incompleta y no puede leerse. Guárdela de nuevo desde el programa que la creó o elija otra.

## Búsqueda
search-label = Buscar en el sitio y en la biblioteca
search-placeholder = Buscar…
search-again = Modificar la búsqueda
search-button = Buscar
search-title = Búsqueda
search-title-for = Búsqueda:
search-intro = Busque en las páginas del observatorio y en su biblioteca de investigación, legislación, jurisprudencia, programas y buenas prácticas, en español, inglés y francés.
search-hint = Palabras en cualquiera de los tres idiomas. Escriba palabras entre comillas para encontrarlas juntas; ponga un signo menos delante de una palabra para excluirla.
search-found = { $count ->
    [0] No se encontró nada
    [one] Un resultado
   *[other] { $count } resultados
}
search-nothing = Nada coincide con estas palabras y opciones. Pruebe otras palabras, menos palabras, o quite una opción.
search-sort = Ordenar por:
search-sort-relevance = relevancia
search-sort-date = fecha
search-pages = Páginas de resultados
search-narrow = Afinar los resultados
search-facet-language = Idioma
search-facet-country = País
search-facet-article = Norma internacional
search-kind-page = Página del sitio
search-kind-news = Noticia
search-kind-agreement = Acuerdo de cooperación
search-kind-meeting = Reunión de un Consejo Continental

## Una imagen enviada con un formulario (una portada, la imagen de una noticia)
picture-current = La imagen que se muestra ahora
picture-not-saved = La imagen que ha enviado, aún sin guardar
picture-choose = Imagen
picture-replace = Otra imagen (opcional)
picture-hint = PNG o JPEG, de 8 MB como máximo. Se adapta al tamaño de las páginas y no se conserva nada más de lo que contiene el archivo (cámara, lugar).
picture-alt-hint = Una o dos frases para quienes no pueden ver la imagen: lo que muestra, sin repetir el título.
picture-too-often = Desde su conexión se han enviado demasiados archivos en la última hora. Vuelva a intentarlo más tarde.
picture-edit = Imagen
picture-intro = La imagen se muestra en lo alto de la página del elemento y a su lado en la lista. Diga lo que muestra en cada idioma en que está escrito el título, para quienes no pueden verla.
picture-alt = Lo que muestra la imagen
picture-save = Guardar la imagen
picture-remove = Quitar la imagen
picture-required = Elija una imagen.
picture-alt-required = { $language }: diga lo que muestra la imagen en este idioma.
picture-saved = Se ha guardado la imagen.
