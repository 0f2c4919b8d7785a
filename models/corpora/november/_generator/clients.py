"""Mail programs: how each one lays out headers, MIME and quoted text of a message a person writes."""
from mailkit import (CST, UTC, addr, b64body, esc, flowed, fold, hard_wrap, multipart, needs_qp, part, part_noncte,
                     quote_gt, rfc2047_b, rfc2047_q, rfcdate, sec)
from infra import (BOX, Prov, assemble, envelope, gmail_divs, ms_tail, ms_tail2, prov_gmail, prov_icloud, prov_isp,
                   prov_ms, prov_yahoo, q_apple_attr, q_gmail_attr, q_outlook_block, q_tb_attr, q_yahoo_attr,
                   text_html_simple)


def cte_for(text, cs="UTF-8", force_qp=False):
    if force_qp or needs_qp(text):
        return "quoted-printable"
    return "7bit"


def subj_hdr(s, style="b", cs="UTF-8"):
    if all(ord(c) < 128 for c in s):
        return fold("Subject: " + s)
    return "Subject: " + (rfc2047_b(s, cs) if style == "b" else rfc2047_q(s, cs))


def thread_hdrs(quote, refs_extra=None):
    if not quote:
        return [], []
    refs = (refs_extra or []) + [quote.msgid]
    return ["In-Reply-To: %s" % quote.msgid], ["References: %s" % "\n ".join(refs)]


class Spec(dict):
    __getattr__ = dict.get


def write(k, s):
    """s: Spec with client, name, addr, mailbox, at, subject, text, quote, ... -> raw bytes, message-id"""
    fn = CLIENTS[s.client]
    return fn(k, s)


def _to(s):
    if s.to_hdr:
        return s.to_hdr
    return BOX[s.mailbox]


def _from(s, enc="b"):
    return addr(s.name, s.addr, enc=enc)


def _subject(s):
    if s.subject is None:
        return "Re: " + s.quote.subject if s.quote else ""
    return s.subject


def _local(s):
    return sec(s.at, -(s.lag or 3)).astimezone(s.tz or CST)


# ------------------------------------------------------------------ Gmail
def c_gmail(k, s):
    d = _local(s)
    text = s.text
    subject = _subject(s)
    mid = "<CA%s%s%s%s@mail.gmail.com>" % (k.r.choice(["+", "K", "L", "H", "J", "E", "F"]), k.alnum(k.r.choice([38, 40, 42])),
                                            k.r.choice(["=", "_", "-", "="]), k.alnum(8))
    plain = text
    html = '<div dir="ltr">%s</div>' % gmail_divs(text) if "\n" in text else '<div dir="ltr">%s</div>' % esc(text)
    if s.quote:
        q = s.quote
        attr = q_gmail_attr(q)
        plain = text + "\n\n" + attr + "\n\n" + quote_gt(q.text) + "\n"
        html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                 % (esc(attr).replace("&lt;%s&gt;" % q.from_addr, '&lt;<a href="mailto:%s">%s</a>&gt;' % (q.from_addr, q.from_addr)),
                    text_html_simple(q.text)))
    if s.fwd:
        q = s.fwd
        fh = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n"
              % (q.from_name, q.from_addr, q.date.strftime("%a, %b ") + "%d, %d at %s" % (q.date.day, q.date.year, _h12(q.date)),
                 q.subject, q.to_addr))
        plain = text + "\n\n" + fh + q.text + "\n"
        html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s</div><br><br>%s</div>'
                 % (text_html_simple(fh.strip()), text_html_simple(q.text)))
    html += "\n"
    b = k.boundary_gmail()
    parts = [part('text/plain; charset="UTF-8"', plain, cte_for(plain)),
             part('text/html; charset="UTF-8"', html, cte_for(html))]
    body = multipart(b, parts)
    hdrs = ["MIME-Version: 1.0"]
    irt, refs = thread_hdrs(s.quote)
    hdrs += refs + irt
    hdrs += ["From: %s" % _from(s), "Date: %s" % rfcdate(d, twodigit=False), "Message-ID: %s" % mid,
             subj_hdr(subject), "To: %s" % _to(s)]
    if s.reply_to:
        hdrs.insert(-1, "Reply-To: %s" % s.reply_to)
    hdrs += s.extra or []
    hdrs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
    prov = prov_gmail(k, s.addr, BOX[s.mailbox], s.at,
                      "to:subject:message-id:date:from:in-reply-to:references:mime-version" if s.quote else
                      "to:subject:message-id:date:from:mime-version")
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


