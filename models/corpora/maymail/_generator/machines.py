"""Machine mail (bounces, auto-replies, receipts, bulk, vendor notices, phishing,
list posts, invitations) and the one-click unsubscribes that mail programs or
inbox cleaners send for a person.  Each message is written out by hand."""
import base64
import datetime
import html

import transport as T
import clients as C
from clients import Msg
from mimekit import (CDT, UTC, PDT, EDT, dt, ew, addr, rfc_date, rand_chars, rand_hex, rand_b64, uuid_like,
                     epoch, text_part, multipart, raw_part, rng_for, qp, b64, fold_line)
from ourmail import our_header_lines, headers_text, our_full_copy, MAILOUT
from registry import add, q_our, H
import ours as O

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"


def mach(key, mailbox, when, *, hop, env_from, auth, headers, part, category, spec, program, note,
         language="en", delay=2, tls=True, tz=CDT):
    r = rng_for(key)
    sent = dt(when, tz)
    t = sent + datetime.timedelta(seconds=delay)
    top, arrive = T.deliver(r, mailbox, env_from, t, hop[0], hop[1], auth,
                            hop_helo=hop[2] if len(hop) > 2 else None, tls=tls)
    m = Msg()
    m.top = top
    m.headers = headers
    m.part = part
    m.arrive = arrive
    add(key, mailbox, m, category=category, spec=spec, language=language, program=program,
        automated=True, labels=[], unclear=False, entities={}, note=note, ack=None)
    return m


def person_raw(key, mailbox, when, *, provider, from_addr, headers, part, meta, tz=CDT):
    """A person's message whose headers are written out here (one-click unsubscribes)."""
    r = rng_for(key)
    sent = dt(when, tz)
    top, arrive = C.transport_for(r, provider, sent, from_addr, mailbox, headers)
    m = Msg()
    m.top = top
    m.headers = headers
    m.part = part
    m.arrive = arrive
    add(key, mailbox, m, **meta)
    return m


def simple_auth(r, dkim_d, spf_d, from_d, ip, sel, mailfrom=None, spf="pass", dkim="pass", dmarc="pass",
                policy="none"):
    a = T.auth_results(r, dkim_d, spf_d, from_d, ip=ip, mailfrom=mailfrom, spf=spf, dkim=dkim, dmarc=dmarc,
                       policy=policy)
    return a.replace("header.s=s ", "header.s=%s " % sel)


def m365_hop(r, tenant_region="NAM12-MW2"):
    n = r.randint(2010, 2199)
    ip = "40.107.%d.%d" % (r.randint(90, 240), r.randint(2, 250))
    helo = "%s-obe.outbound.protection.outlook.com" % tenant_region
    host = "mail-%s%d.outbound.protection.outlook.com" % (tenant_region.split("-")[1].lower() + "nam12on", n)
    return host, ip, helo


def exch_id(r):
    srv = "%s%dMB%d" % (r.choice(["SA1PR", "PH0PR", "DM6PR", "BN9PR", "CH0PR"]), r.randint(10, 19), r.randint(1000, 9999))
    return srv, "%s.namprd%02d.prod.outlook.com" % (srv, r.randint(2, 19))


