"""Machine mail: auto-replies (some answering our acknowledgement: loop traps), bounces with long transcripts,
newsletters and list traffic, vendor and system reports, a calendar invitation, a read receipt, cold sales and phishing."""
import base64, datetime as dt, io, zipfile
from lib import *  # noqa
from lib import local_to_utc as L
import ours
import programs as P

M = []
A = M.append


# ---------------------------------------------------------------- helpers
def our_raw(camp, to_name, to_addr, token5, rng):
    """Our own outgoing promo as it left mailout01 (for bounces that return it)."""
    c = ours.CAMPAIGNS[camp]
    subj = c["subject"].replace("%s", token5) if c["token"] else c["subject"]
    tok = (c["token"] + "-" + token5) if c["token"] else None
    t = c["sent"]
    h = ["Received: from mailout01.alliant-energy.com (mailout01.alliant-energy.com [10.40.2.31])",
         "\tby mx1.alliant-energy.com (Postfix) with ESMTP id %s" % postfix_qid(rng),
         "\tfor <%s>; %s" % (to_addr, rfc_named(central(t)))]
    h += ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;",
          "\ts=mkt2024; t=%d; bh=%s=;" % (int(t.timestamp()), b64junk(rng, 43)),
          "\th=From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post;",
          "\tb=%s" % b64junk(rng, 70), "\t %s==" % b64junk(rng, 60)]
    h += fold("From", addr(*c["frm"]))
    h += fold("To", addr(to_name, to_addr))
    h += fold("Subject", subj)
    h += ["Date: %s" % rfc(central(t)), "Message-ID: %s" % ours.campaign_msgid(camp, tok),
          "List-Unsubscribe: %s" % c["lu"], "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "Precedence: bulk", "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
          "Content-Transfer-Encoding: quoted-printable"]
    return (CRLF.join(h) + CRLF + CRLF).encode() + encode_text(c["text"] + "\n", "utf-8", "quoted-printable"), subj


