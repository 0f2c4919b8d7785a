"""Low-level helpers: dates, header folding, MIME encoding, trace headers.

Python 3 standard library only.  Every random choice goes through an
rng seeded from a per-message key so that the output is byte-stable.
"""
import base64
import datetime as _dt
import hashlib
import quopri
import random
import string

CRLF = "\r\n"
CST = _dt.timezone(_dt.timedelta(hours=-6), "CST")
UTC = _dt.timezone.utc
PST = _dt.timezone(_dt.timedelta(hours=-8), "PST")

ALNUM = string.ascii_letters + string.digits
B64CH = string.ascii_letters + string.digits + "+/"


def rng_for(key):
    return random.Random("followups/" + key)


def t(s):
    """'2027-02-03 14:05:09' (Central time) -> aware datetime."""
    if len(s) == 16:
        s += ":00"
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST)


def plus(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


def _off(tz_hours):
    sign = "-" if tz_hours < 0 else "+"
    return "%s%02d00" % (sign, abs(tz_hours))


def rfc_date(dt, tz_hours=-6, pad=False, comment=None):
    d = dt.astimezone(_dt.timezone(_dt.timedelta(hours=tz_hours)))
    day = ("%02d" % d.day) if pad else str(d.day)
    s = "%s, %s %s %s %s" % (d.strftime("%a"), day, d.strftime("%b"), d.strftime("%Y %H:%M:%S"), _off(tz_hours))
    if comment:
        s += " (%s)" % comment
    return s


def epoch(dt):
    return int(dt.timestamp())


# ---------------------------------------------------------------- random ids
def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def b64blob(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def uuid4(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def postfix_qid(rng):
    # Postfix long queue ids (enable_long_queue_ids = yes)
    return "4" + rstr(rng, 1, "QRSTUVWXYZ") + rstr(rng, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


# ---------------------------------------------------------------- headers
def fold(name, value, width=76):
    """Fold a header at spaces; keeps pre-folded values (containing CRLF) as they are."""
    if CRLF in value:
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    words = value.split(" ")
    out, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return CRLF.join(out)


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded-word(s) for a display name or subject."""
    if all(ord(c) < 128 for c in text):
        return text
    raw = text.encode(charset)
    if mode == "B":
        # split so that each encoded word stays short
        words, chunk = [], b""
        for ch in text:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 36:
                words.append(chunk)
                chunk = b""
            chunk += b
        if chunk:
            words.append(chunk)
        return (CRLF + " ").join("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode()) for w in words)
    out = []
    for byte in raw:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c in ALNUM or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def addr(name, address, charset="utf-8", mode="B", quote=False):
    if not name:
        return address if not quote else "<%s>" % address
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (ew(name, charset, mode), address)
    if quote or any(c in name for c in ",.;:@()"):
        return '"%s" <%s>' % (name.replace('"', ''), address)
    return "%s <%s>" % (name, address)


# ---------------------------------------------------------------- bodies
def _lf(text):
    return text.replace("\r\n", "\n")


def enc_body(text, charset, cte):
    """Return body bytes (CRLF) for a text part."""
    text = _lf(text)
    if cte == "quoted-printable":
        b = quopri.encodestring(text.encode(charset), quotetabs=False)
        return b.replace(b"\n", b"\r\n")
    if cte == "base64":
        b = base64.encodebytes(text.replace("\n", "\r\n").encode(charset))
        return b.replace(b"\n", b"\r\n")
    # 7bit / 8bit
    return text.encode(charset).replace(b"\n", b"\r\n")


def enc_b64_bytes(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


class Part:
    def __init__(self, headers, body):
        self.headers = headers    # list of header lines (str, may contain folded CRLF)
        self.body = body          # bytes

    def render(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_ct="", extra=None,
              order="ct-first"):
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_ct)
    if order == "nq":   # charset without quotes
        ct = "Content-Type: text/%s; charset=%s%s" % (subtype, charset, extra_ct)
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdrs += extra
    return Part(hdrs, enc_body(text, charset, cte))


def multipart(subtype, boundary, parts, preamble=None, extra_ct=""):
    body = b""
    if preamble:
        body += preamble.encode("ascii").replace(b"\n", b"\r\n") + b"\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.render() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part(['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct)], body)


def message_bytes(header_lines, root):
    """Full message: trace+provider+client header lines, then the root part's headers and body."""
    lines = list(header_lines) + list(root.headers)
    raw = (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body
    return raw


# ---------------------------------------------------------------- fake images
def fake_jpeg(rng, n=2400):
    """A tiny JPEG-looking blob (SOI/APP0 header, random scan data, EOI)."""
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    mid = bytes(rng.getrandbits(8) for _ in range(n))
    return head + mid + bytes.fromhex("ffd9")


# ---------------------------------------------------------------- trace
MX_HOSTS = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}


def trace(rng, mailbox, env_from, arrive, relay_name, relay_ip, helo=None, tls=True, auth=None, mx=None,
          spam_score=None):
    """Headers our side prepends: Return-Path, Delivered-To, Received (mbx01 <- mx), Authentication-Results,
    Received (mx <- relay).  Returned top-down."""
    mx = mx or rng.choice(["mx1", "mx2"])
    box = "%s@alliant-energy.com" % mailbox
    t_mx = arrive
    t_mbx = plus(arrive, rng.randint(1, 3))
    q1, q2 = postfix_qid(rng), postfix_qid(rng)
    out = []
    out.append("Return-Path: <%s>" % env_from)
    out.append("Delivered-To: %s" % box)
    out.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])%s\tby mbx01.alliant-energy.com "
               "(Postfix) with ESMTPS id %s%s\tfor <%s>; %s"
               % (mx, mx, MX_HOSTS[mx], CRLF, q2, CRLF, box, rfc_date(t_mbx, pad=True, comment="CST")))
    if auth:
        out.append("Authentication-Results: %s.alliant-energy.com;%s" % (mx, auth))
    if spam_score is not None:
        out.append("X-Spam-Status: %s, score=%s required=5.0" % ("Yes" if spam_score >= 5 else "No", spam_score))
    helo = helo or relay_name
    tls_txt = ""
    if tls:
        tls_txt = (CRLF + "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF +
                   "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" + CRLF +
                   "\t(No client certificate requested)")
    if helo == relay_name:
        frm = "%s (%s [%s])" % (relay_name, relay_name, relay_ip)
    else:
        frm = "%s (%s [%s])" % (helo, relay_name, relay_ip)
    out.append("Received: from %s%s%s\tby %s.alliant-energy.com (Postfix) with %s id %s%s\tfor <%s>; %s"
               % (frm, tls_txt, CRLF, mx, "ESMTPS" if tls else "ESMTP", q1, CRLF, box,
                  rfc_date(t_mx, pad=True, comment="CST")))
    return out


def auth_results(dkim_d=None, spf_d=None, dmarc_d=None, dkim="pass", spf="pass", dmarc="pass", bsig=None,
                 extra_dkim=None, policy="none"):
    parts = []
    if dkim_d:
        parts.append("%s\tdkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                     "header.s=sel header.b=%s;" % (CRLF, dkim, dkim_d, dkim_d, bsig or "AbCdEfGh"))
    if extra_dkim:
        parts.append("%s\tdkim=pass (2048-bit key; unprotected) header.d=%s header.b=%s;" % (CRLF, extra_dkim[0],
                                                                                              extra_dkim[1]))
    if not dkim_d and not extra_dkim:
        parts.append("%s\tdkim=none;" % CRLF)
    if spf_d:
        parts.append("%s\tspf=%s (%s.alliant-energy.com: domain of %s designates sender as permitted) "
                     "smtp.mailfrom=%s;" % (CRLF, spf, "mx", spf_d, spf_d) if spf == "pass" else
                     "%s\tspf=%s smtp.mailfrom=%s;" % (CRLF, spf, spf_d))
    else:
        parts.append("%s\tspf=none smtp.helo=unknown;" % CRLF)
    if dmarc_d:
        parts.append("%s\tdmarc=%s (p=%s dis=none) header.from=%s" % (CRLF, dmarc, policy, dmarc_d))
    s = "".join(parts)
    return s.rstrip(";")


def dkim_sig(rng, d, s, hdrs, when, bh_bytes=32, ttl=None, darn=True):
    lines = ["v=1; a=rsa-sha256; c=relaxed/relaxed;", "d=%s; s=%s; t=%d;%s" % (
        d, s, epoch(when), (" x=%d;" % (epoch(when) + ttl)) if ttl else "")]
    if darn:
        lines[-1] += " darn=alliant-energy.com;"
    lines.append("h=%s;" % hdrs)
    lines.append("bh=%s;" % b64blob(rng, bh_bytes))
    b = b64blob(rng, 256)
    blines = ["b=" + b[:66]] + [b[i:i + 72] for i in range(66, len(b), 72)]
    lines += blines
    return "DKIM-Signature: " + (CRLF + "        ").join(lines)


def sha_tag(key, n=8):
    return hashlib.sha256(key.encode()).hexdigest()[:n]
