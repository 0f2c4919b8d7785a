"""Mail programs, sending providers and the Alliant MX chain for the `templates` set."""
import email.utils
import re

import engine as E
import ours as O

# =========================================================================== our mail that gets quoted
def quote_info(spec):
    q = spec.get("quote")
    if not q:
        return None
    src = q["src"]
    if src in O.CAMPAIGNS:
        c = O.CAMPAIGNS[src]
        utc = E.parse_local(c["when"], "C")
        first = spec["frm"][0].split()[0] if spec["frm"][0] else ""
        first = q.get("first", first)
        return dict(name=c["frm"][0], addr=c["frm"][1], utc=utc, subject=c["subject"],
                    text=O.promo_text(src, first),
                    msgid="<%s.%s.%s@news.alliant-energy.com>" % (c["when"][:10].replace("-", ""), src.lower(), E.hexs(12)))
    if src == "ACK":
        utc = E.parse_local(q["when"], "C")
        local, _ = E.zoned(utc, "C")
        return dict(name="Alliant Energy Customer Care", addr=O.CC, utc=utc, subject=O.ack_subject(q["ref"]),
                    text=O.ack_text(q["ref"], local.strftime("%B %d, %Y").replace(" 0", " ")),
                    msgid="<ack.%s@alliant-energy.com>" % q["ref"])
    if src == "BILL":
        utc = E.parse_local(q["when"], "C")
        return dict(name="Alliant Energy", addr=O.NOREPLY, utc=utc, subject="Your Alliant Energy bill is ready",
                    text=O.bill_text(q["last4"], q["amount"], q["due"]),
                    msgid="<bill.%s.%s@alliantenergy.com>" % (q["when"][:10].replace("-", ""), E.hexs(10)))
    raise KeyError(src)


def hm(d):
    return "%d:%02d %s" % (d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM")


def qhead(style, qi, zone, me):
    local, zname = E.zoned(qi["utc"], zone)
    if style == "gmail":
        return "On %s at %s %s <%s> wrote:" % (local.strftime("%a, %b ") + str(local.day) + local.strftime(", %Y"), hm(local), qi["name"], qi["addr"])
    if style == "apple":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (local.strftime("%b"), local.day, local.year, hm(local), qi["name"], qi["addr"])
    if style == "yahoo":
        return "On %s, %s %d, %d at %s, %s <%s> wrote:" % (local.strftime("%A"), local.strftime("%B"), local.day, local.year,
                                                          local.strftime("%I:%M:%S %p ") + zname, qi["name"], qi["addr"])
    if style == "thunderbird":
        return "On %d/%d/%s %s, %s wrote:" % (local.month, local.day, local.strftime("%y"), hm(local), qi["name"])
    if style == "ox":
        return "On %02d/%02d/%d %s %s %s <%s> wrote:" % (local.month, local.day, local.year, local.strftime("%I:%M %p"), zname, qi["name"], qi["addr"])
    raise KeyError(style)


def outlook_block(qi, zone, me):
    local, _ = E.zoned(qi["utc"], zone)
    sent = "%s, %s %d, %d %s" % (local.strftime("%A"), local.strftime("%B"), local.day, local.year, hm(local))
    to = "%s <%s>" % (me[0], me[1]) if me[0] else me[1]
    return ["From: %s <%s>" % (qi["name"], qi["addr"]), "Sent: %s" % sent, "To: %s" % to, "Subject: %s" % qi["subject"]]


def quote_plain(style, qi, zone, me, fwd=False):
    lines = qi["text"].split("\n")
    if fwd and style in ("gmail",):
        local, _ = E.zoned(qi["utc"], zone)
        return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %s\nSubject: %s\nTo: <%s>\n\n\n" %
                (qi["name"], qi["addr"], local.strftime("%a, %b ") + str(local.day) + local.strftime(", %Y"), hm(local), qi["subject"], me[1])
                + "\n".join(lines))
    if fwd and style == "apple":
        local, _ = E.zoned(qi["utc"], zone)
        head = ["From: %s <%s>" % (qi["name"], qi["addr"]),
                "Date: %s %d, %d at %s %s" % (local.strftime("%B"), local.day, local.year, hm(local), E.zoned(qi["utc"], zone)[1]),
                "To: %s" % me[1], "Subject: %s" % qi["subject"], ""]
        return "\n\nBegin forwarded message:\n\n" + "\n".join(("> " + l) if l else ">" for l in head + lines)
    if style in ("outlook", "word"):
        return "\n\n________________________________\n" + "\n".join(outlook_block(qi, zone, me)) + "\n\n" + "\n".join(lines)
    if style == "samsung":
        local, _ = E.zoned(qi["utc"], zone)
        off = local.utcoffset().total_seconds() / 3600
        return ("\n\n-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%s %s (GMT%+03d:00) \nTo: %s \nSubject: %s \n\n"
                % (qi["name"], qi["addr"], local.month, local.day, local.strftime("%y"), local.strftime("%H:%M"), off, me[1], qi["subject"])
                + "\n".join(lines))
    if style == "yahoo":
        return "\n\n\n    %s  \n\n" % qhead("yahoo", qi, zone, me) + "\n".join(lines)
    if style == "apple":
        return "\n\n> %s\n> \n" % qhead("apple", qi, zone, me) + "\n".join(("> " + l) if l else ">" for l in lines)
    return "\n\n%s\n\n" % qhead(style, qi, zone, me) + "\n".join(("> " + l) if l else ">" for l in lines)


