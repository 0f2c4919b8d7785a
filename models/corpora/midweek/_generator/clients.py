"""Mail programs: each function writes the client's own headers and MIME body
into a Mail object, in the shape that program really produces."""
from core import (Leaf, Multi, rs, HEX, HEXU, ALNUM, uuid_upper, uuid_lower, rfc, to_off, h12, esc,
                  paras, quote_lines, flowed, hardwrap, DAYS, DAYS_LONG, MONS, MONS_LONG, ordinal,
                  epoch_ms, b64blob, ctype_fold, ew, addr, nl)

CONTENT = ("__CONTENT__", None)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def auto_cte(text, limit=76):
    if not is_ascii(text) or any(len(l) > limit for l in nl(text).split("\n")):
        return "quoted-printable"
    return "7bit"


def from_hdr(m, quote=False):
    name = m.from_name
    if name and not is_ascii(name):
        return "%s <%s>" % (ew(name, "utf-8", "Q"), m.from_addr)
    return addr(name, m.from_addr, quote=quote)


def subj(m, charset="utf-8", enc="Q"):
    s = m.subject
    if s and not is_ascii(s):
        return ew(s, charset, enc)
    return s


def threading(m, order=("References", "In-Reply-To")):
    out = []
    for h in order:
        if h == "References" and getattr(m, "refs", None):
            out.append(("References", m.refs))
        if h == "In-Reply-To" and getattr(m, "irt", None):
            out.append(("In-Reply-To", m.irt))
    return out


def us_date(d):
    return "%s, %s %d, %d at %s" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, h12(d))


def long_date(d):
    return "%s, %s %d, %d" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year)


def html_divs(text, tag="div", attr="", br_between=True):
    out = []
    ps = paras(text)
    for i, p in enumerate(ps):
        for line in p:
            out.append("<%s%s>%s</%s>" % (tag, attr, esc(line) if line else "<br>", tag))
        if br_between and i < len(ps) - 1:
            out.append("<%s%s><br></%s>" % (tag, attr, tag))
    return "".join(out)


def html_ps(text, attr=""):
    return "".join("<p%s>%s</p>" % (attr, "<br>".join(esc(l) for l in p)) for p in paras(text))


def attachment_leaf(att, style="gmail", r=None):
    ctype, fname, data = att[:3]
    inline = len(att) > 3 and att[3] == "inline"
    disp = "inline" if inline else "attachment"
    if style == "gmail":
        fid = "f_" + rs(r, 9, "abcdefghijklmnopqrstuvwxyz0123456789")
        return Leaf('%s; name="%s"' % (ctype, fname), data_b64(data), "base64",
                    [("Content-Disposition", '%s; filename="%s"' % (disp, fname)),
                     ("Content-ID", "<%s>" % fid), ("X-Attachment-Id", fid)])
    if style == "apple":
        return Leaf('%s;\n\tname=%s;\n\tx-unix-mode=0644' % (ctype, fname), data_b64(data), "base64",
                    [("Content-Disposition", "%s;\n\tfilename=%s" % (disp, fname))])
    if style == "iphone":
        return Leaf('%s;\n\tname=%s' % (ctype, fname), data_b64(data), "base64",
                    [("Content-Disposition", "%s;\n\tfilename=%s" % (disp, fname))])
    if style == "outlook":
        return Leaf('%s;\n\tname="%s"' % (ctype, fname), data_b64(data), "base64",
                    [("Content-Description", fname),
                     ("Content-Disposition", '%s;\n\tfilename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                      % (disp, fname, len(data), att[4] if len(att) > 4 else "Thu, 14 Oct 2027 18:31:05 GMT",
                         att[4] if len(att) > 4 else "Thu, 14 Oct 2027 18:31:05 GMT"))])
    return Leaf('%s; name="%s"' % (ctype, fname), data_b64(data), "base64",
                [("Content-Disposition", '%s; filename="%s"' % (disp, fname))])


def data_b64(data):
    from core import enc_b64
    return enc_b64(data)


# ====================================================================== Gmail

def gmail_attr_plain(o):
    line = "On %s %s <%s> wrote:" % (us_date(o.date), o.from_name, o.from_addr)
    if len(line) > 78:
        head = "On %s %s <" % (us_date(o.date), o.from_name)
        line = head + "\n" + "%s> wrote:" % o.from_addr
    return line


def gmail(m, text, quote=None, sig=None, app="web", fwd=None, attach=(), html_extra="", plain_override=None,
          cc=None):
    r = m.r
    m.msgid = m.__dict__.get("msgid") or "<CA%s%s@mail.gmail.com>" % (
        r.choice(["+", "F", "J", "K", "L", "H", "P"]), rs(r, 62, ALNUM + "-_=+")[:r.randint(52, 62)])
    d = "ltr" if app == "web" else "auto"
    plain = text
    hbody = html_divs(text, attr=' dir="%s"' % d if app != "web" else "")
    if app == "web":
        hbody = '<div dir="ltr">%s%s' % (hbody, html_extra)
    else:
        hbody = '<div dir="auto">%s%s' % (hbody, html_extra)
    if sig:
        plain += "\n\n-- \n" + sig
        hbody += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>' \
                 '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % \
                 "<br>".join(esc(l) for l in sig.split("\n"))
    hbody += "</div>"
    if quote is not None:
        o = quote
        plain += "\n\n" + gmail_attr_plain(o) + "\n\n" + quote_lines(o.text.rstrip("\n"))
        hbody += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On %s %s &lt;<a '
                  'href="mailto:%s">%s</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                  '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                      us_date(o.date), esc(o.from_name), o.from_addr, o.from_addr, o.html))
    if fwd is not None:
        o = fwd
        to_line = o.to if "<" in o.to else "<%s>" % o.to
        plain += "\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s" % (
            o.from_name, o.from_addr, us_date(o.date), o.subject, to_line, o.text.rstrip("\n"))
        hbody += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded '
                  'message ---------<br>From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;'
                  '<a href="mailto:%s">%s</a>&gt;</span><br>Date: %s<br>Subject: %s<br>To: %s<br></div><br><br>%s</div>' % (
                      esc(o.from_name), o.from_addr, o.from_addr, us_date(o.date), esc(o.subject), esc(to_line), o.html))
    plain = plain.rstrip("\n") + "\n"
    if plain_override is not None:
        plain = plain_override
    pc = auto_cte(plain)
    hc = "quoted-printable" if len(hbody) > 76 or not is_ascii(hbody) else "7bit"
    p1 = Leaf('text/plain; charset="UTF-8"', plain, pc if pc != "7bit" else None, charset="utf-8")
    p2 = Leaf('text/html; charset="UTF-8"', hbody + "\n", hc if hc != "7bit" else None, charset="utf-8")
    top = Multi("alternative", "000000000000" + rs(r, 16, HEX), [p1, p2])
    if attach:
        top = Multi("mixed", "000000000000" + rs(r, 16, HEX), [top] + [attachment_leaf(a, "gmail", r) for a in attach])
    m.top = top
    m.hdrs = [("MIME-Version", "1.0")] + threading(m) + [
        ("From", from_hdr(m)), ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("Subject", subj(m)),
        ("To", m.to)] + ([("Cc", cc)] if cc else []) + [CONTENT]


