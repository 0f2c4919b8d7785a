"""Questions that are not opt-outs, 'stop' about things that are not marketing, unclear mail, and people who
ask for nothing."""
from spec import S, CC, PH

SPECS = [
    # ------------------------------------------------------------ question only
    S("q-sell-lists", CC, "en", "outlookcom", ("Gary Pfeiffer", "garypfeiffer@msn.com"), "Customer lists",
      "Simple question: do you sell customer lists? I'd like a straight yes or no.\n\nGary Pfeiffer", "Q",
      "Privacy question only; he asks, he does not opt out", ent={"name": "Gary Pfeiffer"}),
    S("q-how-got-address", PH, "en", "gmail", ("Heather Quam", "hquam@gmail.com"), "How did you get my address?",
      "I got a PowerHouse catalog today and I have never ordered from you. How did the catalog get my address?\n\n"
      "Heather", "Q", "Asks where the address came from; no request to stop or not share",
      ent={"name": "Heather"}),
    S("q-es-como-consiguieron", PH, "es", "mediacom", ("Socorro Delgado", "sdelgado@mchsi.com"), "pregunta",
      "Buenas tardes. Me llegó su catálogo pero yo nunca he comprado nada con ustedes. ¿Cómo consiguieron mi "
      "nombre y mi dirección?\n\nSocorro Delgado", "Q",
      "Spanish: how did you get my name and address; a question, not an opt-out",
      ent={"name": "Socorro Delgado"}, charset="iso-8859-1"),
    S("q-how-to-stop", PH, "en", "iphone", ("", "lmcardle@icloud.com"), "catalog",
      "how do I stop the catalog", "Q",
      "A how-to question about opting out is a question only (LABELS.md)"),
    S("q-es-paperless", CC, "mixed", "gmail", ("Veronica Pena", "veronicapena.cr@gmail.com"), "factura de papel",
      "Hola, please stop mailing me the paper bill, quiero recibirla solo por email. Mi cuenta es 8120447735.\n\n"
      "Veronica Pena", "Q",
      "'Stop' the paper bill is a billing change (go paperless), not a marketing opt-out",
      ent={"name": "Veronica Pena", "account": "8120447735"}),
    S("q-disconnect-notice", CC, "en", "yahoo", ("Marcus Bell", "marcusbell319@yahoo.com"), "STOP the disconnect notices",
      "Stop sending me disconnection notices!!! I paid on the 3rd, confirmation number 77120934. Check your records.\n\n"
      "Marcus Bell\nAcct 30-4419-22", "Q",
      "'Stop' about a service/billing notice, with a payment dispute: question, not marketing",
      ent={"name": "Marcus Bell", "account": "30-4419-22"}),
    S("q-pastdue-calls", CC, "en", "outlookcom", ("Tanya Grimes", "tanyagrimes@outlook.com"), None,
      "Please stop calling me about the past-due balance. I set up a payment plan with your rep Denise on Monday and\n"
      "I've been called twice since.\n\nTanya Grimes", "Q",
      "Reply to our past-due notice asking to stop collection calls: a billing matter, not marketing",
      quote="pastdue", ent={"name": "Tanya Grimes"}),
    S("q-es-outage-texts", CC, "es", "android", ("Luis Arreola", "luisarreola.cr@gmail.com"), "mensajes de texto",
      "Ya no quiero los mensajes de texto de los apagones, me llegan a las 3 de la mañana y despiertan a los niños. "
      "¿Cómo los quito?\n\nLuis Arreola", "Q",
      "Spanish: stop outage texts (service alerts), with a how-to: question only",
      ent={"name": "Luis Arreola"}),
    S("q-meter-reader", CC, "en", "gmail", ("Brent Solberg", "brentsolberg@gmail.com"), "meter reader",
      "Stop sending the meter reader to my house. I have a dog and a locked gate and he keeps leaving it open.\n"
      "Can't you read these meters remotely by now?\n\nBrent Solberg\n53590", "Q",
      "'Stop' about meter-reader visits: a service request",
      ent={"name": "Brent Solberg", "postal_code": "53590"}),
    S("q-promo-texts-only", CC, "en", "iphone", ("Devon Price", "devonprice@icloud.com"), "texts",
      "Stop texting me promotions. I never gave you permission to send me marketing texts.", "Q",
      "Marketing by text only: the label covers postal mail and e-mail, so this is a question for a person "
      "(doubtful; see README)"),
    S("q-sales-calls", CC, "en", "aol", ("Dolores Kimmel", "doloreskimmel@aol.com"), "phone calls",
      "Your people keep calling me to sell the surge protection plan. Three times this week. Make it stop.\n\n"
      "Dolores Kimmel", "Q",
      "Sales calls only (phone is not a mail or e-mail channel): a question for a person",
      ent={"name": "Dolores Kimmel"}),
    S("q-es-bill-amount", CC, "es", "gmail", ("Patricia Salinas", "patysalinas@gmail.com"), "Mi factura",
      "Buenas tardes,\n\nMi factura de este mes es de $268 y normalmente pago como $120. No tengo aparatos nuevos. "
      "Quiero que alguien revise el medidor o me explique por qué subió tanto.\n\nPatricia Salinas\n"
      "Cuenta 002-558-9134-6", "Q",
      "Spanish: complaint about the bill amount; a complaint needs a human answer",
      ent={"name": "Patricia Salinas", "account": "002-558-9134-6"}),
    S("q-outage", CC, "mixed", "android", ("Beto", "beto.hernandez@gmail.com"), "power out",
      "Power has been out on Maple Ave since 6am, when is it coming back? Tengo medicina en el refri.\n\nBeto", "Q",
      "Mixed English/Spanish outage question", ent={"name": "Beto"}),
    S("q-close-moving", CC, "en", "outlookcom", ("Kelsey Nygaard", "kelseynygaard@outlook.com"), "Closing my account",
      "Hi, I'm moving out of my apartment on the 30th. Please close my account as of that day and send the final\n"
      "bill to my new address, 1809 W Main St, Apt 4, Marshalltown IA 50158.\n\nKelsey Nygaard", "Q",
      "Close account because of a move: a service request, not a deletion request",
      ent={"name": "Kelsey Nygaard", "postal_code": "50158"}),
    S("q-hypothetical-rebate", CC, "en", "gmail", ("Russ Halvorsen", "russhalvorsen@gmail.com"), "rebate question",
      "If I opt out of your emails, will I still get my thermostat rebate check? I don't want to mess that up.\n\n"
      "Russ", "Q", "Hypothetical opt-out ('if I opt out...'): a question, no request yet",
      ent={"name": "Russ"}),
    S("q-opt-back-in", PH, "en", "yahoo", ("Carol Ahrens", "carolahrens@yahoo.com"), "back on the list",
      "I asked to be taken off a few years ago but I miss the catalog. Could you put me back on? Same address.\n\n"
      "Carol Ahrens\n54952", "Q", "Opting back in is a question; the old removal is not a new opt-out",
      ent={"name": "Carol Ahrens", "postal_code": "54952"}),
    S("q-es-copia-datos", CC, "es", "outlookcom", ("Héctor Valdez", "hector.valdez@hotmail.com"), "Mis datos",
      "Buenos días, quisiera una copia de toda la información que tienen sobre mí y mi cuenta.\n\nHéctor Valdez",
      "Q", "Spanish: data access request, a clear question", ent={"name": "Héctor Valdez"}, cte="base64"),
    S("q-not-yet", CC, "en", "gmail", ("Priya Raman", "priya.raman@gmail.com"), "Third parties",
      "Hi, I'm not asking to opt out (yet), but I'd like to know which companies you share customer information\n"
      "with, and whether that includes usage data from my smart meter.\n\nThanks,\nPriya Raman", "Q",
      "Explicitly not an opt-out yet: question only", ent={"name": "Priya Raman"}),
    S("q-is-this-real", CC, "en", "iphone", ("Stan Kowalczyk", "stankowalczyk@icloud.com"), "Scam?",
      "Got a text saying my power will be shut off in 30 minutes unless I pay with a gift card. Is that you? "
      "I'm on Fixed Income and I don't want my lights cut.\n\nStan", "Q",
      "Scam question from a customer", ent={"name": "Stan"}),
    S("q-spanglish-how-long", PH, "mixed", "iphone", ("Marisol", "marisol.b.ortega@icloud.com"), "catálogo",
      "Hola, I asked to stop the catalog back in March, how long does it take? Todavía me llega.\n\nMarisol", "Q",
      "How long an opt-out takes is a question only; she names what she asked for, so not an unclear reference",
      ent={"name": "Marisol"}),
    # ------------------------------------------------------------ unclear
    S("u-please-stop", CC, "en", "iphone", ("", "jkoenig55@icloud.com"), "Please stop", "Please stop.", "",
      "No object, no quoted mail: unclear whichever mailbox", unclear=True),
    S("u-es-saquenme", PH, "es", "android", ("", "rosario.vega.ia@gmail.com"), "Hola",
      "Sáquenme por favor.", "",
      "Spanish 'take me out' with no object or context; the catalog mailbox is only a hint: unclear",
      unclear=True),
    S("u-same-as-last", CC, "en", "gmail", ("Peggy Lorenz", "peggylorenz@gmail.com"), "Same as before",
      "Hi, can you do the same as last time? Thank you!\n\nPeggy", "",
      "Reference to an earlier request without saying what it was", unclear=True, ent={"name": "Peggy"}),
    S("u-rental-address", PH, "en", "outlookcom", ("Jeff Sandvig", "jsandvig@outlook.com"), "rental",
      "Same thing for my rental at 14 Birch Ct please.\n\nJeff", "",
      "'Same thing' for another address without saying what: unclear (and possibly for tenants)",
      unclear=True, ent={"name": "Jeff"}),
    S("uq-deceased-mother", CC, "en", "gmail", ("Laura Voss-Patel", "lauravp@gmail.com"), "My mother",
      "Hello,\n\nMy mother, Helen Voss, passed away in May. Please stop everything that is still coming to her at\n"
      "418 Summit St, Iowa City 52245. Also how do I get her final bill settled? I'm handling her estate.\n\n"
      "Laura", "Q",
      "On behalf of a deceased parent (standing not shown) and 'everything' may include service mail; entities "
      "name the mother", unclear=True, ent={"name": "Helen Voss", "postal_code": "52245"}),
    S("u-tenant", PH, "en", "yahoo", ("Rick Lammers", "ricklammers@yahoo.com"), "tenant",
      "My tenant at 33 Park St doesn't want your catalogs, please take her off. Her name is Keisha Brown.\n\n"
      "Rick Lammers, landlord", "",
      "Landlord writing for a tenant: standing unclear; entity is the tenant", unclear=True,
      ent={"name": "Keisha Brown"}),
    S("u-spouse", PH, "en", "outlookcom", ("Sharon Lindgren", "sharonlindgren@outlook.com"), "My husband",
      "My husband asked me to write. He doesn't want his name sold to anyone. Robert Lindgren, La Crosse 54601.",
      "", "Wife writing for her husband, not saying she holds the account: unclear; entities are his",
      unclear=True, ent={"name": "Robert Lindgren", "postal_code": "54601"}),
    S("u-es-papa", PH, "es", "gmail", ("Diana Villalobos", "dianavillalobos@gmail.com"), "Catálogo de mi papá",
      "Hola, mi papá tiene 90 años y ya no quiere recibir el catálogo. Se llama Ernesto Villalobos. Gracias.", "",
      "Spanish: daughter writing for her father; standing unclear; entity is the father",
      unclear=True, ent={"name": "Ernesto Villalobos"}),
    S("u-self-contradict", PH, "en", "gmail", ("Barb Tiedemann", "barbtiedemann@gmail.com"), "catalogs",
      "Stop the catalog. No wait, I want the Christmas one. Actually do whatever, I don't care, but I'm tired of\n"
      "the emails... or not, my daughter uses the coupons in them. Ugh.\n\nBarb", "",
      "Self-contradicting wishes that never settle: unclear", unclear=True, ent={"name": "Barb"}),
    S("u-stop-under-outage", CC, "en", "android", ("", "tmarquardt@gmail.com"), None, "STOP", "",
      "'STOP' under an outage alert (a service message): unclear", unclear=True, quote="outage", sig=False),
    S("u-es-quitar-bill", CC, "es", "gmail", ("", "gabrielaf.cr@gmail.com"), None, "quitar", "",
      "Spanish 'remove' under a bill notice: not a marketing opt-out; unclear", unclear=True, quote="bill"),
    S("u-empty-reply", PH, "en", "outlookcom", ("Jim Wendt", "jimwendt@outlook.com"), None, "", "",
      "Reply to our promotion with no new text; the subject is Re: of our mail: unclear", unclear=True,
      quote="promo_cat_spring"),
    S("uq-delete-everything", CC, "en", "gmail", ("Nathan Coyle", "nathancoyle@gmail.com"), "forget me",
      "Delete everything you have on me and forget I exist.\n\nNathan Coyle", "Q",
      "Delete-everything request: unclear plus question (the bot may not delete account data)",
      unclear=True, ent={"name": "Nathan Coyle"}),
    S("uq-close-and-erase", CC, "en", "outlookcom", ("Joanne Meier", "joannemeier@outlook.com"), "close account",
      "Close my account and erase all my data. I'm going solar and off grid and I'm done with you.\n\n"
      "Joanne Meier\n53913", "Q", "Close plus erase all data: the deletion part makes it unclear plus question",
      unclear=True, ent={"name": "Joanne Meier", "postal_code": "53913"}),
    S("uq-es-borrar", CC, "es", "yahoo", ("Esteban Rojas", "esteban_rojas@yahoo.com"), "borrar mis datos",
      "Quiero que borren todos mis datos de su sistema, todo.\n\nEsteban Rojas", "Q",
      "Spanish: delete all my data: unclear plus question", unclear=True, ent={"name": "Esteban Rojas"}),
    S("uq-front-desk-boss", PH, "en", "outlook", ("Amber Dietz", "frontdesk@lakesiderealtyia.com"),
      "Catalog for Jim Hadley",
      "Hi, I work the front desk at Lakeside Realty. Our broker Jim Hadley gets your catalog at home and here at\n"
      "the office and he wants it stopped at both. Do you need his account number or something?\n\nAmber",
      "Q", "Employee writing for her boss's personal mail: standing unclear; plus a question; entity is the boss",
      unclear=True, ent={"name": "Jim Hadley"}),
    S("u-colleague-relay", PH, "en", "outlook", ("Dana Kruse", "dkruse@alliant-energy.com"),
      "Call center: catalog removal",
      "Hi privacy team,\n\nA customer, Margaret Olander, called the call center today. She wants off the catalog\n"
      "list and doesn't want her name shared. Her ZIP is 52404. Can you handle?\n\nDana Kruse\n"
      "Customer Service Rep II | Alliant Energy", "",
      "A colleague relays a customer's phone request: not the customer's own words, standing not shown; entities "
      "name the customer (doubtful, see README)", unclear=True,
      ent={"name": "Margaret Olander", "postal_code": "52404"}),
    # ------------------------------------------------------------ people who ask for nothing
    S("h-thanks", PH, "en", "gmail", ("Lorraine Fisk", "lorrainefisk@gmail.com"), None,
      "Thank you, the catalogs finally stopped!\n\nLorraine", "",
      "Thank-you under our acknowledgement; asks nothing, no answer due", quote="ack_ph", ack=None,
      ent={"name": "Lorraine"}),
    S("h-colleague-fyi", CC, "en", "outlook", ("Brad Nielsen", "bnielsen@alliant-energy.com"), None,
      "FYI, saw this in the Gazette this morning. Not sure if it affects us.\n\nBrad", "",
      "Colleague forwards a news article 'FYI': a person who asks nothing; no answer due",
      ack=None, ent={"name": "Brad"},
      fwd=dict(name="The Gazette", addr="newsletters@thegazette.com", subject="Iowa's new data privacy law takes effect",
               body="Starting this year, Iowa residents can ask companies to confirm what personal data they hold "
                    "and can opt out of the sale of that data. Businesses have 90 days to respond to requests...")),
    S("h-es-gracias", CC, "es", "android", ("Rocío", "rocio.mtz.ia@gmail.com"), None,
      "Muchas gracias por su ayuda.\n\nRocío", "",
      "Spanish thank-you under our acknowledgement: nothing to answer", quote="ack", ack=None,
      ent={"name": "Rocío"}),
    S("h-crew-thanks", CC, "en", "aol", ("Vern Oltmanns", "vernoltmanns@aol.com"), "Thank you to the line crew",
      "Just wanted to say thank you to the crew that was out on County Road X during the ice storm Tuesday night.\n"
      "They had us back on by 2 a.m. Those boys work hard.\n\nVern Oltmanns", "",
      "Praise for a crew: a person who asks nothing; no answer due", ack=None,
      ent={"name": "Vern Oltmanns"}),
]
