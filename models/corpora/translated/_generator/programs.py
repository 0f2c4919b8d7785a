"""Mail programs people use: each builds the client headers and the MIME body of a human message."""
import datetime as D

from mime import (B62, B64C, HEXL, HEXU, addr, esc, ew, html_lines, is_ascii, leaf, multipart, rfcdate, rstr, ts,
                  uuid, wrap_lines)

PROVIDER_OF = {
    "gmail.com": "google", "yahoo.com": "yahoo", "aol.com": "yahoo", "outlook.com": "microsoft",
    "hotmail.com": "microsoft", "live.com": "microsoft", "icloud.com": "apple", "me.com": "apple",
    "qq.com": "qq", "163.com": "netease", "ukr.net": "ukrnet", "mchsi.com": "mediacom", "charter.net": "spectrum",
    "windstream.net": "windstream", "alliantenergy.com": "webform",
}

IOS_BUILD = [(D.datetime(2024, 9, 1), "21H16"), (D.datetime(2024, 9, 20), "22A3354"), (D.datetime(2024, 10, 5), "22A3370"),
             (D.datetime(2024, 10, 30), "22B83"), (D.datetime(2024, 12, 13), "22C152"), (D.datetime(2025, 1, 22), "22D63")]


def ios_build(t):
    b = IOS_BUILD[0][1]
    for d, v in IOS_BUILD:
        if t >= d:
            b = v
    return b


def nonascii_ratio(s):
    if not s:
        return 0
    return sum(1 for c in s if ord(c) > 127) / len(s)


def pick_cte(text, charset="utf-8", prefer="quoted-printable"):
    if is_ascii(text):
        return "7bit"
    if nonascii_ratio(text) > 0.25:
        return "base64"
    return prefer


# ---------------------------------------------------------------- quoting


def quoted_plain(text, style, qh):
    q = text
    if style == ">":
        body = "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
        return "%s\n\n%s" % (qh, body)
    if style == "ios":
        body = "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
        return "> %s\n> \n%s" % (qh, body)
    if style == "outlook":
        return "________________________________\n%s\n\n%s" % (qh, q)
    if style == "forward":
        return "%s\n\n%s" % (qh, q)
    if style == "plainindent":
        return "%s\n\n%s" % (qh, q)
    raise ValueError(style)


def compose_plain(c, style):
    t = c["text"]
    if c.get("quote"):
        qd = c["quote"]
        st = "forward" if qd.get("kind") == "forward" else style
        t = t + "\n\n" + quoted_plain(qd["ref"]["text"], st, qd["qh"])
    return t


def quote_html_body(c):
    return html_lines(c["quote"]["ref"]["text"])


def dirattr(c):
    return ' dir="rtl"' if c.get("rtl") else ' dir="ltr"'


# ---------------------------------------------------------------- common header helpers


def reply_headers(c):
    h = []
    if c.get("refs"):
        h.append("References: " + c["refs"])
    if c.get("irt"):
        h.append("In-Reply-To: " + c["irt"])
    return h


def subj(c, charset="UTF-8", mode="B"):
    return "Subject: " + ew(c["subject"], "utf-8", mode, label=charset) if c["subject"] is not None else "Subject: "


# ---------------------------------------------------------------- programs


