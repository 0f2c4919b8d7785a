"""Messages written by people (categories K-T)."""
from ourmail import ack, own
from specs_people import m, MO, CS, Q

# ============================================================ K. sarcasm and anger
m(key="k1", cat="trap:sarcasm", client="iphone", box="powerhousecatalog",
  frm=("Jenna Kraus", "jkraus@icloud.com"), orig="ph_fall", date="2026-09-08 17:33:21",
  body="oh great, ANOTHER catalog. wonderful.\n\nSent from my iPhone",
  labels=[], unclear=True, ents={},
  note="judgement call: sarcasm under a catalog e-mail with no request and no question; venting is not 'STOP': unclear")

m(key="k2", cat="trap:sarcasm", client="gmail", box="customercare",
  frm=("Doug Pritchard", "dougpritchard@gmail.com"), orig="solar", date="2026-04-29 12:10:40",
  body="Wow, a FOURTH solar email this month. You people really can't take a hint. I have a north-facing roof covered "
       "in oak trees. TAKE. ME. OFF.\n\nD.",
  labels=[MO], ents={},
  note="sarcasm and anger, but 'TAKE. ME. OFF.' under a promotion is an explicit opt-out")

m(key="k3", cat="trap:sarcasm", client="yahoo", box="powerhousecatalog",
  frm=("Deb Hanrahan", "debhanrahan@yahoo.com"), subj="Your \"privacy\"", date="2026-02-12 20:20:06",
  body="Love how your privacy notice says you \"respect my privacy\" and then three new catalogs show up with my name "
       "spelled H-A-N-R-A-H-A-M, the exact same wrong way you spell it. Real subtle, guys. Stop giving my name out.\n\n"
       "Deb Hanrahan",
  labels=[CS, Q], ents={"name": "Deb Hanrahan"},
  note="judgement call: sarcastic accusation that we passed her name on is a complaint (question) plus an explicit "
       "'stop giving my name out' (sharing opt-out)")

m(key="k4", cat="trap:sarcasm", client="outlook", box="customercare",
  frm=("Colleen Mayhew", "colleen.mayhew@outlook.com"), subj="Paper flyer about going paperless",
  date="2025-10-16 09:12:55",
  body="Thanks SO much for the glossy paper flyer telling me to go paperless. Truly inspired work.\n\nPlease stop "
       "mailing me promotional stuff, I get enough recycling from my kids' school.\n\nColleen Mayhew\n"
       "Fitchburg, WI 53711",
  labels=[MO], ents={"name": "Colleen Mayhew", "postal_code": "53711"},
  note="sarcastic 'thanks SO much' is not gratitude; the real content is a postal marketing opt-out")

m(key="k5", cat="trap:sarcasm", client="gmail", box="customercare",
  frm=("Marty Schlueter", "martyschlueter@gmail.com"), orig="ev", date="2026-05-21 07:02:17",
  body="Are you KIDDING me. I asked you in March to take me off this list and here's another one. What is wrong with "
       "your system? Remove me NOW, and I want someone to tell me why this keeps happening.\n\nMarty Schlueter",
  labels=[MO, Q], ents={"name": "Marty Schlueter"},
  note="angry repeat request: explicit 'remove me NOW' plus a complaint that asks for an explanation")

# ============================================================ L. paper bills and service notices
m(key="l1", cat="trap:service-not-marketing", client="gmail", box="customercare",
  frm=("Patrice Omondi", "patrice.omondi@gmail.com"), orig="bill", date="2026-02-06 19:00:26",
  body="Please stop mailing me a paper bill. I already get this email every month and I pay online. "
       "Acct 5102-338-904.\n\nThanks,\nPatrice",
  labels=[Q], ents={"name": "Patrice", "account": "5102-338-904"},
  note="'stop mailing me' but the object is the paper BILL: a service change (go paperless), not a marketing opt-out")

m(key="l2", cat="trap:service-not-marketing", client="iphone", box="customercare",
  frm=("Brody Lange", "brody.lange@icloud.com"), orig="outage", date="2026-07-14 18:55:43",
  body="STOP\n\nSent from my iPhone",
  labels=[], unclear=True, ents={},
  note="'STOP' under an outage alert (service mail) is not a marketing opt-out: unclear")

