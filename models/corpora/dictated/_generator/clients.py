"""Mail programs: how each one writes headers, signatures, quotes and MIME.

build(spec, rng) -> bytes of one delivered message.
"""
import datetime as _dt

import mailkit as mk
from ours import O

MX_IP = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}
NNBSP = "\u202f"

ES_DAYS = ["lun", "mar", "mi\u00e9", "jue", "vie", "s\u00e1b", "dom"]
ES_MONS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def mailbox_addr(mb):
    return {"customercare": "customercare@alliant-energy.com",
            "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}[mb]


def qid(rng, n=15):
    return "4" + mk.ralnum(rng, 1, "bcdfghjklmnpqrstvwxyz") + mk.ralnum(rng, n - 2,
                                                                      "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


# --------------------------------------------------------------- trace ---

def our_trace(rng, dt, env_from, rcpt, peer_host, peer_ip, auth, tls=True, extra_received=None):
    """Return-Path, Delivered-To, our two Received lines, the provider's Received lines, A-R."""
    h = mk.Headers()
    h.add("Return-Path", "<%s>" % env_from if env_from else "<>", raw=True)
    h.add("Delivered-To", rcpt, raw=True)
    mx = rng.choice(["mx1", "mx2"])
    t_mbx = mk.plus(dt, rng.randint(3, 9))
    t_mx = mk.plus(dt, rng.randint(1, 2))
    h.items.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n"
                   "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n"
                   "\tfor <%s>; %s" % (mx, mx, MX_IP[mx], qid(rng), rcpt, mk.postfix_date(t_mbx)))
    tls_txt = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
               "\t(No client certificate requested)\r\n") if tls else ""
    h.items.append("Received: from %s (%s [%s])\r\n%s"
                   "\tby %s.alliant-energy.com (Postfix) with %s id %s\r\n"
                   "\tfor <%s>; %s" % (peer_host, peer_host, peer_ip, tls_txt, mx,
                                       "ESMTPS" if tls else "ESMTP", qid(rng), rcpt, mk.postfix_date(t_mx)))
    for r in extra_received or []:
        h.items.append(r)
    lines = ["Authentication-Results: %s.alliant-energy.com;" % mx]
    for i, a in enumerate(auth):
        lines.append("\t" + a + (";" if i < len(auth) - 1 else ""))
    h.items.append("\r\n".join(lines))
    return h


def auth_pass(rng, mx_from, env_from, ip, d, s, dmarc="p=NONE sp=NONE dis=NONE", extra_dkim=None):
    bval = mk.ralnum(rng, 8)
    out = ["dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s\r\n\t header.a=rsa-sha256 "
           "header.s=%s header.b=%s" % (d, d, s, bval)]
    for d2, s2 in extra_dkim or []:
        out.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s\r\n\t header.a=rsa-sha256 "
                   "header.s=%s header.b=%s" % (d2, d2, s2, mk.ralnum(rng, 8)))
    out.append("spf=pass (mx.alliant-energy.com: domain of %s\r\n\t designates %s as permitted sender) "
               "smtp.mailfrom=%s" % (env_from, ip, env_from))
    out.append("dmarc=pass (%s) header.from=%s" % (dmarc, env_from.split("@")[1]))
    return out


# --------------------------------------------------------- quoting ------

def wrap(line, width=76):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            break
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return out


def gt(text, prefix="> ", blank=">"):
    return "\n".join((prefix + l) if l else blank for l in text.split("\n"))


def odt(orig):
    return mk.parse_local(orig["date"])


def orig_to(spec):
    return spec["email"]


def attribution(client, orig, spec):
    d = odt(orig)
    nm, ad = orig["name"], orig["addr"]
    es = spec.get("lang") == "es"
    if client.startswith("iphone"):
        if es:
            ampm = "a.\u00a0m." if d.hour < 12 else "p.\u00a0m."
            return "El %d %s %d, a las %d:%02d %s, %s <%s> escribi\u00f3:" % (
                d.day, ES_MONS[d.month - 1], d.year, d.hour % 12 or 12, d.minute, ampm, nm, ad)
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (mk.MONS[d.month - 1], d.day, d.year,
                                                      mk.h12(d).replace(" ", NNBSP), nm, ad)
    if client.startswith("gmail") or client == "samsung-gmail-fwd":
        if es:
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribi\u00f3:" % (
                ES_DAYS[d.weekday()], d.day, ES_MONS[d.month - 1], d.year, d.hour, d.minute, nm, ad)
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (mk.DAYS[d.weekday()], mk.MONS[d.month - 1], d.day,
                                                        d.year, mk.h12(d).replace(" ", NNBSP), nm, ad)
    if client == "yahoo-android":
        if es:
            return "  El %s., %d de %s. de %d a la(s) %d:%02d, %s<%s> escribi\u00f3:   " % (
                ES_DAYS[d.weekday()], d.day, ES_MONS[d.month - 1], d.year, d.hour, d.minute, nm, ad)
        return "  On %s, %s %d, %d at %s, %s<%s> wrote:   " % (mk.DAYS[d.weekday()], mk.MONS[d.month - 1], d.day,
                                                            d.year, mk.h12(d), nm, ad)
    if client == "yahoo-ios":
        return "On %s, %s %d, %d, %s, %s <%s> wrote:" % (mk.LDAYS[d.weekday()], mk.LMONS[d.month - 1], d.day,
                                                      d.year, mk.h12(d), nm, ad)
    if client == "att-web":
        tzname = "CDT" if mk.us_offset(d.replace(tzinfo=None)) == -5 else "CST"
        h = d.hour % 12 or 12
        return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
            mk.LDAYS[d.weekday()], mk.LMONS[d.month - 1], d.day, d.year, h, d.minute, d.second,
            "AM" if d.hour < 12 else "PM", tzname, nm, ad)
    if client == "proton":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return "On %s, %s %d%s, %d at %s, %s <%s> wrote:" % (mk.LDAYS[d.weekday()], mk.LMONS[d.month - 1], d.day,
                                                          suf, d.year, mk.h12(d), nm, ad)
    if client == "fastmail":
        return "On %s, %s %d, %d, at %02d:%02d, %s wrote:" % (mk.DAYS[d.weekday()], mk.MONS[d.month - 1], d.day,
                                                          d.year, d.hour, d.minute, nm)
    raise ValueError(client)


def orig_subject(orig):
    return orig["subject"]


def reply_subject(spec, orig):
    if spec.get("subject") is not None:
        return spec["subject"]
    if spec.get("fwd"):
        pre = {"outlook-ios": "Fw: ", "outlook-android": "Fw: "}.get(spec["client"], "Fwd: ")
        return pre + orig["subject"]
    pre = "RE: " if spec.get("client") in ("verizon-web",) else "Re: "
    return pre + orig["subject"]


