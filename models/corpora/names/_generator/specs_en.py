"""English mail from people. Each spec: who writes, with what program, what they say, and the labels.

Entity values must be verbatim in `text` (the sender's own new words and signature); build.py checks it.
"""

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CC, PH = "customercare", "powerhousecatalog"


def vcard(fn: str, n: str, org: str, adr: str, tel: str, email: str) -> bytes:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{n}", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    lines += [f"ADR;TYPE=HOME:{adr}", f"TEL;TYPE=CELL:{tel}", f"EMAIL;TYPE=INTERNET:{email}", "END:VCARD", ""]
    return "\r\n".join(lines).encode("utf-8")


SPECS = [
    dict(id="E01", mailbox=CC, date="2025-06-03 19:42", frm=("Pa Nhia Vang", "pnvang.wausau@gmail.com"), client="gmail",
         subject="Mailing list",
         text="Hello,\n\nPlease take me off your mailing list for the home improvement flyers and the emails about "
              "rebates too. I don't need them.\n\nAccount number 4410 2983 57\n\nThanks,\nPa Nhia Vang\n1418 N 6th St\n"
              "Wausau, WI 54403\n",
         labels=[MO], ents={"name": "Pa Nhia Vang", "postal_code": "54403", "account": "4410 2983 57"},
         cat="marketing opt-out", note="Hmong name in the block below 'Thanks,' with street, city and ZIP; flyers and e-mails: marketing by both channels"),

    dict(id="E02", mailbox=PH, date="2025-06-04 10:05", frm=("Ingrid Tollefson", "itollefson@mchsi.com"), client="outlook",
         subject="Please do not share my name",
         text="Good morning,\n\nI have enjoyed the PowerHouse Catalog for years and would like to keep receiving it. "
              "However, I do not want my name and address given, rented or sold to any other catalog company. Since "
              "spring I have been getting three or four catalogs a week from outfits I never heard of.\n\nMy customer "
              "number from the back cover is 0088-21734.\n\nThank you,\n\nMrs. Ingrid Tollefson\n2207 Viking Dr.\n"
              "Decorah, IA 52101\n",
         labels=[CS], ents={"name": "Ingrid Tollefson", "postal_code": "52101", "account": "0088-21734"},
         cat="catalog-sharing opt-out", note="keeps the catalog, refuses sharing; 'Mrs.' is a title, not part of the name; catalog customer number counts as account"),

    dict(id="E03", mailbox=CC, date="2025-06-12 22:17", frm=("Michael Dwyer", "mdwyer2@icloud.com"), client="iphone",
         subject="emails",
         text="pls stop the promo emails, getting like 3 a week. thx -mike\n\nSent from my iPhone\n",
         labels=[MO], ents={"name": "mike"},
         cat="marketing opt-out", note="name only in a same-line sign-off 'thx -mike'; a first name alone counts, in lower case as written (the From header's 'Michael Dwyer' is not the sender's text)"),

    dict(id="E04", mailbox=CC, date="2025-06-05 12:31", frm=("Ha Nguyen", "hanguyen.cr@gmail.com"), client="gmail",
         subject="Stop advertising letters",
         text="Hello Alliant Energy,\n\nMy name is Nguyễn Thị Thu Hà. I want to stop getting the letters about "
              "programs and special offers, and also the emails. My English is not so good, sorry. My account is "
              "5520-3381-09.\n\nAddress: 3304 Bowling St SW Apt 12, Cedar Rapids IA 52404\n\nThank you very much\n",
         labels=[MO], ents={"name": "Nguyễn Thị Thu Hà", "postal_code": "52404", "account": "5520-3381-09"},
         cat="marketing opt-out", note="Vietnamese name with diacritics given in the body ('my name is'), differs from the From header; apartment address with ZIP"),

    dict(id="E05", mailbox=PH, date="2025-06-06 07:58", frm=("Tom Berg", "tberg1957@yahoo.com"), client="yahoo",
         subject="Catalog",
         text="We get your catalog at the house here. Please take us off the mailing list, and do not give or sell "
              "our names to anybody else either.\n\nTom and Ann Berg\nN4411 County Rd K\nMontello WI 53949\n",
         labels=[MO, CS], ents={"name": "Tom and Ann Berg", "postal_code": "53949"},
         cat="both opt-outs", note="married couple signing together: the joint name stays joint; rural fire-number address"),

    dict(id="E06", mailbox=CC, date="2025-06-09 06:12", frm=("DOROTHY KLEINSCHMIDT", "dottiek1941@aol.com"), client="aol",
         subject="ADVERTISING",
         text="TO WHOM IT MAY CONCERN\nPLEASE REMOVE ME FROM ALL YOUR ADVERTISING MAIL. I AM 84 YEARS OLD AND I DO NOT "
              "NEED NEW FURNACES OR SOLAR PANELS. THE LIGHT BILL IS ALL I WANT FROM YOU.\nDOROTHY KLEINSCHMIDT\n"
              "PO BOX 212\nSAUK CITY WI 53583\n",
         labels=[MO], ents={"name": "DOROTHY KLEINSCHMIDT", "postal_code": "53583"},
         cat="marketing opt-out", note="all capitals; name kept as written; PO box address; 'the light bill is all I want' is not a question"),

    dict(id="E07", mailbox=PH, date="2025-06-11 23:40", frm=("jenny", "jennytran.98@gmail.com"), client="samsung",
         provider="google", subject="dont sell my info",
         text="hi this is jenny tran. please dont sell or share my info with other companies, i keep getting "
              "catalogs from places i never ordered from. zip is 52302\nthank you\n\n\nSent from my Galaxy\n",
         labels=[CS], ents={"name": "jenny tran", "postal_code": "52302"},
         cat="catalog-sharing opt-out", note="all lower case name in the body ('this is jenny tran'); bare ZIP; Samsung Email, base64 text"),

    dict(id="E08", mailbox=CC, date="2025-06-13 14:20", frm=("Samuel Okonkwo-Bright", "pastor@gracefellowshipbeloit.org"),
         client="outlook", subject="Marketing mail",
         text="Dear Alliant Energy,\n\nI would be grateful if you would remove me from your marketing mailings, both "
              "the postcards and the e-mails. Our household account (1729 Riverside Dr, Beloit 53511) is in my name.\n\n"
              "Blessings,\n\nRev. Samuel Okonkwo-Bright\nSenior Pastor, Grace Fellowship Church\n",
         labels=[MO], ents={"name": "Samuel Okonkwo-Bright", "postal_code": "53511"},
         cat="marketing opt-out", note="'Rev.' and the job title are not part of the name; hyphenated surname; the home ZIP is in the body, the church only named"),

    dict(id="E09", mailbox=CC, date="2025-06-16 21:05", frm=("Priya Raghunathan", "priya.raghunathan@icloud.com"),
         client="apple", subject="Privacy questions - smart meter data",
         text="Hi,\n\nTwo questions about your privacy policy:\n\n1. Do you share or sell smart meter usage data from "
              "my home to anyone outside Alliant?\n2. If a third party (e.g., a solar installer) asks for my usage "
              "history, do you require my written consent?\n\nAcct. No. 7719 2204 61\n\nThanks,\nDr. Priya Raghunathan, MD\n",
         labels=[Q], ents={"name": "Priya Raghunathan", "account": "7719 2204 61"},
         cat="question", note="policy questions, no opt-out asked; both 'Dr.' and ', MD' are dropped from the name"),

    dict(id="E10", mailbox=CC, date="2025-06-18 08:47", frm=("Robert Haugen", "rlhaugen@charter.net"), client="thunderbird",
         subject="Paper advertising",
         text="Hello,\n\nPlease stop sending paper advertising to my house. I recycle every one of them unopened. "
              "E-mails are fine, I can delete those myself.\n\nRobert L. Haugen Jr.\n1907 S Federal Ave\n"
              "Mason City, IA 50401-2716\n",
         labels=[MO], ents={"name": "Robert L. Haugen Jr.", "postal_code": "50401-2716"},
         cat="marketing opt-out (channel)", note="postal channel only (LABELS: channel limits are kept, still marketing_opt_out); 'Jr.' is part of the name, ZIP+4 kept whole"),

    dict(id="E11", mailbox=PH, date="2025-07-14 16:33", frm=("Charles Whitfield", "cwhitfield3@gmail.com"), client="gmail",
         subject="Did you sell my name?",
         text="To the PowerHouse folks,\n\nI ordered a dehumidifier from you in May (order #PH-558213, shipped May 22) "
              "and since then I've been buried in catalogs from companies I've never dealt with. Did you sell my name? "
              "If so, to whom? And please stop doing it.\n\nCharles Whitfield III\nMarion, Iowa\n",
         labels=[CS, Q], ents={"name": "Charles Whitfield III"},
         cat="opt-out + question", note="asks whether and to whom his name was sold (question) and to stop (sharing opt-out); the order number is not an account; 'III' is part of the name; no ZIP"),

    dict(id="E12", mailbox=CC, date="2025-06-19 17:10", frm=("Bob K", "bobk.fishing@yahoo.com"), client="yahoo",
         subject="mailers",
         text="Hi there, Bob here. The account is under Robert Kowalczyk (my legal name). Could you please take me off "
              "the list for the energy savings mailers and promo emails. Thanks much.\n\nBob\n",
         labels=[MO], ents={"name": "Robert Kowalczyk"},
         cat="marketing opt-out", note="nickname 'Bob' and full name both given: the entity is the form he says the account is under; a request in question form is the opt-out"),

    dict(id="E13", mailbox=PH, date="2025-06-20 12:02", frm=(None, "glindquist@icloud.com"), client="iphone",
         subject="Catalog",
         text="Take me off the catalog list please, we're downsizing and moving into a condo\n\n"
              "Sent from Gary Lindquist's iPhone\n",
         labels=[MO], ents={"name": "Gary Lindquist"},
         cat="marketing opt-out", note="name only in a customised phone signature ('Sent from Gary Lindquist's iPhone'): his own signature counts; moving is context, not an address change request"),

    dict(id="E14", mailbox=CC, date="2025-06-23 09:30", frm=("Margarethe Schoenfeld", "maschoenfeld@netins.net"),
         client="outlook", provider="netins", subject="Privacy request",
         text="To Whom It May Concern:\n\nPursuant to the privacy policy posted on your website, I request that "
              "Alliant Energy and its affiliates (including the PowerHouse Catalog) cease sending me marketing "
              "materials of any kind, by postal mail or electronic mail, and that my name and address not be shared, "
              "rented, sold or exchanged with any third party.\n\nPlease direct any confirmation to this e-mail "
              "address.\n\nSincerely,\n\nMargarethe A. Schoenfeld\n418 Lincoln Way\nJefferson, IA 50129-1842\n"
              "Account No. 3301-2298-44\n",
         labels=[MO, CS], ents={"name": "Margarethe A. Schoenfeld", "postal_code": "50129-1842", "account": "3301-2298-44"},
         cat="both opt-outs", note="formal letter, name in the closing with address lines and 'Account No.' below; both opt-outs sent to customercare (the mailbox is a hint)"),

    dict(id="E15", mailbox=PH, date="2025-06-24 15:48", frm=("Nils Halvorsen", "nils.halvorsen@outlook.com"),
         client="outlook_com", subject="Remove from catalog mailing list",
         text="Please remove me from the PowerHouse Catalog mailing list. My contact card is attached.\n",
         attach=[("Nils Halvorsen.vcf", "text/x-vcard; charset=utf-8",
                  vcard("Nils Halvorsen", "Halvorsen;Nils;;;", "", ";;3120 County Rd ZZ;Dodgeville;WI;53533;USA",
                        "+1 608-555-0116", "nils.halvorsen@outlook.com"))],
         labels=[MO], ents={},
         cat="marketing opt-out", note="name and ZIP only in the attached vCard (and the From header): an attachment is not the sender's text, so no entities"),

    dict(id="E16", mailbox=PH, date="2025-06-25 20:14", frm=("Ji-hoon Park", "jihoon.park@icloud.com"), client="apple",
         subject="Sharing my name",
         text="Hello,\nI'd like to keep getting the catalog but please do not share my name with other companies.\n"
              "Best regards,\nJi-hoon Park\nIowa City, IA 52245\n",
         attach=[("Ji-hoon Park.vcf", "text/vcard",
                  vcard("Park Ji-hoon", "Park;Ji-hoon;;;", "", ";;15 S Governor St;Iowa City;IA;52245;USA",
                        "+1 319-555-0121", "jihoon.park@icloud.com"))],
         labels=[CS], ents={"name": "Ji-hoon Park", "postal_code": "52245"},
         cat="catalog-sharing opt-out", note="Korean name: the body signature gives 'Ji-hoon Park', the attached vCard 'Park Ji-hoon'; the entity is the body's form"),

    dict(id="E17", mailbox=PH, date="2025-06-26 13:11", frm=("Soojin Kim", "soojin.kim.ia@gmail.com"), client="gmail",
         subject="How to stop sharing?",
         text="Hello,\nMy name is Soo-jin Kim (on your catalog label it is printed as KIM SOOJIN). How do I stop you "
              "from sharing my name with other catalog companies? Is there a form I need to fill out, or is an e-mail "
              "enough?\nThank you,\nSoo-jin\n",
         labels=[Q], ents={"name": "KIM SOOJIN"},
         cat="question", note="asks how to opt out of sharing: a question only (LABELS); name given three ways, the entity is the form she says is on our label"),

    dict(id="E18", mailbox=CC, date="2025-06-27 10:44", frm=("Kevin Zhang", "kzhang.mad@gmail.com"), client="gmail",
         subject="Unsubscribe",
         text="Hi,\nPlease unsubscribe me from Alliant Energy marketing emails and mailers. Thanks!\n\nKevin Zhang\n张伟\n"
              "Account: 88-0147-2291\n",
         labels=[MO], ents={"name": "Kevin Zhang", "account": "88-0147-2291"},
         cat="marketing opt-out", note="English given name plus the Chinese name in characters on the next line; entity is the Latin-script name line, as written"),

    dict(id="E20", mailbox=CC, date="2025-07-02 11:20", frm=("Faadumo Cali", "faadumocali22@gmail.com"),
         client="gmail_android", subject="letters",
         text="Asc. my name is Fadumo Ali Hassan. please stop sending me the advertising letters and the emails for "
              "programs. i only want the bill.\nmy acct 6620 1185 40\nthank you\n",
         labels=[MO], ents={"name": "Fadumo Ali Hassan", "account": "6620 1185 40"},
         cat="marketing opt-out", note="Somali name: the body spells it 'Fadumo Ali Hassan', the From header in Somali orthography 'Faadumo Cali'; the body's form is the entity"),

    dict(id="E21", mailbox=CC, date="2025-07-03 15:02", frm=("Ayaan Warsame", "ayaan.warsame@outlook.com"),
         client="outlook_com", subject="For my mother",
         text="Hello,\n\nI am writing for my mother, Hodan Abdi Warsame. She does not read English and she gets many "
              "letters from you about offers and programs that she cannot read, it confuses her. She wants them to "
              "stop. Only the bill please.\n\nHer account: 7730-4418-20\nAddress: 1120 S 3rd Ave, Barron WI 54812\n\n"
              "Thank you,\nAyaan\n",
         labels=[MO], unclear=True, ents={"name": "Hodan Abdi Warsame", "postal_code": "54812", "account": "7730-4418-20"},
         cat="for someone else", note="a daughter writing for her mother without stated standing: unclear (LABELS, on behalf of someone else); the wish is plainly a marketing opt-out; entities are the mother's, not the signer 'Ayaan'"),

    dict(id="E22", mailbox=CC, date="2025-07-07 08:05", frm=("Krzysztof Wisniewski", "kwisniewski@tds.net"),
         client="outlook", provider="tds", subject="Remove from marketing",
         text="Hello,\n\nPlease remove me from all marketing by mail and e-mail, and please do not share my "
              "information with any other company.\n\nAcct #: 5531 0042 78\n\nKrzysztof Wiśniewski\n"
              "W6718 Hwy 11, Monroe WI 53566\ntel. (608) 555-0147\n",
         labels=[MO, CS], ents={"name": "Krzysztof Wiśniewski", "postal_code": "53566", "account": "5531 0042 78"},
         cat="both opt-outs", note="Polish name with diacritics in the signature (the From header has none); the phone number is not an account"),

    dict(id="E23", mailbox=PH, date="2025-07-09 19:51", frm=("Grazyna Nowak", "gnowak@frontier.com"), client="thunderbird",
         subject="Do not share my name",
         text="Dear PowerHouse Catalog,\n\nI am writing to ask that you do not share my name with other catalog "
              "companies. I still want your catalog.\n\nCust. No. 40217-3\n\nKind regards,\nGrażyna Kowalczyk-Nowak\n",
         labels=[CS], ents={"name": "Grażyna Kowalczyk-Nowak", "account": "40217-3"},
         cat="catalog-sharing opt-out", note="hyphenated Polish surname in the signature, shorter in the From header; 'Cust. No.' catalog number as written"),

    dict(id="E24", mailbox=PH, date="2025-07-10 09:12", frm=("Arne Bjornstad", "arne.bjornstad@me.com"), client="apple",
         subject="New address",
         text="Hello,\n\nWe sold the house in Stoughton and moved to Viroqua. Please update my address for the "
              "account \u2014 old: 515 Kegonsa Ct, Stoughton WI 53589; new: E7820 Springville Rd, Viroqua WI 54665.\n\n"
              "And while you're at it, no catalog at the new place please.\n\nTakk,\nArne Bjørnstad\n",
         labels=[MO, Q], ents={"name": "Arne Bjørnstad", "postal_code": "54665"},
         cat="opt-out + question", note="change of address (question) plus 'no catalog at the new place' (marketing opt-out); two ZIPs: the entity is his current (new) address, the old one is no longer his"),

    dict(id="E25", mailbox=CC, date="2025-07-11 07:33", frm=("Dietrich", "hjdietrich@mchsi.com"), client="thunderbird",
         provider="mediacom", subject="Promotional mailings",
         text="Sirs,\n\nKindly remove H.-J. Dietrich, 2280 Hillcrest Dr, Dubuque IA 52001, from all promotional "
              "mailings of Alliant Energy. I have received the \"Beat the heat\" thermostat offer twice, by post and by "
              "e-mail, and do not wish to receive more.\n\nH.-J. Dietrich\n",
         labels=[MO], ents={"name": "H.-J. Dietrich", "postal_code": "52001"},
         cat="marketing opt-out", note="German hyphenated initials kept as written; name and address inside the request sentence"),

    dict(id="E27", mailbox=CC, date="2025-07-16 13:05", frm=("Harpreet Sandhu", "harpreet.k.sandhu@gmail.com"),
         client="gmail", subject="Marketing letters",
         text="Hello,\n\nPlease stop the marketing letters to our house. The account is under my husband's name, "
              "Gurpreet Singh Sandhu, 2304 Lakeview Dr NE, Cedar Rapids 52402. He asked me to email because he is "
              "travelling for work.\n\nThank you,\nHarpreet Kaur Sandhu\n",
         labels=[MO], unclear=True, ents={"name": "Gurpreet Singh Sandhu", "postal_code": "52402"},
         cat="for someone else", note="a spouse who is not the account holder (LABELS lists the spouse case): unclear; the entity is the account holder the request is for, not the signer"),

    dict(id="E28", mailbox=CC, date="2025-07-17 19:30", frm=("Tou Xiong", "touleexiong@gmail.com"), client="samsung",
         provider="google", subject="stop ads",
         text="Hello\nthis is Tou Lee Xiong, account# 2203 5567 18. me and my wife Mai Yer dont want the mail with ads "
              "anymore or the emails. please stop for our house.\nthank you\nTou Lee Xiong\nOshkosh WI 54901\n\n"
              "Sent from my Galaxy\n",
         labels=[MO], ents={"name": "Tou Lee Xiong", "postal_code": "54901", "account": "2203 5567 18"},
         cat="marketing opt-out", note="account holder writing for the household (fine per LABELS); the wife's first name is context, the entity is the holder who signs"),

    dict(id="E29", mailbox=PH, date="2025-07-18 10:50", frm=("Minh Tran", "minhtran842@outlook.com"), client="outlook_com",
         subject="Who did you share my name with",
         text="Hello,\n\nI would like to know which companies you shared my name with. I bought a ceiling fan from the "
              "PowerHouse Catalog last year and now I get catalogs from 6 or 7 other companies. Please do not share "
              "my name anymore.\n\nTran Van Minh\n842 27th St NE\nCedar Rapids, IA 52402\n",
         labels=[CS, Q], ents={"name": "Tran Van Minh", "postal_code": "52402"},
         cat="opt-out + question", note="Vietnamese family-name-first order in the signature (From header has given name first): entity as signed"),

    dict(id="E30", mailbox=PH, date="2025-07-21 06:45", frm=("JR Skogen", "jrskogen@aol.com"), client="aol",
         subject="stop catalog",
         text="Please stop sending the catalog to J.R. Skogen, RR 1 Box 48, Soldiers Grove WI 54655. Nobody here "
              "orders from it anymore. Thank you.\n",
         labels=[MO], ents={"name": "J.R. Skogen", "postal_code": "54655"},
         cat="marketing opt-out", note="initials and a rural-route address inside the request sentence"),

    dict(id="E32", mailbox=PH, date="2025-07-24 09:03", frm=("Lorraine Whitcomb", "lwhitcomb@comcast.net"), client="zimbra",
         provider="comcast", subject="Catalog",
         text="Stop sending the catalog. It goes right in the recycling.\n",
         labels=[MO], ents={},
         cat="marketing opt-out", note="the name is only in the From header: not the sender's text, so no name entity"),

    dict(id="E33", mailbox=CC, date="2025-07-25 20:48", frm=("Dale Vos", "dalevos61@icloud.com"), client="iphone",
         subject="Promo mail",
         text="No more promo mail to 1510 Clark St, Charles City 50616 please. acct 9901 2234 58\n\nSent from my iPhone\n",
         labels=[MO], ents={"postal_code": "50616", "account": "9901 2234 58"},
         cat="marketing opt-out", note="ZIP and account in the body, name only in the From header: no name entity"),

    dict(id="E34", mailbox=PH, date="2025-07-28 10:22", frm=("Harlan Vander Ploeg", "hvanderploeg@windstream.net"),
         client="outlook", provider="windstream", subject="Catalog mailing list",
         text="Please remove the following from your catalog mailing list:\n\nMr. and Mrs. Harlan Vander Ploeg\n"
              "3306 Dakota Ave\nPella, IA 50219\n\nThank you.\n",
         labels=[MO], ents={"name": "Harlan Vander Ploeg", "postal_code": "50219"},
         cat="marketing opt-out", note="'Mr. and Mrs.' are titles: the name without them is 'Harlan Vander Ploeg' (Dutch two-word surname kept whole)"),

    dict(id="E35", mailbox=CC, date="2025-07-29 11:40", frm=("Dennis Albrecht", "dennis@albrechtpm.com"), client="outlook",
         subject="Tenant request",
         text="Hello,\n\nI own a rental duplex in Janesville. My tenant, Jessica Pruitt, asked me to pass along that she "
              "doesn't want your promotional mailers anymore \u2014 she says they come addressed to her every couple "
              "weeks. Her address is 819 Grove St, Apt 2B, Janesville WI 53545.\n\nYou can reach me at this address "
              "or at my office:\nDennis Albrecht\nAlbrecht Property Mgmt\n4410 Milton Ave, Janesville, WI 53546\n"
              "608-555-0179\n",
         labels=[MO], unclear=True, ents={"name": "Jessica Pruitt", "postal_code": "53545"},
         cat="for someone else", note="landlord relaying a tenant's wish: unclear (LABELS names the tenant case); entities are the tenant's, not the landlord's signature and office ZIP 53546"),

    dict(id="E36", mailbox=CC, date="2025-07-30 16:05", frm=("Lucas Fernholz", "lfernholz@me.com"), client="apple",
         subject="Smart meter data",
         text="Hello,\n\nYou replaced our meter in June with a new smart meter (meter #: 88214503). Who gets to see the "
              "readings from it? Does any of that data go to the PowerHouse Catalog or to other companies for "
              "advertising?\n\nAccount: 6601 2245 93\n\nThank you,\nLucas Fernholz\n",
         labels=[Q], ents={"name": "Lucas Fernholz", "account": "6601 2245 93"},
         cat="question", note="question only; the meter number is not an account number"),

    dict(id="E37", mailbox=PH, date="2025-07-31 13:27", frm=("Shirley Baumgartner", "sbaumgartner@centurylink.net"),
         client="outlook", provider="centurylink", subject="Invoice 20250612-0483 / sharing",
         text="Hi,\n\nRegarding invoice 20250612-0483 (thank you, the grill arrived fine): please do not share my name "
              "or address with other catalog companies. My customer # is 311-0482.\n\nShirley Baumgartner\n",
         labels=[CS], ents={"name": "Shirley Baumgartner", "account": "311-0482"},
         cat="catalog-sharing opt-out", note="invoice number (also in the subject) is not an account; 'customer #' is the catalog customer number"),

    dict(id="E38", mailbox=CC, date="2025-08-01 08:11", frm=("Jolene Marsh", "jolenemarsh@gmail.com"), client="gmail",
         subject="Rebate offers",
         text="Please stop mailing me the rebate offers. My account number ends in 4417, and I'm at 623 W Pleasant St, "
              "Portage WI 53901.\n\nThank you,\nJolene Marsh\n",
         labels=[MO], ents={"name": "Jolene Marsh", "postal_code": "53901"},
         cat="marketing opt-out", note="only the last four digits of the account ('ends in 4417'): a fragment is not an account number, no account entity"),

    dict(id="E39", mailbox=CC, date="2025-08-01 19:44", frm=("Renata Blackwood", "renata.blackwood@hotmail.com"),
         client="outlook_com", subject="Still getting flyers",
         text="Hello,\n\nOn 06/14/2025 I called (319.555.0143) and asked to be taken off your promotional mail. Today "
              "another flyer came. Why is this still happening? Please stop all marketing mail and email.\n\n"
              "Account No. 0044-1928-55\nThank you\nRenata Blackwood\n",
         labels=[MO, Q], ents={"name": "Renata Blackwood", "account": "0044-1928-55"},
         cat="opt-out + question", note="complaint plus a restated opt-out that says what it is (not a bare 'as I asked before'); date and phone are not accounts"),

    dict(id="E40", mailbox=PH, date="2025-08-04 12:55", frm=("Oren Feldman", "ofeldman@gmail.com"), client="gmail",
         subject="sharing",
         text="Hello,\n\nPlease don't share my name with other catalog companies. The code above my name on the mailing "
              "label is 41077Q-221, I think that's my customer number?\n\nThanks,\nOren Feldman\n",
         labels=[CS], ents={"name": "Oren Feldman", "account": "41077Q-221"},
         cat="catalog-sharing opt-out", note="catalog customer number from the mailing label, with a letter; his 'I think?' is not a question that needs an answer"),

    dict(id="E41", mailbox=CC, date="2025-08-05 17:30", frm=("Marguerite Oduya", "moduya@yahoo.com"), client="yahoo",
         subject="energy assessment letters",
         text="I got another letter from your office (4902 N. Biltmore Lane, Madison WI 53718) about a home energy "
              "assessment. I don't want these. Please take me off. My address: 1214 E Court St, Iowa City IA 52240.\n"
              "Marguerite Oduya\n",
         labels=[MO], ents={"name": "Marguerite Oduya", "postal_code": "52240"},
         cat="marketing opt-out", note="two addresses in her own text: our office's 53718 is not hers; the postal_code is her own 52240"),

    dict(id="E42", mailbox=CC, date="2025-08-06 09:20", frm=("Curtis Engebretson", "cengebretson@charter.net"),
         client="thunderbird", subject="Marketing - two accounts",
         text="Hello,\n\nPlease remove me from marketing mail and email for both of my accounts: 4410 2288 17 (home) "
              "and 4410 2288 25 (the cabin up at Lake Delton). Same name on both.\n\nThanks,\nCurtis Engebretson\n",
         labels=[MO], ents={"name": "Curtis Engebretson", "account": "4410 2288 17"},
         cat="marketing opt-out", note="two account numbers; the entity holds one value, the first given (home); the cabin's number is in the note for staff"),

    dict(id="E43", mailbox=PH, date="2025-08-07 14:02", frm=("Gene Oltrogge", "geneoltrogge@aol.com"), client="aol",
         subject="catalog list",
         text="Hello, we'd like off the catalog mailing list and we don't want our name given to any other catalogs "
              "either.\n\nGene & Marlys Oltrogge\nCustomer #: 77 20 145\nWaverly IA 50677\n",
         labels=[MO, CS], ents={"name": "Gene & Marlys Oltrogge", "postal_code": "50677", "account": "77 20 145"},
         cat="both opt-outs", note="couple joined with '&' kept as written; spaced catalog customer number"),

    dict(id="E45", mailbox=CC, date="2025-06-10 12:40", frm=("Darnell Hughes", "dhughes319@icloud.com"), client="iphone",
         reply=("PROMO", "iphone"), first="Darnell",
         text="Unsubscribe please\n\nDarnell Hughes\nSent from my iPhone\n",
         labels=[MO], ents={"name": "Darnell Hughes"},
         cat="marketing opt-out (reply)", note="'Unsubscribe' under our promotion; name from his own sign-off, not from our quoted 'Hi Darnell'; the quoted 53718 is ours"),

    dict(id="E46", mailbox=CC, date="2025-06-11 08:02", frm=("Susan Halvorson", "shalvorson52@gmail.com"), client="gmail",
         reply=("PROMO", "gmail"), first="Susan",
         text="remove me\n",
         labels=[MO], ents={},
         cat="marketing opt-out (reply)", note="'remove me' under our promotion; the only name is our merge field 'Hi Susan' in the quote and the From header: no entity"),

    dict(id="E47", mailbox=CC, date="2025-06-18 06:55", frm=("Linda Fairbanks", "lindafairbanks@yahoo.com"), client="yahoo",
         fwd=("BILL", "fwd_yahoo"), subject="Fw: Your Alliant Energy bill is ready",
         text="Stop these please.\nLinda F.\n",
         labels=[], unclear=True, ents={"name": "Linda F."},
         cat="unclear", note="'stop these' over a forwarded bill notice (service mail, not marketing): unclear; the quoted 'account ending in 3381' is ours; name as signed"),

    dict(id="E48", mailbox=CC, date="2025-07-15 13:30", frm=("Gloria Featherstone", "gfeatherstone@gmail.com"),
         client="gmail", reply=("ACK1", "gmail"),
         text="Thank you! Appreciate the quick response.\n\nGloria Featherstone\n",
         labels=[], ents={"name": "Gloria Featherstone"}, ack=None,
         cat="no action (thanks to our ack)", note="a thank-you under our acknowledgement asks nothing: no labels, not unclear, no acknowledgement (LABELS); her signature still gives the name"),

    dict(id="E49", mailbox=CC, date="2025-08-05 07:48", frm=("Walt Przybylski", "wprzybylski@mchsi.com"), client="outlook",
         provider="mediacom", reply=("ACK2", "outlook"),
         text="Does this also stop the PowerHouse catalog, or only the Alliant mailers? I'd like the catalog stopped "
              "too.\n\nWalt Przybylski | 2617 Ridgeway Ave, Waterloo IA 50702\n",
         labels=[MO, Q], ents={"name": "Walt Przybylski", "postal_code": "50702"},
         cat="opt-out + question (reply to ack)", note="reply to our acknowledgement that asks something and adds a new opt-out (the catalog); the 'RE:' subject is ours; one-line signature with address"),

    dict(id="E50", mailbox=PH, date="2025-07-09 20:11", frm=(None, "kbrennan.dbq@gmail.com"), client="gmail_unsub",
         program="gmail (List-Unsubscribe button)", subject="unsubscribe PH-2507",
         text="This message was automatically generated by Gmail.\n",
         labels=[MO], ents={}, answers="catalog:PH-2507",
         cat="software unsubscribe", note="Gmail's unsubscribe button mailing our List-Unsubscribe address: a person's opt-out, no Auto-Submitted, so acknowledged"),

    dict(id="E51", mailbox=CC, date="2025-06-14 03:12", frm=(None, "kthao.wi@gmail.com"), client="raw",
         program="Tidymail (inbox cleaner)", answers="promo:AE-PR-2506",
         labels=[MO], ents={}, ack=None, make="tidymail",
         cat="software unsubscribe", note="an inbox-cleaning service unsubscribed for the person with Auto-Submitted: auto-generated: marketing opt-out, ack_to null (RFC 3834)"),

    dict(id="E52", mailbox=CC, date="2025-07-02 06:50", frm=(None, "pmcnulty77@hotmail.com"), client="raw",
         program="Outlook.com (Unsubscribe link)", answers="newsletter:AE-NL-2507",
         labels=[MO], ents={}, make="outlook_unsub",
         cat="software unsubscribe", note="Outlook.com's unsubscribe sends an empty message to our List-Unsubscribe mailto: marketing opt-out, acknowledged (no Auto-Submitted)"),

    dict(id="E53", mailbox=PH, date="2025-08-11 10:30", frm=("Carol Mikkelsen", "carolmikk@gmail.com"), client="gmail",
         subject="Two catalogs",
         text="Please remove Dennis and Carol Mikkelsen from your catalog mailings. We get two copies every time, one "
              "to each of us, and we don't want either one.\n\n1116 Third Ave SE, Oelwein IA 50662\n\nCarol\n",
         labels=[MO], ents={"name": "Dennis and Carol Mikkelsen", "postal_code": "50662"},
         cat="marketing opt-out", note="wife writes for the household she is part of (both copies are addressed to the couple): not 'someone else'; the joint name as written, not the sign-off 'Carol'"),

    dict(id="E54", mailbox=CC, date="2025-08-12 13:14", frm=("Irene Brandt", "irenebrandt@mchsi.com"), client="zimbra",
         provider="mediacom", subject="My husband's name",
         text="Hello,\n\nMy husband Walter passed away in March. I have had the account changed over to my name. Could "
              "you please remove his name, Walter J. Brandt, from all of your advertising and catalog mailings. It is "
              "hard to see them come.\n\nThank you,\nIrene Brandt\n505 Maple St, Clarksville IA 50619\n",
         labels=[MO], ents={"name": "Walter J. Brandt", "postal_code": "50619"},
         cat="for someone else (standing)", note="widow who is now the account holder writing about her household: standing is clear, so not unclear; entity is the person the request is for (Walter), at the household ZIP"),

    dict(id="E55", mailbox=PH, date="2025-08-13 15:40", frm=("Karen Rasmussen-Tibbs", "krtibbs@outlook.com"),
         client="outlook_com", subject="Power of attorney - Eleanor Rasmussen",
         text="Hello,\n\nI hold power of attorney for my mother, Eleanor Rasmussen, who is in assisted living in Cedar "
              "Falls. She still likes to page through your catalog, so please keep sending it, but please do not sell "
              "or share her name and address with other companies. She has been getting flooded with catalogs and "
              "sweepstakes mailings.\n\nHer address: 2700 Orchard Dr, Room 114, Cedar Falls IA 50613\nCustomer No. "
              "0091-3372\n\nI can provide a copy of the POA if needed.\n\nSincerely,\nKaren Rasmussen-Tibbs\n",
         labels=[CS], ents={"name": "Eleanor Rasmussen", "postal_code": "50613", "account": "0091-3372"},
         cat="for someone else (standing)", note="power of attorney is clear standing: a plain sharing opt-out for the mother (keep the catalog); entities are the mother's, not the agent's"),

    dict(id="E56", mailbox=CC, date="2025-08-14 09:05", frm=("Dana Whitt", "danawhitt@gmail.com"), client="gmail",
         subject="For my neighbor",
         text="Hi,\n\nMy neighbor Mrs. Olga Petrauskas is 91 and doesn't use email. She asked me to write and ask you to "
              "stop the advertising mail, she gets so much of it. She lives at 47 Elm Ct, Marshalltown, IA 50158.\n\n"
              "Thanks,\nDana (neighbor)\n",
         labels=[MO], unclear=True, ents={"name": "Olga Petrauskas", "postal_code": "50158"},
         cat="for someone else", note="a neighbour has no standing: unclear; entity is the neighbour's name without 'Mrs.', and her ZIP"),

    dict(id="E58", mailbox=CC, date="2025-06-17 14:44", frm=("Ruth Ann Kowalski", "ruthannk@gmail.com"), client="gmail",
         subject="",
         text="Please stop.\n\nRuth Ann Kowalski\n",
         labels=[], unclear=True, ents={"name": "Ruth Ann Kowalski"},
         cat="unclear", note="'Please stop.' with no subject and nothing saying of what: unclear (LABELS, no object no context); the name is still hers"),

    dict(id="E59", mailbox=CC, date="2025-08-18 20:10", frm=("Gwen Ostrowski", "gostrowski@yahoo.com"), client="yahoo",
         subject="other address",
         text="Please do the same for my other address. Thanks, Gwen Ostrowski, 53715\n",
         labels=[], unclear=True, ents={"name": "Gwen Ostrowski", "postal_code": "53715"},
         cat="unclear", note="'do the same for my other address' refers to earlier mail without saying what: unclear; the ZIP she gives is the other address's, the one the request is for"),

    dict(id="E61", mailbox=CC, date="2025-08-20 22:05", frm=("Alexei Morozov-Lind", "amorozovlind@proton.me"),
         client="thunderbird", provider="relay", subject="Delete my data",
         text="I want every bit of my personal information deleted from your systems. Name, address, phone, usage "
              "history, everything. Confirm when done.\n\nAccount 3390 1182 74\nAlexei Morozov-Lind\n",
         labels=[Q], unclear=True, ents={"name": "Alexei Morozov-Lind", "account": "3390 1182 74"},
         cat="data deletion", note="delete-everything request: unclear plus question (LABELS, data requests)"),

    dict(id="E63", mailbox=PH, date="2025-08-22 16:00", frm=("Marvin Ostby", "mostby@aol.com"), client="aol",
         subject="put me back on",
         text="I unsubscribed from the catalog last year by mistake when I meant to stop the emails. Can you put me "
              "back on the mailing list for the paper catalog? Customer #: 7720145\nThanks\nMarvin Ostby\nRR 2 Box 114\n"
              "Lansing IA 52151\n",
         labels=[Q], ents={"name": "Marvin Ostby", "postal_code": "52151", "account": "7720145"},
         cat="question (opt back in)", note="opting back in is a question; the old removal he mentions is not a new opt-out; rural route box"),

    dict(id="E65", mailbox=PH, date="2025-07-22 19:40", frm=("Torvald Nygaard", "tnygaard@yahoo.com"), client="yahoo",
         ymailer="YahooMailAndroidMobile", subject="my name",
         text="Keep the catalog coming but don't let anybody else have my name. - Torvald Nygaard, Westby\n",
         labels=[CS], ents={"name": "Torvald Nygaard"},
         cat="catalog-sharing opt-out", note="keep the catalog, don't share: sharing opt-out only; name in a same-line dash sign-off followed by a town (no ZIP)"),

    dict(id="E66", mailbox=PH, date="2025-08-25 12:35", frm=("Gary Ostrander", "gostrander@icloud.com"), client="iphone",
         subject="Catalog",
         text="I don't care who you share my name with honestly, just stop sending the catalog. It's a waste of "
              "paper.\n\nBuck Ostrander\nSent from my iPhone\n",
         labels=[MO], ents={"name": "Buck Ostrander"},
         cat="marketing opt-out", note="'share whatever, just stop the catalog' is marketing only (LABELS); he signs with his nickname, which is the name he gave (From says Gary)"),

    dict(id="E69", mailbox=CC, date="2025-06-30 09:20", frm=("Shawn Klimesh", "sklimesh@gmail.com"), client="gmail_android",
         subject="mailing list",
         text="Please take me off the mailing list for all the promotions. If you need anything my number is 563 555 "
              "0119.\nThanks\nShawn Klimesh\n",
         labels=[MO], ents={"name": "Shawn Klimesh"},
         cat="marketing opt-out", note="a ten-digit phone number written with spaces like an account number: not an account"),

    dict(id="E70", mailbox=CC, date="2025-06-24 11:02", frm=("Lisa Brandvold", "lbrandvold@charitonvalleydist.com"),
         reply_to=("Lisa Brandvold", "lisa.brandvold@gmail.com"), client="outlook", subject="Marketing mail",
         text="Hi,\nSorry to use my work email. Please stop sending marketing mail to my home at 22 Ridge Rd, Albia IA "
              "52531 \u2014 the account is in my name. You can reply to my personal email.\n\nLisa Brandvold | Accounts "
              "Payable\nChariton Valley Distribution\n1400 Industrial Pkwy, Chariton, IA 50049\nP: 641-555-0122\n",
         labels=[MO], ents={"name": "Lisa Brandvold", "postal_code": "52531"}, ack="reply_to",
         cat="marketing opt-out", note="personal request from a work address: the home ZIP 52531, not the employer's 50049 in the signature; ack to her personal Reply-To as she asks"),

    dict(id="E73", mailbox=CC, date="2025-06-06 15:30", frm=("Mary-Kate O'Connell", "mkoconnell@outlook.com"),
         client="outlook_com", subject="Unsubscribe",
         text="Hello,\nI\u2019d like to be removed from Alliant\u2019s promotional e-mails and mailings. Thanks very much.\n"
              "Mary-Kate O\u2019Connell\nDubuque, IA 52003\n",
         labels=[MO], ents={"name": "Mary-Kate O\u2019Connell", "postal_code": "52003"},
         cat="marketing opt-out", note="hyphenated given name and an apostrophe that Outlook turned into a typographic one (U+2019): kept verbatim"),

    dict(id="E74", mailbox=PH, date="2025-07-12 08:50", frm=("Debra Kuehl", "debkuehl@gmail.com"), client="samsung",
         provider="google", subject="",
         text="no more catalogs pls \u2014 Deb K.\n\nSent from my Galaxy\n",
         labels=[MO], ents={"name": "Deb K."},
         cat="marketing opt-out", note="name only in a same-line dash sign-off, nickname plus initial; empty subject"),

    dict(id="E75", mailbox=CC, date="2025-07-08 12:00", frm=("Patricia Gomez-Lindahl", "patricia@gltax.com"), client="outlook",
         subject="Please remove from marketing",
         text="Good afternoon,\nPlease remove me from Alliant Energy's marketing lists (mail and email). My residential "
              "account number is 5102 3384 90.\nBest,\nPatricia Gomez-Lindahl, CPA\nGomez-Lindahl Tax & Accounting\n"
              "(319) 555-0158\n",
         labels=[MO], ents={"name": "Patricia Gomez-Lindahl", "account": "5102 3384 90"},
         cat="marketing opt-out", note="credential ', CPA' dropped like ', D.C.' in LABELS; the firm name repeats her surname but is not her name"),

    dict(id="E76", mailbox=CC, date="2025-06-25 07:05", frm=("Helen Ziegler", "hziegler@netins.net"), client="thunderbird",
         provider="netins", subject="Acct 2271 0983 46 - remove from mailings",
         text="Please remove me from all marketing mail.\n\nThank you,\nHelen Ziegler\n",
         labels=[MO], ents={"name": "Helen Ziegler"},
         cat="marketing opt-out", note="the account number is only in the subject: entities come from the body (LABELS schema), so no account entity"),

    dict(id="E77", mailbox=CC, date="2025-07-19 14:27", frm=("Alliant Energy Web Form", "noreply@alliantenergy.com"),
         reply_to=("Tamika R. Jefferson", "tamika.jefferson@gmail.com"), client="raw", make="webform",
         program="alliantenergy.com Contact Us form",
         form={"Topic": "Privacy / Marketing preferences", "Name": "Tamika R. Jefferson",
               "Email": "tamika.jefferson@gmail.com", "Phone": "563-555-0137", "Account number": "9910-2283-47",
               "ZIP code": "52732",
               "Message": "Please stop sending me offers in the mail and by email. Thank you."},
         text="Tamika R. Jefferson 9910-2283-47 52732",
         labels=[MO], ents={"name": "Tamika R. Jefferson", "postal_code": "52732", "account": "9910-2283-47"},
         ack="reply_to",
         cat="marketing opt-out (web form)", note="our Contact Us form relay: the form fields are the customer's words; ack to the customer's Reply-To, not noreply"),

    dict(id="E78", mailbox=CC, date="2025-08-28 18:30", frm=("The Hendersons", "hendersonfamily5@gmail.com"), client="gmail",
         subject="promo emails",
         text="Please stop the promo emails to this address. Thanks, Carl\n",
         labels=[MO], ents={"name": "Carl"},
         cat="marketing opt-out", note="shared family mailbox with a family display name; the body's first name 'Carl' counts; no Reply-To, so ack to From"),

    dict(id="E79", mailbox=PH, date="2025-06-27 17:45", frm=("Janelle Voss-Hammer", "jvosshammer@gmail.com"), client="gmail",
         subject="Catalog - please remove",
         text="Hi, my sister Karen Voss wrote to you last month and said you took her off the catalog list. Please take "
              "me off too. I'm at 1803 Garfield Ave, Ames IA 50010.\nThanks, Janelle Voss-Hammer\n",
         labels=[MO], ents={"name": "Janelle Voss-Hammer", "postal_code": "50010"},
         cat="marketing opt-out", note="another person's name (the sister) is context only; the request is for the sender, who says what she wants"),

    dict(id="E81", mailbox=PH, date="2025-07-08 21:00", frm=("Lorna Vail", "lornavail@gmail.com"), client="gmail",
         fwd=("CATMAIL", "fwd_gmail"),
         text="Please stop these, and don't sell my address to anyone. - Lorna\n",
         labels=[MO, CS], ents={"name": "Lorna"},
         cat="both opt-outs (forward)", note="forward of our catalog e-mail with her own line on top: both opt-outs from her words; the quoted PO box ZIP 52406 is ours"),

    dict(id="E82", mailbox=CC, date="2025-06-20 10:00", frm=("Evelyn Stoltenberg", "estoltenberg@aol.com"), client="aol",
         subject="Two complaints",
         text="Dear Sir or Madam,\n\nThis is Mrs. Evelyn Stoltenberg writing from Tama. I am a widow and have been a "
              "customer of Iowa Electric and then Alliant for fifty-one years. I have two complaints. First, my bill "
              "for June went up almost $30 from last June and I did not use the air conditioner more than usual, so I "
              "would like someone to explain that to me. Second, I get something in the mail from you nearly every "
              "week about programs and offers, and I would like that to stop. The bill is enough.\n\nMy account number "
              "is 61 0447 2285.\n\nRespectfully yours,\nEvelyn Stoltenberg\n304 Siegel St\nTama IA 52339\n",
         labels=[MO, Q], ents={"name": "Evelyn Stoltenberg", "postal_code": "52339", "account": "61 0447 2285"},
         cat="opt-out + question", note="long letter: billing complaint (question) and marketing opt-out; name in the opening ('This is Mrs. ...') and the closing, title dropped"),

    dict(id="E84", mailbox=PH, date="2025-08-08 13:13", frm=("Abdirahman Yusuf", "a.yusuf@outlook.com"), client="outlook_com",
         subject="Catalog and sharing",
         text="Thanks for the quick delivery on my order. Going forward, please take me off the paper catalog list and "
              "don't share my name with other companies.\n\nThanks,\n\u2014\nAbdirahman Yusuf\nCustomer number 5530-118\n",
         labels=[MO, CS], ents={"name": "Abdirahman Yusuf", "account": "5530-118"},
         cat="both opt-outs", note="name below 'Thanks,' and a dash line; thanks for the order is not a question"),

    dict(id="E85", mailbox=PH, date="2025-08-02 21:21", frm=("Kia Lor", "kialor@outlook.com"), client="outlook_mobile",
         subject="Catalog",
         text="Please don't share my name with other catalogs.\n\nKia Lor\nLa Crosse 54601\n\nGet Outlook for Android\n",
         labels=[CS], ents={"name": "Kia Lor", "postal_code": "54601"},
         cat="catalog-sharing opt-out", note="short Hmong name above the phone signature 'Get Outlook for Android'; town and ZIP"),

    dict(id="E86", mailbox=CC, date="2025-06-26 08:00", frm=("James Petersen", "jpetersen.sr@centurylink.net"),
         client="thunderbird", provider="centurylink", subject="Promotions - please remove (Sr.)",
         text="Please take James Petersen Sr. off your mailing lists for promotions. My son James Jr. lives at the same "
              "address and has his own account, so please make sure you remove the right one \u2014 mine is 7045 1120 "
              "38.\nThank you,\nJames Petersen Sr.\n1010 4th St NW, Waukon IA 52172\n",
         labels=[MO], ents={"name": "James Petersen Sr.", "postal_code": "52172", "account": "7045 1120 38"},
         cat="marketing opt-out", note="English 'Sr.' after the name is a generational suffix, part of the name (unlike Spanish 'Sr.' before it); the son is context"),

    dict(id="E88", mailbox=CC, date="2025-07-03 07:40", frm=("Anita Reinholt", "areinholt@fdvetclinic.com"), client="outlook",
         subject="Promotional mailings",
         text="Please remove us \u2014 Drs. Paul and Anita Reinholt, 2 Country Club Ln, Fort Dodge IA 50501 \u2014 from "
              "Alliant's promotional mailings. Our account is joint.\nThank you.\n",
         labels=[MO], ents={"name": "Paul and Anita Reinholt", "postal_code": "50501"},
         cat="marketing opt-out", note="'Drs.' is a title shared by a couple on a joint account; the joint name without it"),

    dict(id="E91", mailbox=CC, date="2025-08-12 07:15", frm=("Jürgen Möller", "jmoeller@tds.net"), client="outlook",
         provider="tds", charset="windows-1252", subject="Advertisement mailings",
         text="Hello,\nplease remove me from your advertisement mailings. I get the same flyer for heat pumps every "
              "month.\nAccount: 4409-3318-72\nBest regards\nJürgen Möller\nPlatteville, WI 53818\n",
         labels=[MO], ents={"name": "Jürgen Möller", "postal_code": "53818", "account": "4409-3318-72"},
         cat="marketing opt-out", note="German umlauts in a windows-1252 quoted-printable part and a Q-encoded From name"),
]
