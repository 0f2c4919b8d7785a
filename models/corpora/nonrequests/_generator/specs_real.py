"""Real requests that look like the non-requests: business AP clerks, vendor employees writing as private
customers, people forwarding phishing or list-broker letters, companies leaving the marketing list, and
mail programs / inbox cleaners sending our List-Unsubscribe mailto."""
from ours import (CC, PH, PROMOS, SERVICE, ACK, gt, outlook_block, gmail_reply, gmail_reply_es, gmail_fwd,
                  gmail_fwd_es, apple_fwd, promo_mid)

SPECS = []


def R(**kw):
    kw.setdefault("automated", False)
    SPECS.append(kw)


# ------------------------------------------------------------------ business customers' AP clerks
_p = PROMOS["led_business"]
R(id="q01", mailbox="customercare", cat="mo:ap-clerk-reply-promo", lang="en", client="o365",
  frm=("Vos, Brenda", "bvos@kesslertool.com"), reply_to=("Kessler Tool AP", "ap@kesslertool.com"),
  to=[("Alliant Energy", CC)], subject="RE: " + _p[0], date="2025-04-09 08:14",
  in_reply_to=promo_mid("2025-04-08 10:00", "bizlighting", "5d2e8a01c4"),
  body="""Good morning,

Please remove Kessler Tool & Die from your promotional mailing list, both the postcards and these e-mails. They come to our accounts payable inbox and to the front office and there is nobody here who handles lighting projects. We do still need the monthly statements, so please don't change anything on the billing side.

Account 9100 442 871

Thank you,

Brenda Vos
Accounts Payable
Kessler Tool & Die, Inc.
410 Industrial Pkwy
Hiawatha, IA 52233
319-555-0175

""" + outlook_block("Alliant Energy <customercare@alliant-energy.com>", "2025-04-08 10:00",
                    "ap@kesslertool.com", _p[0], _p[1]),
  labels=["marketing_opt_out"], entities={"name": "Brenda Vos", "postal_code": "52233", "account": "9100 442 871"},
  note="AP clerk replying to a business promo for the company: clear marketing opt-out that keeps statements; shared AP mailbox in Reply-To gets the ack")

R(id="q02", mailbox="customercare", cat="mo:ap-role-address", lang="en", client="roundcube",
  frm=("Accounts Payable", "ap@riverbendvet.com"), to=[(None, CC)],
  subject="Remove from marketing - acct 3320419887", date="2025-08-19 14:31",
  body="""Hello,

Please remove Riverbend Veterinary Clinic from all of your marketing, mail and email. This inbox is for invoices and statements only and lately we are getting 2-3 promo emails a week (heat pumps, EV chargers, etc).

Account # 3320419887
Service address 1802 River Rd, Sauk City WI 53583

Thanks,
Tasha
Accounts Payable
Riverbend Veterinary Clinic
""",
  labels=["marketing_opt_out"], entities={"name": "Tasha", "postal_code": "53583", "account": "3320419887"},
  note="Business AP role address asking to leave all marketing; looks like vendor/AP traffic but is a plain opt-out; no Reply-To so the role From gets the ack")

R(id="q03", mailbox="powerhousecatalog", cat="mo:office-catalog-stop", lang="en", client="o365",
  frm=("Kim Ostrander", "kostrander@prairiesmiles.com"), to=[(None, PH)],
  subject="Too many catalogs at our office", date="2026-03-23 11:02",
  body="""Hi,

We get three copies of the PowerHouse catalog at our office every season, one addressed to the practice and two to "Current Resident." Please take our office off your catalog mailing list entirely. It goes straight into recycling.

The customer number on the label is 0048812-C.

Kim Ostrander
Office Manager
Prairie Smiles Family Dentistry
2150 Edgewood Rd SW
Cedar Rapids, IA 52404
""",
  labels=["marketing_opt_out"], entities={"name": "Kim Ostrander", "postal_code": "52404", "account": "0048812-C"},
  note="Office manager stopping catalogs to a business address; PowerHouse customer number from the label counts as account")

_p = PROMOS["led_business"]
R(id="q04", mailbox="customercare", cat="mo:ap-clerk-es", lang="es", client="gmail", dkim_d="panaderialaesperanza.com",
  frm=("Rocío Méndez", "cuentas@panaderialaesperanza.com"), to=[(None, CC)],
  subject="Re: " + _p[0], date="2025-10-21 09:47",
  in_reply_to=promo_mid("2025-10-20 10:00", "bizlighting", "9e41b7c2d0"),
  references=promo_mid("2025-10-20 10:00", "bizlighting", "9e41b7c2d0"),
  body="""Buenos días,

Le escribo del departamento de cuentas por pagar de Panadería La Esperanza. Por favor ya no nos manden publicidad ni ofertas, ni por correo electrónico ni en papel. En esta dirección solamente necesitamos las facturas.

Número de cuenta: 6621-883-104

Gracias,
Rocío Méndez
Panadería La Esperanza
108 E Main St, Marshalltown, IA 50158

""" + gmail_reply_es("2025-10-20 10:00", "Alliant Energy", CC, _p[1]),
  labels=["marketing_opt_out"], entities={"name": "Rocío Méndez", "postal_code": "50158", "account": "6621-883-104"},
  note="Spanish AP clerk replying to a business promo: stop advertising by e-mail and paper, keep invoices; clear opt-out")

