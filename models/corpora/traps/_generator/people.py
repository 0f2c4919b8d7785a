"""Mail written by people: mail programs (clients), their providers' trace headers, quoting styles."""
from mailer import (CRLF, MAILBOX, BOX_DISPLAY, R, T, at, plus, utc, addr, subj, ew, text_part,
                    multipart, assemble, top_headers, auth_lines, dkim, fold_b, esc, html_lines,
                    pick_charset, needs_qp, flow, tiny_png, b64body, DAYS, DAYS_LONG, MONS, MONS_LONG,
                    DIAS, DIAS_LONG, MESES, MESES_LONG)
import ourmail

# --------------------------------------------------------------------------- attribution lines


def _ord(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def who(frm):
    return "%s <%s>" % frm


def attribution(style, o, zone):
    t = at(o["date"], zone)
    l = t.l
    n, a = o["from"]
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[l.weekday()], MONS[l.month - 1], l.day, l.year,
                                                        t.h12(), n, a)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribi\u00f3:" % (
            DIAS[l.weekday()], l.day, MESES[l.month - 1], l.year, l.hour, l.minute, n, a)
    if style == "apple":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[l.month - 1], l.day, l.year, t.h12(), n, a)
    if style == "iphone":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[l.month - 1], l.day, l.year, t.h12("\u202f"), n, a)
    if style == "iphone_es":
        return "El %d %s %d, a la(s) %d:%02d, %s <%s> escribi\u00f3:" % (
            l.day, MESES[l.month - 1], l.year, l.hour, l.minute, n, a)
    if style == "tb":
        return "On %d/%d/%02d %s, %s wrote:" % (l.month, l.day, l.year % 100, t.h12(), n)
    if style == "roundcube":
        return "On %04d-%02d-%02d %02d:%02d, %s wrote:" % (l.year, l.month, l.day, l.hour, l.minute, n)
    if style == "comcast":
        return "On %02d/%02d/%04d %s %s %s <%s> wrote:" % (l.month, l.day, l.year, t.h12(), t.abbr, n, a)
    if style == "proton":
        return "On %s, %s %s, %d at %s, %s <%s> wrote:" % (DAYS_LONG[l.weekday()], MONS_LONG[l.month - 1],
                                                          _ord(l.day), l.year, t.h12(), n, a)
    if style == "yahoo":
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            DAYS_LONG[l.weekday()], MONS_LONG[l.month - 1], l.day, l.year, (l.hour % 12) or 12, l.minute,
            l.second, "AM" if l.hour < 12 else "PM", t.abbr, n, a)
    if style == "yahoo_es":
        return "El %s, %d de %s de %d, %02d:%02d:%02d %s, %s <%s> escribi\u00f3:" % (
            DIAS_LONG[l.weekday()], l.day, MESES_LONG[l.month - 1], l.year, (l.hour % 12) or 12, l.minute,
            l.second, t.abbr, n, a)
    raise KeyError(style)


def sent_line(o, zone, lang="en"):
    t = at(o["date"], zone)
    l = t.l
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (DIAS_LONG[l.weekday()], l.day, MESES_LONG[l.month - 1], l.year,
                                              l.hour, l.minute)
    return "%s, %s %d, %d %s" % (DAYS_LONG[l.weekday()], MONS_LONG[l.month - 1], l.day, l.year, t.h12())


def gt(text, prefix="> ", blank=">"):
    return "\n".join((prefix + l) if l else blank for l in text.split("\n"))


# --------------------------------------------------------------------------- compose new + quote
def compose(ctx):
    """Return (plain, html_fragments) where html_fragments = (new_html_text, quote_kind, attr, qtext)."""
    s, o, mode, style = ctx["spec"], ctx["orig"], ctx["mode"], ctx["qstyle"]
    new = s["body"]
    zone = ctx["zone"]
    if not o:
        return new, None
    me = ctx["name"], ctx["email"]
    to_line = o.get("to") or "%s <%s>" % me if ctx["name"] else o.get("to") or ctx["email"]
    lang = s.get("lang", "en")
    n, a = o["from"]
    if mode == "reply":
        if style in ("gmail", "gmail_es"):
            at_ = attribution(style, o, zone)
            return new + "\n\n" + at_ + "\n\n" + gt(o["text"]) + "\n", ("reply", at_)
        if style in ("apple", "iphone", "iphone_es"):
            at_ = attribution(style, o, zone)
            return new + "\n\n> " + at_ + "\n> \n" + gt(o["text"]) + "\n", ("reply", at_)
        if style in ("tb", "roundcube", "proton"):
            at_ = attribution(style, o, zone)
            return new + "\n\n" + at_ + "\n" + gt(o["text"]) + "\n", ("reply", at_)
        if style == "comcast":
            at_ = attribution(style, o, zone)
            return new + "\n\n> " + at_ + "\n> \n> \n" + gt(o["text"]) + "\n", ("reply", at_)
        if style in ("yahoo", "yahoo_es"):
            at_ = attribution(style, o, zone)
            return (new + "\n\n\n   " + at_ + "  \n \n " + o["text"].replace("\n", "\n ") + "\n",
                    ("reply", at_))
        if style in ("outlook", "outlook_es"):
            if lang == "es":
                blk = "De: %s\nEnviado: %s\nPara: %s\nAsunto: %s" % (who(o["from"]), sent_line(o, zone, "es"),
                                                                    to_line, o["subject"])
            else:
                blk = "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (who(o["from"]), sent_line(o, zone), to_line,
                                                                  o["subject"])
            return new + "\n\n________________________________\n" + blk + "\n\n" + o["text"] + "\n", ("block", blk)
        if style == "outlook_desktop":
            blk = "From: %s \nSent: %s\nTo: %s\nSubject: %s" % (who(o["from"]), sent_line(o, zone), to_line,
                                                              o["subject"])
            return new + "\n\n \n\n" + blk + "\n\n \n\n" + o["text"] + "\n", ("block", blk)
        if style == "samsung":
            t = at(o["date"], zone)
            blk = ("-------- Original message --------\nFrom: %s \nDate: %d/%d/%02d %s (GMT%s:00) \nTo: %s \n"
                   "Subject: %s ") % (who(o["from"]), t.l.month, t.l.day, t.l.year % 100, t.h12(),
                                      t.offs()[:3], to_line, o["subject"])
            return new + "\n\n" + blk + "\n\n" + o["text"] + "\n", ("block", blk)
        if style == "wlm":
            blk = "----- Original Message ----- \nFrom: %s\nTo: %s\nSent: %s\nSubject: %s" % (
                n, to_line, sent_line(o, zone), o["subject"])
            return new + "\n\n" + blk + "\n\n\n" + o["text"] + "\n", ("block", blk)
        raise KeyError(style)
    # forwards
    if style == "gmail":
        t = at(o["date"], zone)
        to_g = o.get("to") or "<%s>" % ctx["email"]
        blk = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s"
               % (who(o["from"]), DAYS[t.l.weekday()], MONS[t.l.month - 1], t.l.day, t.l.year, t.h12(),
                  o["subject"], to_g))
        return new + "\n\n" + blk + "\n\n\n" + o["text"] + "\n", ("fwd", blk)
    if style == "outlook":
        blk = "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (who(o["from"]), sent_line(o, zone),
                                                          o.get("to") or to_line, o["subject"])
        return new + "\n\n________________________________\n" + blk + "\n\n" + o["text"] + "\n", ("block", blk)
    if style == "outlook_desktop":
        blk = "From: %s \nSent: %s\nTo: %s\nSubject: %s" % (who(o["from"]), sent_line(o, zone),
                                                           o.get("to") or to_line, o["subject"])
        return new + "\n\n \n\n" + blk + "\n\n \n\n" + o["text"] + "\n", ("block", blk)
    if style in ("apple", "iphone"):
        t = at(o["date"], zone)
        tt = "%s %d, %d at %d:%02d:%02d%s%s %s" % (MONS_LONG[t.l.month - 1], t.l.day, t.l.year,
                                                  (t.l.hour % 12) or 12, t.l.minute, t.l.second,
                                                  "\u202f" if style == "iphone" else " ",
                                                  "AM" if t.l.hour < 12 else "PM", t.abbr)
        blk = "From: %s\nSubject: %s\nDate: %s\nTo: %s" % (who(o["from"]), o["subject"], tt,
                                                           o.get("to") or to_line)
        return (new + "\n\nBegin forwarded message:\n\n" + gt(blk + "\n\n" + o["text"]) + "\n",
                ("fwd", "Begin forwarded message:\n\n" + blk))
    if style == "yahoo":
        t = at(o["date"], zone)
        blk = "----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s, %s %d, %d, %02d:%02d:%02d %s %s\nSubject: %s" % (
            who(o["from"]), o.get("to") or '"%s" <%s>' % (ctx["email"], ctx["email"]),
            DAYS_LONG[t.l.weekday()], MONS_LONG[t.l.month - 1], t.l.day, t.l.year, (t.l.hour % 12) or 12,
            t.l.minute, t.l.second, "AM" if t.l.hour < 12 else "PM", t.abbr, o["subject"])
        return new + "\n\n\n" + blk + "\n\n" + o["text"] + "\n", ("fwd", blk)
    raise KeyError(style)


