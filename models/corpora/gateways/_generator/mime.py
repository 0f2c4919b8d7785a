"""Small MIME builder and message assembler. Everything is rendered by hand (not by email.generator) so that
every byte is under our control and a rebuild is identical: boundaries, ids and dates come from the spec id."""
import base64
import datetime as dt
import email.header
import email.quoprimime
import email.utils
import hashlib
import io
import random
import struct
import wave
import zlib

NL = "\r\n"
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def rng(key):
    # One random stream per spec id: adding or reordering specs never changes another message.
    return random.Random(zlib.crc32(key.encode("utf-8")))


def hexid(key, n=16):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


class Part:
    def __init__(self, ctype, params=None, payload="", cte=None, headers=None, children=None):
        self.ctype, self.params, self.payload, self.cte = ctype, list(params or []), payload, cte
        self.headers = list(headers or [])
        self.children = children


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def qp(text, charset):
    raw = text.replace("\r\n", "\n").encode(charset).decode("latin-1")
    return email.quoprimime.body_encode(raw.replace("\n", "\r\n"), maxlinelen=76, eol=NL)


def b64(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", NL)


def text(body, subtype="plain", charset="utf-8", cte=None, flowed=False, disp=None, filename=None):
    """A text leaf. cte None picks 7bit for short-lined ASCII, quoted-printable otherwise."""
    body = body.replace("\r\n", "\n")
    if cte is None:
        if _is_ascii(body) and all(len(l) <= 76 for l in body.split("\n")):
            cte = "7bit"
        else:
            cte = "quoted-printable"
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
    if cte == "7bit":
        payload = body.replace("\n", NL)
    elif cte == "quoted-printable":
        payload = qp(body, charset)
    else:
        payload = b64(body.replace("\n", "\r\n").encode(charset))
    hdrs = []
    if disp:
        hdrs.append(("Content-Disposition", disp + ('; filename="%s"' % filename if filename else "")))
    return Part("text/" + subtype, params, payload, cte, hdrs)


def attachment(ctype, data, filename, disp="attachment", cid=None):
    hdrs = [("Content-Disposition", '%s; filename="%s"' % (disp, filename))]
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    return Part(ctype, [("name", filename)], b64(data), "base64", hdrs)


def raw_part(ctype, body, params=None, cte="7bit", headers=None):
    """A leaf whose body is already ASCII text (delivery-status, rfc822, calendar)."""
    return Part(ctype, params, body.replace("\r\n", "\n").replace("\n", NL), cte, headers)


def multi(subtype, children, params=None):
    return Part("multipart/" + subtype, params, children=children)


def fold(name, value):
    """Fold an ASCII header at spaces so no line passes 78 characters."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    out, cur = [], name + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return NL.join(out)


def enc(name, value):
    if _is_ascii(value):
        return fold(name, value)
    return "%s: %s" % (name, email.header.Header(value, "utf-8", header_name=name).encode(linesep=NL))


def addr(display, address):
    if not display:
        return address
    if _is_ascii(display):
        return email.utils.formataddr((display, address))
    return "%s <%s>" % (email.header.Header(display, "utf-8").encode(linesep=NL), address)


def render(part, key, depth=0):
    """Return the lines (without the top-level message headers) of a part: its content headers, blank, body."""
    ps = "".join('; %s="%s"' % (k, v) if k in ("boundary", "name", "report-type", "type") or " " in v or "/" in v
                 else "; %s=%s" % (k, v) for k, v in part.params)
    lines = []
    if part.children is not None:
        b = "----=_Part_%s_%d" % (hexid(key + str(depth) + part.ctype, 12), depth)
        lines.append(fold("Content-Type", part.ctype + ps + '; boundary="%s"' % b))
        for h in part.headers:
            lines.append(fold(*h))
        body = ["This is a multi-part message in MIME format.", ""] if depth == 0 else []
        for i, c in enumerate(part.children):
            body.append("--" + b)
            body += render(c, key + "." + str(i), depth + 1)
        body.append("--" + b + "--")
        body.append("")
        return lines + [""] + body
    lines.append(fold("Content-Type", part.ctype + ps))
    if part.cte:
        lines.append("Content-Transfer-Encoding: " + part.cte)
    for h in part.headers:
        lines.append(fold(*h))
    payload = part.payload
    if payload.endswith(NL):
        payload = payload[:-2]
    return lines + [""] + payload.split(NL)


# ---- dates and trace ------------------------------------------------------------------------------------------

def when(key, month=None, tz=None):
    r = rng("date:" + key)
    m = month or r.randint(1, 12)
    d = dt.datetime(2026, m, r.randint(1, 28), r.randint(6, 22), r.randint(0, 59), r.randint(0, 59))
    if tz is None:
        tz = -5 if 4 <= m <= 10 else -6
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def rfc_date(d):
    return email.utils.format_datetime(d)


def to_utc(d):
    return d.astimezone(dt.timezone.utc)


# ---- small binary attachments --------------------------------------------------------------------------------

def pdf(lines):
    """A one-page PDF whose page is a scanned image would carry no text; ours carries a few words (a cover)."""
    content = "BT /F1 11 Tf 72 720 Td 14 TL " + " ".join("(%s) '" % l.replace("(", "[").replace(")", "]")
                                                         for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


def jpeg(seed):
    """A tiny grey baseline JPEG (8x8) whose quantisation table varies with the seed so files differ."""
    r = random.Random(seed)
    soi = b"\xff\xd8"
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    dqt = b"\xff\xdb\x00\x43\x00" + bytes(r.randint(1, 40) for _ in range(64))
    sof = b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00"
    dht = b"\xff\xc4\x00\x14\x00\x01" + b"\x00" * 15 + b"\x00" + b"\xff\xc4\x00\x14\x10\x01" + b"\x00" * 15 + b"\x00"
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    return soi + app0 + dqt + sof + dht + sos + b"\x00\x00" + b"\xff\xd9"


def wav(seconds, seed):
    """A short 8 kHz mono WAV of low noise, like the voicemail attachment of a phone system."""
    r = random.Random(seed)
    buf = io.BytesIO()
    w = wave.open(buf, "wb")
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(8000)
    w.writeframes(bytes(128 + r.randint(-3, 3) for _ in range(int(800 * seconds))))
    w.close()
    return buf.getvalue()


def tiff(seed):
    r = random.Random(seed)
    hdr = b"II*\x00" + struct.pack("<I", 8)
    entries = [(256, 3, 1, 8), (257, 3, 1, 8), (258, 3, 1, 1), (259, 3, 1, 4), (262, 3, 1, 0), (273, 4, 1, 122),
               (278, 3, 1, 8), (279, 4, 1, 8)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries) + b"\x00" * 4
    return hdr + ifd + bytes(r.randint(0, 255) for _ in range(8))
