"""People: customers, agents, journalists and researchers writing to the two privacy mailboxes.

Each spec: sid, cat, mailbox (cc|ph), lang, program, frm (name, address), subject, text (the sender's new text,
signature included), labels, unclear, entities, note; optional: ack ('from' default | 'reply_to' | None),
reply_to, quote (one of our mails: key, days before, and for acknowledgements their_subject/whats), forward,
attach, months (allowed months of 2026), to (display name, address).
"""
from pdf import make_pdf, make_png

MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

PEOPLE = [
    # ------------------------------------------------------------------ laws cited
    dict(sid="P01", cat="CAN-SPAM demand (lawyerly)", mailbox="cc", lang="en", program="outlook",
         frm=("Gregory T. Halvorsen", "ghalvorsen@halvorsenpruitt.com"),
         to=("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
         subject="Demand to cease commercial electronic mail (15 U.S.C. § 7704)",
         text="""To whom it may concern:

I write on my own behalf and not for any client. Pursuant to the CAN-SPAM Act, 15 U.S.C. § 7704(a)(4), I request that Alliant Energy cease sending commercial electronic mail messages to this address. Your promotional e-mails (most recently one about smart thermostat rebates) continue to arrive despite my never having asked for them.

The statute allows ten business days to honor an opt-out. I trust the matter will not need to be revisited.

Regards,

Gregory T. Halvorsen
Halvorsen & Pruitt, P.L.C.
221 Third Avenue SE, Suite 400
Cedar Rapids, IA 52401""",
         labels=[MO], unclear=False,
         entities={"name": "Gregory T. Halvorsen", "postal_code": "52401"},
         note="Lawyer citing CAN-SPAM for himself; the wish is plain: no more promotional e-mail. Statute citations "
              "and the office ZIP in the signature are noise around a clear marketing opt-out."),

    dict(sid="P02", cat="CCPA 'Do Not Sell or Share' (Iowa resident)", mailbox="ph", lang="en", program="gmail",
         frm=("Priya Venkataraman", "priya.venk88@gmail.com"),
         subject="Do Not Sell or Share My Personal Information",
         text="""Hello,

I'd like to exercise my right to opt out of the sale or sharing of my personal information. I know the CCPA is a California law and I live in Iowa, but I'm hoping you honor the same choice for customers here.

To be clear: I like the PowerHouse catalog and want to keep getting it. I just don't want my name and address going to other catalog companies.

Thanks,
Priya Venkataraman
Iowa City, IA 52245""",
         labels=[CS], unclear=False,
         entities={"name": "Priya Venkataraman", "postal_code": "52245"},
         note="CCPA wording from an Iowa resident; which law applies does not matter, the wish is a share opt-out "
              "and she explicitly keeps the catalog, so no marketing opt-out (rulebook: keep catalog, don't share)."),

    dict(sid="P03", cat="CPRA opt-out + limit sensitive PI + categories", mailbox="ph", lang="en", program="apple",
         frm=("Daniel Okafor", "dokafor@icloud.com"),
         subject="CPRA request: opt out of sale/sharing + limit use of sensitive PI",
         text="""Hi PowerHouse team,

Two requests under the CPRA (Cal. Civ. Code 1798.120 and 1798.121):

1. Opt me out of any sale or sharing of my personal information, including the customer-list exchanges with other catalogs.
2. Limit the use and disclosure of any sensitive personal information you hold about me.

Separately, please tell me which categories of my information you sold or shared in the last 12 months and to what kinds of companies.

My customer number from the back of the catalog is 447 120 3958.

Daniel Okafor""",
         labels=[CS, Q], unclear=False,
         entities={"name": "Daniel Okafor", "account": "447 120 3958"},
         note="Clear share opt-out; the 'limit sensitive PI' demand and the categories-disclosed question need a "
              "human answer, hence question too."),

    dict(sid="P04", cat="Iowa Consumer Data Protection Act (715D)", mailbox="cc", lang="en", program="thunderbird",
         frm=("Ruth Ann Brenneman", "rabrenneman@netins.net"),
         subject="Iowa Consumer Data Protection Act - opt out of sale",
         text="""Dear Sir or Madam,

I am an Iowa resident and an Alliant Energy customer (account 6120483357). Under Iowa Code chapter 715D, the Iowa Consumer Data Protection Act, I am exercising my right to opt out of the sale of my personal data. That includes any rental or exchange of my name and address through your PowerHouse Catalog.

I would also like to know whether you process my personal data for targeted advertising, and if so, how I can opt out of that as well.

Thank you,
Ruth Ann Brenneman
Pella, Iowa 50219""",
         labels=[CS, Q], unclear=False,
         entities={"name": "Ruth Ann Brenneman", "account": "6120483357", "postal_code": "50219"},
         note="Iowa privacy act cited correctly; opt-out of sale = catalog share opt-out. The targeted-advertising "
              "question is a how-to question, not a marketing opt-out (ads are not postal/e-mail marketing)."),

    dict(sid="P05", cat="'Wisconsin privacy act' (no such law enacted)", mailbox="ph", lang="en", program="outlook_com_html",
         frm=("Tom Wendt", "tomwendt54@hotmail.com"),
         subject="Wisconsin privacy law request",
         text="""To PowerHouse Catalog,

Under the Wisconsin Data Privacy Act I am instructing you to stop selling or trading my name to other catalog companies. I'm also done with your catalog, so quit mailing it to me.

Thomas Wendt
W6124 County Road K
Fond du Lac WI 54937""",
         labels=[CS, MO], unclear=False,
         entities={"name": "Thomas Wendt", "postal_code": "54937"},
         note="Cites a Wisconsin act that exists only as a bill; the wrong law changes nothing: both wishes are "
              "stated plainly. HTML-only Outlook.com message."),

    dict(sid="P06", cat="GDPR Art. 15 access request (by mistake)", mailbox="cc", lang="en", program="gmail",
         frm=("Anneliese Roth", "anneliese.roth@gmail.com"),
         subject="Subject Access Request (GDPR Art. 15)",
         text="""Dear Data Protection Officer,

Under Article 15 of the General Data Protection Regulation I request access to the personal data Alliant Energy holds about me, namely:

- a copy of all personal data concerning me;
- the purposes of the processing;
- the recipients or categories of recipients to whom the data have been disclosed;
- the period for which the data will be stored.

Please respond within one month as required by Article 12(3).

My service address is 1407 Sherman Avenue, Madison, WI 53703; account number 21-7734-0915.

Yours faithfully,
Anneliese Roth""",
         labels=[Q], unclear=False,
         entities={"name": "Anneliese Roth", "postal_code": "53703", "account": "21-7734-0915"},
         note="GDPR does not govern a Wisconsin utility customer, but a request for a copy of one's data is a clear "
              "question (rulebook: data requests). No opt-out asked."),

    dict(sid="P07", cat="GDPR Art. 17 erasure (by mistake)", mailbox="ph", lang="en", program="yahoo",
         frm=("Marcus Bell", "marcusbell_ia@yahoo.com"),
         subject="Right to be forgotten - erase my data",
         text="""Hello,

I'm invoking my right to erasure under Article 17 GDPR. Erase all personal data you have about me without undue delay, including my catalog order history, and confirm in writing when it's done.

Marcus Bell
Davenport IA 52807""",
         labels=[Q], unclear=True,
         entities={"name": "Marcus Bell", "postal_code": "52807"},
         note="Delete-everything request: unclear plus question per the rulebook (the bot may not delete account "
              "data). Not turned into an opt-out: he asks for erasure, not to stop mail."),

    dict(sid="P08", cat="GDPR Art. 21 objection to direct marketing", mailbox="cc", lang="en", program="outlook",
         frm=("Helen Price", "hprice@wi.rr.com"),
         subject="Objection to direct marketing",
         text="""Good afternoon,

My niece, who lives in Germany, tells me Article 21 of the GDPR lets people object to direct marketing. I realize you are an American company and it probably doesn't apply, but the point stands: I object to any further marketing from Alliant Energy. No more promotional letters, no more sales e-mails.

Helen Price
Janesville""",
         labels=[MO], unclear=False,
         entities={"name": "Helen Price"},
         note="Wrong jurisdiction, unmistakable wish: no promotional letters or e-mails = marketing opt-out."),

    # ------------------------------------------------------------------ Global Privacy Control / browser
    dict(sid="P09", cat="Global Privacy Control as opt-out", mailbox="ph", lang="en", program="gmail",
         frm=("Kevin Tran", "kevintran.dsm@gmail.com"),
         subject="Global Privacy Control = opt out",
         text="""Hi there,

My browser (Brave) sends the Global Privacy Control signal on every site, including yours when I order from the PowerHouse Catalog. Please treat that as my request to opt out of the sale/sharing of my personal info. Don't pass my name or address along to other catalog companies.

Keep the catalogs coming though, I like them.

Kevin Tran
50315""",
         labels=[CS], unclear=False,
         entities={"name": "Kevin Tran", "postal_code": "50315"},
         note="GPC mentioned, but he also states the wish in words (don't pass my name to other catalogs) and keeps "
              "the catalog: share opt-out only."),

    dict(sid="P10", cat="GPC question", mailbox="cc", lang="en", program="iphone",
         frm=("Sara Lindgren", "saralindgren@me.com"),
         subject="Does your site honor GPC?",
         text="""Quick question. I have Global Privacy Control turned on in Firefox. Does Alliant actually honor that? Or do I still have to fill out some form somewhere to keep you from sharing my info?""",
         labels=[Q], unclear=False, entities={},
         note="Asks how opting out works (does GPC count, is there a form): question only, no opt-out requested "
              "(rulebook: a question about how to opt out)."),

    dict(sid="P11", cat="browser Do Not Track + conditional opt-out", mailbox="cc", lang="en", program="gmail",
         frm=("Jeff Haugen", "jhaugen1962@gmail.com"),
         subject="Do Not Track setting",
         text="""I turned on Do Not Track and blocked third party cookies in Chrome a while back. Does that stop your promotional emails? If it doesn't, please take me off your marketing email list.

Thanks
Jeff""",
         labels=[MO, Q], unclear=False,
         entities={"name": "Jeff"},
         note="Question about browser settings plus a clear fallback request ('if not, take me off'): both labels; "
              "either answer to his question ends in the same opt-out."),

    # ------------------------------------------------------------------ what is shared, with whom
    dict(sid="P12", cat="who has my data", mailbox="ph", lang="en", program="aol",
         frm=("Dorothy Kimmel", "dkimmel@aol.com"),
         subject="Who did you give my name to",
         text="""I want to know EXACTLY who you have given my name and address to. Please send me the list of the companies. I have been getting catalogs from places I never heard of.

Dorothy Kimmel
Dubuque""",
         labels=[Q], unclear=False,
         entities={"name": "Dorothy Kimmel"},
         note="Demands the list of recipients; she does not ask us to stop sharing, so no opt-out is read into "
              "her anger: question only."),

    dict(sid="P13", cat="what is shared + stop (utility data)", mailbox="cc", lang="en", program="thunderbird",
         frm=("Norbert Esch", "nesch@mhtc.net"),
         subject="Third-party disclosures - request",
         text="""Good morning,

Please tell me which third parties, if any, received my name, mailing address or energy usage data in the past 12 months, and for what purpose.

Whatever the answer, I do not want my information sold or shared with outside companies from here on. Consider this my opt-out.

Norbert Esch
Account 991 147 2036""",
         labels=[CS, Q], unclear=False,
         entities={"name": "Norbert Esch", "account": "991 147 2036"},
         note="Disclosure question plus an explicit opt-out of sale/sharing; sent to customercare, but the wish is "
              "the share opt-out regardless of mailbox."),

    dict(sid="P14", cat="smart meter data question", mailbox="cc", lang="en", program="apple",
         frm=("Arthur Klemme", "aklemme@mac.com"),
         subject="Smart meter data",
         text="""Hello,

Is the 15-minute interval data from my smart meter shared with anyone outside Alliant Energy, for example marketing firms or researchers? If it is, is there a way to opt out of that?

Arthur Klemme
Sun Prairie, WI""",
         labels=[Q], unclear=False,
         entities={"name": "Arthur Klemme"},
         note="Asks whether usage data is shared and how to opt out: a how-to question, not an opt-out."),

    dict(sid="P15", cat="solar-installer calls: do you sell my info?", mailbox="cc", lang="en", program="apple",
         frm=("Joanne Wiese", "jwiese@icloud.com"),
         subject="Do you sell customer info to solar companies?",
         text="""Do you sell customer information to solar companies? Ever since I signed up for budget billing I get calls from solar installers who somehow know I'm an Alliant customer and roughly what my bill is.

I'd like a straight answer.

Joanne""",
         labels=[Q], unclear=False,
         entities={"name": "Joanne"},
         note="Suspects data sale, asks a yes/no question; asks nothing to be stopped, and the calls are not ours "
              "anyway: question only."),

    # ------------------------------------------------------------------ copy / correct / delete
    dict(sid="P16", cat="correction of name", mailbox="cc", lang="en", program="gmail",
         frm=("Kathryn Mueller", "kmueller.wausau@gmail.com"),
         subject="Name misspelled on my account",
         text="""Hi,

Your mail to me comes addressed to "Kathryn Mueler" (one L). It should be Mueller with two Ls. Could you correct the spelling on my account? Account number 8835102246.

Thank you!
Kathryn Mueller""",
         labels=[Q], unclear=False,
         entities={"name": "Kathryn Mueller", "account": "8835102246"},
         note="Correction of personal data = question. The misspelled variant also appears; the entity is the name "
              "she signs with."),

    dict(sid="P17", cat="change of address + stop promotions", mailbox="cc", lang="en", program="outlook_ios",
         frm=("Jen Sorensen", "jensorensen@outlook.com"),
         subject="New address + promo mail",
         text="""Hi - we moved last month from Fitchburg to 2280 Autumn Leaf Ln, Sun Prairie WI 53590. Please update the mailing address on account 330 211 8447.

And while you're at it, no more promotional mailers or emails please, we get way too many.

Jen Sorensen

Get Outlook for iOS""",
         labels=[MO, Q], unclear=False,
         entities={"name": "Jen Sorensen", "postal_code": "53590", "account": "330 211 8447"},
         note="Change of address (question) and a plain marketing opt-out in one message: both labels."),

    dict(sid="P18", cat="access request via web form", mailbox="cc", lang="en", program="webform",
         frm=("Alliant Energy Web Forms", "noreply@forms.alliant-energy.com"),
         reply_to=("Steven Marsh", "smarsh@windstream.net"), ack="reply_to",
         subject="Privacy request form: Request a copy of my personal information",
         text="""A new submission was received from the Privacy Request form on alliant-energy.com.

Request type: Request a copy of my personal information
Name: Steven Marsh
Email: smarsh@windstream.net
Service ZIP code: 52405
Account number (optional): 5519027730
Comments: Please include my usage history and anything you got about me from outside companies.

Submitted: {submitted}
Form ID: privacy-v3""",
         labels=[Q], unclear=False,
         entities={"name": "Steven Marsh", "postal_code": "52405", "account": "5519027730"},
         note="Our web form relays the visitor's request from a no-reply address: ack goes to Reply-To. A copy-of-"
              "data request is a clear question."),

    dict(sid="P19", cat="Do Not Sell via web form + stop e-mails", mailbox="cc", lang="en", program="webform",
         frm=("Alliant Energy Web Forms", "noreply@forms.alliant-energy.com"),
         reply_to=("Carla Mendez", "carla.mendez@gmail.com"), ack="reply_to",
         subject="Privacy request form: Do Not Sell or Share My Personal Information",
         text="""A new submission was received from the Privacy Request form on alliant-energy.com.

Request type: Do Not Sell or Share My Personal Information
Name: Carla Mendez
Email: carla.mendez@gmail.com
Service ZIP code: 52722
Account number (optional):
Comments: Also please stop sending me promotional emails, I never signed up for those.

Submitted: {submitted}
Form ID: privacy-v3""",
         labels=[CS, MO], unclear=False,
         entities={"name": "Carla Mendez", "postal_code": "52722"},
         note="Form request type is the share opt-out; the comment adds a marketing e-mail opt-out. Relay From, so "
              "ack to Reply-To."),

    dict(sid="P20", cat="stop catalog + delete my data", mailbox="ph", lang="en", program="gmail_android",
         frm=("Nicole Baird", "nbaird.art@gmail.com"),
         subject="catalog",
         text="""pls take me off the catalog mailing list and delete whatever info you have on me. I don't want you keeping it.
Nicole""",
         labels=[MO, Q], unclear=True,
         entities={"name": "Nicole"},
         note="The catalog opt-out is clear, but 'delete whatever info you have on me' is a delete-everything request "
              "(rulebook: unclear plus question), so the whole message goes to review."),

    dict(sid="P21", cat="PDF letter attached, request stated in body", mailbox="ph", lang="en", program="outlook",
         frm=("Frances Okonkwo", "fokonkwo@mchsi.com"),
         subject="Opt-out of sale and sharing - letter attached",
         text="""Hello,

Please find attached my signed letter requesting that PowerHouse Catalog not sell, rent or exchange my name and address with any other company. I'm sending it by e-mail as well as by post so there is no confusion.

I am happy to keep receiving your catalog.

Frances Okonkwo
Account 10-2984-5561""",
         attach=[("Okonkwo_opt-out_letter.pdf", "application/pdf",
                  make_pdf(["Frances Okonkwo", "Account 10-2984-5561", "",
                            "To PowerHouse Catalog:",
                            "Please do not sell, rent or exchange my name and address",
                            "with any other company.", "", "Signed, Frances Okonkwo"]))],
         labels=[CS], unclear=False,
         entities={"name": "Frances Okonkwo", "account": "10-2984-5561"},
         note="The attachment repeats the request, but the body states it in her own words, so nothing depends on "
              "reading the PDF: share opt-out only (keeps the catalog)."),

    # ------------------------------------------------------------------ opt-outs in many registers
    dict(sid="P22", cat="informal marketing opt-out", mailbox="cc", lang="en", program="yahoo",
         frm=("Dale Schnoor", "dschnoor@yahoo.com"),
         subject="junk mail",
         text="""quit sending me all the junk mail about rebates and smart thermostats and heat pumps. not interested. I pay my bill thats all I want from you

Dale Schnoor
Waverly IA""",
         labels=[MO], unclear=False,
         entities={"name": "Dale Schnoor"},
         note="Rough wording, clear object (promotional mail about rebates): marketing opt-out."),

    dict(sid="P23", cat="short share opt-out", mailbox="ph", lang="en", program="iphone",
         frm=("Beverly Lindquist", "bevlindquist@icloud.com"),
         subject="my name",
         text="""Please don't rent or sell my name to anyone.
Thanks,
Bev""",
         labels=[CS], unclear=False,
         entities={"name": "Bev"},
         note="Two lines, unmistakable: don't rent or sell my name = share opt-out; nothing about stopping the catalog."),

    dict(sid="P24", cat="identity theft: lock everything down", mailbox="ph", lang="en", program="outlook_com",
         frm=("Greg Ostrowski", "gostrowski@live.com"),
         subject="Privacy - identity theft victim",
         text="""After having my identity stolen last year I am locking everything down. Effective now:

- do not sell, share, rent or trade my name, address or anything else about me to any other company
- stop mailing me the PowerHouse Catalog

Gregory Ostrowski
3318 Pine Ridge Ct, Appleton WI 54914""",
         labels=[CS, MO], unclear=False,
         entities={"name": "Gregory Ostrowski", "postal_code": "54914"},
         note="Identity-theft context, but the two asks are explicit and need no answer: both opt-outs, no question."),

    dict(sid="P25", cat="identity theft: fraudulent service account", mailbox="cc", lang="en", program="gmail_android",
         frm=("Tamika Jones", "tamika.jones319@gmail.com"),
         subject="Fraudulent account opened in my name",
         text="""Hello,

I am a victim of identity theft. I just found out from my credit report that someone opened electric service in my name at an address in Cedar Rapids where I have never lived. I filed a report with the FTC (IdentityTheft.gov report number 171845529) and with the Cedar Rapids police.

What do you need from me to close this account and get it off my name? And can you send me a copy of whatever application or ID was used to open it?

Tamika Jones
Marion, IA 52302
319-555-0147""",
         labels=[Q], unclear=False,
         entities={"name": "Tamika Jones", "postal_code": "52302"},
         note="Identity-theft victim with concrete questions and a records request: question only; no opt-out "
              "wording anywhere."),

    # ------------------------------------------------------------------ catalogs from other companies
    dict(sid="P26", cat="catalog from another company: did you sell my address?", mailbox="ph", lang="en", program="gmail",
         frm=("Amy Richter", "amyrichter.ia@gmail.com"),
         subject="Did you sell my address??",
         text="""This week I got a catalog from "Northwoods Home & Hearth" that I never asked for. The only place I've ever bought that kind of thing is your PowerHouse catalog, and they even got my name the same odd way you have it (Amy L Richter, no period). So did you sell my address to them?

If you did, stop. Don't give my info to anybody else.

Amy Richter""",
         labels=[CS, Q], unclear=False,
         entities={"name": "Amy Richter"},
         note="Blames us for another company's catalog: the 'did you sell it?' needs an answer, and 'don't give my "
              "info to anybody else' is a share opt-out. She does not ask to stop our catalog."),

    dict(sid="P27", cat="catalog from another company: complaint only", mailbox="cc", lang="en", program="aol",
         frm=("Ron Kuehl", "rkuehl@aol.com"),
         subject="junk catalogs",
         text="""I keep getting catalogs from some outfit called Prairie Garden Supply and I never signed up for anything from them. Only people who have my address are you and the bank. I want to know how they got it and who gave it to them.
Ron Kuehl""",
         labels=[Q], unclear=False,
         entities={"name": "Ron Kuehl"},
         note="Angry about another company's catalog and asks how they got his address; no stop or don't-share wish "
              "for us is stated, so only a question (not unclear: what he wants, an answer, is plain)."),

    dict(sid="P28", cat="other catalogs after ordering: keep yours, stop sharing", mailbox="ph", lang="en", program="apple",
         frm=("Linda Haas", "lhaas@me.com"),
         subject="Catalog list",
         text="""Hi,

I started getting a pile of catalogs from other companies after I ordered from you last fall. I'm guessing that's the list sharing mentioned at the bottom of your e-mails. I'd like to keep getting the PowerHouse Catalog, but please take me out of the list you share with other companies.

Thanks,
Linda Haas
Sheboygan, WI 53081""",
         labels=[CS], unclear=False,
         entities={"name": "Linda Haas", "postal_code": "53081"},
         note="Keep the catalog, stop the sharing: share opt-out only (rulebook channel-limits example)."),

    dict(sid="P29", cat="buried in catalogs: off every list incl. yours", mailbox="ph", lang="en", program="yahoo",
         frm=("Jim Voss", "jimvoss22@yahoo.com"),
         subject="Too many catalogs",
         text="""Ever since I ordered a space heater from you I've been buried in catalogs from outfits I never heard of. Take me off every list you are part of -- yours too. No more PowerHouse catalog and don't send my name to anybody.

Jim Voss
52501""",
         labels=[MO, CS], unclear=False,
         entities={"name": "Jim Voss", "postal_code": "52501"},
         note="Blames us for other catalogs and asks for both: stop our catalog and don't share his name."),

    dict(sid="P30", cat="complaint: Do Not Sell not honored", mailbox="ph", lang="en", program="outlook",
         frm=("Victor Salas", "vsalas@outlook.com"),
         subject="Ignored Do Not Sell request",
         text="""On March 2 I submitted a "Do Not Sell or Share" request through your website. It is now almost two months later and I'm still getting catalogs from companies that could only have gotten my name from your list.

Stop selling my name, and tell me why my first request was ignored.

Victor Salas""",
         labels=[CS, Q], unclear=False,
         entities={"name": "Victor Salas"},
         note="Refers to an earlier request but says exactly what it was and repeats it ('stop selling my name'), so "
              "not the reference-without-object case: share opt-out plus a complaint needing an answer.",
         months=(4, 5)),

    # ------------------------------------------------------------------ journalists, researchers
    dict(sid="P31", cat="journalist: data practices", mailbox="cc", lang="en", program="outlook",
         frm=("Hannah Cole", "hcole@cedarvalleyledger.com"),
         subject="Media inquiry: customer data sharing (deadline Thursday)",
         text="""Hello,

I'm a reporter with the Cedar Valley Ledger working on a story about how utilities and their affiliates use customer data. A few questions:

1. Does Alliant Energy, or the PowerHouse Catalog, sell, rent or exchange customer names and addresses with other companies? If so, with roughly how many?
2. Is electricity usage data from smart meters ever shared with third parties for marketing?
3. How many customers opted out of list sharing last year?

My deadline is Thursday at 5 p.m. If there's a media relations contact I should be using instead, please point me to them.

Thanks,
Hannah Cole
Staff Reporter, Cedar Valley Ledger
(319) 555-0162""",
         labels=[Q], unclear=False,
         entities={"name": "Hannah Cole"},
         note="Press inquiry about data practices: a question, not a request about her own data."),

    dict(sid="P32", cat="researcher: list-exchange practices", mailbox="ph", lang="en", program="thunderbird",
         frm=("Miguel Ferreira", "m.ferreira@lakelandstate.edu"),
         subject="Research question: catalog list exchange practices",
         text="""Dear PowerHouse Catalog team,

I am an assistant professor of information science at Lakeland State University, studying how mid-sized catalog retailers disclose list-exchange practices to their customers. I would be grateful for answers to a few short questions:

- Do you take part in a catalog cooperative database, or exchange lists directly with other mailers?
- How is the opt-out from list sharing offered to customers (order form, website, phone)?
- Roughly what share of your customers opt out?

Answers may be reported in aggregate without naming the company if you prefer. I am happy to send our IRB approval letter.

Best regards,
Dr. Miguel Ferreira
Assistant Professor, School of Information
Lakeland State University""",
         labels=[Q], unclear=False,
         entities={"name": "Miguel Ferreira"},
         note="Academic inquiry about data practices: question. Name without the 'Dr.' title (rulebook: entities)."),

    dict(sid="P33", cat="privacy watcher: data broker registration", mailbox="ph", lang="en", program="proton",
         frm=("", "listwatch@proton.me"),
         subject="Are you registered as a data broker?",
         text="""Is the PowerHouse Catalog (or Alliant Energy) registered as a data broker in any state -- Vermont, California, Texas, Oregon? Selling or renting your customer file to other mailers sounds like it would qualify in at least some of them.

Just curious what your position is.""",
         labels=[Q], unclear=False, entities={},
         note="Anonymous privacy-minded question about registration; no request about the writer's own data."),

    # ------------------------------------------------------------------ on behalf of someone else
    dict(sid="P34", cat="removal service as authorized agent (sale + deletion)", mailbox="ph", lang="en", program="outlook_com",
         frm=("ClearTrace Privacy Requests", "requests@cleartrace-privacy.com"),
         subject="Authorized agent request - opt-out and deletion - Janet Albers",
         text="""Dear Privacy Officer,

ClearTrace acts as authorized agent for the consumer named below. On the consumer's behalf we request that you:

(1) stop selling, renting or sharing the consumer's personal information with third parties; and
(2) delete all personal information you hold about the consumer.

Consumer: Janet Albers
Address: 915 Elm Street, Waterloo, IA 50701
Email on file: j.albers@mchsi.com

A signed authorization is available on request. Please reply to this address with the outcome.

ClearTrace Privacy Requests Team""",
         labels=[CS, Q], unclear=True,
         entities={"name": "Janet Albers", "postal_code": "50701"},
         note="Data-removal service writing for a client; standing rests on an authorization we have not seen "
              "(rulebook: on behalf of someone else = unclear unless standing is clear), and deletion adds "
              "question/unclear. Entities are the client's. Ack to the agent's address, which asks to be answered."),

    dict(sid="P35", cat="lawyer for a client, authorization attached (access)", mailbox="cc", lang="en", program="outlook",
         frm=("Eric M. Lindahl", "elindahl@lindahllawsc.com"),
         subject="Request for records - client Marjorie Stokes",
         text="""Dear Sir or Madam,

This office represents Marjorie Stokes in a dispute with her former landlord. On her behalf we request a copy of all personal information Alliant Energy holds about Ms. Stokes, including account history for service at 604 Oak Street, Baraboo, WI 53913 from 2023 to the present.

An authorization signed by Ms. Stokes is attached.

Very truly yours,

Eric M. Lindahl
Lindahl Law Office, S.C.
(608) 555-0118""",
         attach=[("Stokes_authorization.pdf", "application/pdf",
                  make_pdf(["AUTHORIZATION TO RELEASE INFORMATION", "",
                            "I, Marjorie Stokes, authorize Lindahl Law Office, S.C.",
                            "to request and receive my utility account records.", "",
                            "Signature: ____________________   Date: __________"]))],
         labels=[Q], unclear=True,
         entities={"name": "Marjorie Stokes", "postal_code": "53913"},
         note="Access request made for someone else by her lawyer; the attached authorization still has to be checked "
              "by staff, so unclear per the on-behalf rule; the access request itself is a question."),

    dict(sid="P36", cat="opt-out service as agent (marketing)", mailbox="cc", lang="en", program="gmail",
         frm=("OptOutPro Agent Desk", "agent-desk@optoutpro.io"),
         subject="Authorized Agent Request: marketing opt-out for Craig Dolan",
         text="""Hello Alliant Energy privacy team,

OptOutPro submits this request as authorized agent for our member:

Name: Craig Dolan
Address: 4410 Lakeshore Dr, Dubuque, IA 52001
E-mail: craigdolan.dbq@gmail.com

Our member asks to be removed from all of your postal and e-mail marketing lists. Proof of authorization is attached.

Please confirm completion by replying to this message.

OptOutPro Agent Desk""",
         attach=[("member_authorization_CD.pdf", "application/pdf",
                  make_pdf(["OptOutPro member authorization", "Member: Craig Dolan",
                            "I authorize OptOutPro to submit privacy requests on my behalf."]))],
         labels=[MO], unclear=True,
         entities={"name": "Craig Dolan", "postal_code": "52001"},
         note="Agent service writing for a member: the wish (marketing opt-out) is clear but the standing is the "
              "agent's claim, so unclear (rulebook: on behalf of someone else)."),

    dict(sid="P37", cat="account holder for the household (standing clear)", mailbox="cc", lang="en", program="outlook",
         frm=("Mark Jablonski", "mjablonski@tds.net"),
         subject="Promotional mail",
         text="""Hello,

I'm the account holder at our house (account 2207419386). Please remove my wife Karen and me, and anyone else at this address, from all of your promotional mailings and e-mails. We don't need the energy-saving offers.

Mark Jablonski
Stevens Point, WI 54481""",
         labels=[MO], unclear=False,
         entities={"name": "Mark Jablonski", "account": "2207419386", "postal_code": "54481"},
         note="Writes for his household but is the account holder, which the rulebook says is fine: clear marketing "
              "opt-out."),

    dict(sid="P38", cat="parent (account holder) for a minor child", mailbox="ph", lang="en", program="gmail",
         frm=("Dana Kirchner", "dana.kirchner@gmail.com"),
         subject="Catalogs addressed to my son",
         text="""Hi,

My 15-year-old ordered a phone charger from your catalog with my card, and now catalogs come to our house addressed to him. I'm his mom and the one who paid for the order. Please take Tyler Kirchner off your mailing list and don't share his name with any other company.

Thanks,
Dana Kirchner""",
         labels=[MO, CS], unclear=False,
         entities={"name": "Tyler Kirchner"},
         note="On behalf of someone else, but a parent about a minor in her own household who made the purchase "
              "with her card has clear standing; entities name the person the request is for (the son)."),

    dict(sid="P39", cat="daughter for deceased father", mailbox="ph", lang="en", program="gmail",
         frm=("Susan Lind-Carver", "susanlindcarver@gmail.com"),
         subject="My father's catalogs",
         text="""Hello, my father Harold Lind passed away in February. He still gets the PowerHouse Catalog at his house in Decorah (the house is being sold). Please stop mailing it, and please don't give his name out to other companies either. It's hard to see his name on all this mail.

Thank you,
Susan""",
         labels=[MO, CS], unclear=True,
         entities={"name": "Harold Lind"},
         note="Request for a deceased parent: unclear by the on-behalf rule (standing as executor/family not shown); "
              "the wishes themselves are both opt-outs. Entities name the father."),

    dict(sid="P40", cat="daughter with power of attorney for mother", mailbox="cc", lang="en", program="outlook",
         frm=("Lisa Ebbers-Hahn", "lebbershahn@gmail.com"),
         subject="Power of attorney - stop marketing to Ruth Ebbers",
         text="""To Alliant Energy,

I hold durable power of attorney for my mother, Ruth Ebbers (account 12-4410-0983), who now lives in memory care. A copy of the POA is attached.

Please stop all marketing mail and e-mail to her, and do not share her name or address with any other company. She has been responding to some of these offers and it is confusing her.

Lisa Ebbers-Hahn""",
         attach=[("POA_Ruth_Ebbers.pdf", "application/pdf",
                  make_pdf(["DURABLE POWER OF ATTORNEY", "Principal: Ruth Ebbers",
                            "Agent: Lisa Ebbers-Hahn", "(copy)"]))],
         labels=[MO, CS], unclear=True,
         entities={"name": "Ruth Ebbers", "account": "12-4410-0983"},
         note="Attorney-in-fact for her mother: standing depends on a document staff must check, so unclear like "
              "the other agents; both opt-outs are stated. Entities name the mother and her account."),

    dict(sid="P41", cat="wife writing, husband holds the account", mailbox="cc", lang="en", program="yahoo",
         frm=("Sheila Moore", "sheilamoore1958@yahoo.com"),
         subject="Stop the promotional stuff",
         text="""Hello,
The account is in my husband's name (Dennis Moore) but I'm the one who deals with the mail. We'd both like to stop getting the promotional stuff -- the thermostat offers and the newsletters.
Thanks, Sheila Moore""",
         labels=[MO], unclear=True,
         entities={"name": "Dennis Moore"},
         note="Spouse who is not the account holder writes about mail addressed to him: the rulebook's spouse case "
              "is unclear. Wish itself is a marketing opt-out; entity is the account holder it is for."),

    dict(sid="P42", cat="new owner: catalogs for previous owner", mailbox="ph", lang="en", program="iphone",
         frm=("Kelsey Brandt", "kbrandt@icloud.com"),
         subject="Previous owner",
         text="""We bought our house last year and your catalogs keep coming for the previous owner, Gary Moeller. He moved to Arizona. Can you stop sending them here? 2116 Bluff St, Dubuque 52003""",
         labels=[MO], unclear=True,
         entities={"name": "Gary Moeller", "postal_code": "52003"},
         note="Asks to stop mail addressed to someone else (a former owner she has no standing for): unclear by the "
              "on-behalf rule; staff may just mark the address. Entities name the person the mail is for."),

    # ------------------------------------------------------------------ replies to our mail
    dict(sid="P43", cat="STOP under our promotion", mailbox="cc", lang="en", program="iphone",
         frm=("Chad Becker", "chadbecker@icloud.com"),
         subject="Re: Save up to $100 on a smart thermostat this spring",
         text="STOP", nosig=True,
         quote=dict(key="promo_thermostat", days=1),
         labels=[MO], unclear=False, entities={},
         note="One-word STOP under one of our promotions takes its meaning from what it answers: marketing opt-out.",
         months=(3, 5)),

    dict(sid="P44", cat="'Unsubscribe' under a bill-ready notice", mailbox="cc", lang="en", program="outlook_com",
         frm=("Brenda Falk", "brendafalk@hotmail.com"),
         subject="Re: Your Alliant Energy bill is ready to view",
         text="Unsubscribe",
         quote=dict(key="bill_ready", days=2),
         labels=[], unclear=True, entities={},
         note="Same word, but under a service message (bill notice): not a marketing opt-out; unclear per the rulebook "
              "(she may want paperless-notice changes, not marketing)."),

    dict(sid="P45", cat="'remove me' under a catalog e-mail", mailbox="ph", lang="en", program="yahoo",
         frm=("Pam Oberbroeckling", "pamober@yahoo.com"),
         subject="Re: Fresh picks for spring from the PowerHouse Catalog",
         text="remove me",
         quote=dict(key="catalog_spring", days=3),
         labels=[MO], unclear=False, entities={},
         note="Short reply under our catalog promotion: marketing opt-out. The quoted footer mentions list sharing, "
              "but quoted text is not her request, so no share opt-out.",
         months=(3, 5)),

    dict(sid="P46", cat="thank-you reply to our acknowledgement", mailbox="cc", lang="en", program="gmail",
         frm=("Patrick Ruane", "pruane.iowa@gmail.com"),
         subject="Re: Please stop the marketing emails",
         text="""Thank you, that was fast!

Pat""",
         quote=dict(key="ack", days=1, their_subject="Please stop the marketing emails", whats=["marketing"]),
         labels=[], unclear=False, entities={"name": "Pat"}, ack=None,
         note="Pure thank-you to our acknowledgement: a person, no labels, not unclear, no answer due (ack_to null)."),

    dict(sid="P47", cat="reply to acknowledgement: how long?", mailbox="cc", lang="en", program="outlook_com",
         frm=("Gloria Steffen", "gsteffen@live.com"),
         subject="Re: Remove me from your mailing list",
         text="""How long does this actually take? I got another flyer about the furnace rebate yesterday, after your e-mail said I was removed.""",
         quote=dict(key="ack", days=6, their_subject="Remove me from your mailing list", whats=["marketing"]),
         labels=[Q], unclear=False, entities={},
         note="Reply to our acknowledgement with a new question; not a new opt-out (the old one is already recorded)."),

    dict(sid="P48", cat="reply to catalog acknowledgement: does it cover sharing?", mailbox="ph", lang="en", program="apple",
         frm=("Roger Tillman", "rtillman@mac.com"),
         subject="Re: Please take me off the catalog list",
         text="""Thanks for the quick reply. Your note says I'm off the catalog mailing list. Does that also keep my name out of the list you share with other catalog companies, or is that a separate request?

Roger""",
         quote=dict(key="ack", days=2, their_subject="Please take me off the catalog list", whats=["catalog"],
                    mailbox="ph"),
         labels=[Q], unclear=False, entities={"name": "Roger"},
         note="Asks whether the removal also covers sharing (a how-does-it-work question); he does not ask for the "
              "share opt-out, so question only."),

    dict(sid="P49", cat="Gmail unsubscribe button (List-Unsubscribe mailto)", mailbox="cc", lang="en", program="gmail",
         frm=("Patricia Nygaard", "pnygaard@gmail.com"),
         subject="unsubscribe",
         text="This message was automatically generated by Gmail.",
         labels=[MO], unclear=False, entities={},
         note="Mail client's Unsubscribe button writing to our List-Unsubscribe address: not automated, marketing "
              "opt-out; no Auto-Submitted header, so the ack goes to the sender (rulebook: software that "
              "unsubscribes for a person)."),

    # ------------------------------------------------------------------ no object / references / contradictions
    dict(sid="P50", cat="'Please stop.' with no object", mailbox="cc", lang="en", program="iphone",
         frm=("Dwayne Parrish", "dparrish@icloud.com"),
         subject=None,
         text="Please stop.",
         labels=[], unclear=True, entities={},
         note="No object, no quoted context, no subject: unclear (rulebook: no object, no context)."),

    dict(sid="P51", cat="'Opt me out' to the catalog mailbox", mailbox="ph", lang="en", program="gmail",
         frm=("Glen Rasmussen", "glenrasmussen@gmail.com"),
         subject="opt out",
         text="""Opt me out.

Glen""",
         labels=[], unclear=True,
         entities={"name": "Glen"},
         note="Opt out of what (catalog mail, sharing, both)? The catalog mailbox is only a hint: unclear."),

    dict(sid="P52", cat="'same as before' for a rental property", mailbox="cc", lang="en", program="outlook",
         frm=("Pete Vander Wal", "pvanderwal@vanderwalrentals.com"),
         subject="Rental property",
         text="""Hi,

Could you do the same thing for my rental property at 1120 Grant St, Beloit WI 53511?

Thanks,
Pete Vander Wal""",
         labels=[], unclear=True,
         entities={"name": "Pete Vander Wal", "postal_code": "53511"},
         note="'The same thing' refers to an earlier request without saying what (rulebook: reference to earlier "
              "mail), and it concerns a property with its own tenants: unclear, no label can be guessed."),

    dict(sid="P53", cat="opting back in", mailbox="ph", lang="en", program="aol",
         frm=("Marge Tiedt", "margetiedt@aol.com"),
         subject="Catalog",
         text="""A couple of years ago I had you take me off the catalog list. I've changed my mind, I'd like to start getting the PowerHouse Catalog again. My address is 77 Ridgeview Ln, Platteville WI 53818.

Marge Tiedt""",
         labels=[Q], unclear=False,
         entities={"name": "Marge Tiedt", "postal_code": "53818"},
         note="Opting back in is a question; the old removal she mentions is not a new opt-out (rulebook)."),

    dict(sid="P54", cat="self-contradicting catalog wish", mailbox="ph", lang="en", program="gmail",
         frm=("Colleen Hruska", "chruska77@gmail.com"),
         subject="catalog",
         text="""Unsubscribe me from the catalog please. Actually wait, I do want the Christmas one because I buy gifts from it. Just not all the others I guess?""",
         labels=[MO, Q], unclear=True,
         entities={},
         note="Asks to unsubscribe, then takes it back for the holiday issue: mixed/self-contradicting wishes are "
              "unclear. Labels keep both halves (the opt-out and the 'fewer catalogs' question)."),

    dict(sid="P55", cat="empty-ish reply: emoji under catalog e-mail", mailbox="ph", lang="en", program="iphone",
         frm=("Trent Mahler", "trentmahler@icloud.com"),
         subject="Re: Your PowerHouse Catalog holiday gift guide is here",
         text="\U0001F44E", nosig=True,
         quote=dict(key="catalog_holiday", days=0),
         labels=[], unclear=True, entities={},
         note="New text is a single thumbs-down emoji: says nothing decidable (rulebook: emoji reply = unclear).",
         months=(11, 11)),

    dict(sid="P56", cat="forwarded data-broker confirmation, 'see below'", mailbox="cc", lang="en", program="gmail",
         frm=("Lori Hendricks", "lorihendricks@gmail.com"),
         subject="Fwd: Your opt-out request has been processed",
         text="see below",
         forward=dict(frm=("DataSphere Privacy Center", "privacy@datasphere-ms.com"), days=3,
                      subject="Your opt-out request has been processed",
                      text="""Hello,

We have processed your request to opt out of the sale of your personal information by DataSphere Marketing Solutions. Your opt-out will be reflected in our products within 30 days.

Please note that your information may also be held by companies that obtained it before your opt-out, such as retailers, catalogs and utilities. To stop those companies from using or sharing your information, contact them directly.

Request ID: DS-2026-0448817

DataSphere Privacy Center"""),
         labels=[], unclear=True, entities={},
         note="Her new text is only 'see below'; the forwarded broker notice talks about opting out but is not her "
              "words (rulebook: whose words count). Unclear."),

    # ------------------------------------------------------------------ conventions: phone, fewer, channels
    dict(sid="P57", cat="phone calls and texts only", mailbox="cc", lang="en", program="samsung",
         frm=("Marcy Delgado", "marcydelgado@gmail.com"),
         subject="Calls and texts",
         text="""Please stop calling and texting my cell about the energy efficiency programs. 608-555-0193. I don't want those calls, I have told the person on the phone twice.
Marcy""",
         labels=[Q], unclear=False,
         entities={"name": "Marcy"},
         note="Phone calls and texts only, no postal mail or e-mail named: a question, not a marketing opt-out "
              "(project convention)."),

    dict(sid="P58", cat="send fewer catalogs", mailbox="ph", lang="en", program="apple",
         frm=("Hal Brunner", "halbrunner@me.com"),
         subject="Catalog frequency",
         text="""Do you really need to send a catalog every month? Twice a year would be plenty for me. Is there a way to set that?

Hal Brunner
Mineral Point""",
         labels=[Q], unclear=False,
         entities={"name": "Hal Brunner"},
         note="'Send fewer catalogs' is a question (project convention), not an opt-out."),

    dict(sid="P59", cat="share whatever, just stop the catalog", mailbox="ph", lang="en", program="gmail",
         frm=("Ben Acosta", "ben.acosta.wi@gmail.com"),
         subject="Stop the catalog",
         text="""Honestly I don't care who you share my name with, I just want the catalog to stop coming. It goes straight into the recycling bin every month.

Ben""",
         labels=[MO], unclear=False,
         entities={"name": "Ben"},
         note="Explicitly waives the share opt-out and wants the catalog stopped: marketing opt-out only (rulebook "
              "channel-limits example)."),

    dict(sid="P60", cat="stop the e-mails, keep the paper catalog", mailbox="ph", lang="en", program="thunderbird",
         frm=("Ingrid Solberg", "isolberg@chorus.net"),
         subject="PowerHouse e-mails",
         text="""Please stop the PowerHouse e-mails. Two or three a week is too much for me.

I still want the paper catalog in the mail, though, so please don't cancel that.

Ingrid Solberg""",
         labels=[MO], unclear=False,
         entities={"name": "Ingrid Solberg"},
         note="E-mail channel named, paper catalog kept: marketing opt-out (the record says which channel)."),

    dict(sid="P61", cat="how do I stop the sharing? (question only)", mailbox="ph", lang="en", program="yahoo",
         frm=("Craig Hoefer", "choefer@yahoo.com"),
         subject="list sharing",
         text="""How do I get my name off the list you share with other catalogs? Is there a form, or do I have to call?""",
         labels=[Q], unclear=False, entities={},
         note="Asks how to opt out without asking to be opted out: question only (rulebook)."),

    dict(sid="P62", cat="question-form request: can you stop sharing?", mailbox="ph", lang="en", program="outlook_com",
         frm=("Gail Swenson", "gailswenson@msn.com"),
         subject="Sharing my address",
         text="""Can you please stop sharing my address with other companies?

Thank you,
Gail Swenson
54601""",
         labels=[CS], unclear=False,
         entities={"name": "Gail Swenson", "postal_code": "54601"},
         note="A question that is itself the request ('can you stop sharing') is the share opt-out, nothing else "
              "needs an answer."),

    dict(sid="P63", cat="DNSMPI in subject, body only a signature", mailbox="cc", lang="en", program="apple",
         frm=("Megan Kowalczyk", "megkowalczyk@icloud.com"),
         subject="Do Not Sell or Share My Personal Information",
         text="""

Megan Kowalczyk
Portage, WI 53901""",
         labels=[CS], unclear=False,
         entities={"name": "Megan Kowalczyk", "postal_code": "53901"},
         note="The subject is her own text (not a Re: of ours) and says exactly what she wants; the body is just her "
              "signature. Clear share opt-out."),

    dict(sid="P64", cat="formal notice: decline all marketing and disclosure", mailbox="cc", lang="en", program="outlook_com_html",
         frm=("Constance Albright", "c.albright@albrightcpa.com"),
         subject="Notice of opt-out",
         text="""NOTICE OF OPT-OUT

Please accept this notice that I, Constance M. Albright, decline all marketing communications from Alliant Energy Corporation and its subsidiaries, whether by mail, e-mail or otherwise, and that I do not consent to the sale, rental, exchange or other disclosure of my personal information to any third party for any purpose other than providing utility service to me.

Service address: 88 Lakeview Terrace, Clear Lake, IA 50428

Constance M. Albright, CPA""",
         labels=[MO, CS], unclear=False,
         entities={"name": "Constance M. Albright", "postal_code": "50428"},
         note="Lawyerly notice covering both marketing and third-party disclosure: both opt-outs. Name without the "
              "', CPA' post-nominal."),

    dict(sid="P65", cat="all caps elderly writer", mailbox="ph", lang="en", program="wlm",
         frm=("Edna Pfeiffer", "ednapfeiffer@iowatelecom.net"),
         subject="PLEASE",
         text="""PLEASE TAKE MY NAME OFF YOUR MAILING LIST. I GET TOO MUCH MAIL AND I AM 86 YEARS OLD. THANK YOU.

EDNA MAE PFEIFFER
WEST UNION IOWA 52175""",
         labels=[MO], unclear=False,
         entities={"name": "EDNA MAE PFEIFFER", "postal_code": "52175"},
         note="'Take my name off your mailing list' is the textbook marketing opt-out; all caps and an old client "
              "change nothing."),

    dict(sid="P66", cat="confirm an earlier postcard opt-out; still getting e-mail", mailbox="cc", lang="en", program="gmail",
         frm=("Rebecca Thiel", "rebeccathiel@gmail.com"),
         subject="Did you get my opt-out postcard?",
         text="""Hi,

Back in March I mailed in the postcard to opt out of your marketing. Can you confirm you have it on file? I'm still getting the Energy Insider e-mails and I don't want those either.

Rebecca Thiel""",
         labels=[MO, Q], unclear=False,
         entities={"name": "Rebecca Thiel"},
         note="Names the earlier request (marketing opt-out) and restates the wish for e-mail too, so not a bare "
              "reference; plus a confirmation question.",
         months=(5, 8)),

    dict(sid="P67", cat="angry third request", mailbox="ph", lang="en", program="gmail_android",
         frm=("Hank Dorsey", "hankdorsey52@gmail.com"),
         subject="STOP THE CATALOG",
         text="""For the THIRD time, STOP SENDING ME THIS CATALOG!!! Two emails and a phone call and it still shows up every month.

Hank Dorsey
1619 W 4th St, Waterloo 50702""",
         labels=[MO, Q], unclear=False,
         entities={"name": "Hank Dorsey", "postal_code": "50702"},
         note="Clear catalog opt-out; the complaint that earlier requests were ignored is a complaint needing a "
              "human answer, so question too."),

    dict(sid="P68", cat="never ordered: where did you get my name?", mailbox="ph", lang="en", program="outlook_ios",
         frm=("Sam Nwosu", "samnwosu@outlook.com"),
         subject="Where did you get my address",
         text="""I have never ordered anything from the PowerHouse Catalog but it shows up at my apartment every month with my full name on it. Where did you get my name and address? Did you buy it from someone?

Sam

Get Outlook for iOS""",
         labels=[Q], unclear=False,
         entities={"name": "Sam"},
         note="Asks where we got his data (the reverse of the blame case); no stop wish stated: question only."),

    # ------------------------------------------------------------------ Spanish
    dict(sid="P69", cat="identidad robada (Spanish)", mailbox="cc", lang="es", program="gmail_es",
         frm=("Rosa Elena Martínez", "rosaelena.mtz@gmail.com"),
         subject="Robo de identidad - cuenta que no es mía",
         text="""Buenas tardes,

Soy víctima de robo de identidad. Me llegó una carta de cobranza de Alliant Energy por una cuenta que yo nunca abrí, a mi nombre, en una dirección de Ottumwa. Yo vivo en Muscatine desde hace ocho años.

¿Qué documentos necesitan para cerrar esa cuenta y quitarla de mi nombre? Ya hice el reporte en la policía.

Gracias,
Rosa Elena Martínez
52761""",
         labels=[Q], unclear=False,
         entities={"name": "Rosa Elena Martínez", "postal_code": "52761"},
         note="Identity-theft victim asking what to do: question only."),

    dict(sid="P70", cat="hijo escribe por su mamá (Spanish)", mailbox="ph", lang="es", program="outlook_com_es",
         frm=("José Luis Paredes", "jlparedes@hotmail.com"),
         subject="Catálogos para mi mamá",
         text="""Hola, les escribo por mi mamá, la señora Guadalupe Paredes. Ella no habla inglés y le siguen llegando los catálogos de PowerHouse a su casa en West Liberty. Ya no los quiere, por favor quítenla de la lista de envíos.

Gracias,
José Luis Paredes""",
         labels=[MO], unclear=True,
         entities={"name": "Guadalupe Paredes"},
         note="Son writing for his mother: on behalf of someone else without shown standing = unclear; the wish is a "
              "catalog opt-out. Entity is the mother, without 'señora'."),

    dict(sid="P71", cat="no más correos de promociones (Spanish)", mailbox="cc", lang="es", program="gmail_es",
         frm=("Marisol Herrera", "marisolherrera.qc@gmail.com"),
         subject="Correos de promociones",
         text="""Hola, por favor ya no me manden correos de promociones ni ofertas. No me interesan.

Gracias.
Marisol Herrera""",
         labels=[MO], unclear=False,
         entities={"name": "Marisol Herrera"},
         note="Plain Spanish marketing opt-out (promotional e-mails)."),

    dict(sid="P72", cat="no vendan mi nombre, sí el catálogo (Spanish)", mailbox="ph", lang="es", program="outlook_es",
         frm=("Francisco Javier Rangel", "fjrangel@mchsi.com"),
         subject="No compartir mis datos",
         text="""Buenos días:

Les pido que no vendan, renten ni compartan mi nombre y mi dirección con otras compañías. Sí quiero seguir recibiendo el catálogo PowerHouse, eso no lo cancelen.

Atentamente,
Francisco Javier Rangel Soto
Marshalltown, IA 50158""",
         labels=[CS], unclear=False,
         entities={"name": "Francisco Javier Rangel Soto", "postal_code": "50158"},
         note="Keep the catalog, don't share: share opt-out only, in Spanish."),

    dict(sid="P73", cat="copia de mis datos (Spanish)", mailbox="cc", lang="es", program="yahoo_es",
         frm=("Alejandra Cárdenas", "ale_cardenas@yahoo.com"),
         subject="Solicitud de copia de mis datos personales",
         text="""Estimados señores:

Quisiera recibir una copia de toda la información personal que Alliant Energy tiene sobre mí: datos de contacto, historial de pagos y cualquier información que hayan compartido con otras empresas.

Mi número de cuenta es 41-0092-7783.

Muchas gracias,
Alejandra Cárdenas
Beloit, WI 53511""",
         labels=[Q], unclear=False,
         entities={"name": "Alejandra Cárdenas", "account": "41-0092-7783", "postal_code": "53511"},
         note="Request for a copy of one's data: clear question (rulebook: data requests)."),

    dict(sid="P74", cat="BAJA bajo una promoción en español", mailbox="cc", lang="es", program="iphone_es",
         frm=("Héctor Villalobos", "hvillalobos@icloud.com"),
         subject="Re: Ahorre hasta $75 en su nueva lavadora ENERGY STAR",
         text="BAJA", nosig=False,
         quote=dict(key="promo_es", days=2),
         labels=[MO], unclear=False, entities={},
         note="One-word BAJA under our Spanish promotion, as its footer invites: marketing opt-out.",
         months=(6, 9)),

    dict(sid="P75", cat="catálogo de otra compañía (Spanish)", mailbox="ph", lang="es", program="gmail_es",
         frm=("Leticia Ochoa", "leticiaochoa.dsm@gmail.com"),
         subject="¿Vendieron mis datos?",
         text="""Hola,

Me llegó un catálogo de una compañía que se llama Hearthside Outfitters y yo nunca les compré nada. Lo único parecido que he comprado fue en su catálogo PowerHouse. ¿Ustedes les dieron mi dirección?

Si fue así, ya no lo hagan. No quiero que compartan mis datos con nadie.

Leticia Ochoa""",
         labels=[CS, Q], unclear=False,
         entities={"name": "Leticia Ochoa"},
         note="Blames us for another company's catalog: asks if we gave her address (question) and asks us not to "
              "share her data (share opt-out)."),

    dict(sid="P76", cat="borren todos mis datos (Spanish)", mailbox="cc", lang="es", program="outlook_com_es",
         frm=("Ricardo Fuentes", "ricardofuentes@live.com"),
         subject="Borrar mis datos",
         text="""Quiero que borren todos mis datos de su sistema. Ya no vivo en Iowa y no quiero que tengan mi información.

Ricardo Fuentes""",
         labels=[Q], unclear=True,
         entities={"name": "Ricardo Fuentes"},
         note="Delete-everything request: unclear plus question (rulebook: data requests)."),

    dict(sid="P77", cat="Control Global de Privacidad (Spanish question)", mailbox="cc", lang="es", program="samsung_es",
         frm=("Daniela Ruiz", "danielaruiz.ia@gmail.com"),
         subject="Pregunta sobre privacidad",
         text="""Buenas, una pregunta: tengo activado el Control Global de Privacidad (GPC) en mi navegador. ¿Eso cuenta como que no quiero que vendan mis datos, o tengo que pedirlo aparte?

Daniela""",
         labels=[Q], unclear=False,
         entities={"name": "Daniela"},
         note="Asks whether GPC counts as an opt-out: a how-to question, no opt-out requested."),

    dict(sid="P78", cat="quítenme de su lista de correo (Spanish)", mailbox="ph", lang="es", program="samsung_es",
         frm=("Juan Carlos Medina", "jcmedina71@gmail.com"),
         subject="Lista de correo",
         text="""Quítenme de su lista de correo por favor, ya no quiero recibir el catálogo.
Juan Carlos Medina""",
         labels=[MO], unclear=False,
         entities={"name": "Juan Carlos Medina"},
         note="'Remove me from your mailing list, I don't want the catalog': marketing opt-out."),

    dict(sid="P79", cat="llamadas y mensajes de texto (Spanish)", mailbox="cc", lang="es", program="gmail_es",
         frm=("Verónica Salinas", "veronica.salinas@gmail.com"),
         subject="Llamadas",
         text="""Favor de no llamarme ni mandarme mensajes de texto para ofrecerme programas. Mi número es 563-555-0178.

Verónica Salinas""",
         labels=[Q], unclear=False,
         entities={"name": "Verónica Salinas"},
         note="Calls and texts only: question per project convention, not a marketing opt-out."),

    dict(sid="P80", cat="corrección de nombre (Spanish)", mailbox="cc", lang="es", program="outlook_es",
         frm=("Adriana Hernández", "ahernandez@mchsi.com"),
         subject="Corrección de mi nombre",
         text="""Buenas tardes:

En mi cuenta 772 014 5590 mi apellido aparece como "Hernandes" con s. El correcto es Hernández, con z y con acento. ¿Me lo pueden corregir, por favor?

Gracias,
Adriana Hernández""",
         labels=[Q], unclear=False,
         entities={"name": "Adriana Hernández", "account": "772 014 5590"},
         note="Correction of personal data: question."),

    dict(sid="P81", cat="ALTO bajo alerta de interrupción (Spanish)", mailbox="cc", lang="es", program="samsung_es",
         frm=("Rubén Estrada", "rubenestrada@gmail.com"),
         subject="Re: Alerta: interrupción del servicio eléctrico en su zona",
         text="ALTO",
         quote=dict(key="outage_es", days=0),
         labels=[], unclear=True, entities={},
         note="STOP-word under a service message (outage alert): not a marketing opt-out; unclear (rulebook: short "
              "replies take their meaning from what they answer).",
         months=(6, 8)),

    dict(sid="P82", cat="derechos ARCO (ley mexicana por error)", mailbox="ph", lang="es", program="outlook_es",
         frm=("María Guadalupe Torres", "mgtorres@outlook.com"),
         subject="Ejercicio de derechos ARCO - oposición",
         text="""A quien corresponda:

Por medio del presente, y en ejercicio de mis derechos ARCO conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, manifiesto mi oposición al tratamiento de mis datos personales para fines de mercadotecnia y publicidad, así como a su transferencia a terceros.

En consecuencia, solicito que dejen de enviarme el catálogo y cualquier publicidad, y que no compartan mis datos con otras empresas.

Atentamente,
María Guadalupe Torres
Columbus Junction, IA 52738""",
         labels=[MO, CS], unclear=False,
         entities={"name": "María Guadalupe Torres", "postal_code": "52738"},
         note="Cites Mexican data-protection law (does not apply here); both wishes are spelled out: marketing "
              "opt-out and share opt-out."),
]
