"""Byte-level assembly of the set's messages: mail programs, providers, our own mail that people answer.

Everything random comes from one seeded random.Random handed in by build.py, so a rebuild is byte-identical.
"""

from __future__ import annotations

import base64
import email.utils
import html
import quopri
import random
import textwrap
from datetime import datetime, timedelta, timezone

CRLF = "\r\n"
OUR_DOMAIN = "alliant-energy.com"
MAILBOX_ADDR = {"customercare": "customercare@alliant-energy.com",
                "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


# ----------------------------------------------------------------------------------------------- encodings
def to_lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def qp_bytes(data: bytes) -> str:
    """Quoted-printable of LF-ended bytes, returned with CRLF line ends (soft breaks at 76)."""
    enc = quopri.encodestring(data, quotetabs=False, header=False).decode("ascii")
    return enc.replace("\n", CRLF)


def b64_bytes(data: bytes, width: int = 76) -> str:
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) + CRLF


def is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s: str, charset: str = "utf-8", mode: str = "B") -> str:
    """An RFC 2047 encoded word (or several, folded) when s is not ASCII."""
    if is_ascii(s):
        return s
    raw = s.encode(charset)
    cs = charset.upper() if charset.lower() == "utf-8" else charset
    words = []
    if mode == "B":
        chunk = []
        for ch in s:
            trial = "".join(chunk + [ch]).encode(charset)
            if len(base64.b64encode(trial)) > 44:
                words.append("".join(chunk))
                chunk = [ch]
            else:
                chunk.append(ch)
        if chunk:
            words.append("".join(chunk))
        return (CRLF + " ").join(f"=?{cs}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)
    # never split inside a multi-byte sequence: re-split on character boundaries instead
    out, cur = [], ""
    for ch in s:
        enc = "".join("_" if b == 0x20 else (chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else "=%02X" % b)
                      for b in ch.encode(charset))
        if len(cur) + len(enc) > 40:
            out.append(cur)
            cur = ""
        cur += enc
    if cur:
        out.append(cur)
    return (CRLF + " ").join(f"=?{cs}?Q?{w}?=" for w in out)


def addr(name: str | None, address: str, charset: str = "utf-8", mode: str = "B") -> str:
    if not name:
        return address
    if not is_ascii(name):
        return f"{ew(name, charset, mode)} <{address}>"
    if any(c in name for c in ',.;:()[]"@<>\\'):
        return '"' + name.replace('\\', '\\\\').replace('"', '\\"') + f'" <{address}>'
    return f"{name} <{address}>"


def fold(name: str, value: str) -> str:
    """Fold a long structured header at ', ' and '; ' boundaries (values already contain CRLF folds are kept)."""
    line = f"{name}: {value}"
    if len(line) <= 78 or CRLF in value:
        return line
    parts, out, cur = [], [], f"{name}:"
    tokens = value.split(" ")
    for tok in tokens:
        if len(cur) + 1 + len(tok) > 76 and cur.strip() != f"{name}:":
            out.append(cur)
            cur = "\t" + tok if name.startswith("Received") or name == "Authentication-Results" else " " + tok
        else:
            cur += " " + tok
    out.append(cur)
    return CRLF.join(out)


def date_hdr(dt: datetime, style: str = "plain") -> str:
    """Date header as the program writes it (day without zero padding, as most do)."""
    if style in ("outlook", "utc"):
        dt = dt.astimezone(timezone.utc)
    s = dt.strftime("%a, ") + str(dt.day) + dt.strftime(" %b %Y %H:%M:%S ")
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    s += f"{sign}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"
    if style == "utc":
        s += " (UTC)"
    return s



def rfc_date(dt: datetime) -> str:
    return email.utils.format_datetime(dt)


# ----------------------------------------------------------------------------------------------- text shapes
def crlf_text(text: str) -> str:
    return to_lf(text).replace("\n", CRLF)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines are soft-broken with a trailing space; quoted lines keep their '>'."""
    out = []
    for line in to_lf(text).split("\n"):
        if line.startswith(">"):
            depth = len(line) - len(line.lstrip(">"))
            prefix = ">" * depth
            content = line[depth:].lstrip(" ")
            pre = prefix + " "
        else:
            pre, content = "", line
        if content.startswith(("From ", " ")) or (content == "" and not pre):
            if content.startswith("From "):
                content = " " + content
        if len(pre + content) <= width or " " not in content:
            out.append((pre + content).rstrip(" ") if content.strip() else pre.rstrip())
            continue
        words = content.split(" ")
        cur = ""
        pieces = []
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        pieces.append(cur)
        out.extend(pre + p for p in pieces)
    return "\n".join(out)


def text_to_html_lines(text: str) -> list[str]:
    return [html.escape(l, quote=False) for l in to_lf(text).split("\n")]


def split_quote(text: str) -> tuple[str, str]:
    """Split a reply's text into the new part and the quoted part at the marker line '@@QUOTE@@'."""
    if "@@QUOTE@@" in text:
        a, b = text.split("@@QUOTE@@", 1)
        return a.rstrip("\n") + "\n", b.lstrip("\n")
    return text, ""


# ----------------------------------------------------------------------------------------------- html per program
def html_gmail(new: str, quote_head: str = "", quoted: str = "") -> str:
    lines = text_to_html_lines(new.rstrip("\n"))
    body = "<div dir=\"ltr\">" + "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in lines) + "</div>"
    if quote_head:
        q = "<br>".join(text_to_html_lines(quoted.rstrip("\n")))
        body += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                 f"{html.escape(quote_head)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
                 f"0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return body + "\n"


def html_outlook(new: str, quoted_block: str = "", charset: str = "utf-8") -> str:
    paras = "".join(f"<p class=\"MsoNormal\">{l if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n"
                    for l in text_to_html_lines(new.rstrip("\n")))
    q = ""
    if quoted_block:
        q = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in\">\n"
             + "".join(f"<p class=\"MsoNormal\">{l if l else '&nbsp;'}<o:p></o:p></p>\n"
                       for l in text_to_html_lines(quoted_block.rstrip("\n"))) + "</div>\n")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=" + charset + "\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
            "--></style>\n</head>\n<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n" + paras + q + "</div>\n</body>\n</html>\n")