_s = SERVICE["payment_reminder"]
R(id="q05", mailbox="customercare", cat="unclear:ap-reply-service", lang="en", client="o365",
  frm=("Dennis Hoyt", "dhoyt@millerconcreteia.com"), to=[("Alliant Energy", CC)],
  subject="RE: " + _s[0], date="2026-03-04 15:20",
  body="""Paid 3/2 by ACH. Please remove us.

Dennis Hoyt
Miller Concrete Products - AP

""" + outlook_block("Alliant Energy <noreply@alliantenergy.com>", "2026-03-04 06:00",
                    "dhoyt@millerconcreteia.com", _s[0], _s[1]),
  unclear=True, entities={"name": "Dennis Hoyt"},
  note="'Please remove us' under a payment reminder (service mail): remove from what? Not a marketing opt-out; unclear, staff review")

# ------------------------------------------------------------------ vendor employees writing as private customers
R(id="q06", mailbox="powerhousecatalog", cat="cs:vendor-employee-personal", lang="en", client="o365",
  frm=("Gary Lindqvist", "glindqvist@badgerstatemail.com"),
  reply_to=("Gary Lindqvist", "gary.lindqvist@charter.net"), to=[(None, PH)],
  subject="Personal request - please don't share my name", date="2026-02-20 12:10",
  body="""Hi PowerHouse folks,

This is a personal request, not a Badger State job thing. I just happen to be writing from work.

At home we get the PowerHouse catalog and we like it, so keep it coming. But I'd prefer that my name not be shared, rented or exchanged with other catalog companies. I see how many lists come through our plant and I'd rather not be on them.

Name on the label: Gary Lindqvist
1215 Oak Hollow Dr, Sun Prairie WI 53590

Please answer at my personal address (gary.lindqvist@charter.net), not this one.

Thanks,
Gary
""",
  labels=["catalog_share_opt_out"], entities={"name": "Gary Lindqvist", "postal_code": "53590"},
  note="Mail-house employee (same company as our suppression reports) writing as a private customer: keep the catalog, don't share; asks for the answer at his personal Reply-To")

R(id="q07", mailbox="powerhousecatalog", cat="mo:vendor-employee-personal", lang="en", client="o365",
  frm=("Priya Raman", "praman@northstarlists.com"), to=[(None, PH)],
  subject="Personal one - catalog at home", date="2026-01-12 10:55",
  body="""Hi again,

Totally separate from the data card stuff: could you take me off the catalog mailing at home? I look at the book all day at work, I really don't need it on my kitchen table too :)

Priya Raman
2290 Cedar Ln
Eagan, MN 55122

Thanks!
Priya
""",
  labels=["marketing_opt_out"], entities={"name": "Priya Raman", "postal_code": "55122"},
  note="The list broker's account manager, who also sends business mail to this mailbox, asks as a private person to stop the catalog at home; a real opt-out")