def ack_raw(ref, to_addr, t, rng):
    h = ["Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.1.20])",
         "\tby mx2.alliant-energy.com (Postfix) with ESMTP id %s" % postfix_qid(rng),
         "\tfor <%s>; %s" % (to_addr, rfc_named(central(t)))]
    h += ["From: Alliant Energy Customer Care <customercare@alliant-energy.com>", "To: %s" % to_addr,
          "Subject: We received your request [%s]" % ref, "Date: %s" % rfc(central(t)),
          "Message-ID: %s" % ours.ack_msgid(ref), "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
    return (CRLF.join(h) + CRLF + CRLF).encode() + encode_text(ours.ACK_TEXT.format(ref=ref) + "\n", "utf-8", "quoted-printable")


def finish(spec, rng, helo, ip, au, hdrs, body, rp, helo_desc=None):
    env = P.envelope(rng, spec["rcpt"], rp, helo, ip, spec["t"], au, helo_desc=helo_desc)
    return assemble(env + hdrs, body)


def isp_ip(rng, pre):
    return "%s.%d" % (pre, rng.randint(10, 250))


# ---------------------------------------------------------------- auto-replies (via the normal programs + headers)
A(dict(
    k="auto-ooo-exchange-promo", d="2024-10-15 09:03:40", box="cc", prog="outlook_desktop", tenant="linncountyiowa.gov",
    frm=("Patricia Vogel", "pvogel@linncountyiowa.gov"), mfrom="",
    to=[("Alliant Energy", "customercare@alliant-energy.com")],
    subj="Automatic reply: Fall savings: $50 back on a smart thermostat [AE-NL-2410-20431]",
    in_reply_to=ours.campaign_msgid("thermostat", "AE-NL-2410-20431"),
    extra={"Auto-Submitted": "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress": "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop": "X-MS-Exchange-Inbox-Rules-Loop: pvogel@linncountyiowa.gov"},
    body="""Thank you for your message. I am out of the office from Monday, October 14 through Friday, October 25 for a family medical leave, with no access to e-mail.

If your message is about:
- Property tax payments: please contact the Treasurer's front counter at 319-555-0150 or treasurer@linncountyiowa.gov
- Vehicle registration: please visit the Motor Vehicle office, 935 2nd St SW, Cedar Rapids
- Anything urgent in the Auditor's Office: please contact Melissa Hurt at 319-555-0151

Messages will not be forwarded. If you still need assistance when I return, please re-send your message after October 28.

Patricia Vogel
Deputy Treasurer, Linn County

NOTICE: This e-mail, including attachments, may be a public record under Iowa Code chapter 22 and may be subject to disclosure. If you are not the intended recipient, please notify the sender and delete the message. Linn County will never ask you to provide payment card information by e-mail.
""", html=True,
    automated=True, cat="automated: auto-reply", lang="en",
    note="Exchange out-of-office (Auto-Submitted, X-Auto-Response-Suppress) answering our thermostat promo; long list of alternative contacts and a records-law disclaimer. Automated: no labels, no ack."))

A(dict(
    k="auto-headerless-no-longer-monitored", d="2024-12-03 10:05", box="cc", prog="roundcube",
    frm=("Hawkeye Bookkeeping", "office@hawkeyebookkeeping.com"), mfrom="office@hawkeyebookkeeping.com",
    to=[(None, "customercare@alliant-energy.com")],
    subj="Re: Your December Home Comfort Tips from PowerHouse",
    in_reply_to=ours.campaign_msgid("december", None),
    body="""*** THIS MAILBOX IS NO LONGER MONITORED ***

Hawkeye Bookkeeping & Tax closed permanently on June 30, 2024, after 27 years of serving families and small businesses in Johnson and Linn counties. Thank you for your trust.

- Clients needing copies of prior-year tax returns: please send a written request to Carla Benda, CPA, PO Box 2210, Iowa City, IA 52244. Requests are processed within 30 days.
- Payroll clients have been transferred to Corridor Payroll Services (319-555-0138).
- Please remove this address from your records and mailing lists. This message is sent automatically and replies are not read.

With gratitude,
Dennis and Carla Benda
""",
    automated=True, cat="automated: auto-reply", lang="en",
    note="Headerless auto-reply ('this mailbox is no longer monitored', no Auto-Submitted) to our newsletter. Its 'remove this address from your mailing lists' is canned text, not a person's request: automated."))

A(dict(
    k="auto-es-vacaciones", d="2024-12-03 10:12", box="cc", prog="outlook_com",
    frm=("Adriana Solís", "adriana.solis.ia@hotmail.com"), mfrom="",
    hdr_enc="Q", hdr_charset="iso-8859-1", charset="iso-8859-1", content_language="es-MX",
    to=[("Alliant Energy", "customercare@alliant-energy.com")],
    subj="Respuesta automática: Your December Home Comfort Tips from PowerHouse",
    in_reply_to=ours.campaign_msgid("december", None),
    extra={"Auto-Submitted": "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress": "X-Auto-Response-Suppress: All"},
    body="""Hola, gracias por su mensaje.

Estoy de vacaciones visitando a mi familia en Zacatecas del 1 de diciembre al 6 de enero, con acceso muy limitado a internet. Contestaré su correo cuando regrese.

Si es algo urgente de la iglesia (grupo de jóvenes, catecismo), por favor comuníquese con la hermana Lucía al 319-555-0166.

¡Felices fiestas y próspero año nuevo!
Adriana Solís
""",
    automated=True, cat="automated: auto-reply", lang="es",
    note="Spanish vacation auto-reply (Auto-Submitted) to our newsletter, iso-8859-1. Automated."))

A(dict(
    k="loop-ooo-to-ack", d="2024-12-09 14:21", box="cc", prog="outlook_desktop", tenant="unitypoint-ia.org",
    frm=("Sandra Mehmen", "smehmen@unitypoint-ia.org"), mfrom="",
    to=[("Alliant Energy Customer Care", "customercare@alliant-energy.com")],
    subj="Automatic reply: We received your request [CC-2024-12-00317]",
    in_reply_to=ours.ack_msgid("CC-2024-12-00317"),
    extra={"Auto-Submitted": "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress": "X-Auto-Response-Suppress: All"},
    body="""I am currently out of the office with limited access to e-mail and will return on Monday, December 16.

For patient scheduling, please call 319-555-0173. For medical records requests, please use the Release of Information form on our website. If this is a medical emergency, call 911.

Thank you,
Sandra Mehmen, RN
Care Coordination

CONFIDENTIALITY NOTICE: This message and any attachments may contain protected health information (PHI) covered by HIPAA. If you are not the intended recipient, you are hereby notified that any review, dissemination, distribution or copying of this message is strictly prohibited. If you received this in error, please notify the sender and destroy all copies.
""", html=True,
    automated=True, cat="automated: auto-reply (loop trap)", lang="en",
    note="LOOP TRAP: out-of-office answering our own acknowledgement; long HIPAA disclaimer. Automated; answering it would loop."))

A(dict(
    k="loop-yahoo-vacation-ack", d="2025-01-22 11:31:50", box="cc", prog="yahoo",
    frm=("Gerald Meyerhoff", "gmeyerhoff@yahoo.com"), mfrom="gmeyerhoff@yahoo.com",
    to=[(None, "customercare@alliant-energy.com")],
    subj="Re: We received your request [CC-2025-01-00229]",
    in_reply_to=ours.ack_msgid("CC-2025-01-00229"),
    extra={"Auto-Submitted": "Auto-Submitted: auto-replied", "X-Autoreply": "X-Autoreply: yes"},
    body="""Hi! Jerry and Pat are enjoying the sunshine in Mesa, Arizona until the middle of March. We check e-mail now and then but not every day. If it's about the house in Sumner, please call our son Brian at 563-555-0149. Otherwise we'll get back to you when we're home.

Go Hawks!
""",
    automated=True, cat="automated: auto-reply (loop trap)", lang="en",
    note="LOOP TRAP: Yahoo vacation responder answering our acknowledgement. Automated."))

A(dict(
    k="loop-helpdesk-autoack", d="2024-11-19 08:02:11", box="cc", prog="gmail", workspace=True, progname="Zendesk helpdesk",
    frm=("Cedar Valley Vet Clinic Support", "support@cedarvalleyvet.com"), mfrom="support+id48213@cedarvalleyvet.com",
    to=[("Alliant Energy Customer Care", "customercare@alliant-energy.com")],
    subj="[Request #48213] Re: We received your request [CC-2024-11-00455]",
    in_reply_to=ours.ack_msgid("CC-2024-11-00455"), html=True,
    extra={"Auto-Submitted": "Auto-Submitted: auto-replied", "X-Mailer": "X-Mailer: Zendesk Mailer",
           "X-Zendesk-From-Account-Id": "X-Zendesk-From-Account-Id: 8a41c2"},
    body="""##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Alliant Energy Customer Care, Nov 19, 2024, 8:02 AM CST

Hello,

Thank you for writing to Alliant Energy. We received your message and recorded it under reference CC-2024-11-00455.

If you asked us to stop promotional mail or e-mail, or asked the PowerHouse Catalog not to share your name with other catalog companies, we will update our records within 10 business days.

----------------------------------------------
Cedar Valley Veterinary Clinic | 2200 Kimball Ave, Waterloo, IA 50701
This email is a service from Cedar Valley Vet Support. Delivered by Zendesk
[N4KPZ2-4Y1R]
""",
    automated=True, cat="automated: auto-reply (loop trap)", lang="en",
    note="LOOP TRAP: a business's helpdesk auto-acknowledged our acknowledgement and echoes its opt-out wording. Automated; replying would start a ticket ping-pong."))


def render_challenge(spec, rng):
    t = spec["t"]
    ref = "CC-2025-01-00118"
    text = """Hello,

You (customercare@alliant-energy.com) recently sent a message to marlys.oberhauser@mchsi.com with the subject:

    "We received your request [%s]"

Marlys uses MailGatekeeper to block spam. Your message is being held until you verify that you are a real person. This only has to be done once.

To deliver your message, click the link below and type the characters you see:

    https://verify.mailgatekeeper.example/c/8821-44KQ-ZP19-aa73

If you do not verify within 7 days, your message will be deleted.

This is an automated message. Please do not reply.
MailGatekeeper - Keeping inboxes human since 2003
""" % ref
    hl, body = leaf("text/plain", text, "us-ascii", "7bit", quote_charset=False)
    helo = "mx3.mailgatekeeper.example"
    ip = isp_ip(rng, "192.0.2")
    h = ["Date: %s" % rfc(pacific(t)),
         "From: \"MailGatekeeper for marlys.oberhauser@mchsi.com\" <verify@mailgatekeeper.example>",
         "To: customercare@alliant-energy.com",
         "Subject: Please verify your message: We received your request [%s]" % ref,
         "In-Reply-To: %s" % ours.ack_msgid(ref),
         "Message-ID: <chal.%s@mailgatekeeper.example>" % rs(rng, HEX, 20),
         "Auto-Submitted: auto-replied", "Precedence: junk", "X-Challenge-ID: 8821-44KQ-ZP19-aa73",
         "MIME-Version: 1.0"] + hl
    au = P.auth(rng, "bounce-8821@mailgatekeeper.example", ip, "mailgatekeeper.example", None, None, spf="pass", dmarc="none")
    return finish(spec, rng, helo, ip, au, h, body, "bounce-8821@mailgatekeeper.example")


A(dict(k="loop-challenge-response-ack", d="2025-01-14 16:40", z="pacific", box="cc", render=render_challenge,
       prog="MailGatekeeper challenge-response", automated=True, cat="automated: auto-reply (loop trap)", lang="en",
       note="LOOP TRAP: challenge-response system holding our acknowledgement and asking us to verify. Automated; never answer."))


# ---------------------------------------------------------------- bounces
def render_postfix_dsn(spec, rng):
    t = spec["t"]
    host = "mail.prairieinet.net"
    rcpt = "hgoettsch@prairieinet.net"
    orig, _ = our_raw("thermostat", None, rcpt, "31877", rng)
    qid = postfix_qid(rng)
    b = "%s.%d/%s" % (qid, int(t.timestamp()), host)
    note = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (host, rcpt, rcpt)
    ds = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User
    unknown in virtual mailbox table
""" % (host, qid, rfc(central(t - dt.timedelta(seconds=3))), rcpt, rcpt, rcpt)
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], encode_text(note, "ascii", "7bit")),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], encode_text(ds, "ascii", "7bit")),
             (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig)]
    ct, body = multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\r\n")
    ct = ["Content-Type: multipart/report; report-type=delivery-status;", '\tboundary="%s"' % b]
    ip = isp_ip(rng, "64.132.88")
    h = ["Received: by %s (Postfix)" % host, "\tid %s; %s" % (qid, rfc_named(central(t))),
         "Date: %s" % rfc_named(central(t)), "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
         "Subject: Undelivered Mail Returned to Sender", "To: customercare@alliant-energy.com",
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + ct + [
        "Content-Transfer-Encoding: 8bit", "Message-Id: <%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), qid, host)]
    au = P.auth(rng, None, ip, host, None, None, dmarc=None)
    return finish(spec, rng, host, ip, au, h, body, "")


A(dict(k="bounce-postfix-user-unknown", d="2024-10-15 09:04:11", box="cc", render=render_postfix_dsn,
       prog="Postfix DSN", automated=True, cat="automated: bounce", lang="en",
       note="Postfix DSN returning our thermostat promo (user unknown); the returned message carries our own 'unsubscribe' footer. Automated."))


def render_exchange_ndr(spec, rng):
    t = spec["t"]
    rcpt = "d.hartwig@wapsievalleyfarms.com"
    orig, subj = our_raw("holiday", "Dale Hartwig", rcpt, "55210", rng)
    orig = orig.replace(b"customercare@", b"powerhousecatalog@")
    srv = "SN7PR14MB%d.namprd14.prod.outlook.com" % rng.randint(1000, 9999)
    b = "_%s_" % uuid_from(rng)
    htmltxt = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to d.hartwig@wapsievalleyfarms.com couldn't be delivered.</font></b></p>
<p>d.hartwig wasn't found at wapsievalleyfarms.com.</p>
<table><tr><td>powerhousecatalog</td><td>Office 365</td><td>d.hartwig</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:<br>
- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.<br>
- Retype the entire address and select Send.<br>
- If the recipient's address is in your contacts, update the contact.<br>
- Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.</p>
<p>If the problem continues, forward this message to your email admin.</p>
<p><font color="#808080" size="2">Diagnostic information for administrators:</font></p>
<p>Generating server: %s</p>
<p>d.hartwig@wapsievalleyfarms.com<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d.hartwig@wapsievalleyfarms.com not found by SMTP address lookup'</p>
<p>Original message headers:</p>
<pre>Received: from mx1.alliant-energy.com (144.92.118.7) by %s (2603:10b6:806:f6::12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.17; %s
X-MS-Exchange-Organization-ExpirationStartTime: %s
X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000
X-MS-Exchange-Organization-Network-Message-Id: %s
X-MS-Exchange-Organization-SCL: 1
X-MS-Exchange-Organization-AuthSource: %s
From: PowerHouse Catalog &lt;powerhousecatalog@alliant-energy.com&gt;
To: Dale Hartwig &lt;d.hartwig@wapsievalleyfarms.com&gt;
Subject: %s
List-Unsubscribe: &lt;mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe&gt;</pre>
</body></html>
""" % (srv, srv, rfc(t), t.strftime("%d %b %Y %H:%M:%S.0000 (UTC)"), uuid_from(rng), srv, esc(subj))
    plaintxt = """Delivery has failed to these recipients or groups:

d.hartwig@wapsievalleyfarms.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: %s

d.hartwig@wapsievalleyfarms.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d.hartwig@wapsievalleyfarms.com not found by SMTP address lookup'

Original message headers:

From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: Dale Hartwig <d.hartwig@wapsievalleyfarms.com>
Subject: %s
List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>
""" % (srv, subj)
    b2 = "_%s_" % uuid_from(rng)
    alt_ct, alt_body = multipart("alternative", b2, [leaf("text/plain", plaintxt, "us-ascii", "quoted-printable"),
                                                      leaf("text/html", htmltxt, "us-ascii", "quoted-printable")])
    ds = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mx1.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;d.hartwig@wapsievalleyfarms.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d.hartwig@wapsievalleyfarms.com not found by SMTP address lookup
""" % (srv, rfc(t))
    parts = [(alt_ct, alt_body),
             (["Content-Type: message/delivery-status"], encode_text(ds, "ascii", "7bit")),
             (["Content-Type: message/rfc822"], orig)]
    ct, body = multipart("report", b, parts)
    ct = ["Content-Type: multipart/report; report-type=delivery-status;", '\tboundary="%s"' % b]
    helo = "NAM12-MW2-obe.outbound.protection.outlook.com"
    ip = "40.107.%d.%d" % (rng.randint(200, 244), rng.randint(2, 250))
    h = ["From: postmaster@wapsievalleyfarms.onmicrosoft.com",
         "To: powerhousecatalog@alliant-energy.com",
         "Date: %s" % rfc(t.astimezone(dt.timezone(dt.timedelta(0), "UTC"))),
         "Subject: Undeliverable: %s" % subj if len(subj) < 60 else "Subject: Undeliverable:",
         ] + ([] if len(subj) < 60 else [" " + subj]) + [
        "Message-ID: <%s@%s>" % (uuid_from(rng), srv),
        "In-Reply-To: %s" % ours.campaign_msgid("holiday", "PH-2411-55210"),
        "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
        "X-MS-PublicTrafficType: Email", "MIME-Version: 1.0"] + ct
    au = P.auth(rng, None, ip, "wapsievalleyfarms.onmicrosoft.com", None, None, dmarc=None)
    return finish(spec, rng, helo, ip, au, h, body, "")


A(dict(k="bounce-exchange-ndr-holiday", d="2024-11-12 07:31:02", box="ph", render=render_exchange_ndr,
       prog="Exchange Online NDR", automated=True, cat="automated: bounce", lang="en",
       note="Exchange Online NDR for the Holiday Preview e-mail, with admin diagnostics and the original headers including our List-Unsubscribe. Automated."))


def render_gmail_bounce(spec, rng):
    t = spec["t"]
    rcpt = "mkrapfl.home@gmail.com"
    orig, subj = our_raw("assessment", None, rcpt, "0", rng)
    b = "000000000000" + rs(rng, HEX, 16)
    b2 = "000000000000" + rs(rng, HEX, 16)
    plain = """
** Address not found **

Your message wasn't delivered to mkrapfl.home@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser %s-%s.%d - gsmtp
""" % (rs(rng, HEX, 10), rs(rng, HEX, 12), rng.randint(10, 99))
    html_ = "<html><head></head><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>mkrapfl.home@gmail.com</b> because the address couldn't be found, or is unable to receive mail.</p><p>The response was:</p><p>550 5.1.1 The email account that you tried to reach does not exist.</p></body></html>\n"
    alt_ct, alt_body = multipart("alternative", b2, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                                                      leaf("text/html", html_, "UTF-8", "quoted-printable")])
    ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; mkrapfl.home@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.101.27, the server for
 the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
 not exist. Please try 550-5.1.1 double-checking the recipient's email address
 for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550
 5.1.1  https://support.google.com/mail/?p=NoSuchUser gsmtp
Last-Attempt-Date: %s
""" % (rfc(pacific(t)), rfc(pacific(t)))
    parts = [(alt_ct, alt_body), (["Content-Type: message/delivery-status"], encode_text(ds, "ascii", "7bit")),
             (["Content-Type: message/rfc822"], orig)]
    ct, body = multipart("report", b, parts)
    ct = ["Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status" % b]
    helo, ip, au, prov = P.gmail_transport(rng, dict(spec, mfrom="", frm=("", "mailer-daemon@googlemail.com")), t,
                                           ["from", "to", "auto-submitted", "subject", "references", "in-reply-to",
                                            "message-id", "date"], "googlemail.com")
    au = P.auth(rng, None, ip, "googlemail.com", "googlemail.com", "20230601")
    h = prov + ["MIME-Version: 1.0"] + ct + [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: customercare@alliant-energy.com",
        "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)",
        "References: %s" % ours.campaign_msgid("assessment", None),
        "In-Reply-To: %s" % ours.campaign_msgid("assessment", None),
        "X-Failed-Recipients: mkrapfl.home@gmail.com",
        "Message-ID: <%s.%s.%d.GMR@mx.google.com>" % (rs(rng, HEX, 10), rs(rng, ALNUM, 20), int(t.timestamp())),
        "Date: %s" % rfc(pacific(t))]
    return finish(spec, rng, helo, ip, au, h, body, "")


A(dict(k="bounce-gmail-address-not-found", d="2025-01-14 09:15:44", box="cc", render=render_gmail_bounce,
       prog="Gmail mailer-daemon", automated=True, cat="automated: bounce", lang="en",
       note="Gmail 'Address not found' DSN for the Free Home Energy Assessment promo, with the returned message and its 'Unsubscribe / opt out' footer. Automated."))


def render_qmail_bounce(spec, rng):
    t = spec["t"]
    rcpt = "oldfarmhouse1951@netins.net"
    orig, _ = our_raw("solar", None, rcpt, "0", rng)
    origtxt = orig.decode("ascii")
    text = """Hi. This is the qmail-send program at mail.netins.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<oldfarmhouse1951@netins.net>:
This mailbox has been closed. The account holder passed away in 2023 and the
family has asked that all mail be returned. Sorry.
Remote host said: 550 sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""".replace("\n", "\r\n")
    body = (text + origtxt).encode("ascii")
    h = ["Date: %s" % rfc(t.astimezone(dt.timezone(dt.timedelta(0), "UTC"))).replace("+0000", "-0000"),
         "From: MAILER-DAEMON@mail.netins.net", "To: customercare@alliant-energy.com",
         "Subject: failure notice"]
    ip = isp_ip(rng, "167.142.225")
    au = P.auth(rng, None, ip, "mail.netins.net", None, None, dmarc=None)
    h = ["Received: (qmail %d invoked for bounce); %s" % (rng.randint(10000, 99999), rfc(t.astimezone(dt.timezone(dt.timedelta(0), "UTC"))).replace("+0000", "-0000"))] + h
    return finish(spec, rng, "mail.netins.net", ip, au, h, body, "")


A(dict(k="bounce-qmail-no-mime", d="2024-09-17 09:00:58", box="cc", render=render_qmail_bounce,
       prog="qmail-send bounce", automated=True, cat="automated: bounce", lang="en",
       note="Legacy qmail bounce without MIME-Version or Message-ID; the canned text says the holder passed away, and the copied promo ends in our 'Opt out of marketing emails' line. Still automated, no request."))


def render_sendmail_delay(spec, rng):
    t = spec["t"]
    host = "smtp.frontiernet.net"
    rcpt = "kbuelow@frontiernet.net"
    qid = "4BE" + rs(rng, "0123456789", 5) + "x" + rs(rng, "0123456789", 6)
    b = "%s.%d/%s" % (qid, int(t.timestamp()), host)
    orig_h = """Received: from mailout01.alliant-energy.com (mailout01.alliant-energy.com [10.40.2.31])
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: <kbuelow@frontiernet.net>
Subject: Winter Clearance: up to 40% off heated throws & more [PH-2501-60214]
Date: Tue, 21 Jan 2025 07:30:00 -0600
Message-ID: """ + ours.campaign_msgid("clearance", "PH-2501-60214") + """
List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe&body=Please%20remove%20me%20from%20PowerHouse%20e-mail%20(PH-2501)>
"""
    note = """This is a MIME-encapsulated message

--%s

**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Tue, 21 Jan 2025 07:30:41 -0600
from mx2.alliant-energy.com [144.92.118.8]

   ----- Transcript of session follows -----
<kbuelow@frontiernet.net>... Connecting to mbox4.frontiernet.net. via esmtp...
>>> EHLO smtp.frontiernet.net
<<< 250-mbox4.frontiernet.net Hello smtp.frontiernet.net [74.40.213.18]
<<< 250-SIZE 52428800
<<< 250-8BITMIME
<<< 250 HELP
>>> MAIL From:<powerhousecatalog@alliant-energy.com> SIZE=9841 BODY=8BITMIME
<<< 250 2.1.0 <powerhousecatalog@alliant-energy.com>... Sender ok
>>> RCPT To:<kbuelow@frontiernet.net>
<<< 250 2.1.5 <kbuelow@frontiernet.net>... Recipient ok
>>> DATA
<<< 452 4.2.2 Mailbox full: kbuelow@frontiernet.net (quota 2048000K exceeded)
<kbuelow@frontiernet.net>... Deferred: 452 4.2.2 Mailbox full
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--%s
Content-Type: message/delivery-status

Reporting-MTA: dns; %s
Arrival-Date: Tue, 21 Jan 2025 07:30:41 -0600

Final-Recipient: RFC822; kbuelow@frontiernet.net
Action: delayed
Status: 4.2.2
Remote-MTA: DNS; mbox4.frontiernet.net
Diagnostic-Code: SMTP; 452 4.2.2 Mailbox full: kbuelow@frontiernet.net (quota 2048000K exceeded)
Last-Attempt-Date: %s
Will-Retry-Until: Sun, 26 Jan 2025 07:30:41 -0600

--%s
Content-Type: text/rfc822-headers

%s
--%s--
""" % (b, b, host, rfc(central(t)), b, orig_h, b)
    body = encode_text(note, "ascii", "7bit")
    h = ["Received: from localhost (localhost)", "\tby %s (8.17.2/8.17.2) id %s;" % (host, qid), "\t%s" % rfc(central(t)),
         "Date: %s" % rfc(central(t)), "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
         "Message-Id: <%s@%s>" % (qid, host), "To: <powerhousecatalog@alliant-energy.com>", "MIME-Version: 1.0",
         "Content-Type: multipart/report; report-type=delivery-status;", '\tboundary="%s"' % b,
         "Subject: Warning: could not send message for past 4 hours", "Auto-Submitted: auto-generated (warning-timeout)"]
    ip = isp_ip(rng, "74.40.213")
    au = P.auth(rng, None, ip, host, None, None, dmarc=None)
    return finish(spec, rng, host, ip, au, h, body, "")


A(dict(k="bounce-sendmail-delay-transcript", d="2025-01-21 11:31:07", box="ph", render=render_sendmail_delay,
       prog="Sendmail delay DSN", automated=True, cat="automated: bounce", lang="en",
       note="Sendmail 'warning: could not send for 4 hours' with a full SMTP transcript (mailbox full) for the Winter Clearance e-mail; the returned headers include our body=... unsubscribe link. Automated."))


def render_es_bounce_ack(spec, rng):
    t = spec["t"]
    ref = "CC-2024-12-00642"
    rcpt = "familia.zepeda@prodigy.net.mx"
    orig = ack_raw(ref, rcpt, t - dt.timedelta(seconds=40), rng)
    b = "----=_NextPart_%s" % rs(rng, "0123456789ABCDEF", 24)
    note = """Este es un mensaje automático del sistema de correo.

No fue posible entregar su mensaje a uno o más destinatarios.

    familia.zepeda@prodigy.net.mx
    El buzón de correo no existe o fue dado de baja.
    (550 5.1.1 Mailbox unavailable / buzón no disponible)

El mensaje original se adjunta a continuación.

--
Servicio de correo - Soporte técnico
"""
    ds = """Reporting-MTA: dns; mx-in04.prodigy.net.mx
Arrival-Date: %s

Final-Recipient: rfc822; familia.zepeda@prodigy.net.mx
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox unavailable
""" % rfc(t)
    parts = [leaf("text/plain", note, "iso-8859-1", "quoted-printable"),
             (["Content-Type: message/delivery-status"], encode_text(ds, "ascii", "7bit")),
             (["Content-Type: message/rfc822"], orig)]
    ct, body = multipart("report", b, parts)
    ct = ["Content-Type: multipart/report; report-type=delivery-status;", '\tboundary="%s"' % b]
    h = ["From: Sistema de entrega de correo <postmaster@prodigy.net.mx>", "To: customercare@alliant-energy.com",
         "Subject: %s" % hdr_text("Mensaje no entregado: We received your request [%s]" % ref, "iso-8859-1", "Q")
         if False else "Subject: Mensaje no entregado / Undeliverable: We received your request [%s]" % ref,
         "Date: %s" % rfc(t.astimezone(dt.timezone(dt.timedelta(hours=-6), "CST"))),
         "Message-ID: <dsn.%s@mx-in04.prodigy.net.mx>" % rs(rng, HEX, 16),
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + ct
    ip = isp_ip(rng, "200.33.150")
    au = P.auth(rng, None, ip, "prodigy.net.mx", None, None, dmarc=None)
    return finish(spec, rng, "mx-in04.prodigy.net.mx", ip, au, h, body, "")


A(dict(k="bounce-es-ack-prodigy", d="2024-12-17 18:02:30", box="cc", render=render_es_bounce_ack,
       prog="ISP DSN (Spanish)", automated=True, cat="automated: bounce", lang="es",
       note="Spanish-language DSN returning our own acknowledgement (whose text mentions opting out and sharing). Automated, never a request."))


# ---------------------------------------------------------------- newsletters and list traffic
def bulk(spec, rng, frm, subj, text, html_, list_id, lu, esp_host, esp_dom, extra_h=(), charset="utf-8", html_only=False):
    t = spec["t"]
    b = "_----------=_%d%d" % (int(t.timestamp()), rng.randint(100000, 999999))
    if html_only:
        ct, body = leaf("text/html", html_, charset, "quoted-printable")
    else:
        ct, body = multipart("alternative", b, [leaf("text/plain", text, charset, "quoted-printable"),
                                                 leaf("text/html", html_, charset, "quoted-printable")])
    ip = "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(2, 250))
    mfrom = "bounce-mc.us%d_%d.%d-customercare=alliant-energy.com@%s" % (rng.randint(1, 21), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7), esp_dom)
    h = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % esp_dom,
         "\ts=k1; t=%d; bh=%s=;" % (int(t.timestamp()), b64junk(rng, 43)),
         "\th=Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version;",
         "\tb=%s" % b64junk(rng, 70), "\t %s==" % b64junk(rng, 60),
         "Received: from localhost (localhost [127.0.0.1])", "\tby %s (Mailchimp) with ESMTP id %s" % (esp_host, rs(rng, HEX, 12)),
         "\tfor <%s>; %s" % (spec["rcpt"], rfc(t.astimezone(dt.timezone(dt.timedelta(0), "UTC"))))]
    h += fold("Subject", hdr_text(subj, charset))
    h += fold("From", addr(frm[0], frm[1], charset)) + ["Reply-To: %s" % frm[1], "To: <%s>" % spec["rcpt"],
                                                         "Date: %s" % rfc(central(t)),
                                                         "Message-ID: <%s@%s>" % (rs(rng, HEX, 32), esp_host),
                                                         "List-ID: %s" % list_id, "List-Unsubscribe: %s" % lu,
                                                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                                                         "Precedence: bulk", "Feedback-ID: %d:%d.%d:us%d:mc" % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 4, 10 ** 5), rng.randint(1, 21))]
    h += list(extra_h)
    h += ["MIME-Version: 1.0"] + ct
    au = P.auth(rng, mfrom, ip, frm[1].split("@")[1], esp_dom, "k1")
    return finish(spec, rng, esp_host, ip, au, h, body, mfrom)


