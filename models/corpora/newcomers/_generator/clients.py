"""Mail programs people write with: each turns a spec into client headers and a MIME body.

A spec is a dict with at least: prog, name, addr, to, subject, date, text (the person's own new words).
Optional: reply (one of our own mails, quoted below the new text), fwd (forward it instead),
reply_to, charset, cte, html_only, extra_headers.
"""
import html

from mimelib import (RNG, UTC, addr, ew, leaf, multipart, rfc, rfc_two, rstr, rhex, ruuid, rb64,
                     epoch_ms, to_html_paras, quote_gt, flowed, gmail_attr, apple_attr, long_us, yahoo_attr,
                     samsung_attr)


# ---------------------------------------------------------------- quoting our own mail
def our_from(o):
    return f"{o['from_name']} <{o['from_addr']}>"


def q_gmail(o, fwd=False):
    if fwd:
        head = ("---------- Forwarded message ---------\n"
                f"From: {our_from(o)}\nDate: {gmail_attr(o['date'])}\nSubject: {o['subject']}\n"
                f"To: <{o['to_addr']}>\n")
        plain = "\n\n" + head + "\n\n" + o["text"]
        h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             + "<br>".join(html.escape(x) for x in head.strip().split("\n"))
             + "<br></div><br><br>" + to_html_paras(o["text"]) + "</div>")
        return plain, h
    attr = f"On {gmail_attr(o['date'])} {our_from(o)} wrote:"
    plain = "\n\n" + attr + "\n\n" + quote_gt(o["text"]) + "\n"
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
         + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
         'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html_paras(o["text"]) + "</blockquote></div>")
    return plain, h


def q_iphone(o):
    return "\n\n" + quote_gt(f"On {apple_attr(o['date'])}, {our_from(o)} wrote:\n\n" + o["text"]) + "\n"


def q_outlook_web(o, to_disp):
    head = (f"From: {our_from(o)}\nSent: {long_us(o['date'])}\nTo: {to_disp}\nSubject: {o['subject']}")
    plain = "\n\n________________________________\n" + head + "\n\n" + o["text"] + "\n"
    h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
         + "<br>".join("<b>" + html.escape(l.split(": ", 1)[0]) + ":</b> " + html.escape(l.split(": ", 1)[1])
                       for l in head.split("\n"))
         + "</font><div>&nbsp;</div></div>" + to_html_paras(o["text"]))
    return plain, h


def q_outlook_desktop(o, to_disp):
    head = (f"From: {our_from(o)} \nSent: {long_us(o['date'])}\nTo: {to_disp}\nSubject: {o['subject']}")
    plain = "\n\n" + head + "\n\n" + o["text"] + "\n"
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
         '<p class="MsoNormal"><b>From:</b> ' + html.escape(our_from(o)) + " <br><b>Sent:</b> "
         + html.escape(long_us(o["date"])) + "<br><b>To:</b> " + html.escape(to_disp) + "<br><b>Subject:</b> "
         + html.escape(o["subject"]) + "</p></div></div>" + to_html_paras(o["text"]))
    return plain, h


def q_yahoo(o):
    attr = f"On {yahoo_attr(o['date'])}, {our_from(o)} wrote:"
    plain = "\n\n\n    " + attr + "  \n \n \n" + o["text"] + "\n"
    h = ('<div id="ydp' + rhex(8) + 'yahoo_quoted_' + str(RNG.randint(1000000000, 9999999999)) + '" class="ydp'
         + rhex(8) + 'yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
         'font-size:13px;color:#26282a;"><div>' + html.escape(attr) + "</div><div><br></div><div><br></div><div>"
         + to_html_paras(o["text"]) + "</div></div></div>")
    return plain, h