def quote_html(style, qi, zone, me, fwd=False):
    body = "".join("<div>%s</div>" % E.esc(l) if l else "<div><br></div>" for l in qi["text"].split("\n"))
    if style == "gmail":
        if fwd:
            local, _ = E.zoned(qi["utc"], zone)
            return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                    'From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;</span><br>'
                    'Date: %s at %s<br>Subject: %s<br>To: &lt;%s&gt;<br></div><br><br>%s</div>'
                    % (qi["name"], qi["addr"], local.strftime("%a, %b ") + str(local.day) + local.strftime(", %Y"), hm(local),
                       E.esc(qi["subject"]), me[1], body))
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '%s</blockquote></div>' % (E.esc(qhead("gmail", qi, zone, me)), body))
    if style == "apple":
        if fwd:
            return '<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>%s</blockquote></div>' % body
        return '<div><br><blockquote type="cite">%s<br><br>%s</blockquote></div>' % (E.esc(qhead("apple", qi, zone, me)), body)
    if style in ("outlook", "word"):
        hb = outlook_block(qi, zone, me)
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                '%s</font><div>&nbsp;</div></div><div>%s</div>'
                % ("<br>".join("<b>%s</b>%s" % (E.esc(h.split(":", 1)[0] + ":"), E.esc(h.split(":", 1)[1])) for h in hb), body))
    if style == "yahoo":
        return ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                '<div>%s</div><div><br></div><div><br></div>%s</div></div>' % (E.rs("0123456789", 10), E.esc(qhead("yahoo", qi, zone, me)), body))
    if style == "samsung":
        return '<div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><!-- originalMessage --><div>-------- Original message --------</div></div>%s' % body
    return "<blockquote>%s</blockquote>" % body


# =========================================================================== HTML wrappers for the sender's own text
def html_lines(style, text):
    lines = text.split("\n")
    if style == "gmail":
        return '<div dir="ltr">' + "".join("<div>%s</div>" % E.esc(l) if l else "<div><br></div>" for l in lines) + "</div>"
    if style == "apple":
        return "".join("<div>%s</div>" % E.esc(l) if l else "<div><br></div>" for l in lines)
    if style == "outlook":
        st = 'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
        return "".join("<div %s>%s</div>" % (st, E.esc(l) if l else "<br>") for l in lines)
    if style == "word":
        return "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % E.esc(l) if l else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for l in lines)
    if style == "yahoo":
        return "".join('<div dir="ltr" data-setdir="false">%s</div>' % (E.esc(l) if l else "<br>") for l in lines)
    if style in ("ox", "samsung", "proton"):
        return "".join("<div>%s</div>" % E.esc(l) if l else "<div><br></div>" for l in lines)
    raise KeyError(style)


def html_doc(style, inner, charset="utf-8"):
    if style == "gmail":
        return inner
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>' % (charset, inner))
    if style == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n%s\n</body>\n</html>' % (charset, inner))
    if style == "word":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
                'span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Aptos",sans-serif; color:windowtext;}\n'
                '@page WordSection1 {size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1 {page:WordSection1;}\n'
                '--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>' % (charset, inner))
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                '%s</div></body></html>' % (E.hexs(8), inner))
    if style == "ox":
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  %s\n </body>\n</html>' % inner)
    if style == "samsung":
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">%s</body></html>' % inner
    if style == "proton":
        return '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>' % inner
    raise KeyError(style)


# =========================================================================== charset / encoding choices
def pick_charset(text, prefer):
    if prefer == "auto-ms":
        try:
            text.encode("iso-8859-1")
            return "iso-8859-1"
        except UnicodeEncodeError:
            pass
        try:
            text.encode("windows-1252")
            return "windows-1252"
        except UnicodeEncodeError:
            return "utf-8"
    return prefer


