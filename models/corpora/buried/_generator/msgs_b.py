"""Human mail, part B: lists and bullet points, several people, numbers everywhere, on-behalf-of, web forms."""
from lib import local_to_utc as L

M = []
A = M.append

A(dict(
    k="ps-bullets-all-three", d="2024-12-04 21:03", box="cc", prog="gmail",
    frm=("Jerome Kaltenbach", "jkaltenbach.wi@gmail.com"),
    q=dict(src="december"),
    body="""Thanks for the tips. We already do most of these. My late father-in-law used to say "put on a sweater" to every complaint about the cold, and he lived to 97, so.

We just got back from three weeks in Arizona visiting my wife's sister in Mesa, and the house was 55 when we walked in because I'd set the thermostat back. Pipes were fine. Took till midnight to warm up. The cat was not amused.

Jerome Kaltenbach
N4471 County Rd K
Columbus, WI 53925
Acct 8830 1124 09

P.S. While I have you, a list from my wife, who is reading over my shoulder:
 - no more catalogs
 - no more of these e-mails either
 - don't sell our info to anybody
 - and why did our November bill go up 14% when we weren't even home??
""",
    cat="opt-out + question", lang="en",
    labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
    ent={"name": "Jerome Kaltenbach", "postal_code": "53925", "account": "8830 1124 09"},
    note="Top-posted reply to the December newsletter; everything actionable is in a bulleted P.S. after the signature: both opt-outs and a billing question."))

A(dict(
    k="landlord-tenants-reyes", d="2024-11-08 13:12", box="ph", prog="gmail",
    frm=("Steve Kuennen", "kuennenproperties@gmail.com"),
    subj="Catalogs at my rental on W 5th",
    body="""Hello,

I own a duplex at 418 W 5th St in Dubuque, 52001. I've had the same tenants in the upstairs unit for about four years now, Luis and Marisol Reyes, great people, always pay on time, they've got two little boys who wave at me every time I come by to mow.

Luis asked me last week if I could "tell the electric company" to stop sending them the PowerHouse catalog and anything else with ads, because they get a lot of mail in English they don't read and it piles up in the shared entryway. I have the owner's account for the house meter and the garage, but the upstairs unit is in their name.

Can you take care of that for them? I told Luis I'd handle it.

Steve Kuennen
Kuennen Properties LLC
563-555-0158
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Luis and Marisol Reyes", "postal_code": "52001"},
    note="A landlord asking for his tenants, whose unit is in their own name: on behalf of someone without clear standing, unclear. Entities name the tenants the request is for, joint as written."))

A(dict(
    k="householder-janet-kyle", d="2024-10-01 18:45", box="ph", prog="yahoo",
    frm=("Paul Steffen", "paulsteffen@yahoo.com"),
    subj="catalogs for the whole Steffen household",
    body="""Hello,

I'm the account holder at our house on Tower Terrace Rd in Marion and I'd like to clean up our mail. Right now the PowerHouse catalog comes three times per mailing: one addressed to me, one to my wife Janet, and one to our son Kyle, who is a sophomore at UNI and hasn't lived here since August 2023. (He did once order a lava lamp from you in 8th grade, which I think is how he got on the list.)

Please stop all three, we don't need any of them, and don't share any of our names with other catalog companies. Kyle is already getting credit card offers at our address, he doesn't need more.

Paul Steffen
Marion, IA 52302
""",
    cat="both opt-outs", lang="en",
    labels=["marketing_opt_out", "catalog_share_opt_out"],
    ent={"name": "Paul Steffen", "postal_code": "52302"},
    note="The account holder writing about his household (wife, adult son at the same address): standing is fine, both opt-outs. The entity name is the writer, who makes the request for the whole household."))

A(dict(
    k="spouse-terry-stroke", d="2024-11-21 10:05", box="ph", prog="iphone",
    frm=("Lynn Hoch", "lynnhoch@icloud.com"),
    subj="For my husband",
    body="""Hello,

My husband Terry had a stroke in September and he's home now but he can't really use the computer, and honestly he never did much anyway, I'm the e-mail person in this house. He's been getting your catalog for years, it's in his name, Terry Hoch, and he asked me the other day to "get him off that list" so I'm writing for him.

He's doing a lot better, the therapy at the rehab center in Waterloo has been wonderful. He can walk to the mailbox now, which is maybe why he noticed the catalogs.

Thanks
Lynn

Sent from my iPhone
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Terry Hoch"},
    note="Wife writing for her husband whose name is on the catalog; nothing says she holds the account or a power of attorney, so on-behalf-of without clear standing: unclear. Entity names Terry, the person the request is for."))

