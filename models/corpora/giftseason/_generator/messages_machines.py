# -*- coding: utf-8 -*-
"""Machine mail around the people: bounces, auto-replies, receipts, newsletters, vendor notices, phishing,
list traffic, invitations; plus three machine-built but person-initiated messages (web form relay and two
inbox-cleaner unsubscribes)."""
import datetime

import ours
from mime import (Part, b64_encode, enc_header, entity_body, fake_b64, fake_hex, qp_encode, text_leaf)
from transport import (CST, PST, UTC, auth_line, dkim_sig, fmt, prov_google, prov_microsoft, prov_yahoo,
                       queue_id)

SPECS = []
MO = "marketing_opt_out"


def A(key, when, box, make, note, cat, program, lang="en", **kw):
    d = dict(key=key, when=when, box=box, make=make, note=note, cat=cat, program=program, lang=lang,
             automated=True, labels=[], ent={})
    d.update(kw)
    SPECS.append(d)


def HM(key, when, box, make, note, cat, program, labels, frm, ack="from", ent=None, lang="en", **kw):
    """person-initiated but machine-built (web form relay, inbox cleaner)."""
    d = dict(key=key, when=when, box=box, make=make, note=note, cat=cat, program=program, lang=lang,
             automated=False, labels=labels, ent=ent or {}, frm=frm)
    if ack != "from":
        d["ack"] = ack
    d.update(kw)
    SPECS.append(d)


def hdrs(lst):
    return "\n".join("%s:%s" % (n, (" " + v) if v != "" else "") for n, v in lst)


def entity_text(headers, part):
    """top-level headers list + a Part (its own headers appended)."""
    return hdrs(headers + part.headers) + "\n\n" + entity_body(part) + "\n"


def ack_copy(ref, rcpt, t_sent, irt=None):
    """Our acknowledgement as it left smtp-out1 (headers, body)."""
    day = t_sent.strftime("%B ") + str(t_sent.day) + t_sent.strftime(", %Y")
    body = ours.ACK_TEXT.format(day=day, ref=ref)
    sig, _ = dkim_sig("ack" + ref, "alliant-energy.com", "ae2027", "from:to:subject:date:message-id:in-reply-to:\n\t "
                                                                    "auto-submitted", t_sent)
    h = [("Received", "from intake01.alliant-energy.com (intake01.alliant-energy.com [10.40.5.14])\n\tby "
                      "smtp-out1.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                          queue_id(_R(ref)), rcpt, fmt(t_sent, "paren"))),
         ("DKIM-Signature", sig),
         ("From", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
         ("To", rcpt),
         ("Subject", "We received your request [%s]" % ref),
         ("Date", fmt(t_sent)),
         ("Message-ID", "<ack.%s@alliant-energy.com>" % ref)]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", irt))
    h += [("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="utf-8"'),
          ("Content-Transfer-Encoding", "7bit")]
    return h, body


def _R(seed):
    import random
    import hashlib
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))


def internal_auth(host, ip):
    return ("dkim=none;\n\tspf=pass (mx.alliant-energy.com: postmaster@%s designates %s as permitted sender) "
            "smtp.helo=%s;\n\tdmarc=none header.from=%s" % (host, ip, host, host))


def dt_cst(s):
    return datetime.datetime.strptime("2027-" + s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST)


# =================================================================== 1. newsletter: Privacy Desk Weekly
def mk_privacydesk(c):
    t = c["t"]
    key = c["key"]
    sig, b = dkim_sig(key, "privacydeskweekly.com", "s1", "from:to:subject:date:list-unsubscribe:list-unsubscribe-post:"
                                                          "\n\t mime-version:content-type:message-id", t)
    sig2, _ = dkim_sig(key + "2", "sendstream.net", "ss1", "from:to:subject:date:feedback-id", t)
    text = """PRIVACY DESK WEEKLY | Monday, November 29, 2027

THIS WEEK
1. Nine state privacy laws take effect January 1. Our one-page chart of
   opt-out deadlines, universal opt-out signals and "sale" definitions.
2. Catalog co-ops and the "do not share" flag: what regulators asked
   three retailers this fall, and what their answers tell the rest of us.
3. Data broker registration: the December 31 deadline you may have missed.
4. Holiday staffing: a checklist for privacy inboxes that triple in volume
   between Thanksgiving and New Year's.

Read the full issue: https://www.privacydeskweekly.com/issues/2027-11-29

--
You are receiving Privacy Desk Weekly because customercare@alliant-energy.com
subscribed at privacydeskweekly.com. Unsubscribe:
https://www.privacydeskweekly.com/u/8f2c1e77a4
Privacy Desk Media LLC, 1200 Market St Ste 410, St. Louis, MO 63103"""
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Privacy Desk Weekly</title></head>\n"
            "<body style=\"margin:0;padding:0;background:#f2f2f2\">\n<table width=\"100%\" cellpadding=\"0\" "
            "cellspacing=\"0\"><tr><td align=\"center\">\n<table width=\"600\" style=\"background:#ffffff;font-family:"
            "Georgia,serif\"><tr><td style=\"padding:24px\">\n<h1 style=\"font-size:22px\">Privacy Desk Weekly</h1>\n"
            "<p>Monday, November 29, 2027</p>\n<ol>\n<li>Nine state privacy laws take effect January 1. Our one-page "
            "chart of opt-out deadlines, universal opt-out signals and &quot;sale&quot; definitions.</li>\n<li>Catalog "
            "co-ops and the &quot;do not share&quot; flag: what regulators asked three retailers this fall.</li>\n"
            "<li>Data broker registration: the December 31 deadline you may have missed.</li>\n<li>Holiday staffing: "
            "a checklist for privacy inboxes that triple in volume between Thanksgiving and New Year's.</li>\n</ol>\n"
            "<p><a href=\"https://www.privacydeskweekly.com/issues/2027-11-29\">Read the full issue</a></p>\n"
            "<p style=\"font-size:11px;color:#777\">You are receiving Privacy Desk Weekly because "
            "customercare@alliant-energy.com subscribed. <a href=\"https://www.privacydeskweekly.com/u/8f2c1e77a4\">"
            "Unsubscribe</a><br>Privacy Desk Media LLC, 1200 Market St Ste 410, St. Louis, MO 63103</p>\n"
            "</td></tr></table>\n</td></tr></table>\n<img src=\"https://o.sendstream.net/open/8f2c1e77a4.gif\" "
            "width=\"1\" height=\"1\" alt=\"\">\n</body></html>")
    bnd = "ss_%s" % fake_hex(key + "b", 24)
    part = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)],
                parts=[text_leaf(text, charset="utf-8", cte="quoted-printable"),
                       text_leaf(html, "html", "utf-8", cte="quoted-printable")], boundary=bnd)
    env = "bounces+7781220-c1e7-customercare=alliant-energy.com@em4187.privacydeskweekly.com"
    top = [("DKIM-Signature", sig), ("DKIM-Signature", sig2),
           ("Received", "by filterdrecv-6d8b7c9f4-x2kqp with SMTP id filterdrecv-6d8b7c9f4-x2kqp-1-%s-1F\n"
                        "        %s" % (fake_hex(key, 8).upper(), t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
                                        [:-3] + " +0000 UTC m=+%d.%06d" % (c["r"].randint(100000, 999999),
                                                                           c["r"].randint(0, 999999)))),
           ("Received", "from cmp-3.sendstream.net (unknown)\n\tby geopod-ismtpd-14 (SG) with HTTP\n\tid %s\n\tfor "
                        "<customercare@alliant-energy.com>;\n\t%s" % (fake_b64(key + "ism", 22).replace("+", "x")
                                                                      .replace("/", "y"),
                                                                      fmt(t.astimezone(UTC)) + " (UTC)")),
           ("Date", fmt(t.astimezone(UTC))),
           ("From", '"Privacy Desk Weekly" <newsletter@privacydeskweekly.com>'),
           ("Mime-Version", "1.0"),
           ("To", "customercare@alliant-energy.com"),
           ("Message-ID", "<%s@geopod-ismtpd-14>" % fake_b64(key + "mid", 22).replace("+", "x").replace("/", "y")),
           ("Subject", "Privacy Desk Weekly: 9 state laws on Jan 1, catalog co-ops, broker deadline"),
           ("List-Unsubscribe", "<mailto:unsubscribe@privacydeskweekly.com?subject=unsub-8f2c1e77a4>,\n "
                                "<https://www.privacydeskweekly.com/u/8f2c1e77a4?oc=1>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("List-Id", "Privacy Desk Weekly <weekly.privacydeskweekly.com>"),
           ("Precedence", "bulk"),
           ("X-SS-EID", fake_b64(key + "eid", 64)),
           ("Feedback-ID", "7781220:SG")]
    auth = auth_line(None, dkim_d="privacydeskweekly.com", dkim_s="s1", dkim_b=b, mailfrom=env,
                     ip="149.72.190.12", dmarc_policy="p=NONE sp=NONE dis=NONE", from_domain="privacydeskweekly.com")
    return dict(envelope=env, conn_host="o12.em4187.privacydeskweekly.com", conn_ip="149.72.190.12", auth=auth,
                text=entity_text(top, part))


A("news-privacydesk", "11-29 06:52", "cc", mk_privacydesk,
  "subscribed privacy newsletter (List-Id, Precedence: bulk) full of opt-out vocabulary: automated",
  "automated: newsletter", "ESP newsletter")


# =================================================================== 2. Exchange OOO to Cyber Monday
def ooo_exchange(c, who, waddr, subject_prefix, orig_subject, orig_msgid, body_text, html_text=None,
                 to_display="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>", lang="en-US"):
    t = c["t"]
    key = c["key"]
    pv = prov_microsoft(c["r"], key, waddr, t, business=True)
    msgid = "<%s%s@%s>" % (pv["ms_pod"], fake_hex(key + "m", 24).upper(), pv["ms_fqdn"])
    subj = enc_header(subject_prefix + orig_subject)
    own = [("From", who),
           ("To", to_display),
           ("Subject", subj),
           ("Thread-Topic", enc_header(orig_subject)),
           ("Thread-Index", "AQH" + fake_b64(key + "ti", 25)),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", msgid),
           ("References", orig_msgid),
           ("In-Reply-To", orig_msgid),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Has-Attach", ""),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", waddr),
           ("X-MS-TNEF-Correlator", ""),
           ("x-ms-exchange-parent-message-id", orig_msgid),
           ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
           ("Content-Language", lang)]
    bnd = "_000_%s_" % msgid.strip("<>").split("@")[0]
    html_text = html_text or body_text
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div>\n</body>\n'
            '</html>\n' % "<br>\n".join(l.replace("&", "&amp;") for l in html_text.split("\n")))
    part = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd)],
                parts=[text_leaf(body_text, charset="utf-8", cte="base64"),
                       text_leaf(html, "html", "utf-8", cte="base64")], boundary=bnd)
    text = hdrs(pv["top"] + own + part.headers + [("MIME-Version", "1.0")] + pv["tail"]) + "\n\n" + \
        entity_body(part) + "\n"
    return dict(envelope="", conn_host=pv["conn_host"], conn_helo=pv["conn_helo"], conn_ip=pv["conn_ip"],
                auth=pv["auth"].replace("smtp.mailfrom=%s" % waddr, "smtp.helo=%s" % pv["conn_helo"])
                .replace("domain of %s" % waddr, "domain of postmaster@%s" % pv["conn_helo"]), text=text)


