"""Mail programs: their own headers, quoting styles and MIME bodies."""
import datetime
import html

from mime import enc_header, fake_hex
from transport import UTC, fmt

NNBSP = "\u202f"


def esc(s):
    return html.escape(s, quote=False)


def uuid_from(seed, upper=False):
    h = fake_hex(seed, 32)
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:32])
    return u.upper() if upper else u


def clock(d, nnbsp=True):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    sep = NNBSP if nnbsp else " "
    return "%d:%02d%s%s" % (h, d.minute, sep, ap)


def long_day(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


# ---------------------------------------------------------------- quoting
def attribution(prog, orig):
    d = orig["when"]
    who = orig["name"]
    a = orig["addr"]
    if prog in ("gmail", "gmail_android"):
        return "On %s, %s at %s %s <%s> wrote:" % (d.strftime("%a, %b ") + str(d.day), d.year, clock(d), who, a)
    if prog in ("iphone", "ipad", "apple_mail"):
        return "On %s, %d, at %s, %s <%s> wrote:" % (d.strftime("%b ") + str(d.day), d.year, clock(d), who, a)
    if prog == "thunderbird":
        return "On %d/%d/%s %s, %s wrote:" % (d.month, d.day, d.strftime("%y"), clock(d, False), who)
    if prog == "xfinity":
        return "On %s %s CST %s <%s> wrote:" % (d.strftime("%m/%d/%Y"), clock(d, False), who, a)
    if prog in ("yahoo_web", "aol_web", "yahoo_ios"):
        return "On %s at %s %s, %s <%s> wrote:" % (long_day(d), d.strftime("%I:%M:%S"), d.strftime("%p CST"), who, a)
    if prog == "proton":
        day = d.day
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return "On %s %d%s, %d at %s, %s <%s> wrote:" % (d.strftime("%A, %B"), day, suf, d.year,
                                                         clock(d, False), who, a)
    return None


def quote_plain(prog, orig, rcpt_name, rcpt_addr):
    d = orig["when"]
    text = orig["text"]
    lines = text.split("\n")
    if prog in ("gmail", "gmail_android"):
        return "\n\n" + attribution(prog, orig) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    if prog in ("iphone", "ipad"):
        return "\n\n> " + attribution(prog, orig) + "\n> \n" + "\n".join("> " + l for l in lines)
    if prog == "apple_mail":
        return "\n\n> " + attribution(prog, orig) + "\n> \n" + "\n".join("> " + l for l in lines)
    if prog == "thunderbird":
        return "\n\n" + attribution(prog, orig) + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    if prog == "xfinity":
        return "\n\n> " + attribution(prog, orig) + "\n> \n> \n" + "\n".join("> " + l for l in lines)
    if prog in ("yahoo_web", "aol_web", "yahoo_ios"):
        return "\n\n\n    " + attribution(prog, orig) + "  \n\n " + "\n ".join(lines)
    if prog == "proton":
        return "\n\n" + attribution(prog, orig) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    if prog in ("outlook_web", "outlook_ios", "outlook_android"):
        to_line = "%s <%s>" % (rcpt_name or rcpt_addr, rcpt_addr)
        return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s %s\nTo: %s\nSubject: %s\n\n%s" % (
            orig["name"], orig["addr"], long_day(d), clock(d, False), to_line, orig["subject"], text))
    if prog in ("outlook_desktop", "exchange"):
        to_line = "%s <%s>" % (rcpt_name or rcpt_addr, rcpt_addr)
        return ("\n\nFrom: %s <%s> \nSent: %s %s\nTo: %s\nSubject: %s\n\n%s" % (
            orig["name"], orig["addr"], long_day(d), clock(d, False), to_line, orig["subject"], text))
    if prog == "zimbra":
        return ("\n\n----- Original Message -----\nFrom: \"%s\" <%s>\nTo: \"%s\" <%s>\nSent: %s %s\nSubject: %s\n\n%s"
                % (orig["name"], orig["addr"], rcpt_name or rcpt_addr, rcpt_addr, long_day(d),
                   d.strftime("%I:%M:%S %p").lstrip("0"), orig["subject"], text))
    if prog == "samsung":
        return ("\n\n\n-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%s %s  (GMT-06:00) \nTo: %s \n"
                "Subject: %s \n\n%s" % (orig["name"], orig["addr"], d.month, d.day, d.strftime("%y"),
                                        clock(d, False), rcpt_addr, orig["subject"], text))
    if prog == "roundcube":
        return ("\n\nOn %s %s, %s wrote:\n" % (d.strftime("%Y-%m-%d"), d.strftime("%H:%M"), orig["name"]) +
                "\n".join(("> " + l) if l else ">" for l in lines))
    raise ValueError(prog)