def text_to_html(text, title):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>' % esc(title),
           '<body style="margin:0;padding:0;background:#f4f4f4;"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
           '<table width="600" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;line-height:1.5;">']
    for p in text.strip("\n").split("\n\n"):
        tag = "h2" if p.isupper() or p.startswith("## ") else "p"
        out.append("<tr><td style=\"padding:8px 24px;\"><%s>%s</%s></td></tr>" % (tag, "<br>".join(esc(x.lstrip("# ")) for x in p.split("\n")), tag))
    out.append("</table></td></tr></table></body></html>")
    return "\n".join(out) + "\n"


CHAMBER = """MOUNT VERNON-LISBON CHAMBER NEWS

February 2025 | Volume 31, Issue 2

## From the Director's Desk

What a winter! Between the January ice storm and the cold snap that followed, our members showed up for each other in a big way. Thank you to Lisbon Hardware for staying open on generator power, and to the crews from the utilities who worked through the night on the 29th. If you have a story about a neighbor who went above and beyond, send it in for our spring issue.

## Upcoming Events

- Feb 13: Business After Hours at Fuel Coffee, 5-7 p.m.
- Feb 20: Lunch & Learn: "Protecting your customers' data" with attorney Beth Kerns. Topics include opt-out requests, do-not-sell rules for small retailers, and how long to keep customer lists.
- Mar 1: Chili cook-off at the Lisbon community center. Judges needed!

## Member Spotlight: Palisades Pet Grooming

Owner Kayla Brenneman opened her shop in a converted gas station on First Street in 2019...

## Ribbon Cuttings

Welcome to our newest members: Cornerstone Chiropractic, Kohl's Kettle Corn, and Two Rivers Insurance.

You are receiving this newsletter because you are a member or partner of the Mount Vernon-Lisbon Chamber of Commerce.
Update your preferences or unsubscribe: https://mvlchamber.us21.list-manage.example/unsubscribe?u=88a1&id=44f2
Mount Vernon-Lisbon Chamber of Commerce, 311 First St W, Mount Vernon, IA 52314
"""


