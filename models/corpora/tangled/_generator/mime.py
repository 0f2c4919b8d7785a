"""Bytes for the `tangled` set: headers, trace, MIME layout and quoting as each mail program writes them.

Every random choice comes from the Random object the caller passes in (seeded from the spec id), so a rebuild
gives identical bytes.  Lines end in CRLF; bodies are 7bit, quoted-printable or base64 and never exceed 998 octets.
"""
import base64
import datetime as dt
import html as htmlmod
import textwrap

NL = "\r\n"
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
TO_FORMS = {
    "customercare": ["customercare@alliant-energy.com", "Alliant Energy <customercare@alliant-energy.com>",
                     "<customercare@alliant-energy.com>", "Customer Care <customercare@alliant-energy.com>",
                     '"customercare@alliant-energy.com" <customercare@alliant-energy.com>'],
    "powerhousecatalog": ["powerhousecatalog@alliant-energy.com",
                          "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
                          '"powerhousecatalog@alliant-energy.com" <powerhousecatalog@alliant-energy.com>'],
}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MOL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIASL = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESESL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXU, HEXL = "0123456789ABCDEF", "0123456789abcdef"

# Program name -> (layout, quoting style, signature line, language of its quote header)
#   layout: "plain", "alt" (multipart/alternative), "html" (text/html only)
CLIENTS = {
    "gmail":            ("alt", "gmail", "", "en"),
    "gmail-es":         ("alt", "gmail", "", "es"),
    "gmail-android":    ("alt", "gmail", "", "en"),
    "outlook-com":      ("alt", "outlook", "", "en"),
    "outlook-com-es":   ("alt", "outlook", "", "es"),
    "outlook-desktop":  ("alt", "outlook", "", "en"),
    "outlook-ios":      ("alt", "outlook", "Get Outlook for iOS", "en"),
    "iphone":           ("plain", "apple", "Sent from my iPhone", "en"),
    "iphone-es":        ("plain", "apple", "Enviado desde mi iPhone", "es"),
    "ipad":             ("plain", "apple", "Sent from my iPad", "en"),
    "apple-mail":       ("alt", "apple", "", "en"),
    "yahoo":            ("alt", "yahoo", "", "en"),
    "yahoo-es":         ("alt", "yahoo", "", "es"),
    "aol":              ("alt", "yahoo", "", "en"),
    "thunderbird":      ("plain", "tbird", "", "en"),
    "samsung":          ("alt", "samsung", "Sent from my Galaxy", "en"),
    "samsung-es":       ("alt", "samsung", "Enviado desde mi Galaxy", "es"),
    "roundcube-html":   ("html", "tbird", "", "en"),
    "zimbra-html":      ("html", "outlook", "", "en"),
    "ox-webmail-html": ("html", "outlook", "", "en"),
    "ox-webmail-es-html":  ("html", "outlook", "", "es"),
    "mutt":             ("plain", "tbird", "", "en"),
}


def rnd(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid(r, upper=True):
    h = HEXU if upper else HEXL
    return "-".join(rnd(r, n, h) for n in (8, 4, 4, 4, 12))


# ------------------------------------------------------------------ time (local times are US Central)
def _sunday(y, m, nth):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=nth - 1)


def offset(local):
    a = dt.datetime.combine(_sunday(local.year, 3, 2), dt.time(2))
    b = dt.datetime.combine(_sunday(local.year, 11, 1), dt.time(2))
    return -5 if a <= local < b else -6


def rfc(local, comment=False, utc=False):
    off = 0 if utc else offset(local)
    t = local - dt.timedelta(hours=offset(local)) if utc else local
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (WD[t.weekday()], t.day, MO[t.month - 1], t.year, t.hour,
                                                  t.minute, t.second, "-" if off < 0 else "+", abs(off))
    if comment:
        s += " (%s)" % ("UTC" if utc else "CDT" if off == -5 else "CST")
    return s