# --------------------------------------------------------------------------- html renderers
def _q(text):
    return html_lines(text)


def html_gmail(new, q, o):
    h = '<div dir="ltr">' + (html_lines(new) if new.strip() else "<br>") + "</div>"
    if q:
        kind, at_ = q
        if kind == "reply":
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>'
                  '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  'rgb(204,204,204);padding-left:1ex">\n%s</blockquote></div>') % (esc(at_), _q(o["text"]))
        else:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>'
                  '</div><br><br>\n%s</div>') % (html_lines(at_), _q(o["text"]))
    return h + "\n"


def html_outlook(new, q, o, cs):
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
         '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
         'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n'
         '</div>\n') % (cs, html_lines(new))
    if q:
        blk = q[1].split("\n")
        rows = []
        for line in blk:
            k, _, v = line.partition(": ")
            rows.append("<b>%s:</b> %s" % (esc(k), esc(v)))
        h += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
              'color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n<div>%s</div>\n') % (
            "<br>\n".join(rows), _q(o["text"]))
    return h + "</body>\n</html>\n"


def html_word(new, q, o, cs, sig_img=None):
    paras = []
    for line in new.split("\n"):
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) if line else "<o:p>&nbsp;</o:p>"))
    if sig_img:
        paras.append('<p class="MsoNormal"><img width="120" height="32" style="width:1.25in;height:.3333in" '
                     'id="Picture_x0020_1" src="cid:%s" alt="logo"><o:p></o:p></p>' % sig_img)
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/'
         'omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
         'content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
         '\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t'
         '{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\t'
         'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="EN-US" link="#467886" '
         'vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n') % (cs, "\n".join(paras))
    if q:
        rows = []
        for line in q[1].split("\n"):
            k, _, v = line.partition(": ")
            rows.append("<b>%s:</b> %s" % (esc(k), esc(v.strip())))
        h += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 '
              '1.0pt;padding:3.0pt 0in 0in 0in">\n<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">%s<o:p></o:p></p>\n') % (
            "<br>\n".join(rows), _q(o["text"]))
    return h + "</div>\n</body>\n</html>\n"


def html_yahoo(new, q, o, rng):
    h = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
         'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div>') % (
        rng.hex(8), html_lines(new))
    if q:
        h += ('<div><br></div>\n<div id="yahoo_quoted_%s" class="yahoo_quoted">\n<div style="font-family:\'Helvetica '
              'Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n<div>%s</div>\n<div><br></div>'
              '\n<div><br></div>\n<div>%s</div>\n</div>\n</div>') % (rng.digits(10), html_lines(q[1]), _q(o["text"]))
    return h + "</div></body></html>\n"


def html_apple(new, q, o, cs):
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body '
         'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s') % (
        cs, html_lines(new, "div"))
    if q:
        kind, at_ = q
        if kind == "reply":
            h += ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s'
                  '</div></blockquote></div><br>') % (esc(at_), _q(o["text"]))
        else:
            h += '<div><br><blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote></div>' % (
                html_lines(at_), _q(o["text"]))
    return h + "</body></html>\n"


def html_comcast(new, q, o):
    h = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s\n') % "\n".join(
        "  <p>%s</p>" % (esc(l) if l else "<br>") for l in new.split("\n"))
    if q:
        h += ('  <blockquote type="cite">\n   <p>%s</p>\n   <p>%s</p>\n  </blockquote>\n') % (
            esc(q[1]), _q(o["text"]))
    return h + " </body>\n</html>\n"


def html_samsung(new, q, o):
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
         '<div dir="auto">%s</div>') % html_lines(new)
    if q:
        h += ('<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;'
              'color:#000000"><!-- originalMessage --><div>%s</div></div><div dir="auto">%s</div>') % (
            html_lines(q[1]), _q(o["text"]))
    return h + "</body></html>\n"


