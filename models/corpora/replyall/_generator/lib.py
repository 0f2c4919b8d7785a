"""Helpers for the replyall corpus generator (stdlib only, deterministic)."""
import base64, datetime, hashlib, html, random
from email import quoprimime

R = random.Random(270301)

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DOW_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]
DOW_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DOW_ES_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MON_ES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
               "octubre", "noviembre", "diciembre"]

CST = datetime.timezone(datetime.timedelta(hours=-6), "CST")
CDT = datetime.timezone(datetime.timedelta(hours=-5), "CDT")
UTC = datetime.timezone.utc
PST = datetime.timezone(datetime.timedelta(hours=-8), "PST")
PDT = datetime.timezone(datetime.timedelta(hours=-7), "PDT")
DST_START = datetime.datetime(2027, 3, 14, 8, 0, tzinfo=UTC)


def T(day, h, m, s=0):
    """Central time, 2027-03-day h:m:s (DST from 14 March 02:00)."""
    naive = datetime.datetime(2027, 3, day, h, m, s)
    dt = naive.replace(tzinfo=CST)
    if dt >= DST_START:
        dt = naive.replace(tzinfo=CDT)
    return dt


def central(dt):
    u = dt.astimezone(UTC)
    return u.astimezone(CDT if u >= DST_START else CST)


def pacific(dt):
    u = dt.astimezone(UTC)
    return u.astimezone(PDT if u >= datetime.datetime(2027, 3, 14, 10, 0, tzinfo=UTC) else PST)


def off(dt):
    o = dt.utcoffset().total_seconds() // 60
    sign = "-" if o < 0 else "+"
    o = abs(int(o))
    return "%s%02d%02d" % (sign, o // 60, o % 60)


def rfcdate(dt, pad=False, zname=False):
    d = ("%02d" % dt.day) if pad else str(dt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DOW[dt.weekday()], d, MON[dt.month - 1], dt.year,
                                             dt.hour, dt.minute, dt.second, off(dt))
    if zname:
        s += " (%s)" % dt.tzname()
    return s


def postfix_date(dt):
    dt = central(dt)
    return "%s, %2d %s %d %02d:%02d:%02d %s (%s)" % (DOW[dt.weekday()], dt.day, MON[dt.month - 1], dt.year,
                                                    dt.hour, dt.minute, dt.second, off(dt), dt.tzname())


def h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def plus(dt, seconds):
    return dt + datetime.timedelta(seconds=seconds)


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rnd(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def qid():
    return "4" + R.choice("XYZ") + rnd(1, "abcdefghijklmnopqrstuvwxyz") + rnd(11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def uuid_upper():
    h = rnd(32, "0123456789ABCDEF")
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64sig(n=88):
    return rnd(n, ALNUM + "+/")


def fold_sig(name, value):
    """fold a long base64-ish signature header value"""
    out = []
    line = name + ": "
    for tok in value.split(" "):
        if len(line) + len(tok) + 1 > 76 and line.strip() != name + ":":
            out.append(line.rstrip())
            line = "\t" + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip())
    return "\n".join(out)


def dkim(d, s, headers="from:to:subject:date:message-id", blen=88, algo="rsa-sha256", t=None):
    bh = b64sig(43) + "="
    b = b64sig(blen * 2)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    v = ("v=1; a=%s; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;\n        h=%s;\n        bh=%s;\n        b=%s"
         % (algo, d, s, t or 0, headers, bh, "\n         ".join(chunks)))
    return "DKIM-Signature: " + v


def fold(name, value, width=78):
    """fold an unstructured header at spaces"""
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != name + ":" and not cur.endswith(":"):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s, charset="UTF-8", mode="Q"):
    """RFC 2047 encode a string into one or more encoded words separated by '\n '."""
    if is_ascii(s):
        return s
    pre = "=?%s?%s?" % (charset, mode)
    words = []
    if mode == "B":
        cur = b""
        for ch in s:
            b = ch.encode(charset)
            if len(base64.b64encode(cur + b)) + len(pre) + 2 > 75:
                words.append(cur)
                cur = b
            else:
                cur += b
        words.append(cur)
        return "\n ".join(pre + base64.b64encode(w).decode() + "?=" for w in words)
    cur = ""
    for ch in s:
        if ch == " ":
            e = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            e = ch
        else:
            e = "".join("=%02X" % x for x in ch.encode(charset))
        if len(pre) + len(cur) + len(e) + 2 > 75:
            words.append(cur)
            cur = e
        else:
            cur += e
    words.append(cur)
    return "\n ".join(pre + w + "?=" for w in words)


def addr(name, a, charset="UTF-8", quote=True, mode="Q"):
    if not name:
        return a if not quote else "<%s>" % a
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, mode), a)
    if any(c in name for c in ",.;:@()"):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def subj_header(subject, charset="UTF-8", mode="Q", name="Subject"):
    if is_ascii(subject):
        return fold(name, subject)
    return name + ": " + ew(subject, charset, mode)


# ---- bodies -------------------------------------------------------------
def enc_body(text, charset="utf-8", cte="auto"):
    """returns (cte, encoded str). text uses \n newlines."""
    if cte == "auto":
        ok = is_ascii(text) and all(len(l) <= 76 for l in text.split("\n"))
        cte = "7bit" if ok else "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = text
    elif cte == "quoted-printable":
        raw = text.encode(charset, "replace" if charset != "utf-8" else "strict").decode("latin-1")
        body = quoprimime.body_encode(raw, maxlinelen=76, eol="\n")
    elif cte == "base64":
        b = base64.b64encode(text.replace("\n", "\r\n").encode(charset)).decode()
        body = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return cte, body


def leaf(text, subtype="plain", charset="utf-8", cte="auto", cs_quote=True, extra="", omit_7bit=False,
         cs_label=None):
    cte, body = enc_body(text, charset, cte)
    cs = cs_label or charset
    cs_s = ('"%s"' % cs) if cs_quote else cs
    h = ["Content-Type: text/%s; charset=%s%s" % (subtype, cs_s, extra)]
    if not (omit_7bit and cte == "7bit"):
        h.append("Content-Transfer-Encoding: %s" % cte)
    return h, body


def multipart(subtype, boundary, parts, preamble=None, ct_extra=""):
    """parts: list of (headers list, body str). returns (ct header line, body str)"""
    out = []
    if preamble:
        out.append(preamble)
    for h, b in parts:
        out.append("--" + boundary)
        out.extend(h)
        out.append("")
        out.append(b.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    ct = 'Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, ct_extra)
    return ct, "\n".join(out) + "\n"


def esc(s):
    return html.escape(s, quote=False)


def text_to_html_divs(text, tag="div", attrs=""):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<%s%s><br></%s>" % (tag, attrs, tag))
        else:
            out.append("<%s%s>%s</%s>" % (tag, attrs, esc(line), tag))
    return "".join(out)


def text_to_html_br(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def gt_quote(text, blank=">", prefix="> "):
    out = []
    for l in text.split("\n"):
        out.append(prefix + l if l else blank)
    return "\n".join(out)


def rid(addr_):
    return hashlib.sha1(addr_.lower().encode()).hexdigest()[:12]
