# -*- coding: utf-8 -*-
"""The 2026 year sample: one dict per message, in no particular order (build.py sorts by arrival).

Label fields: labels, unclear, automated, ents, note, ack ("from" | "reply" | None).
Index fields: cat (category), lang (en/es/mixed), spec (one line about what was written).
"""
from ours import campaign, ack, bill

M = []


def msg(key, when, zone, box, prog, frm, subject=None, text="", **kw):
    d = dict(key=key, when=when, zone=zone, box=box, prog=prog, frm=frm, subject=subject, text=text)
    d.update(kw)
    d.setdefault("labels", [])
    d.setdefault("unclear", False)
    d.setdefault("automated", False)
    d.setdefault("ents", {})
    d.setdefault("lang", "en")
    if d["automated"]:
        d.setdefault("ack", None)
    else:
        d.setdefault("ack", "from")
    M.append(d)
    return d


def auto(key, when, zone, box, prog, frm, subject=None, text="", **kw):
    kw["automated"] = True
    return msg(key, when, zone, box, prog, frm, subject, text, **kw)


# =============================================================== JANUARY: New Year, cold snap, free assessment
msg("jan-resolution", "2026-01-02 07:48", "CT", "customercare", "outlook_isp",
    ("Gerald Hoffmann", "ghoffmann52@mchsi.com"), "Mailing list",
    "Good morning,\n\n"
    "Happy New Year. One of my resolutions this year is cutting down on the junk mail that comes to our house, "
    "and Alliant is one of the bigger sources. Please remove me from all of your promotional mailings, both the "
    "paper ones and email.\n\n"
    "The account is in my name at 2291 Kaufmann Ave, Dubuque IA 52001.\n\n"
    "Thank you,\nGerald Hoffmann",
    labels=["marketing_opt_out"], ents={"name": "Gerald Hoffmann", "postal_code": "52001"},
    note="plain New Year opt-out from all promotional mail, paper and email; name and ZIP in his own text",
    cat="marketing opt-out", spec="retiree asks off all promotional mail as a New Year resolution")

auto("jan-phish-suspend", "2026-01-05 03:12", "ET", "customercare", "html_mail",
     ("Alliant Energy Billing", "billing@alliant-billing-verify-portal.com"),
     "Action Required: Your account will be suspended within 24 hours",
     html=("<html><body style=\"font-family:Arial,sans-serif;background:#f4f4f4\">"
           "<table width=\"600\" align=\"center\" style=\"background:#ffffff;padding:24px\"><tr><td>"
           "<h2 style=\"color:#b00020\">Payment Failure Notice</h2>"
           "<p>Dear Valued Customer,</p>"
           "<p>We were unable to process your most recent automatic payment. As a result your electric and gas "
           "service is scheduled for <b>disconnection within 24 hours</b>.</p>"
           "<p>To avoid interruption of service, please verify your payment information immediately:</p>"
           "<p style=\"text-align:center\"><a href=\"http://alliant-billing-verify-portal.com/verify?ref=8841-22A\" "
           "style=\"background:#0a5ca8;color:#fff;padding:12px 28px;text-decoration:none\">VERIFY PAYMENT</a></p>"
           "<p>Thank you for choosing Alliant Energy.<br>Billing Department</p>"
           "<p style=\"font-size:10px;color:#999\">This is an automatically generated notice. Do not reply.</p>"
           "</td></tr></table></body></html>\n"),
     via=("generic", dict(host="mail.alliant-billing-verify-portal.com", ip="185.225.19.77", spf="pass", dkim_d=None,
                          dmarc="none", score=6.4,
                          tests="HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE,URIBL_ABUSE_SURBL")),
     note="phishing that impersonates our billing department, sprayed at our own address; automated, no labels",
     cat="automated: phishing", spec="fake disconnection notice asking to verify payment")

msg("jan-bill-question", "2026-01-08 21:37", "CT", "customercare", "gmail_web",
    ("Kayla Brandt", "kaylabrandt.cr@gmail.com"), "bill question",
    "Hi, I don't know if this is the right email but I couldn't get through on the phone (45 min hold!!).\n\n"
    "My bill for December was $312. Last year same month it was like $140. Nothing changed at our house except "
    "the cold snap. Is something wrong with the meter?\n\n"
    "Also we keep getting mailers about a free home energy assessment, is that actually free or is it a sales "
    "thing? Would it help with this?\n\n"
    "Thanks,\nKayla",
    labels=["question"], ents={"name": "Kayla"},
    note="billing question plus a question about a marketing program; asking about the mailers is not asking to stop them",
    cat="question", spec="cold-snap bill doubled; asks whether the free assessment mailers are real")

_hea_bounce = campaign("AE-2601-HEA", "lrasmussen@netins.net")
auto("jan-bounce-netins", "2026-01-13 09:17", "CT", "customercare", "dsn_postfix",
     ("Mail Delivery System", "MAILER-DAEMON@mail.netins.net"), env_from="",
     orig=_hea_bounce, rcpt="lrasmussen@netins.net", reporter="mail.netins.net", qid="8A3C21F40B",
     status="5.1.1", diag="550 5.1.1 <lrasmussen@netins.net>: Recipient address rejected: User unknown in local recipient table",
     text_reason="unknown user: \"lrasmussen\"",
     via=("generic", dict(host="mail.netins.net", ip="167.142.225.12", spf="none", dkim_d=None, dmarc="none", score=0.0,
                          tests="SPF_HELO_NONE,SPF_NONE", from_dom="mail.netins.net")),
     note="DSN for our January assessment promo; the returned headers carry List-Unsubscribe, still no request",
     cat="automated: bounce", spec="remote Postfix bounce, user unknown")

msg_ooo = auto("jan-ooo-ortho", "2026-01-13 09:16", "CT", "customercare", "ooo_exchange",
               ("Angela Schmitt", "angela.schmitt@cedarvalleyortho.com"), env_from="",
               orig=campaign("AE-2601-HEA", "angela.schmitt@cedarvalleyortho.com"),
               text="Thank you for your email. I am out of the office through Monday, January 19, with limited access "
                    "to email.\n\nFor patient scheduling please call the front desk at 319-555-0148. For billing "
                    "questions, contact billing@cedarvalleyortho.com.\n\nAngela Schmitt\nPractice Administrator\n"
                    "Cedar Valley Orthopedics",
               via=("m365", "cedarvalleyortho.com"),
               note="Exchange out-of-office answering our promo (Auto-Submitted, X-Auto-Response-Suppress); never acknowledge",
               cat="automated: auto-reply", spec="business out-of-office to the January promo")

msg("jan-stop-reply", "2026-01-14 12:20", "CT", "customercare", "iphone",
    ("Dale Wendt", "dwendt61@icloud.com"), None, "STOP",
    quote=campaign("AE-2601-HEA", "dwendt61@icloud.com"),
    labels=["marketing_opt_out"],
    note="'STOP' typed above our quoted assessment promo: a short reply takes its meaning from the promotion it answers",
    cat="marketing opt-out", spec="one-word STOP reply to the January promo from an iPhone")

msg("jan-share-pella", "2026-01-19 14:05", "CT", "powerhousecatalog", "aol_web",
    ("Dorothy Vander Ploeg", "dvploeg@aol.com"), "Please do not share my name",
    "To whom it may concern,\n\n"
    "I enjoy your catalog and have ordered the heated throw two winters in a row. But I have noticed that after "
    "I order from you I start getting catalogs from companies I never heard of. I would like to keep getting "
    "yours but please do not give or sell my name to other companies.\n\n"
    "My customer number from the back of the catalog is 40719-2286.\n\n"
    "Dorothy Vander Ploeg\nPella, Iowa 50219",
    labels=["catalog_share_opt_out"],
    ents={"name": "Dorothy Vander Ploeg", "postal_code": "50219", "account": "40719-2286"},
    note="keeps the catalog, refuses sharing: sharing opt-out only; catalog customer number counts as account",
    cat="catalog-sharing opt-out", spec="older catalog customer wants to keep the catalog but not be shared")

msg("jan-publicidad", "2026-01-22 16:40", "CT", "customercare", "samsung",
    ("Rosa Elena Maldonado", "rosaelena.mald@gmail.com"), "Publicidad",
    "Buenas tardes,\n\n"
    "Ya no quiero recibir publicidad de Alliant por correo ni por email. Me llegan muchos papeles de ofertas y "
    "casi no los leo.\n\nGracias.\nRosa Elena Maldonado\nMarshalltown",
    sig="Enviado desde mi Galaxy", lang="es",
    labels=["marketing_opt_out"], ents={"name": "Rosa Elena Maldonado"},
    note="Spanish: no more advertising by post or e-mail; town but no ZIP",
    cat="marketing opt-out", spec="Spanish opt-out from a Samsung phone, base64 body")

msg("jan-gmail-unsub", "2026-01-27 11:03", "CT", "customercare", "gmail_unsub",
    ("", "tjohnsrud@gmail.com"), "unsubscribe AE-2601-HEA", "",
    labels=["marketing_opt_out"],
    note="Gmail's unsubscribe link sent our List-Unsubscribe mailto (subject carries the campaign token); a person pressed it",
    cat="List-Unsubscribe mailto", spec="Gmail one-click unsubscribe fallback mail")

auto("jan-lakeshore-suppress", "2026-01-29 06:00", "CT", "powerhousecatalog", "vendor_notice",
     ("Lakeshore Direct Mail Job Status", "jobstatus@lakeshoredm.com"),
     "Job 26-0311 PowerHouse Spring Catalog: suppression file applied",
     "LAKESHORE DIRECT MAIL - JOB STATUS NOTICE\n"
     "This is an automated message. Please do not reply.\n\n"
     "Client:         PowerHouse Catalog (Alliant Energy)\n"
     "Job:            26-0311  Spring Catalog 2026, drop 1\n"
     "Event:          Suppression file applied\n"
     "File received:  PH_DNM_DNS_20260128.csv (2026-01-28 16:42 CT)\n\n"
     "Input records (house file + rental names):   148,902\n"
     "Do-not-mail matches suppressed:                 1,284\n"
     "Do-not-share flags applied (excluded from\n"
     "  list exchange output):                         2,117\n"
     "Deceased / NCOA moves removed:                     611\n"
     "Final mail quantity:                          147,007\n\n"
     "The merge/purge summary is attached. Log in to the client portal to approve the\n"
     "job before 5:00 PM CT on January 30 to keep the February 9 drop date.\n\n"
     "Lakeshore Direct Mail | Production Services\n",
     attach=("26-0311_mergepurge_summary.csv",
             "step,records_in,records_out,removed\ninput,148902,148902,0\ndo_not_mail,148902,147618,1284\n"
             "deceased_ncoa,147618,147007,611\nfinal,147007,147007,0\n"),
     extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     via=("generic", dict(host="smtp.lakeshoredm.com", ip="64.71.148.30", dkim_d="lakeshoredm.com", dkim_s="ldm1")),
     note="mail house's suppression-file report; full of do-not-mail/do-not-share words but it is vendor system mail",
     cat="automated: vendor notification", spec="mail house job status with CSV attachment")

# =============================================================== FEBRUARY: ice storm, Valentine's, community solar
msg("feb-ice-credit", "2026-02-02 19:55", "CT", "customercare", "outlook_web",
    ("Brian Kowalczyk", "bkowalczyk77@hotmail.com"), "Ice storm outage - credit?",
    "We were without power for 38 hours after the ice storm last week (Jan 27-28). Lost a freezer full of food, "
    "about $400 worth, and had to put the kids up at my in-laws. Is there any kind of credit on the bill for that, "
    "or a claim form for the food? Nobody on the phone line could tell me.\n\n"
    "Address is 1407 Rockdale Rd, Dubuque 52003. Account 6218 4470 15.\n\n"
    "Brian Kowalczyk",
    labels=["question"], ents={"name": "Brian Kowalczyk", "postal_code": "52003", "account": "6218 4470 15"},
    note="outage complaint and a claim question sent to the privacy address: question",
    cat="question", spec="ice-storm outage, asks about credit and food claim")

auto("feb-ooo-vacaciones", "2026-02-03 10:18", "CT", "powerhousecatalog", "ooo_google",
     ("Marisol Treviño", "marisol.trevino.tx@gmail.com"), "Respuesta automática: de vacaciones",
     "Hola, gracias por su mensaje. Estoy de vacaciones hasta el 16 de febrero y no estoy revisando mi correo.\n\n"
     "Hi, thanks for your email. I'm on vacation until February 16 and not checking email.\n\nMarisol",
     orig=campaign("PH-2602-VAL", "marisol.trevino.tx@gmail.com"), lang="mixed",
     note="Gmail vacation responder (Auto-Submitted: auto-replied) answering the Valentine promo, Spanish and English",
     cat="automated: auto-reply", spec="bilingual vacation auto-reply")

