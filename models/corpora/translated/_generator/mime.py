"""Low-level helpers: time zones, ids, RFC 2047 words, MIME parts, trace headers.

Everything is deterministic: every random value comes from a random.Random the caller passes in.
Python 3 standard library only.
"""
import base64
import binascii
import datetime as D
import html as _html
import quopri
import string

CRLF = b"\r\n"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B62 = string.ascii_letters + string.digits
B64C = string.ascii_letters + string.digits + "+/"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"

# ---------------------------------------------------------------- time


def central_offset(local):
    """hours offset of US Central time for a naive *local* datetime (range Sep 2024 - Feb 2025)."""
    return -5 if local < D.datetime(2024, 11, 3, 2, 0) else -6


def central_to_utc(local):
    return local - D.timedelta(hours=central_offset(local))


def zone(utc, tz):
    """returns (offset hours, abbreviation) for a UTC datetime in zone tz."""
    if tz == "central":
        off = -5 if utc < D.datetime(2024, 11, 3, 7, 0) else -6
        return off, ("CDT" if off == -5 else "CST")
    if tz == "pacific":
        off = -7 if utc < D.datetime(2024, 11, 3, 9, 0) else -8
        return off, ("PDT" if off == -7 else "PST")
    if tz == "eastern":
        off = -4 if utc < D.datetime(2024, 11, 3, 6, 0) else -5
        return off, ("EDT" if off == -4 else "EST")
    if tz == "kyiv":
        off = 3 if utc < D.datetime(2024, 10, 27, 1, 0) else 2
        return off, ("EEST" if off == 3 else "EET")
    if tz == "china":
        return 8, "CST"
    if tz == "manila":
        return 8, "PST"
    if tz == "utc":
        return 0, "UTC"
    raise ValueError(tz)


def rfcdate(utc, tz, comment=False, pad=True, gmt_word=False):
    off, abbr = zone(utc, tz)
    loc = utc + D.timedelta(hours=off)
    sign = "+" if off >= 0 else "-"
    day = ("%02d" % loc.day) if pad else str(loc.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d00" % (
        DAYS[loc.weekday()], day, MONTHS[loc.month - 1], loc.year, loc.hour, loc.minute, loc.second, sign, abs(off))
    if comment:
        s += " (%s)" % abbr
    return s


def localtime(utc, tz):
    off, _ = zone(utc, tz)
    return utc + D.timedelta(hours=off)


def ts(utc):
    return int((utc - D.datetime(1970, 1, 1)).total_seconds())


# ---------------------------------------------------------------- random ids


def rstr(rng, n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64blob(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def uuid(rng, upper=True):
    h = rstr(rng, 32, HEXU if upper else HEXL)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def fold_b64(label, blob, first_indent="\t", width=70):
    """b=... values folded over several lines (whitespace inside b= is ignored by DKIM)."""
    out = []
    line = label
    for ch in blob:
        if len(line) >= width:
            out.append(line)
            line = ""
        line += ch
    out.append(line)
    return ("\n" + first_indent).join(out)


def postfix_qid(rng):
    return "4" + rstr(rng, 1, "XYZ") + rstr(rng, 1, "bcdfghjklmnpqrstvwxz") + rstr(rng, 9, string.ascii_letters + string.digits[1:]) + "z" + rstr(rng, 3, string.ascii_letters + string.digits)


# ---------------------------------------------------------------- RFC 2047


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(s, charset="utf-8", mode="B", maxraw=None, label=None):
    """RFC 2047 encoded words, folded with CRLF-space (as '\\n ')."""
    if is_ascii(s):
        return s
    label = label or charset.upper()
    words = []
    cur = ""
    limit = maxraw or (42 if mode == "B" else 20)
    for ch in s:
        trial = cur + ch
        if cur and len(trial.encode(charset)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    enc = []
    for w in words:
        if mode == "B":
            enc.append("=?%s?B?%s?=" % (label, base64.b64encode(w.encode(charset)).decode()))
        else:
            q = ""
            for b in w.encode(charset):
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c in (string.ascii_letters + string.digits + "!*+-/") and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            enc.append("=?%s?Q?%s?=" % (label, q))
    return "\n ".join(enc)


SPECIALS = '()<>[]:;@\\,."'


def addr(name, email, charset="utf-8", mode="B", quote=False, label=None):
    if not name:
        return email
    if is_ascii(name):
        if quote or any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, mode, label=label), email)


# ---------------------------------------------------------------- MIME bodies


def crlf(b):
    b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not b.endswith(b"\r\n"):
        b += b"\r\n"
    return b


def encode_payload(text, charset, cte):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        return crlf(enc)
    if cte == "base64":
        return crlf(base64.encodebytes(data))
    if cte in ("7bit", "8bit", None, "binary"):
        if cte in ("7bit", None):
            data.decode("ascii")  # must be ascii
        for line in data.split(b"\n"):
            assert len(line) < 990, line[:60]
        return crlf(data)
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", extra=(), cs_label=None, ct_quote=True,
         cte_label=None, order="ct-first"):
    """returns bytes of a part (headers + blank line + payload)."""
    lab = cs_label or charset
    ctv = '%s; charset="%s"%s' % (ctype, lab, params) if ct_quote else "%s; charset=%s%s" % (ctype, lab, params)
    hdrs = []
    cte_h = None
    if cte not in (None,):
        cte_h = "Content-Transfer-Encoding: %s" % (cte_label or cte)
    if order == "ct-first":
        hdrs.append("Content-Type: " + ctv)
        if cte_h:
            hdrs.append(cte_h)
    else:
        if cte_h:
            hdrs.append(cte_h)
        hdrs.append("Content-Type: " + ctv)
    hdrs.extend(extra)
    return headers_bytes(hdrs) + CRLF + encode_payload(text, charset, cte)


def raw_leaf(header_lines, payload_bytes):
    return headers_bytes(header_lines) + CRLF + crlf(payload_bytes)


def multipart(boundary, parts, preamble=None, gap=False):
    out = b""
    if preamble:
        out += crlf(preamble.encode("ascii"))
    bb = boundary.encode("ascii")
    for p in parts:
        out += b"--" + bb + CRLF + p
        if gap:
            out += CRLF
    out += b"--" + bb + b"--" + CRLF
    return out


def headers_bytes(lines):
    """header lines; continuation lines are written with '\\n' + whitespace and become CRLF."""
    out = b""
    for h in lines:
        hb = h.encode("utf-8") if not is_ascii(h) else h.encode("ascii")
        hb = hb.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        out += hb + CRLF
    return out


def message(header_lines, body_bytes):
    return headers_bytes(header_lines) + CRLF + body_bytes


# ---------------------------------------------------------------- HTML


def esc(s):
    return _html.escape(s, quote=False)


def html_lines(text, sep="<br>\n"):
    return sep.join(esc(l) if l else "" for l in text.split("\n"))


def wrap_lines(text, width=76):
    """hard-wrap long paragraphs (for our own outgoing text and bounces)."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)
