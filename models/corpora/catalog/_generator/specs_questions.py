# -*- coding: utf-8 -*-
"""Orders, returns, billing, how sharing works, opting back in, duplicates, fewer catalogs, moves; thank-yous."""
from spec import P
import ours

SH, MK, Q = "catalog_share_opt_out", "marketing_opt_out", "question"

SPECS = [
    P("q-where-order", "cc", "en", "gmail", "Brianna Sikorski", "brianna.sikorski@gmail.com",
      "Where is my order?", "2026-02-06 13:22",
      "Hi, I ordered two of the plug-in power meters on January 22 (order PH-2239014) and nothing has shown up and "
      "I never got a shipping email. Can you tell me what's going on?\n\nThanks,\nBrianna Sikorski\n"
      "Customer ID C-0418820",
      [Q], ent={"name": "Brianna Sikorski", "account": "C-0418820"}, cat="order",
      note="Order status question, no privacy request"),
    P("q-return-cracked", "phc", "en", "iphone", "Mark Tewes", "marktewes@icloud.com",
      "Broken fan", "2026-07-09 18:45",
      "The ceiling fan I got from you came with a cracked blade housing. How do I return it or get a replacement? "
      "Box is big, I'd rather not pay shipping.\n\nMark",
      [Q], ent={"name": "Mark"}, cat="return", note="Return of a damaged item: question only"),
    P("q-charged-twice", "cc", "en", "o365", "Angela Rottinghaus", "arottinghaus@cityofwaverly.net",
      "Double charge", "2026-04-02 10:31",
      "Hello,\n\nMy credit card shows two charges of $64.87 from PowerHouse Catalog on March 28. I only placed one "
      "order. Please refund the duplicate.\n\nAngela Rottinghaus\nacct. no. 50-6612-004",
      [Q], ent={"name": "Angela Rottinghaus", "account": "50-6612-004"}, cat="billing",
      note="Duplicate card charge: billing question"),
    P("q-onbill-cc", "cc", "en", "outlook-com", "Kevin Mraz", "kmraz1961@live.com",
      "PowerHouse charge on my electric bill", "2026-05-18 08:03",
      "Good morning. I put a catalog order on my Alliant bill like the order form allows, but this month's bill "
      "shows the $39.95 twice. Account 2210 4471 88. Can someone fix it before it's due?\n\nKevin Mraz",
      [Q], ent={"name": "Kevin Mraz", "account": "2210 4471 88"}, cat="billing",
      note="Catalog order billed twice on the utility bill: billing question to customercare"),
    P("q-how-sharing", "phc", "en", "gmail", "Samuel Osei", "samuel.osei.ia@gmail.com",
      "How does your list sharing work?", "2026-03-02 21:17",
      "Hi,\n\nThe back of the catalog says you make your list available to other companies. Who exactly gets it - "
      "only other catalogs or anyone who pays? Does it include my email and what I bought, or just my name and "
      "address? Just trying to understand before I decide anything.\n\nSamuel Osei",
      [Q], ent={"name": "Samuel Osei"}, cat="how-sharing",
      note="Asks how sharing works and says he has not decided: question only, no opt-out"),
    P("q-how-optout-share", "cc", "en", "yahoo", "Rhonda Kalb", "rhondakalb@yahoo.com",
      "sharing my name", "2026-06-24 12:09",
      "How do I stop the PowerHouse Catalog from sharing my name with other companies? Is there a form?\n\nRhonda",
      [Q], ent={"name": "Rhonda"}, cat="how-sharing",
      note="Asks how to stop sharing, does not ask us to do it: question only (LABELS.md hard case)"),
    P("q-es-howlong", "phc", "es", "gmail-es", "Gerardo Sandoval", "gsandoval.ia@gmail.com",
      "Pregunta sobre el catálogo", "2026-08-12 19:40",
      "Buenas noches. Si pido que ya no me llegue el catálogo, ¿cuánto tiempo tarda en dejar de llegar? Y ¿se "
      "puede hacer por teléfono?\n\nGerardo Sandoval",
      [Q], ent={"name": "Gerardo Sandoval"}, cat="how-optout",
      note="Spanish: how long would stopping take, can it be done by phone: hypothetical, question only"),
    P("q-optin-catalog", "phc", "en", "aol", "Doris Hemesath", "dorishemesath@aol.com",
      "Put me back on", "2026-09-08 14:50",
      "Last year I asked you to stop sending me the catalog. Well I miss it! Please put me back on the mailing "
      "list.\n\nDoris Hemesath\n607 W Water St\nDecorah IA 52101",
      [Q], ent={"name": "Doris Hemesath", "postal_code": "52101"}, cat="opt-in",
      note="Opting back in: question; the old removal she mentions is not a new opt-out"),
    P("q-optin-share", "phc", "en", "o365", "Greg Hartung", "greg@hartungmercantile.com",
      "Sharing preference change", "2026-10-01 09:15",
      "Hi,\n\nA couple of years ago I told you not to share my name. I've changed my mind - I run a small hardware "
      "store and actually want to hear from suppliers and other catalogs. You can take the do-not-share flag off "
      "my account (#PH55021873).\n\nGreg Hartung\nHartung Mercantile, Elkader IA 52043",
      [Q], ent={"name": "Greg Hartung", "postal_code": "52043", "account": "#PH55021873"}, cat="opt-in",
      note="Withdraws an old do-not-share: opting back in is a question, not an opt-out"),
    P("q-dupes", "phc", "en", "comcast", "Gerald Kuehn", "gkuehn@comcast.net", "Three catalogs",
      "2026-02-16 11:02",
      "We get three copies of every catalog. One to Gerald Kuehn, one to Gerald Keuhn and one to Jerry Kuehn. Same "
      "address. One is plenty! Can you combine them?\n\nGerald Kuehn\n1903 Prairie View Dr, Marion IA 52302",
      [Q], ent={"name": "Gerald Kuehn", "postal_code": "52302"}, cat="duplicates",
      note="Duplicates to misspelled names: wants one copy, not none: question"),
    P("q-dupes-es", "phc", "es", "outlook-es", "María González", "maria.gonzalez.dsm@outlook.com",
      "Catálogos repetidos", "2026-11-04 17:26",
      "Hola,\n\nMe llegan dos catálogos iguales, uno a nombre de \"Maria Gonzales\" y otro a \"María González\". "
      "Las dos soy yo. ¿Pueden dejar solo uno, el que tiene mi nombre bien escrito?\n\nMaría González\n"
      "Des Moines, IA 50315",
      [Q], ent={"name": "María González", "postal_code": "50315"}, cat="duplicates",
      note="Spanish duplicates under a misspelled name: keep one copy: question"),
    P("q-fewer-seasonal", "phc", "en", "gmail", "Tricia Lansing", "tricia.lansing@gmail.com",
      "So many catalogs", "2026-04-29 20:48",
      "I feel like I get a PowerHouse catalog every two weeks. Could you send me just the big seasonal ones? I do "
      "order from you a few times a year so I don't want to be taken off completely.\n\nTricia Lansing\nZIP 54601",
      [Q], ent={"name": "Tricia Lansing", "postal_code": "54601"}, cat="fewer",
      note="Fewer, not none, and says not to remove her: a request staff must handle, question only"),
    P("q-fewer-yearly", "cc", "en", "iphone", "Russ Bergan", "rbergan@me.com", "Catalog frequency",
      "2026-08-31 07:33",
      "Is there a way to get the PowerHouse catalog just once a year? The holiday one is the only one I use.",
      [Q], cat="fewer", note="Once a year instead of every issue: fewer is not stop; question only"),
    P("q-moved", "cc", "en", "thunderbird", "Evelyn Stark", "evelyn.stark@mediacombb.net",
      "New address", "2026-06-03 15:12",
      "Hello,\n\nWe have moved from Clinton to Bettendorf. Please send the catalog to our new address:\n\n"
      "Evelyn Stark\n5540 Crow Creek Rd\nBettendorf, IA 52722\n\nOld address was 211 S 4th St, Clinton IA 52732.\n\n"
      "Thank you,\nEvelyn",
      [Q], ent={"name": "Evelyn Stark", "postal_code": "52722"}, cat="move",
      note="Change of address: question; postal_code is the new one"),
    P("q-gift-how", "cc", "en", "gmail", "Jasmine Okafor", "jasmine.okafor@gmail.com",
      "How did you get my address?", "2026-01-30 19:05",
      "Hi, I started getting the PowerHouse Catalog a few months ago. I have never ordered from it. The only thing "
      "I can think of is that my brother sent me a gift from it. How did you get my name and address?\n\nJasmine",
      [Q], ent={"name": "Jasmine"}, cat="gift",
      note="Gift recipient asks how we got her address; no request to stop: question only"),
    P("q-strangers", "cc", "en", "aol", "Clarence Wubben", "cwubben@aol.com", "Catalogs",
      "2026-03-14 10:10",
      "I am getting catalogs from companies I never heard of. Lawn ornaments, orthopedic shoes, a cheese company "
      "in Vermont. The only catalog I ever ordered from is yours. Is this coming from you?\n\nClarence Wubben",
      [Q], ent={"name": "Clarence Wubben"}, cat="strangers",
      note="Complaint about unknown catalogs ending in a question; he does not ask us to stop sharing: question only"),
    P("q-data-access", "cc", "en", "o365", "Priya Raghunathan", "priya.raghunathan@rockwellcollins-alumni.org",
      "Request for my personal information", "2026-07-06 09:41",
      "Hello,\n\nPlease send me a copy of the personal information Alliant Energy and the PowerHouse Catalog hold "
      "about me, including purchase history and any lists my name has been provided to.\n\nPriya Raghunathan\n"
      "Hiawatha, IA 52233",
      [Q], ent={"name": "Priya Raghunathan", "postal_code": "52233"}, cat="data-access",
      note="Request for a copy of her data: clear question"),
    P("q-es-product", "phc", "es", "iphone-es", "Teresa", "teresa.mendoza.h@icloud.com", "Focos",
      "2026-05-09 16:27",
      "Hola, ¿todavía tienen los focos LED en caja de 12 que salían en el catálogo de primavera? No los encuentro "
      "en la página.\n\nTeresa",
      [Q], ent={"name": "Teresa"}, cat="order", note="Spanish product question: question only"),
    P("q-es-spanish-book", "phc", "es", "gmail-es", "Osvaldo Peña", "osvaldopena.ia@gmail.com",
      "¿Catálogo en español?", "2026-09-28 13:13",
      "Buenas tardes. ¿Existe el catálogo PowerHouse en español? A mi mamá le gusta ver los productos pero no lee "
      "inglés. Si existe, ¿me lo pueden mandar?\n\nOsvaldo Peña\n52601",
      [Q], ent={"name": "Osvaldo Peña", "postal_code": "52601"}, cat="catalog-request",
      note="Spanish: asks for a Spanish catalog: question"),
    P("q-scam-check", "cc", "en", "gmail-android", "", "brookelynn.thiele@gmail.com",
      "Is this real?", "2026-02-21 14:58",
      "Got a PowerHouse Catalog in the mail with the Alliant logo on it. Is that actually you or some scam using "
      "your name?",
      [Q], cat="scam-check", note="Asks whether the catalog is really ours: question"),
    P("q-es-scam-check", "cc", "es", "samsung-es", "", "nayeli.rosas.g@gmail.com", "catalogo",
      "2026-10-13 20:20",
      "Buenas, me llego un catalogo PowerHouse que dice Alliant Energy. Es de ustedes? Como consiguieron mi "
      "direccion si yo nunca pedi nada?\nNayeli Rosas",
      [Q], ent={"name": "Nayeli Rosas"}, cat="scam-check",
      note="Spanish without accents from a phone: is the catalog yours, how did you get my address: question"),
    P("q-rebate", "cc", "en", "outlook-com", "Fred Schaumburg", "fschaumburg@outlook.com",
      "Thermostat rebate", "2026-11-23 10:44",
      "I bought a smart thermostat from the PowerHouse Catalog in October. Does it still qualify for the Alliant "
      "thermostat rebate, and where do I send the receipt?\n\nFred Schaumburg\n2210-9981-03",
      [Q], ent={"name": "Fred Schaumburg", "account": "2210-9981-03"}, cat="billing",
      note="Rebate question about a catalog purchase: question only"),
    P("q-business-redirect", "phc", "en", "o365", "Leah Drenkow", "ldrenkow@prairiecreekschools.org",
      "Catalog addressee", "2026-08-04 13:36",
      "Hi,\n\nYour catalog comes to our district office addressed to \"Facilities Director\". Could you change it "
      "to Tom Seberger, Buildings & Grounds, 800 1st St NW, Mount Vernon IA 52314? Our front office just throws "
      "them out otherwise.\n\nLeah Drenkow\nAdministrative Assistant\nPrairie Creek Community Schools",
      [Q], ent={"name": "Leah Drenkow", "postal_code": "52314"}, cat="business",
      note="A school office wants the catalog readdressed, not stopped: question"),
    P("q-taxexempt", "phc", "en", "webmail", "St. Paul's Lutheran Church", "office@stpaulsmaquoketa.org",
      "Tax exempt order", "2026-03-26 11:49",
      "Good morning,\n\nOur church would like to order 40 LED tube lights from the spring catalog. We are tax "
      "exempt. How do we send our exemption certificate, and can we be invoiced instead of paying by card?\n\n"
      "Lois Kettwig, Parish Secretary\nSt. Paul's Lutheran Church\nMaquoketa IA 52060",
      [Q], ent={"name": "Lois Kettwig", "postal_code": "52060"}, cat="order",
      reply_to=("Lois Kettwig", "lkettwig@stpaulsmaquoketa.org"), ack="reply",
      note="A church secretary's order and tax question from the office role address: question, answered at her Reply-To"),
    P("q-source-code", "phc", "en", None, "PowerHouse Catalog Contact Form", "noreply-forms@catalog.alliant-energy.com",
      "Contact form: Order question", "2026-04-16 19:21",
      "A visitor submitted the contact form at catalog.alliant-energy.com/contact\n\nName: Heidi Brustkern\n"
      "Email: heidi.brustkern@mac.com\nTopic: Order question\nMessage:\nThe back cover of the catalog I got says "
      "free shipping with source code 7QX, but the website says the code is invalid. Is it expired already? I'm "
      "trying to order the under-cabinet lights.\n\nSubmitted 04/16/2026 7:21 PM CDT from 73.41.208.17",
      [Q], ent={"name": "Heidi Brustkern"}, cat="order", kind="system", via="exchange",
      mid_host="forms.catalog.alliant-energy.com", zone="central-noname", html=False,
      env_from="noreply-forms@catalog.alliant-energy.com",
      reply_to=("Heidi Brustkern", "heidi.brustkern@mac.com"), ack="reply",
      note="Web-form relay (answer at Reply-To); promo source code 7QX is not a customer number, so no account entity"),
    P("n-thanks", "phc", "en", "gmail", "Lorraine Heitz", "lorraineheitz@gmail.com",
      "Re: We received your privacy request [Ref: PHC-26-%05d]", "2026-05-07 10:04",
      "Thank you! Appreciate the quick response.",
      [], ack=None, cat="nothing",
      quote=dict(mode="reply", orig=None),
      note="A thank-you under our acknowledgement: nothing to answer, ack_to null"),
    P("n-compliment", "phc", "en", "yahoo", "Bev Holtkamp", "bevholtkamp@yahoo.com", "Love the new catalog",
      "2026-09-16 15:31",
      "Just wanted to say the fall catalog is the best one yet. The LED candles I bought last year are still "
      "going strong. Keep it up!\n\nBev",
      [], ack=None, cat="nothing", ent={"name": "Bev"},
      note="A compliment that asks for nothing: no labels, ack_to null"),
]

# the thank-you answers an acknowledgement whose reference it repeats
_ack = ours.make("ack", "2026-05-06 09:00", "Lorraine", to="lorraineheitz@gmail.com",
                 what="not to share your name and address with other companies")
for _s in SPECS:
    if _s["id"] == "n-thanks":
        _s["quote"]["orig"] = _ack
        _s["subject"] = "Re: " + _ack["subject"]