R(id="q08", mailbox="powerhousecatalog", cat="both:vendor-employee-es", lang="es", client="o365",
  frm=("Héctor Villalobos", "hvillalobos@lakesideprint.com"), to=[(None, PH)],
  subject="Solicitud personal", date="2025-10-07 17:35", accept_lang="es-US", content_lang="es-US",
  charset="iso-8859-1", hdr_cs="iso-8859-1", hdr_mode="Q",
  body="""Buenas tardes:

Les escribo a título personal, aunque uso el correo del trabajo (trabajo en Lakeside, donde se imprime su catálogo).

En mi casa recibimos el catálogo PowerHouse. Por favor ya no nos lo manden, y tampoco quiero que compartan mi nombre ni mi dirección con otras compañías de catálogos.

Héctor Villalobos
3318 Maple Ridge Ct
Fitchburg, WI 53711

Muchas gracias.
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Héctor Villalobos", "postal_code": "53711"},
  note="Printer employee writing in Spanish from his work address as a private customer: stop the catalog and don't share his name; both opt-outs")

# ------------------------------------------------------------------ people forwarding phishing, asking if it is real
R(id="q09", mailbox="customercare", cat="q:forwarded-phish", lang="en", client="gmail",
  frm=("Linda Carrow", "lindacarrow58@gmail.com"), to=[(None, CC)],
  subject="Fwd: FINAL NOTICE - Service Disconnection Scheduled", date="2025-06-24 19:12",
  body="""Is this actually from you guys? I have autopay set up so I don't understand why it says I owe anything. I did not click the link.

My account number is 4120553109 if you need it.

Linda Carrow

""" + gmail_fwd("Alliant Energy Billing <disconnect-notice@alliant-pay-portal.com>", "2025-06-24 17:03",
                "FINAL NOTICE - Service Disconnection Scheduled", "<lindacarrow58@gmail.com>",
                """Dear Customer,

Your Alliant Energy account is PAST DUE. A service disconnection has been scheduled for today.
To avoid disconnection, pay the outstanding balance of $312.55 immediately:

http://alliant-pay-portal.com/pay

Alliant Energy Collections"""),
  labels=["question"], entities={"name": "Linda Carrow", "account": "4120553109"},
  note="Customer forwards a disconnection phishing and asks whether it is real; the forwarded scam is not hers, her question is")

R(id="q10", mailbox="customercare", cat="mo+q:forwarded-phish", lang="en", client="yahoo",
  frm=("Roger Pfeiffer", "rpfeiffer44@yahoo.com"), to=[(None, CC)],
  subject="Fw: Claim your $150 Alliant Energy Loyalty Rebate", date="2026-05-05 07:48",
  body="""Got this "rebate" email yesterday. The link goes to some weird website so I'm guessing it's fake? Is it from you?

Either way, I'd rather not get promotional emails from Alliant at all. Please take my email off your marketing list.

Thanks,
Roger Pfeiffer


----- Forwarded Message -----
From: Alliant Energy Rewards <rewards@alliant-loyalty.net>
To: rpfeiffer44@yahoo.com
Sent: Monday, May 4, 2026 at 03:17:22 PM CDT
Subject: Claim your $150 Alliant Energy Loyalty Rebate

Congratulations! As a loyal Alliant Energy customer you have been selected for a $150 rebate.
Complete the 30-second survey to claim: http://alliant-loyalty.net/claim
Offer expires in 24 hours.
""",
  labels=["marketing_opt_out", "question"], entities={"name": "Roger Pfeiffer"},
  note="Forwarded fake rebate phishing with two real asks: is this yours (question) and take me off the marketing list (opt-out)")

R(id="q11", mailbox="customercare", cat="q:forwarded-phish-es", lang="es", client="gmail",
  frm=("Marisela Ochoa", "mari.ochoa.dbq@gmail.com"), to=[(None, CC)],
  subject="Fwd: Aviso de desconexión: su servicio será suspendido hoy", date="2025-08-26 08:30",
  body="""Buenos días,

¿Este correo es de ustedes? Dice que me van a cortar la luz hoy si no pago, pero yo pagué la semana pasada en la tienda. No quiero dar los datos de mi tarjeta si es una estafa.

Gracias,
Marisela Ochoa

""" + gmail_fwd_es("Alliant Energy Atención al Cliente <aviso@alliant-energia-pagos.com>", "2025-08-26 06:02",
                   "Aviso de desconexión: su servicio será suspendido hoy", "<mari.ochoa.dbq@gmail.com>",
                   """Estimado cliente:

Su cuenta de Alliant Energy presenta un saldo vencido de $287.40. Si no realiza el pago hoy antes de las 5:00 p.m., su servicio de electricidad será desconectado.

http://alliant-energia-pagos.com/pago-inmediato

Departamento de Cobranza
Alliant Energy"""),
  labels=["question"], entities={"name": "Marisela Ochoa"},
  note="Spanish customer forwards the same disconnection phishing we also received directly and asks if it is ours; question")

R(id="q12", mailbox="customercare", cat="q:forwarded-invoice-scam", lang="en", client="o365",
  frm=("Carla Jensen", "cjensen@jensenholtcpa.com"), to=[(None, CC)],
  subject="FW: Alliant Energy Invoice #AE-55120-2291 Due", date="2026-01-08 10:26",
  body="""Hello,

Our office received the e-mail below with an invoice attached. Is this a legitimate invoice from Alliant? The account number on it does not match ours (ours is 2209-114-378), and we normally get our bill from a different address. We won't pay anything until we hear back.

Thank you,

Carla Jensen
Office Manager
Jensen & Holt CPAs
112 W Water St, Decorah, IA 52101
563-555-0181

""" + outlook_block("Alliant Energy Accounts <invoices@alliantenergy-ebill.com>", "2026-01-07 16:51",
                    "Carla Jensen <cjensen@jensenholtcpa.com>", "Alliant Energy Invoice #AE-55120-2291 Due",
                    """Dear Customer,

Please find attached invoice #AE-55120-2291 for account 7781-002-445. Payment of $2,418.06 is due upon receipt.
Open the attached PDF to view and pay.

Alliant Energy Billing"""),
  labels=["question"], entities={"name": "Carla Jensen", "postal_code": "52101", "account": "2209-114-378"},
  note="Business forwards an invoice scam asking if it is legitimate; only her own account number counts, not the one in the scam")

R(id="q13", mailbox="powerhousecatalog", cat="q:forwarded-phish-order", lang="en", client="apple",
  frm=("Joanne", "joannek.wi@icloud.com"), to=[(None, PH)],
  subject="Fwd: Your PowerHouse order #PH-88120 could not be shipped", date="2025-12-10 20:05",
  body="""I never ordered anything from PowerHouse. Is this from you? Did someone use my name or my card??

Joanne

""" + apple_fwd("PowerHouse Orders <orders@powerhouse-catalog-shop.com>", "2025-12-10 18:22",
                "Your PowerHouse order #PH-88120 could not be shipped", "joannek.wi@icloud.com",
                """Your order #PH-88120 (Heated Throw Blanket, qty 2) could not be shipped because your payment was declined.

Update your card within 12 hours to avoid cancellation:
http://powerhouse-catalog-shop.com/update-payment"""),
  labels=["question"], entities={"name": "Joanne"},
  note="Forwarded fake PowerHouse order phishing with worried questions; first name alone is the name entity, order number is not an account")

