# -*- coding: utf-8 -*-
"""The people's mail of the set: one spec per message (fresh mail and replies to ours)."""
from ours import CAT, CC

MKT, SHARE, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
SPECS = []


def P(id, mb, lang, client, frm, date, body, labels, note, **kw):
    d = dict(id=id, mb=mb, lang=lang, client=client, frm=frm, date=date, body=body.strip("\n"), labels=labels,
             note=note)
    d.update(kw)
    SPECS.append(d)


ACK_MKT = "marketing e-mail"
# ------------------------------------------------------------------ customercare: marketing opt-outs
P("P01", "cc", "en", "gmail_web", ("T.J. Brandvold", "tjbrandvold88@gmail.com"), "10-19 07:42",
  "Please take me off your email list. ty", [MKT],
  "Fresh one-liner to customercare: 'take me off your email list' is the rulebook's 'remove me from your mailing "
  "list', a marketing opt-out; nothing else asked.", subject="Unsubscribe")

P("P02", "cc", "en", "iphone", ("Angie Kruse", "angiekruse@icloud.com"), "10-18 19:06",
  "STOP", [MKT],
  "Bare STOP under our smart-thermostat promotion: short replies take their meaning from what they answer, so a "
  "marketing opt-out.", reply=("thermo", {"first": "Angie"}))

P("P03", "cc", "en", "aol", ("Dorothy Pfeiffer", "dotpfeiffer1947@aol.com"), "10-19 10:15", """
Hello,

I keep getting the flyers in the mail from Alliant about the furnace rebates and the home energy checkup and the thermostats. I'm sure they are good deals for somebody but I am 79 and I live in an apartment and the landlord takes care of the furnace anyway. They go straight in the recycling.

Could you please take my name off the list for the advertisement mail? My regular bill can still come, I still like to get that on paper.

Thank you kindly,
Dorothy Pfeiffer
1418 Elm St Apt 3
Dubuque IA 52001
""", [MKT],
  "Chatty but plain: stop the advertising flyers by postal mail, keep the paper bill. Keeping the bill is not a "
  "question; the request-in-question-form ('could you take my name off') is the opt-out itself.",
  subject="flyers", ent={"name": "Dorothy Pfeiffer", "postal_code": "52001"})

P("P04", "cc", "en", "outlook_desktop", ("Hoffman, Gerald", "ghoffman@hoffmanlawoshkosh.com"), "10-19 08:03", """
Dear Sir or Madam,

I hereby request that Alliant Energy cease sending promotional correspondence of any kind, by e-mail or by postal mail, to the undersigned. This request applies to offers, program announcements and newsletters. It does not apply to billing statements or notices required in connection with my service.

Account number: 41-2290-7735

Kindly confirm when this has been done.

Regards,

Gerald T. Hoffman
Oshkosh, Wisconsin
""", [MKT],
  "Formal opt-out from promotional mail on both channels. 'Kindly confirm' is answered by the acknowledgement "
  "itself, so no question label. Name keeps the middle initial as written.",
  subject="Request to cease promotional correspondence",
  ent={"name": "Gerald T. Hoffman", "account": "41-2290-7735"})

P("P05", "cc", "en", "outlook_desktop", ("Dale Wendt", "dwendt@wendtfarms.com"), "10-20 06:51", """
This is the third time I have asked. I do NOT want your newsletter. Unsubscribe me now.

Dale Wendt
""", [MKT],
  "Annoyed reply to the October newsletter. It mentions earlier requests, but unlike 'as I asked before' it says "
  "what it wants (no newsletter), so clear marketing opt-out; the frustration needs no separate answer.",
  reply=("news", {}), ent={"name": "Dale Wendt"})

P("P06", "cc", "en", "yahoo", ("Lorraine Hegg", "lorraine.hegg@yahoo.com"), "10-21 13:27",
  "remove me please", [MKT],
  "Two words under the furnace tune-up promotion: 'remove' under a promotion is a marketing opt-out.",
  reply=("furnace", {"first": "Lorraine"}))

P("P07", "cc", "en", "samsung", ("Jamal Whitaker", "jwhitaker.dsm@gmail.com"), "10-18 21:40",
  "Unsubscribe", [MKT],
  "One word from a phone under the newsletter; the newsletter is marketing, so the opt-out is clear.",
  reply=("news", {}))

P("P08", "cc", "en", "outlook_com", ("Thanh Nguyen", "thanhnguyen.vn77@hotmail.com"), "10-22 18:12", """
Hello,

I am receive many email from Alliant Energy about the offer and program (thermostat, solar, etc). Please I dont want this anymore, stop send me the promotion email. The bill email is ok.

Thank you very much
Nguyen Van Thanh
""", [MKT],
  "Second-language English, meaning plain: stop promotional e-mail, keep bill e-mail.",
  subject="stop email promotion", ent={"name": "Nguyen Van Thanh"})

P("P09", "cc", "en", "thunderbird", ("Martin Oyelaran", "m.oyelaran@linnmar-eng.com"), "10-20 12:18", """
Hello,

Please suppress both this e-mail address and my postal address from all Alliant Energy marketing:

  Martin Oyelaran
  2217 Westview Dr NE
  Cedar Rapids, IA 52402

I'd appreciate it if the confirmation went to my personal address, moyelaran@fastmail.com, rather than this one (work).

Thanks,
Martin
""", [MKT],
  "Clear marketing opt-out for e-mail and postal mail. The sender asks to be answered at another address, so "
  "ack_to is that address (rulebook: Acknowledgement address).",
  subject="Opt-out: marketing e-mail and postal mail", ent={"name": "Martin Oyelaran", "postal_code": "52402"},
  ack="moyelaran@fastmail.com")

