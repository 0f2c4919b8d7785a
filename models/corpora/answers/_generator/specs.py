"""What people answered.  One spec per message: the mail of ours it answers (orig), who wrote (frm), the mail
program (client), how it quotes (mode: top, bottom, none, fwd, fwdatt), the new words, and the labels with a note.
Labels follow /work/shared/LABELS.md; only the new text (and a subject that is not "Re:" of our mail) counts."""


def O(k, first, date, **kw):
    d = dict(k=k, first=first, date=date)
    d.update(kw)
    return d


def R(id, orig, frm, client, new, box="customercare", **kw):
    d = dict(id=id, orig=orig, frm=frm, client=client, new=new, mailbox=box)
    d.update(kw)
    return d


AUTO_HDR = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
PC = "powerhousecatalog"
SPECS = []
add = SPECS.append

# ======================================================================= service mail: outage and restoration
add(R("out-stop-iphone", O("outage", "", "2026-06-18 15:42", street="the 1100 block of 7th Ave SE, Cedar Rapids"),
      ("Kyle Brandt", "kbrandt77@icloud.com"), "iphone", "STOP\n\nSent from my iPhone", after=9,
      unclear=True, note="STOP under an outage alert: not a marketing opt-out (service message), so unclear"))
add(R("out-stop-these", O("outage", "", "2026-07-09 19:05", street="Oak Park Blvd, Waterloo", cause="Equipment failure",
                          eta="10:45 PM", n=388),
      ("Denise Farr", "denise.farr@gmail.com"), "android", "stop sending these", after=31, unclear=True,
      note="'these' are outage alerts, not promotions; a short stop under a service message is unclear"))
add(R("out-yano", O("outage", "", "2026-08-02 14:10", street="W 3rd St, West Liberty", n=96),
      ("Maricela Ortiz", "maricela.ortiz82@yahoo.com"), "iphone_es", "ya no\n\nEnviado desde mi iPhone", after=74,
      lang="es", unclear=True,
      note="'ya no' under an outage alert: could mean the power is back or no more alerts; service mail, unclear"))
add(R("out-sump", O("outage", "Greg", "2026-05-21 13:58", street="Maple Ridge Dr, Marion", eta="8:00 PM", n=1290),
      ("Greg Hollis", "ghollis@mchsi.com"), "outlookpc",
      "Our power has been out since 2 and the estimate has changed three times. We have a sump pump and the basement "
      "is starting to take water. When will crews actually get to Maple Ridge?\n\n1450 Maple Ridge Dr, Marion IA 52302"
      "\nAcct 31-4471-0926\n\nGreg Hollis\n319-555-0148", after=220,
      labels=["question"], entities={"name": "Greg Hollis", "postal_code": "52302", "account": "31-4471-0926"},
      note="Long reply to an outage alert with a service question; quoted alert has no request words"))
add(R("out-qmark", O("outage", "", "2026-09-14 06:20", street="Hwy 151, Sun Prairie", cause="Under investigation"),
      ("Lorraine Voigt", "lvoigt1954@gmail.com"), "samsung", "?\n\nSent from my Galaxy", after=48, unclear=True,
      note="A bare '?' under an outage alert says nothing decidable: unclear"))
add(R("out-es-ofertas", O("outage", "", "2026-06-30 17:25", street="S 6th St, Milwaukee", n=2044, eta="11:30 PM"),
      ("Rosa Quintero", "rosaq.mke@gmail.com"), "gmail_es",
      "No entiendo bien este mensaje en inglés. ¿Cuándo regresa la luz? Tengo medicinas en el refrigerador.\n\n"
      "Y por favor ya no me manden anuncios de ofertas y promociones, solo quiero los avisos de apagones.\n\n"
      "Rosa Quintero", after=65, lang="es", labels=["marketing_opt_out", "question"],
      entities={"name": "Rosa Quintero"},
      note="Spanish reply to an English outage alert: names promotions as the object (opt-out) and asks when power returns"))
add(R("out-stop-promos", O("outage", "", "2026-04-11 22:03", street="Kimball Ave, Waterloo", cause="Tree contact"),
      ("Nate Ullrich", "nate.ullrich@outlook.com"), "outlook",
      "STOP. Not the outage alerts, those are actually useful. I mean the promotional emails about thermostats and "
      "heat pumps. Take me off those.", after=15, labels=["marketing_opt_out"],
      note="STOP under an outage alert, but the sender's own words name the promotional e-mails as the object"))
add(R("out-auto-ooo", O("outage", "", "2026-07-21 10:12", street="Main St, Mount Horeb"),
      ("Hillside Dental", "frontdesk@hillsidedentalwi.com"), "auto",
      "Thank you for contacting Hillside Dental. Our office is closed for vacation until Monday, July 27. For a "
      "dental emergency please call Dr. Reinholt at 608-555-0190.\n\nThis is an automated reply.", after=0,
      automated=True, subject="Automatic reply: Outage alert: power is out at Main St, Mount Horeb", hdr=AUTO_HDR,
      note="Out-of-office with Auto-Submitted answering an outage alert"))
add(R("out-thumbs", O("outage", "", "2026-10-03 08:41", street="County Rd K, Baraboo"),
      ("Jessie Kleinschmidt", "jkleinschmidt@charter.net"), "android", "\U0001F44D", after=12, unclear=True,
      note="An emoji alone under an outage alert: nothing decidable, unclear"))
add(R("rest-thanks", O("restored", "", "2026-06-18 21:55", street="the 1100 block of 7th Ave SE, Cedar Rapids"),
      ("Tyler Nguyen", "tnguyen.cr@icloud.com"), "iphone", "thanks\n\nSent from my iPhone", after=6, ack_to=None,
      note="A thank-you under a restoration notice: nothing to answer, ack_to null"))
add(R("rest-barb", O("restored", "", "2026-02-09 03:10", street="Elm St, Fort Atkinson"),
      ("Barbara Hintz", "barbhintz@frontier.com"), "aol",
      "Thank you for the quick work in that cold!! The crew was out in the middle of the night.\n- Barb", after=330,
      ack_to=None, entities={"name": "Barb"},
      note="Thank-you under a restoration notice; a first name alone counts as a name entity"))
add(R("rest-stop", O("restored", "", "2026-08-22 16:30", street="N Main St, Oshkosh"),
      ("Pat Sommers", "psommers@new.rr.com"), "thunderbird", "STOP", after=44, mode="bottom", unclear=True,
      note="Bottom-posted STOP under a restoration notice: service mail, unclear"))
