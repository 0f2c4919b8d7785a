"""Opt-outs that come with a real question (billing, a copy of the data, timing, change of address, complaints),
and plain questions with no opt-out."""
from common import make, on_top
from ours import CC, PH

SPECS = []
M = make(SPECS)
MQ = ["marketing_opt_out", "question"]
SQ = ["catalog_share_opt_out", "question"]
BQ = ["marketing_opt_out", "catalog_share_opt_out", "question"]
Q = ["question"]

# ------------------------------------------------------------------- marketing opt-out + question
M(id="q01", mailbox="customercare", cat="mq:how-long", lang="en", client="gmail",
  frm=("Kristin Haugland", "khaugland@gmail.com"), subject="Remove me + how long?",
  date="2026-01-15 12:05",
  body="""Hi,

Please remove me from your promotional mailing list (postal). How long does it usually take before the mail actually stops? I'd like to know whether to expect a few more.

Thanks,
Kristin Haugland
52641
""",
  labels=MQ, entities={"name": "Kristin Haugland", "postal_code": "52641"},
  note="Clear postal opt-out plus a question about how long it takes: both labels")

M(id="q02", mailbox="customercare", cat="mq:billing", lang="en", client="outlookcom",
  frm=("Daryl Kopecky", "darylkopecky@hotmail.com"), subject="Two things",
  date="2026-02-05 19:34",
  body="""Hello,

Two things. First, stop sending me the e-mails about rebates and programs, I'm not interested.

Second, my January bill was $61 higher than December and we were gone for ten days over the holidays. Can somebody look at whether the meter was read right? Account 3318-227-460.

Daryl Kopecky
""",
  labels=MQ, entities={"name": "Daryl Kopecky", "account": "3318-227-460"},
  note="E-mail marketing opt-out plus a billing dispute that needs a human")

M(id="q03", mailbox="customercare", cat="mq:copy-of-data", lang="en", client="o365",
  frm=("Samantha Voight", "svoight@voightcpa.com"), subject="Marketing opt-out and data request",
  date="2026-03-12 15:22",
  body="""Hello,

Please stop all marketing to me by mail and e-mail. In addition, please send me a copy of the personal information Alliant Energy holds about me, including where you got it.

Samantha Voight
2702 Ingersoll Ave, Des Moines IA 50312
""",
  labels=MQ, entities={"name": "Samantha Voight", "postal_code": "50312"},
  note="Opt-out plus a data access request (a copy of her data is a clear question, unlike deletion)")

M(id="q04", mailbox="powerhousecatalog", cat="mq:two-copies", lang="en", client="yahoo",
  frm=("Connie Weatherby", "connieweatherby@yahoo.com"), subject="two catalogs",
  date="2026-04-16 11:49",
  body="""Hi
I don't want the catalog anymore, please stop it. But also why do I get two of them every time, one to Connie Weatherby and one to Constance Wetherby? Is somebody using my name?
Connie Weatherby
""",
  labels=MQ, entities={"name": "Connie Weatherby"},
  note="Catalog opt-out plus a worried question about a duplicate with a misspelled name")

M(id="q05", mailbox="customercare", cat="mq:change-of-address", lang="en", client="gmail",
  frm=("Troy Blanchard", "troyblanchard@gmail.com"), subject="Moved + flyers",
  date="2026-05-07 09:09",
  body="""Hey,

We moved from Cedar Falls to 118 Elm St, Hudson IA 50643 on May 1. Can you update the mailing address on my account (acct 5521 009 338)? And while you're at it, no more flyers at the new place please.

Troy Blanchard
""",
  labels=MQ, entities={"name": "Troy Blanchard", "postal_code": "50643", "account": "5521 009 338"},
  note="Change of address (needs a human) plus 'no more flyers at the new place': both labels")