P("P10", "cc", "en", "outlook_desktop", ("Karen Maddox", "kmaddox@mtvernonschools.org"), "10-23 15:36", """
Hi,

Please remove our household from your promotional mailing list (the postcards and the mailers about rebates). The account is in my name.

Acct 5503188214

Thanks,
Karen Maddox
""", [MKT],
  "Account holder writing for her household, which the rulebook accepts; postal promotions stopped.",
  subject="Promotional mail", ent={"name": "Karen Maddox", "account": "5503188214"})

P("P11", "cc", "en", "gmail_web", ("Chris Opheim", "chrisopheim@gmail.com"), "10-18 11:02",
  "Not interested. Please stop emailing me these deals.", [MKT],
  "Reply to the thermostat promotion; 'stop emailing me these deals' is a marketing opt-out.",
  reply=("thermo", {"first": "Chris"}))

P("P12", "cc", "en", "gmail_android", ("", "birdie.lawson53@gmail.com"), "10-24 09:48",
  "no more junk mail from alliant please. the paper kind that comes to the house. zip 53704", [MKT],
  "Curt phone mail: 'junk mail from alliant, the paper kind' names promotional postal mail; clear.",
  subject="junk mail", ent={"postal_code": "53704"})

P("P13", "cc", "en", "outlook_com", ("Becky Lang", "becky_lang@outlook.com"), "10-26 20:05", """
Hi there,

Sorry to bother you with this, I know you must get a hundred of these. Could you please take me off the list for the energy-saving promotion emails? I signed up for something at the county fair this summer and I just don't read them.

Thanks so much and sorry again!
Becky
""", [MKT],
  "Apologetic; the question form is the request itself ('could you take me off the list'), so opt-out only. A "
  "first name alone counts as the name.",
  subject="Email list", ent={"name": "Becky"})

P("P15", "cc", "en", "zimbra", ("Harold Brandt", "hbrandt605@comcast.net"), "10-22 10:31", """
To whom it may concern:

Please discontinue mailing advertising materials to my address. I am 87 years old and have no use for them.

Sincerely,
Harold Brandt
605 3rd Ave SW
Waverly, Iowa 50677
""", [MKT],
  "Formal, older writer: stop advertising by postal mail. Clear.",
  subject="Advertising mail", ent={"name": "Harold Brandt", "postal_code": "50677"})

P("P16", "cc", "en", "webform", ("Alliant Energy Website", "no-reply@forms.alliant-energy.com"), "10-21 20:14", """
I would like to stop receiving paper mailings about programs and offers. Please keep sending my bill by mail.
""", [MKT],
  "Contact-form submission relayed from a no-reply address; the person's request is a postal marketing opt-out. "
  "ack_to is the Reply-To (rulebook: relay/no-reply From). Name and ZIP are the sender's own form entries.",
  subject="Contact Us form: Marketing preferences", reply_to="stietz@wi.rr.com", ack="stietz@wi.rr.com",
  ent={"name": "Sharon Tietz", "postal_code": "53066"},
  form={"Name": "Sharon Tietz", "Email": "stietz@wi.rr.com", "Phone": "(262) 555-0148", "ZIP code": "53066",
        "Account number": "", "Topic": "Marketing preferences"})

P("P17", "cc", "en", "gmail_web", ("Mark Ellison", "markellison.mke@gmail.com"), "10-27 11:46",
  "This message was automatically generated by Gmail.", [MKT],
  "Gmail's Unsubscribe button mailed our List-Unsubscribe address (subject 'unsubscribe'). Software acting for a "
  "person: not automated, marketing opt-out; no Auto-Submitted header, so ack_to is the sender.",
  subject="unsubscribe", prof={"struct": "plain"}, cat="unsubscribe-button")

P("P18", "cc", "en", "cleanmail", ("Paula Rhee via CleanMail", "relay+p.rhee=outlook.com@mailer.cleanmailapp.com"),
  "10-28 03:12", "unsubscribe", [MKT],
  "An inbox-cleaning service unsubscribing a user through our List-Unsubscribe mailto: not automated, marketing "
  "opt-out, but it carries Auto-Submitted, so ack_to null (RFC 3834; rulebook 'Software that unsubscribes').",
  subject="unsubscribe", ack=None, cat="unsubscribe-service")

P("P20", "cc", "en", "yahoo", ("Joan Ekstrom", "joanekstrom@yahoo.com"), "10-20 16:58", """
please unsubscribe me from this newsletter.
Mrs. Joan Ekstrom
""", [MKT],
  "Reply to the newsletter; clear unsubscribe. Name recorded without the title.",
  reply=("news", {}), ent={"name": "Joan Ekstrom"})

P("P21", "cc", "en", "gmail_android", ("Steve Kallas", "skallas1961@gmail.com"), "10-29 07:20",
  "take me off the mailing list for ads. Acct# 308 114 2297", [MKT],
  "Curt fresh mail; 'mailing list for ads' is promotional mail. Account kept as written with spaces.",
  subject="mailing list", ent={"account": "308 114 2297"})

P("S01", "cc", "es", "gmail_es", ("María Elena Gutiérrez", "mariaelena.gtz@gmail.com"), "10-19 12:33", """
Buenos días,

Por favor ya no me manden correos con promociones ni ofertas. Solo quiero recibir mi factura.

Gracias,
María Elena Gutiérrez
""", [MKT],
  "Spanish: no more promotional e-mails, keep the bill. Clear marketing opt-out.",
  subject="Ya no quiero promociones", ent={"name": "María Elena Gutiérrez"})

