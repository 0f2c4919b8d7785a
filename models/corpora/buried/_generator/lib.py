"""Helpers shared by build.py: header folding, encodings, dates, the Alliant MX chain,
mail-provider header families and the MIME bodies of the mail programs.  stdlib only."""
import base64, datetime as dt, html, quopri, random, string, uuid

UTC = dt.timezone.utc
CRLF = "\r\n"
MAILBOX_ADDR = {"customercare": "customercare@alliant-energy.com",
                "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

# ---------------------------------------------------------------- time
DST_END_2024 = dt.datetime(2024, 11, 3, 7, 0, tzinfo=UTC)
DST_START_2025 = dt.datetime(2025, 3, 9, 8, 0, tzinfo=UTC)


def us_dst(t_utc):
    return t_utc < DST_END_2024 or t_utc >= DST_START_2025


def zone(t_utc, std_hours, name_std, name_dst, observes=True):
    off = std_hours + (1 if observes and us_dst(t_utc) else 0)
    nm = name_dst if observes and us_dst(t_utc) else name_std
    return dt.timezone(dt.timedelta(hours=off), nm)


def central(t_utc):
    return t_utc.astimezone(zone(t_utc, -6, "CST", "CDT"))


def pacific(t_utc):
    return t_utc.astimezone(zone(t_utc, -8, "PST", "PDT"))


def eastern(t_utc):
    return t_utc.astimezone(zone(t_utc, -5, "EST", "EDT"))


def mountain_az(t_utc):
    return t_utc.astimezone(dt.timezone(dt.timedelta(hours=-7), "MST"))


ZONES = {"central": central, "pacific": pacific, "eastern": eastern, "arizona": mountain_az,
         "utc": lambda t: t.astimezone(dt.timezone(dt.timedelta(0), "UTC"))}


def rfc(t):
    """RFC 5322 date with numeric zone."""
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc_named(t):
    return rfc(t) + " (%s)" % t.tzname()


def local_to_utc(s, zname):
    """s = 'YYYY-MM-DD HH:MM[:SS]' local wall time in zone zname."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(s, fmt)
    conv = ZONES[zname]
    # try both offsets, keep the one that round-trips
    for guess in (-4, -5, -6, -7, -8, 0):
        t = (naive - dt.timedelta(hours=guess)).replace(tzinfo=UTC)
        if conv(t).replace(tzinfo=None) == naive:
            return t
    raise ValueError(s)


# ---------------------------------------------------------------- random tokens
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64junk(rng, n):
    return rs(rng, B64, n)


def postfix_qid(rng):
    return rng.choice("456789") + rng.choice("XYZ") + rs(rng, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789", 11)


def uuid_from(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


# ---------------------------------------------------------------- headers
def needs_quote(name):
    return any(c in name for c in ',.;:@"()[]<>\\')


def encword(s, charset="utf-8", enc="B"):
    """RFC 2047 encode s (only if non-ASCII); returns list of encoded words."""
    if all(ord(c) < 128 for c in s):
        return [s]
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset)) > 36:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c in ALNUM or c in "!*+-/":
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset, q))
    return out


def hdr_text(s, charset="utf-8", enc="B"):
    return " ".join(encword(s, charset, enc))


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (hdr_text(name, charset, enc), email)
    if needs_quote(name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78, cont=" "):
    """Fold an unstructured/structured header value at spaces."""
    first = "%s: " % name
    words = value.split(" ")
    lines, cur = [], first + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = cont + w
        else:
            cur += " " + w
    lines.append(cur)
    return lines


def H(name, value, **kw):
    return fold(name, value, **kw)


# ---------------------------------------------------------------- bodies
def encode_text(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        e = quopri.encodestring(raw, quotetabs=False)
    elif cte == "base64":
        e = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        e = raw
    e = e.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not e.endswith(b"\r\n"):
        e += b"\r\n"
    return e


def pick_cte(text, charset, prefer="quoted-printable"):
    raw = text.encode(charset)
    longest = max((len(l) for l in raw.split(b"\n")), default=0)
    if all(b < 128 for b in raw) and longest <= 76 and prefer != "base64":
        return "7bit"
    return prefer


def leaf(ctype, text, charset="utf-8", cte=None, extra=None, ct_extra="", quote_charset=True):
    cte = cte or pick_cte(text, charset)
    cs = ('"%s"' % charset) if quote_charset else charset
    hdrs = ["Content-Type: %s; charset=%s%s" % (ctype, cs, ct_extra)]
    if cte:
        hdrs.append("Content-Transfer-Encoding: %s" % cte)
    hdrs += extra or []
    return hdrs, encode_text(text, charset, cte)


def multipart(subtype, boundary, parts, preamble=None):
    """parts: list of (header_lines, body_bytes). Returns (ct_header_lines, body_bytes)."""
    out = b""
    if preamble:
        out += preamble.encode() + b"\r\n"
    for hl, body in parts:
        out += ("--%s\r\n" % boundary).encode()
        out += (CRLF.join(hl) + CRLF + CRLF).encode()
        out += body
    out += ("--%s--\r\n" % boundary).encode()
    return ["Content-Type: multipart/%s;" % subtype, '\tboundary="%s"' % boundary], out


def flowed(text, width=72):
    """format=flowed wrapping (RFC 3676): soft line breaks end in a space."""
    out = []
    for para in text.split("\n"):
        if para.startswith(">") or len(para) <= width or para.startswith("-- "):
            out.append(para.rstrip(" ") if para != "-- " else para)
            continue
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    return text.split("\n")


def assemble(header_lines, body):
    for l in header_lines:
        assert "\n" not in l and "\r" not in l, l
        assert len(l) <= 998
    return (CRLF.join(header_lines) + CRLF + CRLF).encode("ascii") + body