def html_proton(new, q, o):
    h = '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>' % html_lines(new)
    h += ('<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n<div class="protonmail_signature_'
          'block protonmail_signature_block-empty" style="font-family: Arial, sans-serif; font-size: 14px;">\n'
          '    <div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>\n</div>')
    if q:
        h += ('\n<div class="protonmail_quote">\n        %s<br>\n        <blockquote class="protonmail_quote" '
              'type="cite">\n            %s\n        </blockquote><br>\n    </div>') % (esc(q[1]), _q(o["text"]))
    return h + "\n"


def html_wlm(new, q, o, cs):
    h = ('<HTML><HEAD>\n<META content="text/html; charset=%s" http-equiv=Content-Type></HEAD>\n<BODY '
         'style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody leftMargin=0 '
         'topMargin=0 CanvasTabStop="true" name="Compose message area">\n%s\n') % (cs, "\n".join(
             "<DIV><FONT face=Calibri>%s</FONT></DIV>" % (esc(l) if l else "&nbsp;") for l in new.split("\n")))
    if q:
        h += ('<BLOCKQUOTE style="BORDER-LEFT: #000000 2px solid; PADDING-LEFT: 5px; PADDING-RIGHT: 0px; '
              'MARGIN-LEFT: 5px; MARGIN-RIGHT: 0px">\n<DIV style="FONT: 10pt arial">%s</DIV>\n<DIV><BR></DIV>%s'
              '</BLOCKQUOTE>') % (html_lines(q[1]), _q(o["text"]))
    return h + "</BODY></HTML>\n"


# --------------------------------------------------------------------------- clients
DEFAULT_PROV = {"gmail": "gmail", "outlook": "outlookcom", "outlook_desktop": "m365", "yahoo": "yahoo",
                "aol": "aol", "iphone": "icloud", "apple": "icloud", "comcast": "comcast", "tb": "isp",
                "roundcube": "isp", "proton": "proton", "samsung": "gmail", "wlm": "isp", "webform": "web"}

QSTYLE = {"gmail": "gmail", "outlook": "outlook", "outlook_desktop": "outlook_desktop", "yahoo": "yahoo",
          "aol": "yahoo", "iphone": "iphone", "apple": "apple", "comcast": "comcast", "tb": "tb",
          "roundcube": "roundcube", "proton": "proton", "samsung": "samsung", "wlm": "wlm"}

RE = {"gmail": ("Re: ", "Fwd: "), "outlook": ("RE: ", "Fw: "), "outlook_desktop": ("RE: ", "FW: "),
      "yahoo": ("Re: ", "Fwd: "), "aol": ("Re: ", "Fwd: "), "iphone": ("Re: ", "Fwd: "), "apple": ("Re: ", "Fwd: "),
      "comcast": ("Re: ", "Fwd: "), "tb": ("Re: ", "Fwd: "), "roundcube": ("Re: ", "Fwd: "),
      "proton": ("Re: ", "Fwd: "), "samsung": ("RE: ", "FW: "), "wlm": ("Re: ", "Fw: ")}


def order(vals, names):
    out = []
    for n in names:
        if n in vals and vals[n] is not None:
            out.append((n, vals[n]))
    return out


def c_gmail(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    cs = "UTF-8"
    cte = "quoted-printable" if needs_qp(plain) else None
    p1 = text_part(plain, "plain", cs, cte, "quoted")
    h = html_gmail(s["body"], q, ctx["orig"])
    p2 = text_part(h, "html", cs, "quoted-printable" if needs_qp(h) else None, "quoted")
    ct, body = multipart("alternative", "000000000000" + rng.hex(16), [p1, p2])
    mid = "<CA%s%s@mail.gmail.com>" % (rng.choice("DEFHJKLMNOP"), rng.r.choice(["", "+"]).join(
        [rng.alnum(20), rng.alnum(12) + rng.choice(["=", "_", "-"]) + rng.alnum(14)]))
    vals = base_vals(ctx, cs, "Q")
    vals["Subject"] = subj(ctx["subject"], cs, s.get("subj_mode", "B"))
    vals.update({"MIME-Version": "1.0", "Date": ctx["tl"].rfc(), "Message-ID": s.get("msgid", mid),
                 "Content-Type": ct})
    return order(vals, ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject",
                        "To", "Cc", "Reply-To", "Content-Type"]), body


def base_vals(ctx, cs, mode, to_style=None):
    s = ctx["spec"]
    vals = {"From": addr(ctx["name"], ctx["email"], cs, mode),
            "To": ctx["to"],
            "Subject": subj(ctx["subject"], cs, s.get("subj_mode", mode)),
            "In-Reply-To": ctx.get("irt"), "References": ctx.get("refs")}
    if s.get("cc"):
        vals["Cc"] = s["cc"]
    if s.get("reply_to"):
        vals["Reply-To"] = addr(s["reply_to"][0], s["reply_to"][1], cs, mode)
    return vals


