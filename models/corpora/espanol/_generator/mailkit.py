"""Small mail-building kit for the `espanol` corpus (standard library only).

Everything is built by hand as CRLF text so that the bytes are exactly what we
want: header order, folding, boundaries, charsets and transfer encodings.
"""
import base64
import hashlib
import html as _html
import random
import string
import textwrap
from datetime import datetime, timedelta, timezone
from email import quoprimime

CRLF = "\r\n"
MAILBOXES = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

# --------------------------------------------------------------------------- time
ZONES = {
    # name: (std offset hours, observes US DST, std abbrev, dst abbrev)
    "CT": (-6, True, "CST", "CDT"),
    "ET": (-5, True, "EST", "EDT"),
    "MT": (-7, True, "MST", "MDT"),
    "PT": (-8, True, "PST", "PDT"),
    "PR": (-4, False, "AST", "AST"),
    "MX": (-6, False, "CST", "CST"),
    "GT": (-6, False, "CST", "CST"),
    "SV": (-6, False, "CST", "CST"),
    "CO": (-5, False, "-05", "-05"),
    "UTC": (0, False, "UTC", "UTC"),
}


def _nth_sunday(y, m, n):
    d = datetime(y, m, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def _is_dst(naive_utc, std_hours):
    y = naive_utc.year
    start = _nth_sunday(y, 3, 2) + timedelta(hours=2 - std_hours)      # 2:00 local std -> utc
    end = _nth_sunday(y, 11, 1) + timedelta(hours=2 - (std_hours + 1))  # 2:00 local dst -> utc
    return start <= naive_utc < end


def zone_of(dt_utc, zone):
    """Return (offset timedelta, abbrev) for an aware datetime in a zone."""
    std, dst, a_std, a_dst = ZONES[zone]
    naive = dt_utc.astimezone(timezone.utc).replace(tzinfo=None)
    if dst and _is_dst(naive, std):
        return timedelta(hours=std + 1), a_dst
    return timedelta(hours=std), a_std


def mkdt(s, zone="CT"):
    """'2026-03-04 10:22:05' local time in zone -> aware datetime (with that zone's offset)."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = datetime.strptime(s, fmt)
    std, dst, _, _ = ZONES[zone]
    off = timedelta(hours=std)
    guess_utc = naive - off
    if dst and _is_dst(guess_utc, std):
        off = timedelta(hours=std + 1)
    return naive.replace(tzinfo=timezone(off))


def to_zone(dt, zone):
    off, _ = zone_of(dt, zone)
    return dt.astimezone(timezone(off))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _off(dt):
    o = dt.utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc_date(dt, zone=None, pad=False, twodigit=False, comment=None):
    """RFC 5322 date. pad: Postfix style ' 4'; twodigit: '04'; comment: '(CST)' text."""
    if zone:
        dt = to_zone(dt, zone)
    day = "%2d" % dt.day if pad else ("%02d" % dt.day if twodigit else str(dt.day))
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
                                            dt.hour, dt.minute, dt.second, _off(dt))
    if comment:
        s += " (%s)" % comment
    return s


def postfix_date(dt, zone="CT"):
    dt2 = to_zone(dt, zone)
    return rfc_date(dt2, pad=True, comment=zone_of(dt, zone)[1])


# Spanish date words
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]
ES_MONS_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def ampm_es(dt, style="a. m."):
    h = dt.hour % 12 or 12
    suf = style if dt.hour < 12 else style.replace("a", "p", 1)
    return "%d:%02d %s" % (h, dt.minute, suf)


# --------------------------------------------------------------------------- randomness
class R(random.Random):
    """Seeded random with helpers for ids and fake signatures."""

    def hexs(self, n):
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n):
        return self.hexs(n).upper()

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).decode()

    def uuid(self, upper=True):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def postfix_qid(self):
        return "4d" + self.alnum(1, "BCDFGHJKLMNPQRSTVWXYZ") + self.alnum(
            10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")

    def sig_b64(self, nbytes=256, indent="\t ", width=70):
        s = self.b64(nbytes)
        return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


# --------------------------------------------------------------------------- header encoding
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


_Q_SAFE = set(string.ascii_letters + string.digits + "!*+-/")


def _q_char(ch, charset):
    out = ""
    for b in ch.encode(charset):
        c = chr(b)
        if c == " ":
            out += "_"
        elif c in _Q_SAFE:
            out += c
        else:
            out += "=%02X" % b
    return out


def ew(text, charset="utf-8", mode="Q", label=None, maxlen=75):
    """RFC 2047 encode `text` into one or more encoded words joined by folding whitespace."""
    label = label if label else charset.upper()
    prefix = "=?%s?%s?" % (label, mode)
    words, cur = [], ""
    if mode.upper() == "Q":
        for ch in text:
            piece = _q_char(ch, charset)
            if len(prefix) + len(cur) + len(piece) + 2 > maxlen:
                words.append(prefix + cur + "?=")
                cur = ""
            cur += piece
        if cur:
            words.append(prefix + cur + "?=")
    else:
        chunk = ""
        for ch in text:
            trial = chunk + ch
            if len(prefix) + len(base64.b64encode(trial.encode(charset))) + 2 > maxlen:
                words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + "?=")
                chunk = ch
            else:
                chunk = trial
        if chunk:
            words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + "?=")
    return "\n ".join(words)


def hdr_text(text, charset="utf-8", mode="Q", label=None):
    """Unstructured header text: plain if ASCII else encoded words."""
    if is_ascii(text):
        return text
    return ew(text, charset, mode, label)


def addr(name, address, charset="utf-8", mode="Q", label=None, quote=False):
    if not name:
        return address if not quote else "<%s>" % address
    if is_ascii(name):
        if quote or any(c in name for c in ',.;:()<>@[]"\''):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, mode, label), address)


def fold_plain(value, width=76, indent=" "):
    """Fold a long unstructured ASCII header value at spaces."""
    if len(value) <= width or "\n" in value:
        return value
    lines = textwrap.wrap(value, width=width, break_long_words=False, break_on_hyphens=False)
    return ("\n" + indent).join(lines)


def headers_bytes(headers):
    out = []
    for name, value in headers:
        if value is None:
            continue
        v = value.replace("\r\n", "\n").replace("\n", CRLF)
        out.append("%s: %s%s" % (name, v, CRLF) if v != "" else "%s:%s" % (name, CRLF))
    return "".join(out).encode("ascii")


# --------------------------------------------------------------------------- body encoding
def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def encode_body(text, charset="utf-8", cte="quoted-printable"):
    """Return bytes of `text` in the given charset + transfer encoding, CRLF lines."""
    raw = crlf(text).encode(charset)
    if cte in ("7bit", "8bit", None):
        for line in raw.split(b"\r\n"):
            assert len(line) <= 998, "line too long for %s" % cte
        if cte == "7bit":
            raw.decode("ascii")
        return raw
    if cte == "quoted-printable":
        s = raw.decode("latin-1")
        return quoprimime.body_encode(s, maxlinelen=76, eol=CRLF).encode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n").rstrip(b"\r\n")
    raise ValueError(cte)


def part(ctype, body, cte=None, extra=None):
    """A MIME body part: list of headers then body bytes."""
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs += extra or []
    return headers_bytes(hs) + b"\r\n" + body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
              params="", quote_cs=True, extra=None, order="ct"):
    label = label or charset
    cs = '"%s"' % label if quote_cs else label
    ctype = "text/%s; charset=%s%s" % (subtype, cs, params)
    if cte == "7bit-none":          # Gmail leaves out the CTE header for pure ASCII parts
        body = encode_body(text, charset, "7bit")
        return part(ctype, body, None, extra)
    body = encode_body(text, charset, cte)
    if order == "cte-first":
        hs = [("Content-Transfer-Encoding", cte), ("Content-Type", ctype)] + (extra or [])
        return headers_bytes(hs) + b"\r\n" + body
    return part(ctype, body, cte, extra)


def multipart(boundary, parts, preamble=None, epilogue=b""):
    out = b""
    if preamble:
        out += crlf(preamble).encode("ascii") + b"\r\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p + b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n" + epilogue
    return out


def message(headers, body):
    raw = headers_bytes(headers) + b"\r\n" + body
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw


def esc(s):
    return _html.escape(s, quote=False)


# --------------------------------------------------------------------------- common receiving side
def ours_top(r, mailbox, env_from, helo, rdns, ip, dt, auth_lines, mx=None, tls="1.3"):
    """Return-Path, Delivered-To, Received mx->mbx01, Received provider->mx, Authentication-Results."""
    mx = mx or r.choice(["mx1", "mx2"])
    mx_ip = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}[mx]
    t_mx = dt + timedelta(seconds=r.randint(1, 6))
    t_mbx = t_mx + timedelta(seconds=r.randint(0, 2))
    mb = MAILBOXES[mailbox]
    if tls == "1.3":
        tls_txt = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
                   "\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
                   "\n\t(No client certificate requested)")
    elif tls == "1.2":
        tls_txt = ("\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
                   "\n\t(No client certificate requested)")
    else:
        tls_txt = ""
    via = "ESMTPS" if tls else "ESMTP"
    hs = [
        ("Return-Path", "<%s>" % env_from),
        ("Delivered-To", mb),
        ("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com"
         " (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (mx, mx, mx_ip, r.postfix_qid(), mb, postfix_date(t_mbx))),
        ("Received", "from %s (%s [%s])%s\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s"
         % (helo, rdns, ip, tls_txt, mx, via, r.postfix_qid(), mb, postfix_date(t_mx))),
    ]
    hs.append(("Authentication-Results", "%s.alliant-energy.com;\n\t" % mx + ";\n\t".join(auth_lines)))
    return hs


def auth_pass(r, domain, from_domain=None, dkim=True, spf="pass", dmarc="pass", policy="none",
              mailfrom=None, arc=False):
    from_domain = from_domain or domain
    lines = []
    if dkim:
        lines.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"'
                     % (domain, domain, r.alnum(8, string.ascii_letters + string.digits + "+/")))
    else:
        lines.append("dkim=none (message not signed)")
    lines.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom or from_domain))
    if dmarc:
        lines.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, policy, from_domain))
    if arc:
        lines.append("arc=pass")
    return lines


def dkim_sig(r, d, s, h, t=None, extra="", indent="\t "):
    tt = ("t=%d; " % t) if t else ""
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n%ss=%s; %s%s\n%sh=%s;\n%sbh=%s;\n%sb=%s"
            % (d, indent, s, tt, extra, indent, h, indent, r.b64(32), indent, r.sig_b64(256, indent)))


def wrap_para(text, width=76):
    """Hard-wrap each paragraph line (used for quoted originals and some clients)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


# --------------------------------------------------------------------------- tiny PNG (for screenshots)
def tiny_png(w, h, seed):
    import struct
    import zlib
    rr = random.Random(seed)
    rows = b""
    for y in range(h):
        rows += b"\x00" + bytes(rr.choice([235, 240, 250, 255]) for _ in range(w * 3))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)).encode()


def md5hex(s):
    return hashlib.md5(s.encode()).hexdigest()