def forward_plain(prog, orig, rcpt_name, rcpt_addr):
    d = orig["when"]
    text = orig["text"]
    if prog in ("gmail", "gmail_android"):
        return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %d at %s\nSubject: %s\n"
                "To: <%s>\n\n\n%s" % (orig["name"], orig["addr"], d.strftime("%a, %b ") + str(d.day), d.year,
                                      clock(d), orig["subject"], rcpt_addr, text))
    if prog in ("iphone", "ipad", "apple_mail"):
        return ("\n\nBegin forwarded message:\n\nFrom: %s <%s>\nDate: %s at %s CST\nTo: %s\nSubject: %s\n\n%s" % (
            orig["name"], orig["addr"], d.strftime("%B ") + str(d.day) + ", %d" % d.year, clock(d), rcpt_addr,
            orig["subject"], text))
    if prog in ("outlook_web", "outlook_ios", "outlook_desktop", "exchange"):
        return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s %s\nTo: %s\nSubject: %s\n\n%s" % (
            orig["name"], orig["addr"], long_day(d), clock(d, False), rcpt_addr, orig["subject"], text))
    if prog in ("yahoo_web", "aol_web"):
        return ("\n\n\n----- Forwarded Message -----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s CST\nSubject: %s\n\n%s" % (
            orig["name"], orig["addr"], rcpt_addr, long_day(d), d.strftime("%I:%M:%S %p").lstrip("0"),
            orig["subject"], text))
    raise ValueError(prog)


# ---------------------------------------------------------------- html renderings
def html_lines_br(text):
    return "<br>".join(esc(l) for l in text.split("\n"))


def html_divs(text, cls=None):
    out = []
    for l in text.split("\n"):
        if l.strip():
            out.append("<div>%s</div>" % esc(l))
        else:
            out.append("<div><br></div>")
    return "".join(out)


def orig_html(orig):
    return "<div>" + html_lines_br(orig["text"]) + "</div>"


