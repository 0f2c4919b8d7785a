"""Shared machinery for the 'wrongdoor' set: dates, encodings, MIME parts, the
sending providers' header blocks, the mail programs' own headers and bodies, and
the Alliant MX -> mbx01 delivery chain.  Standard library only."""
import base64
import datetime as _dt
import html as _html
import quopri
import random
import string
import uuid

CRLF = "\r\n"
SEED = "wrongdoor-2027-05"
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
UTC = _dt.timezone.utc
CDT = _dt.timezone(_dt.timedelta(hours=-5))
PDT = _dt.timezone(_dt.timedelta(hours=-7))
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


def rng(key):
    return random.Random(f"{SEED}/{key}")


def tz(off):
    sign = -1 if off[0] == "-" else 1
    return _dt.timezone(sign * _dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def when(s, off="-0500"):
    """'2027-05-04 10:12:27' in the given offset."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=tz(off))


def rfc_date(d, pad=False, zone_comment=None):
    day = f"{d.day:02d}" if pad else str(d.day)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    s = f"{DOW[d.weekday()]}, {day} {MON[d.month - 1]} {d.year} {d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    if zone_comment:
        s += f" ({zone_comment})"
    return s


def rstr(R, n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def ruuid(R, upper=False):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


def qid(R):
    """Postfix long queue id, e.g. 4ZbP3q6Hk4z9sTn."""
    return "4" + rstr(R, 5, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") + "z" + rstr(R, 4, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def wrap_b64(s, width=70, indent="\t "):
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return (CRLF + indent).join(lines)


# ---------------------------------------------------------------- encodings
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset="utf-8", mode="B", csname=None, maxlen=75):
    """RFC 2047 encoded words, each at most maxlen chars."""
    csname = csname or charset.upper()
    out = []
    if mode.upper() == "B":
        prefix = f"=?{csname}?B?"
        budget = ((maxlen - len(prefix) - 2) // 4) * 3
        cur = b""
        for ch in s:
            b = ch.encode(charset)
            if len(cur) + len(b) > budget:
                out.append(prefix + base64.b64encode(cur).decode() + "?=")
                cur = b""
            cur += b
        if cur:
            out.append(prefix + base64.b64encode(cur).decode() + "?=")
    else:
        prefix = f"=?{csname}?Q?"
        cur = ""
        for ch in s:
            if ch == " ":
                piece = "_"
            elif ch in ALNUM or ch in "!*+-/":
                piece = ch
            else:
                piece = "".join(f"={b:02X}" for b in ch.encode(charset))
            if len(prefix) + len(cur) + len(piece) + 2 > maxlen:
                out.append(prefix + cur + "?=")
                cur = ""
            cur += piece
        if cur:
            out.append(prefix + cur + "?=")
    return out


def hdr_text(name, value, charset="utf-8", mode="B", csname=None):
    """A complete unstructured header (Subject etc.), encoded when needed, folded."""
    if is_ascii(value):
        return fold(f"{name}: {value}")
    words = enc_words(value, charset, mode, csname)
    return f"{name}: " + (CRLF + " ").join(words)


def fmt_addr(name, addr, charset="utf-8", mode="B", csname=None, quote_always=False):
    if not name:
        return addr
    if not is_ascii(name):
        words = enc_words(name, charset, mode, csname)
        return " ".join(words) + f" <{addr}>"
    specials = '()<>[]:;@\\,."'
    if quote_always or any(c in specials for c in name):
        n = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{n}" <{addr}>'
    return f"{name} <{addr}>"


def fold(line, limit=78):
    """Fold a header line at spaces so that no physical line exceeds limit where possible."""
    if len(line) <= limit:
        return line
    parts = line.split(" ")
    out = []
    cur = parts[0]
    for p in parts[1:]:
        if len(cur) + 1 + len(p) > limit and cur.strip():
            out.append(cur)
            cur = " " + p
        else:
            cur += " " + p
    out.append(cur)
    return CRLF.join(out)


def addr_header(name, addrs):
    """To/Cc with a list of formatted addresses, folded after commas."""
    line = f"{name}: " + ", ".join(addrs)
    if len(line) <= 78:
        return line
    out = []
    cur = f"{name}: "
    for i, a in enumerate(addrs):
        piece = a + ("," if i < len(addrs) - 1 else "")
        if cur.strip().endswith(":"):
            cur += piece
        elif len(cur) + 1 + len(piece) > 78:
            out.append(cur)
            cur = " " + piece
        else:
            cur += " " + piece
    out.append(cur)
    return CRLF.join(out)


def qp(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset)
    enc = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return enc.replace("\n", CRLF)


def b64body(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith("From ") or (line.startswith(" ") and not line.startswith(">")):
            line = " " + line
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if line.strip() else line.rstrip(" "))
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_part(text, charset="utf-8", cte=None, extra_ct="", ct_quote=True, csname=None, ct_case=None):
    """Return (header lines, encoded body) for one text/plain or text/html leaf."""
    return leaf("text/plain", text, charset, cte, extra_ct, ct_quote, csname)


def choose_cte(text, charset):
    ascii_ok = is_ascii(text)
    longest = max((len(l) for l in text.split("\n")), default=0)
    if ascii_ok and longest <= 76:
        return "7bit"
    return "quoted-printable"


def leaf(ctype, text, charset="utf-8", cte=None, extra_ct="", ct_quote=True, csname=None):
    csname = csname or charset
    cte = cte or choose_cte(text, charset)
    cs = f'"{csname}"' if ct_quote else csname
    hdrs = [f"Content-Type: {ctype}; charset={cs}{extra_ct}"]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64body(text.replace("\r\n", "\n").replace("\n", CRLF).encode(charset))
    else:
        body = crlf(text)
        if cte == "8bit":
            body = body  # encoded to bytes at the end with the part charset
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    return hdrs, body, charset


def multipart(subtype, boundary, parts, preamble=None, extra=""):
    """parts: list of (hdr_lines, body_str, charset).  Returns (hdr_lines, body_str, charset)."""
    lines = []
    if preamble:
        lines.append(crlf(preamble))
    for h, b, _cs in parts:
        lines.append(f"--{boundary}")
        lines.extend(h)
        lines.append("")
        lines.append(b.rstrip(CRLF) if not b.endswith(CRLF + CRLF) else b[:-2])
    lines.append(f"--{boundary}--")
    lines.append("")
    body = CRLF.join(lines)
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}'], body, "utf-8"


def to_bytes(header_lines, body, charset="utf-8"):
    head = CRLF.join(header_lines) + CRLF + CRLF
    for l in head.split(CRLF):
        l.encode("ascii")
    try:
        bb = body.encode("ascii")
    except UnicodeEncodeError:
        bb = body.encode(charset)
    return head.encode("ascii") + bb


# ---------------------------------------------------------------- html renderers
def esc(s):
    return _html.escape(s, quote=False)


def paras(text):
    return text.split("\n")


def split_quote(text):
    """Split a plain body into (new, quote) at the first quote marker line."""
    return text, ""


def html_gmail(new, quote=None, attr=None, fwd=False):
    lines = new.rstrip("\n").split("\n")
    inner = ""
    for l in lines:
        inner += f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>"
    h = f'<div dir="ltr">{inner}</div>'
    if quote is not None:
        q = "<br>".join(esc(l) for l in quote.rstrip("\n").split("\n"))
        if fwd:
            h += f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr}<br></div><br><br>{q}</div>'
        else:
            h += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
                  f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return h + "\n"


def html_outlook(new, quote_block=None, charset="us-ascii"):
    body = ""
    for l in new.rstrip("\n").split("\n"):
        body += f'<p class="MsoNormal">{esc(l) if l.strip() else "&nbsp;"}<o:p></o:p></p>\n'
    if quote_block:
        body += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n')
        for l in quote_block.rstrip("\n").split("\n"):
            body += f'<p class="MsoNormal">{esc(l) if l.strip() else "&nbsp;"}<o:p></o:p></p>\n'
        body += "</div>\n"
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
        '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
        '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}</div>\n</body>\n</html>\n'
    )


def html_owa(new, quote_block=None, mobile_sig=None):
    inner = ""
    for l in new.rstrip("\n").split("\n"):
        inner += ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                  f'font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n')
    if mobile_sig:
        inner += f'<div id="ms-outlook-mobile-signature"><div><br></div>{mobile_sig}</div>\n'
    if quote_block:
        inner += '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
        inner += "<br>\n".join(esc(l) for l in quote_block.rstrip("\n").split("\n")) + "</div>\n"
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            f'<body dir="ltr">\n{inner}</body>\n</html>\n')


def html_yahoo(new, quote=None, attr=None, cls="ydp"):
    inner = ""
    for l in new.rstrip("\n").split("\n"):
        inner += f'<div dir="ltr" data-setdir="false">{esc(l) if l.strip() else "<br>"}</div>'
    h = (f'<html><head></head><body><div class="{cls}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
         f'font-size:16px;">{inner}</div>')
    if quote is not None:
        q = "<br>".join(esc(l) for l in quote.rstrip("\n").split("\n"))
        h += (f'<div id="yahoo_quoted_{cls}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
              f'font-size:13px;color:#26282a;"><div>{esc(attr)}</div><div><br></div><div><br></div><div>{q}</div></div></div>')
    return h + "</body></html>"


def html_apple(new, quote=None, attr=None):
    inner = ""
    for l in new.rstrip("\n").split("\n"):
        inner += f"<div>{esc(l) if l.strip() else '<br>'}</div>"
    h = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + inner)
    if quote is not None:
        q = "<br>".join(esc(l) for l in quote.rstrip("\n").split("\n"))
        h += f'<div><br><blockquote type="cite"><div>{esc(attr or "")}</div><br><div>{q}</div></blockquote></div>'
    return h + "</body></html>"


def html_ox(new, quote=None):
    inner = ""
    for l in new.rstrip("\n").split("\n"):
        inner += f"  <p>{esc(l) if l.strip() else '&nbsp;'}</p>\n"
    if quote is not None:
        q = "<br>".join(esc(l) for l in quote.rstrip("\n").split("\n"))
        inner += f'  <blockquote type="cite">\n   {q}\n  </blockquote>\n'
    return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
            f'{inner}  <div class="default-style">\n   &nbsp;\n  </div>\n </body>\n</html>')


def html_samsung(new, quote=None):
    inner = "<br>".join(esc(l) for l in new.rstrip("\n").split("\n"))
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
         f'<div dir="auto">{inner}</div>')
    if quote is not None:
        q = "<br>".join(esc(l) for l in quote.rstrip("\n").split("\n"))
        h += f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{q}</div></div>'
    return h + "</body></html>"


def html_proton(new):
    inner = "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in new.rstrip("\n").split("\n"))
    return (f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{inner}</div>'
            '<div class="protonmail_signature_block protonmail_signature_block-empty" style="font-family: Arial, sans-serif; font-size: 14px;">'
            '<div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>'
            '<div class="protonmail_signature_block-proton protonmail_signature_block-empty"></div></div>')


# ---------------------------------------------------------------- sending providers
def dkim_sig(R, d, s, h, t=None, extra_tags="", name="DKIM-Signature", a="rsa-sha256", blen=344):
    parts = [f"v=1; a={a}; c=relaxed/relaxed;", f"d={d}; s={s};"]
    if t:
        parts[-1] += f" t={t};"
    if extra_tags:
        parts.append(extra_tags)
    parts.append(f"h={h};")
    parts.append(f"bh={rstr(R, 43, B64)}=;")
    b = rstr(R, blen - 2, B64) + "=="
    lines = [f"{name}: " + parts[0]] + ["\t" + p for p in parts[1:]]
    lines.append("\tb=" + wrap_b64(b, 70, "\t "))
    return CRLF.join(lines)


def ts(d):
    return int(d.timestamp())


def prov_gmail(R, sp):
    d = sp["date"]
    helo = f"mail-{R.choice(['qk1', 'qv1', 'yw1', 'ot1', 'oi1', 'pj1', 'pl1', 'lj1', 'ed1', 'wm1', 'io1', 'ua1'])}-f{R.randint(41, 199)}.google.com"
    ip = f"209.85.{R.choice([128, 160, 161, 166, 167, 208, 210, 214, 216, 218, 219, 220, 221, 222])}.{R.randint(1, 254)}"
    t = ts(d) + R.randint(1, 9)
    h = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n\t :date:message-id:reply-to"
    if sp.get("in_reply_to"):
        h = "to:subject:message-id:date:from:in-reply-to:references\r\n\t :mime-version:from:to:cc:subject:date:message-id:reply-to"
    hs = [dkim_sig(R, "gmail.com", "20230601", h, t, f"x={t + 604800}; darn=alliant-energy.com;")]
    hs.append(dkim_sig(R, "1e100.net", "20230601", h.replace("to:subject", "x-gm-message-state:to:subject"), t,
                       f"x={t + 604800};", name="X-Google-DKIM-Signature"))
    hs.append("X-Gm-Message-State: AOJu0Y" + rstr(R, 60, B64) + "\r\n\t" + rstr(R, 40, B64))
    hs.append("X-Google-Smtp-Source: AGHT+IE" + rstr(R, 80, B64) + "=")
    xr = d.astimezone(PDT)
    hs.append(f"X-Received: by 2002:a05:{R.randint(6200, 6900):x}:{R.randint(1, 0xfff):x}:b0:{R.randint(0x100, 0xfff):x}:{R.randint(0x1000, 0xffff):x} with SMTP id "
              f"{rstr(R, 16, HEXL)}-{rstr(R, 8, HEXL)}mr{R.randint(1000000, 9999999)}{rstr(R, 3, 'abcdefghijklmnopqrstuvwxyz')};\r\n"
              f"        {rfc_date(xr, pad=True)} (PDT)")
    return dict(helo=helo, rdns=helo, ip=ip, headers=hs, dkim=("gmail.com", "20230601"), env=sp["from"][1],
                dmarc="p=NONE sp=QUARANTINE dis=NONE")


def prov_yahoo(R, sp, dom="yahoo.com"):
    d = sp["date"]
    n = R.randint(301, 330)
    site = R.choice(["ne1", "bf2", "gq1"])
    helo = f"sonic{n}-{R.randint(1, 60)}.consmr.mail.{site}.yahoo.com"
    ip = f"{R.choice(['98.137.65', '98.137.66', '66.163.191', '66.163.186', '74.6.131'])}.{R.randint(2, 254)}"
    sel = "s2048" if dom == "yahoo.com" else "a2048"
    t = ts(d) + R.randint(0, 3)
    h = "Date:From:To:Subject:References:From:Subject:Reply-To"
    hs = [dkim_sig(R, dom, sel, h, t)]
    hs.append(dkim_sig(R, dom, sel, "Date:From:To:Subject:From:Subject", t, name="X-SONIC-DKIM-SIGN"))
    hs.append("X-YMail-OSG: " + rstr(R, 60, ALNUM + "._") + "\r\n " + rstr(R, 76, ALNUM + "._") + "\r\n " + rstr(R, 40, ALNUM + "._"))
    hs.append(f"X-Sonic-MF: <{sp['from'][1]}>")
    hs.append(f"X-Sonic-ID: {ruuid(R)}")
    hs.append(f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{n}.consmr.mail.{site}.yahoo.com with HTTP; {rfc_date(d.astimezone(UTC), pad=True)}")
    return dict(helo=helo, rdns=helo, ip=ip, headers=hs, dkim=(dom, sel), env=sp["from"][1],
                dmarc="p=REJECT sp=REJECT dis=NONE")


def prov_aol(R, sp):
    return prov_yahoo(R, sp, "aol.com")


def _ms_box(R, region="namprd"):
    pre = R.choice(["SJ0PR", "DM6PR", "BY5PR", "CH3PR", "MW4PR", "PH0PR", "IA1PR", "LV3PR", "DS7PR", "SA1PR"])
    return f"{pre}{R.randint(10, 19)}MB{R.randint(1000, 9999)}.{region}{R.randint(10, 22)}.prod.outlook.com"


def prov_outlook(R, sp, dom=None):
    d = sp["date"]
    dom = dom or sp["from"][1].split("@")[1]
    consumer = dom in ("outlook.com", "hotmail.com", "live.com", "msn.com")
    box = sp.setdefault("_msbox", _ms_box(R))
    if consumer:
        helo = f"{R.choice(['CH1PR05CU001', 'BN1PR04CU002', 'DM5PR21CU001', 'SN4PR0501CU005'])}.outbound.protection.outlook.com"
        rdns = f"mail-{R.choice(['northcentralus', 'eastus2', 'centralus', 'westus2'])}azolkn1901{R.randint(1000, 9999)}.outbound.protection.outlook.com"
        ip = f"52.103.{R.randint(1, 60)}.{R.randint(2, 254)}"
        sel, arcd = "selector1", "microsoft.com"
    else:
        helo = f"NAM{R.choice(['10', '11', '12', '02', '04'])}-{R.choice(['MW2', 'DM6', 'BN8', 'CO1', 'SN1'])}-obe.outbound.protection.outlook.com"
        rdns = f"mail-{R.choice(['mw2', 'dm6', 'bn8', 'co1'])}nam{R.choice(['10', '11', '12'])}on2{R.randint(100, 139)}.outbound.protection.outlook.com"
        ip = f"40.107.{R.randint(90, 244)}.{R.randint(2, 254)}"
        sel, arcd = R.choice(["selector1", "selector2"]), "microsoft.com"
    hs = []
    hs.append(f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d={arcd}; cv=none;\r\n b=" + wrap_b64(rstr(R, 342, B64) + "==", 76, " "))
    hs.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d={arcd};\r\n s=arcselector10001;\r\n"
              f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n"
              f" bh={rstr(R, 43, B64)}=;\r\n b=" + wrap_b64(rstr(R, 342, B64) + "==", 76, " "))
    hs.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none")
    hs.append(dkim_sig(R, dom, sel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
    b2 = _ms_box(R)
    t0 = d.astimezone(UTC)
    hs.append(f"Received: from {box} (2603:10b6:{R.randint(0x100, 0xfff):x}:{R.randint(1, 0xff):x}::{R.randint(1, 0xff):x})\r\n"
              f" by {b2} (2603:10b6:{R.randint(0x100, 0xfff):x}:{R.randint(1, 0xff):x}::{R.randint(1, 0xff):x}) with Microsoft SMTP Server\r\n"
              f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9{R.randint(100, 300)}.{R.randint(10, 40)}; {rfc_date(t0 + _dt.timedelta(seconds=1))}")
    hs.append(f"Received: from {box.split('.')[0]}\r\n ([fe80::{rstr(R, 4, HEXL)}:{rstr(R, 4, HEXL)}:{rstr(R, 4, HEXL)}:{rstr(R, 4, HEXL)}]) by {box.split('.')[0]}\r\n"
              f" ([fe80::{rstr(R, 4, HEXL)}:{rstr(R, 4, HEXL)}:{rstr(R, 4, HEXL)}:{rstr(R, 4, HEXL)}%4]) with mapi id 15.20.9{R.randint(100, 300)}.0{R.randint(10, 40)}; {rfc_date(t0)}")
    return dict(helo=helo, rdns=rdns, ip=ip, headers=hs, dkim=(dom, sel), env=sp["from"][1],
                dmarc="p=NONE sp=QUARANTINE dis=NONE" if consumer else "p=QUARANTINE dis=NONE")


def prov_icloud(R, sp):
    d = sp["date"]
    rdns = f"p-east2-cluster{R.randint(1, 6)}-host{R.randint(1, 12)}-snip4-{R.randint(1, 10)}.eps.apple.com"
    ip = f"57.103.{R.randint(64, 95)}.{R.randint(2, 254)}"
    t = ts(d)
    hs = [dkim_sig(R, "icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From:x-icloud-hme", t)]
    hs.append(f"Received: from smtpclient.apple (ms-asmtp-me-k8s.p00.prod.me.com [17.57.156.36])\r\n"
              f"\tby p00-icloudmta-asmtp-us-east-2a-60-percent-{R.randint(0, 12)} (Postfix) with ESMTPSA id {rstr(R, 13, HEXU)}\r\n"
              f"\tfor <{sp['rcpt']}>; {rfc_date(d.astimezone(UTC), pad=True)} (UTC)")
    hs.append(f"X-Proofpoint-GUID: {rstr(R, 32, ALNUM + '-_')}")
    hs.append(f"X-Proofpoint-ORIG-GUID: {rstr(R, 32, ALNUM + '-_')}")
    return dict(helo="outbound.pv.icloud.com", rdns=rdns, ip=ip, headers=hs, dkim=("icloud.com", "1a1hai"),
                env=sp["from"][1], dmarc="p=QUARANTINE sp=QUARANTINE dis=NONE")


def prov_comcast(R, sp):
    d = sp["date"]
    n = f"a1p-{R.randint(100000, 999999)}"
    rdns = f"resomta-{n}.sys.comcast.net"
    ip = f"96.103.{R.randint(140, 160)}.{R.randint(2, 254)}"
    t = ts(d)
    hs = [dkim_sig(R, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:\r\n\t MIME-Version:Content-Type", t)]
    if sp["client"] == "ox":
        hs.append(f"Received: from oxapp-asb-{R.randint(1, 12):02d}o.email.comcast.net ([96.118.{R.randint(1, 250)}.{R.randint(2, 250)}])\r\n"
                  f"\tby resomta-{n}.sys.comcast.net with ESMTPA\r\n\tid {rstr(R, 14, ALNUM)}; {rfc_date(d.astimezone(UTC), pad=True)}")
    else:
        hs.append(f"Received: from [192.168.1.{R.randint(2, 250)}] ([73.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}])\r\n"
                  f"\tby resomta-{n}.sys.comcast.net with ESMTPSA\r\n\tid {rstr(R, 14, ALNUM)}; {rfc_date(d.astimezone(UTC), pad=True)}")
    hs.append(f"X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddr{rstr(R, 40, 'abcdefghijklmnopqrstuvwxyz')}")
    hs.append(f"X-Xfinity-VMeta: sc=0.00;st=legit")
    return dict(helo=rdns, rdns=rdns, ip=ip, headers=hs, dkim=("comcast.net", "20190202a"), env=sp["from"][1],
                dmarc="p=QUARANTINE sp=QUARANTINE dis=NONE")


def prov_charter(R, sp):
    d = sp["date"]
    rdns = f"p-impout00{R.randint(1, 9)}.msg.pkvw.co.charter.net"
    ip = f"47.43.26.{R.randint(130, 150)}"
    hs = [f"Received: from [192.168.0.{R.randint(2, 250)}] ([{R.choice(['24', '71', '97', '174'])}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}])\r\n"
          f"\tby cmsmtp with ESMTPA\r\n\tid {rstr(R, 16, ALNUM)}; {rfc_date(d.astimezone(UTC), pad=True)}",
          f"X-Authority-Analysis: v=2.4 cv={rstr(R, 36, ALNUM)}=\r\n c=1 sm=1 tr=0 ts={ts(d):x} a={rstr(R, 22, ALNUM)}==:117 a={rstr(R, 22, ALNUM)}==:17",
          "X-Auth-User: " + sp["from"][1].split("@")[0]]
    return dict(helo=rdns, rdns=rdns, ip=ip, headers=hs, dkim=None, env=sp["from"][1], dmarc=None)


def prov_proton(R, sp):
    d = sp["date"]
    n = R.choice([4316, 4317, 4322, 10630, 16116])
    rdns = f"mail-{n}.protonmail.ch"
    ip = "185.70.43.16" if n < 5000 else f"185.70.40.{R.randint(130, 140)}"
    t = ts(d)
    hs = [dkim_sig(R, "protonmail.com", "protonmail3", "Date:To:From:Cc:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:\r\n\t Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", t)]
    return dict(helo=rdns, rdns=rdns, ip=ip, headers=hs, dkim=("protonmail.com", "protonmail3"), env=sp["from"][1],
                dmarc="p=QUARANTINE dis=NONE")


def prov_windstream(R, sp):
    d = sp["date"]
    rdns = f"smtp-out{R.randint(1, 4)}.windstream.net"
    ip = f"162.39.{R.randint(160, 170)}.{R.randint(2, 250)}"
    hs = [dkim_sig(R, "windstream.net", "windstream", "Received:Mime-Version:Date:From:To:Subject:Message-ID:Content-Type", ts(d)),
          f"Received: from webmail.windstream.net (webmail-{R.randint(1, 6)}.windstream.net [10.110.{R.randint(1, 250)}.{R.randint(2, 250)}])\r\n"
          f"\tby smtp-out.windstream.net (Postfix) with ESMTPA id {qid(R)};\r\n\t{rfc_date(d, pad=False)}"]
    return dict(helo=rdns, rdns=rdns, ip=ip, headers=hs, dkim=("windstream.net", "windstream"), env=sp["from"][1], dmarc=None)


def prov_webform(R, sp):
    d = sp["date"]
    hs = [dkim_sig(R, "alliantenergy.com", "web2026", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ts(d)),
          f"Received: by web03.alliantenergy.com (Postfix, from userid 48)\r\n\tid {qid(R)}; {rfc_date(d)} (CDT)"]
    return dict(helo="web03.alliantenergy.com", rdns="web03.alliantenergy.com", ip="10.30.8.23", headers=hs,
                dkim=("alliantenergy.com", "web2026"), env="noreply@alliantenergy.com", dmarc="p=REJECT dis=NONE")


PROVIDERS = {
    "gmail": prov_gmail, "yahoo": prov_yahoo, "aol": prov_aol, "outlook": prov_outlook, "o365": prov_outlook,
    "icloud": prov_icloud, "comcast": prov_comcast, "charter": prov_charter, "proton": prov_proton,
    "windstream": prov_windstream, "webform": prov_webform,
}


# ---------------------------------------------------------------- our delivery chain
def our_chain(R, rcpt, env_from, arrive, helo, rdns, ip, ar=None, tls=True, mx=None):
    mx = mx or R.choice(["mx1", "mx2"])
    mxip = "10.20.4.11" if mx == "mx1" else "10.20.4.12"
    t1 = arrive
    t2 = arrive + _dt.timedelta(seconds=R.randint(0, 2))
    out = [f"Return-Path: <{env_from}>", f"Delivered-To: {rcpt}",
           f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{mxip}])\r\n"
           f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {qid(R)}\r\n"
           f"\tfor <{rcpt}>; {rfc_date(t2.astimezone(CDT))} (CDT)"]
    if ar:
        out.append(f"Authentication-Results: {mx}.alliant-energy.com;\r\n\t" + ";\r\n\t".join(ar))
    if tls:
        tl = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
              "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
              "\t(No client certificate requested)\r\n")
        w = "ESMTPS"
    else:
        tl, w = "", "ESMTP"
    out.append(f"Received: from {helo} ({rdns} [{ip}])\r\n{tl}"
               f"\tby {mx}.alliant-energy.com (Postfix) with {w} id {qid(R)}\r\n"
               f"\tfor <{rcpt}>; {rfc_date(t1.astimezone(CDT))} (CDT)")
    return out


def ar_lines(mx, R, dkim=None, env="", ip="", hfrom="", dmarc=None, spf="pass", dkim_res="pass", dmarc_res="pass"):
    out = []
    if dkim:
        out.append(f'dkim={dkim_res} (2048-bit key; unprotected) header.d={dkim[0]} header.i=@{dkim[0]} header.s={dkim[1]} header.b="{rstr(R, 8, ALNUM)}"')
    else:
        out.append("dkim=none")
    if env:
        dom = env.split("@")[-1]
        if spf == "pass":
            out.append(f"spf=pass ({mx}.alliant-energy.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}")
        elif spf == "none":
            out.append(f"spf=none ({mx}.alliant-energy.com: domain of {env} has no SPF record) smtp.mailfrom={env}")
        else:
            out.append(f"spf={spf} ({mx}.alliant-energy.com: domain of {env} does not designate {ip} as permitted sender) smtp.mailfrom={env}")
    else:
        out.append(f"spf=none smtp.helo={ip}")
    if dmarc is not None and hfrom:
        out.append(f"dmarc={dmarc_res} ({dmarc}) header.from={hfrom}")
    elif hfrom:
        out.append(f"dmarc=none (p=NONE) header.from={hfrom}")
    return out


# ---------------------------------------------------------------- mail programs
def _addrs(lst, **kw):
    return [fmt_addr(n, a, **kw) for n, a in lst]


def _plain(sp):
    t = sp["body"].rstrip("\n") + "\n"
    if sp.get("quote"):
        t += "\n" + sp["quote"].rstrip("\n") + "\n"
    return t


def _common(sp, h, subj_mode="B", csname="UTF-8", name_mode=None):
    """Helpers returning formatted From/To/Cc/Reply-To/Subject lines."""
    nm = name_mode or subj_mode
    ecs = csname.lower() if csname.lower() in ("iso-8859-1", "windows-1252") else "utf-8"
    f = "From: " + fmt_addr(*sp["from"], charset=ecs, mode=nm, csname=csname)
    to = addr_header("To", _addrs(sp["to"], charset=ecs, mode=nm, csname=csname)) if sp["to"] else None
    cc = addr_header("Cc", _addrs(sp["cc"], charset=ecs, mode=nm, csname=csname)) if sp.get("cc") else None
    rt = ("Reply-To: " + fmt_addr(*sp["reply_to"], charset=ecs, mode=nm, csname=csname)) if sp.get("reply_to") else None
    su = hdr_text("Subject", sp["subject"], charset=ecs, mode=subj_mode, csname=csname)
    return f, to, cc, rt, su


def _attach_parts(R, sp, style):
    parts = []
    for fn, ctype, data in sp.get("attachments", []):
        if isinstance(data, str) and data.startswith("PDF:"):
            data = make_pdf(data[4:])
        h = [f'Content-Type: {ctype}; name="{fn}"', f'Content-Disposition: attachment; filename="{fn}"',
             "Content-Transfer-Encoding: base64"]
        if style == "gmail":
            aid = "f_" + rstr(R, 9, "abcdefghijklmnopqrstuvwxyz0123456789")
            h += [f"Content-ID: <{aid}>", f"X-Attachment-Id: {aid}"]
        parts.append((h, b64body(data), "ascii"))
    return parts


def _mixed_or(R, sp, alt, style, boundary):
    att = _attach_parts(R, sp, style)
    if not att:
        return alt
    return multipart("mixed", boundary, [alt] + att)


def _add(lst, *items):
    for i in items:
        if i:
            lst.append(i)


def _irt(sp):
    out = []
    if sp.get("references"):
        out.append(fold("References: " + " ".join(sp["references"])))
    if sp.get("in_reply_to"):
        out.append("In-Reply-To: " + sp["in_reply_to"])
    return out


def cl_gmail(R, sp):
    dom = sp["from"][1].split("@")[1]
    mid = sp.get("msgid") or f"<CA{rstr(R, 1, 'BDEFGHJKLMNPQRSTUVWXYZ')}{rstr(R, 1, 'abcdefghijklmnopqrstuvwxyz')}{rstr(R, 44, ALNUM + '+-_=')}@mail.gmail.com>"
    text = _plain(sp)
    fwd = sp.get("quote_kind") == "fwd"
    html = html_gmail(sp["body"], sp.get("quote_html"), sp.get("quote_attr"), fwd) if sp.get("quote") else html_gmail(sp["body"])
    p1 = leaf("text/plain", text, "utf-8", csname="UTF-8")
    p2 = leaf("text/html", html, "utf-8", csname="UTF-8")
    b = "000000000000" + rstr(R, 16, HEXL)
    ct, body, cs = multipart("alternative", b, [p1, p2])
    ct, body, cs = _mixed_or(R, sp, (ct, body, cs), "gmail", "000000000000" + rstr(R, 16, HEXL))
    f, to, cc, rt, su = _common(sp, None, "B")
    h = ["MIME-Version: 1.0"] + _irt(sp)
    _add(h, f, rt)
    h.append("Date: " + rfc_date(sp["date"]))
    _add(h, "X-Gm-Features: " + rstr(R, 60, ALNUM + "_-") if R.random() < 0.6 else None)
    h.append("Message-ID: " + mid)
    _add(h, su, to, cc)
    h += ct
    return h, body, "utf-8", mid


def cl_iphone(R, sp, mailer="iPhone Mail (22F76)"):
    dom = sp["from"][1].split("@")[1]
    mid = sp.get("msgid") or f"<{ruuid(R, True)}@{dom}>"
    text = _plain(sp)
    cte = choose_cte(text, "utf-8")
    if text.strip() == "":
        cte = "7bit"
    hdr, body, cs = leaf("text/plain", text, "utf-8", cte=cte, ct_quote=False)
    f, to, cc, rt, su = _common(sp, None, "Q", csname="utf-8")
    h = list(hdr)
    h.append(f)
    h.append("Mime-Version: 1.0 (1.0)")
    _add(h, rt)
    h.append(su)
    h.append("Date: " + rfc_date(sp["date"], pad=False))
    h.append("Message-Id: " + mid)
    h += _irt(sp)
    _add(h, cc, to)
    h.append("X-Mailer: " + mailer)
    return h, body, "utf-8", mid


def cl_ipad(R, sp):
    return cl_iphone(R, sp, "iPad Mail (22F76)")


def cl_apple_mail(R, sp):
    dom = sp["from"][1].split("@")[1]
    mid = sp.get("msgid") or f"<{ruuid(R, True)}@{dom}>"
    text = _plain(sp)
    cs = "us-ascii" if is_ascii(text) else "utf-8"
    p1 = leaf("text/plain", text, cs, ct_quote=False)
    html = html_apple(sp["body"], sp.get("quote_html"), sp.get("quote_attr"))
    p2 = leaf("text/html", html, "utf-8", ct_quote=False)
    b = f"Apple-Mail={ruuid(R, True)}"
    ct, body, _ = multipart("alternative", b, [p1, p2], preamble="\n")
    f, to, cc, rt, su = _common(sp, None, "Q", csname="utf-8")
    h = list(ct)
    h.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3864.300.41.1.7\\))")
    h.append(su)
    h.append(f)
    _add(h, rt)
    if sp.get("in_reply_to"):
        h.append("In-Reply-To: " + sp["in_reply_to"])
    h.append("Date: " + rfc_date(sp["date"]))
    _add(h, cc)
    h.append("Content-Transfer-Encoding: 7bit")
    h.append("Message-Id: " + mid)
    if sp.get("references"):
        h.append(fold("References: " + " ".join(sp["references"])))
    _add(h, to)
    h.append("X-Mailer: Apple Mail (2.3864.300.41.1.7)")
    return h, body, "utf-8", mid


def _thread_index(R, reply=False):
    return "AQH" + rstr(R, 29, B64) + ("AgA" + rstr(R, 25, B64) if reply else "") + "=="


def cl_outlook_exch(R, sp, flavor="win"):
    box = sp.setdefault("_msbox", _ms_box(R))
    mid = sp.get("msgid") or f"<{box.split('.')[0]}{rstr(R, 16, HEXU)}{rstr(R, 16, HEXU)}@{box}>"
    text = _plain(sp)
    cs = sp.get("charset") or ("us-ascii" if is_ascii(text) else "iso-8859-1")
    if flavor == "ios":
        text = sp["body"].rstrip("\n") + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n" + (
            ("\n" + sp["quote"].rstrip("\n") + "\n") if sp.get("quote") else "")
    p1 = leaf("text/plain", text, cs)
    if flavor == "win":
        html = html_outlook(sp["body"], sp.get("quote"), cs)
    elif flavor == "ios":
        html = html_owa(sp["body"], sp.get("quote"), 'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a>')
    else:
        html = html_owa(sp["body"], sp.get("quote"))
    p2 = leaf("text/html", html, cs)
    tag = f"{box.split('.')[0]}{rstr(R, 16, HEXU)}{box.split('.')[1].replace('namprd', 'namp')}"
    alt = multipart("alternative", f"_000_{tag}prod_", [p1, p2])
    ct, body, _ = _mixed_or(R, sp, alt, "outlook", f"_004_{tag}prod_")
    f, to, cc, rt, su = _common(sp, None, "Q", csname="iso-8859-1" if cs == "iso-8859-1" else "utf-8")
    h = [f]
    _add(h, to, cc, rt, su)
    subj_plain = sp["subject"]
    h.append(hdr_text("Thread-Topic", subj_plain.split(": ", 1)[1] if subj_plain[:4] in ("RE: ", "FW: ") else subj_plain,
                      charset="iso-8859-1" if cs == "iso-8859-1" else "utf-8", mode="Q", csname="iso-8859-1" if cs == "iso-8859-1" else "utf-8"))
    h.append("Thread-Index: " + _thread_index(R, bool(sp.get("in_reply_to"))))
    h.append("Date: " + rfc_date(sp["date"].astimezone(UTC), pad=False))
    h.append("Message-ID: " + mid)
    h += _irt(sp)
    h.append("Accept-Language: en-US")
    h.append("Content-Language: " + sp.get("content_language", "en-US"))
    h.append("X-MS-Has-Attach: " + ("yes" if sp.get("attachments") else ""))
    h.append("X-MS-TNEF-Correlator:")
    h.append("msip_labels:")
    h.append("x-ms-publictraffictype: Email")
    h.append(f"x-ms-traffictypediagnostic: {box.split('.')[0]}:EE_|{_ms_box(R).split('.')[0]}:EE_")
    h.append(f"x-ms-office365-filtering-correlation-id: {ruuid(R)}")
    h += ct
    h.append("MIME-Version: 1.0")
    return h, body, cs, mid


def cl_outlook_win(R, sp):
    return cl_outlook_exch(R, sp, "win")


def cl_owa(R, sp):
    return cl_outlook_exch(R, sp, "owa")


def cl_outlook_ios(R, sp):
    return cl_outlook_exch(R, sp, "ios")


def cl_outlook_smtp(R, sp):
    """Outlook for Windows on a POP/IMAP account (gmail, comcast, charter ...)."""
    dom = sp["from"][1].split("@")[1]
    a = rstr(R, 4, HEXL)
    b1, b2, b3 = f"01db{rstr(R, 4, HEXL)}", rstr(R, 8, HEXL), rstr(R, 8, HEXL)
    mid = sp.get("msgid") or f"<00{R.randint(0, 9)}{R.randint(0, 9)}01dc{rstr(R, 4, HEXL)}${b2}${b3}$@{dom}>"
    text = _plain(sp)
    cs = sp.get("charset") or ("us-ascii" if is_ascii(text) else "utf-8")
    p1 = leaf("text/plain", text, cs)
    p2 = leaf("text/html", html_outlook(sp["body"], sp.get("quote"), cs), cs)
    npart = f"{R.randint(0, 0x1f):04X}_01DC{rstr(R, 4, HEXU)}.{rstr(R, 8, HEXU)}"
    ct, body, _ = multipart("alternative", f"----=_NextPart_000_{npart}", [p1, p2],
                            preamble="This is a multipart message in MIME format.\n")
    f, to, cc, rt, su = _common(sp, None, "Q", csname="utf-8")
    h = [f]
    _add(h, to, cc, rt)
    h += _irt(sp)
    h.append(su)
    h.append("Date: " + rfc_date(sp["date"], pad=False))
    h.append("Message-ID: " + mid)
    h.append("MIME-Version: 1.0")
    h += ct
    h.append("X-Mailer: Microsoft Outlook 16.0")
    h.append("Thread-Index: " + _thread_index(R, bool(sp.get("in_reply_to"))))
    h.append("Content-Language: en-us")
    return h, body, cs, mid


def _yahoo_like(R, sp, mailer, dom_id="mail.yahoo.com"):
    ms = ts(sp["date"]) * 1000 + R.randint(0, 999)
    mid = sp.get("msgid") or f"<{R.randint(100000000, 2147483647)}.{R.randint(1000000, 9999999)}.{ms}@{dom_id}>"
    text = _plain(sp)
    p1 = leaf("text/plain", text, "utf-8", cte="quoted-printable" if not is_ascii(text) or len(max(text.split(chr(10)), key=len)) > 76 else "7bit", ct_quote=False, csname="UTF-8")
    html = html_yahoo(sp["body"], sp.get("quote_html"), sp.get("quote_attr"), "ydp" + rstr(R, 8, HEXL))
    p2 = leaf("text/html", html, "utf-8", cte="quoted-printable", ct_quote=False, csname="UTF-8")
    ct, body, _ = multipart("alternative", f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 2147483647)}.{ms}", [p1, p2])
    f, to, cc, rt, su = _common(sp, None, "B")
    h = ["Date: " + rfc_date(sp["date"].astimezone(UTC), pad=False).replace("+0000", "+0000 (UTC)")]
    h.append(f)
    _add(h, rt, to, cc)
    h.append("Message-ID: " + mid)
    h += list(reversed(_irt(sp)))
    h.append(su)
    h.append("MIME-Version: 1.0")
    h += ct
    h.append("X-Mailer: " + mailer)
    return h, body, "utf-8", mid


def cl_yahoo_web(R, sp):
    return _yahoo_like(R, sp, f"WebService/1.1.{R.randint(24000, 24999)} YMailNorrin")


def cl_yahoo_android(R, sp):
    return _yahoo_like(R, sp, f"WebService/1.1.{R.randint(24000, 24999)} YMailNodin")


def cl_aol_web(R, sp):
    return _yahoo_like(R, sp, f"WebService/1.1.{R.randint(24000, 24999)} AolMailNorrin")


def cl_ox(R, sp):
    ms = ts(sp["date"]) * 1000 + R.randint(0, 999)
    mid = sp.get("msgid") or f"<{R.randint(100000000, 2147483647)}.{R.randint(100000, 999999)}.{ms}@connect.xfinity.com>"
    text = _plain(sp)
    p1 = leaf("text/plain", text, "utf-8", ct_quote=False, csname="UTF-8")
    p2 = leaf("text/html", html_ox(sp["body"], sp.get("quote_html")), "utf-8", cte="quoted-printable", ct_quote=False, csname="UTF-8")
    ct, body, _ = multipart("alternative", f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{ms}", [p1, p2])
    f, to, cc, rt, su = _common(sp, None, "Q", csname="UTF-8")
    h = ["Date: " + rfc_date(sp["date"], pad=False), f]
    _add(h, rt, to, cc)
    h.append("Message-ID: " + mid)
    h += list(reversed(_irt(sp)))
    h.append(su)
    h.append("MIME-Version: 1.0")
    h += ct
    h += ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev71",
          "X-Originating-Client: open-xchange-appsuite"]
    return h, body, "utf-8", mid


def cl_thunderbird(R, sp):
    dom = sp["from"][1].split("@")[1]
    mid = sp.get("msgid") or f"<{ruuid(R)}@{dom}>"
    text = flow(_plain(sp))
    cte = "7bit" if is_ascii(text) else "8bit"
    hdr, body, cs = leaf("text/plain", text, "utf-8", cte=cte, extra_ct="; format=flowed", ct_quote=False, csname="UTF-8")
    f, to, cc, rt, su = _common(sp, None, "B")
    h = ["Message-ID: " + mid, "Date: " + rfc_date(sp["date"], pad=False), "MIME-Version: 1.0",
         "User-Agent: Mozilla Thunderbird"]
    _add(h, "Content-Language: " + sp.get("content_language", "en-US"))
    _add(h, to, cc, rt)
    h.append(f)
    h += _irt(sp)
    h.append(su)
    h += hdr
    return h, body, "utf-8", mid


def cl_roundcube(R, sp):
    dom = sp["from"][1].split("@")[1]
    mid = sp.get("msgid") or f"<{rstr(R, 32, HEXL)}@{dom}>"
    text = flow(_plain(sp))
    cs = "US-ASCII" if is_ascii(text) else "UTF-8"
    hdr, body, _ = leaf("text/plain", text, cs.lower(), cte="7bit" if cs == "US-ASCII" else "quoted-printable",
                        extra_ct="; format=flowed", ct_quote=False, csname=cs)
    f, to, cc, rt, su = _common(sp, None, "Q")
    h = ["MIME-Version: 1.0", "Date: " + rfc_date(sp["date"], pad=False), f]
    _add(h, to, cc, rt, su)
    h += _irt(sp)
    h.append("Message-ID: " + mid)
    h.append("X-Sender: " + sp["from"][1])
    h.append("User-Agent: Roundcube Webmail/1.6.11")
    h += hdr
    return h, body, "utf-8", mid


def cl_samsung(R, sp):
    mid = sp.get("msgid") or f"<{rstr(R, 8, HEXL)}-{rstr(R, 4, HEXL)}-{rstr(R, 4, HEXL)}@email.android.com>"
    text = _plain(sp)
    p1 = leaf("text/plain", text, "utf-8", cte="base64", ct_quote=False)
    p2 = leaf("text/html", html_samsung(sp["body"], sp.get("quote_html")), "utf-8", cte="base64", ct_quote=False)
    ct, body, _ = multipart("alternative", f"--_com.samsung.android.email_{R.randint(10 ** 14, 10 ** 15)}", [p1, p2])
    f, to, cc, rt, su = _common(sp, None, "B")
    h = ["MIME-Version: 1.0", "Date: " + rfc_date(sp["date"], pad=False)]
    h.append(su)
    h += _irt(sp)
    h.append(f)
    _add(h, rt, to, cc)
    h.append("Message-ID: " + mid)
    h += ct
    return h, body, "utf-8", mid


def cl_k9(R, sp):
    mid = sp.get("msgid") or f"<{ruuid(R)}@email.android.com>"
    text = _plain(sp)
    hdr, body, _ = leaf("text/plain", text, "utf-8", ct_quote=False)
    f, to, cc, rt, su = _common(sp, None, "Q")
    h = ["Date: " + rfc_date(sp["date"], pad=False), f]
    h.append(su)
    _add(h, to, cc, rt)
    h += _irt(sp)
    h.append("Message-ID: " + mid)
    h.append("User-Agent: Thunderbird for Android")
    h.append("MIME-Version: 1.0")
    h += hdr
    return h, body, "utf-8", mid


def cl_proton(R, sp):
    mid = sp.get("msgid") or f"<{rstr(R, 43, B64URL)}=@protonmail.com>"
    text = _plain(sp)
    p1 = leaf("text/plain", text, "utf-8", cte="base64")
    p2 = leaf("text/html", html_proton(sp["body"]), "utf-8", cte="base64")
    ct, body, _ = multipart("alternative", "b1=_" + rstr(R, 43, ALNUM), [p1, p2])
    f, to, cc, rt, su = _common(sp, None, "B")
    h = ["Date: " + rfc_date(sp["date"].astimezone(UTC), pad=True)]
    _add(h, to, cc)
    h.append(f)
    h.append(su)
    h.append("Message-ID: " + mid)
    h.append(f"Feedback-ID: {R.randint(10000000, 99999999)}:user:proton")
    h.append("X-Pm-Message-ID: " + rstr(R, 40, HEXL))
    h.append("MIME-Version: 1.0")
    h += ct
    return h, body, "utf-8", mid


def cl_webform(R, sp):
    mid = sp.get("msgid") or f"<{rstr(R, 32, HEXL)}@alliantenergy.com>"
    text = _plain(sp)
    hdr, body, _ = leaf("text/plain", text, "utf-8", cte="8bit" if not is_ascii(text) else "7bit", ct_quote=False, csname="UTF-8")
    f, to, cc, rt, su = _common(sp, None, "B")
    h = [f, rt, to, su, "Date: " + rfc_date(sp["date"]), "Message-ID: " + mid, "MIME-Version: 1.0"]
    h += hdr
    h += ["X-Mailer: Drupal", "X-Alliant-Form: contact-us"]
    return h, body, "utf-8", mid


CLIENTS = {
    "gmail_web": cl_gmail, "gmail_android": cl_gmail, "iphone": cl_iphone, "ipad": cl_ipad,
    "apple_mail": cl_apple_mail, "outlook_win": cl_outlook_win, "owa": cl_owa, "outlook_ios": cl_outlook_ios,
    "outlook_smtp": cl_outlook_smtp, "yahoo_web": cl_yahoo_web, "yahoo_android": cl_yahoo_android,
    "aol_web": cl_aol_web, "ox": cl_ox, "thunderbird": cl_thunderbird, "roundcube": cl_roundcube,
    "samsung": cl_samsung, "k9": cl_k9, "proton": cl_proton, "webform": cl_webform,
}

PROGRAM_NAMES = {
    "gmail_web": "Gmail web", "gmail_android": "Gmail for Android", "iphone": "iPhone Mail", "ipad": "iPad Mail",
    "apple_mail": "Apple Mail (macOS)", "outlook_win": "Outlook for Windows (Exchange Online)",
    "owa": "Outlook on the web", "outlook_ios": "Outlook for iOS", "outlook_smtp": "Outlook 16 on an IMAP/SMTP account",
    "yahoo_web": "Yahoo Mail web", "yahoo_android": "Yahoo Mail Android", "aol_web": "AOL Mail web",
    "ox": "Xfinity Connect (Open-Xchange)", "thunderbird": "Thunderbird", "roundcube": "Roundcube",
    "samsung": "Samsung Email", "k9": "Thunderbird for Android", "proton": "Proton Mail",
    "webform": "alliantenergy.com Contact Us relay (Drupal)",
}


def build_human(n, sp):
    R = rng(f"h{sp['key']}")
    sp = dict(sp)
    sp["rcpt"] = sp["rcpt"]
    prov = PROVIDERS[sp["prov"]](R, sp)
    h, body, cs, mid = CLIENTS[sp["client"]](R, sp)
    arrive = sp["date"] + _dt.timedelta(seconds=R.randint(3, 40))
    mx = R.choice(["mx1", "mx2"])
    ar = ar_lines(mx, R, prov["dkim"], prov["env"], prov["ip"], sp["from"][1].split("@")[1], prov["dmarc"])
    chain = our_chain(R, sp["rcpt"], prov["env"], arrive, prov["helo"], prov["rdns"], prov["ip"], ar, mx=mx)
    h = h + list(sp.get("extra_headers", []))
    raw = to_bytes(chain + prov["headers"] + h, body, cs)
    return raw, mid


def make_pdf(text):
    """A tiny but well-formed one-page PDF carrying `text`."""
    t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 11 Tf 72 720 Td ({t}) Tj ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def prov_ses(R, sp):
    d = sp["from"][1].split("@")[1]
    rdns = f"a{R.randint(8, 48)}-{R.randint(1, 250)}.smtp-out.amazonses.com"
    ip = f"54.240.{R.randint(8, 48)}.{R.randint(1, 250)}"
    env = f"010001{rstr(R, 10, HEXL)}-{ruuid(R)}-000000@amazonses.com"
    hs = [dkim_sig(R, d, "ses1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", ts(sp["date"])),
          dkim_sig(R, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID", ts(sp["date"])),
          f"Feedback-ID: ::1.us-east-1.{rstr(R, 43, ALNUM)}=:AmazonSES",
          f"X-SES-Outgoing: {sp['date'].astimezone(UTC):%Y.%m.%d}-54.240.{R.randint(8, 48)}.{R.randint(1, 250)}"]
    return dict(helo=rdns, rdns=rdns, ip=ip, headers=hs, dkim=(d, "ses1"), env=env, dmarc="p=NONE dis=NONE")


def cl_app(R, sp):
    """A web service's own mailer (plain text)."""
    d = sp["from"][1].split("@")[1]
    mid = sp.get("msgid") or f"<{ruuid(R)}@{d}>"
    text = _plain(sp)
    hdr, body, _ = leaf("text/plain", text, "utf-8", ct_quote=False, csname="UTF-8")
    f, to, cc, rt, su = _common(sp, None, "B")
    h = [f, to, su, "Date: " + rfc_date(sp["date"].astimezone(UTC), pad=True), "Message-ID: " + mid, "MIME-Version: 1.0"] + hdr
    return h, body, "utf-8", mid


PROVIDERS["ses"] = prov_ses
CLIENTS["app"] = cl_app
PROGRAM_NAMES["app"] = "web service mailer (Amazon SES)"
