"""Mail programs: how each one writes headers, MIME structure, quotes and forwards."""
import mimekit as mk
from mimekit import rfc_date, plus

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def _tzabbr(d):
    off = int(d.utcoffset().total_seconds() // 3600)
    return {-5: "CDT" if d.month in (3, 4, 5, 6, 7, 8, 9, 10) and d >= d.replace(month=3, day=9) else "EST",
            -6: "CST" if not (d.month > 3 or (d.month == 3 and d.day >= 9)) else "MDT",
            -4: "EDT", -7: "MST"}.get(off, "UTC")


# ----------------------------------------------------------------- quoting
def attribution(program, o, reply_from=None):
    d = o.date
    name, a = o.from_name, o.from_addr
    if program.startswith("gmail"):
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, _h12(d),
                                                          name, a)
    if program in ("iphone", "applemail", "ipad"):
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (d.strftime("%b"), d.day, d.year, _h12(d), name, a)
    if program in ("yahoo", "aol", "yahoo_android", "aol_ios"):
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            d.strftime("%A"), d.strftime("%B"), d.day, d.year, d.hour % 12 or 12, d.minute, d.second,
            "AM" if d.hour < 12 else "PM", _tzabbr(d), name, a)
    if program == "thunderbird":
        return "On %d/%d/%s %s, %s wrote:" % (d.month, d.day, str(d.year)[2:], _h12(d), name)
    if program == "roundcube":
        return "On %04d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, name)
    if program == "comcast":
        return "On %02d/%02d/%04d %s %s %s <%s> wrote:" % (d.month, d.day, d.year, _h12(d), _tzabbr(d), name, a)
    if program == "proton":
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        return "On %s, %s %d%s, %d at %s, %s <%s> wrote:" % (d.strftime("%A"), d.strftime("%B"), d.day, sfx, d.year,
                                                            _h12(d), name, a)
    return "%s wrote:" % name


def outlook_block(o, to_hdr, desktop=False):
    d = o.date
    sent = "%s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, _h12(d))
    lines = ["________________________________" if not desktop else "-----Original Message-----"]
    if desktop:
        lines = ["From: %s" % o.from_hdr.replace('"', ''), "Sent: %s" % sent, "To: %s" % to_hdr,
                 "Subject: %s" % o.subject]
        return "\n".join(lines) + "\n\n" + o.text
    lines += ["From: %s" % o.from_hdr.replace('"', ''), "Sent: %s" % sent, "To: %s" % to_hdr,
              "Subject: %s" % o.subject]
    return "\n".join(lines) + "\n\n" + o.text


def samsung_block(o, to_hdr):
    d = o.date
    off = int(d.utcoffset().total_seconds() // 3600)
    return ("-------- Original message --------\nFrom: %s \nDate: %d/%d/%s %s  (GMT%+03d:00) \nTo: %s \nSubject: %s \n\n%s"
            % (o.from_hdr, d.month, d.day, str(d.year)[2:], _h12(d), off, to_hdr, o.subject, o.text))


def gmail_fwd_block(o, to_hdr):
    d = o.date
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (o.from_hdr.replace('"', ''), d.strftime("%a"), d.strftime("%b"), d.day, d.year, _h12(d), o.subject,
               to_hdr, o.text))


def apple_fwd_block(o, to_hdr):
    d = o.date
    return ("Begin forwarded message:\n\nFrom: %s\nDate: %s %d, %d at %s %s\nTo: %s\nSubject: %s\n\n%s"
            % (o.from_hdr.replace('"', ''), d.strftime("%B"), d.day, d.year, _h12(d), _tzabbr(d), to_hdr, o.subject,
               o.text))


def quoted_plain(program, o, mode, to_hdr):
    """Return the plain-text rendering of quoted/forwarded material for a program."""
    if mode == "forward":
        if program.startswith("gmail"):
            return gmail_fwd_block(o, to_hdr)
        if program in ("iphone", "applemail"):
            return apple_fwd_block(o, to_hdr)
        if program in ("outlook", "outlookcom"):
            return outlook_block(o, to_hdr)
        if program == "samsung":
            return samsung_block(o, to_hdr)
        if program in ("yahoo", "aol", "yahoo_android"):
            return "----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s\nSubject: %s\n\n%s" % (
                o.from_hdr, to_hdr, o.date.strftime("%A, %B ") + str(o.date.day) + ", " + str(o.date.year) + " at "
                + _h12(o.date) + " " + _tzabbr(o.date), o.subject, o.text)
        return "-------- Forwarded Message --------\nSubject: %s\nDate: %s\nFrom: %s\nTo: %s\n\n%s" % (
            o.subject, rfc_date(o.date), o.from_hdr, to_hdr, o.text)
    # reply
    if program in ("outlook", "outlookcom"):
        return outlook_block(o, to_hdr, desktop=(program == "outlook"))
    if program == "samsung":
        return samsung_block(o, to_hdr)
    if program in ("yahoo", "aol", "yahoo_android"):
        return " " + attribution(program, o) + "  \n\n" + "\n".join(" " + l for l in o.text.split("\n"))
    if program == "winlive":
        d = o.date
        return ("----- Original Message ----- \nFrom: %s\nTo: %s\nSent: %s, %s %02d, %d %s\nSubject: %s\n\n\n%s"
                % (o.from_hdr, to_hdr, d.strftime("%A"), d.strftime("%B"), d.day, d.year, _h12(d), o.subject,
                   o.text))
    att = attribution(program, o)
    if program in ("iphone", "ipad"):
        return mk.quote_lines(att + "\n\n" + o.text.rstrip("\n"))
    if program == "comcast":
        return mk.quote_lines(att + "\n\n\n" + o.text.rstrip("\n"))
    return att + "\n\n" + mk.quote_lines(o.text.rstrip("\n"))


