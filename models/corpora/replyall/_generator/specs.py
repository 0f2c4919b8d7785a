"""Every message of the replyall set: who wrote it, with which program, answering which of our sends, and its labels."""
from lib import T

SPECS = []
_n = [0]
MOO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CCM, PHM = "customercare", "powerhousecatalog"


def H(cat, mailbox, client, frm, date, ours=None, text="", labels=(), unclear=False, ent=None, note="", ack="from", **kw):
    _n[0] += 1
    s = dict(id=_n[0], kind="human", cat=cat, mailbox=mailbox, client=client, frm=frm, date=date, text=text,
             m=dict(automated=False, labels=list(labels), unclear=unclear, entities=ent or {}, note=note, ack_to=ack))
    if ours:
        s["ours"] = ours
    s.update(kw)
    SPECS.append(s)


def A(cat, kind, mailbox, frm, date, ours=None, note="", **kw):
    _n[0] += 1
    s = dict(id=_n[0], kind=kind, cat=cat, mailbox=mailbox, frm=frm, date=date,
             m=dict(automated=True, labels=[], unclear=False, entities={}, note=note, ack_to=None))
    if ours:
        s["ours"] = ours
    s.update(kw)
    SPECS.append(s)


def SW(cat, kind, mailbox, frm, date, labels, note, ack="from", ent=None, **kw):
    _n[0] += 1
    s = dict(id=_n[0], kind=kind, cat=cat, mailbox=mailbox, frm=frm, date=date,
             m=dict(automated=False, labels=list(labels), unclear=False, entities=ent or {}, note=note, ack_to=ack))
    s.update(kw)
    SPECS.append(s)


SP, HP, HPES, NL = ("spring",), ("hp",), ("hp_es",), ("nl",)
PLAN, STORM, REM, SURV = ("planned",), ("storm",), ("remind",), ("survey",)

# =====================================================================================================
# Replies to the PowerHouse "Spring Home" catalog e-mail (2 March, powerhousecatalog@)
# =====================================================================================================
H("reply to catalog: opt-out", PHM, "gmail", ("Karen Liebe", "karen.liebe58@gmail.com"), T(2, 9, 41, 18), SP,
  "unsubscribe", [MOO], note="one word 'unsubscribe' top-posted over the Spring Home promo: marketing opt-out")
H("reply to catalog: opt-out", PHM, "iphone", ("Tom Reinholt", "treinholt@icloud.com"), T(2, 10, 5, 2), SP,
  "STOP", [MOO], note="'STOP' from iPhone under the catalog promotion: marketing opt-out (short reply takes meaning from a promo)")
H("reply to catalog: sharing opt-out", PHM, "outlook_desktop_home", ("Dale Pruitt", "dale.pruitt@outlook.com"), T(2, 11, 22, 40), SP,
  "Hello,\n\nI enjoy the catalog and want to keep getting it, but please do not share my name and address with other catalog companies. "
  "We have been getting a lot of junk catalogs since last fall.\n\nThank you,\nDale Pruitt\n2219 Oakmont Ct\nMarion, IA 52302",
  [CSO], ent={"name": "Dale Pruitt", "postal_code": "52302"},
  note="keeps the catalog, refuses sharing: catalog_share_opt_out only; Outlook header block below holds our own 'unsubscribe' footer")
H("reply to catalog: both opt-outs", PHM, "yahoo", ("Bev Kowalczyk", "bevkowal@yahoo.com"), T(2, 13, 10, 5), SP,
  "Take me off the list. Email AND the paper catalog. And dont sell my name to anybody either, I get enough junk mail as it is\n\nBev",
  [MOO, CSO], ent={"name": "Bev"},
  note="stop e-mail and paper catalog plus 'dont sell my name': both opt-outs; Yahoo quote without '>' follows")
H("reply to catalog: opt-out", PHM, "thunderbird", ("Gerald Hoch", "ghoch@mchsi.com"), T(2, 16, 48, 30), SP,
  "Please stop sending the catalog, both the paper one and these e-mails. We are downsizing and don't need anything.\n\nGerald Hoch\n52404",
  [MOO], ent={"name": "Gerald Hoch", "postal_code": "52404"}, style="bottom",
  note="bottom-posted under the '>' quote of the promo: marketing opt-out; the new text is at the end")
H("reply to catalog: sharing opt-out", PHM, "gmail_plain", ("Linda Marchetti", "lmarchetti.home@gmail.com"), T(3, 7, 55, 12), SP,
  "", [CSO], ent={"name": "Linda", "account": "0447190-2"}, style="inline",
  inline=[("q", "Brighten every room with new LED floor lamps, smart plugs, window insulation kits and our best-selling solar garden lights."),
          ("n", "I ordered the garden lights last spring, they're holding up great."),
          ("q", "About your information: PowerHouse Catalog occasionally shares its customer list (names and postal addresses, never e-mail addresses) with other catalog companies. If you would rather we not share your name, write to powerhousecatalog@alliant-energy.com."),
          ("n", "Yes please don't share it. The customer number on my mailing label is 0447190-2.\n\nLinda")],
  note="inline reply; 'Yes please don't share it' answers the quoted sharing paragraph, so catalog_share_opt_out; customer number is the account")
H("reply to catalog: unclear", PHM, "gmail_android", ("Bob Whitcomb", "rwhitcomb1950@gmail.com"), T(3, 12, 30, 44), SP,
  "\U0001F44D", [], unclear=True, note="only a thumbs-up under the catalog promo: nothing decidable, unclear")
H("reply to catalog: unclear", PHM, "yahoo_android", ("Sharon Teague", "steague_77@yahoo.com"), T(3, 20, 14, 9), SP,
  "Yes", [], unclear=True,
  note="'Yes' under the catalog e-mail, which asks no yes/no question: unclear (contrast 'yes' under the heat-pump promo)")
H("reply to catalog: opt-out", PHM, "gmail_android", ("Marcus Hill", "mhill.cr@gmail.com"), T(4, 8, 2, 51), SP,
  "Remove me", [MOO], note="'Remove me' under a promotion: marketing opt-out")
H("reply to catalog: question", PHM, "gmail", ("Joan Vitek", "joanvitek@gmail.com"), T(4, 14, 33, 20), SP,
  "Hi, is the 6-outlet smart power strip that was on page 14 last fall back in stock? It said sold out when I tried to order. "
  "If it is can I order it by phone?\n\nThanks,\nJoan Vitek", [Q], ent={"name": "Joan Vitek"},
  note="product/order question in reply to the catalog: question; the quoted footer's opt-out words are ours")
