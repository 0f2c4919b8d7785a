"""How each mail program lays out a person's message: new text, signature, quote header, quoted original, MIME.

A spec (see specs.py) names a program ("prog"), a provider ("prov"), a mode (reply / bottom / forward / inline / new),
the new text and signature, and the original it answers. render(spec) returns the .eml bytes.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from lib import (NNBSP, R, UTC, Part, Trace, addr, alnum, b64, binary_part, central, crlf, esc, ew, exo_msgid, fold,
                 h12, hexs, linkify, local, message, multipart, outlook_long, outlook_long_es, rfc_date, text_part,
                 thread_index, tiny_png, tiny_jpeg_like, tzname, uuid_upper, MONTHS, DAYS, DIAS, MESES)
from originals import Orig

BANNERS = {
    "caution": "CAUTION: This email originated from outside of the organization. Do not click links or open "
               "attachments unless you recognize the sender and know the content is safe.",
    "external": "[EXTERNAL] This email originated outside the organization. Use caution with links and attachments.",
    "ext_es": "[EXTERNO] Este correo se originó fuera de la organización. No haga clic en enlaces ni abra archivos "
              "adjuntos a menos que reconozca al remitente.",
    "warn": "WARNING: External sender. Think before you click. Report suspicious messages with the Phish Alert "
            "button.",
}

MOBILE = {
    ("outlook_ios", "en"): ("Get Outlook for iOS", "https://aka.ms/o0ukef"),
    ("outlook_ios", "es"): ("Obtener Outlook para iOS", "https://aka.ms/o0ukef"),
    ("outlook_android", "en"): ("Get Outlook for Android", "https://aka.ms/AAb9ysg"),
    ("outlook_android", "es"): ("Obtener Outlook para Android", "https://aka.ms/AAb9ysg"),
}


# --- small text helpers ----------------------------------------------------------------------------------------------

def gt(text: str) -> str:
    return "\n".join(">" if not l.strip() else "> " + l for l in text.split("\n"))


def lines_html(text: str, open_: str, close: str, blank: str) -> str:
    out = []
    for l in text.split("\n"):
        if l.startswith("[cid:") and l.endswith("]"):
            out.append(open_ + f'<img src="cid:{l[5:-1]}" alt="image">' + close)
        else:
            out.append(blank if not l.strip() else open_ + linkify(l) + close)
    return "\n".join(out)


def orig_subject(o: Orig, p: dict, s: dict) -> str:
    subj = o.subject.format(**p) if "{" in o.subject else o.subject
    if s.get("banner_subject"):
        subj = s["banner_subject"] + " " + subj
    return subj


def gmail_wrap(line: str, width: int = 78) -> str:
    """Gmail hard-wraps the plain attribution line; the e-mail address goes to the next line when it does not fit."""
    if len(line) <= width:
        return line
    cut = line.rfind("<", 0, width)
    if cut == -1:
        cut = line.rfind(" ", 0, width)
        return line[:cut] + "\n" + line[cut + 1:]
    return line[:cut + 1] + "\n" + line[cut + 1:]


def recipient_disp(s: dict, o: Orig) -> tuple[str, str]:
    if "to" in o.extra:
        return o.extra["to"]
    name, email = s["frm"]
    return s.get("orig_to_name", name), s.get("orig_to_addr", email)


# --- attribution blocks ----------------------------------------------------------------------------------------------

def attribution(s: dict, o: Orig, p: dict) -> tuple[str, str]:
    """(plain, html) of the line or block between the new text and the quoted original."""
    prog, lang, mode = s["prog"], s.get("hdr_lang", s["lang"]), s["mode"]
    d = local(o.date)
    fname, faddr = o.from_name, o.from_addr
    tname, taddr = recipient_disp(s, o)
    subj = orig_subject(o, p, s)
    fwd = mode == "forward"
    es = lang == "es"
    if prog in ("outlook16", "owa", "outlook_ios", "outlook_android", "outlook_plain"):
        if prog in ("outlook16", "outlook_plain"):
            when = outlook_long_es(d) if es else outlook_long(d)
        else:
            when = (outlook_long_es(d) + f":{d.second:02d}") if es else \
                f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d, secs=True)}"
        to_txt = f"{tname} <{taddr}>" if tname else taddr
        if prog in ("owa", "outlook_ios", "outlook_android") and not tname:
            to_txt = f"{taddr} <{taddr}>"
        labs = ("De", "Enviado", "Para", "Asunto") if es else ("From", "Sent", "To", "Subject")
        rows = [(labs[0], f"{fname} <{faddr}>"), (labs[1], when), (labs[2], to_txt), (labs[3], subj)]
        plain = "\n".join(f"{k}: {v}" for k, v in rows)
        if prog == "outlook_plain":
            plain = "-----" + ("Mensaje original" if es else "Original Message") + "-----\n" + plain
        elif prog != "outlook16":
            plain = "________________________________\n" + plain
        if prog == "outlook16":
            h = ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal">' + "<br>\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in rows) +
                 "<o:p></o:p></p>\n</div>\n</div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
        else:
            h = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                 'color="#000000">' + "<br>\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in rows) +
                 "</font>\n<div>&nbsp;</div>\n</div>")
        return plain, h
    if prog == "outlookmac":
        when = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} at {h12(d)}"
        rows = [("From", f"{fname} <{faddr}>"), ("Date", when), ("To", f"{tname} <{taddr}>"), ("Subject", subj)]
        plain = "\n".join(f"{k}: {v}" for k, v in rows)
        h = ('<div id="mail-editor-reference-message-container">\n<div class="MsoNormal" style="text-align:center" '
             'align="center"><hr size="1" width="100%" align="center"></div>\n<p class="MsoNormal" '
             'style="margin-bottom:12.0pt">' + "<br>\n".join(
                 f'<b><span style="font-size:12.0pt;color:black">{k}: </span></b><span style="font-size:12.0pt;'
                 f'color:black">{esc(v)}</span>' for k, v in rows) + "<o:p></o:p></p>\n</div>")
        return plain, h
    if prog == "gmail":
        if fwd:
            if es:
                rows = ["---------- Forwarded message ---------", f"De: {fname} <{faddr}>",
                        f"Date: {DIAS[d.weekday()][:3]}, {d.day} {MESES[d.month - 1][:3]} {d.year} a las {d.hour}:{d:%M}",
                        f"Subject: {subj}", f"To: <{taddr}>"]
            else:
                rows = ["---------- Forwarded message ---------", f"From: {fname} <{faddr}>",
                        f"Date: {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h12(d, sep=NNBSP)}",
                        f"Subject: {subj}", f"To: <{taddr}>"]
            plain = "\n".join(rows) + "\n"
            hrows = [esc(rows[0]),
                     f'{rows[1].split(":")[0]}: <strong class="gmail_sendername" dir="auto">{esc(fname)}</strong> '
                     f'<span dir="auto">&lt;<a href="mailto:{faddr}">{faddr}</a>&gt;</span>',
                     esc(rows[2]), esc(rows[3]), f'To: &lt;<a href="mailto:{taddr}">{taddr}</a>&gt;']
            h = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
                 "<br>".join(hrows) + "<br></div><br><br>")
            return plain, h
        if es:
            line = (f"El {DIAS[d.weekday()][:3]}, {d.day} {MESES[d.month - 1][:3]} {d.year} a las {d.hour}:{d:%M}, "
                    f"{fname} (<{faddr}>) escribió:")
            hline = (f"El {DIAS[d.weekday()][:3]}, {d.day} {MESES[d.month - 1][:3]} {d.year} a las {d.hour}:{d:%M}, "
                     f'{esc(fname)} (&lt;<a href="mailto:{faddr}">{faddr}</a>&gt;) escribió:')
        else:
            line = (f"On {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h12(d, sep=NNBSP)} "
                    f"{fname} <{faddr}> wrote:")
            hline = (f"On {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h12(d, sep=NNBSP)} "
                     f'{esc(fname)} &lt;<a href="mailto:{faddr}">{faddr}</a>&gt; wrote:')
        return gmail_wrap(line), ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                                  + hline + "<br></div>")
    if prog in ("iphone", "applemail"):
        if fwd:
            if es:
                rows = [("De", f"{fname} <{faddr}>"), ("Asunto", subj),
                        ("Fecha", f"{d.day} de {MESES[d.month - 1]} de {d.year}, {d.hour}:{d:%M}:{d.second:02d} {tzname(o.date)}"),
                        ("Para", taddr)]
                head = "Inicio del mensaje reenviado:"
            else:
                rows = [("From", f"{fname} <{faddr}>"), ("Subject", subj),
                        ("Date", f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {h12(d, secs=True)} {tzname(o.date)}"),
                        ("To", taddr)]
                head = "Begin forwarded message:"
            plain = head + "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows)
            h = (f'<div dir="ltr"><br><blockquote type="cite">{head}<br><br></blockquote></div><blockquote type="cite">'
                 '<div dir="ltr">' + "".join(
                     f'<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span '
                     f'style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);">'
                     f'<b>{k}: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, '
                     f'sans-serif;">{esc(v)}<br></span></div>' for k, v in rows) + "<br>")
            return plain, h
        if es:
            line = f"El {d.day} {MESES[d.month - 1][:3]} {d.year}, a las {d.hour}:{d:%M}, {fname} <{faddr}> escribió:"
        else:
            line = f"On {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {h12(d)}, {fname} <{faddr}> wrote:"
        return line, f'<blockquote type="cite">{esc(line)}<br><br></blockquote>'
    if prog in ("yahoo", "yahoo_app"):
        if es:
            line = (f"El {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}, "
                    f"{d.hour % 12 or 12:02d}:{d:%M}:{d.second:02d} {'a. m.' if d.hour < 12 else 'p. m.'} "
                    f"{tzname(o.date)}, {fname} <{faddr}> escribió:")
        else:
            line = (f"On {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} at "
                    f"{d.hour % 12 or 12:02d}:{d:%M}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'} {tzname(o.date)}, "
                    f"{fname} <{faddr}> wrote:")
        plain = "    " + line + "  \n \n "
        h = f"<div>{esc(line)}</div><div><br></div><div><br></div>"
        return plain, h
    if prog == "aol":
        rows = [("From", f"{fname} <{faddr}>"), ("To", taddr),
                ("Sent", f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} {h12(d, low=True)}"),
                ("Subject", subj)]
        plain = "-----Original Message-----\n" + "\n".join(f"{k}: {v}" for k, v in rows)
        h = ('<div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">-----Original Message-----<br>'
             + "<br>".join(f"{k}: {esc(v)}" for k, v in rows) + "<br><br>")
        return plain, h
    if prog in ("samsung", "samsung_gmail"):
        dt = f"{d.month}/{d.day}/{d.year % 100}  {h12(d)}  (GMT-0{6 if tzname(o.date) == 'CST' else 5}:00)"
        if es:
            dt = f"{d.day}/{d.month}/{d.year % 100}  {d.hour}:{d:%M}  (GMT-0{6 if tzname(o.date) == 'CST' else 5}:00)"
            rows = [("De", f"{fname} <{faddr}> "), ("Fecha", dt + " "), ("Para", taddr + " "), ("Asunto", subj + " ")]
            head = "-------- Mensaje original --------"
        else:
            rows = [("From", f"{fname} <{faddr}> "), ("Date", dt + " "), ("To", taddr + " "), ("Subject", subj + " ")]
            head = "-------- Original message --------"
        plain = head + "\n" + "\n".join(f"{k}: {v}" for k, v in rows)
        h = ('<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>' + head + "</div>" +
             "".join(f"<div>{k}: {esc(v)}</div>" for k, v in rows) + "<div><br></div></div>")
        return plain, h
    if prog == "thunderbird":
        line = f"On {d.month}/{d.day}/{d.year % 100} {h12(d)}, {fname} wrote:"
        return line, f'<div class="moz-cite-prefix">{esc(line)}<br></div>'
    if prog == "ox":
        line = f"On {d.month:02d}/{d.day:02d}/{d.year} {d.hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'} {tzname(o.date)} {fname} <{faddr}> wrote:"
        line = f"On {d.month:02d}/{d.day:02d}/{d.year} {h12(d)} {tzname(o.date)} {fname} <{faddr}> wrote:"
        return line, f"{esc(line)}<br>"
    raise ValueError(prog)


# --- the sender's part -----------------------------------------------------------------------------------------------

def new_html(prog: str, text: str) -> str:
    if not text or prog == "outlook_plain":
        return ""
    if prog in ("outlook16", "outlookmac"):
        return lines_html(text, '<p class="MsoNormal">', "<o:p></o:p></p>", '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if prog == "owa":
        st = ('class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
              'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"')
        return lines_html(text, f"<div {st}>", "</div>", f"<div {st}><br></div>")
    if prog in ("outlook_ios", "outlook_android", "samsung", "samsung_gmail"):
        return lines_html(text, '<div dir="auto">', "</div>", '<div dir="auto"><br></div>')
    if prog == "gmail":
        return lines_html(text, "<div>", "</div>", "<div><br></div>")
    if prog in ("iphone", "applemail"):
        return lines_html(text, '<div dir="ltr">', "</div>", '<div dir="ltr"><br></div>')
    if prog in ("yahoo", "yahoo_app"):
        return lines_html(text, '<div dir="ltr" data-setdir="false">', "</div>", '<div dir="ltr" data-setdir="false"><br></div>')
    if prog == "aol":
        return lines_html(text, "<div>", "</div>", "<div><br></div>")
    if prog == "ox":
        return lines_html(text, '<div class="default-style">', "</div>", '<div class="default-style">&nbsp;</div>')
    if prog == "thunderbird":
        return lines_html(text, "", "<br>", "<br>")
    raise ValueError(prog)


def sig_html(prog: str, s: dict) -> str:
    sig = s.get("sig", "")
    if not sig:
        return ""
    if s.get("logo") and prog in ("outlook16", "outlookmac", "owa"):
        lines = sig.split("\n")
        out = []
        for i, l in enumerate(lines):
            if l.startswith("[cid:"):
                cid = l[5:-1]
                out.append(f'<p class="MsoNormal"><img width="{s["logo"][1]}" height="{s["logo"][2]}" '
                           f'style="width:{s["logo"][1] / 96:.4f}in;height:{s["logo"][2] / 96:.4f}in" '
                           f'id="Picture_x0020_{i}" src="cid:{cid}" alt="{esc(s["logo"][0])}"><o:p></o:p></p>')
            elif i == 0:
                out.append(f'<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">{esc(l)}</span></b>'
                           "<o:p></o:p></p>")
            elif not l.strip():
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">{linkify(l)}</span>'
                           "<o:p></o:p></p>")
        return "\n".join(out)
    body = new_html(prog, sig)
    if prog == "gmail":
        return f'<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">{body}</div></div>'
    if prog == "outlook16":
        return body
    return body


def disclaimer_html(prog: str, text: str) -> str:
    if prog in ("outlook16", "outlookmac"):
        return (f'<p class="MsoNormal"><span style="font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;'
                f'color:gray">{esc(text)}</span><o:p></o:p></p>')
    return f'<div style="font-size:8pt;color:#808080;font-family:Arial,sans-serif">{esc(text)}</div>'


def banner_html(key: str) -> str:
    t = BANNERS[key]
    head, _, rest = t.partition(" ")
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" align="left" width="100%" '
            'style="width:100.0%"><tr><td style="background:#FFEB9C;padding:5.25pt 1.5pt 5.25pt 1.5pt"></td>'
            '<td width="100%" style="width:100.0%;background:#FFEB9C;padding:5.25pt 3.75pt 5.25pt 11.25pt">'
            f'<p class="MsoNormal"><strong><span style="font-size:9.0pt;color:#9C6500">{esc(head)}</span></strong>'
            f'<span style="font-size:9.0pt;color:black"> {esc(rest)}</span></p></td></tr></table>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')


def mobile_footer(s: dict) -> tuple[str, str]:
    prog, lang = s["prog"], s["lang"]
    if s.get("no_footer"):
        return "", ""
    if prog in ("outlook_ios", "outlook_android"):
        t, u = MOBILE[(prog, lang)]
        word, _, rest = t.partition(" ")
        return (f"{t}<{u}>", f'<div class="ms-outlook-mobile-signature"><div dir="auto">{word} '
                             f'<a href="{u}">{rest}</a></div></div>')
    if prog == "iphone":
        t = s.get("footer", "Enviado desde mi iPhone" if lang == "es" else "Sent from my iPhone")
        return t, f'<div dir="ltr">{esc(t)}</div>'
    if prog in ("samsung", "samsung_gmail"):
        t = s.get("footer", "Enviado desde mi Galaxy" if lang == "es" else "Sent from my Galaxy")
        return t, f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(t)}</div></div>'
    if prog == "yahoo_app":
        if lang == "es":
            t, u = "Enviado desde Yahoo Mail para Android", "https://go.onelink.me/107872968?pid=InProduct&c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&af_wl=ym&af_sub1=Internal&af_sub2=Global_YGrowth&af_sub3=EmailSignature"
        else:
            t, u = s.get("footer", "Sent from Yahoo Mail on Android"), "https://go.onelink.me/107872968?pid=InProduct&c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&af_wl=ym&af_sub1=Internal&af_sub2=Global_YGrowth&af_sub3=EmailSignature"
        word = t.rsplit(" ", 3)
        return t, f'<div id="ymail_android_signature"><a href="{u}">{esc(t)}</a></div>'
    return "", ""


def own_part(s: dict) -> tuple[str, str]:
    """The sender's new text + signature + device footer + disclaimer, as plain and HTML."""
    prog = s["prog"]
    new = s.get("new", "")
    sig = s.get("sig", "")
    foot_p, foot_h = mobile_footer(s)
    disc = s.get("disclaimer", "")
    plain_bits = [x for x in (new, sig) if x]
    plain = "\n\n".join(plain_bits)
    if foot_p:
        plain = (plain + "\n\n" + foot_p) if plain else foot_p
    if disc:
        plain += "\n\n" + disc
    hb = []
    if new:
        hb.append(s.get("new_html") or new_html(prog, new))
    if sig:
        gap = new_html(prog, "\n") if new else ""
        hb.append(gap + sig_html(prog, s))
    if s.get("html_sig"):
        hb.append(new_html(prog, "\n").split("\n")[0])
        hb.append('<table cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:9pt;'
                  'color:#333333" class="exclaimer-signature"><tr><td style="border-left:3px solid #8a1538;'
                  f'padding-left:8px">{esc(s["html_sig"])}</td></tr></table>')
    if foot_h:
        if hb:
            hb.append(new_html(prog, "\n").split("\n")[0])
        hb.append(foot_h)
    if disc:
        hb.append(new_html(prog, "\n").split("\n")[0])
        hb.append(disclaimer_html(prog, disc))
    return plain, "\n".join(hb)


