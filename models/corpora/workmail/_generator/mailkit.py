"""Low-level helpers: dates, ids, MIME leaves and multiparts, trace headers.

Everything random goes through RNG (seeded in build.py) so the output is byte-stable.
Text is written with LF inside this code; finish() turns the whole message into CRLF bytes.
"""
import base64
import datetime
import email.header
import email.utils
import html
import quopri
import random
import urllib.parse

RNG = random.Random(0)

CST = datetime.timezone(datetime.timedelta(hours=-6))
EST = datetime.timezone(datetime.timedelta(hours=-5))
UTC = datetime.timezone.utc

BOX = {
    "cc": "customercare@alliant-energy.com",
    "ph": "powerhousecatalog@alliant-energy.com",
}
BOXNAME = {"cc": "customercare", "ph": "powerhousecatalog"}

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
HEX = "0123456789abcdef"


def seed(n):
    RNG.seed(n)


def rs(n, alphabet=B62):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def HX(n):
    return rs(n, HEX.upper())


def uuid():
    return "%s-%s-%s-%s-%s" % (hx(8), hx(4), "4" + hx(3), RNG.choice("89ab") + hx(3), hx(12))


def b64ish(n):
    return rs(n, B62 + "+/")


def D(s, tz=CST):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc(dt):
    return email.utils.format_datetime(dt)


def rfc_utc(dt):
    return email.utils.format_datetime(dt.astimezone(UTC))


def later(dt, lo=1, hi=30):
    return dt + datetime.timedelta(seconds=RNG.randint(lo, hi))


def qid():
    return "4" + RNG.choice("bcdfghdf") + rs(11, PFX)


def enc_word(s, charset="utf-8", mode="q"):
    """RFC 2047 encode only when needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if mode == "b":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())
    return email.header.Header(s, charset).encode(maxlinelen=200)


def addr(name, address, charset="utf-8", mode="q"):
    if not name:
        return address
    enc = enc_word(name, charset, mode)
    if enc == name and any(c in name for c in ',.;:()"@'):
        enc = '"%s"' % name.replace('"', '\\"')
    return "%s <%s>" % (enc, address)


def fold(value, width=76):
    """Fold a long structured header value at spaces (for DKIM-like blobs use fold_blob)."""
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n\t".join(lines)


def fold_blob(blob, width=70):
    return "\n\t".join(blob[i:i + width] for i in range(0, len(blob), width))


# ---------------------------------------------------------------- MIME

def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", extra=(), data=None):
    """Return (header_text, body_bytes) of a single-part entity."""
    if data is None:
        data = text.replace("\r\n", "\n").encode(charset or "ascii")
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    hdr = []
    if charset:
        hdr.append('Content-Type: %s; charset="%s"%s' % (ctype, charset, params))
    else:
        hdr.append("Content-Type: %s%s" % (ctype, params))
    if cte:
        hdr.append("Content-Transfer-Encoding: %s" % cte)
    hdr.extend(extra)
    return ("\n".join(hdr), body)


def multi(subtype, parts, boundary, params="", preamble=None):
    hdr = 'Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for ph, pb in parts:
        out += ("--%s\n" % boundary).encode() + ph.encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % boundary).encode()
    return (hdr, out)


def finish(headers, entity, ct_at=None, mime_version="MIME-Version: 1.0"):
    """headers: list of header strings (may contain '\n\t' folds). entity: (hdr, body).
    The entity's Content-* lines are placed at index ct_at (default end), MIME-Version just before them
    unless mime_version is None or already given."""
    ehdr, body = entity
    hs = list(headers)
    block = ([mime_version] if mime_version else []) + [ehdr]
    if ct_at is None:
        hs.extend(block)
    else:
        hs[ct_at:ct_at] = block
    head = "\n".join(h for h in hs if h is not None)
    raw = head.encode("ascii") + b"\n\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def boundary_outlook(srv):
    return "_000_%s%s%snamp_" % (srv, HX(32), srv)


def boundary_gmail():
    return "000000000000" + hx(16)


def boundary_apple():
    return "Apple-Mail=_%s" % uuid().upper()


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- link rewriting by gateways

SAFE_TENANT = "%s-%s-%s-%s-%s" % ("8a2c", "41f0", "9d3e", "b7c1", "52e0f6a1d4c9")


def safelink(url, rcpt, region="nam12"):
    return ("https://%s.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%s%%7C%s%%7C%s%%7C0%%7C0%%7C638%s"
            "%%7CUnknown%%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%%3D%%3D"
            "%%7C0%%7C%%7C%%7C&sdata=%s%%3D&reserved=0") % (
        region, urllib.parse.quote(url, safe=""), urllib.parse.quote(rcpt, safe=""), hx(32),
        hx(32), rs(15, "0123456789"), rs(43, B62 + "%"))


def urldefense(url):
    return "https://urldefense.com/v3/__%s__;!!%s!%s$" % (url, rs(8), rs(60, B62 + "-_"))


def mimecast(url):
    dom = urllib.parse.urlparse(url).netloc.replace("www.", "")
    return "https://protect-us.mimecast.com/s/%s?domain=%s" % (rs(22), dom)


def rewrite(url, gateway, rcpt):
    if gateway == "safelinks":
        return safelink(url, rcpt)
    if gateway == "urldefense":
        return urldefense(url)
    if gateway == "mimecast":
        return mimecast(url)
    return url
