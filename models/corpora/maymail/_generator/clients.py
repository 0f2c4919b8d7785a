"""How each mail program lays out a message a person wrote.

compose() takes the person's own words (written by hand, message by message,
in build.py) and dresses them the way the given program and provider would:
headers, MIME structure, automatic signature, quoting of the mail answered.
"""
import datetime
import html

import transport as T
from mimekit import (CDT, UTC, ew, addr, rfc_date, rand_chars, rand_hex, rand_b64, uuid_like, epoch,
                     text_part, multipart, render, wrap, flowed, quote_gt, is_ascii, rng_for,
                     LONGDAYS, LONGMONTHS, DAYS, MONTHS)

NNBSP = "\u202f"


def t12(d, nnbsp=False):
    h = d.hour % 12 or 12
    return "%d:%02d%s%s" % (h, d.minute, NNBSP if nnbsp else " ", "AM" if d.hour < 12 else "PM")


def short_date(d):
    return "%s, %s %d, %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year)


def long_date(d):
    return "%s, %s %d, %d" % (LONGDAYS[d.weekday()], LONGMONTHS[d.month - 1], d.day, d.year)


# ------------------------------------------------------------------ attribution / quoting

def attribution(client, q, me):
    d = q["date"]
    fa = q["from_addr"]
    fn = q.get("from_name", "")
    if client in ("gmail_web", "gmail_android", "gmail_ios"):
        return "On %s at %s %s <%s> wrote:" % (short_date(d), t12(d, True), fn, fa)
    if client in ("iphone", "ipad", "apple_mail"):
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[d.month - 1], d.day, d.year, t12(d), fn, fa)
    if client in ("yahoo_web", "yahoo_ios", "yahoo_android"):
        return "On %s at %02d:%02d:%02d %s CDT, %s <%s> wrote:" % (
            long_date(d), (d.hour % 12 or 12), d.minute, d.second, "AM" if d.hour < 12 else "PM", fn, fa)
    if client == "thunderbird":
        return "On %d/%d/%s %s, %s wrote:" % (d.month, d.day, str(d.year)[2:], t12(d), fn)
    if client == "xfinity":
        return "On %02d/%02d/%d %s CDT %s <%s> wrote:" % (d.month, d.day, d.year, t12(d), fn, fa)
    if client == "proton":
        return "On %s, %s %dth, %d at %s, %s <%s> wrote:" % (LONGDAYS[d.weekday()], LONGMONTHS[d.month - 1],
                                                            d.day, d.year, t12(d), fn, fa)
    if client == "roundcube":
        return "On 2027-%02d-%02d %02d:%02d, %s wrote:" % (d.month, d.day, d.hour, d.minute, fa)
    raise ValueError(client)


def outlook_block(q, me, underscores, fw=False):
    d = q["date"]
    head = "________________________________\n" if underscores else ""
    return ("%sFrom: %s <%s>%s\nSent: %s %s\nTo: %s\n%sSubject: %s\n" % (
        head, q.get("from_name", ""), q["from_addr"], "" if underscores else " ", long_date(d), t12(d),
        me if underscores else me, "", q["subject"]))