A(dict(
    k="webform-budget-postcards", d="2025-01-07 21:14", box="cc", prog="webform", form_id="CU-2501-88412",
    frm=("Alliant Energy Web Forms", "noreply@alliantenergy.com"),
    rt=("Marcus Odom", "marcus.odom84@gmail.com"),
    subj="Contact Us: Billing question",
    body="""A new Contact Us form was submitted on www.alliant-energy.com.

Name: Marcus Odom
E-mail: marcus.odom84@gmail.com
Phone: 563-555-0121
Service address: 2214 Brady St, Apt 3
City/State/ZIP: Davenport, IA 52803
Account number (optional): 0021-6654-312
Topic: Billing
Preferred contact: E-mail

Message:
Hi, I started budget billing in June and my monthly payment was $92. Now the January bill says $131 and the letter says it was "recalculated". Why did it go up that much? I work nights at the Arconic plant so I haven't been home much and the heat is set at 62. My girlfriend thinks the meter is wrong. Also, I get postcards in the mail every couple weeks about community solar and home assessments, I rent, I can't put solar on anything, please stop mailing those to me. Mainly I want the budget thing explained. Thanks.

--
Submitted 2025-01-07 21:14:09 CST from 198.51.100.23
Form ID: CU-2501-88412
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Marcus Odom", "postal_code": "52803", "account": "0021-6654-312"},
    note="Our own Contact Us form relay (From noreply, customer in Reply-To): budget-billing question with a postal marketing opt-out in the middle of the message. The form ID is not an account.", ack="auto"))

A(dict(
    k="family-account-grandma-dorothy", d="2024-10-27 15:50", box="cc", prog="gmail",
    frm=("The Kessler Family", "kesslerfamily1990@gmail.com"),
    rt=("Mike Kessler", "mike.kessler.mn@gmail.com"),
    subj="From Dorothy Kessler (typed by her grandson)",
    body="""Hello, this is Mike, Dorothy's grandson. I'm visiting Grandma this weekend and she asked me to type this for her on the family e-mail while she tells me what to say, so these are her words:

"I am 91 years old and I have been an Iowa Electric and Alliant customer at this house on Main Street in Monticello since 1956. I do not need any more mail about solar panels or thermostats or home energy visits. I don't need the e-mails either, I don't read the e-mail, Michael does. Please take me off all of that. My bill I still want, of course. Thank you. Dorothy Kessler."

She also wants me to add that the man who came to fix the gas line in 2019 was very polite.

Nobody checks this family account, so please reply to my own address (the Reply-To), I'll tell her.

Mike Kessler
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Dorothy Kessler"},
    note="Shared family account, grandson typing the account holder's own dictated words while she is present: her request, so not unclear. ack_to is the Reply-To (shared account, and he asks to be answered there); entity is Dorothy, the person the request is for."))

A(dict(
    k="work-address-personal-replyto", d="2024-11-13 12:40", box="ph", prog="outlook_desktop", tenant="marshallcountyiowa.gov",
    frm=("Andrea Lindquist", "alindquist@marshallcountyiowa.gov"),
    rt=("Andrea Lindquist", "andrea.lindquist@gmail.com"),
    q=dict(src="holiday", kind="forward"),
    subj="FW: personal - PowerHouse catalog",
    body="""Hi, sorry, I'm sending this from work over lunch because it's the only time I have. Please answer me at my personal address (andrea.lindquist@gmail.com, it's in the Reply-To), not this one, we're not supposed to use county e-mail for personal things.

I like the catalog and I want to keep getting it. I read the line at the bottom of the e-mail below about sharing the customer list, and I'd rather you didn't share my name and address with anyone. Customer number from my last packing slip: 00377154.

Thanks,
Andrea Lindquist

Andrea Lindquist | Deputy Auditor
Marshall County Auditor's Office
1 E Main St, Marshalltown, IA 50158
641-555-0145

NOTICE: This e-mail and any files transmitted with it are the property of Marshall County and may be subject to Iowa's public records law (Iowa Code chapter 22). If you are not the intended recipient, please notify the sender and delete this message.
""",
    cat="catalog-sharing opt-out", lang="en", labels=["catalog_share_opt_out"],
    ent={"name": "Andrea Lindquist", "account": "00377154"},
    note="Forward from a work (county) address with a personal Reply-To and an explicit request to be answered there. Sharing opt-out points at the forwarded footer but is her own sentence. Signature ZIP is the county office, not hers."))