def quoted_html(program, o, mode, to_hdr):
    plain = quoted_plain(program, o, mode, to_hdr)
    if program.startswith("gmail"):
        if mode == "forward":
            head, _, rest = plain.partition("\n\n\n")
            return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>'
                    '%s</div>' % ("<br>".join(mk.esc(l) for l in head.split("\n")), mk.html_p(rest)))
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">%s</blockquote></div>' % (mk.esc(attribution(program, o)), mk.html_p(o.text)))
    if program in ("outlook", "outlookcom"):
        head, _, rest = plain.partition("\n\n")
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                '%s</font>\n<div>&nbsp;</div>\n</div>\n<div>%s</div>'
                % ("<br>\n".join("<b>%s</b>%s" % (mk.esc(l.split(":", 1)[0] + ":"), mk.esc(l.split(":", 1)[1]))
                                 for l in head.split("\n") if ":" in l), mk.html_p(rest)))
    if program in ("yahoo", "aol", "yahoo_android"):
        return ('<div id="yahoo_quoted_%d" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', Helvetica, '
                'Arial, sans-serif;font-size:13px;color:#26282a;">\n<div>%s</div>\n<div><br></div>\n<div><br></div>\n'
                '<div>%s</div>\n</div>\n</div>' % (4417203398,
                                                     mk.esc(attribution(program, o)), mk.html_p(o.text)))
    if program in ("iphone", "ipad", "applemail"):
        return ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                '<div dir="ltr">%s</div></blockquote>' % (mk.esc(attribution(program, o)), mk.html_p(o.text)))
    return "<blockquote>%s</blockquote>" % mk.html_p(plain)


# --------------------------------------------------------------- MIME parts
def leaf(ctype, charset, cte, text, extra=None):
    hdr = "Content-Type: %s; charset=%s\n" % (ctype, charset) if charset else "Content-Type: %s\n" % ctype
    if extra:
        hdr = hdr.rstrip("\n") + extra + "\n"
    if cte:
        hdr += "Content-Transfer-Encoding: %s\n" % cte
    return hdr, mk.encode_body(text, charset.strip('"') if charset else "ascii", cte)


def multipart(subtype, boundary, parts, preamble=None):
    ctype = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    body = ""
    if preamble:
        body += preamble + "\n"
    for hdr, b in parts:
        body += "\n--%s\n%s\n%s\n" % (boundary, hdr, b) if body else "--%s\n%s\n%s\n" % (boundary, hdr, b)
    body += "\n--%s--\n" % boundary
    return ctype, body


def pick_cte(text, charset, pref="quoted-printable"):
    if not mk.needs_encoding(text):
        return "7bit" if pref != "base64" else "base64"
    return pref


# --------------------------------------------------------------- programs
class Built:
    def __init__(self):
        self.trace = []      # provider trace headers (below our Authentication-Results)
        self.headers = []    # client headers
        self.ctype = None
        self.body = ""
        self.helo = self.ip = self.rdns = None
        self.env_from = None
        self.dkim = None     # signing domain or None
        self.msgid = None
        self.spf = "pass"


def compose(spec, program):
    """Return (plain, html) of the whole visible message including quotes/signature."""
    text = spec["text"]
    q = spec.get("quote")
    to_hdr = spec.get("quote_to") or (mk.addr(spec["from_name"], spec["from_addr"]))
    plain, html = text, None
    mode = spec.get("quote_mode", "reply")
    if q is not None:
        qp = quoted_plain(program, q, mode, to_hdr)
        sep = "\n\n" if not program.startswith("gmail") or mode == "forward" else "\n\n"
        plain = text.rstrip("\n") + sep + qp
        if program in ("outlook", "outlookcom"):
            pass
    return plain


def build(spec, d_local):
    program = spec["program"]
    fn = PROGRAMS[program]
    rng = mk.rng_for(spec["key"])
    b = Built()
    fn(spec, rng, d_local, b)
    return b


def _recipients(spec, b):
    to = spec.get("to_hdr")
    b.headers.append(("To", to))
    if spec.get("cc_hdr"):
        b.headers.append(("Cc", spec["cc_hdr"]))


def _thread(spec, b):
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply" and spec.get("thread", True):
        b.headers.append(("In-Reply-To", q.msgid))
        refs = spec.get("references") or q.msgid
        b.headers.append(("References", refs))


def _subject(spec):
    s = spec["subject"]
    return mk.subj(s, spec.get("hdr_charset", "utf-8"), spec.get("hdr_mode", "B")) if s else ""


def _from(spec):
    return mk.addr(spec["from_name"], spec["from_addr"], spec.get("hdr_charset", "utf-8"), spec.get("hdr_mode", "B"))


