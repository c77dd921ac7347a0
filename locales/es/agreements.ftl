# El registro de acuerdos de cooperación: la lista pública, las páginas de los editores y el aviso de vencimiento
agreements-title = Acuerdos de cooperación
agreements-intro = Los acuerdos que el observatorio ha firmado con ministerios, administraciones públicas, universidades y organismos internacionales: con quién, sobre qué, quién los firmó, cuándo y si están en vigor.
agreements-found = { $count ->
    [one] Un acuerdo
   *[other] { $count } acuerdos
}
agreements-all = Mostrar todos los acuerdos
agreements-none-yet = Todavía no se ha inscrito ningún acuerdo en el registro.
agreements-partners-link = Los socios de la cooperación técnica del observatorio
agreements-narrow = Acotar los acuerdos
agreements-facet-region = Región
agreements-standing = Situación
agreements-standing-in-force = En vigor
agreements-standing-renewed = Renovado
agreements-standing-expired = Vencido
agreements-parties = Partes
agreements-signatories = Firmado por
agreements-signed-on = Firmado el
agreements-duration = Duración
agreements-months = { $count ->
    [one] Un mes
   *[other] { $count } meses
}
agreements-no-end = Sin fecha de fin
agreements-ends-on = En vigor hasta
staff-agreements = Acuerdos
agreements-staff-intro = El registro que lee el público. La situación de un acuerdo se deduce de sus fechas; los editores reciben un aviso dos meses antes de que termine un acuerdo.
agreements-public-link = Ver el registro público
agreements-new = Inscribir un acuerdo
agreements-edit = Acuerdo con { $partner }
agreements-saved = El acuerdo se ha guardado.
agreements-save = Guardar el acuerdo
agreements-field-partner = Socio
agreements-choose-partner = Elija un socio
agreements-subject = Objeto
agreements-subject-hint = De qué trata el acuerdo, en inglés (obligatorio) y, si está redactado, en español y en francés.
agreements-field-duration = Duración en meses
agreements-duration-hint = Déjelo vacío para un acuerdo sin fecha de fin.
agreements-field-renewed = Renovado hasta
agreements-renewed-hint = Cuando el acuerdo se renovó: su nuevo último día.
agreements-partner-missing = Elija el socio en la lista.
agreements-subject-missing = Indique en inglés de qué trata el acuerdo.
agreements-signed-missing = Indique el día en que se firmó el acuerdo.
agreements-date-invalid = Indique el día como una fecha del calendario, por ejemplo 2019-05-02.
agreements-duration-invalid = Indique la duración como un número entero de meses, de 1 a 600, o déjela vacía.
agreements-renewal-before = Una renovación termina después del primer fin del acuerdo.
agreement-expiring-subject = Un acuerdo termina pronto: { $partner }
agreement-expiring-body = El acuerdo con { $partner } termina el { $end }, dentro de { $days } días.

    { $subject }

    Si ha de continuar, la renovación puede inscribirse en el registro; si no, no hay nada que hacer.
agreement-expiring-action = Abrir el acuerdo
agreements-renewal-without-end = Solo un acuerdo con duración puede renovarse: indique primero su duración.
