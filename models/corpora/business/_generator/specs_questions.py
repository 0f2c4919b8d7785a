"""Human questions only (10)."""
from spec import S, MO, CS, Q

SPECS = [
S(key="q01-gazette", mailbox="ph", cat="q:journalist-data-sharing", client="gws",
  date="2026-03-19 14:02:51 -0500",
  frm=("Allison Frey", "afrey@gazette-ledger.com"),
  subject="Media inquiry: PowerHouse Catalog customer list sharing",
  text="""
Hello,

I'm a reporter with the Cedar Valley Gazette-Ledger working on a story about how utilities and their affiliates use customer data. Alliant's privacy policy says the PowerHouse Catalog "sometimes" shares customer names and addresses with other catalog companies.

Could someone answer a few questions for publication?

1. Roughly how many outside catalog companies received PowerHouse customer names in 2025?
2. Is the list rented or sold for a fee, or exchanged?
3. Does the sharing ever include people who are Alliant utility customers but have never ordered from the catalog?
4. How many people asked not to be shared last year?

My deadline is Friday, March 27. If there's a media relations contact I should go through instead, please point me there.

Thanks,
Allison Frey
Business Reporter, The Gazette-Ledger
319-555-0170
""",
  labels=[Q], entities={"name": "Allison Frey"},
  note="journalist asking about data-sharing policy: a human question, not vendor mail; contains 'not to be shared' only as a question"),

S(key="q02-midlands-research", mailbox="cc", cat="q:researcher-policy", client="gws",
  date="2026-02-12 11:30:07 -0600",
  frm=("Hyun-woo Park", "hpark@midlandsu.edu"),
  subject="Research question about Alliant Energy's privacy notice",
  text="""
Dear Customer Care team,

I am an assistant professor of information systems at Midlands State University, and with two colleagues I am studying how U.S. utilities describe and implement customer data sharing with affiliates and third parties. This is not a complaint or a request about my own account.

We have read Alliant Energy's online privacy notice and have two questions we could not resolve from the text:

(a) When a PowerHouse Catalog customer asks not to have their name shared, does that choice also apply to any sharing by Alliant Energy itself, or only to the catalog's list?
(b) Is the opt-out for promotional contact recorded per person, per service address, or per account?

If you are able to answer in writing, we would cite the response as "correspondence with Alliant Energy customer care, February 2026" unless you prefer otherwise.

With thanks,
Hyun-woo Park, Ph.D.
Assistant Professor, Dept. of Information Systems
Midlands State University
""",
  labels=[Q], entities={"name": "Hyun-woo Park"},
  note="researcher asking how opt-outs work: question only, explicitly not a request about himself; name without ', Ph.D.'"),

S(key="q03-pfeiffer-landlord", mailbox="cc", cat="q:landlord-continuity", client="outlookcom",
  date="2026-01-08 20:55:12 -0600",
  frm=("Gary Pfeiffer", "gpfeiffer.rentals@outlook.com"),
  subject="landlord agreement for my rental units",
  text="""
Hi, I have 6 rental units in Ottumwa, all with the electric in my name (acct 4471 0982 15 is the main one, the rest are listed under it I think). When a tenant moves out, is there a way to have service automatically stay on in my name instead of getting shut off? Someone told me Alliant has a landlord agreement for that. How do I sign up, and does it cost anything?

Thanks
Gary Pfeiffer
641-555-0198
""",
  labels=[Q], entities={"name": "Gary Pfeiffer", "account": "4471 0982 15"},
  note="landlord with accounts in his own name asking a service question; no opt-out"),

S(key="q04-klinkhammer", mailbox="ph", cat="q:how-to-stop-catalog", client="yahoo",
  date="2026-05-12 13:46:58 -0500",
  frm=("Rhonda Klinkhammer", "rklinkhammer@yahoo.com"),
  subject="how do I stop the catalog",
  text="""
Hi, we run a small quilt shop and the PowerHouse catalog comes to the shop every few weeks. What's the procedure for stopping it? Do I need to send you the number off the label or can it be done by the address? Also how long does it take before they stop coming?

Rhonda Klinkhammer
Klinkhammer Quilt Co.
""",
  labels=[Q], entities={"name": "Rhonda Klinkhammer"},
  note="asks HOW to stop the catalog and how long it takes, without asking us to do it: question only per LABELS.md"),

S(key="q05-ironbridge", mailbox="cc", cat="q:property-manager-scope-of-optout", client="exchange",
  corp="IBM", gateway="barracuda", date="2026-03-03 10:27:45 -0600",
  frm=("Denise Wachal", "dwachal@ironbridgemgmt.com"),
  subject="Question about promotional opt-out for multiple accounts",
  text="""
Hello,

Ironbridge Management owns 11 apartment buildings in the Madison area, and the house/common-area electric accounts are all in our company name. Before I send anything: if we opt out of promotional mail, does one request cover every account under our company, or does each account have to be opted out separately? And would opting out stop the notices about planned outages? We definitely need to keep those.

Thank you,
Denise Wachal
Operations Coordinator
Ironbridge Management LLC
6405 Mineral Point Rd, Madison WI 53705
""",
  labels=[Q], entities={"name": "Denise Wachal", "postal_code": "53705"},
  note="'Before I send anything': asks about opt-out scope but does not opt out yet -> question only"),

S(key="q06-northstar-optin", mailbox="cc", cat="q:opt-back-in", client="notes",
  date="2026-05-26 09:14:22 -0500",
  frm=("Arlen Sievers", "asievers@northstarag.coop"),
  subject="Re-subscribe to Business Energy Insights",
  text="""
Hello,

Last year someone in our office unsubscribed our co-op from the Business Energy Insights newsletter. That was a mistake; our board actually uses it for the demand charge articles. Please add asievers@northstarag.coop back to the list.

NorthStar Ag Cooperative, 2209 Hwy 9, Osage IA 50461
Arlen Sievers, General Manager
""",
  labels=[Q], entities={"name": "Arlen Sievers", "postal_code": "50461"},
  note="opting back in: question; the old unsubscribe it mentions is not a new opt-out"),

S(key="q07-yoder-coa", mailbox="ph", cat="q:change-of-address", client="m365", plain_cte="base64",
  date="2026-06-29 13:03:10 -0500",
  frm=("Kristin Yoder", "kyoder@yoderwoodworks.com"),
  subject="New mailing address for catalog",
  text="""
Hello,

Yoder Woodworks has moved. Please update the address for our PowerHouse catalog from 220 Railroad St, Kalona IA 52247 to our new shop:

Yoder Woodworks
3350 Orchard Rd
Wellman, IA 52356

Customer # 3318-094-2

Thank you!
Kristin Yoder
Office & Accounts
""",
  labels=[Q], entities={"name": "Kristin Yoder", "postal_code": "52356", "account": "3318-094-2"},
  note="change of address for the catalog (wants to keep receiving it): question; postal_code is the new address"),

S(key="q08-beyer-access", mailbox="cc", cat="q:copy-of-data", client="gmail",
  date="2026-02-05 21:08:33 -0600",
  frm=("Curtis Beyer", "curt.beyer@gmail.com"),
  subject="Request for copy of my personal data",
  text="""
Hello,

I own Beyer Landscaping in Marshalltown and have both a business account and a residential account with Alliant. I'd like a copy of the personal information Alliant Energy and the PowerHouse Catalog hold about me personally - contact details, account info, marketing preferences, and a list of any third parties my information was shared with.

Residential account: 9021 4473 60
Home ZIP 50158

Thanks,
Curtis Beyer
""",
  labels=[Q], entities={"name": "Curtis Beyer", "postal_code": "50158", "account": "9021 4473 60"},
  note="data access request (copy of data) is a clear question; no deletion, no opt-out"),

S(key="q09-kiefer-estate", mailbox="ph", cat="q:personal-rep-who-shared", client="thunderbird",
  transport="isp", date="2026-07-02 16:40:19 -0500",
  frm=("Margaret Kiefer-Lund", "mkieferlund@charter.net"),
  subject="Was my late aunt's name shared?",
  keep=("Dolores Kiefer",),
  text="""
Dear PowerHouse Catalog,

I am the personal representative of the estate of my late aunt, Dolores Kiefer, formerly of 88 Hillcrest Dr, Lodi WI 53555. Since her death in March her mailbox has filled with catalogs from companies she never dealt with.

Could you tell me whether her name and address were shared or rented by PowerHouse to other catalog companies, and if so, which ones? I'd like to write to them directly. I can provide the letters of administration.

Sincerely,
Margaret Kiefer-Lund
""",
  labels=[Q], entities={"name": "Dolores Kiefer", "postal_code": "53555"},
  note="personal representative (standing stated) asks WHETHER and with whom the name was shared: question, not an opt-out"),

S(key="q10-eastfield-tax", mailbox="cc", cat="q:school-business-office-billing", client="exchange",
  corp="EASD", date="2026-07-14 14:22:06 -0500",
  frm=("Sandra Peitz", "speitz@eastfieldschools.org"),
  subject="Tax-exempt status on gas accounts",
  text="""
Good afternoon,

Eastfield Area School District is a tax-exempt public entity, but our June gas bill for the high school (account 2870 5516 04) shows Iowa sales tax, and so does the middle school's. Our exemption certificate was filed years ago. Could you look into this and let me know whether we need to resubmit the exemption form and whether the tax charged will be credited?

Sandra Peitz
Business Manager / Board Secretary
Eastfield Area School District
600 School St, Monticello IA 52310
319-555-0114
""",
  labels=[Q], entities={"name": "Sandra Peitz", "postal_code": "52310", "account": "2870 5516 04"},
  note="school district business office billing question; nothing about marketing or sharing"),
]