A(dict(
    k="longsig-professor-midrequest", d="2024-09-26 09:18", box="cc", prog="roundcube",
    frm=("Gordon Wessels", "gwessels@mchsi.com"),
    q=dict(src="solar"),
    body="""Dear Alliant Energy,

I read your message about community solar with interest, as I taught a course on energy policy at Coe for 31 years and have opinions. The economics of community solar in Iowa depend heavily on how the bill credit is valued, and your e-mail gives no figure at all, which in my experience means the figure is not flattering. Please remove me from your email list. I say that without rancor; I simply receive enough e-mail from organizations that want something from me.

If your analysts ever want an old man's reading list on net metering, I am easy to find.

With regards,

Dr. Gordon Wessels
Professor Emeritus of Economics, Coe College
Cedar Rapids, Iowa

"What is the use of a house if you haven't got a tolerable planet to put it on?" -- Henry David Thoreau
"In God we trust; all others must bring data." -- W. Edwards Deming

This message was composed on a computer powered, in part, by the wind. Please consider the environment before printing this e-mail. Opinions expressed are my own and not those of Coe College.
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Gordon Wessels"},
    note="Reply to the solar promo; the opt-out sentence is in the middle of an opinionated paragraph, followed by a long signature with two quotes and a disclaimer. Name without the 'Dr.' title."))

A(dict(
    k="numbered-list-four-things", d="2024-10-30 17:02", box="cc", prog="outlook_com",
    frm=("Linda Fuerstenberg", "lindafuerstenberg@outlook.com"),
    subj="4 things",
    body="""Hello,

I've been saving these up. My husband says I should call but I'd rather have it in writing.

1. Why did we get two bills for September? One dated 9/18 for $118.42 and one dated 9/27 for $23.10 that says "corrected". Do we pay both?
2. I want to move my autopay from the 5th to the 20th, that's when my pension comes in.
3. Please take me off the mailing list for the catalog. We're retired and trying to spend less, not more.
4. A man in an Alliant truck told my neighbor the meters on our street are being replaced this winter. When? Do we have to be home?

My account is Account 5512 0937 44 and we live at 3012 Hillcrest Dr in Clinton.

Thank you,
Linda Fuerstenberg
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Linda Fuerstenberg", "account": "5512 0937 44"},
    note="Numbered list of four items; item 3 is a catalog opt-out, the other three are billing and service questions."))

