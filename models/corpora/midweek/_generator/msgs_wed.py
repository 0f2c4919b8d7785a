"""Wednesday 13 October 2027: the PowerHouse holiday preview e-mail goes out at 10:30."""
from core import (T, rfc, to_off, rs, HEX, HEXU, ALNUM, Leaf, Multi, esc, b64blob, uuid_lower, uuid_upper, epoch_ms, crlf,
                  enc_b64, DAYS_LONG, MONS_LONG, h12)
from mail import (mail, reply, via_gmail, via_outlookcom, via_yahoo, via_icloud, via_proton, via_fastmail, via_comcast,
                  via_host, sub_received, auth_results, dkim_header)
from clients import (gmail, outlook_desktop, outlook_web, apple_mail, iphone, samsung, yahoo, thunderbird, proton,
                     fastmail, ox, zimbra, roundcube, wlm, CONTENT, from_hdr, html_divs, word_p, WORD_HEAD, subj)
import machines
import ours
from ours import CC, PH
import fixtures

PV = "holiday preview e-mail (PH-2710)"
FT = "furnace promo (AE-FT-2710)"


# ---------------------------------------------------------------- 06:40 Ron, Outlook 2016 + Comcast IMAP, plain request
@mail("tjaden-outlook2016-comcast", "2027-10-13 06:40:18", "customercare", "marketing opt-out",
      program="Outlook 2016 desktop (Comcast IMAP)")
def _(m):
    m.who("Ron Tjaden", "rtjaden@comcast.net")
    m.subject = "Email list"
    m.to = "\"'customercare@alliant-energy.com'\" <customercare@alliant-energy.com>"
    text = """Please remove me from your email list. I am getting 3 or 4 a week from Alliant now between the furnace deals and the rebates and the newsletters, and I only want my bill and outage stuff.

Ron Tjaden
Shell Rock"""
    outlook_desktop(m, text, charset="us-ascii", x_mailer="Microsoft Outlook 16.0")
    via_comcast(m)
    m.label(labels=["marketing_opt_out"], entities={"name": "Ron Tjaden"},
            note="'Remove me from your email list' while keeping bill and outage mail: marketing opt-out (e-mail channel); town but no ZIP.")


# ---------------------------------------------------------------- 07:15 qmail bounce
@mail("qmail-bounce-iowatelecom", "2027-10-13 07:15:40", "customercare", "automated: bounce",
      answers="our acknowledgement CC-2027-10-04477", program="qmail", delay=2)
def _(m):
    o = ours.ack("CC-2027-10-04477", "hjwestphal@iowatelecom.net", T("2027-10-13 07:15:22"))
    machines.qmail_bounce(m, o, "mail2.iowatelecom.net", "hjwestphal@iowatelecom.net",
                          "Sorry, no mailbox here by that name. (#5.1.1)")
    via_host(m, "mail2.iowatelecom.net", "mail2.iowatelecom.net", "216.51.171.%d" % m.r.randint(10, 90), dkim=None,
             spf="pass", dmarc=None, tls=None)
    m.machine("qmail 'failure notice' with no MIME at all and our acknowledgement pasted below the break line.")


# ---------------------------------------------------------------- 08:05 attorney, S/MIME signed, estate
@mail("castellano-smime-estate", "2027-10-13 08:05:51", "customercare", "both opt-outs + question (estate, with standing)",
      program="Outlook 365 desktop, S/MIME signed (law firm, Exchange Online)")
def _(m):
    r = m.r
    m.who("Erin Castellano", "ecastellano@castellanoreyeslaw.com")
    m.subject = "Estate of Margaret A. Olund - request regarding marketing and information sharing"
    m.to = "customercare@alliant-energy.com"
    text = """To Whom It May Concern:

This firm represents Daniel Olund, the personal representative of the Estate of Margaret A. Olund, who died on August 2, 2027. Letters of Administration were issued by the Fond du Lac County Circuit Court; a copy can be provided on request.

On behalf of the Estate, we ask that you:

1. Remove Ms. Olund's name and address from all marketing and promotional mailing and e-mail lists, including the PowerHouse Catalog; and
2. Not sell, rent, exchange or otherwise share her name or address with any third party.

We also ask that you tell us whether Ms. Olund's name and address were provided to any third parties during the past twelve months, and if so, to whom.

Her service address was 57 Sheboygan St, Fond du Lac, WI 54935 (account 4100 2276 93).

Thank you for your attention to this matter.

Sincerely,"""
    sig = """Erin Castellano
Paralegal
Castellano & Reyes LLP
160 S Macy St, Suite 300 | Fond du Lac, WI 54935
T 920-555-0116"""
    legal = ("This message may contain confidential and/or privileged information. If you are not the addressee or authorized "
             "to receive this for the addressee, you must not use, copy, disclose or take any action based on this message or "
             "any information herein. If you have received this message in error, please advise the sender immediately by reply "
             "e-mail and delete this message.")
    outlook_desktop(m, text, sig=sig, legal=legal, exchange="CH3PR19MB7741.namprd19.prod.outlook.com")
    inner = m.top
    b = "----=_NextPart_000_%s_01DE%s.%s" % (rs(r, 4, HEXU), rs(r, 4, HEXU), rs(r, 8, HEXU))
    sigp = Leaf('application/pkcs7-signature;\n\tname="smime.p7s"', enc_b64(fixtures.p7s("castellano")), "base64",
                [("Content-Disposition", 'attachment;\n\tfilename="smime.p7s"')])
    top = Multi("signed", b, [inner, sigp], preamble="This is a cryptographically signed message in MIME format.\n")
    top.ctype = 'multipart/signed;\n\tprotocol="application/pkcs7-signature";\n\tmicalg=sha-256;\n\tboundary="%s"' % b
    m.top = top
    via_outlookcom(m)
    m.label(labels=["marketing_opt_out", "catalog_share_opt_out", "question"],
            entities={"name": "Margaret A. Olund", "postal_code": "54935", "account": "4100 2276 93"},
            note="Law firm for the estate's personal representative (standing stated): both opt-outs plus a disclosure question; entities are the deceased customer's, not the firm's (same ZIP by chance); S/MIME multipart/signed.")


