"""Mail-program and provider models: how each one quotes, renders HTML and
writes its headers.  build_person_mail(spec, idx) turns one spec into bytes."""
import datetime as _dt
import random
import textwrap

from mailkit import (MAILBOXES, Leaf, Multi, assemble, b64_file, crlf, display, encode_body, epoch,
                     esc, flow, fold, fold_b64, hour12, make_pdf, mkdate, paragraphs, postfix_id, ralnum,
                     rb64, rdig, rfcdate, rhex, ruuid, sha_b64, smart_quotes, subject_value, to_zone)
from ours import OURS

# --------------------------------------------------------------------------
# ISPs that desktop programs (Outlook, Windows Live Mail, Thunderbird) submit through
# --------------------------------------------------------------------------
ISPS = {
    "netins.net": ("smtp.netins.net", "167.142.%d.%d", "s1"),
    "windstream.net": ("smtp.windstream.net", "162.39.%d.%d", None),
    "iowatelecom.net": ("smtp.windstream.net", "162.39.%d.%d", None),
    "frontier.com": ("smtp.frontier.com", "74.40.%d.%d", None),
    "frontiernet.net": ("smtp.frontier.com", "74.40.%d.%d", None),
    "tds.net": ("mail.tds.net", "216.170.%d.%d", "tds1"),
    "chorus.net": ("mail.tds.net", "216.170.%d.%d", "tds1"),
    "charter.net": ("mta-out-21.charter.net", "47.43.%d.%d", "charter2025"),
    "mhtc.net": ("smtp.mhtc.net", "208.107.%d.%d", None),
    "gmail.com": ("smtp.gmail.com", "209.85.%d.%d", "20230601"),
    "southslope.net": ("mail.southslope.net", "66.43.%d.%d", None),
    "mchsi.com": ("smtp.mediacombb.net", "173.219.%d.%d", None),
}

CLIENT_RDNS = [
    ("c-73-%d-%d-%d.hsd1.ia.comcast.net", "73.%d.%d.%d"),
    ("%d-%d-%d-%d.dyn.netins.net", "167.%d.%d.%d"),
    ("h%d-%d-%d-%d.wi.dyn.tds.net", "24.%d.%d.%d"),
    ("%d.%d.%d.%d.res.spectrum.com", "47.%d.%d.%d"),
    ("unknown", "50.%d.%d.%d"),
]

PCNAMES = ["DESKTOP-4KQ7M2P", "OwnerPC", "HP-PAVILION", "DELL-DESKTOP", "GrandpasPC", "KITCHEN-PC",
           "LAPTOP-8N2JQ5RS", "FarmOffice", "DESKTOP-R7T1VQE", "MomsComputer"]


def quoted_to(spec):
    """How our original message's To: reads when quoted."""
    return spec["frm"][1]


# --------------------------------------------------------------------------
# quoting
# --------------------------------------------------------------------------
def prefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def our_date(our):
    return mkdate(*our["date"]) if isinstance(our["date"], tuple) else our["date"]


def quote_text(client, spec, our, mode):
    d = our_date(our)
    name, addr = our["sender"]
    subj = our["subject"]
    rcpt = quoted_to(spec)
    t = our["text"]
    c = client
    if c in ("gmail",):
        when = "%s at %s" % (d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y"), hour12(d))
        if mode == "reply":
            return "On %s %s <%s> wrote:\n\n%s" % (when, name, addr, prefix(t))
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s"
                % (name, addr, when, subj, rcpt, t))
    if c in ("outlook", "m365"):
        when = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + hour12(d)
        return "From: %s <%s> \nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (name, addr, when, rcpt, subj, t)
    if c == "wlm":
        when = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + hour12(d)
        return "-----Original Message----- \nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (name, when, rcpt, subj, t)
    if c == "aol":
        when = d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y ") + hour12(d, lower=True)
        return "-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s\nSubject: %s\n\n%s" % (name, addr, rcpt, when, subj, t)
    if c == "yahoo":
        when = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y at %I:%M:%S %p ") + d.tzname()
        if mode == "reply":
            return "On %s, %s <%s> wrote:\n\n%s" % (when, name, addr, t)
        return "----- Forwarded Message -----\nFrom: %s <%s>\nTo: %s\nSent: %s\nSubject: %s\n\n%s" % (name, addr, rcpt, when, subj, t)
    if c == "thunderbird":
        if mode == "reply":
            return "On %d/%d/%s %s, %s wrote:\n%s" % (d.month, d.day, d.strftime("%y"), hour12(d), name, prefix(t))
        return ("-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n\n\n\n%s"
                % (subj, rfcdate(d), name, addr, rcpt, t))
    if c in ("apple", "iphone"):
        if mode == "reply":
            return "> On %s, at %s, %s <%s> wrote:\n> \n%s" % (d.strftime("%b ") + str(d.day) + d.strftime(", %Y"),
                                                             hour12(d), name, addr, prefix(t))
        when = d.strftime("%B ") + str(d.day) + d.strftime(", %Y at ") + hour12(d).replace(" ", ":%02d " % d.second, 1) + " " + d.tzname()
        return "Begin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n\n%s" % (name, addr, subj, when, rcpt, t)
    if c == "xfinity":
        when = d.strftime("%m/%d/%Y ") + hour12(d, zero=True) + " " + d.tzname()
        if mode == "reply":
            return "> On %s %s < %s> wrote:\n> \n> \n%s" % (when, name, addr, prefix(t))
        return "---------- Original Message ----------\nFrom: %s <%s>\nTo: %s\nDate: %s\nSubject: %s\n\n%s" % (name, addr, rcpt, when, subj, t)
    if c == "zimbra":
        when = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %I:%M:%S %p").replace(" 0", " ")
        hdr = '----- Original Message -----\nFrom: "%s" <%s>\nTo: "%s" <%s>\nSent: %s\nSubject: %s\n\n' % (
            name, addr, rcpt, rcpt, when, subj)
        if mode == "reply":
            return hdr + prefix(t)
        return hdr.replace("Original", "Forwarded") + t
    raise ValueError(c)


