# Machine mail: bounces, auto-replies, receipts, bulk, vendor notices, phishing, lists, invitations.
from lib import *
from mail import provider_block, our_chain, assemble
import ours as O

C, P = "customercare", "powerhousecatalog"
AUTO = []


def a(tag, mb, when, fn, note, cat, **kw):
    d = dict(tag=tag, mb=mb, when=when, fn=fn, note=note, cat=cat)
    d.update(kw)
    AUTO.append(d)


def ack_msg(r, ref, when, to):
    o = O.ours("ACK", r, ref=ref, when=when)
    hdrs = ["Date: %s" % fmt(o.utc, central_offset(o.utc)),
            "From: %s <%s>" % (O.BOT[0], O.BOT[1]),
            "To: %s" % to,
            "Subject: %s" % o.subject,
            "Message-ID: %s" % o.msgid,
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 7bit"]
    return o, hdrs


def promo_hdrs(o, to, kind):
    lu = {"SR": "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2803-SR>, <https://prefs.alliant-energy.com/ph/u?c=PH-2803-SR>",
          "HP": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2803-HP>",
          "NL": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2803>"}[kind]
    h = ["Date: %s" % fmt(o.utc, central_offset(o.utc)),
         "From: %s" % o.from_hdr,
         "To: %s" % to,
         "Subject: %s" % o.subject,
         "Message-ID: %s" % o.msgid,
         "List-Unsubscribe: %s" % lu]
    if kind == "SR":
        h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    h += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"]
    return h


def chain_in(r, s, env, host, ip, auth, utc, mb=None):
    mbaddr = MB[mb or s["mb"]]
    return our_chain(r, env, mbaddr, host, ip, auth, utc, return_path=env)


# ------------------------------------------------------------------ bounces
def postfix_dsn(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    ack, ackh = ack_msg(r, s["ref"], s["ack_when"], s["rcpt"])
    qid = r.qid()
    b = "%s.%d/out1.alliant-energy.com" % (qid, int(utc.timestamp()))
    top = our_chain(r, "", mbaddr, "out1.alliant-energy.com", "10.20.2.5", dict(dkim=None, spf="pass"), utc, return_path="")
    ch = ["Received: by out1.alliant-energy.com (Postfix)\n\tid %s; %s" % (qid, central(utc)),
          "Date: %s" % central(utc, "postfix"),
          "From: MAILER-DAEMON@out1.alliant-energy.com (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender",
          "To: %s" % mbaddr,
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b,
          "Content-Transfer-Encoding: 8bit",
          "Message-Id: <%s@out1.alliant-energy.com>" % r.alnum(14, "0123456789BCDFGHJKLMNPQRSTVWXYZ")]
    body = """This is a MIME-encapsulated message.

--%s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out1.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: %s

--%s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.alliant-energy.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: %s
%sDiagnostic-Code: %s

--%s
Content-Description: Undelivered Message
Content-Type: message/rfc822

%s

%s

--%s--
""" % (b, s["rcpt"], s["reason"], b, qid, central(ack.utc), s["rcpt"], s["rcpt"], s["status"],
       ("Remote-MTA: dns; %s\n" % s["remote"]) if s.get("remote") else "", s["diag"], b, "\n".join(ackh), ack.text, b)
    return utc, assemble(top, ch, body)


a("dsn_gmial", C, "2028-03-06 06:02:18", postfix_dsn, "Our own MTA bounces an acknowledgement sent to a mistyped domain: DSN, automated.",
  "automated: bounce", ref="CC-2028-03-00166", ack_when="2028-03-06 05:58:40", rcpt="kwiegand55@gmial.com",
  reason="Host or domain name not found. Name service error for\n    name=gmial.com type=MX: Host not found, try again", status="5.4.4",
  diag="X-Postfix; Host or domain name not found. Name service error for\n    name=gmial.com type=MX: Host not found, try again")
a("dsn_unknown", C, "2028-03-13 07:10:44", postfix_dsn, "DSN for an acknowledgement to a farm-supply address that no longer exists; quotes our ack text about opting out and sharing.",
  "automated: bounce", ref="CC-2028-03-00249", ack_when="2028-03-13 07:10:31", rcpt="jmiller@cedarvalleyseed.com",
  remote="mail.cedarvalleyseed.com",
  reason="host mail.cedarvalleyseed.com[203.0.113.58] said: 550 5.1.1\n    <jmiller@cedarvalleyseed.com>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)", status="5.1.1",
  diag="smtp; 550 5.1.1 <jmiller@cedarvalleyseed.com>: Recipient address\n    rejected: User unknown in virtual mailbox table")


def qmail_bounce(r, s):
    utc = to_utc(s["when"])
    o = O.ours("HP", r)
    host, ip = "mail.mhtc.net", "64.32.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    top = our_chain(r, "", MB[s["mb"]], host, ip, dict(dkim=None, spf="pass", tls=False), utc, return_path="")
    ch = ["Date: %s" % fmt(utc, 0, "pad"),
          "From: MAILER-DAEMON@mail.mhtc.net",
          "To: customercare@alliant-energy.com",
          "Subject: failure notice"]
    body = """Hi. This is the qmail-send program at mail.mhtc.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<hjorgensen@mhtc.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <customercare@alliant-energy.com>
Received: (qmail %d invoked from network); %s
Received: from out2.alliant-energy.com (198.51.100.12)
  by mail.mhtc.net with SMTP; %s
%s

%s
""" % (r.randint(10000, 99999), fmt(o.utc + datetime.timedelta(seconds=20), 0, "pad"),
       fmt(o.utc + datetime.timedelta(seconds=20), 0, "pad"), "\n".join(promo_hdrs(o, "hjorgensen@mhtc.net", "HP")), o.text)
    return utc, assemble(top, ch, body)


a("qmail_hp", C, "2028-03-08 09:41:07", qmail_bounce, "Legacy qmail 'failure notice' (no MIME) for the heat-pump promotion; the copy includes our 'reply with unsubscribe' footer.",
  "automated: bounce")


def exchange_ndr(r, s):
    utc = to_utc(s["when"])
    o = O.ours("SR", r)
    rcpt = "jhaverkamp@cvschools.org"
    host, ip, auth, pl = provider_block(r, "m365", "postmaster@cvschools.org", MB[s["mb"]], utc)
    top = our_chain(r, "", MB[s["mb"]], host, ip, dict(dkim="cvschools.org", sel="selector1", spf="pass"), utc, return_path="")
    b = "%s-%s-%s-%s-%s" % (r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12))
    srv = auth["srv"]
    ch = ["From: postmaster@cvschools.org",
          "To: %s" % MB[s["mb"]],
          "Date: %s" % fmt(utc, 0),
          'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
          "X-MS-Exchange-Message-Is-Ndr:",
          "Content-Language: en-US",
          "Message-ID: <%s@%s.namprd13.prod.outlook.com>" % (r.hexs(32), srv),
          "In-Reply-To: %s" % o.msgid,
          "References: %s" % o.msgid,
          "Subject: Undeliverable: %s" % o.subject,
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to %s couldn't be delivered.</font></b></p>
<p><font size="2" face="Arial">%s wasn't found at cvschools.org.</font></p>
<p><font size="2" face="Arial">powerhousecatalog &nbsp; Office 365 &nbsp; %s<br>Sender &nbsp; &nbsp; Action Required &nbsp; &nbsp; Recipient</font></p>
<p><font size="2" face="Arial"><b>Unknown To address</b></font></p>
<p><font size="2" face="Arial">Original Message Details<br>Created Date: %s<br>Sender Address: powerhousecatalog@alliant-energy.com<br>Recipient Address: %s<br>Subject: %s</font></p>
<p><font size="2" face="Arial">Error Details<br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>DSN generated by: %s.namprd13.prod.outlook.com</font></p>
</body></html>""" % (rcpt, rcpt.split("@")[0], rcpt.split("@")[0], fmt(o.utc, 0), rcpt, html_escape(o.subject), srv)
    body = """--%s
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="%s"

--%s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to %s couldn't be delivered.
%s wasn't found at cvschools.org.

Unknown To address

Original Message Details
Created Date: %s
Sender Address: powerhousecatalog@alliant-energy.com
Recipient Address: %s
Subject: %s

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found=
 by SMTP address lookup

--%s
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

%s
--%s--

--%s
Content-Type: message/delivery-status

Reporting-MTA: dns;%s.namprd13.prod.outlook.com
Received-From-MTA: dns;mail.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--%s
Content-Type: text/rfc822-headers

%s

--%s--
""" % (b, "b2_" + b, "b2_" + b, rcpt, rcpt.split("@")[0], fmt(o.utc, 0), rcpt, o.subject, "b2_" + b, qp(html + "\n", "us-ascii"),
       "b2_" + b, b, srv, fmt(o.utc, 0), rcpt, b, "\n".join(promo_hdrs(o, rcpt, "SR")), b)
    return utc, assemble(top + pl, ch, body)


a("ndr_sr", P, "2028-03-07 10:03:51", exchange_ndr, "Exchange Online NDR for the Spring Refresh e-mail to a school address: bounce.", "automated: bounce")


def exim_bounce(r, s):
    utc = to_utc(s["when"])
    o = O.ours("NL", r)
    host, ip = "mail.westianet.com", "72.19.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    rcpt = "ggrell@westianet.com"
    top = our_chain(r, "", MB[s["mb"]], host, ip, dict(dkim=None, spf="pass"), utc, return_path="")
    ch = ["Received: from mailnull by mail.westianet.com with local (Exim 4.97.1)\n\tid 1t%s-%s-%s\n\tfor customercare@alliant-energy.com;\n\t%s" % (r.alnum(5), r.alnum(6), r.alnum(2), fmt(utc, central_offset(utc), "std")),
          "X-Failed-Recipients: %s" % rcpt,
          "Auto-Submitted: auto-replied",
          "From: Mail Delivery System <Mailer-Daemon@mail.westianet.com>",
          "To: customercare@alliant-energy.com",
          "Content-Type: text/plain; charset=us-ascii",
          "Subject: Mail delivery failed: returning message to sender",
          "Message-Id: <E1t%s-%s-%s@mail.westianet.com>" % (r.alnum(5), r.alnum(6), r.alnum(2)),
          "Date: %s" % fmt(utc, central_offset(utc))]
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <customercare@alliant-energy.com>
Received: from out2.alliant-energy.com ([198.51.100.12])
\tby mail.westianet.com with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.97.1)
\t(envelope-from <customercare@alliant-energy.com>)
\tid 1t%s-%s-%s
\tfor %s; %s
%s

%s
""" % (rcpt, r.alnum(5), r.alnum(6), r.alnum(2), rcpt, fmt(o.utc, central_offset(o.utc)), "\n".join(promo_hdrs(o, rcpt, "NL")), o.text)
    return utc, assemble(top, ch, body)


a("exim_nl", C, "2028-03-14 10:05:12", exim_bounce, "Exim mailbox-full bounce of the newsletter; quoted copy says 'unsubscribe'.", "automated: bounce")


def m365_ndr_ack(r, s):
    utc = to_utc(s["when"])
    rcpt = "office@prairiedentalgroup.com"
    ack, ackh = ack_msg(r, "CC-2028-03-00290", "2028-03-17 08:58:30", rcpt)
    host, ip, auth, pl = provider_block(r, "m365", "postmaster@prairiedentalgroup.com", MB[s["mb"]], utc)
    top = our_chain(r, "", MB[s["mb"]], host, ip, dict(dkim="prairiedentalgroup.onmicrosoft.com", sel="selector1", spf="pass"), utc, return_path="")
    b = "%s-%s-%s-%s-%s" % (r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12))
    srv = auth["srv"]
    ch = ["From: Microsoft Outlook\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@prairiedentalgroup.com>",
          "To: <customercare@alliant-energy.com>",
          "Date: %s" % fmt(utc, 0),
          'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
          "X-MS-Exchange-Message-Is-Ndr:",
          "Content-Language: en-US",
          "Message-ID: <%s@%s.namprd18.prod.outlook.com>" % (r.hexs(32), srv),
          "In-Reply-To: %s" % ack.msgid,
          "References: %s" % ack.msgid,
          "Subject: Undeliverable: %s" % ack.subject,
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0"]
    body = """--%s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

%s
The email address you entered couldn't be found. Please check the recipient=
's email address and try to resend the message. If the problem continues, p=
lease contact your helpdesk.

Diagnostic information for administrators:

Generating server: %s.namprd18.prod.outlook.com

%s
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--%s
Content-Type: message/delivery-status

Reporting-MTA: dns;%s.namprd18.prod.outlook.com
Received-From-MTA: dns;out1.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--%s
Content-Type: message/rfc822

%s

%s

--%s--
""" % (b, rcpt, srv, rcpt, b, srv, fmt(ack.utc, 0), rcpt, b, "\n".join(ackh), ack.text, b)
    return utc, assemble(top + pl, ch, body)


a("ndr_ack", C, "2028-03-17 08:58:41", m365_ndr_ack, "Microsoft 365 NDR for one of our acknowledgements; contains our ack's opt-out wording.", "automated: bounce")


# ------------------------------------------------------------------ auto-replies
def exch_autoreply(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    if s["orig"] == "ACK":
        o, _ = ack_msg(r, s["ref"], s["orig_when"], s["email"])
    else:
        o = O.ours(s["orig"], r)
    host, ip, auth, pl = provider_block(r, "m365", s["email"], mbaddr, utc)
    top = our_chain(r, "", mbaddr, host, ip, auth, utc, return_path="")
    srv = auth["srv"]
    b = "_000_%s%s_" % (srv, r.HEX(20))
    lang_es = s.get("es")
    subj = ("Respuesta automática: " if lang_es else "Automatic reply: ") + o.subject
    ch = ["From: %s" % addr(s["name"], s["email"]),
          "To: %s" % addr(o.from_name, o.from_addr),
          "Subject: %s" % (ew(subj) if lang_es else subj),
          "Thread-Topic: %s" % (ew(o.subject) if any(ord(c) > 127 for c in o.subject) else o.subject),
          "Thread-Index: A%s" % r.b64s(30),
          "Date: %s" % fmt(utc, 0),
          "Message-ID: <%s%s@%s.namprd%d.prod.outlook.com>" % (srv, r.HEX(20), srv, r.randint(10, 22)),
          "References: %s" % o.msgid,
          "In-Reply-To: %s" % o.msgid,
          "Content-Language: %s" % ("es-US" if lang_es else "en-US"),
          "X-MS-Has-Attach:",
          "X-MS-TNEF-Correlator:",
          "X-Auto-Response-Suppress: All",
          "Auto-Submitted: auto-generated",
          "Content-Type: multipart/alternative;\n\tboundary=\"%s\"" % b,
          "MIME-Version: 1.0"]
    text = s["text"]
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">%s</div></body></html>' % paras_html(text, "p")
    body = "--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
        b, qp(text), b, qp(html + "\n"), b)
    return utc, assemble(top + pl, ch, body)


a("ooo_ack_peterson", C, "2028-03-06 06:40:52", exch_autoreply,
  "LOOP TRAP: Exchange out-of-office answering our acknowledgement (Auto-Submitted); must never be acknowledged.",
  "automated: auto-reply (loop trap)", orig="ACK", ref="CC-2028-03-00168", orig_when="2028-03-06 06:40:47",
  name="Tom Peterson", email="tpeterson@riverbendcoop.com",
  text="I am out of the office until Monday, March 13 with limited access to email. For agronomy orders please call the Riverbend Co-op office at 319-555-0118.\n\nThanks,\nTom Peterson\nRiverbend Cooperative")
a("ooo_hp_malone", C, "2028-03-08 09:31:26", exch_autoreply, "Out-of-office (Auto-Submitted) answering the heat-pump promotion.",
  "automated: auto-reply", orig="HP", name="Jennifer Malone", email="jmalone@parkviewdental.com",
  text="Thank you for your email. I am away from the office through Friday, March 10 for spring break. If you need immediate assistance please call Parkview Dental at 563-555-0137.\n\nJennifer Malone\nOffice Manager")
a("ooo_nl_county", C, "2028-03-14 10:01:14", exch_autoreply, "Bilingual out-of-office (Auto-Submitted) answering the newsletter.",
  "automated: auto-reply", orig="NL", name="Rosa Delgado", email="rdelgado@muscatinecountyia.org", es=True, lang="mixed",
  text="Estoy fuera de la oficina hasta el 20 de marzo. Para asuntos urgentes llame al 563-555-0109.\n\nI am out of the office until March 20. For urgent matters please call 563-555-0109.\n\nRosa Delgado\nMuscatine County Community Services")
a("ooo_ack_es", C, "2028-03-16 11:02:37", exch_autoreply,
  "LOOP TRAP: Spanish out-of-office answering our acknowledgement (Auto-Submitted, RFC 2047 subject).",
  "automated: auto-reply (loop trap)", orig="ACK", ref="CC-2028-03-00268", orig_when="2028-03-16 11:02:31",
  name="Luz María Treviño", email="ltrevino@westlibertyfoods-coop.com", es=True, lang="es",
  text="Gracias por su mensaje. Estoy de vacaciones hasta el lunes 27 de marzo y no tengo acceso a mi correo. Para asuntos urgentes comuníquese con Recursos Humanos al 319-555-0155.\n\nLuz María Treviño")


def outlook_rule_ooo(r, s):
    """Client-side Outlook rule reply: no Auto-Submitted, no X-Auto-Response-Suppress."""
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    o = O.ours(s["orig"], r)
    host, ip, auth, pl = provider_block(r, "m365", s["email"], mbaddr, utc)
    top = our_chain(r, s["email"], mbaddr, host, ip, auth, utc)
    ch = ["From: %s" % addr(s["name"], s["email"]),
          "To: %s" % mbaddr,
          "Subject: %s" % s["subject"],
          "Date: %s" % fmt(utc, central_offset(utc)),
          "Message-ID: <%s$%s$%s@%s>" % ("00" + r.hexs(2) + "01" + r.hexs(10), r.hexs(10), r.hexs(8), s["email"].split("@")[1]),
          "MIME-Version: 1.0",
          "Content-Type: text/plain;\n\tcharset=\"us-ascii\"",
          "Content-Transfer-Encoding: 7bit",
          "X-Mailer: Microsoft Outlook 16.0",
          "Thread-Index: A%s" % r.b64s(30),
          "Content-Language: en-us"]
    return utc, assemble(top + pl, ch, s["text"] + "\n")


a("ooo_teacher_sr", P, "2028-03-07 10:04:33", outlook_rule_ooo,
  "Headerless out-of-office (Outlook client rule, no Auto-Submitted) answering Spring Refresh: still automated.",
  "automated: auto-reply (headerless)", orig="SR", name="Melissa Larsen", email="mlarsen@wapsievalley.k12.ia.us",
  subject="Spring break - out of office",
  text="Hello,\n\nI am on spring break March 6-10 and will not be checking email. I will respond when I return on Monday, March 13. For anything urgent please contact the Wapsie Valley Elementary office at 319-555-0133.\n\nMrs. Larsen\n4th Grade")
a("ooo_nl_nomonitor", C, "2028-03-14 10:06:02", outlook_rule_ooo,
  "'This mailbox is no longer monitored' reply to the newsletter, no Auto-Submitted: automated.",
  "automated: auto-reply (headerless)", orig="NL", name="River City Heating & Cooling", email="info@rivercityhvac.com",
  subject="This mailbox is no longer monitored",
  text="This mailbox is no longer monitored.\n\nPlease send all service requests and questions to service@rivercityhvac.com or call 641-555-0120.\n\nRiver City Heating & Cooling")


def cpanel_ooo(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    o = O.ours("OUT", r, area="0914", last4="9127")
    email = "bev.schmitt@netins.net"
    host, ip = "mail.netins.net", "167.142.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    top = our_chain(r, email, mbaddr, host, ip, dict(dkim=None, spf="pass"), utc)
    ch = ["Received: from localhost by mail.netins.net with autoresponder\n\t(envelope-from <bev.schmitt@netins.net>); %s" % fmt(utc, central_offset(utc)),
          "To: customercare@alliant-energy.com",
          "X-Autorespond: Re: %s" % o.subject,
          "X-Loop: bev.schmitt@netins.net",
          "From: Bev Schmitt <bev.schmitt@netins.net>",
          "Subject: Re: %s" % o.subject,
          "Date: %s" % fmt(utc, central_offset(utc)),
          "Message-Id: <%s@mail.netins.net>" % r.alnum(16),
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 7bit"]
    body = "Hi! Lyle and I are in Mesa, Arizona until April 10 and only checking email now and then.\nIf it's urgent please call my cell 319-555-0164.\n\n- Bev\n"
    return utc, assemble(top, ch, body)


a("ooo_out_bev", C, "2028-03-09 05:44:19", cpanel_ooo,
  "Snowbird's ISP autoresponder to the outage alert (Reply-To customercare); Subject 'Re:' and no Auto-Submitted, but still a machine reply.",
  "automated: auto-reply (headerless)")


def gmail_vacation(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    o = O.ours("NL", r)
    email = "mr.kaufmann.teaches@gmail.com"
    host, ip, auth, pl = provider_block(r, "gmail", email, mbaddr, utc)
    top = our_chain(r, email, mbaddr, host, ip, auth, utc)
    ch = ["MIME-Version: 1.0",
          "References: %s" % o.msgid,
          "In-Reply-To: %s" % o.msgid,
          "Auto-Submitted: auto-replied",
          "From: Greg Kaufmann <%s>" % email,
          "Date: %s" % fmt(utc, central_offset(utc)),
          "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(48),
          "Subject: Spring break - back March 20",
          "To: Alliant Energy <customercare@alliant-energy.com>",
          'Content-Type: multipart/alternative; boundary="000000000000%s"' % r.hexs(12)]
    b = ch[-1].split('"')[1]
    t = "I'm on spring break with my family and away from email until Monday, March 20. Enjoy the week!\n\nGreg"
    body = "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n\n--%s\nContent-Type: text/html; charset=\"UTF-8\"\n\n<div dir=\"ltr\">%s</div>\n\n--%s--\n" % (
        b, t, b, "<br>".join(html_escape(l) for l in t.split("\n")), b)
    return utc, assemble(top + pl, ch, body)


a("vac_gmail_nl", C, "2028-03-14 10:03:37", gmail_vacation, "Gmail vacation responder (Auto-Submitted: auto-replied) answering the newsletter.", "automated: auto-reply")


def ticket_autoreply(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    ack, _ = ack_msg(r, "CC-2028-03-00236", "2028-03-10 15:00:02", "support@hawkeyeplumbing.com")
    host, ip = "mail%d.freshemail.io" % r.randint(10, 40), "3.%d.%d.%d" % (r.randint(200, 230), r.randint(1, 250), r.randint(2, 250))
    env = "bounce-%s@hawkeyeplumbing.freshdesk.com" % r.hexs(10)
    top = our_chain(r, env, mbaddr, host, ip, dict(dkim="freshdesk.com", sel="fd1", spf="pass", from_dom="hawkeyeplumbing.com", dmarc="pass (p=none dis=none)"), utc, return_path=env)
    tid = 48213
    ch = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=freshdesk.com; s=fd1;\n\th=from:to:subject:message-id:date; bh=%s=;\n\tb=%s" % (r.b64s(43), r.b64s(70)),
          "Date: %s" % fmt(utc, 0),
          "From: Hawkeye Plumbing Support <support@hawkeyeplumbing.com>",
          "Reply-To: Hawkeye Plumbing Support <support@hawkeyeplumbing.com>",
          "To: customercare@alliant-energy.com",
          "Message-ID: <%s.%d@hawkeyeplumbing.freshdesk.com>" % (r.hexs(24), tid),
          "In-Reply-To: %s" % ack.msgid,
          "References: %s" % ack.msgid,
          "Subject: Ticket Received - [#%d] %s" % (tid, ack.subject),
          "MIME-Version: 1.0",
          "Content-Type: text/html; charset=UTF-8",
          "Content-Transfer-Encoding: quoted-printable"]
    html = """<html><body><div>Dear Alliant Energy Customer Care,</div><br><div>We would like to acknowledge that we have received your request and a ticket has been created.<br>A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).</div><br><div>To view the status of the ticket or add comments, please visit<br><a href="https://hawkeyeplumbing.freshdesk.com/helpdesk/tickets/%d">https://hawkeyeplumbing.freshdesk.com/helpdesk/tickets/%d</a></div><br><div>Thank you for your patience.</div><br><div>Sincerely,<br>Hawkeye Plumbing Support Team</div></body></html>""" % (tid, tid)
    return utc, assemble(top, ch, qp(html + "\n"))


a("ticket_ack", C, "2028-03-10 15:00:09", ticket_autoreply,
  "LOOP TRAP: a business's helpdesk (Freshdesk) auto-acknowledges our acknowledgement; no Auto-Submitted header at all.",
  "automated: auto-reply (loop trap)")


# ------------------------------------------------------------------ read receipts
def outlook_read(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    email = "sbrenneman@outlook.com"
    staff = O.ours("STAFF", r, when="2028-03-06 15:40:00", subject="RE: Final bill for 418 Oak St",
                   text="Hi Stacy, your final bill will be mailed to your new address.")
    host, ip, auth, pl = provider_block(r, "outlookcom", email, mbaddr, utc)
    top = our_chain(r, email, mbaddr, host, ip, auth, utc)
    srv = auth["srv"]
    b = "_002_%s%s_" % (srv, r.HEX(20))
    ch = ["From: Stacy Brenneman <%s>" % email,
          "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
          "Subject: Read: RE: Final bill for 418 Oak St",
          "Thread-Topic: Final bill for 418 Oak St",
          "Thread-Index: A%s" % r.b64s(30),
          "Date: %s" % fmt(utc, 0),
          "Message-ID: <%s%s@%s.namprd12.prod.outlook.com>" % (srv, r.HEX(20), srv),
          "References: %s" % staff.msgid,
          "In-Reply-To: %s" % staff.msgid,
          "Content-Language: en-US",
          "X-MS-Has-Attach:",
          "X-MS-TNEF-Correlator:",
          'Content-Type: multipart/report;\n\tboundary="%s";\n\treport-type=disposition-notification' % b,
          "MIME-Version: 1.0"]
    body = """--%s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message

  To: Stacy Brenneman
  Subject: RE: Final bill for 418 Oak St
  Sent: %s

was read on %s.

--%s
Content-Type: message/disposition-notification

Original-Recipient: rfc822;%s
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed

--%s--
""" % (b, fmt(staff.utc, 0), fmt(utc, 0), b, email, email, staff.msgid, b)
    return utc, assemble(top + pl, ch, body)


a("read_outlook", C, "2028-03-07 08:12:40", outlook_read, "Outlook read receipt for a staff reply (requested by staff): automated, no action.", "automated: read receipt")


def tb_mdn(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    email = "rkrumm@netins.net"
    staff = O.ours("STAFF", r, when="2028-03-16 14:05:00", subject="Re: Order 58810 - heated throw backorder",
                   name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com", text="...")
    host, ip, auth, pl = provider_block(r, "isp", email, mbaddr, utc)
    top = our_chain(r, email, mbaddr, host, ip, auth, utc)
    b = "------------%s" % r.alnum(24)
    ch = ["Content-Type: multipart/report; report-type=disposition-notification;\n boundary=\"%s\"" % b,
          "Message-ID: <%s-%s-%s-%s-%s@netins.net>" % (r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12)),
          "Date: %s" % fmt(utc, central_offset(utc)),
          "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird",
          "From: Ruth Krumm <%s>" % email,
          "Subject: Return Receipt (displayed) - Re: Order 58810 - heated throw\n backorder",
          "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"]
    body = """This is a multi-part message in MIME format.
--%s
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to %s.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--%s
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: %s; Mozilla Thunderbird
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed

--%s
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Date: %s
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: Ruth Krumm <%s>
Subject: Re: Order 58810 - heated throw backorder
Message-ID: %s
Disposition-Notification-To: powerhousecatalog@alliant-energy.com

--%s--
""" % (b, email, b, "rkrumm-pc", email, staff.msgid, b, fmt(staff.utc, central_offset(staff.utc)), email, staff.msgid, b)
    return utc, assemble(top + pl, ch, body)


a("mdn_tb", P, "2028-03-17 10:20:15", tb_mdn, "Thunderbird MDN (return receipt) for a staff reply from the catalog mailbox.", "automated: read receipt")


# ------------------------------------------------------------------ calendar
def internal_invite(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    email = "megan.ostrowski@alliant-energy.com"
    top = our_chain(r, email, mbaddr, "exch02.corp.alliant-energy.com", "10.30.4.22", dict(dkim="alliant-energy.com", sel="sel1", spf="pass"), utc)
    b = "_000_%s_" % r.HEX(30)
    uid = "040000008200E00074C5B7101A82E008000000%s" % r.HEX(40)
    ch = ["From: Megan Ostrowski <%s>" % email,
          "To: Customer Care Mailbox <customercare@alliant-energy.com>, Privacy Office\n\t<privacy.office@alliant-energy.com>",
          "Subject: Ice storm follow-up: customercare mailbox triage",
          "Thread-Topic: Ice storm follow-up: customercare mailbox triage",
          "Thread-Index: A%s" % r.b64s(30),
          "Date: %s" % fmt(utc, central_offset(utc)),
          "Message-ID: <%s@exch02.corp.alliant-energy.com>" % r.HEX(36),
          "Accept-Language: en-US",
          "Content-Language: en-US",
          "X-MS-Has-Attach:",
          "X-MS-TNEF-Correlator:",
          'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
          "MIME-Version: 1.0"]
    desc = "Quick huddle to sort the storm replies that are landing in customercare@ (people replying STOP/unsubscribe to outage alerts) and make sure none get processed as marketing opt-outs.\\n\\nTeams link in the invite."
    ical = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
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
ORGANIZER;CN=Megan Ostrowski:mailto:megan.ostrowski@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer
  Care Mailbox:mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Privacy O
 ffice:mailto:privacy.office@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:%s
UID:%s
SUMMARY;LANGUAGE=en-US:Ice storm follow-up: customercare mailbox triage
DTSTART;TZID=Central Standard Time:20280310T093000
DTEND;TZID=Central Standard Time:20280310T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""" % (desc, uid, utc.strftime("%Y%m%dT%H%M%SZ"))
    text = desc.replace("\\n", "\n")
    body = "--%s\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n\n--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n" % (
        b, qp(text, "us-ascii"), b, b64(ical.replace("\n", "\r\n")), b)
    return utc, assemble(top, ch, body)


a("cal_internal", C, "2028-03-09 09:10:26", internal_invite,
  "Internal meeting invitation (text/calendar) to the mailbox; mentions STOP/unsubscribe/opt-outs but is no request.", "automated: calendar invitation")


def google_invite(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    email = "rachel.ng@lakeshoremailing.com"
    host, ip, auth, pl = provider_block(r, "gworkspace", email, mbaddr, utc)
    top = our_chain(r, email, mbaddr, host, ip, auth, utc)
    b1 = "000000000000" + r.hexs(12)
    b2 = "000000000000" + r.hexs(12)
    uid = "%s@google.com" % r.alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789")
    subj = "Invitation: PowerHouse Summer drop: suppression file handoff @ Tue Mar 21, 2028 10am - 10:30am (CDT) (powerhousecatalog@alliant-energy.com)"
    ch = ["MIME-Version: 1.0",
          "Reply-To: Rachel Ng <%s>" % email,
          "Sender: Google Calendar <calendar-notification@google.com>",
          "Auto-Submitted: auto-generated",
          "Message-ID: <calendar-%s-%s-%s-%s-%s@google.com>" % (r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12)),
          "Date: %s" % fmt(utc, 0, "std"),
          fold("Subject", subj),
          "From: Rachel Ng <%s>" % email,
          "To: powerhousecatalog@alliant-energy.com, dwillis@alliant-energy.com",
          'Content-Type: multipart/mixed; boundary="%s"' % b1]
    desc = "Agenda: confirm the internal do-not-share and do-not-mail suppression files for the Summer drop are final, NCOA pass, and the hand-off to the list exchange partner.\\n\\nJoin Google Meet: https://meet.google.com/xqa-rbnd-kwe"
    ical = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20280321T150000Z
DTEND:20280321T153000Z
DTSTAMP:%s
ORGANIZER;CN=Rachel Ng:mailto:rachel.ng@lakeshoremailing.com
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerho
 usecatalog@alliant-energy.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rachel Ng;X-NUM-GUESTS=0:mailto:rachel.ng@lakeshoremailing.com
DESCRIPTION:%s
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PowerHouse Summer drop: suppression file handoff
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""" % (utc.strftime("%Y%m%dT%H%M%SZ"), uid, desc)
    ical_crlf = ical.replace("\n", "\r\n")
    text = "PowerHouse Summer drop: suppression file handoff\nTuesday Mar 21, 2028 \u22c5 10am \u2013 10:30am (Central Time - Chicago)\n\n" + desc.replace("\\n", "\n") + "\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP."
    html = "<html><body><h2>PowerHouse Summer drop: suppression file handoff</h2><p>Tuesday Mar 21, 2028 &#8901; 10am &#8211; 10:30am (Central Time - Chicago)</p><p>%s</p><p>Invitation from Google Calendar</p></body></html>" % html_escape(desc.replace("\\n", " "))
    body = "--%s\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\nContent-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST\nContent-Transfer-Encoding: 7bit\n\n%s\n--%s--\n\n--%s\nContent-Type: application/ics; name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n" % (
        b1, b2, b2, qp(text), b2, qp(html + "\n"), b2, ical, b2, b1, b64(ical_crlf), b1)
    return utc, assemble(top + pl, ch, body)


a("cal_vendor", P, "2028-03-15 09:00:41", google_invite,
  "Mail house's Google Calendar invitation (text/calendar) about do-not-share suppression files: vendor mail, no request.", "automated: calendar invitation")


# ------------------------------------------------------------------ phishing
def phish(r, s):
    utc = to_utc(s["when"], s.get("off"))
    mbaddr = MB[s["mb"]]
    host, ip = s["host"], s["ip"]
    env = s["env"]
    top = our_chain(r, env, mbaddr, host, ip, dict(dkim=None, spf=s.get("spf", "softfail"), from_dom=s["from_dom"],
                                                       dmarc="fail (p=reject dis=none)" if s["from_dom"].endswith("alliantenergy.com") else "none (p=none dis=none)"), utc, return_path=env)
    ch = list(s["hdrs"](r, utc))
    return utc, assemble(top, ch, s["body"](r))


def _ph1_hdrs(r, utc):
    return ["From: \"Alliant Energy\" <billing@alliant-energy-payments.com>",
            "To: customercare@alliant-energy.com",
            "Subject: Final Disconnect Notice - Immediate Action Required",
            "Date: %s" % fmt(utc, 0),
            "Message-ID: <%s@alliant-energy-payments.com>" % r.hexs(20),
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=\"UTF-8\"",
            "Content-Transfer-Encoding: quoted-printable",
            "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]


def _ph1_body(r):
    html = """<html><body style="font-family:Arial"><table width="600"><tr><td style="background:#1b3f73;color:#fff;padding:12px"><b>Alliant Energy</b></td></tr>
<tr><td style="padding:16px"><p>Dear Valued Customer,</p><p>Our records show your account has a past due balance of <b>$287.44</b>. Your electric service is scheduled for <b>disconnection within 24 hours</b>.</p>
<p>To avoid interruption, please verify your payment information immediately:</p>
<p><a href="http://alliantenergy-securepay.top/verify?id=%s" style="background:#e87722;color:#fff;padding:10px 18px;text-decoration:none">PAY NOW AND AVOID DISCONNECTION</a></p>
<p>If you have already paid, please disregard this message.</p><p>Alliant Energy Billing Department</p></td></tr></table></body></html>""" % r.hexs(12)
    return qp(html + "\n")


a("phish_disconnect", C, "2028-03-06 13:37:02", phish, "Phishing pretending to be our billing (look-alike domain, SPF softfail, HTML only).",
  "automated: spam/phishing", host="vps-4821.hostcheap.xyz", ip="185.222.%d.%d" % (57, 14), env="bounce@alliant-energy-payments.com",
  from_dom="alliant-energy-payments.com", hdrs=_ph1_hdrs, body=_ph1_body)


def phish2(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    env = "noreply@alliantenergy-support.com"
    top = our_chain(r, env, mbaddr, "mail.alliantenergy-support.com", "45.148.%d.%d" % (10, 77),
                    dict(dkim="alliantenergy-support.com", sel="default", spf="pass", from_dom="alliantenergy-support.com",
                         dmarc="pass (p=none dis=none)"), utc, return_path=env)
    b = "----=_NextPart_%s" % r.HEX(16)
    ch = ["From: Alliant Energy Customer Care <care@alliantenergy-support.com>",
          "To: customercare@alliant-energy.com",
          "Subject: Ice storm compensation: claim your $75 bill credit",
          "Date: %s" % fmt(utc, -300),
          "Message-ID: <%s.%s@alliantenergy-support.com>" % (r.digits(12), r.hexs(6)),
          "MIME-Version: 1.0",
          'Content-Type: multipart/alternative; boundary="%s"' % b]
    text = "Dear customer,\n\nWe are sorry for the outage you experienced during this week's ice storm. Affected customers are eligible for a one-time $75 bill credit.\n\nClaim your credit before March 12: https://alliant-credit-claim.com/storm?c=%s\n\nYou will need to confirm your account number and card on file.\n\nAlliant Energy Customer Care\n\nTo unsubscribe from these messages click here." % r.hexs(10)
    html = "<html><body><p>Dear customer,</p><p>We are sorry for the outage you experienced during this week's ice storm. Affected customers are eligible for a <b>one-time $75 bill credit</b>.</p><p><a href=\"https://alliant-credit-claim.com/storm\">CLAIM YOUR CREDIT</a> before March 12.</p><p>You will need to confirm your account number and card on file.</p><p>Alliant Energy Customer Care</p><p style=\"font-size:10px\">To unsubscribe from these messages <a href=\"https://alliant-credit-claim.com/u\">click here</a>.</p></body></html>"
    body = "--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n" % (
        b, b64(text.replace("\n", "\r\n")), b, b64(html), b)
    return utc, assemble(top, ch, body)


a("phish_storm", C, "2028-03-09 16:20:48", phish2, "Storm-themed phishing (look-alike domain that passes its own DKIM/SPF), base64 parts; 'unsubscribe' text is the phisher's.",
  "automated: spam/phishing")


def phish_es(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    env = "info@servicio-cliente-ae.com"
    top = our_chain(r, env, mbaddr, "smtp.servicio-cliente-ae.com", "194.87.%d.%d" % (31, 202),
                    dict(dkim=None, spf="neutral", from_dom="alliantenergy.com", dmarc="fail (p=reject dis=none)"), utc, return_path=env)
    subj = "Aviso de suspensión de servicio – Alliant Energy"
    ch = ["From: %s <avisos@alliantenergy.com>" % ew("Alliant Energía", "iso-8859-1", "Q"),
          "To: customercare@alliant-energy.com",
          "Subject: %s" % ew(subj, "UTF-8", "B"),
          "Date: %s" % fmt(utc, 60),
          "Message-ID: <%s@servicio-cliente-ae.com>" % r.hexs(18),
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=\"iso-8859-1\"",
          "Content-Transfer-Encoding: quoted-printable"]
    text = """Estimado cliente:

Le informamos que su servicio de electricidad será suspendido el día de mañana por falta de pago.

Para evitar la suspensión, actualice sus datos de pago en el siguiente enlace:
http://alliant-pagos.info/cliente

Si ya realizó su pago, ignore este mensaje.

Atentamente,
Departamento de Cobranza
Alliant Energía"""
    return utc, assemble(top, ch, qp(text, "iso-8859-1") + "\n")


a("phish_es", C, "2028-03-12 22:05:33", phish_es, "Spanish phishing spoofing our From domain (DMARC fail), ISO-8859-1.", "automated: spam/phishing", lang="es")


def phish_autopay(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    env = "support@ae-autopay-center.net"
    top = our_chain(r, env, mbaddr, "ip-172-31-%d-%d.ec2.internal" % (r.randint(1, 250), r.randint(1, 250)), "54.201.%d.%d" % (88, 19),
                    dict(dkim=None, spf="softfail", from_dom="ae-autopay-center.net", dmarc="none (p=none dis=none)"), utc, return_path=env)
    ch = ["From: \"Alliant Energy AutoPay\" <support@ae-autopay-center.net>",
          "To: \"customercare\" <customercare@alliant-energy.com>",
          "Subject: Action needed: verify your AutoPay information",
          "Date: %s" % fmt(utc, 0),
          "Message-ID: <%s@ae-autopay-center.net>" % r.hexs(24),
          "MIME-Version: 1.0",
          "Content-Type: text/html; charset=utf-8",
          "Content-Transfer-Encoding: base64"]
    html = "<html><body><div style=\"font-family:Segoe UI,Arial\"><img src=\"https://ae-autopay-center.net/logo.png\" alt=\"Alliant Energy\"><p>Hello,</p><p>We were unable to process your AutoPay payment for March. To keep AutoPay active, please verify your bank details within 48 hours.</p><p><a href=\"https://ae-autopay-center.net/login\">Verify AutoPay</a></p><p>Thank you for being an Alliant Energy customer.</p></div></body></html>"
    return utc, assemble(top, ch, b64(html))


a("phish_autopay", C, "2028-03-17 06:44:10", phish_autopay, "AutoPay phishing, HTML only, base64.", "automated: spam/phishing")


# ------------------------------------------------------------------ vendors
def vendor_plain(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    env = s["env"]
    top = our_chain(r, env, mbaddr, s["host"], s["ip"], dict(dkim=s["dkim"], sel="k1", spf="pass", from_dom=s["from"].split("@")[1].rstrip(">")), utc, return_path=env)
    ch = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=k1;\n\tt=%d; bh=%s=;\n\th=From:To:Subject:Date:Message-ID;\n\tb=%s" % (s["dkim"], int(utc.timestamp()), r.b64s(43), r.b64s(70)),
          "From: %s" % s["from"],
          "To: %s" % s.get("to", mbaddr),
          "Subject: %s" % s["subject"],
          "Date: %s" % fmt(utc, central_offset(utc)),
          "Message-ID: <%s.%s@%s>" % (r.digits(10), r.hexs(8), s["dkim"]),
          "MIME-Version: 1.0"]
    ch += s.get("extra", [])
    if s.get("html"):
        ch += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
        return utc, assemble(top, ch, qp(s["body"] + "\n"))
    ch += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"]
    return utc, assemble(top, ch, s["body"] + "\n")


a("lakeshore_job", P, "2028-03-06 10:02:17", vendor_plain,
  "Mail house job notice: suppression counts, 'do-not-share' wording; vendor system mail, no request.", "automated: vendor notification",
  env="jobs@lakeshoremailing.com", host="smtp.lakeshoremailing.com", ip="208.71.%d.%d" % (44, 19), dkim="lakeshoremailing.com",
  **{"from": "Lakeshore Mailing Services <jobs@lakeshoremailing.com>"},
  subject="Job 28-0311 PowerHouse Spring drop: suppression file processed",
  extra=["Auto-Submitted: auto-generated", "X-Job-Id: 28-0311"],
  body="""Job: 28-0311  PowerHouse Catalog - Spring 2028 remail
Client: Alliant Energy / PowerHouse Catalog
Status: SUPPRESSION COMPLETE

Input records:                      61,940
Internal do-not-mail suppression:    2,118
Internal do-not-share flags:         1,284 (excluded from list exchange output)
DMAchoice suppression:                 917
NCOA moves updated:                  1,006
Deceased suppression:                  142
Final mail file:                     57,763

Output files are on the SFTP site under /powerhouse/2028/spring/.
This is an automated message from Lakeshore JobTrack. Replies to this address are not monitored.""")

a("sendwell_report", P, "2028-03-10 07:00:05", vendor_plain,
  "ESP campaign report for Spring Refresh (unsubscribe and complaint counts): vendor notification.", "automated: vendor notification",
  env="bounce-ntf@mail.sendwell-mail.com", host="o7.mail.sendwell-mail.com", ip="149.72.%d.%d" % (121, 40), dkim="sendwell-mail.com",
  **{"from": "Sendwell <notifications@sendwell-mail.com>"}, subject="Campaign report: Spring Refresh (PH-2803-SR), first 72 hours",
  html=True, extra=["X-SW-Account: 55120", "Precedence: bulk"],
  body="""<html><body style="font-family:Helvetica,Arial"><h3>Spring Refresh (PH-2803-SR)</h3><table cellpadding="4"><tr><td>Sent</td><td>48,212</td></tr><tr><td>Delivered</td><td>47,605</td></tr><tr><td>Opens</td><td>19,870</td></tr><tr><td>Clicks</td><td>2,304</td></tr><tr><td>Unsubscribes (one-click)</td><td>211</td></tr><tr><td>Unsubscribes (mailto)</td><td>38</td></tr><tr><td>Spam complaints</td><td>9</td></tr></table><p>Mailto unsubscribes are delivered to your reply mailbox and must be processed by you.</p><p>You are receiving this report because you are an admin on account 55120. <a href="https://app.sendwell-mail.com/settings/notifications">Notification settings</a></p></body></html>""")

a("broker_order", P, "2028-03-14 11:30:48", vendor_plain,
  "List broker's order confirmation for a list exchange ('do-not-share flags honored'): vendor notification, no request.", "automated: vendor notification",
  env="orders@northstarlists.com", host="mail.northstarlists.com", ip="67.227.%d.%d" % (201, 8), dkim="northstarlists.com",
  **{"from": "Northstar List Management <orders@northstarlists.com>"}, subject="Order confirmed: NS-28-04417 Garden Gate Seeds x PowerHouse Catalog exchange",
  extra=["Auto-Submitted: auto-generated"],
  body="""ORDER CONFIRMATION  NS-28-04417

List:        PowerHouse Catalog buyers, 0-12 month
Exchange partner: Garden Gate Seeds
Quantity:    15,000 names (name and postal address only)
Mail date:   04/18/2028
Suppression: PowerHouse do-not-share flags honored per file dated 03/06/2028

Please contact your account manager with any changes. This confirmation was generated automatically.""")

a("print_proof", P, "2028-03-17 13:00:22", vendor_plain,
  "Print vendor proof notice for the summer catalog: vendor notification.", "automated: vendor notification",
  env="proofs@heartlandprint.com", host="smtp.heartlandprint.com", ip="12.161.%d.%d" % (32, 77), dkim="heartlandprint.com",
  **{"from": "Heartland Print Group <proofs@heartlandprint.com>"}, subject="Proof ready for approval: PowerHouse Summer 2028 catalog (job HP-77120)",
  extra=["Auto-Submitted: auto-generated"],
  body="""A new proof is ready for your review.

Job: HP-77120  PowerHouse Summer 2028 catalog, 48 pp + cover
Proof round: 1
Due back: 03/22/2028

Review and approve online: https://proof.heartlandprint.com/job/HP-77120

This is an automated notification from Heartland Print Group.""")


# ------------------------------------------------------------------ newsletters, lists, cold outreach, challenge
def bulk(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    env = s["env"]
    top = our_chain(r, env, mbaddr, s["host"], s["ip"], dict(dkim=s["dkim"], sel="s1", spf="pass", from_dom=s["from_dom"]), utc, return_path=env)
    b = "=_%s" % r.hexs(24)
    ch = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s1;\n\tt=%d; bh=%s=;\n\th=From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID;\n\tb=%s" % (s["dkim"], int(utc.timestamp()), r.b64s(43), r.b64s(70)),
          "From: %s" % s["from"],
          "To: %s" % mbaddr,
          "Subject: %s" % s["subject"],
          "Date: %s" % fmt(utc, 0),
          "Message-ID: <%s@%s>" % (r.hexs(28), s["dkim"]),
          "List-Id: %s" % s["list_id"],
          "List-Unsubscribe: <https://%s/u/%s>, <mailto:unsubscribe@%s?subject=%s>" % (s["dkim"], r.hexs(16), s["dkim"], r.hexs(10)),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "Precedence: bulk",
          "Feedback-ID: %s:%s" % (r.digits(6), s["dkim"].split(".")[0]),
          "MIME-Version: 1.0",
          'Content-Type: multipart/alternative; boundary="%s"' % b]
    text = s["text"]
    html = "<html><body style=\"font-family:Georgia,serif;max-width:620px\">%s</body></html>" % paras_html(text, "p", False)
    body = "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n" % (
        b, qp(text), b, qp(html + "\n"), b)
    return utc, assemble(top, ch, body)


a("nl_privacy", C, "2028-03-08 06:00:12", bulk, "Professional newsletter the mailbox subscribes to; full of opt-out vocabulary, bulk.", "automated: newsletter",
  env="bounce@news.privacypractitioners.org", host="mta12.news.privacypractitioners.org", ip="192.174.%d.%d" % (82, 12),
  dkim="news.privacypractitioners.org", from_dom="news.privacypractitioners.org",
  **{"from": "Privacy Practitioners Digest <digest@news.privacypractitioners.org>"},
  subject="Digest: Iowa's privacy law one year in; honoring opt-out signals; state DSAR volumes", list_id="Privacy Practitioners Digest <digest.privacypractitioners.org>",
  text="""PRIVACY PRACTITIONERS DIGEST | Wednesday, March 8, 2028

Iowa's consumer data law, one year in: what regulators are asking for
Honoring opt-out preference signals across e-mail and postal channels
DSAR volumes rose 18% in Q4; utilities saw the largest jump
Do-not-share requests and list rental: a practical checklist for catalogers

You are receiving this digest because you subscribed at privacypractitioners.org. Unsubscribe or manage preferences: https://news.privacypractitioners.org/prefs""")

a("nl_catalog", P, "2028-03-11 06:00:40", bulk, "Trade newsletter for catalogers delivered to the catalog mailbox: bulk.", "automated: newsletter",
  env="bounces@mail.catalogsuccess.com", host="mail.catalogsuccess.com", ip="198.2.%d.%d" % (180, 33),
  dkim="mail.catalogsuccess.com", from_dom="mail.catalogsuccess.com",
  **{"from": "Catalog Success Weekly <news@mail.catalogsuccess.com>"},
  subject="Spring drops, postal rate changes, and why co-op databases still work", list_id="Catalog Success Weekly <weekly.catalogsuccess.com>",
  text="""CATALOG SUCCESS WEEKLY

USPS proposes July rate change for Marketing Mail flats
Spring drops: response rates up for home-and-garden titles
Co-op databases and list exchanges: keeping suppression files clean
Webinar March 23: "Paper still sells"

To stop receiving Catalog Success Weekly, unsubscribe here: https://mail.catalogsuccess.com/unsub""")

a("nl_grid", C, "2028-03-16 05:30:09", bulk, "Utility-industry daily newsletter: bulk.", "automated: newsletter",
  env="bounce@e.gridbrief.com", host="e.gridbrief.com", ip="13.111.%d.%d" % (4, 201),
  dkim="e.gridbrief.com", from_dom="e.gridbrief.com", **{"from": "Grid Brief Daily <daily@e.gridbrief.com>"},
  subject="Midwest ice storm: 300K outages at peak; heat pump incentives expand", list_id="Grid Brief Daily <daily.gridbrief.com>",
  text="""GRID BRIEF DAILY | Thursday, March 16, 2028

Midwest ice storm knocked out power to 300,000 customers at peak
Utilities expand heat pump and weatherization rebates ahead of summer
Regulators weigh new rules on customer data sharing with third parties

Manage your subscription or unsubscribe: https://e.gridbrief.com/prefs""")


def list_post(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    env = s["env"]
    host, ip = s["host"], s["ip"]
    top = our_chain(r, env, mbaddr, host, ip, dict(dkim=s["dkim"], sel="20230601", spf="pass", from_dom=s["author"].split("@")[1].rstrip(">")), utc, return_path=env)
    ch = ["From: %s" % s["author"],
          "To: %s" % s["list_addr"],
          "Subject: %s" % s["subject"],
          "Date: %s" % fmt(utc, central_offset(utc)),
          "Message-ID: <%s@%s>" % (r.alnum(30), s["author"].split("@")[1].rstrip(">")),
          "In-Reply-To: <%s@%s>" % (r.alnum(30), "gmail.com"),
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=\"UTF-8\"",
          "Content-Transfer-Encoding: 7bit"]
    ch += s["list_hdrs"]
    return utc, assemble(top, ch, s["body"] + "\n")


a("list_catops", P, "2028-03-09 12:15:30", list_post,
  "Google Groups post on an industry list the catalog mailbox is on; discusses do-not-share requests; list traffic.", "automated: list post",
  env="midwest-catalog-ops+bncBD%s@googlegroups.com" % "Q4ZLW3E4", host="mail-qt1-f199.google.com", ip="209.85.160.199",
  dkim="googlegroups.com", author="Dan Hermsen <dhermsen@prairiehomegoods.com>",
  list_addr="PowerHouse Catalog <powerhousecatalog@alliant-energy.com>,\n Midwest Catalog Ops <midwest-catalog-ops@googlegroups.com>",
  subject="Re: Handling do-not-share requests that arrive after the exchange file is cut",
  list_hdrs=["X-Original-Sender: dhermsen@prairiehomegoods.com",
             "Precedence: list",
             "Mailing-list: list midwest-catalog-ops@googlegroups.com; contact midwest-catalog-ops+owners@googlegroups.com",
             "List-ID: <midwest-catalog-ops.googlegroups.com>",
             "X-Google-Group-Id: 118840232118",
             "List-Post: <https://groups.google.com/group/midwest-catalog-ops/post>, <mailto:midwest-catalog-ops@googlegroups.com>",
             "List-Help: <https://groups.google.com/support/>, <mailto:midwest-catalog-ops+help@googlegroups.com>",
             "List-Archive: <https://groups.google.com/group/midwest-catalog-ops/>",
             "List-Unsubscribe: <mailto:googlegroups-manage+118840232118+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/midwest-catalog-ops/subscribe>"],
  body="""We flag them immediately and send a supplemental suppression to the partner if the file went out less than 10 days before their merge. Past that we ask the customer to also register with DMAchoice. Nobody has complained about that approach yet.

Please do not share my name with anyone, ha - that's what half our mailbox says this week after the spring drop.

Dan

--
You received this message because you are subscribed to the Google Groups "Midwest Catalog Ops" group.
To unsubscribe from this group and stop receiving emails from it, send an email to midwest-catalog-ops+unsubscribe@googlegroups.com.""")

a("list_wiee", C, "2028-03-17 11:00:18", list_post,
  "Mailman list post (Wisconsin energy-efficiency list) mentioning our rebates: list traffic.", "automated: list post",
  env="wi-energy-efficiency-bounces@lists.focusonenergy-partners.org", host="lists.focusonenergy-partners.org", ip="204.62.%d.%d" % (18, 91),
  dkim=None, author="Karl Steffen <ksteffen@steffenmechanical.com>",
  list_addr="customercare@alliant-energy.com",
  subject="[wi-ee] Alliant heat pump rebate levels for spring",
  list_hdrs=["X-BeenThere: wi-energy-efficiency@lists.focusonenergy-partners.org",
             "X-Mailman-Version: 2.1.39",
             "X-Mailman-Personalized: Yes",
             "Precedence: list",
             "List-Id: Wisconsin energy efficiency contractors <wi-energy-efficiency.lists.focusonenergy-partners.org>",
             "List-Unsubscribe: <https://lists.focusonenergy-partners.org/mailman/options/wi-energy-efficiency>,\n <mailto:wi-energy-efficiency-request@lists.focusonenergy-partners.org?subject=unsubscribe>",
             "List-Post: <mailto:wi-energy-efficiency@lists.focusonenergy-partners.org>",
             "Errors-To: wi-energy-efficiency-bounces@lists.focusonenergy-partners.org",
             "Sender: \"wi-energy-efficiency\" <wi-energy-efficiency-bounces@lists.focusonenergy-partners.org>"],
  body="""Anyone confirm whether the Alliant $1,500 heat pump tier requires the ccASHP listing or just the SEER2/HSPF2 minimums? Their promo email last week didn't say and the customer I'm quoting wants to know before Friday.

Karl Steffen
Steffen Mechanical, Baraboo WI

_______________________________________________
wi-energy-efficiency mailing list
wi-energy-efficiency@lists.focusonenergy-partners.org
https://lists.focusonenergy-partners.org/mailman/listinfo/wi-energy-efficiency""")


def cold(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    email = s["email"]
    host, ip, auth, pl = provider_block(r, "gworkspace", email, mbaddr, utc)
    top = our_chain(r, email, mbaddr, host, ip, auth, utc)
    ch = ["MIME-Version: 1.0",
          "From: %s" % addr(s["name"], email),
          "Date: %s" % fmt(utc, s.get("off", -300)),
          "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(48),
          "Subject: %s" % s["subject"],
          "To: %s" % mbaddr,
          'Content-Type: text/plain; charset="UTF-8"',
          "X-Mailer: Mailshake"]
    return utc, assemble(top + pl, ch, s["text"] + "\n")


a("cold_seo", C, "2028-03-11 03:12:44", cold, "SEO cold outreach: not a request.", "automated: spam/cold outreach",
  name="Ayesha Khan", email="ayesha@rankboostdigital.co", subject="Quick question about alliant-energy.com",
  text="""Hi there,

I was checking alliant-energy.com and noticed a few technical SEO issues that are costing you organic traffic (broken backlinks, slow mobile pages).

Would you be open to a free 10-minute audit call this week?

Best,
Ayesha Khan
Rank Boost Digital

If you don't want to hear from me again, just reply "no thanks".""")

a("cold_saas", C, "2028-03-15 14:00:21", cold, "Vendor cold sales about opt-out processing; uses 'opt-out', 'do not sell' words; no request.",
  "automated: spam/cold outreach", name="Brett Lawson", email="brett.lawson@consentflow.io", off=-420,
  subject="Cut your opt-out processing time by 80%",
  text="""Hi Customer Care team,

Utilities like yours get hundreds of "unsubscribe", "do not sell my info" and "stop the catalog" emails every month. ConsentFlow reads them, updates your CRM and your mail house suppression files automatically.

Worth a 15-minute look next week?

Brett Lawson
Account Executive, ConsentFlow

P.S. Not the right person? Let me know and I'll stop reaching out.""")


def challenge(r, s):
    utc = to_utc(s["when"])
    mbaddr = MB[s["mb"]]
    o = O.ours("NL", r)
    env = "verify@cr.mailguardian-pro.com"
    top = our_chain(r, env, mbaddr, "cr2.mailguardian-pro.com", "198.23.%d.%d" % (140, 62), dict(dkim="mailguardian-pro.com", sel="cr", spf="pass", from_dom="mailguardian-pro.com"), utc, return_path=env)
    ch = ["From: \"Ed Kowalke (via MailGuardian)\" <verify@cr.mailguardian-pro.com>",
          "To: customercare@alliant-energy.com",
          "Subject: Please verify your message: %s" % o.subject,
          "Date: %s" % fmt(utc, 0),
          "Message-ID: <cr.%s@mailguardian-pro.com>" % r.hexs(20),
          "In-Reply-To: %s" % o.msgid,
          "Auto-Submitted: auto-replied",
          "Precedence: junk",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=us-ascii"]
    body = """Hello,

You recently sent a message to ekowalke@fctc.coop. To protect against spam, Ed uses MailGuardian. Your message is being held until you verify that you are a real person.

Click to verify: https://cr.mailguardian-pro.com/v/%s

You only need to do this once. If you do not verify within 5 days, your message will be deleted.

MailGuardian Challenge/Response""" % r.hexs(24)
    return utc, assemble(top, ch, body + "\n")


a("challenge_nl", C, "2028-03-14 10:02:29", challenge, "Challenge-response verification request triggered by the newsletter: automated.", "automated: challenge-response")
