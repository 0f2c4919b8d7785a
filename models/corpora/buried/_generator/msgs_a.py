"""Human mail, part A: late spouses, moves, illness, billing fights; requests buried in the middle, the P.S. or the subject."""
from lib import local_to_utc as L

M = []
A = M.append

A(dict(
    k="widow-walter-label", d="2024-09-23 19:42", box="ph", prog="gmail",
    frm=("Ruth Brandvold", "ruthbrandvold52@gmail.com"),
    subj="Walter's catalogs",
    body="""To whom it may concern,

I am not sure this is the right place to write but the lady at the Decorah library helped me find this address on your website, so here goes.

My husband Walter passed away on March 3rd of this year after a long illness. He was 81. He loved your catalog, I think he ordered from it for twenty years or more, starting back when it was still the old Interstate Power. He bought the heated ice scraper (twice, because he left the first one on the roof of the truck), the outdoor thermometer that talks, and about a hundred of those little LED night lights that he put in every outlet in the house so I wouldn't trip at night. I still have them all and I think of him when I get up.

The catalogs keep coming with his name on them, WALTER BRANDVOLD, and the number on the label is 00713358 if that helps you. Along with yours we now get catalogs from places I have never heard of: orthopedic shoes, collectible coins, a garden outfit in Ohio. My son Erik says that is because some of you sell your lists. I am the executor of Walter's estate and the house and the electric account have been in my name since June, so I think I am allowed to ask this: please take Walter off the PowerHouse mailing list, no more catalogs for him, and do not give our name and address to any other company. I don't want to be rude about it, it is just hard to get the mail.

The garden catalog from Ohio had a tomato on the front that looked just like the ones Walter grew. He always said the secret was coffee grounds.

Thank you for reading all this. You don't need to call, I don't hear well on the phone, a letter or e-mail is fine.

Ruth Brandvold
2207 Oak Ridge Dr
Decorah, IA 52101
""",
    cat="both opt-outs", lang="en",
    labels=["marketing_opt_out", "catalog_share_opt_out"],
    ent={"name": "WALTER BRANDVOLD", "postal_code": "52101", "account": "00713358"},
    note="Widow's long story; the two requests sit in the middle of paragraph 3. She is executor and now holds the account, so she has standing; entities name the person the catalog is addressed to (as written on the label)."))

A(dict(
    k="daughter-harold-closing", d="2024-10-29 21:17", box="ph", prog="outlook_com",
    frm=("Karen Lensing-Moore", "klensingmoore@outlook.com"),
    subj="Dad's mail (Harold Lensing, Waukon)",
    body="""Hello,

I'm writing about my father, Harold Lensing, who passed away on October 2nd at the Good Samaritan home in Waukon. Thank you to whoever sent the sympathy card from the Decorah office, that was a kind surprise, he used to read meters for the REC out there in the 70s and I guess people remember.

We are getting his house at 1108 Rossville Rd, Waukon, IA 52172 ready to sell. It's a lot. Forty years of National Geographics, three freezers, and a basement full of things from your catalog still in the boxes (he could never resist the flashlights). The realtor, Jodi at Driftless Realty (563-555-0163), says closing is probably February 28 if the inspection goes OK.

His catalogs and a pile of others still arrive there every week and my brother and I disagree about them. I'd like them stopped, but Dennis wants everything to keep coming until the closing because he thinks an empty mailbox tells the whole county the house is empty, and honestly he might be right. The customer number on the back of the catalog is 0055-2190. So maybe stop it, or maybe wait until March, I don't know, I'll have to talk to Dennis again this weekend.

The estate is being handled by the lawyer in Decorah (file ESPR012345) if anybody needs paperwork.

Thanks,
Karen Lensing-Moore
Rochester, MN
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Harold Lensing", "postal_code": "52172", "account": "0055-2190"},
    note="Daughter writing about her late father's catalog without clear standing, and she half-takes the request back (stop it or wait until March). Entities are the father's; the estate file number and realtor phone are not accounts."))

A(dict(
    k="move-sunprairie-ps", d="2024-10-07 16:05", box="cc", prog="yahoo",
    frm=("Gene Hollister", "gene.hollister@yahoo.com"),
    subj="Closing our account - moving to Sun Prairie",
    body="""Hi there,

Well, after 38 years in the same house on 29th Street in Cedar Rapids, Marcy and I finally did it. We sold the place to a nice young couple (he's a nurse at St. Luke's, she teaches 4th grade) and we are moving to a condo in Sun Prairie to be closer to our daughter and the grandkids. Closing was 9/30, the movers come the 14th.

I called your 800 number on September 26 and the gentleman, I think his name was Andre, set up the disconnect for October 15 and gave me confirmation number 0915-RT-2281. He said the final bill would go to the old address unless I gave you a new one in writing, which I'm doing now:

Our old account: 3318 0042 57
Final bill to: 2217 Tallgrass Ln, Sun Prairie, WI 53590

I also had a knee replaced in August (the left one, the right one was 2019) so if there are any forms to sign please send them by mail or e-mail, I'm not driving to the office for a while.

One question: do we need to do anything to start service at the condo, or does the association handle that? The condo is also Alliant territory I believe, the MGE line is a few miles west.

Thanks for all the years of good service. Only lost power twice that I remember, once in the 2008 flood and then the derecho.

Gene & Marcy Hollister

P.S. The PowerHouse catalog can follow us to the new address, Marcy likes it. But the e-mails about community solar and thermostats, no thanks, please stop those.
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Gene & Marcy Hollister", "postal_code": "53590", "account": "3318 0042 57"},
    note="Move letter with a change of address and a service question; the e-mail opt-out is only in the P.S. and keeps the catalog (channel limit: e-mail). The confirmation number is not an account; the new ZIP is the couple's address."))