def h12(t):
    return "%d:%02d %s" % ((t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")


# ------------------------------------------------------------------ encodings
def ascii_ok(s):
    return all(ord(c) < 128 for c in s)


def qp(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if b in (32, 9) and i == len(line) - 1:
                toks.append("=%02X" % b)
            elif b in (32, 9) or (33 <= b <= 126 and b != 61):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return NL.join(out).encode("ascii")


def b64(data):
    s = base64.b64encode(data).decode()
    return NL.join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def ew(text, charset="UTF-8"):
    """RFC 2047 encoded words, each short enough to fold."""
    words, cur = [], ""
    for ch in text:
        if cur and len(base64.b64encode((cur + ch).encode(charset.lower())).decode()) > 56:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return " ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset.lower())).decode())
                    for w in words)


def hdr_text(s):
    return s if ascii_ok(s) else ew(s)


def addr(name, a):
    if not name:
        return a
    if ascii_ok(name):
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name), a)


def fold(name, value):
    """Fold a long unstructured header at spaces (never inside an encoded word)."""
    line = name + ": "
    out = []
    for w in value.split(" "):
        if len(line) + len(w) + 1 > 76 and line.strip() not in (name + ":",):
            out.append(line.rstrip(" "))
            line = " "
        line += w + " "
    out.append(line.rstrip(" "))
    return NL.join(out)


# ------------------------------------------------------------------ text helpers
def flow(text):
    """format=flowed: soft breaks end in a space."""
    out = []
    for para in text.split("\n"):
        if len(para) <= 76 or para.startswith(">"):
            out.append(para)
            continue
        parts = textwrap.wrap(para, 72, break_long_words=False, break_on_hyphens=False)
        out += [p + " " for p in parts[:-1]] + [parts[-1]]
    return "\n".join(out)


def to_html_lines(text, tag="div"):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<%s><br></%s>" % (tag, tag))
        else:
            out.append("<%s>%s</%s>" % (tag, htmlmod.escape(line, quote=False), tag))
    return "\n".join(out)


def quote_plain(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ------------------------------------------------------------------ quoting of an earlier thread
def quote_header(style, lang, name, a, t, subject, me):
    if style == "gmail":
        if lang == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.hour, t.minute, name, a)
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (WD[t.weekday()], MO[t.month - 1], t.day, t.year,
                                                          h12(t), name, a)
    if style == "apple":
        if lang == "es":
            return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
                t.day, MESES[t.month - 1], t.year, t.hour, t.minute, name, a)
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MO[t.month - 1], t.day, t.year, h12(t), name, a)
    if style == "yahoo":
        if lang == "es":
            return "El %s, %d de %s de %d, %d:%02d, %s <%s> escribió:" % (
                DIASL[t.weekday()], t.day, MESESL[t.month - 1], t.year, t.hour, t.minute, name, a)
        return "On %s, %s %d, %d at %s:%02d %s %s, %s <%s> wrote:" % (
            WDL[t.weekday()], MOL[t.month - 1], t.day, t.year, h12(t)[:-3], t.second, h12(t)[-2:],
            "CDT" if offset(t) == -5 else "CST", name, a)
    if style == "tbird":
        return "On %d/%d/%02d %s, %s wrote:" % (t.month, t.day, t.year % 100, h12(t), name)
    if style == "samsung":
        tag = "Mensaje original" if lang == "es" else "Original message"
        fr, da, to, su = ("De", "Fecha", "Para", "Asunto") if lang == "es" else ("From", "Date", "To", "Subject")
        return "\n".join(["-------- %s --------" % tag, "%s: %s <%s> " % (fr, name, a),
                          "%s: %d/%d/%02d %s (GMT%+03d:00) " % (da, t.month, t.day, t.year % 100, h12(t), offset(t)),
                          "%s: %s " % (to, me), "%s: %s " % (su, subject)])
    # outlook
    if lang == "es":
        return "\n".join(["________________________________", "De: %s <%s>" % (name, a),
                          "Enviado: %s, %d de %s de %d %d:%02d" % (DIASL[t.weekday()], t.day, MESESL[t.month - 1],
                                                                  t.year, t.hour, t.minute),
                          "Para: %s" % me, "Asunto: %s" % subject])
    return "\n".join(["________________________________", "From: %s <%s>" % (name, a),
                      "Sent: %s, %s %d, %d %s" % (WDL[t.weekday()], MOL[t.month - 1], t.day, t.year, h12(t)),
                      "To: %s" % me, "Subject: %s" % subject])


