# -*- coding: utf-8 -*-
"""People who want out of sharing, out of the catalog, or both; channel-limited wishes."""
from spec import P
import ours

SH, MK, Q = "catalog_share_opt_out", "marketing_opt_out", "question"

SPECS = [
    # ---------------------------------------------------------------- sharing only (keep the catalog)
    P("sh-rent", "phc", "en", "gmail", "Marjorie Koenig", "mkoenig52@gmail.com", "Please do not rent my name",
      "2026-02-03 19:41",
      "Hello,\n\nI enjoy your catalog and will keep ordering from it, but please do not rent my name and address to "
      "other mailers. I'd rather hear only from you.\n\nMarjorie Koenig\nCedar Rapids, IA 52403",
      [SH], ent={"name": "Marjorie Koenig", "postal_code": "52403"}, cat="share",
      note="'Do not rent my name' while keeping the catalog: sharing opt-out only"),
    P("sh-trade", "phc", "en", "o365", "Thomas Brandvold", "tbrandvold@brandvoldlaw.com",
      "Catalog customer - address trading", "2026-03-17 10:12",
      "To whom it may concern:\n\nI have been a PowerHouse customer for some years (Cust # 448-2210-93). I do not "
      "want my name or address traded with any other company. Please continue to send me your catalog.\n\n"
      "Regards,\n\nThomas Brandvold\nBrandvold Law Office\n118 Main Street\nDecorah, Iowa 52101\n(563) 555-0148",
      [SH], ent={"name": "Thomas Brandvold", "postal_code": "52101", "account": "448-2210-93"}, cat="share",
      note="'Traded' names the sharing; a lawyer writing for himself from his office address; customer number with dashes"),
    P("sh-exchange", "phc", "en", "thunderbird", "Lyle Ostrander", "lostrander@mchsi.com", "list exchange",
      "2026-04-08 07:55",
      "Please exclude me from any list exchange you take part in. Customer no. 0071-55832.\n\n"
      "I have no objection to your own mailings.\n\n-- \nLyle Ostrander",
      [SH], ent={"name": "Lyle Ostrander", "account": "0071-55832"}, cat="share",
      note="'Exclude me from any list exchange', own mailings welcome: sharing only"),
    P("sh-sell-phone", "phc", "en", "iphone", "", "kaylee.vang@icloud.com", "Don't sell my info",
      "2026-05-21 22:03", "Please dont sell my info to other companies. thx",
      [SH], cat="share", note="Two lines from a phone, no name: 'don't sell my info' is a sharing opt-out"),
    P("sh-swap", "phc", "en", "yahoo", "Denise Pham", "dpham_1977@yahoo.com", "name swapping",
      "2026-06-02 13:30",
      "I know catalog companies swap mailing lists with each other. Count me out of that please. Keep sending "
      "yours though, I like the gadgets.\n\nDenise Pham\n52241",
      [SH], ent={"name": "Denise Pham", "postal_code": "52241"}, cat="share",
      note="'Swap mailing lists ... count me out', keep the catalog: sharing only; bare ZIP as a line"),
    P("sh-coop", "phc", "en", "gmail", "Arvid Halvorsen", "arvid.halvorsen@gmail.com",
      "co-op databases", "2026-07-14 08:20",
      "Good morning,\n\nI spent thirty years in direct mail so I know how this works. Please flag my record so it "
      "is not contributed to any cooperative database (the Abacus-type co-ops or whatever they go by now) and not "
      "included in list rentals. I'm happy to keep getting the PowerHouse book.\n\nMy customer number from the "
      "label is 20517-884.\n\nThanks,\nArvid Halvorsen\nStoughton WI 53589",
      [SH], ent={"name": "Arvid Halvorsen", "postal_code": "53589", "account": "20517-884"}, cat="share",
      note="Industry-savvy: keep me out of co-op databases and rentals, keep the book: sharing only"),
    P("sh-since-ordered", "phc", "en", "aol", "Bernadette Kluesner", "bkluesner@aol.com",
      "all these other catalogs", "2026-01-12 15:47",
      "Ever since I ordered the heated mattress pad from you last winter I have been getting catalogs from every "
      "company under the sun. Garden, clothing, vitamins, you name it. I assume you passed my name along. Please do "
      "not do that any more.\n\nBernadette Kluesner\n1207 Park Ave\nDubuque IA 52001",
      [SH], ent={"name": "Bernadette Kluesner", "postal_code": "52001"}, cat="share",
      note="'The other catalogs I keep getting since I ordered ... don't do that any more': sharing; she does not ask to stop ours"),
    P("sh-anyone", "cc", "en", "samsung", "Dale", "dale.h.ruppert@gmail.com", "address",
      "2026-08-09 18:16", "Dont give my address to anyone. Thanks Dale",
      [SH], ent={"name": "Dale"}, cat="share",
      note="'Don't give my address to anyone' from a phone, first name only: sharing opt-out"),
    P("sh-es-keep", "phc", "es", "gmail-es", "Yolanda Cisneros", "yolicisneros@gmail.com",
      "No compartan mis datos", "2026-03-05 20:10",
      "Buenas tardes,\n\nMe gusta mucho su catálogo y quiero seguir recibiéndolo. Lo que no quiero es que "
      "compartan mi nombre y mi dirección con otras compañías.\n\nGracias,\nYolanda Cisneros\nWest Liberty, IA 52776",
      [SH], ent={"name": "Yolanda Cisneros", "postal_code": "52776"}, cat="share",
      note="Spanish: keep the catalog, do not share name and address: sharing only"),
    P("sh-es-short", "phc", "es", "iphone-es", "", "r.quintanilla88@icloud.com", "datos",
      "2026-09-11 12:44", "No vendan mis datos a nadie por favor",
      [SH], cat="share", note="Spanish phone one-liner 'don't sell my data to anyone': sharing opt-out"),
    P("sh-reply-footer", "phc", "en", "gmail", "Harriet Obermeyer", "hobermeyer@gmail.com",
      "Re: Stay warm for less: 20% off heaters, throws and weatherstrip", "2026-10-06 09:02",
      "I'm replying like it says at the bottom. Please don't share my name and address. I still want your emails.\n\n"
      "Harriet",
      [SH], ent={"name": "Harriet"}, cat="share",
      quote=dict(mode="reply", orig=ours.make("sale", "2026-10-06 06:00", "Harriet", to="hobermeyer@gmail.com")),
      note="Reply to our sale mail as its footer invites: don't share, keep the e-mails: sharing only"),
    P("sh-cc-fineprint", "cc", "en", "outlook-com", "Gordon Tjaden", "gtjaden@hotmail.com",
      "Fine print in the PowerHouse catalog", "2026-04-27 16:25",
      "Hi,\n\nI read the fine print inside the back cover of the PowerHouse Catalog that says you make your customer "
      "list available to other companies. I'm an Alliant electric customer as well as a catalog shopper. Keep my "
      "name off anything you give out. Account 3301 774 2190.\n\nGordon Tjaden",
      [SH], ent={"name": "Gordon Tjaden", "account": "3301 774 2190"}, cat="share",
      note="Sent to customercare about the catalog's list sharing: sharing opt-out; utility account with spaces"),
    P("sh-if-you-do", "phc", "en", "comcast", "Ellen Marchetti", "ellenmarchetti@comcast.net",
      "Question about my name", "2026-05-04 11:38",
      "Do you share your customers' names with other catalogs? If you do, I want out of it.\n\n"
      "Ellen Marchetti\nCust. No. 6612 0048",
      [SH, Q], ent={"name": "Ellen Marchetti", "account": "6612 0048"}, cat="share+q",
      note="'If you do, I want out': the catalog does share, so a sharing opt-out; the yes/no question still wants an answer"),

    # ---------------------------------------------------------------- stop the catalog (marketing)
    P("mk-address", "phc", "en", "o365", "Kristin Lauer", "klauer@uiowa-alum.org", "Remove from catalog mailing",
      "2026-02-18 12:05",
      "Please stop sending the PowerHouse Catalog to Kristin Lauer, 1418 Olive Street, Cedar Falls IA 50613.\n\n"
      "Thank you.",
      [MK], ent={"name": "Kristin Lauer", "postal_code": "50613"}, cat="marketing",
      note="Plain request to stop the catalog, name and address in one line"),
    P("mk-keycode", "phc", "en", "yahoo", "Warren Stiefel", "wstiefel44@yahoo.com", "Take me off",
      "2026-03-29 10:14",
      "Take me off your catalog mailing list. The number above my name on the back cover is 0093317-K.\n\n"
      "W. Stiefel",
      [MK], ent={"name": "W. Stiefel", "account": "0093317-K"}, cat="marketing",
      note="Stop the catalog; the customer number is read off the back-cover label; the initial-and-surname signature is the name as written"),
    P("mk-unsub-subject", "cc", "en", "gmail-android", "", "tyler.m.roche@gmail.com",
      "Unsubscribe", "2026-06-19 07:12", "unsubscribe me from the catalog mailings",
      [MK], cat="marketing", note="Subject 'Unsubscribe' and 'unsubscribe me from the catalog mailings': marketing"),
    P("mk-keep-paper", "cc", "en", "gmail", "Nora Whitcomb", "nora.whitcomb@gmail.com",
      "Too many emails", "2026-11-16 20:31",
      "Hi there - I like getting the paper catalog and I'll keep ordering from it, but four emails a week is too "
      "much. Please stop the emails.\n\nNora",
      [MK], ent={"name": "Nora"}, cat="marketing-channel",
      note="Channel-limited: keep the paper catalog, stop the e-mails: marketing opt-out (e-mail channel)"),
    P("mk-es-channel", "phc", "es", "outlook-es", "Ramiro Ledesma", "ramiro.ledesma@outlook.com",
      "Correos del catálogo", "2026-05-13 18:50",
      "Hola,\n\nYa no me manden correos de promociones por favor. El catálogo de papel sí lo quiero seguir "
      "recibiendo en mi casa.\n\nRamiro Ledesma",
      [MK], ent={"name": "Ramiro Ledesma"}, cat="marketing-channel",
      note="Spanish channel limit: no promotional e-mails, keep the paper catalog: marketing only"),
    P("mk-share-whatever", "phc", "en", "webmail", "Phil Uhlenhake", "puhlenhake@netins.net",
      "no more catalogs", "2026-08-25 14:02",
      "I don't care who you share my name with, everybody has it anyway. I just don't want the catalog any more, "
      "it goes straight to recycling.\n\nPhil Uhlenhake\nAlgona IA 50511",
      [MK], ent={"name": "Phil Uhlenhake", "postal_code": "50511"}, cat="marketing",
      note="'Share whatever, just stop the catalog': marketing only, explicitly not sharing"),
    P("mk-office", "phc", "en", "o365", "Stacy Rindfleisch", "srindfleisch@hawkeyefamilydental.com",
      "Catalogs to our office", "2026-01-27 09:48",
      "Hello,\n\nI'm the office manager at Hawkeye Family Dental. We receive five copies of your catalog every "
      "mailing, addressed to people who have not worked here in years. Please remove our office address from your "
      "catalog mailing list:\n\nHawkeye Family Dental\n2240 Edgewood Rd SW, Suite 3\nCedar Rapids IA 52404\n\n"
      "Thank you,\nStacy Rindfleisch\nOffice Manager\nHawkeye Family Dental | 319-555-0172",
      [MK], ent={"name": "Stacy Rindfleisch", "postal_code": "52404"}, cat="business",
      note="Office manager stopping catalogs to the business's own address (standing for the premises): marketing"),
    P("mk-stop-reply", "phc", "en", "iphone", "", "jlangstraat@icloud.com",
      "Re: Gifts that save energy - order by Dec. 15 for holiday delivery", "2026-12-02 17:40", "STOP",
      [MK], cat="marketing", sig=False,
      quote=dict(mode="reply", orig=ours.make("holiday", "2026-12-02 07:00", to="jlangstraat@icloud.com")),
      note="'STOP' under our holiday promotion: marketing opt-out"),
    P("mk-caps", "phc", "en", "aol", "Leona Buchheit", "leonabuchheit@aol.com", "NO MORE CATALOGS",
      "2026-04-14 09:26",
      "PLEASE NO MORE CATALOGS. I AM 91 YEARS OLD AND DO NOT ORDER ANYTHING ANYMORE. THANK YOU.\n\n"
      "LEONA BUCHHEIT\nMANCHESTER IOWA 52057",
      [MK], ent={"name": "LEONA BUCHHEIT", "postal_code": "52057"}, cat="marketing",
      note="All caps from an elderly customer: stop the catalog; name kept as written"),
    P("mk-cc-asked", "cc", "en", "o365", "Robert Gaul", "rgaul@gaulinsurance.net",
      "PowerHouse catalog - third request", "2026-09-22 15:05",
      "This is the third time I've asked. Stop sending me the PowerHouse Catalog. I called in June and e-mailed in "
      "August and it is still coming. I'd like to know why this hasn't been taken care of.\n\nRobert Gaul\n"
      "Waverly, IA 50677",
      [MK, Q], ent={"name": "Robert Gaul", "postal_code": "50677"}, cat="marketing+q",
      note="States what to stop (not a bare reference); the complaint that earlier requests were ignored asks 'why': marketing + question"),
    P("mk-cc-emails", "cc", "en", "gmail", "Carla Huebsch", "carla.huebsch@gmail.com",
      "Catalog sale emails", "2026-10-19 11:22",
      "Please stop the emails about catalog sales. I signed up for paperless billing, I only want my bill "
      "notices by email, not ads.\n\nCarla Huebsch",
      [MK], ent={"name": "Carla Huebsch"}, cat="marketing-channel",
      note="Stop catalog sale e-mails, keep bill e-mails: marketing opt-out limited to promotions"),
    P("mk-es-catalogo", "phc", "es", "samsung-es", "Maricela Orozco", "maricelaorozco@yahoo.com",
      "Catalogo", "2026-02-24 19:33",
      "Por favor ya no me envien el catalogo a mi casa.\nMaricela Orozco\nDenison Iowa 51442",
      [MK], ent={"name": "Maricela Orozco", "postal_code": "51442"}, cat="marketing",
      note="Spanish without accents from a Galaxy phone (base64 body): stop the catalog"),
    P("mk-es-cc", "cc", "es", "gmail-es", "Héctor Villalobos", "hvillalobos.mx@gmail.com",
      "Ofertas por correo", "2026-06-08 21:47",
      "Buenas noches. No quiero recibir más ofertas ni promociones por correo electrónico, ni del catálogo ni de "
      "Alliant. Mi cuenta de luz es 7710-2248-19.\n\nHéctor Villalobos",
      [MK], ent={"name": "Héctor Villalobos", "account": "7710-2248-19"}, cat="marketing-channel",
      note="Spanish to customercare: no more offers or promotions by e-mail from the catalog or Alliant: marketing"),
    P("mk-household-fwd", "phc", "en", "gmail", "Amy Dostal", "amydostal@gmail.com", "Fwd: catalog",
      "2026-03-10 20:05",
      "Mike's right, neither of us reads it. Please take both of us off the PowerHouse catalog list - Amy and Mike "
      "Dostal, 402 4th Ave NE, Mount Vernon IA 52314.",
      [MK], ent={"name": "Amy", "postal_code": "52314"}, cat="household",
      quote=dict(mode="fwd", orig=ours.other("Mike Dostal", "mdostal@gmail.com", "amydostal@gmail.com", "catalog",
                                             "2026-03-10 18:40",
                                             "can you email the powerhouse people and tell them to quit sending that "
                                             "catalog? another one came today", "mail.gmail.com")),
      note="Spouse forwards her husband's note and adds her own 'take both of us off': household request, clear marketing"),
    P("mk-executor", "phc", "en", "o365", "Joan Wiebbecke", "jwiebbecke@outlook.com",
      "Catalogs for my late husband", "2026-05-27 13:19",
      "Good afternoon,\n\nMy husband, Duane Wiebbecke, passed away in February. I am the executor of his estate and "
      "the account holder at our home now. Please stop sending catalogs addressed to him at 3315 Hillcrest Dr, "
      "Ames IA 50010.\n\nJoan Wiebbecke",
      [MK], ent={"name": "Duane Wiebbecke", "postal_code": "50010"}, cat="on-behalf",
      note="Widow states she is executor and account holder: standing is clear, marketing; entity names the person the request is for"),

    # ---------------------------------------------------------------- both
    P("both-plain", "cc", "en", "gmail", "Curtis Amundson", "curtis.amundson@gmail.com",
      "Remove me", "2026-01-06 19:58",
      "Stop sending me the catalog and don't sell my name to anybody either.\n\nCurtis Amundson\nOwatonna MN 55060",
      [MK, SH], ent={"name": "Curtis Amundson", "postal_code": "55060"}, cat="both",
      note="Stop the catalog and don't sell my name: both opt-outs"),
    P("both-rent-out", "phc", "en", "outlook-com", "Sharon Vrba", "sharonvrba@msn.com",
      "Mailing list removal", "2026-02-11 08:47",
      "Please remove me from your catalog list and also from any lists you rent out. I'm closing this msn "
      "account, so please answer at sharon.vrba@icloud.com.\n\nSharon Vrba\n"
      "Customer #: PH-0553190\nTama, IA 52339",
      [MK, SH], ent={"name": "Sharon Vrba", "postal_code": "52339", "account": "PH-0553190"}, cat="both",
      reply_to=("Sharon Vrba", "sharon.vrba@icloud.com"), ack="reply",
      note="Remove from the catalog list and from rented lists: both; she asks to be answered at her Reply-To"),
    P("both-es", "phc", "es", "gmail-es", "Lucía Barrientos", "luciabarrientos@gmail.com",
      "Sacarme de la lista", "2026-04-20 17:35",
      "Hola, buenas tardes.\n\nQuiero que me saquen de su lista de correo del catálogo y que no le den mis datos a "
      "nadie más. Me llegan catálogos de tiendas que ni conozco.\n\nLucía Barrientos\nCódigo postal 52761",
      [MK, SH], ent={"name": "Lucía Barrientos", "postal_code": "52761"}, cat="both",
      note="Spanish: off the mailing list and don't give my data to anyone: both"),
    P("both-coop", "phc", "en", "thunderbird-html", "Ingrid Saathoff", "isaathoff@netins.net",
      "Catalog and co-op", "2026-07-01 10:40",
      "Please take me off the PowerHouse mailing list and out of whatever co-op you send your names to. I'm "
      "getting twenty catalogs a month.\n\nIngrid Saathoff\n50648",
      [MK, SH], ent={"name": "Ingrid Saathoff", "postal_code": "50648"}, cat="both",
      note="Off the catalog and out of the co-op: both opt-outs"),
    P("both-household", "phc", "en", "comcast", "Walt Fjelstad", "wfjelstad@comcast.net",
      "Our catalog", "2026-08-17 16:12",
      "My wife and I would like no more PowerHouse catalogs, and we do not want our name traded to other companies."
      "\n\nWalt Fjelstad\nCust # 11 20 4471\nDecorah 52101",
      [MK, SH], ent={"name": "Walt Fjelstad", "postal_code": "52101", "account": "11 20 4471"}, cat="both",
      note="A husband for himself and his wife, same household: both opt-outs"),
    P("both-dm-terse", "phc", "en", "o365", "Gail Penner", "gpenner@pennerassociates.com",
      "DNM / DNR / DNE", "2026-09-03 08:09",
      "Do not mail. Do not rent. Do not exchange.\n\nGail Penner\n4720 Mormon Trek Blvd, Iowa City IA 52246",
      [MK, SH], ent={"name": "Gail Penner", "postal_code": "52246"}, cat="both",
      note="Mail-industry shorthand: do not mail (marketing), do not rent/exchange (sharing)"),
    P("both-gift", "phc", "en", "yahoo-android", "", "katiejo.brenneman@yahoo.com",
      "I never signed up", "2026-01-19 21:08",
      "My aunt ordered me a gift from you two Christmases ago and ever since I get your catalog. I never signed up "
      "for this. Please take me off your list and don't pass my address along to anyone.\n\nKatie Brenneman",
      [MK, SH], ent={"name": "Katie Brenneman"}, cat="gift",
      note="Gift recipient who never ordered: stop the catalog and don't pass the address on: both"),
    P("both-q-cc", "cc", "en", "gmail", "Dennis Oltmanns", "d.oltmanns@gmail.com",
      "PowerHouse Catalog and my information", "2026-10-27 22:30",
      "Stop the catalog. Don't share my name with anyone. And I want to know which companies you have already "
      "given it to.\n\nDennis Oltmanns\nElectric acct 4403-1182-26",
      [MK, SH, Q], ent={"name": "Dennis Oltmanns", "account": "4403-1182-26"}, cat="both+q",
      note="Both opt-outs plus a demand to know who received his name: question too"),
    P("both-es-phone", "cc", "es", "samsung-es", "", "adrian.galeana77@gmail.com", "ya no",
      "2026-11-09 19:27",
      "Ya no quiero el catalogo powerhouse y no quiero que vendan mi direccion. Adrian Galeana 52641",
      [MK, SH], ent={"name": "Adrian Galeana", "postal_code": "52641"}, cat="both",
      note="Spanish from a phone to customercare: no catalog, don't sell my address: both"),
    P("mk-q-refund", "phc", "en", "outlook-com", "Paula Engebretson", "paula_engebretson@hotmail.com",
      "Refund and emails", "2026-03-23 12:18",
      "Hi,\n\nTwo things. Please unsubscribe me from the promotional emails. And I returned the LED shop light "
      "(order PH-2251873) three weeks ago and haven't seen the refund on my card yet. Can you check on it?\n\n"
      "Paula Engebretson",
      [MK, Q], ent={"name": "Paula Engebretson"}, cat="marketing+q",
      note="Unsubscribe from promo e-mails plus a refund question: marketing + question; order number is not an account"),
    P("mk-q-es-return", "phc", "es", "yahoo", "Consuelo Ibarra", "consuelo_ibarra@yahoo.com",
      "Devolucion y catalogo", "2026-06-15 10:55",
      "Buenos días. Compré un calentador y no calienta bien, ¿cómo lo devuelvo? También les pido que ya no me "
      "manden el catálogo, casi no lo uso.\n\nConsuelo Ibarra\nPerry, IA 50220",
      [MK, Q], ent={"name": "Consuelo Ibarra", "postal_code": "50220"}, cat="marketing+q",
      note="Spanish: how do I return a heater, and stop the catalog: marketing + question"),
    P("sh-q-email", "phc", "en", "applemail", "Miriam Tesdahl", "miriam.tesdahl@mac.com",
      "Sharing", "2026-07-22 14:36",
      "Please don't share my name and mailing address with other companies. Is my email address shared too? If so "
      "I'd like that stopped as well.\n\nMiriam Tesdahl\nDecorah, Iowa",
      [SH, Q], ent={"name": "Miriam Tesdahl"}, cat="share+q",
      note="Do not share plus a question whether e-mail is shared: sharing + question"),
]
