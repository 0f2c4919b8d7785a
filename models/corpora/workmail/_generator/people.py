"""People writing from work: the spec of every human message.

Each P(...) call records one message. Keys:
  dt, box ('cc'|'ph'), frm (name, address), subject, text (the sender's new text incl. signature),
  prov (sending system), client (mail program), quote (our mail answered/forwarded), and the labels:
  lab=dict(labels, unclear, entities, note, ack) where ack is 'from', 'reply_to', None or an address,
  idx=(spec, category, answers, language).
"""
from mailkit import D

PEOPLE = []

DISC_STD = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
            "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure "
            "or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail "
            "and destroy all copies of the original message.")

BANNER_MC = ("CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
             "unless you recognize the sender and know the content is safe.")
BANNER_PP = "[EXTERNAL EMAIL] This message came from outside Heartland Mutual. Use caution with links and attachments."
BANNER_FIRST = ("You don't often get email from %s. Learn why this is important<https://aka.ms/LearnAboutSenderIdentification>")
BANNER_ES = ("PRECAUCIÓN: Este correo se originó fuera de la organización. No haga clic en enlaces ni abra archivos "
             "adjuntos a menos que reconozca al remitente.")


def P(**kw):
    kw["kind"] = "person"
    kw["dt"] = D(kw["dt"])
    lab = kw["lab"]
    lab.setdefault("unclear", False)
    lab.setdefault("entities", {})
    lab.setdefault("ack", "from")
    PEOPLE.append(kw)


def L(labels=(), note="", entities=None, unclear=False, ack="from"):
    return dict(labels=list(labels), note=note, entities=entities or {}, unclear=unclear, ack=ack)


MO = "marketing_opt_out"
CS = "catalog_share_opt_out"
Q = "question"

# ------------------------------------------------------------------------------------------------ January 20

P(dt="2026-01-20 08:12:33", box="cc", frm=("Jason Whitmore", "jwhitmore@kinnickse.com"),
  subject="Remove from marketing - home account", prov="m365", client="outlook_win", charset="us-ascii",
  text="""Hello,

Please remove me from your promotional e-mail and postal mailing lists. I'm writing from work because I don't check my personal e-mail much. The account is in my name at home: 1418 Oakland Rd NE, Cedar Rapids, IA 52402.

Thanks,

Jason Whitmore, P.E.
Senior Project Manager
Kinnick Structural Engineers
425 2nd St SE, Suite 600 | Cedar Rapids, IA 52401
O: 319.555.0142 | M: 319.555.0187 | F: 319.555.0143
www.kinnickse.com

""" + DISC_STD,
  lab=L([MO], "home-account opt-out from an employer address; the signature ZIP 52401 is the office's, the home ZIP 52402 is given in the text; name without 'P.E.'",
        {"name": "Jason Whitmore", "postal_code": "52402"}),
  idx=("home-optout-from-work-signature", "marketing opt-out", "-", "en"))

P(dt="2026-01-20 11:05:02", box="ph", frm=("Denise Hartwig", "office@prairielakesdental.com"),
  subject="Please do not share our practice's information", prov="m365", client="outlook_win",
  text="""Good morning,

Our office orders break-room and exam-room LED bulbs from the PowerHouse Catalog and we're happy with it, so please keep sending the catalog. What we do NOT want is our practice's name and address given, rented or sold to other catalog companies. Since last fall we get three or four catalogs a week from outfits we've never heard of.

The mailing label says Customer # PH-0048812.

Thank you,
Denise Hartwig
Office Manager
Prairie Lakes Family Dental
1102 W Bremer Ave | Waverly, IA 50677
Phone 319-555-0116 | Fax 319-555-0117

This message may contain protected health information. If you received it in error, please notify the sender and delete it.""",
  lab=L([CS], "office manager for the practice (the business is the catalog customer): keeps the catalog, refuses sharing; business ZIP from the signature; account as written on the label",
        {"name": "Denise Hartwig", "postal_code": "50677", "account": "PH-0048812"}),
  idx=("office-keep-catalog-no-sharing", "catalog-sharing opt-out", "-", "en"))

# ------------------------------------------------------------------------------------------------ January 21

P(dt="2026-01-21 07:55:18", box="cc", frm=("Mark Drees", "mdrees@midwestfreightlines.com"),
  subject="Heat pump mailers", prov="m365", client="outlook_ios",
  text="""Stop the paper mailers about the heat pump rebates please. We get one every week at the house. Thx

-Mark

Get Outlook for iOS<https://aka.ms/o0ukef>""",
  lab=L([MO], "promotional postal mail named (rebate mailers); first name only in the sign-off counts as the name",
        {"name": "Mark"}),
  idx=("stop-rebate-mailers-phone", "marketing opt-out", "-", "en"))

P(dt="2026-01-21 13:14:40", box="ph", frm=("Lindqvist, Karen", "klindqvist@heartlandmutual-ins.com"),
  subject="RE: [EXTERNAL] Winter Clearance: up to 40% off LED fixtures", prov="m365+proofpoint", client="outlook_win",
  quote=dict(key="winter", style="outlook", gateway="urldefense", tag="[EXTERNAL] ", banner=BANNER_PP,
             to="Lindqvist, Karen <klindqvist@heartlandmutual-ins.com>"),
  text="""Please unsubscribe this address. I signed up with my work e-mail by mistake when I ordered a space heater last year.

Karen Lindqvist | Benefits Specialist
Heartland Mutual Insurance
3700 First Ave NE, Cedar Rapids, IA 52402
Direct 319.555.0131 | Main 319.555.0100""",
  lab=L([MO], "reply under the catalog e-mail: 'unsubscribe this address'; [EXTERNAL] tag, Proofpoint banner and urldefense links and our footer's 53718 are quoted; the signature ZIP is the employer's, not hers",
        {"name": "Karen Lindqvist"}),
  idx=("reply-winter-unsubscribe-work-address", "marketing opt-out", "winter", "en"))

P(dt="2026-01-21 15:48:09", box="cc", frm=("Tri-County Auto & Tire", "tricountyautotire@gmail.com"),
  subject="commercial rate letter", prov="gmail", client="gmail",
  text="""Hi

We got a letter in the mail that says commercial rates are changing April 1. Does that apply to a small shop like ours or only to the bigger plants? We're on account 4410 2298 731. If our bill is going up I need to know for the budget.

Thanks
Rick Ostrander
Owner, Tri-County Auto & Tire
208 E Main St, Manchester IA 52057
563-555-0158""",
  lab=L([Q], "small-business owner asks about a rate change on the business account; billing question only",
        {"name": "Rick Ostrander", "postal_code": "52057", "account": "4410 2298 731"}),
  idx=("shop-owner-rate-question", "question", "-", "en"))

# ------------------------------------------------------------------------------------------------ January 22

P(dt="2026-01-22 09:02:51", box="cc", frm=("Monica Ferrante", "mferrante@cedarbridgecapital.com"),
  subject="Marketing mail - Gregory Vance residence", prov="m365+mimecast", client="outlook_win",
  text="""Good morning,

I'm writing on behalf of Mr. Gregory Vance, our Chief Financial Officer. He has asked me to have his home removed from your marketing mailing list. The address is 2810 Boyson Rd, Marion, IA 52302.

Please let me know if you need anything further from me.

Kind regards,

Monica Ferrante
Executive Assistant to the CFO
Cedar Bridge Capital Partners
O 319-555-0121 | M 319-555-0176
mferrante@cedarbridgecapital.com

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Cedar Bridge Capital Partners does not accept liability for any errors or omissions in the contents of this message.""",
  lab=L([], "an executive assistant asks for her boss's HOME account; she is not the account holder and her standing is not shown: unclear; the name is the person the request is for, without 'Mr.'",
        {"name": "Gregory Vance", "postal_code": "52302"}, unclear=True),
  idx=("assistant-for-boss-home", "unclear", "-", "en"))

P(dt="2026-01-22 11:37:25", box="ph", frm=("Lorraine Bauer", "petalandstem.jville@yahoo.com"),
  subject="Catalog", prov="yahoo", client="yahoo", html_only=True,
  text="""Hello, this is Lorraine at Petal & Stem Florist on Milwaukee St.

Please take us off the PowerHouse catalog mailing, we don't have room to keep catalogs at the counter. And please don't pass our shop's name along to any other catalog companies either.

Our customer number on the back is Cust No. 7731-0920.

Lorraine Bauer
Petal & Stem Florist
22 W Milwaukee St, Janesville WI 53545
(608) 555-0164""",
  lab=L([MO, CS], "shop owner: stop the catalog and don't pass the name on; HTML-only Yahoo mail",
        {"name": "Lorraine Bauer", "postal_code": "53545", "account": "7731-0920"}),
  idx=("florist-stop-catalog-and-sharing", "both opt-outs", "-", "en"))

