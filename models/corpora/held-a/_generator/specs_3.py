"""Human mail, June 17-30, 2026 (EV charger promotion June 17; storm June 21-22)."""
from ours import outage, restore, ack, OURS

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
EV = "Plug in for less: up to $500 toward a home EV charger"

OUT_WILSON = outage("2040 WILSON AVE SW", "06-21 19:31:12", "Assessing damage")
OUT_MAPLE = outage("118 MAPLE ST", "06-21 19:36:05", "June 22, 11:00 PM")
OUT_2ND = outage("1506 2ND AVE", "06-21 19:44:30", "Assessing damage")

SPECS = [
dict(dt="06-17 10:45:11", mb="cc", client="aol", frm=("Evelyn Marsh", "evmarsh37@aol.com"),
     subj="Re: " + EV, reply="promoB",
     body="""I DON'T EVEN OWN A CAR. I am 84 years old. Take me off your list.

Evelyn Marsh""",
     labels=[MO], ent={"name": "Evelyn Marsh"},
     cat="mo:reply-promo", note="Reply to the EV promotion: 'take me off your list' is a marketing opt-out."),

dict(dt="06-17 12:10:37", mb="cc", client="outlook_com", frm=("Devin Kaltenbach", "dkaltenbach@outlook.com"),
     subj="RE: " + EV, reply="promoB",
     body="""Couple questions on this:
1) Can the $500 be combined with the federal tax credit for the charger?
2) Do I need a second meter for the off-peak EV rate or does it apply to the whole house?
3) Does the installer have to be on an approved list?

Thanks,
Devin""",
     labels=[Q], ent={"name": "Devin"},
     cat="q:reply-promo-ev", note="Program questions in reply to the EV promotion; interested, no opt-out."),

dict(dt="06-17 15:55:46", mb="cc", client="gmail", frm=("Colleen Roethler", "croethler@gmail.com"),
     subj="Fwd: " + EV, fwd="promoB",
     body="""My husband and I both get these at our separate emails (this one and droethler@mchsi.com). The account is in my name. Please stop sending promotional emails to both of us.

Colleen Roethler
Account 4418 2039 91""",
     labels=[MO], ent={"name": "Colleen Roethler", "account": "4418 2039 91"},
     cat="mo:fwd-household", note="Forwards our promotion with her own request; she is the account holder writing for the household, so she has standing."),

dict(dt="06-17 19:05:33", mb="cc", client="samsung", lang="es", qstyle="samsung_es", boiler="Enviado desde mi Galaxy",
     frm=("Rigoberto Alanis", "rigo.alanis82@gmail.com"),
     subj="Re: " + EV, reply="promoB",
     body="BASTA de correos!!! no tengo carro eléctrico y no quiero sus anuncios",
     labels=[MO], ent={},
     cat="mo:reply-promo-es", note="Spanish, angry, under the EV promotion: 'enough e-mails, I don't want your ads'."),

dict(dt="06-18 09:20:25", mb="cc", client="apple", frm=("Gretchen Albrecht", "galbrecht@mchsi.com"),
     subj="Please remove me from all lists",
     body="""Hello,
Please take me off all of your lists, email and paper. And please do not pass my name, address or any of my information to any other company or "partner".
Thank you.

Gretchen Albrecht
2715 Kingsley Dr
Bettendorf IA 52722""",
     labels=[MO, CSO], ent={"name": "Gretchen Albrecht", "postal_code": "52722"},
     cat="mo+cso:fresh", note="Both opt-outs, short and clear; Apple Mail through an ISP account."),

dict(dt="06-18 14:05:49", mb="cc", client="outlook_com", frm=("Phil Dvorak", "phil.dvorak@live.com"),
     subj="Follow up",
     body="""I wrote you last month about this. As I asked before, please take care of it. Still happening.

Phil""",
     labels=[], unclear=True, ent={"name": "Phil"},
     cat="unclear:as-asked-before", note="Refers to an earlier request without saying what it was: unclear."),

dict(dt="06-19 10:15:04", mb="ph", client="gmail", frm=("Monica Sheehy", "monica.sheehy@gmail.com"),
     subj="Don't share my name + question",
     body="""Hi, please don't share my name or address with other catalog companies.

Question: does this also apply to Alliant Energy itself (the utility), or just the catalog? I don't want my info from my electric account ending up on any lists either.

Monica Sheehy""",
     labels=[CSO, Q], ent={"name": "Monica Sheehy"},
     cat="cso+q:scope", note="Sharing opt-out plus a question about its scope (utility vs catalog)."),

dict(dt="06-19 13:50:30", mb="cc", client="exchange", org="RIVERBEND", frm=("Gary Lutz", "glutz@riverbendmfg.com"),
     subj="RE: " + EV, reply="promoB",
     body="""Please remove this address from your marketing list. This is a work inbox and I don't recall signing it up for anything.

Gary Lutz
Maintenance Supervisor
Riverbend Manufacturing
(319) 555-0147""",
     labels=[MO], ent={"name": "Gary Lutz"},
     cat="mo:reply-promo-corporate", note="Corporate Exchange reply with Outlook From:/Sent: quote block; phone number is not an account."),

dict(dt="06-20 12:30:16", mb="cc", client="gmail", frm=("Troy Weidemann", "troyweidemann@gmail.com"),
     subj="Re: " + OURS["storm"]["subject"], reply="storm", to="customercare@alliant-energy.com",
     body="unsubscribe",
     labels=[], unclear=True, ent={},
     cat="unclear:short-under-service", note="'unsubscribe' under the storm-preparation notice (service mail, says it is sent regardless): unclear."),

dict(dt="06-21 20:10:44", mb="cc", client="iphone", frm=("Angela Pruett", "angpruett@icloud.com"),
     subj="Re: " + OUT_WILSON["subject"], reply=OUT_WILSON, to="customercare@alliant-energy.com",
     body="""How long?? It says 1000+ customers and no time. We have a sump pump and the basement is starting to take water. Is there any way to get a crew out here or at least an estimate

2040 Wilson Ave SW Cedar Rapids 52404
Angela""",
     labels=[Q], ent={"name": "Angela", "postal_code": "52404"},
     cat="q:storm-outage", note="Urgent outage question in reply to an outage alert; ZIP from her own text."),

dict(dt="06-21 21:45:22", mb="cc", client="gmail", frm=("Logan Freiberg", "lfreiberg03@gmail.com"),
     subj="Re: " + OUT_MAPLE["subject"], reply=OUT_MAPLE, to="customercare@alliant-energy.com",
     body="STOP",
     labels=[], unclear=True, ent={},
     cat="unclear:short-under-service", note="STOP under an outage alert: service mail, not marketing; could mean stop alerts or anything: unclear."),

dict(dt="06-22 07:30:18", mb="cc", client="outlook_ios", frm=("Megan Holtkamp", "meganholtkamp@outlook.com"),
     subj="Re: " + EV, reply="promoB",
     body="""Power's been out at our house in Hiawatha for 12 hours and the app says "assessing." And this is what you send me?? Stop sending me ads.

When is a crew actually coming to Hiawatha? We have a newborn and no AC.

Megan Holtkamp
52233""",
     labels=[MO, Q], ent={"name": "Megan Holtkamp", "postal_code": "52233"},
     cat="mo+q:storm-angry", note="During the storm outage: stop the ads (under the EV promotion) plus a restoration question; bare ZIP counts."),

dict(dt="06-22 13:20:09", mb="cc", client="yahoo", lang="es", frm=("Francisco Mendez", "pancho.mendez71@yahoo.com"),
     subj="reembolso por comida / food spoiled",
     body="""Hello, hola. We lost power from Sunday night until Monday afternoon and everything in the refrigerator and the deep freezer went bad, mas de $300 en carne. Does Alliant pay for food lost in the outage? Como hago el reclamo?

Francisco Mendez
acct 3380 1172 05""",
     atts=[("IMG_20260622_111502.jpg", bytes.fromhex("ffd8ffe1001845786966000049492a0008000000") + bytes((i * 7) % 256 for i in range(1800)) + bytes.fromhex("ffd9"), "image/jpeg")],
     labels=[Q], ent={"name": "Francisco Mendez", "account": "3380 1172 05"},
     cat="q:storm-claim-mixed", note="English/Spanish mix asking about a spoiled-food claim after the outage; photo attached."),

dict(dt="06-22 16:40:52", mb="cc", client="gmail", lang="es", frm=("Leticia Orozco", "leti.orozco.cr@gmail.com"),
     subj="Re: " + OUT_2ND["subject"], reply=OUT_2ND, to="customercare@alliant-energy.com",
     body="""Buenas tardes, seguimos sin luz desde el domingo en la noche. ¿Saben cuándo va a regresar? Ya van casi dos días y tengo medicinas que necesitan refrigeración.

Leticia Orozco""",
     labels=[Q], ent={"name": "Leticia Orozco"},
     cat="q:storm-outage-es", note="Spanish restoration question in reply to an outage alert (medicine needs refrigeration)."),

dict(dt="06-23 11:00:26", mb="ph", client="iphone", frm=("Kyle Brandau", "kbrandau@icloud.com"),
     subj="catalog", body="pls stop catalog",
     labels=[MO], ent={},
     cat="mo:terse", note="Three words, object named (the catalog): marketing opt-out."),

dict(dt="06-25 09:10:14", mb="cc", kind="webform", cl="ae-webform", frm=("Alliant Energy Website", "noreply@alliantenergy.com"),
     reply_to=("Roberta Kiel", "robkiel@frontier.com"),
     subj="Contact Us: Privacy / Personal information",
     body="""Contact Us form submission
-----------------------------
Topic: Privacy / Personal information
Name: Roberta Kiel
Email: robkiel@frontier.com
Phone: 608-555-0183
Account number: 0047 3391 82
Service ZIP: 53520

Message:
Please do not share my name and address with the PowerHouse catalog's partner companies or any other outside company. I don't mind hearing from Alliant itself.
-----------------------------
Submitted 06/25/2026 9:10 AM from alliantenergy.com/contact
""",
     labels=[CSO], ent={"name": "Roberta Kiel", "account": "0047 3391 82", "postal_code": "53520"},
     cat="cso:webform-relay", note="Our Contact Us form relay: From is noreply, the customer is in Reply-To (ack_to); keeps Alliant contact, so sharing only."),

dict(dt="06-26 14:00:44", mb="ph", client="gmail", lang="es", frm=("Verónica Salgado", "vero.salgado.jvl@gmail.com"),
     subj="No compartir mis datos",
     body="""Hola, les escribo porque no quiero que mi nombre ni mi dirección se compartan o se vendan a otras empresas de catálogos. El catálogo de PowerHouse sí me interesa, así que pueden seguir mandándolo.
Saludos,
Verónica Salgado
Janesville, WI 53545""",
     labels=[CSO], ent={"name": "Verónica Salgado", "postal_code": "53545"},
     cat="cso:fresh-es", note="Spanish: do not share or sell name/address, keep sending the catalog: sharing opt-out only."),

dict(dt="06-30 16:45:31", mb="cc", client="xfinity", frm=("Howard Blaine", "hblaine@comcast.net"),
     subj="Moved - stop mailings",
     body="""We sold our house in Marion and moved to Arizona in May. Please stop sending all the advertising mailers and emails. Our final bill is paid.

Howard Blaine""",
     labels=[MO], ent={"name": "Howard Blaine"},
     cat="mo:moved-away", note="Moved out of the area: stop advertising mail and e-mail; no address change or other ask."),
]
