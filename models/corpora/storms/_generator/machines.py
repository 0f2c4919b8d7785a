"""The week's machine mail (28 messages) and one software unsubscribe with Auto-Submitted."""
import base64

from engine import (CDT, PDT, UTC, EDT, B36, B64, HEX, UHEX, DIG, T, tok, rfcdate, sec, epoch, uuid_like,
                    envelope, auth_pass, text_part, multipart, assemble, raw_part, binary_part, Part, wrap,
                    esc, html_paras, encw, fake_b64, enc_body, qid, hdr_name)
from ours import cat_email, gen_promo, apology, ack, staff_reply, alert_out, CC, PH

MACHINES = []


def X(**kw):
    kw.setdefault("lang", "en")
    MACHINES.append(kw)


def our_headers(o, to_addr, extra=None):
    """The header block of one of our own messages, as it appears inside a bounce."""
    h = [f"From: {o.from_name} <{o.from_addr}>", f"To: {to_addr}", f"Subject: {o.subject}",
         f"Date: {rfcdate(o.dt, CDT)}", f"Message-ID: {o.mid}", "MIME-Version: 1.0"]
    if o.kind == "ack":
        h += ["Auto-Submitted: auto-replied", f"In-Reply-To: <{tok(o.mid, 20, HEX)}@mail.gmail.com>"]
    if o.kind in ("promo", "catalog"):
        h += [f"List-Unsubscribe: <mailto:{o.from_addr}?subject=unsubscribe%20"
              f"{'AE-PR-2607-GEN' if o.kind == 'promo' else 'PH-2607-SUM'}>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    h += extra or []
    h += ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 7bit"]
    return "\n".join(h)


def internal_env(box, dt, key, mail_from=""):
    """Mail generated inside our own network (our outbound MTA's bounces)."""
    rcpt = f"{box}@alliant-energy.com"
    return [
        f"Return-Path: <{mail_from}>",
        f"Delivered-To: {rcpt}",
        f"Received: from mta2.alliant-energy.com (mta2.alliant-energy.com [10.20.6.22])\n"
        f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid(key + 'mbx')}\n"
        f"\tfor <{rcpt}>; {rfcdate(sec(dt, 1), CDT, 'CDT')}",
    ]


def outlook_oof(key, dt, box, name, addr, orig, text, host_dom, lang_subj="Automatic reply", tz=CDT,
                auto="auto-generated", charset="utf-8", cte="quoted-printable"):
    n = int(tok(key, 3, DIG))
    helo = f"mail-{'dm3' if n % 2 else 'bl2'}nam02on20{n % 90 + 10}.outbound.protection.outlook.com"
    ip = f"40.107.{210 + n % 30}.{n % 200 + 20}"
    env = envelope(box, None, dt, helo, helo, ip,
                   f"dkim=pass (1024-bit key) header.d={host_dom} header.i=@{host_dom} header.b=\"{tok(key + 'hb', 8, B64[:62])}\";\n"
                   f"\tdmarc=pass (p=quarantine dis=none) header.from={host_dom};\n"
                   f"\tspf=pass (mx: helo {helo} designates sender) smtp.helo={helo}", key)
    subject = f"{lang_subj}: {orig.subject}"
    mbox = f"CH3PR{10 + n % 9}MB{7000 + n}"
    body_plain = text
    parts = [text_part(body_plain, "plain", charset, cte),
             text_part("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\"></head><body>"
                       + html_paras(text) + "</body></html>\n", "html", charset, cte)]
    body = multipart("alternative", f"_000_{mbox}{tok(key + 'b', 20, UHEX)}{mbox}namp_", parts)
    hdr = env + [
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={host_dom}; s=selector2;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
        f" bh={fake_b64(key + 'bh', 43)}=;\n b={fake_b64(key + 'b1', 70)}\n {fake_b64(key + 'b2', 50)}=",
        f"From: {hdr_name(name, addr)}",
        f"To: {orig.from_name} <{orig.from_addr}>",
        f"Subject: {encw(subject) if any(ord(c) > 127 for c in subject) else subject}",
        f"Thread-Topic: {encw(orig.subject) if any(ord(c) > 127 for c in orig.subject) else orig.subject}",
        f"Thread-Index: AQH{fake_b64(key + 'ti', 26)}",
        f"Date: {rfcdate(dt, UTC, pad=False)}",
        f"Message-ID: <{tok(key + 'mid', 32, HEX)}@{mbox}.namprd02.prod.outlook.com>",
        f"References: {orig.mid}",
        f"In-Reply-To: {orig.mid}",
        f"Auto-Submitted: {auto}",
        "X-MS-Has-Attach:",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: " + addr,
        "X-MS-TNEF-Correlator:",
        "@MIME",
    ]
    return assemble(hdr, body)


# ================================================================== Mon 13 July

def m01():
    key, dt = "m01", T("2026-07-13 08:31:40")
    o = cat_email(key)
    text = """I am out of the office until Monday, July 20, with limited access to e-mail.
For anything urgent regarding the summer reading program, please contact the front office at (319) 555-0124.

Carla Mensing
Library Media Specialist
Mount Vernon Community School District"""
    return outlook_oof(key, dt, "powerhousecatalog", "Carla Mensing", "cmensing@mvcsd-ia.org", o, text, "mvcsd-ia.org")


X(key="m01", when="2026-07-13 08:31:40", box="powerhousecatalog", build=m01,
  note="Exchange out-of-office to the catalog e-mail (Auto-Submitted, X-Auto-Response-Suppress)",
  category="automated: auto-reply", answers="PowerHouse summer catalog e-mail PH-2607-SUM", program="Exchange Online OOF")


def m02():
    key, dt = "m02", T("2026-07-13 08:33:02")
    o = cat_email(key)
    rcpt = "jvanderlinden@netins.net"
    b = tok(key + "bd", 12, UHEX)
    notice = f"""This is the mail system at host mx-relay2.netins.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mbox4.netins.net[167.142.225.40] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; mx-relay2.netins.net
X-Postfix-Queue-ID: {tok(key + 'q', 10, UHEX)}
X-Postfix-Sender: rfc822; powerhousecatalog@alliant-energy.com
Arrival-Date: {rfcdate(sec(o.dt, 95), CDT)}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox4.netins.net
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    parts = [raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
             raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
             raw_part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                      our_headers(o, rcpt))]
    body = multipart("report", f"{tok(key + 'bb', 10, UHEX)}.{epoch(dt)}/mx-relay2.netins.net", parts,
                     params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.", gap=True)
    env = envelope("powerhousecatalog", None, dt, "mx-relay2.netins.net", "mx-relay2.netins.net", "167.142.225.12",
                   "dkim=none;\n\tdmarc=none;\n\tspf=pass (mx: helo mx-relay2.netins.net) smtp.helo=mx-relay2.netins.net", key)
    hdr = env + [f"Received: by mx-relay2.netins.net (Postfix)\n\tid {tok(key + 'q', 10, UHEX)}; {rfcdate(sec(dt, -1), CDT, 'CDT')}",
                 f"Date: {rfcdate(sec(dt, -1), CDT, 'CDT')}",
                 "From: MAILER-DAEMON@mx-relay2.netins.net (Mail Delivery System)",
                 "Subject: Undelivered Mail Returned to Sender",
                 "To: powerhousecatalog@alliant-energy.com",
                 "Auto-Submitted: auto-replied", "@MIME",
                 f"Content-Transfer-Encoding: 8bit",
                 f"Message-Id: <{tok(key + 'mi', 14, HEX)}@mx-relay2.netins.net>"]
    return assemble(hdr, body)


X(key="m02", when="2026-07-13 08:33:02", box="powerhousecatalog", build=m02,
  note="Postfix DSN (user unknown) for the catalog e-mail; the returned headers carry our List-Unsubscribe",
  category="automated: bounce", answers="PowerHouse summer catalog e-mail PH-2607-SUM", program="Postfix DSN")


def m03():
    key, dt = "m03", T("2026-07-13 14:02:18")
    text = """ListBridge Data Services - Job Notification

Job:        PH-2026-SUMMER-EXCH (PowerHouse Catalog list exchange)
Status:     COMPLETE
Completed:  07/13/2026 14:01 CT

Merge/purge summary
  Input records (PowerHouse house file) ......... 418,226
  Do-not-share / privacy suppressions applied .....   9,412
  DMA Mail Preference Service suppressions .......  21,077
  Deceased and NCOA moves removed ................   6,305
  Output records released to exchange partners ... 381,432