# ====================================================================== Outlook (desktop, Windows)

WORD_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s<style><!--\n'
             '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
             '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
             '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n'
             '\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n'
             '\ttext-decoration:underline;}\nspan.EmailStyle%d\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n'
             '\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
             '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
             '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
             '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n</head>\n'
             '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')


def word_p(line):
    if not line:
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(line)


def outlook_quote_plain(o, to_disp=None, style="desktop"):
    d = o.date
    sent = "%s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year, h12(d))
    to = to_disp or o.to
    if style == "desktop":
        return "From: %s <%s> \nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
            o.from_name, o.from_addr, sent, to, o.subject, o.text.rstrip("\n"))
    if style == "original":
        return "-----Original Message-----\nFrom: %s <%s> \nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
            o.from_name, o.from_addr, sent, to, o.subject, o.text.rstrip("\n"))
    # web / mobile
    sent2 = "%s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year,
                                  h12(d, secs=(style == "mobile")))
    return "________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        o.from_name, o.from_addr, sent2, to, o.subject, o.text.rstrip("\n"))


def outlook_desktop(m, text, quote=None, sig=None, charset="windows-1252", legal=None, logo=None, attach=(),
                    exchange=False, fwd=False, to_disp=None, quote_style="desktop", importance=None, cc=None,
                    x_mailer="Microsoft Outlook 16.0"):
    r = m.r
    if not getattr(m, "msgid", None):
        if exchange and exchange.endswith("prod.outlook.com"):
            pod = exchange.split(".")[0]
            m.msgid = "<%s%s@%s>" % (pod, rs(r, 20, HEXU), exchange)
        elif exchange:
            m.msgid = "<%s@%s>" % (rs(r, 32, HEX), exchange)
        else:
            m.msgid = "<0000%sda%s$%s$%s$@%s>" % (rs(r, 2, HEX), rs(r, 6, HEX), rs(r, 8, HEX), rs(r, 8, HEX),
                                                m.from_addr.split("@")[1])
    plain = text
    hb = ""
    for line in nl(text).split("\n"):
        hb += word_p(line)
    if sig:
        plain += "\n\n" + sig
        hb += word_p("")
        for line in sig.split("\n"):
            hb += word_p(line)
    if logo:
        plain += "\n\n[cid:image001.png@01DE1A2F.5C3B7D40]"
        hb += '<p class="MsoNormal"><img width="180" height="52" style="width:1.875in;height:.5416in" id="Picture_x0020_1" ' \
              'src="cid:image001.png@01DE1A2F.5C3B7D40" alt="%s"><o:p></o:p></p>\n' % esc(logo[0])
    if legal:
        plain += "\n\n" + legal
        hb += '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">%s<o:p></o:p></span></p>\n' % \
              "<br>\n".join(esc(l) for l in legal.split("\n"))
    if quote is not None:
        o = quote
        plain += "\n\n" + outlook_quote_plain(o, to_disp, quote_style)
        d = o.date
        sent = "%s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year, h12(d))
        hb += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
               'padding:3.0pt 0in 0in 0in">\n<p class="MsoNormal"><b>From:</b> %s &lt;%s&gt; <br>\n<b>Sent:</b> %s<br>\n'
               '<b>To:</b> %s<br>\n<b>Subject:</b> %s<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n' % (
                   esc(o.from_name), o.from_addr, sent, esc(to_disp or o.to), esc(o.subject), o.html))
    hb += "</div>\n</body>\n</html>\n"
    plain = plain.rstrip("\n") + "\n"
    cs = charset if not is_ascii(plain + hb) else "us-ascii"
    head = WORD_HEAD % (cs, "", r.randint(17, 24))
    html = head + hb
    p1 = Leaf('text/plain; charset="%s"' % cs, plain, "quoted-printable", charset=charset)
    p2 = Leaf('text/html; charset="%s"' % cs, html, "quoted-printable", charset=charset)
    if exchange:
        b = "_000_%s%s_" % (rs(r, 20, HEXU + "MNPQRSTW"), exchange.split(".")[0].upper()[:14])
    else:
        b = "----=_NextPart_000_%s_01DE%s.%s" % (rs(r, 4, HEXU), rs(r, 4, HEXU), rs(r, 8, HEXU))
    alt = Multi("alternative", b if exchange else b.replace("_000_", "_001_"), [p1, p2],
                ctype=None)
    alt.ctype = 'multipart/alternative;\n\tboundary="%s"' % alt.boundary
    top = alt
    if logo:
        img = Leaf('image/png; name="image001.png"', data_b64(logo[1]), "base64",
                   [("Content-ID", "<image001.png@01DE1A2F.5C3B7D40>")] +
                   ([("Content-Description", "image001.png")] if exchange else []) +
                   [("Content-Disposition", 'inline; filename="image001.png"' + ('; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (len(logo[1]), rfc(m.sent).replace(" -0500", " GMT"), rfc(m.sent).replace(" -0500", " GMT")) if exchange else ""))])
        rb = (b.replace("_000_", "_004_") if exchange else b.replace("_000_", "_000_"))
        top = Multi("related", rb, [alt, img])
        top.ctype = 'multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % rb
    if attach:
        mb = (b.replace("_000_", "_005_") if exchange else b.replace("NextPart_000", "NextPart_002"))
        top = Multi("mixed", mb, [top] + [attachment_leaf(a, "outlook", r) for a in attach],
                    preamble=None if exchange else "This is a multipart message in MIME format.")
        top.ctype = 'multipart/mixed;\n\tboundary="%s"' % mb
    elif not exchange:
        top.preamble = "This is a multipart message in MIME format."
    m.top = top
    ti = b64blob(r, 22)[:30]
    if exchange:
        m.hdrs = [("From", from_hdr(m)), ("To", m.to)] + ([("CC", cc)] if cc else []) + [
            ("Subject", subj(m, charset)), ("Thread-Topic", subj(m, charset).replace("RE: ", "").replace("Re: ", "")),
            ("Thread-Index", "AdoD" + ti)] + ([("Importance", importance)] if importance else []) + [
            ("Date", rfc(m.sent)), ("Message-ID", m.msgid)] + threading(m, ("References", "In-Reply-To")) + [
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", "yes" if (attach or logo) else ""), ("X-MS-TNEF-Correlator", ""),
            ("x-originating-ip", "[10.0.%d.%d]" % (r.randint(0, 9), r.randint(2, 250))),
            CONTENT, ("MIME-Version", "1.0")]
    else:
        m.hdrs = [("From", from_hdr(m, quote=True)), ("To", m.to)] + ([("Cc", cc)] if cc else []) + \
            threading(m, ("References", "In-Reply-To")) + [
            ("Subject", subj(m, charset)), ("Date", rfc(m.sent)), ("Message-ID", m.msgid), ("MIME-Version", "1.0"),
            CONTENT, ("X-Mailer", x_mailer), ("Thread-Index", "AQH" + ti)] + \
            ([("Importance", importance)] if importance else []) + [("Content-Language", "en-us")]


# ====================================================================== Outlook on the web / Outlook mobile

def outlook_web(m, text, quote=None, mobile=None, to_disp=None, charset=None):
    r = m.r
    pod = getattr(m, "ms_pod", "PH0PR11MB%d" % r.randint(1000, 9999))
    if not getattr(m, "msgid", None):
        m.msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (pod, rs(r, 24, HEXU), pod, r.randint(1, 20))
    plain = text
    font = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"
    if mobile:
        plain += "\n\nGet Outlook for %s<https://aka.ms/%s>" % ({"ios": "iOS", "android": "Android"}[mobile],
                                                                  {"ios": "o0ukef", "android": "AAb9ysg"}[mobile])
        hb = '<div dir="auto">%s</div><div dir="auto"><br></div><div id="ms-outlook-mobile-body-separator-line" dir="auto">' \
             '<br></div><div id="ms-outlook-mobile-signature" dir="auto">Get <a href="https://aka.ms/%s">Outlook for %s</a></div>' % (
                 "<br>".join(esc(l) for l in nl(text).split("\n")),
                 {"ios": "o0ukef", "android": "AAb9ysg"}[mobile], {"ios": "iOS", "android": "Android"}[mobile])
    else:
        hb = "".join('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                     % (font, esc(l) if l else "<br>") for l in nl(text).split("\n"))
    if quote is not None:
        o = quote
        plain += "\n\n" + outlook_quote_plain(o, to_disp, "mobile" if mobile else "web")
        d = o.date
        sent = "%s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year,
                                     h12(d, secs=bool(mobile)))
        hb += ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" '
               'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> %s &lt;%s&gt;<br>'
               '<b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</font><div>&nbsp;</div></div><div>%s</div>' % (
                   esc(o.from_name), o.from_addr, sent, esc(to_disp or o.to), esc(o.subject), o.html))
    html = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" ' \
           'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n'
    plain = plain.rstrip("\n") + "\n"
    cs = charset or ("us-ascii" if is_ascii(plain) else "iso-8859-1")
    html = html % (cs, hb)
    p1 = Leaf('text/plain; charset="%s"' % cs, plain, "quoted-printable", charset=cs)
    p2 = Leaf('text/html; charset="%s"' % cs, html, "quoted-printable", charset=cs)
    b = "_000_%s%s_" % (pod, rs(r, 24, HEXU))
    top = Multi("alternative", b, [p1, p2])
    top.ctype = 'multipart/alternative;\n\tboundary="%s"' % b
    m.top = top
    utc = to_off(m.sent, 0)
    m.hdrs = [("From", from_hdr(m)), ("To", m.to), ("Subject", subj(m, cs)),
              ("Thread-Topic", subj(m, cs)), ("Thread-Index", "AQH" + b64blob(r, 22)[:29] + "=="),
              ("Date", rfc(utc)), ("Message-ID", m.msgid)] + threading(m) + [
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""),
        ("x-ms-exchange-messagesentrepresentingtype", "1"),
        ("x-ms-publictraffictype", "Email"),
        ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (pod, pod.replace("MB", "MB").replace(pod[-4:], str(r.randint(1000, 9999))))),
        ("x-ms-office365-filtering-correlation-id", uuid_lower(r)),
        ("x-microsoft-antispam", "BCL:0;ARA:14566002|8062599003|15080799006|461199028|19110799003|440099028|3412199025;"),
        CONTENT, ("MIME-Version", "1.0")]


# ====================================================================== Apple Mail (macOS)

def apple_attr(o, ios=False):
    d = o.date
    return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[d.month - 1], d.day, d.year, h12(d), o.from_name, o.from_addr)