def c_outlook(ctx, desktop=False):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    lang = s.get("lang", "en")
    cs = pick_charset(plain + s["body"], ["iso-8859-1", "windows-1252"])
    hcs = cs
    p1 = text_part(plain, "plain", cs, "quoted-printable", "quoted")
    host = "%sPR%02dMB%04d" % (rng.choice(["SJ0", "DM6", "BN0", "CH3", "MN2", "PH7", "IA1", "DS0"]),
                               rng.int(10, 19), rng.int(1000, 9999))
    prd = rng.int(1, 20)
    ctx["ms_host"], ctx["ms_prd"] = host, prd
    if desktop:
        img = None
        if s.get("sig_img"):
            img = "image001.png@01DC%s.%s" % (rng.HEX(4), rng.HEX(8))
        h = html_word(s["body"], q, ctx["orig"], hcs, img)
    else:
        h = html_outlook(s["body"], q, ctx["orig"], hcs)
    p2 = text_part(h, "html", hcs, "quoted-printable", "quoted")
    bnd = "_000_%s%sNAMP%d%sPROD_OUTLOOK_COM_" % (host, rng.HEX(12), rng.int(1, 2), rng.int(10, 19))
    if desktop and s.get("sig_img"):
        ct_alt, alt = multipart("alternative", "_000_" + bnd[5:].replace("_000_", ""), [p1, p2])
        png = tiny_png(rng)
        ih = [("Content-Type", 'image/png; name="image001.png"'),
              ("Content-Description", "image001.png"),
              ("Content-Disposition", 'inline; filename="image001.png"; size=%d;%s\tcreation-date="%s";%s\t'
               'modification-date="%s"' % (len(png), CRLF, at(ctx["t0"], "UTC").rfc()[:-5] + "GMT",
                                            CRLF, at(ctx["t0"], "UTC").rfc()[:-5] + "GMT")),
              ("Content-ID", "<%s>" % img), ("Content-Transfer-Encoding", "base64")]
        ct, body = multipart("related", "_004_" + bnd[5:], [([("Content-Type", ct_alt)], alt),
                                                           (ih, b64body(png).encode())],
                             params=';%s\ttype="multipart/alternative"' % CRLF, style="fold")
        has_attach = "yes"
    else:
        ct, body = multipart("alternative", bnd, [p1, p2], style="fold")
        has_attach = ""
    mode = "Q"
    vals = base_vals(ctx, cs, mode)
    topic = ctx["subject"]
    for pre in ("RE: ", "Re: ", "FW: ", "Fw: ", "RV: "):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    d = at(ctx["t0"], "UTC")
    vals.update({"Thread-Topic": subj(topic, cs, mode), "Thread-Index": "AQH" + rng.b64(25) + "==",
                 "Date": d.rfc(), "Message-ID": "<%s%s@%s.namprd%02d.prod.outlook.com>" % (
                     host, rng.HEX(16), host, prd),
                 "Accept-Language": "es-US, en-US" if lang == "es" else "en-US",
                 "Content-Language": "es-MX" if lang == "es" else "en-US",
                 "X-MS-Has-Attach": has_attach, "X-MS-TNEF-Correlator": "",
                 "msip_labels": "" if not desktop else None,
                 "x-ms-exchange-messagesentrepresentingtype": "1",
                 "x-ms-publictraffictype": "Email",
                 "x-ms-traffictypediagnostic": "%s:EE_|%sPR%02dMB%04d:EE_" % (
                     host, rng.choice(["LV3", "CO1", "SA1", "DM4"]), rng.int(10, 19), rng.int(1000, 9999)),
                 "x-ms-office365-filtering-correlation-id": rng.guid(),
                 "x-microsoft-antispam": "BCL:0;ARA:14566002|%d|%d|%d|%d|102099032|440099028|3412199025;" % (
                     rng.int(10000000, 19999999) * 1000 + 6, rng.int(1000000, 9999999) * 100 + 99,
                     rng.int(100000, 999999) * 10000 + 799, rng.int(1000000, 9999999) * 100 + 12),
                 "x-microsoft-antispam-message-info": fold_b(rng.b64(420) + "==", 60, 76, "\t"),
                 "x-ms-exchange-antispam-messagedata-chunkcount": "1",
                 "x-ms-exchange-antispam-messagedata-0": fold_b(rng.b64(300) + "=", 60, 76, "\t"),
                 "Content-Type": ct, "MIME-Version": "1.0"})
    if desktop:
        vals["x-originating-ip"] = None
    return order(vals, ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date",
                        "Message-ID", "References", "In-Reply-To", "Accept-Language", "Content-Language",
                        "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "msip_labels",
                        "x-ms-exchange-messagesentrepresentingtype", "x-ms-publictraffictype",
                        "x-ms-traffictypediagnostic", "x-ms-office365-filtering-correlation-id",
                        "x-microsoft-antispam", "x-microsoft-antispam-message-info",
                        "x-ms-exchange-antispam-messagedata-chunkcount", "x-ms-exchange-antispam-messagedata-0",
                        "Content-Type", "MIME-Version"]), body


def c_yahoo(ctx, aol=False):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    cs = "UTF-8"
    cte = "quoted-printable" if needs_qp(plain) else "7bit"
    p1 = text_part(plain, "plain", cs, cte, "plain")
    h = html_yahoo(s["body"], q, ctx["orig"], rng)
    p2 = text_part(h, "html", cs, "quoted-printable" if needs_qp(h) else "7bit", "plain")
    ms = ctx["tl"].epoch() * 1000 + rng.int(100, 999)
    n1 = rng.int(1000000, 9999999)
    ct, body = multipart("alternative", "----=_Part_%d_%d.%d" % (n1, rng.int(100000000, 2099999999), ms),
                         [p1, p2], style="fold")
    vals = base_vals(ctx, cs, "Q")
    d = at(ctx["t0"], "UTC")
    mailer = s.get("x_mailer") or ("WebService/1.1.%d %s" % (rng.int(23000, 25400),
                                                             "AolMailNorrin" if aol else "YMailNorrin"))
    vals.update({"Date": d.rfc() + " (UTC)", "Message-ID": "<%d.%d.%d@mail.yahoo.com>" % (
        rng.int(100000000, 2099999999), n1 + 1, ms), "MIME-Version": "1.0", "Content-Type": ct,
        "X-Mailer": mailer})
    return order(vals, ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References",
                        "Subject", "MIME-Version", "Content-Type", "X-Mailer"]), body


