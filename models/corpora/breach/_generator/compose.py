"""Person-written mail as real clients lay it out: header order, MIME shape, quoting style."""
import mailgen as g
import providers as p
import ours

PROGRAM = {
    "gmail": "Gmail web", "gmail_android": "Gmail for Android", "gmail_ios": "Gmail for iOS",
    "yahoo": "Yahoo Mail web", "yahoo_ios": "Yahoo Mail for iOS", "aol": "AOL Mail web",
    "outlookcom": "Outlook.com", "outlook_desktop": "Outlook for Windows (Microsoft 365)",
    "iphone": "iPhone Mail", "applemail": "Apple Mail (macOS)", "thunderbird": "Thunderbird",
    "ox": "Xfinity Connect (Open-Xchange)", "proton": "Proton Mail", "gworkspace": "Gmail (Google Workspace)",
}


def flowed(text, width=72):
    """RFC 3676 format=flowed as Thunderbird writes it: soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------------ quote renderers
def quote_plain(client, q, frm):
    """Return the quoted/forwarded section as the client writes it in text/plain."""
    text = q["text"]
    who = q.get("who", ours.NOTICE_FROM)
    when = q.get("when", ours.NOTICE_SENT)
    subject = q.get("subject", ours.NOTICE_SUBJECT)
    es = q.get("es", False)
    if q["kind"] == "reply":
        if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
            attr = ours.attribution("gmail_es" if es else "gmail", who, when)
            # Gmail hard-wraps a long attribution before the address
            if len(attr) > 78 and "<" in attr:
                i = attr.index("<")
                attr = attr[:i + 1] + "\n" + attr[i + 1:]
            return attr + "\n\n" + ours.quote_gt(text) + "\n"
        if client in ("iphone", "applemail"):
            attr = ours.attribution("apple_es" if es else "apple", who, when)
            return "> " + attr + "\n> \n" + ours.quote_gt(text) + "\n"
        if client in ("yahoo", "yahoo_ios", "aol"):
            attr = ours.attribution("yahoo", who, when)
            body = "\n".join(" " + l if l else " " for l in text.split("\n"))
            return "    " + attr + "  \n \n" + body + "  \n"
        if client in ("outlookcom", "outlook_desktop"):
            return ours.outlook_block(q.get("to_name", frm[0]), q.get("to_addr", frm[1]), subject, who, when, es) + "\n\n" + text + "\n"
        if client == "thunderbird":
            return ours.attribution("thunderbird", who, when) + "\n" + ours.quote_gt(text) + "\n"
        if client == "ox":
            return "> " + ours.attribution("ox", who, when) + "\n> \n> \n" + ours.quote_gt(text) + "\n"
        if client == "proton":
            d = g.local(when, g.us_offset(when, -6))
            attr = "On %s, %s %dth, %d at %d:%02d %s, %s <%s> wrote:" % (
                g.LONGDAYS[d.weekday()], g.LONGMONTHS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute,
                "AM" if d.hour < 12 else "PM", who[0], who[1])
            return attr + "\n\n" + ours.quote_gt(text) + "\n"
    else:  # forward
        if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
            return ours.gmail_fwd_block(q.get("to_addr", frm[1]), subject, who, when, es) + "\n\n\n" + text + "\n"
        if client in ("iphone", "applemail"):
            d = g.local(when, g.us_offset(when, -6))
            hdr = ("Begin forwarded message:\n\n> From: %s <%s>\n> Date: %s %d, %d at %d:%02d:%02d %s %s\n> To: %s\n> Subject: %s\n> \n" % (
                who[0], who[1], g.LONGMONTHS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, d.second,
                "AM" if d.hour < 12 else "PM", "CDT" if g.us_offset(when, -6) == -5 else "CST",
                q.get("to_addr", frm[1]), subject))
            return hdr + ours.quote_gt(text) + "\n"
        if client in ("outlookcom", "outlook_desktop"):
            return ours.outlook_block(q.get("to_name", frm[0]), q.get("to_addr", frm[1]), subject, who, when, es) + "\n\n" + text + "\n"
        if client in ("yahoo", "yahoo_ios", "aol"):
            d = g.local(when, g.us_offset(when, -6))
            hdr = ("----- Forwarded Message -----\nFrom: %s <%s>\nTo: %s <%s>\nSent: %s, %s %d, %d at %02d:%02d:%02d %s %s\nSubject: %s\n" % (
                who[0], who[1], q.get("to_name", frm[0]), q.get("to_addr", frm[1]), g.LONGDAYS[d.weekday()],
                g.LONGMONTHS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, d.second,
                "AM" if d.hour < 12 else "PM", "CDT" if g.us_offset(when, -6) == -5 else "CST", subject))
            return hdr + "\n" + text + "\n"
        if client in ("thunderbird", "ox", "proton"):
            d = g.local(when, g.us_offset(when, -6))
            hdr = ("-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n" % (
                subject, g.rfc_date(when, g.us_offset(when, -6)), who[0], who[1], q.get("to_addr", frm[1])))
            return hdr + "\n\n\n" + text + "\n"
    raise ValueError(client)


def quote_html(client, q, frm):
    text = q["text"]
    plain = quote_plain(client, q, frm)
    if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
        if q["kind"] == "reply":
            attr = plain.split("\n\n", 1)[0].replace("\n", "")
            return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    '%s</blockquote></div>' % (g.esc(attr), g.paragraphs_html(text, "p")))
        hdr = plain.split("\n\n\n", 1)[0]
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>' % (
            "<br>".join(g.esc(l) for l in hdr.split("\n")), g.paragraphs_html(text, "p")))
    if client in ("iphone", "applemail"):
        lines = plain.split("\n")
        if q["kind"] == "reply":
            attr = lines[0][2:]
            return ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                    '<div dir="ltr">%s</div></blockquote>' % (g.esc(attr), g.paragraphs_html(text, "p")))
        hdr = [l[2:] for l in lines[2:7]]
        return ('<div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br></blockquote></div>'
                '<blockquote type="cite"><div dir="ltr">%s<br><br>%s</div></blockquote>' % (
                    "<br>".join(g.esc(h) for h in hdr), g.paragraphs_html(text, "p")))
    if client in ("outlookcom", "outlook_desktop"):
        blk = ours.outlook_block(q.get("to_name", frm[0]), q.get("to_addr", frm[1]),
                                 q.get("subject", ours.NOTICE_SUBJECT), q.get("who", ours.NOTICE_FROM),
                                 q.get("when", ours.NOTICE_SENT), q.get("es", False)).split("\n")[1:]
        parts = []
        for l in blk:
            k, v = l.split(": ", 1)
            parts.append("<b>%s:</b> %s" % (k, g.esc(v)))
        return ('<div id="appendonsend"></div>\r\n<hr style="display:inline-block;width:98%%" tabindex="-1">\r\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\r\n'
                '<div>&nbsp;</div>\r\n</div>\r\n<div>%s</div>' % ("<br>\r\n".join(parts), g.paragraphs_html(text, "p")))
    if client in ("yahoo", "yahoo_ios", "aol"):
        attr = plain.strip().split("\n")[0].strip()
        return ('<div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>' % (
                    abs(hash(text)) % 10 ** 10 if False else 4471093852, g.esc(attr), g.paragraphs_html(text, "p")))
    return "<pre>%s</pre>" % g.esc(plain)


# ------------------------------------------------------------------ new-text renderers
def html_new(client, new):
    if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
        return '<div dir="ltr">%s</div>' % "<br>".join(g.esc(l) for l in new.split("\n"))
    if client in ("iphone", "applemail"):
        return '<div dir="ltr">%s</div>' % "<br>".join(g.esc(l) for l in new.split("\n"))
    if client in ("outlookcom", "outlook_desktop"):
        return "\r\n".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\r\n%s</div>' % (
            g.esc(l) if l.strip() else "<br>") for l in new.split("\n"))
    if client in ("yahoo", "yahoo_ios", "aol"):
        return ('<div class="ydp5e2a1c4fyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                '%s</div>' % "".join('<div dir="ltr" data-setdir="false">%s</div>' % (g.esc(l) if l.strip() else "<br>")
                                     for l in new.split("\n")))
    return "<div>%s</div>" % "<br>".join(g.esc(l) for l in new.split("\n"))


def wrap_html_doc(client, inner, charset="utf-8"):
    if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
        return inner
    if client in ("iphone", "applemail"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body dir="auto">%s</body></html>' % (charset, inner))
    if client in ("outlookcom", "outlook_desktop"):
        return ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n'
                '</head>\r\n<body dir="ltr">\r\n%s\r\n</body>\r\n</html>' % (charset, inner))
    if client in ("yahoo", "yahoo_ios", "aol"):
        return "<html><head></head><body>%s</body></html>" % inner
    return "<html><body>%s</body></html>" % inner


# ------------------------------------------------------------------ composer
def person(rng, *, at, client, frm, mailbox, subject, new, quote=None, tz=-6, reply_to=None, to=None, cc=None,
           irt=None, refs=None, charset=None, fmt=None, html=None, attachments=(), extra=(), msgid=None,
           domain=None, isp=None, subj_mode="B", name_charset="utf-8", cte=None, no_quote_html=False):
    """Build one person-written message. Returns (bytes, msgid)."""
    t = g.central(at)
    if at.count(":") == 1 or at.endswith(":00"):
        t = g.plus(t, rng.randint(1, 59))
    name, address = frm
    to_line = to or g.MAILBOX_ADDR[mailbox]
    dom = address.split("@")[1]
    # ---- provider trace
    if client in ("gmail", "gmail_android", "gmail_ios"):
        s = p.gmail(rng, mailbox, t, address)
    elif client == "gworkspace":
        s = p.gmail(rng, mailbox, t, address, domain=dom)
    elif client in ("yahoo", "yahoo_ios"):
        s = p.yahoo(rng, mailbox, t, address)
        if client == "yahoo_ios":
            s.xmailer_headers = []
    elif client == "aol":
        s = p.yahoo(rng, mailbox, t, address, aol=True)
    elif client == "outlookcom":
        s = p.outlookcom(rng, mailbox, t, address, domain=dom)
    elif client == "outlook_desktop":
        s = p.m365(rng, mailbox, t, address, domain=dom)
    elif client in ("iphone", "applemail"):
        s = p.icloud(rng, mailbox, t, address, domain=dom if dom in ("icloud.com", "me.com", "mac.com") else "icloud.com",
                     iphone=(client == "iphone"))
    elif client == "ox":
        s = p.comcast(rng, mailbox, t, address)
    elif client == "proton":
        s = p.proton(rng, mailbox, t, address, domain=dom)
    elif client == "thunderbird":
        helo, ip, sel = isp
        s = p.postfix_isp(rng, mailbox, t, address, dom, helo, ip, dkim_sel=sel, sender_tz=tz)
        s.msgid = "<%s-%s-%s-%s-%s@%s>" % (g.rstr(rng, g.HEXD, 8), g.rstr(rng, g.HEXD, 4), g.rstr(rng, g.HEXD, 4),
                                         g.rstr(rng, g.HEXD, 4), g.rstr(rng, g.HEXD, 12), dom)
    else:
        raise ValueError(client)
    mid = msgid or s.msgid
    # ---- body
    plain = new
    if quote:
        sep = "\n\n" if client not in ("iphone",) or quote["kind"] != "reply" else "\n\n"
        plain = new.rstrip("\n") + sep + quote_plain(client, quote, frm)
    if not plain.endswith("\n"):
        plain += "\n"
    if client == "thunderbird":
        plain = flowed(plain)
    if charset is None:
        try:
            plain.encode("ascii")
            charset_eff = {"outlookcom": "us-ascii", "outlook_desktop": "us-ascii", "iphone": "us-ascii",
                           "applemail": "us-ascii"}.get(client, "UTF-8")
        except UnicodeEncodeError:
            charset_eff = {"outlookcom": "iso-8859-1", "outlook_desktop": "iso-8859-1"}.get(client, "UTF-8")
            if charset_eff == "iso-8859-1":
                try:
                    plain.encode("iso-8859-1")
                except UnicodeEncodeError:
                    charset_eff = "utf-8"
    else:
        charset_eff = charset
    fmt = fmt or {"thunderbird": "plain", "proton": "alt"}.get(client, "alt")
    if client == "iphone" and not quote and fmt == "alt" and len(new) < 160:
        fmt = "plain"
    need_qp = any(len(l) > 76 for l in plain.split("\n")) or any(ord(c) > 127 for c in plain)

    def ct_charset(cs):
        if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace", "outlookcom", "outlook_desktop"):
            return '"%s"' % cs
        return cs

    def text_leaf(ctype, txt, flowed=False):
        if cte:
            enc = cte
        elif client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
            enc = "quoted-printable" if (ctype == "text/html" and len(txt) > 76) or need_qp or any(ord(c) > 127 for c in txt) else "7bit"
        elif client == "thunderbird":
            enc = "8bit" if any(ord(c) > 127 for c in txt) else "7bit"
        elif client in ("yahoo", "yahoo_ios", "aol", "ox", "outlookcom", "outlook_desktop", "applemail", "iphone", "proton"):
            enc = "quoted-printable" if (need_qp or ctype == "text/html" or any(ord(c) > 127 for c in txt)) else "7bit"
        else:
            enc = "quoted-printable"
        if client in ("iphone", "applemail") and ctype == "text/plain" and enc == "7bit":
            pass
        extra_ct = "; format=flowed" if flowed else ""
        lf = g.leaf(ctype, txt, charset_eff if ctype == "text/plain" or client not in ("outlookcom", "outlook_desktop") else charset_eff,
                    cte=enc, extra_ct=extra_ct)
        lf.headers[0] = "Content-Type: %s; charset=%s%s" % (ctype, ct_charset(charset_eff), extra_ct)
        if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace") and enc == "7bit":
            lf.headers = lf.headers[:1]
        return lf

    if fmt == "plain":
        body = text_leaf("text/plain", plain, flowed=(client == "thunderbird"))
    else:
        if html is None:
            inner = html_new(client, new.rstrip("\n"))
            if quote and not no_quote_html:
                inner += quote_html(client, quote, frm)
            html_doc = wrap_html_doc(client, inner, charset_eff)
        else:
            html_doc = html
        hleaf = text_leaf("text/html", html_doc + ("\n" if not html_doc.endswith("\n") else ""))
        if fmt == "html":
            body = hleaf
        else:
            body = g.multipart("alternative", [text_leaf("text/plain", plain), hleaf], s.boundary_fn(rng))
            if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace", "yahoo", "yahoo_ios", "aol", "proton"):
                body.headers = ['Content-Type: multipart/alternative; boundary="%s"' % body.headers[0].split('boundary="')[1].rstrip('"')]
    if attachments:
        parts = [body] + [g.binary_leaf(*a) for a in attachments]
        body = g.multipart("mixed", parts, s.boundary_fn(rng))
    # ---- client headers
    if client in ("outlookcom", "outlook_desktop"):
        hcs, hmode = (charset_eff if charset_eff.lower() not in ("us-ascii",) else "utf-8"), "Q"
    elif client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
        hcs, hmode = "UTF-8", "B"
    elif client in ("yahoo", "yahoo_ios", "aol", "ox"):
        hcs, hmode = "UTF-8", "Q"
    elif client in ("iphone", "applemail"):
        hcs, hmode = "utf-8", "Q"
    else:
        hcs, hmode = "UTF-8", "B"
    for txt_ in (subject, name):
        try:
            txt_.encode(hcs)
        except UnicodeEncodeError:
            hcs = "utf-8"
    from_h = g.addr(name, address, hcs, hmode)
    subj_h = g.subj(subject, hcs, hmode)
    date_h = g.sender_date(t, tz)
    hs = []
    tail_h = None
    if client in ("gmail", "gmail_android", "gmail_ios", "gworkspace"):
        hs.append("MIME-Version: 1.0")
        if refs:
            hs.append(g.hdr("References", refs))
        if irt:
            hs.append("In-Reply-To: %s" % irt)
        if reply_to:
            hs.append("Reply-To: %s" % g.addr(*reply_to))
        hs += [g.hdr("From", from_h), "Date: %s" % date_h, "Message-ID: %s" % mid, g.hdr("Subject", subj_h),
               g.hdr("To", to_line)]
        if cc:
            hs.append(g.hdr("Cc", cc))
    elif client in ("yahoo", "yahoo_ios", "aol"):
        hs += ["Date: %s" % g.sender_date(t, 0), g.hdr("From", from_h)]
        if reply_to:
            hs.append("Reply-To: %s" % g.addr(*reply_to))
        hs += [g.hdr("To", to_line)]
        if cc:
            hs.append(g.hdr("Cc", cc))
        hs += ["Message-ID: %s" % mid]
        if irt:
            hs.append("In-Reply-To: %s" % irt)
        if refs:
            hs.append(g.hdr("References", refs))
        hs += [g.hdr("Subject", subj_h), "MIME-Version: 1.0"]
        tail_h = s.xmailer_headers
    elif client in ("outlookcom", "outlook_desktop"):
        hs += [g.hdr("From", from_h), g.hdr("To", to_line)]
        if cc:
            hs.append(g.hdr("Cc", cc))
        if reply_to:
            hs.append("Reply-To: %s" % g.addr(*reply_to))
        hs.append(g.hdr("Subject", subj_h))
        for xh in s.xmailer_headers:
            if xh.startswith("Thread-Topic"):
                topic = subject
                for pre in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: "):
                    if topic.startswith(pre):
                        topic = topic[len(pre):]
                hs.append(g.hdr("Thread-Topic", g.subj(topic, hcs, hmode)))
            elif xh.startswith("Thread-Index"):
                hs.append(xh)
        hs += ["Date: %s" % g.sender_date(t, 0), "Message-ID: %s" % mid]
        if refs:
            hs.append(g.hdr("References", refs))
        if irt:
            hs.append("In-Reply-To: %s" % irt)
        hs += [xh for xh in s.xmailer_headers if not xh.startswith("Thread-")]
        if attachments:
            hs = [h if not h.startswith("X-MS-Has-Attach") else "X-MS-Has-Attach: yes" for h in hs]
        tail_h = ["MIME-Version: 1.0"]
    elif client in ("iphone", "applemail"):
        hs.append(g.hdr("From", from_h))
        hs_after = []
        if reply_to:
            hs_after.append("Reply-To: %s" % g.addr(*reply_to))
        hs_after += ["Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
                     g.hdr("Subject", subj_h), "Date: %s" % date_h, "Message-Id: %s" % mid]
        if refs:
            hs_after.append(g.hdr("References", refs))
        if irt:
            hs_after.append("In-Reply-To: %s" % irt)
        if cc:
            hs_after.append(g.hdr("Cc", cc))
        hs_after.append(g.hdr("To", to_line))
        hs_after += s.xmailer_headers
        body.headers = body.headers + (["Content-Transfer-Encoding: 7bit"] if body.headers[0].startswith("Content-Type: multipart") else [])
        return _finish(s, hs, body, rng, hs_after=hs_after), mid
    elif client == "ox":
        hs += ["Date: %s" % g.sender_date(t, tz), g.hdr("From", from_h)]
        if reply_to:
            hs.append("Reply-To: %s" % g.addr(*reply_to))
        hs += [g.hdr("To", to_line), "Message-ID: %s" % mid]
        if irt:
            hs.append("In-Reply-To: %s" % irt)
        if refs:
            hs.append(g.hdr("References", refs))
        hs += [g.hdr("Subject", subj_h), "MIME-Version: 1.0"]
        tail = s.xmailer_headers
        return _finish(s, hs, body, rng, tail=tail), mid
    elif client == "proton":
        hs += ["Date: %s" % g.sender_date(t, 0), g.hdr("To", to_line), g.hdr("From", from_h)]
        if reply_to:
            hs.append("Reply-To: %s" % g.addr(*reply_to))
        hs += [g.hdr("Subject", subj_h), "Message-ID: %s" % mid]
        if irt:
            hs.append("In-Reply-To: %s" % irt)
        if refs:
            hs.append(g.hdr("References", refs))
        hs += s.xmailer_headers + ["MIME-Version: 1.0"]
    elif client == "thunderbird":
        hs += ["Message-ID: %s" % mid, "Date: %s" % date_h, "MIME-Version: 1.0",
               "User-Agent: Mozilla Thunderbird", g.hdr("Subject", subj_h), g.hdr("To", to_line)]
        if cc:
            hs.append(g.hdr("Cc", cc))
        if refs:
            hs.append(g.hdr("References", refs))
        hs.append("Content-Language: en-US")
        hs.append(g.hdr("From", from_h))
        if reply_to:
            hs.append("Reply-To: %s" % g.addr(*reply_to))
        if irt:
            hs.append("In-Reply-To: %s" % irt)
    hs += list(extra)
    return _finish(s, hs, body, rng, tail=tail_h), mid


def _finish(s, client_headers, body, rng, hs_after=None, tail=None):
    lines = list(s.trace) + list(s.provider_headers) + list(client_headers)
    if hs_after is not None:
        # Apple: Content-Type comes right after From
        lines += body.headers + hs_after
        head = "\r\n".join(lines) + "\r\n\r\n"
        b = body.body if isinstance(body.body, bytes) else body.body.encode("ascii")
        return head.encode("ascii") + b
    lines += body.headers
    if tail:
        lines += tail
    head = "\r\n".join(lines) + "\r\n\r\n"
    b = body.body if isinstance(body.body, bytes) else body.body.encode("ascii")
    return head.encode("ascii") + b