def build():
    # ================================================================ Mon 10 May
    r = rng_for("gridedge")
    gl = O.GG  # unused; keeps import tidy
    nl_text = """GRID EDGE WEEKLY | May 10, 2027
View in your browser: https://gridedgeweekly.com/issues/2027-05-10

THIS WEEK
1. Interconnection queues: what Midwest co-ops and IOUs are doing
   before the new FERC deadline
2. Storm season staffing: mutual-aid agreements get a rethink
3. Virtual power plants pass 30 GW nationally
4. Customer comms: are "outage ETA" texts helping or hurting?

SPONSORED
Is your call center ready for summer peaks? Download the 2027 Utility
CX Benchmark from Northline Analytics.

--
You are receiving this because customercare@alliant-energy.com
subscribed at gridedgeweekly.com.
Unsubscribe: https://gridedgeweekly.com/u/8c1e2b7741?e=customercare%40alliant-energy.com
Update preferences: https://gridedgeweekly.com/p/8c1e2b7741
Grid Edge Media LLC, 1200 W Fulton Market, Chicago, IL 60607"""
    nl_html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Grid Edge Weekly</title></head>\n"
               "<body style=\"margin:0;background:#eef1f4\">\n<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
               "<tr><td align=\"center\">\n<table width=\"600\" style=\"background:#ffffff;font-family:Georgia,serif\">\n"
               "<tr><td style=\"padding:24px\"><h1 style=\"font-size:26px\">Grid Edge Weekly</h1>\n"
               "<p>May 10, 2027</p>\n<h2>Interconnection queues: what Midwest co-ops and IOUs are doing</h2>\n"
               "<p>With the new deadline eight weeks out, planners are triaging projects...</p>\n"
               "<h2>Storm season staffing</h2>\n<p>Mutual-aid agreements get a rethink after last year's derecho...</p>\n"
               "<h2>Virtual power plants pass 30 GW</h2>\n<p>...</p>\n"
               "<h2>Are outage ETA texts helping or hurting?</h2>\n<p>...</p>\n"
               "<p style=\"font-size:11px;color:#777\">You are receiving this because customercare@alliant-energy.com "
               "subscribed at gridedgeweekly.com. <a href=\"https://gridedgeweekly.com/u/8c1e2b7741?e=customercare%40alliant-energy.com\">"
               "Unsubscribe</a> | <a href=\"https://gridedgeweekly.com/p/8c1e2b7741\">Update preferences</a><br>\n"
               "Grid Edge Media LLC, 1200 W Fulton Market, Chicago, IL 60607</p>\n"
               "<img src=\"https://t.sendfuse.net/o/8c1e2b7741/1044521.gif\" width=\"1\" height=\"1\" alt=\"\">\n"
               "</td></tr></table></td></tr></table></body></html>")
    b = "_----------=_MCPart_%d" % r.randint(100000000, 999999999)
    part = multipart("alternative", [text_part(nl_text, "plain", "utf-8", cte="quoted-printable"),
                                     text_part(nl_html, "html", "utf-8", cte="quoted-printable")], b)
    env = "bounce-sf.gew_88123456.1044521-customercare=alliant-energy.com@mail213.chi4.sendfuse.net"
    mach("gridedge", "customercare", "2027-05-10 06:12:40",
         hop=("mail213.chi4.sendfuse.net", "203.0.113.213"), env_from=env,
         auth=simple_auth(r, "gridedgeweekly.com", "mail213.chi4.sendfuse.net", "gridedgeweekly.com", "203.0.113.213",
                          "k1", mailfrom="mail213.chi4.sendfuse.net"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "gridedgeweekly.com", "k1", epoch(dt("2027-05-10 06:12:40")),
                                                "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version")),
                  ("DKIM-Signature", T.dkim_sig(r, "sendfuse.net", "k3", epoch(dt("2027-05-10 06:12:40")),
                                                "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe")),
                  ("Received", "from localhost (localhost [127.0.0.1])\n\tby mail213.chi4.sendfuse.net (Postfix) with ESMTP id 4VbQ2m1C9Yz1XLFv\n"
                               "\tfor <customercare@alliant-energy.com>; Mon, 10 May 2027 11:12:38 +0000 (GMT)"),
                  ("Subject", "Grid Edge Weekly: interconnection deadlines, storm staffing and the 30 GW VPP"),
                  ("From", "Grid Edge Weekly <newsletter@gridedgeweekly.com>"),
                  ("Reply-To", "Grid Edge Weekly <editors@gridedgeweekly.com>"),
                  ("To", "<customercare@alliant-energy.com>"),
                  ("Date", "Mon, 10 May 2027 11:12:38 +0000"),
                  ("Message-ID", "<8c1e2b7741.1044521.%s@sendfuse.net>" % rand_hex(r, 16)),
                  ("List-ID", "8c1e2b7741 Grid Edge Weekly <8c1e2b7741.list-id.sendfuse.net>"),
                  ("List-Unsubscribe", "<https://gridedgeweekly.com/u/8c1e2b7741?e=customercare%40alliant-energy.com>,\n"
                                       " <mailto:unsub-8c1e2b7741-1044521@unsub.sendfuse.net>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk"),
                  ("X-SF-Campaign", "gew-2027-05-10"),
                  ("Feedback-ID", "1044521:8c1e2b7741:sendfuse"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=part, category="automated: newsletter", spec="industry newsletter the team subscribed to",
         program="ESP bulk mailer",
         note="Third-party newsletter with List-Unsubscribe and Precedence: bulk; its 'unsubscribe' links are not a request to us.")

    # ---------------------------------------------------------------- vendor: mail house suppression report
    r = rng_for("lakeshore")
    host, ip, helo = m365_hop(r)
    srv, fq = exch_id(r)
    body = """This is an automated message from the Lakeshore Direct Mail job tracking system.

Job:            27-0611  PowerHouse Catalog - Summer 2027
Drop date:      06/14/2027
File received:  PH_SUPPRESS_20270507.csv
Uploaded:       05/07/2027 4:52 PM CT by sftp user powerhouse_data

Records in file:                                  1,214
  Do-not-mail (catalog opt-out)                     842
  Do-not-share (list rental/exchange suppression)   372
Matched to mail file:                             1,167
Unmatched:                                           47  (report in portal)

Matched records will be removed from the mail file. Do-not-share
records will also be excluded from the list exchange extract scheduled
for 05/21/2027.

Final suppression update for this job is due 05/24/2027 5:00 PM CT.

Portal: https://portal.lakeshoredirectmail.com/jobs/27-0611

Please do not reply to this message. For questions contact your account
manager, Dave Kuchenbecker, 262-555-0193."""
    mach("lakeshore", "powerhousecatalog", "2027-05-10 09:31:05",
         hop=(host, ip, helo), env_from="jobs-noreply@lakeshoredirectmail.com",
         auth=simple_auth(r, "lakeshoredirectmail.com", "lakeshoredirectmail.com", "lakeshoredirectmail.com", ip,
                          "selector1", mailfrom="jobs-noreply@lakeshoredirectmail.com"),
         headers=[("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + rand_b64(r, 70)),
                  ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=lakeshoredirectmail.com;\n s=selector1;\n"
                   " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh=%s=;\n b=%s" % (rand_b64(r, 43), rand_b64(r, 70))),
                  ("Received", "from %s (2603:10b6:806:3a0::9) by\n %s with Microsoft SMTP Server\n"
                               " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8921.22; Mon, 10 May 2027\n"
                               " 14:31:04 +0000" % (fq, fq)),
                  ("From", "Lakeshore Direct Mail - Job Tracking <jobs-noreply@lakeshoredirectmail.com>"),
                  ("To", "PowerHouse Catalog <%s>" % PH),
                  ("CC", "\"Kuchenbecker, Dave\" <dkuchenbecker@lakeshoredirectmail.com>"),
                  ("Subject", "[LDM Job 27-0611] Suppression file processed - PowerHouse Summer 2027"),
                  ("Date", "Mon, 10 May 2027 14:31:03 +0000"),
                  ("Message-ID", "<%s@%s>" % (rand_hex(r, 32, True), fq)),
                  ("X-Mailer", "LDM JobTrack 5.2"),
                  ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(body, "plain", "us-ascii", cte="7bit"),
         category="automated: vendor/partner notice", spec="mail house confirms suppression file (do-not-mail / do-not-share counts)",
         program="vendor job-tracking system",
         note="Vendor system mail full of 'do-not-share' and 'suppression': not a person's request (LABELS: a mail house's suppression-file report is automated).")

    # ---------------------------------------------------------------- OOO loop on our ack (Exchange)
    r = rng_for("harmon-ooo")
    host, ip, helo = m365_hop(r, "NAM10-BN7")
    srv, fq = exch_id(r)
    ackq = O.ack("CC-2027-05-10398", "May 10, 2027", "2027-05-10 14:04:40")
    body = """I am out of the office until Monday, May 17, with limited access to email.

For scheduling questions please call the front desk at 319-555-0124. For anything urgent, please contact my colleague Jamie Ruff at jruff@cedarridgeclinic.org.

Lisa Harmon
Office Manager | Cedar Ridge Family Clinic"""
    alt = multipart("alternative", [
        text_part(body, "plain", "us-ascii", cte="quoted-printable"),
        text_part("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
                  + "".join("<div>%s</div>" % (html.escape(l) or "<br>") for l in body.split("\n"))
                  + "</body></html>", "html", "us-ascii", cte="quoted-printable")],
        "_000_%s_" % (srv + rand_hex(r, 20, True)))
    mach("harmon-ooo", "customercare", "2027-05-10 14:04:48",
         hop=(host, ip, helo), env_from=None,
         auth=simple_auth(r, "cedarridgeclinic.org", "cedarridgeclinic.org", "cedarridgeclinic.org", ip, "selector1"
                          ).replace("spf=pass", "spf=pass"),
         headers=[("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=cedarridgeclinic.org;\n s=selector1;\n"
                   " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh=%s=;\n b=%s" % (rand_b64(r, 43), rand_b64(r, 70))),
                  ("Received", "from %s (2603:10b6:208:1b1::14) by\n %s with Microsoft SMTP Server id 15.20.8921.22 via Mailbox Transport;\n"
                               " Mon, 10 May 2027 19:04:47 +0000" % (fq, fq)),
                  ("From", "\"Harmon, Lisa\" <LHarmon@cedarridgeclinic.org>"),
                  ("To", "Alliant Energy Customer Care <%s>" % CC),
                  ("Subject", "Automatic reply: We received your request [CC-2027-05-10398]"),
                  ("Thread-Topic", "We received your request [CC-2027-05-10398]"),
                  ("Thread-Index", "AQHbwR" + rand_b64(r, 22) + "=="),
                  ("Date", "Mon, 10 May 2027 19:04:47 +0000"),
                  ("Message-ID", "<%s@%s>" % (rand_hex(r, 32, True), fq)),
                  ("References", ackq["msgid"]),
                  ("In-Reply-To", ackq["msgid"]),
                  ("Auto-Submitted", "auto-replied"),
                  ("X-MS-Has-Attach", ""),
                  ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", "LHarmon@cedarridgeclinic.org"),
                  ("X-MS-TNEF-Correlator", ""),
                  ("x-ms-exchange-parent-message-id", ackq["msgid"]),
                  ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
                  ("__CT__", None), ("MIME-Version", "1.0")],
         part=alt, category="automated: auto-reply (loop)", spec="Exchange out-of-office answering our acknowledgement",
         program="Exchange Online auto-reply",
         note="LOOP: out-of-office answering our own acknowledgement (Auto-Submitted present); answering it would start a loop.")

    # ---------------------------------------------------------------- phishing pretending to be us
    r = rng_for("phish-disconnect")
    ph_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="560" align="center" style="background:#fff;border-top:6px solid #00843d">
<tr><td style="padding:20px"><img src="http://alliantenergy-notice.com/img/logo.png" alt="Alliant Energy" width="180"></td></tr>
<tr><td style="padding:0 20px 20px 20px">
<h2 style="color:#c00000">FINAL NOTICE: Service Disconnection Scheduled</h2>
<p>Dear Valued Customer,</p>
<p>Our records show your account is <b>PAST DUE ($184.22)</b>. Your electric service is scheduled for disconnection <b>tonight between 11:00 PM and 1:00 AM</b>.</p>
<p>To avoid disconnection and a $75 reconnection fee, you must verify your payment information within 2 hours.</p>
<p style="text-align:center"><a href="http://alliant-energy-pay.co/verify?id=AE7731902" style="background:#00843d;color:#fff;padding:12px 24px;text-decoration:none">PAY NOW &amp; STOP DISCONNECTION</a></p>
<p>If you have already paid, please confirm your card details to update our records.</p>
<p>Thank you,<br>Alliant Energy Billing Department</p>
<p style="font-size:10px;color:#999">This is an automated notification. Do not reply. &copy; 2027 Alliant Energy Corporation</p>
</td></tr></table></body></html>"""
    mach("phish-disconnect", "customercare", "2027-05-10 22:47:13",
         hop=("vps-4821.hostnorth-cloud.net", "203.0.113.77", "alliantenergy-notice.com"),
         env_from="billing@alliantenergy-notice.com",
         auth=simple_auth(r, None, "alliantenergy-notice.com", "alliantenergy-notice.com", "203.0.113.77", "x",
                          mailfrom="billing@alliantenergy-notice.com", spf="softfail", dkim="none", dmarc="none"),
         tls=False,
         headers=[("Received", "from [127.0.0.1] (localhost [127.0.0.1])\n\tby vps-4821.hostnorth-cloud.net (Postfix) with ESMTPA id 7C21A40E2B\n"
                               "\tfor <customercare@alliant-energy.com>; Tue, 11 May 2027 03:47:11 +0000 (UTC)"),
                  ("Date", "Tue, 11 May 2027 03:47:11 +0000"),
                  ("To", "customercare@alliant-energy.com"),
                  ("From", "Alliant Energy <billing@alliantenergy-notice.com>"),
                  ("Reply-To", "Alliant Billing <ae.billing.dept@outlook.com>"),
                  ("Subject", "FINAL NOTICE: Your Service Will Be Disconnected Tonight"),
                  ("Message-ID", "<%s@alliantenergy-notice.com>" % rand_chars(r, 32)),
                  ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                  ("X-Priority", "1 (Highest)"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(ph_html, "html", "utf-8", cte="quoted-printable", charset_quoted=False),
         category="automated: phishing", spec="fake disconnection notice impersonating Alliant", program="PHPMailer",
         note="Phishing impersonating us (look-alike domain, SPF softfail, HTML only). The customer question in this set about it ('is this real??') is separate.")

    # ================================================================ Tue 11 May: catalog e-mail bounces
    r = rng_for("bounce-postfix")
    rcpt = "jmiller1958@cedarvalleytel.net"
    q = q_our(O.GG, rcpt)
    qid = "8A31C2E01F"
    bnd = "%s.%d/mail.cedarvalleytel.net" % (qid, epoch(dt("2027-05-11 07:02:14")))
    lines, _ = our_header_lines(q, rcpt, by_host="mail.cedarvalleytel.net (Postfix)", by_time=dt("2027-05-11 07:02:13"), by_id=qid)
    notif = """This is the mail system at host mail.cedarvalleytel.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jmiller1958@cedarvalleytel.net>: user unknown"""
    ds = """Reporting-MTA: dns; mail.cedarvalleytel.net
X-Postfix-Queue-ID: 8A31C2E01F
X-Postfix-Sender: rfc822; powerhousecatalog@alliant-energy.com
Arrival-Date: Tue, 11 May 2027 07:02:13 -0500 (CDT)

Final-Recipient: rfc822; jmiller1958@cedarvalleytel.net
Original-Recipient: rfc822;jmiller1958@cedarvalleytel.net
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown
"""
    part = multipart("report", [
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], notif + "\n"),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds),
        raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers"),
                  ("Content-Transfer-Encoding", "8bit")], headers_text(lines)),
    ], bnd, ct_extra="", preamble="This is a MIME-encapsulated message.\n")
    part.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
                    ("Content-Transfer-Encoding", "8bit")]
    mach("bounce-postfix", "powerhousecatalog", "2027-05-11 07:02:14",
         hop=("mail.cedarvalleytel.net", "203.0.113.141"), env_from=None,
         auth="\tspf=pass smtp.helo=mail.cedarvalleytel.net;\n\tdkim=none",
         headers=[("Received", "by mail.cedarvalleytel.net (Postfix)\n\tid 8A31C2E01F; Tue, 11 May 2027 07:02:14 -0500 (CDT)"),
                  ("Date", "Tue, 11 May 2027 07:02:14 -0500 (CDT)"),
                  ("From", "MAILER-DAEMON@mail.cedarvalleytel.net (Mail Delivery System)"),
                  ("Subject", "Undelivered Mail Returned to Sender"),
                  ("To", PH),
                  ("Auto-Submitted", "auto-replied"),
                  ("MIME-Version", "1.0"), ("__CT__", None),
                  ("Message-Id", "<20270511120214.8A31C2E01F@mail.cedarvalleytel.net>")],
         part=part, category="automated: bounce", spec="Postfix DSN, user unknown, for the Garden & Grill e-mail",
         program="Postfix DSN",
         note="Bounce of our catalog e-mail; the returned headers carry our List-Unsubscribe and subject, none of it a request.")

    # ---------------------------------------------------------------- our own mailout reports Yahoo rejection
    r = rng_for("bounce-mailout")
    rcpt = "oldmarv44@yahoo.com"
    q = q_our(O.GG, rcpt)
    qid = "4VbSx03h2Tz3wKJq"
    bnd = "%s.%d/mailout02.alliant-energy.com" % (qid, epoch(dt("2027-05-11 07:04:31")))
    lines, _ = our_header_lines(q, rcpt)
    notif = """This is the mail system at host mailout02.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<oldmarv44@yahoo.com>: host mta7.am0.yahoodns.net[67.195.204.77] said: 554
    delivery error: dd Not a valid recipient -
    atlas-production.v2-mail-prod1-gq1.omega.yahoo.com (in reply to end of DATA
    command)"""
    ds = """Reporting-MTA: dns; mailout02.alliant-energy.com
X-Postfix-Queue-ID: 4VbSx03h2Tz3wKJq
X-Postfix-Sender: rfc822; powerhousecatalog@alliant-energy.com
Arrival-Date: Tue, 11 May 2027 07:03:57 -0500 (CDT)

Final-Recipient: rfc822; oldmarv44@yahoo.com
Original-Recipient: rfc822;oldmarv44@yahoo.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; mta7.am0.yahoodns.net
Diagnostic-Code: smtp; 554 delivery error: dd Not a valid recipient -
    atlas-production.v2-mail-prod1-gq1.omega.yahoo.com
"""
    part = multipart("report", [
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], notif + "\n"),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds),
        raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                 headers_text(lines)),
    ], bnd, preamble="This is a MIME-encapsulated message.\n")
    part.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)]
    mach("bounce-mailout", "powerhousecatalog", "2027-05-11 07:04:31",
         hop=("mailout02.alliant-energy.com", MAILOUT[1]), env_from=None, delay=0,
         auth="\tspf=pass smtp.helo=mailout02.alliant-energy.com;\n\tdkim=none",
         headers=[("Received", "by mailout02.alliant-energy.com (Postfix)\n\tid 4VbSx55pLmz3wKJr; Tue, 11 May 2027 07:04:31 -0500 (CDT)"),
                  ("Date", "Tue, 11 May 2027 07:04:31 -0500 (CDT)"),
                  ("From", "MAILER-DAEMON@mailout02.alliant-energy.com (Mail Delivery System)"),
                  ("Subject", "Undelivered Mail Returned to Sender"),
                  ("To", PH),
                  ("Auto-Submitted", "auto-replied"),
                  ("MIME-Version", "1.0"), ("__CT__", None),
                  ("Message-Id", "<20270511120431.4VbSx55pLmz3wKJr@mailout02.alliant-energy.com>")],
         part=part, category="automated: bounce", spec="our own outbound Postfix reports a Yahoo 554 rejection",
         program="Postfix DSN (our mailout02)",
         note="Our outbound relay's own DSN for a dead Yahoo address; from our own domain, still a machine.")

    # ---------------------------------------------------------------- Gmail vacation responder
    r = rng_for("carol-vacation")
    q = q_our(O.GG, "caroljenkins.stjohns@gmail.com")
    body = """Hi! I'm traveling with spotty service until May 24.

If this is about the St. John's rummage sale, please contact Barb at 319-555-0181.

Thanks!
Carol"""
    hb = '<div dir="ltr">' + "<br>".join(html.escape(l) for l in body.split("\n")) + "</div>"
    bb = "0000000000%s" % rand_hex(r, 18)
    part = multipart("alternative", [strip7(text_part(body, "plain", "UTF-8")), strip7(text_part(hb, "html", "UTF-8"))], bb)
    host, ip, env, ph, t, auth = T.prov_gmail(r, dt("2027-05-11 07:09:02"), "caroljenkins.stjohns@gmail.com")
    ph = [(n, v.replace("{RCPT}", PH)) for n, v in ph]
    mach("carol-vacation", "powerhousecatalog", "2027-05-11 07:09:02",
         hop=(host, ip), env_from="caroljenkins.stjohns@gmail.com", auth=auth,
         headers=ph + [("MIME-Version", "1.0"), ("References", q["msgid"]), ("In-Reply-To", q["msgid"]),
                       ("From", "Carol Jenkins <caroljenkins.stjohns@gmail.com>"),
                       ("Date", "Tue, 11 May 2027 07:09:01 -0500"),
                       ("Auto-Submitted", "auto-replied"),
                       ("Message-ID", "<CA%s@mail.gmail.com>" % rand_chars(r, 50)),
                       ("Subject", "Traveling until May 24"),
                       ("To", "PowerHouse Catalog <%s>" % PH), ("__CT__", None)],
         part=part, category="automated: auto-reply", spec="Gmail vacation responder to the catalog e-mail",
         program="Gmail vacation responder",
         note="Vacation responder with Auto-Submitted: auto-replied; a person's name and phone in it, but no person wrote to us.")

    # ---------------------------------------------------------------- headerless 'no longer monitored'
    r = rng_for("bluestem")
    q = q_our(O.GG, "info@bluestemlandscaping.com")
    body = """Thank you for contacting Bluestem Landscaping!

We have a NEW email address. This mailbox is no longer monitored. Please resend your message to office@bluestem-landscape.com or call us at 319-555-0146.

Spring installs are booked through June. Ask us about fall openings!

Bluestem Landscaping
Hiawatha, Iowa"""
    mach("bluestem", "powerhousecatalog", "2027-05-11 07:15:40",
         hop=("s88.prairiewebhost.net", "203.0.113.88"), env_from="info@bluestemlandscaping.com",
         auth=simple_auth(r, "bluestemlandscaping.com", "bluestemlandscaping.com", "bluestemlandscaping.com",
                          "203.0.113.88", "default", mailfrom="info@bluestemlandscaping.com"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "bluestemlandscaping.com", "default", epoch(dt("2027-05-11 07:15:40")),
                                                "Subject:In-Reply-To:To:From:Date:Message-ID:MIME-Version:Content-Type")),
                  ("Received", "from [127.0.0.1] (port=48812 helo=s88.prairiewebhost.net)\n\tby s88.prairiewebhost.net with esmtpa (Exim 4.98)\n"
                               "\t(envelope-from <info@bluestemlandscaping.com>)\n\tid 1uQk3X-00061f-2B\n"
                               "\tfor powerhousecatalog@alliant-energy.com;\n\tTue, 11 May 2027 07:15:39 -0500"),
                  ("Date", "Tue, 11 May 2027 07:15:39 -0500"),
                  ("From", "Bluestem Landscaping <info@bluestemlandscaping.com>"),
                  ("To", PH),
                  ("Subject", ew("Re: " + O.GG["subject"])),
                  ("In-Reply-To", q["msgid"]),
                  ("Message-ID", "<%s@bluestemlandscaping.com>" % rand_hex(r, 32)),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(body, "plain", "UTF-8", cte="quoted-printable", charset_quoted=False),
         category="automated: auto-reply", spec="'no longer monitored' reply without Auto-Submitted",
         program="cPanel autoresponder",
         note="Headerless auto-reply (no Auto-Submitted, plain 'Re:' subject): still automated per LABELS.")

    # ---------------------------------------------------------------- Exchange Online NDR
    r = rng_for("ndr-m365")
    rcpt = "dpetersen@prairiegoldcoop.com"
    q = q_our(O.GG, rcpt)
    host, ip, helo = m365_hop(r, "NAM04-DM6")
    srv, fq = exch_id(r)
    lines, _ = our_header_lines(q, rcpt)
    ptxt = """Your message to dpetersen@prairiegoldcoop.com couldn't be delivered.

dpetersen wasn't found at prairiegoldcoop.com.

powerhousecatalog      Office 365      dpetersen
Action Required                        Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using the Auto-Complete List in Outlook and it contains an invalid address, remove it.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs when the recipient's email address can't be found at the destination domain.

Original Message Details
Created Date:    5/11/2027 12:00:12 PM
Sender Address:  powerhousecatalog@alliant-energy.com
Recipient Address:  dpetersen@prairiegoldcoop.com
Subject:         Garden & Grill is here \U0001F33F 20%% off patio lighting through May 31

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient dpetersen@prairiegoldcoop.com not found by SMTP address lookup
DSN generated by:  %s

Message Hops
HOP  TIME (UTC)            FROM                               TO                                 WITH   RELAY TIME
1    5/11/2027 4:40:02 PM  mailout02.alliant-energy.com       %s   Microsoft SMTP Server  *
""" % (fq, fq)
    phtml = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
             "<p style=\"font-family:Segoe UI;font-size:16px\"><b>Your message to <a href=\"mailto:%s\">%s</a> couldn't be delivered.</b></p>\n"
             "<p>dpetersen wasn't found at prairiegoldcoop.com.</p>\n"
             "<table><tr><td>powerhousecatalog</td><td>Office 365</td><td>dpetersen</td></tr>"
             "<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>\n"
             "<p><b>Unknown To address</b></p>\n<p>Status code: 550 5.1.10</p>\n"
             "<p>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup</p>\n"
             "</body></html>" % (rcpt, rcpt, rcpt))
    ds = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mailout02.alliant-energy.com
Arrival-Date: Tue, 11 May 2027 16:40:01 +0000

Final-Recipient: rfc822;dpetersen@prairiegoldcoop.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient dpetersen@prairiegoldcoop.com not found by SMTP address lookup
""" % fq
    ob = "%s" % uuid_like(r, False)
    ib = "%s" % uuid_like(r, False)
    inner = multipart("alternative", [text_part(ptxt, "plain", "utf-8", cte="quoted-printable"),
                                      text_part(phtml, "html", "utf-8", cte="quoted-printable")], ib,
                      ct_extra="")
    inner.headers = [("Content-Type", 'multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % ib)]
    part = multipart("report", [inner,
                                raw_part([("Content-Type", "message/delivery-status")], ds),
                                raw_part([("Content-Type", "text/rfc822-headers")], headers_text(lines))], ob)
    part.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % ob)]
    mach("ndr-m365", "powerhousecatalog", "2027-05-11 11:40:03",
         hop=(host, ip, helo), env_from=None,
         auth="\tspf=pass smtp.helo=%s;\n\tdkim=none" % helo,
         headers=[("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@prairiegoldcoop.com>"),
                  ("To", "<%s>" % PH),
                  ("Date", "Tue, 11 May 2027 16:40:03 +0000"),
                  ("__CT__", None),
                  ("Content-Language", "en-US"),
                  ("Message-ID", "<%s@%s>" % (uuid_like(r, False), fq)),
                  ("In-Reply-To", q["msgid"]),
                  ("References", q["msgid"]),
                  ("Thread-Topic", ew(O.GG["subject"])),
                  ("Subject", ew("Undeliverable: " + O.GG["subject"])),
                  ("Auto-Submitted", "auto-replied"),
                  ("X-MS-PublicTrafficType", "Email"),
                  ("X-MS-Exchange-Message-Is-Ndr", ""),
                  ("MIME-Version", "1.0")],
         part=part, category="automated: bounce", spec="Exchange Online NDR 5.1.10 for the catalog e-mail",
         program="Exchange Online NDR",
         note="Microsoft 365 NDR (multipart/report with human-readable alternative); machine.")

    # ---------------------------------------------------------------- internal calendar invitation
    r = rng_for("cal-triage")
    host, ip, helo = m365_hop(r, "NAM12-MW2")
    srv, fq = exch_id(r)
    uid = "040000008200E00074C5B7101A82E00800000000" + rand_hex(r, 56, True)
    plain = """Weekly look at the customercare@ and powerhousecatalog@ queues: items the intake bot sent to review, the catalog list-exchange deadline (May 28), and anything left over from storm week.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2YTU5%40thread.v2/0>
Meeting ID: 261 555 014 237
Passcode: Xy7kq2
________________________________________________________________________________
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Whitcomb, Dana":mailto:DWhitcomb@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com:mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran, Tunde":mailto:TOyelaran@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Weekly look at the customercare@ and powerhousecatalog@ queues.\\n
RRULE:FREQ=WEEKLY;UNTIL=20271230T150000Z;INTERVAL=1;BYDAY=TH;WKST=SU
UID:%s
SUMMARY;LANGUAGE=en-US:Privacy mailbox triage (weekly)
DTSTART;TZID=Central Standard Time:20270513T100000
DTEND;TZID=Central Standard Time:20270513T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270511T212200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % uid
    ics_lines = []
    for l in ics.split("\n"):
        while len(l) > 75:
            ics_lines.append(l[:75])
            l = " " + l[75:]
        ics_lines.append(l)
    ics = "\n".join(ics_lines)
    calp = raw_part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64(ics.replace("\n", "\r\n")))
    hh = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
          "<div>Weekly look at the customercare@ and powerhousecatalog@ queues: items the intake bot sent to review, "
          "the catalog list-exchange deadline (May 28), and anything left over from storm week.</div>\n"
          "<div style=\"margin-top:24px\"><b>Microsoft Teams meeting</b><br>"
          "<a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2YTU5%40thread.v2/0\">Join the meeting now</a><br>"
          "Meeting ID: 261 555 014 237<br>Passcode: Xy7kq2</div>\n</body></html>")
    bb = "_000_%s_" % (srv + rand_hex(r, 24, True))
    part = multipart("alternative", [text_part(plain, "plain", "utf-8", cte="quoted-printable"),
                                     text_part(hh, "html", "utf-8", cte="quoted-printable"), calp], bb)
    mach("cal-triage", "customercare", "2027-05-11 16:22:00",
         hop=(host, ip, helo), env_from="DWhitcomb@alliant-energy.com",
         auth=simple_auth(r, "alliant-energy.com", "alliant-energy.com", "alliant-energy.com", ip, "selector1",
                          mailfrom="DWhitcomb@alliant-energy.com"),
         headers=[("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n s=selector1;\n"
                   " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh=%s=;\n b=%s" % (rand_b64(r, 43), rand_b64(r, 70))),
                  ("From", "\"Whitcomb, Dana\" <DWhitcomb@alliant-energy.com>"),
                  ("To", "\"customercare@alliant-energy.com\" <customercare@alliant-energy.com>"),
                  ("CC", "\"Oyelaran, Tunde\" <TOyelaran@alliant-energy.com>"),
                  ("Subject", "Privacy mailbox triage (weekly)"),
                  ("Thread-Topic", "Privacy mailbox triage (weekly)"),
                  ("Thread-Index", "AdvCtQ" + rand_b64(r, 22) + "=="),
                  ("Date", "Tue, 11 May 2027 21:22:00 +0000"),
                  ("Message-ID", "<%s@%s>" % (srv + rand_hex(r, 30, True), fq)),
                  ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                  ("__CT__", None), ("MIME-Version", "1.0")],
         part=part, category="automated: calendar invitation", spec="internal Teams invitation to the shared mailbox",
         program="Outlook (Microsoft 365) meeting request",
         note="text/calendar METHOD:REQUEST from a colleague: an invitation is not a request for the bot (LABELS), and it must get no ack.")

    # ================================================================ Wed 12 May
    r = rng_for("seo")
    host, ip, env, ph, t, auth = T.prov_gmail(r, dt("2027-05-12 03:15:22"), "ryan@rankforgedigital.com",
                                              "rankforgedigital.com", "google")
    ph = [(n, v.replace("{RCPT}", CC)) for n, v in ph]
    body = """Hi there,

I was looking at alliant-energy.com and noticed a few things that are probably costing you traffic: 38 pages with missing meta descriptions, slow mobile load times on your outage map, and several broken backlinks from local news sites.

We help utilities and energy companies rank for high-intent searches like "community solar near me" and "smart thermostat rebate". Would you be open to a free 15-minute audit call this week?

Best,
Ryan Cole
Growth Lead | RankForge Digital
rankforgedigital.com

P.S. If you're not the right person, could you point me to whoever handles your website?"""
    bb = "0000000000%s" % rand_hex(r, 18)
    hb = '<div dir="ltr">' + "<br>".join(html.escape(l) for l in body.split("\n")) + "</div>"
    part = multipart("alternative", [strip7(text_part(body, "plain", "UTF-8")), strip7(text_part(hb, "html", "UTF-8"))], bb)
    mach("seo", "customercare", "2027-05-12 03:15:22", hop=(host, ip), env_from="ryan@rankforgedigital.com", auth=auth,
         headers=ph + [("MIME-Version", "1.0"), ("From", "Ryan Cole <ryan@rankforgedigital.com>"),
                       ("Date", "Wed, 12 May 2027 04:15:19 -0400"),
                       ("Message-ID", "<CA%s@mail.gmail.com>" % rand_chars(r, 52)),
                       ("Subject", "Quick question about alliant-energy.com"),
                       ("To", CC), ("__CT__", None)],
         part=part, category="automated: spam/outreach", spec="cold SEO pitch sent at 3 a.m.",
         program="Google Workspace (sequencer)",
         note="Cold sales outreach: written to look personal, but LABELS treats cold sales/SEO outreach as automated; no ack.")

    # ---------------------------------------------------------------- Exim bounce of the thermostat promo
    r = rng_for("bounce-exim")
    rcpt = "dkrebs@riverbendhosting.net"
    q = q_our(O.TS_EN, rcpt)
    copy = our_full_copy(q, rcpt, by_host="mx.riverbendhosting.net", by_time=dt("2027-05-12 10:03:50"), by_id="1uQzA2-0009Kx-3L")
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  dkrebs@riverbendhosting.net
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

""" + copy
    mach("bounce-exim", "customercare", "2027-05-12 10:04:09",
         hop=("mx.riverbendhosting.net", "203.0.113.52"), env_from=None,
         auth="\tspf=pass smtp.helo=mx.riverbendhosting.net;\n\tdkim=none",
         headers=[("Received", "from Debian-exim by mx.riverbendhosting.net with local (Exim 4.97)\n\tid 1uQzAM-0009LQ-0c\n"
                               "\tfor customercare@alliant-energy.com; Wed, 12 May 2027 10:04:08 -0500"),
                  ("X-Failed-Recipients", "dkrebs@riverbendhosting.net"),
                  ("Auto-Submitted", "auto-replied"),
                  ("From", "Mail Delivery System <Mailer-Daemon@mx.riverbendhosting.net>"),
                  ("To", CC),
                  ("References", q["msgid"]),
                  ("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit"),
                  ("Subject", "Mail delivery failed: returning message to sender"),
                  ("Message-Id", "<E1uQzAM-0009LQ-0c@mx.riverbendhosting.net>"),
                  ("Date", "Wed, 12 May 2027 10:04:08 -0500")],
         part=raw_part([], body),
         category="automated: bounce", spec="Exim 'mailbox is full' with the whole thermostat promo returned",
         program="Exim bounce",
         note="Exim bounce quoting our entire promo, including 'reply with the word unsubscribe'; text not written by anyone to us.")

    # ---------------------------------------------------------------- Spanish out-of-office (Outlook.com)
    r = rng_for("lucia-ooo")
    q = q_our(O.TS_ES, "lucia.benitez@outlook.com")
    body = """Hola,

Estoy de vacaciones visitando a mi familia en Michoacán hasta el 26 de mayo y tengo poco acceso al correo. Les respondo a mi regreso.

Saludos,
Lucía Benítez"""
    ob = "_000_%s_" % rand_hex(r, 40, True)
    part = multipart("alternative", [text_part(body, "plain", "iso-8859-1", cte="quoted-printable"),
                                     text_part("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
                                               + "".join("<div>%s</div>" % (html.escape(l) or "<br>") for l in body.split("\n"))
                                               + "</body></html>", "html", "iso-8859-1", cte="quoted-printable")], ob)
    host, ip, env, ph, t, auth, rdns, info = T.prov_outlook(r, dt("2027-05-12 10:07:12"), "lucia.benitez@outlook.com")
    mach("lucia-ooo", "customercare", "2027-05-12 10:07:12", hop=(rdns, ip, host), env_from=None, auth=auth,
         headers=ph + [("From", addr("Lucía Benítez", "lucia.benitez@outlook.com")),
                       ("To", "Alliant Energy <%s>" % CC),
                       ("Subject", ew("Respuesta automática: " + O.TS_ES["subject"])),
                       ("Thread-Topic", ew(O.TS_ES["subject"])),
                       ("Thread-Index", "AQHbw0" + rand_b64(r, 22) + "=="),
                       ("Date", "Wed, 12 May 2027 15:07:12 +0000"),
                       ("Message-ID", "<%s@%s>" % (info["srv"] + rand_hex(r, 30, True), info["self_srv"])),
                       ("References", q["msgid"]), ("In-Reply-To", q["msgid"]),
                       ("Auto-Submitted", "auto-replied"),
                       ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-TNEF-Correlator", ""),
                       ("__CT__", None), ("MIME-Version", "1.0")],
         part=part, category="automated: auto-reply", spec="Spanish out-of-office answering the Spanish promo",
         language="es", program="Outlook.com automatic reply",
         note="Spanish auto-reply (Auto-Submitted) to our Spanish thermostat promo; machine.")

    # ---------------------------------------------------------------- ESP campaign report
    r = rng_for("esp-report")
    body = """SendHarbor campaign report

Campaign:     AE-TS-2705  Spring thermostat rebate (EN)
Sent:         Wed, May 12, 2027 10:00 AM CDT
Report time:  3 hours after send

Recipients            182,440
Delivered             180,912  (99.2%)
Hard bounces              611
Soft bounces              917
Unique opens           41,806  (23.1%)
Unique clicks           3,102  (1.7%)
Unsubscribes              288
Spam complaints            19

Replies to this campaign go to customercare@alliant-energy.com and are
not counted above. Unsubscribes and complaints have been added to the
account suppression list automatically.

View the full report: https://app.sendharbor.com/r/AE-TS-2705

You are receiving this report because you are listed as a report
recipient for the Alliant Energy account. Change report settings:
https://app.sendharbor.com/settings/reports"""
    mach("esp-report", "customercare", "2027-05-12 13:00:40",
         hop=("o12.mta.sendharbor.com", "203.0.113.12"), env_from="reports-bounces@sendharbor.com",
         auth=simple_auth(r, "sendharbor.com", "sendharbor.com", "sendharbor.com", "203.0.113.12", "sh1",
                          mailfrom="reports-bounces@sendharbor.com"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "sendharbor.com", "sh1", epoch(dt("2027-05-12 13:00:40")),
                                                "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")),
                  ("From", "SendHarbor Reports <reports@sendharbor.com>"),
                  ("To", CC),
                  ("Subject", "Campaign report: AE-TS-2705 Spring thermostat rebate (EN)"),
                  ("Date", "Wed, 12 May 2027 18:00:39 +0000"),
                  ("Message-ID", "<report.AE-TS-2705.3h.%s@sendharbor.com>" % rand_hex(r, 12)),
                  ("Auto-Submitted", "auto-generated"),
                  ("X-SH-Report", "campaign-summary"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(body, "plain", "utf-8", cte="7bit"),
         category="automated: vendor/partner notice", spec="e-mail service provider's campaign report",
         program="ESP report mailer",
         note="System notification from our e-mail vendor; counts 'unsubscribes' but asks nothing.")

    # ================================================================ Thu 13 May: list post (reply-all to our question)
    r = rng_for("list-cx-1")
    body = """We went back and forth on this last year. What we landed on:

- STOP (or BAJA, or "unsubscribe") as a reply to an outage text or e-mail is treated as a request to stop *that channel of outage alerts*, not as a marketing opt-out. The member gets a confirmation that tells them they'll stop getting outage alerts by that channel and how to turn them back on.
- Anything ambiguous ("stop", "quit it") with no context goes to a person. The volume is low except on storm nights.
- We never let a reply to a service message remove someone from the bill or payment notices.

Our regulator was fine with it once we showed them the confirmation text. Happy to share our script off-list.

Jen

On 5/12/27 4:41 PM, Alliant Energy Customer Care wrote:
> Question for the group: how do you handle one-word replies such as STOP
> to outage alerts? Treat them as marketing opt-outs, service opt-outs,
> or route them to staff?

--
Jen Aldridge | Member Services Manager
Prairie Rivers Electric Cooperative
_______________________________________________
utility-cx mailing list -- utility-cx@lists.utilitycxforum.org
To unsubscribe send an email to utility-cx-leave@lists.utilitycxforum.org"""
    mach("list-cx-1", "customercare", "2027-05-13 08:55:31",
         hop=("lists.utilitycxforum.org", "203.0.113.30"), env_from="utility-cx-bounces@lists.utilitycxforum.org",
         auth=simple_auth(r, "prairieriverselectric.coop", "lists.utilitycxforum.org", "prairieriverselectric.coop",
                          "203.0.113.30", "mail", mailfrom="utility-cx-bounces@lists.utilitycxforum.org") + ";\n\tarc=pass",
         headers=[("Received", "from lists.utilitycxforum.org (localhost [127.0.0.1])\n\tby lists.utilitycxforum.org (Postfix) with ESMTP id 4Vc1kR2yZ3z2YpQ\n"
                               "\tfor <customercare@alliant-energy.com>; Thu, 13 May 2027 13:55:30 +0000 (UTC)"),
                  ("DKIM-Signature", T.dkim_sig(r, "prairieriverselectric.coop", "mail", epoch(dt("2027-05-13 08:55:31")),
                                                "From:To:Cc:Subject:Date:Message-ID:In-Reply-To:References")),
                  ("Message-ID", "<%s@prairieriverselectric.coop>" % uuid_like(rng_for("list-cx-1-id"), False)),
                  ("Date", "Thu, 13 May 2027 08:55:12 -0500"),
                  ("MIME-Version", "1.0"),
                  ("User-Agent", "Mozilla Thunderbird"),
                  ("Subject", "[utility-cx] Re: One-word STOP replies to outage alerts?"),
                  ("To", "utility-cx@lists.utilitycxforum.org"),
                  ("Cc", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
                  ("References", "<cc-forum-q.20270512@alliant-energy.com>"),
                  ("From", "Jen Aldridge <jaldridge@prairieriverselectric.coop>"),
                  ("In-Reply-To", "<cc-forum-q.20270512@alliant-energy.com>"),
                  ("Content-Language", "en-US"),
                  ("__CT__", None),
                  ("Message-ID-Hash", "Q7ZK3BXN4M2VDTQ5YH6LJ8WPR1FSA9EC"),
                  ("X-Message-ID-Hash", "Q7ZK3BXN4M2VDTQ5YH6LJ8WPR1FSA9EC"),
                  ("X-MailFrom", "jaldridge@prairieriverselectric.coop"),
                  ("X-Mailman-Version", "3.3.9"),
                  ("Precedence", "list"),
                  ("List-Id", "Utility customer experience forum <utility-cx.lists.utilitycxforum.org>"),
                  ("Archived-At", "<https://lists.utilitycxforum.org/archives/list/utility-cx@lists.utilitycxforum.org/message/Q7ZK3BXN4M2VDTQ5YH6LJ8WPR1FSA9EC/>"),
                  ("List-Archive", "<https://lists.utilitycxforum.org/archives/list/utility-cx@lists.utilitycxforum.org/>"),
                  ("List-Help", "<mailto:utility-cx-request@lists.utilitycxforum.org?subject=help>"),
                  ("List-Owner", "<mailto:utility-cx-owner@lists.utilitycxforum.org>"),
                  ("List-Post", "<mailto:utility-cx@lists.utilitycxforum.org>"),
                  ("List-Subscribe", "<mailto:utility-cx-join@lists.utilitycxforum.org>"),
                  ("List-Unsubscribe", "<mailto:utility-cx-leave@lists.utilitycxforum.org>")],
         part=text_part(body, "plain", "UTF-8", cte="7bit", ct_extra="; format=flowed", charset_quoted=False),
         category="automated: list post", spec="mailing-list reply that Cc's our mailbox; full of STOP/opt-out talk",
         program="Mailman 3 list (Thunderbird author)",
         note="Mailing-list post (List-Id, Precedence: list) cc'd to us because our team asked the question; a person wrote it but it is list traffic, automated per LABELS.")

    # ---------------------------------------------------------------- partner: list exchange reminder
    r = rng_for("cardinal")
    body = """Dear PowerHouse Catalog team,

This is a reminder that the Q2 cooperative list exchange window closes on Friday, May 28, 2027 at 5:00 PM ET.

Before we release your file to this quarter's exchange partners (Hearth & Harvest, Northwoods Outfitters, Prairie Home Goods), please confirm in the partner portal that your latest do-not-share / do-not-rent suppression has been applied. Files without a confirmed suppression date after May 1 will be held.

Your current status:
  Last suppression file:   05/07/2027 (1,214 records)
  Confirmed by:            not yet confirmed
  Records offered:         names and postal addresses only

Confirm here: https://partners.cardinallistexchange.com/confirm/PHC-2027Q2

This mailbox is not monitored. Please use the portal or contact partner support at 614-555-0172.

Cardinal List Exchange
Columbus, Ohio"""
    mach("cardinal", "powerhousecatalog", "2027-05-13 15:40:18",
         hop=("mail-out3.cardinallistexchange.com", "203.0.113.203"), env_from="notices@cardinallistexchange.com",
         auth=simple_auth(r, "cardinallistexchange.com", "cardinallistexchange.com", "cardinallistexchange.com",
                          "203.0.113.203", "cle1", mailfrom="notices@cardinallistexchange.com"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "cardinallistexchange.com", "cle1", epoch(dt("2027-05-13 15:40:18")),
                                                "From:To:Subject:Date:Message-ID")),
                  ("Date", "Thu, 13 May 2027 16:40:17 -0400"),
                  ("From", "Cardinal List Exchange <notices@cardinallistexchange.com>"),
                  ("To", "PowerHouse Catalog <%s>" % PH),
                  ("Subject", "Reminder: Q2 list exchange closes May 28 - confirm do-not-share suppression"),
                  ("Message-ID", "<cle.reminder.PHC-2027Q2.%s@cardinallistexchange.com>" % rand_hex(r, 10)),
                  ("X-Mailer", "CLE Partner Notices"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(body, "plain", "utf-8", cte="7bit"),
         category="automated: vendor/partner notice", spec="list-exchange broker reminder about do-not-share suppression",
         program="partner notice system",
         note="Partner system mail using 'do-not-share' and 'do-not-rent' about our own file: not a customer's opt-out.")

    # ================================================================ Fri 14 May
    r = rng_for("phish-es")
    html_es = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Verdana,sans-serif">
<p><b>Alliant Energy - Servicio al Cliente</b></p>
<p>Estimado cliente:</p>
<p>Le informamos que su cuenta tiene un saldo vencido de <b>$212.40</b>. Si no realiza el pago hoy, su servicio de electricidad será <b>desconectado en las próximas 24 horas</b>.</p>
<p>Para evitar la desconexión, confirme sus datos de pago aquí:</p>
<p><a href="http://alliant-energia-pagos.com/es/pago?c=88213">CONFIRMAR PAGO</a></p>
<p>Gracias por su atención.<br>Departamento de Facturación<br>Alliant Energy</p>
<p style="font-size:9px">Este es un mensaje automático, por favor no responda.</p>
</body></html>"""
    mach("phish-es", "customercare", "2027-05-14 02:10:55",
         hop=("mail.alliant-energia-pagos.com", "203.0.113.191"), env_from="aviso@alliant-energia-pagos.com",
         auth=simple_auth(r, None, "alliant-energia-pagos.com", "alliant-energia-pagos.com", "203.0.113.191", "x",
                          mailfrom="aviso@alliant-energia-pagos.com", spf="neutral", dkim="none", dmarc="none"),
         tls=False,
         headers=[("Message-ID", "<%s@alliant-energia-pagos.com>" % rand_hex(r, 24)),
                  ("From", addr("Alliant Energy Servicio al Cliente", "aviso@alliant-energia-pagos.com")),
                  ("To", CC),
                  ("Subject", ew("Aviso urgente: su servicio será desconectado hoy", "windows-1252", "Q")),
                  ("Date", "Fri, 14 May 2027 07:10:52 +0000"),
                  ("MIME-Version", "1.0"), ("__CT__", None),
                  ("X-Priority", "1")],
         part=text_part(html_es, "html", "windows-1252", cte="base64"),
         category="automated: phishing", spec="Spanish-language fake disconnection notice", language="es",
         program="bulk spam sender",
         note="Spanish phishing impersonating us (base64 windows-1252 HTML); automated.")

    # ---------------------------------------------------------------- efficiency newsletter
    r = rng_for("heartland-nl")
    txt = """HEARTLAND EFFICIENCY NETWORK | May Member Update

* Registration is open for the Summer Efficiency Forum, July 13-14, Des Moines.
* New guide: Weatherization referrals for renters.
* Member spotlight: how a Wisconsin co-op tripled heat-pump rebate uptake.
* Webinar, May 26: Measuring savings from smart thermostat programs.

Read online: https://heartlandefficiency.org/updates/2027-05

You are subscribed as customercare@alliant-energy.com.
Unsubscribe: https://heartlandefficiency.org/list/unsub?m=55102&e=customercare%40alliant-energy.com
Heartland Efficiency Network, 301 E Walnut St, Des Moines, IA 50309"""
    hh = ("<html><body style=\"font-family:Arial\"><h2>Heartland Efficiency Network</h2><p>May Member Update</p><ul>"
          "<li>Registration is open for the Summer Efficiency Forum, July 13-14, Des Moines.</li>"
          "<li>New guide: Weatherization referrals for renters.</li>"
          "<li>Member spotlight: how a Wisconsin co-op tripled heat-pump rebate uptake.</li>"
          "<li>Webinar, May 26: Measuring savings from smart thermostat programs.</li></ul>"
          "<p style=\"font-size:11px\">You are subscribed as customercare@alliant-energy.com. "
          "<a href=\"https://heartlandefficiency.org/list/unsub?m=55102&amp;e=customercare%40alliant-energy.com\">Unsubscribe</a></p>"
          "</body></html>")
    bb = "==_hen_%s" % rand_hex(r, 16)
    part = multipart("alternative", [text_part(txt, "plain", "utf-8", cte="quoted-printable"),
                                     text_part(hh, "html", "utf-8", cte="quoted-printable")], bb)
    mach("heartland-nl", "customercare", "2027-05-14 11:20:07",
         hop=("mta-07.listhost.heartlandefficiency.org", "203.0.113.107"), env_from="bounce+55102-cc@heartlandefficiency.org",
         auth=simple_auth(r, "heartlandefficiency.org", "heartlandefficiency.org", "heartlandefficiency.org",
                          "203.0.113.107", "hen", mailfrom="bounce+55102-cc@heartlandefficiency.org"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "heartlandefficiency.org", "hen", epoch(dt("2027-05-14 11:20:07")),
                                                "From:To:Subject:Date:List-Unsubscribe:Message-ID")),
                  ("From", "Heartland Efficiency Network <updates@heartlandefficiency.org>"),
                  ("To", CC),
                  ("Subject", "May Member Update: Summer Forum registration, renter weatherization guide"),
                  ("Date", "Fri, 14 May 2027 11:20:05 -0500"),
                  ("Message-ID", "<55102.%s@heartlandefficiency.org>" % rand_hex(r, 14)),
                  ("List-Unsubscribe", "<https://heartlandefficiency.org/list/unsub?m=55102&e=customercare%40alliant-energy.com>,\n"
                                       " <mailto:unsubscribe-55102@heartlandefficiency.org>"),
                  ("List-Id", "<members.heartlandefficiency.org>"),
                  ("Precedence", "bulk"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=part, category="automated: newsletter", spec="member newsletter of an efficiency association",
         program="association list mailer",
         note="Bulk member update with List-Unsubscribe; automated.")

    # ---------------------------------------------------------------- read receipt for staff reply to Linda
    r = rng_for("mdn-outlook")
    staff_id = "<reply.CC-2027-05-10655.1@alliant-energy.com>"
    stamp = "01DBC4%s.%s" % (rand_hex(r, 2, True), rand_hex(r, 8, True))
    bnd = "----=_NextPart_000_0007_%s" % stamp
    txt = """Your message

  To: lkessel@charter.net
  Subject: RE: Question about unsubscribing
  Sent: Friday, May 14, 2027 1:52 PM

was read on Friday, May 14, 2027 2:29 PM."""
    mdn = """Reporting-UA: DESKTOP-4KQ2M7L; Microsoft Outlook 16.0
Final-Recipient: rfc822;lkessel@charter.net
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % staff_id
    part = multipart("report", [text_part(txt, "plain", "us-ascii", cte="7bit"),
                                raw_part([("Content-Type", "message/disposition-notification")], mdn)], bnd,
                     preamble="This is a multipart message in MIME format.\n")
    part.headers = [("Content-Type", 'multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % bnd)]
    relay = "p-mta-%02d.email.charter.net" % r.randint(1, 12)
    rip = "47.43.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    mach("mdn-outlook", "customercare", "2027-05-14 14:29:44",
         hop=(relay, rip), env_from="lkessel@charter.net",
         auth=simple_auth(r, "charter.net", "charter.net", "charter.net", rip, "spectrum", mailfrom="lkessel@charter.net"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "charter.net", "spectrum", epoch(dt("2027-05-14 14:29:44")),
                                                "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type")),
                  ("From", "\"Linda Kessel\" <lkessel@charter.net>"),
                  ("To", "\"Alliant Energy Customer Care\" <%s>" % CC),
                  ("References", staff_id),
                  ("In-Reply-To", staff_id),
                  ("Subject", "Read: RE: Question about unsubscribing"),
                  ("Date", "Fri, 14 May 2027 14:29:42 -0500"),
                  ("Message-ID", "<000801dbc4%s$%s$%s$@charter.net>" % (rand_hex(r, 6), rand_hex(r, 8), rand_hex(r, 8))),
                  ("MIME-Version", "1.0"), ("__CT__", None),
                  ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Thread-Index", "AQH" + rand_b64(r, 29) + "=="),
                  ("Content-Language", "en-us")],
         part=part, category="automated: read receipt", spec="Outlook read receipt for a staff answer",
         program="Outlook desktop MDN",
         note="Read receipt from a customer's Outlook (she is a real customer elsewhere in the set); an MDN is machine mail, never acknowledged.")

    # ---------------------------------------------------------------- OOO answering the outage alert
    r = rng_for("nguyen-ooo")
    host, ip, helo = m365_hop(r, "NAM11-CO1")
    srv, fq = exch_id(r)
    q = q_our(O.outage_alert("2290 Partridge Ln, Marion, IA 52302", "O-2705-14-0497"), "tnguyen@marionschools-ia.org")
    body = """Thank you for your message. I am out of the office Friday, May 14 for district professional development and will respond on Monday.

Thanh Nguyen
Science Department, Marion High School"""
    part = multipart("alternative", [text_part(body, "plain", "us-ascii", cte="quoted-printable"),
                                     text_part("<html><body><div>" + html.escape(body).replace("\n", "<br>\n")
                                               + "</div></body></html>", "html", "us-ascii", cte="quoted-printable")],
                     "_000_%s_" % (srv + rand_hex(r, 20, True)))
    mach("nguyen-ooo", "customercare", "2027-05-14 21:38:58",
         hop=(host, ip, helo), env_from=None,
         auth=simple_auth(r, "marionschools-ia.org", "marionschools-ia.org", "marionschools-ia.org", ip, "selector1"),
         headers=[("From", "\"Nguyen, Thanh\" <tnguyen@marionschools-ia.org>"),
                  ("To", "Alliant Energy Customer Care <%s>" % CC),
                  ("Subject", "Automatic reply: Outage alert: power is out at your address"),
                  ("Thread-Topic", "Outage alert: power is out at your address"),
                  ("Thread-Index", "AQHbxQ" + rand_b64(r, 22) + "=="),
                  ("Date", "Sat, 15 May 2027 02:38:57 +0000"),
                  ("Message-ID", "<%s@%s>" % (rand_hex(r, 32, True), fq)),
                  ("References", q["msgid"]), ("In-Reply-To", q["msgid"]),
                  ("Auto-Submitted", "auto-replied"),
                  ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-TNEF-Correlator", ""),
                  ("__CT__", None), ("MIME-Version", "1.0")],
         part=part, category="automated: auto-reply", spec="out-of-office answering the outage alert via its Reply-To",
         program="Exchange Online auto-reply",
         note="Out-of-office sent to the alert's Reply-To (customercare@) within seconds of the alert.")

    # ================================================================ Sat 15 May
    r = rng_for("gloria-vac")
    q = q_our(O.restored("918 Lindale Dr, Marion, IA 52302", "O-2705-14-0512", "2027-05-15 14:28:40"), "gloriamertz@yahoo.com")
    body = """This is an automatic reply. I am on vacation until May 23 and I am not checking email. I will answer when I get back.

- Gloria"""
    host, ip, env, ph, t, auth = T.prov_yahoo(r, dt("2027-05-15 14:30:02"), "gloriamertz@yahoo.com")
    ms = epoch(dt("2027-05-15 14:30:02")) * 1000 + 211
    bb = "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), ms)
    part = multipart("alternative", [text_part(body, "plain", "UTF-8", cte="7bit", charset_quoted=False),
                                     text_part("<html><head></head><body><div>" + html.escape(body).replace("\n", "<br>")
                                               + "</div></body></html>", "html", "UTF-8", cte="7bit", charset_quoted=False)], bb)
    mach("gloria-vac", "customercare", "2027-05-15 14:30:02", hop=(host, ip), env_from="gloriamertz@yahoo.com", auth=auth,
         headers=ph + [("Date", "Sat, 15 May 2027 19:30:01 +0000 (UTC)"),
                       ("From", "Gloria Mertz <gloriamertz@yahoo.com>"),
                       ("To", "Alliant Energy Customer Care <%s>" % CC),
                       ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 999999999), r.randint(100000, 999999), ms)),
                       ("In-Reply-To", q["msgid"]),
                       ("Subject", "Re: Power restored at your address"),
                       ("MIME-Version", "1.0"), ("__CT__", None)],
         part=part, category="automated: auto-reply", spec="vacation reply to the restoration notice, no Auto-Submitted",
         program="Yahoo Mail vacation response",
         note="Headerless auto-reply (no Auto-Submitted; 'Re:' subject like a person's reply); the text says it is automatic.")

    # ================================================================ Sun 16 May: catalog phishing
    r = rng_for("phish-ph")
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#fafafa;font-family:Helvetica,Arial">
<div style="max-width:540px;margin:auto;background:#fff;padding:24px;border:1px solid #ddd">
<p style="font-size:22px;color:#2e7d32"><b>PowerHouse Catalog</b> &middot; Customer Rewards</p>
<p>Congratulations! As a valued Garden &amp; Grill customer you have been selected to receive a <b>$100 PowerHouse reward card</b>.</p>
<p>To claim it, complete our 30-second customer survey and pay only <b>$4.95 shipping</b>.</p>
<p style="text-align:center"><a href="https://powerhouse-catalog-gifts.com/claim?u=ph88213" style="background:#2e7d32;color:#fff;padding:14px 28px;border-radius:4px;text-decoration:none">CLAIM MY $100 REWARD</a></p>
<p style="font-size:11px;color:#888">Offer expires in 24 hours. Limit one per household.<br>
To unsubscribe from reward notices <a href="https://powerhouse-catalog-gifts.com/unsub">click here</a>.</p>
</div></body></html>"""
    mach("phish-ph", "powerhousecatalog", "2027-05-16 08:00:14",
         hop=("smtp4.bulkrelay-mx.net", "203.0.113.144"), env_from="rewards@powerhouse-catalog-gifts.com",
         auth=simple_auth(r, "powerhouse-catalog-gifts.com", "powerhouse-catalog-gifts.com", "powerhouse-catalog-gifts.com",
                          "203.0.113.144", "s1", mailfrom="rewards@powerhouse-catalog-gifts.com", spf="pass", dmarc="pass"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "powerhouse-catalog-gifts.com", "s1", epoch(dt("2027-05-16 08:00:14")),
                                                "From:To:Subject:Date:Message-ID")),
                  ("From", "PowerHouse Rewards <rewards@powerhouse-catalog-gifts.com>"),
                  ("To", PH),
                  ("Subject", "Your $100 Garden & Grill reward is waiting (expires today)"),
                  ("Date", "Sun, 16 May 2027 13:00:11 +0000"),
                  ("Message-ID", "<%s.%s@powerhouse-catalog-gifts.com>" % (rand_hex(r, 16), rand_hex(r, 6))),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(h, "html", "utf-8", cte="base64"),
         category="automated: phishing", spec="gift-card scam impersonating PowerHouse (authenticates for its own domain)",
         program="bulk spam sender",
         note="Phishing pretending to be PowerHouse; passes SPF/DKIM for its own look-alike domain, so authentication alone does not clear it.")

    # ================================================================ Mon 17 May
    r = rng_for("sendmail-bounce")
    staff = {"from": "Alliant Energy Customer Care <customercare@alliant-energy.com>", "from_addr": CC,
             "subject": "RE: Final bill for 318 W 3rd St Apt 2", "date": dt("2027-05-17 07:04:55"),
             "msgid": "<reply.CC-2027-05-10688.1@alliant-energy.com>",
             "text": """Hello Jacob,