P(dt="2026-01-22 16:22:47", box="cc", frm=("Priya Raman", "praman@mercyvalleyhealth.org"),
  subject="Why am I getting marketing at my work email?", prov="m365+mimecast", client="outlook_win",
  text="""Hello,

I have been receiving Alliant Energy promotional e-mails (the home energy assessment, the smart thermostat offer) at my work address. I never gave you this address; my home account is set up under my personal e-mail.

Please remove me from all marketing, and please tell me how this address ended up in your system. Was it provided by a third party?

Thank you,

Priya Raman, MSN, RN
Director, Clinical Informatics
Mercy Valley Health
Office: 563.555.0148 | Cell: 563.555.0190 | Pager: 563.555.0149

CONFIDENTIALITY NOTICE: This message and any attachments may contain protected health information (PHI) under HIPAA. If you are not the intended recipient, you are hereby notified that any review, dissemination or copying is strictly prohibited. Please notify the sender immediately and destroy this message.""",
  lab=L([MO, Q], "opt-out plus a real question (how did you get this address, third party?); credentials after the name dropped",
        {"name": "Priya Raman"}),
  idx=("work-address-how-did-you-get-it", "opt-out + question", "-", "en"))

# ------------------------------------------------------------------------------------------------ January 23

P(dt="2026-01-23 08:48:12", box="cc", frm=("Jason Whitmore", "jwhitmore@kinnickse.com"),
  subject="RE: We received your request [CC-2026-01-00412]", prov="m365", client="outlook_win", charset="us-ascii",
  quote=dict(key="ack_whitmore", style="outlook", to="Jason Whitmore <jwhitmore@kinnickse.com>"),
  text="""Thanks, appreciate the quick response.

Jason Whitmore, P.E.
Senior Project Manager
Kinnick Structural Engineers
O: 319.555.0142 | M: 319.555.0187""",
  lab=L([], "thank-you under our acknowledgement; asks for nothing, so no acknowledgement is due", {"name": "Jason Whitmore"}, ack=None),
  idx=("thanks-under-ack", "no action", "ack_whitmore", "en"))

P(dt="2026-01-23 13:30:44", box="ph", frm=("Shannon Kiefer", "skiefer@hollisbrandt.com"),
  subject="Catalog mailing list - Hollis & Brandt LLP", prov="onprem+proofpoint", client="outlook_win",
  text="""To whom it may concern:

Please remove Hollis & Brandt LLP from the PowerHouse Catalog mailing list. We currently receive four copies of each catalog, each addressed to a different attorney at this address, and the firm no longer orders from it.

Thank you for your attention to this.

Shannon Kiefer
Office Manager
Hollis & Brandt LLP
700 Locust Street, Suite 400
Dubuque, Iowa 52001
Tel 563.555.0125 | Fax 563.555.0126

*****************************************************************
This communication is from a law firm and may contain information that is privileged, confidential and exempt from disclosure under applicable law. If you are not the intended recipient, do not read, disseminate, distribute or copy this communication; please notify us immediately by return e-mail and delete it. Nothing in this message is intended to create an attorney-client relationship.
*****************************************************************""",
  lab=L([MO], "office manager stops the catalog for the firm (the firm's own address and mail); 'do not disseminate, distribute or copy' in the legal footer is boilerplate, not a sharing request",
        {"name": "Shannon Kiefer", "postal_code": "52001"}),
  idx=("law-office-stop-four-catalogs", "marketing opt-out", "-", "en"))

P(dt="2026-01-23 15:02:36", box="cc", frm=("Supermercado La Guadalupana", "laguadalupana.mtown@gmail.com"),
  subject="Ya no queremos promociones", prov="gmail", client="gmail",
  text="""Buenas tardes,

Les escribo de la tienda Supermercado La Guadalupana. Ya no queremos recibir las promociones de Alliant, ni las cartas en papel ni los correos electrónicos. Solamente queremos la factura.

La cuenta del negocio es 3390-1172-55.

Gracias,
Maricela Ortiz
Gerente
Supermercado La Guadalupana
14 S 1st Ave, Marshalltown, IA 50158
641-555-0139""",
  lab=L([MO], "Spanish: the store's manager stops paper and e-mail promotions, keeps the bill",
        {"name": "Maricela Ortiz", "postal_code": "50158", "account": "3390-1172-55"}),
  idx=("tienda-sin-promociones", "marketing opt-out", "-", "es"))

# ------------------------------------------------------------------------------------------------ January 26

P(dt="2026-01-26 09:20:05", box="cc", frm=("Dale Ridgeway", "dale@ridgewaymachine.com"),
  subject="Stop advertising mail / new billing address", prov="isp", client="outlook_smtp", charset="us-ascii",
  isp_host="smtp.tdsmail.example.net",
  text="""Two things for Ridgeway Machine & Tool, Acct 55-20417-3:

1. Please stop all the promotional mailings to the shop. Postcards, flyers, the LED rebate stuff, all of it. We throw it out.

2. Our bills are still going to the old Main Street address. Please send them to PO Box 118, Monroe WI 53566 from now on.

Dale Ridgeway
Owner
Ridgeway Machine & Tool
Shop (608) 555-0171
Cell (608) 555-0172""",
  lab=L([MO, Q], "business owner: stop promotions (marketing) plus a change of billing address (question); ZIP is the new mailing address",
        {"name": "Dale Ridgeway", "postal_code": "53566", "account": "55-20417-3"}),
  idx=("machine-shop-stop-promos-new-address", "opt-out + question", "-", "en"))

P(dt="2026-01-26 11:45:30", box="cc", frm=("Amanda Frey", "afrey@lakeviewlogistics.com"),
  subject="RE: [EXT] Your Alliant Energy bill is ready", prov="m365+proofpoint", client="outlook_win",
  quote=dict(key="bill_0126", style="outlook", gateway="urldefense", tag="[EXT] ", to="Amanda Frey <afrey@lakeviewlogistics.com>"),
  text="""Please remove.

Amanda Frey
Payroll Coordinator | Lakeview Logistics
P: 563-555-0152""",
  lab=L([], "'Please remove' under a bill notice (a service message): remove what - the e-mail address from billing, the notices, marketing? unclear",
        {"name": "Amanda Frey"}, unclear=True),
  idx=("remove-under-bill-notice", "unclear", "bill_0126", "en"))

P(dt="2026-01-26 14:10:57", box="ph", frm=("Natalie Sorensen", "natalie@stillwateryogasp.com"),
  subject="Please don't sell our info", prov="gws", client="gmail",
  text="""Hi PowerHouse team,

We buy our studio lighting and a few smart plugs from you and I'm happy to keep getting the catalog. Please just make sure you don't sell, rent or exchange our business name or address with any other company. Our customer number is PHC 00917735.

Namaste,
Natalie Sorensen
Owner | Stillwater Yoga
1295 W Main St, Sun Prairie, WI 53590
608.555.0183""",
  lab=L([CS], "keeps the catalog, refuses sale/rental/exchange: sharing opt-out only",
        {"name": "Natalie Sorensen", "postal_code": "53590", "account": "PHC 00917735"}),
  idx=("studio-no-sale-keep-catalog", "catalog-sharing opt-out", "-", "en"))

# ------------------------------------------------------------------------------------------------ January 27

P(dt="2026-01-27 07:30:14", box="cc", frm=("Tom Kessler", "tkessler@unitedfarmcoop.com"),
  subject="Autopay?", prov="m365", client="outlook_ios",
  text="""Got a late notice at home but I'm on autopay. Can you check if the January payment went through? Acct 8812 334 091.

Thanks, Tom Kessler

Get Outlook for iOS<https://aka.ms/o0ukef>""",
  lab=L([Q], "billing question from a work phone about the home account",
        {"name": "Tom Kessler", "account": "8812 334 091"}),
  idx=("autopay-late-notice", "question", "-", "en"))

P(dt="2026-01-27 09:55:38", box="cc", frm=("Brent Hollister", "bhollister@greatplainsag.com"),
  subject="Mail", prov="m365", client="outlook_win",
  text="""Please stop sending these.

Brent Hollister
Regional Sales Manager - Eastern Iowa
Great Plains Ag Supply
M: 515-555-0196 | O: 515-555-0110""",
  lab=L([], "new message, no quote: 'stop sending these' with nothing that says what (bills? catalogs? alerts?): unclear",
        {"name": "Brent Hollister"}, unclear=True),
  idx=("stop-these-no-object", "unclear", "-", "en"))

