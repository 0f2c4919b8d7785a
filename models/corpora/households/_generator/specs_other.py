# -*- coding: utf-8 -*-
"""Questions only, unclear mail, and mail that asks nothing (thank-yous, replies to our acknowledgement,
chain letters, scams, out-of-office replies)."""
from spec import m

SPECS = [
    # ---------------------------------------------------------------- question only
    m("q-teen-how-stop", "ph", "question", "teen", "en", "galaxy", ("", "ethan.m.schultz07@gmail.com"),
      "catalog thing", "how do i stop getting the catalog thing, it comes to my apartment every month", "q", {},
      "'how do I stop' asks how to opt out: question only, per LABELS.md"),
    m("q-elderly-howlong", "ph", "question", "elderly", "en", "isp", ("Doris Fenske", "dfenske@charter.net"),
      "How long?",
      """Hello,

I telephoned two weeks ago, on the 3rd, and the young man was very pleasant and said he would take care of
the catalog for me. I only wanted to ask how long it usually takes before they stop coming, as another
one arrived yesterday and I did not want to bother him again if it is simply in the mail already.

Yours truly,
Doris Fenske
Beaver Dam 53916""", "q", {"name": "Doris Fenske", "postal_code": "53916"},
      "Asks how long a phone opt-out takes; the earlier removal is not a new request; question only",
      unwrap=False),
    m("q-opt-back-in", "ph", "question", "buried", "en", "outlook", ("Gretchen Ahlers", "gahlers@outlook.com"),
      "Catalog again please",
      """Hi,

I asked to be taken off the catalog list last year when we were remodeling and drowning in mail. Now I
actually miss it! Please put me back on. Same address as before, 1207 Grand Ave, Spencer IA 51301.

Gretchen""", "q", {"name": "Gretchen", "postal_code": "51301"},
      "Opting back in is a question; the old removal it mentions is not a new opt-out"),
    m("q-change-address", "cc", "question", "busy-parent", "en", "iphone", ("Derek Stoltenberg", "dstolt@icloud.com"),
      "Moving",
      "Hi, we moved from Cedar Rapids to Madison last weekend. Please send the final bill to our new address: "
      "5510 Tokay Blvd, Madison WI 53711. Acct #7731956204. Thanks\nDerek", "q",
      {"name": "Derek", "postal_code": "53711", "account": "7731956204"},
      "Change of address is a question (needs a human); the old city has no ZIP, only the new one is an entity"),
    m("q-data-copy", "cc", "question", "law", "en", "thunderbird", ("Samuel Iverson", "siverson@mhtc.net"),
      "Request for a copy of my data",
      """To the Privacy Office,

Please send me a copy of all personal information Alliant Energy holds about me, including usage data
from my smart meter, payment history, and any records of marketing contact.

Samuel Iverson
Account 0418-55-2930""", "q", {"name": "Samuel Iverson", "account": "0418-55-2930"},
      "Data access request: a clear question, not an opt-out"),
    m("q-vi-who-sees", "cc", "question", "esl-vietnamese", "en", "yahoo", ("Hoa Le", "lethihoa.ames@yahoo.com"),
      "Question privacy",
      """Hello,
I have question about privacy. Who can see my information of electricity using? My landlord can see it
or not?
Le Thi Hoa
50010""", "q", {"name": "Le Thi Hoa", "postal_code": "50010"},
      "Vietnamese speaker asking who can see her usage data"),
    m("q-gt-venden", "ph", "question", "spanish-gt", "es", "gmail", ("Edgar Chavajay", "edgarchavajay@gmail.com"),
      "Pregunta",
      "Buenas tardes, quisiera saber si ustedes venden la informacion de los clientes a otras compañias. Solo "
      "es una pregunta, gracias.\nEdgar Chavajay", "q", {"name": "Edgar Chavajay"},
      "Guatemalan Spanish: asks whether we sell customer data, says it is only a question"),
    m("q-farm-wondering", "ph", "question", "farmer", "en", "isp", ("Marv Hinrichs", "mhinrichs@wbsnet.org"),
      "customer names",
      """Just wondering whether you folks give out customer names to the seed dealers and such. We've been
getting a lot of junk since Darlene ordered the fence charger last fall. Not asking you to do anything
yet, just want to know.

Marv Hinrichs
Waverly 50677""", "q", {"name": "Marv Hinrichs", "postal_code": "50677"},
      "Farmer asks whether names are given out and explicitly asks for nothing yet: question only"),
    m("q-so-why-catalog", "ph", "question", "esl-somali", "en", "galaxy", ("Ayaan Mohamed", "ayaanmohamed01@gmail.com"),
      "why", "Why I get the catalog? I never order anything from you. Who give you my address?\nAyaan", "q",
      {"name": "Ayaan"},
      "Asks why the catalog comes and where the address came from, asks for no stop: question only"),
    m("q-teen-scam-check", "cc", "question", "teen", "en", "iphone", ("", "zoe.k.lindgren@icloud.com"),
      "is this real",
      "wait is this legit or a scam?? i got a text saying alliant owes me a $200 refund and i have to click a "
      "link 🤨 didnt click it yet", "q", {},
      "Young adult asks whether a text claiming to be from us is real"),
    m("q-angry-fence", "cc", "question", "angry", "en", "yahoo", ("Lorraine Bickel", "lbickel64@yahoo.com"),
      "Your crew wrecked my fence",
      """Your tree trimming crew left my back yard looking like a war zone on Monday. Branches everywhere and
they knocked a section of my cedar fence down and just LEFT. WHO is going to fix this? I want a phone
call, not an email. 319-555-0187.

Lorraine Bickel
1733 Hawkeye Dr, Marion 52302""", "q", {"name": "Lorraine Bickel", "postal_code": "52302"},
      "Angry property-damage complaint that demands a call back: question (complaint), no opt-out"),
    m("q-zh-double", "cc", "question", "esl-chinese", "en", "outlook", ("Liang Xu", "xuliang88@outlook.com"),
      "bill double",
      """Hello,
My account 3390.221.745 the bill this month is double of last month. Nothing change in my home. Please
explain to me.
Liang Xu""", "q", {"name": "Liang Xu", "account": "3390.221.745"},
      "Chinese speaker: billing question"),
    m("q-law-retention", "cc", "question", "law", "en", "webform",
      ("Alliant Energy Web Form", "noreply@forms.alliant-energy.com"), "Web form: Privacy question",
      """Topic: Privacy policy
Name: Benjamin Ostrowski
ZIP: 53590
Email: b.ostrowski@fastmail.com
Message:
What is your retention period for former customers' data? Your policy says information is kept "as long
as necessary for business purposes", which is not a period.""", "q",
      {"name": "Benjamin Ostrowski", "postal_code": "53590"},
      "Web form relay: retention-period question; ack to Reply-To", unwrap=False,
      reply_to=("Benjamin Ostrowski", "b.ostrowski@fastmail.com")),
    m("q-parent-text-bill", "cc", "question", "busy-parent", "en", "galaxy", ("Tasha Greer", "tashagreer.ia@gmail.com"),
      "bill by text?", "is there a way to get the bill by text instead of paper? I lose the paper ones "
      "constantly lol", "q", {}, "Parent asking about paperless billing by text; no opt-out (bills are not marketing)"),
    m("q-hmong-consequence", "ph", "question", "esl-hmong", "en", "gmail", ("Mai Yer Thao", "maiyerthao@gmail.com"),
      "question",
      """Hello. I want ask first before I decide. If I say no share my name, I still get the catalog or no? I
like the catalog.
Thank you, Mai Yer Thao""", "q", {"name": "Mai Yer Thao"},
      "Hmong speaker asks what a do-not-share choice would do before deciding: question only"),
    m("q-bs-father", "cc", "question", "esl-bosnian", "en", "gmail", ("Senad Mujić", "senad.mujic@gmail.com"),
      "Account of my father",
      """Good day,
my father died in March. The account is on his name still. How I change the account to my name? I live
in the house with my family, we pay every month.
Senad Mujić
Waterloo 50703""", "q", {"name": "Senad Mujić", "postal_code": "50703"},
      "Bosnian speaker: how to move his late father's account into his name; a service question, not a "
      "request made for the father"),
    m("q-pr-tarda", "ph", "question", "spanish-pr", "es", "iphone", ("Carmen Ortiz", "carmenortiz.pr@icloud.com"),
      "",
      "Hola, ¿cuánto tiempo tarda en procesarse la baja del catálogo? La pedí por teléfono hace dos semanas y "
      "todavía me llega. Gracias, Carmen", "q", {"name": "Carmen"},
      "Puerto Rican Spanish: how long a phone opt-out takes; asking, not requesting again", quote="ackcat"),
    m("q-elderly-breach", "cc", "question", "elderly", "en", "aol", ("Bernice Hollander", "berniehollander@aol.com"),
      "A letter I received",
      """Dear Alliant Energy,

I received a letter in the mail this week saying that my account information may have been part of a
"data security incident" at one of your vendors. It has your name on the top but I have been fooled
before. Is it real? And what am I supposed to do about it? My grandson says to freeze my credit but I do
not know how.

Thank you,
Bernice Hollander
Account number: 8841 0027 63""", "q", {"name": "Bernice Hollander", "account": "8841 0027 63"},
      "Elderly: asks whether a breach letter is real and what to do"),

    # ---------------------------------------------------------------- unclear
    m("u-husband", "ph", "unclear", "elderly", "en", "isp", ("Shirley Janssen", "sjanssen@mchsi.com"), "mailing list",
      "My husband wants off your mailing list. His name is Robert Janssen. Thank you.\nShirley", "", 
      {"name": "Robert Janssen"},
      "A wife writing for her husband; nothing says whose account it is, so standing is not clear; entity "
      "is the husband", unclear=True),
    m("u-deceased-mother", "ph", "unclear", "buried", "en", "gmail", ("Kristin Bauer-Lenz", "kbauerlenz@gmail.com"),
      "My mother",
      """Hello,

My mother, Irene Bauer, passed away in June. Please stop all the mail to her at 416 W Main St, Sun Prairie
53590. It is hard to see her name in the mailbox every week.

Kristin""", "", {"name": "Irene Bauer", "postal_code": "53590"},
      "Daughter for her late mother; 'all the mail' may include the estate's bills; standing and scope need "
      "staff", unclear=True),
    m("u-delete-all", "cc", "unclear", "angry", "en", "outlook", ("Brent Kaczmarek", "bkaczmarek@outlook.com"),
      "DELETE MY DATA",
      "Delete all my information from your systems. Everything. Every record you have on me. I'm done.\n"
      "Brent Kaczmarek", "q", {"name": "Brent Kaczmarek"},
      "Delete-everything request: unclear + question (the bot may not delete account data)", unclear=True),
    m("u-es-borren", "cc", "unclear", "spanish-mx", "es", "galaxy", ("Araceli Domínguez", "aracelidom@gmail.com"),
      "mis datos",
      "Buenas, quiero que borren todos mis datos de su sistema, no quiero que tengan nada mío.\n"
      "Araceli Domínguez\n53094", "q", {"name": "Araceli Domínguez", "postal_code": "53094"},
      "Spanish delete-everything request: unclear + question", unclear=True),
    m("u-please-stop", "cc", "unclear", "elderly", "en", "isp", ("Vernon Tietz", "vtietz@chorus.net"), "Request",
      "Please stop.\n\nVernon Tietz", "", {"name": "Vernon Tietz"},
      "'Please stop.' with no object and no quoted mail: unclear in either mailbox", unclear=True),
    m("u-teen-opt-me-out", "ph", "unclear", "teen", "en", "iphone", ("", "brooklynnn.h@icloud.com"), "",
      "opt me out", "", {},
      "Bare 'opt me out' with an empty subject and nothing quoted: no object, unclear even in the catalog "
      "mailbox", unclear=True),
    m("u-retract", "ph", "unclear", "buried", "en", "gmail", ("Penny Hartwig", "pennyhartwig@gmail.com"),
      "Ignore my last email",
      "Hi, please ignore what I sent Monday, I changed my mind. Actually, maybe just keep doing whatever you "
      "were doing? I'll let you know.\nPenny", "", {"name": "Penny"},
      "Retraction of an earlier request whose content we are not told: unclear", unclear=True),
    m("u-contradict", "ph", "unclear", "elderly", "en", "aol", ("Marlys Ruden", "marlysruden@aol.com"), "catalog",
      """Take me off the catalog list. Actually no, I like the recipe page on the back. I just do not need so
many of them, three in one month is silly. Do what you think is best.

Marlys""", "", {"name": "Marlys"},
      "Self-contradicting: asks off, then takes it back and complains about frequency: unclear", unclear=True),
    m("u-phone-notifications", "cc", "unclear", "busy-parent", "en", "iphone", ("Kelsey Moen", "kelseymoen@icloud.com"),
      "notifications",
      "Can you please turn off the notifications to my phone? They go off at all hours.\nKelsey", "",
      {"name": "Kelsey"},
      "Ambiguous channel and object: phone notifications could be outage alerts (service) or offers",
      unclear=True),
    m("u-same-as-before", "ph", "unclear", "elderly", "en", "thunderbird", ("Arnold Wessels", "awessels@tds.net"),
      "other address",
      "Please do the same for my other address on Lake Street as you did for this one.\n\nArnold Wessels",
      "", {"name": "Arnold Wessels"},
      "Reference to an earlier request without saying what it was: unclear", unclear=True),
    m("u-stop-outage", "cc", "unclear", "farmer", "en", "galaxy", ("", "hogfarmer.ron@gmail.com"), "",
      "STOP", "", {}, "'STOP' under an outage alert is not a marketing opt-out: unclear", unclear=True,
      quote="outage", sig=False),
    m("u-remove-bill", "cc", "unclear", "typos", "en", "yahoo", ("Tammy Rasmussen", "tammyras@yahoo.com"), "",
      "remove", "", {}, "'remove' under a bill notice: unclear", unclear=True, quote="bill"),
    m("u-emoji-promo", "cc", "unclear", "teen", "en", "iphone", ("", "lil.deja.b@icloud.com"), "", "🙄", "", {},
      "An eye-roll emoji under a promotion says nothing decidable: unclear", unclear=True, quote="promo"),
    m("u-landlord", "ph", "unclear", "farmer", "en", "outlook", ("Gary Lensing", "glensing.rentals@outlook.com"),
      "Tenants",
      """I own the fourplex at 1120 Oak St in Oelwein 50662. The tenants keep getting your catalogs and they
end up all over the entry. Stop sending them there.

G. Lensing, Lensing Rentals""", "", {"postal_code": "50662"},
      "Landlord about tenants who hold their own accounts: no standing; no tenant named, so only the ZIP",
      unclear=True),
    m("u-dad-orders", "ph", "unclear", "busy-parent", "en", "gmail", ("Amy Vogt", "amyvogt.k@gmail.com"), "My dad",
      """Hi, my dad keeps ordering stuff from your catalog that he does not need, he has three dehumidifiers
now. Can you stop sending it to him? And can you tell me what he has ordered this year so I can sort out
returns?

His name is Leonard Vogt, 210 3rd St NW, Independence 50644.

Amy""", "q", {"name": "Leonard Vogt", "postal_code": "50644"},
      "Daughter for her father with no stated authority: unclear; she also asks for his order history "
      "(question); entities are the father's", unclear=True),
    m("u-grandma-not-dictated", "ph", "unclear", "teen", "en", "galaxy", ("Jake Kinney", "jakekinney.03@gmail.com"),
      "my grandma",
      "hi my grandma doesnt want the catalog anymore can u take her off? her name is Dolores Kinney, 52601. "
      "thx", "", {"name": "Dolores Kinney", "postal_code": "52601"},
      "Grandson reports what his grandmother wants (not her dictated words): on behalf of someone else, unclear; "
      "compare the dictated letter for Evelyn Schroeder", unclear=True),
    m("u-so-cancel-everything", "cc", "unclear", "esl-somali", "en", "gmail", ("Abdi Hassan", "abdihassan.ia@gmail.com"),
      "cancel",
      "I want cancel everything. The account close please and no more paper come. Abdi Hassan 50316", "q",
      {"name": "Abdi Hassan", "postal_code": "50316"},
      "Closing service is a question; 'no more paper' could be paperless billing or the promotions: unclear",
      unclear=True),
    m("u-es-nada", "cc", "unclear", "spanish-mx", "es", "galaxy", ("", "chuy.mtz.1979@gmail.com"), "",
      "Ya no quiero nada de ustedes", "", {},
      "'I don't want anything from you anymore' with no quoted mail: could be service, mail, or marketing; "
      "unclear", unclear=True),

    # ---------------------------------------------------------------- nothing to answer (human)
    m("n-elderly-thanks-ack", "cc", "nonrequest", "elderly", "en", "aol", ("Ruth Ellingson", "ruthellingson@aol.com"),
      "", "Thank you so much dear, you have been very kind. God bless.\n\nRuth", "", {},
      "Thank-you under our acknowledgement: nothing to answer, ack_to null", ack=None, quote="ack"),
    m("n-teen-ty", "ph", "nonrequest", "teen", "en", "iphone", ("", "maddie.oconnor@icloud.com"), "", "ty!! 🙏", "",
      {}, "Two-character thanks under our catalog acknowledgement: nothing to answer", ack=None, quote="ackcat"),
    m("n-es-gracias", "cc", "nonrequest", "spanish-gt", "es", "galaxy", ("María Tum", "mariatum90@gmail.com"), "",
      "Muchas gracias por su pronta respuesta, que tengan un bonito día.", "", {},
      "Spanish thanks under our acknowledgement", ack=None, quote="ack"),
    m("n-farm-linecrew", "cc", "nonrequest", "farmer", "en", "isp", ("Elmer Tjaden", "etjaden@netins.net"),
      "Thanks to the line crew",
      """Just wanted to say thanks to the line crew that was out on our road in the ice storm Tuesday night.
Those boys were up the pole at 2 in the morning in that wind. We had the lights back before chores. You
tell them Elmer and Joyce Tjaden said thank you.

Elmer""", "", {}, "Standalone thank-you to the line crew; asks nothing; ack_to null", ack=None),
    m("n-vi-received", "cc", "nonrequest", "esl-vietnamese", "en", "gmail", ("Thu Dang", "dangthithu.wi@gmail.com"),
      "", "Thank you, I receive your email. Have a nice day.", "", {},
      "Vietnamese speaker confirms our acknowledgement arrived", ack=None, quote="ack"),
    m("n-parent-got-it", "ph", "nonrequest", "busy-parent", "en", "iphone", ("Nicole Freese", "nfreese@icloud.com"),
      "", "Got it, thanks!", "", {}, "Reply to our acknowledgement that asks for nothing", ack=None,
      quote="ackcat"),
    m("n-so-payment-thanks", "cc", "nonrequest", "esl-somali", "en", "galaxy", ("Muna Abdi", "munaabdi.dsm@gmail.com"),
      "thank you",
      "Thank you for help me last week with the payment plan, the lady was very patient with me. Allah bless "
      "you all.", "", {}, "Somali speaker thanks staff for an earlier call; nothing asked", ack=None),
    m("n-elderly-birdfeeder", "ph", "nonrequest", "elderly", "en", "isp", ("Lucille Brandau", "lbrandau@mhtc.net"),
      "A happy customer",
      """To whoever reads these,

I just wanted to tell you that the squirrel-proof bird feeder I ordered from your catalog in October is
the best thing I have bought in years. The cardinals come every morning and the squirrels sit on the
fence and sulk. My neighbor Phyllis is going to order one too.

Keep up the good work.
Lucille""", "", {}, "Compliment about a catalog purchase; no request or question", ack=None, unwrap=False),
    m("n-zh-received", "cc", "nonrequest", "esl-chinese", "en", "outlook", ("Jun Liu", "liujun.ic@outlook.com"), "",
      "Received. Thank you.", "", {}, "Terse confirmation under our acknowledgement", ack=None, quote="ack"),
    m("n-wrong-recipient", "cc", "nonrequest", "busy-parent", "en", "gmail", ("Becky Schaapveld", "beckyschaap@gmail.com"),
      "thanksgiving pics!!",
      """Hi sis!! Here's the link to the pics from Thursday, the one of Grandpa asleep in the recliner with
the dog is my favorite lol. Tell Mark thanks for bringing the extra chairs.

https://photos.app.goo.gl/xR7dK2mQp8

love you, B""", "", {},
      "Mis-addressed family mail (autocomplete picked our address); a person wrote it, nothing to answer",
      ack=None),

    # ---------------------------------------------------------------- automated: chain letters, scams, out-of-office
    m("a-chain-letter", "cc", "nonrequest", "elderly", "en", "aol", ("Delores Ketelsen", "dketelsen@aol.com"),
      "FW: FW: Fwd: PLEASE READ!!! Do not ignore",
      """

-----Forwarded Message-----
From: Jean Harms
Subject: FW: Fwd: PLEASE READ!!! Do not ignore

THIS IS NOT A JOKE!!! Microsoft and AOL are testing a new email tracking program and Bill Gates will pay
$245 to everyone who forwards this message to 10 friends. My neighbor's nephew is a lawyer and he got a
check for $4,000. Forward to EVERYONE in your address book!!!

Also a reminder that starting Monday Facebook will charge $5.99 a month unless you post the message
below...""", "", {},
      "Chain letter forwarded to a whole address book (our address among many Bcc'd); bulk hoax with no new "
      "text: automated per the 'not a request' rule", auto=True, to="undisclosed-recipients:;", sig=False,
      unwrap=False),
    m("a-chain-es", "cc", "nonrequest", "spanish-mx", "es", "galaxy", ("Lupe", "lupe.cadena.61@gmail.com"),
      "RV: RV: Oración milagrosa, reenvía a 12 personas",
      """Reenvía esta oración a 12 personas en los próximos 12 minutos y recibirás una gran noticia mañana.
No rompas la cadena!! A una señora de Guadalajara que la borró se le descompuso el carro al día siguiente.

🙏🙏🙏 Dios te bendiga 🙏🙏🙏""", "", {},
      "Spanish prayer chain sent to every contact: bulk, automated", auto=True,
      to="undisclosed-recipients:;", sig=False),
    m("a-scam-giftcard", "cc", "nonrequest", "scam", "en", "bulk", ("Alliant Energy Billing", "billing@alIiant-energy-pay.com"),
      "FINAL NOTICE: Disconnection scheduled within 45 minutes",
      """Dear Customer,

Our records show your account is PAST DUE. A technician has been dispatched to disconnect your service
within 45 minutes. To avoid disconnection, purchase a prepaid card for the amount due and call our
Payment Department at 1-888-555-0199 with the card number.

Alliant Energy Disconnection Department""", "", {},
      "Phishing spoofing us (look-alike domain, gift-card demand) that landed in customercare: automated",
      auto=True, auth="spf=softfail smtp.mailfrom=alIiant-energy-pay.com; dkim=none; dmarc=fail "
                      "header.from=alIiant-energy-pay.com", to="customercare@alliant-energy.com"),
    m("a-scam-beloved", "ph", "nonrequest", "scam", "en", "bulk", ("Mrs. Grace Mbeki", "grace.mbeki@consultant.com"),
      "CHARITY DONATION TO YOU",
      """Dearest Beloved,

I am Mrs. Grace Mbeki, a widow suffering from long time illness. I have decided to donate the sum of
$4,500,000.00 to you for the good work of God. Kindly reply with your full name, address and phone number
so that the bank will release the fund to you.

Remain blessed.""", "", {},
      "Advance-fee scam: automated, no labels, no entities (the scammer's name is not a customer)", auto=True,
      auth="spf=neutral smtp.mailfrom=consultant.com; dkim=none; dmarc=none", to="powerhousecatalog@alliant-energy.com"),
    m("a-ooo-header", "cc", "nonrequest", "out-of-office", "en", "outlook", ("Craig Dunlap", "cdunlap@dunlapcpa.com"),
      "Automatic reply: Save $75 on a smart thermostat this month",
      """Thank you for your message. I am out of the office through tax season follow-up meetings until
Monday, April 20, with limited access to email. For urgent matters please contact Pam at 563-555-0150.

Craig Dunlap, CPA""", "", {},
      "Out-of-office answering our promotion, with Auto-Submitted: automated", auto=True,
      headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
      env_from=""),
    m("a-ooo-headerless", "ph", "nonrequest", "out-of-office", "en", "isp", ("Jan Sievers", "jsievers@iowatelecom.net"),
      "Re: New for spring: LED patio lights and rain barrels",
      """I am away visiting my daughter in Arizona until March 30 and will not be checking email regularly.
I will reply when I get home. Jan""", "", {},
      "Headerless vacation auto-reply under our catalog e-mail: automated by LABELS.md", auto=True),
    m("a-ooo-es", "cc", "nonrequest", "out-of-office", "es", "outlook", ("Rosa Elena Pacheco", "repacheco@hotmail.com"),
      "Respuesta automática: Your Alliant Energy bill is ready",
      """Estoy de vacaciones en Puebla hasta el 15 de julio. Responderé su correo a mi regreso.
I am on vacation until July 15.""", "", {},
      "Bilingual vacation auto-reply under our bill notice, Auto-Submitted: automated", auto=True,
      headers=["Auto-Submitted: auto-replied"], env_from=""),
]

# Messages whose text names a season, weekday or date are sent then (month, day, hour, Central time).
DATES = {
    "q-elderly-howlong": (3, 17, 10),     # phoned "two weeks ago, on the 3rd"
    "q-bs-father": (6, 2, 18),            # father died in March
    "u-deceased-mother": (8, 19, 21),     # mother died in June
    "n-farm-linecrew": (1, 16, 7),        # ice storm "Tuesday night" (13 January)
    "n-elderly-birdfeeder": (12, 2, 14),  # feeder ordered in October
    "n-wrong-recipient": (11, 29, 20),    # Thanksgiving pictures (26 November)
    "a-ooo-header": (4, 14, 8),           # "until Monday, April 20"
    "a-ooo-headerless": (3, 20, 11),      # "until March 30"
    "a-ooo-es": (7, 3, 9),                # "hasta el 15 de julio"
}
for _s in SPECS:
    if _s["key"] in DATES:
        _s["date"] = DATES[_s["key"]]