P("S02", "cc", "es", "gmail_es", ("Rogelio Campos", "rogeliocampos.ia@gmail.com"), "10-18 15:20",
  "Cancelar suscripción por favor", [MKT],
  "Spanish 'cancel subscription' under the thermostat promotion: marketing opt-out by what it answers.",
  reply=("thermo", {"first": "Rogelio"}))

P("S05", "cc", "es", "outlook_es", ("Jorge Ramírez", "jramirez@ramirezasesores.com"), "10-23 09:14", """
Estimados señores:

Por medio de la presente solicito que eliminen mi domicilio de su lista de envío de publicidad impresa. Seguiré siendo cliente, pero no deseo recibir folletos ni ofertas por correo postal.

Domicilio: 1507 Alpine Ave, Beloit, WI 53511

Atentamente,

Lic. Jorge Ramírez Ortega
""", [MKT],
  "Formal Spanish letter: remove the address from printed advertising. Clear. Name without the 'Lic.' title.",
  subject="Solicitud de baja de publicidad impresa", ent={"name": "Jorge Ramírez Ortega", "postal_code": "53511"})

P("S08", "cc", "es", "iphone_es", ("Yesenia Morales", "yesimorales@icloud.com"), "10-22 21:55",
  "Hola, ya no quiero recibir estos emails de ofertas, please. Gracias!", [MKT],
  "Spanish with an English word, reply to the furnace promotion: stop the offer e-mails. Clear.",
  reply=("furnace", {"first": "Yesenia"}))

# ------------------------------------------------------------------ customercare: questions
P("Q01", "cc", "en", "outlook_desktop", ("Tom Kessler", "tkessler@kesslerplumbing.net"), "10-20 08:27", """
Hello,

My bill for this period is $311.46. Last month it was $142 and the same month last year was about $150. Nothing has changed at our house, no new appliances, nobody extra living here. Can someone look at this and tell me whether the meter was read correctly? Photo of the meter from this morning is attached.

Account 7730229108

Tom Kessler
(319) 555-0172
""", [Q],
  "Billing question with a meter photo attached; needs a person. No opt-out.",
  subject="High bill - account 7730229108", ent={"name": "Tom Kessler", "account": "7730229108"},
  attach=[{"kind": "jpeg", "name": "IMG_4471.jpg", "size": 3000}])

P("Q02", "cc", "en", "gmail_web", ("Jen Vosberg", "jen.vosberg@gmail.com"), "10-19 19:44", """
I paid this on October 12 through my bank's bill pay (confirmation 88412Q). Why does it show a late fee of $7.50 now? Please explain or take it off.

Jen Vosberg
""", [Q],
  "Reply to a bill-ready notice asking about a late fee: a billing question. Replying to service mail is normal "
  "here, and nothing in it is an opt-out.",
  reply=("bill", {"last4": "4418", "amount": "96.12", "due": "Nov 4, 2026"}, (10, 16, 6, 12), None),
  ent={"name": "Jen Vosberg"})

P("Q03", "cc", "en", "thunderbird", ("Alan Graff", "agraff@uwalumni.com"), "10-21 09:05", """
Hi,

I read through your online privacy policy and I'm still unclear on one point. Does Alliant share the interval usage data from my smart meter (the 15-minute readings) with anyone outside the company, e.g. for research or with the affiliated companies mentioned in the policy? If so, under what circumstances, and is it anonymized?

Thanks for any clarification.

Alan Graff
Middleton, WI 53562
""", [Q],
  "Privacy-policy question about sharing of meter data. It asks how data is shared; it does not ask us to stop "
  "sharing, so no catalog_share_opt_out.",
  subject="Question about smart meter data and your privacy policy",
  ent={"name": "Alan Graff", "postal_code": "53562"})

P("Q04", "cc", "en", "gmail_web", ("Priya Raman", "priya.raman.ames@gmail.com"), "10-22 14:10", """
Hello,

I'd like to request a copy of the personal information Alliant Energy has on file about me: contact details, account history, and anything you've collected through the website or the app. An electronic copy by e-mail is fine.

My account number is 12-8841-0067 and the service address is in Ames, IA 50014.

Thank you,
Priya Raman
""", [Q],
  "Data access request (copy of my data): a clear question per the rulebook, not unclear.",
  subject="Request for a copy of my personal information",
  ent={"name": "Priya Raman", "account": "12-8841-0067", "postal_code": "50014"})

P("Q05", "cc", "en", "apple_mail", ("Ben Schroeder", "benschroeder@me.com"), "10-26 07:58", """
Hi,

We're moving out of 1122 Oak St in Madison on November 6. New address is 89 Ridge Rd, Sun Prairie WI 53590. Can you close service at the old place on the 6th and send the final bill to the new address? And is Ridge Rd in your territory or do we need to call someone else?

Thanks,
Ben Schroeder
608-555-0119
""", [Q],
  "Move / change of address with service questions: question only.",
  subject="Moving - change of address", ent={"name": "Ben Schroeder", "postal_code": "53590"})

P("Q06", "cc", "en", "outlook_com", ("Gail Nordstrom", "gnordstrom@live.com"), "10-23 11:41", """
How do I get the postcards about the rebates to stop coming? Is there a form I have to fill out or a number I should call?

- Gail
""", [Q],
  "A question about HOW to opt out, not a request to be opted out: question only (rulebook, hard cases). The "
  "staff answer can offer to do it.",
  subject="postcards", ent={"name": "Gail"})

