"""Mail-client renderers for human-written messages."""
import datetime as _dt
from lib import *  # noqa
import lib
from ours import OURS

CT = _dt.timezone(_dt.timedelta(hours=-5))


def _h12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def attribution(style, o):
    t = o["t"]
    n, a = o["name"], o["addr"]
    if style == "gmail":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[t.weekday()], MONS[t.month - 1], t.day, t.year, _h12(t), n, a)
    if style == "gmail_es":
        return "El %s, %d %s %d a la(s) %d:%02d, %s (<%s>) escribió:" % (SDAYS[t.weekday()], t.day, SMONS[t.month - 1], t.year, t.hour, t.minute, n, a)
    if style == "iphone":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[t.month - 1], t.day, t.year, _h12(t), n, a)
    if style == "iphone_es":
        return "El %d %s %d, a la(s) %d:%02d, %s <%s> escribió:" % (t.day, SMONS[t.month - 1], t.year, t.hour, t.minute, n, a)
    if style == "yahoo":
        return "On %s, %s %d, %d at %02d:%02d:%02d %s CDT, %s <%s> wrote:" % (LDAYS[t.weekday()], LMONS[t.month - 1], t.day, t.year, t.hour % 12 or 12, t.minute, t.second, "AM" if t.hour < 12 else "PM", n, a)
    if style == "thunderbird":
        return "On %d/%d/%d %s, %s wrote:" % (t.month, t.day, t.year, _h12(t), n)
    raise ValueError(style)


def quote_plain(style, o, to_line):
    t = o["t"]
    if style in ("outlook", "outlook_web", "outlook_mobile"):
        hdr = "From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n" % (
            o["name"], o["addr"], LDAYS[t.weekday()], LMONS[t.month - 1], t.day, t.year, _h12(t), to_line, o["subject"])
        if style == "outlook":
            return "\n\n" + hdr + o["text"]
        return "\n\n________________________________\n" + hdr + o["text"]
    if style == "samsung":
        return ("\n\n\n-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %s (GMT-06:00) \nTo: %s \nSubject: %s \n\n"
                % (o["name"], o["addr"], t.month, t.day, t.year % 100, _h12(t), to_line, o["subject"])) + o["text"]
    if style in ("yahoo",):
        body = "\n".join(" " + l if l else " " for l in o["text"].split("\n"))
        return "\n\n    " + attribution("yahoo", o) + "  \n \n" + body
    if style in ("iphone", "iphone_es"):
        q = "\n".join("> " + l if l else ">" for l in ([attribution(style, o), ""] + o["text"].split("\n")))
        return "\n\n" + q
    att = attribution(style, o)
    q = "\n".join("> " + l if l else ">" for l in o["text"].split("\n"))
    return "\n\n" + att + "\n\n" + q


def quote_html(style, o):
    body = "<br>".join(html_escape(l) for l in o["text"].split("\n"))
    if style.startswith("gmail"):
        return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (html_escape(attribution(style, o)), body))
    if style.startswith("iphone"):
        return ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
                % (html_escape(attribution(style, o)), body))
    return '<div><br></div><hr style="display:inline-block;width:98%%"><div>%s</div>' % body


def text_html(text, wrap="div"):
    if wrap == "gmail":
        return '<div dir="ltr">' + "".join("<div>%s</div>" % (html_escape(l) if l else "<br>") for l in text.split("\n")) + "</div>"
    return "<div>" + "<br>\n".join(html_escape(l) for l in text.split("\n")) + "</div>"