Thank you for letting us know about your move. Service at 318 W 3rd St
Apt 2 will end on May 31, and your final bill will be e-mailed to this
address about five business days later.

Alliant Energy Customer Care"""}
    qid = "4AHC58Yv012345"
    bnd = "%s.%d/mx2.northprairie.edu" % (qid, epoch(dt("2027-05-17 07:05:05")))
    txt = """The original message was received at Mon, 17 May 2027 07:04:58 -0500 (CDT)
from mailout02.alliant-energy.com [198.51.100.62]

   ----- The following addresses had permanent fatal errors -----
<jakers@students.northprairie.edu>
    (reason: 550 5.1.1 <jakers@students.northprairie.edu>... User unknown: account closed after graduation)

   ----- Transcript of session follows -----
... while talking to students.northprairie.edu.:
>>> DATA
<<< 550 5.1.1 <jakers@students.northprairie.edu>... User unknown: account closed after graduation
550 5.1.1 <jakers@students.northprairie.edu>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)"""
    ds = """Reporting-MTA: dns; mx2.northprairie.edu
Received-From-MTA: DNS; mailout02.alliant-energy.com
Arrival-Date: Mon, 17 May 2027 07:04:58 -0500 (CDT)

Final-Recipient: RFC822; jakers@students.northprairie.edu
Action: failed
Status: 5.1.1
Remote-MTA: DNS; students.northprairie.edu
Diagnostic-Code: SMTP; 550 5.1.1 <jakers@students.northprairie.edu>... User unknown: account closed after graduation
Last-Attempt-Date: Mon, 17 May 2027 07:05:05 -0500 (CDT)
"""
    orig = ("Received: from mailout02.alliant-energy.com (mailout02.alliant-energy.com [198.51.100.62])\n"
            "\tby mx2.northprairie.edu (8.18.1/8.18.1) with ESMTPS id 4AHC58Yv012345\n"
            "\tfor <jakers@students.northprairie.edu>; Mon, 17 May 2027 07:04:58 -0500 (CDT)\n"
            "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\n"
            "To: Jacob Akers <jakers@students.northprairie.edu>\n"
            "Subject: RE: Final bill for 318 W 3rd St Apt 2\n"
            "Date: Mon, 17 May 2027 07:04:55 -0500\n"
            "Message-ID: <reply.CC-2027-05-10688.1@alliant-energy.com>\n"
            "In-Reply-To: <CAJ8v2Lm0pQ=stud3nt.x9@mail.gmail.com>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\n"
            "Content-Transfer-Encoding: 7bit\n\n" + staff["text"] + "\n")
    part = multipart("report", [
        text_part(txt, "plain", "us-ascii", cte="7bit", charset_quoted=False),
        raw_part([("Content-Type", "message/delivery-status")], ds),
        raw_part([("Content-Type", "message/rfc822")], orig),
    ], bnd, preamble="This is a MIME-encapsulated message\n")
    part.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)]
    mach("sendmail-bounce", "customercare", "2027-05-17 07:05:05",
         hop=("mx2.northprairie.edu", "203.0.113.165"), env_from=None,
         auth="\tspf=pass smtp.helo=mx2.northprairie.edu;\n\tdkim=none",
         headers=[("Received", "from localhost (localhost)\n\tby mx2.northprairie.edu (8.18.1/8.18.1) id 4AHC55Yv012360;\n"
                               "\tMon, 17 May 2027 07:05:05 -0500 (CDT)"),
                  ("Date", "Mon, 17 May 2027 07:05:05 -0500 (CDT)"),
                  ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx2.northprairie.edu>"),
                  ("Message-Id", "<202705171205.4AHC55Yv012360@mx2.northprairie.edu>"),
                  ("To", "<%s>" % CC),
                  ("MIME-Version", "1.0"), ("__CT__", None),
                  ("Subject", "Returned mail: see transcript for details"),
                  ("Auto-Submitted", "auto-generated (failure)")],
         part=part, category="automated: bounce", spec="sendmail DSN: graduate's student address closed",
         program="sendmail DSN",
         note="Sendmail bounce of a staff reply to a graduating student; the returned message is ours.")

    # ---------------------------------------------------------------- challenge-response on our ack
    r = rng_for("challenge")
    body = """Hello,