def render_chamber(spec, rng):
    return bulk(spec, rng, ("Mount Vernon-Lisbon Chamber", "news@mvlchamber.org"), "Chamber News | February 2025: ice storm thanks, Lunch & Learn on customer data",
                CHAMBER, text_to_html(CHAMBER, "Chamber News"), "Mount Vernon-Lisbon Chamber <88a1c4.list-id.mcsv.net>",
                "<https://mvlchamber.us21.list-manage.example/unsubscribe?u=88a1&id=44f2>, <mailto:unsubscribe-mc.us21_88a1.44f2-customercare=alliant-energy.com@mailin.mcsv.net>",
                "mail%d.suw%d.mcsv.net" % (rng.randint(10, 99), rng.randint(10, 40)), "mcsv.net")


A(dict(k="nl-chamber-february", d="2025-02-05 06:00", box="cc", render=render_chamber,
       prog="Mailchimp newsletter", automated=True, cat="automated: list/newsletter", lang="en",
       note="Local chamber newsletter (List-ID, Precedence: bulk) whose article mentions opt-out requests and do-not-sell rules; bulk mail, automated."))

TRADE = """UTILITY CX WEEKLY
Your Thursday briefing on customer experience in energy | December 12, 2024

1. "Do not sell" comes to the Midwest
Three more states passed comprehensive privacy laws this year. For utilities with affiliated retail or catalog businesses, the big change is the opt-out of "sale or sharing" of personal data. Counsel we spoke to recommend treating any e-mail that says "don't share my name" as a valid request, even if it arrives at a general mailbox. "The customer doesn't know your org chart," said one.

2. Chatbots that answer opt-out mail: promise and peril
An East Coast gas utility told us its new inbox bot cut response times from 9 days to 4 minutes, until it auto-replied to a vendor's out-of-office, which auto-replied back, 1,800 times over a weekend. Lesson: never acknowledge auto-replies, bounces or list mail.

3. Paper is not dead
Direct-mail response rates for home-energy programs rose to 4.1% in Q3, the highest since 2019, according to a survey of 42 utilities. Catalog programs fared less well.

4. Quick hits
- Budget billing enrollment is up 11% year over year.
- A Texas co-op now prints bills in five languages.
- Reader poll: 62% of you still route privacy mail by hand.

You're receiving Utility CX Weekly because you subscribed at utilitycxweekly.example. Unsubscribe: https://utilitycxweekly.example/u/3f9a1 | Manage preferences
Utility CX Weekly, 1200 G St NW Suite 800, Washington, DC 20005
"""


