"""Small MIME and header helpers for the newcomers set (standard library only).

Everything is built with LF line ends and turned into CRLF once, at the end (see ``finish``).
All randomness comes from the one seeded generator ``RNG`` so that a rebuild gives the same bytes.
"""
import base64
import datetime
import email.utils
import hashlib
import html
import quopri
import random
import string
import uuid

RNG = random.Random(2027_01_01)
CST = datetime.timezone(datetime.timedelta(hours=-6), "CST")
PST = datetime.timezone(datetime.timedelta(hours=-8), "PST")
UTC = datetime.timezone.utc

B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


# ---------------------------------------------------------------- random bits
def rstr(n, alphabet=ALNUM):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rhex(n):
    return rstr(n, HEX)


def ruuid(upper=False):
    u = str(uuid.UUID(int=RNG.getrandbits(128), version=4))
    return u.upper() if upper else u


def rb64(n):
    return rstr(n, B64)


def sig_lines(total, width=70, indent="\t"):
    """A DKIM-style b= value folded over several lines."""
    s = rb64(total)
    parts = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(parts)


def qid():
    """A Postfix long queue id."""
    return "4" + rstr(1, "XYZ") + rstr(1, "abcdefghijklmnopqrstuvwxyz") + rstr(9, ALNUM)


# ---------------------------------------------------------------- dates
def jan(day, hm, sec=None, tz=CST):
    h, m = (int(x) for x in hm.split(":"))
    s = RNG.randint(0, 59) if sec is None else sec
    return datetime.datetime(2027, 1, day, h, m, s, tzinfo=tz)


def rfc(d):
    """RFC 5322 date, as most clients write it (day of month not zero-padded)."""
    s = email.utils.format_datetime(d)
    return s[:5] + s[6:] if s[5] == "0" else s


def rfc_paren(d):
    """Postfix style: day padded with a space and the zone name in parentheses."""
    return d.strftime("%a, ") + f"{d.day:2d}" + d.strftime(" %b %Y %H:%M:%S %z") + f" ({d.tzname()})"


def rfc_two(d):
    """Two-digit day (Gmail, Exchange, Open-Xchange)."""
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def later(d, seconds):
    return d + datetime.timedelta(seconds=seconds)


def long_us(d):
    """'Tuesday, January 12, 2027 10:00 AM' (Outlook 'Sent:' line)."""
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + str(int(d.strftime("%I"))) + d.strftime(":%M %p")


def gmail_attr(d):
    """'Tue, Jan 12, 2027 at 10:00 AM' (Gmail 'On ... wrote:' line)."""
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + str(int(d.strftime("%I"))) + d.strftime(":%M %p")


def apple_attr(d):
    """'Jan 12, 2027, at 10:00\u202fAM' (iOS Mail)."""
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y, at ") + str(int(d.strftime("%I"))) + d.strftime(":%M\u202f%p")


def yahoo_attr(d):
    """'Thursday, January 14, 2027 at 08:30:12 AM CST' (Yahoo/AOL)."""
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y at %I:%M:%S %p CST")


def samsung_attr(d):
    return f"{d.month}/{d.day}/{d.strftime('%y')} {int(d.strftime('%I'))}" + d.strftime(":%M %p (GMT-06:00)")


def epoch_ms(d):
    return int(d.timestamp() * 1000) + RNG.randint(0, 999)


# ---------------------------------------------------------------- headers
def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded word (only when needed)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    raw = text.encode(charset)
    if mode == "B":
        return f"=?{charset.upper()}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c in ALNUM or c in "-!*+/":
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return f"=?{charset.upper()}?Q?{''.join(out)}?="


def addr(name, address, charset="utf-8", mode="B", quote=False):
    if not name:
        return address
    enc = ew(name, charset, mode)
    if enc == name and (quote or any(c in name for c in ",.;:@()")):
        enc = '"' + name + '"'
    return f"{enc} <{address}>"


# ---------------------------------------------------------------- bodies
def encode(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(ctype, text, charset, cte, extra=""):
    """A single MIME part: (header text, body bytes)."""
    hdr = f"Content-Type: {ctype}\n"
    if cte:
        hdr += f"Content-Transfer-Encoding: {cte}\n"
    hdr += extra
    return hdr, encode(text, charset, cte or "7bit")


def raw_leaf(ctype, body_text, extra=""):
    """A part whose body is already ASCII text (delivery-status, headers, calendar)."""
    return f"Content-Type: {ctype}\n{extra}", body_text.encode("ascii") if body_text.endswith("\n") else (body_text + "\n").encode("ascii")


def multipart(subtype, boundary, parts, preamble="", params="", fold=False):
    sep = ";\n\t" if fold else "; "
    hdr = f'Content-Type: multipart/{subtype}{sep}boundary="{boundary}"{params}\n'
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for i, (ph, pb) in enumerate(parts):
        out += (b"" if i == 0 else b"\n") + f"--{boundary}\n".encode() + ph.encode() + b"\n" + pb
    out += f"\n--{boundary}--\n".encode()
    return hdr, out


def finish(header_text, body):
    """Join header block and body, normalise every line end to CRLF."""
    raw = header_text.encode("ascii") + b"\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- text helpers
def flowed(text, width=72):
    """format=flowed wrapping as Thunderbird/Roundcube do it (soft breaks end with a space)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def to_html_paras(text):
    """Plain text to simple HTML paragraphs (<div> per line, as webmail clients do)."""
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{html.escape(line)}</div>" if line.strip() else "<div><br></div>")
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def dkim_bh(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
