"""Machine-written mail: bounces, auto-replies, bulk, vendor notices, calendar, receipts, phishing, spam."""
import datetime as dt
import hashlib
import textwrap

from mailer import (CRLF, OUR, addr, subj, is_ascii, text_part, multipart, Part, esc, rfc_date, local, hm12,
                    fold, epoch, b64_bytes, DAYS_LONG, MONS_LONG, _DAYS, _MONS, quote_lines, encode_body)


def _hl(n, v):
    return fold(n, v)


def _from(m, mode="q", cs="UTF-8"):
    return addr(m["frm"][0], m["frm"][1], mode=mode, cs=cs)


def _to(m):
    return m.get("to") or OUR[m["box"]]


TOKEN_SUBJECT = {"AE-2601-HEA", "PH-2609-FALL", "AE-2610-TSTAT", "PH-2611-HOL", "AE-NL-2612"}


def list_unsub_mailto(o):
    token = o.msgid[1:].split(".")[0]
    u = "mailto:%s?subject=unsubscribe" % o.frm_addr
    if token in TOKEN_SUBJECT:
        u += "%20" + token
    if token == "AE-2608-EV":
        u += "&body=Please%20unsubscribe%20me%20(AE-2608-EV)"
    return u


def orig_headers(o, qid=None):
    """Headers of one of our outgoing messages as a bounce would return them."""
    qid = qid or "4" + hashlib.sha1(o.msgid.encode()).hexdigest()[:11].upper()
    lines = ["Received: from mta02.alliant-energy.com (mta02.alliant-energy.com [10.20.6.22])",
             "\tby mx1.alliant-energy.com (Postfix) with ESMTP id %s" % qid,
             "\tfor <%s>; %s" % (o.to_addr, rfc_date(o.t, "CT", comment=True)),
             "From: %s <%s>" % (o.frm_name, o.frm_addr),
             "To: %s" % o.to_addr,
             "Subject: %s" % o.subject,
             "Date: %s" % rfc_date(o.t, "CT"),
             "Message-ID: %s" % o.msgid]
    if o.subject.startswith("We received"):
        lines.append("Auto-Submitted: auto-replied")
        lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    else:
        lines.append("List-Unsubscribe: <%s>" % list_unsub_mailto(o))
        lines += ["MIME-Version: 1.0", "Content-Type: multipart/alternative; boundary=\"=_ae_%s\""
                  % hashlib.sha1(o.msgid.encode()).hexdigest()[:20]]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- bounces
def dsn_postfix(m, r):
    """Postfix-style DSN. m: orig (Ours), rcpt, status, action, diag, reporter, remote (host or None), text_reason."""
    o = m["orig"]
    rep = m["reporter"]
    t, off, ab = local("CT", m["t"])
    notice = ("This is the mail system at host %s.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<%s>: %s\n" % (rep, m["rcpt"], m["text_reason"]))
    ds = ("Reporting-MTA: dns; %s\n"
          "X-Postfix-Queue-ID: %s\n"
          "X-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\n"
          "Action: %s\n"
          "Status: %s\n" % (rep, m["qid"], o.frm_addr, rfc_date(o.t + dt.timedelta(seconds=2), m.get("rep_zone", "CT"), comment=True),
                            m["rcpt"], m["rcpt"], m.get("action", "failed"), m["status"]))
    if m.get("remote"):
        ds += "Remote-MTA: dns; %s\n" % m["remote"]
    diag = textwrap.wrap("Diagnostic-Code: smtp; %s" % m["diag"], 76, break_long_words=False, break_on_hyphens=False)
    ds += "\n    ".join(diag) + "\n"
    b = "%s.%d/%s" % (m["qid"], epoch(m["t"]), rep)
    p1 = Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], encode_body(notice, "us-ascii", "7bit")[1])
    p2 = Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], encode_body(ds, "us-ascii", "7bit")[1])
    local_q = m["qid"] if m["reporter"].endswith("alliant-energy.com") else None
    p3 = Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], encode_body(orig_headers(o, local_q), "us-ascii", "7bit")[1])
    body = multipart("report", b, [p1, p2, p3], preamble="This is a MIME-encapsulated message.")
    body.headers = []
    hs = ["Date: " + rfc_date(m["t"], m.get("rep_zone", "CT"), comment=True),
          "From: MAILER-DAEMON@%s (Mail Delivery System)" % rep,
          "Subject: Undelivered Mail Returned to Sender", "To: %s" % o.frm_addr,
          "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
          "Content-Type: multipart/report; report-type=delivery-status;" + CRLF + "\tboundary=\"%s\"" % b,
          "Content-Transfer-Encoding: 7bit",
          "Message-Id: <%s@%s>" % ("%s%s" % (m["t"].strftime("%Y%m%d%H%M%S"), "." + m["qid"]), rep)]
    return hs, body