The exchange file was delivered to 3 partner drop boxes by SFTP.
The suppression audit log is available in the client portal for 90 days.

Do not reply to this message. This mailbox is not monitored.
ListBridge Data Services | Client Operations
https://portal.listbridge-data.com"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"
            + html_paras(text).replace("  ", "&nbsp; ") + "</body></html>\n")
    body = multipart("alternative", "b1_" + tok(key + "b", 32, HEX),
                     [text_part(text, "plain", "us-ascii", "7bit"), text_part(html, "html", "us-ascii", "quoted-printable")])
    env = envelope("powerhousecatalog", "bounce+ph-exch=alliant-energy.com@mailer.listbridge-data.com", dt,
                   "mailer.listbridge-data.com", "o2.mailer.listbridge-data.com", "149.72.166.51",
                   auth_pass("listbridge-data.com", "bounce+ph-exch=alliant-energy.com@mailer.listbridge-data.com", key), key)
    hdr = env + [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=listbridge-data.com; s=lb1;\n"
                 f"\th=from:to:subject:date:message-id; bh={fake_b64(key + 'bh', 43)}=;\n\tb={fake_b64(key + 'b1', 70)}",
                 "From: ListBridge Notifications <notifications@listbridge-data.com>",
                 "To: powerhousecatalog@alliant-energy.com",
                 "Subject: [ListBridge] Job PH-2026-SUMMER-EXCH complete - merge/purge report",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <job.{tok(key + 'mid', 18, HEX)}@notify.listbridge-data.com>",
                 "X-Mailer: ListBridge Notifier 4.2", "Auto-Submitted: auto-generated", "@MIME"]
    return assemble(hdr, body)


X(key="m03", when="2026-07-13 14:02:18", box="powerhousecatalog", build=m03,
  note="mail-house system report full of 'do-not-share suppression' wording: vendor system mail, no request",
  category="automated: vendor notification", answers="-", program="ListBridge notifier")


# ================================================================== Tue 14 July

