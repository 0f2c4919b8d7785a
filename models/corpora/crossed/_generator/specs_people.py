# -*- coding: utf-8 -*-
"""Human-written messages of the `crossed` set: wrong mailbox, wrong company, wrong person, wrong department.

Each spec: key, date (US Central local), mailbox, client, name/email, subject, body, manifest fields
(labels, unclear, entities, note, ack) and index fields (cat, lang).
ack: "from" | "reply" | None | an explicit address written in the body.
"""
from ourmail import ack

MO = "marketing_opt_out"
SH = "catalog_share_opt_out"
Q = "question"

import hashlib


def _fake_jpeg(seed, n=1800):
    """A small byte string shaped like a JPEG (SOI/APP0 ... EOI); content is filler."""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s:%d" % (seed, i)).encode()).digest()
        i += 1
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + out[:n] + b"\xff\xd9"


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

PEOPLE = [
    # ------------------------------------------------------------------ wrong mailbox
    dict(key="share-to-cc-pieper", date="2024-09-19 09:42", mailbox="customercare", client="gmail",
         name="Donna Pieper", email="donna.pieper58@gmail.com", subject="PowerHouse list",
         body="""Hello,

I get the PowerHouse catalog and I do order from it now and then, so I am not asking you to stop sending it. But I read the fine print on the back page that says you sometimes give your customer list to other catalog companies. Please do not give my name and address to anyone else.

I wasn't sure which email address was for this, hope this one is ok.

Donna Pieper
1207 W 9th St
Marshalltown, IA 50158""",
         labels=[SH], entities={"name": "Donna Pieper", "postal_code": "50158"},
         note="catalog-sharing refusal sent to the general box; keeps the catalog, so no marketing opt-out",
         cat="wrong mailbox: sharing opt-out to customercare"),

    dict(key="solar-to-catalog-munn", date="2024-09-24 16:05", mailbox="powerhousecatalog", client="yahoo",
         name="Gerald Munn", email="gmunn_1949@yahoo.com", subject="emails",
         body="""I keep getting e-mails about community solar from you people. I am 75 years old and I am not putting solar on anything. Unsubscribe me please.

Gerald Munn""",
         labels=[MO], entities={"name": "Gerald Munn"},
         note="utility promotion (community solar) stopped via the catalog box; the mailbox is only a hint",
         cat="wrong mailbox: marketing stop to powerhousecatalog"),

    dict(key="es-share-to-cc-carrasco", date="2024-10-02 13:20", mailbox="customercare", client="gmail_app",
         name="Sofía Carrasco", email="sofi.carrasco.b@gmail.com", subject="Catálogo PowerHouse", lang="es",
         body="""Buenas tardes,

Recibo el catálogo PowerHouse y me gusta, a veces compro cosas para la casa. Pero no quiero que pasen mi nombre ni mi dirección a otras compañías de catálogos. ¿Me pueden quitar de esa lista? Sigan mandándome el catálogo.

Gracias,
Sofía Carrasco
Beloit, WI 53511""",
         labels=[SH], entities={"name": "Sofía Carrasco", "postal_code": "53511"},
         note="Spanish sharing refusal to the general box; '¿me pueden quitar de esa lista?' is the request in question form; catalog kept",
         cat="wrong mailbox: sharing opt-out to customercare"),

    dict(key="fwd-assessment-to-catalog-lorraine", date="2025-01-16 19:48", mailbox="powerhousecatalog",
         client="outlook", name="Lorraine Beck", email="lorraine.beck@hotmail.com",
         quote={"of": "assessment", "kind": "forward"},
         body="""Not sure which of your addresses is the right one so I'm sending it here too. Please stop sending me these.

Thanks,
Lorraine""",
         labels=[MO], entities={"name": "Lorraine"},
         note="forwards our customercare promo to the catalog box; 'these' points at the forwarded promotion; its footer (opt out, 53718) is ours and counts for nothing",
         cat="wrong mailbox: forwarded promo to powerhousecatalog"),

    dict(key="share-to-cc-ebersole", date="2024-10-08 20:31", mailbox="customercare", client="thunderbird",
         name="Ronald Ebersole", email="rebersole@mchsi.com", subject="Name rental",
         body="""I could not find the e-mail address for the catalog department so I am sending this to you and you can pass it along.

Do not rent, sell or trade my name to other mailers. The customer number on the catalog label is 0048 2215 7.

Ronald Ebersole
2231 Grand Ave
Dubuque IA 52001""",
         labels=[SH], entities={"name": "Ronald Ebersole", "postal_code": "52001", "account": "0048 2215 7"},
         note="sharing refusal to the general box with the catalog label number (a customer number, so an account entity)",
         cat="wrong mailbox: sharing opt-out to customercare"),

    dict(key="which-box-question", date="2024-10-21 12:10", mailbox="powerhousecatalog", client="iphone",
         provider="google", name="Terri Lundquist", email="tlundquist77@gmail.com", subject="Which email?",
         body="""Hi, which email do I use to stop getting the promotions from the energy company, this one or the customercare one? I don't want to send it to the wrong place again.

Sent from my iPhone""",
         labels=[Q], entities={},
         note="asks which mailbox to use: a how-to question only; no opt-out is asked for yet",
         cat="wrong mailbox: which box question"),

    dict(key="keep-catalog-stop-utility-brenneman", date="2024-11-05 10:15", mailbox="powerhousecatalog",
         client="aol", name="Walt Brenneman", email="wbrenneman@aol.com", subject="mailers",
         body="""Please stop the mailers from Alliant about rebates and programs and all that. They go right in the trash. Don't stop the PowerHouse catalog though, my wife likes looking through it.
Thx
Walt Brenneman""",
         labels=[MO], entities={"name": "Walt Brenneman"},
         note="utility promotional mail stopped in the catalog box while the catalog is explicitly kept; the record must name the utility mailers only",
         cat="wrong mailbox: marketing stop to powerhousecatalog"),

    dict(key="both-boxes-thiel", date="2024-11-18 08:55", mailbox="customercare", client="outlook",
         name="Margaret Thiel", email="margaret.thiel@outlook.com", subject="Remove me from ALL lists",
         to=["customercare@alliant-energy.com"], cc=["powerhousecatalog@alliant-energy.com"],
         body="""To whom it may concern,

I want off every list. No catalogs, no e-mails, no postcards. And do not sell, rent or share my name and address with other companies either.

I am sending this to both of your e-mail addresses so nobody can tell me I used the wrong one.

Margaret A. Thiel
508 Oak Crest Dr
Fond du Lac, WI 54935""",
         labels=[MO, SH], entities={"name": "Margaret A. Thiel", "postal_code": "54935"},
         note="both opt-outs, sent To customercare and Cc powerhousecatalog: the same message (same Message-ID) is delivered to both boxes; see its twin",
         cat="wrong mailbox: one message to both boxes"),

    dict(key="short-both-catalog-iphone", date="2024-12-09 21:40", mailbox="powerhousecatalog", client="iphone",
         name="Jake Rasmussen", email="jrasmussen@icloud.com", subject="info",
         body="""do not share my info with 3rd parties. also no more mailers pls

Sent from my iPhone""",
         labels=[MO, SH], entities={},
         note="both opt-outs in one lower-case line; 'mailers' sent to the catalog box = promotional mail",
         cat="wrong mailbox: both opt-outs, short"),

    dict(key="es-utility-promos-to-catalog-marisol", date="2024-10-17 18:22", mailbox="powerhousecatalog",
         client="gmail", name="Marisol Quintero", email="marisolq.cr@gmail.com", subject="correos de promociones",
         lang="es",
         body="""Hola,

Ya no quiero recibir correos de promociones de la compañía de luz (termostatos, paneles solares, todo eso). No sé si este es el correo correcto, pero lo encontré en el catálogo.

Gracias,
Marisol""",
         labels=[MO], entities={"name": "Marisol"},
         note="Spanish stop of the utility's promotional e-mail sent to the catalog box; first name only counts as the name",
         cat="wrong mailbox: marketing stop to powerhousecatalog"),

    dict(key="catalog-people-share", date="2024-12-12 14:03", mailbox="customercare", client="yahoo",
         name="Brenda Kowalczyk", email="brendak_1962@yahoo.com", subject="",
         body="""dont share my address with the catalog people""",
         labels=[SH], entities={},
         note="empty subject; 'the catalog people' may mean our own catalog or other catalog companies, but either way it refuses sharing of her address",
         cat="confusion: utility vs catalog, sharing"),

    dict(key="business-marketing-to-catalog-koss", date="2025-02-04 08:12", mailbox="powerhousecatalog",
         client="exchange", name="Brian Koss", email="bkoss@harboranimalhosp.com",
         subject="Remove our clinic from promotional emails",
         body="""Hello,

Please remove our clinic's addresses (bkoss@harboranimalhosp.com and frontdesk@harboranimalhosp.com) from your promotional email lists. We keep getting the energy-efficiency offers and newsletters on both. We still need the outage notifications and billing statements, so please don't turn those off.

Thank you,

Brian Koss
Practice Manager
Harbor Animal Hospital
1415 N 8th St, Sheboygan, WI 53081
(920) 555-0139

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient. If you are not the intended recipient, please do not read, distribute or take action in reliance upon this message.""",
         labels=[MO], entities={"name": "Brian Koss", "postal_code": "53081"},
         note="the practice manager stops utility promotional e-mail for two clinic addresses via the catalog box; service mail kept; business ZIP from his signature",
         cat="wrong mailbox: marketing stop to powerhousecatalog"),

    dict(key="unsubscribe-from-sharing-list", date="2024-09-27 07:51", mailbox="customercare", client="gmail",
         name="Alan Whitcomb", email="awhitcomb.ia@gmail.com", subject="list",
         body="""Please unsubscribe me from the list you share with other catalogs.

Alan Whitcomb
Marion IA""",
         labels=[SH], entities={"name": "Alan Whitcomb"},
         note="'unsubscribe' but its object is the list shared with other catalogs: a sharing opt-out, not a stop of the catalog",
         cat="wrong mailbox: sharing opt-out to customercare"),

    # ------------------------------------------------------------------ utility vs catalog confusion
    dict(key="why-catalog-from-utility", date="2024-09-30 17:26", mailbox="powerhousecatalog", client="gmail_app",
         name="Kyle Vandenberg", email="kvandenberg23@gmail.com", subject="Catalog??",
         body="""Why am I getting a catalog from my electric company? I never ordered anything from you. How did you even get my address? Take me off please.

Kyle Vandenberg 52302""",
         labels=[MO, Q], entities={"name": "Kyle Vandenberg", "postal_code": "52302"},
         note="stop the catalog plus 'how did you get my address' (needs an answer); bare ZIP after the name",
         cat="confusion: utility vs catalog"),

    dict(key="is-powerhouse-part-of-alliant", date="2024-10-11 11:02", mailbox="customercare", client="outlook",
         name="Dennis Okafor", email="dokafor@live.com", subject="PowerHouse Catalog - same company?",
         body="""Good morning,

I got a catalog in the mail called PowerHouse and the back says "from Alliant Energy". Is that actually you, or did you give my information to some other company? I'd like to know what information the catalog people have on me and where they got it.

Regards,
Dennis Okafor""",
         labels=[Q], entities={"name": "Dennis Okafor"},
         note="asks whether the catalog is ours and what data it holds (access-style question); no opt-out asked",
         cat="confusion: utility vs catalog"),

    dict(key="bill-to-catalog-gilligan", date="2024-12-17 09:33", mailbox="powerhousecatalog", client="xfinity",
         name="Sharon Gilligan", email="sgilligan@comcast.net", subject="BILL WENT UP",
         body="""My bill went from $142 to $231 this month and nobody can tell me why. I have called twice and been on hold 40 minutes each time. Account 3391 0027 45. Can someone please look at it and call me back at 319-555-0121.

Sharon Gilligan""",
         labels=[Q], entities={"name": "Sharon Gilligan", "account": "3391 0027 45"},
         note="billing complaint sent to the catalog box; nothing about marketing or sharing",
         cat="another department: billing in catalog box"),

    dict(key="outage-to-catalog", date="2025-01-08 06:14", mailbox="powerhousecatalog", client="gmail_app",
         name="Reuben Castillo", email="rcastillo.mv@gmail.com", subject="power out",
         body="""Power has been out on Linden St in Mount Vernon since about 5:40 this morning, whole block. Any idea when it will be back? It's 4 degrees out.""",
         labels=[Q], entities={},
         note="outage report in the catalog box; a question for a human (and urgent), no privacy request",
         cat="another department: outage in catalog box"),

    dict(key="return-heater-to-cc", date="2024-12-02 15:47", mailbox="customercare", client="yahoo",
         name="Anita Sorensen", email="anitasorensen@yahoo.com", subject="return a heater",
         body="""Hi,
I ordered a ceramic space heater from your PowerHouse catalog (order number PH-771093) and it started rattling after two days. How do I send it back? Do I mail it to you or somewhere else?
Thank you,
Anita Sorensen""",
         labels=[Q], entities={"name": "Anita Sorensen"},
         note="catalog return sent to the utility box; an order number is not an account",
         cat="confusion: utility vs catalog"),

    dict(key="stop-catalog-keep-paper-bill", date="2024-10-29 11:40", mailbox="powerhousecatalog",
         client="thunderbird", name="HAROLD KETCHUM", email="hketchum@windstream.net", subject="STOP CATALOG",
         body="""STOP THE CATALOG. I STILL WANT MY BILL BY MAIL!!! DO NOT SIGN ME UP FOR PAPERLESS OR ANYTHING ELSE.

HAROLD KETCHUM
ACCT 6610-4482-09""",
         labels=[MO], entities={"name": "HAROLD KETCHUM", "account": "6610-4482-09"},
         note="all capitals; stop the catalog, keep the paper bill (a service message, not marketing); no question asked",
         cat="confusion: catalog vs bill"),

    dict(key="es-catalog-yours-ibarra", date="2024-11-20 19:05", mailbox="customercare", client="gmail",
         name="Ramón Ibarra", email="ramon.ibarra.cr@gmail.com", subject="Catálogo", lang="es",
         body="""Hola, me llegó un catálogo de PowerHouse con el logo de Alliant. ¿Es de ustedes? Yo nunca pedí nada. Ya no lo quiero recibir.

Ramón Ibarra
52404""",
         labels=[MO, Q], entities={"name": "Ramón Ibarra", "postal_code": "52404"},
         note="Spanish: asks whether the catalog is ours and refuses it; sent to the general box",
         cat="confusion: utility vs catalog"),

    dict(key="before-i-cancel-question", date="2024-10-04 08:30", mailbox="powerhousecatalog", client="outlook",
         name="Joan Reinholt", email="jreinholt@hotmail.com", subject="Question before I cancel",
         body="""If I stop getting the catalog, does that change anything with my electric service or my account, like discounts? Just checking before I cancel.

Joan""",
         labels=[Q], entities={"name": "Joan"},
         note="asks before deciding ('before I cancel'): a question only, not yet an opt-out",
         cat="confusion: utility vs catalog"),

    dict(key="dont-share-with-alliant", date="2024-11-26 13:12", mailbox="powerhousecatalog", client="gmail",
         name="Pamela Struck", email="pstruck.home@gmail.com", subject="my name",
         body="""I only want the catalog. Please don't give my name to Alliant Energy or to anybody else. I got a letter from Alliant about solar panels right after I ordered from you, which can't be a coincidence.

Pamela Struck""",
         labels=[SH, Q], entities={"name": "Pamela Struck"},
         note="thinks the catalog and the utility are separate companies; the refusal to share 'with anybody else' is a sharing opt-out; the Alliant part needs a human to explain; catalog kept",
         cat="confusion: utility vs catalog"),

    # ------------------------------------------------------------------ other companies' catalogs and utilities
    dict(key="other-catalog-harwood", date="2024-10-14 20:10", mailbox="powerhousecatalog", client="aol",
         name="Ruth Ann Schlegel", email="raschlegel@aol.com", subject="Stop catalog", fmt="html",
         body="""Please stop sending me the Harwood & Finch catalog. I have called them twice and they still come, two or three a month. I don't know who else to write to.

Ruth Ann Schlegel""",
         labels=[Q], entities={"name": "Ruth Ann Schlegel"},
         note="asks us to stop another company's catalog; nothing we send and no sharing refusal, so no opt-out label; a human must tell her whom to contact",
         cat="other company: other catalog"),

    dict(key="flooded-who-sold", date="2024-12-04 18:44", mailbox="customercare", client="outlook",
         name="Victor Haugen", email="vhaugen@msn.com", subject="Who did you sell my name to?",
         body="""Ever since I ordered a dehumidifier from the PowerHouse catalog in August I have been flooded with catalogs from companies I never heard of - garden stuff, clothing, tools. Who did you sell my name to? I want it stopped NOW.

Victor Haugen
Stoughton""",
         labels=[SH, Q], entities={"name": "Victor Haugen"},
         note="other companies' catalogs blamed on our list sharing: sharing opt-out plus 'who did you sell it to' (question); sent to the general box",
         cat="other company: stop others via sharing"),

    dict(key="not-customer-other-coop", date="2024-09-20 12:44", mailbox="customercare", client="gmail",
         name="Cheryl Dahms", email="cdahms.farm@gmail.com", subject="Not an Alliant customer",
         body="""I'm not even an Alliant customer, we get our power from Upper Cedar Valley REC. So why am I getting emails from you about community solar? Unsubscribe me, and I'd like to know where you got my email address.

Cheryl Dahms""",
         labels=[MO, Q], entities={"name": "Cheryl Dahms"},
         note="customer of another utility getting our promo: unsubscribe plus where-did-you-get-my-address question",
         cat="other company: other utility"),

    dict(key="door-to-door-supplier", date="2024-10-23 16:30", mailbox="customercare", client="iphone",
         name="Greg Pfeiffer", email="gpfeiffer@me.com", subject="Salesmen",
         body="""Guys from something called Hearthstone Energy Choice keep coming to my door saying they work with Alliant and can lower my gas bill. This is the third time. Make them stop or tell me who to call.

Sent from my iPhone""",
         labels=[Q], entities={},
         note="a third-party gas marketer's door-to-door sales, not our marketing by mail or e-mail; needs a human answer",
         cat="other company: other marketer"),

    dict(key="es-other-catalog-casabonita", date="2025-02-11 20:20", mailbox="powerhousecatalog", client="samsung",
         name="Yolanda Herrera", email="yoli.herrera83@gmail.com", subject="catalogo", lang="es",
         body="""Dejen de mandarme el catalogo de Casa Bonita Hogar por favor, ya les llame dos veces y siguen llegando. O ustedes les dieron mi direccion??

Enviado desde mi Galaxy""",
         labels=[Q], entities={},
         note="Spanish, no accents: stop of another company's catalog (not ours) plus 'did you give them my address?' - a whether question, no refusal of sharing",
         cat="other company: other catalog"),

    dict(key="homeshield-warranty", date="2024-11-07 12:00", mailbox="customercare", client="gmail",
         name="Lynn Hageman", email="lynnhageman@gmail.com", subject="HomeShield letter",
         body="""I got a letter from HomeShield Home Warranty that says "exclusive offer for Alliant Energy customers" right on the envelope. Did you give them my name and address? If you did, stop it. I never agreed to that.

Lynn Hageman
Burlington""",
         labels=[SH, Q], entities={"name": "Lynn Hageman"},
         note="another company's mail blamed on us: 'if you did, stop it' is a (conditional) refusal of sharing, plus the whether question",
         cat="other company: stop others via sharing"),

    dict(key="robocalls-solar", date="2025-01-28 13:37", mailbox="customercare", client="outlook_ios",
         name="Eric Thorsen", email="ethorsen.wi@outlook.com", subject="phone calls",
         body="""Someone keeps calling my cell (608-555-0147) saying they're "with Alliant Energy" and want to talk about solar panels on my roof. Is that actually you? If it is, stop calling me. If it isn't you, you should know someone is using your name.

Eric Thorsen

Get Outlook for iOS""",
         labels=[MO, Q], entities={"name": "Eric Thorsen"},
         note="not sure the solar calls are ours: conditional stop of marketing contact (by phone) plus 'is that actually you?'; the phone number is not an entity",
         cat="other company: impersonating marketer"),

    dict(key="iub-complaint-misdirected", date="2024-12-19 22:05", mailbox="customercare", client="outlook",
         name="Frank Nemecek", email="fnemecek@hotmail.com", subject="Formal complaint",
         body="""Dear Iowa Utilities Board,

I wish to file a formal complaint against Alliant Energy. My service at 2710 Mt Vernon Rd SE was disconnected on December 10 even though I had a payment arrangement in place, and it took three days to restore. Account number 8810 2265 37.

Please advise what the next steps are.

Frank Nemecek
Cedar Rapids, IA 52403""",
         labels=[Q], entities={"name": "Frank Nemecek", "postal_code": "52403", "account": "8810 2265 37"},
         note="a complaint addressed to the state regulator but mailed to us; still a complaint a human must handle",
         cat="another department: regulator complaint"),

    dict(key="scam-letter-question", date="2025-02-06 10:48", mailbox="customercare", client="yahoo",
         name="Marjorie Fenske", email="mfenske@att.net", subject="Is this letter from you?",
         body="""I received a letter saying my account is past due and that my power will be shut off in 24 hours unless I call 1-800-555-0162 and pay with gift cards. It says "Alliant Energy Disconnect Department" at the top. Is this real? I have always paid on time.

Marjorie Fenske""",
         labels=[Q], entities={"name": "Marjorie Fenske"},
         note="mail from someone else using our name (scam); a question, no opt-out",
         cat="other company: impersonation"),

    dict(key="make-others-stop-morrow", date="2024-11-11 17:02", mailbox="powerhousecatalog", client="outlook",
         name="Beth Ann Morrow", email="bethann.morrow@outlook.com", subject="too many catalogs",
         body="""Ever since I bought a heated mattress pad from you I get ten catalogs a week from other companies. Make them stop sending them, and don't give my name out again.

Beth Ann Morrow
Portage, WI 53901""",
         labels=[SH, Q], entities={"name": "Beth Ann Morrow", "postal_code": "53901"},
         note="asks us to stop other companies' catalogs (we cannot: a human must explain) and clearly refuses further sharing",
         cat="other company: stop others via sharing"),

    dict(key="es-other-stores-dont-share", date="2024-12-15 11:15", mailbox="powerhousecatalog",
         client="thunderbird", name="Jesús Ramírez", email="jramirez.dbq@mchsi.com", subject="Mi dirección",
         lang="es", cte="8bit",
         body="""Buenos días. Desde que compré un calentador con ustedes me llegan catálogos de otras tiendas que nunca conocí. No le den mi dirección a nadie más por favor.

Jesús Ramírez""",
         labels=[SH], entities={"name": "Jesús Ramírez"},
         note="Spanish, 8bit UTF-8 body: other stores' catalogs traced to us; clear refusal of sharing, nothing asked",
         cat="other company: stop others via sharing"),

    dict(key="do-not-mail-national", date="2025-01-10 15:00", mailbox="customercare", client="xfinity",
         name="Patricia Lowry", email="plowry@comcast.net", subject="do not mail",
         body="""Please put me on your do not mail list, and the national one too while you're at it. I'm getting buried in junk.

P. Lowry
Sun Prairie 53590""",
         labels=[MO, Q], entities={"name": "P. Lowry", "postal_code": "53590"},
         note="our do-not-mail list is a marketing opt-out; 'the national one' is not ours, so a human must answer",
         cat="other company: national list"),

    # ------------------------------------------------------------------ previous residents, same names
    dict(key="previous-resident-kessler", date="2024-10-07 19:30", mailbox="powerhousecatalog", client="gmail",
         name="Amy Trudeau", email="amytrudeau.hia@gmail.com", subject="Wrong name on catalog",
         body="""Hi,

We keep getting your catalog addressed to Dale Kessler. He doesn't live here - we bought the house in 2022 and have no idea where he moved. Could you please stop sending it to this address?

1834 Maple Ridge Ct
Hiawatha, IA 52233

Thanks,
Amy""",
         labels=[Q], entities={"name": "Dale Kessler", "postal_code": "52233"},
         note="previous resident's catalog: an address correction on Dale Kessler's record (question), not an opt-out for him and not on behalf of him; the record's name and ZIP are the entities",
         cat="previous resident"),

    dict(key="same-name-walsh", date="2024-11-22 23:10", mailbox="customercare", client="gmail",
         name="Jennifer Walsh", email="jen.walsh.pdx@gmail.com", subject="These emails aren't for me",
         body="""Hello, I keep getting "your bill is ready" emails from Alliant Energy and now promotional ones too, but I am not your customer. I live in Portland, Oregon. I think another Jennifer Walsh typed in my email by mistake. I don't want to see someone else's bills. Please take my email address off that account.

Jennifer Walsh""",
         labels=[Q], entities={"name": "Jennifer Walsh"},
         note="same name, wrong e-mail on someone else's account: a data correction a human must make (removing the address ends the promos too); not a marketing opt-out",
         cat="same name"),

    dict(key="prev-resident-plus-me-olmstead", date="2024-12-05 12:25", mailbox="powerhousecatalog", client="yahoo",
         name="K Olmstead", email="kolmstead88@yahoo.com", subject="Catalog for Tom Becker",
         body="""Your catalog keeps coming addressed to Tom Becker. Tom moved out over two years ago. I don't want it either, so please just stop mailing the catalog to this address altogether. 421 Ruger Ave, Janesville 53545.

K. Olmstead""",
         labels=[MO, Q], entities={"name": "K. Olmstead", "postal_code": "53545"},
         note="previous resident correction (question) plus the writer's own refusal of the catalog at her address (marketing opt-out); the name is the writer's since the opt-out is hers",
         cat="previous resident"),

    dict(key="label-photo-prev-resident", date="2025-02-08 12:02", mailbox="powerhousecatalog", client="iphone",
         name="Dolores Whitebear", email="dwhitebear@icloud.com", subject="Not at this address",
         attach=[("image/jpeg", "IMG_4471.jpeg", _fake_jpeg("label-photo"))],
         body="""Hi, I attached a picture of the mailing label from your catalog. The person on it hasn't lived here since we moved in three years ago. Please update your list.

Sent from my iPhone""",
         labels=[Q], entities={},
         note="previous resident's catalog, the name only on the photographed label (attachments give no entities); address correction is a question",
         cat="previous resident"),

    dict(key="es-prev-resident-villalobos", date="2024-09-25 18:40", mailbox="customercare", client="gmail_app",
         name="Alejandra Soto", email="alesoto.wi@gmail.com", subject="Cartas a otro nombre", lang="es",
         body="""Buenas tardes. Llegan cartas de Alliant Energy a nombre de Rosa Villalobos pero ella ya no vive aquí desde hace como tres años. Nosotros rentamos la casa ahora. Por favor corrijan la dirección.

Gracias
Alejandra""",
         labels=[Q], entities={"name": "Rosa Villalobos"},
         note="Spanish: letters for a previous resident; address correction (question); not known whether they are marketing",
         cat="previous resident"),

    dict(key="duplicate-catalogs-lund", date="2024-10-18 10:10", mailbox="powerhousecatalog", client="thunderbird",
         name="Patricia Lund", email="patlund@q.com", subject="Two catalogs",
         body="""Hello,

I get two of every catalog, one addressed to Patricia Lund and one to Pat Lund, at the same address. They are both me. Please just send one. The customer number on the one label is 00719024.

Thank you,
Patricia Lund""",
         labels=[Q], entities={"name": "Patricia Lund", "account": "00719024"},
         note="same person twice on the list: merge duplicates (question), she still wants one catalog, so no opt-out",
         cat="same name"),

    dict(key="prev-owner-hoff-nate", date="2024-12-27 16:55", mailbox="customercare", client="iphone",
         provider="google", name="Nate Brauer", email="natebrauer@gmail.com", subject="Gary Hoff",
         body="""The previous owner's name (Gary Hoff) is still on your mailers. Please take this address off your list entirely, I don't want your promos either.

Nate
Sent from my iPhone""",
         labels=[MO, Q], entities={"name": "Nate"},
         note="previous owner's mail (correction, question) plus the writer's own refusal of promotions; no street address given, staff may need it",
         cat="previous resident"),

    dict(key="landlord-tenant-marsh", date="2025-01-13 11:20", mailbox="powerhousecatalog", client="exchange",
         name="Scott Reding", email="sreding@redingproperties.com", subject="Former tenant - Linda Marsh",
         body="""Linda Marsh was my tenant at 412 Cherry St, Apt 2 and moved out in August. Before she left she asked me to let you know she doesn't want her name shared with other companies. Please also stop sending her catalog to the apartment.

Scott Reding
Reding Properties LLC
Baraboo, WI""",
         labels=[], unclear=True, entities={"name": "Linda Marsh"},
         note="landlord relays a former tenant's sharing refusal: on behalf of someone without clear standing -> unclear; the address part waits for review too",
         cat="previous resident: on behalf"),

    # ------------------------------------------------------------------ spouses and roommates
    dict(key="wife-for-husband-dunn", date="2024-10-09 14:14", mailbox="customercare", client="yahoo",
         name="Carol Dunn", email="caroldunn56@yahoo.com", subject="Catalog for Mark",
         body="""Please stop sending the PowerHouse catalog to my husband, Mark Dunn. He doesn't want it and honestly neither do I.

Carol""",
         labels=[], unclear=True, entities={"name": "Mark Dunn"},
         note="wife asks to stop the husband's catalog; nothing says she holds the account -> unclear (on behalf of a spouse); the catalog request went to the general box",
         cat="spouse"),

    dict(key="account-holder-household-hartley", date="2024-11-01 08:05", mailbox="powerhousecatalog",
         client="outlook", name="Doug Hartley", email="doughartley@live.com", subject="Mailing list",
         body="""The electric account and the catalog are both in my name. Take me and my wife Karen off your mailing list and don't share our names with anybody.

Doug Hartley
acct 2208 1934 55""",
         labels=[MO, SH], entities={"name": "Doug Hartley", "account": "2208 1934 55"},
         note="account holder speaks for the household (himself and his wife): both opt-outs",
         cat="spouse: account holder"),

    dict(key="roommate-jess-mixed", date="2024-11-29 00:41", mailbox="customercare", client="gmail_app",
         name="Dani Ortiz", email="dani.ortiz.uiowa@gmail.com", subject="promo emails", lang="mixed",
         body="""hi! can you stop sending me the promo emails? like the thermostat ones. also my roommate Jess doesn't want them either pero ella nunca revisa su correo lol, her email is jessmk.ia@gmail.com... can you take her off too?

gracias!!
Dani""",
         labels=[MO, Q], entities={"name": "Dani"},
         note="Spanglish: her own marketing opt-out is clear; the roommate's is on behalf without standing and needs a human answer (question), so the message is not unclear as a whole",
         cat="roommate"),

    dict(key="es-household-share-montes", date="2024-12-16 09:50", mailbox="powerhousecatalog", client="outlook",
         name="Graciela Montes", email="gmontes@hotmail.com", subject="No compartir datos", lang="es",
         charset="iso-8859-1",
         body="""Buenos días:

Mi esposo y yo no queremos que compartan ni vendan nuestros datos a otras compañías. La cuenta de luz y el catálogo están a mi nombre. Queremos seguir recibiendo el catálogo.

Atentamente,
Graciela Montes
Clinton, IA 52732""",
         labels=[SH], entities={"name": "Graciela Montes", "postal_code": "52732"},
         note="Spanish, iso-8859-1: account holder refuses sharing for herself and her husband, keeps the catalog",
         cat="spouse: account holder"),

    dict(key="ex-wife-email-on-account", date="2025-01-06 18:18", mailbox="customercare", client="gmail",
         name="Curtis Wendt", email="cwendt.72@gmail.com", subject="Remove ex-wife's email from my account",
         body="""My ex-wife's email address is still on my account from before the divorce and she's getting my bill notices and your promotional emails about my house. Please remove her email from the account. The account is only in my name. Account 5120 3347 81.

Curtis Wendt""",
         labels=[Q], entities={"name": "Curtis Wendt", "account": "5120 3347 81"},
         note="account holder wants another person's e-mail removed from his account: a contact change (question), not an opt-out",
         cat="spouse: ex"),

    dict(key="husband-from-wife-account", date="2024-10-16 19:59", mailbox="powerhousecatalog", client="gmail",
         name="Susan Rieger", email="srieger.home@gmail.com", subject="catalog",
         body="""This is Tom, Susan Rieger's husband. She asked me to tell you to stop sending her the catalog. thanks""",
         labels=[], unclear=True, entities={"name": "Susan Rieger"},
         note="written by the husband from the wife's own address, relaying her wish: on behalf without clear standing -> unclear; name is Susan's",
         cat="spouse"),

    dict(key="family-account-beth", date="2024-09-23 20:20", mailbox="customercare", client="yahoo",
         name="The Johnson Family", email="johnsonfam5@yahoo.com", subject="emails",
         body="""Please take us off your promotional emails. Thanks!
Beth""",
         labels=[MO], entities={"name": "Beth"},
         note="shared family address signed by one member, for the household's own address: marketing opt-out; ack to the family address (Yahoo's Reply-To is the same)",
         cat="household shared address"),

    dict(key="roommate-contact-amara", date="2024-12-20 13:13", mailbox="customercare", client="outlook",
         name="Amara Nwosu", email="amara.nwosu@outlook.com", subject="Please stop promo emails to me",
         body="""Hi,

I'm not the account holder (my roommate Devin is), but I was added as a contact on the account when we moved in and now I get all your promo emails. Please stop sending promotional emails to this address. I still want the outage texts if that's a separate thing.

Amara Nwosu""",
         labels=[MO], entities={"name": "Amara Nwosu"},
         note="not the account holder, but she stops promotions to her own address, which she has standing for; outage texts kept",
         cat="roommate"),

    dict(key="opt-back-in-lutz", date="2025-01-20 17:40", mailbox="powerhousecatalog", client="aol", fmt="html",
         name="Gene Lutz", email="genelutz@aol.com", subject="Put catalog back",
         body="""My wife called or wrote you last month and asked you to stop the catalog without asking me first. I want it! Please put us back on the list.

Gene Lutz
Mason City 50401""",
         labels=[Q], entities={"name": "Gene Lutz", "postal_code": "50401"},
         note="opting back in against a spouse's earlier stop: a question; the wife's old request is not a new opt-out",
         cat="spouse: opt back in"),

    dict(key="joint-names-ostrowski", date="2024-11-13 10:30", mailbox="customercare", client="thunderbird",
         name="Jim Ostrowski", email="jmostrowski@charter.net", subject="Do not sell our names",
         body="""To Alliant Energy,

We (Jim & Marla Ostrowski) do not want our names or address sold, rented or traded to other companies. Please note this on our account.

Fort Atkinson WI 53538""",
         labels=[SH], entities={"name": "Jim & Marla Ostrowski", "postal_code": "53538"},
         note="couple writing jointly: sharing refusal to the general box; joint name kept joint",
         cat="spouse: joint"),

    # ------------------------------------------------------------------ privacy mixed with billing, moving, outage
    dict(key="moving-new-place-raman", date="2024-10-03 07:22", mailbox="customercare", client="outlook",
         name="Priya Raman", email="priya.raman@outlook.com", subject="Moving - stop service + mailing lists",
         body="""Hello,

We're moving from 211 3rd Ave SE in Cedar Rapids to 77 Sandpiper Ln, Sun Prairie WI 53590 on November 15. Please stop service at the Cedar Rapids address that day, and let me know if Alliant serves the Sun Prairie address or if I need to call someone else.

Also, please don't put us on any mailing lists or promotions at the new place.

Thanks,
Priya Raman""",
         labels=[MO, Q], entities={"name": "Priya Raman", "postal_code": "53590"},
         note="move (stop/start service, a question) plus no promotions at the new address; the only ZIP written is the new one",
         cat="mixed: moving"),

    dict(key="stop-catalog-late-fee", date="2024-11-19 20:08", mailbox="powerhousecatalog", client="gmail",
         name="Tanya Sieverding", email="tsieverding@gmail.com", subject="catalog + late fee",
         body="""Stop the catalog please. Also why was I charged a $12 late fee when I paid on the 3rd?? Acct 7731 0048 22""",
         labels=[MO, Q], entities={"account": "7731 0048 22"},
         note="catalog stop and a billing question in one line, in the catalog box",
         cat="mixed: billing"),

    dict(key="outage-then-promo-haas", date="2024-10-16 07:05", mailbox="customercare", client="yahoo",
         name="Doreen Haas", email="dhaas_ia@yahoo.com", quote={"of": "thermostat", "kind": "reply"},
         body="""You had our power out for 14 hours on Saturday and then on Tuesday you email me about a $50 thermostat?? Unsubscribe me from this junk. And I'd like somebody to explain what happened on Hawthorne Dr, because nobody could tell us anything.

Doreen Haas""",
         labels=[MO, Q], entities={"name": "Doreen Haas"},
         note="reply over our thermostat promo (Yahoo quote without '>'): unsubscribe plus an outage complaint",
         cat="mixed: outage"),

    dict(key="es-payment-plan-share-fuentes", date="2024-12-11 16:00", mailbox="customercare", client="gmail",
         name="Leticia Fuentes", email="leti.fuentes@gmail.com", subject="Plan de pagos", lang="es",
         body="""Hola, buenas tardes.

Quiero hacer un plan de pagos para la factura de noviembre porque no me alcanza para pagarla completa. ¿Cómo le hago?

Y otra cosa: no compartan mis datos con nadie, por favor.

Cuenta 4402 1187 30
Leticia Fuentes""",
         labels=[SH, Q], entities={"name": "Leticia Fuentes", "account": "4402 1187 30"},
         note="Spanish: payment plan question plus a refusal of data sharing, in the general box",
         cat="mixed: billing"),

    dict(key="coa-share-voss", date="2025-01-24 09:05", mailbox="powerhousecatalog", client="thunderbird",
         name="Helen Voss", email="hvoss@netins.net", subject="New address for catalog",
         body="""Please send my catalog to my new address:

940 Ridgeview Dr
Baraboo WI 53913

(the old one was in Portage). And please don't share my new address with other companies. Customer no. 00733561.

Helen Voss""",
         labels=[SH, Q], entities={"name": "Helen Voss", "postal_code": "53913", "account": "00733561"},
         note="change of address (question) plus sharing refusal; keeps the catalog",
         cat="mixed: moving"),

    dict(key="fwd-bill-stop-mettler", date="2024-11-08 21:15", mailbox="customercare", client="gmail",
         name="Ryan Mettler", email="rmettler.dbq@gmail.com", quote={"of": "bill_nov", "kind": "forward"},
         body="""STOP""",
         labels=[], unclear=True, entities={},
         note="STOP over a forwarded bill notice (a service message that says it is sent even to opted-out customers): not a marketing opt-out -> unclear",
         cat="mixed: service message"),

    dict(key="reply-ack-remove-tran", date="2024-12-23 09:02", mailbox="customercare", client="iphone",
         name="Kim Tran", email="kimtran.wi@icloud.com",
         quote={"of": ack("CC-2024-12-01877", "2024-12-20 14:11", "kimtran.wi@icloud.com"), "kind": "reply"},
         body="""remove""",
         labels=[], unclear=True, entities={},
         note="'remove' under our own acknowledgement, whose request we cannot see: not a marketing opt-out -> unclear",
         cat="mixed: reply to our ack"),

    dict(key="delete-all-moving-albrecht", date="2025-01-30 20:45", mailbox="customercare", client="gmail",
         name="Renee Albrecht", email="renee.albrecht@gmail.com", subject="Closing account - delete my info",
         body="""I'm moving to Arizona at the end of February. Please close my account as of Feb 28 and send the final bill to my new address (I'll send it when I have it). After that I want all of my information deleted from your systems, including whatever the catalog has.

Account 3308 9912 04
Renee Albrecht""",
         labels=[Q], unclear=True, entities={"name": "Renee Albrecht", "account": "3308 9912 04"},
         note="closing the account (question) plus delete-everything, which the rulebook makes unclear plus question",
         cat="mixed: moving + deletion"),

    dict(key="autopay-paper-promos-knapp", date="2024-12-30 11:11", mailbox="customercare", client="aol",
         name="Beverly Knapp", email="bevknapp@aol.com", subject="autopay",
         body="""Can I get autopay set up to take it out of my checking account? And I only want my bill in the mail, not all the advertising flyers about furnaces and rebates. Please stop those.

Beverly Knapp""",
         labels=[MO, Q], entities={"name": "Beverly Knapp"},
         note="billing question plus stop of promotional flyers while keeping the paper bill",
         cat="mixed: billing"),

    dict(key="landlord-vacant-units", date="2025-02-10 10:02", mailbox="customercare", client="exchange",
         name="Wes Timmerman", email="wes@timmermanrentals.com", subject="Vacant units + billing address",
         body="""Hi,

I own four rentals in Clinton. The units at 14 and 16 Bluff St are vacant and in my name until I find tenants. Please stop the promotional mailers to those two addresses while they're empty - nobody is there to read them.

Also, please send the bills for all four accounts to my office instead of the rental addresses:
220 S 2nd St, Suite 3
Clinton, IA 52732

Thanks,
Wes Timmerman
Timmerman Rentals LLC
563-555-0108""",
         labels=[MO, Q], entities={"name": "Wes Timmerman", "postal_code": "52732"},
         note="landlord holds the vacant units' accounts (standing): promotional mail stopped there; billing address change is a question",
         cat="mixed: billing + landlord"),

    dict(key="webform-budget-share-haddad", date="2024-09-26 10:33", mailbox="customercare", client="webform",
         name=None, email="noreply@alliantenergy.com", reply_to="omar.haddad@gmail.com", reply_name="Omar Haddad",
         form_topic="Billing / Payments", subject="Contact Us: Billing / Payments",
         body="""Name: Omar Haddad
Email: omar.haddad@gmail.com
Phone: 319-555-0193
Account number: 2276 4410 93
Service ZIP code: 52405
Topic: Billing / Payments

Message:
Please sign me up for budget billing. Also, do not sell my personal information to anyone.

--
Submitted from alliantenergy.com/contact on 09/26/2024 10:33 AM CT""",
         labels=[SH, Q], entities={"name": "Omar Haddad", "postal_code": "52405", "account": "2276 4410 93"},
         note="web form under the Billing topic carries a 'do not sell' request too; relay From, customer in Reply-To",
         cat="mixed: billing (web form)", ack="reply"),

    # ------------------------------------------------------------------ another department
    dict(key="resume-line-tech", date="2024-10-01 22:18", mailbox="customercare", client="gmail",
         name="Tyler Brandvold", email="tbrandvold98@gmail.com",
         subject="Application - Line Technician Apprentice (Marshalltown)",
         attach=[("application/pdf", "Tyler_Brandvold_Resume.pdf", FAKE_PDF)],
         body="""Hello,

Please find attached my resume for the Line Technician Apprentice position in Marshalltown. I finished the Electrical Lineworker program at Hawkeye Community College in May and have my CDL Class A.

I wasn't sure where to send this since the online application kept timing out, so I'm sending it here. Please forward it to the right person if this isn't the place.

Thank you for your time,
Tyler Brandvold
641-555-0177""",
         labels=[Q], entities={"name": "Tyler Brandvold"},
         note="job application meant for HR; a person who needs routing/an answer, no privacy request",
         cat="another department: HR"),

    dict(key="tree-crew-to-catalog", date="2024-10-24 13:49", mailbox="powerhousecatalog", client="xfinity",
         name="Mike Halloran", email="mhalloran@comcast.net", subject="Tree crew mess",
         body="""Your tree trimming crew was out on Prospect Ave yesterday and left a big pile of branches and wood chips in my side yard by the alley. Who do I call to get it picked up? This was the only email I could find.

Mike Halloran""",
         labels=[Q], entities={"name": "Mike Halloran"},
         note="vegetation-management complaint in the catalog box",
         cat="another department: operations"),

    dict(key="reporter-media", date="2025-02-03 14:05", mailbox="customercare", client="exchange",
         name="Dana Whitlock", email="dwhitlock@corridorgazette.com", subject="Media inquiry: winter disconnections",
         body="""Hello,

I'm a reporter with the Corridor Gazette working on a story about winter disconnection rules and payment assistance. Could you point me to your media relations contact? My deadline is Thursday.

Thanks,
Dana Whitlock
Reporter, Corridor Gazette
319-555-0150""",
         labels=[Q], entities={"name": "Dana Whitlock"},
         note="press inquiry meant for media relations; needs routing by a person",
         cat="another department: media"),

    dict(key="es-downed-line", date="2024-12-13 07:48", mailbox="customercare", client="samsung",
         name="Ignacio Peña", email="ignacio.pena.wl@gmail.com", subject="cable caido", lang="es",
         body="""Hay un cable caído en la calle 5 enfrente de mi casa en West Liberty, está tocando la cerca. ¿A quién llamo? Es urgente, hay niños que pasan por ahí para ir a la escuela.

Enviado desde mi Galaxy""",
         labels=[Q], entities={},
         note="Spanish urgent safety report (downed line) in the privacy box; base64 Samsung parts",
         cat="another department: safety"),

    dict(key="law-firm-records", date="2024-11-25 10:20", mailbox="customercare", client="exchange",
         name="Melissa Grunwald", email="mgrunwald@hoffmanbeckerlaw.com",
         subject="Records request - Delaney v. Ridgeway Property Mgmt",
         attach=[("application/pdf", "Delaney_Authorization.pdf", FAKE_PDF)],
         body="""Good morning,

This firm represents Marcus Delaney in the above-referenced matter. We are seeking billing and usage records for the service address 1120 Oakland Rd NE, Cedar Rapids, IA 52402 for January 2022 through December 2024. Mr. Delaney's signed authorization is attached.

Please advise whether this request should be directed to a different department or whether a subpoena is required.

Sincerely,

Melissa Grunwald
Paralegal
Hoffman Becker LLP
425 2nd St SE, Suite 900, Cedar Rapids, IA 52401
319-555-0116

This message may contain confidential and privileged information. If it has been sent to you in error, please reply to advise the sender of the error and then immediately delete it.""",
         labels=[Q], entities={"name": "Marcus Delaney", "postal_code": "52402"},
         note="law firm's records request for a client (legal department); name and ZIP are the client's service address, not the firm's 52401",
         cat="another department: legal"),

    # ------------------------------------------------------------------ replies to our acknowledgement
    dict(key="reply-ack-wrong-company-vogel", date="2024-10-12 10:00", mailbox="customercare", client="gmail",
         name="Nancy Vogel", email="nvogel.home@gmail.com",
         quote={"of": ack("CC-2024-10-00233", "2024-10-11 16:20", "nvogel.home@gmail.com"), "kind": "reply"},
         body="""Thanks, but I sent that to the wrong company. I meant to write to Lakeshore Home about THEIR catalog. Please disregard my request - I do want to keep getting the PowerHouse catalog.

Nancy Vogel""",
         labels=[Q], entities={"name": "Nancy Vogel"},
         note="withdraws an opt-out sent to us by mistake (meant for another catalog): opting back in is a question; the quoted ack's opt-out words are ours",
         cat="reply to our ack: wrong company"),

    dict(key="thanks-ack-both-es", date="2024-12-06 08:40", mailbox="customercare", client="iphone",
         provider="google", name="Rocío Villanueva", email="rociovillanueva71@gmail.com", lang="es",
         quote={"of": ack("CC-2024-12-01544", "2024-12-05 17:48", "rociovillanueva71@gmail.com"), "kind": "reply"},
         body="""¡Gracias! Perdón por mandarlo a los dos correos.

Enviado desde mi iPhone""",
         labels=[], entities={}, ack=None,
         note="Spanish thank-you under our acknowledgement, apologising for writing to both boxes: asks for nothing, no answer due",
         cat="reply to our ack: thanks"),

    dict(key="es-never-sent-request-mendoza", date="2025-01-15 12:30", mailbox="customercare", client="yahoo",
         name="Lucía Mendoza", email="luciamendoza_88@yahoo.com", lang="es",
         quote={"of": ack("CC-2025-01-00388", "2025-01-14 18:02", "luciamendoza_88@yahoo.com"), "kind": "reply"},
         body="""Yo nunca les mandé ninguna solicitud. ¿Quién es? No soy cliente de ustedes. ¿Cómo tienen mi correo?""",
         labels=[Q], entities={},
         note="Spanish: someone else used her address; our acknowledgement reached the wrong person; she asks how we have her e-mail",
         cat="reply to our ack: wrong person"),

    # ------------------------------------------------------------------ more crossed wires
    dict(key="opt-me-out-catalog-box", date="2024-09-18 06:55", mailbox="powerhousecatalog", client="gmail",
         name=None, email="rkrause61@gmail.com", subject="opt out",
         body="""opt me out""",
         labels=[], unclear=True, entities={},
         note="'opt me out' with no object; arriving in the catalog box does not say whether of the catalog or of sharing -> unclear",
         cat="no object"),

    dict(key="reply-holiday-stop-utility-elliott", date="2024-11-13 08:20", mailbox="powerhousecatalog",
         client="gmail", name="Marcia Elliott", email="marcia.elliott.dbq@gmail.com",
         quote={"of": "holiday", "kind": "reply"},
         body="""I like getting the catalog emails, they're fine. But whoever at Alliant sends me the thermostat and solar emails, please make those stop.

Marcia""",
         labels=[MO], entities={"name": "Marcia"},
         note="reply under the catalog promo, but the stop names the utility's e-mails and keeps the catalog's: marketing opt-out with a sender limit",
         cat="confusion: utility vs catalog"),

    dict(key="fwd-own-bounce-jaeger", date="2024-10-22 19:10", mailbox="customercare", client="outlook",
         name="Carol Jaeger", email="caroljaeger@hotmail.com",
         quote={"kind": "forward", "of": {
             "from_name": "Microsoft Outlook", "from": "postmaster@outlook.com", "date": "2024-10-22 19:02",
             "subject": "Undeliverable: Do not share my name", "msgid": "<ndr.x@outlook.com>", "to": "caroljaeger@hotmail.com",
             "text": ("Your message to powerhousecatalog@alliantenergy.com couldn't be delivered.\n\n"
                      "alliantenergy.com couldn't confirm that powerhousecatalog exists.\n\n"
                      "Remote server returned '550 5.1.1 <powerhousecatalog@alliantenergy.com>: Recipient address rejected: User unknown'\n\n"
                      "Original message:\n"
                      "To the PowerHouse Catalog - please do not give my name to other catalog companies. Carol Jaeger")}},
         body="""Trying this address instead - the catalog address I used bounced (I typed it the way it's printed on my bill). I do not want my name given to other catalog companies.

Carol Jaeger
Burlington IA 52601""",
         labels=[SH], entities={"name": "Carol Jaeger", "postal_code": "52601"},
         note="forwards the bounce of her own mail to a mistyped catalog address (the bill's noreply domain); her new text restates the sharing refusal; the bounce text is not hers",
         cat="wrong mailbox: own bounce forwarded"),

    dict(key="webform-wrong-topic-catalog-ricks", date="2024-12-03 19:27", mailbox="customercare", client="webform",
         name=None, email="noreply@alliantenergy.com", reply_to="dwayne.ricks@yahoo.com", reply_name="Dwayne Ricks",
         form_topic="Report an Outage", subject="Contact Us: Report an Outage",
         body="""Name: Dwayne Ricks
Email: dwayne.ricks@yahoo.com
Phone:
Account number:
Service ZIP code: 52501
Topic: Report an Outage

Message:
This isn't about an outage, there wasn't a topic that fit. Please stop sending me the PowerHouse catalog. I never asked for it and it goes straight to recycling.

--
Submitted from alliantenergy.com/contact on 12/03/2024 07:27 PM CT""",
         labels=[MO], entities={"name": "Dwayne Ricks", "postal_code": "52501"},
         note="web form filed under the wrong topic (Outage): the message is a catalog stop; ack to Reply-To",
         cat="wrong mailbox: web form wrong topic", ack="reply"),

    dict(key="newsletter-stop-keep-catalog-kroll", date="2025-01-03 10:40", mailbox="powerhousecatalog",
         client="outlook", name="Judith Kroll", email="jkroll@msn.com", subject="Two things",
         body="""Hello,

Two things, and I hope this is the right address for both:

1. Please stop the "Home Comfort Tips" newsletter emails. I don't read them.
2. Keep sending me the paper catalog, but please don't share my name with other catalog companies.

Thank you,
Judith Kroll
Stoughton, WI 53589""",
         labels=[MO, SH], entities={"name": "Judith Kroll", "postal_code": "53589"},
         note="newsletter e-mail stop (channel-limited marketing opt-out, paper catalog kept) plus sharing refusal, both in the catalog box",
         cat="wrong mailbox: two requests"),

    dict(key="is-this-right-place-share-dvorak", date="2024-09-30 09:12", mailbox="customercare",
         client="thunderbird", name="Harriet Dvorak", email="hdvorak@frontier.com", subject="Catalog name sharing",
         body="""Is this the right place to ask that my name not be shared? The catalog says to write to powerhousecatalog but I can't get that address to work. If this one works, please take this as my request: don't share my name and address with other catalog companies.

Harriet Dvorak
Mount Vernon, IA 52314""",
         labels=[SH, Q], entities={"name": "Harriet Dvorak", "postal_code": "52314"},
         note="asks whether this is the right box and also clearly makes the sharing request: both labels",
         cat="wrong mailbox: sharing opt-out to customercare"),

    dict(key="contradicting-yoder", date="2025-02-14 21:33", mailbox="customercare", client="gmail_app",
         name="Brandon Yoder", email="byoder.ia@gmail.com", subject="mail",
         body="""Stop sending me stuff. Actually wait, I do want the catalog, just not the other stuff? Or maybe just fewer emails. I don't know, what are my options""",
         labels=[Q], unclear=True, entities={},
         note="changes his mind three times: unclear; 'what are my options' is a plain question, so question is kept (never an opt-out)",
         cat="self-contradicting"),

    dict(key="do-same-other-address-bergstrom", date="2024-10-26 09:09", mailbox="customercare", client="outlook",
         name="Lyle Bergstrom", email="lbergstrom@hotmail.com", subject="other address",
         body="""I sent a request to the powerhousecatalog address last week. Please do the same for my other address, the lake place at 18 Elm Ln, Mason City.

Lyle Bergstrom""",
         labels=[], unclear=True, entities={"name": "Lyle Bergstrom"},
         note="refers to a request sent to the other mailbox without saying what it was -> unclear",
         cat="reference to earlier mail"),

    dict(key="gmail-listunsub-holiday", date="2024-11-14 07:03", mailbox="powerhousecatalog", client="gmail",
         name="Colleen Sauer", email="colleen.sauer@gmail.com", subject="unsubscribe", fmt="plain",
         body="""This message was automatically generated by Gmail.""",
         labels=[MO], entities={},
         note="Gmail's Unsubscribe button on the Holiday Preview e-mail mailed the List-Unsubscribe address: a person's opt-out (catalog e-mail), no Auto-Submitted",
         cat="software unsubscribe"),

    dict(key="cleaner-autosubmitted-lindahl", date="2025-01-17 03:12", mailbox="customercare", client="outlook",
         name="Derek Lindahl", email="derek.lindahl@outlook.com", subject="unsubscribe", fmt="plain",
         headers=["Auto-Submitted: auto-generated", "X-Unsubscribe-Agent: TidyBox/3.2"],
         body="""Unsubscribe request sent on behalf of derek.lindahl@outlook.com by TidyBox inbox cleaner.""",
         labels=[MO], entities={}, ack=None,
         note="an inbox-cleaning app pressed unsubscribe for him (after the Home Energy Assessment promo): marketing opt-out, but Auto-Submitted forbids an answer",
         cat="software unsubscribe"),

    dict(key="poa-mother-kowalski", date="2025-02-12 14:40", mailbox="powerhousecatalog", client="gmail",
         name="Dennis Kowalski", email="dkowalski.ottumwa@gmail.com", subject="Catalog for my mother Irene Kowalski",
         body="""Hello,

My mother, Irene Kowalski, moved into a nursing home in January. I have power of attorney and handle all her mail. Please stop sending her the PowerHouse catalog - it still goes to her old house at 305 Walnut St, Ottumwa IA 52501, which we are selling.

Thank you,
Dennis Kowalski""",
         labels=[MO], entities={"name": "Irene Kowalski", "postal_code": "52501"},
         note="son with power of attorney: clear standing, so the catalog stop for his mother is acted on; entities are the mother's",
         cat="on behalf with standing"),

    dict(key="executor-father-jelinek", date="2024-12-26 15:30", mailbox="customercare", client="outlook",
         name="Paul Jelinek", email="pjelinek@outlook.com", subject="My father Frank Jelinek",
         body="""Hello,

My father, Frank Jelinek, passed away in October. His name is on the electric account and he still gets the PowerHouse catalog and your advertising mail. I am his son and the executor of his estate.

Please stop all advertising mail to him and do not share his name with other companies. We will call about transferring the account.

Paul Jelinek""",
         labels=[MO, SH], entities={"name": "Frank Jelinek"},
         note="executor has standing: both opt-outs for the deceased father; the later call about the account is not a question to answer now",
         cat="on behalf with standing"),

    dict(key="mixed-mom-spanish-catalog", date="2024-10-31 12:12", mailbox="customercare", client="gmail_app",
         name="Vanessa Guerrero", email="vguerrero.ia@gmail.com", subject="catalogo de mi mama", lang="mixed",
         body="""Hello, mi mamá recibe el catálogo PowerHouse pero ella no lee inglés. Can you send it in Spanish? Si no, please stop it, she just throws it away.""",
         labels=[Q], unclear=True, entities={},
         note="Spanglish: asks for a Spanish catalog, and only if not, a stop on her mother's behalf without standing -> unclear; the Spanish-catalog question stays",
         cat="on behalf: parent"),

    dict(key="third-email-share-tillman", date="2025-02-17 18:00", mailbox="powerhousecatalog", client="yahoo",
         name="Roger Tillman", email="rtillman57@yahoo.com", subject="THIRD REQUEST",
         body="""This is my third email. STOP SHARING MY ADDRESS. I have been getting catalogs from outdoor gear companies since June when I ordered a generator from you. Why is this so hard?

Roger Tillman
Fort Dodge IA 50501""",
         labels=[SH, Q], entities={"name": "Roger Tillman", "postal_code": "50501"},
         note="repeated sharing refusal with a complaint about earlier requests (question); other companies' catalogs blamed on us",
         cat="other company: stop others via sharing"),

    dict(key="misdirected-internal-cu", date="2024-09-26 16:58", mailbox="customercare", client="exchange",
         name="Kristen Baumann", email="kbaumann@linnwoodccu.org", subject="Q3 member service metrics - due Friday",
         body="""Hi team,

Quick reminder that Q3 call and chat numbers are due to me by end of day Friday. Please use the new template in the shared drive (Member Services > Reports > 2024). If your branch had any system downtime, note it in the comments column.

Thanks!
Kristen

Kristen Baumann | Member Services Manager
Linnwood Community Credit Union
3300 Edgewood Rd SW, Cedar Rapids, IA 52404""",
         labels=[], entities={}, ack=None,
         note="a person's internal memo to her own team, sent to us by address autocomplete: human, no request, nothing to answer",
         cat="another company's internal mail"),

    dict(key="es-widow-transfer", date="2025-02-19 09:15", mailbox="customercare", client="iphone",
         provider="google", name=None, email="almareyes.cr@gmail.com", subject="Cambio de nombre", lang="es",
         body="""Buenos días. Mi esposo falleció en diciembre y quiero cambiar el servicio de luz a mi nombre. ¿Qué necesito? También ya no quiero que le manden el catálogo a él, por favor.

Enviado desde mi iPhone""",
         labels=[MO, Q], entities={},
         note="Spanish: widow in the household transfers the account (question) and stops the catalog to her late husband (standing as surviving spouse)",
         cat="on behalf with standing"),

    dict(key="coop-clerk-forward-letter", date="2024-12-30 10:30", mailbox="customercare", client="exchange",
         name="Kayla Brandt", email="kbrandt@riverbendrec.coop",
         subject="Misdirected letter - appears intended for Alliant Energy",
         body="""Hello,

We received the letter below by mail from a Mrs. Evelyn Strand in Dubuque. She isn't one of our members, and since she mentions the PowerHouse Catalog I believe it was meant for Alliant. I've typed it out below as a courtesy; we are mailing the original back to her.

Kayla Brandt
Member Services Representative
Riverbend Electric Cooperative

--- letter text ---
To whom it may concern, please quit sharing my name with other catalog companies. I only wanted the one catalog. Thank you. Evelyn Strand""",
         labels=[], unclear=True, entities={"name": "Evelyn Strand"},
         note="another utility's clerk forwards a customer's paper letter: the request is not the sender's own words and she has no standing -> unclear; only e-mail address is the clerk's",
         cat="another company forwards"),

    dict(key="internal-billing-forward", date="2024-11-14 13:25", mailbox="customercare", client="internal",
         name="Marcy Hoeft", email="marcy.hoeft@alliant-energy.com", subject="FW: catalog",
         quote={"kind": "forward", "style": "outlook", "of": {
             "from_name": "Glen Aukes", "from": "glenaukes@mchsi.com", "date": "2024-11-13 19:40",
             "subject": "catalog", "msgid": "<x@mchsi.com>", "to": "billing@alliant-energy.com",
             "text": "Don't send me the catalog anymore and don't sell my name. Acct 6120 5531 07\nGlen Aukes"}},
         body="""Hi privacy team - this came into the billing inbox, looks like it's yours.

Marcy

Marcy Hoeft | Billing Operations | Alliant Energy""",
         labels=[], unclear=True, entities={}, ack="glenaukes@mchsi.com",
         note="a colleague forwards a customer's mail from another department; her own text decides nothing and the customer's words are forwarded -> unclear; after review the acknowledgement goes to the customer",
         cat="another department forwards"),

    dict(key="three-in-one-letter-schaefer", date="2025-02-21 08:40", mailbox="customercare", client="outlook",
         name="Eleanor Schaefer", email="eschaefer1943@msn.com", subject="Several matters", charset="windows-1252",
         body="""Dear Sir or Madam,

I am writing about three matters and I hope this is the correct address for all of them.

First, our power went out twice during the ice storm last week and the second time it was off for nearly a day. I would like to know whether we are entitled to any credit on our bill.

Second, I do not want any more of the mailings about thermostats and furnace rebates. I am 81 years old and we are not buying a new furnace.

Third, my neighbor tells me that you sell customers’ names to catalog companies. I do not want mine sold or given to anyone.

Sincerely,
Eleanor Schaefer
1611 Riverview Dr
Newton, IA 50208
Account 4471 0092 16""",
         labels=[MO, SH, Q], entities={"name": "Eleanor Schaefer", "postal_code": "50208", "account": "4471 0092 16"},
         note="outage credit question, marketing stop and sharing refusal in one letter (windows-1252 curly apostrophe)",
         cat="mixed: outage + both"),
]