P("Q08", "cc", "en", "yahoo", ("Curtis Bell", "curtbell_52803@yahoo.com"), "10-22 08:36", """
I signed up for autopay in September. Why am I still getting payment reminders?? Did the autopay not go through? Please check.
Acct 119 033 4521
""", [Q],
  "Reply to a payment reminder asking whether autopay works: billing question; nothing about marketing.",
  reply=("payrem", {"last4": "4521", "amount": "128.77", "due": "Oct 27, 2026"}, (10, 22, 7, 0), None),
  ent={"account": "119 033 4521"})

P("Q09", "cc", "en", "gmail_web", ("Ruth Ann Meier", "ruthannmeier@gmail.com"), "10-20 14:22", """
Hi, is the PowerHouse Catalog actually from Alliant? I got one in the mailbox today with your name on it and my daughter says it could be a scam. Just want to make sure before I order anything.

Thanks,
Ruth
""", [Q],
  "Customer asks whether the catalog is genuine: question only, no wish to stop it.",
  subject="Is this catalog from you?", ent={"name": "Ruth"})

P("Q10", "cc", "en", "outlook_desktop", ("Pat Lorenz", "plorenz@lorenzhvac.com"), "10-27 08:09", """
Thank you. How long before the mailers actually stop? Another one came yesterday.

Pat
""", [Q],
  "Reply to our acknowledgement asking how long the opt-out takes: a question (rulebook: 'how long does an "
  "opt-out take?'). The old opt-out is not repeated as a new request. It asks something, so ack_to is the sender.",
  reply=("ack", {"orig": "Stop the mailers", "what": "marketing postal mail", "when": "October 21, 2026"},
         (10, 21, 14, 2), CC),
  subject="RE: Stop the mailers", ent={"name": "Pat"})

P("Q11", "cc", "en", "samsung", ("Dennis Roethle", "droethle@centurylink.net"), "10-29 17:33", """
The contractor your company sent to trim trees by the lines left branches all over my yard on Nettle Rd. Who do I call to get this cleaned up? I'm not hauling that myself.
""", [Q],
  "Complaint about a tree-trimming crew: needs a human answer; question.",
  subject="tree trimming mess")

P("S03", "cc", "es", "gmail_es", ("Rosa Delgado", "rosadelgado.mt@gmail.com"), "10-21 16:47", """
Buenas tardes,

Quisiera saber por qué mi factura de este mes subió casi el doble. No hemos usado más luz que antes. Mi número de cuenta es 22-4410-9983. Le adjunto la factura.

Gracias,
Rosa Delgado
""", [Q],
  "Spanish billing question with the bill attached as PDF.",
  subject="Pregunta sobre mi factura", ent={"name": "Rosa Delgado", "account": "22-4410-9983"},
  attach=[{"kind": "pdf", "name": "factura_octubre.pdf",
           "lines": ["Alliant Energy", "Account 22-4410-9983", "Statement date 10/14/2026",
                     "Amount due $248.30", "Due date 11/03/2026"]}])

P("S06", "cc", "es", "outlook_com_es", ("Alejandro Pineda", "alepineda84@hotmail.com"), "10-24 13:02", """
Hola,

¿Ustedes venden o comparten mis datos personales con otras compañías? Me llegan muchas llamadas de empresas de paneles solares desde que me cambié a su servicio y quiero saber si ustedes les dieron mi número.

Gracias.
Alejandro
""", [Q],
  "Spanish privacy question: asks WHETHER we share data; it does not ask us to stop, so question only.",
  subject="Pregunta sobre mis datos", ent={"name": "Alejandro"})

P("S09", "cc", "es", "webform", ("Alliant Energy Website", "no-reply@forms.alliant-energy.com"), "10-28 19:26", """
Quisiera obtener una copia de toda la información personal que tienen de mí. Gracias.
""", [Q],
  "Spanish web-form request for a copy of one's data: clear question. ack_to is the form's Reply-To.",
  subject="Contact Us form: Privacy / my data", reply_to="carmensolis.m@gmail.com", ack="carmensolis.m@gmail.com",
  ent={"name": "Carmen Solís", "postal_code": "52761", "account": "334 129 8870"},
  form={"Name": "Carmen Solís", "Email": "carmensolis.m@gmail.com", "Phone": "", "ZIP code": "52761",
        "Account number": "334 129 8870", "Topic": "Privacy / my data"})

# ------------------------------------------------------------------ customercare: opt-out + question
P("MQ1", "cc", "en", "outlook_desktop", ("Sue Lindahl", "slindahl@decorahbank.com"), "10-19 13:50", """
Hi, two things.

First, please take me off the promotional e-mails.

Second, can you tell me if my account is on budget billing? The amount looks different this month.

Account 1129447302

Thanks,
Sue Lindahl
""", [MKT, Q],
  "Two separate requests, both plain: marketing opt-out plus a billing question.",
  subject="Marketing emails + budget billing question", ent={"name": "Sue Lindahl", "account": "1129447302"})

P("MQ2", "cc", "en", "gmail_web", ("Derek Fausch", "dfausch@gmail.com"), "10-18 09:37", """
Unsubscribe. Also, how did you get this address? It's one I never gave to Alliant as far as I know. I'd like to know where it came from.
""", [MKT, Q],
  "Under the thermostat promotion: unsubscribe plus a data-source question that needs a human answer.",
  reply=("thermo", {"first": "Derek"}))