def m04():
    key, dt = "m04", T("2026-07-14 11:20:31")
    o = ack("CC-2026-07-39944", "2026-07-14 11:19:52", "July 14, 2026")
    rcpt = "dlinderman55@gmail.com"
    notice = f"""This is the mail system at host mta2.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host gmail-smtp-in.l.google.com[142.250.115.27] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try 550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser
    d75a77b69052e-4a9b{tok(key, 6, HEX)}si1234567cf.45 - gsmtp (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; mta2.alliant-energy.com
X-Postfix-Queue-ID: {tok(key + 'q', 10, UHEX)}
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: {rfcdate(o.dt, CDT)}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.
"""
    ackbody = o.text
    parts = [raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
             raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
             raw_part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
                      our_headers(o, rcpt) + "\n\n" + ackbody)]
    body = multipart("report", f"{tok(key + 'bb', 10, UHEX)}.{epoch(dt)}/mta2.alliant-energy.com", parts,
                     params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    hdr = internal_env("customercare", dt, key) + [
        f"Received: by mta2.alliant-energy.com (Postfix)\n\tid {tok(key + 'q2', 10, UHEX)}; {rfcdate(dt, CDT, 'CDT')}",
        f"Date: {rfcdate(dt, CDT, 'CDT')}",
        "From: MAILER-DAEMON@mta2.alliant-energy.com (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        "To: customercare@alliant-energy.com",
        "Auto-Submitted: auto-replied", "@MIME",
        f"Message-Id: <{tok(key + 'mi', 14, HEX)}@mta2.alliant-energy.com>"]
    return assemble(hdr, body)


X(key="m04", when="2026-07-14 11:20:31", box="customercare", build=m04,
  note="our own outbound Postfix bounces an acknowledgement (no such Gmail user); the returned ack mentions opting out",
  category="automated: bounce", answers="acknowledgement CC-2026-07-39944", program="Postfix DSN (our MTA)")


def m05():
    key, dt = "m05", T("2026-07-14 21:15:06")
    text = """Linn County Emergency Management
SEVERE WEATHER UPDATE - Tuesday, July 14, 2026, 9:00 PM

A derecho moved through Linn County between 3:40 and 4:30 PM today with
measured wind gusts up to 96 mph at the Eastern Iowa Airport. Damage is
widespread across Cedar Rapids, Marion, Hiawatha, Robins and rural areas.

* Power: Utility crews report about 110,000 customers without power in
  the county. Restoration is expected to take several days. Treat every
  downed line as energized. Report downed lines to 911.
* Shelter and cooling: The Cedar Rapids Public Library (Downtown) and
  Marion Public Library will open as cooling and charging centers
  Wednesday 8 AM - 8 PM.
* Generators: Never run a generator indoors or in an attached garage.
  Carbon monoxide poisoning can kill within minutes.
* Debris: Do not place tree debris in the street. Curbside collection
  information will be announced Thursday.
* Beware of scams: Government agencies never charge for disaster
  assistance. Verify contractors before signing anything.

Next update: Wednesday, July 15, 10:00 AM.

--
You are subscribed to Linn County Alerts: Emergency Management Updates.
Manage subscriptions or unsubscribe: https://public.govalerts-mail.com/accounts/IALINN/subscriber/edit
This service is provided to you at no charge by Linn County, Iowa."""
    html = ("<html><body><table width=\"100%\" style=\"font-family:Verdana,sans-serif;font-size:14px\"><tr><td>"
            + html_paras(text) + "</td></tr></table></body></html>\n")
    body = multipart("alternative", "----=_Part_" + tok(key + "b", 8, DIG) + "_" + tok(key + "c", 9, DIG) + "." + str(epoch(dt)) + "000",
                     [text_part(text, "plain", "UTF-8", "quoted-printable"),
                      text_part(html, "html", "UTF-8", "quoted-printable")])
    mf = f"bounce-{tok(key + 'bf', 8, DIG)}-{tok(key + 'bg', 6, DIG)}@public.govalerts-mail.com"
    env = envelope("customercare", mf, dt, "mta-54.govalerts-mail.com", "mta-54.govalerts-mail.com", "198.187.236.54",
                   auth_pass("govalerts-mail.com", mf, key), key)
    hdr = env + ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=govalerts-mail.com; s=s1;\n"
                 f"\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe;\n\tbh={fake_b64(key + 'bh', 43)}=;\n"
                 f"\tb={fake_b64(key + 'b1', 70)}",
                 f"Date: {rfcdate(dt, CDT)}",
                 "From: Linn County Emergency Management <linncounty-ia@public.govalerts-mail.com>",
                 "To: customercare@alliant-energy.com",
                 f"Message-ID: <{tok(key + 'mid', 20, B36)}.{tok(key + 'm2', 6, DIG)}@public.govalerts-mail.com>",
                 "Subject: Severe Weather Update: derecho damage, cooling centers, generator safety",
                 "@MIME",
                 "Precedence: bulk",
                 "List-Unsubscribe: <https://public.govalerts-mail.com/accounts/IALINN/subscriber/one_click_unsubscribe?verification=1.x>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                 "X-Accountcode: IALINN", "x-msg-category: Emergency Management Updates"]
    return assemble(hdr, body)


X(key="m05", when="2026-07-14 21:15:06", box="customercare", build=m05,
  note="county emergency-management bulletin (bulk, Precedence: bulk); its unsubscribe footer is theirs",
  category="automated: list/bulletin", answers="-", program="county alert service")


# ================================================================== Wed 15 July

def m06():
    key, dt = "m06", T("2026-07-15 09:03:55")
    o = gen_promo(key)
    text = """Hi, we are without power since Tuesday's storm and I'm checking e-mail only when I can charge my phone. I will get back to you when things are back to normal.

Ginny"""
    helo, ip = "mail-qk1-f197.google.com", "209.85.222.197"
    env = envelope("customercare", "gpospisil@gmail.com", dt, helo, helo, ip, auth_pass("gmail.com", "gpospisil@gmail.com", key), key)
    body = multipart("alternative", "0000000000" + tok(key + "bd", 16, HEX),
                     [text_part(text, "plain", "UTF-8", "quoted-printable"),
                      text_part('<div dir="ltr">' + "<br>".join(esc(l) for l in text.split("\n")) + "</div>\n", "html", "UTF-8",
                                "quoted-printable")])
    hdr = env + [f"Received: by {helo} with SMTP id af79cd13be357-7e3{tok(key, 6, HEX)}so{tok(key + 'n', 7, DIG)}85a.1\n"
                 f"        for <customercare@alliant-energy.com>; {rfcdate(sec(dt, 1), PDT, 'PDT')}",
                 "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; "
                 f"t={epoch(dt)}; x={epoch(dt) + 604800}; darn=alliant-energy.com;\n        h=to:subject:message-id:date:from:auto-submitted:mime-version;\n"
                 f"        bh={fake_b64(key + 'bh', 43)}=;\n        b={fake_b64(key + 'b1', 70)}",
                 "MIME-Version: 1.0",
                 "Auto-Submitted: auto-replied",
                 "From: Ginny Pospisil <gpospisil@gmail.com>",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <CAJ{tok(key + 'mid', 40, B64[:62])}@mail.gmail.com>",
                 f"Subject: Re: {o.subject}",
                 f"To: {o.from_name} <{o.from_addr}>",
                 f"In-Reply-To: {o.mid}", f"References: {o.mid}",
                 "Precedence: bulk", "X-Autoreply: yes", "@MIME"]
    return assemble(hdr, body, mime_version=None)


X(key="m06", when="2026-07-15 09:03:55", box="customercare", build=m06,
  note="Gmail vacation responder to the promo ('without power'): Auto-Submitted: auto-replied",
  category="automated: auto-reply", answers="generator promo AE-PR-2607-GEN", program="Gmail vacation responder")


def m07():
    key, dt = "m07", T("2026-07-15 09:04:20")
    o = gen_promo(key)
    text = """Thank you for your email.

This mailbox is no longer monitored. For service calls please email office@kramerplumbingia.com or call our office at (319) 555-0190.

Kramer Plumbing & Heating"""
    env = envelope("customercare", "info@kramerplumbingia.com", dt, "box5412.bluehost-like.net", "box5412.hostingnet-mail.com",
                   "162.241.218.77", auth_pass("kramerplumbingia.com", "info@kramerplumbingia.com", key), key)
    body = text_part(text, "plain", "utf-8", "8bit", quote_charset=False)
    hdr = env + [f"Received: from [127.0.0.1] (port=51422 helo=box5412.hostingnet-mail.com)\n"
                 f"\tby box5412.hostingnet-mail.com with esmtpa (Exim 4.98)\n\t(envelope-from <info@kramerplumbingia.com>)\n"
                 f"\tid 1uBq{tok(key, 2, B36)}-{tok(key + 'e', 7, B36)}-{tok(key + 'f', 2, B36).upper()}\n"
                 f"\tfor customercare@alliant-energy.com; {rfcdate(sec(dt, -1), CDT)}",
                 f"To: customercare@alliant-energy.com",
                 f"Subject: Re: {o.subject}",
                 "From: Kramer Plumbing <info@kramerplumbingia.com>",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <{tok(key + 'mid', 24, HEX)}@kramerplumbingia.com>",
                 "@MIME"]
    return assemble(hdr, body)


X(key="m07", when="2026-07-15 09:04:20", box="customercare", build=m07,
  note="headerless 'mailbox no longer monitored' auto-reply (no Auto-Submitted, Re: subject): still automated",
  category="automated: auto-reply (no headers)", answers="generator promo AE-PR-2607-GEN", program="cPanel autoresponder")


def m08():
    key, dt = "m08", T("2026-07-15 09:05:41")
    o = gen_promo(key)
    rcpt = "accounting@hawkeyeseedco.com"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px">
<p><b>Your message to {rcpt} couldn't be delivered.</b></p>
<p>The recipient's mailbox is full and can't accept messages now.</p>
<p>customercare &nbsp; Office 365 &nbsp; accounting<br>Action Required &nbsp; Recipient</p>
<p><b>Mailbox full</b></p>
<p><b>How to Fix It</b><br>The recipient's mailbox has exceeded its storage limit. Try resending the message later,
or contact the recipient by some other means to let them know.</p>
<p>Original Message Details<br>Created Date: {rfcdate(o.dt, UTC, pad=False)}<br>Sender Address: customercare@alliant-energy.com<br>
Recipient Address: {rcpt}<br>Subject: {esc(o.subject)}</p>
<p>Error Details<br>Reported error: 552 5.2.2 STOREDRV.Deliver; mailbox full<br>DSN generated by: CH0PR14MB5418.namprd14.prod.outlook.com</p>
</div></body></html>
"""
    status = f"""Reporting-MTA: dns;CH0PR14MB5418.namprd14.prod.outlook.com
Received-From-MTA: dns;mta1.alliant-energy.com
Arrival-Date: {rfcdate(sec(o.dt, 140), UTC, pad=False)}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 STOREDRV.Deliver; mailbox full
"""
    inner = multipart("alternative", "_000_" + tok(key + "ia", 40, UHEX) + "_",
                      [text_part(f"Your message to {rcpt} couldn't be delivered.\n\nThe recipient's mailbox is full and can't accept messages now.\n",
                                 "plain", "us-ascii", "quoted-printable"),
                       text_part(html, "html", "us-ascii", "quoted-printable")])
    parts = [inner, raw_part(["Content-Type: message/delivery-status"], status),
             raw_part(["Content-Type: text/rfc822-headers"], our_headers(o, rcpt))]
    body = multipart("report", "_" + tok(key + "rb", 34, UHEX) + "_", parts, params=" report-type=delivery-status;")
    helo = "mail-ch0nam14on2071.outbound.protection.outlook.com"
    env = envelope("customercare", None, dt, helo, helo, "40.107.212.71",
                   "dkim=none;\n\tdmarc=none;\n\tspf=pass (mx: helo) smtp.helo=" + helo, key)
    hdr = env + ["From: postmaster@hawkeyeseedco.onmicrosoft.com",
                 "To: customercare@alliant-energy.com",
                 f"Date: {rfcdate(dt, UTC, pad=False)}",
                 "@MIME",
                 "Content-Language: en-US",
                 f"Message-ID: <{uuid_like(key + 'mid', False)}@CH0PR14MB5418.namprd14.prod.outlook.com>",
                 f"In-Reply-To: {o.mid}", f"References: {o.mid}",
                 "Thread-Topic: " + o.subject,
                 f"Subject: Undeliverable: {o.subject}",
                 "Auto-Submitted: auto-replied",
                 "X-MS-PublicTrafficType: Email", "X-MS-Exchange-Message-Is-Ndr:"]
    return assemble(hdr, body)


X(key="m08", when="2026-07-15 09:05:41", box="customercare", build=m08,
  note="Microsoft 365 NDR (mailbox full) for the promo; the returned headers contain our unsubscribe link",
  category="automated: bounce", answers="generator promo AE-PR-2607-GEN", program="Exchange Online NDR")


def m09():
    key, dt = "m09", T("2026-07-15 09:07:12")
    o = gen_promo(key)
    text = """Gracias por su mensaje. Estoy de vacaciones en México hasta el 27 de julio y no tengo acceso a mi correo. Para asuntos urgentes de la oficina llame al (608) 555-0147.

Rocío Valdez"""
    return outlook_oof(key, dt, "customercare", "Rocío Valdez", "rvaldez@beloitcommunityclinic.org", o, text,
                       "beloitcommunityclinic.org", lang_subj="Respuesta automática")


X(key="m09", when="2026-07-15 09:07:12", box="customercare", build=m09, lang="es",
  note="Spanish Exchange out-of-office to the promo (Auto-Submitted, RFC 2047 subject)",
  category="automated: auto-reply", answers="generator promo AE-PR-2607-GEN", program="Exchange Online OOF")


def m10():
    key, dt = "m10", T("2026-07-15 16:00:33")
    text = """STORM DAMAGE? WE'RE ALREADY IN CEDAR RAPIDS.

Midwest Storm Restoration Pros has 12 crews on the ground in Linn County right now.

- FREE roof & siding inspection, same day
- We work DIRECTLY with your insurance company
- Tree removal, tarping, emergency board-up
- $0 out of pocket for most homeowners*

Don't wait. Adjusters are booked for weeks and claims have deadlines.
Call or text (319) 555-0177 NOW or book online: midweststorm-pros.net/inspect

*Subject to insurance approval. Not affiliated with any utility or government agency.
To stop receiving these messages reply REMOVE."""
    html = ("<html><body style=\"background:#fff\"><center><table width=\"600\"><tr><td style=\"background:#b30000;color:#fff;"
            "font:bold 26px Arial;padding:14px\">STORM DAMAGE? WE'RE ALREADY IN CEDAR RAPIDS.</td></tr><tr><td style=\"font:15px Arial\">"
            + html_paras(text.split("\n", 2)[2]) +
            "<img src=\"http://trk.midweststorm-pros.net/o/" + tok(key, 20, B36) + ".gif\" width=\"1\" height=\"1\">"
            "</td></tr></table></center></body></html>\n")
    body = multipart("alternative", "=_" + tok(key + "b", 28, HEX),
                     [text_part(text, "plain", "us-ascii", "7bit"), text_part(html, "html", "utf-8", "quoted-printable")])
    env = envelope("customercare", "crew@midweststorm-pros.net", dt, "mail.midweststorm-pros.net", "vps-4471.fastservers-host.com",
                   "185.211.4.71",
                   "dkim=none (message not signed);\n\tdmarc=none header.from=midweststorm-pros.net;\n"
                   "\tspf=neutral (mx: 185.211.4.71 is neither permitted nor denied) smtp.mailfrom=crew@midweststorm-pros.net", key)
    hdr = env + ["From: \"Midwest Storm Restoration Pros\" <crew@midweststorm-pros.net>",
                 "To: customercare@alliant-energy.com",
                 "Subject: Storm Damage? FREE Roof & Siding Inspection - Insurance Approved - Crews in Cedar Rapids NOW",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <{tok(key + 'mid', 16, HEX)}@midweststorm-pros.net>",
                 "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "@MIME"]
    return assemble(hdr, body)


X(key="m10", when="2026-07-15 16:00:33", box="customercare", build=m10,
  note="storm-chaser contractor spam; 'reply REMOVE' is theirs",
  category="automated: spam", answers="-", program="PHPMailer bulk")


# ================================================================== Thu 16 July

def m11():
    key, dt = "m11", T("2026-07-16 08:10:47")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>FEMA</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f1f1f1">
<table align="center" width="560" style="background:#ffffff;border-top:6px solid #112e51">
<tr><td style="padding:18px"><img src="https://cdn-fema-relief.help/img/seal.png" alt="FEMA" width="80"></td></tr>
<tr><td style="padding:0 18px;font-size:20px;color:#112e51"><b>Disaster Relief Payment Pending</b></td></tr>
<tr><td style="padding:18px;font-size:15px;color:#222">
<p>Dear Resident,</p>
<p>Following the Severe Storms and Straight-line Winds of July 14, 2026 (DR-4891-IA), your household has been pre-qualified
for an <b>Individual Assistance payment of $1,850.00</b> for food loss, temporary housing and generator expenses.</p>
<p>To release your payment you must verify your identity and direct-deposit information within <b>48 hours</b>.
Unclaimed payments are returned to the Treasury.</p>
<p style="text-align:center"><a href="http://fema-gov-relief.help/claim?id={tok(key, 12, B36)}" style="background:#e31c3d;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">CLAIM MY PAYMENT</a></p>
<p>Case number: IA-{tok(key + 'c', 8, DIG)}</p>
<p>Federal Emergency Management Agency<br>Individual Assistance Division</p>
</td></tr></table></body></html>
"""
    body = text_part(html, "html", "utf-8", "quoted-printable")
    env = envelope("customercare", "noreply@fema-reliefpayments.help", dt, "mail.fema-reliefpayments.help", "unassigned.quadranet.com",
                   "104.129.31.18",
                   "dkim=none (message not signed);\n\tdmarc=none header.from=fema-reliefpayments.help;\n"
                   "\tspf=softfail (mx: domain of transitioning noreply@fema-reliefpayments.help does not designate 104.129.31.18 as permitted sender) smtp.mailfrom=noreply@fema-reliefpayments.help", key)
    hdr = env + ["From: \"FEMA Individual Assistance\" <noreply@fema-reliefpayments.help>",
                 "Reply-To: claims.dept.fema@outlook-support-mail.com",
                 "To: customercare@alliant-energy.com",
                 "Subject: FEMA Disaster Relief Payment Pending: Claim Your $1,850 Storm Assistance",
                 f"Date: {rfcdate(dt, UTC)}",
                 f"Message-ID: <{tok(key + 'mid', 24, HEX)}@fema-reliefpayments.help>",
                 "X-Priority: 1 (Highest)", "@MIME"]
    return assemble(hdr, body)


X(key="m11", when="2026-07-16 08:10:47", box="customercare", build=m11,
  note="'FEMA relief' phishing, HTML-only, SPF softfail",
  category="automated: phishing", answers="-", program="phishing kit")


def m12():
    key, dt = "m12", T("2026-07-16 09:31:02")
    text = f"""Heartland Mutual Insurance - Claims

UTILITY OUTAGE VERIFICATION REQUEST

Claim number:      HO-2026-0718834
Loss type:         Food spoilage / power interruption
Date of loss:      07/14/2026
Loss location:     Cedar Rapids, IA
Insured:           (on file)

Our insured reports an interruption of electric service at the loss
location beginning 07/14/2026. To complete the claim we request written
confirmation of the outage start and restoration times for the service
address on file.

Please upload the confirmation through the secure link below or fax it
to (515) 555-0193, referencing the claim number.

Upload: https://claims.heartlandmutual-ins.com/docs/upload?c=HO-2026-0718834&t={tok(key, 16, B36)}

This is a system-generated message. Replies to this address are not
read. Heartland Mutual Insurance Company, Des Moines, Iowa."""
    body = text_part(text, "plain", "us-ascii", "7bit")
    mf = "claims-noreply@heartlandmutual-ins.com"
    env = envelope("customercare", mf, dt, "smtp-out3.heartlandmutual-ins.com", "smtp-out3.heartlandmutual-ins.com",
                   "12.168.40.33", auth_pass("heartlandmutual-ins.com", mf, key), key)
    hdr = env + ["From: Heartland Mutual Claims <claims-noreply@heartlandmutual-ins.com>",
                 "To: customercare@alliant-energy.com",
                 "Subject: Utility outage verification request - Claim HO-2026-0718834",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <ClaimCenter.{tok(key + 'mid', 12, DIG)}.JavaMail.svc_cc@ccapp02>",
                 "X-Mailer: Guidewire ClaimCenter Notification", "Auto-Submitted: auto-generated", "@MIME"]
    return assemble(hdr, body)


X(key="m12", when="2026-07-16 09:31:02", box="customercare", build=m12,
  note="insurer's claims system asks the utility to verify an outage: vendor system mail, no request of ours to record",
  category="automated: insurance system", answers="-", program="claims system")


def m13():
    key, dt = "m13", T("2026-07-16 13:02:40")
    text = """Good afternoon,

I'm reaching out because I saw the coverage of the July 14 derecho across
eastern Iowa and southern Wisconsin. Apex Vegetation Services has 40
bucket trucks, 12 grapple saws and 90 qualified line-clearance tree
workers available for immediate deployment from Tennessee and Kentucky.

We can mobilize within 24 hours at published mutual-assistance rates and
work under your storm-center direction. We're happy to send our safety
record, insurance certificates and rate card.

Could you point me to the right person in your storm or vegetation
management group? If this isn't relevant, just let me know and I won't
follow up.

Best regards,
Travis Dunaway
Business Development | Apex Vegetation Services
(615) 555-0138"""
    body = multipart("alternative", "00000000000" + tok(key + "bd", 15, HEX),
                     [text_part(text, "plain", "UTF-8", "quoted-printable"),
                      text_part('<div dir="ltr">' + "<br>".join(esc(l) for l in text.split("\n")) + "</div>\n", "html", "UTF-8",
                                "quoted-printable")])
    env = envelope("customercare", "tdunaway@apexvegservices.com", dt, "mail-pj1-f44.google.com", "mail-pj1-f44.google.com",
                   "209.85.216.44", auth_pass("apexvegservices.com", "tdunaway@apexvegservices.com", key), key)
    hdr = env + ["MIME-Version: 1.0", "From: Travis Dunaway <tdunaway@apexvegservices.com>",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <CAK{tok(key + 'mid', 40, B64[:62])}@mail.gmail.com>",
                 "Subject: Line-clearance crews available for derecho recovery",
                 "To: customercare@alliant-energy.com", "@MIME"]
    return assemble(hdr, body, mime_version=None)


X(key="m13", when="2026-07-16 13:02:40", box="customercare", build=m13,
  note="cold B2B sales from a tree contractor, written by a person but a sales pitch: automated, no labels",
  category="automated: cold sales", answers="-", program="Google Workspace")


def m14():
    key, dt = "m14", T("2026-07-16 13:34:09")
    o = apology(key)
    text = """Thank you for your message. Due to storm damage at our Marion office I am working remotely with limited e-mail access through July 24. If you need immediate assistance please call (319) 555-0152.

Steve Hoffmeyer
Linn-Mar Community School District | Facilities"""
    return outlook_oof(key, dt, "customercare", "Steve Hoffmeyer", "shoffmeyer@linnmarschools-ia.org", o, text,
                       "linnmarschools-ia.org")


X(key="m14", when="2026-07-16 13:34:09", box="customercare", build=m14,
  note="Exchange out-of-office in answer to our apology e-mail",
  category="automated: auto-reply", answers="apology e-mail for the promo", program="Exchange Online OOF")


def m15():
    key, dt = "m15", T("2026-07-16 17:20:15")
    text = """TextPath Daily Keyword Report
Program:     Alliant Energy Outage Alerts (short code 25468)
Period:      07/16/2026 00:00 - 23:59 CT (partial, generated 17:20 CT)

Keyword      Count    Action taken
STOP         1,284    Subscriber opted out of program (CTIA)
STOPALL         96    Subscriber opted out of all programs
UNSUBSCRIBE     41    Subscriber opted out of program
HELP           318    HELP response sent
OUT          9,772    Outage report forwarded to OMS
STAT         6,105    Status response sent
Unmatched    2,417    No action (free text)

Opt-out confirmations sent: 1,421
Carrier delivery failures:    388

Unmatched free-text replies are available in the portal for 30 days.
This report is generated automatically. Do not reply."""
    body = text_part(text, "plain", "us-ascii", "7bit")
    mf = "reports@notify.textpath-sms.com"
    env = envelope("customercare", mf, dt, "o1.notify.textpath-sms.com", "o1.notify.textpath-sms.com", "167.89.101.14",
                   auth_pass("textpath-sms.com", mf, key), key)
    hdr = env + ["From: TextPath Reports <reports@notify.textpath-sms.com>",
                 "To: customercare@alliant-energy.com",
                 "Subject: Daily keyword report - Alliant Energy Outage Alerts (25468) - 07/16/2026",
                 f"Date: {rfcdate(dt, UTC)}",
                 f"Message-ID: <{tok(key + 'mid', 22, B36)}@notify.textpath-sms.com>",
                 "Auto-Submitted: auto-generated", "X-Report-Type: keyword-daily", "@MIME"]
    return assemble(hdr, body)


X(key="m15", when="2026-07-16 17:20:15", box="customercare", build=m15,
  note="SMS vendor's keyword report (STOP/UNSUBSCRIBE counts): system mail, no request",
  category="automated: vendor notification", answers="-", program="SMS platform report")


# ================================================================== Fri 17 July

def m16():
    key, dt = "m16", T("2026-07-17 07:45:30")
    text = """All,

Quick notes for partner agencies ahead of the weekend:

1. Cooling centers: Dane County will keep the Village of Oregon and
   Verona senior centers open Friday and Saturday 9 AM - 9 PM. Heat
   index is forecast near 100 on Saturday and roughly 14,000 customers
   in the southern townships are still without power.

2. Utilities: please keep routing downed-line reports from the public
   to 911 and to the utility outage lines, not to the EOC desk.
   Alliant and MGE liaisons, we'd appreciate an updated restoration
   estimate by township before the 2 PM call.

3. Scams: Sheriff's Office has had reports of door-to-door "FEMA
   inspectors" and texts about "storm relief payments". There is no
   federal declaration yet. Please share the attached flyer.

Thanks,
Megan Oaks
Planning Section Chief, Dane County Emergency Management

_______________________________________________
DCEM-Partners mailing list
dcem-partners@lists.danecountyem.org
https://lists.danecountyem.org/mailman/listinfo/dcem-partners"""
    body = text_part(text, "plain", "us-ascii", "7bit")
    mf = "dcem-partners-bounces@lists.danecountyem.org"
    env = envelope("customercare", mf, dt, "lists.danecountyem.org", "lists.danecountyem.org", "143.235.12.64",
                   "dkim=pass (2048-bit key) header.d=danecountyem.org;\n\tdmarc=pass (p=none dis=none) header.from=danecountyem.org;\n"
                   f"\tspf=pass smtp.mailfrom={mf}", key)
    hdr = env + [f"Received: from exch01.danecountyem.org (exch01.danecountyem.org [10.1.4.20])\n\tby lists.danecountyem.org (Postfix) with ESMTP id {tok(key + 'q', 10, UHEX)};\n"
                 f"\t{rfcdate(sec(dt, -8), CDT)}",
                 "From: \"Oaks, Megan\" <oaks.megan@danecountyem.org>",
                 "To: \"dcem-partners@lists.danecountyem.org\" <dcem-partners@lists.danecountyem.org>",
                 "CC: \"customercare@alliant-energy.com\" <customercare@alliant-energy.com>",
                 "Subject: [DCEM-Partners] Weekend cooling centers, downed-line routing, scam alert",
                 f"Date: {rfcdate(sec(dt, -10), CDT)}",
                 f"Message-ID: <{tok(key + 'mid', 30, HEX)}@exch01.danecountyem.org>",
                 "@MIME",
                 "X-BeenThere: dcem-partners@lists.danecountyem.org",
                 "X-Mailman-Version: 2.1.39",
                 "Precedence: list",
                 "List-Id: Dane County EM partner agencies <dcem-partners.lists.danecountyem.org>",
                 "List-Unsubscribe: <https://lists.danecountyem.org/mailman/options/dcem-partners>,\n <mailto:dcem-partners-request@lists.danecountyem.org?subject=unsubscribe>",
                 "List-Archive: <https://lists.danecountyem.org/pipermail/dcem-partners/>",
                 "List-Post: <mailto:dcem-partners@lists.danecountyem.org>",
                 "List-Help: <mailto:dcem-partners-request@lists.danecountyem.org?subject=help>",
                 "List-Subscribe: <https://lists.danecountyem.org/mailman/listinfo/dcem-partners>,\n <mailto:dcem-partners-request@lists.danecountyem.org?subject=subscribe>",
                 "Errors-To: dcem-partners-bounces@lists.danecountyem.org",
                 "Sender: \"DCEM-Partners\" <dcem-partners-bounces@lists.danecountyem.org>"]
    return assemble(hdr, body)


X(key="m16", when="2026-07-17 07:45:30", box="customercare", build=m16,
  note="county emergency-management mailing-list post (Mailman, Cc to us): list traffic, even though a person wrote it and it asks utilities for estimates",
  category="automated: list post", answers="-", program="Mailman 2.1")


def m17():
    key, dt = "m17", T("2026-07-17 09:00:12")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial">
<h2 style="color:#003366">Programa de Ayuda por Desastre - FEMA</h2>
<p>Estimado residente:</p>
<p>Por las tormentas del 14 de julio en Iowa y Wisconsin, usted califica para un <b>pago de alivio de $2,400</b>
para comida perdida, generadores y gastos de hotel.</p>
<p>Para recibir su depósito debe confirmar sus datos (nombre, número de Seguro Social y cuenta bancaria) antes de
<b>24 horas</b>. Después de ese plazo los fondos serán cancelados.</p>
<p><a href="http://ayuda-fema-pagos.top/reclamar?r={tok(key, 10, B36)}">RECLAMAR MI PAGO AHORA</a></p>
<p>Atentamente,<br>Agencia Federal para el Manejo de Emergencias</p>
<p style="font-size:10px;color:#999">Si no desea recibir más avisos, ignore este mensaje.</p>
</body></html>
"""
    body = text_part(html, "html", "utf-8", "base64")
    env = envelope("customercare", "aviso@ayuda-fema-pagos.top", dt, "ayuda-fema-pagos.top", "static.91.218.114.42.clients.host-vps.ru",
                   "91.218.114.42",
                   "dkim=none (message not signed);\n\tdmarc=none header.from=ayuda-fema-pagos.top;\n"
                   "\tspf=fail (mx: domain of aviso@ayuda-fema-pagos.top does not designate 91.218.114.42 as permitted sender) smtp.mailfrom=aviso@ayuda-fema-pagos.top", key)
    subj = "Ayuda FEMA: Usted califica para un pago de alivio por tormenta de $2,400"
    hdr = env + [f"From: {encw('Ayuda FEMA - Atención al Cliente')} <aviso@ayuda-fema-pagos.top>",
                 "To: customercare@alliant-energy.com",
                 f"Subject: {encw(subj)}",
                 f"Date: {rfcdate(dt, UTC)}",
                 f"Message-ID: <{tok(key + 'mid', 18, DIG)}.{tok(key + 'm2', 8, HEX)}@ayuda-fema-pagos.top>",
                 "@MIME"]
    return assemble(hdr, body)


X(key="m17", when="2026-07-17 09:00:12", box="customercare", build=m17, lang="es",
  note="Spanish 'FEMA' relief phishing, base64 HTML, SPF fail",
  category="automated: phishing", answers="-", program="phishing kit")


def m18():
    key, dt = "m18", T("2026-07-17 11:12:44")
    o = ack("CC-2026-07-40112", "2026-07-17 11:12:20", "July 17, 2026")
    text = """I am out of the office with no access to e-mail through Monday, July 20. Our office in Dubuque is closed because of storm damage.

For claims questions please call (563) 555-0106.

Beth Ann Siegert
Siegert Insurance Agency"""
    return outlook_oof(key, dt, "customercare", "Beth Ann Siegert", "bsiegert@siegertins.com", o, text, "siegertins.com",
                       auto="auto-replied")


X(key="m18", when="2026-07-17 11:12:44", box="customercare", build=m18,
  note="LOOP TRAP: out-of-office answering our own acknowledgement; never acknowledge",
  category="automated: auto-reply (loop trap)", answers="acknowledgement CC-2026-07-40112", program="Exchange Online OOF")


def m19():
    key, dt = "m19", T("2026-07-17 14:33:27")
    text = """You have a new secure message.

Claim:     26-HO-553917
From:      Desk adjuster, Great Plains Property & Casualty
Subject:   Outage dates for service address

To read and reply to this message, sign in to the ClaimPath portal:
https://portal.claimpath-secure.com/m/{tok}

For your security, message contents are not included in e-mail.
You are receiving this notification because this address is registered
as a utility contact for the claim. Manage notifications in the portal.

ClaimPath | Secure claims communication
This is an automated message; replies are not monitored.""".replace("{tok}", tok(key, 22, B36))
    html = "<html><body style=\"font-family:Segoe UI,Arial\">" + html_paras(text) + "</body></html>\n"
    body = multipart("alternative", "--==_mimepart_" + tok(key + "b", 13, HEX) + "_" + tok(key + "c", 5, DIG),
                     [text_part(text, "plain", "UTF-8", "7bit", quote_charset=False),
                      text_part(html, "html", "UTF-8", "quoted-printable", quote_charset=False)])
    mf = "bounces+4410293-7c1e@em.claimpath-secure.com"
    env = envelope("customercare", mf, dt, "o12.em.claimpath-secure.com", "o12.em.claimpath-secure.com", "149.72.190.12",
                   auth_pass("claimpath-secure.com", mf, key), key)
    hdr = env + ["From: ClaimPath <notifications@claimpath-secure.com>",
                 "To: customercare@alliant-energy.com",
                 "Subject: New secure message on claim 26-HO-553917",
                 f"Date: {rfcdate(dt, UTC)}",
                 f"Message-ID: <{tok(key + 'mid', 20, HEX)}@claimpath-secure.com>",
                 "Auto-Submitted: auto-generated", "X-Entity-Ref-ID: " + tok(key + "e", 16, HEX), "@MIME"]
    return assemble(hdr, body)


X(key="m19", when="2026-07-17 14:33:27", box="customercare", build=m19,
  note="claims-adjuster portal notification: system mail",
  category="automated: insurance system", answers="-", program="claims portal")


# ================================================================== Sat 18 July

def m20():
    key, dt = "m20", T("2026-07-18 10:05:51")
    o = staff_reply(key, "2026-07-17 16:40:00", "RE: Spoiled food claim",
                    "Dear Ms. Hansen, thank you for writing. ...")
    human = f"""Your message

To: Nora Hansen
Subject: {o.subject}
Sent: {o.dt.astimezone(CDT):%A, %B} {o.dt.day}, {o.dt.year} 4:40:00 PM (UTC-06:00) Central Time (US & Canada)

was read on {dt:%A, %B} {dt.day}, {dt.year} 10:05:47 AM (UTC-06:00) Central Time (US & Canada).
"""
    mdn = f"""Reporting-UA: DESKTOP-7HQ2R1N; Microsoft Outlook 16.0
Final-Recipient: rfc822;nhansen@mchsi.com
Original-Message-ID: {o.mid}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    parts = [text_part(human, "plain", "us-ascii", "7bit"),
             raw_part(["Content-Type: message/disposition-notification"], mdn)]
    body = multipart("report", "----=_NextPart_000_" + tok(key + "b", 4, UHEX) + "_01DCF6A2." + tok(key + "c", 8, UHEX), parts,
                     params=" report-type=disposition-notification;")
    env = envelope("customercare", "nhansen@mchsi.com", dt, "smtp-out02.mchsi.com", "smtp-out02.mchsi.com", "68.66.94.23",
                   auth_pass("mchsi.com", "nhansen@mchsi.com", key), key)
    hdr = env + ["From: \"Nora Hansen\" <nhansen@mchsi.com>",
                 "To: \"Alliant Energy Customer Care\" <customercare@alliant-energy.com>",
                 f"References: {o.mid}",
                 f"Subject: Read: {o.subject}",
                 f"Date: {rfcdate(sec(dt, -4), CDT)}",
                 f"Message-ID: <000{tok(key + 'mid', 4, HEX)}01dcf6a2${tok(key + 'm2', 8, HEX)}${tok(key + 'm3', 8, HEX)}$@mchsi.com>",
                 "@MIME", "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AQH{fake_b64(key + 'ti', 20)}",
                 "Content-Language: en-us"]
    return assemble(hdr, body)


X(key="m20", when="2026-07-18 10:05:51", box="customercare", build=m20,
  note="Outlook read receipt (MDN) for a staff reply: automated",
  category="automated: read receipt", answers="staff reply (spoiled food)", program="Outlook MDN")


def m21():
    key, dt = "m21", T("2026-07-18 15:17:38")
    text = """TREE REMOVAL TODAY - STORM PRICING

Hi, we are a family owned tree service working in Marion, Hiawatha and
Cedar Rapids this week. Trees on house, on garage, on fence, hangers,
stump grinding. We take insurance and can bill your insurance direct.
Fully insured. Cash discount.

Text Dusty at 319-555-0175 with your address and a picture and we will
come out today with a free estimate.

God bless and stay safe"""
    body = multipart("alternative", "000000000000" + tok(key + "bd", 14, HEX),
                     [text_part(text, "plain", "UTF-8", "7bit"),
                      text_part('<div dir="auto">' + "<br>".join(esc(l) for l in text.split("\n")) + "</div>\n", "html",
                                "UTF-8", "quoted-printable")])
    env = envelope("customercare", "dustystreeservice2026@gmail.com", dt, "mail-ua1-f51.google.com", "mail-ua1-f51.google.com",
                   "209.85.222.51", auth_pass("gmail.com", "dustystreeservice2026@gmail.com", key), key)
    hdr = env + ["MIME-Version: 1.0", "From: Dustys Tree Service <dustystreeservice2026@gmail.com>",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <CAM{tok(key + 'mid', 40, B64[:62])}@mail.gmail.com>",
                 "Subject: Tree removal today - storm pricing - we take insurance",
                 "To: customercare@alliant-energy.com",
                 "Bcc: ", "@MIME"]
    hdr = [h for h in hdr if h != "Bcc: "]
    return assemble(hdr, body, mime_version=None)


X(key="m21", when="2026-07-18 15:17:38", box="customercare", build=m21,
  note="storm-chaser tree service spam from a free-mail account",
  category="automated: spam", answers="-", program="Gmail (bulk sender)")


# ================================================================== Sun 19 July

def m22():
    key, dt = "m22", T("2026-07-19 12:03:09")
    uid = tok(key + "uid", 26, B36) + "@google.com"
    ics = f"""BEGIN:VCALENDAR
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
DTSTART;TZID=America/Chicago:20260723T130000
DTEND;TZID=America/Chicago:20260723T150000
DTSTAMP:20260719T170309Z
ORGANIZER;CN=Jamie Reyes:mailto:jreyes.linnema@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@
 alliant-energy.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jamie Reyes;X-NUM-GUESTS=0:mailto:jreyes.linnema@gmail.com
CREATED:20260719T170250Z
DESCRIPTION:Derecho after-action review with utilities\\, public works and
  EMA. Agenda: timeline\\, restoration communications\\, cooling centers\\,
  debris. Joint Operations Center\\, 2nd floor.
LAST-MODIFIED:20260719T170308Z
LOCATION:Linn County Joint Operations Center\\, Cedar Rapids
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Derecho after-action review (utilities & EMA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    plain = """Derecho after-action review (utilities & EMA)
Thursday Jul 23, 2026 ⋅ 1pm – 3pm
Central Time - Chicago

Location
Linn County Joint Operations Center, Cedar Rapids

Derecho after-action review with utilities, public works and EMA. Agenda: timeline, restoration communications, cooling centers, debris. Joint Operations Center, 2nd floor.

Organizer
Jamie Reyes
jreyes.linnema@gmail.com

Reply for customercare@alliant-energy.com

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event."""
    alt = multipart("alternative", "000000000000" + tok(key + "a", 14, HEX),
                    [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                     text_part("<html><body>" + html_paras(plain) + "</body></html>\n", "html", "UTF-8", "quoted-printable"),
                     Part(['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST',
                           "Content-Transfer-Encoding: 7bit"], ics.encode())])
    att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"],
               ("\n".join(base64.b64encode(ics.encode()).decode()[i:i + 76]
                          for i in range(0, len(base64.b64encode(ics.encode()).decode()), 76)) + "\n").encode())
    body = multipart("mixed", "000000000000" + tok(key + "m", 14, HEX), [alt, att])
    env = envelope("customercare", "jreyes.linnema@gmail.com", dt, "mail-sor-f69.google.com", "mail-sor-f69.google.com",
                   "209.85.220.69", auth_pass("gmail.com", "jreyes.linnema@gmail.com", key), key)
    hdr = env + ["MIME-Version: 1.0", "Reply-To: Jamie Reyes <jreyes.linnema@gmail.com>",
                 "Sender: Google Calendar <calendar-notification@google.com>",
                 "Auto-Submitted: auto-generated",
                 f"Message-ID: <calendar-{uuid_like(key + 'mid', False)}@google.com>",
                 f"Date: {rfcdate(dt, UTC)}",
                 "Subject: Invitation: Derecho after-action review (utilities & EMA) @ Thu Jul 23, 2026 1pm - 3pm (CDT)\n (customercare@alliant-energy.com)",
                 "From: Jamie Reyes <jreyes.linnema@gmail.com>",
                 "To: customercare@alliant-energy.com", "@MIME"]
    return assemble(hdr, body, mime_version=None)


X(key="m22", when="2026-07-19 12:03:09", box="customercare", build=m22,
  note="Google Calendar invitation (text/calendar REQUEST): automated by rule",
  category="automated: calendar invitation", answers="-", program="Google Calendar")


def m23():
    key, dt = "m23", T("2026-07-19 18:44:50")
    o = ack("CC-2026-07-40288", "2026-07-19 18:44:31", "July 19, 2026")
    rcpt = "lmhaack@iowatelecom.net"
    text = f"""Hi. This is the qmail-send program at mail.iowatelecom.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <customercare@alliant-energy.com>
Received: (qmail 2231{tok(key, 2, DIG)} invoked from network); {rfcdate(sec(dt, -2), UTC)}
Received: from mta1.alliant-energy.com (216.52.31.20)
  by mail.iowatelecom.net with SMTP; {rfcdate(sec(dt, -2), UTC)}
{our_headers(o, rcpt)}

{o.text}
"""
    env = envelope("customercare", None, dt, "mail.iowatelecom.net", "mail.iowatelecom.net", "64.56.172.9",
                   "dkim=none;\n\tdmarc=none;\n\tspf=none smtp.helo=mail.iowatelecom.net", key)
    hdr = env + [f"Date: {rfcdate(sec(dt, -1), UTC)}",
                 "From: MAILER-DAEMON@mail.iowatelecom.net",
                 "To: customercare@alliant-energy.com",
                 "Subject: failure notice"]
    return assemble(hdr, raw_part([], text), mime_version=None)


X(key="m23", when="2026-07-19 18:44:50", box="customercare", build=m23,
  note="qmail failure notice for an acknowledgement, no MIME-Version; the copy mentions opt-outs",
  category="automated: bounce", answers="acknowledgement CC-2026-07-40288", program="qmail-send")


# ================================================================== Mon 20 July

def m24():
    key, dt = "m24", T("2026-07-20 08:02:36")
    text = """Prairie State Mutual - Claims Document Intake

We have received your document(s) for claim number 2026-IA-0044871.

Documents received: 1 (Outage_confirmation_0044871.pdf)
Received:           07/20/2026 08:02 AM CT

Documents are usually attached to the claim file within one business
day. You do not need to send them again.

THIS MAILBOX IS NOT MONITORED. Please do not reply to this message.
For claim questions contact your adjuster or call (800) 555-0111."""
    body = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    mf = "claims-intake@prairiestatemutual.com"
    env = envelope("customercare", mf, dt, "mx0b-0042a501.pphosted.com", "mx0b-0042a501.pphosted.com", "148.163.150.44",
                   auth_pass("prairiestatemutual.com", mf, key), key)
    hdr = env + ["From: \"PSM Claims Intake\" <claims-intake@prairiestatemutual.com>",
                 "To: <customercare@alliant-energy.com>",
                 "Subject: Document received - Claim 2026-IA-0044871",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <{tok(key + 'mid', 16, UHEX)}.{tok(key + 'm2', 6, DIG)}@docintake.prairiestatemutual.com>",
                 "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-replied", "@MIME"]
    return assemble(hdr, body)


X(key="m24", when="2026-07-20 08:02:36", box="customercare", build=m24,
  note="insurer's document-intake auto-acknowledgement after staff sent an outage letter",
  category="automated: insurance system", answers="staff outage-confirmation letter", program="claims intake")


def m25():
    key, dt = "m25", T("2026-07-20 11:00:04")
    text = """GRID RESILIENCE WEEKLY | July 20, 2026

TOP STORY
Derecho leaves more than 400,000 without power across Iowa, Wisconsin
A fast-moving line of storms with gusts near 100 mph crossed eastern Iowa
and southern Wisconsin on July 14. Utilities brought in mutual-assistance
crews from at least eight states; most customers were restored within
five days, while hard-hit rural feeders took longer.

ALSO THIS WEEK
* Storm-hardening programs: what regulators approved in 2025-26
* Customer communications under pressure: the scheduled-campaign problem
* Webinar: Vegetation management after wind events (July 29)

You are receiving Grid Resilience Weekly because you subscribed at
gridresilienceweekly.com. Update preferences or unsubscribe:
https://gridresilienceweekly.com/u/""" + tok(key, 18, B36) + """
Grid Resilience Weekly, 1101 Connecticut Ave NW, Washington, DC 20036"""
    html = ("<html><body style=\"margin:0\"><table width=\"640\" align=\"center\" style=\"font-family:Georgia,serif\"><tr><td>"
            + html_paras(text) + "</td></tr></table></body></html>\n")
    body = multipart("alternative", "_----------=_MCPart_" + tok(key + "b", 10, DIG),
                     [text_part(text, "plain", "utf-8", "quoted-printable"), text_part(html, "html", "utf-8", "quoted-printable")])
    mf = f"bounce-mc.us14_{tok(key + 'b1', 8, DIG)}.{tok(key + 'b2', 7, DIG)}-customercare=alliant-energy.com@mail{tok(key, 3, DIG)}.atl81.mcsv.net"
    env = envelope("customercare", mf, dt, f"mail{tok(key, 3, DIG)}.atl81.mcsv.net", f"mail{tok(key, 3, DIG)}.atl81.mcsv.net",
                   "198.2.130.91", auth_pass("gridresilienceweekly.com", mf, key), key)
    hdr = env + ["Subject: Derecho leaves 400,000 dark; storm-hardening scorecard",
                 "From: Grid Resilience Weekly <news@gridresilienceweekly.com>",
                 "Reply-To: Grid Resilience Weekly <news@gridresilienceweekly.com>",
                 "To: <customercare@alliant-energy.com>",
                 f"Date: {rfcdate(dt, UTC)}",
                 f"Message-ID: <{tok(key + 'mid', 20, HEX)}@mail{tok(key, 3, DIG)}.atl81.mcsv.net>",
                 "List-Unsubscribe: <https://gridresilienceweekly.com/u/" + tok(key, 18, B36) + ">, <mailto:unsubscribe-" + tok(key + 'u', 12, HEX) + "@mailin1.us14.mcsv.net?subject=unsubscribe>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                 "Precedence: bulk", "X-Campaign: mailchimp" + tok(key + "c", 10, HEX), "@MIME"]
    return assemble(hdr, body)


X(key="m25", when="2026-07-20 11:00:04", box="customercare", build=m25,
  note="industry newsletter (bulk, List-Unsubscribe of its own)",
  category="automated: newsletter", answers="-", program="newsletter platform")


# ================================================================== Tue 21 July

def m26():
    key, dt = "m26", T("2026-07-21 07:12:40")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif">
<div style="background:#00539b;color:#fff;padding:12px;font-size:22px">Alliant Energy</div>
<p>Dear Valued Customer,</p>
<p>Because your service was interrupted during the July 14 storm, a <b>$75.00 Storm Outage Credit</b> has been approved
for your account. To apply the credit to your next bill, please verify your account and payment details.</p>
<p><a href="http://alliant-energycredits.com/verify?acct={tok(key, 10, DIG)}">Verify my account</a></p>
<p>Credits not verified by July 24, 2026 will expire.</p>
<p>Thank you for your patience,<br>Alliant Energy Customer Billing</p>
<p style="font-size:10px">© 2026 Alliant Energy. To unsubscribe from billing notices click here.</p>
</body></html>
"""
    body = text_part(html, "html", "iso-8859-1", "quoted-printable")
    env = envelope("powerhousecatalog", "billing@alliant-energycredits.com", dt, "alliant-energycredits.com",
                   "ip-45-61-136-90.dedi-host.net", "45.61.136.90",
                   "dkim=none (message not signed);\n\tdmarc=none header.from=alliant-energycredits.com;\n"
                   "\tspf=pass smtp.mailfrom=billing@alliant-energycredits.com", key)
    hdr = env + ["From: \"Alliant Energy Billing\" <billing@alliant-energycredits.com>",
                 "To: powerhousecatalog@alliant-energy.com",
                 "Subject: Your $75 storm outage credit is waiting - verify your account",
                 f"Date: {rfcdate(dt, UTC)}",
                 f"Message-ID: <{tok(key + 'mid', 14, DIG)}.{tok(key + 'm2', 10, HEX)}@alliant-energycredits.com>",
                 "@MIME"]
    return assemble(hdr, body)


X(key="m26", when="2026-07-21 07:12:40", box="powerhousecatalog", build=m26,
  note="phishing that imitates our storm credit (look-alike domain), sent to the catalog mailbox",
  category="automated: phishing", answers="-", program="phishing kit")


def m27():
    key, dt = "m27", T("2026-07-21 16:44:00")
    o = ack("CC-2026-07-40301", "2026-07-21 16:43:41", "July 21, 2026")
    text = f"""Hello,

I am protecting myself from junk mail with SafeSender. Your message to
doug.kessel@southslope.net (subject: "{o.subject}") is being held
until you confirm that you are a person.

Please click the link below to confirm. You only need to do this once.

https://verify.safesender-mail.com/c/{tok(key, 24, B36)}

Thank you,
Doug Kessel

(SafeSender challenge-response. If you did not send a message to this
address, ignore this notice.)"""
    body = text_part(text, "plain", "us-ascii", "7bit")
    env = envelope("customercare", "challenge@safesender-mail.com", dt, "out1.safesender-mail.com", "out1.safesender-mail.com",
                   "66.117.8.21", auth_pass("safesender-mail.com", "challenge@safesender-mail.com", key), key)
    hdr = env + ["From: \"Doug Kessel (SafeSender)\" <challenge@safesender-mail.com>",
                 "To: customercare@alliant-energy.com",
                 f"Subject: Please confirm your message to doug.kessel@southslope.net",
                 f"Date: {rfcdate(dt, CDT)}",
                 f"Message-ID: <chal.{tok(key + 'mid', 20, HEX)}@safesender-mail.com>",
                 f"In-Reply-To: {o.mid}",
                 "Auto-Submitted: auto-replied", "Precedence: junk", "@MIME"]
    return assemble(hdr, body)


X(key="m27", when="2026-07-21 16:44:00", box="customercare", build=m27,
  note="challenge-response 'confirm you are a person' in answer to our acknowledgement: automated, never answer",
  category="automated: challenge-response", answers="acknowledgement CC-2026-07-40301", program="SafeSender")


# ================================================================== Wed 22 July

def m28():
    key, dt = "m28", T("2026-07-22 09:15:22")
    text = """Hi there,

Quick question about powerhousecatalog.com.

Searches for "portable generator" and "surge protector" in Iowa and
Wisconsin jumped more than 900% last week, and your product pages aren't
showing up on page one for either. Your competitors are.

We help catalog retailers rank for seasonal demand spikes like this. I
put together a free 2-minute video audit of your site. Want me to send
it over?

Cheers,
Kyle Brandenburg
Growth Lead, RankRise Digital

P.S. If you're not the right person, who should I reach out to? Reply
"no thanks" and I'll close your file."""
    body = multipart("alternative", "b1_" + tok(key + "b", 30, HEX),
                     [text_part(text, "plain", "utf-8", "quoted-printable"),
                      text_part("<html><body>" + html_paras(text) +
                                "<img src=\"https://t.rankrise-mail.com/open/" + tok(key, 18, B36) + "\" width=\"1\" height=\"1\">"
                                "</body></html>\n", "html", "utf-8", "quoted-printable")])
    mf = "kyle@rankrise-outreach.com"
    env = envelope("powerhousecatalog", mf, dt, "mail-sn1nam02on2117.outbound.protection.outlook.com",
                   "mail-sn1nam02on2117.outbound.protection.outlook.com", "40.107.96.117",
                   auth_pass("rankrise-outreach.com", mf, key), key)
    hdr = env + ["From: Kyle Brandenburg <kyle@rankrise-outreach.com>",
                 "To: \"powerhousecatalog@alliant-energy.com\" <powerhousecatalog@alliant-energy.com>",
                 "Subject: quick question about powerhousecatalog.com",
                 f"Date: {rfcdate(dt, UTC, pad=False)}",
                 f"Message-ID: <{tok(key + 'mid', 30, UHEX)}@SN1PR02MB4471.namprd02.prod.outlook.com>",
                 "X-Mailer: Lemlist", "@MIME"]
    return assemble(hdr, body)


X(key="m28", when="2026-07-22 09:15:22", box="powerhousecatalog", build=m28,
  note="SEO cold outreach riding the storm ('generator searches up 900%'); 'reply no thanks' is theirs",
  category="automated: cold sales", answers="-", program="sales-outreach tool")


# ================================================================== a person's software unsubscribe (not automated)

def p28():
    key, dt = "p28", T("2026-07-16 11:16:02")
    o = gen_promo(key)
    text = """unsubscribe

--
Sent by Inbox Sweeper on behalf of a subscriber who asked to stop
receiving this mailing. Please remove the subscriber's address:
dkowalczyk77@gmail.com"""
    body = text_part(text, "plain", "us-ascii", "7bit")
    mf = "unsub-9f2c1e@sweeper-relay.com"
    env = envelope("customercare", mf, dt, "relay2.sweeper-relay.com", "relay2.sweeper-relay.com", "34.122.18.201",
                   auth_pass("sweeper-relay.com", mf, key), key)
    hdr = env + ["From: \"Dana Kowalczyk via Inbox Sweeper\" <unsub-9f2c1e@sweeper-relay.com>",
                 "Reply-To: dkowalczyk77@gmail.com",
                 "To: customercare@alliant-energy.com",
                 "Subject: unsubscribe AE-PR-2607-GEN",
                 f"Date: {rfcdate(dt, UTC)}",
                 f"Message-ID: <{uuid_like(key + 'mid', False)}@sweeper-relay.com>",
                 "Auto-Submitted: auto-generated",
                 "X-Mailer: Inbox Sweeper Unsubscriber/3.1", "@MIME"]
    return assemble(hdr, body)


SOFT = [dict(key="p28", when="2026-07-16 11:16:02", box="customercare", build=p28,
             labels=["marketing_opt_out"], unclear=False, entities={}, ack=None, lang="en",
             note="inbox-cleaning service used our List-Unsubscribe mailto for a person: marketing opt-out, not automated; Auto-Submitted forbids an answer (ack_to null)",
             category="List-Unsubscribe mailto (software, Auto-Submitted)", answers="generator promo AE-PR-2607-GEN",
             program="Inbox Sweeper")]