def c_iphone(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    if q or s.get("rich"):
        cs = "utf-8"
        p1 = text_part(plain, "plain", cs, "quoted-printable" if needs_qp(plain) else "7bit", "plain")
        h = html_apple(s["body"], q, ctx["orig"], cs)
        p2 = text_part(h, "html", cs, "quoted-printable" if needs_qp(h) else "7bit", "plain")
        ct, body = multipart("alternative", "Apple-Mail-%s" % rng.uuid(), [p1, p2], style="noquote")
        ct_hs = [("Content-Type", ct), ("Content-Transfer-Encoding", "7bit")]
    else:
        cs = "us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8"
        cte = "7bit" if (cs == "us-ascii" and not needs_qp(plain)) else "quoted-printable"
        hs, body = text_part(plain, "plain", cs, cte, "plain", ct_first=True)
        ct_hs = hs
    vals = base_vals(ctx, "utf-8", "B")
    vals.update({"Mime-Version": "1.0 (1.0)", "Date": ctx["tl"].rfc(),
                 "Message-Id": "<%s@%s>" % (rng.uuid(), ctx["email"].split("@")[1]),
                 "X-Mailer": s.get("x_mailer", "iPhone Mail (%s)" % rng.choice(["22D72", "22E240", "22F76",
                                                                                 "23A341", "22G86"]))})
    hs = ct_hs + order(vals, ["From", "Mime-Version", "Subject", "Date", "Message-Id", "References",
                              "In-Reply-To", "Cc", "Reply-To", "To", "X-Mailer"])
    return hs, body


def c_apple(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    cs = "us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8"
    cte = "7bit" if (cs == "us-ascii" and not needs_qp(plain)) else "quoted-printable"
    p1 = text_part(plain, "plain", cs, cte, "apple", ct_first=False)
    h = html_apple(s["body"], q, ctx["orig"], cs)
    p2 = text_part(h, "html", cs, "quoted-printable" if (needs_qp(h) or cs != "us-ascii") else "7bit", "apple",
                   ct_first=False)
    ct, body = multipart("alternative", "Apple-Mail=_%s" % rng.uuid(), [p1, p2], style="apple")
    vals = base_vals(ctx, "utf-8", "Q")
    vals.update({"Content-Type": ct, "Mime-Version": "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))",
                 "Date": ctx["tl"].rfc(), "Message-Id": "<%s@%s>" % (rng.uuid(), ctx["email"].split("@")[1]),
                 "X-Mailer": "Apple Mail (2.3826.700.81)"})
    return order(vals, ["From", "Content-Type", "Mime-Version", "Subject", "Date", "References", "Cc",
                        "Reply-To", "To", "In-Reply-To", "Message-Id", "X-Mailer"]), body


def c_comcast(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    cs = "UTF-8"
    h = html_comcast(s["body"], q, ctx["orig"])
    ms = ctx["tl"].epoch() * 1000 + rng.int(100, 999)
    n1 = rng.int(100000, 999999)
    if s.get("html_only"):
        hs, body = text_part(h, "html", cs, "quoted-printable" if needs_qp(h) else "7bit", "plain")
        ct = hs[-1][1] if hs[-1][0] == "Content-Type" else hs[0][1]
        ct_hs = hs
    else:
        p1 = text_part(plain, "plain", cs, "quoted-printable" if needs_qp(plain) else "7bit", "plain")
        p2 = text_part(h, "html", cs, "quoted-printable" if needs_qp(h) else "7bit", "plain")
        ct, body = multipart("alternative", "----=_Part_%d_%d.%d" % (n1, rng.int(100000000, 2099999999), ms),
                             [p1, p2], style="fold")
        ct_hs = [("Content-Type", ct)]
    vals = base_vals(ctx, cs, "Q")
    vals.update({"Date": ctx["tl"].rfc(abbr=True), "Message-ID": "<%d.%d.%d@connect.xfinity.com>" % (
        rng.int(100000000, 2099999999), n1 + 1, ms), "MIME-Version": "1.0"})
    hs = order(vals, ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References",
                      "Subject", "MIME-Version"])
    hs += ct_hs + [("X-Priority", "3"), ("Importance", "Normal"),
                   ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % rng.int(60, 72)),
                   ("X-Originating-Client", "open-xchange-appsuite")]
    return hs, body


def c_tb(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain = flow(ctx["plain"])
    cs = "UTF-8"
    cte = "8bit" if any(ord(c) > 127 for c in plain) else "7bit"
    hs, body = text_part(plain, "plain", cs, cte, "plain", params="; format=flowed", ct_first=True)
    vals = base_vals(ctx, cs, "Q")
    vals.update({"Message-ID": "<%s@%s>" % (rng.guid(), ctx["email"].split("@")[1]), "Date": ctx["tl"].rfc(),
                 "MIME-Version": "1.0",
                 "User-Agent": s.get("ua", "Mozilla Thunderbird"), "Content-Language": "en-US"})
    return order(vals, ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "To", "Cc",
                        "References", "Content-Language", "From", "Reply-To", "In-Reply-To"]) + hs, body


def c_roundcube(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain = flow(ctx["plain"])
    cs = "US-ASCII" if all(ord(c) < 128 for c in plain) else "UTF-8"
    cte = "7bit" if cs == "US-ASCII" else "quoted-printable"
    hs, body = text_part(plain, "plain", cs.lower(), cte, "plain", params="; format=flowed", ct_first=True)
    hs[0] = ("Content-Type", "text/plain; charset=%s; format=flowed" % cs)
    vals = base_vals(ctx, "UTF-8", "Q")
    vals.update({"MIME-Version": "1.0", "Date": ctx["tl"].rfc(), "User-Agent": "Roundcube Webmail/1.6.9",
                 "Message-ID": "<%s@%s>" % (rng.hex(32), ctx["email"].split("@")[1]), "X-Sender": ctx["email"]})
    return order(vals, ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "In-Reply-To", "References",
                        "Reply-To", "User-Agent", "Message-ID", "X-Sender"]) + hs, body


def c_proton(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    p1 = text_part(plain, "plain", "utf-8", "base64", "plain")
    h = html_proton(s["body"], q, ctx["orig"])
    p2 = text_part(h, "html", "utf-8", "base64", "plain")
    ct, body = multipart("alternative", "b1=_%s" % rng.alnum(40), [p1, p2], style="plain")
    ct = ct.replace("; boundary", ";" + CRLF + " boundary")
    vals = base_vals(ctx, "UTF-8", "Q")
    d = at(ctx["t0"], "UTC")
    vals.update({"Date": d.rfc(), "Message-ID": "<%s=@proton.me>" % rng.b64(86).replace("/", "_").replace("+", "-"),
                 "Feedback-ID": "%d:user:proton" % rng.int(10000000, 99999999),
                 "X-Pm-Message-ID": rng.hex(40), "MIME-Version": "1.0", "Content-Type": ct})
    return order(vals, ["Date", "To", "From", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
                        "References", "Feedback-ID", "X-Pm-Message-ID", "MIME-Version", "Content-Type"]), body


def c_samsung(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    p1 = text_part(plain, "plain", "utf-8", "base64", "plain")
    h = html_samsung(s["body"], q, ctx["orig"])
    p2 = text_part(h, "html", "utf-8", "base64", "plain")
    ct, body = multipart("alternative", "--_com.samsung.android.email_%d%d" % (ctx["tl"].epoch(), rng.int(100000, 999999)),
                         [p1, p2], style="noquote")
    vals = base_vals(ctx, "UTF-8", "B")
    vals.update({"MIME-Version": "1.0", "Date": ctx["tl"].rfc(), "Importance": "normal",
                 "Message-ID": "<%s-%s@email.android.com>" % (rng.alnum(10).lower(), rng.alnum(6).lower()),
                 "X-Priority": "3", "Content-Type": ct})
    return order(vals, ["MIME-Version", "Date", "Subject", "In-Reply-To", "Importance", "From", "To", "Cc",
                        "Reply-To", "Message-ID", "X-Priority", "Content-Type"]), body


def c_wlm(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    plain, q = ctx["plain"], ctx["q"]
    cs = pick_charset(plain, ["iso-8859-1", "windows-1252"])
    p1 = text_part(plain, "plain", cs, "quoted-printable", "quoted")
    h = html_wlm(s["body"], q, ctx["orig"], cs)
    p2 = text_part(h, "html", cs, "quoted-printable", "quoted")
    ct, body = multipart("alternative", "----=_NextPart_000_%04X_01DC%s.%s" % (rng.int(1, 60), rng.HEX(4), rng.HEX(8)),
                         [p1, p2], style="fold", preamble="This is a multi-part message in MIME format.\n")
    vals = base_vals(ctx, cs, "Q")
    vals["From"] = addr(ctx["name"], ctx["email"], quote_always=True)
    vals.update({"Message-ID": "<%s@%s>" % (rng.HEX(32), s.get("pc", "DESKTOP-" + rng.alnum(7).upper())),
                 "Date": ctx["tl"].rfc(), "MIME-Version": "1.0", "Content-Type": ct})
    return order(vals, ["Message-ID", "From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date",
                        "MIME-Version", "Content-Type"]) + [
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")], body


def c_webform(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    hs, body = text_part(ctx["plain"], "plain", "utf-8", "8bit", "plain", ct_first=True)
    hs[0] = ("Content-Type", "text/plain; charset=UTF-8")
    vals = base_vals(ctx, "UTF-8", "Q")
    vals.update({"Date": ctx["tl"].rfc(), "Message-ID": "<%s@www.alliantenergy.com>" % rng.alnum(32),
                 "X-Mailer": "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version": "1.0"})
    return order(vals, ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer",
                        "MIME-Version"]) + hs, body


CLIENTS = {"gmail": c_gmail, "outlook": c_outlook, "outlook_desktop": lambda c: c_outlook(c, True),
           "yahoo": c_yahoo, "aol": lambda c: c_yahoo(c, True), "iphone": c_iphone, "apple": c_apple,
           "comcast": c_comcast, "tb": c_tb, "roundcube": c_roundcube, "proton": c_proton,
           "samsung": c_samsung, "wlm": c_wlm, "webform": c_webform}


# --------------------------------------------------------------------------- providers (trace headers)
def p_gmail(ctx):
    rng = ctx["rng"]
    n = rng.int(41, 236)
    pfx = rng.choice(["qk1", "qt1", "pl1", "oi1", "ej1", "yb1", "il1", "wm1", "vk1", "pj1"])
    helo = "mail-%s-f%d.google.com" % (pfx, n)
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 166, 167, 210, 214, 219, 221, 222]), n)
    tp = at(ctx["t_prov"], "P")
    ts = ctx["tl"].epoch()
    d, b = dkim(rng, "gmail.com", "20230601", "to:subject:message-id:date:from:in-reply-to:references%s         "
                ":mime-version:from:to:cc:subject:date:message-id:reply-to" % CRLF if ctx.get("irt") else
                "to:subject:message-id:date:from:mime-version:from:to:cc%s         :subject:date:message-id:reply-to" % CRLF, ts)
    xd, _ = dkim(rng, "1e100.net", "20230601", "x-gm-message-state:to:subject:message-id:date:from%s         "
                 ":mime-version:x-gm-gg:x-gm-message-state:from:to:cc:subject:date%s         :message-id:reply-to"
                 % (CRLF, CRLF), ts)
    xd = xd.replace(" darn=alliant-energy.com;", "")
    sid = "%s-%s%sso%d%s.%d" % (rng.choice(["af79cd13be357", "d75a77b69052e", "6a00a01d87e1", "4fb4d7f45d1cf"]),
                               rng.digits(2), rng.hex(8), rng.int(1000000, 9999999), rng.choice("abcd"), rng.int(1, 3))
    trace = [("Received", "by %s with SMTP id %s%s        for <%s>; %s" % (helo, sid, CRLF, ctx["mbox"],
                                                                          tp.rfc(abbr=True))),
             ("DKIM-Signature", d), ("X-Google-DKIM-Signature", xd),
             ("X-Gm-Message-State", "AOJu0Y" + rng.b64(60) + CRLF + "\t" + rng.b64(40)),
             ("X-Gm-Gg", "ASbGnc" + rng.b64(70) + CRLF + "\t" + rng.b64(70) + CRLF + "\t" + rng.b64(30)),
             ("X-Google-Smtp-Source", "AGHT+I" + rng.b64(70) + "=="),
             ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%smr%d%s.%d.%d;%s        %s" % (
                 rng.int(0x6000, 0x6fff), rng.int(0x100, 0xfff), rng.int(0x700, 0x7ff), rng.int(0x100, 0xfff),
                 rng.int(0x100, 0xfff), sid.split("-")[0], rng.hex(9), rng.int(1000000, 9999999),
                 rng.hex(4), rng.int(10, 99), ctx["tl"].epoch() * 1000 + rng.int(0, 999), CRLF,
                 tp.rfc(abbr=True)))]
    auth = dict(dkim_d="gmail.com", dkim_s="20230601", dkim_b=b, ip=ip, dmarc_p="NONE sp=QUARANTINE")
    return trace, auth, helo, helo, ip


