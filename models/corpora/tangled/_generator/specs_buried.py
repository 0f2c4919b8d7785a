"""Requests buried in complaints, opt-outs beside real questions, hypotheticals, two opt-outs in one sentence."""
from spec import CC, MK, PH, Q, SH, M

SPECS = [
    # ---------------------------------------------------------------- buried in a billing / outage complaint
    M("bur-bill-middle", CC, "Gary Lindqvist <glindqvist58@mchsi.com>", "Bill for acct 41-2290-3318 is WRONG",
      """
      To whoever reads this,

      I have been a customer for 31 years and I have never had a bill like the one that came Tuesday. $412.77 for
      a two bedroom house in October. We were gone for nine days of the billing period visiting our daughter in
      Ames, the furnace was set to 58, nothing was running except the fridge. Your meter reading says we used more
      than in January. That is not possible.

      I called Thursday and sat on hold 47 minutes and then the call dropped. So I am writing.

      And while I'm at it, take me off whatever list sends me those heat pump flyers every other week, they go
      straight in the recycling and I'm tired of carrying them out there.

      I want someone to come look at the meter or explain to me in plain English how this number happened. I am
      not paying it until somebody does. Account is 41-2290-3318.

      Gary Lindqvist
      """, [MK, Q], ent={"name": "Gary Lindqvist", "account": "41-2290-3318"}, client="thunderbird",
      group="buried", date=(11, 6, 10, 31), note="Opt-out from postal flyers in the middle paragraph of a billing complaint: both labels"),

    M("bur-outage-ps", CC, "Renee Kowalczyk <rkowalczyk@frontiernet.net>", "4th outage since Memorial Day",
      """
      Our power went out AGAIN last night at 11:40 and did not come back until 5 this morning. That is the fourth
      time since Memorial Day. My son is on a CPAP. I am on your medical priority list (or I was told I was) and
      nobody called, nobody texted, the outage map said "assessing" for five hours.

      I would like an actual answer about what is wrong with the line on Quarry Road and when it will be fixed.

      Renee Kowalczyk

      P.S. Stop emailing me your "energy saving tips" newsletter. I can save energy just fine sitting in the dark.
      """, [MK, Q], ent={"name": "Renee Kowalczyk"}, client="ox-webmail-html", group="buried",
      date=(8, 19, 6, 52), note="Outage complaint with the newsletter opt-out in a sarcastic P.S.: both labels"),

    M("bur-estimate-elderly", CC, "Dorothy Pfeiffer <dpfeiffer1939@centurytel.net>", "Meter estimate",
      """
      Dear Sir or Madam,

      I am 86 years old and live alone. My bill for September says ESTIMATED in small letters. My late husband
      Walter always said to watch for that. Nobody has read my meter since spring that I know of, the gate is not
      locked and the dog passed away last year so there is nothing stopping your man from coming in.

      Could you please have someone read the meter and send me a corrected bill. I do not want to pay for
      electricity I did not use but I also do not want to get behind.

      Also I do not wish my name and address to go to other companies. My granddaughter says you can tell you not to.

      Thank you kindly,
      Dorothy M. Pfeiffer
      Mount Vernon 52314
      """, [SH, Q], ent={"name": "Dorothy M. Pfeiffer", "postal_code": "52314"}, client="outlook-desktop",
      group="buried", date=(10, 8, 9, 5), note="Estimated-read question with a share opt-out tucked in near the end: both labels"),

    M("bur-outage-pps", CC, "Trent Oyelaran <trent.oyelaran@gmail.com>", "outage compensation?",
      """
      Lost a freezer full of venison in the July storm outage (about 60 hrs, Hwy 13 north of town). Is there any
      kind of claim process for spoiled food or is that just on me?

      Thanks,
      Trent

      PS since I have you, I'd rather not get any more of the promo emails.
      PPS and don't go handing my info to your catalog partners either
      """, [MK, SH, Q], ent={"name": "Trent"}, client="gmail-android", group="buried",
      date=(8, 27, 21, 14), note="Claim question first; marketing opt-out in a PS and share opt-out in a PPS: all three labels"),

    M("bur-latefee-thread", CC, "Lakshmi Narayanan <lnarayanan@yahoo.com>", None,
      """
      Hi, it's now been three weeks since Jordan said the late fee would be credited and it is still on my
      statement. Can someone please check?

      Also unrelated but please stop the promotional emails, I get two or three a week.

      Lakshmi
      """, [MK, Q], ent={"name": "Lakshmi"}, client="yahoo", group="buried",
      thread={"subject": "Late fee on my August bill", "days": 21, "ours": """
Hello Lakshmi,

Thank you for contacting Alliant Energy. I have reviewed your account and since your payment was delayed by our
payment processor outage on August 14, we will credit the $9.50 late fee. You should see the credit on your next
statement.

Regards,
Jordan P.
Customer Care | Alliant Energy
""", "theirs": """
Hello, I paid my bill on the 14th through your website but it was not posted until the 18th and I was charged a
late fee. The website was down that day. Can you please remove the fee?
Lakshmi Narayanan
"""}, date=(9, 16, 12, 40), note="Top-posted over her own late-fee thread: a follow-up question plus a new e-mail opt-out in her own words"),

    M("bur-trimming-middle", CC, "Bob Stenerson <bstenerson@windstream.net>", "your tree crew",
      """
      Your contractors "trimmed" the maple in our front yard on Friday. It is now half a tree, shaped like a
      capital V, and they left branches in the ditch. I understand you have to keep the lines clear but there is a
      difference between clearing and butchering. Who do I talk to about getting the debris picked up and is there
      any compensation when a 60 year old tree is ruined? And no more of the glossy mailers please, if you have
      money for those you have money for a crew that knows what it is doing. I'd like a call back at 319-555-0148.

      Bob Stenerson
      """, [MK, Q], ent={"name": "Bob Stenerson"}, client="outlook-desktop", group="buried",
      note="Tree-trimming complaint; a postal-mailer opt-out inside the same paragraph: both labels"),

    M("bur-budget-ps", CC, "Carmen Whitfield <carmenw@icloud.com>", "Budget billing question",
      """
      Hello! I just got the letter saying my budget billing amount is going up from $148 to $201 starting in
      January. Can you tell me how that number is calculated? Is it the last 12 months averaged? We put in a new
      heat pump in March so I'd expect it to go down if anything.

      Thanks so much,
      Carmen Whitfield

      p.s. could you unsubscribe me from the emails, they come like 3 times a week now
      """, [MK, Q], ent={"name": "Carmen Whitfield"}, client="iphone", group="buried",
      date=(11, 18, 13, 37), note="Budget-billing question with an opt-out asked as a question in a p.s.: both labels"),

    M("bur-generator-ads", CC, "Dale Husemann <dhusemann@frontiernet.net>", "unbelievable",
      """
      Power out 3 times this week on Pleasant Valley Rd. Fix it. And quit mailing me ads for standby generators
      while you can't keep the lights on, that's just insulting.
      """, [MK, Q], client="mutt", group="buried",
      note="Two-sentence outage rant; stopping the mailed ads is a marketing opt-out, the outage a complaint"),

    M("bur-paperbill-trap", CC, "Monique Albright <monique.albright@hotmail.com>", "still getting paper bills",
      """
      I signed up for paperless billing in May and I am STILL getting a paper bill in the mail every month along
      with the email one. Please stop sending me paper bills. It's a waste of paper and honestly it makes me think
      the paperless sign-up didn't work. My account number is 5120 0448 7731.

      Monique
      """, [Q], ent={"name": "Monique", "account": "5120 0448 7731"}, client="outlook-com", group="buried",
      note="'Stop sending me paper bills' is about service mail, not marketing: question only"),

    M("bur-bill-html-both", CC, "Harold Vance <hvance@mediacombb.net>", "Complaint",
      """
      I want to register a formal complaint about the reconnection fee charged on my account after the
      disconnection on 3/9, which happened even though I had a payment arrangement in place with your
      representative. I have the confirmation number (PA-88213). I want the $75 refunded.

      I also want it noted that I do not consent to receiving advertising from you by mail or email, nor to my
      information being passed to any affiliated or third-party company for their marketing.

      Please respond in writing.
      Harold Vance
      Acct 7741-0093-22
      """, [MK, SH, Q], ent={"name": "Harold Vance", "account": "7741-0093-22"}, client="zimbra-html",
      html="""<p><b>I want to register a formal complaint</b> about the reconnection fee charged on my account after the
disconnection on 3/9, which happened even though I had a payment arrangement in place with your representative.
I have the confirmation number (PA-88213). I want the $75 refunded.</p>
<p>I also want it noted that I do not consent to receiving advertising from you by mail or email, nor to my
information being passed to any affiliated or third-party company for their marketing.</p>
<p>Please respond in writing.<br>
Harold Vance<br>
Acct 7741-0093-22</p>""", group="buried",
      date=(4, 2, 15, 22), note="Formal fee complaint; 'do not consent' to mail/e-mail ads and to passing data on: both opt-outs plus question"),

    # ---------------------------------------------------------------- an opt-out plus a real question
    M("oq-catalog-ledlight", PH, "Sue Ellen Marsh <suemarsh@aol.com>", "catalog",
      """
      Please take me off the PowerHouse catalog mailing list. Also do you still carry the LED shop lights (the 4 ft
      linkable ones)? I ordered two in 2025 and want one more to match, I'll just order online.

      Sue Ellen
      """, [MK, Q], ent={"name": "Sue Ellen"}, client="aol", group="optout+q",
      note="Stop the paper catalog plus a product question: both labels"),

    M("oq-newsletter-meter", CC, "Farhan Siddiqui <farhan.siddiqui@gmail.com>", "two things",
      """
      Two things:
      1) Unsubscribe me from the EnergyWise newsletter.
      2) When are you installing the new smart meters on Linden Ave? The letter in June said "this summer" and
      it's now September.
      """, [MK, Q], client="gmail", group="optout+q",
      date=(9, 10, 19, 48), note="Numbered list: newsletter opt-out and a meter schedule question"),

    M("oq-how-got-address", PH, "Ingrid Solberg <ingrid.solberg@charter.net>", "how did you get my address",
      """
      I have never ordered anything from PowerHouse and a catalog showed up with my name on it. How did you get my
      address? And do not share it with anybody else.
      """, [SH, Q], client="roundcube-html", group="optout+q",
      note="Asks where we got her address (question) and forbids sharing it (share opt-out); she never asks to stop the catalog itself"),

    M("oq-senior-discount", CC, "Walt Ferraro <waltferraro@att.net>", "discount",
      """
      Is there a senior discount on electric? I just turned 70. Also remove me from the email offers please.
      Walt
      acct # 880-114-2273-0
      """, [MK, Q], ent={"name": "Walt", "account": "880-114-2273-0"}, client="ipad", group="optout+q",
      note="Discount question and e-mail offers opt-out in two short lines"),

    M("oq-copy-of-data", CC, "Jonah Reinholt <jreinholt@protonmail.com>", "mailers + my data",
      """
      stop the mailers and can I get a copy of what info you have on me? thx
      Jonah Reinholt, 53711
      """, [MK, Q], ent={"name": "Jonah Reinholt", "postal_code": "53711"}, client="thunderbird",
      group="optout+q", note="Opt-out from mailers plus a data-access request (question)"),

    M("oq-legal-withdraw", CC, "Patricia Oduya-Klein <poklein@oduyaklein-law.com>",
      "Withdrawal of consent and request for information",
      """
      To the Privacy Office:

      Pursuant to your Customer Privacy Notice, I hereby withdraw any consent I may have given to receive marketing
      communications from Alliant Energy or its affiliates by postal mail or electronic mail, effective
      immediately.

      Further, please identify in writing the categories of third parties with whom my personal information has
      been shared during the preceding twelve (12) months, and the purpose of each such disclosure.

      This correspondence concerns my residential account only (service address 2207 Vilas Ave., Madison, WI
      53711) and not any client matter.

      Very truly yours,

      Patricia Oduya-Klein
      """, [MK, Q], ent={"name": "Patricia Oduya-Klein", "postal_code": "53711"}, client="outlook-desktop",
      group="optout+q", note="Lawyerly withdrawal of marketing consent (mail and e-mail) plus a disclosure question; written from her firm but about her own account"),

    M("oq-streetlight", CC, "Kenji Watanabe <kwatanabe@me.com>", "Mail ads / streetlight",
      """
      Hello, please opt me out of mail advertising. Separately, the streetlight at Elm and 4th has been out for
      two weeks, who fixes those, you or the city?
      Kenji
      """, [MK, Q], ent={"name": "Kenji"}, client="apple-mail", group="optout+q",
      note="Postal advertising opt-out plus a streetlight question"),

    M("oq-ev-rebate-young", CC, "Brayden Holtz <braydenholtz03@gmail.com>", "ev rebate??",
      """
      hey so does the ev charger rebate work if the car is used?? like a 2022 bolt. also pls unsub me from the
      emails lol, i only want the rebate info not 5 emails a week about it
      """, [MK, Q], client="gmail-android", group="optout+q",
      note="Casual: rebate question plus 'unsub me from the emails': both labels"),

    # ---------------------------------------------------------------- question plus a hypothetical
    M("hyp-sold-my-data", CC, "Margaret Olufsen <molufsen@gmail.com>", "Question about data sharing",
      """
      Good afternoon. Does Alliant Energy share customer information with the PowerHouse catalog or with any other
      company? I'm asking because my neighbour says she started getting catalogs after she opened her account. If
      I ever found out you sold my data, I'd be on the phone to the Attorney General that same day. But I'm not
      assuming anything, I'd just like to know what your practice is.

      Margaret Olufsen
      """, [Q], ent={"name": "Margaret Olufsen"}, client="gmail", group="hypothetical",
      note="Asks what we share; 'if I ever found out you sold my data I'd...' is a threat about a hypothetical, not a request: question only"),

    M("hyp-solar-callers", CC, "Terrence Boyd <tboyd.dbq@gmail.com>", "bill up 40%",
      """
      My bill went up 40% from last October to this October with the same usage (I checked the kWh). Why?
      And if it turns out you're selling my number to the solar companies who keep calling me, I'd sure like to
      know that too.
      """, [Q], client="gmail", group="hypothetical",
      date=(11, 23, 20, 7), note="Rate question; the 'if you're selling my number' clause asks for information, not a stop: question only"),

    M("hyp-never-mind", CC, "Ashley Brandt <ashbrandt@hotmail.com>", "new rate question",
      """
      Hi, question about the time-of-use rate you mentioned in the newsletter. If I switch, does the cheap
      window include weekends? I was going to say take me off the list too but honestly I like the coupons so
      never mind lol.
      """, [Q], client="outlook-com", group="hypothetical",
      note="Rate question; she starts to ask for removal and takes it back in the same sentence: question only"),

    M("hyp-lose-points", PH, "Lorraine Beckwith <lbeckwith@mac.com>", "rewards points",
      """
      If I were to opt out of the catalog mailings, would I lose the PowerHouse rewards points I have? I have
      about 2,300. I'm not saying I'm going to, just want to know before I decide.
      """, [Q], client="apple-mail", group="hypothetical",
      note="Hypothetical about her own future opt-out ('not saying I'm going to'): question only"),

    # ---------------------------------------------------------------- both opt-outs in one sentence
    M("both-one-line", CC, "Russell Tanaka <rtanaka@q.com>", "catalog",
      """
      Please stop mailing me catalogs and don't sell my name to anybody.
      """, [MK, SH], client="thunderbird", group="both",
      note="Both opt-outs in one sentence"),

    M("both-nomore-nomore", PH, "Bev Kraus <bevkraus@icloud.com>", "No more",
      """
      No more emails, no more catalogs, and keep my address to yourselves. Thank you.
      Bev
      """, [MK, SH], ent={"name": "Bev"}, client="iphone", group="both",
      note="Three clauses in one line: e-mail and catalog stop plus no sharing"),

    M("both-cease-refrain", CC, "Alan J. Whitcomb <ajwhitcomb@outlook.com>", "Notice",
      """
      I request that you cease all marketing communications to me and refrain from disclosing, selling, renting
      or exchanging my personal information with any third party.

      Alan J. Whitcomb
      Account No. 0094-118-5520
      """, [MK, SH], ent={"name": "Alan J. Whitcomb", "account": "0094-118-5520"}, client="outlook-com",
      group="both", note="Formal single sentence with both opt-outs"),

    M("both-subject-only", CC, "Tiffany Gaal <tgaal@yahoo.com>", "unsubscribe + do not share my info", "",
      [MK, SH], client="yahoo", sig="Sent from Yahoo Mail for iPhone", group="both",
      note="Both opt-outs in the subject; the body is only the app signature"),

    # ---------------------------------------------------------------- top-posted over an unrelated thread of their own
    M("th-share-over-meter", CC, "Darnell Whitaker <dwhitaker76@gmail.com>", None,
      """
      Different subject but while I have you: please don't share my name or address with the catalog companies
      or anybody else. My wife got a mailer from some window company that had her middle initial wrong exactly
      the way yours does.

      Darnell
      """, [SH], ent={"name": "Darnell"}, client="samsung", group="thread",
      thread={"subject": "Meter install appointment", "days": 16, "ours": """
Hi Darnell,

Your meter exchange is scheduled for Thursday, May 14 between 8 AM and 12 PM. The technician will need access
to the meter on the north side of the house; power will be off for about 15 minutes. Your request to stop the
printed catalogs has also been passed to PowerHouse Catalog.

Thank you,
Kendra L.
Customer Care | Alliant Energy
""", "theirs": """
Got your card about the new meter. What day are you coming? Also please stop sending the printed catalogs.
Darnell Whitaker
"""}, date=(4, 23, 13, 1), note="Top-posted over his meter thread: the catalog stop is only in the quote (already handled); his new text is a share opt-out only"),

    M("th-deposit-over-outage", CC, "Melissa Grunwald <mgrunwald@outlook.com>", None,
      """
      Hi again, totally different question. When do I get my security deposit back? It's been 12 months of
      on-time payments. Also please take me off the promotional emails, thanks.

      Melissa Grunwald
      Acct #4471 2036 0918
      """, [MK, Q], ent={"name": "Melissa Grunwald", "account": "4471 2036 0918"}, client="outlook-ios",
      group="thread",
      thread={"subject": "Outage on Brookside Dr", "days": 73, "ours": """
Hello Melissa,

Thank you for letting us know. The outage on Brookside Dr on March 2 was caused by a failed underground cable.
Crews replaced the section and we do not expect further problems.

Regards,
Pat
Customer Care | Alliant Energy
""", "theirs": """
Our power has gone out twice this week on Brookside, is something wrong with the line?
Melissa Grunwald
"""}, date=(5, 15, 17, 50), note="Top-posted over an old outage thread: a deposit question plus a promotional e-mail opt-out in her own words"),
]