def mk_ooo_dental(c):
    cm = ours.CAMPAIGNS["CM"]
    return ooo_exchange(c, "Jill Sorensen <jsorensen@hawkeyefamilydental.com>", "jsorensen@hawkeyefamilydental.com",
                        "Automatic reply: ", cm["subject"], cm["msgid"].format(h=fake_hex("CM" + "ooo", 10)),
                        "Thank you for your email. I am out of the office for the Thanksgiving holiday and will "
                        "return Wednesday, December 1.\n\nFor appointments or billing questions please call the front "
                        "desk at 563-555-0126.\n\nJill Sorensen\nOffice Manager, Hawkeye Family Dental")


A("ooo-dental-cyber", "11-29 08:03", "ph", mk_ooo_dental,
  "Exchange out-of-office answering the Cyber Monday promo (Auto-Submitted, null sender): automated",
  "automated: auto-reply", "Exchange Online OOF")


# =================================================================== 3. Postfix DSN from our outbound (DNS)
def postfix_dsn(c, rcpt, ref, t_ack, status, diag, reason_text, remote=None, irt=None):
    t = c["t"]
    key = c["key"]
    r = c["r"]
    bnd = "%s.%d/smtp-out1.alliant-energy.com" % (queue_id(r, 10), int(t.timestamp()))
    qid = queue_id(r, 10)
    notif = """This is the mail system at host smtp-out1.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: %s""" % (rcpt, reason_text)
    ds = """Reporting-MTA: dns; smtp-out1.alliant-energy.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: %s
%sDiagnostic-Code: %s""" % (qid, fmt(t_ack, "paren"), rcpt, rcpt, status,
                            ("Remote-MTA: dns; %s\n" % remote) if remote else "", diag)
    ah, abody = ack_copy(ref, rcpt, t_ack, irt)
    rh = hdrs([("Return-Path", "<customercare@alliant-energy.com>")] + ah) + "\n"
    parts = [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  body=notif),
             Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  body=ds + "\n"),
             Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  body=rh)]
    top = [("Received", "by smtp-out1.alliant-energy.com (Postfix)\n\tid %s; %s" % (queue_id(r), fmt(t, "paren"))),
           ("Date", fmt(t, "paren")),
           ("From", "MAILER-DAEMON@smtp-out1.alliant-energy.com (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("To", "customercare@alliant-energy.com"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
           ("Content-Transfer-Encoding", "8bit"),
           ("Message-Id", "<%s@smtp-out1.alliant-energy.com>" % fake_hex(key, 8).upper())]
    body = "This is a MIME-encapsulated message.\n\n"
    for p in parts:
        body += "--%s\n%s\n\n" % (bnd, hdrs(p.headers) + "\n\n" + p.body.rstrip("\n"))
    body += "--%s--\n" % bnd
    return dict(envelope="", conn_host="smtp-out1.alliant-energy.com", conn_ip="10.40.3.21",
                auth=internal_auth("smtp-out1.alliant-energy.com", "10.40.3.21"), text=hdrs(top) + "\n\n" + body,
                tls=False)


def mk_bounce_typo(c):
    return postfix_dsn(c, "jgarber@gmial.com", "CC-2027-11-04812", dt_cst("11-29 09:29:47"), "5.4.4",
                       "X-Postfix; Host or domain name not found. Name service error\n    for name=gmial.com type=MX: "
                       "Host not found, try again",
                       "Host or domain name not found. Name service error for\n    name=gmial.com type=MX: Host not "
                       "found, try again",
                       irt="<CAHt0x9uQp1mW=fake7dsYk2@mail.gmail.com>")


A("bounce-postfix-typo", "11-29 09:30", "cc", mk_bounce_typo,
  "our own outbound Postfix returning an acknowledgement sent to a mistyped domain; the returned headers carry "
  "our ack subject: automated", "automated: bounce", "Postfix DSN", delay=3)


# =================================================================== 4. phishing: fake refund
def mk_phish_refund(c):
    t = c["t"]
    html = """<html><body style="font-family:Arial,sans-serif">
<table width="560" align="center" style="border:1px solid #ddd"><tr><td style="padding:20px">
<img src="http://cdn-alliant-assets.top/logo.png" alt="Alliant Energy" width="180"><br><br>
<p>Dear Valued Customer,</p>
<p>Our records show an overpayment on your account during the 2027 billing cycle. A <b>holiday credit of
$148.62</b> is pending and will be released to your card on file once you confirm your details.</p>
<p>Credits not confirmed within <b>48 hours</b> are forfeited under our refund policy.</p>
<p style="text-align:center"><a href="http://alliantenergy-refunds.com.verify-acct.co/claim?id=55109"
style="background:#00843d;color:#fff;padding:12px 22px;text-decoration:none">CLAIM MY CREDIT</a></p>
<p>Thank you for choosing Alliant Energy.<br>Customer Billing Department</p>
</td></tr></table></body></html>"""
    part = text_leaf(html, "html", "utf-8", cte="quoted-printable")
    top = [("Received", "from [127.0.0.1] (localhost [127.0.0.1])\n\tby vps-2291.hostvault-cloud.net (Postfix) with "
                        "ESMTPA id 7C1A2401B3\n\tfor <customercare@alliant-energy.com>; %s" % fmt(t.astimezone(UTC))),
           ("From", "\"Alliant Energy Billing\" <billing@alliantenergy-refunds.com>"),
           ("To", "customercare@alliant-energy.com"),
           ("Subject", "Action required: your holiday credit of $148.62 is pending"),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<%s@alliantenergy-refunds.com>" % fake_hex(c["key"], 32)),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    auth = ("dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of billing@alliantenergy-refunds.com designates "
            "185.234.72.19 as permitted sender) smtp.mailfrom=billing@alliantenergy-refunds.com;\n\tdmarc=none "
            "(p=NONE) header.from=alliantenergy-refunds.com")
    return dict(envelope="billing@alliantenergy-refunds.com", conn_host="vps-2291.hostvault-cloud.net",
                conn_ip="185.234.72.19", auth=auth, text=entity_text(top, part),
                spam="Yes, score=6.8 required=7.0 tests=HTML_ONLY,LOOKALIKE_BRAND,URI_PHISH")


A("phish-refund", "11-29 11:15", "cc", mk_phish_refund,
  "look-alike domain 'holiday credit' phishing aimed at the role mailbox: automated", "automated: phishing",
  "PHPMailer")


# =================================================================== 5. vendor: mail house merge/purge report
def mk_lettershop_report(c):
    t = c["t"]
    key = c["key"]
    pv = prov_microsoft(c["r"], key, "dataservices@prairielettershop.com", t, business=True)
    msgid = "<%s%s@%s>" % (pv["ms_pod"], fake_hex(key + "m", 24).upper(), pv["ms_fqdn"])
    body = """Job 27-4418  PowerHouse Catalog  Holiday 2027 Drop 3 (in-home Dec 13-17)
Merge/purge completed 11/29/2027 13:58 CST

Input records (house file + rental + co-op)        412,806
  Duplicates removed (household match)               31,942
  DMAchoice mail preference suppression               6,115
  Client do-not-mail suppression file (11/26)         4,287
  Deceased suppression                                  903
  NCOA moves updated / undeliverable                  9,770 / 1,402
Mail quantity released to print                      358,387

Client do-not-share flags applied to outbound
co-op exchange file (not removed from mailing)        2,318

Suppression summary CSV attached. Files are available on the
secure portal for 30 days. Please do not reply to this message;
questions to your account manager.

Prairie Lettershop Data Services
automated job notification"""
    csv = ("suppression_source,records\r\nhousehold_duplicate,31942\r\ndmachoice,6115\r\nclient_dnm_20271126,4287\r\n"
           "deceased,903\r\nncoa_undeliverable,1402\r\nclient_dns_coop_flag,2318\r\n")
    bnd = "_004_%s_" % msgid.strip("<>").split("@")[0]
    bnd2 = "_000_%s_" % msgid.strip("<>").split("@")[0]
    alt = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd2)],
               parts=[text_leaf(body, charset="us-ascii", cte="quoted-printable"),
                      text_leaf("<html><head></head><body><pre style=\"font-family:Consolas,monospace\">%s</pre>"
                                "</body></html>" % body, "html", "us-ascii", cte="quoted-printable")],
               boundary=bnd2)
    att = Part([("Content-Type", 'text/csv; name="27-4418_suppression_summary.csv"'),
                ("Content-Description", "27-4418_suppression_summary.csv"),
                ("Content-Disposition", 'attachment; filename="27-4418_suppression_summary.csv"; size=%d;\n\t'
                                        'creation-date="%s";\n\tmodification-date="%s"' % (
                                            len(csv), fmt(t.astimezone(UTC)), fmt(t.astimezone(UTC)))),
                ("Content-Transfer-Encoding", "base64")], body=b64_encode(csv))
    part = Part([("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % bnd)], parts=[alt, att], boundary=bnd)
    own = [("From", "Prairie Lettershop Data Services <dataservices@prairielettershop.com>"),
           ("To", "\"powerhousecatalog@alliant-energy.com\" <powerhousecatalog@alliant-energy.com>"),
           ("CC", "Tamara Nguyen <tnguyen@alliant-energy.com>"),
           ("Subject", "Job 27-4418 PowerHouse Holiday 2027 Drop 3 - merge/purge and suppression report"),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", msgid),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", "yes"),
           ("X-MS-TNEF-Correlator", "")]
    text = hdrs(pv["top"] + own + part.headers + [("MIME-Version", "1.0")] + pv["tail"]) + "\n\n" + \
        entity_body(part) + "\n"
    return dict(envelope="dataservices@prairielettershop.com", conn_host=pv["conn_host"], conn_helo=pv["conn_helo"],
                conn_ip=pv["conn_ip"], auth=pv["auth"], text=text)


A("vendor-mergepurge", "11-29 14:20", "ph", mk_lettershop_report,
  "mail house's suppression report mentioning do-not-mail and do-not-share flags: vendor system mail, automated",
  "automated: vendor notice", "Exchange Online (job system)")


# =================================================================== 6. calendar invitation from the vendor
def ics(uid, organizer, org_name, attendees, summary, start, end, location, desc, stamp, tzid="Central Standard Time"):
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:%s" % tzid, "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
             "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (org_name, organizer)]
    for cn, a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (cn, a))
    d = desc.replace("\n", "\\n")
    dl = "DESCRIPTION;LANGUAGE=en-US:" + d
    folded = [dl[:74]] + [" " + dl[i:i + 73] for i in range(74, len(dl), 73)]
    lines += folded
    lines += ["UID:%s" % uid, "SUMMARY;LANGUAGE=en-US:%s" % summary,
              "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end), "CLASS:PUBLIC",
              "PRIORITY:5", "DTSTAMP:%s" % stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-US:%s" % location, "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def cal_part(cal):
    """text/calendar as Outlook sends it: CRLF inside, base64 outside."""
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                 ("Content-Transfer-Encoding", "base64")], body=b64_encode(cal.replace("\n", "\r\n").encode("utf-8")))