def render_trade(spec, rng):
    return bulk(spec, rng, ("Utility CX Weekly", "editors@utilitycxweekly.example"), "Do-not-sell comes to the Midwest; the bot that answered itself 1,800 times",
                TRADE, text_to_html(TRADE, "Utility CX Weekly"), "Utility CX Weekly <weekly.utilitycxweekly.example>",
                "<mailto:unsubscribe+3f9a1@utilitycxweekly.example>, <https://utilitycxweekly.example/u/3f9a1>",
                "send.utilitycxweekly.example", "utilitycxweekly.example")


A(dict(k="nl-trade-weekly-donotsell", d="2024-12-12 05:45", box="cc", render=render_trade,
       prog="trade newsletter (bulk)", automated=True, cat="automated: list/newsletter", lang="en",
       note="Trade newsletter full of 'don't share my name', opt-out and auto-reply language; it is bulk mail, not a request. Automated."))

CENTRO = """BOLETÍN COMUNITARIO - Centro Latino de Ottumwa
Enero 2025

## Clases de inglés
Las clases gratuitas de inglés empiezan el 14 de enero, martes y jueves de 6 a 8 p.m. en la biblioteca pública.

## Ayuda con la calefacción
¿Le llegó un aviso de corte? El programa LIHEAP puede ayudarle a pagar la luz y el gas en invierno. Traiga su identificación, comprobante de ingresos y su última factura. Atendemos los miércoles.

## Feria de salud
Sábado 25 de enero, vacunas contra la gripe, presión arterial y revisión de la vista, gratis.

Recibe este boletín porque se inscribió en uno de nuestros eventos. Para darse de baja, haga clic aquí: https://centrolatinoottumwa.example/baja
Centro Latino de Ottumwa, 120 E Main St, Ottumwa, IA 52501
"""


def render_centro(spec, rng):
    return bulk(spec, rng, ("Centro Latino de Ottumwa", "boletin@centrolatinoottumwa.example"), "Boletín de enero: clases de inglés, ayuda con la calefacción y feria de salud",
                CENTRO, text_to_html(CENTRO, "Boletín Comunitario"), "Boletin Centro Latino <boletin.centrolatinoottumwa.example>",
                "<mailto:baja@centrolatinoottumwa.example?subject=baja>",
                "mta.centrolatinoottumwa.example", "centrolatinoottumwa.example")


A(dict(k="nl-es-centro-latino", d="2025-01-08 09:00", box="cc", render=render_centro,
       prog="community newsletter (bulk)", automated=True, cat="automated: list/newsletter", lang="es",
       note="Spanish community newsletter (List-ID, bulk) mentioning disconnection notices and 'darse de baja'; automated."))

SUPPLIER = """BRIGHTLINE LED WHOLESALE - February Dealer Deals

Hi PowerHouse team,

Spring catalog planning season is here! Lock in these dealer prices by February 28:

- 12-pack Edison-style LED filament bulbs: $21.40 (was $26.90)
- Solar path lights, 8-pack: $38.00
- Battery lantern with USB charging: $11.75
- Rechargeable heated hand warmer (new!): $9.60

Free freight on orders over $2,500. Minimum order quantities apply. Drop-ship available for catalog fulfillment.

Reply to this e-mail or call your rep, Jenna Marsh, at 608-555-0191.

You are receiving this because you are a registered Brightline dealer. To stop receiving dealer promotions, unsubscribe here: https://brightlineled.example/dealer/unsub
Brightline LED Wholesale, 4400 Enterprise Ln, Janesville, WI 53546
"""


def render_supplier(spec, rng):
    return bulk(spec, rng, ("Brightline LED Wholesale", "dealers@brightlineled.example"), "February Dealer Deals: lock in spring catalog pricing",
                SUPPLIER, text_to_html(SUPPLIER, "Brightline Dealer Deals"), "Brightline Dealer Deals <dealers.brightlineled.example>",
                "<https://brightlineled.example/dealer/unsub>", "mail.brightlineled.example", "brightlineled.example", html_only=True)


A(dict(k="nl-supplier-dealer-html", d="2025-02-11 08:30", box="ph", render=render_supplier,
       prog="vendor promo (bulk, HTML only)", automated=True, cat="automated: list/newsletter", lang="en",
       note="A supplier's HTML-only dealer promotion sent to the catalog mailbox; bulk, automated."))