A(dict(
    k="chemo-medical-certificate", d="2024-11-19 13:48", box="cc", prog="gmail",
    frm=("Denise Farrow", "denisefarrow.ia@gmail.com"),
    subj="medical certificate / payment arrangement question",
    body="""Good afternoon,

I'm sorry this is long, I've had a rough fall. In August I was diagnosed with stage 2 breast cancer and I've been doing chemo every other Tuesday at the Mercy cancer center in Cedar Rapids. I had to go on short-term disability from my job at the credit union in September and my income dropped to about 60%. The bills have been piling up, yours included.

On October 22 I talked with someone named Beth in your credit department who was wonderful. She set up a payment arrangement (she gave me the number PA-77812) and told me about the medical certificate so my electric can't be shut off while I'm in treatment. My oncologist's office (Dr. Anand Patel, fax 319-555-0188) says they faxed the certificate to you on November 1st.

Here is my problem. Yesterday I got a letter dated November 14 saying my account 6204 1187 39 is past due and service may be disconnected after December 2. Did you get the certificate? Is my payment arrangement still active? I paid the first installment of $86.40 on November 8 by phone, confirmation 55120931.

I don't have the energy to sit on hold for an hour. If someone could e-mail me back and just tell me whether I am OK, I would be so grateful. My phone is 319-555-0114 if you must call, but please leave a message, I sleep a lot right now.

(Also, unrelated, I got your e-mail about the $50 smart thermostat rebate the same day as the disconnection letter, which honestly made me laugh out loud, which I needed.)

Thank you,
Denise Farrow
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Denise Farrow", "account": "6204 1187 39"},
    note="Long illness and billing story with a clear question (certificate received? arrangement active?). The aside about the thermostat e-mail is not an opt-out. Arrangement, confirmation, fax and phone numbers are not accounts."))

A(dict(
    k="estimated-reads-ps-thermostat", d="2024-11-05 22:31", box="cc", prog="yahoo",
    frm=("Rick Dworak", "rdworak1961@yahoo.com"),
    subj="ESTIMATED BILLS - 3rd time writing",
    body="""To Alliant Energy customer service,

I am writing about my bills for August, September and October. All three say ESTIMATED at the top. Nobody has read my meter since July even though the meter is on the outside of the garage and the gate isn't even locked. Then the October bill came for $412.77, which is more than double any October I have ever had in this house (I went back through my records, October 2023 was $171.15, October 2022 was $158.90).

Here's the timeline:
- Sept 12: called, talked to "Crystal", confirmation 88421A, told a tech would come out
- Sept 30: called again, confirmation 88617C, told the same
- Oct 21: your website chat, ticket INC0048812, told to wait for the next read
- Nov 4: got the $412.77 bill

I also ordered a thermostat from your PowerHouse catalog back in March, order W-203344, and the rebate still has not shown up either, but that's a separate gripe.

My account number is 2290-4418-06, service address 1610 Fifth St, Coralville, IA 52241. I want an actual meter read and a corrected bill before I pay anything, and I want somebody to call me at 319-555-0129 (after 4, I work days).

Rick Dworak

P.S. And quit sending me the thermostat ads while you're overcharging me.
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Rick Dworak", "postal_code": "52241", "account": "2290-4418-06"},
    note="Billing fight with a bullet timeline full of confirmation codes, a ticket and an order number (none are accounts); the marketing opt-out is only in the angry P.S."))

A(dict(
    k="subject-only-share-birdbath", d="2024-12-09 10:12", box="ph", prog="apple_mail",
    frm=("Jean Vosberg", "jvosberg@icloud.com"),
    subj="Please do not sell or share my name (customer 00392210)",
    body="""Dear PowerHouse folks,

I wanted to tell you about the heated birdbath de-icer I ordered on November 18 (order PH-778120). It arrived with a crack in the housing, I think the box got dropped, and I was all set to be grumpy about it. But I called and a lady named Lorraine had a new one on its way the same afternoon and told me to just recycle the broken one. It came on the 22nd and it works beautifully. We have a pair of cardinals and about thirty juncos who now think our backyard is a resort.

My granddaughter Abby (she's 9) has named the cardinals Ketchup and Mustard and she made a chart of which birds come at what time. Yesterday morning we counted 14 different visits before 8 a.m.

Anyway, you have a very good employee in Lorraine and I hope somebody tells her.

Warm regards,
Jean Vosberg
Platteville, WI 53818
""",
    cat="catalog-sharing opt-out", lang="en", labels=["catalog_share_opt_out"],
    ent={"name": "Jean Vosberg", "postal_code": "53818"},
    note="The only request is in the subject line; the body is a happy story about a replacement order. The customer number appears only in the subject, so it is not an entity; the order number is not an account."))

