"""Low-level helpers for the July 2027 set: random ids, dates, encodings, transport chains.

Everything random goes through lib.R, seeded once, so build.py reproduces every byte.
"""
import base64
import datetime as dt
import html as _html
import quopri
import random
import string
import uuid

R = random.Random(27070619)

ALNUM = string.ascii_letters + string.digits


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


CDT = tz(-5)
UTC = dt.timezone.utc
TZNAME = {-4: "EDT", -5: "CDT", -6: "MDT", -7: "PDT", 0: "UTC"}


def reseed(key):
    """Per-message sub-seed so that editing one message does not shift every other one."""
    R.seed("july-2027:" + key)


def rstr(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def rhex(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rb64(n):
    return rstr(n, ALNUM + "+/")


def ruuid(upper=False):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


def qid():
    return "4" + rstr(1, "BCDFGHJKLMNPQRSTVWXYZ") + rstr(13, ALNUM)


DOW = "Mon Tue Wed Thu Fri Sat Sun".split()
DOWF = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONF = ("January February March April May June July August September October "
        "November December").split()
DOW_ES = "lun mar mié jue vie sáb dom".split()
DOWF_ES = "lunes martes miércoles jueves viernes sábado domingo".split()
MONF_ES = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre "
           "noviembre diciembre").split()


def offs(d):
    m = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def d822(d, pad="0", zname=None):
    day = {"0": f"{d.day:02d}", "": str(d.day), " ": f"{d.day:2d}"}[pad]
    s = f"{DOW[d.weekday()]}, {day} {MON[d.month - 1]} {d.year} {d:%H:%M:%S} {offs(d)}"
    if zname:
        s += f" ({zname})"
    return s


def zname(d):
    return TZNAME.get(int(d.utcoffset().total_seconds() // 3600), "UTC")


def pfdate(d):
    d = d.astimezone(CDT)
    return d822(d, " ", "CDT")


def h12(d):
    return f"{(d.hour % 12) or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- encodings

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def q_word(s, charset="utf-8", maxlen=75):
    """RFC 2047 Q-encoding, split into encoded-words no longer than maxlen."""
    pre = f"=?{charset.upper() if charset == 'utf-8' else charset}?Q?"
    words, cur = [], ""
    for ch in s:
        bs = ch.encode(charset)
        if ch == " ":
            enc = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            enc = ch
        else:
            enc = "".join(f"={b:02X}" for b in bs)
        if len(pre) + len(cur) + len(enc) + 2 > maxlen:
            words.append(pre + cur + "?=")
            cur = ""
        cur += enc
    words.append(pre + cur + "?=")
    return "\n ".join(words)


def b_word(s, charset="utf-8"):
    raw = s.encode(charset)
    out, i = [], 0
    while i < len(raw):
        chunk = raw[i:i + 42]
        # do not split inside a UTF-8 sequence
        while charset == "utf-8" and i + len(chunk) < len(raw) and (raw[i + len(chunk)] & 0xC0) == 0x80:
            chunk = chunk[:-1]
        out.append(f"=?{charset}?B?{base64.b64encode(chunk).decode()}?=")
        i += len(chunk)
    return "\n ".join(out)


def hdr_text(s, style="q", charset="utf-8"):
    if is_ascii(s):
        return s
    return q_word(s, charset) if style == "q" else b_word(s, charset)


def addr(name, address, style="q", quote_always=False):
    if not name:
        return address if not quote_always else f"<{address}>"
    if not is_ascii(name):
        return f"{hdr_text(name, style)} <{address}>"
    if quote_always or any(c in name for c in ',.@()<>;:"[]'):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def esc(s):
    return _html.escape(s, quote=False)


def fold_b64(s, width, indent):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def max_line(s):
    return max((len(x) for x in s.split("\n")), default=0)


def auto_cte(text, charset="utf-8", limit=76):
    if is_ascii(text) and max_line(text) <= limit:
        return None, text
    return "quoted-printable", qp(text, charset)


def leaf(ctype, text, charset="utf-8", cte="auto", extra=(), ctype_params=None, quote_charset=True):
    """One MIME leaf as text ('\\n' line ends). Returns headers + blank line + body + '\\n'."""
    if not text.endswith("\n"):
        text += "\n"
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"Content-Type: {ctype}; charset={cs}"
    if ctype_params:
        ct += "; " + ctype_params
    if cte == "auto":
        cte, body = auto_cte(text, charset)
    elif cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    elif cte in ("7bit", "8bit", None):
        body = text
    else:
        raise ValueError(cte)
    hs = [ct]
    if cte:
        hs.append(f"Content-Transfer-Encoding: {cte}")
    hs.extend(extra)
    return "\n".join(hs) + "\n\n" + body


def multipart(subtype, boundary, parts, preamble=None, params=""):
    """Returns (content_type_header_value, body)."""
    body = ""
    if preamble:
        body += preamble + "\n"
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        body += f"\n--{boundary}\n" + p if body else f"--{boundary}\n" + p
    body += f"\n--{boundary}--\n"
    ct = f'multipart/{subtype}; boundary="{boundary}"' + (f"; {params}" if params else "")
    return ct, body


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def lines_html(text, tag="div", empty="<br>", attrs=""):
    out = []
    for l in text.split("\n"):
        out.append(f"<{tag}{attrs}>{esc(l) if l else empty}</{tag}>")
    return "\n".join(out)


def br_html(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


# ---------------------------------------------------------------- transport

MXIP = {"mx1": "10.40.8.21", "mx2": "10.40.8.22"}


def dkim_header(d, s, h, t, indent="        ", extra="", blen=344):
    bh = rb64(43) + "="
    b = rb64(blen) + "=="
    w = 70
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n{indent}d={d}; s={s}; t={t};{extra}\n"
            f"{indent}h={h};\n{indent}bh={bh};\n{indent}b=" + fold_b64(b, w, indent + "  "))


def our_chain(mailbox, env_from, when, relay_host, relay_ip, auth, tls=True, mx=None):
    """Headers added by mx1/mx2 and mbx01 (top of the message). Returns (lines, arrival time)."""
    mx = mx or R.choice(["mx1", "mx2"])
    if callable(auth):
        auth = auth(mx)
    t_mx = when + dt.timedelta(seconds=R.randint(1, 6))
    t_mbx = t_mx + dt.timedelta(seconds=R.randint(0, 2))
    rcpt = f"{mailbox}@alliant-energy.com"
    rp = "<>" if env_from in ("", "<>") else f"<{env_from}>"
    out = [f"Return-Path: {rp}", f"Delivered-To: {rcpt}",
           f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{MXIP[mx]}])\n"
           f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid()}\n"
           f"\tfor <{rcpt}>; {pfdate(t_mbx)}",
           f"Authentication-Results: {mx}.alliant-energy.com;\n\t" + ";\n\t".join(auth)]
    tls_s = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)\n") if tls else ""
    out.append(f"Received: from {relay_host} ({relay_host} [{relay_ip}])\n{tls_s}"
               f"\tby {mx}.alliant-energy.com (Postfix) with ESMTP{'S' if tls else ''} id {qid()}\n"
               f"\tfor <{rcpt}>; {pfdate(t_mx)}")
    return out, t_mbx, mx


def auth_std(mx, dom, env_from, ip, selector, dkim="pass", spf="pass", dmarc="pass", policy="none"):
    res = []
    if dkim:
        res.append(f"dkim={dkim} (2048-bit key; unprotected) header.d={dom} header.i=@{dom} "
                   f"header.a=rsa-sha256 header.s={selector} header.b={rstr(8)}")
    if spf == "pass":
        res.append(f"spf=pass ({mx}.alliant-energy.com: domain of {env_from} designates {ip} as "
                   f"permitted sender) smtp.mailfrom={env_from}")
    elif spf == "none":
        res.append(f"spf=none ({mx}.alliant-energy.com: {env_from or 'postmaster@' + dom} "
                   f"does not designate permitted sender hosts) smtp.mailfrom={env_from or dom}")
    else:
        res.append(f"spf={spf} ({mx}.alliant-energy.com: domain of {env_from} does not designate "
                   f"{ip} as permitted sender) smtp.mailfrom={env_from}")
    if dmarc:
        res.append(f"dmarc={dmarc} (p={policy} dis=none) header.from={dom}")
    return res