P(dt="2026-01-27 11:20:03", box="ph", frm=("Jenna Mills", "jmills@lakesidepediatricsfdl.com"),
  subject="Remove Lakeside Pediatrics from catalog list", prov="m365", client="owa",
  text="""Hello,

I handle purchasing for Lakeside Pediatrics. The PowerHouse catalogs come to the clinic addressed to Dr. Anil Patel, our founding physician. He asked me to have the practice taken off the catalog mailing list; if we need anything we'll order online.

Clinic address: 480 E Division St, Fond du Lac, WI 54935

Thank you,
Jenna Mills
Purchasing & Facilities
Lakeside Pediatrics
920-555-0114 ext. 220""",
  lab=L([MO], "staff member with purchasing duties stops the catalog for the practice (business mail at the business address): standing is the practice's; name is the addressee the request is for, without 'Dr.'",
        {"name": "Anil Patel", "postal_code": "54935"}),
  idx=("purchasing-for-practice-stop-catalog", "marketing opt-out", "-", "en"))

P(dt="2026-01-27 13:50:21", box="cc", frm=("Leah Okafor", "lokafor@brightlinecu.org"),
  subject="Vendor due diligence - Alliant Energy privacy practices", prov="m365+mimecast", client="outlook_win",
  text="""Hello,

Brightline Credit Union has commercial electric service with Alliant Energy at our branch locations. As part of our annual vendor due-diligence review I need to document how our contact and account information is handled.

Could you please:
1. Confirm whether Alliant Energy shares customer contact data with affiliates or with unaffiliated third parties, and for what purposes; and
2. Send a copy (or link) of the current privacy policy that applies to commercial accounts?

Thank you in advance.

Leah Okafor, CRCM
Compliance Officer
Brightline Credit Union
201 N Church St | Watertown, WI 53094
Direct: 920.555.0138 | Main: 920.555.0100

Brightline Credit Union will never ask for your password or account number by e-mail.
This e-mail may contain confidential information. If you are not the intended recipient, please delete it.""",
  lab=L([Q], "compliance officer asks about sharing practices and asks for the policy: a privacy-policy question, not a sharing opt-out",
        {"name": "Leah Okafor", "postal_code": "53094"}),
  idx=("credit-union-due-diligence", "question", "-", "en"))

P(dt="2026-01-27 15:15:49", box="cc", frm=("Kevin Brandt", "kbrandt@hawkeyeplumbing.com"),
  to="customercare@alliant-energy.com", subject="Alliant invoice - need PO#", prov="m365", client="outlook_win",
  text="""Sue -

Can you forward me the Alliant statement for the Hiawatha shop? I'll get the PO entered before Friday so AP can cut the check.

Thx,
K

Kevin Brandt
Operations Manager | Hawkeye Plumbing & Heating
319.555.0161""",
  lab=L([], "internal note meant for a colleague ('Sue -'); the address autocompleted to our mailbox. Nothing asked of us, no acknowledgement (a recall follows)",
        {"name": "Kevin Brandt"}, ack=None),
  idx=("misdirected-internal-note", "no action", "-", "en"))

# ------------------------------------------------------------------------------------------------ January 28

P(dt="2026-01-28 08:10:06", box="ph", frm=("Shapiro, Dana", "dshapiro@northstarinsure.com"),
  subject="unsubscribe", prov="m365", client="owa",
  text="""""",
  lab=L([MO], "new Outlook's Unsubscribe button sent a mail to the catalog e-mail's List-Unsubscribe mailto (subject 'unsubscribe', empty body); no Auto-Submitted, so it is acknowledged"),
  idx=("outlook-unsubscribe-button-winter", "software unsubscribe", "winter", "en"))

P(dt="2026-01-28 09:45:11", box="cc", frm=("Rosa Elvia Méndez", "rmendez@iowapremiumpork.com"),
  subject="Correos de promociones", prov="m365", client="samsung", cte="base64", hcte="base64",
  text="""Hola buenos días

Por favor ya no me manden correos de promociones a este correo del trabajo ni cartas a mi casa. Nomás quiero recibir mi factura.

Gracias
Rosa Elvia Méndez

Enviado desde mi Galaxy""",
  lab=L([MO], "Spanish, work phone: no promotional e-mail to the work address and no promotional letters at home; the bill stays",
        {"name": "Rosa Elvia Méndez"}),
  idx=("sin-promociones-trabajo-y-casa", "marketing opt-out", "-", "es"))

P(dt="2026-01-28 11:30:59", box="cc", frm=("Heather Lund", "director@littleacornsdecorah.org"),
  subject="Paperless billing for the center", prov="gws", client="gmail",
  text="""Hello,

Can Little Acorns Learning Center switch to paperless billing? We'd like the bill e-mailed to billing@littleacornsdecorah.org with a copy to me at this address. Account 3301 0457 22.

Also, is there a discount program for nonprofit childcare centers?

Thank you!
Heather Lund
Director, Little Acorns Learning Center
607 Montgomery St, Decorah, IA 52101
563-555-0119""",
  lab=L([Q], "director of the center asks for paperless billing and about nonprofit discounts: questions only",
        {"name": "Heather Lund", "postal_code": "52101", "account": "3301 0457 22"}),
  idx=("daycare-paperless-question", "question", "-", "en"))

P(dt="2026-01-28 16:45:22", box="ph", frm=("Colleen Marsh", "cmarsh@badgerstatemutual.com"),
  subject="PowerHouse catalog - home address", prov="m365", client="outlook_win",
  text="""Hello,

I'm writing from my work account since I rarely check my home e-mail.

Please stop mailing the PowerHouse catalog to my home, and do not share my name and address with other companies. I'd also like to know which companies you have already shared it with, if any - I started getting several catalogs I never asked for.

Home: 618 6th St, Baraboo, WI 53913
PH cust# 2210-4478

Thank you,
Colleen Marsh
Senior Accountant | Badger State Mutual
608.555.0145""",
  lab=L([MO, CS, Q], "stop the catalog, no sharing, and asks with whom it was shared (question); home ZIP in the text",
        {"name": "Colleen Marsh", "postal_code": "53913", "account": "2210-4478"}),
  idx=("stop-catalog-no-share-who-got-it", "opt-out + question", "-", "en"))

# ------------------------------------------------------------------------------------------------ January 29

P(dt="2026-01-29 09:50:40", box="cc", frm=("Ruzicka, Steven", "sruzicka@collinsaerotech.com"),
  reply_to="Steve Ruzicka <steve.ruzicka@gmail.com>",
  subject="Promotional mail - 2207 4th Ave SE", prov="m365+proofpoint", client="outlook_win",
  text="""Hi,

Please remove my home address from all Alliant promotional mailings and e-mails:

Steven Ruzicka
2207 4th Ave SE
Cedar Rapids, IA 52403

Please respond to my personal e-mail (steve.ruzicka@gmail.com), not this work address.

Thanks,
Steve

Steven Ruzicka | Supply Chain Analyst III
Collins AeroTech | 400 Collins Rd NE, Cedar Rapids, IA 52498
Desk +1 319 555 0128 | Mobile +1 319 555 0189

This email and any attachments may contain export-controlled technical data subject to ITAR/EAR. Do not forward without authorization.""",
  lab=L([MO], "work From, personal Reply-To and the text asks to be answered there: ack to Reply-To; home ZIP 52403, not the employer's 52498",
        {"name": "Steven Ruzicka", "postal_code": "52403"}, ack="reply_to"),
  idx=("work-from-personal-reply-to", "marketing opt-out", "-", "en"))

P(dt="2026-01-29 11:05:33", box="ph", frm=("Riverbend Chiropractic", "frontdesk@riverbendchiro.net"),
  subject="opt out", prov="gws", client="gmail",
  text="""Opt us out.

Thanks, Gina
Front Desk - Riverbend Chiropractic""",
  lab=L([], "'Opt us out' with no object (catalog? sharing? e-mail?); the catalog mailbox is a hint only: unclear",
        {"name": "Gina"}, unclear=True),
  idx=("opt-us-out-no-object", "unclear", "-", "en"))

P(dt="2026-01-29 15:20:08", box="cc", frm=("Pam Voss", "office@stpaulscharlescity.org"),
  subject="RE: Small Business Energy Savings: rebates on LED retrofits", prov="m365", client="outlook_win",
  quote=dict(key="smallbiz", style="outlook", gateway="safelinks", banner=BANNER_FIRST % "customercare@alliant-energy.com",
             to="St. Paul's Office <office@stpaulscharlescity.org>"),
  text="""Hello,

Does the LED rebate apply to churches? We are a nonprofit, but the account is a commercial account. Our fellowship hall still has the old fluorescent tubes and the council is asking what it would cost.

Blessings,
Pam Voss
Office Administrator
St. Paul's Lutheran Church
301 N Grand Ave, Charles City, IA 50616
641-555-0150 (office) | 641-555-0151 (parish nurse)""",
  lab=L([Q], "reply to a promotion that asks about eligibility: wants more, not less - a question; first-contact safety tip and Safe Links are in the quote",
        {"name": "Pam Voss", "postal_code": "50616"}),
  idx=("church-asks-about-rebate", "question", "smallbiz", "en"))