P("MQ3", "cc", "en", "aol", ("Deb Marchetti", "debmarchetti@aol.com"), "10-21 10:09", """
Hi there,

Could you please stop sending the flyers in the mail? We get two or three a month and it's a waste of paper.

Also, I sent in the rebate form for our new furnace back in August and haven't seen the check yet. Could someone check on it? It was for the Lennox furnace that Rock River Heating put in.

Thanks!
Deb Marchetti
Janesville 53546
""", [MKT, Q],
  "Stop promotional flyers (postal) and ask about a rebate check: both labels, both clear.",
  subject="flyers and rebate", ent={"name": "Deb Marchetti", "postal_code": "53546"})

P("MQ5", "cc", "en", "iphone", ("Kyle Baumgartner", "kyle.baumgartner@icloud.com"), "10-25 16:14", """
Please stop mailing me advertisements. Also I'm moving on Nov 15, what do I need to do to stop service at 415 Maple Ave?

Thanks, Kyle
""", [MKT, Q],
  "Postal marketing opt-out plus a move question.",
  subject="Ads and moving", ent={"name": "Kyle"})

P("MQ6", "cc", "en", "thunderbird", ("Ingrid Solberg", "ingrid@solberg.family"), "10-28 21:03", """
Please unsubscribe me from the newsletter.

And while you're at it, could you tell me what you do with the information from the "home energy profile" survey I filled out last winter? I don't remember agreeing to anything.

- Ingrid Solberg
""", [MKT, Q],
  "Newsletter opt-out plus a question about use of survey data.",
  subject="newsletter + survey data", ent={"name": "Ingrid Solberg"})

P("S04", "cc", "es", "outlook_es", ("Luis Herrera", "lherrera@herreratrucking.com"), "10-26 12:21", """
Buenas tardes,

No quiero recibir publicidad de Alliant por correo. ¿También me pueden decir dónde puedo pagar en efectivo aquí en Waterloo?

Gracias,
Luis Herrera
""", [MKT, Q],
  "Spanish: no advertising by mail (either channel is marketing) plus where to pay cash: both labels.",
  subject="Publicidad y pagos", ent={"name": "Luis Herrera"})

P("C21", "cc", "en", "gmail_android", ("Vic Amundson", "vic.amundson@gmail.com"), "10-30 06:44", """
Please remove me from all marketing and do not share my information with any other companies.
Thanks
Vic Amundson 54701
""", [MKT, SHARE],
  "Sent to customercare but asks both things in plain words: marketing opt-out and do-not-share. The mailbox is "
  "only a hint.",
  subject="remove + don't share", ent={"name": "Vic Amundson", "postal_code": "54701"})

# ------------------------------------------------------------------ customercare: thank-yous
P("T01", "cc", "en", "gmail_web", ("Carol Heinz", "carolheinz55@gmail.com"), "10-20 15:12",
  "Thank you!", [],
  "Pure thank-you replying to our acknowledgement: a person, no labels, not unclear, and no answer due, so ack_to "
  "null (rulebook: reply to our acknowledgement that asks for nothing).",
  reply=("ack", {"orig": "Unsubscribe", "what": "marketing e-mail", "when": "October 20, 2026"},
         (10, 20, 11, 48), CC), ack=None, cat="thanks")

P("T02", "cc", "en", "outlook_com", ("Marv Kuehl", "marvkuehl@outlook.com"), "10-26 08:15", """
Just wanted to pass along a thank-you to the line crew that got our power back on Sunday night on Hwy 151 east of Platteville. It was cold and raining and they were out there until almost midnight. Please let them know it's appreciated.

Marv Kuehl
""", [],
  "Thank-you to the crews; asks nothing. Person, no labels, not unclear, ack_to null (project convention).",
  subject="Thank you to your crew", ack=None, cat="thanks", ent={"name": "Marv Kuehl"})

# ------------------------------------------------------------------ customercare: unclear
P("U01", "cc", "en", "iphone", ("Shelby Graves", "shelbygraves@icloud.com"), "10-25 21:03",
  "STOP", [],
  "STOP under an outage update (service mail), not under a promotion: rulebook says this is not a marketing "
  "opt-out; unclear what they want stopped.", unclear=True,
  reply=("outage", {"eta": "10/25/2026 11:30 PM"}, (10, 25, 20, 41), None), cat="unclear:service-stop")

P("U02", "cc", "en", "gmail_web", ("Nick Ostrowski", "nickostrowski@gmail.com"), "10-18 08:10",
  "unsubscribe", [],
  "'unsubscribe' under a bill-ready notice: a service message, so not a marketing opt-out; unclear (maybe they "
  "want paper bills, maybe no bill e-mails).", unclear=True,
  reply=("bill", {"last4": "0913", "amount": "64.55", "due": "Nov 2, 2026"}, (10, 14, 6, 5), None),
  cat="unclear:service-stop")

P("U03", "cc", "en", "yahoo_ios", ("Barb Klinkhammer", "barbklink@yahoo.com"), "10-24 07:26",
  "Please stop.", [],
  "Fresh mail, no subject, 'Please stop.' with no object and nothing quoted: unclear whatever the mailbox.",
  unclear=True, subject="", cat="unclear:no-object")

P("U04", "cc", "en", "outlook_com", ("Wendy Zastrow", "wendyzastrow@hotmail.com"), "10-27 17:39", """
Hi, can you do the same thing for my other address please? 41 Pine Ct.

Thank you, Wendy
""", [],
  "'The same thing' refers to an earlier request we cannot see: reference to earlier mail without saying what, "
  "unclear.", unclear=True, subject="other address", ent={"name": "Wendy"}, cat="unclear:earlier-mail")