def mk_invite_vendor(c):
    t = c["t"]
    key = c["key"]
    waddr = "bkahler@prairielettershop.com"
    pv = prov_microsoft(c["r"], key, waddr, t, business=True)
    msgid = "<%s%s@%s>" % (pv["ms_pod"], fake_hex(key + "m", 24).upper(), pv["ms_fqdn"])
    desc = ("Quick review of Holiday 2027 drop 3 counts and the co-op exchange file before it goes out.\n"
            "Agenda: response by key code, do-not-share flag counts, Spring 2028 list rental schedule.\n\n"
            "Microsoft Teams meeting\nMeeting ID: 284 911 573 006\nPasscode: hT7kq2")
    plain = ("When: Thursday, December 2, 2027 10:00 AM-10:30 AM (UTC-06:00) Central Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n" + desc)
    cal = ics("040000008200E00074C5B7101A82E008000000003B%s" % fake_hex(key, 28).upper(), waddr, "Brent Kahler",
              [("powerhousecatalog@alliant-energy.com", "powerhousecatalog@alliant-energy.com"),
               ("Tamara Nguyen", "tnguyen@alliant-energy.com")],
              "Holiday 2027 drop 3 response review", "20271202T100000", "20271202T103000",
              "Microsoft Teams Meeting", desc, t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    bnd = "_000_%s_" % msgid.strip("<>").split("@")[0]
    part = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd)],
                parts=[text_leaf(plain, charset="us-ascii", cte="quoted-printable"),
                       cal_part(cal)],
                boundary=bnd)
    own = [("From", "Brent Kahler <bkahler@prairielettershop.com>"),
           ("To", "\"powerhousecatalog@alliant-energy.com\" <powerhousecatalog@alliant-energy.com>, Tamara Nguyen\n\t"
                  "<tnguyen@alliant-energy.com>"),
           ("Subject", "Holiday 2027 drop 3 response review"),
           ("Thread-Topic", "Holiday 2027 drop 3 response review"),
           ("Thread-Index", "AdpkX" + fake_b64(key + "ti", 27)),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", msgid),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + fake_b64(key + "cs", 20)),
           ("x-ms-exchange-organization-calendar-series-instance-id", "1")]
    text = hdrs(pv["top"] + own + part.headers + [("MIME-Version", "1.0")] + pv["tail"]) + "\n\n" + \
        entity_body(part) + "\n"
    return dict(envelope=waddr, conn_host=pv["conn_host"], conn_helo=pv["conn_helo"], conn_ip=pv["conn_ip"],
                auth=pv["auth"], text=text)


A("invite-vendor-review", "11-30 05:55", "ph", mk_invite_vendor,
  "meeting request (text/calendar) from the mail house mentioning do-not-share counts: automated",
  "automated: calendar", "Exchange Online invitation")


# =================================================================== 7. headerless shop auto-reply
def mk_ooo_quilt(c):
    t = c["t"]
    key = c["key"]
    cm = ours.CAMPAIGNS["CM"]
    body = """Thanks for your email!

Bluestem Quilt Shop is CLOSED Thanksgiving week (November 25 - December 1)
so our family can enjoy the holiday. We'll answer every message when we
reopen on Thursday, December 2.

Our Holiday Open House is Saturday, December 11, 9 to 4. Fat quarters
30% off all day!

Bluestem Quilt Shop
118 Main St, Elkader, Iowa
563-555-0190"""
    sig, b = dkim_sig(key, "bluestemquilts.com", "default", "Subject:To:From:Date:Message-ID:MIME-Version:"
                                                             "Content-Type", t)
    top = [("DKIM-Signature", sig),
           ("Received", "from bluestem by box5120.prairiehosting.net with local (Exim 4.97.1)\n\t(envelope-from "
                        "<info@bluestemquilts.com>)\n\tid 1rGq2k-0003Xj-1T\n\tfor powerhousecatalog@alliant-energy.com;"
                        " %s" % fmt(t)),
           ("To", "powerhousecatalog@alliant-energy.com"),
           ("Subject", "Thanks for contacting Bluestem Quilt Shop!"),
           ("From", "Bluestem Quilt Shop <info@bluestemquilts.com>"),
           ("Date", fmt(t)),
           ("Message-ID", "<E1rGq2k-0003Xj-1T@box5120.prairiehosting.net>"),
           ("MIME-Version", "1.0"),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("Content-Transfer-Encoding", "8bit")]
    auth = auth_line(None, dkim_d="bluestemquilts.com", dkim_s="default", dkim_b=b, mailfrom="info@bluestemquilts.com",
                     ip="162.241.60.114", dmarc="none", dmarc_policy="p=NONE dis=NONE", from_domain="bluestemquilts.com")
    return dict(envelope="info@bluestemquilts.com", conn_host="box5120.prairiehosting.net", conn_ip="162.241.60.114",
                auth=auth, text=hdrs(top) + "\n\n" + body + "\n")


A("ooo-quiltshop-headerless", "11-30 08:30", "ph", mk_ooo_quilt,
  "small shop's autoresponder answering the Cyber Monday e-mail with no Auto-Submitted or In-Reply-To and its "
  "own sales pitch: headerless auto-reply, automated", "automated: auto-reply", "cPanel autoresponder (Exim)")


