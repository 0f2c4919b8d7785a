"""10 receipts and reports: MDNs, delivery receipts, ARF feedback, DMARC aggregate reports."""
import gzip
import io
import zipfile

from mailkit import (Ctx, Leaf, Multi, Embedded, D, plus, rfc_date, epoch, local, crlf, header_block,
                     wrap_html_lines, text_to_html, MAILBOXES)
from clients import send
from ours import CAMPAIGNS, CC, PH, promo_raw
from spec import auto, prepend

C = CAMPAIGNS


def staff_msg(ctx, mailbox, subj, to, sent, notify=True):
    """Header block of a reply our staff sent (Outlook / Exchange Online)."""
    host = "DM6PR05MB%04d.namprd05.prod.outlook.com" % ctx.num(1000, 9999)
    mid = "<%s%s@%s>" % (host.split(".")[0], ctx.hex(20, True), host)
    frm = "Alliant Energy Customer Care <%s>" % CC if mailbox == "customercare" else "PowerHouse Catalog <%s>" % PH
    hs = [("From", frm), ("To", to), ("Subject", subj), ("Thread-Topic", subj.replace("RE: ", "")),
          ("Date", rfc_date(sent, "UTC")), ("Message-ID", mid)]
    if notify:
        hs.append(("Disposition-Notification-To", frm))
    hs += [("Accept-Language", "en-US"), ("Content-Language", "en-US"),
           ("Content-Type", 'multipart/alternative;\n\tboundary="_000_%s_"' % mid.strip("<>").split("@")[0]),
           ("MIME-Version", "1.0")]
    from mailkit import serialize_headers
    return serialize_headers(hs) + b"\r\n", mid


def ampm(dt):
    return "%d:%02d:%02d %s" % ((dt.hour % 12) or 12, dt.minute, dt.second, "AM" if dt.hour < 12 else "PM")


# ---------------------------------------------------------------- R01 Thunderbird MDN
def r01():
    k = "r01"; ctx = Ctx(k)
    sent = D("2026-02-17 16:20:12")
    subj = "Re: Question about budget billing [CC-2026-02-01166]"
    rcpt = "jschaefer@mchsi.com"
    hb, mid = staff_msg(ctx, "customercare", subj, "Joan Schaefer <%s>" % rcpt, sent)
    dt = plus(sent, hours=5, minutes=12)
    text = """This is a Return Receipt for the mail that you sent to %s.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""" % rcpt
    mdn = """Reporting-UA: mchsi.com; Mozilla Thunderbird
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (rcpt, mid)
    b = "------------%s" % ctx.alnum(24)
    part = Multi("report", [Leaf("text/plain", text, "UTF-8", "7bit", ct="text/plain; charset=UTF-8"),
                            Embedded(crlf(mdn), ct='message/disposition-notification; name="MDNPart2.txt"',
                                     headers=[("Content-Disposition", "inline"), ("Content-Transfer-Encoding", "7bit")]),
                            Embedded(hb, ct='text/rfc822-headers; name="MDNPart3.txt"',
                                     headers=[("Content-Transfer-Encoding", "7bit"), ("Content-Disposition", "inline")])], b,
                 ct='multipart/report; report-type=disposition-notification;\n boundary="%s"' % b,
                 preamble="This is a multi-part message in MIME format.")
    raw = send(ctx, "thunderbird", "customercare", dt, rcpt, "Alliant Energy Customer Care <%s>" % CC,
               "Return Receipt (displayed) - " + subj, part, name="Joan Schaefer",
               isp=("mail.mchsi.com", "203.0.113.52", None, "mail.mchsi.com"),
               ua="Mozilla Thunderbird", refs=mid)
    auto(k, "customercare", dt, "report:mdn-thunderbird", "en", "Thunderbird", raw,
         "Thunderbird return receipt (disposition-notification) for a staff reply; a read receipt, no request")


# ---------------------------------------------------------------- R02 Outlook / Exchange Online MDN
def r02():
    k = "r02"; ctx = Ctx(k)
    sent = D("2026-04-21 15:14:03")
    subj = "RE: Opt-out request for Lindqvist Farms [CC-2026-04-01877]"
    rcpt = "jlindqvist@lindqvistfarms.com"
    hb, mid = staff_msg(ctx, "customercare", subj, '"Lindqvist, Jon" <%s>' % rcpt, sent)
    dt = plus(sent, minutes=26, seconds=48)
    s_l, r_l = local(sent, "CT"), local(dt, "CT")
    text = """Your message