def _h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d\u202f%s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


# ------------------------------------------------------------------ iPhone / Apple Mail
def c_iphone(k, s):
    d = _local(s)
    subject = _subject(s)
    dom = s.addr.split("@")[1]
    mid = "<%s@%s>" % (k.uuid(upper=True), dom if dom in ("icloud.com", "me.com", "mac.com") else "icloud.com")
    text = s.text
    sig = s.sig if s.sig is not None else "Sent from my iPhone"
    plain = text + ("\n\n" + sig if sig else "")
    if s.quote:
        q = s.quote
        plain += "\n\n" + quote_gt(q_apple_attr(q) + "\n\n" + q.text) + "\n"
    cs = "utf-8" if any(ord(c) > 127 for c in plain) else "us-ascii"
    cte = cte_for(plain)
    hdrs = ["Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: %s" % cte,
            "From: %s" % _from(s), "Mime-Version: 1.0 (1.0)", subj_hdr(subject, "q", "utf-8"),
            "Date: %s" % rfcdate(d, twodigit=False), "Message-Id: %s" % mid]
    irt, refs = thread_hdrs(s.quote)
    hdrs += refs + irt
    hdrs += ["To: %s" % _to(s)]
    if s.reply_to:
        hdrs.append("Reply-To: %s" % s.reply_to)
    hdrs += ["X-Mailer: iPhone Mail (%s)" % (s.xm or "22B91")]
    hdrs += s.extra or []
    from mailkit import qp
    body = qp(plain, cs) if cte == "quoted-printable" else plain + "\n"
    if dom in ("icloud.com", "me.com", "mac.com"):
        prov = prov_icloud(k, s.addr, BOX[s.mailbox], s.at)
    elif dom in ("gmail.com",):
        prov = prov_gmail(k, s.addr, BOX[s.mailbox], s.at)
    elif dom in ("yahoo.com", "aol.com", "att.net"):
        prov = prov_yahoo(k, s.addr, BOX[s.mailbox], s.at, dom)
    else:
        prov = prov_isp(k, s.addr, BOX[s.mailbox], s.at, s.smtp or ("smtp." + dom), dom)
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


def c_applemail(k, s):
    d = _local(s)
    subject = _subject(s)
    dom = s.addr.split("@")[1]
    mid = "<%s@%s>" % (k.uuid(upper=True), dom)
    text = s.text
    plain = text
    html_q = ""
    if s.quote:
        q = s.quote
        plain += "\n\n" + quote_gt(q_apple_attr(q) + "\n\n" + q.text) + "\n"
        html_q = ('<br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote>'
                  % (esc(q_apple_attr(q)), text_html_simple(q.text)))
    b = "Apple-Mail=_%s" % k.uuid(upper=True)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s</body></html>\n'
            % (gmail_divs(text), html_q))
    parts = [part("text/plain;\n\tcharset=%s" % ("utf-8" if any(ord(c) > 127 for c in plain) else "us-ascii"),
                  plain, cte_for(plain)),
             part("text/html;\n\tcharset=utf-8", html, cte_for(html))]
    # Apple puts CTE first
    parts = [_apple_order(p) for p in parts]
    body = multipart(b, parts)
    hdrs = ["From: %s" % _from(s, "q"), 'Content-Type: multipart/alternative;\n\tboundary="%s"' % b,
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))", subj_hdr(subject, "q", "utf-8"),
            "Date: %s" % rfcdate(d, twodigit=False)]
    irt, refs = thread_hdrs(s.quote)
    hdrs += refs + irt
    hdrs += ["To: %s" % _to(s), "Message-Id: %s" % mid, "X-Mailer: Apple Mail (2.3826.300.87.4.3)"]
    hdrs += s.extra or []
    if dom in ("icloud.com", "me.com", "mac.com"):
        prov = prov_icloud(k, s.addr, BOX[s.mailbox], s.at)
    elif dom == "gmail.com":
        prov = prov_gmail(k, s.addr, BOX[s.mailbox], s.at)
    else:
        prov = prov_isp(k, s.addr, BOX[s.mailbox], s.at, s.smtp or ("smtp." + dom), dom)
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