DEFAULT_SIG = {
    "iphone": "Sent from my iPhone",
    "iphone-gmail": "Sent from my iPhone",
    "outlook-ios": "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "outlook-android": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "yahoo-android": "Sent from Yahoo Mail on Android",
    "yahoo-ios": "Sent from Yahoo Mail for iPhone",
    "samsung-gmail": "Sent from my Galaxy",
    "samsung-comcast": "Sent from my Galaxy",
    "samsung-att": "Sent from my Galaxy",
    "proton": "Sent with [Proton Mail](https://proton.me/mail/home) secure email.",
}
ES_SIG = {
    "iphone": "Enviado desde mi iPhone",
    "iphone-gmail": "Enviado desde mi iPhone",
    "yahoo-android": "Enviado desde Yahoo Mail para Android",
    "samsung-gmail": "Enviado desde mi Samsung Galaxy",
    "samsung-att": "Enviado desde mi Samsung Galaxy",
    "samsung-comcast": "Enviado desde mi Samsung Galaxy",
    "gmail-android": "",
}


def signature(spec):
    if "sig" in spec:
        return spec["sig"]
    if spec.get("lang") == "es" and spec["client"] in ES_SIG:
        return ES_SIG[spec["client"]]
    return DEFAULT_SIG.get(spec["client"], "")


# ----------------------------------------------------- body assembly ----

def outlook_block(orig, spec):
    d = odt(orig)
    sent = "%s, %s %d, %d %d:%02d:%02d %s" % (mk.LDAYS[d.weekday()], mk.LMONS[d.month - 1], d.day, d.year,
                                             d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM")
    return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s <%s>\nSubject: %s\n\n" %
            (orig["name"], orig["addr"], sent, spec["email"], spec["email"], orig["subject"])), sent


def samsung_block(orig, spec):
    d = odt(orig)
    off = mk.us_offset(d.replace(tzinfo=None))
    if spec.get("lang") == "es":
        return ("-------- Mensaje original --------\nDe: %s <%s> \nFecha: %d/%d/%02d %d:%02d %s (GMT%+03d:00) \n"
                "Para: %s \nAsunto: %s \n\n" % (orig["name"], orig["addr"], d.day, d.month, d.year % 100,
                                                d.hour % 12 or 12, d.minute, "a. m." if d.hour < 12 else "p. m.",
                                                off, spec["email"], orig["subject"]))
    return ("-------- Original message --------\nFrom: %s <%s> \nDate: %d/%d/%02d %d:%02d %s (GMT%+03d:00) \n"
            "To: %s \nSubject: %s \n\n" % (orig["name"], orig["addr"], d.month, d.day, d.year % 100,
                                           d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM", off,
                                           spec["email"], orig["subject"]))


def aol_block(orig, spec):
    d = odt(orig)
    return ("-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d %s\nSubject: %s\n\n" %
            (orig["name"], orig["addr"], spec["email"], mk.DAYS[d.weekday()], mk.MONS[d.month - 1], d.day,
             d.year, d.hour % 12 or 12, d.minute, "am" if d.hour < 12 else "pm", orig["subject"]))


def gmail_fwd_block(orig, spec):
    d = odt(orig)
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\n"
            "Subject: %s\nTo: <%s>\n\n\n" % (orig["name"], orig["addr"], mk.DAYS[d.weekday()],
                                           mk.MONS[d.month - 1], d.day, d.year,
                                           mk.h12(d).replace(" ", NNBSP), orig["subject"], spec["email"]))


def compose_plain(spec):
    """Return (plain_text, pieces) for the client's text/plain part."""
    c = spec["client"]
    new = spec.get("text", "")
    sig = signature(spec)
    orig = O.get(spec.get("reply")) if spec.get("reply") else None
    quote = spec.get("quote", True) and orig is not None
    pos = spec.get("position", "top")
    body_sig = new
    if sig:
        gap = "\n\n" if new else ("\n\n" if c.startswith("iphone") else "")
        if c.startswith("samsung"):
            gap = "\n\n\n\n" if new else "\n\n\n"
        body_sig = new + gap + sig
    if not quote:
        return body_sig + "\n"
    otext = orig["text"]
    if spec.get("fwd"):
        return (body_sig + "\n\n" + gmail_fwd_block(orig, spec) + otext + "\n")
    if c.startswith("iphone"):
        q = gt(attribution(c, orig, spec) + "\n\n\ufeff" + otext, "> ", "> ")
        if pos == "bottom":
            return q + "\n\n" + body_sig + "\n"
        return body_sig + "\n\n" + q + "\n"
    if c.startswith("gmail"):
        att = "\n".join(wrap(attribution(c, orig, spec)))
        q = att + "\n\n" + gt(otext) + "\n"
        if pos == "bottom":
            return q + "\n" + body_sig + "\n"
        return body_sig + "\n\n" + q
    if c.startswith("outlook"):
        blk, _ = outlook_block(orig, spec)
        return body_sig + "\n" + blk + otext + "\n"
    if c == "yahoo-android":
        return body_sig + "\n \n" + attribution(c, orig, spec) + "\n\n" + otext + "\n  \n"
    if c == "yahoo-ios":
        return body_sig + "\n\n\n" + attribution(c, orig, spec) + "\n\n" + gt(otext, "> ", ">") + "\n"
    if c.startswith("samsung"):
        return body_sig + "\n\n\n" + samsung_block(orig, spec) + otext + "\n"
    if c == "att-web":
        return body_sig + "\n\n\n    " + attribution(c, orig, spec) + "  \n \n \n" + otext + "\n"
    if c == "verizon-web":
        return body_sig + "\n\n\n" + aol_block(orig, spec) + otext + "\n"
    if c == "proton":
        q = attribution(c, orig, spec) + "\n\n" + gt(otext, "> ", ">")
        if pos == "bottom":
            return q + "\n\n" + body_sig + "\n"
        return body_sig + "\n\n" + q + "\n"
    if c == "fastmail":
        q = attribution(c, orig, spec) + "\n" + gt(otext, "> ", ">")
        if pos == "bottom":
            return q + "\n\n" + body_sig + "\n"
        return body_sig + "\n\n" + q + "\n"
    raise ValueError(c)


def new_html(text, tag="div", attrs=""):
    if not text:
        return "<%s%s><br></%s>" % (tag, attrs, tag)
    out = []
    for l in text.split("\n"):
        out.append("<%s%s>%s</%s>" % (tag, attrs, mk.html_escape(l) if l else "<br>", tag))
    return "\n".join(out)