A(dict(
    k="subject-only-unsub-sister", d="2024-12-15 18:40", box="cc", prog="gmail_android",
    frm=("Lorna", "lornaj.peterson@gmail.com"),
    subj="unsubscribe me from these emails please",
    body="""I forwarded your December tips to my sister Pat in Dubuque because she's always cold and she keeps her thermostat at 74 and complains about her bill. She did the ceiling fan thing, flipped the little switch on the side, and she says the living room feels warmer already. She asked me if there's a switch like that on a box fan, I said I don't think so Pat.

Our mom's house on Locust St had the old floor register in the dining room and we used to sit on it in our nightgowns on winter mornings. I still remember the smell of the dust burning the first time the furnace came on every October. Pat and I were laughing about that on the phone for an hour.

Lorna

Sent from my Galaxy
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Lorna"},
    note="New message (not a Re:), the unsubscribe is in the subject only; the body is a family story about our newsletter. First name alone is extracted, as the rulebook says."))

A(dict(
    k="conditional-if-you-sell", d="2024-11-25 08:57", box="ph", prog="thunderbird",
    frm=("Arlen Tjaden", "arlen.tjaden@windstream.net"),
    subj="my name",
    body="""Good morning,

My neighbor Bev Siems was over for coffee Saturday and she told me that you sell the names of people who order from the PowerHouse catalog to other companies. She says that's why she gets catalogs from a cheese company in Wisconsin and a company that sells hearing aids, and she never ordered from either one. Bev is not always right about things (she also told me the new water tower was going to cause headaches), so I'm asking you: is that true?

If it is, then stop doing it with mine. If it isn't, then fine, forget I asked. Either way keep the catalog coming, I like it, I bought the LED yard light last year and it's the best thing I ever got for $29.95.

Arlen Tjaden
RR 2 Box 41
Eldora, IA 50627
""",
    cat="opt-out + question", lang="en", labels=["catalog_share_opt_out", "question"],
    ent={"name": "Arlen Tjaden", "postal_code": "50627"},
    note="Conditional request ('if you sell my name then stop, otherwise fine'): the catalog does share its list, so the condition holds and it is a sharing opt-out; he also asks whether it is true, and keeps the catalog."))

A(dict(
    k="fewer-catalogs-halfback", d="2024-12-02 12:20", box="ph", prog="iphone",
    frm=("Bonnie Schaal", "bonnieschaal@icloud.com"),
    subj="Catalog",
    body="""Hi, we are downsizing this winter from the farmhouse to an apartment in Independence and I am going through 30 years of paper. You would not believe how many catalogs I have in the porch closet. Yours, the seed catalogs, Harriet Carter, all of it. My son said Mom just throw them out but you know how it is.

So please take me off the catalog. Or actually no, the Christmas one I do like, I get the grandkids their flashlights out of it every year. Can you just send fewer? Like only the Christmas one? If you can't do that then I guess stop it. Or don't, I haven't decided yet, I'll see how much room there is at the apartment.

Thanks
Bonnie

Sent from my iPhone
""",
    cat="unclear", lang="en", labels=["question"], unclear=True,
    ent={"name": "Bonnie"},
    note="Request stated then half-taken back: stop, no keep the Christmas one, fewer?, 'or don't, I haven't decided'. Self-contradicting: unclear. Her question whether we can send fewer needs an answer, so question stays."))

A(dict(
    k="tree-trimming-midpara", d="2024-10-10 11:33", box="cc", prog="outlook_desktop", tenant="hawkeyeagsupply.com",
    frm=("Doug Reiners", "dreiners@hawkeyeagsupply.com"),
    subj="Trees on the line behind 704 Pleasant St + a couple other things",
    body="""Hello,

A few things while I'm thinking of it.

The big silver maple behind our garage at 704 Pleasant St in Maquoketa has a limb that is now resting on the wire that runs to the pole in the alley. It's been like that since the wind on September 24. When it's windy you can see the wire bounce. My neighbor Dale says your crew trimmed along our alley in 2019 but not since. I'm the account holder here, so whatever you need from me, I can give permission to trim or take the whole limb. I don't need the newsletter e-mails anymore either, my wife gets the same ones on her account and reads them to me anyway, so you can take me off those. Could somebody tell me when the tree crew might be in our area? I'd like to be home to move the truck.

Also the streetlight at 5th and Linden has been out for a month. I called the city and they say it's yours, so I'm mentioning it.

Thanks,

Doug Reiners
Parts Manager | Hawkeye Ag Supply
1400 E Platt St, Maquoketa, IA 52060
Office 563-555-0142 | Cell 563-555-0187

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
    cat="opt-out + question", lang="en", labels=["marketing_opt_out", "question"],
    ent={"name": "Doug Reiners"},
    note="Three topics in one work e-mail; the newsletter opt-out sits in the middle of the tree paragraph, followed by a scheduling question. The signature ZIP is his employer's, not his home, so no postal_code; the Pleasant St address carries no ZIP."))