M(id="q06", mailbox="customercare", cat="mq:still-getting-complaint", lang="en", client="apple",
  frm=("Gail Armstrong", "gail.armstrong@icloud.com"), subject="Still getting your e-mails",
  date="2026-06-18 21:10",
  body="""I clicked unsubscribe at the bottom of your heat pump e-mail in April and I'm still getting them, three since then. Please take me off the marketing e-mail list for real this time, and I'd like to know why the link didn't work.

Gail Armstrong
""",
  labels=MQ, entities={"name": "Gail Armstrong"},
  note="Says what she wants now (off the marketing e-mail list), so not a vague reference to earlier mail; the complaint needs an answer")

_s, _b, _r = on_top("gmail", "hpwh", "2026-07-07 10:00",
                    "Remove me. Also, how did you get my work e-mail? I only gave you my personal one.\n\n-- \nNeil Whitaker\n",
                    "nwhitaker@kirkwoodtech.com", "beefcafe22")
M(id="q07", mailbox="customercare", cat="mq:reply-how-got-email", lang="en", client="gmail",
  dkim_d="kirkwoodtech.com", frm=("Neil Whitaker", "nwhitaker@kirkwoodtech.com"), subject=_s,
  date="2026-07-07 13:44", body=_b, in_reply_to=_r, references=_r, labels=MQ,
  entities={"name": "Neil Whitaker"},
  note="'Remove me' above a promotion is an opt-out; how we got his address is a privacy question; signature after '-- '")

M(id="q08", mailbox="customercare", cat="mq:budget-billing", lang="en", client="roundcube",
  frm=("Vicki Lindahl", "vlindahl@chorus.net"), subject="emails / budget billing",
  date="2026-08-20 17:55",
  body="""Hello - please stop the marketing e-mails (webinars, solar, etc). Separate question: if I switch to budget billing now, when would the first level payment be? Acct 4401-9937-12.

Vicki Lindahl
Sun Prairie WI 53590
""",
  labels=MQ, entities={"name": "Vicki Lindahl", "postal_code": "53590", "account": "4401-9937-12"},
  note="E-mail opt-out plus an unrelated budget-billing question in one paragraph")

M(id="q09", mailbox="customercare", cat="mq:es-cuanto-tarda", lang="es", client="gmail",
  frm=("Marisol Quintero", "marisolquintero@gmail.com"), subject="No más publicidad",
  date="2026-03-30 14:14",
  body="""Hola,

No quiero recibir más publicidad de Alliant, ni por correo postal ni por correo electrónico. ¿Cuánto tiempo tarda en hacerse efectivo?

Gracias,
Marisol Quintero
Ottumwa, IA 52501
""",
  labels=MQ, entities={"name": "Marisol Quintero", "postal_code": "52501"},
  note="Spanish opt-out on both channels plus '¿cuánto tiempo tarda?' (timing question)")

M(id="q10", mailbox="customercare", cat="mq:es-factura", lang="es", client="outlookcom", charset="windows-1252",
  frm=("Efraín Solís", "efrain.solis@outlook.com"), subject="Ofertas y mi factura",
  date="2026-09-29 18:40",
  body="""Buenas tardes:

Dejen de mandarme ofertas por favor. También quiero saber por qué mi factura de septiembre salió tan alta si no usamos el aire acondicionado. Mi número de cuenta es 2290-311-054.

Efraín Solís
""",
  labels=MQ, entities={"name": "Efraín Solís", "account": "2290-311-054"},
  note="Spanish opt-out from offers plus a billing question; windows-1252 charset")

# ------------------------------------------------------------------- share opt-out + question
M(id="q11", mailbox="powerhousecatalog", cat="sq:which-companies", lang="en", client="gmail",
  frm=("Howard Lim", "howard.lim.ia@gmail.com"), subject="Who have you shared my name with?",
  date="2026-02-19 10:31",
  body="""Hello,

Please don't share my name or address with other catalog companies from now on. Also, which companies have you already given it to? I'd like to contact them myself.

Howard Lim
Urbandale IA 50322
""",
  labels=SQ, entities={"name": "Howard Lim", "postal_code": "50322"},
  note="Share opt-out plus a question about past disclosures")