m(key="l3", cat="trap:service-not-marketing", client="outlook", box="customercare",
  frm=("Latoya Simmons", "latoya.simmons@outlook.com"), subj="Shut off notices", date="2026-03-09 15:40:38",
  body="How do I stop the shut-off notices? I'm on a payment plan and I have paid every single month on time. These "
       "letters scare my mom half to death when she gets the mail.\n\nAccount 6028-114-553\nLatoya Simmons",
  labels=[Q], ents={"name": "Latoya Simmons", "account": "6028-114-553"},
  note="stop disconnection notices: a billing/service matter, question only")

m(key="l4", cat="trap:service-not-marketing", lang="es", client="outlook", box="customercare",
  frm=("Mar\u00eda Jos\u00e9 Fuentes", "mjfuentes.dbq@outlook.com"), subj="Factura en papel",
  date="2026-02-07 10:15:09",
  body="Hola,\nYa no quiero recibir la factura en papel, nada m\u00e1s por correo electr\u00f3nico. \u00bfMe pueden "
       "cambiar? Mi n\u00famero de cuenta es 6630-118-207.\nGracias,\nMar\u00eda Jos\u00e9 Fuentes",
  labels=[Q], ents={"name": "Mar\u00eda Jos\u00e9 Fuentes", "account": "6630-118-207"},
  note="Spanish: no more paper bill, e-mail only = paperless billing change, question; not a marketing opt-out")

m(key="l5", cat="trap:service-not-marketing", client="yahoo", box="customercare",
  frm=("Terry Baustian", "tbaustian@yahoo.com"), subj="outage texts", date="2026-07-16 08:30:52",
  x_mailer="WebService/1.1.25344 YahooMailIosMobile",
  body="Please unsubscribe me from the outage texts. Every time a squirrel gets into a transformer my phone goes off "
       "at 3am. I'll check the map myself thanks.\n\nTerry Baustian 52722",
  labels=[Q], ents={"name": "Terry Baustian", "postal_code": "52722"},
  note="judgement call: the word 'unsubscribe' but the object is outage alerts (service notifications): a service "
       "change, question only")

# ============================================================ M. "I think you sold my name"
m(key="m1", cat="trap:sold-my-name", client="gmail", box="powerhousecatalog",
  frm=("Wendy Hakes", "wendyhakes@gmail.com"), subj="Did you sell my name?", date="2025-12-08 14:00:31",
  body="Hi,\n\nI think you sold my name to Hearthside Home & Garden. I ordered a space heater from you in October and "
       "by Thanksgiving I was getting their catalog, addressed with the same typo in my street name (\"Oakcrest "
       "Cirlce\") that's on yours. Did you?\n\nWendy Hakes",
  labels=[Q], ents={"name": "Wendy Hakes"},
  note="asks whether her name was shared; asks nothing to stop: question only (not a sharing opt-out)")

m(key="m2", cat="trap:sold-my-name", client="outlook", box="powerhousecatalog",
  frm=("Carol Nyquist", "carol.nyquist@outlook.com"), subj="Birchwood Outfitters", date="2026-01-22 17:17:45",
  body="You sold my name to Birchwood Outfitters, I'm sure of it, nobody else has my middle initial wrong like that. "
       "Don't do it again.\n\nCarol Nyquist\nHiawatha IA 52233",
  labels=[CS, Q], ents={"name": "Carol Nyquist", "postal_code": "52233"},
  note="judgement call: accusation = complaint (question) plus 'don't do it again' = sharing opt-out")

m(key="m3", cat="trap:sold-my-name", client="yahoo", box="customercare",
  frm=("Stan Wojcik", "stanwojcik@yahoo.com"), subj="who has my address", date="2026-06-24 12:00:14",
  body="Who did you give my address to? I'm getting solar sales flyers that say \"Attention Alliant Energy customer\" "
       "right on the front. I'd like to know which companies you sent my information to.\n\nStan Wojcik",
  labels=[Q], ents={"name": "Stan Wojcik"},
  note="'with whom was my address shared' is a question, not an opt-out")

m(key="m4", cat="trap:sold-my-name", client="comcast", box="powerhousecatalog", html_only=True,
  frm=("Nicole Barta", "nicolebarta@comcast.net"), subj="spam since I ordered", date="2026-04-09 21:05:33",
  body="Pretty sure you guys gave out my email. Ever since I ordered the LED bulbs I'm getting spam from \"Cozy Hearth "
       "Direct\" and two other places I've never heard of. Knock it off and take my name off any list you share with "
       "other companies.\n\nNicole Barta",
  labels=[CS, Q], ents={"name": "Nicole Barta"},
  note="complaint that her e-mail was given out (the catalog never shares e-mail, staff must answer: question) plus "
       "an explicit sharing opt-out; HTML-only body")