add(R("rest-notrestored", O("restored", "", "2026-07-10 01:15", street="Grand Ave, Madison"),
      ("Samir Haddad", "samir.haddad@gmail.com"), "gmail",
      "Power is NOT restored at our house. The rest of the street has lights but we don't. 2207 Grand Ave, "
      "Madison 53704. Please send someone, we have a baby at home.", after=18, labels=["question"],
      entities={"postal_code": "53704"}, note="Service complaint replying to a restoration notice"))
add(R("rest-remove", O("restored", "", "2026-03-27 12:48", street="Ridge Rd, Platteville"),
      ("Cheryl Ott", "cott@centurytel.net"), "yahoo", "remove", after=95, unclear=True,
      note="'remove' under a restoration notice: not an answer to a promotion, unclear"))
add(R("out-seebelow", O("outage", "Wendell", "2026-11-12 07:30", street="Spring St, Dodgeville", eta="12:00 PM"),
      ("Wendell Ames", "wendell.ames@gmail.com"), "gmail", "see below", mode="fwd", after=200, unclear=True,
      note="Forward of our own outage alert with 'see below': the new text says nothing decidable"))

# ======================================================================= service mail: bills and payment reminders
add(R("bill-stop", O("bill", "Dwayne", "2026-03-04 06:00", acct4="7183", amt="96.40"),
      ("Dwayne Ellison", "dellison@outlook.com"), "outlook", "STOP", after=500, unclear=True,
      note="STOP under a bill-ready notice: could be paperless notices, not a marketing opt-out; unclear"))
add(R("bill-unsub", O("bill", "Alicia", "2026-05-02 06:00", acct4="0092", amt="61.17"),
      ("Alicia Ramos", "aliciaramos.ia@gmail.com"), "gmail", "unsubscribe", after=140, unclear=True,
      note="'unsubscribe' under a bill notice (service mail): unclear, the bill e-mail is not marketing"))
add(R("bill-double", O("bill", "Tom", "2026-02-03 06:00", acct4="9137", amt="318.22"),
      ("Tom Wierzbicki", "tomwierz@gmail.com"), "gmail",
      "Why is this bill $318 when last month was $142? Nothing changed at our house. Account 8801 2245 9137.\n\n"
      "Also while I have you, please stop sending me the heat pump and thermostat ads. I rent, I can't install "
      "any of that.\n\nTom Wierzbicki", after=95, labels=["marketing_opt_out", "question"],
      entities={"name": "Tom Wierzbicki", "account": "8801 2245 9137"},
      note="Billing question plus an opt-out whose object (ads) the sender names himself, under a bill notice"))
add(R("bill-bottom-both", O("bill", "Harold", "2026-04-06 06:00", acct4="5520", amt="88.03"),
      ("Harold Pfeiffer", "hpfeiffer@tds.net"), "thunderbird",
      "Please remove my name from your mailing list for advertising and do not give my information to anybody "
      "else.\n\nHarold J. Pfeiffer\nNeenah, WI 54956", mode="bottom", after=1500,
      labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Harold J. Pfeiffer", "postal_code": "54956"},
      note="Bottom-posted under a bill notice; the sender names advertising and sharing himself, so both opt-outs"))
add(R("bill-ok", O("bill", "Mina", "2026-09-02 06:00", acct4="3341", amt="124.90"),
      ("Mina Park", "minapark@icloud.com"), "iphone", "Ok", after=70, ack_to=None,
      note="'Ok' under a bill notice reads as a receipt, like a thank-you: nothing to answer (judgement call)"))
add(R("bill-es-factura", O("bill", "Juana", "2026-10-01 06:00", acct4="6604", amt="77.35"),
      ("Juana Herrera", "juanaherrera@hotmail.com"), "outlook_es",
      "Buenas tardes, no puedo leer esto en inglés. ¿Me pueden mandar la factura en español? Gracias.\n\nJuana Herrera",
      after=400, lang="es", labels=["question"], entities={"name": "Juana Herrera"},
      note="Spanish reply to an English bill notice asking for a Spanish bill: question"))
add(R("bill-auto-nomonitor", O("bill", "Richard", "2026-06-01 06:00", acct4="1178", amt="45.10"),
      ("Richard Lutz", "rlutz@lutzfarmsupply.com"), "auto",
      "This mailbox is no longer monitored. Please send all correspondence to office@lutzfarmsupply.com.\n\nLutz "
      "Farm Supply", after=0, automated=True, subject="RE: Your Alliant Energy bill is ready",
      note="Headerless 'no longer monitored' auto-reply to a bill notice (no Auto-Submitted): automated"))
add(R("bill-fyi", O("bill", "Paula", "2026-08-03 06:00", acct4="4127", amt="152.64"),
      ("Paula Gerken", "paula.gerken@outlook.com"), "outlook", "FYI", mode="fwd", after=2880, unclear=True,
      note="Our own bill forwarded back with 'FYI': nothing decidable, unclear"))
add(R("pay-already", O("payrem", "Leon", "2026-03-15 09:00", acct4="2290", amt="133.08", due_in=5),
      ("Leon Baptiste", "leonbaptiste@yahoo.com"), "yahoo",
      "I already paid this on the 3rd, confirmation 77120934. Why am I getting a reminder?", after=35,
      labels=["question"], note="Billing question under a payment reminder"))
add(R("pay-stop", O("payrem", "Ann", "2026-04-14 09:00", acct4="8812", amt="57.90", due_in=5),
      ("Ann Kowalczyk", "annkow@icloud.com"), "iphone", "STOP\n\nSent from my iPhone", after=3, unclear=True,
      note="STOP under a payment reminder: service mail, unclear"))
add(R("pay-es-baja", O("payrem_es", "Luis", "2026-05-12 09:00", acct4="3019", amt="84.00", due_in=5),
      ("Luis Cárdenas", "luiscardenas@gmail.com"), "gmail_es", "BAJA", after=22, lang="es", unclear=True,
      note="'BAJA' (the Spanish unsubscribe word) under a Spanish payment reminder: service mail, unclear"))
add(R("pay-es-catalogo", O("payrem_es", "Guadalupe", "2026-07-13 09:00", acct4="1834", amt="102.45", due_in=5),
      ("Guadalupe Mendoza", "lupita.mendoza@yahoo.com"), "iphone_es",
      "Ya pagué la semana pasada, ¿por qué me llega este recordatorio? Y por favor dejen de mandarme el catálogo "
      "de PowerHouse a mi casa, no lo quiero.\n\nCuenta 5502-118-334\nGuadalupe Mendoza", after=180, lang="es",
      labels=["marketing_opt_out", "question"],
      entities={"name": "Guadalupe Mendoza", "account": "5502-118-334"},
      note="Spanish payment-reminder reply: a billing question plus a named catalog opt-out"))
add(R("pay-no", O("payrem", "Chris", "2026-09-14 09:00", acct4="6650", amt="210.33", due_in=5),
      ("Chris Olmstead", "colmstead@gmail.com"), "gmail", "no", after=58, unclear=True,
      note="'no' under a payment reminder: nothing decidable, unclear"))