def orig_html(orig):
    return mk.paras_html(orig["text"])


def compose_html(spec):
    c = spec["client"]
    new = spec.get("text", "")
    sig = signature(spec)
    orig = O.get(spec.get("reply")) if spec.get("reply") else None
    quote = spec.get("quote", True) and orig is not None
    pos = spec.get("position", "top")
    if c.startswith("iphone"):
        parts = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                 '<body dir="auto">']
        mine = new_html(new, "div", ' dir="ltr"') if new else '<div dir="ltr"></div>'
        if sig:
            mine += '<div dir="ltr"><br></div><div dir="ltr">%s</div>' % mk.html_escape(sig)
        if quote:
            q = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                 '<blockquote type="cite"><div dir="ltr">\ufeff%s</div></blockquote>' %
                 (mk.html_escape(attribution(c, orig, spec)), orig_html(orig)))
            parts.append(q + mine if pos == "bottom" else mine + q)
        else:
            parts.append(mine)
        parts.append("</body></html>")
        return "".join(parts)
    if c.startswith("gmail"):
        mine = '<div dir="ltr">%s</div>' % ("<br>".join(mk.html_escape(l) for l in new.split("\n")) if new else "<br>")
        if not quote:
            return mine + "\n"
        if spec.get("fwd"):
            d = odt(orig)
            blk = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   '---------- Forwarded message ---------<br>From: <b class="gmail_sendername" dir="auto">%s</b>'
                   ' <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>Date: %s<br>Subject: %s<br>'
                   'To: &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>%s</div>' %
                   (orig["name"], orig["addr"], orig["addr"],
                    "%s, %s %d, %d at %s" % (mk.DAYS[d.weekday()], mk.MONS[d.month - 1], d.day, d.year,
                                             mk.h12(d).replace(" ", NNBSP)),
                    mk.html_escape(orig["subject"]), spec["email"], spec["email"], orig_html(orig)))
            return mine + blk + "\n"
        att = mk.html_escape(attribution(c, orig, spec)).replace(
            "&lt;%s&gt;" % orig["addr"], '&lt;<a href="mailto:%s">%s</a>&gt;' % (orig["addr"], orig["addr"]))
        q = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (att, orig_html(orig)))
        if pos == "bottom":
            return q + "<div><br></div>" + mine + "\n"
        return mine + "<br>" + q + "\n"
    if c.startswith("outlook"):
        h = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>'
             % spec.get("charset", "us-ascii")]
        h.append('<div dir="auto">' + ("<br>".join(mk.html_escape(l) for l in new.split("\n")) if new else "<br>")
                 + "</div>")
        if sig:
            label, url = sig.split("<")
            h.append('<div dir="auto"><br></div><div class="ms-outlook-mobile-signature">%s<a href="%s">%s</a>'
                     '</div>' % ("Get ", url.rstrip(">"), label.replace("Get ", "")))
        if quote:
            _, sent = outlook_block(orig, spec)
            h.append('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                     '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> %s &lt;%s&gt;'
                     '<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s &lt;%s&gt;<br>\n<b>Subject:</b> %s</font>\n'
                     '<div>&nbsp;</div>\n</div>\n%s' % (orig["name"], orig["addr"], sent, spec["email"],
                                                      spec["email"], mk.html_escape(orig["subject"]),
                                                      orig_html(orig)))
        h.append("</body>\n</html>\n")
        return "\n".join(h)
    if c.startswith("yahoo") or c in ("att-web", "verizon-web"):
        h = ['<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
             'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div>'
             % (spec["_rng"].randint(10000000, 99999999) if "_rng" in spec else 1,
                "<br>".join(mk.html_escape(l) for l in new.split("\n")) if new else "<br>")]
        if sig:
            h.append('<div id="ymail_android_signature"><a id="ymail_android_signature_link" '
                     'href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315'
                     '_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;'
                     'af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">%s</a></div>' % mk.html_escape(sig))
        if quote:
            if c == "verizon-web":
                blk = mk.text_to_html_lines(aol_block(orig, spec))
                h.append('<div><br></div><div><br></div><div style="font-family:Arial, Helvetica, sans-serif;'
                         'font-size:10pt;color:black">%s<div>%s</div></div>' % (blk, orig_html(orig)))
            else:
                h.append('<div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:Helvetica Neue, '
                         'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br>'
                         '</div><div><br></div><div>%s</div></div></div>' %
                         (spec["_rng"].randint(1000000000, 9999999999) if "_rng" in spec else 1,
                          mk.html_escape(attribution(c if c != "verizon-web" else "att-web", orig, spec).strip()),
                          orig_html(orig)))
        h.append("</body></html>")
        return "".join(h)
    if c.startswith("samsung"):
        h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
             '<body><div dir="auto">%s</div>' % ("<br>".join(mk.html_escape(l) for l in new.split("\n"))
                                                   if new else "")]
        if sig:
            h.append('<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" '
                     'dir="auto"><div style="font-size:12px;color:#575757" dir="auto">%s</div></div>'
                     % mk.html_escape(sig))
        if quote:
            blk = samsung_block(orig, spec)
            h.append('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">'
                     '<div>%s</div></div>%s' % (mk.text_to_html_lines(blk.strip("\n")), orig_html(orig)))
        h.append("</body></html>")
        return "".join(h)
    if c == "proton":
        mine = '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>' % (
            "<br>".join(mk.html_escape(l) for l in new.split("\n")) if new else "<br>")
        sg = ('<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
              '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" '
              'href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>') if sig else ""
        if not quote:
            return mine + sg
        q = ('<div class="protonmail_quote">%s<br><blockquote class="protonmail_quote" type="cite">%s'
             '</blockquote><br></div>' % (mk.html_escape(attribution(c, orig, spec)), orig_html(orig)))
        if pos == "bottom":
            return q + mine + sg
        return mine + '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>' + sg + \
            '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>' + q
    if c == "fastmail":
        mine = "".join("<div>%s</div>" % (mk.html_escape(l) if l else "<br>") for l in new.split("\n"))
        h = ['<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing'
             '{margin:0}</style></head><body>']
        if not quote:
            h.append(mine)
        else:
            q = ('<div>%s</div><blockquote type="cite" id="qt" style="">%s</blockquote>' %
                 (mk.html_escape(attribution(c, orig, spec)), orig_html(orig)))
            h.append(q + "<div><br></div>" + mine if pos == "bottom" else mine + "<div><br></div>" + q)
        h.append("</body></html>")
        return "".join(h)
    raise ValueError(c)


# -------------------------------------------------------- per client ----