def quote_html(client, spec, our, mode):
    qt = quote_text(client, spec, our, mode)
    # header line(s) plain, quoted body as a blockquote
    d = our_date(our)
    body = "<br>".join(esc(l) for l in our["text"].split("\n"))
    head_txt = qt[: qt.find(our["text"][:20])] if our["text"][:20] in qt else ""
    head_lines = [l for l in head_txt.split("\n") if l.strip() and not l.strip() == ">"]
    head = "<br>".join(esc(l.lstrip("> ")) for l in head_lines)
    if client == "gmail":
        if mode == "reply":
            return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                    'padding-left:1ex">%s</blockquote></div>' % (head, body))
        return '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>' % (head, body)
    if client in ("outlook", "m365"):
        return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal>"
                "%s<o:p></o:p></p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>%s<o:p></o:p></p>"
                % (head, body))
    if client == "wlm":
        return ('<DIV style="FONT: 10pt tahoma"><DIV>&nbsp;</DIV><DIV style="BACKGROUND: #f5f5f5"><DIV>%s</DIV></DIV>'
                '<DIV>&nbsp;</DIV></DIV><DIV>%s</DIV>' % (head, body))
    if client in ("aol", "yahoo"):
        return ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, '
                'Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>'
                '<div><div>%s</div></div></div></div>' % (rdig(random.Random(body), 10), head, body))
    if client in ("apple", "iphone"):
        return ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
                '</blockquote></div>' % (head, body))
    if client == "xfinity":
        return ('<blockquote type="cite">%s<br><br>%s</blockquote>' % (head, body))
    if client == "zimbra":
        return ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">%s</div><br>'
                '<div data-marker="__QUOTED_TEXT__">%s</div>' % (head, body))
    if client == "thunderbird":
        return '<div class="moz-cite-prefix">%s<br></div><blockquote type="cite">%s</blockquote>' % (head, body)
    raise ValueError(client)


# --------------------------------------------------------------------------
# HTML bodies
# --------------------------------------------------------------------------
def html_lines(text):
    return [esc(l).replace("  ", "&nbsp; ") for l in text.split("\n")]


def html_doc(client, new, qhtml, style, pos):
    st = style or {}
    font = st.get("font")
    size = st.get("size")
    color = st.get("color")
    bold = st.get("bold")
    lines = html_lines(new)

    def wrap(s):
        if bold:
            s = "<b>%s</b>" % s
        return s

    if client == "gmail":
        divs = []
        for l in lines:
            divs.append("<div>%s</div>" % (wrap(l) if l else "<br>"))
        inner = "".join(divs)
        if font or size or color:
            css = []
            if font:
                css.append("font-family:%s" % font)
            if size:
                css.append("font-size:%s" % size)
            if color:
                css.append("color:%s" % color)
            inner = '<div style="%s">%s</div>' % (";".join(css), inner)
        body = '<div dir="ltr">%s</div>' % inner
        return body + (qhtml or "") + "\n"
    if client in ("aol", "yahoo"):
        css = "font-family:%s;font-size:%s;" % (font or "Helvetica Neue, Helvetica, Arial, sans-serif", size or "16px")
        if color:
            css += "color:%s;" % color
        divs = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (wrap(l) if l else "<br>") for l in lines)
        q = qhtml or ""
        return ('<html><head></head><body><div class="yahoo-style-wrap" style="%s">%s</div>%s</body></html>'
                % (css, divs, ("<div><br></div>" + q) if q else ""))
    if client in ("outlook", "m365"):
        f = font or "Calibri"
        sz = size or "11.0pt"
        css = "font-size:%s;font-family:\"%s\",sans-serif" % (sz, f)
        if color:
            css += ";color:%s" % color
        ps = []
        for l in lines:
            inner = wrap(l) if l else "&nbsp;"
            ps.append("<p class=MsoNormal><span style='%s'>%s<o:p></o:p></span></p>" % (css, inner))
        head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
                '<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
                '<div class=WordSection1>')
        return head + "\n".join(ps) + (qhtml or "") + "</div></body></html>\n"
    if client == "wlm":
        css = "FONT-SIZE: %s; FONT-FAMILY: '%s'; COLOR: %s" % (size or "12pt", font or "Calibri", color or "#000000")
        divs = "\r\n".join("<DIV>%s</DIV>" % (wrap(l) if l else "&nbsp;") for l in lines)
        return ('<HTML><HEAD></HEAD>\n<BODY dir=ltr>\n<DIV dir=ltr>\n<DIV style="%s">\n%s%s</DIV></DIV></BODY></HTML>\n'
                % (css, divs, ("\n" + qhtml) if qhtml else ""))
    if client in ("apple", "iphone"):
        css = []
        if font:
            css.append("font-family: %s;" % font)
        if size:
            css.append("font-size: %s;" % size)
        if color:
            css.append("color: %s;" % color)
        out = ""
        first = True
        for l in lines:
            if first:
                out += wrap(l) if l else "<br>"
                first = False
            else:
                out += "<div>%s</div>" % (wrap(l) if l else "<br>")
        if css:
            out = '<span style="%s">%s</span>' % (" ".join(css), out)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s%s</body></html>' % (out, qhtml or ""))
    if client == "xfinity":
        css = []
        if font:
            css.append("font-family: %s;" % font)
        if size:
            css.append("font-size: %s;" % size)
        if color:
            css.append("color: %s;" % color)
        stl = (' style="%s"' % " ".join(css)) if css else ""
        ps = "\n".join('  <div class="default-style"%s>\n   %s\n  </div>' % (stl, wrap(l) if l else "<br>") for l in lines)
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s\n%s </body>\n</html>'
                % (ps, ("  " + qhtml + "\n") if qhtml else ""))
    if client == "zimbra":
        css = "font-family: %s; font-size: %s; color: %s" % (font or "arial, helvetica, sans-serif", size or "12pt",
                                                           color or "#000000")
        divs = "".join("<div>%s</div>" % (wrap(l) if l else '<br data-mce-bogus="1"></div><div>') for l in lines)
        divs = divs.replace("<div></div>", "")
        return '<html><body><div style="%s">%s%s</div></body></html>' % (css, divs, qhtml or "")
    if client == "thunderbird":
        ps = "\n".join("    %s<br>" % (wrap(l) if l else "") for l in lines)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
                '  </head>\n  <body>\n%s\n%s  </body>\n</html>\n' % (ps, ("    " + qhtml + "\n") if qhtml else ""))
    raise ValueError(client)