H("reply to catalog: question", PHM, "outlookcom", ("Ruth Engstrom", "ruth.engstrom@hotmail.com"), T(5, 9, 10, 3), SP,
  "We moved in February. Please send the catalog to our new address:\n\n880 Prairie View Rd\nMount Vernon, IA 52314\n\n"
  "Old address was 1402 5th Ave SE, Cedar Rapids 52403. Customer no. 3318-2204\n\nRuth and Harold Engstrom",
  [Q], ent={"name": "Ruth and Harold Engstrom", "postal_code": "52314", "account": "3318-2204"},
  note="change of address for the catalog: question (wants to keep getting it); postal_code is the new address")
H("reply to catalog: sharing opt-out (es)", PHM, "outlookcom_es", ("María Elena Robles", "mariaelena.robles@hotmail.com"), T(5, 19, 40, 27), SP,
  "Buenas tardes,\n\nMe gusta recibir el catálogo, pero no quiero que compartan mi nombre ni mi dirección con otras compañías.\n\nGracias,\nMaría Elena Robles",
  [CSO], ent={"name": "María Elena Robles"}, lang="es",
  note="Spanish Outlook reply (De:/Enviado:/Para:/Asunto:): keeps the catalog, no sharing: catalog_share_opt_out only")
H("reply to catalog: question", PHM, "iphone_gmail", ("Nate Oberbroeckling", "nate.oberbroeckling@gmail.com"), T(6, 21, 2, 36), SP,
  "How do I stop getting the paper one? I like the emails", [Q],
  note="asks how to stop the paper catalog and says he likes the e-mails: a how-to question, not yet an opt-out")
H("reply to catalog: opt-out", PHM, "aol", ("Don Rausch", "donrausch44@aol.com"), T(7, 15, 20, 8), SP,
  "Stop the emails please but keep sending the paper catalog, my wife orders from it.\n\nThanks\nDon Rausch",
  [MOO], ent={"name": "Don Rausch"}, note="e-mail channel only, keeps paper: marketing_opt_out (record notes e-mail channel); AOL -----Original Message----- quote")
H("reply to catalog: unclear", PHM, "gmail", ("Cheryl Baumann", "cbaumann.62@gmail.com"), T(8, 8, 45, 33), SP,
  "see below", [], unclear=True,
  note="'see below' but below is only our own promo: nothing the sender wrote says what she wants, unclear")
H("reply to catalog: opt-out (es)", PHM, "yahoo_es", ("Guadalupe Ríos", "lupitarios82@yahoo.com"), T(8, 18, 5, 0), SP,
  "Quítenme de su lista por favor, ya no quiero recibir estos correos.\n\nLupita", [MOO], ent={"name": "Lupita"}, lang="es",
  note="Spanish Yahoo reply (El ... escribió:), asks to be removed from the list and no more e-mails: marketing opt-out")
H("forward of catalog: both opt-outs", PHM, "outlook_desktop", ("Jenna Kraus", "jkraus@hawkeyefreightco.com"), T(9, 8, 12, 15), SP,
  "Hi,\n\nThis came to my work e-mail. Please remove this address from your e-mails, and don't share my information with anyone. "
  "Please reply to my personal address (jenna.kraus@gmail.com), not this one.\n\nThanks,\nJenna Kraus\nAccounts Payable | Hawkeye Freight Co.",
  [MOO, CSO], ent={"name": "Jenna Kraus"}, mode="fwd", reply_to="Jenna Kraus <jenna.kraus@gmail.com>", ack="reply_to",
  note="work address forwards the catalog with a line on top; asks to be answered at personal Reply-To; both opt-outs")
H("reply to catalog: question", PHM, "gmail", ("Theresa Duncan", "tduncan.waverly@gmail.com"), T(10, 11, 0, 45), SP,
  "Hello,\n\nI ordered the window insulation kit and two of the LED floor lamps from Spring Home on March 3 (order 55120987) and my card was "
  "charged twice, $86.47 both times. Can someone please refund the duplicate charge? I've tried calling and the hold time was over 30 minutes.\n\n"
  "Theresa Duncan\n319-555-0162", [Q], ent={"name": "Theresa Duncan"},
  note="billing complaint about a catalog order: question; order number is not an account")

# software that unsubscribes for a person, from the catalog e-mail
SW("List-Unsubscribe mailto from a mail client", "gmail_unsub", PHM, ("Ashley Brenner", "ashbrenner.ia@gmail.com"), T(2, 9, 52, 4),
   [MOO], "Gmail's Unsubscribe button used the List-Unsubscribe mailto of the Spring Home e-mail: a person's opt-out, no Auto-Submitted, ack the sender",
   subject="unsubscribe PH-2703-SH", to_hdr="powerhousecatalog@alliant-energy.com")
SW("List-Unsubscribe mailto from a mail client", "outlook_unsub", PHM, ("Craig Lamphier", "craig.lamphier@outlook.com"), T(2, 14, 3, 55),
   [MOO], "Outlook.com unsubscribe via mailto, empty body, subject 'unsubscribe PH-2703-SH': marketing opt-out",
   subject="unsubscribe PH-2703-SH", to_hdr="powerhousecatalog@alliant-energy.com")
SW("List-Unsubscribe mailto from a mail client", "ios_unsub", PHM, ("Megan Thiel", "megthiel@icloud.com"), T(4, 22, 10, 31),
   [MOO], "iOS Mail 'Unsubscribe' banner sent the mailto with an empty body: marketing opt-out",
   subject="unsubscribe PH-2703-SH", to_hdr="powerhousecatalog@alliant-energy.com")
SW("inbox-cleaning service unsubscribe (Auto-Submitted)", "unsub_service", PHM, ("Leah Brandt (via Clearly Inbox)", "u-7f3a9c2e@unsub.clearlyinbox.com"),
   T(5, 3, 0, 14), [MOO],
   "inbox-cleaning service used the catalog's mailto for its user: marketing opt-out, but it carries Auto-Submitted so no acknowledgement",
   ack=None, subject="unsubscribe PH-2703-SH", to_hdr="powerhousecatalog@alliant-energy.com",
   user="leah.brandt@gmail.com", list="powerhousecatalog@alliant-energy.com")

# =====================================================================================================
# Replies to the heat-pump rebate promotion (9 March, customercare@, English and Spanish)
# =====================================================================================================
H("reply to promo: opt-out", CCM, "gmail_android", ("Kevin Oberle", "kevoberle@gmail.com"), T(9, 10, 12, 40), HP,
  "STOP", [MOO], note="'STOP' under the heat-pump promotion, which itself says 'reply STOP': marketing opt-out")
