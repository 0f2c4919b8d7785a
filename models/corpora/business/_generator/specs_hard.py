"""Hard cases (10): vendor text quoting customers, forwards of third-party mail, relays, look-alikes."""
from spec import S, A, MO, CS, Q

SPECS = [
A(key="h01-mdms-quotes-customer", mailbox="ph", cat="trap:vendor-quotes-customer-optout", client="exchange",
  corp="MDMS", date="2026-05-13 09:44:18 -0500",
  frm=("Trish Baumgartner", "tbaumgartner@midwestdirectmail.com"),
  subject="FW: Remove from mailing list (received at our return address)",
  text="""
Hi PowerHouse team,

We received the note below at our return-service address, written on a catalog cover from the Summer drop. We've added the record to the house suppression file on our side for the Fall mailing; sending it along so you can update your master file too. No action needed from us.

Trish

Trish Baumgartner | Client Services Manager
Midwest Direct Mail Services
2900 Kirkwood Pkwy, Dubuque, IA 52001
563-555-0166

-----Original Message-----
From: MDMS Returns Processing
Sent: Tuesday, May 12, 2026 3:10 PM
Subject: Remove from mailing list (received at our return address)

Transcribed from catalog cover, keycode PH26SU-A14:
"PLEASE TAKE ME OFF YOUR LIST AND DO NOT SELL MY NAME. Janet Olmstead, 1108 Birch Ln, Mason City IA 50401"
""",
  note="mail house (vendor) relaying a customer's opt-out it transcribed: vendor business mail -> automated, no labels, no entities from the quoted customer; staff may act on it manually but the bot must not ack"),

S(key="h02-pritchard-fwd-broker", mailbox="ph", cat="trap:forward-broker-letter-cs", client="gws",
  date="2026-06-01 08:26:40 -0500",
  frm=("Owen Pritchard", "owen@pritchardbikes.com"),
  quote={"kind": "forward", "custom": {
      "display": "Crestline List Management", "address": "dataservices@crestlinelists.com",
      "date": "2026-05-28 11:02:00 -0500", "subject": "Your listing in our catalog buyer file",
      "to": "owen@pritchardbikes.com",
      "text": ("Dear Catalog Buyer,\n\nCrestline List Management maintains response lists on behalf of catalog "
               "and retail clients. As required by our data-use policy, we are letting you know that your name and "
               "postal address appear in a catalog buyer file we manage, compiled from customers of participating "
               "catalogs including the PowerHouse Catalog.\n\nIf you wish to be removed from our files, reply REMOVE "
               "or write to Crestline List Management, Attn: Suppression, PO Box 7710, Minneapolis MN 55407.\n\n"
               "Reference: CLM-884120\n\nCrestline List Management\nPrivacy & Data Stewardship")}},
  text="""
Hi,

See the letter below from a list company. They say they got my name from PowerHouse Catalog buyers. I don't want my name passed around like this. Please stop sharing or renting my name and my shop's address to anyone.

Owen Pritchard
Pritchard Bike & Ski, 503 Water St, Sauk City WI 53583
""",
  labels=[CS], entities={"name": "Owen Pritchard", "postal_code": "53583"},
  note="customer forwards a list broker's letter and asks us to stop sharing: sharing opt-out; the broker's 'reply REMOVE' and Minneapolis ZIP are forwarded text, not his"),

A(key="h03-zendesk-88213", mailbox="ph", cat="trap:ticket-quotes-customer-optout", client="bulk",
  svc="zendesk", date="2026-06-10 14:15:02 -0500",
  frm=("Northline Fulfillment Support", "support@northlinefulfillment.zendesk.com"),
  env_from="support+id88213@northlinefulfillment.zendesk.com",
  reply_to=("Northline Fulfillment Support", "support+id88213@northlinefulfillment.zendesk.com"),
  subject="[Ticket #88213] updated: Customer asks to stop catalog and not sell name",
  mid="<K5XV2QJ8RM_6847a6f6c1e2a_3b8f_sprut@zendesk.com>",
  order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__CONTENT__"],
  post=["Content-Language: en-us", "X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 9f2c41a",
        "X-Zendesk-Email-Id: 01JXF3M8QK2V6R0T9B7YH4N5CD", "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All"],
  text="""
##- Please type your reply above this line -##

Your request (88213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Megan L. (Northline Fulfillment)

Jun 10, 2026, 2:14 PM CDT

Hi PowerHouse team - this came in on the order phone line today. The caller asked us to pass it to your list people:

"I want no more catalogs and do NOT sell my name to anybody." Gordon Vail, Cedar Rapids 52404, customer no. 61-330872

We've flagged the order account on our side. Please confirm once your master file is updated.

Megan L.
Customer Service Lead

----------------------------------------------

This email is a service from Northline Fulfillment Support.

[K5XV2Q-J8RM]
""",
  html=None,
  note="vendor helpdesk notification ([Ticket #] updated) quoting a caller's opt-out and customer number: automated; nothing extracted from it"),

S(key="h04-plainprivacy", mailbox="ph", cat="trap:journalist-optout-words", client="gws",
  date="2026-06-24 10:51:30 -0500",
  frm=("Devin Marchetti", "devin@plainprivacy.news"),
  subject="Question on \"do not sell\" handling for the PowerHouse list",
  text="""
Hi there,

I write a consumer-privacy newsletter (Plain Privacy) and I'm compiling how Midwest utilities handle list sharing. Two quick questions about the PowerHouse Catalog:

- If a customer writes "do not sell my personal information" rather than the exact wording in your policy, do you treat it as an opt-out from sharing?
- Does an opt-out from the catalog mailing also stop the sharing, or do customers need to opt out of both separately?

Not asking for myself - I'm not a customer. Happy to attribute however you like.

Devin Marchetti
Plain Privacy (plainprivacy.news)
""",
  labels=[Q], entities={"name": "Devin Marchetti"},
  note="writer quotes opt-out phrases inside questions and says he is not a customer: question only, no opt-out"),

S(key="h05-haugland-fwd", mailbox="ph", cat="trap:forward-other-catalog-mo+cs", client="m365",
  date="2026-03-31 07:58:26 -0500",
  frm=("Glen Haugland", "ghaugland@hauglandseed.com"),
  subject="FW: Spring Savings from Countryside Home & Hearth",
  quote={"kind": "forward", "custom": {
      "display": "Countryside Home & Hearth", "address": "deals@countrysidehearth.com",
      "date": "2026-03-30 06:00:00 -0500", "subject": "Spring Savings from Countryside Home & Hearth",
      "to": "info@hauglandseed.com",
      "text": ("SPRING SAVINGS - UP TO 40% OFF\nCast iron, quilts, garden decor and more.\n\n"
               "Shop: https://www.countrysidehearth.com/spring\n\n"
               "You are receiving this message because you are a customer of one of our partner catalogs.\n"
               "Unsubscribe | Privacy | Countryside Home & Hearth, 100 Commerce Way, Sioux Falls SD 57104")}},
  text="""
PowerHouse,

Below is an e-mail we got from a company we have never done business with. Their "you're receiving this because" line says we came from a partner catalog, and the only catalog we've ever ordered from is yours.

Stop renting our name out. And you can take us off your catalog mailing too while you're at it - this is the last straw.

Glen Haugland
Haugland Seed & Supply
1450 Hwy 20 W, Manchester, IA 52057
563-555-0119
""",
  labels=[MO, CS], entities={"name": "Glen Haugland", "postal_code": "52057"},
  note="forwarded third-party promo carries 'Unsubscribe' and a SD ZIP; only his own lines count: stop renting (CS) + stop catalog (MO)"),

S(key="h06-webform-solberg", mailbox="cc", cat="trap:webform-relay-business", client="webform",
  date="2026-02-20 11:42:51 -0600",
  frm=("Alliant Energy Web", "noreply@alliantenergy.com"),
  reply_to=("Erik Solberg", "esolberg@solbergvetsupply.com"),
  subject="Contact Us form: Marketing preferences",
  text="""
A new message was submitted through the Contact Us form on alliantenergy.com.

Topic: Marketing preferences
Customer type: Business
Name: Erik Solberg
Company: Solberg Veterinary Supply
Email: esolberg@solbergvetsupply.com
Phone: 608-555-0136
Account number: 1187 3309 52
Service ZIP: 53581

Message:
please remove our business from all promotional emails and mailers. we only want billing.

Submitted: 02/20/2026 11:42 AM CST
""",
  labels=[MO], entities={"name": "Erik Solberg", "postal_code": "53581", "account": "1187 3309 52"},
  ack="reply",
  note="our own Contact Us relay: From is noreply@alliantenergy.com (not automated), customer in Reply-To -> ack_to Reply-To"),

A(key="h07-consentstack", mailbox="cc", cat="trap:cold-sales-optout-words", client="gws",
  date="2026-04-29 08:03:11 -0400",
  frm=("Jenna Albright", "jenna@consentstack.io"),
  subject="38% of opt-out requests get missed - is Alliant Energy one of them?",
  text="""
Hi there,

Quick one: utilities receive "stop", "unsubscribe" and "do not sell my info" requests in a dozen formats - probably some landing in customercare@ right now. Our audit of 40 utilities found 38% of opt-out emails were never actioned within the required window.

ConsentStack reads your privacy inbox, classifies opt-outs and do-not-share requests, and syncs suppressions to Salesforce, Mailchimp and your mail house automatically.

Worth a 15-minute call next week? Here's my calendar: https://meet.consentstack.io/jenna

Jenna Albright
Account Executive, ConsentStack
ConsentStack Inc., 1 Market St, Suite 300, Boston MA 02109

If you'd rather not hear from me, reply "STOP" and I'll remove you from my list.
""",
  note="cold sales pitch full of opt-out vocabulary and a 'reply STOP' line: automated per LABELS.md"),

S(key="h08-northwoods-unsub", mailbox="ph", cat="trap:competitor-employee-unsubscribes", client="gws",
  date="2026-05-07 16:20:05 -0500",
  frm=("Heidi Strand", "hstrand@northwoodshomecatalog.com"),
  quote={"src": "P_PH_SUMMER"},
  text="""
Hi - I signed up for your emails a while back to keep an eye on what you're running (I work in merchandising at another catalog, no secret there). I've seen enough, please unsubscribe me. Nice layout on the summer book though.

Heidi
""",
  labels=[MO], entities={"name": "Heidi"},
  note="sender works for another catalog company but this is a person unsubscribing from our promo, not vendor/partner mail -> MO; first name alone counts"),

S(key="h09-wendt-question", mailbox="cc", cat="trap:question-with-no-share-footer", client="m365",
  date="2026-06-03 13:27:48 -0500",
  frm=("Chad Wendt", "cwendt@wendtmfg.com"),
  quote={"src": "P_LIGHTING", "to_display": "Chad Wendt <cwendt@wendtmfg.com>"},
  text="""
Does the June 30 deadline mean the fixtures have to be installed by then, or just the application submitted? We have a 1,100-fixture retrofit at our Ripon plant starting July 15 and I don't want to miss it.

Chad Wendt
Plant Engineer, Wendt Manufacturing Co.
600 Industrial Ave, Ripon WI 54971
920-555-0181

CONFIDENTIAL: This message contains information intended only for the named recipient. If you received it in error, do not read, copy, share or distribute it; notify the sender and delete it. Wendt Manufacturing Co. does not sell or share personal information received by e-mail.
""",
  labels=[Q], entities={"name": "Chad Wendt", "postal_code": "54971"},
  note="rebate question in reply to a promo; the company footer says 'do not share' and 'does not sell or share' but that is boilerplate, not a sharing opt-out"),

A(key="h10-recall", mailbox="cc", cat="trap:exchange-recall", client="exchange",
  corp="SBC", date="2026-05-18 16:05:37 -0500",
  frm=("Mitch Sandoval", "msandoval@sandovalbuilders.com"),
  subject="Recall: Stop marketing emails - Sandoval Builders",
  topic="Stop marketing emails - Sandoval Builders",
  extra_headers=["X-MS-Exchange-Organization-Recall: 1"],
  text="""
Mitch Sandoval would like to recall the message, "Stop marketing emails - Sandoval Builders".
""",
  note="Exchange message-recall notice generated by the server; the request words are only the quoted subject of another message -> automated (staff may want to look)"),
]
