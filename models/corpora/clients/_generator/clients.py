"""How each mail program lays out a reply or forward: attribution line, quoting, signature, HTML flavour.

render(spec, q, rng) returns (plain, html) strings; q is our quoted mail (or None) with its date.
Formats copied from what these programs actually write (2025/2026 versions)."""
import html as H

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
ES_MAB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def h12(d, secs=False, pad=False):
    h = d.hour % 12 or 12
    s = ("%02d" if pad else "%d") % h + ":%02d" % d.minute
    if secs:
        s += ":%02d" % d.second
    return s + (" AM" if d.hour < 12 else " PM")


def tzname(d):
    return "CDT" if d.utcoffset().total_seconds() == -5 * 3600 else "CST"


def gmt(d):
    return "GMT%s" % ("-05:00" if tzname(d) == "CDT" else "-06:00")


def esampm(d):
    return "a. m." if d.hour < 12 else "p. m."


# ---------------------------------------------------------------- attribution lines
def attr(style, q, lang):
    d, who, a = q["date"], q["name"], q["addr"]
    if style == "gmail":
        if lang == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                ES_DAB[d.weekday()], d.day, ES_MAB[d.month - 1], d.year, d.hour, d.minute, who, a)
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12(d), who, a)
    if style == "apple":
        if lang == "es":
            return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
                d.day, ES_MAB[d.month - 1], d.year, d.hour, d.minute, who, a)
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (
            EN_MON[d.month - 1][:3], d.day, d.year, h12(d), who, a)
    if style == "thunderbird":
        if lang == "es":
            return "El %d/%d/%s a las %d:%02d, %s escribió:" % (d.day, d.month, str(d.year)[2:], d.hour, d.minute, who)
        return "On %d/%d/%d %s, %s wrote:" % (d.month, d.day, d.year, h12(d), who)
    if style == "yahoo":
        if lang == "es":
            return "El %s, %d de %s de %d, %02d:%02d:%02d %s %s, %s <%s> escribió:" % (
                ES_DAYS[d.weekday()], d.day, ES_MON[d.month - 1], d.year, d.hour % 12 or 12, d.minute, d.second,
                esampm(d), tzname(d), who, a)
        return "On %s, %s %d, %d at %s %s, %s <%s> wrote:" % (
            EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12(d, True, True), tzname(d), who, a)
    raise ValueError(style)


def header_block(style, q, lang, to, fwd=False):
    """Outlook / AOL / Samsung / Thunderbird-forward / iPhone-forward header blocks, as lines."""
    d, who, a, subj = q["date"], q["name"], q["addr"], q["subject"]
    if style in ("outlook", "outlook-mobile", "owa"):
        if lang == "es":
            when = "%s, %d de %s de %d %d:%02d" % (ES_DAYS[d.weekday()], d.day, ES_MON[d.month - 1], d.year,
                                                   d.hour, d.minute)
            return ["De: %s <%s>" % (who, a), "Enviado: " + when, "Para: " + to, "Asunto: " + subj]
        when = "%s, %s %d, %d %s" % (EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year,
                                     h12(d, secs=(style == "outlook-mobile")))
        return ["From: %s <%s>" % (who, a), "Sent: " + when, "To: " + to, "Subject: " + subj]
    if style == "aol":
        when = "%s, %s %d, %d %s" % (EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year,
                                     h12(d).lower())
        return ["-----Original Message-----", "From: %s <%s>" % (who, a), "To: " + to, "Sent: " + when,
                "Subject: " + subj]
    if style == "samsung":
        if lang == "es":
            when = "%d/%d/%s %d:%02d %s (%s)" % (d.day, d.month, str(d.year)[2:], d.hour % 12 or 12, d.minute,
                                                esampm(d), gmt(d))
            return ["-------- Mensaje original --------", "De: %s <%s> " % (who, a), "Fecha: %s " % when,
                    "Para: %s " % to, "Asunto: %s " % subj]
        when = "%d/%d/%s %s (%s)" % (d.month, d.day, str(d.year)[2:], h12(d), gmt(d))
        return ["-------- Original message --------", "From: %s <%s> " % (who, a), "Date: %s " % when,
                "To: %s " % to, "Subject: %s " % subj]
    if style == "gmail-fwd":
        if lang == "es":
            when = "%s, %d %s %d a las %d:%02d" % (ES_DAB[d.weekday()], d.day, ES_MAB[d.month - 1], d.year,
                                                   d.hour, d.minute)
            return ["---------- Forwarded message ---------", "De: %s <%s>" % (who, a), "Date: " + when,
                    "Subject: " + subj, "To: " + to]
        when = "%s, %s %d, %d at %s" % (EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12(d))
        return ["---------- Forwarded message ---------", "From: %s <%s>" % (who, a), "Date: " + when,
                "Subject: " + subj, "To: " + to]
    if style == "apple-fwd":
        if lang == "es":
            when = "%d de %s de %d, %d:%02d:%02d %s" % (d.day, ES_MON[d.month - 1], d.year, d.hour, d.minute,
                                                       d.second, tzname(d))
            return ["Inicio del mensaje reenviado:", "", "De: %s <%s>" % (who, a), "Fecha: " + when,
                    "Para: " + to, "Asunto: " + subj]
        when = "%s %d, %d at %s %s" % (EN_MON[d.month - 1], d.day, d.year, h12(d, True), tzname(d))
        return ["Begin forwarded message:", "", "From: %s <%s>" % (who, a), "Date: " + when, "To: " + to,
                "Subject: " + subj]
    if style == "thunderbird-fwd":
        when = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("-0500" if tzname(d) == "CDT" else "-0600")
        return ["-------- Forwarded Message --------", "Subject: \t" + subj, "Date: \t" + when,
                "From: \t%s <%s>" % (who, a), "To: \t" + to]
    raise ValueError(style)