def apple_mail(m, text, quote=None, sig=None, attach=(), pos="top", inline=None, build="3826.400.131.1.6",
               domain="icloud.com"):
    """inline: list of ('q', text) / ('t', text) segments for answers written between quoted lines."""
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%s@%s>" % (uuid_upper(r), domain)
    ws = '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>' \
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>'
    plain = ""
    hb = ""
    if inline:
        d = quote.date
        plain = "\n\n" if False else ""
        plain += "> " + apple_attr(quote) + "\n> \n"
        hb += '<br><div><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"></blockquote></div>' % esc(apple_attr(quote))
        for kind, seg in inline:
            if kind == "q":
                plain += quote_lines(seg) + "\n"
                hb += '<blockquote type="cite"><div>%s</div></blockquote>' % "<br>".join(esc(l) for l in seg.split("\n"))
            else:
                plain += "\n" + seg + "\n\n"
                hb += "<div><br></div>" + html_divs(seg) + "<div><br></div>"
        if sig:
            plain += "\n" + sig + "\n"
            hb += html_divs(sig)
    else:
        if pos == "top" or quote is None:
            plain = text
            hb = html_divs(text)
            if sig:
                plain += "\n\n" + sig
                hb += "<div><br></div>" + html_divs(sig)
        if quote is not None:
            o = quote
            qp = "> " + apple_attr(o) + "\n> \n" + quote_lines(o.text.rstrip("\n"))
            qh = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
                  '</blockquote></div>' % (esc(apple_attr(o)), o.html))
            if pos == "top":
                plain += "\n\n" + qp + "\n\n"
                hb += "<div>" + qh + "<br></div>"
            else:
                plain = qp + "\n\n" + text + ("\n\n" + sig if sig else "")
                hb = qh + "<div><br></div>" + html_divs(text) + ("<div><br></div>" + html_divs(sig) if sig else "")
    plain = plain.rstrip("\n") + "\n" if not quote or pos != "top" or inline else plain.rstrip("\n") + "\n\n"
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    html = ws % (cs, hb)
    pcte = auto_cte(plain)
    p1 = Leaf("text/plain;\n\tcharset=%s" % cs, plain, pcte, charset=cs)
    p2 = Leaf("text/html;\n\tcharset=%s" % cs, html + "\n", "quoted-printable", charset=cs)
    b = "Apple-Mail=_" + uuid_upper(r)
    top = Multi("alternative", b, [p1, p2])
    top.ctype = 'multipart/alternative;\n\tboundary="%s"' % b
    if attach:
        b2 = "Apple-Mail=_" + uuid_upper(r)
        top = Multi("mixed", b2, [top] + [attachment_leaf(a, "apple", r) for a in attach])
        top.ctype = 'multipart/mixed;\n\tboundary="%s"' % b2
    m.top = top
    m.hdrs = [("From", from_hdr(m)), CONTENT,
              ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % build), ("Subject", subj(m)),
              ("Date", rfc(m.sent))] + ([("References", m.refs)] if getattr(m, "refs", None) else []) + [
        ("To", m.to)] + ([("In-Reply-To", m.irt)] if getattr(m, "irt", None) else []) + [
        ("Message-Id", m.msgid), ("X-Mailer", "Apple Mail (2.%s)" % build)]