def render_listpost(spec, rng):
    t = spec["t"]
    text = """Hi all,

Following up on last month's call. A few of you asked what opt-out volumes look like after the holiday catalog drop, so here are our rough numbers from the co-op side (shared with permission, please don't forward outside the list):

- Holiday mailing: 48,200 pieces
- Written "stop sending" requests in the 30 days after: 212
- "Don't share/sell my name" requests: 97
- Requests that turned out to be about somebody else (deceased spouse, tenant, parent): about 1 in 8

The on-behalf-of requests are the hard part. We now route anything from a relative to a person, never to the automatic suppression.

Does anyone have a good template for the reply to a widow(er)? Ours reads like a form letter and I hate it.

Thanks,
Rachel Duffy
Member Services, Prairie Sky Electric Cooperative

--
You received this message because you are subscribed to the Google Groups "Midwest Utility Privacy Practitioners" group.
To unsubscribe from this group and stop receiving emails from it, send an email to mupp+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/mupp/CAF8x%%3Dq_%s%%40mail.gmail.com.
""" % rs(rng, ALNUM, 20)
    b = "000000000000" + rs(rng, HEX, 16)
    ct, body = multipart("alternative", b, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                             leaf("text/html", '<div dir="ltr">' + "<br>".join(esc(l) for l in text.split("\n")) + "</div>\n", "UTF-8", "quoted-printable")])
    sp = dict(spec, mfrom="mupp+bncBDX4@googlegroups.com", frm=("Rachel Duffy", "rduffy@prairieskyelectric.coop"))
    helo, ip, au, prov = P.gmail_transport(rng, sp, t, ["sender", "list-id", "mailing-list", "precedence", "x-original-authentication-results",
                                                       "x-original-sender", "mime-version", "from", "date", "message-id", "subject", "to"], "googlegroups.com")
    au = P.auth(rng, "mupp+bncBDX4@googlegroups.com", ip, "prairieskyelectric.coop", "googlegroups.com", "20230601")
    h = prov + ["Sender: mupp@googlegroups.com", "MIME-Version: 1.0",
                "From: Rachel Duffy <rduffy@prairieskyelectric.coop>", "Date: %s" % rfc(central(t)),
                "Message-ID: <CAF8x=q_%s@mail.gmail.com>" % rs(rng, ALNUM, 30),
                "Subject: [mupp] Opt-out volumes after the holiday drop",
                "To: Midwest Utility Privacy Practitioners <mupp@googlegroups.com>",
                "X-Original-Sender: rduffy@prairieskyelectric.coop", "Precedence: list",
                "Mailing-list: list mupp@googlegroups.com; contact mupp+owners@googlegroups.com",
                "List-ID: <mupp.googlegroups.com>", "X-Spam-Checked-In-Group: rduffy@prairieskyelectric.coop",
                "List-Post: <https://groups.google.com/group/mupp/post>, <mailto:mupp@googlegroups.com>",
                "List-Help: <https://groups.google.com/support/>, <mailto:mupp+help@googlegroups.com>",
                "List-Archive: <https://groups.google.com/group/mupp/>",
                "List-Unsubscribe: <mailto:googlegroups-manage+88213+unsubscribe@googlegroups.com>,",
                " <https://groups.google.com/group/mupp/subscribe>"] + ct
    return finish(spec, rng, helo, ip, au, h, body, "mupp+bncBDX4@googlegroups.com")


A(dict(k="list-post-practitioners", d="2025-01-09 14:12", box="cc", render=render_listpost,
       prog="Google Groups list post", automated=True, cat="automated: list/newsletter", lang="en",
       note="Mailing-list post (Google Groups) by a person at another utility, full of opt-out statistics and a question to the list; list traffic is automated and asks nothing of us."))


# ---------------------------------------------------------------- vendor / system notifications
def vendor_plain(spec, rng, frm, subj, text, esp_host, esp_dom, extra=(), to=None, attach=None):
    t = spec["t"]
    if attach:
        b = "=_%s" % rs(rng, HEX, 28)
        parts = [leaf("text/plain", text, "utf-8", "quoted-printable")] + attach
        ct, body = multipart("mixed", b, parts)
    else:
        ct, body = leaf("text/plain", text, "utf-8", "quoted-printable")
    ip = "%s.%d" % (rng.choice(["198.51.100", "203.0.113", "192.0.2"]), rng.randint(10, 250))
    mfrom = "bounces@%s" % esp_dom
    h = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % esp_dom,
         "\ts=s1; t=%d; bh=%s=;" % (int(t.timestamp()), b64junk(rng, 43)),
         "\th=From:To:Subject:Date:Message-ID;", "\tb=%s" % b64junk(rng, 70), "\t %s==" % b64junk(rng, 50)]
    h += fold("From", addr(*frm)) + ["To: %s" % (to or spec["rcpt"])] + fold("Subject", subj)
    h += ["Date: %s" % rfc(central(t)), "Message-ID: <%s@%s>" % (rs(rng, HEX, 24), esp_host)] + list(extra)
    h += ["MIME-Version: 1.0"] + ct
    au = P.auth(rng, mfrom, ip, frm[1].split("@")[1], esp_dom, "s1")
    return finish(spec, rng, esp_host, ip, au, h, body, mfrom)


SUPPRESSION = """JOB COMPLETE - PowerHouse Holiday 2024 catalog drop
Job 24-1187-PH | Mail house: Heartland Direct Mail Services, Cedar Rapids

Input file received:      10/28/2024 14:02 (PH_HOLIDAY24_FINAL_v3.csv, 61,448 records)
Merge/purge completed:    10/30/2024 09:41

SUPPRESSION SUMMARY
  Do-not-mail (client opt-out file, 10/25):          2,114
  Do-not-share flag (excluded from list exchange):  1,207 (mailed, not exported)
  Deceased (DMA Deceased Do Not Contact):             318
  NCOA moves, no forwarding address:                  402
  Duplicates (household level):                     1,876
  Undeliverable (CASS/DPV):                           233
  ------------------------------------------------------
  Net mailed:                                       56,505

Drop date: 11/04/2024, USPS Marketing Mail, Cedar Rapids BMEU.
Postage statement PS 3602-R attached to the invoice (INV-24-88120).

Note from your account manager: 14 records on the opt-out file had no ZIP and could not be matched. Please send corrected records by 12/15 if you want them applied to the Spring drop.

This is an automated report from the Heartland job tracking system. Do not reply to this message; contact your account manager, Tom Oberle, at 319-555-0183.
"""


def render_suppression(spec, rng):
    return vendor_plain(spec, rng, ("Heartland Direct Job Tracker", "jobs@heartlanddirectmail.example"),
                        "Job 24-1187-PH complete: suppression summary (Holiday 2024)", SUPPRESSION,
                        "tracker.heartlanddirectmail.example", "heartlanddirectmail.example",
                        extra=["Auto-Submitted: auto-generated", "X-Job-Id: 24-1187-PH"])


A(dict(k="vendor-mailhouse-suppression", d="2024-11-05 06:15", box="ph", render=render_suppression,
       prog="mail-house job tracker", automated=True, cat="automated: vendor/system notification", lang="en",
       note="Mail house's suppression-file report: do-not-mail and do-not-share counts, invoice and job numbers. Vendor system mail, automated, even though it talks about opt-outs."))

EXCHANGE = """LIST EXCHANGE FULFILLMENT NOTICE

Exchange ID: LX-2025-0117
Parties: PowerHouse Catalog (Alliant Energy) <-> Harvest Lane Home
Broker: Corridor List Services, LLC

Your side of the exchange has been fulfilled:
  Records delivered to Harvest Lane Home's processor: 18,250 (12-month buyers, $25+)
  Records withheld per your do-not-share suppression: 1,311
  Seed names inserted: 12

Harvest Lane Home's side (19,004 records) will be delivered to Heartland Direct Mail Services by 01/24/2025 for your Spring 2025 drop.

Usage terms: one-time use, no retention, no re-sale or rental. Responders become the mailer's own customers.

Questions about this exchange: Karen Stoltz, Corridor List Services, 319-555-0161.
This notice was generated automatically by ListTrack. Please do not reply.
"""


def render_exchange(spec, rng):
    return vendor_plain(spec, rng, ("ListTrack - Corridor List Services", "notices@corridorlists.example"),
                        "Fulfilled: list exchange LX-2025-0117 (PowerHouse / Harvest Lane Home)", EXCHANGE,
                        "listtrack.corridorlists.example", "corridorlists.example", extra=["Auto-Submitted: auto-generated"])


A(dict(k="vendor-list-exchange-notice", d="2025-01-17 10:20", box="ph", render=render_exchange,
       prog="list broker notice", automated=True, cat="automated: vendor/system notification", lang="en",
       note="A list broker's exchange fulfillment notice (records shared, do-not-share withheld). Partner system mail, automated; it is not anyone's request."))

CRM = """Your scheduled export has finished.

Export:      optout_daily (Privacy > Marketing Preferences)
Run:         {run}
Records:     37 new marketing opt-outs, 9 new do-not-share flags, 2 opt-ins
Format:      CSV, UTF-8
Destination: sftp://transfer.heartlanddirectmail.example/inbound/alliant/ (delivered)

You are receiving this because you are listed as a notification contact for this export. To change notification settings, open Setup > Scheduled Exports in NorthStar CRM.

NorthStar CRM | This is an automated message, please do not reply.
"""


