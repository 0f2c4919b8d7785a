"""25 auto-replies: out-of-office, vacation, help desks, loops, challenge-response."""
from mailkit import Ctx, Leaf, Multi, D, plus, rfc_date, epoch, local, MAILBOXES, text_to_html, wrap_html_lines, html_escape
from clients import send, plain, gmail_alt, outlook_alt, yahoo_alt, addr
from ours import CAMPAIGNS, CC, PH, ack_raw
from spec import auto

C = CAMPAIGNS
OOF = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]


def ol_html(text):
    return wrap_html_lines("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
%s
</div>
</body>
</html>
""" % text_to_html(text, "div"))


def g_html(text):
    return '<div dir="ltr">' + "<br>".join(html_escape(l) for l in text.rstrip("\n").split("\n")) + "</div>\n"


def mid_of(ctx, camp):
    return camp.msgid(ctx)


# ---------------------------------------------------------------- A01 Exchange Online OOF
def a01():
    k = "a01"; ctx = Ctx(k); c = C["thermostat"]
    dt = plus(c.sent, minutes=41)
    m = mid_of(ctx, c)
    text = """Thank you for your email. I am out of the office March 9 - March 16 with limited access to email.

For scheduling or billing questions please call the front desk at 319-555-0118 or email frontdesk@marionfamilydental.com.

Dana Whitmore
Office Manager | Marion Family Dental
"""
    raw = send(ctx, "m365", "customercare", dt, "dwhitmore@marionfamilydental.com", CC,
               "Automatic reply: " + c.subject, outlook_alt(ctx, text, ol_html(text)), name="Dana Whitmore",
               irt=m, refs=m, extra=OOF)
    auto(k, "customercare", dt, "auto:ooo-exchange", "en", "Exchange Online OOF", raw,
         "Exchange Online out-of-office to our thermostat promo; Auto-Submitted: auto-generated")


# ---------------------------------------------------------------- A02 Gmail vacation responder
def a02():
    k = "a02"; ctx = Ctx(k); c = C["phspring"]
    dt = plus(c.sent, hours=2, minutes=13)
    m = mid_of(ctx, c)
    text = """Hi! We're at our daughter's place in Mesa until April 2 and I'm not checking email much. If it's important call my cell.

Ruth Ann
"""
    raw = send(ctx, "gmail", "powerhousecatalog", dt, "ruthann.pospisil@gmail.com", PH,
               "Re: " + c.subject, gmail_alt(ctx, text, g_html(text)), name="Ruth Ann Pospisil",
               irt=m, refs=m, extra=[("Auto-Submitted", "auto-replied")])
    auto(k, "powerhousecatalog", dt, "auto:ooo-gmail-vacation", "en", "Gmail vacation responder", raw,
         "Gmail vacation responder (Auto-Submitted: auto-replied) to a catalog e-mail; reads like a person but is automatic")


# ---------------------------------------------------------------- A03 ISP autoresponder, X-Autoreply only
def a03():
    k = "a03"; ctx = Ctx(k); c = C["audit"]
    dt = plus(c.sent, minutes=6)
    text = """Thank you for contacting Kalona Quilt & Fabric!

Our shop hours are Tuesday-Saturday 9:00 to 5:00. We read every message and
will get back to you within 2 business days. If you are asking about a class
or a longarm rental, please include the date you are interested in.

Happy quilting,
Kalona Quilt & Fabric
"""
    hs = [("Received", "from webmail.heartland-hosting.net (localhost [127.0.0.1])\n\tby smtp2.heartland-hosting.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (ctx.pf_short(), CC, rfc_date(plus(dt, seconds=-2), "CT", abbr=True))),
          ("From", "Kalona Quilt & Fabric <info@kalonaquilt.com>"), ("To", CC),
          ("Subject", "Auto: " + c.subject), ("Date", rfc_date(plus(dt, seconds=-2), "CT")),
          ("Message-ID", "<%s.autoreply@kalonaquilt.com>" % ctx.hex(16)),
          ("X-Autoreply", "yes"), ("MIME-Version", "1.0"), ("*", None)]
    raw = send(ctx, "raw", "customercare", dt, "", "", "", plain(text, "us-ascii"), extra=hs,
               isp=("smtp2.heartland-hosting.net", "192.0.2.101", None, "info@kalonaquilt.com",
                    ["dkim=none", "spf=pass (mx1.alliant-energy.com: domain of info@kalonaquilt.com designates 192.0.2.101 as permitted sender) smtp.mailfrom=info@kalonaquilt.com", "dmarc=none"], "TLSv1.2"), mx="mx1")
    auto(k, "customercare", dt, "auto:autoresponder-xautoreply", "en", "hosting autoresponder", raw,
         "shop autoresponder marked only with X-Autoreply: yes (no Auto-Submitted); a business ack, no request")


# ---------------------------------------------------------------- A04 vacation(1)
def a04():
    k = "a04"; ctx = Ctx(k); c = C["newsjan"]
    dt = plus(c.sent, minutes=3)
    text = """I will not be reading my mail for a while.
Your mail concerning "%s"
will be read when I'm back.
""" % c.subject
    q = ctx.alnum(8) + ctx.digits(6)
    hs = [("Received", "(from hgrove@localhost)\n\tby shell.prairiestate.edu (8.15.2/8.15.2/Submit) id %s;\n\t%s" % (q, rfc_date(plus(dt, seconds=-3), "CT"))),
          ("Date", rfc_date(plus(dt, seconds=-3), "CT")),
          ("Message-Id", "<%s.%s@shell.prairiestate.edu>" % (local(dt, "CT").strftime("%Y%m%d%H%M"), q)),
          ("From", "hgrove@prairiestate.edu (Harold Grove)"),
          ("Subject", "away from my mail"),
          ("Precedence", "bulk"),
          ("To", CC)]
    p = Leaf("text/plain", text, None, None, bare=True)
    raw = send(ctx, "raw", "customercare", dt, "", "", "", p, extra=hs,
               isp=("shell.prairiestate.edu", "203.0.113.30", None, "hgrove@prairiestate.edu", None, None), mx="mx2")
    auto(k, "customercare", dt, "auto:vacation1", "en", "vacation(1) on sendmail", raw,
         "classic Unix vacation(1) reply, no MIME, only Precedence: bulk; quotes our newsletter subject")


# ---------------------------------------------------------------- A05 GroupWise rule, Precedence: junk
def a05():
    k = "a05"; ctx = Ctx(k); c = C["phshower"]
    dt = plus(c.sent, minutes=19)
    text = """I am on medical leave through June 1st.

For purchase orders and vendor questions please contact Purchasing at
purchasing@dubuquecountyia.org or 563-555-0144.

Kevin Theisen
Facilities, Dubuque County
"""
    mid = "<%s.%s.%s@gw.dubuquecountyia.org>" % (ctx.hex(8, True), ctx.hex(2, True), ctx.hex(4, True))
    hs = [("Received", "from DCGW-MTA by gw.dubuquecountyia.org\n\twith Novell_GroupWise; %s" % rfc_date(plus(dt, seconds=-4), "CT", abbr=False)),
          ("Message-Id", mid), ("X-Mailer", "GroupWise Internet Agent 18.5.0"),
          ("Date", rfc_date(plus(dt, seconds=-4), "CT")),
          ("From", '"Kevin Theisen" <KTheisen@dubuquecountyia.org>'),
          ("To", "<%s>" % PH), ("Subject", "Re: " + c.subject), ("Precedence", "junk"),
          ("Mime-Version", "1.0"), ("*", None)]
    p = Leaf("text/plain", text, "US-ASCII", "quoted-printable", ct="text/plain; charset=US-ASCII")
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", p, extra=hs,
               isp=("gw.dubuquecountyia.org", "198.51.100.140", None, "KTheisen@dubuquecountyia.org",
                    ["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of KTheisen@dubuquecountyia.org designates 198.51.100.140 as permitted sender) smtp.mailfrom=KTheisen@dubuquecountyia.org", "dmarc=none"], "TLSv1.2"), mx="mx2")
    auto(k, "powerhousecatalog", dt, "auto:ooo-groupwise-junk", "en", "GroupWise 18 rule", raw,
         "GroupWise rule reply carrying only Precedence: junk; 'Re:' subject of our catalog mail")


# ---------------------------------------------------------------- A06 Outlook client-side rule, headerless
def a06():
    k = "a06"; ctx = Ctx(k); c = C["audit"]
    dt = plus(c.sent, hours=1, minutes=2)
    text = """Thank you for your message. I am in trial through Friday, April 10 and will respond as soon as I am able. If this is urgent, please call my assistant Carla at 319-555-0163.

Thomas J. Nagle
Nagle Law Office, P.L.C.
220 First Ave NE, Suite 4
Cedar Rapids, Iowa 52401

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be protected by the attorney-client privilege.
"""
    raw = send(ctx, "m365", "customercare", dt, "tnagle@naglelawoffice.com", '"customercare@alliant-energy.com" <customercare@alliant-energy.com>',
               "Out of Office", outlook_alt(ctx, text, ol_html(text)), name="Tom Nagle")
    auto(k, "customercare", dt, "auto:ooo-headerless-outlook-rule", "en", "Outlook 365 client rule", raw,
         "HEADERLESS out-of-office: Outlook client rule 'reply using a template', no Auto-Submitted; the signature ZIP is not an entity since automated")


# ---------------------------------------------------------------- A07 Apple Mail rule, headerless
def a07():
    k = "a07"; ctx = Ctx(k); c = C["phplugs"]
    dt = plus(c.sent, minutes=27)
    m = mid_of(ctx, c)
    text = """I'm traveling until April 28 and only checking email now and then. I'll get back to you when I'm home.

Jeanette
"""
    raw = send(ctx, "icloud-mac", "powerhousecatalog", dt, "jeanette.vos@icloud.com", PH, "Re: " + c.subject,
               plain(text, "us-ascii"), name="Jeanette Vos", irt=m, refs=m)
    auto(k, "powerhousecatalog", dt, "auto:ooo-headerless-applemail", "en", "Apple Mail rule", raw,
         "HEADERLESS away message from an Apple Mail rule; looks hand-written and has no Auto-Submitted, still automated")


# ---------------------------------------------------------------- A08 no longer monitored, Auto-Submitted
def a08():
    k = "a08"; ctx = Ctx(k); c = C["renewable"]
    dt = plus(c.sent, minutes=9)
    text = """This mailbox is no longer monitored.

Old Creamery Theatre has moved to a new email system. Please send
box office questions to tickets@oldcreamerytheatre.org and invoices to
ap@oldcreamerytheatre.org.

Messages sent to this address are not read or forwarded.
"""
    m = mid_of(ctx, c)
    raw = send(ctx, "m365", "customercare", dt, "office@oldcreamerytheatre.org", CC,
               "Automatic reply: " + c.subject, outlook_alt(ctx, text, ol_html(text)), name="Old Creamery Office",
               irt=m, refs=m, extra=OOF)
    auto(k, "customercare", dt, "auto:no-longer-monitored", "en", "Exchange Online OOF", raw,
         "'This mailbox is no longer monitored' auto-reply with Auto-Submitted; points elsewhere, asks nothing")


# ---------------------------------------------------------------- A09 left the company, Auto-Submitted
def a09():
    k = "a09"; ctx = Ctx(k); c = C["phsummer"]
    dt = plus(c.sent, minutes=2)
    text = """Hello,

I am no longer with Hansen Plumbing & Heating. For orders, quotes or
service calls please contact Mike Hansen at mike@hansenplumbingia.com
or call the shop at 641-555-0109.

Thank you,
Brad
"""
    m = mid_of(ctx, c)
    raw = send(ctx, "m365", "powerhousecatalog", dt, "brad@hansenplumbingia.com", PH,
               "Automatic reply: " + c.subject, outlook_alt(ctx, text, ol_html(text)), name="Brad Kuhlmann",
               irt=m, refs=m, extra=OOF)
    auto(k, "powerhousecatalog", dt, "auto:left-company", "en", "Exchange Online OOF", raw,
         "'I am no longer with' auto-reply (Auto-Submitted) to a catalog mail; the first name in it is not an entity")


# ---------------------------------------------------------------- A10 left the company, headerless (Workspace)
def a10():
    k = "a10"; ctx = Ctx(k); c = C["fridge"]
    dt = plus(c.sent, minutes=14)
    text = """Jess no longer works at Prairie Rose Bakery. Please send orders and questions to hello@prairierosebakery.com and someone will get back to you.

Thanks!
Prairie Rose Bakery
"""
    m = mid_of(ctx, c)
    raw = send(ctx, "workspace", "customercare", dt, "jess@prairierosebakery.com", CC, "Re: " + c.subject,
               gmail_alt(ctx, text, g_html(text)), name="Jess Andersen", irt=m, refs=m)
    auto(k, "customercare", dt, "auto:left-company-headerless", "en", "Google Workspace filter+template", raw,
         "HEADERLESS 'no longer works here' reply sent by a Gmail filter with a template; no Auto-Submitted, still automated")


# ---------------------------------------------------------------- A11 Zendesk
def a11():
    k = "a11"; ctx = Ctx(k); c = C["evcharger"]
    dt = plus(c.sent, minutes=4)
    tid = 51632
    text = """##- Please type your reply above this line -##

Your request (%d) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Alliant Energy, May 5, 2026, 8:48 AM CDT

Hello,

Driving electric or thinking about it? Install a qualifying Level 2 home
charger and get up to $500 back, plus a special off-peak rate when you
charge overnight.

[...]

This email is a service from Midwest Dental Supply Support.

[%s-%s]
""" % (tid, ctx.alnum(5).upper(), ctx.alnum(5).upper())
    html = wrap_html_lines("""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"></head>
<body style="font-family: 'Lucida Grande', Verdana, Arial, sans-serif; font-size: 14px;">
<div style="color: #b5b5b5;">##- Please type your reply above this line -##</div>
<p>Your request (%d) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<hr>
<p><strong>Alliant Energy</strong> May 5, 2026, 8:48 AM CDT</p>
<p>Hello,</p>
<p>Driving electric or thinking about it? Install a qualifying Level 2 home charger and get up to $500 back, plus a special off-peak rate when you charge overnight.</p>
<p>[...]</p>
<div style="color:#aaa;font-size:12px">This email is a service from Midwest Dental Supply Support.</div>
</body>
</html>
""" % tid)
    b = "--==_mimepart_%s_%d" % (ctx.hex(13), ctx.num(100, 999))
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")], b,
                 ct='multipart/alternative; boundary="%s"; charset=UTF-8' % b)
    sent = plus(dt, seconds=-3)
    hs = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=zendesk.com;\n\ts=zendesk2; t=%d;\n\tbh=%s;\n\th=Date:From:Reply-To:To:Message-ID:In-Reply-To:Subject:Mime-Version:Content-Type;\n\tb=%s"
           % (epoch(sent), "R" + ctx.b64(42) + "=", "\n\t ".join(ctx.b64(64) for _ in range(4)) + "==")),
          ("Date", rfc_date(sent, "UTC")),
          ("From", '"Midwest Dental Supply Support" <support@midwestdentalsupply.zendesk.com>'),
          ("Reply-To", "Midwest Dental Supply Support <support@midwestdentalsupply.zendesk.com>"),
          ("To", "Alliant Energy <%s>" % CC),
          ("Message-ID", "<%s_%s_sprut@zendesk.com>" % (ctx.alnum(12).upper(), ctx.digits(10))),
          ("In-Reply-To", "<%s.evcharger.%s@mail.alliant-energy.com>" % (c.sent.strftime("%Y%m%d%H%M%S"), ctx.hex(10))),
          ("Subject", "[Midwest Dental Supply] Re: %s" % c.subject),
          ("Mime-Version", "1.0"), ("*", None),
          ("Content-Transfer-Encoding", "7bit"),
          ("X-Mailer", "Zendesk Mailer"),
          ("X-Zendesk-From-Account-Id", ctx.hex(7)),
          ("X-Zendesk-Email-Id", "01J" + ctx.alnum(23).upper()),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All")]
    ip = "192.161.%d.%d" % (ctx.num(144, 159), ctx.num(2, 250))
    raw = send(ctx, "raw", "customercare", dt, "", "", "", part, extra=hs,
               isp=("out%d.mail%d.zendesk.com" % (ctx.num(1, 9), ctx.num(100, 300)), ip, None,
                    "bounces+%s@zendesk.com" % ctx.alnum(10),
                    ["dkim=pass header.d=zendesk.com header.s=zendesk2 header.b=%s" % ctx.alnum(8),
                     "spf=pass (mx1.alliant-energy.com: domain of bounces@zendesk.com designates %s as permitted sender) smtp.mailfrom=bounces@zendesk.com" % ip,
                     "dmarc=pass (policy=none) header.from=zendesk.com"], "TLSv1.3"), mx="mx1")
    auto(k, "customercare", dt, "auto:helpdesk-zendesk", "en", "Zendesk", raw,
         "Zendesk ticket auto-acknowledgement 'Your request (51632) has been received'; our promo landed in a vendor's support queue")


# ---------------------------------------------------------------- A12 Freshdesk
def a12():
    k = "a12"; ctx = Ctx(k); c = C["phshower"]
    dt = plus(c.sent, minutes=3)
    text = """Dear PowerHouse Catalog,

We would like to acknowledge that we have received your request and a ticket has been created with Ticket ID - 31207.
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://bluffcountryoutfitters.freshdesk.com/helpdesk/tickets/31207

Thank you for your patience.

Sincerely,
Bluff Country Outfitters Support Team
"""
    html = wrap_html_lines("<div>" + text_to_html(text, "p") + "</div>\n")
    b = "--==_mimepart_%s_%d" % (ctx.hex(13), ctx.num(100, 999))
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")], b,
                 ct='multipart/alternative; boundary="%s"; charset=UTF-8' % b)
    sent = plus(dt, seconds=-2)
    hs = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=freshdesk.com;\n\ts=fd1; t=%d;\n\tbh=%s;\n\th=Date:From:Reply-To:To:Message-ID:Subject:Mime-Version:Content-Type;\n\tb=%s"
           % (epoch(sent), ctx.bh(), "\n\t ".join(ctx.b64(64) for _ in range(4)) + "==")),
          ("Date", rfc_date(sent, "UTC")),
          ("From", "Bluff Country Outfitters <support@bluffcountryoutfitters.freshdesk.com>"),
          ("Reply-To", "support@bluffcountryoutfitters.freshdesk.com"),
          ("To", PH),
          ("Message-ID", "<%s.%d@email.freshdesk.com>" % (ctx.hex(20), ctx.num(1000, 9999))),
          ("Subject", "Ticket Received - %s" % c.subject),
          ("Mime-Version", "1.0"), ("*", None), ("Content-Transfer-Encoding", "7bit"),
          ("Auto-Submitted", "auto-replied"), ("X-FD-Email", "true")]
    ip = "50.31.%d.%d" % (ctx.num(32, 63), ctx.num(2, 250))
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", part, extra=hs,
               isp=("mail%d.freshdesk.com" % ctx.num(1, 40), ip, None, "bounce-%s@freshdesk.com" % ctx.hex(8),
                    ["dkim=pass header.d=freshdesk.com header.s=fd1 header.b=%s" % ctx.alnum(8),
                     "spf=pass (mx2.alliant-energy.com: domain of bounce@freshdesk.com designates %s as permitted sender) smtp.mailfrom=bounce@freshdesk.com" % ip,
                     "dmarc=pass (policy=none) header.from=freshdesk.com"], "TLSv1.3"), mx="mx2")
    auto(k, "powerhousecatalog", dt, "auto:helpdesk-freshdesk", "en", "Freshdesk", raw,
         "Freshdesk 'Ticket Received' auto-acknowledgement addressed 'Dear PowerHouse Catalog'")


# ---------------------------------------------------------------- A13 osTicket
def a13():
    k = "a13"; ctx = Ctx(k); c = C["phfall"]
    dt = plus(c.sent, minutes=11)
    text = """PowerHouse Catalog,

Your request #44821 has been received. A member of the Waukon Community
Schools technology team will respond as soon as possible.

Request: #44821
Subject: %s
Status: Open
Department: Technology Help Desk

You can check the status of your request at
https://helpdesk.waukonschools.org/view.php?t=44821

If you wish to provide additional comments or information regarding the
issue, please reply to this email.

--
Technology Help Desk
Waukon Community Schools
""" % c.subject
    sent = plus(dt, seconds=-2)
    hs = [("Received", "from helpdesk.waukonschools.org (localhost [127.0.0.1])\n\tby helpdesk.waukonschools.org (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (ctx.pf_short(), PH, rfc_date(sent, "CT", abbr=True))),
          ("Date", rfc_date(sent, "CT")),
          ("Subject", "Your request #44821 has been received"),
          ("From", "Technology Help Desk <helpdesk@waukonschools.org>"),
          ("To", "PowerHouse Catalog <%s>" % PH),
          ("Message-ID", "<ost-%s@helpdesk.waukonschools.org>" % ctx.hex(24)),
          ("In-Reply-To", mid_of(ctx, c)),
          ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
          ("X-Mailer", "osTicket Mailer"), ("MIME-Version", "1.0"), ("*", None)]
    p = Leaf("text/plain", text, "utf-8", "8bit", ct="text/plain; charset=utf-8")
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", p, extra=hs,
               isp=("helpdesk.waukonschools.org", "203.0.113.72", None, "helpdesk@waukonschools.org",
                    ["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of helpdesk@waukonschools.org designates 203.0.113.72 as permitted sender) smtp.mailfrom=helpdesk@waukonschools.org", "dmarc=none"], "TLSv1.2"), mx="mx2")
    auto(k, "powerhousecatalog", dt, "auto:helpdesk-osticket", "en", "osTicket", raw,
         "school help desk (osTicket) 'Your request #44821 has been received'; the # number is a ticket, not an account")


# ---------------------------------------------------------------- A14-A16 loops on our acknowledgement
def a14():
    k = "a14"; ctx = Ctx(k)
    ref = "CC-2026-03-04417"
    sent = D("2026-03-04 15:12:40")
    _, amid, _ = ack_raw(ctx, ref, "lisa.hartung@hartungseed.com", sent, "March 4, 2026")
    dt = plus(sent, seconds=22)
    text = """I am out of the office until Monday, March 9. I will have limited access to email.

For seed orders please contact orders@hartungseed.com.

Lisa Hartung
Hartung Seed & Supply
"""
    raw = send(ctx, "m365", "customercare", dt, "lisa.hartung@hartungseed.com", CC,
               "Automatic reply: We received your request [%s]" % ref, outlook_alt(ctx, text, ol_html(text)),
               name="Lisa Hartung", irt=amid, refs=amid, extra=OOF)
    auto(k, "customercare", dt, "auto:loop-ooo-on-ack", "en", "Exchange Online OOF", raw,
         "LOOP TRAP: out-of-office answering our own acknowledgement [CC-2026-03-04417]; never acknowledge it")


def a15():
    k = "a15"; ctx = Ctx(k)
    ref = "CC-2026-07-05290"
    sent = D("2026-07-21 13:40:02")
    _, amid, _ = ack_raw(ctx, ref, "mdvorak58@gmail.com", sent, "July 21, 2026")
    dt = plus(sent, seconds=31)
    text = """Thanks for your email. I'm on vacation through July 27 with no internet. Will reply when I get back.

- Marv
"""
    raw = send(ctx, "gmail", "customercare", dt, "mdvorak58@gmail.com", "Alliant Energy Customer Care <%s>" % CC,
               "Re: We received your request [%s]" % ref, gmail_alt(ctx, text, g_html(text)), name="Marvin Dvorak",
               irt=amid, refs=amid, extra=[("Auto-Submitted", "auto-replied")])
    auto(k, "customercare", dt, "auto:loop-vacation-on-ack", "en", "Gmail vacation responder", raw,
         "LOOP TRAP: Gmail vacation responder replying to our acknowledgement; Re: subject with our reference number")


def a16():
    k = "a16"; ctx = Ctx(k)
    ref = "CC-2026-10-07731"
    sent = D("2026-10-13 19:02:55")
    _, amid, _ = ack_raw(ctx, ref, "bev.schuller@mchsi.com", sent, "October 13, 2026")
    dt = plus(sent, minutes=2, seconds=10)
    text = """Thank you for your e-mail. I check this account only on weekends. If you need me sooner please call 563-555-0127.

Bev Schuller
"""
    raw = send(ctx, "thunderbird", "customercare", dt, "bev.schuller@mchsi.com", "Alliant Energy Customer Care <%s>" % CC,
               "Re: We received your request [%s]" % ref, plain(text, "UTF-8", "7bit", flowed=True), name="Bev Schuller",
               irt=amid, refs=amid, isp=("mail.mchsi.com", "203.0.113.52", None, "mail.mchsi.com"),
               ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")
    auto(k, "customercare", dt, "auto:loop-headerless-on-ack", "en", "Thunderbird filter 'reply with template'", raw,
         "LOOP TRAP + HEADERLESS: Thunderbird filter template answering our acknowledgement; no Auto-Submitted, still automated")


# ---------------------------------------------------------------- A17 SpamArrest challenge
def a17():
    k = "a17"; ctx = Ctx(k); c = C["winter"]
    dt = plus(c.sent, minutes=5)
    token = ctx.hex(24)
    text = """Hello,

I protect myself from receiving junk mail using Spam Arrest (R).

Please click the link below to complete the verification process. You have to
do this only once.

http://www.spamarrest.com/a2?%s

-------------------------------------------------------------------------
Protected by Spam Arrest LLC (R) - Take Control of Your Inbox!
-------------------------------------------------------------------------
Your original message was:

To: <dkuehl@spamarrest.com>
Subject: %s
Date: %s
""" % (token, c.subject, rfc_date(c.sent, "CT"))
    sent = plus(dt, seconds=-1)
    hs = [("Date", rfc_date(sent, "PT")),
          ("From", '"Dale Kuehl" <dkuehl@spamarrest.com>'),
          ("To", CC),
          ("Subject", "Re: %s [Please verify your email address]" % c.subject),
          ("Message-ID", "<sa.%s@mail.spamarrest.com>" % ctx.hex(20)),
          ("X-SpamArrest-Challenge", "1"), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("*", None)]
    p = Leaf("text/plain", text, "us-ascii", "7bit", ct="text/plain; charset=us-ascii")
    ip = "64.69.%d.%d" % (ctx.num(10, 60), ctx.num(2, 250))
    raw = send(ctx, "raw", "customercare", dt, "", "", "", p, extra=hs,
               isp=("mail%d.spamarrest.com" % ctx.num(2, 9), ip, None, "challenge@spamarrest.com",
                    ["dkim=none", "spf=pass (mx1.alliant-energy.com: domain of challenge@spamarrest.com designates %s as permitted sender) smtp.mailfrom=challenge@spamarrest.com" % ip, "dmarc=none"], "TLSv1.2"), mx="mx1")
    auto(k, "customercare", dt, "auto:challenge-spamarrest", "en", "Spam Arrest", raw,
         "challenge-response (Spam Arrest) asking us to verify; not a request from the customer")


# ---------------------------------------------------------------- A18 Boxbe
def a18():
    k = "a18"; ctx = Ctx(k); c = C["phholiday"]
    dt = plus(c.sent, minutes=7)
    tc = ctx.digits(11) + "_" + ctx.digits(10)
    text = """Hello PowerHouse Catalog,

You will not receive any more courtesy notices from our members for two days.
Messages you have sent will remain in a lower priority mailbox for our member
to review at their leisure.

Future messages will be more likely to be viewed if you are on our member's
priority Guest List.

Thank you,
cwinkler@boxbe.com

About this Notice
Boxbe prioritizes and screens email using a personal Guest List. Your
message was not delivered to the priority inbox because you are not on the
recipient's Guest List.

Request approval: https://www.boxbe.com/anno?tc=%s&c=%s

Powered by Boxbe -- "End Email Overload"
Visit http://www.boxbe.com/how-it-works?tc=%s&c=%s
""" % (tc, ctx.digits(9), tc, ctx.digits(9))
    html = wrap_html_lines("<html><body>" + text_to_html(text, "p") + "</body></html>\n")
    sent = plus(dt, seconds=-2)
    b = "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(100000000, 999999999), epoch(sent) * 1000)
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "7bit", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "7bit", ct="text/html; charset=UTF-8")], b)
    hs = [("Date", rfc_date(sent, "PT")),
          ("From", "Carol Winkler <notify@boxbe.com>"),
          ("Reply-To", "cwinkler@boxbe.com"),
          ("To", PH),
          ("Message-ID", "<%d.%d.%d@boxbe-mta%d.boxbe.com>" % (ctx.num(100000000, 999999999), ctx.num(1000, 9999), epoch(sent) * 1000, ctx.num(1, 4))),
          ("Subject", "%s (Action Required)" % c.subject),
          ("MIME-Version", "1.0"), ("*", None),
          ("Auto-Submitted", "auto-replied"), ("X-Boxbe-Notification", "waitlist")]
    ip = "208.78.%d.%d" % (ctx.num(100, 110), ctx.num(2, 250))
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", part, extra=hs,
               isp=("mta%d.boxbe.com" % ctx.num(1, 4), ip, None, "bounce@boxbe.com",
                    ["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of bounce@boxbe.com designates %s as permitted sender) smtp.mailfrom=bounce@boxbe.com" % ip, "dmarc=none"], "TLSv1.2"), mx="mx2")
    auto(k, "powerhousecatalog", dt, "auto:challenge-boxbe", "en", "Boxbe", raw,
         "Boxbe waitlist 'Action Required' challenge; the person's name appears but nothing is requested of us")


# ---------------------------------------------------------------- A19 EarthLink SpamBlocker "verify you are human"
def a19():
    k = "a19"; ctx = Ctx(k); c = C["newsoct"]
    dt = plus(c.sent, minutes=8)
    code = ctx.hex(32)
    text = """Hello,

You recently sent a message to wfrerichs@earthlink.net. To protect against
spam, wfrerichs@earthlink.net uses EarthLink spamBlocker, which requires
senders who are not in the address book to verify that they are a real
person and not an automated program.

Please verify you are human by clicking the link below and typing the
characters you see:

https://spamblocker.earthlink.net/verify?id=%s

Once you complete this one-time step, your message will be delivered and
future messages will go straight through.

Your message subject was:
  %s

This is an automated message from EarthLink. Please do not reply.
""" % (code, c.subject)
    sent = plus(dt, seconds=-2)
    hs = [("Date", rfc_date(sent, "ET")),
          ("From", '"wfrerichs@earthlink.net" <spamblocker-challenge@earthlink.net>'),
          ("To", CC),
          ("Subject", "Please Verify Your E-mail to wfrerichs@earthlink.net"),
          ("Message-ID", "<%s.%d.JavaMail.root@elwamui-%s.atl.sa.earthlink.net>" % (ctx.digits(8), ctx.num(1000, 9999), ctx.alnum(6).lower())),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-ELNK-Trace", ctx.hex(40)),
          ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    p = Leaf("text/plain", text, "us-ascii", "7bit", ct="text/plain; charset=us-ascii")
    ip = "209.86.89.%d" % ctx.num(60, 80)
    raw = send(ctx, "raw", "customercare", dt, "", "", "", p, extra=hs,
               isp=("elasmtp-%s.atl.sa.earthlink.net" % ctx.pick(["galgo", "kukur", "dupuy", "spurfowl"]), ip, None, "spamblocker-challenge@earthlink.net",
                    ["dkim=none", "spf=pass (mx1.alliant-energy.com: domain of spamblocker-challenge@earthlink.net designates %s as permitted sender) smtp.mailfrom=spamblocker-challenge@earthlink.net" % ip, "dmarc=none"], "TLSv1.2"), mx="mx1")
    auto(k, "customercare", dt, "auto:challenge-earthlink", "en", "EarthLink spamBlocker", raw,
         "'Please verify you are human' challenge-response from an ISP spam blocker")


# ---------------------------------------------------------------- A20 mailbox-full notice
def a20():
    k = "a20"; ctx = Ctx(k); c = C["evcharger"]
    dt = plus(c.sent, minutes=1)
    text = """This is an automatic notice from the Iowa Valley Telephone mail system.

The mailbox of the person you wrote to (grandmaj@ivtelco.net) is 98%% full.
Your message titled "%s" was delivered, but
the mailbox owner may not see it until they remove old mail. Messages sent
after the mailbox reaches 100%% will be returned.

Please do not reply to this message.
""" % c.subject
    sent = plus(dt, seconds=-1)
    hs = [("Received", "by mail.ivtelco.net (Postfix, from userid 5001)\n\tid %s; %s" % (ctx.pf_short(), rfc_date(sent, "CT", abbr=True))),
          ("From", "IVT Mail System <postmaster@ivtelco.net>"), ("To", CC),
          ("Subject", "Mailbox nearly full: grandmaj@ivtelco.net"),
          ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
          ("Message-Id", "<%s.%s@mail.ivtelco.net>" % (local(sent, "UTC").strftime("%Y%m%d%H%M%S"), ctx.pf_short())),
          ("Date", rfc_date(sent, "CT", abbr=True)), ("MIME-Version", "1.0"), ("*", None)]
    p = Leaf("text/plain", text, "us-ascii", "7bit", ct="text/plain; charset=us-ascii")
    raw = send(ctx, "raw", "customercare", dt, "", "", "", p, extra=hs,
               isp=("mail.ivtelco.net", "192.0.2.66", None, "",
                    ["dkim=none", "spf=pass (mx1.alliant-energy.com: domain of postmaster@mail.ivtelco.net designates 192.0.2.66 as permitted sender) smtp.helo=mail.ivtelco.net", "dmarc=none"], None), mx="mx1")
    auto(k, "customercare", dt, "auto:mailbox-full-notice", "en", "Postfix quota-warning script", raw,
         "ISP 'mailbox nearly full' notice (delivered, not bounced); null envelope sender")


# ---------------------------------------------------------------- A21 Spanish OOF
def a21():
    k = "a21"; ctx = Ctx(k); c = C["phsummer"]
    dt = plus(c.sent, minutes=16)
    text = """Gracias por su mensaje. Estaré fuera de la oficina del 13 al 24 de julio, con acceso limitado al correo.

Para pedidos urgentes comuníquese con Araceli Torres al 319-555-0181 o escriba a pedidos@tiendalaesperanza.com.

Saludos,
Guadalupe Ríos
Tienda La Esperanza
"""
    m = mid_of(ctx, c)
    html = wrap_html_lines("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">
%s
</div>
</body>
</html>
""" % text_to_html(text, "div"))
    raw = send(ctx, "m365", "powerhousecatalog", dt, "grios@tiendalaesperanza.com", PH,
               "Respuesta automática: " + c.subject, outlook_alt(ctx, text, html, "utf-8"), name="Guadalupe Ríos",
               irt=m, refs=m, extra=OOF + [("Content-Language", "es-US")] if False else OOF)
    raw = raw.replace(b"Content-Language: en-US", b"Content-Language: es-US", 1)
    auto(k, "powerhousecatalog", dt, "auto:ooo-exchange-es", "es", "Exchange Online OOF (es)", raw,
         "Spanish out-of-office ('Respuesta automática:') with Auto-Submitted; no request")


