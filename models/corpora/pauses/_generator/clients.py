"""Mail-client renderers: turn a person's new text (+ optional quote of our mail) into client headers and a
MIME body the way that client would send it."""
import datetime as _dt

from lib import (CRLF, DAYS, DAYS_LONG, MONTHS, MONTHS_LONG, Provider, add, addr, body_part, boundary, crlf,
                 esc, fold, h12, hdr_text, html_paras, multipart, offset_str, quote_lines, rand_alnum,
                 rand_hex, rand_uuid, rfc_date, rng_for, tzinfo, wrap_text)
from ours import OURS, our_msgid

PROGRAM = {
    "gmail": "Gmail (web)", "gmail_android": "Gmail (Android app)", "gmail_ios": "Gmail (iOS app)",
    "iphone": "iPhone Mail", "ipad": "iPad Mail", "apple_mail": "Apple Mail (macOS)",
    "outlook_m365": "Outlook for Windows (Microsoft 365)", "outlook_com": "Outlook.com (web)",
    "outlook_ios": "Outlook for iOS", "outlook16": "Outlook 2016 (SMTP account)",
    "yahoo": "Yahoo Mail (web)", "yahoo_ios": "Yahoo Mail (iOS app)", "aol": "AOL Mail (web)",
    "thunderbird": "Thunderbird", "zimbra": "Xfinity Connect (Zimbra)", "samsung": "Samsung Email",
    "openx": "Mediacom webmail (Open-Xchange)", "wlm": "Windows Live Mail", "proton": "Proton Mail (web)",
    "icloud_web": "iCloud Mail (web)",
}

ZONES = {("-0600", False): "CST", ("-0500", True): "CDT", ("-0500", False): "EST", ("-0400", True): "EDT",
         ("-0700", False): "MST", ("-0700", True): "MST", ("-0800", False): "PST", ("-0700", "pdt"): "PDT"}


def zone_abbr(dt):
    off = offset_str(dt)
    summer = dt.astimezone(_dt.timezone.utc) >= _dt.datetime(2027, 3, 14, 8, tzinfo=_dt.timezone.utc)
    return ZONES.get((off, summer), "GMT%s" % off[:3])


def our_text(q):
    o = OURS[q["key"]]
    txt = o["text"]
    if q["key"] == "BILL":
        txt = txt.format(**q["bill"])
    if q["key"] == "ACK":
        txt = txt.format(ref=q["ref"])
    return txt


def our_subject(q):
    o = OURS[q["key"]]
    s = o["subject"]
    if q["key"] == "ACK":
        s = s.format(ref=q["ref"])
    return s


def our_date(q):
    return q.get("date") or OURS[q["key"]]["date"]


def our_from(q):
    o = OURS[q["key"]]
    return o["name"], o["addr"]