P("U05", "cc", "en", "gmail_web", ("Erik Lindqvist", "eriklindqvist@gmail.com"), "10-21 11:18", """
Hello,

My father, Robert Lindqvist, passed away in August. He still gets the advertising mailers from you at his house at 2290 County Rd K, Mount Horeb 53572. Please stop sending them.

Thank you,
Erik Lindqvist
""", [MKT],
  "A son asks to stop advertising mail to his late father: the wish is a marketing opt-out, but on behalf of "
  "someone else without shown standing (executor? account holder?), so unclear; entities name the father.",
  unclear=True, subject="Mail for my late father", ent={"name": "Robert Lindqvist", "postal_code": "53572"},
  cat="unclear:on-behalf")

P("U06", "cc", "en", "outlook_desktop", ("Travis Boettcher", "tboettcher@boettcherauto.com"), "10-29 09:57", """
I want all of my information deleted from your systems. Everything. Close out whatever you have on me.

Travis Boettcher
""", [Q],
  "Delete-everything request: rulebook says unclear plus question (deleting account data is not the bot's to do).",
  unclear=True, subject="Delete my information", ent={"name": "Travis Boettcher"}, cat="unclear:delete-all")

P("U07", "cc", "en", "gmail_web", ("Lisa Hartwig", "lisahartwig.ia@gmail.com"), "10-19 17:22",
  "", [],
  "Reply to the newsletter with no new text at all, only the quote: nothing decidable, unclear.",
  unclear=True, reply=("news", {}), cat="unclear:empty-reply")

P("U08", "cc", "en", "apple_mail", ("Greg Pfannenstiel", "gpfann@mac.com"), "10-22 19:31", """
Take me off these emails. Well, actually the rebate ones were useful last year, so maybe keep those? But not the newsletter. Or just everything, honestly, I don't know. Whatever is easier on your end.
""", [MKT],
  "Self-contradicting wishes (stop all / keep rebates / stop only the newsletter / 'whatever'): some marketing "
  "opt-out is wanted but its scope is not, so unclear.", unclear=True,
  reply=("furnace", {"first": "Greg"}), cat="unclear:mixed")

P("U11", "cc", "en", "gmail_android", ("Tyler Voss", "tylervoss22@gmail.com"), "10-18 13:15",
  "\U0001F44D", [],
  "A thumbs-up emoji under the thermostat promotion: nothing decidable (rulebook), unclear.",
  unclear=True, reply=("thermo", {"first": "Tyler"}), cat="unclear:emoji")

P("S07", "cc", "es", "gmail_es", ("Adriana Fuentes", "adrifuentes77@gmail.com"), "10-22 20:48",
  "ya no quiero esto", [],
  "Spanish 'I don't want this anymore' under a payment reminder (service mail): not a marketing opt-out; unclear "
  "what 'this' is (reminders? e-mail bills? service?).", unclear=True,
  reply=("payrem", {"last4": "2276", "amount": "87.40", "due": "Oct 27, 2026"}, (10, 22, 7, 0), None),
  cat="unclear:service-stop")

# ------------------------------------------------------------------ powerhousecatalog: share opt-outs
P("C01", "cat", "en", "gmail_web", ("Meredith Kaye", "meredithkaye@gmail.com"), "10-19 09:12", """
Hi! Please keep sending me the PowerHouse Catalog, I enjoy it, but I don't want my name or address shared with other companies.

Thanks!
Meredith Kaye
""", [SHARE],
  "Keep the catalog, don't share my name: catalog_share_opt_out only (rulebook channel limits).",
  subject="Sharing my name", ent={"name": "Meredith Kaye"})

P("C02", "cat", "en", "outlook_desktop", ("Kathleen O'Brien", "kobrien@drakelaw.org"), "10-20 10:40", """
Please do not sell, rent, or exchange my name and address with any other company or organization.

Kathleen O'Brien
3314 Grand Ave
Des Moines, IA 50312
""", [SHARE],
  "Formal do-not-sell/rent/exchange: share opt-out only; nothing about stopping the catalog.",
  subject="Name and address", ent={"name": "Kathleen O'Brien", "postal_code": "50312"})

P("C03", "cat", "en", "outlook_com", ("Renee Schultz", "reneeschultz@msn.com"), "10-18 14:55", """
I like your catalog, but since I ordered from you last spring I'm getting catalogs from companies I've never heard of. Please don't give my information to anyone else.
""", [SHARE],
  "HTML-only reply to the holiday catalog e-mail: keeps the catalog, asks not to be shared. Our quoted footer "
  "also mentions sharing, but only her own words count.",
  reply=("catalog1", {}), prof={"struct": "html"})

P("C04", "cat", "en", "iphone", ("", "j.oduya@icloud.com"), "10-23 22:17",
  "Do not sell my personal information.", [SHARE],
  "Curt 'do not sell my personal information': the rulebook's example of a share opt-out.",
  subject="Do not sell my personal information")

P("C05", "cat", "en", "gmail_web", ("Wojciech Nowak", "wojtek.nowak.wi@gmail.com"), "10-24 18:30", """
Hello,
Please my address you not give to other company. I want still to receive your catalog, only not share.
Thank you.
Wojciech Nowak
53913
""", [SHARE],
  "Second-language English; meaning plain: keep catalog, do not share address.",
  subject="my address", ent={"name": "Wojciech Nowak", "postal_code": "53913"})