# ------------------------------------------------------------------------------------------------ January 30

P(dt="2026-01-30 09:40:27", box="ph", frm=("Doug Fenske", "dfenske@dellsresortgroup.com"),
  subject="FW: [EXTERNAL] Winter Clearance: up to 40% off LED fixtures", prov="m365+mimecast", client="outlook_win",
  quote=dict(key="winter", style="fwd_outlook", gateway="mimecast", tag="[EXTERNAL] ", banner=BANNER_MC,
             to="Doug Fenske <dfenske@dellsresortgroup.com>"),
  text="""I still want the catalog at home but I do NOT want my name and address sold to other catalog companies, like it says at the bottom of this. Please confirm.

Doug Fenske
1207 Sunset Dr, Wisconsin Dells, WI 53965

Doug Fenske | Director of Maintenance | Dells Resort Group
o: 608-555-0112 | c: 608-555-0193""",
  lab=L([CS], "forward of the catalog e-mail; his own sentence asks for no sale of his name while keeping the catalog ('please confirm' is what the acknowledgement does); our footer in the forward adds nothing",
        {"name": "Doug Fenske", "postal_code": "53965"}),
  idx=("forward-winter-no-sale-keep-catalog", "catalog-sharing opt-out", "winter", "en"))

P(dt="2026-01-30 11:10:45", box="cc", frm=("Yesenia Campos", "ycampos@construccionesreyes.com"),
  subject="Copia de facturas - cuenta del taller", prov="m365", client="outlook_win", lang="es-MX",
  text="""Buenos días,

Soy la asistente administrativa de Construcciones Reyes LLC. Para la declaración de impuestos necesitamos una copia de las facturas de los últimos 12 meses de la cuenta del taller, Cuenta núm. 6120-338-947.

¿Me las pueden mandar por correo electrónico en PDF? Si no es posible, díganme cómo pedirlas.

Muchas gracias,

Yesenia Campos
Asistente Administrativa
Construcciones Reyes LLC
1840 Camanche Ave, Clinton, IA 52732
Tel. 563-555-0177""",
  lab=L([Q], "Spanish: office assistant asks for 12 months of the business's bills (a request for copies of account records: question)",
        {"name": "Yesenia Campos", "postal_code": "52732", "account": "6120-338-947"}),
  idx=("copia-de-facturas-negocio", "question", "-", "es"))

P(dt="2026-01-30 13:55:16", box="cc", frm=("Luis Carrillo", "lcarrillo@precisioncastingsia.com"),
  subject="RE: [EXTERNAL] Free Home Energy Assessment", prov="m365", client="outlook_win",
  quote=dict(key="assess", style="outlook", gateway="safelinks", tag="[EXTERNAL] ", banner=BANNER_MC,
             to="Luis Carrillo <lcarrillo@precisioncastingsia.com>"),
  text="""Not interested, please take me off this list.

Luis Carrillo | Quality Engineer
Precision Castings of Iowa
T 641-555-0133""",
  lab=L([MO], "reply under a promotion: 'take me off this list'; Safe Links and the banner are in the quote",
        {"name": "Luis Carrillo"}),
  idx=("reply-assessment-take-me-off", "marketing opt-out", "assess", "en"))

# ------------------------------------------------------------------------------------------------ February 2

P(dt="2026-02-02 08:00:41", box="ph", frm=("Marcia Tenley", "mtenley@oakwoodlibraries.org"),
  subject="Office address too", prov="m365", client="outlook_mac",
  text="""Hi,

Please do the same for my office address as you did for my home.

Marcia Tenley
Branch Manager, Oakwood Public Library
319-555-0104""",
  lab=L([], "refers to an earlier request without saying what it was (stop? no sharing?) and gives no address: unclear",
        {"name": "Marcia Tenley"}, unclear=True),
  idx=("do-the-same-office", "unclear", "-", "en"))

P(dt="2026-02-02 10:50:37", box="cc", frm=("Beth Anne Kruse", "beth@kruseagency.com"),
  subject="Marketing postcards", prov="secureserver", client="outlook_smtp", charset="windows-1252",
  text="""Good morning,

Please remove our office from your marketing list \u2013 we\u2019re getting your postcards twice a week and they go straight in the recycling.

Also, can you tell me who our account rep is for commercial service? We\u2019re looking at adding a sign out front and I have questions about the lighting.

Kruse Insurance Agency, Acct #: 2045-8813-60

Beth Anne Kruse
Office Manager
Kruse Insurance Agency
17 N Federal Ave \u2022 Mason City, IA 50401
Phone: 641-555-0166 \u2022 Fax: 641-555-0167""",
  lab=L([MO, Q], "office manager for the agency: stop the postcards, and asks who the account rep is",
        {"name": "Beth Anne Kruse", "postal_code": "50401", "account": "2045-8813-60"}),
  idx=("agency-stop-postcards-who-is-rep", "opt-out + question", "-", "en"))

P(dt="2026-02-02 13:15:02", box="cc", frm=("Eric Thorsen", "ethorsen@riverlandbank.com"),
  subject="Do you sell my usage data?", prov="m365", client="outlook_ios",
  text="""Quick question as a residential customer (writing from work): does Alliant sell or share my energy usage data with third parties? There was a story on the news last night about utilities selling smart meter data and now I'm curious.

Eric Thorsen

Get Outlook for iOS<https://aka.ms/o0ukef>""",
  lab=L([Q], "privacy-policy question, no opt-out asked", {"name": "Eric Thorsen"}),
  idx=("sell-usage-data-question", "question", "-", "en"))

# ------------------------------------------------------------------------------------------------ February 3

P(dt="2026-02-03 08:35:19", box="cc", frm=("Anneliese Grunwald", "anneliese@grunwaldsbakehouse.com"),
  subject="Too much mail", prov="gws", client="gmail",
  text="""Hello,

Please stop sending marketing mail and e-mails to both our bakery, Grunwald's Bakehouse (account 7709 1123 84), and my home at 415 W Main St, Stoughton, WI 53589. I honestly can't keep up with the mail between the two.

Bills are fine of course.

Thank you,
Anneliese Grunwald
Grunwald's Bakehouse
151 E Main St, Stoughton, WI 53589
608-555-0186""",
  lab=L([MO], "owner stops marketing for the business and her home in one message; one account number written (the bakery's)",
        {"name": "Anneliese Grunwald", "postal_code": "53589", "account": "7709 1123 84"}),
  idx=("bakery-and-home-stop-marketing", "marketing opt-out", "-", "en"))

P(dt="2026-02-03 10:10:48", box="cc", frm=("Jessica Baumgartner", "jbaumgartner@dbqcommunityschools.org"),
  subject="RE: Outage in your area", prov="m365", client="outlook_ios",
  quote=dict(key="outage", style="outlook_line", sec=True, to="Jessica Baumgartner <jbaumgartner@dbqcommunityschools.org>"),
  text="""STOP

Get Outlook for iOS<https://aka.ms/o0ukef>""",
  lab=L([], "STOP under an outage alert (a service message) is not a marketing opt-out: stop the alerts? to this address? unclear", unclear=True),
  idx=("stop-under-outage-alert", "unclear", "outage", "en"))

P(dt="2026-02-03 14:45:33", box="ph", frm=("Richard Hale", "rhale@halegrainco.com"), sender="Monica Tran <mtran@halegrainco.com>",
  env_from="mtran@halegrainco.com",
  subject="PowerHouse catalog", prov="m365", client="outlook_win",
  text="""Please remove me from the PowerHouse Catalog mailing list at my home address:

Richard Hale
1840 Ridgeview Ct
Dubuque, IA 52003

Thank you.

Richard Hale
President, Hale Grain Co.
563.555.0108""",
  lab=L([MO], "sent by his assistant with Exchange 'send on behalf' (Sender: assistant, From: him), written in his name about his own home: his request; ack to From",
        {"name": "Richard Hale", "postal_code": "52003"}),
  idx=("send-on-behalf-boss-stop-catalog", "marketing opt-out", "-", "en"))

