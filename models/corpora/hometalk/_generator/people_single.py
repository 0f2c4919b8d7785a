"""Ordinary requests and questions from single people, and List-Unsubscribe mail from mail programs."""
from people_household import H, MO, CS, Q

SPECS = [
    H(spec="s-catalog-remove-label", cat="single: marketing opt-out", date="2024-09-20 10:41:18",
      mailbox="powerhousecatalog", frm=("Harriet Dvorak", "hdvorak@southslope.net"), prov="southslope",
      cli="thunderbird", subject="Remove from catalog mailing list",
      body="""Please remove me from the PowerHouse catalog mailing list.

Name on label: Harriet Dvorak
412 Maple St
Anamosa IA 52205
Customer # 00731845

Thank you.""",
      labels=[MO], ent={"name": "Harriet Dvorak", "postal_code": "52205", "account": "00731845"},
      note="plain catalog removal with the mailing-label customer number"),

    H(spec="s-dnsmpi-formal", cat="single: sharing opt-out", date="2024-09-25 08:03:51",
      mailbox="powerhousecatalog", frm=("Richard Vanek", "rvanek@vaneklaw.com"), prov="m365", cli="outlook_desktop",
      subject="Do Not Sell My Personal Information",
      body="""To the PowerHouse Catalog:

Pursuant to your privacy policy, I request that you not sell, rent, exchange or otherwise share my name and postal address with any third party, including other catalog companies. I continue to wish to receive the catalog.

Richard J. Vanek
1540 Crestview Dr
Dubuque, IA 52003""",
      labels=[CS], ent={"name": "Richard J. Vanek", "postal_code": "52003"},
      note="formal do-not-sell request that keeps the catalog: sharing only"),

    H(spec="s-question-share-email", cat="single: question", date="2024-10-02 19:27:45",
      mailbox="customercare", frm=("Cheryl Muench", "cherylmuench@yahoo.com"), prov="yahoo", cli="yahoo_web",
      subject="Do you share my email?",
      body="""Does Alliant share my email address with the PowerHouse catalog or with anybody else? I started getting catalog emails after I signed up for paperless billing. How would I find out what you have on file for me?""",
      labels=[Q], note="privacy-policy and data question; no request to stop anything"),

    H(spec="s-reply-unsub-solar", cat="single: marketing opt-out", date="2024-09-18 07:55:02",
      mailbox="customercare", frm=("Brett Amundson", "brett.amundson@gmail.com"), prov="gmail", cli="gmail_android",
      reply="solar", body="""unsubscribe""",
      labels=[MO], note="bare 'unsubscribe' under our community-solar promotion: marketing opt-out by context"),

    H(spec="s-renter-rebate-q", cat="single: question", date="2024-10-17 12:36:29",
      mailbox="customercare", frm=("Alexis Ng", "alexis.ng@icloud.com"), prov="icloud", cli="iphone",
      reply="thermostat",
      body="""Is the $50 rebate available for renters? My landlord pays for nothing lol but the account is in my name""",
      labels=[Q], note="question about the promotion from a renter; the quoted footer's 'unsubscribe' is ours"),

    H(spec="s-please-stop-noobject", cat="single: unclear", date="2024-10-21 21:58:14",
      mailbox="customercare", frm=("Ron Scholl", "ronscholl@icloud.com"), prov="icloud", cli="iphone",
      subject="", shape="plain", body="""Please stop.""",
      labels=[], unclear=True,
      note="'Please stop.' with empty subject and no quote: no object, no context: unclear"),

    H(spec="s-data-access", cat="single: question", date="2024-10-25 11:14:06",
      mailbox="customercare", frm=("Meredith Kaye", "mkaye@kayeconsulting.net"), prov="m365",
      cli="outlook_desktop", subject="Request for a copy of my personal data",
      body="""Hello,

Please send me a copy of all personal information Alliant Energy and its affiliates hold about me, including anything shared with the PowerHouse Catalog.

Meredith Kaye
Account 2771 5508 14""",
      labels=[Q], ent={"name": "Meredith Kaye", "account": "2771 5508 14"},
      note="data access request: a clear question"),

    H(spec="s-delete-everything", cat="single: deletion request", date="2024-11-01 17:02:33",
      mailbox="customercare", frm=("Tom Hruska", "tomhruska55@gmail.com"), prov="gmail", cli="gmail_web",
      subject="Delete my info",
      body="""I'm closing my account at the end of the month and moving to Arizona. When I do I want you to delete all my information. Everything.

Tom Hruska
acct 6034 9912 58""",
      labels=[Q], unclear=True, ent={"name": "Tom Hruska", "account": "6034 9912 58"},
      note="delete-everything request: per LABELS.md unclear plus question (deletion is never automatic)"),

    H(spec="s-opt-back-in", cat="single: opt back in", date="2024-11-19 09:22:47",
      mailbox="powerhousecatalog", frm=("Janet Grube", "jgrube@mac.com"), prov="icloud", cli="apple_mail",
      subject="Put me back on the catalog list",
      body="""I took myself off your catalog list last year and I miss it! Please put me back on.

Janet Grube
816 Elm St
Grinnell IA 50112""",
      labels=[Q], ent={"name": "Janet Grube", "postal_code": "50112"},
      note="opting back in is a question; the old removal is not a new opt-out"),

    H(spec="s-keep-catalog-no-share", cat="single: sharing opt-out", date="2024-11-21 20:12:09",
      mailbox="powerhousecatalog", frm=("Erin Bautista", "erin.bautista@gmail.com"), prov="gmail",
      cli="gmail_web", subject="keep the catalog, don't share my name",
      body="""Hi! I love the catalog and want to keep getting it. But please don't share or trade my name and address with other companies. Thanks so much.

Erin Bautista, Platteville WI 53818""",
      labels=[CS], ent={"name": "Erin Bautista", "postal_code": "53818"},
      note="keeps the catalog, refuses sharing: sharing opt-out only"),

    H(spec="s-stop-email-keep-paper", cat="single: marketing opt-out", date="2024-10-19 15:40:58",
      mailbox="customercare", frm=("Linda Froehlich", "lfroehlich@yahoo.com"), prov="yahoo", cli="yahoo_web",
      subject="emails",
      body="""Please stop the promotional emails. I still want the paper catalog in the mail, I actually read that one.

Linda Froehlich""",
      labels=[MO], ent={"name": "Linda Froehlich"},
      note="channel limit: stop e-mail, keep paper catalog; still marketing_opt_out (the record says e-mail only)"),

    H(spec="s-share-whatever-stop", cat="single: marketing opt-out", date="2024-12-10 16:18:34",
      mailbox="powerhousecatalog", frm=("Gene Ostrowski", "geneostrowski@aol.com"), prov="aol", cli="aol_web",
      subject="catalog",
      body="""Share my name with whoever you want, I don't care about that. Just stop sending me the catalog.

Gene Ostrowski
Janesville 53548""",
      labels=[MO], ent={"name": "Gene Ostrowski", "postal_code": "53548"},
      note="explicitly allows sharing, stops the catalog: marketing only"),

    H(spec="s-stop-reply-holiday", cat="single: marketing opt-out", date="2024-11-13 06:44:20",
      mailbox="powerhousecatalog", frm=("Carmen Dietz", "carmendietz@gmail.com"), prov="gmail",
      cli="gmail_android", reply="holiday", body="""STOP""",
      labels=[MO], note="STOP under our Holiday Preview promotion: marketing opt-out by context"),

    H(spec="s-empty-reply-assessment", cat="single: unclear", date="2025-01-16 09:51:11",
      mailbox="customercare", frm=("Nick Falk", "nickfalk@outlook.com"), prov="outlookcom",
      cli="outlook_ios", reply="assessment", body="", sig="Get Outlook for iOS",
      labels=[], unclear=True,
      note="reply under our assessment promo with no new text (only the mobile signature): nothing decidable, "
           "unclear"),

    H(spec="s-howlong", cat="single: question", date="2024-12-12 13:33:45",
      mailbox="powerhousecatalog", frm=("Diane Uhlenhake", "dianeuhl@mchsi.com"), prov="mchsi", cli="zimbra",
      subject="How long?",
      body="""How long does it take for a catalog opt-out to go through? I sent my request three weeks ago and another catalog came today.

Diane Uhlenhake""",
      labels=[Q], ent={"name": "Diane Uhlenhake"},
      note="how long an opt-out takes is a question only; the earlier request is not restated"),

    H(spec="s-change-address", cat="single: question", date="2025-01-29 18:05:27",
      mailbox="customercare", frm=("Rick Ambrose", "rambrose@comcast.net"), prov="comcast", cli="ox",
      subject="Moving - change of address",
      body="""We are moving from Marion to Cedar Rapids on Feb 28. Please stop service at 3310 Lindale Dr and start it at 4120 Twin Pines Dr NE, Cedar Rapids 52402, and send the final bill to the new address.

Rick Ambrose
Acct 5512 0883 46""",
      labels=[Q], ent={"name": "Rick Ambrose", "postal_code": "52402", "account": "5512 0883 46"},
      note="change of address and service move: question"),

    H(spec="s-es-optout", cat="single: marketing opt-out", date="2024-10-10 09:07:33",
      mailbox="customercare", frm=("Martín Aguilar", "martin.aguilar.s@hotmail.com"), prov="outlookcom",
      cli="owa", lang="es", charset="iso-8859-1", subject="Ya no quiero publicidad",
      body="""Buenos días,

Por favor ya no me manden correos de publicidad ni cartas con ofertas. Solamente quiero recibir mi factura.

Gracias.
Martín Aguilar""",
      labels=[MO], ent={"name": "Martín Aguilar"}, from_enc="q",
      note="Spanish marketing opt-out, ISO-8859-1; bills kept"),

    H(spec="s-es-question-howto", cat="single: question", date="2024-12-03 19:48:16",
      mailbox="customercare", frm=("Araceli Domínguez", "aracelidominguez@yahoo.com"), prov="yahoo",
      cli="yahoo_android", lang="es", subject="Factura en español",
      body="""Hola, ¿tienen la factura en español? ¿Y cómo me quito de la lista de promociones por correo electrónico?""",
      labels=[Q], note="Spanish: two questions, one is how to opt out, which is a question only"),

    H(spec="s-as-asked-before", cat="single: unclear", date="2025-01-31 14:29:02",
      mailbox="powerhousecatalog", frm=("Helen Voss", "helenvoss@netins.net"), prov="netins", cli="thunderbird",
      subject="my other address",
      body="""Please do what I asked for last time for my other address too. It's the lake place.

Helen Voss""",
      labels=[], unclear=True, ent={"name": "Helen Voss"},
      note="refers to an earlier request without saying what, for an address not given: unclear"),

    H(spec="s-optedout-still-newsletter", cat="single: opt-out + question", date="2024-12-04 08:15:39",
      mailbox="customercare", frm=("Scott Lehnertz", "slehnertz@gmail.com"), prov="gmail", cli="gmail_web",
      reply="december",
      body="""I opted out of your emails in September and you just sent me this. Take me off for real this time, and tell me why it didn't work the first time.

Scott Lehnertz""",
      labels=[MO, Q], ent={"name": "Scott Lehnertz"},
      note="reply to the December newsletter: a new opt-out plus a complaint needing an answer"),

    H(spec="s-solar-cost-q", cat="single: question", date="2024-09-19 12:26:51",
      mailbox="customercare", frm=("Beth Carrigan", "bcarrigan@carriganfamilydental.com"), prov="m365",
      cli="outlook_desktop", reply="solar",
      body="""Hi,

What would community solar cost per month for a house like ours (about 2,000 sq ft, gas heat)? And is there a contract?

Thanks,
Beth""",
      labels=[Q], ent={"name": "Beth"},
      note="reply to the solar promo asking about the offer: question; the quoted opt-out footer is ours"),

    H(spec="s-both-optouts", cat="single: both opt-outs", date="2025-02-12 21:37:26",
      mailbox="powerhousecatalog", frm=("Jerome Wallace", "jeromewallace@att.net"), prov="yahoo", cli="yahoo_web",
      subject="Stop catalog / don't rent my name",
      body="""Stop the catalog and don't rent my name to anybody.

Jerome Wallace
Cust no. 01188420""",
      labels=[MO, CS], ent={"name": "Jerome Wallace", "account": "01188420"},
      note="both opt-outs in two short sentences"),

    H(spec="s-flicker-outage-q", cat="single: question", date="2025-02-14 07:22:15",
      mailbox="customercare", frm=("Bill Kramer", "billkramer@windstream.net"), prov="windstream",
      cli="thunderbird", subject="lights flickering on Oak St",
      body="""Our lights have been flickering all week, mostly in the evenings. Neighbors on Oak St in Independence say the same. Is something wrong on your end? Should we be worried?

Bill Kramer
50644""",
      labels=[Q], ent={"name": "Bill Kramer", "postal_code": "50644"},
      note="service question sent to the privacy address: still a question for a human"),

    H(spec="s-remove-and-who", cat="single: opt-out + question", date="2025-01-09 15:54:03",
      mailbox="powerhousecatalog", frm=("Vicki Salas", "vickisalas@gmail.com"), prov="gmail", cli="gmail_web",
      subject="Who has my name?",
      body="""Take me off the catalog list. And who have you given my name to? I want a list of the companies.

Vicki Salas""",
      labels=[MO, Q], ent={"name": "Vicki Salas"},
      note="catalog removal plus asking with whom the name was shared (a question, not a sharing opt-out)"),

    H(spec="s-es-baja-thermostat", cat="single: marketing opt-out", date="2024-10-15 20:40:12",
      mailbox="customercare", frm=("Rogelio Nava", "rogelionava@gmail.com"), prov="gmail", cli="gmail_android",
      lang="es", reply="thermostat", body="""BAJA por favor""",
      labels=[MO], note="Spanish 'baja' (unsubscribe) under our thermostat promotion: marketing opt-out"),

    H(spec="s-es-question-sharing", cat="single: question", date="2025-01-13 10:19:36",
      mailbox="powerhousecatalog", frm=("Ana Lucía Herrera", "analuciaherrera@outlook.com"), prov="outlookcom",
      cli="owa", lang="es", subject="¿Con quién comparten mis datos?",
      body="""Buen día. Leí que el catálogo PowerHouse comparte su lista de clientes con otras compañías. ¿Con qué compañías comparten mis datos? ¿También comparten mi correo electrónico?

Saludos,
Ana Lucía Herrera""",
      labels=[Q], ent={"name": "Ana Lucía Herrera"},
      note="Spanish: asks with whom data is shared; asking about sharing is a question, not an opt-out"),

    H(spec="s-stop-calls-solar", cat="single: marketing opt-out", date="2024-09-27 18:11:49",
      mailbox="customercare", frm=("Doug Riesberg", "driesberg@frontier.com"), prov="frontier", cli="thunderbird",
      subject="Phone calls",
      body="""Somebody from Alliant called me three times this week about community solar. Stop calling me about it. I'm not interested in any of your programs.

Doug Riesberg""",
      labels=[MO], ent={"name": "Doug Riesberg"},
      note="stop promotional phone calls: marketing opt-out by phone channel"),

    H(spec="s-html-only-share", cat="single: sharing opt-out", date="2024-12-30 11:46:22",
      mailbox="powerhousecatalog", frm=("Margaret Olson", "molson1948@centurylink.net"), prov="windstream",
      cli="roundcube", shape="html",
      subject="Privacy",
      body="""Please do not share my information with third parties.

Thank you,
Margaret Olson
Sheboygan WI 53081""",
      labels=[CS], ent={"name": "Margaret Olson", "postal_code": "53081"},
      note="HTML-only webmail message; 'third parties' is a sharing opt-out"),

    H(spec="s-emoji-reply-promo", cat="single: unclear", date="2025-01-14 19:03:27",
      mailbox="customercare", frm=("Kelsey Braun", "kelseybraun@icloud.com"), prov="icloud", cli="iphone",
      reply="assessment", body="""\U0001F44E""", sig="",
      labels=[], unclear=True,
      note="a thumbs-down emoji under our assessment promo: displeasure, but not a decidable request: unclear"),

    H(spec="s-thumbs-ack", cat="single: reply to our acknowledgement", date="2025-01-23 09:17:44",
      mailbox="customercare", frm=("Andre Whitfield", "andrewhitfield@gmail.com"), prov="gmail",
      cli="gmail_android", reply="ack_0123", body="""\U0001F44D""",
      labels=[], ack=None,
      note="thumbs-up under our own acknowledgement: a reply to our ack that asks for nothing, so no ack and not "
           "unclear (the emoji rule is about replies whose wish is undecidable; nothing is asked here)"),

    # ------------------------------------------------------------ List-Unsubscribe mailto from mail programs
    H(spec="lu-gmail-thermostat", cat="list-unsubscribe from a mail program", date="2024-10-16 06:30:55",
      mailbox="customercare", frm=("Julie Mertz", "juliemertz@gmail.com"), prov="gmail", cli="gmail_web",
      shape="plain", subject="unsubscribe",
      body="""This message was automatically generated by Gmail.""",
      labels=[MO],
      note="Gmail's Unsubscribe button mailing our List-Unsubscribe address: a person's opt-out, not automated; no "
           "Auto-Submitted, so acknowledged"),

    H(spec="lu-apple-holiday", cat="list-unsubscribe from a mail program", date="2024-11-12 19:08:34",
      mailbox="powerhousecatalog", frm=("Steph Carlson", "stephcarlson@me.com"), prov="icloud", cli="apple_mail",
      shape="plain", subject="unsubscribe", body="", cte="7bit", charset="us-ascii",
      labels=[MO],
      note="Apple Mail unsubscribe from the catalog e-mail, empty body: marketing opt-out, never a sharing opt-out"),

    H(spec="lu-sweeper-autosubmitted", cat="list-unsubscribe from a service", date="2024-12-04 03:12:08",
      mailbox="customercare", frm=("Carla Mendoza via Sweepbox", "u-7f2k1q@relay.sweepboxapp.com"), prov="m365",
      cli="service", shape="plain", subject="unsubscribe",
      body="""unsubscribe""", ack=None,
      extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Sweepbox Unsubscriber 3.2"],
      labels=[MO],
      note="inbox-cleaning service mailing our List-Unsubscribe address for its user: marketing opt-out, not "
           "automated; Auto-Submitted forbids an answer, so ack_to null"),

    H(spec="lu-outlook-assessment", cat="list-unsubscribe from a mail program", date="2025-01-15 13:44:19",
      mailbox="customercare", frm=("Brandon Tews", "brandontews@outlook.com"), prov="outlookcom", cli="owa",
      shape="plain", subject="unsubscribe", body="",
      labels=[MO],
      note="Outlook.com unsubscribe from the assessment promo, empty body: marketing opt-out"),

    H(spec="lu-yahoo-family-solar", cat="list-unsubscribe from a mail program", date="2024-09-18 20:17:42",
      mailbox="customercare", frm=("The Kowalski Family", "kowalskifam@yahoo.com"), prov="yahoo",
      cli="yahoo_web", shape="plain", subject="unsubscribe", body="",
      labels=[MO],
      note="shared family address unsubscribes itself via Yahoo's button: the address is the object, so no "
           "standing question; acknowledged at the From"),

    H(spec="lu-gmail-holiday-token", cat="list-unsubscribe from a mail program", date="2024-11-13 22:26:05",
      mailbox="powerhousecatalog", frm=("Owen Vandeberg", "owenvandeberg@gmail.com"), prov="gmail",
      cli="gmail_web", shape="plain", subject="unsubscribe PH-2411-HP",
      body="""unsubscribe PH-2411-HP

This message was automatically generated by Gmail.""",
      labels=[MO],
      note="Gmail unsubscribe with the campaign token in subject and body: opt-out; the token is not an account"),
]