R(id="q14", mailbox="powerhousecatalog", cat="q:forwarded-phish-es", lang="es", client="outlookcom",
  frm=("Rigoberto Salas", "rigo.salas77@hotmail.com"), to=[(None, PH)],
  subject="RV: ¡Felicidades! Ganó una tarjeta de regalo de $500 de PowerHouse", date="2026-07-02 21:14",
  accept_lang="es-US", content_lang="es-US",
  body="""Hola,

Recibí este correo que dice que gané una tarjeta de regalo de $500 del catálogo PowerHouse. ¿Es verdad o es una estafa? Me pide el número de mi tarjeta para pagar el envío y eso no me da confianza.

Rigoberto Salas

________________________________
De: PowerHouse Premios <premios@powerhouse-regalos.com>
Enviado: jueves, 2 de julio de 2026 14:03
Para: rigo.salas77@hotmail.com
Asunto: ¡Felicidades! Ganó una tarjeta de regalo de $500 de PowerHouse

Usted ha sido seleccionado como ganador de una tarjeta de regalo de $500. Solo pague $4.95 de envío:
http://powerhouse-regalos.com/premio
""",
  labels=["question"], entities={"name": "Rigoberto Salas"},
  note="Spanish Outlook.com forward ('RV:') of a prize scam using the PowerHouse name; the customer asks if it is real")

# ------------------------------------------------------------------ people forwarding list-broker / other catalogs' letters
R(id="q15", mailbox="powerhousecatalog", cat="cs:forwarded-broker-letter", lang="en", client="gmail",
  frm=("Ellen Marsh", "ellenmarsh.pville@gmail.com"), to=[(None, PH)],
  subject="Fwd: Why you are receiving our catalog", date="2025-05-28 13:40",
  body="""Hello,

I got the e-mail below after a catalog from Heritage Garden Supply showed up in my mailbox. I don't mind getting YOUR catalog, but I never agreed to you giving my name to other companies. Please stop sharing it.

Ellen Marsh
45 Birch St
Platteville, WI 53818

""" + gmail_fwd("Heritage Garden Supply <privacy@heritagegardensupply.com>", "2025-05-27 09:00",
                "Why you are receiving our catalog", "<ellenmarsh.pville@gmail.com>",
                """Dear Gardener,

You recently received the Heritage Garden Supply spring catalog. We obtained your name and address from a
list of customers of PowerHouse Catalog, a company whose customers share your interests.

If you prefer not to receive catalogs from us, reply "remove" and we will add you to our do-not-mail file.
To stop other companies from sharing your name, please contact them directly.

Heritage Garden Supply, Rockford, IL"""),
  labels=["catalog_share_opt_out"], entities={"name": "Ellen Marsh", "postal_code": "53818"},
  note="Customer forwards another catalog's 'we got your name from PowerHouse' letter: keep our catalog, stop sharing; the forwarded 'reply remove' is not hers")

R(id="q16", mailbox="powerhousecatalog", cat="cs+q:forwarded-coop-letter", lang="en", client="thunderbird",
  frm=("Walter Oberholtzer", "woberholtzer@mchsi.com"), to=[(None, PH)],
  subject="Fwd: Your privacy choices - Meridian Data Cooperative", date="2025-09-12 10:18",
  body="""To PowerHouse Catalog:

The notice below came in the mail (I typed it in, my scanner is broken). Apparently you send my purchases to this outfit in Florida.

I do not want my name, address or purchase history given to Meridian or anybody else from now on. I also want to know which companies you have given it to so far.

Walter Oberholtzer
2216 Brown St
Davenport IA 52803

-------- Forwarded Message --------
Subject: Your privacy choices - Meridian Data Cooperative
Date: Thu, 11 Sep 2025

Meridian Data Cooperative receives information about purchases from
member companies, including PowerHouse Catalog, to help members find
new customers. To have your name removed from our cooperative database,
write to Meridian, 8800 Hidden River Pkwy, Tampa FL 33637.
""",
  labels=["catalog_share_opt_out", "question"], entities={"name": "Walter Oberholtzer", "postal_code": "52803"},
  note="Forwarded data-co-op notice; the sender asks us to stop sharing (opt-out) and which companies got his name (question)")