A(dict(
    k="mabel-many-people", d="2024-11-02 11:11", box="cc", prog="aol",
    frm=("Mabel", "mabelandcharlie@aol.com"),
    subj="Hello from Mabel",
    body="""Hello there,

My neighbor Arlene told me I could write to you at this address. My son Jeff set up this e-mail for me after Charlie died so I could get pictures of the great-grandkids. Jeff lives in Ankeny and works for the state. The man at the hardware store, Duane, showed me how to make the letters bigger on the screen, so now I can see what I'm typing.

Arlene gets all the same mail from you that I do. She says she reads it all, she likes the coupons. I don't. I, Mabel, would like no more mail about your offers, the postcards and the little magazines. My bill can still come of course.

Charlie always paid the electric bill at the office downtown in person because he liked the girls at the counter. They closed that office a long time ago.

Thank you,
Mabel
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Mabel"},
    note="Five people mentioned (neighbor, son, hardware man, late husband); the request is for the writer herself, mid-letter. Only a first name, which the rulebook extracts."))

A(dict(
    k="numbers-everywhere-rent", d="2024-11-26 20:44", box="ph", prog="gmail",
    frm=("Barbara Klostermann", "bklostermann@gmail.com"),
    subj="Orders, gift card, and a request",
    body="""Hello,

A few things, I'll try to be organized.

My order PH-2024-118842 (placed 11/11) shipped with UPS tracking 1Z 88A 421 03 5519 2208 and arrived 11/19. Everything was fine except the LED lantern, which doesn't turn on. I called 608-555-0172 on 11/20 and was given confirmation CNF 20241120-552 for a replacement. Nothing yet.

My daughter sent me a PowerHouse gift card for my birthday (card number 6006 4421 9910, $50) and I want to use it for the replacement if there's any cost, but it shouldn't cost anything, right?

Also, and this is the main reason I'm writing: please keep my name off the lists you rent to other catalogs. I'm fine getting yours. My daughter in Madison (53711) says she got on six new lists after she ordered from you once.

My customer number is 00519063 and I'm at 120 Iowa St, Dodgeville, WI 53533.

Barbara Klostermann
""",
    cat="opt-out + question", lang="en", labels=["catalog_share_opt_out", "question"],
    ent={"name": "Barbara Klostermann", "postal_code": "53533", "account": "00519063"},
    note="Numbers everywhere: order, tracking, phone, confirmation, gift card, her daughter's ZIP. Only the customer number is an account and only her own ZIP counts. Sharing opt-out plus the replacement question."))

A(dict(
    k="stop-actually-keep-noshare", d="2024-12-27 13:30", box="ph", prog="yahoo",
    frm=("Russ Ehlers", "russehlers@yahoo.com"),
    subj="catalog",
    body="""Hello,

We just finished taking down the Christmas decorations, which is a two-day job at our house, the village alone has 40 pieces and most of the lights came from your catalog over the years.

Stop the catalog. Actually, no, keep the catalog, my wife likes it and she just told me so from the other room. What I really want is that you stop selling our name. We get catalogs from outfits in Vermont and Texas and I know how they got us.

Russ Ehlers
""",
    cat="catalog-sharing opt-out", lang="en", labels=["catalog_share_opt_out"],
    ent={"name": "Russ Ehlers"},
    note="Stated then taken back, but resolved in the same breath: 'stop the catalog. Actually, no, keep the catalog... stop selling our name'. The final wish is clear: sharing opt-out only, the catalog stays."))

A(dict(
    k="ps-dont-rent", d="2025-01-10 16:22", box="ph", prog="gmail",
    frm=("Helen Marsh", "helenmarsh.dbq@gmail.com"),
    subj="A thank you and a small thing",
    body="""Dear PowerHouse,

I want to tell you how much I enjoyed the LED candle set with the little remote that I bought in November. During the outage on January 5 (ice on the lines out by us) I had them all on and the house felt like a church. My cat, Pickles, sat in the window all night watching them flicker.

The power was back by morning, and I have no complaints about that, your crews are wonderful.

I'm ordering another set for my sister Margaret's birthday in March.

Best wishes,
Helen Marsh
Dubuque, IA 52003

P.S. Please don't rent my name to other catalogs.
""",
    cat="catalog-sharing opt-out", lang="en", labels=["catalog_share_opt_out"],
    ent={"name": "Helen Marsh", "postal_code": "52003"},
    note="A cheerful story with no complaint; the sharing opt-out is only in the P.S. after the signature."))

A(dict(
    k="who-shared-dont-again", d="2024-12-16 09:05", box="ph", prog="outlook_com",
    frm=("Lori Vantiger", "lorivantiger@hotmail.com"),
    subj="Who did you give my name to?",
    body="""Good morning,

Since I ordered a space heater from PowerHouse in October 2023 (order 20231017-4412), I have started getting catalogs from at least five companies I've never dealt with. I'd like to know which companies you shared or sold my name to, and when.

And don't do it again. I don't want my name or address shared with anyone going forward.

I'm not angry at the catalog itself, the heater works great in the sewing room.

Lori Vantiger
1432 Prairie Ave, Grinnell, IA 50112
""",
    cat="opt-out + question", lang="en", labels=["catalog_share_opt_out", "question"],
    ent={"name": "Lori Vantiger", "postal_code": "50112"},
    note="Asks with whom her name was shared (question) and says not to share it again (sharing opt-out). The order number is not an account."))

A(dict(
    k="smart-meter-data-sold", d="2024-10-09 22:50", box="cc", prog="thunderbird",
    frm=("Wendell Pruitt", "wpruitt@gmail.com"),
    subj="Question about smart meter data and your privacy policy",
    body="""To whom it may concern,

I read your online privacy policy twice and I have questions it does not answer.

Your new meter was installed at my house on August 14 (I know the date because it reset every clock in the kitchen). I understand it records usage in 15-minute intervals. From that data, a person could infer when I wake up, when I leave for work, when I'm on vacation, and probably when I'm taking a shower.

1. Does Alliant Energy sell, rent or share interval data with third parties, including "affiliates" or "the family of companies" the policy mentions?
2. Does the PowerHouse Catalog receive any usage data to target offers?
3. How long do you keep the interval data?
4. Is there a way to opt out of 15-minute recording and go back to monthly reads?

I'm not asking you to do anything yet, I want to understand the policy first. A written answer by e-mail would be appreciated.

Wendell Pruitt
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Wendell Pruitt"},
    note="Detailed privacy-policy questions full of 'sell, rent or share' and 'opt out' wording, but he explicitly asks for nothing to be done yet: question only."))