# ---------------------------------------------------------------- auto-replies
def ooo_exchange(m, r):
    o = m["orig"]
    text = m["text"]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\">%s</div></body></html>\n"
            % "<br>".join(esc(x) for x in text.split("\n")))
    cs = "us-ascii" if is_ascii(text + html) else "utf-8"
    host = m.get("_olk_host", ("SA1PR10MB1234", "namprd10", ""))
    b = "_000_%s%s_" % (host[0], r.HEX(20))
    body = multipart("alternative", b, [text_part(text + "\n", "plain", cs, "quoted-printable"),
                                        text_part(html.replace("us-ascii", cs), "html", cs, "quoted-printable")])
    body.headers = []
    subject = m.get("subject") or ("Automatic reply: " + o.subject)
    hs = [_hl("From", _from(m)), _hl("To", addr(o.frm_name, o.frm_addr)), _hl("Subject", subj(subject)),
          "Thread-Topic: " + subj(o.subject), "Thread-Index: AQH" + r.b64(29) + "==", "Date: " + rfc_date(m["t"], "UTC"),
          "Message-ID:" + CRLF + " <%s%s@%s.%s.prod.outlook.com>" % (host[0], r.HEX(26), host[0], host[1]),
          "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid, "Auto-Submitted: auto-generated",
          "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Inbox-Rules-Loop: %s" % m["frm"][1], "X-MS-TNEF-Correlator:",
          "x-ms-exchange-parent-message-id: %s" % o.msgid, "auto-submitted: auto-generated",
          "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
          "Content-Type: multipart/alternative;" + CRLF + "\tboundary=\"%s\"" % b, "MIME-Version: 1.0"]
    # the second lower-case auto-submitted is what Exchange really emits; keep only one to stay tidy
    hs = [h for h in hs if h != "auto-submitted: auto-generated"]
    if m.get("lang_header"):
        hs.insert(9, "Content-Language: %s" % m["lang_header"])
    return hs, body


def ooo_google(m, r, auto_hdr=True):
    """Gmail / Google Workspace vacation responder."""
    o = m["orig"]
    text = m["text"]
    html = "<div dir=\"ltr\">%s</div>\n" % "<br>".join(esc(x) for x in text.split("\n"))
    b = r.boundary_gmail()
    def _c(t):
        return "quoted-printable" if not is_ascii(t) or any(len(x) > 76 for x in t.split("\n")) else None
    body = multipart("alternative", b, [text_part(text + "\n", "plain", "UTF-8", _c(text)),
                                        text_part(html, "html", "UTF-8", _c(html))])
    body.headers = ['Content-Type: multipart/alternative; boundary="%s"' % b]
    hs = ["MIME-Version: 1.0", "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid, _hl("From", _from(m)),
          "Date: " + rfc_date(m["t"], m["zone"]),
          "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="),
          _hl("Subject", subj(m["subject"], "q")), "To: " + addr(o.frm_name, o.frm_addr)]
    if auto_hdr:
        hs.insert(0, "Auto-Submitted: auto-replied")
    return hs, body