SIGS = {
    "iphone": {"en": "Sent from my iPhone", "es": "Enviado desde mi iPhone"},
    "ipad": {"en": "Sent from my iPad", "es": "Enviado desde mi iPad"},
    "samsung": {"en": "Sent from my Galaxy", "es": "Enviado desde mi Galaxy"},
    "samsung-att": {"en": "Sent via the Samsung Galaxy S24 Ultra, an AT&T 5G smartphone",
                    "es": "Enviado desde mi Galaxy"},
    "outlook-ios": {"en": "Get Outlook for iOS<https://aka.ms/o0ukef>", "es": "Obtener Outlook para iOS<https://aka.ms/o0ukef>"},
    "outlook-android": {"en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
                        "es": "Obtener Outlook para Android<https://aka.ms/AAb9ysg>"},
    "yahoo-iphone": {"en": "Sent from Yahoo Mail for iPhone", "es": "Enviado desde Yahoo Mail para iPhone"},
    "yahoo-android": {"en": "Sent from Yahoo Mail on Android", "es": "Enviado desde Yahoo Mail con Android"},
    "aol-app": {"en": "Sent from the all new AOL app for iOS", "es": "Enviado desde la nueva app de AOL para iOS"},
}


def esc(s):
    return H.escape(s, quote=False)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def paras(text):
    return text.split("\n")


# ---------------------------------------------------------------- HTML flavours for the new text
def h_outlook(text):
    out = []
    for l in paras(text):
        if l.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def h_divs(text, attrs=""):
    out = []
    for l in paras(text):
        out.append("<div%s>%s</div>" % (attrs, esc(l) if l.strip() else "<br>"))
    return "\n".join(out)


def h_gmail(text):
    ls = paras(text)
    out = [esc(ls[0]) if ls else ""]
    for l in ls[1:]:
        out.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
    return '<div dir="ltr">' + "".join(out) + "</div>"


