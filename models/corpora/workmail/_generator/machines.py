"""Workplace machine mail that reaches the two mailboxes, plus the two person-behind-a-machine messages
(an encrypted-message notice and an inbox-cleaning service's unsubscribe).

Each builder takes the spec dict m (dt, box, box_addr and its own keys) and returns raw bytes.
"""
import base64
import datetime

from mailkit import (RNG, rs, hx, HX, uuid, b64ish, rfc, rfc_utc, later, qid, enc_word, addr, fold_blob, leaf,
                     multi, finish, boundary_outlook, boundary_gmail, esc, UTC, CST, D)
from clients import our_chain, dkim, m365_server, fmt_sent_outlook
from ours import OURS


def _auth(dkd, env, ip, fromdom, dkim_ok=True, spf="pass", dmarc="pass", helo=""):
    p = []
    if dkd:
        p.append('dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"'
                 % ("pass" if dkim_ok else "fail (signature did not verify)", dkd, dkd, rs(8)))
    else:
        p.append("dkim=none")
    if env:
        p.append("spf=%s (domain of %s %s %s as permitted sender)\n\t smtp.mailfrom=%s"
                 % (spf, env, "designates" if spf == "pass" else "does not designate", ip, env))
    else:
        p.append("spf=pass (domain of postmaster@%s designates %s as permitted sender)\n\t smtp.helo=%s smtp.mailfrom=<>" % (helo, ip, helo))
    p.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, "reject" if dmarc == "pass" else "none", fromdom))
    return ";\n\t".join(p)


def top(m, env, helo, ip, dkd=None, fromdom=None, **kw):
    fromdom = fromdom or (env.split("@")[1] if env else helo.split(".", 1)[1])
    return our_chain(m["box_addr"], env, m["dt"], helo, helo, ip, _auth(dkd, env, ip, fromdom, helo=helo, **kw))


def exo_hop(m, srv, srv2):
    return ("Received: from %s.namprd12.prod.outlook.com (2603:10b6:%x:%x::%x)\n\tby %s.namprd12.prod.outlook.com "
            "(2603:10b6:%x:%x::%x) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
            "id 15.20.9520.%d; %s" % (srv, RNG.randint(0x200, 0xfff), RNG.randint(0x10, 0x3ff), RNG.randint(1, 0x1f),
                                      srv2, RNG.randint(0x200, 0xfff), RNG.randint(0x10, 0x3ff), RNG.randint(1, 0x1f),
                                      RNG.randint(10, 30), rfc_utc(m["dt"])))


def exo_ip():
    return "40.107.%d.%d" % (RNG.randint(200, 244), RNG.randint(20, 240))


def exo_helo():
    return "mail-%snam12on%d.outbound.protection.outlook.com" % (RNG.choice(["bn8", "dm6", "mw2", "co1"]), RNG.randint(2000, 2399))


