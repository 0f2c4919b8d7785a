"""Machine mail of the esl set: bounces, auto-replies, newsletters, vendor notices, spam and phishing."""
import sys
sys.dont_write_bytecode = True
from datetime import timedelta
from lib import (R, BOX, rfc, czone, utc, in_tz, rs, HEX, ALNUM, b64s, qid, uuid_lower, uuid_upper, fold_b,
                 ew, addr, leaf, binary, multipart, assemble, esc, br, Part, raw_part, crlf)
from people import trace, dkim
from ours import OUR

def our_message_bytes(key, to_addr):
    """the message as our outbound server sent it (what a bounce returns)"""
    o = OUR[key]
    d = o["dt"]
    hs = ["Received: from app02.alliant-energy.com (app02.alliant-energy.com [10.20.7.22])\r\n\tby smtp-out1.alliant-energy.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (qid(), to_addr, rfc(d, czone(d))),
          "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com; s=ae2024;\r\n\th=From:To:Subject:Date:Message-ID; bh=%s=;\r\n\tb=%s" % (b64s(43), fold_b(b64s(200))),
          "From: %s" % addr(o["name"], o["addr"]),
          "To: %s" % to_addr,
          "Subject: %s" % o["subject"],
          "Date: %s" % rfc(d),
          "Message-ID: %s" % o["mid"],
          "MIME-Version: 1.0"]
    if key.startswith("ack"):
        hs.append("Auto-Submitted: auto-replied")
    else:
        hs.append("List-Unsubscribe: <mailto:%s?subject=unsubscribe>" % o["addr"])
        hs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    hs.append('Content-Type: text/plain; charset="utf-8"')
    hs.append("Content-Transfer-Encoding: 7bit")
    return hs, o["text"]

def rfc822_part(key, to_addr, headers_only=False):
    hs, text = our_message_bytes(key, to_addr)
    if headers_only:
        return Part(["Content-Type: text/rfc822-headers"], ("\r\n".join(hs) + "\r\n").encode())
    return Part(["Content-Type: message/rfc822"], ("\r\n".join(hs) + "\r\n\r\n" + crlf(text) + "\r\n").encode())

def our_env(key):
    return OUR[key]["addr"]

def boxof(key):
    return "ph" if OUR[key]["addr"].startswith("powerhouse") else "cc"

# --------------------------------------------------------------------------------------------------- bounces

def postfix_remote_bounce(dt, key, rcpt, host, ip, status, diag, remote):
    box = boxof(key)
    lines = trace(box, "", dt, host, ip, host.split(".", 1)[1], "mail", dkim="none", spf="pass")
    bnd = "%s.%d/%s" % (rs(11, "0123456789ABCDEF"), int(utc(dt).timestamp()), host)
    human = ("This is the mail system at host %s.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<%s>: host %s said: %s (in reply to RCPT TO command)\n" % (host, rcpt, remote, diag))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
          "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
          % (host, qid()[:10].upper(), our_env(key), rfc(dt - timedelta(seconds=4)), rcpt, rcpt, status, remote, diag))
    body = multipart("report", [
        Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], crlf(human).encode()),
        Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(ds).encode()),
        Part(["Content-Description: Undelivered Message Headers"] + rfc822_part(key, rcpt, True).headers, rfc822_part(key, rcpt, True).body)],
        bnd, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hs = lines + ["Received: by %s (Postfix)\r\n\tid %s; %s" % (host, qid()[:10].upper(), rfc(dt - timedelta(seconds=2))),
                  "Date: %s" % rfc(dt - timedelta(seconds=2)),
                  "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
                  "Subject: Undelivered Mail Returned to Sender",
                  "To: %s" % our_env(key),
                  "Auto-Submitted: auto-replied",
                  "MIME-Version: 1.0",
                  "Message-Id: <%s@%s>" % (qid()[:10].upper() + "." + str(int(utc(dt).timestamp())), host)]
    return assemble(hs, body, put_mime=False)