# ---------------------------------------------------------------- A22 Spanish headerless
def a22():
    k = "a22"; ctx = Ctx(k); c = C["fridge"]
    dt = plus(c.sent, hours=3, minutes=4)
    text = """Hola, estoy fuera de la oficina hasta el lunes 15 de junio. Respondo su correo a mi regreso. Si es urgente llame al 563-555-0192.

Héctor Villalobos
Villalobos Auto Repair
"""
    m = mid_of(ctx, c)
    html = '<div dir="ltr">' + "<br>".join(html_escape(l) for l in text.rstrip().split("\n")) + "</div>\n"
    raw = send(ctx, "gmail", "customercare", dt, "villalobosautorepair@gmail.com", CC, "Re: " + c.subject,
               gmail_alt(ctx, text, html), name="Héctor Villalobos", irt=m, refs=m)
    auto(k, "customercare", dt, "auto:ooo-headerless-es", "es", "Gmail filter+template", raw,
         "HEADERLESS Spanish away message from a Gmail template filter; automated although nothing marks it")


# ---------------------------------------------------------------- A23 German OOF
def a23():
    k = "a23"; ctx = Ctx(k); c = C["newsoct"]
    dt = plus(c.sent, minutes=12)
    text = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@kroneswerk-us.com.

Thank you for your message. I am out of the office until October 16 with no access to e-mail. For urgent matters please contact info@kroneswerk-us.com.