add(R("pay-takemeoff", O("payrem", "Rhonda", "2026-10-13 09:00", acct4="0457", amt="66.12", due_in=5),
      ("Rhonda Geer", "rgeer@mediacombb.net"), "thunderbird", "Please take me off.", after=240, unclear=True,
      note="'Take me off' with no object under a payment reminder: no object, no context, unclear"))
add(R("pay-autopay", O("payrem", "Frank", "2026-11-13 09:00", acct4="7720", amt="98.76", due_in=5),
      ("Frank DeLuca", "fdeluca@outlook.com"), "outlookpc",
      "Can I set up AutoPay by replying to this? And once I'm on AutoPay, how do I stop getting these reminders?\n\n"
      "Frank DeLuca", after=45, labels=["question"], entities={"name": "Frank DeLuca"},
      note="Questions about AutoPay and about stopping service reminders (not marketing): question only"))

# ======================================================================= service mail: planned maintenance
add(R("maint-ok", O("maint", "", "2026-05-04 10:00", street="Washington St, Iowa City"),
      ("Ben Osei", "ben.osei@uiowa.edu"), "outlook", "ok thanks for the heads up", after=30, ack_to=None,
      note="Acknowledging a planned-maintenance notice: a thank-you, nothing to answer"))
add(R("maint-oxygen", O("maint", "", "2026-06-08 10:00", street="Cedar St, Decorah", dur="three hours"),
      ("Linda Bauer", "lindabauer52101@gmail.com"), "gmail",
      "My husband is on home oxygen. Can you make sure the power is not off longer than 2 hours, or tell me "
      "exactly when it will go off so I can get the backup tanks ready?\n\n418 Cedar St, Decorah IA 52101\n"
      "Linda Bauer", after=120, labels=["question"], entities={"name": "Linda Bauer", "postal_code": "52101"},
      note="Medical-equipment question under a maintenance notice"))
add(R("maint-stop", O("maint", "", "2026-08-10 10:00", street="Lake St, Spirit Lake"),
      ("Gary Meyerhofer", "garym@iowatelecom.net"), "samsung", "STOP", after=16, unclear=True,
      note="STOP under a planned-maintenance notice: service mail, unclear"))
add(R("maint-junk", O("maint", "", "2026-09-21 10:00", street="W College Ave, Appleton"),
      ("Donna Pettit", "dpettit@att.net"), "yahoo", "Stop sending me junk", after=88, unclear=True,
      note="'junk' under a maintenance notice: the sender may mean the notice itself; service mail, unclear"))
add(R("maint-es-dia", O("maint", "", "2026-04-20 10:00", street="Broadway, Denison"),
      ("Efraín Salazar", "efrain.salazar@gmail.com"), "gmail_es",
      "¿Qué día van a cortar la luz? No entiendo bien el inglés. Gracias.", after=300, lang="es",
      labels=["question"], note="Spanish question under an English maintenance notice"))
add(R("maint-auto-es", O("maint", "", "2026-10-19 10:00", street="Main St, Postville"),
      ("Oficina Parroquial San Bruno", "oficina@sanbrunopostville.org"), "auto",
      "Gracias por su mensaje. La oficina parroquial está cerrada hasta el 26 de octubre. Para emergencias llame "
      "al 563-555-0117.\n\nEste es un mensaje automático.", after=0, automated=True, lang="es",
      subject="Respuesta automática: Planned maintenance near Main St, Postville on October 25", hdr=AUTO_HDR,
      note="Spanish out-of-office with Auto-Submitted answering a maintenance notice"))

# ======================================================================= promotions (marketing sender)
add(R("hp-stop", O("promo_hp", "Jerry", "2026-03-10 11:00"), ("Jerry Voss", "jvoss61@icloud.com"), "iphone",
      "STOP", after=14, labels=["marketing_opt_out"], note="STOP under our heat-pump promotion: marketing opt-out"))
add(R("hp-remove", O("promo_hp", "Tammy", "2026-03-10 11:00"), ("Tammy Boettcher", "tboettcher@gmail.com"),
      "samsung", "remove", after=400, labels=["marketing_opt_out"],
      note="'remove' under a promotion takes its meaning from it: marketing opt-out"))
add(R("hp-unsub-fresh", O("promo_hp", "", "2026-03-17 11:00"), ("Ed Kuehl", "edkuehl@yahoo.com"), "yahoo",
      "unsubscribe", irt=False, after=1300, labels=["marketing_opt_out"],
      note="Fresh message (no In-Reply-To) that quotes our promotion under 'unsubscribe': marketing opt-out"))
add(R("hp-dubuque", O("promo_hp", "Monica", "2026-03-24 11:00"), ("Monica Fettkether", "mfettkether@gmail.com"),
      "gmail", "Does the rebate apply to a ductless mini-split? We're in Dubuque, 52001. Who are the participating "
      "contractors near us?", after=95, labels=["question"], entities={"postal_code": "52001"},
      note="Product question; the quoted footer's 'reply STOP' is ours, not her request"))
add(R("hp-no", O("promo_hp", "Russ", "2026-04-07 11:00"), ("Russ Lindgren", "russ.lindgren@outlook.com"),
      "outlook", "no", after=25, unclear=True,
      note="'no' under a promotion: declines the offer or means no more mail? Not decidable, unclear"))
add(R("hp-auto-ooo", O("promo_hp", "Suzanne", "2026-04-07 11:00"),
      ("Suzanne Marek", "smarek@linncountyschools.org"), "auto",
      "I am out of the office through April 10 with no access to email. For urgent matters contact the main office "
      "at 319-555-0102.\n\nSuzanne Marek", after=0, automated=True,
      subject="Automatic reply: Save up to $1,500 on a new heat pump this spring", hdr=AUTO_HDR,
      note="Out-of-office with Auto-Submitted answering our promotion"))
add(R("hp-partial", O("promo_hp", "Arlene", "2026-04-21 11:00"), ("Arlene Swenson", "aswenson@mchsi.com"),
      "gmail", "Does it really end May 31 even if the contractor can't come until June? Also please quit emailing "
      "me after this, I get three of these a week.", after=160, qlines=(6, 7),
      labels=["marketing_opt_out", "question"],
      note="Quotes only the offer-end line; asks a question and names the e-mails to stop"))
add(R("hp-empty", O("promo_hp", "Dale", "2026-05-05 11:00"), ("Dale Petersen", "dalepete@icloud.com"), "iphone",
      "Sent from my iPhone", after=210, unclear=True,
      note="Reply with no new text (only the phone signature over our quoted promotion): unclear"))
