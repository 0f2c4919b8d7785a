# -*- coding: utf-8 -*-
"""Machine mail and mail that is not a request (automated = true)."""
import datetime as dt
from lib import (h, hnum, when, rfcdate, utcdate, addr, ehdr, text_part, multipart, raw_part, render,
                 attachment, Part)
from ours import ours, ours_raw_text, CC, PHC

MB = {"cc": CC, "phc": PHC}


def rcv(frm_host, ip, to, d, seed):
    return [("Received", "from %s (%s [%s])\n\tby mx%d.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
             (frm_host, frm_host, ip, hnum(seed, 1, 2), h(seed, 11).upper(), to, rfcdate(d + dt.timedelta(seconds=4))))]


def orig(key, to_name, to_addr):
    o = ours(key, to_addr)
    return o, ours_raw_text(o, to_name, to_addr)


def headers_only(raw):
    return raw.split("\n\n", 1)[0] + "\n"


# ---------------------------------------------------------------- bounces
def bounce_postfix(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], m.get("rname", ""), m["rcpt"])
    host = m["host"]
    notif = text_part("""This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: %s
""" % (host, m["rcpt"], m["diag_text"]), charset="us-ascii", extra=[("Content-Description", "Notification")])
    ds = raw_part("message/delivery-status", """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; %s
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: %s
Status: %s
Remote-MTA: dns; %s
Diagnostic-Code: smtp; %s
""" % (host, h(m["id"], 10).upper(), to, rfcdate(o["date"] + dt.timedelta(minutes=3)), m["rcpt"], m["rcpt"],
       m.get("action", "failed"), m["status"], m["rmta"], m["diag"]), [("Content-Description", "Delivery report")])
    und = raw_part("message/rfc822" if not m.get("headers_only") else "text/rfc822-headers",
                   raw if not m.get("headers_only") else headers_only(raw),
                   [("Content-Description", "Undelivered Message" if not m.get("headers_only") else "Undelivered Message Headers")])
    b = "%s.%d/%s" % (h(m["id"] + "b", 12).upper(), hnum(m["id"], 1000000000, 1999999999), host)
    body = multipart("report", [notif, ds, und], b, params="; report-type=delivery-status",
                     preamble="This is a MIME-encapsulated message.\n")
    hs = [("Return-Path", "<>"), ("Delivered-To", to)] + rcv(host, m["ip"], to, d, m["id"]) + [
        ("Date", rfcdate(d)), ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
        ("Subject", m.get("subject", "Undelivered Mail Returned to Sender")), ("To", to),
        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
        ("Message-Id", "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), h(m["id"], 11).upper(), host))]
    return render(hs, body)


def bounce_exim(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], "", m["rcpt"])
    host = m["host"]
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    %s

------ This is a copy of the message, including all the headers. ------

%s""" % (m["rcpt"], m["diag_text"], raw)
    p = text_part(text, charset="us-ascii", cte="7bit")
    p.headers = []  # exim sends plain text without MIME headers
    hs = [("Return-Path", "<>"), ("Delivered-To", to)] + rcv(host, m["ip"], to, d, m["id"]) + [
        ("Received", "from mail by %s with local (Exim 4.97.1)\n\tid 1t%s-000%s-%s\n\tfor %s; %s" %
         (host, h(m["id"], 5), h(m["id"] + "1", 3), h(m["id"] + "2", 2).upper(), to, rfcdate(d))),
        ("X-Failed-Recipients", m["rcpt"]), ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host), ("To", to),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1t%s-000%s-%s@%s>" % (h(m["id"], 5), h(m["id"] + "1", 3), h(m["id"] + "2", 2).upper(), host)),
        ("Date", rfcdate(d))]
    return render(hs, p)


def bounce_o365(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], m.get("rname", ""), m["rcpt"])
    srv = "%s.namprd%02d.prod.outlook.com" % (h(m["id"], 12).upper(), hnum(m["id"], 2, 19))
    es = m.get("lang") == "es"
    if es:
        txt = ("No se puede entregar el mensaje a estos destinatarios o grupos:\n\n%s\n"
               "El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. "
               "Vuelva a intentar enviar el mensaje más tarde o póngase en contacto con el destinatario directamente.\n\n"
               "Información de diagnóstico para administradores:\n\nServidor de generación: %s\n\n%s\n"
               "Remote Server returned '%s'\n") % (m["rcpt"], srv, m["rcpt"], m["diag"])
        subj = "No se puede entregar: " + o["subject"]
    else:
        txt = ("Your message to %s couldn't be delivered.\n\n%s\n\n%s\n\nAction Required\n\n%s\n\n"
               "How to Fix It\n%s\n\nDiagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n"
               "Remote Server returned '%s'\n") % (m["rcpt"], m["short"], m["rcpt"].split("@")[0],
                                                   m["action_req"], m["fix"], srv, m["rcpt"], m["diag"])
        subj = "Undeliverable: " + o["subject"]
    plain = text_part(txt, charset="utf-8", cte="quoted-printable")
    htm = text_part("<html><body><p>" + txt.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p></body></html>",
                    "html", "utf-8", cte="quoted-printable")
    b1 = "%s-%s" % (h(m["id"] + "x", 8), h(m["id"] + "y", 12))
    alt = multipart("alternative", [plain, htm], b1, params="; differences=Content-Type")
    ds = raw_part("message/delivery-status", """Reporting-MTA: dns;%s
Received-From-MTA: dns;mail.alliant-energy.com
Arrival-Date: %s

Original-Recipient: rfc822;%s
Final-Recipient: rfc822;%s
Action: failed
Status: %s
Diagnostic-Code: smtp;%s
""" % (srv, utcdate(o["date"], -120), m["rcpt"], m["rcpt"], m["status"], m["diag"]))
    hdrs = raw_part("text/rfc822-headers", headers_only(raw))
    b0 = "%s-%s" % (h(m["id"] + "z", 8), h(m["id"] + "w", 12))
    body = multipart("report", [alt, ds, hdrs], b0, params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Delivered-To", to)] + rcv("mail-%s.outbound.protection.outlook.com" % h(m["id"], 6),
                                                            "52.100.%d.%d" % (hnum(m["id"], 1, 250), hnum(m["id"] + "i", 1, 250)), to, d, m["id"]) + [
        ("MIME-Version", "1.0"), ("From", "postmaster@%s" % m["rcpt"].split("@")[1]), ("To", to),
        ("Date", utcdate(d)), ("Content-Language", "es-ES" if es else "en-US"),
        ("Message-ID", "<%s@%s>" % (h(m["id"] + "mid", 32), srv)),
        ("In-Reply-To", o["mid"]), ("References", o["mid"]),
        ("Subject", ehdr(subj)), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return render(hs, body)


def bounce_gmail(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], "", m["rcpt"])
    txt = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
%s
""" % (m["rcpt"], m["diag"])
    plain = text_part(txt, charset="UTF-8", cte="7bit")
    htm = text_part("<html><head></head><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>%s</b> "
                    "because the address couldn't be found, or is unable to receive mail.</p><p>%s</p></body></html>" %
                    (m["rcpt"], m["diag"]), "html", "UTF-8", cte="quoted-printable")
    b2 = "000000000000%s" % h(m["id"] + "2", 12)
    alt = multipart("alternative", [plain, htm], b2)
    ds = raw_part("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: %s
Remote-MTA: dns; %s
Diagnostic-Code: smtp; %s
Last-Attempt-Date: %s
""" % (rfcdate(o["date"], dt.timezone(dt.timedelta(hours=-8))), m["rcpt"], m["status"], m["rmta"], m["diag"],
       rfcdate(d, dt.timezone(dt.timedelta(hours=-8)))))
    msg = raw_part("message/rfc822", raw)
    b1 = "000000000000%s" % h(m["id"] + "1", 12)
    body = multipart("report", [alt, ds, msg], b1, params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Delivered-To", to)] + rcv("mail-sor-f69.google.com", "209.85.220.69", to, d, m["id"]) + [
        ("MIME-Version", "1.0"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", to),
        ("Auto-Submitted", "auto-replied"), ("Message-ID", "<%s.%s@mx.google.com>" % (h(m["id"], 16), "bounce")),
        ("Date", rfcdate(d, dt.timezone(dt.timedelta(hours=-8)))),
        ("Subject", "Delivery Status Notification (Failure)"), ("References", o["mid"]), ("In-Reply-To", o["mid"]),
        ("X-Failed-Recipients", m["rcpt"])]
    return render(hs, body)


def bounce_yahoo(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], "", m["rcpt"])
    txt = """Sorry, we were unable to deliver your message to the following address.

<%s>:
%s

--- Below this line is a copy of the message.

%s""" % (m["rcpt"], m["diag"], raw)
    p = text_part(txt, charset="us-ascii", cte="7bit")
    hs = [("Return-Path", "<>"), ("Delivered-To", to)] + rcv("sonic%d-47.consmr.mail.gq1.yahoo.com" % hnum(m["id"], 300, 330),
                                                            "98.137.%d.%d" % (hnum(m["id"], 1, 250), hnum(m["id"] + "2", 1, 250)), to, d, m["id"]) + [
        ("Date", rfcdate(d, dt.timezone.utc)), ("From", "MAILER-DAEMON@yahoo.com"), ("To", to),
        ("Subject", "Failure Notice"), ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<%d.%d@sonic.yahoo.com>" % (hnum(m["id"], 10 ** 8, 10 ** 9), hnum(m["id"] + "a", 10 ** 5, 10 ** 6))),
        ("MIME-Version", "1.0")]
    return render(hs, p)


def bounce_qmail(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], "", m["rcpt"])
    txt = """Hi. This is the qmail-send program at %s.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<%s>:
%s

--- Below this line is a copy of the message.

%s""" % (m["host"], m["rcpt"], m["diag"], raw)
    p = text_part(txt, charset="us-ascii", cte="7bit")
    p.headers = []
    hs = [("Return-Path", "<>"), ("Delivered-To", to)] + rcv(m["host"], m["ip"], to, d, m["id"]) + [
        ("Date", rfcdate(d, dt.timezone.utc).replace("+0000", "-0000")), ("From", "MAILER-DAEMON@%s" % m["host"]),
        ("To", to), ("Subject", "failure notice")]
    return render(hs, p)


def bounce_groups(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], "", m["rcpt"])
    txt = """** Message blocked **

Your message to %s has been blocked. See technical details below for more information.

The response was:
You do not have permission to post to this group. The group's owners may have restricted posting, or the group may not exist.
""" % m["rcpt"]
    plain = text_part(txt, charset="UTF-8", cte="7bit")
    ds = raw_part("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Group not accepting mail from this sender
""" % (rfcdate(o["date"]), m["rcpt"]))
    body = multipart("report", [plain, ds, raw_part("text/rfc822-headers", headers_only(raw))],
                     "000000000000%s" % h(m["id"], 12), params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Delivered-To", to)] + rcv("mail-sor-f72.google.com", "209.85.220.72", to, d, m["id"]) + [
        ("MIME-Version", "1.0"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", to),
        ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
        ("Message-ID", "<%s.grp@mx.google.com>" % h(m["id"], 16)), ("Date", rfcdate(d))]
    return render(hs, body)


# ---------------------------------------------------------------- auto replies and the rest
def generic(m):
    """Generic message: m has 'from', 'hdrs' (extra), 'subject', and either 'text' (+ 'html') or 'part'."""
    d = when(m["date"]); to = m.get("to", MB[m["mb"]])
    fa = m["from_addr"]
    host = m.get("host", "mail.%s" % fa.split("@")[1])
    hs = [("Return-Path", "<%s>" % m.get("rpath", fa)), ("Delivered-To", MB[m["mb"]])] + rcv(host, m.get("ip", "%d.%d.%d.%d" % (
        hnum(m["id"], 23, 199), hnum(m["id"] + "a", 1, 250), hnum(m["id"] + "b", 1, 250), hnum(m["id"] + "c", 1, 250))), MB[m["mb"]], d, m["id"])
    hs += [("Date", rfcdate(d, m.get("tz"))), ("From", addr(m.get("from_name", ""), fa) if m.get("from_name") else fa),
           ("To", m.get("to_hdr", to)), ("Subject", ehdr(m["subject"])),
           ("Message-ID", m.get("mid", "<%s.%s@%s>" % (h(m["id"], 14), h(m["id"] + "m", 6), host)))]
    hs += m.get("hdrs", [])
    hs.append(("MIME-Version", "1.0"))
    if "part" in m:
        body = m["part"]
    elif m.get("html"):
        body = multipart("alternative", [text_part(m["text"], charset=m.get("charset", "utf-8"), cte=m.get("cte")),
                                         text_part(m["html"], "html", m.get("charset", "utf-8"), cte=m.get("hcte", "quoted-printable"))],
                         m.get("boundary", "b1_%s" % h(m["id"] + "bd", 24)))
    else:
        body = text_part(m["text"], charset=m.get("charset", "utf-8"), cte=m.get("cte"))
    return render(hs, body)


def auto_reply(m):
    """Out-of-office and similar, answering one of our mails."""
    o = ours(m["orig"], m["from_addr"])
    m = dict(m)
    m.setdefault("subject", m.get("prefix", "Automatic reply: ") + o["subject"])
    hdrs = list(m.get("hdrs", []))
    hdrs += [("In-Reply-To", o["mid"]), ("References", o["mid"])]
    m["hdrs"] = hdrs
    m["to_hdr"] = o["frm"]
    return generic(m)


def arf(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o, raw = orig(m["orig"], "", m["rcpt"])
    p1 = text_part("This is an email abuse report for an email message received from IP 198.51.100.23 on %s.\n"
                   "For more information about this format please see http://www.mipassoc.org/arf/.\n" % rfcdate(o["date"]),
                   charset="us-ascii", cte="7bit")
    p2 = raw_part("message/feedback-report", """Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 0.1
Original-Mail-From: <bounce-%s@mail.alliant-energy.com>
Original-Rcpt-To: <%s>
Received-Date: %s
Source-IP: 198.51.100.23
Reported-Domain: alliant-energy.com
""" % (h(m["rcpt"], 10), m["rcpt"], rfcdate(o["date"])))
    p3 = raw_part("message/rfc822", raw)
    body = multipart("report", [p1, p2, p3], "----=_Part_%s" % h(m["id"], 16), params="; report-type=feedback-report")
    hs = [("Return-Path", "<feedback@arf.mail.yahoo.com>"), ("Delivered-To", to)] + rcv(
        "mta%d.arf.mail.yahoo.com" % hnum(m["id"], 1000, 9999), "66.196.%d.%d" % (hnum(m["id"], 1, 250), hnum(m["id"] + "x", 1, 250)), to, d, m["id"]) + [
        ("Date", rfcdate(d, dt.timezone.utc)), ("From", "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>"),
        ("To", to), ("Subject", "FW: " + o["subject"]), ("Message-ID", "<%s@arf.mail.yahoo.com>" % h(m["id"], 20)),
        ("MIME-Version", "1.0")]
    return render(hs, body)


def mdn(m):
    d = when(m["date"]); to = MB[m["mb"]]
    o = ours(m["orig"], m["from_addr"])
    p1 = text_part("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (
        m["from_name"], o["subject"], o["date"].strftime("%A, %B %d, %Y %I:%M:%S %p"), d.strftime("%A, %B %d, %Y %I:%M:%S %p")),
        charset="utf-8", cte="quoted-printable")
    p2 = raw_part("message/disposition-notification", """Reporting-UA: %s; Microsoft Outlook 16.0
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: automatic-action/MDN-sent-automatically; displayed
""" % (m["from_addr"].split("@")[1], m["from_addr"], o["mid"]))
    body = multipart("report", [p1, p2], "----=_NextPart_%s" % h(m["id"], 20), params="; report-type=disposition-notification")
    m2 = dict(m, subject="Read: " + o["subject"], part=body, to_hdr=o["frm"],
              hdrs=[("In-Reply-To", o["mid"]), ("References", o["mid"]), ("X-Mailer", "Microsoft Outlook 16.0")])
    return generic(m2)


def calendar(m):
    d = when(m["date"])
    st = when(m["start"])
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=%s:mailto:%s
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s
DESCRIPTION:%s
DTSTART:%s
DTEND:%s
SUMMARY:%s
UID:%s
DTSTAMP:%s
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""" % (m["from_name"], m["from_addr"], MB[m["mb"]], m["desc"].replace("\n", "\\n"),
       st.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
       (st + dt.timedelta(minutes=30)).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
       m["summary"], "040000008200E00074C5B7101A82E008%s" % h(m["id"], 24).upper(),
       d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    plain = text_part(m["desc"], charset="utf-8", cte="quoted-printable")
    ics = ics.replace("\n", "\r\n")
    cal = text_part(ics, "calendar", "utf-8", cte="base64", params="; method=REQUEST")
    body = multipart("alternative", [plain, cal], "_000_%s_" % h(m["id"], 20).upper())
    return generic(dict(m, part=body, subject=m["summary"]))