H("reply to promo: question (yes)", CCM, "gmail", ("Darlene Fitch", "darlenefitch@gmail.com"), T(9, 10, 40, 11), HP,
  "yes", [Q], note="'yes' answers the promo's 'reply YES to have a contractor call you': wants contact, a question for staff; no phone given")
H("reply to promo: question (yes)", CCM, "iphone", ("Jim Paulsen", "jpaulsen@icloud.com"), T(9, 11, 5, 27), HP,
  "Yes please call me 319-555-0143 mornings are best\nJim", [Q], ent={"name": "Jim"},
  note="'Yes please call me' under the heat-pump promo: opting in to a contractor call, question; first name alone counts")
H("reply to promo: opt-out (es)", CCM, "samsung_es", ("Rogelio Castañeda", "rogeliocast71@gmail.com"), T(9, 12, 30, 2), HPES,
  "baja", [MOO], lang="es",
  note="'baja' under the Spanish promo, which says 'responda BAJA': marketing opt-out; Samsung base64 body, Mensaje original block")
H("reply to promo: opt-out (es)", CCM, "gmail_es", ("Araceli Domínguez", "aracelidominguez@gmail.com"), T(9, 13, 15, 50), HPES,
  "BAJA por favor. Gracias", [MOO], lang="es", note="'BAJA por favor' under the Spanish promo: marketing opt-out; Gmail 'El ... escribió:' quote")
H("reply to promo: question (es)", CCM, "outlookcom_es", ("Yesenia Ortiz", "yesenia.ortiz93@outlook.com"), T(9, 15, 44, 7), HPES,
  "Hola,\n\n¿El reembolso aplica si rento la casa? Soy inquilina desde hace 3 años y la calefacción es muy vieja. ¿Tendría que pagar el dueño la instalación?\n\nSaludos,\nYesenia Ortiz",
  [Q], ent={"name": "Yesenia Ortiz"}, lang="es", note="Spanish question about rebate eligibility for renters: question")
H("reply to promo: opt-out + question", CCM, "yahoo", ("Carol Wendt", "carolwendt@yahoo.com"), T(9, 17, 20, 22), HP,
  "Unsubscribe. And why am I getting this at all? I opted out back in October and got a confirmation. Account 2201 448 915.\n\nCarol",
  [MOO, Q], ent={"name": "Carol", "account": "2201 448 915"},
  note="unsubscribe plus complaint that an earlier opt-out was ignored: both labels; account written with spaces")
H("reply to promo: question", CCM, "outlook_desktop", ("Mitchell Frey", "mfrey@freyagservices.com"), T(10, 8, 20, 3), HP,
  "Good morning,\n\nWe had a Bosch air-source heat pump installed in November 2026 by Hawkeye Heating & Cooling, who I believe is on your participating list. "
  "Does the rebate apply to installations before this promotion started? If so, what paperwork do you need from us? We still have the invoice and the AHRI certificate.\n\n"
  "Our account number is 7713-0042-558.\n\nThanks,\nMitchell and Dana Frey\n1109 Linden Dr\nWaverly, IA 50677\n319-555-0187",
  [Q], ent={"name": "Mitchell and Dana Frey", "postal_code": "50677", "account": "7713-0042-558"},
  note="long rebate-eligibility question from Outlook desktop on a business domain: question; household signature gives joint name and ZIP")
H("reply to promo: opt-out", CCM, "outlookcom", ("Sandra Pieper", "sandypieper@hotmail.com"), T(10, 9, 30, 49), HP,
  "Please remove me from your promotional e-mails. I only want my bill and outage notices.\n\nThank you,\nSandra Pieper",
  [MOO], ent={"name": "Sandra Pieper"}, note="stop promotional e-mail, keep service mail: marketing opt-out")
H("reply to promo: question (inline)", CCM, "thunderbird", ("Ken Schroeder", "kschroeder@mchsi.com"), T(10, 12, 1, 16), HP,
  "", [Q], ent={"name": "Ken"}, style="inline",
  inline=[("q", "Through May 31, 2027, Alliant Energy customers can get up to $1,200 back on a qualifying air-source heat pump installed by a participating contractor."),
          ("n", "Is that $1,200 per house or per unit? We would need two, one is for the addition."),
          ("q", "Want a participating contractor to call you? Just reply YES to this e-mail and include the best phone number to reach you."),
          ("n", "Not yet. Is there a list of participating contractors around Dubuque somewhere? I'd rather pick one myself.\n\nKen")],
  note="inline answers between quoted lines; 'Not yet' under the YES line is not a yes; two questions: question")
H("forward of promo: question", CCM, "gmail", ("Gloria Haverkamp", "ghaverkamp@gmail.com"), T(10, 16, 30, 0), HP,
  "Got this today. Is this really from you? My neighbor said there is a scam going around about rebates and I don't want to click on anything.\n\n-Gloria",
  [Q], ent={"name": "Gloria"}, mode="fwd", note="forwards our promo asking whether it is genuine: question; forwarded footer is ours")
H("reply to promo: both opt-outs", CCM, "aol", ("Walt Simmering", "waltsimmering@aol.com"), T(11, 19, 22, 34), HP,
  "Unsubscribe me from these and please don't sell my info to contractors or anybody else.\nWalt Simmering",
  [MOO, CSO], ent={"name": "Walt Simmering"},
  note="unsubscribe plus 'don't sell my info' (to customercare, not the catalog address): both opt-outs")
H("reply to promo: unclear", CCM, "gmail", ("Trent Albers", "trent.albers@gmail.com"), T(12, 10, 10, 22), HP,
  "No thanks", [], unclear=True,
  note="'No thanks' declines the offer but does not clearly ask to stop marketing: unclear for a human to decide")
H("reply to promo: question (yes, es)", CCM, "gmail_es_android", ("Rosa Villanueva", "rosavillanueva.dbq@gmail.com"), T(9, 21, 30, 5), HPES,
  "Sí, que me llame un contratista. Mi número es 563-555-0178. Gracias, Rosa", [Q], ent={"name": "Rosa"}, lang="es",
  note="'Sí' answering the Spanish promo's 'Responda SÍ': wants a contractor call, question")
H("reply to promo: opt-out + question", CCM, "gmail", ("Lori Brandt", "lbrandt.madison@gmail.com"), T(15, 13, 2, 19), HP,
  "Hi - please take me off the marketing e-mails in general, but I do want to know more about this particular rebate. "
  "Could someone call me about it? 608-555-0119, after 3 is best.\n\nLori Brandt",
  [MOO, Q], ent={"name": "Lori Brandt"}, note="stop marketing e-mail in general yet wants a call about this rebate: opt-out plus question, not contradictory")
