"""Marketing opt-outs only (30 messages)."""
CC, PH = "customercare", "powerhousecatalog"
MO = ["marketing_opt_out"]

SPECS = [
dict(cat="mo:formal-letter", mailbox=CC, client="aol", frm=("Harold Teske", "hjteske1944@aol.com"),
     date="2026-03-02 10:14", subj="Promotional mail", html="alt",
     style=dict(font="Times New Roman, Times, serif", size="18px", color="#000080"),
     body="""\
March 2, 2026

Harold and June Teske
1147 210th Street
Amana, IA 52203

Alliant Energy
Customer Care

Dear Sir or Madam:

We have been customers of Alliant Energy, and of Interstate Power before that, for 46 years and have no complaint about the electric service itself. Our complaint is with the amount of advertising that comes to our mailbox. In the month of February alone we received four envelopes about solar panels, a flyer for a smart thermostat, and two copies of the PowerHouse Catalog, one addressed to each of us.

We are in our eighties. We are not going to put solar panels on a house we have lived in since 1971, and we do not need a thermostat that talks to a telephone.

Please remove us from all promotional mailings, by post and by e-mail. Our account is Acct # 3391-0027-58.

Thank you for your attention to this matter.

Sincerely,

Harold and June Teske
""",
     labels=MO, ent={"name": "Harold and June Teske", "postal_code": "52203", "account": "3391-0027-58"},
     note="full typed letter with date line and address block; complaint is only context for a plain marketing opt-out (post + e-mail); joint name", ack="from"),

dict(cat="mo:farmer-story", mailbox=PH, client="wlm", frm=("Vern Kuehl", "vkuehl@frontier.com"),
     date="2026-02-09 06:41", subj="catalog", html="alt", pc="FARMOFFICE",
     body="""\
Hello,

Well it is February and that means two things on this farm, calving is about to start and the seed catalogs are piling up on the kitchen table. Yours comes along with them. My late mother in law ordered a heated footrest out of it years ago and I think that is how we got on your list. She has been gone since 2019.

Nothing against you folks but I dont read it and my wife doesnt either, it goes straight in the burn barrel. Please quit sending the PowerHouse Catalog to us.

The label says Vernon & Carol Kuehl, N4417 County Road J, Lodi WI 53555.

Thanks
Vern Kuehl
""",
     labels=MO, ent={"name": "Vernon & Carol Kuehl", "postal_code": "53555"},
     note="story first, request in one sentence near the end; 'quit sending the catalog' is a marketing opt-out, not sharing; name taken from the label line (joint)", ack="from"),

dict(cat="mo:stop-reply-promo", mailbox=CC, client="gmail", frm=("Bud Hennings", "bud.hennings1947@gmail.com"),
     date="2026-03-10 11:02", subj="Re: Save $75 on a smart thermostat this spring", html="alt",
     quote=("reply", "promo_thermostat"),
     body="""\
STOP
""",
     labels=MO, ent={},
     note="one-word STOP under a promotion = marketing opt-out; quoted footer (ZIP 53718) is ours, no entities", ack="from"),

dict(cat="mo:reply-catalog-email", mailbox=PH, client="yahoo", frm=("Dolores Wendt", "doloreswendt@yahoo.com"),
     date="2026-01-14 15:37", subj="Re: Winter Warmth Sale: up to 30% off heated throws [PH-2601-4M8RT]", html="alt",
     quote=("reply", "cat_winter"),
     body="""\
Please remove me from your e-mail list. I get too many of these and I can not keep up with them.
Thank you.
Dolores
""",
     labels=MO, ent={"name": "Dolores"},
     note="reply to a catalog e-mail asking off the e-mail list: marketing only even though the quoted footer talks about sharing; first-name sign-off", ack="from"),

dict(cat="mo:every-list", mailbox=CC, client="xfinity", frm=("Bernice Oakley", "boakley@comcast.net"),
     date="2026-03-04 13:22", subj="Please remove me", html="alt",
     body="""\
To Whom It May Concern,

I would like to be taken off every list you have. Mail, e-mail, the catalog, the "special offers," all of it. I am a widow living alone on a fixed income and I do not buy things out of catalogs or from advertisements.

My address is 806 Kirkwood Ave., Iowa City, IA 52240-3317.

Respectfully,
Bernice Oakley
""",
     labels=MO, ent={"name": "Bernice Oakley", "postal_code": "52240-3317"},
     note="'take me off every list you have' is removal from our own mailing lists, it says nothing about sharing: marketing only; ZIP+4", ack="from"),

dict(cat="mo:veteran-phone-mail", mailbox=CC, client="outlook", frm=("Raymond Kaczmarek", "rkaczmarek@windstream.net"),
     date="2026-02-20 08:05", subj="Solar and energy assessment solicitations", html="alt", smart=True,
     body="""\
Sir or Madam,

I am a retired Army first sergeant (Vietnam 1968-69, and 22 years total) and I am not in the habit of writing complaint letters, but here we are.

For the last three months I have received a telephone call or a mailer about every week concerning "community solar" and a "free home energy assessment." I have no interest in either one. I do not want any further promotional contact from Alliant Energy by mail, e-mail, or telephone.

The electric account is in my name, account no. 44120 87733, service address 2120 Grand Ave., Burlington. My phone number is 319-555-0147 if you need it, but please do not use it to sell me anything.

Raymond J. Kaczmarek
1SG, U.S. Army (Ret.)
""",
     labels=MO, ent={"name": "Raymond J. Kaczmarek", "account": "44120 87733"},
     note="veteran's letter; opt-out covers mail, e-mail and phone; phone number is not an entity; rank and (Ret.) are not part of the name", ack="from"),

dict(cat="mo:email-only-keep-paper", mailbox=PH, client="thunderbird", frm=("Gordon Vick", "gvick@tds.net"),
     date="2026-04-11 14:48", subj="E-mails only, please stop",
     body="""\
Good afternoon,

I have been getting the PowerHouse e-mails about three times a week now. Please stop sending me the e-mails. I do want to keep receiving the printed catalog, which I read at the breakfast table and which my grandchildren circle things in at Christmas.

To be clear: no more e-mail, paper catalog is fine.

Gordon Vick
Ripon, WI 54971
""",
     labels=MO, ent={"name": "Gordon Vick", "postal_code": "54971"},
     note="channel limit: stop the e-mails, keep the paper catalog -> marketing_opt_out (e-mail channel), no sharing request", ack="from"),

dict(cat="trap:share-whatever", mailbox=PH, client="apple", frm=("Lois Amundsen", "loisamundsen@icloud.com"),
     date="2026-04-02 11:20", subj="Catalog",
     body="""\
I don't care who you share my name with, everybody already has it anyway. I just don't want the catalog anymore. We downsized to a condo and there is no room for another thing on the counter.

Please stop mailing it to

Lois Amundsen
3315 Tamarack Ct Apt 204
Sun Prairie WI 53590
""",
     labels=MO, ent={"name": "Lois Amundsen", "postal_code": "53590"},
     note="trap: explicitly does NOT care about sharing; only stop the catalog -> marketing only", ack="from"),

dict(cat="mo:list-unsubscribe-gmail", mailbox=PH, client="gmail", frm=("Ed Pruitt", "edpruitt41@gmail.com"),
     date="2026-04-02 19:31", subj="unsubscribe",
     body="""\
This message was automatically generated by Gmail.
""",
     labels=MO, ent={},
     note="Gmail's Unsubscribe button sent to our List-Unsubscribe mailto (catalog e-mail): a person's opt-out, automated false; no Auto-Submitted so ack to sender", ack="from"),

dict(cat="mo:pastor-church-account", mailbox=CC, client="outlook", frm=("Rev. Thomas Aldridge", "pastor@zionucc-waverly.org"),
     date="2026-01-27 09:12", subj="Promotional mailings to Zion UCC", html="alt", smart=True,
     env_from="pastor@zionucc-waverly.org", isp="netins.net",
     body="""\
Good morning,

I am writing on behalf of Zion United Church of Christ here in Waverly, where I have served as pastor for the past eleven years. I also sign the checks, so the electric account for the church building is in my care.

Each week the church office receives several pieces of promotional mail from Alliant Energy: the PowerHouse Catalog (three copies, addressed to "Zion UCC," "Zion United Church," and "Current Resident"), flyers for LED retrofits, and lately e-mails to our office address about a commercial solar program. Our council has no plans for any of these, and our volunteer secretary spends time sorting them out.

Would you please remove the church from your promotional mailing and e-mail lists? The account number on our bill is 7710 4432 09.

With thanks and every blessing,

Rev. Thomas Aldridge
Pastor, Zion United Church of Christ
412 Elm Street
Waverly, IA 50677
""",
     labels=MO, ent={"name": "Thomas Aldridge", "postal_code": "50677", "account": "7710 4432 09"},
     note="pastor who manages the church's account has standing; request phrased as a question is still just the opt-out; 'Rev.' dropped from name", ack="from"),

dict(cat="mo:short-email", mailbox=CC, client="xfinity", frm=("Arlo Prescott", "aprescott22@comcast.net"),
     date="2025-12-08 20:15", subj="Too many emails",
     body="""\
No more promotional e-mails please. My inbox is full of them and I can't find the ones from my grandkids.

A. Prescott
""",
     labels=MO, ent={"name": "A. Prescott"},
     note="short plain opt-out; initial + surname sign-off kept as written", ack="from"),

dict(cat="mo:widower-story", mailbox=PH, client="zimbra", frm=("Lyle Brandvold", "lbrandvold@centurylink.net"),
     date="2026-03-10 09:41", subj="Please stop the catalog", html="alt",
     body="""\
Dear PowerHouse people,

My wife Arlys passed away last August after 58 years of marriage. She loved your catalog. She would sit with it and a cup of coffee and mark the pages with little yellow sticky notes, and every fall she ordered something for the grandchildren, one year those flashlights you wind up, another year the weather radios. I still have a drawer full of those sticky notes.

The catalog still comes every month or so and I have to be honest that it is hard to see it in the mailbox. I am not going to order anything. Please stop sending it to the house.

It comes addressed to me now. The label says Customer No. PH 448812.

Thank you for understanding.

Lyle Brandvold
Decorah, Iowa
""",
     labels=MO, ent={"name": "Lyle Brandvold", "account": "PH 448812"},
     note="long grief story before the request; catalog addressed to the sender himself, so no standing issue; PowerHouse customer number from the label", ack="from"),

dict(cat="mo:html-only-caps", mailbox=PH, client="aol", frm=("MARGARET VOSS", "mlvoss1939@aol.com"),
     date="2025-11-21 16:03", subj="CATALOG", html="only",
     style=dict(font="Comic Sans MS, cursive", size="20px", color="#7030a0", bold=True),
     body="""\
PLEASE REMOVE MY NAME FROM YOUR MAILING LIST FOR THE CATALOG.  THANK YOU.

MARGARET L. VOSS
W2290 LAKESHORE DR
BERLIN WI 54923
""",
     labels=MO, ent={"name": "MARGARET L. VOSS", "postal_code": "54923"},
     note="HTML-only, all caps, purple Comic Sans; 'remove my name from your mailing list' is marketing, not sharing", ack="from"),

dict(cat="mo:forward-promo", mailbox=CC, client="gmail", frm=("Janet Feldhaus", "jfeldhaus.iowa@gmail.com"),
     date="2025-10-08 07:55", subj="Fwd: Free home energy assessment - book yours this fall", html="alt",
     quote=("fwd", "promo_audit"),
     body="""\
I never signed up for these. Please take me off your e-mail list.

Janet Feldhaus
""",
     labels=MO, ent={"name": "Janet Feldhaus"},
     note="forward of our promotion with a one-line opt-out on top; forwarded footer (ZIP 53718, 'unsubscribe') adds nothing", ack="from"),

dict(cat="mo:reply-promo-outlook", mailbox=CC, client="outlook", frm=("E. Whitcomb", "ewhitcomb@netins.net"),
     date="2026-03-11 15:26", subj="RE: Save $75 on a smart thermostat this spring", html="alt", smart=True,
     quote=("reply", "promo_thermostat"),
     body="""\
I am 88 years old and I do not need a "smart" thermostat; the one I have works fine and I understand it. Kindly discontinue these e-mails.

E. Whitcomb
""",
     labels=MO, ent={"name": "E. Whitcomb"},
     note="Outlook reply with From/Sent/To block; smart quotes in windows-1252 QP; opt-out from promotional e-mail", ack="from"),

dict(cat="mo:ipad-renter", mailbox=CC, client="iphone", frm=("Gus Papadakis", "guspapadakis@me.com"),
     date="2026-05-02 18:40", subj="Solar mail", mailer="iPad Mail (22E240)",
     body="""\
Please stop sending us the solar mailers. We rent the house, the landlord would never let us put panels on it anyway.

Gus

Sent from my iPad
""",
     labels=MO, ent={"name": "Gus"},
     note="short opt-out from solar mailers; first name only in sign-off counts as name", ack="from"),

dict(cat="mo:key-code", mailbox=PH, client="wlm", frm=("Arlene Ruud", "aruud@iowatelecom.net"),
     date="2026-02-26 10:30", subj="Mailing list",
     body="""\
Dear Sirs,

Please take me off the mailing list for the PowerHouse Catalog. The key code on the back of the catalog by my name is 7Z-10483.

I have enjoyed it in the past but I am moving to Good Samaritan in the spring and will not have the room.

Mrs. Arlene Ruud
""",
     labels=MO, ent={"name": "Arlene Ruud", "account": "7Z-10483"},
     note="key code printed by her name on the catalog's mailing label treated as the PowerHouse customer number; moving is context, not a change-of-address request", ack="from"),

dict(cat="mo:two-addresses", mailbox=PH, client="zimbra", frm=("Dale Hoefling", "dhoefling@mchsi.com"),
     date="2026-01-19 12:10", subj="stop catalogs",
     body="""\
We get your catalog at the farm place and also at the rental house in town that I own, which is empty most of the time. Please stop sending it to both.

Farm: 2875 Hawkeye Rd, Maynard IA 50655
Town: 114 3rd St SE, Maynard

Dale Hoefling
""",
     labels=MO, ent={"name": "Dale Hoefling", "postal_code": "50655"},
     note="owner asks to stop the catalog at two of his own addresses; both named explicitly, so not 'do the same for my other address'", ack="from"),

dict(cat="mo:name-block", mailbox=PH, client="thunderbird", frm=("Leonard Fisk", "lfisk@charter.net"),
     date="2025-12-02 09:03", subj="Catalog mailing list",
     body="""\
Please remove the following from your catalog mailing list:

Dr. Leonard Fisk
2214 Ridgeview Dr.
Eau Claire, WI 54701

Thank you.
""",
     labels=MO, ent={"name": "Leonard Fisk", "postal_code": "54701"},
     note="terse; name block with title 'Dr.' (dropped); catalog removal = marketing", ack="from"),

dict(cat="mo:subject-only", mailbox=CC, client="yahoo", frm=("Ruth Ann Pfeiffer", "ruthannpfeiffer@yahoo.com"),
     date="2026-02-14 07:12", subj="remove from mailing list please", cte="base64",
     mailer="WebService/1.1.25277 YahooMailAndroidMobile",
     body="""\
Thank you.

Ruth Ann Pfeiffer

Sent from Yahoo Mail on Android
""",
     labels=MO, ent={"name": "Ruth Ann Pfeiffer"},
     note="request only in the subject (her own, not a Re:); body is thanks + name; base64 text part", ack="from"),

dict(cat="mo:reply-promo-gmail", mailbox=CC, client="gmail", frm=("Carl Ritter", "critter.53578@gmail.com"),
     date="2026-05-12 13:44", subj="Re: Charge at home for less: EV charger rebates are back", html="alt",
     quote=("reply", "promo_ev"),
     body="""\
Unsubscribe me please. I am 81 and not buying an electric car.

Carl
""",
     labels=MO, ent={"name": "Carl"},
     note="reply to EV promotion; digits in the address are not a ZIP entity (only body text counts)", ack="from"),

dict(cat="mo:retired-insurance", mailbox=CC, client="outlook", frm=("Don Hengel", "dhengel@charter.net"),
     date="2026-01-08 16:52", subj="Advertising", html="alt", smart=True,
     body="""\
To Whom It May Concern:

I spent 31 years in the insurance business, so I know something about mailing lists, and I know that somebody, somewhere, decided that a retired couple in Beloit should receive three pieces of mail a week from their electric company. I would like to un-decide it.

We recycle everything, but the sheer volume of paper is ridiculous. Glossy flyers, postcards, the catalog, "You may be eligible" letters. Please remove us from all promotional mailings and e-mails.

Our account no. is 5518 2290 4471.

Donald and Patricia Hengel
1907 Emerson St.
Beloit, WI 53511
""",
     labels=MO, ent={"name": "Donald and Patricia Hengel", "postal_code": "53511", "account": "5518 2290 4471"},
     note="wry letter; mentions mailing lists generally but asks only to be removed, no sharing request", ack="from"),

dict(cat="mo:caps-angry", mailbox=CC, client="aol", frm=("Walter Bjork", "waltbjork@aol.com"),
     date="2025-10-15 21:37", subj="ENERGY AUDIT", html="alt", style=dict(color="#ff0000", bold=True, size="16px"),
     body="""\
I DO NOT WANT YOUR ENERGY AUDIT OFFERS. I HAVE TOLD YOUR PHONE PEOPLE THIS AND NOW IT IS COMING BY E-MAIL. TAKE MY E-MAIL ADDRESS OFF.

WALT
""",
     labels=MO, ent={"name": "WALT"},
     note="shouting; mention of an earlier phone request is history, the new request is explicit", ack="from"),

dict(cat="mo:moving-assisted-living", mailbox=PH, client="xfinity", frm=("Glen Ostrander", "gostrander@comcast.net"),
     date="2026-04-28 10:05", subj="Catalog",
     body="""\
Hello,

My wife and I are moving into assisted living (the Meadows in Marion) in June and we won't be needing any more catalogs. Please stop sending the PowerHouse Catalog to us at 1440 Lindale Dr.

We enjoyed it for many years. Thanks for the good service.

Glen Ostrander
""",
     labels=MO, ent={"name": "Glen Ostrander"},
     note="moving is the reason, not a change-of-address request; catalog stop only", ack="from"),

dict(cat="trap:keep-service-mail", mailbox=CC, client="apple", frm=("Theodora Quist", "tquist@me.com"),
     date="2026-02-02 08:33", subj="Marketing e-mails",
     body="""\
Hello,

Please discontinue all marketing e-mails to this address. I do still want the bill-ready notices and the outage texts, so please don't turn those off.

Thank you,
Theodora Quist
""",
     labels=MO, ent={"name": "Theodora Quist"},
     note="opt-out of marketing e-mail while keeping service notices; 'don't turn those off' is not a question", ack="from"),

dict(cat="mo:dated-letter-sr", mailbox=CC, client="wlm", frm=("Clarence Bittner", "cbittner@iowatelecom.net"),
     date="2026-03-03 09:47", subj="Request", html="alt", style=dict(font="Times New Roman", size="12pt"),
     body="""\
March 3, 2026

Alliant Energy
Attn: Customer Care
Cedar Rapids, Iowa

Dear Sir:

I respectfully request that my name be removed from your mailing list for promotional literature and special offers. I have been a customer since 1967 and have always paid my bill on time. I do not require any further sales material.

My account number is 2205418839.

Very truly yours,

Clarence W. Bittner, Sr.
1208 S. Central Ave.
Burlington, IA 52601
""",
     labels=MO, ent={"name": "Clarence W. Bittner, Sr.", "postal_code": "52601", "account": "2205418839"},
     note="formal dated letter; 'remove my name from your mailing list' = marketing; suffix Sr. kept as part of the name", ack="from"),

dict(cat="mo:grandson-setup", mailbox=CC, client="gmail", frm=("Opal Mikkelsen", "opal.mikkelsen.grandma@gmail.com"),
     date="2025-11-30 14:18", subj="advertisements", html="alt", style=dict(size="large", font="verdana,sans-serif"),
     body="""\
Hello

My grandson Tyler set up this email for me so I could see pictures of the great grandbabies. I do not want advertisements from you by email or by mail. I get plenty of mail already.

Thank you kindly,
Opal
""",
     labels=MO, ent={"name": "Opal"},
     note="first-name sign-off only; grandson is just context (he set up the e-mail), she writes for herself", ack="from"),

dict(cat="mo:reply-catalog-zimbra", mailbox=PH, client="zimbra", frm=("Duane Sorensen", "dsorensen@centurylink.net"),
     date="2026-04-03 08:22", subj="Re: PowerHouse Catalog: Garden & Patio preview [PH-2604-9G2LW]", html="alt",
     quote=("reply", "cat_garden"),
     body="""\
Please take me off this list. I've asked twice now by phone.

Duane Sorensen
""",
     labels=MO, ent={"name": "Duane Sorensen"},
     note="reply above a quoted catalog e-mail; 'this list' = the catalog e-mail list; earlier phone requests are history, the new request is clear", ack="from"),

dict(cat="mo:pdf-letter", mailbox=PH, client="outlook", frm=("Florence Jankowski", "fjankowski@frontiernet.net"),
     date="2026-03-16 11:05", subj="Letter",
     attach=dict(filename="Scan_20260316_110212.pdf", producer="Canon MF Scan Utility", creator="Canon MF4800 Series",
                 lines=["March 16, 2026", "", "PowerHouse Catalog", "", "To whom it may concern,", "",
                        "Please remove my name from your catalog mailing list. I no longer wish to",
                        "receive the catalog at my home.", "", "Florence Jankowski",
                        "618 Division St.", "Stevens Point, WI 54481"]),
     body="""\
Please see my attached letter asking to be taken off your catalog mailing list.

Florence Jankowski
""",
     labels=MO, ent={"name": "Florence Jankowski"},
     note="scanned PDF letter with a one-line body that itself states the request; address/ZIP only inside the PDF, so no postal_code entity", ack="from"),

dict(cat="mo:reply-newsletter", mailbox=CC, client="yahoo", frm=("Bev Hollander", "bevhollander55@yahoo.com"),
     date="2026-02-03 19:02", subj="Re: Powerful Savings - your February newsletter", html="alt",
     quote=("reply", "promo_newsletter"),
     body="""\
Please stop sending me this newsletter. Not interested. We heat with propane and wood anyway, and I have the electric bill on autopay so I dont need anything else from you.

Bev Hollander
""",
     labels=MO, ent={"name": "Bev Hollander"},
     note="reply to the newsletter; mention of autopay is not a billing question", ack="from"),
]