R(id="q17", mailbox="powerhousecatalog", cat="cs:forwarded-letter-es", lang="es", client="yahoo",
  frm=("Lucía Barragán", "luciabarragan@yahoo.com"), to=[(None, PH)],
  subject="Carta de otra compañía", date="2026-04-14 18:52",
  body="""Buenas tardes,

Recibí una carta de una compañía de catálogos de ropa (Brookline Apparel) que dice que obtuvo mi nombre y dirección de PowerHouse Catalog. Copio lo que dice la carta abajo.

No quiero que compartan mis datos con nadie. Sí pueden seguir mandándome su catálogo.

Lucía Barragán
2417 Fish Hatchery Rd
Madison, WI 53713

--- texto de la carta ---
"Dear Customer, we obtained your name from a carefully selected list of PowerHouse Catalog customers. If you no longer wish to receive our mailings, call 1-800-555-0150."
""",
  labels=["catalog_share_opt_out"], entities={"name": "Lucía Barragán", "postal_code": "53713"},
  note="Spanish customer quotes another catalog's letter: don't share my data, keep sending your catalog; share opt-out only")

R(id="q18", mailbox="powerhousecatalog", cat="unclear:forwarded-letter-no-text", lang="en", client="apple",
  frm=("Harold Koenig", "hkoenig@mchsi.com"), to=[(None, PH)], smtp_host="smtp.mchsi.com",
  subject="Fwd: A note about your name and address", date="2026-06-18 16:03",
  body="""???

""" + apple_fwd("Hearthside Home Goods <customercare@hearthsidehome.com>", "2026-06-17 11:30",
                "A note about your name and address", "hkoenig@mchsi.com",
                """Thank you for your interest in Hearthside Home Goods. Your name came to us through a list exchange
with PowerHouse Catalog. To stop receiving our catalog, reply to this message."""),
  unclear=True,
  note="Forwarded list-exchange letter with only '???' as new text: could be a share opt-out, a question or a complaint; unclear")

# ------------------------------------------------------------------ companies asking to leave the marketing list
R(id="q19", mailbox="customercare", cat="mo:company-remove", lang="en", client="o365",
  frm=("Jeff Holm", "jholm@prairieforklumber.com"), to=[(None, CC)],
  subject="Remove Prairie Fork Lumber from marketing", date="2025-07-15 07:36",
  body="""Hello,

Please remove Prairie Fork Lumber (all three yards) from Alliant Energy's marketing e-mails and mailings. We get the business rebate flyers at every yard and at several employees' work e-mails. Addresses of ours we know you have:

orders@prairieforklumber.com
jholm@prairieforklumber.com
yard2@prairieforklumber.com

Billing and outage notices are fine, keep those.

Jeff Holm
Operations Manager
Prairie Fork Lumber
""",
  labels=["marketing_opt_out"], entities={"name": "Jeff Holm"},
  note="A company asks to be taken off our marketing list for all its addresses; reads like business correspondence but is a clear opt-out")

R(id="q20", mailbox="customercare", cat="mo+q:property-manager", lang="en", client="gmail",
  dkim_d="lakeshorepg.com",
  frm=("Nicole Brandvold", "nicole@lakeshorepg.com"), to=[(None, CC)],
  subject="Promotional mail to our management office + account question", date="2026-09-09 13:13",
  body="""Hi,

Lakeshore Property Group manages 14 buildings in Madison. Our management office gets a steady stream of your promotional mailers (solar, thermostats, appliance recycling). Please remove the office address below from all promotional mailings.

Lakeshore Property Group
2200 Atwood Ave
Madison, WI 53704

Separate question: who can I talk to about consolidating the common-area accounts for our buildings onto one bill? Right now we get 14.

Thanks,
Nicole Brandvold
Property Accountant
""",
  labels=["marketing_opt_out", "question"], entities={"name": "Nicole Brandvold", "postal_code": "53704"},
  note="Property manager: stop promotional mail to the office (opt-out) plus a billing consolidation question")

