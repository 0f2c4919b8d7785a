"""Messages written by people (categories A-J). One dict per message."""
from ourmail import ack, own

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
S = []


def m(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("unclear", False)
    kw.setdefault("ents", {})
    kw.setdefault("ack", "from")
    S.append(kw)


# ============================================================ A. negated opt-outs
m(key="a1", cat="trap:negated-optout", client="gmail", box="customercare",
  frm=("Gail Thorsen", "gthorsen58@gmail.com"), orig="newsletter", date="2026-06-10 07:48:13",
  body="Hi -- I am NOT asking to be removed, so please nobody hit a button on this. I like the newsletter.\n\n"
       "But between the newsletter and the rebate emails and the catalog emails I'm getting something from you "
       "3 or 4 times a week. Is there a setting somewhere for just once a month?\n\nThanks,\nGail Thorsen",
  labels=[Q], ents={"name": "Gail Thorsen"},
  note="negated opt-out: says she is NOT asking to be removed; wants fewer e-mails, a frequency question for a human")

m(key="a2", cat="trap:negated-optout", client="outlook", box="powerhousecatalog",
  frm=("Doreen Vick", "doreen.vick@hotmail.com"), subj="Address correction - please DON'T unsubscribe me",
  date="2026-02-17 19:22:40",
  body="Hello PowerHouse,\n\nPlease do not unsubscribe me or anything like that, I love the catalog and I order "
       "from it every fall. The problem is my address is wrong on the label. It comes to 1418 Kessler St but I am "
       "at 1481 Kessler St, Cedar Falls IA 50613. The mail carrier knows me so it gets here but one of these days "
       "it won't.\n\nCustomer number on the label is 0062-44819.\n\nThank you!\nDoreen Vick",
  labels=[Q], ents={"name": "Doreen Vick", "postal_code": "50613", "account": "0062-44819"},
  note="negated opt-out in subject and body ('DON'T unsubscribe me'); the actual request is an address change: question")

m(key="a3", cat="trap:negated-optout", client="yahoo", box="customercare",
  frm=("Marcus Bell", "marcusbell_wi@yahoo.com"), subj="catalog name sharing", date="2025-11-20 12:05:31",
  body="I don't want to stop the emails about rebates, those are actually useful, we got the furnace one last "
       "year. But I was reading the back of the PowerHouse catalog and it says you give names to other catalog "
       "companies. I don't want that. Only that part, leave everything else alone please.\n\nMarcus Bell\n53704",
  labels=[CS], ents={"name": "Marcus Bell", "postal_code": "53704"},
  note="negated marketing opt-out ('don't want to stop the emails') next to a real sharing opt-out, sent to customercare: "
       "catalog_share_opt_out only")

m(key="a4", cat="trap:negated-optout", lang="es", client="gmail", box="powerhousecatalog",
  frm=("Rosa Elena M\u00e1rquez", "rosaelena.marquez@gmail.com"), subj="Cambio de nombre en el cat\u00e1logo",
  date="2026-01-12 16:30:02",
  body="Hola, buenas tardes.\n\nPor favor NO me den de baja, me gusta mucho el cat\u00e1logo y siempre compro algo "
       "para la casa. Lo que pasa es que el cat\u00e1logo sigue llegando a nombre de mi esposo, que falleci\u00f3 hace "
       "dos a\u00f1os, y cada vez que lo veo me pongo triste. \u00bfLo pueden cambiar a mi nombre? Rosa Elena "
       "M\u00e1rquez, misma direcci\u00f3n, c\u00f3digo postal 52404.\n\nMuchas gracias,\nRosa Elena",
  labels=[Q], ents={"name": "Rosa Elena M\u00e1rquez", "postal_code": "52404"},
  note="Spanish; 'NO me den de baja' is a negated opt-out; she wants the label changed from her late husband's name "
       "to hers (a change for her own mailing, not an on-behalf opt-out): question")

m(key="a5", cat="trap:negated-optout", client="apple", box="customercare",
  frm=("Jide Okafor", "jide.okafor@icloud.com"), orig="solar", date="2026-04-14 21:10:44",
  body="Not unsubscribing -- before anyone sees the word \"unsubscribe\" in here and acts on it. I'm actually "
       "interested in the solar thing.\n\nI just want to know why I got this twice today, once at this address "
       "and once at my old Hotmail that I barely use. Is my account in your system twice?\n\nJide Okafor",
  labels=[Q], ents={"name": "Jide Okafor"},
  note="negated opt-out that contains the word 'unsubscribe' twice; the content is a duplicate-record question")

# ============================================================ B. hypotheticals and threats
m(key="b1", cat="trap:hypothetical-threat", client="comcast", box="powerhousecatalog",
  frm=("Harold Knutson", "hknutson41@comcast.net"), subj="My name", date="2025-12-03 10:14:27",
  body="To whom it may concern,\n\nI have ordered from PowerHouse since it was a little flyer that came with the "
       "electric bill. Just so we are clear, if you ever sell my name to one of those junk catalog outfits I will "
       "cancel and never order again.\n\nHarold Knutson\n1200 Oak Park Dr\nDubuque IA 52001",
  labels=[CS], ents={"name": "Harold Knutson", "postal_code": "52001"},
  note="judgement call: a threat in if-form, but it states a present wish that his name not be sold; nothing is asked, "
       "so catalog_share_opt_out only")

m(key="b2", cat="trap:hypothetical-threat", client="gmail", box="customercare",
  frm=("Tasha Greenwald", "tgreenwald.ia@gmail.com"), subj="question about unsubscribing", date="2026-07-20 20:41:09",
  body="Hi,\n\nIf I unsubscribe from the marketing emails, will I still get the outage texts and emails? We lost "
       "power four times last summer and I really don't want to miss those. I'm not unsubscribing yet, just want "
       "to know first.\n\nThanks\nTasha",
  labels=[Q], ents={"name": "Tasha"},
  note="hypothetical 'if I unsubscribe' and explicitly 'not unsubscribing yet': question only")

m(key="b3", cat="trap:hypothetical-threat", client="outlook_desktop", box="customercare",
  frm=("Ben Achterberg", "bachterberg@prairiestatesins.com"), orig="green", date="2026-08-12 08:55:18",
  body="This is the fifth one of these since spring. If they keep coming at this rate I'm going to start marking "
       "everything from Alliant as spam, which I'd rather not do since I need the outage emails. Consider this my "
       "notice: no more of the promo emails.\n\nBen Achterberg\nClaims Manager | Prairie States Insurance Group\n"
       "Cedar Rapids, IA 52402\n319-555-0163",
  labels=[MO], ents={"name": "Ben Achterberg", "postal_code": "52402"},
  note="threat ('I'm going to start marking you as spam') wrapped around a clear request ('no more of the promo "
       "emails'); ZIP from his own signature")

m(key="b4", cat="trap:hypothetical-threat", client="yahoo", box="powerhousecatalog",
  frm=("Bev Strohbeen", "bevstrohbeen@yahoo.com"), subj="before I decide", date="2026-03-30 14:02:51",
  body="Question before I decide anything. If I tell you not to share my name, do I still get the catalog? I like "
       "the catalog, I just don't want ten more from other companies showing up. If it means losing yours too then "
       "never mind.\n\nBev",
  labels=[Q], ents={"name": "Bev"},
  note="judgement call: hypothetical ('if I tell you not to share'), decision explicitly deferred; question only, "
       "not a sharing opt-out")

m(key="b5", cat="trap:hypothetical-threat", client="iphone", box="customercare",
  frm=("Curtis Hoang", "c.hoang@icloud.com"), subj="Solar calls", date="2026-05-27 17:45:36",
  body="I get a call from some solar installer every other day and two of them have said \"as an Alliant customer "
       "you qualify\". If you guys are selling my info to these people, stop. If you're not then who is?\n\n"
       "Sent from my iPhone",
  labels=[CS, Q], ents={},
  note="judgement call: conditional demand 'if you are selling my info, stop' = do not share/sell; plus a question "
       "that needs an answer")

# ============================================================ C. how-to questions vs opt-outs asked as questions
m(key="c1", cat="trap:howto-question", client="gmail", box="powerhousecatalog",
  frm=("Lynn Pautz", "lynnpautz@gmail.com"), subj="question", date="2026-04-02 11:20:05",
  body="Hello,\nHow do I get off the mailing list for the catalog? Is that something I do on the website or does it "
       "have to be by email? I looked on powerhousecatalog.com and couldn't find it.\nThank you,\nLynn",
  labels=[Q], ents={"name": "Lynn"},
  note="asks HOW to get off the list, does not ask to be taken off: question only per LABELS.md")

m(key="c2", cat="trap:howto-question", client="samsung", box="customercare",
  frm=("Mary Jo Kettering", "maryjo.kettering@gmail.com"), subj="Opt out", date="2026-03-05 09:33:47",
  body="how long does it take for an opt out to go through? my sister did hers in January and she still got the "
       "february flyer. I'm thinking about doing mine but not if it takes 3 months\n\n\n\nSent from my Galaxy",
  labels=[Q], ents={},
  note="subject 'Opt out' but the text only asks how long an opt-out takes and says she has not done hers: question")

m(key="c3", cat="trap:optout-as-question", client="outlook", box="customercare",
  frm=("Priya Raman", "priya.raman88@outlook.com"), subj="Email list", date="2026-01-27 18:03:26",
  body="Hi,\n\nCan you take me off your email list? I get more than enough email from my job. Nothing against you "
       "guys.\n\nThanks,\nPriya Raman",
  labels=[MO], ents={"name": "Priya Raman"},
  note="opt-out in question form: 'can you take me off' is the request itself, nothing else needs an answer")

m(key="c4", cat="trap:optout-as-question", client="apple", box="powerhousecatalog",
  frm=("Eleanor Fitch", "efitch@me.com"), subj="Mailing list question", date="2026-06-22 15:40:19",
  body="Good afternoon,\n\nWould you mind not sharing my name and address with the other catalog companies? I've "
       "noticed several new catalogs arriving since spring. I do still enjoy yours.\n\nKind regards,\nEleanor Fitch\n22 Pinecrest Ct\nAmes, IA 50010",
  labels=[CS], ents={"name": "Eleanor Fitch", "postal_code": "50010"},
  note="polite question form ('would you mind not sharing') is the sharing opt-out; subject says 'question' but "
       "nothing needs an answer; keeps the catalog")

m(key="c5", cat="trap:howto-question", client="tb", box="customercare",
  frm=("Gordon Pfaff", "gpfaff@netins.net"), subj="Opting out - how?", date="2026-02-24 21:15:33",
  isp_host="smtp.netins.net", isp_ip="167.142.225.14",
  body="Is there a form on alliantenergy.com for opting out of the marketing mail, or is e-mailing this address "
       "the only way to do it? And if I do it, does it cover my wife too, since her name\u2019s on the account with "
       "mine?\n\nGordon Pfaff",
  labels=[Q], ents={"name": "Gordon Pfaff"},
  note="two how-to questions ('is there a form', 'does it cover my wife'), no opt-out asked yet: question only")

# ============================================================ D. opting back in
m(key="d1", cat="trap:opt-back-in", client="gmail", box="customercare",
  frm=("Kelsey Brandt", "kelseybrandt.93@gmail.com"), subj="oops", date="2026-03-12 12:30:58",
  body="Hi! I hit unsubscribe by mistake on my phone when I was trying to open the smart thermostat email. Can you "
       "put me back on? I actually wanted that rebate lol. Sorry!!\n\nKelsey",
  labels=[Q], ents={"name": "Kelsey"},
  note="opting back in after a mistaken unsubscribe: question; the word 'unsubscribe' is history, not a request")

m(key="d2", cat="trap:opt-back-in", client="aol", box="powerhousecatalog",
  frm=("Lorraine Dettmann", "lorrdettmann@aol.com"), subj="Please start my catalog again", date="2026-05-05 13:12:16",
  body="Last year I asked to be taken off the catalog list because we were moving and didn't know where we'd end up. "
       "We are settled now at 7 Heron Way, Sun Prairie WI 53590 and I would like to get the catalog again please. "
       "The name is Lorraine Dettmann.\n\nThank you so much",
  labels=[Q], ents={"name": "Lorraine Dettmann", "postal_code": "53590"},
  note="opt back in; the old removal she mentions is not a new opt-out")

m(key="d3", cat="trap:opt-back-in", lang="es", client="outlook", box="customercare",
  frm=("Miguel \u00c1ngel Ortiz", "miguelangel.ortiz@hotmail.com"), subj="Me di de baja sin querer",
  date="2026-04-21 10:45:12",
  body="Buenos d\u00edas,\n\nMe di de baja de los correos de promociones sin querer, estaba borrando correos en el "
       "celular y le piqu\u00e9 al enlace equivocado. \u00bfMe pueden volver a inscribir? S\u00ed quiero recibir las "
       "ofertas de reembolso, estamos por cambiar el refrigerador.\n\nGracias,\nMiguel \u00c1ngel Ortiz",
  labels=[Q], ents={"name": "Miguel \u00c1ngel Ortiz"},
  note="Spanish; subject 'Me di de baja' reports an accidental unsubscribe; he asks to be re-subscribed: question")

m(key="d4", cat="trap:opt-back-in", client="wlm", box="powerhousecatalog",
  frm=("Arlene Voss", "arlenevoss@frontier.com"), subj="Catalog", date="2025-10-22 19:50:40",
  isp_host="smtp.frontier.com", isp_ip="74.40.12.55", pc="ARLENE-PC",
  body="Hello,\n\nA couple of years ago I had you take me off the catalog mailing list. I would like to start "
       "getting it again. Please put me back on. I still do NOT want my name given out to other companies though, "
       "that part stays the same.\n\nArlene Voss\n418 S. Prairie St.\nLancaster, WI 53813",
  labels=[CS, Q], ents={"name": "Arlene Voss", "postal_code": "53813"},
  note="judgement call: opt back in to the catalog (question) while restating in the present that her name must not "
       "be given out (catalog_share_opt_out); the old catalog removal is not a new opt-out")

m(key="d5", cat="trap:ack-reply-new", client="apple", box="customercare",
  frm=("Nate Hollister", "nhollister@icloud.com"), orig=ack("CC-2026-05-02231", "2026-05-19 20:14:03", "8a1f03c2"),
  date="2026-05-20 07:15:29",
  body="Hi, I think my wife sent this in for both of us. That's fine for her, but I actually do want the emails about "
       "the EV charger rebate, we're buying a car this summer. Can you leave me on, or put me back on if it's "
       "already done?\n\nThanks,\nNate Hollister",
  labels=[Q], ents={"name": "Nate Hollister"},
  note="reply to our acknowledgement that asks something new: keep him on / opt back in = question; not a thank-you")

# ============================================================ E. data access vs delete everything
m(key="e1", cat="trap:data-access", client="webform", box="customercare",
  frm=("Alliant Energy Website", "noreply@alliantenergy.com"), reply_to=("Nadia Haddad", "nadia.haddad@gmail.com"),
  env_from="bounce-web@alliantenergy.com", subj="Contact Us: Privacy / My information", date="2026-03-18 22:04:51",
  body="The following message was submitted through the Contact Us form on alliantenergy.com.\n\n"
       "Name: Nadia Haddad\nEmail: nadia.haddad@gmail.com\nPhone: 319-555-0188\nAccount number: 4410293385\n"
       "Service address ZIP: 52240\nTopic: Privacy / My information\n\nMessage:\nI'd like a copy of all the personal "
       "information Alliant Energy and the PowerHouse Catalog have about me, including anything you've shared "
       "with other companies and who they were. Please send it to my email. Thank you.\n",
  labels=[Q], ents={"name": "Nadia Haddad", "postal_code": "52240", "account": "4410293385"}, ack="reply_to",
  note="data access request through our web-form relay: a clear question; ack goes to the customer in Reply-To, "
       "not to noreply@")

m(key="e2", cat="trap:data-access", client="outlook_desktop", box="customercare",
  frm=("Sam Oyelaran", "soyelaran@oyelaranpetts.com"), subj="What do you keep on file?", date="2026-01-08 13:30:07",
  body="Hello,\n\nWhat do you actually keep on file about me besides my address and meter readings? Just curious, "
       "not upset about anything. My daughter says utilities sell usage data now and I told her I'd ask.\n\n"
       "Sam Oyelaran\nOyelaran & Petts CPAs\nMarion, IA 52302",
  labels=[Q], ents={"name": "Sam Oyelaran", "postal_code": "52302"},
  note="what-do-you-have-on-me question; mentions selling data but asks for nothing to stop: question only")

m(key="e3", cat="trap:delete-all", client="yahoo", box="powerhousecatalog",
  frm=("Frank Mullaney", "fmullaney1952@yahoo.com"), subj="DELETE", date="2026-02-02 23:41:18",
  body="Delete everything you have on me. Every record, every order, all of it. I'm done with you people.\n\n"
       "Frank Mullaney",
  labels=[Q], unclear=True, ents={"name": "Frank Mullaney"},
  note="delete-everything request: unclear + question (the bot may not delete account data)")

m(key="e4", cat="trap:delete-all", client="gmail", box="customercare", tz="AZ",
  frm=("Leah Sorensen", "leah.sorensen@gmail.com"), subj="Closing out", date="2025-11-04 08:12:33",
  body="Hello, I closed my Alliant account when I moved to Tucson in September. Please delete all of my data and "
       "stop emailing me. I'm still getting the appliance recycling emails at this address.\n\nLeah Sorensen",
  labels=[Q], unclear=True, ents={"name": "Leah Sorensen"},
  note="judgement call: delete-all-data makes the whole message unclear + question; the plain e-mail opt-out inside it "
       "is not labelled because unclear rows carry no opt-out labels (staff will handle both)")

m(key="e5", cat="trap:delete-all", lang="es", client="gmail", box="customercare",
  frm=("Julio C\u00e9sar Batista", "jcbatista.wi@gmail.com"), subj="Borrar mis datos", date="2026-06-30 19:20:45",
  body="Buenas noches,\n\nQuiero que borren toda mi informaci\u00f3n de su sistema. Ya no vivo en Wisconsin y no "
       "quiero que mis datos se queden con ustedes. Mi cuenta era la 7719-402-115.\n\nAtentamente,\n"
       "Julio C\u00e9sar Batista",
  labels=[Q], unclear=True, ents={"name": "Julio C\u00e9sar Batista", "account": "7719-402-115"},
  note="Spanish delete-all-data request: unclear + question")

m(key="e6", cat="trap:delete-vs-listremoval", client="proton", box="customercare",
  frm=("R. Castellano", "rcastellano@proton.me"), subj="Remove my email from promo list", date="2026-08-03 06:58:14",
  body="Please delete my email address from your promotional mailing list. To be clear: I'm not closing my account "
       "and I don't want anything else deleted, I just don't want the promos.\n\nR. Castellano",
  labels=[MO], ents={"name": "R. Castellano"},
  note="'delete my email address from your list' is a list removal, explicitly not a delete-all-data request: "
       "marketing_opt_out")

# ============================================================ F. channel limits
m(key="f1", cat="trap:channel-limit", client="gmail", box="powerhousecatalog",
  frm=("Owen Marchetti", "owen.marchetti@gmail.com"), orig="ph_spring", date="2026-03-25 08:20:37",
  body="Please stop the e-mails, but keep sending the paper catalog. My dad lives with us and he likes to flip "
       "through it with his coffee. He's not going to read an email.\n\nOwen",
  labels=[MO], ents={"name": "Owen"},
  note="channel limit: stop e-mails, keep the printed catalog = marketing_opt_out (record the e-mail channel); "
       "the dad is a reason, not an on-behalf request")

m(key="f2", cat="trap:channel-limit", client="iphone", box="powerhousecatalog",
  frm=("Tom Esser", "tesser@icloud.com"), subj="Name sharing", date="2026-07-08 20:16:02",
  body="Keep the catalog coming, I like it. But don't share my name with anybody else.\n\nTom Esser 54601\n\n"
       "Sent from my iPhone",
  labels=[CS], ents={"name": "Tom Esser", "postal_code": "54601"},
  note="keep the catalog, don't share my name: catalog_share_opt_out only")

m(key="f3", cat="trap:channel-limit", client="yahoo", box="powerhousecatalog",
  frm=("Sandra Kowalczyk", "skowalczyk@yahoo.com"), subj="catalog", date="2026-09-10 11:11:48",
  body="Honestly share my name with whoever you want, I don't care about that part. Just stop sending the catalog. "
       "It goes straight from the mailbox to the recycling bin and it's a waste of paper.\n\nSandra Kowalczyk\n"
       "N5523 County Rd K\nPardeeville WI 53954",
  labels=[MO], ents={"name": "Sandra Kowalczyk", "postal_code": "53954"},
  note="'share whatever, just stop the catalog': marketing_opt_out only, explicitly not a sharing opt-out")

m(key="f4", cat="trap:channel-limit", client="outlook", box="customercare",
  frm=("Hank Liebig", "hliebig@outlook.com"), subj="Paper mailers", date="2026-04-28 17:30:21",
  body="Please no more paper mailers to the house about solar, heat pumps, all that. Every week there's another "
       "glossy postcard. Email is fine, I'll actually read those.\n\nHank Liebig\n903 W Bremer Ave, Waverly 50677",
  labels=[MO], ents={"name": "Hank Liebig", "postal_code": "50677"},
  note="channel limit the other way round: stop postal promotions, keep e-mail = marketing_opt_out (postal channel)")

m(key="f5", cat="trap:channel-limit", lang="es", client="yahoo", box="powerhousecatalog",
  frm=("Ana Luc\u00eda Paredes", "analucia.paredes@yahoo.com"), subj="No compartir mi nombre",
  date="2026-05-13 18:48:30",
  body="Hola,\n\nSigan mand\u00e1ndome el cat\u00e1logo, me gusta y a veces compro. Pero no quiero que den mi nombre "
       "ni mi direcci\u00f3n a otras compa\u00f1\u00edas, ya me est\u00e1n llegando cat\u00e1logos que nunca "
       "ped\u00ed.\n\nGracias,\nAna Luc\u00eda Paredes\nMonroe, WI 53566",
  labels=[CS], ents={"name": "Ana Luc\u00eda Paredes", "postal_code": "53566"},
  note="Spanish: keep sending the catalog, don't give my name/address to others: catalog_share_opt_out only")

m(key="f6", cat="trap:channel-limit", client="gmail", box="powerhousecatalog",
  frm=("Meredith Ashby", "meredith.ashby@gmail.com"), orig="ph_holiday", date="2025-11-14 10:05:50",
  body="We're trying to cut back on paper this year. Could you stop mailing the printed catalog? I'd still like these "
       "emails, they're how I find out about the sales anyway.\n\nThanks!\nMeredith Ashby",
  labels=[MO], ents={"name": "Meredith Ashby"},
  note="channel limit: stop the printed catalog, keep the e-mails = marketing_opt_out (postal); 'could you' is the "
       "request in question form")

# ============================================================ G. on behalf of someone
m(key="g1", cat="trap:on-behalf", client="gmail", box="customercare",
  frm=("The Hallorans", "hallorans.family@gmail.com"), reply_to=("Maureen Halloran", "mo.halloran@gmail.com"),
  subj="Please remove my husband", date="2026-04-16 09:40:22",
  body="Hi there,\n\nMy husband Dale keeps getting your solar and EV emails at his address (dale.halloran@gmail.com) "
       "and he never checks that account, so he asked me to write in. Please take him off the promotional emails.\n\n"
       "Thanks,\nMaureen",
  labels=[], unclear=True, ents={"name": "Dale"}, ack="reply_to",
  note="spouse writing for her husband from a shared family mailbox: unclear (standing); entity is the husband; ack "
       "to her personal Reply-To")

m(key="g2", cat="trap:on-behalf", client="outlook", box="powerhousecatalog",
  frm=("Kristin Lindqvist-Moe", "kristin.lmoe@outlook.com"), subj="Catalog for my late mother",
  date="2026-05-18 14:25:11",
  body="Hello,\n\nMy mother, Ruth Ann Lindqvist, passed away in March. Your catalogs are still coming to her house at "
       "309 N Main St, Decorah IA 52101, which my brother and I are cleaning out. Please stop sending them, and please "
       "don't pass her name on to anyone else either.\n\nThank you,\nKristin Lindqvist-Moe",
  labels=[], unclear=True, ents={"name": "Ruth Ann Lindqvist", "postal_code": "52101"},
  note="daughter writing about her deceased mother: unclear per LABELS.md (standing not shown) even though both "
       "opt-outs are spelled out; entities are the mother's")

m(key="g3", cat="trap:on-behalf", client="aol", box="customercare",
  frm=("Gary Wendt", "garywendt.rentals@aol.com"), subj="Tenant mail", date="2026-02-10 16:02:39",
  body="I own the duplex at 2214 Jefferson St in Davenport (52803). My tenant in the lower unit, Kevin Strand, asked "
       "me to get the Alliant advertising mail stopped. It comes in his name but he says he never signed up for "
       "anything and he doesn't do email. Can you take care of that?\n\nGary Wendt\n563-555-0129",
  labels=[], unclear=True, ents={"name": "Kevin Strand", "postal_code": "52803"},
  note="landlord asking for his tenant: unclear; entities are the tenant's name and the unit's ZIP")

m(key="g4", cat="trap:on-behalf", lang="es", client="gmail", box="powerhousecatalog",
  frm=("Karla R\u00edos", "karla.rios.mt@gmail.com"), subj="Cat\u00e1logo de mi mam\u00e1", date="2026-08-25 12:40:57",
  body="Hola, les escribo por mi mam\u00e1, Guadalupe R\u00edos, que no lee ingl\u00e9s. Ella ya no quiere recibir el "
       "cat\u00e1logo y tampoco quiere que compartan su nombre con otras compa\u00f1\u00edas. Vive en 604 S 3rd Ave, "
       "Marshalltown, IA 50158.\n\nGracias,\nKarla",
  labels=[], unclear=True, ents={"name": "Guadalupe R\u00edos", "postal_code": "50158"},
  note="Spanish; daughter writing for her mother: unclear (standing); entities are the mother's")

m(key="g5", cat="trap:on-behalf-household", client="comcast", box="customercare",
  frm=("Walt Brekke", "waltbrekke@comcast.net"), subj="Promotional mail for our household", date="2026-03-03 19:35:04",
  body="I'm the account holder here (acct 3301-882-014). Please take everyone at this address off your promotional "
       "mailing lists -- me, my wife Sharon, and our two kids who are away at college but still get stuff here. "
       "Bills and outage notices are fine of course.\n\nWalt Brekke\nOshkosh WI 54901",
  labels=[MO], ents={"name": "Walt Brekke", "account": "3301-882-014", "postal_code": "54901"},
  note="account holder writing for his household has standing: marketing_opt_out, clear")

m(key="g6", cat="trap:on-behalf-household", client="apple", box="powerhousecatalog",
  frm=("Imani Brooks", "imani.brooks@icloud.com"), subj="Household sharing preference", date="2026-06-03 10:10:41",
  body="Hello,\n\nThe catalog account is in my name and I'm writing for our whole household: please don't share "
       "anyone's name at 88 Lakeview Terrace with other companies. That's me and my partner Jordan Ellis, we both get "
       "mail there. We do still want the catalog.\n\nThanks,\nImani Brooks\nMadison, WI 53705",
  labels=[CS], ents={"name": "Imani Brooks", "postal_code": "53705"},
  note="catalog account holder for the household: clear sharing opt-out; keeps the catalog, so no marketing opt-out")

# ============================================================ H. reference to earlier mail
m(key="h1", cat="trap:earlier-mail-ref", client="gmail", box="customercare",
  frm=("Joyce Pederson", "joycepederson@gmail.com"), subj="Follow up", date="2026-02-26 09:05:16",
  body="Same as my last e-mail, please. Thank you.\n\nJoyce",
  labels=[], unclear=True, ents={"name": "Joyce"},
  note="'same as my last e-mail' without saying what: unclear")

m(key="h2", cat="trap:earlier-mail-ref", client="outlook", box="powerhousecatalog",
  frm=("Russ Ahlers", "russ.ahlers@live.com"), subj="other address", date="2026-07-01 13:30:08",
  body="Can you do the same for my other address? 415 W 3rd St, Waterloo 50701. I get stuff at both places.\n\n"
       "Russ Ahlers",
  labels=[], unclear=True, ents={"name": "Russ Ahlers", "postal_code": "50701"},
  note="'do the same for my other address' sent to the catalog mailbox: unclear (stop? don't share? both?)")

m(key="h3", cat="trap:earlier-mail-ref", client="yahoo", box="customercare",
  frm=("Pat Coughlin", "patcoughlin@ymail.com"), subj="Again", date="2025-12-29 15:50:42",
  body="As I asked before, twice now, please take care of this. Account 2209 4471 05.\n\nP. Coughlin",
  labels=[], unclear=True, ents={"name": "P. Coughlin", "account": "2209 4471 05"},
  note="'as I asked before' with no statement of what: unclear; account kept with its spaces")

m(key="h4", cat="trap:earlier-mail-ref", client="iphone", box="powerhousecatalog",
  frm=("Peter Frey", "pfrey@icloud.com"), subj="work email too", date="2026-03-27 18:22:30",
  body="Ditto for my work email, pfrey@frey-ag.com\n\nPeter Frey\n\nSent from my iPhone",
  labels=[], unclear=True, ents={"name": "Peter Frey"},
  note="'ditto for my work email' points at an earlier request it does not repeat: unclear")

m(key="h5", cat="trap:earlier-mail-ref", client="tb", box="customercare",
  frm=("Lois Tjaden", "ltjaden@tds.net"), subj="Re: my request", date="2026-08-18 07:40:25",
  isp_host="mail.tds.net", isp_ip="204.246.122.40",
  body="See my email from August 3rd. Still waiting to hear back. I shouldn't have to write three times.\n\n"
       "Lois Tjaden",
  labels=[], unclear=True, ents={"name": "Lois Tjaden"},
  note="'see my email from August 3rd' with nothing about its content (subject 'Re: my request' is hers, but says "
       "nothing either): unclear")

# ============================================================ I. no object
m(key="i1", cat="trap:no-object", client="gmail", box="customercare",
  frm=("D. Whitford", "dwhitford77@gmail.com"), subj="", date="2026-01-19 21:47:03",
  body="Please stop.",
  labels=[], unclear=True, ents={},
  note="'Please stop.' in a fresh mail with an empty subject and no context: unclear")

m(key="i2", cat="trap:no-object", client="yahoo", box="powerhousecatalog",
  frm=("Ernie Graber", "egraber44@yahoo.com"), subj="", date="2026-04-07 06:30:19",
  body="Opt me out\n\nthanks",
  labels=[], unclear=True, ents={},
  note="'Opt me out' with nothing that says of what, even though it reached the catalog mailbox: unclear")

m(key="i3", cat="trap:no-object", client="iphone", box="customercare",
  frm=("Megan Tully", "megtully@icloud.com"), subj="Enough", date="2026-09-02 22:13:55",
  body="Enough already. Stop!!\n\nSent from my iPhone",
  labels=[], unclear=True, ents={},
  note="angry 'Stop!!' with no object in a fresh mail: unclear")

m(key="i4", cat="trap:no-object", lang="es", client="iphone", box="customercare",
  frm=("Rigoberto Salas", "rigo.salas@icloud.com"), subj="Por favor", date="2025-10-28 20:00:37",
  body="Ya paren por favor. Gracias.\n\nRigoberto\n\nEnviado desde mi iPhone",
  labels=[], unclear=True, ents={"name": "Rigoberto"},
  note="Spanish 'ya paren' (stop it) with no object, fresh mail: unclear")

m(key="i5", cat="trap:no-object", client="outlook", box="powerhousecatalog",
  frm=("Gene Pallas", "genepallas@msn.com"), subj="Remove", date="2026-06-15 08:08:48",
  body="Remove. Thank you.\nGene Pallas 50265",
  labels=[], unclear=True, ents={"name": "Gene Pallas", "postal_code": "50265"},
  note="judgement call: 'Remove' as a fresh mail (not a reply to a promotion) has no object; the catalog mailbox is a "
       "hint, not an instruction (remove from the catalog? from sharing?): unclear")

# ============================================================ J. mixed / self-contradicting
m(key="j1", cat="trap:contradiction", client="gmail", box="powerhousecatalog",
  frm=("Trish Albrecht", "trish.albrecht@gmail.com"), subj="catalog list", date="2025-10-30 21:30:14",
  body="Take me off the list. Actually wait, I do use the catalog for Christmas stuff. Maybe just fewer of them? "
       "Ugh, I don't know. Do whatever means the least paper I guess but I still want the Christmas one.\n\nTrish",
  labels=[], unclear=True, ents={"name": "Trish"},
  note="starts with an opt-out and takes it back in the next sentence: unclear")

m(key="j2", cat="trap:contradiction", client="outlook_desktop", box="customercare",
  frm=("Victor Amundsen", "vamundsen@amundsenhvac.com"), subj="Mailing lists", date="2026-06-11 10:22:35",
  body="Please remove me from all of your mailing lists effective immediately. I do still want to get the Home "
       "Energy Notes newsletter and the rebate notices since we install a lot of qualifying equipment.\n\n"
       "Victor Amundsen\nAmundsen Heating & Cooling\nDubuque, IA 52003",
  labels=[], unclear=True, ents={"name": "Victor Amundsen", "postal_code": "52003"},
  note="'remove me from ALL lists' but keep the newsletter and rebate mailings (which are marketing): "
       "self-contradicting, unclear")

m(key="j3", cat="trap:contradiction", client="roundcube", box="powerhousecatalog",
  frm=("Linda Faust", "lfaust@mhtc.net"), subj="sharing", date="2026-08-27 16:00:22",
  isp_host="mail.mhtc.net", isp_ip="64.33.131.9", isp_dkim=False,
  body="Don't share my name. Then again if sharing gets me more coupons from the other companies, go ahead, I like "
       "coupons. Your call I guess.",
  labels=[], unclear=True, ents={},
  note="sharing opt-out immediately reversed ('go ahead... your call'): unclear")

m(key="j4", cat="trap:contradiction", client="apple", box="customercare",
  frm=("Chris Vander Ploeg", "cvanderploeg@mac.com"), subj="Unsubscribe (sort of)", date="2026-09-14 19:00:03",
  body="Unsubscribe me. But if there's ever a rebate for the heat pump we just put in, I still want to hear about "
       "it. That's honestly the only reason I signed up for your emails in the first place.\n\nChris",
  labels=[], unclear=True, ents={"name": "Chris"},
  note="unsubscribe but keep the rebate promotions that are the only reason he subscribed: contradicting, unclear")

m(key="j5", cat="trap:contradiction", client="comcast", box="powerhousecatalog",
  frm=("Rich Oberbroeckling", "richober@comcast.net"), subj="Catalogs", date="2026-01-05 11:45:59",
  body="Stop the catalog. Well, not the Holiday one, that one's good, and the spring one has the garden stuff. Just "
       "stop the other ones. And the emails can stay I guess.\n\nRich",
  labels=[], unclear=True, ents={"name": "Rich"},
  note="'stop the catalog' then keeps two editions: a selective wish nobody can record, self-contradicting: unclear")
