## El archivo de los Consejos Continentales
councils-title = Archivo de los Consejos Continentales
councils-intro = Las reuniones de los Consejos Continentales del observatorio, en Europa, América Latina, África y Asia-Pacífico: cuándo y dónde se reunió cada uno, quién participó, qué hizo y sus documentos en la biblioteca.
councils-found = { $count ->
    [0] Ninguna reunión
    [one] Una reunión
   *[other] { $count } reuniones
}
councils-all = Mostrar todas las reuniones
councils-archive-empty = Aún no se ha registrado ninguna reunión en el archivo.
councils-networks-link = Leer sobre los consejos
councils-edition = Edición { $number }
councils-days = Días
councils-participants = Participantes
councils-documents = Documentos
councils-narrow = Acotar el archivo
councils-year = Año
networks-councils-archive = El archivo de las reuniones de los consejos

## Editores
staff-councils = Consejos
councils-staff-intro = El archivo que lee el público: cada reunión de un consejo, con sus documentos indicados por su número en la biblioteca.
councils-public-link = Ver el archivo público
councils-new = Registrar una reunión
councils-none-yet = Aún no se ha registrado ninguna reunión.
councils-saved = Se ha guardado la reunión.
councils-save = Guardar la reunión
councils-field-council = Consejo
councils-choose-council = Elija un consejo
councils-field-edition = Edición
councils-edition-hint = Su número entre las reuniones del consejo: 1 para la primera.
councils-field-first-day = Primer día
councils-field-last-day = Último día (opcional)
councils-last-day-hint = Déjelo vacío si la reunión duró un solo día.
councils-field-place = Lugar
councils-field-country = País (opcional)
councils-no-country = Ningún país
councils-field-participants = Participantes (opcional)
councils-participants-hint = Delegaciones, instituciones y expertos, uno por línea si lo desea.
councils-summary = Lo que hizo la reunión
councils-summary-hint = En inglés (obligatorio) y, si está redactado, en español y francés.
councils-field-documents = Documentos de la biblioteca (opcional)
councils-documents-hint = Los números de los recursos de la biblioteca que son sus documentos, separados por comas, en el orden en que deben mostrarse. El público ve los que están publicados. El número de cada recurso figura en su página en
councils-council-missing = Elija el consejo que se reunió.
councils-edition-invalid = Indique la edición con un número entero del 1 al 99.
councils-edition-taken = Este consejo ya tiene una reunión con esta edición. Compruebe la edición o modifique la reunión registrada.
councils-first-day-missing = Indique el primer día de la reunión.
councils-day-invalid = Indique el día como lo ofrece el campo de fecha, por ejemplo 2013-05-13.
councils-last-day-before = El último día no puede ser anterior al primero.
councils-place-missing = Indique la ciudad donde se reunió el consejo.
councils-country-unknown = Elija un país de la lista.
councils-summary-missing = Describa en inglés lo que hizo la reunión.
councils-documents-invalid = Indique los documentos con números separados por comas, por ejemplo 12, 15.
councils-documents-too-many = Una reunión enumera como máximo 20 documentos.
councils-documents-unknown = La biblioteca no tiene ningún recurso con el número { $numbers }.