P(dt="2026-02-03 16:20:10", box="cc", frm=("Jorge Luis Paredes", "jparedes@beaverdamlodge.com"),
  subject="Factura muy alta", prov="secureserver", client="thunderbird", cte="8bit", params="; format=flowed",
  text="""Hola,

¿Me pueden explicar por qué mi factura de este mes salió tan alta? Es casi el doble que en diciembre y no hemos cambiado nada en la casa. Cuenta 5521-004-873.

Escribo desde el correo del trabajo porque mi correo personal no está funcionando.

Gracias,
Jorge Luis Paredes
Recepción / Front Desk
Beaver Dam Lodge
920-555-0155""",
  lab=L([Q], "Spanish billing question about the home account, written from work",
        {"name": "Jorge Luis Paredes", "account": "5521-004-873"}),
  idx=("factura-alta-desde-trabajo", "question", "-", "es"))

# ------------------------------------------------------------------------------------------------ February 4

P(dt="2026-02-04 09:30:26", box="ph", frm=("Carla Whitaker", "cwhitaker@riponmedcenter.org"),
  subject="Do not sell my personal information", prov="m365+mimecast", client="outlook_win",
  text="""Do not sell my personal information.

Carla Jean Whitaker
922 Elm St, Ripon WI 54971

--
Carla Whitaker, RHIA | Health Information Management
Ripon Medical Center | 920-555-0140

This message may contain confidential information intended only for the use of the addressee. Do not share, forward or copy this message without the permission of the sender.""",
  lab=L([CS], "'Do not sell my personal information' to the catalog mailbox; 'do not share, forward or copy' in the footer is boilerplate; name as written in the text",
        {"name": "Carla Jean Whitaker", "postal_code": "54971"}),
  idx=("do-not-sell-one-line-work", "catalog-sharing opt-out", "-", "en"))

P(dt="2026-02-04 11:00:52", box="cc", frm=("Brianna Koenig", "bkoenig@texaspanhandlehealth.org"),
  subject="Delete my data", prov="m365", client="iphone", charset="us-ascii", cte="7bit",
  text="""Hello,

I closed my Alliant account when I moved to Amarillo last summer (former acct 1104-2290-55, Dubuque). Please delete all of my personal data from your systems and confirm when it's done.

Brianna Koenig
Patient Access Supervisor
Texas Panhandle Health
806-555-0102

Sent from my iPhone""",
  lab=L([Q], "request to delete everything about a closed account: unclear plus question (deleting account data is not the bot's to do)",
        {"name": "Brianna Koenig", "account": "1104-2290-55"}, unclear=True),
  idx=("delete-all-my-data", "unclear", "-", "en"))

P(dt="2026-02-04 15:10:31", box="cc", frm=("Greg Paulsen", "gpaulsen@mississippiriverbarge.com"),
  subject="work email off your list", prov="m365", client="owa",
  text="""Hi - please remove this work e-mail address from ALL of your marketing e-mails. My home account can keep getting the newsletter, that's fine, just not here.

Greg Paulsen
Dispatch Supervisor
Mississippi River Barge & Fleeting
563-555-0113""",
  lab=L([MO], "channel/address limit: marketing e-mail to this work address stops, the newsletter at home continues; the record must say which",
        {"name": "Greg Paulsen"}),
  idx=("work-address-off-home-keeps-newsletter", "marketing opt-out", "-", "en"))

# ------------------------------------------------------------------------------------------------ February 5

P(dt="2026-02-05 08:20:44", box="ph", frm=("Colleen Marsh", "cmarsh@badgerstatemutual.com"),
  subject="RE: We received your request [CC-2026-01-00467]", prov="m365", client="outlook_win",
  quote=dict(key="ack_marsh", style="outlook", to="Colleen Marsh <cmarsh@badgerstatemutual.com>"),
  text="""Got it, thank you.

Colleen""",
  lab=L([], "reply to our acknowledgement that asks for nothing: no labels, no acknowledgement (her earlier question is already open)",
        {"name": "Colleen"}, ack=None),
  idx=("got-it-under-ack", "no action", "ack_marsh", "en"))

P(dt="2026-02-05 09:45:09", box="cc", frm=("Tasha Grimes", "tgrimes@fenwickosei.com"),
  subject="Accounts in our name / statements", prov="m365", client="outlook_win",
  text="""Hello,

I'm the office manager at Fenwick & Osei CPAs. Our landlord tells us the electric for Suite 200 at 550 Broad St, Beloit, WI 53511 is in the firm's name, but we only have one account number on file (8830-1147-02).

Can you confirm which accounts are under Fenwick & Osei CPAs, LLC and send copies of the last three statements for each?

Thanks,
Tasha Grimes
Office Manager | Fenwick & Osei CPAs, LLC
608.555.0135""",
  lab=L([Q], "office manager asks which accounts belong to the firm and for statement copies: question",
        {"name": "Tasha Grimes", "postal_code": "53511", "account": "8830-1147-02"}),
  idx=("cpa-office-which-accounts", "question", "-", "en"))

P(dt="2026-02-05 13:00:47", box="cc", frm=("Walter Brenneman", "wbrenneman@newtonfoundry.com"),
  subject="THIRD request - stop the promotional mail", prov="onprem+proofpoint", client="outlook_win",
  text="""This is the third time I have asked to be removed from your promotional mailings. I called in November and I e-mailed in December, and this week I got the heat pump mailer AND the assessment postcard at home again.

Please take my name and address off every marketing list you have, paper and e-mail. And I would like an explanation of why two requests were ignored.

Walter Brenneman
1604 S 8th Ave W
Newton, IA 50208

Walter Brenneman | Plant Superintendent
Newton Foundry & Machine
Office 641.555.0106 | Plant 641.555.0107 | Cell 641.555.0191""",
  lab=L([MO, Q], "clear, repeated opt-out plus a complaint asking for an explanation (question)",
        {"name": "Walter Brenneman", "postal_code": "50208"}),
  idx=("third-request-complaint", "opt-out + question", "-", "en"))

P(dt="2026-02-05 15:30:05", box="cc", frm=("Aaron Lindahl", "alindahl@decorahdentalgroup.com"),
  subject="unsubscribe", prov="gws", client="gmail",
  text="""This message was automatically generated by Gmail.""",
  lab=L([MO], "Gmail's Unsubscribe link mailed the promotion's List-Unsubscribe address; a person pressed it, no Auto-Submitted: acknowledged"),
  idx=("gmail-unsubscribe-tou", "software unsubscribe", "tou", "en"))

# ------------------------------------------------------------------------------------------------ February 6

P(dt="2026-02-06 09:35:17", box="ph", frm=("Taller Mecánico Hernández", "tallerhernandez@sheboygantaller.com"),
  subject="Catálogo y nuestros datos", prov="isp", client="outlook_smtp", charset="iso-8859-1", lang="es-mx",
  text="""Buenos días,

Les pido que ya no nos manden el catálogo PowerHouse al taller, y que no compartan nuestros datos (nombre y dirección) con otras compañías de catálogos.

No. de cliente 4402117

Atentamente,
Rubén Hernández
Taller Mecánico Hernández
1411 N 8th St, Sheboygan, WI 53081
Tel. (920) 555-0124""",
  lab=L([MO, CS], "Spanish, iso-8859-1: stop the catalog and do not share: both opt-outs",
        {"name": "Rubén Hernández", "postal_code": "53081", "account": "4402117"}),
  idx=("taller-sin-catalogo-sin-compartir", "both opt-outs", "-", "es"))

P(dt="2026-02-06 11:40:58", box="cc", frm=("Kelsey Dunphy", "kdunphy@dunphyhvac.com"),
  subject="Our account", prov="gws", client="gmail",
  text="""Hi,

Please take us off your list. Actually, wait - my dad (he owns the company) says he does want the rebate info. Can you send it to him instead of me? Or maybe just keep it going to the office. I'll check with him and get back to you.

Kelsey Dunphy
Office, Dunphy Heating & Cooling
319-555-0169""",
  lab=L([], "asks to be removed, then retracts and wants it sent elsewhere, then says she will check: mixed, self-contradicting wishes: unclear",
        {"name": "Kelsey Dunphy"}, unclear=True),
  idx=("take-us-off-actually-wait", "unclear", "-", "en"))

P(dt="2026-02-06 16:00:29", box="ph", frm=("Jim", "jim@barabootruevalue.com"),
  subject="catalog", prov="m365", client="outlook_ios",
  text="""Keep the catalogs coming to the store but don't share our address with other companies. We get enough junk mail as it is.

Jim
Baraboo True Value

Get Outlook for iOS<https://aka.ms/o0ukef>""",
  lab=L([CS], "keeps the catalog, refuses sharing; first name only", {"name": "Jim"}),
  idx=("hardware-keep-catalog-no-share", "catalog-sharing opt-out", "-", "en"))