m(key="m5", cat="trap:sold-my-name", client="apple", box="customercare",
  frm=("Howard Kim", "howardkim@me.com"), subj="PowerHouse and the window company", date="2026-08-20 13:45:10",
  body="I'm not asking you to do anything yet, I just want a straight answer: did PowerHouse sell or share my "
       "information with Lakeshore Windows & Doors? They've called me six times and they know I bought a water "
       "heater blanket from you.\n\nHoward Kim",
  labels=[Q], ents={"name": "Howard Kim"},
  note="suspects his data was sold but says outright he is not asking for action yet: question only")

# ============================================================ N. pointing at quoted text
m(key="n1", cat="trap:points-at-quote", client="gmail", box="powerhousecatalog",
  frm=("Angela Moretti", "angela.moretti@gmail.com"), orig="ph_summer", date="2026-06-17 09:30:27",
  body="do what the footer below says",
  labels=[], unclear=True, ents={},
  note="judgement call: points at the catalog footer, which offers two different things (stop sharing the name / "
       "unsubscribe from e-mails); her own sentence names neither: unclear")

m(key="n2", cat="trap:points-at-quote", client="outlook", box="customercare",
  frm=("Rick Lammers", "rlammers@hotmail.com"), orig="thermo", date="2026-03-11 07:25:04",
  body="Doing what it says at the bottom: unsubscribe.\n\nRick",
  labels=[MO], ents={"name": "Rick"},
  note="points at the footer but his own sentence says 'unsubscribe' under a promotion: marketing_opt_out")

m(key="n3", cat="trap:points-at-quote", client="apple", box="powerhousecatalog",
  frm=("Helen Forsythe", "hforsythe@icloud.com"), orig="ph_fall", date="2026-09-09 08:40:15",
  body="Don't share my name, like your fine print says I can ask. The catalog itself is fine.\n\nHelen Forsythe",
  labels=[CS], ents={"name": "Helen Forsythe"},
  note="points at the fine print, but the label comes from her own sentence 'don't share my name'; keeps the catalog")

m(key="n4", cat="trap:points-at-quote", client="gmail", box="customercare",
  frm=("Kyle Baumgartner", "kbaumgartner.wi@gmail.com"), orig="newsletter", date="2026-06-12 22:30:50",
  body="See below.",
  labels=[], unclear=True, ents={},
  note="'See below.' over a quoted newsletter: nothing decidable in the sender's own text: unclear")

m(key="n5", cat="trap:points-at-quote", client="yahoo", box="customercare",
  frm=("Joan Ricklefs", "joanricklefs@yahoo.com"), orig="solar", date="2026-04-15 06:50:33",
  body="^^ what the last paragraph says",
  labels=[], unclear=True, ents={},
  note="judgement call: '^^ what the last paragraph says' points into the quoted promo (its last paragraph is our "
       "footer) but her own words state no request, like 'see below': unclear")

# ============================================================ O. forwards: own earlier mail vs our promo with '??'
m(key="o1", cat="trap:forward-own", client="gmail", box="powerhousecatalog", mode="fwd",
  frm=("Janet Olufsen", "janet.olufsen@gmail.com"),
  orig=own(("Janet Olufsen", "janet.olufsen@gmail.com"), "<powerhousecatalog@alliant-energy.com>",
           "Catalog and my name", "2026-03-30 20:14:09", "<CAJ0lf5n8Qe2@mail.gmail.com>",
           "Please don't share my name or address with other companies. And please stop sending the paper catalog "
           "too, we're downsizing.\n\nJanet Olufsen\n1133 Ridge Rd\nPlatteville, WI 53818"),
  date="2026-04-20 10:00:12",
  body="Sending this again since I never heard back from anyone.",
  labels=[MO, CS], ents={"name": "Janet Olufsen", "postal_code": "53818"},
  note="forward of her OWN earlier mail: that text counts (both opt-outs, name and ZIP from it)")

