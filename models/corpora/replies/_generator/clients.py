"""Mail programs and providers: how each one quotes, encodes and stamps headers."""
import html as _html

from mailkit import (Ids, Part, assemble, addr, ew, hdr, rfc_date, to_tz, plus, h12, tzname,
                     DIAS, DIAS3, MESES, MES3, chop, fold_b64, flowed, text_to_html, text_to_divs,
                     boundary_gmail, needs_ew)

MX_IP = {"mx1": "10.40.2.21", "mx2": "10.40.2.22"}


# ================================================================ attribution lines
def attribution(style, s, d):
    """s: rendered source dict; d: source date (aware, Central)."""
    name, a = s["name"], s["frm"]
    h, ap = h12(d)
    if style == "gmail":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, ap, name, a)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            DIAS3[d.weekday()], d.day, MES3[d.month - 1], d.year, d.hour, d.minute, name, a)
    if style == "apple":
        return "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (
            d.strftime("%b"), d.day, d.year, h, d.minute, ap, name, a)
    if style == "iphone":
        return "On %s %d, %d, at %d:%02d\u202f%s, %s <%s> wrote:" % (
            d.strftime("%b"), d.day, d.year, h, d.minute, ap, name, a)
    if style == "iphone_es":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
            d.day, MES3[d.month - 1], d.year, d.hour, d.minute, name, a)
    if style == "thunderbird":
        return "On %d/%d/%s %d:%02d %s, %s wrote:" % (d.month, d.day, d.strftime("%y"), h, d.minute, ap, name)
    if style == "roundcube":
        return "On %s, %s wrote:" % (d.strftime("%Y-%m-%d %H:%M"), name)
    if style == "yahoo":
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            d.strftime("%A"), d.strftime("%B"), d.day, d.year, h, d.minute, d.second, ap, tzname(d), name, a)
    if style == "yahoo_es":
        return "El %s, %d de %s de %d, %02d:%02d:%02d %s, %s <%s> escribió:" % (
            DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute, d.second, tzname(d), name, a)
    if style == "oxhtml":
        return "On %s %d, %d at %d:%02d %s %s &lt;%s&gt; wrote:" % (
            d.strftime("%B"), d.day, d.year, h, d.minute, ap, name, a)
    raise KeyError(style)


def outlook_block(style, s, d, me_name, me_addr):
    h, ap = h12(d)
    subj = s["subject"]
    frm = "%s <%s>" % (s["name"], s["frm"])
    if style == "outlook":  # classic desktop
        to = "%s <%s>" % (me_name, me_addr) if me_name else me_addr
        return ["From: %s " % frm,
                "Sent: %s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, h, d.minute, ap),
                "To: %s" % to, "Subject: %s" % subj]
    if style == "outlookweb":
        return ["________________________________",
                "From: %s" % frm,
                "Sent: %s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, h, d.minute, ap),
                "To: %s <%s>" % (me_addr, me_addr), "Subject: %s" % subj]
    if style == "outlook_es":
        to = "%s <%s>" % (me_name, me_addr) if me_name else me_addr
        return ["De: %s " % frm,
                "Enviado el: %s, %d de %s de %d %d:%02d" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute),
                "Para: %s" % to, "Asunto: %s" % subj]
    if style == "outlookweb_es":
        return ["________________________________",
                "De: %s" % frm,
                "Enviado: %s, %d de %s de %d %d:%02d" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute),
                "Para: %s <%s>" % (me_addr, me_addr), "Asunto: %s" % subj]
    if style == "samsung":
        off = int(d.utcoffset().total_seconds() / 3600)
        return ["-------- Original message --------",
                "From: %s " % frm,
                "Date: %d/%d/%s  %d:%02d %s  (GMT%+03d:00) " % (d.month, d.day, d.strftime("%y"), h, d.minute, ap, off),
                "To: %s " % me_addr, "Subject: %s " % subj]
    if style == "samsung_es":
        off = int(d.utcoffset().total_seconds() / 3600)
        return ["-------- Mensaje original --------",
                "De: %s " % frm,
                "Fecha: %d/%d/%s  %d:%02d %s  (GMT%+03d:00) " % (d.day, d.month, d.strftime("%y"), h, d.minute,
                                                                  "a. m." if ap == "AM" else "p. m.", off),
                "Para: %s " % me_addr, "Asunto: %s " % subj]
    if style == "aol":
        return ["-----Original Message-----", "From: %s" % frm, "To: %s" % me_addr,
                "Sent: %s, %s %d, %d %d:%02d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, ap.lower()),
                "Subject: %s" % subj]
    if style == "gmailfwd":
        return ["---------- Forwarded message ---------", "From: %s" % frm,
                "Date: %s, %s %d, %d at %d:%02d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, ap),
                "Subject: %s" % subj, "To: <%s>" % me_addr]
    if style == "gmailfwd_es":
        return ["---------- Forwarded message ---------", "De: %s" % frm,
                "Date: %s, %d %s %d a las %d:%02d" % (DIAS3[d.weekday()], d.day, MES3[d.month - 1], d.year, d.hour, d.minute),
                "Subject: %s" % subj, "To: <%s>" % me_addr]
    if style == "applefwd":
        return ["Begin forwarded message:", "", "From: %s" % frm, "Subject: %s" % subj,
                "Date: %s %d, %d at %d:%02d:%02d %s %s" % (d.strftime("%B"), d.day, d.year, h, d.minute, d.second, ap, tzname(d)),
                "To: %s" % me_addr]
    raise KeyError(style)


def gt(lines):
    return [(">" + (" " + l if l else "")) for l in lines]