def gmail(c, rng):
    plain = compose_plain(c, ">")
    inner = html_lines(c["text"], "<br>")
    h = '<div%s>%s</div>' % (dirattr(c), inner)
    if c.get("quote"):
        qd = c["quote"]
        if qd.get("kind") == "forward":
            h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>' % (
                html_lines(qd["qh"], "<br>"), quote_html_body(c))
        else:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  '%s</blockquote></div>') % (esc(qd["qh"]), quote_html_body(c))
    h = wrap_html(h)
    cte_p = pick_cte(plain)
    cte_h = "base64" if nonascii_ratio(plain) > 0.25 else "quoted-printable"
    b = "000000000000" + rstr(rng, 16, HEXL)
    parts = [leaf("text/plain", plain, "utf-8", None if cte_p == "7bit" else cte_p, cs_label="UTF-8"),
             leaf("text/html", h, "utf-8", cte_h, cs_label="UTF-8")]
    body = multipart(b, parts, gap=True)
    mid = "<CA%s%s@mail.gmail.com>" % (rstr(rng, 1, "BDFHJKLMNPRS"), rstr(rng, rng.randint(44, 52), B62 + "+_-") + rng.choice(["", "=", "+"]))
    hdrs = ["MIME-Version: 1.0"] + reply_headers(c) + [
        "From: " + addr(c["from"][0], c["from"][1]),
        "Date: " + rfcdate(c["t"], c.get("tz", "central")),
        "Message-ID: " + mid,
        subj(c),
        "To: " + c["to"],
    ]
    if c.get("cc"):
        hdrs.append("Cc: " + c["cc"])
    hdrs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
    return hdrs, body, mid


def wrap_html(h):
    """keep HTML source lines short: break after block tags."""
    for tag in ("<br>", "</div>", "</p>", "</blockquote>", "</tr>"):
        h = h.replace(tag, tag + "\n").replace(tag + "\n\n", tag + "\n")
    return h


def gmail_unsub(c, rng):
    text = c["text"]
    mid = "<CA%s%s@mail.gmail.com>" % (rstr(rng, 1, "BDFHJKLMNPRS"), rstr(rng, 48, B62 + "+_-"))
    hdrs = ["MIME-Version: 1.0",
            "From: " + addr(c["from"][0], c["from"][1]),
            "Date: " + rfcdate(c["t"], "central"),
            "Message-ID: " + mid,
            subj(c),
            "To: " + c["to"],
            'Content-Type: text/plain; charset="UTF-8"']
    if c.get("auto_submitted"):
        hdrs.insert(1, "Auto-Submitted: " + c["auto_submitted"])
        hdrs.append("X-Mailer: " + c.get("xmailer", ""))
    from mime import encode_payload
    return hdrs, encode_payload(text, "utf-8", "7bit"), mid


def apple_ios(c, rng):
    plain = compose_plain(c, "ios")
    cte = "7bit" if is_ascii(plain) else "quoted-printable"
    dom = c["from"][1].split("@")[1]
    mid = "<%s@%s>" % (uuid(rng), dom)
    body_part = leaf("text/plain", plain, "utf-8", cte, ct_quote=False)
    # split header/body of the leaf: iPhone Mail puts Content-Type/CTE among the top-level headers
    head, _, payload = body_part.partition(b"\r\n\r\n")
    lines = head.decode("ascii").split("\r\n")
    hdrs = lines + ["From: " + addr(c["from"][0], c["from"][1]),
                    "Mime-Version: 1.0 (1.0)",
                    "Date: " + rfcdate(c["t"], "central"),
                    subj(c, "utf-8", "Q") if c.get("q_subject") else subj(c, "utf-8"),
                    "Message-Id: " + mid] + reply_headers(c) + [
                    "To: " + c["to"],
                    "X-Mailer: iPhone Mail (%s)" % ios_build(c["t"])]
    if c.get("reply_to"):
        hdrs.insert(-1, "Reply-To: " + c["reply_to"])
    return hdrs, payload, mid


def apple_mac(c, rng):
    plain = compose_plain(c, ">")
    b = "Apple-Mail=_%s" % uuid(rng)
    h = '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
    h += "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in c["text"].split("\n"))
    if c.get("quote"):
        h += '<div><br><blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote></div>' % (esc(c["quote"]["qh"]), quote_html_body(c))
    h += "</body></html>"
    h = wrap_html(h)
    cte = "7bit" if is_ascii(plain) else "quoted-printable"
    parts = [leaf("text/plain", plain, "utf-8", cte, ct_quote=False, order="cte-first"),
             leaf("text/html", h, "utf-8", "quoted-printable" if not is_ascii(h) else "7bit", ct_quote=False, order="cte-first")]
    body = multipart(b, parts, gap=True)
    mid = "<%s@icloud.com>" % uuid(rng)
    hdrs = ["From: " + addr(c["from"][0], c["from"][1]),
            'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))",
            subj(c, "utf-8", "Q"),
            "Message-Id: " + mid] + reply_headers(c) + [
            "Date: " + rfcdate(c["t"], "central"),
            "To: " + c["to"],
            "X-Mailer: Apple Mail (2.3826.300.87.4.3)"]
    return hdrs, body, mid


