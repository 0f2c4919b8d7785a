"""Small mail-building toolkit for the held-a corpus (standard library only)."""
import base64, quopri, hashlib, html as H, datetime as D, random

CRLF = b"\r\n"
CDT = D.timezone(D.timedelta(hours=-5))
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def when(s):
    """'06-02 09:48:13' -> aware datetime in 2026, CDT."""
    d, t = s.split()
    m, dd = d.split("-")
    hh, mi, ss = t.split(":")
    return D.datetime(2026, int(m), int(dd), int(hh), int(mi), int(ss), tzinfo=CDT)


def rfc_date(d, off=-5, pad=False, suffix=""):
    t = d.astimezone(D.timezone(D.timedelta(hours=off)))
    day = ("%02d" % t.day) if pad == "0" else (("%2d" % t.day) if pad else str(t.day))
    sign = "-" if off < 0 else "+"
    return "%s, %s %s %d %s %s%02d00%s" % (WD[t.weekday()], day, MON[t.month - 1], t.year,
                                           t.strftime("%H:%M:%S"), sign, abs(off), suffix)


def plus(d, seconds):
    return d + D.timedelta(seconds=seconds)


def epoch(d):
    return int(d.timestamp())


# ---------------------------------------------------------------- random bits
class R(random.Random):
    def hx(self, n, upper=False):
        s = "".join(self.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def an(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(alphabet) for _ in range(n))

    def up(self, n):
        return self.an(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    def dig(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def b64(self, n):
        return base64.b64encode(bytes(self.getrandbits(8) for _ in range(n))).decode()

    def uuid(self, upper=False):
        h = self.hx(32, upper)
        return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def fold_b64(s, first=0, width=70, indent="\n\t "):
    out, i = [], 0
    line = width - first
    while i < len(s):
        out.append(s[i:i + line])
        i += line
        line = width
    return indent.join(out)


def dkim(rng, d, sel, hdrs, when_, bhlen=32, siglen=256, extra="", style="gmail"):
    bh = rng.b64(bhlen)
    b = rng.b64(siglen)
    if style == "gmail":
        return ("v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;%s\n        h=%s;\n        bh=%s;\n        b=%s"
                % (d, sel, epoch(when_), extra, hdrs, bh, fold_b64(b, 2, 70, "\n         ")))
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;%s\n\tbh=%s;\n\th=%s;\n\tb=%s"
            % (d, sel, epoch(when_), extra, bh, hdrs, fold_b64(b, 2, 72, "\n\t ")))


# ---------------------------------------------------------------- encodings
def ew(s, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encode s (split into several encoded words if long)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if len(_ew1(trial, charset, enc)) > maxlen:
            words.append(_ew1(cur, charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew1(cur, charset, enc))
    return "\n ".join(words)


def _ew1(s, charset, enc):
    b = s.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
    out = []
    for c in b:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def addr(name, a, enc="B", charset="utf-8", quote_always=False):
    if not name:
        return a
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), a)
    if quote_always or any(c in name for c in ',.;:@()[]"'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), a)
    return "%s <%s>" % (name, a)


def enc_body(text, charset, cte):
    """text (str, \\n newlines) -> encoded bytes with CRLF."""
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte in ("7bit", "8bit", None):
        if cte == "7bit":
            raw.decode("ascii")
        lines = raw.split(b"\n")
        for ln in lines:
            assert len(ln) <= 998, ln[:60]
        return CRLF.join(lines)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q.replace(b"\n", CRLF)
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", CRLF)
    raise ValueError(cte)


def b64bytes(raw, width=76):
    s = base64.b64encode(raw).decode()
    return CRLF.join(s[i:i + width].encode() for i in range(0, len(s), width)) + CRLF


def flow(text, width=72):
    """format=flowed wrap (RFC 3676): soft breaks end with a space."""
    out = []
    for para in text.split("\n"):
        if para.startswith(">") or len(para) <= width or para.startswith("-- "):
            out.append(para.rstrip(" ") if para != "-- " else para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + len(w) + 1 > width:
                out.append(line + " ")
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=b"", epilogue=b""):
        self.headers = headers  # list of (name, value)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render_body(self):
        if self.children is None:
            return self.body
        bd = self.boundary.encode()
        out = self.preamble
        for c in self.children:
            out += b"--" + bd + CRLF + c.render() + CRLF
        out += b"--" + bd + b"--" + CRLF + self.epilogue
        return out

    def render(self):
        return render_headers(self.headers) + CRLF + self.render_body()


def render_headers(hs):
    out = b""
    for n, v in hs:
        v = v.replace("\r\n", "\n")
        line = (n + ": " + v).replace("\n", "\r\n")
        line.encode("ascii")
        out += line.encode("ascii") + CRLF
    return out


def text(body, sub="plain", charset="utf-8", cte="quoted-printable", ct=None, cte_first=False, extra=None):
    ct = ct or 'text/%s; charset="%s"' % (sub, charset)
    hs = [("Content-Type", ct)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    if cte_first:
        hs.reverse()
    if extra:
        hs += extra
    return Part(hs, enc_body(body, charset, cte))


def multi(sub, children, boundary, ct=None, extra=None, preamble=b"", epilogue=b""):
    ct = ct or 'multipart/%s; boundary="%s"' % (sub, boundary)
    hs = [("Content-Type", ct)] + (extra or [])
    return Part(hs, children=children, boundary=boundary, preamble=preamble, epilogue=epilogue)


def attach(filename, raw, ctype, disp="attachment", cid=None, extra=None):
    hs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
          ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    if extra:
        hs += extra
    return Part(hs, b64bytes(raw))


def esc(s):
    return H.escape(s, quote=False)


def paras_html(text, p_open="<div>", p_close="</div>", br="<br>", blank="<div><br></div>"):
    out = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            out.append(blank)
        else:
            out.append(p_open + esc(ln) + p_close)
    return "\n".join(out)


def message(top, hdrs, part, body_hdr_pos=None):
    """top: transport headers (list), hdrs: message headers (list) with optional ('@CT', None) marker."""
    hs = list(top)
    placed = False
    for n, v in hdrs:
        if n == "@CT":
            hs += part.headers
            placed = True
        else:
            hs.append((n, v))
    if not placed:
        hs += part.headers
    raw = render_headers(hs) + CRLF + part.render_body()
    for ln in raw.split(CRLF):
        assert len(ln) <= 998
    assert b"\n" not in raw.replace(CRLF, b"")
    return raw