ES_DAYS = ["lun", "mar", "mi\u00e9", "jue", "vie", "s\u00e1b", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def t12_es(d, sep=" "):
    h = d.hour % 12 or 12
    return "%d:%02d%s%s" % (h, d.minute, sep, "a.m." if d.hour < 12 else "p.m.")


def quoted_plain_es(client, q, me):
    d = q["date"]
    text = q["text"]
    if client.startswith("gmail"):
        att = "El %s, %d %s %d a las %s, %s (<%s>) escribi\u00f3:" % (
            ES_DAYS[d.weekday()], d.day, ES_MONTHS[d.month - 1], d.year, t12_es(d, NNBSP),
            q.get("from_name", ""), q["from_addr"])
        return wrap(att, 76) + "\n\n" + quote_gt(text)
    if client in ("iphone", "ipad"):
        att = "El %d %s %d, a las %s, %s <%s> escribi\u00f3:" % (
            d.day, ES_MONTHS[d.month - 1], d.year, t12_es(d), q.get("from_name", ""), q["from_addr"])
        return quote_gt(att + "\n\n" + text)
    if client == "samsung":
        return ("-------- Mensaje original --------\nDe: %s <%s> \nFecha: %d/%d/%s %d:%02d %s  (GMT-05:00) \n"
                "Para: %s \nAsunto: %s \n\n%s" % (q.get("from_name", ""), q["from_addr"], d.day, d.month,
                                                  str(d.year)[2:], d.hour % 12 or 12, d.minute,
                                                  "a. m." if d.hour < 12 else "p. m.", me, q["subject"], text))
    raise ValueError(client)


def quoted_plain(client, q, me, fwd=False, lang="en"):
    """The text the program puts under the person's words."""
    text = q["text"]
    if lang == "es" and not fwd:
        return quoted_plain_es(client, q, me)
    if fwd:
        d = q["date"]
        if client.startswith("gmail"):
            return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %s\nSubject: %s\nTo: <%s>\n\n\n%s"
                    % (q.get("from_name", ""), q["from_addr"], short_date(d), t12(d, True), q["subject"], me, text))
        if client in ("iphone", "ipad", "apple_mail"):
            return ("Begin forwarded message:\n\nFrom: %s <%s>\nDate: %s %d, %d at %d:%02d:%02d %s CDT\nTo: %s\nSubject: %s\n\n%s"
                    % (q.get("from_name", ""), q["from_addr"], LONGMONTHS[d.month - 1], d.day, d.year,
                       d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM", me, q["subject"], text))
        if client in ("outlook_desktop",):
            return outlook_block(q, me, False) + "\n" + text
        if client in ("outlook_com", "outlook_ios", "m365"):
            return outlook_block(q, me, True) + "\n" + text
        if client in ("yahoo_web", "yahoo_ios", "yahoo_android"):
            return ("----- Forwarded Message -----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s CDT\nSubject: %s\n\n%s"
                    % (q.get("from_name", ""), q["from_addr"], me, long_date(d), t12(d), q["subject"], text))
        if client.startswith("aol"):
            return ("-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %s\nSubject: %s\n\n%s"
                    % (q.get("from_name", ""), q["from_addr"], me, DAYS[d.weekday()], MONTHS[d.month - 1], d.day,
                       d.year, t12(d).lower(), q["subject"], text))
        if client == "samsung":
            return samsung_block(q, me) + text
        if client == "thunderbird":
            return ("-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n\n\n\n%s"
                    % (q["subject"], rfc_date(d), q.get("from_name", ""), q["from_addr"], me, text))
        raise ValueError(client)
    if client in ("outlook_desktop",):
        return outlook_block(q, me, False) + "\n" + text
    if client in ("outlook_com", "outlook_ios", "m365"):
        return outlook_block(q, me, True) + "\n" + text
    if client.startswith("aol"):
        d = q["date"]
        return ("-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %s\nSubject: %s\n\n%s"
                % (q.get("from_name", ""), q["from_addr"], me, DAYS[d.weekday()], MONTHS[d.month - 1], d.day,
                   d.year, t12(d).lower(), q["subject"], text))
    if client == "samsung":
        return samsung_block(q, me) + text
    if client in ("yahoo_web", "yahoo_ios", "yahoo_android"):
        return attribution(client, q, me) + "\n\n" + text
    att = attribution(client, q, me)
    if client.startswith("gmail"):
        return wrap(att, 76) + "\n\n" + quote_gt(text)
    if client in ("iphone", "ipad", "apple_mail"):
        return quote_gt(att + "\n\n" + text)
    if client == "xfinity":
        return quote_gt(att + "\n\n\n" + text)
    if client in ("thunderbird", "roundcube"):
        return att + "\n" + quote_gt(text)
    if client == "proton":
        return att + "\n\n" + quote_gt(text)
    raise ValueError(client)


def samsung_block(q, me):
    d = q["date"]
    return ("-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%s %s  (GMT-05:00) \nTo: %s \n"
            "Subject: %s \n\n" % (q.get("from_name", ""), q["from_addr"], d.month, d.day, str(d.year)[2:],
                                  t12(d), me, q["subject"]))


def html_from_plain(t):
    out = []
    for l in t.split("\n"):
        out.append(html.escape(l, quote=False) if l else "")
    return "<br>\n".join(out)


# ------------------------------------------------------------------ default signatures

AUTO_SIG_ES = {
    "iphone": "Enviado desde mi iPhone",
    "samsung": "Enviado desde mi Galaxy",
    "yahoo_android": "Enviado desde Yahoo Mail para Android",
}

AUTO_SIG = {
    "iphone": "Sent from my iPhone",
    "ipad": "Sent from my iPad",
    "yahoo_ios": "Sent from Yahoo Mail for iPhone",
    "yahoo_android": "Sent from Yahoo Mail on Android",
    "aol_ios": "Sent from the all new AOL app for iOS",
    "samsung": "Sent from my Galaxy",
    "outlook_ios": "Get Outlook for iOS",
    "proton": "Sent with Proton Mail secure email.",
}

MAILERS = {
    "iphone": "iPhone Mail (22F76)",
    "ipad": "iPad Mail (22F76)",
    "apple_mail": "Apple Mail (2.3826.500.181.1.5)",
    "outlook_desktop": "Microsoft Outlook 16.0",
    "yahoo_web": "WebService/1.1.24187 YMailNorrin",
    "yahoo_ios": "WebService/1.1.24187 YahooMailIosMobile",
    "yahoo_android": "WebService/1.1.24187 YMailNorrin YahooMailAndroidMobile",
    "aol_web": "WebService/1.1.24187 AolMailNorrin",
    "aol_ios": "WebService/1.1.24187 AolMailIosMobile",
    "xfinity": "Open-Xchange Mailer v7.10.6-Rev72",
}


class Msg:
    """A finished message: header list, root part, transport details."""

    def __init__(self):
        self.top = []
        self.headers = []
        self.part = None
        self.arrive = None

    def bytes(self):
        return render(self.top + self.headers, self.part)


def compose(key, mailbox, sent, *, client, provider, from_name, from_addr, subject, body,
            to=None, cc=None, reply_to=None, quote=None, fwd=None, sig="auto", tz=CDT,
            charset=None, html_alt=None, extra=(), in_reply_to=None, references=None,
            attach=None, body_cte=None, msgid_domain=None, empty=False, priority=None,
            list_unsub_from=None, auto_submitted=None, xmailer=None, lang="en"):
    r = rng_for(key)
    me = from_addr
    rcpt = T.MAILBOXES[mailbox]
    if to is None:
        to = rcpt
    if sent.tzinfo is None:
        raise ValueError("naive")
    local = sent.astimezone(tz)

    # ------------------------------------------------ text the person sees
    txt = body.rstrip("\n")
    if sig == "auto":
        sig = (AUTO_SIG_ES if lang == "es" else AUTO_SIG).get(client)
    if sig:
        if client in ("iphone", "ipad"):
            txt = (txt + "\n\n" + sig) if txt else sig
        elif client == "samsung":
            txt = txt + "\n\n\n\n" + sig
        elif client == "proton":
            txt = txt + "\n\n" + sig
        else:
            txt = txt + "\n\n" + sig
    q = quote or fwd
    qtext = ""
    if q:
        qtext = quoted_plain(client, q, me, fwd=bool(fwd), lang=lang)
    if client.startswith("gmail"):
        mine = wrap(txt, 76)
    else:
        mine = txt
    if q:
        sep = "\n\n"
        if client in ("outlook_desktop",):
            sep = "\n\n"
        if client in ("outlook_com", "outlook_ios", "m365"):
            sep = "\n\n"
        if client in ("yahoo_web", "yahoo_ios", "yahoo_android"):
            sep = "\n\n\n"
        if client.startswith("aol"):
            sep = "\n\n\n"
        plain = mine + sep + qtext
    else:
        plain = mine
    if client == "thunderbird":
        plain = flowed(plain)
    if empty:
        plain = ""

    # ------------------------------------------------ MIME per client
    ascii_ok = is_ascii(plain)
    cs = charset
    if client in ("gmail_web", "gmail_android", "gmail_ios"):
        cs = cs or "UTF-8"
        b = "0000000000%s" % rand_hex(r, 18)
        hp = '<div dir="ltr">%s</div>' % html_from_plain(txt)
        if q:
            qh = html_from_plain(q["text"])
            if fwd:
                hp += ('<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                       '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">%s</strong>'
                       ' <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>Date: %s at %s<br>Subject: %s<br>'
                       'To: &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>%s</div>' % (
                           html.escape(q.get("from_name", "")), q["from_addr"], q["from_addr"], short_date(q["date"]),
                           t12(q["date"], True), html.escape(q["subject"]), me, me, qh))
            else:
                hp += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                       'padding-left:1ex">%s</blockquote></div>' % (html.escape(attribution(client, q, me)), qh))
        hp = wrap_html(hp)
        p1 = text_part(plain, "plain", cs, cte=body_cte)
        if p1.headers[1][1] == "7bit":
            p1.headers = p1.headers[:1]
        p2 = text_part(hp, "html", cs, cte=None)
        if p2.headers[1][1] == "7bit":
            p2.headers = p2.headers[:1]
        root = multipart("alternative", [p1, p2], b)
        if attach:
            root = multipart("mixed", [root] + attach, "0000000000%s" % rand_hex(r, 18))
        msgid = "<CA%s@mail.gmail.com>" % rand_chars(r, r.randint(44, 58),
                                                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
        hdr = [("MIME-Version", "1.0")]
        if q and not fwd:
            refs = references or q["msgid"]
            hdr += [("References", refs), ("In-Reply-To", in_reply_to or q["msgid"])]
        hdr += [("From", addr(from_name, from_addr)), ("Date", rfc_date(local)), ("Message-ID", msgid),
                ("Subject", ew(subject)), ("To", to)]
        if cc:
            hdr.append(("Cc", cc))
        if reply_to:
            hdr.insert(3, ("Reply-To", reply_to))
        hdr.append(("__CT__", None))
    elif client in ("iphone", "ipad", "apple_mail"):
        if cs is None:
            cs = "us-ascii" if ascii_ok else "utf-8"
        if q or html_alt:
            ub = uuid_like(r)
            b = ("Apple-Mail=_%s" % ub) if client == "apple_mail" else ("Apple-Mail-%s" % ub)
            p1 = text_part(plain, "plain", cs, cte=body_cte or ("7bit" if ascii_ok and max(map(len, plain.split("\n"))) < 77 else "quoted-printable"),
                           charset_quoted=False)
            hh = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                  '<body dir="auto"><div dir="ltr">%s</div>' % html_from_plain(txt))
            if q:
                hh += ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                       '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (
                           html.escape(attribution(client, q, me)) if not fwd else "Begin forwarded message:",
                           html_from_plain(q["text"])))
            hh += "</body></html>"
            p2 = text_part(wrap_html(hh), "html", "utf-8", cte="quoted-printable", charset_quoted=False)
            root = multipart("alternative", [p1, p2], b)
            if attach:
                root = multipart("mixed", [root] + attach, "Apple-Mail-%s" % uuid_like(r))
        else:
            root = text_part(plain, "plain", cs,
                             cte=body_cte or ("7bit" if ascii_ok and (not plain or max(map(len, plain.split("\n"))) < 77) else "quoted-printable"),
                             charset_quoted=False)
            if attach:
                root = multipart("mixed", [root] + attach, "Apple-Mail-%s" % uuid_like(r))
        dom = msgid_domain or from_addr.split("@")[1]
        msgid = "<%s@%s>" % (uuid_like(r), dom)
        mv = "1.0 (1.0)" if client != "apple_mail" else "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"
        hdr = [("__CT__", None), ("From", addr(from_name, from_addr)), ("Mime-Version", mv),
               ("Subject", ew(subject)), ("Date", rfc_date(local)), ("Message-Id", msgid)]
        if q and not fwd:
            hdr += [("References", references or q["msgid"]), ("In-Reply-To", in_reply_to or q["msgid"])]
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        if cc:
            hdr.append(("Cc", cc))
        hdr += [("To", to), ("X-Mailer", xmailer or MAILERS[client])]
    elif client in ("outlook_desktop",):
        if cs is None:
            cs = "us-ascii" if ascii_ok else "utf-8"
        stamp = "01DB%s.%s" % (rand_hex(r, 4, True), rand_hex(r, 8, True))
        b = "----=_NextPart_000_%04X_%s" % (r.randint(1, 0x40), stamp)
        p1 = text_part(plain, "plain", cs, cte=body_cte or ("7bit" if ascii_ok and max(map(len, plain.split("\n"))) <= 76 else "quoted-printable"))
        hh = outlook_html(txt, q, me, fwd, underscores=False, cs=cs)
        p2 = text_part(hh, "html", cs, cte="quoted-printable")
        root = multipart("alternative", [p1, p2], b, preamble="This is a multipart message in MIME format.\n")
        if attach:
            root = multipart("mixed", [root] + attach, "----=_NextPart_000_%04X_%s" % (r.randint(1, 0x40), stamp),
                             preamble="This is a multipart message in MIME format.\n")
        msgid = "<00%02x01db%s$%s$%s$@%s>" % (r.randint(1, 0x7f), rand_hex(r, 4), rand_hex(r, 8), rand_hex(r, 8),
                                    msgid_domain or from_addr.split("@")[1])
        hdr = [("From", addr(from_name, from_addr, quote_always=True) if from_name else from_addr), ("To", to)]
        if cc:
            hdr.append(("Cc", cc))
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        hdr += [("References", references or q["msgid"]) if (q and not fwd) else ("X-Skip", None),
                ("In-Reply-To", in_reply_to or q["msgid"]) if (q and not fwd) else ("X-Skip", None),
                ("Subject", ew(subject)), ("Date", rfc_date(local)), ("Message-ID", msgid),
                ("MIME-Version", "1.0"), ("__CT__", None), ("X-Mailer", xmailer or MAILERS[client]),
                ("Thread-Index", "AQH" + rand_b64(r, 29) + "==" if q else "Ad" + rand_b64(r, 26) + "=="),
                ("Content-Language", "en-us")]
        if priority:
            hdr.append(("Importance", priority))
    elif client in ("outlook_com", "outlook_ios", "m365"):
        if cs is None:
            cs = "us-ascii" if ascii_ok else ("iso-8859-1" if _latin1(plain) else "utf-8")
        p1 = text_part(plain, "plain", cs, cte="quoted-printable")
        hh = outlook_html(txt, q, me, fwd, underscores=True, cs=cs)
        p2 = text_part(hh, "html", cs, cte="quoted-printable")
        info = None
        srv = "%s%dMB%d" % (r.choice(["PH7PR", "SA1PR", "BL1PR", "CH3PR", "DM4PR", "SN7PR", "MN2PR"]),
                            r.randint(10, 19), r.randint(1000, 9999))
        nam = "namprd%02d" % r.randint(2, 19)
        idpart = srv + rand_hex(r, 30, True)
        b = "_000_%s%s_" % (idpart, srv)
        root = multipart("alternative", [p1, p2], b)
        if attach:
            root = multipart("mixed", [root] + attach, "_004_%s%s_" % (idpart, srv))
        msgid = "<%s@%s.%s.prod.outlook.com>" % (idpart, srv, nam)
        hdr = [("From", addr(from_name, from_addr)), ("To", '"%s" <%s>' % (rcpt, rcpt) if to == rcpt else to)]
        if cc:
            hdr.append(("CC", cc))
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        hdr += [("Subject", ew(subject)), ("Thread-Topic", ew(_topic(subject))),
                ("Thread-Index", "AQH" + rand_b64(r, 29) + "==" if q else "AQH" + rand_b64(r, 13)),
                ("Date", rfc_date(sent, UTC)), ("Message-ID", msgid)]
        if q and not fwd:
            hdr += [("References", references or q["msgid"]), ("In-Reply-To", in_reply_to or q["msgid"])]
        hdr += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if attach else ""),
                ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-messagesentrepresentingtype", "1"),
                ("x-ms-publictraffictype", "Email"),
                ("x-ms-traffictypediagnostic", "%s:EE_|%s%dMB%d:EE_" % (srv, r.choice(["SJ0PR", "DS0PR", "LV3PR"]),
                                                                       r.randint(10, 19), r.randint(1000, 9999))),
                ("__CT__", None), ("MIME-Version", "1.0")]
    elif client in ("yahoo_web", "yahoo_ios", "yahoo_android", "aol_web", "aol_ios"):
        cs = cs or "UTF-8"
        ms = epoch(sent) * 1000 + r.randint(0, 999)
        b = "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2147483647), ms)
        p1 = text_part(plain, "plain", cs, cte=body_cte or ("7bit" if ascii_ok and max(map(len, plain.split("\n"))) <= 76 else "quoted-printable"),
                       charset_quoted=False)
        wrapcls = "yahoo-style-wrap" if client.startswith("yahoo") else "aol-style-wrap"  # both exist in the wild
        hh = ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
              'font-size:16px;"><div dir="ltr" data-setdir="false">%s</div>' % (wrapcls, html_from_plain(txt)))
        if q:
            hh += ('<div><br></div><div id="yahoo_quoted" class="yahoo_quoted"><div style="font-family:Helvetica, Arial, '
                   'sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div>%s</div></div></div>' % (
                       html.escape(attribution("yahoo_web", q, me) if client.startswith("yahoo") else "-----Original Message-----"),
                       html_from_plain(q["text"])))
        hh += "</div></body></html>"
        p2 = text_part(wrap_html(hh), "html", cs, cte="quoted-printable", charset_quoted=False)
        root = multipart("alternative", [p1, p2], b)
        if attach:
            root = multipart("mixed", [root] + attach, "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999),
                                                                             r.randint(100000000, 2147483647), ms))
        msgid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2147483647), r.randint(100000, 9999999), ms)
        hdr = [("Date", rfc_date(sent.astimezone(UTC)) + " (UTC)"), ("From", addr(from_name, from_addr)),
               ("To", to)]
        if cc:
            hdr.append(("Cc", cc))
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        hdr += [("Message-ID", msgid)]
        if q and not fwd:
            hdr += [("In-Reply-To", in_reply_to or q["msgid"]), ("References", references or q["msgid"])]
        hdr += [("Subject", ew(subject)), ("MIME-Version", "1.0"), ("__CT__", None),
                ("X-Mailer", xmailer or MAILERS[client])]
    elif client == "thunderbird":
        cs = cs or "UTF-8"
        root = text_part(plain, "plain", cs, cte=body_cte or ("7bit" if ascii_ok else "8bit"), ct_extra="; format=flowed",
                         charset_quoted=False)
        if attach:
            root = multipart("mixed", [text_part(plain, "plain", cs, cte=("7bit" if ascii_ok else "8bit"),
                                                 ct_extra="; format=flowed", charset_quoted=False)] + attach,
                             "------------%s" % rand_chars(r, 24), preamble="This is a multi-part message in MIME format.\n")
        msgid = "<%s@%s>" % (uuid_like(r, False), msgid_domain or from_addr.split("@")[1])
        hdr = [("Message-ID", msgid), ("Date", rfc_date(local)), ("MIME-Version", "1.0"),
               ("User-Agent", xmailer or "Mozilla Thunderbird"), ("Subject", ew(subject)), ("To", to)]
        if q and not fwd:
            hdr.append(("References", references or q["msgid"]))
        hdr += [("Content-Language", "en-US"), ("From", addr(from_name, from_addr))]
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        if q and not fwd:
            hdr.append(("In-Reply-To", in_reply_to or q["msgid"]))
        hdr.append(("__CT__", None))
    elif client == "samsung":
        cs = cs or "UTF-8"
        b = "--_com.samsung.android.email_%d%d" % (r.randint(1000000000, 9999999999), r.randint(10000, 99999))
        p1 = text_part(plain, "plain", cs, cte="base64", charset_quoted=False)
        hh = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">' \
             '<div dir="auto">%s</div>' % html_from_plain(txt)
        if q:
            hh += '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><!-- originalMessage -->' \
                  '<div>-------- Original message --------</div></div>%s' % html_from_plain(q["text"])
        hh += "</body></html>"
        p2 = text_part(wrap_html(hh), "html", cs, cte="base64", charset_quoted=False)
        root = multipart("alternative", [p1, p2], b)
        msgid = "<%s.%s@email.android.com>" % (rand_chars(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                               rand_hex(r, 8))
        hdr = [("Date", rfc_date(local)), ("Subject", ew(subject)), ("Message-ID", msgid)]
        if q and not fwd:
            hdr += [("In-Reply-To", in_reply_to or q["msgid"]), ("References", references or q["msgid"])]
        hdr += [("Importance", "normal"), ("From", addr(from_name, from_addr)), ("To", to)]
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        hdr += [("MIME-Version", "1.0"), ("__CT__", None)]
    elif client == "xfinity":
        cs = cs or "UTF-8"
        ms = epoch(sent) * 1000 + r.randint(0, 999)
        b = "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(10000000, 999999999), ms)
        p1 = text_part(plain, "plain", cs, cte="quoted-printable", charset_quoted=False)
        hh = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  <div class="default-style">\n   %s\n  </div>'
              % html_from_plain(txt))
        if q:
            hh += '\n  <blockquote type="cite">\n   %s\n  </blockquote>' % html_from_plain(q["text"])
        hh += "\n </body>\n</html>"
        p2 = text_part(hh, "html", cs, cte="quoted-printable", charset_quoted=False)
        root = multipart("alternative", [p1, p2], b)
        msgid = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 999999999), r.randint(100000, 999999), ms)
        hdr = [("Date", rfc_date(local, comment=True)), ("From", addr(from_name, from_addr)), ("To", to)]
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        hdr += [("Message-ID", msgid)]
        if q and not fwd:
            hdr += [("In-Reply-To", in_reply_to or q["msgid"]), ("References", references or q["msgid"])]
        hdr += [("Subject", ew(subject)), ("MIME-Version", "1.0"), ("__CT__", None), ("X-Priority", "3"),
                ("Importance", "Normal"), ("X-Mailer", MAILERS["xfinity"]), ("X-Originating-Client", "open-xchange-appsuite")]
    elif client == "proton":
        cs = cs or "utf-8"
        b = "b1=_%s" % rand_chars(r, 43)
        p1 = text_part(plain, "plain", cs, cte="quoted-printable")
        hh = '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>' % html_from_plain(txt)
        if q:
            hh += '<div class="protonmail_quote"><br>%s<br><blockquote class="protonmail_quote" type="cite">%s</blockquote><br></div>' % (
                html.escape(attribution("proton", q, me)), html_from_plain(q["text"]))
        p2 = text_part(wrap_html(hh), "html", cs, cte="quoted-printable")
        root = multipart("alternative", [p1, p2], b)
        pmid = rand_b64(r, 86) + "=="
        msgid = "<%s@proton.me>" % rand_chars(r, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "="
        hdr = [("Date", rfc_date(sent.astimezone(UTC))), ("To", to), ("From", addr(from_name, from_addr))]
        if q and not fwd:
            hdr += [("In-Reply-To", in_reply_to or q["msgid"]), ("References", references or q["msgid"])]
        hdr += [("Subject", ew(subject)), ("Message-ID", msgid),
                ("Feedback-ID", rand_b64(r, 86) + "==:" + rand_b64(r, 86) + "==\n"
                 "\t:Account:proton"), ("X-Pm-Message-ID", rand_hex(r, 40)), ("MIME-Version", "1.0"), ("__CT__", None)]
    elif client == "roundcube":
        cs = cs or "US-ASCII" if ascii_ok else "UTF-8"
        root = text_part(flowed(plain), "plain", cs, cte=("7bit" if ascii_ok else "8bit"), ct_extra=";\n format=flowed",
                         charset_quoted=False)
        msgid = "<%s@%s>" % (rand_hex(r, 32), msgid_domain or from_addr.split("@")[1])
        hdr = [("MIME-Version", "1.0"), ("Date", rfc_date(local)), ("From", addr(from_name, from_addr)), ("To", to)]
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        hdr += [("Subject", ew(subject))]
        if q and not fwd:
            hdr += [("In-Reply-To", in_reply_to or q["msgid"]), ("References", references or q["msgid"])]
        hdr += [("User-Agent", "Roundcube Webmail/1.6.9"), ("Message-ID", msgid), ("X-Sender", from_addr),
                ("__CT__", None)]
    elif client == "webform":
        root = text_part(plain, "plain", "utf-8", cte="7bit" if ascii_ok else "quoted-printable")
        msgid = "<form.%s.%d@web.alliantenergy.com>" % (rand_hex(r, 10), epoch(sent))
        hdr = [("Date", rfc_date(local)), ("From", "Alliant Energy Website <%s>" % from_addr), ("To", to)]
        if reply_to:
            hdr.append(("Reply-To", reply_to))
        hdr += [("Subject", ew(subject)), ("Message-ID", msgid), ("X-Mailer", "AE-Forms 2.4 (Contact Us)"),
                ("MIME-Version", "1.0"), ("__CT__", None)]
    else:
        raise ValueError(client)

    hdr = [(n, v) for (n, v) in hdr if n != "X-Skip"]
    if list_unsub_from:
        pass
    if auto_submitted:
        hdr.insert(0, ("Auto-Submitted", auto_submitted))
    hdr += list(extra)

    # ------------------------------------------------ transport
    m = Msg()
    m.headers = hdr
    m.part = root
    m.msgid = msgid
    top, arrive = transport_for(r, provider, sent, from_addr, mailbox, hdr, client=client)
    m.top = top
    m.arrive = arrive
    return m


def _topic(s):
    for p in ("Re: ", "RE: ", "Fwd: ", "FW: ", "Fw: ", "RV: "):
        if s.startswith(p):
            return s[len(p):]
    return s


def _latin1(s):
    try:
        s.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def wrap_html(h, width=900):
    """Keep HTML lines well under the 998 limit (before QP, which re-wraps anyway)."""
    return h.replace("<br>\n", "<br>\n")


def outlook_html(txt, q, me, fwd, underscores, cs="utf-8"):
    body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(l, quote=False) if l else "&nbsp;")
                   for l in txt.split("\n"))
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n<body lang="EN-US" link="#0563C1" '
         'vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n') % cs.lower() + body
    if q:
        d = q["date"]
        h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
              '<p class="MsoNormal"><b>From:</b> %s &lt;%s&gt; <br>\n<b>Sent:</b> %s %s<br>\n<b>To:</b> %s<br>\n'
              '<b>Subject:</b> %s<o:p></o:p></p>\n</div>\n' % (html.escape(q.get("from_name", "")), q["from_addr"],
                                                            long_date(d), t12(d), me, html.escape(q["subject"])))
        h += "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(l, quote=False) if l else "&nbsp;")
                     for l in q["text"].split("\n"))
    h += "</div>\n</body>\n</html>"
    return h