M(id="q12", mailbox="powerhousecatalog", cat="sq:how-long", lang="en", client="thunderbird",
  frm=("Renata Kowalczyk", "rkowalczyk@tds.net"), subject="Do not sell",
  date="2026-05-28 08:44",
  body="""Do not sell or rent my name and address. How many days does it take before this is in effect?

R. Kowalczyk
Madison 53705
""",
  labels=SQ, entities={"name": "R. Kowalczyk", "postal_code": "53705"},
  note="Share opt-out plus a timing question; initial-and-surname signature kept as written")

M(id="q13", mailbox="customercare", cat="sq:copy-of-data-wrong-box", lang="en", client="o365", dkim_d="grinnell.edu",
  frm=("Alicia Dunmore", "dunmorea@grinnell.edu"), subject="Sharing and my data",
  date="2026-07-14 12:12",
  body="""Hello,

I'd like to opt out of having my name and address shared with other companies (I believe this is the catalog list). I'd also like a copy of whatever personal information you have on file for me.

Thank you,
Alicia Dunmore
Grinnell, IA 50112
""",
  labels=SQ, entities={"name": "Alicia Dunmore", "postal_code": "50112"},
  note="Share opt-out sent to customercare plus a data access request")

M(id="q14", mailbox="powerhousecatalog", cat="sq:es-a-quien", lang="es", client="iphone",
  frm=("Catalina Ybarra", "cata.ybarra@icloud.com"), subject="Mis datos",
  date="2026-10-15 21:00",
  body="""Hola. No compartan mis datos con otras empresas, por favor. ¿A quién se los han dado hasta ahora?

Catalina Ybarra

Enviado desde mi iPhone
""",
  labels=SQ, entities={"name": "Catalina Ybarra"},
  note="Spanish share opt-out plus '¿a quién se los han dado?'")

# ------------------------------------------------------------------- both opt-outs + question
M(id="q15", mailbox="powerhousecatalog", cat="bq:what-do-you-have", lang="en", client="outlookcom",
  frm=("Bill Strand", "billstrand@msn.com"), subject="catalog, sharing, my info",
  date="2026-03-21 13:48",
  body="""Hello,

1. Stop mailing me the catalog.
2. Don't share my name with anyone.
3. What information do you have about me, and where did you get my address? I never ordered from you.

Bill Strand
Pella IA 50219
""",
  labels=BQ, entities={"name": "Bill Strand", "postal_code": "50219"},
  note="Numbered list: both opt-outs and a question about the data source")

M(id="q16", mailbox="customercare", cat="bq:outage-credit", lang="en", client="gmail",
  frm=("Kendra Mayfield", "kendra.mayfield@gmail.com"), subject="a few things",
  date="2026-07-30 11:37",
  body="""Hi,

Please stop the advertising mail and e-mail, and don't sell or swap my name with other companies.

Also: we were out of power for 31 hours after the storm on the 18th and lost a freezer full of food. Is there any kind of credit or reimbursement for that?

Kendra Mayfield
Acct # 7002 115 903
Dubuque 52003
""",
  labels=BQ, entities={"name": "Kendra Mayfield", "account": "7002 115 903", "postal_code": "52003"},
  note="Both opt-outs plus a claim about spoiled food after an outage")

M(id="q17", mailbox="powerhousecatalog", cat="bq:reply-clearance-delete-card", lang="en", client="outlookcom",
  frm=("Lorna Fitzgerald", "lornafitz@outlook.com"), subject="RE: Winter clearance: up to 40% off while it lasts",
  date="2026-01-23 09:02",
  body="""Please stop these e-mails and the paper catalog, and don't share my name with other catalogs. Also, do you keep my credit card on file from my order last year? If so I want to know how it is stored.

Lorna Fitzgerald

________________________________
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
Sent: Tuesday, January 20, 2026 8:00 AM
To: lornafitz@outlook.com
Subject: Winter clearance: up to 40% off while it lasts

Make room for spring! LED string lights, programmable timers and weatherstripping are marked
down up to 40%. Use code THAW26 for free shipping over $35.

Shop the sale: powerhousecatalog.com/clearance
""",
  in_reply_to="<20260120080000.phclearance.c0ffee5678@mail.alliant-energy.com>",
  labels=BQ, entities={"name": "Lorna Fitzgerald"},
  note="Outlook reply above the clearance promo (footer trimmed): both opt-outs plus a question about her stored card")

