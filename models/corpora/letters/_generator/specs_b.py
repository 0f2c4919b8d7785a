"""Catalog-sharing opt-outs only (20) and both opt-outs (15)."""
CC, PH = "customercare", "powerhousecatalog"
CS = ["catalog_share_opt_out"]
BOTH = ["marketing_opt_out", "catalog_share_opt_out"]

SPECS = [
# ------------------------------------------------------------------ sharing only
dict(cat="cs:keep-catalog-short", mailbox=PH, client="aol", frm=("Loretta Szymanski", "lszymanski@aol.com"),
     date="2026-02-11 09:50", subj="Catalog", html="alt", style=dict(font="Arial, Helvetica, sans-serif", size="16px"),
     body="""\
Keep sending me the catalog but don't give my name to anybody.

Loretta Szymanski
""",
     labels=CS, ent={"name": "Loretta Szymanski"},
     note="classic keep-the-catalog-but-don't-share: sharing opt-out only", ack="from"),

dict(cat="cs:formal-physician", mailbox=PH, client="outlook", frm=("Albert Hollenbeck", "afhollenbeck@tds.net"),
     date="2026-01-22 14:30", subj="Sharing of my name and address", html="alt", smart=True,
     body="""\
To Whom It May Concern:

It has come to my attention, by way of a footnote in the PowerHouse Catalog, that the catalog "occasionally" exchanges customer names and postal addresses with other catalog companies. I do not consent to this.

Please flag my record so that my name and address are not shared, rented, exchanged or sold to any third party. I have no objection to continuing to receive the PowerHouse Catalog itself.

Customer No. PH 302217 (from the mailing label)

Albert F. Hollenbeck, M.D. (ret.)
5 Fox Run Circle
Madison, WI 53711-2204
""",
     labels=CS, ent={"name": "Albert F. Hollenbeck", "postal_code": "53711-2204", "account": "PH 302217"},
     note="formal; keeps the catalog, refuses sharing; credential 'M.D. (ret.)' stripped from name", ack="from"),

dict(cat="cs:points-at-footer", mailbox=PH, client="gmail", frm=("Nadine Wiersma", "nadinewiersma@gmail.com"),
     date="2026-01-15 08:12", subj="Re: Winter Warmth Sale: up to 30% off heated throws [PH-2601-4M8RT]", html="alt",
     quote=("reply", "cat_winter"),
     body="""\
Do what it says at the bottom of this. I don't want my name shared with the other catalog companies.

Thanks,
Nadine Wiersma
""",
     labels=CS, ent={"name": "Nadine Wiersma"},
     note="new text points at the quoted footer but her own sentence states the sharing opt-out; no request to stop e-mails", ack="from"),

dict(cat="cs:enjoys-catalog", mailbox=PH, client="thunderbird", frm=("Marian Tollefson", "mtollefson@charter.net"),
     date="2026-03-19 16:40", subj="Please do not sell my name",
     body="""\
Dear PowerHouse Catalog,

I enjoy your catalog very much and ordered the heated mattress pad last winter (it is wonderful, my feet have not been cold since). But since that order I have been getting catalogs from at least six other companies I never heard of, selling everything from orthopedic shoes to cemetery plots.

I would like you to please not sell or give my name to other companies. I am happy to keep getting your catalog.

Sincerely,
Marian Tollefson
La Crosse, WI 54601
""",
     labels=CS, ent={"name": "Marian Tollefson", "postal_code": "54601"},
     note="praise plus sharing opt-out; explicitly keeps the catalog", ack="from"),

dict(cat="cs:do-not-sell", mailbox=CC, client="apple", frm=("Stanley Oberholtzer", "stan.oberholtzer@icloud.com"),
     date="2026-02-24 10:10", subj="Privacy",
     body="""\
Do not sell my personal information.

Stanley Oberholtzer
612 W. Main St.
Anamosa, IA 52205
""",
     labels=CS, ent={"name": "Stanley Oberholtzer", "postal_code": "52205"},
     note="'do not sell my personal information' = sharing opt-out, sent to the general mailbox", ack="from"),

dict(cat="cs:veteran-rent-trade", mailbox=PH, client="wlm", frm=("Wendell Oakes", "wendelloakes@iowatelecom.net"),
     date="2025-12-15 13:05", subj="Name and address",
     body="""\
To whom it may concern,

I am a disabled veteran and I get more than enough junk mail. I do not give permission for you to rent, trade or sell my name and address to anyone. You may keep sending your own catalog.

Wendell Oakes
Acct 4410-3308-21
""",
     labels=CS, ent={"name": "Wendell Oakes", "account": "4410-3308-21"},
     note="'junk mail' is context; he keeps our catalog and refuses rent/trade/sale -> sharing only", ack="from"),

dict(cat="cs:family-mailbox-replyto", mailbox=PH, client="xfinity", frm=("The Dufeks", "dufekhome@comcast.net"),
     reply_to=("Lorraine Dufek", "lorrainedufek52@gmail.com"),
     date="2026-03-26 19:20", subj="Our names", html="alt",
     body="""\
Hello,

Please do not share our names or our address with any other companies. We are still happy to receive your catalog and the e-mails, we just don't want to end up on anyone else's list.

This is our shared family e-mail, please answer to my own address (Lorraine).

Thank you,
Ray and Lorraine Dufek
Mount Vernon, IA 52314
""",
     labels=CS, ent={"name": "Ray and Lorraine Dufek", "postal_code": "52314"},
     note="shared family mailbox with personal Reply-To and an explicit ask to be answered there -> ack_to = Reply-To; keeps catalog and e-mails", ack="reply"),

dict(cat="cs:walk-in-office", mailbox=PH, client="zimbra", frm=("Norm Vander Ploeg", "nvanderploeg@mchsi.com"),
     date="2026-02-06 11:31", subj="catalog outfits",
     body="""\
The lady at the Cedar Rapids office told me to send an email here so my name doesn't get passed around to those other catalog outfits. So here it is. Don't pass my name around.

Norm Vander Ploeg
4410 Trailridge Rd SE
Cedar Rapids IA 52403
""",
     labels=CS, ent={"name": "Norm Vander Ploeg", "postal_code": "52403"},
     note="folksy; 'don't pass my name around' to other catalog outfits = sharing opt-out", ack="from"),

dict(cat="cs:html-only-aol", mailbox=PH, client="aol", frm=("Eleanor Bratz", "ebratz1941@aol.com"),
     date="2026-01-05 14:44", subj="Please note", html="only",
     style=dict(font="Arial, Helvetica, sans-serif", size="14pt", color="#0000ff", bold=True),
     body="""\
Please note: I do NOT want my name exchanged with other catalog companies.  I get enough mail as it is.

Thank you,
Eleanor Bratz
""",
     labels=CS, ent={"name": "Eleanor Bratz"},
     note="HTML-only, blue bold; 'exchanged' = sharing; 'I get enough mail' is not a request to stop the catalog", ack="from"),

dict(cat="cs:pursuant-to-policy", mailbox=PH, client="outlook", frm=("Martin J. Sheehan", "mjsheehan@netins.net"),
     date="2026-04-14 10:18", subj="Privacy notice - request", html="alt", smart=True,
     body="""\
Dear Sir or Madam:

Pursuant to the privacy notice printed in the PowerHouse Catalog, I request that you refrain from disclosing my name and postal address to any third party, including other catalog merchants, list brokers and "affiliated" companies.

This letter is not a request to discontinue the catalog.

Kindly note my file accordingly.

Very truly yours,

Martin J. Sheehan
Customer #: 0091-4475
""",
     labels=CS, ent={"name": "Martin J. Sheehan", "account": "0091-4475"},
     note="lawyerly; explicitly not a catalog stop; non-disclosure = sharing opt-out", ack="from"),

dict(cat="cs:keep-coming-casual", mailbox=PH, client="gmail", frm=("Terri Hauschild", "terri.hauschild@gmail.com"),
     date="2026-04-19 21:09", subj="my info",
     body="""\
Hi there, keep the catalogs coming (love the kitchen stuff) but please stop passing my info on to other companies, I'm getting junk mail from places I never heard of and the only new thing I signed up for this year was you guys.

Terri
""",
     labels=CS, ent={"name": "Terri"},
     note="one run-on paragraph; keep catalog + stop passing info on; first name only", ack="from"),

dict(cat="trap:misspelled-label", mailbox=PH, client="aol", frm=("Ardith Swanson", "aswanson.portage@aol.com"),
     date="2026-02-18 12:27", subj="My name", html="alt",
     body="""\
To the PowerHouse Catalog:

Your mailing label has my name spelled "Ardith Swanon," without the second S. Since last fall I have received four other catalogs with that same misspelling, so I know where they got it.

Please do not give my name out to anyone again.

Ardith Swanson
Portage WI 53901
""",
     labels=CS, ent={"name": "Ardith Swanson", "postal_code": "53901"},
     note="misspelled label name in quotes is evidence, not her name (signature gives it); she does not ask for the spelling to be fixed, so no question", ack="from"),

dict(cat="cs:reply-catalog-tb", mailbox=PH, client="thunderbird", frm=("Howard Lindgren", "hlindgren@tds.net"),
     date="2026-04-04 07:58", subj="Re: PowerHouse Catalog: Garden & Patio preview [PH-2604-9G2LW]",
     quote=("reply", "cat_garden"),
     body="""\
I wish to remain on the catalog mailing list. I do not wish to be on anyone else's. Please do not share.

H. Lindgren
""",
     labels=CS, ent={"name": "H. Lindgren"},
     note="reply to a catalog e-mail; stays on list, refuses sharing; Re: subject not counted", ack="from"),

dict(cat="cs:formal-letter-iii", mailbox=PH, client="wlm", frm=("Eugene Holloway", "eholloway@windstream.net"),
     date="2026-04-06 15:15", subj="Sharing of customer names", html="alt",
     body="""\
April 6, 2026

PowerHouse Catalog
c/o Alliant Energy

RE: Sharing of customer names

Dear Sir or Madam,

I read in the small print of your spring catalog that you sometimes share customer names and postal addresses with other catalog companies, and that customers who would rather not be included may write to this address.

I would rather not be included. Please do not share my name or address with any other company.

I am an electric customer as well, account no. 30118 64920.

Sincerely,
Eugene R. Holloway III
410 N. Court St.
Fairfield, IA 52556
""",
     labels=CS, ent={"name": "Eugene R. Holloway III", "postal_code": "52556", "account": "30118 64920"},
     note="formal letter with RE line; suffix III kept; sharing only", ack="from"),

dict(cat="cs:iphone-lowercase", mailbox=CC, client="iphone", frm=("Shirley Kotz", "shirleykotz@icloud.com"),
     date="2026-03-29 17:51", subj="catalog",
     body="""\
dont share my name and address with the other catalog companies please

Sent from my iPhone
""",
     labels=CS, ent={},
     note="lowercase one-liner to the general mailbox; no name in body (From header only), so no entities", ack="from"),

dict(cat="cs:old-request-restated", mailbox=PH, client="apple", frm=("Nora Lindahl", "noralindahl@mac.com"),
     date="2026-01-30 09:26", subj="Re-stating my request",
     body="""\
Good morning,

Many years ago, when the catalog still came in the green envelope, I sent a card asking that my name not be shared. I expect that is still on file, but since you've changed computers at least twice since then, I'm writing again to be safe: please do not share, rent or exchange my name and address.

Nora Lindahl
Baraboo
""",
     labels=CS, ent={"name": "Nora Lindahl"},
     note="mentions an old request but restates it explicitly, so not a vague reference to earlier mail", ack="from"),

dict(cat="cs:webform", mailbox=CC, client="webform", frm=("Alliant Energy Website", "noreply@alliantenergy.com"),
     reply_to=("Helen Przybylski", "hprzybylski@charter.net"),
     date="2026-03-09 20:44", subj="Contact Us: Privacy / Marketing preferences",
     body="""\
A new message was submitted through the Contact Us form.

Name: Mrs. Helen Przybylski
E-mail: hprzybylski@charter.net
Phone: 608-555-0119
Account number:
Service address: 1602 Cherry St, Janesville WI 53548
Topic: Privacy / Marketing preferences

Message:
Please add me to your do-not-share list. I still want the catalog. Thank you.
""",
     labels=CS, ent={"name": "Helen Przybylski", "postal_code": "53548"},
     note="our Contact Us relay: From is noreply, customer in Reply-To -> ack_to = Reply-To; 'do-not-share list' = sharing opt-out", ack="reply"),

dict(cat="cs:pdf-letter", mailbox=PH, client="gmail", frm=("William Strand", "wstrand.scans@gmail.com"),
     date="2026-04-12 10:02", subj="Scanned letter",
     attach=dict(filename="Scan_0412.pdf", producer="HP Smart", creator="HP ENVY 6000 series",
                 lines=["April 12, 2026", "", "PowerHouse Catalog", "", "Dear Sir or Madam:", "",
                        "Please do not share, sell or exchange my name and address with any other",
                        "catalog company. I wish to continue receiving your catalog.", "",
                        "William Strand", "2207 Prairie Ave.", "Janesville, WI 53545"]),
     body="""\
Attached is a signed letter. Please do not share my name and address with other catalog companies.

Wm. Strand
""",
     labels=CS, ent={"name": "Wm. Strand"},
     note="PDF scan with a body line that states the request; entities only from the body (abbreviated 'Wm.' kept as written), nothing from the PDF", ack="from"),

dict(cat="cs:identity-theft-story", mailbox=PH, client="gmail", frm=("Carol Ann Mertz", "carolannmertz@gmail.com"),
     date="2026-03-02 13:15", subj="Keeping my information private", html="alt",
     body="""\
Hello,

My sister-in-law had her identity stolen last year and it took her months to straighten out. Ever since then I've been going through every company I deal with and asking what they do with my information. When I read in your catalog that you sometimes share names and addresses with other catalog companies, I knew I had to write.

I'm not asking you to stop the catalog, I like it and I'll probably order the LED porch light this spring. But I would like my name and address kept private and not shared with anybody.

My account number is 6602115884 if that helps you find me.

Thanks so much,
Carol Ann Mertz
""",
     labels=CS, ent={"name": "Carol Ann Mertz", "account": "6602115884"},
     note="story first; explicitly not stopping the catalog; 'asking companies what they do' is background, no direct question to us", ack="from"),

dict(cat="cs:customer-no-suffix", mailbox=PH, client="yahoo", frm=("Hank Zeman", "hzeman@yahoo.com"),
     date="2026-04-20 06:35", subj="Catalog list", html="alt",
     body="""\
Keep me on the catalog list. Do NOT exchange my name with other companies.
Customer No. 2290145-B
Hank Zeman
""",
     labels=CS, ent={"name": "Hank Zeman", "account": "2290145-B"},
     note="keep + don't exchange; customer number with letter suffix", ack="from"),

# ------------------------------------------------------------------ both opt-outs
dict(cat="both:every-list-short", mailbox=PH, client="aol", frm=("Irv Pohlman", "irvpohlman@aol.com"),
     date="2026-03-06 08:08", subj="lists", html="alt",
     body="""\
Take me off every list you've got. Don't send me anything and don't give my name to anybody.
Irv Pohlman
Clinton Iowa
""",
     labels=BOTH, ent={"name": "Irv Pohlman"},
     note="removal plus explicit don't-give-my-name: both opt-outs", ack="from"),

dict(cat="both:formal-letter", mailbox=PH, client="outlook", frm=("Dorothy Klemme", "dklemme@mchsi.com"),
     env_from="dklemme@mchsi.com", date="2026-02-17 10:40", subj="Catalog and advertising", html="alt", smart=True,
     pc="OwnerPC",
     body="""\
February 17, 2026

Alliant Energy
PowerHouse Catalog

Dear Sir or Madam:

Please remove my name from your catalog mailing list and from any other advertising you send by mail or e-mail.

Further, I do not wish my name and address to be shared with, or sold to, any other company for any purpose.

My electric account is Acct # 7744-0193-62.

Sincerely yours,

Mrs. Dorothy E. Klemme
2290 Kennedy Rd.
Dubuque, IA 52001-4620
""",
     labels=BOTH, ent={"name": "Dorothy E. Klemme", "postal_code": "52001-4620", "account": "7744-0193-62"},
     note="formal letter, two paragraphs = two opt-outs; 'Mrs.' dropped; ZIP+4", ack="from"),

dict(cat="both:farmer-seed-companies", mailbox=PH, client="wlm", frm=("Arnie Lutz", "alutz@tds.net"),
     date="2026-01-12 05:52", subj="catalogs", pc="Grandpa-PC",
     body="""\
Quit sending the catalog and quit selling our name to the seed companies and whoever else. Ever since we bought that LED shop light from you we get three catalogs a day.

Arnie Lutz
W6820 Hwy 59
Monroe WI 53566
""",
     labels=BOTH, ent={"name": "Arnie Lutz", "postal_code": "53566"},
     note="farmer, blunt; stop catalog + stop selling name", ack="from"),

dict(cat="both:reply-catalog-yahoo", mailbox=PH, client="yahoo", frm=("Joyce Meinholz", "jmeinholz@yahoo.com"),
     date="2025-11-18 10:14", subj="Re: Your PowerHouse Holiday Gift Guide is here [PH-2511-2C7VN]", html="alt",
     mailer="WebService/1.1.24562 YahooMailIosMobile", quote=("reply", "cat_holiday"),
     body="""\
Unsubscribe me and don't share my address either.

Sent from Yahoo Mail for iPhone
""",
     labels=BOTH, ent={},
     note="reply to catalog e-mail: unsubscribe + don't share (her own words, not just the footer); no name in body", ack="from"),

dict(cat="both:numbered-list", mailbox=PH, client="thunderbird", frm=("Richard Albers", "ralbers@chorus.net"),
     date="2026-02-27 15:03", subj="Three requests",
     body="""\
Hello,

Retired accountant here, so I'll put it in a list.

1. Please remove me from the PowerHouse Catalog mailing list.
2. Please remove me from any Alliant Energy promotional e-mail.
3. Please do not share, sell or exchange my name and address with any other company.

I have nothing against you people; I'm simply cutting back on paper.

Richard Albers
Middleton, WI 53562
""",
     labels=BOTH, ent={"name": "Richard Albers", "postal_code": "53562"},
     note="numbered list of requests: two marketing items and one sharing item", ack="from"),

dict(cat="both:forward-catalog", mailbox=PH, client="gmail", frm=("Mel Gustafson", "melgustafson1950@gmail.com"),
     date="2026-01-16 12:49", subj="Fwd: Winter Warmth Sale: up to 30% off heated throws [PH-2601-4M8RT]", html="alt",
     quote=("fwd", "cat_winter"),
     body="""\
This came from you. Stop it. And I do NOT want my name traded to the other catalog companies either, which is what your own fine print says you do.

Mel Gustafson
""",
     labels=BOTH, ent={"name": "Mel Gustafson"},
     note="forwarded catalog e-mail with angry note; 'stop it' refers to the forwarded catalog mail + explicit no-trading", ack="from"),

dict(cat="both:couple", mailbox=PH, client="apple", frm=("Ken Brekke", "kbrekke@icloud.com"),
     date="2026-03-13 13:37", subj="PowerHouse Catalog", html="alt",
     body="""\
Dear Sir or Madam,

Please remove both my wife and me from the PowerHouse Catalog mailing list, and do not share or sell our information to anyone else.

Kenneth and Marlys Brekke
508 Oak Street
Spencer, Iowa 51301
""",
     labels=BOTH, ent={"name": "Kenneth and Marlys Brekke", "postal_code": "51301"},
     note="household request for both spouses; joint name", ack="from"),

dict(cat="both:veteran-junk", mailbox=PH, client="zimbra", frm=("Leroy Haugen", "lhaugen@centurylink.net"),
     date="2025-12-04 17:18", subj="junk mail",
     body="""\
I have enough junk mail coming in to heat the house with. Take me off your catalog list and don't sell my name to anybody else.

Customer No. PH 771903

Leroy Haugen
USMC 1966-1970
""",
     labels=BOTH, ent={"name": "Leroy Haugen", "account": "PH 771903"},
     note="veteran, blunt; both opt-outs; service years are not part of the name", ack="from"),

dict(cat="both:html-only-xfinity", mailbox=PH, client="xfinity", frm=("Joan Ellerbusch", "jellerbusch@comcast.net"),
     date="2026-02-22 11:11", subj="No thank you", html="only", style=dict(font="georgia, serif", size="14pt", color="#333399"),
     body="""\
No catalog, no e-mail offers, no sharing my name. Thank you.

Joan
""",
     labels=BOTH, ent={"name": "Joan"},
     note="HTML-only telegraphic message covering catalog, e-mail offers and sharing", ack="from"),

dict(cat="both:iphone-79", mailbox=PH, client="iphone", frm=("Beverly Tegeler", "btegeler@icloud.com"),
     date="2026-04-08 14:02", subj="Please don\u2019t send catalogs",
     body="""\
I\u2019m 79 years old. Please stop mailing me catalogs and please do not sell my name to others.
Thank you
Beverly Ann Tegeler
Sent from my iPhone
""",
     labels=BOTH, ent={"name": "Beverly Ann Tegeler"},
     note="iPhone smart apostrophes (RFC 2047 subject, QP body); both opt-outs", ack="from"),

dict(cat="both:convent-manager", mailbox=PH, client="outlook", frm=("Sr. Mary Agnes Reinholt", "businessoffice@osfdubuque.org"),
     env_from="businessoffice@osfdubuque.org", date="2026-03-18 09:55", subj="Catalogs addressed to our sisters",
     html="alt", smart=True, isp="netins.net",
     body="""\
Dear Friends at Alliant Energy,

I am the business manager for our motherhouse. The electric and gas accounts for our buildings are in my care, and so is the mail.

We receive the PowerHouse Catalog addressed to several of our sisters individually, and some of them have since received other catalogs we have never asked for. Please stop the catalogs and promotional mailings addressed to us at 3390 Windsor Avenue, and please do not share our names or our address with other companies.

With gratitude,

Sister Mary Agnes Reinholt, OSF
Business Manager
Dubuque, IA 52003
""",
     labels=BOTH, ent={"name": "Mary Agnes Reinholt", "postal_code": "52003"},
     note="business manager responsible for the accounts and mail of the house (household-like standing); 'Sister' and ', OSF' stripped", ack="from"),

dict(cat="both:forward-aol", mailbox=PH, client="aol", frm=("Gloria Fenske", "gfenske@aol.com"),
     date="2025-11-19 20:30", subj="Fwd: Your PowerHouse Holiday Gift Guide is here [PH-2511-2C7VN]", html="alt",
     quote=("fwd", "cat_holiday"),
     body="""\
Opt me out of everything please: the catalog, the e-mail specials, and the name sharing with other companies.

Thanks,
Gloria Fenske
""",
     labels=BOTH, ent={"name": "Gloria Fenske"},
     note="AOL forward of a catalog e-mail; 'opt me out of everything' with the objects spelled out", ack="from"),

dict(cat="both:dated-letter-jr", mailbox=CC, client="wlm", frm=("Harlan Mosby", "hmosby@iowatelecom.net"),
     date="2026-01-12 10:21", subj="Mailing lists", html="alt",
     body="""\
January 12, 2026

To Whom It May Concern:

I wish to be removed from all mailing lists maintained by Alliant Energy and the PowerHouse Catalog, both postal and electronic. I further request that my name and address not be released to any other firm.

Acct. No. 0402 7719 35

Respectfully,

Harlan P. Mosby Jr.
RR 2 Box 118
Oelwein, IA 50662
""",
     labels=BOTH, ent={"name": "Harlan P. Mosby Jr.", "postal_code": "50662", "account": "0402 7719 35"},
     note="formal; removal from lists + 'not released to any other firm'; suffix Jr. kept", ack="from"),

dict(cat="both:reply-recycle", mailbox=CC, client="gmail", frm=("Roger Maas", "rogermaas.farm@gmail.com"),
     date="2025-09-17 06:58", subj="Re: We'll haul away your old fridge - and pay you $50", html="alt",
     quote=("reply", "promo_recycle"),
     body="""\
Take me off this mailing and any list that gets passed along or sold to other outfits. Thank you.

Roger
""",
     labels=BOTH, ent={"name": "Roger"},
     note="'this mailing' = marketing; 'any list that gets passed along or sold' = sharing", ack="from"),

dict(cat="both:widow-account-holder", mailbox=PH, client="yahoo", frm=("Phyllis Reinke", "phyllisreinke@yahoo.com"),
     date="2026-01-26 14:25", subj="Catalog and e-mails", html="alt",
     body="""\
Hello,

My husband Bob passed away in November. The account was in his name and I had it changed over to mine in December, so I am the customer now.

I have been going through all the mail that comes to the house and trying to cut it down. Please stop sending the PowerHouse Catalog and the e-mail offers, and please do not share my name or address with anyone.

Phyllis Reinke
account no. 61104 22938
""",
     labels=BOTH, ent={"name": "Phyllis Reinke", "account": "61104 22938"},
     note="widow who is now the account holder writes for herself: clear standing; both opt-outs", ack="from"),
]