def thread_headers(spec, orig):
    if not orig or not spec.get("irt", True) or spec.get("fwd"):
        return None, None
    refs = orig.get("refs", "")
    r = (refs + " " if refs else "") + orig["msgid"]
    return orig["msgid"], r


def provider_ip(rng, kind):
    if kind == "gmail":
        n = rng.randint(128, 220)
        return "mail-%s-f%d.google.com" % (rng.choice(["yw1", "qk1", "pj1", "pl1", "oi1", "qt1", "ua1", "vs1"]), n), \
            "209.85.%d.%d" % (rng.choice([128, 160, 166, 167, 210, 214, 216, 219, 222]), n)
    if kind == "icloud":
        n = rng.randint(10, 99)
        return "pv50p00im-ztdg100%d01.me.com" % n, "17.58.6.%d" % rng.randint(40, 60)
    if kind == "outlook":
        a = rng.choice(["mw2", "bn8", "dm6", "co1", "ch3", "sa1"])
        n = rng.randint(2010, 2099)
        return "mail-%snam12olkn%d.outbound.protection.outlook.com" % (a, n), "40.92.%d.%d" % (
            rng.randint(18, 60), n - 2000)
    if kind in ("yahoo", "att", "aol"):
        s = rng.randint(301, 330)
        dc = {"yahoo": "ne1", "att": "gq1", "aol": "bf2"}[kind]
        ipbase = {"ne1": "66.163.", "gq1": "98.137.", "bf2": "74.6."}[dc]
        return "sonic%d-%d.consmr.mail.%s.yahoo.com" % (s, rng.randint(10, 40), dc), \
            ipbase + "%d.%d" % (rng.randint(128, 190), rng.randint(2, 250))
    if kind == "proton":
        n = rng.choice([4316, 4317, 4322, 4323, 16116, 10629])
        if n > 10000:
            return "mail-%d.protonmail.ch" % n, "185.70.40.%d" % (n % 200)
        return "mail-%d.protonmail.ch" % n, "185.70.43.%d" % (n % 100)
    if kind == "fastmail":
        h = rng.choice(["fout-a1", "fout-a5", "fout-b2", "fhigh-a3", "fhigh-b7"])
        return "%s-smtp.messagingengine.com" % h, "103.168.172.%d" % rng.randint(130, 160)
    if kind == "comcast":
        return "resomta-a1p-%06d.sys.comcast.net" % rng.randint(70000, 79999), "96.102.%d.%d" % (
            rng.randint(18, 200), rng.randint(2, 250))
    raise ValueError(kind)


def _extra(mh, spec):
    for k, v in spec.get("extra_headers", []):
        mh.add(k, v, raw=True)


def build(spec, rng):
    c = spec["client"]
    spec = dict(spec)
    spec["_rng"] = rng
    orig = O.get(spec.get("reply")) if spec.get("reply") else None
    to_addr = mailbox_addr(spec["mailbox"])
    dt = mk.parse_local(spec["date"], spec.get("zone", "central"))
    subject = reply_subject(spec, orig) if orig else spec.get("subject", "")
    irt, refs = thread_headers(spec, orig)
    plain = compose_plain(spec)
    want_html = spec.get("html", None)
    fn = globals()["_c_" + c.replace("-", "_")]
    return fn(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig)


def _alt(rng, plain_part, html_part, boundary, quoted=True):
    return mk.multipart("alternative", [plain_part, html_part], boundary, quoted=quoted)


# ---- Apple iPhone Mail (iCloud or Gmail account) ----

IOS_BUILDS = ["22D82", "22E240", "22F76", "22G86", "23A341", "23B85", "21H16"]


def _c_iphone(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig, acct="icloud"):
    html = want_html if want_html is not None else bool(orig and spec.get("quote", True))
    tp = mk.text_part(plain, "plain", "utf-8", cte="auto")
    if html:
        bnd = "Apple-Mail-" + mk.ruuid(rng)
        tp.order = "cte-first"
        hp = mk.text_part(compose_html(spec), "html", "utf-8", cte="auto", order="cte-first")
        body = mk.multipart("alternative", [tp, hp], bnd, quoted=False, cte="7bit")
        body.order = "ct-first"
    else:
        body = tp
        body.order = "ct-first"
    domain = "icloud.com" if acct == "icloud" else "gmail.com"
    msgid = "<%s@%s>" % (mk.ruuid(rng), domain)
    mh = mk.Headers()
    mh.add("From", mk.addr(spec["name"], spec["email"]))
    mh.add("Mime-Version", "1.0 (1.0)")
    mh.add("Subject", mk.subj(subject))
    mh.add("Date", mk.rfcdate(dt))
    if not spec.get("no_msgid"):
        mh.add("Message-Id", msgid, raw=True)
    if refs:
        mh.add("References", refs)
    if spec.get("reply_to"):
        mh.add("Reply-To", spec["reply_to"])
    if irt:
        mh.add("In-Reply-To", irt, raw=True)
    mh.add("To", to_addr if not spec.get("to_display") else spec["to_display"])
    mh.add("X-Mailer", "%s Mail (%s)" % (spec.get("device", "iPhone"), spec.get("ios", rng.choice(IOS_BUILDS))))
    # provider part
    trace = mk.Headers()
    env = spec["email"]
    if acct == "icloud":
        host, ip = provider_ip(rng, "icloud")
        t0 = mk.plus(dt, 1)
        prov = ["Received: from smtpclient.apple (unknown [17.57.155.%d])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n"
                "\tfor <%s>; %s" % (rng.randint(2, 40), host.split(".")[0], mk.rhex(rng, 12).upper(), to_addr,
                                    mk.postfix_date(t0))]
        auth = auth_pass(rng, host, env, ip, "icloud.com", "1a1hai", dmarc="p=QUARANTINE sp=QUARANTINE dis=NONE")
        trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=prov)
        trace.items.append(mk.dkim(rng, "icloud.com", "1a1hai", "From:Content-Type:Mime-Version:Subject:Date:"
                                   "Message-Id:To", mk.body_hash(body), t=int(dt.timestamp()) + 1))
        trace.add("X-Proofpoint-ORIG-GUID", mk.ralnum(rng, 32), raw=True)
        trace.add("X-Proofpoint-GUID", mk.ralnum(rng, 32), raw=True)
        trace.add("X-Proofpoint-Virus-Version", "vendor=baseguard\r\n engine=ICAP:2.0.293,Aquarius:18.0.1121,"
                  "Hydra:6.1.9,FMLib:17.12.80.40\r\n definitions=2026-%02d-%02d_%02d,2026-%02d-%02d_01,"
                  "2020-04-07_01 signatures=0" % (dt.month, dt.day, rng.randint(1, 9), dt.month, dt.day), raw=True)
        trace.add("X-Proofpoint-Spam-Details", "rule=notspam policy=default score=0 mlxscore=0 phishscore=0\r\n"
                  " bulkscore=0 spamscore=0 clxscore=%d suspectscore=0 malwarescore=0\r\n mlxlogscore=%d "
                  "adultscore=0 classifier=spam adjust=0 reason=mlx\r\n scancount=1 engine=8.19.0-2308100000 "
                  "definitions=main-26%02d%02d%04d" % (rng.randint(1010, 1034), rng.randint(600, 999),
                                                      dt.month, dt.day, rng.randint(0, 9999)), raw=True)
    else:
        host, ip = provider_ip(rng, "gmail")
        prov = _gmail_internal(rng, dt, to_addr, host)
        auth = auth_pass(rng, host, env, ip, "gmail.com", "20230601")
        trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=prov[:1])
        trace.items.append(mk.dkim(rng, "gmail.com", "20230601", "to:x-mailer:in-reply-to:references:message-id:"
                                   "date:subject:mime-version:from:content-transfer-encoding:from:to:cc:subject:"
                                   "date:message-id:reply-to", mk.body_hash(body), t=int(dt.timestamp()),
                                   x=int(dt.timestamp()) + 604800, extra_tags=["darn=alliant-energy.com"]))
        trace.items += _gmail_state(rng, dt)
        trace.items.append("Received: from smtpclient.apple ([2600:1700:%s:%s::%s])\r\n"
                           "        by smtp.gmail.com with ESMTPSA id %s\r\n"
                           "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);"
                           "\r\n        %s" % (mk.rhex(rng, 4), mk.rhex(rng, 4), mk.rhex(rng, 2),
                                                "%s.%d.%s" % (mk.rhex(rng, 16), rng.randint(1, 9), mk.rhex(rng, 16)),
                                                to_addr, _gmail_pt(dt)))
    _extra(mh, spec)
    return mk.finish_custom(trace, mh, body, mime_first=True)


