"""Small mail-building kit for the `traps` set (standard library only).

Everything that looks random is drawn from random.Random seeded with the
message key, so a rebuild produces the same bytes.
"""
import base64
import datetime as dt
import html as htmlmod
import quopri
import random
import struct
import zlib

CRLF = "\r\n"
MAILBOX = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}
BOX_DISPLAY = {"customercare": "Alliant Energy", "powerhousecatalog": "PowerHouse Catalog"}

# --------------------------------------------------------------------------- rng
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class R:
    def __init__(self, key):
        self.r = random.Random("traps/" + key)

    def hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n):
        return self.hex(n).upper()

    def alnum(self, n):
        return "".join(self.r.choice(ALNUM) for _ in range(n))

    def b64(self, n):
        return "".join(self.r.choice(B64) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def int(self, a, b):
        return self.r.randint(a, b)

    def choice(self, seq):
        return self.r.choice(seq)

    def uuid(self):
        h = self.HEX(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.choice("89AB"), h[17:20], h[20:32])

    def guid(self):
        return self.uuid().lower()


# --------------------------------------------------------------------------- time
ZONES = {  # std offset, observes DST, std abbr, dst abbr
    "C": (-6, True, "CST", "CDT"),
    "E": (-5, True, "EST", "EDT"),
    "M": (-7, True, "MST", "MDT"),
    "AZ": (-7, False, "MST", "MST"),
    "P": (-8, True, "PST", "PDT"),
    "UTC": (0, False, "UTC", "UTC"),
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    first = d + dt.timedelta(days=(6 - d.weekday()) % 7)
    return first + dt.timedelta(weeks=n - 1)


def _dst(u, zone):
    std, rule = ZONES[zone][0], ZONES[zone][1]
    if not rule:
        return False
    ls = u + dt.timedelta(hours=std)
    start = dt.datetime.combine(_nth_sunday(ls.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(_nth_sunday(ls.year, 11, 1), dt.time(1))
    return start <= ls < end


def utc(s, zone="C"):
    """'YYYY-MM-DD HH:MM[:SS]' local time in zone -> naive UTC datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(s, fmt)
    std = ZONES[zone][0]
    cand = naive - dt.timedelta(hours=std + 1)
    if _dst(cand, zone):
        return cand
    return naive - dt.timedelta(hours=std)


class T:
    """A moment seen in one zone."""

    def __init__(self, u, zone):
        self.u = u
        self.zone = zone
        std, _, sa, da = ZONES[zone]
        d = _dst(u, zone)
        self.off = std + (1 if d else 0)
        self.abbr = da if d else sa
        self.l = u + dt.timedelta(hours=self.off)

    def offs(self):
        o = self.off
        return "%s%02d00" % ("-" if o < 0 else "+", abs(o))

    def rfc(self, abbr=False):
        l = self.l
        s = "%s, %02d %s %04d %02d:%02d:%02d %s" % (DAYS[l.weekday()], l.day, MONS[l.month - 1], l.year,
                                                   l.hour, l.minute, l.second, self.offs())
        if abbr:
            s += " (%s)" % self.abbr
        return s

    def h12(self, sep=" "):
        h = self.l.hour % 12 or 12
        return "%d:%02d%s%s" % (h, self.l.minute, sep, "AM" if self.l.hour < 12 else "PM")

    def epoch(self):
        return int((self.u - dt.datetime(1970, 1, 1)).total_seconds())


def at(u, zone):
    return T(u, zone)


def plus(u, s):
    return u + dt.timedelta(seconds=s)


# --------------------------------------------------------------------------- encoders
PYCS = {"us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(b):
    out = quopri.encodestring(b).decode("ascii")
    return crlf(out)


def b64body(b):
    return crlf(base64.encodebytes(b).decode("ascii"))


def needs_qp(text):
    if any(ord(c) > 126 for c in text):
        return True
    return any(len(line) > 76 for line in text.split("\n")) or any(
        line.endswith(" ") for line in text.split("\n"))


def pick_charset(text, prefs):
    for cs in prefs:
        try:
            text.encode(PYCS[cs])
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8"


def flow(text, width=72):
    """format=flowed (RFC 3676) wrapping; keeps '>' quote depth."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = 0
        while line.startswith(">"):
            depth += 1
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        prefix = (">" * depth + " ") if depth else ""
        if not depth and (line.startswith(" ") or line.startswith("From ")):
            line = " " + line
        line = line.rstrip(" ")
        if len(prefix) + len(line) <= width:
            out.append(prefix + line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(prefix) + len(cand) > width and cur:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = cand
        out.append(prefix + cur)
    return "\n".join(out)


def q_word_chunks(s, charset):
    enc = PYCS.get(charset.lower(), charset)
    chunks, cur = [], ""
    for ch in s:
        piece = ""
        for byte in ch.encode(enc):
            c = chr(byte)
            if c == " ":
                piece += "_"
            elif c.isalnum() and byte < 128:
                piece += c
            elif c in "-!*+/" and byte < 128:
                piece += c
            else:
                piece += "=%02X" % byte
        if len(cur) + len(piece) > 75 - len(charset) - 7:
            chunks.append(cur)
            cur = ""
        cur += piece
    chunks.append(cur)
    return ["=?%s?Q?%s?=" % (charset, c) for c in chunks]


def b_word_chunks(s, charset):
    enc = PYCS.get(charset.lower(), charset)
    chunks, cur = [], ""
    for ch in s:
        if len(base64.b64encode((cur + ch).encode(enc))) > 75 - len(charset) - 7:
            chunks.append(cur)
            cur = ""
        cur += ch
    chunks.append(cur)
    return ["=?%s?B?%s?=" % (charset, base64.b64encode(c.encode(enc)).decode()) for c in chunks]


def ew(s, charset="UTF-8", mode="Q"):
    """RFC 2047 encode if needed; folded with CRLF+space."""
    if all(ord(c) < 127 for c in s):
        return s
    words = q_word_chunks(s, charset) if mode == "Q" else b_word_chunks(s, charset)
    return (CRLF + " ").join(words)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="UTF-8", mode="Q", quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if any(ord(c) > 126 for c in name):
        return "%s <%s>" % (ew(name, charset, mode), email)
    if quote_always or any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold_text(value, width=76, lead=" "):
    """Fold an unstructured header at spaces."""
    if len(value) <= width:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return (CRLF + lead).join(lines)


def subj(s, charset="UTF-8", mode="Q"):
    if all(ord(c) < 127 for c in s):
        return fold_text(s)
    return ew(s, charset, mode)


def fold_b(s, first, width, lead):
    """Split a long token (DKIM b=) into folded pieces."""
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return (CRLF + lead).join(out)


# --------------------------------------------------------------------------- MIME
def text_part(text, subtype="plain", charset="utf-8", cte=None, ct_style="plain", params="",
              ct_first=True):
    """Return (headers list, body bytes). cte None -> no CTE header (7bit)."""
    raw = text.replace("\r\n", "\n").encode(PYCS[charset.lower()])
    if cte == "quoted-printable":
        body = qp(raw).encode("ascii")
    elif cte == "base64":
        body = b64body(raw).encode("ascii")
    else:
        body = crlf(raw.decode(PYCS[charset.lower()])).encode(PYCS[charset.lower()])
    if ct_style == "quoted":
        ct = 'text/%s; charset="%s"%s' % (subtype, charset, params)
    elif ct_style == "apple":
        ct = "text/%s;%s\tcharset=%s%s" % (subtype, CRLF, charset, params)
    else:
        ct = "text/%s; charset=%s%s" % (subtype, charset, params)
    hs = [("Content-Type", ct)]
    if cte:
        if ct_first:
            hs.append(("Content-Transfer-Encoding", cte))
        else:
            hs.insert(0, ("Content-Transfer-Encoding", cte))
    return hs, body


def auto_cte(text, charset, prefer="quoted-printable", allow_none=True):
    if charset.lower() == "us-ascii" or not any(ord(c) > 127 for c in text):
        if not needs_qp(text):
            return None if allow_none else "7bit"
    return prefer


def ser_headers(hs):
    out = []
    for k, v in hs:
        if v == "":
            out.append("%s:" % k)
        else:
            out.append("%s: %s" % (k, v))
    return (CRLF.join(out) + CRLF).encode("ascii")


def multipart(subtype, boundary, parts, params="", preamble=None, style="plain"):
    """parts: list of (headers, body). Returns (content-type value, body bytes)."""
    b = boundary
    chunks = []
    if preamble:
        chunks.append(crlf(preamble).encode("ascii") + b"\r\n")
    for hs, body in parts:
        chunks.append(("--%s\r\n" % b).encode("ascii"))
        chunks.append(ser_headers(hs))
        chunks.append(b"\r\n")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        chunks.append(body)
    chunks.append(("--%s--\r\n" % b).encode("ascii"))
    if style == "fold":
        ct = 'multipart/%s;%s\tboundary="%s"%s' % (subtype, CRLF, b, params)
    elif style == "apple":
        ct = 'multipart/%s;%s\tboundary="%s"%s' % (subtype, CRLF, b, params)
    elif style == "noquote":
        ct = "multipart/%s; boundary=%s%s" % (subtype, b, params)
    else:
        ct = 'multipart/%s; boundary="%s"%s' % (subtype, b, params)
    return ct, b"".join(chunks)


def tiny_png(rng, w=120, h=32):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    col = bytes([rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)])
    raw = b"".join(b"\x00" + col * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def esc(s):
    return htmlmod.escape(s, quote=False)


def html_lines(text, tag=None):
    lines = text.split("\n")
    if tag:
        return "\n".join(("<%s>%s</%s>" % (tag, esc(l), tag)) if l else "<%s><br></%s>" % (tag, tag)
                         for l in lines)
    return "<br>\n".join(esc(l) for l in lines)


# --------------------------------------------------------------------------- assembling
def assemble(top, trace, client_hs, body):
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return ser_headers(top + trace + client_hs) + b"\r\n" + body


def dkim(rng, d, s, h, ts, lead="        ", style="google", bh=None, extra=""):
    bh = bh or (rng.b64(43) + "=")
    sig = rng.b64(342) + "=="
    if style == "google":
        v = ("v=1; a=rsa-sha256; c=relaxed/relaxed;%s%sd=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;%s"
             "%sh=%s;%s%sbh=%s;%s%sb=%s") % (CRLF, lead, d, s, ts, ts + 604800, CRLF, lead, h, CRLF, lead, bh,
                                            CRLF, lead, fold_b(sig, 70, 70, lead + " "))
    else:
        v = ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;%s%ss=%s; t=%d;%s%sbh=%s;%s%sh=%s;%s%sb=%s%s") % (
            d, CRLF, lead, s, ts, CRLF, lead, bh, CRLF, lead, h, CRLF, lead, fold_b(sig, 60, 70, lead), extra)
    return v, sig[:8]


def top_headers(rng, box, env_from, t_mx, t_mbx, helo, rdns, ip, auth_kw, tls=True):
    mbox = MAILBOX[box]
    mx = rng.choice(["mx1", "mx2"])
    auth = auth_lines(mx=mx, **auth_kw)
    mxip = {"mx1": "10.20.1.11", "mx2": "10.20.1.12"}[mx]
    q1 = "4" + rng.alnum(3) + rng.alnum(9) + "z" + rng.alnum(2)
    q2 = "4" + rng.alnum(3) + rng.alnum(9) + "z" + rng.alnum(2)
    tm = at(t_mx, "C")
    tb = at(t_mbx, "C")
    hs = [("Return-Path", "<%s>" % env_from if env_from else "<>"),
          ("Delivered-To", mbox),
          ("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])%s\tby mbx01.alliant-energy.com"
                       " (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (mx, mx, mxip, CRLF, q2, CRLF, mbox,
                                                                        tb.rfc(abbr=True))),
          ("Authentication-Results", "%s.alliant-energy.com;%s" % (mx, CRLF + "\t" + (";" + CRLF + "\t").join(auth)))]
    if tls:
        tl = ("%s\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)%s\t key-exchange X25519"
              " server-signature RSA-PSS (2048 bits) server-digest SHA256)%s\t(No client certificate requested)") % (
            CRLF, CRLF, CRLF)
    else:
        tl = ""
    hs.append(("Received", "from %s (%s [%s])%s%s\tby %s.alliant-energy.com (Postfix) with %s id %s%s\tfor <%s>; %s"
               % (helo, rdns, ip, tl, CRLF, mx, "ESMTPS" if tls else "ESMTP", q1, CRLF, mbox, tm.rfc(abbr=True))))
    return hs


def auth_lines(dkim_d=None, dkim_s=None, dkim_b=None, mailfrom=None, ip=None, spf="pass",
               dmarc="pass", dmarc_p="none", from_dom=None, mx="mx1"):
    out = []
    if dkim_d:
        out.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                   "header.s=%s header.b=%s" % (dkim_d, dkim_d, dkim_s, dkim_b))
    else:
        out.append("dkim=none")
    dom = mailfrom.split("@")[-1] if mailfrom else "unknown"
    if spf == "pass":
        out.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender)"
                   " smtp.mailfrom=%s" % (mx, mailfrom, ip, mailfrom))
    elif spf == "softfail":
        out.append("spf=softfail (%s.alliant-energy.com: domain of transitioning %s does not designate %s as"
                   " permitted sender) smtp.mailfrom=%s" % (mx, mailfrom, ip, mailfrom))
    else:
        out.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    if dmarc:
        out.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, dmarc_p, from_dom or dom))
    return out
