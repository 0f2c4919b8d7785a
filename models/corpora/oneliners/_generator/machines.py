"""Short machine mail: auto-replies, read receipts, delivery notices, spam and other non-requests."""
import datetime as dt

import mailkit as mk
import ours

MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def our_mail(m, r, d):
    """The mail of ours this machine mail is about: returns dict with headers/text."""
    a = m.get("about")
    if a is None:
        return None
    gap = dt.timedelta(minutes=m.get("gap_min", 30))
    od = d - gap
    if not isinstance(a, tuple) and ours.OURS[a]["kind"] in ("promotion", "newsletter", "catalog e-mail") and \
            not 7 <= od.hour <= 19:
        od = od.replace(hour=7 + od.hour % 12)
    od = od.replace(second=r.randint(0, 59))
    if isinstance(a, tuple):
        o = ours.ack(a[0], a[1])
        mid = "<ack.%s.%s@alliant-energy.com>" % (od.strftime("%Y%m%d"), mk.rhex(r, 12))
    else:
        o = dict(ours.OURS[a])
        mid = "<%s.%s.%s@%s>" % (o["id"], od.strftime("%Y%m%d"), mk.rhex(r, 10),
                                 "notify.alliantenergy.com" if o.get("reply_to") else "alliant-energy.com")
    o["msgid"] = mid
    o["date"] = od
    o["to"] = m["person"]
    return o


def our_headers(o, full=False):
    name, addr = o["sender"]
    h = ["Return-Path: <%s>" % addr] if full else []
    h += ["Date: %s" % mk.rfc_date(o["date"]),
          "From: %s" % mk.fmt_addr(name, addr),
          "To: %s" % o["to"],
          mk.fold("Subject", mk.encode_word(o["subject"])),
          "Message-ID: %s" % o["msgid"],
          "MIME-Version: 1.0"]
    if o.get("auto_submitted"):
        h.append("Auto-Submitted: auto-replied")
    if o.get("list_unsub"):
        h.append("List-Unsubscribe: <mailto:%s?subject=unsubscribe>" % addr)
    return h


def our_rfc822(o):
    h = our_headers(o) + ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
    return "\n".join(h) + "\n\n" + mk.encode_body(o["text"] + "\n", "utf-8", "quoted-printable")


def head(m, r, d, frm, subject, msgid, rp=None, relay=None, extra=(), to=None):
    rcpt = MAILBOX[m["mbx"]]
    hdrs = ["Return-Path: <%s>" % (rp if rp is not None else frm_addr(frm)), "Delivered-To: %s" % rcpt]
    relay = relay or m.get("relay")
    host, ip = relay or ("mail.%s" % frm_addr(frm).split("@")[-1], "%d.%d.%d.%d" % (
        r.choice([64, 67, 104, 149, 192, 207]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)))
    hdrs.append(mk.received_ours(host, ip, d + dt.timedelta(seconds=r.randint(1, 20)), rcpt, r))
    hdrs += ["Date: %s" % mk.rfc_date(d), "From: %s" % frm, "To: %s" % (to or rcpt)]
    if subject is not None:
        hdrs.append(mk.fold("Subject", subject))
    hdrs.append("Message-ID: %s" % msgid)
    hdrs += list(extra)
    return hdrs


def frm_addr(frm):
    return frm.split("<")[-1].rstrip(">") if "<" in frm else frm


def plain(text, charset="utf-8", cte=None):
    if cte is None:
        cte = "7bit" if mk.is_ascii(text) else "quoted-printable"
    return mk.leaf("text/plain", text, charset, cte)