To: Alliant Energy Customer Care
Subject: %s
Sent: %s, %s %d, %d %s (UTC-06:00) Central Time (US & Canada)

was read on %s, %s %d, %d %s (UTC-06:00) Central Time (US & Canada).
""" % (subj, s_l.strftime("%A"), s_l.strftime("%B"), s_l.day, s_l.year, ampm(s_l),
       r_l.strftime("%A"), r_l.strftime("%B"), r_l.day, r_l.year, ampm(r_l))
    mdn = """Final-Recipient: RFC822; %s
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: %s
Original-Message-ID: %s
X-Display-Name: Lindqvist, Jon
""" % (rcpt, ctx.b64(22) + "==", mid)
    b = "_004_%s_" % ctx.hex(24, True)
    part = Multi("report", [Leaf("text/plain", text, "us-ascii", "quoted-printable"),
                            Embedded(crlf(mdn), ct="message/disposition-notification")], b,
                 ct='multipart/report;\n\tboundary="%s";\n\treport-type=disposition-notification' % b)
    raw = send(ctx, "m365", "customercare", dt, rcpt, "Alliant Energy Customer Care <%s>" % CC, "Read: " + subj, part,
               name="Lindqvist, Jon", extra=[("X-MS-Exchange-MessageSentRepresentingType", "1")])
    auto(k, "customercare", dt, "report:mdn-outlook", "en", "Outlook / Exchange Online", raw,
         "Outlook 'Read: RE: Opt-out request...' receipt; the words 'opt-out request' are only our own subject")


# ---------------------------------------------------------------- R03 Lotus Notes return receipt (plain)
def r03():
    k = "r03"; ctx = Ctx(k)
    sent = D("2026-04-23 14:02:44")
    subj = "RE: Please do not share our address [CC-2026-04-02014]"
    dt = plus(sent, minutes=11)
    r_l = local(dt, "CT")
    text = """Your document:

    %s

was received by:

    Donna Kray/Lansing

at:

    %02d/%02d/%d %s
""" % (subj, r_l.month, r_l.day, r_l.year, ampm(r_l))
    mt = "%02d/%02d/%d %s" % (r_l.month, r_l.day, r_l.year, ampm(r_l))
    hs = [("Subject", "Return Receipt"),
          ("To", PH),
          ("From", "Donna Kray <DKray@lansingmfg.com>"),
          ("Date", rfc_date(dt, "CT")),
          ("Message-ID", "<OF%s.%s-ON%s.%s-%s.%s@lansingmfg.com>" % (ctx.hex(8, True), ctx.hex(8, True), ctx.hex(8, True), ctx.hex(8, True), ctx.hex(8, True), ctx.hex(8, True))),
          ("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
          ("X-MIMETrack", "Serialize by Router on LMFGMAIL/Lansing(Release 12.0.2FP2|August 2023) at\n %s" % mt),
          ("MIME-Version", "1.0"), ("*", None)]
    p = Leaf("text/plain", text, "US-ASCII", None, ct="text/plain; charset=US-ASCII", cte_header=False)
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", p, extra=hs,
               isp=("smtp.lansingmfg.com", "198.51.100.177", None, "DKray@lansingmfg.com",
                    ["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of DKray@lansingmfg.com designates 198.51.100.177 as permitted sender) smtp.mailfrom=DKray@lansingmfg.com", "dmarc=none"], "TLSv1.2"), mx="mx2")
    auto(k, "powerhousecatalog", dt, "report:receipt-notes", "en", "HCL Notes 12", raw,
         "Lotus/HCL Notes 'Return Receipt' (not MIME MDN); the quoted subject 'Please do not share our address' is our reply's subject, not a new request")


# ---------------------------------------------------------------- R04 Google Workspace read receipt
def r04():
    k = "r04"; ctx = Ctx(k)
    sent = D("2026-06-02 18:31:09")
    subj = "RE: Catalog mailings to our store"
    rcpt = "owner@cresconursery.com"
    hb, mid = staff_msg(ctx, "powerhousecatalog", subj, rcpt, sent)
    dt = plus(sent, hours=14, minutes=2)
    text = """This is a receipt for the mail you sent to