def _outlook_html(c, font="Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"):
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="%s">\n'
         % (c["_html_cs"], "rtl" if c.get("rtl") else "ltr"))
    for l in c["text"].split("\n"):
        h += '<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n' % (font, esc(l) if l else "<br>")
    if c.get("quote"):
        h += '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
        h += '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n' % html_lines(c["quote"]["qh"], "<br>\n")
        h += "<div>%s</div>\n" % quote_html_body(c)
    h += "</body>\n</html>"
    return h


def outlook_web(c, rng):
    plain = compose_plain(c, "outlook")
    cs = c.get("charset") or ("us-ascii" if is_ascii(plain) else ("iso-8859-1" if _latin1(plain) else "utf-8"))
    c["_html_cs"] = cs
    h = _outlook_html(c)
    if not _enc_ok(h, cs):
        cs = "utf-8"
        c["_html_cs"] = cs
        h = _outlook_html(c)
    cte = "base64" if (cs == "utf-8" and nonascii_ratio(plain) > 0.2) else "quoted-printable"
    srv = "%sPR%02dMB%04d" % (rng.choice(["SJ0", "BN8", "DM4", "CH3", "MW4", "PH7", "IA1", "CY8"]), rng.randint(10, 19), rng.randint(1000, 9999))
    local = srv + rstr(rng, 20, HEXU)
    mid = "<%s@%s.namprd%02d.prod.outlook.com>" % (local, srv, rng.randint(10, 19))
    b = "_000_%s%s_" % (local, srv[:3] if False else "")
    parts = [leaf("text/plain", plain, cs, cte), leaf("text/html", h, cs, cte)]
    body = multipart(b, parts, gap=True)
    lang = c.get("content_language", "en-US")
    tmn = "[%s]" % rstr(rng, 32, B62 + "+/")
    hdrs = ["From: " + addr(c["from"][0], c["from"][1], mode="Q" if c.get("q_from") else "B"),
            "To: " + c["to"],
            subj(c, "utf-8", "B"),
            "Thread-Topic: " + ew(c.get("thread_topic", _strip_re(c["subject"] or "")), "utf-8", "B"),
            "Thread-Index: %s" % (rstr(rng, 6, B64C).join(["AQHb", ""]) + rstr(rng, 22, B64C) + "=="),
            "Date: " + rfcdate(c["t"], "utc"),
            "Message-ID: " + mid] + reply_headers(c) + [
            "Accept-Language: " + lang,
            "Content-Language: " + lang,
            "X-MS-Has-Attach: ",
            "X-MS-TNEF-Correlator: ",
            "x-ms-exchange-messagesentrepresentingtype: 1",
            "x-tmn: " + tmn,
            "x-ms-publictraffictype: Email",
            'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
            "MIME-Version: 1.0"]
    if c.get("reply_to"):
        hdrs.insert(2, "Reply-To: " + c["reply_to"])
    return hdrs, body, mid


def _strip_re(s):
    for p in ("Re: ", "RE: ", "Fwd: ", "FW: ", "RV: "):
        if s.startswith(p):
            return s[len(p):]
    return s