def _c_iphone_gmail(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig):
    return _c_iphone(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig, acct="gmail")


# ---- Gmail (Android / iOS app) ----

def _gmail_pt(dt):
    pac = dt.astimezone(_dt.timezone(_dt.timedelta(hours=mk.us_offset(
        dt.astimezone(_dt.timezone.utc).replace(tzinfo=None) - _dt.timedelta(hours=8), "pacific"))))
    return mk.rfcdate(pac, pad=True, suffix=" (%s)" % ("PDT" if pac.utcoffset().total_seconds() == -25200 else "PST"))


def _gmail_internal(rng, dt, to_addr, host):
    return ["Received: by %s with SMTP id %s\r\n        for <%s>; %s" % (
        host, "%05d%s-%s.%d" % (rng.randint(0, 99999), mk.rhex(rng, 6), mk.ralnum(rng, 20,
                                                                                  "0123456789abcdefso"),
                                rng.randint(1, 9)), to_addr, _gmail_pt(dt))]


def _gmail_state(rng, dt):
    out = []
    out.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; "
               "s=20230601; t=%d; x=%d;\r\n        h=to:subject:message-id:date:from:in-reply-to:references\r\n"
               "         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\r\n"
               "         :reply-to;\r\n        bh=%s;\r\n        b=%s\r\n         %s" % (
                   int(dt.timestamp()), int(dt.timestamp()) + 604800, mk.rb64(rng, 32), mk.rb64(rng, 48),
                   mk.rb64(rng, 48)))
    out.append("X-Gm-Message-State: AOJu0Y%s\r\n\t%s" % (mk.ralnum(rng, 60), mk.ralnum(rng, 44)))
    out.append("X-Gm-Gg: ASbGnc%s\r\n\t%s" % (mk.ralnum(rng, 64), mk.ralnum(rng, 60)))
    out.append("X-Google-Smtp-Source: AGHT+IF%s" % mk.ralnum(rng, 60))
    out.append("X-Received: by 2002:a05:%d:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\r\n        %s" % (
        rng.choice([6902, 6214, 7300, 6808]), mk.rhex(rng, 4),
        mk.rhex(rng, 3), mk.rhex(rng, 4), mk.rhex(rng, 10), mk.rhex(rng, 12), rng.randint(1, 40),
        rng.randint(1000000000000, 9999999999999), _gmail_pt(dt)))
    return out


def _gmail_msgid(rng):
    return "<CA%s@mail.gmail.com>" % mk.ralnum(rng, rng.choice([52, 54, 56]),
                                                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")


def _gmail_common(spec, rng, dt, to_addr, subject, irt, refs, body, msgid, extra_mh=None, dkim_h=None):
    env = spec["email"]
    host, ip = provider_ip(rng, "gmail")
    auth = auth_pass(rng, host, env, ip, "gmail.com", "20230601")
    trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=_gmail_internal(rng, dt, to_addr, host))
    trace.items.append(mk.dkim(rng, "gmail.com", "20230601", dkim_h or (
        "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:"
        "reply-to"), mk.body_hash(body), t=int(dt.timestamp()), x=int(dt.timestamp()) + 604800,
        extra_tags=["darn=alliant-energy.com"]))
    trace.items += _gmail_state(rng, dt)
    mh = mk.Headers()
    mh.add("MIME-Version", "1.0")
    if refs:
        mh.add("References", refs)
    if irt:
        mh.add("In-Reply-To", irt, raw=True)
    mh.add("From", mk.addr(spec["name"], spec["email"]))
    mh.add("Date", mk.rfcdate(dt))
    for k, v in extra_mh or []:
        mh.add(k, v, raw=True)
    mh.add("X-Gm-Features", "AQt7F2%s" % mk.ralnum(rng, 60), raw=True)
    if not spec.get("no_msgid"):
        mh.add("Message-ID", msgid, raw=True)
    mh.add("Subject", mk.subj(subject, enc="B" if any(ord(ch) > 0xFFFF for ch in subject) else "Q"))
    mh.add("To", to_addr if not spec.get("to_display") else spec["to_display"])
    if spec.get("reply_to"):
        mh.add("Reply-To", spec["reply_to"])
    return trace, mh


def _c_gmail_android(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig):
    tp = mk.text_part(plain, "plain", "UTF-8", cte="auto", quote_cs=True)
    if tp.cte == "7bit":
        tp.cte = None
    hp = mk.text_part(compose_html(spec), "html", "UTF-8", cte="auto", quote_cs=True)
    if hp.cte == "7bit":
        hp.cte = None
    bnd = "000000000000" + mk.rhex(rng, 16)
    body = mk.multipart("alternative", [tp, hp], bnd, quoted=True)
    trace, mh = _gmail_common(spec, rng, dt, to_addr, subject, irt, refs, body, _gmail_msgid(rng))
    _extra(mh, spec)
    return mk.finish(trace, mh, body)


