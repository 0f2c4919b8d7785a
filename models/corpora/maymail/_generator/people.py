"""Mail that people wrote to the two privacy mailboxes, 10-21 May 2027.

Every text below was written for its sender; nothing is generated from a
template.  Labels follow /work/shared/LABELS.md.
"""
from mimekit import dt, CDT, MDT, UTC
from registry import H, q_our
import ours as O

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

MO = "marketing_opt_out"
SH = "catalog_share_opt_out"
QU = "question"

P_MKT = "marketing opt-out (person)"
P_SH = "catalog-sharing opt-out"
P_BOTH = "both opt-outs"
P_Q = "question"
P_OQ = "opt-out + question"
P_UNC = "unclear"
P_THX = "thanks (no action)"


def build():
    # ------------------------------------------------------------ Monday 10 May
    H("lorraine", "powerhousecatalog", "2027-05-10 07:48:21",
      client="aol_web", provider="aol", from_name="Lorraine Hageman", from_addr="lhageman1942@aol.com",
      subject="PLEASE STOP THE CATALOGS", to=PH,
      body="""To Whom It May Concern,

I am writing to ask you to please stop sending the PowerHouse catalog to my home. On Saturday I got three of the Garden and Grill catalogs in one day. One is addressed to me, one to my late husband Harold who passed in 2019, and one to "Loraine Hagman" which I suppose is also me.

I am 84 years old. I do not grill and I have not ordered anything from you since Harold bought the snow blower. It is a waste of paper and my mail carrier has enough to carry.

Please take all three off your list. The customer number on my label is 04182236.

Thank you,
Lorraine Hageman
715 Pershing Blvd
Clinton IA 52732""",
      category=P_MKT, spec="widow, three copies of the paper catalog, letter style", labels=[MO],
      entities={"name": "Lorraine Hageman", "postal_code": "52732", "account": "04182236"},
      note="Clear catalog stop; the copy in her late husband's name is mail to her own household, so no on-behalf doubt. Three name variants, one customer number.")

    ack_deb = O.ack("CC-2027-05-10311", "May 7, 2027", "2027-05-07 14:22:09")
    H("deb-thanks", "customercare", "2027-05-10 08:31:02",
      client="iphone", provider="icloud", from_name="Deb Wiebold", from_addr="debwiebold@icloud.com",
      subject="Re: We received your request [CC-2027-05-10311]", to="Alliant Energy Customer Care <%s>" % CC,
      body="Thank you!", quote=q_our(ack_deb, "debwiebold@icloud.com"),
      category=P_THX, spec="one-line thanks under our acknowledgement", labels=[], ack=None,
      note="Thanks-only reply to our own acknowledgement: nothing to do, and no ack (LABELS: acknowledgement address null for a thank-you). The quoted ack mentions opting out and sharing.")

    H("tyler", "customercare", "2027-05-10 10:15:44",
      client="gmail_android", provider="gmail", from_name="Tyler Brandt", from_addr="tbrandt.ia@gmail.com",
      subject="do you sell customer info?",
      body="""Got a call this morning from some solar company that knew my name, my address AND that I'm with Alliant. Guy even knew roughly what my bill runs in the summer. Did you give them my info?? Do you sell customer lists to these people? I'd like an actual answer not a form letter.

Tyler""",
      category=P_Q, spec="suspects data was sold to a solar installer", labels=[QU], entities={"name": "Tyler"},
      note="Asks whether his data was sold; asking whether is a question, not a sharing opt-out. First name only.")

    H("nosbisch", "customercare", "2027-05-10 12:02:37",
      client="outlook_desktop", provider="isp", from_name="Greg Nosbisch", from_addr="gnosbisch@mchsi.com",
      subject="Moving - final bill and mailing lists",
      body="""Hello,

We sold our house at 3310 Blue Jay Dr NE, Cedar Rapids IA 52402 and close on May 27. We are moving to Omaha for my job so we won't be Alliant customers after that.

A few things:
1. We already scheduled the stop service for the 27th online. Where will the final bill go? We don't have the new address yet, we'll be in temporary housing for a month or two. Can you email it instead?
2. Please take both of us off any advertising, catalogs, promotions etc. Tami gets the PowerHouse catalog and I get the emails.
3. We do not want our names or any forwarding address given out to other companies.

Account number 4420 118 357.

Thanks,
Greg and Tami Nosbisch
319-555-0167""",
      category=P_OQ, spec="couple moving out of state: final bill, all marketing off, no sharing", labels=[MO, SH, QU],
      entities={"name": "Greg and Tami Nosbisch", "postal_code": "52402", "account": "4420 118 357"},
      note="Numbered list carries all three: marketing stop, no sharing, final-bill question. Account holder writing for the household, so the joint name stands.")

    H("kolbe", "powerhousecatalog", "2027-05-10 13:40:19",
      client="gmail_web", provider="gmail", from_name="Janet Kolbe", from_addr="jkolbe.gardens@gmail.com",
      subject="Please don't share my name",
      body="""Hello PowerHouse folks,

I got the Garden & Grill catalog Saturday and have already dog-eared half of it (the cedar raised beds!!). Keep them coming. But I noticed the small print inside the back cover about sharing names with other catalog companies, and I'd rather you didn't share mine. My mailbox is full enough of seed catalogs this time of year as it is.

Customer number from the label: 0771 5043

Thanks so much,
Janet Kolbe
Decorah""",
      category=P_SH, spec="gardener keeps the catalog, refuses sharing", labels=[SH],
      entities={"name": "Janet Kolbe", "account": "0771 5043"},
      note="Keep the catalog, don't share: sharing opt-out only. 'Keep them coming' must not be read as anything else.")

    H("rosa-how", "customercare", "2027-05-10 16:55:03",
      client="gmail_android", provider="gmail", from_name="Rosa Cruz", from_addr="rosaelena.cruz88@gmail.com",
      subject="pregunta", lang="es",
      body="""Buenas tardes, como le hago para ya no recibir publicidad de ustedes por correo? me llegan muchos papeles de ofertas y no se a donde llamar. gracias

Rosa Cruz""",
      category=P_Q, spec="Spanish: how do I stop your advertising mail?", language="es", labels=[QU],
      entities={"name": "Rosa Cruz"},
      note="Spanish. A question about how to opt out is a question only (LABELS); she does not ask us to do it. Easy to over-read as an opt-out.")

    H("steffen", "customercare", "2027-05-10 19:20:51",
      client="yahoo_android", provider="yahoo", from_name="Bill Steffen", from_addr="steffenbill@yahoo.com",
      subject="mailing list",
      body="Remove me from your mailing list. Thank you",
      category=P_MKT, spec="one-line removal from Yahoo on Android", labels=[MO],
      note="Plain 'remove me from your mailing list': marketing opt-out. No name in the body (only the From header).")

    H("kelly-stop", "powerhousecatalog", "2027-05-10 21:10:33",
      client="iphone", provider="icloud", from_name="Kelly McGrath", from_addr="kmcgrath77@icloud.com",
      subject="", body="Please stop.",
      category=P_UNC, spec="'Please stop.' with no subject and no object", labels=[], unclear=True,
      note="No object, no context, not a reply: unclear even though it reached the catalog mailbox (the mailbox is a hint, not an instruction).")

    # ------------------------------------------------------------ Tuesday 11 May: Garden & Grill day
    H("nate-unsub", "powerhousecatalog", "2027-05-11 07:25:40",
      client="iphone", provider="gmail", from_name="Nate Hollander", from_addr="nhollander22@gmail.com",
      msgid_domain="gmail.com",
      subject="Re: " + O.GG["subject"], to="PowerHouse Catalog <%s>" % PH,
      body="Unsubscribe", quote=q_our(O.GG, "nhollander22@gmail.com"),
      category=P_MKT, spec="'Unsubscribe' typed over the Garden & Grill e-mail", labels=[MO],
      note="Short word under one of our promotions: marketing opt-out. Quoted footer also offers sharing opt-out, which he did not ask for.")

    H("dwayne", "powerhousecatalog", "2027-05-11 07:51:12",
      client="outlook_desktop", provider="isp", from_name="Dwayne Rasmussen", from_addr="drasmussen@windstream.net",
      subject="RE: " + O.GG["subject"], to="'PowerHouse Catalog' <%s>" % PH,
      body="""I farm 640 acres. I dont need patio lights or a pellet smoker. take me off the email list
Dwayne""", quote=q_our(O.GG, "drasmussen@windstream.net"),
      category=P_MKT, spec="farmer in planting season, Outlook reply over the catalog e-mail", labels=[MO],
      entities={"name": "Dwayne"},
      note="Clear e-mail list removal under the catalog promo; Outlook-style quote block without '>' carries our footer.")

    H("priya", "powerhousecatalog", "2027-05-11 08:05:27",
      client="gmail_web", provider="gmail", from_name="Priya Natarajan", from_addr="priya.natarajan.wi@gmail.com",
      subject="Re: " + O.GG["subject"], to="PowerHouse Catalog <%s>" % PH,
      body="""Hi - re: the note at the bottom about sharing names with other catalog companies: please don't share mine (or my address). I do still want the catalog and these emails, I just ordered the string lights.

Thanks,
Priya Natarajan
Fitchburg, WI 53711""", quote=q_our(O.GG, "priya.natarajan.wi@gmail.com"),
      category=P_SH, spec="reply pointing at our footer: share no, e-mails yes", labels=[SH],
      entities={"name": "Priya Natarajan", "postal_code": "53711"},
      note="Her own sentence points at the quoted footer; the footer's 'unsubscribe' is not hers and she says she wants the e-mails. Sharing only.")

    H("cody-emoji", "powerhousecatalog", "2027-05-11 09:18:06",
      client="gmail_android", provider="gmail", from_name="Cody Ehlers", from_addr="codyehlers@gmail.com",
      subject="Re: " + O.GG["subject"], to="PowerHouse Catalog <%s>" % PH,
      body="\U0001F44E", quote=q_our(O.GG, "codyehlers@gmail.com"),
      category=P_UNC, spec="thumbs-down emoji over the catalog e-mail", labels=[], unclear=True,
      note="New text is one emoji: nothing decidable (LABELS: a reply that says only an emoji is unclear), even under a promotion.")

    H("phish-worry", "customercare", "2027-05-11 09:40:15",
      client="iphone", provider="gmail", from_name="Alexis", from_addr="alexis.m.renner@gmail.com",
      msgid_domain="gmail.com", subject="is this real??",
      body="""hey is this real?? got an email last night saying my service gets shut off tonight unless i pay through a link. i literally paid last week. it says alliant energy but the email address looks weird""",
      category=P_Q, spec="young customer asks if a disconnection e-mail is phishing", labels=[QU],
      note="Asks whether a disconnection notice is genuine: question. No name except the From display name.")

    H("olmstead", "powerhousecatalog", "2027-05-11 10:33:48",
      client="apple_mail", provider="icloud", from_name="Margaret Olmstead", from_addr="m.olmstead@icloud.com",
      subject="Re: " + O.GG["subject"], to="PowerHouse Catalog <%s>" % PH,
      body="""Hello,

I enjoy getting the paper catalog and I'll keep ordering from it, but I would like to stop receiving the emails. Two or three a month is too many for me.

Best,
Margaret Olmstead""", quote=q_our(O.GG, "m.olmstead@icloud.com"),
      category=P_MKT, spec="keep paper catalog, stop e-mails", labels=[MO],
      entities={"name": "Margaret Olmstead"},
      note="Channel limit: stop e-mails, keep paper. Marketing opt-out for the e-mail channel only (LABELS: channel limits are kept); no sharing wish.")

    H("analucia", "powerhousecatalog", "2027-05-11 12:47:30",
      client="gmail_ios", provider="gmail", from_name="Ana Lucia Morales", from_addr="analu.morales@gmail.com",
      subject="Catalogo",
      body="""Hello, yo ya no quiero recibir el catálogo PowerHouse ni los emails, ya no los uso. Thank you!

Ana Lucía Morales""",
      category=P_MKT, spec="Spanish/English mix: no more catalog or e-mails", language="mixed", labels=[MO],
      entities={"name": "Ana Lucía Morales"},
      note="Mixed Spanish/English; 'ni' joins catalog and e-mails into one stop. Name with accent only in the signature.")

    H("sheryl", "powerhousecatalog", "2027-05-11 14:30:09",
      client="yahoo_web", provider="yahoo", from_name="Sheryl Dunlap", from_addr="sdunlap_1961@yahoo.com",
      subject="Re-subscribe to catalog?",
      body="""Good afternoon,

A couple of years ago when we were in the middle of remodeling I asked to be taken off the PowerHouse mailing list because everything was going straight into the recycling. My husband just showed me the Garden & Grill email on his phone and now I want the rain barrel and a couple other things. Could you please put me back on the list for the paper catalog? My address is 1208 Kennedy Ave, Marshalltown IA 50158.

Thank you,
Sheryl Dunlap""",
      category=P_Q, spec="opting back in after an old removal", labels=[QU],
      entities={"name": "Sheryl Dunlap", "postal_code": "50158"},
      note="Opting back in is a question; the old removal she mentions is not a new opt-out (LABELS).")

    H("weidemann", "powerhousecatalog", "2027-05-11 17:05:55",
      client="outlook_desktop", provider="comcast", from_name="Ron Weidemann", from_addr="rweidemann@comcast.net",
      subject="Selling my name?",
      body="""I ordered a hose reel from your catalog last summer. Since then I have gotten catalogs from at least six outfits I never heard of, two of them addressed to "Ronald Weideman" spelled wrong the exact same way your label spells it. I think that answers my question but I want to hear it from you. Did PowerHouse sell or rent my name? To who?

Either way I want it stopped. Do not give my name or address to anybody else.

Ron Weidemann
2204 Harding Rd
Burlington IA 52601""",
      category=P_OQ, spec="suspects name was rented; asks to whom; stop sharing", labels=[SH, QU],
      entities={"name": "Ron Weidemann", "postal_code": "52601"},
      note="'Do not give my name or address to anybody else' is a sharing opt-out; 'did you sell it, to who' needs an answer. He does not ask to stop the catalog.")

    H("maddie", "powerhousecatalog", "2027-05-11 20:40:14",
      client="iphone", provider="gmail", from_name="maddie", from_addr="maddiefry03@gmail.com",
      msgid_domain="gmail.com",
      subject="Re: " + O.GG["subject"], to="PowerHouse Catalog <%s>" % PH,
      body="can you take me off the grill emails lol i live on the 4th floor. no yard no grill \U0001F62D",
      quote=q_our(O.GG, "maddiefry03@gmail.com"),
      category=P_MKT, spec="young renter on phone, request phrased as a question", labels=[MO],
      note="A question that is the request ('can you take me off') is the opt-out itself, not a question (LABELS).")

    # ------------------------------------------------------------ Wednesday 12 May: thermostat promo day
    H("vandermolen", "customercare", "2027-05-12 07:40:02",
      client="m365", provider="m365", from_name="Curt Vandermolen", from_addr="curt@vandermolenproperties.com",
      subject="Marketing mail to rental properties",
      body="""Good morning,

I own 14 rental units in Mason City and Clear Lake (Vandermolen Properties LLC). When a unit is vacant the service reverts to our business account, and every time that happens we start getting your promotional mail at those addresses: the catalog, solar flyers, thermostat offers, all of it. Then it sits in an empty unit's mailbox until the next tenant throws it away.

Please remove Vandermolen Properties LLC from all marketing mail and e-mail. Our business account is 7702 334 915.

Two questions:
1. Does this cover the vacant-unit service addresses, or do I need to list each one? I can send the list.
2. When a tenant opens their own account at one of our units, is their name ever shared with anyone because of our account? A couple of our tenants have asked.

Thanks,
Curt Vandermolen
Vandermolen Properties LLC
412 N Federal Ave, Suite 3
Mason City, IA 50401
641-555-0139""",
      category=P_OQ, spec="landlord: stop promos on business account, two questions", labels=[MO, QU],
      entities={"name": "Curt Vandermolen", "postal_code": "50401", "account": "7702 334 915"},
      note="Account holder (landlord's business) opts out for his own account; tenant-sharing is asked about, not refused on their behalf. ZIP from his signature.")

    H("jordan", "customercare", "2027-05-12 10:20:37",
      client="iphone", provider="icloud", from_name="Jordan Pham", from_addr="jpham.ia@icloud.com",
      subject="Re: " + O.TS_EN["subject"], to="Alliant Energy <%s>" % CC,
      body="I rent. My landlord would kill me if I swapped out the thermostat lol. Please stop sending these",
      quote=q_our(O.TS_EN, "jpham.ia@icloud.com"),
      category=P_MKT, spec="renter replies to thermostat promo", labels=[MO],
      note="'Stop sending these' under a promotion: marketing opt-out.")

    H("lupita", "customercare", "2027-05-12 10:45:58",
      client="gmail_android", provider="gmail", from_name="Guadalupe Ortiz", from_addr="lupita.ortiz.mx@gmail.com",
      subject="Re: " + O.TS_ES["subject"], to="Alliant Energy <%s>" % CC, lang="es",
      body="""Por favor ya no me manden estos correos de promociones. Gracias.

Guadalupe""", quote=q_our(O.TS_ES, "lupita.ortiz.mx@gmail.com"),
      category=P_MKT, spec="Spanish reply under the Spanish thermostat promo", language="es", labels=[MO],
      entities={"name": "Guadalupe"},
      note="Spanish 'stop sending these promotional e-mails' under our Spanish promo: marketing opt-out. First name only.")

    H("hector", "customercare", "2027-05-12 11:30:21",
      client="outlook_com", provider="outlook", from_name="Héctor Ramírez", from_addr="hector.ramirez71@hotmail.com",
      subject="Pregunta sobre el reembolso del termostato",
      body="""Buenas tardes:

Recibí su correo sobre el reembolso de $75 por el termostato inteligente. Yo compré uno el 18 de abril en la ferretería y ya lo instalé. ¿Todavía califico si lo compré antes de que saliera la promoción? El correo dice que hay 60 días para mandar el recibo.

Mi número de cuenta es 5190 226 481.

Muchas gracias,
Héctor Ramírez""",
      category=P_Q, spec="Spanish: does an April purchase qualify for the rebate?", language="es", labels=[QU],
      entities={"name": "Héctor Ramírez", "account": "5190 226 481"},
      note="Spanish question about the promotion (wanting the offer, not leaving it). ISO-8859-1 body from Outlook.com.")

    H("luedtke", "customercare", "2027-05-12 13:15:44",
      client="aol_web", provider="aol", from_name="Gary Luedtke", from_addr="garyluedtke@aol.com",
      subject="Re: " + O.TS_EN["subject"], to=CC,
      body="""THIS IS THE THIRD TIME I HAVE ASKED YOU PEOPLE TO STOP SENDING ME ADVERTISING. I called in March and I emailed in April. I pay my bill on time every month, thats the only thing I want from you. STOP. If I get one more of these I am calling the Utilities Board.

Gary Luedtke""", quote=q_our(O.TS_EN, "garyluedtke@aol.com"),
      category=P_OQ, spec="angry third request, threatens regulator complaint", labels=[MO, QU],
      entities={"name": "Gary Luedtke"},
      note="Clear stop under a promo; the earlier requests are context, not a vague reference. The complaint (ignored twice, regulator threat) needs a human: question.")

    H("kaminski", "customercare", "2027-05-12 21:05:10",
      client="gmail_web", provider="gmail", from_name="Steve Kaminski", from_addr="skaminski.cr@gmail.com",
      subject="Re: " + O.TS_EN["subject"], to="Alliant Energy <%s>" % CC,
      body="No thanks.", quote=q_our(O.TS_EN, "skaminski.cr@gmail.com"),
      category=P_UNC, spec="'No thanks.' under the thermostat promo", labels=[], unclear=True,
      note="Declines this offer but does not ask to stop contact; could be either. Unclear rather than guessing an opt-out.")

    # ------------------------------------------------------------ Thursday 13 May
    H("elena", "customercare", "2027-05-13 08:10:29",
      client="proton", provider="proton", from_name="Elena Vasquez-Holt", from_addr="evholt@proton.me",
      subject="Request for a copy of my personal information",
      body="""Hello,

Under your privacy policy, I am requesting a copy of the personal information Alliant Energy holds about me. Specifically:

- the contact details and account information on file;
- any marketing or promotional lists I am on, and how I was added to them;
- any third parties (including catalog companies) my name or address has been shared with in the last three years.

My account number is 3318 902 774 and my service address is 5 Cherry Hill Ct, Sun Prairie, WI 53590.

Please send the information to this e-mail address. I'm happy to verify my identity however you need.

Thank you,
Elena Vasquez-Holt""",
      category=P_Q, spec="formal data access request", labels=[QU],
      entities={"name": "Elena Vasquez-Holt", "postal_code": "53590", "account": "3318 902 774"},
      note="A copy-of-my-data request is a clear question (LABELS). Words like 'marketing lists' and 'shared with' are asked about, not refused.")

    ack_brenda = O.ack("CC-2027-05-10447", "May 11, 2027", "2027-05-11 07:31:40")
    H("brenda", "customercare", "2027-05-13 09:30:17",
      client="yahoo_ios", provider="yahoo", from_name="Brenda Tiedt", from_addr="btiedt65@yahoo.com",
      subject="Re: We received your request [CC-2027-05-10447]", to=CC,
      body="""Got this confirmation but the paper Garden & Grill catalog still came in the mail today. Does the opt out cover the paper catalog or only the emails? I want both stopped.""",
      quote=q_our(ack_brenda, "btiedt65@yahoo.com"),
      category=P_OQ, spec="reply to our ack: paper catalog still came, wants both stopped", labels=[MO, QU],
      note="Reply to our acknowledgement that adds a new, explicit request ('I want both stopped') and asks about scope. Not a thanks, not a loop.")

    H("aaliyah", "customercare", "2027-05-13 11:45:50",
      client="gmail_ios", provider="gmail", from_name="Aaliyah Brooks", from_addr="aaliyahbrooks.dbq@gmail.com",
      subject="closing my account + emails",
      body="""Hi! I graduate Saturday (finally) and I'm moving back home to Chicago at the end of the month. My account for my apartment at 1645 Loras Blvd Apt 3 in Dubuque is set to close May 31, I did that online already. Couple things:

- where will my final bill go? I won't be at this address. can it just come to this email?
- also please take me off the marketing emails, I won't be a customer anyway

acct # 6603 558 120

thanks!!
Aaliyah""",
      category=P_OQ, spec="graduate moving out: final bill + marketing e-mails off", labels=[MO, QU],
      entities={"name": "Aaliyah", "account": "6603 558 120"},
      note="Graduation move: final-bill question plus a clear e-mail opt-out. No ZIP written.")

    H("mariajose", "powerhousecatalog", "2027-05-13 14:20:45",
      client="gmail_web", provider="gmail", from_name="María José Hernández", from_addr="mjhernandez.fdl@gmail.com",
      subject="No compartan mis datos",
      body="""Hola,

No quiero que compartan mi nombre ni mi dirección con otras compañías de catálogos. Sí quiero seguir recibiendo el catálogo PowerHouse, me gusta mucho.

María José Hernández
88 Forest Ave, Fond du Lac, WI 54935""",
      category=P_SH, spec="Spanish: keep catalog, no sharing", language="es", labels=[SH],
      entities={"name": "María José Hernández", "postal_code": "54935"},
      note="Spanish sharing opt-out; 'sí quiero seguir recibiendo' keeps the catalog, so no marketing opt-out.")

    H("lindquist", "customercare", "2027-05-13 16:00:08",
      client="outlook_com", provider="outlook", from_name="Derek Lindquist", from_addr="derek.lindquist@outlook.com",
      subject="Do Not Sell My Personal Information",
      body="""Do not sell my personal information.

Derek Lindquist
Stoughton WI 53589""",
      category=P_SH, spec="'Do not sell my personal information' to the general mailbox", labels=[SH],
      entities={"name": "Derek Lindquist", "postal_code": "53589"},
      note="The phrase is listed as a sharing opt-out in LABELS whatever mailbox it reaches; it says nothing about promotions.")

    H("tammy", "powerhousecatalog", "2027-05-13 19:40:26",
      client="samsung", provider="gmail", from_name="Tammy Reinke", from_addr="tammyreinke@gmail.com",
      subject="Catalog",
      body="Stop sending the catalog and dont give my name to anyone else either. Thanks",
      category=P_BOTH, spec="both opt-outs in one line from a Galaxy phone", labels=[MO, SH],
      note="Both opt-outs in one sentence. Base64 Samsung body.")

    # ------------------------------------------------------------ Friday 14 May
    H("kessel", "customercare", "2027-05-14 07:15:33",
      client="outlook_desktop", provider="isp", from_name="Linda Kessel", from_addr="lkessel@charter.net",
      subject="Question about unsubscribing",
      body="""Good morning,

I'd like to unsubscribe from your advertising emails but I do NOT want to miss outage alerts or my bill. If I unsubscribe will those stop too? I rely on the outage texts and emails, especially with my husband's oxygen machine. Please let me know before I do anything.

Linda Kessel""",
      category=P_Q, spec="wants to know if unsubscribing stops outage alerts; asks us to wait", labels=[QU],
      entities={"name": "Linda Kessel"},
      note="Hard: 'I'd like to unsubscribe' is conditional, and she explicitly asks us to answer before she does anything. Question only; acting would overrule her.")

    bill_pam = O.bill_notice("2291", "$212.67", "June 2, 2027", "2027-05-13 05:12:44")
    H("pam", "customercare", "2027-05-14 09:50:12",
      client="outlook_desktop", provider="isp", from_name="Pam Hoeft", from_addr="pamhoeft@centurylink.net",
      subject="FW: Your Alliant Energy bill is ready", to=CC,
      body="""Can someone explain why this bill is $48 higher than April's? We had the windows open most of April and haven't run the AC once. Is there a new charge? I didn't see anything in the mail about a rate change.

Pam""", fwd=q_our(bill_pam, "pamhoeft@centurylink.net"),
      category=P_Q, spec="forwards the bill notice with a billing question", labels=[QU], entities={"name": "Pam"},
      note="Billing question over a forwarded service message; the account digits in the forwarded bill are not her words, so no account entity.")

    ack_kevin = O.ack("CC-2027-05-10612", "May 13, 2027", "2027-05-13 20:14:03")
    H("kevin", "customercare", "2027-05-14 12:30:41",
      client="gmail_web", provider="gmail", from_name="Kevin Boyle", from_addr="kboyle.dbq@gmail.com",
      subject="Re: We received your request [CC-2027-05-10612]", to="Alliant Energy Customer Care <%s>" % CC,
      body="""Do the same for my mom's address please, she's at 1190 Rhomberg Ave. Thanks, Kevin""",
      quote=q_our(ack_kevin, "kboyle.dbq@gmail.com"),
      category=P_UNC, spec="'do the same for my mom' under our acknowledgement", labels=[], unclear=True,
      note="Reference to an earlier request without saying what, and on behalf of his mother: unclear twice over. The request is for the mother, who is not named, so no name entity.")

    read_linda = None  # the read receipt for staff's reply to Linda is in machines.py

    alert_jess = O.outage_alert("1520 29th St NE, Cedar Rapids, IA 52402", "O-2705-14-0412")
    H("jess-stop", "customercare", "2027-05-14 21:52:09",
      client="iphone", provider="icloud", from_name="Jess Kramer", from_addr="jesskramer@icloud.com",
      subject="Re: " + alert_jess["subject"], to="Alliant Energy Customer Care <%s>" % CC,
      body="STOP", quote=q_our(alert_jess, "jesskramer@icloud.com"),
      category=P_UNC, spec="'STOP' under the tornado-night outage alert", labels=[], unclear=True,
      note="STOP under a service message (outage alert, answered via its Reply-To) is not a marketing opt-out: unclear. The quoted service address is ours, not an entity.")

    alert_matt = O.outage_alert("3821 Mount Vernon Rd SE, Cedar Rapids, IA 52403", "O-2705-14-0388")
    H("matt-eta", "customercare", "2027-05-14 22:10:46",
      client="gmail_android", provider="gmail", from_name="Matt Schroeder", from_addr="mattschroeder.cr@gmail.com",
      subject="Re: " + alert_matt["subject"], to="Alliant Energy Customer Care <%s>" % CC,
      body="""How long?? We have the sump pump on a generator and the basement is already taking water. Any ETA for 52403? Neighbors across the street have power""",
      quote=q_our(alert_matt, "mattschroeder.cr@gmail.com"),
      category=P_Q, spec="storm night: asks restoration time", labels=[QU], entities={"postal_code": "52403"},
      note="Service question under the outage alert. The ZIP he typed is his own words (it also appears in the quoted alert).")

    alert_jl = O.outage_alert("1407 Ellis Blvd NW, Cedar Rapids, IA 52405", "O-2705-14-0455")
    H("joseluis-baja", "customercare", "2027-05-14 22:31:50",
      client="samsung", provider="yahoo", from_name="Jose Luis Gomez", from_addr="jlgomez_82@yahoo.com",
      subject="Re: " + alert_jl["subject"], to="Alliant Energy Customer Care <%s>" % CC, lang="es",
      body="BAJA", quote=q_our(alert_jl, "jlgomez_82@yahoo.com"),
      category=P_UNC, spec="Spanish 'BAJA' (unsubscribe) under the outage alert", language="es", labels=[], unclear=True,
      note="Spanish stop keyword under a service message: same rule as STOP, unclear.")

    alert_dot = O.outage_alert("611 N 10th St, Marion, IA 52302", "O-2705-14-0501")
    H("dorothy", "customercare", "2027-05-14 23:05:19",
      client="aol_web", provider="aol", from_name="Dorothy Ames", from_addr="dotames@aol.com",
      subject="Re: " + alert_dot["subject"], to="Alliant Energy Customer Care <%s>" % CC,
      body="""Please stop sending me these alerts at 11 o'clock at night. I am 74 years old and the phone going off scared me half to death. I know the power is out, I am sitting in the dark. I don't need an email about it.

Dorothy Ames""", quote=q_our(alert_dot, "dotames@aol.com"),
      category=P_Q, spec="wants outage alerts stopped (service, not marketing)", labels=[QU],
      entities={"name": "Dorothy Ames"},
      note="Hard: a clear stop, but of outage alerts, which are service messages. Not marketing; changing alert settings needs staff, so question.")

    # ------------------------------------------------------------ Saturday 15 May
    rst_heff = O.restored("2675 Lincolnway, Marion, IA 52302", "O-2705-14-0497", "2027-05-15 02:41:10")
    H("heffernan", "customercare", "2027-05-15 08:20:37",
      client="gmail_web", provider="gmail", from_name="Mike Heffernan", from_addr="mheffernan61@gmail.com",
      subject="Re: " + rst_heff["subject"], to="Alliant Energy Customer Care <%s>" % CC,
      body="""Please thank the crews for us. They were out on our road in the hail at 2 in the morning. We appreciate it!

The Heffernans""", quote=q_our(rst_heff, "mheffernan61@gmail.com"),
      category=P_THX, spec="thanks the line crews under the restoration notice", labels=[], ack=None,
      note="Pure thanks under a service message: no label, not unclear, no acknowledgement due. 'The Heffernans' is a household sign-off, no request, so no entity.")

    rst_ed = O.restored("1107 Grant St, Marion, IA 52302", "O-2705-14-0509", "2027-05-15 13:02:55")
    H("pieper", "customercare", "2027-05-15 14:45:08",
      client="outlook_desktop", provider="isp", from_name="Ed Pieper", from_addr="edpieper@iowatelecom.net",
      subject="RE: " + rst_ed["subject"], to="'Alliant Energy Customer Care' <%s>" % CC,
      body="""Power came back on around 1 this afternoon but when it did something surged. Our garage door opener is dead and the furnace control board is fried (the furnace guy was just here). Who do I talk to about a claim?

Ed Pieper
1107 Grant St
Marion IA 52302""", quote=q_our(rst_ed, "edpieper@iowatelecom.net"),
      category=P_Q, spec="surge damage claim after restoration", labels=[QU],
      entities={"name": "Ed Pieper", "postal_code": "52302"},
      note="Damage claim question under the restoration notice. His signature repeats the service address that is also in the quote; the signature counts.")

    H("brinkman", "powerhousecatalog", "2027-05-15 16:30:22",
      client="thunderbird", provider="isp", from_name="Walter J. Brinkman", from_addr="wbrinkman@frontier.com",
      xmailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.10.1",
      subject="PowerHouse Catalog - removal and non-disclosure request",
      body="""To whom it may concern:

I am writing regarding the PowerHouse Catalog. Please remove my name and address from your mailing list. I do not wish to receive the catalog any longer, nor any other advertising from Alliant Energy or its affiliates.

Further, I do not authorize PowerHouse or Alliant Energy to sell, rent, exchange or otherwise provide my name and address to any other company, and I ask that you record this instruction.

Finally, I would like to know whether my name has already been provided to other companies and, if so, to which ones. Since placing an order in 2025 I have received catalogs from several firms with which I have never done business.

My customer number, as printed on the catalog, is 0093 4418 2.

Sincerely,

Walter J. Brinkman
616 Elm Street
Waupun, WI 53963""",
      category=P_OQ, spec="formal letter: stop, no sharing, and who got my name", labels=[MO, SH, QU],
      entities={"name": "Walter J. Brinkman", "postal_code": "53963", "account": "0093 4418 2"},
      note="All three labels in three paragraphs. Name kept as written with middle initial.")

    # ------------------------------------------------------------ Sunday 16 May
    H("claire", "powerhousecatalog", "2027-05-16 09:15:40",
      client="apple_mail", provider="icloud", from_name="Claire Donnelly", from_addr="claire.donnelly@me.com",
      subject="Who do you share names with?",
      body="""Hi there,

I just ordered the cedar raised bed kit (love it already). I noticed the note in the catalog that you sometimes share your customer list with other catalog companies. Before I decide whether to opt out, can you tell me which companies those are, and whether they get anything besides name and address? If it's other garden catalogs I honestly might not mind.

Thanks!
Claire""",
      category=P_Q, spec="asks which companies get the list before deciding", labels=[QU], entities={"name": "Claire"},
      note="Asking with whom names are shared is a question; she explicitly has not decided to opt out.")

    H("luckstead", "powerhousecatalog", "2027-05-16 20:30:03",
      client="yahoo_web", provider="yahoo", from_name="Kari Luckstead", from_addr="kluckstead@yahoo.com",
      subject="New address for catalog",
      body="""Hello,

We moved from Dubuque to Platteville at the beginning of May. Please change the address for our PowerHouse catalog to:

Kari Luckstead
245 W Pine St
Platteville, WI 53818

Old address was 1850 Key Way Dr, Dubuque IA 52002. Also, now that we've moved, please don't share our new address with any other companies. We just got rid of years of junk mail by moving and I'd like to keep it that way!

Thanks,
Kari""",
      category=P_OQ, spec="mover: change catalog address, don't share the new one", labels=[SH, QU],
      entities={"name": "Kari Luckstead", "postal_code": "53818"},
      note="Change of address is a question; 'don't share our new address' is a sharing opt-out while keeping the catalog. Two ZIPs: the new (current) one is hers.")

    # ------------------------------------------------------------ Monday 17 May
    H("nancy", "customercare", "2027-05-17 08:05:51",
      client="ipad", provider="icloud", from_name="Nancy Ellis", from_addr="nancyellis@icloud.com",
      subject="Mail for my mother",
      body="""Hello,

My mother, Evelyn Strand, passed away in March. She is still getting catalogs and the Alliant flyers at her house at 402 3rd Ave SW in Oelwein. Could you please stop those? It's hard to see her name on them.

Thank you,
Nancy Ellis""",
      category=P_UNC, spec="daughter asks to stop mail for her late mother", labels=[], unclear=True,
      entities={"name": "Evelyn Strand"},
      note="On behalf of a deceased parent with no stated standing (executor, account holder): unclear for staff, who also handle the account. Entity is the mother's name.")

    H("feld", "customercare", "2027-05-17 09:30:36",
      client="gmail_web", provider="gmail", from_name="Marcus Feld", from_addr="marcus.feld@gmail.com",
      tz=CDT, subject="Delete my data",
      body="""I closed my Alliant account when I moved to Austin in March. Final bill is paid. Please delete all of the personal information you have about me, I don't want to be in your systems at all anymore.

Old account: 2045 671 038

Marcus Feld""",
      category=P_UNC, spec="delete-everything request after moving away", labels=[], unclear=True,
      entities={"name": "Marcus Feld", "account": "2045 671 038"},
      note="Delete-everything request: LABELS says unclear plus question; this set keeps the manifest rule unclear => labels [] (see README judgement calls). Staff review.")

    H("senad", "customercare", "2027-05-17 12:10:14",
      client="outlook_com", provider="outlook", from_name="Senad Hodžić", from_addr="senad.hodzic@hotmail.com",
      subject="advertisment", charset="utf-8",
      body="""Hello,

Please I not want more advertisment paper from Alliant in my post box. Every week comes something, catalog, solar, thermostat. Only the bill I want, nothing more. Thank you very much.

Senad Hodžić
2219 N Court St
Ottumwa IA 52501""",
      category=P_MKT, spec="second-language writer: only the bill, no advertising paper", labels=[MO],
      entities={"name": "Senad Hodžić", "postal_code": "52501"},
      note="Non-native English but unambiguous: no advertising by post, bills only. RFC 2047 display name, UTF-8 body.")

    H("yesenia", "customercare", "2027-05-17 15:40:27",
      client="gmail_web", provider="gmail", from_name="Yesenia Castillo", from_addr="yesecastillo@gmail.com",
      subject="Publicidad y factura en español",
      body="""Buenos días,

Quiero que me quiten de su lista de publicidad, ya no quiero recibir ofertas ni por correo ni por email.

Y otra pregunta: ¿me pueden mandar la factura en español? Mi mamá vive conmigo y ella es la que paga y no lee bien el inglés.

Cuenta: 8814 230 667
Yesenia Castillo
Marshalltown, IA 50158""",
      category=P_OQ, spec="Spanish: off the advertising list + bill in Spanish?", language="es", labels=[MO, QU],
      entities={"name": "Yesenia Castillo", "postal_code": "50158", "account": "8814 230 667"},
      note="Spanish opt-out (post and e-mail) plus a service question about a Spanish-language bill.")

    H("sophie", "powerhousecatalog", "2027-05-17 19:05:48",
      client="gmail_ios", provider="gmail", from_name="Sophie Tran", from_addr="sophietran.wi@gmail.com",
      subject="catalog for old tenant",
      body="""hi! i just moved into my first apartment and i keep getting a PowerHouse catalog addressed to the last tenant (Brittany Koenig). can you stop sending it here? she doesnt live here anymore. thanks!""",
      category=P_UNC, spec="new renter asks to stop the previous tenant's catalog", labels=[], unclear=True,
      entities={"name": "Brittany Koenig"},
      note="Request about someone else's catalog (former tenant); LABELS lists tenants among on-behalf cases without standing: unclear. Entity is the person the request is for.")

    # ------------------------------------------------------------ Tuesday 18 May: community solar promo
    H("heinz", "customercare", "2027-05-18 09:44:31",
      client="xfinity", provider="comcast", from_name="Doug Heinz", from_addr="dheinz@comcast.net",
      subject="Re: " + O.CS["subject"], to="Alliant Energy <%s>" % CC,
      body="Not interested. Take me off.", quote=q_our(O.CS, "dheinz@comcast.net"),
      category=P_MKT, spec="terse refusal under the community solar promo", labels=[MO],
      note="'Take me off' under a promotion: marketing opt-out (contrast 'No thanks.' which only declines).")

    H("kayla", "customercare", "2027-05-18 10:30:55",
      client="iphone", provider="gmail", from_name="Kayla Mueller", from_addr="kaylamueller.ia@gmail.com",
      msgid_domain="gmail.com",
      subject="Re: " + O.CS["subject"], to="Alliant Energy <%s>" % CC,
      body="""Hi, I rent an apartment in Marion. Does community solar actually work for renters? What does it cost a month and is there a contract? What happens if I move out of Alliant's area?

Kayla""", quote=q_our(O.CS, "kaylamueller.ia@gmail.com"),
      category=P_Q, spec="renter interested in community solar", labels=[QU], entities={"name": "Kayla"},
      note="Wanting more is a question, not an opt-out.")

    H("diego", "customercare", "2027-05-18 13:00:19",
      client="gmail_android", provider="gmail", from_name="Diego Alvarado", from_addr="diegoalvarado.wi@gmail.com",
      subject="Re: " + O.CS["subject"], to="Alliant Energy <%s>" % CC,
      body="hola, plz take me off the community solar emails, ni tengo casa propia jaja \U0001F605",
      quote=q_our(O.CS, "diegoalvarado.wi@gmail.com"),
      category=P_MKT, spec="Spanglish phone reply under the solar promo", language="mixed", labels=[MO],
      note="Mixed Spanish/English; clear 'take me off the ... emails'.")

    ack_laura = O.ack("CC-2027-05-10752", "May 18, 2027", "2027-05-18 16:58:12")
    H("laura", "customercare", "2027-05-18 17:20:04",
      client="gmail_web", provider="gmail", from_name="Laura Pettit", from_addr="laurapettit.beloit@gmail.com",
      subject="Re: We received your request [CC-2027-05-10752]", to="Alliant Energy Customer Care <%s>" % CC,
      body="""Thanks for the quick confirmation. One more thing I forgot: please also don't share my name or address with any other companies.

Laura Pettit""", quote=q_our(ack_laura, "laurapettit.beloit@gmail.com"),
      category=P_SH, spec="thanks + new sharing request under our acknowledgement", labels=[SH],
      entities={"name": "Laura Pettit"},
      note="Starts like a thank-you to our ack but adds a new sharing opt-out in her own words: labelled and acknowledged.")

    H("hemesath", "customercare", "2027-05-18 20:00:42",
      client="roundcube", provider="isp", from_name="Bonnie Hemesath", from_addr="bhemesath@netins.net",
      subject="community solar flyer and our bill",
      body="""Hello,

We farm north of Waverly and got your community solar email today and a flyer last week. We put 40 panels on the machine shed two years ago (net metered with you) so we really don't need to hear about solar from you of all people. Please quit sending us the solar advertising, and the PowerHouse catalog too while you're at it. We don't need a pellet smoker either.

While I have you: since March there is a line on our bill called "Renewable Resource Rider." What is that, and why are we paying it when we make our own power half the year?

Account 9031 447 260, it's in both our names.

Bonnie Hemesath
2931 Quail Ave
Waverly, IA 50677""",
      category=P_OQ, spec="farm household: stop solar ads and catalog, bill-rider question", labels=[MO, QU],
      entities={"name": "Bonnie Hemesath", "postal_code": "50677", "account": "9031 447 260"},
      note="Joint account holder writing for the household: stop promos (post and e-mail) plus a bill question. Written fresh, not as a reply.")

    # ------------------------------------------------------------ Wednesday 19 May: newsletter
    H("cheryl", "customercare", "2027-05-19 07:30:14",
      client="gmail_android", provider="gmail", from_name="Cheryl Ostrander", from_addr="cherylostrander@gmail.com",
      subject="Re: " + O.NL["subject"], to="Alliant Energy <%s>" % CC,
      body="please no more newsletters", quote=q_our(O.NL, "cherylostrander@gmail.com"),
      category=P_MKT, spec="no more newsletters, under the newsletter", labels=[MO],
      note="Newsletter opt-out is a marketing opt-out (LABELS examples).")

    H("gassman", "customercare", "2027-05-19 09:00:33",
      client="outlook_desktop", provider="isp", from_name="Tom Gassman", from_addr="tgassman@mchsi.com",
      subject="FW: " + O.NL["subject"], to=CC,
      body="See below.", fwd=q_our(O.NL, "tgassman@mchsi.com"),
      category=P_UNC, spec="forwards our newsletter back with 'See below.'", labels=[], unclear=True,
      note="New text says nothing decidable; the forwarded newsletter's 'unsubscribe' is ours, not his (LABELS: 'see below' is unclear).")

    H("maricela", "powerhousecatalog", "2027-05-19 11:45:20",
      client="gmail_android", provider="gmail", from_name="Maricela Ibarra", from_addr="maricela.ibarra21@gmail.com",
      subject="catalogo",
      body="""no me manden el catalogo y no le den mi nombre a otras compañias porfa. gracias
Maricela Ibarra""",
      category=P_BOTH, spec="Spanish phone message: no catalog, no sharing", language="es", labels=[MO, SH],
      entities={"name": "Maricela Ibarra"},
      note="Spanish, both opt-outs in one line; no accents on 'catalogo', informal 'porfa'.")

    H("bauerly", "customercare", "2027-05-19 14:10:09",
      client="yahoo_ios", provider="yahoo", from_name="Kim Bauerly", from_addr="kbauerly@yahoo.com",
      subject="Re: " + O.NL["subject"], to=CC,
      body="How did you get this email address? I never signed up for any newsletter from Alliant.",
      quote=q_our(O.NL, "kbauerly@yahoo.com"),
      category=P_Q, spec="asks how we got her address, under the newsletter", labels=[QU],
      note="Hard: irritation implies she may want off, but she only asks how she was added. Question only; an opt-out would be a guess.")

    H("fernando", "customercare", "2027-05-19 16:40:51",
      client="gmail_web", provider="gmail", from_name="Fernando Ruiz", from_addr="fruiz.beloit@gmail.com",
      subject="¿Venden mis datos?",
      body="""Hola,

¿Ustedes venden mis datos personales a otras empresas? Desde que abrí mi cuenta con Alliant me llaman de compañías de seguros y de paneles solares. Quiero saber qué hacen con mi información.

Gracias,
Fernando Ruiz
Beloit WI""",
      category=P_Q, spec="Spanish: do you sell my data?", language="es", labels=[QU],
      entities={"name": "Fernando Ruiz"},
      note="Spanish question about data selling; asking whether is not refusing. 'Beloit WI' has no ZIP.")

    # ------------------------------------------------------------ Thursday 20 May
    H("vrba", "powerhousecatalog", "2027-05-20 08:20:47",
      client="outlook_com", provider="outlook", from_name="Joan Vrba", from_addr="joanvrba@outlook.com",
      subject="Is my request still on file?",
      body="""Hello,

In March I wrote to you asking that my name not be shared with other catalog companies, and I got a confirmation back. This month I've started getting garden catalogs from two companies I've never ordered from. Is my request still on file? Could you check and let me know?

Joan Vrba
1033 3rd St SE
Cedar Rapids, IA 52401""",
      category=P_Q, spec="checks an old sharing opt-out after new catalogs arrive", labels=[QU],
      entities={"name": "Joan Vrba", "postal_code": "52401"},
      note="Hard: full of sharing words, but the opt-out is the March one; she asks us to check. Question only.")

    H("rafael", "customercare", "2027-05-20 10:05:38",
      client="gmail_android", provider="gmail", from_name="Rafael Domínguez", from_addr="rafadominguez.ia@gmail.com",
      subject="Cambio de dirección",
      body="""Buenos días. Nos cambiamos de casa el 1 de mayo, seguimos en Cedar Rapids. La nueva dirección es 2716 Bowling St SW, Cedar Rapids IA 52404. Por favor cambien la dirección de mi cuenta para que la factura llegue a la casa nueva. Número de cuenta 1127 840 593.
Rafael Domínguez""",
      category=P_Q, spec="Spanish change of address for the bill", language="es", labels=[QU],
      entities={"name": "Rafael Domínguez", "postal_code": "52404", "account": "1127 840 593"},
      note="Change of address is a question (LABELS).")

    ack_mari = O.ack("CC-2027-05-10808", "May 19, 2027", "2027-05-19 11:46:02")
    H("maricela-thanks", "customercare", "2027-05-20 12:30:16",
      client="gmail_android", provider="gmail", from_name="Maricela Ibarra", from_addr="maricela.ibarra21@gmail.com",
      subject="Re: We received your request [CC-2027-05-10808]", to="Alliant Energy Customer Care <%s>" % CC,
      lang="es", body="muchas gracias!! \U0001F64F", quote=q_our(ack_mari, "maricela.ibarra21@gmail.com"),
      category=P_THX, spec="Spanish thanks under our acknowledgement", language="es", labels=[], ack=None,
      note="Thanks-only reply to our acknowledgement (her request was the day before): nothing to do, no ack.")

    H("pfeiffer", "customercare", "2027-05-20 15:20:11",
      client="webform", provider="webform", from_name="", from_addr="noreply@alliantenergy.com",
      reply_to="junepfeiffer41@aol.com",
      subject="Contact Us: Marketing preferences",
      body="""A message was submitted through the Contact Us form on alliantenergy.com.

Topic: Marketing preferences
Name: Harold and June Pfeiffer
Email: junepfeiffer41@aol.com
Phone: 563-555-0118
Account number: 3370 512 884
Service ZIP code: 52001

Message:
We are both in our eighties and we get too much mail. Please stop all advertising mail and email to our house. We only want the bill.

Submitted: 05/20/2027 3:19 PM CT
Form ID: CU-884213""",
      category=P_MKT, spec="older couple via the Contact Us web form relay", labels=[MO],
      entities={"name": "Harold and June Pfeiffer", "postal_code": "52001", "account": "3370 512 884"},
      note="Form relay: From is our noreply address, the customer is in Reply-To, so the ack goes there. Field values are the customer's own words.")

    H("ramsey", "customercare", "2027-05-20 18:00:25",
      client="m365", provider="m365", from_name="Ramsey, Jill", from_addr="jramsey@heartlandmutual-ins.com",
      reply_to="jill.ramsey78@gmail.com",
      subject="Please remove my gmail from promotions",
      body="""Hi,

Sorry to write from my work email, I don't have my personal account on this computer. Please remove jill.ramsey78@gmail.com from your promotional emails (I keep getting the thermostat and solar ones). If you need to reply, please use that Gmail address, not this one.

Thanks,
Jill Ramsey""",
      category=P_MKT, spec="work address with personal Reply-To", labels=[MO], entities={"name": "Jill Ramsey"},
      note="She asks to be answered at her Gmail, which is also the Reply-To: ack_to is the Reply-To.")

    # ------------------------------------------------------------ Friday 21 May
    H("fosse", "powerhousecatalog", "2027-05-21 07:50:31",
      client="thunderbird", provider="isp", from_name="Alan Fosse", from_addr="afosse@frontier.com",
      xmailer="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0",
      subject="Re: " + O.GG["subject"], to="PowerHouse Catalog <%s>" % PH,
      body="Please remove", quote=q_our(O.GG, "afosse@frontier.com"),
      category=P_MKT, spec="'Please remove' ten days after the catalog e-mail", labels=[MO],
      note="Short removal under one of our promotions (the quoted Garden & Grill e-mail gives the object): marketing opt-out.")

    H("tjaden", "powerhousecatalog", "2027-05-21 14:15:49",
      client="xfinity", provider="comcast", from_name="Joyce Tjaden", from_addr="joycetjaden@comcast.net",
      subject="Our names",
      body="""Please do not rent, sell or exchange our names. We are happy to keep receiving the PowerHouse catalog.

Marvin and Joyce Tjaden
1502 Watson St
Ripon, WI 54971""",
      category=P_SH, spec="couple: no renting/exchange, keep the catalog", labels=[SH],
      entities={"name": "Marvin and Joyce Tjaden", "postal_code": "54971"},
      note="Household sharing opt-out, catalog kept; joint name as written.")

    H("unsub-subject", "customercare", "2027-05-21 16:45:02",
      client="yahoo_android", provider="yahoo", from_name="Ray Kowalczyk", from_addr="rkowalczyk58@yahoo.com",
      subject="Unsubscribe", body="",
      category=P_MKT, spec="subject 'Unsubscribe', empty body, not a reply", labels=[MO],
      note="Judgement: 'unsubscribe' names its own object (mailing lists), unlike 'Please stop'/'Opt me out'; LABELS lists it as a marketing opt-out.")