def _latin1(s):
    try:
        s.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def outlook_desktop(c, rng):
    plain = compose_plain(c, "outlook")
    cs = c.get("charset") or ("us-ascii" if is_ascii(plain) else "windows-1252")
    n1 = rstr(rng, 4, HEXU)
    b = "----=_NextPart_000_%s_01DB%s.%s" % (n1, rstr(rng, 4, HEXU), rstr(rng, 8, HEXU))
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
         '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
         '--></style></head><body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>\n' % cs)
    for l in c["text"].split("\n"):
        h += "<p class=MsoNormal>%s<o:p></o:p></p>\n" % (esc(l) if l else "<o:p>&nbsp;</o:p>")
    if c.get("quote"):
        h += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>\n"
        h += "<p class=MsoNormal>%s<o:p></o:p></p>\n</div></div>\n" % html_lines(c["quote"]["qh"], "<br>\n")
        h += "<p class=MsoNormal>%s<o:p></o:p></p>\n" % quote_html_body(c)
    h += "</div></body></html>"
    parts = [leaf("text/plain", plain, cs, "7bit" if cs == "us-ascii" else "quoted-printable"),
             leaf("text/html", h, cs, "quoted-printable")]
    body = multipart(b, parts, preamble="This is a multipart message in MIME format.\n", gap=True)
    dom = c["from"][1].split("@")[1]
    mid = "<%s01db%s$%s$%s$@%s>" % (rstr(rng, 4, HEXL), rstr(rng, 4, HEXL), rstr(rng, 8, HEXL), rstr(rng, 8, HEXL), dom)
    hdrs = ["From: " + addr(c["from"][0], c["from"][1], quote=True),
            "To: " + c["to"]]
    hdrs += reply_headers(c)
    hdrs += [subj(c, c.get("subject_cs", "utf-8"), "Q") if not is_ascii(c["subject"] or "") else "Subject: " + (c["subject"] or ""),
             "Date: " + rfcdate(c["t"], "central"),
             "Message-ID: " + mid,
             "MIME-Version: 1.0",
             'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
             "X-Mailer: Microsoft Outlook 16.0",
             "Thread-Index: Ad%s" % (rstr(rng, 26, B64C) + "=="),
             "Content-Language: " + c.get("content_language", "en-us")]
    return hdrs, body, mid