A(dict(
    k="letter-editor-rates-cc", d="2024-10-22 07:15", box="cc", prog="gmail",
    frm=("Lyle Esbeck", "lyle.esbeck@gmail.com"),
    to=[("Letters to the Editor", "letters@mtvernonledger.com")],
    cc=[(None, "customercare@alliant-energy.com")],
    subj="Letter to the editor: Rate increase",
    body="""To the editor:

Last month I received notice that my electric rates are going up again, the third increase since 2021 if you count the "fixed charge". The utility says it needs the money to "modernize the grid". I am 77 years old and live on Social Security. My grid is a 1962 ranch house with a window air conditioner and a chest freezer.

I went to the public comment hearing in Cedar Rapids on September 12. I waited two hours to speak for three minutes. The gentleman from the company thanked me for my comments. That was the end of it.

What I do not understand is how a company that needs more of my money can afford to mail me a glossy catalog every few weeks selling $80 heated blankets and $40 thermostats and "smart plugs". Every month there is a new brochure. My neighbor gets the same ones. If they need money so badly perhaps they could start by printing less.

I encourage everyone on a fixed income to write to the Iowa Utilities Commission before the next hearing.

Lyle Esbeck
Mount Vernon
(319) 555-0131 (for verification, not for publication)

cc: Alliant Energy customer care
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Lyle Esbeck"},
    note="Letter to the editor cc'd to us (our address only in Cc). It asks us nothing, but it is a complaint about rates and mailings, which the rulebook counts as question; complaining about the catalog is not a request to stop it."))

A(dict(
    k="letter-editor-praise-crews", d="2024-09-30 20:02", box="cc", prog="aol",
    frm=("Marilyn Oehlert", "moehlert@aol.com"),
    to=[(None, "editor@bellevueherald-leader.com")],
    cc=[(None, "customercare@alliant-energy.com")],
    subj="Letter - thank you to the line crews",
    body="""Dear Editor,

On the night of September 21 the storm that came through Jackson County took out power to most of Bellevue, including our block on Franklin Street. My husband Ron is on oxygen at night and we have a little battery backup that lasts about six hours. I called the outage number at 11:40 p.m. and told them about Ron.

At 3:15 in the morning there was a knock on the door. It was a young man from the crew, soaking wet, who said they'd been told there was a medical need at our address and they wanted to make sure we were all right. They had the line back up by 4:30. I don't know his name. He had a red beard and he called me ma'am about fourteen times.

We hear a lot about what is wrong with big companies. I want people to know that at 3 in the morning in a thunderstorm, somebody cared whether my husband could breathe.

Thank you to all of them.

Marilyn Oehlert
Bellevue

(cc: Alliant Energy, so they can pass it along to the crew)
""",
    cat="human, no action needed", lang="en", labels=[],
    ent={"name": "Marilyn Oehlert"}, ack=None,
    note="Letter to the editor praising our crews, cc'd to us. Nothing is asked of us: no labels, not unclear, and no acknowledgement is due (a thank-you)."))

A(dict(
    k="thankyou-oxygen-ice", d="2025-01-08 15:26", box="cc", prog="ipad",
    frm=("Phyllis Hageman", "phyllis.hageman@icloud.com"),
    subj="Thank you",
    body="""To the people at Alliant Energy,

I'm 88 and I don't write many e-mails but my granddaughter set up this iPad for me so I could see pictures of the great-grandbabies, and today I want to use it to say thank you.

During the ice on December 29 our power went out at about 6 in the evening. It was 11 degrees. My oxygen concentrator stopped and I was down to one tank. I called the number on my refrigerator magnet and I think I cried on the phone. The woman who answered (Tanisha?) stayed on with me and said they would put me on the priority list. The crew came down our road at 9:30 with those big lights. There were three of them, one was the Hoffmann boy whose grandmother I taught in Sunday school in 1961.

I have been your customer since 1958, back when it was Iowa Electric. I have also loved the PowerHouse catalog for years, I keep it by my chair.

God bless all of you for going out on a night like that.

Phyllis Hageman
Anamosa
""",
    cat="human, no action needed", lang="en", labels=[],
    ent={"name": "Phyllis Hageman"}, ack=None,
    note="Long thank-you story; it mentions the catalog warmly but asks nothing. No labels, not unclear, no acknowledgement due."))

A(dict(
    k="complaint-gate-dog", d="2024-10-17 19:55", box="cc", prog="outlook_com",
    frm=("Tammy Gorsch", "tammygorsch@hotmail.com"),
    subj="Your meter reader and my dog",
    body="""I'm not even sure who I should be writing to but here it is.

On Tuesday October 15 someone from Alliant came to read the meter on the side of our house at 812 Bluff St. Our backyard gate has a sign on it, a big one, that says PLEASE CLOSE GATE - DOG. Whoever it was left it wide open. Our dog Biscuit (a 12 year old beagle who is half blind) got out and we didn't notice until my son came home from school at 3:30.

We spent four hours driving around in the rain. A very nice family found him by the highway two miles away, soaking wet, shaking, with a cut on his paw. Emergency vet bill was $240.18. He's OK now, he's asleep on my feet as I type this.

I'm not asking you to pay the vet bill. I'm not asking for anything really. I just want someone there to know that a closed gate matters and that it could have gone very differently. Please tell your meter readers.

Tammy Gorsch
Acct 4471 2093 18
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Tammy Gorsch", "account": "4471 2093 18"},
    note="A complaint that explicitly asks for nothing ('I'm not asking for anything'); the rulebook counts complaints as question. The vet bill amount and address are not entities of interest; the signature account is."))

