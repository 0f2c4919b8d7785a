"""Human mail, part A (first half of May 2027).  Every body is written by hand."""
from lib import when
from ours import CC_ADDR, PH_ADDR, THERMO, CATALOG, NEWSLETTER, ASSESS, bill, ack, quote

CC = (None, CC_ADDR)
PH = (None, PH_ADDR)
CCN = ("Alliant Energy Customer Care", CC_ADDR)
PHN = ("PowerHouse Catalog", PH_ADDR)

TEN = [
    ("Lakeshore National Bank Privacy", "privacy@lakeshorenatbank.com"),
    (None, "optout@meridianwireless.net"),
    (None, "customercare@alliant-energy.com"),
    (None, "privacy@harborlanecatalog.com"),
    (None, "consumer.privacy@nationscore-credit.com"),
    (None, "circulation@heartlandhomemag.com"),
    (None, "privacy@homeshieldwarranty.com"),
    (None, "donotcall@sunpathsolar.com"),
    (None, "privacy@prairiestarins.com"),
    (None, "subscriberservices@courierdailynews.com"),
]
DANA_MSGID = "<CAM7kq2VbT0x9hZrW4pQd8sLm3N1yE6fGj2uK5cXoA7tR9wBz+Q@mail.gmail.com>"
DANA_TEXT = """To the privacy departments of each company addressed on this email:

I am writing to all of you at once because I do not have the patience to do this ten times. Please do the following for me:

1. Remove my name, postal address, email address and phone number from all of your marketing and promotional lists (mail, email, phone calls and texts).
2. Do not sell, rent, share or exchange my personal information with any third party, including your "partners" and affiliates.

I have been a customer of some of you for years and have never heard of others, but every one of you is sending me something. If you can't find me in your records, please reply and say so.

My information:
Dana Whitcomb
1418 Prairie Crest Dr
Marion, IA 52302
(319) 555-0147

Please confirm by email when this has been done.

Dana Whitcomb
"""


def H(**kw):
    kw.setdefault("tz", "-0500")
    kw["date"] = when(kw["date"], kw.pop("tz"))
    kw.setdefault("to", [CC if kw["mailbox"] == "customercare" else PH])
    kw.setdefault("cc", [])
    kw.setdefault("reply_to", None)
    kw.setdefault("unclear", False)
    kw.setdefault("ent", {})
    kw.setdefault("ack", "auto")
    kw.setdefault("lang", "en")
    kw["rcpt"] = CC_ADDR if kw["mailbox"] == "customercare" else PH_ADDR
    kw["automated"] = False
    return kw