def q_samsung(o):
    head = (f"-------- Original message --------\nFrom: {our_from(o)} \nDate: {samsung_attr(o['date'])} \n"
            f"To: {o['to_addr']} \nSubject: {o['subject']} \n")
    plain = "\n\n\n" + head + "\n" + o["text"] + "\n"
    h = ('<br><br><br><div style="font-size:100%;color:#000000"><!-- originalMessage --><div>'
         + "<br>".join(html.escape(x) for x in head.strip().split("\n")) + "</div><br>" + to_html_paras(o["text"]) + "</div>")
    return plain, h


def refs(o):
    r = o.get("refs", [])
    return " ".join(r + [o["msgid"]])


def reply_headers(spec):
    o = spec.get("reply")
    return f"References: {refs(o)}\nIn-Reply-To: {o['msgid']}\n" if o else ""


def subj_line(spec):
    return f"Subject: {ew(spec['subject'], spec.get('hcharset', 'utf-8'), spec.get('hmode', 'B'))}\n" if spec["subject"] else "Subject: \n"


def from_line(spec):
    return f"From: {addr(spec['name'], spec['addr'], spec.get('hcharset', 'utf-8'), spec.get('hmode', 'B'))}\n"


def extra(spec):
    return spec.get("extra_headers", "")


# ---------------------------------------------------------------- programs
def gmail(spec):
    """Gmail web, Gmail for iOS/Android: multipart/alternative, UTF-8."""
    o = spec.get("reply")
    plain, h = spec["text"], f'<div dir="ltr">{to_html_paras(spec["text"])}</div>'
    if o:
        qp, qh = q_gmail(o, spec.get("fwd", False))
        plain += qp
        h += qh
    pcte = spec.get("cte") or ("quoted-printable" if _nonascii(plain) or _long(plain) else None)
    hcte = spec.get("cte") or ("quoted-printable" if _nonascii(h) or _long(h) else None)
    b = "0000000000" + rhex(18)
    parts = [leaf('text/plain; charset="UTF-8"', plain, "utf-8", pcte),
             leaf('text/plain; charset="UTF-8"'.replace("plain", "html"), h, "utf-8", hcte)]
    ct, body = multipart("alternative", b, parts)
    mid = f"<CA{RNG.choice(['+', 'J', 'E', 'K', 'P', 'L'])}{rstr(10)}{rstr(1, '+-_=')}{rstr(28)}{rstr(1, '+-_=')}{rstr(6)}@mail.gmail.com>"
    hdr = ("MIME-Version: 1.0\n" + reply_headers(spec) + from_line(spec) + f"Date: {rfc(spec['date'])}\n"
           f"Message-ID: {mid}\n" + subj_line(spec) + f"To: {spec['to']}\n" + extra(spec) + ct)
    return hdr, body, mid


def gmail_plain(spec):
    """Gmail's own List-Unsubscribe mail: one text/plain part."""
    mid = f"<CA{rstr(40)}@mail.gmail.com>"
    ct, body = leaf('text/plain; charset="UTF-8"', spec["text"], "utf-8", None)
    hdr = ("MIME-Version: 1.0\n" + from_line(spec) + f"Date: {rfc(spec['date'])}\nMessage-ID: {mid}\n"
           + subj_line(spec) + f"To: {spec['to']}\n" + extra(spec) + ct)
    return hdr, body, mid


def iphone(spec):
    """iOS Mail: text/plain, quoted-printable UTF-8, the quote marked with '>'."""
    o = spec.get("reply")
    text = spec["text"]
    if o:
        text += q_iphone(o)
    mid = f"<{ruuid(upper=True)}@icloud.com>"
    ct, body = leaf("text/plain;\n\tcharset=utf-8", text, "utf-8", "quoted-printable")
    ver = spec.get("ios", "22C152")
    hdr = (ct + from_line(spec) + "Mime-Version: 1.0 (1.0)\n" + subj_line(spec) + f"Date: {rfc(spec['date'])}\n"
           f"Message-Id: {mid}\n" + reply_headers(spec) + f"To: {spec['to']}\n" + extra(spec)
           + f"X-Mailer: iPhone Mail ({ver})\n")
    return hdr, body, mid