def _body_alt(spec, program, rng, boundary, plain_charset, cte_pref, html_fn, html_charset=None, plain_transform=None):
    text = spec["text"]
    q = spec.get("quote")
    mode = spec.get("quote_mode", "reply")
    to_hdr = spec.get("quote_to") or ("%s <%s>" % (spec["from_name"], spec["from_addr"]) if spec["from_name"] else spec["from_addr"])
    plain = text.rstrip("\n")
    html_new = html_fn(text) if html_fn else ""
    html = html_new
    if q is not None:
        plain += "\n\n" + quoted_plain(program, q, mode, to_hdr)
        if html_fn:
            html = html_new + "\n" + quoted_html(program, q, mode, to_hdr)
    plain += "\n"
    if plain_transform:
        plain = plain_transform(plain)
    if spec.get("html_only"):
        full = mk.wrap_html(html, charset=html_charset or plain_charset)
        return _split_leaf(leaf("text/html", html_charset or plain_charset, pick_cte(full, html_charset, cte_pref), full))
    if spec.get("plain_only"):
        return _split_leaf(leaf("text/plain", plain_charset, pick_cte(plain, plain_charset, cte_pref), plain))
    full = mk.wrap_html(html, charset=html_charset or plain_charset) if not program.startswith("gmail") else html + "\n"
    p1 = leaf("text/plain", plain_charset, pick_cte(plain, plain_charset, cte_pref), plain)
    p2 = leaf("text/html", html_charset or plain_charset, pick_cte(full, plain_charset, cte_pref), full)
    return _split_leaf(multipart("alternative", boundary, [p1, p2]))


def _attach(spec, rng, triple, boundary):
    atts = spec.get("attachments")
    if not atts:
        return triple
    ctype, extra, body = triple
    hdr = "Content-Type: %s\n" % ctype + "".join("%s: %s\n" % kv for kv in extra)
    parts = [(hdr, body.rstrip("\n"))]
    for a in atts:
        hdr = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
               'Content-Transfer-Encoding: base64\n' % (a["ctype"], a["name"], a["name"]))
        parts.append((hdr, mk.b64_encode(a["data"])))
    return _split_leaf(multipart("mixed", boundary, parts))


