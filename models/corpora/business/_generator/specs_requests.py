"""Clear requests from organisations and professionals (33)."""
from spec import S, MO, CS, Q

CONF_STD = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
            "the intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
            "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please "
            "contact the sender by reply e-mail and destroy all copies of the original message.")

SPECS = [
S(key="r01-linnpoint", mailbox="cc", cat="mo:property-manager-own-buildings", client="exchange",
  gateway="mimecast", corp="LPP",
  date="2026-03-12 10:41:07 -0500",
  frm=("Rachel Okafor", "rokafor@linnpointproperties.com"),
  subject="Remove Linn Point Properties accounts from promotional mail",
  text=f"""
Good morning,

I manage the commercial buildings owned by Linn Point Properties LLC in Cedar Rapids (the three office buildings on 1st Ave SE and the warehouse on 6th St SW). All of the electric and gas accounts are in the company's name and billed to our office under summary billing account 5517 2209 84.

We would like all of those accounts removed from Alliant Energy promotional mailings and e-mails: rebate flyers, newsletters, program offers and so on. Please keep sending bills, outage and service notices as usual.

Thank you,

Rachel Okafor
Property Manager | Linn Point Properties LLC
222 3rd Ave SE, Suite 400
Cedar Rapids, IA 52401
Office 319-555-0147 | rokafor@linnpointproperties.com

{CONF_STD}
""",
  labels=[MO], entities={"name": "Rachel Okafor", "postal_code": "52401", "account": "5517 2209 84"},
  note="property manager for buildings the company itself owns (clear standing); postal+e-mail promo opt-out, service mail kept; confidentiality footer"),

S(key="r02-schroeder", mailbox="ph", cat="mo+cs:landlord-own-accounts", client="gmail",
  date="2026-05-11 21:17:44 -0500",
  frm=("Dale Schroeder", "dschroeder.rentals@gmail.com"),
  subject="4 units on Grove St - catalogs",
  text="""
Hi,

I own the fourplex at 1815 Grove Street in Dubuque 52001 (units A-D). All four electric accounts are in my name, the tenants don't pay Alliant directly, rent includes utilities. Since your Summer catalog came out each unit has been getting a PowerHouse catalog addressed to "Dale Schroeder or Current Resident" and they end up all over the entry floor.

Please stop mailing catalogs to all four units, and don't share my name or those addresses with any other catalog companies either. My own house can stay on your list, I don't mind one copy there.

Account for the building is 2209-418-7735 if you need it.

Thanks
Dale Schroeder
563-555-0112
""",
  labels=[MO, CS], entities={"name": "Dale Schroeder", "postal_code": "52001", "account": "2209-418-7735"},
  note="landlord whose unit accounts are in his own name (clear standing); stop catalog at the units + no sharing; keeping his home copy narrows scope but the opt-out is still clear"),

S(key="r03-sweetrise", mailbox="cc", cat="mo:small-business", client="gws",
  date="2026-01-22 05:52:10 -0600",
  frm=("Maria Lindqvist", "maria@sweetrisebakery.com"),
  subject="please unsubscribe the bakery",
  text="""
Hello there -

Could you please take Sweet Rise Bakery off your marketing e-mail list? We get 2-3 promo e-mails a week from Alliant about rebates and programs and honestly I don't have time to read them while running the ovens at 4am. The bill notices are fine, keep those coming.

Thank you!!
Maria

--
Maria Lindqvist, Owner
Sweet Rise Bakery
410 Main St, Decorah IA 52101
(563) 555-0188
""",
  labels=[MO], entities={"name": "Maria Lindqvist", "postal_code": "52101"},
  note="small business owner; request phrased as a question ('Could you please take...') is the opt-out itself, not a question"),

S(key="r04-hawkeye-ap", mailbox="cc", cat="mo:ap-mailbox-reply-to", client="m365",
  date="2026-04-21 14:08:51 -0500",
  frm=("Hawkeye Precision Machining - Accounts Payable", "ap@hawkeyeprecision.com"),
  reply_to=("Dana Kruse", "dkruse@hawkeyeprecision.com"),
  subject="Stop promotional emails to ap@hawkeyeprecision.com",
  text="""
To whom it may concern,

This mailbox is used only for vendor invoices and statements. Over the past few months it has been receiving Alliant Energy marketing e-mails (Business Energy Insights, rebate announcements, event invitations). Please remove ap@hawkeyeprecision.com from all promotional e-mail lists. Utility bills for our account 8834 5521 09 should continue to come here.

Please direct any reply to me at dkruse@hawkeyeprecision.com rather than the AP inbox.

Regards,

Dana Kruse
Accounts Payable Supervisor
Hawkeye Precision Machining, Inc.
1450 Industrial Pkwy
Marion, IA 52302
P: 319-555-0133

This message and any attachments are intended solely for the addressee(s) and may contain confidential or proprietary information of Hawkeye Precision Machining, Inc. If you are not the intended recipient, please notify the sender and delete this message.
""",
  labels=[MO], entities={"name": "Dana Kruse", "postal_code": "52302", "account": "8834 5521 09"},
  ack="reply",
  note="shared AP role mailbox in From, named person in Reply-To who asks to be answered there -> ack_to Reply-To; e-mail channel opt-out, bills kept"),

S(key="r05-riverside-dental", mailbox="ph", cat="mo+cs:office-manager", client="m365", plain_cte="base64",
  date="2026-05-19 11:26:03 -0500",
  frm=("Tonya Birkholz", "tbirkholz@riversidefamilydental.com"),
  subject="PowerHouse catalog at our clinic",
  text="""
Hi,

I'm the office manager at Riverside Family Dental in Sun Prairie. For the last year or so we've been getting the PowerHouse Catalog at the clinic, sometimes 2 or 3 copies of the same issue, addressed to the practice. Nobody here orders from it.

Please stop sending the catalog to our office, and please also make sure our practice name and address aren't shared or rented out to other catalog companies. We've been getting a lot of other catalogs lately and I suspect that's where they come from.

Our address is 1120 W Main St, Sun Prairie, WI 53590. The label says "Cust #  PH-7730418".

Thank you,
Tonya Birkholz
Office Manager
Riverside Family Dental, S.C.
608-555-0160
""",
  labels=[MO, CS], entities={"name": "Tonya Birkholz", "postal_code": "53590", "account": "PH-7730418"},
  note="office manager acting for her own practice (clear); stop catalog + no sharing; customer number from the label"),

S(key="r06-prairieridge", mailbox="cc", cat="mo+q:school-district-facilities", client="gws",
  date="2026-02-03 13:44:29 -0600",
  frm=("Greg Hallahan", "ghallahan@prairieridgecsd.org"),
  subject="District accounts - promotional mailings / program contact",
  text="""
Hello,

Prairie Ridge CSD has 14 electric and 11 gas accounts with Alliant (schools, bus barn, admin center). Program mailers and promotional e-mails about them currently go to every building office, and the building secretaries forward them all to me.

1) Please remove all district accounts from promotional mailings and promotional e-mail, postal and electronic.

2) Separately, we are planning LED and HVAC controls upgrades at two elementary buildings in summer 2027. Is there a single account representative or business program contact we should be working with for custom rebates? I would rather talk to one person than get generic flyers.

Our main account is 3301 1875 42 (Administrative Center).

Thanks,
Greg Hallahan
Director of Buildings & Grounds
Prairie Ridge Community School District
2100 Prairie Ridge Dr, Fairfax, IA 52228
319-555-0121

--
This email and any attachments may contain confidential student or employee information protected under FERPA and other applicable laws. If you received this in error, please notify the sender and delete it.
""",
  labels=[MO, Q], entities={"name": "Greg Hallahan", "postal_code": "52228", "account": "3301 1875 42"},
  note="school district facilities office for its own accounts: promo opt-out plus a real question about a program contact"),

S(key="r07-stjohns", mailbox="ph", cat="mo+cs:church-treasurer", client="yahoo",
  date="2026-03-30 09:22:05 -0500",
  frm=("Lois Weddig", "loisweddig@yahoo.com"),
  subject="St. John's Lutheran - catalog",
  text="""
Dear PowerHouse Catalog,

I am the treasurer of St. John's Evangelical Lutheran Church in Beaver Dam. We get your catalog at the church office at 305 S Center St, Beaver Dam WI 53916. The church council asked me to write and request that you remove the church from your mailing list, as we do not order from catalogs and are trying to reduce paper waste.

Also please do not share, sell or rent the church's name and address to any other company.

Thank you kindly,
Lois Weddig, Treasurer
St. John's Ev. Lutheran Church
""",
  labels=[MO, CS], entities={"name": "Lois Weddig", "postal_code": "53916"},
  note="church treasurer writing at the council's direction for the church's own address; both opt-outs"),

S(key="r08-heartland", mailbox="cc", cat="mo+q:farm-coop", client="notes",
  date="2026-02-19 08:35:41 -0600",
  frm=("Wayne Pottebaum", "wpottebaum@heartlandprairiecoop.com"),
  quote={"src": "P_FARM"}, no_irt=True,
  text="""
Please take Heartland Prairie Cooperative off the farm program promotions. We had the on-farm assessment done in 2024 at all three elevator sites and do not need this flyer every month.

Different matter - our Hawkeye Rd grain dryer account (7719 0036 58) had a demand charge on the February bill almost twice last year's. Dryer ran the same hours. Can somebody explain how that was calculated or check the meter?

Wayne Pottebaum
Operations Manager
Heartland Prairie Cooperative
PO Box 118, Hampton, IA 50441
641-555-0139
""",
  labels=[MO, Q], entities={"name": "Wayne Pottebaum", "postal_code": "50441", "account": "7719 0036 58"},
  note="Notes reply to the farm promo (Re: subject, Notes-style unprefixed quote with our ZIP 53718); opt-out plus a billing question"),

S(key="r09-voss-poa", mailbox="ph", cat="mo+cs:caregiver-poa", client="gmail", plain_cte="base64",
  date="2026-05-27 19:03:38 -0500",
  frm=("Karen Voss-Mitchell", "kvossmitchell@gmail.com"),
  subject="Catalogs for Eleanor Voss - power of attorney",
  text="""
Hello,

I hold durable power of attorney (financial and health care) for my mother, Eleanor Voss, who lives at 2604 Kensington Ave, Janesville, WI 53546. She has dementia and I handle all of her mail and accounts now.

She is getting a huge amount of catalog mail, including yours, and she has ordered things she didn't need over the phone. Please stop sending her the PowerHouse Catalog, and do not share or rent her name and address to other catalog companies. I can send a copy of the POA document if you need it.

Thank you for your help with this,
Karen Voss-Mitchell
608-555-0174
""",
  labels=[MO, CS], entities={"name": "Eleanor Voss", "postal_code": "53546"},
  note="caregiver who states she holds power of attorney: standing is clear; entities name the principal, not the writer"),

S(key="r10-brandt-estate", mailbox="cc", cat="mo+cs+q:executor", client="thunderbird",
  transport="isp", date="2026-02-24 20:11:56 -0600",
  frm=("Paul Brandt", "pbrandt@tds.net"),
  subject="Estate of Harold J. Brandt - account and mailings",
  keep=("Harold J. Brandt", "6620 3314 07"),
  text="""
To Alliant Energy Customer Care:

I am the executor of the estate of my father, Harold J. Brandt, who passed away on January 9, 2026. Letters testamentary were issued by the Columbia County circuit court on February 12.

His home at N4410 County Road P, Poynette, WI 53955 is empty and being prepared for sale. Account 6620 3314 07 is in his name.

Please:
- stop all promotional and marketing mail and e-mail addressed to him, including the PowerHouse Catalog,
- do not share or sell his name and address to anyone, and
- tell me what I need to send to transfer the account into the name of the estate until the house is sold. Service needs to stay on (heat) through the sale.

Paul Brandt
Executor, Estate of Harold J. Brandt
1906 Vilas Ave, Madison WI 53711
608-555-0195
""",
  labels=[MO, CS, Q], entities={"name": "Harold J. Brandt", "postal_code": "53955", "account": "6620 3314 07"},
  note="executor with letters testamentary (clear standing); both opt-outs + account transfer question; entities are the deceased's (his ZIP, not the executor's 53711)"),

S(key="r11-albrecht-atty", mailbox="ph", cat="cs+q:attorney-authorized", client="m365",
  date="2026-04-08 15:37:12 -0500",
  frm=("Melissa R. Jandt", "mjandt@jandtkoehlerlaw.com"),
  subject="Do Not Sell / Share Request - Client: Thomas Albrecht",
  attach=[{"name": "Albrecht_Authorization_signed.pdf", "ctype": "application/pdf", "data": "PDF:authorization"}],
  text=f"""
Dear Sir or Madam:

This firm represents Thomas Albrecht, 775 Eastwood Ct, Fond du Lac, WI 54935, in connection with a consumer privacy matter. Mr. Albrecht has signed a written authorization directing us to act on his behalf with respect to his personal information; a copy is attached.

On behalf of Mr. Albrecht, we request that the PowerHouse Catalog and Alliant Energy immediately cease selling, renting, exchanging or otherwise sharing his name, postal address or any other personal information with any third party, including other catalog companies.

We further request that you identify, in writing, each third party to which Mr. Albrecht's name or address was disclosed from January 1, 2024 to the present, and the date of each disclosure. His PowerHouse customer number, from a recent mailing label, is 40-118273.

Please direct your response to the undersigned.

Very truly yours,

Melissa R. Jandt
Attorney at Law
Jandt & Koehler, S.C.
88 S Main St, Suite 210
Fond du Lac, WI 54935
(920) 555-0156

CONFIDENTIALITY NOTICE: This electronic mail transmission and any attachments contain information from the law firm of Jandt & Koehler, S.C. that may be privileged and confidential attorney-client communication or attorney work product. If you are not the intended recipient, be aware that any disclosure, copying, distribution or use of the contents is prohibited. If you have received this transmission in error, please notify us by telephone immediately.
""",
  labels=[CS, Q], entities={"name": "Thomas Albrecht", "postal_code": "54935", "account": "40-118273"},
  note="attorney with a signed client authorization attached: standing shown; do-not-share plus a disclosure-history question; no request to stop the catalog itself"),

S(key="r12-tallman", mailbox="ph", cat="cs:keep-catalog", client="gws",
  date="2026-03-26 07:12:40 -0500",
  frm=("Jeremy Tallman", "jeremy@tallmanelectric.net"),
  quote={"src": "P_PH_SPRING"},
  text="""
We actually like the catalog, we order LED fixtures and dimmers out of it for jobs a few times a year, so keep it coming. But please do NOT rent or exchange our business name and address with other catalog companies. Since last fall we've been buried in catalogs from outfits we never heard of.

Tallman Electric LLC, 580 1st St W, Mount Vernon IA 52314
Customer no. on the label: 0912-4471

Jeremy Tallman
Tallman Electric LLC
Licensed Master Electrician
319-555-0193
""",
  labels=[CS], entities={"name": "Jeremy Tallman", "postal_code": "52314", "account": "0912-4471"},
  note="reply to a catalog promo: wants to keep the catalog, only refuses sharing; quoted footer mentions unsubscribe but is ours"),

S(key="r13-northbrook", mailbox="cc", cat="mo:reply-to-newsletter", client="m365", owa=True,
  date="2026-04-15 08:49:27 -0500",
  frm=("Bryce Halvorsen", "bhalvorsen@northbrookliving.com"),
  quote={"src": "P_BIZ_NEWS", "to_display": "Bryce Halvorsen <bhalvorsen@northbrookliving.com>"},
  text="""
Please unsubscribe me from this newsletter. I get it at this address and at our leasing office address (leasing@northbrookliving.com) so please remove both.

Bryce Halvorsen | Regional Property Manager
Northbrook Living Communities
5001 Northbrook Ln, Madison, WI 53719
D: 608-555-0128
""",
  labels=[MO], entities={"name": "Bryce Halvorsen", "postal_code": "53719"},
  note="OWA reply to the business newsletter; both addresses are the company's own; quoted footer carries our HQ ZIP 53718 which must not be extracted"),

S(key="r14-cedarabstract", mailbox="cc", cat="mo:office-manager-postal", client="exchange",
  gateway="barracuda", corp="CCAT", date="2026-06-09 10:02:18 -0500",
  frm=("Jolene Meier", "jmeier@cedarcoabstract.com"),
  subject="Duplicate promotional mailers",
  text="""
Hello,

Our office receives two copies of almost every Alliant Energy promotional mailer - one addressed to "Cedar County Abstract & Title" and one to "Cedar Co Abstract Title Co". We don't need either. Please remove both versions of our business name from your promotional postal mailings.

Business address: 118 E 5th St, Tipton, IA 52772

Best regards,

Jolene Meier
Office Manager
Cedar County Abstract & Title Co.
Phone 563-555-0109 | Fax 563-555-0110
""",
  labels=[MO], entities={"name": "Jolene Meier", "postal_code": "52772"},
  note="office manager for her own business; postal promo opt-out covering two name variants"),

S(key="r15-castellano", mailbox="cc", cat="mo:short-reply-iphone", client="iphone",
  date="2026-06-02 19:48:10 -0500",
  frm=("Tony Castellano", "tony@castellanosdeli.com"),
  quote={"src": "P_LIGHTING"}, build="23F79",
  text="""
Not interested. Remove

Sent from my iPhone
""",
  labels=[MO], entities={},
  note="two-word reply under a promotion = marketing opt-out; no name in the body (display name only in From)"),

S(key="r16-kettleson", mailbox="ph", cat="mo+cs:auto-shop-owner", client="outlookcom",
  date="2026-05-14 17:30:44 -0500",
  frm=("Duane Kettleson", "duanesautorepair@outlook.com"),
  subject="STOP the catalogs + quit giving out our address",
  text="""
we got 3 PowerHouse catalogs this month at the shop, one to me, one to "Kettleson Auto", one to "Duane's Auto Repair". same address. I don't want any of them. take all 3 off.

and I want to know - no wait, never mind. Just don't give our address to anybody else, we are getting catalogs for kitchen stuff and ladies clothes at a car repair shop which tells me somebody is selling it.

Duane Kettleson
Duane's Auto Repair
812 N Jackson St, Mount Pleasant IA 52641
""",
  labels=[MO, CS], entities={"name": "Duane Kettleson", "postal_code": "52641"},
  note="owner of a small shop; a started-then-withdrawn question is not a question; both opt-outs"),

S(key="r17-ruralharvest", mailbox="ph", cat="cs:nonprofit-keep-catalog", client="m365",
  date="2026-01-28 13:15:09 -0600",
  frm=("Ana Ru\u00edz-Whitaker", "director@ruralharvestpantry.org"),
  subject="Request: do not share our organization's mailing address",
  text="""
Good afternoon,

Rural Harvest Food Pantry has received the PowerHouse Catalog at our warehouse for several years. We do occasionally order items for our facility, so please continue to send it.

However, our board has adopted a privacy policy, and under it we ask vendors not to sell, rent, or exchange our organization's name or mailing address. Please add us to your do-not-share list.

Mailing address: PO Box 402, Platteville, WI 53818
Customer number (from catalog label): 558193

With gratitude,

Ana Ru\u00edz-Whitaker
Executive Director
Rural Harvest Food Pantry
director@ruralharvestpantry.org | 608-555-0143
""",
  labels=[CS], entities={"name": "Ana Ru\u00edz-Whitaker", "postal_code": "53818", "account": "558193"},
  note="nonprofit director keeps the catalog but refuses sharing -> sharing opt-out only; role-style address is her own, no Reply-To"),

S(key="r18-ottensmeier", mailbox="cc", cat="mo:reply-farm-promo-aol", client="aol",
  date="2026-02-18 06:41:20 -0600",
  frm=("Ken Ottensmeier", "kottensmeier@aol.com"),
  quote={"src": "P_FARM"},
  text="""
We are not interested in any more of these farm program mailers. Please stop sending them by email and by mail.
Ottensmeier Dairy LLC
Ken Ottensmeier
2781 Hwy 150, West Union IA 52175
""",
  labels=[MO], entities={"name": "Ken Ottensmeier", "postal_code": "52175"},
  note="farm LLC owner replying to a farm promo in AOL; quoted block has our ZIP 53718"),

S(key="r19-cornbelt", mailbox="cc", cat="mo+q:credit-union-branches", client="exchange",
  gateway="mimecast", corp="CBCU", date="2026-04-28 13:05:52 -0500",
  frm=("Marcus Feld", "mfeld@cornbeltcu.org"),
  subject="Marketing opt-out for all Corn Belt Credit Union branches",
  text=f"""
Hello Alliant team,

Corn Belt Credit Union has nine branch locations in your Iowa territory, each with its own electric account, plus our operations center at 4200 Edgewood Rd NE, Cedar Rapids, IA 52402.

Please opt all of our business accounts out of marketing and promotional communications (mail and e-mail). I don't have all nine account numbers handy - the ops center account is 1142 6690 33 and the others should be tied to the same tax ID.

A question while I have you: can you confirm which of our accounts (if any) are enrolled in a demand response program? Our previous facilities manager left and we don't have records.

Thank you,

Marcus Feld
VP, Facilities & Security
Corn Belt Credit Union
O: 319-555-0116  |  M: 319-555-0117

{CONF_STD}
Federally insured by NCUA.
""",
  labels=[MO, Q], entities={"name": "Marcus Feld", "postal_code": "52402", "account": "1142 6690 33"},
  note="officer of the business for all its branch accounts (clear); opt-out + enrollment question; confidentiality footer"),

S(key="r20-riverbend", mailbox="ph", cat="mo:hotel-gm", client="apple", plain_only=False,
  date="2026-06-16 10:12:44 -0500",
  frm=("Priya Natarajan", "pnatarajan@riverbendlodgewi.com"),
  subject="Catalog delivered to front desk",
  text="""
Hello,

We keep receiving the PowerHouse Catalog at the front desk of the Riverbend Lodge. It is addressed to "Guest Services", which makes me think someone at the hotel once ordered with our address. We're a 60-room hotel and there's no one here who uses it.

Kindly stop sending the catalog to 1340 River Rd, Wisconsin Dells, WI 53965.

Regards,
Priya Natarajan
General Manager, Riverbend Lodge
""",
  labels=[MO], entities={"name": "Priya Natarajan", "postal_code": "53965"},
  note="general manager for her hotel's address; catalog stop only"),

S(key="r21-lutgen-cpa", mailbox="cc", cat="cs:cpa-do-not-sell", client="m365",
  date="2026-03-04 16:20:33 -0600",
  frm=("Steven Lutgen, CPA", "slutgen@lutgencpa.com"),
  subject="Do Not Sell or Share My Information",
  text="""
Please treat this as a request not to sell, rent, exchange or share the name and postal address of my firm (Lutgen & Associates, CPAs) or my own name with any third party, including catalog companies.

This applies to both our office at 227 W Main St, Lancaster, WI 53813 and my residence, which I'd rather not put in an email.

Steven Lutgen, CPA
Lutgen & Associates, CPAs, LLC
227 W Main St | Lancaster, WI 53813
608-555-0131

Circular 230 Disclosure: To ensure compliance with requirements imposed by the IRS, we inform you that any U.S. federal tax advice contained in this communication is not intended or written to be used, and cannot be used, for the purpose of avoiding penalties under the Internal Revenue Code.
""",
  labels=[CS], entities={"name": "Steven Lutgen", "postal_code": "53813"},
  note="sharing opt-out sent to customercare (mailbox is only a hint); name without ', CPA'; tax disclaimer under signature"),

S(key="r22-outlook-unsub", mailbox="cc", cat="mo:outlook-unsubscribe-button", client="m365",
  date="2026-04-14 15:02:09 -0500",
  frm=("Lena Kowalczyk", "lkowalczyk@midwestcoldstorage.com"),
  subject="unsubscribe", to="customercare@alliant-energy.com",
  text="",
  labels=[MO], entities={},
  note="Outlook's Unsubscribe button sent our List-Unsubscribe mailto: empty body, subject 'unsubscribe', no Auto-Submitted -> ack_to From"),

S(key="r23-gmail-unsub", mailbox="ph", cat="mo:gmail-unsubscribe-button", client="gmail_unsub",
  date="2026-05-06 12:44:31 -0500",
  frm=("Beth Amundson", "beth@amundsonfloral.com"),
  subject="unsubscribe",
  text="This message was automatically generated by Gmail.",
  labels=[MO], entities={},
  note="Gmail (Workspace) unsubscribe from the catalog e-mail: human opt-out although the body says it was automatically generated; no Auto-Submitted -> ack From; never a sharing opt-out"),

S(key="r24-inboxpilot", mailbox="cc", cat="mo:inbox-cleaner-auto-submitted", client="bulk",
  transport="gws", date="2026-06-03 03:14:07 -0500",
  frm=("Rob Koenig", "rob@koenigplumbing.com"),
  subject="unsubscribe", mid="<ip-unsub.7f1d0c2e94ab@koenigplumbing.com>",
  order=["MIME-Version", "From", "Date", "Message-ID", "Subject", "To"],
  post=["Auto-Submitted: auto-generated", "X-Mailer: InboxPilot Unsubscriber 4.2",
        "X-InboxPilot-Action: list-unsubscribe-mailto"],
  layout="plain", text_cte="7bit",
  text="""
unsubscribe

--
Sent by InboxPilot on behalf of rob@koenigplumbing.com
""",
  labels=[MO], entities={}, ack=None,
  note="inbox-cleaning service unsubscribing a business owner via our List-Unsubscribe mailto; human intent -> MO, but Auto-Submitted present -> ack_to null"),

S(key="r25-studio319", mailbox="cc", cat="mo+cs:salon-fragments", client="gmail",
  date="2026-05-21 22:36:15 -0500",
  frm=("Shawna Deprez", "shairstudio319@gmail.com"),
  subject="",
  text="""
stop the mailers!! both the alliant ones and the powerhouse catalog. we are a hair salon not a hardware store lol

and dont give our address out to other companies either, we get junk from everywhere

Shawna
Studio 319 Salon
""",
  labels=[MO, CS], entities={"name": "Shawna"},
  note="fragmented owner message; first name alone is a name entity per LABELS.md; both opt-outs"),

S(key="r26-heritage-ins", mailbox="cc", cat="mo:insurance-agency-html", client="m365",
  inline_logo=True, date="2026-01-13 09:58:02 -0600",
  frm=("Craig Vanderploeg", "cvanderploeg@heritageinsgroup.com"),
  subject="Remove from marketing emails",
  sig_html='<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in" id="Picture_x0020_1" src="cid:image001.png" alt="Heritage Insurance Group"><o:p></o:p></p>',
  text="""
Hi -

Please remove cvanderploeg@heritageinsgroup.com and our general inbox info@heritageinsgroup.com from your marketing e-mail list. We're an insurance agency; we get the business newsletter at both addresses and we're not the ones making energy decisions for our building (the landlord handles that).

Thanks much,
Craig

Craig Vanderploeg, CIC
Agency Principal | Heritage Insurance Group
815 4th Ave, Grinnell, IA 50112
P 641-555-0104

Heritage Insurance Group is an independent insurance agency. Coverage cannot be bound, changed or cancelled by e-mail or voicemail. Please call our office to confirm any change.
""",
  labels=[MO], entities={"name": "Craig Vanderploeg", "postal_code": "50112"},
  note="HTML-heavy Outlook message with inline logo (multipart/related); both addresses belong to the agency; name without ', CIC'"),

S(key="r27-prairiegold", mailbox="ph", cat="cs:grain-elevator-notes", client="notes",
  date="2026-06-23 14:27:19 -0500",
  frm=("Darlene Uthe", "duthe@prairiegoldgrain.com"),
  subject="Name sharing",
  notes_mailer="IBM Notes Release 9.0.1FP10 SHF383 April 23, 2019",
  notes_rel="Release 9.0.1FP10 SHF383|April 23, 2019",
  text="""
To PowerHouse Catalog,

We received a letter from a farm supply catalog company saying they obtained our name "from a list of PowerHouse Catalog customers". Please remove Prairie Gold Grain Co. from any list you share, rent or exchange with other companies. We don't object to receiving your catalog.

Our customer number is 7704516.

Darlene Uthe
Bookkeeper
Prairie Gold Grain Co.
101 Elevator Rd, Independence, IA 50644
319-555-0152
""",
  labels=[CS], entities={"name": "Darlene Uthe", "postal_code": "50644", "account": "7704516"},
  note="bookkeeper for her own company; 'remove from any list you share' = sharing opt-out only, catalog explicitly kept"),

S(key="r28-hopecommunity", mailbox="ph", cat="cs+q:church-pastor", client="gmail",
  date="2026-05-29 15:55:47 -0500",
  frm=("Pastor Jim Oyler", "pastorjim.oyler@gmail.com"),
  subject="Who has our church's address?",
  text="""
Hello,

Our church (Hope Community Church, 600 Maple Ave, Portage, WI 53901) has been getting a flood of catalogs since we ordered two LED exit signs from PowerHouse last fall.

Two things:
First, please don't share our church's name or address with anyone else from now on.
Second, can you tell me which companies you already gave it to? I'd like to contact them directly.

Blessings,
Pastor Jim Oyler
Hope Community Church
608-555-0178
""",
  labels=[CS, Q], entities={"name": "Jim Oyler", "postal_code": "53901"},
  note="pastor for his own church; do-not-share + asks which companies got the address; title 'Pastor' stripped from the name"),

S(key="r29-brueggeman", mailbox="cc", cat="mo+q:fleet-manager", client="m365",
  date="2026-06-05 07:31:26 -0500",
  frm=("Nate Brueggeman", "nbrueggeman@brueggemantrucking.com"),
  subject="EV charger emails",
  text="""
Hi,

Can you stop the EV charger and "fleet electrification" promos? We run diesel tractors and that isn't changing for a while. Three or four of these a month is too many.

Question though: we do have an electric account for our shop at 3100 Commerce Dr, Beloit WI 53511 (acct 0556-3391-12) that's now on a different rate than last year. Did something change with the general service rates? Nobody told us.

Nate Brueggeman
Fleet & Facilities Manager
Brueggeman Trucking Inc.
608-555-0163
""",
  labels=[MO, Q], entities={"name": "Nate Brueggeman", "postal_code": "53511", "account": "0556-3391-12"},
  note="question-form opt-out plus a separate rate question -> both labels"),

S(key="r30-lenz", mailbox="ph", cat="mo+cs:property-company-own-buildings", client="gws",
  date="2026-05-08 11:19:02 -0500",
  frm=("Heather Lenz", "hlenz@lenzcommercial.com"),
  subject="Catalog mail at our buildings",
  text="""
Hello,

Lenz Commercial Realty owns the two office buildings at 2501 and 2525 Kennedy Rd in Janesville (WI 53545). Both buildings' common-area accounts and our own office account are in the company's name, and the PowerHouse Catalog keeps arriving at each lobby addressed to "Lenz Commercial Realty".

Please:
\u2022 stop the catalog at both addresses
\u2022 do not pass our company name or these addresses on to other catalog companies

The individual tenants' suites are their own business and I'm not asking anything for them.

Heather Lenz
Director of Property Operations
Lenz Commercial Realty, LLC
o. 608-555-0190
""",
  labels=[MO, CS], entities={"name": "Heather Lenz", "postal_code": "53545"},
  note="owner company's own accounts (clear) and she explicitly excludes the tenants; both opt-outs; UTF-8 bullets"),

S(key="r31-oakprairie", mailbox="cc", cat="mo:village-clerk", client="exchange",
  corp="VOP", charset="windows-1252", date="2026-02-10 08:55:30 -0600",
  frm=("Renee Statz", "clerk@villageofoakprairie.gov"),
  subject="Promotional mail to Village facilities",
  text="""
Good morning,

The Village of Oak Prairie has electric accounts for the Village Hall, the wastewater treatment plant, two lift stations and the street lighting. Please remove the Village from all promotional and marketing mail and e-mail. These mailings come to the Village Hall and have to be logged as received correspondence, which takes staff time.

Billing and outage communications should continue.

Renee Statz
Village Clerk-Treasurer
Village of Oak Prairie
W2210 Main St, Oak Prairie, WI 53956
920-555-0105

NOTICE: This e-mail and any attachments may be subject to disclosure under Wisconsin\u2019s Public Records Law (Wis. Stat. \u00a7\u00a7 19.31-19.39).
""",
  labels=[MO], entities={"name": "Renee Statz", "postal_code": "53956"},
  note="municipal clerk for the village's own accounts; role address (clerk@) with no Reply-To stays ack_to; windows-1252 QP with public-records footer"),

S(key="r32-kessler", mailbox="cc", cat="mo:plant-residential-flyers", client="exchange",
  corp="KMP", date="2026-06-04 12:40:03 -0500",
  frm=("Luis Ocampo", "luis.ocampo@kesslermolded.com"),
  subject="Residential flyers arriving at an industrial plant",
  text="""
Hi,

This may be a data problem on your end. Our plant at 600 Kessler Way, Waverly IA 50677 keeps receiving residential promotional flyers (smart thermostat rebates, appliance recycling, etc.) addressed to "Plant Manager". We're a 200-employee injection molding plant on an industrial rate.

Please remove this address from all promotional mailings. If the business program people need to reach us, I'm the contact.

Luis Ocampo
Energy & Facilities Engineer
Kessler Molded Products, Inc.
T 319-555-0187
""",
  labels=[MO], entities={"name": "Luis Ocampo", "postal_code": "50677"},
  note="engineer for his own plant's address; the 'data problem' remark is not a question; postal promo opt-out"),

S(key="r33-lantern", mailbox="ph", cat="cs:reply-to-catalog-promo", client="gws", nnbsp=True,
  date="2026-03-25 16:48:22 -0500",
  frm=("Colleen Hartwig", "colleen@thelantern-shop.com"),
  quote={"src": "P_PH_SPRING"},
  text="""
Hi PowerHouse folks,

Love the clearance prices, I already ordered the under-cabinet lights for the shop. One thing: I read the little print at the bottom of your emails about sharing names with other catalog companies. Please don't share mine or the shop's. Thanks!

Colleen Hartwig
The Lantern Gift Shop \u00b7 114 Water St \u00b7 Baraboo WI 53913
""",
  labels=[CS], entities={"name": "Colleen Hartwig", "postal_code": "53913"},
  note="happy catalog customer: sharing opt-out only, she keeps e-mails and catalog; reply quotes our footer"),
]
