"""Low-level helpers: dates, header folding, RFC 2047, MIME parts, trace headers.

Standard library only. Every random choice goes through the rng handed in, so a
message built twice from the same seed is byte-identical.
"""
import base64
import datetime as _dt
import quopri
import string

UTC = _dt.timezone.utc
DST_START = _dt.datetime(2025, 3, 9, 8, 0, tzinfo=UTC)  # 2 a.m. CST -> CDT
OUR = "alliant-energy.com"
MAILBOX_ADDR = {"customercare": "customercare@alliant-energy.com",
                "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONGDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LONGMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


# ---------------------------------------------------------------- time
def us_offset(dt_utc, std_hours):
    """US zone offset in hours for a UTC instant (std_hours e.g. -6 for Central)."""
    if std_hours in (-7.5,):  # placeholder, unused
        return std_hours
    start = DST_START + _dt.timedelta(hours=(-6 - std_hours))
    return std_hours + (1 if dt_utc >= start else 0)


def central(local_str):
    """'2025-03-04 09:41:07' Central local time -> aware UTC datetime."""
    naive = _dt.datetime.strptime(local_str, "%Y-%m-%d %H:%M:%S" if local_str.count(":") == 2
                                  else "%Y-%m-%d %H:%M")
    guess = naive.replace(tzinfo=UTC) + _dt.timedelta(hours=6)
    off = us_offset(guess, -6)
    return naive.replace(tzinfo=UTC) - _dt.timedelta(hours=off)


def local(dt_utc, offset_hours):
    return dt_utc.astimezone(_dt.timezone(_dt.timedelta(hours=offset_hours)))


def tzstr(offset_hours):
    sign = "-" if offset_hours < 0 else "+"
    m = int(round(abs(offset_hours) * 60))
    return "%s%02d%02d" % (sign, m // 60, m % 60)


def rfc_date(dt_utc, offset_hours, pad_day=False, zero_day=False, comment=None):
    d = local(dt_utc, offset_hours)
    if zero_day:
        day = "%02d" % d.day
    elif pad_day:
        day = "%2d" % d.day
    else:
        day = "%d" % d.day
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], day, MONTHS[d.month - 1], d.year,
                                             d.hour, d.minute, d.second, tzstr(offset_hours))
    if comment:
        s += " (%s)" % comment
    return s


def central_date(dt_utc, pad_day=True):
    off = us_offset(dt_utc, -6)
    return rfc_date(dt_utc, off, pad_day=pad_day, comment="CDT" if off == -5 else "CST")


def pacific_date(dt_utc):
    off = us_offset(dt_utc, -8)
    return rfc_date(dt_utc, off, zero_day=True, comment="PDT" if off == -7 else "PST")


def sender_date(dt_utc, std_hours, style="normal"):
    off = us_offset(dt_utc, std_hours) if std_hours else 0
    if style == "zero":
        return rfc_date(dt_utc, off, zero_day=True)
    return rfc_date(dt_utc, off)


