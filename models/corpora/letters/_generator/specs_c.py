"""Opt-out + question (20) and question only (12)."""
CC, PH = "customercare", "powerhousecatalog"
MOQ = ["marketing_opt_out", "question"]
CSQ = ["catalog_share_opt_out", "question"]
ALLQ = ["marketing_opt_out", "catalog_share_opt_out", "question"]
Q = ["question"]

SPECS = [
# ------------------------------------------------------------------ marketing + question
dict(cat="moq:widow-executor", mailbox=CC, client="wlm", frm=("Ruth Lindqvist", "rlindqvist@netins.net"),
     date="2026-02-12 13:48", subj="My husband's account", html="alt",
     body="""\
Dear Customer Care,

My husband, Gerald R. Lindqvist, died on January 9th. I am his widow and the executor of his estate, and I have been paying the household bills since he went into the nursing home last summer.

Two things, please.

First, the promotional mail and the catalogs still come addressed to Gerald. Please stop all of that.

Second, what do I need to do to have the electric and gas account put into my own name? The account number is 3308-1172-40. Do you need a copy of the death certificate?

Thank you for your help.

Ruth Lindqvist
1312 Fifth Ave. N.
Fort Dodge, IA 50501
""",
     labels=MOQ, ent={"name": "Gerald R. Lindqvist", "postal_code": "50501", "account": "3308-1172-40"},
     note="widow and executor of the same household has standing; opt-out for mail addressed to the deceased + question on transferring the account; name = the person the request is for", ack="from"),

dict(cat="moq:farmer-bill-spike", mailbox=CC, client="zimbra", frm=("Marvin Deutsch", "mdeutsch@mchsi.com"),
     date="2026-02-05 06:14", subj="hog barn bill",
     body="""\
Two things.

Quit sending me the solar mailers and the "farm energy efficiency" flyers. I've got a barn full of them.

And I want somebody to explain to me why the bill at the hog barn went from $412 in December to $861 in January. We didn't add any heat lamps. Account no. 44150 20981.

Marvin Deutsch
2160 Quail Ave
Independence IA 50644
319-555-0162
""",
     labels=MOQ, ent={"name": "Marvin Deutsch", "postal_code": "50644", "account": "44150 20981"},
     note="opt-out from promotional flyers + billing complaint needing an answer; phone not an entity", ack="from"),

dict(cat="moq:change-of-address", mailbox=CC, client="apple", frm=("Walt Eckstein", "weckstein@icloud.com"),
     date="2026-04-09 20:02", subj="Moving May 1",
     body="""\
Hello,

We are moving from our farm near Peosta into town on May 1. Please transfer our electric service to the new address, 1820 Oak St., Dubuque 52001, starting that day, and shut off service at the farm.

And while you're at it \u2014 no more promotional mail please, at either address.

Thanks,
Walter and Jean Eckstein
""",
     labels=MOQ, ent={"name": "Walter and Jean Eckstein", "postal_code": "52001"},
     note="move/transfer of service needs staff + opt-out from promotional mail; em dash makes the text part QP utf-8", ack="from"),

dict(cat="moq:is-it-true-you-sell", mailbox=CC, client="gmail", frm=("Loren Behrens", "lorenbehrens@gmail.com"),
     date="2026-03-23 17:26", subj="E-mails and my information",
     body="""\
Please stop sending me the promotional e-mails.

Also I heard from my neighbor that you sell customer information to other companies. Is that true? I would like an honest answer.

Loren Behrens
""",
     labels=MOQ, ent={"name": "Loren Behrens"},
     note="asking WHETHER data is sold is a question, not a sharing opt-out; plus a clear e-mail opt-out", ack="from"),

dict(cat="moq:retired-teacher-paperless", mailbox=CC, client="thunderbird", frm=("Judith Carlsen", "jcarlsen@netins.net"),
     date="2026-03-07 10:31", subj="Two requests from a retired teacher",
     body="""\
Dear Customer Care,

I taught fourth grade in Mason City for thirty-four years and I still cannot resist correcting a form letter, so please forgive the red pen.

1) Please take me off the list for the paper advertisements. I received the same solar flyer three times in one week, each with a different misspelling of my street ("Delaware," "Deleware," and "Dellaware").

2) I would like to switch to paperless billing but I cannot find how to do this on your web site. Is there a form I can fill out, or can you do it from your end?

Kind regards,
Mrs. Judith Ann Carlsen
Retired, Mason City Community Schools
Mason City, IA 50401
""",
     labels=MOQ, ent={"name": "Judith Ann Carlsen", "postal_code": "50401"},
     note="retired teacher's numbered letter: paper-advertising opt-out + paperless billing question", ack="from"),

dict(cat="moq:tree-crew-complaint", mailbox=CC, client="outlook", frm=("Thomas Ferreira", "tferreira@mchsi.com"),
     date="2025-09-29 19:12", subj="Tree crew damage and mailers", html="alt", smart=True,
     body="""\
To whom it may concern,

Last Tuesday a tree crew working for your company cut back the maples along our lot line on 12th Street. They left limbs in our yard and ruts in the lawn from the truck, and nobody knocked on the door. I would like to know who is going to clean this up and repair the lawn.

Also - and I realize this is a different department - please stop sending us the "Powerful Savings" mailers. We don't want them.

Thomas Ferreira
1517 12th St NW
Clinton, IA 52732
""",
     labels=MOQ, ent={"name": "Thomas Ferreira", "postal_code": "52732"},
     note="service complaint (needs a human) first, marketing opt-out second", ack="from"),

dict(cat="moq:unsubscribe-budget-billing", mailbox=CC, client="aol", frm=("Mildred Sankey", "msankey1937@aol.com"),
     date="2026-02-04 09:20", subj="Re: Powerful Savings - your February newsletter", html="alt",
     quote=("reply", "promo_newsletter"),
     body="""\
Unsubscribe.

And while I have you, why did my budget billing amount go up $40 a month? Nobody told me anything about it. Account # 8812-0045-17.

Mildred
""",
     labels=MOQ, ent={"name": "Mildred", "account": "8812-0045-17"},
     note="unsubscribe under a newsletter + a billing question; AOL-style quoted original", ack="from"),

dict(cat="moq:veteran-medical-list", mailbox=CC, client="xfinity", frm=("Bernard Lisowski", "blisowski@comcast.net"),
     date="2026-01-31 15:47", subj="Medical equipment list", html="alt",
     body="""\
Hello,

I'm a Korea-era Navy veteran and I use an oxygen concentrator at home. A fellow at the VFW told me that the electric company keeps a list of customers on medical equipment so they know to call before a shutoff or get us back up first after a storm. How do I get on that list?

Also, please stop the sales e-mails. Every week it is something new to buy.

Bernard Lisowski
Account no. 55730 11846
""",
     labels=MOQ, ent={"name": "Bernard Lisowski", "account": "55730 11846"},
     note="question about the medical-equipment list + e-mail opt-out; 'list' appears in both senses", ack="from"),

dict(cat="moq:how-long", mailbox=PH, client="gmail", frm=("Irene Sobczak", "irenesobczak@gmail.com"),
     date="2026-03-30 11:40", subj="PowerHouse Catalog",
     body="""\
Please remove me from the PowerHouse Catalog mailing list. How long will it take before they stop coming? I got three last month.

Irene Sobczak
""",
     labels=MOQ, ent={"name": "Irene Sobczak"},
     note="clear opt-out AND a question about how long it takes -> both labels", ack="from"),

dict(cat="moq:pastor-nonprofit-rate", mailbox=CC, client="yahoo", frm=("Carla Mendenhall", "pastorcarla.bethel@yahoo.com"),
     date="2026-01-21 10:05", subj="Church account", html="alt",
     body="""\
Dear Alliant Energy,

I'm the pastor at Bethel Lutheran out in the country near Story City. Our congregation is small (about 60 on a good Sunday) and our budget is tight.

Could you tell me whether there is any special rate or assistance for churches and nonprofits? Our winter gas bill for the old sanctuary runs over $900 a month.

On the other hand, we get a great deal of promotional mail at the church that goes straight into recycling. Please remove the church from those mailings.

Peace,
Pastor Carla Mendenhall
Bethel Lutheran Church
Account no. 20994 58163
""",
     labels=MOQ, ent={"name": "Carla Mendenhall", "account": "20994 58163"},
     note="pastor for the church account: rate/assistance question + promotional mail opt-out; 'Pastor' dropped", ack="from"),

# ------------------------------------------------------------------ sharing + question
dict(cat="csq:who-already", mailbox=PH, client="xfinity", frm=("Sheldon Vogt", "svogt@comcast.net"),
     date="2026-02-28 16:16", subj="My name",
     body="""\
Do not share my name or address with any other company from now on. And I'd like to know which companies you've already given it to.

Sheldon Vogt
Sheboygan, WI 53081
""",
     labels=CSQ, ent={"name": "Sheldon Vogt", "postal_code": "53081"},
     note="sharing opt-out + asks with whom it was already shared (a question)", ack="from"),

dict(cat="csq:order-missing", mailbox=PH, client="aol", frm=("Patricia Grunewald", "pgrunewald@aol.com"),
     date="2026-03-12 14:20", subj="Catalog and my order", html="alt",
     body="""\
Hello,

I want to keep getting the catalog, but please don't give my name out to other companies.

Also, I ordered two of the draft stoppers on March 2 (order #88213) and they have not come yet. Can you check on it?

Thank you,
Patricia Grunewald
Customer No. 40-118-772
""",
     labels=CSQ, ent={"name": "Patricia Grunewald", "account": "40-118-772"},
     note="keeps catalog, no sharing + order inquiry; order number is not an account entity, customer number is", ack="from"),

dict(cat="csq:copy-of-data", mailbox=CC, client="outlook", frm=("Lawrence Engebretson", "lengebretson@tds.net"),
     date="2026-04-01 11:11", subj="Privacy request", html="alt", smart=True,
     body="""\
Dear Sir or Madam:

I hereby request that you not sell, rent, share, or otherwise disclose my name, postal address or any other personal information to third parties.

In addition, please send me a copy of the personal information you hold about me, including any record of the companies with which it has been shared. I prefer to receive this by postal mail at the address below.

Sincerely,

Lawrence T. Engebretson
1124 Vine St.
Prairie du Sac, WI 53578
my account number is 3019 7745 12
""",
     labels=CSQ, ent={"name": "Lawrence T. Engebretson", "postal_code": "53578", "account": "3019 7745 12"},
     note="non-disclosure request + data access request (copy of data is a question)", ack="from"),

dict(cat="csq:fix-label-address", mailbox=PH, client="gmail", frm=("Donna Kessler", "donnakessler.evansville@gmail.com"),
     date="2026-04-16 09:37", subj="label address and sharing",
     body="""\
Hi,

Please don't share my name with any other catalog companies.

Also, my address is printed wrong on the catalog label. It says 2251 Birch St and it should be 2215 Birch St, Evansville WI 53536. I'm getting it anyway because the mail carrier knows me, but please fix it.

Thanks,
Donna Kessler
""",
     labels=CSQ, ent={"name": "Donna Kessler", "postal_code": "53536"},
     note="sharing opt-out + address correction (change of address -> question); keeps the catalog", ack="from"),

dict(cat="csq:senior-discount", mailbox=PH, client="wlm", frm=("Eunice Haverkamp", "ehaverkamp@frontier.com"),
     date="2026-02-03 08:50", subj="Good Morning",
     body="""\
Good Morning,

Please don't pass my name along to other companies.

Also, do you still have the 10% discount for seniors on catalog orders? My late husband used to get it but I'm not sure it's in my name.

Eunice Haverkamp
""",
     labels=CSQ, ent={"name": "Eunice Haverkamp"},
     note="sharing opt-out + discount question; subject is just a greeting", ack="from"),

# ------------------------------------------------------------------ both + question
dict(cat="allq:where-did-you-get-my-name", mailbox=PH, client="outlook", frm=("Gary Tjaden", "gtjaden@frontier.com"),
     date="2026-03-25 15:32", subj="How did you get my name?", html="alt", smart=True,
     body="""\
To Whom It May Concern:

I have never in my life ordered a thing from the PowerHouse Catalog, and yet for the past year I have received it every six weeks, addressed to me by name, at a post office box I only opened in 2023. I would like to know how you obtained my name and P.O. box, and from whom.

Until I hear from you, please remove me from your mailing list and do not sell or share my name with anybody.

Gary L. Tjaden
P.O. Box 417
Reedsburg, WI 53959
""",
     labels=ALLQ, ent={"name": "Gary L. Tjaden", "postal_code": "53959"},
     note="complaint/question about the source of his name + both opt-outs; 'until I hear from you' does not make the opt-outs conditional", ack="from"),

dict(cat="allq:moving-to-daughter", mailbox=CC, client="zimbra", frm=("Verna Fitzgerald", "vfitzgerald@centurylink.net"),
     date="2026-04-17 13:03", subj="Closing my account", html="alt",
     body="""\
Hello,

I am moving in with my daughter in Ankeny at the end of the month and will be closing my account here in Boone. What do I need to do to close it and get my deposit back? I don't have internet at the new place so please mail anything to 702 SW Walnut Ln, Ankeny IA 50023.

And please no more catalogs or advertising, and do not give my name out to anyone.

Thank you,
Verna Fitzgerald
""",
     labels=ALLQ, ent={"name": "Verna Fitzgerald", "postal_code": "50023"},
     note="account closing + forwarding address (question) + both opt-outs", ack="from"),

dict(cat="allq:late-fee", mailbox=CC, client="aol", frm=("Elmer Rasmussen", "elmerras@aol.com"),
     date="2026-03-02 16:45", subj="Late fee", html="alt", style=dict(font="Courier New, Courier, monospace", size="16px"),
     body="""\
Dear Sirs,

I was charged a late fee of $14.22 on my February bill. My payment was mailed on the 3rd as always and I have the cancelled check to prove it. The post office has been slow all winter. I would like the fee taken off.

And please stop sending me catalogs and do not sell my name to any other company. I do not appreciate it.

Elmer Rasmussen
acct no. 7703 2281 90
""",
     labels=ALLQ, ent={"name": "Elmer Rasmussen", "account": "7703 2281 90"},
     note="billing dispute (no question mark, still needs a human) + both opt-outs", ack="from"),

dict(cat="allq:work-address-replyto", mailbox=CC, client="outlook", frm=("Kathleen Moriarty", "kmoriarty@mercyhomecare-dbq.org"),
     reply_to=("Kathleen Moriarty", "kathy.moriarty58@gmail.com"), isp="netins.net",
     date="2026-03-17 12:26", subj="Mailings and a question", html="alt", smart=True,
     body="""\
Hello,

Please take me off all promotional mailings (paper and e-mail) and don't share my name or address with other companies.

One question: I also manage my mother's bills (she's 93 and in memory care, and I have power of attorney). Do I need to send a separate request for her, or can you do the same for her from this e-mail?

I'm writing from work; please answer to my personal address, kathy.moriarty58@gmail.com.

Thank you,
Kathleen Moriarty
""",
     labels=ALLQ, ent={"name": "Kathleen Moriarty"},
     note="both opt-outs for herself + question about her mother (no request acted on for the mother); work From, asks to be answered at personal Reply-To", ack="reply"),

dict(cat="allq:sell-email-too", mailbox=PH, client="apple", frm=("Ted Villanueva", "tvillanueva@me.com"),
     date="2026-01-09 07:47", subj="Catalog, e-mail, sharing",
     body="""\
Hello,

Please remove me from your catalog mailing list and from your e-mail promotions, and don't share my name or address with anyone.

Do you also sell e-mail addresses? If so, I want mine off that list too.

Thanks,
Ted Villanueva
Sun Prairie
""",
     labels=ALLQ, ent={"name": "Ted Villanueva"},
     note="both opt-outs + policy question about e-mail addresses", ack="from"),

# ------------------------------------------------------------------ question only
dict(cat="q:how-to-stop-catalog", mailbox=PH, client="xfinity", frm=("Alma Vandenberg", "avandenberg@comcast.net"),
     date="2026-02-19 14:05", subj="Catalog question",
     body="""\
Good afternoon,

What do I need to do to have the PowerHouse Catalog stop coming to my house? Is there a form, or do I have to call somebody? I don't see a phone number inside it anywhere.

Thank you,
Alma Vandenberg
""",
     labels=Q, ent={"name": "Alma Vandenberg"},
     note="question about HOW to stop the catalog, without asking us to do it: question only (LABELS rule)", ack="from"),

dict(cat="q:do-you-sell-my-data", mailbox=CC, client="aol", frm=("Lowell Ulrich", "lulrich46@aol.com"),
     date="2025-11-03 18:22", subj="Do you sell my data?", html="alt",
     body="""\
Do you sell my data? I've been getting calls and mail from solar companies ever since I called you about the high bill in the fall and I want to know if you passed my number along.

Lowell Ulrich
""",
     labels=Q, ent={"name": "Lowell Ulrich"},
     note="asks whether data was sold/passed along: a question, not a sharing opt-out", ack="from"),

dict(cat="q:copy-of-data-formal", mailbox=CC, client="wlm", frm=("Irving Blumenthal", "iblumenthal@mhtc.net"),
     date="2026-03-21 10:00", subj="Request for personal information", html="alt",
     body="""\
March 21, 2026

Alliant Energy
Privacy Office / Customer Care

Dear Sir or Madam:

Please provide me with a copy of all personal information that Alliant Energy and its affiliated companies, including the PowerHouse Catalog, maintain about me, together with a description of how it is used.

My account number is 1150 8826 03. My service address is 210 E. Washington St., Mount Pleasant, IA 52641.

Thank you for your prompt attention.

Respectfully,
Irving S. Blumenthal
""",
     labels=Q, ent={"name": "Irving S. Blumenthal", "postal_code": "52641", "account": "1150 8826 03"},
     note="formal data-access request = question", ack="from"),

dict(cat="q:snowbird-address", mailbox=CC, client="yahoo", frm=("Bonnie Carrigan", "bonniecarrigan@yahoo.com"),
     date="2026-01-06 12:18", zone="arizona", subj="Winter address", html="alt",
     body="""\
Hello from Mesa!

We winter down here from November to the middle of April and the paper bill goes to Iowa and sits in the mailbox. Can the bill be sent to our Arizona address for those months, or do we have to sign up for the computer billing? Our son says the computer billing is easy but we'd rather have paper.

Arizona address: 5511 E. University Dr. Lot 212, Mesa AZ 85205

Account # 2209-6614-03

Thanks,
Don and Bonnie Carrigan
""",
     labels=Q, ent={"name": "Don and Bonnie Carrigan", "postal_code": "85205", "account": "2209-6614-03"},
     note="seasonal change of billing address: question; the only ZIP written is the Arizona one", ack="from"),

dict(cat="q:opt-back-in", mailbox=PH, client="gmail", frm=("Chuck Ebersole", "chuckebersole@gmail.com"),
     date="2026-03-14 16:30", subj="Catalog", html="alt",
     body="""\
Hi,

Some years ago I asked you to take me off the catalog list, I think it was 2019 when we were trying to cut down on paper. My wife has been after me ever since, she misses it. Could you please put us back on?

Mailing address is 318 Prospect St., Waupun, WI 53963.

Thanks,
Chuck Ebersole
""",
     labels=Q, ent={"name": "Chuck Ebersole", "postal_code": "53963"},
     note="opting back in is a question; the old removal it mentions is not a new opt-out", ack="from"),

dict(cat="q:billing-webform", mailbox=CC, client="webform", frm=("Alliant Energy Website", "noreply@alliantenergy.com"),
     reply_to=("Arlen Tiedemann", "atiedemann@netins.net"),
     date="2026-03-06 08:14", subj="Contact Us: Billing question",
     body="""\
A new message was submitted through the Contact Us form.

Name: Arlen Tiedemann
E-mail: atiedemann@netins.net
Phone: 515-555-0126
Account number: 60218 44107
Service address: 905 Mamie Eisenhower Ave, Boone IA 50036
Topic: Billing question

Message:
Dear Customer Care, My February bill shows two readings for the same meter, one on 2/2 and one on 2/4, and I was charged for both. I believe this is a mistake. Could someone look into it and correct the bill? Thank you.
""",
     labels=Q, ent={"name": "Arlen Tiedemann", "postal_code": "50036", "account": "60218 44107"},
     note="Contact Us relay (From noreply, customer in Reply-To); billing question", ack="reply"),

dict(cat="q:how-long-old-optout", mailbox=PH, client="apple", frm=("Ren\u00e9e Delacroix", "rdelacroix@icloud.com"),
     date="2026-04-05 10:52", subj="Catalog still coming",
     body="""\
Hello,

In February I wrote to ask that you stop sending me the catalog, and I received your e-mail saying it would take 10 business days. It has now been more than six weeks and the spring catalog came yesterday. How long does it actually take?

Ren\u00e9e Delacroix
""",
     labels=Q, ent={"name": "Ren\u00e9e Delacroix"},
     note="follow-up on an old opt-out asking how long it takes: question only (no new opt-out stated); RFC 2047 From name, QP body", ack="from"),

dict(cat="q:policy-email-addresses", mailbox=PH, client="thunderbird", frm=("Fr. Anthony Bertolini", "frtony@stbridgetparish.org"),
     isp="chorus.net", env_from="frtony@stbridgetparish.org",
     date="2026-02-10 20:40", subj="Question about your sharing policy",
     body="""\
Good evening,

Your catalog says that names and postal addresses may be shared with other catalog companies. Does that include e-mail addresses? And does the same policy apply to Alliant Energy electric customers, or only to people who buy from the catalog?

Regards,
Fr. Anthony Bertolini
St. Bridget Parish
""",
     labels=Q, ent={"name": "Anthony Bertolini"},
     note="pure policy questions about sharing; no opt-out requested; 'Fr.' dropped", ack="from"),

dict(cat="q:which-companies", mailbox=PH, client="wlm", frm=("Lucille Harnack", "lharnack@windstream.net"),
     date="2026-01-28 11:44", subj="Question",
     body="""\
To whom it may concern,

Can you please tell me whether my name and address have been given to any other companies by the PowerHouse Catalog, and if so which ones? I'm trying to track down where all this mail is coming from.

Sincerely,
Lucille Harnack
Customer No. PH 590046
""",
     labels=Q, ent={"name": "Lucille Harnack", "account": "PH 590046"},
     note="asking whether/with whom the name was shared is a question, not an opt-out", ack="from"),

dict(cat="q:energy-assistance", mailbox=CC, client="yahoo", frm=("Rosemary Tunks", "rosemarytunks@yahoo.com"),
     date="2026-01-13 13:58", subj="help with bill", cte="base64",
     mailer="WebService/1.1.25065 YahooMailAndroidMobile",
     body="""\
hello I am 76 and on social security and my gas bill this winter has been over $300 some months. is there any help for seniors or a payment plan? my neighbor said something about energy assistance but I dont know who to call. my account is 9921 4470 31

thank you
Rosemary

Sent from Yahoo Mail on Android
""",
     labels=Q, ent={"name": "Rosemary", "account": "9921 4470 31"},
     note="assistance/payment plan question, lowercase run-on; base64 text part", ack="from"),

dict(cat="q:reply-catalog-order", mailbox=PH, client="aol", frm=("Viola Kramer", "violakramer@aol.com"),
     date="2026-01-15 09:33", subj="Re: Winter Warmth Sale: up to 30% off heated throws [PH-2601-4M8RT]", html="alt",
     quote=("reply", "cat_winter"),
     body="""\
Is the heated throw in this e-mail (the plaid one) still on sale? I can't get the web site to work on my computer. I would like to order two for my sisters. Please call me at 563-555-0118.

Thank you,
Viola Kramer
""",
     labels=Q, ent={"name": "Viola Kramer"},
     note="reply to a catalog e-mail wanting MORE (an order): question; quoted footer about sharing is ours", ack="from"),

dict(cat="q:outage-credit-reply", mailbox=CC, client="outlook", frm=("Lester Sturtz", "lsturtz@frontier.com"),
     date="2026-06-29 09:09", subj="RE: Power has been restored at your address", html="alt", smart=True,
     quote=("reply", "svc_restore"),
     body="""\
Sirs,

The power was off at our place for 31 hours during the storm last week. We lost a full chest freezer of meat, about $400 worth. Is there any credit or reimbursement for that? I served 20 years in the Air Force and I've lost power before but never that long.

Account no. 22841 06637

Lester W. Sturtz, MSgt USAF (Ret.)
""",
     labels=Q, ent={"name": "Lester W. Sturtz", "account": "22841 06637"},
     note="reply to a service message (restoration notice) with a real question about reimbursement; rank stripped", ack="from"),
]