m(key="o2", cat="trap:forward-own", client="outlook", box="customercare", mode="fwd",
  frm=("Luis Carrillo", "luis.carrillo@outlook.com"),
  orig=own(("Luis Carrillo", "luis.carrillo@outlook.com"), "customercare@alliant-energy.com",
           "Remove from promotional emails", "2026-01-14 12:02:44", "<x@x>",
           "Please remove me from all promotional emails. Account 8830-2210-447.\n\nLuis Carrillo"),
  date="2026-02-19 12:30:20",
  body="FW of what I sent in January. I'm still getting them.",
  labels=[MO], ents={"name": "Luis Carrillo", "account": "8830-2210-447"},
  note="judgement call: forward of his own earlier opt-out counts; 'still getting them' states a fact but asks "
       "nothing, so no question label")

m(key="o3", cat="trap:forward-own", client="apple", box="customercare", mode="fwd",
  frm=("Beatrice Lang", "bealang@icloud.com"),
  orig=own(("Beatrice Lang", "bealang@icloud.com"), "customerservice@alliantenergy.com",
           "Please do not share my information", "2026-05-06 09:41:30", "<x@x>",
           "Hello,\n\nI do not want my name or address shared with other companies for marketing.\n\nThank you,\n"
           "Beatrice Lang\nAppleton WI 54911"),
  date="2026-05-08 16:00:47",
  body="Resending to the right address, I sent this to the wrong one first.",
  labels=[CS], ents={"name": "Beatrice Lang", "postal_code": "54911"},
  note="forward of her own earlier mail (first sent to a wrong address): its sharing opt-out counts")

m(key="o4", cat="trap:forward-promo", client="gmail", box="customercare", mode="fwd", orig="thermo",
  frm=("Shawn McAllister", "shawnmcallister@gmail.com"), date="2026-03-13 13:13:13",
  body="??",
  labels=[], unclear=True, ents={},
  note="forward of our own promotion with only '??': the footer's unsubscribe wording is ours, not his: unclear")

m(key="o5", cat="trap:forward-promo", client="outlook_desktop", box="customercare", mode="fwd", orig="newsletter",
  frm=("Renee Ostrander", "rostrander@ostranderlaw.com"), date="2026-06-10 11:02:36",
  body="??\n\nRenee Ostrander\nOstrander Law Office, PLLC\n101 E Main St, Manchester, IA 52057",
  labels=[], unclear=True, ents={"name": "Renee Ostrander", "postal_code": "52057"},
  note="forward of our newsletter with '??' and a signature: unclear; entities from her signature only")

m(key="o6", cat="trap:forward-promo", client="iphone", box="powerhousecatalog", mode="fwd", orig="ph_summer",
  frm=("Marisol Dunn", "marisoldunn@icloud.com"), date="2026-06-18 19:45:01",
  body="???\n\nSent from my iPhone",
  labels=[], unclear=True, ents={},
  note="forward of our catalog e-mail with '???': the quoted footer (sharing + unsubscribe) is not hers: unclear")

# ============================================================ P. replies whose new text is only a signature
m(key="p1", cat="trap:signature-only", client="outlook_desktop", box="customercare", orig="audit", sig_img=True,
  frm=("Karen Lutz", "klutz@lutzfamilydental.com"), date="2026-01-21 09:30:44",
  body="Karen Lutz | Office Manager\nLutz Family Dental\n220 Main St, Mount Vernon IA 52314\n(319) 555-0142",
  labels=[], unclear=True, ents={"name": "Karen Lutz", "postal_code": "52314"},
  note="reply to a promotion whose new text is only her signature (with logo image): unclear; name/ZIP from signature")

m(key="p2", cat="trap:signature-only", client="iphone", box="powerhousecatalog", orig="ph_spring",
  frm=("Alyssa Boettcher", "aboettcher@icloud.com"), date="2026-03-24 20:05:18",
  body="Sent from my iPhone",
  labels=[], unclear=True, ents={},
  note="reply whose new text is only 'Sent from my iPhone' (subject is Re: of our mail, so it does not count): unclear")

m(key="p3", cat="trap:signature-only", client="gmail", box="customercare", orig="solar",
  frm=("David Ng", "davidng.madison@gmail.com"), date="2026-04-16 12:45:09",
  body="-- \nDavid Ng\n608-555-0177",
  labels=[], unclear=True, ents={"name": "David Ng"},
  note="reply with only a '-- ' signature block: nothing decidable, unclear")

