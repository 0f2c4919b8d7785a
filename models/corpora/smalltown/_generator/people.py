# -*- coding: utf-8 -*-
"""The people's mail of the smalltown set: one plain dict per message."""
MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
C, P = "customercare", "powerhousecatalog"

PEOPLE = [
dict(id="farmer-woodstove", mb=C, who=("Dale Hoffmeier", "dhoffmeier52@gmail.com"), client="gmail",
     subj="quit the heat pump mailers",
     body="""To whoever reads this,

Quit sending me the mailers about heat pumps and all that. I heat with a wood stove and I'm 71, I am not putting in a heat pump. Take me off the mailing list for that stuff.

Dale Hoffmeier
2214 Old Stage Rd
Decorah IA 52101""",
     labels=[MO], ent={"name": "Dale Hoffmeier", "postal_code": "52101"}, ack="from", cat="opt-out/postal",
     note="Plain postal marketing opt-out with name and ZIP; gruff tone but nothing ambiguous."),

dict(id="birdfeeder-share", mb=P, who=("Marlene Vos", "marlene.vos@outlook.com"), client="outlook",
     subj="Please don't give out my name",
     body="""Hello,

I do enjoy your catalog and would like to keep getting it. But ever since I ordered the bird feeder last fall I am getting four or five other catalogs a week from companies I never heard of. Please do not give my name and address to other companies anymore.

Thank you,
Marlene Vos
Sheboygan, WI 53081""",
     labels=[CS], ent={"name": "Marlene Vos", "postal_code": "53081"}, ack="from", cat="share-only",
     note="Keeps the catalog, refuses sharing: catalog_share_opt_out only (rulebook: channel limits are kept)."),

dict(id="rigo-promos", mb=C, who=("Rigoberto Sánchez", "rigo.sanchez88@gmail.com"), client="android", lang="es",
     subj="promociones",
     body="""Buenas tardes, ya no quiero recibir correos de promociones de ustedes. Gracias.

Rigoberto Sánchez""",
     labels=[MO], ent={"name": "Rigoberto Sánchez"}, ack="from", cat="opt-out/email",
     note="Spanish, short and clear e-mail marketing opt-out."),

dict(id="kaylee-unsub", mb=C, who=("Kaylee Brandt", "kayleeb2019@icloud.com"), client="iphone",
     subj="Unsubscribe pls",
     body="""pls unsubscribe me from your emails, im getting like 3 a week 🙃 thx
-Kaylee""",
     labels=[MO], ent={"name": "Kaylee"}, ack="from", cat="opt-out/email",
     note="Young parent on a phone, lowercase and emoji, but a clear e-mail opt-out; first name alone counts."),

dict(id="pfaff-both", mb=P, who=("Gerald Pfaff", "gjpfaff@aol.com"), client="aol",
     subj="Remove us from catalog",
     body="""Please remove us from the PowerHouse Catalog mailing list. Also do not sell or share our name and address with anybody else.

Account 12-4471-0938
Gerald Pfaff
N2870 Hwy 69
Monroe WI 53566""",
     labels=[MO, CS], ent={"name": "Gerald Pfaff", "account": "12-4471-0938", "postal_code": "53566"}, ack="from", cat="both",
     note="Account holder for the household ('us'): both opt-outs, account number in dashed format."),

dict(id="diner-bill", mb=C, who=("Barb Kessler", "barbskitchenosage@yahoo.com"), client="yahoo",
     subj="Barb's Kitchen - promo mail and our bill",
     body="""Hi there,

Two things. First please stop sending the promotional flyers to the restaurant, they go straight in the recycling. We don't need thermostat offers.

Second, our last bill for the diner jumped $212 from April and we didn't change a thing, same hours same fryers. Was there a rate change? Account is 308 554 1290.

Thanks,
Barb Kessler
Barb's Kitchen
Osage, IA 50461""",
     labels=[MO, Q], ent={"name": "Barb Kessler", "account": "308 554 1290", "postal_code": "50461"}, ack="from", cat="mixed",
     note="Diner owner: postal marketing opt-out plus a billing question; two clear requests."),

dict(id="pastor-trinity", mb=C, who=("Tom Lindqvist", "pastor@trinitymthoreb.org"), client="thunderbird",
     subj="Trinity Lutheran - mailing list and LED question",
     body="""Good morning,

Our church office receives your energy-savings mailers, often three or four copies addressed to "Resident" at the same address. Please take Trinity Lutheran Church, 310 E Main St, Mount Horeb 53572, off your promotional mailing lists.

Separately, our council is considering replacing the old fluorescent fixtures in the fellowship hall. Is there a rebate or program for non-profits doing an LED retrofit?

Blessings,
Pastor Tom Lindqvist
Trinity Lutheran Church""",
     labels=[MO, Q], ent={"name": "Tom Lindqvist", "postal_code": "53572"}, ack="from", cat="mixed",
     note="Pastor writes for the church he runs (standing is clear): opt-out plus a program question; title 'Pastor' dropped from name."),

dict(id="firechief-dispatch", mb=C, who=("Ron Brandt", "chief@newglarusfire.org"), client="outlook",
     subj="Barn fire on the 19th - who do we call for a disconnect",
     body="""Hello,

I'm the chief of the New Glarus volunteer fire department. We had a barn fire on Tuesday the 19th out on Cty Rd O and it took us over an hour to get a crew to cut power at the pole. Our guys stood around waiting.

Is there a direct number or a dispatcher we should be calling for emergency disconnects? I'd like to get it on our run cards.

Ron Brandt
Fire Chief, New Glarus Fire & Rescue
608-527-xxxx""",
     labels=[Q], ent={"name": "Ron Brandt"}, ack="from", cat="question/service",
     note="Operational question from a volunteer fire chief; no opt-out anywhere."),

dict(id="maria-share", mb=P, who=("María Elena Torres", "mariaelenatorres@hotmail.com"), client="outlook", lang="es",
     subj="No compartir mis datos",
     body="""Hola,

Por favor no compartan mi nombre ni mi dirección con otras compañías de catálogos. El catálogo de ustedes sí lo quiero seguir recibiendo.

Gracias,
María Elena Torres
Beaver Dam, WI 53916""",
     labels=[CS], ent={"name": "María Elena Torres", "postal_code": "53916"}, ack="from", cat="share-only",
     note="Spanish; keeps the catalog but refuses sharing: catalog_share_opt_out only."),

dict(id="stop-under-promo", mb=C, who=("Luke Wendt", "lwendt.farms@gmail.com"), client="gmail", reply="PROMO",
     body="STOP",
     labels=[MO], ent={}, ack="from", cat="reply/short",
     note="'STOP' under our thermostat promotion: marketing opt-out (short replies take meaning from what they answer)."),

dict(id="stop-under-outage", mb=C, who=("", "jandkfrahm@mchsi.com"), client="iphone", reply="OUTAGE", sig=False,
     body="Stop",
     labels=[], unclear=True, ent={}, ack="from", cat="reply/short",
     note="'Stop' under an outage-restored alert is not a marketing opt-out: unclear (alerts? texts? something else?)."),

dict(id="teacher-longform", mb=C, who=("Janet Oberbroeckling", "jobroeck@dyersvilleschools.net"), client="outlook",
     subj="Mail from Alliant",
     body="""Hello,

School let out on Friday so I am finally getting to the pile of things I put off all spring, and this is one of them. I have been meaning to write since March.

I would like to be taken off all of your advertising, both the paper mailers that come to the house and the e-mails. I don't need to hear about rebates or programs; if I ever want one I know where to find you. I also want to make sure my name and address are not given or sold to any other company. I have no idea how much of my junk mail starts with utilities but I am trying to cut it off wherever I can.

My bills and account notices are fine, please keep sending those.

Thank you for your help,
Janet Oberbroeckling
1406 9th St SE
Dyersville, IA 52040""",
     labels=[MO, CS], ent={"name": "Janet Oberbroeckling", "postal_code": "52040"}, ack="from", cat="both",
     note="Retiring-for-summer teacher writes at length; both opt-outs are explicit, keeps service mail."),

dict(id="fewer-catalogs", mb=P, who=("Harold Juhl", "hjuhl@mac.com"), client="apple",
     subj="Too many catalogs",
     body="""We get a catalog from you about every two weeks. Once a season would be plenty for us. Could you cut it back?

Harold Juhl
Elk Horn, Iowa 51531""",
     labels=[Q], ent={"name": "Harold Juhl", "postal_code": "51531"}, ack="from", cat="question/catalog",
     note="'Send fewer catalogs' is a question per project convention, not an opt-out."),

dict(id="supper-calls", mb=C, who=("Shirley Ehlers", "sehlers47@windstream.net"), client="local",
     subj="phone calls",
     body="""Somebody from your company keeps calling about the thermostat program. Every evening right at supper time. Please quit calling me. The mail is fine I just don't want the phone calls.

Shirley Ehlers""",
     labels=[Q], ent={"name": "Shirley Ehlers"}, ack="from", cat="question/phone",
     note="Phone calls only and mail explicitly fine: question per convention, not a marketing opt-out."),

dict(id="sold-farm-move", mb=C, who=("Dennis Kuehl", "dkuehl@iowatelecom.net"), client="thunderbird",
     subj="Change of address - account 5523019874",
     body="""We sold the farm and closed on May 15. Please close out the account at 3187 Eagle Ave and send the final bill to our new place:

412 N Ash St
New Hampton IA 50659

Account 5523019874
Dennis Kuehl""",
     labels=[Q], ent={"name": "Dennis Kuehl", "account": "5523019874", "postal_code": "50659"}, ack="from", cat="question/address",
     note="Change of address / final bill: question only."),

dict(id="optin-catalog", mb=P, who=("Arlen Schmitt", "arlen.schmitt@yahoo.com"), client="yahoo",
     subj="Put me back on",
     body="""A few years back I asked to be taken off the catalog list. Now I kind of miss it, the wife used to order the furnace filters out of it. Please put me back on.

Arlen Schmitt
1009 3rd Ave NW
Waukon IA 52172""",
     labels=[Q], ent={"name": "Arlen Schmitt", "postal_code": "52172"}, ack="from", cat="opt-in",
     note="Opting back in is a question; the old removal it mentions is not a new opt-out."),

dict(id="copy-of-data", mb=C, who=("Nathan Ostrander", "n.ostrander@protonmail.com"), client="thunderbird",
     subj="Request for copy of my personal information",
     body="""Hello,

I would like a copy of the personal information Alliant Energy holds about me, including anything you have received from or given to third parties.

Nathan Ostrander
Account 41-0937-5522
Platteville, WI 53818""",
     labels=[Q], ent={"name": "Nathan Ostrander", "account": "41-0937-5522", "postal_code": "53818"}, ack="from", cat="data-request",
     note="Access request for a copy of data: a clear question."),

dict(id="delete-all", mb=C, who=("Cody Harms", "codyharms@gmail.com"), client="gmail",
     subj="delete my info",
     body="""Delete all of my information from your systems. Every bit of it. I don't want you holding anything on me.

Cody Harms""",
     labels=[Q], unclear=True, ent={"name": "Cody Harms"}, ack="from", cat="data-request",
     note="Delete-everything request: unclear plus question (the bot may not delete account data)."),

dict(id="please-stop", mb=C, who=("", "gpetersen1950@aol.com"), client="aol", sig=False,
     subj="(no subject)",
     body="Please stop.",
     labels=[], unclear=True, ent={}, ack="from", cat="no-object",
     note="'Please stop.' with no object or context: unclear."),

dict(id="optmeout-catalogbox", mb=P, who=("", "t.marx@mhtc.net"), client="local",
     subj="opt out",
     body="Opt me out",
     labels=[], unclear=True, ent={}, ack="from", cat="no-object",
     note="Sent to the catalog mailbox but says nothing about what; the mailbox is a hint, not an instruction: unclear."),

dict(id="other-address", mb=C, who=("Pam Reicks", "pamreicks@gmail.com"), client="gmail",
     subj="my other address",
     body="""Hi, can you do the same for my other address on County Rd K please? Thanks

Pam""",
     labels=[], unclear=True, ent={"name": "Pam"}, ack="from", cat="earlier-mail",
     note="'Do the same' refers to earlier mail without saying what: unclear."),

dict(id="late-mother", mb=C, who=("Carol Wolfe-Jensen", "cwjensen@hotmail.com"), client="outlook",
     subj="My mother Irene Wolfe",
     body="""My mother, Irene Wolfe, passed away in March. Offers and advertisements from your company are still coming to her at the house in Prairie du Chien. Please stop sending them.

Carol""",
     labels=[MO], unclear=True, ent={"name": "Irene Wolfe"}, ack="from", cat="behalf",
     note="On behalf of a deceased parent without shown standing: unclear; entities name the person the request is for."),

dict(id="husband-behalf-es", mb=C, who=("Lucía Méndez", "lucia.mendez.w@gmail.com"), client="gmail", lang="es",
     subj="publicidad para mi esposo",
     body="""Hola buenas tardes,

Mi esposo Juan Carlos Méndez no quiere que le manden publicidad por correo, él casi no habla inglés y no la lee. La cuenta está a nombre de él.

Gracias
Lucía""",
     labels=[MO], unclear=True, ent={"name": "Juan Carlos Méndez"}, ack="from", cat="behalf",
     note="Spanish; wife asks for the husband who holds the account: on behalf of a spouse, standing not shown, unclear."),

dict(id="yanoquiero", mb=C, who=("", "jose.lpz2001@yahoo.com"), client="yahoo", lang="es", sig=False,
     subj="hola",
     body="Ya no quiero.",
     labels=[], unclear=True, ent={}, ack="from", cat="no-object",
     note="Spanish 'I don't want (it) anymore' with nothing saying what: unclear."),

dict(id="how-long-optout", mb=C, who=("Duane Vogt", "dvogt@frontiernet.net"), client="thunderbird",
     subj="How long does it take",
     body="""I called in last week to get off your advertising list. How long does that take to kick in? I got two more pieces of mail since then.

Duane Vogt""",
     labels=[Q], ent={"name": "Duane Vogt"}, ack="from", cat="question/how",
     note="Question about how long an opt-out takes: question only (no new opt-out request in this mail)."),

dict(id="how-stop-catalog", mb=P, who=("Megan Bruening", "meganbruening@icloud.com"), client="iphone",
     subj="Catalog",
     body="How do I stop getting the catalog?",
     labels=[Q], ent={}, ack="from", cat="question/how",
     note="How-to question only; the rulebook says a question about how to opt out is a question only."),

dict(id="how-and-do", mb=C, who=("Ken Schrader", "kschrader@netins.net"), client="local",
     subj="get off the list",
     body="""How do I get off your advertising list? Actually never mind how, just take me off it. Paper and e-mail both.

Ken Schrader
Ackley IA 50601""",
     labels=[MO, Q], ent={"name": "Ken Schrader", "postal_code": "50601"}, ack="from", cat="question/how",
     note="Asks how to opt out and also clearly asks to be opted out: both labels per rulebook."),

dict(id="can-you-take-me-off", mb=P, who=("Lorraine Hagen", "lhagen@charter.net"), client="windows",
     subj="catalog",
     body="""Can you take me off your catalog mailing list?

Lorraine Hagen""",
     labels=[MO], ent={"name": "Lorraine Hagen"}, ack="from", cat="opt-out/postal",
     note="A question that is the request itself: marketing opt-out only."),

dict(id="share-whatever", mb=P, who=("Mike Doyle", "mdoyle.dubuque@gmail.com"), client="gmail",
     subj="No more catalogs",
     body="""I honestly don't care who you sell my name to at this point, everybody has it anyway. I just don't want the catalog coming anymore. It's all stuff I don't need.

Mike Doyle
Dubuque 52001""",
     labels=[MO], ent={"name": "Mike Doyle", "postal_code": "52001"}, ack="from", cat="opt-out/postal",
     note="'Share whatever, just stop the catalog': marketing_opt_out only."),

dict(id="emails-keep-paper", mb=P, who=("Tina Lautenbach", "tinalautenbach@outlook.com"), client="outlook",
     subj="Emails only",
     body="""Hi,

Please stop the catalog e-mails, I get way too much e-mail as it is. Keep sending the paper catalog though, my mom goes through it with a highlighter and orders from it.

Tina""",
     labels=[MO], ent={"name": "Tina"}, ack="from", cat="opt-out/email",
     note="Stop e-mails, keep the paper catalog: marketing_opt_out (the channel limit goes into the record)."),

dict(id="thanks-crew", mb=C, who=("Gary Birkett", "birkettgary@gmail.com"), client="android",
     subj="Thank you to the line crew",
     body="""Just wanted to say thanks to the crew that got our power back on Sunday night after the storm went through near Cuba City. They were out there in the rain till midnight. Much appreciated.

Gary Birkett""",
     labels=[], ent={"name": "Gary Birkett"}, ack=None, cat="thanks",
     note="Pure thank-you that asks nothing: person, no labels, not unclear, no acknowledgement due."),

dict(id="thanks-ack", mb=C, who=("Doris Kramer", "doriskramer@aol.com"), client="aol", reply="ACK",
     body="Thank you so much!",
     labels=[], ent={}, ack=None, cat="thanks",
     note="Thank-you under our own acknowledgement, asks nothing: no labels, ack_to null."),

dict(id="stop-under-ack", mb=C, who=("", "dbaumhover@mchsi.com"), client="iphone", reply="ACK", sig=False,
     body="STOP",
     labels=[], unclear=True, ent={}, ack="from", cat="reply/short",
     note="'STOP' under our acknowledgement (service mail, not a promotion): unclear."),

dict(id="gmail-unsub-button", mb=C, who=("Jordan Meyer", "jmeyer.ames@gmail.com"), client="gmail", sig=False,
     subj="unsubscribe", kind="plain", cte="7bit",
     body="This message was automatically generated by Gmail.",
     labels=[MO], ent={}, ack="from", cat="software-unsub",
     note="Gmail's Unsubscribe button mailing our List-Unsubscribe address: a person's opt-out made by software, no Auto-Submitted so ack_to is the sender."),

dict(id="cleaner-service", mb=C, who=("", "unsub-7f3k2q@relay.tidyinbox.app"), client="relay", sig=False,
     subj="unsubscribe", kind="plain", cte="7bit",
     headers=["Auto-Submitted: auto-generated", "X-TidyInbox-User: 88122093"],
     body="""Unsubscribe request sent by TidyInbox on behalf of a subscriber who asked to stop receiving
mail from customercare@alliant-energy.com.

List: Power Connection""",
     labels=[MO], ent={}, ack=None, cat="software-unsub",
     note="Inbox-cleaning service writing to our List-Unsubscribe mailto: person's opt-out, but Auto-Submitted means ack_to null (RFC 3834)."),

dict(id="baja-y-no-vender", mb=P, who=("Adriana Villalobos", "adri.villalobos@gmail.com"), client="gmail", lang="es",
     subj="Darme de baja del catálogo",
     body="""Buenos días,

Quiero darme de baja del catálogo PowerHouse, ya no me lo manden. Y tampoco quiero que vendan o compartan mi información con otras empresas.

Adriana Villalobos
Postville, IA 52162""",
     labels=[MO, CS], ent={"name": "Adriana Villalobos", "postal_code": "52162"}, ack="from", cat="both",
     note="Spanish; both opt-outs stated outright."),

dict(id="factura-alta", mb=C, who=("Efraín Gómez", "efrain.gomez75@hotmail.com"), client="outlook", lang="es",
     subj="Factura muy alta",
     body="""Buenas,

Mi factura de este mes llegó muy alta, $287 y normalmente pago como $120. Vivimos 4 personas en la traila de la granja. ¿Pueden revisar si hay un error? Mi cuenta es 2290 447 183.

Gracias
Efraín Gómez""",
     labels=[Q], ent={"name": "Efraín Gómez", "account": "2290 447 183"}, ack="from", cat="question/billing",
     note="Spanish billing complaint; question only."),

dict(id="nomas-correos", mb=C, who=("Yesenia Rojas", "yese.rojas@icloud.com"), client="iphone", lang="es", reply="PROMO",
     body="No más correos de estos por favor",
     labels=[MO], ent={}, ack="from", cat="reply/short",
     note="Spanish 'no more of these e-mails' under our promotion: marketing opt-out."),

dict(id="quitar-y-cambiar-nombre", mb=C, who=("Karina Salgado", "karinasalgado22@gmail.com"), client="android", lang="es",
     subj="lista de correos y nombre de la cuenta",
     body="""hola buenas, me pueden quitar de la lista de correos de publicidad?

y otra pregunta, como le hago para poner la cuenta de luz a mi nombre? estaba a nombre del señor que rentaba antes la casa y todavia llegan las cartas a nombre de el

gracias
Karina""",
     labels=[MO, Q], ent={"name": "Karina"}, ack="from", cat="mixed",
     note="Spanish phone mail, no accents: opt-out in question form plus a real question about transferring the account."),

dict(id="plan-de-pagos", mb=C, who=("Guadalupe Herrera", "lupita.herrera@yahoo.com"), client="yahoo", lang="es",
     subj="plan de pagos",
     body="""Buenas tardes,

Mi esposo tuvo una cirugía y no ha podido trabajar en la lechería desde abril. Quisiera saber si tienen un plan de pagos para no atrasarnos con la luz. La cuenta está a mi nombre.

Guadalupe Herrera
Cuenta 7710234456""",
     labels=[Q], ent={"name": "Guadalupe Herrera", "account": "7710234456"}, ack="from", cat="question/billing",
     note="Spanish payment-plan question from the account holder; question only."),

dict(id="volver-catalogo", mb=P, who=("Marisol Cárdenas", "marisolcardenas@outlook.com"), client="outlook", lang="es",
     subj="Quiero volver a recibir el catálogo",
     body="""Hola,

El año pasado les pedí que me quitaran del catálogo, pero ahora sí lo quiero volver a recibir. Mi dirección es 218 W Pine St, Arcadia, WI 54612.

Marisol Cárdenas""",
     labels=[Q], ent={"name": "Marisol Cárdenas", "postal_code": "54612"}, ack="from", cat="opt-in",
     note="Spanish opt-back-in: question; the earlier removal is not a new opt-out."),

dict(id="patron-cuenta", mb=C, who=("Samuel Ortiz", "samortiz.wi@gmail.com"), client="gmail", lang="es",
     subj="promociones en la casa de la granja",
     body="""Buenas tardes,

Trabajo en una lechería cerca de Kewaunee y vivo en la casa de la granja. La cuenta de luz está a nombre del patrón, Mr. Dale Kinnard, pero todas sus promociones llegan aquí a la casa. Ya no las manden por favor.

Samuel Ortiz""",
     labels=[MO], unclear=True, ent={"name": "Dale Kinnard"}, ack="from", cat="behalf",
     note="Spanish; a farm worker asks to stop marketing on the employer's account: on behalf of someone else without standing, unclear."),

dict(id="es-long-both", mb=C, who=("Alejandra Fuentes", "ale.fuentes.m@gmail.com"), client="gmail", lang="es",
     subj="Solicitud: no publicidad y no compartir mis datos",
     body="""Buenos días,

Les escribo porque desde que abrí la cuenta en la casa nueva me llegan cartas y correos de ustedes con ofertas de termostatos, paneles solares y no sé qué más. Les pido por favor que ya no me manden ninguna publicidad, ni por correo postal ni por correo electrónico.

También les pido que no compartan ni vendan mi nombre, mi dirección ni mi correo a otras empresas. Las facturas y los avisos de la cuenta sí los necesito.

Muchas gracias por su atención.

Alejandra Fuentes
Cuenta: 31-5520-0817
Marshalltown, IA 50158""",
     labels=[MO, CS], ent={"name": "Alejandra Fuentes", "account": "31-5520-0817", "postal_code": "50158"}, ack="from", cat="both",
     note="Spanish, long and careful: both opt-outs, keeps service mail."),

dict(id="firefighter-generator", mb=C, who=("Jake Pfeiffer", "jpfeiffer.vfd@gmail.com"), client="gmail",
     subj="emails + generator question",
     body="""Hey, can you stop sending me the promo emails? I'm on the fire dept and my phone already goes off enough.

Also, question. A lot of the older folks out here bought portable generators after last summer's storms. Do you guys have anything (a flyer or a program) on hooking them up safely so they don't backfeed the line? We've had a couple close calls.

Jake Pfeiffer
Cascade Volunteer Fire Dept""",
     labels=[MO, Q], ent={"name": "Jake Pfeiffer"}, ack="from", cat="mixed",
     note="E-mail opt-out (question form) plus a safety-program question: both labels."),

dict(id="grain-dryer", mb=C, who=("Lyle Ostrem", "ostremfarms@netins.net"), client="local",
     subj="Mailers and grain dryer rates",
     body="""I get 2 or 3 pieces of advertising from you every month and they go right in the burn barrel so you can save the postage. Take Ostrem Farms off that list.

While I have you. We are putting in a new grain dryer this summer, 3 phase. Is there a different rate for running it in the fall, like an off-peak or interruptible thing? Last time we asked we got passed around to 4 people.

Lyle Ostrem
Ostrem Farms
Forest City IA 50436
acct 1187 330 925""",
     labels=[MO, Q], ent={"name": "Lyle Ostrem", "postal_code": "50436", "account": "1187 330 925"}, ack="from", cat="mixed",
     note="Farmer: postal opt-out for his own farm plus a rate question."),

dict(id="caps-retiree", mb=C, who=("Vernon Thiede", "vthiede@centurytel.net"), client="local",
     subj="MAILING LIST",
     body="""PLEASE TAKE MY NAME OFF YOUR MAILING LIST FOR ALL THE ADVERTISING. I AM 84 YEARS OLD AND DONT NEED ANY OF IT.

VERNON THIEDE
MENOMONIE WIS 54751""",
     labels=[MO], ent={"name": "VERNON THIEDE", "postal_code": "54751"}, ack="from", cat="opt-out/postal",
     note="All caps retiree; a plain opt-out. Name kept exactly as written."),

dict(id="dnsmpi-teacher", mb=P, who=("Rebecca Saunders", "rsaunders@stoughton.k12.wi.us"), client="outlook",
     subj="Do not sell my personal information",
     body="""To the PowerHouse Catalog:

Please treat this message as my request that you do not sell or share my personal information with other companies.

Rebecca Saunders
512 Page St
Stoughton, WI 53589""",
     labels=[CS], ent={"name": "Rebecca Saunders", "postal_code": "53589"}, ack="from", cat="share-only",
     note="Formal 'do not sell my personal information': catalog_share_opt_out only; nothing about stopping the catalog."),

dict(id="tree-trimming", mb=C, who=("Wayne Scholl", "wscholl@gmail.com"), client="gmail",
     subj="Tree crew left a mess",
     body="""Your contracted tree crew came through on Monday along 180th St by my place and left branches and wood chips all over my hay field, right where I have to cut next week. Nobody knocked on the door either. Who is going to clean this up?

Wayne Scholl
Cresco, IA 52136""",
     labels=[Q], ent={"name": "Wayne Scholl", "postal_code": "52136"}, ack="from", cat="complaint",
     note="Complaint about a contractor: question only."),

dict(id="contradict-rebates", mb=C, who=("Stacy Heiden", "stacyheiden@yahoo.com"), client="yahoo",
     subj="emails",
     body="""Take me off the email list. Actually wait, I do want the rebate emails, we're redoing the kitchen. Just not the other ones I guess? Whatever you think.

Stacy""",
     labels=[MO], unclear=True, ent={"name": "Stacy"}, ack="from", cat="mixed-wishes",
     note="Self-contradicting wishes (opt out, but keep rebate e-mails, 'whatever you think'): unclear."),

dict(id="remove-under-payrem", mb=C, who=("", "bjlangel@gmail.com"), client="android", reply="PAYREM", sig=False,
     body="remove",
     labels=[], unclear=True, ent={}, ack="from", cat="reply/short",
     note="'remove' under a payment reminder is not a marketing opt-out: unclear."),

dict(id="budget-billing", mb=C, who=("Connie Rath", "connierath@hotmail.com"), client="windows",
     subj="Budget billing",
     body="""Hi, I am retired and on a fixed income and the winter bills about killed me. Can I get on the budget billing so it's the same amount every month? What would my payment be?

Connie Rath
acct 45 2210 8839""",
     labels=[Q], ent={"name": "Connie Rath", "account": "45 2210 8839"}, ack="from", cat="question/billing",
     note="Budget billing question only."),

dict(id="order-missing", mb=P, who=("Bev Mueller", "bevmueller@charter.net"), client="thunderbird",
     subj="Order not here",
     body="""I ordered the oscillating tower fan from the catalog on May 4 and it still has not come. Order number PH-558213. Can you check on it? It is getting warm.

Bev Mueller
Fond du Lac WI 54935""",
     labels=[Q], ent={"name": "Bev Mueller", "postal_code": "54935"}, ack="from", cat="question/order",
     note="Catalog order status question: question only."),

dict(id="4h-newsletters", mb=C, who=("Amy Schwartz", "clayton4hclub@gmail.com"), client="gmail",
     subj="Please remove our club email",
     body="""Hello,

I'm the leader of the Clayton Clovers 4-H club. Somehow our club's email address ended up on your newsletter and promotion list. Please remove clayton4hclub@gmail.com from all of it, the kids' parents read this inbox.

Thanks!
Amy Schwartz""",
     labels=[MO], ent={"name": "Amy Schwartz"}, ack="from", cat="opt-out/email",
     note="Club leader removing the club's own address she runs: clear e-mail opt-out."),

dict(id="fwd-promo-remove", mb=C, who=("Norma Bahr", "normabahr@aol.com"), client="aol", reply="PROMO", fwd=True,
     body="Please remove me from this. I never signed up for it.",
     labels=[MO], ent={}, ack="from", cat="forward",
     note="Forwards our promotion with 'remove me from this': the forwarded text only supplies the object, the request is hers."),

dict(id="catalog-reply-both", mb=P, who=("Rick Hartung", "rhartung@mediacombb.net"), client="thunderbird", reply="CAT",
     body="""Take me off this list and quit giving my address out to other outfits. I started getting Harbor Freight and Cabela's stuff the month after I ordered from you.

Rick Hartung""",
     labels=[MO, CS], ent={"name": "Rick Hartung"}, ack="from", cat="both",
     note="Reply under our catalog e-mail: both opt-outs."),

dict(id="html-senior", mb=C, who=("Evelyn Dresen", "evelyn.dresen@outlook.com"), client="outlook", kind="html",
     subj="Stop advertising, and senior discount?",
     body="""Dear Sir or Madam,

Please stop sending me advertising in the mail and by e-mail. I am 79 and do not shop for appliances any more.

Also, do you have a discount for seniors? My neighbor in Wisconsin said she gets one.

Sincerely,
Evelyn Dresen
Maquoketa, Iowa 52060""",
     labels=[MO, Q], ent={"name": "Evelyn Dresen", "postal_code": "52060"}, ack="from", cat="mixed",
     note="HTML-only Outlook mail: opt-out plus a discount question."),

dict(id="as-asked-before", mb=C, who=("Roger Bauer", "rogerbauer@windstream.net"), client="local",
     subj="Again",
     body="""I wrote to you in April and I am still getting them. As I asked before, please.

Roger Bauer""",
     labels=[], unclear=True, ent={"name": "Roger Bauer"}, ack="from", cat="earlier-mail",
     note="'Still getting them... as I asked before' never says what: reference to earlier mail, unclear."),

dict(id="household-frank", mb=C, who=("Judy Lenz", "judylenz@gmail.com"), client="gmail",
     subj="Marketing mail to our house",
     body="""Hello,

I am the account holder at 1520 Lincoln Way in Boone, IA 50036. Please stop all marketing mail to our household, whether it is addressed to me or to my husband Frank.

Judy Lenz""",
     labels=[MO], ent={"name": "Judy Lenz", "postal_code": "50036"}, ack="from", cat="household",
     note="Account holder for the whole household: standing is clear, plain opt-out."),

dict(id="landlord-tenant", mb=C, who=("Paul Gerdes", "gerdesrentals@outlook.com"), client="outlook",
     subj="Tenant at 88 Elm",
     body="""Hi,

I own the duplex at 88 Elm St in Waverly. My tenant in the upper unit, Brandon Ahrens, asked me to get your advertising stopped because he's sick of it. Can you take him off?

Paul Gerdes
Gerdes Rentals LLC""",
     labels=[MO], unclear=True, ent={"name": "Brandon Ahrens"}, ack="from", cat="behalf",
     note="Landlord asks for his tenant: on behalf of someone else, standing not shown; entities name the tenant."),

dict(id="webform-relay", mb=P, who=("PowerHouse Catalog Web Form", "no-reply@forms.alliant-energy.com"), client="relay",
     reply_to="Linda Kruse <lkruse61@yahoo.com>", kind="plain", cte="7bit", sig=False,
     subj="Catalog contact form submission",
     body="""Form: PowerHouse Catalog - Contact us
Submitted: 05/22/2026 8:41 PM

Name: Linda Kruse
Email: lkruse61@yahoo.com
ZIP: 53959
Topic: Mailing list

Message:
I like getting the catalog but I don't want my name passed along to other catalog companies please.""",
     labels=[CS], ent={"name": "Linda Kruse", "postal_code": "53959"}, ack="lkruse61@yahoo.com", cat="webform",
     note="Web form relayed from a no-reply address: ack goes to Reply-To; share opt-out only."),

dict(id="family-account", mb=C, who=("The Reiland Family", "reilandfamily@mchsi.com"), client="apple",
     reply_to="sarah.reiland@gmail.com",
     subj="Please stop promo emails",
     body="""Hi, this is Sarah Reiland writing from our family email. Please stop sending the promotional emails to this address and to mine. If you need to answer, please write to sarah.reiland@gmail.com, nobody checks this one much.

Sarah""",
     labels=[MO], ent={"name": "Sarah Reiland"}, ack="sarah.reiland@gmail.com", cat="household",
     note="Shared family account, asks to be answered at her own address (Reply-To): ack_to is that address."),

dict(id="ev-charger-texts", mb=C, who=("Ashley Determan", "ashdeterman@gmail.com"), client="android",
     subj="EV charger rebate + texts",
     body="""Hi! We just got an EV and I'm wondering if there's still a rebate for the level 2 charger? Also can you stop the promo text messages to my phone, I get them at like 7am when the baby is finally asleep 😩

Ashley""",
     labels=[Q], ent={"name": "Ashley"}, ack="from", cat="question/phone",
     note="Rebate question plus stop text messages (phone only, no mail/e-mail named): question only per convention."),

dict(id="pastor-church-rate", mb=C, who=("David Mekelburg", "pastordave@stpaulsreedsburg.org"), client="windows",
     subj="Church electric rate question",
     body="""Hello,

I serve St. Paul's in Reedsburg. Our council treasurer asked me to find out why the church is billed on a general service rate when we only use the building heavily on Sundays and Wednesday evenings. Is there a rate better suited to a congregation like ours, and could someone review our last twelve months of usage with us?

The account is 62-1198-4407.

Peace,
Rev. David Mekelburg""",
     labels=[Q], ent={"name": "David Mekelburg", "account": "62-1198-4407"}, ack="from", cat="question/billing",
     note="Pastor's rate question; no opt-out; 'Rev.' dropped from the name."),

dict(id="dont-share-cc", mb=C, who=("Marvin Rasmussen", "mrasmussen40@gmail.com"), client="gmail",
     subj="my information",
     body="""I do not want my information shared with anyone outside your company. Not my name, address, phone, nothing.

Marvin Rasmussen
Spencer IA 51301""",
     labels=[CS], ent={"name": "Marvin Rasmussen", "postal_code": "51301"}, ack="from", cat="share-only",
     note="Sent to customercare, but a plain 'don't share my information' request: catalog_share_opt_out."),

dict(id="did-you-remove-wife", mb=P, who=("Eugene Hinz", "ehinz@tds.net"), client="thunderbird", reply="ACKCAT",
     body="""Thanks. Did that also cover my wife? She orders under her own name, Carol Hinz, same address in Baraboo.""",
     labels=[Q], ent={}, ack="from", cat="reply/ack",
     note="Reply to our acknowledgement that asks a real question: question, not unclear; no new opt-out stated."),

dict(id="gracias-luz", mb=C, who=("Rosa Delgado", "rosadelgado@gmail.com"), client="gmail", lang="es",
     subj="Gracias",
     body="""Solo quería darles las gracias por regresar la luz tan rápido el domingo en la noche. Teníamos a mi mamá con oxígeno y estábamos muy preocupados. Dios los bendiga.

Rosa Delgado""",
     labels=[], ent={"name": "Rosa Delgado"}, ack=None, cat="thanks",
     note="Spanish pure thank-you: no labels, not unclear, no acknowledgement due."),

dict(id="como-baja-catalogo", mb=P, who=("Héctor Ramírez", "hector.ramirez@yahoo.com"), client="yahoo", lang="es",
     subj="catálogo",
     body="""¿Cómo me doy de baja del catálogo? No encuentro dónde.""",
     labels=[Q], ent={}, ack="from", cat="question/how",
     note="Spanish how-to question only; no request to be removed yet."),

dict(id="powerhouse-newsletter-long", mb=C, who=("Loretta Steinhoff", "lsteinhoff@mhtc.net"), client="thunderbird",
     subj="Your newsletter and the envelopes",
     body="""Good afternoon,

I have been a customer since 1968, first with Interstate Power and now with you, and I have never written a letter like this but my daughter set up this e-mail for me so here goes.

Every month there is the bill, which is fine, and then there is the Power Connection newsletter and a second envelope with some kind of offer, and now they come by e-mail too. I am 88 and I live alone on the farm outside Lansing. I do not need new furnaces or solar panels or any of it. Please stop the newsletter and the offers, paper and e-mail. The bill I still want on paper.

Thank you kindly,
Loretta Steinhoff
Lansing, Iowa 52151""",
     labels=[MO], ent={"name": "Loretta Steinhoff", "postal_code": "52151"}, ack="from", cat="opt-out/postal",
     note="Long letter-style e-mail; request is clear (newsletter and offers, both channels), keeps paper bill."),

dict(id="terse-both", mb=P, who=("", "bhollan@iowatelecom.net"), client="local",
     subj="remove + do not share",
     body="remove my name from the catalog list and don't share it with anybody. 52057",
     labels=[MO, CS], ent={"postal_code": "52057"}, ack="from", cat="both",
     note="Terse but both wishes are explicit; only a ZIP given."),

dict(id="es-catalogo-ambos-reply", mb=P, who=("Juana Morales", "juanamorales70@hotmail.com"), client="outlook", lang="es", reply="CAT",
     body="""Por favor ya no me manden el catálogo ni estos correos. Gracias.

Juana Morales""",
     labels=[MO], ent={"name": "Juana Morales"}, ack="from", cat="reply/short",
     note="Spanish reply under our catalog e-mail: stop catalog and e-mails, marketing opt-out only (nothing about sharing)."),

dict(id="widow-account-holder", mb=C, who=("Arlene Pitz", "arlenepitz@centurytel.net"), client="local",
     subj="Name on account and advertising",
     body="""My husband Harlan passed away in February. I am now taking care of the bills. How do I get the account changed over to my name? And while you are at it please stop sending advertising to the house.

Arlene Pitz
Sparta WI 54656""",
     labels=[MO, Q], ent={"name": "Arlene Pitz", "postal_code": "54656"}, ack="from", cat="mixed",
     note="Widow asks about transferring the account and stops advertising to her own house: writes for herself, so clear; both labels."),

dict(id="es-telefono", mb=C, who=("Francisco Jiménez", "fjimenez.dairy@gmail.com"), client="android", lang="es",
     subj="llamadas",
     body="""Buenas, me están llamando mucho de su compañía para ofrecerme programas de ahorro. Trabajo de noche en la lechería y me despiertan en el día. Ya no me llamen por favor, si quieren mándenme cartas.

Francisco Jiménez""",
     labels=[Q], ent={"name": "Francisco Jiménez"}, ack="from", cat="question/phone",
     note="Spanish; stop phone calls only (letters welcome): question per convention, not a marketing opt-out."),
]