def p_outlookcom(ctx):
    rng = ctx["rng"]
    dom = ctx["email"].split("@")[1]
    region = rng.choice(["NAM12-DM6", "NAM10-BN7", "NAM11-CO1", "NAM04-SN1", "NAM02-BN1"])
    rd = "mail-%solkn20%02d.outbound.protection.outlook.com" % (region.split("-")[1].lower() + region[3:5], rng.int(10, 99))
    ip = "40.92.%d.%d" % (rng.int(16, 60), rng.int(10, 250))
    host = ctx.get("ms_host", "SJ0PR11MB5678")
    prd = ctx.get("ms_prd", 11)
    tu = at(ctx["t_prov"], "UTC")
    arc_b = fold_b(rng.b64(342) + "==", 72, 76, " ")
    trace = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;%s b=%s" % (CRLF, arc_b)),
             ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;%s s=arcselector10001;"
              "%s h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount"
              ":X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;%s bh=%s=;%s b=%s" % (
                  CRLF, CRLF, CRLF, rng.b64(43), CRLF, fold_b(rng.b64(342) + "==", 72, 76, " "))),
             ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;%s dkim=none; arc=none" % CRLF)]
    d, b = dkim(rng, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                "X-MS-Exchange-SenderADCheck", tu.epoch(), lead=" ", style="ms")
    trace.append(("DKIM-Signature", d))
    build = rng.int(8700, 9300)
    other = "%sPR%02dMB%04d" % (rng.choice(["LV3", "CO1", "SA1", "DM4", "BL1", "CY5"]), rng.int(10, 19),
                                rng.int(1000, 9999))
    trace.append(("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:a03:%x::%x)%s by %s.namprd%02d.prod."
                  "outlook.com (2603:10b6:%x:%x::%x) with Microsoft SMTP Server%s (version=TLS1_2,%s cipher="
                  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                      host, prd, rng.int(0x100, 0x5ff), rng.int(0x10, 0xff), CRLF, other, prd,
                      rng.int(0x100, 0x9ff), rng.int(0x100, 0x5ff), rng.int(0x10, 0xff), CRLF, CRLF,
                      build, rng.int(10, 30), tu.rfc())))
    trace.append(("Received", "from %s.namprd%02d.prod.outlook.com%s ([fe80::%x:%x:%x:%x]) by %s.namprd%02d.prod."
                  "outlook.com%s ([fe80::%x:%x:%x:%x%%7]) with mapi id 15.20.%d.%03d; %s" % (
                      host, prd, CRLF, rng.int(0x1000, 0xffff), rng.int(0x1000, 0xffff),
                      rng.int(0x1000, 0xffff), rng.int(0x1000, 0xffff), host, prd, CRLF,
                      rng.int(0x1000, 0xffff), rng.int(0x1000, 0xffff), rng.int(0x1000, 0xffff),
                      rng.int(0x1000, 0xffff), build, rng.int(10, 30), tu.rfc())))
    auth = dict(dkim_d=dom, dkim_s="selector1", dkim_b=b, ip=ip, dmarc_p="none")
    return trace, auth, "%s-obe.outbound.protection.outlook.com" % region, rd, ip