def ooo_yahoo(m, r):
    o = m["orig"]
    text = m["text"]
    part = text_part(text + "\n", "plain", "UTF-8", "7bit" if is_ascii(text) else "quoted-printable", quote_cs=False)
    hs = ["Date: " + rfc_date(m["t"], "UTC", comment=True), _hl("From", _from(m)), "To: " + o.frm_addr,
          "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 6, 10 ** 7), epoch(m["t"]) * 1000 + r.randint(0, 999)),
          "In-Reply-To: %s" % o.msgid, "References: %s" % o.msgid, _hl("Subject", subj(m["subject"])),
          "MIME-Version: 1.0"] + part.headers + ["Auto-Submitted: auto-replied", "X-Mailer: WebService/1.1.25198 YahooVacationResponder"]
    part.headers = []
    return hs, part


def plain_autoreply(m, r, mailer=None, charset="UTF-8", cte=None):
    """Auto-reply written by a small mail server or script: no Auto-Submitted header."""
    o = m.get("orig")
    text = m["text"]
    cte = cte or ("7bit" if is_ascii(text) else "quoted-printable")
    part = text_part(text + "\n", "plain", charset, cte, quote_cs=False)
    hs = ["From: " + _from(m, cs=charset), "To: " + (o.frm_addr if o else _to(m)), _hl("Subject", subj(m["subject"], "q", charset)),
          "Date: " + rfc_date(m["t"], m["zone"]), "Message-ID: <%s@%s>" % (r.hexs(20), m["frm"][1].split("@")[1])]
    if o:
        hs += ["In-Reply-To: %s" % o.msgid]
    hs += ["MIME-Version: 1.0"] + part.headers
    if mailer:
        hs.append("X-Mailer: " + mailer)
    part.headers = []
    return hs, part


# ---------------------------------------------------------------- bulk / vendor / list
def bulk_html(m, r):
    """ESP newsletter / marketing blast: multipart/alternative with list headers."""
    text = m["text"]
    html = m["html"]
    b = "==_mimepart_%s_%d" % (r.hexs(13), r.randint(1000, 9999))
    body = multipart("alternative", b, [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                        text_part(html, "html", "UTF-8", "quoted-printable")])
    body.headers = []
    hs = ["Date: " + rfc_date(m["t"], m["zone"]), _hl("From", _from(m)), "To: " + _to(m)]
    if m.get("reply_to"):
        hs.append("Reply-To: " + m["reply_to"])
    hs += ["Message-ID: <%s.%s@%s>" % (r.hexs(24), r.digits(8), m["esp_host"]), _hl("Subject", subj(m["subject"])),
           "Mime-Version: 1.0", "Content-Type: multipart/alternative;" + CRLF + " boundary=\"%s\";" % b + CRLF + " charset=UTF-8",
           "Content-Transfer-Encoding: 7bit"]
    for k, v in m.get("list_headers", []):
        hs.append(_hl(k, v))
    return hs, body


def vendor_notice(m, r):
    """Plain system notification, optional CSV attachment."""
    text = m["text"]
    p = text_part(text, "plain", "us-ascii" if is_ascii(text) else "UTF-8", "7bit" if is_ascii(text) else "quoted-printable")
    if m.get("attach"):
        fn, data = m["attach"]
        att = Part(["Content-Type: text/csv; name=\"%s\"" % fn, "Content-Disposition: attachment; filename=\"%s\"" % fn,
                    "Content-Transfer-Encoding: base64"], b64_bytes(data.replace("\n", "\r\n").encode()).encode())
        b = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 2 * 10 ** 9), epoch(m["t"]) * 1000)
        body = multipart("mixed", b, [p, att])
        body.headers = ["Content-Type: multipart/mixed; " + CRLF + "\tboundary=\"%s\"" % b]
    else:
        body = p
    hs = ["Date: " + rfc_date(m["t"], m["zone"]), _hl("From", _from(m)), "To: " + _to(m),
          "Message-ID: <%s.%s@%s>" % (r.digits(13), r.hexs(8), m["frm"][1].split("@")[1]),
          _hl("Subject", subj(m["subject"])), "MIME-Version: 1.0"]
    hs += m.get("extra_headers", [])
    return hs, body