def _apple_order(p):
    head, _, body = p.partition("\n\n")
    lines = head.split("\n")
    cte = [l for l in lines if l.startswith("Content-Transfer-Encoding")]
    rest = [l for l in lines if not l.startswith("Content-Transfer-Encoding")]
    return "\n".join(cte + rest) + "\n\n" + body


# ------------------------------------------------------------------ Outlook (web, mobile, desktop via M365)
MSO_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n'
            '\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n</head>\n')


def c_outlook(k, s):
    """s.flavor: 'web' (outlook.com), 'ios', 'android' (Outlook mobile), 'desktop' (Outlook for Windows, M365)."""
    flavor = s.flavor or "web"
    dom = s.addr.split("@")[1]
    consumer = dom in ("outlook.com", "hotmail.com", "live.com", "msn.com")
    prov = prov_ms(k, s.addr, BOX[s.mailbox], s.at, dom, consumer)
    srv = prov.srv
    d = sec(s.at, -(s.lag or 5)).astimezone(UTC)
    subject = _subject(s)
    mid = "<%s%s@%s>" % (srv.split(".")[0], k.hexs(28, True), srv)
    cs = s.cs or ("utf-8" if flavor != "desktop" else "us-ascii")
    text = s.text
    sig = s.sig
    if sig is None:
        sig = {"ios": "Get Outlook for iOS<https://aka.ms/o0ukef>",
               "android": "Get Outlook for Android<https://aka.ms/AAb9ysg>"}.get(flavor, "")
    plain = text + ("\n\n" + sig if sig else "")
    if s.quote:
        plain += "\n\n" + q_outlook_block(s.quote, CST, s.quote_to)
    if s.fwd:
        plain += "\n\n" + q_outlook_block(s.fwd, CST, s.quote_to)
    if any(ord(c) > 127 for c in plain) and cs == "us-ascii":
        cs = "utf-8"
    # HTML
    if flavor == "desktop":
        hb = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;") for l in text.split("\n"))
        if s.quote or s.fwd:
            q = s.quote or s.fwd
            hb += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                   '<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b>'
                   '<span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> %s &lt;%s&gt; <br>\n<b>Sent:</b> %s<br>\n'
                   '<b>To:</b> %s<br>\n<b>Subject:</b> %s<o:p></o:p></span></p>\n</div>\n<p class="MsoNormal">%s<o:p></o:p></p>\n'
                   % (esc(q.from_name), q.from_addr, q_outlook_block(q).split("\n")[2][6:], esc(q.to_addr), esc(q.subject),
                      text_html_simple(q.text)))
        html = MSO_HEAD % cs + '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n' + hb + "</div>\n</body>\n</html>\n"
    else:
        hb = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n'
                     % (esc(l) if l else "<br>") for l in text.split("\n"))
        if sig:
            hb += '<div id="ms-outlook-mobile-signature">\n<div></div>\n%s</div>\n' % esc(sig)
        if s.quote or s.fwd:
            q = s.quote or s.fwd
            hb += ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                   '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> %s &lt;%s&gt;<br>\n'
                   '<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n<div>%s</div>\n'
                   % (esc(q.from_name), q.from_addr, q_outlook_block(q).split("\n")[2][6:], esc(q.to_addr), esc(q.subject),
                      text_html_simple(q.text)))
        html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n%s</body>\n</html>\n' % (cs, hb))
    b = "_000_%s%s_" % (mid[1:].split("@")[0], srv.split(".")[0][:4].upper())
    parts = [part('text/plain; charset="%s"' % cs, plain, "quoted-printable", cs),
             part('text/html; charset="%s"' % cs, html, "quoted-printable", cs)]
    body = multipart(b, parts)
    hdrs = ["From: %s" % addr(s.name, s.addr, enc="q", cs=cs if cs != "us-ascii" else "utf-8"),
            "To: %s" % (s.to_hdr or '"%s" <%s>' % (BOX[s.mailbox], BOX[s.mailbox]))]
    if s.reply_to:
        hdrs.append("Reply-To: %s" % s.reply_to)
    sh = subj_hdr(subject, "q", cs if cs != "us-ascii" else "utf-8")
    hdrs += [sh, "Thread-Topic: " + sh[9:], "Thread-Index: %s" % k.b64(22)[:30],
             "Date: %s" % rfcdate(d, twodigit=False), "Message-ID: %s" % mid]
    irt, refs = thread_hdrs(s.quote)
    hdrs += refs + irt
    hdrs += ms_tail(k, srv, s.at, consumer, s.lang or "en-US")
    hdrs += s.extra or []
    hdrs += ['Content-Type: multipart/alternative;\n\tboundary="%s"' % b, "MIME-Version: 1.0"]
    hdrs += ms_tail2(k, s.at, srv)
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