You recently sent a message to kjorgensen@mchsi.com with the subject:

    "We received your request [CC-2027-05-10704]"

To protect against spam, kjorgensen@mchsi.com uses MailGuardian. Your message is being held. To have it delivered, please confirm that you are a person (you only need to do this once):

    https://verify.mailguardian-cr.com/c/8XK2-77QF-MD3P

If you did not send this message, you can ignore this notice.

--
MailGuardian challenge-response. This message was sent automatically; replies are not read."""
    mach("challenge", "customercare", "2027-05-17 07:30:21",
         hop=("out2.mailguardian-cr.com", "203.0.113.222"), env_from="bounce@mailguardian-cr.com",
         auth=simple_auth(r, "mailguardian-cr.com", "mailguardian-cr.com", "mailguardian-cr.com", "203.0.113.222",
                          "mg", mailfrom="bounce@mailguardian-cr.com"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "mailguardian-cr.com", "mg", epoch(dt("2027-05-17 07:30:21")),
                                                "From:To:Subject:Date:Message-ID:Auto-Submitted")),
                  ("From", "MailGuardian for kjorgensen@mchsi.com <verify@mailguardian-cr.com>"),
                  ("To", "Alliant Energy Customer Care <%s>" % CC),
                  ("Subject", "Please confirm your message to kjorgensen@mchsi.com"),
                  ("Date", "Mon, 17 May 2027 12:30:20 +0000"),
                  ("Message-ID", "<cr.%s@mailguardian-cr.com>" % rand_hex(r, 20)),
                  ("In-Reply-To", "<ack.CC-2027-05-10704@alliant-energy.com>"),
                  ("Auto-Submitted", "auto-replied"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(body, "plain", "utf-8", cte="7bit"),
         category="automated: challenge-response", spec="challenge-response filter holding our acknowledgement",
         program="challenge-response service",
         note="Challenge-response to our ack (LABELS lists it as automated); clicking or answering would be a loop.")

    # ---------------------------------------------------------------- CRM export notice
    r = rng_for("crm-export")
    body = """Hi PowerHouse Catalog,

