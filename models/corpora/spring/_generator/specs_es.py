"""Spanish mail from customers (Mexican, Central American and US-born writers; phones without accents, formal
letters, replies to our Spanish promotion and notices). Every person and sentence is invented for this set."""
from spec import M

CC, PH = "customercare", "powerhousecatalog"

SPECS = [
    M("es-mariaelena", "optout", CC, "gmail_es", "2026-04-06 15:22", ("María Elena Bautista", "mebautista@gmail.com"),
      "Buenas tardes,\n\nPor favor ya no me manden publicidad, ni en papel ni al email. Muchas gracias.\n\n"
      "María Elena Bautista", "mo", "Publicidad por papel y email: marketing opt-out",
      {"name": "María Elena Bautista"}, subject="publicidad", lang="es"),
    M("es-jorge", "optout", PH, "iphone_es", "2026-04-09 19:05", ("Jorge Castañeda", "jcastaneda@icloud.com"),
      "No quiero recibir más el catálogo. Gracias", "mo", "Catalog named: marketing opt-out",
      subject="Catálogo", lang="es"),
    M("es-rosalba", "reply-promo", CC, "gmail_android_es", "2026-04-09 11:48", ("Rosalba Quintero", "rosalbaq@gmail.com"),
      "BAJA", "mo", "BAJA under the Spanish heat-pump promotion (its footer's own word): marketing opt-out",
      reply="promo_hp_es", lang="es"),
    M("es-hector", "share", CC, "outlook_es", "2026-04-14 09:17", ("Héctor Villalobos", "hvillalobos@outlook.com"),
      "Buenos días:\n\nLes pido que no compartan ni vendan mis datos personales a otras empresas.\n\n"
      "Cuenta 5529-004-17\nHéctor Villalobos", "cs", "No compartir ni vender: sharing opt-out (sent to customercare)",
      {"name": "Héctor Villalobos", "account": "5529-004-17"}, subject="Mis datos", lang="es"),
    M("es-guadalupe", "both", PH, "yahoo", "2026-04-17 13:30", ("Guadalupe Ríos", "lupe.rios@yahoo.com"),
      "Quiten mi nombre de su lista del catálogo y tampoco vendan mi dirección a otras compañías, por favor.\n\n"
      "Guadalupe Ríos\nMuscatine, IA 52761", "mo cs", "Catalog list removal plus no selling her address: both",
      {"name": "Guadalupe Ríos", "postal_code": "52761"}, subject="Quitar mi nombre", lang="es"),
    M("es-eduardo", "optout+q", CC, "gmail_android_es", "2026-05-05 22:31", ("Eduardo Salas", "edusalas89@gmail.com"),
      "dejen de mandarme correos de ofertas porfa. y otra cosa, por que subio tanto mi factura de abril?? nunca habia "
      "pagado tanto", "mo q", "Phone Spanish without accents: offer e-mails stopped plus a bill question",
      subject="correos y factura", lang="es"),
    M("es-patricia", "question", CC, "gmail_es", "2026-05-08 14:10", ("Patricia Ledesma", "pledesma@gmail.com"),
      "Hola, buenas tardes. Me voy a mudar a Davenport a finales de mayo. ¿Cómo hago para pasar el servicio a la nueva "
      "dirección? Mi número de cuenta es 4418 2290 61.\n\nGracias,\nPatricia Ledesma", "q",
      "Moving: service transfer question", {"name": "Patricia Ledesma", "account": "4418 2290 61"},
      subject="Cambio de domicilio", lang="es"),
    M("es-ramiro", "unclear", CC, "iphone_es", "2026-04-23 21:40", ("Ramiro Fuentes", "rfuentes@icloud.com"),
      "Ya no por favor", "", "'Ya no' in a fresh mail with nothing saying what: unclear", unclear=True, subject="",
      lang="es"),
    M("es-sonia", "reply-service", CC, "outlook_es", "2026-05-06 10:25", ("Sonia Carrasco", "scarrasco@hotmail.com"),
      "¿Por qué me cobraron un cargo por pago tardío si pagué el 2 de mayo? Tengo el comprobante del banco.", "q",
      "Billing question under the Spanish bill notice", reply="bill_es", lang="es"),
    M("es-alfredo", "reply-ack", CC, "gmail_es", "2026-04-28 12:03", ("Alfredo Mejía", "alfredomejia@gmail.com"),
      "Muchas gracias por la atención.", "", "Thank-you under the Spanish acknowledgement: nothing to answer",
      reply="ack_es", ack=None, lang="es"),
    M("es-leopoldo", "optout-long", CC, "outlook_classic", "2026-04-20 10:40",
      ("Leopoldo Aranda Ruiz", "laranda@mchsi.com"),
      "Estimados señores:\n\nPor medio de la presente les solicito de la manera más atenta que retiren mi nombre y mi "
      "domicilio de toda su publicidad, tanto la que llega por correo postal como la que llega por correo electrónico. "
      "Soy cliente de ustedes desde hace muchos años y estoy conforme con el servicio, pero recibo demasiados "
      "folletos.\n\nSin otro particular, quedo de ustedes.\n\nAtentamente,\nLeopoldo Aranda Ruiz\nCuenta: 7720-1154-38",
      "mo", "Formal letter: remove from all advertising, both channels", {"name": "Leopoldo Aranda Ruiz",
                                                                           "account": "7720-1154-38"},
      subject="Solicitud", lang="es"),
    M("es-claudia", "unclear", PH, "gmail_es", "2026-05-10 18:55", ("Claudia Montes", "claudiamontes@gmail.com"),
      "Hola, mi mamá ya no quiere recibir el catálogo. Ella no usa correo electrónico y me pidió que les escribiera. "
      "Se llama Rosa Delia Montes.\n\nClaudia", "",
      "Daughter writing for her mother (Mother's Day weekend), no standing: unclear; entity the mother",
      {"name": "Rosa Delia Montes"}, unclear=True, subject="catálogo de mi mamá", lang="es"),
    M("es-ivan", "question", CC, "thunderbird", "2026-04-27 16:44", ("Iván Ocampo", "ivan.ocampo@uwm.edu"),
      "Buenas tardes:\n\n¿Qué información personal tienen sobre mí y con quién la comparten? Me interesa saber si la "
      "comparten con los contratistas del programa de bombas de calor.\n\nSaludos,\nIván Ocampo", "q",
      "Data questions (what is held, with whom shared): question", {"name": "Iván Ocampo"},
      subject="Información personal", lang="es", hop=("mta02.uwm.edu", "129.89.7.%d" % 44)),
    M("es-yesenia", "share", PH, "samsung_es", "2026-04-11 12:12", ("Yesenia Ortiz", "yeseortiz@gmail.com"),
      "Quiero seguir recibiendo el catálogo de primavera pero no quiero que le den mis datos a otras empresas", "cs",
      "Keeps the spring catalog, no giving her data to others: sharing opt-out only", subject="mis datos", lang="es"),
    M("es-bertha", "delete", CC, "yahoo_app", "2026-05-18 08:20", ("Bertha Galindo", "berthagalindo@yahoo.com"),
      "Quiero que borren todos mis datos de su sistema, por favor.", "q",
      "Delete everything: question plus unclear", unclear=True, subject="Borrar mis datos", lang="es"),
    M("es-julio", "reply-promo", CC, "gmail_es", "2026-04-10 20:26", ("Julio Cárdenas", "jcardenas.qc@gmail.com"),
      "¿Este reembolso aplica si uno renta la casa? Soy inquilino y el dueño vive en otra ciudad.", "q",
      "Question about the Spanish rebate offer", reply="promo_hp_es", lang="es"),
    M("es-adriana", "reply-promo", PH, "iphone_es", "2026-05-01 13:37", ("Adriana Peña", "adripena@icloud.com"),
      "No me interesa, quítenme de la lista por favor", "mo",
      "Spanish reply under the English garden sale: take me off the list = marketing opt-out", reply="garden_sale",
      lang="es"),
]
