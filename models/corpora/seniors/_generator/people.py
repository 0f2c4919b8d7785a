# -*- coding: utf-8 -*-
"""The people's mail of the seniors set: retirees, widows and widowers, couples, families, caregivers, staff."""
import ours
from attach import jpeg, pdf, rfc822

MO, CSO, Q = "marketing_opt_out", "catalog_share_opt_out", "question"

SPECS = []


def P(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("unclear", False)
    kw.setdefault("entities", {})
    kw.setdefault("ack", "from")
    SPECS.append(kw)


# ------------------------------------------------------------------ clear requests, English
P(id="P01", cat="long courteous letter", mailbox="customercare", client="apple_mail",
  frm=("Marilyn Halverson", "mhalverson1945@icloud.com"), date="2026-09-10 10:22:41",
  subject="Request to discontinue advertising mail",
  body="""Dear Sir or Madam,

I hope this note finds you well. I am writing as a customer of Alliant Energy of more than forty years to ask a small favor.

Over the past several months I have received a great deal of promotional mail from your company: postcards about thermostats, flyers about community solar, and now and then a glossy booklet. I am sure these are of interest to many households, but at eighty-one I have no use for any of it. I would be grateful if you would remove my name from your advertising mailings, both the paper ones and the e-mails.

I do still wish to receive my monthly statement by post, as I always have.

Thank you for your kind attention to this matter.

Sincerely yours,

Marilyn J. Halverson
1418 Grove Street
Decorah, IA 52101
Account 447 120 8936""",
  labels=[MO], entities={"name": "Marilyn J. Halverson", "postal_code": "52101", "account": "447 120 8936"},
  note="Long courteous letter; clear opt-out from advertising by post and e-mail. Keeping the paper bill is a statement, not a question, so no question label.")

P(id="P02", cat="all capitals", mailbox="powerhousecatalog", client="aol",
  frm=("ROBERT KRAMER", "bobkramer1940@aol.com"), date="2026-09-16 06:48:03", subject="STOP CATALOG",
  body="""TO WHOM IT MAY CONCERN

PLEASE STOP SENDING ME THE POWERHOUSE CATALOG. I AM 86 YEARS OLD AND DO NOT ORDER ANYTHING BY MAIL ANYMORE. IT GOES STRAIGHT IN THE BURN BARREL.

THANK YOU
ROBERT J KRAMER
2207 5TH AVE SE
CEDAR RAPIDS IA 52403""",
  labels=[MO], entities={"name": "ROBERT J KRAMER", "postal_code": "52403"},
  note="Typed in capitals; plain request to stop the catalog. Entities kept in capitals exactly as written.")

P(id="P03", cat="tablet short note", mailbox="powerhousecatalog", client="ipad",
  frm=("Beverly Nelson", "bevnelson47@icloud.com"), date="2026-10-02 19:05:12", subject="catalog",
  body="""Please take me off the catalog list. Thank you.
Bev""",
  labels=[MO], entities={"name": "Bev"},
  note="Very short note from an iPad; the object (catalog list) is named, so it is a clear opt-out. Name is the first name alone, as signed.")

P(id="P04", cat="dictated to grandchild (first person)", mailbox="powerhousecatalog", client="gmail",
  frm=("Tyler Hoff", "tyler.hoff22@gmail.com"), date="2026-09-28 16:40:55",
  subject="From my grandma Lorraine Hoff - catalog",
  body="""Hello, this is Lorraine Hoff. My grandson Tyler is typing this for me because I don't do the computer.

I would like you to stop mailing me the PowerHouse catalog. Two of them come every month, one with my name on it and one with my late husband's name, and I don't want either one. Also please do not give my name out to the other catalog companies. I think that is where all this other junk comes from.

My address is 611 Prospect Street, Waverly, Iowa 50677.

Thank you very much,
Lorraine Hoff""",
  labels=[MO, CSO], entities={"name": "Lorraine Hoff", "postal_code": "50677"},
  note="Dictated in the first person by the customer herself; the grandson only types, so she is the sender with standing. Both opt-outs are explicit. No Reply-To: ack goes to the From address.")

P(id="P05", cat="widow now holds the account", mailbox="customercare", client="outlook_desktop",
  frm=("Dolores Brandt", "dbrandt@tds.net"), date="2026-09-22 08:15:30", subject="Account change and mailings",
  body="""Good morning,

My husband Eugene passed away on August 3rd. I called in September and the account was put into my name, so that part is done. Thank you to the nice young man who helped me.

Now I would like our household taken off all of your advertising mail. Eugene liked to look at the energy savings flyers but I have no use for them. Please just send the bill.

Dolores Brandt
N8142 County Road Q
Watertown WI 53094
Account 22-9044-7163""",
  labels=[MO], entities={"name": "Dolores Brandt", "postal_code": "53094", "account": "22-9044-7163"},
  note="Widow says the account is now in her name, so she writes as the account holder about the household: clear opt-out. The transfer is already done, nothing to answer.")

P(id="P06", cat="widower account holder", mailbox="powerhousecatalog", client="thunderbird",
  frm=("Gerald Nygaard", "gnygaard@charter.net"), date="2026-10-06 21:10:18", subject="Catalog for Arlene Nygaard",
  body="""My wife Arlene died last spring. She was the one who ordered from your catalog, and it still comes every month with her name on it.

The utility account has always been in my name, Gerald Nygaard. I would like the catalog stopped for this address, for her and for me both. And I would prefer you not hand our names to any other company.

Gerald Nygaard
Stoughton WI 53589""",
  labels=[MO, CSO], entities={"name": "Gerald Nygaard", "postal_code": "53589"},
  note="Widower who states he is the account holder asks for the household (his late wife's name and his): standing is clear. Stop catalog plus do-not-share.")

P(id="P07", cat="couple, account holder for household", mailbox="customercare", client="gmail",
  frm=("Vern Kleinschmidt", "vern.kleinschmidt@gmail.com"), date="2026-09-18 13:30:07", subject="Too many emails",
  body="""Hello,

We are both retired now and get more e-mail from Alliant than from our own kids. My wife and I would like to be taken off your promotional e-mail list -- newsletters, rebates, all of it. The account is under my name, 12-0733-4581.

Thanks,
Vern Kleinschmidt
Marion""",
  labels=[MO], entities={"name": "Vern Kleinschmidt", "account": "12-0733-4581"},
  note="Husband, the account holder, writes for himself and his wife about the household: standing clear. Marion is a town, no ZIP given.")

P(id="P08", cat="power of attorney", mailbox="powerhousecatalog", client="outlook_com",
  frm=("Susan Reinke", "susanreinke@outlook.com"), date="2026-10-14 12:05:44", subject="Catalog for my father, Wendell Pfaff",
  body="""Hello,

I hold durable power of attorney for my father, Wendell Pfaff, who has dementia and now lives with my family. Your catalog keeps arriving at his house, and he has twice ordered things he did not need by calling the number in it.

Please stop sending the PowerHouse Catalog to him at 905 Clark Street, Fort Atkinson, WI 53538, and do not share, sell or rent his name and address to anyone. I can send a copy of the POA if you need it for your records.

Thank you,
Susan Reinke""",
  labels=[MO, CSO], entities={"name": "Wendell Pfaff", "postal_code": "53538"},
  note="On behalf of her father, but the writer states she holds durable power of attorney: clear standing. Entity name is the father, the person the request is for. Offer to send the POA is not a question.")

P(id="P09", cat="STOP under promotion", mailbox="customercare", client="iphone",
  frm=(None, "lmeier52@icloud.com"), date="2026-09-09 18:31:50",
  ours=ours.get("promo_thermostat"),
  body="STOP",
  labels=[MO], entities={},
  note="One word STOP under our thermostat promotion: a marketing opt-out by the short-reply rule. Quoted footer is ours and does not count.")

P(id="P10", cat="unsubscribe under newsletter", mailbox="customercare", client="gmail",
  frm=("Ruth Ann Dahlberg", "ruthann.dahlberg@gmail.com"), date="2026-10-02 07:55:16",
  ours=ours.get("news_oct"),
  body="""Unsubscribe please. Too many emails.
Ruth""",
  labels=[MO], entities={"name": "Ruth"},
  note="Reply to our October newsletter asking to unsubscribe: clear marketing opt-out. The scam warning in the quoted newsletter is our text.")

P(id="P11", cat="share opt-out only, keeps catalog", mailbox="powerhousecatalog", client="yahoo",
  frm=("Phyllis Dvorak", "phyllisdvorak@yahoo.com"), date="2026-10-20 14:12:38", subject="My name and address",
  body="""To the Catalog people,

I enjoy your catalog very much and want to keep getting it. The heated mattress pad I bought last year has been wonderful for my arthritis.

But since I started ordering from you I get catalogs from companies I have never heard of, some of them quite pushy. Please do not share or sell my name and address to anyone else.

Phyllis Dvorak
Clinton, IA 52732""",
  labels=[CSO], entities={"name": "Phyllis Dvorak", "postal_code": "52732"},
  note="Wants to keep the catalog but not be shared: catalog_share_opt_out only (rulebook: 'Keep the catalog, don't share my name').")

P(id="P15", cat="moved to assisted living (self)", mailbox="powerhousecatalog", client="samsung",
  frm=("Norma Thorson", "normathorson@centurylink.net"), date="2026-11-09 10:10:27", subject="Moved",
  body="""I have moved to Oakwood Assisted Living in Sun Prairie and there is no need to send the PowerHouse catalog any more. The house is sold. Please stop it.

Norma Thorson""",
  labels=[MO], entities={"name": "Norma Thorson"},
  note="The customer herself, after a move to assisted living, asks to stop the catalog. She gives no new address to update and asks nothing else: opt-out only.")

P(id="P16", cat="moved to assisted living, final bill address", mailbox="powerhousecatalog", client="wlm",
  frm=("Orville Sorensen", "osorensen@frontiernet.net"), date="2026-11-02 14:45:09", subject="stop catalog and new address",
  body="""Please stop the catalog. I have moved to Bethany Home assisted living and do not need it.

Also my house on Elm Street is being sold. Can you send the final electric bill for it to my new address?

Orville Sorensen
Bethany Home, Room 114
212 W. Main St.
Waupaca WI 54981""",
  labels=[MO, Q], entities={"name": "Orville Sorensen", "postal_code": "54981"},
  note="Stop the catalog (opt-out) plus a change of address for the final bill (question). Sent to the catalog box but the bill part still needs a human.")

P(id="P17", cat="confused: advertising vs bill", mailbox="customercare", client="aol",
  frm=("Shirley Mueller", "shirleymueller38@aol.com"), date="2026-09-30 09:05:52", subject="advertising",
  body="""Hello

I want to stop all the advertising you send me but I still need my paper bill, I do not pay online. If I stop the advertising will my bill still come? I don't want to be cut off for not paying because the bill didn't come.

Shirley Mueller
Dubuque""",
  labels=[MO, Q], entities={"name": "Shirley Mueller"},
  note="Clear opt-out from advertising, and a real question whether the bill keeps coming: both labels.")

P(id="P18", cat="confused: which envelope is the bill", mailbox="customercare", client="yahoo_mobile",
  frm=("Leroy Ostrowski", "leroyostrowski@sbcglobal.net"), date="2026-10-22 10:30:04", subject="Just the bill please",
  body="""I get so many envelopes from Alliant I can't tell which one is my bill and which is advertising. I nearly threw the bill out last month. From now on I only want the bill, nothing else please.

Is there a way to tell them apart when they come?

Leroy Ostrowski
Account 3307715268""",
  labels=[MO, Q], entities={"name": "Leroy Ostrowski", "account": "3307715268"},
  note="'Only the bill, nothing else' is a clear marketing opt-out by post; how to tell envelopes apart is a question.")

P(id="P19", cat="scam worry", mailbox="customercare", client="zimbra",
  frm=("Beverly Engebretson", "bengebretson@comcast.net"), date="2026-10-05 08:02:33", subject="Is this from you??",
  body="""Good morning,

Yesterday I got an e-mail that said my power will be shut off within 30 minutes unless I pay $412 with a gift card from Walgreens. It had your name and a picture of a lineman on it.

Is this from you? I have always paid my bill on time and I don't understand. I did not do anything yet.

Beverly Engebretson
Fond du Lac""",
  labels=[Q], entities={"name": "Beverly Engebretson"},
  note="A person asking whether a threatening e-mail is genuine: a question. Words like 'shut off' and 'pay' are about the scam, not a billing request of ours.")

P(id="P21", cat="scam worry plus opt-out", mailbox="customercare", client="gmail",
  frm=("Joyce Lindquist", "joycelindquist@gmail.com"), date="2026-10-09 20:15:21", subject="No more emails please",
  body="""Hi,

After all the scam e-mails this year I have decided I don't want any e-mail from companies unless it is my bill. Please stop sending me your newsletters and special offers.

And was the "energy rebate" e-mail last Thursday from you? It asked for my bank routing number so they could deposit $150. I didn't answer it.

Joyce Lindquist
Iowa City, IA 52245""",
  labels=[MO, Q], entities={"name": "Joyce Lindquist", "postal_code": "52245"},
  note="Stop newsletters and offers by e-mail (opt-out) and asks whether a rebate e-mail was ours (question).")

P(id="P22", cat="large print bill", mailbox="customercare", client="thunderbird",
  frm=("Kenneth Bauer", "kbauer@netins.net"), date="2026-09-21 14:00:45", subject="Large print",
  reply_to=("Judy Bauer", "jbauer.kc@gmail.com"), ack="reply_to",
  body="""To Customer Service:

My eyes are failing (macular degeneration) and I can no longer read the small print on my monthly statement, even with the magnifier.

Is it possible to get my bill in large print? If there is a form, please mail it to me. Please answer to my daughter Judy's e-mail, jbauer.kc@gmail.com, she reads my mail to me.

Kenneth Bauer
Account 5520193847
Burlington IA 52601""",
  labels=[Q], entities={"name": "Kenneth Bauer", "account": "5520193847", "postal_code": "52601"},
  note="Accessibility request for a large-print bill: a question for a human. He asks to be answered at his daughter's address, which is also the Reply-To: ack_to is that address.")

P(id="P23", cat="large print catalog", mailbox="powerhousecatalog", client="apple_mail",
  frm=("Irene Kowalski", "irenekowalski@me.com"), date="2026-09-25 11:11:02", subject="Large print catalog?",
  body="""Hello,

Is there a large-print edition of the PowerHouse Catalog? The type has gotten so small that I need my reading glasses and a magnifying glass to see the prices. I'd like to keep ordering, but I can't make out half of it.

Irene Kowalski""",
  labels=[Q], entities={"name": "Irene Kowalski"},
  note="Wants to keep the catalog and asks for a large-print version: question only, not an opt-out.")

P(id="P24", cat="cannot read e-mails, large print bill", mailbox="customercare", client="ipad",
  frm=("Elaine Wendt", "elainewendt@att.net"), date="2026-11-12 16:35:19",
  ours=ours.get("news_nov"),
  body="""I can't read these emails on my tablet, the print is too small and they have too many pictures. Please stop sending them to me.

Can my bill come in bigger print on paper instead?

Elaine Wendt""",
  labels=[MO, Q], entities={"name": "Elaine Wendt"},
  note="Reply to our November newsletter: stop these e-mails (opt-out) and asks for a large-print paper bill (question).")

P(id="P25", cat="phone calls only", mailbox="customercare", client="gmail",
  frm=("Duane Strand", "duanestrand1946@gmail.com"), date="2026-10-19 12:20:36", subject="Phone calls",
  body="""Please stop calling my house about the home energy assessment. I have told the caller twice that I am not interested. I am 79 and the phone ringing during supper is not welcome.

Duane Strand
Reedsburg WI""",
  labels=[Q], entities={"name": "Duane Strand"},
  note="A wish about phone calls only, no postal mail or e-mail: a question by the project convention, not a marketing opt-out.")

P(id="P26", cat="fewer catalogs", mailbox="powerhousecatalog", client="yahoo",
  frm=("Carol Jacobsen", "caroljacobsen@ymail.com"), date="2026-11-10 09:50:13", subject="So many catalogs",
  body="""Dear PowerHouse,

It seems a new catalog comes every three weeks. Once or twice a year would be plenty for an old lady who buys one thing at Christmas. Could you send fewer?

Carol Jacobsen
Mason City""",
  labels=[Q], entities={"name": "Carol Jacobsen"},
  note="'Send fewer catalogs' is a question by the project convention, not an opt-out.")

P(id="P27", cat="how to stop", mailbox="powerhousecatalog", client="aol",
  frm=("Marvin Dahl", "marvdahl@aol.com"), date="2026-09-17 15:30:49", subject="question",
  body="""How do I get the catalog stopped? Is there a form I need to fill out, or can I just tell you in an email? I don't want to do it wrong.

Marvin Dahl""",
  labels=[Q], entities={"name": "Marvin Dahl"},
  note="Asks how to opt out without asking to be opted out: question only (rulebook: a question about how to opt out).")

P(id="P28", cat="request in question form", mailbox="powerhousecatalog", client="outlook_com",
  frm=("Darlene Tiedemann", "dtiedemann@hotmail.com"), date="2026-10-01 10:00:22", subject="Catalog mailing list",
  body="""Could you please take my name off your catalog mailing list?

Thank you kindly,
Darlene Tiedemann
Mason City, Iowa 50401""",
  labels=[MO], entities={"name": "Darlene Tiedemann", "postal_code": "50401"},
  note="A question that is the request itself ('could you take me off'): the opt-out, no question label.")

P(id="P29", cat="opt back in", mailbox="powerhousecatalog", client="gmail",
  frm=("Bernice Olson", "berniceolson1939@gmail.com"), date="2026-11-16 13:25:57", subject="Please start my catalog again",
  body="""Hello,

Last year my son had me taken off your catalog list because he thought I was getting too much mail. But I miss looking through it, especially at Christmas time. Would you please put me back on?

Bernice Olson
1902 N 15th Street
Fort Dodge IA 50501""",
  labels=[Q], entities={"name": "Bernice Olson", "postal_code": "50501"},
  note="Opting back in is a question; the old removal she mentions is not a new opt-out.")

P(id="P30", cat="data copy request", mailbox="customercare", client="outlook_desktop",
  frm=("Lyle Meier", "lylemeier@mchsi.com"), date="2026-11-04 10:40:16", subject="My information",
  body="""Dear Alliant Energy,

I am 77 and getting my records in order for my children. I would like to know what personal information Alliant Energy keeps about me, and to receive a copy of it by mail if possible.

Respectfully,
Lyle Meier
Cedar Falls, IA 50613
Acct. 4412-09-3376""",
  labels=[Q], entities={"name": "Lyle Meier", "postal_code": "50613", "account": "4412-09-3376"},
  note="Request for a copy of his data: a clear question (rulebook: data requests).")

P(id="P41", cat="change of address only", mailbox="customercare", client="outlook_com",
  frm=("Roger Lindgren", "rlindgren42@msn.com"), date="2026-10-26 10:15:40", subject="Moving - final bill",
  body="""Hello,

My wife and I have sold our house in Janesville and moved in with our daughter. The closing is on October 30.

Please send the final bill to us at 88 Kenwood Court, Madison WI 53711. The account is in my name.

Roger Lindgren""",
  labels=[Q], entities={"name": "Roger Lindgren", "postal_code": "53711"},
  note="Change of address and final bill: a question for a human. No marketing wish at all.")

P(id="P42", cat="downsized, new address, no catalog", mailbox="powerhousecatalog", client="apple_mail",
  frm=("Don Bakke", "donbakke@icloud.com"), date="2026-11-13 09:35:28", subject="New address",
  body="""Hello,

Joanne and I have downsized to a condo in Fitchburg. Please update the address on our electric account to 2930 Fitchrona Road, Unit 6, Fitchburg WI 53719.

And please don't send the catalog to the new place. We have no room for more stuff.

Don Bakke""",
  labels=[MO, Q], entities={"name": "Don Bakke", "postal_code": "53719"},
  note="Account holder for the household: change of address (question) plus stop the catalog (opt-out).")

P(id="P45", cat="complaint", mailbox="customercare", client="yahoo",
  frm=("Ardith Kratochvil", "ardithk@yahoo.com"), date="2026-09-23 13:40:11", subject="Meter reader left my gate open",
  body="""Hello,

Your meter reader came on Tuesday and left my back gate open. My little dog got out and I had to walk three blocks with my cane to find her. She's fine, thank God.

Please tell them to close the gate behind them. There is a sign on it.

Ardith Kratochvil
Ottumwa IA 52501""",
  labels=[Q], entities={"name": "Ardith Kratochvil", "postal_code": "52501"},
  note="A complaint about a meter reader: question for a human, nothing about marketing.")

P(id="P46", cat="all capitals question", mailbox="customercare", client="aol",
  frm=("ELMER HANSEN", "elmerhansen@aol.com"), date="2026-10-28 07:30:02", subject="SENIOR DISCOUNT",
  body="""DO YOU HAVE A DISCOUNT FOR SENIOR CITIZENS ON A FIXED INCOME. MY GAS BILL LAST JANUARY WAS OVER $300 AND I GET $1400 A MONTH FROM SOCIAL SECURITY.

ELMER HANSEN
ACCT 218 443 6091""",
  labels=[Q], entities={"name": "ELMER HANSEN", "account": "218 443 6091"},
  note="Billing question in capitals: question.")

P(id="P47", cat="question under newsletter", mailbox="customercare", client="gmail",
  frm=("Donna Sorensen", "donnasorensen@gmail.com"), date="2026-11-03 15:00:31",
  ours=ours.get("news_nov"),
  body="""How do I sign up for the Budget Billing you mention? My husband always took care of the bills and I'm trying to learn.

Thank you,
Donna""",
  labels=[Q], entities={"name": "Donna"},
  note="Reply to our newsletter that asks a service question, no opt-out: question only.")

P(id="P48", cat="medical need", mailbox="customercare", client="outlook_desktop",
  frm=("Mavis Jorgensen", "mavis.jorgensen@windstream.net"), date="2026-09-14 10:30:55", subject="Husband on oxygen",
  body="""Hello,

My husband Carl is on home oxygen around the clock. The account is in my name. How do I let you know so that we are not disconnected, and so that we are warned before any planned outage?

Mavis Jorgensen
Account 1190 552 804
Independence IA 50644""",
  labels=[Q], entities={"name": "Mavis Jorgensen", "account": "1190 552 804", "postal_code": "50644"},
  note="Medical-need registration question: question.")

P(id="P49", cat="all capitals under newsletter", mailbox="customercare", client="wlm",
  frm=("Harold Wiese", "hwiese@iowatelecom.net"), date="2026-11-04 06:15:40",
  ours=ours.get("news_nov"),
  body="REMOVE ME FROM THIS EMAIL LIST",
  labels=[MO], entities={},
  note="Capitals reply under our November newsletter naming the e-mail list: opt-out.")

P(id="P50", cat="tablet short note with photo", mailbox="powerhousecatalog", client="iphone",
  frm=("Glenn Strom", "gstrom1944@icloud.com"), date="2026-10-15 20:40:08", subject="Catalog",
  body="""no more catalogs pls. label attached""",
  attachments=[jpeg("IMG_2231.jpeg")],
  labels=[MO], entities={},
  note="Terse phone note with a photo of the mailing label: the object (catalogs) is named, so it is a clear opt-out. The photo carries no text we can read.")

P(id="P51", cat="share and stop, with account", mailbox="powerhousecatalog", client="thunderbird",
  frm=("Delbert Nelson", "delnelson@tds.net"), date="2026-10-29 11:05:33", subject="Do not sell my name",
  body="""Do not sell, rent, trade or give away my name. And stop the catalog while you are at it.

Delbert Nelson
Acct. 6630457821
Platteville""",
  labels=[MO, CSO], entities={"name": "Delbert Nelson", "account": "6630457821"},
  note="Both opt-outs in two blunt sentences.")

P(id="P52", cat="stop e-mails, keep paper catalog", mailbox="powerhousecatalog", client="gmail",
  frm=("Joan Lindstrom", "joanlindstrom@gmail.com"), date="2026-10-14 09:10:26",
  ours=ours.get("cat_sale"),
  body="""Please stop these emails. I do like getting the paper catalog in the mail though, so keep that coming.

Joan""",
  labels=[MO], entities={"name": "Joan"},
  note="Channel limit kept: stop the catalog e-mails, keep the paper catalog = marketing_opt_out (the record names the e-mail channel).")

P(id="P53", cat="share whatever, stop catalog", mailbox="powerhousecatalog", client="outlook_com",
  frm=("Wayne Halbach", "waynehalbach@outlook.com"), date="2026-11-17 12:45:50", subject="Catalog",
  body="""I don't care who you give my name to, I just don't want that catalog any more. Too much paper coming into this house.

Wayne Halbach""",
  labels=[MO], entities={"name": "Wayne Halbach"},
  note="'Share whatever, just stop the catalog': marketing_opt_out only; sharing is explicitly not objected to.")

P(id="P54", cat="courteous reply under promotion", mailbox="customercare", client="apple_mail",
  frm=("Glenda Wiese", "glendawiese@me.com"), date="2026-09-11 09:40:14",
  ours=ours.get("promo_thermostat"),
  body="""Thank you for the note about the thermostat rebate. My son installed one of those for me last winter, so I'm all set.

I'm 83 and would prefer not to receive promotions from you any longer, by e-mail or by post.

Kind regards,
Glenda""",
  labels=[MO], entities={"name": "Glenda"},
  note="Polite reply to our promotion; the opt-out covers e-mail and post. The thank-you part does not change it.")

P(id="P67", cat="couple, joint account", mailbox="customercare", client="zimbra",
  frm=("Ed Schroeder", "edbonnie@mchsi.com"), date="2026-11-21 10:30:12", subject="Postcards",
  body="""Hello,

The account is in both our names. Please take us off the list for the promotional postcards and e-mails. We read the bill and that is all we need from you.

Ed and Bonnie Schroeder
Anamosa, IA 52205""",
  labels=[MO], entities={"name": "Ed and Bonnie Schroeder", "postal_code": "52205"},
  note="Couple on a joint account writing for the household: clear opt-out.")

P(id="P74", cat="guardian with papers", mailbox="customercare", client="gmail",
  frm=("Nancy Strom", "nancy.strom.cpa@gmail.com"), date="2026-10-07 14:30:03", subject="Guardianship - Evelyn Strom",
  body="""Hello,

I am the court-appointed guardian of my aunt, Evelyn Strom, who lives in a memory care unit. Letters of guardianship from Dane County are attached.

Please remove her from all of your marketing by mail and e-mail, and do not share her name or information with anyone. Her account number is 73-1188-2045.

Thank you,
Nancy Strom""",
  attachments=[pdf("Letters_of_Guardianship_Strom.pdf", ["STATE OF WISCONSIN, CIRCUIT COURT, DANE COUNTY",
                                                        "LETTERS OF GUARDIANSHIP OF THE PERSON AND ESTATE",
                                                        "In the matter of the guardianship of Evelyn Strom",
                                                        "Guardian: Nancy Strom"])],
  labels=[MO, CSO], entities={"name": "Evelyn Strom", "account": "73-1188-2045"},
  note="On behalf of her aunt, but a court-appointed guardian with papers attached: clear standing. Entities name the ward.")

P(id="P75", cat="is this really from you (forwarded our catalog mail)", mailbox="powerhousecatalog", client="iphone",
  frm=("Arlene Pfaff", "arlenepfaff@icloud.com"), date="2026-09-16 18:10:47",
  ours=ours.get("cat_fall"), mode="forward",
  body="""My daughter says I should not click on links in e-mails. Is this catalog e-mail really from you? The address looks right but I wanted to be sure before I order the night lights.

Arlene""",
  labels=[Q], entities={"name": "Arlene"},
  note="Forwards our own catalog mail asking if it is genuine: question. The STOP / sharing words in the forwarded footer are ours.")

P(id="P76", cat="thank-you", mailbox="customercare", client="yahoo",
  frm=("Lorna Kuehl", "lornakuehl@yahoo.com"), date="2026-10-30 09:20:41", subject="Thank you to Denise",
  body="""I just wanted to say thank you to Denise who helped me on the phone yesterday to set up my payment plan. She was very patient with me and explained everything twice. You should be proud of her.

Lorna Kuehl""",
  labels=[], ack=None, entities={"name": "Lorna Kuehl"},
  note="Pure thank-you that asks nothing: person, no labels, not unclear, no acknowledgement due.")

P(id="P77", cat="never ordered, stop it", mailbox="powerhousecatalog", client="thunderbird",
  frm=("Wilbur Thiede", "wthiede@charter.net"), date="2026-09-19 10:55:35", subject="Why am I getting this",
  body="""How did you get my name? I never ordered a thing from your catalog and now it comes to my house every month. Stop sending it.

W. Thiede
Oshkosh WI 54901""",
  labels=[MO, Q], entities={"name": "W. Thiede", "postal_code": "54901"},
  note="Stop the catalog (opt-out) and a real question where the name came from (question about data).")

P(id="P78", cat="senior centre asks for a speaker", mailbox="customercare", client="gmail",
  frm=("Pat Ehlers", "westsideseniors.pat@gmail.com"), date="2026-09-15 11:30:18", subject="Speaker for our seniors group?",
  body="""Hello,

I coordinate programs at the Westside Senior Center in Dubuque. Several of our members have had scam calls from people pretending to be the power company.

Could someone from Alliant Energy come and talk to our group about how to recognize these scams? We meet Wednesdays at 10:30.

Pat Ehlers
Program Coordinator""",
  labels=[Q], entities={"name": "Pat Ehlers"},
  note="A person asking for a community speaker: question. Mentions scams but is not a phishing mail.")

P(id="P79", cat="paper bill instead of e-mail", mailbox="customercare", client="outlook_com",
  frm=("Vivian Sorum", "viviansorum@hotmail.com"), date="2026-11-27 13:40:09", subject="paper bill",
  body="""My grandson signed me up for paperless billing and I can't manage the online. Please go back to mailing me a paper bill every month.

Vivian Sorum
Account 610 338 1947""",
  labels=[Q], entities={"name": "Vivian Sorum", "account": "610 338 1947"},
  note="Billing preference change: question. 'Stop e-mailing the bill' is about a service message, not marketing.")

# ------------------------------------------------------------------ replies to our acknowledgements
P(id="P32", cat="thank-you under our acknowledgement", mailbox="powerhousecatalog", client="iphone",
  frm=("Lois Engel", "loisengel@icloud.com"), date="2026-09-30 08:20:16",
  ours=ours.ack("powerhousecatalog", "Stop the catalog", "2026-09-29 15:02:00", "P32"),
  body="""Thank you so much, that was quick!""",
  labels=[], ack=None, entities={},
  note="Reply to our acknowledgement that asks for nothing: no labels, not unclear, ack_to null.")

P(id="P33", cat="question under our acknowledgement", mailbox="powerhousecatalog", client="gmail",
  frm=("Janice Vos", "janicevos@gmail.com"), date="2026-10-23 17:00:59",
  ours=ours.ack("powerhousecatalog", "Catalog", "2026-10-22 11:40:00", "P33"),
  body="""Does this also stop the ones addressed to my husband? He passed in 2019 but they still come with his name.""",
  labels=[Q], entities={},
  note="Under our acknowledgement but asks a real question, so it is answered. Not itself a new opt-out for the late husband.")

# ------------------------------------------------------------------ software unsubscribing for a person
P(id="P43", cat="inbox-cleaning service (Auto-Submitted)", mailbox="customercare", client="gmail",
  frm=("Marjorie Vos", "marjorievos48@gmail.com"), date="2026-11-06 03:12:40", subject="unsubscribe",
  body="""unsubscribe

--
Sent by TidyInbox on behalf of its user. Manage your subscriptions at https://tidyinbox.example/""",
  html=False, device_sig=None,
  extra_headers=[("Auto-Submitted", "auto-generated"), ("X-TidyInbox-Action", "unsubscribe")],
  labels=[MO], ack=None, entities={},
  note="Software unsubscribing for a person via our List-Unsubscribe address: not automated, marketing_opt_out; carries Auto-Submitted so ack_to is null (RFC 3834).")

P(id="P44", cat="mail client Unsubscribe button", mailbox="customercare", client="gmail",
  frm=(None, "gordon.kuehl@gmail.com"), date="2026-10-04 16:22:05", subject="unsubscribe",
  body="""This message was automatically generated by Gmail.""",
  html=False, device_sig=None,
  labels=[MO], ack="from", entities={},
  note="Gmail's Unsubscribe button sent to our List-Unsubscribe mailto: not automated for labelling, marketing_opt_out; no Auto-Submitted header, so ack_to is the sender.")

# ------------------------------------------------------------------ Spanish, clear
P(id="P12", lang="es", cat="breve, catálogo", mailbox="powerhousecatalog", client="gmail",
  frm=("María Elena Ortiz", "mariaelena.ortiz51@gmail.com"), date="2026-09-24 15:02:19", subject="Catálogo",
  body="""Buenas tardes.

Por favor ya no me manden el catálogo PowerHouse. Vivo sola y no lo uso.

Gracias.
María Elena Ortiz
West Liberty, Iowa 52776""",
  labels=[MO], entities={"name": "María Elena Ortiz", "postal_code": "52776"},
  note="Spanish; clear request to stop the catalog.")

P(id="P13", lang="es", cat="solo no compartir", mailbox="powerhousecatalog", client="outlook_com",
  frm=("Héctor Salinas", "hsalinas_mtown@hotmail.com"), date="2026-10-08 11:40:37", subject="Mis datos",
  body="""Estimados señores:

Me gusta recibir su catálogo y quiero seguir recibiéndolo. Pero no quiero que compartan, vendan ni presten mi nombre y mi dirección a otras compañías.

Atentamente,
Héctor Salinas
Marshalltown, IA 50158""",
  labels=[CSO], entities={"name": "Héctor Salinas", "postal_code": "50158"},
  note="Spanish; keeps the catalog, refuses sharing: catalog_share_opt_out only.")

P(id="P14", lang="es", cat="poder notarial", mailbox="customercare", client="gmail",
  frm=("José Luis Herrera", "jlherrera.iowa@gmail.com"), date="2026-10-27 18:20:50", subject="Publicidad para mi madre",
  body="""Buenas tardes,

Soy José Luis Herrera. Tengo poder notarial para los asuntos de mi madre, Guadalupe Herrera, de 88 años. A su casa llegan muchos folletos de promociones de Alliant y ella se confunde con tanto papel.

Por favor ya no le manden publicidad, ni por correo postal ni por correo electrónico. Su número de cuenta es 3318 204 771.

Muchas gracias,
José Luis Herrera""",
  labels=[MO], entities={"name": "Guadalupe Herrera", "account": "3318 204 771"},
  note="Spanish; son holds a power of attorney (poder notarial): clear standing. Entities name the mother.")

P(id="P34", lang="es", cat="factura en español", mailbox="customercare", client="iphone",
  frm=("Refugio Mendoza", "refugiomendoza@icloud.com"), date="2026-10-12 19:40:03", subject="Factura",
  body="""Hola, ¿me pueden mandar la factura en español? No leo bien el inglés y mi hija ya no vive conmigo.

Cuenta 4410 2287 19
Refugio Mendoza""",
  labels=[Q], entities={"name": "Refugio Mendoza", "account": "4410 2287 19"},
  note="Spanish; asks for the bill in Spanish: question.")

P(id="P35", lang="es", cat="¿es fraude?", mailbox="customercare", client="gmail_android",
  frm=("Esperanza Gutiérrez", "esperanza.gtz@gmail.com"), date="2026-10-07 09:15:44", subject="Me asusté",
  body="""Buenos días.

Ayer recibí una llamada y luego un correo que dice que si no pago hoy con tarjetas de regalo me cortan la luz. ¿Eso es de ustedes? Tengo 74 años y me asusté mucho. No he pagado nada.

Esperanza Gutiérrez
Columbus Junction""",
  labels=[Q], entities={"name": "Esperanza Gutiérrez"},
  note="Spanish; asks whether a threatening message is genuine: question.")

P(id="P36", lang="es", cat="respuesta al boletín", mailbox="customercare", client="outlook_com",
  frm=("Rosalinda Cárdenas", "rosalinda.cardenas@outlook.com"), date="2026-10-03 12:30:24",
  ours=ours.get("news_oct"),
  body="""Ya no quiero recibir estos correos de promociones. Gracias.""",
  labels=[MO], entities={},
  note="Spanish reply under our newsletter: clear marketing opt-out.")

P(id="P37", lang="es", cat="carta formal, ambas", mailbox="powerhousecatalog", client="outlook_desktop",
  frm=("Carmen Delgado de Ruiz", "carmendelgadoruiz@msn.com"), date="2026-09-29 10:05:58", subject="Solicitud",
  body="""Estimados señores de PowerHouse:

Por medio de la presente les pido de la manera más atenta que dejen de enviarme su catálogo, tanto impreso como por correo electrónico. Ya tengo 80 años y no hago compras por catálogo.

Asimismo, les pido que no compartan, vendan ni intercambien mis datos personales con otras empresas.

Agradeciendo de antemano su atención, quedo de ustedes.

Carmen Delgado de Ruiz
Muscatine, Iowa 52761""",
  labels=[MO, CSO], entities={"name": "Carmen Delgado de Ruiz", "postal_code": "52761"},
  note="Spanish formal letter; both opt-outs explicit.")

P(id="P38", lang="es", cat="viuda titular de la cuenta", mailbox="customercare", client="yahoo",
  frm=("Familia Villanueva", "familiavillanueva@yahoo.com"), date="2026-11-05 11:50:30", subject="Publicidad",
  reply_to=("Rosa María Villanueva", "rosamvillanueva@gmail.com"), ack="reply_to",
  body="""Buenos días,

Mi esposo Ramón falleció en julio. La cuenta ya está a mi nombre desde septiembre. Por favor no manden más publicidad a la casa, solamente la factura.

Rosa María Villanueva
Denison, IA 51442""",
  labels=[MO], entities={"name": "Rosa María Villanueva", "postal_code": "51442"},
  note="Spanish; widow says the account is now hers: account holder about the household, clear opt-out. Sent from a shared family account with Reply-To her own address, so ack_to is the Reply-To.")

P(id="P39", lang="es", cat="dictado a la nieta (primera persona)", mailbox="powerhousecatalog", client="gmail",
  frm=("Daniela Ibarra", "dani.ibarra07@gmail.com"), date="2026-10-18 17:25:14", subject="De parte de mi abuelita",
  body="""Hola, habla Consuelo Ibarra. Mi nieta Daniela me está ayudando a escribir esto.

Ya no quiero recibir el catálogo de PowerHouse en mi casa. Por favor quítenme de la lista.

Consuelo Ibarra
Perry, Iowa 50220""",
  labels=[MO], entities={"name": "Consuelo Ibarra", "postal_code": "50220"},
  note="Spanish; dictated in the first person by the customer, the granddaughter only types: the customer's own request, clear.")

P(id="P40", lang="es", cat="pareja, mudanza", mailbox="customercare", client="gmail",
  frm=("Teodoro Aguilar", "teodoro.aguilar@gmail.com"), date="2026-11-20 14:00:47", subject="Cambio de domicilio",
  body="""Buenas tardes,

Mi esposa y yo nos mudamos con nuestra hija a Beloit. La cuenta está a mi nombre. Por favor manden la última factura a 1457 Henderson Ave, Beloit, WI 53511, y ya no nos manden propaganda ni a la casa vieja ni a la nueva.

Gracias,
Teodoro Aguilar""",
  labels=[MO, Q], entities={"name": "Teodoro Aguilar", "postal_code": "53511"},
  note="Spanish; account holder for the couple: change of address for the final bill (question) and stop advertising (opt-out).")

P(id="P72", lang="es", cat="tableta, breve", mailbox="powerhousecatalog", client="samsung",
  frm=("Ramón Castillo", "ramoncastillo55@gmail.com"), date="2026-10-11 21:15:36", subject="catalogo",
  body="""no más catálogos por favor
Ramón Castillo""",
  labels=[MO], entities={"name": "Ramón Castillo"},
  note="Spanish one-liner from a tablet naming the catalog: clear opt-out.")

P(id="P73", lang="es", cat="letra grande", mailbox="customercare", client="outlook_com",
  frm=("Ana Lucía Paredes", "analuciaparedes@outlook.com"), date="2026-11-30 10:05:21", subject="Letra grande",
  body="""Buenos días,

¿Tienen facturas con letra grande? Ya casi no veo y mi nieto no siempre está para leérmela.

Ana Lucía Paredes
Cuenta 22-5071-3390""",
  labels=[Q], entities={"name": "Ana Lucía Paredes", "account": "22-5071-3390"},
  note="Spanish; large-print bill request: question.")

P(id="P80", lang="es", cat="correos no, papel sí", mailbox="powerhousecatalog", client="gmail",
  frm=("Gloria Nava", "glorianava.wi@gmail.com"), date="2026-09-17 10:15:03",
  ours=ours.get("cat_fall"),
  body="""No me manden más estos correos del catálogo, por favor. El catálogo de papel sí lo quiero seguir recibiendo.

Gloria Nava""",
  labels=[MO], entities={"name": "Gloria Nava"},
  note="Spanish reply under our catalog e-mail: stop the e-mails, keep paper = marketing_opt_out (channel kept in the record).")

# ------------------------------------------------------------------ unclear
P(id="P31", cat="delete everything", mailbox="customercare", client="gmail",
  frm=("Delmar Vos", "delmarvos@gmail.com"), date="2026-11-18 15:15:08", subject="Delete my information",
  body="""To whom it may concern,

I am 90 years old and closing up my affairs. Please delete all of my information from your computers.

Delmar Vos
Pella, Iowa 50219""",
  labels=[Q], unclear=True, entities={"name": "Delmar Vos", "postal_code": "50219"},
  note="Request to delete everything: unclear plus question by the rulebook (deleting account data is not for the bot). Not a marketing opt-out.")

P(id="P55", cat="grandchild writes for grandma (third person)", mailbox="powerhousecatalog", client="gmail",
  frm=("Kayla Meier", "kaylameier03@gmail.com"), date="2026-10-10 15:55:26", subject="catalog for my grandma",
  body="""Hi! My grandma keeps getting your catalog and she asked me to see if I could make it stop. Her name is Dorothy Meier, 1120 Locust St, Dubuque 52001.

Thanks!
Kayla""",
  labels=[MO], unclear=True, entities={"name": "Dorothy Meier", "postal_code": "52001"},
  note="On behalf of a grandparent without stated standing (third person, not dictated): unclear. Entities name the grandmother.")

P(id="P56", cat="neighbour writes", mailbox="powerhousecatalog", client="yahoo",
  frm=("Sharon Pulver", "sharonpulver@yahoo.com"), date="2026-11-11 10:20:45", subject="For my neighbor",
  body="""Hello,

My neighbor Ruth Feld is 93 and has piles of catalogs in her front hall, yours among them. She has no computer and asked me to write and ask you to stop sending hers. She lives at 418 Ash Street, Baraboo WI 53913.

Sharon Pulver (next door)""",
  labels=[MO], unclear=True, entities={"name": "Ruth Feld", "postal_code": "53913"},
  note="A neighbour writing for someone else: no standing, unclear. Entities name the neighbour the request is for.")

P(id="P57", cat="care-home staff", mailbox="powerhousecatalog", client="outlook_desktop",
  frm=("Maple Crest Front Desk", "frontdesk@maplecrestliving.org"), date="2026-10-21 13:15:07",
  subject="Resident mail - Harold Dunn",
  body="""Good afternoon,

I am the activities coordinator at Maple Crest Senior Living. One of our residents, Harold Dunn (Apt. 212), asked me to contact you. He receives the PowerHouse Catalog here and would like it stopped.

Thank you,
Tammy Brenner
Activities Coordinator
Maple Crest Senior Living
1500 Maple Crest Drive, Cedar Rapids, IA 52404""",
  labels=[MO], unclear=True, entities={"name": "Harold Dunn", "postal_code": "52404"},
  note="Care-home staff writing for a resident from a role address: no clear standing, unclear. Entities name the resident; the ZIP is the home's, written by the sender for the resident's address.")

P(id="P58", cat="hired caregiver", mailbox="customercare", client="gmail",
  frm=("Brianna Tesch", "brianna.homecare@gmail.com"), date="2026-11-19 09:00:33", subject="Client mail",
  body="""Hello,

I'm a home care aide for Lloyd Swenson in Portage. He gets a lot of advertising from Alliant and it upsets him. He told me he wants no more advertising and he doesn't want his name given out to other companies either.

His account number is 5106 622 917.

Brianna Tesch""",
  labels=[MO, CSO], unclear=True, entities={"name": "Lloyd Swenson", "account": "5106 622 917"},
  note="Hired caregiver writing for a client: no standing, unclear. Wishes are clear (both opt-outs) but they are not hers to give.")

P(id="P59", cat="son of deceased father", mailbox="powerhousecatalog", client="apple_mail",
  frm=("Tom Vander Woude", "tvanderwoude@icloud.com"), date="2026-10-13 19:30:41", subject="My father",
  body="""Dad (Eugene Vander Woude) passed away in September. Please stop sending him the catalog. Every time it comes Mom gets upset.

Tom Vander Woude""",
  labels=[MO], unclear=True, entities={"name": "Eugene Vander Woude"},
  note="Adult child for a deceased parent, no stated executor or account standing: unclear by the rulebook. Entities name the father.")

P(id="P60", cat="daughter, mother in memory care", mailbox="customercare", client="outlook_com",
  frm=("Karen Halbach", "karen.halbach@outlook.com"), date="2026-11-23 14:10:28", subject="My mother's mail",
  body="""Hi,

My mother, Joan Halbach, moved into memory care in October and I'm handling her mail now. Please take her off everything - all the promotions and offers. She can't make sense of them anymore.

Karen Halbach""",
  labels=[MO], unclear=True, entities={"name": "Joan Halbach"},
  note="Daughter 'handling her mail' is not stated legal standing (no POA, not the account holder): unclear.")

P(id="P61", cat="bare 'please stop'", mailbox="powerhousecatalog", client="ipad",
  frm=(None, "gkuehl33@icloud.com"), date="2026-11-02 22:05:54", subject=None,
  body="""Please stop.""",
  labels=[], unclear=True, entities={},
  note="No object, no context, no subject: unclear whichever mailbox received it.")

P(id="P62", cat="STOP under outage alert", mailbox="customercare", client="iphone",
  frm=("Lavern Bruns", "lavernbruns@icloud.com"), date="2026-10-24 23:40:15",
  ours=ours.service("outage", "2026-10-24 22:58", "4471"),
  body="STOP",
  labels=[], unclear=True, entities={},
  note="STOP under a service message (outage alert): not a marketing opt-out, unclear by the short-reply rule.")

P(id="P63", cat="Remove under bill notice", mailbox="customercare", client="gmail",
  frm=(None, "dwendt1941@gmail.com"), date="2026-10-20 18:15:02",
  ours=ours.service("bill", "2026-10-20 06:00", "9036"),
  body="Remove",
  labels=[], unclear=True, entities={},
  note="'Remove' under a bill-ready notice: a service message, so unclear, not an opt-out.")

P(id="P64", cat="emoji under catalog e-mail", mailbox="powerhousecatalog", client="samsung",
  frm=("Irma Kunkel", "irmakunkel@gmail.com"), date="2026-11-06 12:00:19",
  ours=ours.get("cat_holiday"),
  body="\U0001F44D",
  labels=[], unclear=True, entities={},
  note="Reply whose new text is only an emoji: nothing decidable, unclear.")

P(id="P65", cat="reference to earlier mail", mailbox="powerhousecatalog", client="yahoo",
  frm=("Marion Tesch", "mariontesch@yahoo.com"), date="2026-11-24 10:45:37", subject="my sister",
  body="""Please do the same thing for my sister's address as you did for mine last month. She is at the lake house now.

Marion""",
  labels=[], unclear=True, entities={},
  note="Reference to an earlier request without saying what, and for someone else: unclear. The request is for the unnamed sister, so the writer's signature 'Marion' is not recorded as the name (entities name the person the request is for).")

P(id="P66", cat="self-contradicting wishes", mailbox="powerhousecatalog", client="aol",
  frm=("Opal Reinke", "opalreinke@aol.com"), date="2026-11-09 16:20:52", subject="catalog",
  body="""Take me off the catalog. Well except the Christmas one, I like to get ideas for the grandkids. But not the others. Or just send one a year, whichever is easier for you.

Opal""",
  labels=[Q], unclear=True, entities={"name": "Opal"},
  note="Mixed and self-contradicting wishes (stop / keep Christmas / one a year): unclear. What remains answerable is a 'fewer catalogs' question.")

P(id="P68", lang="es", cat="sin objeto", mailbox="powerhousecatalog", client="gmail",
  frm=(None, "abuelita.chela@gmail.com"), date="2026-10-30 13:05:11", subject=None,
  body="""Por favor quítenme""",
  labels=[], unclear=True, entities={},
  note="Spanish 'take me off' with no subject and no object: unclear.")

P(id="P69", lang="es", cat="hija por la madre", mailbox="powerhousecatalog", client="iphone",
  frm=("Verónica Salgado", "vero.salgado@icloud.com"), date="2026-11-14 18:35:26", subject="Catálogo de mi mamá",
  body="""Hola, mi mamá Josefina Salgado ya está en un asilo y le siguen llegando sus catálogos a la casa. Por favor ya no le manden nada.

Gracias
Verónica""",
  labels=[MO], unclear=True, entities={"name": "Josefina Salgado"},
  note="Spanish; daughter for her mother in a care home, no stated standing: unclear. Entities name the mother.")

P(id="P70", cat="wife for husband's account", mailbox="powerhousecatalog", client="outlook_desktop",
  frm=("Marlys Goetz", "marlysgoetz@centurylink.net"), date="2026-09-26 11:25:04", subject="Catalog for Art",
  body="""Hello,

The account is in my husband's name, Art Goetz. He is in the hospital after a fall. Please stop the catalog that comes addressed to him. He would want it stopped too.

Marlys Goetz""",
  labels=[MO], unclear=True, entities={"name": "Art Goetz"},
  note="Spouse writing about the husband's account, she is not the account holder: unclear by the on-behalf rule.")

P(id="P71", cat="reference to a phone call", mailbox="customercare", client="wlm",
  frm=("Merle Sorum", "merlesorum@frontier.com"), date="2026-11-25 08:50:44", subject="lake cottage",
  body="""As I explained to the lady on the phone last Tuesday, please do it for the lake cottage too.

Merle Sorum""",
  labels=[], unclear=True, entities={"name": "Merle Sorum"},
  note="Refers to an earlier phone request without saying what 'it' is: unclear.")

# ------------------------------------------------------------------ forwarded phishing, asking if it is genuine
from machines import phish_refund_raw  # noqa: E402

P(id="P20", cat="is this genuine? (phishing attached)", mailbox="customercare", client="outlook_desktop",
  frm=("Glenn Huebner", "glennhuebner@mchsi.com"), date="2026-10-16 09:44:21", subject="FW: Your refund of $187.40 is waiting",
  body="""Good morning,

Attached is an e-mail I received yesterday about a "refund" of $187.40. It has your name on it but the web address looks strange to me.

Is this really from Alliant Energy? I have not clicked on anything and I have not given them any information.

Thank you,
Glenn Huebner
Account 7720 314 559""",
  attachments=[rfc822(phish_refund_raw("glennhuebner@mchsi.com", "2026-10-15 05:12:38"), "Your refund of $187.40 is waiting.eml")],
  labels=[Q], entities={"name": "Glenn Huebner", "account": "7720 314 559"},
  note="A person forwarding phishing as an attachment to ask if it is genuine: question. The attached phishing's words are not his.")
