"""Shared helpers for the worldenglish set: dates, encodings, MIME pieces, our MX chain and the sending
providers' header blocks. Standard library only; every random choice goes through R(key), which is
seeded from SEED and a per-message key, so the output is byte-for-byte reproducible."""
import base64
import datetime as _dt
import hashlib
import html
import quopri
import random
import textwrap

SEED = 20270817
CDT = _dt.timezone(_dt.timedelta(hours=-5))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LONGDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONGMONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


def R(key):
    h = hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()
    return random.Random(int(h, 16))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def rb64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def ruuid(rng, upper=True):
    h = rhex(rng, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def parse_dt(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def tz(minutes):
    return _dt.timezone(_dt.timedelta(minutes=minutes))


def off(d):
    t = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if t >= 0 else "-"
    t = abs(t)
    return f"{sign}{t // 60:02d}{t % 60:02d}"


def rfc_date(d, pad=False, comment=None):
    day = f"{d.day:02d}" if pad else str(d.day)
    s = f"{DAYS[d.weekday()]}, {day} {MONS[d.month - 1]} {d.year} {d:%H:%M:%S} {off(d)}"
    if comment:
        s += f" ({comment})"
    return s


def postfix_date(d):
    """Postfix style: 'Tue,  3 Aug 2027 10:41:14 -0500 (CDT)' (day padded with a space)."""
    d = d.astimezone(CDT)
    return f"{DAYS[d.weekday()]}, {d.day:2d} {MONS[d.month - 1]} {d.year} {d:%H:%M:%S} -0500 (CDT)"


def qmail_date(d):
    d = d.astimezone(UTC)
    return f"{d.day} {MONS[d.month - 1]} {d.year} {d:%H:%M:%S} -0000"


def secs(d, n):
    return d + _dt.timedelta(seconds=n)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ----------------------------------------------------------------------------------------------------
# RFC 2047 encoded words
def _q_word(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c.isalnum() and byte < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def ew(s, charset="utf-8", mode="B", label=None, maxlen=75):
    """Encode s as one or more encoded words (separated by a fold) when it is not ASCII."""
    if is_ascii(s):
        return s
    label = label or charset.upper()
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        b = trial.encode(charset)
        enc = base64.b64encode(b).decode() if mode == "B" else _q_word(b)
        if len(f"=?{label}?{mode}?{enc}?=") > maxlen and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        enc = base64.b64encode(b).decode() if mode == "B" else _q_word(b)
        out.append(f"=?{label}?{mode}?{enc}?=")
    return "\n ".join(out)


def fmt_addr(name, addr, charset="utf-8", mode="B", label=None, always_quote=False):
    if not name:
        return addr
    if not is_ascii(name):
        return f"{ew(name, charset, mode, label)} <{addr}>"
    if always_quote or any(c in name for c in ',.()"@:;<>[]\\\''):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


# ----------------------------------------------------------------------------------------------------
# body encodings
def qp(text, charset="utf-8"):
    data = text.encode(charset)
    enc = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return enc


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def needs_qp(text, limit=76):
    return (not is_ascii(text)) or any(len(line) > limit for line in text.split("\n"))


def text_part(text, charset="utf-8", label=None, force=None, params="", limit=76):
    """Return (content-type value, cte or None, payload) for a text/plain part."""
    label = label or charset
    cte = force
    if cte is None:
        cte = "quoted-printable" if needs_qp(text, limit) else "7bit"
    payload = qp(text, charset) if cte == "quoted-printable" else (b64(text.encode(charset)) if cte == "base64" else text)
    return label, cte, payload


def part_lines(ct, cte, payload, extra=()):
    lines = [f"Content-Type: {ct}"]
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    lines.extend(extra)
    lines.append("")
    lines.append(payload.rstrip("\n"))
    return "\n".join(lines)


def multipart(boundary, parts, preamble=None, blank_before=True):
    out = []
    if preamble:
        out.append(preamble)
        out.append("")
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p)
        if blank_before:
            out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def esc(s):
    return html.escape(s, quote=False)


def flowed(text, width=72):
    """format=flowed wrapping (RFC 3676): soft line breaks end in a space."""
    out = []
    for line in text.split("\n"):
        prefix = ""
        body = line
        while body.startswith(">"):
            prefix += ">"
            body = body[1:]
        if prefix and body.startswith(" "):
            prefix += " "
            body = body[1:]
        if len(prefix) + len(body) <= width:
            out.append(prefix + body.rstrip(" "))
            continue
        words = body.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def fold_b64(s, first=0, width=70, indent="\t "):
    """Fold a long base64 value for a DKIM b= tag."""
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(chunks)


# ----------------------------------------------------------------------------------------------------
# the receiving side: our mx1/mx2 -> mbx01 chain
def qid(rng):
    return rhex(rng, rng.choice([10, 11, 12]), upper=True)


def our_chain(rng, mailbox, env_from, arrive, relay_host, relay_ip, auth, tls=True, helo=None):
    mx = rng.choice(["mx1", "mx2"])
    mxip = "10.40.8.11" if mx == "mx1" else "10.40.8.12"
    t_mx = arrive
    t_mbx = secs(arrive, rng.randint(1, 3))
    rcpt = f"{mailbox}@alliant-energy.com"
    tls_s = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)") if tls else ""
    helo_s = helo or relay_host
    h = [
        ("Return-Path", f"<{env_from}>"),
        ("Delivered-To", rcpt),
        ("Received", f"from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{mxip}])\n"
                     f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid(rng)}\n"
                     f"\tfor <{rcpt}>; {postfix_date(t_mbx)}"),
        ("Authentication-Results", f"{mx}.alliant-energy.com;\n\t" + auth.replace("@MX@", f"{mx}.alliant-energy.com")),
        ("Received", f"from {helo_s} ({relay_host} [{relay_ip}]){tls_s}\n"
                     + ("\t(No client certificate requested)\n" if tls else "")
                     + f"\tby {mx}.alliant-energy.com (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id {qid(rng)}\n"
                     f"\tfor <{rcpt}>; {postfix_date(t_mx)}"),
    ]
    return h


def auth_pass(d, sel, rng, mailfrom, ip, dmarc="pass (p=NONE sp=QUARANTINE dis=NONE)", bits=2048):
    return (f"dkim=pass ({bits}-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 "
            f"header.s={sel} header.b={ralnum(rng, 8)};\n"
            f"\tspf=pass (@MX@: domain of {mailfrom} designates {ip} as permitted sender) "
            f"smtp.mailfrom={mailfrom};\n"
            f"\tdmarc={dmarc} header.from={d}")


def dkim(rng, d, sel, t, h, x=None, extra=""):
    bh = rb64(rng, 32)
    b = rb64(rng, 256)
    xs = f" x={x};" if x else ""
    return (f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={sel}; t={t};{xs}{extra}\n"
            f"        h={h};\n        bh={bh};\n        b=" + fold_b64(b, indent="         "))


def ts(d):
    return int(d.timestamp())
