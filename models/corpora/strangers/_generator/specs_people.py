"""Customers whose mail looks like business mail, marketing, auto-replies or scams, but who want something."""
import mime
from ours import (CC, PH, NEWS, CATNEWS, ALERTS, PROMO, SERVICE, ACK, q, gmail_on, iphone_on, outlook_hdr,
                  gmail_fwd, apple_fwd, yahoo_fwd, mid)


def P(**kw):
    d = dict(lang="en")
    d.update(kw)
    return d


def promo(key):
    return PROMO[key]


HANSEN = """Hi there,

Quick note from the shop. We get the PowerHouse catalog here at the store and honestly the guys
like flipping through it on slow days, so keep it coming. What I don't want is our name and address
going out to other catalog companies. Since spring we've been buried in catalogs from outfits I've
never ordered from. Please keep us off any list you share or trade.

Thanks,

Greg Hansen
Owner
HANSEN'S BIKE & SKI
212 W Water St | Decorah, IA 52101
563.555.0139 | hansensbikeski.com
Tune-up season is here -- book your spring service online!"""

FERRIS = """Hello Alliant,

This is Lupe at Sweet Lupita's. We are an Alliant customer for the bakery (acct 7720 4419 03).
The promo e-mails keep landing in our orders inbox and my staff has to dig around them.
Please stop sending marketing e-mails to this address. Bills and outage alerts are fine.

Gracias,
Lupe Ferris
Sweet Lupita's Bakery & Café
Open Tue-Sun 6am-2pm | Pre-order holiday conchas & pan de muerto now!
www.sweetlupitas.com"""

RANT = """I am writing because I have had ENOUGH of the paper that comes out of my mailbox.

This week alone: two PowerHouse catalogs (same catalog, twice!), a postcard about community solar, a
letter about a home energy check-up, and a "special offer" envelope that looked like a bill so I had
to open it. My recycling bin is full of your stuff. I'm 74, I live alone, I am not buying a smart fan.

Take me off your mailing lists. All of them. The only thing I want from you is my bill.

Eleanor Brandt
1120 Ridgeview Dr
Platteville WI 53818"""

COMEBACK = """Hello,

In 2024 I asked to be removed from your promotional mail. I got a confirmation and it stopped.
As of this fall, it's back: the catalog, the solar postcards, all of it.

1) Please remove me again from all promotional mail and e-mail.
2) I'd like an explanation of how I ended up back on the list, and what you are doing so it doesn't
   happen a third time.

Theodore Nakamura
Account # 3301-558-210"""

SELLING = """Subject says it.

Since I ordered a space heater from PowerHouse in March I have received catalogs from Lands Edge,
Garden Gate Direct and some place selling orthopedic shoes. Every one of them has my name spelled
the same wrong way PowerHouse spells it (NORRIS instead of NORIS). So don't tell me it's a coincidence.

You are selling my data. Stop it. I want my name off whatever list you are renting out, and I want
to know which companies you gave it to.

D. Noris
Iowa City 52245"""

CAPSRANT = """YOU PEOPLE ARE SELLING MY INFORMATION AND I WANT IT TO STOP. NOW.

I DID NOT GIVE YOU PERMISSION TO SELL MY NAME AND ADDRESS TO EVERY JUNK MAILER IN THE MIDWEST.
DO NOT SHARE IT. DO NOT RENT IT. DO NOT TRADE IT. AND STOP SENDING ME YOUR OWN JUNK TOO.

Walt Ebersole"""

AGENCY_FWD = """Hi,

I got the e-mail below at my personal address, which I only use for my utility account and family.
It talks about me being an "Alliant Energy customer in Dubuque County". Did Alliant give my e-mail
address or account info to this company? I'd like a straight answer.

Thanks,
Keisha Moore

""" + gmail_fwd("Bright Path Home Solar <offers@brightpathsolar-leads.com>", "2026-05-11 10:02",
                "Keisha, your Alliant bill could be $0", "keisha.moore.dbq@gmail.com",
                "Hi Keisha,\n\nAs an Alliant Energy customer in Dubuque County you may qualify for a $0-down solar\n"
                "system that wipes out your electric bill. Our local team has 3 install slots left this month.\n\n"
                "Book your free roof scan: brightpath-solar.co/scan\n\nTo stop receiving these emails, reply STOP.")