# ================================================================ composing the body text
def compose(spec, s, sd, me_name, me_addr):
    """Return (plain, html) for the message body according to mailer + mode."""
    mailer = spec["client"]
    mode = spec.get("mode", "top")
    text = spec.get("text", "")
    body = s["body"].split("\n")
    qstyle = spec.get("qstyle") or DEFAULT_QSTYLE[mailer]
    tl = text.split("\n") if text else []

    if mode == "none":
        return text, None
    if mode == "inline":
        return compose_inline(spec, s, sd, qstyle, body)

    if qstyle in ("gmail", "gmail_es"):
        att = attribution(qstyle, s, sd)
        if mode == "top":
            plain = "\n".join(tl + ["", att, ""] + gt(body))
        else:  # bottom
            plain = "\n".join([att, ""] + gt(body) + [""] + tl)
        hq = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (_html.escape(att), text_to_html(s["body"])))
        own = '<div dir="ltr">%s</div>' % (text_to_html(text) if text else "<br>")
        htm = (own + "<br>" + hq) if mode == "top" else (hq + own)
        return plain + "\n", htm + "\n"

    if qstyle in ("apple", "iphone", "iphone_es"):
        att = attribution(qstyle, s, sd)
        quoted = gt([att, ""] + body)
        if mode == "top":
            plain = "\n".join(tl + [""] + quoted)
        else:
            plain = "\n".join(quoted + [""] + tl)
        own = text_to_divs(text) if text else "<br>"
        hq = '<blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote>' % (
            _html.escape(att), text_to_html(s["body"]))
        htm = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>' \
              '<body dir="auto">%s</body></html>' % ((own + "<div><br>" + hq + "</div>") if mode == "top" else (hq + own))
        return plain + "\n", htm + "\n"

    if qstyle in ("thunderbird", "roundcube"):
        att = attribution(qstyle, s, sd)
        if mode == "top":
            plain = "\n".join(tl + ["", att] + gt(body))
        else:
            plain = "\n".join([att] + gt(body) + [""] + tl)
        return plain + "\n", None

    if qstyle in ("yahoo", "yahoo_es"):
        att = attribution(qstyle, s, sd)
        ind = ["    " + l if l else " " for l in body]
        if mode == "top":
            plain = "\n".join(tl + ["", "", "    " + att + "  ", " ", " "] + ind)
        else:
            plain = "\n".join(["    " + att + "  ", " ", " "] + ind + ["", ""] + tl)
        yid = spec["_ids"].hex(10)
        own = '<div class="ydp%syahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div>' % (
            yid, "".join('<div dir="ltr" data-setdir="false">%s</div>' % (_html.escape(l, quote=False) if l else "<br>") for l in (tl or [""])))
        hq = ('<div id="ydp%syahoo_quoted_%s" class="ydp%syahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
              'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>'
              '<div><div dir="ltr">%s</div></div></div></div>') % (yid, spec["_ids"].digits(10), yid, _html.escape(att),
                                                                 text_to_html(s["body"]))
        htm = "<html><head></head><body>%s</body></html>" % ((own + hq) if mode == "top" else (hq + own))
        return plain + "\n", htm + "\n"

    if qstyle == "oxhtml":
        att = attribution("oxhtml", s, sd)
        own = "".join("<p>%s</p>" % (_html.escape(l, quote=False) if l else "&nbsp;") for l in (tl or [""]))
        hq = '<blockquote type="cite">%s<br><br>%s</blockquote>' % (att, text_to_html(s["body"]))
        htm = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  %s\n  %s\n </body>\n</html>'
               % ((own, hq) if mode == "top" else (hq, own)))
        return None, htm + "\n"

    # block styles (no '>')
    blk = outlook_block(qstyle, s, sd, me_name, me_addr)
    if qstyle.startswith("outlook"):
        if mode == "bottom":
            plain = "\n".join(blk + [""] + body + ["", ""] + tl)
        else:
            plain = "\n".join(tl + ["", ""] + blk + [""] + body)
        own = "".join('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
                      'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (_html.escape(l, quote=False) if l else "<br>")
                      for l in (tl or [""]))
        hb = '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div>' % (
            "<br>".join("<b>%s</b> %s" % (_html.escape(l.split(":", 1)[0] + ":"), _html.escape(l.split(":", 1)[1].strip()))
                        for l in blk if ":" in l), text_to_html(s["body"]))
        htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
               '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
               '<body dir="ltr">\n%s\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n%s\n</body>\n</html>'
               % (spec.get("charset", "us-ascii"), own, hb)) if mode != "bottom" else \
              ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
               '<body dir="ltr">\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n%s\n%s\n</body>\n</html>'
               % (spec.get("charset", "us-ascii"), hb, own))
        return plain + "\n", htm + "\n"
    if qstyle in ("samsung", "samsung_es"):
        sig = spec.get("samsung_sig", "Sent from my Galaxy" if qstyle == "samsung" else "Enviado desde mi Galaxy")
        plain = "\n".join(tl + ["", "", "", sig, "", "", ""] + blk + ["", ""] + body)
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
               '<div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto"><br></div>'
               '<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">%s</div></div>'
               '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">'
               '<div>%s</div></div>%s</body></html>') % (
            "</div><div dir=\"auto\">".join(_html.escape(l, quote=False) if l else "<br>" for l in (tl or [""])),
            _html.escape(sig), "</div><div>".join(_html.escape(l, quote=False) for l in blk), text_to_html(s["body"]))
        return plain + "\n", htm + "\n"
    if qstyle == "aol":
        plain = "\n".join(tl + ["", "", ""] + blk + ["", ""] + body)
        htm = ('<div style="font-family: Arial, Helvetica, sans-serif; font-size: 12pt;"><div>%s</div>'
               '<div><br></div><div><br></div><div style="font-family: Arial, Helvetica, sans-serif; font-size: 12pt;">'
               '%s<br><blockquote style="border-left: 1px solid #ccc; padding-left: 8px;">%s</blockquote></div></div>') % (
            "</div><div>".join(_html.escape(l, quote=False) if l else "<br>" for l in (tl or [""])),
            "<br>".join(_html.escape(l, quote=False) for l in blk), text_to_html(s["body"]))
        return plain + "\n", htm + "\n"
    if qstyle in ("gmailfwd", "gmailfwd_es"):
        plain = "\n".join(tl + ["", ""] + blk + ["", ""] + body)
        htm = ('<div dir="ltr">%s<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
               '%s<br></div><br><br>%s</div></div>') % (
            text_to_html(text) if text else "<br>", "<br>".join(_html.escape(l, quote=False) for l in blk), text_to_html(s["body"]))
        return plain + "\n", htm + "\n"
    if qstyle == "applefwd":
        plain = "\n".join(tl + ["", ""] + blk + ["", ""] + body)
        htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
               '%s<div><br><blockquote type="cite">%s<br><br>%s</blockquote></div></body></html>') % (
            text_to_divs(text) if text else "<br>", "<br>".join(_html.escape(l, quote=False) for l in blk), text_to_html(s["body"]))
        return plain + "\n", htm + "\n"
    if qstyle == "iphonefwd":
        blk2 = ["From: %s" % ("%s <%s>" % (s["name"], s["frm"])), "Date: " + blk[4].split(": ", 1)[1],
                "To: %s" % me_addr, "Subject: %s" % s["subject"]]
        plain = "\n".join(tl + ["", "Sent from my iPhone", "", "Begin forwarded message:", ""] + gt(blk2 + [""] + body))
        return plain + "\n", None
    raise KeyError(qstyle)


