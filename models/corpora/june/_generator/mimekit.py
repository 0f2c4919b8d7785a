"""Low-level helpers for the 'june' set: encodings, MIME parts, transport header chains.

Standard library only. Every random choice goes through a Random seeded from a string,
so the bytes are the same on every run.
"""
import base64
import datetime as dt
import hashlib
import random

CDT = dt.timezone(dt.timedelta(hours=-5), "CDT")
EDT = dt.timezone(dt.timedelta(hours=-4), "EDT")
PDT = dt.timezone(dt.timedelta(hours=-7), "PDT")
UTC = dt.timezone.utc

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def rng_for(key):
    return random.Random("june-2027/" + key)


def rstr(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rstr(r, n, "0123456789abcdef")


def rb64(r, n):
    return rstr(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def ruuid(r, upper=True):
    h = rhex(r, 32)
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:32])
    return s.upper() if upper else s


# ---------------------------------------------------------------- dates
def d2822(d, pad=False, zone_comment=False):
    """RFC 5322 date. pad=True gives Postfix style 'Mon,  7 Jun'."""
    day = ("%2d" if pad else "%d") % d.day
    off = d.strftime("%z")
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], day, MONTHS[d.month - 1], d.year,
                                             d.hour, d.minute, d.second, off)
    if zone_comment:
        s += " (%s)" % d.tzname()
    return s


def d2822_0(d):
    """Date with two-digit day (Gmail's Received lines, Outlook)."""
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
                                                 d.hour, d.minute, d.second, d.strftime("%z"))


def t12(d, secs=False):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if secs:
        return "%d:%02d:%02d %s" % (h, d.minute, d.second, ap)
    return "%d:%02d %s" % (h, d.minute, ap)