def calendar_invite(m, r):
    """Google Calendar invitation."""
    ev = m["event"]
    uid = "%s@google.com" % r.alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789")
    stamp = m["t"].strftime("%Y%m%dT%H%M%SZ")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VTIMEZONE\nTZID:America/Chicago\nX-LIC-LOCATION:America/Chicago\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\n"
           "TZNAME:CDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0500\n"
           "TZOFFSETTO:-0600\nTZNAME:CST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nDTSTART;TZID=America/Chicago:%s\nDTEND;TZID=America/Chicago:%s\nDTSTAMP:%s\n"
           "ORGANIZER;CN=%s:mailto:%s\n"
           "UID:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\n ;CN=%s;X-NUM-GUESTS=0:mailto:%s\n"
           "X-MICROSOFT-CDO-OWNERAPPTID:-%s\nCREATED:%s\nDESCRIPTION:%s\nLAST-MODIFIED:%s\nLOCATION:%s\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:%s\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n" % (
               ev["start"], ev["end"], stamp, m["frm"][0], m["frm"][1], uid, _to(m), _to(m), m["frm"][1], m["frm"][1],
               r.digits(10), stamp, ev["desc_ics"], stamp, ev["location"], ev["summary"]))
    text = m["text"]
    html = "<span itemscope itemtype=\"http://schema.org/InformAction\"><div>%s</div></span>\n" % "<br>".join(esc(x) for x in text.split("\n"))
    b_mixed, b_alt = r.boundary_gmail(), r.boundary_gmail()
    cal = Part(["Content-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST", "Content-Transfer-Encoding: 7bit"],
               encode_body(ics, "UTF-8", "7bit")[1])
    alt = multipart("alternative", b_alt, [text_part(text + "\n", "plain", "UTF-8", "quoted-printable"),
                                            text_part(html, "html", "UTF-8", "quoted-printable"), cal])
    alt.headers = ['Content-Type: multipart/alternative; boundary="%s"' % b_alt]
    att = Part(["Content-Type: application/ics; name=\"invite.ics\"", "Content-Disposition: attachment; filename=\"invite.ics\"",
                "Content-Transfer-Encoding: base64"], b64_bytes(ics.replace("\n", "\r\n").encode()).encode())
    body = multipart("mixed", b_mixed, [alt, att])
    body.headers = ['Content-Type: multipart/mixed; boundary="%s"' % b_mixed]
    hs = ["MIME-Version: 1.0", _hl("From", _from(m)), "Date: " + rfc_date(m["t"], "CT"),
          "Message-ID: <calendar-%s@google.com>" % r.uuid(False), _hl("Subject", subj(m["subject"])),
          "To: " + _to(m), "Reply-To: " + m["frm"][1], "Sender: Google Calendar <calendar-notification@google.com>",
          "Auto-Submitted: auto-generated"]
    return hs, body