WARRANTY_FWD = """Got this in the mail AND by e-mail, both addressed to me "as a valued Alliant customer".
If PowerHouse or Alliant gave my address to HomeShield, I want that stopped. Do not share my
information with anyone. And I'd like to know whether you did.

Marcus Adeyemi
Marcus Adeyemi | 2207 Grand Ave, Ames IA 50010

""" + apple_fwd("HomeShield Utility Line Protection <service@homeshield-lines.com>", "2026-08-19 08:30",
                "Important notice about your water and sewer lines", "marcus.adeyemi@icloud.com",
                "Dear Marcus Adeyemi,\n\nAs a valued Alliant customer, you are eligible for HomeShield's exterior\n"
                "water line protection for only $6.99 a month. Respond by 09/01 to avoid a gap in coverage.\n\n"
                "Call 1-888-555-0199.")

OOO_SIG = """Please remove me from the PowerHouse Catalog e-mail list. I don't need the weekly deals.

Thank you,
Sandra Oyelowo-Price

Sandra Oyelowo-Price, RN | Unit Coordinator, 4 West
Mercy Medical Center
I work 7p-7a, Wed-Fri. I check email at the start of each shift. If you need a reply sooner, please
call the unit desk at 319-555-0170. My working hours may not be your working hours; please do not feel
obligated to reply outside of yours."""

VACATION = """hi - on vacation in Sarasota til march, saw ur catalog email on my phone. pls stop sending
these, i get way too many. and dont share my address with anyone either, house is empty & i dont want
a pile of catalogs sitting on the porch telling the world nobody's home

thx
bev kowalski
52722

Sent from my iPhone"""

SUSPICIOUS = """Hello,

I received an e-mail today that says it is from Alliant Energy "Disconnection Department". It says my
service will be shut off in 2 hours unless I pay $418.77 through Zelle to a phone number. My bill
is paid as far as I know (account 5508-77123-4). Is this real? If it's a scam who should I report it to?

I didn't click anything.

Harold Jennings
Sun Prairie"""

TELE = """Hi Customer Care,

For the past month I've had two or three calls a week from people who say they are "with the energy
company" and want to talk about lowering my rate or getting solar. One of them knew my address.
How do I get these calls to stop? Are they actually from Alliant or from someone you work with?

I'm on the Do Not Call list already.

Thanks,
Priscilla Ng
(608) 555-0153"""

EXTERNAL = """[EXTERNAL] This email originated from outside the Grant Wood AEA network. Do not click links or
open attachments unless you recognize the sender and know the content is safe.

unsubscribe me from these please. thx

Tomas Lindgren
Facilities Coordinator, Grant Wood AEA

""" + outlook_hdr("Alliant Energy <news@alliant-energy.com>", "2026-05-05 07:00", "Lindgren, Tomas",
                  promo("waterheater")[0], promo("waterheater")[1])

SAMSUNG_UNSUB = """Unsubscribe

""" + "-------- Original message --------\nFrom: PowerHouse Catalog <offers@powerhousecatalog.com>\n" \
      "Date: 7/1/26 9:00 AM (GMT-06:00)\nTo: jbaird1960@mchsi.com\nSubject: " + promo("summer_cat")[0] + "\n\n" \
      + promo("summer_cat")[1]

STOP_OUTAGE = """STOP

""" + iphone_on("2026-07-22 18:05", "Alliant Energy Alerts", "alerts@alliant-energy.com", SERVICE["outage"][1])

PLEASE_STOP = """Please stop.

Ron"""

