"""Machine mail and mail that is not a request: bounces, auto-replies, phishing, vendors, sales, lists, a calendar,
challenge-response. All automated: no labels, no entities, no acknowledgement."""

from __future__ import annotations

import base64
import datetime as dt

from clients import MAILBOX, auth_text, dkim_sig, our_chain
from mime import (CRLF, Leaf, Multi, Rand, addr, enc_header, fold, in_off, message, rfc_date, when, ampm, MON, DOW)
from ours import OURS

SPECS = []


def M(id, cat, mailbox, when_, program, note, answers="-", lang="en"):
    def deco(fn):
        SPECS.append(dict(id=id, cat=cat, mailbox=mailbox, when=when_, program=program, note=note, answers=answers,
                          lang=lang, build=fn))
        return fn
    return deco


CC_ADDR = MAILBOX["customercare"]
PH_ADDR = MAILBOX["powerhousecatalog"]


def our_headers(o, rcpt, r: Rand, extra_lines=True) -> list[str]:
    """Header block of one copy of our campaign as it left us."""
    h = [f"Return-Path: <{o['frm']}>",
         f"Received: from out1.alliant-energy.com (out1.alliant-energy.com [198.51.100.21])" + CRLF +
         f"\tby {r.choice(['mx.', 'mail.', 'in1.'])}{rcpt.split('@')[1]} with ESMTPS id {r.alnum(12)}" + CRLF +
         f"\tfor <{rcpt}>; {rfc_date(o['date'] + r.secs(5, 90))}",
         dkim_sig(r, o['frm'].split('@')[1], "ae2024", o['date'], "from:to:subject:date:message-id:list-unsubscribe", "\t").replace(
             "; darn=alliant-energy.com", ""),
         f"From: {o['frm_name']} <{o['frm']}>",
         f"To: {rcpt}",
         enc_header("Subject", o["subject"]),
         f"Date: {rfc_date(o['date'])}",
         f"Message-ID: {o['msgid']}",
         "MIME-Version: 1.0"]
    if o.get("token") and extra_lines:
        h.append(f"List-Unsubscribe: <mailto:{o['frm']}?subject=unsubscribe%20{o['token']}>,{CRLF}"
                 f" <https://{'powerhousecatalog.com' if 'powerhouse' in o['frm'] else 'alliantenergy.com'}/u/{r.alnum(22)}>")
        h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        h.append(f"Feedback-ID: {o['token']}:marketing:alliantenergy")
    if o["kind"] == "ack":
        h.append("Auto-Submitted: auto-replied")
    h.append("Content-Type: text/plain; charset=utf-8")
    h.append("Content-Transfer-Encoding: quoted-printable")
    return h


def our_full(o, rcpt, r: Rand) -> bytes:
    from mime import encode_body
    return (CRLF.join(our_headers(o, rcpt, r)) + CRLF + CRLF).encode() + encode_body(o["text"] + "\n", "utf-8", "quoted-printable")


def plain(text, charset="us-ascii", cte="7bit", params=""):
    leaf = Leaf("text/plain", text, charset, cte, params=params)
    return leaf


def ext_auth(r, helo_ip, mailfrom, from_domain, dkim_d=None, dkim_s=None, dkim="pass", spf="pass", dmarc="pass",
             policy="p=NONE sp=NONE dis=NONE"):
    return auth_text("", dkim_d, dkim_s, mailfrom, helo_ip, from_domain, r, dkim=dkim, spf=spf, dmarc=dmarc, policy=policy)


# ================================================================== bounces

@M("M01", "automated: bounce (Postfix DSN)", "customercare", "2026-06-02 09:16:40", "Postfix",
   "Postfix DSN, user unknown, for the AC-rebate promotion; quoted headers carry our List-Unsubscribe", "promo:AE-2606-AC")