# ---------------------------------------------------------------- kinds
def auto_reply(m, r, d):
    """Out-of-office and similar auto-replies (with or without Auto-Submitted)."""
    o = our_mail(m, r, d)
    frm = m["frm"]
    subj = m["subject"] if "subject" in m else (m.get("prefix", "Automatic reply: ") + o["subject"])
    extra = []
    if m.get("auto_submitted", True):
        extra.append("Auto-Submitted: %s" % m.get("auto_submitted_value", "auto-replied"))
    if o is not None:
        extra += ["In-Reply-To: %s" % o["msgid"], "References: %s" % o["msgid"]]
    extra += m.get("extra", [])
    style = m.get("style", "plain")
    msgid = m.get("msgid") or "<%s@%s>" % (mk.rhex(r, 24), frm_addr(frm).split("@")[1])
    if style == "outlook":
        box = "%sPR%02dMB%d" % (r.choice(["SN6", "MN2", "DM6", "BY5", "CH3"]), r.randint(1, 19), r.randint(1000, 9999))
        msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (box, mk.rhex(r, 32, upper=True), box, r.randint(1, 19))
        m = dict(m, relay=("mail-%s%d.outbound.protection.outlook.com" % (r.choice(["bn8nam12on", "dm6nam11on"]),
                                                                       r.randint(2040, 2139)),
                           "40.107.%d.%d" % (r.randint(200, 244), r.randint(2, 250))))
        extra += ["X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent", "X-Auto-Response-Suppress: All",
                  "Content-Language: %s" % m.get("content_language", "en-US")]
    hdrs = head(m, r, d, mk.fmt_addr(*m["from_pair"]) if "from_pair" in m else frm, mk.encode_word(subj), msgid,
                rp=m.get("return_path"), extra=extra)
    text = m["text"]
    cs = m.get("charset", "utf-8")
    if style == "outlook":
        html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n'
                '%s\n</body>\n</html>\n' % (cs, mk.lines_to_html(text, "p")))
        part = mk.multipart("alternative", [mk.leaf("text/plain", text + "\n", cs, "quoted-printable"),
                                            mk.leaf("text/html", html, cs, "quoted-printable")],
                            "_000_%s_" % mk.ralnum(r, 40))
    else:
        part = plain(text + "\n", cs, m.get("cte"))
    return mk.assemble(hdrs, part)


def mdn(m, r, d):
    """Read receipt (RFC 8098 disposition notification)."""
    o = our_mail(m, r, d)
    who_name, who = m["reader"]
    style = m.get("style", "outlook")
    if style == "outlook":
        subj = "Read: " + o["subject"]
        h, ap = mk.h12(o["date"])
        rh, rap = mk.h12(d)
        txt = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s, %s %d, %d %d:%02d:%02d %s (UTC-06:00) Central Time (US & Canada)\n\n"
               "was read on %s, %s %d, %d %d:%02d:%02d %s (UTC-06:00) Central Time (US & Canada).\n" % (
                   who_name, o["subject"], mk.DAYS_LONG[o["date"].weekday()], mk.MONTHS_LONG[o["date"].month - 1],
                   o["date"].day, o["date"].year, h, o["date"].minute, o["date"].second, ap,
                   mk.DAYS_LONG[d.weekday()], mk.MONTHS_LONG[d.month - 1], d.day, d.year, rh, d.minute, d.second, rap))
        cs = "us-ascii"
    elif style == "outlook_es":
        subj = "Leído: " + o["subject"]
        txt = ("Su mensaje\n\n  Para: %s\n  Asunto: %s\n  Enviado: %s, %d de %s de %d %d:%02d:%02d (UTC-06:00) Hora central (EE. UU. y Canadá)\n\n"
               "se ha leído el %s, %d de %s de %d %d:%02d:%02d (UTC-06:00) Hora central (EE. UU. y Canadá).\n" % (
                   who_name, o["subject"], mk.DIAS_LONG[o["date"].weekday()], o["date"].day,
                   mk.MESES_LONG[o["date"].month - 1], o["date"].year, o["date"].hour, o["date"].minute,
                   o["date"].second, mk.DIAS_LONG[d.weekday()], d.day, mk.MESES_LONG[d.month - 1], d.year, d.hour,
                   d.minute, d.second))
        cs = "utf-8"
    else:  # thunderbird
        subj = "Return Receipt (displayed) - " + o["subject"]
        txt = ("This is a Return Receipt for the mail that you sent to %s.\n\n"
               "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
               "computer. There is no guarantee that the recipient has read or understood the message contents.\n" % who)
        cs = "UTF-8"
    host = who.split("@")[1]
    msgid = "<%s@%s>" % (mk.uuid(r) if style == "thunderbird" else mk.rhex(r, 30, upper=True), host)
    report = ("Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n" % (
                  host, "Microsoft Outlook 16.0" if style != "thunderbird" else "Mozilla Thunderbird", who, o["msgid"]))
    parts = [mk.leaf("text/plain", txt, cs, "quoted-printable" if style != "thunderbird" else "7bit"),
             mk.leaf_raw(["Content-Type: message/disposition-notification"], report)]
    if style == "thunderbird":
        parts.append(mk.leaf_raw(["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"",
                                  "Content-Disposition: inline"], "\n".join(our_headers(o)) + "\n"))
    bnd = ("------------%s" % mk.ralnum(r, 24)) if style == "thunderbird" else "_%03d_%s_" % (r.randint(0, 9), mk.ralnum(r, 30))
    part = mk.multipart("report", parts, bnd, params="; report-type=disposition-notification")
    hdrs = head(m, r, d, mk.fmt_addr(who_name, who), mk.encode_word(subj), msgid,
                extra=["In-Reply-To: %s" % o["msgid"], "References: %s" % o["msgid"]] + m.get("extra", []))
    return mk.assemble(hdrs, part)