add(R("th-unsub", O("promo_thermo", "Kelly", "2026-06-02 12:00"), ("Kelly Drury", "kdrury@outlook.com"),
      "outlook", "Unsubscribe", after=75, labels=["marketing_opt_out"],
      note="'Unsubscribe' under our thermostat promotion: marketing opt-out"))
add(R("th-ok", O("promo_thermo", "Vince", "2026-06-02 12:00"), ("Vince Aguilar", "vaguilar@gmail.com"), "android",
      "ok", after=42, unclear=True,
      note="'ok' under a promotion could be interest in the offer: unclear (unlike a receipt under a bill)"))
add(R("th-eyeroll", O("promo_thermo", "Stacy", "2026-06-09 12:00"), ("Stacy Rubin", "stacyrubin@icloud.com"),
      "iphone", "\U0001F644", after=7, unclear=True, note="An emoji alone, even under a promotion: unclear"))
add(R("th-es-en", O("promo_thermo", "Jose", "2026-06-16 12:00"), ("José Ibarra", "jose.ibarra.dsm@gmail.com"),
      "gmail_es", "No quiero recibir más correos de ofertas. Gracias.", after=130, lang="es",
      labels=["marketing_opt_out"], note="Spanish reply to an English promotion naming offer e-mails: opt-out"))
add(R("th-smartsavings", O("promo_thermo", "Karen", "2026-06-23 12:00"),
      ("Karen Lindqvist", "karen.lindqvist@gmail.com"), "gmail",
      "I signed up for Smart Savings last summer and never got the $25 credit. Account #2210-4471-88.\n\n"
      "Also, please do not sell or share my email or address with the thermostat manufacturers or anyone else.\n\n"
      "Karen Lindqvist\nAppleton WI 54911", after=300, labels=["catalog_share_opt_out", "question"],
      entities={"name": "Karen Lindqvist", "postal_code": "54911", "account": "2210-4471-88"},
      note="Billing-credit question plus do-not-share; she does not ask to stop the offers"))
add(R("th-auto-leave", O("promo_thermo", "", "2026-06-30 12:00"), ("Brian Tesch", "btesch@cityofames.org"), "auto",
      "Thank you for your email. I am currently on leave with limited access to email and will respond when I "
      "return on July 14.\n\nBrian Tesch\nPublic Works, City of Ames", after=0, automated=True,
      subject="RE: Get a smart thermostat for $0 after rebate",
      note="Headerless out-of-office (no Auto-Submitted) to our promotion: automated"))
add(R("ev-stop", O("promo_ev", "Mike", "2026-07-14 10:30"), ("Mike Sauer", "msauer@windstream.net"), "thunderbird",
      "STOP!!!", after=12, labels=["marketing_opt_out"], note="STOP!!! under the EV promotion: marketing opt-out"))
add(R("ev-nocar", O("promo_ev", "Judy", "2026-07-14 10:30"), ("Judy Carlson", "judycarlson@aol.com"), "aol",
      "We don't even have a car. Take me off this list please.", after=600, labels=["marketing_opt_out"],
      note="'this list' is the promotion she answers: marketing opt-out"))
add(R("ev-fyi", O("promo_ev", "Scott", "2026-07-21 10:30"), ("Scott Hanley", "scotthanley@gmail.com"), "gmail",
      "FYI", mode="fwd", after=1440, unclear=True,
      note="Our EV promotion forwarded back with only 'FYI': nothing decidable, unclear"))
add(R("sol-renters", O("promo_solar", "Priya", "2026-08-04 09:00"), ("Priya Raman", "priya.raman@wisc.edu"),
      "applemail", "How is the bill credit calculated, and can renters join?\n\n- Priya", after=240,
      labels=["question"], entities={"name": "Priya"}, note="Program question under a promotion"))
add(R("sol-remove-bottom", O("promo_solar", "Walt", "2026-08-04 09:00"), ("Walter Greiner", "wgreiner@tds.net"),
      "thunderbird", "Remove me", mode="bottom", after=90, labels=["marketing_opt_out"],
      note="Bottom-posted 'Remove me' under the community-solar promotion: marketing opt-out"))
add(R("sol-fwdatt", O("promo_solar", "Mark", "2026-08-18 09:00"), ("Mark Tran", "mark.tran@outlook.com"),
      "outlookpc", "I clicked the unsubscribe link in this twice in July and these still come. Why isn't it "
      "working? Please take me off your promotional emails.\n\nMark Tran\nAcct 4403 118 226", mode="fwdatt", irt=False,
      after=700, subject="FW: Join Community Solar - spots are filling up",
      labels=["marketing_opt_out", "question"], entities={"name": "Mark Tran", "account": "4403 118 226"},
      note="Promotion forwarded as an attachment (our List-Unsubscribe headers inside); opt-out plus a complaint"))
add(R("es-baja", O("promo_es", "Ana", "2026-05-19 10:00"), ("Ana Gutiérrez", "anagtz@icloud.com"), "iphone_es",
      "BAJA\n\nEnviado desde mi iPhone", after=5, lang="es", labels=["marketing_opt_out"],
      note="'BAJA' under our Spanish promotion (its footer says reply BAJA): marketing opt-out"))
add(R("es-yano", O("promo_es", "Pedro", "2026-05-19 10:00"), ("Pedro Villalobos", "pvillalobos@gmail.com"),
      "gmail_es", "ya no", after=80, lang="es", labels=["marketing_opt_out"],
      note="'ya no' ('no more') under a Spanish promotion: judged a marketing opt-out from what it answers"))
add(R("es-english", O("promo_es", "Sarah", "2026-05-26 10:00"), ("Sarah Whitfield", "swhitfield@gmail.com"),
      "gmail", "Could you send this in English? Also, is the thermostat rebate available to renters?", after=55,
      labels=["question"], note="English reply to a Spanish promotion: questions only"))
add(R("es-nointeresa", O("promo_es", "Carmen", "2026-05-26 10:00"), ("Carmen Rosales", "carmenrosales@outlook.com"),
      "outlook_es", "Gracias, pero no me interesa. No me manden más por favor.", after=190, lang="es",
      labels=["marketing_opt_out"], note="'No me manden más' under a Spanish promotion: marketing opt-out"))
add(R("hp-fwd-work", O("promo_hp", "", "2026-03-31 11:00"), ("Nicole Brandt", "nbrandt@quadgraphics.com"),
      "outlookpc", "Please remove me from whatever list this is. This is my work email and I never signed up.",
      mode="fwd", after=90, labels=["marketing_opt_out"], entities={},
      note="Our promotion forwarded with her own opt-out words; the list is the one she forwards"))