msg("feb-valentine-widow", "2026-02-04 08:30", "CT", "powerhousecatalog", "yahoo_ios",
    ("Linda Raabe", "lindaraabe@yahoo.com"), None,
    "Please stop sending me these emails. My husband passed away in October and getting Valentine gift ideas "
    "every week is not something I need right now.\n\nLinda",
    quote=campaign("PH-2602-VAL", "lindaraabe@yahoo.com"),
    labels=["marketing_opt_out"], ents={"name": "Linda"},
    note="stop the promotional e-mails (channel named: e-mail); she writes about herself, not for her late husband",
    cat="marketing opt-out", spec="widow asks to stop the Valentine e-mails, Yahoo iPhone reply")

msg("feb-both-baraboo", "2026-02-06 13:12", "CT", "powerhousecatalog", "thunderbird",
    ("Walt Brzezinski", "wbrzezinski@tds.net"), "catalog",
    "Remove me from the catalog mailing list. Also do not sell, rent or trade my name and address to anybody.\n\n"
    "Customer no. on the label: 0088 3417 2\nWalter Brzezinski\nE11420 Shady Lane Rd\nBaraboo WI 53913",
    via=("isp", "tds.net"),
    labels=["marketing_opt_out", "catalog_share_opt_out"],
    ents={"name": "Walter Brzezinski", "postal_code": "53913", "account": "0088 3417 2"},
    note="stop the catalog and no sharing: both opt-outs; full name from his signature, not the From nickname",
    cat="both opt-outs", spec="terse both-opt-out from Thunderbird on a rural ISP")

msg("feb-solar-postcards", "2026-02-10 18:22", "CT", "customercare", "xfinity",
    ("Josh Pedersen", "jpedersen.madison@comcast.net"), "solar mail",
    "hi, can you guys stop sending me the community solar postcards? I rent an apartment, i'm not putting solar "
    "on anything lol. No more paper mail offers please. thx",
    labels=["marketing_opt_out"],
    note="renter asks to stop promotional postcards (question form is the request itself)",
    cat="marketing opt-out", spec="casual renter, community solar postcards, Xfinity webmail")

msg("feb-please-stop", "2026-02-12 07:05", "CT", "powerhousecatalog", "gmail_ios",
    ("Pat Hennessey", "pat.hennessey58@gmail.com"), "stop", "Please stop.",
    unclear=True,
    note="'Please stop.' with no object and nothing quoted: unclear even though it reached the catalog mailbox",
    cat="unclear", spec="two words, no context")

msg("feb-phone-shared", "2026-02-17 12:44", "CT", "customercare", "outlook_isp",
    ("Sandra Okafor", "sandra.okafor@charter.net"), "Does Alliant share my phone number?",
    "Hello,\n\n"
    "I set up new service at my house in Fitchburg about three weeks ago. Since then I have had at least ten "
    "calls about solar panels and \"energy audits\", and some of the callers knew my name and that I had just "
    "moved. Did Alliant give my phone number or name to anyone? If so, who?\n\n"
    "Thank you,\nSandra Okafor",
    via=("isp", "charter.net"),
    labels=["question"], ents={"name": "Sandra Okafor"},
    note="asks whether and with whom her data was shared; asking is a question, not a sharing opt-out",
    cat="question", spec="new customer suspects her number was sold")

auto("feb-seo", "2026-02-20 09:31", "ET", "customercare", "plain_mail",
     ("Ravi Sharma", "ravi@rankrisedigital.co"), "Quick question about alliant-energy.com",
     "Hi there,\n\n"
     "I was looking at alliant-energy.com and noticed a few issues that are probably costing you traffic:\n\n"
     "- 37 pages with missing meta descriptions\n"
     "- slow mobile load time (6.8s)\n"
     "- almost no backlinks from high-authority energy blogs\n\n"
     "We've helped utilities and energy brands reach page 1 for terms like \"electric company near me\". "
     "Would you be open to a free audit? Just reply \"yes\" and I'll send it over.\n\n"
     "Best,\nRavi Sharma\nGrowth Consultant, RankRise Digital\n\n"
     "P.S. If you don't want to hear from me again, just let me know and I won't follow up.\n",
     via=("gmail", "rankrisedigital.co"),
     note="cold SEO outreach; its own opt-out line is not a request to us",
     cat="automated: cold outreach", spec="SEO cold pitch via Google Workspace")

msg("feb-spanglish-catalogs", "2026-02-25 20:14", "CT", "powerhousecatalog", "gmail_android",
    ("Yesenia Ortiz", "yesiortiz22@gmail.com"), "catalogos",
    "Hi, por favor remove me de la lista de mail. I get like 3 catalogs a month y no los pedí. My address is "
    "611 S 3rd Ave, Marshalltown 50158. Gracias!",
    lang="mixed", labels=["marketing_opt_out"], ents={"postal_code": "50158"},
    note="Spanglish: take me off the mailing list, too many catalogs; ZIP given, name only in From",
    cat="marketing opt-out", spec="mixed English/Spanish catalog opt-out from Android")

# =============================================================== MARCH: heat pump rebates, moving season, tax time
msg("mar-form-share", "2026-03-02 10:11", "CT", "customercare", "form",
    ("Alliant Energy Website", "noreply@alliantenergy.com"), "Contact Us: Privacy / Marketing Preferences",
    "A new message was submitted through the Contact Us form.\n\n"
    "Topic: Privacy / Marketing Preferences\n"
    "Name: Gloria Fenske\n"
    "Email: gfenske@frontiernet.net\n"
    "Phone: 608-555-0117\n"
    "Account number: 3107 5522 84\n"
    "ZIP code: 53566\n"
    "Preferred contact: Email\n\n"
    "Message:\n"
    "I get the PowerHouse catalog and I'm fine with that. I do not want my name and address given to other "
    "catalog companies. Thank you.\n\n"
    "---\nSubmitted 03/02/2026 10:11 AM CST from alliantenergy.com/contact\n",
    reply_to="Gloria Fenske <gfenske@frontiernet.net>", ack="reply",
    via=("internal", "web-forms01.alliantenergy.com", "10.30.8.21"), env_from="noreply@alliantenergy.com",
    mid_host="web-forms01.alliantenergy.com",
    labels=["catalog_share_opt_out"],
    ents={"name": "Gloria Fenske", "postal_code": "53566", "account": "3107 5522 84"},
    note="our web-form relay: From is noreply, the customer is in Reply-To; keeps catalog, refuses sharing",
    cat="catalog-sharing opt-out", spec="Contact Us form relay, sharing opt-out")

auto("mar-no-longer-monitored", "2026-03-10 09:02", "CT", "customercare", "plain_autoreply",
     ("Ridgeway Heating & Cooling", "info@ridgewayhvac.com"), "Re: Heat pump rebates up to $1,200 this spring [AE-2603-HP]",
     "This mailbox is no longer monitored.\n\n"
     "Ridgeway Heating & Cooling has moved to a new system. For service please call 563-555-0162 or email "
     "service@ridgewayhvac-ia.com.\n\nThank you!",
     orig=campaign("AE-2603-HP", "info@ridgewayhvac.com"),
     via=("generic", dict(host="mail.ridgewayhvac.com", ip="72.167.218.44", dkim_d=None, dmarc="none", score=0.8,
                          tests="SPF_HELO_NONE,SPF_PASS,TVD_SPACE_RATIO")),
     note="headerless 'no longer monitored' auto-reply (no Auto-Submitted) to our promo: still automated",
     cat="automated: auto-reply", spec="contractor's dead mailbox answers the heat pump promo")

msg("mar-ios-unsub", "2026-03-10 11:47", "CT", "customercare", "ios_unsub",
    ("Mike Dolezal", "mdolezal@icloud.com"), "unsubscribe", "",
    labels=["marketing_opt_out"],
    note="iOS Mail's Unsubscribe banner mailed our List-Unsubscribe address; empty body, still a person's opt-out",
    cat="List-Unsubscribe mailto", spec="empty unsubscribe from iPhone Mail")

msg("mar-heatpump-ahri", "2026-03-11 20:03", "CT", "customercare", "gmail_web",
    ("Heather Lindgren", "hlindgren.family@gmail.com"), None,
    "Can you take me off the promo email list? We get plenty from you.\n\n"
    "BUT while I have you: we put in a heat pump in February (Lennox, installed by Midwest Comfort). The rebate "
    "form asks for an AHRI reference number and our installer is not answering. Where do we find it, and is "
    "there a deadline for submitting? Don't want to miss out on $1,200.\n\n"
    "Heather Lindgren\nSun Prairie",
    quote=campaign("AE-2603-HP", "hlindgren.family@gmail.com"),
    labels=["marketing_opt_out", "question"], ents={"name": "Heather Lindgren"},
    note="opt-out in question form plus a real rebate question: both labels",
    cat="opt-out + question", spec="reply to heat pump promo: off the list, and where is the AHRI number")

msg("mar-cambio-direccion", "2026-03-16 17:28", "CT", "customercare", "gmail_android",
    ("Joaquín Ramírez", "joaquinrmz84@gmail.com"), "Cambio de dirección",
    "Buenas tardes.\n\n"
    "Me mudé de West Liberty a Muscatine el 1 de marzo y quiero cambiar la dirección de mi cuenta. La cuenta "
    "está a nombre de Joaquín Ramírez, número 7731 0045 91.\n\n"
    "Nueva dirección: 1820 Cedar St Apt 4, Muscatine IA 52761\n\n"
    "¿Tengo que cerrar la cuenta vieja o ustedes la pasan a la nueva dirección? No sé si me van a cobrar los "
    "dos lugares.\n\nGracias,\nJoaquín",
    lang="es", labels=["question"],
    ents={"name": "Joaquín Ramírez", "postal_code": "52761", "account": "7731 0045 91"},
    note="Spanish change of address and a billing worry: question; postal code is the new address he gives",
    cat="question", spec="Spanish move from West Liberty to Muscatine")