def h_quoted_paras(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0in;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
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
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def render(spec, q, to_line):
    """Return (plain, html) for spec's client.  html may be None for text-only programs."""
    c, lang = spec["client"], "es" if spec["lang"] == "es" or spec.get("clang") == "es" else "en"
    text = spec["text"]
    fwd = spec.get("mode") == "fwd"
    bottom = spec.get("bottom", False)
    sigkey = spec.get("sig")
    sig = SIGS[sigkey][lang] if sigkey else None
    new_plain = text + ("\n\n" + sig if sig else "")
    if q is None:
        qp = qh = None

    # ---------- Outlook desktop / 365 / OWA / mobile
    if c in ("outlook", "outlook-mobile", "owa", "outlook-classic"):
        style = "outlook-mobile" if c == "outlook-mobile" else "outlook"
        if q is not None:
            blk = header_block(style, q, lang, to_line)
            if c == "outlook-classic":
                qp = "-----Original Message-----\n" + "\n".join(blk) + "\n\n" + q["text"]
            elif c == "outlook":
                qp = "\n".join(blk) + "\n\n" + q["text"]
            else:
                qp = "________________________________\n" + "\n".join(blk) + "\n\n" + q["text"]
            if c == "outlook":
                hq = ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                      + "".join('<p class="MsoNormal"><b>%s</b>%s<o:p></o:p></p>\n' % (
                          esc(b.split(":", 1)[0] + ":"), esc(b.split(":", 1)[1])) for b in blk)
                      + "</div>\n</div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + h_outlook(q["text"]))
            else:
                hq = ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                      '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                      + "<br>\n".join("<b>%s</b>%s" % (esc(b.split(":", 1)[0] + ":"), esc(b.split(":", 1)[1]))
                                      for b in blk)
                      + '</font>\n<div>&nbsp;</div>\n</div>\n<div>\n' + h_quoted_paras(q["text"]) + "\n</div>")
        plain = new_plain + ("\n\n" + qp if q is not None else "") + "\n"
        if c == "outlook":
            hbody = h_outlook(text)
            if q is not None:
                hbody += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + hq
            cs = spec.get("cs", "us-ascii")
            html = OUTLOOK_HEAD.format(cs=cs) + hbody + "\n</div>\n</body>\n</html>\n"
        elif c == "outlook-classic":
            html = None
        else:
            nh = ('<div dir="ltr"><div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                  'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + h_divs(text) + "</div>")
            if sig:
                s1, _, link = sig.partition("<")
                nh += '\n<div id="ms-outlook-mobile-signature"><div><br></div>%s<a href="%s">%s</a></div>' % (
                    "", link.rstrip(">"), esc(s1))
            nh += "</div>"
            if q is not None:
                nh += '\n<div id="appendonsend"></div>\n' + hq
            html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
                    '<body>\n' % spec.get("cs", "utf-8")) + nh + "\n</body>\n</html>\n"
        return plain, html

    # ---------- Gmail web / app
    if c in ("gmail", "gmail-app"):
        if q is not None:
            if fwd:
                blk = header_block("gmail-fwd", q, lang, to_line)
                qp = "\n".join(blk) + "\n\n" + q["text"]
                qh = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + "<br>".join(esc(b) for b in blk) + "<br></div><br><br>" + h_quoted_paras(q["text"])
                      + "</div>")
            else:
                a = attr("gmail", q, lang)
                qp = a + "\n\n" + quote_gt(q["text"])
                qh = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (esc(a), h_quoted_paras(q["text"]))
        nh = h_gmail(new_plain)
        if q is None:
            return new_plain + "\n", nh + "\n"
        if bottom:
            return qp + "\n\n" + new_plain + "\n", qh + "<br>" + nh + "\n"
        return new_plain + "\n\n" + qp + "\n", nh + "<br>" + qh + "\n"

    # ---------- iPhone / iPad / Apple Mail on the Mac
    if c in ("iphone", "applemail"):
        if q is not None:
            if fwd:
                blk = header_block("apple-fwd", q, lang, to_line)
                qp = "\n".join(blk) + "\n\n" + q["text"]
                qh = ('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite">'
                      '<div dir="ltr">%s</div></blockquote>') % ("<br>".join(esc(b) for b in blk),
                                                                  h_quoted_paras(q["text"]))
            else:
                a = attr("apple", q, lang)
                qp = (a + "\n\n" + quote_gt(q["text"])) if c == "iphone" else quote_gt(a + "\n\n" + q["text"])
                qh = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                      '<div dir="ltr">%s</div></blockquote>') % (esc(a), h_quoted_paras(q["text"]))
        if c == "iphone":
            nh = h_divs(text, ' dir="ltr"') + ('<div dir="ltr"><br></div><div dir="ltr">%s</div>' % esc(sig)
                                               if sig else "")
            head = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                    '<body dir="auto">' % spec.get("cs", "utf-8"))
        else:
            nh = h_divs(text)
            head = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                    '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                    % spec.get("cs", "utf-8"))
        if q is None:
            return new_plain + "\n", head + nh + "</body></html>\n"
        return new_plain + "\n\n" + qp + "\n", head + nh + qh + "</body></html>\n"

    # ---------- Yahoo (web and app) and AOL
    if c in ("yahoo", "aol"):
        if q is not None:
            if c == "aol" and not spec.get("aolnew"):
                blk = header_block("aol", q, lang, to_line)
                qp = "\n\n" + "\n".join(blk) + "\n\n" + q["text"]
                qh = ('<div><br></div><div><br></div><div style="font-family:Arial, Helvetica, sans-serif;'
                      'font-size:10pt;color:black;">' + "<br>".join(esc(b) for b in blk)
                      + '<br><div id="yiv%s">' % spec["yid"] + h_quoted_paras(q["text"]) + "</div></div>")
            else:
                a = attr("yahoo", q, lang)
                qp = "\n\n" + a + "\n\n" + q["text"]
                qh = ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                      'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                      '<div><br></div><div><div id="yiv%s">%s</div></div></div></div>') % (
                    spec["yid"], esc(a), spec["yid"][:10], h_quoted_paras(q["text"]))
        font = ("font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;" if c == "yahoo"
                else "font-family:Arial, Helvetica, sans-serif;font-size:12px;")
        nh = '<div class="ydp%s yahoo-style-wrap" style="%s">%s</div>' % (
            spec["yid"][:8], font, h_divs(text, ' dir="ltr" data-setdir="false"'))
        if sig:
            nh += '<div class="ydp%ssignature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">%s</a></div>' % (
                spec["yid"][:8], esc(sig))
        html = '<html><head></head><body><div class="yahoo-style-wrap">' + nh + (qh if q is not None else "") \
            + "</div></body></html>\n"
        return new_plain + ((qp) if q is not None else "") + "\n", html

    # ---------- Thunderbird
    if c == "thunderbird":
        if q is not None:
            if fwd:
                blk = header_block("thunderbird-fwd", q, lang, to_line)
                qp = "\n".join(blk) + "\n\n\n" + q["text"]
                qh = ('<div class="moz-forward-container"><br><br>-------- Forwarded Message --------\n'
                      '<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>'
                      + "".join('<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">%s</th><td>%s</td></tr>' % (
                          esc(b.split(":", 1)[0] + ": "), esc(b.split("\t", 1)[1])) for b in blk[1:])
                      + "</tbody></table><br><br>" + h_quoted_paras(q["text"]) + "</div>")
            else:
                a = attr("thunderbird", q, lang)
                qp = a + "\n" + quote_gt(q["text"])
                qh = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
                      % (esc(a), q["mid"], h_quoted_paras(q["text"])))
        nh = "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.split("\n\n"))
        head = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n' % spec.get("cs", "UTF-8"))
        if q is None:
            return text + "\n", head + nh + "  </body>\n</html>\n"
        if bottom:
            return qp + "\n\n" + text + "\n", head + qh + "\n" + nh + "  </body>\n</html>\n"
        if fwd:
            return text + "\n\n\n" + qp + "\n", head + nh + qh + "\n  </body>\n</html>\n"
        return text + "\n\n" + qp + "\n", head + nh + qh + "\n  </body>\n</html>\n"

    # ---------- Samsung Email
    if c == "samsung":
        if q is not None:
            blk = header_block("samsung", q, lang, to_line)
            qp = "\n".join(blk) + "\n" + q["text"]
            qh = ('<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                  '<!-- originalMessage --><div>' + "</div><div>".join(esc(b) for b in blk)
                  + '</div></div><div dir="auto">' + h_quoted_paras(q["text"]) + "</div>")
        nh = h_divs(text, ' dir="auto"')
        if sig:
            nh += '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">' \
                  '<div style="font-size:12px;color:#575757" dir="auto">%s</div></div>' % esc(sig)
        html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + nh \
            + (qh if q is not None else "") + "</body></html>\n"
        return new_plain + ("\n\n" + qp if q is not None else "") + "\n", html

    raise ValueError(c)