SW("List-Unsubscribe mailto from a mail client", "gmail_unsub", CCM, ("Paul Kerkhoff", "paulkerkhoff@gmail.com"), T(9, 10, 35, 41),
   [MOO], "Gmail Unsubscribe button on the heat-pump promo: marketing opt-out",
   subject="unsubscribe AE-HP-2703", to_hdr="customercare@alliant-energy.com")

# =====================================================================================================
# Newsletter Power Lines (4 March, customercare@)
# =====================================================================================================
H("reply to newsletter: opt-out", CCM, "gmail", ("Dennis Ulrich", "dulrich1961@gmail.com"), T(4, 8, 10, 2), NL,
  "unsubscribe", [MOO], note="'unsubscribe' under the newsletter: marketing opt-out")
H("reply to newsletter: opt-out", CCM, "outlookcom", ("Pam Gerlach", "pam.gerlach@outlook.com"), T(4, 9, 55, 31), NL,
  "Please take me off the newsletter. Thanks.", [MOO], note="stop the newsletter: marketing opt-out")
H("reply to newsletter: no action", CCM, "applemail", ("Susan Kaczmarek-Hall", "skhall@icloud.com"), T(4, 12, 20, 47), NL,
  "Loved the piece on Ray! My dad worked on his crew for years. Thanks for running it.\n\nSusan",
  [], ent={"name": "Susan"}, ack=None, note="a compliment on the newsletter, asks nothing: no labels, not unclear, no answer due")
H("reply to newsletter: question", CCM, "gmail", ("Phil Arndt", "philarndt@gmail.com"), T(5, 17, 3, 8), NL,
  "The newsletter says Budget Billing sign-up ends March 31. Can you sign me up? Account 5520 8813 07.\n\nPhil Arndt",
  [Q], ent={"name": "Phil Arndt", "account": "5520 8813 07"}, note="asks to be enrolled in Budget Billing (opting in to a program): question")
H("reply to newsletter: unclear", CCM, "yahoo_android", ("Marv Peterka", "mpeterka@yahoo.com"), T(6, 11, 11, 40), NL,
  "Cancel", [], unclear=True,
  note="'Cancel' under the newsletter: cancel the newsletter or the service? unclear; Yahoo Android flattens the quote")
H("reply to newsletter: opt-out (es)", CCM, "gmail_es", ("Leticia Barrón", "leticia.barron@gmail.com"), T(7, 20, 45, 13), NL,
  "Por favor ya no me manden el boletín. Gracias.\n\nLeticia", [MOO], ent={"name": "Leticia"}, lang="es",
  note="Spanish: stop sending the newsletter: marketing opt-out")
H("reply to newsletter: opt-out (business)", CCM, "outlook_desktop", ("Front Desk", "frontdesk@bluffsidedental.com"), T(8, 10, 2, 25), NL,
  "Please remove our office from your newsletter and any other promotional mailings.\n\nFront Desk\nBluffside Dental\n3340 Kennedy Rd\nDubuque, IA 52002",
  [MOO], ent={"postal_code": "52002"}, note="business customer's front desk: marketing opt-out for the office; ZIP from the signature, no person named")

# =====================================================================================================
# Planned outage notice (11 March, alerts@, Reply-To customercare@)
# =====================================================================================================
H("reply to service notice: unclear", CCM, "iphone", ("Greg Lauer", "greglauer@icloud.com"), T(11, 14, 35, 9), PLAN,
  "STOP", [], unclear=True, note="'STOP' under the planned-outage service notice: not a marketing opt-out, unclear")
H("reply to service notice: question", CCM, "gmail", ("Marlene Vos", "marlenevos52@gmail.com"), T(11, 15, 10, 36), PLAN,
  "My husband is on home oxygen. Will the concentrator be without power the whole 4 hours? Is there any way to get a generator or "
  "should we plan to go somewhere? We are at 412 Maple Ridge Dr, Hiawatha 52233.\n\nThank you,\nMarlene Vos",
  [Q], ent={"name": "Marlene Vos", "postal_code": "52233"}, note="medical-equipment question about the planned outage: question")
H("reply to service notice: no action", CCM, "gmail_android", ("Jerry Schaefer", "jschaefer.hiawatha@gmail.com"), T(11, 16, 2, 0), PLAN,
  "Thanks for the heads up", [], ack=None, note="thank-you for a service notice: no request, no answer due")
H("reply to service notice: question", CCM, "outlookcom", ("Brian Toal", "briantoal@outlook.com"), T(12, 8, 30, 17), PLAN,
  "I work from home and have calls scheduled all Tuesday morning. Any chance this can be done in the afternoon instead?\n\n-Brian",
  [Q], ent={"name": "Brian"}, note="asks to reschedule the planned outage: question")
H("reply to service notice: unclear", CCM, "yahoo", ("Deb Hruska", "debhruska@yahoo.com"), T(12, 9, 0, 48), PLAN,
  "unsubscribe", [], unclear=True, note="'unsubscribe' under a service message (planned outage), not a promo: unclear")
H("reply to service notice: question (es)", CCM, "gmail_es", ("Maribel Sánchez", "maribelsanchez.hiawatha@gmail.com"), T(12, 13, 40, 3), PLAN,
  "¿A qué hora exactamente regresa la luz? Tengo medicinas en el refrigerador. Gracias", [Q], lang="es",
  note="Spanish question about the planned outage: question")

# =====================================================================================================
# Storm outage alert (21 March, alerts@, Reply-To customercare@)
# =====================================================================================================
H("reply to service notice: unclear", CCM, "gmail_android", ("Tyler Brandes", "tylerbrandes@gmail.com"), T(21, 18, 50, 15), STORM,
  "STOP", [], unclear=True, note="'STOP' under the storm outage alert: a service message, so unclear")
H("reply to service notice: unclear", CCM, "iphone_nosig", ("Kim Oakley", "kimoakley@icloud.com"), T(21, 19, 30, 42), STORM,
  "\U0001F44D", [], unclear=True, note="thumbs-up under the outage alert: nothing decidable, unclear")
H("reply to service notice: question (es)", CCM, "samsung_es", ("Héctor Mejía", "hectormejia.ott@gmail.com"), T(21, 20, 5, 55), STORM,
  "Seguimos sin luz en la calle Jackson 2209, Ottumwa. Ya son 2 horas y no hemos visto a nadie.", [Q], lang="es",
  note="Spanish report that power is still out: question (needs a human)")