def html_plainish(new: str, quoted: str = "", quote_head: str = "", style: str = "yahoo") -> str:
    lines = text_to_html_lines(new.rstrip("\n"))
    if style == "yahoo":
        body = ("<html><head></head><body><div class=\"ydp1c2a3b4 yahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
                "Helvetica, Arial, sans-serif;font-size:16px;\"><div dir=\"ltr\" data-setdir=\"false\">"
                + "".join(f"<div>{l if l else '<br>'}</div>" for l in lines) + "</div></div>")
        if quote_head:
            body += ("<div id=\"yahoo_quoted\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue', "
                     f"Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\"><div>{html.escape(quote_head)}</div>"
                     "<div><br></div><div><br></div><div>" + "<br>".join(text_to_html_lines(quoted.rstrip("\n")))
                     + "</div></div></div>")
        return body + "</body></html>\n"
    if style == "apple":
        body = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body "
                "style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
                + "".join(f"{l}<br>" if l else "<div><br></div>" for l in lines))
        if quote_head:
            body += ("<div><br><blockquote type=\"cite\"><div>" + html.escape(quote_head) + "</div><br>"
                     + "<br>".join(text_to_html_lines(quoted.rstrip("\n"))) + "</blockquote></div>")
        return body + "</body></html>\n"
    if style == "samsung":
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body "
                "dir=\"auto\">" + "".join(f"<div dir=\"auto\">{l if l else '<br>'}</div>" for l in lines)
                + ("<div dir=\"auto\"><br></div><div><br></div><div class=\"quote\" style=\"font-size:13px\">"
                   + "<br>".join(text_to_html_lines(quoted.rstrip("\n"))) + "</div>" if quoted else "")
                + "</body></html>\n")
    if style == "zimbra":
        return ("<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
                + "".join("<div>" + (l if l else '<br data-mce-bogus="1">') + "</div>" for l in lines) + "</div></body></html>\n")
    body = "<html><body>" + "<br>\n".join(lines) + "</body></html>\n"
    return body


# ----------------------------------------------------------------------------------------------- parts
def text_part(text: str, charset: str = "utf-8", cte: str | None = None, ctype: str = "text/plain",
              extra_ct: str = "", quote_charset: bool = True, lower_cs: bool = False) -> tuple[list[str], str]:
    """(headers, body) of one leaf. cte None: 7bit when ASCII with short lines, else quoted-printable."""
    data = to_lf(text).encode(charset)
    long_line = any(len(l) > 76 for l in to_lf(text).split("\n"))
    if cte is None:
        cte = "7bit" if (is_ascii(text) and not long_line) else "quoted-printable"
    cs = charset if lower_cs else (charset.upper() if charset.lower() in ("utf-8", "us-ascii") else charset)
    csq = f'"{cs}"' if quote_charset else cs
    headers = [f"Content-Type: {ctype}; charset={csq}{extra_ct}"]
    if cte == "quoted-printable":
        body = qp_bytes(data)
    elif cte == "base64":
        body = b64_bytes(to_lf(text).replace("\n", "\r\n").encode(charset))
    else:
        body = data.decode(charset).replace("\n", CRLF)
    if cte:
        headers.append(f"Content-Transfer-Encoding: {cte}")
    if not body.endswith(CRLF):
        body += CRLF
    return headers, body


