"""The 120 messages.  Keys: key, cat (req|q|unclear|non), mb, client, lang (en|es|mixed), frm (name, address),
text (what the sender typed, signature included), quote (our mail in ours.py), mode (fwd), bottom, sig (the
program's own 'Sent from' line), labels, unclear, ents, note, ack ('from' | an address | None), automated and
program details (cs, cte, struct, attach, hdrs, reply_to, prov)."""

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CC, PH = "customercare", "powerhousecatalog"
SPECS = []


def M(key, cat, mb, client, lang, frm, text, note, labels=(), ents=None, **kw):
    d = dict(key=key, cat=cat, mb=mb, client=client, lang=lang, frm=frm, text=text, note=note,
             labels=list(labels), ents=ents or {})
    d.update(kw)
    SPECS.append(d)


CORP_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact
the sender by reply e-mail and destroy all copies of the original message. To opt out of marketing e-mail from
Kiewit, reply UNSUBSCRIBE."""

# =====================================================================================================
# Clear requests: marketing_opt_out
# =====================================================================================================
M("stop-iphone-promo", "req", CC, "iphone", "en", ("Tanya Greer", "tgreer77@icloud.com"), "STOP",
  "One word under our thermostat promotion: STOP under a promotion is a marketing opt-out; the quoted footer's "
  "own STOP/unsubscribe is ours", [MO], quote="promo_spring", sig="iphone")
M("gary-gmail-unsub", "req", CC, "gmail", "en", ("Gary Lutz", "garylutz.iowa@gmail.com"),
  "Please unsubscribe me from these promotional emails.\n\nThanks,\nGary",
  "Top-posted Gmail reply to a promotion asking to be unsubscribed; first name alone in the sign-off",
  [MO], {"name": "Gary"}, quote="promo_spring")
M("kiewit-outlook-corp", "req", PH, "outlook", "en", ("Whitfield, Douglas", "Douglas.Whitfield@kiewit.com"),
  "Hi,\n\nPlease take me off your marketing email list, I get enough of these at work.\n\nRegards,\n\n"
  "Douglas Whitfield | Senior Project Engineer\nKiewit Power Constructors Co.\n1550 Mike Fahey St, Omaha, NE 68102\n"
  "O: 402.943.1234 | M: 402.555.0187\n\n" + CORP_DISCLAIMER,
  "Outlook desktop reply from a work address; the disclaimer's 'reply UNSUBSCRIBE' is the employer's boilerplate, "
  "the typed line is the opt-out. ZIP in the signature is his employer's office but he wrote it",
  [MO], {"name": "Douglas Whitfield", "postal_code": "68102"}, quote="catalog_sale", prov="m365")
M("rhonda-email-keep-paper", "req", PH, "gmail", "en", ("Rhonda Pfaff", "rpfaff52302@gmail.com"),
  "Stop the e-mails please, but I still want the paper catalog in the mail. I like to page through it.\n\n"
  "Rhonda Pfaff\nMarion, IA 52302",
  "Channel limit: e-mail opt-out only, keeps the paper catalog -> marketing_opt_out per the channel rule",
  [MO], {"name": "Rhonda Pfaff", "postal_code": "52302"}, quote="catalog_new")
M("linda-share-whatever", "req", PH, "yahoo", "en", ("Linda Marsh", "lindamarsh1951@yahoo.com"),
  "I don't care who you share my name with, just stop sending the catalog. It goes straight in the recycling.\n\n"
  "Linda Marsh\n1190 Prairie Rd\nWaukon IA 52172",
  "'Share whatever, just stop the catalog' -> marketing_opt_out only; new Yahoo message, no quote",
  [MO], {"name": "Linda Marsh", "postal_code": "52172"}, subj="catalog")
M("baja-iphone-es", "req", CC, "iphone", "es", ("Juan Carlos Rdz", "jcrdz83@icloud.com"), "BAJA",
  "BAJA under our Spanish promotion (whose footer says reply BAJA): marketing opt-out", [MO],
  quote="promo_es", sig="iphone")
M("rosa-gmail-es", "req", CC, "gmail", "es", ("Rosa Elena Villarreal", "rosaelena.villarreal@gmail.com"),
  "Buenas tardes,\n\nPor favor ya no me manden correos de promociones.\n\nGracias,\nRosa Elena Villarreal",
  "Spanish Gmail reply ('El ... escribió:') asking for no more promotional e-mail", [MO],
  {"name": "Rosa Elena Villarreal"}, quote="promo_es")
M("walt-tb-bottom", "req", CC, "thunderbird", "en", ("Walt Brenner", "wbrenner@mchsi.com"),
  "Please remove me from Power Lines and any other promotional mailings.\n\n-- \nWalt Brenner\nDubuque",
  "Bottom-posted Thunderbird reply under the newsletter: the request is below the quote; the newsletter's "
  "'Unsubscribe here' is ours", [MO], {"name": "Walt Brenner"}, quote="newsletter", bottom=True,
  mta="mail.mchsi.com")
M("dorothy-aol-caps", "req", PH, "aol", "en", ("DOROTHY KLEINSCHMIDT", "dkleinschmidt@aol.com"),
  "PLEASE TAKE ME OFF YOUR MAILING LIST FOR THE CATALOG. I AM 84 AND DO NOT ORDER ANYMORE.\n\nTHANK YOU.\n"
  "MRS. DOROTHY KLEINSCHMIDT",
  "All-caps AOL message, no quote; 'MRS.' is a title and is not part of the name", [MO],
  {"name": "DOROTHY KLEINSCHMIDT"}, subj="CATALOG", struct="html")
M("samsung-unsub-sale", "req", PH, "samsung", "en", ("", "mike.t.2288@gmail.com"), "Unsubscribe",
  "Samsung Email reply (base64 parts) under a catalog sale e-mail: 'Unsubscribe' under a promotion", [MO],
  quote="catalog_sale", sig="samsung", prov="google")
M("outlook-ios-acct", "req", CC, "outlook-mobile", "en", ("Nate Kowalski", "nkowalski@outlook.com"),
  "Please stop sending me marketing emails. I only want my bills and outage alerts.\n\nAcct 4471 0926 33",
  "Outlook for iOS reply under a promotion; keeps service mail, stops marketing; account number with spaces",
  [MO], {"account": "4471 0926 33"}, quote="promo_spring", sig="outlook-ios", cs="utf-8")
M("harold-applemail-pdf", "req", PH, "applemail", "en", ("Harold Eckert", "haroldeckert@me.com"),
  "To whom it may concern:\n\nAttached is a copy of the letter I mailed you in March. I'm asking again by email: "
  "stop mailing me the PowerHouse catalog and any other promotional mail.\n\nThe name on the account is "
  "Harold J. Eckert, 815 W Main St, Marshalltown, IA 50158.\n\nHarold Eckert",
  "Apple Mail with the earlier letter as a PDF; he says what he asks for, so the earlier-letter reference is not "
  "vague. Name as written in the body", [MO], {"name": "Harold J. Eckert", "postal_code": "50158"},
  subj="Catalog - second request", attach=[("application/pdf", "letter to PowerHouse.pdf")])
M("webform-tomas", "req", CC, "webform", "en", ("Alliant Energy Web Forms", "noreply@forms.alliant-energy.com"),
  "Form: Contact Us\nSubmitted: via alliant-energy.com/contact\n\nName: Tomas Herrera\nEmail: therrera58@gmail.com\n"
  "ZIP code: 53713\nAccount number: 1209-334-5581\nTopic: Mailing preferences\n\nMessage:\nPlease stop sending me "
  "promotional flyers in the mail. Thank you.",
  "Web-form relay from a no-reply address: answered at Reply-To (the customer)", [MO],
  {"name": "Tomas Herrera", "postal_code": "53713", "account": "1209-334-5581"},
  ack="therrera58@gmail.com", reply_to="Tomas Herrera <therrera58@gmail.com>",
  subj="Contact Us form: Mailing preferences", prov="isp", mta="forms-relay1.alliant-energy.com", dkim=True,
  prog_hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
M("cleaner-service-autosub", "req", CC, "service", "en", ("", "kara.lindgren@gmail.com"),
  "This message was sent by Clean Email on behalf of kara.lindgren@gmail.com to unsubscribe from this "
  "mailing list.\n\nList-Unsubscribe request generated automatically.",
  "An inbox-cleaning service unsubscribing for a person: not automated, marketing_opt_out; it carries "
  "Auto-Submitted so ack_to is null", [MO], ack=None, subj="unsubscribe", prov="google",
  prog_hdrs=["Auto-Submitted: auto-generated", "X-Mailer: CleanEmail/3.2"])
M("apple-unsub-button", "req", PH, "service", "en", ("Greg Abernathy", "gabernathy@icloud.com"),
  "This message was sent from Mail on iPhone to unsubscribe from the mailing list of "
  "deals@powerhousecatalog.com.",
  "The mail program's Unsubscribe button, without Auto-Submitted: marketing opt-out answered at From", [MO],
  subj="Unsubscribe", prov="icloud", prog_hdrs=["X-Mailer: iPhone Mail (22E240)"])
M("yahoo-app-catalog", "req", PH, "yahoo", "en", ("Sharon", "sharonb_ia@yahoo.com"),
  "remove me from catalog mailings please",
  "Yahoo app reply under the catalog notice: a catalog-mailing opt-out only; the sharing sentence in the "
  "quote is ours", [MO], quote="catalog_new", sig="yahoo-iphone")
M("maribel-mixed", "req", CC, "iphone", "mixed", ("Maribel Soto", "maribel.soto@icloud.com"),
  "Ya no quiero recibir estos emails, please unsubscribe me. Gracias!\n- Maribel",
  "Mixed Spanish/English iPhone reply under an English promotion", [MO], {"name": "Maribel"},
  quote="promo_spring", sig="iphone")
M("ernesto-outlook-es", "req", CC, "outlook", "es", ("Ernesto Gallardo", "egallardo@gallardoyasociados.com"),
  "Buenas tardes:\n\nLes solicito que me den de baja de su lista de correos promocionales.\n\nSaludos cordiales,\n\n"
  "Lic. Ernesto Gallardo Ríos\nContador Público\nGallardo y Asociados, S.C.\nTel. (608) 555-0142\n\n"
  "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, "
  "favor de eliminarlo.",
  "Spanish Outlook desktop (De:/Enviado:/Para:/Asunto:), windows-1252; 'Lic.' is a title", [MO],
  {"name": "Ernesto Gallardo Ríos"}, quote="promo_es", cs="windows-1252", prov="m365")
M("janet-tb-household", "req", PH, "thunderbird", "en", ("Janet Ruegg", "jruegg@charter.net"),
  "Hello,\n\nWe have two catalogs coming to the house, one to me and one to \"Current Resident\". Please stop "
  "both.\n\nAddress: 402 Elm St, Baraboo WI 53913\n\nJanet",
  "Thunderbird plain text (format=flowed); the account holder speaking for her own household has standing",
  [MO], {"name": "Janet", "postal_code": "53913"}, subj="Duplicate catalogs", struct="plain",
  mta="mail.charter.net")
M("gmail-fwd-with-words", "req", CC, "gmail", "en", ("Paul Nyberg", "paul.nyberg@gmail.com"),
  "Please take this address off your promotional list. Forwarding so you know which one.",
  "Gmail forward of our promotion with one typed line: the line is the request, the forwarded footer is not",
  [MO], quote="promo_spring", mode="fwd")
M("stop-promo-owa", "req", CC, "owa", "en", ("Ashley Brandt", "ashley_brandt@hotmail.com"),
  "No more of these offers please. Take me off the promotional email list.",
  "Outlook.com web reply (divRplyFwdMsg, horizontal rule) under a promotion", [MO], quote="promo_spring",
  cs="utf-8")
M("guadalupe-samsung-es", "req", PH, "samsung", "es", ("Guadalupe Ortiz", "lupita.ortiz.mke@gmail.com"),
  "Buenos días, no quiero seguir recibiendo el catálogo en mi casa. Mi nombre es Guadalupe Ortiz, código "
  "postal 53204.",
  "New Spanish message from Samsung Email: stop the catalog -> marketing_opt_out", [MO],
  {"name": "Guadalupe Ortiz", "postal_code": "53204"}, subj="Catálogo", sig="samsung", prov="google")

# =====================================================================================================
# Clear requests: catalog_share_opt_out
# =====================================================================================================
M("beth-keep-catalog", "req", PH, "gmail", "en", ("Beth Anne Kowalczyk", "bethannek@gmail.com"),
  "Hello,\n\nI love the catalog and want to keep getting it, but please do not share or rent my name and address "
  "to other catalog companies.\n\nThanks,\nBeth Anne Kowalczyk",
  "Keeps the catalog, no sharing -> catalog_share_opt_out only", [CS], {"name": "Beth Anne Kowalczyk"},
  quote="catalog_new")
M("dr-raman-unitypoint", "req", PH, "outlook", "en", ("Raman, Priya", "priya.raman@unitypoint.org"),
  "Good afternoon,\n\nPlease flag my account so my name and address are not sold or exchanged with other "
  "companies. I still want the catalog.\n\nDr. Priya Raman\n\nPriya Raman, MD | Internal Medicine\n"
  "UnityPoint Clinic - Westdale\n1 St Lukes Dr NE, Cedar Rapids, IA\n\nThis message and any attachments may contain "
  "protected health information (PHI). If you are not the intended recipient, do not read, share or forward it; "
  "notify the sender and delete it.",
  "Outlook 365 with a health-care disclaimer ('do not ... share or forward' is the hospital's); 'Dr.' and ', MD' "
  "are titles", [CS], {"name": "Priya Raman"}, subj="Name sharing", prov="m365")
M("carl-yahoo-dnsmpi", "req", PH, "yahoo", "en", ("Carl Mayfield", "carl.mayfield@sbcglobal.net"),
  "Do not sell my personal information.\n\nCarl",
  "The CCPA phrase, new message to the catalog: catalog_share_opt_out only", [CS], {"name": "Carl"},
  subj="Do Not Sell My Personal Information", struct="html")
M("iphone-keep-noshare", "req", PH, "iphone", "en", ("Kristin Lund", "kristinlund@icloud.com"),
  "Keep sending the catalog but do NOT share my name",
  "iPhone reply to the catalog notice; keeps the catalog, refuses sharing", [CS], quote="catalog_new",
  sig="iphone")
M("alejandra-outlook-es", "req", PH, "outlook", "es", ("Alejandra Campos", "acampos@kirkwood.edu"),
  "Hola,\n\nNo autorizo que compartan mi nombre ni mi dirección con otras compañías de catálogos. Sí quiero "
  "seguir recibiendo el catálogo.\n\nAtentamente,\nAlejandra Campos Medina\nCedar Rapids, IA 52404",
  "Spanish Outlook reply; keeps the catalog, no sharing", [CS],
  {"name": "Alejandra Campos Medina", "postal_code": "52404"}, quote="catalog_new", cs="windows-1252",
  prov="m365")
M("martin-tb-account", "req", PH, "thunderbird", "en", ("Martin Oyelaran", "m.oyelaran@tds.net"),
  "Please keep me off any lists you give to other companies.\n\nAccount 88-20417-3\nMartin Oyelaran",
  "Thunderbird new message; 'lists you give to other companies' is the sharing opt-out; account with dashes",
  [CS], {"name": "Martin Oyelaran", "account": "88-20417-3"}, subj="lists", mta="smtp.tds.net")
M("bev-aol-order", "req", PH, "aol", "en", ("Beverly Tran", "bevtran@aol.com"),
  "Thanks for the quick shipping. Also, please don't rent my name to other catalogs - I've started getting 3 new "
  "ones since my first order.\n\nBev",
  "AOL reply to an order notice: thanks plus a sharing opt-out", [CS], {"name": "Bev"},
  quote="catalog_order")
M("samsung-mixed-noshare", "req", PH, "samsung", "mixed", ("Hector Barrios", "hbarrios@att.net"),
  "Please no compartan mi info con otras empresas. Thanks",
  "Mixed English/Spanish Samsung reply: no sharing with other companies", [CS], quote="catalog_new",
  sig="samsung-att", prov="yahoo")
M("geoffrey-applemail", "req", PH, "applemail", "en", ("Geoffrey Lindqvist", "glindqvist@mac.com"),
  "To whom it may concern,\n\nI do not consent to the sale, rental or exchange of my name and address. Please "
  "continue to send the catalog itself.\n\nGeoffrey Lindqvist\nIowa City 52240",
  "Apple Mail new message; consent language, keeps the catalog", [CS],
  {"name": "Geoffrey Lindqvist", "postal_code": "52240"}, subj="Consent")
M("gmail-app-nosell", "req", PH, "gmail-app", "en", ("Dana Whitcomb", "danawhitcomb@gmail.com"),
  "Don't sell my data to other companies please",
  "Gmail app reply under a sale e-mail whose footer offers 'Do not share my name'; her own words ask the same",
  [CS], quote="catalog_sale")
M("kim-owa-sharing-only", "req", PH, "owa", "en", ("Kim Ng", "kimng@live.com"),
  "Hi - I'd like to opt out of the name sharing you mention at the bottom of your email. Nothing else, I still "
  "want the catalog and the emails.\n\nKim",
  "Refers to our footer but names the thing (name sharing) and keeps everything else", [CS], {"name": "Kim"},
  quote="catalog_new", cs="utf-8")
M("jerome-outlook-ios-q", "req", PH, "outlook-mobile", "en", ("Jerome Pacheco", "jpacheco@outlook.com"),
  "Can you make sure my name isn't shared with other catalog companies?\n\nJerome Pacheco",
  "A request in question form: the opt-out itself, no separate question", [CS], {"name": "Jerome Pacheco"},
  quote="catalog_new", sig="outlook-ios", cs="utf-8")

# =====================================================================================================
# Clear requests: both opt-outs
# =====================================================================================================
M("sandra-gmail-both", "req", PH, "gmail", "en", ("Sandra Oyelowo", "sandra.oyelowo@gmail.com"),
  "Please stop all catalogs and promotional email, and do not share or sell my name to anyone.\n\n"
  "Sandra Oyelowo\nBurlington, IA 52601",
  "Both opt-outs in one sentence", [MO, CS], {"name": "Sandra Oyelowo", "postal_code": "52601"},
  quote="catalog_sale")
M("richard-outlook-1252", "req", PH, "outlook", "en", ("Richard Vandermolen", "rvandermolen@pella.com"),
  "Good morning,\n\nPlease remove me from all of your mailing lists and don’t share my info with your "
  "“partners.”\n\nAccount # 5519 2280 71\n\nThank you,\nRich\n\nRichard Vandermolen\nDirector, Facilities "
  "Operations\nPella Corporation | 102 Main St | Pella, IA 50219\n\nThis e-mail may contain confidential "
  "information. If you have received it in error, please notify the sender and delete it.",
  "Outlook desktop with windows-1252 smart quotes; both opt-outs; signs 'Rich' then the full block, entity is "
  "the full name from the signature", [MO, CS],
  {"name": "Richard Vandermolen", "account": "5519 2280 71", "postal_code": "50219"}, quote="catalog_new",
  cs="windows-1252", prov="m365")
M("iphone-es-both", "req", PH, "iphone", "es", ("Lorena", "lorena.mtz@icloud.com"),
  "No me manden más catálogos ni correos y no compartan mis datos con nadie.",
  "Spanish iPhone reply under an English sale e-mail: no catalogs or e-mail, no sharing", [MO, CS],
  quote="catalog_sale", sig="iphone")
M("theresa-yahoo-everything", "req", PH, "yahoo", "en", ("Theresa Gould", "tgould@yahoo.com"),
  "Remove me from everything. Stop the catalog, stop the emails, and don't give my address to anybody.\n\n"
  "Theresa",
  "'Everything' spelled out as catalog, e-mail and sharing: both opt-outs, not a deletion request", [MO, CS],
  {"name": "Theresa"}, quote="catalog_new")
M("gordon-winmail", "req", PH, "outlook", "en", ("Gordon Ellsworth", "gellsworth@ellsworthag.com"),
  "Please opt me out of catalog mailings and of name sharing.\n\nGordon Ellsworth\nEllsworth Ag Services\n"
  "Decorah, IA 52101",
  "Classic Outlook with a stray winmail.dat (TNEF) attachment; both opt-outs", [MO, CS],
  {"name": "Gordon Ellsworth", "postal_code": "52101"}, subj="Opt out",
  attach=[("application/ms-tnef", "winmail.dat")], prov="isp", mta="mail.ellsworthag.com")
M("frank-samsung-new", "req", PH, "samsung", "en", ("Frank Dusek", "frankdusek@charter.net"),
  "Stop mailing me catalogs and quit selling my name. I get 10 catalogs a week because of you.\n\n"
  "Frank Dusek 54601",
  "Angry Samsung message, both opt-outs, a complaint but no question asked", [MO, CS],
  {"name": "Frank Dusek", "postal_code": "54601"}, subj="catalogs", sig="samsung", mta="mail.charter.net")
M("jorge-applemail-es", "req", PH, "applemail", "es", ("Jorge Saldivar", "jsaldivar@mac.com"),
  "Estimados señores:\n\nLes pido que me saquen de su lista de correo y que no compartan mi información con "
  "terceros.\n\nAtentamente,\nDr. Jorge Saldívar",
  "Apple Mail in Spanish, ISO-8859-1 quoted-printable; 'Dr.' is a title", [MO, CS],
  {"name": "Jorge Saldívar"}, subj="Solicitud", cs="iso-8859-1")
M("helen-aol-new", "req", PH, "aol", "en", ("Helen Baumgartner", "hbaumgartner1@aol.com"),
  "Please remove my name from your catalog mailing list and do not sell, rent or exchange it.\n\n"
  "Mrs. Helen Baumgartner\n2215 Grant St\nBettendorf IA 52722",
  "AOL new message; both opt-outs; 'Mrs.' dropped", [MO, CS],
  {"name": "Helen Baumgartner", "postal_code": "52722"}, subj="Remove name")
M("ray-gmail-photo", "req", PH, "gmail", "en", ("Ray Lindholm", "raylindholm@gmail.com"),
  "Attached is a photo of the mailing label. Please take my name off your catalog list and don't pass it on to "
  "other catalog companies.\n\nCustomer # 004417729\nRay Lindholm",
  "Gmail with a JPEG of the catalog's mailing label; the customer number is typed in the body", [MO, CS],
  {"name": "Ray Lindholm", "account": "004417729"}, subj="Catalog label",
  attach=[("image/jpeg", "IMG_4471.jpg")])
M("claudia-outlook-es", "req", CC, "outlook", "es", ("Claudia Beltrán", "cbeltran@grupobeltran.com"),
  "Buen día,\n\nFavor de darme de baja de las promociones y no compartir mi correo con otras empresas.\n\n"
  "Saludos,\nClaudia Beltrán\nGerente Administrativa | Grupo Beltrán\n\nEste correo electrónico es confidencial.",
  "Spanish Outlook reply under the Spanish promotion; both opt-outs", [MO, CS], {"name": "Claudia Beltrán"},
  quote="promo_es", cs="windows-1252", prov="m365")
M("ramon-tb-bottom-es", "req", PH, "thunderbird", "es", ("Ramón Ibarra", "ramon.ibarra@frontier.com"),
  "No quiero el catálogo ni que vendan mi nombre. Gracias.\n\nRamón",
  "Bottom-posted Spanish Thunderbird reply under the English catalog notice", [MO, CS], {"name": "Ramón"},
  quote="catalog_new", bottom=True, mta="smtp.frontier.com")
M("ipad-newsletter-both", "req", CC, "iphone", "en", ("Celeste Dumont", "celeste.dumont@icloud.com"),
  "Unsubscribe me from this and all other promotions, and please mark me as do not share.",
  "iPad reply under the newsletter: both opt-outs", [MO, CS], quote="newsletter", sig="ipad")
M("owa-stop-and-share", "req", PH, "owa", "en", ("Brent Ahlers", "brent.ahlers@hotmail.com"),
  "STOP. Also opt me out of sharing.",
  "STOP under a promotion plus an explicit sharing opt-out", [MO, CS], quote="catalog_sale", cs="utf-8")

# =====================================================================================================
# Clear requests with a question
# =====================================================================================================
M("kevin-rebate-q", "req", CC, "gmail", "en", ("Kevin O'Hara", "kevohara@gmail.com"),
  "Please unsubscribe me from promotional emails. Also, does the thermostat rebate still apply if I bought it "
  "in April?\n\nKevin",
  "Opt-out plus a question about the rebate", [MO, Q], {"name": "Kevin"}, quote="promo_spring")
M("outlook-es-bill-q", "req", CC, "outlook", "es", ("Marisol Peña", "mpena@outlook.com"),
  "Dejen de enviarme publicidad. Además, ¿por qué mi factura subió tanto este mes?\n\nCuenta 3390 1187 52\n"
  "Marisol Peña",
  "Spanish Outlook 365: marketing opt-out plus a billing question", [MO, Q],
  {"name": "Marisol Peña", "account": "3390 1187 52"}, quote="promo_es", cs="utf-8", prov="microsoft")
M("deb-iphone-how-address", "req", PH, "iphone", "en", ("Deb Carlson", "debcarlson@icloud.com"),
  "Stop the catalog please. How did you get my address in the first place? I've never ordered from you.",
  "Opt-out plus 'how did you get my address' (needs an answer)", [MO, Q], quote="catalog_new", sig="iphone")
M("yahoo-how-long-plus", "req", PH, "yahoo", "en", ("Lois Engel", "loisengel@yahoo.com"),
  "Take me off the mailing list for catalogs. And how long will it take before they stop coming?\n\n"
  "Lois Engel",
  "Clear opt-out plus a how-long question: both labels per the hard-case rule", [MO, Q], {"name": "Lois Engel"},
  subj="mailing list")
M("samsung-streetlight", "req", CC, "samsung", "en", ("", "dj.reinhart@gmail.com"),
  "Unsubscribe. And fix the streetlight on Oak and 5th already, it has been out 3 weeks",
  "Unsubscribe under a promotion plus a service complaint", [MO, Q], quote="promo_spring", sig="samsung",
  prov="google")
M("lena-tb-data-copy", "req", CC, "thunderbird", "en", ("Lena Marquardt", "lena.marquardt@tds.net"),
  "Hello,\n\nPlease remove me from promotional email. I'd also like a copy of the personal information you hold "
  "about me.\n\nLena Marquardt\nOconomowoc, WI 53066",
  "Opt-out plus a request for a copy of her data (a clear question)", [MO, Q],
  {"name": "Lena Marquardt", "postal_code": "53066"}, subj="Privacy", mta="smtp.tds.net")
M("phil-applemail-move", "req", CC, "applemail", "en", ("Phil Osterberg", "posterberg@me.com"),
  "Unsubscribe please.\n\nAlso our address changed, new one is 77 Cedar Ct, Mount Vernon IA 52314 - please update "
  "the account.\n\nPhil Osterberg",
  "Newsletter reply: opt-out plus a change of address (question)", [MO, Q],
  {"name": "Phil Osterberg", "postal_code": "52314"}, quote="newsletter")
M("gmail-app-es-cash", "req", CC, "gmail-app", "es", ("Yesenia Cruz", "yeseniacruz91@gmail.com"),
  "Ya no quiero recibir promociones. ¿Me pueden decir dónde puedo pagar mi factura en efectivo?",
  "Spanish Gmail app: opt-out plus a billing question", [MO, Q], quote="promo_es")
M("outlook-ios-mixed-help", "req", CC, "outlook-mobile", "mixed", ("Elvira Reyes", "elvirareyes@outlook.com"),
  "Please unsubscribe me. Y también quiero saber si tienen un programa de ayuda para pagar la luz.\n\nElvira",
  "Mixed English/Spanish Outlook iOS: opt-out plus a question about assistance programs", [MO, Q],
  {"name": "Elvira"}, quote="promo_spring", sig="outlook-ios", cs="utf-8")
M("nadia-which-companies", "req", PH, "gmail", "en", ("Nadia Farouk", "nadia.farouk@gmail.com"),
  "Please don't share my name with other companies. Which companies have you already given it to?\n\nNadia Farouk",
  "Sharing opt-out plus a question about past disclosures", [CS, Q], {"name": "Nadia Farouk"},
  quote="catalog_new")
M("leonard-policy-mail", "req", PH, "outlook", "en", ("Leonard Briggs", "lbriggs@briggsinsurance.net"),
  "Do not sell or exchange my name. And please mail me a printed copy of your privacy policy.\n\n"
  "Leonard Briggs\nBriggs Insurance Agency\nAccount 2200-1184-09\n\nThe information in this message is intended "
  "for the named recipient only. Insurance coverage cannot be bound or changed by e-mail.",
  "Classic Outlook via the agency's own server; share opt-out plus a policy request", [CS, Q],
  {"name": "Leonard Briggs", "account": "2200-1184-09"}, subj="Privacy", prov="isp",
  mta="mail.briggsinsurance.net")
M("iphone-es-since-when", "req", PH, "iphone", "es", ("Raquel Domínguez", "raqueldominguez@icloud.com"),
  "No compartan mis datos. ¿Desde cuándo venden la información de sus clientes?",
  "Spanish iPhone: sharing opt-out plus a question", [CS, Q], quote="catalog_new", sig="iphone")
M("arne-tb-phone-shared", "req", PH, "thunderbird", "en", ("Arne Solberg", "arne.solberg@frontier.com"),
  "Keep the catalog coming but opt me out of the exchange. Also, is my phone number shared too or just the "
  "mailing address?\n\nArne",
  "Bottom-posted: keeps the catalog, share opt-out plus a question", [CS, Q], {"name": "Arne"},
  quote="catalog_new", bottom=True, mta="smtp.frontier.com")
M("yahoo-noshare-howlong", "req", PH, "yahoo", "en", ("Gwen Halloran", "gwenhalloran@ymail.com"),
  "I want to keep getting the catalog, but I don't want my name shared. How long does that take to go "
  "through?\n\nGwen",
  "Share opt-out plus how-long question", [CS, Q], {"name": "Gwen"}, quote="catalog_new",
  sig="yahoo-android")
M("siobhan-spelling", "req", PH, "applemail", "en", ("Siobhan McCready", "smccready@icloud.com"),
  "Please opt me out of list sharing.\n\nI'd also like you to fix the spelling of my name on the catalog label: "
  "it's Siobhan, not Shivon.\n\nSiobhan McCready",
  "Share opt-out plus a correction request (question)", [CS, Q], {"name": "Siobhan McCready"},
  subj="List sharing + name spelling")
M("marcus-all-three", "req", CC, "outlook", "en", ("Marcus Delacroix", "marcus.delacroix@madisoncollege.edu"),
  "Please stop all marketing mail and email, don't share my information, and tell me how you got my cell "
  "phone number.\n\nMarcus Delacroix\nMadison, WI 53715",
  "Both opt-outs plus a question", [MO, CS, Q], {"name": "Marcus Delacroix", "postal_code": "53715"},
  quote="promo_spring", prov="m365")
M("gmail-all-three", "req", PH, "gmail", "en", ("Patricia Voss", "patvoss48@gmail.com"),
  "I want off everything: the catalog, the emails, and no sharing my name. Which other companies have my "
  "address right now?\n\nPat Voss",
  "Both opt-outs plus a disclosure question; 'Pat Voss' as signed", [MO, CS, Q], {"name": "Pat Voss"},
  quote="catalog_new")
M("wendell-samsung-dupes", "req", PH, "samsung", "en", ("Wendell Price", "wendellprice@att.net"),
  "STOP catalogs, STOP emails, do NOT share my name. And why do I get two copies of every catalog??\n\nWendell",
  "Both opt-outs plus a question", [MO, CS, Q], {"name": "Wendell"}, quote="catalog_sale", sig="samsung-att",
  prov="yahoo")
M("iphone-mixed-all", "req", PH, "iphone", "mixed", ("Adriana Lopez", "adri.lopez@icloud.com"),
  "Unsubscribe me from everything and don't share mi información. Also can I get a copy of what data you have "
  "on me?",
  "Mixed-language: both opt-outs plus a data-copy request", [MO, CS, Q], quote="catalog_new", sig="iphone")

# =====================================================================================================
# Questions only
# =====================================================================================================
M("jill-how-stop", "q", PH, "gmail", "en", ("Jill Sorensen", "jill.sorensen@gmail.com"),
  "Hi, how do I stop the PowerHouse catalog from coming? Is there a form?\n\nJill",
  "A question about how to opt out: question only", [Q], {"name": "Jill"}, subj="Catalog question")
M("iphone-how-long-ack", "q", CC, "iphone", "en", ("Ben Starr", "benstarr@icloud.com"),
  "How long does this usually take? I'm still getting the emails.",
  "Reply to our acknowledgement asking about timing: question only, no new opt-out", [Q], quote="ack",
  sig="iphone")
M("anjali-data-copy", "q", CC, "outlook", "en", ("Anjali Deshmukh", "adeshmukh@rockwellcollins.com"),
  "Hello,\n\nUnder your privacy notice, I request a copy of the personal information Alliant Energy holds about "
  "me.\n\nAccount: 61-4420-1973\n\nBest regards,\nAnjali Deshmukh\nSystems Engineer\n\nThis e-mail and any files "
  "transmitted with it are confidential. Collins Aerospace reserves the right to monitor e-mail.",
  "Data access request: a clear question", [Q], {"name": "Anjali Deshmukh", "account": "61-4420-1973"},
  subj="Request for my personal information", prov="m365")
M("halvorsen-move", "q", PH, "thunderbird", "en", ("Tom Halvorsen", "tshalvorsen@charter.net"),
  "We moved. Please update the catalog mailing address to 118 Birch Ln, Sun Prairie WI 53590.\n\n"
  "Tom & Sue Halvorsen",
  "Change of address is a question; the couple signs together", [Q],
  {"name": "Tom & Sue Halvorsen", "postal_code": "53590"}, subj="New address", mta="mail.charter.net")
M("marjorie-back-in", "q", PH, "yahoo", "en", ("Marjorie Fenske", "mfenske@yahoo.com"),
  "I asked you to stop the catalog last year but I miss it! Please put me back on the list.\n\nMarjorie",
  "Opting back in is a question; the old removal is not a new opt-out", [Q], {"name": "Marjorie"},
  subj="Catalog")
M("budget-billing-q", "q", CC, "outlook-mobile", "en", ("Scott Riedel", "sriedel@outlook.com"),
  "Why is this bill $142 when I'm on budget billing at $96?\n\nAcct 3012-771-406",
  "Billing question under a bill notice (whose footer talks about unsubscribing)", [Q],
  {"account": "3012-771-406"}, quote="bill", sig="outlook-android", cs="utf-8")
M("smart-meter-q", "q", CC, "applemail", "en", ("Naomi Feld", "naomifeld@me.com"),
  "Does Alliant share smart meter data with third parties? Where is that covered in your privacy policy?\n\n"
  "Naomi",
  "Privacy-policy question about sharing: asks, does not opt out", [Q], {"name": "Naomi"},
  subj="Smart meter data")
M("samsung-es-bill", "q", CC, "samsung", "es", ("Rigoberto Nava", "rigonava@gmail.com"),
  "¿Por qué me cobran $87 si estuve fuera todo el mes?",
  "Spanish billing question under a bill notice", [Q], quote="bill_es", sig="samsung", prov="google")
M("gmail-es-how-catalog", "q", PH, "gmail", "es", ("Silvia Arteaga", "silvia.arteaga@gmail.com"),
  "Hola, ¿cómo hago para que ya no me llegue el catálogo?\n\nSilvia",
  "How-to question in Spanish: question only", [Q], {"name": "Silvia"}, subj="Catálogo")
M("iphone-es-outage", "q", CC, "iphone", "es", ("Teresa Galván", "tgalvan@icloud.com"),
  "¿Ya saben cuándo regresa la luz? Tengo medicinas en el refrigerador.",
  "Spanish question under our outage alert (whose footer says reply STOP)", [Q], quote="outage_es",
  sig="iphone")
M("move-bill-address", "q", CC, "outlook", "en", ("Curtis Bell", "curtisbell@q.com"),
  "I moved last month, how do I update my billing address? New ZIP is 52761.\n\nCurtis Bell",
  "Change-of-address question", [Q], {"name": "Curtis Bell", "postal_code": "52761"}, subj="Address change",
  prov="isp", mta="mail.q.com")
M("aol-outage-complaint", "q", CC, "aol", "en", ("Ed Vollmer", "edvollmer@aol.com"),
  "This is the 4th outage this month on our road. What is being done about it?\n\nEd Vollmer\nRR 2, Elkader",
  "Complaint plus question under an outage alert; the alert's STOP is ours", [Q], {"name": "Ed Vollmer"},
  quote="outage")
M("fwd-is-this-real", "q", CC, "gmail", "en", ("Carol Jepsen", "caroljepsen@gmail.com"),
  "Is this email really from you? The link looks odd to me and I don't want to click it.\n\nCarol",
  "Forward of our promotion asking if it is genuine; the forwarded 'unsubscribe/STOP' is not hers", [Q],
  {"name": "Carol"}, quote="promo_spring", mode="fwd")
M("ack-business-scope", "q", CC, "outlook", "en", ("Denise Albrecht", "dalbrecht@albrechtdental.com"),
  "Thanks. Does this also cover the mail addressed to my practice at the same address?\n\nDenise Albrecht",
  "Reply to our acknowledgement asking about its scope: question, not a new request", [Q],
  {"name": "Denise Albrecht"}, quote="ack", prov="m365")
M("who-are-catalogs", "q", PH, "samsung", "en", ("Leroy Banks", "leroybanks@gmail.com"),
  "Who are the \"other catalog companies\" you share names with? I want to know before I decide anything.",
  "Asks about sharing, explicitly not deciding yet: question only", [Q], quote="catalog_new", sig="samsung",
  prov="google")
M("renter-rebate-bottom", "q", CC, "gmail", "en", ("Jordan Meyer", "jmeyer.ia@gmail.com"),
  "Does the rebate apply to renters? My landlord would have to approve the install.\n\nJordan",
  "Bottom-posted product question under a promotion", [Q], {"name": "Jordan"}, quote="promo_spring",
  bottom=True)
M("yahoo-es-back-in", "q", CC, "yahoo", "es", ("Norma Alicia Ruiz", "normaaliciaruiz@yahoo.com.mx"),
  "Hace tiempo pedí que no me enviaran correos, pero ahora sí quiero recibir las ofertas. ¿Me pueden volver a "
  "inscribir?\n\nNorma Alicia Ruiz",
  "Opting back in (Spanish): question; the old removal is not a new opt-out", [Q],
  {"name": "Norma Alicia Ruiz"}, subj="Ofertas")
M("paper-bills-classic", "q", CC, "outlook-classic", "en", ("Vernon Tesch", "vtesch@mchsi.com"),
  "How do I switch back to paper bills? I don't want these emails, I want the bill in the mail.\n\n"
  "Vernon Tesch\nAcct 7703 1190 2",
  "Under a bill notice: 'don't want these emails' means paperless billing, a service setting, not marketing: "
  "question only", [Q], {"name": "Vernon Tesch", "account": "7703 1190 2"}, quote="bill", struct="plain",
  prov="isp", mta="mail.mchsi.com")

# =====================================================================================================
# Unclear
# =====================================================================================================
M("irene-deceased-mother", "unclear", PH, "gmail", "en", ("Karen Sobczak", "ksobczak@gmail.com"),
  "Hello,\n\nMy mother, Irene Sobczak, passed away in January. Please stop sending her the catalog. Her address "
  "was 1412 Walnut St, Cedar Falls IA 50613.\n\nKaren",
  "On behalf of a deceased parent: standing unclear; entities name the mother", [],
  {"name": "Irene Sobczak", "postal_code": "50613"}, subj="My mother", unclear=True)
M("landlord-tenant-es", "unclear", CC, "gmail", "es", ("Arturo Medina", "arturo.medina.rentas@gmail.com"),
  "Buenas tardes. Soy dueño del edificio en la calle Layton. Mi inquilina, la Sra. Luz Mendoza, me pidió que "
  "les escribiera para que ya no le manden promociones.\n\nArturo Medina",
  "A landlord writing for a tenant: no clear standing; entity is the tenant, 'Sra.' dropped", [],
  {"name": "Luz Mendoza"}, subj="Inquilina", unclear=True)
M("delete-everything-outlook", "unclear", CC, "outlook", "en", ("Brianna Kohl", "bkohl@outlook.com"),
  "I want you to delete all of my data. Everything. Today.\n\nBrianna Kohl",
  "Delete everything: unclear plus question per LABELS", [Q], {"name": "Brianna Kohl"}, subj="Delete my data",
  unclear=True, prov="microsoft", cs="utf-8")
M("delete-es-iphone", "unclear", CC, "iphone", "es", ("Mónica Treviño", "monicatrevino@icloud.com"),
  "Borren todos mis datos de su sistema por favor.",
  "Spanish 'delete all my data': unclear plus question", [Q], subj="Mis datos", unclear=True, sig="iphone")
M("retract-waffle-ack", "unclear", CC, "gmail", "en", ("Holly Brandt", "hollyb.brandt@gmail.com"),
  "Actually, please ignore my request. Wait, no, just stop the emails. Or maybe keep both for now, I need to think "
  "about it.\n\nHolly",
  "Retracting and self-contradicting under our acknowledgement: unclear, no label", [], {"name": "Holly"},
  quote="ack", unclear=True)
M("please-stop-no-object", "unclear", PH, "yahoo", "en", ("", "rkrueger44@yahoo.com"), "Please stop.",
  "No object and no quote: unclear even in the catalog mailbox", [], subj="", unclear=True)
M("ya-no-quiero", "unclear", PH, "samsung", "es", ("Efraín Olvera", "efra.olvera@gmail.com"), "Ya no quiero, gracias",
  "Spanish 'I don't want it anymore' with no object and no quote", [], subj="", unclear=True, sig="samsung",
  prov="google")
M("stop-under-outage", "unclear", CC, "iphone", "en", ("Randy Hoch", "randyhoch@icloud.com"), "STOP",
  "STOP under an outage alert (a service message): unclear", [], quote="outage", unclear=True, sig="iphone")
M("unsub-under-bill", "unclear", CC, "gmail-app", "en", ("Amber Frisch", "amberfrisch@gmail.com"), "unsubscribe",
  "'unsubscribe' under a bill-ready notice: not a marketing opt-out, unclear", [], quote="bill", unclear=True)
M("as-asked-before", "unclear", CC, "outlook-mobile", "en", ("Gail Hendricks", "gailhendricks@hotmail.com"),
  "Please do the same for my other address, as I asked before.\n\nGail",
  "Reference to earlier mail without saying what: unclear", [], {"name": "Gail"}, subj="other address",
  unclear=True, sig="outlook-ios", cs="utf-8")
M("stop-these-bill-promo", "unclear", CC, "gmail", "en", ("Jason Teel", "jasonteel@gmail.com"),
  "Stop sending these.",
  "Under a bill notice that carries a thermostat offer: 'these' could be the bills or the offer (ambiguous "
  "object/channel)", [], quote="bill_promo", unclear=True)
M("quitar-under-ack", "unclear", CC, "samsung", "es", ("", "chuy.dominguez@gmail.com"), "Quitar",
  "'Quitar' (remove) under our own Spanish acknowledgement: unclear", [], quote="ack_es", unclear=True,
  sig="samsung", prov="google")

# =====================================================================================================
# Not requests (people and machines)
# =====================================================================================================
OOO_H = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: %s"]
M("ooo-outlook-promo", "non", CC, "outlook", "en", ("Melissa Grady", "mgrady@uiowa.edu"),
  "I am out of the office until Monday, March 16 with limited access to email. For urgent matters please "
  "contact the front desk at 319-555-0110.\n\nMelissa Grady\nOffice Manager",
  "Outlook auto-reply with Auto-Submitted to a promotion", automated=True, quote="promo_spring",
  window=((3, 9), (3, 13)),
  noquote=True, subj_prefix="Automatic reply: ", prov="m365",
  hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: mgrady@uiowa.edu"])
M("ooo-gmail-vacation", "non", PH, "gmail", "en", ("Dale Fischer", "dalefischer@gmail.com"),
  "Thanks for your message. I'm traveling until the 28th and will reply when I get back.\n\nDale",
  "Gmail vacation responder (Auto-Submitted: auto-replied)", automated=True, quote="catalog_sale",
  noquote=True, subj="Out of office", hdrs=["Auto-Submitted: auto-replied"])
M("ooo-es-outlook", "non", CC, "outlook", "es", ("Verónica Salas", "vsalas@cooperativamadison.org"),
  "Gracias por su mensaje. Estoy fuera de la oficina hasta el 2 de febrero y tendré acceso limitado a mi correo. "
  "Para asuntos urgentes comuníquese con Luis Ortega.\n\nVerónica Salas",
  "Spanish Outlook auto-reply ('Respuesta automática:') with Auto-Submitted", automated=True,
  quote="newsletter", noquote=True, subj_prefix="Respuesta automática: ", window=((1, 19), (1, 30)), cs="windows-1252", prov="m365",
  hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
M("ooo-yahoo-noheader", "non", PH, "yahoo", "en", ("Ruth Ann Decker", "ruthanndecker@yahoo.com"),
  "I am on vacation until July 20 with no internet. I will answer your email when I return.",
  "Headerless vacation reply (no Auto-Submitted): automated per LABELS", automated=True, quote="catalog_sale",
  window=((7, 6), (7, 17)),
  noquote=True, subj="Vacation Response")
M("ooo-es-noheader", "non", CC, "outlook", "es", ("Oficina Parroquial San José", "oficina@sanjosewaterloo.org"),
  "Gracias por escribirnos. La oficina está cerrada por las fiestas hasta el lunes 12. Responderemos su "
  "mensaje a nuestro regreso.\n\nOficina Parroquial San José",
  "Headerless Spanish office-closed reply from a parish office: automated", automated=True,
  quote="newsletter", noquote=True, subj_prefix="RE: ", prov="isp", mta="mail.sanjosewaterloo.org",
  window=((1, 5), (1, 9)),
  cs="iso-8859-1")
M("no-longer-monitored", "non", CC, "outlook", "en", ("Accounts Payable", "ap@hawkeyefoods.com"),
  "This mailbox is no longer monitored. Please send all invoices and correspondence to "
  "invoices@hawkeyefoods.com.\n\nThank you,\nHawkeye Foods Accounts Payable",
  "Headerless 'no longer monitored' notice answering our bill notice: automated", automated=True, quote="bill",
  noquote=True, subj_prefix="RE: ", prov="m365")
M("dsn-delivered-ack", "non", CC, None, "en", ("Microsoft Outlook", "postmaster@msn.com"), "",
  "Delivery receipt ('Delivered:') for our acknowledgement, multipart/report", automated=True, raw="dsn",
  index_client="exchange-online", dsn="delivered", rcpt="jwillems@msn.com", mta="BN8NAM12HT054.mail.protection.outlook.com", quote="ack",
  prov="microsoft")
M("mdn-read-ack", "non", CC, None, "en", ("Fran Kessler", "fkessler@kesslerlaw.com"), "",
  "Outlook read receipt (MDN) for our acknowledgement", automated=True, raw="mdn", quote="ack", prov="m365",
  index_client="outlook-mdn")
M("bounce-ack", "non", CC, None, "en", ("Mail Delivery System", "MAILER-DAEMON@mail.mchsi.com"), "",
  "Bounce of our acknowledgement (user unknown)", automated=True, raw="dsn", index_client="postfix", dsn="failed",
  rcpt="oldaddress1969@mchsi.com", mta="mail.mchsi.com", quote="ack")
M("recall-outlook", "non", PH, None, "en", ("Lisa Harmon", "lharmon@wellmark.com"), "",
  "Outlook 'Recall:' notice generated by Exchange; the recalled message is not in this mailbox, nothing to act "
  "on: automated", automated=True, raw="recall", index_client="outlook-recall", recall_subject="catalog question", prov="m365")
M("thanks-ack-gmail", "non", CC, "gmail", "en", ("Joyce Kline", "joycekline53@gmail.com"), "Thank you!",
  "Thank-you under our acknowledgement: a person, nothing to answer, ack_to null", [], quote="ack", ack=None)
M("gracias-ack-iphone", "non", CC, "iphone", "es", ("Pedro Alvarado", "pedroalvarado@icloud.com"),
  "Muchas gracias por su ayuda.",
  "Spanish thank-you under our Spanish acknowledgement: no answer due", [], quote="ack_es", ack=None,
  sig="iphone")
M("thanks-order-outlook", "non", PH, "outlook", "en", ("Gene Hartwig", "ghartwig@hartwigfarms.com"),
  "Got it, thanks for the quick shipping!\n\nGene",
  "Thanks under an order notice: nothing to answer", [], {"name": "Gene"}, quote="catalog_order", ack=None,
  prov="m365")
M("paid-bill-outlook-ios", "non", CC, "outlook-mobile", "en", ("Tiffany Moss", "tiffmoss@outlook.com"),
  "Paid this through my bank today, confirmation 88213. Thanks.",
  "Informational reply to a bill notice (unrelated billing, asks nothing): no label, no answer due", [],
  quote="bill", ack=None, sig="outlook-ios", cs="utf-8")
M("ya-pague-samsung", "non", CC, "samsung", "es", ("Lucía Herrera", "luciaherrera77@gmail.com"),
  "Ya pagué en la tienda ayer.",
  "Spanish 'already paid' under a bill notice: asks nothing", [], quote="bill_es", ack=None, sig="samsung",
  prov="google")
M("power-back-applemail", "non", CC, "applemail", "en", ("Owen Pruitt", "owenpruitt@me.com"),
  "Power's back on here as of 5:40. Thanks to the crews out in the cold.\n\nOwen",
  "Thanks under an outage alert: nothing to answer", [], {"name": "Owen"}, quote="outage", ack=None)
M("fwd-promo-no-words", "non", CC, "gmail", "en", ("Lyle Bartels", "lylebartels@gmail.com"), "",
  "Gmail forward of our promotion with no typed words: empty new text is unclear per LABELS (no label); "
  "answered at From after review", [], quote="promo_spring", mode="fwd", unclear=True)
M("sent-from-iphone-only", "non", PH, "iphone", "en", ("Cindy Warner", "cindywarner@icloud.com"), "",
  "Reply under a sale e-mail whose only new text is 'Sent from my iPhone': nothing decidable -> unclear", [],
  quote="catalog_sale", sig="iphone", unclear=True)
M("enviado-galaxy-only", "non", CC, "samsung", "es", ("", "mario.vazquez.ia@gmail.com"), "",
  "Reply under a Spanish bill notice with only 'Enviado desde mi Galaxy': empty new text -> unclear", [],
  quote="bill_es", sig="samsung", unclear=True, prov="google")
M("mattress-pad-compliment", "non", PH, "yahoo", "en", ("June Albers", "junealbers@yahoo.com"),
  "The heated mattress pad is wonderful, best thing I bought this winter!",
  "Compliment under an order notice: no answer due", [], quote="catalog_order", ack=None,
  sig="yahoo-iphone", struct="html")
M("aol-xautoreply", "non", PH, "aol", "en", ("Marv Stoltz", "marvstoltz@aol.com"),
  "Thank you for your email. I only check my mail on weekends and will get back to you then.",
  "AOL auto-reply marked only with X-Autoreply (no Auto-Submitted): automated", automated=True,
  quote="catalog_new", noquote=True, subj_prefix="Auto-Reply: ", hdrs=["X-Autoreply: yes"])
M("gracias-luz-yahoo", "non", CC, "yahoo", "es", ("Esperanza Gil", "esperanzagil@yahoo.com"),
  "Gracias, ya regresó la luz.",
  "Spanish thanks under a Spanish outage alert: no answer due", [], quote="outage_es", ack=None,
  sig="yahoo-android")
M("mdn-thunderbird", "non", PH, None, "en", ("Alan Fry", "alanfry@tds.net"), "",
  "Thunderbird-style read receipt for our catalog notice: automated", automated=True, raw="mdn",
  quote="catalog_new", mdn_style="tb", mta="smtp.tds.net",
  index_client="thunderbird-mdn")
M("ooo-outlook-mobile-mixed", "non", CC, "outlook", "mixed", ("Rebecca Juárez", "rjuarez@dmacc.edu"),
  "I'm out of the office until Tuesday. / Estoy fuera de la oficina hasta el martes.\n\nRebecca Juárez",
  "Bilingual Outlook auto-reply with Auto-Submitted under our acknowledgement", automated=True, quote="ack",
  noquote=True, subj_prefix="Automatic reply: ", cs="utf-8", prov="m365",
  hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