Mit freundlichen Grüßen / Best regards
Jürgen Albrecht
Kroneswerk USA Inc. | Davenport, IA
"""
    html = wrap_html_lines("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body dir="ltr">
<div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
%s
</div>
</body>
</html>
""" % text_to_html(text, "div"))
    m = mid_of(ctx, c)
    raw = send(ctx, "m365", "customercare", dt, "juergen.albrecht@kroneswerk-us.com", CC,
               "Automatische Antwort: " + c.subject, outlook_alt(ctx, text, html, "utf-8"), name="Albrecht, Jürgen",
               irt=m, refs=m, extra=OOF)
    raw = raw.replace(b"Content-Language: en-US", b"Content-Language: de-DE", 1)
    auto(k, "customercare", dt, "auto:ooo-exchange-de", "de", "Exchange Online OOF (de)", raw,
         "German/English 'Automatische Antwort:' out-of-office with Auto-Submitted")


# ---------------------------------------------------------------- A24 Help Scout
def a24():
    k = "a24"; ctx = Ctx(k); c = C["phfeb"]
    dt = plus(c.sent, minutes=2)
    text = """Hi there,

Thanks for reaching out to Driftless Candle Co.! This is an automatic reply
to let you know we got your email. We're a small team, so it may take us
1-2 business days to write back.

In the meantime, you can track an order at
https://driftlesscandle.com/pages/track

Warmly,
The Driftless Candle crew
"""
    html = wrap_html_lines("<html><body>" + text_to_html(text, "p") + "</body></html>\n")
    b = "--==_mimepart_%s_%d" % (ctx.hex(13), ctx.num(100, 999))
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")], b,
                 ct='multipart/alternative; boundary="%s"; charset=UTF-8' % b)
    sent = plus(dt, seconds=-2)
    hs = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=helpscout.net; s=hs1; t=%d;\n\tbh=%s;\n\th=Date:From:To:Message-ID:In-Reply-To:Subject:Mime-Version:Content-Type;\n\tb=%s"
           % (epoch(sent), ctx.bh(), "\n\t ".join(ctx.b64(64) for _ in range(4)) + "==")),
          ("Date", rfc_date(sent, "UTC")),
          ("From", "Driftless Candle Co. <hello@driftlesscandle.com>"),
          ("To", "PowerHouse Catalog <%s>" % PH),
          ("Message-ID", "<reply-%d-%s@helpscout.net>" % (ctx.num(10 ** 9, 3 * 10 ** 9), ctx.hex(8))),
          ("In-Reply-To", mid_of(ctx, c)),
          ("Subject", "Re: %s" % c.subject),
          ("Mime-Version", "1.0"), ("*", None), ("Content-Transfer-Encoding", "7bit"),
          ("Auto-Submitted", "auto-replied"), ("X-HelpScout-Auto-Reply", "true")]
    ip = "159.135.%d.%d" % (ctx.num(224, 239), ctx.num(2, 250))
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", part, extra=hs,
               isp=("m%d-%d.mailgun.net" % (ctx.num(200, 240), ctx.num(10, 99)), ip, None, "bounce+%s@helpscout.net" % ctx.hex(6),
                    ["dkim=pass header.d=helpscout.net header.s=hs1 header.b=%s" % ctx.alnum(8),
                     "spf=pass (mx1.alliant-energy.com: domain of bounce@helpscout.net designates %s as permitted sender) smtp.mailfrom=bounce@helpscout.net" % ip,
                     "dmarc=none"], "TLSv1.3"), mx="mx1")
    auto(k, "powerhousecatalog", dt, "auto:helpdesk-helpscout", "en", "Help Scout", raw,
         "small shop's help-desk auto-reply to our winter clearance e-mail")