def render_crm(spec, rng):
    run = rfc(central(spec["t"]))
    return vendor_plain(spec, rng, ("NorthStar CRM", "no-reply@northstarcrm.example"),
                        "[NorthStar] Scheduled export 'optout_daily' completed (37 records)", CRM.format(run=run),
                        "notify.northstarcrm.example", "northstarcrm.example",
                        extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk"])


A(dict(k="vendor-crm-export", d="2024-12-02 02:00", box="cc", render=render_crm,
       prog="CRM notification", automated=True, cat="automated: vendor/system notification", lang="en",
       note="CRM scheduled-export notice about opt-out and do-not-share records: system notification, automated."))


def ncoa_attachment(rng):
    rows = ["record_id,old_zip,new_zip,move_type,move_effective", "PH0012231,52402,53590,F,2024-09",
            "PH0044871,50322,85251,I,2024-10", "PH0091120,52001,52003,F,2024-08", "PH0102334,53711,,K,2024-10",
            "PH0110459,52240,97214,I,2024-11"]
    data = ("\n".join(rows) + "\n")
    hl = ['Content-Type: text/csv; charset="utf-8"; name="NCOA_PH_2024Q4_sample.csv"',
          'Content-Disposition: attachment; filename="NCOA_PH_2024Q4_sample.csv"', "Content-Transfer-Encoding: base64"]
    return [(hl, encode_text(data, "utf-8", "base64"))]


NCOA = """NCOALink(R) Processing Summary - PowerHouse Catalog house file

Processed: 12/18/2024 | Matching: 48-month | CASS certified

Records in:                        61,448
COA matches (moves found):          3,022
  - Individual moves:               1,604
  - Family moves:                   1,218
  - Business moves:                    19
  - Moved, left no address (K):       181
Records updated with new address:   2,841
New ZIPs outside service area:        614 (AZ 85251, FL 33908, TX 78130 most common)

A sample of changed records is attached. The full file is on the SFTP site for 30 days.

Heartland Direct Mail Services | NCOALink Full Service Provider license #NL-0418
This report was generated automatically. Replies are not monitored.
"""


def render_ncoa(spec, rng):
    return vendor_plain(spec, rng, ("Heartland Data Processing", "dataproc@heartlanddirectmail.example"),
                        "NCOA processing summary: PowerHouse house file (Q4 2024)", NCOA,
                        "dp.heartlanddirectmail.example", "heartlanddirectmail.example",
                        extra=["Auto-Submitted: auto-generated"], attach=ncoa_attachment(rng))


A(dict(k="vendor-ncoa-report", d="2024-12-18 16:45", box="ph", render=render_ncoa,
       prog="data-processing report", automated=True, cat="automated: vendor/system notification", lang="en",
       note="NCOA change-of-address report full of ZIP codes and a CSV attachment; vendor system mail, automated. None of its ZIPs is anyone's entity."))


def render_calendar(spec, rng):
    t = spec["t"]
    uid = "%s@prairielistservices.example" % uuid_from(rng)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:%s
DTSTAMP:%s
DTSTART:20250206T160000Z
DTEND:20250206T170000Z
SUMMARY:Spring 2025 drop: opt-out and do-not-share suppression file handoff
ORGANIZER;CN=Karen Stoltz:mailto:kstoltz@corridorlists.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:powerhousecatalog@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:toberle@heartlanddirectmail.example
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Agenda: 1) final opt-out file cutoff date\\, 2) do-not-share flags for the Harvest Lane exchange\\, 3) deceased suppression.
END:VEVENT
END:VCALENDAR
""" % (uid, t.strftime("%Y%m%dT%H%M%SZ"))
    text = """Spring 2025 drop: opt-out and do-not-share suppression file handoff
Thursday, February 6, 2025, 10:00 AM - 11:00 AM (Central)