# =================================================================== 8. phishing: fake FedEx
def mk_phish_fedex(c):
    t = c["t"]
    key = c["key"]
    text = """FedEx

We attempted to deliver your holiday package today but no one was available
to sign for it.

Tracking number: 7781 2290 4417
Delivery attempts remaining: 1

To reschedule delivery and pay the $1.99 redelivery fee, visit:
https://fedex-reschedule-center.com/track?n=778122904417

If the package is not rescheduled within 24 hours it will be returned to
the sender.

(c) FedEx 1995-2027"""
    html = ("<div style=\"font-family:Arial;max-width:520px\"><div style=\"background:#4d148c;color:#fff;padding:10px;"
            "font-size:24px\"><b>Fed</b><b style=\"color:#ff6200\">Ex</b></div><p>We attempted to deliver your "
            "holiday package today but no one was available to sign for it.</p><p>Tracking number: <b>7781 2290 "
            "4417</b><br>Delivery attempts remaining: 1</p><p><a href=\"https://fedex-reschedule-center.com/track?n="
            "778122904417\">Reschedule delivery</a> ($1.99 redelivery fee)</p><p style=\"font-size:11px\">If the "
            "package is not rescheduled within 24 hours it will be returned to the sender.<br>&copy; FedEx "
            "1995-2027</p></div>")
    bnd = "----=_NextPart_%s" % fake_hex(key, 20)
    part = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)],
                parts=[text_leaf(text, charset="utf-8", cte="base64"),
                       text_leaf(html, "html", "utf-8", cte="base64")], boundary=bnd)
    top = [("Received", "from User (unknown [45.141.87.203])\n\tby mail.fedex-reschedule-center.com (Postfix) with "
                        "ESMTPA id 4F0B11E2A8\n\tfor <customercare@alliant-energy.com>; %s" % fmt(t.astimezone(UTC))),
           ("Reply-To", "support@fedex-reschedule-center.com"),
           ("From", "\"FedEx Delivery\" <noreply-track@fedex-reschedule-center.com>"),
           ("Subject", "Delivery attempt failed: holiday package 7781 2290 4417"),
           ("Date", fmt(t.astimezone(UTC))),
           ("MIME-Version", "1.0"),
           ("X-Priority", "1"),
           ("X-MSMail-Priority", "High"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
           ("To", "customercare@alliant-energy.com"),
           ("Message-Id", "<20271130172011.4F0B11E2A8@mail.fedex-reschedule-center.com>")]
    auth = ("dkim=none;\n\tspf=softfail (mx.alliant-energy.com: domain of transitioning "
            "noreply-track@fedex-reschedule-center.com does not designate 45.141.87.203 as permitted sender) "
            "smtp.mailfrom=noreply-track@fedex-reschedule-center.com;\n\tdmarc=none (p=NONE) "
            "header.from=fedex-reschedule-center.com")
    return dict(envelope="noreply-track@fedex-reschedule-center.com", conn_host="mail.fedex-reschedule-center.com",
                conn_ip="45.141.87.203", auth=auth, text=entity_text(top, part),
                spam="Yes, score=8.1 required=7.0 tests=FORGED_MUA_OUTLOOK,SPF_SOFTFAIL,URI_PHISH")


A("phish-fedex", "11-30 11:20", "cc", mk_phish_fedex,
  "holiday parcel phishing, forged Outlook Express, Reply-To to the phisher: automated", "automated: phishing",
  "spam kit")


# =================================================================== 9. Thunderbird read receipt (MDN)
def mk_mdn_tb(c):
    t = c["t"]
    key = c["key"]
    r = c["r"]
    from_addr = "dreicks@comcast.net"
    from transport import prov_comcast
    pv = prov_comcast(r, key, from_addr, t, smtp_client=True)
    orig_id = "<staff.20271130.8812@alliant-energy.com>"
    bnd = "------------%s" % fake_b64(key + "b", 24).replace("+", "0").replace("/", "1")
    p1 = ("This is a Return Receipt for the mail that you sent to dreicks@comcast.net.\n\n"
          "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
          "There is no guarantee that the recipient has read or understood the message contents.")
    p2 = ("Reporting-UA: connect.comcast.net; Mozilla Thunderbird\nFinal-Recipient: rfc822;dreicks@comcast.net\n"
          "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % orig_id)
    p3 = ("Return-Path: <customercare@alliant-energy.com>\nFrom: Alliant Energy Customer Care "
          "<customercare@alliant-energy.com>\nTo: Donna Reicks <dreicks@comcast.net>\nSubject: RE: question about the "
          "catalog list\nDate: Tue, 30 Nov 2027 14:10:33 -0600\nMessage-ID: %s\nDisposition-Notification-To: "
          "customercare@alliant-energy.com\n" % orig_id)
    body = "This is a multi-part message in MIME format.\n"
    for hh, b in ((["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 7bit"],
                   p1),
                  (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
                    "Content-Disposition: inline", "Content-Transfer-Encoding: 7bit"], p2),
                  (["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"", "Content-Transfer-Encoding: 7bit",
                    "Content-Disposition: inline"], p3)):
        body += "--%s\n%s\n\n%s\n" % (bnd, "\n".join(hh), b.rstrip("\n"))
    body += "--%s--\n" % bnd
    own = [("Content-Type", 'multipart/report; report-type=disposition-notification;\n boundary="%s"' % bnd),
           ("Message-ID", "<%s@comcast.net>" % fake_hex(key + "mid", 32)),
           ("Date", fmt(t)),
           ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("From", "Donna Reicks <dreicks@comcast.net>"),
           ("Subject", "Return Receipt (displayed) - RE: question about the catalog list"),
           ("To", "customercare@alliant-energy.com")]
    text = hdrs(pv["top"] + own) + "\n\n" + body
    return dict(envelope=from_addr, conn_host=pv["conn_host"], conn_ip=pv["conn_ip"], auth=pv["auth"], text=text)


A("mdn-thunderbird", "11-30 16:40", "cc", mk_mdn_tb,
  "Thunderbird read receipt for a staff reply (multipart/report disposition-notification): automated",
  "automated: read receipt", "Thunderbird MDN")


# =================================================================== 10. Exchange Online NDR
def mk_ndr_exchange(c):
    t = c["t"]
    key = c["key"]
    r = c["r"]
    dom = "fernwoodcabinet.com"
    rcpt = "mhoffman@fernwoodcabinet.com"
    ref = "CC-2027-11-04851"
    t_ack = dt_cst("11-30 16:58:02")
    pv = prov_microsoft(r, key, "postmaster@" + dom, t, business=True)
    msgid = "<%s%s@%s>" % (pv["ms_pod"], fake_hex(key + "m", 24).upper(), pv["ms_fqdn"])
    bnd = "%s-%s-%s-%s-%s" % (fake_hex(key + "1", 8), fake_hex(key + "2", 4), fake_hex(key + "3", 4),
                             fake_hex(key + "4", 4), fake_hex(key + "5", 12))
    bnd2 = "%s-%s-%s-%s-%s" % (fake_hex(key + "6", 8), fake_hex(key + "7", 4), fake_hex(key + "8", 4),
                              fake_hex(key + "9", 4), fake_hex(key + "0", 12))
    plain = """Your message to mhoffman@fernwoodcabinet.com couldn't be delivered.

mhoffman wasn't found at fernwoodcabinet.com.

customercare    Office 365    mhoffman
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date:    12/1/2027 12:09:41 PM
Sender Address:  customercare@alliant-energy.com
Recipient Address:    mhoffman@fernwoodcabinet.com
Subject:    We received your request [CC-2027-11-04851]

Error Details
Error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mhoffman@fernwoodcabinet.com not found by SMTP address lookup
Message rejected by:    %s""" % pv["ms_fqdn"].upper()
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\"><p style=\"font-size:16px\">Your message "
            "to <a href=\"mailto:mhoffman@fernwoodcabinet.com\">mhoffman@fernwoodcabinet.com</a> couldn't be "
            "delivered.</p>\n<p style=\"font-size:20px;color:#c00000\"><b>mhoffman</b> wasn't found at "
            "<b>fernwoodcabinet.com</b>.</p>\n<p><b>How to Fix It</b><br>The address may be misspelled or may not "
            "exist.</p>\n<p><b>Error:</b> 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
            "mhoffman@fernwoodcabinet.com not found by SMTP address lookup</p></div>\n</body></html>\n")
    alt = Part([("Content-Type", 'multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % bnd2)],
               parts=[text_leaf(plain, charset="us-ascii", cte="quoted-printable"),
                      text_leaf(html, "html", "utf-8", cte="quoted-printable")], boundary=bnd2)
    ds = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mx2.alliant-energy.com\nArrival-Date: %s\n\n"
          "Original-Recipient: rfc822;mhoffman@fernwoodcabinet.com\nFinal-Recipient: rfc822;mhoffman@fernwoodcabinet.com\n"
          "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
          " mhoffman@fernwoodcabinet.com not found by SMTP address lookup\n" % (
              pv["ms_fqdn"].upper(), fmt(t_ack.astimezone(UTC))))
    ah, _ = ack_copy(ref, rcpt, t_ack)
    rh = hdrs(ah) + "\n"
    parts = [alt, Part([("Content-Type", "message/delivery-status")], body=ds),
             Part([("Content-Type", "text/rfc822-headers")], body=rh)]
    part = Part([("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)],
                parts=parts, boundary=bnd)
    own = [("From", "Microsoft Outlook\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fernwoodcabinet.com>"),
           ("To", "<customercare@alliant-energy.com>"),
           ("Date", fmt(t.astimezone(UTC))),
           ("Subject", "Undeliverable: We received your request [%s]" % ref),
           ("Message-ID", msgid),
           ("In-Reply-To", "<ack.%s@alliant-energy.com>" % ref),
           ("References", "<ack.%s@alliant-energy.com>" % ref),
           ("MIME-Version", "1.0"),
           ("X-MS-PublicTrafficType", "Email"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    text = hdrs(pv["top"] + own + part.headers + pv["tail"]) + "\n\n" + entity_body(part) + "\n"
    auth = auth_line(None, dkim_d=dom, dkim_s="selector1", dkim_b=fake_b64(key, 10), mailfrom=None,
                     ip=pv["conn_ip"], from_domain=dom, dmarc_policy="p=NONE sp=NONE dis=NONE")
    auth = ("dkim=pass (2048-bit key; unprotected) header.d=fernwoodcabinet.com header.i=@fernwoodcabinet.com "
            "header.a=rsa-sha256 header.s=selector1 header.b=\"%s\";\n\tspf=pass (mx.alliant-energy.com: "
            "postmaster@%s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) "
            "header.from=fernwoodcabinet.com" % (fake_b64(key, 8), pv["conn_helo"], pv["conn_ip"], pv["conn_helo"]))
    return dict(envelope="", conn_host=pv["conn_host"], conn_helo=pv["conn_helo"], conn_ip=pv["conn_ip"],
                auth=auth, text=text)


A("ndr-exchange", "12-01 06:10", "cc", mk_ndr_exchange,
  "Exchange Online NDR (no Auto-Submitted, X-MS-Exchange-Message-Is-Ndr) returning our acknowledgement; it "
  "quotes our ack subject: automated", "automated: bounce", "Exchange Online NDR")


# =================================================================== 11. Mailman list post
def mk_list_post(c):
    t = c["t"]
    key = c["key"]
    r = c["r"]
    body = """On 11/30/27 4:12 PM, Jen Aukes wrote:
> Is anyone else seeing the 2028 Marketing Mail flats increase land on
> January 9? Our printer says we should move the spring drop up a week.

Same here. We moved ours to Jan 3 to stay on the old rates.

Related: our co-op told us they'll start rejecting exchange files that
don't carry the do-not-share flag as a separate field (not just
suppressed records). If you rent through them, check your layout
before the spring cycle.

Dave Zeller
Circulation Manager, Northwoods Outfitters
_______________________________________________
midwest-catalogers mailing list -- midwest-catalogers@lists.dmcircle.org
To unsubscribe send an email to midwest-catalogers-leave@lists.dmcircle.org
"""
    env = "midwest-catalogers-bounces+powerhousecatalog=alliant-energy.com@lists.dmcircle.org"
    top = [("Received", "from mail.lists.dmcircle.org (localhost [127.0.0.1])\n\tby lists.dmcircle.org (Postfix) with "
                        "ESMTP id 3E7A1C0612\n\tfor <powerhousecatalog@alliant-energy.com>; %s" % fmt(t.astimezone(UTC))),
           ("Received", "from mail-northwoodsoutfitters-com.mx.example-gateway.net (gateway [198.2.181.40])\n\tby "
                        "lists.dmcircle.org (Postfix) with ESMTPS id 11C94C05D2\n\tfor "
                        "<midwest-catalogers@lists.dmcircle.org>; %s" % fmt((t - datetime.timedelta(seconds=41))
                                                                           .astimezone(UTC))),
           ("Message-ID", "<b3f0a2c1-77e9-4d0e-9c41-%s@northwoodsoutfitters.com>" % fake_hex(key, 12)),
           ("Date", fmt(t - datetime.timedelta(seconds=44))),
           ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-US"),
           ("References", "<4c2e90aa-1f2b-4b8e-a0cf-5d1be7e20c11@aukesfarmsupply.com>"),
           ("In-Reply-To", "<4c2e90aa-1f2b-4b8e-a0cf-5d1be7e20c11@aukesfarmsupply.com>"),
           ("From", "Dave Zeller <dzeller@northwoodsoutfitters.com>"),
           ("Content-Type", "text/plain; charset=\"us-ascii\"; format=flowed"),
           ("Content-Transfer-Encoding", "7bit"),
           ("Message-ID-Hash", "K3QZ7VJ2WDXH6TN4LMRA5Y3OPFBE2CSG"),
           ("X-Message-ID-Hash", "K3QZ7VJ2WDXH6TN4LMRA5Y3OPFBE2CSG"),
           ("X-MailFrom", "dzeller@northwoodsoutfitters.com"),
           ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; "
                                     "member-moderation;\n nonmember-moderation; administrivia; implicit-dest; "
                                     "max-recipients; max-size;\n news-moderation; no-subject; digests; suspicious-header"),
           ("X-Mailman-Version", "3.3.9"),
           ("Precedence", "list"),
           ("Subject", "[midwest-catalogers] Re: 2028 Marketing Mail rate change"),
           ("List-Id", "Midwest catalog circulation managers <midwest-catalogers.lists.dmcircle.org>"),
           ("Archived-At", "<https://lists.dmcircle.org/archives/list/midwest-catalogers@lists.dmcircle.org/message/"
                           "K3QZ7VJ2WDXH6TN4LMRA5Y3OPFBE2CSG/>"),
           ("List-Archive", "<https://lists.dmcircle.org/archives/list/midwest-catalogers@lists.dmcircle.org/>"),
           ("List-Help", "<mailto:midwest-catalogers-request@lists.dmcircle.org?subject=help>"),
           ("List-Owner", "<mailto:midwest-catalogers-owner@lists.dmcircle.org>"),
           ("List-Post", "<mailto:midwest-catalogers@lists.dmcircle.org>"),
           ("List-Subscribe", "<mailto:midwest-catalogers-join@lists.dmcircle.org>"),
           ("List-Unsubscribe", "<mailto:midwest-catalogers-leave@lists.dmcircle.org>"),
           ("To", "powerhousecatalog@alliant-energy.com"),
           ("Sender", "midwest-catalogers-bounces+powerhousecatalog=alliant-energy.com@lists.dmcircle.org"),
           ("Errors-To", "midwest-catalogers-bounces+powerhousecatalog=alliant-energy.com@lists.dmcircle.org")]
    auth = ("dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of %s designates 66.228.52.17 as permitted sender) "
            "smtp.mailfrom=%s;\n\tdmarc=none (p=NONE dis=NONE) header.from=northwoodsoutfitters.com" % (env, env))
    return dict(envelope=env, conn_host="lists.dmcircle.org", conn_ip="66.228.52.17", auth=auth,
                text=hdrs(top) + "\n\n" + body)


A("list-midwest-catalogers", "12-01 13:15", "ph", mk_list_post,
  "Mailman 3 list post with personalised To: (our mailbox) discussing do-not-share flags: list traffic, automated",
  "automated: list post", "Mailman 3")


# =================================================================== 12. newsletter: Catalog Insider Daily
def mk_catalog_insider(c):
    t = c["t"]
    key = c["key"]
    sig, b = dkim_sig(key, "cataloginsider.news", "k1", "From:To:Subject:Date:Message-ID:List-Unsubscribe:"
                                                        "List-Unsubscribe-Post:MIME-Version:Content-Type", t)
    html = """<!doctype html>
<html><head><meta charset="utf-8"><title>Catalog Insider Daily</title></head>
<body style="margin:0;background:#ffffff">
<div style="max-width:640px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;color:#222">
<p style="font-size:12px;color:#888">Thursday, December 2, 2027 &middot; <a href="https://cataloginsider.news/view/1202">View in browser</a></p>
<h2 style="margin:0">Catalog Insider Daily</h2>
<h3>Holiday drop response is up 4% - but so are opt-outs</h3>
<p>Circulation managers report second holiday drops pulling better than 2026, with one exception: requests to stop mail or stop list sharing are running well ahead of last year, driven by gift recipients who never ordered.</p>
<h3>Co-op databases tighten "do not share" handling</h3>
<p>Two of the three large co-ops will require a separate flag field in 2028 exchange files.</p>
<h3>Postal: January rate case and flats</h3>
<p>What the 2028 Marketing Mail increase means for spring drops.</p>
<p style="font-size:11px;color:#888">You are subscribed as powerhousecatalog@alliant-energy.com.
<a href="https://cataloginsider.news/unsubscribe?e=cG93ZXJob3VzZWNhdGFsb2c">Unsubscribe</a> | <a href="https://cataloginsider.news/prefs">Preferences</a><br>
Catalog Insider, 500 W Madison St, Chicago, IL 60661</p>
</div>
<img src="https://t.cataloginsider.news/o/1202/cG93ZXJob3VzZWNhdGFsb2c.gif" width="1" height="1" alt="">
</body></html>"""
    part = text_leaf(html, "html", "utf-8", cte="quoted-printable")
    env = "bounce-1202-cG93ZXJob3VzZWNhdGFsb2c@mail.cataloginsider.news"
    top = [("DKIM-Signature", sig),
           ("Received", "by mta-07.mail.cataloginsider.news id hq5l3s2p4fkv for <powerhousecatalog@alliant-energy.com>;"
                        " %s" % fmt(t.astimezone(UTC))),
           ("From", "Catalog Insider <daily@cataloginsider.news>"),
           ("To", "powerhousecatalog@alliant-energy.com"),
           ("Subject", "Catalog Insider Daily: holiday response up, opt-outs up more"),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<1202.%s@mail.cataloginsider.news>" % fake_hex(key, 16)),
           ("List-Unsubscribe", "<https://cataloginsider.news/unsubscribe?e=cG93ZXJob3VzZWNhdGFsb2c&oc=1>, "
                                "<mailto:unsub-1202-cG93ZXJob3VzZWNhdGFsb2c@mail.cataloginsider.news>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Campaign", "daily-20271202"),
           ("MIME-Version", "1.0")]
    auth = auth_line(None, dkim_d="cataloginsider.news", dkim_s="k1", dkim_b=b, mailfrom=env, ip="198.61.254.17",
                     dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE", from_domain="cataloginsider.news")
    return dict(envelope=env, conn_host="mta-07.mail.cataloginsider.news", conn_ip="198.61.254.17", auth=auth,
                text=entity_text(top, part))


A("news-catalog-insider", "12-02 06:40", "ph", mk_catalog_insider,
  "trade newsletter, HTML only, mentions opt-outs and do-not-share: automated", "automated: newsletter",
  "ESP newsletter")


# =================================================================== 13. Spanish OOO answering our ack
def mk_ooo_spanish(c):
    ref = "CC-2027-12-00012"
    return ooo_exchange(c, "\"Ortiz, Claudia\" <cortiz@riverbendschools.org>", "cortiz@riverbendschools.org",
                        "Respuesta autom\u00e1tica: ", "We received your request [%s]" % ref,
                        "<ack.%s@alliant-energy.com>" % ref,
                        "Estoy fuera de la oficina hasta el lunes 6 de diciembre y tendr\u00e9 acceso limitado al "
                        "correo. Para asuntos urgentes llame a la oficina central al 319-555-0157.\n\nI am out of the "
                        "office until Monday, December 6, with limited access to e-mail. For urgent matters please "
                        "call the district office at 319-555-0157.\n\nClaudia Ortiz\nEnlace familiar bilingue | "
                        "Bilingual Family Liaison\nRiverbend Community Schools",
                        to_display="Alliant Energy Customer Care <customercare@alliant-energy.com>", lang="es-US")


A("ooo-spanish-ack", "12-02 10:30", "cc", mk_ooo_spanish,
  "Spanish/English out-of-office answering our acknowledgement (Auto-Submitted): loop trap, automated",
  "automated: auto-reply", "Exchange Online OOF", lang="es")


# =================================================================== 14. phishing: gift card
def mk_phish_giftcard(c):
    t = c["t"]
    key = c["key"]
    html = """<html><head><meta charset="utf-8"></head><body>
<center><table width="500" style="font-family:Verdana;font-size:14px;border:2px dashed #d4af37">
<tr><td style="padding:18px">
<h2 style="color:#b30000">&#127873; Congratulations, PowerHouse Shopper! &#127873;</h2>
<p>You have been selected to receive a <b>$500 PowerHouse Holiday Gift Card</b> as part of our
customer appreciation event.</p>
<p>Complete a 30-second survey about your recent catalog order to claim it. Only <b>3 cards</b> remain today.</p>
<p><a href="https://powerhouse-holiday-gifts.shop/claim/ZX81Q">CLAIM YOUR $500 CARD &gt;&gt;</a></p>
<p style="font-size:10px;color:#999">To stop receiving these notices click <a href="https://powerhouse-holiday-gifts.shop/optout">here</a>.
We respect your privacy and never share your information.</p>
</td></tr></table></center></body></html>"""
    part = text_leaf(html, "html", "utf-8", cte="quoted-printable")
    top = [("Received", "from ip-172-31-8-114.ec2.internal (ec2-3-91-220-14.compute-1.amazonaws.com [3.91.220.14])\n"
                        "\tby smtp.powerhouse-holiday-gifts.shop (Postfix) with ESMTPSA id 9AB3E2C07\n\tfor "
                        "<powerhousecatalog@alliant-energy.com>; %s" % fmt(t.astimezone(UTC))),
           ("From", "=?UTF-8?Q?PowerHouse_Rewards_=F0=9F=8E=81?= <rewards@powerhouse-holiday-gifts.shop>"),
           ("To", "powerhousecatalog@alliant-energy.com"),
           ("Subject", "=?UTF-8?Q?Congratulations!_You=E2=80=99ve_been_selected_for_a_$500_Hol?=\n "
                       "=?UTF-8?Q?iday_Gift_Card?="),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<%s.%s@powerhouse-holiday-gifts.shop>" % (fake_hex(key, 12), int(t.timestamp()))),
           ("MIME-Version", "1.0")]
    auth = ("dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of rewards@powerhouse-holiday-gifts.shop designates "
            "52.207.118.40 as permitted sender) smtp.mailfrom=rewards@powerhouse-holiday-gifts.shop;\n\tdmarc=none "
            "(p=NONE) header.from=powerhouse-holiday-gifts.shop")
    return dict(envelope="rewards@powerhouse-holiday-gifts.shop", conn_host="smtp.powerhouse-holiday-gifts.shop",
                conn_ip="52.207.118.40", auth=auth, text=entity_text(top, part),
                spam="No, score=5.9 required=7.0 tests=HTML_ONLY,LOOKALIKE_BRAND,EMOJI_SUBJ")


A("phish-giftcard", "12-02 13:05", "ph", mk_phish_giftcard,
  "brand look-alike gift-card phishing sent to the catalog mailbox; its footer has 'stop receiving'/'never share' "
  "boilerplate: automated", "automated: phishing", "spam kit")


# =================================================================== 15. shipping notice
def mk_freight(c):
    t = c["t"]
    key = c["key"]
    text = """DELIVERY NOTIFICATION

PRO number:        4418-220917
Shipper:           Mississippi Valley Press, Dubuque IA
Consignee:         PowerHouse Catalog / Alliant Energy, Madison WI
Pieces / weight:   12 cartons / 1,140 lb
Description:       Holiday 2027 catalog overrun
Delivered:         12/02/2027 09:47 CST
Signed by:         R. HALVERSON (dock 3)

View proof of delivery: https://track.midstatesfreight.com/pod/4418220917

You are receiving this notice because your address is listed as a
notification contact for this shipment. This mailbox is not monitored."""
    part = text_leaf(text, charset="us-ascii", cte="7bit")
    sig, b = dkim_sig(key, "midstatesfreight.com", "mf1", "From:To:Subject:Date:Message-ID", t)
    top = [("DKIM-Signature", sig),
           ("Received", "from tms-app02.midstatesfreight.local (tms-app02 [10.8.1.22])\n\tby smtp.midstatesfreight.com "
                        "(Postfix) with ESMTP id 5C02A180D4\n\tfor <powerhousecatalog@alliant-energy.com>; %s" %
            fmt(t, "paren")),
           ("From", "Midstates Freight Tracking <tracking@midstatesfreight.com>"),
           ("To", "powerhousecatalog@alliant-energy.com"),
           ("Subject", "Delivered: PRO 4418-220917 - 12 pieces - PowerHouse Catalog"),
           ("Date", fmt(t)),
           ("Message-ID", "<pod.4418220917.%s@midstatesfreight.com>" % fake_hex(key, 8)),
           ("Auto-Submitted", "auto-generated"),
           ("MIME-Version", "1.0")]
    auth = auth_line(None, dkim_d="midstatesfreight.com", dkim_s="mf1", dkim_b=b,
                     mailfrom="tracking@midstatesfreight.com", ip="64.71.152.33",
                     dmarc_policy="p=NONE sp=NONE dis=NONE", from_domain="midstatesfreight.com")
    return dict(envelope="tracking@midstatesfreight.com", conn_host="smtp.midstatesfreight.com", conn_ip="64.71.152.33",
                auth=auth, text=entity_text(top, part))


A("ship-freight-delivered", "12-02 10:20", "ph", mk_freight,
  "freight carrier proof-of-delivery notice for catalog overrun cartons: automated", "automated: shipping",
  "TMS notification")


# =================================================================== 16. Exim bounce (no MIME)
def mk_bounce_exim(c):
    t = c["t"]
    key = c["key"]
    rcpt = "lfrancis@heartlandlink.net"
    ref = "CC-2027-12-00031"
    t_ack = dt_cst("12-01 11:02:39")
    ah, abody = ack_copy(ref, rcpt, t_ack, irt="<5f1c9e2a.71b0@heartlandlink.net>")
    copy = hdrs([("Return-path", "<customercare@alliant-energy.com>"),
                 ("Received", "from smtp-out1.alliant-energy.com ([205.142.16.21])\n\tby mx2.heartlandlink.net with "
                              "esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from "
                              "<customercare@alliant-energy.com>)\n\tid 1rHa0Q-0007Nn-0m\n\tfor %s;\n\t%s" % (
                                  rcpt, fmt(t_ack)))] + ah) + "\n\n" + abody
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lfrancis@heartlandlink.net
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

""" + copy
    top = [("Received", "from Debian-exim by mx2.heartlandlink.net with local (Exim 4.96)\n\tid 1rHpZ1-0002aB-3c\n\tfor "
                        "customercare@alliant-energy.com; %s" % fmt(t)),
           ("X-Failed-Recipients", rcpt),
           ("Auto-Submitted", "auto-replied"),
           ("From", "Mail Delivery System <Mailer-Daemon@mx2.heartlandlink.net>"),
           ("To", "customercare@alliant-energy.com"),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Message-Id", "<E1rHpZ1-0002aB-3c@mx2.heartlandlink.net>"),
           ("Date", fmt(t))]
    auth = ("dkim=none;\n\tspf=pass (mx.alliant-energy.com: postmaster@mx2.heartlandlink.net designates 74.205.96.11 "
            "as permitted sender) smtp.helo=mx2.heartlandlink.net;\n\tdmarc=none header.from=mx2.heartlandlink.net")
    return dict(envelope="", conn_host="mx2.heartlandlink.net", conn_ip="74.205.96.11", auth=auth,
                text=hdrs(top) + "\n\n" + body)


A("bounce-exim-full", "12-03 06:30", "cc", mk_bounce_exim,
  "Exim 'mailbox is full' bounce with the full copy of our ack (whose text talks about opting out and sharing), "
  "no MIME structure: automated", "automated: bounce", "Exim")


# =================================================================== 17. CRM export notice
def mk_crm_export(c):
    t = c["t"]
    key = c["key"]
    text = """Hi Customer Care team,

Your scheduled export is ready.

Export: Marketing suppression - PowerHouse co-op (weekly)
Records: 2,318 contacts flagged "Do not share" / 9,904 flagged "Do not mail"
Run time: Fri Dec 3, 2027 10:59 AM CST
Download (link expires in 7 days): https://app.northpeakcrm.com/exports/dl/7f3e2a91c0

You're receiving this because you own this scheduled export. Manage
notification settings in Northpeak CRM > Settings > Notifications.

Northpeak CRM"""
    html = ("<div style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><p>Hi Customer Care team,</p><p>Your "
            "scheduled export is ready.</p><table style=\"font-size:14px\"><tr><td><b>Export</b></td><td>Marketing "
            "suppression - PowerHouse co-op (weekly)</td></tr><tr><td><b>Records</b></td><td>2,318 contacts flagged "
            "&quot;Do not share&quot; / 9,904 flagged &quot;Do not mail&quot;</td></tr></table><p><a href=\"https://"
            "app.northpeakcrm.com/exports/dl/7f3e2a91c0\" style=\"background:#2a5bd7;color:#fff;padding:8px 14px;"
            "text-decoration:none;border-radius:4px\">Download export</a></p><p style=\"color:#888;font-size:12px\">"
            "Link expires in 7 days. Manage notification settings in Northpeak CRM &gt; Settings &gt; Notifications."
            "</p></div>")
    bnd = "np-%s" % fake_hex(key, 28)
    part = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)],
                parts=[text_leaf(text, charset="UTF-8", cte="quoted-printable"),
                       text_leaf(html, "html", "UTF-8", cte="quoted-printable")], boundary=bnd)
    sig, b = dkim_sig(key, "northpeakcrm.com", "np2025", "From:To:Subject:Date:Message-ID:MIME-Version", t)
    env = "0100018c3b2e7f1d-%s-000000@amazonses.com" % fake_hex(key + "e", 8)
    top = [("DKIM-Signature", sig),
           ("From", "Northpeak CRM <notifications@northpeakcrm.com>"),
           ("To", "customercare@alliant-energy.com"),
           ("Subject", "Your scheduled export \"Marketing suppression - PowerHouse co-op\" is ready"),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<0100018c3b2e7f1d-%s-000000@email.amazonses.com>" % fake_hex(key + "m", 8)),
           ("MIME-Version", "1.0"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Northpeak-Notification", "export.ready"),
           ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % fake_b64(key + "fb", 43))]
    auth = auth_line(None, dkim_d="northpeakcrm.com", dkim_s="np2025", dkim_b=b, mailfrom=env, ip="54.240.8.89",
                     dmarc_policy="p=REJECT sp=REJECT dis=NONE", from_domain="northpeakcrm.com")
    return dict(envelope=env, conn_host="a8-89.smtp-out.amazonses.com", conn_ip="54.240.8.89", auth=auth,
                text=entity_text(top, part))


A("crm-export-ready", "12-03 11:00", "cc", mk_crm_export,
  "CRM's scheduled-export notice about do-not-share/do-not-mail records: system mail, automated",
  "automated: vendor notice", "Amazon SES (CRM)")


# =================================================================== 18. Outlook read receipt
def mk_read_outlook(c):
    t = c["t"]
    key = c["key"]
    waddr = "khoffmann@dbqcountybank.com"
    pv = prov_microsoft(c["r"], key, waddr, t, business=True)
    msgid = "<%s%s@%s>" % (pv["ms_pod"], fake_hex(key + "m", 24).upper(), pv["ms_fqdn"])
    orig = "<staff.20271203.9031@alliant-energy.com>"
    plain = ("Your message\n\n  To: Hoffmann, Keith\n  Subject: RE: Catalog list sharing - bank address\n  Sent: "
             "Friday, December 3, 2027 2:44:51 PM (UTC-06:00) Central Time (US & Canada)\n\nwas read on Friday, "
             "December 3, 2027 4:09:58 PM (UTC-06:00) Central Time (US & Canada).")
    mdn = ("Reporting-UA: %s; Microsoft Exchange Server 2016\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: auto-action/MDN-sent-automatically; displayed\n" % (pv["ms_fqdn"].upper(), waddr, orig))
    bnd = "_000_%s_" % msgid.strip("<>").split("@")[0]
    bnd2 = "_001_%s_" % msgid.strip("<>").split("@")[0]
    alt = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd2)],
               parts=[text_leaf(plain, charset="us-ascii", cte="quoted-printable"),
                      text_leaf("<html><body><font size=2 face=\"Segoe UI\">" + plain.replace("\n", "<br>") +
                                "</font></body></html>", "html", "us-ascii", cte="quoted-printable")], boundary=bnd2)
    part = Part([("Content-Type", 'multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % bnd)],
                parts=[alt, Part([("Content-Type", "message/disposition-notification")], body=mdn)], boundary=bnd)
    own = [("From", "\"Hoffmann, Keith\" <khoffmann@dbqcountybank.com>"),
           ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
           ("Subject", "Read: RE: Catalog list sharing - bank address"),
           ("Thread-Topic", "Catalog list sharing - bank address"),
           ("Thread-Index", "AQH" + fake_b64(key + "ti", 25)),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", msgid),
           ("References", orig),
           ("In-Reply-To", orig),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", "")]
    text = hdrs(pv["top"] + own + part.headers + [("MIME-Version", "1.0")] + pv["tail"]) + "\n\n" + \
        entity_body(part) + "\n"
    return dict(envelope=waddr, conn_host=pv["conn_host"], conn_helo=pv["conn_helo"], conn_ip=pv["conn_ip"],
                auth=pv["auth"], text=text)


A("read-receipt-outlook", "12-03 16:10", "cc", mk_read_outlook,
  "Outlook 'Read:' receipt for a staff reply; subject mentions list sharing: automated", "automated: read receipt",
  "Exchange read receipt")


# =================================================================== 20. Google Groups partner list post (Cc us)
def mk_ggroups(c):
    t = c["t"]
    key = c["key"]
    r = c["r"]
    env = "energy-assistance-partners+bncBCX4VPWRNIFRBQ7@googlegroups.com"
    body = """Hi all,

Two quick things before the weekend gets away from us:

1. Winter Crisis LIHEAP appointments open Monday Dec 6 at all four of our
   offices. Walk-ins for shut-off notices only.
2. Alliant's Hometown Care match runs through Dec 31. We're cc'ing their
   customer care box so they can confirm the referral form is the same
   as last year.

If your agency needs the updated intake sheet, reply to the list and
I'll send it Monday.

Renee Lutz
Energy Programs Coordinator
Prairie Lakes Community Action
641-555-0171

--
You received this message because you are subscribed to the Google Groups "Energy Assistance Partners" group.
To unsubscribe from this group and stop receiving emails from it, send an email to energy-assistance-partners+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/energy-assistance-partners/CAP7rLu%%2B%s%%40mail.gmail.com.
""" % fake_b64(key + "g", 20).replace("/", "_").replace("+", "-")
    part = text_leaf(body, charset="UTF-8", cte="quoted-printable")
    sig, b = dkim_sig(key, "googlegroups.com", "20230601", "list-unsubscribe:list-subscribe:list-archive:list-help:"
                                                           "list-post\n\t :list-id:mailing-list:precedence:"
                                                           "x-original-authentication-results\n\t :x-original-sender:"
                                                           "cc:to:subject:message-id:date:from\n\t :mime-version:"
                                                           "sender:from:to:cc:subject:date:message-id\n\t :reply-to",
                      t)
    top = [("DKIM-Signature", sig),
           ("Sender", "energy-assistance-partners@googlegroups.com"),
           ("X-Google-Smtp-Source", "AGHT+I" + fake_b64(key + "gs", 60)),
           ("X-Received", "by 2002:a05:6214:5298:b0:6f4:cc2a:91d0 with SMTP id kj24-20020a05621452980b006f4cc2a91d0mr"
                          "51122qvb.11.%d;\n        %s" % (int(t.timestamp() * 1000),
                                                          fmt(t.astimezone(PST), "paren"))),
           ("X-BeenThere", "energy-assistance-partners@googlegroups.com"),
           ("Received", "by 2002:a05:6214:2dcb:b0:6e8:9bd8:3d2a with SMTP id 6a1803df08f44-6f4d2c81a91ls2081216d6."
                        "1;\n        %s" % fmt((t - datetime.timedelta(seconds=3)).astimezone(PST), "paren")),
           ("MIME-Version", "1.0"),
           ("From", "Renee Lutz <rlutz@plcaction.org>"),
           ("Date", fmt(t - datetime.timedelta(seconds=5))),
           ("Message-ID", "<CAP7rLu+%s@mail.gmail.com>" % fake_b64(key + "g", 20).replace("/", "_").replace("+", "-")),
           ("Subject", "[ea-partners] Winter crisis appointments open Dec 6 + Hometown Care referrals"),
           ("To", "Energy Assistance Partners <energy-assistance-partners@googlegroups.com>"),
           ("Cc", "customercare@alliant-energy.com"),
           ("X-Original-Sender", "rlutz@plcaction.org"),
           ("X-Original-Authentication-Results", "gmr-mx.google.com;       dkim=pass header.i=@plcaction.org "
                                                 "header.s=google header.b=Kx2mP0aQ;\n       spf=pass (google.com: "
                                                 "domain of rlutz@plcaction.org designates 209.85.220.41 as permitted "
                                                 "sender) smtp.mailfrom=rlutz@plcaction.org"),
           ("Precedence", "list"),
           ("Mailing-list", "list energy-assistance-partners@googlegroups.com; contact "
                            "energy-assistance-partners+owners@googlegroups.com"),
           ("List-ID", "<energy-assistance-partners.googlegroups.com>"),
           ("X-Spam-Checked-In-Group", "energy-assistance-partners@googlegroups.com"),
           ("X-Google-Group-Id", "558201473316"),
           ("List-Post", "<https://groups.google.com/group/energy-assistance-partners/post>, "
                         "<mailto:energy-assistance-partners@googlegroups.com>"),
           ("List-Help", "<https://groups.google.com/support/>, <mailto:energy-assistance-partners+help@googlegroups.com>"),
           ("List-Archive", "<https://groups.google.com/group/energy-assistance-partners"),
           ("List-Unsubscribe", "<mailto:googlegroups-manage+558201473316+unsubscribe@googlegroups.com>,\n "
                                "<https://groups.google.com/group/energy-assistance-partners/subscribe>")]
    auth = auth_line(None, dkim_d="googlegroups.com", dkim_s="20230601", dkim_b=b, mailfrom=env, ip="209.85.219.183",
                     dmarc_policy="p=NONE dis=NONE", from_domain="plcaction.org") + ";\n\tarc=pass (i=1)"
    return dict(envelope=env, conn_host="mail-qv1-f55.google.com", conn_ip="209.85.219.183", auth=auth,
                text=entity_text(top, part))


A("list-ggroups-partners", "12-05 08:00", "cc", mk_ggroups,
  "Google Groups copy of a partner agency's post that Cc's customercare (List-ID, Precedence: list): list traffic, "
  "automated, although a person wrote it and it asks a question", "automated: list post", "Google Groups")


# =================================================================== 21. 'no longer monitored' (headerless)
def mk_nolonger(c):
    t = c["t"]
    key = c["key"]
    waddr = "office@stpaulsdecorah.org"
    pv = prov_google(c["r"], key, waddr, t)
    ref = "CC-2027-12-00166"
    body = ("This email address is no longer monitored. Please send all correspondence to "
            "parishoffice@stpaulsdecorah.org.\n\nThank you and God bless,\nSt. Paul's Lutheran Church")
    bnd = "000000000000" + fake_hex(key + "bnd", 16)
    part = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)],
                parts=[text_leaf(body, charset="UTF-8", cte="quoted-printable"),
                       text_leaf('<div dir="ltr">' + body.replace("\n", "<br>") + "</div>\n", "html", "UTF-8",
                                 cte="quoted-printable")], boundary=bnd)
    own = [("MIME-Version", "1.0"),
           ("From", "St. Paul's Office <office@stpaulsdecorah.org>"),
           ("Date", fmt(t)),
           ("Message-ID", "<CAEv5%s@mail.gmail.com>" % fake_b64(key + "m", 40).replace("/", "_").replace("+", "-")),
           ("Subject", "Re: We received your request [%s]" % ref),
           ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>")]
    text = hdrs(pv["top"] + own + part.headers) + "\n\n" + entity_body(part) + "\n"
    return dict(envelope=waddr, conn_host=pv["conn_host"], conn_ip=pv["conn_ip"], auth=pv["auth"], text=text)


A("nolonger-monitored", "12-06 06:10", "cc", mk_nolonger,
  "'no longer monitored' routing reply to our acknowledgement with no Auto-Submitted and no In-Reply-To: "
  "headerless auto-reply (loop trap), automated", "automated: auto-reply", "Google Workspace routing rule")


# =================================================================== 22. Postfix DSN, remote 550 user unknown
def mk_bounce_550(c):
    return postfix_dsn(c, "karlmeier1952@yahoo.com", "CC-2027-12-00174", dt_cst("12-06 09:19:21"), "5.0.0",
                       "smtp; 554 delivery error: dd This user doesn't have a\n    yahoo.com account "
                       "(karlmeier1952@yahoo.com) [0] - mta4512.mail.gq1.yahoo.com",
                       "host mx-biz.mail.am0.yahoodns.net[67.195.204.72] said: 554\n    delivery error: dd This user "
                       "doesn't have a yahoo.com account\n    (karlmeier1952@yahoo.com) [0] - mta4512.mail.gq1.yahoo.com "
                       "(in reply to end\n    of DATA command)",
                       remote="mx-biz.mail.am0.yahoodns.net")


A("bounce-postfix-550", "12-06 09:20", "cc", mk_bounce_550,
  "our outbound Postfix returning an ack that Yahoo rejected (user unknown): automated", "automated: bounce",
  "Postfix DSN", delay=2)


# =================================================================== 23. Spanish phishing
def mk_phish_es(c):
    t = c["t"]
    key = c["key"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial">
<p><b>AVISO FINAL DE DESCONEXI\u00d3N</b></p>
<p>Estimado cliente:</p>
<p>Su cuenta de Alliant Energy tiene un saldo vencido de <b>$286.40</b>. Su servicio el\u00e9ctrico ser\u00e1
<b>desconectado hoy entre las 3:00 y las 5:00 p.m.</b> si no realiza el pago.</p>
<p>Para evitar la desconexi\u00f3n pague ahora con tarjeta de regalo o por la liga segura:</p>
<p><a href="http://alliant-energia-pagos.com/pago?c=88231">PAGAR AHORA</a></p>
<p>Departamento de Cobranza<br>Alliant Energy</p>
</body></html>"""
    part = text_leaf(html, "html", "iso-8859-1", cte="quoted-printable")
    top = [("Received", "from alliant-energia-pagos.com (unknown [193.233.48.77])\n\tby mail.alliant-energia-pagos.com "
                        "(Postfix) with ESMTPA id 6E21F3A0B9\n\tfor <customercare@alliant-energy.com>; %s" %
            fmt(t.astimezone(UTC))),
           ("From", "=?iso-8859-1?Q?Alliant_Energy_Servicio_al_Cliente?= <avisos@alliant-energia-pagos.com>"),
           ("To", "customercare@alliant-energy.com"),
           ("Subject", "=?iso-8859-1?Q?Aviso_final:_su_servicio_ser=E1_desconectado_hoy?="),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<%s@alliant-energia-pagos.com>" % fake_hex(key, 24)),
           ("MIME-Version", "1.0")]
    auth = ("dkim=none;\n\tspf=neutral (mx.alliant-energy.com: 193.233.48.77 is neither permitted nor denied by domain "
            "of avisos@alliant-energia-pagos.com) smtp.mailfrom=avisos@alliant-energia-pagos.com;\n\tdmarc=none "
            "(p=NONE) header.from=alliant-energia-pagos.com")
    return dict(envelope="avisos@alliant-energia-pagos.com", conn_host="mail.alliant-energia-pagos.com",
                conn_ip="193.233.48.77", auth=auth, text=entity_text(top, part),
                spam="Yes, score=9.4 required=7.0 tests=GIFT_CARD_PAY,LOOKALIKE_BRAND,URI_PHISH")


A("phish-es-disconnect", "12-06 14:15", "cc", mk_phish_es,
  "Spanish shut-off scam during the ice storm, look-alike domain, gift-card payment: automated",
  "automated: phishing", "spam kit", lang="es")


# =================================================================== 24. Gmail vacation responder to our ack
def mk_vacation_gmail(c):
    t = c["t"]
    key = c["key"]
    waddr = "carldvorak48@gmail.com"
    pv = prov_google(c["r"], key, waddr, t)
    ref = "CC-2027-12-00201"
    body = ("Hi, I'm away visiting family for the holidays until January 3 and only checking email now and then.\n"
            "Merry Christmas!\n\nCarl")
    bnd = "000000000000" + fake_hex(key + "bnd", 16)
    part = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)],
                parts=[Part([("Content-Type", 'text/plain; charset="UTF-8"')], body=body),
                       Part([("Content-Type", 'text/html; charset="UTF-8"')],
                            body='<div dir="ltr">Hi, I&#39;m away visiting family for the holidays until January 3 and '
                                 'only checking email now and then.<br>Merry Christmas!<br><br>Carl</div>\n')],
                boundary=bnd)
    own = [("MIME-Version", "1.0"),
           ("From", "Carl Dvorak <carldvorak48@gmail.com>"),
           ("Date", fmt(t)),
           ("Message-ID", "<CAMx2%s@mail.gmail.com>" % fake_b64(key + "m", 40).replace("/", "_").replace("+", "-")),
           ("In-Reply-To", "<ack.%s@alliant-energy.com>" % ref),
           ("References", "<ack.%s@alliant-energy.com>" % ref),
           ("Auto-Submitted", "auto-replied"),
           ("Subject", "Re: We received your request [%s]" % ref),
           ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>")]
    text = hdrs(pv["top"] + own + part.headers) + "\n\n" + entity_body(part) + "\n"
    return dict(envelope=waddr, conn_host=pv["conn_host"], conn_ip=pv["conn_ip"], auth=pv["auth"], text=text)


A("vacation-gmail-ack", "12-07 07:05", "cc", mk_vacation_gmail,
  "Gmail vacation responder (Auto-Submitted: auto-replied) answering our acknowledgement: loop trap, automated",
  "automated: auto-reply", "Gmail vacation responder")


# =================================================================== 25. internal calendar invitation
def mk_invite_internal(c):
    t = c["t"]
    key = c["key"]
    desc = ("Let's clear the December pile before the holiday break. Gift-season volume is about 3x normal.\n"
            "- unclear queue (on-behalf requests, deceased customers)\n- duplicate labels / household merges\n"
            "- co-op do-not-share file for Spring 2028\n\nRoom 2B or Teams.")
    plain = ("When: Monday, December 13, 2027 1:30 PM-2:30 PM (UTC-06:00) Central Time (US & Canada).\n"
             "Where: HQ Room 2B / Microsoft Teams\n\n" + desc)
    cal = ics("040000008200E00074C5B7101A82E00800000000%s" % fake_hex(key, 30).upper(), "tnguyen@alliant-energy.com",
              "Tamara Nguyen", [("Customer Care", "customercare@alliant-energy.com"),
                                ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"),
                                ("Luis Ferreira", "lferreira@alliant-energy.com")],
              "Privacy mailbox year-end backlog review", "20271213T133000", "20271213T143000",
              "HQ Room 2B / Microsoft Teams", desc, t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    bnd = "_000_MN2PR04MB6174%s_" % fake_hex(key, 16).upper()
    part = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd)],
                parts=[text_leaf(plain, charset="us-ascii", cte="quoted-printable"),
                       cal_part(cal)],
                boundary=bnd)
    top = [("Received", "from exch-hub02.corp.alliant-energy.com (10.40.8.22) by\n exch-hub01.corp.alliant-energy.com "
                        "(10.40.8.21) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256"
                        "_GCM_SHA384) id 15.2.1544.14; %s" % fmt(t)),
           ("From", "Tamara Nguyen <tnguyen@alliant-energy.com>"),
           ("To", "Customer Care <customercare@alliant-energy.com>, PowerHouse Catalog\n\t"
                  "<powerhousecatalog@alliant-energy.com>, Luis Ferreira <lferreira@alliant-energy.com>"),
           ("Subject", "Privacy mailbox year-end backlog review"),
           ("Thread-Topic", "Privacy mailbox year-end backlog review"),
           ("Thread-Index", "AdpqA" + fake_b64(key + "ti", 27)),
           ("Date", fmt(t)),
           ("Message-ID", "<MN2PR04MB6174%s@MN2PR04MB6174.namprd04.prod.outlook.com>" % fake_hex(key + "m", 20).upper()),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-Exchange-Organization-SCL", "-1"),
           ("X-MS-TNEF-Correlator", "")] + part.headers + [("MIME-Version", "1.0")]
    return dict(envelope="tnguyen@alliant-energy.com", conn_host="exch-hub02.corp.alliant-energy.com",
                conn_ip="10.40.8.22", tls=True,
                auth="dkim=none (internal);\n\tspf=pass (mx.alliant-energy.com: domain of tnguyen@alliant-energy.com "
                     "designates 10.40.8.22 as permitted sender) smtp.mailfrom=tnguyen@alliant-energy.com;\n\t"
                     "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=alliant-energy.com",
                text=hdrs(top) + "\n\n" + entity_body(part) + "\n")


A("invite-internal-backlog", "12-08 09:55", "cc", mk_invite_internal,
  "internal meeting request (text/calendar) about the privacy backlog, addressed to both mailboxes: automated",
  "automated: calendar", "Exchange invitation")


# =================================================================== 26. qmail bounce
def mk_bounce_qmail(c):
    t = c["t"]
    rcpt = "bknapp@rivertownisp.net"
    ref = "CC-2027-12-00207"
    t_ack = dt_cst("12-08 14:39:02")
    ah, abody = ack_copy(ref, rcpt, t_ack)
    body = """Hi. This is the qmail-send program at mail.rivertownisp.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bknapp@rivertownisp.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <customercare@alliant-energy.com>
Received: (qmail 28114 invoked from network); %s
Received: from smtp-out1.alliant-energy.com (205.142.16.21)
  by mail.rivertownisp.net with SMTP; %s
""" % ("8 Dec 2027 20:39:04 -0000", "8 Dec 2027 20:39:04 -0000") + hdrs(ah) + "\n\n" + abody
    top = [("Date", "8 Dec 2027 20:39:05 -0000"),
           ("From", "MAILER-DAEMON@mail.rivertownisp.net"),
           ("To", "customercare@alliant-energy.com"),
           ("Subject", "failure notice")]
    auth = ("dkim=none;\n\tspf=none (mx.alliant-energy.com: mail.rivertownisp.net does not designate permitted sender "
            "hosts) smtp.helo=mail.rivertownisp.net;\n\tdmarc=none header.from=mail.rivertownisp.net")
    return dict(envelope="", conn_host="mail.rivertownisp.net", conn_ip="209.107.44.18", auth=auth,
                text=hdrs(top) + "\n\n" + body, tls=False)


A("bounce-qmail", "12-08 14:39", "cc", mk_bounce_qmail,
  "qmail 'failure notice' without MIME headers or Message-ID, carrying our ack: automated", "automated: bounce",
  "qmail", delay=6)


# =================================================================== 28. challenge-response
def mk_challenge(c):
    t = c["t"]
    key = c["key"]
    ref = "CC-2027-12-00219"
    text = """Hello,

You recently sent a message to ldavenport@mchsi.com with the subject
"We received your request [%s]".

ldavenport@mchsi.com uses MailGuard to block junk mail. Your message is
being held until you confirm that you are a real person. This only has to
be done once.

Confirm here: https://verify.mailguard-verify.net/c/9Qe4bT7x

Unconfirmed messages are deleted after 7 days.

MailGuard - less junk, more mail""" % ref
    part = text_leaf(text, charset="us-ascii", cte="7bit")
    sig, b = dkim_sig(key, "mailguard-verify.net", "mg", "From:To:Subject:Date:Message-ID", t)
    top = [("DKIM-Signature", sig),
           ("From", "\"MailGuard for ldavenport@mchsi.com\" <verify@mailguard-verify.net>"),
           ("To", "customercare@alliant-energy.com"),
           ("Subject", "Please confirm your message to ldavenport@mchsi.com"),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<cr.%s@mailguard-verify.net>" % fake_hex(key, 20)),
           ("X-MailGuard-Challenge", "9Qe4bT7x"),
           ("MIME-Version", "1.0")]
    auth = auth_line(None, dkim_d="mailguard-verify.net", dkim_s="mg", dkim_b=b,
                     mailfrom="bounce@mailguard-verify.net", ip="69.64.147.230",
                     dmarc_policy="p=NONE dis=NONE", from_domain="mailguard-verify.net")
    return dict(envelope="bounce@mailguard-verify.net", conn_host="out2.mailguard-verify.net", conn_ip="69.64.147.230",
                auth=auth, text=entity_text(top, part))


A("challenge-response", "12-09 12:00", "cc", mk_challenge,
  "challenge-response 'confirm you are a person' triggered by our ack: automated, must not be answered",
  "automated: challenge-response", "MailGuard")


# =================================================================== 29. printer proof notice
def mk_printer(c):
    t = c["t"]
    key = c["key"]
    text = """Mississippi Valley Press - Prepress Portal

Job 28-0117  PowerHouse Catalog Spring 2028 (64 pp + cover)
Soft proofs are ready for your review.

Pages uploaded:     68
Approval due:       Friday, December 17, 2027, 3:00 PM CST
Press date:         Tuesday, January 4, 2028

Review and approve: https://proofs.mvpress.com/job/28-0117

Prepress note: inside back cover (privacy / list-sharing notice and
order form) carried over unchanged from Holiday 2027 per your
instructions of 11/19.

This is an automated message from the MVP Prepress Portal. Replies to
this address are not read."""
    part = text_leaf(text, charset="us-ascii", cte="7bit")
    sig, b = dkim_sig(key, "mvpress.com", "portal", "From:To:Subject:Date:Message-ID:Auto-Submitted", t)
    top = [("DKIM-Signature", sig),
           ("Received", "from portal01.mvpress.com (portal01.mvpress.com [10.2.0.31])\n\tby mail.mvpress.com (Postfix) "
                        "with ESMTP id 2F0C4A1123\n\tfor <powerhousecatalog@alliant-energy.com>; %s" % fmt(t, "paren")),
           ("From", "MVP Prepress Portal <noreply-proofs@mvpress.com>"),
           ("To", "powerhousecatalog@alliant-energy.com"),
           ("Cc", "tnguyen@alliant-energy.com"),
           ("Subject", "Proofs ready: Job 28-0117 PowerHouse Spring 2028 - approval due 12/17"),
           ("Date", fmt(t)),
           ("Message-ID", "<proof.28-0117.%s@mvpress.com>" % fake_hex(key, 10)),
           ("Auto-Submitted", "auto-generated"),
           ("MIME-Version", "1.0")]
    auth = auth_line(None, dkim_d="mvpress.com", dkim_s="portal", dkim_b=b, mailfrom="noreply-proofs@mvpress.com",
                     ip="12.161.72.40", dmarc_policy="p=NONE sp=NONE dis=NONE", from_domain="mvpress.com")
    return dict(envelope="noreply-proofs@mvpress.com", conn_host="mail.mvpress.com", conn_ip="12.161.72.40", auth=auth,
                text=entity_text(top, part))


A("vendor-printer-proofs", "12-10 10:15", "ph", mk_printer,
  "printer's proof-portal notice (mentions the list-sharing notice page): vendor system mail, automated",
  "automated: vendor notice", "prepress portal")


# =================================================================== person-initiated, machine-built
def mk_webform(c):
    t = c["t"]
    key = c["key"]
    body = """Contact Us form submission

Topic: Marketing and mailing preferences
Name: Tanya Roeder
Email: tanya.roeder@gmail.com
Phone: 608-555-0172
Account number: 3158 2207 41
Service ZIP: 53590
Preferred contact: Email

Message:
Please stop mailing me the PowerHouse catalog and the other promo mailers (the ones about solar and the thermostat). We're trying to cut down on paper mail in our house. Bills are fine, I get those online anyway.

Submitted: 11/29/2027 1:04 PM CST
Form ID: CU-7F3A29
Page: https://www.alliantenergy.com/contact-us"""
    part = text_leaf(body, charset="utf-8", cte="quoted-printable")
    top = [("Received", "from web03.alliantenergy.com (web03.alliantenergy.com [10.40.9.13])\n\tby "
                        "relay01.alliant-energy.com (Postfix) with ESMTP id 4Y7Lr03HqWz2kQ\n\tfor "
                        "<customercare@alliant-energy.com>; %s" % fmt(t, "paren")),
           ("Date", fmt(t)),
           ("To", "customercare@alliant-energy.com"),
           ("From", "Alliant Energy Web Forms <noreply@alliantenergy.com>"),
           ("Reply-To", "Tanya Roeder <tanya.roeder@gmail.com>"),
           ("Subject", "[Contact Us] Marketing and mailing preferences - Tanya Roeder"),
           ("Message-ID", "<cu.7F3A29.%d@web03.alliantenergy.com>" % int(t.timestamp())),
           ("X-Mailer", "AE-WebForms/4.2"),
           ("X-AE-Form-Id", "CU-7F3A29"),
           ("MIME-Version", "1.0")]
    return dict(envelope="noreply@alliantenergy.com", conn_host="relay01.alliant-energy.com", conn_ip="10.40.9.5",
                auth="dkim=none (internal relay);\n\tspf=pass (mx.alliant-energy.com: domain of noreply@alliantenergy.com "
                     "designates 10.40.9.5 as permitted sender) smtp.mailfrom=noreply@alliantenergy.com;\n\tdmarc=pass "
                     "(p=REJECT sp=REJECT dis=NONE) header.from=alliantenergy.com",
                text=entity_text(top, part), tls=False)


HM("webform-stop-paper", "11-29 13:05", "cc", mk_webform,
   "our Contact Us form relay (From noreply@, customer in Reply-To): the form fields are the customer's own words; "
   "stop catalog and promo mailers -> marketing opt-out, ack to Reply-To", "marketing opt-out", "web form relay",
   [MO], ("Alliant Energy Web Forms", "noreply@alliantenergy.com"), ack="tanya.roeder@gmail.com",
   ent={"name": "Tanya Roeder", "postal_code": "53590", "account": "3158 2207 41"})


def mk_clearbox(c):
    t = c["t"]
    key = c["key"]
    waddr = "joshkettmann@gmail.com"
    pv = prov_google(c["r"], key, waddr, t)
    body = ("Please remove me from Alliant Energy marketing e-mail.\n\n--\nSent by Clearbox on behalf of "
            "joshkettmann@gmail.com. Clearbox unsubscribes you from the mailing lists you choose.")
    part = text_leaf(body, charset="UTF-8", cte="7bit")
    own = [("MIME-Version", "1.0"),
           ("From", waddr),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<clearbox.%s@mail.gmail.com>" % fake_hex(key, 24)),
           ("Subject", "unsubscribe AE-NL-2712-WR"),
           ("To", "customercare@alliant-energy.com"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Mailer", "Clearbox Inbox Cleaner (https://clearbox.example-app.com)")]
    text = hdrs(pv["top"] + own + part.headers) + "\n\n" + entity_body(part) + "\n"
    return dict(envelope=waddr, conn_host=pv["conn_host"], conn_ip=pv["conn_ip"], auth=pv["auth"], text=text)


HM("cleaner-clearbox-wx", "12-02 08:10", "cc", mk_clearbox,
   "inbox-cleaning app sent our List-Unsubscribe mailto from the user's own Gmail via API, with Auto-Submitted: "
   "a person chose it, so marketing opt-out, but RFC 3834 forbids answering: ack_to null", "button unsubscribe",
   "inbox cleaner (Gmail API)", [MO], (None, "joshkettmann@gmail.com"), ack=None)


def mk_tidyinbox(c):
    t = c["t"]
    key = c["key"]
    body = "unsubscribe\n"
    part = text_leaf(body, charset="us-ascii", cte="7bit")
    sig, b = dkim_sig(key, "unsub.tidyinbox.io", "ti1", "From:To:Subject:Date:Message-ID:Auto-Submitted", t)
    env = "u-5c81e3f0@unsub.tidyinbox.io"
    top = [("DKIM-Signature", sig),
           ("Received", "by worker-unsub-3 (TidyInbox) id %s; %s" % (fake_hex(key, 16), fmt(t.astimezone(UTC)))),
           ("From", "TidyInbox Unsubscribe <u-5c81e3f0@unsub.tidyinbox.io>"),
           ("To", "customercare@alliant-energy.com"),
           ("Subject", "unsubscribe AE-DN-2711"),
           ("Date", fmt(t.astimezone(UTC))),
           ("Message-ID", "<%s@unsub.tidyinbox.io>" % fake_hex(key + "m", 30)),
           ("Auto-Submitted", "auto-generated"),
           ("X-TidyInbox-Request", "5c81e3f0; user-initiated"),
           ("MIME-Version", "1.0")]
    auth = auth_line(None, dkim_d="unsub.tidyinbox.io", dkim_s="ti1", dkim_b=b, mailfrom=env, ip="34.212.77.161",
                     dmarc_policy="p=NONE dis=NONE", from_domain="unsub.tidyinbox.io")
    return dict(envelope=env, conn_host="out-3.unsub.tidyinbox.io", conn_ip="34.212.77.161", auth=auth,
                text=entity_text(top, part))


HM("cleaner-tidyinbox-dn", "12-08 11:30", "cc", mk_tidyinbox,
   "unsubscribe service mailing our List-Unsubscribe address (donation appeal) from its own relay address with "
   "Auto-Submitted: a person's choice, marketing opt-out; no answer may be sent: ack_to null", "button unsubscribe",
   "unsubscribe service relay", [MO], ("TidyInbox Unsubscribe", "u-5c81e3f0@unsub.tidyinbox.io"), ack=None)