auto("mar-ucx-newsletter", "2026-03-19 06:05", "ET", "customercare", "bulk_html",
     ("UCX Weekly", "newsletter@ucxweekly.com"), "UCX Weekly: outage texts that cut call volume, and why 'do not sell' requests are rising",
     "UCX WEEKLY - Utility Customer Experience\nMarch 19, 2026\n\n"
     "1. Three utilities that cut storm call volume 30% with proactive outage texts\n"
     "2. Why 'do not sell my info' requests are rising, and what your privacy inbox should do about it\n"
     "3. Webinar: bilingual customer service on a budget (April 2)\n\n"
     "Read online: https://ucxweekly.com/issues/2026-03-19\n\n"
     "You are receiving UCX Weekly because you subscribed at ucxweekly.com.\n"
     "Unsubscribe: https://ucxweekly.com/u/8f21c\n",
     html=("<!DOCTYPE html><html><body style=\"margin:0;background:#eef1f4\"><table width=\"100%\"><tr><td align=\"center\">"
           "<table width=\"600\" style=\"background:#fff;font-family:Georgia,serif\"><tr><td style=\"padding:20px\">"
           "<h1 style=\"font-size:22px\">UCX Weekly</h1><p>March 19, 2026</p>"
           "<ol><li>Three utilities that cut storm call volume 30% with proactive outage texts</li>"
           "<li>Why 'do not sell my info' requests are rising, and what your privacy inbox should do about it</li>"
           "<li>Webinar: bilingual customer service on a budget (April 2)</li></ol>"
           "<p><a href=\"https://ucxweekly.com/issues/2026-03-19\">Read online</a></p>"
           "<p style=\"font-size:11px;color:#777\">You are receiving UCX Weekly because you subscribed at ucxweekly.com. "
           "<a href=\"https://ucxweekly.com/u/8f21c\">Unsubscribe</a></p>"
           "<img src=\"https://t.relaywise.net/o/8f21c.gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr></table></td></tr></table></body></html>\n"),
     esp_host="mta-07.relaywise.net",
     list_headers=[("List-Unsubscribe", "<https://ucxweekly.com/u/8f21c>, <mailto:unsub-8f21c@relaywise.net>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "UCX Weekly <weekly.ucxweekly.com>"),
                   ("Precedence", "bulk"), ("Feedback-ID", "8f21c:ucx:relaywise")],
     via=("generic", dict(host="mta-07.relaywise.net", ip="149.72.61.7", dkim_d="ucxweekly.com", dkim_s="rw1",
                          from_dom="ucxweekly.com")),
     note="trade newsletter someone subscribed the mailbox to; mentions 'do not sell' but is bulk mail",
     cat="automated: newsletter", spec="industry newsletter with list headers")

msg("mar-remove-stormlake", "2026-03-23 15:40", "CT", "customercare", "yahoo_web",
    ("Marvin Tjaden", "mtjaden1948@yahoo.com"), "Remove",
    "Remove me from mailing list.\nMarvin Tjaden\n50588",
    labels=["marketing_opt_out"], ents={"name": "Marvin Tjaden", "postal_code": "50588"},
    note="'remove me from mailing list' is a marketing opt-out; bare ZIP counts",
    cat="marketing opt-out", spec="three-line opt-out with bare ZIP")

msg("mar-who-shared", "2026-03-26 21:15", "CT", "powerhousecatalog", "thunderbird",
    ("Eric Solheim", "eric@solheim.name"), "Who did you share my address with?",
    "Hi,\n\n"
    "In November I ordered a pair of the LED shop lights from the PowerHouse Catalog. I used a slightly different "
    "spelling of my road for that order (\"Solheim Rd\" instead of \"Solheim Road\") and since December I've had "
    "nine catalogs from other companies arriving with exactly that spelling. So I know where they got it.\n\n"
    "1) Which companies did you share or rent my name and address to?\n"
    "2) Do not share it again. Not with anyone.\n\n"
    "Eric Solheim\n3341 Solheim Rd, Decorah IA 52101",
    version="140.0esr", os_="X11; Linux x86_64", rv="140.0",
    via=("fastmail", "solheim.name"),
    labels=["catalog_share_opt_out", "question"],
    ents={"name": "Eric Solheim", "postal_code": "52101"},
    note="asks who received his address (question) and forbids further sharing (sharing opt-out)",
    cat="opt-out + question", spec="tracked his own misspelling to prove list rental")

auto("mar-phish-m365", "2026-03-30 02:44", "UTC", "customercare", "html_mail",
     ("Microsoft 365 Admin", "no-reply@m365-securemail-notify.com"),
     "Password expiry notice for customercare@alliant-energy.com",
     html=("<html><body style=\"font-family:Segoe UI,Arial\"><div style=\"max-width:520px;margin:auto\">"
           "<p style=\"font-size:20px\">Microsoft 365</p>"
           "<p>The password for <b>customercare@alliant-energy.com</b> expires today.</p>"
           "<p>To keep using your current password, confirm your account below. Otherwise you will be signed out of "
           "Outlook, Teams and OneDrive.</p>"
           "<p><a href=\"https://m365-securemail-notify.com/keep?u=customercare\" style=\"background:#0078d4;color:#fff;"
           "padding:10px 20px;text-decoration:none\">Keep current password</a></p>"
           "<p style=\"color:#666;font-size:11px\">Microsoft respects your privacy. To learn more, read our Privacy Statement.</p>"
           "</div></body></html>\n"),
     via=("generic", dict(host="vps-3912.m365-securemail-notify.com", ip="45.141.87.203", spf="pass", dkim_d=None,
                          dmarc="none", score=7.2,
                          tests="HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_PASS,URIBL_BLACK,URIBL_DBL_PHISH")),
     note="credential phishing aimed at the mailbox itself; its 'privacy' wording is irrelevant",
     cat="automated: phishing", spec="fake Microsoft 365 password expiry")

# =============================================================== APRIL: smart meters, storms, Earth Day, Mother's Day
msg("apr-smart-meter", "2026-04-01 10:20", "CT", "customercare", "aol_web",
    ("HAROLD MEYER", "hmeyer1939@aol.com"), "SMART METER",
    "I GOT A LETTER SAYING A MAN WILL COME TO CHANGE MY METER TO A SMART METER IN MAY. I DO NOT WANT ONE. "
    "WHAT ARE MY OPTIONS. ALSO WHO GETS TO SEE THE DATA FROM IT, DOES IT GO TO THE GOVERNMENT OR ANYBODY ELSE.\n\n"
    "HAROLD MEYER\nOTTUMWA",
    via=("yahoo", "aol"),
    labels=["question"], ents={"name": "HAROLD MEYER"},
    note="all-caps smart meter refusal and a data question: question, no opt-out (he asks who sees data, does not forbid sharing)",
    cat="question", spec="elderly customer in capitals about smart meter data")

auto("apr-ooo-bilingue", "2026-04-07 09:33", "CT", "customercare", "ooo_exchange",
     ("Carmen Solís", "csolis@bsdwi.org"), env_from="",
     orig=campaign("AE-NL-2604", "csolis@bsdwi.org"),
     text="Thank you for your email. I am out of the office for spring break (April 6-10) and will respond when I return.\n\n"
          "Gracias por su correo. Estoy fuera de la oficina por las vacaciones de primavera (6 al 10 de abril) y "
          "responderé a mi regreso.\n\nCarmen Solís\nFamily Liaison / Enlace Familiar",
     via=("m365", "bsdwi.org"), lang="mixed",
     note="bilingual Exchange out-of-office to the April newsletter; automated",
     cat="automated: auto-reply", spec="school family liaison OOO in English and Spanish")

msg("apr-declutter", "2026-04-07 14:30", "CT", "customercare", "service_unsub",
    ("Nancy Lupton", "nancy.lupton@gmail.com"), "unsubscribe",
    "unsubscribe\n\nThis request was sent automatically by Declutterly on behalf of the mailbox owner.\n",
    labels=["marketing_opt_out"], ack=None,
    note="inbox-cleaning service used our List-Unsubscribe mailto for her: a person's opt-out, but Auto-Submitted forbids an answer",
    cat="List-Unsubscribe mailto", spec="unsubscribe service mail with Auto-Submitted")

msg("apr-kuhlers", "2026-04-09 11:10", "CT", "customercare", "outlook_m365",
    ("Brenda Kuhlers", "brenda@kuhlersgrain.com"), "Remove from mailing lists",
    "Good morning,\n\n"
    "Please remove Kuhlers Grain & Feed from your marketing mail lists, both email and postal. We currently get "
    "four copies of every mailer, addressed to \"Kuhlers Grain\", \"Kuhler's Grain and Feed\", \"Dale Kuhlers\" "
    "and \"Kuhlers G & F\". We don't need any of them. Our service account is 4420 1187 63.\n\n"
    "Thank you,\n\n"
    "Brenda Kuhlers\nOffice Manager\nKuhlers Grain & Feed, Inc.\n2150 Hwy 18 W | Clear Lake, IA 50428\n"
    "Office 641-555-0139\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain "
    "confidential information. If you received it in error, please notify the sender and delete it.",
    via=("m365", "kuhlersgrain.com"),
    labels=["marketing_opt_out"],
    ents={"name": "Kuhlers Grain & Feed", "postal_code": "50428", "account": "4420 1187 63"},
    note="office manager opts the business account out of all marketing; the customer the request is for is the business",
    cat="marketing opt-out", spec="business customer, four duplicate mailers, legal footer")

msg("apr-outage-map", "2026-04-13 06:50", "CT", "customercare", "gmail_ios",
    ("Tasha Greenwood", "tashagreenwood@gmail.com"), "Outage map is useless",
    "Friday night's storms knocked our power out around 9 pm. Your outage map said estimated restoration 11:30 pm. "
    "Then 2 am. Then \"assessing\". We finally got it back Sunday afternoon. I work from home and lost two days "
    "of pay.\n\n"
    "I get that there were tornado warnings and trees down everywhere, I'm not mad at the line crews. But why does "
    "the map give times that are totally made up? Just say you don't know. And is there any compensation for "
    "multi-day outages?\n\nTasha Greenwood, Marion",
    labels=["question"], ents={"name": "Tasha Greenwood"},
    note="storm outage complaint with questions: question",
    cat="question", spec="spring storm, outage map estimates")

msg("apr-other-address", "2026-04-15 08:12", "CT", "customercare", "gmail_web",
    ("Ron Vetter", "ronvetter@gmail.com"), None,
    "Thanks. Can you do the same for my other address on Grant St?",
    quote=ack("ronvetter@gmail.com", "CC-2026-04-00311", (2026, 4, 13, 16, 2, 11)),
    unclear=True,
    note="'do the same' refers to an earlier request he does not restate; our quoted ack names both opt-outs, so which one is unknown",
    cat="unclear", spec="reply to our acknowledgement, 'same for my other address'")

msg("apr-free-trees", "2026-04-20 19:30", "CT", "customercare", "apple_mail",
    ("Greta Anderson-Kull", "greta.ak@me.com"), "Free trees?",
    "Hello!\n\n"
    "A neighbor said Alliant used to give away free trees around Earth Day through some program. Is that still "
    "going? I'd love to sign up for a couple for our backyard in Beloit if so. What do I need to do?\n\n"
    "Greta Anderson-Kull",
    labels=["question"], ents={"name": "Greta Anderson-Kull"},
    note="wants to join a program: wanting more is a question, not an opt-out",
    cat="question", spec="Earth Day tree program sign-up question from Apple Mail")

auto("apr-crm-export", "2026-04-22 03:00", "CT", "powerhousecatalog", "mp_text_html",
     ("Ledgerline CRM", "notifications@ledgerlinecrm.com"), "Scheduled export \"PH_DoNotShare_weekly\" completed",
     "Your scheduled export has finished.\n\n"
     "Export: PH_DoNotShare_weekly\nWorkspace: PowerHouse Catalog\nRecords: 2,241\nFormat: CSV (UTF-8)\n"
     "Finished: Apr 22, 2026 3:00 AM CDT\n\n"
     "Download (link expires in 7 days): https://app.ledgerlinecrm.com/exports/7Qk2-PH-DNS\n\n"
     "You're receiving this because you're subscribed to export notifications for this workspace.\n"
     "Manage notifications in Settings > Notifications.\n",
     html=("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#222\"><div style=\"max-width:560px\">"
           "<p><b>Your scheduled export has finished.</b></p><table cellpadding=\"4\">"
           "<tr><td>Export</td><td>PH_DoNotShare_weekly</td></tr><tr><td>Workspace</td><td>PowerHouse Catalog</td></tr>"
           "<tr><td>Records</td><td>2,241</td></tr><tr><td>Format</td><td>CSV (UTF-8)</td></tr>"
           "<tr><td>Finished</td><td>Apr 22, 2026 3:00 AM CDT</td></tr></table>"
           "<p><a href=\"https://app.ledgerlinecrm.com/exports/7Qk2-PH-DNS\">Download</a> (link expires in 7 days)</p>"
           "<p style=\"font-size:11px;color:#888\">You're receiving this because you're subscribed to export notifications "
           "for this workspace. Manage notifications in Settings &gt; Notifications.</p></div></body></html>\n"),
     extra=["Auto-Submitted: auto-generated", "X-Ledgerline-Event: export.completed"],
     via=("generic", dict(host="o12.out.ledgerlinecrm.com", ip="167.89.40.112", dkim_d="ledgerlinecrm.com", dkim_s="ll2")),
     note="CRM export notice for the do-not-share list; vendor system mail, no request",
     cat="automated: vendor notification", spec="CRM scheduled export finished")

msg("apr-mothers-day", "2026-04-28 12:10", "CT", "powerhousecatalog", "outlook_ios",
    ("Kristen Maas", "kristen.maas@outlook.com"), None,
    "Please take me off your email list. No more Mother's Day ads, thank you.",
    quote=campaign("PH-2604-MD", "kristen.maas@outlook.com"),
    labels=["marketing_opt_out"],
    note="reply to the Mother's Day promo asking off the e-mail list",
    cat="marketing opt-out", spec="short opt-out from Outlook for iOS")

auto("apr-bounce-gmail", "2026-04-28 10:01", "CT", "powerhousecatalog", "dsn_postfix",
     ("Mail Delivery System", "MAILER-DAEMON@mx1.alliant-energy.com"), env_from="",
     orig=campaign("PH-2604-MD", "grandmaruthie44@gmail.com"), rcpt="grandmaruthie44@gmail.com",
     reporter="mx1.alliant-energy.com", remote="gmail-smtp-in.l.google.com", qid="4dW2Hs9KqNz3Bvt", status="5.1.1",
     diag="550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking "
          "the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to "
          "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4b2e1c3f4a1si552817cf.118 - gsmtp",
     text_reason="host gmail-smtp-in.l.google.com[142.250.115.27] said:\n    550-5.1.1 The email account that you "
                 "tried to reach does not exist. Please try\n    550-5.1.1 double-checking the recipient's email "
                 "address for typos or\n    550-5.1.1 unnecessary spaces. For more information, go to\n    550 5.1.1 "
                 "https://support.google.com/mail/?p=NoSuchUser\n    d75a77b69052e-4b2e1c3f4a1si552817cf.118 - gsmtp "
                 "(in reply to RCPT TO command)",
     via=("local_bounce",),
     note="our MX returning the Mother's Day promo: Gmail says the account does not exist",
     cat="automated: bounce", spec="local bounce with Gmail's NoSuchUser text")

msg("apr-no-compartir", "2026-04-29 09:15", "AZ", "powerhousecatalog", "yahoo_web",
    ("Ana Lucía Beltrán", "analubeltran@yahoo.com"), "No compartir mis datos",
    "Hola,\n\n"
    "Recibo su catálogo en mi casa y me gusta, sí quiero seguir recibiéndolo. Pero no quiero que compartan ni "
    "vendan mi nombre ni mi dirección a otras compañías. Últimamente me llegan muchos catálogos que nunca pedí.\n\n"
    "Ana Lucía Beltrán\nTucson, AZ 85710",
    lang="es", labels=["catalog_share_opt_out"],
    ents={"name": "Ana Lucía Beltrán", "postal_code": "85710"},
    note="Spanish: keep the catalog, do not share or sell name and address: sharing opt-out only",
    cat="catalog-sharing opt-out", spec="Spanish catalog customer in Arizona")

# =============================================================== MAY: data requests, AC tune-ups, graduation
msg("may-data-copy", "2026-05-04 22:05", "CT", "customercare", "outlook_web",
    ("Devin Marsh", "devin.marsh@live.com"), "Request for copy of my personal data",
    "Hello,\n\n"
    "I'd like a copy of all the personal information Alliant Energy has about me: account records, usage data, "
    "anything you got from third parties, and a list of anyone you've shared it with. Please send it "
    "electronically if possible.\n\n"
    "Name on account: Devin A. Marsh\nAccount: 2290-6614-08\nService address: 917 W Grand Ave, Beloit WI 53511\n\n"
    "Thanks,\nDevin Marsh",
    labels=["question"], ents={"name": "Devin Marsh", "postal_code": "53511", "account": "2290-6614-08"},
    note="request for a copy of his data: a clear question (not unclear, nothing to delete)",
    cat="question", spec="data access request")

auto("may-bounce-lastcall", "2026-05-05 10:01", "CT", "powerhousecatalog", "dsn_postfix",
     ("Mail Delivery System", "MAILER-DAEMON@mx1.alliant-energy.com"), env_from="",
     orig=campaign("PH-2605-MD2", "bkaufman@windstream.net"), rcpt="bkaufman@windstream.net",
     reporter="mx1.alliant-energy.com", remote="smtp.windstream.net", qid="4fK8Qm2TyVz7Lhp", status="5.1.1",
     diag="550 5.1.1 <bkaufman@windstream.net>... User unknown",
     text_reason="host smtp.windstream.net[166.102.165.11] said: 550 5.1.1\n    <bkaufman@windstream.net>... User unknown (in reply to RCPT TO command)",
     via=("local_bounce",),
     note="our own MX returning the last-call promo; Return-Path <>",
     cat="automated: bounce", spec="local Postfix bounce of the May 5 promo")

msg("may-ac-tuneup", "2026-05-07 18:45", "CT", "customercare", "gmail_web",
    ("Curtis Boeckman", "cboeckman@gmail.com"), "AC tune up ads",
    "I'm getting texts, emails AND postcards about $25 off an AC tune up. I don't have central air. I have a "
    "window unit from 2009.\n\nPlease stop all of it, every channel. Thank you",
    labels=["marketing_opt_out"],
    note="stop promotional texts, e-mails and postcards: marketing opt-out across channels",
    cat="marketing opt-out", spec="AC tune-up promos on every channel")

msg("may-thanks-ack", "2026-05-11 07:58", "CT", "customercare", "iphone",
    ("Bonnie Lutz", "bonnielutz@gmail.com"), None, "Thank you!",
    quote=ack("bonnielutz@gmail.com", "CC-2026-05-00402", (2026, 5, 10, 19, 44, 3)),
    via=("gmail",), ack=None,
    note="thank-you to our acknowledgement asks for nothing: no labels, not unclear, no ack (avoid ping-pong)",
    cat="human, no action", spec="'Thank you!' under our ack from iPhone Mail on a Gmail account")

msg("may-delete-all", "2026-05-14 14:22", "CT", "customercare", "outlook_web",
    ("Jolene Pruitt", "jolene.pruitt@hotmail.com"), "Delete my info",
    "Hi, I'm moving to Arizona in June and closing my account. After that I want all my information deleted "
    "from your systems. Everything. I don't want you keeping my data after I'm not a customer.\n\n"
    "Jolene Pruitt\nacct 5813 2206 71",
    unclear=True, labels=["question"],
    ents={"name": "Jolene Pruitt", "account": "5813 2206 71"},
    note="delete-everything request (plus account closing): unclear + question per the data-request rule; staff decides",
    cat="unclear (data deletion)", spec="move out of state, delete all my data")

msg("may-birdfeeder", "2026-05-18 16:09", "CT", "powerhousecatalog", "yahoo_android",
    ("Gary Lindquist", "glindquist@att.net"), "STOP the catalogs",
    "Stop mailing me your catalogs and DON'T sell my name to anyone else either!! Ever since I ordered that bird "
    "feeder I get junk from companies I never heard of. Gary Lindquist 4410 Ridgeview Ct Janesville WI 53546",
    via=("yahoo", "att"), brand="att",
    labels=["marketing_opt_out", "catalog_share_opt_out"],
    ents={"name": "Gary Lindquist", "postal_code": "53546"},
    note="stop the catalog and don't sell the name: both opt-outs",
    cat="both opt-outs", spec="angry both-opt-out from Yahoo app on att.net")

auto("may-phish-paquete", "2026-05-20 05:33", "CT", "powerhousecatalog", "html_mail",
     ("Correos Envíos", "notificacion@envios-seguimiento-mx.com"), "Su paquete no pudo ser entregado",
     html=("<html><body style=\"font-family:Arial\"><p>Estimado cliente:</p>"
           "<p>Su paquete <b>MX-4471902</b> no pudo ser entregado porque la dirección está incompleta.</p>"
           "<p>Para reprogramar la entrega, confirme sus datos y pague la tarifa de reenvío de $1.99 dentro de las "
           "próximas 48 horas:</p><p><a href=\"http://envios-seguimiento-mx.com/reenvio\">Confirmar dirección</a></p>"
           "<p>Si no recibimos respuesta, el paquete será devuelto al remitente.</p><p>Atentamente,<br>Servicio de Envíos</p>"
           "</body></html>\n"),
     charset="iso-8859-1", cte="base64", b_words=True, lang="es",
     via=("generic", dict(host="mail.envios-seguimiento-mx.com", ip="91.92.243.18", spf="softfail", dkim_d=None,
                          dmarc="none", score=5.9,
                          tests="HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_SOFTFAIL,URIBL_ABUSE_SURBL")),
     note="Spanish parcel-fee phishing sent to the catalog mailbox; automated",
     cat="automated: phishing", spec="Spanish package-delivery scam, base64 iso-8859-1 HTML")

msg("may-college", "2026-05-26 23:10", "CT", "customercare", "gmail_ios",
    ("Madison Kruse", "maddie.kruse08@gmail.com"), "unsubscribe please",
    "hi! can you unsubscribe this email from all the alliant stuff? it's on my parents account from when i was in "
    "high school and i'm leaving for college in august lol. they can keep getting whatever at the house, just not "
    "this email. thanks!!\n\n- Maddie",
    labels=["marketing_opt_out"], ents={"name": "Maddie"},
    note="her own address off marketing e-mail; paper mail to the parents' house is explicitly kept (channel limit)",
    cat="marketing opt-out", spec="teenager unsubscribes her e-mail, parents keep paper")

msg("may-how-long", "2026-05-29 10:40", "CT", "powerhousecatalog", "outlook_isp",
    ("Carol Ann Dietz", "cadietz@windstream.net"), "How long does an opt out take?",
    "I called in April and asked to be taken off the catalog mailing and I still received the Mother's Day "
    "catalog last week. How long does it take for an opt out to go through? Is there a confirmation number I "
    "should have gotten?\n\nCarol Ann Dietz",
    via=("isp", "windstream.net"),
    labels=["question"], ents={"name": "Carol Ann Dietz"},
    note="asks how long an opt-out takes; mentions an earlier phone request but does not make a new one: question only",
    cat="question", spec="how long does an opt-out take")

# =============================================================== JUNE: peak-time rewards, derecho, end of school
auto("jun-ooo-teacher", "2026-06-02 09:04", "CT", "customercare", "ooo_google",
     ("Dylan Hess", "dhess@fdcsd-k12.org"), "Out for the summer",
     "Thanks for your message! School is out and I am not checking email regularly until August 10. For summer "
     "school questions please contact the main office.\n\nMr. Hess\n5th Grade, Riverside Elementary",
     orig=campaign("AE-2606-PTS", "dhess@fdcsd-k12.org"), via=("gmail", "fdcsd-k12.org"),
     note="Google Workspace vacation reply to the peak-time promo (Auto-Submitted)",
     cat="automated: auto-reply", spec="teacher's summer vacation responder")

msg("jun-outlook-unsub", "2026-06-02 13:15", "CT", "customercare", "outlook_unsub",
    ("Tyler Carlson", "tcarlson_ia@outlook.com"), "unsubscribe", "",
    labels=["marketing_opt_out"],
    note="Outlook.com unsubscribe bar used the List-Unsubscribe mailto; empty body",
    cat="List-Unsubscribe mailto", spec="Outlook.com unsubscribe mail")

msg("jun-sign-me-up", "2026-06-03 08:05", "CT", "customercare", "yahoo_web",
    ("Beverly Nowak", "bevnowak@yahoo.com"), None,
    "Yes, sign me up! How does it work if I'm on budget billing? Do the credits still show up?\n\nBev",
    quote=campaign("AE-2606-PTS", "bevnowak@yahoo.com"),
    labels=["question"], ents={"name": "Bev"},
    note="'sign me up' under our promo: wanting more is a question; the quoted footer's unsubscribe is not hers",
    cat="question", spec="yes-sign-me-up reply to the peak-time promo")

msg("jun-markesan", "2026-06-08 15:00", "CT", "customercare", "winlive",
    ("Arnold Riemer", "ajriemer@centurytel.net"), "Please stop paper mail",
    "Dear Alliant Energy,\n\n"
    "We are both in our 80's and don't use the computer much but our grandson set this up for us. We would like "
    "you to stop sending us the paper mail with offers and programs. We get so many of them. The bill is fine, "
    "we still want the bill.\n\n"
    "Thank you kindly,\nArnold and June Riemer\nN5432 County Road B\nMarkesan, WI 53946",
    via=("isp", "centurytel.net"),
    labels=["marketing_opt_out"], ents={"name": "Arnold and June Riemer", "postal_code": "53946"},
    note="household writes for itself: stop promotional paper mail, keep the bill; joint names kept as written",
    cat="marketing opt-out", spec="elderly couple on Windows Live Mail, iso-8859-1")

auto("jun-calendar", "2026-06-12 08:00", "CT", "powerhousecatalog", "calendar",
     ("Megan Stoltz", "mstoltz@lakeshoredm.com"),
     "Invitation: PowerHouse Q3 suppression & list exchange review @ Tue Jun 16, 2026 10am - 10:45am (CDT) (powerhousecatalog@alliant-energy.com)",
     "PowerHouse Q3 suppression & list exchange review\n"
     "Tuesday Jun 16, 2026 \u22c5 10am \u2013 10:45am\nCentral Time - Chicago\n\n"
     "Agenda: do-not-share counts before the Q3 list exchange, NCOA schedule, fall catalog drop dates.\n\n"
     "Join with Google Meet\nmeet.google.com/qvx-hdrn-kfe\n\n"
     "Organizer\nMegan Stoltz\nmstoltz@lakeshoredm.com\n\n"
     "Guests\nMegan Stoltz - organizer\npowerhousecatalog@alliant-energy.com\n\n"
     "Invitation from Google Calendar\n",
     event=dict(start="20260616T100000", end="20260616T104500", location="Google Meet",
                summary="PowerHouse Q3 suppression & list exchange review",
                desc_ics="Agenda: do-not-share counts before the Q3 list exchange\\, NCOA schedule\\, fall catalog drop dates."),
     env_from="3aFxnZg4MBPgYm5q-nv.jx-m8bkdsmnyoq.com@calendar-server.bounces.google.com",
     via=("gmail", "lakeshoredm.com"),
     note="calendar invitation (text/calendar) from the mail house; mentions do-not-share but is no request",
     cat="automated: calendar", spec="Google Calendar invite with .ics")

msg("jun-do-not-sell", "2026-06-16 20:48", "CT", "powerhousecatalog", "gmail_web",
    ("", "kdoyle.wi@gmail.com"), "Do Not Sell My Info", "Do not sell or share my personal information.",
    labels=["catalog_share_opt_out"],
    note="the standard 'do not sell or share' sentence, nothing else; no entities in the body",
    cat="catalog-sharing opt-out", spec="one-line do-not-sell, no name")

msg("jun-sin-luz", "2026-06-19 11:30", "CT", "customercare", "iphone",
    ("Teresa Galván", "tgalvan@icloud.com"), "Sin luz desde el martes",
    "Buenos días, se fue la luz en mi casa desde el martes en la noche con la tormenta y todavía no regresa. "
    "Tengo la insulina de mi papá en el refrigerador y ya la pasamos a una hielera. ¿Cuándo van a venir? Ya llamé "
    "dos veces.\n\nDirección: 508 E 7th St, Storm Lake 50588\nTeresa Galván",
    sig="Enviado desde mi iPhone", lang="es",
    labels=["question"], ents={"name": "Teresa Galván", "postal_code": "50588"},
    note="Spanish urgent outage after the derecho (medicine at risk): question, staff should escalate",
    cat="question", spec="Spanish outage plea, insulin in the fridge")

msg("jun-mama-fallecio", "2026-06-23 13:02", "CT", "customercare", "gmail_web",
    ("Lorena Arreola", "lore.arreola@gmail.com"), "Mi mamá falleció",
    "Hola, buenas tardes.\n\n"
    "Mi mamá, Guadalupe Arreola, falleció en mayo. Todavía le llegan cartas y ofertas de Alliant a su nombre a "
    "la casa de Beloit. Por favor quítenla de todo.\n\nGracias,\nLorena",
    lang="es", unclear=True, ents={"name": "Guadalupe Arreola"},
    note="daughter writes for her late mother; standing not shown and 'todo' may mean the account too: unclear, entity is the mother",
    cat="unclear (on behalf)", spec="Spanish, deceased mother, 'take her off everything'")

msg("jun-peak-emails", "2026-06-26 12:12", "CT", "customercare", "atmail",
    ("Pam Hoskins", "phoskins@netins.net"), "Peak time emails",
    "I already signed up for Peak Time Savings in May. Please stop sending me the emails trying to get me to "
    "sign up for it, I'm already in it! That's four this month.\n\nPam",
    via=("isp", "netins.net"),
    labels=["marketing_opt_out"], ents={"name": "Pam"},
    note="enrolled customer asks to stop the enrollment promos; program notices are not named. HTML-only webmail",
    cat="marketing opt-out", spec="already enrolled, stop the sign-up e-mails; HTML-only")

auto("jun-challenge", "2026-06-30 16:40", "CT", "customercare", "plain_mail",
     ("Carla Ng", "carla.ng@midco.net"), "Please verify your message to carla.ng@midco.net",
     "Hello,\n\n"
     "I use a spam filter that only accepts mail from people I know. Your message to me is being held:\n\n"
     "  From:    customercare@alliant-energy.com\n"
     "  Subject: We received your request [CC-2026-06-00519]\n\n"
     "To get it delivered, open the link below and type the characters you see. You only have to do this once.\n\n"
     "https://verify.mailguard-cr.net/c/7d1e0a9b44\n\n"
     "This is an automated message sent by MailGuard on behalf of carla.ng@midco.net.\n",
     orig=ack("carla.ng@midco.net", "CC-2026-06-00519", (2026, 6, 30, 16, 38, 5)),
     env_from="bounce-7d1e0a9b44@mailguard-cr.net", mid_host="mailguard-cr.net",
     extra=["X-MailGuard-Challenge: 7d1e0a9b44"],
     via=("generic", dict(host="out2.mailguard-cr.net", ip="198.143.162.80", dkim_d="mailguard-cr.net", dkim_s="mg",
                          dmarc="fail", from_dom="midco.net", score=1.3, spf="pass",
                          tests="DKIM_SIGNED,DKIM_VALID,DMARC_FAIL_NONE,SPF_PASS")),
     note="LOOP TRAP: challenge-response robot answering our acknowledgement; never answer it",
     cat="automated: challenge-response", spec="challenge-response to our ack")

# =============================================================== JULY: heat wave, bills, Fourth of July
msg("jul-489", "2026-07-02 21:50", "CT", "customercare", "gmail_web",
    ("Derek Schuett", "dschuett@gmail.com"), "$489?!?!",
    "$489 for June?! Last June was $260. Yes it was hot. It was hot last year too.\n\n"
    "I want someone to actually look at this, not a form letter. Also is there a budget billing plan so I don't "
    "get killed every summer?\n\nDerek",
    labels=["question"], ents={"name": "Derek"},
    note="high-bill complaint with a budget-billing question",
    cat="question", spec="heat-wave bill shock")

msg("jul-stop-bill", "2026-07-06 07:15", "CT", "customercare", "iphone",
    ("Shelly Voss", "shellyvoss@icloud.com"), None, "STOP",
    quote=bill("shellyvoss@icloud.com", (2026, 7, 5, 6, 2, 11), "2291", "$187.40", "July 24, 2026"), fwd=True,
    unclear=True,
    note="'STOP' over a forwarded bill notice (service mail, 'sent even if you have opted out'): not a marketing opt-out, unclear",
    cat="unclear", spec="STOP forwarded over our bill-ready notice")

auto("jul-read-receipt", "2026-07-07 09:00", "CT", "customercare", "mdn",
     ("Gail Prochaska", "gprochaska@outlook.com"),
     orig=ack("gprochaska@outlook.com", "CC-2026-07-00588", (2026, 7, 6, 15, 20, 44)),
     via=("outlookcom",),
     note="LOOP TRAP: read receipt (MDN) for our acknowledgement",
     cat="automated: read receipt", spec="Outlook read receipt of our ack")

msg("jul-promociones", "2026-07-09 19:20", "CT", "customercare", "iphone",
    ("Marco A. Cisneros", "marcoacisneros@yahoo.com"), "Promociones",
    "Favor de no mandarme más correos de promociones. Gracias.",
    sig="Enviado desde mi iPhone", via=("yahoo",), lang="es",
    labels=["marketing_opt_out"],
    note="Spanish one-liner: no more promotional e-mails",
    cat="marketing opt-out", spec="short Spanish opt-out from iPhone on a Yahoo account")

msg("jul-formal-share", "2026-07-14 10:35", "CT", "powerhousecatalog", "outlook_m365",
    ("Dr. Priya Raman", "praman@ramanfamilydental.com"), "Request: No Rental, Sale or Exchange of My Name and Address",
    "To the PowerHouse Catalog privacy contact:\n\n"
    "Pursuant to the privacy policy posted on your website, I request that the PowerHouse Catalog not rent, "
    "sell, exchange or otherwise disclose my name and mailing address to any third party, including other catalog "
    "companies. I wish to continue receiving the PowerHouse Catalog itself.\n\n"
    "Name: Priya Raman\nAddress: 6 Tamarack Circle, Fitchburg, WI 53711\n"
    "Customer number (from mailing label): PH-5502917\n\n"
    "Please confirm in writing when this has been done.\n\n"
    "Regards,\n\nDr. Priya Raman\nRaman Family Dental | 2970 Fish Hatchery Rd, Ste 110 | Fitchburg, WI 53711\n"
    "608-555-0183",
    via=("m365", "ramanfamilydental.com"),
    labels=["catalog_share_opt_out"],
    ents={"name": "Priya Raman", "postal_code": "53711", "account": "PH-5502917"},
    note="formal sharing opt-out that keeps the catalog; 'confirm in writing' is what the acknowledgement does, title dropped from name",
    cat="catalog-sharing opt-out", spec="formal letter-style sharing opt-out from a dental office account")

auto("jul-ack-bounce", "2026-07-16 03:20", "CT", "customercare", "dsn_postfix",
     ("Mail Delivery System", "MAILER-DAEMON@mx1.alliant-energy.com"), env_from="",
     orig=ack("jmccarthy1958@hotmial.com", "CC-2026-07-00602", (2026, 7, 16, 3, 19, 40)),
     rcpt="jmccarthy1958@hotmial.com", reporter="mx1.alliant-energy.com", qid="4fQz3J6nWkz2Rtc", status="5.4.4",
     diag="Host or domain name not found. Name service error for name=hotmial.com type=A: Host not found",
     text_reason="Host or domain name not found. Name service error for\n    name=hotmial.com type=A: Host not found",
     via=("local_bounce",),
     note="LOOP TRAP: our own MX bouncing our acknowledgement to a mistyped domain",
     cat="automated: bounce", spec="bounce of our ack, hotmial.com typo")

msg("jul-esposo", "2026-07-20 12:50", "CT", "powerhousecatalog", "aol_ios",
    ("Irma Delgado", "irmadelgado55@aol.com"), "Catálogo a nombre de mi esposo",
    "Buenas tardes,\n\n"
    "Por favor quítenme de la lista del catálogo y de los emails. Tampoco quiero que compartan mis datos con "
    "ninguna compañía.\n\n"
    "Y quiero saber por qué me llegó un catálogo a nombre de mi esposo, Rubén Delgado, que falleció hace tres "
    "años. ¿De dónde sacaron su nombre si él nunca les compró nada?\n\n"
    "Irma Delgado\nSan Antonio, TX 78228",
    via=("yahoo", "aol"), brand="aol", lang="es",
    labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
    ents={"name": "Irma Delgado", "postal_code": "78228"},
    note="Spanish: off catalog and e-mails, no sharing, and why a catalog came for her late husband: all three labels",
    cat="opt-out + question", spec="Spanish widow, both opt-outs plus a question")

msg("jul-paper-waste", "2026-07-24 14:05", "CT", "customercare", "yahoo_web",
    ("Bernice Kohlmeier", "bkohlmeier@yahoo.com"), "paper waste",
    "To whoever reads this,\n\n"
    "I have been meaning to write for a while. I went through the recycling bin this morning before the truck "
    "came and counted seven pieces of mail from Alliant from the last two months that were not my bill. A "
    "postcard about tune ups, two about the peak time thing, a glossy booklet about heat pumps, a letter about "
    "solar gardens and two that I honestly could not tell what they were for.\n\n"
    "You are an energy company that tells me in every one of those to save energy and be good to the planet, "
    "and then you print all that on shiny paper and truck it to my house. My late husband used to say you could "
    "heat the house with the junk mail, and he was not wrong.\n\n"
    "I am 79 and I am not putting in a heat pump. I am not getting solar panels. I would like my bill and that "
    "is all.\n\n"
    "So please take me off your mailing lists for the advertisements. Keep sending the bill on paper, I don't do "
    "the paperless.\n\n"
    "Bernice Kohlmeier\n1107 Elm St\nWaverly IA 50677",
    labels=["marketing_opt_out"], ents={"name": "Bernice Kohlmeier", "postal_code": "50677"},
    note="long letter, one clear request: off the advertising lists, keep the paper bill; the late husband is only an anecdote",
    cat="marketing opt-out", spec="long rambling paper-waste letter ending in an opt-out")

auto("jul-solar-leads", "2026-07-28 10:00", "ET", "customercare", "mp_text_html",
     ("Jordan Blake", "jordan@peaksolarleads.io"), "Exclusive solar leads for utility programs - 40% off in July",
     "Hi Customer Care team,\n\n"
     "Are you still running residential solar or efficiency programs in 2026? We sell exclusive, verified "
     "homeowner leads in Iowa and Wisconsin, filtered by roof age and credit band. All July orders are 40% off.\n\n"
     "Can I send a sample file of 50 leads?\n\nJordan Blake\nPeak Solar Leads\n\n"
     "Reply STOP to opt out of future messages.\n",
     html=("<html><body><p>Hi Customer Care team,</p><p>Are you still running residential solar or efficiency programs "
           "in 2026? We sell exclusive, verified homeowner leads in Iowa and Wisconsin, filtered by roof age and credit band. "
           "<b>All July orders are 40% off.</b></p><p>Can I send a sample file of 50 leads?</p><p>Jordan Blake<br>Peak Solar Leads</p>"
           "<p style=\"font-size:10px;color:#888\">Reply STOP to opt out of future messages.</p></body></html>\n"),
     via=("generic", dict(host="smtp-out3.leadmailer.io", ip="192.243.112.58", dkim_d="peaksolarleads.io", dkim_s="k1",
                          score=2.6, tests="DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,SPF_PASS,TVD_SPACE_RATIO,UNPARSEABLE_RELAY")),
     note="cold sales for lead lists; 'Reply STOP' belongs to the spammer",
     cat="automated: spam", spec="lead-selling spam")

msg("jul-same-company", "2026-07-30 17:45", "CT", "powerhousecatalog", "gmail_web",
    ("Nate Ochoa", "nate.ochoa@gmail.com"), "Wait, are you the electric company?",
    "Dumb question maybe. I got a PowerHouse Catalog in the mail (the one with the box fans on the cover) and the "
    "return address says Alliant Energy. Is the catalog actually run by my electric company? Why does my utility "
    "sell throw blankets? And does ordering from it have anything to do with my electric account?\n\n"
    "Just curious.\nNate",
    labels=["question"], ents={"name": "Nate"},
    note="curious question about who runs the catalog; no request to stop anything",
    cat="question", spec="is the catalog the electric company?")

# =============================================================== AUGUST: EV rebate, back to school, state fair
auto("aug-helpdesk", "2026-08-11 09:01", "CT", "customercare", "mp_text_html",
     ("Prairie Fleet Services Support", "support@prairiefleetservices.com"),
     "[Request #48213] Re: $500 back on a Level 2 EV charger [AE-2608-EV]",
     "##- Please type your reply above this line -##\n\n"
     "Thank you for contacting Prairie Fleet Services support.\n\n"
     "Your request (#48213) has been received and is being reviewed by our team. A technician will respond "
     "within one business day. To add information, reply to this email.\n\n"
     "Prairie Fleet Services | Cedar Rapids, IA\n",
     html=("<html><body><p style=\"color:#999\">##- Please type your reply above this line -##</p>"
           "<p>Thank you for contacting Prairie Fleet Services support.</p><p>Your request (#48213) has been received and "
           "is being reviewed by our team. A technician will respond within one business day. To add information, reply to "
           "this email.</p><p>Prairie Fleet Services | Cedar Rapids, IA</p></body></html>\n"),
     orig=campaign("AE-2608-EV", "fleet@prairiefleetservices.com"),
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     via=("generic", dict(host="out-4.helpdesk-mail.net", ip="192.161.147.4", dkim_d="prairiefleetservices.com", dkim_s="hd1")),
     note="another firm's help desk opened a ticket from our EV promo and auto-acknowledged it: machine mail",
     cat="automated: help-desk auto-ack", spec="help desk ticket auto-acknowledgement")

msg("aug-tb-unsub", "2026-08-11 13:50", "CT", "customercare", "thunderbird_unsub",
    ("Ken Vrba", "kvrba@fastmail.com"), "unsubscribe", "Please unsubscribe me (AE-2608-EV)",
    via=("fastmail", "fastmail.com"),
    labels=["marketing_opt_out"],
    note="Thunderbird's List-Unsubscribe mailto with our body= text; the body is ours, but pressing it is his opt-out",
    cat="List-Unsubscribe mailto", spec="Thunderbird unsubscribe with body= text")

msg("aug-nguyen", "2026-08-12 08:22", "CT", "customercare", "gmail_web",
    ("Thanh Nguyen", "thanh.nguyen.cr@gmail.com"), None,
    "I don't have an electric car, please stop sending these.\n\n"
    "Also unrelated but my name has been spelled wrong on my bill for 2 years. It's NGUYEN, not NYUGEN. Can "
    "someone fix it? Account 8830 1922 46.\n\nThanh Nguyen",
    quote=campaign("AE-2608-EV", "thanh.nguyen.cr@gmail.com"),
    labels=["marketing_opt_out", "question"], ents={"name": "Thanh Nguyen", "account": "8830 1922 46"},
    note="stop the EV promos plus a name-correction request on the account: both labels",
    cat="opt-out + question", spec="EV promo reply plus misspelled name on bill")

msg("aug-pixels", "2026-08-14 23:59", "CT", "customercare", "thunderbird",
    ("Sam Whitcomb", "sam@whitcomb.io"), "unsubscribe",
    "Please unsubscribe me from all marketing email.\n\n"
    "(Also, fwiw, that EV email loaded three different tracking pixels. Not a great look next to a privacy "
    "policy that talks about respecting choices.)\n\n-- \nSam",
    version="140.1.0esr", os_="Macintosh; Intel Mac OS X 10.15", rv="140.0",
    via=("fastmail", "whitcomb.io"),
    labels=["marketing_opt_out"], ents={"name": "Sam"},
    note="opt-out plus a side remark about tracking pixels that asks nothing; not a question",
    cat="marketing opt-out", spec="privacy-minded terse opt-out with a remark")

msg("aug-son-account", "2026-08-18 16:30", "CT", "customercare", "outlook_web",
    ("Lisa Haverkamp", "lisahaverkamp@outlook.com"), "Putting account in my son's name",
    "My son is 18 and starting at UW-Platteville this fall. He's renting a house with three other guys. Can he "
    "put the electric in his own name or does a parent need to co-sign? He doesn't have any credit history.\n\n"
    "Lisa Haverkamp",
    labels=["question"], ents={"name": "Lisa Haverkamp"},
    note="back-to-school service question",
    cat="question", spec="college student's first account")

msg("aug-me-gusta", "2026-08-25 18:40", "CT", "powerhousecatalog", "iphone",
    ("Maribel Huerta", "maribelhuerta.ia@gmail.com"), "catalogo",
    "Hola, I like getting the catalog pero no quiero que vendan mi nombre ni mi dirección a otras compañías ok? "
    "gracias\nMaribel",
    sig="Enviado desde mi iPhone", via=("gmail",), lang="mixed",
    labels=["catalog_share_opt_out"], ents={"name": "Maribel"},
    note="mixed: keeps the catalog, no selling of name/address: sharing opt-out only",
    cat="catalog-sharing opt-out", spec="Spanglish sharing opt-out from iPhone")

msg("aug-contradict", "2026-08-27 09:14", "CT", "powerhousecatalog", "aol_web",
    ("Russ Eggleston", "reggleston@aol.com"), "catalogs",
    "I want to stop getting the paper catalogs, too many of them. But keep emailing me the coupon codes. And don't "
    "take me off anything because last time I asked someone to stop one thing I stopped getting everything "
    "including my rewards points statement. So just fix it.",
    via=("yahoo", "aol"),
    unclear=True,
    note="stop the paper catalog but 'don't take me off anything': self-contradicting wishes, staff must ask",
    cat="unclear", spec="stop catalogs / don't take me off anything")

msg("aug-fwd-remove", "2026-08-31 10:10", "CT", "customercare", "outlook_isp",
    ("Jim Pospisil", "jpospisil@mchsi.com"), None,
    "Please remove this email address from your email list. I did not sign up for these.\n\nJim Pospisil",
    quote=campaign("AE-2608-EV", "jpospisil@mchsi.com"), fwd=True,
    via=("isp", "mchsi.com"),
    labels=["marketing_opt_out"], ents={"name": "Jim Pospisil"},
    note="forwards our EV promo with his own opt-out on top; the forwarded footer adds nothing",
    cat="marketing opt-out", spec="Outlook forward of the EV promo with a request")

# =============================================================== SEPTEMBER: fall catalog, Labor Day, community solar
msg("sep-solar-renter", "2026-09-01 20:20", "CT", "customercare", "gmail_android",
    ("Alyssa Moreno", "alyssamoreno.cr@gmail.com"), "community solar for renters?",
    "Saw the postcard about community solar. I rent a duplex in Cedar Rapids, does that still work for me? Would "
    "the credit show up on my bill or my landlord's? And is there a cancellation fee if I move?\n\nAlyssa",
    labels=["question"], ents={"name": "Alyssa"},
    note="interested in a program: question",
    cat="question", spec="renter asks how community solar works")

msg("sep-household-share", "2026-09-08 11:25", "CT", "powerhousecatalog", "apple_mail",
    ("Tom Kessler", "tkessler@me.com"), "Name sharing",
    "Hello,\n\n"
    "We enjoy the PowerHouse Catalog and would like to keep receiving it. However, please do not share, rent or "
    "exchange our name and address with other companies. This applies to both my wife, Janet, and me, same "
    "address: 815 Birch Ln, Stoughton, WI 53589.\n\n"
    "Best,\nTom Kessler",
    labels=["catalog_share_opt_out"], ents={"name": "Tom Kessler", "postal_code": "53589"},
    note="keeps the catalog, no sharing for the household; a spouse at the same address is within the household rule",
    cat="catalog-sharing opt-out", spec="household sharing opt-out from Apple Mail")

auto("sep-ooo-yahoo", "2026-09-15 10:40", "CT", "powerhousecatalog", "ooo_yahoo",
     ("Joan Pfaff", "joanpfaff@yahoo.com"), "Away until Sept 28",
     "I'm away visiting the grandkids until September 28. I'll read your email when I get back!\n\nJoan",
     orig=campaign("PH-2609-FALL", "joanpfaff@yahoo.com"), via=("yahoo",),
     note="Yahoo vacation response to the fall catalog e-mail",
     cat="automated: auto-reply", spec="Yahoo vacation responder")

msg("sep-yahoo-unsub", "2026-09-15 14:12", "CT", "powerhousecatalog", "yahoo_unsub",
    ("", "gkrueger44@yahoo.com"), "unsubscribe PH-2609-FALL", "",
    via=("yahoo",),
    labels=["marketing_opt_out"],
    note="Yahoo's unsubscribe button sent the catalog promo's mailto: marketing opt-out, never a sharing opt-out",
    cat="List-Unsubscribe mailto", spec="Yahoo unsubscribe from the fall catalog e-mail")

msg("sep-keep-paper", "2026-09-16 07:33", "CT", "powerhousecatalog", "ipad",
    ("Ruth Ellingson", "ruthellingson@icloud.com"), None,
    "Please stop the emails. I still want the paper catalog in the mailbox, I like to look through it with my "
    "coffee. Thank you.\nRuth",
    quote=campaign("PH-2609-FALL", "ruthellingson@icloud.com"),
    labels=["marketing_opt_out"], ents={"name": "Ruth"},
    note="stop the e-mails, keep the paper catalog: marketing opt-out limited to e-mail (channel kept in the record)",
    cat="marketing opt-out", spec="iPad reply: stop e-mails, keep paper catalog")

msg("sep-prev-owner", "2026-09-18 12:00", "CT", "powerhousecatalog", "gmail_web",
    ("Kelsey Wagner", "kelseywagner.jv@gmail.com"), "Previous resident",
    "Hi - we bought the house at 418 Oak Ridge Dr in Janesville (53545) last year and we still get your catalog "
    "for the previous owner, Dennis Lawrence. He doesn't live here and we don't have a forwarding address. Can you "
    "take his name off for this address?\n\nThanks,\nKelsey",
    unclear=True, ents={"name": "Dennis Lawrence", "postal_code": "53545"},
    note="new owner asks to drop the former resident's catalog: request on behalf of someone without standing, unclear; entities name the person it is for",
    cat="unclear (on behalf)", spec="catalog still comes for the previous owner")

auto("sep-phish-order", "2026-09-22 04:12", "ET", "powerhousecatalog", "html_mail",
     ("PowerHouse Catalog Orders", "orders@powerhouse-catalog-orders.com"),
     "Your order #PH-88213 could not be shipped",
     html=("<html><body style=\"font-family:Arial\"><h3>We couldn't ship your order</h3>"
           "<p>Order #PH-88213 (Heated Throw, Sherpa, Queen) is on hold because your payment method was declined.</p>"
           "<p>Please update your payment details within 48 hours to avoid cancellation:</p>"
           "<p><a href=\"http://powerhouse-catalog-orders.com/update\">Update payment</a></p>"
           "<p>PowerHouse Catalog Customer Service</p></body></html>\n"),
     via=("generic", dict(host="srv1.powerhouse-catalog-orders.com", ip="103.214.5.90", spf="pass", dkim_d=None,
                          dmarc="none", score=5.4, tests="HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_PASS,URIBL_ABUSE_SURBL")),
     note="phishing using our own catalog brand; automated",
     cat="automated: phishing", spec="fake PowerHouse order-hold notice")

msg("sep-como-baja", "2026-09-24 20:05", "CT", "powerhousecatalog", "gmail_android",
    ("Verónica Salas", "vero.salas.m@gmail.com"), "¿Cómo me doy de baja?",
    "Hola, ¿cómo me puedo dar de baja del catálogo? Busqué en la página y no encuentro dónde. ¿Es por teléfono o "
    "por aquí?\n\nGracias",
    lang="es", labels=["question"],
    note="Spanish: asks HOW to stop the catalog, does not ask to be stopped: question only",
    cat="question", spec="Spanish how-do-I-unsubscribe question")

msg("sep-terse-both", "2026-09-29 09:02", "CT", "powerhousecatalog", "outlook_m365",
    ("Rita Hansen-Oakes", "rhansen-oakes@fdlregionalclinic.com"), "Catalog",
    "Please remove from mailing list & do not share my info.\n\nCust # 2207 5519 03\nRita Hansen-Oakes\n54935\n\n"
    "This message may contain protected health information. If you are not the intended recipient, please "
    "notify the sender and delete this message.",
    via=("m365", "fdlregionalclinic.com"),
    labels=["marketing_opt_out", "catalog_share_opt_out"],
    ents={"name": "Rita Hansen-Oakes", "postal_code": "54935", "account": "2207 5519 03"},
    note="terse both-opt-out with customer number and bare ZIP from a work account",
    cat="both opt-outs", spec="work Outlook, both opt-outs, PHI footer")

auto("sep-ncoa", "2026-09-30 05:00", "CT", "powerhousecatalog", "vendor_notice",
     ("Lakeshore Direct Mail Job Status", "jobstatus@lakeshoredm.com"),
     "NCOALink processing complete - PowerHouse house file (job 26-0918)",
     "LAKESHORE DIRECT MAIL - DATA SERVICES NOTICE\n"
     "This is an automated message. Please do not reply.\n\n"
     "Client:   PowerHouse Catalog (Alliant Energy)\n"
     "Job:      26-0918  NCOALink 48-month update, house file\n\n"
     "Records processed:              151,330\n"
     "Moves with new address:           3,904\n"
     "Moves, no forwarding address:       822\n"
     "Deceased flags (DMA file):          407\n\n"
     "Updated file is on the SFTP server under /outbound/26-0918/. Do-not-mail and do-not-share flags were\n"
     "carried forward to the new addresses.\n\n"
     "Lakeshore Direct Mail | Data Services\n",
     extra_headers=["Auto-Submitted: auto-generated"],
     via=("generic", dict(host="smtp.lakeshoredm.com", ip="64.71.148.30", dkim_d="lakeshoredm.com", dkim_s="ldm1")),
     note="vendor NCOA processing report; system mail",
     cat="automated: vendor notification", spec="address-update processing report")

# =============================================================== OCTOBER: heating season, thermostat rebate, moratorium
msg("oct-disconnect", "2026-10-01 12:15", "CT", "customercare", "gmail_web",
    ("Brittany Hale", "bhale.iowa@gmail.com"), "Winter shut off?",
    "I'm about $600 behind because of the summer bills and I just got a disconnect notice for the 15th. Is it true "
    "you can't shut off gas in the winter? When does that start? I can pay $100 now and more on the 1st. I have two "
    "kids at home.\n\nAccount 9104 3385 20",
    labels=["question"], ents={"account": "9104 3385 20"},
    note="payment/disconnection question; account given, name only in From",
    cat="question", spec="behind on bills, winter moratorium")

msg("oct-lista-correo", "2026-10-06 13:40", "CT", "customercare", "gmail_ios",
    ("Héctor Villalobos", "hvillalobos77@gmail.com"), "Lista",
    "¿Me pueden quitar de su lista de correo? Gracias.",
    lang="es", labels=["marketing_opt_out"],
    note="Spanish 'can you take me off your mailing list?': the question form is the request",
    cat="marketing opt-out", spec="Spanish question-form opt-out")

auto("oct-bounce-full", "2026-10-13 09:03", "CT", "customercare", "dsn_postfix",
     ("Mail Delivery System", "MAILER-DAEMON@mx1.alliant-energy.com"), env_from="",
     orig=campaign("AE-2610-TSTAT", "hjensen@tds.net"), rcpt="hjensen@tds.net",
     reporter="mx1.alliant-energy.com", remote="mx.tds.net", qid="4gB7Lx0RcPz5Mnq", status="5.2.2",
     diag="552 5.2.2 <hjensen@tds.net>: Mailbox full",
     text_reason="host mx.tds.net[204.246.1.18] said: 552 5.2.2 <hjensen@tds.net>:\n    Mailbox full (in reply to RCPT TO command)",
     via=("local_bounce",),
     note="mailbox-full bounce of the thermostat promo",
     cat="automated: bounce", spec="local bounce, mailbox full")

msg("oct-mac-unsub", "2026-10-13 16:25", "CT", "customercare", "apple_unsub",
    ("Paul Nieman", "pnieman@mac.com"), "unsubscribe AE-2610-TSTAT", "",
    labels=["marketing_opt_out"],
    note="macOS Mail unsubscribe banner sent the mailto; empty body",
    cat="List-Unsubscribe mailto", spec="Apple Mail unsubscribe, empty body")

msg("oct-nest-rebate", "2026-10-14 19:05", "CT", "customercare", "yahoo_web",
    ("Deb Strohbehn", "debstrohbehn@yahoo.com"), None,
    "I bought a Nest thermostat last October and sent in the rebate form with the receipt, and I never got the $75. "
    "Was it ever processed? Account 3358 7710 49.\n\n"
    "And please stop emailing me about thermostats, I already have one!\n\nDeb Strohbehn",
    quote=campaign("AE-2610-TSTAT", "debstrohbehn@yahoo.com"),
    labels=["marketing_opt_out", "question"], ents={"name": "Deb Strohbehn", "account": "3358 7710 49"},
    note="missing rebate question plus 'stop emailing me about thermostats': both",
    cat="opt-out + question", spec="Yahoo reply to the thermostat promo")

msg("oct-thumbs", "2026-10-19 08:00", "CT", "customercare", "gmail_android",
    ("Wade Sorensen", "wsorensen71@gmail.com"), None, "\U0001F44D",
    quote=campaign("AE-2610-TSTAT", "wsorensen71@gmail.com"),
    unclear=True,
    note="only a thumbs-up above our promo: says nothing decidable (interested? unsubscribe?), unclear",
    cat="unclear", spec="emoji-only reply to the thermostat promo")

msg("oct-dns-list", "2026-10-21 10:30", "CT", "powerhousecatalog", "gmail_web",
    ("Ernestine Bowers", "ernestinebowers@gmail.com"), "do not share list",
    "Please add me to your do-not-share list.\nCustomer number 51-88230-4\nThank you,\nErnestine Bowers",
    labels=["catalog_share_opt_out"], ents={"name": "Ernestine Bowers", "account": "51-88230-4"},
    note="asks to be put on the do-not-share list",
    cat="catalog-sharing opt-out", spec="short do-not-share request with customer number")

msg("oct-usage-data", "2026-10-26 21:40", "CT", "customercare", "proton",
    ("", "afeld@proton.me"), "Do you sell smart meter data?",
    "I read an article about utilities selling customers' energy usage data to marketing firms and \"data "
    "partners\". Does Alliant sell or share the interval usage data from my smart meter with anyone outside the "
    "company? If yes, with whom, and how do I say no?",
    labels=["question"],
    note="asks whether usage data is sold and how to refuse: questions only, no opt-out yet",
    cat="question", spec="Proton user asks about usage-data sales")

auto("oct-postal-news", "2026-10-28 06:30", "ET", "customercare", "bulk_html",
     ("Direct Mail Digest", "digest@directmaildigest.com"),
     "USPS Marketing Mail prices change in January: what catalogers need to know",
     "DIRECT MAIL DIGEST\nOctober 28, 2026\n\n"
     "- USPS Marketing Mail prices change January 2027: flats up 7.8%\n"
     "- Co-mailing and list exchange: how catalogers are cutting postage\n"
     "- Honoring do-not-mail and do-not-share flags across merge/purge\n\n"
     "Read the issue: https://directmaildigest.com/2026-10-28\n\n"
     "You signed up for Direct Mail Digest. Manage preferences or unsubscribe:\nhttps://directmaildigest.com/prefs\n",
     html=("<html><body style=\"font-family:Arial;background:#fafafa\"><div style=\"max-width:600px;margin:auto;background:#fff;padding:16px\">"
           "<h2>Direct Mail Digest</h2><p>October 28, 2026</p><ul>"
           "<li>USPS Marketing Mail prices change January 2027: flats up 7.8%</li>"
           "<li>Co-mailing and list exchange: how catalogers are cutting postage</li>"
           "<li>Honoring do-not-mail and do-not-share flags across merge/purge</li></ul>"
           "<p><a href=\"https://directmaildigest.com/2026-10-28\">Read the issue</a></p>"
           "<p style=\"font-size:11px;color:#888\">You signed up for Direct Mail Digest. "
           "<a href=\"https://directmaildigest.com/prefs\">Manage preferences or unsubscribe</a></p></div></body></html>\n"),
     esp_host="bounce.dmd-mailer.net",
     list_headers=[("List-Unsubscribe", "<https://directmaildigest.com/u/ae91>, <mailto:leave-ae91@dmd-mailer.net>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<digest.directmaildigest.com>"),
                   ("Precedence", "bulk")],
     via=("generic", dict(host="o3.dmd-mailer.net", ip="50.31.63.120", dkim_d="directmaildigest.com", dkim_s="s1",
                          from_dom="directmaildigest.com")),
     note="trade newsletter on postage and list exchange; bulk",
     cat="automated: newsletter", spec="catalog-industry newsletter")

msg("oct-baja-catalogos", "2026-10-30 15:15", "CT", "powerhousecatalog", "yahoo_android",
    ("Alfredo Cuéllar", "acuellar1960@yahoo.com"), "Ya no catálogos",
    "Por favor quítenme de su lista de correo. Ya no quiero recibir catálogos. Mi número de cliente es 3390-1174."
    "\n\nAlfredo Cuéllar",
    sig="Enviado desde Yahoo Mail para Android", lang="es",
    labels=["marketing_opt_out"], ents={"name": "Alfredo Cuéllar", "account": "3390-1174"},
    note="Spanish: off the mailing list, no more catalogs; customer number",
    cat="marketing opt-out", spec="Spanish catalog opt-out from the Yahoo Android app")

# =============================================================== NOVEMBER: holiday preview, Black Friday, Thanksgiving
msg("nov-third-time", "2026-11-02 18:00", "CT", "powerhousecatalog", "gmail_web",
    ("Wes Danforth", "wdanforth@gmail.com"), "THIRD TIME",
    "This is the THIRD time I have asked. STOP SENDING ME CATALOGS.\n\n"
    "I called in June, I emailed in August, and yesterday there's another one in my mailbox with the Holiday "
    "Preview sticker on it. What is it going to take? I want someone to tell me why this keeps happening.\n\n"
    "W. Danforth\n2284 Prairie View Dr\nMason City IA 50401",
    labels=["marketing_opt_out", "question"], ents={"name": "W. Danforth", "postal_code": "50401"},
    note="renewed catalog opt-out plus an explicit demand for an explanation (complaint): both",
    cat="opt-out + question", spec="angry third request")

auto("nov-bounce-frontier", "2026-11-10 10:06", "ET", "powerhousecatalog", "dsn_postfix",
     ("Mail Delivery System", "MAILER-DAEMON@mailhost.frontiernet.net"), env_from="",
     orig=campaign("PH-2611-HOL", "jhollister@frontiernet.net"), rcpt="jhollister@frontiernet.net",
     reporter="mailhost.frontiernet.net", qid="3B9F60A12C", status="5.1.1", rep_zone="ET",
     diag="550 5.1.1 <jhollister@frontiernet.net>: Recipient address rejected: Mailbox disabled",
     text_reason="mailbox disabled for this recipient",
     via=("generic", dict(host="mailhost.frontiernet.net", ip="74.40.123.19", spf="none", dkim_d=None, dmarc="none",
                          score=0.0, tests="SPF_HELO_NONE,SPF_NONE", from_dom="mailhost.frontiernet.net")),
     note="remote ISP bounce of the holiday preview e-mail",
     cat="automated: bounce", spec="remote Postfix bounce, mailbox disabled")

auto("nov-ooo-law", "2026-11-10 10:15", "CT", "powerhousecatalog", "ooo_exchange",
     ("Grant Hollis", "ghollis@hollislawoffice.com"), env_from="",
     orig=campaign("PH-2611-HOL", "ghollis@hollislawoffice.com"),
     text="I am out of the office until Monday, November 16. If this is urgent please contact my assistant, "
          "Renee, at 608-555-0126.\n\nGrant Hollis\nHollis Law Office, S.C.",
     via=("m365", "hollislawoffice.com"),
     note="law office out-of-office to the holiday preview",
     cat="automated: auto-reply", spec="Exchange OOO from a law office")

msg("nov-olk-unsub", "2026-11-10 12:40", "CT", "powerhousecatalog", "outlook_unsub",
    ("Tanya Olejniczak", "tolejniczak@hotmail.com"), "unsubscribe PH-2611-HOL", "",
    labels=["marketing_opt_out"],
    note="Outlook.com unsubscribe of the catalog e-mail: marketing opt-out only",
    cat="List-Unsubscribe mailto", spec="Outlook.com unsubscribe of the holiday preview")

msg("nov-stop-renting", "2026-11-11 09:05", "CT", "powerhousecatalog", "gmail_web",
    ("Judy Ostrowski", "judyostrowski@gmail.com"), None,
    "I'm fine getting the catalog. Please just stop renting/sharing my name with the other catalog companies. "
    "I think that's what the fine print at the bottom is about?\n\nJudy Ostrowski",
    quote=campaign("PH-2611-HOL", "judyostrowski@gmail.com"),
    labels=["catalog_share_opt_out"], ents={"name": "Judy Ostrowski"},
    note="her own sentence refuses sharing and keeps the catalog; the quoted footer's unsubscribe line is not hers",
    cat="catalog-sharing opt-out", spec="reply to holiday preview pointing at the sharing footer")

msg("nov-too-many", "2026-11-13 22:22", "CT", "powerhousecatalog", "outlook_web",
    ("Tyler Brandvold", "tyler.brandvold@outlook.com"), "too many emails",
    "You've sent me 9 emails in November alone. Unsubscribe me from the catalog emails please.",
    labels=["marketing_opt_out"],
    note="unsubscribe from the catalog e-mails",
    cat="marketing opt-out", spec="Black Friday season e-mail fatigue")

msg("nov-back-on", "2026-11-17 14:00", "CT", "powerhousecatalog", "aol_web",
    ("Marilyn Schoessow", "mschoessow@aol.com"), "Back on the catalog list please",
    "Hello,\n\n"
    "I think I unsubscribed from the catalog by accident last spring when I was cleaning up my email. Can you "
    "put me back on the list for the paper catalog? My granddaughter loves circling things in the kids section "
    "before Christmas.\n\n"
    "Marilyn Schoessow\n229 3rd St SW\nSpencer IA 51301",
    via=("yahoo", "aol"),
    labels=["question"], ents={"name": "Marilyn Schoessow", "postal_code": "51301"},
    note="opting back in is a question; the old unsubscribe she mentions is not a new opt-out",
    cat="question", spec="grandmother wants the catalog back")

msg("nov-no-mas", "2026-11-20 19:50", "CT", "powerhousecatalog", "gmail_android",
    ("Claudia Zepeda", "czepeda.beloit@gmail.com"), "no mas catalogos",
    "Please no más catálogos, y no compartan mi info con nadie, ni mi nombre ni mi dirección. Thank you!\n\n"
    "Claudia Zepeda",
    lang="mixed", labels=["marketing_opt_out", "catalog_share_opt_out"], ents={"name": "Claudia Zepeda"},
    note="mixed: no more catalogs and no sharing: both opt-outs",
    cat="both opt-outs", spec="Spanglish both-opt-out")

msg("nov-for-mom", "2026-11-24 08:45", "CT", "powerhousecatalog", "gmail_web",
    ("Amanda Jeske-Price", "amandajp@gmail.com"), None,
    "Hi, my mom Carol Jeske gets these and wants them stopped. She forwarded me this one and asked me to email "
    "you since she isn't good with computers. Her email is cjeske1947@centurylink.net.\n\nThanks,\nAmanda",
    quote=campaign("PH-2611-HOL", "cjeske1947@centurylink.net"), fwd=True,
    unclear=True, ents={"name": "Carol Jeske"},
    note="daughter forwards the promo for her mother: on behalf of someone else without clear standing, unclear; entity is the mother",
    cat="unclear (on behalf)", spec="forwarded promo, 'my mom wants these stopped'")

msg("nov-alaska", "2026-11-27 11:10", "CT", "powerhousecatalog", "iphone",
    ("Kim Tallman", "kimtallman@icloud.com"), "Shipping to Alaska",
    "Your catalog says order by Dec 15 for Christmas delivery. Does that apply to Alaska? My son's family is in "
    "Anchorage and I want to send them the heated blanket.\n\nKim",
    labels=["question"], ents={"name": "Kim"},
    note="order/shipping question sent to the catalog privacy address: question",
    cat="question", spec="Black Friday shipping question")

# =============================================================== DECEMBER: holidays, winter, year end
auto("dec-taqueria", "2026-12-01 09:12", "CT", "customercare", "plain_autoreply",
     ("Taquería El Sol", "contacto@taqueriaelsol-beloit.com"), "Re: Your December Home Comfort Tips from PowerHouse",
     "¡Gracias por escribirnos! Estamos cerrados del 1 al 7 de diciembre por vacaciones familiares. Abrimos de "
     "nuevo el martes 8 de diciembre. Para pedidos grandes llame al 608-555-0171.\n\n"
     "Thank you! We are closed Dec 1-7 for a family vacation and open again Tuesday, Dec 8.\n\nTaquería El Sol",
     orig=campaign("AE-NL-2612", "contacto@taqueriaelsol-beloit.com"), charset="iso-8859-1", cte="quoted-printable",
     lang="mixed",
     via=("generic", dict(host="mail.taqueriaelsol-beloit.com", ip="23.235.199.144", dkim_d=None, dmarc="none", score=0.4,
                          tests="SPF_HELO_NONE,SPF_PASS")),
     note="small business auto-reply without Auto-Submitted, Spanish/English: automated",
     cat="automated: auto-reply", spec="headerless bilingual closed-for-vacation reply")

msg("dec-gmail-unsub", "2026-12-01 10:30", "CT", "customercare", "gmail_unsub",
    ("", "lmcgrath.dbq@gmail.com"), "unsubscribe AE-NL-2612", "",
    labels=["marketing_opt_out"],
    note="Gmail unsubscribe of the December newsletter",
    cat="List-Unsubscribe mailto", spec="Gmail unsubscribe fallback mail")

msg("dec-remove-reply", "2026-12-02 06:15", "CT", "customercare", "yahoo_ios",
    ("Doug Frerichs", "dfrerichs@yahoo.com"), None, "remove",
    quote=campaign("AE-NL-2612", "dfrerichs@yahoo.com"),
    labels=["marketing_opt_out"],
    note="'remove' under our December newsletter: short reply takes its meaning from the promotion",
    cat="marketing opt-out", spec="one-word remove under the newsletter")

msg("dec-breach-letter", "2026-12-04 13:30", "CT", "customercare", "outlook_isp",
    ("Frank Otterbach", "fotterbach@tds.net"), "Is this letter real?",
    "I received a letter dated November 24 saying my information \"may have been involved\" in a security "
    "incident at one of your vendors, and offering 12 months of credit monitoring with an enrollment code.\n\n"
    "Is this letter actually from Alliant? What information of mine was involved? I don't want to call the number "
    "on the letter if it's a scam.\n\n"
    "Frank Otterbach\nPortage, WI",
    via=("isp", "tds.net"),
    labels=["question"], ents={"name": "Frank Otterbach"},
    note="asks whether our breach letter is genuine and what data was involved: question",
    cat="question", spec="is the vendor-incident letter real?")

msg("dec-merry-share", "2026-12-08 10:00", "CT", "powerhousecatalog", "outlook_isp",
    ("Helen Mrozinski", "hmrozinski@charter.net"), "Catalog list",
    "Merry Christmas to all of you at PowerHouse \u2013 I look forward to the catalog every year.\n\n"
    "Please do NOT exchange my name with other catalogs, I get enough of them as it is. Keep sending yours "
    "though! \u201cThe more the merrier\u201d only goes so far.\n\n"
    "Helen Mrozinski\nCust. No. 0091 4418 3\nSheboygan WI 53081",
    via=("isp", "charter.net"), cp1252=True,
    labels=["catalog_share_opt_out"],
    ents={"name": "Helen Mrozinski", "postal_code": "53081", "account": "0091 4418 3"},
    note="holiday note: no exchanging her name, keep the catalog; windows-1252 curly quotes",
    cat="catalog-sharing opt-out", spec="Christmas greeting with a sharing opt-out, windows-1252")

auto("dec-phish-final", "2026-12-10 03:30", "ET", "customercare", "html_mail",
     ("Alliant Energy", "alerts@alliantenergy-disconnect-notice.com"), "FINAL NOTICE: Disconnection scheduled for 12/11",
     html=("<html><body style=\"font-family:Verdana\"><p><b>FINAL NOTICE</b></p>"
           "<p>Your account is past due in the amount of <b>$214.63</b>. Service at your address is scheduled for "
           "disconnection on <b>12/11/2026</b>.</p><p>To stop the disconnection, pay now at "
           "<a href=\"http://alliantenergy-disconnect-notice.com/pay\">alliantenergy-disconnect-notice.com/pay</a> "
           "or call our disconnection desk at 1-888-555-0190.</p><p>Alliant Energy Collections</p></body></html>\n"),
     via=("generic", dict(host="mail.alliantenergy-disconnect-notice.com", ip="193.149.176.61", spf="pass", dkim_d=None,
                          dmarc="none", score=6.8, tests="HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_PASS,URIBL_DBL_PHISH")),
     note="winter disconnection scam impersonating us; automated",
     cat="automated: phishing", spec="fake final disconnection notice")

msg("dec-family-account", "2026-12-14 16:20", "CT", "powerhousecatalog", "xfinity",
    ("The Halvorsens", "halvorsenfamily@comcast.net"), "catalogs",
    "This is Bob Halvorsen writing on the family email. Please stop sending me the PowerHouse catalogs, the "
    "account is in my name. Address 1702 Oakwood Ave, Fort Dodge IA 50501.",
    labels=["marketing_opt_out"], ents={"name": "Bob Halvorsen", "postal_code": "50501"},
    note="shared family mailbox, but the writer names himself and writes for himself; no Reply-To, so ack goes to From",
    cat="marketing opt-out", spec="account holder on a shared family address")

msg("dec-got-it", "2026-12-16 09:40", "CT", "customercare", "gmail_ios",
    ("Sharon Wieland", "sharonwieland@gmail.com"), None, "Thanks, got it.",
    quote=ack("sharonwieland@gmail.com", "CC-2026-12-01327", (2026, 12, 15, 17, 5, 9)),
    ack=None,
    note="acknowledges our acknowledgement and asks nothing: no labels, no answer",
    cat="human, no action", spec="'Thanks, got it.' under our ack")

msg("dec-not-what-i-meant", "2026-12-18 15:35", "CT", "customercare", "outlook_web",
    ("Lyle Burkhart", "lyleburkhart@msn.com"), None,
    "That's not what I asked for. I didn't say stop everything.",
    quote=ack("lyleburkhart@msn.com", "CC-2026-12-01352", (2026, 12, 18, 11, 12, 30)),
    unclear=True,
    note="objects to our ack without saying what he did want: unclear, staff must look up the earlier request",
    cat="unclear", spec="complaint about the ack, no wish stated")

msg("dec-mudanza", "2026-12-22 12:12", "CT", "customercare", "gmail_web",
    ("Daniela Ruiz", "daniela.ruiz.mad@gmail.com"), "Transfer service / cambio de servicio",
    "Hi, me voy a mudar el 15 de enero a un apartamento nuevo en Madison (2210 Allied Dr Apt 3, 53711). I need "
    "to stop service at my current place (445 N Few St) and start it at the new one. ¿Se puede hacer por email o "
    "tengo que llamar? Account 6605 2291 38.\n\nGracias!\nDaniela Ruiz",
    lang="mixed", labels=["question"],
    ents={"name": "Daniela Ruiz", "postal_code": "53711", "account": "6605 2291 38"},
    note="mixed-language move/transfer of service: question; postal code from the new address (the only ZIP written)",
    cat="question", spec="Spanglish service transfer")

msg("dec-new-year", "2026-12-29 21:00", "CT", "customercare", "gmail_web",
    ("Cody Marx", "codymarx93@gmail.com"), "new year, less junk",
    "new year new me, less junk mail. please unsubscribe me from all marketing emails and mailers. thx",
    labels=["marketing_opt_out"],
    note="year-end opt-out from marketing e-mail and mailers",
    cat="marketing opt-out", spec="lowercase year-end opt-out")