# ------------------------------------------------------------------------------------------------ February 9

P(dt="2026-02-09 08:25:13", box="cc", frm=("Holly Sundberg", "hsundberg@prairiewindlaw.com"),
  subject="Two things", prov="m365+mimecast", client="outlook_win",
  text="""Good morning,

Two things:

(1) Please stop the promotional e-mails to this work address. I think someone signed me up for your small-business list, but the firm is not your customer - our building's utilities are in the landlord's name.

(2) As a residential customer at home, I'd like to know whether you share my information with your "partners." Last week I got a solar sales call and the caller said he was "working with Alliant."

Holly Sundberg
Paralegal
Prairie Wind Law Group, P.C.
O: 319-555-0122 | D: 319-555-0123

This electronic message transmission contains information from the law firm of Prairie Wind Law Group, P.C. which may be confidential or privileged. The information is intended to be for the use of the individual or entity named above. If you are not the intended recipient, be aware that any disclosure, copying, distribution or use of the contents of this information is prohibited.""",
  lab=L([MO, Q], "stop promotional e-mail to the work address (opt-out) and asks whether we share her data with partners (question, not a sharing opt-out)",
        {"name": "Holly Sundberg"}),
  idx=("work-promos-stop-home-sharing-question", "opt-out + question", "-", "en"))

P(dt="2026-02-09 11:20:40", box="cc", frm=("Sandra Pietrowski", "sandra@thelakesidegrillfdl.com"),
  subject="Send the catalog to the restaurant?", prov="gws", client="gmail",
  text="""Hi there,

I get the PowerHouse catalog at home but I'm the one who orders lights and timers for the restaurant. Can you change it so it comes to The Lakeside Grill instead of my house? Restaurant: 95 N Main St, Fond du Lac, WI 54937.

Thanks!
Sandra Pietrowski
Owner, The Lakeside Grill
920-555-0181""",
  lab=L([Q], "wants the catalog moved to the business address: a change of address, not an opt-out",
        {"name": "Sandra Pietrowski", "postal_code": "54937"}),
  idx=("move-catalog-to-restaurant", "question", "-", "en"))

P(dt="2026-02-09 13:35:52", box="ph", frm=("Ava Lindgren", "alindgren@sheboygancountyymca.org"),
  subject="FW: [EXTERNAL] Winter Clearance: up to 40% off LED fixtures", prov="m365+mimecast", client="outlook_win",
  quote=dict(key="winter", style="fwd_outlook", gateway="mimecast", tag="[EXTERNAL] ", banner=BANNER_MC,
             to="Lindgren, Ava <alindgren@sheboygancountyymca.org>"),
  text="""Please remove this e-mail address from the catalog e-mails. Thank you.

Ava Lindgren
Facilities Coordinator
Sheboygan County YMCA
920-555-0159""",
  lab=L([MO], "forward of the catalog e-mail asking to remove the address from catalog e-mails; footer words about sharing are in the forwarded part only",
        {"name": "Ava Lindgren"}),
  idx=("forward-winter-remove-address", "marketing opt-out", "winter", "en"))

# ------------------------------------------------------------------------------------------------ February 10

P(dt="2026-02-10 11:00:03", box="cc", frm=("Meredith Castellano", "mcastellano@bergstromcastellano.com"),
  subject="Request for copy of personal information", prov="m365+proofpoint", client="outlook_win",
  text="""Dear Alliant Energy Customer Care:

I am writing in my personal capacity as a residential customer (Acct. No. 9001-5532-18; service address 2930 Fitchrona Rd, Fitchburg, WI 53719).

Please provide me with a copy of the personal information Alliant Energy maintains about me, including contact information, usage data, payment history and any records of disclosures of my information to third parties.

Please send the information to this e-mail address or by mail to the service address above.

Sincerely,

Meredith Castellano
Partner
Bergstrom Castellano LLP
T 608.555.0137 | F 608.555.0138

PRIVILEGED AND CONFIDENTIAL: This message is intended only for the individual or entity to which it is addressed and may contain information that is attorney work product, privileged, confidential and exempt from disclosure. If you are not the intended recipient, any dissemination, distribution or copying of this communication is strictly prohibited.""",
  lab=L([Q], "a lawyer writing for herself (personal capacity): request for a copy of her data is a question; the privilege footer is boilerplate",
        {"name": "Meredith Castellano", "postal_code": "53719", "account": "9001-5532-18"}),
  idx=("copy-of-my-data-lawyer-personal", "question", "-", "en"))

P(dt="2026-02-10 13:20:36", box="cc", frm=("Tricia Vogel", "tvogel@halvorsendevelopment.com"),
  subject="FW: alliant junk mail", prov="m365", client="outlook_win",
  text="""Hello, per Scott's request, please remove him from your mailing list. Thank you!

Tricia Vogel
Administrative Assistant
Halvorsen Development Co.
319-555-0174

From: Scott Halvorsen <shalvorsen@halvorsendevelopment.com>
Sent: Tuesday, February 10, 2026 8:02 AM
To: Tricia Vogel <tvogel@halvorsendevelopment.com>
Subject: alliant junk mail

Can you get me off the Alliant junk mail list at home? Sick of the postcards. And don't let them pass my name around.

S.

Scott Halvorsen | President
Halvorsen Development Co.
2200 Edgewood Rd SW, Cedar Rapids, IA 52404""",
  lab=L([], "assistant forwards her boss's note about his HOME mail; only her words count ('remove him from your mailing list'), her standing for his home account is not shown, his quoted 'don't pass my name' is not her request: unclear",
        {"name": "Scott"}, unclear=True),
  idx=("assistant-forwards-boss-note", "unclear", "-", "en"))

# ------------------------------------------------------------------------------------------------ February 11

P(dt="2026-02-11 08:40:19", box="ph", frm=("Craig Yoder", "cyoder@hanovermfg.com"),
  subject="RE: [EXTERNAL] PowerHouse for Business: smart power strips for every desk", prov="m365", client="outlook_win",
  quote=dict(key="phbiz", style="outlook", gateway="safelinks", tag="[EXTERNAL] ", banner=BANNER_MC,
             to="Craig Yoder <cyoder@hanovermfg.com>"),
  text="""Please remove Hanover Manufacturing from this e-mail list and from the paper catalog, and do not share our company information with other vendors or catalog companies.

Regards,

Craig Yoder
Purchasing Agent
Hanover Manufacturing, Inc.
1200 Industrial Dr, Reedsburg, WI 53959
P 608-555-0163 | C 608-555-0194 | F 608-555-0165""",
  lab=L([MO, CS], "purchasing agent for the company: stop e-mail and paper catalog and no sharing; Safe Links/banner in the quote",
        {"name": "Craig Yoder", "postal_code": "53959"}),
  idx=("reply-phbiz-both-company", "both opt-outs", "phbiz", "en"))

P(dt="2026-02-11 10:15:42", box="cc", frm=("Kristin Albrecht", "kalbrecht@dubuquemedgroup.com"),
  subject="Selling our house - final bill", prov="m365", client="outlook_win",
  text="""Hello,

We are selling our house and close on March 13. How do I stop service in our name as of that day, and can the final bill be sent to our new address (4415 Pennsylvania Ave, Apt 3, Dubuque, IA 52002)?

Current service address: 1856 Grandview Ave, Dubuque, IA 52003. Account number 6618-2204-95.

Thank you,
Kristin Albrecht
Practice Manager | Dubuque Medical Group
563-555-0127""",
  lab=L([Q], "stop-service and final-bill address: a service question; two ZIPs written, the current service address's is the one recorded",
        {"name": "Kristin Albrecht", "postal_code": "52003", "account": "6618-2204-95"}),
  idx=("moving-final-bill", "question", "-", "en"))

P(dt="2026-02-11 14:50:27", box="cc", frm=("Ana Beltrán", "abeltran@cedarvalleypackaging.com"),
  subject="Publicidad", prov="m365", client="outlook_ios", cte="base64", hcte="base64", lang="es-US",
  text="""Favor de quitarme de su lista de publicidad, ya no quiero recibir correos de promociones. Gracias.

Ana Beltrán | Coordinadora de Recursos Humanos
Cedar Valley Packaging
319-555-0178

Obtener Outlook para iOS<https://aka.ms/o0ukef>""",
  lab=L([MO], "Spanish, Outlook for iOS, base64: remove from the advertising list", {"name": "Ana Beltrán"}),
  idx=("quitar-de-publicidad-ios", "marketing opt-out", "-", "es"))

