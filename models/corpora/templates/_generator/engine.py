"""Message engine for the `templates` set: turns a spec (specs.py) into raw RFC 5322 bytes.

Everything random comes from one random.Random seeded in build.py, and it is called in a fixed order
(spec order, then fixed call order inside each builder), so a rebuild is byte-identical.
Python 3 standard library only.
"""
import base64
import datetime as dt
import email.utils
import html as htmlmod
import quopri

RNG = None          # set by build.py
CURRENT_UTC = None  # send time of the message being built (for time-derived boundaries)


def setrng(r):
    global RNG
    RNG = r


# --------------------------------------------------------------------------- random tokens
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
UPPERNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rs(alphabet, n):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def b64s(n):
    return rs(B64, n)


def uuid_(upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), RNG.choice("89ab"), hexs(3), hexs(12))
    return s.upper() if upper else s


def qid():
    # Postfix long queue id
    return "4" + RNG.choice("XYZ") + rs("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789", 10) + "z" + rs("0123456789bcdfghjk", 2)


def ip(prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(RNG.randint(2, 250)))
    return ".".join(parts)


# --------------------------------------------------------------------------- time
ZONES = {"C": (-6, "CST", "CDT"), "E": (-5, "EST", "EDT"), "M": (-7, "MST", "MDT"),
         "P": (-8, "PST", "PDT"), "AZ": (-7, "MST", "MST"), "UTC": (0, "UTC", "UTC")}
DST = [(dt.datetime(2024, 3, 10, 8, tzinfo=dt.timezone.utc), dt.datetime(2024, 11, 3, 7, tzinfo=dt.timezone.utc)),
       (dt.datetime(2025, 3, 9, 8, tzinfo=dt.timezone.utc), dt.datetime(2025, 11, 2, 7, tzinfo=dt.timezone.utc))]


def in_dst(utc):
    return any(a <= utc < b for a, b in DST)


def zoned(utc, zone):
    std, sname, dname = ZONES[zone]
    d = zone not in ("AZ", "UTC") and in_dst(utc)
    off = std + (1 if d else 0)
    return utc.astimezone(dt.timezone(dt.timedelta(hours=off))), (dname if d else sname)


def parse_local(s, zone):
    """'2024-10-18 09:14' in zone -> aware UTC datetime (seconds drawn from RNG)."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=RNG.randint(0, 59))
    std = ZONES[zone][0]
    for off in (std + 1, std):
        utc = (naive - dt.timedelta(hours=off)).replace(tzinfo=dt.timezone.utc)
        if zone in ("AZ", "UTC"):
            return (naive - dt.timedelta(hours=std)).replace(tzinfo=dt.timezone.utc)
        if in_dst(utc) == (off == std + 1):
            return utc
    return (naive - dt.timedelta(hours=std)).replace(tzinfo=dt.timezone.utc)


def rfcdate(utc, zone):
    return email.utils.format_datetime(zoned(utc, zone)[0])


def rfcdate_c(utc, zone):
    local, name = zoned(utc, zone)
    return "%s (%s)" % (email.utils.format_datetime(local), name)


def utcdate(utc):
    return email.utils.format_datetime(utc.astimezone(dt.timezone.utc))


def plus(utc, seconds):
    return utc + dt.timedelta(seconds=seconds)


# --------------------------------------------------------------------------- header helpers
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded-word(s) for a header value; ASCII passes through."""
    if is_ascii(s):
        return s
    cs = charset.upper() if charset.lower() == "utf-8" and enc == "B" else charset
    if enc == "B":
        data = s.encode(charset)
        words, chunk = [], b""
        for ch in s:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 42:
                words.append(chunk)
                chunk = b""
            chunk += b
        words.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w).decode()) for w in words)
    out, cur = [], ""
    for ch in s:
        if ch == " ":
            t = "_"
        elif ch.isalnum() and ord(ch) < 128:
            t = ch
        elif ch in "!*+-/" :
            t = ch
        else:
            t = "".join("=%02X" % b for b in ch.encode(charset))
        if len(cur) + len(t) > 45:
            out.append(cur)
            cur = ""
        cur += t
    out.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, w) for w in out)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return address
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, enc), address)
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def fold_list(items, indent="\t"):
    """Join address list, folding after each comma when long."""
    line, lines = "", []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + len(piece) > 70:
            lines.append(line)
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    lines.append(line)
    return ("\n" + indent).join(lines)


# --------------------------------------------------------------------------- MIME helpers
def qp(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset)
    out = quopri.encodestring(data, quotetabs=False)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data)


def part(ctype, body_text=None, charset="utf-8", cte="quoted-printable", extra=(), raw=None, ct_params=""):
    """Leaf part -> (header lines, body bytes). body bytes use \n; converted to CRLF at the end."""
    hdr = []
    if ctype.startswith("text/"):
        hdr.append("Content-Type: %s; charset=\"%s\"%s" % (ctype, charset, ct_params))
    else:
        hdr.append("Content-Type: %s%s" % (ctype, ct_params))
    if raw is not None:
        data = raw
    else:
        txt = body_text.replace("\r\n", "\n")
        if not txt.endswith("\n"):
            txt += "\n"
        if cte == "quoted-printable":
            data = qp(txt, charset)
        elif cte == "base64":
            data = b64(txt.encode(charset))
        else:
            data = txt.encode(charset)
    if cte:
        hdr.append("Content-Transfer-Encoding: %s" % cte)
    hdr.extend(extra)
    return hdr, data


def multipart(subtype, boundary, parts, preamble=None, ct_extra=""):
    chunks = []
    if preamble:
        chunks.append(preamble.encode() + b"\n\n")
    for hdr, data in parts:
        chunks.append(b"--" + boundary.encode() + b"\n")
        chunks.append(("\n".join(hdr) + "\n\n").encode())
        chunks.append(data)
        if not data.endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(b"--" + boundary.encode() + b"--\n")
    hdr = ["Content-Type: multipart/%s;%s\n\tboundary=\"%s\"" % (subtype, ct_extra, boundary)]
    return hdr, b"".join(chunks)


def attach_part(ctype, filename, data, disp="attachment", extra_ct=""):
    hdr = ["Content-Type: %s; name=\"%s\"%s" % (ctype, filename, extra_ct),
           "Content-Disposition: %s; filename=\"%s\"" % (disp, filename),
           "Content-Transfer-Encoding: base64"]
    return hdr, b64(data)


def esc(s):
    return htmlmod.escape(s, quote=False)


def fake_pdf(lines):
    """A small, well-formed-looking PDF whose text is `lines` (deterministic)."""
    content = "BT /F1 11 Tf 72 740 Td 14 TL\n" + "".join("(%s) '\n" % l.replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")
