"""Machine mail (and one inbox-cleaning service) of August 2027. Each entry gives the full header block below
our own MX chain, the body, and the labels. Texts are written per message; only the MX chain is shared."""
from lib import (CDT, PDT, UTC, R, b64, dkim, esc, ew, fmt_addr, multipart, part_lines, parse_dt, qp, qmail_date,
                 ralnum, rb64, rfc_date, rhex, ruuid, secs, ts, tz, LONGDAYS, LONGMONS, MONS, DAYS)
from outgoing import instance, ack, OUTGOING

CC = "customercare"
PH = "powerhousecatalog"
CCA = "customercare@alliant-energy.com"
PHA = "powerhousecatalog@alliant-energy.com"


def our_mail_headers(o, to_addr):
    """Header block of one of our own mails, as it is echoed in DSNs."""
    d = parse_dt(o["at"])
    h = [f"From: {fmt_addr(o['from_name'], o['from_addr'])}", f"To: {to_addr}",
         f"Subject: {ew(o['subject'])}", f"Date: {rfc_date(d)}", f"Message-ID: <{o['mid']}>"]
    if o.get("list_unsub"):
        h.append(f"List-Unsubscribe: {o['list_unsub']}")
    if o["kind"] == "ack":
        h.append("Auto-Submitted: auto-replied")
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return "\n".join(h)


def spoof_auth(d, ip, mailfrom):
    return (f"dkim=none;\n\tspf=softfail (@MX@: domain of transitioning {mailfrom} does not designate {ip} as "
            f"permitted sender) smtp.mailfrom={mailfrom};\n\tdmarc=none (p=NONE dis=NONE) header.from={d}")


def plain_auth(d, sel, ip, mailfrom, rng, dmarc="pass (p=NONE dis=NONE)"):
    return (f"dkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={sel} "
            f"header.b={ralnum(rng, 8)};\n\tspf=pass (@MX@: domain of {mailfrom} designates {ip} as permitted sender) "
            f"smtp.mailfrom={mailfrom};\n\tdmarc={dmarc} header.from={d}")


def internal_auth():
    return "dkim=none; spf=none smtp.helo=mail.alliant-energy.com; dmarc=none"


def exchange_block(rng, d, sent, tenant_pod):
    """Exchange Online outbound headers (for NDRs and automatic replies from business tenants)."""
    u = sent.astimezone(UTC)
    return [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b="
         + "\n ".join(rb64(rng, 256)[i:i + 76] for i in range(0, 344, 76))),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; none"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s=selector1;\n"
                           " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                           f" bh={rb64(rng, 32)};\n b=" + "\n ".join(rb64(rng, 256)[i:i + 76] for i in range(0, 344, 76))),
        ("Received", f"from {tenant_pod}.{rng.choice(['apcprd06', 'eurprd03', 'namprd04', 'inbprd01'])}.prod.outlook.com "
                     f"(2603:1096:{rhex(rng, 3)}:{rhex(rng, 2)}::{rng.randint(5, 19)}) by\n {tenant_pod}.prod.outlook.com "
                     "with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                     f"id 15.20.9031.21; {rfc_date(u)}"),
    ]


def M(**kw):
    kw.setdefault("labels", [])
    kw.setdefault("unclear", False)
    kw.setdefault("ent", {})
    kw.setdefault("automated", True)
    kw.setdefault("tls", True)
    return kw