P("C06", "cat", "en", "yahoo", ("Gary Pruitt", "garypruitt49@yahoo.com"), "10-21 19:02", """
Ever since I bought the space heater from your catalog I'm getting FIVE catalogs a week from outfits I never heard of. Quit selling my address!!!

Gary Pruitt
""", [SHARE],
  "Annoyed, but the only demand is to stop selling his address: share opt-out only (he doesn't ask to stop our "
  "catalog).", subject="Quit selling my address", ent={"name": "Gary Pruitt"})

P("C07", "cat", "es", "gmail_es", ("Lucía Martínez", "lucia.martinez.dbq@gmail.com"), "10-26 10:05", """
Hola,

No compartan mi nombre ni mi dirección con otras empresas, por favor. Sí quiero seguir recibiendo el catálogo.

Gracias,
Lucía Martínez
""", [SHARE],
  "Spanish: keep the catalog, do not share: share opt-out only.",
  subject="No compartir mis datos", ent={"name": "Lucía Martínez"})

P("C08", "cat", "en", "apple_mail", ("Hal Ibsen", "halibsen@mac.com"), "10-28 08:22", """
Please opt me out of list sharing/exchange.

Account 8813004412

Thanks,
Hal Ibsen
""", [SHARE],
  "Short and specific: opt out of list sharing. Clear share opt-out.",
  subject="List sharing opt-out", ent={"name": "Hal Ibsen", "account": "8813004412"})

# ------------------------------------------------------------------ powerhousecatalog: stop the catalog
P("C10", "cat", "en", "zimbra", ("Marilyn Dahl", "mdahl1952@comcast.net"), "10-20 11:55", """
Please stop sending us the PowerHouse catalog. We're downsizing and moving into a smaller place and just don't need it anymore.

Thank you,
Marilyn Dahl
""", [MKT],
  "Stop the catalog (promotional postal mail): marketing opt-out. Mentions moving, but asks nothing about it.",
  subject="Catalog", ent={"name": "Marilyn Dahl"})

P("C11", "cat", "en", "gmail_android", ("", "ashley.b.tran@gmail.com"), "10-23 12:40",
  "unsubscribe", [MKT],
  "'unsubscribe' under a catalog e-mail, which is a promotion: marketing opt-out.",
  reply=("catalog2", {}))

P("C12", "cat", "en", "outlook_com", ("P Lindgren", "plindgren@outlook.com"), "10-22 07:34", """
I don't care who you share my name with at this point, I just don't want the catalog anymore. Please take me off.

-- P. Lindgren, 52003
""", [MKT],
  "Explicitly indifferent to sharing, wants the catalog stopped: marketing_opt_out only (rulebook: 'share "
  "whatever, just stop the catalog').", subject="Take me off", ent={"name": "P. Lindgren", "postal_code": "52003"})

P("C13", "cat", "en", "thunderbird", ("Nora Vance", "nvance@mhtc.net"), "10-19 20:15", """
Please stop the e-mails. I still want the printed catalog in the mail, that's how I shop.

Nora
""", [MKT],
  "Reply to the holiday catalog e-mail: stop e-mails, keep the paper catalog. Marketing opt-out for the e-mail "
  "channel (rulebook channel limits).", reply=("catalog1", {}), ent={"name": "Nora"})

P("C14", "cat", "es", "outlook_com_es", ("Teresa Ávila", "teresa.avila.cruz@hotmail.com"), "10-27 14:48", """
Buenas tardes,

Ya no me envíen el catálogo, por favor.

Gracias.
Teresa Ávila Cruz
""", [MKT],
  "Spanish: stop sending the catalog. Marketing opt-out.",
  subject="Catálogo", ent={"name": "Teresa Ávila Cruz"})

# ------------------------------------------------------------------ powerhousecatalog: both opt-outs
P("C16", "cat", "en", "gmail_web", ("Brian Keefe", "briankeefe71@gmail.com"), "10-18 17:48",
  "Remove me from your mailing list and do not share my name with anyone. Thank you.", [MKT, SHARE],
  "Both opt-outs in one sentence, plainly.", subject="Mailing list")

P("C17", "cat", "en", "outlook_desktop", ("Howard Feilmeier", "hfeilmeier@uiowa-alumni.org"), "10-21 08:47", """
To the PowerHouse Catalog:

I request that you (1) stop mailing catalogs to me and (2) not sell, rent or exchange my name and address with other companies.

Dr. Howard Feilmeier
22 Brookland Park Dr
Iowa City, IA 52246
""", [MKT, SHARE],
  "Numbered, formal: stop the catalog and do not share. Both opt-outs. Name without 'Dr.'.",
  subject="Catalog and list requests", ent={"name": "Howard Feilmeier", "postal_code": "52246"})

P("C18", "cat", "en", "aol", ("Norma Jean Huffman", "normajeanh@aol.com"), "10-25 13:10", """
STOP sending catalogs and STOP selling my address to every junk mailer in America.

Norma Jean Huffman
""", [MKT, SHARE],
  "Shouted but unambiguous: both opt-outs.", subject="STOP", ent={"name": "Norma Jean Huffman"})

P("C19", "cat", "es", "yahoo_es", ("Ramón Quiñones", "ramonquinones@yahoo.com"), "10-29 15:25", """
Por favor dejen de enviarme el catálogo y no vendan mi información a otras compañías.

Gracias.
Ramón Quiñones
52501
""", [MKT, SHARE],
  "Spanish: stop the catalog and don't sell my information. Both opt-outs.",
  subject="Catálogo y mis datos", ent={"name": "Ramón Quiñones", "postal_code": "52501"})