def attribution(style, q, local_tz, to_name, to_addr):
    name, a = our_from(q)
    d = our_date(q).astimezone(local_tz)
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year,
                                                          h12(d), name, a)
    if style == "apple":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[d.month - 1], d.day, d.year, h12(d), name, a)
    if style == "apple24":
        return "On %s %d, %d, at %02d:%02d, %s <%s> wrote:" % (MONTHS[d.month - 1], d.day, d.year, d.hour,
                                                               d.minute, name, a)
    if style == "yahoo":
        hh = d.hour % 12 or 12
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            DAYS_LONG[d.weekday()], MONTHS_LONG[d.month - 1], d.day, d.year, hh, d.minute, d.second,
            "AM" if d.hour < 12 else "PM", zone_abbr(d), name, a)
    if style == "tbird":
        return "On %d/%d/%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, h12(d), name)
    if style == "openx":
        return "On %02d/%02d/%d %s %s %s <%s> wrote:" % (d.month, d.day, d.year, h12(d), zone_abbr(d), name, a)
    if style == "proton":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "On %s, %s %d%s, %d at %s, %s <%s> wrote:" % (DAYS_LONG[d.weekday()], MONTHS_LONG[d.month - 1],
                                                            d.day, suf, d.year, h12(d), name, a)
    if style == "outlook":
        return "\n".join(["From: %s <%s>" % (name, a),
                          "Sent: %s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONTHS_LONG[d.month - 1], d.day,
                                                      d.year, h12(d)),
                          "To: %s" % (("%s <%s>" % (to_name, to_addr)) if to_name else to_addr),
                          "Subject: %s" % our_subject(q)])
    if style == "outlook_mobile":
        return "\n".join(["From: %s <%s>" % (name, a),
                          "Sent: %s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONTHS_LONG[d.month - 1], d.day,
                                                      d.year, h12(d)),
                          "To: %s" % to_addr,
                          "Subject: %s" % our_subject(q)])
    if style == "zimbra":
        return "\n".join(["----- Original Message -----",
                          "From: \"%s\" <%s>" % (name, a),
                          "To: \"%s\" <%s>" % (to_name or to_addr, to_addr),
                          "Sent: %s, %s %d, %d %d:%02d:%02d %s" % (
                              DAYS_LONG[d.weekday()], MONTHS_LONG[d.month - 1], d.day, d.year, d.hour % 12 or 12,
                              d.minute, d.second, "AM" if d.hour < 12 else "PM"),
                          "Subject: %s" % our_subject(q)])
    if style == "samsung":
        return "\n".join(["-------- Original message --------",
                          "From: %s <%s> " % (name, a),
                          "Date: %d/%d/%02d  %s  (GMT%s:%s) " % (d.month, d.day, d.year % 100, h12(d),
                                                                 offset_str(d)[:3], offset_str(d)[3:]),
                          "To: %s " % to_addr,
                          "Subject: %s " % our_subject(q)])
    if style == "wlm":
        return "\n".join(["-----Original Message----- ",
                          "From: %s" % name,
                          "Sent: %s, %s %d, %d %s" % (DAYS_LONG[d.weekday()], MONTHS_LONG[d.month - 1], d.day,
                                                      d.year, h12(d)),
                          "To: %s" % to_addr,
                          "Subject: %s" % our_subject(q)])
    raise ValueError(style)


# ------------------------------------------------------------------------------------------ html bits
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
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0in;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:11.0pt;}}
@page WordSection1
	{{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(text, quote_block=None, quote_text=None, cs="us-ascii"):
    out = [OUTLOOK_HEAD.format(cs=cs)]
    for ln in text.split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln.strip() else "&nbsp;"))
    if quote_block:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
        qb = quote_block.split("\n")
        k, v = qb[0].split(": ", 1)
        parts = ['<b>%s:</b> %s' % (esc(k), esc(v))]
        for ln in qb[1:]:
            k, v = ln.split(": ", 1)
            parts.append('<br>\n<b>%s:</b> %s' % (esc(k), esc(v)))
        out.append('<p class="MsoNormal">' + "".join(parts) + '<o:p></o:p></p>')
        out.append("</div>")
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for ln in quote_text.split("\n"):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln.strip() else "&nbsp;"))
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out)


def gmail_html(text, attr_line=None, qtext=None):
    lines = text.split("\n")
    first = esc(lines[0]) if lines[0].strip() else "<br>"
    rest = "".join("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>") for ln in lines[1:])
    h = '<div dir="ltr">%s%s</div>' % (first, rest)
    if attr_line:
        qh = "<br>".join(esc(ln) for ln in qtext.split("\n"))
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">%s</blockquote></div>' % (esc(attr_line), qh))
    return h + "\n"


def yahoo_html(text, attr_line=None, qtext=None, ios=False):
    body = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(ln) if ln.strip() else "<br>")
                   for ln in text.split("\n"))
    h = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
         'Arial, sans-serif;font-size:16px;">%s' % body)
    if ios:
        h += '<br><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">Sent from Yahoo Mail for iPhone</a></div>'
    h += "</div>"
    if attr_line:
        qh = "<br>".join(esc(ln) for ln in qtext.split("\n"))
        h += ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, '
              'Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>'
              '<div>%s</div></div></div>' % ("0000000000", esc(attr_line), qh))
    return h + "</body></html>"