def build_machines():
    out = []

    # A1 ------------------------------------------------------------------ phishing: mailbox quota (HTML only)
    rng = R("phish-quota")
    at = parse_dt("2027-08-01 14:40:22 -0500")
    htm = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
        "<body style=\"font-family:Arial\"><table width=\"560\" cellpadding=\"12\" style=\"border:1px solid #ccc\"><tr><td>\n"
        "<p><b>Dear customercare,</b></p>\n"
        "<p>Your mailbox <b>customercare@alliant-energy.com</b> have exceeded the storage limit of 2GB as set by your "
        "administrator, you are currently running on 2.3GB. You will not be able to send or receive new mails until you "
        "re-validate your mailbox.</p>\n"
        "<p>To re-validate kindly click below:</p>\n"
        "<p><a href=\"https://alliant-energy.mailbox-quota-center.top/validate?u=customercare\" style=\"background:#0b5ed7;"
        "color:#fff;padding:8px 18px;text-decoration:none\">VALIDATE NOW</a></p>\n"
        "<p>Failure to validate within 24hrs your mailbox will be suspend permanently.</p>\n"
        "<p>Thanks,<br>System Administrator<br>\u00a9 2027 alliant-energy.com Mail Server</p>\n"
        "</td></tr></table></body></html>\n")
    out.append(M(
        spec="phish-mailbox-quota", cat="automated: phishing", lang="en (broken)", mailbox=CC,
        at="2027-08-01 14:40:31 -0500", env_from="www-data@srv7.hanseong-trade.kr",
        relay=("srv7.hanseong-trade.kr", "211.43.205.77"),
        auth=spoof_auth("alliant-energy.mailbox-quota-center.top", "211.43.205.77", "www-data@srv7.hanseong-trade.kr"),
        tls=False,
        headers=[("Received", f"by srv7.hanseong-trade.kr (Postfix, from userid 33)\n\tid 9B1C240E21; {rfc_date(at.astimezone(tz(540)))}"),
                 ("To", CCA), ("Subject", "Mailbox Storage Is Full - Action Required"),
                 ("X-PHP-Originating-Script", "33:mailer.php"),
                 ("From", "Mail Administrator <no-reply@alliant-energy.mailbox-quota-center.top>"),
                 ("Date", rfc_date(at.astimezone(tz(540)))),
                 ("Message-ID", f"<{rhex(rng, 32)}@srv7.hanseong-trade.kr>"),
                 ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=windows-1252"),
                 ("Content-Transfer-Encoding", "quoted-printable")],
        body=qp(htm, "windows-1252"),
        note="Credential phishing in broken English ('have exceeded', 'will be suspend'); HTML only; no request"))

    # A17 ----------------------------------------------------------------- newsletter: cricket club
    rng = R("nl-cricket")
    at = parse_dt("2027-08-02 17:00:05 -0500")
    txt = (
        "CORRIDOR CRICKET CLUB - WEEKEND FIXTURES\n"
        "Cedar Rapids | Iowa City | since 2009\n\n"
        "Hello all,\n\n"
        "Lovely turn-out on Sunday despite the heat - well played to the Strikers, who chased down 164 with two "
        "overs in hand. Special mention to Kavya for her first fifty in a league match.\n\n"
        "FIXTURES THIS WEEKEND (Noelridge Park, ground 2)\n"
        "Sat 7 Aug  10:00  Strikers v Riverside XI\n"
        "Sat 7 Aug  14:30  Corridor Lions v Des Moines Royals\n"
        "Sun 8 Aug  11:00  T20 social - all welcome, bring a plate\n\n"
        "AGM NOTICE\n"
        "The Annual General Meeting will be held on Saturday 21 August after play. Nominations for committee close "
        "on 14 August. Subs for the 2027 season are now overdue for some members - do see Desmond.\n\n"
        "Teas rota: Persaud and Naidoo families this week, cheers.\n\n"
        "--\n"
        "You are receiving this because you signed up at a club event.\n"
        "Unsubscribe: https://lists.corridorcricket.org/u?e=customercare%40alliant-energy.com\n"
        "Corridor Cricket Club, PO Box 10412, Cedar Rapids IA 52410\n")
    htm = ("<html><body style=\"font-family:Georgia,serif;max-width:600px\"><h2 style=\"color:#0a5c36\">Corridor Cricket "
           "Club &ndash; Weekend Fixtures</h2>" + "".join(f"<p>{esc(p)}</p>" for p in txt.split("\n\n")[1:-1]) +
           "<hr><p style=\"font-size:11px\">You are receiving this because you signed up at a club event. "
           "<a href=\"https://lists.corridorcricket.org/u?e=customercare%40alliant-energy.com\">Unsubscribe</a></p>"
           "</body></html>\n")
    b = f"=_cc_{rhex(rng, 20)}"
    out.append(M(
        spec="nl-corridor-cricket", cat="automated: newsletter", lang="en (club newsletter)", mailbox=CC,
        at="2027-08-02 17:00:19 -0500", env_from=f"bounce-{rhex(rng, 12)}@mail.listpost-esp.com",
        relay=("o12.mail.listpost-esp.com", "198.51.100.42"),
        auth=plain_auth("corridorcricket.org", "lp1", "198.51.100.42", "bounce@mail.listpost-esp.com", rng),
        headers=[("DKIM-Signature", dkim(rng, "corridorcricket.org", "lp1", ts(at), "from:to:subject:date:list-unsubscribe:list-id")),
                 ("From", "Corridor Cricket Club <news@corridorcricket.org>"), ("To", CCA),
                 ("Subject", "Weekend fixtures, AGM notice & teas rota"), ("Date", rfc_date(at)),
                 ("Message-ID", f"<{ruuid(rng, False)}@mail.listpost-esp.com>"),
                 ("List-Id", "Corridor Cricket Club news <news.corridorcricket.org>"),
                 ("List-Unsubscribe", "<https://lists.corridorcricket.org/u?e=customercare%40alliant-energy.com>, "
                                      "<mailto:unsub-7731@mail.listpost-esp.com>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                 ("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative; boundary="{b}"')],
        body=multipart(b, [part_lines("text/plain; charset=utf-8", "quoted-printable", qp(txt)),
                           part_lines("text/html; charset=utf-8", "quoted-printable", qp(htm))]),
        note="A cricket club's bulk newsletter that someone signed our address up for; its unsubscribe footer is not "
             "addressed to us"))

    # A11 ----------------------------------------------------------------- Indian corporate OOO to P1
    rng = R("ooo-india")
    sent = parse_dt("2027-08-03 20:32:05 +0530")
    o = instance("P1", 409315)
    txt = ("Dear Sender,\n\n"
           "Thank you for your mail. I am on leave from 02-Aug-2027 to 13-Aug-2027 with limited access to mails. Kindly "
           "expect delay in response.\n\n"
           "For any urgent matter kindly contact Ms. Shalini Kapoor (shalini.kapoor@tarangsoft.co.in) or call "
           "+1 608-555-0163.\n\n"
           "Thanks and regards,\n"
           "Nikhil Deshmukh\n"
           "Senior Consultant | Tarang Softech Pvt. Ltd.\n")
    b = f"_000_{rhex(rng, 24, True)}_"
    htm = "<html><body><div style=\"font-family:Calibri;font-size:11pt\">" + "".join(
        f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")) + "</div></body></html>\n"
    out.append(M(
        spec="ooo-india-tarangsoft-leave", cat="automated: auto-reply", lang="en-IN (corporate)", mailbox=CC,
        at="2027-08-03 10:02:11 -0500", env_from="nikhil.deshmukh@tarangsoft.co.in",
        relay=("mail-pn3ind01on2108.outbound.protection.outlook.com", "40.107.212.108"),
        auth=plain_auth("tarangsoft.co.in", "selector1", "40.107.212.108", "nikhil.deshmukh@tarangsoft.co.in", rng),
        headers=exchange_block(rng, "tarangsoft.co.in", sent, "PN3PR01MB7719.INDPRD01")
        + [("From", "Nikhil Deshmukh <nikhil.deshmukh@tarangsoft.co.in>"), ("To", "Alliant Energy <customercare@alliant-energy.com>"),
           ("Subject", f"Automatic reply: {o['subject']}"), ("Thread-Topic", o["subject"]),
           ("Thread-Index", "AQHc" + rb64(rng, 18)), ("Date", rfc_date(sent.astimezone(UTC))),
           ("Message-ID", f"<{rhex(rng, 30, True)}@PN3PR01MB7719.INDPRD01.PROD.OUTLOOK.COM>"),
           ("In-Reply-To", f"<{o['mid']}>"), ("References", f"<{o['mid']}>"),
           ("Auto-Submitted", "auto-generated"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "nikhil.deshmukh@tarangsoft.co.in"),
           ("Content-Language", "en-IN"), ("Content-Type", f'multipart/alternative;\n\tboundary="{b}"'),
           ("MIME-Version", "1.0")],
        body=multipart(b, [part_lines('text/plain; charset="us-ascii"', "quoted-printable", qp(txt)),
                           part_lines('text/html; charset="us-ascii"', "quoted-printable", qp(htm))]),
        note="Exchange 'Automatic reply' to the thermostat promo, Indian corporate register ('Kindly expect delay'); "
             "Auto-Submitted present"))

    # A6 ------------------------------------------------------------------ bounce from our own outbound relay, P1
    rng = R("dsn-p1")
    o = instance("P1", 418822)
    rcpt = "sarah.kowalski.ia@gmail.com"
    t = parse_dt("2027-08-03 10:03:02 -0500")
    b = f"{rhex(rng, 10, True)}.{ts(t)}/mail.alliant-energy.com"
    p1 = ("This is the mail system at host mail.alliant-energy.com.\n\n"
          "I'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients. It's attached below.\n\n"
          "For further assistance, please send mail to postmaster.\n\n"
          "If you do so, please include this problem report. You can\n"
          "delete your own text from the attached returned message.\n\n"
          "                   The mail system\n\n"
          f"<{rcpt}>: host gmail-smtp-in.l.google.com[142.250.115.27] said:\n"
          "    550-5.1.1 The email account that you tried to reach does not exist. Please\n"
          "    try 550-5.1.1 double-checking the recipient's email address for typos or\n"
          "    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1\n"
          "    https://support.google.com/mail/?p=NoSuchUser\n"
          f"    {rhex(rng, 10)}.{rng.randint(10, 99)} - gsmtp (in reply to RCPT TO command)\n")
    p2 = ("Reporting-MTA: dns; mail.alliant-energy.com\n"
          f"X-Postfix-Queue-ID: {rhex(rng, 10, True)}\n"
          f"X-Postfix-Sender: rfc822; {CCA}\n"
          f"Arrival-Date: {rfc_date(parse_dt(o['at']), comment='CDT')}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\n"
          f"Original-Recipient: rfc822;{rcpt}\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; gmail-smtp-in.l.google.com\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach\n"
          "    does not exist. Please try 550-5.1.1 double-checking the recipient's email\n"
          "    address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1\n"
          "    https://support.google.com/mail/?p=NoSuchUser - gsmtp\n")
    out.append(M(
        spec="dsn-postfix-nosuchuser-p1", cat="automated: bounce", lang="en (DSN)", mailbox=CC,
        at="2027-08-03 10:03:04 -0500", env_from="", relay=("mail.alliant-energy.com", "10.40.9.20"),
        auth=internal_auth(), tls=False,
        headers=[("Received", f"by mail.alliant-energy.com (Postfix)\n\tid {rhex(rng, 10, True)}; {rfc_date(t, comment='CDT')}"),
                 ("Date", rfc_date(t, comment="CDT")), ("From", "MAILER-DAEMON@mail.alliant-energy.com (Mail Delivery System)"),
                 ("Subject", "Undelivered Mail Returned to Sender"), ("To", CCA), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0"),
                 ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"'),
                 ("Content-Transfer-Encoding", "8bit"),
                 ("Message-Id", f"<20270803150302.{rhex(rng, 10, True)}@mail.alliant-energy.com>")],
        body=multipart(b, [
            part_lines("text/plain; charset=us-ascii", None, p1, ["Content-Description: Notification"]),
            part_lines("message/delivery-status", None, p2, ["Content-Description: Delivery report"]),
            part_lines("text/rfc822-headers", "8bit", our_mail_headers(o, rcpt),
                       ["Content-Description: Undelivered Message Headers"])],
            preamble="This is a MIME-encapsulated message."),
        note="Our own outbound relay returns the thermostat promo (550 5.1.1 no such user); null Return-Path; the "
             "echoed headers carry our List-Unsubscribe"))

    # A5 ------------------------------------------------------------------ cold SEO outreach
    rng = R("seo-outreach")
    sent = parse_dt("2027-08-05 14:40:11 +0530")
    txt = ("Hi Team,\n\n"
           "Greetings of the day!!\n\n"
           "I was going through your website alliantenergy.com and noticed that it is not ranking on Google 1st page for "
           "many important keywords like \"cheap electricity Iowa\", \"home energy audit near me\" etc. Also the site "
           "has 37 technical errors which are affecting your traffic.\n\n"
           "We are a leading SEO & Digital Marketing company with 9+ years of experience and 250+ happy clients across "
           "USA, UK and Australia. We can provide you a FREE website audit report.\n\n"
           "Kindly revert with your contact number and best time to call.\n\n"
           "Thanks & Regards,\n"
           "Neha | Business Development Manager\n"
           "BrightRank Digital\n\n"
           "If you don't want to receive further emails from us, please reply with \"Not Interested\" and we will "
           "remove you from our list.\n")
    out.append(M(
        spec="cold-seo-brightrank", cat="automated: cold outreach", lang="en (sales)", mailbox=CC,
        at="2027-08-05 04:10:27 -0500", env_from="neha@brightrankdigital.co",
        relay=("mail-sor-f41.google.com", "209.85.220.41"),
        auth=plain_auth("brightrankdigital.co", "google", "209.85.220.41", "neha@brightrankdigital.co", rng,
                        dmarc="none (p=NONE dis=NONE)"),
        headers=[("DKIM-Signature", dkim(rng, "brightrankdigital.co", "google", ts(sent), "mime-version:from:date:message-id:subject:to")),
                 ("MIME-Version", "1.0"), ("From", "Neha from BrightRank <neha@brightrankdigital.co>"),
                 ("Date", rfc_date(sent)), ("Message-ID", f"<CA{ralnum(rng, 46)}@mail.gmail.com>"),
                 ("Subject", "Proposal for Website Ranking on Google 1st Page"), ("To", CCA),
                 ("Content-Type", 'text/plain; charset="UTF-8"')],
        body=txt,
        note="Cold SEO sales pitch ('Greetings of the day!!', 'Kindly revert'); mentions removing us from its list, "
             "but it is outreach, not a request: automated"))

    # A20 ----------------------------------------------------------------- Outlook read receipt for an ack
    rng = R("mdn-outlook")
    a = ack("CC-2027-08-00098", "2027-08-05 16:02:30 -0500")
    sent = parse_dt("2027-08-06 14:00:12 -0500")
    b = f"_000_{rhex(rng, 28, True)}_"
    d0 = parse_dt(a["at"])
    txt = ("Your message\n\n"
           f"  To: Brian Mulcahy\n  Subject: {a['subject']}\n"
           f"  Sent: {LONGDAYS[d0.weekday()]}, {LONGMONS[d0.month - 1]} {d0.day}, {d0.year} 9:02:30 PM (UTC+00:00) "
           "Coordinated Universal Time\n\n"
           f"was read on {LONGDAYS[sent.weekday()]}, {LONGMONS[sent.month - 1]} {sent.day}, {sent.year} 7:00:12 PM "
           "(UTC+00:00) Coordinated Universal Time.\n")
    mdn = ("Reporting-UA: DM6PR11MB4593.namprd11.prod.outlook.com; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;bmulcahy@lakeshoreadvisors.com\n"
           f"Original-Message-ID: <{a['mid']}>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    out.append(M(
        spec="mdn-outlook-read-ack", cat="automated: read receipt", lang="en (MDN)", mailbox=CC,
        at="2027-08-06 14:00:20 -0500", env_from="bmulcahy@lakeshoreadvisors.com",
        relay=("mail-dm6nam11on2091.outbound.protection.outlook.com", "40.107.223.91"),
        auth=plain_auth("lakeshoreadvisors.com", "selector1", "40.107.223.91", "bmulcahy@lakeshoreadvisors.com", rng),
        headers=exchange_block(rng, "lakeshoreadvisors.com", sent, "DM6PR11MB4593.namprd11")
        + [("From", "Brian Mulcahy <bmulcahy@lakeshoreadvisors.com>"),
           ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
           ("Subject", f"Read: {a['subject']}"), ("Thread-Topic", a["subject"]),
           ("Thread-Index", "AQHc" + rb64(rng, 18)), ("Date", rfc_date(sent.astimezone(UTC))),
           ("Message-ID", f"<{rhex(rng, 30, True)}@DM6PR11MB4593.namprd11.prod.outlook.com>"),
           ("References", f"<{a['mid']}>"), ("In-Reply-To", f"<{a['mid']}>"), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("Content-Type", f'multipart/report;\n\tboundary="{b}";\n\treport-type=disposition-notification'),
           ("MIME-Version", "1.0")],
        body=multipart(b, [part_lines('text/plain; charset="us-ascii"', "7bit", txt),
                           part_lines("message/disposition-notification", None, mdn)]),
        note="Outlook read receipt for our acknowledgement (LOOP TRAP if answered); a machine report, not a request"))

    # A4 ------------------------------------------------------------------ advance-fee spam
    rng = R("scam-compensation")
    sent = parse_dt("2027-08-09 09:12:40 +0100")
    txt = ("ATTENTION: BENEFICIARY\n\n"
           "This is to officially inform you that your long pending compensation payment of $2,500,000.00 USD (Two "
           "Million Five Hundred Thousand United States Dollars) has been approved for release to you by the Foreign "
           "Remittance Committee after due verification.\n\n"
           "Your email address was selected among those scam victims and beneficiaries who are to be compensated. You are "
           "therefore advice to reconfirm the following information to this office for immediate processing:\n\n"
           "1. Your Full Name\n2. Your Home Address\n3. Your Direct Telephone Number\n4. Your Occupation\n\n"
           "Note that you are not to pay any fee for this transaction except the legal stamp fee of $285 only.\n\n"
           "Reply only to: remittance.desk.office@outlook.com\n\n"
           "Yours faithfully,\n"
           "Mrs. Helen Carter\n"
           "Director, Foreign Remittance Unit\n")
    out.append(M(
        spec="scam-compensation-payment", cat="automated: spam/scam", lang="en (broken)", mailbox=CC,
        at="2027-08-09 03:12:55 -0500", env_from="helen.carter.remit@gmx.com",
        relay=("mout.gmx.com", "212.227.17.20"),
        auth=plain_auth("gmx.com", "s1089575", "212.227.17.20", "helen.carter.remit@gmx.com", rng,
                        dmarc="pass (p=QUARANTINE dis=NONE)"),
        headers=[("DKIM-Signature", dkim(rng, "gmx.com", "s1089575", ts(sent), "X-UI-Sender-Class:Reply-To:From:To:Subject:Date")),
                 ("X-UI-Sender-Class", ruuid(rng, False)),
                 ("Received", f"from [102.89.{rng.randint(1, 250)}.{rng.randint(1, 250)}] by web-mail.gmx.com (3c-app-mailcom-bs07)\n"
                              f" (via HTTP); {rfc_date(sent)}"),
                 ("MIME-Version", "1.0"), ("Message-ID", f"<trinity-{ruuid(rng, False)}-{ts(sent)}{rng.randint(100, 999)}@3c-app-mailcom-bs07>"),
                 ("From", '"Foreign Remittance Unit" <helen.carter.remit@gmx.com>'),
                 ("Reply-To", "remittance.desk.office@outlook.com"), ("To", "undisclosed-recipients:;"),
                 ("Subject", "COMPENSATION PAYMENT APPROVED - REF/FRU/2027/0881"), ("Date", rfc_date(sent)),
                 ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "7bit")],
        body=txt,
        note="Advance-fee scam sent to undisclosed recipients (our address only in the envelope/Bcc, Delivered-To); "
             "has a Reply-To but is spam: no acknowledgement"))

    # A12 ----------------------------------------------------------------- South African OOO to P2
    rng = R("ooo-za")
    o = instance("P2", 255104)
    sent = parse_dt("2027-08-10 16:01:03 +0200")
    txt = ("Good day,\n\n"
           "Thank you for your e-mail. I am out of the office until Monday, 16 August 2027, with limited access to "
           "e-mail. For urgent matters please contact Thabo Mokoena on thabo.mokoena@karoo-engineering.co.za or "
           "+1 319-555-0118.\n\n"
           "Kind regards,\n"
           "Johan Botha\n\n"
           "________________________________\n"
           "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you "
           "have received it in error, please notify the sender and delete it. Karoo Engineering (Pty) Ltd does not "
           "accept liability for any views expressed in this message that are not those of the company.\n")
    out.append(M(
        spec="ooo-za-karoo-engineering", cat="automated: auto-reply", lang="en-ZA (corporate)", mailbox=PH,
        at="2027-08-10 09:01:09 -0500", env_from="johan.botha@karoo-engineering.co.za",
        relay=("mail-jnbza01on2061.outbound.protection.outlook.com", "40.107.196.61"),
        auth=plain_auth("karoo-engineering.co.za", "selector1", "40.107.196.61", "johan.botha@karoo-engineering.co.za", rng),
        headers=exchange_block(rng, "karoo-engineering.co.za", sent, "JNAP275MB0512.ZAFP275")
        + [("From", "Johan Botha <johan.botha@karoo-engineering.co.za>"),
           ("To", "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"),
           ("Subject", f"Out of Office: {o['subject']}"), ("Thread-Topic", o["subject"]),
           ("Thread-Index", "AQHc" + rb64(rng, 18)), ("Date", rfc_date(sent.astimezone(UTC))),
           ("Message-ID", f"<{rhex(rng, 30, True)}@JNAP275MB0512.ZAFP275.PROD.OUTLOOK.COM>"),
           ("In-Reply-To", f"<{o['mid']}>"), ("References", f"<{o['mid']}>"), ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-ZA"),
           ("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "quoted-printable"),
           ("MIME-Version", "1.0")],
        body=qp(txt),
        note="South African corporate out-of-office to the catalog e-mail, with a confidentiality disclaimer"))

    # A7 ------------------------------------------------------------------ qmail failure notice, P2 (no MIME)
    rng = R("dsn-qmail")
    o = instance("P2", 255730)
    t = parse_dt("2027-08-10 09:02:17 -0500")
    txt = ("Hi. This is the qmail-send program at mail.netins.net.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<jdvogel@netins.net>:\n"
           "user is over quota\n\n"
           "--- Below this line is a copy of the message.\n\n"
           f"Return-Path: <{PHA}>\n"
           "Received: (qmail 44127 invoked from network); 10 Aug 2027 14:02:16 -0000\n"
           "Received: from mail.alliant-energy.com (205.234.18.20)\n"
           "  by mail.netins.net with ESMTPS; 10 Aug 2027 14:02:16 -0000\n"
           + our_mail_headers(o, "jdvogel@netins.net") + "\n\n"
           + o["text"].split("--")[0].rstrip() + "\n")
    out.append(M(
        spec="dsn-qmail-over-quota-p2", cat="automated: bounce", lang="en (DSN)", mailbox=PH,
        at="2027-08-10 09:02:19 -0500", env_from="", relay=("mail.netins.net", "167.142.225.14"),
        auth=("dkim=none;\n\tspf=none (@MX@: mail.netins.net sends no SPF for the null sender) smtp.helo=mail.netins.net;\n"
              "\tdmarc=none"), tls=False,
        headers=[("Date", qmail_date(t)), ("From", "MAILER-DAEMON@mail.netins.net"), ("To", PHA),
                 ("Subject", "failure notice")],
        body=txt.replace("Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: 7bit"),
        note="Legacy qmail bounce of the catalog e-mail: no MIME-Version, no Message-ID, our message copied below; "
             "the copied footer talks about sharing and unsubscribing"))

    # U5 ------------------------------------------------------------------ inbox-cleaning service unsubscribes
    rng = R("tidyinbox")
    sent = parse_dt("2027-08-10 14:30:02 +0000")
    o = instance("P2", 255981)
    txt = ("Unsubscribe request\n\n"
           "One of our users, g.haugen@charter.net, asked TidyInbox to unsubscribe them from mail sent by\n"
           f"PowerHouse Catalog <{PHA}>\n"
           f"(\"{o['subject']}\").\n\n"
           "This request was sent to the mailto: address in your List-Unsubscribe header. Please remove\n"
           "g.haugen@charter.net from your mailing list.\n\n"
           "--\n"
           "TidyInbox - inbox cleanup for humans\n"
           "This message was generated automatically; replies are not read.\n")
    out.append(M(
        spec="unsub-service-tidyinbox-p2", cat="List-Unsubscribe mailto from an inbox-cleaning service", lang="en",
        mailbox=PH, at="2027-08-10 09:30:09 -0500", env_from="bounces+u.8812@tidyinbox.app",
        relay=("o7.ptr4471.tidyinbox.app", "198.51.100.77"),
        auth=plain_auth("tidyinbox.app", "s1", "198.51.100.77", "bounces+u.8812@tidyinbox.app", rng),
        headers=[("DKIM-Signature", dkim(rng, "tidyinbox.app", "s1", ts(sent), "from:to:subject:date:auto-submitted")),
                 ("From", "TidyInbox <unsubscribe@tidyinbox.app>"), ("To", PHA), ("Subject", "unsubscribe"),
                 ("Date", rfc_date(sent)), ("Message-ID", f"<unsub.{ralnum(rng, 20)}@tidyinbox.app>"),
                 ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "7bit")],
        body=txt, automated=False, labels=["marketing_opt_out"], ack=None,
        note="An inbox-cleaning service unsubscribing its user via our List-Unsubscribe mailto: a person's marketing "
             "opt-out (automated false) but Auto-Submitted forbids an answer, so ack_to null; the user's address is "
             "not an entity"))

    # A22 ----------------------------------------------------------------- mail house merge/purge report
    rng = R("lettershop")
    sent = parse_dt("2027-08-12 06:00:14 -0500")
    txt = ("PRAIRIE LETTERSHOP - DATA SERVICES\n"
           "Automated job summary. Do not reply to this message.\n\n"
           "Client:   PowerHouse Catalog (Alliant Energy)\n"
           "Job:      27-0814  Fall 2027 catalog drop\n"
           "Run:      2027-08-12 05:58 CDT\n\n"
           "MERGE/PURGE & SUPPRESSION SUMMARY\n"
           "  Input records (house file + rentals) ........ 412,880\n"
           "  Duplicates removed .......................... 18,405\n"
           "  DMAchoice mail preference suppression ....... 6,114\n"
           "  In-house do-not-mail / opt-out suppression .. 2,907\n"
           "  Deceased suppression ........................ 311\n"
           "  NCOA moves updated .......................... 4,220\n"
           "  Do-not-share flags (excluded from rental) ... 1,488\n"
           "  Final mail quantity ......................... 385,143\n\n"
           "Files: ph_fall27_final.csv, ph_fall27_suppress_log.csv (SFTP /outbound/27-0814/)\n"
           "Drop date: 2027-08-30 (Cedar Rapids NDC)\n\n"
           "Questions about this report: your account rep, Jolene Marek, 319-555-0134.\n")
    out.append(M(
        spec="vendor-lettershop-suppression-report", cat="automated: vendor notification", lang="en (system)",
        mailbox=PH, at="2027-08-12 06:00:22 -0500", env_from="noreply@prairielettershop.com",
        relay=("smtp.prairielettershop.com", "198.51.100.120"),
        auth=plain_auth("prairielettershop.com", "pl2026", "198.51.100.120", "noreply@prairielettershop.com", rng),
        headers=[("DKIM-Signature", dkim(rng, "prairielettershop.com", "pl2026", ts(sent), "from:to:subject:date:message-id")),
                 ("From", "Prairie Lettershop Data Services <noreply@prairielettershop.com>"), ("To", PHA),
                 ("Subject", "[Job 27-0814] PowerHouse Fall 2027 - merge/purge & suppression summary"),
                 ("Date", rfc_date(sent)), ("Message-ID", f"<job27-0814.{ts(sent)}@prairielettershop.com>"),
                 ("Auto-Submitted", "auto-generated"), ("X-Mailer", "PLDS JobRunner 4.2"), ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
        body=txt,
        note="Mail house's automated suppression report; full of 'opt-out' and 'do-not-share' but it is vendor "
             "system mail, not a request"))

    # A15 ----------------------------------------------------------------- headerless OOO to an ack (Philippines)
    rng = R("ooo-ph-headerless")
    a = ack("CC-2027-08-00233", "2027-08-13 14:59:20 -0500")
    sent = parse_dt("2027-08-14 04:00:03 +0800")
    txt = ("Hi! Thank you for your email.\n\n"
           "I'm currently on leave until August 20 (Friday) with limited access to email. For urgent concerns, please "
           "reach out to my TL, Ria Santos (ria.santos@bayanihan-cx.com.ph).\n\n"
           "Salamat po!\n\n"
           "-- \n"
           "Ma. Cristina Lopez\n"
           "Quality Analyst | Bayanihan CX Solutions\n")
    out.append(M(
        spec="ooo-ph-bayanihan-no-autosubmitted", cat="automated: auto-reply (loop trap)", lang="en-PH (corporate)",
        mailbox=CC, at="2027-08-13 15:00:09 -0500", env_from="cristina.lopez@bayanihan-cx.com.ph",
        relay=("sg2plcpnl0231.prod.sin2.secureserver.net", "203.124.96.31"),
        auth=plain_auth("bayanihan-cx.com.ph", "default", "203.124.96.31", "cristina.lopez@bayanihan-cx.com.ph", rng,
                        dmarc="none (p=NONE dis=NONE)"),
        headers=[("DKIM-Signature", dkim(rng, "bayanihan-cx.com.ph", "default", ts(sent), "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From")),
                 ("Received", f"from cristina by sg2plcpnl0231.prod.sin2.secureserver.net with local (Exim 4.96.2)\n"
                              f"\t(envelope-from <cristina.lopez@bayanihan-cx.com.ph>)\n\tid 1u{ralnum(rng, 4)}-0004Xq-1F\n"
                              f"\tfor {CCA}; {rfc_date(sent)}"),
                 ("From", "Ma. Cristina Lopez <cristina.lopez@bayanihan-cx.com.ph>"), ("To", CCA),
                 ("Subject", "On leave until August 20"), ("Date", rfc_date(sent)),
                 ("Message-ID", f"<E1u{ralnum(rng, 4)}-0004Xq-1F@sg2plcpnl0231.prod.sin2.secureserver.net>"),
                 ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
                 ("Content-Transfer-Encoding", "7bit")],
        body=txt,
        note="LOOP TRAP: a cPanel autoresponder answering our acknowledgement with no Auto-Submitted, no In-Reply-To "
             "and a plain subject; headerless auto-replies are automated"))

    # A2 ------------------------------------------------------------------ phishing: refund lookalike
    rng = R("phish-refund")
    sent = parse_dt("2027-08-14 16:11:40 +0000")
    htm = ("<!DOCTYPE html><html><body style=\"margin:0;font-family:Segoe UI,Arial\">"
           "<div style=\"background:#00457c;color:#fff;padding:14px 20px;font-size:20px\">Alliant Energy</div>"
           "<div style=\"padding:20px\"><p>Dear Valued Customer,</p>"
           "<p>We are pleased to inform you that after the last annual calculation of your energy usage you are eligible "
           "to receive a refund of <b>$182.40</b> due to a overcharge on your last bill.</p>"
           "<p>Kindly click below link to claim your refund within 48hrs else the refund will be cancel and the amount "
           "will not be credit back.</p>"
           "<p><a href=\"https://alliantenergy-refunds.net/claim?id=88213\">Claim My Refund</a></p>"
           "<p>Note: Your refund will be send to the card you provide on the form.</p>"
           "<p>Regards,<br>Billing Department<br>Alliant Energy</p></div></body></html>\n")
    out.append(M(
        spec="phish-refund-lookalike", cat="automated: phishing", lang="en (broken)", mailbox=PH,
        at="2027-08-14 11:11:52 -0500", env_from="billing@alliantenergy-refunds.net",
        relay=("mx-out3.bulkrelay-host.net", "203.0.113.45"),
        auth=("dkim=pass (1024-bit key) header.d=alliantenergy-refunds.net header.s=default header.b=" + ralnum(rng, 8) +
              ";\n\tspf=pass (@MX@: domain of billing@alliantenergy-refunds.net designates 203.0.113.45 as permitted "
              "sender) smtp.mailfrom=billing@alliantenergy-refunds.net;\n\tdmarc=none (p=NONE dis=NONE) "
              "header.from=alliantenergy-refunds.net"),
        headers=[("DKIM-Signature", dkim(rng, "alliantenergy-refunds.net", "default", ts(sent), "from:to:subject:date")),
                 ("From", "Alliant Energy Billing <billing@alliantenergy-refunds.net>"), ("To", PHA),
                 ("Subject", "Refund Notification: You are eligible for $182.40"), ("Date", rfc_date(sent)),
                 ("Message-ID", f"<{rhex(rng, 24)}@alliantenergy-refunds.net>"), ("MIME-Version", "1.0"),
                 ("Content-Type", "text/html; charset=UTF-8"), ("Content-Transfer-Encoding", "base64")],
        body=b64(htm),
        note="Lookalike-domain refund phishing using our name ('will be cancel', 'will be send'); base64 HTML only"))

    # A14 ----------------------------------------------------------------- Australian helpdesk auto-reply to an ack
    rng = R("ticket-au")
    a = ack("CC-2027-08-00294", "2027-08-16 14:04:12 -0500")
    sent = parse_dt("2027-08-17 05:05:01 +1000")
    txt = ("Hi there,\n\n"
           "Thanks for getting in touch with Southern Cross Freight. This is an automatic reply to let you know we've "
           "received your email and logged it as ticket #SCF-448213.\n\n"
           "One of our team will get back to you within 1 business day (Mon-Fri, 8am-6pm AEST). There's no need to "
           "send your enquiry again - if you have more information, just reply to this email and keep the ticket "
           "number in the subject line.\n\n"
           "Cheers,\n"
           "The Southern Cross Freight Support Team\n"
           "scfreight.com.au/help\n")
    htm = "<html><body style=\"font-family:Helvetica,Arial\">" + "".join(
        f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")) + "</body></html>\n"
    b = f"--==_mimepart_{rhex(rng, 13)}_{rng.randint(10, 99)}"
    out.append(M(
        spec="ticket-au-scfreight-loop", cat="automated: auto-reply (loop trap)", lang="en-AU (corporate)", mailbox=CC,
        at="2027-08-16 14:05:10 -0500", env_from="support@scfreight.com.au",
        relay=("o1.helpdesk-mail.example-desk.com", "198.51.100.15"),
        auth=plain_auth("scfreight.com.au", "hd1", "198.51.100.15", "support@scfreight.com.au", rng),
        headers=[("DKIM-Signature", dkim(rng, "scfreight.com.au", "hd1", ts(sent), "from:to:subject:date:message-id:in-reply-to")),
                 ("From", "Southern Cross Freight Support <support@scfreight.com.au>"), ("To", CCA),
                 ("Subject", f"[#SCF-448213] Re: {a['subject']}"), ("Date", rfc_date(sent)),
                 ("Message-ID", f"<scf.ticket.448213.{ralnum(rng, 10)}@scfreight.com.au>"),
                 ("In-Reply-To", f"<{a['mid']}>"), ("References", f"<{a['mid']}>"), ("Auto-Submitted", "auto-replied"),
                 ("X-Auto-Response-Suppress", "All"), ("Mime-Version", "1.0"),
                 ("Content-Type", f'multipart/alternative; boundary="{b}"; charset=UTF-8')],
        body=multipart(b, [part_lines("text/plain; charset=UTF-8", "7bit", txt),
                           part_lines("text/html; charset=UTF-8", "7bit", htm)]),
        note="LOOP TRAP: a help-desk ticket auto-reply to our acknowledgement (Australian register); Auto-Submitted"))

    # A10 ----------------------------------------------------------------- British legal-firm OOO to P3
    rng = R("ooo-uk")
    o = instance("P3", 340012)
    sent = parse_dt("2027-08-17 14:01:07 +0100")
    txt = ("Thank you for your email. I am currently on annual leave, returning on Tuesday 24th August, and will have "
           "limited access to email during this time.\n\n"
           "If your matter is urgent, please contact my colleague James Pryce on james.pryce@harrowgate-legal.co.uk, "
           "who will be happy to help.\n\n"
           "Kind regards,\n\n"
           "Claire Whitfield\n"
           "Associate | Harrowgate Legal LLP\n\n"
           "Harrowgate Legal LLP is a limited liability partnership registered in England and Wales.\n")
    b = f"_000_{rhex(rng, 28, True)}_"
    htm = "<html><body><div style=\"font-family:Arial;font-size:10pt\">" + "".join(
        f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")) + "</div></body></html>\n"
    out.append(M(
        spec="ooo-uk-annual-leave", cat="automated: auto-reply", lang="en-GB (corporate)", mailbox=CC,
        at="2027-08-17 08:01:12 -0500", env_from="c.whitfield@harrowgate-legal.co.uk",
        relay=("mail-lo4gbr01on2102.outbound.protection.outlook.com", "40.107.22.102"),
        auth=plain_auth("harrowgate-legal.co.uk", "selector1", "40.107.22.102", "c.whitfield@harrowgate-legal.co.uk", rng),
        headers=exchange_block(rng, "harrowgate-legal.co.uk", sent, "LO4P265MB6618.GBRP265")
        + [("From", "Claire Whitfield <c.whitfield@harrowgate-legal.co.uk>"),
           ("To", "Alliant Energy <customercare@alliant-energy.com>"),
           ("Subject", f"Automatic reply: {o['subject']}"), ("Thread-Topic", o["subject"]),
           ("Thread-Index", "AQHc" + rb64(rng, 18)), ("Date", rfc_date(sent.astimezone(UTC))),
           ("Message-ID", f"<{rhex(rng, 30, True)}@LO4P265MB6618.GBRP265.PROD.OUTLOOK.COM>"),
           ("In-Reply-To", f"<{o['mid']}>"), ("References", f"<{o['mid']}>"), ("Auto-Submitted", "auto-generated"),
           ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-GB"),
           ("Content-Type", f'multipart/alternative;\n\tboundary="{b}"'), ("MIME-Version", "1.0")],
        body=multipart(b, [part_lines('text/plain; charset="us-ascii"', "quoted-printable", qp(txt)),
                           part_lines('text/html; charset="us-ascii"', "quoted-printable", qp(htm))]),
        note="British 'annual leave' automatic reply to the newsletter (Exchange, Auto-Submitted)"))

    # A26 ----------------------------------------------------------------- NZ Google Workspace vacation responder to P3
    rng = R("ooo-nz")
    o = instance("P3", 340441)
    sent = parse_dt("2027-08-18 01:02:30 +1200")
    txt = ("Kia ora,\n\n"
           "I'm away on leave until Monday 23 August and won't be checking email. If it's urgent, please contact "
           "kiaora@kaitiaki-consulting.co.nz and one of the team will pick it up.\n\n"
           "Ngā mihi,\n"
           "Hemi Walker\n")
    b = "000000000000" + rhex(rng, 16)
    out.append(M(
        spec="ooo-nz-vacation-responder", cat="automated: auto-reply", lang="en-NZ (corporate)", mailbox=CC,
        at="2027-08-17 08:02:41 -0500", env_from="hemi.walker@kaitiaki-consulting.co.nz",
        relay=("mail-sor-f73.google.com", "209.85.220.73"),
        auth=plain_auth("kaitiaki-consulting.co.nz", "google", "209.85.220.73", "hemi.walker@kaitiaki-consulting.co.nz", rng),
        headers=[("DKIM-Signature", dkim(rng, "kaitiaki-consulting.co.nz", "google", ts(sent),
                                         "references:in-reply-to:auto-submitted:message-id:date:subject:from:to")),
                 ("MIME-Version", "1.0"), ("References", f"<{o['mid']}>"), ("In-Reply-To", f"<{o['mid']}>"),
                 ("Auto-Submitted", "auto-replied"), ("Message-ID", f"<autoreply.{ralnum(rng, 30)}@google.com>"),
                 ("Date", rfc_date(sent.astimezone(UTC))), ("Subject", "Away until 23 August"),
                 ("From", "Hemi Walker <hemi.walker@kaitiaki-consulting.co.nz>"), ("To", CCA),
                 ("Content-Type", f'multipart/alternative; boundary="{b}"')],
        body=multipart(b, [part_lines('text/plain; charset="UTF-8"', "quoted-printable", qp(txt)),
                           part_lines('text/html; charset="UTF-8"', "quoted-printable",
                                      qp("<div dir=\"ltr\">" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>"
                                                                      for p in txt.strip().split("\n\n")) + "</div>\n"))]),
        note="Google Workspace vacation responder (te reo greeting), own subject, Auto-Submitted: auto-replied"))

    # A8 ------------------------------------------------------------------ Exchange NDR, P3
    rng = R("ndr-exchange")
    o = instance("P3", 340777)
    rcpt = "rajesh.pillai@infinitenexus.co.in"
    sent = parse_dt("2027-08-17 13:03:05 +0000")
    b = f"_{rhex(rng, 8)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 12)}_"
    b2 = f"_{rhex(rng, 8)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 12)}_"
    txt = ("Your message to rajesh.pillai@infinitenexus.co.in couldn't be delivered.\n\n"
           "rajesh.pillai wasn't found at infinitenexus.co.in.\n\n"
           "customercare     Office 365      rajesh.pillai\n"
           "Action Required                  Recipient\n\n"
           "Unknown To address\n\n"
           "How to Fix It\n"
           "The address may be misspelled or may not exist. Try one or more of the following:\n"
           "  - Retype the recipient's address, then resend the message.\n"
           "  - Contact the recipient by some other means to confirm the address.\n\n"
           "More Info for Email Admins\n"
           f"Status code: 550 5.1.10\n\n"
           "Original message headers:\n\n" + our_mail_headers(o, rcpt) + "\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           "<table width=\"100%\"><tr><td style=\"font-family:'Segoe UI';font-size:17pt;color:#c00000\">Your message to "
           f"{rcpt} couldn't be delivered.</td></tr><tr><td style=\"font-family:'Segoe UI'\">rajesh.pillai wasn't found at "
           "infinitenexus.co.in.</td></tr><tr><td style=\"font-family:'Segoe UI';font-size:10pt\">Status code: 550 "
           "5.1.10 RESOLVER.ADR.RecipientNotFound</td></tr></table></body></html>\n")
    ds = ("Reporting-MTA: dns;PN2PR01MB9027.INDPRD01.PROD.OUTLOOK.COM\n"
          f"Received-From-MTA: dns;mail.alliant-energy.com\n"
          f"Arrival-Date: {rfc_date(parse_dt(o['at']).astimezone(UTC))}\n\n"
          f"Final-Recipient: rfc822;{rcpt}\n"
          "Action: failed\n"
          "Status: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    alt = multipart(b2, [part_lines("text/plain; charset=\"us-ascii\"", "quoted-printable", qp(txt)),
                         part_lines("text/html; charset=\"utf-8\"", "quoted-printable", qp(htm))])
    out.append(M(
        spec="ndr-exchange-recipient-not-found-p3", cat="automated: bounce", lang="en (DSN)", mailbox=CC,
        at="2027-08-17 08:03:11 -0500", env_from="", relay=("mail-pn2ind01on2118.outbound.protection.outlook.com", "40.107.212.118"),
        auth=("dkim=none;\n\tspf=pass (@MX@: domain of postmaster@infinitenexus.co.in designates 40.107.212.118 as "
              "permitted sender) smtp.helo=mail-pn2ind01on2118.outbound.protection.outlook.com;\n\tdmarc=none"),
        headers=[("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@infinitenexus.co.in>"),
                 ("To", CCA), ("Date", rfc_date(sent)), ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"'),
                 ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
                 ("Message-ID", f"<{ruuid(rng, False)}@PN2PR01MB9027.INDPRD01.PROD.OUTLOOK.COM>"),
                 ("In-Reply-To", f"<{o['mid']}>"), ("References", f"<{o['mid']}>"),
                 ("Subject", f"Undeliverable: {o['subject']}"), ("Auto-Submitted", "auto-replied"),
                 ("X-MS-Exchange-Generated-Message-Source", "ETR Agent"), ("MIME-Version", "1.0")],
        body=multipart(b, [f"Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary=\"{b2}\"\n\n" + alt.rstrip("\n"),
                           part_lines("message/delivery-status", None, ds),
                           part_lines("text/rfc822-headers", None, our_mail_headers(o, rcpt).replace("8bit", "7bit"))]),
        note="Exchange Online NDR (recipient not found) for the newsletter, Indian company domain; nested "
             "multipart/report"))

    # A18 ----------------------------------------------------------------- Filipino community newsletter (Taglish)
    rng = R("nl-faaei")
    sent = parse_dt("2027-08-17 18:00:09 -0500")
    txt = ("BALITA - Filipino-American Association of Eastern Iowa\n"
           "August 2027\n\n"
           "Mabuhay, mga kababayan!\n\n"
           "BARRIO FIESTA 2027\n"
           "Saturday, August 28, 11 AM - 6 PM, Ellis Park Pavilion. Potluck po tayo - please sign up for your dish sa "
           "link below para hindi puro pancit (pero okay lang din, hehe). Lechon sponsored by the Reyes family. "
           "Tinikling and line dancing after lunch.\n\n"
           "BASKETBALL LEAGUE\n"
           "Games every Sunday 4 PM sa Noelridge gym. Still looking for two more players for the Titos division!\n\n"
           "WELCOME sa new members from Waterloo and Iowa City. Salamat sa lahat ng volunteers noong Independence "
           "Day picnic.\n\n"
           "--\n"
           "FAAEI, PO Box 2219, Cedar Rapids IA 52406\n"
           "Ayaw mo na ba makatanggap ng newsletter? Unsubscribe: https://faaei.org/u?id=55192\n")
    out.append(M(
        spec="nl-faaei-balita-taglish", cat="automated: newsletter", lang="tl-en (Taglish)", mailbox=CC,
        at="2027-08-17 18:00:21 -0500", env_from=f"bounce-55192-{rhex(rng, 8)}@mail.listpost-esp.com",
        relay=("o9.mail.listpost-esp.com", "198.51.100.39"),
        auth=plain_auth("faaei.org", "lp1", "198.51.100.39", "bounce@mail.listpost-esp.com", rng),
        headers=[("DKIM-Signature", dkim(rng, "faaei.org", "lp1", ts(sent), "from:to:subject:date:list-unsubscribe:list-id")),
                 ("From", "FAAEI Balita <balita@faaei.org>"), ("To", CCA),
                 ("Subject", "Balita August 2027: Barrio Fiesta sa Aug 28!"), ("Date", rfc_date(sent)),
                 ("Message-ID", f"<{ruuid(rng, False)}@mail.listpost-esp.com>"),
                 ("List-Id", "FAAEI Balita <balita.faaei.org>"),
                 ("List-Unsubscribe", "<https://faaei.org/u?id=55192>, <mailto:unsub-55192@mail.listpost-esp.com>"),
                 ("Precedence", "bulk"), ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
        body=qp(txt),
        note="Community newsletter in Taglish; its unsubscribe line ('Ayaw mo na ba makatanggap') addresses readers, "
             "not us"))

    # A21 ----------------------------------------------------------------- Thunderbird return receipt for an ack
    rng = R("mdn-tb")
    a = ack("CC-2027-08-00318", "2027-08-18 11:20:05 -0500")
    sent = parse_dt("2027-08-18 21:00:44 +0100")
    b = f"------------{ralnum(rng, 24)}"
    txt = ("This is a Return Receipt for the mail that you sent to alasdair.grant@gmx.com.\n\n"
           "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
           "There is no guarantee that the recipient has read or understood the message contents.\n")
    mdn = ("Reporting-UA: [192.168.1.14]; Thunderbird 128.14.0\n"
           "Final-Recipient: rfc822;alasdair.grant@gmx.com\n"
           f"Original-Message-ID: <{a['mid']}>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    out.append(M(
        spec="mdn-thunderbird-return-receipt", cat="automated: read receipt", lang="en (MDN)", mailbox=CC,
        at="2027-08-18 15:00:52 -0500", env_from="alasdair.grant@gmx.com", relay=("mout.gmx.com", "212.227.17.21"),
        auth=plain_auth("gmx.com", "s1089575", "212.227.17.21", "alasdair.grant@gmx.com", rng,
                        dmarc="pass (p=QUARANTINE dis=NONE)"),
        headers=[("DKIM-Signature", dkim(rng, "gmx.com", "s1089575", ts(sent), "X-UI-Sender-Class:Date:From:To:Subject")),
                 ("X-UI-Sender-Class", ruuid(rng, False)),
                 ("Received", f"from [192.168.1.14] ([81.98.{rng.randint(1, 250)}.{rng.randint(1, 250)}]) by mail.gmx.net\n"
                              f" (mrgmx104 [212.227.17.174]) with ESMTPSA (Nemesis) id 1M{ralnum(rng, 8)}-1t{ralnum(rng, 8)};\n"
                              f" {rfc_date(sent, pad=True)}"),
                 ("Message-ID", f"<{ruuid(rng, False)}@gmx.com>"), ("Date", rfc_date(sent)), ("MIME-Version", "1.0"),
                 ("User-Agent", "Mozilla Thunderbird"), ("From", "Alasdair Grant <alasdair.grant@gmx.com>"),
                 ("To", "Alliant Energy Customer Care <customercare@alliant-energy.com>"),
                 ("Subject", f"Return Receipt (displayed) - {a['subject']}"),
                 ("Content-Type", f'multipart/report; report-type=disposition-notification;\n boundary="{b}"')],
        body=multipart(b, [part_lines("text/plain; charset=UTF-8", "7bit", txt),
                           part_lines("message/disposition-notification; name=\"MDNPart2.txt\"", "7bit", mdn,
                                      ["Content-Disposition: inline"])],
                       preamble="This is a multi-part message in MIME format."),
        note="Thunderbird MDN for our acknowledgement: machine report, LOOP TRAP if answered"))

    # A23 ----------------------------------------------------------------- calendar invitation (text/calendar)
    rng = R("calendar")
    sent = parse_dt("2027-08-19 14:00:31 +0000")
    uid = f"{ralnum(rng, 26).lower()}@google.com"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:America/Chicago\nX-LIC-LOCATION:America/Chicago\nBEGIN:DAYLIGHT\n"
           "TZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nTZNAME:CDT\nDTSTART:19700308T020000\n"
           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\n"
           "TZNAME:CST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nDTSTART;TZID=America/Chicago:20270826T100000\nDTEND;TZID=America/Chicago:20270826T110000\n"
           "DTSTAMP:20270819T140031Z\nORGANIZER;CN=Dana Whitcomb:mailto:dwhitcomb@heartlandlistco.com\n"
           f"UID:{uid}\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;"
           "CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerhousecat\n alog@alliant-energy.com\n"
           "DESCRIPTION:Quarterly review of PowerHouse list rental orders for Q3 and a ch\n eck of the do-not-share "
           "suppression file before the fall exchange. Agend\n a: rental counts\\, opt-out flags\\, new exchange partners.\n"
           "LOCATION:https://meet.google.com/ptq-wxhd-kra\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:PowerHouse list rental review & do-not-share suppression check\nTRANSP:OPAQUE\nEND:VEVENT\n"
           "END:VCALENDAR\n")
    txt = ("PowerHouse list rental review & do-not-share suppression check\n"
           "Thursday Aug 26, 2027 \u22c5 10:00 \u2013 11:00am\nCentral Time - Chicago\n\n"
           "Join with Google Meet\nhttps://meet.google.com/ptq-wxhd-kra\n\n"
           "Quarterly review of PowerHouse list rental orders for Q3 and a check of the do-not-share suppression file "
           "before the fall exchange. Agenda: rental counts, opt-out flags, new exchange partners.\n\n"
           "Organizer\nDana Whitcomb\ndwhitcomb@heartlandlistco.com\n\n"
           "Guests\nDana Whitcomb - organizer\npowerhousecatalog@alliant-energy.com\n\n"
           "Reply for powerhousecatalog@alliant-energy.com\n\n"
           "Invitation from Google Calendar\n")
    htm = ("<html><body><div style=\"font-family:Roboto,Arial\"><h3>PowerHouse list rental review &amp; do-not-share "
           "suppression check</h3><p>Thursday Aug 26, 2027 \u22c5 10:00 \u2013 11:00am (Central Time - Chicago)</p>"
           "<p>Quarterly review of PowerHouse list rental orders for Q3 and a check of the do-not-share suppression file "
           "before the fall exchange.</p><p><a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1\">"
           "Yes</a> | <a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2\">No</a> | "
           "<a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3\">Maybe</a></p>"
           "<p style=\"font-size:11px;color:#777\">Invitation from Google Calendar</p></div></body></html>\n")
    bm, ba = "000000000000" + rhex(rng, 16), "000000000000" + rhex(rng, 16)
    alt = multipart(ba, [part_lines('text/plain; charset="UTF-8"; format=flowed; delsp=yes', "quoted-printable", qp(txt)),
                         part_lines('text/html; charset="UTF-8"', "quoted-printable", qp(htm)),
                         part_lines('text/calendar; charset="UTF-8"; method=REQUEST', "7bit", ics)])
    body = multipart(bm, [f'Content-Type: multipart/alternative; boundary="{ba}"\n\n' + alt.rstrip("\n"),
                          part_lines('application/ics; name="invite.ics"', "base64", b64(ics),
                                     ['Content-Disposition: attachment; filename="invite.ics"'])])
    out.append(M(
        spec="calendar-list-rental-review", cat="automated: calendar invitation", lang="en (system)", mailbox=PH,
        at="2027-08-19 09:00:40 -0500", env_from="dwhitcomb@heartlandlistco.com",
        relay=("mail-sor-f69.google.com", "209.85.220.69"),
        auth=plain_auth("heartlandlistco.com", "google", "209.85.220.69", "dwhitcomb@heartlandlistco.com", rng),
        headers=[("DKIM-Signature", dkim(rng, "heartlandlistco.com", "google", ts(sent), "mime-version:reply-to:sender:message-id:date:subject:from:to")),
                 ("MIME-Version", "1.0"), ("Reply-To", "Dana Whitcomb <dwhitcomb@heartlandlistco.com>"),
                 ("Sender", "Google Calendar <calendar-notification@google.com>"),
                 ("Message-ID", f"<calendar-{ruuid(rng, False)}@google.com>"), ("Date", rfc_date(sent)),
                 ("Subject", "Invitation: PowerHouse list rental review & do-not-share suppression check @ Thu Aug 26, "
                             "2027 10am - 11am (CDT) (powerhousecatalog@alliant-energy.com)"),
                 ("From", "Dana Whitcomb <dwhitcomb@heartlandlistco.com>"), ("To", PHA),
                 ("Content-Type", f'multipart/mixed; boundary="{bm}"')],
        body=body,
        note="Calendar invitation (text/calendar METHOD:REQUEST) from the list broker; 'do-not-share' and 'opt-out' "
             "are agenda words, not a request"))

    # A16 ----------------------------------------------------------------- Indian complaint-registered auto-mail to an ack
    rng = R("ticket-in")
    a = ack("CC-2027-08-00352", "2027-08-20 09:59:02 -0500")
    sent = parse_dt("2027-08-20 20:30:11 +0530")
    txt = ("Dear Customer,\n\n"
           "Thank you for writing to Suvidha Homes.\n\n"
           "Your complaint has been registered vide reference no. SH/2027/08/77412. Our customer care executive will "
           "contact you within 48 working hours.\n\n"
           "Kindly quote the above reference number in all future correspondence.\n\n"
           "This is an auto-generated mail, kindly do not reply to this mail.\n\n"
           "Regards,\n"
           "Team Suvidha Homes\n")
    out.append(M(
        spec="ticket-india-complaint-registered-loop", cat="automated: auto-reply (loop trap)", lang="en-IN (corporate)",
        mailbox=CC, at="2027-08-20 10:00:20 -0500", env_from="care@suvidhahomes.in",
        relay=("mail-ma1ind01on2127.outbound.protection.outlook.com", "40.107.138.127"),
        auth=plain_auth("suvidhahomes.in", "selector1", "40.107.138.127", "care@suvidhahomes.in", rng),
        headers=exchange_block(rng, "suvidhahomes.in", sent, "MA0PR01MB10114.INDPRD01")
        + [("From", "Suvidha Homes Customer Care <care@suvidhahomes.in>"), ("To", CCA),
           ("Subject", f"RE: {a['subject']} - Complaint Registered (Ref No. SH/2027/08/77412)"),
           ("Date", rfc_date(sent.astimezone(UTC))),
           ("Message-ID", f"<{rhex(rng, 30, True)}@MA0PR01MB10114.INDPRD01.PROD.OUTLOOK.COM>"),
           ("In-Reply-To", f"<{a['mid']}>"), ("References", f"<{a['mid']}>"), ("Auto-Submitted", "auto-generated"),
           ("Content-Language", "en-IN"), ("Content-Type", 'text/plain; charset="us-ascii"'),
           ("Content-Transfer-Encoding", "7bit"), ("MIME-Version", "1.0")],
        body=txt,
        note="LOOP TRAP: an Indian company's complaint system registers our acknowledgement as a complaint "
             "('vide reference no.', 'kindly do not reply')"))

    # A3 ------------------------------------------------------------------ Spanish phishing
    rng = R("phish-es")
    sent = parse_dt("2027-08-21 07:00:18 +0000")
    htm = ("<html><body style=\"font-family:Arial\"><p><img src=\"https://alliant-energia-pagos.com/logo.png\" "
           "alt=\"Alliant Energy\"></p><p>Estimado cliente,</p>"
           "<p>Le informamos que su cuenta de Alliant Energy a sido suspendida temporalmente por falta de verificacion "
           "de sus datos de pago.</p>"
           "<p>Para evitar el corte de su servicio electrico deve confirmar sus datos en las proximas 24 horas haciendo "
           "click en el siguiente enlace:</p>"
           "<p><a href=\"https://alliant-energia-pagos.com/verificar\">VERIFICAR MI CUENTA AHORA</a></p>"
           "<p>Si no realiza la verificaci\u00f3n su servicio sera desconectado sin previo aviso.</p>"
           "<p>Atentamente,<br>Departamento de Facturaci\u00f3n<br>Alliant Energ\u00eda</p></body></html>\n")
    out.append(M(
        spec="phish-es-cuenta-suspendida", cat="automated: phishing", lang="es (broken)", mailbox=CC,
        at="2027-08-21 02:00:31 -0500", env_from="notificaciones@alliant-energia-pagos.com",
        relay=("vps-20331.hostzone-cloud.net", "203.0.113.88"),
        auth=spoof_auth("alliant-energia-pagos.com", "203.0.113.88", "notificaciones@alliant-energia-pagos.com"),
        tls=False,
        headers=[("From", f"{ew('Alliant Energía', 'iso-8859-1', 'Q', 'iso-8859-1')} <notificaciones@alliant-energia-pagos.com>"),
                 ("To", CCA), ("Subject", ew("Aviso urgente: su cuenta a sido suspendida", "iso-8859-1", "Q", "iso-8859-1")),
                 ("Date", rfc_date(sent)), ("Message-ID", f"<{rhex(rng, 20)}@vps-20331.hostzone-cloud.net>"),
                 ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=iso-8859-1"),
                 ("Content-Transfer-Encoding", "quoted-printable"), ("X-Mailer", "PHPMailer 6.8.1")],
        body=qp(htm, "iso-8859-1"),
        note="Spanish phishing with spelling errors ('a sido', 'deve'); lookalike domain; no request"))

    # A24 ----------------------------------------------------------------- challenge-response for an ack
    rng = R("challenge")
    a = ack("CC-2027-08-00389", "2027-08-23 12:58:41 -0500")
    sent = parse_dt("2027-08-23 18:00:02 +0000")
    txt = ("Hello,\n\n"
           "I'm protecting my inbox with BoxGuard. Your message to donna.kessler@frontier.com\n"
           f"(\"{a['subject']}\") is waiting for approval.\n\n"
           "Please click the link below to confirm you're a real person. You only need to do this once.\n\n"
           f"https://verify.boxguard.net/c/{ralnum(rng, 32)}\n\n"
           "Thank you,\n"
           "Donna Kessler (sent by BoxGuard)\n")
    out.append(M(
        spec="challenge-boxguard-ack", cat="automated: challenge-response", lang="en (system)", mailbox=CC,
        at="2027-08-23 13:00:09 -0500", env_from="verify@boxguard.net", relay=("out2.boxguard.net", "198.51.100.200"),
        auth=plain_auth("boxguard.net", "bg", "198.51.100.200", "verify@boxguard.net", rng),
        headers=[("DKIM-Signature", dkim(rng, "boxguard.net", "bg", ts(sent), "from:to:subject:date:message-id:auto-submitted")),
                 ("From", '"Donna Kessler (BoxGuard)" <verify@boxguard.net>'), ("To", CCA),
                 ("Subject", f"Please verify your message: {a['subject']}"), ("Date", rfc_date(sent)),
                 ("Message-ID", f"<bg.{ralnum(rng, 22)}@boxguard.net>"), ("In-Reply-To", f"<{a['mid']}>"),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
        body=txt,
        note="Challenge-response system holding our acknowledgement: automated, never click or answer"))

    # A13 ----------------------------------------------------------------- Spanish OOO to P4
    rng = R("ooo-es")
    o = instance("P4", 720115)
    sent = parse_dt("2027-08-24 08:01:06 -0600")
    txt = ("Gracias por su mensaje.\n\n"
           "Me encuentro de vacaciones del 23 al 30 de agosto con acceso limitado a mi correo. A mi regreso daré "
           "respuesta a su mensaje. Para asuntos urgentes favor de comunicarse con Lic. Arturo Méndez "
           "(amendez@grupoandino-logistica.com.mx).\n\n"
           "Saludos cordiales,\n"
           "Lucía Fernández\n"
           "Grupo Andino Logística\n")
    out.append(M(
        spec="ooo-es-vacaciones-p4", cat="automated: auto-reply", lang="es (corporate)", mailbox=CC,
        at="2027-08-24 09:01:14 -0500", env_from="lfernandez@grupoandino-logistica.com.mx",
        relay=("mail-dm3nam02on2093.outbound.protection.outlook.com", "40.107.95.93"),
        auth=plain_auth("grupoandino-logistica.com.mx", "selector1", "40.107.95.93", "lfernandez@grupoandino-logistica.com.mx", rng),
        headers=exchange_block(rng, "grupoandino-logistica.com.mx", sent, "MN2PR12MB4470.namprd12")
        + [("From", ew("Lucía Fernández", "iso-8859-1", "Q", "iso-8859-1") + " <lfernandez@grupoandino-logistica.com.mx>"),
           ("To", "Alliant Energy <customercare@alliant-energy.com>"),
           ("Subject", ew(f"Respuesta automática: {o['subject']}", "iso-8859-1", "Q", "iso-8859-1")),
           ("Thread-Topic", ew(o["subject"], "iso-8859-1", "Q", "iso-8859-1")),
           ("Thread-Index", "AQHc" + rb64(rng, 18)), ("Date", rfc_date(sent.astimezone(UTC))),
           ("Message-ID", f"<{rhex(rng, 30, True)}@MN2PR12MB4470.namprd12.prod.outlook.com>"),
           ("In-Reply-To", f"<{o['mid']}>"), ("References", f"<{o['mid']}>"), ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"), ("Content-Language", "es-MX"),
           ("Content-Type", 'text/plain; charset="iso-8859-1"'), ("Content-Transfer-Encoding", "quoted-printable"),
           ("MIME-Version", "1.0")],
        body=qp(txt, "iso-8859-1"),
        note="Spanish 'Respuesta automática' to the bilingual promo; ISO-8859-1 encoded words; Auto-Submitted"))

    # A9 ------------------------------------------------------------------ delayed-mail warning, P4
    rng = R("dsn-delay")
    o = instance("P4", 720388)
    rcpt = "nj.pfeiffer@comcast.net"
    t = parse_dt("2027-08-24 09:02:40 -0500")
    b = f"{rhex(rng, 10, True)}.{ts(t)}/mail.alliant-energy.com"
    p1 = ("This is the mail system at host mail.alliant-energy.com.\n\n"
          "####################################################################\n"
          "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
          "####################################################################\n\n"
          "Your message could not be delivered for 0.0 hours.\n"
          "It will be retried until it is 5.0 days old.\n\n"
          "For further assistance, please send mail to postmaster.\n\n"
          "                   The mail system\n\n"
          f"<{rcpt}>: host mx1.comcast.net[96.114.157.80] said: 452 4.2.2\n"
          "    <nj.pfeiffer@comcast.net> mailbox full (in reply to RCPT TO command)\n")
    p2 = ("Reporting-MTA: dns; mail.alliant-energy.com\n"
          f"X-Postfix-Queue-ID: {rhex(rng, 10, True)}\n"
          f"X-Postfix-Sender: rfc822; {CCA}\n"
          f"Arrival-Date: {rfc_date(parse_dt(o['at']), comment='CDT')}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\n"
          f"Original-Recipient: rfc822;{rcpt}\n"
          "Action: delayed\n"
          "Status: 4.2.2\n"
          "Remote-MTA: dns; mx1.comcast.net\n"
          "Diagnostic-Code: smtp; 452 4.2.2 <nj.pfeiffer@comcast.net> mailbox full\n"
          "Will-Retry-Until: Sun, 29 Aug 2027 09:00:12 -0500 (CDT)\n")
    out.append(M(
        spec="dsn-postfix-delayed-p4", cat="automated: bounce", lang="en (DSN)", mailbox=CC,
        at="2027-08-24 09:02:42 -0500", env_from="", relay=("mail.alliant-energy.com", "10.40.9.20"),
        auth=internal_auth(), tls=False,
        headers=[("Received", f"by mail.alliant-energy.com (Postfix)\n\tid {rhex(rng, 10, True)}; {rfc_date(t, comment='CDT')}"),
                 ("Date", rfc_date(t, comment="CDT")), ("From", "MAILER-DAEMON@mail.alliant-energy.com (Mail Delivery System)"),
                 ("Subject", "Delayed Mail (still being retried)"), ("To", CCA), ("Auto-Submitted", "auto-replied"),
                 ("MIME-Version", "1.0"),
                 ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"'),
                 ("Content-Transfer-Encoding", "8bit"),
                 ("Message-Id", f"<20270824140240.{rhex(rng, 10, True)}@mail.alliant-energy.com>")],
        body=multipart(b, [
            part_lines("text/plain; charset=us-ascii", None, p1, ["Content-Description: Notification"]),
            part_lines("message/delivery-status", None, p2, ["Content-Description: Delivery report"]),
            part_lines("text/rfc822-headers", "8bit", our_mail_headers(o, rcpt),
                       ["Content-Description: Undelivered Message Headers"])],
            preamble="This is a MIME-encapsulated message."),
        note="Postfix delay warning (452 mailbox full) for the bilingual promo; the echoed Subject is an RFC 2047 "
             "word of our own Spanish text"))

    # A25 ----------------------------------------------------------------- payment-advice malware/phish with attachment
    rng = R("scam-payment-advice")
    sent = parse_dt("2027-08-26 16:00:51 +0000")
    txt = ("Dear Sir/Madam,\n\n"
           "Good day.\n\n"
           "Kindly find attach the payment advice of your invoice as per our accounts department instruction. The "
           "payment have been released today.\n\n"
           "Kindly confirm once received and revert back with the receipt.\n\n"
           "Thanks & Best Regards,\n"
           "Daniel Morgan\n"
           "Accounts Executive\n"
           "Sunrise International Trading LLC\n")
    att = ("<html><head><title>Payment Advice</title></head><body><form action=\"https://sunrise-intl-trading.co/pa/"
           "post.php\" method=\"post\"><h3>Microsoft 365 - Sign in to view document</h3><input name=\"email\" "
           "value=\"customercare@alliant-energy.com\"><input name=\"pass\" type=\"password\"><button>View Document</button>"
           "</form></body></html>\n")
    bm = f"----=_NextPart_{rhex(rng, 3, True)}_{rhex(rng, 4, True)}_{rhex(rng, 8, True)}.{rhex(rng, 8, True)}"
    out.append(M(
        spec="scam-payment-advice-attachment", cat="automated: phishing", lang="en (broken)", mailbox=CC,
        at="2027-08-26 11:01:03 -0500", env_from="accounts@sunrise-intl-trading.co",
        relay=("server1.sunrise-intl-trading.co", "203.0.113.190"),
        auth=spoof_auth("sunrise-intl-trading.co", "203.0.113.190", "accounts@sunrise-intl-trading.co"),
        tls=False,
        headers=[("From", '"Accounts Department" <accounts@sunrise-intl-trading.co>'), ("To", CCA),
                 ("Subject", "Payment Advice - Ref TT/2027/0826"), ("Date", rfc_date(sent)),
                 ("Message-ID", f"<{rhex(rng, 16)}{rhex(rng, 8)}@sunrise-intl-trading.co>"), ("MIME-Version", "1.0"),
                 ("Content-Type", f'multipart/mixed;\n\tboundary="{bm}"'), ("X-Priority", "1 (Highest)"),
                 ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
        body=multipart(bm, [part_lines('text/plain;\n\tcharset="us-ascii"', "7bit", txt),
                            part_lines('text/html;\n\tname="PaymentAdvice_TT0826.html"', "base64", b64(att),
                                       ['Content-Disposition: attachment;\n\tfilename="PaymentAdvice_TT0826.html"'])],
                       preamble="This is a multi-part message in MIME format."),
        note="Payment-advice phishing with an HTML credential-harvesting attachment ('Kindly find attach', 'revert "
             "back'); automated"))

    # A19 ----------------------------------------------------------------- Irish society newsletter
    rng = R("nl-cairde")
    sent = parse_dt("2027-08-28 19:00:02 -0500")
    txt = ("CAIRDE WISCONSIN - Irish Fest wrap-up & autumn diary\n\n"
           "A chairde,\n\n"
           "What a weekend! Thanks to every one of you who volunteered at the Cairde tent at Irish Fest - we sold out "
           "of brown bread by Saturday afternoon and the ceili on Sunday was mighty altogether.\n\n"
           "AUTUMN DIARY\n"
           "- Sep 11: Irish language conversation circle restarts (Madison, Goodman library, 10am)\n"
           "- Sep 25: Set dancing for beginners, no partner needed\n"
           "- Oct 16: Annual dinner - tickets on the website\n\n"
           "Slan go foill,\n"
           "The Cairde committee\n\n"
           "--\n"
           "You're getting this because you joined Cairde Wisconsin's mailing list.\n"
           "Update your details or unsubscribe: https://cairdewi.org/list?u=9913\n")
    htm = ("<html><body style=\"font-family:Verdana;max-width:600px\"><h2 style=\"color:#169b62\">Cairde Wisconsin</h2>"
           + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in txt.split("\n\n")[1:-1]) +
           "<p style=\"font-size:11px\"><a href=\"https://cairdewi.org/list?u=9913\">Update your details or unsubscribe"
           "</a></p></body></html>\n")
    b = f"_----------=_{ts(sent)}{rng.randint(100000, 999999)}"
    out.append(M(
        spec="nl-cairde-wisconsin-irish", cat="automated: newsletter", lang="en-IE (society newsletter)", mailbox=CC,
        at="2027-08-28 19:00:15 -0500", env_from=f"bounce-9913-{rhex(rng, 8)}@mail.listpost-esp.com",
        relay=("o4.mail.listpost-esp.com", "198.51.100.34"),
        auth=plain_auth("cairdewi.org", "lp1", "198.51.100.34", "bounce@mail.listpost-esp.com", rng),
        headers=[("DKIM-Signature", dkim(rng, "cairdewi.org", "lp1", ts(sent), "from:to:subject:date:list-unsubscribe:list-id")),
                 ("From", "Cairde Wisconsin <eolas@cairdewi.org>"), ("To", CCA),
                 ("Subject", "Irish Fest wrap-up & your autumn diary"), ("Date", rfc_date(sent)),
                 ("Message-ID", f"<{ruuid(rng, False)}@mail.listpost-esp.com>"),
                 ("List-Id", "Cairde Wisconsin <eolas.cairdewi.org>"),
                 ("List-Unsubscribe", "<https://cairdewi.org/list?u=9913>"), ("Precedence", "bulk"),
                 ("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative; boundary="{b}"')],
        body=multipart(b, [part_lines("text/plain; charset=utf-8", "7bit", txt),
                           part_lines("text/html; charset=utf-8", "quoted-printable", qp(htm))]),
        note="Irish-American society newsletter that landed in our mailbox; bulk, List-Id, its own unsubscribe"))

    return out