H("reply to service notice: question", CCM, "iphone", ("Angela Rupp", "angierupp@icloud.com"), T(21, 23, 58, 20), STORM,
  "Still out at 1418 Birch St!! It's been 5 hours and your map says restored. It's NOT. When are you coming???", [Q],
  note="complaint, power still out after the alert: question")
H("reply to service notice: no action", CCM, "gmail", ("Howard Grimm", "hgrimm.ia@gmail.com"), T(22, 0, 40, 11), STORM,
  "Power's back on here. Thanks to the crews for being out in that weather.", [], ack=None,
  note="thanks after restoration: nothing to do, no answer due")
H("reply to service notice: question", CCM, "gmail", ("Amy Sorensen", "amysorensen.ia@gmail.com"), T(22, 7, 10, 4), STORM,
  "Please stop sending these to me. I sold that house in January and don't live there anymore. The new owners should be getting them, not me.\n\nThanks,\nAmy Sorensen",
  [Q], ent={"name": "Amy Sorensen"},
  note="stop outage alerts for a house she sold: account/contact change for a service message, question, not a marketing opt-out")
H("reply to service notice: unclear", CCM, "yahoo", ("Rich Gaffney", "richgaffney@yahoo.com"), T(22, 8, 15, 37), STORM,
  "quit spamming me with this crap", [], unclear=True,
  note="'quit spamming me' under an outage alert: aimed at a service message, unclear (not marketing)")

# =====================================================================================================
# Bill notice (billing@, Reply-To customercare@, by billing cycle) and payment reminder (18 March)
# =====================================================================================================
H("reply to service notice: question", CCM, "gmail", ("Tanya Greer", "tanyagreer@gmail.com"), T(6, 9, 14, 2), ("bill", T(6, 5, 1, 44)),
  "Why is my bill $412.60 this month?? It's usually around $180. Nothing changed here. Please call me.\n\nAcct # 5104 3378 21\nTanya Greer\n563-555-0124",
  [Q], ent={"name": "Tanya Greer", "account": "5104 3378 21"}, note="high-bill complaint in reply to the bill notice: question")
H("forward of service notice: question", CCM, "outlook_desktop", ("Ed Hanrahan", "ehanrahan@hanrahanlaw.com"), T(8, 13, 40, 0), ("bill", T(8, 5, 3, 12)),
  "Please stop mailing me paper bills, the e-mail is enough. Same account as below.\n\nThank you,\nEd Hanrahan",
  [Q], ent={"name": "Ed Hanrahan"}, mode="fwd",
  note="FW of the bill notice: wants paperless billing, a billing preference, not marketing: question")
H("reply to service notice: unclear", CCM, "iphone", ("Lynn Frazier", "lfrazier@icloud.com"), T(9, 7, 20, 51), ("bill", T(8, 5, 2, 40)),
  "STOP", [], unclear=True, note="'STOP' under the bill notice: a service message, unclear")
H("reply to service notice: question", CCM, "gmail_android", ("Cody Wirth", "codywirth22@gmail.com"), T(10, 18, 4, 29), ("bill", T(10, 5, 2, 7)),
  "Is there a way to get this as a text message instead of email? I never check this account", [Q],
  note="asks to receive the bill notice by text instead of e-mail: a service-channel question, not an opt-out")
H("reply to service notice: question", CCM, "thunderbird", ("Gary Lutz", "glutz@mchsi.com"), T(12, 11, 42, 10), ("bill", T(12, 5, 0, 58)),
  "We moved! New mailing address for the bills:\n\nPO Box 214\nSolon IA 52333\n\nService address stays the same (it's our rental). Thanks.\n\nGary Lutz",
  [Q], ent={"name": "Gary Lutz", "postal_code": "52333"}, note="change of billing address, bottom-posted style varies: question", style="bottom")
H("reply to service notice: question", CCM, "gmail", ("Helen Osei", "helenosei@gmail.com"), T(18, 7, 2, 33), REM,
  "I paid this on the 15th through my bank. Confirmation number 88213. Please check and stop the reminder.\n\n- Helen Osei",
  [Q], ent={"name": "Helen Osei"}, note="says she already paid: question; confirmation number is not an account")
H("reply to service notice: question", CCM, "outlookcom", ("Marisol Aguilar", "marisol.aguilar@outlook.com"), T(18, 12, 25, 3), REM,
  "Hi, can I get an extension until April 2? That's when I get paid. Account 6630 1187 402.\n\nThanks,\nMarisol",
  [Q], ent={"name": "Marisol", "account": "6630 1187 402"}, note="payment extension request: question")
H("reply to service notice: question", CCM, "iphone", ("Doug Ambrose", "dougambrose@icloud.com"), T(19, 6, 48, 12), REM,
  "Can you set me up on autopay so I stop forgetting? Account 2290 4471 06\nDoug", [Q], ent={"name": "Doug", "account": "2290 4471 06"},
  note="asks for autopay in reply to the payment reminder: question; 'stop forgetting' is no opt-out")
H("reply to service notice: question (es)", CCM, "gmail_es", ("Rafael Ochoa", "rafaochoa78@gmail.com"), T(19, 17, 30, 29), REM,
  "Ya pagué el lunes en la tienda. ¿Por qué me llega esto?", [Q], lang="es",
  note="Spanish: already paid, why the reminder: question")

# =====================================================================================================
# Customer-satisfaction survey (23 March, customercare@)
# =====================================================================================================
H("reply to survey: no action", CCM, "gmail", ("Janice Moeller", "janicemoeller@gmail.com"), T(23, 11, 40, 17), SURV,
  "The lady I talked to was great, fixed it in 5 minutes. 10/10", [], ack=None,
  note="survey feedback, praise only: no request, no answer due")
H("reply to survey: question", CCM, "outlookcom", ("Stan Wilkening", "stanwilkening@hotmail.com"), T(23, 14, 5, 44), SURV,
  "No more surveys please. I get one every single time I call.", [Q],
  note="stop surveys: a survey is not promotional under the policy, so not a marketing opt-out; a contact-preference request for staff: question")
H("reply to survey: unclear", CCM, "iphone", ("Becky Haas", "beckyhaas@icloud.com"), T(24, 8, 12, 6), SURV,
  "STOP", [], unclear=True, note="'STOP' under the survey (not a promotion): unclear")
H("reply to survey: question", CCM, "yahoo", ("Frank Dvorak", "fdvorak@yahoo.com"), T(24, 19, 51, 30), SURV,
  "Since you asked. I have called three times now about the meter reading. Every time I'm told someone will come out and nobody does. "
  "My February bill was estimated again even though the meter is right next to the driveway. The person on the phone was polite but "
  "nothing gets fixed. I would like an actual reading and a corrected bill.\n\nFrank Dvorak\nAccount 4408-1190-236",
  [Q], ent={"name": "Frank Dvorak", "account": "4408-1190-236"}, note="long complaint in answer to the survey: question")