# --- quoted original -------------------------------------------------------------------------------------------------

def quote_plain(s: dict, o: Orig, p: dict) -> str:
    text = o.plain(p)
    if s.get("banner"):
        text = BANNERS[s["banner"]] + "\n\n" + text
    prog, mode = s["prog"], s["mode"]
    if mode == "forward":
        return text
    if prog in ("gmail", "iphone", "thunderbird", "ox"):
        return gt(text)
    return text


def quote_html(s: dict, o: Orig, p: dict) -> str:
    inner = o.html(p)
    if s.get("banner"):
        inner = banner_html(s["banner"]) + "\n" + inner
    return inner


def inline_parts(s: dict, o: Orig, p: dict) -> tuple[str, str]:
    """Answers written between the paragraphs of the quoted original. Plain loses the colour; HTML keeps it."""
    paras = o.plain(p).split("\n\n")
    answers = {}
    for key, a in s["inline"]:
        if isinstance(key, tuple):       # after a given line inside a paragraph: split the paragraph there
            pi, li = key
            lines = paras[pi].split("\n")
            paras[pi:pi + 1] = ["\n".join(lines[:li + 1]), "\n".join(lines[li + 1:])]
            answers = {(k + 1 if k > pi else k): v for k, v in answers.items()}
            answers[pi] = a
        else:
            answers[key] = a
    prog = s["prog"]
    color = s.get("ans_color", "#C00000")
    pl, hl = [], []
    for i, para in enumerate(paras):
        if prog == "gmail":
            pl.append(gt(para))
            hl.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      f'rgb(204,204,204);padding-left:1ex">{lines_html(para, "", "<br>", "<br>")}</blockquote>')
        elif prog == "owa":
            pl.append(para)
            hl.append(lines_html(para, "<div>", "</div>", "<div><br></div>") + "\n<div><br></div>")
        else:
            pl.append(para)
            hl.append(lines_html(para, '<p class="MsoNormal">', "<o:p></o:p></p>",
                                 '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>') +
                      '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        if i in answers:
            a = answers[i]
            pl.append(a)
            if prog == "gmail":
                hl.append(f"<div>{esc(a)}</div><div><br></div>")
            elif prog == "owa":
                hl.append(f'<div style="color:{color}"><b>{esc(a)}</b></div>\n<div><br></div>')
            else:
                hl.append(f'<p class="MsoNormal"><b><i><span style="color:{color}">{esc(a)}</span></i></b>'
                          '<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n\n".join(pl), "\n".join(hl)


# --- whole bodies ----------------------------------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
{img_style}<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:{font};
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0in;
	font-size:11.0pt;
	font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle{n}
	{{mso-style-type:personal-reply;
	font-family:"{font}",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def charset_for(prog: str, text: str) -> str:
    if prog in ("outlook16", "outlook_plain"):
        try:
            text.encode("ascii")
            return "us-ascii"
        except UnicodeEncodeError:
            pass
        try:
            text.encode("iso-8859-1")
            return "iso-8859-1"
        except UnicodeEncodeError:
            pass
        try:
            text.encode("windows-1252")
            return "Windows-1252"
        except UnicodeEncodeError:
            return "utf-8"
    if prog in ("owa", "outlookmac"):
        try:
            text.encode("iso-8859-1")
            return "iso-8859-1" if prog == "owa" else "utf-8"
        except UnicodeEncodeError:
            return "Windows-1252" if prog == "owa" and _cp(text) else "utf-8"
    if prog in ("gmail", "samsung_gmail"):
        return "UTF-8"
    return "utf-8"


def _cp(text: str) -> bool:
    try:
        text.encode("windows-1252")
        return True
    except UnicodeEncodeError:
        return False


def bodies(s: dict, o: Orig | None, p: dict) -> tuple[str, str]:
    """The full plain text and HTML of the message."""
    prog, mode = s["prog"], s["mode"]
    own_p, own_h = own_part(s)
    if mode == "new" or o is None:
        plain = own_p
        inner = own_h
        return plain, ("" if prog == "outlook_plain" else wrap_html(s, inner, plain))
    att_p, att_h = attribution(s, o, p)
    if mode == "inline":
        q_p, q_h = inline_parts(s, o, p)
    else:
        q_p, q_h = quote_plain(s, o, p), quote_html(s, o, p)
    # plain
    if prog == "gmail" and mode != "forward":
        sep_att = "\n\n"
    elif prog in ("yahoo", "yahoo_app"):
        sep_att = "\n\n\n\n\n"
    elif prog == "aol":
        sep_att = "\n\n\n"
    elif prog in ("iphone",) and mode != "forward":
        sep_att = "\n\n"
    else:
        sep_att = "\n\n"
    if prog in ("iphone",) and mode != "forward":
        att_block = "> " + att_p + "\n> \n" + q_p
    elif prog == "gmail" and mode != "forward":
        att_block = att_p + "\n\n" + q_p
    elif prog in ("yahoo", "yahoo_app"):
        att_block = att_p + q_p
    elif prog == "thunderbird":
        att_block = att_p + "\n" + q_p
    elif prog == "ox":
        att_block = "> " + att_p + "\n>\n" + q_p
    else:
        att_block = att_p + "\n\n" + q_p
    if mode == "bottom":
        plain = att_block + "\n\n" + own_p
    elif own_p:
        plain = own_p + sep_att + att_block
    else:
        plain = ("\n" if prog in ("gmail",) else "") + att_block
    if s.get("plain_new_only"):
        plain = own_p
    # html
    if prog == "outlook_plain":
        return plain, ""
    if prog == "outlook16":
        inner = (own_h + "\n" if own_h else "") + att_h + "\n" + q_h
    elif prog == "outlookmac":
        inner = own_h + "\n" + att_h + "\n" + q_h
    elif prog == "owa" and mode == "bottom":
        inner = att_h + "\n<div>" + q_h + "</div>\n" + own_h
    elif prog in ("owa", "outlook_ios", "outlook_android"):
        sepl = '<div id="ms-outlook-mobile-body-separator-line" dir="auto"><br></div>\n' if prog != "owa" else ""
        ref_open = '<div id="mail-editor-reference-message-container" dir="auto">' if prog != "owa" else ""
        ref_close = "</div>" if prog != "owa" else ""
        inner = own_h + "\n" + sepl + ref_open + att_h + "\n<div>" + q_h + "</div>" + ref_close
    elif prog in ("gmail",):
        if mode == "forward":
            inner = f'<div dir="ltr">{own_h}<br><br>{att_h}{q_h}</div></div>'
        elif mode == "bottom":
            inner = (f'<div dir="ltr">{att_h}<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q_h}</blockquote></div>'
                     f'<div><br></div>{own_h}</div>')
        elif mode == "inline":
            inner = f'<div dir="ltr">{own_h}</div><br><div class="gmail_quote">{att_h}{q_h}</div></div>'
        else:
            inner = (f'<div dir="ltr">{own_h}</div><br>{att_h}<blockquote class="gmail_quote" style="margin:0px 0px '
                     f'0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q_h}</blockquote></div>')
    elif prog in ("iphone", "applemail"):
        if mode == "forward":
            inner = own_h + att_h + q_h + "</div></blockquote>"
        else:
            inner = (own_h + f'<div dir="ltr"><br>{att_h}</div><blockquote type="cite"><div dir="ltr">{q_h}</div>'
                     "</blockquote>")
    elif prog in ("yahoo", "yahoo_app"):
        yid = f"ydp{hexs(8)}"
        inner = (own_h + f'<div><br></div><div><br></div><div id="{yid}yahoo_quoted_{R.randrange(1000000000, 9999999999)}" '
                 f'class="{yid}yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, '
                 f'sans-serif;font-size:13px;color:#26282a;">{att_h}<div>{q_h}</div></div></div>')
    elif prog == "aol":
        inner = own_h + "<div><br></div><div><br></div>" + att_h + f'<div id="AOLMsgPart_2_{uuid_upper().lower()}">{q_h}</div></div>'
    elif prog in ("samsung", "samsung_gmail"):
        inner = own_h + "<div><br></div><div><br></div>" + att_h + q_h
    elif prog == "thunderbird":
        inner = (f'{att_h}<blockquote type="cite" cite="mid:{o.msgid.strip("<>")}">{q_h}</blockquote>'
                 f"<br>{own_h}")
        if mode != "bottom":
            inner = f'<p>{own_h}</p>{att_h}<blockquote type="cite">{q_h}</blockquote>'
    elif prog == "ox":
        inner = own_h + f'<blockquote type="cite">{att_h}<br>{q_h}</blockquote>'
    else:
        raise ValueError(prog)
    return plain, wrap_html(s, inner, plain)


def wrap_html(s: dict, inner: str, plain: str) -> str:
    prog = s["prog"]
    cs = s.get("_cs", "utf-8")
    if prog in ("outlook16", "outlookmac"):
        imgst = ('<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n'
                 'w\\:* {behavior:url(#default#VML);}\n.shape {behavior:url(#default#VML);}\n</style><![endif]-->'
                 if s.get("logo") or s.get("images") else "")
        head = OUTLOOK_HEAD.format(cs=cs, img_style=imgst, font="Aptos" if s.get("aptos") else "Calibri",
                                   n=s.get("style_n", 17), lang="ES" if s["lang"] == "es" else "EN-US")
        return head + inner + "\n</div>\n</body>\n</html>\n"
    if prog in ("owa",):
        return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body dir="ltr">\n{inner}\n</body>\n</html>\n')
    if prog in ("outlook_ios", "outlook_android"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
                f"<body>\n{inner}\n</body>\n</html>\n")
    if prog == "gmail":
        return inner if inner.endswith("\n") else inner + "\n"
    if prog in ("iphone", "applemail"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{inner}</body></html>')
    if prog in ("yahoo", "yahoo_app"):
        return ('<html><head></head><body><div class="ydp' + hexs(8) + 'yahoo-style-wrap" style="font-family:'
                'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">' + inner + "</div></body></html>")
    if prog == "aol":
        return ('<html><head></head><body><div style="font-family:Arial, Helvetica, sans-serif;font-size:12pt;">'
                + inner + "</div></body></html>")
    if prog in ("samsung", "samsung_gmail"):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                f'<body dir="auto">{inner}</body></html>')
    if prog == "thunderbird":
        return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; "
                f"charset=UTF-8\">\n  </head>\n  <body>\n{inner}\n  </body>\n</html>\n")
    if prog == "ox":
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  '
                f"{inner}\n </body>\n</html>")
    raise ValueError(prog)


# --- headers ---------------------------------------------------------------------------------------------------------

def subject_of(s: dict, o: Orig | None, p: dict) -> str:
    if "subject" in s:
        return s["subject"]
    if o is None:
        return ""
    base = orig_subject(o, p, s)
    prog, lang, mode = s["prog"], s["lang"], s["mode"]
    if mode == "forward":
        if prog in ("outlook16", "owa", "outlook_ios", "outlook_android", "outlookmac", "outlook_plain"):
            pre = "RV: " if lang == "es" else "FW: "
        else:
            pre = "Fwd: "
    else:
        pre = "RE: " if prog in ("outlook16", "owa", "outlook_ios", "outlook_android", "outlookmac", "outlook_plain") \
            else "Re: "
    if prog == "outlookmac" and mode != "forward":
        pre = "Re: "
    if mode != "forward" and base[:3].lower() == "re:":
        return (pre + base[3:].lstrip()) if pre.startswith("RE") else base
    return pre + base


def render(s: dict) -> bytes:
    o: Orig | None = s.get("orig_obj")
    p = s["p"]
    prog, prov = s["prog"], s["prov"]
    sent = central(s["date"])
    s["_sent"] = sent
    name, email = s["frm"]
    mailbox = s["mailbox"]
    s["_cs"] = "utf-8"
    probe_p, probe_h = bodies(s, o, p)
    cs = charset_for(prog, probe_p + probe_h)
    s["_cs"] = cs
    plain, html_ = bodies(s, o, p)
    subj = subject_of(s, o, p)
    mid, exo_host = (None, None)
    if prog in ("outlook16", "owa", "outlookmac", "outlook_android", "outlook_ios", "outlook_plain") and prov in ("exo", "outlookcom"):
        mid, exo_host = exo_msgid()
    tr = Trace(prov, email, mailbox, sent, mid=mid)
    trace = tr.headers(s.get("envelope"))
    in_reply = None
    refs = None
    if o is not None and o.msgid and s["mode"] != "new" and not s.get("no_refs"):
        in_reply = o.msgid
        refs = (" ".join(s["refs_before"]) + " " if s.get("refs_before") else "") + o.msgid
    mbaddr = f"{mailbox}@alliant-energy.com"
    if "to" in s:
        to = ",\r\n ".join(addr(n, a) for n, a in s["to"]) if isinstance(s["to"], list) else s["to"]
    elif o is not None and s["mode"] not in ("forward", "new") and (o.reply_to or o.from_addr) == mbaddr:
        to = addr(None if o.reply_to else o.from_name, o.reply_to or o.from_addr)
    else:
        to = mbaddr
    from_h = addr(name, email, quote_always=s.get("quote_name", False))
    reply_to = s.get("reply_to")
    cc = s.get("cc")

    # ---- MIME structure
    images = []
    if s.get("logo"):
        lname, w, h, cid = s["logo"][0], s["logo"][1], s["logo"][2], s["logo"][3]
        images.append((cid, s["logo"][4], tiny_png(w // 4, h // 4, s["logo"][5])))
    for im in s.get("images", []):
        images.append(im)
    pt_cs = "UTF-8" if prog in ("gmail", "samsung_gmail") else cs
    boundary_seed = None
    if mid:
        boundary_seed = mid.strip("<>").replace("@", "").replace(".", "")[:46]
    plain_cte = s.get("plain_cte")
    if prog == "outlook_plain":
        body = text_part(plain, "plain", cs, plain_cte or "quoted-printable")
    elif s.get("html_only"):
        body = text_part(html_, "html", pt_cs if prog != "ox" else "UTF-8",
                         s.get("html_cte") or ("base64" if prog == "outlook_ios" and s.get("b64") else "quoted-printable"))
    elif s.get("plain_only"):
        fl = "; format=flowed" if prog == "thunderbird" else ""
        body = text_part(plain, "plain", "UTF-8" if prog == "thunderbird" else pt_cs,
                         plain_cte or ("8bit" if prog == "thunderbird" and not plain.isascii() else None),
                         params=fl, quote_charset=prog != "thunderbird")
    else:
        if prog in ("iphone", "applemail"):
            tp = text_part(plain, "plain", "utf-8", plain_cte, quote_charset=False, order="cte-first")
            th = text_part(html_, "html", "utf-8", s.get("html_cte"), quote_charset=False, order="cte-first")
            tp.headers = [tp.headers[1], tp.headers[0]] if tp.headers[0].startswith("Content-Transfer") else tp.headers
        elif prog in ("gmail", "samsung_gmail"):
            tp = _gmail_part(plain, "plain")
            th = _gmail_part(html_, "html")
        elif prog == "thunderbird":
            tp = text_part(plain, "plain", "UTF-8", "7bit" if plain.isascii() else "8bit", params="; format=flowed",
                           quote_charset=False)
            th = text_part(html_, "html", "UTF-8", "7bit" if html_.isascii() else "8bit", quote_charset=False)
        else:
            tp = text_part(plain, "plain", pt_cs, plain_cte or "quoted-printable")
            th = text_part(html_, "html", pt_cs, s.get("html_cte") or "quoted-printable")
        alt_b = _boundary(prog, "000", boundary_seed)
        body = multipart("alternative", [tp, th], alt_b, quote_boundary=prog not in ("iphone", "applemail", "gmail", "samsung_gmail"))
    if images:
        parts = [body]
        for cid, fname, data in images:
            ctype = "image/png" if fname.endswith(".png") else "image/jpeg"
            parts.append(binary_part(data, f'{ctype}; name="{fname}"',
                                     [f'Content-Description: {fname}',
                                      f'Content-Disposition: inline; filename="{fname}";\r\n\tsize={len(data)};\r\n'
                                      f'\tcreation-date="{rfc_date(sent, utc=True)}";\r\n\tmodification-date="{rfc_date(sent, utc=True)}"',
                                      f"Content-ID: <{cid}>"]))
        body = multipart("related", parts, _boundary(prog, "004", boundary_seed), params='; type="multipart/alternative"')
    if s.get("attach"):
        parts = [body]
        for fname, ctype, data in s["attach"]:
            if ctype == "message/rfc822":
                parts.append(Part([f"Content-Type: message/rfc822", f'Content-Disposition: attachment;\r\n\tfilename="{fname}"'], data))
            else:
                parts.append(binary_part(data, f'{ctype}; name="{fname}"',
                                         [f'Content-Description: {fname}',
                                          f'Content-Disposition: attachment; filename="{fname}"; size={len(data)}']))
        body = multipart("mixed", parts, _boundary(prog, "006", boundary_seed))

    # ---- headers in the program's order
    date_h = rfc_date(sent, utc=prov in ("exo", "outlookcom", "yahoo", "aol"))
    if prov in ("yahoo", "aol"):
        date_h += " (UTC)"
    hs = list(trace)
    subj_h = fold("Subject", ew(subj, "utf-8" if not cs.lower().startswith("iso") else "iso-8859-1")) if subj or s.get("empty_subject") else None
    if prog in ("outlook16", "owa", "outlook_ios", "outlook_android", "outlook_plain") and prov in ("exo", "outlookcom"):
        hs.append(fold("From", from_h))
        hs.append(fold("To", to))
        if cc:
            hs.append(fold("CC", cc))
        if subj_h:
            hs.append(subj_h)
        else:
            hs.append("Subject: ")
        thread = orig_subject(o, p, s) if o is not None and s["mode"] != "new" else subj
        if thread:
            hs.append(fold("Thread-Topic", ew(thread)))
        hs.append(f"Thread-Index: {thread_index()}")
        hs.append(f"Date: {date_h}")
        hs.append(f"Message-ID: {mid}")
        if refs:
            hs.append(fold("References", refs))
        if in_reply:
            hs.append(f"In-Reply-To: {in_reply}")
        if reply_to:
            hs.append(fold("Reply-To", reply_to))
        lang_tag = s.get("content_language", "es-US" if s["lang"] == "es" else "en-US")
        hs.append(f"Accept-Language: {lang_tag}")
        hs.append(f"Content-Language: {lang_tag}")
        hs.append(f"X-MS-Has-Attach: {'yes' if images or s.get('attach') else ''}")
        hs.append("X-MS-TNEF-Correlator: ")
        if prov == "exo":
            hs.append("msip_labels: ")
            hs.append(f"x-ms-publictraffictype: Email")
            hs.append(f"x-ms-traffictypediagnostic: {exo_host}:EE_|{exo_host[:-4]}{R.randrange(1000, 9999)}:EE_")
            hs.append(f"x-ms-office365-filtering-correlation-id: {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}")
            hs.append("x-ms-exchange-senderadcheck: 1")
            hs.append("x-ms-exchange-antispam-relay: 0")
        if prog == "outlook_ios":
            hs.append("x-ms-reactions: allow")
        hs.append("MIME-Version: 1.0")
        hs += body.headers
        if prov == "exo":
            hs.append(f"X-OriginatorOrg: {email.split('@')[1]}")
            hs.append(f"X-MS-Exchange-CrossTenant-AuthAs: Internal")
            hs.append(f"X-MS-Exchange-CrossTenant-AuthSource: {mid.strip('<>').split('@')[1]}")
            hs.append(f"X-MS-Exchange-CrossTenant-Network-Message-Id: {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}")
            hs.append(f"X-MS-Exchange-CrossTenant-originalarrivaltime: {sent.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randrange(1000, 9999)} (UTC)")
            hs.append(f"X-MS-Exchange-CrossTenant-fromentityheader: Hosted")
            hs.append(f"X-MS-Exchange-CrossTenant-id: {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}")
            hs.append(f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {exo_host[:-4]}{R.randrange(1000, 9999)}")
        return ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + body.body
    if prog == "outlookmac":
        hs.append(fold("From", from_h))
        hs.append(fold("To", to))
        if cc:
            hs.append(fold("CC", cc))
        hs.append(subj_h or "Subject: ")
        thread = orig_subject(o, p, s) if o is not None else subj
        hs.append(fold("Thread-Topic", ew(thread)))
        hs.append(f"Thread-Index: {thread_index()}")
        hs.append(f"Date: {date_h}")
        hs.append(f"Message-ID: {mid or '<' + uuid_upper() + '@' + email.split('@')[1] + '>'}")
        if refs:
            hs.append(fold("References", refs))
        if in_reply:
            hs.append(f"In-Reply-To: {in_reply}")
        hs.append("Accept-Language: en-US")
        hs.append("Content-Language: en-US")
        hs.append(f"X-MS-Has-Attach: {'yes' if images else ''}")
        hs.append("X-MS-TNEF-Correlator: ")
        hs.append("user-agent: Microsoft-MacOutlook/16.93.25011212")
        hs.append("MIME-Version: 1.0")
        hs += body.headers
        return ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + body.body
    if prog in ("gmail", "samsung_gmail") or (prov == "gmail" and prog in ("outlook_ios", "outlook_android")):
        hs.append("MIME-Version: 1.0")
        if refs:
            hs.append(fold("References", refs))
        if in_reply:
            hs.append(f"In-Reply-To: {in_reply}")
        hs.append(fold("From", from_h))
        hs.append(f"Date: {rfc_date(sent)}")
        if prog == "samsung_gmail":
            hs.append(f"Message-ID: <{alnum(28, 'abcdefghijklmnopqrstuvwxyz0123456789')}@email.android.com>")
        else:
            hs.append(f"Message-ID: <CA{alnum(1, 'ABCDEFGHJKLMNOPQRSTUVWXYZ')}{alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+=_-')}@mail.gmail.com>")
        hs.append(subj_h or "Subject: ")
        hs.append(fold("To", to))
        if cc:
            hs.append(fold("Cc", cc))
        if reply_to:
            hs.append(fold("Reply-To", reply_to))
        hs += body.headers
        return ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + body.body
    if prog in ("iphone", "applemail"):
        hs += body.headers[:1]
        hs.append("Content-Transfer-Encoding: 7bit")
        hs.append(fold("From", from_h))
        hs.append("Mime-Version: 1.0 (1.0)")
        hs.append(f"Date: {rfc_date(sent)}")
        hs.append(subj_h or "Subject: ")
        hs.append(f"Message-Id: <{uuid_upper()}@{email.split('@')[1]}>")
        if refs:
            hs.append(fold("References", refs))
        if in_reply:
            hs.append(f"In-Reply-To: {in_reply}")
        if cc:
            hs.append(fold("Cc", cc))
        hs.append(fold("To", to))
        hs.append("X-Mailer: " + ("iPhone Mail (23C71)" if prog == "iphone" else "Apple Mail (2.3826.300.87.4.3)"))
        return ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + body.body
    if prog in ("yahoo", "yahoo_app", "aol"):
        hs.append(f"Date: {date_h}")
        hs.append(fold("From", from_h))
        hs.append(fold("To", to))
        if cc:
            hs.append(fold("Cc", cc))
        ymid = f"<{R.randrange(100000000, 2147483647)}.{R.randrange(1000000, 9999999)}.{int(sent.timestamp() * 1000)}@mail.yahoo.com>"
        hs.append(f"Message-ID: {ymid}")
        if in_reply:
            hs.append(f"In-Reply-To: {in_reply}")
        if refs:
            hs.append(fold("References", refs))
        hs.append(subj_h or "Subject: ")
        hs.append("MIME-Version: 1.0")
        hs += body.headers
        xm = {"yahoo": "WebService/1.1.25083 YMailNorrin", "aol": "WebService/1.1.25083 AolMailNorrin",
              "yahoo_app": "WebService/1.1.25083 YahooMailAndroidMobile"}[prog]
        hs.append(f"X-Mailer: {xm}")
        return ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + body.body
    if prog == "thunderbird":
        hs.append(f"Message-ID: <{uuid_upper().lower()}@{email.split('@')[1]}>")
        hs.append(f"Date: {rfc_date(sent)}")
        hs.append("MIME-Version: 1.0")
        hs.append("User-Agent: Mozilla Thunderbird")
        hs.append("Content-Language: en-US")
        hs.append(fold("To", to))
        if refs:
            hs.append(fold("References", refs))
        hs.append(fold("From", from_h))
        hs.append(subj_h or "Subject: ")
        if in_reply:
            hs.append(f"In-Reply-To: {in_reply}")
        hs += body.headers
        return ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + body.body
    if prog == "ox":
        hs.append(f"Date: {rfc_date(sent)}")
        hs.append(fold("From", from_h))
        hs.append(fold("To", to))
        hs.append(f"Message-ID: <{R.randrange(100000000, 999999999)}.{R.randrange(100000, 999999)}@connect.xfinity.com>")
        if in_reply:
            hs.append(f"In-Reply-To: {in_reply}")
        if refs:
            hs.append(fold("References", refs))
        hs.append(subj_h or "Subject: ")
        hs.append("MIME-Version: 1.0")
        hs += body.headers
        hs.append("X-Priority: 3")
        hs.append("Importance: Normal")
        hs.append("X-Mailer: Open-Xchange Mailer v7.10.6-Rev71")
        hs.append("X-Originating-Client: open-xchange-appsuite")
        return ("\r\n".join(hs) + "\r\n\r\n").encode("ascii") + body.body
    if prog == "samsung":
        raise ValueError("samsung needs a provider program; use samsung_gmail")
    raise ValueError(prog)


def _gmail_part(text: str, sub: str) -> Part:
    if any(ord(c) > 126 for c in text) or any(len(l) > 76 for l in text.split("\n")):
        return text_part(text, sub, "UTF-8", "quoted-printable")
    p = text_part(text, sub, "UTF-8", "7bit")
    p.headers = p.headers[:1]
    return p


def _boundary(prog: str, n: str, seed: str | None) -> str:
    if prog in ("outlook16", "owa", "outlook_ios", "outlook_android", "outlook_plain") and seed:
        return f"_{n}_{seed}_"
    if prog in ("gmail", "samsung_gmail"):
        return "0000000000" + hexs(18)
    if prog in ("iphone", "applemail"):
        return f"Apple-Mail-{uuid_upper()}"
    if prog in ("yahoo", "yahoo_app", "aol"):
        return f"----=_Part_{R.randrange(1000000, 9999999)}_{R.randrange(100000000, 999999999)}.{R.randrange(1700000000000, 1800000000000)}"
    if prog == "outlookmac":
        return f"B_{R.randrange(3900000000, 3999999999)}_{R.randrange(100000000, 999999999)}"
    if prog == "thunderbird":
        return "------------" + alnum(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return "----=_Part_" + hexs(16)