# ======================================================================= PowerHouse Catalog mail
add(R("cs-stop", O("catalog_sale", "Helen", "2026-03-19 08:00"), ("Helen Stroh", "hstroh@gmail.com"), "android",
      "STOP", box=PC, after=50, labels=["marketing_opt_out"],
      note="STOP under a catalog sale e-mail: marketing opt-out, not a sharing opt-out (footer words are ours)"))
add(R("cs-ledbulbs", O("catalog_sale", "Roger", "2026-03-19 08:00"), ("Roger Kamp", "rkamp@mchsi.com"), "outlook",
      "Do you still have the 6-pack LED bulbs? The link shows them sold out.", box=PC, after=130,
      labels=["question"], note="Product question; the quoted footer about not sharing names is ours, not his"))
add(R("cs-noshare-keep", O("catalog_sale", "Beverly", "2026-03-26 08:00"), ("Beverly Nachtman", "bevnach@aol.com"),
      "aol", "Please don't share my name with other companies. I still want the catalog, I order from it.",
      box=PC, after=240, labels=["catalog_share_opt_out"],
      note="Keep the catalog, don't share: catalog_share_opt_out only"))
add(R("cs-remove", O("catalog_sale", "Doug", "2026-03-26 08:00"), ("Doug Reinke", "dreinke@centurylink.net"),
      "yahoo", "remove", box=PC, after=33, labels=["marketing_opt_out"],
      note="'remove' under a catalog sale e-mail: marketing opt-out"))
add(R("cs-joan", O("catalog_sale", "Joan", "2026-04-02 08:00"), ("Joan Mercer", "joanmercer@charter.net"),
      "thunderbird", "I'd like to keep getting the paper catalog, but please stop the emails, there are three a "
      "week. And don't pass my address to the other catalog companies, I get enough junk as it is.\n\nJoan Mercer\n"
      "1507 W Wisconsin St, Portage WI 53901", box=PC, after=75,
      labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Joan Mercer", "postal_code": "53901"},
      note="Channel limit: stop e-mails, keep paper catalog (marketing opt-out) plus do-not-share"))
add(R("cs-yes-partial", O("catalog_sale", "Irene", "2026-04-02 08:00"), ("Irene Dvorak", "irene.dvorak@gmail.com"),
      "gmail", "Yes.", box=PC, after=300, qlines=(9, 10), labels=["catalog_share_opt_out"],
      note="She quotes only our 'if you would rather we not share your name' sentence and answers 'Yes.' (judgement call)"))
add(R("cs-auto", O("catalog_sale", "Gail", "2026-04-09 08:00"), ("Gail Hentges", "ghentges@hentgeslaw.com"), "auto",
      "I will be out of the office April 9-13 attending a conference. I will respond to your message when I return."
      "\n\nGail Hentges\nHentges Law Office", box=PC, after=0, automated=True,
      subject="Out of Office: Spring Sale: 25% off LED lighting and smart plugs", hdr=AUTO_HDR,
      note="Out-of-office with Auto-Submitted answering a catalog sale e-mail"))
add(R("cs-es-pr", O("catalog_sale", "Marisol", "2026-04-09 08:00"), ("Marisol Rivera", "marisol.rivera@gmail.com"),
      "gmail_es", "¿Hacen envíos a Puerto Rico? Mi mamá vive allá.\n\nY por favor no compartan mis datos con otras "
      "compañías.\n\nMarisol", box=PC, after=200, lang="es", labels=["catalog_share_opt_out", "question"],
      entities={"name": "Marisol"}, note="Spanish reply to the English sale: shipping question plus do-not-share"))
add(R("cn-unsub", O("catalog_new", "Frances", "2026-05-28 09:00"), ("Frances Olson", "folson@iowatelecom.net"),
      "outlook", "unsubscribe", box=PC, after=180, labels=["marketing_opt_out"],
      note="'unsubscribe' under the new-catalog e-mail: marketing opt-out"))
add(R("cn-moved", O("catalog_new", "Shirley", "2026-05-28 09:00"), ("Shirley Voss", "shirleyvoss@gmail.com"),
      "gmail", "We moved in April. Please send the catalog to our new address:\n88 Lakeview Ct\nClear Lake, IA 50428"
      "\n\nThank you,\nShirley Voss", box=PC, after=500, labels=["question"],
      entities={"name": "Shirley Voss", "postal_code": "50428"}, note="Change of address under the new-catalog e-mail"))
add(R("cn-deceased", O("catalog_new", "Evelyn", "2026-06-04 09:00"), ("Laura Marsh", "lauramarsh@outlook.com"),
      "outlook", "My mother passed away in January. Please stop sending her the catalog. Her name was Evelyn Marsh."
      "\n\nLaura", box=PC, after=1000, unclear=True, entities={"name": "Evelyn Marsh"},
      note="On behalf of a deceased parent, standing not shown: unclear; the name entity is the person it is for"))
add(R("cn-sharewhatever", O("catalog_new", "Glen", "2026-06-04 09:00"), ("Glen Pratt", "glenpratt@yahoo.com"),
      "yahoo", "Stop the catalog. Share my name with whoever you want, I don't care, just stop mailing it.",
      box=PC, after=60, labels=["marketing_opt_out"],
      note="'Share whatever, just stop the catalog': marketing opt-out only"))
add(R("co-return", O("catalog_order", "Kathy", "2026-07-07 14:00", order=448213),
      ("Kathy Moeller", "kmoeller@gmail.com"), "gmail",
      "Thanks! Can I return the ceiling fan if it doesn't fit our room? Order PH-448213.", box=PC, after=300,
      labels=["question"], note="Return question under an order-shipped e-mail; the footer's sharing words are ours"))
add(R("co-thx", O("catalog_order", "Ray", "2026-07-21 14:00", order=451907), ("Ray Dobbs", "raydobbs@icloud.com"),
      "iphone", "got it thx\n\nSent from my iPhone", box=PC, after=20, ack_to=None,
      note="A thank-you under an order notice: nothing to answer"))
add(R("cs-fwd-cc", O("catalog_sale", "", "2026-04-16 08:00"), ("Aaron Feldt", "afeldt@mercyhealth.org"),
      "outlookpc", "Why is the PowerHouse Catalog emailing my work address? Take it off your email list and don't "
      "share it with anyone.\n\nAaron Feldt", mode="fwd", after=120,
      labels=["marketing_opt_out", "catalog_share_opt_out", "question"], entities={"name": "Aaron Feldt"},
      note="Catalog sale forwarded to customercare: both opt-outs in his words plus a 'why' that needs an answer"))
add(R("cn-auto-yahoo", O("catalog_new", "Lois", "2026-06-11 09:00"), ("Lois Engebretson", "loisengebretson@yahoo.com"),
      "auto", "I'm away visiting family until June 20 and checking email only occasionally. I'll get back to you "
      "when I'm home!\nLois", box=PC, after=0, automated=True, subject="Re: Your Summer 2026 PowerHouse Catalog is on its way",
      note="Yahoo vacation reply without Auto-Submitted to the new-catalog e-mail: automated"))