# ====================================================================== iPhone / iPad Mail

def iphone(m, text, quote=None, sig="Sent from my iPhone", attach=(), device="iPhone", build="22A3354",
           domain="icloud.com", bottom=False):
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%s@%s>" % (uuid_upper(r), domain)
    plain = text
    if sig:
        plain = (text + "\n\n" + sig) if text else sig
    if quote is None and not attach:
        plain = plain.rstrip("\n")
        cs = "us-ascii" if is_ascii(plain) else "utf-8"
        cte = "7bit" if cs == "us-ascii" and all(len(l) < 77 for l in plain.split("\n")) else "quoted-printable"
        m.top = Leaf("text/plain; charset=%s" % cs, plain, cte, charset=cs)
    else:
        hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        if text:
            hb += html_divs(text, attr=' dir="ltr"')
            if sig:
                hb += '<div dir="ltr"><br></div>'
        if sig:
            hb += '<div dir="ltr">%s</div>' % esc(sig)
        if quote is not None:
            o = quote
            plain += "\n\n> " + apple_attr(o) + "\n> \n" + quote_lines(o.text.rstrip("\n"))
            hb += '<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">' \
                  '<div dir="ltr">%s</div></blockquote>' % (esc(apple_attr(o)), o.html)
        hb += "</body></html>"
        plain = plain.rstrip("\n") + "\n"
        cs = "utf-8"
        p1 = Leaf("text/plain; charset=%s" % cs, plain, auto_cte(plain), charset=cs)
        p2 = Leaf("text/html; charset=%s" % cs, hb + "\n", "quoted-printable", charset=cs)
        b = "Apple-Mail-" + uuid_upper(r)
        if quote is not None:
            top = Multi("alternative", b, [p1, p2])
            top.ctype = "multipart/alternative; boundary=%s" % b
        else:
            top = p1
        if attach:
            b2 = "Apple-Mail-" + uuid_upper(r)
            parts = [top] + [attachment_leaf(a, "iphone", r) for a in attach]
            if quote is None and text == "" and not sig:
                parts = [attachment_leaf(a, "iphone", r) for a in attach]
            top = Multi("mixed", b2, parts)
            top.ctype = "multipart/mixed; boundary=%s" % b2
        m.top = top
    m.hdrs = [CONTENT, ("From", from_hdr(m)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(m.sent)),
              ("Subject", subj(m)), ("Message-Id", m.msgid)] + \
        ([("References", m.refs)] if getattr(m, "refs", None) else []) + \
        ([("In-Reply-To", m.irt)] if getattr(m, "irt", None) else []) + \
        [("To", m.to), ("X-Mailer", "%s Mail (%s)" % (device, build))]


# ====================================================================== Samsung Email