A(dict(
    k="misdirected-barb-bridge", d="2024-10-18 08:14", box="cc", prog="gmail",
    frm=("Judy Haverkamp", "judyhaverkamp@gmail.com"),
    q=dict(src="thermostat"),
    body="""Barb -- here's the thermostat thing I was telling you about at bridge Wednesday. $50 back! Have Roger look at it, he's the one who does the furnace filter. Ours came from Menards, the one on Collins Rd, they had a whole shelf of them.

Also don't forget it's my turn to host on the 30th, bring the lemon bars if you can. Marge is bringing her new husband (!!!) so be nice.

Love, Judy
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Judy"},
    note="Misdirected reply: the new text is written to a friend, not to us, and decides nothing about our mail. A careful person cannot tell what she wants from us: unclear."))

A(dict(
    k="address-change-widow-apartment", d="2024-11-04 14:25", box="ph", prog="apple_mail",
    frm=("Irene Schmitt", "ireneschmitt@me.com"),
    subj="New address for my catalog",
    body="""Hello,

After my husband Bernard passed away last winter I sold our house on Raymond Rd (the old ZIP was 53719) and in September I moved into an apartment at the Oakwood Village on the west side. It's lovely, I have a balcony, and there's a woodworking shop in the basement that Bernard would have lived in.

I would like to keep getting the PowerHouse catalog, please send it to my new place:

Irene Schmitt
6205 Mineral Point Rd, Apt 214
Madison, WI 53705

The post office forwarding runs out in a few months and I'd hate to miss the Christmas one.

Thank you,
Irene
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Irene Schmitt", "postal_code": "53705"},
    note="Change of address for the catalog after a move (a question); she wants to keep it. The old ZIP in passing is not her address anymore; the new one is."))

A(dict(
    k="nine-catalogs-furious", d="2024-12-03 19:58", box="ph", prog="gmail_android",
    frm=("Deb Ostrander", "debostrander61@gmail.com"),
    subj="9 catalogs!!!",
    body="""I counted. Since I ordered ONE heated mattress pad from you last January I now get catalogs from:

1. Harvest Lane Home
2. Country Hearth Gifts
3. Northwoods Outfitters
4. Miles Kimball-type thing with the gnomes
5. a hearing aid company
6. a company selling burial insurance (!!!)
7. a cheese company in Wisconsin
8. Sun Valley Garden Supply
9. some "collectible coins" thing

My mail carrier Gloria jokes that she should charge me extra. I never agreed to having my name passed around like a plate of cookies and I want it to end today. I'm keeping your catalog because the mattress pad was honestly great, but whoever you're giving my name to, stop.

Deb Ostrander
Vinton, IA 52349

Sent from my Galaxy
""",
    cat="opt-out + question", lang="en", labels=["catalog_share_opt_out", "question"],
    ent={"name": "Deb Ostrander", "postal_code": "52349"},
    note="Angry numbered list of nine other catalogs; the sharing opt-out is in the paragraph after it. She keeps our catalog. A complaint as well, so question."))

A(dict(
    k="remove-under-outage-alert", d="2025-01-06 13:02", box="cc", prog="iphone",
    frm=("Cody Wagner", "codywagner@icloud.com"),
    q=dict(src="outage"),
    body="""Remove

Cody Wagner
Wagner Family Farms | Est. 1921
"Farming is a profession of hope." - Brian Brett
Sent from my iPhone
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Cody Wagner"},
    note="'Remove' under a planned-outage notice (a service message): not a marketing opt-out per the rulebook. Remove from what? Unclear."))

A(dict(
    k="please-stop-no-object", d="2024-10-25 18:20", box="cc", prog="yahoo",
    frm=("Marvin Eckhart", "marvineckhart@yahoo.com"),
    subj="Enough",
    body="""I have had it.

This week I got four phone calls about my car's extended warranty (I don't have a car, I have a 1999 Buick that is worth less than the warranty), a letter from somebody about a reverse mortgage, two robocalls saying they were "calling about your electric bill", a young man at my door selling solar panels who said he was "working with the utility", and about a pound of catalogs.

I am 82 and I would like a little peace and quiet.

Please stop.

Marvin Eckhart
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Marvin Eckhart"},
    note="A rant listing calls, letters, a door-to-door seller who claimed a link to the utility and catalogs, then 'Please stop.' with no object: it is not clear what of ours he wants stopped. Unclear."))