P(dt="2026-02-11 16:30:55", box="ph", frm=("Trevor Schutt", "tschutt@ripleyelectricsupply.com"),
  subject="RE: [EXTERNAL] PowerHouse for Business: smart power strips for every desk", prov="m365", client="outlook_win",
  quote=dict(key="phbiz", style="outlook", gateway="safelinks", tag="[EXTERNAL] ", banner=BANNER_MC,
             to="Trevor Schutt <tschutt@ripleyelectricsupply.com>"),
  text="""Trevor Schutt
Inside Sales | Ripley Electric Supply
P: 608-555-0147 | F: 608-555-0148
Please consider the environment before printing this e-mail.""",
  lab=L([], "reply whose new text is only the signature (probably sent by accident): nothing decidable, unclear; the name comes from his signature",
        {"name": "Trevor Schutt"}, unclear=True),
  idx=("empty-reply-signature-only", "unclear", "phbiz", "en"))

# ------------------------------------------------------------------------------------------------ February 12

P(dt="2026-02-12 09:40:13", box="cc", frm=("Luz Maribel Ochoa", "lochoa@marshalltownhealth.org"),
  subject="Favor de quitarme de la lista de publicidad", prov="m365", client="outlook_ios", lang="es-US",
  text="""Obtener Outlook para iOS<https://aka.ms/o0ukef>""",
  lab=L([MO], "Spanish, the request is in the subject only (a new message, not Re: of ours); body is the client's tag line"),
  idx=("asunto-solamente-publicidad", "marketing opt-out", "-", "es"))

P(dt="2026-02-12 11:25:00", box="cc", frm=("Olivia Mertz", "olivia@mertzcoffeeroasters.com"),
  subject="Second location", prov="gws", client="gmail",
  text="""Hi!

We're opening a second Mertz Coffee Roasters location in April. How do we set up electric service in the business's name for the new space, and is there a way to have marketing turned off for that account from the start? We already get plenty at the first shop.

Current shop: 45 W Main St, Platteville, WI 53818

Olivia Mertz
Co-owner, Mertz Coffee Roasters
608-555-0179""",
  lab=L([Q], "new service plus whether marketing can be off from the start for an account that does not exist yet: a how-to question, not an opt-out",
        {"name": "Olivia Mertz", "postal_code": "53818"}),
  idx=("second-location-setup", "question", "-", "en"))

P(dt="2026-02-12 13:50:08", box="ph", frm=("Loretta Quinlan", "lquinlan@ottumwaregional.org"),
  subject="Please do not rent my name", prov="m365+proofpoint", client="outlook_win",
  text="""To the PowerHouse Catalog:

I order from your catalog for our department's break room and for my home. For both, please do not rent, sell or exchange my name or address with any other company. I still want the catalog.

Loretta Quinlan
Home: 812 N Court St, Ottumwa, IA 52501

Loretta Quinlan | Administrative Coordinator, Surgical Services
Ottumwa Regional Health Center
641.555.0162""",
  lab=L([CS], "no rental/exchange, catalog kept; the ZIP is her home's",
        {"name": "Loretta Quinlan", "postal_code": "52501"}),
  idx=("break-room-and-home-no-rental", "catalog-sharing opt-out", "-", "en"))

# ------------------------------------------------------------------------------------------------ February 13

P(dt="2026-02-13 08:30:39", box="cc", frm=("Walter Brenneman", "wbrenneman@newtonfoundry.com"),
  subject="RE: We received your request [CC-2026-02-00029]", prov="onprem+proofpoint", client="outlook_win",
  quote=dict(key="ack_brenneman", style="outlook", to="Walter Brenneman <wbrenneman@newtonfoundry.com>"),
  text="""Thank you. Please make sure the marketing mail also stops at our cabin, which is on a separate account:

N7725 Lakeview Rd
Green Lake, WI 54941

Walter Brenneman""",
  lab=L([MO], "under our acknowledgement but asks for something new and says what: stop marketing at a second address",
        {"name": "Walter Brenneman", "postal_code": "54941"}),
  idx=("under-ack-add-cabin", "marketing opt-out", "ack_brenneman", "en"))

P(dt="2026-02-13 10:05:21", box="cc", frm=("Tenzin Dorje", "tdorje@epicsystemsfitch.com"),
  subject="Proof of residency letter", prov="m365", client="owa",
  text="""Hello,

My new employer's HR needs a letter or statement showing I have service at my address, as proof of residency. Can you send one? Service address: 5120 Anton Dr, Apt 214, Fitchburg, WI 53711.

Thank you,
Tenzin Dorje""",
  lab=L([Q], "asks for a proof-of-service letter: question", {"name": "Tenzin Dorje", "postal_code": "53711"}),
  idx=("proof-of-residency-letter", "question", "-", "en"))

P(dt="2026-02-13 14:10:45", box="cc", frm=("Phil Nakamura", "phil@sunrisedentallab.com"),
  subject="Promotional mailing lists", prov="secureserver", client="outlook_smtp", charset="us-ascii",
  text="""Please take Sunrise Dental Lab off any promotional mailing lists, postal and e-mail. Acct 6604 2201 93.

Phil Nakamura
Owner / CDT
Sunrise Dental Lab
4120 16th Ave SW, Cedar Rapids, IA 52404
Lab 319-555-0170 | Cell 319-555-0197 | Fax 319-555-0171""",
  lab=L([MO], "owner stops promotions for the lab; several phone numbers are not accounts",
        {"name": "Phil Nakamura", "postal_code": "52404", "account": "6604 2201 93"}),
  idx=("dental-lab-stop-promos", "marketing opt-out", "-", "en"))

P(dt="2026-02-13 16:00:07", box="cc", frm=("Marcus Bell", "mbell@quadcityfreight.com"),
  subject="FW: Your Alliant Energy bill is ready", prov="m365", client="outlook_ios",
  quote=dict(key="bill_0212", style="fwd_outlook", gateway="safelinks", to="Marcus Bell <mbell@quadcityfreight.com>"),
  text="""See below

Get Outlook for iOS<https://aka.ms/o0ukef>""",
  lab=L([], "forwards our bill notice with only 'See below': nothing says what he wants; unclear", unclear=True),
  idx=("see-below-bill-forward", "unclear", "bill_0212", "en"))

# ------------------------------------------------------------------------------------------------ February 16

P(dt="2026-02-16 08:20:31", box="ph", frm=("Heidi Vandermolen", "hvandermolen@burlingtonschools.org"),
  subject="Has my name been shared?", prov="gws", client="gmail",
  text="""Hello,

Has my name already been given to other catalog companies? If so, which ones? Either way, please don't share it going forward.

Heidi Vandermolen
2215 Sunnyside Ave, Burlington, IA 52601
PH#00388124

--
Heidi Vandermolen
Library Media Specialist, Burlington Community Schools""",
  lab=L([CS, Q], "asks whom it was shared with (question) and asks not to share from now on (opt-out)",
        {"name": "Heidi Vandermolen", "postal_code": "52601", "account": "PH#00388124"}),
  idx=("has-my-name-been-shared-and-stop", "opt-out + question", "-", "en"))

P(dt="2026-02-16 11:30:12", box="cc", frm=("Sean McAvoy", "smcavoy@eastiowaengineering.com"),
  subject="Update e-mail on my account", prov="m365", client="outlook_mac",
  text="""Hi,

Please change the e-mail address on my home account from this work address to sean.mcavoy@outlook.com. I'm leaving this job at the end of the month.

Account 1203 448 670.

Thanks,
Sean McAvoy
Project Engineer | East Iowa Engineering
319-555-0115""",
  lab=L([Q], "change of contact e-mail: question; he asks for the change, not to be answered elsewhere, so the acknowledgement goes to From",
        {"name": "Sean McAvoy", "account": "1203 448 670"}),
  idx=("change-email-on-account", "question", "-", "en"))

P(dt="2026-02-16 15:20:48", box="ph", frm=("Ben Oduya", "boduya@rockcountyhwy.org"),
  subject="Catalog", prov="m365", client="iphone", charset="us-ascii", cte="7bit",
  text="""Pls stop sending the powerhouse catalog to my house. Thx. Ben Oduya 53548

Sent from my iPhone""",
  lab=L([MO], "terse, from a work iPhone: stop the catalog; bare ZIP counts",
        {"name": "Ben Oduya", "postal_code": "53548"}),
  idx=("pls-stop-catalog-iphone", "marketing opt-out", "-", "en"))

# ------------------------------------------------------------------------------------------------ February 17