_c_gmail_ios = _c_gmail_android


# ---- Outlook mobile (outlook.com / hotmail) ----

def _c_outlook(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig):
    cs = spec.get("charset", "us-ascii")
    try:
        mk.enc_charset(plain, cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    spec["charset"] = cs
    tp = mk.text_part(plain, "plain", cs, cte="quoted-printable", quote_cs=True)
    hp = mk.text_part(compose_html(spec), "html", cs, cte="quoted-printable", quote_cs=True)
    pod = rng.choice(["SA1PR14MB", "DM6PR12MB", "BY5PR19MB", "PH0PR10MB", "CH3PR20MB", "MN2PR17MB"])
    pod += "%04d" % rng.randint(1000, 9999)
    region = "namprd%s" % pod[5:7]
    local = pod + mk.ralnum(rng, 36, "0123456789ABCDEF") + "A"
    msgid = "<%s@%s.%s.prod.outlook.com>" % (local, pod, region)
    bnd = "_000_" + local + pod + region[:4] + "_"
    body = mk.multipart("alternative", [tp, hp], bnd, quoted=True)
    env = spec["email"]
    dom = env.split("@")[1]
    host, ip = provider_ip(rng, "outlook")
    internal = ["Received: from %s.%s.prod.outlook.com\r\n ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com\r\n"
                " ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (
                    pod, region, mk.rhex(rng, 4), mk.rhex(rng, 4), mk.rhex(rng, 4), mk.rhex(rng, 4), pod, region,
                    mk.rhex(rng, 4), mk.rhex(rng, 4), mk.rhex(rng, 4), mk.rhex(rng, 4), rng.randint(3, 7),
                    rng.randint(8700, 9300), rng.randint(0, 40), mk.rfcdate(dt, utc=True))]
    auth = auth_pass(rng, host, env, ip, dom, "selector1", dmarc="p=NONE sp=QUARANTINE dis=NONE")
    trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=internal)
    trace.items.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s" % (
        mk.rb64(rng, 120)))
    trace.items.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n"
                       " s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                       "X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:"
                       "X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s" % (
                           mk.body_hash(body), mk.rb64(rng, 120)))
    trace.items.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n"
                       " dkim=none; arc=none")
    trace.items.append(mk.dkim(rng, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                               "X-MS-Exchange-SenderADCheck", mk.body_hash(body)))
    mh = mk.Headers()
    mh.add("From", mk.addr(spec["name"], spec["email"], enc=spec.get("name_enc", "B"),
                           charset="utf-8" if cs.lower() not in ("iso-8859-1", "windows-1252") else cs))
    mh.add("To", spec.get("to_display") or "\"%s\" <%s>" % (to_addr, to_addr))
    if spec.get("reply_to"):
        mh.add("Reply-To", spec["reply_to"])
    mh.add("Subject", mk.subj(subject))
    mh.add("Thread-Topic", mk.subj(subject[4:] if subject[:4].lower() in ("re: ", "fw: ") else subject))
    mh.add("Thread-Index", "AQHc" + mk.ralnum(rng, 28) + "==", raw=True)
    mh.add("Date", mk.rfcdate(dt, utc=True))
    if not spec.get("no_msgid"):
        mh.add("Message-ID", msgid, raw=True)
    if refs:
        mh.add("References", refs)
    if irt:
        mh.add("In-Reply-To", irt, raw=True)
    mh.add("Accept-Language", spec.get("accept_lang", "en-US"), raw=True)
    mh.add("Content-Language", spec.get("accept_lang", "en-US"), raw=True)
    mh.add("X-MS-Has-Attach", "", raw=True)
    mh.add("X-MS-TNEF-Correlator", "", raw=True)
    mh.add("msip_labels", "", raw=True)
    mh.add("x-ms-exchange-messagesentrepresentingtype", "1", raw=True)
    mh.add("x-ms-publictraffictype", "Email", raw=True)
    mh.add("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (pod, "PH7P220MB%04d" % rng.randint(1000, 9999)),
           raw=True)
    mh.add("x-ms-office365-filtering-correlation-id", str(mk.ruuid(rng, upper=False)), raw=True)
    mh.add("x-microsoft-antispam", "BCL:0;ARA:14566002|%d|%d|%d|%d;" % (
        rng.randint(8000000, 9999999), rng.randint(15000000, 19999999), rng.randint(400000, 499999),
        rng.randint(3400000, 3499999)), raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    _extra(mh, spec)
    out = mk.finish(trace, mh, body)
    return out


_c_outlook_ios = _c_outlook
_c_outlook_android = _c_outlook


# ---- Yahoo Mail app, AT&T (Yahoo-hosted) and Verizon (AOL-hosted) webmail ----

def _c_yahoo_family(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig, kind):
    cte = spec.get("cte", "auto")
    tp = mk.text_part(plain, "plain", "UTF-8", cte=cte)
    html_only = spec.get("html_only", False)
    hp = mk.text_part(compose_html(spec), "html", "UTF-8", cte=cte)
    if tp.cte == "7bit" and rng.random() < 0.5:
        pass
    ms = mk.epoch_ms(dt, rng)
    a, b = rng.randint(100000000, 2147483647), rng.randint(100000, 9999999)
    bnd = "----=_Part_%d_%d.%d" % (b + 1, a - 1, ms)
    body = hp if html_only else mk.multipart("alternative", [tp, hp], bnd, quoted=True)
    msgid = "<%d.%d.%d@mail.yahoo.com>" % (a, b, ms)
    env = spec["email"]
    dom = env.split("@")[1]
    host, ip = provider_ip(rng, {"yahoo": "yahoo", "att": "att", "aol": "aol"}[kind])
    s_dkim = {"yahoo.com": "s2048", "att.net": "s1024", "verizon.net": "a2048", "sbcglobal.net": "s1024",
              "aol.com": "a2048", "ymail.com": "s2048"}.get(dom, "s2048")
    internal = ["Received: from sonic.gate.mail.%s.yahoo.com by %s with HTTP; %s" % (
        host.split(".")[-3], host.split("-")[0] + "." + ".".join(host.split(".")[1:]), mk.rfcdate(dt, utc=True))]
    auth = auth_pass(rng, host, env, ip, dom, s_dkim,
                     dmarc="p=REJECT sp=REJECT dis=NONE" if dom in ("yahoo.com", "aol.com") else
                     "p=NONE sp=NONE dis=NONE")
    trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=internal)
    trace.items.append(mk.dkim(rng, dom, s_dkim, "Date:From:To:Subject:References:From:Subject:Reply-To",
                               mk.body_hash(body), t=int(dt.timestamp())))
    trace.items.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048;"
                       " t=%d;\r\n bh=%s;\r\n h=X-Sonic-MF:Date:From:To:Subject:From:Subject;\r\n b=%s" % (
                           int(dt.timestamp()), mk.body_hash(body), mk.rb64(rng, 150)))
    trace.items.append("X-YMail-OSG: %s\r\n %s\r\n %s" % (mk.ralnum(rng, 70, mk.ralnum.__defaults__[0] + "._"),
                                                          mk.ralnum(rng, 76), mk.ralnum(rng, 40)))
    trace.add("X-Sonic-MF", "<%s>" % env, raw=True)
    trace.add("X-Sonic-ID", mk.ruuid(rng, upper=False), raw=True)
    mh = mk.Headers()
    mh.add("Date", mk.rfcdate(dt, utc=True, suffix=" (UTC)"))
    mh.add("From", mk.addr(spec["name"], spec["email"]))
    mh.add("To", spec.get("to_display") or '"%s" <%s>' % (to_addr, to_addr))
    if spec.get("reply_to"):
        mh.add("Reply-To", spec["reply_to"])
    if not spec.get("no_msgid"):
        mh.add("Message-ID", msgid, raw=True)
    if irt:
        mh.add("In-Reply-To", irt, raw=True)
    if refs:
        mh.add("References", refs)
    mh.add("Subject", mk.subj(subject))
    mh.add("MIME-Version", "1.0", raw=True)
    xm = {"yahoo": spec.get("xmailer"), "att": "WebService/1.1.%d YMailNorrin" % rng.randint(24000, 24600),
          "aol": "WebService/1.1.%d AolMailNorrin" % rng.randint(24000, 24600)}[kind]
    trailer = mk.Headers()
    if xm:
        trailer.add("X-Mailer", xm, raw=True)
    _extra(mh, spec)
    top = trace.render() + mh.render()
    part_headers = ("\r\n".join(body.header_lines()) + "\r\n").encode("ascii")
    return top + part_headers + trailer.render() + mk.CRLF + body.body_bytes()