A(dict(
    k="damaged-throw-refund-stop", d="2024-12-23 10:40", box="ph", prog="gmail",
    frm=("Karla Jaeger", "karlajaeger@gmail.com"),
    subj="Damaged order PH-2024-220187 - refund please",
    body="""Hello,

My order PH-2024-220187 arrived on December 20. It was supposed to be a Christmas present for my mother-in-law (the sherpa heated throw in "oatmeal", item 44-1187). The box was soaked through and the throw smells like mildew. The controller cord was also cut, which worries me with something that plugs in.

I'd like a full refund to my Visa, not a replacement, since it won't get here before Christmas now anyway. The packing slip says customer number C-0044 1902.

I have to be honest, this was a disappointing experience after being a customer for a few years, and after this I don't want the catalog sent to me anymore.

Karla Jaeger
Hiawatha, IA 52233
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Karla Jaeger", "postal_code": "52233", "account": "C-0044 1902"},
    note="Damaged-order refund request (question) with the catalog opt-out tucked into the last paragraph. Order and item numbers are not accounts; the customer number from the slip is."))

A(dict(
    k="mixed-daughter-mom-spanish", d="2025-02-10 19:37", box="cc", prog="gmail",
    frm=("Yesenia Olvera", "yesenia.olvera22@gmail.com"),
    subj="Para mi mamá / for my mom",
    body="""Hi, I'm writing for my mom, she doesn't speak English.

Mi mamá, María de Jesús Olvera, vive en 711 S 4th St, Ottumwa, IA 52501. Ella me pidió que les escribiera porque le llegan muchas cartas de ustedes con ofertas y cupones y no las entiende, y le da miedo que sean cobros. She wants them to stop. También le llaman por teléfono y no sabe qué contestar.

I live in Des Moines so I'm not there to read her mail every week. Can you stop sending her the offers? The bill is fine, she pays that at the Hy-Vee.

Gracias,
Yesenia
""",
    cat="unclear", lang="mixed", labels=[], unclear=True,
    ent={"name": "María de Jesús Olvera", "postal_code": "52501"},
    note="Mixed English/Spanish; a daughter writing for her mother (the customer) without saying she has authority: on behalf of someone else, unclear. Entities are the mother's."))

A(dict(
    k="newsletter-reply-furnace-rebate", d="2024-12-05 12:12", box="cc", prog="outlook_com",
    frm=("Ken Moravec", "kenmoravec@outlook.com"),
    q=dict(src="december"),
    body="""Good tips. Question for you though.

Our furnace is a 1998 Carrier and the guy from Brandt Heating who did the fall check-up says it's on borrowed time. He quoted $6,800 for a 96% furnace and $11,400 for a heat pump with a gas backup. He said Alliant has rebates for both but he wasn't sure of the amounts for 2025, and the website lists 2024.

Are the 2025 rebate amounts out yet? And do we have to do the energy assessment first to qualify? We'd like to decide before the old one dies in January, which is when they always die.

Thanks,
Ken Moravec
Solon, IA
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Ken Moravec"},
    note="Reply to our newsletter with a real rebate question and no opt-out; the quoted footer's 'unsubscribe' is ours."))

A(dict(
    k="retiree-lineman-newsletter", d="2024-09-19 14:20", box="cc", prog="gmail",
    frm=("Bob Hemesath", "bobhemesath@gmail.com"),
    subj="Retiree newsletter?",
    body="""Hello,

I worked as a lineman for Iowa Electric, then IES Utilities, then Alliant from 1979 until I retired in 2014, mostly out of the Decorah and Cresco service centers. Thirty-five years of climbing poles in every kind of weather. I still have the scar from the '85 ice storm.

When I retired we got a retiree newsletter in the mail a few times a year with news about who passed, who had grandkids, the picnic, all that. I haven't gotten one since we moved from Cresco to Decorah in 2021. Is it still published? If so, could you put me back on the list, at 803 Day Ave, Decorah, IA 52101? If it's e-mail only now, this address is fine.

My wife says hello to anyone still there from the Cresco office.

Bob Hemesath
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Bob Hemesath", "postal_code": "52101"},
    note="Retired lineman asking for the retiree newsletter (wanting more is a question, not an opt-out); long career story around it."))

A(dict(
    k="is-my-name-shared-which", d="2025-01-16 11:45", box="ph", prog="aol",
    frm=("Nadine Kopecky", "nadinekopecky@aol.com"),
    subj="Question about the list",
    body="""Hi,

In the back of the winter catalog it says you sometimes share your customer list with other catalog companies. I've been a customer since about 2015. Is my name on the list you share? If it is, I'd like to know which companies got it. I'm not mad, I'm just curious, because I've been getting a quilting catalog and I don't quilt.

Nadine Kopecky
Tama, IA 52339
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Nadine Kopecky", "postal_code": "52339"},
    note="Asks whether and with whom her name was shared ('I'm not mad, just curious'): a question, not a sharing opt-out."))

