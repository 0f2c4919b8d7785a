"""Human mail, part B (second half of May 2027).  Every body is written by hand."""
from lib import when
from ours import CC_ADDR, PH_ADDR, THERMO, CATALOG, NEWSLETTER, ASSESS, bill, ack, quote
from humans_a import H, CC, PH, CCN, PHN, DANA_MSGID, DANA_TEXT

HUMANS_B = [

H(key="not-a-customer-chicago", date="2027-05-16 11:12:30", mailbox="customercare", prov="gmail", client="gmail_web", tz="-0500",
  cat="wrong door: catalog request to the wrong mailbox", spec="never a customer, gets the catalog; where did you get my name",
  frm=("Ben Sadowski", "bsadowski@gmail.com"), subject="I'm not your customer",
  body="""I live in Chicago. My electric and gas come from other companies, I have never had an account with Alliant Energy and never lived in Iowa or Wisconsin, yet I've gotten your PowerHouse catalog for about six months now, addressed to me by name.

Please take me off your mailing list, and I'd like to know where you got my name and address.

Ben Sadowski
2811 W Cortland St, Chicago, IL 60647
""",
  labels=["marketing_opt_out", "question"], ent={"name": "Ben Sadowski", "postal_code": "60647"},
  note="a non-customer outside the territory still gets our catalog: stop it (marketing opt-out) and where did you get my name (question); being out of territory does not make the request someone else's"),

H(key="dear-alliance-solar", date="2027-05-17 07:58:04", mailbox="customercare", prov="yahoo", client="yahoo_android",
  cat="wrong door: wrong greeting, cannot tell (unclear)", spec="'Alliance Energy, stop the solar emails', Texas ZIP",
  frm=("Crystal Hanes", "crystalhanes@yahoo.com"), subject="stop the solar emails",
  body="""Alliance Energy,

Please stop emailing me about your solar program and the battery backup thing. I am a renter, I can't put panels on this building.

Crystal Hanes
Lubbock TX 79424
""",
  labels=[], unclear=True, ent={"name": "Crystal Hanes", "postal_code": "79424"},
  note="names 'Alliance Energy' (one letter from us, or another company), lives far outside our territory, and we run no solar e-mail program she could mean: a careful clerk cannot tell whether the opt-out is for us"),

H(key="webform-optout", date="2027-05-17 11:42:55", mailbox="customercare", prov="webform", client="webform",
  cat="ordinary: marketing opt-out", spec="Contact Us form relay with Reply-To",
  frm=("Alliant Energy Web Forms", "noreply@alliantenergy.com"), reply_to=("Sandra Pokorny", "sandypokorny@gmail.com"),
  to=[CCN], subject="Contact Us: Marketing preferences",
  body="""Contact Us form submission
-----------------------------
Topic: Marketing preferences
Name: Sandra Pokorny
Email: sandypokorny@gmail.com
Phone:
Account number: 9120 3347 16
Service ZIP: 52240

Message:
I signed up for budget billing and since then I get 2-3 promotional emails a week. Please take me off the promotional email list. Thank you.
-----------------------------
Submitted 05/17/2027 11:42 AM CDT from alliantenergy.com/contact
""",
  labels=["marketing_opt_out"], ent={"name": "Sandra Pokorny", "account": "9120 3347 16", "postal_code": "52240"},
  note="our own web-form relay: From is noreply, the customer is in Reply-To; plain e-mail marketing opt-out"),

H(key="share-optout-at-customercare", date="2027-05-17 15:20:38", mailbox="customercare", prov="gmail", client="gmail_web",
  cat="wrong door: catalog request to the wrong mailbox", spec="sharing opt-out sent to the general mailbox",
  frm=("Walter Gruenewald", "wgruenewald@gmail.com"), subject="Catalog list sharing",
  body="""I couldn't find an email address for the PowerHouse catalog people so I'm sending this here. Please pass it along.

I do not want my name and address given, rented or sold to other catalog companies. You can keep sending me the PowerHouse catalog.

Walter Gruenewald
Sheboygan WI 53081
""",
  labels=["catalog_share_opt_out"], ent={"name": "Walter Gruenewald", "postal_code": "53081"},
  note="sharing opt-out written to customercare; 'please pass it along' is not a question; keeps the catalog"),

H(key="bilingual-both", date="2027-05-18 08:30:12", mailbox="powerhousecatalog", prov="gmail", client="gmail_android", lang="mixed",
  cat="ordinary: both opt-outs", spec="English + Spanish: remove from catalog, don't share",
  frm=("Jorge Camacho", "jorgecamacho.mke@gmail.com"), subject="catalog - remove me / quitarme de la lista",
  body="""Hi / Hola,

Please remove me from the catalog mailing list and don't share my name with other companies.
Por favor quítenme de la lista del catálogo y no compartan mi nombre con otras compañías.

Jorge Camacho
Racine WI 53403
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Jorge Camacho", "postal_code": "53403"},
  note="same request written twice, English and Spanish: both opt-outs"),

H(key="fake-alliant-call", date="2027-05-18 16:51:26", mailbox="customercare", prov="outlook", client="outlook_ios",
  cat="wrong door: impersonation / scam report", spec="caller claiming to be Alliant asked for account number",
  frm=("Sue Hammerand", "suehammerand@outlook.com"), subject="Phone call from 'Alliant'",
  body="""This afternoon a woman called saying she was from Alliant Energy's "rate reduction department" and that I qualify for a lower rate if I verify my account number and the last four of my social. I hung up. Was that really you? If not, you should know someone is using your name.

Sue Hammerand
Marshalltown
""",
  labels=["question"], ent={"name": "Sue Hammerand"},
  note="asks whether an impersonating caller was us: question; 'lower rate' offer is the scammer's, not a marketing topic she opts out of"),

H(key="stop-calling-assessment", date="2027-05-18 19:03:47", mailbox="customercare", prov="yahoo", client="yahoo_web",
  cat="ordinary: marketing opt-out", spec="stop the phone calls offering the assessment",
  frm=("Deb Lillegard", "deblillegard@yahoo.com"), subject="Phone calls",
  body="""Someone from Alliant has called my house three times about scheduling a free home energy assessment. I don't want one. Please stop calling me with these offers and take my number off the call list.

Deborah Lillegard
563-555-0176
""",
  labels=["marketing_opt_out"], ent={"name": "Deborah Lillegard"},
  note="marketing by phone is still promotional contact: marketing opt-out; the phone number is no entity"),

H(key="magazine-cancel", date="2027-05-19 09:10:05", mailbox="powerhousecatalog", prov="aol", client="aol_web",
  cat="wrong door: letter for another company (nothing for us)", spec="cancel a magazine subscription",
  frm=("Marjorie Feldhaus", "mfeldhaus@aol.com"), subject="Cancel subscription",
  body="""Please cancel my subscription to Heartland Home & Garden magazine. I have been a subscriber since 1998 but the magazine has gotten too thin and it is mostly ads now. Do not automatically renew it and do not charge my card.

Subscriber number HHG 0088 1471 02
Marjorie Feldhaus
Wausau WI 54401
""",
  labels=[], ack=None,
  note="cancels a named magazine with its own subscriber number, sent to the catalog mailbox; plainly for the magazine, nothing we can do"),

H(key="fwd-scam-stop", date="2027-05-19 12:44:31", mailbox="customercare", prov="gmail", client="gmail_android",
  cat="wrong door: impersonation / scam report", spec="'STOP' over a forwarded fake account alert",
  frm=("Luis Navarro", "luisnavarro77@gmail.com"), subject="Fwd: Alliant Energy: Action required on your account",
  body="""STOP
""",
  quote="---------- Forwarded message ---------\nFrom: Alliant Energy Alerts <alerts@alliant-energy-secure.net>\n"
        "Date: Wed, May 19, 2027 at 4:12 AM\nSubject: Alliant Energy: Action required on your account\nTo: <luisnavarro77@gmail.com>\n\n\n"
        "We were unable to process your AutoPay for May.\nUpdate your card within 48 hours to avoid disconnection of service.\n\n"
        "Update now: https://alliant-energy-secure.net/autopay\n\nAlliant Energy Customer Service",
  quote_html="We were unable to process your AutoPay for May.\nUpdate your card within 48 hours to avoid disconnection of service.",
  quote_attr="---------- Forwarded message ---------<br>From: Alliant Energy Alerts &lt;alerts@alliant-energy-secure.net&gt;",
  quote_kind="fwd",
  labels=[], unclear=True,
  note="'STOP' over a forwarded fake service alert (not our mail, not a promotion): stop what, the scam, alerts, e-mail? unclear"),

H(key="work-from-personal-replyto", date="2027-05-19 14:27:09", mailbox="customercare", prov="o365", client="outlook_win",
  cat="ordinary: marketing opt-out", spec="work address, asks for answer at personal Reply-To",
  frm=("Jennifer Aldana", "jaldana@riverbendclinic.org"), reply_to=("Jennifer Aldana", "jen.aldana@gmail.com"),
  subject="Please remove me from marketing emails",
  body="""Hello,

Sending from work because that's where I have time, but please answer at my personal email (jen.aldana@gmail.com), which is also the address your marketing emails go to.

Please unsubscribe me from all Alliant Energy promotional emails and mailers. I still want my bill alerts.

Jennifer Aldana
La Crosse, WI 54601
""",
  labels=["marketing_opt_out"], ent={"name": "Jennifer Aldana", "postal_code": "54601"},
  note="work From with a personal Reply-To she asks us to use: ack_to is the Reply-To"),

H(key="newspaper-sold-address", date="2027-05-20 08:16:52", mailbox="powerhousecatalog", prov="charter", client="thunderbird",
  cat="wrong door: thinks we sold data", spec="did the newspaper sell you my name? don't pass it on",
  frm=("Arthur Quinlan", "aquinlan@charter.net"), subject="Mailing list question",
  body="""In March I cancelled my subscription to the Fox Valley Courier after 30 years. Within a month I started getting your PowerHouse catalog, which I never asked for. I'm not an Alliant customer.

Did the Courier sell you my name? Whoever you got it from, I would ask that you not sell or pass it on to anybody else. I don't mind the catalog, I might even order something.

Arthur Quinlan
Neenah, WI 54956
""",
  labels=["catalog_share_opt_out", "question"], ent={"name": "Arthur Quinlan", "postal_code": "54956"},
  note="names a newspaper as the source of our list (question: where did you get my name) and asks us not to pass it on (sharing opt-out); keeps the catalog"),

H(key="es-visa-cobranded", date="2027-05-20 12:03:40", mailbox="customercare", prov="gmail", client="gmail_web", lang="es",
  cat="wrong door: other company's mail attributed to us", spec="Spanish: co-branded Visa offer, no offers, no sharing",
  frm=("Ana Lucía Paredes", "analuparedes@gmail.com"), subject="Oferta de tarjeta Visa",
  body="""Hola,

Recibí una carta de Lakeshore National Bank con el logotipo de Alliant Energy ofreciéndome una tarjeta Visa "Alliant Energy Rewards". Dice que me escogieron por ser cliente de Alliant.

No quiero recibir ofertas de tarjetas ni ninguna otra promoción por correo, y no quiero que le den mi nombre ni mi dirección al banco ni a ninguna otra empresa.

Ana Lucía Paredes
Muscatine, IA 52761
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Ana Lucía Paredes", "postal_code": "52761"},
  note="Spanish: no card offers or other promotions by mail, and do not give her name to the bank or anyone: both opt-outs"),

H(key="same-for-other-address", date="2027-05-20 17:45:13", mailbox="customercare", prov="gmail", client="iphone",
  cat="ordinary: unclear", spec="'do the same for my other address' under our ack",
  frm=("Rick Ostendorf", "rostendorf@gmail.com"), subject="Re: We received your request [CC-2027-05-00298]",
  in_reply_to="<ack.CC-2027-05-00298@alliant-energy.com>", references=["<ack.CC-2027-05-00298@alliant-energy.com>"],
  body="""Thanks. Can you do the same for my other address, the lake place in Minocqua?

Rick

Sent from my iPhone
""",
  **quote("iphone", ack(when("2027-05-19 13:21:08"), "CC-2027-05-00298")),
  labels=[], unclear=True,
  note="'do the same' points at an earlier request without saying what; the quoted ack mentions both opt-outs but is our text: unclear"),

H(key="business-affiliates-question", date="2027-05-21 07:33:28", mailbox="customercare", prov="o365", client="outlook_win",
  cat="ordinary: question", spec="which companies are in the 'family of companies'?",
  frm=("Mark Ellingson", "mellingson@ellingsondairy.com"), subject="Privacy policy question - affiliates",
  body="""Good morning,

We have three farm service accounts with Alliant. Our bookkeeper asked me a question I couldn't answer: your privacy policy says you may share information within your "family of companies." Which companies are in that family, and does that include the PowerHouse Catalog? We'd like to understand before we renew our contracts.

Mark Ellingson
Ellingson Dairy LLC
N4477 Cty Hwy P, Darlington WI 53530
""",
  labels=["question"], ent={"name": "Mark Ellingson", "postal_code": "53530"},
  note="policy question about affiliate sharing, asks nothing to stop: question only; signature ZIP counts"),

H(key="harbor-lane-do-not-rent", date="2027-05-21 09:48:16", mailbox="powerhousecatalog", prov="icloud", client="apple_mail",
  cat="wrong door: letter for another company (nothing for us)", spec="do-not-rent letter addressed to Harbor Lane",
  frm=("Evelyn Brandvold", "ebrandvold@icloud.com"), subject="Please do not rent my name",
  body="""Dear Harbor Lane Customer Service,

I enjoy your catalog and will keep ordering, but I do not want Harbor Lane to rent, sell or exchange my name and address with other mail order companies. Please mark my account accordingly.

My Harbor Lane customer number is HL-40022817.

Sincerely,
Evelyn Brandvold
Stoughton, WI 53589
""",
  labels=[], ack=None,
  note="a sharing opt-out addressed to another catalog company (named twice, with its customer number) that landed in our catalog mailbox: plainly meant for Harbor Lane, nothing for us"),

H(key="copy-of-my-data", date="2027-05-21 13:55:02", mailbox="customercare", prov="windstream", client="roundcube",
  cat="ordinary: question", spec="request for a copy of personal data",
  frm=("Harold Steffen", "hsteffen@windstream.net"), subject="Request for a copy of my information",
  body="""Dear Sir or Madam,

I would like to receive a copy of all personal information Alliant Energy keeps about me: contact details, account and payment history, and any notes about phone calls. Please also tell me whether any of it has been given to other companies, and which ones.

My account number is 4471 0938 22. Service address 310 Maple St, Tama, IA 52339.

Regards,
Harold Steffen
""",
  labels=["question"], ent={"name": "Harold Steffen", "account": "4471 0938 22", "postal_code": "52339"},
  note="data access request plus 'has it been given to others': question only, no opt-out asked"),

H(key="off-list-keep-catalog", date="2027-05-22 08:24:59", mailbox="powerhousecatalog", prov="yahoo", client="yahoo_android",
  cat="ordinary: unclear", spec="take me off your mailing list but keep the catalog",
  frm=("Tammy Roethler", "troethler@yahoo.com"), subject="mailing list",
  body="""Please take me off your mailing list but don't stop the catalog, I still want that, especially the summer one. Thanks Tammy Roethler
""",
  labels=[], unclear=True, ent={"name": "Tammy Roethler"},
  note="self-contradicting: off the mailing list yet keep the catalog (the catalog IS the mailing); she may mean e-mail, sharing, or something else: unclear"),

H(key="alarm-monitoring", date="2027-05-22 11:06:43", mailbox="customercare", prov="outlook", client="owa", lang="mixed",
  cat="wrong door: product we do not offer", spec="English/Spanish: cancel alarm monitoring, we moved",
  frm=("Héctor Villalobos", "hvillalobos@outlook.com"), subject="Cancel alarm monitoring / Cancelación de monitoreo",
  charset="iso-8859-1",
  body="""Hello Alliant,

Please cancel the alarm monitoring on my house effective June 1. We sold the house and the new owners don't want it.

Favor de cancelar el monitoreo de la alarma de mi casa a partir del 1 de junio. Ya vendimos la casa.

Héctor Villalobos
2208 Hillcrest Rd, Hiawatha IA 52233
""",
  labels=["question"], ent={"name": "Héctor Villalobos", "postal_code": "52233"},
  note="asks Alliant for a service we do not offer (alarm monitoring) and mentions selling the house (maybe a service stop too): a human must answer; no opt-out"),

H(key="es-keep-paper-stop-email", date="2027-05-22 15:31:20", mailbox="powerhousecatalog", prov="icloud", client="iphone", lang="es",
  cat="ordinary: marketing opt-out", spec="Spanish: stop promo e-mails, keep the paper catalog",
  frm=("Leticia Orozco", "leticiaorozco@icloud.com"), subject="Correos electrónicos",
  body="""Hola, ¿me pueden quitar de los correos electrónicos de promociones? El catálogo en papel sí lo quiero seguir recibiendo, ese lo leo con calma.

Gracias,
Leticia Orozco

Enviado desde mi iPhone
""",
  labels=["marketing_opt_out"], ent={"name": "Leticia Orozco"},
  note="Spanish request in question form is the opt-out itself; channel limit kept: e-mail only, paper catalog stays"),

H(key="es-dear-comcast", date="2027-05-23 10:40:18", mailbox="customercare", prov="gmail", client="gmail_web", lang="es",
  cat="wrong door: letter for another company (nothing for us)", spec="Spanish letter to Comcast about Xfinity data",
  frm=("Rosa Elena Guzmán", "rosaelenaguzman@gmail.com"), subject="Solicitud de privacidad",
  body="""Estimado equipo de privacidad de Comcast:

Soy clienta de Xfinity desde hace cuatro años (internet y teléfono). Les pido que no usen mis datos de navegación para publicidad personalizada y que no compartan mi información con sus socios publicitarios. También quiero que dejen de mandarme ofertas de Xfinity Mobile por mensaje de texto.

Atentamente,
Rosa Elena Guzmán
Beloit, WI 53511
""",
  labels=[], ack=None,
  note="Spanish privacy letter to Comcast about Xfinity browsing data and texts; sharing words, but every object is Comcast's: nothing for us"),

H(key="ack-reply-add-share", date="2027-05-12 07:02:11", mailbox="customercare", prov="gmail", client="outlook_smtp",
  cat="ordinary: catalog-sharing opt-out", spec="reply to our ack adds a sharing opt-out",
  frm=("Steve Kautzky", "skautzky@gmail.com"), subject="RE: We received your request [CC-2027-05-00236]",
  in_reply_to="<ack.CC-2027-05-00236@alliant-energy.com>", references=["<ack.CC-2027-05-00236@alliant-energy.com>"],
  body="""Thanks for the quick reply. One more thing I forgot: please don't share our name and address with other companies either, including the catalog people.

Steve
""",
  **quote("outlook", ack(when("2027-05-11 06:49:02"), "CC-2027-05-00236"), to="skautzky@gmail.com"),
  labels=["catalog_share_opt_out"],
  note="a reply to our acknowledgement that makes a NEW request in its own words: sharing opt-out, ack again; first name only"),

H(key="credit-freeze", date="2027-05-24 08:12:44", mailbox="customercare", prov="gmail", client="gmail_android",
  cat="wrong door: unclear", spec="'place a freeze on my file with you'",
  frm=("Cheryl Ackerson", "cackerson@gmail.com"), subject="Freeze",
  body="""After the data breach notice I got from my insurance company, I'm freezing my credit everywhere. Please place a freeze on my file with you and don't release anything to anyone who asks for it without my permission.

Cheryl Ackerson
Eau Claire, WI 54703
""",
  labels=[], unclear=True, ent={"name": "Cheryl Ackerson", "postal_code": "54703"},
  note="a credit-bureau request sent to a utility: 'freeze my file' and 'release nothing without permission' could be an account PIN, a sharing opt-out or meant for a bureau; a careful person cannot act"),

H(key="brightroof-door-knockers", date="2027-05-24 12:29:35", mailbox="customercare", prov="comcast", client="ox",
  cat="wrong door: other company's mail attributed to us", spec="solar door-to-door sellers claim to work with us",
  frm=("Bill Wiegand", "billwiegand@comcast.net"), subject="Solar salesmen saying they're with Alliant",
  body="""Third time this month, a couple of young guys in polo shirts came to my door saying they are "working with Alliant Energy" to get people signed up for solar, and that my rates are going up 30% in the fall unless I sign. Their shirts say BrightRoof Solar. My wife was home alone the last time and was pretty uncomfortable.

Are these people with you? If not, can you do something about them using your name?

Bill Wiegand
Cottage Grove WI 53527
""",
  labels=["question"], ent={"name": "Bill Wiegand", "postal_code": "53527"},
  note="a third party's sales visits using our name: question/complaint; he asks no opt-out from our marketing and no sharing stop"),

H(key="fwd-assessment-no-more", date="2027-05-25 08:07:19", mailbox="customercare", prov="gmail", client="apple_mail",
  cat="ordinary: marketing opt-out", spec="forwards the assessment promo: 'no more of these'",
  frm=("Nora Kettleson", "norakettleson@gmail.com"), subject="Fwd: Free Home Energy Assessment: book by June 30",
  body="""No more of these, please. I rent, my landlord handles all of that.

Nora Kettleson
""",
  **quote("apple_fwd", ASSESS, to="norakettleson@gmail.com"),
  labels=["marketing_opt_out"], ent={"name": "Nora Kettleson"},
  note="forwards our promo with 'no more of these': marketing opt-out; the forwarded footer is ours"),

H(key="credit-bureau-fraud-alert", date="2027-05-25 10:52:07", mailbox="customercare", prov="yahoo", client="yahoo_web",
  cat="wrong door: letter for another company (nothing for us)", spec="fraud-alert letter to a credit bureau",
  frm=("Victor Hlavacek", "vhlavacek@yahoo.com"), subject="Initial fraud alert request",
  body="""NationScore Consumer Disclosure Center
Attn: Fraud Victim Assistance

I am requesting that an initial one-year fraud alert be placed on my credit file. On May 20 I found out that someone opened a cell phone account in my name.

Full name: Victor J. Hlavacek
Date of birth: on file
Current address: 4715 Hillsdale Ave, Davenport, IA 52806

Please confirm the alert has been added.

Victor Hlavacek
""",
  labels=[], ack=None,
  note="fraud-alert letter addressed to a credit bureau by name; nothing Alliant can do"),

H(key="do-not-sell-oneliner", date="2027-05-25 13:14:50", mailbox="customercare", prov="gmail", client="gmail_web",
  cat="ordinary: catalog-sharing opt-out", spec="one line: Do not sell my personal information",
  frm=("Tasha Greer", "tashagreer@gmail.com"), subject="Do not sell my personal information",
  body="""Do not sell my personal information.

Tasha Greer
53705
""",
  labels=["catalog_share_opt_out"], ent={"name": "Tasha Greer", "postal_code": "53705"},
  note="'do not sell my personal information' is a sharing opt-out, whichever mailbox"),

H(key="catalog-and-visa-offers", date="2027-05-26 09:36:02", mailbox="powerhousecatalog", prov="aol", client="aol_web",
  cat="wrong door: product we do not offer", spec="stop the catalog and 'the Visa card offers'",
  frm=("Dennis Pospisil", "dpospisil@aol.com"), subject="no more catalogs or card offers",
  body="""Please stop sending me the PowerHouse catalog and the Visa card offers. I don't need either one. Thank you.

Dennis Pospisil
Solon, IA 52333
""",
  labels=["marketing_opt_out"], ent={"name": "Dennis Pospisil", "postal_code": "52333"},
  note="names another company's product (the bank's Visa offer) next to ours; both are promotions he attributes to us and asks to stop: marketing opt-out, no sharing words, no question"),

H(key="still-getting-catalog", date="2027-05-26 11:58:24", mailbox="powerhousecatalog", prov="charter", client="thunderbird",
  cat="ordinary: opt-out + question", spec="second request: removed in March, still gets the catalog",
  frm=("Carol Wendt", "carolwendt@charter.net"), subject="Still getting catalogs - 2nd request",
  body="""On March 9 I wrote asking to be removed from the PowerHouse catalog mailing list and got an email back confirming it. Today the summer catalog arrived, addressed to me.

Please remove me. Also I'd like to know why it didn't work the first time and whether I'll get another one.

Carol Wendt
405 Lincoln Ave
Beaver Dam, WI 53916
""",
  labels=["marketing_opt_out", "question"], ent={"name": "Carol Wendt", "postal_code": "53916"},
  note="restates the removal in her own words (so not a vague 'as I asked before') and asks why it failed: opt-out + question"),

H(key="fake-caller-card-given", date="2027-05-26 14:40:58", mailbox="customercare", prov="yahoo", client="yahoo_android", lang="mixed",
  cat="wrong door: impersonation / scam report", spec="English/Spanish: husband gave card to a fake Alliant caller",
  frm=("Maribel Ochoa", "maribelochoa@yahoo.com"), subject="Urgente - llamada falsa?",
  body="""Hola, I'm writing in English and Spanish porque mi esposo no lee bien el inglés.

Yesterday someone called saying they were from Alliant and that our power would be cut off in one hour unless we paid $389. My husband gave them our debit card number.
Ayer llamó alguien diciendo que era de Alliant y que nos iban a cortar la luz en una hora si no pagábamos $389. Mi esposo les dio el número de la tarjeta de débito.

Was that you? Do we owe anything? / ¿Eran ustedes? ¿Debemos algo?

Our account is 2215 8830 47.
Maribel Ochoa
""",
  labels=["question"], ent={"name": "Maribel Ochoa", "account": "2215 8830 47"},
  note="urgent scam report, mixed English/Spanish: question; the debit card is not an account"),

H(key="es-bill-question", date="2027-05-27 09:21:37", mailbox="customercare", prov="gmail", client="gmail_web", lang="es",
  cat="ordinary: question", spec="Spanish billing question",
  frm=("Francisco Aguirre", "franciscoaguirre.ia@gmail.com"), subject="Pregunta sobre mi factura",
  body="""Buenas tardes,

Este mes mi factura de gas salió en $64 pero en mayo casi no usamos la calefacción. También veo un cargo que dice "Budget Billing Adjustment" que no entiendo. ¿Me pueden explicar qué es ese cargo?

Mi número de cuenta es 8804 1127 65.

Gracias,
Francisco Aguirre
Columbus Junction, IA 52738
""",
  labels=["question"], ent={"name": "Francisco Aguirre", "account": "8804 1127 65", "postal_code": "52738"},
  note="Spanish billing question"),

H(key="ten-companies-followup", date="2027-05-27 12:05:09", mailbox="customercare", prov="gmail", client="gmail_web",
  cat="wrong door: one letter to many companies", spec="follow-up to the ten-company letter, only to us",
  frm=("Dana Whitcomb", "dana.whitcomb77@gmail.com"), to=[("Alliant Energy", CC_ADDR)],
  subject="Re: Request to stop marketing and do not sell or share my personal information",
  in_reply_to=DANA_MSGID, references=[DANA_MSGID],
  body="""Alliant Energy,

On May 1 I sent one letter to ten companies asking each of them to take me off their marketing lists and not to sell or share my information. Nine of them have answered in some way. You are the only one I have not heard from, not even an automatic reply.

So, again: please stop all marketing to me and do not sell or share my information. And please tell me whether you received my first message.

Dana Whitcomb
Marion, IA 52302
""",
  quote="On Sat, May 1, 2027 at 7:42 AM Dana Whitcomb <dana.whitcomb77@gmail.com> wrote:\n\n" +
        "\n".join(("> " + l) if l else ">" for l in DANA_TEXT.rstrip("\n").split("\n")),
  quote_html=DANA_TEXT, quote_attr="On Sat, May 1, 2027 at 7:42 AM Dana Whitcomb <dana.whitcomb77@gmail.com> wrote:", quote_kind="reply",
  labels=["marketing_opt_out", "catalog_share_opt_out", "question"], ent={"name": "Dana Whitcomb", "postal_code": "52302"},
  note="follow-up restates both opt-outs in new text (the quote is her own earlier letter and is not needed) and asks whether we got it: all three labels"),

H(key="who-got-my-name", date="2027-05-27 16:47:33", mailbox="powerhousecatalog", prov="icloud", client="ipad",
  cat="ordinary: question", spec="which companies received my name?",
  frm=("Lynn Bauknecht", "lbauknecht@icloud.com"), subject="Who has my name?",
  body="""Hello, I read in your catalog that you share your list with other catalog companies. Could you tell me which companies have received my name in the last year? I'm trying to figure out where all this mail is coming from.

Lynn Bauknecht

Sent from my iPad
""",
  labels=["question"], ent={"name": "Lynn Bauknecht"},
  note="asks with whom her name was shared: a question, not a sharing opt-out"),

H(key="autopay-at-catalog", date="2027-05-28 07:49:26", mailbox="powerhousecatalog", prov="gmail", client="gmail_web",
  cat="wrong door: catalog request to the wrong mailbox", spec="autopay bank change sent to the catalog mailbox",
  frm=("Jim Kloster", "jimkloster@gmail.com"), subject="Autopay",
  body="""Hi, I switched banks and need to change where my Alliant autopay comes out of. I could only find this email address on the back of the catalog. Can you change it or tell me who does? Account 5093 2210 84.

Jim Kloster
""",
  labels=["question"], ent={"name": "Jim Kloster", "account": "5093 2210 84"},
  note="a billing request in the catalog mailbox: question; the mailbox is only a hint"),

H(key="es-ya-no-under-bill", date="2027-05-28 10:15:46", mailbox="customercare", prov="yahoo", client="yahoo_android", lang="es",
  cat="ordinary: unclear", spec="Spanish 'ya no quiero' under a bill notice",
  frm=("Rosario Delgado", "rosariodelgado61@yahoo.com"), to=[("Alliant Energy", CC_ADDR)],
  subject="Re: Your Alliant Energy bill is ready",
  in_reply_to="<bill.3d7a0b95.202705@notify.alliantenergy.com>", references=["<bill.3d7a0b95.202705@notify.alliantenergy.com>"],
  body="""ya no quiero
""",
  **quote("yahoo", bill(when("2027-05-27 05:08:00"), "7716", "141.82", "June 16, 2027")),
  labels=[], unclear=True,
  note="Spanish 'I don't want it anymore' under a bill notice (service mail): the bill e-mails, paper, or service itself? unclear"),

H(key="is-powerhouse-separate", date="2027-05-28 13:33:58", mailbox="customercare", prov="outlook", client="owa",
  cat="wrong door: catalog request to the wrong mailbox", spec="is PowerHouse a separate company? don't give them my info, no catalog",
  frm=("Megan Thorsen", "megthorsen@outlook.com"), subject="PowerHouse Catalog",
  body="""Is the PowerHouse Catalog part of Alliant or a separate company? I started getting it right after I set up electric service, so I assume you gave them my name. If it's a separate company, please don't give them or anyone else my information. And either way, I don't want the catalog.

Megan Thorsen
Mt. Vernon, IA 52314
""",
  labels=["marketing_opt_out", "catalog_share_opt_out", "question"], ent={"name": "Megan Thorsen", "postal_code": "52314"},
  note="confuses our catalog with another company: asks who runs it (question), no catalog 'either way' (marketing opt-out), and no giving her information to anyone (sharing opt-out; the 'if' does not weaken 'or anyone else')"),

H(key="outlook-unsub-assessment", date="2027-05-30 20:18:07", mailbox="customercare", prov="outlook", client="owa",
  cat="ordinary: List-Unsubscribe from a mail client", spec="Outlook.com unsubscribe for the assessment promo",
  frm=("Kari Bjornstad", "kbjornstad@hotmail.com"), to=[CC], subject="unsubscribe AE-PR-2705",
  body="",
  labels=["marketing_opt_out"],
  note="Outlook.com 'Unsubscribe' sent our List-Unsubscribe mailto with an empty body: human marketing opt-out"),
]