Your scheduled export has finished.

Export:     PowerHouse - Do Not Share (weekly)
Records:    4,318
Format:     CSV (UTF-8)
Generated:  May 17, 2027 9:44 AM CDT
Expires:    May 24, 2027

Download: https://app.ledgerlinecrm.com/exports/dl/7f3a2c91e0b4

You're receiving this because you own this scheduled export. Manage
notifications in Settings > Exports.

Ledgerline CRM, Inc."""
    hh = "<html><body>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>"
    part = multipart("alternative", [text_part(body, "plain", "utf-8", cte="7bit"),
                                     text_part(hh, "html", "utf-8", cte="quoted-printable")], "b_%s" % rand_hex(r, 24))
    mach("crm-export", "powerhousecatalog", "2027-05-17 09:45:02",
         hop=("a7-19.smtp-out.ledgerlinecrm.com", "203.0.113.19"), env_from="0100018f-exports@mail.ledgerlinecrm.com",
         auth=simple_auth(r, "ledgerlinecrm.com", "mail.ledgerlinecrm.com", "ledgerlinecrm.com", "203.0.113.19", "ll1",
                          mailfrom="0100018f-exports@mail.ledgerlinecrm.com"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "ledgerlinecrm.com", "ll1", epoch(dt("2027-05-17 09:45:02")),
                                                "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")),
                  ("From", "Ledgerline CRM <no-reply@ledgerlinecrm.com>"),
                  ("To", PH),
                  ("Subject", "Your scheduled export \"PowerHouse - Do Not Share (weekly)\" is ready"),
                  ("Date", "Mon, 17 May 2027 14:45:01 +0000"),
                  ("Message-ID", "<0100018f%s-%s@email.ledgerlinecrm.com>" % (rand_hex(r, 8), uuid_like(r, False))),
                  ("Auto-Submitted", "auto-generated"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=part, category="automated: vendor/partner notice", spec="CRM scheduled-export notice named 'Do Not Share'",
         program="CRM notification",
         note="CRM export notice; its subject literally says 'Do Not Share' but it is a system notification (LABELS).")

    # ---------------------------------------------------------------- Gmail DSN for an ack (Workspace over quota)
    r = rng_for("gmail-dsn")
    rcpt = "pnovak@novakfarms.net"
    ackq = O.ack("CC-2027-05-10719", "May 17, 2027", "2027-05-17 13:01:20")
    lines, _ = our_header_lines(ackq, rcpt)
    txt = """** Message not delivered **