def quoted(style, lang, qh, qtext):
    """(plain, html) of a quote under the new text."""
    if style in ("gmail", "apple", "tbird"):
        plain = qh + "\n" + ("\n" if style == "apple" else "") + quote_plain(qtext)
        cls = {"gmail": 'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                        'rgb(204,204,204);padding-left:1ex"',
               "apple": 'type="cite"', "tbird": 'type="cite"'}[style]
        h = ('<div>%s</div>\n<blockquote %s>\n%s\n</blockquote>' %
             (htmlmod.escape(qh, quote=False), cls, to_html_lines(qtext)))
        return plain, h
    plain = qh + "\n\n" + qtext
    h = '<hr style="display:inline-block;width:98%%">\n<div>%s</div>\n<div>\n%s\n</div>' % (
        htmlmod.escape(qh, quote=False).replace("\n", "<br>\n"), to_html_lines(qtext))
    if style == "yahoo":
        h = '<div class="yahoo_quoted">\n%s\n</div>' % h
    return plain, h


# ------------------------------------------------------------------ provider infrastructure
PROVIDERS = {
    "gmail.com": ("google", "gmail.com"),
    "outlook.com": ("microsoft", "outlook.com"), "hotmail.com": ("microsoft", "hotmail.com"),
    "live.com": ("microsoft", "live.com"), "msn.com": ("microsoft", "msn.com"),
    "yahoo.com": ("yahoo", "yahoo.com"), "ymail.com": ("yahoo", "yahoo.com"), "yahoo.com.mx": ("yahoo", "yahoo.com.mx"),
    "aol.com": ("yahoo", "aol.com"),
    "icloud.com": ("apple", "icloud.com"), "me.com": ("apple", "icloud.com"), "mac.com": ("apple", "icloud.com"),
}


def provider(domain):
    return PROVIDERS.get(domain, ("isp", domain))


def m365(client):
    """Outlook on the web / Outlook.com / Outlook mobile send through Microsoft's cloud, whatever the domain."""
    return client.startswith("outlook") and client != "outlook-desktop"


def hop(r, domain, client=""):
    kind, _ = provider(domain)
    if m365(client):
        kind = "microsoft"
    if kind == "google":
        host = "mail-%s-f%d.google.com" % (r.choice(["ed1", "ej1", "lf1", "pj1", "qt1", "yw1", "oa1"]),
                                          r.randint(41, 199))
        ip = "209.85.%d.%d" % (r.choice([128, 160, 208, 214, 218, 219, 221]), r.randint(10, 250))
    elif kind == "microsoft":
        host = "%s.outbound.protection.outlook.com" % r.choice(
            ["mail-dm6nam12olkn20%02d" % r.randint(10, 99), "mail-bn8nam11olkn20%02d" % r.randint(10, 99),
             "mail-co1nam11olkn20%02d" % r.randint(10, 99)])
        ip = "40.92.%d.%d" % (r.randint(1, 90), r.randint(10, 250))
    elif kind == "yahoo":
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(301, 330), r.randint(20, 60),
                                                       r.choice(["bf2", "gq1", "ne1"]))
        ip = "66.163.%d.%d" % (r.randint(184, 191), r.randint(10, 250))
    elif kind == "apple":
        host = "st43p00im-ztfb%08d.me.com" % r.randint(10000000, 99999999)
        ip = "17.58.%d.%d" % (r.randint(6, 63), r.randint(10, 250))
    else:
        host = "%s.%s" % (r.choice(["smtp", "mta01", "out", "mx-out2", "relay"]), domain)
        ip = "%d.%d.%d.%d" % (r.choice([24, 47, 68, 71, 97, 173, 216]), r.randint(1, 250), r.randint(1, 250),
                              r.randint(10, 250))
    return host, ip


