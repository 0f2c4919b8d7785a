"""MIME and header machinery for the `storms` set (standard library only).

Everything is deterministic: identifiers are derived from a hash of the message key and the
fixed seed, never from the clock or from global random state.
"""
import base64
import datetime
import hashlib
import html
import quopri
import textwrap

SEED = "storms-2026-07-derecho"

CDT = datetime.timezone(datetime.timedelta(hours=-5))
PDT = datetime.timezone(datetime.timedelta(hours=-7))
EDT = datetime.timezone(datetime.timedelta(hours=-4))
UTC = datetime.timezone.utc

B36 = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DIG = "0123456789"
PFX = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"


def tok(key, n, alpha=B36):
    """n characters from alpha, derived from key and the seed."""
    out = []
    i = 0
    while len(out) < n:
        h = hashlib.sha256(f"{SEED}|{key}|{i}".encode()).digest()
        for b in h:
            out.append(alpha[b % len(alpha)])
            if len(out) == n:
                break
        i += 1
    return "".join(out)


def T(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CDT)


def rfcdate(dt, tz=CDT, comment=None, pad=True):
    d = dt.astimezone(tz)
    day = d.strftime("%d") if pad else str(d.day)
    s = d.strftime("%a, ") + day + d.strftime(" %b %Y %H:%M:%S %z")
    if comment:
        s += f" ({comment})"
    return s


def sec(dt, n):
    return dt + datetime.timedelta(seconds=n)


def epoch(dt):
    return int(dt.timestamp())


def uuid_like(key, upper=True):
    h = tok(key, 32, UHEX if upper else HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89AB'[int(h[16], 16) % 4] if upper else '89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def qid(key):
    return "4b" + tok("qid" + key, 11, PFX)


def fake_b64(key, n):
    return tok("b64" + key, n, B64)


def fold_b64(label, value, width=70):
    """fold a long base64-ish value onto tab-indented continuation lines."""
    lines = [value[i:i + width] for i in range(0, len(value), width)]
    return f"{label}" + "\n\t ".join(lines)


# ---------------------------------------------------------------- envelopes

MX_IP = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}


def envelope(box, mail_from, dt, helo, rdns, ip, auth, key, mx="mx1"):
    """Return-Path .. Received(mx) : what our own Postfix hosts add on delivery."""
    rcpt = f"{box}@alliant-energy.com"
    rp = f"<{mail_from}>" if mail_from else "<>"
    lines = [
        f"Return-Path: {rp}",
        f"Delivered-To: {rcpt}",
        f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{MX_IP[mx]}])\n"
        f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid(key + 'mbx')}\n"
        f"\tfor <{rcpt}>; {rfcdate(sec(dt, 3), CDT, 'CDT')}",
        f"Authentication-Results: {mx}.alliant-energy.com;\n\t" + auth,
        f"Received: from {helo} ({rdns} [{ip}])\n"
        f"\tby {mx}.alliant-energy.com (Postfix) with ESMTPS id {qid(key + 'mx')}\n"
        f"\tfor <{rcpt}>; {rfcdate(sec(dt, 2), CDT, 'CDT')}",
    ]
    return lines


def auth_pass(domain, mail_from, key, bits="2048"):
    return (f"dkim=pass ({bits}-bit key; unprotected) header.d={domain} header.i=@{domain} "
            f"header.b=\"{tok('hb' + key, 8, B64[:62])}\";\n"
            f"\tdmarc=pass (p=none dis=none) header.from={domain};\n"
            f"\tspf=pass (mx: domain of {mail_from} designates sender as permitted sender) "
            f"smtp.mailfrom={mail_from}")


def auth_custom(text):
    return text


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers    # list of str
        self.body = body          # bytes, "\n" line ends


def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", ct_extra="",
              quote_charset=True, cte_header=True):
    cs = f'"{charset}"' if quote_charset else charset
    h = [f"Content-Type: text/{subtype}; charset={cs}{ct_extra}"]
    if cte_header:
        h.append(f"Content-Transfer-Encoding: {cte}")
    return Part(h, enc_body(text, charset, cte))


def binary_part(data, ctype, filename, disposition="attachment", extra=None):
    b = base64.b64encode(data).decode()
    body = ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    h = [f'Content-Type: {ctype}; name="{filename}"',
         f'Content-Disposition: {disposition}; filename="{filename}"',
         "Content-Transfer-Encoding: base64"]
    if extra:
        h.extend(extra)
    return Part(h, body)


def raw_part(headers, text, charset="us-ascii"):
    t = text.encode(charset)
    return Part(headers, t if t.endswith(b"\n") else t + b"\n")


def multipart(subtype, boundary, parts, params="", preamble=None, gap=True):
    h = [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"']
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for i, p in enumerate(parts):
        if i and gap:
            out += b"\n"
        out += b"--" + boundary.encode() + b"\n"
        out += "\n".join(p.headers).encode() + b"\n\n" + p.body
    if gap:
        out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part(h, out)


def assemble(header_lines, part, mime_version="MIME-Version: 1.0", ct_first=False):
    """header_lines may contain the marker '@MIME' where the MIME headers go."""
    hdr = []
    placed = False
    for line in header_lines:
        if line == "@MIME":
            if mime_version:
                hdr.append(mime_version)
            hdr.extend(part.headers)
            placed = True
        else:
            hdr.append(line)
    if not placed:
        if mime_version:
            hdr.append(mime_version)
        hdr.extend(part.headers)
    data = "\n".join(hdr).encode("ascii") + b"\n\n" + part.body
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- text helpers

def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def esc(s):
    return html.escape(s, quote=False)


def html_lines(text, tag="div", empty="<br>"):
    out = []
    for l in text.split("\n"):
        out.append(f"<{tag}>{esc(l) if l else empty}</{tag}>")
    return "\n".join(out)


def html_paras(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    return "\n".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)


def encw(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded-word."""
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(s.encode(charset)).decode()}?="
    q = ""
    for ch in s.encode(charset):
        c = chr(ch)
        if c == " ":
            q += "_"
        elif c.isalnum() and ch < 128:
            q += c
        else:
            q += f"={ch:02X}"
    return f"=?{charset}?Q?{q}?="


def needs_enc(s):
    return any(ord(c) > 127 for c in s)


def hdr_name(name, addr, charset="utf-8", enc="B", quote=False):
    if not name:
        return addr
    if needs_enc(name):
        return f"{encw(name, charset, enc)} <{addr}>"
    if quote or any(c in name for c in ",.;:()"):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def hdr_subject(s, charset="utf-8", enc="Q"):
    if needs_enc(s):
        return encw(s, charset, enc)
    return s