# ======================================================================= our acknowledgements
A_MKT = "to stop marketing e-mail and postal mail, including the PowerHouse Catalog"
A_SHARE = "not to share your name and address with other companies"
add(R("ack-thanks", O("ack", "Carol", "2026-02-10 10:20", ref="PRV-2026-004417", what=A_MKT),
      ("Carol Zimmer", "czimmer@gmail.com"), "gmail", "Thank you!", after=90, ack_to=None,
      note="Thank-you under our acknowledgement: nothing to answer; quoted ack words are not her request"))
add(R("ack-stop", O("ack", "Dennis", "2026-02-17 15:05", ref="PRV-2026-004598", what=A_MKT),
      ("Dennis Lang", "dlang@mediacombb.net"), "outlook", "STOP", after=300, unclear=True,
      note="STOP under our own acknowledgement: unclear by rule"))
add(R("ack-add-share", O("ack", "Maria", "2026-03-03 09:45", ref="PRV-2026-005102", what=A_MKT),
      ("Maria Kessler", "mkessler@outlook.com"), "outlook",
      "Thanks. Please also make sure you do not share my name and address with any other companies.", after=60,
      labels=["catalog_share_opt_out"], note="Reply to our acknowledgement that adds a new do-not-share request"))
add(R("ack-mind-paper", O("ack_cat", "Gloria", "2026-03-09 11:30", ref="PHC-26-01877", what=A_MKT),
      ("Gloria Pena", "gloria.pena@gmail.com"), "gmail",
      "Actually I changed my mind about the paper catalog, please keep sending it, I like looking through it. "
      "Just no emails.", box=PC, after=1440, labels=["marketing_opt_out", "question"],
      note="Changes her mind: opting back in to paper (question) while keeping the e-mail opt-out in her own words"))
add(R("ack-grandson", O("ack", "Marlene", "2026-03-16 14:00", ref="PRV-2026-005390", what=A_MKT),
      ("Marlene Hoch", "marlenehoch@aol.com"), "aol",
      "Wait, cancel that. I didn't mean to unsubscribe, my grandson did it on my computer. Please put me back on "
      "for the catalog and the emails.\n\nMarlene Hoch", after=200, labels=["question"],
      entities={"name": "Marlene Hoch"}, note="Opting back in after our acknowledgement: question only"))
add(R("ack-howlong", O("ack_cat", "Earl", "2026-04-01 10:10", ref="PHC-26-02011", what=A_MKT),
      ("Earl Wendt", "earlwendt@tds.net"), "thunderbird", "How long will the catalogs keep coming?", box=PC,
      after=100, labels=["question"], note="Question about timing of an opt-out already recorded: question only"))
add(R("ack-same-other", O("ack", "Steve", "2026-04-08 16:40", ref="PRV-2026-006044", what=A_MKT),
      ("Steve Brockman", "sbrockman@gmail.com"), "gmail", "Please do the same for my other address.", after=45,
      unclear=True, note="Reference to earlier mail without saying what or which address: unclear"))
add(R("ack-still-catalog", O("ack_cat", "Ruth", "2026-04-15 09:00", ref="PHC-26-02133", what=A_SHARE),
      ("Ruth Ellefson", "ruthellefson@charter.net"), "yahoo",
      "Does this mean I'll still get the catalog? I want to keep getting it, just not have my name given out.",
      box=PC, after=330, labels=["question"],
      note="Question about what our share opt-out means; her restated wish repeats the recorded request (no new opt-out)"))
add(R("ack-es-gracias", O("ack_es", "Rosario", "2026-05-06 12:00", ref="PRV-2026-006710",
                          what="dejar de recibir correos electrónicos de promociones"),
      ("Rosario Beltrán", "rosariobeltran@hotmail.com"), "outlook_es", "Gracias", after=60, lang="es", ack_to=None,
      note="'Gracias' under our Spanish acknowledgement: nothing to answer"))
add(R("ack-es-copia", O("ack_es", "Hector", "2026-05-13 12:00", ref="PRV-2026-006902",
                        what="dejar de recibir correos electrónicos de promociones"),
      ("Héctor Fuentes", "hfuentes@gmail.com"), "gmail_es",
      "Gracias. También quiero saber qué información personal tienen de mí. Por favor mándenme una copia.\n\n"
      "Héctor Fuentes\nCuenta 4410-22-9915", after=400, lang="es", labels=["question"],
      entities={"name": "Héctor Fuentes", "account": "4410-22-9915"},
      note="New request under our acknowledgement: a copy of his data is a clear question"))
add(R("ack-delete", O("ack", "Bruce", "2026-05-20 08:15", ref="PRV-2026-007015", what=A_MKT),
      ("Bruce Hallgren", "bhallgren@icloud.com"), "iphone",
      "Delete all my information from your system.\n\nSent from my iPhone", after=25, unclear=True,
      labels=["question"], note="Delete-everything request: unclear plus question by rule"))
add(R("ack-nevered", O("ack", "Janet", "2026-06-03 13:30", ref="PRV-2026-007481", what=A_SHARE),
      ("Janet Vogel", "janetvogel@gmail.com"), "gmail",
      "I never asked for this. What request? I didn't write to you. Who sent this in under my name?", after=75,
      labels=["question"], note="Disputes our acknowledgement: a complaint/question; she asks for no opt-out"))
add(R("ack-auto", O("ack", "Lyle", "2026-06-10 11:00", ref="PRV-2026-007620", what=A_MKT),
      ("Lyle Strand", "lstrand@strandag.com"), "auto",
      "I am out of the office until Monday, June 15. If you need immediate assistance please call the shop at "
      "515-555-0133.", after=0, automated=True,
      subject="Automatic reply: We received your privacy request [Ref: PRV-2026-007620]", hdr=AUTO_HDR,
      note="Out-of-office with Auto-Submitted answering our acknowledgement"))
add(R("ack-husband", O("ack", "Elena", "2026-06-24 10:00", ref="PRV-2026-007955", what=A_MKT),
      ("Elena Reyes", "elena.reyes@outlook.com"), "outlook",
      "Ok, thank you. I'm the account holder, and my husband Tom Reyes gets the same promotional emails at "
      "his address. Please stop those for him too.", after=30, labels=["marketing_opt_out"],
      entities={"name": "Tom Reyes"},
      note="Account holder asking for her household: standing shown; name entity is the person it is for"))
