"""Fresh English mail from customers: opt-outs (short and long), sharing opt-outs, both, opt-out plus question,
questions. Every person and sentence is invented for this set."""
from spec import M

CC, PH = "customercare", "powerhousecatalog"

SPECS = [
    # ---- marketing opt-outs, short and plain ----
    M("p-doris", "optout", CC, "gmail_android", "2026-04-02 07:48", ("Doris Keppler", "dkeppler52@gmail.com"),
      "Please take me off the mailing list for your advertising flyers. They go straight into the recycling bin.\n\n"
      "Thank you,\nDoris Keppler", "mo", "Advertising flyers named: marketing opt-out by postal mail",
      {"name": "Doris Keppler"}, subject="Mailers"),
    M("p-unsub-iphone", "optout", CC, "iphone", "2026-04-08 21:17", ("Jordan Marsh", "jmarsh.ia@icloud.com"),
      "Unsubscribe me from all promotional emails please", "mo",
      "Plain unsubscribe from promotional e-mail; name only in From, so no entity", subject="Unsubscribe"),
    M("p-lorraine", "optout", PH, "yahoo", "2026-04-06 10:02", ("Lorraine Vossberg", "lvossberg@yahoo.com"),
      "I am 84 years old and I do not need any more catalogs. Please remove my name from your list.\n\n"
      "Lorraine Vossberg\n1402 Elm St\nWaverly IA 50677", "mo", "Elderly customer asks to stop catalogs: marketing opt-out",
      {"name": "Lorraine Vossberg", "postal_code": "50677"}, subject="catalog"),
    M("p-tyler", "optout", CC, "outlookcom", "2026-04-09 23:41", ("Tyler Brandvold", "tbrandvold@outlook.com"),
      "yo can you guys stop emailing me about heat pumps. i rent, my landlord is not buying one lol\n\n- Tyler", "mo",
      "Casual fresh mail naming the heat-pump e-mails: marketing opt-out", {"name": "Tyler"}, subject="heat pump emails"),
    M("p-martin", "optout", CC, "gmail", "2026-04-13 12:25", ("Martin Oyelaran", "m.oyelaran@gmail.com"),
      "Hello,\n\nNo more promotional e-mail, please. The bill and outage notices are useful, so keep those coming, "
      "but the rebate and program offers I can do without.\n\nAccount 4471 0938 22\n\nMartin", "mo",
      "Promotional e-mail stopped, service notices kept: channel-limited marketing opt-out",
      {"name": "Martin", "account": "4471 0938 22"}, subject="Email preferences"),
    M("p-tollefson", "optout", PH, "aol", "2026-04-15 09:10", ("GERALD TOLLEFSON", "gjtollefson@aol.com"),
      "PLEASE STOP SENDING THE POWERHOUSE CATALOG TO THIS ADDRESS. WE GOT THREE OF THEM SINCE MARCH. NOBODY HERE ORDERS "
      "FROM IT.\n\nGERALD AND JUNE TOLLEFSON\nRIB LAKE WI 54470", "mo",
      "All-caps household catalog stop from the couple themselves: marketing opt-out",
      {"name": "GERALD AND JUNE TOLLEFSON", "postal_code": "54470"}, subject="STOP CATALOGS"),
    M("p-baumgartner", "optout", CC, "thunderbird", "2026-04-16 06:55", ("R. Baumgartner", "rbaum@netins.net"),
      "Remove me from the e-newsletter and the offers list.\n\nR. Baumgartner", "mo",
      "Newsletter and offers named: marketing opt-out", {"name": "R. Baumgartner"}, subject="Remove"),
    M("p-priya-sam", "optout", PH, "applemail", "2026-04-18 15:33",
      ("Kapoor-Lindgren household", "kapoorlindgren@icloud.com"),
      "Hi there,\n\nWe're trying to cut down on paper around the house this spring. Could you take us off the catalog "
      "mailing list? Nothing wrong with it, we just don't order from print catalogs anymore.\n\nThanks!\nPriya & Sam",
      "mo", "Question-form request ('could you take us off') is the opt-out itself; household writing for itself",
      {"name": "Priya & Sam"}, subject="Catalog mailing list"),
    M("p-dahlberg", "optout", CC, "xfinity", "2026-04-20 19:04", ("Kenneth Dahlberg", "kdahlberg@comcast.net"),
      "I no longer wish to receive marketing from Alliant Energy, by postal mail or by e-mail.\n\n"
      "Kenneth Dahlberg\nHartland 53029", "mo", "Formal one-line marketing opt-out, both channels",
      {"name": "Kenneth Dahlberg", "postal_code": "53029"}, subject="Marketing"),
    M("p-junk-galaxy", "optout", CC, "samsung", "2026-04-23 13:47", ("Shawna Pettit", "shawnapettit88@gmail.com"),
      "Pls stop sending me the junk mail ads, thx", "mo", "'junk mail ads' is promotional mail: marketing opt-out",
      subject="junk"),
    M("p-marjorie", "optout", PH, "outlook_classic", "2026-04-27 08:12",
      ("Marjorie Haugen-Price", "mhprice@mchsi.com"),
      "Good morning,\n\nPlease discontinue sending me the PowerHouse catalog. I taught school for thirty-one years and "
      "I have finally learned to let go of paper, which is more than I can say for my husband.\n\n"
      "With thanks,\nMarjorie Haugen-Price", "mo", "Discontinue the catalog: marketing opt-out; the husband aside is not a request for him",
      {"name": "Marjorie Haugen-Price"}, subject="Discontinue catalog"),
    M("p-arlene", "optout", CC, "roundcube", "2026-05-04 10:30", ("Arlene Pfaff", "apfaff@frontiernet.net"),
      "To whom it may concern,\n\nPlease delete my address from your marketing mailing list. Postcards about programs "
      "and rebates come nearly every week and I have no use for them.\n\nSincerely,\nArlene Pfaff\n318 3rd Ave NW\n"
      "Le Mars, IA 51031", "mo",
      "'Delete my address from your marketing mailing list' is a list removal, not a data deletion",
      {"name": "Arlene Pfaff", "postal_code": "51031"}, subject="Please remove my address"),
    M("p-nocatalogs", "optout", PH, "iphone", "2026-05-11 17:58", ("Curt Meyerhofer", "curtm@me.com"),
      "No catalogs please. Thanks", "mo", "Two words with the object named: marketing opt-out", subject="No catalogs"),
    # ---- long opt-outs ----
    M("p-bernadette", "optout-long", CC, "outlookcom", "2026-04-24 14:06",
      ("Bernadette Kowalski", "bernie.kowalski@hotmail.com"),
      "Hello,\n\nI have been meaning to write for a while. Since the first of April I have received a glossy heat pump "
      "brochure, two postcards about a thermostat program, an envelope about community solar and a newsletter, and that "
      "is just from Alliant. I am on a fixed income in a 1950s house with a boiler, and none of these programs are "
      "anything I can do. I understand you have to advertise, but every one of those pieces costs money, and I am one "
      "of the people paying for it on my bill.\n\nI am not angry with the people who answer this mailbox. I just want "
      "it to stop. Please take me off every promotional list you have, paper and e-mail both. My bills and any notices "
      "about my service should of course still come.\n\nThank you for reading all this.\n\nBernadette Kowalski\n"
      "Account 2208-4471-09\nCudahy, WI 53110", "mo",
      "Long letter that vents but asks nothing; promotional lists, both channels: marketing opt-out only",
      {"name": "Bernadette Kowalski", "account": "2208-4471-09", "postal_code": "53110"}, subject="Too much mail"),
    M("p-ruthann", "optout-long", PH, "gmail", "2026-05-07 09:44", ("Ruth Ann Solheim", "ruthann.solheim@gmail.com"),
      "Dear PowerHouse folks,\n\nI have ordered from your catalog for probably twenty years. The heated mattress pad I "
      "bought from you in 2009 is still going, and I've given your nightlights as stocking stuffers more times than I "
      "can count. So this isn't a complaint.\n\nBut I turned 79 this winter, and my daughter and I have spent the spring "
      "going through the house. I have everything I need and a good deal I don't. Every time the catalog comes I find "
      "something I \"might\" use, and I am trying to break myself of that.\n\nSo please take me off the catalog mailing "
      "list, and the e-mails about sales too. If I need a lightbulb I know where to find you.\n\nWarmly,\n"
      "Ruth Ann Solheim\nViroqua, WI 54665", "mo",
      "Long friendly letter; the request (catalog and sale e-mails) sits in the last paragraph: marketing opt-out",
      {"name": "Ruth Ann Solheim", "postal_code": "54665"}, subject="Taking me off your list"),
    M("p-julian", "both-long", CC, "applemail", "2026-04-11 16:20", ("Julian Ferreira-Watts", "jfw@fastmail.com"),
      "Hi,\n\nTwo things, and I'd appreciate it if you could confirm both are done.\n\n1. Please stop all marketing to "
      "me. That's the e-mails about rebates and programs and the paper mailers. I moved into this apartment in February "
      "and I've already had four pieces of Alliant advertising, which is more than I've had from my bank.\n\n2. I read "
      "your privacy notice and saw that the PowerHouse Catalog side of the company exchanges names with other catalog "
      "companies. I've never ordered from the catalog, but in case my name is on that list through my utility account, "
      "I do not want it shared, sold, rented or exchanged with anyone.\n\nThanks,\nJulian Ferreira-Watts\n"
      "Apt 3B, 1120 Regent St\nMadison WI 53715", "mo cs",
      "Numbered long request: all marketing plus no sharing; 'confirm' is met by the acknowledgement, no question",
      {"name": "Julian Ferreira-Watts", "postal_code": "53715"}, subject="Opting out - marketing and data sharing",
      hop=("mail.fastmail.com", "103.168.172.%d" % 144)),
    # ---- catalog sharing ----
    M("c-emily", "share", PH, "gmail", "2026-04-10 20:15", ("Emily Strand", "emstrand@gmail.com"),
      "I like getting your catalog and I order from it a couple of times a year. But since February I've had four new "
      "catalogs show up from companies I've never heard of, and I'm guessing that's how. Please keep sending me the "
      "PowerHouse one, but don't pass my name to other catalog companies.\n\nEmily Strand\nNorth Liberty 52317", "cs",
      "Keeps the catalog, no passing her name on: sharing opt-out only",
      {"name": "Emily Strand", "postal_code": "52317"}, subject="Please don't share my name"),
    M("c-walter", "share", PH, "thunderbird", "2026-04-14 07:31", ("Walter Ng", "walter.ng@charter.net"),
      "Please flag my record: do not rent, sell or trade my name and address.\nCustomer no. PH 2290417\n\nWalter Ng", "cs",
      "Do not rent/sell/trade: sharing opt-out; catalog customer number as written",
      {"name": "Walter Ng", "account": "PH 2290417"}, subject="Do not rent/sell/trade"),
    M("c-webform", "share", CC, "machine", "2026-04-16 21:04",
      ("Alliant Energy Web Form", "no-reply@forms.alliant-energy.com"),
      "Form: Privacy request\nSubmitted: 04/16/2026 21:04 CDT\n\nName: Jessica Ruelas\nEmail: jruelas.home@gmail.com\n"
      "ZIP: 52804\nAccount number:\nRequest type: Do Not Sell or Share My Personal Information\n"
      "Comments: I saw a story on the news about companies selling customer data. I don't want mine sold to anyone.\n\n"
      "--\nSubmitted from alliant-energy.com/privacy", "cs",
      "Web-form relay with the customer's own 'do not sell or share': sharing opt-out; ack to Reply-To",
      {"name": "Jessica Ruelas", "postal_code": "52804"}, subject="Privacy request: Do Not Sell or Share",
      reply_to=("Jessica Ruelas", "jruelas.home@gmail.com"), ack="reply_to",
      hop=("web03.forms.alliant-energy.com", "10.40.8.13"), smtp="ESMTP", dkim="forms.alliant-energy.com",
      msgid="<form.privacy.20260417020412.5561@forms.alliant-energy.com>"),
    M("c-beth", "share", PH, "iphone", "2026-04-19 11:52", ("Beth Anne Carrow", "bethcarrow@icloud.com"),
      "Keep sending the catalog, but keep me off any lists you give other companies.\n\nBeth", "cs",
      "Keep the catalog, off lists given to others: sharing opt-out only", {"name": "Beth"}, subject="Sharing"),
    M("c-dale", "share+q", PH, "yahoo", "2026-04-29 18:40", ("Dale Wiersma", "dwiersma1960@yahoo.com"),
      "Since I ordered the rain barrel from you last spring I am getting seed catalogs, a plant nursery in Oregon, and "
      "something called Frontier Yard & Home. I never heard of any of them. Did you sell my address? Stop sharing it, "
      "period.\n\nDale Wiersma", "cs q", "Asks whether we sold his address (needs an answer) and tells us to stop sharing",
      {"name": "Dale Wiersma"}, subject="Who did you give my address to"),
    M("c-hannah", "share", CC, "gmail", "2026-05-13 08:08", ("Hannah Oduya", "hoduya@gmail.com"),
      "Per the subject line. I'm fine with your emails, I just don't want my info shared with or sold to third "
      "parties.\n\nHannah", "cs", "Do-not-sell in the subject, e-mails explicitly kept: sharing opt-out only",
      {"name": "Hannah"}, subject="Do Not Sell My Personal Information"),
    # ---- both ----
    M("b-brekke", "both", PH, "aol", "2026-04-03 16:26", ("Harold Brekke", "hbrekke@aol.com"),
      "Remove me from your catalog list and do not give my name to anybody else either.\n\nHarold Brekke\nPO Box 112\n"
      "Cashton WI 54619", "mo cs", "Catalog removal plus no giving his name to others: both",
      {"name": "Harold Brekke", "postal_code": "54619"}, subject="remove"),
    M("b-aaron", "both", CC, "outlook365", "2026-04-22 10:49", ("Aaron Feldstein", "afeldstein@feldsteincpa.com"),
      "Please opt me out of marketing communications and of any sale or sharing of my personal information.\n\n"
      "Thanks,\nAaron Feldstein\nFeldstein & Rowe CPAs | Middleton", "mo cs",
      "Writes from his firm's domain about himself: both opt-outs", {"name": "Aaron Feldstein"}, subject="Opt-out"),
    M("b-keisha", "both", PH, "gmail_android", "2026-05-02 22:13", ("Keisha Durant", "keishadurant22@gmail.com"),
      "stop the catalogs and dont sell my address to other companies", "mo cs",
      "One unpunctuated line with both wishes", subject="catalogs"),
    M("b-lionel", "both+q", CC, "yahoo_app", "2026-05-15 07:02", ("Lionel Pruitt", "lpruitt_ia@yahoo.com"),
      "I never gave Alliant this email address. As far as I know the account only has my phone number. How did you "
      "get it?\n\nRemove me from everything marketing and don't share my info with anyone.\n\nLionel Pruitt\n"
      "Waterloo 50701", "mo cs q", "How did you get my e-mail (question) plus both opt-outs",
      {"name": "Lionel Pruitt", "postal_code": "50701"}, subject="How did you get my email"),
    # ---- opt-out plus question ----
    M("e-connor", "optout+q", CC, "gmail", "2026-05-06 20:37", ("Connor Blaisdell", "cblaisdell@gmail.com"),
      "Two things:\n\n1) Please stop sending the heat pump mailers. We already have one.\n2) Our April bill was about "
      "30% higher than last April even though it was a warm month. Can someone look at it? Account 5510-2287-36.\n\n"
      "Thanks,\nConnor", "mo q", "Heat-pump mailers stopped plus a billing question",
      {"name": "Connor", "account": "5510-2287-36"}, subject="Heat pump mailers + my bill"),
    M("e-gwen", "optout+q", PH, "applemail", "2026-05-09 13:15", ("Gwen Okafor", "gwen.okafor@me.com"),
      "Hello, I ordered a rain barrel in the garden sale on May 3 and haven't seen a shipping notice yet. Could you "
      "check on it? Order 7781-22.\n\nAlso, once that's sorted, please take me off the print catalog list. I'll shop "
      "online.\n\nGwen Okafor", "mo q",
      "Order-status question plus removal from the print catalog list (order number is not an account)",
      {"name": "Gwen Okafor"}, subject="Garden sale order, and the catalog", fmt="alt"),
    M("e-pat", "optout+q", CC, "yahoo", "2026-04-17 11:11", ("Pat Hemmingsen", "pathemmingsen@yahoo.com"),
      "Please unsubscribe me from the promo emails. How long until they actually stop? I'd like it done before the next "
      "round of rebate emails.", "mo q", "Clear unsubscribe plus how-long question: both labels",
      subject="unsubscribe"),
    M("e-sven", "optout+q", CC, "thunderbird", "2026-04-25 09:58", ("Sven Almquist", "s.almquist@tds.net"),
      "Please stop sending me marketing e-mail.\n\nSeparately, I would like to know what personal information Alliant "
      "Energy holds about me and whether any of it has been given to other companies. Please send me a copy.\n\n"
      "Sven Almquist\nAccount 3309 1172 48", "mo q",
      "Marketing e-mail opt-out plus a data access request (copy): question; 'whether given' asks, does not opt out",
      {"name": "Sven Almquist", "account": "3309 1172 48"}, subject="Marketing e-mail and my data"),
    M("e-tasha", "optout+q", CC, "iphone", "2026-05-03 18:22", ("Tasha Whitfield", "tashawhitfield@icloud.com"),
      "Hi, we moved out of the Johnston house April 30. New address is 77 Birch Lane, Ankeny 50023. Please update it, "
      "and also stop the advertising mail, we've got enough boxes to recycle already.\n\n- Tasha W.", "mo q",
      "Change of address (question) plus stop advertising mail",
      {"name": "Tasha W.", "postal_code": "50023"}, subject="New address and no more ads"),
    M("e-dennis", "optout+q", PH, "outlookcom", "2026-04-07 12:03", ("Dennis Larkin", "dlarkin57@hotmail.com"),
      "I asked you in January to stop sending the catalog. The spring catalog showed up on April 6 anyway, with my name "
      "spelled right and everything. Why is it still coming? Take me off the list, for real this time.\n\n"
      "Dennis Larkin\nOnalaska WI 54650", "mo q",
      "Angry repeat that names the object (catalog): renewed opt-out plus why-question",
      {"name": "Dennis Larkin", "postal_code": "54650"}, subject="SECOND REQUEST - stop the catalog"),
    # ---- questions ----
    M("q-meredith", "question", CC, "gmail", "2026-04-08 14:45", ("Meredith Saunders", "meredith.saunders@gmail.com"),
      "Hi,\n\nI got an email from you about heat pump rebates. I'm not an Alliant customer. I live in Minneapolis and "
      "we're with Xcel. Why do you have my email address?\n\nMeredith", "q",
      "'Why did I get this' from a non-customer: question, no opt-out asked", {"name": "Meredith"},
      subject="Why am I getting this?"),
    M("q-bauer", "question", CC, "outlookcom", "2026-04-26 19:30",
      ("Travis & Kelsey Bauer", "bauerfamily2019@outlook.com"),
      "Hello,\n\nWe're moving on June 1 from Cedar Rapids to Marion (still your area). How do we move the service, and "
      "does anything happen to our PowerHouse Catalog account? Current account is 6620 1198 37.\n\nThanks,\n"
      "Kelsey Bauer", "q", "Moving: service transfer question", {"name": "Kelsey Bauer", "account": "6620 1198 37"},
      subject="Moving June 1"),
    M("q-nate", "question", PH, "gmail", "2026-04-12 16:02", ("Nate Schoenfeld", "nschoenfeld@gmail.com"),
      "There's no unsubscribe on the paper catalog. How do I get off the list? Is it this email or somewhere on the "
      "website?", "q", "Asks how to opt out without asking to be opted out: question only",
      subject="how do I stop the catalog?"),
    M("q-lena", "question", CC, "applemail", "2026-04-21 08:35", ("Lena Vasquez-Hart", "lvhart@uiowa.edu"),
      "Hello,\n\nWith the heat pump program going on, I've been wondering what Alliant does with the hourly usage data "
      "from my smart meter. Is any of it shared with the participating contractors, or with anyone outside the "
      "company? And how long do you keep it?\n\nThank you,\nDr. Lena Vasquez-Hart", "q",
      "Privacy questions about meter data; title dropped from the name", {"name": "Lena Vasquez-Hart"},
      subject="Smart meter data", hop=("mail-sn1nam02on2090.outbound.protection.outlook.com", "40.107.96.90")),
    M("q-bob", "question", CC, "xfinity", "2026-04-18 08:50", ("Bob Treadwell", "btreadwell@comcast.net"),
      "My checking account shows two payments to Alliant on April 17, both $118.40. Account # 3318-220-45. Can you "
      "refund one?\nBob", "q", "Billing: double payment", {"name": "Bob", "account": "3318-220-45"},
      subject="charged twice"),
    M("q-eileen", "question", CC, "outlook_classic", "2026-04-09 14:27", ("Eileen McCaffery", "emccaffery@mhtc.net"),
      "Good afternoon,\n\nLast fall I asked Alliant Energy to stop sending me promotional mail, and that has worked. "
      "This month a PowerHouse spring catalog arrived. Is the catalog separate from the utility's list? Do I need to "
      "opt out of it separately, or should my earlier request have covered it?\n\nRegards,\nEileen McCaffery", "q",
      "How opt-outs work across companies; does not itself ask to stop the catalog: question only",
      {"name": "Eileen McCaffery"}, subject="Question about my opt-out"),
    M("q-sharon", "question", PH, "yahoo", "2026-05-12 12:40", ("Sharon Lidtke", "slidtke@yahoo.com"),
      "I unsubscribed from your emails last year when I was getting too many, but my neighbor told me about the garden "
      "sale and I missed it. Can you put me back on the email list so I get the next one?\n\nSharon Lidtke", "q",
      "Opting back in: question; the old unsubscribe is not a new opt-out", {"name": "Sharon Lidtke"},
      subject="Back on the email list?"),
    M("q-owen", "question", CC, "gmail", "2026-05-19 10:05", ("Owen Fairbairn", "owen.fairbairn@gmail.com"),
      "Hello,\n\nI'd like a copy of all the personal information you hold about me, including anything from the "
      "PowerHouse Catalog side. My account number is 2207 9931 04.\n\nOwen Fairbairn", "q",
      "Request for a copy of his data: clear question", {"name": "Owen Fairbairn", "account": "2207 9931 04"},
      subject="Request for my personal data"),
    M("q-gloria", "question", CC, "iphone", "2026-04-13 07:26", ("Gloria Haskins", "ghaskins@me.com"),
      "Is this from you? It has your logo on it. I don't want to click anything.\n\nGloria\n\nSent from my iPhone\n\n"
      "Begin forwarded message:\n\nFrom: Alliant Energy Refunds <refunds@alliant-rebate-center.com>\n"
      "Date: April 13, 2026 at 6:02:11 AM CDT\nTo: ghaskins@me.com\nSubject: Tax Refund Notice - Action Required\n\n"
      "Dear Customer,\n\nDue to a 2025 tax adjustment you are eligible for a utility refund of $214.60. Verify your "
      "account within 48 hours to receive your refund:\nhttp://alliant-rebate-center.com/verify\n",
      "q", "Customer forwards a 'tax refund' phishing mail and asks if it is ours: question (forwarded text is not hers)",
      {"name": "Gloria"}, subject="Fwd: Tax Refund Notice - Action Required", sig=""),
]