R(id="q21", mailbox="customercare", cat="mo:company-remove-es", lang="es", client="yahoo",
  frm=("Taller Ortega", "tallermecanicoortega@yahoo.com"), to=[(None, CC)],
  subject="Eliminar de la lista de publicidad", date="2025-11-11 12:05",
  body="""Buenas tardes:

Favor de eliminar a Taller Mecánico Ortega de su lista de correos promocionales, tanto correo electrónico como por correo postal. Nos llegan muchas ofertas que no nos interesan.

Atentamente,
Ramiro Ortega
Taller Mecánico Ortega
1418 Central Ave, Dubuque, IA 52001
""",
  labels=["marketing_opt_out"], entities={"name": "Ramiro Ortega", "postal_code": "52001"},
  note="Spanish-speaking small business asks to be removed from promotional e-mail and postal mail; clear opt-out")

R(id="q22", mailbox="customercare", cat="both:company-formal-letter", lang="en", client="o365",
  frm=("Northgate Logistics Compliance", "compliance@northgatelogistics.com"), to=[(None, CC)],
  subject="Marketing removal and do-not-share request - Northgate Logistics", date="2026-02-03 10:00",
  body="""To whom it may concern:

Pursuant to Northgate Logistics' vendor communications policy, please (1) remove all e-mail addresses at northgatelogistics.com and our corporate mailing address from every marketing list maintained by Alliant Energy and its affiliates, and (2) do not sell, rent or share our company's or our employees' contact information with any third party.

Please confirm when this has been completed.

Regards,

Patricia Lowe
Paralegal, Office of the General Counsel
Northgate Logistics, Inc.
800 Commerce Way
Janesville, WI 53545
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Patricia Lowe", "postal_code": "53545"},
  note="Formal company letter from a compliance role address: leave the marketing lists and don't share contact data; both opt-outs (confirmation request is covered by the ack)")

# ------------------------------------------------------------------ human replies that look like auto-replies
_p = PROMOS["thermostat"]
R(id="q23", mailbox="customercare", cat="mo:phone-reply-promo", lang="en", client="iphone",
  frm=("Doug Achterberg", "dachterberg@icloud.com"), to=[("Alliant Energy", CC)],
  subject="Re: " + _p[0], date="2025-11-06 06:52",
  in_reply_to=promo_mid("2025-11-05 10:00", "thermostat", "a71c03e9b2"),
  references=promo_mid("2025-11-05 10:00", "thermostat", "a71c03e9b2"),
  body="""Traveling so short note from my phone - pls unsubscribe me from these. Thx

Sent from my iPhone

> On Nov 5, 2025, at 10:00 AM, Alliant Energy <customercare@alliant-energy.com> wrote:
>
""" + gt(_p[1]),
  labels=["marketing_opt_out"],
  note="Starts like an away message ('traveling') but is a person's one-line unsubscribe under our promo; clear opt-out")

R(id="q24", mailbox="customercare", cat="mo:retiring-address", lang="en", client="thunderbird",
  frm=("Ron Hendricks", "ron@hendricksdairy.com"), to=[(None, CC)],
  subject="Please remove this address", date="2025-04-02 09:15",
  body="""Hello,

I retired from Hendricks Dairy at the end of March and this e-mail address will be shut off soon. Please remove it from your e-mail list.

The dairy's account stays as it is; my son Kyle runs things now and will be in touch if he needs anything.

Ron Hendricks
""",
  labels=["marketing_opt_out"], entities={"name": "Ron Hendricks"},
  note="Reads like a 'no longer with the company' notice but is a person asking to take his own address off the e-mail list; opt-out")

# ------------------------------------------------------------------ software unsubscribes (mail clients, inbox cleaners)
R(id="s01", mailbox="customercare", cat="mo:unsub-gmail", lang="en", client="gmail",
  frm=("Kathy Bauer", "kbauer1962@gmail.com"), to=[(None, CC)], subject="unsubscribe",
  date="2025-11-05 18:21", fmt="plain", body="This message was automatically generated by Gmail.\n",
  labels=["marketing_opt_out"],
  note="Gmail's Unsubscribe button sent our List-Unsubscribe mailto; no Auto-Submitted header, so the sender gets an ack")

R(id="s02", mailbox="powerhousecatalog", cat="mo:unsub-gmail", lang="en", client="gmail",
  frm=("T.J. Moeller", "tjmoeller@gmail.com"), to=[(None, PH)], subject="unsubscribe",
  date="2025-12-04 21:09", fmt="plain", body="This message was automatically generated by Gmail.\n",
  labels=["marketing_opt_out"],
  note="Gmail unsubscribe from a catalog e-mail: marketing opt-out only, never a sharing opt-out")

R(id="s03", mailbox="customercare", cat="mo:unsub-outlookcom", lang="en", client="outlookcom",
  frm=(None, "bev.kluesner@outlook.com"), to=[(None, CC)], subject="unsubscribe",
  date="2026-01-15 07:44", body="",
  labels=["marketing_opt_out"],
  note="Outlook.com unsubscribe with an empty body and a bare From; still a person's opt-out, ack to the sender")

R(id="s04", mailbox="powerhousecatalog", cat="mo:unsub-apple-mail", lang="en", client="apple",
  frm=("Noreen Fitzgerald", "noreenfitz@icloud.com"), to=[(None, PH)], subject="unsubscribe",
  date="2026-04-02 12:30", body="\n",
  labels=["marketing_opt_out"],
  note="Apple Mail's unsubscribe banner sent an empty message to the catalog mailbox; opt-out, ack to the sender")

R(id="s05", mailbox="customercare", cat="mo:unsub-cleaner-autosubmitted", lang="en", client="gmail",
  frm=("Scott Lenz", "scottlenz.ia@gmail.com"), to=[(None, CC)], subject="unsubscribe",
  date="2026-02-11 03:02", fmt="plain",
  hdr=[("X-Mailer", "TidyBox/3.8 (+https://tidybox.app/unsubscribe-bot)"), ("Auto-Submitted", "auto-generated")],
  body="""Unsubscribe

This request was sent by TidyBox on behalf of the mailbox owner.
""",
  labels=["marketing_opt_out"], ack_to=None,
  note="Inbox-cleaning service unsubscribing for a person through his Gmail account; Auto-Submitted: auto-generated, so no ack (RFC 3834)")

R(id="s06", mailbox="powerhousecatalog", cat="mo:unsub-cleaner", lang="en", client="yahoo",
  frm=("Donna Rausch", "donnarausch@yahoo.com"), to=[(None, PH)], subject="unsubscribe",
  date="2025-09-03 11:47", fmt="plain", hdr=[("X-Mailer", "Declutterly Unsubscriber 2.1")],
  body="unsubscribe\n",
  labels=["marketing_opt_out"],
  note="Inbox cleaner unsubscribing through the person's Yahoo account without Auto-Submitted; opt-out, ack to the sender")

R(id="s07", mailbox="customercare", cat="mo:unsub-yahoo-autosubmitted", lang="en", client="yahoo",
  frm=("Gene Tiedemann", "genetiedemann@yahoo.com"), to=[(None, CC)], subject="unsubscribe",
  date="2026-06-22 16:10", fmt="plain", hdr=[("Auto-Submitted", "auto-generated")], body="",
  labels=["marketing_opt_out"], ack_to=None,
  note="Yahoo Mail unsubscribe carrying Auto-Submitted: auto-generated; a person's opt-out but no ack may be sent")

R(id="s08", mailbox="customercare", cat="mo:unsub-gmail-es", lang="es", client="gmail",
  frm=("Adriana Solís", "adri.solis.mtown@gmail.com"), to=[(None, CC)], subject="unsubscribe",
  date="2025-07-29 20:40", fmt="plain", body="Gmail generó este mensaje automáticamente.\n",
  labels=["marketing_opt_out"],
  note="Gmail unsubscribe from a Spanish-language account ('Gmail generó este mensaje automáticamente'); opt-out, ack to the sender")

R(id="s09", mailbox="powerhousecatalog", cat="mo:unsub-thunderbird-addon", lang="en", client="thunderbird",
  frm=("Marv Schultz", "mschultz@tds.net"), to=[(None, PH)], subject="unsubscribe",
  date="2025-10-02 19:58", hdr=[("Auto-Submitted", "auto-generated")],
  body="Sent by the List Unsubscribe add-on for Thunderbird.\n",
  labels=["marketing_opt_out"], ack_to=None,
  note="Thunderbird add-on sent the catalog e-mail's List-Unsubscribe mailto with Auto-Submitted; opt-out, no ack")

R(id="s10", mailbox="customercare", cat="mo:unsub-cleaner-relay", lang="en", client="ses",
  frm=(None, "pam.wegner@outlook.com"), envelope="bounce+7f3a@mail.unsubly.com", to=[(None, CC)],
  dkim_d="unsubly.com", dmarc="fail", dmarc_policy="p=NONE sp=QUARANTINE dis=NONE", send_domain="mail.unsubly.com",
  subject="unsubscribe", date="2026-08-30 02:15", fmt="plain",
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Unsubly-Request", "usr_88120417")],
  body="This unsubscribe request was sent by Unsubly on behalf of pam.wegner@outlook.com.\n",
  labels=["marketing_opt_out"], ack_to=None,
  note="Inbox cleaner relaying an unsubscribe for its user through its own servers, with Auto-Submitted; opt-out without ack")

# ------------------------------------------------------------------ more look-alikes
_p = PROMOS["webinar"]
R(id="q25", mailbox="customercare", cat="mo:reply-webinar-promo", lang="en", client="gmail",
  frm=("Pat Holtz", "patholtz.ames@gmail.com"), to=[(None, CC)],
  subject="Re: " + _p[0], date="2026-02-03 12:01",
  in_reply_to=promo_mid("2026-02-03 09:30", "hp101", "0bd7e33f51"),
  references=promo_mid("2026-02-03 09:30", "hp101", "0bd7e33f51"),
  body="""Not interested. Take me off the list.

-Pat

""" + gmail_reply("2026-02-03 09:30", "Alliant Energy", CC, _p[1]),
  labels=["marketing_opt_out"], entities={"name": "Pat"},
  note="Reply to our webinar invitation (itself a promotion), unlike third-party webinar invites; 'take me off the list' is an opt-out")

R(id="q26", mailbox="customercare", cat="mo+q:calendar-decline-comment", lang="en", client="outlookcom",
  frm=("Arlene Vogt", "arlene.vogt@hotmail.com"), to=[("Alliant Energy Home Energy Audits", CC)],
  subject="Declined: Home energy audit - Thursday 10:00 AM", date="2025-09-22 18:40", fmt="cal",
  body="""Please cancel this audit, we sold the house last week and close on the 30th. And please stop sending us the marketing e-mails about audits and rebates.

Arlene Vogt
""",
  ics=dict(method="REPLY", uid="040000008200E00074C5B7101A82E008000000001F3C2B8E8F2BDC010000000000000000100000005D1A7C22",
           summary="Home energy audit", start="2025-09-25 10:00", end="2025-09-25 11:30",
           organizer=("Alliant Energy Home Energy Audits", CC),
           attendees=[("Arlene Vogt", "arlene.vogt@hotmail.com", "DECLINED")], location="Customer home"),
  labels=["marketing_opt_out", "question"], entities={"name": "Arlene Vogt"},
  note="A calendar decline (text/calendar REPLY) but with a typed comment: cancel the appointment (question) and stop marketing e-mails (opt-out); human, not calendar noise")

R(id="q27", mailbox="customercare", cat="mo:employee-home-account", lang="en", client="o365",
  frm=("Troy Wendt", "twendt@alliantenergy.com"), to=[(None, CC)],
  subject="Home account - stop promo mail", date="2026-05-27 12:44",
  body="""Hi team,

I work in Dubuque operations, but this is about my own home account, not a work thing. Please stop sending promotional mail and e-mails to my house. Bills and outage texts are fine.

Account 5512 0087 34

Thanks,
Troy Wendt
2875 Kaufmann Ave
Dubuque, IA 52002
""",
  labels=["marketing_opt_out"], entities={"name": "Troy Wendt", "postal_code": "52002", "account": "5512 0087 34"},
  note="Internal-looking mail from an Alliant employee's address, but he writes as a customer about his home account; opt-out, unlike misdirected colleague notes")

R(id="q28", mailbox="powerhousecatalog", cat="both:club-address", lang="en", client="isp",
  frm=("Joan Pettit", "jpettit@mhtc.net"), to=[(None, PH)],
  subject="Mill Creek Garden Club - catalogs", date="2026-03-02 15:27",
  body="""Dear PowerHouse,

Our club's post office box keeps getting the PowerHouse catalog addressed to "Mill Creek Garden Club." Please remove us from your mailing list, and please don't pass our name and box number on to other catalog companies either. Since last spring we have been getting seed and tool catalogs we never asked for.

Joan Pettit, newsletter editor
Mill Creek Garden Club
PO Box 212
Mineral Point, WI 53565
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Joan Pettit", "postal_code": "53565"},
  note="Club newsletter editor (looks like community-list mail) asks to stop the catalog and stop sharing the club's name; both opt-outs")