def dsn(m, r, d):
    """Delivery status notification about a mail of ours (failure, delay or relay)."""
    o = our_mail(m, r, d)
    rcpt_failed = m["person"]
    mta = m["mta"]
    host = m["host"]
    status, action, diag = m["status"], m["action"], m["diag"]
    subj = m["subject"]
    text = m["text"].replace("{rcpt}", rcpt_failed).replace("{date}", mk.rfc_date(o["date"]))
    qid = mk.rhex(r, 10, upper=True)
    report = ("Reporting-MTA: dns; %s\n%sArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n"
              "%sDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n" % (
                  host, "X-Postfix-Queue-ID: %s\n" % qid if mta == "postfix" else "",
                  mk.rfc_date(o["date"]), rcpt_failed, action, status,
                  "Remote-MTA: dns; %s\n" % m["remote"] if m.get("remote") else "", diag, mk.rfc_date(d)))
    if action == "delayed":
        report += "Will-Retry-Until: %s\n" % mk.rfc_date(d + dt.timedelta(days=2))
    parts = [mk.leaf("text/plain", text, m.get("charset", "us-ascii"), m.get("cte", "7bit"),
                     extra=["Content-Description: Notification"] if mta == "postfix" else None),
             mk.leaf_raw(["Content-Type: message/delivery-status"] +
                         (["Content-Description: Delivery report"] if mta == "postfix" else []), report)]
    if m.get("return_headers_only"):
        parts.append(mk.leaf_raw(["Content-Type: text/rfc822-headers"], "\n".join(our_headers(o, full=True)) + "\n"))
    else:
        parts.append(mk.leaf_raw(["Content-Type: message/rfc822"] +
                                 (["Content-Description: Undelivered Message"] if mta == "postfix" else []),
                                 our_rfc822(o)))
    bnd = "%s.%d/%s" % (qid, r.randint(1000000000, 1999999999), host) if mta == "postfix" else mk.ralnum(r, 28)
    part = mk.multipart("report", parts, bnd, params="; report-type=delivery-status",
                        preamble="This is a MIME-encapsulated message." if mta == "postfix" else None)
    frm = m["frm"]
    msgid = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), qid, host)
    hdrs = head(m, r, d, frm, mk.encode_word(subj), msgid, rp="", relay=(host, m.get("ip", "%d.%d.%d.%d" % (
        r.choice([64, 66, 98, 208]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)))),
        extra=["Auto-Submitted: auto-replied"] + m.get("extra", []))
    return mk.assemble(hdrs, part)