def _c_yahoo_android(*a):
    return _c_yahoo_family(*a, kind="yahoo")


_c_yahoo_ios = _c_yahoo_android


def _c_att_web(*a):
    return _c_yahoo_family(*a, kind="att")


def _c_verizon_web(*a):
    return _c_yahoo_family(*a, kind="aol")


# ---- Samsung Email ----

def _c_samsung(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig, acct):
    tp = mk.text_part(plain, "plain", "UTF-8", cte="base64", quote_cs=True)
    hp = mk.text_part(compose_html(spec), "html", "UTF-8", cte="base64", quote_cs=True)
    ms = mk.epoch_ms(dt, rng)
    bnd = "--_com.samsung.android.email_%d%04d" % (ms, rng.randint(0, 9999))
    body = mk.multipart("alternative", [tp, hp], bnd, quoted=True)
    sid = mk.ralnum(rng, 24, "abcdefghijklmnopqrstuvwxyz0123456789")
    msgid = "<%s.%d@email.android.com>" % (sid, ms)
    env = spec["email"]
    dom = env.split("@")[1]
    mh = mk.Headers()
    mh.add("Date", mk.rfcdate(dt, pad=True))
    if not spec.get("no_msgid"):
        mh.add("Message-ID", msgid, raw=True)
    mh.add("X-Android-Message-ID", msgid, raw=True)
    if irt:
        mh.add("In-Reply-To", irt, raw=True)
    if refs:
        mh.add("References", refs)
    mh.add("Subject", mk.subj(subject, enc="B"))
    mh.add("From", mk.addr(spec["name"], spec["email"], enc="B"))
    mh.add("To", spec.get("to_display") or to_addr)
    if spec.get("reply_to"):
        mh.add("Reply-To", spec["reply_to"])
    mh.add("Importance", "Normal", raw=True)
    mh.add("X-Priority", "3", raw=True)
    mh.add("X-MSMail-Priority", "Normal", raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    if acct == "gmail":
        host, ip = provider_ip(rng, "gmail")
        auth = auth_pass(rng, host, env, ip, "gmail.com", "20230601")
        trace = our_trace(rng, dt, env, to_addr, host, ip, auth,
                          extra_received=_gmail_internal(rng, dt, to_addr, host))
        trace.items.append(mk.dkim(rng, "gmail.com", "20230601", "mime-version:importance:to:from:subject:"
                                   "references:in-reply-to:message-id:date:from:to:cc:subject:date:message-id:"
                                   "reply-to", mk.body_hash(body), t=int(dt.timestamp()),
                                   x=int(dt.timestamp()) + 604800, extra_tags=["darn=alliant-energy.com"]))
        trace.items += _gmail_state(rng, dt)
        trace.items.append("Received: from [10.%d.%d.%d] ([172.56.%d.%d])\r\n        by smtp.gmail.com with "
                           "ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_"
                           "SHA384 bits=256/256);\r\n        %s" % (
                               rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), rng.randint(1, 250),
                               rng.randint(1, 250), mk.rhex(rng, 16), to_addr, _gmail_pt(dt)))
    elif acct == "comcast":
        host, ip = provider_ip(rng, "comcast")
        internal = ["Received: from [10.0.0.%d] ([73.%d.%d.%d])\r\n\tby %s with ESMTPSA\r\n\tid %s; %s" % (
            rng.randint(2, 60), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), host.split(".")[0],
            mk.ralnum(rng, 16), mk.rfcdate(dt, utc=True))]
        auth = auth_pass(rng, host, env, ip, "comcast.net", "20190202a")
        trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=internal)
        trace.items.append(mk.dkim(rng, "comcast.net", "20190202a", "Received:Received:Date:Message-ID:"
                                   "Subject:From:To:MIME-Version:Content-Type", mk.body_hash(body),
                                   t=int(dt.timestamp())))
        trace.add("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgeeftddrvdegledgleeiucetufdoteggodetrfdotffvucfr"
                  "rhhofhhilhgvmecuvehomhgtrghsthdqtfgvshhtpdfqfgfvnecuuegrihhlohhuthemuceftddtnecu", raw=True)
        trace.add("X-Xfinity-VMeta", "sc=-100.00;st=legit", raw=True)
    else:  # att.net account through Yahoo's servers
        host, ip = provider_ip(rng, "att")
        internal = ["Received: by hermes--production-gq1-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\r\n"
                    "          %s" % (mk.rhex(rng, 10) + "-" + mk.ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz"),
                                      mk.rhex(rng, 32), mk.rfcdate(dt, utc=True, suffix=" (UTC)"))]
        auth = auth_pass(rng, host, env, ip, "att.net", "s1024")
        trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=internal)
        trace.items.append(mk.dkim(rng, "att.net", "s1024", "Date:Subject:From:To:References:From:Subject:"
                                   "Reply-To", mk.body_hash(body), t=int(dt.timestamp())))
        trace.add("X-Sonic-MF", "<%s>" % env, raw=True)
        trace.add("X-Sonic-ID", mk.ruuid(rng, upper=False), raw=True)
    _extra(mh, spec)
    return mk.finish(trace, mh, body)


