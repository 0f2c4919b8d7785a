# -*- coding: utf-8 -*-
"""Machine mail of the first two weeks of December 2026: auto-replies, bounces, vendor notices,
mis-addressed shipping mail, charity appeals, phishing, list traffic."""
import datetime as _dt

from mailkit import (UTC, CST, PST, Part, addr, b64blob, binary_leaf, ew, fold_b64, html_lines, html_paras, leaf,
                     multipart, ms, postfix_qid, rfcdate, rs, unix, uuid_like, ALNUM, HEXL, HEXU, BOX_ADDR, esc)
from providers import our_trace, _ms_msgid
from spec import A
import ours

CC = "customercare"
PH = "powerhousecatalog"


def render(trace, hdrs, body):
    top = Part(trace + hdrs + body.headers, body.body, body.parts, body.boundary, body.preamble)
    return top.render()


def arrive(d, rng, lo=2, hi=20):
    return d["dt"].astimezone(UTC) + _dt.timedelta(seconds=rng.randint(lo, hi))


def dkim(dom, sel, rng, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\th=%s;\n\tbh=%s=;\n%s" %
            (dom, sel, h, b64blob(rng, 43), fold_b64("\tb=", b64blob(rng, 342) + "==", 72, "\t ")))


def our_out_received(rng, t, host="smtp-out02"):
    return ("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [10.40.9.12])\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
            (host, host, postfix_qid(rng), "%s", rfcdate(t.astimezone(CST), pad=True, comment="CST")))


def internal_trace(rng, box, env_from, t, src_host, src_ip):
    """mail generated inside our own network (DSNs from our outbound relay)"""
    rcpt = BOX_ADDR[box]
    t2 = t.astimezone(CST)
    return [("Return-Path", "<%s>" % env_from if env_from else "<>"),
            ("Delivered-To", rcpt),
            ("Received", "from mx1.alliant-energy.com (mx1.alliant-energy.com [10.40.8.21])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
             (postfix_qid(rng), rcpt, rfcdate(t2 + _dt.timedelta(seconds=1), pad=True, comment="CST"))),
            ("Received", "from %s (%s [%s])\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
             (src_host, src_host, src_ip, postfix_qid(rng), rcpt, rfcdate(t2, pad=True, comment="CST")))]


# =============================================================== auto-replies

def ooo_exchange_d1(rng, d):
    t = d["dt"].astimezone(UTC)
    ta = arrive(d, rng)
    a = "smertz@prairielandcoop.com"
    tr = our_trace(rng, d["box"], a, "NAM10-BN7-obe.outbound.protection.outlook.com",
                   "mail-bn7nam10on2113.outbound.protection.outlook.com", "40.107.92.113", ta, "prairielandcoop.com", "selector1")
    mbx = "BN0PR04MB%d" % rng.randint(7000, 7999)
    q_id = ours.day_msgid(1, rng)
    h = [("DKIM-Signature", dkim("prairielandcoop.com", "selector1", rng)),
         ("Received", "from %s.namprd04.prod.outlook.com ([fe80::%s:%s:%s:%s%%4]) by\n %s.namprd04.prod.outlook.com ([fe80::%s:%s:%s:%s%%4]) with mapi id\n 15.20.8722.010; %s" %
          (mbx, rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), mbx, rs(rng, 4, HEXL), rs(rng, 4, HEXL),
           rs(rng, 4, HEXL), rs(rng, 4, HEXL), rfcdate(t).replace("-0000", "+0000"))),
         ("From", '"Mertz, Sandra" <%s>' % a),
         ("To", ours.PH_FROM),
         ("Subject", "Automatic reply: " + ours.day_subject(1)),
         ("Thread-Topic", ours.day_subject(1)),
         ("Thread-Index", "AQH" + b64blob(rng, 25)),
         ("Date", rfcdate(t).replace("-0000", "+0000")),
         ("Message-ID", "<%s%s@%s.namprd04.prod.outlook.com>" % (mbx, rs(rng, 32, HEXU), mbx)),
         ("References", q_id), ("In-Reply-To", q_id),
         ("Auto-Submitted", "auto-generated"),
         ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", a),
         ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-parent-message-id", q_id),
         ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
         ("Content-Language", "en-US"),
         ("MIME-Version", "1.0")]
    txt = ("I am out of the office through Monday, January 4, 2027 with limited access to e-mail. For anything urgent "
           "please contact Jeff Lund at jlund@prairielandcoop.com or 515-555-0171.\n\nHappy holidays!\nSandra Mertz\n"
           "Member Services | Prairieland Cooperative")
    body = multipart("alternative", [leaf(txt, "plain", "us-ascii", "quoted-printable"),
                                     leaf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>%s</body></html>' % html_lines(txt), "html", "us-ascii", "quoted-printable")],
                     "_000_%s_" % rs(rng, 30, HEXU))
    return render(tr, h, body)


def ooo_cpanel(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    a = "kathy@kathysquiltcorner.com"
    tr = our_trace(rng, d["box"], a, "box5321.bluehost.com", "box5321.bluehost.com", "162.241.224.%d" % rng.randint(2, 250), ta,
                   "kathysquiltcorner.com", "default")
    h = [("DKIM-Signature", dkim("kathysquiltcorner.com", "default", rng, "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From")),
         ("Received", "from [127.0.0.1] (port=%d helo=box5321.bluehost.com)\n\tby box5321.bluehost.com with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1tQ%s-%s-%s\n\tfor powerhousecatalog@alliant-energy.com;\n\t%s" %
          (rng.randint(30000, 60000), a, rs(rng, 3, ALNUM), rs(rng, 7, ALNUM), rs(rng, 2, ALNUM), rfcdate(t.astimezone(MST_)))),
         ("From", "Kathy's Quilt Corner <%s>" % a),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "Thank you for your email!"),
         ("Date", rfcdate(t.astimezone(MST_))),
         ("Message-ID", "<%s@kathysquiltcorner.com>" % rs(rng, 32, HEXL)),
         ("MIME-Version", "1.0")]
    txt = ("Thanks for writing to Kathy's Quilt Corner!\n\nThe shop is closed for the holidays December 4 through January 2. "
           "I'll answer messages when I'm back, usually within a day or two.\n\nHappy quilting!\n~Kathy")
    return render(tr, h, leaf(txt, "plain", "UTF-8", "7bit"))


MST_ = _dt.timezone(_dt.timedelta(hours=-7))


def ooo_loop_ack(rng, d):
    ref = "CC-2026-12-00466"
    t = d["dt"]
    ta = arrive(d, rng)
    a = "bkinsella.home@gmail.com"
    tr = our_trace(rng, d["box"], a, "mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41", ta, "gmail.com", "20230601")
    h = [("DKIM-Signature", dkim("gmail.com", "20230601", rng, "to:subject:message-id:date:from:in-reply-to:references:auto-submitted:mime-version")),
         ("X-Google-Smtp-Source", "AGHT+IG" + b64blob(rng, 80) + "=="),
         ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" %
          (rs(rng, 4, HEXL), rs(rng, 3, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 12, HEXL), rfcdate(t.astimezone(PST), zero=True, comment="PST"))),
         ("MIME-Version", "1.0"),
         ("References", ours.ack_msgid(ref)),
         ("In-Reply-To", ours.ack_msgid(ref)),
         ("Auto-Submitted", "auto-replied"),
         ("From", "Brenda Kinsella <%s>" % a),
         ("Date", rfcdate(t)),
         ("Message-ID", "<CA+%s@mail.gmail.com>" % b64blob(rng, 52).replace("/", "_")),
         ("Subject", "Re: " + ours.ack_subject(ref)),
         ("To", ours.ACK_FROM)]
    txt = ("Hi! I'm traveling to see family until December 14 and checking email only now and then. If this is about "
           "the church bazaar, please call Marge at 319-555-0128. Otherwise I'll get back to you when I'm home.\n\n"
           "Brenda")
    body = multipart("alternative", [leaf(txt, "plain", "UTF-8", "auto"),
                                     leaf('<div dir="ltr">%s</div>' % html_lines(txt), "html", "UTF-8", "auto")],
                     "000000000000" + rs(rng, 16, HEXL))
    return render(tr, h, body)


