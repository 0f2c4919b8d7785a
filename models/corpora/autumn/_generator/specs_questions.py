# -*- coding: utf-8 -*-
"""Questions, opt-outs with a question, and thank-yous that need no answer."""
from spec import M, MKT, SHARE, Q

SPECS = [
# ------------------------------------------------------------------ question only
M("q-rate-fixed-income", "cc", "2026-09-09 09:40", "aol", ("Bernice Kohlmeier", "bkohlmeier@aol.com"),
  None, """I got this notice about the rates. I am on Social Security and on the budget plan. Will my budget
payment go up in January or do you wait until the review in the summer? Please let me know.

Bernice Kohlmeier
acct 2209 5561 07""", [Q], "Reply to the rate-change notice asking about budget billing: question",
  quote="ratechange", ents={"name": "Bernice Kohlmeier", "account": "2209 5561 07"}),

M("q-heating-help-apply", "cc", "2026-10-07 12:02", "gmail", ("Tammy Ruegsegger", "tammyrue1982@gmail.com"),
  None, """Hi, I saw in the newsletter that heating help is open. Who do I apply with, you or the county? Last
winter I was short in February and I don't want that again. Account 61-4408-275.

Thanks, Tammy""", [Q], "Reply under the newsletter asking how to apply for energy assistance: question, not an opt-out",
  quote="newsletter", ents={"name": "Tammy", "account": "61-4408-275"}),

M("q-es-ayuda-calefaccion", "cc", "2026-10-09 18:25", "gmail_android", ("Maricela Ibarra", "maricelaibarra.ibarra@gmail.com"),
  "Ayuda para pagar la calefacción", """Buenas tardes, quisiera saber cómo puedo pedir la ayuda para pagar la calefacción este invierno. Tengo
tres niños y mi esposo trabaja en la empacadora. ¿Necesito ir a una oficina o lo puedo hacer por internet?
Gracias
Maricela Ibarra""", [Q], "Spanish: how to apply for heating assistance", lang="es",
  ents={"name": "Maricela Ibarra"}),

M("q-how-long-stop", "ph", "2026-09-18 15:33", "thunderbird", ("Gordon Ellefson", "gellefson@mwt.net"),
  "How long does it take", """If a person asks you to quit sending the catalog, how long before they actually quit coming? My
neighbor says it took her most of a year. I'm thinking about it.

Gordon Ellefson""", [Q], "Asks how long an opt-out takes, 'thinking about it': question only",
  ents={"name": "Gordon Ellefson"}),

M("q-new-address", "ph", "2026-09-02 19:16", "gmail", ("Brianna Kowal", "briannakowal.ia@gmail.com"),
  "Address change", """Hello! I just moved and want to keep getting the catalog. Please change my address from
88 Walnut Ct, Ankeny IA 50023 to 4120 NW 9th St Apt 6, Des Moines IA 50313. Name is Brianna Kowal.

Thank you!""", [Q], "Just moved, change of catalog address: question",
  ents={"name": "Brianna Kowal", "postal_code": "50313"}),

M("q-opt-back-in", "ph", "2026-09-24 10:08", "ox", ("Verna Schlueter", "vschlueter@mediacombb.net"),
  "Fall catalog", """Last spring I had you take me off the catalog. My granddaughter showed me the fall one at her
house and now I want it back. Can you put me back on the list? 
Verna Schlueter
Maquoketa IA 52060""", [Q], "Opting back in; the old removal is not a new opt-out: question",
  ents={"name": "Verna Schlueter", "postal_code": "52060"}),

M("q-data-copy-student", "cc", "2026-09-16 22:41", "gmail", ("Tobias Frey", "tobias.frey@student.cornellcollege.edu"),
  "Request for a copy of my personal data", """Hi,

I'm a new customer (first apartment, opened the account in August). For a class project I'm asking
companies what they store about me. Could you send me a copy of the personal information you hold
on me and what you use it for?

Tobias Frey
Mount Vernon, IA 52314""", [Q], "Request for a copy of his data: clear question",
  ents={"name": "Tobias Frey", "postal_code": "52314"}),

M("q-es-que-datos", "cc", "2026-10-20 13:12", "outlookcom", ("Sergio Barragán", "sergio.barragan@hotmail.com"),
  "Pregunta sobre mis datos", """Hola,

¿Qué información mía tienen guardada y con quién la comparten? Leí en el boletín que trabajan con otras
agencias y me dio curiosidad.

Saludos,
Sergio Barragán""", [Q], "Spanish: what data do you hold and with whom do you share it: question", lang="es",
  ents={"name": "Sergio Barragán"}),

M("q-fake-assistance-text", "cc", "2026-10-11 08:55", "iphone", ("Doreen Wacker", "doreenwacker@icloud.com"),
  "Is this you?", """I got this text yesterday: "ALLIANT ENERGY: You are approved for $350 winter heating credit. Confirm
your card at alliant-credit-help.com within 24 hrs." Is this really from you? I didn't apply for
anything.

Doreen

Sent from my iPhone""", [Q], "Customer asks whether a heating-credit text is ours (scam check): question",
  ents={"name": "Doreen"}),

M("q-landlord-tenant-current", "cc", "2026-10-15 09:30", "o365", ("Patrick Dunleavy", "pdunleavy@dunleavyproperties.com"),
  "Tenant account status", """Hello,

I'm the owner of 1830 Grand Ave, Dubuque. My tenant in the lower unit has the gas in her name. Can you tell me
whether her account is current? I want to make sure the heat stays on this winter, the pipes froze
in 2019.

Patrick Dunleavy
Dunleavy Properties""", [Q], "Landlord asks about a tenant's account: needs a human answer (privacy of the tenant); question",
  ents={"name": "Patrick Dunleavy"}),

M("q-somali-letter", "cc", "2026-09-12 11:04", "gmail_android", ("Faadumo Cali", "faadumocali12@gmail.com"),
  "letter", """Hello. I get a letter about rate and I dont understand it good. Can you send me papers in Somali
language or I can call someone who speak Somali? Thank you. Faadumo Cali, account 5530 1184 62""", [Q],
  "Second-language English (Somali): asks for the rate notice in Somali or an interpreter: question",
  ents={"name": "Faadumo Cali", "account": "5530 1184 62"}),

M("q-four-copies", "ph", "2026-09-19 07:25", "zimbra", ("Myron Kettleson", "kettleson@netins.net"),
  "4 catalogs", """Got four copies of the fall catalog today. One to me, one to Myron Kettleson Jr (that's my son, he
lives in Ames), one to Kettleson Farms and one to M Kettleson. Can you send just the one? Seems a waste
of paper.

Myron Kettleson
Story City""", [Q], "Duplicates: asks for fewer catalogs (one instead of four), not a stop: question per earlier sets",
  ents={"name": "Myron Kettleson"}),

M("q-es-como-dejar", "ph", "2026-10-04 16:50", "samsung", ("Lorena Saucedo", "lorenasaucedo@live.com"),
  "pregunta", """Hola, como le hago para que ya no me llegue el catalogo? Hay que llamar o es por aqui?

Enviado desde mi Galaxy""", [Q], "Spanish: how do I stop the catalog (how, not a request): question only", lang="es"),

M("q-propane-rebate", "cc", "2026-09-23 20:12", "yahoo", ("Duane Reiter", "dreiter55@yahoo.com"),
  None, """Does the $50 count for a propane furnace? We're on LP out here, no gas line. And does it have to be
one of your contractors or can my guy in Hazleton do it?""", [Q],
  "Reply under the furnace promotion asking about the rebate: question, no opt-out",
  quote="furnace"),

M("q-farm-and-house-same", "cc", "2026-10-23 06:35", "outlookpc", ("Wendell Kruse", "wkruse@kalonatel.net"),
  "Two accounts", """I have the farm account (grain dryer, shop) and the house account. Last year I asked you not to send
ads to the house. Does that cover the farm account too or do I have to ask separately? Not asking for
anything new right now, just want to know how it works.

Wendell Kruse
Riverside IA 52327""", [Q], "Asks whether an old opt-out covers his second account, 'not asking for anything new': question",
  ents={"name": "Wendell Kruse", "postal_code": "52327"}),

M("q-moving-es-speaker-english", "cc", "2026-10-26 17:45", "gmail", ("Edgar Villanueva", "edgar.villanueva.ph@gmail.com"),
  "moving", """Hello, I am moving the 15 of November to Marshalltown. How I stop the service in my apartment and
start in the new house? Do I need to pay deposit again? My account is 8830-221-09.

Thanks, Edgar Villanueva""", [Q], "Spanish speaker writing English: moving, stop/start service and deposit: question",
  ents={"name": "Edgar Villanueva", "account": "8830-221-09"}),

# ------------------------------------------------------------------ marketing_opt_out + question
M("mq-asked-in-june", "ph", "2026-09-17 13:20", "o365", ("Carol Heitkamp", "carolheitkamp@outlook.com"),
  "STILL getting the catalog", """I called in June and asked you to stop sending me the PowerHouse catalog. The fall catalog came
yesterday anyway. Stop sending the catalog, and tell me why it is still coming after I asked.

Carol Heitkamp
Dyersville, IA 52040""", [MKT, Q], "Angry repeat naming the object: renewed marketing opt-out plus why (question)",
  ents={"name": "Carol Heitkamp", "postal_code": "52040"}),

M("mq-es-otra-vez", "ph", "2026-09-19 19:05", "gmail", ("Alejandro Tinoco", "alextinoco.wi@gmail.com"),
  "Otra vez el catalogo", """Buenas noches,

En julio les pedí por correo que dejaran de mandarme el catálogo y hoy me llegó el de otoño. Por favor
ya no lo manden. ¿Por qué sigue llegando?

Alejandro Tinoco
Beloit WI 53511""", [MKT, Q], "Spanish angry repeat naming the catalog: opt-out plus why", lang="es",
  ents={"name": "Alejandro Tinoco", "postal_code": "53511"}),

M("mq-student-after-may", "cc", "2026-09-06 15:57", "gmail", ("Jaylen Okafor", "jaylen.okafor@iastate.edu"),
  "marketing emails + data question", """hey, can you unsubscribe me from the marketing emails? also when I move out in may and close the
account, do you guys keep my data or delete it?

- Jaylen""", [MKT, Q], "Student: unsubscribe from marketing e-mail plus a question about data retention",
  ents={"name": "Jaylen"}, dkim="iastate-edu.20230601.gappssmtp.com"),

M("mq-calls-too", "cc", "2026-10-13 11:14", "thunderbird", ("Lorraine Birkeland", "lbirkeland@chorus.net"),
  "Advertising", """Please stop sending me advertising mail. I also get telephone calls about solar panels from people
who say they are "with the utility". Are those you? How do I make those stop?

Lorraine Birkeland""", [MKT, Q], "Stop advertising mail (opt-out) plus phone calls: how to stop them (question)",
  ents={"name": "Lorraine Birkeland"}),

M("mq-vi-bill-higher", "cc", "2026-10-18 20:30", "yahoo", ("Pham Minh Chau", "phamminhchau78@yahoo.com"),
  "promotion and bill", """Hello,
Please stop send me promotion email. Also I want ask why my bill this month is more high than last month,
I don't use more. Account 3302-880-417.
Pham Minh Chau""", [MKT, Q], "Second-language English (Vietnamese): stop promotional e-mail, plus a billing question",
  ents={"name": "Pham Minh Chau", "account": "3302-880-417"}),

M("mq-newsletter-neighbor", "cc", "2026-10-08 07:48", "roundcube", ("Leroy Hagen", "lhagen@rconnect.com"),
  None, """Don't need this newsletter anymore, take me off. But my neighbor lady is 90 and her furnace is shot. Who
does she call about the free weatherization you mention here?

Leroy Hagen""", [MKT, Q], "Reply under the newsletter: stop it, plus a question about weatherization for a neighbour",
  quote="newsletter", ents={"name": "Leroy Hagen"}),

M("mq-es-correo-y-tarifa", "cc", "2026-09-12 14:18", "outlookcom", ("Claudia Espinoza", "claudia.espinoza22@outlook.com"),
  None, """Hola, por favor ya no me manden correos de promociones. Y otra pregunta: ¿el aumento de la tarifa ya está
aprobado o todavía no?

Claudia Espinoza""", [MKT, Q],
  "Spanish reply under the rate notice: stop promotional e-mails (object named) and is the increase approved",
  quote="ratechange", lang="es", qlang="es", ents={"name": "Claudia Espinoza"}),

# ------------------------------------------------------------------ catalog_share_opt_out + question
M("sq-five-catalogs", "ph", "2026-10-02 10:44", "applemail", ("Nadine Vrbicky", "nvrbicky@mac.com"),
  "Who did you give my name to?", """I ordered a heated throw from you in March. Since then I've gotten catalogs from five companies I never
heard of. Who did you give my name to? Stop sharing it.

Nadine Vrbicky
Tama IA 52339""", [SHARE, Q], "Stop sharing plus who received the name: share opt-out and question",
  ents={"name": "Nadine Vrbicky", "postal_code": "52339"}),

M("sq-es-cuanto-tarda", "ph", "2026-10-17 12:30", "gmail", ("Beatriz Almanza", "beatrizalmanza1@gmail.com"),
  "Mis datos", """Buen día,

Les pido que no compartan mi nombre ni mi dirección con otras compañías de catálogos. ¿Cuánto tiempo tarda
en hacerse efectivo? Ya me llegan muchos.

Beatriz Almanza
Marshalltown, Iowa 50158""", [SHARE, Q], "Spanish: do not share name/address, and how long does it take", lang="es",
  ents={"name": "Beatriz Almanza", "postal_code": "50158"}),

M("sq-bosnian-how-know", "ph", "2026-09-23 18:18", "gmail", ("Amra Begić", "amra.begic@gmail.com"),
  "no share please", """Hello,

Please do not share my name with other catalogs. How I can know that you stopped? Will you send me a letter?

Amra Begić""", [SHARE, Q], "Second-language English (Bosnian): no sharing, and how will she know it was done",
  ents={"name": "Amra Begić"}),

# ------------------------------------------------------------------ all three
M("msq-farm-letter", "ph", "2026-10-20 14:02", "outlookpc", ("Kenneth Jaspers", "kjaspers@windstream.net"),
  "Catalog list", """To PowerHouse Catalog,

Remove me from your catalog mailings. Do not share, rent or sell my name and address. And I would like
to know exactly what information you have on file about me and where you got it, because I never
ordered from you that I recall.

Kenneth Jaspers
Hampton, Iowa 50441""", [MKT, SHARE, Q], "Stop catalog, no sharing, and what data do you have: all three",
  ents={"name": "Kenneth Jaspers", "postal_code": "50441"}),

M("msq-es-todo", "cc", "2026-10-24 10:10", "gmail_android", ("Rocío Maldonado", "rociomaldonado.wi@gmail.com"),
  "Publicidad y mis datos", """Hola, no quiero recibir más publicidad de Alliant ni por correo ni por email, y no quiero que
compartan mis datos con otras empresas. ¿También me pueden decir si mi información la tienen terceros?
Gracias
Rocío Maldonado
cuenta 7719-305-88""", [MKT, SHARE, Q], "Spanish: stop advertising by mail and e-mail, no sharing, do third parties have my data",
  lang="es", ents={"name": "Rocío Maldonado", "account": "7719-305-88"}),

# ------------------------------------------------------------------ nothing to answer
M("n-thanks-ack", "ph", "2026-09-29 13:15", "iphone", ("Ruth Engebretson", "rengebretson@icloud.com"),
  None, "Thank you!\n\nSent from my iPhone\n", [], "Thank-you under our acknowledgement: nothing to answer, ack_to null",
  quote="ack_ph", ack=None),

M("n-es-gracias-ack", "cc", "2026-10-13 17:02", "gmail", ("Graciela Montoya", "gracielamontoya56@gmail.com"),
  None, "Muchas gracias por su ayuda.\nGraciela", [], "Spanish thank-you under our acknowledgement: nothing to answer",
  quote="ack_cc", lang="es", qlang="es", ack=None, ents={"name": "Graciela"}),
]