def outlook_web(spec):
    """Outlook.com / Outlook on the web: multipart/alternative, quoted-printable, Date in UTC."""
    o = spec.get("reply")
    a, region = spec["_outlook_ids"]
    plain = spec["text"]
    h_inner = f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{to_html_paras(spec["text"])}\n</div>'
    if o:
        qp, qh = q_outlook_web(o, f"{spec['addr']} <{spec['addr']}>")
        plain += qp
        h_inner += qh
    charset = spec.get("charset", "us-ascii" if not _nonascii(plain) else "utf-8")
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
         '<body dir="ltr">\n' + h_inner + "\n</body>\n</html>\n")
    b = f"_000_{a}{rstr(10).upper()}{region}prod_"
    parts = [leaf(f'text/plain; charset="{charset}"', plain, charset, "quoted-printable"),
             leaf(f'text/html; charset="{charset}"', h, charset, "quoted-printable")]
    ct, body = multipart("alternative", b, parts)
    mid = f"<{a}{rstr(10).upper()}{rstr(6).upper()}@{a}.{region}.prod.outlook.com>"
    d = spec["date"].astimezone(UTC)
    topic = spec["subject"][4:] if spec["subject"][:4].lower() in ("re: ", "fw: ") else spec["subject"]
    hdr = (from_line(spec) + f"To: {spec['to_quoted']}\n" + subj_line(spec)
           + f"Thread-Topic: {ew(topic)}\nThread-Index: AQH{rb64(20)}==\nDate: {rfc_two(d)}\nMessage-ID: {mid}\n"
           + reply_headers(spec) + "Accept-Language: en-US\nContent-Language: en-US\nX-MS-Has-Attach:\n"
           "X-MS-TNEF-Correlator:\nmsip_labels:\nx-ms-publictraffictype: Email\n"
           f"x-ms-traffictypediagnostic: {a}:EE_|{a[:5]}{a[5:7]}MB{RNG.randint(1000, 9999)}:EE_\n"
           f"x-ms-office365-filtering-correlation-id: {ruuid()}\n" + extra(spec) + ct + "MIME-Version: 1.0\n")
    return hdr, body, mid


def outlook_desktop(spec):
    """Outlook 2016+/365 on Windows: ----=_NextPart boundary, us-ascii or windows-1252."""
    o = spec.get("reply")
    plain = spec["text"]
    words = to_html_paras(spec["text"]).replace("<div>", '<p class="MsoNormal">').replace("</div>", "</p>")
    if o:
        qp, qh = q_outlook_desktop(o, spec["addr"])
        plain += qp
        words += qh
    charset = spec.get("charset", "us-ascii" if not _nonascii(plain) else "windows-1252")
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset='
         + charset + '"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
         '<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>\n'
         + words + "\n</div></body></html>\n")
    stamp = f"01DB{rhex(4).upper()}.{rhex(8).upper()}"
    b = f"----=_NextPart_000_{rhex(4).upper()}_{stamp}"
    pc = "7bit" if charset == "us-ascii" and not _long(plain) else "quoted-printable"
    parts = [leaf(f'text/plain;\n\tcharset="{charset}"', plain, charset, pc),
             leaf(f'text/html;\n\tcharset="{charset}"', h, charset, "quoted-printable")]
    ct, body = multipart("alternative", b, parts, preamble="This is a multipart message in MIME format.", fold=True)
    dom = spec["addr"].split("@")[1]
    mid = f"<0000{rhex(4)}01db{rhex(4)}${rhex(8)}${rhex(8)}$@{dom}>"
    hdr = (from_line(spec) + f"To: <{spec['to_addr']}>\n" + reply_headers(spec) + subj_line(spec)
           + f"Date: {rfc(spec['date'])}\nMessage-ID: {mid}\nMIME-Version: 1.0\n" + ct
           + f"X-Mailer: Microsoft Outlook 16.0\nThread-Index: AQH{rb64(26)}\nContent-Language: en-us\n" + extra(spec))
    return hdr, body, mid