def ooo_spanish_nl(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    a = "lperez@clinicafamiliar-dsm.org"
    tr = our_trace(rng, d["box"], a, "NAM11-CO1-obe.outbound.protection.outlook.com",
                   "mail-co1nam11on2094.outbound.protection.outlook.com", "40.107.220.94", ta, "clinicafamiliar-dsm.org", "selector2")
    q_id = ours.nl_msgid(rng)
    subj = "Respuesta automática: " + ours.NL_SUBJ
    h = [("DKIM-Signature", dkim("clinicafamiliar-dsm.org", "selector2", rng)),
         ("From", addr("Lucía Pérez", a, enc="Q")),
         ("To", ours.CC_FROM),
         ("Subject", ew(subj, "iso-8859-1", "Q")),
         ("Thread-Topic", ours.NL_SUBJ),
         ("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s@%s.namprd11.prod.outlook.com>" % ("MN2PR11MB" + rs(rng, 36, HEXU), "MN2PR11MB" + str(rng.randint(1000, 9999)))),
         ("References", q_id), ("In-Reply-To", q_id),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("Content-Language", "es-US"), ("MIME-Version", "1.0")]
    txt = ("Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 4 de enero. Para citas, llame al "
           "515-555-0149.\n\nThank you for your message. I am out of the office until Monday, January 4. For "
           "appointments please call 515-555-0149.\n\nLucía Pérez\nClínica Familiar de Des Moines")
    return render(tr, h, leaf(txt, "plain", "iso-8859-1", "quoted-printable"))


def no_longer_monitored(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    a = "info@harvestmoonbakery-ia.com"
    tr = our_trace(rng, d["box"], a, "p3plzcpnl50%d.prod.phx3.secureserver.net" % rng.randint(1000, 9999),
                   "p3plsmtp20-%02d.prod.phx3.secureserver.net" % rng.randint(1, 40), "68.178.252.%d" % rng.randint(2, 250), ta,
                   "harvestmoonbakery-ia.com", "default")
    h = [("From", "Harvest Moon Bakery <%s>" % a),
         ("To", ours.PH_FROM),
         ("Subject", "Re: " + ours.day_subject(12)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<%s.%s@harvestmoonbakery-ia.com>" % (rs(rng, 14, "0123456789"), rs(rng, 6, HEXL))),
         ("In-Reply-To", ours.day_msgid(12, rng)),
         ("MIME-Version", "1.0")]
    txt = ("This e-mail address is no longer monitored.\n\nFor holiday orders, please write to "
           "orders@harvestmoonbakery-ia.com or call the shop at 641-555-0114.\n\nThank you and happy holidays from "
           "all of us at Harvest Moon Bakery!")
    return render(tr, h, leaf(txt, "plain", "us-ascii", "7bit"))


# =============================================================== bounces

def _orig_headers_ack(ref, t, rcpt):
    return ("Return-Path: <customercare@alliant-energy.com>\n"
            "Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.8.30])\n"
            "\tby smtp-out02.alliant-energy.com (Postfix) with ESMTPS id 4Xk9Lq0b2Wz3wPf\n"
            "\tfor <%s>; %s\n"
            "Auto-Submitted: auto-replied\n"
            "From: %s\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            % (rcpt, rfcdate(t, pad=True, comment="CST"), ours.ACK_FROM, rcpt, ours.ack_subject(ref), rfcdate(t), ours.ack_msgid(ref)))


def bounce_postfix_ack(rng, d):
    ref = "CC-2026-12-00411"
    t = d["dt"]
    rcpt = "lindaschroeder@mchsi.con"
    tr = internal_trace(rng, d["box"], None, t, "smtp-out02.alliant-energy.com", "10.40.9.12")
    qid = postfix_qid(rng)
    h = [("Received", "by smtp-out02.alliant-energy.com (Postfix)\n\tid %s; %s" % (qid, rfcdate(t, pad=True, comment="CST"))),
         ("Date", rfcdate(t, pad=True, comment="CST")),
         ("From", "MAILER-DAEMON@smtp-out02.alliant-energy.com (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", "customercare@alliant-energy.com"),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0")]
    bnd = "%s.%d/smtp-out02.alliant-energy.com" % (qid, unix(t))
    p1 = leaf("This is the mail system at host smtp-out02.alliant-energy.com.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<%s>: Host or domain name not found. Name service error for\n    name=mchsi.con type=AAAA: Host not found\n" % rcpt,
              "plain", "us-ascii", "7bit", cs_quote=False)
    p1.headers = [("Content-Description", "Notification")] + p1.headers[:1]
    ds = ("Reporting-MTA: dns; smtp-out02.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; customercare@alliant-energy.com\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.4.4\n"
          "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n    for name=mchsi.con type=AAAA: Host not found\n"
          % (qid, rfcdate(t - _dt.timedelta(seconds=3)), rcpt, rcpt))
    p2 = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode())
    p3 = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              _orig_headers_ack(ref, t - _dt.timedelta(seconds=3), rcpt).encode())
    body = multipart("report", [p1, p2, p3], bnd, extra="; report-type=delivery-status")
    body.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)]
    body.preamble = "This is a MIME-encapsulated message."
    return render(tr, h, body)


def bounce_postfix_d5(rng, d):
    t = d["dt"]
    rcpt = "mkessler1961@yahoo.com"
    tr = internal_trace(rng, d["box"], None, t, "smtp-out01.alliant-energy.com", "10.40.9.11")
    qid = postfix_qid(rng)
    h = [("Received", "by smtp-out01.alliant-energy.com (Postfix)\n\tid %s; %s" % (qid, rfcdate(t, pad=True, comment="CST"))),
         ("Date", rfcdate(t, pad=True, comment="CST")),
         ("From", "MAILER-DAEMON@smtp-out01.alliant-energy.com (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0")]
    bnd = "%s.%d/smtp-out01.alliant-energy.com" % (qid, unix(t))
    diag = ("554 delivery error: dd This user doesn't have a yahoo.com account\n    (%s) [0] - mta4042.mail.bf1.yahoo.com" % rcpt)
    p1 = leaf("This is the mail system at host smtp-out01.alliant-energy.com.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<%s>: host mta7.am0.yahoodns.net[67.195.204.72] said:\n    %s (in reply to end of DATA command)\n" % (rcpt, diag),
              "plain", "us-ascii", "7bit", cs_quote=False)
    p1.headers = [("Content-Description", "Notification")] + p1.headers[:1]
    ds = ("Reporting-MTA: dns; smtp-out01.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; powerhousecatalog@alliant-energy.com\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.0.0\n"
          "Remote-MTA: dns; mta7.am0.yahoodns.net\nDiagnostic-Code: smtp; %s\n" % (qid, rfcdate(ours.day_dt(5)), rcpt, rcpt, diag))
    p2 = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode())
    orig = ("Return-Path: <powerhousecatalog@alliant-energy.com>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n%s\n" %
            (ours.PH_FROM, rcpt, ours.day_subject(5), rfcdate(ours.day_dt(5)), ours.day_msgid(5, rng), ours.day_text(5)))
    p3 = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig.encode())
    body = multipart("report", [p1, p2, p3], bnd)
    body.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)]
    body.preamble = "This is a MIME-encapsulated message."
    return render(tr, h, body)