HUMANS_A = [

H(key="ten-companies-letter", date="2027-05-01 07:42:10", mailbox="customercare", prov="gmail", client="gmail_web",
  cat="wrong door: one letter to many companies", spec="one letter to ten companies, all in To",
  msgid=DANA_MSGID, frm=("Dana Whitcomb", "dana.whitcomb77@gmail.com"), to=TEN,
  subject="Request to stop marketing and do not sell or share my personal information",
  body=DANA_TEXT,
  labels=["marketing_opt_out", "catalog_share_opt_out"],
  ent={"name": "Dana Whitcomb", "postal_code": "52302"},
  note="one letter to ten companies with all addresses in To; it asks every addressee, us included, to stop marketing and not share; 'please confirm' is what the ack does, not a question"),

H(key="gerald-promo-optout", date="2027-05-02 10:05:41", mailbox="customercare", prov="yahoo", client="yahoo_web",
  cat="ordinary: marketing opt-out", spec="plain opt-out with account and ZIP",
  frm=("Gerald Tvedt", "gtvedt51@yahoo.com"), subject="Remove from mailing list",
  body="""Hello,
Please take me off your mailing list for advertisements. I get enough junk mail and I don't need the flyers about thermostats and furnace tune-ups. I'll still pay my bill the usual way.

Gerald Tvedt
Account 2207 4418 93
Decorah IA 52101
""",
  labels=["marketing_opt_out"], ent={"name": "Gerald Tvedt", "account": "2207 4418 93", "postal_code": "52101"},
  note="ordinary promotional-mail opt-out; 'pay my bill the usual way' is not a billing question"),

H(key="dear-comcast-xfinity", date="2027-05-02 16:20:09", mailbox="customercare", prov="comcast", client="ox",
  cat="wrong door: letter for another company (nothing for us)", spec="Dear Comcast Privacy Team, all about Xfinity",
  frm=("Lorraine Bakke", "lbakke@comcast.net"), subject="Privacy request - stop Xfinity sales calls",
  body="""Dear Comcast Privacy Team,

I have been an Xfinity Internet and TV customer for eleven years. In the last month I have had at least six calls from your sales people trying to get me to add Xfinity Mobile and upgrade to the gigabit plan. I have said no every time. I also get the glossy mailers about Xfinity Home twice a week.

Please put my phone number on your internal do not call list and stop the Xfinity mailers. My Xfinity account number is 8155 40 118 0042716.

Lorraine Bakke
2290 Wren Ct
Sun Prairie WI 53590
""",
  labels=[], ack=None,
  note="addressed to Comcast and only about Xfinity calls and mailers; nothing Alliant can stop, no request to us: no labels, no ack (an ack would tell her Comcast got it)"),

H(key="gerald-thanks", date="2027-05-03 09:14:22", mailbox="customercare", prov="yahoo", client="yahoo_web",
  cat="ordinary: thanks to our ack (no action)", spec="thank-you reply to our acknowledgement",
  frm=("Gerald Tvedt", "gtvedt51@yahoo.com"), subject="Re: We received your request [CC-2027-05-00112]",
  in_reply_to="<ack.CC-2027-05-00112@alliant-energy.com>", references=["<ack.CC-2027-05-00112@alliant-energy.com>"],
  body="""Thank you very much.
Gerald
""",
  **quote("yahoo", ack(when("2027-05-02 10:06:12"), "CC-2027-05-00112")),
  labels=[], ack=None,
  note="thank-you under our acknowledgement; the quoted ack mentions opting out and sharing but is ours; nothing to do, no answer due"),

H(key="stop-under-thermostat", date="2027-05-03 06:58:30", mailbox="customercare", prov="icloud", client="iphone",
  cat="ordinary: marketing opt-out", spec="STOP under the thermostat promo",
  frm=("Kyle Brandt", "kbrandt.ia@icloud.com"), to=[("Alliant Energy", CC_ADDR)],
  subject="Re: Beat the heat: $75 back on a smart thermostat",
  in_reply_to="<AE-PR-2704.5c1e9a07d2b4@mail.alliant-energy.com>", references=["<AE-PR-2704.5c1e9a07d2b4@mail.alliant-energy.com>"],
  body="""STOP

Sent from my iPhone
""",
  **quote("iphone", THERMO),
  labels=["marketing_opt_out"],
  note="one-word STOP under one of our promotions is a marketing opt-out; the quoted footer ZIP 53718 is ours, not an entity"),

H(key="telemarketer-sold-number", date="2027-05-03 13:37:55", mailbox="customercare", prov="aol", client="aol_web",
  cat="wrong door: thinks we sold data", spec="angry: you sold my number to telemarketers",
  frm=("Bev Kowalczyk", "bevkowalczyk@aol.com"), subject="WHO DID YOU SELL MY NUMBER TO",
  body="""I am so angry I can hardly type. Ever since I called you people in March to set up service at my new house I get 4 or 5 calls a day from "Energy Savings Center" and "Home Comfort Advisors" who know my name and say they are calling about my Alliant bill. My phone number is unlisted, the only place I gave it was to you. You sold it.

I want to know who you gave it to and I want you to STOP selling or giving my information to anybody.

Beverly Kowalczyk
1507 Oak Hill Rd, Janesville WI 53546
""",
  labels=["catalog_share_opt_out", "question"], ent={"name": "Beverly Kowalczyk", "postal_code": "53546"},
  note="assumes we sold her number (the callers may be anyone); 'STOP selling or giving my information' is a sharing opt-out, 'who did you give it to' and the complaint need a human; she does not ask us to stop our own marketing"),

H(key="priya-keep-catalog-no-share", date="2027-05-03 20:11:03", mailbox="powerhousecatalog", prov="outlook", client="owa",
  cat="ordinary: catalog-sharing opt-out", spec="keep the catalog, don't share",
  frm=("Priya Raman", "priya.raman@outlook.com"), to=[PHN], subject="Please don't share my name",
  body="""Hi PowerHouse team,

I really like the catalog (bought the rain barrel last summer) so please keep sending it. But I noticed in the back it says you sometimes share your customer list with other catalogs. Please leave me out of that.

Customer number from my label: 0731-66024
Priya Raman
Fitchburg, WI 53711

Thanks!
""",
  labels=["catalog_share_opt_out"], ent={"name": "Priya Raman", "account": "0731-66024", "postal_code": "53711"},
  note="wants the catalog, refuses sharing: catalog_share_opt_out only"),

H(key="catalog-stop-wrong-mailbox", date="2027-05-04 07:19:48", mailbox="customercare", prov="gmail", client="gmail_android",
  cat="wrong door: catalog request to the wrong mailbox", spec="stop the catalog, sent to customercare",
  frm=("Tom Heisler", "tom.heisler.1962@gmail.com"), subject="catalog",
  body="""I know this probably isn't the right email for this but I couldn't find one on the catalog itself. Please stop sending the PowerHouse catalog to my house. We get three of them every time, one for me, one with my name spelled Hiesler and one to "Current Resident". None of us want it.

Tom Heisler
52001
""",
  labels=["marketing_opt_out"], ent={"name": "Tom Heisler", "postal_code": "52001"},
  note="catalog stop written to the general mailbox; the mailbox does not matter, stopping the catalog is a marketing opt-out; a bare ZIP counts"),

H(key="es-no-catalogo", date="2027-05-04 12:46:15", mailbox="powerhousecatalog", prov="yahoo", client="yahoo_android", lang="es",
  cat="ordinary: marketing opt-out", spec="Spanish: stop mailing the catalog",
  frm=("Marisol Vega", "marisolvega88@yahoo.com"), subject="Catálogo",
  body="""Buenas tardes,

Les escribo para pedirles que ya no me manden el catálogo PowerHouse por correo. Me llega cada mes y la verdad no compro nada, nada más se junta el papel.

Mi nombre es Marisol Vega Ortiz, vivo en 814 S Main St, Apartamento 3, Fort Atkinson, WI 53538.

Gracias de antemano.
""",
  labels=["marketing_opt_out"], ent={"name": "Marisol Vega Ortiz", "postal_code": "53538"},
  note="Spanish request to stop the paper catalog; full name in the body differs from the From display name, take the body's"),

H(key="gmail-unsub-catalog", date="2027-05-04 15:02:37", mailbox="powerhousecatalog", prov="gmail", client="gmail_web",
  cat="ordinary: List-Unsubscribe from a mail client", spec="Gmail unsubscribe button on the catalog preview",
  frm=("Sharon Lindqvist", "slindqvist@gmail.com"), to=[PH], subject="unsubscribe PH-2705",
  body="""This message was automatically generated by Gmail.
""",
  labels=["marketing_opt_out"],
  note="List-Unsubscribe mailto sent by Gmail for a person: human, marketing opt-out even from the catalog e-mail (never a sharing opt-out); no Auto-Submitted so ack the sender"),

H(key="bank-card-dispute", date="2027-05-05 08:31:00", mailbox="customercare", prov="o365", client="outlook_win",
  cat="wrong door: letter for another company (nothing for us)", spec="business card dispute meant for a bank",
  frm=("Marcus Feld", "mfeld@feldandsonsplumbing.com"), subject="Disputed charge - business Visa ending 4471",
  body="""Lakeshore National Bank - Card Services

Re: Disputed charge, business Visa ending 4471

To whom it may concern,

On April 19 a charge of $1,284.60 from "PRO SUPPLY DEPOT" posted to our business Visa. We did not make this purchase and have never done business with this vendor. Please open a dispute and issue a provisional credit while you investigate. A copy of our April statement is available on request.

Thank you,

Marcus Feld
Feld & Sons Plumbing, LLC
305 Commerce Dr, Mount Horeb, WI 53572
608-555-0139
""",
  labels=[], ack=None,
  note="card dispute addressed to a bank, autocompleted to our address; not a request to Alliant at all; 'Visa ending 4471' is no account of ours"),

H(key="reply-catalog-dont-share", date="2027-05-05 11:07:26", mailbox="powerhousecatalog", prov="icloud", client="apple_mail",
  cat="ordinary: catalog-sharing opt-out", spec="reply under catalog preview: don't share, keep sending",
  frm=("Ruth Engebretson", "ruthenge@icloud.com"), to=[("PowerHouse Catalog", PH_ADDR)],
  subject="Re: Summer Catalog Preview: porch, patio & power savings",
  in_reply_to="<PH-2705.a41f07c3e9b2@mail.alliant-energy.com>", references=["<PH-2705.a41f07c3e9b2@mail.alliant-energy.com>"],
  body="""Please do not share or rent my name to other catalog companies. I am happy to keep getting yours, just not everybody else's.

Ruth Engebretson
""",
  **quote("apple", CATALOG),
  labels=["catalog_share_opt_out"], ent={"name": "Ruth Engebretson"},
  note="her own sentence refuses sharing and keeps the catalog; the quoted footer's 'To unsubscribe' is ours and adds nothing"),

H(key="homeshield-stop-giving-address", date="2027-05-05 17:52:14", mailbox="customercare", prov="yahoo", client="yahoo_web",
  cat="wrong door: other company's mail attributed to us", spec="home-warranty letters: stop giving out my address",
  frm=("Dale Oberbroeckling", "doberbroeckling@yahoo.com"), subject="HomeShield letters",
  body="""To Alliant Energy,

For about two months I have been getting letters from a company called HomeShield Service Plans. The envelope says IMPORTANT: ALLIANT ENERGY CUSTOMER NOTICE and inside they want to sell me a warranty on my water heater and furnace line. They have my name and address and they even know I'm on Alliant gas.

Whoever you are giving my address to, I want it stopped. Do not give my name or address out to HomeShield or anybody else.

Dale Oberbroeckling
22870 Hwy 52
Dyersville IA 52040
""",
  labels=["catalog_share_opt_out"], ent={"name": "Dale Oberbroeckling", "postal_code": "52040"},
  note="third-party warranty mailer; what he asks of us is not to give his name/address out: sharing opt-out; he asks no question and does not ask to stop our own marketing"),

H(key="generic-dear-comcast", date="2027-05-06 09:03:44", mailbox="customercare", prov="charter", client="thunderbird",
  cat="wrong door: wrong greeting, cannot tell (unclear)", spec="Dear Comcast greeting, generic request, only our address",
  frm=("Wendell Ames", "wames@charter.net"), subject="Removal request",
  body="""Dear Comcast privacy team,

Please remove my name and address from all of your marketing lists, and do not sell or share my personal information with other companies.

Thank you,
Wendell Ames
4410 Ridgeview Ln
Oshkosh, WI 54904
""",
  labels=[], unclear=True, ent={"name": "Wendell Ames", "postal_code": "54904"},
  note="greets Comcast but the text is generic and sent only to us; nothing says whether he meant Alliant too or pasted into the wrong address: staff must ask"),

H(key="how-long-optout", date="2027-05-06 10:40:19", mailbox="customercare", prov="outlook", client="owa",
  cat="ordinary: question", spec="how long does an opt-out take",
  frm=("Angela Martens", "angela.martens@outlook.com"), subject="How long does an opt out take?",
  body="""Hello, I emailed you about two weeks ago asking to be taken off the promotional mailing list, and I got your confirmation email. But I still got a flyer about the home energy assessment yesterday. How long does it usually take before the mail stops? Just want to know if I should write again.

Thanks,
Angela
""",
  labels=["question"],
  note="asks how long an opt-out takes; the earlier removal is mentioned, not requested again: question only; first name alone is no entity"),

H(key="cobranded-visa-stop", date="2027-05-06 19:25:50", mailbox="customercare", prov="gmail", client="gmail_web",
  cat="wrong door: other company's mail attributed to us", spec="co-branded Visa offer: stop offers, don't pass my name",
  frm=("Janet Hruska", "janethruska@gmail.com"), subject="Credit card offers with your logo",
  body="""Hi,

This week I got another pre-approved offer for the "Alliant Energy Rewards Visa Signature" card from Lakeshore National Bank. It has your logo right next to theirs and says I was selected because I'm a valued Alliant Energy customer. I don't want a credit card and I don't want these.

Please stop sending me credit card offers, and please don't pass my name and address to the bank or any other company for these kinds of mailings.

Janet Hruska
Cedar Rapids 52404
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Janet Hruska", "postal_code": "52404"},
  note="the co-branded offer is mailed by a bank, but what she asks of us is clear: no more offers and no passing her name on: both opt-outs"),

H(key="es-no-compartan", date="2027-05-07 08:12:09", mailbox="powerhousecatalog", prov="gmail", client="gmail_android", lang="es",
  cat="ordinary: catalog-sharing opt-out", spec="Spanish: keep catalog, don't share",
  frm=("Rogelio Fuentes", "rfuentes.waterloo@gmail.com"), subject="No compartan mis datos por favor",
  body="""Hola,

Sí quiero seguir recibiendo su catálogo, me gustan las cosas para el jardín. Lo que no quiero es que pasen mi nombre y dirección a otras compañías de catálogos. Ya me están llegando catálogos de otras tiendas que nunca pedí.

Rogelio Fuentes
Waterloo, IA 50703
Número de cliente: 5512-0087
""",
  labels=["catalog_share_opt_out"], ent={"name": "Rogelio Fuentes", "postal_code": "50703", "account": "5512-0087"},
  note="Spanish: keeps the catalog, refuses sharing; the other catalogs are background, not a question"),

H(key="law-firm-engagement-letter", date="2027-05-07 10:58:33", mailbox="customercare", prov="o365", client="outlook_win",
  cat="wrong door: similarly named company (not a request)", spec="signed engagement letter for Alliant Partners LLP",
  frm=("Claire Dunmore", "cdunmore@dunmorebuilders.com"), subject="Signed engagement letter - Dunmore Builders",
  attachments=[("Engagement Letter - Dunmore Builders (signed).pdf", "application/pdf", "PDF:Engagement letter, Alliant Partners LLP / Dunmore Builders, Inc. - signed 5/6/2027")],
  body="""Mr. Hale,

Attached is the signed engagement letter for Alliant Partners to represent Dunmore Builders in the Kessler matter. The retainer check went out in today's mail.

Please let me know what else you need from us before the deposition on the 20th.

Best regards,

Claire Dunmore
Vice President, Dunmore Builders, Inc.
1200 W Prospect Ave, Appleton, WI 54914
920-555-0128
""",
  labels=[], ack=None,
  note="confidential mail for a law firm named Alliant Partners; not a privacy request and nothing Alliant Energy can do; a person wrote it so not automated"),

H(key="both-label-typed", date="2027-05-07 14:20:05", mailbox="powerhousecatalog", prov="comcast", client="thunderbird",
  cat="ordinary: both opt-outs", spec="stop catalog + do not sell, label typed out",
  frm=("Howard Lindahl", "hlindahl@comcast.net"), subject="Stop catalog and do not sell my name",
  body="""Please remove me from the PowerHouse catalog mailing list. I also do not want my name sold, rented or traded to any other company.

The label reads:
HOWARD LINDAHL
OR CURRENT RESIDENT
612 ELM ST
GRINNELL IA 50112-1834
CUST NO 004417729

Howard Lindahl
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Howard Lindahl", "postal_code": "50112-1834", "account": "004417729"},
  note="both opt-outs; he typed the label himself so its ZIP+4 and customer number are his own words"),

H(key="sunpath-partner-claim", date="2027-05-07 18:44:51", mailbox="customercare", prov="gmail", client="samsung",
  cat="wrong door: other company's mail attributed to us", spec="solar installer says it partners with us",
  frm=("Keisha Morrow", "keisha.morrow82@gmail.com"), subject="SunPath Solar says they work with you??",
  body="""Hello. A man from SunPath Solar called me 3 times this week. He says SunPath is an Alliant Energy partner and that Alliant gave them my info because my bills are "high usage". He knew my address and roughly what my bill is.

Is this true? Do you actually partner with them? If you gave them my number and address, please stop and don't share my information with solar companies or anyone else.

Keisha Morrow
319-555-0182
""",
  labels=["catalog_share_opt_out", "question"], ent={"name": "Keisha Morrow"},
  note="asks whether the installer's partnership claim is true (question) and tells us not to share her information (sharing opt-out, stated as an instruction even if conditional)"),

H(key="apple-unsub-empty", date="2027-05-08 08:03:12", mailbox="powerhousecatalog", prov="icloud", client="iphone",
  cat="ordinary: List-Unsubscribe from a mail client", spec="iOS Mail unsubscribe, empty body",
  frm=("Greg Pfaff", "gpfaff@icloud.com"), to=[PH], subject="unsubscribe PH-2705",
  body="",
  labels=["marketing_opt_out"],
  note="iOS Mail 'Unsubscribe' banner sent the List-Unsubscribe mailto with an empty body: human marketing opt-out"),

H(key="other-catalogs-since-order", date="2027-05-08 10:29:40", mailbox="powerhousecatalog", prov="aol", client="aol_web",
  cat="wrong door: other company's mail attributed to us", spec="other catalogs arrived after ordering from us",
  frm=("Irene Schwab", "ireneschwab@aol.com"), subject="Other catalogs",
  body="""Last fall I ordered a set of LED porch lights from your catalog. Since then I am getting catalogs from Harbor Lane, Country Hearth Gifts and something called Garden Gate Outfitters, all with my name spelled the same odd way you spelled it (Irene SCHWABB with two Bs). So I know where they got it.

I would like these other catalogs to stop. I don't mind yours.

Irene Schwab
Kaukauna, WI 54130
""",
  labels=["catalog_share_opt_out", "question"], ent={"name": "Irene Schwab", "postal_code": "54130"},
  note="wants other companies' catalogs stopped, traced to our list: what we can do is stop sharing (sharing opt-out, keeps ours); a human must explain that the other catalogs must be asked directly (question)"),

H(key="unsub-under-bill", date="2027-05-09 09:47:02", mailbox="customercare", prov="yahoo", client="yahoo_web",
  cat="ordinary: unclear", spec="'unsubscribe' under a bill notice",
  frm=("Arlene Voss", "avoss1948@yahoo.com"), to=[("Alliant Energy", CC_ADDR)],
  subject="Re: Your Alliant Energy bill is ready",
  in_reply_to="<bill.8c20ef41.202705@notify.alliantenergy.com>", references=["<bill.8c20ef41.202705@notify.alliantenergy.com>"],
  body="""unsubscribe
""",
  **quote("yahoo", bill(when("2027-05-08 05:12:00"), "4418", "96.40", "May 28, 2027")),
  labels=[], unclear=True,
  note="'unsubscribe' under a bill notice (a service message) is not a marketing opt-out: she may want paper bills, no bill e-mails, or no promotions; unclear"),

H(key="es-cancel-phone-plan", date="2027-05-09 21:15:33", mailbox="customercare", prov="gmail", client="gmail_android", lang="es",
  cat="wrong door: letter for another company (nothing for us)", spec="Spanish: cancel a phone plan with a mobile carrier",
  frm=("Yesenia Carrillo", "yesecarrillo.22@gmail.com"), subject="Cancelar mi plan",
  body="""Buenas noches MóvilPlus,

Quiero cancelar mi plan de teléfono familiar de 4 líneas a partir del 1 de junio. Ya me cambié de compañía y ya porté tres números. Por favor no me cobren el mes de junio.

Mi número de cuenta con ustedes es 7730 1184 02 y el número principal es 563-555-0161.

Gracias,
Yesenia Carrillo
""",
  labels=[], ack=None,
  note="Spanish letter to a mobile carrier (MovilPlus) about her phone plan; nothing for Alliant; the account number is the carrier's"),

H(key="change-address-catalog", date="2027-05-10 08:55:18", mailbox="powerhousecatalog", prov="gmail", client="gmail_web",
  cat="ordinary: question", spec="change of address for the catalog",
  frm=("Karen Stuedemann", "kstuedemann@gmail.com"), subject="New address for catalog",
  body="""Hi there, we moved from Cedar Falls to Waverly at the end of April. Please update the address for the PowerHouse catalog:

Old: 2614 Clay St, Cedar Falls, IA 50613
New: 508 3rd Ave NW, Waverly, IA 50677

Customer # 3382019 on the old label. Name is Karen Stuedemann.

Thank you!
""",
  labels=["question"], ent={"name": "Karen Stuedemann", "postal_code": "50677", "account": "3382019"},
  note="change of address is a question; she wants MORE catalog, not less; postal_code is the new address"),

H(key="alliance-energy-payment-plan", date="2027-05-10 11:31:27", mailbox="customercare", prov="yahoo", client="yahoo_web", tz="-0500",
  cat="wrong door: similarly named company (not a request)", spec="Alliance Energy Cooperative member asks for a payment plan",
  frm=("Travis Dunlap", "tdunlap_okc@yahoo.com"), subject="Payment arrangement",
  body="""Alliance Energy Cooperative,

I got the disconnect warning in the mail for my account at 1120 NW 44th St in Oklahoma City. I was off work for six weeks after my surgery and I am behind $412. I can pay $150 on the 15th and the rest over the next two bills. Can we set that up so my lights stay on?

Travis Dunlap
405-555-0193
""",
  labels=[], ack=None,
  note="written to a different utility (Alliance Energy Cooperative, Oklahoma) about its bill; not a privacy request and not our customer; no labels, no ack (staff may redirect him by hand)"),

H(key="bank-officer-reply-all", date="2027-05-10 14:02:48", mailbox="customercare", prov="o365", client="outlook_win",
  cat="wrong door: one letter to many companies", spec="a bank's privacy officer answers the ten-company letter, reply-all",
  frm=("Teresa Malloy", "tmalloy@lakeshorenatbank.com"), to=[("Dana Whitcomb", "dana.whitcomb77@gmail.com")],
  cc=[(None, a) for _n, a in TEN if a != "privacy@lakeshorenatbank.com"],
  subject="RE: Request to stop marketing and do not sell or share my personal information",
  in_reply_to=DANA_MSGID, references=[DANA_MSGID],
  body="""Ms. Whitcomb,

I'm following up on the automated reply you received from our office. We located one deposit account in your name and have updated your preferences so that Lakeshore National Bank will not use your information for marketing and will not share it with non-affiliated third parties. Please allow up to 30 days for mailings that were already in production.

I have replied to all recipients only because your original message was addressed to all of them; my apologies to the other companies for the extra email.

Teresa Malloy
Privacy Officer
Lakeshore National Bank
""",
  quote="________________________________\nFrom: Dana Whitcomb <dana.whitcomb77@gmail.com>\nSent: Saturday, May 1, 2027 7:42 AM\n"
        "To: Lakeshore National Bank Privacy <privacy@lakeshorenatbank.com>; optout@meridianwireless.net; customercare@alliant-energy.com; "
        "privacy@harborlanecatalog.com; consumer.privacy@nationscore-credit.com; circulation@heartlandhomemag.com; privacy@homeshieldwarranty.com; "
        "donotcall@sunpathsolar.com; privacy@prairiestarins.com; subscriberservices@courierdailynews.com\n"
        "Subject: Request to stop marketing and do not sell or share my personal information\n\n" + DANA_TEXT,
  labels=[], ack=None,
  note="a bank officer's reply-all to the ten-company letter: a person wrote it, full of opt-out words, but it is the bank answering Dana and asks nothing of us; the quoted letter is Dana's, not the sender's"),

H(key="optout-plus-bill", date="2027-05-11 06:48:10", mailbox="customercare", prov="gmail", client="outlook_smtp",
  cat="ordinary: opt-out + question", spec="stop marketing e-mail + high bill question",
  frm=("Steve Kautzky", "skautzky@gmail.com"), subject="Emails and my bill",
  body="""Two things.

First, please stop the marketing emails. I don't need a weekly email about thermostats and assessments. Bill notices are fine, keep those.

Second, my April bill was $287 for gas and electric, which is about $90 more than last April, and we were gone for a week of it. Can someone look at whether the meter read was estimated? Account 6610 2958 31.

Steve Kautzky
Ames IA 50010
""",
  labels=["marketing_opt_out", "question"], ent={"name": "Steve Kautzky", "account": "6610 2958 31", "postal_code": "50010"},
  note="e-mail marketing opt-out (keeps service mail) plus a billing question"),

H(key="phone-plan-and-ads", date="2027-05-11 12:17:36", mailbox="customercare", prov="charter", client="outlook_smtp",
  cat="wrong door: product we do not offer", spec="cancel a phone plan 'on my account' + stop ads",
  frm=("Lori Vandenberg", "lorivdb@charter.net"), subject="cancel phone plan",
  body="""Hello, I'd like to cancel the phone plan that got added to my account. I never asked for it. I only want my electric. Also please quit emailing me ads, I get like 3 a week.

Lori Vandenberg
Acct 3390-115-427
""",
  labels=["marketing_opt_out", "question"], ent={"name": "Lori Vandenberg", "account": "3390-115-427"},
  note="Alliant sells no phone plans; she writes to us about 'my account', so a human must find out what she means (question); 'quit emailing me ads' is a clear marketing opt-out"),

H(key="inboxtidy-unsub", date="2027-05-11 16:05:00", mailbox="customercare", prov="ses", client="app",
  cat="ordinary: List-Unsubscribe from a mail client", spec="inbox-cleaning service unsubscribes, Auto-Submitted",
  frm=("InboxTidy Unsubscribe", "unsubscribe@inboxtidy.com"), to=[CC], subject="unsubscribe AE-NL-2705",
  extra_headers=["Auto-Submitted: auto-generated", "X-InboxTidy-Request: 7f1c2a9e-unsub"],
  body="""This unsubscribe request was sent by InboxTidy on behalf of one of our users, who chose to unsubscribe from your mailings.

Address to remove: marcy.goetz@outlook.com
List: AE-NL-2705

No reply is needed.
""",
  labels=["marketing_opt_out"], ack=None,
  note="software unsubscribing for a person via our List-Unsubscribe address: not automated, marketing opt-out; Auto-Submitted means no ack may be sent"),

H(key="fwd-phishing-is-this-real", date="2027-05-12 07:36:21", mailbox="customercare", prov="outlook", client="owa",
  cat="wrong door: impersonation / scam report", spec="customer forwards a fake disconnection notice",
  frm=("Doug Reinholt", "dougreinholt@outlook.com"), subject="FW: Final Disconnection Notice - Account #AE-7730-22",
  body="""Is this real? I'm pretty sure I paid in full on the 3rd. I didn't click anything. The email address looks weird to me.

Doug
""",
  quote="________________________________\nFrom: Alliant Energy Billing <billing@alliant-energy-payments.com>\nSent: Tuesday, May 11, 2027 11:02 PM\n"
        "To: dougreinholt@outlook.com\nSubject: Final Disconnection Notice - Account #AE-7730-22\n\n"
        "Dear Customer,\n\nYour Alliant Energy service is scheduled for DISCONNECTION within 24 hours due to an unpaid balance of $318.44.\n"
        "To avoid interruption, confirm your payment details now:\n\nhttps://alliant-energy-payments.com/verify\n\n"
        "Alliant Energy Billing Department",
  labels=["question"],
  note="a customer asks whether a forwarded fake notice is ours: question; the forwarded scam's words ('disconnection', account token) are not his and give no entities"),

H(key="opt-back-in-catalog", date="2027-05-12 09:51:44", mailbox="powerhousecatalog", prov="gmail", client="gmail_web",
  cat="ordinary: question", spec="opting back in to the catalog",
  frm=("Heather Quade", "heatherquade@gmail.com"), subject="Put me back on the catalog list",
  body="""Hi! Last year I asked to be taken off the catalog mailing list because we were moving and I didn't want it going to the old house. We're settled now and I miss it (my husband wants the smoker from the fall issue lol). Can you start sending the PowerHouse catalog again to:

Heather Quade
77 Birch Knoll Dr
Hudson, WI 54016

Thanks so much
""",
  labels=["question"], ent={"name": "Heather Quade", "postal_code": "54016"},
  note="opting back in is a question; the old removal she mentions is not a new opt-out"),

H(key="ccpa-style-many-companies", date="2027-05-12 13:08:59", mailbox="customercare", prov="proton", client="proton",
  cat="wrong door: one letter to many companies", spec="access + do-not-sell letter, we are in Cc",
  frm=("Nathaniel Osei", "n.osei@protonmail.com"),
  to=[(None, "privacy@lakeshorenatbank.com"), (None, "privacy@harborlanecatalog.com"), (None, "consumer.privacy@nationscore-credit.com"),
      (None, "privacy@meridianwireless.net"), (None, "privacy@homeshieldwarranty.com"), (None, "privacy@prairiestarins.com")],
  cc=[(None, CC_ADDR), (None, "datarequests@brightroofsolar.com"), (None, "privacy@countryhearthgifts.com")],
  subject="Data access and do-not-sell request",
  body="""To each company copied on this message:

I am making this request to every company I could find that has my information. Under applicable privacy law, and under your own privacy policies in any case:

(a) Please provide me with a copy of the personal information you hold about me, the categories of sources you got it from, and the categories of third parties you have disclosed it to.

(b) Do not sell or share my personal information.

You may reach me at this address. I can verify my identity by any reasonable means.

Nathaniel Osei
5 Gammon Pl, Apt 210
Madison, WI 53719
""",
  labels=["catalog_share_opt_out", "question"], ent={"name": "Nathaniel Osei", "postal_code": "53719"},
  note="mass letter with us in Cc, addressed to 'each company copied': access request (question) and do-not-sell (sharing opt-out); no marketing opt-out asked"),

H(key="deceased-mother-catalogs", date="2027-05-13 07:22:35", mailbox="powerhousecatalog", prov="gmail", client="iphone",
  cat="ordinary: unclear", spec="daughter asks to stop catalogs for her late mother",
  frm=("Diane Eckhoff", "dianeeckhoff@gmail.com"), subject="My mother's catalogs",
  body="""My mother, Lucille Eckhoff, passed away in February. The PowerHouse catalogs keep coming to her house at 1910 Grand Ave, Spencer IA 51301, and it's hard to see her name on them every month. Please take her off.

Diane

Sent from my iPhone
""",
  labels=[], unclear=True, ent={"name": "Lucille Eckhoff", "postal_code": "51301"},
  note="on behalf of a deceased parent without shown standing: unclear by rule; entities name the mother"),

H(key="warranty-mailers-believed-ours", date="2027-05-13 10:14:08", mailbox="customercare", prov="aol", client="aol_web",
  cat="wrong door: other company's mail attributed to us", spec="home-warranty junk he thinks we send",
  frm=("Ron Tjaden", "rtjaden@aol.com"), subject="stop the warranty letters",
  body="""Please stop sending me the home warranty junk. Every week there's a new letter: "FINAL NOTICE - your Alliant Energy water heater coverage has expired." I never had coverage with you and I don't want any. I'm 81 years old and my daughter says it's a scam. Is it? Either way quit sending it.

Ron Tjaden
Pella, Iowa 50219
""",
  labels=["marketing_opt_out", "question"], ent={"name": "Ron Tjaden", "postal_code": "50219"},
  note="believes a third party's warranty mailer is ours; what he asks of us is to stop promotional mail (marketing opt-out) and 'is it a scam?' needs a human"),

H(key="es-baja-newsletter", date="2027-05-13 13:40:27", mailbox="customercare", prov="gmail", client="gmail_android", lang="es",
  cat="ordinary: marketing opt-out", spec="Spanish BAJA under the newsletter",
  frm=("Alejandro Ruiz", "aruiz.dbq@gmail.com"), to=[("Alliant Energy", CC_ADDR)], subject="Re: Your May Home Comfort Tips",
  in_reply_to="<AE-NL-2705.19b7c4e20fa1@mail.alliant-energy.com>", references=["<AE-NL-2705.19b7c4e20fa1@mail.alliant-energy.com>"],
  body="""BAJA por favor. No quiero más correos de promociones.
""",
  **quote("gmail", NEWSLETTER),
  labels=["marketing_opt_out"],
  note="Spanish 'BAJA' under our newsletter, with 'no more promotional e-mails': marketing opt-out"),

H(key="visa-not-interested", date="2027-05-13 18:33:16", mailbox="customercare", prov="yahoo", client="iphone",
  cat="wrong door: unclear", spec="'letter about my Visa. Not interested.'",
  frm=("Chuck Meister", "chuckmeister55@yahoo.com"), subject="Visa",
  body="""Got a letter from you guys about my Visa. Not interested.

Sent from my iPhone
""",
  labels=[], unclear=True,
  note="'my Visa' could be the bank's co-branded offer (then an opt-out), autopay by card (service) or a bank letter he thinks is ours; 'not interested' has no clear object: unclear"),

H(key="dear-comcast-but-powerhouse", date="2027-05-14 08:09:52", mailbox="powerhousecatalog", prov="gmail", client="gmail_web",
  cat="wrong door: wrong greeting, request is ours", spec="Dear Comcast greeting, body about the PowerHouse Catalog",
  frm=("Patricia Ulrich", "pat.ulrich.wi@gmail.com"), subject="Opt out",
  body="""Dear Comcast Privacy Team,

Please stop mailing me the PowerHouse Catalog, and do not share my name or address with the other catalog companies you exchange lists with. My customer number from the back cover is 6620 4471.

Patricia Ulrich
W5520 County Rd K
Plymouth, WI 53073
""",
  labels=["marketing_opt_out", "catalog_share_opt_out"], ent={"name": "Patricia Ulrich", "account": "6620 4471", "postal_code": "53073"},
  note="pasted greeting names Comcast, but the body names the PowerHouse Catalog and its customer number: the request is plainly ours, both opt-outs"),

H(key="share-email-question", date="2027-05-14 11:26:30", mailbox="powerhousecatalog", prov="yahoo", client="yahoo_web",
  cat="ordinary: question", spec="do you share e-mail addresses with other catalogs?",
  frm=("Connie Wirtz", "conniewirtz@yahoo.com"), subject="question about sharing",
  body="""Hello - before I order from the catalog online, I'd like to know whether you share email addresses with the other catalog companies, or only mailing addresses? I'm fine with the paper catalogs but I get way too much email already.

Connie Wirtz
""",
  labels=["question"], ent={"name": "Connie Wirtz"},
  note="asks whether e-mail addresses are shared: a policy question, not an opt-out"),

H(key="es-telemercadeo", date="2027-05-14 15:48:03", mailbox="customercare", prov="outlook", client="owa", lang="es",
  cat="wrong door: thinks we sold data", spec="Spanish: telemarketers, you sold my data",
  frm=("Guadalupe Sandoval", "lupitasandoval@hotmail.com"), subject="Llamadas de telemercadeo",
  body="""Buenos días,

Desde que abrí mi cuenta de luz con Alliant en enero me llaman todos los días de números diferentes ofreciéndome paneles solares y "revisiones de eficiencia". Saben mi nombre y mi dirección. Yo creo que ustedes vendieron mis datos. ¿A quién se los dieron?

No quiero que vendan ni compartan mi información con nadie.

Guadalupe Sandoval
West Liberty, IA 52776
""",
  labels=["catalog_share_opt_out", "question"], ent={"name": "Guadalupe Sandoval", "postal_code": "52776"},
  note="Spanish: suspects we sold her data to telemarketers; asks to whom (question) and says not to sell or share (sharing opt-out)"),

H(key="please-stop-no-object", date="2027-05-15 07:05:49", mailbox="customercare", prov="icloud", client="iphone",
  cat="ordinary: unclear", spec="'Please stop.' with empty subject",
  frm=("M. Brockman", "mbrockman@icloud.com"), subject="",
  body="""Please stop.

Sent from my iPhone
""",
  labels=[], unclear=True,
  note="no object and no context, empty subject: unclear whichever mailbox"),

H(key="staffing-resume", date="2027-05-15 10:22:17", mailbox="customercare", prov="gmail", client="gmail_web",
  cat="wrong door: similarly named company (not a request)", spec="job application for Alliant Staffing Solutions",
  frm=("Jaylen Brooks", "jaylenbrooks.work@gmail.com"),
  subject="Application - Warehouse Associate (2nd shift) - Jaylen Brooks",
  attachments=[("Jaylen_Brooks_Resume.pdf", "application/pdf", "PDF:Jaylen Brooks - resume - forklift certified")],
  body="""Hello Alliant Staffing Solutions team,

I saw your posting on the job board for a 2nd shift warehouse associate at the Waukesha distribution center and I'd like to apply. I have two years of forklift experience and my certification is current. My resume is attached.

I'm available to start right away.

Thank you,
Jaylen Brooks
262-555-0114
""",
  labels=[], ack=None,
  note="a job application for a staffing firm with a similar name; not a privacy request, nothing to act on, no ack"),

H(key="household-account-holder", date="2027-05-15 16:37:41", mailbox="customercare", prov="comcast", client="thunderbird",
  cat="ordinary: marketing opt-out", spec="account holder removes the whole household",
  frm=("Gary Mauer", "gmauer@comcast.net"), subject="Take our household off your mailing lists",
  body="""To whom it may concern,

I am the account holder at 1145 Sunset Ridge, Dubuque. Please remove everyone at this address -- myself, my wife Linda and our son Eric, who still gets mail here -- from your promotional mailings and emails.

Gary Mauer
Account no. 0442-87120-5
Dubuque, IA 52003
""",
  labels=["marketing_opt_out"], ent={"name": "Gary Mauer", "account": "0442-87120-5", "postal_code": "52003"},
  note="the account holder writing for his household has standing: plain marketing opt-out"),
]