# ---------------------------------------------------------------- header encoding
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(text, mode="B", charset="UTF-8", maxlen=75):
    """RFC 2047 encoded words, folded with CRLF SP when more than one is needed."""
    if is_ascii(text):
        return text
    words = []
    if mode == "B":
        chunk = ""
        for ch in text:
            trial = chunk + ch
            enc = base64.b64encode(trial.encode(charset)).decode()
            if len("=?%s?B?%s?=" % (charset, enc)) > maxlen:
                words.append(chunk)
                chunk = ch
            else:
                chunk = trial
        if chunk:
            words.append(chunk)
        out = ["=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode()) for w in words]
    else:
        out = []
        cur = ""
        prefix = "=?%s?Q?" % charset
        for ch in text:
            if ch == " ":
                e = "_"
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                e = ch
            else:
                e = "".join("=%02X" % b for b in ch.encode(charset))
            if len(prefix) + len(cur) + len(e) + 2 > maxlen:
                out.append(prefix + cur + "?=")
                cur = e
            else:
                cur += e
        if cur:
            out.append(prefix + cur + "?=")
    return "\r\n ".join(out)


def addr(name, email, mode="B", charset="UTF-8", quote_always=False):
    if not name:
        return email if not quote_always else "<%s>" % email
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, mode, charset), email)
    if quote_always or any(c in name for c in ',.;:@()[]"'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(value, width=76, indent="\t"):
    """Fold a long structured header at '; ' or spaces."""
    if len(value) <= width:
        return value
    parts = value.split(" ")
    lines, cur = [], ""
    for p in parts:
        if cur and len(cur) + 1 + len(p) > width:
            lines.append(cur)
            cur = p
        else:
            cur = (cur + " " + p) if cur else p
    lines.append(cur)
    return ("\r\n" + indent).join(lines)


def b64_folded(r, total, first=60, width=70):
    s = rb64(r, total)
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return "\r\n\t ".join(out)


# ---------------------------------------------------------------- body encodings
def qp_encode(text, charset="utf-8"):
    """Quoted-printable of text (\\n line ends) -> str with CRLF and soft breaks at 76."""
    out_lines = []
    for line in text.split("\n"):
        data = line.encode(charset)
        toks = []
        for i, b in enumerate(data):
            c = chr(b)
            last = i == len(data) - 1
            if b in (32, 9) and last:
                toks.append("=%02X" % b)
            elif b == 61 or b < 32 or b > 126:
                toks.append("=%02X" % b)
            else:
                toks.append(c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = t
            else:
                cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines)


def b64_encode(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def needs_qp(text):
    return (not is_ascii(text)) or any(len(l) > 76 for l in text.split("\n"))


class Part:
    """A MIME entity: headers (list of (name, value)) and an encoded body (bytes)."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\r\n" % (k, v)).encode("ascii")
        out += b"\r\n" + self.body
        return out


def leaf(ctype, text, cte=None, charset="utf-8", extra=None, ct_raw=None):
    """ctype like 'text/plain; charset="UTF-8"'. cte: None (7bit, no header), '7bit', '8bit',
    'quoted-printable', 'base64'. text may be str or bytes (bytes only for base64)."""
    if cte == "quoted-printable":
        body = qp_encode(text, charset).encode("ascii")
    elif cte == "base64":
        data = text if isinstance(text, bytes) else text.replace("\n", "\r\n").encode(charset)
        body = b64_encode(data).encode("ascii")
    elif cte == "8bit":
        body = crlf(text).encode(charset)
    else:
        body = crlf(text).encode("ascii")
    hdrs = [("Content-Type", ct_raw or ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, body)


def multipart(subtype, boundary, parts, ct_raw=None, preamble=None, extra=None, quote_boundary=True):
    b = ('"%s"' % boundary) if quote_boundary else boundary
    ct = ct_raw or "multipart/%s; boundary=%s" % (subtype, b)
    body = b""
    if preamble:
        body += crlf(preamble).encode("ascii") + b"\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    hdrs = [("Content-Type", ct)]
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, body)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- our receiving side
MAILBOXES = {"customercare": "customercare@alliant-energy.com",
             "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
MX_IP = {"mx1": "10.40.1.11", "mx2": "10.40.1.12"}


def queue_id(r):
    return "4" + rstr(r, 1, "VWXYZ") + rstr(r, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def our_chain(r, mailbox, env_from, arrive, outer_host, outer_ip, auth, tls="1.3", helo=None, mx=None,
              rcpt=None):
    """Headers added by mx1/mx2 and mbx01, top-down. auth: Authentication-Results value body."""
    mx = mx or r.choice(["mx1", "mx1", "mx2"])
    rcpt = rcpt or MAILBOXES[mailbox]
    t_mx = arrive
    t_mbx = arrive + dt.timedelta(seconds=r.choice([0, 1, 1, 2]))
    q1, q2 = queue_id(r), queue_id(r)
    h = [("Return-Path", "<%s>" % env_from if env_from else "<>"),
         ("X-Original-To", rcpt),
         ("Delivered-To", rcpt),
         ("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n\tby mbx01.alliant-energy.com"
                      " (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
          % (mx, mx, MX_IP[mx], q2, rcpt, d2822(t_mbx, pad=True, zone_comment=True))),
         ("Authentication-Results", "%s.alliant-energy.com;\r\n\t%s" % (mx, auth))]
    if tls == "1.3":
        tl = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519"
              " server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)")
    elif tls == "1.2":
        tl = ("\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t"
              "(No client certificate requested)")
    else:
        tl = ""
    via = "ESMTPS" if tls else "ESMTP"
    h.append(("Received", "from %s (%s [%s])%s\r\n\tby %s.alliant-energy.com (Postfix) with %s id %s\r\n\tfor <%s>; %s"
              % (helo or outer_host, outer_host, outer_ip, tl, mx, via, q1, rcpt,
                 d2822(t_mx, pad=True, zone_comment=True))))
    return h


def auth_pass(r, domain, env_from, ip, sel, mx="mx1", dmarc="pass", policy="none", spf="pass", dkim="pass"):
    parts = []
    if dkim:
        parts.append("dkim=%s (%s key) header.d=%s header.i=@%s header.s=%s header.b=%s"
                     % (dkim, "2048-bit" if dkim == "pass" else "1024-bit", domain, domain, sel, rstr(r, 8)))
    else:
        parts.append("dkim=none")
    if spf == "pass":
        parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender)"
                     " smtp.mailfrom=%s" % (mx, env_from, ip, env_from))
    elif spf == "none":
        parts.append("spf=none smtp.mailfrom=%s" % env_from.split("@")[-1] if env_from else "spf=none")
    else:
        parts.append("spf=%s (%s.alliant-energy.com: domain of %s does not designate %s as permitted sender)"
                     " smtp.mailfrom=%s" % (spf, mx, env_from, ip, env_from))
    if dmarc:
        parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, policy.upper(), domain))
    return ";\r\n\t".join(parts)


def dkim_sig(r, domain, sel, hlist, t, extra=""):
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s\r\n\tt=%d; h=%s;\r\n\tbh=%s=;\r\n\tb=%s"
            % (domain, sel, extra, int(t.timestamp()), hlist, rb64(r, 43), b64_folded(r, 342)))


def finish(chain, msg_headers, part):
    """Serialize: chain + provider/client headers + MIME headers of the top part + body."""
    out = b""
    for k, v in chain + msg_headers + part.headers:
        line = "%s: %s\r\n" % (k, v)
        out += line.encode("ascii")
    out += b"\r\n" + part.body
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out