def _c_samsung_gmail(*a):
    return _c_samsung(*a, acct="gmail")


def _c_samsung_comcast(*a):
    return _c_samsung(*a, acct="comcast")


def _c_samsung_att(*a):
    return _c_samsung(*a, acct="att")


# ---- Proton Mail ----

def _c_proton(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig):
    tp = mk.text_part(plain, "plain", "utf-8", cte="base64")
    hp = mk.text_part(compose_html(spec), "html", "utf-8", cte="base64")
    bnd = "b1=_" + mk.ralnum(rng, 43)
    body = mk.multipart("alternative", [tp, hp], bnd, quoted=True)
    env = spec["email"]
    dom = env.split("@")[1]
    host, ip = provider_ip(rng, "proton")
    auth = auth_pass(rng, host, env, ip, dom, "protonmail3", dmarc="p=QUARANTINE sp=QUARANTINE dis=NONE")
    trace = our_trace(rng, dt, env, to_addr, host, ip, auth)
    trace.items.append(mk.dkim(rng, dom, "protonmail3", "Date:To:From:Subject:Message-ID:In-Reply-To:References:"
                               "Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector",
                               mk.body_hash(body), t=int(dt.timestamp()), x=int(dt.timestamp()) + 259200))
    mh = mk.Headers()
    mh.add("Date", mk.rfcdate(dt, pad=True, utc=True))
    mh.add("To", spec.get("to_display") or to_addr)
    mh.add("From", mk.addr(spec["name"], spec["email"]))
    if spec.get("reply_to"):
        mh.add("Reply-To", spec["reply_to"])
    mh.add("Subject", mk.subj(subject))
    if not spec.get("no_msgid"):
        mh.add("Message-ID", "<%s=@%s>" % (mk.ralnum(rng, 86, mk.ralnum.__defaults__[0] + "-_"), dom), raw=True)
    if irt:
        mh.add("In-Reply-To", irt, raw=True)
    if refs:
        mh.add("References", refs)
    mh.add("Feedback-ID", "%d:user:proton" % rng.randint(10000000, 99999999), raw=True)
    mh.add("X-Pm-Message-ID", mk.rhex(rng, 40), raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    _extra(mh, spec)
    return mk.finish(trace, mh, body)


# ---- Fastmail ----

def _c_fastmail(spec, rng, dt, to_addr, subject, irt, refs, plain, want_html, orig):
    tp = mk.text_part(plain, "plain", "utf-8", cte="quoted-printable")
    hp = mk.text_part(compose_html(spec), "html", "utf-8", cte="quoted-printable")
    bnd = mk.rhex(rng, 32)
    body = mk.multipart("alternative", [tp, hp], bnd, quoted=False)
    env = spec["email"]
    dom = env.split("@")[1]
    host, ip = provider_ip(rng, "fastmail")
    compute = "phl-compute-%02d" % rng.randint(1, 12)
    internal = [
        "Received: from %s.internal (%s.phl.internal [10.202.2.%d])\r\n\tby mailfout.phl.internal (Postfix) with "
        "ESMTP id %s\r\n\tfor <%s>; %s" % (compute, compute, rng.randint(40, 60), mk.rhex(rng, 10).upper(), to_addr,
                                           mk.rfcdate(dt, pad=True)),
        "Received: from phl-imap-%02d ([10.202.2.%d])\r\n  by %s.internal (MEProxy); %s" % (
            rng.randint(1, 20), rng.randint(80, 99), compute, mk.rfcdate(dt, pad=True)),
    ]
    auth = auth_pass(rng, host, env, ip, dom, "fm1", extra_dkim=[("messagingengine.com", "fm1")])
    trace = our_trace(rng, dt, env, to_addr, host, ip, auth, extra_received=internal)
    h = ("cc:content-transfer-encoding:content-type:content-type:date:date:from:from:in-reply-to:in-reply-to:"
         "message-id:mime-version:references:reply-to:subject:subject:to:to")
    trace.items.append(mk.dkim(rng, dom, "fm1", h, mk.body_hash(body), t=int(dt.timestamp()),
                               x=int(dt.timestamp()) + 86400))
    trace.items.append(mk.dkim(rng, "messagingengine.com", "fm1", h, mk.body_hash(body), t=int(dt.timestamp()),
                               x=int(dt.timestamp()) + 86400))
    trace.add("X-ME-Sender", "<xms:%s>" % mk.ralnum(rng, 60), raw=True)
    trace.add("Feedback-ID", "i%s:Fastmail" % mk.rhex(rng, 8), raw=True)
    trace.items.append("Received: by mailuser.phl.internal (Postfix, from userid 501)\r\n\tid %s; %s" % (
        mk.rhex(rng, 10).upper(), mk.rfcdate(dt, pad=True, suffix=" (%s)" % (
            "CDT" if dt.utcoffset().total_seconds() == -18000 else "CST"))))
    mh = mk.Headers()
    mh.add("X-Mailer", "MessagingEngine.com Webmail Interface", raw=True)
    mh.add("MIME-Version", "1.0", raw=True)
    mh.add("X-ThreadId", "T" + mk.rhex(rng, 16), raw=True)
    mh.add("Date", mk.rfcdate(dt, pad=True))
    mh.add("From", mk.addr(spec["name"], spec["email"], quote=True))
    mh.add("To", spec.get("to_display") or to_addr)
    if spec.get("reply_to"):
        mh.add("Reply-To", spec["reply_to"])
    if not spec.get("no_msgid"):
        mh.add("Message-Id", "<%s@app.fastmail.com>" % mk.ruuid(rng, upper=False), raw=True)
    if irt:
        mh.add("In-Reply-To", irt, raw=True)
    if refs:
        mh.add("References", refs)
    mh.add("Subject", mk.subj(subject))
    _extra(mh, spec)
    return mk.finish(trace, mh, body)