def samsung(m, text, quote=None, sig="Sent from my Galaxy", lang="en"):
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%s.%d@email.android.com>" % (rs(r, 24, "abcdefghijklmnopqrstuvwxyz0123456789"), epoch_ms(m.sent))
    plain = text + ("\n\n\n" + sig if sig else "")
    hb = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + \
         html_divs(text, attr=' dir="auto"')
    if sig:
        hb += '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div ' \
              'style="font-size:85%%;color:#575757" dir="auto">%s</div></div>' % esc(sig)
    if quote is not None:
        o = quote
        d = to_off(o.date, -5)
        ds = "%d/%d/%02d %d:%02d %s (GMT-05:00)" % (d.month, d.day, d.year % 100, d.hour % 12 or 12, d.minute,
                                                    "AM" if d.hour < 12 else "PM")
        hdr_word = {"en": ("Original message", "From", "Date", "To", "Subject"),
                    "es": ("Mensaje original", "De", "Fecha", "Para", "Asunto")}[lang]
        plain += "\n\n\n-------- %s --------\n%s: %s <%s> \n%s: %s \n%s: %s \n%s: %s \n\n%s" % (
            hdr_word[0], hdr_word[1], o.from_name, o.from_addr, hdr_word[2], ds, hdr_word[3], o.to, hdr_word[4],
            o.subject, o.text.rstrip("\n"))
        hb += '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">' \
              '<div>-------- %s --------</div><div>%s: %s &lt;%s&gt; </div><div>%s: %s </div><div>%s: %s </div>' \
              '<div>%s: %s </div><div><br></div></div>%s' % (
                  hdr_word[0], hdr_word[1], esc(o.from_name), o.from_addr, hdr_word[2], ds, hdr_word[3], esc(o.to),
                  hdr_word[4], esc(o.subject), o.html)
    hb += "</body></html>"
    p1 = Leaf("text/plain; charset=utf-8", plain.rstrip("\n") + "\n", "base64")
    p2 = Leaf("text/html; charset=utf-8", hb + "\n", "base64")
    b = "--_com.samsung.android.email_%d" % r.randint(10 ** 15, 10 ** 16 - 1)
    top = Multi("alternative", b, [p1, p2])
    m.top = top
    m.hdrs = [("Date", rfc(m.sent)), ("Subject", subj(m, "UTF-8", "B")), ("Message-ID", m.msgid)] + \
        threading(m, ("In-Reply-To", "References")) + [
        ("Importance", "normal"), ("From", from_hdr(m)), ("To", m.to), ("MIME-Version", "1.0"), CONTENT]


# ====================================================================== Yahoo Mail / AOL (same platform)

def yahoo_attr(o):
    d = to_off(o.date, -5)
    return "On %s, %s %d, %d at %02d:%02d:%02d %s CDT, %s <%s> wrote:" % (
        DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, d.second,
        "AM" if d.hour < 12 else "PM", o.from_name, o.from_addr)


def yahoo(m, text, quote=None, app="web", brand="yahoo", aol_classic=False, sig=None):
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2147483647), r.randint(100000, 9999999),
                                                 epoch_ms(m.sent))
    mob = {"ios": "Sent from Yahoo Mail for iPhone", "android": "Sent from Yahoo Mail on Android",
           "aol_android": "Sent from AOL on Android", "aol_ios": "Sent from the all new AOL app for iOS"}.get(app)
    plain = text
    if sig:
        plain += "\n\n" + sig
    style = "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;" if brand == "yahoo" else \
        "font-family:Arial, Helvetica, sans-serif;font-size:16px;"
    if app == "web":
        hb = '<html><head></head><body><div class="yahoo-style-wrap" style="%s">%s%s</div>' % (
            style, html_divs(text, attr=' dir="ltr" data-setdir="false"'), ("<div><br></div>" + html_divs(sig)) if sig else "")
    else:
        hb = '<html><head></head><body><div dir="ltr">%s</div><div id="ymail_android_signature">%s</div>' % (
            "<br>".join(esc(l) for l in nl(text).split("\n")),
            '<a id="ymail_android_signature_link" href="https://mail.onelink.me/107872968?pid=nativeplacement&c=US_Acquisition_YMktg_315_Internal_EmailSignature&af_sub1=Acquisition&af_sub2=US_YMktg&af_sub3=&af_sub4=100000604&af_sub5=EmailSignature__Static_">%s</a>' % esc(mob))
        plain += "\n\n" + mob
    if quote is not None:
        o = quote
        if aol_classic:
            d = to_off(o.date, -5)
            plain += "\n\n\n-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %s\nSubject: %s\n\n%s" % (
                o.from_name, o.from_addr, o.to, DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year,
                h12(d, lower=True), o.subject, o.text.rstrip("\n"))
            hb += '<div><br></div><div><br></div><div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:black">' \
                  '-----Original Message-----<br>From: %s &lt;%s&gt;<br>To: %s<br>Sent: %s, %s %d, %d %s<br>Subject: %s<br>' \
                  '<br><div id="AOLMsgPart_2_%s">%s</div></div>' % (
                      esc(o.from_name), o.from_addr, esc(o.to), DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year,
                      h12(d, lower=True), esc(o.subject), uuid_lower(r), o.html)
        else:
            # Yahoo's plain alternative carries the quote unprefixed, indented by the attribution
            plain += "\n \n \n    %s  \n \n %s" % (yahoo_attr(o), o.text.rstrip("\n").replace("\n", "\n "))
            hb += '<div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, ' \
                  'Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>' \
                  '<div><div id="yiv%d">%s</div></div></div></div>' % (
                      r.randint(1000000000, 9999999999), esc(yahoo_attr(o)), r.randint(1000000000, 9999999999), o.html)
    hb += "</body></html>"
    plain = plain.rstrip("\n") + "\n"
    p1 = Leaf("text/plain; charset=UTF-8", plain, auto_cte(plain))
    p2 = Leaf("text/html; charset=UTF-8", hb + "\n", "quoted-printable" if len(hb) > 76 or not is_ascii(hb) else "7bit")
    b = "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2147483647), epoch_ms(m.sent))
    top = Multi("alternative", b, [p1, p2])
    m.top = top
    xm = {("yahoo", "web"): "WebService/1.1.24562 YMailNorrin", ("yahoo", "ios"): "WebService/1.1.24562 YahooMailIosMobile",
          ("yahoo", "android"): "WebService/1.1.24562 YMailNovation", ("aol", "web"): "WebService/1.1.24562 AolMailNorrin",
          ("aol", "aol_android"): "WebService/1.1.24562 AolMailNovation",
          ("aol", "aol_ios"): "WebService/1.1.24562 AolMailIosMobile"}[(brand, app)]
    utc = to_off(m.sent, 0)
    m.hdrs = [("Date", rfc(utc) + " (UTC)"), ("From", from_hdr(m)), ("To", m.to), ("Message-ID", m.msgid)] + \
        threading(m, ("In-Reply-To", "References")) + [("Subject", subj(m)), ("MIME-Version", "1.0"), CONTENT,
                                                       ("X-Mailer", xm)]