def gmail(spec, rng, d, b, mobile=False):
    b.msgid = "<CA%s%s@mail.gmail.com>" % (mk.alnum(rng, 1, "BDEFHJKLMNOPQR"),
                                           mk.b64junk(rng, 43).replace("/", "_") + "=" + mk.alnum(rng, 2) )
    host = "mail-%s-f%d.google.com" % (rng.choice(["ej1", "ed1", "pl1", "qt1", "yw1", "io1", "oi1", "ua1", "vk1", "lj1", "wm1"]),
                                       rng.randint(41, 199))
    b.helo = b.rdns = host
    b.ip = "209.85.%d.%d" % (rng.randint(128, 222), rng.randint(2, 250))
    b.env_from = spec["from_addr"]
    b.dkim = spec["from_addr"].split("@")[1]
    ts = int(d.timestamp())
    b.trace = [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n"
         "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n"
         "        bh=%s=;\n        b=%s\n         %s\n         %s==" % (b.dkim, ts, ts + 604800, mk.b64junk(rng, 43),
                                                                    mk.b64junk(rng, 68), mk.b64junk(rng, 68),
                                                                    mk.b64junk(rng, 50))),
        ("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n"
         "        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
         "        bh=%s=;\n        b=%s\n         %s==" % (ts, ts + 604800, mk.b64junk(rng, 43), mk.b64junk(rng, 68),
                                                          mk.b64junk(rng, 40))),
        ("X-Gm-Message-State", "AOJu0Y%s\n\t%s" % (mk.b64junk(rng, 60), mk.b64junk(rng, 30) + "==")),
        ("X-Gm-Gg", "ASbGnc%s\n\t%s" % (mk.b64junk(rng, 60), mk.b64junk(rng, 50))),
        ("X-Google-Smtp-Source", "AGHT+I%s==" % mk.b64junk(rng, 58)),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            mk.hexid(rng, 4), mk.hexid(rng, 3), mk.hexid(rng, 3), mk.hexid(rng, 4), mk.alnum(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789"),
            mk.hexid(rng, 12), rng.randint(1, 30), rng.randint(1741000000, 1742900000) % 10 ** 10,
            rfc_date(mk.to_tz(plus(d, 1), "PDT"), "PDT", comment=True))),
    ]
    h = [("MIME-Version", "1.0"), ("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h.append(("Date", rfc_date(d)))
    _thread_hdrs = []
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        _thread_hdrs = [("References", spec.get("references") or q.msgid), ("In-Reply-To", q.msgid)]
    h += _thread_hdrs
    h.append(("Message-ID", b.msgid))
    h.append(("Subject", _subject(spec)))
    _recipients(spec, b)
    rcpts = b.headers
    b.headers = []
    h += rcpts
    bnd = "0000000000%s" % mk.hexid(rng, 16)
    tri = _body_alt(spec, "gmail", rng, bnd, '"UTF-8"', "quoted-printable", mk.html_gmail)
    ctype, extra, body = _attach(spec, rng, tri, "0000000000%s" % mk.hexid(rng, 16))
    h.append(("Content-Type", ctype))
    h += extra
    b.headers = h
    b.ctype, b.body = ctype, body


def gmail_mobile(spec, rng, d, b):
    gmail(spec, rng, d, b, mobile=True)


def _split_leaf(ctype_body):
    """leaf() returns (headerblock, body); normalise into (ctype_value, extra_headers, body)."""
    if len(ctype_body) == 3:
        return ctype_body
    hdr, body = ctype_body
    if hdr.startswith("multipart/"):
        return hdr, [], body
    lines = hdr.strip("\n").split("\n")
    ctype = lines[0].split(": ", 1)[1]
    extra = [tuple(l.split(": ", 1)) for l in lines[1:]]
    return ctype, extra, body


def finish_simple(b, h, ctype_body):
    ctype, extra, body = _split_leaf(ctype_body)
    h.append(("Content-Type", ctype))
    h += extra
    b.headers, b.ctype, b.body = h, ctype, body


def _rebuild_gmail():
    pass


def yahoo(spec, rng, d, b, aol=False, android=False):
    n = rng.randint(1000000, 9999999)
    b.msgid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(1000000000, 2147483647), n, int(d.timestamp()) * 1000 + rng.randint(0, 999))
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(1, 50), rng.choice(["gq1", "bf2", "ne1", "ir2"]))
    b.helo = b.rdns = host
    b.ip = "98.137.%d.%d" % (rng.randint(64, 69), rng.randint(2, 250))
    b.env_from = spec["from_addr"]
    b.dkim = spec["from_addr"].split("@")[1]
    ts = int(d.timestamp())
    b.trace = [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s\n %s==" % (
            b.dkim, "a2048" if aol else "s2048", ts, mk.b64junk(rng, 43), mk.b64junk(rng, 70), mk.b64junk(rng, 60))),
        ("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s==" % (
            ts, mk.b64junk(rng, 43), mk.b64junk(rng, 80))),
        ("X-YMail-OSG", "%s\n %s\n %s-" % (mk.b64junk(rng, 70).replace("+", "."), mk.b64junk(rng, 70).replace("+", "."), mk.b64junk(rng, 30).replace("+", "."))),
        ("X-Sonic-MF", "<%s>" % spec["from_addr"]),
        ("X-Sonic-ID", "%s-%s-%s-%s-%s" % (mk.hexid(rng, 8), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 12))),
        ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000").replace("+0000", "+0000"))),
    ]
    h = [("Date", rfc_date(mk.to_tz(d, "UTC"))), ("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    h += [("Message-ID", b.msgid)]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("In-Reply-To", q.msgid), ("References", spec.get("references") or q.msgid)]
    h += [("Subject", _subject(spec)), ("MIME-Version", "1.0")]
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 2000000000), int(d.timestamp()) * 1000 + rng.randint(0, 999))
    prog = "aol" if aol else "yahoo"

    def yhtml(t):
        return ('<div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">%s</div>'
                % (mk.hexid(rng, 8), "".join("<div dir=\"ltr\" data-setdir=\"false\">%s</div>" % (mk.esc(l) or "<br>") for l in t.strip("\n").split("\n"))))
    cb = _body_alt(spec, prog, rng, bnd, "UTF-8", "quoted-printable", yhtml)
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype))
    h += extra
    ua = ("WebService/1.1.23369 AolMailNorrin" if aol else
          ("WebService/1.1.23369 YMailNorrin" if not android else "WebService/1.1.23369 YMailAndroidMobile"))
    h.append(("X-Mailer", ua))
    b.headers, b.ctype, b.body = h, ctype, body


def aol(spec, rng, d, b):
    yahoo(spec, rng, d, b, aol=True)


def yahoo_android(spec, rng, d, b):
    yahoo(spec, rng, d, b, android=True)


def _ms_thread_index(rng):
    return "AQH" + mk.b64junk(rng, 29)