def p_m365(ctx):
    rng = ctx["rng"]
    dom = ctx["email"].split("@")[1]
    tr, auth, helo, rd, ip = p_outlookcom(ctx)
    ip = "40.107.%d.%d" % (rng.int(200, 240), rng.int(10, 250))
    rd = "mail-%s.outbound.protection.outlook.com" % rng.choice(["dm6nam12on2103", "bn8nam12on2119",
                                                                 "co1nam11on2137", "mw2nam10on2091"])
    # corporate tenants sign with their own selector and pass ARC with the domain
    tr[2] = ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass%s smtp.mailfrom=%s; dmarc=pass "
             "action=none%s header.from=%s; dkim=pass header.d=%s; arc=none" % (CRLF, dom, CRLF, dom, dom))
    d, b = dkim(rng, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                "X-MS-Exchange-SenderADCheck", at(ctx["t_prov"], "UTC").epoch(), lead=" ", style="ms")
    d = d.replace("s=selector1", "s=selector1-%s" % dom.replace(".", "-")[:40])
    tr[3] = ("DKIM-Signature", d)
    auth = dict(dkim_d=dom, dkim_s="selector1-%s" % dom.replace(".", "-")[:40], dkim_b=b, ip=ip, dmarc_p="quarantine")
    return tr, auth, helo, rd, ip


def p_yahoo(ctx, aol=False):
    rng = ctx["rng"]
    dom = ctx["email"].split("@")[1]
    if aol:
        n = "sonic%d-%d.consmr.mail.gq1.yahoo.com" % (rng.int(301, 320), rng.int(1, 40))
        ip = "98.137.%d.%d" % (rng.int(64, 69), rng.int(10, 250))
        gate = "sonic.gate.mail.gq1.yahoo.com"
    else:
        n = "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (rng.int(301, 320), rng.int(1, 40))
        ip = "66.163.%d.%d" % (rng.int(184, 191), rng.int(10, 250))
        gate = "sonic.gate.mail.ne1.yahoo.com"
    ts = ctx["tl"].epoch()
    sel = "a2048" if aol else "s2048"
    d, b = dkim(rng, dom if dom in ("yahoo.com", "aol.com") else "yahoo.com", sel,
                "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To", ts, lead=" ", style="ms")
    sd, _ = dkim(rng, dom if dom in ("yahoo.com", "aol.com") else "yahoo.com", sel,
                 "Date:From:Reply-To:To:Subject:References:From:Subject", ts, lead=" ", style="ms")
    tu = at(ctx["t_prov"], "UTC")
    trace = [("DKIM-Signature", d), ("X-SONIC-DKIM-SIGN", sd),
             ("X-YMail-OSG", fold_b(rng.b64(900).replace("+", ".").replace("/", "_"), 30, 69, " ")),
             ("X-Sonic-MF", "<%s>" % ctx["email"]),
             ("X-Sonic-ID", rng.guid()),
             ("Received", "from %s by %s with HTTP; %s" % (gate, n.replace("-%s." % n.split("-")[1].split(".")[0], "."),
                                                          tu.rfc()))]
    auth = dict(dkim_d=dom if dom in ("yahoo.com", "aol.com") else "yahoo.com", dkim_s=sel, dkim_b=b, ip=ip,
                dmarc_p="REJECT sp=REJECT")
    return trace, auth, n, n, ip


def p_icloud(ctx):
    rng = ctx["rng"]
    dom = ctx["email"].split("@")[1]
    n = "st43p00im-%s%08d.me.com" % (rng.choice(["ztfb", "zteg", "ztdg", "qufo"]), rng.int(10000000, 19999999))
    ip = "17.58.63.%d" % rng.int(170, 190)
    tu = at(ctx["t_prov"], "UTC")
    d, b = dkim(rng, dom, "1a1hai", "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", tu.epoch(),
                lead="\t ", style="ms")
    trace = [("DKIM-Signature", d),
             ("Received", "from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])%s\tby %s "
              "(Postfix) with ESMTPSA id %s;%s\t%s (UTC)" % (CRLF, n, rng.HEX(11), CRLF, tu.rfc()))]
    auth = dict(dkim_d=dom, dkim_s="1a1hai", dkim_b=b, ip=ip, dmarc_p="quarantine")
    return trace, auth, n, n, ip


def p_comcast(ctx):
    rng = ctx["rng"]
    n = "resdmta-h%dp-%06d.sys.comcast.net" % (rng.int(1, 2), rng.int(28000, 29999))
    ip = "96.102.%d.%d" % (rng.int(18, 19), rng.int(10, 250))
    tu = at(ctx["t_prov"], "UTC")
    d, b = dkim(rng, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:"
                "MIME-Version:Content-Type", tu.epoch(), lead=" ", style="ms")
    trace = [("Received", "from resomta-h%dp-%06d.sys.comcast.net ([96.102.179.%d])%s\tby %s with ESMTPS%s\t"
              "id %s; %s" % (rng.int(1, 2), rng.int(28000, 29999), rng.int(190, 230), CRLF, n, CRLF, rng.alnum(16), tu.rfc())),
             ("Received", "from oxapp-hou-%02da.email.comcast.net ([68.87.%d.%d])%s\tby resomta-h1p-%06d.sys.comcast.net"
              " with ESMTPA%s\tid %s; %s" % (rng.int(10, 40), rng.int(20, 30), rng.int(10, 250), CRLF,
                                            rng.int(28000, 29999), CRLF, rng.alnum(16), tu.rfc())),
             ("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgeefhedrvdefgddufeduucetufdoteggodetrfdotffvucfrrhho"),
             ("X-Xfinity-VMeta", "sc=%d.00;st=legit" % rng.int(0, 9)),
             ("DKIM-Signature", d)]
    auth = dict(dkim_d="comcast.net", dkim_s="20190202a", dkim_b=b, ip=ip, dmarc_p="none")
    return trace, auth, n, n, ip