# ====================================================================== Thunderbird

def tb_attr(o, style="us"):
    d = to_off(o.date, -5)
    if style == "us":
        return "On %d/%d/%d %s, %s wrote:" % (d.month, d.day, d.year, h12(d), o.from_name)
    return "On %d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, o.from_name)


def thunderbird(m, text, quote=None, pos="bottom", charset="UTF-8", fmt_flowed=True, html=False, sig=None,
                inline=None, version="128.3.1", os="Windows NT 10.0; Win64; x64", attach=(), lang="en-US",
                cte=None):
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%s-%s-%s-%s-%s@%s>" % (rs(r, 8, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 12, HEX),
                                          m.from_addr.split("@")[1])
    body = ""
    if inline:
        body = tb_attr(quote) + "\n"
        for kind, seg in inline:
            body += (quote_lines(seg) + "\n") if kind == "q" else ("\n" + seg + "\n\n")
    else:
        own = text + ("\n\n-- \n" + sig if sig else "")
        if quote is not None:
            q = tb_attr(quote) + "\n" + quote_lines(quote.text.rstrip("\n"))
            body = (q + "\n\n" + own) if pos == "bottom" else (own + "\n\n" + q)
        else:
            body = own
    body = body.rstrip("\n") + "\n"
    if fmt_flowed:
        plain = flowed(body) + "\n"
        ct = "text/plain; charset=%s; format=flowed" % charset
    else:
        plain = body
        ct = "text/plain; charset=%s" % charset
    enc = cte or ("7bit" if is_ascii(plain) else "8bit")
    if enc == "8bit":
        leaf = Leaf(ct, plain.encode(charset.lower()).replace(b"\n", b"\r\n"), "8bit")
    else:
        leaf = Leaf(ct, plain, enc, charset=charset.lower())
    top = leaf
    if attach:
        b = "------------" + rs(r, 24, ALNUM)
        top = Multi("mixed", b, [leaf] + [attachment_leaf(a, "tb", r) for a in attach],
                    preamble="This is a multi-part message in MIME format.")
    m.top = top
    m.hdrs = [("Message-ID", m.msgid), ("Date", rfc(m.sent)), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird" if r.random() < 0.5 else
               "Mozilla/5.0 (%s; rv:128.0) Gecko/20100101 Thunderbird/%s" % (os, version)),
              ("Subject", subj(m, charset.lower() if charset.lower() != "utf-8" else "UTF-8"))] + \
        ([("References", m.refs)] if getattr(m, "refs", None) else []) + \
        [("Content-Language", lang), ("To", m.to), ("From", from_hdr(m))] + \
        ([("In-Reply-To", m.irt)] if getattr(m, "irt", None) else []) + [CONTENT]


# ====================================================================== Proton Mail

def proton(m, text, quote=None, sig=True):
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%s=@proton.me>" % rs(r, 86, ALNUM + "_-")[:86]
    f = 'font-family: Arial, sans-serif; font-size: 14px;'
    plain = text
    hb = "".join('<div style="%s">%s</div>' % (f, esc(l) if l else "<br>") for l in nl(text).split("\n"))
    if sig:
        plain += "\n\nSent with Proton Mail secure email."
        hb += '<div style="%s"><br></div><div class="protonmail_signature_block" style="%s"><div ' \
              'class="protonmail_signature_block-user protonmail_signature_block-empty"></div><div ' \
              'class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">' \
              'Proton Mail</a> secure email.</div></div>' % (f, f)
    if quote is not None:
        o = quote
        d = to_off(o.date, -5)
        a = "On %s, %s %s, %d at %s, %s <%s> wrote:" % (DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], ordinal(d.day),
                                                       d.year, h12(d), o.from_name, o.from_addr)
        plain += "\n\n\n\n\n------- Original Message -------\n%s\n\n%s" % (a, quote_lines(o.text.rstrip("\n")))
        hb += '<div style="%s"><br></div><div class="protonmail_quote">\n        ------- Original Message -------<br>\n' \
              '        %s<br><br>\n        <blockquote class="protonmail_quote" type="cite">\n            %s\n' \
              '        </blockquote><br>\n    </div>' % (f, esc(a), o.html)
    plain = plain.rstrip("\n") + "\n"
    p1 = Leaf("text/plain; charset=utf-8", plain, "quoted-printable" if auto_cte(plain) != "7bit" else "7bit")
    p2 = Leaf("text/html; charset=utf-8", hb + "\n\n", "quoted-printable" if len(hb) > 76 else "7bit")
    b = "b1=_" + rs(r, 43, ALNUM)
    top = Multi("alternative", b, [p1, p2])
    m.top = top
    m.hdrs = [("Date", rfc(to_off(m.sent, 0))), ("To", m.to), ("From", from_hdr(m)), ("Subject", subj(m)),
              ("Message-ID", m.msgid)] + threading(m, ("In-Reply-To", "References")) + [
        ("Feedback-ID", "%s:user:proton" % rs(r, 60, ALNUM + "_-=")),
        ("X-Pm-Message-ID", rs(r, 40, HEX)), ("MIME-Version", "1.0"), CONTENT]


