# -*- coding: utf-8 -*-
"""People asking us to stop marketing, to stop sharing their name, or both (no question)."""
from spec import M, MKT, SHARE

SPECS = [
# ------------------------------------------------------------------ marketing_opt_out
M("m-dairy-three-a-month", "ph", "2026-09-03 06:12", "outlookpc", ("Dale Brekke", "brekkefarm@netins.net"),
  "catalogs", """Hello,

We get two and sometimes three of your PowerHouse catalogs a month out here at the farm and nobody
in this house has ordered a thing from them. They go straight in the burn barrel. Please take us off
your mailing list.

Dale Brekke
2871 Quarry Rd
Castalia IA 52133
""", [MKT], "Farmer asks to be taken off the catalog mailing list; plain classic Outlook, windows-1252",
  ents={"name": "Dale Brekke", "postal_code": "52133"}),

M("m-retired-teacher", "cc", "2026-09-10 19:44", "thunderbird", ("Marjorie Tollefson", "mtollefson@chorus.net"),
  "Please stop the advertising", """To whom it may concern,

I am 81 years old and retired from teaching third grade in Mount Horeb. I read my gas and electric
bill every month, and pay it, and that is all the paper I need from Alliant. The postcards about
thermostats and heat pumps and the glossy magazine can stop. Please remove me from your promotional
mailings.

Thank you kindly,
Marjorie Tollefson
""", [MKT], "Retiree: stop postcards and glossy magazine (promotional mailings); the bill itself is fine",
  ents={"name": "Marjorie Tollefson"}),

M("m-unsub-under-furnace", "cc", "2026-09-22 18:03", "iphone", ("", "jrkessler77@icloud.com"),
  None, "Unsubscribe\n\nSent from my iPhone\n", [MKT], "One word under the furnace tune-up promotion: marketing opt-out",
  quote="furnace"),

M("m-email-keep-paper", "ph", "2026-09-17 09:21", "aol", ("Phyllis Amundsen", "phyllisamundsen@aol.com"),
  None, """I like to look through the paper catalog with my coffee so don't stop that one. But I don't need the
e-mails too, they come every other day. Please stop the e-mails.
Phyllis""", [MKT], "Channel limit: stop the e-mails, keep the paper catalog; reply under the fall catalog e-mail",
  quote="fallcat", ents={"name": "Phyllis"}),

M("m-first-apartment-radiator", "cc", "2026-09-24 23:51", "gmail_android", ("Kenzie Hartwig", "kenzie.hartwig03@gmail.com"),
  "promo emails", """hi! so I just set up my account for my first apartment (yay) and I'm already getting emails about
furnace tune ups lol. I don't have a furnace, I have a radiator and it isn't even mine, it's the
building's. can you take me off the promo emails? the bill emails are fine

thanks!! Kenzie
""", [MKT], "College student; question-form request to be taken off promotional e-mail, bills kept",
  ents={"name": "Kenzie"}),

M("m-es-catalogo-casa", "ph", "2026-09-18 12:40", "gmail", ("Rosa Elvira Quintanilla", "rosaequintanilla@gmail.com"),
  "Catálogo", """Buenas tardes,

Ya no quiero recibir el catálogo de PowerHouse en mi casa. Por favor bórrenme de la lista de correo.

Muchas gracias,
Rosa Elvira Quintanilla
""", [MKT], "Spanish: no longer wants the catalog at home, delete from mailing list", lang="es",
  ents={"name": "Rosa Elvira Quintanilla"}),

M("m-es-furnace-no-mas", "cc", "2026-09-23 07:15", "samsung", ("Efrain Loza", "efrainloza1979@hotmail.com"),
  None, "No me manden mas promociones por favor. Gracias\n\nEnviado desde mi Galaxy", [MKT],
  "Spanish one-liner (no accents) under the furnace promotion: stop promotions; Samsung HTML only",
  quote="furnace", lang="es", qlang="es"),

M("m-vi-advertising-letter", "cc", "2026-09-05 14:30", "yahoo", ("Lan Nguyen", "lan.nguyen.dsm@yahoo.com"),
  "please remove my name", """Hello,
I am Nguyen Thi Lan. I do not want receive the advertising letter anymore, please remove my name from
the mail list. My account is 4410 2287 19.
Thank you very much.""", [MKT],
  "Second-language English (Vietnamese): stop advertising letters; name in Vietnamese order as written",
  lang="en", ents={"name": "Nguyen Thi Lan", "account": "4410 2287 19"}),

M("m-somali-too-many", "cc", "2026-10-02 16:48", "gmail_android", ("Hodan Warsame", "hodanwarsame.mn@gmail.com"),
  "too many email", """Asc. My name is Hodan Warsame. Please stop sending me the promotion emails, I get to many every
week. Thank you""", [MKT], "Second-language English (Somali): stop promotional e-mails",
  ents={"name": "Hodan Warsame"}),

M("m-bosnian-catalog", "ph", "2026-09-26 10:02", "outlookcom", ("Mirsad Hodžić", "mirsad.hodzic@outlook.com"),
  "Catalog", """Poštovani,

please I do not want the catalog anymore at my house. My wife throw away every time. Please to take
my address out from your list.

Mirsad Hodžić
Waterloo, IA 50701
""", [MKT], "Second-language English (Bosnian greeting): no more catalog, take address off list",
  ents={"name": "Mirsad Hodžić", "postal_code": "50701"}),

M("m-landlord-vacant-units", "cc", "2026-10-08 08:37", "o365", ("Russ Feldkamp", "russ@feldkamprentals.com"),
  "Advertising to vacant units", """Good morning,

I own a fourplex at 412 Elm Street in Cedar Falls. Between tenants the electric accounts for units B and D
go back into my name (they are in my name right now, account 7720-118-46 covers both). Your furnace and
home-energy promotions keep arriving addressed to "Resident" and to me at those units and pile up in
the vestibule. Please stop all promotional mail to those two units while they are on my account.

Thanks,
Russ Feldkamp
Feldkamp Rentals LLC
(319) 555-0148
""", [MKT], "Landlord who holds the accounts for the vacant units: standing stated, clear marketing opt-out",
  ents={"name": "Russ Feldkamp", "account": "7720-118-46"}),

M("m-auto-shop-twice", "cc", "2026-09-29 12:55", "outlookpc", ("Gary Poppe", "gary@poppeauto.net"),
  "Duplicate offers", """Hi,

I have two accounts with you, the house and the shop on Hwy 20. Every offer you send comes twice, once
to each. Please take both off your promotional e-mail list. Keep the bills coming of course.

Gary Poppe
Poppe Auto & Tire  |  Manchester, Iowa
*** Fall special: winter tire changeover $49.95, call 563-555-0172 ***
""", [MKT], "Small-business owner, home and shop accounts: promotional e-mail off both; his own promo signature is not ours",
  ents={"name": "Gary Poppe"}),

M("m-moved-birch-street", "ph", "2026-10-14 20:11", "applemail", ("Jenna Marsh", "jennamarsh@me.com"),
  "Two catalogs, two houses", """Hi there,

We moved in August and now your catalog shows up at our old house AND at the new one on Birch Street, both
addressed to me. Honestly we don't want it at either. Please take Jenna Marsh off the catalog list.

Thanks,
Jenna
""", [MKT], "Just moved; catalog at old and new address, wants it at neither: marketing opt-out, no address change asked",
  ents={"name": "Jenna Marsh"}),

M("m-es-quiten-correo", "cc", "2026-09-30 21:09", "outlookcom", ("Jorge Camarillo", "jorge.camarillo@live.com"),
  "Promociones", """Hola,

Por favor quiten mi correo electrónico de su lista de promociones. No me interesan las ofertas de la
calefacción ni de los termostatos.

Jorge""", [MKT], "Spanish: remove e-mail address from the promotions list", lang="es",
  ents={"name": "Jorge"}),

M("m-stop-newsletter", "cc", "2026-10-06 08:14", "iphone", ("", "dlweidemann@mchsi.com"),
  None, "STOP\n\nSent from my iPhone\n", [MKT],
  "STOP under the Home Matters newsletter, which promotes programs and a catalog sale: marketing opt-out",
  quote="newsletter"),

M("m-es-ya-no-el-catalogo", "ph", "2026-09-21 11:26", "zimbra", ("Amparo Villalobos", "amparo.villalobos@iowatelecom.net"),
  "carta sobre catalogo", """Señores de PowerHouse:

Les escribo para pedirles de favor que ya no me envíen el catálogo. Vivo sola desde que falleció mi
esposo y no compro por catálogo. Mi dirección es 519 Calle Cuarta, West Liberty, IA 52776.

Atentamente,
Amparo Villalobos
""", [MKT], "Spanish, elderly widow writing for herself: stop sending the catalog", lang="es",
  ents={"name": "Amparo Villalobos", "postal_code": "52776"}),

M("m-caps-junk", "cc", "2026-10-19 10:40", "aol", ("walt", "waltzimmer1946@aol.com"),
  "JUNK MAIL", """NO MORE JUNK MAIL FROM ALLIANT. I PAY MY BILL ON TIME THATS ALL I WANT FROM YOU.
WALT""", [MKT], "All caps: no more junk mail (promotional); no question asked",
  ents={"name": "WALT"}),

M("m-es-baja-correos-catalogo", "ph", "2026-09-16 17:33", "gmail_android", ("Yesenia Barajas", "yesebarajas22@gmail.com"),
  None, "Baja de estos correos por favor", [MKT], "Spanish reply under the fall catalog e-mail: off these e-mails",
  quote="fallcat", lang="es", qlang="es"),

M("m-dairy-wife-three-names", "ph", "2026-10-01 13:05", "roundcube", ("Linda Voss", "lvoss@alpinecom.net"),
  "Three catalogs for one farm", """Hi,

We get your catalog addressed three ways: to me, to my husband Gene, and to Voss Family Dairy. Same
farm, same mailbox. I'm the one who pays the bills here. Please take all three off your mailing list,
we don't order from catalogs.

Linda Voss
Voss Family Dairy
W6412 County Rd K
Cashton WI 54619
""", [MKT], "Household member who pays the bills writing for the farm household: all three names off the catalog",
  ents={"name": "Linda Voss", "postal_code": "54619"}),

M("m-newsletter-not-for-me", "cc", "2026-10-07 19:22", "gmail", ("Ana Lucía Pineda", "analu.pineda@gmail.com"),
  None, """Hello, please I don't want to receive this newsletter anymore. Thank you.
Ana Lucía""", [MKT],
  "Spanish speaker writing in English under the newsletter: stop the newsletter (promotional)",
  quote="newsletter", ents={"name": "Ana Lucía"}),

M("m-furnace-man-thirty-years", "cc", "2026-09-28 15:10", "zimbra", ("Harold Ostrander", "hostrander@centurytel.net"),
  "Furnace postcards", """Kindly cease the postcards about furnace tune-ups. I've had the same furnace man for thirty years
and I expect he'll outlast me. While you're at it, none of the other sales pitches either.

H. Ostrander
Portage WI 53901
""", [MKT], "Retiree: stop the tune-up postcards and other sales pitches; initial and surname as written",
  ents={"name": "H. Ostrander", "postal_code": "53901"}),

M("m-subject-only-verizon", "ph", "2026-10-21 12:18", "samsung", ("Trish Oberbroeckling", "trishob@frontiernet.net"),
  "Remove me from catalog mailing list", "\n\nSent from my Verizon, Samsung Galaxy smartphone\n", [MKT],
  "Request only in the subject (her own words, not a Re:); empty body but a phone signature",
  ),

M("m-unsub-helper-autosubmitted", "ph", "2026-10-03 02:14", "svc", ("Monica Dreyer via Tidyly", "unsub-4f81c2@relay.tidyly.app"),
  "unsubscribe", """This unsubscribe request was sent by Tidyly on behalf of its user, who chose "Unsubscribe" for the
sender PowerHouse Catalog <deals@catalog.alliant-energy.com>.

Recipient address: monica.dreyer@gmail.com
""", [MKT], "Inbox-cleaning service unsubscribing for a user via our mailto link; Auto-Submitted, so no ack",
  ack=None, to="powerhousecatalog+unsub-fall26@alliant-energy.com, powerhousecatalog@alliant-energy.com",
  headers=["Auto-Submitted: auto-generated", "X-Tidyly-Job: un-88213"], prog="unsubscribe service"),

M("m-unsub-mail-button", "ph", "2026-09-19 20:47", "iphone", ("", "gwynethporter@icloud.com"),
  "unsubscribe", "This message was automatically generated by Mail.\n", [MKT],
  "iPhone Mail's Unsubscribe button sent to our List-Unsubscribe mailto; no Auto-Submitted, so ack to the sender",
  to="powerhousecatalog@alliant-energy.com"),

# ------------------------------------------------------------------ catalog_share_opt_out
M("s-keep-catalog-no-trading", "ph", "2026-09-09 10:30", "ox", ("Norma Jean Pruitt", "njpruitt@mediacombb.net"),
  "My name", """Hello,

I have ordered from PowerHouse for years and I enjoy the catalog, so please keep it coming. What I do not
want is my name going out to other companies. Since last Christmas I get catalogs from outfits I never
heard of. Leave my name off whatever lists you trade.

Norma Jean Pruitt
Anamosa, Iowa 52205
""", [SHARE], "Keep the catalog, stop trading her name: catalog_share_opt_out only",
  ents={"name": "Norma Jean Pruitt", "postal_code": "52205"}),

M("s-es-no-compartan", "ph", "2026-09-14 18:02", "yahoo", ("Teresa Marroquín", "tmarroquin61@yahoo.com"),
  "No compartir mis datos", """Buenas tardes. No quiero que compartan ni vendan mi nombre ni mi dirección a otras compañías.
Gracias.
Teresa Marroquín""", [SHARE], "Spanish: do not share or sell name and address", lang="es",
  ents={"name": "Teresa Marroquín"}),

M("s-bosnian-heater", "ph", "2026-10-09 09:48", "gmail", ("Emina Softić", "emina.softic@gmail.com"),
  "address", """Hello,

Please do not give my address to other companies. Since I buy from you the space heater, I get many
catalogs from other places. Your catalog is ok.

Emina Softić""", [SHARE], "Second-language English (Bosnian): do not give address to other companies; our catalog is fine",
  ents={"name": "Emina Softić"}),

M("s-hardware-store", "ph", "2026-09-25 14:14", "o365", ("Curt Lensing", "curt@lensinghardware.com"),
  "Lensing Hardware - list", """Hi,

We order shop lights and extension cords from you for the store and you're welcome to keep sending the
catalog here. But don't rent or sell our name to anyone. We get enough sales calls as it is.

Curt Lensing
Lensing Hardware
Elkader, IA
""", [SHARE], "Small business: keep the catalog, do not rent or sell the name",
  ents={"name": "Curt Lensing"}),

M("s-dorm-lamp", "ph", "2026-09-12 01:37", "gmail", ("Aaliyah Brooks", "aaliyahbrooks@wisc.edu"),
  "my info", """hey! ordered a desk lamp from you for my dorm (love it) but please don't sell my info to other
catalogs or whatever. thx

aaliyah
53706""", [SHARE], "College student: do not sell info to other catalogs; Google Workspace university account",
  ents={"name": "aaliyah", "postal_code": "53706"}, dkim="wisc-edu.20230601.gappssmtp.com"),

M("s-subject-dnsmpi", "ph", "2026-10-10 16:20", "outlookcom", ("Dennis Vrba", "dvrba@outlook.com"),
  "Do not sell my personal information", """Dennis Vrba
1108 Sixth Ave SE
Oelwein IA 50662""", [SHARE],
  "Request in the subject, body only name and address: do-not-sell = catalog_share_opt_out",
  ents={"name": "Dennis Vrba", "postal_code": "50662"}),

M("s-es-reply-fallcat", "ph", "2026-09-16 20:55", "gmail", ("Marisol Cuevas", "marisolcuevas.ia@gmail.com"),
  None, """Sí me gusta el catálogo, pero no quiero que den mi nombre a otras empresas.
Marisol""", [SHARE],
  "Spanish reply under the fall catalog e-mail (whose footer mentions name exchanges): keep catalog, don't give the name",
  quote="fallcat", lang="es", qlang="es", ents={"name": "Marisol"}),

M("s-vi-still-want", "ph", "2026-10-05 11:11", "yahoo", ("Tran Van Hieu", "hieutran.qc@yahoo.com"),
  "not share", """Dear PowerHouse,
Please not share my name to other company. I still want your catalog.
Tran Van Hieu
52806""", [SHARE], "Second-language English (Vietnamese): no sharing, still wants the catalog",
  ents={"name": "Tran Van Hieu", "postal_code": "52806"}),

M("s-wrong-box-swapping", "cc", "2026-09-30 09:05", "thunderbird", ("Elmer Stoltzfus", "estoltzfus@tds.net"),
  "name swapping", """I read on the back of the catalog that your catalog people swap names with other companies. Leave
mine out of it. You can keep sending the catalog.

Elmer Stoltzfus
Kalona""", [SHARE], "Sharing opt-out sent to customercare: labelled by content, mailbox is a hint",
  ents={"name": "Elmer Stoltzfus"}),

# ------------------------------------------------------------------ both opt-outs
M("ms-decorah-both", "ph", "2026-09-08 07:02", "zimbra", ("Arlo Ingebretsen", "arlo.ingebretsen@acegroup.cc"),
  "catalog", """Take me off the catalog list, and don't pass my name to anybody else either. I am 77 and I have
everything I need.

Arlo Ingebretsen
Decorah IA 52101
""", [MKT, SHARE], "Both: off the catalog list and no passing the name on",
  ents={"name": "Arlo Ingebretsen", "postal_code": "52101"}),

M("ms-es-ambos", "ph", "2026-09-20 13:47", "samsung", ("Guadalupe Ortiz Rangel", "lupitaortizr@gmail.com"),
  "catalogos", """Hola buenas tardes quiero que me quiten de su lista de catálogos y que no vendan mis datos a nadie
Guadalupe Ortiz Rangel
Muscatine 52761

Enviado desde mi Galaxy""", [MKT, SHARE], "Spanish: off the catalog list and do not sell data; Samsung HTML only",
  lang="es", ents={"name": "Guadalupe Ortiz Rangel", "postal_code": "52761"}),

M("ms-somali-offers", "cc", "2026-10-12 17:30", "gmail_android", ("Abdirahman Yusuf", "abdirahman.yusuf88@gmail.com"),
  "Request", """Hello Alliant Energy

Please stop the mails and the emails of offers to me. Also do not give my information to other
company. My account 55102-66318.

Abdirahman Yusuf""", [MKT, SHARE], "Second-language English (Somali): stop offers by mail and e-mail, do not give information",
  ents={"name": "Abdirahman Yusuf", "account": "55102-66318"}),

M("ms-bakery-html", "ph", "2026-10-16 05:48", "o365", ("Greta Hoffmann-Reyes", "greta@risingloafbakery.com"),
  "Please remove + do not share", """Hi PowerHouse folks,

I ordered proofing-room heaters from you last winter for the bakery, and since then we've been on
every catalog list in the Midwest. Please take the bakery off your catalog mailing AND don't share or
rent our name and address to anyone.

Greta Hoffmann-Reyes
Owner, Rising Loaf Bakery
214 Main St, Mineral Point, WI 53565
Fresh sourdough Thurs-Sat!
""", [MKT, SHARE], "Bakery owner: remove from catalog mailing and do not share; HTML from Outlook",
  ents={"name": "Greta Hoffmann-Reyes", "postal_code": "53565"}),

M("ms-es-boletin-y-datos", "cc", "2026-10-08 21:31", "gmail", ("Humberto Salcido", "hsalcido.mtz@gmail.com"),
  None, """No quiero más boletines ni publicidad de ustedes, y tampoco quiero que compartan mi información con
nadie. Gracias.
Humberto Salcido""", [MKT, SHARE],
  "Spanish reply under the newsletter: no more newsletters/advertising and do not share information",
  quote="newsletter", lang="es", qlang="es", ents={"name": "Humberto Salcido"}),

M("ms-student-moved-out", "ph", "2026-09-27 14:22", "gmail", ("Sophie Lindqvist", "sophie.lindqvist@uni.edu"),
  "catalog following me", """Hi,

I moved out of my parents' place into an apartment near campus and somehow your catalog followed me here.
I never signed up for it. Please stop mailing it to me and please don't share my new address with other
catalogs.

Sophie Lindqvist
Cedar Falls, IA 50613
""", [MKT, SHARE], "Student who moved: stop the catalog and do not share her new address",
  ents={"name": "Sophie Lindqvist", "postal_code": "50613"}, dkim="uni-edu.20230601.gappssmtp.com"),

M("ms-typed-letter", "cc", "2026-09-11 10:15", "outlookpc", ("Lowell & June Brandvold", "lbrandvold@mhtc.net"),
  "Privacy instructions - account 3318 4470 21", """Dear Sir or Madam,

Regarding account 3318 4470 21, please note the following instructions:

1. Remove our names from all promotional mailing and e-mail lists of Alliant Energy.
2. Do not sell, rent or exchange our names, address or any information about us with any other company,
   including your PowerHouse Catalog and its partners.

Respectfully,
Lowell Brandvold
Mount Horeb, WI 53572
""", [MKT, SHARE], "Formal numbered letter from the account holder for the couple: both opt-outs",
  ents={"name": "Lowell Brandvold", "account": "3318 4470 21", "postal_code": "53572"}),

M("ms-bosnian-both", "cc", "2026-10-22 18:40", "outlookcom", ("Senad Mujanović", "senad.mujanovic@hotmail.com"),
  "stop", """Hello,

I am customer from Alliant many years, account number 44-0917-2280. Please stop to send me advertising
with post and email. And please my name and address do not give to other firms.

Thank you,
Senad Mujanović""", [MKT, SHARE], "Second-language English (Bosnian): stop advertising by post and e-mail; do not give name to other firms",
  ents={"name": "Senad Mujanović", "account": "44-0917-2280"}),

M("ms-tienda-english-es-speaker", "ph", "2026-10-27 11:58", "yahoo", ("Rigoberto Anaya", "anayamarket@yahoo.com"),
  "Anaya Market", """Hello, I have a small store, Anaya Market in Postville. We get your catalog but we dont need it
anymore, please stop it. And also please dont sell the name of the store or my name to other companies.
Rigoberto Anaya""", [MKT, SHARE], "Spanish speaker writing English for his store: stop the catalog and do not sell the names",
  ents={"name": "Rigoberto Anaya"}),
]