# ------------------------------------------------------------------ transport dispatch

ISP = {
    "mchsi.com": ("mail.mchsi.com", "173.17.%d.%d", "mchsi1"),
    "charter.net": ("p-mta-%02d.email.charter.net", "47.43.%d.%d", "spectrum"),
    "windstream.net": ("smtp-out.windstream.net", "162.39.%d.%d", "ws2"),
    "netins.net": ("webmail.netins.net", "167.142.%d.%d", None),
    "frontier.com": ("smtp.frontier.com", "74.40.%d.%d", None),
    "centurylink.net": ("smtp.centurylink.net", "206.71.%d.%d", None),
    "iowatelecom.net": ("smtp.iowatelecom.net", "64.9.%d.%d", None),
}


SMTP_CLIENTS = ("iphone", "ipad", "apple_mail", "samsung", "outlook_desktop", "thunderbird")


def submit_from(r, client):
    if client in ("iphone", "ipad", "apple_mail"):
        return "smtpclient.apple ([2600:387:%x:%x::%x])\n       " % (r.randint(1, 15), r.randint(16, 255), r.randint(1, 255)) \
            if client != "apple_mail" else "smtpclient.apple (c-73-%d-%d-%d.hsd1.ia.comcast.net. [73.%d.%d.%d])\n       " % (
                r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))
    if client == "samsung":
        return "[10.%d.%d.%d] ([172.58.%d.%d])\n       " % (r.randint(1, 250), r.randint(1, 250), r.randint(1, 250),
                                                          r.randint(1, 250), r.randint(1, 250))
    return "[192.168.1.%d] (%s [%d.%d.%d.%d])\n       " % (r.randint(2, 250), "unknown", 98, r.randint(1, 250),
                                                          r.randint(1, 250), r.randint(1, 250))