def bounce_qmail_d8(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    host = "mail.iowaruraltel.net"
    tr = our_trace(rng, d["box"], None, host, host, "216.51.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), ta, None, None,
                   dkim_ok=False, spf="none")
    rcpt = "grandmaj@iowaruraltel.net"
    h = [("Date", rfcdate(t.astimezone(UTC), zero=False).replace("-0000", "-0000")),
         ("From", "MAILER-DAEMON@mail.iowaruraltel.net"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "failure notice")]
    txt = ("Hi. This is the qmail-send program at mail.iowaruraltel.net.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<%s>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <powerhousecatalog@alliant-energy.com>\n"
           "Received: (qmail 28114 invoked from network); %s\n"
           "Received: from smtp-out01.alliant-energy.com (HELO smtp-out01.alliant-energy.com) (198.51.100.25)\n"
           "  by mail.iowaruraltel.net with SMTP; %s\n"
           "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
           "List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n%s\n" %
           (rcpt, rfcdate(t - _dt.timedelta(minutes=1)), rfcdate(t - _dt.timedelta(minutes=1)), ours.PH_FROM, rcpt,
            ours.day_subject(8), rfcdate(ours.day_dt(8)), ours.day_msgid(8, rng), ours.day_text(8)))
    return render(tr, h, Part([], txt.encode()))  # legacy: no MIME headers at all


def bounce_exim_d11(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    host = "mx2.hometownwireless.net"
    tr = our_trace(rng, d["box"], None, host, host, "204.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
                   ta, None, None, dkim_ok=False, spf="none")
    rcpt = "larsonfarm@hometownwireless.net"
    h = [("X-Failed-Recipients", rcpt),
         ("Auto-Submitted", "auto-replied"),
         ("From", "Mail Delivery System <Mailer-Daemon@mx2.hometownwireless.net>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Content-Type", "text/plain; charset=us-ascii"),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Message-Id", "<E1tL%s-%s-%s@mx2.hometownwireless.net>" % (rs(rng, 3, ALNUM), rs(rng, 6, ALNUM), rs(rng, 2, ALNUM))),
         ("Date", rfcdate(t))]
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n"
           "  %s\n    mailbox is disabled: account closed by owner\n\n"
           "------ This is a copy of the message's headers. ------\n\n"
           "Return-path: <powerhousecatalog@alliant-energy.com>\n"
           "Received: from smtp-out02.alliant-energy.com ([198.51.100.26])\n"
           "\tby mx2.hometownwireless.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
           "\t(Exim 4.97.1)\n\t(envelope-from <powerhousecatalog@alliant-energy.com>)\n"
           "\tid 1tL%s-%s-%s\n\tfor %s; %s\n"
           "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
           "List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>\n" %
           (rcpt, rs(rng, 3, ALNUM), rs(rng, 6, ALNUM), rs(rng, 2, ALNUM), rcpt, rfcdate(t - _dt.timedelta(seconds=2)),
            ours.PH_FROM, rcpt, ours.day_subject(11), rfcdate(ours.day_dt(11)), ours.day_msgid(11, rng)))
    return render(tr, h, Part([], txt.encode()))


def ndr_exchange_ack(rng, d):
    ref = "CC-2026-12-00510"
    t = d["dt"]
    ta = arrive(d, rng)
    rcpt = "tmcnally@hawkeyeautoparts.net"
    tr = our_trace(rng, d["box"], None, "NAM12-MW2-obe.outbound.protection.outlook.com",
                   "mail-mw2nam12on2101.outbound.protection.outlook.com", "40.107.244.101", ta, None, None, dkim_ok=False, spf="none")
    bnd = "_%s_" % uuid_like(rng, upper=False)
    mbx = "MW4PR11MB%d" % rng.randint(5000, 5999)
    h = [("From", "postmaster@hawkeyeautoparts.net"),
         ("To", "customercare@alliant-energy.com"),
         ("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")),
         ("Content-Language", "en-US"),
         ("Message-ID", "<%s@%s.namprd11.prod.outlook.com>" % (uuid_like(rng, upper=False), mbx)),
         ("In-Reply-To", ours.ack_msgid(ref)),
         ("References", ours.ack_msgid(ref)),
         ("Subject", "Undeliverable: " + ours.ack_subject(ref)),
         ("Auto-Submitted", "auto-replied"),
         ("X-MS-Exchange-Message-Is-Ndr", ""),
         ("MIME-Version", "1.0")]
    html = ('<html><head></head><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><p>'
            '<b>Your message to %s couldn\'t be delivered.</b></p><p>%s\'s mailbox is full.</p>'
            '<p><b>Action Required</b></p><p>Try to resend your message later, or contact the recipient by some other means.</p>'
            '<p>Diagnostic information for administrators:</p><p>Generating server: %s.namprd11.prod.outlook.com<br>'
            '%s<br>Remote server returned \'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\''
            '</p></div></body></html>' % (rcpt, rcpt.split("@")[0], mbx, rcpt))
    p1 = leaf(html, "html", "us-ascii", "quoted-printable")
    ds = ("Reporting-MTA: dns;%s.namprd11.prod.outlook.com\nReceived-From-MTA: dns;mx1.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
          % (mbx, rfcdate(t.astimezone(UTC) - _dt.timedelta(seconds=4)).replace("-0000", "+0000"), rcpt))
    p2 = Part([("Content-Type", "message/delivery-status")], ds.encode())
    p3 = Part([("Content-Type", "text/rfc822-headers")], _orig_headers_ack(ref, t - _dt.timedelta(seconds=6), rcpt).encode())
    body = multipart("report", [p1, p2, p3], bnd)
    body.headers = [("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)]
    return render(tr, h, body)


# =============================================================== read receipt

def mdn_ack(rng, d):
    ref = "CC-2026-12-00489"
    t = d["dt"]
    ta = arrive(d, rng)
    a = "rgustafson@gustafsonseed.com"
    tr = our_trace(rng, d["box"], a, "NAM04-DM6-obe.outbound.protection.outlook.com",
                   "mail-dm6nam04on2071.outbound.protection.outlook.com", "40.107.102.71", ta, "gustafsonseed.com", "selector1")
    bnd = "_%s_" % uuid_like(rng, upper=False)
    h = [("DKIM-Signature", dkim("gustafsonseed.com", "selector1", rng)),
         ("From", "Ron Gustafson <%s>" % a),
         ("To", ours.ACK_FROM),
         ("Subject", "Read: " + ours.ack_subject(ref)),
         ("Thread-Topic", ours.ack_subject(ref)),
         ("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s@DM6PR08MB%d.namprd08.prod.outlook.com>" % (uuid_like(rng, upper=False), rng.randint(4000, 4999))),
         ("In-Reply-To", ours.ack_msgid(ref)), ("References", ours.ack_msgid(ref)),
         ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
         ("MIME-Version", "1.0")]
    sent = _dt.datetime(2026, 12, 8, 16, 2, 51, tzinfo=CST)
    txt = ("Your message\n\n  To: rgustafson@gustafsonseed.com\n  Subject: %s\n  Sent: Tuesday, December 8, 2026 4:02:51 PM (UTC-06:00) Central Time (US & Canada)\n\n"
           "was read on Wednesday, December 9, 2026 8:29:40 AM (UTC-06:00) Central Time (US & Canada).\n" % ours.ack_subject(ref))
    p1 = leaf(txt, "plain", "us-ascii", "7bit")
    mdn = ("Reporting-UA: DM6PR08MB4417.namprd08.prod.outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (a, ours.ack_msgid(ref)))
    p2 = Part([("Content-Type", "message/disposition-notification")], mdn.encode())
    body = multipart("report", [p1, p2], bnd)
    body.headers = [("Content-Type", 'multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd)]
    return render(tr, h, body)


# =============================================================== challenge-response

def challenge_ack(rng, d):
    ref = "CC-2026-12-00588"
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "bounce-cr@mailguard-cr.net", "out3.mailguard-cr.net", "out3.mailguard-cr.net",
                   "203.0.113.%d" % rng.randint(2, 250), ta, "mailguard-cr.net", "mg1")
    h = [("DKIM-Signature", dkim("mailguard-cr.net", "mg1", rng)),
         ("From", '"Kevin Grant (via MailGuard)" <verify@mailguard-cr.net>'),
         ("To", ours.ACK_FROM),
         ("Subject", "Re: %s - please verify your message" % ours.ack_subject(ref)),
         ("Date", rfcdate(t)),
         ("Message-ID", "<cr.%s@mailguard-cr.net>" % rs(rng, 24, HEXL)),
         ("In-Reply-To", ours.ack_msgid(ref)),
         ("X-MailGuard-Challenge", rs(rng, 20, ALNUM)),
         ("MIME-Version", "1.0")]
    txt = ("Hello,\n\nYou recently sent a message to kgrant@grantfamilyfarms.net. To cut down on junk mail, Kevin uses "
           "MailGuard, which only lets mail through from people he knows.\n\n"
           "To get your message delivered, please click the link below and type the characters you see. You only have "
           "to do this once.\n\nhttps://verify.mailguard-cr.net/c/%s\n\n"
           "If you do not verify within 7 days, your message will be deleted.\n\n-- MailGuard, on behalf of Kevin Grant"
           % rs(rng, 28, ALNUM))
    body = multipart("alternative", [leaf(txt, "plain", "utf-8", "7bit"),
                                     leaf("<html><body>%s</body></html>" % html_paras(txt), "html", "utf-8", "quoted-printable")],
                     "=_mg_" + rs(rng, 24, HEXL))
    return render(tr, h, body)


# =============================================================== mis-addressed shipping / transactional

def ship_brightleaf(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "bounces+%d-%s-customercare=alliant-energy.com@em4821.brightleafhome.com" % (rng.randint(10 ** 7, 10 ** 8), rs(rng, 4, HEXL)),
                   "o1.ptr4821.brightleafhome.com", "o1.ptr4821.brightleafhome.com", "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                   ta, "brightleafhome.com", "s1")
    h = [("DKIM-Signature", dkim("brightleafhome.com", "s1", rng, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to")),
         ("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")),
         ("From", "Brightleaf Home Goods <orders@brightleafhome.com>"),
         ("Mime-Version", "1.0"),
         ("To", "customercare@alliant-energy.com"),
         ("Message-ID", "<%s@geopod-ismtpd-%d>" % (b64blob(rng, 22).replace("/", "_"), rng.randint(1, 40))),
         ("Subject", "Your order #BHG-2291847 has shipped!"),
         ("X-SG-EID", b64blob(rng, 60)),
         ("X-Entity-ID", "u001." + b64blob(rng, 20))]
    txt = ("Hi Melissa,\n\nGood news! Your order #BHG-2291847 is on its way.\n\n"
           "  1 x Sherpa-lined throw, oatmeal ........ $49.00\n  2 x Pillar candle set, balsam .......... $36.00\n\n"
           "Shipping to:\nMelissa Gregg\n88 Westview Dr\nCoralville, IA 52241\n\n"
           "Track your package: https://brightleafhome.com/track/BHG-2291847\n\n"
           "Questions? Just reply to this e-mail or call 1-800-555-0190.\n\nBrightleaf Home Goods")
    html = ("<!DOCTYPE html><html><body style=\"font-family:Georgia,serif;background:#f7f3ee\"><table width=\"600\" align=\"center\">"
            "<tr><td><h1 style=\"color:#3d5a40\">It's on its way!</h1>%s</td></tr></table></body></html>" % html_paras(txt))
    body = multipart("alternative", [leaf(txt, "plain", "utf-8", "quoted-printable"), leaf(html, "html", "utf-8", "quoted-printable")],
                     rs(rng, 64, HEXL))
    return render(tr, h, body)


def ship_fulfillment(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "notify@phfulfillment-services.com", "mta2.phfulfillment-services.com", "mta2.phfulfillment-services.com",
                   "198.18.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), ta, "phfulfillment-services.com", "k1")
    h = [("DKIM-Signature", dkim("phfulfillment-services.com", "k1", rng)),
         ("From", "PowerHouse Catalog Orders <notify@phfulfillment-services.com>"),
         ("Reply-To", "powerhousecatalog@alliant-energy.com"),
         ("To", "ANN TESSMER <powerhousecatalog@alliant-energy.com>"),
         ("Subject", "Your PowerHouse Catalog order PH-881042 has shipped"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<shipconf.PH-881042.%s@phfulfillment-services.com>" % rs(rng, 10, HEXL)),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "OrderFlow Notify 5.2")]
    txt = ("Dear ANN TESSMER,\n\nYour PowerHouse Catalog order PH-881042 shipped today by Prairie Parcel Express.\n\n"
           "  Item 44-1180  Heated mattress pad, queen      1   $89.99\n  Item 17-0262  LED candle set (6)             1   $24.99\n\n"
           "Tracking number: PPX 7741 0029 6613\nEstimated delivery: Tuesday, December 8\n\n"
           "Thank you for shopping with the PowerHouse Catalog.\n"
           "This is an automated shipping notice. Questions about your order: 1-800-555-0155.")
    return render(tr, h, leaf(txt, "plain", "us-ascii", "7bit"))


def ship_carrier(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "bounce@notify.prairieparcel.com", "mail-a17.notify.prairieparcel.com", "mail-a17.notify.prairieparcel.com",
                   "198.18.40.%d" % rng.randint(2, 250), ta, "prairieparcel.com", "pp2024")
    h = [("DKIM-Signature", dkim("prairieparcel.com", "pp2024", rng)),
         ("From", "Prairie Parcel Express <tracking@prairieparcel.com>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "Out for delivery today: 1 package from PowerHouse Catalog"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<%s.%s@notify.prairieparcel.com>" % (rs(rng, 16, "0123456789"), rs(rng, 8, HEXL))),
         ("MIME-Version", "1.0"),
         ("X-Auto-Response-Suppress", "OOF, AutoReply")]
    txt = ("Your package is out for delivery today.\n\nFrom: PowerHouse Catalog, Madison WI\nTracking: PPX 7741 0031 2290\n"
           "Delivery window: 10:00 AM - 2:00 PM\nSignature required: No\n\n"
           "Not home? Change delivery: https://prairieparcel.com/t/PPX774100312290\n\n"
           "You are receiving this e-mail because this address was given for delivery updates. "
           "Prairie Parcel Express does not sell or share your information.")
    html = ('<html><body style="margin:0;font-family:Arial,sans-serif"><div style="background:#1f4e79;color:#fff;padding:12px">'
            '<b>PRAIRIE PARCEL EXPRESS</b></div><div style="padding:16px">%s</div></body></html>' % html_paras(txt))
    body = multipart("alternative", [leaf(txt, "plain", "utf-8", "7bit"), leaf(html, "html", "utf-8", "base64")],
                     "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), ms(t, rng)))
    return render(tr, h, body)


# =============================================================== vendor / partner / system notices

def vendor_mailhouse(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "jobs@heritagedirectmail.com", "mail.heritagedirectmail.com", "mail.heritagedirectmail.com",
                   "198.51.100.%d" % rng.randint(100, 200), ta, "heritagedirectmail.com", "hdm")
    bnd = "=_hdm_" + rs(rng, 28, HEXL)
    h = [("DKIM-Signature", dkim("heritagedirectmail.com", "hdm", rng)),
         ("From", "Heritage Direct Mail Services <jobs@heritagedirectmail.com>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Cc", "Patty Greiner <pgreiner@heritagedirectmail.com>"),
         ("Subject", "Job H26-GB PowerHouse Holiday Gift Book: drop complete / suppression summary"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<jobreport.H26-GB.%s@heritagedirectmail.com>" % rs(rng, 12, HEXL)),
         ("X-Mailer", "HDM JobTrack 2.8"),
         ("MIME-Version", "1.0")]
    txt = ("JOB STATUS REPORT (automated)\n\n"
           "Job:     H26-GB  PowerHouse Catalog Holiday 2026 Gift Book\n"
           "Client:  Alliant Energy / PowerHouse Catalog\n"
           "Status:  DROPPED 11/24/2026, USPS Marketing Mail, Madison NDC\n\n"
           "Input records ......................... 191,208\n"
           "NCOA moves applied ....................   4,117\n"
           "Nixies / undeliverable removed ........   1,396\n"
           "DMAchoice suppression .................   2,690\n"
           "Client do-not-mail suppression ........   1,961\n"
           "Duplicates removed ....................   2,721\n"
           "Pieces mailed ......................... 182,440\n\n"
           "List rental / exchange file H26-GB-X prepared with client do-not-share flags applied\n"
           "(1,284 records withheld). File will be released to the exchange only on client approval.\n\n"
           "Summary CSV attached. This report was generated automatically; for questions contact your\n"
           "account manager, Patty Greiner, 608-555-0186.")
    csv = ("step,records\ninput,191208\nncoa_moves,4117\nnixies,1396\ndmachoice,2690\nclient_dnm,1961\nduplicates,2721\nmailed,182440\n"
           "exchange_withheld_dns,1284\n").encode()
    body = multipart("mixed", [leaf(txt, "plain", "us-ascii", "7bit"), binary_leaf(csv, "text/csv", "H26-GB_suppression_summary.csv")], bnd)
    return render(tr, h, body)


def vendor_esp(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "bounce-%s@mail.sendwell.io" % rs(rng, 10, HEXL), "mta-07.mail.sendwell.io", "mta-07.mail.sendwell.io",
                   "198.51.100.%d" % rng.randint(10, 90), ta, "sendwell.io", "sw1")
    h = [("DKIM-Signature", dkim("sendwell.io", "sw1", rng)),
         ("From", "Sendwell <notices@sendwell.io>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Action required: 2027 plan changes and data retention for your Sendwell account"),
         ("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s@mail.sendwell.io>" % uuid_like(rng, upper=False)),
         ("MIME-Version", "1.0"),
         ("X-Sendwell-Category", "account-notice"),
         ("Precedence", "bulk")]
    txt = ("Hello Alliant Energy Customer Care,\n\n"
           "As the year wraps up, here is what changes on your Sendwell account on January 1, 2027:\n\n"
           "* Plan: your Business 250k plan renews at the 2027 list price. No action is needed to keep it.\n"
           "* Data retention: contact activity older than 36 months will be deleted automatically. Suppression\n"
           "  and unsubscribe lists are kept for the life of the account and are never deleted.\n"
           "* Sub-processors: we have added one sub-processor for EU data storage. The updated Data Processing\n"
           "  Addendum is at https://sendwell.io/legal/dpa.\n\n"
           "Account admins should review these changes by December 31.\n\n"
           "You are receiving this mandatory service notice because you are listed as an admin contact.\n"
           "Sendwell, Inc. | 500 Market Street, Suite 1200 | San Francisco, CA 94105")
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222"><img src="https://cdn.sendwell.io/logo.png" alt="Sendwell" width="120">%s</body></html>'
            % html_paras(txt))
    body = multipart("alternative", [leaf(txt, "plain", "utf-8", "quoted-printable"), leaf(html, "html", "utf-8", "quoted-printable")],
                     "sw_" + rs(rng, 30, HEXL))
    return render(tr, h, body)


def vendor_listcoop(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "renewals@midwestcatalogexchange.com", "smtp.midwestcatalogexchange.com", "smtp.midwestcatalogexchange.com",
                   "192.0.2.%d" % rng.randint(100, 200), ta, "midwestcatalogexchange.com", "mce")
    h = [("DKIM-Signature", dkim("midwestcatalogexchange.com", "mce", rng)),
         ("From", "Midwest Catalog Exchange <renewals@midwestcatalogexchange.com>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", "2027 Cooperative Database renewal: confirm your contribution file by Dec 31"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<renewal-2027-%s@midwestcatalogexchange.com>" % rs(rng, 10, "0123456789")),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "MCE Member Notices")]
    txt = ("Dear Member,\n\n"
           "Your Midwest Catalog Exchange membership (member ID 0417, PowerHouse Catalog) renews on January 1, 2027.\n\n"
           "To keep exchanging names in 2027, please upload your Q4 contribution file by December 31. As always,\n"
           "records flagged do-not-share or do-not-rent in your file are suppressed before any exchange, and\n"
           "consumers who opt out through the Exchange are removed from all member lists.\n\n"
           "Upload portal: https://members.midwestcatalogexchange.com/upload\n\n"
           "This is an automated notice to the member contact on file. Please do not reply.")
    return render(tr, h, leaf(txt, "plain", "us-ascii", "7bit"))


def crm_export(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "no-reply@relaycrm.com", "out-12.relaycrm.com", "out-12.relaycrm.com", "198.51.100.%d" % rng.randint(200, 250),
                   ta, "relaycrm.com", "rc")
    h = [("DKIM-Signature", dkim("relaycrm.com", "rc", rng)),
         ("From", "Relay CRM <no-reply@relaycrm.com>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Scheduled export complete: Marketing opt-outs 2026-12-10 (1,318 rows)"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<export.%s@relaycrm.com>" % rs(rng, 20, HEXL)),
         ("Auto-Submitted", "auto-generated"),
         ("MIME-Version", "1.0")]
    txt = ("Your scheduled export has finished.\n\n"
           "Export:      Marketing opt-outs (daily)\nWorkspace:   Alliant Energy Customer Care\nRows:        1,318\n"
           "Fields:      contact_id, email, channel, opt_out_date, source\nFile:        optouts_2026-12-10.csv (expires in 7 days)\n\n"
           "Download: https://app.relaycrm.com/exports/%s\n\n"
           "You get this e-mail because you own this scheduled export. Manage notifications in Settings > Exports."
           % rs(rng, 16, HEXL))
    html = '<html><body style="font-family:Arial,sans-serif;font-size:14px">%s</body></html>' % html_paras(txt)
    body = multipart("alternative", [leaf(txt, "plain", "utf-8", "7bit"), leaf(html, "html", "utf-8", "quoted-printable")],
                     "rc-" + rs(rng, 26, HEXL))
    return render(tr, h, body)


def calendar_invite(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    a = "pgreiner@heritagedirectmail.com"
    tr = our_trace(rng, d["box"], a, "mail.heritagedirectmail.com", "mail.heritagedirectmail.com", "198.51.100.%d" % rng.randint(100, 200),
                   ta, "heritagedirectmail.com", "hdm")
    uid = "040000008200E00074C5B7101A82E008" + rs(rng, 80, HEXU)
    start = _dt.datetime(2026, 12, 17, 16, 0, 0, tzinfo=UTC)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n"
           "BEGIN:VEVENT\nORGANIZER;CN=Patty Greiner:mailto:%s\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com:mailto:customercare@alliant-energy.com\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com\n"
           "DESCRIPTION;LANGUAGE=en-US:Review of the do-not-mail and do-not-share supp\n ression files before the H27 spring drop.\\n\n"
           "UID:%s\nSUMMARY;LANGUAGE=en-US:Year-end suppression file review - H27 spring drop\n"
           "DTSTART:20261217T160000Z\nDTEND:20261217T163000Z\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:%s\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nEND:VEVENT\nEND:VCALENDAR\n" %
           (a, uid, t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")))
    txt = ("Review of the do-not-mail and do-not-share suppression files before the H27 spring drop.\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           "Meeting ID: 221 904 771 33\nPasscode: 7Hq2Vz\n"
           "________________________________________________________________________________")
    h = [("DKIM-Signature", dkim("heritagedirectmail.com", "hdm", rng)),
         ("From", "Patty Greiner <%s>" % a),
         ("To", "customercare@alliant-energy.com, powerhousecatalog@alliant-energy.com"),
         ("Subject", "Year-end suppression file review - H27 spring drop"),
         ("Thread-Topic", "Year-end suppression file review - H27 spring drop"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<%s@HDMEX01.heritagedirectmail.local>" % rs(rng, 32, HEXL)),
         ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("MIME-Version", "1.0")]
    p_cal = leaf(ics.replace("\n", "\r\n"), "calendar", "utf-8", "base64", extra_params='; method=REQUEST')
    body = multipart("alternative", [leaf(txt, "plain", "us-ascii", "quoted-printable"), p_cal], "_000_%s_" % rs(rng, 30, HEXU))
    return render(tr, h, body)


def list_digest(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "utility-privacy-bounces+customercare=alliant-energy.com@lists.energycompliance.org",
                   "lists.energycompliance.org", "lists.energycompliance.org", "192.0.2.%d" % rng.randint(10, 60), ta,
                   "lists.energycompliance.org", "list")
    h = [("From", "utility-privacy-request@lists.energycompliance.org"),
         ("Subject", "Utility-Privacy Digest, Vol 14, Issue 48"),
         ("To", "customercare@alliant-energy.com"),
         ("Reply-To", "utility-privacy@lists.energycompliance.org"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<mailman.%d.%d.utility-privacy@lists.energycompliance.org>" % (rng.randint(100, 999), unix(t))),
         ("MIME-Version", "1.0"),
         ("Precedence", "list"),
         ("X-BeenThere", "utility-privacy@lists.energycompliance.org"),
         ("X-Mailman-Version", "2.1.39"),
         ("List-Id", "Privacy practitioners at gas and electric utilities <utility-privacy.lists.energycompliance.org>"),
         ("List-Unsubscribe", "<https://lists.energycompliance.org/mailman/options/utility-privacy>,\n <mailto:utility-privacy-request@lists.energycompliance.org?subject=unsubscribe>"),
         ("List-Post", "<mailto:utility-privacy@lists.energycompliance.org>"),
         ("Errors-To", "utility-privacy-bounces+customercare=alliant-energy.com@lists.energycompliance.org")]
    txt = ("Send Utility-Privacy mailing list submissions to\n\tutility-privacy@lists.energycompliance.org\n\n"
           "Today's Topics:\n\n"
           "   1. Re: Handling \"do not sell\" requests that arrive by paper mail (Karen L.)\n"
           "   2. Holiday catalog complaints - gift recipients (Mark Oduya)\n"
           "   3. Re: Auto-replies to opt-out confirmations (Dee Halvorsen)\n\n"
           "----------------------------------------------------------------------\n\n"
           "Message: 1\nDate: Wed, 9 Dec 2026 14:21:09 -0500\nFrom: Karen L.\nSubject: Re: Handling \"do not sell\" requests that arrive by paper mail\n\n"
           "We scan them and key them into the same queue as e-mail. The hard part is matching a\n"
           "handwritten name to the account when there is no account number.\n\n"
           "------------------------------\n\n"
           "Message: 2\nDate: Wed, 9 Dec 2026 16:02:44 -0600\nFrom: Mark Oduya\nSubject: Holiday catalog complaints - gift recipients\n\n"
           "Anyone else seeing a spike from people who received a catalog because someone sent them a gift?\n"
           "We treat \"stop sending me this\" as a mail opt-out and \"don't sell my name\" separately.\n\n"
           "------------------------------\n\n"
           "Message: 3\nDate: Thu, 10 Dec 2026 07:40:18 -0600\nFrom: Dee Halvorsen\nSubject: Re: Auto-replies to opt-out confirmations\n\n"
           "Never confirm to an out-of-office. We had a loop last year that sent 4,000 confirmations\n"
           "to one vacation responder.\n\n"
           "------------------------------\n\n"
           "_______________________________________________\nUtility-Privacy mailing list\nutility-privacy@lists.energycompliance.org\n"
           "To unsubscribe: https://lists.energycompliance.org/mailman/options/utility-privacy\n\n"
           "End of Utility-Privacy Digest, Vol 14, Issue 48\n************************************************\n")
    return render(tr, h, leaf(txt, "plain", "us-ascii", "7bit", cs_quote=False))


# =============================================================== bulk: charity appeals, cold outreach

def charity_warm(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "bounce-mc.us21_%d.%d-customercare=alliant-energy.com@mail%d.atl31.rsgsv.net" % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 5, 10 ** 6), rng.randint(100, 300)),
                   "mail%d.atl31.rsgsv.net" % rng.randint(100, 300), "mail%d.atl31.rsgsv.net" % rng.randint(100, 300),
                   "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(1, 250)), ta, "warmneighborsfund.org", "k2")
    h = [("DKIM-Signature", dkim("warmneighborsfund.org", "k2", rng, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type:MIME-Version")),
         ("Subject", "Your gift keeps a neighbor warm this winter"),
         ("From", "Warm Neighbors Energy Fund <news@warmneighborsfund.org>"),
         ("Reply-To", "Warm Neighbors Energy Fund <news@warmneighborsfund.org>"),
         ("To", "<customercare@alliant-energy.com>"),
         ("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s.%s@mail%d.atl31.rsgsv.net>" % (rs(rng, 20, HEXL), rs(rng, 8, HEXL), rng.randint(100, 300))),
         ("List-ID", "%s mcsv.net" % rs(rng, 24, HEXL)),
         ("List-Unsubscribe", "<https://warmneighborsfund.us21.list-manage.com/unsubscribe?u=%s&id=%s>, <mailto:unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (rs(rng, 24, HEXL), rs(rng, 10, HEXL), rs(rng, 30, HEXL))),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk"),
         ("MIME-Version", "1.0")]
    txt = ("WARM NEIGHBORS ENERGY FUND\n\nWhen the temperature drops, some families have to choose between heat and groceries.\n\n"
           "This December, every $25 you give helps a neighbor in Iowa or Wisconsin keep the furnace running for a week. "
           "Our partners at local utilities match gifts made before December 31.\n\n"
           "Give today: https://warmneighborsfund.org/give\n\n"
           "Thank you for your past support.\n\n"
           "You are receiving this because you subscribed at warmneighborsfund.org or gave in the past. "
           "Unsubscribe: https://warmneighborsfund.us21.list-manage.com/unsubscribe\n"
           "We never share or sell your information.\n"
           "Warm Neighbors Energy Fund, PO Box 1147, Cedar Rapids, IA 52406")
    html = ('<!doctype html><html><head><meta charset="UTF-8"><title>Your gift keeps a neighbor warm</title></head>'
            '<body style="background:#eef3f7"><center><table width="600" style="background:#fff"><tr><td style="padding:24px;font-family:Arial">'
            '<img src="https://mcusercontent.com/wnef/header.jpg" width="552" alt="Warm Neighbors">%s'
            '<p><a href="https://warmneighborsfund.org/give" style="background:#c0392b;color:#fff;padding:10px 18px">GIVE TODAY</a></p>'
            '</td></tr></table></center></body></html>' % html_paras(txt))
    body = multipart("alternative", [leaf(txt, "plain", "utf-8", "quoted-printable"), leaf(html, "html", "utf-8", "quoted-printable")],
                     "_----------=_MCPart_%d" % rng.randint(10 ** 8, 10 ** 9))
    return render(tr, h, body)


def charity_pantry(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "bounces@e.cedarvalleypantry.org", "e.cedarvalleypantry.org", "mta41.e.cedarvalleypantry.org",
                   "192.0.2.%d" % rng.randint(150, 250), ta, "cedarvalleypantry.org", "cv")
    h = [("DKIM-Signature", dkim("cedarvalleypantry.org", "cv", rng)),
         ("From", "Cedar Valley Food Pantry <giving@cedarvalleypantry.org>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", ew("Your gift doubles until Dec 31 \U0001F381", "utf-8", "B")),
         ("Date", rfcdate(t)),
         ("Message-ID", "<%s@e.cedarvalleypantry.org>" % uuid_like(rng, upper=False)),
         ("List-Unsubscribe", "<https://e.cedarvalleypantry.org/u/%s>" % rs(rng, 22, ALNUM)),
         ("Precedence", "bulk"),
         ("MIME-Version", "1.0")]
    html = ("<html><body style=\"font-family:Verdana,sans-serif\"><h2>Double your impact this holiday season</h2>"
            "<p>Thanks to a generous local business partner, every gift made before December 31 is matched dollar for dollar, "
            "up to $40,000.</p><p>Last year our community partners, including local businesses and utility employees, "
            "helped us serve 11,200 families.</p><p><a href=\"https://cedarvalleypantry.org/double\">Give now</a></p>"
            "<p style=\"font-size:11px;color:#777\">Cedar Valley Food Pantry is a 501(c)(3) organization. "
            "<a href=\"https://e.cedarvalleypantry.org/u/x\">Unsubscribe</a> | "
            "<a href=\"https://e.cedarvalleypantry.org/p\">Update preferences</a></p></body></html>")
    return render(tr, h, leaf(html, "html", "utf-8", "quoted-printable"))


def cold_seo(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    a = "jake@rankrise-digital.co"
    tr = our_trace(rng, d["box"], a, "mail-sor-f65.google.com", "mail-sor-f65.google.com", "209.85.220.65", ta, "rankrise-digital.co", "google")
    h = [("DKIM-Signature", dkim("rankrise-digital.co", "google", rng, "mime-version:from:date:message-id:subject:to")),
         ("MIME-Version", "1.0"),
         ("From", "Jake Morales <%s>" % a),
         ("Date", rfcdate(t.astimezone(EST_))),
         ("Message-ID", "<CAJ%s@mail.gmail.com>" % b64blob(rng, 50).replace("/", "_")),
         ("Subject", "Quick question about alliant-energy.com"),
         ("To", "customercare@alliant-energy.com"),
         ("X-Mailer", "Mailshake")]
    txt = ("Hi there,\n\nI was looking at alliant-energy.com and noticed your \"12 Days of Savings\" pages aren't showing up "
           "for some pretty valuable searches like \"heated throw sale\" and \"space heater deals Iowa\".\n\n"
           "We help utilities and retailers fix exactly that. Would you be open to a 15-minute call next week? "
           "I can send over a free audit either way.\n\n"
           "Cheers,\nJake Morales\nGrowth Lead, RankRise Digital\n\n"
           "P.S. Not the right person? Just let me know who handles the website. If you'd rather not hear from me, reply "
           "\"no thanks\" and I won't follow up.")
    body = multipart("alternative", [leaf(txt, "plain", "UTF-8", "auto"), leaf('<div dir="ltr">%s</div>' % html_lines(txt), "html", "UTF-8", "auto")],
                     "000000000000" + rs(rng, 16, HEXL))
    return render(tr, h, body)


EST_ = _dt.timezone(_dt.timedelta(hours=-5))


# =============================================================== phishing

def phish_refund(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "info@srv%d.vps-hostbox.ru" % rng.randint(10, 99), "srv71.vps-hostbox.ru", "unknown",
                   "185.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), ta,
                   "alliant-energy-billing.com", None, dkim_ok=False, spf="softfail", dmarc="none", spam_score="4.8", tls=False)
    h = [("From", "Alliant Energy Billing <refunds@alliant-energy-billing.com>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Winter Rate Adjustment: You are owed $184.50"),
         ("Date", rfcdate(t)),
         ("Message-ID", "<%s@alliant-energy-billing.com>" % rs(rng, 18, HEXL)),
         ("MIME-Version", "1.0"),
         ("X-Priority", "1 (Highest)"),
         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")]
    html = ("<html><body><table width=\"560\" style=\"font-family:Arial\"><tr><td><img src=\"http://alliant-energy-billing.com/img/logo.png\">"
            "<p>Dear Valued Customer,</p><p>Due to a winter rate adjustment your account is owed a refund of <b>$184.50</b>.</p>"
            "<p>To receive your refund please verify your banking details within <b>48 hours</b>:</p>"
            "<p><a href=\"http://alliant-energy-billing.com/refund/verify?id=%s\">VERIFY AND CLAIM REFUND \x96 click here</a></p>"
            "<p>If you do not verify, your refund will be applied to the state unclaimed funds \x96 and cannot be recovered.</p>"
            "<p>Alliant Energy Billing Department</p><p style=\"font-size:9px\">\xa9 2026 Alliant Energy. To stop receiving notices "
            "reply STOP.</p></td></tr></table></body></html>" % rs(rng, 12, ALNUM))
    p = Part([("Content-Type", 'text/html; charset="windows-1252"'), ("Content-Transfer-Encoding", "quoted-printable")],
             __import__("quopri").encodestring(html.encode("latin-1")))
    return render(tr, h, p)


def phish_courier(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "noreply@track-postaldelivery.top", "mx.track-postaldelivery.top", "unknown",
                   "45.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), ta,
                   "track-postaldelivery.top", None, dkim_ok=False, spf="neutral", dmarc="none", spam_score="5.6", tls=False)
    h = [("From", "PostalTrack Delivery <noreply@track-postaldelivery.top>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", "Delivery attempt failed - address update required #US9514901185421"),
         ("Date", rfcdate(t.astimezone(UTC)).replace("-0000", "+0000")),
         ("Message-ID", "<%s@track-postaldelivery.top>" % uuid_like(rng)),
         ("MIME-Version", "1.0")]
    html = ("<html><body style=\"font-family:Arial\"><div style=\"background:#333366;color:#fff;padding:8px\">PostalTrack</div>"
            "<p>We attempted to deliver your holiday package today but the address was incomplete.</p>"
            "<p>Tracking: <b>US9514901185421</b><br>Status: <span style=\"color:red\">On hold - address issue</span></p>"
            "<p>To schedule redelivery, confirm your address and pay the $1.99 redelivery fee within 24 hours:</p>"
            "<p><a href=\"https://track-postaldelivery.top/redeliver/US9514901185421\">Schedule Redelivery</a></p>"
            "<p>Packages not rescheduled will be returned to sender.</p></body></html>")
    return render(tr, h, leaf(html, "html", "utf-8", "quoted-printable"))


def phish_gift(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "bounce@hlday-rwrds-center.top", "mail.hlday-rwrds-center.top", "unknown",
                   "103.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), ta,
                   "hlday-rwrds-center.top", None, dkim_ok=False, spf="none", dmarc="none", spam_score="5.9", tls=False)
    h = [("From", ew("Holiday Rewards Center \U0001F384", "utf-8", "B") + " <rewards@hlday-rwrds-center.top>"),
         ("To", "customercare@alliant-energy.com"),
         ("Subject", ew("Congratulations! Your $500 Holiday Reward is waiting \U0001F381", "utf-8", "B")),
         ("Date", rfcdate(t)),
         ("Message-ID", "<%s@hlday-rwrds-center.top>" % rs(rng, 26, ALNUM)),
         ("MIME-Version", "1.0")]
    html = ("<html><body><center><h1 style=\"color:#c00\">\U0001F381 CONGRATULATIONS \U0001F381</h1>"
            "<p>You have been selected to receive a <b>$500 holiday gift card</b> from your utility company as a thank-you for being a loyal customer!</p>"
            "<p>Just answer 3 quick questions and pay shipping ($2.95).</p>"
            "<p><a href=\"https://hlday-rwrds-center.top/claim?r=%s\">CLAIM MY REWARD</a></p>"
            "<p style=\"font-size:8px\">If you no longer wish to receive these messages, <a href=\"https://hlday-rwrds-center.top/out\">unsubscribe here</a>. "
            "We respect your privacy and do not share your information.</p></center></body></html>" % rs(rng, 16, ALNUM))
    return render(tr, h, leaf(html, "html", "utf-8", "base64"))


def phish_es(rng, d):
    t = d["dt"]
    ta = arrive(d, rng)
    tr = our_trace(rng, d["box"], "aviso@paqueteria-aduana-mx.com", "smtp.paqueteria-aduana-mx.com", "unknown",
                   "191.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), ta,
                   "paqueteria-aduana-mx.com", None, dkim_ok=False, spf="softfail", dmarc="none", spam_score="5.2", tls=False)
    h = [("From", ew("Paquetería Internacional", "iso-8859-1", "Q") + " <aviso@paqueteria-aduana-mx.com>"),
         ("To", "powerhousecatalog@alliant-energy.com"),
         ("Subject", ew("Su paquete está retenido en aduana - acción requerida", "iso-8859-1", "Q")),
         ("Date", rfcdate(t)),
         ("Message-ID", "<%s@paqueteria-aduana-mx.com>" % rs(rng, 20, HEXL)),
         ("MIME-Version", "1.0")]
    txt = ("Estimado cliente:\n\nSu paquete navideño está retenido en aduana por falta de pago de impuestos ($3.49 USD).\n"
           "Para liberar su envío, confirme sus datos y realice el pago en las próximas 24 horas:\n\n"
           "https://paqueteria-aduana-mx.com/liberar?id=%s\n\n"
           "Si no realiza el pago, el paquete será devuelto al remitente.\n\nAtentamente,\nDepartamento de Aduanas" % rs(rng, 10, ALNUM))
    html = "<html><body>%s</body></html>" % html_paras(txt)
    body = multipart("alternative", [leaf(txt, "plain", "iso-8859-1", "quoted-printable"), leaf(html, "html", "iso-8859-1", "quoted-printable")],
                     "----=_NextPart_000_%s" % rs(rng, 16, HEXU))
    return render(tr, h, body)


# =============================================================== the schedule

A("m-ooo-d1", "01 06:00:41", PH, "a-ooo", ooo_exchange_d1, program="Exchange Online auto-reply",
  spec="Exchange out-of-office answering Day 1",
  note="out-of-office auto-reply (Auto-Submitted, X-Auto-Response-Suppress): never acknowledge")
A("m-bounce-ack", "02 09:40:12", CC, "a-bounce", bounce_postfix_ack, program="Postfix DSN (our relay)",
  spec="our relay's DSN: acknowledgement to a typo'd domain (mchsi.con)",
  note="bounce of our own acknowledgement; the returned headers mention opting out: automated")
A("m-mailhouse", "02 14:20:05", PH, "a-vendor", vendor_mailhouse, program="mail-house job report",
  spec="mail house drop report with suppression counts and a CSV",
  note="vendor system report full of 'do-not-share'/'suppression' words: not a request (LABELS), automated")
A("m-brightleaf", "03 08:14:27", CC, "a-notif", ship_brightleaf, program="retailer ESP (transactional)",
  spec="another retailer's shipping confirmation sent to our address by mistake",
  note="shipping notification for someone who typed our address at checkout: automated; the customer's name/ZIP are not entities")
A("m-phish-refund", "03 16:51:09", CC, "a-phish", phish_refund, program="spam sender",
  spec="phishing: fake Alliant winter refund, windows-1252 HTML only",
  note="phishing impersonating us ('reply STOP' in its footer): automated, never answer")
A("m-fulfil", "03 18:22:40", PH, "a-notif", ship_fulfillment, program="fulfilment vendor",
  spec="our fulfilment vendor's ship notice sent to the catalog mailbox (customer's e-mail recorded as ours)",
  note="order shipping notice produced by a system; Reply-To is our own mailbox: automated")
A("m-ooo-cpanel", "04 06:01:03", PH, "a-ooo", ooo_cpanel, program="cPanel autoresponder",
  spec="headerless autoresponder answering Day 4 (no Auto-Submitted)",
  note="auto-reply without Auto-Submitted or In-Reply-To; still automated (LABELS: headerless auto-replies)")
A("m-bounce-d5", "05 06:02:18", PH, "a-bounce", bounce_postfix_d5, program="Postfix DSN (our relay)",
  spec="DSN for Day 5 with the full original message (footer says unsubscribe)",
  note="bounce returning our own promo, whose footer says unsubscribe and mentions sharing: automated")
A("m-charity-warm", "05 10:00:33", CC, "a-bulk", charity_warm, program="Mailchimp-style bulk sender",
  spec="charity appeal newsletter (List-Unsubscribe, Precedence: bulk)",
  note="bulk charity appeal: automated, its unsubscribe text is its own")
A("m-seo", "06 02:14:51", CC, "a-cold", cold_seo, program="sales-automation tool over Gmail",
  spec="cold SEO outreach mentioning our 12 Days pages",
  note="cold sales outreach (LABELS: not a request), automated even though a person's name signs it")
A("m-esp", "07 09:30:00", CC, "a-vendor", vendor_esp, program="ESP account notice",
  spec="e-mail vendor's year-end plan and data-retention notice",
  note="vendor year-end notice mentioning suppression and unsubscribe lists: automated")
A("m-phish-courier", "07 14:02:26", CC, "a-phish", phish_courier, program="spam sender",
  spec="phishing: fake parcel redelivery fee",
  note="holiday parcel phishing: automated")
A("m-bounce-d8", "08 06:01:48", PH, "a-bounce", bounce_qmail_d8, program="qmail bounce (no MIME)",
  spec="qmail failure notice for Day 8, no MIME headers, original text inline",
  note="legacy bounce with our promo pasted inline (unsubscribe/sharing footer): automated")
A("m-loop-ack", "08 14:10:37", CC, "a-loop", ooo_loop_ack, program="Gmail vacation responder",
  spec="vacation responder answering our acknowledgement",
  note="LOOP TRAP: an auto-reply to our own acknowledgement; acknowledging it would start a loop")
A("m-ooo-es", "09 09:01:12", CC, "a-ooo", ooo_spanish_nl, lang="es+en", program="Exchange Online auto-reply",
  spec="Spanish/English out-of-office answering the newsletter, iso-8859-1",
  note="bilingual out-of-office (Auto-Submitted): automated")
A("m-mdn", "09 08:29:44", CC, "a-mdn", mdn_ack, program="Outlook read receipt (MDN)",
  spec="read receipt for our acknowledgement",
  note="read receipt (multipart/report; disposition-notification): automated")
A("m-listcoop", "09 10:15:20", PH, "a-vendor", vendor_listcoop, program="list co-op member notice",
  spec="catalog list co-op renewal notice ('do-not-share' flags)",
  note="partner notice about list exchange, full of do-not-share words: not a request, automated")
A("m-digest", "10 05:00:04", CC, "a-list", list_digest, program="Mailman digest",
  spec="mailing-list digest of a privacy practitioners' list",
  note="mailing-list digest; people wrote it, but list traffic is automated (LABELS)")
A("m-ndr-ack", "10 11:32:06", CC, "a-bounce", ndr_exchange_ack, program="Exchange Online NDR",
  spec="Exchange NDR: mailbox full, for our acknowledgement",
  note="non-delivery report for our acknowledgement: automated")
A("m-crm", "11 06:00:09", CC, "a-vendor", crm_export, program="CRM system notification",
  spec="CRM says the daily opt-out export is ready",
  note="system notification about an opt-out export (LABELS: CRM export notice): automated")
A("m-carrier", "11 09:40:51", PH, "a-notif", ship_carrier, program="carrier notification",
  spec="carrier 'out for delivery' notice sent to the catalog mailbox",
  note="carrier notification with 'does not sell or share' boilerplate: automated")
A("m-exim-d11", "11 06:04:33", PH, "a-bounce", bounce_exim_d11, program="Exim bounce",
  spec="Exim bounce for Day 11 (account closed)",
  note="bounce (X-Failed-Recipients, Auto-Submitted): automated")
A("m-cal", "11 13:45:18", CC, "a-cal", calendar_invite, program="Exchange meeting request",
  spec="calendar invitation from the mail house (text/calendar, both mailboxes invited)",
  note="calendar invitation (text/calendar) about suppression files: not a request, automated")
A("m-ooo-nlm", "12 06:00:52", PH, "a-ooo", no_longer_monitored, program="hosting autoresponder",
  spec="'this address is no longer monitored' reply to Day 12, no Auto-Submitted",
  note="headerless 'no longer monitored' auto-reply: automated (LABELS)")
A("m-cr", "12 08:10:29", CC, "a-cr", challenge_ack, program="challenge-response filter",
  spec="challenge-response asking us to verify, in reply to our acknowledgement",
  note="challenge-response to our acknowledgement: automated, do not answer or click")
A("m-charity-pantry", "12 11:00:00", CC, "a-bulk", charity_pantry, program="nonprofit bulk sender",
  spec="food pantry year-end appeal, HTML only",
  note="bulk year-end appeal: automated")
A("m-phish-gift", "12 22:37:14", CC, "a-phish", phish_gift, program="spam sender",
  spec="phishing: '$500 holiday reward', base64 HTML, emoji subject",
  note="gift-card phishing with its own 'unsubscribe' and 'do not share' lines: automated")
A("m-phish-es", "13 03:12:45", PH, "a-phish", phish_es, lang="es", program="spam sender",
  spec="Spanish phishing: parcel held in customs, iso-8859-1",
  note="Spanish customs-fee phishing: automated")