# ---------------------------------------------------------------- 08:40 Vossberg, Outlook for Mac, share + who
@mail("vossberg-outlookmac-misspelled-label", "2027-10-13 08:40:22", "powerhousecatalog", "catalog-sharing opt-out + question",
      program="Outlook for Mac")
def _(m):
    r = m.r
    m.who("John Vossberg", "jvossberg@mchsi.com")
    m.subject = "You sold my name"
    m.to = PH
    text = """Last week I got a catalog from a company called Northwoods Garden Supply. I have never ordered from them. The label had my name misspelled exactly the way your PowerHouse labels have it for years, "Jonh R Vossberg", so I know where they got it.

Stop sharing my name and address with other companies. I will keep getting your catalog for now.

Who else did you give it to? I want a list.

John R. Vossberg
Marion, Iowa 52302"""
    plain = text + "\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta '
            'http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered '
            'medium)"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n'
            '\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style></head><body lang=EN-US link="#467886" vlink="#96607D" '
            'style=\'word-wrap:break-word\'><div class=WordSection1>%s</div></body></html>' %
            "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in text.split("\n")))
    b = "B_%d_%d" % (r.randint(3800000000, 3899999999), r.randint(100000000, 999999999))
    top = Multi("alternative", b, [Leaf('text/plain;\n\tcharset="UTF-8"', plain, "quoted-printable"),
                                   Leaf('text/html;\n\tcharset="UTF-8"', html + "\n", "quoted-printable")],
                preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n")
    top.ctype = 'multipart/alternative;\n\tboundary="%s"' % b
    m.top = top
    m.msgid = "<%s@mchsi.com>" % uuid_upper(r)
    m.hdrs = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Date", rfc(m.sent)), ("Subject", m.subject),
              ("From", "John Vossberg <jvossberg@mchsi.com>"), ("To", "<%s>" % PH), ("Message-ID", m.msgid),
              ("Thread-Topic", m.subject), ("Mime-version", "1.0"), CONTENT]
    via_host(m, "mail.mchsi.com", "smtp-out.mchsi.com", "173.247.98.%d" % r.randint(20, 60),
             inner=[sub_received(m, "[192.168.86.31]", "198.51.100.189", "smtp-out.mchsi.com", user="jvossberg@mchsi.com")],
             dkim=[("mchsi.com", "pass", "mc1")])
    m.rcpt = PH
    m.label(labels=["catalog_share_opt_out", "question"], entities={"name": "John R. Vossberg", "postal_code": "52302"},
            note="Stop sharing but keep the catalog (sharing opt-out only, not marketing) plus 'who else did you give it to?' (question); the misspelled quoted label name is not his entity.")


# ---------------------------------------------------------------- 09:30 helpdesk auto-reply to our ack
@mail("freshdesk-ticket-autoreply", "2027-10-13 09:30:06", "customercare", "automated: auto-reply (helpdesk)",
      answers="our acknowledgement CC-2027-10-04481", program="helpdesk ticketing (Freshdesk)", delay=3)
def _(m):
    r = m.r
    o = ours.ack("CC-2027-10-04481", "support@cedarvalleycoop.com", T("2027-10-13 09:29:50"))
    m.who("Cedar Valley Cooperative Support", "support@cedarvalleycoop.freshdesk.com")
    m.subject = "Ticket Received - %s" % o.subject
    text = """Dear Alliant Energy Customer Care,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://cedarvalleycoop.freshdesk.com/helpdesk/tickets/21877

Thank you for your patience.

Sincerely,
Cedar Valley Cooperative Support Team
"""
    html = "<div>%s</div>\n" % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))
    b = "--==_mimepart_%s_%d" % (rs(r, 13, HEX), r.randint(100, 999))
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=UTF-8", text, "7bit"),
                                     Leaf("text/html; charset=UTF-8", html, "7bit")])
    m.msgid = "<%s.%d@cedarvalleycoop.freshdesk.com>" % (rs(r, 20, HEX), r.randint(1000, 9999))
    m.hdrs = [("Date", rfc(to_off(m.sent, 0))), ("From", "Cedar Valley Cooperative Support <support@cedarvalleycoop.freshdesk.com>"),
              ("Reply-To", "support@cedarvalleycoop.com"), ("To", CC), ("Message-ID", m.msgid), ("In-Reply-To", o.msgid),
              ("References", o.msgid), ("Subject", m.subject), ("Mime-Version", "1.0"), CONTENT,
              ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "true"), ("X-FD-Email", "ticket_received"),
              ("X-Freshdesk-Ticket-Id", "21877")]
    via_host(m, "mail%d.freshdesk.com" % r.randint(10, 40), "spring-mta%d.freshemail.io" % r.randint(10, 40),
             "149.72.%d.%d" % (r.randint(100, 200), r.randint(1, 250)),
             inner=[("DKIM-Signature", dkim_header(m, "freshdesk.com", "fd2", "from:reply-to:to:subject:mime-version:content-type", lead="\t"))],
             dkim=[("freshdesk.com", "pass", "fd2")], dmarc="pass")
    m.auth = m.auth.replace("header.from=cedarvalleycoop.freshdesk.com", "header.from=freshdesk.com")
    m.machine("A business's helpdesk answered our acknowledgement with a ticket receipt (Auto-Submitted): acknowledging it would ping-pong forever.")