def exo_tail(dom, srv):
    return ["X-OriginatorOrg: %s" % dom,
            "X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % uuid(),
            "X-MS-Exchange-CrossTenant-id: %s" % uuid(),
            "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % srv]


def exo_msgid(srv):
    return "<%s%s@%s.namprd12.prod.outlook.com>" % (srv, HX(32), srv)


def our_msgid(dt, tag):
    return "<%s.%s.%s@mail.alliant-energy.com>" % (dt.strftime("%Y%m%d%H%M%S"), tag, hx(10))


def alt(plain, html_, b, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", plain, charset, cte), leaf("text/html", html_, charset, cte)], b)


def simple_html(text):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>%s</p>" % "<br>\n".join(esc(x) for x in block.split("\n")))
    return "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">\n%s\n</body></html>\n" % "\n".join(paras)


# ================================================================================ auto-replies

def oof_exchange(m):
    """Exchange Online out-of-office with Auto-Submitted."""
    o = OURS[m["answers"]] if m.get("answers") in OURS else None
    subj = m.get("orig_subject") or o["subject"]
    srv, srv2 = m365_server(), m365_server()
    name, a = m["who"]
    dom = a.split("@")[1]
    ip = exo_ip()
    H = top(m, "", exo_helo(), ip, dom, dom)
    H += [dkim(dom, "selector1"), exo_hop(m, srv, srv2)]
    prefix = m.get("prefix", "Automatic reply: ")
    omid = m.get("orig_msgid") or (o.get("msgid") if o else None) or our_msgid(o["sent"], "p")
    H += ["From: %s" % addr(name, a), "To: %s" % addr(m.get("to_name", "Alliant Energy"), m["box_addr"]),
          "Subject: %s" % enc_word(prefix + subj), "Thread-Topic: %s" % enc_word(subj),
          "Thread-Index: AQH%s" % b64ish(30), "Date: %s" % rfc_utc(m["dt"]), "Message-ID: %s" % exo_msgid(srv),
          "References: %s" % omid, "In-Reply-To: %s" % omid,
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "Accept-Language: %s" % m.get("lang", "en-US"), "Content-Language: %s" % m.get("lang", "en-US"),
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthSource: %s.namprd12.prod.outlook.com" % srv]
    body = m["body"]
    ent = alt(body, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n<div style=\"font-family:Aptos,Calibri,sans-serif\">%s</div>\n</body></html>\n"
              % "<br>\n".join(esc(x) for x in body.split("\n")), boundary_outlook(srv))
    return finish(H + ["MIME-Version: 1.0"] + exo_tail(dom, srv2), ent, ct_at=len(H), mime_version=None)


def oof_headerless(m):
    """An auto-reply with no Auto-Submitted / Precedence: small host, plain text."""
    o = OURS[m["answers"]]
    name, a = m["who"]
    dom = a.split("@")[1]
    ip = "68.178.252.%d" % RNG.randint(100, 250)
    helo = "p3plsmtpout00%d.prod.phx3.secureserver.net" % RNG.randint(1, 9)
    H = top(m, a, helo, ip, None, dom)
    H += ["Received: from p3plcpnl%04d.prod.phx3.secureserver.net ([184.168.%d.%d])\n\tby :SMTPAUTH: with ESMTPSA id %s; %s"
          % (RNG.randint(1000, 1999), RNG.randint(0, 255), RNG.randint(2, 250), rs(22), rfc(m["dt"]).replace("-0600", "-0700"))]
    omid = o.get("msgid") or our_msgid(o["sent"], "p")
    H += ["From: %s" % addr(name, a), "To: %s" % m["box_addr"], "Subject: %s" % m.get("subject", "Re: " + o["subject"]),
          "Date: %s" % rfc(m["dt"]), "Message-ID: <%s@%s>" % (hx(24), dom), "In-Reply-To: %s" % omid]
    if m.get("xmailer"):
        H.append("X-Mailer: %s" % m["xmailer"])
    ent = leaf("text/plain", m["body"], "us-ascii", "7bit")
    return finish(H, ent)


def ticket_autoreply(m):
    o = OURS[m["answers"]]
    name, a = m["who"]
    dom = a.split("@")[1]
    ip = "52.%d.%d.%d" % (RNG.randint(0, 40), RNG.randint(0, 255), RNG.randint(2, 250))
    helo = "mail%d.deskmailer.example.com" % RNG.randint(10, 40)
    H = top(m, "bounces+%s@em.%s" % (rs(10, "0123456789"), dom), helo, ip, dom, dom)
    omid = o.get("msgid") or our_msgid(o["sent"], "p")
    tid = "AP-%d" % RNG.randint(50000, 59999)
    H += [dkim(dom, "s1"), "From: %s" % addr(name, a), "To: %s" % m["box_addr"],
          "Subject: [#%s] Received: %s" % (tid, o["subject"]), "Date: %s" % rfc(m["dt"]),
          "Message-ID: <%s.%s@helpdesk.%s>" % (tid.lower(), hx(12), dom), "In-Reply-To: %s" % omid, "References: %s" % omid,
          "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-Autoreply: yes",
          "X-Helpdesk-Ticket: %s" % tid]
    body = ("Thank you for contacting Cedar Valley Co-op Accounts Payable.\n\nYour message has been received and assigned ticket number %s. "
            "A member of our AP team will review it within 2 business days. Please keep the ticket number in the subject line "
            "of any reply.\n\nInvoices must include a PO number to be processed.\n\nCedar Valley Co-op | Accounts Payable\n"
            "This is an automated message." % tid)
    ent = alt(body, simple_html(body), "----=_Part_%d_%d" % (RNG.randint(10 ** 6, 9 * 10 ** 6), RNG.randint(10 ** 8, 10 ** 9)))
    return finish(H, ent)


# ================================================================================ bounces and receipts

def ndr_exo(m):
    """Exchange Online NDR generated after acceptance (mailbox full)."""
    o = OURS.get(m.get("answers"))
    subj = m.get("orig_subject") or o["subject"]
    rcpt = m["rcpt"]
    dom = rcpt.split("@")[1]
    srv, srv2 = m365_server(), m365_server()
    ip = exo_ip()
    H = top(m, "", exo_helo(), ip, None, dom)
    H += [exo_hop(m, srv, srv2)]
    omid = m.get("orig_msgid") or (o.get("msgid") if o else None) or our_msgid(o["sent"], "p")
    sent = m.get("orig_sent") or o["sent"]
    mx = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s" % dom
    H += ["From: Microsoft Outlook <%s>" % mx, "To: <%s>" % m["box_addr"], "Date: %s" % rfc_utc(m["dt"]),
          "Message-ID: <%s@%s.namprd12.prod.outlook.com>" % (uuid(), srv), "In-Reply-To: %s" % omid, "References: %s" % omid,
          "Thread-Topic: %s" % subj, "Thread-Index: AQH%s" % b64ish(26), "Subject: Undeliverable: %s" % subj,
          "Auto-Submitted: auto-replied", "X-MS-PublicTrafficType: Email", "X-MS-Exchange-Message-Is-Ndr:",
          "Content-Language: en-US"]
    user = rcpt.split("@")[0]
    plain = ("Your message to %s couldn't be delivered.\n\n%s's mailbox is full.\n\n%s\nOffice 365\n%s\nAction Required\nRecipient\n\n"
             "The recipient's mailbox is full and can't accept messages now.\n\nHow to Fix It\nTry resending your message later, or contact "
             "the recipient directly.\n\nWas this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.\n\n"
             "More Info for Email Admins\nStatus code: 554 5.2.2\n\nThe recipient's mailbox is over its storage limit. The mailbox owner or "
             "their email admin needs to free up space or increase the quota.\n\nOriginal Message Details\nCreated Date: %s\nSender Address: %s\n"
             "Recipient Address: %s\nSubject: %s\n\nError Details\nError: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
             "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]"
             "Cannot open mailbox.[EndDiagnosticData]\nMessage rejected by: %s.namprd12.prod.outlook.com\n"
             % (rcpt, user, user, dom, sent.astimezone(UTC).strftime("%m/%d/%Y %I:%M:%S %p"), m["box_addr"], rcpt, subj, srv2))
    html_ = simple_html(plain)
    report = ("Reporting-MTA: dns;%s.namprd12.prod.outlook.com\nReceived-From-MTA: dns;smtp-out1.alliant-energy.com\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
              % (srv2, rfc_utc(sent), rcpt))
    orig = ("Received: from smtp-out1.alliant-energy.com (10.40.3.21) by %s.outbound.protection.outlook.com\nFrom: %s <%s>\nTo: <%s>\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"ae_%s\"\n"
            % (srv2.lower(), o["name"] if o else "Alliant Energy Customer Care", m["box_addr"], rcpt, subj, rfc(sent), omid, hx(16)))
    b = "_%s_" % uuid()
    ent = multi("report", [alt(plain, html_, "_%s_" % uuid(), "utf-8"),
                           leaf("message/delivery-status", report, None, "7bit"),
                           leaf("text/rfc822-headers", orig, None, "7bit")], b, params=" report-type=delivery-status;")
    return finish(H + ["MIME-Version: 1.0"] + exo_tail(dom, srv2), ent, ct_at=len(H), mime_version=None)


def bounce_postfix(m):
    """Our own outbound relay's bounce: the remote MX refused at RCPT time."""
    o = OURS[m["answers"]]
    rcpt = m["rcpt"]
    dt = m["dt"]
    box = m["box_addr"]
    H = ["Return-Path: <>", "Delivered-To: %s" % box,
         "Received: from smtp-out1.alliant-energy.com (smtp-out1.alliant-energy.com [10.40.3.21])\n\tby mbx01.alliant-energy.com (Postfix) "
         "with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (qid(), box, rfc(later(dt, 1, 3))),
         "Received: by smtp-out1.alliant-energy.com (Postfix)\n\tid %s; %s (CST)" % (qid(), rfc(dt)),
         "Date: %s (CST)" % rfc(dt), "From: MAILER-DAEMON@smtp-out1.alliant-energy.com (Mail Delivery System)",
         "Subject: Undelivered Mail Returned to Sender", "To: %s" % box, "Auto-Submitted: auto-replied",
         "Message-Id: <%s.%s@smtp-out1.alliant-energy.com>" % (dt.strftime("%Y%m%d%H%M%S"), qid())]
    q = qid()
    plain = ("This is the mail system at host smtp-out1.alliant-energy.com.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<%s>: host %s[%s] said:\n    %s (in reply to RCPT TO command)\n"
             % (rcpt, m["rhost"], m["rip"], m["reply"]))
    report = ("Reporting-MTA: dns; smtp-out1.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
              "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
              % (q, box, rfc(o["sent"]), rcpt, rcpt, m["status"], m["rhost"], m["reply"].replace("\n", " ")))
    omid = our_msgid(o["sent"], "p")
    orig = ("Return-Path: <%s>\nReceived: from mkt-sender02.alliant-energy.com (mkt-sender02.alliant-energy.com [10.40.5.14])\n\t"
            "by smtp-out1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)\nFrom: %s <%s>\nTo: <%s>\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nList-Unsubscribe: <mailto:%s?subject=unsubscribe>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"ae_%s\"\n"
            % (box, q, rcpt, rfc(o["sent"]), o["name"], o["addr"], rcpt, o["subject"], rfc(o["sent"]), omid, o["addr"], hx(16)))
    b = "%s.%d/smtp-out1.alliant-energy.com" % (q, int(dt.timestamp()))
    ent = multi("report", [leaf("text/plain", plain, "us-ascii", "7bit", extra=["Content-Description: Notification"]),
                           leaf("message/delivery-status", report, None, "7bit", extra=["Content-Description: Delivery report"]),
                           leaf("text/rfc822-headers", orig, None, "7bit", extra=["Content-Description: Undelivered Message Headers"])],
                b, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    return finish(H, ent)


def mdn_read(m):
    """Outlook read receipt (MDN) for our staff reply that asked for one."""
    name, a = m["who"]
    dom = a.split("@")[1]
    srv, srv2 = m365_server(), m365_server()
    ip = "170.10.133.%d" % RNG.randint(101, 199)
    H = top(m, a, "us-smtp-delivery-%d.mimecast.com" % RNG.randint(101, 199), ip, dom, dom)
    H += ["X-MC-Unique: %s-1" % rs(22), dkim(dom, "mimecast20210310"), exo_hop(m, srv, srv2)]
    subj = m["orig_subject"]
    H += ["From: %s" % addr(name, a), "To: Alliant Energy Customer Care <%s>" % m["box_addr"], "Subject: Read: %s" % subj,
          "Thread-Topic: %s" % subj.replace("RE: ", ""), "Thread-Index: AQH%s" % b64ish(34),
          "Date: %s" % rfc_utc(m["dt"]), "Message-ID: %s" % exo_msgid(srv), "References: %s" % m["orig_msgid"],
          "In-Reply-To: %s" % m["orig_msgid"], "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "X-Mimecast-Spam-Score: 0", "X-Mimecast-Originator: %s" % dom]
    sent = m["orig_sent"].astimezone(UTC)
    plain = ("Your message\n\nTo: %s\nSubject: %s\nSent: %s (UTC+00:00) Monrovia, Reykjavik\n\nwas read on %s (UTC+00:00) Monrovia, Reykjavik.\n"
             % (name, subj, sent.strftime("%A, %B %d, %Y %I:%M:%S %p").replace(" 0", " "),
                m["dt"].astimezone(UTC).strftime("%A, %B %d, %Y %I:%M:%S %p").replace(" 0", " ")))
    mdn = ("Reporting-UA: %s.namprd12.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (srv, a, m["orig_msgid"]))
    ent = multi("report", [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                           leaf("message/disposition-notification", mdn, None, "7bit")],
                "_%s_" % uuid(), params=" report-type=disposition-notification;")
    return finish(H + ["MIME-Version: 1.0"] + exo_tail(dom, srv2), ent, ct_at=len(H), mime_version=None)


def dsn_delivered(m):
    """Exchange Online delivery receipt (success DSN) for our staff reply that asked for one."""
    a = m["rcpt"]
    dom = a.split("@")[1]
    srv, srv2 = m365_server(), m365_server()
    ip = "170.10.133.%d" % RNG.randint(101, 199)
    H = top(m, "", "us-smtp-delivery-%d.mimecast.com" % RNG.randint(101, 199), ip, None, dom)
    H += [exo_hop(m, srv, srv2)]
    subj = m["orig_subject"]
    H += ["From: Microsoft Outlook <postmaster@%s>" % dom, "To: <%s>" % m["box_addr"], "Date: %s" % rfc_utc(m["dt"]),
          "Message-ID: <%s@%s.namprd12.prod.outlook.com>" % (uuid(), srv), "In-Reply-To: %s" % m["orig_msgid"],
          "References: %s" % m["orig_msgid"], "Subject: Delivered: %s" % subj, "Auto-Submitted: auto-replied",
          "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US"]
    plain = ("Your message has been delivered to the following recipients:\n\n%s (%s)<mailto:%s>\n\nSubject: %s\n"
             % (m["rcpt_name"], a, a, subj))
    report = ("Reporting-MTA: dns;%s.namprd12.prod.outlook.com\n\nFinal-Recipient: rfc822;%s\nAction: delivered\nStatus: 2.0.0\n"
              "X-Display-Name: %s\n" % (srv, a, m["rcpt_name"]))
    orig = ("From: Alliant Energy Customer Care <%s>\nTo: %s <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Return-Receipt-To: <%s>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"_000_%s_\"\n"
            % (m["box_addr"], m["rcpt_name"], a, subj, rfc(m["orig_sent"]), m["orig_msgid"], m["box_addr"], HX(24)))
    ent = multi("report", [alt(plain, simple_html(plain), "_%s_" % uuid()),
                           leaf("message/delivery-status", report, None, "7bit"),
                           leaf("text/rfc822-headers", orig, None, "7bit")],
                "_%s_" % uuid(), params=" report-type=delivery-status;")
    return finish(H + ["MIME-Version: 1.0"], ent, ct_at=len(H), mime_version=None)


# ================================================================================ gateway notices

def mimecast_hold(m):
    dom = m["rcpt"].split("@")[1]
    n = RNG.randint(101, 199)
    H = top(m, "", "us-smtp-delivery-%d.mimecast.com" % n, "170.10.133.%d" % n, None, dom)
    H += ["X-MC-Unique: %s-1" % rs(22),
          "From: Mimecast Notification <postmaster@%s>" % dom, "To: %s" % m["box_addr"],
          "Subject: Message Held for Review: %s" % m["orig_subject"], "Date: %s" % rfc(m["dt"]),
          "Message-ID: <mimecast-%s@%s>" % (hx(20), "us-mta-%d.mimecast.lan" % n), "Auto-Submitted: auto-generated",
          "X-Mimecast-Notification: hold-sender"]
    text = ("Your message has been held\n\nThe message you sent to %s has been held by the recipient organization's e-mail "
            "security service and is awaiting review by an administrator. You do not need to resend it. If it is released, it will be "
            "delivered automatically.\n\nReason: Content Examination policy - Outbound/Inbound Data Protection (account numbers)\n\n"
            "Message details\nFrom: %s\nTo: %s\nSubject: %s\nSent: %s\nReference: %s\n\n"
            "This notification was generated automatically. Replies to this address are not monitored."
            % (m["rcpt"], m["box_addr"], m["rcpt"], m["orig_subject"], rfc(m["orig_sent"]), rs(28)))
    ent = alt(text, simple_html(text), "----=_Part_%d_%d.%d" % (RNG.randint(10 ** 5, 10 ** 6), RNG.randint(10 ** 8, 10 ** 9), int(m["dt"].timestamp() * 1000)))
    return finish(H, ent)


def pp_blocked(m):
    dom = m["rcpt"].split("@")[1]
    ip = "67.231.%d.%d" % (RNG.randint(144, 159), RNG.randint(2, 250))
    helo = "mx%d-us%d.ppe-hosted.com" % (RNG.randint(1, 4), RNG.randint(1, 2))
    H = top(m, "notification@us2.proofpointessentials.com", helo, ip, "proofpointessentials.com", "us2.proofpointessentials.com")
    H += [dkim("proofpointessentials.com", "pp1"),
          "From: Proofpoint Essentials <notification@us2.proofpointessentials.com>", "To: %s" % m["box_addr"],
          "Subject: Message blocked: %s" % m["orig_subject"], "Date: %s" % rfc(m["dt"]),
          "Message-ID: <%s@us2.proofpointessentials.com>" % uuid(), "Auto-Submitted: auto-generated",
          "X-PPE-Notification: sender-blocked"]
    text = ("Your message could not be delivered.\n\nRecipient: %s\nSubject: %s\nSent: %s\n\nReason: The message contains "
            "password-protected or encrypted attachments (Statement_Jan2026.pdf, Statement_Dec2025.pdf, Statement_Nov2025.pdf) "
            "that cannot be scanned. The recipient's organization does not accept such attachments from external senders.\n\n"
            "Please contact the recipient by other means or send the files without password protection.\n\n"
            "This is an automatically generated message from Proofpoint Essentials on behalf of %s."
            % (m["rcpt"], m["orig_subject"], rfc(m["orig_sent"]), dom))
    ent = alt(text, simple_html(text), "==pp_%s" % hx(24))
    return finish(H, ent)


def secure_message(m):
    """Proofpoint Encryption wrapper around a person's message: the words are in the attachment only."""
    name, a = m["who"]
    dom = a.split("@")[1]
    n = "00%06d" % RNG.randint(100000, 399999)
    ip = "148.163.%d.%d" % (RNG.randint(144, 159), RNG.randint(10, 250))
    H = top(m, a, "mx0a-%s.pphosted.com" % n, ip, dom, dom)
    H += [dkim(dom, "pps0720"),
          "Received: from pps.filterd (m%s.ppops.net [127.0.0.1])\n\tby mx0a-%s.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id %s;\n\t%s"
          % (n[2:], n, "5" + rs(11, "0123456789ABCDEFGHabcdefgh"), rfc(m["dt"])),
          "From: %s" % addr(name, a), "To: <%s>" % m["box_addr"], "Subject: [SECURE] Alliant Energy",
          "Date: %s" % rfc(m["dt"]), "Message-ID: <%s@%s>" % (uuid(), "encrypt.%s" % dom),
          "X-Proofpoint-Encryption: Encrypted", "X-Proofpoint-GUID: %s" % rs(32)]
    text = ("You have received a secure message\n\nRead your secure message by opening the attachment, SecureMessageAtt.html. "
            "You will be prompted to open (view) the file or save (download) it to your computer. For best results, save the file "
            "first, then open it in a Web browser.\n\nIf you have concerns about the validity of this message, contact the sender "
            "directly.\n\nFirst time users - will need to register after opening the attachment.\nHelp - https://securemail.%s/help\n"
            "About Proofpoint Encryption - https://www.proofpoint.com/us/products/email-protection/email-encryption\n" % dom)
    html_ = ("<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td><b>You have received a secure message</b></td></tr>"
             "<tr><td>Read your secure message by opening the attachment, <b>SecureMessageAtt.html</b>. You will be prompted to open "
             "(view) the file or save (download) it to your computer.</td></tr><tr><td>If you have concerns about the validity of this "
             "message, contact the sender directly.</td></tr></table></body></html>\n")
    att = ("<html><head><title>Secure Message</title></head><body onload=\"document.forms[0].submit()\">"
           "<form method=\"post\" action=\"https://securemail.%s/formpostdir/safeformpost.aspx\">"
           "<input type=\"hidden\" name=\"msg\" value=\"%s\"></form></body></html>" % (dom, b64ish(900)))
    b1 = "----=_Part_%d_%d" % (RNG.randint(10 ** 6, 9 * 10 ** 6), RNG.randint(10 ** 8, 10 ** 9))
    b2 = "----=_Part_%d_%d" % (RNG.randint(10 ** 6, 9 * 10 ** 6), RNG.randint(10 ** 8, 10 ** 9))
    a1 = alt(text, html_, b2)
    a2 = leaf("application/octet-stream", None, None, "base64", params='; name="SecureMessageAtt.html"',
              extra=['Content-Disposition: attachment; filename="SecureMessageAtt.html"'], data=att.encode())
    ent = multi("mixed", [a1, a2], b1)
    return finish(H, ent)


# ================================================================================ recall

def recall(m):
    name, a = m["who"]
    dom = a.split("@")[1]
    srv, srv2 = m365_server(), m365_server()
    ip = exo_ip()
    H = top(m, a, exo_helo(), ip, dom, dom)
    H += [dkim(dom, "selector2"), exo_hop(m, srv, srv2)]
    subj = m["orig_subject"]
    H += ["From: %s" % addr(name, a), "To: %s" % m["box_addr"], "Subject: Recall: %s" % subj, "Thread-Topic: %s" % subj,
          "Thread-Index: AQH%s" % b64ish(30), "Date: %s" % rfc_utc(m["dt"]), "Message-ID: %s" % exo_msgid(srv),
          "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    text = '%s would like to recall the message, "%s".' % (name, subj)
    ent = alt(text + "\n", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
              "<p><span style=\"font-family:Aptos\">%s</span></p></body></html>\n" % esc(text), boundary_outlook(srv), "us-ascii")
    return finish(H + ["MIME-Version: 1.0"] + exo_tail(dom, srv2), ent, ct_at=len(H), mime_version=None)


# ================================================================================ collaboration notifications

def teams(m):
    ip = "52.%d.%d.%d" % (RNG.randint(96, 112), RNG.randint(0, 255), RNG.randint(2, 250))
    helo = "mail-%s.outbound.protection.outlook.com" % ("eopbgr" + str(RNG.randint(700000, 799999)))
    env = "MSTeams-%s@email.teams.microsoft.com" % hx(12)
    H = top(m, env, helo, ip, "email.teams.microsoft.com", "email.teams.microsoft.com")
    H += [dkim("email.teams.microsoft.com", "s2048"),
          "From: Microsoft Teams <noreply@email.teams.microsoft.com>", "To: %s" % m["box_addr"],
          "Subject: %s" % m["subject"], "Date: %s" % rfc_utc(m["dt"]),
          "Message-ID: <%s@email.teams.microsoft.com>" % uuid(), "X-MS-Teams-Notification-Type: %s" % m["ntype"],
          "X-Microsoft-Original-Message-ID: <%s>" % uuid()]
    text = m["body"]
    html_ = ("<html><body style=\"font-family:Segoe UI\"><table role=\"presentation\" width=\"100%%\"><tr><td>"
             "<img src=\"https://statics.teams.cdn.office.net/evergreen-assets/icons/microsoft_teams_logo.png\" alt=\"Microsoft Teams\" width=\"120\"></td></tr>"
             "<tr><td>%s</td></tr><tr><td><a href=\"https://teams.microsoft.com/l/%s\" style=\"background:#5b5fc7;color:#fff;padding:8px 16px\">%s</a></td></tr>"
             "<tr><td style=\"font-size:11px;color:#666\">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>"
             "<a href=\"https://teams.microsoft.com/l/settings/notifications\">Change notification settings</a></td></tr></table></body></html>\n"
             % ("<br>".join(esc(x) for x in text.split("\n")), rs(30), esc(m["button"])))
    ent = alt(text + "\n\n" + m["button"] + ": https://teams.microsoft.com/l/" + rs(30) + "\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n",
              html_, "--boundary_%d_%s" % (RNG.randint(100, 999), uuid()))
    return finish(H, ent)


def slack(m):
    ip = "54.%d.%d.%d" % (RNG.randint(200, 240), RNG.randint(0, 255), RNG.randint(2, 250))
    helo = "o%d.ptr%d.slack-mail.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999))
    env = "bounces+%s@email.slack.com" % rs(12, "0123456789")
    H = top(m, env, helo, ip, "slack.com", "slack.com")
    H += [dkim("slack.com", "s1"), "From: Slack <notification@slack.com>", "To: %s" % m["box_addr"],
          "Subject: %s" % m["subject"], "Date: %s" % rfc(m["dt"]), "Message-ID: <%s@slack.com>" % uuid(),
          "List-Unsubscribe: <https://slack.com/unsubscribe/%s>" % rs(24), "X-Slack-Notification-Type: %s" % m["ntype"],
          "Feedback-ID: %s:slack:notifications" % rs(8, "0123456789")]
    text = m["body"]
    ent = alt(text, simple_html(text), "%s" % hx(32))
    return finish(H, ent)


def calendar_invite(m):
    name, a = m["who"]
    dom = a.split("@")[1]
    srv, srv2 = m365_server(), m365_server()
    ip = exo_ip()
    H = top(m, a, exo_helo(), ip, dom, dom)
    H += [dkim(dom, "selector1"), exo_hop(m, srv, srv2)]
    start, end = m["start"], m["end"]
    uid = "040000008200E00074C5B7101A82E00800000000%s" % HX(40)
    H += ["From: %s" % addr(name, a), "To: %s" % m["to"], "Subject: %s" % m["subject"], "Thread-Topic: %s" % m["subject"],
          "Thread-Index: AQH%s" % b64ish(22), "Date: %s" % rfc_utc(m["dt"]), "Message-ID: %s" % exo_msgid(srv),
          "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    text = m["body"]
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Central Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\n"
           "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\n"
           "END:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=%s:mailto:%s\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s\n"
           "DESCRIPTION;LANGUAGE=en-US:%s\nUID:%s\nSUMMARY;LANGUAGE=en-US:%s\n"
           "DTSTART;TZID=Central Standard Time:%s\nDTEND;TZID=Central Standard Time:%s\nCLASS:PUBLIC\nPRIORITY:5\n"
           "DTSTAMP:%s\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\n"
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\nBEGIN:VALARM\nDESCRIPTION:REMINDER\n"
           "TRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n"
           % (name, a, m["to_cn"], m["box_addr"], text.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"), uid, m["subject"],
              start, end, m["dt"].astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")))
    # keep iCalendar lines folded at 75 octets
    folded = []
    for line in ics.split("\n"):
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    ics = "\n".join(folded)
    ent = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                leaf("text/html", simple_html(text), "utf-8", "quoted-printable"),
                                leaf("text/calendar", ics, "utf-8", "base64", params="; method=REQUEST")],
                boundary_outlook(srv))
    return finish(H + ["MIME-Version: 1.0", "X-MS-Exchange-Organization-MeetingRequest: true"] + exo_tail(dom, srv2), ent,
                  ct_at=len(H), mime_version=None)


def vendor_system(m):
    name, a = m["who"]
    dom = a.split("@")[1]
    ip = "198.%d.%d.%d" % (RNG.randint(18, 19), RNG.randint(0, 255), RNG.randint(2, 250))
    helo = "notify01.%s" % dom
    H = top(m, a, helo, ip, dom, dom)
    H += [dkim(dom, "kms1"), "From: %s" % addr(name, a), "To: %s" % m["box_addr"], "Subject: %s" % m["subject"],
          "Date: %s" % rfc(m["dt"]), "Message-ID: <%s.%s@%s>" % (m["dt"].strftime("%Y%m%d%H%M%S"), hx(8), helo),
          "Auto-Submitted: auto-generated", "X-Mailer: %s" % m.get("xmailer", "KMS Notify 4.2"), "Precedence: bulk"]
    ent = leaf("text/plain", m["body"], "us-ascii", "7bit")
    return finish(H, ent)


# ================================================================================ bulk mail

def bulk(m):
    name, a = m["who"]
    dom = a.split("@")[1]
    esp = m.get("esp", "hubspot")
    if esp == "hubspot":
        env = "1axbtbdm%s@bf%02d.hubspotemail.net" % (rs(20, "abcdefghijklmnopqrstuvwxyz0123456789"), RNG.randint(1, 9))
        helo = "mail%d.bf%02d.hubspotemail.net" % (RNG.randint(10, 99), RNG.randint(1, 9))
        ip = "158.247.%d.%d" % (RNG.randint(16, 31), RNG.randint(2, 250))
        ext = ["X-HS-Cid: %s" % rs(40), "X-Report-Abuse-To: abuse@hubspot.com"]
    elif esp == "constantcontact":
        env = "%s@in.constantcontact.com" % rs(20, "abcdefghijklmnopqrstuvwxyz0123456789")
        helo = "ccm%d.constantcontact.com" % RNG.randint(10, 40)
        ip = "208.75.123.%d" % RNG.randint(2, 250)
        ext = ["X-Roving-ID: %d.%d" % (RNG.randint(10 ** 12, 10 ** 13), RNG.randint(10 ** 6, 10 ** 7)),
               "X-Return-Path-Hint: %s" % env, "X-Roving-Campaignid: %d" % RNG.randint(10 ** 9, 10 ** 10)]
    elif esp == "marketo":
        env = "%s@%s" % ("123-ABC-456.0.%d.0.0.%d.9.%d" % (RNG.randint(10000, 99999), RNG.randint(1000, 9999), RNG.randint(10 ** 6, 10 ** 7)), "mkto.%s" % dom)
        helo = "mail%d.mktomail.com" % RNG.randint(100, 300)
        ip = "192.28.%d.%d" % (RNG.randint(128, 159), RNG.randint(2, 250))
        ext = ["X-MarketoID: 123-ABC-456:%d:%d:%d:0:0" % (RNG.randint(1000, 9999), RNG.randint(10 ** 6, 10 ** 7), RNG.randint(100, 999)),
               "X-MktArchive: false", "X-MktMailDKIM: true"]
    else:
        env = a
        helo = "mta%d.%s" % (RNG.randint(1, 9), dom)
        ip = "45.%d.%d.%d" % (RNG.randint(40, 60), RNG.randint(0, 255), RNG.randint(2, 250))
        ext = []
    H = top(m, env, helo, ip, dom, dom)
    H += [dkim(dom, "s1"), "From: %s" % addr(name, a), "To: %s" % m["box_addr"]]
    if m.get("reply_to"):
        H.append("Reply-To: %s" % m["reply_to"])
    H += ["Subject: %s" % enc_word(m["subject"]), "Date: %s" % rfc(m["dt"]),
          "Message-ID: <%s@%s>" % (uuid(), helo)]
    if m.get("list_unsub", True):
        H += ["List-Unsubscribe: <https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s?subject=unsub-%s>" % (dom if esp != "hubspot" else "hs.%s" % dom, rs(20), dom, hx(8)),
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    if m.get("precedence", True):
        H.append("Precedence: bulk")
    if m.get("list_id"):
        H.append("List-Id: %s" % m["list_id"])
    H += ext + ["Feedback-ID: %s:%s:%s" % (rs(6, "0123456789"), m.get("campaign", "news"), esp)]
    if m.get("html_only"):
        ent = leaf("text/html", m["html"], "utf-8", "quoted-printable")
    else:
        ent = alt(m["text"], m.get("html") or simple_html(m["text"]), "b1_%s" % hx(32))
    return finish(H, ent)


def sales(m):
    """Cold outreach sent through Google Workspace by a sequencing tool."""
    name, a = m["who"]
    dom = a.split("@")[1]
    n = RNG.randint(30, 99)
    h = "mail-%s1-f%d.google.com" % (RNG.choice(["pl", "qt", "oi", "yb"]), n)
    ip = "209.85.%d.%d" % (RNG.randint(128, 222), n)
    H = top(m, a, h, ip, dom, dom)
    H += [dkim(dom, "google", "mime-version:from:date:message-id:subject:to"),
          "X-Google-Smtp-Source: AGHT+IH%s==" % b64ish(58)]
    mid = "<CA%s@mail.gmail.com>" % rs(44, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_+-=")
    H += ["MIME-Version: 1.0"]
    if m.get("in_reply_to"):
        H += ["References: %s" % m["in_reply_to"], "In-Reply-To: %s" % m["in_reply_to"]]
    H += ["From: %s" % addr(name, a), "Date: %s" % rfc(m["dt"]), "Message-ID: %s" % mid, "Subject: %s" % m["subject"],
          "To: %s" % m["box_addr"], "X-Mailer: %s" % m.get("xmailer", "Outreach")]
    html_ = ('<div dir="ltr">%s</div><img src="https://%s/o/%s.gif" width="1" height="1" alt="" style="display:none">\n'
             % ("".join("<div>%s</div>" % (esc(x) if x.strip() else "<br>") for x in m["text"].split("\n")),
                m.get("pixel_host", "app.outreach.io"), rs(40)))
    ent = multi("alternative", [leaf("text/plain", m["text"], "UTF-8", "quoted-printable"),
                                leaf("text/html", html_, "UTF-8", "quoted-printable")], "000000000000" + hx(16))
    m["_msgid"] = mid
    return finish(H, ent, mime_version=None)


def phish(m):
    name, a = m["who"]
    env = m.get("env", a)
    dom = env.split("@")[1]
    ip = m.get("ip", "185.%d.%d.%d" % (RNG.randint(100, 250), RNG.randint(0, 255), RNG.randint(2, 250)))
    helo = m.get("helo", "mail.%s" % dom)
    H = top(m, env, helo, ip, m.get("dkd"), a.split("@")[1], spf=m.get("spf", "softfail"), dmarc=m.get("dmarc", "fail"))
    H += ["From: %s" % addr(name, a, m.get("hcharset", "utf-8"), "b"), "To: %s" % m.get("to", m["box_addr"]),
          "Subject: %s" % enc_word(m["subject"], m.get("hcharset", "utf-8"), "b"), "Date: %s" % rfc(m["dt"]),
          "Message-ID: <%s@%s>" % (rs(16), helo), "X-Priority: %s" % m.get("prio", "1")]
    if m.get("xmailer"):
        H.append("X-Mailer: %s" % m["xmailer"])
    cs = m.get("charset", "utf-8")
    if m.get("html_only", True):
        ent = leaf("text/html", m["html"], cs, m.get("cte", "quoted-printable"))
    else:
        ent = alt(m["text"], m["html"], "----=_NextPart_%s" % hx(20), cs, m.get("cte", "quoted-printable"))
    return finish(H, ent)


def cleaner_unsub(m):
    """An inbox-cleaning service sends the List-Unsubscribe mailto from the user's own mailbox, with Auto-Submitted."""
    name, a = m["who"]
    dom = a.split("@")[1]
    n = RNG.randint(30, 99)
    h = "mail-%s1-f%d.google.com" % (RNG.choice(["pl", "qt", "oi", "yb"]), n)
    ip = "209.85.%d.%d" % (RNG.randint(128, 222), n)
    H = top(m, a, h, ip, dom, dom)
    H += [dkim(dom, "google", "mime-version:from:date:message-id:subject:to"),
          "MIME-Version: 1.0", "From: %s" % addr(name, a), "Date: %s" % rfc(m["dt"]),
          "Message-ID: <%s@sweepr.example>" % uuid(), "Subject: unsubscribe", "To: %s" % m["box_addr"],
          "Auto-Submitted: auto-generated", "X-Mailer: Sweepr Unsubscriber/2.3"]
    text = ("This unsubscribe request was sent by Sweepr on behalf of %s, who chose to unsubscribe from mail sent by %s.\n" % (a, m["box_addr"]))
    ent = leaf("text/plain", text, "UTF-8", "7bit")
    return finish(H, ent, mime_version=None)


BUILDERS = {f.__name__: f for f in [oof_exchange, oof_headerless, ticket_autoreply, ndr_exo, bounce_postfix, mdn_read,
                                    dsn_delivered, mimecast_hold, pp_blocked, secure_message, recall, teams, slack,
                                    calendar_invite, vendor_system, bulk, sales, phish, cleaner_unsub]}