m(key="p4", cat="trap:signature-only", client="yahoo", box="customercare", orig="ev",
  frm=("Lisa Marie Gonyier", "lmgonyier@yahoo.com"), date="2026-05-20 15:00:27",
  x_mailer="WebService/1.1.25344 YahooMailIosMobile",
  body="Sent from Yahoo Mail for iPhone",
  labels=[], unclear=True, ents={},
  note="reply whose only new text is the Yahoo mobile tagline: unclear")

m(key="p5", cat="trap:signature-only", client="tb", box="powerhousecatalog", orig="ph_fall",
  frm=("Alan Marsh", "pastor.alan@firstlutheranoelwein.org"), date="2026-09-11 14:20:38",
  isp_host="mail.firstlutheranoelwein.org", isp_ip="198.54.115.23",
  body="-- \nRev. Alan Marsh\nFirst Lutheran Church\n20 2nd Ave SE, Oelwein, IA 50662",
  labels=[], unclear=True, ents={"name": "Alan Marsh", "postal_code": "50662"},
  note="signature-only reply under a catalog e-mail: unclear; name without the 'Rev.' title")

# ============================================================ Q. replies to our acknowledgement
m(key="q1", cat="trap:ack-reply-new", client="gmail", box="customercare",
  frm=("Brianna Kettleson", "bkettleson@gmail.com"), orig=ack("CC-2026-04-01128", "2026-04-23 09:02:40", "c41e9b07"),
  date="2026-04-23 18:10:55",
  body="Thanks. While I have someone -- why did my bill go up $60 this month when we were gone for two weeks in "
       "March? Account 4471-0093-218.",
  labels=[Q], ents={"account": "4471-0093-218"},
  note="reply to our acknowledgement that asks something new (a billing question): question, ack to sender; the "
       "CC- number in the quote is not an account")

m(key="q2", cat="trap:ack-reply-new", client="outlook", box="customercare",
  frm=("Lillian Cho", "lillian.cho@outlook.com"), orig=ack("CC-2026-02-00871", "2026-02-19 16:30:12", "0b7d2e55"),
  date="2026-02-20 08:45:39",
  body="Got it, thank you. One more thing I forgot the first time: please don't share my name with the other catalog "
       "companies either.\n\nLillian Cho",
  labels=[CS], ents={"name": "Lillian Cho"},
  note="reply to our acknowledgement adding a NEW request (sharing opt-out): not a thank-you, so labelled and acked")

m(key="q3", cat="trap:ack-reply-new", client="apple", box="customercare",
  frm=("Greg Tollefson", "gtollefson@mac.com"), orig=ack("CC-2026-07-03390", "2026-07-21 11:05:55", "7f3a90d1"),
  date="2026-07-22 20:30:18",
  body="How will I know it's actually done? Last time your system told me 10 business days and the emails kept coming "
       "for two months. Is there a way to check?\n\nGreg",
  labels=[Q], ents={"name": "Greg"},
  note="reply to our acknowledgement asking how to confirm the opt-out: question")

m(key="q4", cat="trap:ack-reply-new", lang="es", client="gmail", box="customercare",
  frm=("Yesenia C\u00e1rdenas", "yesenia.cardenas@gmail.com"),
  orig=ack("CC-2026-03-05102", "2026-03-25 14:48:20", "e2c8a613"), date="2026-03-26 12:00:06",
  body="Gracias. \u00bfEsto tambi\u00e9n aplica para mi esposo? Tenemos la misma cuenta y a \u00e9l tambi\u00e9n le "
       "llegan los correos.\n\nYesenia",
  labels=[Q], ents={"name": "Yesenia"},
  note="Spanish reply to our acknowledgement asking whether it also covers her husband: question (not an on-behalf "
       "opt-out, she only asks)")

m(key="q5", cat="trap:ack-reply-thanks", client="yahoo", box="customercare",
  frm=("Ron Hazelrigg", "ronhazelrigg@yahoo.com"), orig=ack("CC-2025-11-06120", "2025-11-24 08:40:00", "5a0c7e42"),
  date="2025-11-24 10:00:41",
  body="Thank you!",
  labels=[], ents={}, ack=None,
  note="contrast case: a plain thank-you to our acknowledgement asks for nothing: no labels, not unclear, no ack")

m(key="q6", cat="trap:ack-reply-short", client="iphone", box="customercare",
  frm=("Tony Rausch", "tonyrausch@icloud.com"), orig=ack("CC-2026-08-04471", "2026-08-04 17:20:31", "93b1f0ce"),
  date="2026-08-05 09:09:09",
  body="STOP\n\nSent from my iPhone",
  labels=[], unclear=True, ents={},
  note="'STOP' under our own acknowledgement is not a marketing opt-out: unclear (still acked after review)")