def generic_html(text, attr_line=None, qtext=None, font="Arial"):
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
    h += '<div style="font-family: %s; font-size: 12pt;">%s</div>' % (
        font, "".join("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>") for ln in text.split("\n")))
    if attr_line:
        qh = "<br>".join(esc(ln) for ln in qtext.split("\n"))
        h += '<br><div>%s</div><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>' % (
            "<br>".join(esc(x) for x in attr_line.split("\n")), qh)
    return h + "</body></html>"


# ------------------------------------------------------------------------------------------- renderer
def render(m):
    """Return (raw bytes, arrive datetime) for a human message spec m."""
    r = rng_for(m["key"])
    sent = m["sent"]
    arrive = add(sent, m.get("lag", r.randint(3, 40)))
    name, a = m["frm"]
    mailbox = m["mailbox"]
    box_addr = "%s@alliant-energy.com" % mailbox
    to = m.get("to") or box_addr
    client = m["client"]
    provider = Provider(m.get("provider") or {"gmail": "gmail", "gmail_android": "gmail", "gmail_ios": "gmail",
                                               "samsung": "gmail", "yahoo": "yahoo", "yahoo_ios": "yahoo",
                                               "aol": "aol", "outlook_com": "outlook_com",
                                               "outlook_m365": "m365", "outlook_ios": "outlook_com",
                                               "zimbra": "comcast", "proton": "proton",
                                               "icloud_web": "icloud"}[client])
    env, prov = provider.build(r, a, mailbox, sent, arrive)
    q = m.get("quote")
    text = m["text"].strip("\n")
    fwd = m.get("fwd_block")
    if m.get("fwd_quote"):
        fq = m["fwd_quote"]
        fwd = attribution("samsung", fq, sent.tzinfo, name, a) + "\n" + our_text(fq)
    subject = m["subject"]
    cs = m.get("charset", "utf-8")
    local = sent.tzinfo
    to_name = m.get("to_name_in_quote", name)

    # message-id
    if client.startswith("gmail") or (client == "samsung"):
        mid = "<CA%s%s@mail.gmail.com>" % (rand_alnum(r, 2).upper(), "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+=") for _ in range(44)))
    elif client in ("iphone", "ipad", "apple_mail"):
        dom = a.split("@")[1] if a.split("@")[1] in ("icloud.com", "me.com", "mac.com") else a.split("@")[1]
        mid = "<%s@%s>" % (rand_uuid(r), dom)
    elif client in ("outlook_m365", "outlook_com", "outlook_ios"):
        srv = "%s%sMB%d" % (r.choice(["SJ0PR", "CH3PR", "BN0PR", "PH7PR", "DM4PR", "MN2PR", "IA1PR"]),
                            r.randint(10, 19), r.randint(1000, 9999))
        mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, rand_alnum(r, 17, upper=True), srv, srv[5:7])
    elif client in ("yahoo", "yahoo_ios", "aol"):
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2099999999), r.randint(100000, 9999999),
                                              int(sent.timestamp()) * 1000 - r.randint(200, 9000))
    elif client == "thunderbird":
        mid = "<%s@%s>" % (rand_uuid(r, upper=False), a.split("@")[1])
    elif client == "zimbra":
        mid = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(100000000, 999999999), r.randint(10000, 99999),
                                                  int(sent.timestamp()) * 1000 - r.randint(200, 9000))
    elif client == "proton":
        mid = "<%s=@proton.me>" % rand_alnum(r, 60)
    elif client == "openx":
        mid = "<%d.%d.%d@mchsi.com>" % (r.randint(100000000, 999999999), r.randint(1000, 99999),
                                        int(sent.timestamp()) * 1000 - r.randint(200, 9000))
    elif client in ("wlm", "outlook16"):
        mid = "<0000%s$%s$%s$@%s>" % (rand_hex(r, 8), rand_hex(r, 8), rand_hex(r, 8), a.split("@")[1])
        if client == "wlm":
            mid = "<%s@DESKTOP%s>" % (rand_hex(r, 28, True), rand_alnum(r, 7, upper=True))
    elif client == "icloud_web":
        mid = "<%s@me.com>" % rand_uuid(r)
    else:
        raise ValueError(client)
    if m.get("no_msgid"):
        mid = None

    irt = refs = None
    if q and m.get("irt", True):
        irt = our_msgid(q["key"], a, q.get("ref"))
        refs = irt
    if m.get("irt_to"):
        irt = our_msgid(m["irt_to"]["key"], a, m["irt_to"].get("ref"))
        refs = irt

    qtext = our_text(q) if q else None
    date_pad = client in ("outlook_m365", "outlook_com", "outlook_ios")
    datestr = rfc_date(sent.astimezone(_dt.timezone.utc) if date_pad else sent, pad=date_pad)
    sig = m.get("sig")
    hdrs = []
    extra = m.get("extra_headers", [])
    from_h = m.get("from_header") or addr(name, a, charset=cs if cs != "us-ascii" else "utf-8")
    reply_to = m.get("reply_to")
    rt_h = addr(*reply_to) if reply_to else None
    subj_h = hdr_text(subject, "utf-8", m.get("subj_mode", "B")) if subject is not None else None
    cc = m.get("cc")

    def std_ids(h):
        if irt:
            h.append("In-Reply-To: %s" % irt)
            h.append("References: %s" % refs)

    # ---- body per client
    if client in ("gmail", "gmail_android", "gmail_ios"):
        plain = text
        attr_line = None
        if q:
            attr_line = attribution("gmail", q, local, to_name, a)
            plain = text + "\n\n" + attr_line + "\n\n" + quote_lines(qtext) + "\n"
        if sig:
            plain = plain.replace(text, text + "\n\n" + sig, 1)
        html = gmail_html(text + ("\n\n" + sig if sig else ""), attr_line, qtext)
        if fwd:
            plain = text + "\n\n" + fwd + "\n"
            fl = fwd.split("\n")
            html = html.rstrip("\n") + ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>\n'
                                       % ("<br>".join(esc(x) for x in fl[:5]), "<br>".join(esc(x) for x in fl[6:])))
        gcs = "UTF-8" if cs.lower() == "utf-8" else cs
        ct, body = multipart("multipart/alternative", boundary(r, "gmail"),
                             [body_part(plain + ("\n" if not q else ""), gcs), body_part(html, gcs, subtype="html")])
        hdrs = ["MIME-Version: 1.0"]
        if client == "gmail_ios":
            pass
        hdrs += [fold("From", from_h)]
        if rt_h:
            hdrs.append(fold("Reply-To", rt_h))
        hdrs.append("Date: %s" % datestr)
        std_ids(hdrs)
        if mid:
            hdrs.append("Message-ID: %s" % mid)
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
        hdrs.append(fold("To", to))
        if cc:
            hdrs.append(fold("Cc", cc))
        hdrs += extra
        hdrs.append("Content-Type: %s" % ct)
    elif client in ("iphone", "ipad", "apple_mail"):
        if client == "apple_mail":
            default_sig = None
        else:
            default_sig = "Sent from my iPhone" if client == "iphone" else "Sent from my iPad"
        s = sig if sig is not None else default_sig
        plain = text + ("\n\n" + s if s else "")
        if q:
            style = "apple24" if client == "apple_mail" else "apple"
            plain += "\n\n" + quote_lines(attribution(style, q, local, to_name, a) + "\n\n" + qtext)
        plain += "\n"
        if all(ord(c) < 128 for c in plain):
            pcs = "us-ascii"
        else:
            pcs = "utf-8"
        cte = "quoted-printable" if (pcs == "utf-8" or any(len(x) > 76 for x in plain.split("\n"))) else "7bit"
        ph, body = body_part(plain, pcs, cte=cte, ct_quote=False)
        if client == "apple_mail":
            hdrs = ["From: %s" % from_h,
                    ph[0].replace("text/plain; charset=", "text/plain;\r\n\tcharset="), ph[1],
                    "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"]
            if subj_h is not None:
                hdrs.append(fold("Subject", subj_h))
            hdrs.append("Message-Id: %s" % mid)
            hdrs.append("Date: %s" % datestr)
            std_ids(hdrs)
            hdrs.append("To: %s" % to)
            hdrs += extra
            hdrs.append("X-Mailer: Apple Mail (2.3826.500.181.1.5)")
        else:
            hdrs = [ph[0].replace("; charset=", ";\r\n\tcharset="), ph[1], "From: %s" % from_h,
                    "Mime-Version: 1.0 (1.0)"]
            if subj_h is not None:
                hdrs.append(fold("Subject", subj_h))
            hdrs.append("Date: %s" % datestr)
            hdrs.append("Message-Id: %s" % mid)
            if irt:
                hdrs.append("References: %s" % refs)
                hdrs.append("In-Reply-To: %s" % irt)
            hdrs.append("To: %s" % to)
            hdrs += extra
            hdrs.append("X-Mailer: %s Mail (22E252)" % ("iPhone" if client == "iphone" else "iPad"))
    elif client in ("outlook_m365", "outlook_com", "outlook_ios"):
        plain = text + ("\n\n" + sig if sig else "")
        qb = None
        if q:
            qb = attribution("outlook_mobile" if client == "outlook_ios" else "outlook", q, local, to_name, a)
            plain += "\n\n" + ("________________________________" + "\n" + qb) + "\n\n" + qtext
        if fwd:
            plain += "\n\n" + fwd
        plain += "\n"
        pcs = "us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8"
        if client == "outlook_m365":
            html = outlook_html(text + ("\n\n" + sig if sig else ""), qb, qtext, cs=pcs)
        else:
            inner = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                            '%s</div>' % (esc(ln) if ln.strip() else "<br>")
                            for ln in (text + ("\n\n" + sig if sig else "")).split("\n"))
            html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                    '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                    '</head>\n<body dir="ltr">\n%s\n' % (pcs, inner))
            if fwd:
                fb = fwd.split("\n")
                html += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                         'color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n<div>%s</div>\n' % (
                             "<br>\n".join("<b>%s</b> %s" % (esc(x.split(": ", 1)[0] + ":"), esc(x.split(": ", 1)[1]))
                                           for x in fb[1:5]),
                             "<br>\n".join(esc(x) for x in fb[6:])))
            if qb:
                html += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                         'color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n<div>%s</div>\n' % (
                             "<br>\n".join("<b>%s</b> %s" % (esc(x.split(": ", 1)[0] + ":"), esc(x.split(": ", 1)[1]))
                                           for x in qb.split("\n")),
                             "<br>\n".join(esc(x) for x in qtext.split("\n"))))
            html += "</body>\n</html>\n"
        bnd = boundary(r, "outlook")
        ct, body = multipart("multipart/alternative", bnd,
                             [body_part(plain, pcs, cte="quoted-printable"),
                              body_part(html, pcs, cte="quoted-printable", subtype="html")])
        hdrs = [fold("From", from_h), "To: %s" % to]
        if cc:
            hdrs.append(fold("Cc", cc))
        if rt_h:
            hdrs.append(fold("Reply-To", rt_h))
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
            hdrs.append(fold("Thread-Topic", subj_h[4:] if subject.lower().startswith(("re: ", "fw: ")) else subj_h))
        hdrs.append("Thread-Index: %s" % (rand_b64_safe(r, 30) if not irt else rand_b64_safe(r, 38)))
        hdrs.append("Date: %s" % datestr)
        hdrs.append("Message-ID: %s" % mid)
        std_ids(hdrs)
        hdrs += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
                 "X-MS-TNEF-Correlator:"]
        if client == "outlook_m365":
            hdrs.append("msip_labels:")
        hdrs += extra
        hdrs += ["Content-Type: %s" % ct, "MIME-Version: 1.0"]
    elif client in ("yahoo", "yahoo_ios", "aol"):
        plain = text
        if client == "yahoo_ios" and sig is None:
            sig = "Sent from Yahoo Mail for iPhone"
        if sig:
            plain += "\n\n" + sig
        attr_line = None
        if q:
            attr_line = attribution("yahoo", q, local, to_name, a)
            plain += "\n\n   " + attr_line + "  \n\n " + "\n ".join(qtext.split("\n")) + "\n"
        html = yahoo_html(text + ("\n\n" + sig if (sig and client != "yahoo_ios") else ""), attr_line, qtext,
                          ios=(client == "yahoo_ios"))
        bnd = boundary(r, "yahoo")
        ct, body = multipart("multipart/alternative", bnd,
                             [body_part(plain, "UTF-8", ct_quote=False), body_part(html, "UTF-8", ct_quote=False,
                                                                                  subtype="html",
                                                                                  cte="quoted-printable")])
        hdrs = ["Date: %s" % datestr, fold("From", from_h), "To: %s" % to]
        if rt_h:
            hdrs.append(fold("Reply-To", rt_h))
        hdrs.append("Message-ID: %s" % mid)
        if irt:
            hdrs.append("In-Reply-To: %s" % irt)
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
        hdrs.append("MIME-Version: 1.0")
        hdrs.append("Content-Type: %s" % ct.replace("; boundary=", ";\r\n\tboundary="))
        if irt:
            hdrs.append("References: %s" % refs)
        hdrs += extra
        hdrs.append("X-Mailer: WebService/1.1.23487 %s" % {"yahoo": "YMailNorrin", "aol": "AolMailNorrin",
                                                             "yahoo_ios": "YahooMailIosMobile"}[client])
    elif client == "thunderbird":
        plain = text
        if q:
            top = m.get("bottom_post", False)
            att = attribution("tbird", q, local, to_name, a)
            if top:
                plain = att + "\n" + quote_lines(qtext) + "\n\n" + text
            else:
                plain = text + "\n\n" + att + "\n" + quote_lines(qtext)
        if sig:
            plain += "\n\n-- \n" + sig
        plain = flow(plain) + "\n"
        pcs = "UTF-8"
        ph, body = body_part(plain, pcs, cte="8bit" if any(ord(c) > 127 for c in plain) else "7bit",
                             extra_ct="; format=flowed", ct_quote=False)
        hdrs = ["Message-ID: %s" % mid, "Date: %s" % datestr, "MIME-Version: 1.0",
                "User-Agent: Mozilla Thunderbird"]
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
        hdrs.append("Content-Language: en-US")
        hdrs.append("To: %s" % to)
        if irt:
            hdrs.append("References: %s" % refs)
        hdrs.append(fold("From", from_h))
        if rt_h:
            hdrs.append(fold("Reply-To", rt_h))
        if irt:
            hdrs.append("In-Reply-To: %s" % irt)
        hdrs += extra
        hdrs += [ph[0], ph[1]]
    elif client == "zimbra":
        plain = text + ("\n\n" + sig if sig else "")
        qb = None
        if q:
            qb = attribution("zimbra", q, local, to_name, a)
            plain += "\n\n" + qb + "\n\n" + qtext
        html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + "".join("<div>%s</div>" % (esc(ln) if ln.strip() else "<br data-mce-bogus=\"1\">")
                          for ln in (text + ("\n\n" + sig if sig else "")).split("\n")))
        if qb:
            html += '<br><hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">%s<br><br>%s</div>' % (
                "<br>".join(esc(x) for x in qb.split("\n")[1:]), "<br>".join(esc(x) for x in qtext.split("\n")))
        html += "</div></body></html>"
        bnd = boundary(r, "zimbra")
        ct, body = multipart("multipart/alternative", bnd,
                             [body_part(plain, "utf-8", ct_quote=False),
                              body_part(html, "utf-8", ct_quote=False, subtype="html", cte="quoted-printable")])
        hdrs = ["Date: %s" % datestr, fold("From", from_h), "To: %s" % to, "Message-ID: %s" % mid]
        if irt:
            hdrs.append("In-Reply-To: %s" % irt)
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
        hdrs += ["MIME-Version: 1.0", "Content-Type: %s" % ct.replace("; boundary=", ";\r\n\tboundary=")]
        if irt:
            hdrs.append("References: %s" % refs)
        hdrs += extra
        hdrs += ["X-Mailer: Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC132 (Win)/10.0.8_GA_4611)",
                 "Thread-Topic: %s" % subj_h, "Thread-Index: %s" % rand_b64_safe(r, 28)]
    elif client == "samsung":
        s = sig if sig is not None else "Sent from my Galaxy"
        plain = text + "\n\n\n\n" + s
        qb = None
        if q:
            qb = attribution("samsung", q, local, to_name, a)
            plain += "\n\n\n" + qb + "\n" + qtext
        if fwd:
            fl = fwd.split("\n")
            qb, qtext = "\n".join(fl[:5]), "\n".join(fl[5:])
            plain += "\n\n\n" + fwd
        plain += "\n"
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                + "".join('<div dir="auto">%s</div>' % (esc(ln) if ln.strip() else "<br>") for ln in text.split("\n"))
                + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
                  '<div style="font-size:12px;color:#575757" dir="auto">%s</div></div>' % esc(s))
        if qb:
            html += '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">%s</div><div dir="auto">%s</div>' % (
                "<br>".join(esc(x) for x in qb.split("\n")), "<br>".join(esc(x) for x in qtext.split("\n")))
        html += "</body></html>"
        ct, body = multipart("multipart/alternative", boundary(r, "gmail").replace("000000000000", "--_com.samsung.android.email_"),
                             [body_part(plain, "UTF-8", cte="base64", ct_quote=False),
                              body_part(html, "UTF-8", cte="base64", ct_quote=False, subtype="html")])
        mid = "<%s@email.android.com>" % rand_hex(r, 8)
        hdrs = ["Date: %s" % datestr, "Subject: %s" % subj_h, "Message-ID: %s" % mid]
        if irt:
            hdrs.append("In-Reply-To: %s" % irt)
            hdrs.append("References: %s" % refs)
        hdrs += ["From: %s" % from_h, "To: %s" % to, "MIME-Version: 1.0", "Importance: Normal",
                 "X-Priority: 3", "X-MSMail-Priority: Normal"]
        hdrs += extra
        hdrs.append("Content-Type: %s" % ct)
    elif client == "openx":
        plain = text + ("\n\n" + sig if sig else "")
        if q:
            plain += "\n\n" + quote_lines(attribution("openx", q, local, to_name, a) + "\n\n" + qtext)
        html = generic_html(text + ("\n\n" + sig if sig else ""), None, None, font="helvetica")
        ct, body = multipart("multipart/alternative", boundary(r, "yahoo"),
                             [body_part(plain + "\n", "UTF-8", ct_quote=False),
                              body_part(html, "UTF-8", ct_quote=False, subtype="html", cte="quoted-printable")])
        hdrs = ["Date: %s" % datestr, "From: %s" % from_h, "To: %s" % to, "Message-ID: %s" % mid]
        if irt:
            hdrs.append("In-Reply-To: %s" % irt)
            hdrs.append("References: %s" % refs)
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
        hdrs += ["MIME-Version: 1.0", "Content-Type: %s" % ct.replace("; boundary=", ";\r\n\tboundary="),
                 "X-Priority: 3", "Importance: Normal"]
        hdrs += extra
        hdrs += ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev62", "X-Originating-Client: open-xchange-appsuite"]
    elif client in ("wlm", "outlook16"):
        wcs = m.get("charset", "windows-1252" if client == "wlm" else "us-ascii")
        plain = text + ("\n\n" + sig if sig else "")
        qb = None
        if q:
            qb = attribution("wlm" if client == "wlm" else "outlook", q, local, to_name, a)
            if client == "outlook16":
                qb = "-----Original Message-----\n" + qb
            plain += "\n\n" + qb + "\n\n" + qtext
        plain += "\n"
        if client == "wlm":
            html = ('<HTML><HEAD>\n<META content="text/html; charset=%s" http-equiv=Content-Type>\n'
                    '<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>\n<BODY dir=ltr>\n'
                    '<DIV dir=ltr>\n<DIV style="FONT-SIZE: 12pt; FONT-FAMILY: \'Calibri\'; COLOR: #000000">\n' % wcs
                    + "\n".join("<DIV>%s</DIV>" % (esc(ln) if ln.strip() else "&nbsp;")
                                for ln in (text + ("\n\n" + sig if sig else "")).split("\n")))
            if qb:
                html += '\n<DIV style=\'FONT-SIZE: small; TEXT-DECORATION: none; FONT-FAMILY: "Calibri"; FONT-WEIGHT: normal; COLOR: #000000; FONT-STYLE: normal; DISPLAY: inline\'>\n<DIV style="FONT: 10pt tahoma">\n<DIV>&nbsp;</DIV>\n<DIV style="BACKGROUND: #f5f5f5">%s</DIV></DIV>\n<DIV>&nbsp;</DIV>%s</DIV>' % (
                    "<BR>".join(esc(x) for x in qb.split("\n")), "<BR>".join(esc(x) for x in qtext.split("\n")))
            html += "</DIV></DIV></BODY></HTML>\n"
        else:
            html = outlook_html(text + ("\n\n" + sig if sig else ""),
                                qb.split("\n", 1)[1] if qb else None, qtext, cs=wcs)
        bnd = boundary(r, "nextpart")
        ct, body = multipart("multipart/alternative", bnd,
                             [body_part(plain, wcs, cte="quoted-printable"),
                              body_part(html, wcs, cte="quoted-printable", subtype="html")],
                             preamble="This is a multipart message in MIME format." if client == "outlook16" else None)
        hdrs = [fold("From", from_h), "To: <%s>" % to if client == "wlm" else "To: %s" % to]
        if irt:
            hdrs.append("References: %s" % refs)
            hdrs.append("In-Reply-To: %s" % irt)
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
        hdrs.append("Date: %s" % datestr)
        hdrs.append("Message-ID: %s" % mid)
        hdrs += ["MIME-Version: 1.0", "Content-Type: %s" % ct.replace("; boundary=", ";\r\n\tboundary=")]
        hdrs += extra
        if client == "wlm":
            hdrs += ["X-Priority: 3", "X-MSMail-Priority: Normal", "Importance: Normal",
                     "X-Mailer: Microsoft Windows Live Mail 16.4.3528.331",
                     "X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331"]
        else:
            hdrs += ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: %s" % rand_b64_safe(r, 30),
                     "Content-Language: en-us"]
    elif client == "proton":
        plain = text + "\n\n" + (sig if sig is not None else "Sent with Proton Mail secure email.")
        if q:
            plain += "\n\n" + attribution("proton", q, local, to_name, a) + "\n\n" + quote_lines(qtext)
        html = generic_html(plain.split("\n\nOn ")[0], None, None, font="Arial, sans-serif")
        ct, body = multipart("multipart/alternative", "b1=_" + rand_alnum(r, 43),
                             [body_part(plain + "\n", "utf-8", ct_quote=False),
                              body_part(html, "utf-8", ct_quote=False, subtype="html", cte="base64")])
        hdrs = ["Date: %s" % rfc_date(sent.astimezone(_dt.timezone.utc), pad=True), "To: %s" % to,
                fold("From", from_h)]
        if subj_h is not None:
            hdrs.append(fold("Subject", subj_h))
        hdrs.append("Message-ID: %s" % mid)
        if irt:
            hdrs.append("In-Reply-To: %s" % irt)
            hdrs.append("References: %s" % refs)
        hdrs += extra
        hdrs += ["MIME-Version: 1.0", "Content-Type: %s" % ct]
    elif client == "icloud_web":
        plain = text + ("\n\n" + sig if sig else "") + "\n"
        ph, body = body_part(plain, "utf-8", ct_quote=False)
        hdrs = [fold("From", from_h), "To: %s" % to, fold("Subject", subj_h), "Date: %s" % datestr,
                "Message-Id: %s" % mid, "MIME-Version: 1.0", ph[0], ph[1],
                "X-Mailer: iCloud MailClient2518B3 MailServer2518B16"]
        hdrs += extra
    else:
        raise ValueError(client)

    if m.get("return_path") is not None:
        env[0] = "Return-Path: <%s>" % m["return_path"]
    lines = env + prov + hdrs
    raw = CRLF.join(lines) + CRLF + CRLF + crlf(body) if isinstance(body, str) else None
    data = raw.encode("utf-8") if any(ord(c) > 127 for c in raw) else raw.encode("ascii")
    return data, arrive, mid


def rand_b64_safe(r, n):
    from lib import rand_b64
    return rand_b64(r, n) + "=="


def flow(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long lines with a trailing space."""
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width or ln.startswith(">") or ln == "-- ":
            out.append(ln)
            continue
        words = ln.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)