def our_outbound_dsn(dt, key, rcpt, status, diag):
    box = boxof(key)
    host = "smtp-out1.alliant-energy.com"
    lines = ["Return-Path: <>", "Delivered-To: %s" % BOX[box],
             "Received: from mx1.alliant-energy.com (mx1.alliant-energy.com [10.20.4.11])\r\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (qid(), BOX[box], rfc(dt, czone(dt))),
             "Received: from smtp-out1.alliant-energy.com (smtp-out1.alliant-energy.com [10.20.6.15])\r\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (qid(), BOX[box], rfc(dt - timedelta(seconds=1), czone(dt)))]
    human = ("This is the mail system at host %s.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<%s>: %s\n" % (host, rcpt, diag))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: X-Postfix; %s\n"
          % (host, qid()[:10].upper(), OUR[key]["addr"], rfc(OUR[key]["dt"]), rcpt, rcpt, status, diag))
    bnd = "%s.%d/%s" % (rs(11, "0123456789ABCDEF"), int(utc(dt).timestamp()), host)
    rp = rfc822_part(key, rcpt)
    body = multipart("report", [
        Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], crlf(human).encode()),
        Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(ds).encode()),
        Part(["Content-Description: Undelivered Message"] + rp.headers, rp.body)],
        bnd, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hs = lines + ["Date: %s" % rfc(dt - timedelta(seconds=1)),
                  "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
                  "Subject: Undelivered Mail Returned to Sender",
                  "To: %s" % OUR[key]["addr"],
                  "Auto-Submitted: auto-replied",
                  "MIME-Version: 1.0",
                  "Message-Id: <%s.%d@%s>" % (qid()[:10].upper(), int(utc(dt).timestamp()), host)]
    return assemble(hs, body, put_mime=False)

def o365_ndr(dt, key, rcpt, tenant):
    box = boxof(key)
    host = "mail-%s.outbound.protection.outlook.com" % R.choice(["bn1nam02on2091", "co1nam11on2107"])
    ip = "40.107.%d.%d" % (R.randint(90, 240), R.randint(2, 250))
    lines = trace(box, "", dt, host, ip, "%s.onmicrosoft.com" % tenant, "selector1-%s-onmicrosoft-com" % tenant)
    o = OUR[key]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Your message to %s couldn\'t be delivered.</font></b></p>'
            '<p><font size="2" face="Arial">%s wasn\'t found at %s.</font></p>'
            '<p><font size="2" face="Arial"><b>Action Required</b><br>Recipient</font></p>'
            '<p><font size="2" face="Arial">Unknown To address</font></p>'
            '<p><font size="2" face="Arial">How to Fix It<br>The address may be misspelled or may not exist. Try resending the message.</font></p>'
            '<hr><p><font size="2" face="Arial">Diagnostic information for administrators:</font></p>'
            '<p><font size="2" face="Arial">Generating server: %s.namprd11.prod.outlook.com<br><br>%s<br>Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\'</font></p>'
            '</body></html>' % (rcpt, rcpt.split("@")[0], rcpt.split("@")[1], "SA1PR11MB" + rs(4, "0123456789"), rcpt, rcpt))
    ds = ("Reporting-MTA: dns;SA1PR11MB%s.namprd11.prod.outlook.com\nReceived-From-MTA: dns;smtp-out1.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
          % (rs(4, "0123456789"), rfc(utc(o["dt"])), rcpt, rcpt))
    bnd = "%s-%s" % (uuid_lower(), rs(6, HEX))
    rp = rfc822_part(key, rcpt, True)
    body = multipart("report", [
        multipart("alternative", [leaf("text/plain", "Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n" % (rcpt, rcpt.split("@")[0], rcpt.split("@")[1]), "us-ascii", "quoted-printable"),
                                   leaf("text/html", html, "us-ascii", "quoted-printable")], "alt-" + bnd),
        Part(["Content-Type: message/delivery-status"], crlf(ds).encode()),
        rp], bnd, params="; report-type=delivery-status")
    hs = lines + ["From: postmaster@%s.onmicrosoft.com" % tenant,
                  "To: %s" % o["addr"],
                  "Date: %s" % rfc(utc(dt - timedelta(seconds=3))).replace("-0000", "+0000"),
                  "MIME-Version: 1.0",
                  "Subject: Undeliverable: %s" % o["subject"],
                  "Message-ID: <%s@SA1PR11MB%s.namprd11.prod.outlook.com>" % (uuid_lower(), rs(4, "0123456789")),
                  "In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"],
                  "X-MS-Exchange-Message-Is-Ndr:",
                  "Auto-Submitted: auto-replied",
                  "Content-Language: en-US"]
    return assemble(hs, body, put_mime=False)