def compose_inline(spec, s, sd, qstyle, body):
    att = attribution(qstyle, s, sd)
    items = spec["inline"]
    out, pos = [], 0
    hparts = []
    if qstyle in ("gmail", "gmail_es"):
        out += [att, ""]
    elif qstyle in ("thunderbird", "roundcube"):
        out += [att]
    else:  # apple family: attribution inside the quote
        out += gt([att, ""])
    for kind, val in items:
        if kind in ("q", "qto"):
            if kind == "qto":
                end = next(i for i in range(pos, len(body)) if val in body[i]) + 1
            else:
                end = pos + val
            chunk = body[pos:end]
            pos = end
            kind = "q"
            out += gt(chunk)
            hparts.append(("q", chunk))
        else:
            if out and out[-1] != "":
                out.append("")
            out += val.split("\n")
            out.append("")
            hparts.append(("t", val))
    if spec.get("inline_rest", True) and pos < len(body):
        out += gt(body[pos:])
        hparts.append(("q", body[pos:]))
    plain = "\n".join(out).rstrip("\n") + "\n"
    if qstyle in ("gmail", "gmail_es"):
        segs = []
        for kind, val in hparts:
            if kind == "q":
                segs.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                            'rgb(204,204,204);padding-left:1ex">%s</blockquote>' % text_to_html("\n".join(val)))
            else:
                segs.append("<div>%s</div><div><br></div>" % text_to_html(val))
        htm = ('<div dir="ltr"><br></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
               '%s<br></div>%s</div>\n') % (_html.escape(att), "".join(segs))
        return plain, htm
    if qstyle in ("apple", "iphone", "iphone_es"):
        segs = []
        for kind, val in hparts:
            if kind == "q":
                segs.append('<blockquote type="cite">%s</blockquote>' % text_to_html("\n".join(val)))
            else:
                segs.append(text_to_divs(val))
        htm = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' \
              '<blockquote type="cite">%s<br></blockquote>%s</body></html>\n' % (_html.escape(att), "".join(segs))
        return plain, htm
    return plain, None


DEFAULT_QSTYLE = {
    "gmail": "gmail", "gmail_es": "gmail_es", "gmail_android": "gmail",
    "iphone": "iphone", "iphone_es": "iphone_es", "apple_mail": "apple",
    "outlook": "outlook", "outlook_es": "outlook_es", "outlookweb": "outlookweb", "outlookweb_es": "outlookweb_es",
    "yahoo": "yahoo", "yahoo_es": "yahoo_es", "yahoo_ios": "yahoo", "aol": "aol",
    "thunderbird": "thunderbird", "roundcube": "roundcube",
    "samsung": "samsung", "samsung_es": "samsung_es", "oxhtml": "oxhtml",
}


# ================================================================ providers (transport headers)
PROVIDERS = {
    "gmail": dict(domain="gmail.com"),
    "icloud": dict(domain="icloud.com"),
    "outlookcom": dict(domain="outlook.com"),
    "exchange": dict(domain=None),
    "yahoo": dict(domain="yahoo.com"),
    "aol": dict(domain="aol.com"),
    "isp": dict(domain=None),
    "comcast": dict(domain="comcast.net"),
}


def dkim(ids, d, s, h, t=None, extra=""):
    h = h.replace("\n\t ", "").replace("\n\t", "").rstrip(";")
    head = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s h=%s; bh=%s=;" % (
        d, s, (" t=%d;" % t if t else "") + extra, h, ids.b64(43))
    b = ids.b64(342) + "=="
    return fold_b64(head) + "\n\t b=" + "\n\t ".join(b[i:i + 66] for i in range(0, len(b), 66))