A(dict(
    k="ack-thanks-long", d="2024-11-18 19:06", box="cc", prog="gmail",
    frm=("Evelyn Marchetti", "evelyn.marchetti@gmail.com"),
    q=dict(src="ack", ref="CC-2024-11-00412", sent=L("2024-11-18 09:14", "central")),
    body="""Well that was fast! Thank you.

My late mother always said that if you want something done you write a letter, not call, because a letter sits on somebody's desk until they do it. I guess now it sits in a computer. She wrote to Iowa Electric in 1974 about the streetlight in front of our house on Maple and they fixed it in a week and she never let my father forget it.

Have a nice Thanksgiving, all of you.

Evelyn
""",
    cat="human, no action needed", lang="en", labels=[],
    ent={"name": "Evelyn"}, ack=None,
    note="Human thank-you in reply to the bot's acknowledgement; asks for nothing, so no labels and no acknowledgement (answering it would start a ping-pong). The quoted ack's opt-out wording does not count."))

A(dict(
    k="ack-fyi-husband", d="2024-12-11 08:31", box="cc", prog="outlook_com",
    frm=("Sheila Brandt", "sheilabrandt@outlook.com"),
    q=dict(src="ack", ref="CC-2024-12-00588", sent=L("2024-12-10 16:47", "central")),
    body="""Got it, thanks. FYI I forwarded this to my husband Mark since he's the one who was complaining about the catalogs piling up on the counter. He will be very happy to see the reference number, he likes reference numbers. He keeps a folder.

No need to answer this.

Sheila
""",
    cat="human, no action needed", lang="en", labels=[],
    ent={"name": "Sheila"}, ack=None,
    note="Reply to our acknowledgement that asks for nothing ('No need to answer this'); mentions catalogs but makes no new request. No labels, no ack."))

A(dict(
    k="ack-reply-add-share", d="2025-01-23 14:02", box="cc", prog="yahoo",
    frm=("Gloria Pettit", "gpettit44@yahoo.com"),
    q=dict(src="ack", ref="CC-2025-01-00231", sent=L("2025-01-22 11:30", "central")),
    body="""Thank you for the quick note. One more thing I forgot to put in my first message, my daughter reminded me at lunch: I would also like you NOT to share my name and address with the other catalog companies. I still want the PowerHouse catalog itself, just not the sharing.

The reference you gave me is CC-2025-01-00231 and my last order was PH-00917, in case that helps you find me.

Gloria Pettit
""",
    cat="catalog-sharing opt-out", lang="en", labels=["catalog_share_opt_out"],
    ent={"name": "Gloria Pettit"},
    note="A reply to our acknowledgement that adds a new, clear sharing opt-out, so it is answered. Reference CC-... and order PH-00917 are not accounts."))

A(dict(
    k="stop-under-bill-longsig", d="2024-12-06 09:44", box="cc", prog="outlook_desktop", tenant="kowalczyklaw.com",
    frm=("Brent Kowalczyk", "bkowalczyk@kowalczyklaw.com"),
    q=dict(src="bill", kind="forward", sent=L("2024-12-05 06:10", "central"),
           fill=dict(last4="8812", amount="$96.31", due="December 27, 2024")),
    body="""STOP

Brent Kowalczyk
Attorney at Law
Kowalczyk & Ames, P.L.C.
221 3rd Ave SE, Suite 400 | Cedar Rapids, IA 52401
T 319-555-0176 | F 319-555-0177

"The life of the law has not been logic; it has been experience." - O.W. Holmes Jr.

This message and any attachments are intended only for the addressee and may contain information that is privileged, confidential and exempt from disclosure under applicable law. If you are not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited. If you have received this communication in error, please notify the sender immediately and delete it. Nothing in this message creates an attorney-client relationship. IRS Circular 230 disclosure: any tax advice contained herein is not intended or written to be used for the purpose of avoiding penalties.
""",
    cat="unclear", lang="en", labels=[], unclear=True,
    ent={"name": "Brent Kowalczyk"},
    note="'STOP' over a forwarded bill notice (a service message) followed by a 14-line signature and disclaimer: not a marketing opt-out, unclear. The signature ZIP is his office, not a home address, so no postal_code."))