def needs_qp(text):
    return (not E.is_ascii(text)) or any(len(l) > 76 for l in text.split("\n"))


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 78:
            out.append(line.rstrip(" ") if line.strip() else line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


# =========================================================================== composing the sender's message
SIGS = {"iphone_mail": "\n\nSent from my iPhone", "samsung_email": "\n\n\n\nSent from my Galaxy",
        "yahoo_ios": "\n\nSent from Yahoo Mail for iPhone", "outlook_ios": "\n\nGet Outlook for iOS",
        "outlook_android": "\n\nGet Outlook for Android", "ipad_mail": "\n\nSent from my iPad"}

HTML_STYLE = {"gmail_web": "gmail", "gmail_android": "gmail", "gmail_ios": "gmail", "apple_mail": "apple", "iphone_mail": "apple",
              "ipad_mail": "apple", "outlook_web": "outlook", "outlook_ios": "outlook", "outlook_android": "outlook",
              "outlook_desktop": "word", "outlook_smtp": "word", "yahoo_web": "yahoo", "yahoo_ios": "yahoo", "aol_web": "yahoo",
              "xfinity_web": "ox", "samsung_email": "samsung", "proton_web": "proton", "thunderbird": "thunderbird"}
QUOTE_STYLE = {"gmail": "gmail", "apple": "apple", "outlook": "outlook", "word": "outlook", "yahoo": "yahoo", "ox": "ox",
               "samsung": "samsung", "proton": "gmail", "thunderbird": "thunderbird"}


def boundary_for(prog):
    if prog.startswith("gmail"):
        return "000000000000" + E.hexs(16)
    if prog in ("apple_mail",):
        return "Apple-Mail=_" + E.uuid_(True)
    if prog in ("iphone_mail", "ipad_mail"):
        return "Apple-Mail-" + E.uuid_(True)
    if prog.startswith("outlook_") and prog != "outlook_smtp":
        return "_000_%s_" % E.rs(E.UPPERNUM, 40)
    if prog == "outlook_smtp":
        return "----=_NextPart_000_00%s_01DB%s.%s" % (E.hexs(2).upper(), E.hexs(4).upper(), E.hexs(8).upper())
    if prog in ("yahoo_web", "yahoo_ios", "aol_web", "xfinity_web"):
        ts = int(E.CURRENT_UTC.timestamp() * 1000) - E.RNG.randint(200, 90000) if E.CURRENT_UTC else E.RNG.randint(1726000000000, 1740999999999)
        return "----=_Part_%d_%d.%d" % (E.RNG.randint(100000, 9999999), E.RNG.randint(100000000, 2099999999), ts)
    if prog == "samsung_email":
        return "--_com.samsung.android.email_%d" % E.RNG.randint(10 ** 15, 10 ** 16)
    if prog == "proton_web":
        return "b1=_" + E.rs(E.ALNUM, 43)
    return "------------" + E.rs("0123456789ABCDEF", 24)


def compose_content(spec, me, zone):
    """-> (content header lines, body bytes) for the sender's message."""
    prog = spec["prog"]
    style = HTML_STYLE.get(prog, "gmail")
    qi = spec["_qi"]
    q = spec.get("quote") or {}
    fwd = q.get("fwd", False)
    sig = spec.get("sig", SIGS.get(prog, ""))
    own = spec["text"] + sig
    qstyle = QUOTE_STYLE[style] if style != "thunderbird" else "thunderbird"
    plain = own + (quote_plain(qstyle if not fwd else ("gmail" if style == "gmail" else "apple"), qi, zone, me, fwd) if qi else "")
    want_html = spec.get("html")
    if want_html is None:
        want_html = style not in ("thunderbird",) and not (prog in ("iphone_mail", "ipad_mail") and not qi)
    charset = spec.get("charset") or ("auto-ms" if style in ("outlook", "word") else "utf-8")
    charset = pick_charset(plain, charset)
    if style == "thunderbird":
        txt = flow(plain)
        cte = "8bit" if not E.is_ascii(txt) else "7bit"
        hdr, data = E.part("text/plain", txt, charset, cte, ct_params="; format=flowed")
        # Thunderbird style: Content-Type: text/plain; charset=UTF-8; format=flowed
        hdr[0] = "Content-Type: text/plain; charset=%s; format=flowed" % charset.upper()
        main = (hdr, data)
    else:
        if prog.startswith("gmail") and not needs_qp(plain):
            pc = None
        elif prog in ("iphone_mail", "ipad_mail") and not needs_qp(plain):
            pc = "7bit"
        else:
            pc = "quoted-printable"
        phdr, pdata = E.part("text/plain", plain, charset, pc)
        if prog.startswith("gmail"):
            phdr[0] = 'Content-Type: text/plain; charset="UTF-8"'
        if prog in ("iphone_mail", "ipad_mail", "apple_mail"):
            phdr[0] = "Content-Type: text/plain;\n\tcharset=utf-8"
        if not want_html:
            main = (phdr, pdata)
        else:
            inner = html_lines(style, spec["text"] + sig)
            if qi:
                inner += quote_html(QUOTE_STYLE[style] if not fwd else ("gmail" if style == "gmail" else "apple"), qi, zone, me, fwd)
            doc = html_doc(style, inner, charset)
            hhdr, hdata = E.part("text/html", doc + "\n", charset, "quoted-printable")
            if prog.startswith("gmail"):
                hhdr[0] = 'Content-Type: text/html; charset="UTF-8"'
            if prog in ("iphone_mail", "ipad_mail", "apple_mail"):
                hhdr[0] = "Content-Type: text/html;\n\tcharset=utf-8"
            main = E.multipart("alternative", boundary_for(prog), [(phdr, pdata), (hhdr, hdata)])
    atts = spec.get("attach") or []
    if atts:
        parts = [main] + [E.attach_part(ct, fn, data) for ct, fn, data in atts]
        pre = "This is a multi-part message in MIME format." if style == "thunderbird" else None
        return E.multipart("mixed", boundary_for(prog).replace("_000_", "_004_", 1), parts, preamble=pre)
    return main


def msgid_for(prog, addr, utc):
    dom = addr.split("@")[1]
    if prog.startswith("gmail"):
        return "<CA%s%s@mail.gmail.com>" % (E.RNG.choice("BDEFGHJKLMNOPQRSTUVWXYZ"), E.rs(E.ALNUM + "+_-", 44) + "=" + E.rs(E.ALNUM, 1))
    if prog in ("iphone_mail", "ipad_mail", "apple_mail"):
        return "<%s@%s>" % (E.uuid_(True), dom)
    if prog.startswith("outlook_") and prog != "outlook_smtp":
        nn = E.RNG.randint(10, 22)
        srv = "%s%02dMB%04d" % (E.RNG.choice(["SJ0PR", "BY5PR", "CH3PR", "DM6PR", "MN2PR", "PH0PR", "IA1PR", "LV3PR"]), nn, E.RNG.randint(1000, 9999))
        return "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, E.rs("0123456789ABCDEF", 32), srv, nn)
    if prog == "outlook_smtp":
        return "<00%s01db%s$%s$%s$@%s>" % (E.hexs(2), E.hexs(4), E.hexs(8), E.hexs(8), dom)
    if prog in ("yahoo_web", "yahoo_ios", "aol_web"):
        return "<%d.%d.%d@mail.yahoo.com>" % (E.RNG.randint(100000000, 2099999999), E.RNG.randint(100000, 9999999), int(utc.timestamp() * 1000))
    if prog == "xfinity_web":
        return "<%d.%d.%d@connect.xfinity.com>" % (E.RNG.randint(100000000, 2099999999), E.RNG.randint(100000, 9999999), int(utc.timestamp() * 1000))
    if prog == "samsung_email":
        return "<%s@email.android.com>" % E.hexs(32)
    if prog == "proton_web":
        return "<%s=@proton.me>" % E.rs(E.ALNUM + "_-", 86)
    return "<%s@%s>" % (E.uuid_(), dom)


def client_headers(spec, utc, zone, content_hdr):
    """Client headers in the program's own order; returns list of header strings."""
    prog = spec["prog"]
    name, addr = spec["frm"]
    cs_hdr = "iso-8859-1" if prog.startswith("outlook") and spec.get("hdr_latin1") else "utf-8"
    enc = "Q" if prog.startswith("outlook") or prog in ("thunderbird", "apple_mail", "iphone_mail") else "B"
    H = {}
    H["From"] = E.fmt_addr(name, addr, cs_hdr, enc)
    if spec.get("bcc"):
        H["To"] = spec.get("bcc_to", "undisclosed-recipients:;")
    else:
        H["To"] = E.fold_list([E.fmt_addr(n, a, cs_hdr, enc) for n, a in spec["to"]])
    if spec.get("cc"):
        H["Cc"] = E.fold_list([E.fmt_addr(n, a, cs_hdr, enc) for n, a in spec["cc"]])
    if spec.get("reply_to"):
        H["Reply-To"] = E.fmt_addr(*spec["reply_to"])
    H["Subject"] = E.ew(spec["subject"], cs_hdr, enc) if spec["subject"] is not None else ""
    H["Date"] = E.rfcdate(utc, zone)
    H["Message-ID"] = msgid_for(prog, addr, utc)
    spec["_msgid"] = H["Message-ID"]
    qi = spec["_qi"]
    if qi and not spec["quote"].get("fwd"):
        H["In-Reply-To"] = qi["msgid"]
        H["References"] = qi["msgid"]
    ct = "\n".join(content_hdr)
    if prog.startswith("gmail"):
        order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Reply-To", "CT"]
        H["MIME-Version"] = "1.0"
    elif prog in ("iphone_mail", "ipad_mail"):
        order = ["CT", "From", "Mime-Version", "Subject", "Date", "Message-Id", "References", "Cc", "In-Reply-To", "Reply-To", "To", "X-Mailer"]
        H["Mime-Version"] = "1.0 (1.0)"
        H["Message-Id"] = H.pop("Message-ID")
        H["X-Mailer"] = "iPad Mail (22B83)" if prog == "ipad_mail" else E.RNG.choice(["iPhone Mail (22B91)", "iPhone Mail (21H16)", "iPhone Mail (22C152)"])
    elif prog == "apple_mail":
        order = ["CT", "Mime-Version", "Subject", "From", "In-Reply-To", "Date", "Cc", "Reply-To", "Message-Id", "References", "To", "X-Mailer"]
        H["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"
        H["Message-Id"] = H.pop("Message-ID")
        H["X-Mailer"] = "Apple Mail (2.3826.200.121)"
    elif prog.startswith("outlook_") and prog != "outlook_smtp":
        order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "References", "In-Reply-To",
                 "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "msip_labels", "CT", "MIME-Version"]
        H["Thread-Topic"] = E.ew(spec["subject"] or "", cs_hdr, "Q").split(": ", 1)[-1] if spec["subject"] else ""
        H["Thread-Index"] = "AQH" + E.rs(E.B64, 29) + "=="
        H["Accept-Language"] = "en-US"
        H["Content-Language"] = spec.get("content_language", "en-US")
        H["X-MS-Has-Attach"] = "yes" if spec.get("attach") else ""
        H["X-MS-TNEF-Correlator"] = ""
        H["msip_labels"] = ""
        H["MIME-Version"] = "1.0"
    elif prog == "outlook_smtp":
        order = ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "CT",
                 "X-Mailer", "Thread-Index", "Content-Language"]
        H["MIME-Version"] = "1.0"
        H["X-Mailer"] = "Microsoft Outlook 16.0"
        H["Thread-Index"] = "AQH" + E.rs(E.B64, 25) + "=="
        H["Content-Language"] = "en-us"
    elif prog in ("yahoo_web", "yahoo_ios", "aol_web"):
        order = ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "CT", "X-Mailer"]
        H["MIME-Version"] = "1.0"
        app = {"yahoo_web": "YMailNorrin", "yahoo_ios": "YahooMailIosMobile", "aol_web": "AolMailNorrin"}[prog]
        H["X-Mailer"] = "WebService/1.1.%d %s" % (E.RNG.choice([22806, 22857, 23040, 23187]), app)
        if prog == "aol_web":
            H["Message-ID"] = H["Message-ID"].replace("@mail.yahoo.com", "@mail.yahoo.com")
    elif prog == "thunderbird":
        order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Reply-To", "Content-Language", "To", "Cc", "References", "From",
                 "Subject", "In-Reply-To", "CT"]
        H["MIME-Version"] = "1.0"
        H["User-Agent"] = E.RNG.choice(["Mozilla Thunderbird", "Mozilla Thunderbird 128.4.3esr"]) if True else ""
        H["Content-Language"] = spec.get("content_language", "en-US")
    elif prog == "xfinity_web":
        order = ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "CT",
                 "X-Priority", "Importance", "X-Mailer", "X-Originating-Client"]
        H["MIME-Version"] = "1.0"
        H["X-Priority"] = "3"
        H["Importance"] = "Normal"
        H["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev63"
        H["X-Originating-Client"] = "open-xchange-appsuite"
    elif prog == "samsung_email":
        order = ["Message-ID", "Date", "Subject", "In-Reply-To", "References", "From", "To", "Cc", "Reply-To", "MIME-Version", "CT"]
        H["MIME-Version"] = "1.0"
    elif prog == "proton_web":
        order = ["Date", "To", "Cc", "From", "Reply-To", "Subject", "Message-ID", "In-Reply-To", "References", "Feedback-ID",
                 "X-Pm-Message-ID", "MIME-Version", "CT"]
        H["Feedback-ID"] = "%s:user:proton" % E.rs(E.ALNUM + "_-", 86) + "=="
        H["X-Pm-Message-ID"] = E.hexs(40)
        H["MIME-Version"] = "1.0"
    else:
        raise KeyError(prog)
    for k, v in spec.get("extra_client", []):
        H[k] = v
        order.append(k)
    out = []
    for k in order:
        if k == "CT":
            out.append(ct)
        elif k in H and (H[k] != "" or k in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator", "msip_labels", "Subject")):
            out.append("%s: %s" % (k, H[k]) if H[k] != "" else "%s:" % k)
    return out


# =========================================================================== providers
def provider_for(spec):
    if spec.get("provider"):
        return spec["provider"]
    dom = spec["frm"][1].split("@")[1].lower()
    return {"gmail.com": "google", "yahoo.com": "yahoo", "ymail.com": "yahoo", "aol.com": "aol", "hotmail.com": "outlook",
            "outlook.com": "outlook", "live.com": "outlook", "msn.com": "outlook", "icloud.com": "icloud", "me.com": "icloud",
            "comcast.net": "comcast", "proton.me": "proton", "protonmail.com": "proton", "mchsi.com": "mediacom",
            "alliantenergy.com": "internal"}.get(dom, "google")


def provider_headers(kind, spec, utc, rcpt):
    """-> (helo, rdns, ip, tls, authres, [internal headers top->bottom], envelope)."""
    addr = spec["frm"][1]
    dom = addr.split("@")[1]
    env = spec.get("envelope", addr)
    envdom = env.split("@")[1] if "@" in env else dom
    t1 = E.plus(utc, 1)
    dk = lambda d, s: "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\n\th=from:to:subject:date:message-id:mime-version:content-type;\n\tbh=%s=;\n\tb=%s\n\t %s==" % (d, s, int(utc.timestamp()), E.b64s(43), E.b64s(70), E.b64s(60))
    ar = lambda dkim, spf, dmarc: ";\n\t".join(x for x in (dkim, spf, dmarc) if x)
    tls13 = "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"
    tls12 = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)"
    b8 = E.b64s(8)
    if kind == "google":
        d = dom if spec.get("gworkspace") else "gmail.com"
        n = E.RNG.randint(1, 199)
        host = "mail-%s-f%d.google.com" % (E.RNG.choice(["yw1", "qk1", "pl1", "io1", "oi1", "ot1", "qt1", "il1", "ua1"]), n)
        ipa = E.ip("209.85.%d.%d" % (E.RNG.choice([128, 160, 166, 167, 210, 214, 219, 222]), n))
        pst, _ = E.zoned(utc, "P")
        internal = ["Received: by %s with SMTP id %s-%s.%d.%d\n        for <%s>; %s" % (host, E.hexs(6), E.rs("0123456789", 6), E.RNG.randint(100, 999), E.RNG.randint(1, 30), rcpt, E.rfcdate_c(utc, "P")),
                    dk(d, "20230601" if d == "gmail.com" else "google"),
                    "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s" % (int(utc.timestamp()), int(utc.timestamp()) + 604800, E.b64s(43), E.b64s(72)),
                    "X-Gm-Message-State: AOJu0Y%s" % E.b64s(60),
                    "X-Google-Smtp-Source: AGHT+I%s" % E.b64s(70),
                    "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (E.hexs(4), E.hexs(3), E.hexs(3), E.hexs(4), E.hexs(6), E.rs("0123456789", 6), E.RNG.randint(100, 999), E.RNG.randint(1, 30), E.rfcdate_c(utc, "P"))]
        if spec["prog"] in ("iphone_mail", "ipad_mail", "apple_mail", "thunderbird", "outlook_smtp"):
            internal.insert(0, "Received: from smtpclient.apple ([2600:1700:%s:%s::%s])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (E.hexs(4), E.hexs(4), E.hexs(2), E.hexs(6), E.rs("0123456789", 10), E.RNG.randint(1, 9), E.RNG.randint(100, 999), E.RNG.randint(1, 60), rcpt, E.rfcdate_c(utc, "P")) if spec["prog"] != "thunderbird" and spec["prog"] != "outlook_smtp" else
                            "Received: from [192.168.%d.%d] (%s [%s])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (E.RNG.randint(0, 2), E.RNG.randint(2, 199), "c-73-%d-%d-%d.hsd1.ia.comcast.net" % (E.RNG.randint(1, 250), E.RNG.randint(1, 250), E.RNG.randint(1, 250)), E.ip("73.%d" % E.RNG.randint(1, 250)), E.hexs(6), E.rs("0123456789", 10), E.RNG.randint(1, 9), E.RNG.randint(100, 999), E.RNG.randint(1, 60), rcpt, E.rfcdate_c(utc, "P")))
        auth = ar("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, "20230601" if d == "gmail.com" else "google", b8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=%s sp=QUARANTINE dis=NONE) header.from=%s" % ("NONE" if d == "gmail.com" else "QUARANTINE", d))
        return host, host, ipa, tls13, auth, internal, env
    if kind in ("yahoo", "aol"):
        n = E.RNG.randint(300, 330)
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, E.RNG.randint(1, 40), E.RNG.choice(["bf2", "ne1", "gq1"]))
        ipa = E.ip("74.6.%d" % E.RNG.choice([128, 129, 130, 131, 132]))
        d = "aol.com" if kind == "aol" else "yahoo.com"
        internal = [dk(d, "s2048" if d == "yahoo.com" else "a2048"),
                    "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;\n\tbh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n\tb=%s" % (int(utc.timestamp()), E.b64s(43), E.b64s(70)),
                    "X-YMail-OSG: %s\n %s" % (E.rs(E.ALNUM + "._", 70), E.rs(E.ALNUM + "._", 70)),
                    "X-Sonic-MF: <%s>" % addr,
                    "X-Sonic-ID: %s" % E.uuid_(),
                    "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, E.utcdate(utc))]
        auth = ar("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, "s2048" if d == "yahoo.com" else "a2048", b8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s" % d)
        return host, host, ipa, tls12, auth, internal, env
    if kind in ("outlook", "m365"):
        region = E.RNG.choice(["NAM12-DM6", "NAM10-BN7", "NAM11-CO1", "NAM04-MW2", "NAM02-SN1", "NAM12-BN8"])
        host = "%s-obe.outbound.protection.outlook.com" % region if kind == "outlook" else "%s-obe.outbound.protection.outlook.com" % region.replace("obe", "")
        if kind == "m365":
            host = "%s-obe.outbound.protection.outlook.com" % region
        ipa = E.ip("40.92.%d" % E.RNG.randint(10, 110)) if kind == "outlook" else E.ip("52.101.%d" % E.RNG.randint(40, 200))
        rdns = "mail-%s%s.outbound.protection.outlook.com" % (region.split("-")[1].lower() + region.split("-")[0][-2:].lower(), "olkn20%02d" % E.RNG.randint(10, 99) if kind == "outlook" else "20%02d" % E.RNG.randint(10, 99))
        nn = E.RNG.randint(10, 22)
        srv = "%s%02dMB%04d" % (E.RNG.choice(["SJ0PR", "BY5PR", "CH3PR", "DM6PR", "MN2PR", "PH0PR"]), nn, E.RNG.randint(1000, 9999))
        srv2 = "%s%02dCA%04d" % (E.RNG.choice(["SJ0PR", "BY5PR", "CH3PR", "DM6PR", "MN2PR", "PH0PR"]), nn, E.RNG.randint(1000, 9999))
        d = dom if kind == "m365" else dom
        sel = "selector1" if kind == "outlook" else "selector2"
        internal = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s==" % (E.b64s(70), E.b64s(60)),
                    "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s==" % (E.b64s(43), E.b64s(70)),
                    "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
                    dk(d, sel),
                    "Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:a03:%s::%s)\n by %s.namprd%02d.prod.outlook.com (2603:10b6:a03:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (srv, nn, E.hexs(3), E.hexs(2), srv2, nn, E.hexs(3), E.hexs(2), E.RNG.randint(8000, 8500), E.RNG.randint(10, 30), E.utcdate(utc)),
                    "X-MS-Exchange-MessageSentRepresentingType: 1",
                    "X-MS-PublicTrafficType: Email",
                    "X-MS-TrafficTypeDiagnostic: %s:EE_|%s:EE_" % (srv, srv.replace("MB", "MB0")),
                    "X-MS-Office365-Filtering-Correlation-Id: %s" % E.uuid_(),
                    "X-Microsoft-Antispam: BCL:0;ARA:14566002|461199028|8060799006|19110799003|15080799006;",
                    "X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % utc.strftime("%d %b %Y %H:%M:%S.") + "%04dZ" % E.RNG.randint(0, 9999),
                    "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
                    "X-MS-Exchange-CrossTenant-id: %s" % ("84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if kind == "outlook" else E.uuid_()),
                    "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % srv]
        auth = ar("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, sel, b8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % ((("NONE", "QUARANTINE") if kind == "outlook" else ("QUARANTINE", "QUARANTINE")) + (d,)))
        return rdns, rdns, ipa, tls12, auth, internal, env
    if kind == "icloud":
        host = "st43p00im-ztdg%08d.me.com" % E.RNG.randint(10000000, 99999999)
        ipa = E.ip("17.58.%d" % E.RNG.choice([6, 23, 38, 63]))
        internal = [dk("icloud.com", "1a1hai"),
                    "Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (host, E.rs("0123456789ABCDEF", 11), rcpt, E.utcdate(utc) + " (UTC)"),
                    "X-Proofpoint-ORIG-GUID: %s" % E.rs(E.ALNUM + "-_", 32),
                    "X-Proofpoint-GUID: %s" % E.rs(E.ALNUM + "-_", 32)]
        auth = ar("dkim=pass header.d=icloud.com header.s=1a1hai header.b=%s" % b8,
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=icloud.com")
        return host, host, ipa, tls13, auth, internal, env
    if kind == "comcast":
        host = "resomta-h2p-%06d.sys.comcast.net" % E.RNG.randint(500000, 599999)
        ipa = E.ip("96.102.%d" % E.RNG.choice([200, 201, 202]))
        internal = [dk("comcast.net", "20190202a"),
                    "Received: from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])\n\tby %s with ESMTPA\n\tid %s; %s" % (E.RNG.randint(1, 60), E.RNG.randint(1, 250), E.RNG.randint(1, 250), host, E.rs(E.ALNUM, 16), E.utcdate(utc)),
                    "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgedvfedrudeftddg%s" % E.rs("abcdefghijklmnopqrstuvwxyz", 24),
                    "X-Xfinity-VMeta: sc=0.00;st=legit"]
        auth = ar("dkim=pass header.d=comcast.net header.s=20190202a header.b=%s" % b8,
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=comcast.net")
        return host, host, ipa, tls12, auth, internal, env
    if kind == "mediacom":
        host = "smtp-out.mchsi.com"
        ipa = E.ip("173.242.%d" % E.RNG.randint(100, 130))
        internal = ["Received: from [192.168.1.%d] (%d-%d-%d-%d.client.mchsi.com [%s])\n\tby smtp-out.mchsi.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (E.RNG.randint(2, 99), 173, 17, E.RNG.randint(1, 250), E.RNG.randint(1, 250), E.ip("173.17"), E.rs("0123456789ABCDEF", 10), rcpt, E.rfcdate_c(utc, "C"))]
        auth = ar("dkim=none", "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=none (p=NONE dis=NONE) header.from=mchsi.com")
        return host, host, ipa, tls12, auth, internal, env
    if kind == "proton":
        n = E.RNG.choice([130, 131, 132, 133, 141])
        host = "mail-40%d.protonmail.ch" % n
        ipa = "185.70.40.%d" % n
        internal = [dk("proton.me", "protonmail3"), "X-Pm-Spamscore: 0"]
        auth = ar("dkim=pass header.d=proton.me header.s=protonmail3 header.b=%s" % b8,
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=proton.me")
        return host, host, ipa, tls13, auth, internal, env
    if kind == "ses":
        n = E.RNG.randint(1, 250)
        host = "a8-%d.smtp-out.amazonses.com" % n
        ipa = "54.240.8.%d" % n
        internal = [dk(dom, E.rs("abcdefghijklmnopqrstuvwxyz234567", 32)),
                    dk("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
                    "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % E.b64s(43),
                    "X-SES-Outgoing: %s-54.240.8.%d" % (utc.strftime("%Y.%m.%d"), n)]
        auth = ar("dkim=pass header.d=%s header.s=selector1 header.b=%s" % (dom, b8),
                  "dkim=pass header.d=amazonses.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=%s" % E.b64s(8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (env, ipa, env, dom))
        return host, host, ipa, tls12, auth, internal, env
    if kind == "sendgrid":
        n = E.RNG.randint(1, 250)
        host = "o%d.ptr%d.%s" % (E.RNG.randint(1, 9), E.RNG.randint(1000, 9999), envdom)
        ipa = "149.72.%d.%d" % (E.RNG.randint(1, 250), n)
        internal = [dk(dom, "s1"),
                    "Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-1-%s-%s-0\n        %s" % (E.hexs(10), E.hexs(5), E.hexs(10), E.hexs(8), E.hexs(2).upper(), E.utcdate(utc) + " (UTC)"),
                    "X-SG-EID: u001.%s" % E.b64s(90),
                    "X-Entity-ID: u001.%s==" % E.b64s(20)]
        auth = ar("dkim=pass header.d=%s header.s=s1 header.b=%s" % (dom, b8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom)
        return host, host, ipa, tls12, auth, internal, env
    if kind == "mailgun":
        host = "m%d-%d.mailgun.net" % (E.RNG.randint(200, 240), E.RNG.randint(1, 99))
        ipa = E.ip("159.135.%d" % E.RNG.randint(224, 239))
        internal = [dk(dom, "mg"), "X-Mailgun-Sid: " + E.b64s(64), "Sender: " + env]
        auth = ar("dkim=pass header.d=%s header.s=mg header.b=%s" % (dom, b8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom)
        return host, host, ipa, tls12, auth, internal, env
    if kind == "mailchimp":
        n = E.RNG.randint(10, 250)
        host = "mail%d.suw%d.mcdlv.net" % (n, E.RNG.randint(11, 41))
        ipa = "198.2.%d.%d" % (E.RNG.randint(128, 191), n)
        internal = [dk(dom, "k2"), dk("mcdlv.net", "k1"),
                    "Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (host, E.rs(E.ALNUM, 12), rcpt, E.utcdate(utc) + " (GMT)")]
        auth = ar("dkim=pass header.d=%s header.s=k2 header.b=%s" % (dom, b8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom)
        return host, host, ipa, tls12, auth, internal, env
    if kind == "internal":
        host = "web02.alliantenergy.com"
        ipa = "10.60.2.12"
        auth = ar("dkim=none", "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=alliantenergy.com")
        return host, host, ipa, "", auth, [], env
    if kind == "ourmta":
        host = "out01.alliant-energy.com"
        ipa = "10.40.3.31"
        return host, host, ipa, "", "none", [], env
    if kind == "spam":
        host = spec.get("spam_helo", "mail.%s" % dom)
        ipa = spec.get("spam_ip", E.ip("185.%d" % E.RNG.randint(100, 240)))
        rdns = spec.get("spam_rdns", "unknown")
        auth = ar("dkim=none (no signature)", "spf=%s (mx.alliant-energy.com: %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spec.get("spf", "softfail"), envdom, ipa, env),
                  "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s" % dom)
        return host, rdns, ipa, tls12, auth, [], env
    if kind == "generic":
        host = spec.get("helo", "mail.%s" % dom)
        ipa = spec.get("ip", E.ip("64.%d" % E.RNG.randint(20, 99)))
        internal = [dk(dom, spec.get("selector", "default"))] + spec.get("internal", [])
        auth = ar("dkim=pass header.d=%s header.s=%s header.b=%s" % (dom, spec.get("selector", "default"), b8),
                  "spf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ipa, env),
                  "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom)
        return host, host, ipa, tls12, auth, internal, env
    raise KeyError(kind)


def mx_wrap(spec, utc, rcpt, kind, headers_below, body):
    helo, rdns, ipa, tls, auth, internal, env = provider_headers(kind, spec, utc, rcpt)
    if env in ("", "<>"):
        auth = re.sub(r"spf=(\w+) \(mx\.alliant-energy\.com: domain of\s+designates (\S+) as permitted sender\) smtp\.mailfrom=",
                      lambda m: "spf=%s (mx.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s" % (m.group(1), helo, m.group(2), helo), auth)
    mx = spec.get("mx") or ("mx1" if E.RNG.random() < 0.6 else "mx2")
    spec["_mx"] = mx
    t_mx = E.plus(utc, E.RNG.randint(2, 9))
    t_mbx = E.plus(t_mx, 1)
    rp = "<>" if env in ("", "<>") else "<%s>" % env
    top = ["Return-Path: %s" % rp,
           "Delivered-To: %s" % rcpt,
           "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.40.1.%d])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (mx, mx, 21 if mx == "mx1" else 22, E.qid(), rcpt, E.rfcdate_c(t_mbx, "C"))]
    aname = "%s.alliant-energy.com" % mx
    top.append("Authentication-Results: %s;\n\t%s" % (aname, auth.replace("mx.alliant-energy.com", aname)) if auth != "none" else "Authentication-Results: %s; none" % aname)
    if kind == "internal":
        top.append("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (helo, rdns, ipa, mx, E.qid(), rcpt, E.rfcdate_c(t_mx, "C")))
    elif kind == "ourmta":
        top.append("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (helo, rdns, ipa, mx, E.qid(), rcpt, E.rfcdate_c(t_mx, "C")))
    else:
        top.append("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (helo, rdns, ipa, mx, E.qid(), rcpt, E.rfcdate_c(t_mx, "C")))
        if tls:
            top[-1] = top[-1].replace("(Postfix) with ESMTPS", "(Postfix) with ESMTPS", 1)
            top[-1] = top[-1].replace("\n\tby %s" % (mx + ".alliant-energy.com"), "\n\t" + tls + "\n\tby " + mx + ".alliant-energy.com", 1)
    hdrs = top + internal + headers_below
    raw = ("\n".join(hdrs) + "\n\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def build_human(spec):
    utc = spec["_utc"]
    zone = spec.get("zone", "C")
    me = spec["frm"]
    E.CURRENT_UTC = utc
    spec["_qi"] = quote_info(spec)
    content_hdr, body = compose_content(spec, me, zone)
    ch = client_headers(spec, utc, zone, content_hdr)
    rcpt = spec["_rcpt"]
    kind = provider_for(spec)
    return mx_wrap(spec, utc, rcpt, kind, spec.get("prepend_headers", []) + ch, body)