def multipart(subtype: str, boundary: str, parts: list[tuple[list[str], str]], preamble: str = "") -> tuple[list[str], str]:
    out = []
    if preamble:
        out.append(preamble + CRLF)
    for h, b in parts:
        out.append(f"--{boundary}{CRLF}" + CRLF.join(h) + CRLF + CRLF + b)
    out.append(f"--{boundary}--{CRLF}")
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"'], "".join(out)


def attachment(filename: str, ctype: str, data: bytes, inline: bool = False) -> tuple[list[str], str]:
    disp = "inline" if inline else "attachment"
    return ([f'Content-Type: {ctype}; name="{filename}"', f'Content-Disposition: {disp}; filename="{filename}"',
             "Content-Transfer-Encoding: base64"], b64_bytes(data))


def assemble(headers: list[str], body: str) -> bytes:
    raw = CRLF.join(headers) + CRLF + CRLF + body
    b = raw.encode("utf-8") if not is_ascii(raw) else raw.encode("ascii")
    for line in b.split(b"\r\n"):
        assert len(line) <= 998, line[:80]
    assert b"\n" not in b.replace(b"\r\n", b"")
    return b


# ----------------------------------------------------------------------------------------------- transport
class Rng:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def hex(self, n: int, upper: bool = False) -> str:
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, n: int) -> str:
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def choice(self, seq):
        return self.r.choice(seq)

    def postfix_id(self) -> str:
        return "4b" + self.alnum(10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


PROVIDERS = {
    "gmail.com": "google", "yahoo.com": "yahoo", "ymail.com": "yahoo", "aol.com": "aol", "outlook.com": "msft",
    "hotmail.com": "msft", "live.com": "msft", "msn.com": "msft", "icloud.com": "apple", "me.com": "apple",
    "comcast.net": "comcast", "mchsi.com": "mediacom", "charter.net": "charter", "centurylink.net": "centurylink",
    "windstream.net": "windstream", "tds.net": "tds", "frontier.com": "frontier", "netins.net": "netins",
}


def provider_of(address: str, override: str | None = None) -> str:
    if override:
        return override
    dom = address.rsplit("@", 1)[1].lower()
    return PROVIDERS.get(dom, "m365")


def transport_headers(rng: Rng, mailbox: str, env_from: str, dt_local: datetime, provider: str,
                      from_domain: str, dkim_fail: bool = False, rcpt: str | None = None) -> list[str]:
    """Return-Path ... down to the provider's own Received line, newest first."""
    rcpt = rcpt or MAILBOX_ADDR[mailbox]
    our = dt_local.astimezone(timezone(timedelta(hours=-5)))
    t2 = our + timedelta(seconds=rng.num(1, 3))
    t1 = our
    ourtz = lambda t: rfc_date(t) + " (CDT)"
    pv = {
        "google": ("mail-{h}.google.com", "209.85.{a}.{b}", "google"),
        "yahoo": ("sonic{n}-{m}.consmr.mail.bf2.yahoo.com", "74.6.{a}.{b}", "yahoo"),
        "aol": ("sonic{n}-{m}.consmr.mail.gq1.yahoo.com", "98.137.{a}.{b}", "yahoo"),
        "msft": ("{nam}.outbound.protection.outlook.com", "40.92.{a}.{b}", "msft"),
        "m365": ("{nam}.outbound.protection.outlook.com", "52.100.{a}.{b}", "msft"),
        "apple": ("st43p00im-ztdg{n}.me.com", "17.58.{a}.{b}", "apple"),
        "comcast": ("resqmta-po-{n}v.sys.comcast.net", "96.102.{a}.{b}", "plain"),
        "mediacom": ("mta{n}.mchsi.com", "173.20.{a}.{b}", "plain"),
        "charter": ("dnvrco-cmomta0{n}.email.rr.com", "107.14.{a}.{b}", "plain"),
        "centurylink": ("mx{n}.centurylink.net", "206.81.{a}.{b}", "plain"),
        "windstream": ("smtp{n}.windstream.net", "162.39.{a}.{b}", "plain"),
        "tds": ("mail{n}.tds.net", "216.170.{a}.{b}", "plain"),
        "frontier": ("relay{n}.frontier.com", "74.40.{a}.{b}", "plain"),
        "netins": ("smtp{n}.netins.net", "167.142.{a}.{b}", "plain"),
        "relay": ("{h}.mailgun.net", "159.135.{a}.{b}", "plain"),
        "ours": ("app02.notify.alliantenergy.com", "10.20.{a}.{b}", "plain"),
    }[provider]
    a, b = rng.num(128, 250), rng.num(2, 250)
    nam = rng.choice(["NAM10-DM6-obe", "NAM12-BN8-obe", "NAM11-CO1-obe", "NAM02-SN1-obe", "NAM04-BN8-obe"])
    host = pv[0].format(h=rng.choice(["qk1-f", "qv1-f", "pj1-f", "oi1-f", "yb1-f", "ua1-f"]) + str(rng.num(170, 199)),
                        n=rng.num(20, 60), m=rng.num(10, 40), nam=nam)
    rng.last_host = host
    ip = pv[1].format(a=a, b=b)
    mx = rng.choice(["mx1", "mx2"])
    spf = "fail" if dkim_fail else "pass"
    dk = "fail (signature did not verify)" if dkim_fail else "pass"
    dm = "fail" if dkim_fail else "pass"
    h = [f"Return-Path: <{env_from}>" if env_from else "Return-Path: <>",
         f"Delivered-To: {rcpt}",
         f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [10.20.1.{11 if mx == 'mx1' else 12}])"
         f"{CRLF}\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {rng.postfix_id()}"
         f"{CRLF}\tfor <{rcpt}>; {ourtz(t2)}"]
    if provider != "ours":
        h.append(f"Authentication-Results: {mx}.alliant-energy.com;{CRLF}\tdkim={dk} header.d={from_domain} "
                 f"header.s={'20230601' if pv[2] == 'google' else 's2048' if pv[2] == 'yahoo' else 'selector1' if pv[2] == 'msft' else 'sig1' if pv[2] == 'apple' else 'default'} "
                 f"header.b={rng.b64(8)};{CRLF}\tspf={spf} ({mx}.alliant-energy.com: domain of {env_from or 'postmaster@' + host} "
                 f"designates {ip} as permitted sender) smtp.mailfrom={env_from or host};{CRLF}\tdmarc={dm} "
                 f"(p=NONE sp=NONE dis=NONE) header.from={from_domain}")
    h.append(f"Received: from {host} ({host} [{ip}]){CRLF}\tby {mx}.alliant-energy.com (Postfix) with ESMTPS id "
             f"{rng.postfix_id()}{CRLF}\tfor <{rcpt}>; {ourtz(t1)}")
    return h


