# -*- coding: utf-8 -*-
"""Messages written by people (automated = false).

quote: (kind, kwargs) of our own mail the person replies to, see ours.mail().
ack_to: "auto" = Reply-To if present, else From; None = no acknowledgement due.
"""

MOO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

P = []


def person(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("ack_to", "auto")
    kw.setdefault("unclear", False)
    kw.setdefault("entities", {})
    kw.setdefault("quote", None)
    P.append(kw)


# ------------------------------------------------------------------ before the story (Jan 21-23)

person(key="unsub-wc-brekke", at="2027-01-21 07:48:09", mailbox="powerhousecatalog", client="gmail_unsub",
       frm=("Tom Brekke", "tbrekke.ia@gmail.com"), subject="unsubscribe PH-2701-WC", text="",
       labels=[MOO], note="Gmail's unsubscribe button sent to the Winter Clearance List-Unsubscribe mailto: a person's marketing opt-out made by software, no Auto-Submitted, so it is acknowledged",
       category="marketing opt-out (List-Unsubscribe mailto)", spec="gmail-unsubscribe-winter-clearance", answers="PH-2701-WC catalog e-mail")

person(key="kettle-question", at="2027-01-21 12:05:40", mailbox="powerhousecatalog", client="gmail",
       frm=("Linda Kaspar", "lkaspar61@gmail.com"),
       subject="Re: Winter Clearance: up to 40% off heated throws & seed-starting kits",
       quote=("wc", {}),
       text="""Hi, is the cast iron kettle humidifier from the fall catalog still available? It isn't on the website anymore and it's not in the clearance either. I'd take two if the price is still $34.95.

Thanks,
Linda Kaspar""",
       labels=[Q], entities={"name": "Linda Kaspar"},
       note="a product question in reply to a catalog e-mail whose quoted footer talks about unsubscribing and sharing; only her own question counts",
       category="question", spec="product-question-reply-to-catalog-email", answers="PH-2701-WC catalog e-mail")

person(key="remove-email-hinrichs", at="2027-01-22 10:41:17", mailbox="customercare", client="outlook_com",
       frm=("Dale Hinrichs", "dhinrichs@outlook.com"),
       subject="RE: Winter peak savings: $75 back on a smart thermostat", quote=("st", {}),
       text="""Please remove me from your email list. I already have a smart thermostat, my son put one in at Thanksgiving. I get my bill from you by email and that's all the email from Alliant I need.

Dale""",
       labels=[MOO], entities={"name": "Dale"},
       note="remove me from your email list, under a promotion; keeping the e-billing is not a contradiction; first name alone in the signature is a name",
       category="marketing opt-out", spec="reply-to-thermostat-promo-remove-me", answers="AE-2701-ST promo")

person(key="stop-catalog-jurgens", at="2027-01-23 15:20:44", mailbox="powerhousecatalog", client="yahoo",
       frm=("Carla Jurgens", "carlajurgens@yahoo.com"), subject="too many catalogs",
       text="""Hello, I honestly don't care who you share my name with at this point, the damage is done, I get 15 catalogs a week. But please stop sending me YOURS. It goes right in the recycling bin.

Carla Jurgens
407 Elm St
Reedsburg WI 53959""",
       labels=[MOO], entities={"name": "Carla Jurgens", "postal_code": "53959"},
       note="'share whatever, just stop the catalog': marketing opt-out only (LABELS channel/limits rule), sharing explicitly left alone",
       category="marketing opt-out", spec="stop-catalog-dont-care-about-sharing", answers="-")

# ------------------------------------------------------------------ Sunday Jan 24: the story runs

person(key="sorensen-ledger", at="2027-01-24 08:57:31", mailbox="powerhousecatalog", client="iphone",
       frm=("Margaret Sorensen", "msorensen52@icloud.com"), subject="Ledger article",
       text="""I just read the article in this morning\u2019s Ledger about catalogs renting out names. Do NOT rent, sell or trade my name or address to anyone.

Margaret Sorensen
2231 Kimberly Rd
Davenport, IA 52806""",
       labels=[CSO], entities={"name": "Margaret Sorensen", "postal_code": "52806"},
       note="plain sharing opt-out prompted by the newspaper; nothing about stopping the catalog",
       category="catalog-sharing opt-out", spec="ledger-reader-do-not-rent", answers="-")

person(key="vrba-keep-catalog", at="2027-01-24 09:40:02", mailbox="powerhousecatalog", client="gmail",
       frm=("Jeanette Vrba", "jvrba.home@gmail.com"), subject="Please don't share my name (keep the catalog coming)",
       text="""Good morning,

My husband showed me the piece in the Ledger today ("Your name is for rent") and I was surprised to see PowerHouse mentioned by name. I have ordered from you for years, mostly the heated mattress pad and LED bulbs, and I want to keep getting the catalog. I do NOT want my name and address given, rented or traded to any other company though.

The number on the back of my catalog is 0417 2283 6 if that helps. My address is 816 Seventh Ave SW, Cedar Rapids, IA 52404.

Thank you,
Jeanette Vrba""",
       labels=[CSO], entities={"name": "Jeanette Vrba", "postal_code": "52404", "account": "0417 2283 6"},
       note="keeps the catalog, refuses sharing: sharing opt-out only; mailing-label customer number counts as account",
       category="catalog-sharing opt-out", spec="keep-catalog-dont-share-with-label-number", answers="-")

person(key="tiedemann-caps", at="2027-01-24 10:22:15", mailbox="powerhousecatalog", client="aol",
       frm=("BOB TIEDEMANN", "btiedemann1947@aol.com"), subject="SELLING MY NAME",
       text="""I DID NOT GIVE YOU PERMISSION TO SELL MY NAME TO OTHER COMPANIES. WHO DID YOU SELL IT TO??? I WANT A LIST. I HAVE BEEN AN ALLIANT CUSTOMER FOR 40 YEARS AND I HAVE TO FIND OUT FROM THE NEWSPAPER.

ROBERT TIEDEMANN
MARION IA 52302""",
       labels=[CSO, Q], entities={"name": "ROBERT TIEDEMANN", "postal_code": "52302"},
       note="no literal 'don't sell' but 'I did not give you permission to sell my name' leaves no doubt; who was it sold to is a question; all caps kept as written",
       category="opt-out + question", spec="all-caps-who-did-you-sell-to", answers="-")

person(key="pettit-both", at="2027-01-24 11:05:48", mailbox="powerhousecatalog", client="yahoo",
       frm=("Sharon Pettit", "sharonpettit@yahoo.com"), subject="Remove from catalog and do not share",
       text="""Please do not share or sell my name and address. And please stop sending the catalog too, we are trying to cut down on paper in this house.

Sharon Pettit
PO Box 118
Mount Vernon, IA 52314""",
       labels=[MOO, CSO], entities={"name": "Sharon Pettit", "postal_code": "52314"},
       note="both opt-outs stated outright",
       category="both opt-outs", spec="stop-catalog-and-dont-share", answers="-")

person(key="fuentes-es", at="2027-01-24 13:48:30", mailbox="powerhousecatalog", client="outlook_com", lang="es",
       frm=("Maricela Fuentes", "maricela.fuentes@hotmail.com"), subject="No compartan mis datos",
       text="""Buenas tardes:

Leí en el periódico que ustedes rentan los nombres de sus clientes a otras compañías de catálogos. No quiero que compartan, vendan ni cambien mi nombre ni mi dirección con nadie. El catálogo sí lo quiero seguir recibiendo, me gustan mucho sus productos.

Mi número de cliente es 3307 1942 05.

Gracias,
Maricela Fuentes
West Liberty, IA 52776""",
       labels=[CSO], entities={"name": "Maricela Fuentes", "postal_code": "52776", "account": "3307 1942 05"},
       note="Spanish: no sharing, selling or exchanging, but keep the catalog: sharing opt-out only",
       category="catalog-sharing opt-out", spec="spanish-keep-catalog-dont-share", answers="-")

person(key="underwood-utility-data", at="2027-01-24 16:30:09", mailbox="customercare", client="roundcube",
       frm=("Keith Underwood", "kunderwood@mchsi.com"), subject="Question about my utility data",
       text="""After today's Ledger story I'm wondering whether Alliant Energy itself sells or shares my account information (address, usage, payment history) with anyone, the way the catalog does. I've never ordered from PowerHouse, I'm just an electric and gas customer in Marshalltown. Is there a way to see what you share and with whom?

Keith Underwood""",
       labels=[Q], entities={"name": "Keith Underwood"},
       note="asks whether the utility shares data and how to see it; no opt-out requested",
       category="question", spec="does-the-utility-sell-my-data", answers="-")

person(key="ostrander-gift", at="2027-01-24 19:12:26", mailbox="powerhousecatalog", client="gmail_android",
       frm=("Nancy Ostrander", "nostrander22@gmail.com"), subject="How did you get my address",
       text="""I have never ordered anything from PowerHouse Catalog but I have been getting your catalog since December. I think my sister sent me something from you for Christmas. Take me off your mailing list please.

I'd also like to know who gave you my address and if you've passed it along to anybody else, because the article in the paper today has me worried.

Nancy Ostrander
1509 Grand Ave
Ames IA 50010""",
       labels=[MOO, Q], entities={"name": "Nancy Ostrander", "postal_code": "50010"},
       note="gift recipient: 'take me off your mailing list' stops the catalog; asking whether it was passed along is a question, not a sharing opt-out",
       category="opt-out + question", spec="gift-recipient-remove-and-who-gave-address", answers="-")

person(key="fenske-quote-article", at="2027-01-24 21:55:03", mailbox="powerhousecatalog", client="thunderbird",
       frm=("Gerald Fenske", "gfenske@charter.net"), subject="Your name is for rent - not mine",
       text="""From today's Ledger:

   "PowerHouse Catalog, which is owned by the utility Alliant
   Energy, rents its customer list to other catalog companies
   several times a year, according to its own privacy policy."

A regulated utility should know better. Cancel my catalog, and don't share, rent or exchange my name with anyone, now or in the future.

Gerald Fenske
Portage, WI 53901""",
       labels=[MOO, CSO], entities={"name": "Gerald Fenske", "postal_code": "53901"},
       note="quotes the newspaper (his own citation, not our mail); cancels the catalog and refuses sharing: both",
       category="both opt-outs", spec="quotes-article-cancel-and-dont-share", answers="-")

# ------------------------------------------------------------------ Monday Jan 25

person(key="haugland-mn", at="2027-01-25 06:40:55", mailbox="powerhousecatalog", client="gmail",
       frm=("Kristin Haugland", "k.haugland@gmail.com"),
       subject="Opt-out of sale of personal data - Minnesota Consumer Data Privacy Act",
       text="""To PowerHouse Catalog:

Pursuant to the Minnesota Consumer Data Privacy Act (Minn. Stat. ch. 325O), I am exercising my right to opt out of the sale of my personal data, including the sale, rental or exchange of my name and postal address to other catalog companies or any other third party.

Name: Kristin Haugland
Address: 1220 8th St SE, Rochester, MN 55904

Please confirm when this has been done.

Kristin Haugland""",
       labels=[CSO], entities={"name": "Kristin Haugland", "postal_code": "55904"},
       note="formal state-law opt-out of sale; 'please confirm' is answered by the acknowledgement, so no separate question",
       category="catalog-sharing opt-out", spec="minnesota-law-opt-out-of-sale", answers="-")

person(key="lindgren-utility-both", at="2027-01-25 07:15:12", mailbox="customercare", client="xfinity",
       frm=("Paul Lindgren", "plindgren@comcast.net"), subject="opt out - sharing and marketing",
       text="""Saw the Ledger article yesterday. I'm an electric customer (account 2087-114-365), never ordered from the catalog that I know of. Whatever list I'm on, opt me out of any sharing of my information, and I don't want marketing emails from Alliant either. Just my bill.

Thanks
Paul Lindgren
Janesville 53545""",
       labels=[MOO, CSO], entities={"name": "Paul Lindgren", "postal_code": "53545", "account": "2087-114-365"},
       note="a utility customer, not a catalog buyer, asks for both; the sharing label applies whatever list he is on; utility account number kept as written",
       category="both opt-outs", spec="utility-customer-opt-out-sharing-and-marketing", answers="-")

person(key="maricela-gracias", at="2027-01-25 07:45:20", mailbox="customercare", client="outlook_com", lang="es",
       frm=("Maricela Fuentes", "maricela.fuentes@hotmail.com"),
       subject="RE: We received your request [CC-2027-01-00544]",
       quote=("ack", {"num": "CC-2027-01-00544", "date": "2027-01-24 13:49:02"}),
       text="""Muchas gracias por la respuesta tan rápida.

Maricela""",
       labels=[], ack_to=None, entities={"name": "Maricela"},
       note="Spanish thank-you to our acknowledgement that asks nothing: human, no labels, not unclear, no acknowledgement due (LABELS ack rule)",
       category="human, no action (thanks to our ack)", spec="spanish-thanks-to-ack", answers="acknowledgement CC-2027-01-00544")

person(key="eichelberger-iowa", at="2027-01-25 08:02:37", mailbox="powerhousecatalog", client="iphone",
       frm=("Dawn Eichelberger", "dawneich@icloud.com"), subject="Iowa privacy law",
       text="""Iowa passed a privacy law and under it you are not allowed to sell my information without my consent, so for the record I do not consent. Do not sell my name or address.

Dawn Eichelberger
Newton IA 50208""",
       labels=[CSO], entities={"name": "Dawn Eichelberger", "postal_code": "50208"},
       note="misstates the Iowa law (it is an opt-out law, not consent) but the request itself is unmistakable",
       category="catalog-sharing opt-out", spec="iowa-law-misquoted-do-not-sell", answers="-")

person(key="adeyemi-whether", at="2027-01-25 09:25:50", mailbox="powerhousecatalog", client="gmail_ios",
       frm=("Stephen Adeyemi", "s.adeyemi.ia@gmail.com"), subject="Has my name been shared?",
       text="""Hello,
I've been a PowerHouse customer since 2019. After reading about list rentals I'd just like to know: has my name actually been shared with other catalogs, and if so which ones? I'm not asking you to stop anything at this point, I just want to know.
Thanks,
Stephen Adeyemi
Iowa City 52245""",
       labels=[Q], entities={"name": "Stephen Adeyemi", "postal_code": "52245"},
       note="asks whether and with whom, and says explicitly he is not opting out: question only",
       category="question", spec="was-my-name-shared-not-opting-out", answers="-")

person(key="pfeiffer-for-wife", at="2027-01-25 11:47:04", mailbox="powerhousecatalog", client="ipad",
       frm=("Ron Pfeiffer", "ronpfeiffer@icloud.com"), subject="For my wife",
       text="""My wife Joan Pfeiffer asked me to send this since she doesn't do email. She is the one who orders from your catalog. She does not want her name shared with other companies after that newspaper story. Our address is 2906 Hawkeye Dr, Waterloo IA 50702.

Ron""",
       labels=[], unclear=True, entities={"name": "Joan Pfeiffer", "postal_code": "50702"},
       note="husband writing for the wife who is the catalog customer: on behalf of someone else without clear standing, so unclear; entities name the wife",
       category="unclear (on behalf of spouse)", spec="husband-writes-for-wife", answers="-")

person(key="lang-bill-stop-selling", at="2027-01-25 12:30:41", mailbox="customercare", client="gmail",
       frm=("Tricia Lang", "trishlang@gmail.com"), subject="Re: Your Alliant Energy bill is ready",
       quote=("bill", {"date": "2027-01-25 06:10:00", "last4": "7731", "amount": "118.42", "due": "February 16, 2027"}),
       text="STOP SELLING MY INFO",
       labels=[CSO],
       note="reply to a bill notice, but not a bare STOP: her own words name the object (selling my info), so a sharing opt-out",
       category="catalog-sharing opt-out", spec="reply-to-bill-stop-selling-my-info", answers="bill notice")

person(key="kranz-mother", at="2027-01-25 13:05:19", mailbox="powerhousecatalog", client="outlook_com",
       frm=("Lisa Kranz-Moeller", "lisakm@outlook.com"), subject="My mother - too many catalogs",
       text="""Hello,

I help my mother, Dorothy Kranz, with her mail. She is 91 and lives alone at 1408 W 3rd St, Waterloo IA 50701. She ordered a heated throw from you a couple of years ago and now gets stacks of catalogs every week from companies none of us have heard of, some of them pretty pushy. After reading the Ledger story I understand why.

Please stop sending her the PowerHouse catalog and do not give or rent her name to anyone else.

Thank you,
Lisa Kranz-Moeller (daughter)""",
       labels=[], unclear=True, entities={"name": "Dorothy Kranz", "postal_code": "50701"},
       note="daughter writing for an elderly mother: both wishes are clear but the writer's standing is not (LABELS on-behalf rule); entities are the mother's",
       category="unclear (on behalf of parent)", spec="daughter-for-elderly-mother", answers="-")

person(key="klemme-wisconsin", at="2027-01-25 14:44:38", mailbox="powerhousecatalog", client="thunderbird",
       frm=("Howard Klemme", "hklemme@frontier.com"), subject="Privacy request under Wisconsin law",
       text="""Under Wisconsin's consumer privacy law you are required to honor my request not to sell my personal information. Please do not sell, rent or share my name and address with other catalogs.

I also want a copy of all the information you have on file about me, including what you have shared and with whom.

Howard Klemme
N4512 County Road P
Platteville WI 53818""",
       labels=[CSO, Q], entities={"name": "Howard Klemme", "postal_code": "53818"},
       note="cites a Wisconsin privacy law that may not exist; the label does not depend on the law being right; data copy request adds question",
       category="opt-out + question", spec="wisconsin-law-opt-out-plus-copy", answers="-")

person(key="lindqvist-scrubly", at="2027-01-25 10:00:03", mailbox="powerhousecatalog", client="_scrubly",
       frm=("Scrubly Privacy Requests", "requests@mail.scrubly.io"),
       subject="Data Subject Request: Opt-Out of Sale/Sharing - Kevin Lindqvist [SCR-2027-0118842]",
       text="", labels=[], unclear=True, ack_to=None,
       entities={"name": "Kevin Lindqvist", "postal_code": "53593"},
       note="data-removal service's templated request for a named member: on behalf of someone else, the agent's standing is only asserted, so unclear; Auto-Submitted so no acknowledgement (RFC 3834)",
       category="unclear (data-removal service for a named person)", spec="removal-service-templated-auto-submitted", answers="-")

person(key="halvorsen-people-search", at="2027-01-25 16:10:27", mailbox="powerhousecatalog", client="gmail",
       frm=("Brenda Halvorsen", "bhalvorsen@gmail.com"), subject="remove my listing",
       text="""Please remove my listing from your website. It shows my address, my age, my phone number and the names of my kids. I did not agree to this. I found you through the article about companies that sell peoples information.

Brenda Halvorsen""",
       labels=[Q], entities={"name": "Brenda Halvorsen"},
       note="confuses the catalog with a people-search data broker; there is no listing of ours to remove and no opt-out of ours is asked, so a human must answer",
       category="question", spec="confuses-us-with-people-search-site", answers="-")

person(key="weinkauf-other-catalogs", at="2027-01-25 18:32:50", mailbox="powerhousecatalog", client="yahoo",
       frm=("Judy Weinkauf", "judyweinkauf@yahoo.com"), subject="stop catalogs",
       text="""I saw your email address in the newspaper article. Please stop Country Hearth, Bluestem Gardens and the Vermont Quilt Shop catalogs from coming to my house, I never asked for any of them. Also that seed company from Nebraska.

Judy Weinkauf
(563) 555-0147""",
       labels=[Q], entities={"name": "Judy Weinkauf"},
       note="asks us to stop other companies' catalogs and never names PowerHouse: not an opt-out from us; someone has to explain we are not those catalogs",
       category="question", spec="confuses-us-with-other-catalogs", answers="-")

person(key="santana-papa", at="2027-01-25 20:15:33", mailbox="powerhousecatalog", client="gmail", lang="es",
       frm=("Araceli Santana", "araceli.santana88@gmail.com"), subject="Mi papá",
       text="""Hola, buenas noches.

Les escribo por mi papá, Rogelio Santana. Él no usa el correo electrónico. Recibe su catálogo en 1815 Garfield Ave, Fort Dodge IA 50501. Después de lo que salió en el periódico no quiere que le den su nombre a otras compañías. Por favor ayúdenme con esto.

Muchas gracias,
Araceli""",
       labels=[], unclear=True, entities={"name": "Rogelio Santana", "postal_code": "50501"},
       note="Spanish, a daughter writing for her father: a sharing opt-out for someone else, no clear standing, so unclear; entities are the father's",
       category="unclear (on behalf of parent)", spec="spanish-daughter-for-father", answers="-")

person(key="ng-rent-exchange", at="2027-01-25 21:40:12", mailbox="powerhousecatalog", client="samsung", provider="gmail",
       frm=("Paul Ng", "paulng.wi@gmail.com"), subject="List",
       text="""Please remove my name from any list you rent out or exchange with other companies.
Paul Ng, Fitchburg WI 53711""",
       labels=[CSO], entities={"name": "Paul Ng", "postal_code": "53711"},
       note="'remove my name from any list you rent out or exchange' is about the rental list, not the mailing list: sharing opt-out only",
       category="catalog-sharing opt-out", spec="remove-from-rented-lists", answers="-")

# ------------------------------------------------------------------ Tuesday Jan 26

person(key="stroh-opt-me-out", at="2027-01-26 06:58:44", mailbox="powerhousecatalog", client="outlook_ios",
       frm=("Vicki Stroh", "vstroh@hotmail.com"), subject="Opt out",
       text="Opt me out.",
       labels=[], unclear=True,
       note="no object and no context: opt out of what? The mailbox is only a hint (LABELS no-object rule)",
       category="unclear (no object)", spec="opt-me-out-bare", answers="-")

person(key="wendt-do-not-share", at="2027-01-26 08:30:16", mailbox="powerhousecatalog", client="yahoo_ios",
       frm=("Carl Wendt", "carlwendt55@yahoo.com"), subject="Do not share",
       text="""Do not share my name.
Carl Wendt
3015 Jackson St
Dubuque IA 52003""",
       labels=[CSO], entities={"name": "Carl Wendt", "postal_code": "52003"},
       note="terse but complete sharing opt-out",
       category="catalog-sharing opt-out", spec="terse-do-not-share", answers="-")

person(key="ahrens-gift", at="2027-01-26 09:15:58", mailbox="powerhousecatalog", client="gmail",
       frm=("Phyllis Ahrens", "phyllis.ahrens@gmail.com"), subject="catalog I didn't ask for",
       text="""My daughter-in-law ordered me the heated throw from your catalog for Christmas (which I love, no complaints there). Since then I've gotten your catalog plus two others I never heard of, Northwoods Home and something called Hearthside Living. Did you give them my name? If you did please don't do it again.

Phyllis Ahrens
Oskaloosa, Iowa 52577""",
       labels=[CSO, Q], entities={"name": "Phyllis Ahrens", "postal_code": "52577"},
       note="gift recipient asks whether her name went to two named catalogs (question) and says don't do it again (sharing opt-out); she does not ask to stop our catalog",
       category="opt-out + question", spec="gift-recipient-did-you-give-my-name", answers="-")

person(key="pruess-move", at="2027-01-26 10:40:21", mailbox="powerhousecatalog", client="apple_mail",
       frm=("Eugene & Marlys Pruess", "epruess@mac.com"), subject="Address change + privacy",
       text="""Hello PowerHouse,

We're moving at the end of February from 412 N Main St, Anamosa IA 52205 to our daughter's place in Marion. New address: 3110 Lindale Ct, Marion IA 52302. Please send the catalog there from March on.

Also, after reading that article, please make sure our name is not given to other catalog companies.

Thanks,
Gene Pruess""",
       labels=[CSO, Q], entities={"name": "Gene Pruess", "postal_code": "52205"},
       note="keeps the catalog with a change of address (question) and refuses sharing; postal_code is the current address on file, the new one is not yet his",
       category="opt-out + question", spec="change-of-address-keep-catalog-dont-share", answers="-")

person(key="giannakos-bipa", at="2027-01-26 12:12:07", mailbox="customercare", client="outlook_com",
       frm=("Tony Giannakos", "tgiannakos@live.com"), subject="Illinois privacy law - do not sell",
       text="""I live in Galena and get your catalog. Under the Illinois Biometric Information Privacy Act (BIPA) you can't sell my information without written consent. I am telling you not to sell, rent or share my name or address with anyone.

Anthony Giannakos
Galena, IL 61036""",
       labels=[CSO], entities={"name": "Anthony Giannakos", "postal_code": "61036"},
       note="cites a biometrics law that has nothing to do with mailing lists, sent to the general mailbox; the request is still a clear sharing opt-out",
       category="catalog-sharing opt-out", spec="illinois-bipa-wrong-law", answers="-")

person(key="moravec-delete", at="2027-01-26 13:30:02", mailbox="powerhousecatalog", client="gmail",
       frm=("Shelby Moravec", "shelbymoravec@gmail.com"), subject="Delete my information",
       text="""After reading the Ledger story I want you to delete all of my information. Every record, every order, my name, my address. I don't want to exist in your system. I placed one order in 2023.

Shelby Moravec
52240""",
       labels=[], unclear=True, entities={"name": "Shelby Moravec", "postal_code": "52240"},
       note="delete-everything request: LABELS makes it unclear (deletion is not for the bot); kept labels [] because unclear rows carry no labels here, staff review answers it",
       category="unclear (deletion request)", spec="delete-all-my-data", answers="-")

person(key="dunham-access", at="2027-01-26 14:05:45", mailbox="powerhousecatalog", client="gmail",
       frm=("Rachel Dunham", "r.dunham.law@gmail.com"), subject="Consumer data request (Iowa Code ch. 715D)",
       text="""Dear PowerHouse Catalog privacy team:

Pursuant to Iowa Code chapter 715D, I request (1) confirmation of whether you process my personal data, (2) a copy of the personal data you hold about me, and (3) a list of the categories of third parties to whom you have disclosed or sold it.

Identifying information: Rachel Dunham, 25 Teeters Ct, Iowa City, IA 52246; PowerHouse customer number PH-00318822.

Regards,
Rachel Dunham""",
       labels=[Q], entities={"name": "Rachel Dunham", "postal_code": "52246", "account": "PH-00318822"},
       note="a formal access request (copy + to whom disclosed) is a clear question; she asks for no opt-out",
       category="question", spec="iowa-law-access-request", answers="-")

person(key="dvorak-dental", at="2027-01-26 15:22:39", mailbox="powerhousecatalog", client="m365", provider="m365",
       frm=("Renee Dvorak", "rdvorak@maplecrestdental.com"), subject="PowerHouse catalog - business address",
       charset="windows-1252",
       text="""Hello,

We order humidifiers and LED lighting from PowerHouse for our office now and then. Please continue sending the catalog to the office, attention Front Desk, but do not share, rent or sell our business name or address to any other catalog or mailing list company. We\u2019ve got plenty of junk mail as it is.

Thank you,

Renee Dvorak
Office Manager
Maple Crest Family Dental
2210 W 12th St, Suite B
Cedar Falls, IA 50613
(319) 555-0183""",
       labels=[CSO], entities={"name": "Renee Dvorak", "postal_code": "50613"},
       note="business customer keeps the catalog and refuses sharing; ZIP from her own signature block",
       category="catalog-sharing opt-out", spec="business-keep-catalog-dont-share", answers="-")

person(key="sadowski-reply-wc", at="2027-01-26 19:47:30", mailbox="powerhousecatalog", client="iphone",
       frm=("Mike Sadowski", "msadowski@icloud.com"),
       subject="Re: Winter Clearance: up to 40% off heated throws & seed-starting kits", quote=("wc", {}),
       text="""Please don\u2019t rent my name out. I\u2019ll still take your emails, just don\u2019t pass my info on.""",
       labels=[CSO],
       note="reply to a catalog e-mail: his words refuse renting and keep the e-mails; the quoted footer's 'unsubscribe' is ours, not his",
       category="catalog-sharing opt-out", spec="reply-to-catalog-email-dont-rent-keep-emails", answers="PH-2701-WC catalog e-mail")

# ------------------------------------------------------------------ Wednesday Jan 27

person(key="bettis-thanks", at="2027-01-27 07:40:11", mailbox="customercare", client="gmail",
       frm=("Carol Bettis", "carolbettis@gmail.com"), subject="Re: We received your request [CC-2027-01-00731]",
       quote=("ack", {"num": "CC-2027-01-00731", "date": "2027-01-26 20:14:40"}),
       text="""Thank you!

Carol""",
       labels=[], ack_to=None, entities={"name": "Carol"},
       note="thanks to our acknowledgement, asks nothing: human, no labels, not unclear, ack_to null to avoid a politeness loop",
       category="human, no action (thanks to our ack)", spec="thanks-to-ack", answers="acknowledgement CC-2027-01-00731")

person(key="ritter-runon", at="2027-01-27 08:03:52", mailbox="powerhousecatalog", client="gmail_android",
       frm=("Duane Ritter", "duaneritter1960@gmail.com"), subject="my name",
       text="""pls dont sell my name or adress to nobody i never said you could and i seen in the paper you do it. i get your catalog in the mail at my place out by Monroe thats fine just dont sell it
Duane""",
       labels=[CSO], entities={"name": "Duane"},
       note="no punctuation, misspelled, keeps the catalog: sharing opt-out only; the first name alone is the name entity",
       category="catalog-sharing opt-out", spec="run-on-dont-sell-keep-catalog", answers="-")

person(key="lutz-stop-ack", at="2027-01-27 09:12:05", mailbox="customercare", client="iphone",
       frm=("Barb Lutz", "barblutz@icloud.com"), subject="Re: We received your request [CC-2027-01-00736]",
       quote=("ack", {"num": "CC-2027-01-00736", "date": "2027-01-26 21:03:11"}),
       text="STOP",
       labels=[], unclear=True,
       note="STOP under our own acknowledgement, a service message: not a marketing opt-out, unclear (LABELS short-reply rule)",
       category="unclear (STOP under our ack)", spec="stop-reply-to-ack", answers="acknowledgement CC-2027-01-00736")

person(key="harkins-vanishdata", at="2027-01-27 10:30:47", mailbox="powerhousecatalog", client="_vanishdata",
       frm=("VanishData Agent Services", "agent@vanishdata.com"),
       reply_to=("VanishData Case Desk", "cases+VD-88213@vanishdata.com"),
       subject="Authorized Agent Request: Do Not Sell or Share - Ref VD-88213",
       text="", labels=[], unclear=True,
       entities={"name": "Denise Harkins", "postal_code": "61032"},
       note="removal service as 'authorized agent' for a named consumer: standing asserted but not shown, so unclear; no Auto-Submitted and a case Reply-To, so the acknowledgement goes there",
       category="unclear (data-removal service for a named person)", spec="removal-service-authorized-agent", answers="-")

person(key="mraz-ack-question", at="2027-01-27 12:55:09", mailbox="customercare", client="yahoo",
       frm=("Ellen Mraz", "ellenmraz@yahoo.com"), subject="Re: We received your request [CC-2027-01-00757]",
       quote=("ack", {"num": "CC-2027-01-00757", "date": "2027-01-27 08:22:09"}),
       text="""Your email says the catalog shares names with "other catalog companies". Which companies are those? And does my request also cover my husband Frank? He's on our catalog account too, same address.

Ellen Mraz""",
       labels=[Q], entities={"name": "Ellen Mraz"},
       note="reply to our acknowledgement that asks two things: a question (LABELS: replies that ask something are normal human mail)",
       category="question", spec="question-in-reply-to-ack", answers="acknowledgement CC-2027-01-00757")

person(key="ortega-es-both", at="2027-01-27 14:10:36", mailbox="powerhousecatalog", client="yahoo", lang="es",
       frm=("José Luis Ortega", "jlortega74@yahoo.com"), subject="Ya no quiero el catálogo",
       text="""Por favor dejen de mandarme el catálogo y no vendan ni compartan mis datos con otras empresas. Gracias.

José Luis Ortega
Marshalltown IA 50158""",
       labels=[MOO, CSO], entities={"name": "José Luis Ortega", "postal_code": "50158"},
       note="Spanish, both opt-outs; encoded From and Subject",
       category="both opt-outs", spec="spanish-stop-catalog-and-dont-sell", answers="-")

person(key="brandt-removal-service-self", at="2027-01-27 15:40:18", mailbox="powerhousecatalog", client="gmail",
       frm=("Alicia Brandt", "alicia.brandt@gmail.com"), subject="Name sharing",
       text="""Hi, I signed up for one of those data removal services (Scrubly) after the Ledger article, so you might get something from them with my name on it. I'd rather tell you myself though: please don't share or rent my name and address.

Do you also sell to data brokers, or only to other catalogs?

Alicia Brandt
1711 Lincoln Way, DeWitt IA 52742""",
       labels=[CSO, Q], entities={"name": "Alicia Brandt", "postal_code": "52742"},
       note="the person herself, not the service, refuses sharing, and asks about data brokers",
       category="opt-out + question", spec="person-mentions-removal-service-asks-herself", answers="-")

person(key="schmitz-rambling", at="2027-01-27 17:25:44", mailbox="powerhousecatalog", client="aol",
       frm=("Leonard Schmitz", "lenschmitz@aol.com"), subject="PowerHouse catalog and my name",
       text="""Dear Sir or Madam,

I have been a customer of Interstate Power and then Alliant for going on 52 years, I remember when the meter reader came every month and my late wife Arlene used to give him coffee. Anyway my grandson was here Sunday and he read me the article out of the Ledger about catalogs renting out names, and he said the PowerHouse Catalog is Alliant. I did not know that. Is that right? I thought it was a separate outfit from out East.

I like the catalog and I have bought the furnace filters and the motion lights from it, so keep sending it. But I would not like my name passed around to other companies, I get enough mail and phone calls as it is.

Also my furnace is making a whistling noise but I suppose that is a different department.

Yours truly,
Leonard Schmitz
604 Oak Street
Waukon, Iowa 52172""",
       labels=[CSO, Q], entities={"name": "Leonard Schmitz", "postal_code": "52172"},
       note="long and rambling: keeps the catalog, refuses sharing, asks whether PowerHouse is Alliant (question); late wife mentioned but he writes for himself",
       category="opt-out + question", spec="retiree-rambling-keep-catalog-dont-share", answers="-")

person(key="voss-ack-add-catalog", at="2027-01-27 20:02:13", mailbox="customercare", client="outlook_com",
       frm=("Debra Voss", "debvoss@outlook.com"), subject="RE: We received your request [CC-2027-01-00779]",
       quote=("ack", {"num": "CC-2027-01-00779", "date": "2027-01-27 11:47:30"}),
       text="""I forgot to say in my first email, please also stop mailing me the catalog.

Thanks, Debra Voss""",
       labels=[MOO], entities={"name": "Debra Voss"},
       note="reply to our acknowledgement that adds a new clear request with its object (stop the catalog): a marketing opt-out, not a loop",
       category="marketing opt-out", spec="reply-to-ack-adds-stop-catalog", answers="acknowledgement CC-2027-01-00779")

person(key="olesen-all-lists", at="2027-01-27 21:30:25", mailbox="customercare", client="roundcube",
       frm=("Craig Olesen", "colesen@netins.net"), subject="lists",
       text="""Read the story in the Ledger. Take me off ALL of your lists. Every one.
Craig Olesen, Decorah""",
       labels=[MOO, CSO], entities={"name": "Craig Olesen"},
       note="'off ALL of your lists' right after a story about rented lists: read as both the mailing list and the rental list; Decorah without a ZIP gives no postal code",
       category="both opt-outs", spec="off-all-your-lists", answers="-")

# ------------------------------------------------------------------ Thursday Jan 28 (Data Privacy Day)

person(key="raman-dpd", at="2027-01-28 07:05:22", mailbox="powerhousecatalog", client="fastmail",
       frm=("Priya Raman", "priya.raman@fastmail.com"), subject="Data Privacy Day request",
       text="""Happy Data Privacy Day! In its honor: please do not sell, rent, or exchange my name and address. I'm happy to keep getting the catalog itself.

--
Priya Raman
Madison, WI 53705""",
       labels=[CSO], entities={"name": "Priya Raman", "postal_code": "53705"},
       note="cheerful Data Privacy Day sharing opt-out, keeps the catalog",
       category="catalog-sharing opt-out", spec="data-privacy-day-do-not-sell", answers="-")

person(key="oyelaran-optoutnow", at="2027-01-28 08:00:04", mailbox="customercare", client="_optoutnow",
       frm=("OptOutNow on behalf of Patricia Oyelaran", "patricia.oyelaran@relay.optoutnow.net"),
       subject="Deletion and Do-Not-Sell Request for Patricia Oyelaran",
       text="", labels=[], unclear=True,
       entities={"name": "Patricia Oyelaran", "postal_code": "53590"},
       note="removal service writing for a named person, asking deletion and do-not-sell: on behalf of someone else, and a deletion request besides: unclear; the relay From is the only address",
       category="unclear (data-removal service for a named person)", spec="removal-service-delete-and-do-not-sell", answers="-")

person(key="mathison-unsub-vd", at="2027-01-28 09:41:15", mailbox="powerhousecatalog", client="gmail_unsub",
       frm=("", "kmathison88@gmail.com"), subject="unsubscribe PH-2701-VD", text="",
       labels=[MOO],
       note="List-Unsubscribe mailto from Gmail for the Valentine's catalog e-mail: marketing opt-out, never a sharing opt-out",
       category="marketing opt-out (List-Unsubscribe mailto)", spec="gmail-unsubscribe-valentines", answers="PH-2701-VD catalog e-mail")

person(key="koenig-stop-vd", at="2027-01-28 09:58:40", mailbox="powerhousecatalog", client="gmail_android",
       frm=("Ray Koenig", "rkoenig.farm@gmail.com"),
       subject="Re: Valentine's picks they'll actually use (ships by Feb 10)", quote=("vd", {}),
       text="stop",
       labels=[MOO],
       note="'stop' under one of our promotions takes its meaning from it: marketing opt-out (LABELS short-reply rule)",
       category="marketing opt-out", spec="stop-under-catalog-email", answers="PH-2701-VD catalog e-mail")

person(key="tran-dpd-angry", at="2027-01-28 10:20:33", mailbox="powerhousecatalog", client="outlook_com",
       frm=("Melissa Tran", "melissa.tran@outlook.com"),
       subject="RE: Valentine's picks they'll actually use (ships by Feb 10)", quote=("vd", {}),
       text="""Really? You send this on Data Privacy Day, four days after the Ledger ran that story about you renting out customer names? Unsubscribe me. And do not sell, rent or trade my name. I'm done.

Melissa""",
       labels=[MOO, CSO], entities={"name": "Melissa"},
       note="angry reply to the Valentine's e-mail: unsubscribe plus do not sell, both in her own words",
       category="both opt-outs", spec="data-privacy-day-angry-reply-both", answers="PH-2701-VD catalog e-mail")

person(key="fisk-tidybox", at="2027-01-28 10:35:07", mailbox="powerhousecatalog", client="_tidybox",
       frm=("Tidybox Unsubscribe", "unsubscribe@tidybox.app"), subject="unsubscribe PH-2701-VD", text="",
       labels=[MOO], ack_to=None,
       note="inbox-cleaning service sending to our List-Unsubscribe mailto for its user: marketing opt-out, automated false; Auto-Submitted present so no acknowledgement (LABELS software rule)",
       category="marketing opt-out (List-Unsubscribe mailto)", spec="inbox-cleaner-unsubscribe-auto-submitted", answers="PH-2701-VD catalog e-mail")

person(key="nordstrom-empty", at="2027-01-28 11:12:56", mailbox="powerhousecatalog", client="iphone",
       frm=("Gail Nordstrom", "gnordstrom@icloud.com"),
       subject="Re: Valentine's picks they'll actually use (ships by Feb 10)", quote=("vd", {}),
       text="",
       labels=[], unclear=True,
       note="reply with no new text at all above the quoted catalog e-mail (only the phone's signature): nothing decidable, unclear",
       category="unclear (empty reply)", spec="empty-reply-to-catalog-email", answers="PH-2701-VD catalog e-mail")

person(key="lucht-wrong-box", at="2027-01-28 12:40:18", mailbox="customercare", client="gmail",
       frm=("Hannah Lucht", "hannah.lucht@gmail.com"), subject="Don't share my name",
       text="""Today's Ledger says "readers who want off PowerHouse's rental list should write to powerhousecatalog@alliant-energy.com" but I'm writing here because this is the address on my bill. Please pass it on.

Don't share my name with other catalogs. I still want my catalog!

Hannah Lucht
Stoughton WI 53589""",
       labels=[CSO], entities={"name": "Hannah Lucht", "postal_code": "53589"},
       note="sharing opt-out sent to the general mailbox while quoting the newspaper's advice to use the catalog one; the mailbox is only a hint",
       category="catalog-sharing opt-out", spec="sharing-opt-out-to-general-mailbox", answers="-")

person(key="whitmore-ccpa", at="2027-01-28 13:33:29", mailbox="powerhousecatalog", client="outlook_com",
       frm=("Jason Whitmore", "jwhitmore82@hotmail.com"), subject="Do Not Sell My Personal Information (CCPA)",
       text="""I am invoking my rights under the California Consumer Privacy Act. Do not sell my personal information.

Jason Whitmore
1128 Bluff St
Dubuque IA 52001""",
       labels=[CSO], entities={"name": "Jason Whitmore", "postal_code": "52001"},
       note="an Iowan citing California's law; whether it applies does not matter, 'do not sell my personal information' is the sharing opt-out",
       category="catalog-sharing opt-out", spec="ccpa-from-iowa", answers="-")

person(key="klinkenborg-how", at="2027-01-28 15:00:51", mailbox="powerhousecatalog", client="yahoo",
       frm=("Roberta Klinkenborg", "rklinkenborg@yahoo.com"), subject="question",
       text="""How do I make sure my name isn't being shared with other catalogs? Is there a form I need to fill out or a number to call? I don't want to stop the catalog.

Roberta""",
       labels=[Q], entities={"name": "Roberta"},
       note="asks how to opt out of sharing without asking to be opted out: question only (LABELS how-to rule); a borderline case staff will likely just do",
       category="question", spec="how-do-i-stop-sharing", answers="-")

person(key="harkema-same-as-wife", at="2027-01-28 17:48:03", mailbox="powerhousecatalog", client="gmail_android",
       frm=("Dennis Harkema", "dharkema@gmail.com"), subject="Same for me",
       text="""Same as my wife's request from last week, please do the same for me.

Dennis""",
       labels=[], unclear=True, entities={"name": "Dennis"},
       note="refers to another person's earlier mail without saying what it asked: unclear (LABELS reference rule)",
       category="unclear (reference to earlier mail)", spec="same-as-my-wifes-request", answers="-")

person(key="becker-can-you", at="2027-01-28 20:30:37", mailbox="powerhousecatalog", client="iphone",
       frm=("Tamara Becker", "tamarabecker@icloud.com"), subject="Question",
       text="""Can you please not sell my name to other catalogs?
Tamara Becker 56031""",
       labels=[CSO], entities={"name": "Tamara Becker", "postal_code": "56031"},
       note="subject says Question but the question is the request itself: sharing opt-out, no question label",
       category="catalog-sharing opt-out", spec="request-in-question-form", answers="-")

# ------------------------------------------------------------------ Friday Jan 29

person(key="fahey-correction", at="2027-01-29 07:30:14", mailbox="powerhousecatalog", client="gmail",
       frm=("Lorraine Fahey", "lfahey.wi@gmail.com"), subject="Correction to my email from Sunday",
       text="""Hi, I wrote to you on Sunday after reading the newspaper and told you to stop everything. I overreacted. I'd like to keep getting the catalog (I order the heated bird bath every fall).

What I really don't want is my name being shared with other companies, so please just do that part.

Lorraine Fahey
Baraboo 53913""",
       labels=[CSO, Q], entities={"name": "Lorraine Fahey", "postal_code": "53913"},
       note="opting back in to the catalog is a question; the earlier 'stop everything' is not a new opt-out; the sharing refusal is stated now, so sharing opt-out too",
       category="opt-out + question", spec="opt-back-in-to-catalog-keep-no-sharing", answers="-")

person(key="buss-contradict", at="2027-01-29 09:10:27", mailbox="powerhousecatalog", client="yahoo",
       frm=("Gloria Buss", "gbuss@yahoo.com"), subject="catalog",
       text="""Stop all of it. Well not the spring garden catalog, I do like that one. And do whatever you want with my name I guess, everybody has it anyway. No actually don't. I don't know. Just stop the junk.

Gloria""",
       labels=[], unclear=True, entities={"name": "Gloria"},
       note="contradicts herself on both the catalog and the sharing: mixed wishes are unclear (LABELS)",
       category="unclear (self-contradicting)", spec="self-contradicting-catalog-and-sharing", answers="-")

person(key="mertz-household", at="2027-01-29 11:25:48", mailbox="customercare", client="xfinity",
       frm=("Gary Mertz", "gmertz@comcast.net"), subject="Household privacy request - acct 5509 3321 04",
       text="""I am the account holder on account 5509 3321 04. For everyone in our household (myself, my wife Sandra and our son Tyler who lives with us) please do not share, sell or rent our names, address or information to anybody, and no more marketing mail or emails from Alliant or the PowerHouse catalog. Bills are fine.

Gary Mertz
1917 Ridgeway Dr
Albert Lea MN 56007""",
       labels=[MOO, CSO], entities={"name": "Gary Mertz", "postal_code": "56007", "account": "5509 3321 04"},
       note="the account holder writing for his household has standing (LABELS), so both opt-outs are acted on; entities are his",
       category="both opt-outs", spec="account-holder-for-household", answers="-")

person(key="vollmer-deceased", at="2027-01-29 13:15:02", mailbox="powerhousecatalog", client="apple_mail",
       frm=("Karen Dietz", "kvdietz@me.com"), subject="Deceased - Irene Vollmer",
       text="""My mother, Irene Vollmer, passed away in November. We are still getting your catalog at her house, 711 Maple Ave, Fond du Lac WI 54935, along with about a dozen others. Please remove her from your mailing and please don't pass her name on to anyone else. It is hard to keep seeing her name on all this mail.

Karen Dietz""",
       labels=[], unclear=True, entities={"name": "Irene Vollmer", "postal_code": "54935"},
       note="a deceased parent is the LABELS example of writing for someone else: unclear for staff; entities name the mother",
       category="unclear (deceased parent)", spec="deceased-mother-stop-and-dont-share", answers="-")

person(key="kohl-work-replyto", at="2027-01-29 16:20:31", mailbox="powerhousecatalog", client="gmail", provider="gws",
       frm=("Nathan Kohl", "nkohl@kohlfarmsupply.com"), reply_to=("Nathan Kohl", "nate.kohl@gmail.com"),
       subject="PowerHouse - don't share my name",
       text="""Sending this from work but please answer me at my personal address (nate.kohl@gmail.com), that's the one on my catalog orders.

Don't share or rent my name or home address to other catalog companies. Home is 1542 Hillcrest Rd, Independence IA 50644.

Nathan Kohl
Kohl Farm Supply | Parts & Service
203 Main St, Jesup IA 50648
319-555-0166""",
       labels=[CSO], entities={"name": "Nathan Kohl", "postal_code": "50644"},
       note="work From with a personal Reply-To he asks us to use; postal code is his home, not the business address in the signature",
       category="catalog-sharing opt-out", spec="work-address-personal-reply-to", answers="-")

person(key="tesch-former-resident", at="2027-01-29 15:30:09", mailbox="powerhousecatalog", client="thunderbird",
       frm=("Scott Amundson", "samundson@centurylink.net"), subject="previous resident",
       text="""We keep getting PowerHouse catalogs addressed to Brandon Tesch at 2204 Prairie St, Oshkosh WI 54901. He moved out two years ago and we have no idea where he went. Please stop sending them here.""",
       labels=[], unclear=True, entities={"name": "Brandon Tesch", "postal_code": "54901"},
       note="current occupant asks to stop a former resident's catalog: a request about someone else's record (LABELS tenant example), unclear; entities name the addressee",
       category="unclear (on behalf of someone else)", spec="former-resident-catalogs", answers="-")

person(key="reiter-phone", at="2027-01-29 17:05:45", mailbox="customercare", client="gmail",
       frm=("Mary Jo Reiter", "maryjoreiter@gmail.com"), subject="phone calls",
       text="""Somebody called me Tuesday saying they were "a partner of the PowerHouse catalog" and tried to sell me a home warranty. Was that really someone you gave my number to?

Don't call me and don't give out my phone number or address to anybody. 319-555-0129 is my number, it's in your records.

Mary Jo Reiter""",
       labels=[MOO, CSO, Q], entities={"name": "Mary Jo Reiter"},
       note="'don't call me' is marketing by phone, 'don't give out my number or address' is sharing, and 'was that really you' needs an answer: all three",
       category="opt-out + question", spec="phone-call-complaint-all-three", answers="-")

person(key="olmedo-es-con-quien", at="2027-01-29 19:40:22", mailbox="powerhousecatalog", client="gmail", lang="es",
       frm=("Beatriz Olmedo", "bolmedo.mus@gmail.com"), subject="Pregunta sobre mis datos",
       text="""Buenos días.

¿Me pueden decir si compartieron mi nombre y mi dirección con otras compañías de catálogos? ¿Con cuáles?

Gracias.
Beatriz Olmedo
Muscatine, IA 52761""",
       labels=[Q], entities={"name": "Beatriz Olmedo", "postal_code": "52761"},
       note="Spanish: whether and with whom her name was shared: question only, no opt-out asked",
       category="question", spec="spanish-with-whom-shared", answers="-")

person(key="aldrich-keep-no-share", at="2027-01-29 20:12:40", mailbox="powerhousecatalog", client="thunderbird",
       frm=("Walt Aldrich", "waldrich@tds.net"), subject="sharing",
       text="""Keep the catalogs coming (the boot dryer I got in November is the best thing I've bought all winter) but NO sharing of my name, period.

Walt Aldrich
Wisconsin Dells 53965""",
       labels=[CSO], entities={"name": "Walt Aldrich", "postal_code": "53965"},
       note="keep the catalog, no sharing: sharing opt-out only",
       category="catalog-sharing opt-out", spec="keep-catalog-no-sharing-period", answers="-")

# ------------------------------------------------------------------ Saturday Jan 30

person(key="brenneman-email-only", at="2027-01-30 08:20:14", mailbox="powerhousecatalog", client="outlook_com",
       frm=("Ashley Brenneman", "ashbrenneman@outlook.com"),
       subject="RE: Winter Clearance: up to 40% off heated throws & seed-starting kits", quote=("wc", {}),
       text="""Pls stop emailing me, I get the paper catalog and that's plenty.""",
       labels=[MOO],
       note="stop the e-mails, keep the paper catalog: marketing opt-out for the e-mail channel she named (LABELS channel rule)",
       category="marketing opt-out", spec="stop-emails-keep-paper-catalog", answers="PH-2701-WC catalog e-mail")

person(key="kaczmarek-webform", at="2027-01-30 10:15:26", mailbox="customercare", client="webform",
       frm=("Alliant Energy Web Forms", "noreply@alliantenergy.com"),
       reply_to=("Dolores Kaczmarek", "dkaczmarek@windstream.net"), subject="Contact Us: Privacy / My information",
       text="""A customer submitted the Contact Us form on alliantenergy.com.

Name: Dolores Kaczmarek
Email: dkaczmarek@windstream.net
Phone: 563-555-0162
Account number: 3001228441
Service ZIP: 52732
Topic: Privacy / My information

Message:
Please do not share or sell my information to any other companies. I read about it in the paper. Thank you.

Submitted 01/30/2027 10:14 AM CT""",
       labels=[CSO], entities={"name": "Dolores Kaczmarek", "postal_code": "52732", "account": "3001228441"},
       note="our Contact Us relay: From is a no-reply role address, the customer is in Reply-To; the form fields are her own input",
       category="catalog-sharing opt-out", spec="contact-form-relay-do-not-share", answers="-")

person(key="engebretson-policy", at="2027-01-30 16:45:50", mailbox="powerhousecatalog", client="apple_mail",
       frm=("Ruth Engebretson", "rengebretson@me.com"), subject="Your privacy policy",
       text="""To whom it may concern:

Your privacy policy states, and I quote: "the PowerHouse Catalog sometimes shares its customer list with other catalog companies. If you don't want your name shared, please write to us." Consider this my letter. Please exclude my name from any list you share.

I would add that the policy says nothing about how often, or with which companies, and a reader should not have to learn that from the newspaper. I hope you will make it clearer.

Ruth Engebretson
Decorah, Iowa 52101""",
       labels=[CSO, Q], entities={"name": "Ruth Engebretson", "postal_code": "52101"},
       note="quotes our policy in her own letter and opts out of sharing; the complaint about the policy's vagueness is for a human (question)",
       category="opt-out + question", spec="quotes-privacy-policy-opt-out-and-complaint", answers="-")

# ------------------------------------------------------------------ Sunday Jan 31

person(key="wiebke-2023", at="2027-01-31 09:00:38", mailbox="powerhousecatalog", client="gmail_ios",
       frm=("Doug Wiebke", "dwiebke@gmail.com"), subject="did my opt out ever happen",
       text="""Back in 2023 I called and asked not to have my name shared. After the Ledger article I'm not sure that was ever done. Can you check? And if it wasn't, consider this my request: don't share my name or address.

Doug Wiebke, Watertown WI 53094""",
       labels=[CSO, Q], entities={"name": "Doug Wiebke", "postal_code": "53094"},
       note="asks to check an old opt-out (question) and restates the wish in so many words: the condition does not make the wish unclear",
       category="opt-out + question", spec="check-old-opt-out-and-restate", answers="-")

person(key="hartung-how-long", at="2027-01-31 11:30:04", mailbox="powerhousecatalog", client="iphone",
       frm=("Jill Hartung", "jillhartung@icloud.com"), subject="How long?",
       text="""I sent an email Monday asking you not to share my name. How long does it take before it\u2019s in effect? The article said lists get rented months in advance.

Jill Hartung""",
       labels=[Q], entities={"name": "Jill Hartung"},
       note="how long an opt-out takes is a question only; the earlier request it mentions is not a new opt-out",
       category="question", spec="how-long-does-opt-out-take", answers="-")

person(key="vos-email-sharing", at="2027-01-31 20:10:19", mailbox="powerhousecatalog", client="outlook_com",
       frm=("Brian Vos", "brianvos@live.com"), subject="email addresses",
       text="""The Ledger article said catalogs sell email addresses too, but your policy says PowerHouse never shares email addresses. Which one is right? I've been getting a lot more spam since I ordered from you in November.

Brian""",
       labels=[Q], entities={"name": "Brian"},
       note="asks which is true about e-mail addresses; a complaint about spam, no opt-out asked",
       category="question", spec="does-the-catalog-share-email-addresses", answers="-")

person(key="pankratz-aunt", at="2027-01-31 21:00:45", mailbox="powerhousecatalog", client="gmail_ios",
       frm=("Susan Pankratz", "spankratz@gmail.com"), subject="gift shipment to my aunt",
       text="""I sent my aunt a gift from your catalog at Christmas, shipped directly to her: Lorraine Hatch, 206 2nd Ave W, Cresco IA 52136. She's 88 and would be upset to find out she's on a mailing list now because of me.

Please don't add her to your catalog list or share her name with anyone.

Susan Pankratz""",
       labels=[], unclear=True, entities={"name": "Lorraine Hatch", "postal_code": "52136"},
       note="gift giver asks for the gift recipient: on behalf of someone else without standing, unclear; entities are the aunt's",
       category="unclear (on behalf of gift recipient)", spec="gift-giver-for-recipient", answers="-")

# ------------------------------------------------------------------ Monday Feb 1

person(key="doyle-still-getting", at="2027-02-01 09:20:55", mailbox="powerhousecatalog", client="gmail",
       frm=("Patrick Doyle", "pdoyle.ia@gmail.com"), subject="STILL getting catalog",
       text="""I emailed you last Monday to stop my catalog and today there's another one in my mailbox!! What is going on? Does anybody actually read these?

Pat Doyle, Dubuque 52002""",
       labels=[MOO, Q], entities={"name": "Pat Doyle", "postal_code": "52002"},
       note="a complaint (question) that restates its object, stop my catalog; applying the opt-out again is harmless, so both",
       category="opt-out + question", spec="complaint-still-getting-catalog", answers="-")

person(key="ruiz-name-change", at="2027-02-01 13:40:28", mailbox="powerhousecatalog", client="gmail",
       frm=("Kelsey Ruiz", "kelseyruiz.mn@gmail.com"), subject="name change on catalog + privacy",
       text="""Hi there, I got married in October and my name changed from Kelsey Martin to Kelsey Ruiz. Same address (408 Bridge Ave, Austin MN 55912). Could you update the catalog mailing? And please don't share my name, old or new, with other catalogs.

Thanks! Kelsey""",
       labels=[CSO, Q], entities={"name": "Kelsey Ruiz", "postal_code": "55912"},
       note="record change (question) plus sharing opt-out; the name entity is her current name as written",
       category="opt-out + question", spec="name-change-and-dont-share", answers="-")

# ------------------------------------------------------------------ Tuesday Feb 2

person(key="meinders-cross-marketing", at="2027-02-02 10:30:12", mailbox="powerhousecatalog", client="thunderbird",
       frm=("Frank Meinders", "fmeinders@mediacombb.net"), subject="catalog purchases and Alliant marketing",
       text="""Question for you. Does Alliant Energy use what I buy from the PowerHouse catalog to market energy programs to me? I bought a space heater and a week later I got a letter about a heat pump rebate.

I don't want my catalog purchases used for Alliant's marketing, stop that please. And no more of those rebate letters either.

Frank Meinders""",
       labels=[MOO, Q], entities={"name": "Frank Meinders"},
       note="asks how data is used inside the company (question) and stops the rebate mailings (marketing); using data in-house is not sharing with third parties",
       category="opt-out + question", spec="catalog-data-used-for-utility-marketing", answers="-")

person(key="schlueter-newsletter", at="2027-02-02 15:15:37", mailbox="customercare", client="gmail",
       frm=("Jody Schlueter", "jschlueter@gmail.com"),
       subject="Re: Your February Home Comfort Tips from PowerHouse", quote=("nl", {}),
       text="""Please remove me from this newsletter. Also after what I read in the paper I don't want my address shared with anyone.

Jody""",
       labels=[MOO, CSO], entities={"name": "Jody"},
       note="reply to our newsletter: unsubscribe plus a sharing opt-out in her own words",
       category="both opt-outs", spec="reply-to-newsletter-both", answers="AE-NL-2702 newsletter")

person(key="delgado-es-gift", at="2027-02-02 18:00:48", mailbox="powerhousecatalog", client="yahoo", lang="es",
       frm=("Rosa Delgado", "rosadelgado63@yahoo.com"), subject="catálogo",
       text="""Hola. Nunca les he comprado nada y me llega su catálogo cada mes. Creo que mi hija me mandó un regalo de ustedes en diciembre. ¿De dónde sacaron mi dirección?

Quiten mi nombre de su lista por favor.

Rosa Delgado
Denison, IA 51442""",
       labels=[MOO, Q], entities={"name": "Rosa Delgado", "postal_code": "51442"},
       note="Spanish gift recipient: 'take my name off your list' is the mailing list (marketing); where did you get my address is a question",
       category="opt-out + question", spec="spanish-gift-recipient-remove-and-where", answers="-")

# ------------------------------------------------------------------ Wednesday Feb 3

person(key="stroud-poa", at="2027-02-03 09:00:16", mailbox="powerhousecatalog", client="m365", provider="m365",
       frm=("Michelle Stroud", "mstroud@prairiestatecu.org"), subject="Evelyn Stroud - POA",
       text="""I hold power of attorney for my mother, Evelyn Stroud, who now lives in memory care. Her catalogs still go to her old house at 1203 Holly Dr, Burlington IA 52601, which we are selling. Please stop the catalog and do not share her name with other companies. I can send a copy of the POA if you need it.

Michelle Stroud""",
       labels=[], unclear=True, entities={"name": "Evelyn Stroud", "postal_code": "52601"},
       note="power of attorney is claimed, not shown; LABELS treats only the account holder for the household as clear standing, so unclear for staff",
       category="unclear (on behalf of parent, POA claimed)", spec="poa-for-mother", answers="-")

person(key="brandenburg-exchanged", at="2027-02-03 11:45:29", mailbox="powerhousecatalog", client="roundcube",
       frm=("Hal Brandenburg", "halb@netins.net"), subject="exchanged?",
       text="""The paper said you don't just rent names, you "exchange" them with other catalogs. Whatever the word is, I don't want to be rented, exchanged, swapped or sold.
H. Brandenburg 50401""",
       labels=[CSO], entities={"name": "H. Brandenburg", "postal_code": "50401"},
       note="sharing opt-out in his own vocabulary; initial plus surname kept as written",
       category="catalog-sharing opt-out", spec="dont-exchange-or-swap-my-name", answers="-")

person(key="zwiefel-unsub-st", at="2027-02-03 14:02:51", mailbox="customercare", client="outlook_ios",
       frm=("Renata Zwiefel", "rzwiefel@hotmail.com"),
       subject="RE: Winter peak savings: $75 back on a smart thermostat", quote=("st", {}),
       text="unsubscribe",
       labels=[MOO],
       note="'unsubscribe' typed under a promotion three weeks old: marketing opt-out",
       category="marketing opt-out", spec="unsubscribe-typed-under-promo", answers="AE-2701-ST promo")