def message_id(r, client, domain):
    kind, _ = provider(domain)
    if client.startswith(("iphone", "ipad", "apple")):
        return "<%s@%s>" % (uuid(r), domain)
    if client.startswith("samsung"):
        return "<%s@email.android.com>" % rnd(r, 24, HEXL)
    if kind == "google":
        return "<CA%s@mail.gmail.com>" % rnd(r, r.randint(44, 58), AN + "_-+")
    if m365(client):
        return "<%s%dPR%02dMB%d%s@%s.namprd%02d.prod.outlook.com>" % (
            r.choice(["SA1", "BY5", "CH3", "DM6", "MN2", "PH0", "SJ0"]), r.randint(1, 9), r.randint(10, 22),
            r.randint(1000, 9999), rnd(r, 20, HEXU + "ABCDEFGHJKLMNPQRSTUVWXYZ"),
            r.choice(["SA1", "BY5", "CH3", "DM6", "MN2"]) + "%dPR%02dMB%d" % (r.randint(1, 9), r.randint(10, 22),
                                                                             r.randint(1000, 9999)),
            r.randint(10, 22))
    if kind == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                             r.randint(1770000000000, 1799999999999))
    if client.startswith(("iphone", "ipad", "apple")):
        return "<%s@%s>" % (uuid(r), domain)
    if client.startswith("samsung"):
        return "<%s@email.android.com>" % rnd(r, 24, HEXL)
    if client == "outlook-desktop":
        return "<%s$%s$%s@%s>" % ("0000" + rnd(r, 8, HEXL), rnd(r, 8, HEXL), rnd(r, 8, HEXL), domain)
    if client in ("thunderbird", "mutt"):
        return "<%s@%s>" % (uuid(r, upper=False), domain)
    if client == "roundcube-html":
        return "<%s@%s>" % (rnd(r, 32, HEXL), domain)
    return "<%d.%d.%d.JavaMail.%s@%s>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10, 999),
                                          r.randint(1770000000000, 1799999999999), r.choice(["zimbra", "root"]),
                                          "mail." + domain)


def client_headers(r, client):
    if client.startswith("iphone"):
        return ["X-Mailer: iPhone Mail (%s)" % r.choice(["22D82", "22E240", "23A341", "22F76"]),
                "Mime-Version: 1.0 (1.0)"]
    if client == "ipad":
        return ["X-Mailer: iPad Mail (22E240)", "Mime-Version: 1.0 (1.0)"]
    if client == "apple-mail":
        return ["X-Mailer: Apple Mail (2.3826.600.51.1.1)",
                "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"]
    if client == "outlook-desktop":
        return ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + base64.b64encode(
            bytes(r.randint(0, 255) for _ in range(22))).decode(), "Content-Language: en-us", "MIME-Version: 1.0"]
    if client.startswith("outlook"):
        return ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "msip_labels: ", "MIME-Version: 1.0"]
    if client.startswith(("yahoo", "aol")):
        return ["X-Mailer: WebService/1.1.%d %s" % (r.randint(23000, 24999),
                                                   "AolMailNorrin" if client == "aol" else "YMailNorrin"),
                "MIME-Version: 1.0"]
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", "MIME-Version: 1.0", "Content-Language: en-US"]
    if client == "mutt":
        return ["User-Agent: NeoMutt/20250510", "MIME-Version: 1.0"]
    if client == "roundcube-html":
        return ["User-Agent: Roundcube Webmail/1.6.9", "MIME-Version: 1.0"]
    if client == "zimbra-html":
        return ["X-Mailer: Zimbra 10.0.9_GA_0216 (ZimbraWebClient - GC131 (Win)/10.0.9_GA_0216)",
                "MIME-Version: 1.0"]
    if client in ("ox-webmail-html", "ox-webmail-es-html"):
        return ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev72", "MIME-Version: 1.0"]
    return ["MIME-Version: 1.0"]


# ------------------------------------------------------------------ parts
def text_part(text, subtype, charset, flowed=False, cte=None):
    body = text.replace("\r\n", "\n").replace("\n", NL)
    if not body.endswith(NL):
        body += NL
    if charset != "us-ascii":
        try:
            data = body.encode(charset)
        except UnicodeEncodeError:
            charset, data = "utf-8", body.encode("utf-8")
    else:
        if not ascii_ok(body):
            charset = "utf-8"
        data = body.encode(charset)
    long_line = any(len(l) > 900 for l in data.split(b"\r\n"))
    if cte is None:
        cte = "7bit" if (charset == "us-ascii" and not long_line) else "quoted-printable"
    ct = "Content-Type: text/%s; charset=\"%s\"" % (subtype, charset)
    if flowed:
        ct = "Content-Type: text/plain; charset=%s; format=flowed" % charset
    if cte == "base64":
        payload = b64(data)
    elif cte == "quoted-printable":
        payload = qp(data)
    else:
        payload = data.rstrip(b"\r\n")
    return [ct, "Content-Transfer-Encoding: " + cte], payload
