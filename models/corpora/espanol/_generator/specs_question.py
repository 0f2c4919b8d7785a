# -*- coding: utf-8 -*-
"""Opt-out + question (oq..) and question only (q..)."""

MO = ["marketing_opt_out"]
CS = ["catalog_share_opt_out"]
Q = ["question"]
MOQ = ["marketing_opt_out", "question"]
CSQ = ["catalog_share_opt_out", "question"]
ALL3 = ["marketing_opt_out", "catalog_share_opt_out", "question"]
CCB = "customercare"
PHB = "powerhousecatalog"

SPECS = [
    # ------------------------------------------------------------------ opt-out + question
    dict(id="oq01", cat="moq:bill-question", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Blanca Estela Rangel", "blancarangel@gmail.com"), date="2026-02-13 12:30:18",
         subject="Ofertas y mi factura",
         body="""
Buenas tardes,

Primero, ya no me manden ofertas ni promociones por correo, por favor.

Y otra cosa: ¿por qué mi factura de este mes salió de $287.40 si siempre pago como $150? No he usado nada diferente. Mi cuenta es 7720 3391 04.

Gracias,
Blanca Estela Rangel
""",
         labels=MOQ, entities={"name": "Blanca Estela Rangel", "account": "7720 3391 04"},
         note="marketing opt-out + billing question in one message"),

    dict(id="oq02", cat="csq:who-got-my-name", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Lorena Ibáñez", "lorenaibanez@yahoo.com"), date="2026-05-19 14:14:41",
         subject="¿A quién le dieron mi nombre?",
         body="""
Hola,

No compartan mi nombre. ¿Ya se lo dieron a alguien? Quiero saber a qué compañías, porque desde el año pasado me llegan catálogos de tiendas que yo nunca busqué.

Lorena Ibáñez
""",
         labels=CSQ, entities={"name": "Lorena Ibáñez"},
         note="sharing opt-out + asks which companies already got her name (question); UTF-8 Q subject with ¿"),

    dict(id="oq03", cat="all3:change-of-address", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Leticia Cervantes", "leticervantes@hotmail.com"), date="2026-03-12 17:00:09",
         subject="Cambio de domicilio",
         body="""
Hola, buenas tardes.

Nos vamos a mudar de Beloit a Janesville el 1 de abril. ¿Cómo hago para cambiar la dirección de la cuenta? ¿Tengo que cerrar esta y abrir otra?

También aprovecho para pedirles que ya no nos manden publicidad a la casa nueva, y que no compartan nuestro nombre con otras compañías.

La nueva dirección es 417 Ravine St, Janesville, WI 53545.

Gracias,
Leticia Cervantes
""",
         labels=ALL3, entities={"name": "Leticia Cervantes", "postal_code": "53545"},
         note="change of address (question) + both opt-outs; ZIP is the new address"),

    dict(id="oq04", cat="moq:keep-outage-alerts", lang="es", client="iphone", mailbox=CCB,
         frm=("Teresa Guzmán", "teregzmn@icloud.com"), date="2026-07-20 09:09:09",
         subject="BAJA",
         body="BAJA de los correos de promociones porfa. ¿Pero me van a seguir llegando los avisos de cuando se va la luz? Esos sí los quiero.",
         labels=MOQ, entities={},
         note="opt-out of promo e-mails + asks whether outage alerts continue"),

    dict(id="oq05", cat="moq:spanglish-budget-billing", lang="es+en", client="gmail_web", mailbox=CCB,
         frm=("Cristina Olvera", "cris.olvera23@gmail.com"), date="2026-01-10 15:16:20",
         quote="promo_winter", fill={"G": "Hi CRISTINA,"},
         body="""
unsubscribe me from the emails pls. pero tengo una pregunta, do you guys have budget billing? mi bill sube mucho en el invierno y luego en el verano baja. como le hago para que sea el mismo cada mes?

Cristina
""",
         labels=MOQ, entities={"name": "Cristina"},
         note="Spanglish: unsubscribe + budget billing question"),

    dict(id="oq06", cat="csq:where-did-you-get-address", lang="es", client="gmail_web", mailbox=PHB,
         frm=("Sergio Bañuelos", "sbanuelos.sheb@gmail.com"), date="2026-08-04 11:45:00",
         subject="Mi dirección",
         body="""
¿De dónde sacaron mi dirección? Yo nunca he comprado nada en su catálogo y me llega cada mes. No quiero que la compartan con nadie más.

Sergio Bañuelos
Sheboygan WI 53081
""",
         labels=CSQ, entities={"name": "Sergio Bañuelos", "postal_code": "53081"},
         note="asks where we got his address (question) + don't share it; he does not ask to stop the catalog"),

    dict(id="oq07", cat="moq:data-copy", lang="es", client="outlook_mobile", mailbox=CCB,
         frm=("Adriana Solis", "adri.solis@outlook.com"), date="2026-09-30 20:30:52",
         subject="Promociones y mis datos",
         body="""
Hola. Quítenme de la lista de promociones por favor. Y también quiero que me manden una copia de los datos personales que tienen de mí, ¿se puede por correo electrónico?
Gracias
Adriana Solís
""",
         labels=MOQ, entities={"name": "Adriana Solís"},
         note="marketing opt-out + data access request (copy of data = question)"),

    dict(id="oq08", cat="all3:formal-privacy-policy", lang="es", client="outlook_desktop", mailbox=CCB,
         frm=("Arturo Benítez", "abenitez@benitezbookkeeping.com"), date="2026-01-21 09:40:03",
         subject="Privacidad – solicitud y consulta", hdr=("windows-1252", "Q", "windows-1252"),
         pc_name="ARTURO-LAPTOP",
         body="""
Estimados señores:

Soy cliente de Alliant Energy desde hace más de diez años (cuenta 5001-2287-613). Por medio de la presente les solicito:

• Dejar de enviarme cualquier tipo de publicidad, ya sea por correo postal o electrónico.
• No compartir, vender ni ceder mi nombre y dirección a otras empresas, incluyendo las compañías de catálogos.

Asimismo, quisiera saber si cuentan con una versión en español de su “política de privacidad”, ya que me gustaría leerla completa.

Quedo en espera de su respuesta.

Atentamente,

C.P. Arturo Benítez Solano
Benítez Tax & Bookkeeping
915 S. Main St
Denison, IA 51442
""",
         labels=ALL3, entities={"name": "Arturo Benítez Solano", "postal_code": "51442", "account": "5001-2287-613"},
         note="formal usted letter, windows-1252 bullets/quotes and en dash in subject; both opt-outs + privacy-policy question; name without 'C.P.'"),

    dict(id="oq09", cat="moq:complaint", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Josefina Arreola", "josefina.arreola@gmail.com"), date="2026-06-25 19:50:31",
         subject="Queja y folletos",
         body="""
Buenas tardes,

Ya no quiero que me manden sus folletos de ofertas, van directo a la basura.

Además quiero poner una queja. El martes vino un técnico a cambiar el medidor y dejó la reja del patio abierta, se salió mi perro y me tardé dos horas en encontrarlo. Nadie me avisó que iban a venir. ¿Así trabajan?

Mi cuenta es 4418 0937 22.

Josefina Arreola
""",
         labels=MOQ, entities={"name": "Josefina Arreola", "account": "4418 0937 22"},
         note="stop promotional flyers + a service complaint (complaint = question)"),

    dict(id="oq10", cat="csq:phone-shared", lang="es", client="samsung", mailbox=PHB,
         frm=("Ramon Paredes", "ramonparedes.ia@gmail.com"), date="2026-04-01 12:12:12",
         subject="datos",
         body="""
hola no den mi nombre a otras compañias. y mi numero de telefono tambien lo comparten o nomas el nombre y direccion?
Gracias
Ramon
""",
         labels=CSQ, entities={"name": "Ramon"},
         note="phone typing; sharing opt-out + question about what is shared"),

    dict(id="oq11", cat="moq:cash-payment", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Carmen Ortiz", "carmenortizmaldonado@gmail.com"), date="2026-03-27 13:27:03",
         subject="Ofertas / pago en efectivo",
         body="""
Buenas,

Dejen de enviarme ofertas al correo, por favor, que no las necesito.

Otra pregunta: ¿dónde puedo pagar la luz en efectivo aquí en Madison? Ahora mismo no tengo cuenta de banco y no sé si aceptan pagos en alguna tienda.

Gracias,
Carmen Ortiz Maldonado
""",
         labels=MOQ, entities={"name": "Carmen Ortiz Maldonado"},
         note="Puerto Rican; offers opt-out + where to pay cash"),

    dict(id="oq12", cat="csq:order-status", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Elvira Montoya", "elvira.montoya@yahoo.com"), date="2026-04-23 10:00:27",
         subject="Pedido y mis datos",
         body="""
Hola,

Hice un pedido hace dos semanas (orden #PH-558201, unos focos LED y una regleta) y todavía no me llega. ¿Ya lo enviaron?

También quiero pedirles que no compartan mi nombre ni mi dirección con otras compañías. El catálogo sí lo quiero seguir recibiendo.

Gracias,
Elvira Montoya
Cliente: 4409215
""",
         labels=CSQ, entities={"name": "Elvira Montoya", "account": "4409215"},
         note="order status question + sharing opt-out, keeps catalog; order number is not an account"),

    dict(id="oq13", cat="moq:reply-promo-meter", lang="es", client="iphone", mailbox=CCB,
         frm=("Alfredo Núñez", "alfredonunez.mt@gmail.com"), date="2026-03-05 08:01:16",
         quote="promo_thermostat", transport="gmail", mime="alt",
         body="No me interesa, quítenme de estos correos. Por cierto, ¿el medidor nuevo que me pusieron me va a cobrar más? Desde que lo cambiaron la factura subió.",
         labels=MOQ, entities={},
         note="iPhone (Gmail account) reply: opt-out of these e-mails + meter/bill question"),

    dict(id="oq14", cat="all3:how-long", lang="es", client="gmail_web", mailbox=PHB,
         frm=("Rebeca Salinas", "rebecasalinas@gmail.com"), date="2026-11-18 18:18:18",
         subject="Baja y no compartir",
         body="""
Hola. Quiero que me den de baja del catálogo y que no compartan mi nombre con nadie. ¿Cuánto tiempo tarda en hacerse efectivo? Porque me acaba de llegar otro.
Gracias,
Rebeca Salinas
""",
         labels=ALL3, entities={"name": "Rebeca Salinas"},
         note="explicit both opt-outs + 'how long does it take' question"),

    dict(id="oq15", cat="moq:english-bill-in-spanish", lang="en", client="outlook_web", mailbox=CCB,
         frm=("Gabriela Hinojosa", "gabyhinojosa@outlook.com"), date="2026-09-24 12:00:40",
         subject="Promotional emails / bill in Spanish", lang_tag="en-US",
         body="""
Hello,

Please stop sending me the promotional emails. Also, is it possible to get my monthly bill in Spanish? Mi esposo prefiere leer todo en español.

Thank you,
Gabriela Hinojosa
Acct# 6102-4478-90
""",
         labels=MOQ, entities={"name": "Gabriela Hinojosa", "account": "6102-4478-90"},
         note="English with one Spanish line: opt-out + asks for Spanish bills"),

    # ------------------------------------------------------------------ question only
    dict(id="q01", cat="q:high-bill", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Amparo Lozano", "amparolozano@hotmail.com"), date="2026-02-12 19:10:22",
         subject="Factura muy alta",
         body="""
Buenas tardes,

¿Me pueden explicar por qué subió tanto mi factura? El mes pasado pagué $96 y este mes me llegó de $241. Vivo sola y no he comprado ningún aparato nuevo. ¿Puede ser que el medidor esté mal?

Número de cuenta: 8834 1106 27

Gracias,
Amparo Lozano
""",
         labels=Q, entities={"name": "Amparo Lozano", "account": "8834 1106 27"},
         note="billing question only"),

    dict(id="q02", cat="q:move-service", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Ismael Rentería", "ismaelrenteria@gmail.com"), date="2026-05-08 07:45:39",
         subject="Cambio de casa",
         body="""
Hola buenos días,

Me voy a cambiar de casa a finales de mes, a otra casa aquí mismo en Marshalltown. ¿Qué tengo que hacer para pasar el servicio de luz y gas a la nueva dirección? ¿Necesito llamar o se puede hacer por aquí?

Gracias,
Ismael Rentería
cuenta 1290 4471 65
""",
         labels=Q, entities={"name": "Ismael Rentería", "account": "1290 4471 65"},
         note="moving service = change of address question"),

    dict(id="q03", cat="q:do-you-sell-data", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Graciela Benavides", "gracielabenavides@yahoo.com"), date="2026-03-19 16:05:06",
         subject="¿Venden mis datos?",
         body="""
Buenas tardes.

Una pregunta nada más: ¿ustedes venden los datos de sus clientes? Leí algo en el catálogo sobre compartir nombres con otras compañías y quiero entender qué información comparten exactamente.

Saludos,
Graciela Benavides
""",
         labels=Q, entities={"name": "Graciela Benavides"},
         note="asks WHETHER we sell data; no request to stop -> question only"),

    dict(id="q04", cat="q:data-copy-formal", lang="es", client="outlook_desktop", mailbox=CCB,
         frm=("Eduardo Salcedo", "esalcedo@salcedotraducciones.com"), date="2026-06-02 10:30:45",
         subject="Solicitud de copia de información personal", pc_name="ESALCEDO-PC",
         body="""
Estimados señores:

En mi calidad de cliente (cuenta número 2675-0093-148), les solicito atentamente una copia de toda la información personal que Alliant Energy conserva sobre mí: datos de contacto, historial de consumo y cualquier otro dato que tengan registrado, así como el nombre de las empresas con las que la hayan compartido.

Pueden enviarla a esta dirección de correo o a mi domicilio: 1207 W. Wisconsin St., Portage, WI 53901.

Quedo atento a su respuesta.

Atentamente,
Mtro. Eduardo Salcedo Ponce
""",
         labels=Q, entities={"name": "Eduardo Salcedo Ponce", "postal_code": "53901", "account": "2675-0093-148"},
         note="formal data-access request (copy of data) = question only; no opt-out asked"),

    dict(id="q05", cat="q:how-to-stop-catalog", lang="es", client="gmail_app", mailbox=PHB,
         frm=("Norberto Cano", "norbertocano@gmail.com"), date="2026-07-13 20:50:27",
         subject="Pregunta",
         body="¿Cómo hago para que ya no me llegue el catálogo? No encuentro dónde dice en la revista.",
         labels=Q, entities={},
         note="HOW to opt out is a question, not the opt-out itself (LABELS: question only)"),

    dict(id="q06", cat="q:opt-back-in", lang="es", client="outlook_web", mailbox=PHB,
         frm=("Esperanza Villarreal", "espevillarreal@hotmail.com"), date="2026-08-27 11:20:00",
         subject="Volver a recibir el catálogo",
         body="""
Hola,

El año pasado pedí que me dieran de baja del catálogo, pero ahora sí me gustaría volver a recibirlo porque quiero comprar unos focos y cosas para la casa. ¿Me pueden volver a poner en la lista?

Gracias,
Esperanza Villarreal
1520 Lincoln Way, Clinton, IA 52732
""",
         labels=Q, entities={"name": "Esperanza Villarreal", "postal_code": "52732"},
         note="opting back in = question; the old removal she mentions is not a new opt-out"),

    dict(id="q08", cat="q:spanish-service", lang="es", client="iphone", mailbox=CCB,
         frm=("Dolores Pineda", "lolapineda@icloud.com"), date="2026-10-13 15:35:21",
         subject="Español",
         body="Hola, ¿tienen servicio al cliente en español? ¿A qué número puedo llamar?",
         labels=Q, entities={},
         note="simple service question"),

    dict(id="q09", cat="q:with-whom-shared", lang="es", client="gmail_web", mailbox=PHB,
         frm=("Oscar Villanueva", "oscarvillanuevarios@gmail.com"), date="2026-09-10 18:45:03",
         subject="Con quién compartieron mi nombre",
         body="""
Buenas,

Me están llegando catálogos de por lo menos cuatro compañías diferentes y todos a mi nombre completo, igual que el de ustedes. ¿Con quién compartieron mi nombre y mi dirección? Me gustaría saber la lista de compañías.

Atentamente,
Oscar Villanueva Ríos
""",
         labels=Q, entities={"name": "Oscar Villanueva Ríos"},
         note="asking WITH WHOM the name was shared is a question, not a sharing opt-out (README 0106 convention)"),

    dict(id="q10", cat="q:rebate-status-english", lang="en", client="yahoo_web", mailbox=CCB,
         frm=("Maria Elena Castro", "mecastro58@yahoo.com"), date="2026-06-19 14:20:13",
         subject="Thermostat rebate status",
         body="""
Hello,

I bought a smart thermostat in March and sent in the rebate form on April 2 but I still haven't received anything. Can you tell me the status? The account is under my name, 4471 9902 15.

Thank you and God bless.
Que Dios los bendiga.

Maria Elena Castro
""",
         labels=Q, entities={"name": "Maria Elena Castro", "account": "4471 9902 15"},
         note="English question with one Spanish blessing line"),

    dict(id="q11", cat="q:wants-more-info", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Felipe Zárate", "felipezarate.ia@gmail.com"), date="2026-04-15 20:20:20",
         quote="promo_solar",
         body="""
Hola, me interesa lo de Community Solar pero no entiendo bien cómo funciona. ¿Me pueden mandar más información en español? ¿Cuánto me ahorraría más o menos?

Gracias,
Felipe Zárate
""",
         labels=Q, entities={"name": "Felipe Zárate"},
         note="reply to promo wanting MORE information = question (not opt-out); quoted footer has unsubscribe words"),

    dict(id="q12", cat="q:if-i-opt-out", lang="es", client="samsung", mailbox=CCB,
         frm=("Karla Medina", "karlamedina_@hotmail.com"), date="2026-06-29 21:05:55",
         subject="Pregunta",
         body="Buenas, si me doy de baja de las promociones ¿me siguen llegando los recibos por email? es que no quiero que se me pase pagar",
         labels=Q, entities={},
         note="hypothetical 'if I opt out...' is a question about opting out, not an opt-out"),
]