def mdn(m, r):
    """Outlook read receipt (multipart/report; disposition-notification)."""
    o = m["orig"]
    t, off, ab = local(m["zone"], o.t)
    t2, _, _ = local(m["zone"], m["t"])
    text = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s, %s %d, %d %s (UTC-06:00) Central Time (US & Canada)\n\n"
            "was read on %s, %s %d, %d %s (UTC-06:00) Central Time (US & Canada).\n" % (
                m["frm"][0], o.subject, DAYS_LONG[t.weekday()], MONS_LONG[t.month - 1], t.day, t.year, hm12(t),
                DAYS_LONG[t2.weekday()], MONS_LONG[t2.month - 1], t2.day, t2.year, hm12(t2)))
    dn = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: RFC822; %s\nOriginal-Message-ID: %s\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n" % (m["frm"][1].split("@")[1], m["frm"][1], o.msgid))
    b = "----=_NextPart_000_%04X_01DC%s.%s" % (r.randint(0x10, 0xff), r.HEX(4), r.HEX(8))
    p1 = text_part(text, "plain", "us-ascii", "7bit")
    p2 = Part(["Content-Type: message/disposition-notification"], encode_body(dn, "us-ascii", "7bit")[1])
    body = multipart("report", b, [p1, p2], preamble="This is a multipart message in MIME format.")
    body.headers = []
    hs = [_hl("From", _from(m)), "To: " + addr(o.frm_name, o.frm_addr), _hl("Subject", "Read: " + o.subject),
          "Date: " + rfc_date(m["t"], m["zone"]), "Message-ID: <000%s$%s$%s$@%s>" % (r.hexs(9), r.hexs(8), r.hexs(8), m["frm"][1].split("@")[1]),
          "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid, "MIME-Version: 1.0",
          "Content-Type: multipart/report;" + CRLF + "\treport-type=disposition-notification;" + CRLF + "\tboundary=\"%s\"" % b,
          "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdzE" + r.b64(28) + "==", "Content-Language: en-us"]
    return hs, body


def html_mail(m, r, charset="UTF-8", cte="quoted-printable", extra=None):
    """Single text/html body (phishing, some spam)."""
    part = text_part(m["html"], "html", charset, cte, quote_cs=True)
    hs = ["From: " + _from(m, "b" if m.get("b_words") else "q", charset), "To: " + _to(m),
          _hl("Subject", subj(m["subject"], "b" if m.get("b_words") else "q", charset)),
          "Date: " + rfc_date(m["t"], m["zone"]), "Message-ID: <%s@%s>" % (r.hexs(24), m.get("mid_host", m["frm"][1].split("@")[1])),
          "MIME-Version: 1.0"] + (extra or []) + part.headers
    if m.get("reply_to"):
        hs.insert(2, "Reply-To: " + m["reply_to"])
    part.headers = []
    return hs, part


def plain_mail(m, r, charset="UTF-8", cte=None, extra=None):
    text = m["text"]
    cte = cte or ("7bit" if is_ascii(text) else "quoted-printable")
    part = text_part(text, "plain", charset, cte)
    hs = ["Date: " + rfc_date(m["t"], m["zone"]), "From: " + _from(m, "q", charset), "To: " + _to(m),
          _hl("Subject", subj(m["subject"], "q", charset)),
          "Message-ID: <%s@%s>" % (r.hexs(24), m.get("mid_host", m["frm"][1].split("@")[1]))]
    if m.get("reply_to"):
        hs.append("Reply-To: " + m["reply_to"])
    if m.get("orig"):
        hs += ["In-Reply-To: %s" % m["orig"].msgid, "References: %s" % m["orig"].msgid]
    hs += ["MIME-Version: 1.0"] + (extra or []) + part.headers
    part.headers = []
    return hs, part


def multipart_text_html(m, r, extra=None, charset="UTF-8"):
    text = m["text"]
    b = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 2 * 10 ** 9), epoch(m["t"]) * 1000)
    body = multipart("alternative", b, [text_part(text, "plain", charset, "quoted-printable"),
                                        text_part(m["html"], "html", charset, "quoted-printable")])
    body.headers = []
    hs = ["Date: " + rfc_date(m["t"], m["zone"]), "From: " + _from(m), "To: " + _to(m)]
    if m.get("reply_to"):
        hs.append("Reply-To: " + m["reply_to"])
    hs += [_hl("Subject", subj(m["subject"])), "Message-ID: <%s@%s>" % (r.hexs(24), m.get("mid_host", m["frm"][1].split("@")[1]))]
    if m.get("orig"):
        hs += ["In-Reply-To: %s" % m["orig"].msgid, "References: %s" % m["orig"].msgid]
    hs += ["MIME-Version: 1.0", "Content-Type: multipart/alternative; " + CRLF + "\tboundary=\"%s\"" % b] + (extra or [])
    return hs, body