Your message couldn't be delivered to pnovak@novakfarms.net because the
remote server's mailbox is full.

The response was:

552-5.2.2 The recipient's inbox is out of storage space and inactive. Please
direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm"""
    hh = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial\"><h1>Message not delivered</h1>"
          "<p>Your message couldn't be delivered to <b>pnovak@novakfarms.net</b> because the remote server's mailbox is full.</p>"
          "<p>The response was:</p><p>552-5.2.2 The recipient's inbox is out of storage space and inactive.</p></div></body></html>")
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 17 May 2027 11:01:21 -0700 (PDT)
X-Original-Message-ID: <ack.CC-2027-05-10719@alliant-energy.com>

Final-Recipient: rfc822; pnovak@novakfarms.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive.
Last-Attempt-Date: Mon, 17 May 2027 11:02:03 -0700 (PDT)
"""
    ob = "0000000000%s" % rand_hex(r, 18)
    ib = "0000000000%s" % rand_hex(r, 18)
    inner = multipart("related", [multipart("alternative", [text_part(txt, "plain", "UTF-8", cte="7bit"),
                                                            text_part(hh, "html", "UTF-8", cte="quoted-printable")], ib)],
                      "0000000000%s" % rand_hex(r, 18))
    part = multipart("report", [inner, raw_part([("Content-Type", "message/delivery-status")], ds),
                                raw_part([("Content-Type", "text/rfc822-headers")], headers_text(lines))], ob)
    part.headers = [("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % ob)]
    host, ip, env, ph, t, auth = T.prov_gmail(r, dt("2027-05-17 13:02:04"), "", "googlemail.com", "20230601")
    ph = [(n, v.replace("{RCPT}", CC)) for n, v in ph if n in ("Received", "DKIM-Signature", "X-Received")]
    mach("gmail-dsn", "customercare", "2027-05-17 13:02:04", hop=(host, ip), env_from=None,
         auth=("\tdkim=pass (2048-bit key; unprotected) header.d=googlemail.com header.i=@googlemail.com header.a=rsa-sha256 "
               "header.s=20230601 header.b=%s;\n\tspf=pass smtp.helo=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=googlemail.com"
               % (rand_b64(r, 8), host)),
         headers=ph + [("Auto-Submitted", "auto-replied"),
                       ("Message-ID", "<66478a2c.%s.%s@mx.google.com>" % (rand_hex(r, 12), rand_hex(r, 4))),
                       ("Date", "Mon, 17 May 2027 11:02:04 -0700 (PDT)"),
                       ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                       ("To", CC),
                       ("__CT__", None),
                       ("Subject", "Delivery Status Notification (Failure)"),
                       ("References", ackq["msgid"]),
                       ("In-Reply-To", ackq["msgid"]),
                       ("X-Failed-Recipients", "pnovak@novakfarms.net")],
         part=part, category="automated: bounce", spec="Gmail DSN: acknowledgement bounced, inbox over quota",
         program="Gmail DSN",
         note="Bounce of our own acknowledgement; must not trigger another ack.")

    # ================================================================ Tue 18 May
    r = rng_for("qmail-bounce")
    rcpt = "dwahl@iowaruralnet.net"
    q = q_our(O.CS, rcpt)
    copy = our_full_copy(q, rcpt, received=[
        "(qmail 21877 invoked from network); 18 May 2027 14:00:58 -0000",
        "from mailout02.alliant-energy.com (HELO mailout02.alliant-energy.com) (198.51.100.62)\n"
        "  by mail.iowaruralnet.net with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 18 May 2027 14:00:58 -0000"])
    body = """Hi. This is the qmail-send program at mail.iowaruralnet.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dwahl@iowaruralnet.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <customercare@alliant-energy.com>
""" + copy
    mach("qmail-bounce", "customercare", "2027-05-18 09:01:02",
         hop=("mail.iowaruralnet.net", "203.0.113.66"), env_from=None, tls=False,
         auth="\tspf=none smtp.helo=mail.iowaruralnet.net;\n\tdkim=none",
         headers=[("Received", "(qmail 21902 invoked for bounce); 18 May 2027 14:01:01 -0000"),
                  ("Date", "18 May 2027 14:01:01 -0000"),
                  ("From", "MAILER-DAEMON@mail.iowaruralnet.net"),
                  ("To", CC),
                  ("Subject", "failure notice")],
         part=raw_part([], body),
         category="automated: bounce", spec="qmail 'failure notice' (no MIME-Version, no Message-ID) for the solar promo",
         program="qmail bounce",
         note="Legacy qmail bounce with no MIME header and no Message-ID, returning the whole community-solar promo.")

    # ---------------------------------------------------------------- iCloud vacation reply to the solar promo
    r = rng_for("ken-vac")
    q = q_our(O.CS, "kstoltenberg@icloud.com")
    body = """Thanks for your note! Linda and I are on the road to Yellowstone until June 1 and only checking email now and then.

- Ken"""
    rdns, ip, env, ph, t, auth, helo = T.prov_icloud(r, dt("2027-05-18 10:03:11"), "kstoltenberg@icloud.com")
    ph = [(n, v.replace("{RCPT}", CC)) for n, v in ph]
    mach("ken-vac", "customercare", "2027-05-18 10:03:11", hop=(rdns, ip, helo), env_from="kstoltenberg@icloud.com", auth=auth,
         headers=ph + [("Content-Type", "text/plain; charset=utf-8"),
                       ("Content-Transfer-Encoding", "7bit"),
                       ("From", "Ken Stoltenberg <kstoltenberg@icloud.com>"),
                       ("To", CC),
                       ("Subject", "Auto-Reply: " + O.CS["subject"]),
                       ("Date", "Tue, 18 May 2027 15:03:10 +0000 (UTC)"),
                       ("Message-ID", "<%s@icloud.com>" % uuid_like(r)),
                       ("In-Reply-To", q["msgid"]),
                       ("Auto-Submitted", "auto-replied"),
                       ("MIME-Version", "1.0")],
         part=raw_part([], body + "\n"),
         category="automated: auto-reply", spec="iCloud vacation reply to the community solar promo",
         program="iCloud Mail auto-reply",
         note="Vacation auto-reply with Auto-Submitted; machine.")

    # ---------------------------------------------------------------- Google Calendar invitation from a partner
    r = rng_for("gcal")
    uid = "%s@google.com" % rand_chars(r, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20270520T130000
DTEND;TZID=America/Chicago:20270520T140000
DTSTAMP:20270518T201000Z
ORGANIZER;CN=Megan Sorensen:mailto:megan@suncommonspartners.com
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@alliant-energy.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Megan Sorensen;X-NUM-GUESTS=0:mailto:megan@suncommonspartners.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qpx-rmvk-dta
CREATED:20270518T200911Z
DESCRIPTION:Walk-through of the Prairie Sun enrollment FAQ and the customer questions you are seeing from the May 18 e-mail.\\n\\nJoin with Google Meet: https://meet.google.com/qpx-rmvk-dta
LAST-MODIFIED:20270518T201000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prairie Sun enrollment webinar - partner prep
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % uid
    ics_l = []
    for l in ics.split("\n"):
        while len(l) > 75:
            ics_l.append(l[:75])
            l = " " + l[75:]
        ics_l.append(l)
    ics = "\n".join(ics_l)
    plain = """Prairie Sun enrollment webinar - partner prep
Thursday May 20, 2027 - 1pm - 2pm
Central Time - Chicago

Join with Google Meet
https://meet.google.com/qpx-rmvk-dta

Organizer
Megan Sorensen
megan@suncommonspartners.com

Guests
Megan Sorensen - organizer
customercare@alliant-energy.com

Reply for customercare@alliant-energy.com

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event."""
    hh = ("<html><body><div itemscope itemtype=\"http://schema.org/InformAction\"><span style=\"display:none\">"
          "</span></div><table><tr><td><h2>Prairie Sun enrollment webinar - partner prep</h2>"
          "<p>Thursday May 20, 2027 &middot; 1pm - 2pm (Central Time - Chicago)</p>"
          "<p><a href=\"https://meet.google.com/qpx-rmvk-dta\">Join with Google Meet</a></p>"
          "<p>Organizer: Megan Sorensen</p><p>Guests: customercare@alliant-energy.com</p>"
          "<p>Reply: <a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1\">Yes</a> "
          "<a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2\">No</a> "
          "<a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3\">Maybe</a></p>"
          "</td></tr></table></body></html>")
    ib = "0000000000%s" % rand_hex(r, 18)
    ob = "0000000000%s" % rand_hex(r, 18)
    alt = multipart("alternative", [text_part(plain, "plain", "UTF-8", cte="quoted-printable"),
                                    text_part(hh, "html", "UTF-8", cte="quoted-printable"),
                                    raw_part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'),
                                              ("Content-Transfer-Encoding", "7bit")], ics + "\n")], ib)
    att = raw_part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64(ics.replace("\n", "\r\n")))
    part = multipart("mixed", [alt, att], ob)
    host, ip, env, ph, t, auth = T.prov_gmail(r, dt("2027-05-18 15:10:00"), "megan@suncommonspartners.com",
                                              "suncommonspartners.com", "google")
    ph = [(n, v.replace("{RCPT}", CC)) for n, v in ph]
    mach("gcal", "customercare", "2027-05-18 15:10:00", hop=(host, ip), env_from="megan@suncommonspartners.com", auth=auth,
         headers=ph + [("Reply-To", "Megan Sorensen <megan@suncommonspartners.com>"),
                       ("Sender", "Google Calendar <calendar-notification@google.com>"),
                       ("Auto-Submitted", "auto-generated"),
                       ("Message-ID", "<calendar-%s@google.com>" % uuid_like(r, False)),
                       ("Date", "Tue, 18 May 2027 20:10:00 +0000"),
                       ("Subject", "Invitation: Prairie Sun enrollment webinar - partner prep @ Thu May 20, 2027 1pm - 2pm (CDT) (customercare@alliant-energy.com)"),
                       ("From", "Megan Sorensen <megan@suncommonspartners.com>"),
                       ("To", CC),
                       ("MIME-Version", "1.0"), ("__CT__", None)],
         part=part, category="automated: calendar invitation", spec="Google Calendar invitation from the solar partner",
         program="Google Calendar",
         note="Calendar invitation (text/calendar + invite.ics) from a partner person via Google Calendar; automated per LABELS.")

    # ================================================================ Wed 19 May
    r = rng_for("list-cx-2")
    body = """Late to this thread, but Friday night gave us a live test. We got a little over 300 replies to outage texts and e-mails between 9 pm and 1 am. Rough breakdown:

- ~120 were STOP/UNSUBSCRIBE/BAJA one-worders
- ~90 were "when will it be back" questions
- ~40 were photos of trees on lines (!)
- the rest were thank-yous, complaints, and a few people asking to be taken off "all your mailings"

We did what Jen described: the one-worders became alert-channel changes with a confirmation, and only the "all your mailings" ones went to the marketing suppression file after a person read them.

Mark Oyen
Customer Programs, Driftless Municipal Utilities

> On May 13, 2027, at 8:55 AM, Jen Aldridge <jaldridge@prairieriverselectric.coop> wrote:
>
> We went back and forth on this last year. What we landed on:
_______________________________________________
utility-cx mailing list -- utility-cx@lists.utilitycxforum.org
To unsubscribe send an email to utility-cx-leave@lists.utilitycxforum.org"""
    mach("list-cx-2", "customercare", "2027-05-19 06:00:41",
         hop=("lists.utilitycxforum.org", "203.0.113.30"), env_from="utility-cx-bounces@lists.utilitycxforum.org",
         auth=simple_auth(r, "lists.utilitycxforum.org", "lists.utilitycxforum.org", "driftlessutilities.org",
                          "203.0.113.30", "list", mailfrom="utility-cx-bounces@lists.utilitycxforum.org",
                          dmarc="pass") + ";\n\tarc=pass (i=1 spf=pass spfdomain=driftlessutilities.org dkim=pass dkdomain=driftlessutilities.org dmarc=pass fromdomain=driftlessutilities.org)",
         headers=[("Received", "from lists.utilitycxforum.org (localhost [127.0.0.1])\n\tby lists.utilitycxforum.org (Postfix) with ESMTP id 4VfDq81nH3z2YpR\n"
                               "\tfor <customercare@alliant-energy.com>; Wed, 19 May 2027 11:00:40 +0000 (UTC)"),
                  ("ARC-Seal", "i=1; a=rsa-sha256; d=lists.utilitycxforum.org; s=list; cv=none; b=" + rand_b64(r, 60)),
                  ("DKIM-Signature", T.dkim_sig(r, "lists.utilitycxforum.org", "list", epoch(dt("2027-05-19 06:00:41")),
                                                "From:To:Cc:Subject:Date:Message-ID:List-Id")),
                  ("Content-Type", "text/plain; charset=us-ascii"),
                  ("Content-Transfer-Encoding", "7bit"),
                  ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
                  ("Subject", "[utility-cx] Re: One-word STOP replies to outage alerts?"),
                  ("From", "Mark Oyen <moyen@driftlessutilities.org>"),
                  ("In-Reply-To", "<%s@prairieriverselectric.coop>" % uuid_like(rng_for("list-cx-1-id"), False)),
                  ("Date", "Wed, 19 May 2027 06:00:22 -0500"),
                  ("Cc", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
                  ("To", "utility-cx@lists.utilitycxforum.org"),
                  ("Message-Id", "<%s@driftlessutilities.org>" % uuid_like(r)),
                  ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
                  ("X-Mailman-Version", "3.3.9"),
                  ("Precedence", "list"),
                  ("List-Id", "Utility customer experience forum <utility-cx.lists.utilitycxforum.org>"),
                  ("List-Post", "<mailto:utility-cx@lists.utilitycxforum.org>"),
                  ("List-Unsubscribe", "<mailto:utility-cx-leave@lists.utilitycxforum.org>")],
         part=raw_part([], body + "\n"),
         category="automated: list post", spec="second list reply in the thread; mentions 'take off all your mailings'",
         program="Mailman 3 list (Apple Mail author)",
         note="List traffic again, quoting customers' opt-out words second-hand; automated, no labels.")

    # ---------------------------------------------------------------- Thunderbird MDN (to the catalog mailbox)
    r = rng_for("mdn-tb")
    staff_id = "<reply.CC-2027-05-10697.1@alliant-energy.com>"
    bnd = "------------%s" % rand_chars(r, 24)
    txt = """This is a Return Receipt for the mail that you sent to wbrinkman@frontier.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents."""
    mdn = """Reporting-UA: frontier.com; Mozilla Thunderbird
Final-Recipient: rfc822;wbrinkman@frontier.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % staff_id
    hdrs3 = """Date: Wed, 19 May 2027 09:05:12 -0500
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: "Walter J. Brinkman" <wbrinkman@frontier.com>
Subject: RE: PowerHouse Catalog - removal and non-disclosure request
Message-ID: <reply.CC-2027-05-10697.1@alliant-energy.com>
Disposition-Notification-To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
"""
    part = multipart("report", [
        text_part(txt, "plain", "UTF-8", cte="7bit", ct_extra="; format=flowed", charset_quoted=False),
        raw_part([("Content-Type", 'message/disposition-notification; name="MDNPart2.txt"'),
                  ("Content-Disposition", "inline"), ("Content-Transfer-Encoding", "7bit")], mdn),
        raw_part([("Content-Type", 'text/rfc822-headers; name="MDNPart3.txt"'),
                  ("Content-Transfer-Encoding", "7bit"), ("Content-Disposition", "inline")], hdrs3),
    ], bnd)
    part.headers = [("Content-Type", 'multipart/report; boundary="%s";\n report-type="disposition-notification"' % bnd)]
    rip = "74.40.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    mach("mdn-tb", "powerhousecatalog", "2027-05-19 09:20:37",
         hop=("smtp.frontier.com", rip), env_from="wbrinkman@frontier.com",
         auth=simple_auth(r, None, "frontier.com", "frontier.com", rip, "x", mailfrom="wbrinkman@frontier.com",
                          dkim="none"),
         headers=[("Date", "Wed, 19 May 2027 09:20:35 -0500"),
                  ("MIME-Version", "1.0"), ("From", "\"Walter J. Brinkman\" <wbrinkman@frontier.com>"),
                  ("Message-ID", "<%s@frontier.com>" % uuid_like(r, False)),
                  ("Subject", "Return Receipt (displayed) - RE: PowerHouse Catalog - removal and\n non-disclosure request"),
                  ("To", "PowerHouse Catalog <%s>" % PH),
                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101\n Thunderbird/140.10.1"),
                  ("__CT__", None)],
         part=part, category="automated: read receipt", spec="Thunderbird return receipt for a staff reply",
         program="Thunderbird MDN",
         note="Return receipt from a customer who also wrote a real request in this set; the receipt itself is machine mail.")

    # ---------------------------------------------------------------- Exchange 2016 on-prem NDR for the newsletter
    r = rng_for("ndr-onprem")
    rcpt = "kluber@mvcsd.org"
    q = q_our(O.NL, rcpt)
    lines, _ = our_header_lines(q, rcpt, by_host="MVCSD-EX01.mvcsd.local (10.10.1.25)", by_time=dt("2027-05-19 09:35:10"))
    txt = """Delivery has failed to these recipients or groups:

Karen Luber (kluber@mvcsd.org)
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: MVCSD-EX01.mvcsd.local

kluber@mvcsd.org
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers:
"""
    ds = """Reporting-MTA: dns;MVCSD-EX01.mvcsd.local
Received-From-MTA: dns;mailout02.alliant-energy.com
Arrival-Date: Wed, 19 May 2027 14:35:10 +0000

Final-Recipient: rfc822;kluber@mvcsd.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
    ob = "_%s_" % uuid_like(r, False)
    ib = "_%s_" % uuid_like(r, False)
    inner = multipart("alternative", [text_part(txt + headers_text(lines), "plain", "us-ascii", cte="quoted-printable"),
                                      text_part("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">"
                                                "Delivery has failed to these recipients or groups:</font></b></p>"
                                                "<p>Karen Luber (kluber@mvcsd.org)<br>The recipient's mailbox is full and can't accept messages now.</p>"
                                                "</body></html>", "html", "us-ascii", cte="quoted-printable")], ib)
    inner.headers = [("Content-Type", 'multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % ib)]
    part = multipart("report", [inner, raw_part([("Content-Type", "message/delivery-status")], ds),
                                raw_part([("Content-Type", "text/rfc822-headers")], headers_text(lines))], ob)
    part.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % ob)]
    mach("ndr-onprem", "customercare", "2027-05-19 09:35:12",
         hop=("mail.mvcsd.org", "203.0.113.98"), env_from=None,
         auth="\tspf=pass smtp.helo=mail.mvcsd.org;\n\tdkim=none",
         headers=[("Received", "from MVCSD-EX01.mvcsd.local (10.10.1.25) by MVCSD-EX01.mvcsd.local\n (10.10.1.25) with Microsoft SMTP Server id 15.1.2507.39; Wed, 19 May 2027\n 09:35:11 -0500"),
                  ("From", "<postmaster@mvcsd.org>"),
                  ("To", "<%s>" % CC),
                  ("Date", "Wed, 19 May 2027 09:35:11 -0500"),
                  ("__CT__", None),
                  ("Content-Language", "en-US"),
                  ("Message-ID", "<%s@MVCSD-EX01.mvcsd.local>" % uuid_like(r, False)),
                  ("In-Reply-To", q["msgid"]),
                  ("References", q["msgid"]),
                  ("Thread-Topic", ew(O.NL["subject"])),
                  ("Subject", ew("Undeliverable: " + O.NL["subject"])),
                  ("Auto-Submitted", "auto-replied"),
                  ("X-MS-Exchange-Message-Is-Ndr", ""),
                  ("MIME-Version", "1.0")],
         part=part, category="automated: bounce", spec="on-premises Exchange 2016 NDR (mailbox full) for the newsletter",
         program="Exchange Server 2016 NDR",
         note="On-prem Exchange NDR; the returned headers include our newsletter's List-Unsubscribe.")

    # ================================================================ Thu 20 May
    r = rng_for("lindgren-ooo")
    host, ip, helo = m365_hop(r, "NAM10-MW2")
    srv, fq = exch_id(r)
    ackq = O.ack("CC-2027-05-10852", "May 20, 2027", "2027-05-20 11:10:38")
    body = """Hello,

I am on maternity leave until August 16 and will not be checking email. For questions about second grade at Wapsie Valley Elementary, please contact Mrs. Dvorak at advorak@wapsievalleyschools.org or the front office at 319-555-0107.

Thank you!
Sarah Lindgren"""
    part = multipart("alternative", [text_part(body, "plain", "us-ascii", cte="quoted-printable"),
                                     text_part("<html><body>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>")
                                                                        for p in body.split("\n\n")) + "</body></html>",
                                               "html", "us-ascii", cte="quoted-printable")],
                     "_000_%s_" % (srv + rand_hex(r, 20, True)))
    mach("lindgren-ooo", "customercare", "2027-05-20 11:10:51",
         hop=(host, ip, helo), env_from=None,
         auth=simple_auth(r, "wapsievalleyschools.org", "wapsievalleyschools.org", "wapsievalleyschools.org", ip, "selector1"),
         headers=[("From", "Sarah Lindgren <slindgren@wapsievalleyschools.org>"),
                  ("To", "Alliant Energy Customer Care <%s>" % CC),
                  ("Subject", "Automatic reply: We received your request [CC-2027-05-10852]"),
                  ("Thread-Topic", "We received your request [CC-2027-05-10852]"),
                  ("Thread-Index", "AQHbybc" + rand_b64(r, 21) + "=="),
                  ("Date", "Thu, 20 May 2027 16:10:50 +0000"),
                  ("Message-ID", "<%s@%s>" % (rand_hex(r, 32, True), fq)),
                  ("References", ackq["msgid"]), ("In-Reply-To", ackq["msgid"]),
                  ("Auto-Submitted", "auto-replied"),
                  ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-TNEF-Correlator", ""),
                  ("__CT__", None), ("MIME-Version", "1.0")],
         part=part, category="automated: auto-reply (loop)", spec="maternity-leave auto-reply to our acknowledgement",
         program="Exchange Online auto-reply",
         note="LOOP: auto-reply to our acknowledgement; never acknowledge.")

    # ---------------------------------------------------------------- catalog trade newsletter
    r = rng_for("dtc-digest")
    txt = """CATALOG & DTC DIGEST | Thursday, May 20, 2027

- USPS files for July marketing-mail price change: what it means for your fall drops
- Co-op list trends: garden and outdoor buyers up 6% year over year
- Test of the week: a 16-page "slim" catalog beats the 48-pager on cost per order
- Webinar June 3: Suppression hygiene before peak season

Read the full issue: https://catalogdtcdigest.com/issue/2027-05-20

You're receiving this at powerhousecatalog@alliant-energy.com.
Unsubscribe: https://catalogdtcdigest.com/unsub?u=2f9c61
Catalog & DTC Digest, 9 Harbor Pl, Portland, ME 04101"""
    hh = ("<html><body><table width=\"600\"><tr><td><h1>Catalog &amp; DTC Digest</h1>"
          "<p>USPS files for July marketing-mail price change...</p><p>Co-op list trends...</p>"
          "<p>Test of the week...</p><p>Webinar June 3: Suppression hygiene before peak season</p>"
          "<p style=\"font-size:11px\"><a href=\"https://catalogdtcdigest.com/unsub?u=2f9c61\">Unsubscribe</a></p>"
          "</td></tr></table></body></html>")
    part = multipart("alternative", [text_part(txt, "plain", "utf-8", cte="quoted-printable"),
                                     text_part(hh, "html", "utf-8", cte="quoted-printable")], "_=_swift_%s_=_" % rand_hex(r, 32))
    mach("dtc-digest", "powerhousecatalog", "2027-05-20 17:45:19",
         hop=("mta-119.newsdesk-send.com", "203.0.113.119"), env_from="bounces+2f9c61@newsdesk-send.com",
         auth=simple_auth(r, "catalogdtcdigest.com", "newsdesk-send.com", "catalogdtcdigest.com", "203.0.113.119", "nd",
                          mailfrom="bounces+2f9c61@newsdesk-send.com"),
         headers=[("DKIM-Signature", T.dkim_sig(r, "catalogdtcdigest.com", "nd", epoch(dt("2027-05-20 17:45:19")),
                                                "From:To:Subject:Date:Message-ID:List-Unsubscribe")),
                  ("From", "Catalog & DTC Digest <news@catalogdtcdigest.com>"),
                  ("To", PH),
                  ("Subject", "USPS price filing, co-op list trends, and the slim catalog test"),
                  ("Date", "Thu, 20 May 2027 18:45:17 -0400"),
                  ("Message-ID", "<issue-2027-05-20.2f9c61.%s@catalogdtcdigest.com>" % rand_hex(r, 8)),
                  ("List-Unsubscribe", "<https://catalogdtcdigest.com/unsub?u=2f9c61>, <mailto:unsub+2f9c61@newsdesk-send.com>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk"),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=part, category="automated: newsletter", spec="catalog-industry newsletter to the catalog mailbox",
         program="ESP bulk mailer",
         note="Trade newsletter that mentions 'suppression' and 'co-op list'; bulk, automated.")

    # ================================================================ Fri 21 May
    r = rng_for("phish-m365")
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial">
<table width="520" style="border:1px solid #e1e1e1"><tr><td style="padding:20px">
<p style="font-size:20px">Microsoft 365</p>
<p>The mailbox <b>customercare@alliant-energy.com</b> has reached <b>98%</b> of its storage limit (49.1 GB of 50 GB).</p>
<p>Incoming messages will be held after 24 hours. To keep receiving email, validate your mailbox to receive an automatic storage upgrade.</p>
<p><a href="https://m365-mailbox-alerts.com/validate?u=customercare%40alliant-energy.com" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">Validate mailbox</a></p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>"""
    mach("phish-m365", "customercare", "2027-05-21 04:20:33",
         hop=("mail.m365-mailbox-alerts.com", "203.0.113.250"), env_from="no-reply@m365-mailbox-alerts.com",
         auth=simple_auth(r, None, "m365-mailbox-alerts.com", "m365-mailbox-alerts.com", "203.0.113.250", "x",
                          mailfrom="no-reply@m365-mailbox-alerts.com", spf="pass", dkim="none", dmarc="none"),
         headers=[("From", "Microsoft 365 Admin <no-reply@m365-mailbox-alerts.com>"),
                  ("To", CC),
                  ("Subject", "Action required: customercare@alliant-energy.com storage 98% full"),
                  ("Date", "Fri, 21 May 2027 09:20:30 +0000"),
                  ("Message-ID", "<%s@m365-mailbox-alerts.com>" % rand_hex(r, 28)),
                  ("MIME-Version", "1.0"), ("__CT__", None)],
         part=text_part(h, "html", "utf-8", cte="quoted-printable"),
         category="automated: phishing", spec="credential phishing aimed at the shared mailbox itself",
         program="bulk spam sender",
         note="Phishing aimed at the mailbox (not at customers); automated.")

    build_unsubscribes()


def strip7(p):
    if len(p.headers) > 1 and p.headers[1][1] == "7bit":
        p.headers = p.headers[:1]
    return p


# ====================================================================== one-click unsubscribes
def build_unsubscribes():
    MO = "marketing_opt_out"

    def gmail_unsub(key, mailbox, when, name, email_addr, campaign, subj_token, body, lang="en"):
        r = rng_for(key)
        hdr = [("MIME-Version", "1.0"), ("From", addr(name, email_addr)),
               ("Date", rfc_date(dt(when))), ("Message-ID", "<CA%s@mail.gmail.com>" % rand_chars(r, 52, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")),
               ("Subject", "unsubscribe %s" % subj_token),
               ("To", T.MAILBOXES[mailbox]), ("__CT__", None)]
        tp = text_part(body, "plain", "UTF-8")
        strip7(tp)
        return person_raw(key, mailbox, when, provider="gmail", from_addr=email_addr, headers=hdr, part=tp,
                          meta=dict(category="List-Unsubscribe mailto (mail client)",
                                    spec="Gmail unsubscribe button on %s" % campaign, language=lang,
                                    program="Gmail (List-Unsubscribe)", labels=[MO],
                                    note="A person pressed Gmail's Unsubscribe; Gmail mailed our List-Unsubscribe address. Human marketing opt-out, no Auto-Submitted, so acknowledged (LABELS)."))

    gmail_unsub("u-gmail-gg", "powerhousecatalog", "2027-05-11 07:12:44", "Brian Kuehl", "bkuehl1975@gmail.com",
                "the Garden & Grill e-mail", "PH-2705-GG", "This message was automatically generated by Gmail.")

    # iOS Mail unsubscribe: empty body
    H("u-ios-gg", "powerhousecatalog", "2027-05-11 08:40:09",
      client="iphone", provider="icloud", from_name="Stacy Reuter", from_addr="stacyreuter@icloud.com",
      subject="unsubscribe PH-2705-GG", to=PH, body="", sig=None,
      category="List-Unsubscribe mailto (mail client)", spec="iOS Mail 'Unsubscribe' banner on the catalog e-mail (empty body)",
      program="iOS Mail (List-Unsubscribe)", labels=[MO],
      note="Empty body; only the subject from our mailto link. iOS Mail's unsubscribe is a person's action: marketing opt-out, acknowledged.")

    # inbox cleaner with Auto-Submitted
    r = rng_for("u-sweep")
    hdr = [("Auto-Submitted", "auto-generated"),
           ("MIME-Version", "1.0"), ("From", "Tony Halverson <thalverson.ia@gmail.com>"),
           ("Date", "Tue, 11 May 2027 17:15:03 +0000"),
           ("Message-ID", "<CA%s@mail.gmail.com>" % rand_chars(r, 50)),
           ("Subject", "unsubscribe PH-2705-GG"),
           ("To", PH),
           ("X-Mailer", "SweepMail Unsubscriber 4.1 (+https://sweepmailapp.com/bot)"),
           ("__CT__", None)]
    body = """unsubscribe

--
Sent by SweepMail on behalf of the owner of this mailbox, who chose to
unsubscribe from: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"""
    person_raw("u-sweep", "powerhousecatalog", "2027-05-11 12:15:03", provider="gmail", from_addr="thalverson.ia@gmail.com",
               headers=hdr, part=strip7(text_part(body, "plain", "UTF-8")),
               meta=dict(category="inbox-cleaner unsubscribe", spec="inbox-cleaning service with Auto-Submitted",
                         language="en", program="SweepMail via Gmail API", labels=[MO], ack=None,
                         note="Inbox cleaner acting for a person: marketing opt-out, not automated; but Auto-Submitted: auto-generated forbids an answer, so ack_to null (LABELS)."))

    # Outlook.com unsubscribe: empty body
    H("u-outlook-ts", "customercare", "2027-05-12 11:02:26",
      client="outlook_com", provider="outlook", from_name="Carla Mendenhall", from_addr="carlamendenhall@hotmail.com",
      subject="unsubscribe AE-TS-2705", to=CC, body="", sig=None,
      category="List-Unsubscribe mailto (mail client)", spec="Outlook.com unsubscribe on the thermostat promo (empty body)",
      program="Outlook.com (List-Unsubscribe)", labels=[MO],
      note="Outlook.com's Unsubscribe link mailed our mailto address with only the subject; human marketing opt-out.")

    gmail_unsub("u-gmail-es", "customercare", "2027-05-12 19:30:15", "Maribel Ochoa", "maribelochoa.ia@gmail.com",
                "the Spanish thermostat promo", "AE-TS-2705-ES", "Gmail generó este mensaje automáticamente.", lang="es")

    H("u-yahoo-cs", "customercare", "2027-05-18 09:05:47",
      client="yahoo_web", provider="yahoo", from_name="Dennis Wolfe", from_addr="denniswolfe1957@yahoo.com",
      subject="unsubscribe AE-CS-2705", to=CC, body="", sig=None,
      category="List-Unsubscribe mailto (mail client)", spec="Yahoo Mail unsubscribe on the community solar promo",
      program="Yahoo Mail (List-Unsubscribe)", labels=[MO],
      note="Yahoo's Unsubscribe button sent an empty message with our mailto subject; human marketing opt-out.")

    # relay-based cleaner without Auto-Submitted
    r = rng_for("u-declutter")
    sent = dt("2027-05-19 08:40:12")
    hdr = [("DKIM-Signature", T.dkim_sig(r, "declutterhq.com", "dq1", epoch(sent),
                                         "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")),
           ("From", "\"Rosa M. via Declutter\" <unsub-7f3k29@relay.declutterhq.com>"),
           ("To", CC),
           ("Subject", "unsubscribe AE-NL-2705"),
           ("Date", "Wed, 19 May 2027 13:40:11 +0000"),
           ("Message-ID", "<unsub.7f3k29.%s@relay.declutterhq.com>" % rand_hex(r, 12)),
           ("X-Mailer", "Declutter Unsubscriber/2.8"),
           ("MIME-Version", "1.0"), ("__CT__", None)]
    body = """Please unsubscribe this recipient from: Home Matters | May 2027 (AE-NL-2705)

This request was made by the mailbox owner through Declutter."""
    m = Msg()
    top, arrive = T.deliver(r, "customercare", "unsub-7f3k29@relay.declutterhq.com", sent + datetime.timedelta(seconds=2),
                            "o3.relay.declutterhq.com", "203.0.113.33",
                            simple_auth(r, "declutterhq.com", "relay.declutterhq.com", "declutterhq.com", "203.0.113.33",
                                        "dq1", mailfrom="unsub-7f3k29@relay.declutterhq.com"))
    m.top, m.headers, m.part, m.arrive = top, hdr, text_part(body, "plain", "utf-8", cte="7bit"), arrive
    add("u-declutter", "customercare", m, category="inbox-cleaner unsubscribe",
        spec="inbox cleaner sending from its own relay address, no Auto-Submitted", language="en",
        program="Declutter relay", labels=[MO],
        note="Inbox cleaner for a person, no Auto-Submitted: human marketing opt-out; the only address is the relay From, so the ack goes there (LABELS). 'Rosa M.' is in the header only.")

    gmail_unsub("u-gmail-nl", "customercare", "2027-05-19 10:15:58", "Greg Pavlik", "gpavlik.wi@gmail.com",
                "the Home Matters newsletter", "AE-NL-2705", "This message was automatically generated by Gmail.")

    H("u-applemail-gg", "powerhousecatalog", "2027-05-20 21:30:40",
      client="apple_mail", provider="icloud", from_name="Helen Oakes", from_addr="helenoakes@mac.com",
      subject="unsubscribe PH-2705-GG", to=PH, body="", sig=None,
      category="List-Unsubscribe mailto (mail client)", spec="Apple Mail (macOS) unsubscribe on the catalog e-mail, nine days late",
      program="Apple Mail (List-Unsubscribe)", labels=[MO],
      note="Apple Mail's Unsubscribe on the catalog e-mail: marketing opt-out (never a sharing opt-out).")
