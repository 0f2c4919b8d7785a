"""Customers writing in English, November 2025 to January 2026."""
from spec import H

CC, PH = "customercare", "powerhousecatalog"

SPECS = [
    # ---------------------------------------------------------------- plain marketing opt-outs
    H("m-rebate-flyers", CC, "gmail", "2025-11-04 19:12", ("Ruth Ann Bergstrom", "rabergstrom58@gmail.com"),
      "rebate flyers",
      "Hello,\n\nCould you please take me off the paper mailing list for the rebate flyers and the furnace tune-up\n"
      "postcards? We get one every week or two and they go straight in the recycling.\n\n"
      "Ruth Ann Bergstrom\n1718 Ellis Blvd NW\nCedar Rapids, IA 52405",
      "M", {"name": "Ruth Ann Bergstrom", "postal_code": "52405"},
      "Ordinary postal marketing opt-out (flyers, postcards) with a full signature"),
    H("m-unsub-reply", PH, "iphone", "2025-11-28 07:03", ("Kyle Brandt", "kbrandt.ia@icloud.com"), None,
      "Unsubscribe\n\nSent from my iPhone", "M", {},
      "One-word 'Unsubscribe' under our Black Friday promotion: a marketing opt-out by context", quote="holiday_sale"),
    H("m-three-copies", PH, "yahoo", "2025-11-17 14:40", ("Carol Halvorsen", "halvorsenfarm@yahoo.com"),
      "Holiday catalog",
      "We got three copies of the holiday catalog this week, all to the same house. That is a waste of paper.\n"
      "Please quit sending it to us altogether.\n\nCarol\nWest Salem, WI 54669",
      "M", {"name": "Carol", "postal_code": "54669"},
      "Complaint about duplicates that ends with 'quit sending it altogether': the request is the whole catalog, "
      "so marketing_opt_out (not a de-duplication question)"),
    H("m-thermostat-emails", CC, "outlookcom", "2025-11-13 08:22", ("Dennis Mraz", "dmraz@outlook.com"), None,
      "No more of these emails about thermostats and tune-up rebates please. I'll find my own deals.\n\nDennis",
      "M", {"name": "Dennis"}, "Reply to our winter rebate promotion asking for no more such e-mails",
      quote="winter_promo"),
    H("m-catalog-custno", PH, "thunderbird", "2025-12-02 20:05", ("Lyle Vandermeer", "lyle@vandermeer.net"),
      "remove from catalog mailing",
      "Remove my address from the PowerHouse catalog mailings. My customer number on the label is\n"
      "7734-0912.\n\nLyle",
      "M", {"name": "Lyle", "account": "7734-0912"},
      "Imperative removal with the catalog customer number from the mailing label (kept as the account entity)"),
    H("m-too-late-xmas", PH, "gmail_android", "2025-12-15 12:31", ("brianna", "brianna.k.wells@gmail.com"), None,
      "too late for christmas anyway lol. take me off these emails",
      "M", {}, "Lower-case phone reply to our last-shipping-day e-mail: opt-out from these e-mails",
      quote="last_ship"),
    H("m-caps-advertising", CC, "aol", "2025-11-24 10:17", ("HERMAN LUEBKE", "hluebke1941@aol.com"),
      "ADVERTISING",
      "I DO NOT WANT ANY MORE ADVERTISING IN MY MAILBOX FROM ALLIANT ENERGY. I PAY MY BILL THAT IS ALL I NEED\n"
      "FROM YOU.\n\nHERMAN LUEBKE\nDE WITT IOWA 52742",
      "M", {"name": "HERMAN LUEBKE", "postal_code": "52742"},
      "All-caps elderly writer; advertising by postal mail, bills explicitly still wanted"),
    H("m-email-keep-paper", PH, "roundcube", "2025-12-04 21:48", ("Nancy Ohrt", "nohrt@mchsi.com"),
      "e-mails only",
      "Hi there,\n\nPlease stop the sale e-mails. I do still want the paper catalog, I like paging through it\n"
      "by the fire in the evening.\n\nNancy Ohrt",
      "M", {"name": "Nancy Ohrt"}, "Channel limit: stop the e-mails, keep the paper catalog = marketing_opt_out "
      "(record says e-mail only)"),
    H("m-share-whatever", PH, "iphone", "2025-11-19 16:55", ("Pete Sorensen", "pete.sorensen@me.com"), "Catalog",
      "Please don't send the catalog any more. Share my name with whoever you like, I honestly don't care about\n"
      "that part, I just don't want the paper showing up.\n\nPete\n\nSent from my iPhone",
      "M", {"name": "Pete"}, "'Share whatever, just stop the catalog' = marketing_opt_out only"),
    H("m-dental-office", CC, "o365", "2025-12-08 09:02", ("Anita Kowal", "akowal@dakotaridgedental.com"),
      "Promotional mail to our office",
      "Good morning,\n\nDakota Ridge Dental would like to be removed from promotional mailings and marketing\n"
      "e-mails. We are on the commercial account 2209-114-53. Billing statements should of course continue.\n\n"
      "Thank you,\nDr. Anita Kowal, DDS\nDakota Ridge Dental\n1450 Hickman Rd, Waukee, IA 50263",
      "M", {"name": "Anita Kowal", "account": "2209-114-53", "postal_code": "50263"},
      "Small business owner on its own account; titles 'Dr.' and 'DDS' are not part of the name"),
    H("m-cancel-subscription", PH, "samsung", "2025-11-10 18:26", ("Tammy Gruber", "tgruber77@gmail.com"),
      "Cancel", "Hi I'd like to cancel my catalog subscription. Thanks Tammy",
      "M", {"name": "Tammy"}, "'Cancel my catalog subscription' (the catalog is free, but the wish is no more catalog)"),
    H("m-widow-account-holder", CC, "xfinity", "2025-11-06 13:45", ("Marlene Voss", "marlene.voss@comcast.net"),
      "Mail for my late husband",
      "My husband Gerald passed away in October. The electric account has been in my name for years.\n"
      "We still get promotional letters and the catalog addressed to Gerald Voss at our house. Please stop\n"
      "all of that advertising mail for him.\n\nMarlene Voss\nSun Prairie, WI 53590",
      "M", {"name": "Gerald Voss", "postal_code": "53590"},
      "For a deceased spouse, but the writer says she is the account holder writing about her own household: "
      "standing, so a clear opt-out; the entity is the person the request is for"),
    H("m-executor", PH, "outlook16", "2026-01-12 11:10", ("Stephen Lindqvist", "slindqvist@lindqvistlaw.com"),
      "Estate of Harold Lindqvist - remove from catalog",
      "To whom it may concern:\n\nI am the executor of the estate of my father, Harold Lindqvist, who died on\n"
      "November 2. Please remove him from the PowerHouse Catalog mailing list; catalogs continue to arrive\n"
      "at his former home, 208 Oak Street, Mineral Point, WI 53565.\n\nStephen Lindqvist",
      "M", {"name": "Harold Lindqvist", "postal_code": "53565"},
      "For a deceased parent, but the writer states he is the executor: clear legal standing, so not unclear "
      "(judgement call); entity is the deceased"),
    H("m-postcards-enough", CC, "gmail", "2025-12-19 07:38", ("Jorge Olson", "jorgeolson.dbq@gmail.com"),
      "postcards",
      "Every few days there's another \"save energy this winter\" postcard. Enough already. Opt me out of\n"
      "the postcards and the promo emails both.\n\nJorge Olson, Dubuque 52003",
      "M", {"name": "Jorge Olson", "postal_code": "52003"}, "Frustrated but clear: postal and e-mail marketing"),
    H("m-pls-no-promo", CC, "yahoo_app", "2026-01-03 22:14", ("Kayla", "kaylam_2001@yahoo.com"),
      "promo emails", "pls no more promo emails to this address. ty\n\nSent from Yahoo Mail for Android",
      "M", {}, "Terse phone opt-out, object named in the text"),
    H("m-snowblower-guy", PH, "thunderbird", "2026-01-20 17:30", ("Arnold Pfeiffer", "apfeiffer@tds.net"),
      "Catalog list",
      "Good afternoon. I bought a block heater from you two winters ago and I have had catalogs ever since.\n"
      "I have no further need of them. Kindly strike my name from the catalog list.\n\n"
      "A. Pfeiffer\nCustomer no. PH 0448213",
      "M", {"name": "A. Pfeiffer", "account": "PH 0448213"},
      "Old-fashioned 'kindly strike my name'; initial plus surname kept as written"),

    # ---------------------------------------------------------------- sharing opt-outs
    H("s-after-breach", PH, "gmail", "2025-11-21 21:03", ("Megan Tesch", "megtesch@gmail.com"),
      "My name and other catalogs",
      "After reading about that retailer's data breach last week, I'd rather my name wasn't traded around more\n"
      "than it has to be. Keep sending me the catalog, but please leave me out of any lists you exchange with\n"
      "other catalog companies.\n\nMegan Tesch\nMadison 53711",
      "S", {"name": "Megan Tesch", "postal_code": "53711"},
      "Breach news as the reason, but no question: keep the catalog, don't exchange my name = sharing only"),
    H("s-wrong-mailbox", CC, "o365", "2025-11-25 10:49", ("Craig Dunlap", "craig.dunlap@mercyhealthia.org"),
      "List exchange",
      "Hello - I understand PowerHouse swaps customer names with other catalog companies. I don't want mine\n"
      "included in that. I'm writing to this address because it's the one I had; please pass it along.\n\n"
      "Craig Dunlap",
      "S", {"name": "Craig Dunlap"},
      "Sharing opt-out sent to customercare instead of powerhousecatalog: labelled by what it says"),
    H("s-rent-sell-exchange", PH, "iphone", "2025-12-01 08:15", ("Raymond Okafor", "r.okafor@icloud.com"),
      "Do not rent",
      "Do not rent, sell or exchange my name and address.\n\nThank you,\nDr. Raymond Okafor\n\nSent from my iPhone",
      "S", {"name": "Raymond Okafor"}, "Classic three-verb do-not-share; 'Dr.' dropped from the entity"),
    H("s-iowa-law", PH, "thunderbird", "2026-01-05 19:40", ("Thomas J. Wendt", "tjwendt@mediacombb.net"),
      "Opt-out of sale",
      "Pursuant to the Iowa consumer data protection act, I am opting out of the sale of my personal data.\n\n"
      "Thomas J. Wendt\nUrbandale, IA 50322",
      "S", {"name": "Thomas J. Wendt", "postal_code": "50322"},
      "Opt-out of sale under the state law; a request, not a question about the law"),
    H("s-strange-catalogs", CC, "aol", "2025-12-10 15:22", ("Dolores Kempf", "dkempf44@aol.com"), "my name",
      "Right after I ordered a space heater from your Powerhouse catalog I started getting catalogs from three\n"
      "outfits I never heard of. Put a stop to giving my name out.\n\nDolores",
      "S", {"name": "Dolores"},
      "To customercare, about the catalog's exchanges; says what happened and demands it stop: sharing, no question"),
    H("s-keep-me-on", PH, "xfinity", "2025-12-12 12:02", ("Bev Schott", "bschott@comcast.net"), "lists",
      "Keep me on your list, keep me off everybody else's!\n\n-- Bev (Beverly Ann Schott), Platteville WI 53818",
      "S", {"name": "Beverly Ann Schott", "postal_code": "53818"},
      "Playful wording of keep-catalog-but-don't-share; the full name is in the parenthesis"),
    H("s-question-form", PH, "yahoo", "2025-11-30 09:27", ("Walt Jessup", "waltjessup@yahoo.com"), "question",
      "Can you make sure my name isn't passed on to other catalogs? Thanks.\n\nWalt",
      "S", {"name": "Walt"}, "A request in question form: the sharing opt-out, no separate question"),
    H("s-love-throws", PH, "outlookcom", "2025-11-28 18:44", ("Hannah Riedel", "hriedel@hotmail.com"), None,
      "Love the throws, I ordered two for my daughters. Just please don't give my address to other catalog\n"
      "companies, I got buried in them last year.\n\nHannah",
      "S", {"name": "Hannah"}, "Reply to the Black Friday e-mail that welcomes the promotion but refuses sharing",
      quote="holiday_sale"),

    # ---------------------------------------------------------------- both
    H("ms-both-simple", PH, "gmail", "2025-11-08 11:11", ("Owen Fairchild", "owen.fairchild@gmail.com"),
      "catalog",
      "Stop mailing me the PowerHouse catalog, and don't pass my name along to anyone else either.\n\nOwen Fairchild",
      "MS", {"name": "Owen Fairchild"}, "Both opt-outs in one sentence"),
    H("ms-account-third-party", CC, "outlook16", "2025-12-16 14:03", ("Patricia Mulcahy", "pmulcahy@iowatelecom.net"),
      "Privacy request",
      "Please remove me from all promotional lists, mail and e-mail, and do not sell or share my\n"
      "information with any third party.\n\nAccount 44019-23871\nPatricia Mulcahy",
      "MS", {"name": "Patricia Mulcahy", "account": "44019-23871"}, "Formal both-opt-out with account number"),
    H("ms-two-things", CC, "iphone", "2025-12-05 20:20", ("Luis Navarro", "luisnav@icloud.com"), "2 things",
      "Two things. No more catalogs. And no selling my name to the other catalogs that keep showing up at my\n"
      "door.\n\nSent from my iPhone",
      "MS", {}, "Catalog content sent to customercare; numbered wishes, both opt-outs"),
    H("ms-breach-cutting-down", PH, "roundcube", "2025-11-22 16:35", ("Ken Abrahamson", "kabrahamson@netins.net"),
      "Cutting down",
      "With all the breach news I'm cutting down on who has my information. Take me off your mailing list\n"
      "and out of whatever list-sharing you do.\n\nKen",
      "MS", {"name": "Ken"}, "Breach news as motive; both opt-outs, no question asked"),
    H("ms-hardware-store", PH, "applemail", "2025-12-29 08:50", ("Gary Lienhard", "gary@riverbendhardware.com"),
      "Riverbend Hardware - catalogs",
      "Hi,\n\nI own Riverbend Hardware here in Decorah. We get your catalog at the store, addressed to the\n"
      "business, and I'd like that stopped, and our name kept out of any list exchange.\n\n"
      "Gary Lienhard\nRiverbend Hardware\n305 W Water St\nDecorah, IA 52101",
      "MS", {"name": "Gary Lienhard", "postal_code": "52101"}, "Small business owner speaking for his own business"),
    H("ms-everything", CC, "samsung", "2026-01-08 13:13", ("Trina Moss", "trinamoss@gmail.com"), "unsubscribe",
      "unsubscribe me from everything and dont share my data\n\nTrina",
      "MS", {"name": "Trina"}, "Run-on phone mail: unsubscribe from everything + don't share"),
    H("ms-reply-last-ship", PH, "yahoo_app", "2025-12-15 19:58", ("Sheila Bauer", "sbauer_wi@yahoo.com"), None,
      "No more emails or catalogs. And do not give my info out to anybody.",
      "MS", {}, "Reply to our last-shipping e-mail; both opt-outs in the new text", quote="last_ship"),

    # ---------------------------------------------------------------- opt-out plus question
    H("mq-angry-dates", PH, "outlookcom", "2025-11-29 08:04", ("Janet Kowalczyk", "janet.kowalczyk@hotmail.com"),
      "STILL getting your catalog",
      "On October 6 I asked to be taken off your catalog mailing. On November 21 the holiday catalog showed up\n"
      "anyway, and yesterday (Nov 28) your Black Friday e-mail. Why is this still happening? Remove me, for\n"
      "real this time, both the catalog and the e-mails.\n\nJanet Kowalczyk\nAnkeny, IA 50023",
      "MQ", {"name": "Janet Kowalczyk", "postal_code": "50023"},
      "Already opted out, still getting mail, with dates: renewed opt-out (object named) plus a complaint/why"),
    H("mq-third-time", CC, "gmail", "2025-12-11 17:26", ("Dale Hinz", "dalehinz.wi@gmail.com"),
      "Third request",
      "This is the third time I've written. September 14, October 30 and now December 11. I'm still getting\n"
      "the \"winter savings\" mailers. Take me off your marketing mail, and tell me who I call if it happens\n"
      "again.\n\nDale Hinz\nacct 5520 1187 02",
      "MQ", {"name": "Dale Hinz", "account": "5520 1187 02"},
      "Angry repeat with dates; names the mailers, so not an unclear reference; asks whom to call"),
    H("sq-exchange-timing", PH, "thunderbird", "2025-11-18 20:31", ("Ingrid Solberg", "isolberg@chorus.net"),
      "name sharing",
      "Please don't share my name with other catalogs. Also, how long will the lists you've already handed out\n"
      "keep being used? I'd like to know what to expect.\n\nIngrid Solberg",
      "SQ", {"name": "Ingrid Solberg"}, "Sharing opt-out plus a real question about lists already exchanged"),
    H("mq-paperless", CC, "o365", "2025-12-23 10:05", ("Brett Kaiser", "bkaiser@kaiserag.com"),
      "Marketing emails + paperless",
      "Please stop sending marketing e-mails to this address. Separately, can you confirm that my December bill\n"
      "went paperless like I set up? Account 7781 2209 45.\n\nThanks,\nBrett",
      "MQ", {"name": "Brett", "account": "7781 2209 45"}, "Opt-out plus a billing question at year end"),
    H("msq-breach-affected", PH, "gmail", "2025-11-20 22:10", ("Alicia Freund", "alicia.freund@gmail.com"),
      "Were you affected?",
      "Was PowerHouse affected by the breach that's been in the news this week? I ordered from you last year.\n"
      "Either way, please take me off the catalog mailing and don't share my details with anyone.\n\nAlicia",
      "MSQ", {"name": "Alicia"}, "Breach question plus both opt-outs 'either way' (unconditional)"),
    H("mq-what-happens", CC, "xfinity", "2025-12-30 15:44", ("Roger Stahl", "rstahl@comcast.net"),
      "promotional offers",
      "Take me off the list for promotional offers, please. And when someone opts out, what do you do with\n"
      "their information, do you delete it or just flag it?\n\nRoger Stahl\nMarion IA 52302",
      "MQ", {"name": "Roger Stahl", "postal_code": "52302"}, "Opt-out plus a question about the data after opt-out"),
    H("sq-new-law-categories", PH, "applemail", "2026-01-02 09:33", ("Priya Raman", "priya.raman@me.com"),
      "New privacy law",
      "I read that a new state privacy law took effect with the new year. Under it, I'd like to opt out of\n"
      "you selling or sharing my data. What categories of information do you hold about me?\n\nPriya Raman",
      "SQ", {"name": "Priya Raman"}, "New-law news: opt-out of sale plus an access-type question"),
    H("mq-landlord-duplex", CC, "yahoo", "2025-11-14 12:12", ("Frank Delagardelle", "fdelagardelle@yahoo.com"),
      "Duplex mailings",
      "I own the duplex at 412 W 9th St in Cedar Falls 50613. Both sides' electric accounts are in my name\n"
      "(I include utilities in the rent). Please stop sending promotional mail to both units. Also, is there a\n"
      "way to get one combined bill for the two meters?\n\nFrank",
      "MQ", {"name": "Frank", "postal_code": "50613"},
      "Landlord who holds both accounts: standing; plus a billing question"),
    H("mq-unsub-where-order", PH, "outlook16", "2025-12-06 16:18", ("Marcia Tully", "mtully@tullyfamily.org"), None,
      "Unsubscribe me. And where is my order from Nov 29? It still says processing.\n\nMarcia",
      "MQ", {"name": "Marcia"}, "Opt-out under our promotion plus an order-status question", quote="holiday_sale"),

    # ---------------------------------------------------------------- questions only
    H("q-breach-share", CC, "gmail", "2025-11-19 19:47", ("Beth Anne Cooley", "bethcooley@gmail.com"),
      "Data breach",
      "I saw on the news that a big retailer had a breach with millions of customers' information. Does\n"
      "Alliant share my information with companies like that? How do you protect my account data?\n\n"
      "Beth Anne Cooley",
      "Q", {"name": "Beth Anne Cooley"}, "Worried about the breach story; asks, requests nothing"),
    H("q-how-stop-catalog", PH, "yahoo", "2025-11-26 13:30", ("Gail Petersen", "gailpetersen@yahoo.com"),
      "how do I stop it",
      "How do I stop the catalog from coming? I wasn't sure whether I was supposed to write to you or call.\n\nGail",
      "Q", {"name": "Gail"}, "A question about how to opt out, no request: question only"),
    H("q-iowa-law", CC, "o365", "2026-01-07 08:41", ("Mark Schuler", "mschuler@hawkeyeinsure.com"),
      "Iowa privacy law",
      "Is the new Iowa privacy law going to change how Alliant handles my data? Is there anything I need to\n"
      "do as a customer?\n\nMark Schuler",
      "Q", {"name": "Mark Schuler"}, "Question about the new state law"),
    H("q-same-company", CC, "aol", "2025-12-03 11:58", ("Edna Rasmussen", "ednaras@aol.com"), "Powerhouse",
      "Is the Powerhouse catalog the same company as my electric? If I tell them to stop the catalog will\n"
      "that stop my electric bill coming too? I don't want to mess anything up.\n\nEdna Rasmussen",
      "Q", {"name": "Edna Rasmussen"}, "Confused between the utility and the catalog; asks before acting"),
    H("q-opt-back-in", PH, "gmail", "2025-11-11 10:20", ("Linda Marsh", "lindamarsh52@gmail.com"),
      "Back on the list please",
      "Last spring I asked you to stop sending the catalog. I miss it, especially this time of year. Can you\n"
      "put me back on?\n\nLinda Marsh, Iowa City 52241",
      "Q", {"name": "Linda Marsh", "postal_code": "52241"}, "Opting back in: a question; the old removal is not a "
      "new opt-out"),
    H("q-moving", CC, "iphone", "2025-12-27 18:06", ("Nate & Jess Larsen", "jessnate.larsen@icloud.com"),
      "Moving",
      "Hi, we're moving January 15 from Oshkosh 54901 to Appleton 54911. How do we move our service and update\n"
      "our mailing address?\n\nJess\n\nSent from my iPhone",
      "Q", {"name": "Jess", "postal_code": "54901"}, "Change of address at year end: question"),
    H("q-copy-of-data", CC, "thunderbird", "2026-01-14 21:19", ("Samuel Whitcomb", "swhitcomb@fastmail.com"),
      "Request for my personal information",
      "Please send me a copy of the personal information Alliant Energy holds about me. My account number is\n"
      "1102-558-330.\n\nSamuel Whitcomb",
      "Q", {"name": "Samuel Whitcomb", "account": "1102-558-330"}, "Access request: clear question"),
    H("q-mattress-pad", PH, "outlookcom", "2025-11-29 14:07", ("Gina Thorson", "ginathorson@live.com"), None,
      "Does the 30% apply to the heated mattress pad too?", "Q", {},
      "Reply to the sale e-mail with a product question", quote="holiday_sale"),
    H("q-outage-horeb", CC, "samsung", "2025-12-10 06:52", ("Cody Ness", "codyness@gmail.com"),
      "still no power",
      "We've been out since Tuesday night on County Road JG outside Mount Horeb. When are crews coming?? It's\n"
      "14 degrees in the house.\n\nCody",
      "Q", {"name": "Cody"}, "Winter storm outage sent to the privacy mailbox: needs a human"),
    H("q-how-long", PH, "roundcube", "2025-12-01 19:09", ("Wendell Aasen", "waasen@mhtc.net"), "opt out timing",
      "How long does an opt-out take to go into effect? The holiday catalogs are already arriving and I'd like\n"
      "to know whether it's worth asking now.\n\nWendell",
      "Q", {"name": "Wendell"}, "A question about how long an opt-out takes, not yet asking for one"),
    H("q-partner-letter", CC, "gmail", "2026-01-16 12:45", ("Tasha Greer", "tashagreer@gmail.com"),
      "Breach letter mentions Alliant?",
      "I got a letter saying my information was part of a breach at a billing vendor, and it lists Alliant\n"
      "Energy as one of the companies that used them. Is that true? What information of mine did they have?\n\n"
      "Tasha Greer\nJanesville, WI 53545",
      "Q", {"name": "Tasha Greer", "postal_code": "53545"}, "Breach worry directly about us: question"),
    H("q-receipts", PH, "applemail", "2026-01-09 10:30", ("Howard Engel", "howard.engel@mac.com"),
      "2025 orders",
      "Could you send me a list of my 2025 orders with amounts? I need it for my records at year end.\n\nHoward",
      "Q", {"name": "Howard"}, "Year-end order history request"),
    H("q-sell-usage", CC, "xfinity", "2025-11-09 16:16", ("Maureen Kolb", "mkolb@comcast.net"),
      "Do you sell data?",
      "Does Alliant sell customer data? There was a story on the news that utilities give usage data to\n"
      "marketers. I'd just like an honest answer.\n\nMaureen Kolb",
      "Q", {"name": "Maureen Kolb"}, "Asks whether we sell data, does not ask to opt out"),

    # ---------------------------------------------------------------- unclear
    H("u-previous-resident", PH, "gmail", "2025-11-15 15:03", ("Erin Mathis", "erinmathis.ia@gmail.com"),
      "Catalogs for Dale Ferris",
      "We keep getting your catalogs for Dale Ferris, who lived here before us. We bought the house in August\n"
      "and don't know where he went. Can you stop sending them here?\n\nErin",
      "", {"name": "Dale Ferris"},
      "Catalog for a previous resident: the writer does not speak for Dale Ferris (standing unclear); the entity "
      "is the person the request is for", unclear=True),
    H("u-mother-deceased", CC, "yahoo", "2025-12-18 09:44", ("Sandra Pike", "sandrapike@yahoo.com"),
      "Eleanor Sikes",
      "My mother, Eleanor Sikes, passed away in September. Please stop the mail.\n\nSandra",
      "", {"name": "Eleanor Sikes"},
      "For a deceased parent without stated standing, and 'the mail' could be bills: unclear", unclear=True),
    H("u-stop-outage", CC, "iphone", "2025-12-09 23:02", ("Tom Kruse", "tkruse@icloud.com"), None, "STOP",
      "", {}, "'STOP' under an outage update (a service message), not a promotion: unclear", unclear=True,
      quote="outage"),
    H("u-other-address", CC, "gmail", "2025-12-03 13:20", ("Ellen Brookhart", "ellenbrookhart@gmail.com"), None,
      "great, can you do the same for the other address too?\n\nEllen",
      "", {"name": "Ellen"}, "Reference to earlier mail without saying which address or what: unclear",
      unclear=True, quote="ack"),
    H("u-question-marks", PH, "samsung", "2025-11-30 20:41", ("Ricky", "rickyb1987@gmail.com"), None, "??", "", {},
      "Reply to the Black Friday e-mail whose new text says nothing decidable: unclear", unclear=True,
      quote="holiday_sale"),
    H("uq-delete-all", CC, "outlook16", "2025-11-23 19:55", ("Curtis Bloom", "cbloom@bloomconstruction.biz"),
      "Delete my data",
      "With all these breaches going on, I want all of my personal data deleted from your systems. All of it.\n\n"
      "Curtis Bloom",
      "Q", {"name": "Curtis Bloom"}, "Delete-everything request: unclear plus question", unclear=True),
    H("u-landlord-tenants", PH, "applemail", "2025-12-14 11:25", ("Jerome Becker", "jbecker@beckerproperties.com"),
      "Catalogs at my buildings",
      "I manage 14 apartments in Dubuque. Your catalogs pile up in the vestibules addressed to tenants, some\n"
      "current and some long gone. Please stop mailing to my buildings.\n\nJerome Becker\nBecker Properties\n"
      "Dubuque, IA 52001",
      "", {"postal_code": "52001"},
      "Landlord asking for tenants (who are the catalog customers): standing unclear; no one named", unclear=True),
    H("u-please-stop", CC, "aol", "2026-01-11 07:15", ("Irene Marquardt", "imarquardt@aol.com"), "",
      "Please stop.\n\nIrene", "", {"name": "Irene"}, "No object and no context (empty subject, no quote): unclear",
      unclear=True),
    H("u-mixed-christmas", PH, "thunderbird", "2025-11-12 18:37", ("Phyllis Dorn", "pdorn@frontier.com"),
      "catalog", "Take me off the catalog list. Well, actually I do want the Christmas one. Maybe just not so many?\n\n"
      "Phyllis", "", {"name": "Phyllis"}, "Self-contradicting wishes: unclear", unclear=True),
    H("u-remove-bill", CC, "o365", "2025-12-22 08:30", ("Scott Hageman", "shageman@hagemanplumbing.com"), None,
      "Remove\n\nScott Hageman\nHageman Plumbing & Heating", "", {"name": "Scott Hageman"},
      "'Remove' under the bill-ready notice (service mail): unclear", unclear=True, quote="bill"),
    H("u-husband", PH, "gmail", "2026-01-22 20:02", ("Kristin Brandvold", "kbrandvold@gmail.com"),
      "husband's catalog",
      "Please take my husband Mark Brandvold off your catalog list, he never looks at it.\n\nKristin",
      "", {"name": "Mark Brandvold"}, "For a spouse, not the writer: standing unclear per LABELS.md; entity is Mark",
      unclear=True),

    H("m-also-emails", PH, "applemail", "2026-01-06 13:02", ("Colleen Barta", "colleen.barta@me.com"), None,
      "Thank you. While you're at it, could you also stop the sale e-mails?\n\nColleen Barta",
      "M", {"name": "Colleen Barta"},
      "Reply to our sharing acknowledgement that adds a marketing opt-out with its object named (not a bare "
      "reference to earlier mail)", quote="ack_ph"),

    # ---------------------------------------------------------------- nothing to answer
    H("t-thanks", CC, "gmail", "2025-12-03 12:01", ("Gordon Fisk", "gordonfisk@gmail.com"), None,
      "Thanks so much, appreciate the quick response!\n\nGordon", "", {"name": "Gordon"},
      "Thank-you under our acknowledgement: human, nothing to answer, ack_to null", quote="ack", ack_to=None),
]