P(dt="2026-02-17 08:45:56", box="cc", frm=("Rhonda Pfaff", "rhonda@pfaffupholstery.com"),
  subject="cancel", prov="secureserver", client="outlook_smtp", charset="us-ascii",
  text="""Want to cancel. Call me at (319) 555-0134.

Rhonda Pfaff
Pfaff Upholstery""",
  lab=L([], "'Want to cancel' - service? a program? the catalog? marketing? unclear", {"name": "Rhonda Pfaff"}, unclear=True),
  idx=("want-to-cancel", "unclear", "-", "en"))

P(dt="2026-02-17 12:00:34", box="cc", frm=("Guadalupe Torres", "gtorres@columbuswi-foods.com"),
  subject="Publicidad y pago automático", prov="gws", client="gmail", cte="base64", hcte="base64",
  text="""Hola,

Por favor quiten este correo del trabajo de su lista de publicidad.

También, ¿me pueden decir si mi cuenta de la casa tiene el pago automático activado? La cuenta es 2290 1184 07.

Gracias,
Guadalupe Torres""",
  lab=L([MO, Q], "Spanish: stop advertising to this work address, plus an autopay question",
        {"name": "Guadalupe Torres", "account": "2290 1184 07"}),
  idx=("publicidad-y-pago-automatico", "opt-out + question", "-", "es"))

P(dt="2026-02-17 14:30:21", box="ph", frm=("Nicole Brandvold", "nbrandvold@brandvoldmarketing.com"),
  subject="RE: [EXT] PowerHouse Spring Preview: new arrivals + free shipping", prov="m365+proofpoint", client="outlook_win",
  quote=dict(key="spring", style="outlook", gateway="urldefense", tag="[EXT] ", to="Nicole Brandvold <nbrandvold@brandvoldmarketing.com>"),
  text="""Unsubscribe

Nicole Brandvold
Marketing Coordinator | Brandvold Marketing Group
O 608-555-0118 | M 608-555-0198
Subscribe to our newsletter: brandvoldmarketing.com/news | Unsubscribe from our mailings: brandvoldmarketing.com/optout""",
  lab=L([MO], "one word under a catalog promotion; her own signature's 'Subscribe/Unsubscribe' links are about her company's newsletter",
        {"name": "Nicole Brandvold"}),
  idx=("reply-spring-unsubscribe", "marketing opt-out", "spring", "en"))

P(dt="2026-02-17 16:10:08", box="cc", frm=("Claudia Reyna", "creyna@villasenortrucking.com"),
  subject="Publicidad para el Sr. Villaseñor", prov="m365", client="outlook_win", lang="es-MX",
  text="""Buenas tardes,

Mi jefe, el Sr. Armando Villaseñor, me pidió que les escribiera para que ya no le manden publicidad a su casa. Él no tiene tiempo de escribir.

Saludos,
Claudia Reyna
Asistente de Dirección
Villaseñor Trucking LLC
Tel. 563-555-0156""",
  lab=L([], "Spanish: an assistant asks for her boss's home; her standing is not shown and no address is given: unclear; the name is the boss's without 'Sr.'",
        {"name": "Armando Villaseñor"}, unclear=True),
  idx=("asistente-para-el-jefe", "unclear", "-", "es"))

# ------------------------------------------------------------------------------------------------ February 18

P(dt="2026-02-18 08:30:14", box="cc", frm=("Mitch Kowalczyk", "mitch@kowalczykcustomcabinets.com"),
  subject="Demand charge on our bill", prov="secureserver", client="outlook_mac",
  text="""Hello,

Our January bill for the cabinet shop has a "demand charge" of $312 that we've never had before. We added a second dust collector in December. Is that why? And is there anything we can do, like running the machines at different times?

Account: 4471-2290-16

Mitch Kowalczyk
Kowalczyk Custom Cabinets
N2530 County Rd G, Portage, WI 53901
608-555-0185""",
  lab=L([Q], "business billing question", {"name": "Mitch Kowalczyk", "postal_code": "53901", "account": "4471-2290-16"}),
  idx=("cabinet-shop-demand-charge", "question", "-", "en"))

P(dt="2026-02-18 10:00:26", box="ph", frm=("Leah Okafor", "lokafor@brightlinecu.org"),
  subject="Request not to share Brightline Credit Union information", prov="m365+mimecast", client="outlook_win",
  text="""Hello,

Following up on our vendor review: on behalf of Brightline Credit Union, please do not sell, rent, exchange or otherwise share our organization's name and address with other catalog companies or third parties. We would like to continue receiving the PowerHouse Catalog at our main office.

PowerHouse Customer No. 0071-2290

Leah Okafor, CRCM
Compliance Officer
Brightline Credit Union
201 N Church St | Watertown, WI 53094
Direct: 920.555.0138 | Main: 920.555.0100""",
  lab=L([CS], "compliance officer speaking for her own organization (standing shown by her role): sharing opt-out, catalog kept",
        {"name": "Leah Okafor", "postal_code": "53094", "account": "0071-2290"}),
  idx=("credit-union-no-sharing", "catalog-sharing opt-out", "-", "en"))

P(dt="2026-02-18 13:15:39", box="cc", frm=("Deb Halverson", "dhalverson@cityoffortdodge-ia.org"),
  subject="FW: Shift your use and save: join the Time-of-Use pilot", prov="m365", client="outlook_win",
  quote=dict(key="tou", style="fwd_outlook", gateway="safelinks", tag="", to="Deb Halverson <dhalverson@cityoffortdodge-ia.org>"),
  text="""Is this legit? Our IT department says to check before clicking anything.

Deb Halverson
Utility Billing Clerk, City of Fort Dodge
515-555-0103""",
  lab=L([Q], "asks whether our promotion is genuine: a question", {"name": "Deb Halverson"}),
  idx=("is-this-legit-forward", "question", "tou", "en"))

P(dt="2026-02-18 15:00:50", box="cc", frm=("Ingrid Solheim", "isolheim@portagecountybank.com"),
  reply_to="Ingrid Solheim <ingrid.solheim@outlook.com>",
  subject="Marketing and information sharing", prov="m365+proofpoint", client="outlook_win",
  text="""Hello,

Regarding my home account (Account: 7712-559-204, 330 W Pleasant St, Portage, WI 53901), please:

  1. remove me from all marketing - mail, e-mail and phone calls; and
  2. make sure my name and address are not shared with the PowerHouse Catalog's partner companies or anyone else.

Please send any confirmation to my personal address in the Reply-To.

Ingrid Solheim
VP, Retail Banking | Portage County Bank
Office 608.555.0143 | Mobile 608.555.0195 | Fax 608.555.0144
NMLS #555012

This e-mail may contain confidential or privileged information. Portage County Bank will never request account numbers or passwords by e-mail.""",
  lab=L([MO, CS], "both opt-outs in a numbered list; asks to be answered at the personal Reply-To; NMLS number is not an account",
        {"name": "Ingrid Solheim", "postal_code": "53901", "account": "7712-559-204"}, ack="reply_to"),
  idx=("banker-both-reply-to-personal", "both opt-outs", "-", "en"))

# ------------------------------------------------------------------------------------------------ February 19

P(dt="2026-02-19 09:35:48", box="ph", frm=("Denise Hartwig", "office@prairielakesdental.com"),
  subject="RE: We received your request [CC-2026-01-00415]", prov="m365", client="outlook_win",
  quote=dict(key="ack_hartwig", style="outlook", to="Prairie Lakes Family Dental <office@prairielakesdental.com>"),
  text="""Thank you for confirming! Sorry for the slow reply, it's been a busy month.

Denise""",
  lab=L([], "thank-you under our acknowledgement, weeks later; asks nothing", {"name": "Denise"}, ack=None),
  idx=("late-thanks-under-ack", "no action", "ack_hartwig", "en"))

P(dt="2026-02-19 11:00:15", box="cc", frm=("Todd Wegner", "twegner@fortdodgeprocessing.com"),
  subject="Marketing mail at home", prov="m365", client="outlook_win", charset="windows-1252",
  text="""To whom it may concern \u2013

I\u2019ve been meaning to write for a while. At home we get something from Alliant almost every week: the thermostat offer, the \u201chome assessment,\u201d the solar flyer, and now the time-of-use thing. My wife and I have talked it over and we don\u2019t want any of it. Please take us off all marketing \u2013 mail and e-mail. The bill is all we need.

The account is in my name: Todd Wegner, 1315 N 12th St, Fort Dodge, IA 50501.

Thanks for your help,

Todd Wegner
Plant Manager
Fort Dodge Processing
Office: 515.555.0105 | Cell: 515.555.0192 | Plant floor: 515.555.0106""",
  lab=L([MO], "the account holder for the household (standing is his): marketing opt-out, windows-1252 curly quotes",
        {"name": "Todd Wegner", "postal_code": "50501"}),
  idx=("long-household-stop-marketing", "marketing opt-out", "-", "en"))