A(dict(
    k="topposted-thermostat-nest", d="2024-10-16 20:48", box="cc", prog="gmail",
    frm=("Vern Stueck", "vernstueck@gmail.com"),
    q=dict(src="thermostat"),
    body="""Funny you should send this. My son-in-law Todd put in one of those Nest things for us in 2021 and I still don't know how to work it. It learned that I get up at 5 and now it heats the house at 4:30 every morning whether I want it or not. Also it talks to Todd's phone, so he knows when we're cold, which I'm not sure I like.

Before that we had the old round Honeywell from when we built the house in 1973. That thing never broke once in 48 years. Todd says it had mercury in it and I should be glad it's gone.

We did try to do the rebate back then but the form wanted a picture of the box and Todd had already thrown the box away. Water under the bridge.

Anyway take me off this list, I have all the thermostats I need for the rest of my life.

Vern
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Vern"},
    note="Top-posted reply to our thermostat promo; three paragraphs of story, the opt-out in the last line. The quoted footer's 'unsubscribe' is ours and does not count."))

A(dict(
    k="es-catalog-share-mama", d="2024-11-14 17:25", box="ph", prog="gmail",
    frm=("Araceli Montaño", "aracelimontano78@gmail.com"),
    q=dict(src="holiday"),
    body="""Hola, buenas tardes.

Mi mamá vino de Jalisco a pasar las fiestas con nosotros y le encantó la cobija eléctrica que les compré el año pasado, dice que en Muscatine hace un frío que ni en la sierra. Ya pedí otra para llevársela de regreso en enero, espero que llegue a tiempo (el pedido es el 4471902).

El catálogo me gusta mucho y lo quiero seguir recibiendo. Pero sí les pido una cosa: no quiero que compartan mi nombre ni mi dirección con otras compañías. Desde que compré con ustedes me llegan catálogos de cosas que nunca pedí.

Muchas gracias y felices fiestas,
Araceli Montaño
Muscatine, IA 52761
""",
    cat="catalog-sharing opt-out", lang="es", labels=["catalog_share_opt_out"],
    ent={"name": "Araceli Montaño", "postal_code": "52761"},
    note="Spanish reply to the Holiday Preview promo: keeps the catalog, asks not to share her name (middle of the letter). The order number is not an account; the quoted footer's sharing wording is ours.", charset="UTF-8"))

A(dict(
    k="es-move-deposit", d="2024-12-18 20:10", box="cc", prog="outlook_com",
    frm=("Rosa Elena Guzmán", "rosaelena.guzman@hotmail.com"), hdr_enc="Q", hdr_charset="iso-8859-1",
    charset="iso-8859-1", content_language="es-MX",
    subj="Cambio de domicilio y depósito",
    body="""Buenas noches,

Les escribo porque nos cambiamos de casa. Vivíamos en West Liberty desde 2015 pero mi esposo tuvo una operación del corazón en octubre y ya no puede subir escaleras, así que nos fuimos a una casa de un solo piso en Columbus Junction, cerca de mi hermana. Fue un mes muy difícil, con el hospital en Iowa City y la mudanza al mismo tiempo.

La cuenta vieja es la cuenta 7781-0032-45. Cuando abrimos la cuenta en 2015 nos pidieron un depósito de $150 y quisiera saber si nos lo van a regresar o si lo pasan a la cuenta nueva. La casa nueva está en 305 Oak St, Columbus Junction, IA 52738.

Otra cosa, y por favor ya no me manden promociones, ni por correo ni por email, con las cuentas del hospital no tengo cabeza para eso.

La persona que me atendió por teléfono el 2 de diciembre me dio el número de confirmación 1202-GZ-5530.

Gracias por su ayuda,
Rosa Elena Guzmán
Tel. 319-555-0152
""",
    cat="opt-out + question", lang="es",
    labels=["marketing_opt_out", "question"],
    ent={"name": "Rosa Elena Guzmán", "postal_code": "52738", "account": "7781-0032-45"},
    note="Spanish move and illness letter (iso-8859-1): deposit question and address change, with the marketing opt-out half-way through a sentence ('Otra cosa, y por favor ya no me manden promociones'). The confirmation number is not an account."))

A(dict(
    k="es-data-copy-mixed", d="2025-01-29 12:02", box="cc", prog="yahoo",
    frm=("Héctor Villalobos", "hvillalobos_ia@yahoo.com"),
    subj="Solicitud / request: copy of my information",
    body="""Hello / Buenas tardes,

Disculpen si mezclo inglés y español, my English writing is not perfect.

Estoy aplicando para la residencia permanente y el abogado me pide pruebas de que he vivido en Iowa desde 2017. He tenido servicio con ustedes en dos direcciones: primero en Marshalltown (2017 a 2021) y ahora en Ottumwa. Please send me a copy of all the information you have about me, the addresses, the dates the service started and ended, and the payments, if possible in a letter or PDF.

Mi número de cliente actual es 5530 2210 68. Mi teléfono es 641-555-0119 (en la tarde).

Muchas gracias / thank you very much,
Héctor Villalobos
""",
    cat="question", lang="mixed", labels=["question"],
    ent={"name": "Héctor Villalobos", "account": "5530 2210 68"},
    note="Mixed Spanish/English data-access request (copy of his data to prove residency): a clear question, not a deletion."))

A(dict(
    k="delete-everything-oregon", d="2025-02-04 23:12", box="cc", prog="thunderbird",
    frm=("Nathan Quist", "nquist@frontiernet.net"),
    subj="leaving Iowa",
    body="""Hi,

Long story short, my partner got a job at OHSU and we are moving to Portland at the end of the month. I've been an Alliant customer since 2012 in two different apartments in Iowa City and then the house on Rundell St. Final meter read should be February 27, I already scheduled the disconnect online (confirmation WEB-20250203-7731).

I'm also doing the whole "digital cleanup" thing before we go. I've deleted old social media, closed a bunch of store accounts, that kind of thing. So: please erase everything you have on me once the final bill is paid. Account history, the payment info, whatever catalog list I'm on, the e-mail address, all of it. I don't want a profile sitting around somewhere for the next 20 years.

Account: 1093 5521 80

Thanks for the reliable service. Seriously, in 13 years the power went out maybe four times.

Nathan
""",
    cat="unclear", lang="en", labels=["question"], unclear=True,
    ent={"name": "Nathan", "account": "1093 5521 80"},
    note="Request to delete everything, buried in a moving story: per the rulebook a full deletion is unclear plus question (the bot may not delete account data). The disconnect confirmation is not an account."))

A(dict(
    k="same-for-cabin", d="2024-10-02 10:27", box="cc", prog="gmail",
    frm=("Jim Oberbroeckling", "jim.oberbroeckling@gmail.com"),
    subj="Cabin at Spirit Lake",
    body="""Hello again,

We've owned a little cabin up at Spirit Lake since my wife's folks passed, it's on the east side near the Orleans beach. We only use it summers and a couple weekends in the fall when the walleye are biting. We closed it up on September 29 this year, drained the pipes and all that. I wanted to ask if there's any kind of seasonal rate or if we just pay the basic charge all winter like always, it's about $19 a month for nothing.

My brother-in-law Gary has a place on West Okoboji and he says he shuts his off completely with MidAmerican, but I think he's a different company.

Anyway, please do the same for the cabin address that you did for our house last spring. The cabin is 1711 Lakeshore Dr, Spirit Lake 51360.

Thanks,
Jim Oberbroeckling
4520 Glenwood Ave
Des Moines, IA 50312
""",
    cat="unclear", lang="en", labels=["question"], unclear=True,
    ent={"name": "Jim Oberbroeckling", "postal_code": "50312"},
    note="'Do the same for the cabin address that you did for our house' refers to an earlier request without saying what: unclear. The seasonal-rate question is separate and clear, so question stays. Home ZIP from the signature, not the cabin's."))

A(dict(
    k="optin-retired-still-noshare", d="2025-01-06 10:15", box="ph", prog="thunderbird",
    frm=("Dale J. Kruckenberg", "dale@kruckenberg.org"),
    subj="Back on the catalog list please",
    body="""Hello PowerHouse,

Back in 2022 I asked you to stop sending me the catalog. At the time I was working 60 hours a week at the plant and the catalogs were going straight into the recycling bin. Well, as of December 20 I am officially retired (42 years at Quaker Oats!) and my wife says I need hobbies that aren't the garage.

So I would like to be put back on the mailing list for the paper catalog. I always liked the gadgets. Same address as before:

Dale J. Kruckenberg
907 Cottage Grove Ave SE
Cedar Rapids, IA 52403

One thing, though: please still don't share my name with other catalog companies. That part I meant then and I mean now.

Thanks,
Dale
""",
    cat="opt-out + question", lang="en", labels=["catalog_share_opt_out", "question"],
    ent={"name": "Dale J. Kruckenberg", "postal_code": "52403"},
    note="Opting back in to the catalog is a question; the old 2022 removal is not a new opt-out. His sharing wish is restated as current ('I mean now'), so catalog_share_opt_out as well."))

A(dict(
    k="optin-hacked-account", d="2024-12-12 16:40", box="cc", prog="aol",
    frm=("Shirley Ann Moeller", "shirleyannmoeller@aol.com"),
    subj="Please put me back on the newsletter",
    body="""Hello,

Last spring my e-mail got hacked, some crook got into it and sent pills ads to everybody in my address book including the whole St. Paul's Lutheran prayer chain. It was mortifying. My grandson Tyler cleaned it all up and changed my password to something I can't remember, and while he was at it he "unsubscribed me from everything" to cut down on the junk.

Well, he unsubscribed me from your newsletter too and I miss it. My friend Doris showed me the December one with the tips about ceiling fans and I didn't know about that. Could you please put me back on the list for the newsletter at this address? Not the other junk, just yours.

Thank you kindly,
Shirley Ann Moeller
Waverly, Iowa 50677
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Shirley Ann Moeller", "postal_code": "50677"},
    note="Opting back in to the newsletter after a grandson's mass unsubscribe: a question, not an opt-out, though the word 'unsubscribed' appears twice."))