def transport_for(r, provider, sent, sender, mailbox, client_hdrs, client=None):
    rcpt = T.MAILBOXES[mailbox]
    domain = sender.split("@")[1]
    sub = submit_from(r, client).rstrip() if client in SMTP_CLIENTS else None
    if provider == "gmail" or provider.startswith("gws:"):
        d = provider.split(":", 1)[1] if provider.startswith("gws:") else "gmail.com"
        host, ip, env, ph, t, auth = T.prov_gmail(r, sent, sender, d, "20230601" if d == "gmail.com" else "google",
                                                  submit_from=sub)
        helo = host
    elif provider in ("yahoo", "aol", "att"):
        d = {"yahoo": "yahoo.com", "aol": "aol.com", "att": "att.net"}[provider]
        d = domain if provider == "yahoo" else d
        host, ip, env, ph, t, auth = T.prov_yahoo(r, sent, sender, d, "s2048" if provider != "aol" else "a2048",
                                                  submit_from=sub)
        helo = host
    elif provider in ("outlook", "m365"):
        host, ip, env, ph, t, auth, rdns, info = T.prov_outlook(r, sent, sender, domain, consumer=(provider == "outlook"))
        helo = host
        host = rdns
    elif provider == "icloud":
        rdns, ip, env, ph, t, auth, helo = T.prov_icloud(r, sent, sender, domain)
        host = rdns
    elif provider == "comcast":
        host, ip, env, ph, t, auth = T.prov_comcast(r, sent, sender)
        helo = host
    elif provider == "proton":
        host, ip, env, ph, t, auth = T.prov_proton(r, sent, sender, domain)
        helo = host
    elif provider == "webform":
        host = "web-forms01.alliantenergy.com"
        ip = "198.51.100.%d" % r.randint(20, 40)
        t = sent + datetime.timedelta(seconds=r.randint(1, 3))
        env = "noreply@alliantenergy.com"
        ph = [("DKIM-Signature", T.dkim_sig(r, "alliantenergy.com", "forms2025", epoch(sent),
                                            "Date:From:To:Reply-To:Subject:Message-ID:MIME-Version"))]
        auth = T.auth_results(r, "alliantenergy.com", "alliantenergy.com", "alliantenergy.com", ip=ip,
                              mailfrom=env, policy="quarantine").replace("header.s=s ", "header.s=forms2025 ")
        helo = host
    elif provider.startswith("isp"):
        relay_fmt, ip_fmt, sel = ISP[domain]
        relay = relay_fmt % r.randint(1, 12) if "%" in relay_fmt else relay_fmt
        ip = ip_fmt % (r.randint(1, 250), r.randint(2, 250))
        host, ip, env, ph, t, auth = T.prov_generic_isp(r, sent, sender, relay, ip, selector=sel, dkim=sel is not None)
        helo = host
    else:
        raise ValueError(provider)
    ph = [(n, v.replace("{RCPT}", rcpt)) for (n, v) in ph]
    top, arrive = T.deliver(r, mailbox, env, t, host, ip, auth, hop_helo=helo)
    return top + ph, arrive