def p_isp(ctx):
    rng, s = ctx["rng"], ctx["spec"]
    dom = ctx["email"].split("@")[1]
    host = s.get("isp_host", "smtp.%s" % dom)
    ip = s.get("isp_ip", "%d.%d.%d.%d" % (rng.choice([64, 69, 74, 199, 204, 207]), rng.int(1, 254),
                                          rng.int(1, 254), rng.int(1, 254)))
    tu = at(ctx["t_prov"], "C")
    client_ip = "%d.%d.%d.%d" % (rng.choice([24, 47, 71, 98, 173]), rng.int(1, 254), rng.int(1, 254), rng.int(1, 254))
    trace = [("Received", "from [192.168.%d.%d] (unknown [%s])%s\t(Authenticated sender: %s)%s\tby %s (Postfix) "
              "with ESMTPSA id %s%s\tfor <%s>; %s" % (rng.int(0, 1), rng.int(2, 200), client_ip, CRLF, ctx["email"],
                                                     CRLF, host, rng.HEX(11), CRLF, ctx["mbox"], tu.rfc(abbr=True)))]
    auth = dict(ip=ip, dmarc=None)
    if s.get("isp_dkim", True):
        d, b = dkim(rng, dom, s.get("isp_sel", "default"), "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type",
                    tu.epoch(), lead="\t ", style="ms")
        trace.insert(0, ("DKIM-Signature", d))
        auth.update(dkim_d=dom, dkim_s=s.get("isp_sel", "default"), dkim_b=b, dmarc="pass", dmarc_p="none")
    return trace, auth, host, host, ip


def p_proton(ctx):
    rng = ctx["rng"]
    n = "mail-%d.protonmail.ch" % rng.int(4310, 4330)
    ip = "185.70.43.%d" % rng.int(10, 30)
    d, b = dkim(rng, "proton.me", "protonmail3", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:"
                "Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", at(ctx["t_prov"], "UTC").epoch(),
                lead="\t", style="ms")
    return [("DKIM-Signature", d)], dict(dkim_d="proton.me", dkim_s="protonmail3", dkim_b=b, ip=ip,
                                         dmarc_p="quarantine"), n, n, ip


def p_web(ctx):
    rng = ctx["rng"]
    tu = at(ctx["t_prov"], "C")
    d, b = dkim(rng, "alliantenergy.com", "web2024", "Date:To:From:Reply-To:Subject:Message-ID", tu.epoch(),
                lead="\t", style="ms")
    trace = [("DKIM-Signature", d),
             ("Received", "from www.alliantenergy.com (localhost [127.0.0.1])%s\tby web03.alliantenergy.com (Postfix)"
              " with ESMTP id %s%s\tfor <%s>; %s" % (CRLF, rng.HEX(10), CRLF, ctx["mbox"], tu.rfc(abbr=True)))]
    return trace, dict(dkim_d="alliantenergy.com", dkim_s="web2024", dkim_b=b, ip="10.30.4.13", dmarc_p="reject"), \
        "web03.alliantenergy.com", "web03.alliantenergy.com", "10.30.4.13"


PROVS = {"gmail": p_gmail, "outlookcom": p_outlookcom, "m365": p_m365, "yahoo": p_yahoo,
         "aol": lambda c: p_yahoo(c, True), "icloud": p_icloud, "comcast": p_comcast, "isp": p_isp,
         "proton": p_proton, "web": p_web}


# --------------------------------------------------------------------------- build
def resolve_orig(s):
    o = s.get("orig")
    if o is None:
        return None
    if isinstance(o, str):
        return ourmail.ORIG[o]
    return o


def build_person(s):
    rng = R(s["key"])
    box = s["box"]
    mbox = MAILBOX[box]
    name, email = s["frm"]
    zone = s.get("tz", "C")
    t0 = utc(s["date"], zone)
    o = resolve_orig(s)
    mode = s.get("mode", "reply" if o else None)
    client = s["client"]
    prov = s.get("prov") or DEFAULT_PROV[client]
    lang = s.get("lang", "en")
    qstyle = s.get("qstyle") or QSTYLE.get(client)
    if lang == "es" and qstyle in ("gmail", "yahoo", "outlook") and mode == "reply":
        qstyle = qstyle + "_es" if qstyle != "outlook" else "outlook"
    if lang == "es" and qstyle == "iphone" and mode == "reply":
        qstyle = "iphone_es"
    subject = s.get("subj")
    if subject is None:
        pre = RE[client][0 if mode == "reply" else 1]
        subject = pre + o["subject"]
    to = s.get("to")
    if to is None:
        if o and mode == "reply":
            fn, fa = o["from"]
            if fa.endswith("alliantenergy.com"):
                to = mbox
            else:
                to = addr(fn, fa)
        elif client in ("outlook", "outlook_desktop", "yahoo", "aol"):
            to = '"%s" <%s>' % (mbox, mbox)
        else:
            to = mbox
    ctx = {"rng": rng, "spec": s, "name": name, "email": email, "zone": zone, "t0": t0, "orig": o, "mode": mode,
           "qstyle": qstyle, "subject": subject, "to": to, "mbox": mbox, "tl": at(t0, zone)}
    if o and mode == "reply" and not s.get("nothread"):
        ctx["irt"] = o["msgid"]
        ctx["refs"] = " ".join(o["refs"] + [o["msgid"]])
    plain, q = compose(ctx)
    ctx["plain"], ctx["q"] = plain, q
    ctx["t_prov"] = plus(t0, rng.int(1, 3))
    t_mx = plus(ctx["t_prov"], rng.int(1, 3))
    t_mbx = plus(t_mx, rng.int(0, 1))
    client_hs, body = CLIENTS[client](ctx)
    trace, akw, helo, rdns, ip = PROVS[prov](ctx)
    env_from = s.get("env_from", email)
    top = top_headers(rng, box, env_from, t_mx, t_mbx, helo, rdns, ip, dict(akw, mailfrom=env_from,
                                                                          from_dom=email.split("@")[1]))
    return assemble(top, trace, client_hs, body)