def html_for(prog, new_text, orig=None, mode=None, rcpt=None):
    """Return the HTML rendering a client would send next to the plain part."""
    q = ""
    if prog in ("gmail", "gmail_android"):
        body = '<div dir="ltr">%s</div>' % html_lines_br(new_text)
        if orig is not None and mode == "reply":
            q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attribution(prog, orig)),
                                                                               orig_html(orig)))
        elif orig is not None and mode == "fwd":
            d = orig["when"]
            q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- '
                 'Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">%s</strong> '
                 '<span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>Date: %s, %d at %s<br>Subject: %s'
                 '<br>To: &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>%s</div>' % (
                     esc(orig["name"]), orig["addr"], orig["addr"], d.strftime("%a, %b ") + str(d.day), d.year,
                     clock(d), esc(orig["subject"]), rcpt, rcpt, orig_html(orig)))
        return body + q + "\n"
    if prog in ("apple_mail", "iphone", "ipad"):
        style = ('style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
                 if prog == "apple_mail" else 'dir="auto"')
        inner = html_divs(new_text) if prog == "apple_mail" else html_lines_br(new_text)
        if orig is not None:
            if mode == "fwd":
                d = orig["when"]
                q = ('<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br><div><b>From: </b>%s '
                     '&lt;%s&gt;<br><b>Subject: </b>%s<br><b>Date: </b>%s<br></div><br>%s</blockquote></div>' % (
                         esc(orig["name"]), orig["addr"], esc(orig["subject"]), esc(d.strftime("%B %d, %Y")),
                         orig_html(orig)))
            else:
                q = ('<div><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">%s'
                     '</blockquote>' % (esc(attribution(prog, orig)), orig_html(orig)))
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body %s>'
                '%s%s</body></html>' % (style, inner, q))
    if prog in ("yahoo_web", "aol_web", "yahoo_ios"):
        cls = "ydp%syahoo-style-wrap" % fake_hex(new_text[:20] + prog, 8)
        inner = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else "<br>")
                        for l in new_text.split("\n"))
        if orig is not None:
            q = ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                 'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                 '<div><br></div>%s</div></div>' % (fake_hex(new_text + "yq", 10),
                                                     esc(attribution(prog, orig) or ""), orig_html(orig)))
        return ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, Arial, '
                'sans-serif;font-size:13px;">%s</div>%s</body></html>' % (cls, inner, q))
    if prog in ("outlook_web", "outlook_ios", "outlook_android", "outlook_desktop", "exchange"):
        inner = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                        'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                        '%s</div>' % (esc(l) if l.strip() else "<br>") for l in new_text.split("\n"))
        if orig is not None:
            d = orig["when"]
            q = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                 'color="#000000"><b>From:</b> %s &lt;%s&gt;<br><b>Sent:</b> %s %s<br><b>To:</b> %s<br>'
                 '<b>Subject:</b> %s</font><div>&nbsp;</div></div>%s' % (
                     esc(orig["name"]), orig["addr"], long_day(d), clock(d, False), esc(rcpt or ""),
                     esc(orig["subject"]), orig_html(orig)))
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n%s%s\n</body>\n</html>\n' % (inner, q))
    if prog == "xfinity":
        inner = "\n".join("  <p>%s</p>" % (esc(l) if l.strip() else "<br>") for l in new_text.split("\n"))
        if orig is not None:
            q = ('\n  <blockquote type="cite">\n   %s\n   <br>\n   %s\n  </blockquote>' % (
                esc(attribution(prog, orig)), orig_html(orig)))
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s%s\n </body>\n'
                '</html>' % (inner, q))
    if prog == "zimbra":
        inner = "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br data-mce-bogus=\"1\">")
                        for l in new_text.split("\n"))
        if orig is not None:
            q = ('<div><br></div><hr id="zwchr"><div><b>From: </b>"%s" &lt;%s&gt;<br><b>Subject: </b>%s<br></div>'
                 '<div><br></div>%s' % (esc(orig["name"]), orig["addr"], esc(orig["subject"]), orig_html(orig)))
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: '
                '#000000">%s%s</div></body></html>' % (inner, q))
    if prog == "proton":
        inner = "".join('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>' %
                        (esc(l) if l.strip() else "<br>") for l in new_text.split("\n"))
        if orig is not None:
            q = ('<div class="protonmail_quote">%s<br><blockquote class="protonmail_quote" type="cite">%s'
                 '</blockquote><br></div>' % (esc(attribution(prog, orig)), orig_html(orig)))
        return inner + q
    if prog == "samsung":
        inner = "".join("<div dir=\"auto\">%s</div>" % (esc(l) if l.strip() else "<br>") for l in new_text.split("\n"))
        if orig is not None:
            q = ('<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">'
                 '<!-- originalMessage --><div>-------- Original message --------</div><div>From: %s &lt;%s&gt; </div>'
                 '<div>Subject: %s </div><div><br></div></div>%s' % (esc(orig["name"]), orig["addr"],
                                                                      esc(orig["subject"]), orig_html(orig)))
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>" + \
            inner + q + "</body></html>"
    raise ValueError(prog)


def flow(text, width=72):
    """format=flowed soft wrapping (RFC 3676) for unquoted lines."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)