# ---------------------------------------------------------------- 10:10 iPad plain, paper mail about solar
@mail("ipad-paper-mail-solar", "2027-10-13 10:10:34", "customercare", "marketing opt-out", program="iPad Mail")
def _(m):
    m.who("Marlene Hauschildt", "marlenehauschildt@icloud.com")
    m.subject = "Mail"
    text = """Hello,
Could you please stop sending me the paper mail about solar panels and heat pumps and the home energy kits. I am 78 and rent my house so I am not putting solar on anything. My bill is all I need from you.
Thank you
Marlene Hauschildt
Waverly IA 50677"""
    iphone(m, text, sig="Sent from my iPad", device="iPad", build="21H16")
    via_icloud(m)
    m.label(labels=["marketing_opt_out"], entities={"name": "Marlene Hauschildt", "postal_code": "50677"},
            note="A question in form ('could you please stop...') that is itself the request: marketing opt-out for postal promotions; nothing else to answer.")


# ---------------------------------------------------------------- 10:45 Outlook.com unsubscribe from the preview
@mail("outlookcom-unsub-preview", "2027-10-13 10:45:09", "powerhousecatalog", "software unsubscribe (List-Unsubscribe mailto)",
      answers=PV, program="Outlook.com (Unsubscribe button)")
def _(m):
    r = m.r
    m.who("Steph Lundquist", "steph.lundquist@hotmail.com")
    m.subject = "unsubscribe PH-2710"
    m.to = PH
    plain = "\n"
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n</body>\n</html>\n')
    via_outlookcom(m)
    pod = m.ms_pod
    m.msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (pod, rs(r, 24, HEXU), pod, r.randint(1, 20))
    b = "_000_%s%s_" % (pod, rs(r, 24, HEXU))
    m.top = Multi("alternative", b, [Leaf('text/plain; charset="us-ascii"', plain, "quoted-printable"),
                                     Leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    m.hdrs = [("From", "Steph Lundquist <steph.lundquist@hotmail.com>"), ("To", PH), ("Subject", m.subject),
              ("Thread-Topic", m.subject), ("Thread-Index", "AQHb" + b64blob(r, 20)[:26]), ("Date", rfc(to_off(m.sent, 0))),
              ("Message-ID", m.msgid), ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""), CONTENT, ("MIME-Version", "1.0")]
    m.rcpt = PH
    m.label(labels=["marketing_opt_out"], entities={},
            note="Outlook.com's Unsubscribe button used the catalog e-mail's List-Unsubscribe mailto (empty body, token in subject): marketing opt-out, never a sharing opt-out.")


# ---------------------------------------------------------------- 11:05 Pam, Gmail, reply to preview: both
@mail("pam-gmail-preview-both", "2027-10-13 11:05:47", "powerhousecatalog", "both opt-outs", answers=PV, program="Gmail web")
def _(m):
    o = ours.preview("pamkessler.home@gmail.com", 140772)
    m.who("Pam Kessler", "pamkessler.home@gmail.com")
    reply(m, o, to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    text = """No more catalogs please, paper or email. And quit selling my name. I bought ONE thing from you two years ago (the smart plugs) and now I get Harriet Carter, Miles Kimball, Vermont Country Store, you name it.

Pam"""
    gmail(m, text, quote=o)
    via_gmail(m)
    m.rcpt = PH
    m.label(labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Pam"},
            note="Under the preview: stop catalogs (paper and e-mail) and 'quit selling my name': both opt-outs; the quoted footer's sharing sentence is ours.")


# ---------------------------------------------------------------- 11:20 Apple Mail inline: 'I prefer.'
@mail("applemail-inline-i-prefer", "2027-10-13 11:20:13", "powerhousecatalog", "catalog-sharing opt-out", answers=PV,
      program="Apple Mail (macOS), inline reply")
def _(m):
    o = ours.preview("wkinsella@me.com", 88120, "Walter Kinsella")
    m.who("Walter Kinsella", "wkinsella@me.com")
    reply(m, o, to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    inline = [("q", "- NEW: cast-iron pie iron set with campfire recipes"),
              ("t", "Ordering two of these for the grandkids."),
              ("q", "From time to time we make our customer list available to other carefully\nselected catalog companies. "
                    "If you prefer that we not share your name and\npostal address, write to powerhousecatalog@alliant-energy.com."),
              ("t", "I prefer. Keep the catalog coming though.")]
    apple_mail(m, "", quote=o, inline=inline, sig="W. Kinsella", domain="me.com")
    via_icloud(m)
    m.rcpt = PH
    m.label(labels=["catalog_share_opt_out"], entities={"name": "W. Kinsella"},
            note="'I prefer.' answers the quoted sharing sentence inline: his own words point at our footer, so a sharing opt-out; keeps the catalog, so no marketing opt-out.")


# ---------------------------------------------------------------- 11:50 OOF to the preview
@mail("oof-hospital-preview", "2027-10-13 11:50:22", "powerhousecatalog", "automated: auto-reply", answers=PV,
      program="Exchange Online OOF", delay=2)
def _(m):
    r = m.r
    o = ours.preview("kjhanson@mercycr.org", 23019)
    m.who("Hanson, Karla J", "kjhanson@mercycr.org")
    m.subject = "Automatic reply: " + o.subject
    text = """I am on PTO through Monday, October 18. If this is regarding a patient scheduling matter please contact the Radiology front desk at 319-555-0152.

Karla Hanson, RT(R)(M)
Mercy Medical Center - Imaging Services

This message and any attachments may contain confidential health information protected by law.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>%s</body></html>\n' %
            "".join("<p style=\"font-family:Calibri;font-size:11pt\">%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    b = "_000_%s_" % rs(r, 40, HEXU)
    m.top = Multi("alternative", b, [Leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                                     Leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    m.msgid = "<DM8PR11MB%d%s@DM8PR11MB%d.namprd11.prod.outlook.com>" % (r.randint(1000, 9999), rs(r, 20, HEXU), r.randint(1000, 9999))
    m.hdrs = [("From", '"Hanson, Karla J" <kjhanson@mercycr.org>'), ("To", "PowerHouse Catalog <%s>" % PH),
              ("Subject", m.subject), ("Thread-Topic", o.subject), ("Thread-Index", "AQHb" + b64blob(r, 22)[:26]),
              ("Date", rfc(to_off(m.sent, 0))), ("Message-ID", m.msgid), ("References", o.msgid), ("In-Reply-To", o.msgid),
              ("Auto-Submitted", "auto-generated"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-organization-autoreply", "oof"), CONTENT, ("MIME-Version", "1.0")]
    via_outlookcom(m)
    m.rcpt = PH
    m.machine("Out-of-office answer to the catalog preview (Auto-Submitted); a hospital's legal footer, no request.")


# ---------------------------------------------------------------- 12:15 Yahoo Android, 'Same as I told you last year'
@mail("yahoo-android-same-as-last-year", "2027-10-13 12:15:58", "powerhousecatalog", "unclear", answers=PV,
      program="Yahoo Mail Android")
def _(m):
    o = ours.preview("lavonne.rath@yahoo.com", 31277)
    m.who("LaVonne Rath", "lavonne.rath@yahoo.com")
    reply(m, o, to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    yahoo(m, "Same as I told you last year please", quote=o, app="android")
    via_yahoo(m)
    m.rcpt = PH
    m.label(unclear=True, entities={},
            note="'Same as I told you last year' under the preview: refers to an earlier request without saying what it was (stop? don't share?), so unclear.")


# ---------------------------------------------------------------- 12:40 Thunderbird, Spanish, iso-8859-1, catalog questions
@mail("thunderbird-es-catalogo-en-espanol", "2027-10-13 12:40:26", "powerhousecatalog", "question", lang="es",
      program="Thunderbird (Windows), iso-8859-1")
def _(m):
    m.who("Adriana Villalobos", "avillalobos@netins.net")
    m.subject = "Pregunta sobre el catálogo"
    m.to = "powerhousecatalog@alliant-energy.com"
    text = """Buenas tardes,

Mi mamá recibe el catálogo PowerHouse en su casa en Muscatine. Ella no lee inglés. ¿Tienen el catálogo en español?

También quisiera saber: ¿ustedes comparten la dirección de ella con otras compañías? Ella recibe muchos catálogos que no pidió y no sabemos de dónde vienen.

Gracias de antemano,
Adriana Villalobos"""
    thunderbird(m, text, charset="ISO-8859-1", lang="es-MX")
    via_host(m, "smtp.netins.net", "smtp.netins.net", "167.142.225.%d" % m.r.randint(5, 30),
             inner=[sub_received(m, "[10.0.0.12]", "198.51.100.140", "smtp.netins.net", user="avillalobos@netins.net")],
             dkim=None, dmarc="none")
    m.rcpt = PH
    m.label(labels=["question"], entities={"name": "Adriana Villalobos"},
            note="Spanish, iso-8859-1 8bit: asks for a Spanish catalog and WHETHER her mother's address is shared; asking is a question, not a sharing opt-out (and it is for her mother).")


# ---------------------------------------------------------------- 13:10 Exchange Online NDR, quota
@mail("ndr-exchange-online-quota", "2027-10-13 13:10:44", "customercare", "automated: bounce",
      answers="our acknowledgement CC-2027-10-04490", program="Microsoft 365 NDR", delay=3)
def _(m):
    o = ours.ack("CC-2027-10-04490", "dkoch@wartburgseniorliving.org", T("2027-10-13 13:10:31"))
    machines.exchange_online_ndr(
        m, o, "dkoch@wartburgseniorliving.org", "wartburgseniorliving.org",
        "The recipient's mailbox is full and can't accept messages now.",
        "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact "
        "the recipient directly.",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
        "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.",
        "MN2PR19MB4432.namprd19.prod.outlook.com")
    via_host(m, "NAM10-MW2-obe.outbound.protection.outlook.com", "mail-mw2nam10on2041.outbound.protection.outlook.com",
             "40.107.94.41", dkim=None, spf="pass", dmarc=None)
    m.machine("Microsoft 365 'Undeliverable' NDR (mailbox full) for an acknowledgement; HTML report plus text/rfc822-headers of our ack.")


# ---------------------------------------------------------------- 13:45 iPhone, photo of the catalog label
@mail("iphone-label-photo", "2027-10-13 13:45:03", "powerhousecatalog", "marketing opt-out", program="iPhone Mail (photo attached)")
def _(m):
    m.who("Gail Ferring", "gferring@icloud.com")
    m.subject = "Catalog mailing list"
    m.to = PH
    text = "Please take me off your catalog mailing list, picture of the label is attached. Thanks"
    iphone(m, text, attach=[("image/jpeg", "IMG_4471.jpeg", fixtures.jpeg("ferring-label", 11000, model=b"iPhone 13"), "inline")])
    via_icloud(m)
    m.rcpt = PH
    m.label(labels=["marketing_opt_out"], entities={},
            note="Catalog removal with a photo of the mailing label; name, address and customer number are only in the JPEG, so no entities from the body.")


# ---------------------------------------------------------------- 14:20 M365 + signature service: parts differ
@mail("brandvold-codetwo-html-signature", "2027-10-13 14:20:37", "customercare", "marketing opt-out",
      program="Outlook (Microsoft 365) + server-side signature service; plain and HTML differ")
def _(m):
    r = m.r
    m.who("Nicole Brandvold", "nicole@sunrisedentaldecorah.com")
    m.subject = "Marketing emails"
    m.to = "customercare@alliant-energy.com"
    text = "Hello,\n\nPlease remove this address from your marketing emails. It is our front desk inbox and it is shared by four people.\n\nThank you"
    plain = text + "\n"
    sig_html = ('<table cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:9pt;color:#444;margin-top:12px"><tr>'
                '<td style="padding-right:10px;border-right:2px solid #f39c12"><img src="cid:sunrise-logo" width="64" alt="Sunrise '
                'Dental"></td><td style="padding-left:10px"><b style="font-size:10pt;color:#222">Nicole Brandvold</b><br>Office Manager'
                '<br>Sunrise Family Dental<br>205 Main St, Decorah, IA 52101<br>563-555-0126 &middot; sunrisedentaldecorah.com</td></tr>'
                '</table><p style="font-family:Arial;font-size:7.5pt;color:#888">This e-mail may contain protected health information. '
                'If you received it in error, notify the sender and delete it.</p>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><style type="text/css" style="display:'
            'none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,'
            'sans-serif;font-size:12pt;color:rgb(0,0,0)">%s</div>%s</body></html>\n' % (
                "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")), sig_html))
    logo = Leaf("image/png; name=\"sunrise-logo.png\"", enc_b64(fixtures.png("sunrise", 64, 64, (243, 156, 18))), "base64",
                [("Content-ID", "<sunrise-logo>"), ("Content-Disposition", 'inline; filename="sunrise-logo.png"')])
    b1 = "_000_%s_" % rs(r, 40, HEXU)
    alt = Multi("alternative", b1, [Leaf('text/plain; charset="us-ascii"', plain, "quoted-printable"),
                                    Leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    b2 = "_004_%s_" % rs(r, 40, HEXU)
    top = Multi("related", b2, [alt, logo])
    top.ctype = 'multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % b2
    m.top = top
    m.msgid = "<SN7PR14MB%d%s@SN7PR14MB%d.namprd14.prod.outlook.com>" % (r.randint(1000, 9999), rs(r, 20, HEXU), r.randint(1000, 9999))
    m.hdrs = [("From", "Nicole Brandvold <nicole@sunrisedentaldecorah.com>"), ("To", m.to), ("Subject", m.subject),
              ("Thread-Topic", m.subject), ("Thread-Index", "AdsM" + b64blob(r, 20)[:24] + "=="), ("Date", rfc(to_off(m.sent, 0))),
              ("Message-ID", m.msgid), ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"),
              ("X-MS-TNEF-Correlator", ""), ("X-CodeTwo-MessageID", uuid_lower(r) + ".20271013192037@us2.codetwo.online"),
              ("X-CodeTwoProcessed", "true"), CONTENT, ("MIME-Version", "1.0")]
    via_outlookcom(m)
    m.trace.insert(0, ("Received", "from us2.codetwo.online (us2.codetwo.online [52.176.41.%d])\n\tby %s.namprd14.prod.outlook.com with "
                                   "ESMTPS; %s" % (r.randint(2, 250), "SN7PR14MB%d" % r.randint(1000, 9999), rfc(to_off(m.sent, 0)))))
    m.label(labels=["marketing_opt_out"], entities={"name": "Nicole Brandvold", "postal_code": "52101"},
            note="The signature service added name and address to the HTML part only; the plain part ends at 'Thank you'. The entities come from her own signature (HTML).")


# ---------------------------------------------------------------- 15:00 cold sales to the catalog box
@mail("cold-sales-data-append", "2027-10-13 15:00:12", "powerhousecatalog", "automated: cold sales", program="sales engagement platform",
      off=-4)
def _(m):
    r = m.r
    m.who("Alyssa Romero", "alyssa.romero@datacastleinsights.com")
    m.subject = "PowerHouse + 38% more deliverable names before your holiday drop?"
    text = """Hi PowerHouse team,

Catalogers like Fieldstone Home and Prairie Hearth use DataCastle to append email, phone and lifestyle data to their house file and clean out movers before big drops. Most see 30-40% fewer undeliverables.

We also handle your suppression files (DMAchoice, deceased, do-not-mail, do-not-share) so nothing slips through on co-op exchanges.

Worth 20 minutes before your holiday mail date? Here's my calendar: https://meet.datacastleinsights.com/alyssa

Alyssa Romero | Account Executive, DataCastle Insights
If you'd prefer I not reach out again, let me know and I'll remove you from my outreach.
"""
    html = '<div style="font-family:Arial;font-size:14px">%s</div><img src="https://t.datacastleinsights.com/o/%s.png" width="1" height="1">\n' % (
        "".join("<p>%s</p>" % esc(p) for p in text.strip().split("\n\n")), rs(r, 24, ALNUM))
    b = "--==_mimepart_%s" % rs(r, 24, HEX)
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=UTF-8", text, "7bit"),
                                     Leaf("text/html; charset=UTF-8", html, "quoted-printable")])
    m.msgid = "<%s@datacastleinsights.com>" % uuid_lower(r)
    m.rcpt = PH
    m.hdrs = [("Date", rfc(m.sent)), ("From", "Alyssa Romero <alyssa.romero@datacastleinsights.com>"), ("To", PH),
              ("Message-ID", m.msgid), ("Subject", m.subject), ("Mime-Version", "1.0"), CONTENT,
              ("X-Outreach-Sequence", "holiday-catalogers-q4-step1"), ("X-Mailer", "Outreach")]
    via_gmail(m)
    m.env_from = m.from_addr
    auth_results(m, dkim=[("datacastleinsights.com", "pass", "google")])
    m.trace[1] = ("DKIM-Signature", dkim_header(m, "datacastleinsights.com", "google", "mime-version:subject:message-id:to:from:date"))
    m.machine("Sequenced cold pitch for data append and 'do-not-share' suppression services; sales mail, not a request from anyone on our list.")


# ---------------------------------------------------------------- 15:35 AOL classic quote, both
@mail("sorensen-aol-classic-both", "2027-10-13 15:35:50", "powerhousecatalog", "both opt-outs", answers=PV, program="AOL Mail web")
def _(m):
    o = ours.preview("bevsorensen@aol.com", 60355)
    m.who("Bev Sorensen", "bevsorensen@aol.com")
    reply(m, o, to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    text = """Take me off the catalog list, and no sharing my info either. Moving to assisted living in November and won't need any of it.
Bev Sorensen"""
    yahoo(m, text, quote=o, brand="aol", aol_classic=True)
    via_yahoo(m, brand="aol")
    m.rcpt = PH
    m.label(labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Bev Sorensen"},
            note="Both opt-outs in one line under the preview; AOL's '-----Original Message-----' header block quotes our footer without '>'.")


# ---------------------------------------------------------------- 16:10 iPhone 'Thank you!' to our ack
@mail("iphone-thank-you-ack", "2027-10-13 16:10:28", "customercare", "human, no action (thanks to our ack)",
      answers="our acknowledgement CC-2027-10-04479", program="iPhone Mail")
def _(m):
    o = ours.ack("CC-2027-10-04479", "jkpoppe@icloud.com", T("2027-10-13 08:03:12"))
    m.who("Jackie Poppe", "jkpoppe@icloud.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    iphone(m, "Thank you!", quote=o)
    via_icloud(m)
    m.label(entities={}, ack_to=None,
            note="'Thank you!' in reply to our acknowledgement: asks for nothing, so human, no labels, not unclear, and no acknowledgement (it would start a politeness loop).")


# ---------------------------------------------------------------- 16:45 Ellen Ruzicka, Outlook, windows-1252
@mail("ruzicka-outlook-1252-per-notice", "2027-10-13 16:45:19", "powerhousecatalog", "catalog-sharing opt-out",
      program="Outlook 365 desktop (IMAP, windows-1252)")
def _(m):
    m.who("Ellen Ruzicka", "eruzicka@q.com")
    m.subject = "Request \u2013 do not exchange my name"
    m.to = "\"powerhousecatalog@alliant-energy.com\" <powerhousecatalog@alliant-energy.com>"
    text = """Dear PowerHouse Catalog,

Per the notice printed on the order form in your catalog, I am requesting that my name and address not be rented, exchanged or otherwise made available to other mailers. I do want to continue receiving the PowerHouse catalog itself \u2013 it\u2019s one of the few I actually read.

Customer # 0082 3371 6

Ellen Ruzicka
918 Oak St
Decorah, IA 52101"""
    outlook_desktop(m, text)
    via_host(m, "smtp.q.com", "mpls-omta%d.q.com" % m.r.randint(1, 9), "65.100.%d.%d" % (m.r.randint(0, 255), m.r.randint(1, 250)),
             inner=[sub_received(m, "DESKTOP-ELLEN", "198.51.100.66", "smtp.q.com", user="eruzicka@q.com")],
             dkim=None, dmarc="none")
    m.rcpt = PH
    m.label(labels=["catalog_share_opt_out"], entities={"name": "Ellen Ruzicka", "postal_code": "52101", "account": "0082 3371 6"},
            note="Formal do-not-rent/exchange request that explicitly keeps the catalog: sharing opt-out only; windows-1252 en dash and curly quote in QP.")


# ---------------------------------------------------------------- 17:30 read receipt for a staff reply
@mail("mdn-read-receipt-kramer", "2027-10-13 17:30:04", "customercare", "automated: read receipt",
      answers="staff reply to Kramer Plumbing", program="Outlook (Exchange) MDN", delay=2)
def _(m):
    r = m.r
    m.who("Tom Kramer", "tom@kramerplumbingheating.com")
    staff_sent = T("2027-10-13 11:12:40")
    staff_id = "<SJ0PR19MB%d%s@SJ0PR19MB%d.namprd19.prod.outlook.com>" % (r.randint(1000, 9999), rs(r, 20, HEXU), r.randint(1000, 9999))
    m.subject = "Read: RE: Fall furnace tune-up: $40 off"
    text = """Your message

  To: Tom Kramer
  Subject: RE: Fall furnace tune-up: $40 off
  Sent: Wednesday, October 13, 2027 11:12:40 AM (UTC-06:00) Central Time (US & Canada)

was read on Wednesday, October 13, 2027 5:30:01 PM (UTC-06:00) Central Time (US & Canada).
"""
    disp = ("Reporting-UA: KPH-EX01.kramer.local; Microsoft Exchange Server 2019\nFinal-Recipient: rfc822;tom@kramerplumbingheating.com\n"
            "Original-Message-ID: %s\nDisposition: auto-action/MDN-sent-automatically; displayed\n" % staff_id)
    b = "_002_%s_" % rs(r, 40, HEXU)
    top = Multi("report", b, [Leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                              Leaf("message/disposition-notification", disp, "7bit")])
    top.ctype = 'multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % b
    m.top = top
    m.msgid = "<%s@KPH-EX01.kramer.local>" % rs(r, 32, HEX)
    m.hdrs = [("From", "Tom Kramer <tom@kramerplumbingheating.com>"), ("To", "Alliant Energy Customer Care <%s>" % CC),
              ("Subject", m.subject), ("Thread-Topic", "Fall furnace tune-up: $40 off"), ("Date", rfc(m.sent)),
              ("Message-ID", m.msgid), ("References", staff_id), ("In-Reply-To", staff_id), ("Content-Language", "en-US"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), CONTENT, ("MIME-Version", "1.0"),
              ("Auto-Submitted", "auto-replied")]
    via_host(m, "mail.kramerplumbingheating.com", "mail.kramerplumbingheating.com", "63.230.18.%d" % r.randint(2, 250),
             dkim=None, dmarc="none", tls="TLSv1.2")
    m.machine("Read receipt (disposition-notification) for a staff member's answer to a customer; the From is a real customer but the mail is machine-made.")


# ---------------------------------------------------------------- 18:15 daughter for her father, no stated standing
@mail("ostrowski-daughter-gmail-ios", "2027-10-13 18:15:44", "powerhousecatalog", "unclear (on behalf, no standing)",
      program="Gmail iOS")
def _(m):
    m.who("Kristin Ostrowski-Weber", "kristinow@gmail.com")
    m.subject = "My dad's mail"
    m.to = PH
    text = """Hi - my dad (Leonard Ostrowski) moved into memory care in August. His house is going to be sold but the mail still goes there and I pick it up every week and it's mostly catalogs, including yours.

Can you please stop all the mail going to his house and don't give his name to anybody. He used to order the bird seed and the flannel sheets from you.

His address is 1515 Fairview Ave, Waterloo IA 50701.

Thank you,
Kristin"""
    gmail(m, text, app="ios")
    via_gmail(m, "ios")
    m.rcpt = PH
    m.label(unclear=True, entities={"name": "Leonard Ostrowski", "postal_code": "50701"},
            note="Daughter asks to stop the catalog and sharing for her father but states no authority (no POA, not the account holder): on behalf without standing is unclear; entities are his.")


# ---------------------------------------------------------------- 19:00 Gmail Android, Spanish, stop the catalog
@mail("rocio-gmail-android-es-no-catalogo", "2027-10-13 19:00:07", "powerhousecatalog", "marketing opt-out", answers=PV, lang="es",
      program="Gmail Android")
def _(m):
    o = ours.preview("rocio.mtz.dbq@gmail.com", 152339)
    m.who("Rocio Martinez", "rocio.mtz.dbq@gmail.com")
    reply(m, o, to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    text = """Hola, no me manden más el catálogo por favor, ni el de papel ni los correos. Gracias

Rocío"""
    gmail(m, text, quote=o, app="android")
    via_gmail(m, "android")
    m.rcpt = PH
    m.label(labels=["marketing_opt_out"], entities={"name": "Rocío"},
            note="Spanish 'don't send me the catalog any more, neither paper nor e-mails' under the English preview: marketing opt-out only, nothing about sharing.")


# ---------------------------------------------------------------- 20:30 catalog industry newsletter
@mail("catalog-digest-newsletter", "2027-10-13 20:30:00", "powerhousecatalog", "automated: newsletter", program="ESP (Constant Contact-style)",
      off=-4, delay=4)
def _(m):
    r = m.r
    m.who("Catalog Marketers Digest", "digest@catalogmarketersdigest.com")
    m.env_from = "bounce-%s@in.constantcontact.com" % rs(r, 20, ALNUM)
    m.subject = "This week: postal rate case, co-op database trends, and holiday drop timing"
    html = ('<html><body style="margin:0;background:#eee"><table width="620" align="center" style="background:#fff;font-family:Georgia">'
            '<tr><td style="padding:20px;font-size:26px;color:#0b4f6c">Catalog Marketers Digest</td></tr><tr><td style="padding:0 20px">'
            '<h3>USPS files for January rate change</h3><p>Marketing Mail flats would rise 6.1%% under the filing. What it means for '
            'your Q1 prospecting budget.</p><h3>Co-op databases: names in, names out</h3><p>Participation is up, but so are '
            'do-not-share requests. Three database managers on how they honor them across exchanges.</p><h3>When to drop the holiday '
            'book</h3><p>In-home dates are creeping earlier.</p></td></tr><tr><td style="padding:20px;font-size:11px;color:#777">'
            'Catalog Marketers Digest | 330 N Wabash Ave | Chicago, IL 60611<br><a href="https://visitor.constantcontact.com/do?p=un&m=%s">'
            'Unsubscribe powerhousecatalog@alliant-energy.com</a> | <a href="https://visitor.constantcontact.com/do?p=oo&m=%s">Update '
            'Profile</a> | Constant Contact Data Notice</td></tr></table></body></html>\n' % (rs(r, 20, ALNUM), rs(r, 20, ALNUM)))
    m.top = Leaf('text/html; charset="utf-8"', html, "quoted-printable")
    m.msgid = "<%d.%d.%d.JavaMail.app@rs%d.constantcontact.com>" % (r.randint(10 ** 9, 2 * 10 ** 9), r.randint(10 ** 8, 10 ** 9), epoch_ms(m.sent), r.randint(100, 999))
    m.rcpt = PH
    m.hdrs = [("Date", rfc(m.sent)), ("From", "Catalog Marketers Digest <digest@catalogmarketersdigest.com>"),
              ("Reply-To", "editor@catalogmarketersdigest.com"), ("To", PH), ("Message-ID", m.msgid), ("Subject", m.subject),
              ("MIME-Version", "1.0"), CONTENT, ("List-Unsubscribe", "<https://visitor.constantcontact.com/do?p=un&m=%s>" % rs(r, 20, ALNUM)),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Roving-Campaignid", str(r.randint(10 ** 9, 2 * 10 ** 9))),
              ("X-Roving-Id", "%d.%d" % (r.randint(10 ** 9, 2 * 10 ** 9), r.randint(10 ** 9, 2 * 10 ** 9))),
              ("X-Feedback-ID", "%s:%s:CTCT" % (rs(r, 20, ALNUM), rs(r, 10, ALNUM))), ("Precedence", "bulk")]
    via_host(m, "ccm%d.constantcontact.com" % r.randint(20, 40), "ccm27.constantcontact.com", "208.75.123.%d" % r.randint(100, 250),
             inner=[("DKIM-Signature", dkim_header(m, "auth.ccsend.com", "1000073432", "date:mime-version:subject:x-feedback-id:x-250ok-cid:message-id:from:to:list-unsubscribe:\n\t reply-to", lead="\t"))],
             dkim=[("auth.ccsend.com", "pass", "1000073432")], dmarc="pass")
    m.machine("HTML-only trade newsletter (List-Unsubscribe, Precedence: bulk) discussing do-not-share requests; bulk mail.")


# ---------------------------------------------------------------- 21:40 Yahoo web: how do I stop the paper catalog?
@mail("yahoo-web-how-stop-paper", "2027-10-13 21:40:15", "powerhousecatalog", "question (how to opt out)", program="Yahoo Mail web")
def _(m):
    m.who("Sharon Klinefelter", "sklinefelter@yahoo.com")
    m.subject = "paper catalog"
    m.to = PH
    text = """How do I stop the paper catalog? The emails have an unsubscribe at the bottom but there's nothing like that for the one that comes in the mail. Is there a form or a phone number?"""
    yahoo(m, text)
    via_yahoo(m)
    m.rcpt = PH
    m.label(labels=["question"], entities={},
            note="Asks HOW to stop the paper catalog but never asks us to do it: a question only, per the how-to-opt-out rule.")


# ---------------------------------------------------------------- 21:05 Yahoo web unsubscribe (mailto) from the preview
@mail("yahoo-unsub-button-preview", "2027-10-13 21:05:37", "powerhousecatalog", "software unsubscribe (List-Unsubscribe mailto)",
      answers=PV, program="Yahoo Mail web (Unsubscribe link)")
def _(m):
    r = m.r
    m.who("Carl Neuhaus", "carl_neuhaus@yahoo.com")
    m.subject = "unsubscribe PH-2710"
    m.to = PH
    m.msgid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2147483647), r.randint(100000, 9999999), epoch_ms(m.sent))
    m.top = Leaf("text/plain; charset=UTF-8", b"\r\n", "7bit")
    m.hdrs = [("Date", rfc(to_off(m.sent, 0)) + " (UTC)"), ("From", "Carl Neuhaus <carl_neuhaus@yahoo.com>"), ("To", PH),
              ("Message-ID", m.msgid), ("Subject", m.subject), ("MIME-Version", "1.0"), CONTENT,
              ("X-Mailer", "WebService/1.1.24562 YMailNorrin")]
    via_yahoo(m)
    m.rcpt = PH
    m.label(labels=["marketing_opt_out"], entities={},
            note="Yahoo's Unsubscribe link fell back to our mailto (no one-click URL): empty body, token in the subject; a catalog-e-mail unsubscribe is marketing, not sharing.")