def transport(prov, ids, me_addr, mailbox, sent, mx, isp_host=None):
    """Headers from Return-Path down to (not including) the message's own headers.

    Returns (top_lines, provider_lines) where top_lines are added by our MXs.
    """
    dom = me_addr.split("@")[1]
    arrive = plus(sent, seconds=2 + ids.r.randint(0, 5))
    deliver = plus(arrive, seconds=1)
    qid_mbx, qid_mx = ids.postfix_qid(), ids.postfix_qid()
    from mailkit import central_offset
    import datetime as _dt
    cent = lambda x: to_tz(x, central_offset(x.astimezone(_dt.timezone.utc).replace(tzinfo=None) + _dt.timedelta(hours=-5)))

    if prov == "gmail":
        host = "mail-%s-f%d.google.com" % (ids.r.choice(["yw1", "qk1", "ot1", "il1", "pj1", "ej1", "oa1", "vs1"]), ids.r.randint(41, 199))
        ip = "209.85.%d.%d" % (ids.r.randint(128, 222), ids.r.randint(2, 250))
        dk_ok = "dkim=pass (2048-bit key; unprotected) header.d=gmail.com header.i=@gmail.com header.a=rsa-sha256 header.s=20230601 header.b=%s" % ids.alnum(8)
        spf = "spf=pass smtp.mailfrom=%s" % me_addr
        dmarc = "dmarc=pass (p=none dis=none) header.from=gmail.com"
        prov_lines = [
            "Received: by %s with SMTP id %s.%d\n        for <%s>; %s" % (
                host, "af79cd13be357-" + ids.hex(13) + "a85", ids.r.randint(1, 30), mailbox, rfc_date(to_tz(sent, -7 if (3 <= sent.month <= 10) else -8), paren=True)),
            "DKIM-Signature: " + dkim(ids, "gmail.com", "20230601", "to:subject:message-id:date:from:in-reply-to\n\t :references:mime-version:from:to:cc:subject:date:message-id:reply-to", int(sent.timestamp()), " x=%d; darn=alliant-energy.com;" % (int(sent.timestamp()) + 604800)),
            "X-Google-DKIM-Signature: " + dkim(ids, "1e100.net", "20230601", "to:subject:message-id:date:from:in-reply-to\n\t :references:mime-version:x-gm-message-state:from:to:cc:subject:date\n\t :message-id:reply-to", int(sent.timestamp()), " x=%d;" % (int(sent.timestamp()) + 604800)),
            "X-Gm-Message-State: " + chop("AOJu0Y" + ids.b64(56), 66),
            "X-Gm-Gg: " + chop("ASbGnc" + ids.b64(150), 66),
            "X-Google-Smtp-Source: " + chop("AGHT+IF" + ids.b64(80), 66),
            "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
                ids.hex(4), ids.hex(4), ids.hex(3), ids.hex(4), ids.hex(13), ids.r.randint(1, 99), ids.r.randint(1000000000000, 9999999999999),
                rfc_date(to_tz(sent, -7 if (3 <= sent.month <= 10) else -8), paren=True)),
        ]
    elif prov == "icloud":
        host = "p00-icloudmta-asmtp-us-central-1k-%d-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-central-1k.k8s.cloud.apple.com" % (
            ids.r.choice([10, 20, 60, 100]), ids.r.randint(0, 9))
        ip = "17.58.%d.%d" % (ids.r.randint(0, 90), ids.r.randint(2, 250))
        dk_ok = "dkim=pass (2048-bit key; unprotected) header.d=icloud.com header.i=@icloud.com header.a=rsa-sha256 header.s=1a1hai header.b=%s" % ids.alnum(8)
        spf = "spf=pass smtp.mailfrom=%s" % me_addr
        dmarc = "dmarc=pass (p=quarantine dis=none) header.from=icloud.com"
        prov_lines = [
            "Received: from smtpclient.apple (unknown [17.57.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
                ids.r.randint(150, 160), ids.r.randint(2, 250), host.split(".")[0] + ".p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-central-1k.k8s.cloud.apple.com",
                ids.HEX(10), rfc_date(to_tz(sent, 0), paren=True)),
            "DKIM-Signature: " + dkim(ids, "icloud.com", "1a1hai", "From:Content-Type:Mime-Version:Subject:Date:Message-Id:To;", int(sent.timestamp())).replace("h=From:Content-Type:Mime-Version:Subject:Date:Message-Id:To;;", "h=From:Content-Type:Mime-Version:Subject:Date:Message-Id:To;"),
        ]
    elif prov in ("outlookcom", "exchange"):
        srv = ids.r.choice(["SJ0PR11MB", "BN8PR12MB", "CH3PR19MB", "DM6PR14MB", "PH7PR17MB", "MN2PR20MB"]) + ids.digits(4)
        nam = ids.r.choice(["NAM12", "NAM10", "NAM11", "NAM04", "NAM02"])
        host = "%s-%s-obe.outbound.protection.outlook.com" % (nam, ids.r.choice(["DM6", "BN8", "MW2", "CO1", "SN4"]))
        ip = "40.92.%d.%d" % (ids.r.randint(10, 99), ids.r.randint(2, 250)) if prov == "outlookcom" else "52.101.%d.%d" % (ids.r.randint(40, 200), ids.r.randint(2, 250))
        ddom = "hotmail.com" if prov == "outlookcom" and dom in ("hotmail.com", "live.com", "msn.com") else ("outlook.com" if prov == "outlookcom" else dom)
        dsel = "selector1" if prov == "outlookcom" else "selector2"
        dk_ok = "dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
            ddom, ddom, dsel if prov == "outlookcom" else dsel + "-" + dom.replace(".", "-") + "-" + "0i", ids.alnum(8))
        spf = "spf=pass smtp.mailfrom=%s" % me_addr
        dmarc = "dmarc=pass (p=none dis=none) header.from=%s" % dom
        utc = to_tz(sent, 0)
        prov_lines = [
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + chop(ids.b64(340) + "==", 76).replace("\n\t ", "\n "),
            "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s" % (
                ids.b64(43), chop(ids.b64(340) + "==", 76).replace("\n\t ", "\n ")),
            "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
            "DKIM-Signature: " + dkim(ids, ddom, dsel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;"),
            "Received: from %s.namprd%s.prod.outlook.com (2603:10b6:%s:%s::%d)\n by %s.namprd%s.prod.outlook.com (2603:10b6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s" % (
                srv, srv[5:7], ids.hex(3), ids.hex(3), ids.r.randint(5, 40), srv[:9] + ids.digits(4), srv[5:7], ids.hex(3), ids.hex(3), ids.r.randint(5, 40),
                ids.r.randint(10, 40), rfc_date(utc)),
            "Received: from %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%6]) with mapi id 15.20.8722.%d; %s" % (
                srv, srv[5:7], ids.hex(4), ids.hex(4), ids.hex(4), ids.hex(4), srv, srv[5:7],
                ids.hex(4), ids.hex(4), ids.hex(4), ids.hex(4), ids.r.randint(10, 40), rfc_date(utc)),
        ]
        transport.last_srv = srv
    elif prov in ("yahoo", "aol"):
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (ids.r.randint(300, 330), ids.r.randint(1, 40), ids.r.choice(["gq1", "bf2", "ne1", "bf1"]))
        ip = "98.137.%d.%d" % (ids.r.randint(64, 70), ids.r.randint(2, 250)) if prov == "yahoo" else "66.163.%d.%d" % (ids.r.randint(184, 191), ids.r.randint(2, 250))
        d = "yahoo.com" if prov == "yahoo" else "aol.com"
        dk_ok = "dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=s2048 header.b=%s" % (d, d, ids.alnum(8))
        spf = "spf=pass smtp.mailfrom=%s" % me_addr
        dmarc = "dmarc=pass (p=reject dis=none) header.from=%s" % d
        utc = to_tz(sent, 0)
        prov_lines = [
            "DKIM-Signature: " + dkim(ids, d, "s2048", "Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To;", int(sent.timestamp())),
            "X-SONIC-DKIM-SIGN: " + dkim(ids, d, "s2048", "X-Sonic-MF:Date:From:Subject:From;", int(sent.timestamp())),
            "X-YMail-OSG: " + ids.b64(40) + "\n " + "\n ".join(ids.b64(72) for _ in range(8)),
            "X-Sonic-MF: <%s>" % me_addr,
            "X-Sonic-ID: %s" % ids.uuid(),
            "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfc_date(utc)),
        ]
    elif prov == "comcast":
        host = "resomta-h2p-%d.sys.comcast.net" % ids.r.randint(554000, 559999)
        ip = "96.102.%d.%d" % (ids.r.randint(0, 250), ids.r.randint(2, 250))
        dk_ok = "dkim=pass (2048-bit key; unprotected) header.d=comcast.net header.i=@comcast.net header.a=rsa-sha256 header.s=20190202a header.b=%s" % ids.alnum(8)
        spf = "spf=pass smtp.mailfrom=%s" % me_addr
        dmarc = "dmarc=pass (p=none dis=none) header.from=comcast.net"
        prov_lines = [
            "Received: from oxapp-hoa-%02d.email.comcast.net ([96.118.%d.%d])\n\tby resomta-h2p-%s.sys.comcast.net with ESMTPA\n\tid %s; %s" % (
                ids.r.randint(1, 60), ids.r.randint(0, 250), ids.r.randint(2, 250), host.split("-")[2].split(".")[0], ids.alnum(16), rfc_date(to_tz(sent, 0))),
            "DKIM-Signature: " + dkim(ids, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;", int(sent.timestamp())),
            "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefhedrtddugdeiiecutefuodetggdotefrodftvfcurfhrohhfihhlvgemucevohhmtggrshhtqdftvghsihdp",
            "X-Xfinity-VMeta: sc=-100.00;st=legit",
        ]
    else:  # isp / exchange-less small provider
        host = isp_host or ("smtp." + dom)
        ip = "%d.%d.%d.%d" % (ids.r.choice([64, 66, 69, 173, 206, 216]), ids.r.randint(0, 250), ids.r.randint(0, 250), ids.r.randint(2, 250))
        dk_ok = "dkim=none"
        spf = "spf=pass smtp.mailfrom=%s" % me_addr
        dmarc = "dmarc=none (p=none dis=none) header.from=%s" % dom
        prov_lines = [
            "Received: from [192.168.%d.%d] (%s-%d-%d-%d.dyn.%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
                ids.r.randint(0, 2), ids.r.randint(2, 250), ids.r.choice(["c", "h", "d"]), ids.r.randint(1, 250), ids.r.randint(1, 250), ids.r.randint(1, 250),
                dom, ip.rsplit(".", 1)[0] + "." + str(ids.r.randint(2, 250)), me_addr, host, ids.postfix_qid(), rfc_date(sent, paren=True)),
        ]

    mxn = mx
    top = [
        "Return-Path: <%s>" % me_addr,
        "Delivered-To: %s" % mailbox,
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            mxn, mxn, MX_IP[mxn], qid_mbx, mailbox, rfc_date(cent(deliver), paren=True)),
        "Authentication-Results: %s.alliant-energy.com;\n\t%s;\n\t%s;\n\t%s" % (mxn, dk_ok, spf, dmarc),
        "Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, mxn, qid_mx, mailbox, rfc_date(cent(arrive), paren=True)),
    ]
    return top, prov_lines


