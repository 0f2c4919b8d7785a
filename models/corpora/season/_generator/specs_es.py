"""Spanish-speaking and bilingual customers, and Spanish machine mail."""
from spec import H, A

CC, PH = "customercare", "powerhousecatalog"

SPECS = [
    H("es-m-publicidad", CC, "gmail", "2025-11-05 20:34", ("Rosa Elena Martínez", "rosaelena.mtz@gmail.com"),
      "Publicidad",
      "Buenas noches,\n\nPor favor ya no me manden publicidad, ni por correo postal ni por email.\n\n"
      "Gracias,\nRosa Elena Martínez\nIowa City, IA 52240",
      "M", {"name": "Rosa Elena Martínez", "postal_code": "52240"}, "Spanish: no publicity by post or e-mail",
      lang="es"),
    H("es-m-reply-sale", PH, "iphone", "2025-11-28 09:12", ("Adriana Solís", "adri.solis@icloud.com"), None,
      "Ya no quiero recibir estos correos.\n\nEnviado desde mi iPhone", "M", {},
      "Spanish reply under our Black Friday promotion", lang="es", quote="holiday_sale"),
    H("es-s-seguir", PH, "yahoo", "2025-12-07 17:50", ("Guadalupe Reyes", "lupita_reyes@yahoo.com"),
      "Mis datos",
      "Hola, no compartan mi nombre con otras compañías de catálogos. Sí quiero seguir recibiendo el catálogo de\n"
      "ustedes.\n\nGuadalupe Reyes",
      "S", {"name": "Guadalupe Reyes"}, "Spanish keep-catalog-but-don't-share: sharing only", lang="es"),
    H("es-u-mama", CC, "outlookcom", "2025-12-20 14:22", ("Daniel Ortega", "danielortega91@hotmail.com"),
      "Correo de mi mamá / my mom's mail",
      "Hi, escribo por mi mamá, Teresa Ortega. Ella no habla inglés y recibe muchos papeles de ustedes. Please\n"
      "stop sending her the ads.\n\nDaniel",
      "", {"name": "Teresa Ortega"},
      "Mixed Spanish/English, a son writing for his mother without stated standing: unclear; entity is the mother",
      unclear=True, lang="mixed"),
    H("es-ms-ambas", PH, "gmail", "2025-11-16 12:03", ("Héctor Villanueva", "hvillanueva@gmail.com"),
      "Lista de correo",
      "Quítenme de su lista de correo y no vendan mis datos a nadie.\n\nHéctor Villanueva\nWaukesha, WI 53186",
      "MS", {"name": "Héctor Villanueva", "postal_code": "53186"}, "Spanish, both opt-outs in one line", lang="es"),
    H("es-q-robo-datos", CC, "samsung", "2025-11-20 21:37", ("Marisol Cardenas", "marisolcardenas@gmail.com"),
      "Robo de datos",
      "Vi en las noticias lo del robo de datos de la tienda. ¿Ustedes guardan mis datos bancarios? ¿Están\n"
      "seguros? Pago mi luz con la tarjeta.\n\nMarisol",
      "Q", {"name": "Marisol"}, "Spanish breach worry, questions only", lang="es"),
    H("es-s-wrong-box", CC, "gmail", "2025-12-02 10:48", ("Ramón Aguilar", "ramon.aguilar.ia@gmail.com"),
      "PowerHouse",
      "Escribo aquí porque no sé a dónde más: no quiero que el catálogo PowerHouse comparta mi dirección con\n"
      "otras empresas. Mi cuenta es 3390-112-07.\n\nRamón Aguilar",
      "S", {"name": "Ramón Aguilar", "account": "3390-112-07"}, "Spanish sharing opt-out sent to customercare",
      lang="es"),
    H("es-m-panaderia", PH, "outlook16", "2025-12-09 07:20", ("Esperanza Luna", "pedidos@panaderialaesperanza.com"),
      "Catálogos / catalogs",
      "Hello, somos la Panadería La Esperanza en Waukesha (53188). Recibimos el catálogo en la panadería and we\n"
      "don't need it. Por favor quítennos de la lista de envíos.\n\nEsperanza Luna\nPanadería La Esperanza",
      "M", {"name": "Esperanza Luna", "postal_code": "53188"},
      "Mixed-language small business; role-like From (pedidos@) but no Reply-To, so ack to From", lang="mixed"),
    H("es-mq-factura", CC, "yahoo_app", "2026-01-06 19:05", ("Yesenia Pérez", "yesiperez@yahoo.com"),
      "Promociones y factura",
      "No más promociones por favor. Y quiero saber por qué mi factura de diciembre salió tan alta, casi el\n"
      "doble.\n\nYesenia",
      "MQ", {"name": "Yesenia"}, "Spanish opt-out plus a year-end bill question", lang="es"),
    H("es-q-como", PH, "iphone", "2025-11-23 15:40", ("Alejandra Fuentes", "alefuentes@icloud.com"), "Catálogo",
      "¿Cómo le hago para que ya no me llegue el catálogo?\n\nEnviado desde mi iPhone", "Q", {},
      "Spanish how-to question, not itself a request", lang="es"),
    H("es-q-ley", CC, "roundcube", "2026-01-04 11:31", ("Octavio Ríos", "orios@mchsi.com"), "Nueva ley",
      "Buenos días. Leí que hay una nueva ley de privacidad en Iowa desde el 1 de enero. ¿Qué derechos tengo\n"
      "con ustedes sobre mis datos?\n\nOctavio Ríos\nMuscatine, IA 52761",
      "Q", {"name": "Octavio Ríos", "postal_code": "52761"}, "Spanish question about the new law", lang="es"),
    H("es-u-residente", PH, "gmail", "2025-12-13 13:14", ("Verónica Cruz", "vero.cruz@gmail.com"),
      "Catálogo de otra persona",
      "Sigue llegando el catálogo a nombre de Carlos Ibarra, él ya no vive aquí desde hace un año.\n\nVerónica",
      "", {"name": "Carlos Ibarra"},
      "Spanish, previous resident: no request stated and no standing for Carlos Ibarra: unclear", unclear=True,
      lang="es"),
    H("es-mq-enojada", CC, "gmail", "2025-12-10 18:27", ("Leticia Morales", "leticiamorales@gmail.com"),
      "¡Otra vez!",
      "Ya les pedí el 3 de noviembre que no me mandaran más publicidad y el 10 de diciembre llegó otro folleto.\n"
      "¡Bórrenme de la lista de publicidad ya! ¿Por qué siguen mandando?\n\nLeticia Morales\nCuenta 61-4420-983",
      "MQ", {"name": "Leticia Morales", "account": "61-4420-983"},
      "Spanish, already opted out and still getting mail, with dates: opt-out plus why", lang="es"),
    H("es-u-por-favor", PH, "xfinity", "2026-01-18 16:02", ("Juan Carlos", "jc.mendez@comcast.net"), "",
      "Por favor, ya no.\n\nJuan Carlos", "", {"name": "Juan Carlos"},
      "Spanish 'please, no more' with no object and no context: unclear", unclear=True, lang="es"),
    H("es-uq-borrar", CC, "aol", "2025-11-27 10:10", ("Graciela Navarro", "gnavarro50@aol.com"),
      "Mi información",
      "Quiero que borren toda mi información personal de su sistema.\n\nGraciela Navarro",
      "Q", {"name": "Graciela Navarro"}, "Spanish delete-everything: unclear plus question", unclear=True, lang="es"),
    H("es-s-lupita", PH, "applemail", "2025-12-21 20:48", ("Lupita Garza", "lupitagarza@me.com"), "catalog",
      "Hi! Me encanta el catálogo pero please no compartan my info with other companies. Thanks!\n\nLupita",
      "S", {"name": "Lupita"}, "Code-switching sharing opt-out that keeps the catalog", lang="mixed"),
    H("es-m-alto", CC, "iphone", "2025-11-12 19:20", ("Rigoberto Salas", "rigosalas@icloud.com"), None, "ALTO",
      "M", {}, "'ALTO' (Spanish STOP) under our winter rebate promotion: marketing opt-out by context",
      lang="es", quote="winter_promo"),
    H("es-q-regresar", PH, "outlookcom", "2025-12-04 12:36", ("Claudia Benítez", "claudiabenitez@outlook.com"),
      "Quiero el catálogo otra vez",
      "El año pasado pedí que no me mandaran el catálogo, pero ahora sí lo quiero para ver los regalos de\n"
      "Navidad. ¿Me pueden volver a poner en la lista?\n\nClaudia Benítez",
      "Q", {"name": "Claudia Benítez"}, "Spanish opt back in: question only", lang="es"),
    H("es-msq-servicio", CC, "gmail", "2026-01-13 09:09", ("Ernesto Paredes", "eparedes.wi@gmail.com"),
      "Anuncios",
      "No quiero recibir anuncios de ustedes ni que compartan mis datos con otras empresas. ¿Esto afecta mi\n"
      "servicio de luz o mi factura?\n\nErnesto Paredes\nRacine 53403",
      "MSQ", {"name": "Ernesto Paredes", "postal_code": "53403"}, "Spanish both opt-outs plus a service question",
      lang="es"),
    H("es-m-email-solo", PH, "yahoo", "2025-12-16 08:55", ("Jorge Salazar", "jsalazar_ing@yahoo.com"),
      "Correos de ofertas",
      "No me manden más emails de ofertas, por favor. El catálogo de papel sí me gusta, ése sí mándenlo.\n\n"
      "Atentamente,\nIng. Jorge Salazar",
      "M", {"name": "Jorge Salazar"}, "Spanish channel limit (e-mail only, keep paper); 'Ing.' dropped", lang="es"),

    # ---------------------------------------------------------------- Spanish machine mail
    A("es-a-ooo", PH, "o365", "2025-12-24 06:01", ("Marta Ledesma", "mledesma@grupoledesma.com.mx"),
      "Respuesta automática: Black Friday starts now: 30% off heated throws, smart plugs and LED village sets",
      "Estaré fuera de la oficina del 22 de diciembre al 6 de enero por vacaciones. Para asuntos urgentes\n"
      "comuníquese con Laura Díaz (ldiaz@grupoledesma.com.mx).\n\nFelices fiestas.",
      "Spanish Outlook out-of-office over the holidays, with Auto-Submitted", lang="es",
      hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    A("es-a-phish", CC, "phish", "2025-11-22 03:14", ("Centro de Seguridad", "seguridad@alerta-datos-clientes.com"),
      "Sus datos fueron expuestos: verifique su cuenta hoy",
      "", "Spanish phishing that rides the breach news (HTML only, base64)", lang="es",
      html='<html><body><p>Estimado cliente:</p><p>Debido a la reciente filtración de datos, su cuenta de '
           'energía podría estar comprometida. Verifique su identidad en las próximas 24 horas para evitar la '
           'suspensión del servicio.</p><p><a href="http://alliant-verificar.top/login">Verificar ahora</a></p>'
           '<p>Departamento de Seguridad</p></body></html>\n'),
    A("es-a-ooo-bare", PH, "gmail", "2025-12-29 10:44", ("Silvia Campos", "silviacampos.wi@gmail.com"),
      "Re: Last call for Christmas delivery: order by Dec 18",
      "Hola, estoy de viaje con mi familia hasta el 5 de enero y reviso el correo muy poco. Les contesto a mi\n"
      "regreso.\n\nSilvia",
      "Headerless Spanish vacation reply (no Auto-Submitted) answering our promotion: automated", lang="es"),
    A("es-a-bounce", PH, "mta", "2025-11-28 06:22", ("Mail Delivery System", "MAILER-DAEMON@mx.prodigy.net.mx"),
      "Notificación de estado de entrega (Error)",
      "Este es el sistema de correo en mx.prodigy.net.mx.\n\nNo fue posible entregar su mensaje a uno o más\n"
      "destinatarios. Error permanente:\n\n<rosy.almaraz@prodigy.net.mx>: usuario desconocido\n",
      "Spanish bounce (DSN) of the Black Friday campaign", lang="es", fmt="dsn", envelope="",
      dsn={"status": "Reporting-MTA: dns; mx.prodigy.net.mx\n\nFinal-Recipient: rfc822; rosy.almaraz@prodigy.net.mx\n"
                     "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 usuario desconocido\n",
           "headers": "From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>\n"
                      "To: rosy.almaraz@prodigy.net.mx\n"
                      "Subject: Black Friday starts now: 30% off heated throws, smart plugs and LED village sets\n"}),
]
