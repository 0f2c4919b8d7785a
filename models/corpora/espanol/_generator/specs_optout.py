# -*- coding: utf-8 -*-
"""Opt-outs: marketing only (mo..), name sharing only (cs..), both (b..)."""

MO = ["marketing_opt_out"]
CS = ["catalog_share_opt_out"]
BOTH = ["marketing_opt_out", "catalog_share_opt_out"]
CCB = "customercare"
PHB = "powerhousecatalog"

SPECS = [
    # ------------------------------------------------------------------ marketing_opt_out only
    dict(id="mo01", cat="mo:reply-promo", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Rosa Elena Vázquez", "rosaelena.vazquez62@gmail.com"), date="2026-03-04 19:40:12",
         quote="promo_thermostat", fill={"G": "Hi ROSA,"},
         body="""
Buenas tardes,

Por favor ya no me manden estos correos de ofertas, no me interesan. Ya tengo termostato y lo único que necesito es que me llegue mi factura.

Gracias,
Rosa Elena Vázquez
""",
         labels=MO, entities={"name": "Rosa Elena Vázquez"},
         note="Spanish reply above English thermostat promo; asks to stop offer e-mails; quoted footer carries our ZIP 53718, not hers"),

    dict(id="mo02", cat="mo:short-reply-catalog", lang="es", client="iphone", mailbox=PHB,
         frm=("Kevin Ramírez", "kramirez.ia@icloud.com"), date="2026-03-10 12:03:40",
         quote="catalog_spring", body="STOP",
         labels=MO, entities={},
         note="bare STOP under a catalog promotion e-mail = marketing opt-out; the quoted footer's name-sharing text is ours, not his"),

    dict(id="mo03", cat="mo:formal-letter", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Jorge A. Treviño", "jatrevino_garza@hotmail.com"), date="2026-01-19 08:55:31",
         subject="Cancelación de envíos publicitarios",
         body="""
Estimados señores de Alliant Energy:

Por medio de la presente les solicito, de la manera más atenta, que dejen de enviarme publicidad, tanto por correo postal como por correo electrónico. Me refiero a las ofertas de productos, programas y promociones que recibo con frecuencia en mi domicilio.

Le agradezco de antemano la atención que se sirva dar a la presente.

Atentamente,

Lic. Jorge Alberto Treviño Garza
408 S. 3rd Ave
Marshalltown, IA 50158
Cuenta: 2204 7781 53
""",
         labels=MO, entities={"name": "Jorge Alberto Treviño Garza", "postal_code": "50158",
                              "account": "2204 7781 53"},
         note="formal usted letter, iso-8859-1 QP with RFC 2047 subject; postal + e-mail marketing; name without 'Lic.'"),

    dict(id="mo04", cat="mo:reply-promo-phone", lang="es", client="samsung", mailbox=CCB,
         frm=("Jesus Carrillo", "chuycarrillo77@hotmail.com"), date="2026-05-13 07:12:09",
         quote="promo_ev",
         body="""
quitenme de la lista porfavor no tengo carro electrico ni pienso comprar uno
Chuy
""",
         labels=MO, entities={"name": "Chuy"},
         note="phone typing without accents under EV promo (Samsung, base64, '-------- Mensaje original --------'); nickname signature counts as name"),

    dict(id="mo05", cat="mo:new-baja-catalog", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Guadalupe Ortiz", "lupita_ortizr@yahoo.com.mx"), date="2026-02-02 14:30:55",
         subject="BAJA",
         body="""
Buenas tardes

Quiero darme de BAJA del catálogo PowerHouse. Ya no quiero que me llegue a mi casa, gracias.

Guadalupe Ortiz Reyes
1418 Oak St
West Liberty IA 52776
""",
         labels=MO, entities={"name": "Guadalupe Ortiz Reyes", "postal_code": "52776"},
         note="'BAJA' del catálogo: stop the printed catalog = marketing opt-out, not a sharing opt-out"),

    dict(id="mo06", cat="mo:no-accents-webmail", lang="es", client="ox", mailbox=CCB,
         frm=("CARMEN RUIZ", "carmenruiz1954@prodigy.net.mx"), date="2025-11-18 09:47:02",
         subject="folletos", cte="8bit", telmex_dkim=False, no_msgid=True,
         body="""
buenos dias

ya no me manden folletos ni ofertas a mi casa, no los leo y nomas se juntan en la mesa. gracias

Sra. Carmen Ruiz
""",
         labels=MO, entities={"name": "Carmen Ruiz"},
         note="Prodigy/Telmex webmail, iso-8859-1 8bit, no Message-ID, no accents; folletos y ofertas by post; name without 'Sra.'"),

    dict(id="mo07", cat="mo:english-one-spanish-line", lang="en", client="gmail_app", mailbox=CCB,
         frm=("Danny Morales", "dmorales.dsm@gmail.com"), date="2026-01-09 21:15:44",
         quote="promo_winter", fill={"G": "Hi DANIEL,"},
         body="""
Hi, please unsubscribe me from the promotional emails. I get like 3 a week from you guys and I already have a heat pump lol. Gracias!

- Danny Morales
""",
         labels=MO, entities={"name": "Danny Morales"},
         note="English with one Spanish word, US-born customer; the quoted greeting says DANIEL but the signature is what counts"),

    dict(id="mo08", cat="mo:spanglish-reply", lang="es+en", client="outlook_mobile", mailbox=CCB,
         frm=("Brenda Salgado", "brendy.salgado@outlook.com"), date="2026-09-16 13:02:18",
         quote="promo_audit", sig="Obtener Outlook para iOS",
         body="Hola, porfa take me off this email list, ya tengo demasiado spam en mi inbox. thx",
         labels=MO, entities={},
         note="Spanglish one-liner from Outlook for iOS under the energy-assessment promo; no name in body"),

    dict(id="mo09", cat="mo:daughter-account-holder", lang="en", client="gmail_web", mailbox=CCB,
         frm=("Karina Delgado", "karina.delgado.rn@gmail.com"), date="2026-04-06 12:20:05",
         subject="Please stop promotional mail to our house",
         body="""
Hello,

My mother lives with me and she keeps getting confused by the promotional mailers and emails you send (she thinks they are bills and calls me at work about them). The account is in my name, acct 9917 2055 38. Please stop sending any promotional mail or emails to our household. Bills and outage notices are fine.

Mi mamá se los agradece también :)

Thank you,
Karina Delgado
Perry, IA 50220
""",
         labels=MO, entities={"name": "Karina Delgado", "postal_code": "50220", "account": "9917 2055 38"},
         note="daughter writes about her Spanish-speaking mother BUT says she is the account holder: standing is clear, household opt-out"),

    dict(id="mo10", cat="mo:new-puerto-rico", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Wilfredo Colón", "wcolonrivera@gmail.com"), date="2026-05-15 18:33:27",
         subject="Correos promocionales",
         body="""
Saludos.

Les escribo para que por favor me saquen de la lista de correos promocionales. Me llegan correos de ustedes casi todas las semanas, de termostatos, paneles solares, carros eléctricos... y la verdad que es demasiado. Las facturas sí las quiero por email.

Bendiciones,
Wilfredo Colón Rivera
""",
         labels=MO, entities={"name": "Wilfredo Colón Rivera"},
         note="Puerto Rican customer; keeps e-bills, stops promotional e-mail"),

    dict(id="mo11", cat="mo:reply-catalog-stop-paper", lang="es", client="outlook_web", mailbox=PHB,
         frm=("Edgar Pérez", "edgarestuardo.perez@hotmail.com"), date="2026-06-17 08:05:50",
         quote="catalog_summer",
         body="""
Buenos días,

Ya no quiero recibir el catálogo en papel ni estos correos. Somos solo mi esposa y yo, y no compramos nada de eso. Les agradezco mucho.

Que les vaya bien,
Edgar Estuardo Pérez
Cliente #: PH-4471902
""",
         labels=MO, entities={"name": "Edgar Estuardo Pérez", "account": "PH-4471902"},
         note="Guatemalan customer replying to catalog e-mail (Outlook De:/Enviado:/Para:/Asunto: block); stop catalog+e-mail; PowerHouse customer number"),

    dict(id="mo12", cat="mo:subject-only", lang="es", client="iphone", mailbox=CCB,
         frm=("Yessenia Rivas", "yessrivas@icloud.com"), date="2026-07-01 22:10:03",
         subject="Ya no me manden promociones", body="por fa 🙏",
         labels=MO, entities={},
         note="request is only in the subject (a new subject, not Re:); body is 'por fa' + emoji + iPhone signature"),

    dict(id="mo13", cat="mo:formal-colombia", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Luz Marina Ospina", "luzmarina.ospina@gmail.com"), date="2026-10-08 10:40:00",
         subject="Solicitud de retiro de listas de envío",
         body="""
Cordial saludo.

Me permito solicitar que mi dirección de correo electrónico sea retirada de sus listas de envío de promociones y boletines informativos.

Agradezco de antemano su atención.

Atentamente,

Luz Marina Ospina
Dubuque, Iowa
""",
         labels=MO, entities={"name": "Luz Marina Ospina"},
         note="Colombian formal register; promotions and newsletters by e-mail"),

    dict(id="mo14", cat="mo:outlook-desktop-reply", lang="es", client="outlook_desktop", mailbox=CCB,
         frm=("Ramiro Soto", "ramiro@sotolandscapingllc.com"), date="2026-04-15 07:31:22",
         quote="promo_solar", pc_name="OFICINA-PC",
         outlook_to_disp="Ramiro Soto <ramiro@sotolandscapingllc.com>",
         body="""
No gracias, no me interesa lo de los “paneles”. Y ya no me envíen más promociones de este tipo por favor, ni a esta dirección ni a la casa.

Ramiro

Ramiro Soto | Soto Landscaping LLC
Tel. 319-555-0143
""",
         labels=MO, entities={"name": "Ramiro Soto"},
         note="Outlook desktop, windows-1252 with curly quotes, 'De:/Enviado el:' block; declines solar and asks no more promos"),

    dict(id="mo15", cat="mo:short-reply-promo", lang="en", client="yahoo_app", mailbox=CCB,
         frm=("Maribel", "maribel.h83@yahoo.com"), date="2026-06-10 17:22:41",
         quote="promo_fridge", body="UNSUBSCRIBE",
         labels=MO, entities={},
         note="one word under appliance-recycling promo, Yahoo Mail Android in Spanish; name only in From header"),

    dict(id="mo16", cat="mo:question-form-request", lang="es", client="iphone", mailbox=PHB,
         frm=("Yesenia Robles", "yeserobles.cr@gmail.com"), date="2026-04-21 15:50:33",
         subject="catalogo", transport="gmail", attach=("png", "IMG_4471.PNG", 48, 64),
         body="""
Hola buenas tardes, me pueden quitar de su lista de catálogos? Me llegan 2 iguales cada mes y la neta no los uso. Les mando captura de la etiqueta.
Gracias
Yesenia Robles
52404
""",
         labels=MO, entities={"name": "Yesenia Robles", "postal_code": "52404"},
         note="'me pueden quitar...?' is the request in question form, not a question; bare ZIP counts; PNG screenshot attached (nothing taken from it)"),

    dict(id="mo17", cat="mo:reply-newsletter", lang="es", client="gmail_app", mailbox=CCB,
         frm=("Hilda Zamora", "hzamora1961@gmail.com"), date="2026-10-06 11:02:19",
         quote="newsletter_oct", body="No más correos por favor.",
         labels=MO, entities={},
         note="short Spanish reply under our newsletter: marketing opt-out by context"),

    dict(id="mo18", cat="mo:angry-caps-earlier", lang="es", client="ox", mailbox=CCB,
         frm=("ANTONIO SALAZAR", "asalazar61@infinitummail.com"), date="2026-08-19 20:05:36",
         subject="PUBLICIDAD",
         body="""
YA LES DIJE QUE NO QUIERO SUS OFERTAS POR CORREO. DEJEN DE MANDARME PUBLICIDAD A MI CASA Y A MI EMAIL!!!

ANTONIO SALAZAR
""",
         labels=MO, entities={"name": "ANTONIO SALAZAR"},
         note="'ya les dije' refers to an earlier request but this mail restates the object (ofertas/publicidad), so not unclear; all caps kept as written"),

    dict(id="mo19", cat="mo:samsung-mas-de-esto", lang="es", client="samsung", mailbox=CCB,
         frm=("Reyna Gómez", "reynagomez.wi@gmail.com"), date="2026-06-11 09:14:58",
         quote="promo_fridge", body="No me manden más de esto",
         labels=MO, entities={},
         note="'más de esto' points at the quoted promotion -> marketing opt-out; Samsung quoting"),

    dict(id="mo20", cat="mo:english-one-spanish-line", lang="en", client="outlook_web", mailbox=CCB,
         frm=("Marisol Ibarra", "marisol.ibarra@outlook.com"), date="2026-02-24 16:45:03",
         subject="Remove from marketing list", lang_tag="en-US",
         body="""
Hello,

Please remove my email address from your marketing list. I only want to receive my bills and outage alerts.

Disculpen mi inglés, no es muy bueno.

Marisol Ibarra
""",
         labels=MO, entities={"name": "Marisol Ibarra"},
         note="English message with one Spanish apology line"),

    dict(id="mo21", cat="mo:stop-paper-catalog", lang="es", client="apple_mail", mailbox=PHB,
         frm=("Andrés Villalobos", "andresvillalobos@me.com"), date="2026-03-16 19:05:11",
         subject="Catálogo PowerHouse - ya no enviar", flowed=True,
         body="""
Buenas tardes:

Les pido que ya no me envíen el catálogo PowerHouse por correo. Lo tiramos cada vez que llega y es un desperdicio de papel.

El número de cliente que viene en la etiqueta es 30418827.

Muchas gracias,
Andrés Villalobos
Madison, WI 53704
""",
         labels=MO, entities={"name": "Andrés Villalobos", "postal_code": "53704", "account": "30418827"},
         note="Apple Mail (Mac), format=flowed, utf-8 subject; stop printed catalog; mailing-label customer number"),

    dict(id="mo22", cat="mo:couple", lang="es", client="gmail_web", style="gmail_dots", mailbox=CCB,
         frm=("Norma Sandoval", "normasandoval.fdl@gmail.com"), date="2026-01-12 13:37:09",
         quote="promo_winter",
         body="""
Por favor ya no nos envíen ofertas por email ni por correo postal. Gracias de antemano.

Atte. Héctor y Norma Sandoval
""",
         labels=MO, entities={"name": "Héctor y Norma Sandoval"},
         note="couple writing for their own household ('nos'); joint name kept joint"),

    dict(id="mo23", cat="mo:spanglish-emoji", lang="es+en", client="outlook_mobile", mailbox=CCB,
         frm=("Alexis Ríos", "alexisrios_22@hotmail.com"), date="2026-03-06 23:48:30",
         quote="promo_thermostat",
         body="pls stop mandandome los emails de los thermostats y todo eso, ya tengo uno 🙄",
         labels=MO, entities={},
         note="Spanglish + emoji from Outlook for Android (utf-8, B-encoded name)"),

    dict(id="mo24", cat="mo:reply-promo-pr", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Jomar Figueroa", "jomarfig787@gmail.com"), date="2026-04-16 10:10:10",
         quote="promo_solar",
         body="""
Sáquenme de esta lista. Yo nunca pedí que me enviaran estas promociones.

Jomar
""",
         labels=MO, entities={"name": "Jomar"},
         note="'Yo nunca pedí' is a statement, not a question; first name alone is a name entity"),

    dict(id="mo25", cat="mo:short-reply-catalog", lang="es", client="outlook_web", mailbox=PHB,
         frm=("Rosario Mejía", "chayomejia@hotmail.com"), date="2026-11-11 08:20:44",
         quote="catalog_holiday", body="Baja por favor. Gracias.",
         labels=MO, entities={},
         note="'Baja' under holiday catalog e-mail = marketing opt-out"),

    # ------------------------------------------------------------------ catalog_share_opt_out only
    dict(id="cs01", cat="cs:keep-catalog", lang="es", client="gmail_web", mailbox=PHB,
         frm=("Patricia Aguilar", "paty.aguilar.madison@gmail.com"), date="2026-03-18 11:11:27",
         subject="No compartir mis datos",
         body="""
Hola,

Me gusta mucho su catálogo y quiero seguir recibiéndolo, pero no quiero que compartan mi nombre ni mi dirección con otras compañías.

Gracias,
Patricia Aguilar
53713
""",
         labels=CS, entities={"name": "Patricia Aguilar", "postal_code": "53713"},
         note="keep the catalog, don't share name/address -> sharing opt-out only"),

    dict(id="cs02", cat="cs:formal-letter", lang="es", client="outlook_web", mailbox=PHB,
         frm=("Raúl Mendoza", "ing.raulmendoza@hotmail.com"), date="2026-02-09 09:02:40",
         subject="Solicitud: no compartir información",
         body="""
A quien corresponda:

Por este medio solicito que no vendan, renten ni intercambien mi nombre y domicilio con otras empresas de catálogos o de ventas por correo.

Sin otro particular, quedo de ustedes.

Ing. Raúl Mendoza Castillo
No. de cliente: PH 2209-5531
""",
         labels=CS, entities={"name": "Raúl Mendoza Castillo", "account": "PH 2209-5531"},
         note="formal Mexican letter, iso-8859-1; vendan/renten/intercambien; name without 'Ing.'"),

    dict(id="cs03", cat="cs:no-accents-phone", lang="es", client="iphone", mailbox=PHB,
         frm=("Martin Lopez", "mlopez.postville@icloud.com"), date="2026-05-05 21:00:17",
         subject="mi nombre", body="no compartan mi nombre con nadie porfavor",
         labels=CS, entities={},
         note="phone typing 'porfavor', no accents; clear name-sharing opt-out"),

    dict(id="cs04", cat="cs:english-one-spanish-line", lang="en", client="gmail_web", mailbox=PHB,
         frm=("Veronica Estrada", "vero.estrada@gmail.com"), date="2026-07-08 20:22:51",
         subject="Name sharing",
         body="""
Hi there,

I'm fine getting the PowerHouse catalog, I actually order from it sometimes. But please do not sell or share my name and address with other catalog companies.

Ya me llegan demasiados catálogos de otras tiendas.

Veronica Estrada
Cedar Rapids IA 52402
""",
         labels=CS, entities={"name": "Veronica Estrada", "postal_code": "52402"},
         note="English, one Spanish line explaining why; keeps the catalog"),

    dict(id="cs05", cat="cs:points-at-quote", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Ofelia Trejo", "ofe_trejo@yahoo.com"), date="2026-03-11 10:31:05",
         quote="catalog_spring",
         body="""
Buen día,
No quiero que den mi nombre a otras compañías como dice abajo. Gracias.
Ofelia Trejo
""",
         labels=CS, entities={"name": "Ofelia Trejo"},
         note="'como dice abajo' points at our quoted footer; the label comes from her own sentence (sharing only); Yahoo unprefixed quote"),

    dict(id="cs06", cat="cs:colombia-keep-catalog", lang="es", client="gmail_web", mailbox=PHB,
         frm=("Ana Milena Restrepo", "anamilena.restrepo@gmail.com"), date="2026-08-25 15:40:39",
         subject="Datos personales",
         body="""
Buenas tardes, qué pena molestarlos.

Les quería pedir el favor de que no le suministren mis datos (nombre y dirección) a terceros. El catálogo sí me lo pueden seguir mandando, no hay problema con eso.

Mil gracias,
Ana Milena Restrepo
""",
         labels=CS, entities={"name": "Ana Milena Restrepo"},
         note="Colombian politeness ('qué pena', 'el favor de'); no suministrar datos a terceros; keeps catalog"),

    dict(id="cs07", cat="cs:salvador-phone", lang="es", client="samsung", mailbox=PHB,
         frm=("Nelson Hernández", "nelsonhdz503@yahoo.com"), date="2026-09-03 19:19:19",
         subject="nombre",
         body="""
Buenas, no quiero q vendan mi nombre a otras compañias. me llegan muchos catalogos de otras tiendas y por eso les escribo
Gracias va
""",
         labels=CS, entities={},
         note="Salvadoran phone Spanish ('q', 'va'); the other-catalog remark is a reason, not a question"),

    dict(id="cs08", cat="cs:do-not-sell", lang="es", client="outlook_mobile", mailbox=CCB,
         frm=("Diana Cruz", "dianacruz.ia@outlook.com"), date="2026-01-27 12:05:33",
         subject="No vendan mi información personal", sig="Obtener Outlook para iOS",
         body="No vendan mi información personal. Gracias.",
         labels=CS, entities={},
         note="'do not sell my personal information' in Spanish to customercare = sharing opt-out (mailbox is a hint only)"),

    dict(id="cs09", cat="cs:pr-keep-catalog", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Nilda Santiago", "nildasantiago@yahoo.com"), date="2026-04-28 09:50:14",
         subject="Favor de no compartir mi nombre",
         body="""
Buenos días:

Favor de no compartir mi nombre ni mi dirección postal con otras compañías. Sigan mandando el catálogo, me gusta ver las ofertas de bombillas LED.

Gracias mil,
Nilda Santiago
Janesville, WI 53548
""",
         labels=CS, entities={"name": "Nilda Santiago", "postal_code": "53548"},
         note="Puerto Rican 'favor de'; explicitly keeps catalog"),

    dict(id="cs10", cat="cs:spanglish", lang="es+en", client="gmail_app", mailbox=PHB,
         frm=("Eduardo Treviño", "lalo.trevino99@gmail.com"), date="2026-06-30 22:41:08",
         subject="my name",
         body="""
Hola, no quiero que mi nombre se comparta con otras companies. Thanks!
Lalo
""",
         labels=CS, entities={"name": "Lalo"},
         note="Spanglish; nickname signature"),

    dict(id="cs11", cat="cs:formal-webmail", lang="es", client="ox", mailbox=PHB,
         frm=("Maria del Carmen Huerta", "mchuerta@infinitummail.com"), date="2026-10-20 10:10:10",
         subject="Solicitud", mime="html",
         body="""
A quien corresponda:

Por medio de la presente les solicito que mi nombre y mi dirección sean excluidos de cualquier lista que ustedes proporcionen, vendan o renten a otras compañías.

Atentamente,
María del Carmen Huerta
N6214 County Rd K
Fond du Lac, WI 54935
""",
         labels=CS, entities={"name": "María del Carmen Huerta", "postal_code": "54935"},
         note="Telmex (OX) webmail sending HTML only, iso-8859-1 QP; vague subject, clear body"),

    dict(id="cs12", cat="cs:reply-catalog-short", lang="es", client="iphone", mailbox=PHB,
         frm=("Iván Castañeda", "ivancasta@icloud.com"), date="2026-06-16 21:12:27",
         quote="catalog_summer", mime="alt", body="Porfa no compartan mi dirección",
         labels=CS, entities={},
         note="short reply under catalog e-mail about address sharing only; not 'unsubscribe'"),

    dict(id="cs13", cat="cs:guatemala", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Marta Julia Coc", "martajulia.coc@hotmail.com"), date="2026-05-26 07:44:48",
         subject="Mis datos", charset="windows-1252", cs_label="Windows-1252",
         body="""
Buen día.

Quisiera pedirles que no pasen mis datos a otras empresas, ni mi nombre ni mi dirección. Solo eso.

Atentamente,
Marta Julia Coc
""",
         labels=CS, entities={"name": "Marta Julia Coc"},
         note="Guatemalan customer to customercare, windows-1252; 'no pasen mis datos' = sharing"),

    dict(id="cs14", cat="cs:reply-newsletter-share-only", lang="es", client="gmail_web", mailbox=CCB,
         frm=("Ruth Navarro", "ruthnavarro.wi@gmail.com"), date="2026-10-07 14:00:02",
         quote="newsletter_oct",
         body="""
no quiero que vendan mi nombre a nadie.
Ruth
""",
         labels=CS, entities={"name": "Ruth"},
         note="reply under our newsletter but her text only forbids selling her name; does not ask to stop the newsletter"),

    dict(id="cs15", cat="cs:keep-off-lists", lang="es", client="gmail_web", mailbox=PHB,
         frm=("Fernando Ruelas", "f.ruelas@gmail.com"), date="2026-12-01 16:20:45",
         subject="Listas",
         body="""
Buenas tardes. Por favor mantengan mi nombre fuera de las listas que le dan a otras compañías.
Saludos,
Fernando Ruelas
cliente 6612034
""",
         labels=CS, entities={"name": "Fernando Ruelas", "account": "6612034"},
         note="'keep me off lists you give to other companies' in Spanish; PowerHouse customer number"),

    dict(id="cs16", cat="cs:household-holders", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Teresa Fuentes", "tere.fuentes@yahoo.com"), date="2026-02-17 18:30:30",
         subject="No compartan nuestros nombres",
         body="""
Hola,

Somos los titulares de la cuenta. Les pedimos que no compartan nuestros nombres ni nuestra dirección con otras compañías de catálogos. El catálogo de ustedes sí lo queremos seguir recibiendo.

Rogelio y Teresa Fuentes
Muscatine, IA 52761
""",
         labels=CS, entities={"name": "Rogelio y Teresa Fuentes", "postal_code": "52761"},
         note="account holders writing for their household (clear standing); joint name"),

    dict(id="cs17", cat="cs:subject-carries-request", lang="es", client="yahoo_app", mailbox=PHB,
         frm=("Gabriela Montes", "gaby.montes@yahoo.com"), date="2026-07-21 12:45:12",
         subject="No compartir mi información",
         body="""
Como dice el asunto. Mi número de cliente del catálogo es 0087 3312 6.
Gracias
""",
         labels=CS, entities={"account": "0087 3312 6"},
         note="request lives in the RFC 2047 subject; body says 'como dice el asunto' + catalog customer number"),

    dict(id="cs18", cat="cs:keep-catalog-phone", lang="es", client="samsung", mailbox=PHB,
         frm=("Pedro Alvarado", "pedroalvarado.wi@gmail.com"), date="2026-08-11 18:00:40",
         subject="catalogo",
         body="""
a mi no me molesta el catalogo pero si me molesta que vendan mi nombre, ya no lo hagan por favor
Pedro Alvarado
""",
         labels=CS, entities={"name": "Pedro Alvarado"},
         note="subject 'catalogo' is not a stop request; he is fine with the catalog, objects to selling his name"),

    dict(id="cs19", cat="cs:formal-business-sig", lang="es", client="outlook_desktop", mailbox=CCB,
         frm=("Claudia Gómez", "cgomez@sonrisasdentalclinic.com"), date="2026-03-25 08:12:36",
         subject="Datos de contacto", pc_name="RECEPCION01",
         body="""
Buenos días,

Solicito amablemente que se abstengan de compartir, vender o ceder mis datos de contacto (nombre y dirección postal) a terceros, incluidas otras compañías de catálogos.

Cordialmente,

Dra. Claudia Patricia Gómez Cárdenas
Sonrisas Dental Clinic
2310 Atwood Ave, Suite 4
Madison, WI 53714
""",
         labels=CS, entities={"name": "Claudia Patricia Gómez Cárdenas", "postal_code": "53714"},
         note="Colombian formal register from Outlook desktop (windows-1252); name without 'Dra.'; ZIP from her signature block"),

    dict(id="cs20", cat="cs:english-short", lang="en", client="iphone", mailbox=PHB,
         frm=("Luis Ortega", "lortega.dbq@icloud.com"), date="2026-11-24 07:30:00",
         subject="Please don't share my info",
         body="Please don't share my name w/ other catalogs. Gracias",
         labels=CS, entities={},
         note="English one-liner with 'Gracias'"),

    # ------------------------------------------------------------------ both opt-outs
    dict(id="b01", cat="both:new", lang="es", client="gmail_web", mailbox=PHB,
         frm=("Silvia Campos", "silvicampos@gmail.com"), date="2026-03-22 21:40:07",
         subject="Catálogo",
         body="""
Buenas noches.
No quiero recibir más catálogos y tampoco quiero que vendan mi nombre ni mi dirección. Por favor.
Silvia Campos
""",
         labels=BOTH, entities={"name": "Silvia Campos"},
         note="stop catalogs + don't sell name"),

    dict(id="b02", cat="both:formal-numbered", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Gerardo Villaseñor", "gvillasenor.ochoa@hotmail.com"), date="2026-02-03 10:05:21",
         subject="Solicitud de exclusión de publicidad y de listas",
         body="""
Estimados señores:

Les escribo para solicitar dos cosas:

1. Que dejen de enviarme publicidad (ofertas, promociones, programas nuevos) por correo postal y por correo electrónico.
2. Que no compartan, vendan ni intercambien mi nombre y dirección con ninguna otra compañía.

Mi número de cuenta es 3390-118-472.

Agradezco su atención.

Atentamente,
Gerardo Villaseñor Ochoa
1022 Prospect Ave
Beloit, WI 53511
""",
         labels=BOTH, entities={"name": "Gerardo Villaseñor Ochoa", "postal_code": "53511",
                                "account": "3390-118-472"},
         note="formal numbered letter, iso-8859-1 RFC 2047 subject; both requests"),

    dict(id="b03", cat="both:no-accents-phone", lang="es", client="samsung", mailbox=CCB,
         frm=("Rosa Linares", "rosalinares73@hotmail.com"), date="2026-05-29 13:13:13",
         subject="ya no", sig="Enviado desde mi smartphone Samsung Galaxy.",
         body="ya no me manden nada de publicidad y no den mi nombre a otras compañias porfavor",
         labels=BOTH, entities={},
         note="one run-on phone line, both opt-outs; subject 'ya no' alone would be unclear but body is explicit"),

    dict(id="b04", cat="both:spanglish-reply", lang="es+en", client="gmail_app", mailbox=PHB,
         frm=("Jessica Villa", "jessvilla.07@gmail.com"), date="2026-06-18 23:03:50",
         quote="catalog_summer", body="Unsubscribe me y no compartan mi info con nadie pls",
         labels=BOTH, entities={},
         note="Spanglish under catalog e-mail: unsubscribe + don't share"),

    dict(id="b05", cat="both:history-pr", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Xiomara Pagan", "xiomarapagan@yahoo.com"), date="2026-04-09 20:10:42",
         subject="Catálogo que no pedí",
         body="""
Saludos,

Me mudé de Ponce a Iowa hace como dos años y desde que abrí el servicio de luz con Alliant me empezó a llegar el catálogo de PowerHouse. Nunca lo pedí. No lo quiero, por favor sáquenme de la lista de envío.

Y tampoco quiero que mi nombre aparezca en listas de otras compañías, que ya me están llegando catálogos de sitios que ni conozco.

Gracias,
Xiomara Pagán
Columbus Junction, IA 52738
""",
         labels=BOTH, entities={"name": "Xiomara Pagán", "postal_code": "52738"},
         note="rambling history from a Puerto Rican customer; both opt-outs; the other-catalogs remark is context, not a question"),

    dict(id="b06", cat="both:english-caps", lang="en", client="gmail_web", mailbox=PHB,
         frm=("Ricardo Gallegos", "rgallegos.ia@gmail.com"), date="2026-11-12 17:35:29",
         quote="catalog_holiday",
         body="""
STOP sending me catalogs and STOP sharing my name with other companies. Ya basta.

Rick Gallegos
""",
         labels=BOTH, entities={"name": "Rick Gallegos"},
         note="English + 'Ya basta'; signature name differs from From header (Ricardo)"),

    dict(id="b07", cat="both:colombia-formal", lang="es", client="gmail_web", style="gmail_dots", mailbox=CCB,
         frm=("Julián Cardona", "julian.a.cardona@gmail.com"), date="2026-09-09 08:25:14",
         subject="Solicitud de retiro y protección de datos",
         body="""
Buenos días,

Solicito ser retirado de sus listas de correo promocional (físico y electrónico) y que mis datos personales no sean compartidos ni vendidos a terceros.

Muchas gracias por su colaboración.

Julián Andrés Cardona
""",
         labels=BOTH, entities={"name": "Julián Andrés Cardona"},
         note="Colombian formal; both"),

    dict(id="b08", cat="both:salvador", lang="es", client="outlook_web", mailbox=CCB,
         frm=("Walter Mejía", "waltermejia503@hotmail.com"), date="2026-07-29 17:48:01",
         subject="Ofertas",
         body="""
Buenas tardes. Ya no me manden ofertas al email y no le den mi direccion a nadie, a ninguna compañia.
Gracias va.
Walter
""",
         labels=BOTH, entities={"name": "Walter"},
         note="Salvadoran informal; offers by e-mail + address sharing"),

    dict(id="b09", cat="both:elder-formal-webmail", lang="es", client="ox", mailbox=PHB,
         frm=("Rodolfo Esquivel", "resquivel_lara@prodigy.net.mx"), date="2025-12-04 11:30:26",
         subject="Catalogo PowerHouse", cte="8bit",
         body="""
Muy señores míos:

Por medio de la presente les hago saber que no deseo seguir recibiendo su catálogo ni ninguna otra propaganda en mi domicilio. Asimismo les pido no proporcionar mi nombre ni mi dirección a otras compañías.

Sin más por el momento, quedo de ustedes.

Atte.
Prof. Rodolfo Esquivel Lara
Waukon, Iowa 52172
""",
         labels=BOTH, entities={"name": "Rodolfo Esquivel Lara", "postal_code": "52172"},
         note="old-fashioned formal letter, Prodigy webmail, iso-8859-1 8bit; name without 'Prof.'"),

    dict(id="b10", cat="both:reply-promo-short", lang="es", client="iphone", mailbox=CCB,
         frm=("Omar Chávez", "omarchavez.ia@icloud.com"), date="2026-05-12 18:02:44",
         quote="promo_ev", body="quitenme de todo y no vendan mis datos",
         labels=BOTH, entities={},
         note="'quítenme de todo' under a promo = marketing opt-out; 'no vendan mis datos' = sharing"),

    dict(id="b11", cat="both:reply-catalog-number", lang="es", client="gmail_app", mailbox=PHB,
         frm=("Mayra Quintero", "mayraquintero88@gmail.com"), date="2026-11-13 06:55:31",
         quote="catalog_holiday",
         body="""
Baja del catalogo y no compartan mi nombre.
Cliente 5561208
""",
         labels=BOTH, entities={"account": "5561208"},
         note="campaign token [PH-2611-3QW8Z] in subject is not an account; 'Cliente 5561208' is"),

    dict(id="b12", cat="both:guatemala", lang="es", client="yahoo_web", mailbox=PHB,
         frm=("Hugo Aju", "hugoleonel.aju@yahoo.com"), date="2026-01-30 15:15:48",
         subject="Lista de correo",
         body="""
Buenas tardes,

Por favor quíteme de la lista de correo del catálogo y también de la lista que comparten con otras empresas.

Dios le bendiga,
Hugo Leonel Ajú
""",
         labels=BOTH, entities={"name": "Hugo Leonel Ajú"},
         note="Guatemalan customer; both lists named"),
]