def yahoo(spec, mailer="WebService/1.1.23040 YMailNorrin"):
    o = spec.get("reply")
    plain = spec["text"]
    inner = to_html_paras(spec["text"])
    if o:
        qp, qh = q_yahoo(o)
        plain += qp
        inner += '<div><br></div><div><br></div>' + qh
    h = ('<html><head></head><body><div class="ydp' + rhex(8) + 'yahoo-style-wrap" style="font-family:'
         'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + inner + "</div></body></html>")
    ts = epoch_ms(spec["date"])
    b = f"----=_Part_{RNG.randint(1000000, 9999999)}_{RNG.randint(100000000, 2099999999)}.{ts}"
    pc = "quoted-printable" if _nonascii(plain) or _long(plain) else "7bit"
    if spec.get("html_only"):
        ct, body = leaf("text/html; charset=UTF-8", h, "utf-8", "quoted-printable")
    else:
        parts = [leaf("text/plain; charset=UTF-8", plain, "utf-8", pc),
                 leaf("text/html; charset=UTF-8", h, "utf-8", "quoted-printable")]
        ct, body = multipart("alternative", b, parts)
        ct = ct.replace("; boundary", "; \n\tboundary")
    mid = f"<{RNG.randint(100000000, 2099999999)}.{RNG.randint(1000000, 9999999)}.{ts}@mail.yahoo.com>"
    hdr = (f"Date: {rfc(spec['date'].astimezone(UTC)).replace('-0000', '+0000')} (UTC)\n" + from_line(spec)
           + f"To: {spec['to']}\nMessage-ID: {mid}\n" + reply_headers(spec) + subj_line(spec) + "MIME-Version: 1.0\n"
           + ct + f"X-Mailer: {spec.get('mailer', mailer)}\n" + extra(spec))
    return hdr, body, mid


def thunderbird(spec):
    charset = spec.get("charset", "UTF-8")
    text = flowed(spec["text"])
    cte = spec.get("cte") or ("7bit" if not _nonascii(text) else "8bit")
    ct, body = leaf(f"text/plain; charset={charset}; format=flowed", text, charset.lower(), cte)
    dom = spec["addr"].split("@")[1]
    mid = f"<{ruuid()}@{dom}>"
    hdr = (f"Message-ID: {mid}\nDate: {rfc(spec['date'])}\nMIME-Version: 1.0\nUser-Agent: Mozilla Thunderbird\n"
           f"Content-Language: {spec.get('lang_tag', 'en-US')}\nTo: {spec['to_addr']}\n" + from_line(spec)
           + subj_line(spec) + extra(spec) + ct)
    return hdr, body, mid


def openxchange(spec):
    ts = epoch_ms(spec["date"])
    b = f"----=_Part_{RNG.randint(100000, 999999)}_{RNG.randint(100000000, 2099999999)}.{ts}"
    plain = spec["text"]
    h = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
         + "\n".join(f'  <div class="default-style">\n   {html.escape(l) if l else "<br>"}\n  </div>' for l in plain.split("\n"))
         + "\n </body>\n</html>")
    pc = "quoted-printable" if _nonascii(plain) else "7bit"
    parts = [leaf("text/plain; charset=UTF-8", plain, "utf-8", pc), leaf("text/html; charset=UTF-8", h, "utf-8", pc)]
    ct, body = multipart("alternative", b, parts)
    ct = ct.replace("; boundary", "; \n\tboundary")
    mid = f"<{RNG.randint(100000000, 2099999999)}.{RNG.randint(100000, 999999)}.{ts}@connect.xfinity.com>"
    hdr = (f"Date: {rfc(spec['date'])} (CST)\n" + from_line(spec) + f"To: {spec['to_addr']}\nMessage-ID: {mid}\n"
           + subj_line(spec) + "MIME-Version: 1.0\n" + ct + "X-Priority: 3\nImportance: Normal\n"
           "X-Mailer: Open-Xchange Mailer v7.10.6-Rev68\nX-Originating-Client: open-xchange-appsuite\n" + extra(spec))
    return hdr, body, mid