DELETE = """Hello,

I moved to Tucson in October and closed my gas and electric service at 918 Oak Park Blvd, Cedar Falls,
IA 50613. I'd like you to delete all of my information from all of your systems: account, catalog
orders, e-mail, everything. Please confirm when it's done.

Janet Vollmer
Former account 6100-2290-118"""

COPY = """To whom it may concern,

Under your privacy notice I would like a copy of the personal information Alliant Energy and
PowerHouse Catalog hold about me, including where it came from and which third parties it has
been disclosed to in the last 12 months.

My account number is 44-0871-3392. Mailing address on file: 5 Birchwood Ln, Waverly IA 50677.

Regards,
Amira Haddad"""

OPTIN = """Hi! I think I clicked the wrong thing last year and opted out of the PowerHouse catalog. I miss
it -- I used to order all my Christmas lights from you. Can you put me back on the mailing list?

Address is 33 Prospect St, Mount Vernon IA 52314.

Thanks so much,
Jo Ann Pettit"""

MOM = """Hello,

My mother, Margaret Ruhl, passed away in August. PowerHouse catalogs and Alliant offers are still
arriving at her house in her name and it's hard to see them every time I go over to check on the place.
Please stop sending them.

Thank you,
Karen Ruhl-Dietz"""

HOA = """Dear Alliant Energy,

I am the president of the Prairie Hollow Homeowners Association (84 homes, Hiawatha IA 52233).
At our November meeting several residents complained about the volume of promotional mail from
Alliant and the PowerHouse Catalog. On behalf of the association, please stop promotional mailings
to all addresses in Prairie Hollow and do not share residents' names with other companies.

A list of the street addresses is available on request.

Respectfully,
Gordon Faust
President, Prairie Hollow HOA"""

FORM_RELAY = """New submission from "Contact Us" (alliant-energy.com)

Name: Ines Carvalho
Email: ines.carvalho@protonmail.com
ZIP: 53711
Topic: Privacy

Message:
Do not sell or share my personal information. I still want my bills by e-mail.

--
Sent by FormRelay on behalf of the web form. Replying to this e-mail replies to the person who
submitted the form."""

THANKS = """Thank you!

""" + gmail_on("2026-09-14 10:20", "Alliant Energy Customer Care", CC, ACK.format(ref="R-55310"))

EMAIL_ONLY = """Hi -- can you stop the promotional e-mails? Keep sending the paper PowerHouse catalog,
I actually read that one. Just not the three e-mails a week.

Lorraine"""

HOW_STOP = """Good morning. How do I stop getting the PowerHouse catalog? There's nothing on the back cover
that says how. Is there a form or do I just e-mail you?

Neil Ostrowski"""

HOW_LONG = """Please take me off your promotional e-mail and mailing lists. How long does that take to go
through? I've got a move coming up and I'd like to know whether the next catalog will still show up.

Thanks,
Ravi Shankar
account 2019-44-7760"""

PHISH_FWD = """Is this actually from you?? It looks like your logo but the link goes to some weird address.
Honestly I can't tell your real e-mails from the fake ones anymore, so take me off your promotional
e-mails either way. Account 9921 3347 05 if you need it.

-- Mike Dunleavy

""" + yahoo_fwd("Alliant Energy Billing <billing@alliant-energy-refunds.com>", "2026-03-17 05:55",
                "Refund notification: $184.20 overcharge", "mike_dunleavy@yahoo.com",
                "Dear Valued Customer,\n\nDue to a billing system error you were overcharged $184.20 in the last\n"
                "3 months. To receive your refund, verify your payment details within 24 hours.\n\n"
                "CLAIM MY REFUND")

REALTOR = """Hello PowerHouse,

Please stop mailing the catalog to my home, and please don't share my name or address with any
other company. I get enough mail as it is!

Warmly,
Tiffany Albrecht

Tiffany Albrecht | REALTOR(R)
Skogman Realty | Cedar Rapids, IA
319-555-0181 | tiffanysellsCR.com
Thinking of buying or selling? Call me for a FREE home valuation!
"Your referrals are the greatest compliment!\""""