A(dict(
    k="howlong-called-nov", d="2024-12-20 07:48", box="ph", prog="samsung",
    frm=("Tom Birkholz", "tbirkholz.ia@gmail.com"),
    subj="catalog still coming",
    body="""Morning. I called your catalog line on November 4 and asked to stop the PowerHouse catalog (the rep gave me confirmation 4471-B). Since then I got the Holiday one and yesterday a "Last Minute Gifts" one. My wife thinks I never called. I did call.

How long does it take for it to actually stop? Is there a printing lag or something? Just so I can tell her.

The label says customer 0061 8840 2.

Tom Birkholz

Sent from my Galaxy
""",
    cat="question", lang="en", labels=["question"],
    ent={"name": "Tom Birkholz", "account": "0061 8840 2"},
    note="A question about how long an opt-out takes, referring to an earlier phone request: question only (the rulebook's example), not a new opt-out. The phone confirmation is not an account; the label's customer number is."))

A(dict(
    k="question-form-paper-catalog", d="2024-10-24 14:37", box="ph", prog="apple_mail",
    frm=("Colleen Ahern", "colleen.ahern@me.com"),
    subj="Hello from Prairie du Chien",
    body="""Hello,

I have been meaning to write for months. My mother, Kathleen, ordered from your catalog for as long as I can remember. The LED candles with the timers were her favorite, she had them in every window at Christmas, and people driving down Blackhawk Ave used to slow down to look. She died in May and I've moved into her house, and I've been going through her recipe box, her Christmas card list, the whole thing. It's a strange job.

The catalog still comes, now with my name on it since I changed the mail over, and honestly I just don't use it, I'm an online-shopping person and I'm trying to cut down on paper, so could you take me off the list for the paper catalog while you're at it? I'm the one who lives here now, the electric is in my name as of July.

I did keep one of her old catalogs from 1998, it has a clock radio on the cover that I think is still in the basement.

Thank you,
Colleen Ahern
Prairie du Chien, WI 53821
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Colleen Ahern", "postal_code": "53821"},
    note="'Could you take me off the list for the paper catalog' is the request in question form, mid-paragraph inside a story about her late mother. It is her own catalog now, so no standing problem; nothing else needs an answer."))

A(dict(
    k="stop-emails-keep-paper", d="2025-01-22 06:52", box="ph", prog="gmail_ios",
    frm=("Janelle Boeckman", "janelleboeckman@gmail.com"),
    q=dict(src="clearance"),
    body="""Good morning PowerHouse,

Let me start by saying I'm a fan. I got my dad the boot dryer for Christmas and he says his feet haven't been this warm since the Army. My kitchen drawer is full of your LED tea lights.

But. I'm now getting these e-mails from you two or three times a week and my inbox is already a disaster (three kids, two schools, one travel volleyball team). No more e-mails from PowerHouse, please. The paper catalog is fine, keep sending that. I read it at the kitchen table with my coffee on Saturday mornings, it's about the only quiet 20 minutes I get.

Thanks!
Janelle
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Janelle"},
    note="Stop the e-mails, keep the paper catalog: marketing_opt_out, limited to the e-mail channel. The quoted footer's sharing text is ours."))