def provider_inner(rng: Rng, provider: str, dt_local: datetime, rcpt: str, from_domain: str) -> list[str]:
    """The provider's own signature/relay headers below our Received lines."""
    t = rfc_date(dt_local)
    if provider == "google":
        pdt = dt_local.astimezone(timezone(timedelta(hours=-7)))
        t = rfc_date(pdt) + " (PDT)"
        ghost = getattr(rng, "last_host", "") if getattr(rng, "last_host", "").endswith(".google.com") else "mail-qk1-f171.google.com"
        return [f"Received: by {ghost} with SMTP id "
                f"{rng.hex(10)}-{rng.hex(11)}so{rng.num(1000000,9999999)}{rng.alnum(2,'abcdefghijklmnopqrstuvwxyz')}.1{CRLF}"
                f"        for <{rcpt}>; {t}",
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;{CRLF}        d={from_domain}; s=20230601; "
                f"t={int(dt_local.timestamp())}; x={int(dt_local.timestamp()) + 604800}; darn=alliant-energy.com;{CRLF}"
                f"        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject{CRLF}         :date:message-id:reply-to;{CRLF}"
                f"        bh={rng.b64(43)}=;{CRLF}        b={rng.b64(70)}{CRLF}         {rng.b64(70)}{CRLF}         {rng.b64(40)}==",
                f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;{CRLF}        d=1e100.net; s=20230601; "
                f"t={int(dt_local.timestamp())}; x={int(dt_local.timestamp()) + 604800};{CRLF}        "
                f"h=to:subject:message-id:date:from:mime-version:x-gm-message-state{CRLF}         :from:to:cc:subject:date:message-id:reply-to;{CRLF}"
                f"        bh={rng.b64(43)}=;{CRLF}        b={rng.b64(70)}{CRLF}         {rng.b64(30)}==",
                f"X-Gm-Message-State: AOJu0Y{rng.b64(60)}{CRLF}\t{rng.b64(40)}==",
                f"X-Gm-Gg: ASbGnc{rng.b64(66)}{CRLF}\t{rng.b64(70)}",
                f"X-Google-Smtp-Source: AGHT+I{rng.b64(58)}==",
                f"X-Received: by 2002:a05:{rng.hex(4)}:{rng.hex(4)}:b0:{rng.hex(3)}:{rng.hex(4)}:{rng.hex(4)} with SMTP id "
                f"{rng.hex(16)}mr{rng.num(1000000,9999999)}qvb.{rng.num(10,99)}.{int(dt_local.timestamp()) % 100000000};{CRLF}"
                f"        {t}"]
    if provider in ("yahoo", "aol"):
        return [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={from_domain}; s=s2048; t={int(dt_local.timestamp())}; "
                f"bh={rng.b64(43)}=; h=Date:From:To:Subject:References:From:Subject:Reply-To; b={rng.b64(72)}"
                f"{CRLF} {rng.b64(72)}{CRLF} {rng.b64(50)}==",
                f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={int(dt_local.timestamp())}; "
                f"bh={rng.b64(43)}=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b={rng.b64(60)}{CRLF} {rng.b64(60)}==",
                f"X-YMail-OSG: {rng.b64(70)}{CRLF} {rng.b64(70)}",
                f"X-Sonic-MF: <{rcpt}>",
                f"X-Sonic-ID: {rng.hex(8)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(12)}",
                f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{rng.num(300,330)}.consmr.mail.ne1.yahoo.com with HTTP; "
                f"{rfc_date(dt_local.astimezone(timezone.utc)).replace('-0000', '+0000')}"]
    if provider in ("msft", "m365"):
        nam = rng.choice(["SN4PR", "BN8PR", "DM6PR", "CH3PR", "MN2PR", "PH0PR"]) + f"{rng.num(10, 19)}MB{rng.num(1000, 9999)}"
        return [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;{CRLF} b={rng.b64(70)}{CRLF} {rng.b64(70)}==",
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={from_domain};{CRLF} s=selector1; "
                f"h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;{CRLF} "
                f"bh={rng.b64(43)}=;{CRLF} b={rng.b64(70)}{CRLF} {rng.b64(40)}==",
                f"Received: from {nam}.namprd{rng.num(10, 19)}.prod.outlook.com ({'2603:10b6:806:' + rng.hex(3) + '::' + rng.hex(2)}) by{CRLF}"
                f" {nam}.namprd{rng.num(10, 19)}.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,{CRLF}"
                f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.num(8000, 8999)}.{rng.num(10, 40)}; "
                f"{rfc_date(dt_local.astimezone(timezone.utc)).replace('-0000', '+0000')}"]
    if provider == "apple":
        return [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={from_domain};{CRLF}\ts=sig1; "
                f"t={int(dt_local.timestamp())}; bh={rng.b64(43)}=;{CRLF}\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;{CRLF}"
                f"\tb={rng.b64(70)}{CRLF}\t {rng.b64(60)}==",
                f"Received: from smtpclient.apple (st43p00im-ztdg{rng.num(10, 60)}.me.com [17.58.{rng.num(60, 90)}.{rng.num(2, 250)}]){CRLF}"
                f"\tby st43p00im-ztdg{rng.num(10, 60)}.me.com (Postfix) with ESMTPSA id {rng.hex(10).upper()}{CRLF}"
                f"\tfor <{rcpt}>; {rfc_date(dt_local.astimezone(timezone.utc)).replace('-0000', '+0000')} (UTC)"]
    if provider in ("comcast", "mediacom", "charter", "centurylink", "windstream", "tds", "frontier", "netins"):
        return [f"Received: from [192.168.{rng.num(0, 1)}.{rng.num(2, 60)}] (c-{rng.num(24, 99)}-{rng.num(1, 250)}-"
                f"{rng.num(1, 250)}-{rng.num(1, 250)}.hsd1.ia.isp.net [{rng.num(24, 99)}.{rng.num(1, 250)}.{rng.num(1, 250)}.{rng.num(1, 250)}]){CRLF}"
                f"\tby smtp.{from_domain} with ESMTPA id {rng.alnum(12)}{CRLF}\tfor <{rcpt}>; {t}"]
    return []