def wrap_text(text, width=76):
    """Soft-wrap only for display clients that hard-wrap (Thunderbird, Outlook plain)."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def render(m):
    """m: dict describing a human message. Returns bytes (CRLF)."""
    c = m["client"]
    box = m["box"]
    t = m["t"]
    rcpt = BOX[box]
    fa, fn = m["from_addr"], m.get("from_name", "")
    subj = m["subject"]
    o = OURS.get(m["quote"]) if isinstance(m.get("quote"), str) else m.get("quote")
    text = m["text"]
    charset = m.get("charset", "utf-8")
    to_hdr = m.get("to_hdr")
    hdrs = []
    # ------------------------------------------------ transport/provider
    prov = m.get("prov")
    pod = None
    if prov == "gmail":
        env, ph = prov_gmail(box, fa, t)
    elif prov == "yahoo":
        env, ph = prov_yahoo(box, fa, t)
    elif prov == "outlookcom":
        env, ph = prov_outlookcom(box, fa, t)
    elif prov == "o365":
        env, ph, pod = prov_o365biz(box, fa, t)
    elif prov == "icloud":
        env, ph = prov_icloud(box, fa, t)
    elif prov == "comcast":
        env, ph = prov_comcast(box, fa, t)
    elif prov == "proton":
        env, ph = prov_proton(box, fa, t)
    elif isinstance(prov, dict):
        env, ph = prov_generic(box, fa, t, **prov)
    else:
        raise ValueError(prov)
    # ------------------------------------------------ quoting
    ref_id = m.get("in_reply_to") or (o["msgid"] if o else None)
    qstyle = m.get("qstyle") or {"gmail": "gmail", "gmail_android": "gmail", "iphone": "iphone", "apple_mail": "iphone",
                                 "outlook": "outlook", "outlook_web": "outlook_web", "outlook_mobile": "outlook_mobile",
                                 "yahoo": "yahoo", "yahoo_android": "yahoo", "aol": "yahoo", "thunderbird": "thunderbird",
                                 "samsung": "samsung", "xfinity": "thunderbird", "roundcube": "thunderbird",
                                 "windows_mail": "outlook_web", "proton": "thunderbird"}[c]
    plain = text
    sig = m.get("sig")
    if sig:
        plain = plain + "\n\n" + sig
    qp_text = ""
    if o and m.get("quote_it", True):
        to_line = addr(fn, fa) if fn else fa
        qp_text = quote_plain(qstyle, o, to_line)
    full_plain = plain + qp_text
    html = m.get("html", c not in ("thunderbird", "roundcube", "iphone_plain"))
    if c in ("thunderbird", "roundcube"):
        full_plain = wrap_text(full_plain, 72)
    # ------------------------------------------------ client headers
    fromh = addr(fn, fa, mode=m.get("name_mode", "B"), charset=m.get("name_charset", "utf-8"))
    subj_h = enc_word(subj, m.get("subj_charset", "utf-8"), m.get("subj_mode", "B")) if subj else ""
    toh = to_hdr or rcpt
    refs = m.get("references") or ref_id
    body = None
    ctype_top = None
    if c in ("gmail", "gmail_android"):
        b = "000000000000" + hx(16)
        hdrs += ["MIME-Version: 1.0"]
        if refs:
            hdrs += ["References: %s" % refs, "In-Reply-To: %s" % ref_id]
        hdrs += ["From: " + fromh, "Date: " + rfc(t), "Message-ID: <CA%s@mail.gmail.com>" % ("+" + alnum(40) + "=" + alnum(6)),
                 "Subject: " + subj_h]
        hdrs += fold("To", toh)
        if m.get("reply_to"):
            hdrs += ["Reply-To: " + m["reply_to"]]
        hdrs += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        ht = text_html(plain, "gmail") + (quote_html(qstyle, o) if qp_text else "")
        body = multipart(b, [part("text/plain", full_plain, "UTF-8"), part("text/html", ht, "UTF-8")])
    elif c in ("iphone", "apple_mail"):
        mid = "<%s@%s>" % (uuid(), fa.split("@")[1])
        mailer = "iPhone Mail (23%s%d)" % (R.choice("ABC"), R.randint(40, 99)) if c == "iphone" else "Apple Mail (2.38%02d.%d)" % (R.randint(20, 40), R.randint(100, 700))
        mv = "1.0 (1.0)" if c == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(38%02d.%d\\))" % (R.randint(20, 40), R.randint(100, 700))
        if html:
            b = "Apple-Mail-%s" % uuid()
            ctype_top = 'multipart/alternative; boundary=%s' % b
            ht = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + \
                 text_html(plain) + (quote_html(qstyle, o) if qp_text else "") + "</body></html>"
            cs = "us-ascii" if all(ord(ch) < 128 for ch in full_plain) else "utf-8"
            body = multipart(b, [part("text/plain", full_plain, cs).replace('charset="%s"' % cs, "charset=%s" % cs),
                                 part("text/html", ht, "utf-8").replace('charset="utf-8"', "charset=utf-8")])
            top = ["Content-Type: " + ctype_top, "Content-Transfer-Encoding: 7bit"]
        else:
            cs = "us-ascii" if all(ord(ch) < 128 for ch in full_plain) else "utf-8"
            cte = "quoted-printable" if needs_qp(full_plain) else "7bit"
            top = ["Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: " + cte]
            body = qp(full_plain, cs) if cte == "quoted-printable" else full_plain
        hdrs += top + ["From: " + fromh, "Mime-Version: " + mv, "Subject: " + subj_h, "Date: " + rfc(t), "Message-Id: " + mid]
        if refs:
            hdrs += ["References: %s" % refs, "In-Reply-To: %s" % ref_id]
        hdrs += fold("To", toh) + ["X-Mailer: " + mailer]
        if m.get("reply_to"):
            hdrs += ["Reply-To: " + m["reply_to"]]
    elif c in ("outlook", "outlook_web", "windows_mail"):
        p = pod or ("SJ0PR10MB%s" % digits(4))
        mid = "<%s%s%s@%s.namprd%02d.prod.outlook.com>" % (p, HX(6), HX(8), p, R.randint(1, 22))
        if c == "windows_mail":
            mid = "<%s@%s>" % (uuid(), "Windows")
        b = "_000_%s_" % mid[1:-1].split("@")[0]
        hdrs += ["From: " + (addr(fn, fa, quote=True) if all(ord(x) < 128 for x in fn) else fromh)]
        hdrs += fold("To", to_hdr or ('"%s" <%s>' % (rcpt, rcpt)))
        if m.get("reply_to"):
            hdrs += ["Reply-To: " + m["reply_to"]]
        hdrs += ["Subject: " + subj_h]
        if c != "windows_mail":
            tt = subj
            for pre in ("RE: ", "Re: ", "FW: "):
                if tt.startswith(pre):
                    tt = tt[len(pre):]
            hdrs += fold("Thread-Topic", enc_word(tt)) + ["Thread-Index: " + b64blob(R.choice([22, 32, 44]))]
        hdrs += ["Date: " + rfc(t), "Message-ID: " + mid]
        if refs:
            hdrs += ["References: " + refs, "In-Reply-To: " + ref_id]
        if c != "windows_mail":
            hdrs += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
            if m.get("msip"):
                hdrs += ["msip_labels:"]
        else:
            hdrs += ["X-Mailer: Microsoft Windows Mail 16.0.%d.%d" % (R.randint(14000, 19000), R.randint(10000, 30000)),
                     "Importance: normal", "X-Priority: 3"]
        hdrs += ['Content-Type: multipart/alternative;', '\tboundary="%s"' % b, "MIME-Version: 1.0"]
        cs = "us-ascii" if all(ord(ch) < 128 for ch in full_plain) else m.get("charset", "utf-8")
        hq = ""
        if qp_text:
            hq = '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">' + \
                 "<br>".join(html_escape(l) for l in qp_text.strip("\n_").split("\n")) + "</p></div></div>"
        ht = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
              '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
              '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
              '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>'
              % (cs, "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_escape(l) if l else "&nbsp;") for l in plain.split("\n")), hq))
        body = multipart(b, [part("text/plain", full_plain, cs, cte="quoted-printable"),
                             part("text/html", ht, cs, cte="quoted-printable")])
    elif c in ("yahoo", "yahoo_android", "aol"):
        tu = t.astimezone(lib.UTC)
        b = "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(10000000, 999999999), int(t.timestamp() * 1000))
        mid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(100000000, 2099999999), R.randint(100000, 9999999), int(t.timestamp() * 1000))
        hdrs += ["Date: " + rfc(tu, zone_comment="UTC"), "From: " + fromh]
        hdrs += fold("To", to_hdr or '"%s" <%s>' % (rcpt, rcpt))
        if m.get("reply_to"):
            hdrs += ["Reply-To: " + m["reply_to"]]
        hdrs += ["Message-ID: " + mid]
        if refs:
            hdrs += ["In-Reply-To: " + ref_id, "References: " + refs]
        hdrs += ["Subject: " + subj_h, "MIME-Version: 1.0", "Content-Type: multipart/alternative; ", '\tboundary="%s"' % b]
        mailer = {"yahoo": "WebService/1.1.%d YMailNorrin" % R.randint(22000, 23999),
                  "yahoo_android": "WebService/1.1.%d YahooMailAndroidMobile" % R.randint(22000, 23999),
                  "aol": "WebService/1.1.%d AolMailNorrin" % R.randint(22000, 23999)}[c]
        ht = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div>%s</body></html>' % (
            hx(8), text_html(plain), ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>%s</div></div>' % (digits(10), html_escape(attribution("yahoo", o)), "<br>".join(html_escape(l) for l in o["text"].split("\n")))) if qp_text else "")
        body = multipart(b, [part("text/plain", full_plain, "UTF-8", cte="quoted-printable" if needs_qp(full_plain) else "7bit"),
                             part("text/html", ht, "UTF-8", cte="quoted-printable")])
        body = body  # Yahoo prints Content-Length before the body
        hdrs += ["X-Mailer: " + mailer]
    elif c in ("thunderbird", "roundcube", "proton"):
        cs = m.get("charset") or ("US-ASCII" if all(ord(ch) < 128 for ch in full_plain) else "UTF-8")
        cte = m.get("cte") or ("8bit" if cs.upper() == "UTF-8" else "7bit")
        if c == "thunderbird":
            hdrs += ["Message-ID: <%s@%s>" % (uuid().lower(), fa.split("@")[1]), "Date: " + rfc(t), "MIME-Version: 1.0",
                     "User-Agent: Mozilla Thunderbird", "Content-Language: en-US", "To: " + toh, "From: " + fromh]
            if refs:
                hdrs.insert(3, "In-Reply-To: " + ref_id)
                hdrs.insert(3, "References: " + refs)
            hdrs += ["Subject: " + subj_h]
            if m.get("reply_to"):
                hdrs += ["Reply-To: " + m["reply_to"]]
            hdrs += ["Content-Type: text/plain; charset=%s; format=flowed" % cs, "Content-Transfer-Encoding: " + cte]
            body = full_plain
        elif c == "roundcube":
            hdrs += ["MIME-Version: 1.0", "Date: " + rfc(t), "From: " + fromh, "To: " + toh, "Subject: " + subj_h]
            if refs:
                hdrs += ["In-Reply-To: " + ref_id, "References: " + refs]
            hdrs += ["User-Agent: Roundcube Webmail/1.6.%d" % R.randint(3, 9), "Message-ID: <%s@%s>" % (hx(32), fa.split("@")[1]),
                     "X-Sender: " + fa, "Content-Type: text/plain; charset=%s; format=flowed" % cs, "Content-Transfer-Encoding: " + cte]
            body = full_plain
        else:  # proton
            b = "b1=_" + alnum(40)
            hdrs += ["Date: " + rfc(t.astimezone(lib.UTC)), "To: " + toh, "From: " + fromh, "Subject: " + subj_h,
                     "Message-ID: <%s=@proton.me>" % alnum(60), "Feedback-ID: %s:user:proton" % digits(8),
                     "X-Pm-Message-ID: %s" % alnum(16), "MIME-Version: 1.0",
                     'Content-Type: multipart/alternative;', ' boundary="%s"' % b]
            body = multipart(b, [part("text/plain", full_plain, "utf-8", cte="base64"),
                                 part("text/html", "<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">" + text_html(plain) + "</div>", "utf-8", cte="base64")])
    elif c in ("xfinity",):
        b = "----=_Part_%d_%d.%d" % (R.randint(1000, 99999), R.randint(100000000, 999999999), int(t.timestamp() * 1000))
        hdrs += ["Date: " + rfc(t), "From: " + fromh, "To: " + toh, "Message-ID: <%d.%d.%d@connect.xfinity.com>" % (R.randint(100000000, 999999999), R.randint(1000000, 9999999), int(t.timestamp() * 1000))]
        if refs:
            hdrs += ["In-Reply-To: " + ref_id, "References: " + refs]
        hdrs += ["Subject: " + subj_h, "MIME-Version: 1.0", "Content-Type: multipart/alternative; ", '\tboundary="%s"' % b,
                 "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % R.randint(40, 70),
                 "X-Originating-Client: open-xchange-appsuite"]
        ht = '<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  <p>%s</p>\n </body>\n</html>' % "<br>".join(html_escape(l) for l in plain.split("\n"))
        body = multipart(b, [part("text/plain", full_plain, "UTF-8", cte="7bit" if not needs_qp(full_plain) else "quoted-printable"),
                             part("text/html", ht, "UTF-8", cte="7bit" if not needs_qp(ht) else "quoted-printable")])
    elif c in ("samsung", "outlook_mobile"):
        b = "--_%s-%s" % ("com.samsung.android.email" if c == "samsung" else "Outlook", alnum(10)) if c == "samsung" else "_000_%s_" % HX(28)
        if c == "samsung":
            mid = "<%s@email.android.com>" % alnum(20).lower()
        else:
            mid = "<%s@%s.namprd%02d.prod.outlook.com>" % ("BY5PR" + HX(20), "BY5PR" + HX(8), R.randint(1, 22))
        hdrs += ["Date: " + rfc(t), "Message-ID: " + mid]
        if refs:
            hdrs += ["In-Reply-To: " + ref_id, "References: " + refs]
        hdrs += ["Subject: " + subj_h, "From: " + fromh, "To: " + toh]
        if m.get("reply_to"):
            hdrs += ["Reply-To: " + m["reply_to"]]
        hdrs += ["MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % b]
        if c == "outlook_mobile":
            hdrs += ["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
        ht = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">%s%s</body></html>' % (
            text_html(plain), ("<br><br>" + "<br>".join(html_escape(l) for l in qp_text.strip("\n").split("\n"))) if qp_text else "")
        body = multipart(b, [part("text/plain", full_plain, "UTF-8", cte="quoted-printable" if needs_qp(full_plain) else "7bit"),
                             part("text/html", ht, "UTF-8", cte="quoted-printable" if needs_qp(ht) else "7bit")])
    else:
        raise ValueError(c)
    if m.get("extra_headers"):
        hdrs += m["extra_headers"]
    return assemble(env + ph, hdrs, body)


def assemble(top, hdrs, body):
    head = "\n".join(top + hdrs) + "\n\n"
    data = head.encode("ascii") + (body.encode("utf-8") if isinstance(body, str) else body)
    return to_crlf(data)