A(dict(
    k="formal-do-not-sell-letter", d="2024-09-28 10:00", box="ph", prog="outlook_com", z="pacific",
    frm=("Miriam Feldhaus", "mfeldhaus@outlook.com"),
    subj="Do Not Sell or Share My Personal Information - Request",
    body="""To: PowerHouse Catalog, Alliant Energy
Re: Request to opt out of the sale or sharing of personal information
Date: September 28, 2024

To whom it may concern:

I am a former Iowa resident (Ames, 2002 to 2021) who still receives the PowerHouse Catalog at my daughter's address while I split the year between Iowa and Palo Alto, California. This letter is a request under any applicable law, and in any case as a matter of your own stated policy:

(a) Do not sell, rent, exchange or otherwise share my name, postal address or any other personal information with any third party, including other catalog companies.

(b) Please provide me with a list of the categories of personal information you hold about me, and the categories of third parties to whom you have disclosed it in the past 12 months.

For identification, my name and the address where the catalog arrives:
Miriam Feldhaus, c/o Rachel Feldhaus-Ng
2710 Northwood Dr, Ames, IA 50010

I have no objection to continuing to receive the catalog itself.

Please confirm in writing when this request has been completed.

Sincerely,
Miriam Feldhaus
""",
    cat="opt-out + question", lang="en", labels=["catalog_share_opt_out", "question"],
    ent={"name": "Miriam Feldhaus", "postal_code": "50010"},
    note="Formal 'do not sell or share' letter in legal style; (a) is a sharing opt-out, (b) an access request for categories of data (question). She keeps the catalog. ZIP is the address the catalog is sent to."))

A(dict(
    k="ipad-ron-budget-catalog", d="2024-10-11 09:33", box="cc", prog="ipad",
    frm=("Carol Wendt", "carolwendt@icloud.com"),
    subj="Budget billing and the catalog",
    body="""Good morning,

Ron and I are both on the account at our house in Mount Pleasant (account 7120 4418 53). Ron was diagnosed with Parkinson's last year and this summer we had to put in a hospital bed and a lift chair, and now the oxygen. Our bills went up and I can see why, but it's the up-and-down that's hard on us, $140 one month, $260 the next.

The nurse from the home health agency said you have budget billing that makes it the same every month. How do we sign up, and does it matter that our bill is behind by about $60 right now? I'd rather do it by e-mail than the phone, the phone menus confuse me.

Also the catalog, we don't need it anymore, Ron can't get out to the garage to use any of those gadgets and I'm not a gadget person. We're both fine if you stop it for the house.

Thank you for your patience with a long letter.
Carol Wendt
Sent from my iPad
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Carol Wendt", "account": "7120 4418 53"},
    note="Illness story and budget-billing question; the catalog opt-out comes near the end. She is on the account with her husband, so she can stop it for the household."))

A(dict(
    k="dates-third-time-emails", d="2025-01-28 07:05", box="cc", prog="gmail",
    frm=("Stan Wojcik", "stanwojcik.ia@gmail.com"),
    subj="Late fee dispute - account 3390 1176 20",
    body="""To customer service:

I am disputing a $12.50 late fee on my January bill.

11/29 - paid my November bill online, $133.19, confirmation 771920044
12/02 - got a "payment received" e-mail from you
12/30 - December bill shows the November payment "pending"
01/03 - called, rep named Jorge said it was a system issue and would be fixed
01/21 - January bill shows a $12.50 late fee and "past due $133.19"
01/22 - called again, waited 47 minutes, got disconnected

I have paid every bill on time for 22 years. I want the late fee removed and written confirmation that my account 3390 1176 20 is current.

And for the third time, stop the e-mails about solar and home assessments. I've asked twice on the phone already.

Stan Wojcik
Bettendorf, IA 52722
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Stan Wojcik", "postal_code": "52722", "account": "3390 1176 20"},
    note="Date-by-date billing dispute; the e-mail opt-out is stated with its object ('for the third time, stop the e-mails about solar') so the reference to earlier calls does not make it unclear."))

