"""Low-level helpers for writing raw RFC 5322 messages (stdlib only).

Everything is built as text with "\n" line ends and turned into CRLF bytes at the very end.
All randomness comes from one random.Random passed in by build.py, so output is reproducible.
"""
import base64
import binascii
import datetime as dt
import html
import string

UTC = dt.timezone.utc


# ---------------------------------------------------------------- time
def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def us_dst(utc):
    """True when US daylight time is in force at this UTC instant (rules since 2007)."""
    y = utc.year
    start = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(8, 0), UTC)   # 2am CST = 08 UTC
    end = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(7, 0), UTC)    # 2am CDT = 07 UTC
    return start <= utc < end


def tz_for(utc, std_hours):
    if std_hours == 0:
        return UTC
    off = std_hours + (1 if us_dst(utc) else 0)
    return dt.timezone(dt.timedelta(hours=off))


def central(s):
    """'2028-01-02 19:14[:ss]' in US Central local time -> aware UTC datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(s, fmt)
    # try standard, then daylight
    for off in (-6, -5):
        utc = (naive - dt.timedelta(hours=off)).replace(tzinfo=UTC)
        if tz_for(utc, -6).utcoffset(None) == dt.timedelta(hours=off):
            return utc
    return (naive + dt.timedelta(hours=6)).replace(tzinfo=UTC)


def rfcdate(utc, std_hours=-6, zone_comment=False):
    local = utc.astimezone(tz_for(utc, std_hours))
    s = local.strftime("%a, %d %b %Y %H:%M:%S %z")
    if zone_comment:
        names = {-5: ("EST", "EDT"), -6: ("CST", "CDT"), -7: ("MST", "MDT"), -8: ("PST", "PDT"), 0: ("UTC", "UTC")}
        s += " (%s)" % names[std_hours][1 if us_dst(utc) else 0]
    return s


def rfcdate_nopad(utc, std_hours=-6):
    local = utc.astimezone(tz_for(utc, std_hours))
    return "%s, %d %s %s" % (local.strftime("%a"), local.day, local.strftime("%b %Y %H:%M:%S"),
                              local.strftime("%z"))


def local(utc, std_hours=-6):
    return utc.astimezone(tz_for(utc, std_hours))


def plus(utc, seconds):
    return utc + dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- random tokens
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"


def rs(R, n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid_upper(R):
    h = rs(R, 32, HEXU)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid_lower(R):
    return uuid_upper(R).lower()


def postfix_qid(R):
    # Postfix long queue id style: 4Zxxxxxxxxxx
    return "4Z" + rs(R, 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def fold_b64(R, n, first_indent=0, width=70):
    """A folded base64 value (DKIM b= / bh= style)."""
    s = rs(R, n, B64)
    out, line = [], ""
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return "\n\t ".join(out)


# ---------------------------------------------------------------- encodings
def qp_encode(text, charset="utf-8"):
    data = text.encode(charset)
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return enc.decode("ascii")


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def needs_qp(text):
    return (not is_ascii(text)) or any(len(l) > 76 for l in text.split("\n")) or \
        any(l.endswith(" ") for l in text.split("\n"))


def q_word(s, charset="UTF-8"):
    """RFC 2047 Q-encoded words, split to stay under 75 chars each."""
    safe = set(string.ascii_letters + string.digits + "!*+-/")
    words, cur = [], ""
    prefix = "=?%s?Q?" % charset
    for ch in s:
        if ch == " ":
            enc = "_"
        elif ch in safe:
            enc = ch
        else:
            enc = "".join("=%02X" % b for b in ch.encode(charset))
        if len(prefix) + len(cur) + len(enc) + 2 > 75:
            words.append(prefix + cur + "?=")
            cur = ""
        cur += enc
    words.append(prefix + cur + "?=")
    return "\n ".join(words)


def b_word(s, charset="UTF-8"):
    data = s.encode(charset)
    step = 36
    # recompute properly when a chunk was shortened
    out, i = [], 0
    while i < len(data):
        j = min(i + step, len(data))
        while j < len(data) and (data[j] & 0xC0) == 0x80:
            j -= 1
        out.append("=?%s?B?%s?=" % (charset, base64.b64encode(data[i:j]).decode()))
        i = j
    return "\n ".join(out)


def hdr_text(s, style="Q", charset="UTF-8"):
    if is_ascii(s):
        return s
    return q_word(s, charset) if style == "Q" else b_word(s, charset)


def addr(name, email, style="Q", quote_always=False, charset="UTF-8"):
    if not name:
        return email if not quote_always else "<%s>" % email
    if not is_ascii(name):
        return "%s <%s>" % (hdr_text(name, style, charset), email)
    if quote_always or any(c in name for c in ',.;:@()<>[]"\\'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold_header(name, value, width=76):
    """Fold a long unstructured header at spaces (only when there is no fold already)."""
    if value == "":
        return "%s:" % name
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and cur != name + ":" and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = " " + word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts
def text_part(text, subtype="plain", charset=None, cte=None, extra_ct="", apple_style=False):
    """Return a leaf part (headers + body) as text."""
    if charset is None:
        charset = "us-ascii" if is_ascii(text) else "utf-8"
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    if cte == "quoted-printable":
        body = qp_encode(text, charset)
    elif cte == "base64":
        body = b64_encode(text.encode(charset))
    else:
        body = text
    if apple_style:
        head = "Content-Transfer-Encoding: %s\nContent-Type: text/%s;\n\tcharset=%s%s" % (
            cte, subtype, charset, extra_ct)
    else:
        head = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s' % (
            subtype, charset, extra_ct, cte)
    if not body.endswith("\n"):
        body += "\n"
    return head + "\n\n" + body


def multipart(subtype, boundary, parts, preamble=None, extra=""):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--%s\n%s" % (boundary, p))
    out.append("--%s--\n" % boundary)
    return ("Content-Type: multipart/%s; boundary=\"%s\"%s\n\n" % (subtype, boundary, extra)) + "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft-break long lines at spaces, leaving the trailing space."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def to_crlf_bytes(msg):
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    return msg.encode("utf-8")