Agenda:
1) final opt-out file cutoff date
2) do-not-share flags for the Harvest Lane exchange
3) deceased suppression

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_example
Meeting ID: 284 119 553 20 | Passcode: 7xQm3A
"""
    b = "_%s_" % rs(rng, "ABCDEF0123456789", 28)
    ct, body = multipart("alternative", b, [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                             leaf("text/calendar", ics, "utf-8", "7bit", ct_extra="; method=REQUEST")])
    sp = dict(spec, frm=("Karen Stoltz", "kstoltz@corridorlists.example"), mfrom="kstoltz@corridorlists.example",
              to=[(None, "powerhousecatalog@alliant-energy.com"), ("Tom Oberle", "toberle@heartlanddirectmail.example")],
              cc=[], reply_to=None, subject="Spring 2025 drop: opt-out and do-not-share suppression file handoff", extra=None)
    helo, ip, au, lines = P.ms_transport_and_headers(sp, rng, t, ct, "corridorlists.example", True)
    return finish(spec, rng, helo.split(" ")[0], ip, au, lines, body, "kstoltz@corridorlists.example", helo_desc=helo)


A(dict(k="calendar-suppression-handoff", d="2025-01-28 09:30", box="ph", render=render_calendar,
       prog="Outlook calendar invitation", automated=True, cat="automated: vendor/system notification", lang="en",
       note="Calendar invitation (text/calendar, METHOD:REQUEST) from the list broker about opt-out and do-not-share files: not a request, automated."))


def render_dmarc(spec, rng):
    t = spec["t"]
    xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <report_id>%d</report_id>
    <date_range><begin>1736121600</begin><end>1736207999</end></date_range>
  </report_metadata>
  <policy_published><domain>alliant-energy.com</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct></policy_published>
  <record><row><source_ip>144.92.118.7</source_ip><count>4211</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
  <identifiers><header_from>alliant-energy.com</header_from></identifiers>
  <auth_results><dkim><domain>alliant-energy.com</domain><result>pass</result><selector>mkt2024</selector></dkim><spf><domain>alliant-energy.com</domain><result>pass</result></spf></auth_results></record>
</feedback>
""" % rng.randint(10 ** 18, 10 ** 19)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("google.com!alliant-energy.com!1736121600!1736207999.xml", date_time=(2025, 1, 7, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, xml)
    data = base64.encodebytes(buf.getvalue()).replace(b"\n", b"\r\n")
    fn = "google.com!alliant-energy.com!1736121600!1736207999.zip"
    b = "000000000000" + rs(rng, HEX, 16)
    parts = [leaf("text/plain", "This is an aggregate report from google.com.\n\nReport domain: alliant-energy.com\nSubmitter: google.com\nReport-ID: see attachment\n", "UTF-8", "7bit"),
             (['Content-Type: application/zip; name="%s"' % fn, 'Content-Disposition: attachment; filename="%s"' % fn,
               "Content-Transfer-Encoding: base64"], data)]
    ct, body = multipart("mixed", b, parts)
    sp = dict(spec, mfrom="noreply-dmarc-support@google.com", frm=("", "noreply-dmarc-support@google.com"))
    helo, ip, au, prov = P.gmail_transport(rng, sp, t, ["date", "from", "to", "subject", "message-id", "mime-version"], "google.com")
    au = P.auth(rng, "noreply-dmarc-support@google.com", ip, "google.com", "google.com", "20230601", policy="reject")
    h = prov + ["Date: %s" % rfc(pacific(t)), "From: noreply-dmarc-support@google.com",
                "To: customercare@alliant-energy.com",
                "Subject: Report domain: alliant-energy.com Submitter: google.com Report-ID: %d" % rng.randint(10 ** 18, 10 ** 19),
                "Message-ID: <%d@google.com>" % rng.randint(10 ** 18, 10 ** 19), "MIME-Version: 1.0"] + ct
    return finish(spec, rng, helo, ip, au, h, body, "noreply-dmarc-support@google.com")


A(dict(k="system-dmarc-aggregate", d="2025-01-07 18:59", box="cc", render=render_dmarc,
       prog="DMARC aggregate report", automated=True, cat="automated: vendor/system notification", lang="en",
       note="DMARC aggregate report (zip attachment) that landed in the customer mailbox: system mail, automated."))


def render_mdn(spec, rng):
    t = spec["t"]
    subj = "Holiday Preview: gifts for everyone on your list [PH-2411-71093]"
    text = """Your message

  To: Loretta Kuhlman
  Subject: %s
  Sent: Tuesday, November 12, 2024 7:30:00 AM (UTC-06:00) Central Time (US & Canada)

was read on Wednesday, November 13, 2024 6:12:44 PM (UTC-06:00) Central Time (US & Canada).
""" % subj
    b = "_%s_" % rs(rng, "ABCDEF0123456789", 28)
    disp = """Reporting-UA: outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;lkuhlman@outlook.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % ours.campaign_msgid("holiday", "PH-2411-71093")
    parts = [leaf("text/plain", text, "us-ascii", "7bit"),
             (["Content-Type: message/disposition-notification"], encode_text(disp, "ascii", "7bit"))]
    ct, body = multipart("report", b, parts)
    ct = ["Content-Type: multipart/report; report-type=disposition-notification;", '\tboundary="%s"' % b]
    sp = dict(spec, frm=("Loretta Kuhlman", "lkuhlman@outlook.com"), mfrom="lkuhlman@outlook.com",
              to=[("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")], cc=[], reply_to=None,
              subject="Read: " + subj, extra=None)
    helo, ip, au, lines = P.ms_transport_and_headers(sp, rng, t, ct, "outlook.com", False)
    return finish(spec, rng, helo.split(" ")[0], ip, au, lines, body, "lkuhlman@outlook.com", helo_desc=helo)


A(dict(k="read-receipt-holiday", d="2024-11-13 18:12:50", box="ph", render=render_mdn,
       prog="Outlook read receipt (MDN)", automated=True, cat="automated: vendor/system notification", lang="en",
       note="Read receipt (message/disposition-notification) for the Holiday Preview e-mail: automated, nothing asked."))


# ---------------------------------------------------------------- cold sales, spam, phishing
A(dict(
    k="cold-seo-outreach", d="2024-10-08 10:41", box="cc", prog="gmail", progname="Gmail web (cold outreach)",
    frm=("Ethan Brooks", "ethan.brooks.growth@gmail.com"),
    subj="Quick question about alliant-energy.com rankings",
    body="""Hi there,

I was looking at alliant-energy.com and noticed a few things that might be holding back your organic traffic:

1. Your "community solar" page doesn't rank on page 1 for "community solar Iowa" (you're #14)
2. 38 pages are missing meta descriptions
3. Your PowerHouse catalog pages load in 6.2 seconds on mobile
4. Competitors like MidAmerican have 3x your backlinks

We're a small team that has helped 200+ utilities and co-ops rank higher on Google. I'd love to send you a free 12-page audit, no strings attached.

Would you be open to a quick 15-minute call this week? Just reply "YES" and I'll send some times.

Best,
Ethan Brooks
Growth Strategist | RankRise Digital

P.S. If you're not the right person, could you point me to who handles your website? And if you'd rather not hear from me, just reply "STOP" or "unsubscribe" and I'll remove you from my list, no hard feelings.
""",
    automated=True, cat="automated: spam/phishing", lang="en",
    note="Cold SEO outreach from a freemail address, with 'reply STOP or unsubscribe' in its P.S.: not a request from a customer, automated per the rulebook."))

A(dict(
    k="cold-data-append-vendor", d="2024-11-21 09:12", box="ph", prog="outlook_desktop", tenant="datafusionlists.example",
    frm=("Megan Castillo", "mcastillo@datafusionlists.example"),
    subj="Grow the PowerHouse file: email append + rental-ready lists (opt-out compliant)",
    body="""Hello PowerHouse Catalog team,

Catalogers like you are seeing 18-24% lifts when they append verified e-mail addresses to their postal buyer file. DataFusion matches your house file against 240 million consumer records and returns permission-based e-mails, phone numbers and demographic overlays (age, income, home value).

We also manage list rentals: we can put your buyer file on the rental market and handle all orders, with full do-not-share and opt-out suppression, CAN-SPAM compliance and seed monitoring. Typical rental income is $110-$135 per thousand names.

I'd love 20 minutes to show you a free match test on a 5,000-name sample.

Best regards,
Megan Castillo
Senior Account Executive | DataFusion Lists
612-555-0134

To opt out of future messages from DataFusion, reply with "remove" in the subject line.
""",
    automated=True, cat="automated: spam/phishing", lang="en",
    note="Cold sales pitch for data append and list rental, stuffed with 'opt-out', 'do-not-share' and 'remove' wording; cold sales is automated per the rulebook."))

PHISH_HTML = """<html><body style="font-family:Segoe UI,Arial,sans-serif;">
<table width="560" style="border:1px solid #ddd;padding:20px;"><tr><td>
<img src="https://m365-secure-portal.example/logo.png" alt="Microsoft 365" width="120"><br><br>
<b>Mailbox storage almost full</b><br><br>
Dear customercare@alliant-energy.com,<br><br>
Your mailbox has reached <b>98%</b> of its 50 GB quota. Incoming messages, including messages from customers, will be
<b>rejected after 24 hours</b>.<br><br>
To avoid interruption, verify your account and upgrade your storage for free:<br><br>
<a href="https://m365-secure-portal.example/verify?u=customercare%40alliant-energy.com" style="background:#0067b8;color:#fff;padding:10px 18px;text-decoration:none;">Keep my mailbox active</a><br><br>
Microsoft 365 Admin Center<br>
<span style="font-size:11px;color:#888;">This message was sent from an unmonitored address. Microsoft respects your privacy. To opt out of storage notifications, sign in to your account.</span>
</td></tr></table></body></html>
"""


def render_phish(spec, rng):
    t = spec["t"]
    ct, body = leaf("text/html", PHISH_HTML, "utf-8", "base64")
    ip = "185.%d.%d.%d" % (rng.randint(100, 250), rng.randint(1, 250), rng.randint(1, 250))
    h = ["From: Microsoft 365 Admin <no-reply@m365-secure-portal.example>", "To: customercare@alliant-energy.com",
         "Subject: =?utf-8?B?%s?=" % base64.b64encode("⚠ Action required: mailbox storage 98% full".encode()).decode(),
         "Date: %s" % rfc(t.astimezone(dt.timezone(dt.timedelta(hours=3), "MSK"))),
         "Message-ID: <%s@m365-secure-portal.example>" % rs(rng, HEX, 20), "X-Priority: 1", "MIME-Version: 1.0"] + ct
    au = P.auth(rng, "bounce@m365-secure-portal.example", ip, "m365-secure-portal.example", None, None, spf="softfail", dmarc="fail", policy="none")
    return finish(spec, rng, "vps-%d.hostline.example" % rng.randint(1000, 9999), ip, au, h, body, "bounce@m365-secure-portal.example")


A(dict(k="phish-m365-quota", d="2025-02-07 02:14", box="cc", render=render_phish,
       prog="phishing (HTML only, base64)", automated=True, cat="automated: spam/phishing", lang="en",
       note="Phishing: fake Microsoft 365 quota warning aimed at the mailbox itself (HTML only, base64, encoded subject). Automated."))

LOTERIA = """Estimado(a) ganador(a):

Nos complace informarle que su dirección de correo electrónico fue seleccionada en el SORTEO INTERNACIONAL DE LA LOTERÍA ELECTRÓNICA 2024, celebrado el 28 de noviembre en Madrid, España.

Usted ha ganado la suma de 850.000,00 EUR (ochocientos cincuenta mil euros).

Número de billete: 7721-4480-19
Número de serie: ES/0098/2024
Código de reclamación: LOT-ES-55120

Para reclamar su premio, envíe a nuestro agente los siguientes datos: nombre completo, dirección, número de teléfono, copia de su identificación y número de cuenta bancaria.

Agente: Lic. Fernando Ruiz Alcázar
Correo: reclamaciones.premio@loteria-int.example

Este mensaje es confidencial. Si no desea recibir más comunicaciones, responda con la palabra BAJA.
"""


def render_loteria(spec, rng):
    t = spec["t"]
    ct, body = leaf("text/plain", LOTERIA, "iso-8859-1", "base64")
    ip = "45.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    h = ["From: %s <notificaciones@loteria-int.example>" % hdr_text("Lotería Electrónica Internacional", "iso-8859-1", "Q"),
         "Reply-To: reclamaciones.premio@loteria-int.example",
         "To: undisclosed-recipients:;",
         "Subject: %s" % hdr_text("¡Felicidades! Usted ha ganado 850.000,00 EUR", "iso-8859-1", "Q"),
         "Date: %s" % rfc(t.astimezone(dt.timezone(dt.timedelta(hours=1), "CET"))),
         "Message-ID: <%s@loteria-int.example>" % rs(rng, HEX, 18), "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
         "MIME-Version: 1.0"] + ct
    au = P.auth(rng, "notificaciones@loteria-int.example", ip, "loteria-int.example", None, None, spf="softfail", dmarc="none")
    return finish(spec, rng, "mail.loteria-int.example", ip, au, h, body, "notificaciones@loteria-int.example")


A(dict(k="spam-es-loteria", d="2024-12-02 04:30", box="cc", render=render_loteria, bcc_only=True,
       prog="spam (Spanish, base64)", automated=True, cat="automated: spam/phishing", lang="es",
       note="Spanish lottery scam (iso-8859-1, base64, undisclosed recipients; our address only in the envelope) ending in 'responda BAJA': spam, automated."))