# ============================================================ R. request only in the subject line
m(key="r1", cat="trap:subject-only", client="gmail", box="customercare",
  frm=("Heather Brinkman", "hbrinkman82@gmail.com"), subj="Unsubscribe", date="2026-07-28 13:00:03",
  body="",
  labels=[MO], ents={},
  note="judgement call: fresh mail, empty body, the request is only in her own subject 'Unsubscribe'; unlike 'Opt me "
       "out' the word names its object (subscribed mailings), as a List-Unsubscribe mailto does: marketing_opt_out")

m(key="r2", cat="trap:subject-only", client="iphone", box="powerhousecatalog",
  frm=("Ken Vaughn", "kvaughn@icloud.com"), subj="Please do not share my name or address", date="2026-05-29 21:30:47",
  body="Sent from my iPhone",
  labels=[CS], ents={},
  note="request only in the subject, body is just the iPhone tagline: catalog_share_opt_out")

m(key="r3", cat="trap:subject-only", client="outlook", box="powerhousecatalog",
  frm=("Fran Hostetler", "franhostetler@outlook.com"), subj="Remove from catalog mailing list",
  date="2025-10-09 15:00:19",
  body="Gerald & Fran Hostetler\n2871 Quarry Rd\nMount Pleasant, IA 52641",
  labels=[MO], ents={"name": "Gerald & Fran Hostetler", "postal_code": "52641"},
  note="request only in the subject; the body is the mailing-label address; joint names kept joint")

m(key="r4", cat="trap:subject-only", client="outlook_desktop", box="powerhousecatalog", sig_img=True,
  frm=("Martin Kehl", "mkehl@kehlplumbing.com"), subj="unsubscribe", date="2026-06-17 07:50:30",
  body="Martin Kehl\nKehl Plumbing & Heating, Inc.\nW6120 Hwy 23, Fond du Lac, WI 54937\nOffice 920-555-0114",
  labels=[MO], ents={"name": "Martin Kehl", "postal_code": "54937"},
  note="contrast to signature-only replies: a fresh mail to the List-Unsubscribe address, subject 'unsubscribe', body "
       "only his auto-inserted signature: marketing_opt_out, no Auto-Submitted so ack to sender")

m(key="r5", cat="trap:subject-only", client="yahoo", box="customercare",
  frm=("Glen Wiebke", "gwiebke@yahoo.com"), subj="STOP ALL PROMOTIONAL MAIL AND EMAIL", date="2026-01-14 10:40:16",
  body="acct 2290 5518 31",
  labels=[MO], ents={"account": "2290 5518 31"},
  note="the whole request is in the subject; body is only the account number")

# ============================================================ S. two requests in one sentence
m(key="s1", cat="trap:two-in-one", client="gmail", box="powerhousecatalog",
  frm=("Jess Ruud", "jessruud@gmail.com"), subj="my info", date="2026-02-28 23:15:28",
  body="don't sell or share my info and no more junk mail or emails either",
  labels=[MO, CS], ents={},
  note="one run-on sentence carrying both opt-outs")

m(key="s2", cat="trap:two-in-one", client="outlook", box="customercare",
  frm=("Alma Jorgenson", "alma.jorgenson@outlook.com"), subj="Mailings and my bill", date="2026-01-29 08:00:51",
  body="Please stop the promotional mailings and tell me why my gas bill doubled since November when nothing in this "
       "house has changed. Acct 3318-6620-019.\nAlma Jorgenson",
  labels=[MO, Q], ents={"name": "Alma Jorgenson", "account": "3318-6620-019"},
  note="one sentence: marketing opt-out + billing question")

m(key="s3", cat="trap:two-in-one", lang="es", client="gmail", box="powerhousecatalog",
  frm=("H\u00e9ctor Villalobos", "hvillalobos.qc@gmail.com"), subj="Mis datos", date="2026-07-06 17:20:38",
  body="Buenas tardes, por favor no vendan ni compartan mis datos y no me manden m\u00e1s cat\u00e1logos ni correos.\n\n"
       "H\u00e9ctor Villalobos\nMuscatine, IA 52761",
  labels=[MO, CS], ents={"name": "H\u00e9ctor Villalobos", "postal_code": "52761"},
  note="Spanish, one sentence with both opt-outs (no vendan ni compartan + no más catálogos ni correos)")