# ====================================================================== Fastmail

def fastmail(m, text, quote=None, html=False, pos="bottom", sig=None):
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%s@app.fastmail.com>" % uuid_lower(r)
    own = text + ("\n\n" + sig if sig else "")
    if quote is not None:
        d = to_off(quote.date, -5)
        a = "On %s, %s %d, %d, at %02d:%02d, %s wrote:" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year,
                                                          d.hour, d.minute, quote.from_name)
        q = a + "\n" + quote_lines(quote.text.rstrip("\n"))
        plain = (own + "\n\n" + q) if pos == "top" else (q + "\n\n" + own)
    else:
        plain = own
    plain = plain.rstrip("\n") + "\n"
    if not html:
        m.top = Leaf("text/plain", plain, auto_cte(plain))
        m.top.ctype = "text/plain"
    else:
        hb = '<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style>' \
             '</head><body><div>%s</div>%s</body></html>' % (
                 "</div><div>".join(esc(l) if l else "<br>" for l in nl(own).split("\n")),
                 "" if quote is None else '<div><br></div><div>%s</div><blockquote type="cite" id="qt" style="">%s</blockquote>'
                 % (esc(a), quote.html))
        b = rs(r, 32, HEX)
        m.top = Multi("alternative", b, [Leaf("text/plain", plain, auto_cte(plain)),
                                         Leaf("text/html", hb + "\n", "quoted-printable")])
    m.hdrs = [("MIME-Version", "1.0"), ("Message-Id", m.msgid)] + threading(m, ("In-Reply-To", "References")) + [
        ("Date", rfc(m.sent)), ("From", from_hdr(m)), ("To", m.to), ("Subject", subj(m)), CONTENT,
        ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-%s" % rs(r, 12, HEX))]


# ====================================================================== Xfinity Connect (Open-Xchange)

def ox(m, text, quote=None):
    r = m.r
    if not getattr(m, "msgid", None):
        m.msgid = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 2147483647), r.randint(100000, 9999999),
                                                      epoch_ms(m.sent))
    plain = text
    hb = '<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n' + \
         "".join('  <div>\n   %s\n  </div>\n' % (esc(l) if l else "<br>") for l in nl(text).split("\n"))
    if quote is not None:
        o = quote
        d = to_off(o.date, -5)
        a = "On %02d/%02d/%d %s CDT %s <%s> wrote:" % (d.month, d.day, d.year, h12(d), o.from_name, o.from_addr)
        plain += "\n\n> " + a + "\n>\n>\n" + quote_lines(o.text.rstrip("\n"))
        hb += '  <blockquote type="cite">\n   %s\n   <br>\n   <br>\n   %s\n  </blockquote>\n' % (esc(a), o.html)
    hb += ' </body>\n</html>\n'
    plain = plain.rstrip("\n") + "\n"
    p1 = Leaf("text/plain; charset=UTF-8", plain, "7bit" if auto_cte(plain) == "7bit" else "quoted-printable")
    p2 = Leaf("text/html; charset=UTF-8", hb, "7bit" if (is_ascii(hb) and max(len(x) for x in hb.split("\n")) < 900)
              else "quoted-printable")
    b = "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(10000000, 99999999), epoch_ms(m.sent))
    m.top = Multi("alternative", b, [p1, p2])
    m.hdrs = [("Date", rfc(m.sent, zname=True)), ("From", from_hdr(m)), ("To", m.to), ("Message-ID", m.msgid)] + \
        threading(m, ("In-Reply-To", "References")) + [("Subject", subj(m)), ("MIME-Version", "1.0"), CONTENT,
                                                       ("X-Priority", "3"), ("Importance", "Normal"),
                                                       ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % r.randint(40, 70)),
                                                       ("X-Originating-Client", "open-xchange-appsuite")]


# ====================================================================== Mediacom webmail (Zimbra)

def zimbra(m, text, quote=None, html_only=False, font="arial, helvetica, sans-serif", size="12pt", upper=False):
    r = m.r
    dom = m.from_addr.split("@")[1]
    if not getattr(m, "msgid", None):
        m.msgid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(100000, 9999999), r.randint(10000, 99999),
                                                     epoch_ms(m.sent), dom)
    plain = text
    inner = "".join("<div>%s</div>" % (esc(l) if l else "<br data-mce-bogus=\"1\">") for l in nl(text).split("\n"))
    if quote is not None:
        o = quote
        d = to_off(o.date, -5)
        qh = "----- Original Message -----\nFrom: \"%s\" <%s>\nTo: \"%s\" <%s>\nSent: %s, %s %d, %d %s\nSubject: %s\n\n" % (
            o.from_name, o.from_addr, m.from_addr, m.from_addr, DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day,
            d.year, h12(d, secs=True), o.subject)
        plain += "\n\n" + qh + o.text.rstrip("\n")
        inner += '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>From: </b>"%s" ' \
                 '&lt;%s&gt;<br><b>To: </b>"%s" &lt;%s&gt;<br><b>Sent: </b>%s, %s %d, %d %s<br><b>Subject: </b>%s<br></div>' \
                 '<div><br></div><div data-marker="__QUOTED_TEXT__">%s</div>' % (
                     esc(o.from_name), o.from_addr, m.from_addr, m.from_addr, DAYS_LONG[d.weekday()],
                     MONS_LONG[d.month - 1], d.day, d.year, h12(d, secs=True), esc(o.subject), o.html)
    hb = '<html><body><div style="font-family: %s; font-size: %s; color: #000000">%s</div></body></html>' % (font, size, inner)
    b = "=_" + rs(r, 8, HEX) + "-" + rs(r, 4, HEX) + "-" + rs(r, 4, HEX) + "-" + rs(r, 4, HEX) + "-" + rs(r, 12, HEX)
    if html_only:
        m.top = Leaf("text/html; charset=utf-8", hb + "\n", "7bit" if is_ascii(hb) and len(hb) < 990 else "quoted-printable")
    else:
        plain = plain.rstrip("\n") + "\n"
        m.top = Multi("alternative", b, [Leaf("text/plain; charset=utf-8", plain, "7bit" if auto_cte(plain) == "7bit"
                                              else "quoted-printable"),
                                         Leaf("text/html; charset=utf-8", hb + "\n", "quoted-printable")])
    m.hdrs = [("Date", rfc(m.sent, zname=True)), ("From", from_hdr(m, quote=True)), ("To", m.to),
              ("Message-ID", m.msgid)] + threading(m, ("In-Reply-To", "References")) + [
        ("Subject", subj(m)), ("MIME-Version", "1.0"), CONTENT,
        ("X-Originating-IP", "[%s]" % getattr(m, "home_ip", "198.51.100.%d" % r.randint(2, 250))),
        ("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC130 (Win)/8.8.15_GA_4581)"),
        ("Thread-Topic", (m.subject or "").replace("Re: ", "").replace("RE: ", "")),
        ("Thread-Index", rs(r, 28, ALNUM + "+/") + "==")]