def plus(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- ids
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
HEXD = "0123456789abcdef"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def postfix_id(rng):
    # Postfix long queue id: 4Z.. + base-52-ish
    return "4Z" + rstr(rng, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz", 5) + "z" + rstr(rng, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz", 6)


def fold_b64(rng, n, first_len=None, width=70):
    s = rstr(rng, B64, n)
    return s


# ---------------------------------------------------------------- headers
def fold(name, value, width=78):
    """Fold a header at whitespace so no line exceeds width where possible."""
    line = name + ": " + value
    if len(line) <= width or "\r\n" in value:
        return line
    out = []
    cur = name + ":"
    tokens = value.split(" ")
    first = True
    for tok in tokens:
        piece = (" " if True else "") + tok
        if not first and len(cur) + len(piece) > width:
            out.append(cur)
            cur = " " + tok
        else:
            cur += piece
        first = False
    out.append(cur)
    return "\r\n".join(out)


def hdr(name, value):
    return fold(name, value)


def raw(name, value):
    """Header already folded by the caller (use \r\n\t inside)."""
    return name + ": " + value


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def enc_word(s, charset="utf-8", mode="B"):
    """RFC 2047 encode s into one or more encoded-words separated by CRLF SP."""
    if not needs_encoding(s):
        return s
    words = []
    if mode == "B":
        # split into chunks whose base64 stays under 75 chars total
        chunk = ""
        for ch in s:
            test = chunk + ch
            if len(base64.b64encode(test.encode(charset))) + len(charset) + 7 > 75:
                words.append(chunk)
                chunk = ch
            else:
                chunk = test
        if chunk:
            words.append(chunk)
        enc = ["=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode()) for w in words]
    else:
        def qenc(w):
            out = ""
            for b in w.encode(charset):
                c = chr(b)
                if c == " ":
                    out += "_"
                elif c in ALNUM or c in "!*+-/":
                    out += c
                else:
                    out += "=%02X" % b
            return out
        chunk = ""
        for ch in s:
            test = chunk + ch
            if len(qenc(test)) + len(charset) + 7 > 75:
                words.append(chunk)
                chunk = ch
            else:
                chunk = test
        if chunk:
            words.append(chunk)
        enc = ["=?%s?Q?%s?=" % (charset, qenc(w)) for w in words]
    return "\r\n ".join(enc)


def addr(display, address, charset="utf-8", mode="B", quote=False):
    if not display:
        return address if not quote else "<%s>" % address
    if needs_encoding(display):
        return "%s <%s>" % (enc_word(display, charset, mode), address)
    if any(c in display for c in ',.;:@()"') or quote:
        return '"%s" <%s>' % (display.replace('"', ''), address)
    return "%s <%s>" % (display, address)


def subj(s, charset="utf-8", mode="B"):
    return enc_word(s, charset, mode) if needs_encoding(s) else s


# ---------------------------------------------------------------- bodies
def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(text, charset):
    data = text.replace("\r\n", "\n").encode(charset)
    enc = quopri.encodestring(data, quotetabs=False)
    return crlf(enc.decode("ascii"))


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n"


class Part:
    """A MIME leaf or multipart; render() -> str (ASCII-safe except 8bit parts -> bytes later)."""

    def __init__(self, headers, body, is_bytes=False):
        self.headers = headers  # list of header lines (str)
        self.body = body        # str (CRLF) or bytes for 8bit

    def render(self):
        head = "\r\n".join(self.headers) + "\r\n\r\n"
        if isinstance(self.body, bytes):
            return head.encode("ascii") + self.body
        return (head + self.body).encode("ascii")


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra_ct="", disposition=None,
         extra_headers=None, ct_first=True):
    ct = "Content-Type: %s; charset=%s%s" % (ctype, charset if cte != "8bit" or True else charset, extra_ct)
    if charset is None:
        ct = "Content-Type: %s%s" % (ctype, extra_ct)
    h = []
    cte_line = "Content-Transfer-Encoding: %s" % cte
    if ct_first:
        h += [ct, cte_line]
    else:
        h += [cte_line, ct]
    if disposition:
        h.append(disposition)
    if extra_headers:
        h += extra_headers
    text_n = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        body = qp(text_n, charset)
    elif cte == "base64":
        body = b64(text_n.replace("\n", "\r\n").encode(charset))
    elif cte == "8bit":
        body = crlf(text_n).encode(charset)
    else:  # 7bit
        text_n.encode("ascii")
        body = crlf(text_n)
    if isinstance(body, str) and not body.endswith("\r\n"):
        body += "\r\n"
    if isinstance(body, bytes) and not body.endswith(b"\r\n"):
        body += b"\r\n"
    return Part(h, body)


def binary_leaf(ctype, data, filename, disposition="attachment", extra_headers=None):
    h = ['Content-Type: %s; name="%s"' % (ctype, filename),
         'Content-Disposition: %s; filename="%s"' % (disposition, filename),
         "Content-Transfer-Encoding: base64"]
    if extra_headers:
        h += extra_headers
    return Part(h, b64(data))


def multipart(subtype, parts, boundary, extra="", preamble=None, epilogue=""):
    h = ['Content-Type: multipart/%s;\r\n\tboundary="%s"%s' % (subtype, boundary, extra)]
    chunks = []
    if preamble:
        chunks.append(crlf(preamble).encode("ascii"))
    for p in parts:
        chunks.append(("--%s\r\n" % boundary).encode("ascii"))
        chunks.append(p.render())
        if not chunks[-1].endswith(b"\r\n"):
            chunks.append(b"\r\n")
        chunks.append(b"\r\n")
    chunks.append(("--%s--\r\n" % boundary).encode("ascii"))
    if epilogue:
        chunks.append(crlf(epilogue).encode("ascii"))
    return Part(h, b"".join(chunks))


def multipart_oneline(subtype, parts, boundary, extra=""):
    p = multipart(subtype, parts, boundary, extra)
    p.headers = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)]
    return p


def assemble(header_lines, part, mime_version=True):
    """header_lines: list of str (each possibly folded). part: Part or None (then body given)."""
    lines = list(header_lines)
    if mime_version and not any(l.lower().startswith("mime-version:") for l in lines):
        lines.append("MIME-Version: 1.0")
    lines += part.headers
    head = "\r\n".join(lines) + "\r\n\r\n"
    body = part.body if isinstance(part.body, bytes) else part.body.encode("ascii")
    out = head.encode("ascii") + body
    return out


def plain_assemble(header_lines, body_text):
    head = "\r\n".join(header_lines) + "\r\n\r\n"
    return head.encode("ascii") + crlf(body_text).encode("ascii")


# ---------------------------------------------------------------- html helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html_divs(text, wrap_div=True):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    return "".join(out) if wrap_div else "<br>".join(esc(l) for l in text.split("\n"))


def paragraphs_html(text, tag="p"):
    paras = [p for p in text.split("\n\n")]
    return "\n".join("<%s>%s</%s>" % (tag, "<br>\n".join(esc(l) for l in p.split("\n")), tag)
                     for p in paras if p.strip())