def yahoo(c, rng, android=False):
    plain = compose_plain(c, ">")
    h = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
         % rstr(rng, 8, HEXL))
    h += "".join('<div dir="%s" data-setdir="false">%s</div>' % ("rtl" if c.get("rtl") else "ltr", esc(l) if l else "<br>") for l in c["text"].split("\n"))
    h += "</div>"
    if c.get("quote"):
        h += ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
              '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>') % (
            rstr(rng, 10, "0123456789"), esc(c["quote"]["qh"]), quote_html_body(c))
    h += "</body></html>"
    h = wrap_html(h)
    n1, n2, ms = rng.randint(1000000, 9999999), rng.randint(100000000, 2147483647), ts(c["t"]) * 1000 + rng.randint(0, 999)
    b = "----=_Part_%d_%d.%d" % (n1, n2, ms)
    cte = "7bit" if is_ascii(plain) else "quoted-printable"
    parts = [leaf("text/plain", plain, "utf-8", cte, cs_label="UTF-8", ct_quote=False),
             leaf("text/html", h, "utf-8", "7bit" if is_ascii(h) else "quoted-printable", cs_label="UTF-8", ct_quote=False)]
    body = multipart(b, parts)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (n2 // 2, n1, ms + 1)
    fa = addr(c["from"][0], c["from"][1])
    hdrs = ["Date: " + rfcdate(c["t"], "utc", comment=True),
            "From: " + fa,
            "Reply-To: " + fa,
            "To: " + c["to"],
            "Message-ID: " + mid] + reply_headers(c) + [
            subj(c, "UTF-8", "Q" if rng.random() < 0.5 else "B"),
            "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; \n\tboundary="%s"' % b]
    if not c.get("irt"):
        hdrs.append("References: <%d.%d.%d.ref@mail.yahoo.com>" % (n2 // 2, n1, ms + 1))
    aol = c["from"][1].endswith("@aol.com")
    hdrs.append("X-Mailer: WebService/1.1.22876 %s" % ("YahooMailAndroidMobile" if android else ("AolMailNorrin" if aol else "YMailNorrin")))
    return hdrs, body, mid


def yahoo_android(c, rng):
    return yahoo(c, rng, android=True)


def thunderbird(c, rng):
    plain = compose_plain(c, ">")
    # format=flowed: soft line breaks carry a trailing space
    out = []
    for l in plain.split("\n"):
        if len(l) <= 76 or l.startswith(">"):
            out.append(l)
            continue
        w = wrap_lines(l, 72).split("\n")
        out.extend([x + " " for x in w[:-1]] + [w[-1]])
    plain = "\n".join(out)
    cte = "7bit" if is_ascii(plain) else "8bit"
    dom = c["from"][1].split("@")[1]
    mid = "<%s@%s>" % (uuid(rng, upper=False), dom)
    hdrs = ["Message-ID: " + mid,
            "Date: " + rfcdate(c["t"], "central"),
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: " + c.get("content_language", "en-US"),
            "To: " + c["to"],
            "From: " + addr(c["from"][0], c["from"][1]),
            subj(c, "UTF-8", "B")] + reply_headers(c) + [
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "Content-Transfer-Encoding: " + cte]
    from mime import encode_payload
    return hdrs, encode_payload(plain, "utf-8", cte), mid


def samsung(c, rng):
    plain = compose_plain(c, ">")
    b = "--_com.samsung.android.email_%d%d" % (ts(c["t"]) * 1000, rng.randint(1000, 9999))
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
    h += "<br>".join(esc(l) for l in c["text"].split("\n"))
    if c.get("quote"):
        h += '<br><br><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>%s</div><div>%s</div></div>' % (
            html_lines(c["quote"]["qh"], "<br>"), quote_html_body(c))
    h += "</body></html>"
    parts = [leaf("text/plain", plain, "utf-8", "base64", cs_label="UTF-8", ct_quote=False),
             leaf("text/html", h, "utf-8", "base64", cs_label="UTF-8", ct_quote=False)]
    body = multipart(b, parts, gap=True)
    mid = "<%s.%d@email.android.com>" % (rstr(rng, 16, HEXL), rng.randint(1, 9))
    hdrs = ["Message-ID: " + mid,
            "Date: " + rfcdate(c["t"], "central"),
            subj(c, "UTF-8", "B"),
            "From: " + addr(c["from"][0], c["from"][1]),
            "To: " + c["to"]] + reply_headers(c) + [
            "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; boundary="%s"' % b]
    return hdrs, body, mid


def qqmail(c, rng):
    plain = compose_plain(c, ">")
    h = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">"
    h += "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in c["text"].split("\n"))
    if c.get("quote"):
        h += '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">%s</div><blockquote>%s</blockquote>' % (
            html_lines(c["quote"]["qh"], "<br>"), quote_html_body(c))
    h = wrap_html(h)
    b = "----=_NextPart_%s_%s_%s" % (rstr(rng, 8, HEXU), rstr(rng, 8, HEXU), rstr(rng, 8, HEXU))
    parts = [leaf("text/plain", plain, "gb18030", "base64", cs_label="gb18030"),
             leaf("text/html", h, "gb18030", "base64", cs_label="gb18030")]
    body = multipart(b, parts, preamble="This is a multi-part message in MIME format.\n", gap=True)
    mid = "<tencent_%s%s@qq.com>" % (rstr(rng, 36, HEXU), rstr(rng, 4, "0123456789"))
    hdrs = ["From: " + addr(c["from"][0], c["from"][1], "gb18030", "B", label="gb18030"),
            "To: " + c["to"],
            "Subject: " + ew(c["subject"], "gb18030", "B", label="gb18030"),
            "Mime-Version: 1.0",
            'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
            "Content-Transfer-Encoding: 8Bit",
            "Date: " + rfcdate(c["t"], "china"),
            "X-Priority: 3",
            "Message-ID: " + mid] + reply_headers(c) + [
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
            "X-QQ-Mailer: QQMail 2.x"]
    return hdrs, body, mid


def mail163(c, rng):
    plain = compose_plain(c, ">")
    h = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in c["text"].split("\n"))
    h = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % h
    h = wrap_html(h)
    ms = ts(c["t"]) * 1000 + rng.randint(0, 999)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(100000000, 999999999), ms)
    parts = [leaf("text/plain", plain, "gbk", "base64", cs_label="GBK", ct_quote=False),
             leaf("text/html", h, "gbk", "base64", cs_label="GBK", ct_quote=False)]
    body = multipart(b, parts)
    user = c["from"][1].split("@")[0]
    mid = "<%s.%s.%s.Coremail.%s@163.com>" % (rstr(rng, 8, HEXL), rstr(rng, 4, HEXL), rstr(rng, 11, HEXL), user)
    ip = "%d.%d.%d.%d" % (rng.choice([73, 24, 97]), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    hdrs = ["Received: from %s$163.com ( [%s] ) by\n ajax-webmail-wmsvr-40-%d (Coremail) ; %s (CST)" % (user, ip, rng.randint(100, 140), rfcdate(c["t"], "china", pad=False)),
            "X-Originating-IP: [%s]" % ip,
            "Date: %s (CST)" % rfcdate(c["t"], "china", pad=False),
            "From: " + addr(c["from"][0], c["from"][1], "gbk", "B", label="GBK"),
            "To: " + c["to"],
            "Subject: " + ew(c["subject"], "gbk", "B", label="GBK"),
            "X-Priority: 3",
            "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2024 www.mailtech.cn 163com",
            "X-NTES-SC: AL_Qu2Y%s" % rstr(rng, 60, B64C),
            'Content-Type: multipart/alternative; \n\tboundary="%s"' % b,
            "MIME-Version: 1.0",
            "Message-ID: " + mid,
            "X-Coremail-Locale: zh_CN",
            "X-CM-TRANSID:%s" % rstr(rng, 40, B62 + "_-"),
            "X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="]
    return hdrs, body, mid


def ukrnet(c, rng):
    plain = compose_plain(c, "plainindent")
    h = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in c["text"].split("\n"))
    if c.get("quote"):
        h += "<br><br>%s<blockquote>%s</blockquote>" % (html_lines(c["quote"]["qh"], "<br>"), quote_html_body(c))
    h = "<html><body>%s</body></html>" % wrap_html(h)
    b = "%d-%s" % (ts(c["t"]), rstr(rng, 4, "0123456789"))
    parts = [leaf("text/plain", plain, "windows-1251", "base64", cs_label="windows-1251"),
             leaf("text/html", h, "windows-1251", "base64", cs_label="windows-1251")]
    body = multipart(b, parts)
    mid = "<%d.%d.%s@frv%d.fwdcdn.com>" % (ts(c["t"]), rng.randint(100000000, 999999999), rstr(rng, 8, "abcdefghijklmnopqrstuvwxyz"), rng.randint(60, 79))
    hdrs = ["Date: " + rfcdate(c["t"], "kyiv"),
            "From: " + addr(c["from"][0], c["from"][1], "windows-1251", "B", label="windows-1251"),
            "Subject: " + ew(c["subject"], "windows-1251", "B", label="windows-1251"),
            "To: " + c["to"]] + reply_headers(c) + [
            "X-Mailer: mail.ukr.net 5.0",
            "Message-Id: " + mid,
            "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; boundary="%s"' % b]
    return hdrs, body, mid


def webform(c, rng):
    text = c["text"]
    mid = "<form.%s.%s@web02.alliantenergy.com>" % (rfcdate(c["t"], "utc")[5:25].replace(" ", "").replace(":", ""), rstr(rng, 6, HEXL))
    hdrs = ['From: "Alliant Energy Website" <noreply@alliantenergy.com>',
            "Reply-To: " + c["reply_to"],
            "To: " + c["to"],
            subj(c, "UTF-8", "Q"),
            "Date: " + rfcdate(c["t"], "central"),
            "Message-ID: " + mid,
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "X-Mailer: AE-WebForms 3.2",
            "X-Form-Id: contact-us"]
    from mime import encode_payload
    return hdrs, encode_payload(text, "utf-8", "quoted-printable"), mid


def plain_single(c, rng):
    """Outlook.com / Apple 'Unsubscribe' button mail: a bare text/plain, empty or near-empty."""
    from mime import encode_payload
    dom = c["from"][1].split("@")[1]
    if PROVIDER_OF.get(dom) == "microsoft":
        srv = "%sPR%02dMB%04d" % (rng.choice(["SJ0", "BN8", "DM4", "CH3"]), rng.randint(10, 19), rng.randint(1000, 9999))
        mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, rstr(rng, 20, HEXU), srv, rng.randint(10, 19))
        hdrs = ["From: " + addr(c["from"][0], c["from"][1]),
                "To: " + c["to"],
                subj(c),
                "Thread-Topic: " + c["subject"],
                "Thread-Index: AQHb%s==" % rstr(rng, 22, B64C),
                "Date: " + rfcdate(c["t"], "utc"),
                "Message-ID: " + mid,
                "Accept-Language: en-US",
                "Content-Language: en-US",
                "X-MS-Has-Attach: ",
                "X-MS-TNEF-Correlator: ",
                "x-ms-exchange-messagesentrepresentingtype: 1",
                "x-ms-publictraffictype: Email",
                'Content-Type: text/plain; charset="us-ascii"',
                "Content-Transfer-Encoding: quoted-printable",
                "MIME-Version: 1.0"]
        return hdrs, encode_payload(c["text"], "ascii", "quoted-printable"), mid
    mid = "<%s@%s>" % (uuid(rng), dom)
    hdrs = ["Content-Type: text/plain; charset=us-ascii",
            "Content-Transfer-Encoding: 7bit",
            "From: " + addr(c["from"][0], c["from"][1]),
            "Mime-Version: 1.0 (1.0)",
            "Date: " + rfcdate(c["t"], "central"),
            subj(c),
            "Message-Id: " + mid,
            "To: " + c["to"],
            "X-Mailer: iPhone Mail (%s)" % ios_build(c["t"])]
    return hdrs, encode_payload(c["text"], "ascii", "7bit"), mid


PROGRAMS = {
    "gmail": (gmail, "Gmail (web)"),
    "gmail_android": (gmail, "Gmail app (Android)"),
    "gmail_ios": (gmail, "Gmail app (iPhone)"),
    "gmail_unsub": (gmail_unsub, "Gmail unsubscribe link (List-Unsubscribe mailto)"),
    "cleaner": (gmail_unsub, "inbox-cleaning service via Gmail API"),
    "apple_ios": (apple_ios, "iPhone Mail"),
    "apple_mac": (apple_mac, "Apple Mail (macOS)"),
    "apple_unsub": (plain_single, "iPhone Mail unsubscribe banner"),
    "outlook_web": (outlook_web, "Outlook.com (web)"),
    "outlook_mobile": (outlook_web, "Outlook for Android"),
    "outlook_unsub": (plain_single, "Outlook.com unsubscribe button"),
    "outlook_desktop": (outlook_desktop, "Outlook 2021 desktop (ISP mailbox)"),
    "yahoo": (yahoo, "Yahoo Mail (web)"),
    "yahoo_android": (yahoo_android, "Yahoo Mail app (Android)"),
    "thunderbird": (thunderbird, "Thunderbird"),
    "samsung": (samsung, "Samsung Email (Android)"),
    "qqmail": (qqmail, "QQ Mail (web)"),
    "mail163": (mail163, "NetEase 163 Mail (web)"),
    "ukrnet": (ukrnet, "ukr.net FREEMAIL (web)"),
    "webform": (webform, "alliantenergy.com Contact Us form relay"),
}