# =====================================================================================================
# Replies to our bot's acknowledgements
# =====================================================================================================
H("reply to our acknowledgement: no action", PHM, "gmail", ("Karen Liebe", "karen.liebe58@gmail.com"), T(2, 10, 2, 30),
  ("ack", "PHC-2027-03-00081", PHM, T(2, 9, 41, 50), "Re: Spring Home"), "Thank you!", [], ack=None,
  note="'Thank you!' to our own acknowledgement: human, asks nothing, no answer due (no politeness ping-pong)")
H("reply to our acknowledgement: unclear", CCM, "gmail_android", ("Dennis Ulrich", "dulrich1961@gmail.com"), T(5, 7, 31, 2),
  ("ack", "CC-2027-03-00391", CCM, T(4, 8, 10, 40), "Re: Power Lines"), "STOP", [], unclear=True,
  note="'STOP' under our acknowledgement (a service message): unclear; human, so ack_to is kept")
H("reply to our acknowledgement: question", CCM, "gmail", ("Dennis Ulrich", "dulrich1961@gmail.com"), T(10, 18, 22, 50),
  ("ack", "CC-2027-03-00391", CCM, T(4, 8, 10, 40), "Re: Power Lines"),
  "I asked to be taken off last week and this says 10 business days. I still got the heat pump e-mail yesterday. Is my request in or not?",
  [Q], note="asks whether his earlier opt-out went through: question only (status of an old request, not a new opt-out)")
H("reply to our acknowledgement: sharing opt-out", PHM, "outlookcom", ("Craig Lamphier", "craig.lamphier@outlook.com"), T(3, 9, 0, 12),
  ("ack", "PHC-2027-03-00083", PHM, T(2, 14, 4, 30), "unsubscribe PH-2703-SH"),
  "One more thing, please don't share my name or address with other companies either.", [CSO],
  note="new, clearly stated sharing opt-out in reply to our acknowledgement: catalog_share_opt_out")
H("reply to our acknowledgement: unclear", CCM, "yahoo", ("Marv Peterka", "mpeterka@yahoo.com"), T(8, 9, 40, 18),
  ("ack", "CC-2027-03-00402", CCM, T(6, 11, 12, 5), "Re: Power Lines"),
  "Do the same for my wife's email too, she gets these also.", [], unclear=True,
  note="'do the same' for his wife: refers to an earlier unclear 'Cancel' and is on someone else's behalf: unclear")
H("reply to our acknowledgement: no action (es)", CCM, "gmail_es", ("Araceli Domínguez", "aracelidominguez@gmail.com"), T(9, 14, 2, 45),
  ("ack", "CC-2027-03-00431", CCM, T(9, 13, 16, 20), "Re: Reciba hasta $1,200"), "Muchas gracias.", [], ack=None, lang="es",
  note="Spanish thank-you to our acknowledgement: no answer due")
H("reply to our acknowledgement: question", CCM, "applemail", ("Nora Lindahl", "noralindahl@icloud.com"), T(16, 9, 15, 33),
  ("ack", "CC-2027-03-00455", CCM, T(11, 20, 1, 2), "unsubscribe"),
  "Hi, I only meant to stop the sales e-mails. Please keep me on the Power Lines newsletter, I like reading it.\n\nNora Lindahl",
  [Q], ent={"name": "Nora Lindahl"}, note="asks to stay on the newsletter after an opt-out: opting back in is a question")

# =====================================================================================================
# Fresh mail from people (not replies)
# =====================================================================================================
H("new mail: opt-out", CCM, "gmail", ("Janet Sorbo", "janetsorbo@gmail.com"), T(1, 19, 22, 3), None,
  "Hello,\n\nPlease remove me from all Alliant Energy promotional mail, both paper and e-mail.\n\nJanet Sorbo\n2260 Hickory Ln\nFitchburg, WI 53711",
  [MOO], ent={"name": "Janet Sorbo", "postal_code": "53711"}, subject="Remove me from promotional mail",
  to_hdr="customercare@alliant-energy.com", note="fresh request to stop paper and e-mail promotions: marketing opt-out")
H("new mail: sharing opt-out", PHM, "outlookcom", ("Harold Wiese", "hwiese@outlook.com"), T(3, 16, 40, 56), None,
  "Do not sell, rent or exchange my name and address.\n\nCustomer no. 6021-7735\nHarold Wiese\nSun Prairie 53590",
  [CSO], ent={"name": "Harold Wiese", "postal_code": "53590", "account": "6021-7735"}, subject="Name sharing",
  to_hdr="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>", note="fresh sharing opt-out with catalog customer number: catalog_share_opt_out")
H("new mail: question (data access)", CCM, "outlookcom", ("Olivia Brandt", "olivia.brandt@outlook.com"), T(8, 20, 5, 14), None,
  "Hello,\n\nUnder your privacy policy I would like a copy of all the personal information Alliant Energy holds about me, including any "
  "information shared with other companies. My account number is 3390 2281 05.\n\nRegards,\nOlivia Brandt",
  [Q], ent={"name": "Olivia Brandt", "account": "3390 2281 05"}, subject="Request for a copy of my data",
  to_hdr="customercare@alliant-energy.com", note="request for a copy of her data: clear question")
H("new mail: unclear (delete)", CCM, "outlookcom", ("Kurt Hahn", "kurthahn@hotmail.com"), T(15, 21, 10, 2), None,
  "Delete all my data. I am closing my account when I move to Arizona next month.\n\nKurt Hahn",
  [Q], unclear=True, ent={"name": "Kurt Hahn"}, subject="delete my data", to_hdr="customercare@alliant-energy.com",
  note="delete-everything request: unclear plus question (deleting account data is not something the bot may do)")
H("new mail: question (opt back in)", PHM, "gmail", ("Wendy Kluesner", "wendykluesner@gmail.com"), T(16, 10, 44, 18), None,
  "Hi there,\n\nCould you put me back on the catalog mailing list? I unsubscribed by mistake in January when I was cleaning out my inbox. "
  "I still want the paper catalog too.\n\nCustomer # PH 558 2093\nWendy Kluesner\n52001",
  [Q], ent={"name": "Wendy Kluesner", "postal_code": "52001", "account": "PH 558 2093"}, subject="Put me back on the list",
  to_hdr="powerhousecatalog@alliant-energy.com", note="opting back in; mentions an old removal, which is not a new opt-out: question")
