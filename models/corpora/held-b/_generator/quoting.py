"""How each mail program quotes or forwards an earlier message, in its text/plain
and in its text/html rendering."""
from mailkit import (DAYS, DAYS_L, MONS, MONS_L, DIAS, DIAS_L, MESES, MESES_L, h12,
                     quote_lines, esc, rfc_date, chicago)


def _d(o):
    return chicago(o.date)


def _to(o, me):
    return o.to or me


def _ord(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def plain_block(style, o, me):
    """Return the text/plain rendering of the quoted/forwarded message `o`
    as the given program would place it under the new text."""
    d = _d(o)
    to = _to(o, me)
    t = o.text
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:\n\n%s" % (
            DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, h12(d).replace(" ", "\u202f"),
            o.name, o.addr, quote_lines(t))
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:\n\n%s" % (
            DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute,
            o.name, o.addr, quote_lines(t))
    if style == "gmail_fwd":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\n"
                "Subject: %s\nTo: <%s>\n\n\n%s" % (o.name, o.addr, DAYS[d.weekday()], MONS[d.month - 1],
                                                 d.day, d.year, h12(d).replace(" ", "\u202f"),
                                                 o.subject, to, t))
    if style == "gmail_fwd_es":
        return ("---------- Forwarded message ---------\nDe: %s <%s>\nDate: %s, %d %s %d a las %d:%02d\n"
                "Subject: %s\nTo: <%s>\n\n\n%s" % (o.name, o.addr, DIAS[d.weekday()], d.day,
                                                 MESES[d.month - 1], d.year, d.hour, d.minute,
                                                 o.subject, to, t))
    if style in ("outlook", "outlook_line", "outlook_orig"):
        head = {"outlook": "", "outlook_line": "________________________________\n",
                "outlook_orig": "-----Original Message-----\n"}[style]
        when = "%s, %s %d, %d %s" % (DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year, h12(d))
        rt = ""
        return ("%sFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n%s\n%s" %
                (head, o.name, o.addr, when, to, o.subject, rt, t))
    if style == "outlook_es":
        when = "%s, %d de %s de %d %d:%02d" % (DIAS_L[d.weekday()], d.day, MESES_L[d.month - 1],
                                            d.year, d.hour, d.minute)
        return ("________________________________\nDe: %s <%s>\nEnviado: %s\nPara: %s\nAsunto: %s\n\n%s" %
                (o.name, o.addr, when, to, o.subject, t))
    if style == "apple":
        return quote_lines("On %s %d, %d, at %s, %s <%s> wrote:\n\n%s" % (
            MONS[d.month - 1], d.day, d.year, h12(d), o.name, o.addr, t))
    if style == "apple_es":
        return quote_lines("El %d %s %d, a las %d:%02d, %s <%s> escribió:\n\n%s" % (
            d.day, MESES[d.month - 1], d.year, d.hour, d.minute, o.name, o.addr, t))
    if style == "apple_fwd":
        extra = "> Reply-To: %s\n" % o.reply_to if o.reply_to else ""
        clock = "%d:%02d:%02d %s" % ((d.hour % 12) or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM")
        zn = "CST" if d.utcoffset().total_seconds() == -21600 else "CDT"
        return ("Begin forwarded message:\n\n> From: %s <%s>\n> Subject: %s\n> Date: %s %d, %d at %s %s\n"
                "%s> To: %s\n> \n%s" % (o.name, o.addr, o.subject, MONS_L[d.month - 1], d.day, d.year,
                                       clock, zn, extra, to, quote_lines(t)))
    if style == "yahoo":
        return ("    On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:  \n \n \n%s" % (
            DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year, (d.hour % 12) or 12, d.minute,
            d.second, "AM" if d.hour < 12 else "PM",
            "CST" if d.utcoffset().total_seconds() == -21600 else "CDT", o.name, o.addr, t))
    if style == "yahoo_fwd":
        return ("   ----- Forwarded Message ----- From: %s <%s>To: %sSent: %s, %s %d, %d at %02d:%02d:%02d"
                " %s %sSubject: %s\n \n%s" % (
                    o.name, o.addr, to, DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year,
                    (d.hour % 12) or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM",
                    "CST" if d.utcoffset().total_seconds() == -21600 else "CDT", o.subject, t))
    if style == "tb":
        return "On %d/%d/%s %s, %s wrote:\n%s" % (d.month, d.day, str(d.year)[2:], h12(d), o.name,
                                                quote_lines(t))
    if style == "tb_fwd":
        rt = "Reply-To: \t%s\n" % o.reply_to if o.reply_to else ""
        return ("-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\n%s"
                "To: \t%s\n\n\n\n%s" % (o.subject, rfc_date(d), o.name, o.addr, rt, to, t))
    if style == "samsung":
        return ("\n\n\n-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%s %s (GMT%s) \n"
                "To: %s \nSubject: %s \n\n%s" % (o.name, o.addr, d.month, d.day, str(d.year)[2:],
                                                  h12(d), "-06:00" if d.utcoffset().total_seconds() == -21600
                                                  else "-05:00", to, o.subject, t))
    if style == "ox":
        return "> On %02d/%02d/%d %d:%02d %s %s %s <%s> wrote:\n> \n> \n%s" % (
            d.month, d.day, d.year, (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM",
            "CST" if d.utcoffset().total_seconds() == -21600 else "CDT", o.name, o.addr,
            quote_lines(t))
    if style == "roundcube":
        return "On %d-%02d-%02d %02d:%02d, %s wrote:\n%s" % (d.year, d.month, d.day, d.hour, d.minute,
                                                          o.name, quote_lines(t))
    if style == "zimbra":
        return ('----- Original Message -----\nFrom: "%s" <%s>\nTo: "%s" <%s>\nSent: %s, %s %d, %d %s\n'
                'Subject: %s\n\n%s' % (o.name, o.addr, to, to, DAYS_L[d.weekday()], MONS_L[d.month - 1],
                                       d.day, d.year, "%d:%02d:%02d %s" % ((d.hour % 12) or 12, d.minute,
                                                                          d.second, "AM" if d.hour < 12 else "PM"),
                                       o.subject, t))
    if style == "proton":
        return ("------- Original Message -------\nOn %s, %s %s, %d at %s, %s <%s> wrote:\n\n%s" % (
            DAYS_L[d.weekday()], MONS_L[d.month - 1], _ord(d.day), d.year, h12(d), o.name, o.addr,
            quote_lines(t)))
    if style == "mutt":
        return "On %s, %s %02d, %d at %02d:%02d:%02d%s %s, %s wrote:\n%s" % (
            DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, (d.hour % 12) or 12, d.minute, d.second,
            "AM" if d.hour < 12 else "PM", rfc_date(d)[-5:], o.name, quote_lines(t))
    if style == "wlm":
        return ("----- Original Message ----- \nFrom: %s \nTo: %s \nSent: %s, %s %02d, %d %s\n"
                "Subject: %s\n\n\n%s" % (o.name, to, DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day,
                                         d.year, h12(d), o.subject, t))
    raise ValueError(style)


def _mailto(a):
    return '<a href="mailto:%s">%s</a>' % (a, a)


def html_block(style, o, me):
    """text/html rendering of the quoted/forwarded message."""
    d = _d(o)
    to = _to(o, me)
    body = o.html
    if style in ("gmail", "gmail_es"):
        if style == "gmail":
            attr = "On %s, %s %d, %d at %s %s &lt;%s&gt; wrote:<br>" % (
                DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, h12(d).replace(" ", "\u202f"),
                esc(o.name), _mailto(o.addr))
        else:
            attr = "El %s, %d %s %d a las %d:%02d, %s (&lt;%s&gt;) escribió:<br>" % (
                DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute, esc(o.name),
                _mailto(o.addr))
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s</div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (attr, body))
    if style in ("gmail_fwd", "gmail_fwd_es"):
        es = style.endswith("_es")
        date = ("%s, %d %s %d a las %d:%02d" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year,
                                                d.hour, d.minute)) if es else \
            ("%s, %s %d, %d at %s" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year,
                                      h12(d).replace(" ", "\u202f")))
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                '---------- Forwarded message ---------<br>%s: <strong class="gmail_sendername" dir="auto">'
                '%s</strong> <span dir="auto">&lt;%s&gt;</span><br>Date: %s<br>Subject: %s<br>'
                'To: &lt;%s&gt;<br></div><br><br>%s</div>' % ("De" if es else "From", esc(o.name),
                                                              _mailto(o.addr), date, esc(o.subject),
                                                              _mailto(to), body))
    if style in ("outlook", "outlook_line", "outlook_orig", "outlook_es"):
        es = style == "outlook_es"
        when = ("%s, %d de %s de %d %d:%02d" % (DIAS_L[d.weekday()], d.day, MESES_L[d.month - 1], d.year,
                                               d.hour, d.minute)) if es else \
            ("%s, %s %d, %d %s" % (DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year, h12(d)))
        lab = ("De", "Enviado", "Para", "Asunto") if es else ("From", "Sent", "To", "Subject")
        if style == "outlook_line" or es:
            return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                    'color="#000000"><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br>'
                    '<b>%s:</b> %s</font><div>&nbsp;</div></div>%s' % (
                        lab[0], esc(o.name), o.addr, lab[1], when, lab[2], esc(to), lab[3],
                        esc(o.subject), body))
        return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                '<p class="MsoNormal"><b>From:</b> %s &lt;%s&gt; <br><b>Sent:</b> %s<br><b>To:</b> %s<br>'
                '<b>Subject:</b> %s<o:p></o:p></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s' % (
                    esc(o.name), o.addr, when, esc(to), esc(o.subject), body))
    if style in ("apple", "apple_es", "iphone"):
        if style == "apple_es":
            attr = "El %d %s %d, a las %d:%02d, %s &lt;%s&gt; escribió:" % (
                d.day, MESES[d.month - 1], d.year, d.hour, d.minute, esc(o.name), o.addr)
        else:
            attr = "On %s %d, %d, at %s, %s &lt;%s&gt; wrote:" % (
                MONS[d.month - 1], d.day, d.year, h12(d), esc(o.name), o.addr)
        return ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">'
                '<div>%s</div></blockquote></div>' % (attr, body))
    if style == "apple_fwd":
        return ('<div><br><div>Begin forwarded message:</div><br class="Apple-interchange-newline">'
                '<blockquote type="cite"><div style="margin: 0px;"><span style="font-family: -webkit-system-font, '
                'Helvetica Neue, Helvetica, sans-serif;"><b>From: </b></span><span style="font-family: '
                '-webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">%s &lt;%s&gt;<br></span></div>'
                '<div style="margin: 0px;"><span style="font-family: -webkit-system-font;"><b>Subject: </b></span>'
                '<span style="font-family: -webkit-system-font;"><b>%s</b><br></span></div>'
                '<div style="margin: 0px;"><span style="font-family: -webkit-system-font;"><b>Date: </b></span>'
                '<span style="font-family: -webkit-system-font;">%s %d, %d at %s<br></span></div>'
                '<div style="margin: 0px;"><span style="font-family: -webkit-system-font;"><b>To: </b></span>'
                '<span style="font-family: -webkit-system-font;">%s<br></span></div><br><div>%s</div>'
                '</blockquote></div>' % (esc(o.name), o.addr, esc(o.subject), MONS_L[d.month - 1], d.day,
                                         d.year, h12(d), to, body))
    if style in ("yahoo", "yahoo_fwd"):
        if style == "yahoo":
            inner = ('<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;'
                     'color:#26282a;"><div>On %s, %s %d, %d at %s, %s &lt;%s&gt; wrote:</div><div><br></div>'
                     '<div><br></div><div><div dir="ltr">%s</div></div></div>' % (
                         DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year, h12(d), esc(o.name),
                         o.addr, body))
        else:
            inner = ('<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;'
                     'color:#26282a;"><div>----- Forwarded Message -----</div><div><b>From:</b> %s &lt;%s&gt;</div>'
                     '<div><b>To:</b> %s</div><div><b>Sent:</b> %s, %s %d, %d at %s</div>'
                     '<div><b>Subject:</b> %s</div><div><br></div>%s</div>' % (
                         esc(o.name), o.addr, to, DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year,
                         h12(d), esc(o.subject), body))
        return ('<div id="ydp1c3e7b5ayahoo_quoted_4820917734" class="ydp1c3e7b5ayahoo_quoted">%s</div>' % inner)
    if style in ("tb", "roundcube", "ox", "mutt", "proton", "samsung", "zimbra", "wlm"):
        if style == "tb":
            attr = '<div class="moz-cite-prefix">On %d/%d/%s %s, %s wrote:<br></div>' % (
                d.month, d.day, str(d.year)[2:], h12(d), esc(o.name))
            return attr + '<blockquote type="cite" cite="mid:%s">%s</blockquote>' % (o.msgid.strip("<>"), body)
        if style == "roundcube":
            return ('<p id="reply-intro">On %d-%02d-%02d %02d:%02d, %s wrote:</p><blockquote type="cite" '
                    'style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">%s</blockquote>' % (
                        d.year, d.month, d.day, d.hour, d.minute, esc(o.name), body))
        if style == "ox":
            return ('<blockquote type="cite"><div>On %02d/%02d/%d %d:%02d %s %s %s &lt;%s&gt; wrote:</div>'
                    '<div>&nbsp;</div><div>&nbsp;</div>%s</blockquote>' % (
                        d.month, d.day, d.year, (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM",
                        "CST" if d.utcoffset().total_seconds() == -21600 else "CDT", esc(o.name), o.addr, body))
        if style == "zimbra":
            return ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><blockquote '
                    'style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;'
                    'font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,'
                    'sans-serif;font-size:12pt;"><b>From: </b>"%s" &lt;%s&gt;<br><b>To: </b>%s<br><b>Sent: </b>'
                    '%s, %s %d, %d %s<br><b>Subject: </b>%s<br></blockquote></div><div data-marker="__QUOTED_TEXT__">'
                    '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s'
                    '</blockquote></div>' % (esc(o.name), o.addr, to, DAYS_L[d.weekday()], MONS_L[d.month - 1],
                                             d.day, d.year, h12(d), esc(o.subject), body))
        if style == "proton":
            return ('<div class="protonmail_quote">------- Original Message -------<br>On %s, %s %s, %d at %s, '
                    '%s &lt;%s&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">%s</blockquote>'
                    '<br></div>' % (DAYS_L[d.weekday()], MONS_L[d.month - 1], _ord(d.day), d.year, h12(d),
                                   esc(o.name), o.addr, body))
        if style == "samsung":
            return ('<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;'
                    'color:#000000"><!-- originalMessage --><div>-------- Original message --------</div>'
                    '<div>From: %s &lt;%s&gt; </div><div>Date: %d/%d/%s %s (GMT-06:00) </div><div>To: %s </div>'
                    '<div>Subject: %s </div><div><br></div></div>%s' % (
                        esc(o.name), o.addr, d.month, d.day, str(d.year)[2:], h12(d), to, esc(o.subject), body))
    raise ValueError(style)


def nest(o_new, style, quoted, me):
    """Give Orig `o_new` (a reply someone else wrote) a quoted copy of `quoted`."""
    new_text = o_new.text
    o_new.text = new_text + "\n\n" + plain_block(style, quoted, me)
    o_new._html = ("<div>" + "<br>".join(esc(x) for x in new_text.split("\n")) + "</div>"
                   + html_block(style, quoted, me))
    return o_new
