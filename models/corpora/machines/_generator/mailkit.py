"""Small mail-building kit for the `machines` corpus (standard library only).

Everything is written with "\n" in the sources; the serializer turns every line
ending into CRLF.  Header values may contain "\n\t" / "\n " for folding.
"""
import base64
import calendar
import datetime as _dt
import hashlib
import quopri
import random

# --------------------------------------------------------------------------- time

def D(s):
    """'2026-03-10 14:02:11' (UTC) -> naive UTC datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def plus(dt, seconds=0, minutes=0, hours=0, days=0):
    return dt + _dt.timedelta(seconds=seconds, minutes=minutes, hours=hours, days=days)


def _nth_sunday(year, month, n):
    d = _dt.datetime(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def _last_sunday(year, month):
    d = _dt.datetime(year, month + 1, 1) - _dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _us_is_dst(utc, std):
    y = utc.year
    start = _nth_sunday(y, 3, 2).replace(hour=2) - _dt.timedelta(hours=std)
    end = _nth_sunday(y, 11, 1).replace(hour=2) - _dt.timedelta(hours=std + 1)
    return start <= utc < end


def _eu_is_dst(utc):
    y = utc.year
    return _last_sunday(y, 3).replace(hour=1) <= utc < _last_sunday(y, 10).replace(hour=1)


US = {"CT": (-6, "CST", "CDT"), "ET": (-5, "EST", "EDT"),
      "MT": (-7, "MST", "MDT"), "PT": (-8, "PST", "PDT")}


def offset(utc, zone):
    """Return (minutes east of UTC, abbreviation) for zone."""
    if zone in US:
        std, a, b = US[zone]
        if _us_is_dst(utc, std):
            return (std + 1) * 60, b
        return std * 60, a
    if zone == "CET":
        return (120, "CEST") if _eu_is_dst(utc) else (60, "CET")
    if zone in ("UTC", "GMT", "-0000"):
        return 0, "UTC"
    if zone == "MX":
        return -360, "CST"
    if zone.startswith(("+", "-")):
        sign = 1 if zone[0] == "+" else -1
        return sign * (int(zone[1:3]) * 60 + int(zone[3:5])), ""
    raise ValueError(zone)


def rfc_date(utc, zone="CT", abbr=False, weekday=True, pad=True, neg_zero=False):
    mins, ab = offset(utc, zone)
    local = utc + _dt.timedelta(minutes=mins)
    sign = "+" if mins >= 0 else "-"
    if neg_zero or zone == "-0000":
        sign = "-"
    off = "%s%02d%02d" % (sign, abs(mins) // 60, abs(mins) % 60)
    if pad == " ":
        day = "%2d" % local.day
    else:
        day = ("%02d" % local.day) if pad else str(local.day)
    s = "%s %s %s %s" % (day, local.strftime("%b"), local.year, local.strftime("%H:%M:%S"))
    if weekday:
        s = local.strftime("%a, ") + s
    s += " " + off
    if abbr and ab:
        s += " (%s)" % ab
    return s


def local(utc, zone):
    mins, _ = offset(utc, zone)
    return utc + _dt.timedelta(minutes=mins)


def epoch(utc):
    return calendar.timegm(utc.timetuple())


# --------------------------------------------------------------------------- randomness

class Ctx:
    """Deterministic random helpers; one per message, seeded by its key."""

    def __init__(self, key):
        self.key = key
        self.rng = random.Random("machines:" + key)

    def pick(self, seq):
        return self.rng.choice(seq)

    def num(self, a, b):
        return self.rng.randint(a, b)

    def chars(self, n, alphabet):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        s = self.chars(n, "0123456789abcdef")
        return s.upper() if upper else s

    def alnum(self, n):
        return self.chars(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def b64(self, n):
        return self.chars(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    def b64url(self, n):
        return self.chars(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def digits(self, n):
        return self.chars(n, "0123456789")

    def uuid(self, upper=False):
        h = self.hex(32, upper)
        v = self.pick("89ab")
        v = v.upper() if upper else v
        return "-".join([h[:8], h[8:12], "4" + h[13:16], v + h[17:20], h[20:]])

    def pf_qid(self):
        """Postfix long queue id, e.g. 4dK2vQ1xZsz9sWq"""
        return "4d" + self.chars(1, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + \
            self.chars(12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")

    def pf_short(self):
        return self.hex(10, upper=True)

    def exim_id(self):
        a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        return "1w" + self.chars(4, a) + "-" + self.chars(6, a) + "-" + self.chars(2, a)

    def dkim_b(self, lines=4, width=64):
        return "\n\t ".join(self.b64(width) for _ in range(lines - 1)) + "\n\t " + self.b64(width - 20) + "=="

    def bh(self):
        return self.b64(43) + "="


# --------------------------------------------------------------------------- encodings

def rfc2047(s, charset="utf-8", enc="B"):
    raw = s.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def qp_encode(data):
    """data: bytes with \n line endings -> QP bytes with \n line endings."""
    return quopri.encodestring(data)


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def crlf(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    b = b.replace(b"\r\n", b"\n")
    assert b"\r" not in b
    return b.replace(b"\n", b"\r\n")


# --------------------------------------------------------------------------- MIME parts

class Leaf:
    def __init__(self, ctype="text/plain", text="", charset="utf-8", cte="7bit", params="",
                 ct=None, headers=None, data=None, bare=False, cte_header=True, lead=None):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.params, self.ct, self.headers = params, ct, headers or []
        self.data, self.bare, self.cte_header, self.lead = data, bare, cte_header, lead

    def content_headers(self):
        if self.bare:
            return list(self.headers)
        ct = self.ct
        if ct is None:
            ct = self.ctype
            if self.charset and self.data is None:
                ct += '; charset="%s"' % self.charset
            ct += self.params
        hs = []
        if self.lead:
            hs.extend(self.lead)
        hs.append(("Content-Type", ct))
        if self.cte_header and self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        hs.extend(self.headers)
        return hs

    def body(self):
        if self.data is not None:
            raw = self.data
        else:
            text = self.text.replace("\r\n", "\n")
            raw = text.encode(self.charset or "utf-8")
        cte = (self.cte or "7bit").lower()
        if cte == "base64":
            if self.data is None:
                raw = raw.replace(b"\n", b"\r\n")
            return crlf(b64_lines(raw))
        if cte == "quoted-printable":
            return crlf(qp_encode(raw))
        return crlf(raw)


class Multi:
    def __init__(self, subtype, parts, boundary, params="", ct=None, preamble=None,
                 epilogue="", headers=None, quote_boundary=True, lead=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.ct, self.preamble, self.epilogue = params, ct, preamble, epilogue
        self.headers, self.quote_boundary, self.lead = headers or [], quote_boundary, lead

    def content_headers(self):
        ct = self.ct
        if ct is None:
            b = ('"%s"' % self.boundary) if self.quote_boundary else self.boundary
            ct = "multipart/%s;%s boundary=%s" % (self.subtype, self.params, b)
        hs = list(self.lead or [])
        hs.append(("Content-Type", ct))
        hs.extend(self.headers)
        return hs

    def body(self):
        out = b""
        if self.preamble is not None:
            out += crlf(self.preamble) + b"\r\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\r\n"
            out += serialize_headers(p.content_headers()) + b"\r\n" + p.body()
            if not out.endswith(b"\r\n"):
                out += b"\r\n"
        out += b"--" + self.boundary.encode() + b"--\r\n"
        if self.epilogue:
            out += crlf(self.epilogue)
        return out


class Embedded:
    """message/rfc822 (or any ctype) carrying raw CRLF bytes."""

    def __init__(self, raw, ctype="message/rfc822", headers=None, lead=None, ct=None):
        self.raw, self.ctype, self.headers, self.lead, self.ct = raw, ctype, headers or [], lead, ct

    def content_headers(self):
        hs = list(self.lead or [])
        hs.append(("Content-Type", self.ct or self.ctype))
        hs.extend(self.headers)
        return hs

    def body(self):
        return self.raw if self.raw.endswith(b"\r\n") else self.raw + b"\r\n"


def serialize_headers(hs):
    out = b""
    for name, value in hs:
        line = "%s: %s" % (name, value) if value != "" else "%s:" % name
        if value is not None and value.startswith("\n"):
            line = "%s:%s" % (name, value)
        out += crlf(line.encode("utf-8") + b"\n")
    return out


def message(headers, part):
    """headers: list of (name, value); a ("*", None) entry marks where the
    Content-* headers of part go (else they are appended)."""
    ch = part.content_headers()
    hs = []
    placed = False
    for h in headers:
        if h[0] == "*":
            hs.extend(ch)
            placed = True
        else:
            hs.append(h)
    if not placed:
        hs.extend(ch)
    return serialize_headers(hs) + b"\r\n" + part.body()


def header_block(raw):
    i = raw.find(b"\r\n\r\n")
    return raw[:i + 2]


def body_of(raw):
    i = raw.find(b"\r\n\r\n")
    return raw[i + 4:]


def strip_envelope(raw, names=("Return-Path", "Delivered-To")):
    """Drop leading Return-Path/Delivered-To lines (as a returned copy would lack them)."""
    lines = raw.split(b"\r\n")
    while lines and any(lines[0].lower().startswith(n.lower().encode() + b":") for n in names):
        lines.pop(0)
    return b"\r\n".join(lines)


# --------------------------------------------------------------------------- text helpers

def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            out.append(prefix.rstrip() + line)
        elif line == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out) + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, wrap="div"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<%s>%s</%s>" % (wrap, "<br>\n".join(html_escape(l) for l in p.split("\n")), wrap))
    return "\n".join(out)


def wrap_html_lines(html, width=900):
    """Keep every line comfortably under 998 octets."""
    out = []
    for line in html.split("\n"):
        while len(line.encode("utf-8")) > width:
            cut = line.rfind(" ", 0, width // 2)
            if cut <= 0:
                cut = width // 2
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- inbound transport

MBX = "mbx01.alliant-energy.com"
MX_IP = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}

MAILBOXES = {"customercare": "customercare@alliant-energy.com",
             "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def tls_clause(ver="TLSv1.3"):
    if ver == "TLSv1.3":
        return ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                "\t(No client certificate requested)")
    if ver == "TLSv1.2":
        return ("\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                "\t(No client certificate requested)")
    return ""


def inbound(ctx, mailbox, dt, env_from, helo, ip, rdns=None, tls="TLSv1.3", mx="mx1",
            auth=None, spam=False, score=None, action=None):
    """Headers added by our side: Return-Path .. Received(mx).

    auth: string(s) for Authentication-Results after the authserv-id, joined
    with ";\n\t". None -> 'none'."""
    rcpt = MAILBOXES[mailbox]
    mxhost = "%s.alliant-energy.com" % mx
    rdns = rdns if rdns is not None else helo
    q1, q2 = ctx.pf_qid(), ctx.pf_qid()
    hs = [("Return-Path", "<%s>" % env_from), ("Delivered-To", rcpt)]
    hs.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
               % (mxhost, mxhost, MX_IP[mx], MBX, q1, rcpt, rfc_date(plus(dt, seconds=1), "CT", abbr=True, pad=" "))))
    hs.append(("X-Rspamd-Server", mx))
    hs.append(("X-Rspamd-Queue-Id", q2))
    if score is None:
        score = ctx.pick(["-0.10", "-1.20", "0.40", "-2.90", "1.10", "-0.50", "2.30"])
    hs.append(("X-Spamd-Result", "default: %s [%s / 15.00]" % ("True" if spam else "False", score)))
    if spam:
        hs.append(("X-Spam", "Yes"))
    hs.append(("X-Rspamd-Action", action or ("add header" if spam else "no action")))
    if auth is None:
        auth = ["dkim=none", "spf=none (%s: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s"
                % (mxhost, env_from or "postmaster@" + helo, ip, env_from or helo), "dmarc=none"]
    if isinstance(auth, str):
        auth = [auth]
    hs.append(("Authentication-Results", "%s;\n\t%s" % (mxhost, ";\n\t".join(auth))))
    client = "%s (%s [%s])" % (helo, rdns, ip)
    if tls:
        rcv = "from %s%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            client, tls_clause(tls), mxhost, q2, rcpt, rfc_date(dt, "CT", abbr=True, pad=" "))
    else:
        rcv = "from %s\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            client, mxhost, q2, rcpt, rfc_date(dt, "CT", abbr=True, pad=" "))
    hs.append(("Received", rcv))
    return hs


def a_pass(ctx, domain, env_from, ip, selector, mx="mx1", dmarc_policy="none", dkim=True, spf="pass"):
    mxhost = "%s.alliant-energy.com" % mx
    out = []
    if dkim:
        out.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (domain, selector, ctx.alnum(8)))
    else:
        out.append("dkim=none")
    envdom = env_from.split("@")[-1] if env_from else domain
    if spf == "pass":
        out.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                   % (mxhost, env_from or "postmaster@" + envdom, ip, env_from or envdom))
    elif spf == "softfail":
        out.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                   % (mxhost, env_from, ip, env_from))
    elif spf == "none":
        out.append("spf=none (%s: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s"
                   % (mxhost, env_from or "postmaster@" + envdom, ip, env_from or envdom))
    else:
        out.append(spf)
    if dmarc_policy:
        out.append("dmarc=pass (policy=%s) header.from=%s" % (dmarc_policy, domain))
    return out


def internal_bounce_transport(ctx, mailbox, dt, helo="mail.alliant-energy.com", ip="10.40.2.31"):
    """A bounce generated by our own outbound relay: <> sender, internal hop, no DKIM."""
    rcpt = MAILBOXES[mailbox]
    q1, q2 = ctx.pf_qid(), ctx.pf_qid()
    return [("Return-Path", "<>"), ("Delivered-To", rcpt),
            ("Received", "from mx1.alliant-energy.com (mx1.alliant-energy.com [10.40.2.11])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (MBX, q1, rcpt, rfc_date(plus(dt, seconds=1), "CT", abbr=True, pad=" "))),
            ("X-Rspamd-Server", "mx1"), ("X-Rspamd-Queue-Id", q2),
            ("X-Rspamd-Action", "no action"),
            ("Authentication-Results", "mx1.alliant-energy.com; none"),
            ("Received", "from %s (%s [%s])\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (helo, helo, ip, q2, rcpt, rfc_date(dt, "CT", abbr=True, pad=" ")))]