m(key="s4", cat="trap:two-in-one", client="aol", box="customercare",
  frm=("Bernadette Quill", "bquill@aol.com"), subj="list", date="2026-05-12 14:00:44",
  body="Take me off your mailing list and send me whatever information you have on file about me, I'd like to see "
       "it.\n\nBernadette Quill",
  labels=[MO, Q], ents={"name": "Bernadette Quill"},
  note="one sentence: list removal + data access request (question, not a deletion)")

m(key="s5", cat="trap:two-in-one", client="apple", box="powerhousecatalog",
  frm=("Philippa Grant", "pgrant@icloud.com"), subj="Catalog & my name", date="2026-09-21 10:30:12",
  body="Please remove me from the catalog and do not rent, sell or trade my name or address to any other company, "
       "now or in the future.\n\nPhilippa Grant\n5 Orchard Lane\nMineral Point, WI 53565\nCustomer no. 40019-228",
  labels=[MO, CS], ents={"name": "Philippa Grant", "postal_code": "53565", "account": "40019-228"},
  note="one sentence, both opt-outs; PowerHouse customer number from the label is an account")

# ============================================================ T. opt-out + unrelated outage question
m(key="t1", cat="trap:optout-plus-outage", client="gmail", box="customercare",
  frm=("Ellie Nowak", "ellie.nowak@gmail.com"), subj="email list + outage?", date="2026-07-14 21:05:17",
  body="Hi, please take me off the marketing emails.\n\nUnrelated, but is there an outage near Hiawatha? We've been out "
       "since about 4 and the outage map doesn't show anything on our street.\n\nEllie",
  labels=[MO, Q], ents={"name": "Ellie"},
  note="opt-out plus an unrelated outage question: both labels")

m(key="t2", cat="trap:optout-plus-outage", client="iphone", box="customercare",
  frm=("Cody Heuer", "codyheuer@icloud.com"), subj="solar emails", date="2026-05-07 19:40:24",
  body="Stop sending the solar stuff. Also when is the power coming back on Linden Ave in Fort Dodge?? 3rd time this "
       "week\n\nSent from my iPhone",
  labels=[MO, Q], ents={},
  note="opt-out from solar promotions plus an outage question")

m(key="t3", cat="trap:optout-plus-outage", lang="es", client="gmail", box="customercare",
  frm=("Fernando Gil", "fernandogil.madison@gmail.com"), subj="Correos y apagones", date="2026-08-14 22:10:40",
  body="Favor de quitarme de la lista de correos promocionales.\n\nOtra pregunta: \u00bfpor qu\u00e9 se va la luz cada vez "
       "que llueve en mi calle? Ya van tres veces este mes. Vivo en el 53713.\n\nGracias,\nFernando Gil",
  labels=[MO, Q], ents={"name": "Fernando Gil", "postal_code": "53713"},
  note="Spanish: marketing opt-out plus a question about repeated outages")

m(key="t4", cat="trap:optout-plus-outage", client="outlook_desktop", box="powerhousecatalog",
  frm=("Julia Beckwith", "jbeckwith@cedarvalleyschools.org"), reply_to=("Julia Beckwith", "juliabeckwith@gmail.com"),
  subj="Catalog name sharing / outage question", date="2026-07-29 17:50:05",
  body="Hello,\n\nPlease don't share my name with other catalog companies.\n\nAlso, and I know this is probably the wrong "
       "address for it, our power has been flickering on and off all evening out on Quasqueton Rd outside "
       "Independence. Is that something I should report, and who do I call?\n\nPlease reply to my personal email "
       "(juliabeckwith@gmail.com), I'm writing from work.\n\nJulia Beckwith",
  labels=[CS, Q], ents={"name": "Julia Beckwith"}, ack="reply_to",
  note="sharing opt-out plus an outage question; work address in From, asks to be answered at her personal Reply-To")

m(key="t5", cat="trap:optout-plus-outage", client="yahoo", box="customercare",
  frm=("Roger Dietz", "rogerdietz54@yahoo.com"), orig="restored", date="2026-07-15 08:00:35",
  body="remove me from your advertising emails. and why did this outage last 9 hours?? we lost a freezer full of meat",
  labels=[MO, Q], ents={},
  note="reply under a service message (restoration notice), but the opt-out names its object (advertising emails), so "
       "the short-reply rule does not apply; plus an outage complaint/question")