def outlookcom(spec, rng, d, b, desktop=False):
    tenant = rng.choice(["SJ0PR", "BY5PR", "PH0PR", "CH3PR", "DM6PR", "MN2PR"])
    srv = "%s%02dMB%d" % (tenant, rng.randint(10, 19), rng.randint(1000, 9999))
    dom = spec["from_addr"].split("@")[1]
    region = "namprd%02d" % rng.randint(2, 20)
    b.msgid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, mk.alnum(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), srv, region)
    if desktop:
        host = "mail-%snam%don2%03d.outbound.protection.outlook.com" % (rng.choice(["bn7", "dm6", "mw2", "co1"]), rng.randint(10, 12), rng.randint(40, 130))
        ip = "40.107.%d.%d" % (rng.randint(90, 244), rng.randint(20, 130))
        helo = "NAM%d-%s-obe.outbound.protection.outlook.com" % (rng.randint(10, 12), rng.choice(["BN7", "DM6", "MW2", "CO1"]))
    else:
        host = "mail-%snam%dolkn2%03d.outbound.protection.outlook.com" % (rng.choice(["mw2", "bn1", "dm3", "co1"]), rng.randint(4, 12), rng.randint(10, 99))
        ip = "40.92.%d.%d" % (rng.randint(10, 99), rng.randint(10, 99))
        helo = "NAM%d-%s-obe.outbound.protection.outlook.com" % (rng.randint(4, 12), rng.choice(["MW2", "BN1", "DM3", "CO1"]))
    b.helo, b.rdns, b.ip = helo, host, ip
    b.env_from = spec["from_addr"]
    b.dkim = dom
    ts = int(d.timestamp())
    b.trace = [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s==" % (mk.b64junk(rng, 70), mk.b64junk(rng, 60))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s\n %s==" % (
            mk.b64junk(rng, 43), mk.b64junk(rng, 70), mk.b64junk(rng, 60))),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s\n %s==" % (
            dom if desktop else "hotmail.com" if dom == "hotmail.com" else dom, mk.b64junk(rng, 43), mk.b64junk(rng, 70), mk.b64junk(rng, 60))),
        ("Received", "from %s (2603:10b6:a03:%s::%d)\n by %s (2603:10b6:a03:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            srv, mk.hexid(rng, 3), rng.randint(10, 99), srv, mk.hexid(rng, 3), rng.randint(10, 99), rng.randint(8400, 8600), rng.randint(10, 40),
            rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000"))),
    ]
    h = [("From", _from(spec)), ("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    s = spec["subject"]
    h += [("Subject", _subject(spec)), ("Thread-Topic", _subject(spec).replace("RE: ", "").replace("Re: ", "").replace("FW: ", "").replace("Fw: ", "")),
          ("Thread-Index", _ms_thread_index(rng)), ("Date", rfc_date(mk.to_tz(d, "UTC"), zero_pad=False).replace("-0000", "+0000")),
          ("Message-ID", b.msgid)]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("References", spec.get("references") or q.msgid), ("In-Reply-To", q.msgid)]
    h += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if spec.get("attachments") else ""),
          ("X-MS-TNEF-Correlator", "")]
    if not desktop:
        h += [("msip_labels", "")]
    h += [("x-ms-exchange-messagesentrepresentingtype", "1"),
          ("x-ms-publictraffictype", "Email"),
          ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv.replace("MB", "MB" + str(rng.randint(1, 9))))),
          ("x-ms-office365-filtering-correlation-id", "%s-%s-%s-%s-%s" % (mk.hexid(rng, 8), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 12))),
          ("MIME-Version", "1.0")]
    charset = spec.get("charset", '"iso-8859-1"' if desktop else '"us-ascii"')
    if any(ord(c) > 127 for c in spec["text"]) and charset == '"us-ascii"':
        charset = '"utf-8"'
    bnd = "_000_%s_" % b.msgid.strip("<>").split("@")[0]
    prog = "outlook" if desktop else "outlookcom"

    def ohtml(t):
        return "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n'
                       % (mk.esc(l) or "<br>") for l in t.strip("\n").split("\n"))
    cb = _body_alt(spec, prog, rng, bnd, charset, "quoted-printable", ohtml)
    cb = _attach(spec, rng, cb, "_004_%s_" % b.msgid.strip("<>").split("@")[0])
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype))
    h += extra
    b.headers, b.ctype, b.body = h, ctype, body


def outlook(spec, rng, d, b):
    outlookcom(spec, rng, d, b, desktop=True)