LEGAL = """Hello,

Please do not rent, sell or exchange my name and address with other catalog companies. I'm happy to
keep receiving the PowerHouse catalog itself.

Thank you,
Hannah Cho
Paralegal
Bradley & Riggs LLP | 222 Third Ave SE, Suite 400 | Cedar Rapids, IA 52401

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the
intended recipient. If you are not the intended recipient, please do not read, distribute or take action
based on this message. If you no longer wish to receive marketing communications from Bradley & Riggs LLP,
reply with UNSUBSCRIBE in the subject line."""

RECEIPT_REQ = """Remove me from all Alliant Energy and PowerHouse marketing mail, postal and e-mail.

I have requested a read receipt so I have a record that this was received.

Frank Delacroix
Acct 7742-1103-55"""

SPECS = [
    P(id="p-hansen", mailbox="powerhousecatalog", client="outlookpc", frm=("Greg Hansen", "greg@hansensbikeski.com"),
      date="2026-04-14 10:17", subject="PowerHouse mailing list", body=HANSEN,
      attach=[dict(ctype="image/png", name="image001.png", data=mime.png(11), inline=True, cid="image001.png@01DCCA1E.5B2F0E40")],
      att_sub="related", labels=["catalog_share_opt_out"], entities={"name": "Greg Hansen", "postal_code": "52101"},
      cat="human:business-owner-noshare",
      note="Shop owner with a promotional company signature and logo; keeps the catalog, does not want the shop's name shared"),
    P(id="p-ferris", mailbox="customercare", client="workspace", frm=("Sweet Lupita's Orders", "orders@sweetlupitas.com"),
      date="2026-09-03 06:41", subject="Please stop promo emails", body=FERRIS, labels=["marketing_opt_out"],
      entities={"name": "Lupe Ferris", "account": "7720 4419 03"}, cat="human:business-owner-stop-email",
      note="Bakery owner writing from a role mailbox with a sales-pitch signature; clear e-mail marketing opt-out, service mail kept; ack to From (no Reply-To)"),
    P(id="p-rant", mailbox="customercare", client="xfinity", frm=("Eleanor Brandt", "ebrandt1951@comcast.net"),
      date="2026-10-09 14:05", subject="JUNK MAIL", body=RANT, labels=["marketing_opt_out"],
      entities={"name": "Eleanor Brandt", "postal_code": "53818"}, cat="human:junk-complaint-optout",
      note="Junk-mail complaint that ends in a clear 'take me off your mailing lists'; venting, no question asked"),
    P(id="p-comeback", mailbox="customercare", client="gmail", frm=("Ted Nakamura", "ted.nakamura@gmail.com"),
      date="2026-11-02 19:48", subject="Promotional mail is back", body=COMEBACK, labels=["marketing_opt_out", "question"],
      entities={"name": "Theodore Nakamura", "account": "3301-558-210"}, cat="human:junk-complaint-optout-question",
      note="Renewed opt-out stated in full (not just 'as before') plus a complaint asking how it happened"),
    P(id="p-selling", mailbox="powerhousecatalog", client="thunderbird", frm=("D. Noris", "dnoris@mchsi.com"),
      date="2026-06-19 22:31", subject="STOP SELLING MY NAME", body=SELLING, labels=["catalog_share_opt_out", "question"],
      entities={"name": "D. Noris", "postal_code": "52245"}, cat="human:angry-selling-data",
      note="Angry 'you are selling my data' accusation: clear do-not-share demand plus a demand to know who got the name"),
    P(id="p-caps", mailbox="powerhousecatalog", client="yahoo", frm=("Walt Ebersole", "waltebersole@aol.com"),
      date="2026-02-02 08:03", subject="MY INFORMATION", body=CAPSRANT, labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Walt Ebersole"}, cat="human:angry-caps-both",
      note="All-caps AOL rant reads like spam but asks not to share AND to stop 'your own junk'"),
    P(id="p-agencyfwd", mailbox="customercare", client="gmail", frm=("Keisha Moore", "keisha.moore.dbq@gmail.com"),
      date="2026-05-11 20:36", subject="Fwd: Keisha, your Alliant bill could be $0", body=AGENCY_FWD, labels=["question"],
      entities={"name": "Keisha Moore"}, cat="human:forwarded-agency-question",
      note="Customer forwards a solar lead-gen mail that names her as our customer and asks whether we gave out her data; the forwarded 'reply STOP' is not hers"),
    P(id="p-warrantyfwd", mailbox="powerhousecatalog", client="applemail", frm=("Marcus Adeyemi", "marcus.adeyemi@icloud.com"),
      date="2026-08-19 21:14", subject="Fwd: Important notice about your water and sewer lines", body=WARRANTY_FWD,
      labels=["catalog_share_opt_out", "question"], entities={"name": "Marcus Adeyemi", "postal_code": "50010"},
      cat="human:forwarded-warranty-noshare", note="Forwarded warranty solicitation; his own text asks not to share and whether we did"),
    P(id="p-oosig", mailbox="powerhousecatalog", client="o365", frm=("Oyelowo-Price, Sandra", "soyelowoprice@mercycare.org"),
      date="2026-03-19 06:52", subject="Remove from email list", body=OOO_SIG, labels=["marketing_opt_out"],
      entities={"name": "Sandra Oyelowo-Price"}, cat="human:ooo-like-signature",
      note="Signature reads like an out-of-office ('I work 7p-7a... my working hours may not be yours'), but the mail is a typed e-mail opt-out"),
    P(id="p-vacation", mailbox="powerhousecatalog", client="iphone", frm=("Bev Kowalski", "bevkow@mchsi.com"),
      smtp_host="smtp.mchsi.com", date="2026-11-21 16:09", subject="Re: Gift ideas that lower the bill, too",
      body=VACATION + "\n\n" + iphone_on("2026-11-20 09:00", "PowerHouse Catalog", "offers@powerhousecatalog.com",
                                         promo("gift_cat")[1]),
      irt=mid("2026-11-20 09:00", "gifts"), labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "bev kowalski", "postal_code": "52722"}, cat="human:vacation-phone-both",
      note="On vacation, typed on a phone under our catalog e-mail ('on vacation til march' is not an auto-reply); stop e-mails and don't share"),
    P(id="p-suspicious", mailbox="customercare", client="outlookcom", frm=("Harold Jennings", "hjennings44@hotmail.com"),
      date="2026-04-02 13:27", subject="Is this e-mail from you?", body=SUSPICIOUS, labels=["question"],
      entities={"name": "Harold Jennings", "account": "5508-77123-4"}, cat="human:suspicious-mail-question",
      note="Question about a disconnection scam claiming to be us; not itself phishing"),
    P(id="p-telemarketing", mailbox="customercare", client="gmail", frm=("Priscilla Ng", "priscilla.ng.mad@gmail.com"),
      date="2026-07-08 12:12", subject="Sales calls", body=TELE, labels=["question"], entities={"name": "Priscilla Ng"},
      cat="human:telemarketing-question",
      note="How to stop telemarketing calls and whether they are ours; phone calls are outside the postal/e-mail opt-out, so a question"),
    P(id="p-external", mailbox="customercare", client="o365", frm=("Lindgren, Tomas", "tlindgren@gwaea.org"),
      date="2026-05-05 08:33", subject="RE: " + promo("waterheater")[0], body=EXTERNAL, irt=mid("2026-05-05 07:00", "whtr"),
      labels=["marketing_opt_out"], entities={"name": "Tomas Lindgren"}, cat="human:gateway-banner-unsubscribe",
      note="Reply under our promotion carrying a mail gateway's [EXTERNAL] banner; the typed 'unsubscribe me' is the request"),
    P(id="p-samsung", mailbox="powerhousecatalog", client="samsung", frm=("jbaird1960@mchsi.com", "jbaird1960@mchsi.com"),
      smtp_host="smtp.mchsi.com", date="2026-07-01 11:40", subject="RE: " + promo("summer_cat")[0], body=SAMSUNG_UNSUB,
      labels=["marketing_opt_out"], cat="human:android-unsubscribe-reply",
      note="One-word 'Unsubscribe' typed on Android above our catalog promotion; no name given"),
    P(id="p-stop-outage", mailbox="customercare", client="iphone", frm=("Luis Ortega", "luisortega77@icloud.com"),
      date="2026-07-22 18:31", subject="Re: " + SERVICE["outage"][0], body=STOP_OUTAGE, irt=mid("2026-07-22 18:05", "outage"),
      unclear=True, cat="human:stop-under-service",
      note="'STOP' under an outage alert (service mail), not under a promotion: unclear"),
    P(id="p-pleasestop", mailbox="powerhousecatalog", client="roundcube", frm=("Ron Tebbe", "rtebbe@netins.net"),
      date="2026-02-16 07:58", subject="", body=PLEASE_STOP, unclear=True, entities={"name": "Ron"},
      cat="human:no-object", note="'Please stop.' with an empty subject and nothing saying of what; unclear even in the catalog mailbox"),
    P(id="p-delete", mailbox="customercare", client="gmail", frm=("Janet Vollmer", "jvollmer.az@gmail.com"),
      date="2026-11-16 15:20", subject="Delete my information", body=DELETE, unclear=True, labels=["question"],
      entities={"name": "Janet Vollmer", "postal_code": "50613", "account": "6100-2290-118"},
      cat="human:deletion-request", note="Request to delete everything: unclear + question per the rulebook"),
    P(id="p-copy", mailbox="customercare", client="outlookcom", frm=("Amira Haddad", "amira.haddad@live.com"),
      date="2026-09-29 11:02", subject="Request for a copy of my personal information", body=COPY, labels=["question"],
      entities={"name": "Amira Haddad", "postal_code": "50677", "account": "44-0871-3392"},
      cat="human:access-request", note="Formal access request worded like a legal letter; a clear question"),
    P(id="p-optin", mailbox="powerhousecatalog", client="yahoo", frm=("Jo Ann Pettit", "joannpettit@yahoo.com"),
      date="2026-10-30 09:44", subject="Put me back on catalog list", body=OPTIN, labels=["question"],
      entities={"name": "Jo Ann Pettit", "postal_code": "52314"}, cat="human:opt-back-in",
      note="Opting back in: a question; the old opt-out she mentions is not a new one"),
    P(id="p-mother", mailbox="powerhousecatalog", client="gmail", frm=("Karen Ruhl-Dietz", "kruhldietz@gmail.com"),
      date="2026-10-05 17:55", subject="Catalogs for my late mother", body=MOM, unclear=True,
      entities={"name": "Margaret Ruhl"}, cat="human:on-behalf-deceased",
      note="Daughter asks to stop mail to her late mother; standing not shown, so unclear; entity is the mother"),
    P(id="p-hoa", mailbox="customercare", client="outlookpc", frm=("Gordon Faust", "president@prairiehollowhoa.org"),
      date="2026-11-20 20:10", subject="Promotional mail to Prairie Hollow residents", body=HOA, unclear=True,
      entities={"postal_code": "52233"}, cat="human:on-behalf-hoa",
      note="HOA president asks for 84 households; no standing for the residents: unclear; no resident is named, so only the ZIP is an entity"),
    P(id="p-formrelay", mailbox="powerhousecatalog", client="ses", frm=("Alliant Web Forms", "no-reply@formrelay.net"),
      reply_to=("Ines Carvalho", "ines.carvalho@protonmail.com"), date="2026-08-08 23:40",
      subject="Contact Us: Privacy", body=FORM_RELAY, fmt="plain", esp_dom="formrelay.net",
      labels=["catalog_share_opt_out"], entities={"name": "Ines Carvalho", "postal_code": "53711"},
      cat="human:webform-relay", note="Web-form relay from a no-reply address (looks like system mail); the person's 'do not sell or share' is real; ack to Reply-To"),
    P(id="p-thanks", mailbox="customercare", client="gmail", frm=("Dolores Meek", "doloresmeek@gmail.com"),
      date="2026-09-14 12:03", subject="Re: Your request has been received", body=THANKS,
      irt="<ack.20260914.R-55310@alliant-energy.com>", ack_to=None, cat="human:thanks-to-ack",
      note="A person thanking us under our acknowledgement: human, nothing to act on, no answer due"),
    P(id="p-emailonly", mailbox="powerhousecatalog", client="iphone", frm=("Lorraine Pickett", "lpickett@icloud.com"),
      date="2026-06-27 21:30", subject="Emails", body=EMAIL_ONLY, labels=["marketing_opt_out"],
      entities={"name": "Lorraine"}, cat="human:email-only-keep-paper",
      note="Stop the e-mails, keep the paper catalog: marketing_opt_out limited to e-mail"),
    P(id="p-howstop", mailbox="powerhousecatalog", client="outlookcom", frm=("Neil Ostrowski", "n.ostrowski@outlook.com"),
      date="2026-03-04 07:25", subject="Catalog", body=HOW_STOP, labels=["question"], entities={"name": "Neil Ostrowski"},
      cat="human:how-to-stop", note="Asks how to stop the catalog without asking to be stopped: question only"),
    P(id="p-howlong", mailbox="customercare", client="thunderbird", frm=("Ravi Shankar", "ravi@shankarfamily.us"),
      date="2026-02-25 20:50", subject="Remove me + timing question", body=HOW_LONG, labels=["marketing_opt_out", "question"],
      entities={"name": "Ravi Shankar", "account": "2019-44-7760"}, cat="human:optout-plus-timing",
      note="Clear opt-out plus a question about how long it takes"),
    P(id="p-phishfwd", mailbox="customercare", client="yahoo", frm=("Mike Dunleavy", "mike_dunleavy@yahoo.com"),
      date="2026-03-17 12:44", subject="Fw: Refund notification: $184.20 overcharge", body=PHISH_FWD,
      labels=["marketing_opt_out", "question"], entities={"name": "Mike Dunleavy", "account": "9921 3347 05"},
      cat="human:forwarded-phish-question-optout",
      note="Forwards a phishing mail that imitates us; asks if it is real and opts out of our promotional e-mail 'either way'"),
    P(id="p-realtor", mailbox="powerhousecatalog", client="gmail", frm=("Tiffany Albrecht", "tiffany@tiffanysellscr.com"),
      date="2026-04-29 13:13", subject="Catalog", body=REALTOR, labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Tiffany Albrecht"}, cat="human:realtor-signature-both",
      note="Realtor whose signature is an advertisement; the request is for her home: stop the catalog and don't share"),
    P(id="p-legal", mailbox="powerhousecatalog", client="o365", frm=("Hannah Cho", "hcho@bradleyriggs.com"),
      date="2026-01-29 12:37", subject="Name exchange opt-out", body=LEGAL, labels=["catalog_share_opt_out"],
      entities={"name": "Hannah Cho", "postal_code": "52401"}, cat="human:legal-footer-noshare",
      note="Personal do-not-share from a law-firm address; the footer's 'reply UNSUBSCRIBE' belongs to the firm, not a request"),
    P(id="p-receipt", mailbox="customercare", client="outlookpc", frm=("Frank Delacroix", "fdelacroix@frontiernet.net"),
      date="2026-05-21 09:09", subject="Marketing removal", body=RECEIPT_REQ,
      hdr=[("Disposition-Notification-To", "Frank Delacroix <fdelacroix@frontiernet.net>"),
           ("Return-Receipt-To", "fdelacroix@frontiernet.net")],
      labels=["marketing_opt_out"], entities={"name": "Frank Delacroix", "account": "7742-1103-55"},
      cat="human:asks-read-receipt", note="Person asking for a read receipt (Disposition-Notification-To); human opt-out, not a receipt itself"),
]