# ------------------------------------------------------------------------ questions, no opt-out
M(id="q18", mailbox="customercare", cat="q:how-to-stop-catalog", lang="en", client="gmail",
  frm=("Owen Pritchard", "owenpritchard@gmail.com"), subject="Catalog",
  date="2026-01-30 16:26",
  body="""How do I stop getting the PowerHouse catalog? Is there a form somewhere or do I need to call?

Owen
""",
  labels=Q, entities={"name": "Owen"},
  note="Asks HOW to stop the catalog, does not ask us to stop it: question only")

M(id="q19", mailbox="powerhousecatalog", cat="q:how-long-considering", lang="en", client="apple",
  frm=("Sylvia Marchetti", "smarchetti@me.com"), subject="Timing", date="2026-02-26 10:10",
  body="""Hi,

If someone asks you not to share their name with other catalogs, how long does it take before it actually stops? I'm trying to decide whether it's worth doing before the holidays.

Sylvia
""",
  labels=Q, entities={"name": "Sylvia"},
  note="Hypothetical timing question about the share opt-out, no request yet: question only")

M(id="q20", mailbox="customercare", cat="q:copy-of-data", lang="en", client="o365", dkim_d="mercyhealth.org",
  frm=("Anthony Delgado", "adelgado@mercyhealth.org"), subject="Request for a copy of my personal information",
  date="2026-04-09 13:03",
  body="""Hello,

Please send me a copy of the personal information Alliant Energy holds about me, including my account records and any marketing preferences on file.

Anthony Delgado
Account 1190 447 302
Cedar Rapids, IA 52405
""",
  labels=Q, entities={"name": "Anthony Delgado", "account": "1190 447 302", "postal_code": "52405"},
  note="Data access request only (a copy, not deletion): a clear question")

M(id="q21", mailbox="powerhousecatalog", cat="q:opt-back-in", lang="en", client="yahoo",
  frm=("Peggy Vanderlinden", "peggyvdl@yahoo.com"), subject="Put me back on the list!",
  date="2026-05-21 15:15",
  body="""Hi,
I had you stop the catalog last year when we were remodeling and I miss it! Please put me back on the mailing list.
Peggy Vanderlinden
Pella, IA 50219
""",
  labels=Q, entities={"name": "Peggy Vanderlinden", "postal_code": "50219"},
  note="Opting back in is a question; the old removal she mentions is not a new opt-out")

M(id="q22", mailbox="customercare", cat="q:usage-data-sharing", lang="en", client="gmail",
  frm=("Rajesh Iyer", "rajesh.iyer.wi@gmail.com"), subject="Smart meter data",
  date="2026-06-22 20:18",
  body="""Hello,

Does Alliant share my hourly smart meter usage with any third parties, for example appliance companies or data brokers? I couldn't tell from the privacy policy.

Thanks,
Rajesh Iyer
""",
  labels=Q, entities={"name": "Rajesh Iyer"},
  note="Privacy-policy question about third-party sharing, with no request to stop anything")

M(id="q23", mailbox="customercare", cat="q:autopay", lang="en", client="isp",
  frm=("Loretta Bishop", "lbishop@mchsi.com"), subject="autopay didnt go thru",
  date="2026-08-03 07:40",
  body="""My autopay didn't go through this month and now I have a late notice. The bank says nothing was requested. Can you fix this and take the late fee off? Account 6630-118-942.

Loretta Bishop
""",
  labels=Q, entities={"name": "Loretta Bishop", "account": "6630-118-942"},
  note="Billing problem sent to the privacy mailbox: still a question needing a human")