R(id="q29", mailbox="customercare", cat="mo:recruiter-personal", lang="en", client="o365",
  frm=("Marcus Lee", "mlee@talentbridgesearch.com"), to=[(None, CC)],
  subject="Please unsubscribe this address", date="2025-06-10 16:02",
  body="""Hi,

Not a sales e-mail, promise. Years ago I signed up for your residential newsletter with this work address when I lived in Madison. I moved to Denver in 2023 and I'm not an Alliant customer anymore. Please unsubscribe this address from your newsletters and promotions.

Thanks,
Marcus Lee
TalentBridge Search
""",
  labels=["marketing_opt_out"], entities={"name": "Marcus Lee"},
  note="From a recruiting firm's address like recruiter spam, but a former customer asking to leave the newsletter; opt-out")

_p = PROMOS["holiday_catalog"]
R(id="q30", mailbox="powerhousecatalog", cat="mo:read-subject-human", lang="en", client="ox",
  frm=("Gloria Hennessey", "ghennessey@comcast.net"), to=[(None, PH)],
  subject="Read: " + _p[0], date="2025-11-29 10:36",
  body="""Read it. Don't want it. Please take me off your catalog list, paper and email both.

Gloria Hennessey
118 Elm St, Prairie du Chien WI 53821
""",
  labels=["marketing_opt_out"], entities={"name": "Gloria Hennessey", "postal_code": "53821"},
  note="Subject starts with 'Read:' like a read receipt, but it is a typed message asking to stop the catalog by mail and e-mail; opt-out")