def iphone(spec, rng, d, b, ipad=False):
    u = "%s-%s-%s-%s-%s" % (mk.hexid(rng, 8).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 12).upper())
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s@%s>" % (u, dom if dom in ("icloud.com", "me.com", "mac.com") else "icloud.com")
    host = "st43p00im-ztdg%08d.me.com" % rng.randint(10000000, 10099999)
    b.helo = b.rdns = host
    b.ip = "17.58.%d.%d" % (rng.randint(6, 63), rng.randint(2, 250))
    b.env_from = spec["from_addr"]
    b.dkim = dom
    if dom not in ("icloud.com", "me.com", "mac.com"):
        # iPhone Mail using a Gmail/Yahoo account: pretend it goes out via that provider.
        pass
    ts = int(d.timestamp())
    b.trace = [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=1a1hai; t=%d;\n\tbh=%s=;\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\n\tb=%s\n\t %s=" % (
            dom, ts, mk.b64junk(rng, 43), mk.b64junk(rng, 70), mk.b64junk(rng, 60))),
        ("Received", "from smtpclient.apple (st43p00im-ztdg%08d.me.com [17.58.63.%d])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rng.randint(10000000, 10099999), rng.randint(2, 250), host, mk.hexid(rng, 10).upper(), spec["rcpt"], rfc_date(mk.to_tz(plus(d, 1), "UTC")).replace("-0000", "+0000") + " (UTC)")),
    ]
    h = [("Content-Type", None), ("Content-Transfer-Encoding", None), ("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(d)), ("Subject", _subject(spec)), ("Message-Id", b.msgid)]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("References", spec.get("references") or q.msgid), ("In-Reply-To", q.msgid)]
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    h.append(("X-Mailer", "iPad Mail (22D72)" if ipad else "iPhone Mail (22D72)"))
    bnd = "Apple-Mail-%s-%s-%s-%s-%s" % (mk.hexid(rng, 8).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 12).upper())

    def ahtml(t):
        return '<div dir="ltr">%s</div>' % "".join("<div dir=\"ltr\">%s</div>" % (mk.esc(l) or "<br>") for l in t.strip("\n").split("\n"))
    cb = _body_alt(spec, "iphone", rng, bnd, "utf-8", "quoted-printable", ahtml)
    ctype, extra, body = _split_leaf(cb)
    h[0] = ("Content-Type", ctype)
    cte = dict(extra).get("Content-Transfer-Encoding")
    if cte:
        h[1] = ("Content-Transfer-Encoding", cte)
    else:
        h = [h[0]] + h[2:]
    b.headers, b.ctype, b.body = h, ctype, body


def applemail(spec, rng, d, b):
    """Apple Mail on a Mac: plain text (or alternative), 'Apple Mail (2.3826...)'."""
    u = "%s-%s-%s-%s-%s" % (mk.hexid(rng, 8).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 4).upper(), mk.hexid(rng, 12).upper())
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s@%s>" % (u, dom)
    if dom in ("icloud.com", "me.com", "mac.com"):
        host = "st43p00im-ztdg%08d.me.com" % rng.randint(10000000, 10099999)
        b.ip = "17.58.%d.%d" % (rng.randint(6, 63), rng.randint(2, 250))
    else:
        host = spec.get("smtp_host", "smtp.%s" % dom)
        b.ip = spec.get("smtp_ip", "69.%d.%d.%d" % (rng.randint(10, 250), rng.randint(1, 250), rng.randint(1, 250)))
    b.helo = b.rdns = host
    b.env_from = spec["from_addr"]
    b.dkim = dom
    b.trace = [
        ("Received", "from smtpclient.apple (c-73-%d-%d-%d.hsd1.ia.comcast.net [73.%d.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250),
            host, mk.hexid(rng, 10).upper(), spec["rcpt"], rfc_date(mk.to_tz(plus(d, 1), "UTC")).replace("-0000", "+0000") + " (UTC)")),
    ]
    h = [("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("Content-Type", None), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
          ("Subject", _subject(spec)), ("Date", rfc_date(d)), ("Content-Transfer-Encoding", None)]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("References", spec.get("references") or q.msgid), ("In-Reply-To", q.msgid)]
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    h += [("Message-Id", b.msgid), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    sp = dict(spec)
    sp.setdefault("plain_only", True)
    cb = _body_alt(sp, "applemail", rng, "Apple-Mail=_%s" % mk.hexid(rng, 32).upper(), "us-ascii" if not any(ord(c) > 127 for c in spec["text"]) else "utf-8",
                   "quoted-printable", lambda t: mk.html_p(t))
    ctype, extra, body = _split_leaf(cb)
    cte = dict(extra).get("Content-Transfer-Encoding")
    out = []
    for k, v in h:
        if k == "Content-Type":
            out.append((k, ctype))
        elif k == "Content-Transfer-Encoding":
            if cte:
                out.append((k, cte))
        else:
            out.append((k, v))
    b.headers, b.ctype, b.body = out, ctype, body


def thunderbird(spec, rng, d, b):
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s-%s-%s-%s-%s@%s>" % (mk.hexid(rng, 8), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 4), mk.hexid(rng, 12), dom)
    host = spec.get("smtp_host", "mail.%s" % dom)
    b.helo = b.rdns = host
    b.ip = spec.get("smtp_ip", "64.%d.%d.%d" % (rng.randint(10, 250), rng.randint(1, 250), rng.randint(1, 250)))
    b.env_from = spec["from_addr"]
    b.dkim = dom if spec.get("dkim", True) else None
    b.trace = [
        ("Received", "from [192.168.1.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rng.randint(2, 60), "cpe-%d-%d-%d-%d.wi.res.rr.com" % (rng.randint(24, 99), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
            "%d.%d.%d.%d" % (rng.randint(24, 99), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
            spec["from_addr"], host, mk.hexid(rng, 10).upper(), spec["rcpt"], rfc_date(plus(d, 2)))),
    ]
    h = [("Message-ID", b.msgid), ("Date", rfc_date(d)), ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    h += [("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("Subject", _subject(spec))]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h[1:1] = [("References", spec.get("references") or q.msgid)]
        h[1:1] = [("In-Reply-To", q.msgid)]
    sp = dict(spec)
    sp["plain_only"] = True
    charset = "UTF-8; format=flowed"
    text8 = any(ord(c) > 127 for c in spec["text"])
    cb = _body_alt(sp, "thunderbird", rng, "", "UTF-8", "8bit" if text8 else "7bit", None, plain_transform=mk.flowed)
    ctype, extra, body = _split_leaf(cb)
    ctype = ctype + "; format=flowed"
    h.append(("Content-Type", ctype))
    h.append(("Content-Transfer-Encoding", "8bit" if text8 else "7bit"))
    b.headers, b.ctype, b.body = h, ctype, body


def samsung(spec, rng, d, b):
    # Samsung Email with a Gmail account
    gmailish = spec["from_addr"].endswith("gmail.com")
    b.msgid = "<%s.%d@email.android.com>" % (mk.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(10 ** 11, 10 ** 12))
    dom = spec["from_addr"].split("@")[1]
    if gmailish:
        host = "mail-pj1-f%d.google.com" % rng.randint(41, 199)
        b.ip = "209.85.216.%d" % rng.randint(2, 250)
    else:
        host = spec.get("smtp_host", "smtp.%s" % dom)
        b.ip = "68.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    b.helo = b.rdns = host
    b.env_from = spec["from_addr"]
    b.dkim = dom
    b.trace = [("Received", "from [10.%d.%d.%d] ([172.58.%d.%d])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (
        rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250),
        mk.alnum(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + mk.hexid(rng, 12) + ".%d.%d" % (rng.randint(1, 9), rng.randint(1, 999)),
        spec["rcpt"], rfc_date(mk.to_tz(plus(d, 1), "PDT"), "PDT", comment=True)))]
    h = [("Message-ID", b.msgid), ("Date", rfc_date(d, zero_pad=False)), ("Subject", _subject(spec)),
         ("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("In-Reply-To", q.msgid), ("References", spec.get("references") or q.msgid)]
    h += [("MIME-Version", "1.0")]
    bnd = "--_com.samsung.android.email_%d%d" % (rng.randint(10 ** 11, 10 ** 12), rng.randint(1000, 9999))

    def shtml(t):
        return "".join("<div dir=\"auto\">%s</div>" % (mk.esc(l) or "<br>") for l in t.strip("\n").split("\n"))
    sp = dict(spec)
    cb = _body_alt(sp, "samsung", rng, bnd, "UTF-8", "base64", shtml)
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype))
    h += extra
    b.headers, b.ctype, b.body = h, ctype, body


def comcast(spec, rng, d, b):
    """Xfinity Connect (Open-Xchange)."""
    n = rng.randint(100000000, 999999999)
    b.msgid = "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(100000000, 2147483647), rng.randint(10000, 99999), int(d.timestamp()) * 1000 + rng.randint(0, 999))
    host = "resomta-h2p-%06d.sys.comcast.net" % rng.randint(550000, 560000)
    b.helo = b.rdns = host
    b.ip = "96.102.179.%d" % rng.randint(190, 230)
    b.env_from = spec["from_addr"]
    b.dkim = "comcast.net"
    ts = int(d.timestamp())
    b.trace = [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s=;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n\tb=%s\n\t %s==" % (
            ts, mk.b64junk(rng, 43), mk.b64junk(rng, 70), mk.b64junk(rng, 60))),
        ("Received", "from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])\n\tby resomta-h2p-%06d.sys.comcast.net with ESMTPA\n\tid %s; %s" % (
            rng.randint(10, 60), rng.randint(1, 250), rng.randint(1, 250), rng.randint(550000, 560000), mk.alnum(rng, 16), rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000"))),
        ("X-Xfinity-VMeta", "sc=-100.00;st=legit"),
    ]
    h = [("Date", rfc_date(d)), ("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    h += [("Message-ID", b.msgid)]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("In-Reply-To", q.msgid), ("References", spec.get("references") or q.msgid)]
    h += [("Subject", _subject(spec)), ("MIME-Version", "1.0")]
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(100000000, 2000000000), int(d.timestamp()) * 1000 + rng.randint(0, 999))
    cb = _body_alt(spec, "comcast", rng, bnd, "UTF-8", "7bit" if not mk.needs_encoding(spec["text"]) else "quoted-printable",
                   lambda t: "".join("  <div>\n   %s\n  </div>\n" % (mk.esc(l) or "&nbsp;") for l in t.strip("\n").split("\n")))
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype))
    h += extra
    h += [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev72"),
          ("X-Originating-Client", "open-xchange-appsuite")]
    b.headers, b.ctype, b.body = h, ctype, body


def roundcube(spec, rng, d, b):
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s@%s>" % (mk.hexid(rng, 32), spec.get("webmail_host", "webmail." + dom))
    host = spec.get("smtp_host", "smtp.%s" % dom)
    b.helo = b.rdns = host
    b.ip = spec.get("smtp_ip", "173.%d.%d.%d" % (rng.randint(10, 250), rng.randint(1, 250), rng.randint(1, 250)))
    b.env_from = spec["from_addr"]
    b.dkim = dom if spec.get("dkim", False) else None
    b.trace = [("Received", "from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
        spec.get("webmail_host", "webmail." + dom), spec["from_addr"], host, mk.hexid(rng, 10).upper(), spec["rcpt"], rfc_date(plus(d, 1))))]
    h = [("MIME-Version", "1.0"), ("Date", rfc_date(d)), ("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    h += [("Subject", _subject(spec))]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("In-Reply-To", q.msgid), ("References", spec.get("references") or q.msgid)]
    h += [("User-Agent", "Roundcube Webmail/1.6.9"), ("Message-ID", b.msgid), ("X-Sender", spec["from_addr"])]
    sp = dict(spec)
    sp["plain_only"] = True
    text8 = any(ord(c) > 127 for c in spec["text"])
    cb = _body_alt(sp, "roundcube", rng, "", "US-ASCII" if not text8 else "UTF-8", "7bit" if not text8 else "8bit", None,
                   plain_transform=mk.flowed)
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype + ";\n format=flowed"))
    h.append(("Content-Transfer-Encoding", "7bit" if not text8 else "8bit"))
    b.headers, b.ctype, b.body = h, ctype, body


def proton(spec, rng, d, b):
    b.msgid = "<%s=@proton.me>" % (mk.b64junk(rng, 86).replace("/", "_").replace("+", "-"))
    host = "mail-%d.protonmail.ch" % rng.choice([4316, 4317, 1717, 7301, 4323])
    b.helo = b.rdns = host
    b.ip = "185.70.43.%d" % rng.randint(16, 30)
    b.env_from = spec["from_addr"]
    b.dkim = spec["from_addr"].split("@")[1]
    ts = int(d.timestamp())
    b.trace = [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=proton.me;\n\ts=protonmail; t=%d; x=%d;\n\tbh=%s=;\n\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:\n\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector;\n\tb=%s\n\t %s==" % (
        ts, ts + 259200, mk.b64junk(rng, 43), mk.b64junk(rng, 70), mk.b64junk(rng, 60)))]
    h = [("Date", rfc_date(mk.to_tz(d, "UTC")).replace("-0000", "+0000")), ("To", spec["to_hdr"]), ("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("Subject", _subject(spec)), ("Message-ID", b.msgid)]
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("In-Reply-To", q.msgid), ("References", spec.get("references") or q.msgid)]
    h += [("Feedback-ID", "%s==:Ext:ProtonMail" % mk.b64junk(rng, 86)), ("X-Pm-Message-ID", mk.hexid(rng, 40)),
          ("MIME-Version", "1.0")]
    bnd = "b1=_%s" % mk.b64junk(rng, 40).replace("/", "").replace("+", "")
    cb = _body_alt(spec, "proton", rng, bnd, "utf-8", "quoted-printable",
                   lambda t: '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>' % "<br>".join(mk.esc(l) for l in t.strip("\n").split("\n")))
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype))
    h += extra
    b.headers, b.ctype, b.body = h, ctype, body