M(id="q24", mailbox="customercare", cat="q:change-of-address", lang="en", client="outlookcom",
  frm=("Derek Fjelstad", "dfjelstad@outlook.com"), subject="New mailing address",
  date="2026-09-10 12:00",
  body="""Hello,

Please change the mailing address on my account to PO Box 214, Lone Rock WI 53556. The service address stays the same. Account 8812 5540 19.

Derek Fjelstad
""",
  labels=Q, entities={"name": "Derek Fjelstad", "postal_code": "53556", "account": "8812 5540 19"},
  note="Change of mailing address only: question")

M(id="q25", mailbox="powerhousecatalog", cat="q:emails-shared-too", lang="en", client="gmail",
  frm=("Jenna Stoltzfus", "jennastoltzfus@gmail.com"), subject="Question about sharing",
  date="2026-10-09 09:45",
  body="""Quick question: when you share names with other catalog companies, is my e-mail address included too, or only the postal address?

Jenna
""",
  labels=Q, entities={"name": "Jenna"},
  note="Question about what the sharing includes; no request to stop it")

M(id="q26", mailbox="customercare", cat="q:door-to-door-complaint", lang="en", client="apple",
  frm=("Marvin Oyelaran", "marvin.oyelaran@icloud.com"), subject="Salesman at my door",
  date="2026-10-22 18:33",
  body="""A man with an Alliant Energy badge came to my door today selling a solar lease and wouldn't take no for an answer. Is he really from your company? I want to file a complaint.

Marvin Oyelaran
Fort Dodge, IA 50501
""",
  labels=Q, entities={"name": "Marvin Oyelaran", "postal_code": "50501"},
  note="Complaint and verification question about a door-to-door seller; not a mail or e-mail opt-out")

_s, _b, _r = on_top("gmail", "assessment", "2026-11-04 10:00",
                    "Is this e-mail legit? I've gotten scam e-mails about my power bill before and I don't want to click the link if it's not really you.",
                    CC, "ab12cd34ef")
M(id="q27", mailbox="customercare", cat="q:is-this-legit", lang="en", client="gmail",
  frm=("Holly Baumgartner", "hollybaumgartner@gmail.com"), subject=_s, date="2026-11-04 14:20",
  body=_b, in_reply_to=_r, references=_r, labels=Q, entities={},
  note="Reply above our promotion asking whether it is genuine: a question, not an opt-out")

M(id="q28", mailbox="customercare", cat="q:policy-catalog-sharing-meaning", lang="en", client="thunderbird",
  frm=("Gordon Ellsworth", "gellsworth@iowatelecom.net"), subject="Privacy policy wording",
  date="2026-11-16 10:58",
  body="""Good morning,

Your privacy policy says the PowerHouse Catalog shares names with "other catalog companies". Which companies are these, and does that include customers who have never ordered from the catalog, only paid an electric bill?

Gordon Ellsworth
""",
  labels=Q, entities={"name": "Gordon Ellsworth"},
  note="Question about the sharing policy, no opt-out requested")

M(id="q29", mailbox="customercare", cat="q:es-como-dejar", lang="es", client="gmail",
  frm=("Teresa Alcántara", "teresa.alcantara@gmail.com"), subject="Pregunta",
  date="2026-06-01 16:02",
  body="""Hola, ¿cómo puedo dejar de recibir correo publicitario de ustedes? ¿Tengo que llamar o se puede por aquí?

Teresa
""",
  labels=Q, entities={"name": "Teresa"},
  note="Spanish how-to question ('¿cómo puedo dejar de recibir...?'), not a request to be removed: question only")

M(id="q30", mailbox="powerhousecatalog", cat="q:es-volver-a-recibir", lang="es", client="outlookcom",
  frm=("Leticia Ochoa", "leticia_ochoa@hotmail.com"), subject="Quiero volver a recibir el catálogo",
  date="2026-09-03 11:31",
  body="""Hola,

Hace un año pedí que ya no me mandaran el catálogo, pero ahora me gustaría volver a recibirlo. Mi dirección es la misma, Perry, IA 50220.

Gracias,
Leticia Ochoa
""",
  labels=Q, entities={"name": "Leticia Ochoa", "postal_code": "50220"},
  note="Spanish opt-back-in; the old removal is history, not a new opt-out: question only")