A(dict(
    k="share-whatever-stop-catalog", d="2024-11-30 15:16", box="ph", prog="yahoo",
    frm=("Kurt Heiserman", "kheiserman@yahoo.com"),
    subj="catalogs",
    body="""Hi,

My mother moved in with us in October after her fall (broken hip, she's doing great now, walking with the cane already) and along with her came her mail. Between her catalogs and ours the kitchen counter has disappeared. My wife counted 23 catalogs in one week in November.

Some of the sites tell you they won't share your name and all that. I honestly don't care who you share my name with, everybody has it already, my phone gets 10 spam calls a day. Just stop the catalog. We've got enough paper.

Kurt Heiserman
Center Point, IA 52213
""",
    cat="marketing opt-out", lang="en", labels=["marketing_opt_out"],
    ent={"name": "Kurt Heiserman", "postal_code": "52213"},
    note="'Share whatever, just stop the catalog': marketing_opt_out only, explicitly not a sharing opt-out."))

A(dict(
    k="keep-catalog-noshare-priscilla", d="2024-10-14 19:30", box="ph", prog="outlook_com",
    frm=("Priscilla Danner", "priscilladanner@outlook.com"),
    subj="About my catalog",
    body="""Dear PowerHouse Catalog,

I've been a customer since 2009. I have bought, by my count, two heated throws, a space heater, the electric snow shovel (which my husband uses as an excuse to not do the driveway), the battery lantern, the solar path lights, and more stocking stuffers than I can remember. The catalog is one of the few pieces of mail I actually look forward to.

I read the small print in the last catalog for the first time (I had a long wait at the dentist) and it says you share your customer list with other catalog companies. I would prefer that you not do that with my name and address. I'm happy to keep receiving your catalog, please don't stop that, just don't pass me along to anyone else.

My customer number from the label is Customer No. 00428816.

Thank you,
Priscilla Danner
""",
    cat="catalog-sharing opt-out", lang="en", labels=["catalog_share_opt_out"],
    ent={"name": "Priscilla Danner", "account": "00428816"},
    note="Keep the catalog, don't share my name: catalog_share_opt_out only. Stopping her catalog would be wrong."))