def simple(m, r, d):
    """Spam, phishing, cold outreach, vendor notices, list posts: plain or html one-liners."""
    frm = m["frm"]
    dom = frm_addr(frm).split("@")[1]
    msgid = m.get("msgid") or "<%s@%s>" % (mk.rhex(r, 20) + "." + mk.rdigits(r, 6), dom)
    hdrs = head(m, r, d, frm, mk.encode_word(m["subject"]) if m.get("subject") is not None else None, msgid,
                rp=m.get("return_path"), to=m.get("to"), extra=m.get("extra", []))
    text = m["text"]
    cs = m.get("charset", "utf-8")
    if m.get("html"):
        html = m["html"]
        part = mk.multipart("alternative", [mk.leaf("text/plain", text + "\n", cs, m.get("cte", "quoted-printable")),
                                            mk.leaf("text/html", html, cs, m.get("cte", "quoted-printable"))],
                            "b1_%s" % mk.rhex(r, 32))
    elif m.get("html_only"):
        part = mk.leaf("text/html", m["html_only"], cs, m.get("cte", "quoted-printable"))
    else:
        part = plain(text + "\n", cs, m.get("cte"))
    if m.get("attach"):
        fn, ctype, content = m["attach"]
        att = mk.leaf_raw(['Content-Type: %s; name="%s"' % (ctype, fn),
                           'Content-Disposition: attachment; filename="%s"' % fn,
                           "Content-Transfer-Encoding: base64"], mk.encode_body(content, "utf-8", "base64"))
        part = mk.multipart("mixed", [part, att], "=_%s" % mk.ralnum(r, 24))
    if m.get("calendar"):
        cal = m["calendar"]
        part = mk.multipart("alternative", [mk.leaf("text/plain", text + "\n", cs, "7bit"),
                                            mk.leaf("text/calendar", cal, "UTF-8", "7bit", params="; method=REQUEST")],
                            "000000000000%s" % mk.rhex(r, 12))
    return mk.assemble(hdrs, part)


def arf(m, r, d):
    """Abuse feedback report about one of our promotions."""
    o = our_mail(m, r, d)
    text = m["text"].replace("{date}", mk.rfc_date(o["date"]))
    fb = ("Feedback-Type: abuse\nUser-Agent: %s\nVersion: 1\nOriginal-Mail-From: <%s>\nOriginal-Rcpt-To: <%s>\n"
          "Arrival-Date: %s\nReported-Domain: alliant-energy.com\nSource-IP: 199.47.214.31\n" % (
              m["ua"], o["sender"][1], m["person"], mk.rfc_date(o["date"])))
    parts = [mk.leaf("text/plain", text, "us-ascii", "7bit"),
             mk.leaf_raw(["Content-Type: message/feedback-report"], fb),
             mk.leaf_raw(["Content-Type: message/rfc822", "Content-Disposition: inline"], our_rfc822(o))]
    part = mk.multipart("report", parts, "----=_Part_%d_%d" % (r.randint(100000, 999999), r.randint(100000, 999999)),
                        params="; report-type=feedback-report")
    frm = m["frm"]
    msgid = "<%s@%s>" % (mk.rhex(r, 24), frm_addr(frm).split("@")[1])
    hdrs = head(m, r, d, frm, m["subject"], msgid, rp=m.get("return_path", ""), extra=m.get("extra", []))
    return mk.assemble(hdrs, part)


KINDS = {"auto_reply": auto_reply, "mdn": mdn, "dsn": dsn, "simple": simple, "arf": arf}


def render(m, r):
    d = mk.central(dt.datetime(*m["when"]))
    return KINDS[m["kind"]](m, r, d)