# --------------------------------------------------------------------------
# transport (Received chains, DKIM, provider internals)
# --------------------------------------------------------------------------
def ip4(rng, pat):
    n = pat.count("%d")
    return pat % tuple(rng.randint(2, 250) for _ in range(n))


def dkim(rng, domain, selector, d, hlist, body, darn=None, indent="\t", extra=""):
    t = epoch(d) + rng.randint(1, 4)
    bh = sha_b64(body)
    sig = rb64(rng, 342) + "=="
    first = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n%ss=%s; t=%d;%s%s\r\n%sbh=%s;\r\n%sh=%s;\r\n" % (
        domain, indent, selector, t, (" x=%d;" % (t + 604800)) if darn else "",
        (" darn=%s;" % darn) if darn else "", indent, bh, indent, hlist) + extra
    return "DKIM-Signature: " + first + fold_b64(sig, indent + "b=", 76, indent + " ")


def auth_results(mx, domain, addr, ip, dkim_ok, dmarc="pass", policy="none"):
    parts = ["Authentication-Results: %s.alliant-energy.com;" % mx]
    if dkim_ok:
        parts.append("\tdkim=pass header.d=%s header.s=%s header.b=%s;" % (domain, dkim_ok[0], dkim_ok[1]))
    else:
        parts.append("\tdkim=none;")
    parts.append("\tspf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                 % (mx, addr, ip, addr))
    parts.append("\tdmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, policy.upper(), domain))
    return "\r\n".join(parts)


def top_trace(rng, mailbox_addr, env_from, d, out_host, out_ip, tls=True):
    mx = rng.choice(["mx1", "mx2"])
    t1 = to_zone(d + _dt.timedelta(seconds=rng.randint(2, 40)), "central")
    t2 = t1 + _dt.timedelta(seconds=rng.randint(0, 2))
    mbx = ("Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.40.2.%d])\r\n"
           "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\r\n"
           "\tfor <%s>; %s" % (mx, mx, 21 if mx == "mx1" else 22, postfix_id(rng), mailbox_addr, rfcdate(t2, True)))
    tls_txt = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
               "\t(No client certificate requested)\r\n") if tls else ""
    mxr = ("Received: from %s (%s [%s])\r\n%s\tby %s.alliant-energy.com (Postfix) with ESMTP%s id %s\r\n"
           "\tfor <%s>; %s" % (out_host, out_host, out_ip, tls_txt, mx, "S" if tls else "", postfix_id(rng),
                               mailbox_addr, rfcdate(t1, True)))
    return mx, ["Return-Path: <%s>" % env_from, "Delivered-To: %s" % mailbox_addr, mbx], mxr


# --------------------------------------------------------------------------
# the main builder for mail written by a person (or a person's auto-reply)
# --------------------------------------------------------------------------
def outlook_ids(rng, d, domain):
    ft = int((d.timestamp() + 11644473600) * 10_000_000)
    hi, lo = ft >> 32, ft & 0xFFFFFFFF
    counter = rng.randint(0, 3)
    msgid = "<0000%02x%08x$%08x$%s$@%s>" % (counter, hi, lo, rhex(rng, 8), domain)
    boundary = "----=_NextPart_000_%04X_%08X.%08X" % (rng.randint(1, 0x40), hi, lo)
    ti_bytes = bytes([1]) + hi.to_bytes(4, "big")[1:] + lo.to_bytes(4, "big")[:2] + bytes(rng.randint(0, 255) for _ in range(16))
    import base64 as _b
    tindex = _b.b64encode(ti_bytes).decode()
    return msgid, boundary, tindex


def build_person_mail(spec, idx):
    rng = random.Random("letters-%04d" % idx)
    client = spec["client"]
    zone = spec.get("zone", "central")
    d = mkdate(spec["date"], zone)
    if d.second == 0 and spec["date"].count(":") == 1:
        d = d.replace(second=rng.randint(0, 59))
    fname, faddr = spec["frm"]
    fdomain = faddr.split("@")[1]
    mb = MAILBOXES[spec["mailbox"]]
    subj = spec["subj"]

    # ---------------- text
    new = textwrap.dedent(spec["body"]).strip("\n")
    if spec.get("smart"):
        new = smart_quotes(new)
    spec["_newtext"] = new
    q = spec.get("quote")
    our = OURS[q[1]] if q else None
    mode = q[0] if q else None
    pos = spec.get("pos", "top")
    if our:
        qt = quote_text(client, spec, our, mode)
        if pos == "top":
            text = new + "\n\n" + qt + "\n"
        else:
            text = qt + "\n\n" + new + "\n"
    else:
        text = new + "\n"
    if client in ("aol", "yahoo") and our:
        text = new + "\n\n\n" + ("    " if client == "yahoo" else "") + qt + "\n"

    # ---------------- html
    want_html = spec.get("html")
    htmltxt = None
    if want_html:
        qh = quote_html(client, spec, our, mode) if our else None
        htmltxt = html_doc(client, new, qh, spec.get("style"), pos)

    # ---------------- charset / encodings per client
    nonascii = any(ord(c) > 127 for c in text)
    longlines = any(len(l) > 76 for l in text.split("\n"))
    charset = spec.get("charset")
    cte = spec.get("cte")
    hcte = spec.get("html_cte")

    if client == "gmail":
        charset = charset or "UTF-8"
        cte = cte or ("quoted-printable" if (nonascii or longlines) else None)
        hcte = hcte or ("quoted-printable" if (nonascii or any(len(l) > 76 for l in (htmltxt or "").split("\n"))) else None)
        tpart = Leaf('text/plain; charset="%s"' % charset, encode_body(text, charset, cte), cte)
        hpart = Leaf('text/html; charset="%s"' % charset, encode_body(htmltxt, charset, hcte), hcte) if htmltxt else None
        boundary = "000000000000" + rhex(rng, 16)
    elif client in ("aol", "yahoo"):
        charset = charset or "UTF-8"
        cte = cte or ("quoted-printable" if (nonascii or any(len(l) > 900 for l in text.split("\n"))) else "7bit")
        hcte = hcte or "quoted-printable"
        tpart = Leaf("text/plain; charset=%s" % charset, encode_body(text, charset, cte), cte)
        hpart = Leaf("text/html; charset=%s" % charset, encode_body(htmltxt, charset, hcte), hcte) if htmltxt else None
        boundary = "----=_Part_%s_%s.%d" % (rdig(rng, 7), rdig(rng, 9), int(d.timestamp() * 1000))
    elif client in ("outlook", "m365"):
        if nonascii:
            charset = charset or "windows-1252"
            try:
                text.encode("cp1252")
                if htmltxt:
                    htmltxt.encode("cp1252")
            except UnicodeEncodeError:
                charset = "utf-8"
        else:
            charset = charset or "us-ascii"
        cte = cte or ("quoted-printable" if (nonascii or longlines or client == "m365") else "7bit")
        hcte = "quoted-printable"
        if htmltxt:
            htmltxt = htmltxt.replace("charset=%s", "charset=" + charset)
        tpart = Leaf('text/plain;\r\n\tcharset="%s"' % charset, encode_body(text, charset, cte), cte)
        hpart = Leaf('text/html;\r\n\tcharset="%s"' % charset, encode_body(htmltxt, charset, hcte), hcte) if htmltxt else None
    elif client == "wlm":
        charset = charset or "iso-8859-1"
        cte = cte or "quoted-printable"
        tpart = Leaf('text/plain;\r\n\tcharset="%s"' % charset, encode_body(text, charset, cte), cte)
        hpart = Leaf('text/html;\r\n\tcharset="%s"' % charset, encode_body(htmltxt, charset, "quoted-printable"),
                     "quoted-printable") if htmltxt else None
    elif client == "thunderbird":
        charset = "UTF-8"
        ftext = flow(text)
        cte = cte or ("8bit" if nonascii else "7bit")
        ff = "; format=flowed" if not spec.get("noflow") else ""
        if spec.get("noflow"):
            ftext = text
        tpart = Leaf("text/plain; charset=UTF-8%s" % ff, encode_body(ftext, charset, cte), cte)
        hpart = Leaf("text/html; charset=UTF-8", encode_body(htmltxt, charset, "8bit" if nonascii else "7bit"),
                     "8bit" if nonascii else "7bit") if htmltxt else None
    elif client in ("apple", "iphone"):
        if nonascii:
            charset = "utf-8"
            cte = cte or "quoted-printable"
        else:
            charset = "us-ascii"
            cte = cte or ("quoted-printable" if any(len(l) > 900 for l in text.split("\n")) else "7bit")
        tpart = Leaf("text/plain;\r\n\tcharset=%s" % charset, encode_body(text, charset, cte), cte)
        hpart = Leaf("text/html;\r\n\tcharset=utf-8", encode_body(htmltxt, "utf-8", "quoted-printable"),
                     "quoted-printable") if htmltxt else None
        boundary = "Apple-Mail=_" + ruuid(rng, upper=True)
    elif client == "xfinity":
        charset = "UTF-8"
        cte = cte or ("quoted-printable" if nonascii or longlines else "7bit")
        tpart = Leaf("text/plain; charset=UTF-8", encode_body(text, charset, cte), cte)
        hpart = Leaf("text/html; charset=UTF-8", encode_body(htmltxt, charset, "quoted-printable"),
                     "quoted-printable") if htmltxt else None
        boundary = "----=_Part_%s_%s.%d" % (rdig(rng, 6), rdig(rng, 10), int(d.timestamp() * 1000) - rng.randint(5, 40))
    elif client == "zimbra":
        charset = "utf-8"
        cte = cte or ("quoted-printable" if nonascii or any(len(l) > 900 for l in text.split("\n")) else "7bit")
        hc = "quoted-printable" if (htmltxt and (len(htmltxt) > 900 or nonascii)) else "7bit"
        tpart = Leaf("text/plain; charset=utf-8", encode_body(text, charset, cte), cte)
        hpart = Leaf("text/html; charset=utf-8", encode_body(htmltxt, charset, hc), hc) if htmltxt else None
        boundary = "=_" + ruuid(rng)
    elif client == "webform":
        charset = "UTF-8"
        cte = "8bit" if nonascii else "7bit"
        tpart = Leaf("text/plain; charset=UTF-8", encode_body(text, charset, cte), cte)
        hpart = None
    else:
        raise ValueError(client)

    if client in ("outlook", "m365", "wlm"):
        o_msgid, boundary, tindex = outlook_ids(rng, d, fdomain)

    # ---------------- structure
    if want_html == "only":
        body_part = hpart
    elif hpart is not None:
        body_part = Multi("alternative", boundary, [tpart, hpart],
                          preamble=("This is a multi-part message in MIME format." if client in ("outlook", "wlm") else None),
                          fold_ct=client not in ("gmail",))
        if client in ("apple", "iphone"):
            body_part.bq = True
    else:
        body_part = tpart

    att = spec.get("attach")
    root = body_part
    if att:
        pdf = make_pdf(att["lines"], att["producer"], att["creator"], d, "pdf-%d" % idx)
        fn = att["filename"]
        if client == "gmail":
            aleaf = Leaf('application/pdf; name="%s"' % fn, b64_file(pdf), "base64",
                         [("Content-Disposition", 'attachment; filename="%s"' % fn),
                          ("X-Attachment-Id", "f_" + ralnum(rng, 9).lower()),
                          ("Content-ID", "<f_%s>" % ralnum(rng, 9).lower())])
            mb_ = "000000000000" + rhex(rng, 16)
        elif client in ("outlook", "wlm"):
            aleaf = Leaf('application/pdf;\r\n\tname="%s"' % fn, b64_file(pdf), "base64",
                         [("Content-Disposition", 'attachment;\r\n\tfilename="%s"' % fn)])
            mb_ = "----=_NextPart_000_%04X_%s" % (rng.randint(1, 0x40), boundary.split("_")[-1])
        else:
            aleaf = Leaf('application/pdf; name="%s"' % fn, b64_file(pdf), "base64",
                         [("Content-Disposition", 'attachment; filename="%s"' % fn)])
            mb_ = "----=_Part_%s" % rdig(rng, 8)
        root = Multi("mixed", mb_, [body_part, aleaf],
                     preamble=("This is a multi-part message in MIME format." if client in ("outlook", "wlm") else None),
                     fold_ct=client != "gmail")

    payload = root.payload()
    ct_lines = root.header_lines()
    if getattr(root, "cte", None) and isinstance(root, Leaf):
        pass

    # ---------------- addresses & ids
    to_val = spec.get("to")
    src = OURS[spec["irt_key"]] if spec.get("irt_key") else (our if mode == "reply" else None)
    if not to_val and src is not None:
        if src.get("reply_to"):
            to_val = src["reply_to"]
        else:
            to_val = display(src["sender"][0], src["sender"][1], force_quote=client in ("outlook", "wlm", "m365"))
        if client in ("yahoo", "aol") and src.get("reply_to"):
            to_val = '"%s" <%s>' % (mb, mb)
    if not to_val:
        if client in ("outlook", "wlm"):
            to_val = "<%s>" % mb
        elif client == "yahoo":
            to_val = '"%s" <%s>' % (mb, mb)
        else:
            to_val = mb
    from_val = display(fname, faddr, mode=spec.get("name_enc", "Q"), force_quote=client in ("outlook", "wlm"))
    reply_to = spec.get("reply_to")
    subj_val = subject_value(subj, spec.get("subj_charset", "UTF-8"))
    irt = None
    refs = None
    if our and (mode == "reply" or (mode == "fwd" and client == "gmail")) and spec.get("irt", True):
        irt = our["msgid"]
        refs = our["msgid"]
    if spec.get("irt_key"):
        irt = refs = OURS[spec["irt_key"]]["msgid"]

    msg_headers = []
    extra = spec.get("extra_headers", [])

    def H(n, v):
        msg_headers.append(fold(n, v))

    def CT():
        msg_headers.extend(ct_lines)

    trace_inner = []
    env_from = spec.get("env_from", faddr)
    date_hdr = rfcdate(d)

    if client == "gmail":
        host = "mail-%s-f%d.google.com" % (rng.choice(["qv1", "qt1", "yb1", "pl1", "oi1", "ua1", "vk1"]), rng.randint(41, 199))
        ip = "209.85.%d.%d" % (rng.randint(128, 222), rng.randint(10, 250))
        pt = to_zone(d + _dt.timedelta(seconds=rng.randint(1, 9)), "pacific")
        smtpid = "%s-%s%s.%d" % (rhex(rng, 8) if rng.random() < .5 else "6a1803df08f44", rhex(rng, 12), "so" + rdig(rng, 7) + rng.choice(["qv", "qt", "yb"]), rng.randint(1, 9))
        msgid = "<CA%s%s@mail.gmail.com>" % (ralnum(rng, 1).upper(), rb64(rng, 46).replace("/", "_").replace("+", "-") + rng.choice(["=", "", "w", "Q"]))
        hl = "to:subject:message-id:date:from:%smime-version:from:to:cc:subject\r\n         :date:message-id:reply-to" % (
            "in-reply-to:references:" if irt else "")
        body_bytes = payload
        trace_inner.append("Received: by %s with SMTP id %s\r\n        for <%s>; %s" % (host, smtpid, mb, rfcdate(pt, True)))
        trace_inner.append(dkim(rng, "gmail.com", "20230601", d, hl, body_bytes, darn="alliant-energy.com", indent="        "))
        trace_inner.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; t=%d; x=%d;\r\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\r\n         :from:to:cc:subject:date:message-id:reply-to;\r\n        bh=%s;\r\n%s" % (
            epoch(d) + 2, epoch(d) + 604802, sha_b64(body_bytes), fold_b64(rb64(rng, 342) + "==", "        b=", 76, "         ")))
        trace_inner.append("X-Gm-Message-State: AOJu0Y" + rb64(rng, 60) + "\r\n\t" + rb64(rng, 40))
        trace_inner.append("X-Gm-Gg: ASbGnc" + rb64(rng, 66) + "\r\n\t" + rb64(rng, 70))
        trace_inner.append("X-Google-Smtp-Source: AGHT+I" + rb64(rng, 80) + "==")
        trace_inner.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%s.%d.%d;\r\n        %s" % (
            rhex(rng, 4), rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), rhex(rng, 8), rhex(rng, 12),
            rdig(rng, 9), rng.randint(1, 40), int(pt.timestamp() * 1000), rfcdate(pt, True)))
        H("MIME-Version", "1.0")
        if refs:
            H("References", refs)
        if irt:
            H("In-Reply-To", irt)
        H("From", from_val)
        H("Date", date_hdr)
        msg_headers.append("X-Gm-Features: AQ" + rb64(rng, 50) + "\r\n\t" + rb64(rng, 30))
        H("Message-ID", msgid)
        H("Subject", subj_val)
        H("To", to_val)
        if reply_to:
            H("Reply-To", display(*reply_to))
        for n, v in extra:
            H(n, v)
        CT()
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip)
        ar = auth_results(mx, "gmail.com", env_from, ip, ("20230601", rb64(rng, 8)))
    elif client in ("aol", "yahoo"):
        dom = fdomain
        host_n = rng.randint(300, 330)
        dc = rng.choice(["ne1", "bf2", "gq1"])
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (host_n, rng.randint(1, 50), dc)
        ip = rng.choice(["66.163.%d.%d", "74.6.%d.%d", "98.137.%d.%d"]) % (rng.randint(128, 220), rng.randint(10, 250))
        msgnum = "%s.%s.%d" % (rdig(rng, 10), rdig(rng, 7), int(d.timestamp() * 1000))
        msgid = "<%s@mail.yahoo.com>" % msgnum
        ut = to_zone(d + _dt.timedelta(seconds=rng.randint(1, 4)), "utc")
        sel = "a2048" if dom == "aol.com" else "s2048"
        hl = "Date:From:To:Subject:References:From:Subject:Reply-To"
        trace_inner.append(dkim(rng, dom, sel, d, hl, payload, indent=" "))
        trace_inner.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (
            epoch(d), sha_b64(payload), rb64(rng, 120) + "=="))
        trace_inner.append("X-YMail-OSG: " + rb64(rng, 60).replace("+", ".").replace("/", "_") + "\r\n " +
                           "\r\n ".join(rb64(rng, 76).replace("+", ".").replace("/", "_") for _ in range(5)))
        trace_inner.append("X-Sonic-MF: <%s>" % faddr)
        trace_inner.append("X-Sonic-ID: " + ruuid(rng))
        trace_inner.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.%s.yahoo.com with HTTP; %s" % (
            host_n, dc, rfcdate(ut)))
        H("Date", rfcdate(to_zone(d, "utc")) + " (UTC)")
        H("From", from_val)
        if reply_to:
            H("Reply-To", display(*reply_to))
        H("To", to_val)
        H("Message-ID", msgid)
        if irt:
            H("In-Reply-To", irt)
            H("References", irt)
        else:
            H("References", "<%s.ref@mail.yahoo.com>" % msgnum)
        H("Subject", subj_val)
        H("MIME-Version", "1.0")
        CT()
        for n, v in extra:
            H(n, v)
        if spec.get("mailer"):
            H("X-Mailer", spec["mailer"])
        else:
            H("X-Mailer", "WebService/1.1.%d %s" % (rng.choice([24562, 25065, 25277, 25392]),
                                                   "AolMailNorrin" if dom == "aol.com" else "YMailNorrin"))
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip)
        ar = auth_results(mx, dom, env_from, ip, (sel, rb64(rng, 8)), policy="reject")
    elif client in ("outlook", "wlm", "thunderbird") and fdomain not in ("msn.com", "hotmail.com", "outlook.com", "live.com"):
        isp = ISPS[spec.get("isp") or fdomain]
        host = isp[0]
        ip = ip4(rng, isp[1])
        rd, cip_pat = CLIENT_RDNS[rng.randrange(len(CLIENT_RDNS))]
        a, b, c_ = rng.randint(2, 250), rng.randint(2, 250), rng.randint(2, 250)
        rdns = rd % ((a, b, c_) if rd.count("%d") == 3 else (a, b, c_, 7)) if "%d" in rd else rd
        cip = cip_pat % (a, b, c_)
        pc = spec.get("pc") or PCNAMES[idx % len(PCNAMES)]
        helo = pc if client != "thunderbird" else "[192.168.1.%d]" % rng.randint(2, 60)
        if fdomain == "gmail.com":
            trace_inner.append("Received: from %s (%s [%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s" % (
                helo, rdns, cip, rhex(rng, 16), mb, rfcdate(to_zone(d, "pacific"), True)))
            host = "mail-%s-f%d.google.com" % (rng.choice(["qt1", "pl1"]), rng.randint(41, 199))
        else:
            trace_inner.append("Received: from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                helo, rdns, cip, faddr, isp[0], postfix_id(rng), mb, rfcdate(to_zone(d + _dt.timedelta(seconds=1), "central"), True)))
        dk = None
        if isp[2] and not spec.get("isp"):
            dk = (isp[2], rb64(rng, 8))
            trace_inner.insert(0, dkim(rng, fdomain, isp[2], d,
                                       "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", payload))
        if client == "outlook":
            H("From", from_val)
            H("To", to_val)
            if reply_to:
                H("Reply-To", display(*reply_to))
            if refs:
                H("References", refs)
            if irt:
                H("In-Reply-To", irt)
            H("Subject", subj_val)
            H("Date", date_hdr)
            H("Message-ID", o_msgid)
            H("MIME-Version", "1.0")
            CT()
            H("X-Mailer", spec.get("mailer", "Microsoft Outlook 16.0"))
            H("Thread-Index", tindex)
            H("Content-Language", "en-us")
            for n, v in extra:
                H(n, v)
        elif client == "wlm":
            pc_id = spec.get("pc") or rng.choice(["OwnerPC", "HPDesktop", "DellPC", "Kitchen", "Grandpa-PC", "FARMOFFICE"])
            H("Message-ID", "<%s@%s>" % (rhex(rng, 32, upper=True), pc_id))
            H("From", from_val)
            H("To", to_val)
            if reply_to:
                H("Reply-To", display(*reply_to))
            if refs:
                H("References", refs)
            if irt:
                H("In-Reply-To", irt)
            H("Subject", subj_val)
            H("Date", date_hdr)
            H("MIME-Version", "1.0")
            CT()
            H("X-Priority", "3")
            H("X-MSMail-Priority", "Normal")
            H("Importance", "Normal")
            H("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")
            H("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")
            for n, v in extra:
                H(n, v)
        else:  # thunderbird
            H("Message-ID", "<%s@%s>" % (ruuid(rng), fdomain))
            H("Date", date_hdr)
            H("MIME-Version", "1.0")
            H("User-Agent", spec.get("ua", "Mozilla Thunderbird"))
            H("Subject", subj_val)
            H("Content-Language", "en-US")
            H("To", to_val)
            if refs:
                H("References", refs)
            H("From", from_val)
            if reply_to:
                H("Reply-To", display(*reply_to))
            if irt:
                H("In-Reply-To", irt)
            CT()
            for n, v in extra:
                H(n, v)
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip)
        ar = auth_results(mx, fdomain, env_from, ip, dk, dmarc="pass" if dk else "none")
    elif client in ("outlook", "m365"):
        # Outlook with a Microsoft consumer account (outlook.com / msn.com / hotmail.com)
        region = rng.choice(["NAM10-DM6", "NAM12-BN8", "NAM11-CO1", "NAM04-SN1"])
        host = "%s-obe.outbound.protection.outlook.com" % region
        ip = "40.92.%d.%d" % (rng.randint(16, 60), rng.randint(10, 250))
        box = rng.choice(["SA1P", "BL1P", "CH3P", "DM4P", "MN2P"]) + "%d" % rng.randint(220, 223) + "MB" + "%04d" % rng.randint(1000, 9999)
        msgid = "<%s%s%s@%s.namprd%02d.prod.outlook.com>" % (box, rhex(rng, 20, True), "", box, rng.randint(2, 20))
        ut = to_zone(d + _dt.timedelta(seconds=rng.randint(0, 3)), "utc")
        trace_inner.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n" +
                           fold_b64(rb64(rng, 340) + "==", " b=", 76, " "))
        trace_inner.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n%s" % (
            sha_b64(payload), fold_b64(rb64(rng, 340) + "==", " b=", 76, " ")))
        trace_inner.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none")
        trace_inner.append(dkim(rng, fdomain, "selector1", d,
                                "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                                payload, indent=" "))
        trace_inner.append("Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%x:%x::%x)\r\n by %s.namprd%02d.prod.outlook.com\r\n (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            box, 11, rng.randint(256, 4000), rng.randint(1, 400), rng.randint(1, 60), box, 11,
            rng.randint(256, 4000), rng.randint(1, 400), rng.randint(1, 60), rng.randint(8000, 9300),
            rng.randint(10, 40), rfcdate(ut)))
        H("From", from_val)
        H("To", to_val)
        if reply_to:
            H("Reply-To", display(*reply_to))
        H("Subject", subj_val)
        H("Thread-Topic", subj)
        H("Thread-Index", tindex)
        H("Date", rfcdate(ut))
        H("Message-ID", msgid)
        if refs:
            H("References", refs)
        if irt:
            H("In-Reply-To", irt)
        H("Accept-Language", "en-US")
        H("Content-Language", "en-US")
        msg_headers.append("X-MS-Has-Attach: " + ("yes" if att else ""))
        msg_headers.append("X-MS-TNEF-Correlator: ")
        H("x-ms-publictraffictype", "Email")
        H("x-ms-exchange-messagesentrepresentingtype", "1")
        for n, v in extra:
            H(n, v)
        CT()
        H("MIME-Version", "1.0")
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip)
        ar = auth_results(mx, fdomain, env_from, ip, ("selector1", rb64(rng, 8)))
    elif client in ("apple", "iphone"):
        host = "st43p00im-zteg%d.me.com" % rng.randint(10061001, 10063999)
        ip = "17.58.%d.%d" % (rng.randint(6, 63), rng.randint(10, 250))
        ut = to_zone(d + _dt.timedelta(seconds=rng.randint(1, 3)), "utc")
        trace_inner.append(dkim(rng, fdomain if fdomain in ("icloud.com", "me.com", "mac.com") else "icloud.com",
                                "1a1hai", d, "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", payload))
        trace_inner.append("Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\r\n"
                           "\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                               host, rhex(rng, 12, True), mb, rfcdate(ut) + " (UTC)"))
        H("From", from_val)
        CT()
        if client == "iphone":
            H("Mime-Version", "1.0 (1.0)")
        else:
            msg_headers.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        H("Subject", subj_val)
        if reply_to:
            H("Reply-To", display(*reply_to))
        if client == "iphone":
            H("Date", date_hdr)
            H("Message-Id", "<%s@%s>" % (ruuid(rng, upper=True), fdomain))
            if refs:
                H("References", refs)
            if irt:
                H("In-Reply-To", irt)
            H("To", to_val)
            H("X-Mailer", spec.get("mailer", "iPhone Mail (22E240)"))
        else:
            H("Message-Id", "<%s@%s>" % (ruuid(rng, upper=True), fdomain))
            if irt:
                H("In-Reply-To", irt)
            H("Date", date_hdr)
            H("To", to_val)
            if refs:
                H("References", refs)
            H("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")
        for n, v in extra:
            H(n, v)
        H("X-Proofpoint-GUID", ralnum(rng, 32))
        H("X-Proofpoint-ORIG-GUID", ralnum(rng, 32))
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip)
        ar = auth_results(mx, fdomain, env_from, ip, ("1a1hai", rb64(rng, 8)), policy="quarantine")
    elif client == "xfinity":
        host = "resomta-%s-%06d.sys.comcast.net" % (rng.choice(["a1p", "h2p", "a2p"]), rng.randint(70000, 99999))
        ip = "96.103.%d.%d" % (rng.randint(140, 150), rng.randint(10, 250))
        ut = to_zone(d + _dt.timedelta(seconds=rng.randint(1, 3)), "utc")
        trace_inner.append(dkim(rng, "comcast.net", "20190202a", d,
                                "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Xfinity-Spam-Result",
                                payload))
        trace_inner.append("Received: from resmail-%s-%03d.sys.comcast.net ([96.102.19.%d])\r\n\tby %s with ESMTPA\r\n\tid %s; %s" % (
            rng.choice(["a1p", "h2p"]), rng.randint(100, 140), rng.randint(10, 250), host, ralnum(rng, 22), rfcdate(ut)))
        trace_inner.append("X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefhedrtddvgdeikecutefuodetggdotefrodftvfcurfhrohhfihhlvgemucevohhmtggrshhtqdftvghsihdpqfgfvfdpuffrtefokffrpgfnqfghnecuuegrihhlohhuthemuceftddtnecunecujfgurhepfffhvfevkfgjfgfufhgtgfesthhqtdhjtddtvdenucfhrhhomhep")
        trace_inner.append("X-Xfinity-VMeta: sc=-100.00;st=legit")
        dz = d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S ") + rfcdate(d)[-5:] + " (%s)" % d.tzname()
        H("Date", dz)
        H("From", from_val)
        if reply_to:
            H("Reply-To", display(*reply_to))
        H("To", to_val)
        H("Message-ID", "<%s.%s.%d@connect.xfinity.com>" % (rdig(rng, 10), rdig(rng, 6), int(d.timestamp() * 1000)))
        if irt:
            H("In-Reply-To", irt)
            H("References", refs)
        H("Subject", subj_val)
        H("MIME-Version", "1.0")
        CT()
        H("X-Priority", "3")
        H("Importance", "Normal")
        H("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % rng.choice([58, 61, 62]))
        H("X-Originating-Client", "open-xchange-appsuite")
        for n, v in extra:
            H(n, v)
        H("Xfinity-Spam-Result", "ham")
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip)
        ar = auth_results(mx, "comcast.net", env_from, ip, ("20190202a", rb64(rng, 8)))
    elif client == "zimbra":
        dom = fdomain
        host = "smtp.%s" % ("centurylink.net" if dom in ("centurylink.net", "q.com", "embarqmail.com") else "mediacombb.net")
        ip = ("206.152.134.%d" if "centurylink" in host else "173.219.%d.%d") % (
            (rng.randint(10, 99),) if "centurylink" in host else (rng.randint(10, 99), rng.randint(10, 250)))
        trace_inner.append(dkim(rng, dom, "dkim-%s" % rhex(rng, 4), d,
                                "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", payload))
        trace_inner.append("Received: from mail.%s (zimbra-%d.%s [172.17.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            dom, rng.randint(1, 12), host.split(".", 1)[1], rng.randint(1, 40), rng.randint(2, 250), host,
            postfix_id(rng), mb, rfcdate(d + _dt.timedelta(seconds=1), True)))
        H("Date", rfcdate(d) + " (%s)" % d.tzname())
        H("From", from_val)
        if reply_to:
            H("Reply-To", display(*reply_to))
        H("To", to_val)
        H("Message-ID", "<%s.%s.%d.JavaMail.zimbra@%s>" % (rdig(rng, 10), rdig(rng, 7), int(d.timestamp() * 1000), dom))
        if irt:
            H("In-Reply-To", irt)
        H("Subject", subj_val)
        H("MIME-Version", "1.0")
        CT()
        H("X-Originating-IP", "[%s]" % ("75.160.%d.%d" % (rng.randint(2, 250), rng.randint(2, 250))))
        H("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC122 (Win)/8.8.15_GA_4581)")
        H("Thread-Topic", subj)
        H("Thread-Index", rb64(rng, 28))
        for n, v in extra:
            H(n, v)
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip)
        ar = auth_results(mx, dom, env_from, ip, (trace_inner[0].split("s=")[1].split(";")[0], rb64(rng, 8)))
    elif client == "webform":
        host = "web0%d.alliantenergy.com" % rng.randint(1, 4)
        ip = "10.40.8.%d" % rng.randint(20, 40)
        H("Date", date_hdr)
        H("From", from_val)
        H("Reply-To", display(*reply_to))
        H("To", to_val)
        H("Subject", subj_val)
        H("Message-ID", "<webform.%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), rhex(rng, 10), host))
        H("X-Mailer", "AEWebForms/4.1")
        H("X-Form-Id", "contact-us-privacy")
        H("MIME-Version", "1.0")
        CT()
        mx, top, mxr = top_trace(rng, mb, env_from, d, host, ip, tls=True)
        ar = "Authentication-Results: %s.alliant-energy.com;\r\n\tdkim=none;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=pass (p=QUARANTINE dis=none) header.from=alliantenergy.com" % (mx, env_from)
    else:
        raise ValueError(client)

    if spec.get("drop_msgid"):
        msg_headers = [h for h in msg_headers if not h.lower().startswith("message-id:")]
    headers = top + [ar, mxr] + trace_inner + msg_headers
    raw = assemble(headers, payload)
    return raw