def roundcube(spec):
    charset = spec.get("charset", "US-ASCII")
    text = flowed(spec["text"], 76)
    cte = "quoted-printable" if _nonascii(text) else "7bit"
    ct, body = leaf(f"text/plain; charset={charset};\n format=flowed", text, charset.lower(), cte)
    dom = spec["addr"].split("@")[1]
    mid = f"<{rhex(32)}@{dom}>"
    hdr = ("MIME-Version: 1.0\n" + f"Date: {rfc_two(spec['date'])}\n" + from_line(spec) + f"To: {spec['to_addr']}\n"
           + subj_line(spec) + f"Message-ID: {mid}\nX-Sender: {spec['addr']}\nUser-Agent: Roundcube Webmail/1.6.9\n"
           + extra(spec) + ct)
    return hdr, body, mid


def samsung(spec):
    o = spec.get("reply")
    plain = spec["text"]
    h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">" \
        + html.escape(spec["text"]).replace("\n", "<br>") + "</div>"
    if o:
        qp, qh = q_samsung(o)
        plain += qp
        h += qh
    h += "</body></html>"
    b = f"--_com.samsung.android.email_{RNG.randint(10**15, 10**16 - 1)}"
    parts = [leaf("text/plain; charset=utf-8", plain, "utf-8", "base64"),
             leaf("text/html; charset=utf-8", h, "utf-8", "base64")]
    ct, body = multipart("alternative", b, parts)
    mid = f"<{rstr(16).lower()}.{rstr(6).lower()}@email.android.com>"
    hdr = (f"Message-ID: {mid}\nDate: {rfc(spec['date'])}\n" + subj_line(spec) + from_line(spec)
           + f"To: {spec['to']}\n" + reply_headers(spec) + "MIME-Version: 1.0\n" + extra(spec) + ct)
    return hdr, body, mid


def proton(spec):
    b = f"b1=_{rstr(40)}"
    plain = spec["text"]
    h = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + html.escape(plain).replace("\n", "<br>")
         + '</div><div class="protonmail_signature_block protonmail_signature_block-empty" style="font-family: Arial, '
         'sans-serif; font-size: 14px;"><div class="protonmail_signature_block-user protonmail_signature_block-empty">'
         "</div><div class=\"protonmail_signature_block-proton protonmail_signature_block-empty\"></div></div>")
    parts = [leaf("text/plain; charset=utf-8", plain, "utf-8", "quoted-printable"),
             leaf("text/html; charset=utf-8", h, "utf-8", "base64")]
    ct, body = multipart("alternative", b, parts)
    mid = f"<{rb64(60).replace('/', '_').replace('+', '-')}=@proton.me>"
    hdr = (f"Date: {rfc_two(spec['date'].astimezone(UTC))}\nTo: {spec['to_addr']}\n" + from_line(spec) + subj_line(spec)
           + f"Message-ID: {mid}\nFeedback-ID: {rb64(60)}==:Ext:ProtonMail\nX-Pm-Message-ID: {rstr(40)}\n"
           "MIME-Version: 1.0\n" + extra(spec) + ct)
    return hdr, body, mid


def _nonascii(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def _long(s):
    return any(len(l) > 76 for l in s.split("\n"))


PROGRAMS = {
    "gmail": gmail, "gmail_plain": gmail_plain, "iphone": iphone, "outlook_web": outlook_web,
    "outlook_desktop": outlook_desktop, "yahoo": yahoo, "thunderbird": thunderbird, "openxchange": openxchange,
    "roundcube": roundcube, "samsung": samsung, "proton": proton,
}