add(R("ack-gotit", O("ack", "Wayne", "2026-07-08 09:20", ref="PRV-2026-008331",
                     what=A_MKT + ", and not to share your name and address with other companies"),
      ("Wayne Kroll", "waynekroll@yahoo.com"), "yahoo", "Got it.", after=120, ack_to=None,
      note="'Got it.' under an acknowledgement whose quoted text holds both opt-outs: nothing to answer"))
add(R("ack-address", O("ack", "Maureen", "2026-07-22 14:45", ref="PRV-2026-008600", what=A_SHARE),
      ("Maureen Kolar", "mkolar@imonmail.com"), "thunderbird",
      "Also, please update my mailing address to 301 3rd St SE, Cedar Rapids, IA 52401.\n\nThanks,\nMaureen Kolar",
      mode="bottom", after=500, labels=["question"],
      entities={"name": "Maureen Kolar", "postal_code": "52401"},
      note="Bottom-posted change of address under our acknowledgement: question"))
add(R("ack-stillgetting", O("ack", "Curtis", "2026-08-05 10:30", ref="PRV-2026-008873", what=A_MKT),
      ("Curtis Mahr", "cmahr@gmail.com"), "gmail",
      "It's been over 3 weeks and I'm still getting the promotional emails, two this week. What's going on?",
      after=31000, labels=["question"],
      note="Complaint that the recorded opt-out is not working: question (the opt-out is already on record)"))
add(R("ack-fresh-that", O("ack", "Nancy", "2026-08-19 15:00", ref="PRV-2026-009104", what=A_SHARE),
      ("Nancy Thiele", "nthiele@frontier.com"), "aol", "Please add the catalog to that too.", irt=False,
      after=2000, subject="Ref PRV-2026-009104", unclear=True,
      note="Fresh mail quoting our ack: 'add the catalog to that' leans on earlier mail without saying what; unclear"))
add(R("ack-es-paper", O("ack_es", "Gabriel", "2026-09-02 11:00", ref="PRV-2026-009377",
                        what="dejar de recibir correos electrónicos de promociones"),
      ("Gabriel Soto", "gabriel.soto@gmail.com"), "gmail",
      "Thanks. Please stop the paper PowerHouse catalog too, your letter only mentions the emails.", after=90,
      labels=["marketing_opt_out"], note="English reply to our Spanish acknowledgement adding a paper-catalog opt-out"))

# ======================================================================= newsletters
add(R("nl-unsub", O("news", "", "2026-01-15 07:00", season="winter"), ("Jill Anders", "jillanders@gmail.com"),
      "android", "unsubscribe", after=25, labels=["marketing_opt_out"],
      note="'unsubscribe' under the EnergyWise newsletter (it promotes programs and sales): marketing opt-out"))
add(R("nl-stop-yahoo", O("news", "", "2026-01-15 07:00", season="winter"), ("Vern Hagen", "vernhagen@yahoo.com"),
      "yahoo", "STOP", after=600, labels=["marketing_opt_out"], note="STOP under the newsletter: marketing opt-out"))
add(R("nl-renters", O("news", "", "2026-02-12 07:00", season="winter"), ("Ayesha Khan", "ayeshakhan@gmail.com"),
      "gmail", "Is the free home energy assessment really free for renters? I'm in 53211.", after=300,
      labels=["question"], entities={"postal_code": "53211"},
      note="Program question; the quoted 'Unsubscribe' footer is ours"))
add(R("nl-auto-ooo", O("news", "", "2026-02-12 07:00", season="winter"),
      ("Paul Reding", "preding@dubuquebank.com"), "auto",
      "I am out of the office until February 17. For loan questions contact loans@dubuquebank.com.\n\nPaul Reding",
      after=0, automated=True, subject="Automatic reply: EnergyWise: 5 ways to cut your winter energy bill",
      hdr=AUTO_HDR, note="Out-of-office with Auto-Submitted answering the newsletter"))
add(R("nl-auto-gone", O("news", "", "2026-07-16 07:00"), ("Kim Tollefson", "ktollefson@uwlax.edu"), "auto",
      "This email address is no longer in use. Please update your records. Kim Tollefson can be reached at "
      "kim.tollefson@gmail.com.", after=0, automated=True,
      subject="Re: EnergyWise: 5 ways to cut your summer energy bill",
      note="Headerless 'address no longer in use' reply to the newsletter: automated"))
add(R("nl-seebelow", O("news", "", "2026-07-16 07:00"), ("Ron Kessler", "ronkessler@mchsi.com"), "outlook",
      "see below", mode="fwd", after=2000, irt=False, unclear=True,
      note="Newsletter forwarded to customercare with 'see below': nothing decidable"))
add(R("nl-es-quitar", O("news", "", "2026-08-13 07:00"), ("Blanca Estrada", "blancaestrada@gmail.com"), "gmail_es",
      "Por favor quítenme de esta lista.", after=140, lang="es", labels=["marketing_opt_out"],
      note="Spanish 'take me off this list' under the English newsletter: marketing opt-out"))
add(R("nl-fridge", O("news", "", "2026-08-13 07:00"), ("Todd Wiese", "twiese@charter.net"), "gmail",
      "How do I schedule the fridge pickup? And how do I stop these newsletters, is there a way other than the "
      "link?", qlines=(4, 5), after=400, labels=["question"],
      note="Quotes one tip; asks how to opt out but does not ask to be opted out: question only"))
add(R("nl-es-nomore", O("news_es", "", "2026-06-11 07:00"), ("Daniel Moreno", "danmoreno@outlook.com"), "outlook",
      "No more please", after=70, labels=["marketing_opt_out"],
      note="English 'No more please' under the Spanish newsletter: marketing opt-out from what it answers"))
add(R("nl-es-baja", O("news_es", "", "2026-06-11 07:00"), ("Teresa Lozano", "teresalozano@icloud.com"), "iphone_es",
      "BAJA\n\nEnviado desde mi iPhone", after=15, lang="es", labels=["marketing_opt_out"],
      note="'BAJA' under the Spanish newsletter: marketing opt-out"))
add(R("nl-landlord", O("news", "", "2026-09-10 07:00"), ("Gordon Pauly", "gpauly@paulyproperties.com"), "outlookpc",
      "I'm the landlord. My tenant at 77 Elm, Ashley Dunn, keeps getting these at her old address which is my "
      "office. Please remove her.\n\nGordon Pauly\nPauly Properties", after=800, unclear=True,
      entities={"name": "Ashley Dunn"},
      note="On behalf of a tenant without her standing: unclear; the entity names the person it is for"))

# ======================================================================= surveys
add(R("sv-stop", O("survey", "Joyce", "2026-03-05 16:00"), ("Joyce Amundson", "jamundson@gmail.com"), "android",
      "STOP", after=10, unclear=True,
      note="STOP under a survey invitation: a survey is not a promotion, so not a marketing opt-out; unclear"))