# ------------------------------------------------------------------ Yahoo / AOL
def c_yahoo(k, s):
    dom = s.addr.split("@")[1]
    prov = prov_yahoo(k, s.addr, BOX[s.mailbox], s.at, dom)
    d = sec(s.at, -(s.lag or 4)).astimezone(UTC)
    subject = _subject(s)
    n1, n2, ts = k.r.randint(10 ** 8, 2 * 10 ** 9), k.r.randint(10 ** 5, 9 * 10 ** 6), int(d.timestamp() * 1000) + k.r.randint(0, 999)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (n1, n2, ts)
    text = s.text
    sig = s.sig
    if sig is None and s.flavor == "android":
        sig = "Sent from Yahoo Mail on Android"
    if sig is None and s.flavor == "ios":
        sig = "Sent from Yahoo Mail for iPhone"
    plain = text + ("\n\n" + sig if sig else "")
    html_body = '<div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div>' % gmail_divs(text)
    if s.flavor in ("android", "ios"):
        html_body = '<div id="yMail_cursorElementTracker_%d">%s</div>' % (ts, text_html_simple(text))
        if sig:
            html_body += '<div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">%s</a></div>' % esc(sig)
    if s.quote:
        q = s.quote
        attr = q_yahoo_attr(q)
        plain += "\n\n\n    %s  \n\n%s\n" % (attr, q.text)
        html_body += ('<div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                      '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>' % (k.r.randint(10 ** 9, 9 * 10 ** 9), esc(attr), text_html_simple(q.text)))
    html = "<html><head></head><body>%s</body></html>" % html_body
    b = "----=_Part_%d_%d.%d" % (k.r.randint(10 ** 6, 9 * 10 ** 6), k.r.randint(10 ** 8, 9 * 10 ** 8), ts)
    parts = [part("text/plain; charset=UTF-8", plain, cte_for(plain)),
             part("text/html; charset=UTF-8", html, cte_for(html))]
    body = multipart(b, parts)
    hdrs = ["Date: %s" % rfcdate(d, twodigit=False) + " (UTC)", "From: %s" % _from(s),
            "To: %s" % (s.to_hdr or '"%s" <%s>' % (BOX[s.mailbox], BOX[s.mailbox]))]
    if s.reply_to:
        hdrs.append("Reply-To: %s" % s.reply_to)
    hdrs += ["Message-ID: %s" % mid]
    irt, refs = thread_hdrs(s.quote)
    hdrs += irt
    hdrs += [subj_hdr(subject), "MIME-Version: 1.0", 'Content-Type: multipart/alternative; \n\tboundary="%s"' % b]
    ref = "<%d.%d.%d.ref@mail.yahoo.com>" % (n1, n2, ts)
    hdrs += ["References: %s" % ("\n ".join(([s.quote.msgid] if s.quote else []) + [ref]))]
    xm = {"android": "WebService/1.1.%d YMailAndroid" % k.r.randint(22000, 23999),
          "ios": "WebService/1.1.%d YMailNodin" % k.r.randint(22000, 23999)}.get(s.flavor)
    if dom == "aol.com":
        xm = "WebService/1.1.%d AolMailNorrin" % k.r.randint(22000, 23999)
    hdrs += ["X-Mailer: %s" % (xm or "WebService/1.1.%d YMailNorrin" % k.r.randint(22000, 23999))]
    hdrs += s.extra or []
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


# ------------------------------------------------------------------ Thunderbird
def c_thunderbird(k, s):
    dom = s.addr.split("@")[1]
    prov = prov_isp(k, s.addr, BOX[s.mailbox], s.at, s.smtp or ("smtp." + dom), dom, sel=s.sel or "default")
    d = _local(s)
    subject = _subject(s)
    mid = "<%s@%s>" % (k.uuid(), dom)
    text = s.text
    if s.quote:
        q = s.quote
        # Thunderbird default: reply below the quote
        text = q_tb_attr(q) + "\n" + quote_gt(q.text, "> ") + "\n\n" + text
    plain = flowed(text) + "\n"
    cs = "UTF-8"
    cte = "8bit" if any(ord(c) > 127 for c in plain) else "7bit"
    hdrs = ["Message-ID: %s" % mid, "Date: %s" % rfcdate(d), "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]
    hdrs += ["To: %s" % _to(s), "From: %s" % _from(s)]
    if s.reply_to:
        hdrs.append("Reply-To: %s" % s.reply_to)
    irt, refs = thread_hdrs(s.quote)
    hdrs += refs + irt
    hdrs += [subj_hdr(subject)]
    hdrs += s.extra or []
    hdrs += ["Content-Type: text/plain; charset=%s; format=flowed" % cs, "Content-Transfer-Encoding: %s" % cte]
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, plain), mid


# ------------------------------------------------------------------ Roundcube / Zimbra webmail at small ISPs
def c_roundcube(k, s):
    dom = s.addr.split("@")[1]
    prov = prov_isp(k, s.addr, BOX[s.mailbox], s.at, s.smtp or ("mail." + dom), dom,
                    client_ip="127.0.0.1", client_rdns="localhost")
    d = _local(s)
    subject = _subject(s)
    mid = "<%s@%s>" % (k.hexs(32), dom)
    text = s.text
    if s.quote:
        q = s.quote
        dd = q.date.astimezone(CST)
        text = text + "\n\nOn %04d-%02d-%02d %02d:%02d, %s wrote:\n" % (dd.year, dd.month, dd.day, dd.hour, dd.minute,
                                                                    q.from_name) + quote_gt(q.text)
    plain = flowed(text) + "\n"
    cs = "UTF-8" if any(ord(c) > 127 for c in plain) else "US-ASCII"
    cte = "quoted-printable" if cs == "UTF-8" else "7bit"
    hdrs = ["MIME-Version: 1.0", "Date: %s" % rfcdate(d), "From: %s" % _from(s), "To: %s" % _to(s),
            subj_hdr(subject)]
    if s.reply_to:
        hdrs.append("Reply-To: %s" % s.reply_to)
    irt, refs = thread_hdrs(s.quote)
    hdrs += irt + refs
    hdrs += ["User-Agent: Roundcube Webmail/1.6.%d" % k.r.randint(6, 11), "Message-ID: %s" % mid,
             "X-Sender: %s" % s.addr]
    hdrs += s.extra or []
    hdrs += ["Content-Type: text/plain; charset=%s;\n format=flowed" % cs, "Content-Transfer-Encoding: %s" % cte]
    from mailkit import qp
    body = qp(plain, cs) if cte == "quoted-printable" else plain
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


def c_zimbra(k, s):
    dom = s.addr.split("@")[1]
    prov = prov_isp(k, s.addr, BOX[s.mailbox], s.at, s.smtp or ("smtp." + dom), dom)
    d = _local(s)
    subject = _subject(s)
    mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (k.r.randint(10 ** 8, 9 * 10 ** 8), k.r.randint(10 ** 6, 9 * 10 ** 6),
                                             int(d.timestamp() * 1000), dom)
    text = s.text
    plain = text
    if s.quote:
        q = s.quote
        plain += "\n\n----- Original Message -----\nFrom: \"%s\" <%s>\nTo: %s\nSent: %s\nSubject: %s\n\n%s" % (
            q.from_name, q.from_addr, q.to_addr, q.date.strftime("%A, %B ") + "%d, %d %s" % (q.date.day, q.date.year, _h12(q.date).replace("\u202f", " ")),
            q.subject, q.text)
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>' % text_html_simple(plain))
    b = "=_%s" % k.uuid()
    parts = [part("text/plain; charset=utf-8", plain, cte_for(plain, force_qp=True)),
             part("text/html; charset=utf-8", html, "quoted-printable")]
    body = multipart(b, parts)
    hdrs = ["Date: %s" % rfcdate(d), "From: %s" % _from(s), "To: %s" % _to(s), "Message-ID: %s" % mid]
    irt, refs = thread_hdrs(s.quote)
    hdrs += irt + refs
    hdrs += [subj_hdr(subject), "MIME-Version: 1.0", 'Content-Type: multipart/alternative; \n\tboundary="%s"' % b,
             "X-Mailer: Zimbra 10.0.%d_GA_%d (ZimbraWebClient - GC130 (Win)/10.0.%d_GA_%d)" % (8, 4683, 8, 4683),
             "Thread-Topic: %s" % subject, "Thread-Index: %s" % k.alnum(28)]
    hdrs += s.extra or []
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


# ------------------------------------------------------------------ Samsung Email (Android)
def c_samsung(k, s):
    dom = s.addr.split("@")[1]
    if dom == "gmail.com":
        prov = prov_gmail(k, s.addr, BOX[s.mailbox], s.at)
    elif dom in ("yahoo.com", "aol.com", "att.net"):
        prov = prov_yahoo(k, s.addr, BOX[s.mailbox], s.at, dom)
    else:
        prov = prov_isp(k, s.addr, BOX[s.mailbox], s.at, s.smtp or ("smtp." + dom), dom)
    d = _local(s)
    subject = _subject(s)
    mid = "<%s@email.android.com>" % k.alnum(40)
    sig = s.sig if s.sig is not None else "Sent from my Galaxy"
    text = s.text + ("\n\n\n" + sig if sig else "")
    plain = text
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">%s' % text_html_simple(text)
    if s.quote:
        q = s.quote
        dd = q.date.astimezone(CST)
        att = "-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %d:%02d %s (GMT-06:00) \nTo: %s \nSubject: %s \n" % (
            q.from_name, q.from_addr, dd.month, dd.day, dd.year % 100, dd.hour % 12 or 12, dd.minute,
            "AM" if dd.hour < 12 else "PM", q.to_addr, q.subject)
        plain += "\n\n" + att + "\n" + q.text + "\n"
        html += '<div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><!-- originalMessage --><div>%s</div></div>%s' % (
            text_html_simple(att), text_html_simple(q.text))
    html += "</body></html>\n"
    b = "--_com.samsung.android.email_%d%d" % (k.r.randint(10 ** 7, 9 * 10 ** 7), k.r.randint(10 ** 6, 9 * 10 ** 6))
    parts = [part("text/plain; charset=utf-8", plain, "base64"),
             part("text/html; charset=utf-8", html, "base64")]
    body = multipart(b, parts)
    hdrs = ["Message-ID: %s" % mid, "Date: %s" % rfcdate(d), subj_hdr(subject)]
    irt, refs = thread_hdrs(s.quote)
    hdrs += irt + refs
    hdrs += ["Importance: normal", "From: %s" % _from(s), "To: %s" % _to(s), "MIME-Version: 1.0",
             'Content-Type: multipart/alternative; boundary="%s"' % b]
    hdrs += s.extra or []
    env = envelope(k, s.mailbox, s.at, prov)
    return assemble(env, prov.lines, hdrs, body), mid


CLIENTS = {"gmail": c_gmail, "iphone": c_iphone, "applemail": c_applemail, "outlook": c_outlook, "yahoo": c_yahoo,
           "thunderbird": c_thunderbird, "roundcube": c_roundcube, "zimbra": c_zimbra, "samsung": c_samsung}
