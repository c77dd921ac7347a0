# La biblioteca de conocimiento.
library-title = Biblioteca
library-intro = La biblioteca del observatorio reúne lo que se sabe sobre los niños, niñas y jóvenes en conflicto con la ley. Empieza por las normas internacionales que establecen sus derechos; a ellas se sumarán investigaciones, legislación, jurisprudencia, programas y buenas prácticas de Europa, Asia-Pacífico, América Latina y África, cada uno vinculado a las normas que aplica.
library-standards = Normas internacionales
library-standards-intro = Los instrumentos de las Naciones Unidas que establecen los derechos de la infancia ante la justicia. Cada página enumera los artículos que más importan para la justicia juvenil, con un título breve.
library-adopted = Aprobado en
library-titles-note = Los títulos breves son resúmenes propios del observatorio para orientarle; solo el texto oficial del instrumento hace fe.
library-contribute = Contribuir a la biblioteca
library-contribute-text = ¿Conoce una investigación, una ley, una resolución judicial o un programa que la biblioteca debería recoger? Cuéntenoslo mediante el formulario de colaboración.