%s at %s

This receipt verifies that the message has been displayed on the recipient's computer at %s
""" % (rcpt, rfc_date(sent, "CT").replace(" -0500", ""), rfc_date(dt, "CT").replace(" -0500", ""))
    mdn = """Reporting-UA: cresconursery.com; Gmail
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (rcpt, mid)
    b = "0000000000%s" % ctx.hex(18)
    part = Multi("report", [Leaf("text/plain", text, "UTF-8", None, ct='text/plain; charset="UTF-8"', cte_header=False),
                            Embedded(crlf(mdn), ct="message/disposition-notification")], b,
                 ct='multipart/report; boundary="%s"; report-type=disposition-notification' % b)
    raw = send(ctx, "workspace", "powerhousecatalog", dt, rcpt, "PowerHouse Catalog <%s>" % PH, "Read: " + subj, part,
               name="Cresco Nursery & Garden", irt=mid, refs=mid)
    auto(k, "powerhousecatalog", dt, "report:mdn-gmail", "en", "Google Workspace read receipt", raw,
         "Google Workspace read receipt for a staff reply about catalog mailings")


# ---------------------------------------------------------------- R05 Exchange delivery receipt
def r05():
    k = "r05"; ctx = Ctx(k)
    sent = D("2026-08-18 14:45:30")
    subj = "RE: Your request about marketing mail [CC-2026-08-05508]"
    rcpt = "rwegner@wegnerlumber.com"
    hb, mid = staff_msg(ctx, "customercare", subj, "Rita Wegner <%s>" % rcpt, sent, notify=False)
    dt = plus(sent, seconds=19)
    text = """Your message has been delivered to the following recipients:

Rita Wegner (%s)<mailto:%s>

Subject: %s
""" % (rcpt, rcpt, subj)
    html = wrap_html_lines("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body>\n"
                           "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message has been delivered to the following recipients:</font></b></p>\n"
                           "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:%s\">Rita Wegner (%s)</a></p>\n<p>Subject: %s</p></font>\n</body>\n</html>\n" % (rcpt, rcpt, subj))
    dsn = """Reporting-MTA: dns;CH3PR11MB%04d.namprd11.prod.outlook.com

Final-recipient: RFC822; %s
Action: delivered
Status: 2.0.0
X-Display-Name: Rita Wegner
""" % (ctx.num(1000, 9999), rcpt)
    b1, b2 = "_000_%s_" % ctx.uuid(), "_001_%s_" % ctx.uuid()
    alt = Multi("alternative", [Leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                Leaf("text/html", html, "us-ascii", "quoted-printable")], b2,
                ct='multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % b2)
    part = Multi("report", [alt, Embedded(crlf(dsn), ct="message/delivery-status"),
                            Embedded(hb, ct="text/rfc822-headers")], b1,
                 ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b1)
    hs = [("From", "postmaster@wegnerlumber.com"), ("To", "<%s>" % CC), ("Date", rfc_date(dt, "UTC")),
          ("*", None), ("Content-Language", "en-US"),
          ("Message-ID", "<%s@CH3PR11MB%04d.namprd11.prod.outlook.com>" % (ctx.uuid(), ctx.num(1000, 9999))),
          ("In-Reply-To", mid), ("References", mid), ("Thread-Topic", subj.replace("RE: ", "")),
          ("Subject", "Delivered: " + subj), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]
    ip = "40.107.%d.%d" % (ctx.num(90, 240), ctx.num(2, 250))
    raw = send(ctx, "raw", "customercare", dt, "", "", "", part, extra=hs,
               isp=("NAM11-CO1-obe.outbound.protection.outlook.com", ip, "mail-co1nam11on2%03d.outbound.protection.outlook.com" % ctx.num(0, 999), "",
                    ["dkim=pass header.d=wegnerlumber.onmicrosoft.com header.s=selector1 header.b=%s" % ctx.alnum(8),
                     "spf=pass (mx1.alliant-energy.com: domain of postmaster@NAM11-CO1-obe.outbound.protection.outlook.com designates %s as permitted sender) smtp.helo=NAM11-CO1-obe.outbound.protection.outlook.com" % ip,
                     "dmarc=none"], "TLSv1.3"), mx="mx1")
    auto(k, "customercare", dt, "report:delivery-receipt-exchange", "en", "Exchange Online", raw,
         "Exchange 'Delivered:' delivery receipt (DSN action=delivered) for a staff reply")


# ---------------------------------------------------------------- R06 Postfix success DSN
def r06():
    k = "r06"; ctx = Ctx(k)
    sent = D("2026-09-29 20:10:55")
    subj = "RE: Removal from catalog rental list [CC-2026-09-06370]"
    rcpt = "gsteffen@netins.example"
    rcpt = "gsteffen@decorahnet.com"
    hb, mid = staff_msg(ctx, "powerhousecatalog", subj, "Gail Steffen <%s>" % rcpt, sent, notify=False)
    host = "mail.decorahnet.com"
    qid = ctx.pf_short()
    dt = plus(sent, seconds=4)
    text = """This is the mail system at host %s.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<%s>: delivery via dovecot service
""" % (host, rcpt)
    dsn = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; %s
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: delivered
Status: 2.0.0
Diagnostic-Code: X-Postfix; delivery via dovecot service
""" % (host, qid, PH, rfc_date(sent, "CT", abbr=True, pad=" "), rcpt, rcpt)
    bnd = "%s.%d/%s" % (qid, epoch(dt), host)
    part = Multi("report", [Leaf("text/plain", text, None, None, ct="text/plain; charset=us-ascii", cte_header=False, lead=[("Content-Description", "Notification")]),
                            Embedded(crlf(dsn), ct="message/delivery-status", lead=[("Content-Description", "Delivery report")]),
                            Embedded(hb, ct="text/rfc822-headers", lead=[("Content-Description", "Message Headers")])], bnd,
                 ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd,
                 preamble="This is a MIME-encapsulated message.\n")
    hs = [("Received", "by %s (Postfix)\n\tid %s; %s" % (host, qid, rfc_date(dt, "CT", abbr=True, pad=" "))),
          ("Date", rfc_date(dt, "CT", abbr=True, pad=" ")),
          ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
          ("Subject", "Successful Mail Delivery Report"),
          ("To", PH), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("*", None),
          ("Content-Transfer-Encoding", "8bit"),
          ("Message-Id", "<%s.%s@%s>" % (local(dt, "UTC").strftime("%Y%m%d%H%M%S"), qid, host))]
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", part, extra=hs,
               isp=(host, "192.0.2.45", None, "",
                    ["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of postmaster@%s designates 192.0.2.45 as permitted sender) smtp.helo=%s" % (host, host), "dmarc=none"], "TLSv1.3"), mx="mx2")
    auto(k, "powerhousecatalog", dt, "report:delivery-success-postfix", "en", "Postfix", raw,
         "Postfix 'Successful Mail Delivery Report' (NOTIFY=SUCCESS); our own subject mentions a removal, nobody asked anything")


# ---------------------------------------------------------------- R07 Yahoo ARF
def r07():
    k = "r07"; ctx = Ctx(k); c = C["newsoct"]
    rcpt = "redacted@yahoo.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, None, None)
    dt = plus(sent, days=1, hours=3, minutes=ctx.num(1, 50))
    copy = prepend(raw0, [("Received", "from 198.51.100.25 (EHLO mail.alliant-energy.com)\n by mta%d.mail.gq1.yahoo.com with SMTPS; %s" % (ctx.num(4000, 4999), rfc_date(sent, "UTC")))])
    text = """This is an email abuse report for an email message received from IP 198.51.100.25 on %s.
For more information about this format please see http://tools.ietf.org/html/rfc5965.
""" % rfc_date(sent, "UTC")
    fb = """Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 1
Original-Mail-From: <%s>
Original-Rcpt-To: <%s>
Received-Date: %s
Source-IP: 198.51.100.25
Reported-Domain: alliant-energy.com
Authentication-Results: mta%d.mail.gq1.yahoo.com; dkim=pass header.d=alliant-energy.com header.s=mkt2025; spf=pass smtp.mailfrom=alliant-energy.com; dmarc=pass(p=QUARANTINE) header.from=alliant-energy.com;
""" % (CC, rcpt, rfc_date(sent, "UTC"), ctx.num(4000, 4999))
    b = "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(100000000, 999999999), epoch(dt) * 1000)
    part = Multi("report", [Leaf("text/plain", text, "US-ASCII", "7bit", ct='text/plain; charset="US-ASCII"'),
                            Embedded(crlf(fb), ct="message/feedback-report"),
                            Embedded(copy, ct="message/rfc822")], b,
                 ct='multipart/report; report-type=feedback-report;\n\tboundary="%s"' % b)
    hs = [("Date", rfc_date(dt, "UTC")),
          ("From", "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>"),
          ("To", CC),
          ("Message-ID", "<%d.%d.%d.JavaMail.fbl@arf%d.mail.bf1.yahoo.com>" % (ctx.num(10 ** 8, 10 ** 9), ctx.num(1000, 9999), epoch(dt) * 1000, ctx.num(1, 9))),
          ("Subject", "FW: %s" % c.subject),
          ("MIME-Version", "1.0"), ("*", None)]
    ip = "74.6.%d.%d" % (ctx.num(128, 140), ctx.num(2, 250))
    raw = send(ctx, "raw", "customercare", dt, "", "", "", part, extra=hs,
               isp=("sonic%d-%d.consmr.mail.bf2.yahoo.com" % (ctx.num(300, 330), ctx.num(10, 40)), ip, None, "feedback@arf.mail.yahoo.com",
                    ["dkim=none", "spf=pass (mx1.alliant-energy.com: domain of feedback@arf.mail.yahoo.com designates %s as permitted sender) smtp.mailfrom=feedback@arf.mail.yahoo.com" % ip, "dmarc=none"], "TLSv1.3"), mx="mx1")
    auto(k, "customercare", dt, "report:arf-yahoo", "en", "Yahoo CFL", raw,
         "ARF abuse report (Yahoo complaint feedback loop) for our newsletter; a spam complaint is not an opt-out e-mail from the person")


# ---------------------------------------------------------------- R08 Microsoft JMRP ARF
def r08():
    k = "r08"; ctx = Ctx(k); c = C["phholiday"]
    rcpt = "xxxxxxxx@hotmail.com"
    raw0, mid, sent = promo_raw(ctx, c, rcpt, None, None)
    dt = plus(sent, hours=6, minutes=ctx.num(1, 50))
    copy = prepend(raw0, [("X-HmXmrOriginalRecipient", "<%s>" % rcpt),
                          ("X-Reporter-IP", "%d.%d.%d.%d" % (ctx.num(60, 99), ctx.num(1, 250), ctx.num(1, 250), ctx.num(1, 250))),
                          ("Received", "from mail.alliant-energy.com (198.51.100.25) by\n DM6NAM11FT%03d.mail.protection.outlook.com (10.13.172.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8909.11 via\n Frontend Transport; %s" % (ctx.num(10, 99), ctx.num(2, 250), rfc_date(sent, "UTC")))])
    text = "This is an email abuse report for an email message received from IP 198.51.100.25 on %s\n" % rfc_date(sent, "UTC")
    fb = """Feedback-Type: abuse
User-Agent: Microsoft JMRP
Version: 1
Original-Mail-From: <%s>
Original-Rcpt-To: <%s>
Arrival-Date: %s
Source-IP: 198.51.100.25
Reported-Domain: alliant-energy.com
""" % (PH, rcpt, rfc_date(sent, "UTC"))
    b = "--%s" % ctx.uuid()
    part = Multi("report", [Leaf("text/plain", text, "us-ascii", "7bit"),
                            Embedded(crlf(fb), ct="message/feedback-report"),
                            Embedded(copy, ct="message/rfc822", headers=[("Content-Disposition", "inline")])], b,
                 ct='multipart/report; report-type=feedback-report;\n\tboundary="%s"' % b)
    hs = [("From", "staff@hotmail.com"), ("To", PH),
          ("Subject", "complaint about message from 198.51.100.25"),
          ("Date", rfc_date(dt, "UTC")),
          ("Message-ID", "<%s@%s>" % (ctx.uuid(), "jmrp.hotmail.com")),
          ("MIME-Version", "1.0"), ("*", None)]
    ip = "52.101.%d.%d" % (ctx.num(40, 200), ctx.num(2, 250))
    raw = send(ctx, "raw", "powerhousecatalog", dt, "", "", "", part, extra=hs,
               isp=("NAM12-BN8-obe.outbound.protection.outlook.com", ip, None, "staff@hotmail.com",
                    ["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of staff@hotmail.com designates %s as permitted sender) smtp.mailfrom=staff@hotmail.com" % ip, "dmarc=none"], "TLSv1.3"), mx="mx2")
    auto(k, "powerhousecatalog", dt, "report:arf-jmrp", "en", "Microsoft JMRP", raw,
         "Microsoft JMRP feedback-loop complaint (ARF) about the holiday catalog e-mail; recipient redacted, machine report")


# ---------------------------------------------------------------- DMARC aggregate
def dmarc_xml(org, email, rid, begin, end, rows):
    recs = ""
    for ip, count, dkim, spf in rows:
        recs += """  <record>
    <row>
      <source_ip>%s</source_ip>
      <count>%d</count>
      <policy_evaluated>
        <disposition>none</disposition>
        <dkim>%s</dkim>
        <spf>%s</spf>
      </policy_evaluated>
    </row>
    <identifiers>
      <header_from>alliant-energy.com</header_from>
    </identifiers>
    <auth_results>
      <dkim>
        <domain>alliant-energy.com</domain>
        <result>%s</result>
        <selector>mkt2025</selector>
      </dkim>
      <spf>
        <domain>alliant-energy.com</domain>
        <result>%s</result>
      </spf>
    </auth_results>
  </record>
""" % (ip, count, dkim, spf, dkim, spf)
    return ("""<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>%s</org_name>
    <email>%s</email>
    <report_id>%s</report_id>
    <date_range>
      <begin>%d</begin>
      <end>%d</end>
    </date_range>
  </report_metadata>
  <policy_published>
    <domain>alliant-energy.com</domain>
    <adkim>r</adkim>
    <aspf>r</aspf>
    <p>quarantine</p>
    <sp>quarantine</sp>
    <pct>100</pct>
  </policy_published>
%s</feedback>
""" % (org, email, rid, begin, end, recs)).encode("utf-8")


def r09():
    k = "r09"; ctx = Ctx(k)
    begin = epoch(D("2026-10-06 00:00:00"))
    end = begin + 86399
    rid = "%d" % ctx.num(10 ** 18, 10 ** 19 - 1)
    xml = dmarc_xml("google.com", "noreply-dmarc-support@google.com", rid, begin, end,
                    [("198.51.100.25", 18422, "pass", "pass"), ("198.51.100.26", 311, "pass", "pass"),
                     ("203.0.113.201", 4, "fail", "fail")])
    name = "google.com!alliant-energy.com!%d!%d" % (begin, end)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name + ".xml", date_time=(2026, 10, 7, 0, 12, 4))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, xml)
    dt = D("2026-10-07 07:31:18")
    b = "000000000000%s" % ctx.hex(16)
    att = Leaf("application/zip", data=buf.getvalue(), cte="base64", ct='application/zip; \n\tname="%s.zip"' % name,
               headers=[("Content-Disposition", 'attachment; \n\tfilename="%s.zip"' % name)])
    part = Multi("mixed", [att], b)
    raw = send(ctx, "workspace", "customercare", dt, "noreply-dmarc-support@google.com", CC,
               "Report domain: alliant-energy.com Submitter: google.com Report-ID: %s" % rid, part,
               extra=[])
    auto(k, "customercare", dt, "report:dmarc-google", "en", "Google DMARC reporter", raw,
         "DMARC aggregate report from Google (zip attachment); rua tag points at the customercare mailbox")


def r10():
    k = "r10"; ctx = Ctx(k)
    begin = epoch(D("2026-11-10 00:00:00"))
    end = begin + 86400
    rid = ctx.hex(32)
    xml = dmarc_xml("Enterprise Outlook", "dmarcreport@microsoft.com", rid, begin, end,
                    [("198.51.100.25", 2290, "pass", "pass"), ("192.0.2.250", 2, "fail", "fail")])
    name = "enterprise.protection.outlook.com!alliant-energy.com!%d!%d" % (begin, end)
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name + ".xml", mode="wb", fileobj=buf, mtime=begin + 90000) as g:
        g.write(xml)
    dt = D("2026-11-11 05:48:51")
    text = ("This is a DMARC aggregate report from Microsoft Corporation. For Emails received between "
            "2026-11-10 00:00:00 UTC to 2026-11-11 00:00:00 UTC.\n")
    b = "_mpm_%s_" % ctx.hex(32)
    part = Multi("mixed", [Leaf("text/plain", text, "us-ascii", "7bit"),
                           Leaf("application/gzip", data=buf.getvalue(), cte="base64", ct='application/gzip; name="%s.xml.gz"' % name,
                                headers=[("Content-Disposition", 'attachment; filename="%s.xml.gz"' % name)])], b)
    hs = [("From", '"DMARC Aggregate Report" <dmarcreport@microsoft.com>'), ("To", CC),
          ("Subject", "Report Domain: alliant-energy.com Submitter: enterprise.protection.outlook.com Report-ID: %s" % rid),
          ("Date", rfc_date(dt, "UTC")),
          ("Message-ID", "<%s@dmarcreport.microsoft.com>" % ctx.uuid()),
          ("MIME-Version", "1.0"), ("*", None)]
    ip = "52.101.%d.%d" % (ctx.num(40, 200), ctx.num(2, 250))
    raw = send(ctx, "raw", "customercare", dt, "", "", "", part, extra=hs,
               isp=("NAM02-SN1-obe.outbound.protection.outlook.com", ip, None, "dmarcreport@microsoft.com",
                    ["dkim=pass header.d=microsoft.com header.s=selector2 header.b=%s" % ctx.alnum(8),
                     "spf=pass (mx1.alliant-energy.com: domain of dmarcreport@microsoft.com designates %s as permitted sender) smtp.mailfrom=dmarcreport@microsoft.com" % ip,
                     "dmarc=pass (policy=reject) header.from=microsoft.com"], "TLSv1.3"), mx="mx1")
    auto(k, "customercare", dt, "report:dmarc-microsoft", "en", "Microsoft DMARC reporter", raw,
         "DMARC aggregate report from Microsoft (.xml.gz); machine report about our own domain")


for f in [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10]:
    f()