# ================================================================ mailers (message headers + MIME)
def message_id(mailer, prov, ids, me_addr, sent):
    dom = me_addr.split("@")[1]
    if mailer in ("gmail", "gmail_es", "gmail_android", "samsung", "samsung_es") and prov == "gmail":
        return "<CA%s%s%s@mail.gmail.com>" % (ids.r.choice(["+", "J", "K", "M", "O", "F"]),
                                             ids.alnum(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="),
                                             ids.r.choice(["A", "w", "Q", "g"]))
    if mailer in ("iphone", "iphone_es", "apple_mail"):
        return "<%s@%s>" % (ids.uuid(upper=True), dom)
    if mailer.startswith("outlook"):
        srv = getattr(transport, "last_srv", "SJ0PR11MB0000")
        return "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, ids.HEX(20), srv, srv[5:7])
    if mailer in ("yahoo", "yahoo_es", "yahoo_ios", "aol"):
        return "<%d.%d.%d@mail.%s.com>" % (ids.r.randint(100000000, 2147483647), ids.r.randint(100000, 9999999),
                                          int(sent.timestamp() * 1000) + ids.r.randint(0, 999), "yahoo" if mailer != "aol" else "yahoo")
    if mailer == "thunderbird":
        return "<%s@%s>" % (ids.uuid(), dom)
    if mailer == "roundcube":
        return "<%s@%s>" % (ids.hex(32), dom)
    if mailer in ("samsung", "samsung_es"):
        return "<%s@email.android.com>" % ids.hex(16)
    if mailer == "oxhtml":
        return "<%d.%d.%d@connect.xfinity.com>" % (ids.r.randint(100000000, 999999999), ids.r.randint(100, 999), int(sent.timestamp() * 1000))
    return "<%s@%s>" % (ids.hex(24), dom)


X_MAILER = {
    "iphone": ("X-Mailer", "iPhone Mail (23D60)"),
    "iphone_es": ("X-Mailer", "iPhone Mail (22G100)"),
    "apple_mail": ("X-Mailer", "Apple Mail (2.3826.700.81)"),
    "yahoo": ("X-Mailer", "WebService/1.1.25412 YMailNorrin"),
    "yahoo_es": ("X-Mailer", "WebService/1.1.25398 YMailNorrin"),
    "yahoo_ios": ("X-Mailer", "WebService/1.1.25412 YahooMailIosMobile"),
    "aol": ("X-Mailer", "WebService/1.1.25412 AolMailNorrin"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "oxhtml": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
}


def build_reply(spec, s, sd, mailbox):
    """Build the full raw message (bytes) for a human reply/forward spec."""
    ids = spec["_ids"]
    mailer = spec["client"]
    prov = spec.get("prov") or {"gmail": "gmail", "gmail_es": "gmail", "gmail_android": "gmail", "iphone": "icloud",
                                "iphone_es": "icloud", "apple_mail": "icloud", "outlook": "outlookcom",
                                "outlook_es": "outlookcom", "outlookweb": "outlookcom", "outlookweb_es": "outlookcom",
                                "yahoo": "yahoo", "yahoo_es": "yahoo", "yahoo_ios": "yahoo", "aol": "aol",
                                "thunderbird": "isp", "roundcube": "isp", "samsung": "gmail", "samsung_es": "gmail",
                                "oxhtml": "comcast"}[mailer]
    me_name, me_addr = spec["sender"]
    sent = spec["_sent"]
    top, prov_lines = transport(prov, ids, me_addr, mailbox, sent, spec.get("mx", "mx1"), spec.get("isp_host"))
    if prov in ("yahoo", "aol") and mailer in ("iphone", "apple_mail"):
        # a phone's mail app submits over SMTP AUTH, not through the Yahoo web gateway
        prov_lines[-1] = ("Received: by hermes--production-bf1-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\n"
                          "          %s" % (ids.hex(10), ids.alnum(5).lower(), ids.hex(32), rfc_date(to_tz(sent, 0)) + " (UTC)"))

    plain, htm = compose(spec, s, sd, me_name, me_addr)
    if spec.get("mode") == "unsub":
        plain, htm = spec.get("text", ""), None

    # ---- subject / threading
    mode = spec.get("mode", "top")
    if spec.get("subject") is not None:
        subj = spec["subject"]
    elif mode == "fwd":
        subj = {"outlook": "FW: ", "outlookweb": "Fw: ", "outlook_es": "RV: ", "outlookweb_es": "RV: "}.get(mailer, "Fwd: ") + s["subject"]
    else:
        subj = {"outlook": "RE: ", "outlook_es": "RE: ", "outlookweb_es": "RE: "}.get(mailer, "Re: ") + s["subject"]
    irt = spec.get("irt", mode not in ("fwd", "none", "unsub"))
    refs = None
    if irt:
        refs = s["msgid"]
        if s.get("refs_extra"):
            refs = s["refs_extra"] + " " + s["msgid"]

    to_default = addr(s["name"], s["reply_to"] or s["frm"]) if not s["reply_to"] else s["reply_to"]
    if s["key"] == "ACK" or s["kind"] in ("promo", "catalog"):
        to_default = addr(s["name"], s["frm"])
    to = spec.get("to") or to_default
    frm = addr(me_name, me_addr, spec.get("hcharset", "utf-8"), spec.get("hmode", "Q"))
    mid = None if spec.get("no_msgid") else (spec.get("msgid") or message_id(mailer, prov, ids, me_addr, sent))
    date_s = rfc_date(sent)
    if mailer.startswith("outlook") and prov in ("outlookcom", "exchange"):
        date_s = rfc_date(to_tz(sent, 0))
    if mailer in ("yahoo", "yahoo_es", "yahoo_ios", "aol"):
        date_s = rfc_date(to_tz(sent, 0)) + " (UTC)"
    esubj = ew(subj, spec.get("hcharset", "utf-8"), spec.get("hmode", "Q"))
    rt = addr(*spec["reply_to"]) if spec.get("reply_to") else None

    # ---- body MIME
    cs = spec.get("charset")
    body_part = make_body(mailer, plain, htm, cs, ids, spec)

    H = []
    if mailer in ("gmail", "gmail_es", "gmail_android", "samsung", "samsung_es") and prov == "gmail":
        H += ["MIME-Version: 1.0"]
        if irt:
            H += [hdr("References", refs), "In-Reply-To: %s" % s["msgid"]]
        H += [hdr("From", frm), "Date: " + date_s]
        if rt:
            H += [hdr("Reply-To", rt)]
        H += ["X-Gm-Features: " + chop("AQt7F2" + ids.b64(70), 66)]
        if mid:
            H += ["Message-ID: " + mid]
        H += [hdr("Subject", esubj), hdr("To", to)]
        if spec.get("cc"):
            H += [hdr("Cc", spec["cc"])]
    elif mailer in ("iphone", "iphone_es", "apple_mail"):
        H += [hdr("From", frm)]
        mv = "Mime-Version: 1.0 (1.0)" if mailer != "apple_mail" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"
        H += ["__CT__", mv, hdr("Subject", esubj), "Date: " + date_s]
        if rt:
            H += [hdr("Reply-To", rt)]
        if mid:
            H += ["Message-Id: " + mid]
        if irt:
            H += [hdr("References", refs), "In-Reply-To: %s" % s["msgid"]]
        H += [hdr("To", to), "%s: %s" % X_MAILER[mailer]]
        if prov == "icloud":
            H += ["X-Proofpoint-GUID: %s" % ids.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "X-Proofpoint-ORIG-GUID: %s" % ids.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  "X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1121,Hydra:6.1.9,FMLib:17.12.80.40\n definitions=2026-%02d-%02d_%02d,2026-%02d-%02d_01,2020-02-14_11,2022-02-23_01 signatures=0" % (
                      sent.month, sent.day, ids.r.randint(1, 9), sent.month, sent.day),
                  "X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 mlxlogscore=%d phishscore=0\n suspectscore=0 adultscore=0 bulkscore=0 clxscore=1015 malwarescore=0 spamscore=0\n mlxscore=0 classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2308100000\n definitions=main-26%02d%02d0%03d" % (
                      ids.r.randint(100, 999), sent.month, sent.day, ids.r.randint(0, 999))]
    elif mailer.startswith("outlook"):
        H += [hdr("From", frm), hdr("To", to)]
        if rt:
            H += [hdr("Reply-To", rt)]
        H += [hdr("Subject", esubj), hdr("Thread-Topic", ew(s["subject"] if mode != "none" else subj, spec.get("hcharset", "utf-8"))),
              "Thread-Index: " + "AQHc" + ids.b64(28) + "==", "Date: " + date_s]
        if mid:
            H += ["Message-ID:\n " + mid]
        if irt:
            H += ["References: " + refs.replace(" ", "\n "), "In-Reply-To: %s" % s["msgid"]]
        lang = "es-MX" if mailer.endswith("_es") else "en-US"
        H += ["Accept-Language: %s" % lang, "Content-Language: %s" % lang, "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
              "msip_labels:",
              "x-ms-publictraffictype: Email",
              "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (getattr(transport, "last_srv", "X"), "PH7PR" + ids.digits(2) + "MB" + ids.digits(4)),
              "x-ms-office365-filtering-correlation-id: %s" % ids.uuid(),
              "x-microsoft-antispam:\n BCL:0;ARA:14566002|%d|%d|%d|%d;" % (ids.r.randint(10000, 99999), ids.r.randint(10000, 99999), ids.r.randint(1000000, 9999999), ids.r.randint(100000, 999999)),
              "x-ms-exchange-transport-fromentityheader: Hosted",
              "__CT__", "MIME-Version: 1.0"]
    elif mailer in ("yahoo", "yahoo_es", "yahoo_ios", "aol"):
        H += ["Date: " + date_s, hdr("From", frm), hdr("To", to)]
        if rt:
            H += [hdr("Reply-To", rt)]
        if mid:
            H += ["Message-ID: " + mid]
        if irt:
            H += ["In-Reply-To: %s" % s["msgid"], hdr("References", refs)]
        H += [hdr("Subject", esubj), "MIME-Version: 1.0", "__CT__", "%s: %s" % X_MAILER[mailer]]
    elif mailer == "thunderbird":
        if mid:
            H += ["Message-ID: " + mid]
        H += ["Date: " + date_s, "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
              "Subject: " + esubj if len(esubj) < 70 else hdr("Subject", esubj), "Content-Language: en-US", hdr("To", to)]
        if irt:
            H += [hdr("References", refs)]
        H += [hdr("From", frm)]
        if rt:
            H += [hdr("Reply-To", rt)]
        if irt:
            H += ["In-Reply-To: %s" % s["msgid"]]
        H += ["__CT__"]
    elif mailer == "roundcube":
        H += ["MIME-Version: 1.0", "Date: " + date_s, hdr("From", frm), hdr("To", to)]
        if rt:
            H += [hdr("Reply-To", rt)]
        H += [hdr("Subject", esubj)]
        if irt:
            H += ["In-Reply-To: %s" % s["msgid"], hdr("References", refs)]
        if mid:
            H += ["Message-ID: " + mid]
        H += ["X-Sender: %s" % me_addr, "User-Agent: Roundcube Webmail/1.6.9", "__CT__"]
    elif mailer in ("samsung", "samsung_es"):  # samsung with ISP account
        if mid:
            H += ["Message-ID: " + mid]
        H += ["Date: " + date_s, "Subject: " + esubj, "Importance: normal", hdr("From", frm), hdr("To", to)]
        if irt:
            H += ["In-Reply-To: %s" % s["msgid"], hdr("References", refs)]
        H += ["MIME-Version: 1.0", "__CT__"]
    elif mailer == "oxhtml":
        H += ["Date: " + date_s, hdr("From", frm), hdr("To", to)]
        if mid:
            H += ["Message-ID: " + mid]
        if irt:
            H += ["In-Reply-To: %s" % s["msgid"], hdr("References", refs)]
        H += [hdr("Subject", esubj), "MIME-Version: 1.0", "__CT__", "X-Priority: 3", "Importance: Normal",
              "%s: %s" % X_MAILER[mailer], "X-Originating-Client: open-xchange-appsuite", "X-CMAE-Envelope: MS4xfL" + ids.b64(60)]
    else:
        raise KeyError(mailer)


    # place Content-Type where the mailer puts it: render body part headers at "__CT__" (or at end)
    ct_lines = body_part.header_lines()
    body_part_headers_done = False
    final = []
    for line in top + prov_lines + H:
        if line == "__CT__":
            final += ct_lines
            body_part_headers_done = True
        else:
            final.append(line)
    if not body_part_headers_done:
        final += ct_lines
    head = "\r\n".join(l.replace("\r\n", "\n").replace("\n", "\r\n") for l in final)
    return head.encode("ascii") + b"\r\n\r\n" + body_part.body_bytes()


def pick_cte(text, charset, prefer):
    if prefer:
        return prefer
    try:
        text.encode("ascii")
        if max((len(l) for l in text.split("\n")), default=0) <= 76:
            return "7bit"
    except UnicodeEncodeError:
        pass
    return "quoted-printable"


def make_body(mailer, plain, htm, cs, ids, spec):
    cte = spec.get("cte")
    if mailer in ("gmail", "gmail_es", "gmail_android"):
        cs = cs or "UTF-8"
        if htm is None:
            return Part("text/plain", plain, cs, pick_cte(plain, cs, cte))
        b = boundary_gmail(ids)
        return Part("multipart/alternative", boundary=b, extra_ct="", parts=[
            Part("text/plain", plain, cs, pick_cte(plain, cs, cte)),
            Part("text/html", htm, cs, "quoted-printable")])
    if mailer in ("iphone", "iphone_es"):
        cs = cs or "utf-8"
        if spec.get("rich") and htm:
            b = "Apple-Mail-%s" % ids.uuid(upper=True)
            return Part("multipart/alternative", boundary=b, parts=[
                Part("text/plain", plain, cs, "quoted-printable", extra_ct="bare"),
                Part("text/html", htm, cs, "quoted-printable", extra_ct="bare")])
        return Part("text/plain", plain, cs, cte or "quoted-printable", extra_ct="bare")
    if mailer == "apple_mail":
        if spec.get("rich") and htm:
            b = "Apple-Mail=_%s" % ids.uuid(upper=True)
            cs = cs or "utf-8"
            return Part("multipart/alternative", boundary=b, parts=[
                Part("text/plain", plain, cs, "quoted-printable", extra_ct="bare"),
                Part("text/html", htm, cs, "quoted-printable", extra_ct="bare")])
        try:
            plain.encode("ascii")
            cs = cs or "us-ascii"
        except UnicodeEncodeError:
            cs = cs or "utf-8"
        return Part("text/plain", plain, cs, pick_cte(plain, cs, cte), extra_ct="bare")
    if mailer.startswith("outlook"):
        cs = cs or "us-ascii"
        srv = getattr(transport, "last_srv", "SJ0PR11MB0000")
        b = "_000_%s%s_" % (srv, ids.HEX(20))
        return Part("multipart/alternative", boundary=b, parts=[
            Part("text/plain", plain, cs, "quoted-printable"),
            Part("text/html", htm, cs, "quoted-printable")])
    if mailer in ("yahoo", "yahoo_es", "yahoo_ios", "aol"):
        cs = cs or "UTF-8"
        b = "----=_Part_%d_%d.%d" % (ids.r.randint(1000000, 9999999), ids.r.randint(100000000, 999999999), int(spec["_sent"].timestamp() * 1000))
        return Part("multipart/alternative", boundary=b, parts=[
            Part("text/plain", plain, cs, pick_cte(plain, cs, cte), extra_ct="bare"),
            Part("text/html", htm, cs, "quoted-printable", extra_ct="bare")])
    if mailer == "thunderbird":
        try:
            plain.encode("ascii")
            te = "7bit"
        except UnicodeEncodeError:
            te = "8bit"
        return Part("text/plain", flowed(plain), "UTF-8", cte or te, params="format=flowed")
    if mailer == "roundcube":
        try:
            plain.encode("ascii")
            c2, te = "US-ASCII", "7bit"
        except UnicodeEncodeError:
            c2, te = "UTF-8", "quoted-printable"
        return Part("text/plain", flowed(plain), cs or c2, cte or te, params="format=flowed", extra_ct="bare")
    if mailer in ("samsung", "samsung_es"):
        b = "--_com.samsung.android.email_%d%d" % (ids.r.randint(100000000, 999999999), ids.r.randint(100000, 999999))
        return Part("multipart/alternative", boundary=b, parts=[
            Part("text/plain", plain, "UTF-8", "base64"),
            Part("text/html", htm, "UTF-8", "base64")])
    if mailer == "oxhtml":
        return Part("text/html", htm, "UTF-8", "quoted-printable")
    raise KeyError(mailer)