H("new mail: both opt-outs (es)", CCM, "gmail_es", ("Francisco Javier Méndez", "fjmendez.ia@gmail.com"), T(17, 12, 5, 30), None,
  "Hola,\n\nQuiero que me quiten de su lista de correo y que no vendan ni compartan mis datos con nadie.\n\nFrancisco Javier Méndez\nCP 52501",
  [MOO, CSO], ent={"name": "Francisco Javier Méndez", "postal_code": "52501"}, subject="Lista de correo", lang="es",
  to_hdr="customercare@alliant-energy.com", note="Spanish: remove from mailing list and don't sell/share data: both opt-outs")
H("new mail: unclear", CCM, "yahoo", ("Tammy Ludwig", "tludwig88@yahoo.com"), T(19, 22, 14, 41), None,
  "Please stop.", [], unclear=True, subject="", to_hdr="customercare@alliant-energy.com",
  note="'Please stop.' with empty subject and nothing that says of what: unclear")
SW("new mail via web form: opt-out", "webform", CCM, ("Alliant Energy Website", "noreply@alliantenergy.com"), T(22, 13, 33, 0),
   [MOO], "Contact Us form relay from noreply@ with the customer in Reply-To: marketing opt-out, ack to Reply-To",
   ack="reply_to", reply_to="Dolores Wenzel <dwenzel@mchsi.com>", ent={"name": "Dolores Wenzel", "postal_code": "52544"}, subject="Contact Us: Marketing preferences",
   to_hdr="customercare@alliant-energy.com",
   form=[("Name", "Dolores Wenzel"), ("Email", "dwenzel@mchsi.com"), ("ZIP", "52544"), ("Account number", ""),
         ("Topic", "Marketing preferences"),
         ("Message", "Please stop the offers you send in the mail and by email. I only want my bill.")])
H("new mail: question (es)", CCM, "outlookcom_es", ("Silvia Navarro", "silvianavarro@hotmail.com"), T(25, 9, 20, 7), None,
  "Buenos días,\n\n¿Me pueden explicar qué información mía comparten con otras empresas y cómo puedo evitarlo?\n\nGracias,\nSilvia Navarro",
  [Q], ent={"name": "Silvia Navarro"}, subject="Pregunta sobre privacidad", lang="es", to_hdr="customercare@alliant-energy.com",
  note="Spanish: what is shared and how to prevent it: a question about how to opt out, question only")
H("new mail: opt-out + question", PHM, "aol", ("Vera Lindgren", "veralindgren@aol.com"), T(26, 15, 2, 19), None,
  "Stop sending me the catalog. Also how did you get my address in the first place? I never ordered anything from you.\n\n"
  "Vera Lindgren\n306 W Main St\nDecorah IA 52101",
  [MOO, Q], ent={"name": "Vera Lindgren", "postal_code": "52101"}, subject="catalog", to_hdr="powerhousecatalog@alliant-energy.com",
  note="stop the catalog plus how did you get my address: opt-out and question")
H("new mail: unclear (on behalf)", PHM, "outlook_desktop", ("Karla Brandvik", "kbrandvik@decorahpublib.org"), T(29, 10, 2, 44), None,
  "Hello,\n\nMy father, Walter Brandvik, has dementia and I have been helping with his mail. He gets several catalogs a month including yours. "
  "Please take him off your list.\n\nKarla Brandvik",
  [], unclear=True, ent={"name": "Walter Brandvik"}, subject="Catalog for my father", to_hdr="powerhousecatalog@alliant-energy.com",
  note="daughter asks for her father, no stated authority: on behalf of someone else, unclear; entity names the father")
H("new mail: question (es)", CCM, "gmail_es_android", ("Juana Pérez", "juanaperez.mtp@gmail.com"), T(31, 8, 50, 26), None,
  "Buenos días, ¿me pueden mandar la información en español? No entiendo bien los correos en inglés. Gracias.",
  [Q], subject="Información en español", lang="es", to_hdr="customercare@alliant-energy.com",
  note="Spanish: asks to receive communications in Spanish: question")
H("new mail: unclear", PHM, "iphone", ("Ryan Kolbe", "ryankolbe@icloud.com"), T(27, 16, 7, 13), None,
  "Opt me out", [], unclear=True, subject="Opt out", to_hdr="powerhousecatalog@alliant-energy.com",
  note="'Opt me out' with no object, even at the catalog address: unclear (mailbox is a hint)")
H("new mail: question", CCM, "yahoo", ("Norma Kessler", "normakessler@yahoo.com"), T(24, 10, 30, 55), None,
  "I got a call this morning from a man saying he was from Alliant and that my power would be shut off in an hour unless I paid with a gift card. "
  "Is that you? I'm paid up as far as I know.\n\nNorma Kessler",
  [Q], ent={"name": "Norma Kessler"}, subject="Phone call about shut off", to_hdr="customercare@alliant-energy.com",
  note="scam-call question: question")

# =====================================================================================================
# Machine mail answering our sends
# =====================================================================================================
A("automated: bounce", "dsn_postfix", PHM, ("", ""), T(2, 9, 15, 3), ("spring",), ours_to="jkrogh@netins.net",
  host="mx3.netins.net", ip="167.142.225.%d" % 31, diag="host mx3.netins.net[167.142.225.31] said: 550 5.1.1 <jkrogh@netins.net>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
  note="Postfix DSN for the Spring Home send: bounce, automated")
A("automated: bounce", "gmail_bounce", PHM, ("", ""), T(2, 9, 16, 40), ("spring",), ours_to="bobbi.lynnhaugen@gmail.com",
  note="Gmail 'Address not found' DSN for the catalog e-mail: automated")
A("automated: bounce", "exchange_ndr", CCM, ("", ""), T(4, 7, 31, 9), ("nl",), ours_to="office@stjohnsmonticello.org",
  note="Exchange Online 'Undeliverable:' NDR for the newsletter: automated")
A("automated: bounce", "qmail_failure", CCM, ("", ""), T(9, 10, 1, 30), ("hp",), ours_to="lgrossman1957@yahoo.com",
  note="Yahoo 'Failure Notice', no MIME headers, copy of our promo headers incl. List-Unsubscribe below: automated")
A("automated: bounce", "dsn_postfix", CCM, ("", ""), T(9, 14, 5, 12), ("hp_es",), ours_to="cmorales@iowatelecom.net",
  host="mail.iowatelecom.net", ip="64.113.6.%d" % 12, action="delayed",
  diag="host mail.iowatelecom.net[64.113.6.12] said: 452 4.2.2 <cmorales@iowatelecom.net>: Mailbox full (in reply to RCPT TO command)",
  code="smtp; 452 4.2.2 Mailbox full", note="Postfix delay warning (mailbox full) for the Spanish promo: automated")
