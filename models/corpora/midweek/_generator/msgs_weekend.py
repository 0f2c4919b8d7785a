"""Saturday 16 and Sunday 17 October 2027: a quieter inbox."""
from core import (T, rfc, to_off, rs, HEX, HEXU, ALNUM, Leaf, Multi, esc, b64blob, uuid_lower, uuid_upper, epoch_ms, crlf,
                  enc_b64, ew)
from mail import (mail, reply, via_gmail, via_outlookcom, via_yahoo, via_icloud, via_proton, via_fastmail, via_comcast,
                  via_host, sub_received, auth_results, dkim_header)
from clients import (gmail, outlook_desktop, outlook_web, apple_mail, iphone, samsung, yahoo, thunderbird, proton,
                     fastmail, ox, zimbra, roundcube, wlm, CONTENT, from_hdr, html_divs)
import machines
import ours
from ours import CC, PH
import fixtures

FT = "furnace promo (AE-FT-2710)"
PV = "holiday preview e-mail (PH-2710)"


# ---------------------------------------------------------------- Sat 08:10 lowercase, no punctuation
@mail("gmail-lowercase-boiler", "2027-10-16 08:10:44", "customercare", "marketing opt-out", answers=FT, program="Gmail iOS")
def _(m):
    o = ours.furnace("djkoopmann@gmail.com", 36640)
    m.who("Dan Koopmann", "djkoopmann@gmail.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    gmail(m, "quit emailing me about furnaces i have a boiler", quote=o, app="ios")
    via_gmail(m, "ios")
    m.label(labels=["marketing_opt_out"], entities={},
            note="All lower case, no punctuation, under the promo: 'quit emailing me about furnaces' is a marketing opt-out.")


# ---------------------------------------------------------------- Sat 10:50 Outlook 2010, copy of data + stop selling
@mail("outlook2010-copy-and-stop-selling", "2027-10-16 10:50:12", "customercare", "catalog-sharing opt-out + question",
      program="Outlook 2010 desktop (Frontier POP3)")
def _(m):
    m.who("Lloyd Ehlers", "lehlers@frontier.com")
    m.subject = "Privacy request"
    m.to = "<customercare@alliant-energy.com>"
    text = """To Alliant Energy:

I would like a copy of whatever information you have on file about me, and I want you to stop selling or sharing it with other companies, including the catalog outfits. I read in the paper that utilities sell customer lists. I am 81 and I get 10 pieces of junk mail a day.

Lloyd Ehlers
412 N Elm St
Manchester, IA 52057
Account 8805-3310-47"""
    outlook_desktop(m, text, charset="us-ascii", x_mailer="Microsoft Outlook 14.0")
    via_host(m, "smtp.frontier.com", "smtp120.ord1c.emailsrvr.com", "173.203.6.%d" % m.r.randint(100, 200),
             inner=[sub_received(m, "LloydPC", "198.51.100.160", "smtp120.ord1c.emailsrvr.com", user="lehlers@frontier.com")],
             dkim=[("frontier.com", "pass", "20221208")], tls="TLSv1.2")
    m.label(labels=["catalog_share_opt_out", "question"],
            entities={"name": "Lloyd Ehlers", "postal_code": "52057", "account": "8805-3310-47"},
            note="Copy of his data (question) plus 'stop selling or sharing it' (sharing opt-out), sent to the general box; junk-mail complaint is context, not a marketing opt-out.")


# ---------------------------------------------------------------- Sat 11:30 Outlook Android 'thanks!' to our ack
@mail("outlook-android-thanks-ack", "2027-10-16 11:30:19", "customercare", "human, no action (thanks to our ack)",
      answers="our acknowledgement CC-2027-10-04551", program="Outlook Android")
def _(m):
    o = ours.ack("CC-2027-10-04551", "kmschwartz@outlook.com", T("2027-10-15 19:44:31"))
    m.who("Kim Schwartz", "kmschwartz@outlook.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    outlook_web(m, "thanks, appreciate the quick response!", quote=o, mobile="android",
                to_disp="kmschwartz@outlook.com <kmschwartz@outlook.com>")
    via_outlookcom(m)
    m.label(entities={}, ack_to=None,
            note="Thanks in reply to our acknowledgement, nothing asked: human, no labels, not unclear, no acknowledgement.")


# ---------------------------------------------------------------- Sat 12:30 Spanish auto-reply to our ack
@mail("respuesta-automatica-ack", "2027-10-16 12:30:55", "customercare", "automated: auto-reply",
      answers="our acknowledgement CC-2027-10-04556", lang="es", program="Outlook / Exchange Online OOF (Spanish)", delay=3)
def _(m):
    r = m.r
    o = ours.ack("CC-2027-10-04556", "hector.mejia@lamexicanadsm.com", T("2027-10-16 12:30:40"))
    m.who("Héctor Mejía", "hector.mejia@lamexicanadsm.com")
    m.subject = "Respuesta automática: " + o.subject
    text = """Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 18 de octubre. Para pedidos de la tienda llame al 515-555-0109.

Thank you for your message. I am out of the office until Monday, October 18. For store orders please call 515-555-0109.

Héctor Mejía
La Mexicana Market, Des Moines
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>%s</body></html>\n' %
            "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    b = "_000_%s_" % rs(r, 40, HEXU)
    m.top = Multi("alternative", b, [Leaf('text/plain; charset="iso-8859-1"', text, "quoted-printable", charset="iso-8859-1"),
                                     Leaf('text/html; charset="iso-8859-1"', html, "quoted-printable", charset="iso-8859-1")])
    m.msgid = "<CY5PR15MB%d%s@CY5PR15MB%d.namprd15.prod.outlook.com>" % (r.randint(1000, 9999), rs(r, 20, HEXU), r.randint(1000, 9999))
    m.hdrs = [("From", "%s <%s>" % (ew("Héctor Mejía", "iso-8859-1", "Q"), m.from_addr)),
              ("To", "Alliant Energy Customer Care <%s>" % CC), ("Subject", ew(m.subject, "iso-8859-1", "Q")),
              ("Thread-Topic", o.subject), ("Thread-Index", "AQHb" + b64blob(r, 22)[:26]), ("Date", rfc(to_off(m.sent, 0))),
              ("Message-ID", m.msgid), ("References", o.msgid), ("In-Reply-To", o.msgid), ("Auto-Submitted", "auto-generated"),
              ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"), ("X-MS-TNEF-Correlator", ""),
              ("x-ms-exchange-organization-autoreply", "oof"), ("Content-Language", "es-MX"), CONTENT, ("MIME-Version", "1.0")]
    via_outlookcom(m)
    m.machine("Bilingual out-of-office (RFC 2047 Spanish subject, iso-8859-1) answering our acknowledgement; Auto-Submitted.")


# ---------------------------------------------------------------- Sat 14:15 Fastmail HTML, put me back on the catalog
@mail("fastmail-html-back-on-catalog", "2027-10-16 14:15:27", "powerhousecatalog", "question (opt back in)",
      program="Fastmail web (HTML)")
def _(m):
    m.who("Lorraine Haverkamp", "lhaverkamp@fastmail.com")
    m.subject = "Back on the catalog list please"
    m.to = "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"
    text = """Hi,

Last year I asked you to stop sending the PowerHouse catalog because we were remodeling and I didn't want to spend money. Now I miss it! Could you please put me back on the mailing list? I'd like to get the holiday one if it's not too late.

Lorraine Haverkamp
1207 Main St
Cedar Falls, IA 50613"""
    fastmail(m, text, html=True)
    via_fastmail(m)
    m.rcpt = PH
    m.label(labels=["question"], entities={"name": "Lorraine Haverkamp", "postal_code": "50613"},
            note="Opting back in to the catalog: a question for staff; last year's removal she mentions is history, not a new opt-out.")


# ---------------------------------------------------------------- Sat 16:40 AOL Android 'UNSUBSCRIBE'
@mail("aol-android-unsubscribe-caps", "2027-10-16 16:40:02", "customercare", "marketing opt-out", answers=FT,
      program="AOL app (Android)")
def _(m):
    o = ours.furnace("rkdettmann@aol.com", 120337)
    m.who("Ray Dettmann", "rkdettmann@aol.com")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    yahoo(m, "UNSUBSCRIBE", quote=o, app="aol_android", brand="aol")
    via_yahoo(m, brand="aol")
    m.label(labels=["marketing_opt_out"], entities={},
            note="'UNSUBSCRIBE' under the promo, from the AOL app whose own signature line follows; the quoted promo sits below.")


# ---------------------------------------------------------------- Sat 19:00 cold sales follow-up
@mail("cold-sales-bump", "2027-10-16 19:00:03", "customercare", "automated: cold sales", program="sales engagement platform", off=-4)
def _(m):
    r = m.r
    m.who("Kyle Brandt", "kyle@rankrise-digital.co")
    m.subject = "Re: Quick question about alliant-energy.com"
    prev = "<CAKw%s@mail.gmail.com>" % rs(r, 40, ALNUM)
    text = """Hi again,

Just bumping this to the top of your inbox in case it got buried. Happy to send the free audit, no strings.

If now's not a good time, just let me know and I'll close the loop.

Kyle

On Mon, Oct 11, 2027 at 10:51 AM Kyle Brandt <kyle@rankrise-digital.co> wrote:
> Hi there,
>
> I was looking at alliant-energy.com this morning and noticed a few things
> that are probably costing you traffic...
"""
    gmail(m, text.rstrip("\n"))
    m.irt = prev
    m.refs = prev
    m.hdrs = [h for h in m.hdrs]
    m.hdrs.insert(1, ("References", prev))
    m.hdrs.insert(2, ("In-Reply-To", prev))
    via_gmail(m)
    m.env_from = m.from_addr
    auth_results(m, dkim=[("rankrise-digital.co", "pass", "google")])
    m.machine("Automated follow-up in a cold sales sequence quoting its own first pitch; 'close the loop' is sales talk, not a request.")


# ---------------------------------------------------------------- Sun 09:20 Gmail web, question-form share request
@mail("gmail-can-you-not-share", "2027-10-17 09:20:35", "powerhousecatalog", "catalog-sharing opt-out", program="Gmail web")
def _(m):
    m.who("Theresa Kalb", "theresakalb@gmail.com")
    m.subject = "name and address"
    m.to = PH
    text = """Good morning,

Can you please not share my name and address with other companies? I do enjoy the catalog, I just don't want to end up on everybody else's list.

Thank you,
Theresa Kalb
Dubuque 52003"""
    gmail(m, text)
    via_gmail(m)
    m.rcpt = PH
    m.label(labels=["catalog_share_opt_out"], entities={"name": "Theresa Kalb", "postal_code": "52003"},
            note="'Can you please not share...?' is the request in question form: sharing opt-out, no question label; she keeps the catalog.")


# ---------------------------------------------------------------- Sun 13:05 Outlook iOS, send the catalog to my daughter
@mail("outlook-ios-catalog-to-daughter", "2027-10-17 13:05:48", "powerhousecatalog", "question (address change)", answers=PV,
      program="Outlook iOS")
def _(m):
    o = ours.preview("bettykramer41@outlook.com", 44129)
    m.who("Betty Kramer", "bettykramer41@outlook.com")
    reply(m, o, to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    text = """Got your email about the holiday catalog. I'm moving in with my daughter next month. Can I have the catalog sent to her house instead of mine? It's Amy Rasmussen, 2719 Valley View Dr, Bettendorf IA 52722. Put it under my name or hers, whichever is easier.

Betty Kramer"""
    outlook_web(m, text, quote=o, mobile="ios", to_disp="bettykramer41@outlook.com <bettykramer41@outlook.com>")
    via_outlookcom(m)
    m.rcpt = PH
    m.label(labels=["question"], entities={"name": "Betty Kramer", "postal_code": "52722"},
            note="Change of address for the catalog (wants more, not less): a question; the daughter's ZIP is the new address she gives for herself.")


# ---------------------------------------------------------------- Sun 16:30 phishing: package delivery
@mail("phish-package-delivery", "2027-10-17 16:30:40", "powerhousecatalog", "automated: phishing", program="bulk mailer", off=0, delay=9)
def _(m):
    r = m.r
    m.who("USPS Delivery", "tracking@usps-redelivery-notice.info")
    m.subject = ew("📦 Your package could not be delivered - action required", "utf-8", "B")
    html = ('<html><body style="font-family:Arial"><div style="background:#333366;color:#fff;padding:12px;font-size:18px">USPS '
            'Tracking&reg;</div><p>Your package <b>9400 1118 9922 3047 5519 80</b> could not be delivered on October 16 because of an '
            'incomplete address.</p><p>Please confirm your address and pay the $1.99 redelivery fee within 48 hours or the package '
            'will be returned to sender.</p><p><a href="https://usps-redelivery-notice.info/track?id=%s">Confirm address</a></p><p '
            'style="font-size:11px;color:#777">To opt out of delivery notifications reply STOP.</p></body></html>\n' % rs(r, 10, HEX))
    m.top = Leaf("text/html; charset=utf-8", html, "base64")
    m.msgid = "<%s@usps-redelivery-notice.info>" % rs(r, 30, HEX)
    m.rcpt = PH
    m.hdrs = [("Subject", m.subject), ("From", '"USPS Delivery" <tracking@usps-redelivery-notice.info>'), ("To", PH),
              ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("MIME-Version", "1.0"), CONTENT]
    via_host(m, "usps-redelivery-notice.info", "host-%d.bulletproof.example" % r.randint(10, 99), "192.0.2.%d" % r.randint(2, 250),
             dkim=None, spf="none", dmarc="none")
    m.spam = (7.118, "BAYES_95=3.0, HTML_MESSAGE=0.001, MIME_HTML_ONLY=0.1, URI_PHISH=2.1, SUBJ_ILLEGAL_CHARS=1.2, "
                     "RDNS_NONE=0.793, T_SCC_BODY_TEXT_LINE=-0.01")
    m.machine("Delivery-fee phishing with an emoji B-encoded subject, HTML only in base64; its 'reply STOP' is not ours.")


# ---------------------------------------------------------------- Sun 20:45 'Ya no por favor' under a bill notice
@mail("gmail-android-es-ya-no-bill", "2027-10-17 20:45:17", "customercare", "unclear", answers="bill notice", lang="es",
      program="Gmail Android")
def _(m):
    o = ours.bill("luzmaria.ochoa@gmail.com", "9034", "88.51", "November 2, 2027", T("2027-10-17 18:00:00"), 3466120)
    m.who("Luz Maria Ochoa", "luzmaria.ochoa@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    gmail(m, "Ya no por favor", quote=o, app="android")
    via_gmail(m, "android")
    m.label(unclear=True, entities={},
            note="Spanish 'no more, please' under a bill notice: could mean stop the bill e-mails, go paperless, or stop marketing; a short reply to a service message is unclear.")