def winlive(spec, rng, d, b):
    """Windows Live Mail 2012 through an ISP's SMTP; windows-1252 QP, old-style boundary."""
    dom = spec["from_addr"].split("@")[1]
    b.msgid = "<%s$%s$%s@%s>" % (mk.hexid(rng, 12).upper(), mk.hexid(rng, 8), mk.hexid(rng, 8), spec.get("pc_name", "OwnerPC"))
    host = spec.get("smtp_host", "smtp.%s" % dom)
    b.helo = spec.get("pc_name", "OwnerPC")
    b.rdns = host
    b.ip = "75.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    b.env_from = spec["from_addr"]
    b.dkim = None
    b.spf = "softfail" if spec.get("spf_softfail") else "pass"
    b.trace = []
    h = [("From", _from(spec))]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("To", spec["to_hdr"])]
    if spec.get("cc_hdr"):
        h.append(("Cc", spec["cc_hdr"]))
    q = spec.get("quote")
    if q is not None and spec.get("quote_mode", "reply") == "reply":
        h += [("References", spec.get("references") or q.msgid), ("In-Reply-To", q.msgid)]
    h += [("Subject", _subject(spec)), ("Date", rfc_date(d, zero_pad=False)), ("MIME-Version", "1.0")]
    bnd = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFFFFFF))
    cb = _body_alt(spec, "winlive", rng, bnd, '"Windows-1252"', "quoted-printable",
                   lambda t: "".join("<DIV>%s</DIV>" % (mk.esc(l) or "&nbsp;") for l in t.strip("\n").split("\n")))
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype))
    h += extra
    h += [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
          ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
          ("Message-ID", b.msgid)]
    b.headers, b.ctype, b.body = h, ctype, body