add(R("sv-nothanks", O("survey", "Oscar", "2026-04-23 16:00"), ("Oscar Lindahl", "olindahl@outlook.com"), "outlook",
      "No thanks", after=45, ack_to=None,
      note="Declines the survey; nothing to answer (judgement call: not an opt-out of marketing)"))
add(R("sv-complaint", O("survey", "Rick", "2026-05-14 16:00"), ("Rick Fassbender", "rfassbender@yahoo.com"),
      "yahoo", "I'm not doing a survey. The rep I talked to hung up on me and my problem still isn't fixed. My meter "
      "reading is wrong for the third month.\n\nAccount 600 412 8871\nCall me 563-555-0166\nRick Fassbender",
      after=60, labels=["question"],
      entities={"name": "Rick Fassbender", "account": "600 412 8871"},
      note="Complaint under a survey invitation: question"))
add(R("sv-both", O("survey", "Phyllis", "2026-06-18 16:00"), ("Phyllis Kranz", "pkranz@centurytel.net"), "aol",
      "Please stop sending me surveys and promotions. Both.", after=200, labels=["marketing_opt_out"],
      note="Names promotions as an object: marketing opt-out (surveys themselves are not marketing)"))
add(R("sv-unsub", O("survey", "Dean", "2026-07-30 16:00", why="had a new meter installed"),
      ("Dean Hartwig", "deanhartwig@gmail.com"), "gmail", "unsubscribe", after=30, unclear=True,
      note="'unsubscribe' under a survey invitation (not a promotion): unclear"))
add(R("sv-es-fraude", O("survey", "Rosa", "2026-08-27 16:00", why="paid your bill by phone"),
      ("Rosa Delgado", "rdelgado.dbq@gmail.com"), "gmail_es", "¿Esta encuesta es real o es fraude?", after=120,
      lang="es", labels=["question"], note="Spanish question whether our English survey is genuine"))
add(R("sv-auto", O("survey", "Megan", "2026-09-24 16:00"), ("Megan Schaefer", "mschaefer@gundersenhealth.org"),
      "auto", "Thank you for your message. I am out of the office and will return on September 30.", after=0,
      automated=True, subject="Automatic reply: How did we do? Tell us about your recent call", hdr=AUTO_HDR,
      note="Out-of-office with Auto-Submitted answering a survey invitation"))
add(R("sv-expired", O("survey", "Colleen", "2026-10-15 16:00", why="reported an outage online"),
      ("Colleen Burke", "colleen.burke@outlook.com"), "outlook",
      "Happy to do the survey but the link says it has expired.", after=4000, labels=["question"],
      note="Survey link problem: needs an answer"))

# ======================================================================= replies to a forward a friend sent
FR_CAT = O("catalog_sale", "Jen", "2026-04-16 08:00")
add(R("fr-optin", O("friendfwd", "", "2026-04-16 19:20", inner=FR_CAT, friend=("Jen Albrecht", "jalbrecht@gmail.com"),
                    friend_to="carlos.mejia.ames@gmail.com", text="Saw this and thought of your basement project!"),
      ("Carlos Mejia", "carlos.mejia.ames@gmail.com"), "gmail",
      "Thanks Jen! Copying the catalog people.\n\nHi, can you add me to your mailing list for the catalog? I'm at "
      "2150 Lincoln Way, Ames IA 50014.\n\nCarlos", box=PC, after=60,
      to=[("Jen Albrecht", "jalbrecht@gmail.com")], cc=[(None, "powerhousecatalog@alliant-energy.com")],
      labels=["question"], entities={"name": "Carlos", "postal_code": "50014"},
      note="Reply to a friend's forward, copying us, asking to be added: question (opt-in)"))
add(R("fr-stopstop", O("friendfwd", "", "2026-03-10 20:05", inner=O("promo_hp", "Brenda", "2026-03-10 11:00"),
                       friend=("Brenda Kautz", "bkautz@icloud.com"), friend_to="lkautz@gmail.com",
                       text="ugh they keep sending me these, STOP STOP STOP. anyway is this worth it??"),
      ("Lisa Kautz", "lkautz@gmail.com"), "gmail",
      "Honestly I'd do it, ours is great. Copying Alliant: does the rebate stack with the federal tax credit?\n\nLisa",
      after=90, to=[("Brenda Kautz", "bkautz@icloud.com")], cc=[(None, "customercare@alliant-energy.com")],
      labels=["question"], entities={"name": "Lisa"},
      note="The STOP STOP STOP is the friend's quoted words, not the sender's: question only"))
add(R("fr-outage", O("friendfwd", "", "2026-07-28 16:10",
                     inner=O("outage", "", "2026-07-28 15:50", street="Birch St, Eau Claire", n=612),
                     friend=("Deb Lindquist", "deblindquist@charter.net"), friend_to="mattsorensen@gmail.com",
                     text="is your power out too?"),
      ("Matt Sorensen", "mattsorensen@gmail.com"), "android",
      "Yes ours too since 3. Adding Alliant. We're at 512 Birch St, Eau Claire 54701, is there an update? The app "
      "still says 6:30.", after=20, to=[("Deb Lindquist", "deblindquist@charter.net")],
      cc=[(None, "customercare@alliant-energy.com")], labels=["question"], entities={"postal_code": "54701"},
      note="Reply to a neighbour's forward of our outage alert, copying us: service question"))
add(R("fr-sell", O("friendfwd", "", "2026-02-12 21:00", inner=O("news", "", "2026-02-12 07:00", season="winter"),
                   friend=("Gary Hoft", "garyhoft@yahoo.com"), friend_to="jhoft@mchsi.com",
                   text="you should unsubscribe from these, I read they sell your info to other companies"),
      ("Janice Hoft", "jhoft@mchsi.com"), "yahoo",
      "Is that true? Alliant, do you sell customer information to other companies?", after=700,
      to=[("Gary Hoft", "garyhoft@yahoo.com")], cc=[(None, "customercare@alliant-energy.com")],
      labels=["question"], note="Privacy-policy question; the 'unsubscribe'/'sell your info' words are the friend's"))
add(R("fr-qqq", O("friendfwd", "", "2026-06-02 18:30", inner=O("catalog_new", "Tina", "2026-05-28 09:00"),
                  friend=("Tina Rausch", "trausch@gmail.com"), friend_to="pattyrausch@gmail.com",
                  text="look you're in their catalog lol"),
      ("Patty Rausch", "pattyrausch@gmail.com"), "gmail", "???", mode="fwd", box=PC, after=1440, irt=False,
      subject="Fwd: Fwd: Your Summer 2026 PowerHouse Catalog is on its way", unclear=True,
      note="Forwards a friend's forward of our catalog mail with only '???': nothing decidable, unclear"))