P("C20", "cat", "en", "gmail_web", ("Jess Hanrahan", "jesshanrahan@gmail.com"), "10-26 22:02",
  "Take me off this list, and don't pass my email along to your \"partners\" either.", [MKT, SHARE],
  "Reply to the new-arrivals catalog e-mail: off the list and no passing on to partners. Both opt-outs.",
  reply=("catalog2", {}))

# ------------------------------------------------------------------ powerhousecatalog: questions and mixes
P("C23", "cat", "en", "gmail_web", ("Donna Wicks", "donnawicks@gmail.com"), "10-19 14:35", """
Hi,

I ordered the heated throw and two smart plugs on Oct 9 (order #PH-558120) and haven't gotten a shipping email. Can you tell me when it will ship?

Thanks,
Donna Wicks
""", [Q], "Order-status question to the catalog: question only.",
  subject="Order status", ent={"name": "Donna Wicks"})

P("C24", "cat", "en", "iphone", ("Marcy Dvorak", "marcydvorak@icloud.com"), "10-22 12:03",
  "How do I stop you from sharing my name with other catalogs? Is there something I have to sign?", [Q],
  "Asks HOW to stop sharing, without asking us to do it: question only (rulebook: question about how to opt out).",
  subject="Sharing")

P("C25", "cat", "en", "outlook_com", ("Joyce Thorson", "joycethorson@outlook.com"), "10-24 10:52", """
Hi,

I asked to be taken off the catalog mailing list about a year ago, but I actually miss it! Can you put me back on? Address is 718 Walnut St, Decorah, IA 52101.

Thanks,
Joyce Thorson
""", [Q],
  "Opting back in is a question; the year-old removal she mentions is not a new opt-out (rulebook).",
  subject="Back on the catalog list", ent={"name": "Joyce Thorson", "postal_code": "52101"})

P("C26", "cat", "en", "gmail_android", ("Lyle Jacobsen", "lylejacobsen@gmail.com"), "10-27 06:58",
  "We get the catalog like every 2 weeks. Can you send it less often? Once or twice a year would be plenty.", [Q],
  "'Send fewer catalogs' is a question by project convention, not an opt-out.",
  subject="catalog too often")

P("C27", "cat", "en", "outlook_desktop", ("Elaine Moravec", "emoravec@moravecdental.com"), "10-28 13:16", """
Hello,

Please do not share my name and address with other companies from now on. I would also like to know which companies you have already shared it with.

Elaine Moravec
""", [SHARE, Q],
  "Share opt-out plus a question about past sharing: both labels.",
  subject="Sharing of my information", ent={"name": "Elaine Moravec"})

P("C28", "cat", "en", "thunderbird", ("Sam Okafor", "sam@okafor.dev"), "10-30 19:40", """
Three requests:

1. Stop sending me the catalog (paper and e-mail).
2. Do not share my name, address or purchase history with anyone.
3. Tell me what information you currently have about me.

-- Sam Okafor, 53711
""", [MKT, SHARE, Q],
  "All three, each spelled out: stop catalog (both channels), do not share, and a data access question.",
  subject="Catalog / sharing / my data", ent={"name": "Sam Okafor", "postal_code": "53711"})

P("C29", "cat", "es", "gmail_es", ("Guadalupe Reyes", "lupitareyes.ia@gmail.com"), "10-23 16:20", """
Buenas tardes.

Por favor ya no me llamen por teléfono para ofrecerme productos del catálogo. Me llaman casi cada semana.

Gracias,
Guadalupe Reyes
""", [Q],
  "Spanish: stop sales phone calls. A wish about phone calls only (no mail, no e-mail) is a question by project "
  "convention, not a marketing opt-out.", subject="Llamadas", ent={"name": "Guadalupe Reyes"})

P("C30", "cat", "en", "yahoo", ("Beth Sorensen", "bethsorensen@yahoo.com"), "10-29 11:08", """
Please stop mailing me the catalog.

Also, I returned the desk lamp three weeks ago and still haven't seen a refund on my card. Can someone look into it?

Beth Sorensen
""", [MKT, Q],
  "Stop the catalog plus a refund question: both labels.",
  subject="catalog + refund", ent={"name": "Beth Sorensen"})

# ------------------------------------------------------------------ powerhousecatalog: unclear
P("CU1", "cat", "en", "gmail_web", ("Ron Teske", "ronteske@gmail.com"), "10-25 10:27",
  "Opt me out.", [],
  "'Opt me out' with nothing that says of what (sharing? the catalog? e-mail?): unclear even in the catalog "
  "mailbox (rulebook: the mailbox is a hint).", unclear=True, subject="Opt out", cat="unclear:no-object")

P("CU3", "cat", "en", "gmail_android", ("", "thehalversons@gmail.com"), "10-28 17:51", """
Hi, we keep getting the PowerHouse catalog addressed to Tom Geller, who lived here before us. He moved out two years ago. Can you stop sending it?
""", [MKT],
  "Current residents ask to stop the catalog addressed to a former occupant: a request on behalf of someone else "
  "without standing, so unclear; entities name the person the request is for.", unclear=True,
  subject="Previous resident", ent={"name": "Tom Geller"}, cat="unclear:on-behalf")

P("CU4", "cat", "es", "yahoo_es", ("Mirna Salgado", "mirnasalgado@yahoo.com"), "10-30 12:12",
  "Por favor quítenme.", [],
  "Spanish 'please remove me' with no object and no quote: of what? Unclear.", unclear=True, subject="Hola",
  cat="unclear:no-object")