def exim_bounce(dt, key, rcpt, server, reason, lang_pre=""):
    box = boxof(key)
    ip = "162.241.%d.%d" % (R.randint(2, 250), R.randint(2, 250))
    lines = trace(box, "", dt, server, ip, server.split(".", 1)[1], "default", dkim="none")
    hs_o, text_o = our_message_bytes(key, rcpt)
    text = (lang_pre +
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    %s\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            % (rcpt, reason)) + "\n".join(h.replace("\r\n", "\n") for h in hs_o) + "\n\n" + text_o + "\n"
    body = leaf("text/plain", text, "utf-8" if lang_pre else "us-ascii", "8bit" if lang_pre else "7bit", quote_cs=False)
    hs = lines + ["Received: from mailnull by %s with local (Exim 4.98)\r\n\tid 1u%s-%s-%s\r\n\tfor %s; %s" % (server, rs(5, ALNUM), rs(7, ALNUM), rs(2, ALNUM), our_env(key), rfc(dt - timedelta(seconds=2))),
                  "X-Failed-Recipients: %s" % rcpt,
                  "Auto-Submitted: auto-replied",
                  "From: Mail Delivery System <Mailer-Daemon@%s>" % server,
                  "To: %s" % our_env(key),
                  "References: %s" % OUR[key]["mid"],
                  "Subject: %s" % (ew("Повідомлення не доставлено / Mail delivery failed: returning message to sender") if lang_pre else "Mail delivery failed: returning message to sender"),
                  "Message-Id: <E1u%s-%s-%s@%s>" % (rs(5, ALNUM), rs(7, ALNUM), rs(2, ALNUM), server),
                  "Date: %s" % rfc(dt - timedelta(seconds=2)),
                  "MIME-Version: 1.0"]
    return assemble(hs, body, put_mime=False)

def qmail_bounce(dt, key, rcpt, server):
    box = boxof(key)
    ip = "64.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    lines = trace(box, "", dt, server, ip, server.split(".", 1)[1], "default", dkim="none", tls=False)
    hs_o, text_o = our_message_bytes(key, rcpt)
    text = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n" % (server, rcpt)
            ) + "Return-Path: <%s>\n" % our_env(key) + "\n".join(h.replace("\r\n", "\n") for h in hs_o) + "\n\n" + text_o + "\n"
    hs = lines + ["Received: (qmail %d invoked for bounce); %s" % (R.randint(10000, 99999), rfc(utc(dt - timedelta(seconds=3)))),
                  "Date: %s" % rfc(utc(dt - timedelta(seconds=3))),
                  "From: MAILER-DAEMON@%s" % server,
                  "To: %s" % our_env(key),
                  "Subject: failure notice"]
    return ("\r\n".join(hs)).encode() + b"\r\n\r\n" + crlf(text).encode()

# --------------------------------------------------------------------------------------------------- generic sender

def simple(dt, box, frm_name, frm_addr, subject, body, extra=(), env=None, src=("mail.example.net", "192.0.2.10"),
           dom=None, sel="default", dkim_res="pass", spf="pass", dmarc="pass", to=None, mid=None, date_tz=None):
    dom = dom or frm_addr.split("@")[1]
    lines = trace(box, env if env is not None else frm_addr, dt, src[0], src[1], dom, sel, dkim=dkim_res, spf=spf, dmarc=dmarc)
    sent = dt - timedelta(seconds=R.randint(2, 30))
    if dkim_res == "pass":
        lines.append(dkim(dom, sel, sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"))
    hs = ["From: %s" % addr(frm_name, frm_addr),
          "To: %s" % (to or BOX[box]),
          "Subject: %s" % ew(subject),
          "Date: %s" % rfc(in_tz(sent, date_tz) if date_tz is not None else sent),
          "Message-ID: %s" % (mid or "<%s@%s>" % (rs(24, ALNUM), dom)),
          "MIME-Version: 1.0"] + list(extra)
    return assemble(lines + hs, body, put_mime=False)