A("automated: bounce", "own_bounce", CCM, ("", ""), T(11, 8, 3, 0),
  ("ack", "CC-2027-03-00452", CCM, T(11, 8, 2, 51), "Remove"), ours_to="gsteffen@gmial.com",
  note="our own outbound MTA bounced an acknowledgement to a misspelt domain: automated, never acknowledge")
A("automated: auto-reply", "exchange_ooo", CCM, ("Laura Meinders", "lmeinders@cedarvalleyclinic.org"), T(9, 10, 2, 5), HP,
  ours_to="lmeinders@cedarvalleyclinic.org",
  text="Thank you for your message. I am out of the office through Friday, March 12 with limited access to e-mail. "
       "For scheduling questions please call the front desk at 319-555-0100.\n\nLaura Meinders",
  note="Exchange 'Automatic reply:' to the promo with Auto-Submitted and X-Auto-Response-Suppress: automated")
A("automated: auto-reply", "exchange_ooo", CCM, ("Ernesto Salinas", "esalinas@muscatinegrowers.com"), T(9, 10, 4, 18), HPES,
  ours_to="esalinas@muscatinegrowers.com", lang="es",
  text="Gracias por su correo. Estoy fuera de la oficina hasta el 15 de marzo. Para asuntos urgentes comuníquese con la oficina al 563-555-0190.\n\nErnesto Salinas",
  note="Spanish Exchange 'Respuesta automática:' to the Spanish promo: automated")
A("automated: auto-reply", "plain_autoreply", PHM, ("Driftless Outfitters", "orders@driftlessoutfitters.com"), T(2, 9, 20, 33), SP,
  ours_to="orders@driftlessoutfitters.com", host="mail.driftlessoutfitters.com",
  text="Thanks for your e-mail! We are closed for inventory until March 8 and will answer messages when we return. "
       "For urgent orders please call the shop.\n\nDriftless Outfitters",
  note="vacation auto-reply to the catalog e-mail with no Auto-Submitted or Precedence header: still automated")
A("automated: auto-reply", "plain_autoreply", CCM, ("St. Paul's Church Office", "office@stpaulsmarion.org"), T(4, 7, 40, 51), NL,
  ours_to="office@stpaulsmarion.org", host="mail.stpaulsmarion.org",
  text="This mailbox is no longer monitored. Please send all church business to secretary@stpaulsmarion.org.\n\nThank you.",
  note="headerless 'this mailbox is no longer monitored' reply to the newsletter: automated")
A("automated: auto-reply", "gmail_vacation", CCM, ("Barb Heisel", "barbheisel@gmail.com"), T(11, 21, 0, 19),
  ("ack", "CC-2027-03-00458", CCM, T(11, 20, 59, 50), "unsubscribe AE-HP-2703"), subject="Out of town until 3/20",
  text="Hi! I'm out of town visiting family until March 20 and checking e-mail only now and then. I'll get back to you when I'm home.\n\nBarb",
  note="Gmail vacation responder (Auto-Submitted: auto-replied) answering our acknowledgement: automated, a loop if answered")
A("automated: auto-reply", "plain_autoreply", CCM, ("Riverbend Property Management", "service@riverbendpm.com"), T(12, 15, 44, 2),
  ("ack", "CC-2027-03-00467", CCM, T(12, 15, 43, 40), "Owner mailings"), host="helpdesk.riverbendpm.com",
  subject="[Riverbend PM #20931] Re: We received your request [CC-2027-03-00467]",
  text="Thank you for contacting Riverbend Property Management.\n\nYour request #20931 has been received and will be reviewed by a member of our team within one business day. "
       "Please do not reply to this message; reply to the original ticket instead.\n\nRiverbend Property Management",
  note="a company's ticket system acknowledges our acknowledgement, no Auto-Submitted header: automated (loop trap)")
A("automated: auto-reply", "plain_autoreply", CCM, ("Panadería La Esperanza", "ventas@panaderialaesperanza.com"), T(9, 10, 6, 10), HPES,
  ours_to="ventas@panaderialaesperanza.com", host="mail.panaderialaesperanza.com", subject="Respuesta automática", lang="es",
  text="Gracias por escribirnos. Estaremos fuera del 9 al 16 de marzo. Sus mensajes serán respondidos a nuestro regreso.\n\nPanadería La Esperanza",
  note="Spanish vacation reply without Auto-Submitted to the Spanish promo: automated")
A("automated: auto-reply", "plain_autoreply", CCM, ("Cornerstone Veterinary Support", "support@cornerstonevet.zendesk.com"), T(23, 11, 6, 30), SURV,
  ours_to="billing@cornerstonevet.com", host="out.zendesk.com", subject="Request received: How did we do? Tell us about your recent call [SVY-2703]",
  extra=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
  text="##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.\n\n"
       "To add additional comments, reply to this email.\n\nCornerstone Veterinary Clinic",
  note="Zendesk auto-acknowledgement (Auto-Submitted) answering our survey: automated")
A("automated: read receipt", "mdn_outlook", CCM, ("Olivia Brandt", "olivia.brandt@outlook.com"), T(16, 8, 2, 14),
  ("staff", "Olivia", T(15, 16, 30, 2), "RE: Request for a copy of my data [CC-2027-03-00414]", "<SA1PR11MB8821D4A0C2E7F6B3@SA1PR11MB8821.namprd11.prod.outlook.com>"),
  note="Outlook read receipt ('Read:') for a staff reply sent with a receipt request: automated, though it names a data request")
A("automated: read receipt", "mdn_thunderbird", CCM, ("Gary Lutz", "glutz@mchsi.com"), T(16, 19, 12, 0),
  ("staff", "Gary", T(15, 11, 5, 40), "RE: Your Alliant Energy bill is ready", "<SA1PR11MB8821E91B0A44C7D2@SA1PR11MB8821.namprd11.prod.outlook.com>"),
  note="Thunderbird return receipt (displayed) for a staff reply: automated")
A("automated: challenge-response", "boxtrapper", PHM, ("", "dwinkel@winkelfarmsupply.com"), T(2, 9, 30, 12), SP,
  ours_to="dwinkel@winkelfarmsupply.com", note="BoxTrapper verification challenge to the catalog e-mail: automated, never answer")
A("automated: challenge-response", "sendercheck", CCM, ("Roger Tillman", "rtillman@iowaconnect.net"), T(9, 10, 9, 47), HP,
  ours_to="rtillman@iowaconnect.net", note="SenderCheck 'please verify' challenge written in the first person: automated")