def m01(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-AC"]
    rcpt = "dkoenigsfeld@heartlandisp.net"
    bnd = f"{r.hex(11, True)}.{int(t.timestamp())}/mx2.heartlandisp.net"
    qid = r.hex(11, True)
    notice = f"""This is the mail system at host mx2.heartlandisp.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: unknown user: "dkoenigsfeld"
"""
    status = f"""Reporting-MTA: dns; mx2.heartlandisp.net
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {o['frm']}
Arrival-Date: {rfc_date(o['date'] + dt.timedelta(seconds=95))}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "dkoenigsfeld"
"""
    hdrs = CRLF.join(our_headers(o, rcpt, r)) + CRLF
    node = Multi("report", bnd, [Leaf("text/plain", notice, "us-ascii", None, headers=["Content-Description: Notification"]),
                                 Leaf("message/delivery-status", status, None, None, headers=["Content-Description: Delivery report"]),
                                 Leaf("text/rfc822-headers", hdrs, None, None, raw=True,
                                      headers=["Content-Description: Undelivered Message Headers"])],
                 params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    env = our_chain(r, "customercare", "", "mx2.heartlandisp.net", "64.71.22.18", t,
                    auth_text("", None, None, "", "64.71.22.18", "mx2.heartlandisp.net", r, spf="none", dmarc="none",
                              policy="p=NONE sp=NONE dis=NONE"))
    env[0] = "Return-Path: <>"
    h = [f"Received: by mx2.heartlandisp.net (Postfix){CRLF}\tid {qid}; {rfc_date(t, 'postfix')}",
         f"Date: {rfc_date(t, 'postfix')}",
         "From: MAILER-DAEMON@mx2.heartlandisp.net (Mail Delivery System)",
         "Subject: Undelivered Mail Returned to Sender",
         f"To: {CC_ADDR}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         f"Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{qid}@mx2.heartlandisp.net>"]
    return message(env + h, node)


@M("M02", "automated: bounce (Exchange NDR)", "customercare", "2026-06-23 09:47:31", "Exchange Online",
   "Exchange Online NDR 5.1.10 for the thermostat promotion", "promo:AE-2606-TS")
def m02(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-TS"]
    rcpt = "lbecker@cedarvalleyclinic.org"
    srv = f"DM6PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}"
    bnd = f"{r.uuid()}"
    txt = f"""Your message to {rcpt} couldn't be delivered.

lbecker wasn't found at cedarvalleyclinic.org.

customercare     Office 365      lbecker
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient has left the organization, remove them from your list.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's address doesn't exist at the destination domain.

Original Message Details
Created Date:    {o['date'].astimezone(dt.timezone.utc).strftime('%-m/%-d/%Y %-I:%M:%S %p')}
Sender Address:  {o['frm']}
Recipient Address:  {rcpt}
Subject:  {o['subject']}

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
Message rejected by:  {srv}.namprd19.prod.outlook.com
"""
    html = "<html><head></head><body>" + "".join(f"<p>{l}</p>" for l in txt.split("\n") if l) + "</body></html>"
    status = f"""Reporting-MTA: dns;{srv}.namprd19.prod.outlook.com
Received-From-MTA: dns;out1.alliant-energy.com
Arrival-Date: {rfc_date(in_off(o['date'], 0))}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
    alt = Multi("alternative", f"{r.uuid()}", [Leaf("text/plain", txt, "us-ascii", "quoted-printable"),
                                              Leaf("text/html", html, "us-ascii", "quoted-printable")])
    node = Multi("report", bnd, [alt, Leaf("message/delivery-status", status, None, None),
                                 Leaf("text/rfc822-headers", CRLF.join(our_headers(o, rcpt, r)) + CRLF, None, None, raw=True)],
                 params="; report-type=delivery-status")
    node.params = "; report-type=delivery-status"
    helo = f"mail-dm6nam10on20{r.randint(50, 99)}.outbound.protection.outlook.com"
    ip = f"40.107.{r.randint(90, 240)}.{r.randint(10, 250)}"
    env = our_chain(r, "customercare", "", helo, ip, t,
                    auth_text("", None, None, "", ip, "cedarvalleyclinic.onmicrosoft.com", r, spf="none", dmarc="none"))
    env[0] = "Return-Path: <>"
    h = [f"From: postmaster@cedarvalleyclinic.onmicrosoft.com", f"To: {CC_ADDR}", "Date: " + rfc_date(in_off(t, 0)),
         "Content-Language: en-US",
         f"Message-ID: <{r.uuid()}@{srv}.namprd19.prod.outlook.com>", f"In-Reply-To: {o['msgid']}",
         f"References: {o['msgid']}", enc_header("Subject", "Undeliverable: " + o["subject"]),
         "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "X-MS-PublicTrafficType: Email",
         "MIME-Version: 1.0"]
    return message(env + h, node)


@M("M03", "automated: bounce (Gmail DSN)", "powerhousecatalog", "2026-06-16 08:31:52", "Gmail mailer-daemon",
   "Gmail DSN: recipient's inbox out of storage, for the Summer Sale e-mail", "catalog:PH-2606-SS")
def m03(s, r):
    t = when(s["when"])
    o = OURS["PH-2606-SS"]
    rcpt = "sfrommelt.home@gmail.com"
    bnd = "000000000000" + r.hex(12)
    txt = f"""
** Message not delivered **

Your message couldn't be delivered to {rcpt} because the recipient's inbox is out of storage space.

Try resending the message later.

The response was:

552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm {r.alnum(20)}.{r.randint(100, 999)} - gsmtp
"""
    html = (f"<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial\"><h2>Message not delivered</h2>"
            f"<p>Your message couldn't be delivered to <b>{rcpt}</b> because the recipient's inbox is out of storage "
            f"space.</p><p>Try resending the message later.</p><p>The response was:</p><p>552-5.2.2 The recipient's inbox "
            f"is out of storage space.</p></div></body></html>")
    status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {rfc_date(in_off(o['date'], -7), 'zero')} (PDT)

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.105.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space.
Last-Attempt-Date: {rfc_date(in_off(t, -7), 'zero')} (PDT)
"""
    rel = Multi("related", "000000000000" + r.hex(12), [Leaf("text/html", html, "UTF-8", "quoted-printable")])
    alt = Multi("alternative", "000000000000" + r.hex(12), [Leaf("text/plain", txt, "UTF-8", "quoted-printable"), rel])
    node = Multi("report", bnd, [alt, Leaf("message/delivery-status", status, None, None),
                                 Leaf("message/rfc822", our_full(o, rcpt, r), None, None, raw=True)],
                 params="; report-type=delivery-status")
    n = r.randint(60, 200)
    helo = f"mail-sor-f{n}.google.com"
    ip = f"209.85.220.{n}"
    env = our_chain(r, "powerhousecatalog", "", helo, ip, t,
                    auth_text("", "googlemail.com", "20230601", "", ip, "googlemail.com", r, spf="none",
                              policy="p=QUARANTINE sp=QUARANTINE dis=NONE"))
    env[0] = "Return-Path: <>"
    h = [dkim_sig(r, "googlemail.com", "20230601", t, "to:from:subject:message-id:feedback-id:references:in-reply-to:"
                  f"{CRLF}         auto-submitted:date:mime-version").replace("; darn=alliant-energy.com", "; darn=alliant-energy.com"),
         f"X-Received: by 2002:a05:6214:{r.hex(4)}:b0:{r.hex(3)}:{r.hex(4)}:{r.hex(4)} with SMTP id {r.hex(16)};"
         f"{CRLF}        {rfc_date(in_off(t, -7), 'zero')} (PDT)",
         "MIME-Version: 1.0", f"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"To: {PH_ADDR}",
         "Auto-Submitted: auto-replied", f"Message-ID: <{r.hex(32)}.{r.digits(6)}@mx.google.com>",
         "Date: " + rfc_date(in_off(t, -7)), "Subject: Delivery Status Notification (Failure)",
         f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}", f"X-Failed-Recipients: {rcpt}"]
    return message(env + h, node)


@M("M04", "automated: bounce (legacy, no MIME)", "powerhousecatalog", "2026-08-04 08:17:09", "Yahoo legacy",
   "old-style Yahoo failure notice, no MIME-Version, for the back-to-school e-mail", "catalog:PH-2608-BTS")
def m04(s, r):
    t = when(s["when"])
    o = OURS["PH-2608-BTS"]
    rcpt = "kjtrumm@ymail.com"
    body = f"""Sorry, we were unable to deliver your message to the following address.

<{rcpt}>:
554: delivery error: dd This user doesn't have a ymail.com account ({rcpt}) [0] - mta4{r.randint(100, 999)}.mail.gq1.yahoo.com

--- Below this line is a copy of the message.

""" + CRLF.join(our_headers(o, rcpt, r)).replace(CRLF, "\n") + "\n\n" + o["text"].split("\n\n")[0] + "\n"
    ip = f"98.137.{r.randint(60, 70)}.{r.randint(10, 250)}"
    helo = f"sonic{r.randint(301, 320)}-{r.randint(10, 40)}.consmr.mail.gq1.yahoo.com"
    env = our_chain(r, "powerhousecatalog", "", helo, ip, t,
                    auth_text("", None, None, "", ip, "yahoo.com", r, spf="none", dmarc="none"))
    env[0] = "Return-Path: <>"
    h = [f"Date: {rfc_date(in_off(t, 0), 'zero')}", "From: MAILER-DAEMON@yahoo.com", f"To: {PH_ADDR}",
         "Subject: Failure Notice", f"Message-ID: <{int(t.timestamp())}.{r.digits(7)}.bounce@mta{r.randint(1000, 9999)}.mail.gq1.yahoo.com>"]
    return (CRLF.join(env + h) + CRLF + CRLF).encode() + body.replace("\n", CRLF).encode()


@M("M05", "automated: bounce (delay warning)", "customercare", "2026-06-02 13:21:07", "Postfix (ours)",
   "our own outbound Postfix: delayed-mail warning for the Spanish AC promotion", "promo:AE-2606-AC-ES")
def m05(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-AC-ES"]
    rcpt = "panaderia.lupita@prairiemail.net"
    qid = r.hex(10, True)
    notice = f"""This is the mail system at host out1.alliant-energy.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: connect to mx.prairiemail.net[192.0.2.44]:25: Connection timed out
"""
    status = f"""Reporting-MTA: dns; out1.alliant-energy.com
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {o['frm']}
Arrival-Date: {rfc_date(o['date'], 'postfix')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.prairiemail.net[192.0.2.44]:25: Connection
    timed out
Will-Retry-Until: {rfc_date(o['date'] + dt.timedelta(days=5), 'postfix')}
"""
    node = Multi("report", f"{qid}.{int(t.timestamp())}/out1.alliant-energy.com",
                 [Leaf("text/plain", notice, "us-ascii", None, headers=["Content-Description: Notification"]),
                  Leaf("message/delivery-status", status, None, None, headers=["Content-Description: Delivery report"]),
                  Leaf("text/rfc822-headers", CRLF.join(our_headers(o, rcpt, r)) + CRLF, None, None, raw=True,
                       headers=["Content-Description: Undelivered Message Headers"])],
                 params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    env = our_chain(r, "customercare", "", "out1.alliant-energy.com", "10.20.6.21", t,
                    f"{CRLF}\tx-internal=pass (relay from out1.alliant-energy.com)", tls=False)
    env[0] = "Return-Path: <>"
    h = [f"Received: by out1.alliant-energy.com (Postfix){CRLF}\tid {qid}; {rfc_date(t, 'postfix')}",
         f"Date: {rfc_date(t, 'postfix')}", "From: MAILER-DAEMON@out1.alliant-energy.com (Mail Delivery System)",
         "Subject: Delayed Mail (still being retried)", f"To: {CC_ADDR}", "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0", f"Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{r.hex(10, True)}@out1.alliant-energy.com>"]
    return message(env + h, node)


@M("M06", "automated: bounce (of our acknowledgement)", "customercare", "2026-06-09 11:20:09", "Postfix (ours)",
   "our acknowledgement bounced: the customer's domain was mistyped (gmial.com)", "ack:CC-2026-06-00412")
def m06(s, r):
    t = when(s["when"])
    o = OURS["CC-2026-06-00412"]
    rcpt = "dorothy.kalb@gmial.com"
    qid = r.hex(10, True)
    notice = f"""This is the mail system at host out1.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service error for
    name=gmial.com type=MX: Host not found, try again
"""
    status = f"""Reporting-MTA: dns; out1.alliant-energy.com
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {o['frm']}
Arrival-Date: {rfc_date(o['date'], 'postfix')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found, try again
"""
    node = Multi("report", f"{qid}.{int(t.timestamp())}/out1.alliant-energy.com",
                 [Leaf("text/plain", notice, "us-ascii", None, headers=["Content-Description: Notification"]),
                  Leaf("message/delivery-status", status, None, None, headers=["Content-Description: Delivery report"]),
                  Leaf("message/rfc822", our_full(o, rcpt, r), None, None, raw=True,
                       headers=["Content-Description: Undelivered Message"])],
                 params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    env = our_chain(r, "customercare", "", "out1.alliant-energy.com", "10.20.6.21", t,
                    f"{CRLF}\tx-internal=pass (relay from out1.alliant-energy.com)", tls=False)
    env[0] = "Return-Path: <>"
    h = [f"Received: by out1.alliant-energy.com (Postfix){CRLF}\tid {qid}; {rfc_date(t, 'postfix')}",
         f"Date: {rfc_date(t, 'postfix')}", "From: MAILER-DAEMON@out1.alliant-energy.com (Mail Delivery System)",
         "Subject: Undelivered Mail Returned to Sender", f"To: {CC_ADDR}", "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0", f"Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{r.hex(10, True)}@out1.alliant-energy.com>"]
    return message(env + h, node)


@M("M07", "automated: bounce (Exim)", "customercare", "2026-06-23 09:52:58", "Exim",
   "Exim 'Mail delivery failed' with a full copy of the Spanish thermostat promotion", "promo:AE-2606-TS-ES", lang="en")
def m07(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-TS-ES"]
    rcpt = "martha@lopezbakerydsm.com"
    host = "server214.midwesthostingpro.com"
    body = (f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    No Such User Here

------ This is a copy of the message, including all the headers. ------

""").replace("\n", CRLF).encode() + our_full(o, rcpt, r)
    ip = f"162.241.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = our_chain(r, "customercare", "", host, ip, t,
                    auth_text("", None, None, "", ip, host, r, spf="none", dmarc="none"))
    env[0] = "Return-Path: <>"
    h = [f"Received: from mailnull by {host} with local (Exim 4.98)\r\n\tid 1t{r.alnum(5)}-{r.alnum(7)}-{r.alnum(2)}"
         f"\r\n\tfor {CC_ADDR}; {rfc_date(t)}",
         "X-Failed-Recipients: " + rcpt, "Auto-Submitted: auto-replied",
         f"From: Mail Delivery System <Mailer-Daemon@{host}>", f"To: {CC_ADDR}",
         "Content-Type: text/plain; charset=us-ascii", "Subject: Mail delivery failed: returning message to sender",
         f"Message-Id: <E1t{r.alnum(5)}-{r.alnum(7)}-{r.alnum(2)}@{host}>", f"Date: {rfc_date(t)}"]
    return (CRLF.join(env + h) + CRLF + CRLF).encode() + body


# ================================================================== auto-replies

def person_env(r, mailbox, address, t, helo, ip, dkim_d=None, dkim_s=None, policy="p=NONE sp=NONE dis=NONE",
               spf="pass", dkim="pass", dmarc="pass", mailfrom=None):
    mf = address if mailfrom is None else mailfrom
    return our_chain(r, mailbox, mf, helo, ip, t,
                     auth_text("", dkim_d, dkim_s, mf, ip, address.split("@")[1], r, spf=spf, dkim=dkim, dmarc=dmarc,
                               policy=policy))


@M("M08", "automated: auto-reply (Gmail vacation, Auto-Submitted)", "customercare", "2026-06-02 09:15:31",
   "Gmail vacation responder", "Gmail vacation responder answering the AC promotion; Auto-Submitted: auto-replied",
   "promo:AE-2606-AC")
def m08(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-AC"]
    a = "amy.siefken@gmail.com"
    n = r.randint(40, 180)
    env = person_env(r, "customercare", a, t, f"mail-yw1-f{n}.google.com", f"209.85.128.{n}", "gmail.com", "20230601",
                     "p=NONE sp=QUARANTINE dis=NONE")
    txt = """Hi! I'm at the lake with limited e-mail until Monday, June 22.

If this is about the Fremont Elementary PTO plant sale, please contact Becky at 319-555-0119.

Amy
"""
    bnd = "000000000000" + r.hex(12)
    node = Multi("alternative", bnd, [Leaf("text/plain", txt, "UTF-8", "7bit"),
                                      Leaf("text/html", "<div dir=\"ltr\">" + txt.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div>\n", "UTF-8", "7bit")])
    h = [dkim_sig(r, "gmail.com", "20230601", t, "to:subject:message-id:date:from:auto-submitted:in-reply-to:references"),
         "MIME-Version: 1.0", f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}",
         f"From: Amy Siefken <{a}>", f"Date: {rfc_date(t)}",
         f"Message-ID: <CA{r.b64(40).replace('/', '_')}@mail.gmail.com>", "Auto-Submitted: auto-replied",
         enc_header("Subject", "Re: " + o["subject"]), f"To: Alliant Energy <{CC_ADDR}>"]
    return message(env + h, node)


@M("M09", "automated: auto-reply (Exchange, Auto-Submitted)", "customercare", "2026-06-10 10:03:15",
   "Exchange Online automatic reply", "Exchange 'Automatic reply' to the Peak Time Savings promotion, with Auto-Submitted",
   "promo:AE-2606-PTS")
def m09(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-PTS"]
    a = "jmeyer@hawkeyecu.org"
    srv = f"SA1PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}"
    env = person_env(r, "customercare", a, t, f"mail-sa9nam04on20{r.randint(50, 99)}.outbound.protection.outlook.com",
                     f"40.107.{r.randint(90, 240)}.{r.randint(10, 250)}", "hawkeyecu.org", "selector1", mailfrom="")
    env[0] = "Return-Path: <>"
    txt = """I am out of the office through Monday, June 15 with no access to email.

For loan questions please contact Lending at 319-555-0131. For anything else, call the branch at 319-555-0130.

Jenna Meyer
Member Services
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            + "".join(f"<div>{l or '<br>'}</div>" for l in txt.split("\n")) + "</body></html>")
    node = Multi("alternative", f"_000_{srv}{r.hex(20, True)}_", [Leaf("text/plain", txt, "us-ascii", "quoted-printable"),
                                                                 Leaf("text/html", html, "us-ascii", "quoted-printable")])
    h = [f"From: Jenna Meyer <{a}>", f"To: Alliant Energy <{CC_ADDR}>",
         enc_header("Subject", "Automatic reply: " + o["subject"]),
         enc_header("Thread-Topic", o["subject"]), f"Thread-Index: AQH{r.b64(24)}",
         f"Date: {rfc_date(in_off(t, 0))}", f"Message-ID: <{r.uuid()}@{srv}.namprd19.prod.outlook.com>",
         f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}", "Auto-Submitted: auto-generated",
         "X-Auto-Response-Suppress: All", f"X-MS-Exchange-Inbox-Rules-Loop: {a}", "Content-Language: en-US",
         "X-MS-Has-Attach:", "X-MS-Exchange-Organization-AuthAs: Internal", "MIME-Version: 1.0"]
    return message(env + h, node)


@M("M10", "automated: auto-reply (headerless)", "powerhousecatalog", "2026-06-16 08:31:14", "small-business webmail",
   "headerless out-of-office (no Auto-Submitted, no Precedence) to the Summer Sale e-mail", "catalog:PH-2606-SS")
def m10(s, r):
    t = when(s["when"])
    o = OURS["PH-2606-SS"]
    a = "carla@bloomfloral-ia.com"
    ip = f"192.254.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "powerhousecatalog", a, t, "gator4412.hostgator.com", ip, None, None, spf="pass", dmarc="none")
    txt = """Thanks for your email!

Bloom Floral is closed for our summer break June 15-21. We will answer messages when we are back on Monday the 22nd. For wedding orders already placed, your flowers are all set!

Carla & the Bloom Floral team
"""
    h = [f"Received: from [127.0.0.1] (port=41822 helo=gator4412.hostgator.com){CRLF}\tby gator4412.hostgator.com with esmtpa "
         f"(Exim 4.98){CRLF}\t(envelope-from <{a}>){CRLF}\tid 1t{r.alnum(5)}-{r.alnum(7)}-{r.alnum(2)}{CRLF}\tfor {PH_ADDR}; {rfc_date(t)}",
         "MIME-Version: 1.0", f"Date: {rfc_date(t)}", f"From: Bloom Floral <{a}>", f"To: {PH_ADDR}",
         enc_header("Subject", "Out of Office: " + o["subject"]), f"In-Reply-To: {o['msgid']}",
         f"Message-ID: <{r.hex(32)}@bloomfloral-ia.com>", "X-Sender: carla@bloomfloral-ia.com",
         "User-Agent: Roundcube Webmail/1.6.0"]
    return message(env + h, Leaf("text/plain", txt, "US-ASCII", "7bit", params="; format=flowed"))


@M("M11", "automated: auto-reply (Exchange, Spanish)", "customercare", "2026-06-02 09:21:48",
   "Exchange Online automatic reply", "Spanish 'Respuesta automática' to the Spanish AC promotion, with Auto-Submitted",
   "promo:AE-2606-AC-ES", lang="es")
def m11(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-AC-ES"]
    a = "gcastillo@tysonfoods-ctr.com"
    srv = f"BN8PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}"
    env = person_env(r, "customercare", a, t, f"mail-bn8nam12on20{r.randint(50, 99)}.outbound.protection.outlook.com",
                     f"40.107.{r.randint(90, 240)}.{r.randint(10, 250)}", "tysonfoods-ctr.com", "selector1", mailfrom="")
    env[0] = "Return-Path: <>"
    txt = """Estoy de vacaciones hasta el 15 de junio. Para asuntos urgentes comuníquese con Recursos Humanos al 563-555-0184.

I am on vacation until June 15. For urgent matters please contact Human Resources at 563-555-0184.

Gabriela Castillo
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join(f"<div>{l or '<br>'}</div>" for l in txt.split("\n")) + "</body></html>")
    node = Multi("alternative", f"_000_{srv}{r.hex(20, True)}_", [Leaf("text/plain", txt, "utf-8", "base64"),
                                                                 Leaf("text/html", html, "utf-8", "base64")])
    h = [f"From: Gabriela Castillo <{a}>", f"To: Alliant Energy <{CC_ADDR}>",
         enc_header("Subject", "Respuesta automática: " + o["subject"], how="B"),
         enc_header("Thread-Topic", o["subject"], how="B"), f"Thread-Index: AQH{r.b64(24)}",
         f"Date: {rfc_date(in_off(t, 0))}", f"Message-ID: <{r.uuid()}@{srv}.namprd12.prod.outlook.com>",
         f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}", "Auto-Submitted: auto-generated",
         "X-Auto-Response-Suppress: All", "Content-Language: es-MX", "X-MS-Has-Attach:", "MIME-Version: 1.0"]
    return message(env + h, node)


@M("M12", "automated: auto-reply (headerless, address no longer monitored)", "customercare", "2026-06-23 09:46:20",
   "business mail server", "headerless 'this mailbox is no longer monitored' from a closed business, to the thermostat promotion",
   "promo:AE-2606-TS")
def m12(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-TS"]
    a = "info@kleinheatingair.com"
    ip = f"67.20.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "customercare", a, t, "box5512.bluehost.com", ip, "kleinheatingair.com", "default", dmarc="pass")
    txt = """This mailbox is no longer monitored.

Klein Heating & Air closed its doors on April 30, 2026 after 31 years. Thank you to all of our customers in Cedar Rapids and Marion. For service on equipment we installed, please call any licensed HVAC contractor.

- Dave & Sue Klein
"""
    h = [f"Received: from localhost ([127.0.0.1]:50312 helo=box5512.bluehost.com){CRLF}\tby box5512.bluehost.com with esmtpa "
         f"(Exim 4.98){CRLF}\t(envelope-from <{a}>){CRLF}\tid 1t{r.alnum(5)}-{r.alnum(7)}-{r.alnum(2)}{CRLF}\tfor {CC_ADDR}; {rfc_date(t)}",
         f"Date: {rfc_date(t)}", f"From: Klein Heating & Air <{a}>", f"To: {CC_ADDR}",
         enc_header("Subject", "Re: " + o["subject"]), f"Message-ID: <{r.hex(24)}@kleinheatingair.com>",
         "MIME-Version: 1.0"]
    return message(env + h, Leaf("text/plain", txt, "us-ascii", "7bit"))


@M("M13", "automated: auto-reply to our acknowledgement (loop trap)", "customercare", "2026-07-23 09:31:40",
   "Gmail vacation responder (Google Workspace)", "LOOP TRAP: a teacher's summer auto-reply to our acknowledgement; Auto-Submitted",
   "ack:CC-2026-07-00901")
def m13(s, r):
    t = when(s["when"])
    o = OURS["CC-2026-07-00901"]
    a = "mhartwig@linnmarschools.org"
    n = r.randint(40, 180)
    env = person_env(r, "customercare", a, t, f"mail-qt1-f{n}.google.com", f"209.85.160.{n}", "linnmarschools.org",
                     "google", "p=QUARANTINE sp=NONE dis=NONE")
    txt = """Thank you for your email. I am away for the summer and will respond when school resumes on August 20.

If you need immediate assistance please contact the main office at 319-555-0102.

Mrs. Hartwig
6th Grade Science
"""
    node = Multi("alternative", "000000000000" + r.hex(12),
                 [Leaf("text/plain", txt, "UTF-8", "7bit"),
                  Leaf("text/html", "<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div>\n", "UTF-8", "7bit")])
    h = [dkim_sig(r, "linnmarschools.org", "google", t, "to:subject:message-id:date:from:auto-submitted:in-reply-to:references"),
         "MIME-Version: 1.0", f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}",
         f"From: Megan Hartwig <{a}>", f"Date: {rfc_date(t)}",
         f"Message-ID: <CA{r.b64(40).replace('/', '_')}@mail.gmail.com>", "Auto-Submitted: auto-replied",
         enc_header("Subject", "Re: " + o["subject"]), f"To: Alliant Energy Customer Care <{CC_ADDR}>"]
    return message(env + h, node)


@M("M14", "automated: auto-reply (headerless, Spanish)", "customercare", "2026-07-07 07:06:33", "Yahoo Mail vacation text",
   "headerless Spanish vacation reply from a small shop to the July newsletter", "promo:AE-2607-NL", lang="es")
def m14(s, r):
    t = when(s["when"])
    o = OURS["AE-2607-NL"]
    a = "tiendalaguadalupana@yahoo.com"
    helo = f"sonic{r.randint(301, 399)}-{r.randint(10, 60)}.consmr.mail.ne1.yahoo.com"
    ip = f"66.163.{r.randint(180, 199)}.{r.randint(10, 250)}"
    env = person_env(r, "customercare", a, t, helo, ip, "yahoo.com", "s2048", "p=REJECT sp=REJECT dis=NONE")
    txt = """Gracias por su mensaje.

Tienda La Guadalupana está cerrada por vacaciones del 6 al 17 de julio. Abrimos de nuevo el sábado 18.

Thank you, we are closed for vacation July 6-17.
"""
    ms = int(t.timestamp() * 1000)
    h = [f"Date: {rfc_date(in_off(t, 0), 'utc')}", f"From: Tienda La Guadalupana <{a}>", f"To: {CC_ADDR}",
         f"Message-ID: <{r.randint(10**8, 2 * 10**9)}.{r.randint(10**6, 10**7)}.{ms}@mail.yahoo.com>",
         enc_header("Subject", "Re: " + o["subject"]), "MIME-Version: 1.0"]
    return message(env + h, Leaf("text/plain", txt, "UTF-8", "quoted-printable"))


@M("M15", "automated: auto-reply (help-desk ticket)", "customercare", "2026-06-10 10:04:29", "Freshdesk",
   "a business customer's help desk opened a ticket for our Peak Time Savings promotion and auto-answered; X-Autoreply only",
   "promo:AE-2606-PTS")
def m15(s, r):
    t = when(s["when"])
    o = OURS["AE-2606-PTS"]
    a = "support@cornbeltfeedsupply.freshdesk.com"
    ip = f"52.{r.randint(1, 99)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "customercare", "bounce@freshdesk.com", t, "mail-out.freshdesk.com", ip, "freshdesk.com",
                     "fd2", mailfrom=f"bounces+{r.hex(16)}@email.freshdesk.com")
    tnum = r.randint(40000, 49999)
    txt = f"""Dear Alliant Energy,

We would like to acknowledge that we have received your request and a ticket has been created with Ticket ID - {tnum}.
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://cornbeltfeedsupply.freshdesk.com/helpdesk/tickets/{tnum}

Thank you for your patience.

Sincerely,
Corn Belt Feed & Supply Support Team
"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" for l in txt.split("\n\n")) + "</body></html>"
    node = Multi("alternative", f"--==_mimepart_{r.hex(13)}_{r.hex(4)}{r.digits(4)}",
                 [Leaf("text/plain", txt, "UTF-8", "7bit"), Leaf("text/html", html, "UTF-8", "7bit")])
    h = [f"Date: {rfc_date(in_off(t, 0), 'zero')}", f"From: Corn Belt Feed & Supply <{a}>", f"To: {CC_ADDR}",
         f"Message-ID: <{r.hex(24)}.{tnum}@freshdesk.com>", f"In-Reply-To: {o['msgid']}", f"References: {o['msgid']}",
         f"Subject: [#{tnum}] " + o["subject"], "Mime-Version: 1.0", "X-Autoreply: yes", "X-Autorespond: yes",
         f"X-FD-Email-Category: {r.digits(2)}"]
    return message(env + h, node)


# ================================================================== phishing and spam

@M("M16", "automated: phishing (disconnection)", "customercare", "2026-07-22 06:14:02", "bulk mailer",
   "phishing: 'service will be disconnected in 24 hours', spoofed brand, SPF fail, HTML only, windows-1252")
def m16(s, r):
    t = when(s["when"], -4)
    a = "billing@alliant-energy-payments.com"
    ip = f"185.{r.randint(100, 250)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = our_chain(r, "customercare", f"info@{r.alnum(8).lower()}.shop", f"vps-{r.randint(1000, 9999)}.hostio.cloud", ip, t,
                    auth_text("", None, None, f"info@{r.alnum(8).lower()}.shop", ip, "alliant-energy-payments.com", r,
                              spf="softfail", dmarc="fail"))
    html = f"""<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td style="background:#005596;color:#fff;padding:14px;font-size:20px">Alliant Energy</td></tr>
<tr><td style="padding:18px">
<p><b>FINAL NOTICE – Service Disconnection Scheduled</b></p>
<p>Dear Customer,</p>
<p>Our records show your account is <b>past due</b>. Due to the current heat emergency, crews are scheduling disconnections in your area. Your electric service will be <b>disconnected within 24 hours</b> unless payment is received.</p>
<p>To avoid interruption, verify your account and pay the balance of <b>$287.16</b> now:</p>
<p style="text-align:center"><a href="http://alliant-energy-payments.com/verify?id={r.alnum(16)}" style="background:#e87722;color:#fff;padding:10px 22px;text-decoration:none">PAY NOW TO AVOID DISCONNECTION</a></p>
<p>If you have already paid, please disregard this message.</p>
<p>Alliant Energy Billing Department<br>1-888-555-0199</p>
</td></tr></table></body></html>
"""
    h = [f"From: \"Alliant Energy Billing\" <{a}>", f"To: {CC_ADDR}",
         enc_header("Subject", "FINAL NOTICE – Your service will be disconnected in 24 hours", charset="windows-1252"),
         f"Date: {rfc_date(t)}", f"Message-ID: <{r.hex(16)}@alliant-energy-payments.com>", "MIME-Version: 1.0",
         "X-Priority: 1 (Highest)", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    return message(env + h, Leaf("text/html", html, "windows-1252", "quoted-printable"))


@M("M17", "automated: phishing (fake refund)", "customercare", "2026-08-05 10:33:47", "bulk mailer",
   "phishing: fake overpayment refund, lookalike domain")
def m17(s, r):
    t = when(s["when"], 0)
    a = "refunds@alliantenergy-refund.net"
    ip = f"45.{r.randint(10, 250)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = our_chain(r, "customercare", a, f"mail.alliantenergy-refund.net", ip, t,
                    auth_text("", "alliantenergy-refund.net", "mail", a, ip, "alliantenergy-refund.net", r, spf="pass",
                              dmarc="none"))
    ref = f"RF-{r.digits(6)}"
    txt = f"""Refund Notification

Dear Valued Customer,

After a review of your summer billing, we determined that you were overcharged during the July heat emergency. You are eligible for a refund of $186.40.

Refund reference: {ref}

To receive your refund by direct deposit, confirm your banking details within 48 hours:
https://alliantenergy-refund.net/claim/{ref}

Unclaimed refunds are returned to the state after 48 hours.

Customer Refund Services
"""
    html = ("<html><body><div style=\"font-family:Segoe UI,Arial;max-width:560px\"><h3>Refund Notification</h3>"
            + "".join(f"<p>{l}</p>" for l in txt.split("\n\n")[1:]) + "</div></body></html>")
    node = Multi("alternative", f"=_{r.hex(32)}", [Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                                   Leaf("text/html", html, "utf-8", "quoted-printable")])
    h = [f"From: Alliant Energy <{a}>", f"To: {CC_ADDR}", f"Subject: Refund notification: you have an overpayment of $186.40 ({ref})",
         f"Date: {rfc_date(t)}", f"Message-ID: <{r.hex(32)}@alliantenergy-refund.net>", "MIME-Version: 1.0"]
    return message(env + h, node)


@M("M18", "automated: phishing (Spanish)", "customercare", "2026-07-25 13:02:18", "bulk mailer",
   "Spanish phishing: final disconnection notice, base64 iso-8859-1 HTML", lang="es")
def m18(s, r):
    t = when(s["when"], -3)
    a = "avisos@alliant-pagos.co"
    ip = f"103.{r.randint(10, 250)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = our_chain(r, "customercare", a, f"srv{r.randint(10, 99)}.alliant-pagos.co", ip, t,
                    auth_text("", None, None, a, ip, "alliant-pagos.co", r, spf="neutral", dmarc="none"))
    html = f"""<html><body>
<p><b>Aviso final de desconexión</b></p>
<p>Estimado cliente:</p>
<p>Su cuenta de Alliant Energy tiene un saldo vencido de <b>$214.90</b>. Por la emergencia de calor, su servicio eléctrico será desconectado en las próximas 12 horas si no realiza el pago.</p>
<p>Pague ahora con tarjeta para evitar el corte: <a href="http://alliant-pagos.co/pago?c={r.alnum(12)}">alliantenergy.com/pago</a></p>
<p>Departamento de Cobranza<br>Alliant Energy</p>
</body></html>
"""
    h = [f"From: =?iso-8859-1?Q?Alliant_Energy_-_Cobranza?= <{a}>", f"To: {CC_ADDR}",
         enc_header("Subject", "Aviso final: su servicio será desconectado hoy", how="B", charset="iso-8859-1"),
         f"Date: {rfc_date(t)}", f"Message-ID: <{r.hex(20)}@alliant-pagos.co>", "MIME-Version: 1.0"]
    return message(env + h, Leaf("text/html", html, "iso-8859-1", "base64"))


@M("M19", "automated: spam (gift card survey)", "customercare", "2026-06-29 16:45:51", "bulk mailer",
   "survey scam: 'Peak Time Savings reward' gift card")
def m19(s, r):
    t = when(s["when"], -7)
    a = f"rewards@{r.alnum(6).lower()}-peakrewards.top"
    ip = f"194.{r.randint(10, 250)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = our_chain(r, "customercare", a, f"mx{r.randint(1, 9)}.{a.split('@')[1]}", ip, t,
                    auth_text("", a.split("@")[1], "s1", a, ip, a.split("@")[1], r, spf="pass", dmarc="none"))
    html = f"""<html><body><center>
<h2>Congratulations, Alliant Energy customer!</h2>
<p>You have been selected for a <b>Peak Time Savings Reward</b>.</p>
<p>Answer 3 short questions about your summer energy use and claim your <b>$100 Visa Gift Card</b>.</p>
<p><a href="https://{a.split('@')[1]}/s/{r.alnum(10)}">START SURVEY</a></p>
<p style="font-size:10px;color:#999">Only 14 rewards left today. To stop receiving these, write to 1207 Delaware Ave #{r.randint(100, 999)}, Buffalo NY 14209.</p>
</center></body></html>
"""
    h = [f"From: Peak Time Savings Rewards <{a}>", f"To: {CC_ADDR}",
         "Subject: Your Peak Time Savings reward: claim your $100 Visa gift card", f"Date: {rfc_date(t)}",
         f"Message-ID: <{r.hex(24)}@{a.split('@')[1]}>", "MIME-Version: 1.0"]
    return message(env + h, Leaf("text/html", html, "utf-8", "quoted-printable"))


@M("M20", "automated: phishing (attachment)", "customercare", "2026-08-12 03:27:40", "bulk mailer",
   "phishing: AC rebate claim 'needs action' with an .htm attachment")
def m20(s, r):
    t = when(s["when"], 1)
    a = f"rebates-center@{r.alnum(7).lower()}.com"
    ip = f"91.{r.randint(10, 250)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = our_chain(r, "customercare", a, f"mail.{a.split('@')[1]}", ip, t,
                    auth_text("", None, None, a, ip, a.split("@")[1], r, spf="pass", dmarc="none"))
    claim = f"AE-{r.digits(5)}"
    txt = f"""Hello,

Your air conditioner rebate claim #{claim} could not be processed because the form is incomplete.

Please open the attached form, sign in with your Alliant Energy account and complete the missing fields within 3 days or the $75 rebate will be cancelled.

Rebate Processing Center
"""
    att = (f"<html><head><script>window.location='https://{r.alnum(9).lower()}.web.app/ae/login?c={claim}'</script>"
           f"</head><body>Loading your rebate form...</body></html>").encode()
    node = Multi("mixed", f"----=_Part_{r.randint(10**5, 10**6)}_{r.randint(10**8, 10**9)}",
                 [Leaf("text/plain", txt, "utf-8", "7bit"),
                  Leaf("text/html", att, None, "base64", params=f"; name=\"Rebate_Claim_{claim}.htm\"",
                       headers=[f"Content-Disposition: attachment; filename=\"Rebate_Claim_{claim}.htm\""])])
    h = [f"From: Alliant Energy Rebates <{a}>", f"To: {CC_ADDR}", f"Subject: Action required: rebate claim #{claim} incomplete",
         f"Date: {rfc_date(t)}", f"Message-ID: <{r.hex(18)}@{a.split('@')[1]}>", "MIME-Version: 1.0"]
    return message(env + h, node)


@M("M21", "automated: spam (SEO)", "customercare", "2026-06-18 11:08:26", "Gmail",
   "cold SEO outreach from a free-mail account")
def m21(s, r):
    t = when(s["when"], 5.5)
    a = "rankwise.digital.growth@gmail.com"
    n = r.randint(40, 180)
    env = person_env(r, "customercare", a, t, f"mail-pl1-f{n}.google.com", f"209.85.214.{n}", "gmail.com", "20230601",
                     "p=NONE sp=QUARANTINE dis=NONE")
    txt = """Hi Team,

I was checking your website alliant-energy.com and found 47 SEO errors that are stopping your site from ranking on the first page of Google for keywords like "air conditioner rebate" and "energy saving tips".

We can fix these issues and get you more traffic at a very affordable price. Can I send you a free audit report?

Waiting for your positive reply.

Regards,
Aman Verma
SEO Consultant
"""
    node = Multi("alternative", "000000000000" + r.hex(12),
                 [Leaf("text/plain", txt, "UTF-8", "7bit"),
                  Leaf("text/html", "<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div>\n", "UTF-8", "quoted-printable")])
    h = [dkim_sig(r, "gmail.com", "20230601", t, "to:subject:message-id:date:from:mime-version"), "MIME-Version: 1.0",
         f"From: Aman Verma <{a}>", f"Date: {rfc_date(t)}", f"Message-ID: <CA{r.b64(40).replace('/', '_')}@mail.gmail.com>",
         "Subject: Website ranking issue - alliant-energy.com", f"To: {CC_ADDR}"]
    return message(env + h, node)


# ================================================================== vendors and notifications

@M("M22", "automated: vendor report (mail house suppression)", "powerhousecatalog", "2026-07-30 16:12:09", "vendor system",
   "mail house merge/purge report: full of 'do-not-share' and 'suppression' words, but not a request", "catalog:PH-2608-BTS")
def m22(s, r):
    t = when(s["when"])
    a = "dataservices@lakeshoredirect.com"
    ip = f"208.{r.randint(60, 90)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "powerhousecatalog", a, t, "mta2.lakeshoredirect.com", ip, "lakeshoredirect.com", "ld1")
    job = f"LD-{r.digits(5)}"
    txt = f"""LAKESHORE DIRECT - MERGE/PURGE COMPLETE

Client:    PowerHouse Catalog
Job:       {job}  (PH-2608-BTS Back-to-School drop)
Run date:  07/30/2026

Input records ................. 412,806
Internal do-not-mail .......... 1,877
Do-not-share flag (rental) .... 4,118   (excluded from list rental output only)
DMAchoice suppression ......... 22,904
NCOA moves applied ............ 3,306
Deceased suppression .......... 611
Duplicates removed ............ 9,442
Final mail file ............... 370,548

Rental/exchange output file was produced WITHOUT do-not-share records, per client instructions.

Files are available on the SFTP site under /outbound/powerhouse/{job}/ for 14 days.

This is an automated message from the Lakeshore Direct job scheduler. Replies to this address are not monitored.
"""
    h = [f"From: Lakeshore Direct Data Services <{a}>", f"To: {PH_ADDR}", f"Cc: acctmgr-powerhouse@lakeshoredirect.com",
         f"Subject: [{job}] Merge/purge complete - PowerHouse Back-to-School 2026", f"Date: {rfc_date(t)}",
         f"Message-ID: <{job}.{r.hex(12)}@scheduler.lakeshoredirect.com>", "MIME-Version: 1.0",
         "X-Mailer: LDJobScheduler 4.2"]
    return message(env + h, Leaf("text/plain", txt, "us-ascii", "7bit"))


@M("M23", "automated: system notification (CRM export)", "customercare", "2026-07-01 06:00:14", "CRM",
   "scheduled CRM export notice for the opt-out report")
def m23(s, r):
    t = when(s["when"])
    a = "noreply@notify.relatehub.com"
    ip = f"13.{r.randint(50, 60)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "customercare", a, t, f"o{r.randint(1, 9)}.notify.relatehub.com", ip, "notify.relatehub.com", "rh1",
                     mailfrom=f"bounce-{r.hex(12)}@notify.relatehub.com")
    txt = """Your scheduled export is ready

Report:   Privacy opt-outs - June 2026
Rows:     1,284
Format:   CSV
Scheduled by: Customer Care Privacy Team

Download (link expires in 7 days):
https://alliantenergy.relatehub.com/exports/d/7f3c1a90e2

You are receiving this because you are subscribed to this scheduled export. Manage subscriptions in RelateHub > Reports > Schedules.
"""
    html = "<html><body style=\"font-family:Arial\">" + "".join(f"<p>{l.replace(chr(10), '<br>')}</p>" for l in txt.split("\n\n")) + "</body></html>"
    node = Multi("alternative", f"__{r.hex(24)}__", [Leaf("text/plain", txt, "UTF-8", "7bit"),
                                                     Leaf("text/html", html, "UTF-8", "7bit")])
    h = [f"From: RelateHub <{a}>", f"To: {CC_ADDR}", "Subject: Your scheduled export \"Privacy opt-outs - June 2026\" is ready",
         f"Date: {rfc_date(in_off(t, 0))}", f"Message-ID: <{r.uuid()}@notify.relatehub.com>", "MIME-Version: 1.0",
         "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    return message(env + h, node)


@M("M24", "automated: system notification (e-mail platform report)", "customercare", "2026-06-03 09:15:00",
   "e-mail platform", "our e-mail platform's campaign report (unsubscribe counts), not a request", "promo:AE-2606-AC")
def m24(s, r):
    t = when(s["when"])
    a = "reports@sendwell.io"
    ip = f"149.72.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "customercare", a, t, f"o{r.randint(1, 30)}.ptr{r.randint(1000, 9999)}.sendwell.io", ip, "sendwell.io", "s1",
                     mailfrom=f"bounces+{r.digits(7)}-{r.hex(4)}={'customercare=alliant-energy.com'}@em.sendwell.io")
    txt = """Campaign report: Beat the heat: $75 back on a new central air conditioner
Campaign ID: AE-2606-AC   Sent: Jun 2, 2026 9:14 AM CDT

Recipients ........ 41,880
Delivered ......... 41,220 (98.4%)
Bounced ........... 660
Opens (unique) .... 14,906 (36.2%)
Clicks (unique) ... 1,341 (3.3%)
Unsubscribes ...... 612 (1.5%)
Spam complaints ... 19

View the full report: https://app.sendwell.io/c/AE-2606-AC/report
"""
    html = "<html><body><pre style=\"font-family:Menlo,monospace\">" + txt + "</pre></body></html>"
    node = Multi("alternative", r.hex(40), [Leaf("text/plain", txt, "us-ascii", "7bit"),
                                            Leaf("text/html", html, "us-ascii", "7bit")])
    h = [f"From: Sendwell Reports <{a}>", f"To: {CC_ADDR}",
         "Subject: 24-hour report: Beat the heat: $75 back on a new central air conditioner",
         f"Date: {rfc_date(in_off(t, 0))}", f"Message-ID: <{r.b64(22).replace('/', '_')}@geopod-ismtpd-{r.randint(1, 30)}>",
         "MIME-Version: 1.0", "Auto-Submitted: auto-generated", "Precedence: bulk"]
    return message(env + h, node)


@M("M25", "automated: vendor notification (printer proof)", "powerhousecatalog", "2026-07-14 15:41:37", "printer's system",
   "printer's proof-ready notice for the back-to-school catalog, with a PDF", "catalog:PH-2608-BTS")
def m25(s, r):
    t = when(s["when"])
    a = "proofs@mississippiprintco.com"
    ip = f"64.{r.randint(60, 90)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "powerhousecatalog", a, t, "smtp.mississippiprintco.com", ip, "mississippiprintco.com", "mpc")
    txt = """A new proof is ready for your approval.

Job:        26-1187  PowerHouse Back-to-School 2026 (32 pp + cover)
Proof:      Round 2 (soft proof, attached) - pages 1-8
Due back:   Friday, July 17, 5:00 PM CT to hold the 8/3 in-home date

Approve or request changes in ProofPortal:
https://proofs.mississippiprintco.com/j/26-1187

Mississippi Print Co. Prepress
"""
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    node = Multi("mixed", f"----=_NextPart_{r.hex(8)}", [
        Leaf("text/plain", txt, "us-ascii", "7bit"),
        Leaf("application/pdf", pdf, None, "base64", params="; name=\"26-1187_R2_p1-8.pdf\"",
             headers=["Content-Disposition: attachment; filename=\"26-1187_R2_p1-8.pdf\""])])
    h = [f"From: MPC ProofPortal <{a}>", f"To: {PH_ADDR}", "Subject: Proof ready for approval: Job 26-1187 PowerHouse Back-to-School 2026 (R2)",
         f"Date: {rfc_date(t)}", f"Message-ID: <proof.26-1187.r2.{r.hex(10)}@mississippiprintco.com>", "MIME-Version: 1.0",
         "Auto-Submitted: auto-generated"]
    return message(env + h, node)


@M("M26", "automated: read receipt (of our acknowledgement)", "customercare", "2026-07-08 14:40:11", "Outlook read receipt",
   "Outlook read receipt (MDN) for our acknowledgement", "ack:CC-2026-07-00741")
def m26(s, r):
    t = when(s["when"])
    o = OURS["CC-2026-07-00741"]
    a = "jpetersen@petersenlawoffice.com"
    srv = f"CH0PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}"
    env = person_env(r, "customercare", a, t, f"mail-co1nam11on20{r.randint(50, 99)}.outbound.protection.outlook.com",
                     f"40.107.{r.randint(90, 240)}.{r.randint(10, 250)}", "petersenlawoffice.com", "selector1")
    human = f"""Your message

To: jpetersen@petersenlawoffice.com
Subject: {o['subject']}
Sent: {DOW[o['date'].weekday()]}, {MON[o['date'].month - 1]} {o['date'].day}, {o['date'].year} {ampm(o['date'])}

was read on {DOW[t.weekday()]}, {MON[t.month - 1]} {t.day}, {t.year} {ampm(t)}.
"""
    mdn = f"""Reporting-UA: {srv}.namprd17.prod.outlook.com
Final-Recipient: rfc822;jpetersen@petersenlawoffice.com
Original-Message-ID: {o['msgid']}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    node = Multi("report", f"_{r.hex(20)}_", [Leaf("text/plain", human, "us-ascii", "7bit"),
                                             Leaf("message/disposition-notification", mdn, None, "7bit")],
                 params="; report-type=disposition-notification")
    h = [f"From: Jon Petersen <{a}>", f"To: Alliant Energy Customer Care <{CC_ADDR}>",
         enc_header("Subject", "Read: " + o["subject"]), f"Date: {rfc_date(in_off(t, 0))}",
         f"Message-ID: <{r.uuid()}@{srv}.namprd17.prod.outlook.com>", f"References: {o['msgid']}",
         "X-MS-Exchange-Organization-SCL: -1", "MIME-Version: 1.0"]
    return message(env + h, node)


@M("M27", "automated: system notification (outage alert delivery)", "customercare", "2026-07-22 00:30:05",
   "our alerting system", "our own alerting system's delivery summary for the July 21 outage", "service:OUT-0721")
def m27(s, r):
    t = when(s["when"])
    txt = """ALERT DELIVERY SUMMARY

Event:        OUT-0721 (Cedar Rapids NE, feeder CR-2214)
Window:       07/21/2026 16:45 - 07/22/2026 00:15 CDT
Messages:     initial alert + 1 update

Channel   Sent     Delivered  Failed  Replies received
SMS       12,404   12,288     116     341
E-mail    3,118    3,061      57      22
Voice     894      871        23      -

E-mail replies were routed to the Reply-To mailbox (customercare). SMS STOP replies were processed by the carrier gateway.

-- alertd on alerts-app02
"""
    env = our_chain(r, "customercare", "alertd@alerts-app02.alliantenergy.com", "alerts-app02.alliantenergy.com",
                    "10.20.9.42", t, f"{CRLF}\tx-internal=pass (relay from alerts-app02.alliantenergy.com)", tls=False)
    h = [f"From: Alert System <alerts-system@notify.alliantenergy.com>", f"To: {CC_ADDR}",
         "Subject: [alertd] Delivery summary: OUT-0721", f"Date: {rfc_date(t)}",
         f"Message-ID: <alertd.OUT-0721.{r.hex(8)}@alerts-app02.alliantenergy.com>", "MIME-Version: 1.0",
         "Auto-Submitted: auto-generated", "Precedence: bulk"]
    return message(env + h, Leaf("text/plain", txt, "us-ascii", "7bit"))


@M("M28", "automated: e-signature notification", "customercare", "2026-07-01 13:18:44", "e-signature service",
   "e-signature request from the county fair (a sponsorship agreement): notification mail, not a request")
def m28(s, r):
    t = when(s["when"])
    a = "notifications@signbridge.com"
    ip = f"54.{r.randint(1, 250)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "customercare", a, t, f"mta{r.randint(1, 20)}.signbridge.com", ip, "signbridge.com", "sb2",
                     mailfrom=f"bounce+{r.hex(10)}@mail.signbridge.com")
    txt = """Brenda Schaefer (Benton County Fair Association) sent you a document to review and sign.

Document: 2026 Fair Sponsorship Agreement - Cooling Tent
Message from sender: "Thank you for considering us! Please review and sign by July 10."

REVIEW DOCUMENT
https://app.signbridge.com/s/9Kq2xW7r

Do not share this e-mail. It contains a secure link to SignBridge.
"""
    html = "<html><body style=\"font-family:Helvetica\">" + "".join(f"<p>{l.replace(chr(10), '<br>')}</p>" for l in txt.split("\n\n")) + "</body></html>"
    node = Multi("alternative", f"b1_{r.hex(32)}", [Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                                    Leaf("text/html", html, "utf-8", "quoted-printable")])
    h = [f"From: Brenda Schaefer via SignBridge <{a}>", f"Reply-To: Brenda Schaefer <bschaefer.bcfair@gmail.com>",
         f"To: {CC_ADDR}", "Subject: Please sign: 2026 Fair Sponsorship Agreement - Cooling Tent",
         f"Date: {rfc_date(in_off(t, 0))}", f"Message-ID: <{r.hex(32)}@signbridge.com>", "MIME-Version: 1.0",
         "Auto-Submitted: auto-generated"]
    return message(env + h, node)


# ================================================================== sales and solicitation

@M("M29", "automated: cold sales (solar)", "customercare", "2026-06-25 10:22:31", "Outlook 16",
   "solar salesperson's partnership pitch; a person wrote it, but it is cold sales")
def m29(s, r):
    t = when(s["when"])
    a = "tyler@sunpeaksolar.com"
    env = person_env(r, "customercare", a, t, f"mail-mw2nam12on20{r.randint(50, 99)}.outbound.protection.outlook.com",
                     f"40.107.{r.randint(90, 240)}.{r.randint(10, 250)}", "sunpeaksolar.com", "selector1")
    txt = """Hi there,

With bills spiking this summer, a lot of your customers are asking about solar. SunPeak Solar has installed over 1,200 systems across eastern Iowa and we'd love to talk about a referral partnership - customers you send our way get a free site assessment, and we handle all the interconnection paperwork with your team.

Do you have 15 minutes next week? I'm also happy to drop off some info at your Cedar Rapids office.

Best,
Tyler Brandvold
Business Development | SunPeak Solar
(319) 555-0157
"""
    html = ("<html><body><div class=WordSection1>" + "".join(f"<p class=MsoNormal>{l or '&nbsp;'}</p>" for l in txt.split("\n"))
            + "</div></body></html>")
    node = Multi("alternative", f"----=_NextPart_000_{r.hex(4, True)}_{r.hex(8, True)}.{r.hex(8, True)}",
                 [Leaf("text/plain", txt, "us-ascii", "7bit"), Leaf("text/html", html, "us-ascii", "quoted-printable")])
    h = [f"From: Tyler Brandvold <{a}>", f"To: {CC_ADDR}", "Subject: Referral partnership for your customers with high summer bills",
         f"Date: {rfc_date(t)}", f"Message-ID: <{r.hex(12)}${r.hex(8)}${r.hex(8)}$@sunpeaksolar.com>", "MIME-Version: 1.0",
         "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AQ{r.b64(30)}", "Content-Language: en-us"]
    return message(env + h, node)


@M("M30", "automated: cold sales (HVAC contractor)", "customercare", "2026-07-09 08:50:17", "Gmail",
   "HVAC company asking to be added to the rebate contractor list and pitching its services: cold sales")
def m30(s, r):
    t = when(s["when"])
    a = "crcomfortpros@gmail.com"
    n = r.randint(40, 180)
    env = person_env(r, "customercare", a, t, f"mail-oi1-f{n}.google.com", f"209.85.167.{n}", "gmail.com", "20230601",
                     "p=NONE sp=QUARANTINE dis=NONE")
    txt = """Hello Alliant Energy,

Cedar Rapids Comfort Pros offers 24/7 AC repair and same-week installation on Carrier, Trane and Goodman systems. With the heat this week we are booking fast!

We would like to be added to your list of rebate contractors so your customers can find us. We also offer a $100 discount to any Alliant customer who mentions this email.

Call or text 319-555-0193
www.crcomfortpros.com
"""
    node = Multi("alternative", "000000000000" + r.hex(12),
                 [Leaf("text/plain", txt, "UTF-8", "7bit"),
                  Leaf("text/html", "<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div>\n", "UTF-8", "quoted-printable")])
    h = [dkim_sig(r, "gmail.com", "20230601", t, "to:subject:message-id:date:from:mime-version"), "MIME-Version: 1.0",
         f"From: Comfort Pros HVAC <{a}>", f"Date: {rfc_date(t)}", f"Message-ID: <CA{r.b64(40).replace('/', '_')}@mail.gmail.com>",
         "Subject: Add us to your AC rebate contractor list!", f"To: {CC_ADDR}"]
    return message(env + h, node)


@M("M31", "automated: list broker", "powerhousecatalog", "2026-06-08 11:35:49", "broker's e-mail platform",
   "list broker's summer rental offer to the catalog: bulk sales mail")
def m31(s, r):
    t = when(s["when"], -4)
    a = "dwhitfield@meridianlistgroup.com"
    ip = f"198.2.{r.randint(128, 190)}.{r.randint(1, 250)}"
    env = person_env(r, "powerhousecatalog", a, t, f"mail{r.randint(1, 200)}.suw{r.randint(11, 99)}.mcdlv.net", ip,
                     "meridianlistgroup.com", "k2", mailfrom=f"bounce-mc.us{r.randint(1, 21)}_{r.digits(8)}.{r.digits(6)}-{r.hex(10)}@mail{r.randint(1, 200)}.mcdlv.net")
    txt = """SUMMER LIST RENTAL SPECIAL

Hi PowerHouse team,

Reach new buyers before the holiday catalog season. This month only, 20% off these files:

- New Movers - Upper Midwest (1.4M, updated weekly)
- DIY Homeowners - Home Improvement Buyers (862K)
- Catalog Buyers - Home & Garden, 12-month hotline (515K)

$95/M base, selects available. Net-name arrangements on orders over 50M.

Reply to this e-mail or call me at 212-555-0140 to reserve counts.

Dana Whitfield
Meridian List Group

You are receiving this because you are a list buyer contact. Unsubscribe: https://meridianlistgroup.us21.list-manage.com/unsubscribe?u=3f1&id=9a2
"""
    html = "<html><body>" + "".join(f"<p>{l.replace(chr(10), '<br>')}</p>" for l in txt.split("\n\n")) + "</body></html>"
    node = Multi("alternative", f"_----------={r.digits(20)}", [Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                                                Leaf("text/html", html, "utf-8", "quoted-printable")])
    h = [f"From: Dana Whitfield <{a}>", f"Reply-To: Dana Whitfield <{a}>", f"To: PowerHouse Catalog <{PH_ADDR}>",
         "Subject: Summer list rental special: New Movers, DIY Homeowners & Catalog Buyers", f"Date: {rfc_date(t)}",
         f"Message-ID: <{r.hex(20)}@meridianlistgroup.com>", "MIME-Version: 1.0", "Precedence: bulk",
         "List-Unsubscribe: <https://meridianlistgroup.us21.list-manage.com/unsubscribe?u=3f1&id=9a2>",
         f"X-Mailer: Mailchimp Mailer - **CID{r.hex(10)}**"]
    return message(env + h, node)


@M("M32", "automated: list co-op invitation", "powerhousecatalog", "2026-08-19 09:27:03", "Outlook 16",
   "co-op database invitation to exchange the house file; uses 'exchange' and 'do-not-share' words; sales, not a request")
def m32(s, r):
    t = when(s["when"], -6)
    a = "membership@heartlandcatalogcoop.com"
    env = person_env(r, "powerhousecatalog", a, t, f"mail-ch1nam02on20{r.randint(50, 99)}.outbound.protection.outlook.com",
                     f"40.107.{r.randint(90, 240)}.{r.randint(10, 250)}", "heartlandcatalogcoop.com", "selector1")
    txt = """Dear PowerHouse Catalog team,

The Heartland Catalog Cooperative is inviting a small number of regional catalogers to join our transactional database for the 2026 holiday season.

Members contribute their house file (names, postal addresses and 24-month transaction data) and receive modeled prospect names from 140+ other catalogs in exchange. Members' do-not-share flags and DMAchoice suppressions are honored on every output; customers who opted out of exchange are never contributed.

Would you have time for a call in the next two weeks? The fall contribution deadline is September 15.

Kind regards,
Renee Albrecht
Membership Director, Heartland Catalog Cooperative
(402) 555-0129
"""
    html = ("<html><body><div class=WordSection1>" + "".join(f"<p class=MsoNormal>{l or '&nbsp;'}</p>" for l in txt.split("\n"))
            + "</div></body></html>")
    node = Multi("alternative", f"----=_NextPart_000_{r.hex(4, True)}_{r.hex(8, True)}.{r.hex(8, True)}",
                 [Leaf("text/plain", txt, "us-ascii", "7bit"), Leaf("text/html", html, "us-ascii", "quoted-printable")])
    h = [f"From: Renee Albrecht <{a}>", f"To: {PH_ADDR}", "Subject: Invitation: join the Heartland Catalog Cooperative for holiday 2026",
         f"Date: {rfc_date(t)}", f"Message-ID: <{r.hex(12)}${r.hex(8)}${r.hex(8)}$@heartlandcatalogcoop.com>",
         "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AQ{r.b64(30)}", "Content-Language: en-us"]
    return message(env + h, node)


@M("M33", "automated: solicitation (county fair sponsorship)", "customercare", "2026-06-03 20:40:55", "Gmail",
   "a county fair volunteer asks for a sponsorship: a person's solicitation, not a privacy request or customer question")
def m33(s, r):
    t = when(s["when"])
    a = "bschaefer.bcfair@gmail.com"
    n = r.randint(40, 180)
    env = person_env(r, "customercare", a, t, f"mail-yb1-f{n}.google.com", f"209.85.219.{n}", "gmail.com", "20230601",
                     "p=NONE sp=QUARANTINE dis=NONE")
    txt = """Hello,

I'm on the board of the Benton County Fair Association in Vinton. Our fair runs July 22-26, and with the heat the last few summers we set up a cooling tent with fans, misters and free water for fairgoers and 4-H families.

Would Alliant Energy consider sponsoring the cooling tent this year? Sponsorship levels run from $250 (banner) to $2,500 (tent naming and a booth). I'm happy to send the sponsor packet to whoever handles community giving.

Thank you for everything your crews do,
Brenda Schaefer
Benton County Fair Association
(319) 555-0177
"""
    node = Multi("alternative", "000000000000" + r.hex(12),
                 [Leaf("text/plain", txt, "UTF-8", "7bit"),
                  Leaf("text/html", "<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div>\n", "UTF-8", "quoted-printable")])
    h = [dkim_sig(r, "gmail.com", "20230601", t, "to:subject:message-id:date:from:mime-version"), "MIME-Version: 1.0",
         f"From: Brenda Schaefer <{a}>", f"Date: {rfc_date(t)}", f"Message-ID: <CA{r.b64(40).replace('/', '_')}@mail.gmail.com>",
         "Subject: Sponsorship - Benton County Fair cooling tent", f"To: {CC_ADDR}"]
    return message(env + h, node)


# ================================================================== lists, newsletters, calendar, challenge

@M("M34", "automated: mailing-list post", "customercare", "2026-07-24 14:05:22", "Google Groups",
   "a mailing-list post (Google Groups) the mailbox is subscribed to")
def m34(s, r):
    t = when(s["when"])
    a = "kfrisch@easterniowarec.coop"
    n = r.randint(40, 180)
    env = our_chain(r, "customercare", f"ia-energy-efficiency+bncBC{r.alnum(30)}@googlegroups.com",
                    f"mail-ot1-f{n}.google.com", f"209.85.210.{n}", t,
                    auth_text("", "googlegroups.com", "20230601", f"ia-energy-efficiency+bncB@googlegroups.com",
                              f"209.85.210.{n}", "easterniowarec.coop", r, dmarc="pass"))
    txt = """Hi all,

After this week's heat, we ran three demand response events (Mon-Wed) and saw about 11% load reduction from enrolled thermostats, but only 4% from the behavioral (no-device) group. Is anyone willing to share numbers from their peak-time programs? Especially curious how your opt-out rates looked after the third consecutive event.

Happy to summarize for the list.

Kurt Frisch
Energy Services, Eastern Iowa REC

-- 
You received this message because you are subscribed to the Google Groups "Iowa Energy Efficiency Practitioners" group.
To unsubscribe from this group and stop receiving emails from it, send an email to ia-energy-efficiency+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/ia-energy-efficiency/CAF{r.alnum(30)}%40mail.gmail.com.
"""
    node = Multi("alternative", "000000000000" + r.hex(12),
                 [Leaf("text/plain", txt, "UTF-8", "7bit"),
                  Leaf("text/html", "<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div>\n", "UTF-8", "quoted-printable")])
    h = [f"X-BeenThere: ia-energy-efficiency@googlegroups.com", "MIME-Version: 1.0",
         f"From: Kurt Frisch <{a}>", f"Date: {rfc_date(t)}",
         f"Message-ID: <CAF{r.b64(36).replace('/', '_')}@mail.gmail.com>",
         "Subject: [ia-energy-efficiency] Heat wave DR results - anyone sharing numbers?",
         "To: Iowa Energy Efficiency Practitioners <ia-energy-efficiency@googlegroups.com>",
         f"Reply-To: ia-energy-efficiency@googlegroups.com", "Precedence: list", "Mailing-list: list ia-energy-efficiency@googlegroups.com; contact ia-energy-efficiency+owners@googlegroups.com",
         "List-ID: <ia-energy-efficiency.googlegroups.com>", "X-Spam-Checked-In-Group: kfrisch@easterniowarec.coop",
         "List-Post: <https://groups.google.com/group/ia-energy-efficiency/post>, <mailto:ia-energy-efficiency@googlegroups.com>",
         "List-Help: <https://groups.google.com/support/>, <mailto:ia-energy-efficiency+help@googlegroups.com>",
         "List-Archive: <https://groups.google.com/group/ia-energy-efficiency",
         "List-Unsubscribe: <mailto:googlegroups-manage+{0}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/ia-energy-efficiency/subscribe>".format(r.digits(12))]
    return message(env + h, node)


@M("M35", "automated: newsletter (chamber of commerce)", "customercare", "2026-08-28 07:30:00", "newsletter platform",
   "a chamber of commerce newsletter with its own List-Unsubscribe")
def m35(s, r):
    t = when(s["when"])
    a = "news@crmetrochamber.org"
    ip = f"192.28.{r.randint(144, 159)}.{r.randint(1, 250)}"
    env = person_env(r, "customercare", a, t, f"mail{r.randint(1, 99)}.ccsend.com", ip, "crmetrochamber.org", "cc1",
                     mailfrom=f"{r.hex(16)}@in.constantcontact.com")
    html = """<html><body style="margin:0;background:#eeeeee"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:20px"><h1 style="color:#1d3c6e">Chamber Connection</h1><p>September 2026</p></td></tr>
<tr><td style="padding:0 20px"><h3>Ribbon cuttings this month</h3><p>Welcome to our newest members: Prairie Cup Coffee, Lindale Dental Group and Hawkeye Mobile Detailing.</p>
<h3>Business After Hours - Sept 17</h3><p>Hosted by Alliant Energy at the Cedar Rapids Energy Center, 5-7 p.m. Register online.</p>
<h3>Back-to-school supply drive</h3><p>Thank you to the 42 member businesses who collected supplies for Cedar Rapids Community Schools.</p></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#777">Cedar Rapids Metro Chamber | 501 1st St SE | Cedar Rapids, IA 52401<br>
<a href="https://visitor.constantcontact.com/do?p=un&amp;m=001abc">Unsubscribe customercare@alliant-energy.com</a> | Update Profile | Constant Contact Data Notice</td></tr>
</table></body></html>
"""
    txt = """Chamber Connection - September 2026

Ribbon cuttings this month: Prairie Cup Coffee, Lindale Dental Group and Hawkeye Mobile Detailing.
Business After Hours - Sept 17, hosted by Alliant Energy at the Cedar Rapids Energy Center, 5-7 p.m.
Back-to-school supply drive: thank you to the 42 member businesses who collected supplies.

Cedar Rapids Metro Chamber | 501 1st St SE | Cedar Rapids, IA 52401
Unsubscribe customercare@alliant-energy.com: https://visitor.constantcontact.com/do?p=un&m=001abc
"""
    node = Multi("alternative", f"----=_Part_{r.randint(10**6, 10**7)}_{r.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
                 [Leaf("text/plain", txt, "utf-8", "quoted-printable"), Leaf("text/html", html, "utf-8", "quoted-printable")])
    h = [f"From: Cedar Rapids Metro Chamber <{a}>", f"Reply-To: info@crmetrochamber.org", f"To: {CC_ADDR}",
         "Subject: Chamber Connection | September 2026", f"Date: {rfc_date(t)}",
         f"Message-ID: <{r.digits(10)}.{r.digits(13)}.{r.digits(13)}@ccsend.com>", "MIME-Version: 1.0",
         "List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un&m=001abc>, <mailto:unsubscribe-001abc@ccsend.com>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "X-Campaign: 1138294417",
         "X-Roving-Id: 1138294417.1102"]
    return message(env + h, node)


@M("M36", "automated: newsletter (trade press)", "customercare", "2026-07-22 05:45:12", "newsletter platform",
   "a trade-press daily newsletter")
def m36(s, r):
    t = when(s["when"], -4)
    a = "daily@gridweek.news"
    ip = f"159.135.{r.randint(224, 239)}.{r.randint(1, 250)}"
    env = person_env(r, "customercare", a, t, f"m{r.randint(1, 200)}.mailgun.net", ip, "gridweek.news", "mg",
                     mailfrom=f"bounce+{r.hex(6)}.{r.hex(10)}-customercare=alliant-energy.com@mg.gridweek.news")
    txt = """GridWeek Daily - Wednesday, July 22, 2026

TOP STORY: Heat dome pushes MISO to an all-time peak
MISO set a new peak demand record Tuesday afternoon as temperatures topped 100 F across Iowa, Illinois and Wisconsin. Several utilities called demand response events and reported scattered heat-related equipment failures.

ALSO TODAY
- FERC staff report on summer reliability
- Wisconsin PSC opens docket on data-center tariffs
- Smart thermostat programs: what worked in June

You are subscribed as customercare@alliant-energy.com. Manage preferences or unsubscribe: https://gridweek.news/u/8c1d
"""
    node = Multi("alternative", r.hex(32), [Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                            Leaf("text/html", "<html><body>" + txt.replace("\n", "<br>\n") + "</body></html>", "utf-8", "quoted-printable")])
    h = [f"From: GridWeek Daily <{a}>", f"To: {CC_ADDR}", "Subject: Heat dome pushes MISO to an all-time peak",
         f"Date: {rfc_date(in_off(t, 0))}", f"Message-ID: <{r.hex(20)}@gridweek.news>", "MIME-Version: 1.0",
         "List-Id: GridWeek Daily <daily.gridweek.news>", "List-Unsubscribe: <https://gridweek.news/u/8c1d>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]
    return message(env + h, node)


@M("M37", "automated: calendar invitation", "customercare", "2026-07-13 16:02:40", "Google Calendar",
   "calendar invitation (text/calendar) from county emergency management")
def m37(s, r):
    t = when(s["when"])
    a = "emergencymgmt.linncounty@gmail.com"
    n = r.randint(40, 180)
    env = person_env(r, "customercare", "calendar-notification@google.com", t, f"mail-sor-f{n}.google.com",
                     f"209.85.220.{n}", "google.com", "20230601", mailfrom=a)
    uid = f"{r.alnum(26).lower()}@google.com"
    txt = """Cooling center coordination call
Thursday Jul 16, 2026 ⋅ 10am – 10:30am (Central Time - Chicago)

Join by phone: (US) +1 319-555-0108 PIN: 482 913#

Agenda: cooling center hours during the heat advisory, transportation for seniors, utility outage contacts.

Organizer: Linn County Emergency Management

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260716T150000Z
DTEND:20260716T153000Z
DTSTAMP:{in_off(t, 0).strftime('%Y%m%dT%H%M%SZ')}
ORGANIZER;CN=Linn County Emergency Management:mailto:{a}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN={CC_ADDR};X-NUM-GUESTS=0:mailto:{CC_ADDR}
DESCRIPTION:Agenda: cooling center hours during the heat advisory\\, transpo
 rtation for seniors\\, utility outage contacts.
LOCATION:Phone: +1 319-555-0108 PIN 482913#
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cooling center coordination call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    alt = Multi("alternative", "000000000000" + r.hex(12), [
        Leaf("text/plain", txt, "UTF-8", "quoted-printable"),
        Leaf("text/html", "<html><body>" + txt.replace("\n", "<br>") + "</body></html>", "UTF-8", "quoted-printable"),
        Leaf("text/calendar", ics, "UTF-8", "7bit", params="; method=REQUEST")])
    node = Multi("mixed", "000000000000" + r.hex(12), [alt, Leaf("application/ics", ics.encode(), None, "base64",
                                                                params="; name=\"invite.ics\"",
                                                                headers=["Content-Disposition: attachment; filename=\"invite.ics\""])])
    h = [dkim_sig(r, "google.com", "20230601", t, "to:from:subject:date:message-id:reply-to:sender:mime-version"),
         f"Reply-To: Linn County Emergency Management <{a}>", f"Sender: Google Calendar <calendar-notification@google.com>",
         f"Message-ID: <calendar-{r.uuid()}@google.com>", f"Date: {rfc_date(in_off(t, 0), 'zero')}",
         "Subject: Invitation: Cooling center coordination call @ Thu Jul 16, 2026 10am - 10:30am (CDT) (customercare@alliant-energy.com)",
         f"From: Linn County Emergency Management <{a}>", f"To: {CC_ADDR}", "MIME-Version: 1.0"]
    return message(env + h, node)


@M("M38", "automated: challenge-response", "powerhousecatalog", "2026-06-16 08:32:26", "challenge-response service",
   "challenge-response filter asks us to verify before the Summer Sale e-mail is delivered", "catalog:PH-2606-SS")
def m38(s, r):
    t = when(s["when"])
    o = OURS["PH-2606-SS"]
    a = "verify@mailguardian-cr.com"
    ip = f"64.{r.randint(90, 99)}.{r.randint(1, 250)}.{r.randint(1, 250)}"
    env = person_env(r, "powerhousecatalog", a, t, "out.mailguardian-cr.com", ip, "mailguardian-cr.com", "mg1",
                     mailfrom="")
    env[0] = "Return-Path: <>"
    txt = f"""Hello,

I'm protecting myself from receiving junk mail. Your message to glen.vankirk@tds.net has been held.

To deliver your message, please click the link below and type the characters you see. You only need to do this once.

https://verify.mailguardian-cr.com/c/{r.alnum(24)}

Held message: "{o['subject']}"

This is an automated message from MailGuardian on behalf of glen.vankirk@tds.net.
"""
    h = [f"From: \"glen.vankirk@tds.net (MailGuardian)\" <{a}>", f"To: {PH_ADDR}",
         enc_header("Subject", "Please verify your message: " + o["subject"]), f"Date: {rfc_date(t)}",
         f"Message-ID: <cr.{r.hex(20)}@mailguardian-cr.com>", f"In-Reply-To: {o['msgid']}", "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0"]
    return message(env + h, Leaf("text/plain", txt, "us-ascii", "7bit"))