def webform(spec, rng, d, b):
    """Our own Contact Us form relay: From noreply@alliantenergy.com, customer in Reply-To (if given)."""
    b.msgid = "<form.%s.%s@web03.alliantenergy.com>" % (d.strftime("%Y%m%d%H%M%S"), mk.hexid(rng, 8))
    b.helo = b.rdns = "web03.alliantenergy.com"
    b.ip = "10.40.2.13"
    b.env_from = "noreply@alliantenergy.com"
    b.dkim = None
    b.internal = True
    b.trace = [("Received", "by web03.alliantenergy.com (Postfix, from userid 48)\n\tid %s; %s" % (mk.hexid(rng, 10).upper(), rfc_date(d)))]
    h = [("To", spec["to_hdr"]), ("Subject", _subject(spec)), ("From", "Alliant Energy Website <noreply@alliantenergy.com>")]
    if spec.get("reply_to"):
        h.append(("Reply-To", spec["reply_to"]))
    h += [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), ("X-Form-Id", "contact-us-v3"),
          ("Date", rfc_date(d)), ("Message-ID", b.msgid), ("MIME-Version", "1.0")]
    sp = dict(spec)
    sp["plain_only"] = True
    cb = _body_alt(sp, "webform", rng, "", "utf-8", "quoted-printable", None)
    ctype, extra, body = _split_leaf(cb)
    h.append(("Content-Type", ctype))
    h += extra
    b.headers, b.ctype, b.body = h, ctype, body


def gmail_unsub(spec, rng, d, b):
    """Gmail's own 'Unsubscribe' button posting to a List-Unsubscribe mailto:."""
    gmail(dict(spec, plain_only=True), rng, d, b)


PROGRAMS = {
    "gmail": gmail, "gmail_mobile": gmail_mobile, "yahoo": yahoo, "aol": aol, "yahoo_android": yahoo_android,
    "outlookcom": outlookcom, "outlook": outlook, "iphone": iphone, "applemail": applemail,
    "thunderbird": thunderbird, "samsung": samsung, "comcast": comcast, "roundcube": roundcube, "proton": proton,
    "winlive": winlive, "webform": webform, "gmail_unsub": gmail_unsub,
}