A(dict(
    k="as-asked-on-phone-december", d="2025-01-13 15:55", box="cc", prog="outlook_com",
    frm=("Gail Nordstrom", "gnordstrom@outlook.com"),
    subj="Second address",
    body="""Hello,

I spoke with someone on the phone on December 12 (I think her name was Renee) about my account at home. She was very helpful.

Since then my father has moved into assisted living and the electric at his old house at 19 Elm Ct in Tipton is now in my name too, until we sell it in the spring. Please do what I asked on the phone in December for that address too.

I'll be going back and forth between the two houses a lot this winter, so e-mail is best.

Thank you,
Gail Nordstrom
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Gail Nordstrom"},
    note="'Do what I asked on the phone in December for that address too' refers to an earlier request without saying what it was: unclear."))

A(dict(
    k="see-below-fwd-clearance", d="2025-01-24 22:15", box="ph", prog="gmail",
    frm=("Wes Heuer", "wesheuer@gmail.com"),
    q=dict(src="clearance", kind="forward"),
    body="""see below

Wes
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Wes"},
    note="'see below' over a forwarded catalog e-mail: the only decidable text is our own footer (unsubscribe and sharing wording), which never counts. Unclear."))

A(dict(
    k="emoji-thumbsdown-assessment", d="2025-01-15 07:41", box="cc", prog="iphone",
    frm=("Tiffany Rasmussen", "tiffrasmussen@icloud.com"),
    q=dict(src="assessment"),
    body="""\U0001F44E

Sent from my iPhone
""",
    cat="unclear", lang="en", labels=[], unclear=True, ent={},
    note="Only a thumbs-down emoji over our promo: the new text says nothing decidable, unclear. No name in the body (only in From)."))

A(dict(
    k="fwd-own-october-second-time", d="2024-11-20 12:30", box="cc", prog="yahoo",
    frm=("Donna Pisarik", "donnapisarik@yahoo.com"),
    q=dict(src="other", kind="forward", frm=("Donna Pisarik", "donnapisarik@yahoo.com"),
           sent=L("2024-10-16 09:20", "central"), subject="Please stop the emails",
           text="""Hello, I got your thermostat email yesterday. I do not want any more promotional emails from Alliant Energy. Please take donnapisarik@yahoo.com off your marketing list.
Thank you,
Donna Pisarik"""),
    to=[(None, "customercare@alliant-energy.com")],
    subj="Fw: Please stop the emails - SECOND TIME",
    body="""Nobody answered this, and since October I have gotten two more promotional emails from you (the holiday catalog one and something about solar). This is the second time I'm asking. Please confirm this time.

Donna
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Donna"},
    note="She forwards her own earlier message; her subject ('Please stop the emails - SECOND TIME') and new text ('two more promotional emails... second time I'm asking') name the object, so it is not a vague 'as I asked before'. Complaint that nobody answered: question. Name from her new signature only."))

A(dict(
    k="enough-fourth-this-month", d="2025-01-16 12:58", box="cc", prog="outlook_desktop", tenant="benefitsresource.com",
    frm=("Patrick Lenz", "plenz@benefitsresource.com"),
    q=dict(src="assessment", kind="forward"),
    body="""This is the fourth one of these this month between the e-mails and the postcards. I get it, you want to come look at my attic. I've lived in a 2009 house with R-49 in the attic and triple-pane windows since 2016, the builder was an energy nut. I don't want these anymore, mail or e-mail.

Pat Lenz
Senior Analyst | Benefits Resource Group
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Pat Lenz"},
    note="Forwarded promo with an annoyed story; 'I don't want these anymore, mail or e-mail' is the opt-out, covering both channels."))

A(dict(
    k="es-thankyou-gas-leak", d="2024-12-30 19:20", box="cc", prog="gmail_android",
    frm=("Guadalupe Ríos", "lupitarios.dsm@gmail.com"),
    subj="Gracias al técnico del gas",
    body="""Buenas noches,

Solo quiero dar las gracias. El 27 de diciembre olimos gas en la cocina, llamamos al número de emergencia y en 25 minutos llegó un técnico, creo que se llamaba Rubén, muy amable. Encontró una fuga en la conexión de la estufa, la cerró y nos explicó todo en español, lo cual mi suegra agradeció mucho porque estaba muy asustada.

No necesito nada, solo quería que supieran que hizo un excelente trabajo. Feliz año nuevo a todos.

Guadalupe Ríos y familia
Marshalltown
""",
    cat="human, no action needed", lang="es", labels=[],
    ent={"name": "Guadalupe Ríos"}, ack=None,
    note="Spanish thank-you for a gas-leak call ('No necesito nada'): no labels, no acknowledgement due."))