# ---------------------------------------------------------------- A25 Salesforce case auto-response
def a25():
    k = "a25"; ctx = Ctx(k); c = C["winter"]
    dt = plus(c.sent, minutes=3)
    case = "0%07d" % ctx.num(1000000, 9999999)
    text = """Thank you for contacting Cedar Ridge Mutual Insurance.

This is an automated response to confirm that we have received your email.
Your case number is %s. A service representative will contact you within
one business day.

Please do not change the subject line if you reply, so that your message is
added to the same case.

ref:_00D%s._500%s:ref
""" % (case, ctx.alnum(7), ctx.alnum(8))
    sent = plus(dt, seconds=-3)
    b = "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(100000000, 999999999), epoch(sent) * 1000)
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "7bit", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", wrap_html_lines("<html><body>" + text_to_html(text, "p") + "</body></html>\n"), "UTF-8", "7bit", ct="text/html; charset=UTF-8")], b)
    hs = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=cedarridgemutual.com;\n\ts=sf2024; t=%d;\n\tbh=%s;\n\th=Date:From:To:Subject:MIME-Version:Content-Type;\n\tb=%s"
           % (epoch(sent), ctx.bh(), "\n\t ".join(ctx.b64(64) for _ in range(4)) + "==")),
          ("Date", rfc_date(sent, "UTC")),
          ("From", "Cedar Ridge Mutual Service <service@cedarridgemutual.com>"),
          ("To", CC),
          ("Message-ID", "<%s000000000000000000000000000000000000000000000%s@sfdc.net>" % (ctx.alnum(9), ctx.alnum(8).upper())),
          ("Subject", "Case %s: %s [ ref:_00D%s._500%s:ref ]" % (case, c.subject, ctx.alnum(5), ctx.alnum(6))),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-Priority", "3"), ("X-SFDC-LK", "00D%s" % ctx.alnum(12)),
          ("X-SFDC-User", "005%s" % ctx.alnum(12)), ("X-Sender", "postmaster@salesforce.com"),
          ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"),
          ("X-SFDC-TLS-NoRelay", "1"), ("X-SFDC-Binding", "1WrIRBV94myi25uB"),
          ("X-SFDC-EmailCategory", "workflowActionAlert"), ("X-SFDC-Interface", "internal"),
          ("Auto-Submitted", "auto-replied")]
    ip = "136.147.%d.%d" % (ctx.num(128, 191), ctx.num(2, 250))
    raw = send(ctx, "raw", "customercare", dt, "", "", "", part, extra=hs,
               isp=("smtp%02d-ia%d-sp%d.mta.salesforce.com" % (ctx.num(1, 20), ctx.num(1, 4), ctx.num(1, 4)), ip, None, "bounce+%s@bnc.salesforce.com" % ctx.alnum(10).lower(),
                    ["dkim=pass header.d=cedarridgemutual.com header.s=sf2024 header.b=%s" % ctx.alnum(8),
                     "spf=pass (mx1.alliant-energy.com: domain of bnc.salesforce.com designates %s as permitted sender) smtp.mailfrom=bnc.salesforce.com" % ip,
                     "dmarc=pass (policy=none) header.from=cedarridgemutual.com"], "TLSv1.2"), mx="mx1")
    auto(k, "customercare", dt, "auto:casesystem-salesforce", "en", "Salesforce Email-to-Case", raw,
         "Salesforce Email-to-Case auto-response with a case number (not an account number)")


for f in [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
          a20, a21, a22, a23, a24, a25]:
    f()