# ====================================================================== Roundcube (hosted domains: church, small business)

def roundcube(m, text, quote=None, sig=None, version="1.6.6", pos="bottom"):
    r = m.r
    dom = m.from_addr.split("@")[1]
    if not getattr(m, "msgid", None):
        m.msgid = "<%s@%s>" % (rs(r, 32, HEX), dom)
    own = text + ("\n\n-- \n" + sig if sig else "")
    if quote is not None:
        d = to_off(quote.date, -5)
        a = "On %d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, quote.from_name)
        q = a + "\n" + quote_lines(quote.text.rstrip("\n"))
        body = (q + "\n\n" + own) if pos == "bottom" else (own + "\n\n" + q)
    else:
        body = own
    body = flowed(body.rstrip("\n") + "\n", 76) + "\n"
    cs = "US-ASCII" if is_ascii(body) else "UTF-8"
    m.top = Leaf("text/plain; charset=%s;\n format=flowed" % cs, body, "7bit" if cs == "US-ASCII" else "quoted-printable",
                 charset=cs.lower())
    m.hdrs = [("MIME-Version", "1.0"), ("Date", rfc(m.sent)), ("From", from_hdr(m)), ("To", m.to),
              ("Subject", subj(m))] + ([("In-Reply-To", m.irt)] if getattr(m, "irt", None) else []) + \
        ([("References", m.refs)] if getattr(m, "refs", None) else []) + [
        ("User-Agent", "Roundcube Webmail/%s" % version), ("Message-ID", m.msgid),
        ("X-Sender", m.from_addr), CONTENT]


# ====================================================================== Windows Live Mail (old desktop client)

def wlm(m, text, quote=None, charset="iso-8859-1"):
    r = m.r
    dom = m.from_addr.split("@")[1]
    if not getattr(m, "msgid", None):
        m.msgid = "<%s$%s$%s@%s>" % (rs(r, 12, HEXU)[:4], rs(r, 8, HEXU), rs(r, 8, HEXU), rs(r, 8, HEXU)) + ""
        m.msgid = "<%s%s@%s>" % (rs(r, 4, HEXU), rs(r, 12, HEXU)[:9] + "$" + rs(r, 4, HEXU), "WIN10PC")
        m.msgid = m.msgid.replace("WIN10PC", "HPDESKTOP")
    plain = text
    hb = '<HTML><HEAD></HEAD>\n<BODY dir=ltr>\n<DIV dir=ltr>\n<DIV style="FONT-FAMILY: \'Calibri\'; COLOR: #000000; FONT-SIZE: 12pt">\n' + \
         "".join("<DIV>%s</DIV>\n" % (esc(l) if l else "&nbsp;") for l in nl(text).split("\n"))
    if quote is not None:
        o = quote
        d = to_off(o.date, -5)
        plain += "\n\n-----Original Message----- \nFrom: %s \nSent: %s, %s %d, %d %s \nTo: %s \nSubject: %s \n\n%s" % (
            o.from_name, DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day, d.year, h12(d), o.to, o.subject,
            o.text.rstrip("\n"))
        hb += '<DIV style="FONT: 10pt tahoma">\n<DIV>&nbsp;</DIV>\n<DIV style="BACKGROUND: #f5f5f5">\n<DIV style="font-color: black">' \
              '<B>From:</B> <A title=%s href="mailto:%s">%s</A> </DIV>\n<DIV><B>Sent:</B> %s, %s %d, %d %s</DIV>\n' \
              '<DIV><B>Subject:</B> %s</DIV></DIV></DIV>\n<DIV>&nbsp;</DIV></DIV>%s\n' % (
                  o.from_addr, o.from_addr, esc(o.from_name), DAYS_LONG[d.weekday()], MONS_LONG[d.month - 1], d.day,
                  d.year, h12(d), esc(o.subject), o.html)
    hb += "</DIV></DIV></BODY></HTML>\n"
    plain = plain.rstrip("\n") + "\n"
    b = "----=_NextPart_000_%s_01DE%s.%s" % (rs(r, 4, HEXU), rs(r, 4, HEXU), rs(r, 8, HEXU))
    top = Multi("alternative", b, [Leaf('text/plain;\n\tcharset="%s"' % charset, plain, "quoted-printable", charset=charset),
                                   Leaf('text/html;\n\tcharset="%s"' % charset, hb, "quoted-printable", charset=charset)],
                preamble="This is a multi-part message in MIME format.")
    top.ctype = 'multipart/alternative;\n\tboundary="%s"' % b
    m.top = top
    m.hdrs = [("From", from_hdr(m, quote=True)), ("To", m.to)] + threading(m, ("References", "In-Reply-To")) + [
        ("Subject", subj(m, charset)), ("Date", rfc(m.sent)), ("MIME-Version", "1.0"), CONTENT,
        ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"), ("Message-ID", m.msgid)]
