"""Mail programs and providers: each render_* turns a resolved spec into raw RFC 5322 bytes."""
import base64, datetime as dt
from lib import *  # noqa
import ours

MX_IP = {"mx1": "10.40.1.11", "mx2": "10.40.1.12"}


# ---------------------------------------------------------------- the Alliant side of the chain
def envelope(rng, mailbox_addr, return_path, helo, ip, t_sent, auth_lines, tls=True, delay=(2, 40), helo_desc=None):
    mx = rng.choice(["mx1", "mx2"])
    t_mx = t_sent + dt.timedelta(seconds=rng.randint(*delay))
    t_mb = t_mx + dt.timedelta(seconds=rng.randint(0, 2))
    out = ["Return-Path: <%s>" % return_path,
           "Delivered-To: %s" % mailbox_addr,
           "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (mx, mx, MX_IP[mx]),
           "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % postfix_qid(rng),
           "\tfor <%s>; %s" % (mailbox_addr, rfc_named(central(t_mb)))]
    out += [l.replace("{mx}", mx) for l in auth_lines]
    out.append("Received: from %s" % helo_desc if helo_desc else "Received: from %s (%s [%s])" % (helo, helo, ip))
    if tls:
        out += ["\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                "\t(No client certificate requested)"]
    out += ["\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s" % (mx, postfix_qid(rng)),
            "\tfor <%s>; %s" % (mailbox_addr, rfc_named(central(t_mx)))]
    return out


def auth(rng, mfrom, ip, from_domain, dkim_domain=None, selector=None, spf="pass", dmarc="pass",
         policy="none", dkim="pass", bits=2048):
    lines = ["Authentication-Results: {mx}.alliant-energy.com;"]
    if dkim_domain and dkim != "none":
        lines.append("\tdkim=%s (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s;"
                     % (dkim, bits, dkim_domain, dkim_domain, selector, b64junk(rng, 8)))
    else:
        lines.append("\tdkim=none;")
    if mfrom:
        dom = mfrom.split("@")[1]
        if spf == "pass":
            lines.append("\tspf=pass ({mx}.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                         % (mfrom, ip, mfrom))
        else:
            lines.append("\tspf=%s ({mx}.alliant-energy.com: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s;"
                         % (spf, ip, dom, mfrom))
    else:
        lines.append("\tspf=none ({mx}.alliant-energy.com: no envelope sender, null Return-Path) smtp.helo=bounce;")
    if dmarc:
        pol = {"none": "p=none dis=none", "quarantine": "p=quarantine dis=none", "reject": "p=reject dis=none"}[policy]
        lines.append("\tdmarc=%s (%s) header.from=%s" % (dmarc, pol, from_domain))
    else:
        lines[-1] = lines[-1].rstrip(";")
    return lines


# ---------------------------------------------------------------- quoting
def when_long(t):  # Tuesday, October 15, 2024 9:02 AM
    return t.strftime("%A, %B ") + str(t.day) + t.strftime(", %Y ") + t.strftime("%I:%M %p").lstrip("0")


def when_gmail(t):  # Tue, Oct 15, 2024 at 9:02 AM
    return t.strftime("%a, %b ") + str(t.day) + t.strftime(", %Y at ") + t.strftime("%I:%M %p").lstrip("0")


def when_apple(t):  # Oct 15, 2024, at 9:02 AM
    return t.strftime("%b ") + str(t.day) + t.strftime(", %Y, at ") + t.strftime("%I:%M %p").lstrip("0")


def when_apple_fwd(t):  # October 15, 2024 at 9:02:11 AM CDT
    return t.strftime("%B ") + str(t.day) + t.strftime(", %Y at ") + t.strftime("%I:%M:%S %p").lstrip("0") + " " + t.tzname()


def when_yahoo(t):  # Tuesday, October 15, 2024 at 09:02:11 AM CDT
    return t.strftime("%A, %B %d, %Y at %I:%M:%S %p ") + t.tzname()


def gt(x):
    return ">" + ((" " + x) if x else "")


def quote_block(style, kind, q, me):
    """Return the plain-text rendering of the quoted/forwarded message q under the new text."""
    t = central(q["sent"])
    fa = "%s <%s>" % q["frm"]
    to = me[1]
    lines = q["text"].split("\n")
    if style == "gmail":
        if kind == "reply":
            return "\nOn %s %s wrote:\n\n%s\n" % (when_gmail(t), fa, "\n".join(gt(l) for l in lines))
        return ("\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s\n"
                % (fa, when_gmail(t), q["subject"], to, q["text"]))
    if style in ("outlook_com", "outlook_desktop"):
        bar = "________________________________\n" if style == "outlook_com" else ""
        return ("\n%sFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                % (bar, fa, when_long(t), "%s <%s>" % me if me[0] else to, q["subject"], q["text"]))
    if style in ("apple", "iphone"):
        if kind == "reply":
            return "\n> On %s, %s wrote:\n> \n%s\n" % (when_apple(t), fa, "\n".join(gt(l) if l else "> " for l in lines))
        return ("\nBegin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n\n%s\n"
                % (fa, q["subject"], when_apple_fwd(t), to, q["text"]))
    if style == "yahoo":
        if kind == "reply":
            return "\n\n    On %s, %s wrote:  \n\n%s\n" % (when_yahoo(t), fa, q["text"])
        return ("\n\n   ----- Forwarded Message -----\n From: %s\n To: %s\n Sent: %s\n Subject: %s\n \n%s\n"
                % (fa, to, when_yahoo(t), q["subject"], q["text"]))
    if style == "aol":
        return ("\n\n-----Original Message-----\nFrom: %s\nTo: %s\nSent: %s\nSubject: %s\n\n%s\n"
                % (fa, to, t.strftime("%a, %b ") + str(t.day) + t.strftime(", %Y ") + t.strftime("%I:%M %p").lstrip("0").lower(),
                   q["subject"], q["text"]))
    if style == "thunderbird":
        if kind == "reply":
            return "\nOn %s, %s wrote:\n%s\n" % (t.strftime("%-m/%-d/%y %-I:%M %p"), q["frm"][0],
                                                 "\n".join(gt(l) for l in lines))
        return ("\n\n-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n\n\n\n%s\n"
                % (q["subject"], rfc(t), fa, to, q["text"]))
    if style == "samsung":
        return ("\n\n\n-------- Original message --------\nFrom: %s \nDate: %s  (GMT%s) \nTo: %s \nSubject: %s \n\n%s\n"
                % (fa, t.strftime("%-m/%-d/%y  %-I:%M %p"), "-06:00" if t.tzname() == "CST" else "-05:00", to,
                   q["subject"], q["text"]))
    if style == "roundcube":
        return "\n\nOn %s, %s wrote:\n%s\n" % (t.strftime("%Y-%m-%d %H:%M"), q["frm"][0], "\n".join(gt(l) for l in lines))
    if style == "ox":
        return "\n\n> On %s %s wrote:\n> \n> \n%s\n" % (t.strftime("%m/%d/%Y %-I:%M %p ") + t.tzname(), fa,
                                                      "\n".join(gt(l) if l else ">" for l in lines))
    raise ValueError(style)


def html_quote(style, kind, q, me):
    t = central(q["sent"])
    body = "<br>\n".join(esc(l) for l in q["text"].split("\n"))
    fa = esc("%s <%s>" % q["frm"])
    if style == "gmail":
        if kind == "reply":
            return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On %s %s wrote:<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    '%s</blockquote></div>' % (when_gmail(t), fa, body))
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                'From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;</span><br>Date: %s<br>'
                'Subject: %s<br>To: &lt;%s&gt;<br></div><br><br>%s</div>'
                % (esc(q["frm"][0]), q["frm"][1], when_gmail(t), esc(q["subject"]), me[1], body))
    if style in ("outlook_com", "outlook_desktop"):
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                '<b>From:</b> %s<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n'
                '<div>%s</div>' % (fa, when_long(t), esc(me[1]), esc(q["subject"]), body))
    if style in ("apple", "iphone"):
        if kind == "reply":
            return ('<div><br><blockquote type="cite"><div>On %s, %s wrote:</div><br class="Apple-interchange-newline">'
                    '<div>%s</div></blockquote></div>' % (when_apple(t), fa, body))
        return ('<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline">'
                '<div><b>From: </b>%s<br><b>Subject: </b>%s<br><b>Date: </b>%s<br><b>To: </b>%s<br></div><br>'
                '<div>%s</div></blockquote></div>' % (fa, esc(q["subject"]), when_apple_fwd(t), me[1], body))
    if style == "yahoo":
        if kind == "reply":
            return ('<div id="ydp_quoted" class="ydp_quoted"><div class="yahoo_quoted_header">On %s, %s wrote:</div>'
                    '<div><br></div><div>%s</div></div>' % (when_yahoo(t), fa, body))
        return ('<div class="ydpfwd"><div>----- Forwarded Message -----</div><div><b>From:</b> %s<br><b>To:</b> %s<br>'
                '<b>Sent:</b> %s<br><b>Subject:</b> %s</div><div><br></div><div>%s</div></div>'
                % (fa, me[1], when_yahoo(t), esc(q["subject"]), body))
    if style in ("aol", "samsung"):
        return '<div><br><br>-----Original Message-----<br>From: %s<br>Subject: %s<br><br>%s</div>' % (fa, esc(q["subject"]), body)
    raise ValueError(style)


def compose(spec, style, sig_html=True):
    """plain and html versions of new text + quote."""
    text = spec["body"]
    q = spec.get("qsrc")
    plain = text
    if q:
        plain = text.rstrip("\n") + "\n" + quote_block(style, spec["quote_kind"], q, spec["frm"])
    else:
        plain = text.rstrip("\n") + "\n"
    return plain


def html_lines(text, style):
    out = []
    for l in text.rstrip("\n").split("\n"):
        e = esc(l) if l else "<br>"
        if style == "gmail":
            out.append("<div>%s</div>" % e)
        elif style in ("outlook_com", "outlook_desktop"):
            out.append('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                       'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>' % e)
        elif style == "yahoo":
            out.append('<div dir="ltr" data-setdir="false">%s</div>' % e)
        elif style in ("apple", "iphone"):
            out.append("<div>%s</div>" % e)
        else:
            out.append("<div>%s</div>" % e)
    return "\n".join(out)


def make_html(spec, style, charset):
    inner = html_lines(spec["body"], style)
    q = spec.get("qsrc")
    qh = html_quote(style, spec["quote_kind"], q, spec["frm"]) if q else ""
    if style == "gmail":
        return '<div dir="ltr">%s</div>%s\n' % (inner, qh)
    if style in ("outlook_com", "outlook_desktop"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n%s\n%s\n</body>\n</html>\n' % (charset, inner, qh))
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
                'Arial, sans-serif;font-size:13px;">%s<div><br></div>%s</div></body></html>\n'
                % (spec["rng"].getrandbits(32).__format__("08x"), inner, qh))
    if style in ("apple", "iphone"):
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s</body></html>\n'
                % (charset, inner, qh))
    if style in ("aol",):
        return ('<html><head></head><body><div style="font-family:Arial, Helvetica, sans-serif;font-size:12px;">%s%s</div></body></html>\n'
                % (inner, qh))
    if style == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">%s%s</body></html>\n'
                % (inner, qh))
    raise ValueError(style)


# ---------------------------------------------------------------- provider families
def gmail_transport(rng, spec, t, client_hdr_names, dkim_domain="gmail.com"):
    pfx = rng.choice(["qv1", "qk1", "pl1", "pj1", "lj1", "oi1", "yb1", "ej1", "wr1", "io1"])
    n = rng.randint(30, 99)
    helo = "mail-%s-f%d.google.com" % (pfx, n)
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 166, 167, 208, 210, 214, 216, 219, 221, 222]), n)
    tp = pacific(t)
    epoch = int(t.timestamp())
    hl = ":".join(client_hdr_names)
    lines = ["Received: by %s with SMTP id %s-%sso%d.%d" % (helo, rs(rng, HEX, 1) + rs(rng, HEX, 9),
                                                         rs(rng, HEX, 12), rng.randint(10 ** 7, 10 ** 8), rng.randint(0, 9)),
             "        for <%s>; %s" % (spec["rcpt"], rfc_named(tp))]
    for d, s in ((dkim_domain, "20230601"), ("1e100.net", "20230601")):
        name = "DKIM-Signature" if d != "1e100.net" else "X-Google-DKIM-Signature"
        hh = hl if d != "1e100.net" else hl + ":x-gm-message-state"
        lines += ["%s: v=1; a=rsa-sha256; c=relaxed/relaxed;" % name,
                  "        d=%s; s=%s; t=%d; x=%d;%s" % (d, s, epoch, epoch + 604800,
                                                       " darn=alliant-energy.com;" if d != "1e100.net" else ""),
                  "        h=%s" % hh.lower() + ";",
                  "        bh=%s=;" % b64junk(rng, 43)]
        sig = b64junk(rng, 342) + "=="
        lines.append("        b=" + sig[:60])
        for i in range(60, len(sig), 70):
            lines.append("         " + sig[i:i + 70])
    lines += ["X-Gm-Message-State: AOJu0Y%s" % b64junk(rng, 58),
              "\t%s" % b64junk(rng, 40),
              "X-Google-Smtp-Source: AGHT+I%s" % b64junk(rng, 76),
              "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;"
              % (rs(rng, HEX, 4), rs(rng, HEX, 3), rs(rng, HEX, 3), rs(rng, HEX, 5), rs(rng, HEX, 10), rs(rng, HEX, 12),
                 rng.randint(1, 99), rng.randint(1000000000000, 9999999999999)),
              "        %s" % rfc_named(tp)]
    au = auth(rng, spec["mfrom"], ip, spec["frm"][1].split("@")[1], dkim_domain, "20230601")
    return helo, ip, au, lines


def gmail_msgid(rng, dom="mail.gmail.com"):
    return "<CA%s%s@%s>" % (rng.choice("BDEFHJKLMNOPg"), b64junk(rng, 52).replace("/", "_").replace("+", "="), dom)


def xl(k, v):
    """extra header: v is a full line, a bare value, or a list of lines."""
    if isinstance(v, list):
        return v
    return [v] if v.lower().startswith(k.lower() + ":") else ["%s: %s" % (k, v)]


def std_client_headers(spec, order, msgid, date_str, extra=None, ctype_lines=None):
    """Build the client's own headers in the given order."""
    have = {}
    cs, ce = spec["hdr_charset"], spec["hdr_enc"]
    have["MIME-Version"] = ["MIME-Version: 1.0"]
    if spec.get("references"):
        have["References"] = fold("References", " ".join(spec["references"]))
    if spec.get("in_reply_to"):
        have["In-Reply-To"] = ["In-Reply-To: %s" % spec["in_reply_to"]]
    have["From"] = fold("From", addr(spec["frm"][0], spec["frm"][1], cs, ce))
    have["Date"] = ["Date: %s" % date_str]
    have["Message-ID"] = ["Message-ID: %s" % msgid]
    if spec["subject"] is not None:
        have["Subject"] = fold("Subject", hdr_text(spec["subject"], cs, ce))
    else:
        have["Subject"] = []
    have["To"] = fold("To", ", ".join(addr(n, a, cs, ce) for n, a in spec["to"]))
    have["Cc"] = fold("Cc", ", ".join(addr(n, a, cs, ce) for n, a in spec["cc"])) if spec["cc"] else []
    have["Reply-To"] = fold("Reply-To", addr(spec["reply_to"][0], spec["reply_to"][1], cs, ce)) if spec["reply_to"] else []
    have["Content-Type"] = ctype_lines or []
    for k, v in (extra or {}).items():
        have[k] = xl(k, v)
    out = []
    for k in order:
        out += have.get(k, [])
    for k in (extra or {}):
        if k not in order:
            out += have[k]
    return out


def alt_or_plain(spec, style, charset, boundary, plain_cte=None, html_cte=None, quote_cs=True, plain_extra=""):
    plain = compose(spec, style)
    if spec.get("html", True):
        h = make_html(spec, style, charset)
        p1 = leaf("text/plain", plain, charset, plain_cte or pick_cte(plain, charset), quote_charset=quote_cs, ct_extra=plain_extra)
        p2 = leaf("text/html", h, charset, html_cte or pick_cte(h, charset), quote_charset=quote_cs)
        return multipart("alternative", boundary, [p1, p2])
    hl, body = leaf("text/plain", plain, charset, plain_cte or pick_cte(plain, charset), quote_charset=quote_cs, ct_extra=plain_extra)
    return hl, body


# ---------------------------------------------------------------- renderers
def render_gmail(spec, rng):
    """Gmail web / Gmail for Android / Gmail for iOS (same headers)."""
    t = spec["t"]
    local = spec["local"](t)
    boundary = "000000000000" + rs(rng, HEX, 16)
    charset = spec.get("charset", "UTF-8")
    ct, body = alt_or_plain(spec, "gmail", charset, boundary)
    names = ["to", "subject", "message-id", "date", "from"]
    if spec.get("in_reply_to"):
        names += ["in-reply-to", "references"]
    if spec["reply_to"]:
        names.append("reply-to")
    names += ["mime-version", "from", "to", "cc", "subject", "date", "message-id", "reply-to"]
    helo, ip, au, prov = gmail_transport(rng, spec, t, names, spec["frm"][1].split("@")[1] if spec.get("workspace") else "gmail.com")
    client = std_client_headers(spec, ["MIME-Version", "References", "In-Reply-To", "Reply-To", "From", "Date", "Message-ID",
                                       "Subject", "To", "Cc", "Content-Type"], gmail_msgid(rng), rfc(local), spec.get("extra"), ct)
    env = envelope(rng, spec["rcpt"], spec["mfrom"], helo, ip, t, au)
    return assemble(env + prov + client, body)


def render_thunderbird(spec, rng):
    """Thunderbird sending through a Gmail / ISP account: format=flowed plain text."""
    t = spec["t"]
    local = spec["local"](t)
    charset = "UTF-8"
    plain = flowed(compose(spec, "thunderbird"))
    raw = plain.encode("utf-8")
    cte = "8bit" if any(b > 127 for b in raw) else "7bit"
    ct = ["Content-Type: text/plain; charset=UTF-8; format=flowed"]
    body = encode_text(plain, "utf-8", cte)
    dom = spec["frm"][1].split("@")[1]
    msgid = "<%s@%s>" % (uuid_from(rng), dom)
    extra = {"User-Agent": "Mozilla Thunderbird" if spec.get("tb_old") else
             "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.%d.0" % rng.randint(3, 6),
             "Content-Language": "Content-Language: en-US",
             "Content-Transfer-Encoding": "Content-Transfer-Encoding: %s" % cte}
    extra["User-Agent"] = [extra["User-Agent"]] if extra["User-Agent"].startswith("User-Agent") else ["User-Agent: " + extra["User-Agent"]]
    order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "To", "Cc", "References", "Content-Language",
             "From", "Reply-To", "In-Reply-To", "Content-Type", "Content-Transfer-Encoding"]
    client = std_client_headers(spec, order, msgid, rfc(local), extra, ct)
    if dom == "gmail.com":
        helo, ip, au, prov = gmail_transport(rng, spec, t, ["message-id", "date", "mime-version", "user-agent", "subject",
                                                            "to", "references", "content-language", "from", "in-reply-to",
                                                            "content-type", "content-transfer-encoding"])
    else:
        helo, ip, au, prov = isp_transport(rng, spec, t)
    env = envelope(rng, spec["rcpt"], spec["mfrom"], helo, ip, t, au)
    return assemble(env + prov + client, body)


ISP = {  # small ISPs / hosts: helo, ip prefix, dkim selector or None
    "mchsi.com": ("smtp.mchsi.com", "173.17.1", "mcc2024"),
    "prairieinet.net": ("mail.prairieinet.net", "64.132.88", None),
    "windstream.net": ("smtp.windstream.net", "166.102.165", "ws1"),
    "frontiernet.net": ("smtp.frontiernet.net", "74.40.213", None),
    "kruckenberg.org": ("mail.kruckenberg.org", "198.51.100", "default"),
    "centurylink.net": ("smtp.centurylink.net", "205.171.3", "cl2019"),
}


def isp_transport(rng, spec, t):
    dom = spec["frm"][1].split("@")[1]
    helo, pre, sel = ISP.get(dom, ("mail." + dom, "198.51.100", None))
    ip = "%s.%d" % (pre, rng.randint(10, 250))
    lines = ["Received: from [192.168.%d.%d] (%s.res.example.net [%s])" % (rng.randint(0, 3), rng.randint(2, 250),
                                                                           "c-" + "-".join(str(rng.randint(2, 250)) for _ in range(4)),
                                                                           "203.0.113.%d" % rng.randint(2, 250)),
             "\t(Authenticated sender: %s)" % spec["mfrom"],
             "\tby %s (Postfix) with ESMTPSA id %s" % (helo, postfix_qid(rng)),
             "\tfor <%s>; %s" % (spec["rcpt"], rfc(central(t)))]
    if sel:
        lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % dom,
                 "\ts=%s; t=%d;" % (sel, int(t.timestamp())),
                 "\tbh=%s=;" % b64junk(rng, 43),
                 "\th=Date:From:To:Subject:From;",
                 "\tb=%s" % b64junk(rng, 70), "\t %s" % b64junk(rng, 70), "\t %s==" % b64junk(rng, 30)] + lines
    au = auth(rng, spec["mfrom"], ip, dom, dom if sel else None, sel, dmarc="pass" if sel else "none")
    return helo, ip, au, lines


def render_roundcube(spec, rng):
    t = spec["t"]
    local = spec["local"](t)
    plain = flowed(compose(spec, "roundcube"))
    raw = plain.encode("utf-8")
    cte = "8bit" if any(b > 127 for b in raw) else "7bit"
    ct = ["Content-Type: text/plain; charset=US-ASCII;" if cte == "7bit" else "Content-Type: text/plain; charset=UTF-8;",
          " format=flowed"]
    body = encode_text(plain, "utf-8", cte)
    dom = spec["frm"][1].split("@")[1]
    msgid = "<%s@%s>" % (rs(rng, HEX, 32), dom)
    extra = {"Content-Transfer-Encoding": "Content-Transfer-Encoding: %s" % cte,
             "User-Agent": "User-Agent: Roundcube Webmail/1.6.%d" % rng.randint(6, 9),
             "X-Sender": "X-Sender: %s" % spec["frm"][1]}
    order = ["MIME-Version", "Date", "From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To", "References", "Message-ID",
             "X-Sender", "User-Agent", "Content-Type", "Content-Transfer-Encoding"]
    client = std_client_headers(spec, order, msgid, rfc(local), extra, ct)
    helo, ip, au, prov = isp_transport(rng, spec, t)
    prov[len(prov) - 4:len(prov) - 4] = []
    env = envelope(rng, spec["rcpt"], spec["mfrom"], helo, ip, t, au)
    prov2 = [l for l in prov]
    prov2[-4] = "Received: from webmail.%s (localhost [127.0.0.1])" % dom
    prov2[-3] = "\t(Authenticated sender: %s)" % spec["mfrom"]
    return assemble(env + prov2 + client, body)


def ms_transport_and_headers(spec, rng, t, ct, tenant="outlook.com", desktop=False):
    """outlook.com / Microsoft 365: the Exchange headers are interleaved with the client's."""
    pod = rng.choice(["PH0PR12MB", "SA1PR19MB", "CH3PR11MB", "DM6PR14MB", "MN2PR20MB", "BY5PR17MB", "IA1PR10MB"]) + str(rng.randint(1000, 9999))
    pod2 = rng.choice(["SJ0PR12MB", "BL1PR19MB", "CY8PR11MB", "LV3PR14MB"]) + str(rng.randint(1000, 9999))
    region = "namprd%02d" % rng.randint(10, 20)
    ver = "15.20.%d.%03d" % (rng.choice([8048, 8093, 8158, 8207, 8293, 8356]), rng.randint(10, 40))
    consumer = tenant == "outlook.com"
    if consumer:
        helo = "NAM%d-%s-obe.outbound.protection.outlook.com" % (rng.choice([10, 11, 12, 2]), rng.choice(["BN8", "DM6", "MW2", "CO1", "BN1"]))
        ip = "40.92.%d.%d" % (rng.randint(18, 48), rng.randint(2, 250))
        helo_full = "%s (mail-%snam%dolkn20%02d.outbound.protection.outlook.com [%s])" % (helo, rng.choice(["bn8", "dm6", "mw2"]), rng.randint(10, 12), rng.randint(10, 99), ip)
    else:
        helo = "NAM%d-%s-obe.outbound.protection.outlook.com" % (rng.choice([10, 11, 12]), rng.choice(["BN8", "DM6", "MW2", "CO1"]))
        ip = "2a01:111:f403:c%03d::%d" % (rng.randint(100, 999), rng.randint(1, 9))
        ip = "40.107.%d.%d" % (rng.randint(200, 244), rng.randint(2, 250))
        helo_full = "%s (mail-%s.outbound.protection.outlook.com [%s])" % (helo, rng.choice(["bn8nam12on2071", "dm6nam10on2105", "mw2nam12on2130"]), ip)
    th = central(t)  # unused but keeps rng order stable
    utc_s = rfc(t.astimezone(dt.timezone(dt.timedelta(0), "UTC")))
    arc_b = b64junk(rng, 340)
    lines = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;",
             " b=" + arc_b[:74]] + [" " + arc_b[i:i + 76] for i in range(74, 340, 76)] + [
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;",
        " s=arcselector10001;",
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;",
        " bh=%s=;" % b64junk(rng, 43),
        " b=%s" % b64junk(rng, 74), " %s" % b64junk(rng, 76), " %s" % b64junk(rng, 76), " %s==" % b64junk(rng, 40),
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;",
        " dkim=none; arc=none",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % tenant,
        " s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;",
        " bh=%s=;" % b64junk(rng, 43),
        " b=%s" % b64junk(rng, 74), " %s" % b64junk(rng, 76), " %s" % b64junk(rng, 76), " %s==" % b64junk(rng, 40),
        "Received: from %s.%s.prod.outlook.com (2603:10b6:%x:%x::%d)" % (pod, region, rng.randint(256, 4095), rng.randint(16, 255), rng.randint(1, 20)),
        " by %s.%s.prod.outlook.com (2603:10b6:%x:%x::%d) with" % (pod2, region, rng.randint(256, 4095), rng.randint(16, 255), rng.randint(1, 20)),
        " Microsoft SMTP Server (version=TLS1_2,",
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (ver, utc_s),
        "Received: from %s.%s.prod.outlook.com" % (pod, region),
        " ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com" % (rs(rng, HEX, 4), rs(rng, HEX, 4), rs(rng, HEX, 4), rs(rng, HEX, 4), pod, region),
        " ([fe80::%s:%s:%s:%s%%%d]) with mapi id %s; %s" % (rs(rng, HEX, 4), rs(rng, HEX, 4), rs(rng, HEX, 4), rs(rng, HEX, 4), rng.randint(3, 7), ver[:-3] + "0" + ver[-2:], utc_s)]
    cs, ce = spec["hdr_charset"], spec["hdr_enc"]
    msgid = "<%s%s@%s.%s.prod.outlook.com>" % (pod, rs(rng, "0123456789ABCDEF", 28), pod, region)
    tidx = "AQH" + b64junk(rng, 27)
    lines += fold("From", addr(spec["frm"][0], spec["frm"][1], cs, ce))
    lines += fold("To", ", ".join(addr(n or a, a, cs, ce) for n, a in spec["to"]))
    if spec["cc"]:
        lines += fold("CC", ", ".join(addr(n or a, a, cs, ce) for n, a in spec["cc"]))
    if spec["reply_to"]:
        lines += fold("Reply-To", addr(spec["reply_to"][0], spec["reply_to"][1], cs, ce))
    if spec["subject"] is not None:
        lines += fold("Subject", hdr_text(spec["subject"], cs, ce))
        topic = spec["subject"]
        for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        lines += fold("Thread-Topic", hdr_text(topic, cs, ce))
    lines += ["Thread-Index: %s" % tidx, "Date: %s" % utc_s, "Message-ID: %s" % msgid]
    if spec.get("references"):
        lines += fold("References", " ".join(spec["references"]))
    if spec.get("in_reply_to"):
        lines.append("In-Reply-To: %s" % spec["in_reply_to"])
    lines += ["Accept-Language: en-US", "Content-Language: %s" % spec.get("content_language", "en-US"),
              "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if desktop:
        lines += ["msip_labels:", "x-ms-exchange-organization-authas: Internal" if False else "x-ms-publictraffictype: Email"]
    else:
        lines += ["x-ms-exchange-messagesentrepresentingtype: 1", "x-tmn: [%s]" % b64junk(rng, 40),
                  "x-ms-publictraffictype: Email"]
    lines += ["x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (pod, pod2),
              "x-ms-office365-filtering-correlation-id: %s" % uuid_from(rng),
              "x-microsoft-antispam: BCL:0;ARA:14566002|15080799006|8060799006|461199028|7092599003|19110799003|440099028|3412199025|102099032;",
              "x-microsoft-antispam-message-info:",
              " " + b64junk(rng, 76), " " + b64junk(rng, 76), " " + b64junk(rng, 76) + "=="]
    for k, v in (spec.get("extra") or {}).items():
        lines += xl(k, v)
    lines += ct
    lines += ["MIME-Version: 1.0",
              "X-OriginatorOrg: %s" % tenant,
              "X-MS-Exchange-CrossTenant-AuthAs: Internal",
              "X-MS-Exchange-CrossTenant-AuthSource: %s.%s.prod.outlook.com" % (pod, region),
              "X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % uuid_from(rng),
              "X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % t.strftime("%d %b %Y %H:%M:%S.") + "%04dZ" % rng.randint(0, 9999),
              "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
              "X-MS-Exchange-CrossTenant-id: %s" % ("84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else uuid_from(rng)),
              "X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000" if consumer
              else "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
              "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % pod2]
    au = auth(rng, spec["mfrom"], ip, spec["frm"][1].split("@")[1], tenant, "selector1")
    return helo_full, ip, au, lines


def render_outlook(spec, rng, desktop=False):
    t = spec["t"]
    style = "outlook_desktop" if desktop else "outlook_com"
    pod = rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 16)
    boundary = "_000_%s_" % pod
    charset = spec.get("charset") or ("us-ascii" if all(ord(c) < 128 for c in compose(spec, style)) else "utf-8")
    ct, body = alt_or_plain(spec, style, charset, boundary, plain_cte="quoted-printable", html_cte="quoted-printable", quote_cs=True)
    tenant = spec.get("tenant", "outlook.com")
    helo_full, ip, au, lines = ms_transport_and_headers(spec, rng, t, ct, tenant, desktop)
    env = envelope(rng, spec["rcpt"], spec["mfrom"], helo_full.split(" ")[0], ip, t, au, helo_desc=helo_full)
    return assemble(env + lines, body)


def render_outlook_desktop(spec, rng):
    if spec.get("extra") is None:
        spec["extra"] = {}
    spec["extra"].setdefault("X-Mailer", "X-Mailer: Microsoft Outlook 16.0")
    return render_outlook(spec, rng, desktop=True)


def yahoo_like(spec, rng, aol=False):
    t = spec["t"]
    local = spec["local"](t)
    style = "aol" if aol else "yahoo"
    n1 = rng.randint(100000, 9999999)
    boundary = "----=_Part_%d_%d.%d" % (n1, rng.randint(10 ** 8, 2 * 10 ** 9), int(t.timestamp() * 1000) - rng.randint(50, 900))
    charset = spec.get("charset", "UTF-8")
    ct, body = alt_or_plain(spec, style, charset, boundary, plain_cte="quoted-printable" if any(len(l) > 76 for l in compose(spec, style).split("\n")) or any(ord(c) > 127 for c in compose(spec, style)) else "7bit",
                            html_cte="quoted-printable", quote_cs=False)
    dom = "aol.com" if aol else "yahoo.com"
    sonic = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(301, 330), rng.randint(10, 60), rng.choice(["bf2", "ne1", "gq1"]))
    ip = "74.6.%d.%d" % (rng.randint(128, 135), rng.randint(2, 250))
    epoch = int(t.timestamp())
    msgid = "<%d.%d.%d@mail.%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 7), epoch * 1000 + rng.randint(0, 999), dom)
    prov = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s2048; t=%d; bh=%s=; h=Date:From:To:Subject:References:From:Subject:Reply-To; b=%s"
            % (dom, epoch, b64junk(rng, 43), b64junk(rng, 200)),
            "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s"
            % (dom, epoch, b64junk(rng, 43), b64junk(rng, 200)),
            "X-YMail-OSG: %s" % b64junk(rng, 70).replace("+", "."), " %s" % b64junk(rng, 76).replace("+", "."),
            " %s" % b64junk(rng, 50).replace("+", "."),
            "X-Sonic-MF: <%s>" % spec["frm"][1],
            "X-Sonic-ID: %s" % uuid_from(rng),
            "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (sonic, rfc(t.astimezone(dt.timezone.utc)).replace("+0000", "+0000"))]
    mailer = "WebService/1.1.%d %s" % (rng.randint(22800, 23100), "AolMailNorrin" if aol else "YMailNorrin")
    if spec.get("yahoo_mobile"):
        mailer = "WebService/1.1.%d YahooMailAndroidMobile" % rng.randint(22800, 23100)
    extra = {"X-Mailer": "X-Mailer: %s" % mailer}
    extra.update(spec.get("extra") or {})
    order = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "Subject", "MIME-Version", "Content-Type",
             "References", "X-Mailer"]
    spec2 = dict(spec)
    spec2["extra"] = extra
    client = std_client_headers(spec2, order, msgid, rfc(local), extra, ct)
    au = auth(rng, spec["mfrom"], ip, dom, dom, "s2048", policy="reject")
    env = envelope(rng, spec["rcpt"], spec["mfrom"], sonic, ip, t, au)
    return assemble(env + prov + client, body)


def render_yahoo(spec, rng):
    return yahoo_like(spec, rng, False)


def render_aol(spec, rng):
    return yahoo_like(spec, rng, True)


def apple_family(spec, rng, device):
    """Apple Mail on a Mac, iPhone or iPad; account at iCloud or Gmail."""
    t = spec["t"]
    local = spec["local"](t)
    style = "iphone" if device in ("iphone", "ipad") else "apple"
    dom = spec["frm"][1].split("@")[1]
    boundary = "Apple-Mail-%s" % uuid_from(rng, True) if device != "mac" else "Apple-Mail=_%s" % uuid_from(rng, True)
    charset = spec.get("charset", "utf-8")
    plain = compose(spec, style)
    if spec.get("html", device == "mac" or bool(spec.get("qsrc"))):
        spec["html"] = True
        ct, body = alt_or_plain(spec, style, charset, boundary, plain_cte="quoted-printable", html_cte="quoted-printable", quote_cs=False)
    else:
        spec["html"] = False
        cte = "quoted-printable" if (any(ord(c) > 127 for c in plain) or any(len(l) > 76 for l in plain.split("\n"))) else "7bit"
        ct, body = leaf("text/plain", plain, charset, cte, quote_charset=False)
    msgid = "<%s@%s>" % (uuid_from(rng, True), dom)
    if device == "mac":
        build = rng.choice(["3826.200.121", "3826.300.87.4.3", "3774.600.62", "3776.700.51"])
        mv = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))" % build
        mailer = "X-Mailer: Apple Mail (2.%s)" % build
    else:
        mv = "Mime-Version: 1.0 (1.0)"
        mailer = "X-Mailer: %s Mail (%s)" % ("iPhone" if device == "iphone" else "iPad", rng.choice(["22B91", "22C152", "21H16", "22A3354", "21G93"]))
    cs, ce = spec["hdr_charset"], spec["hdr_enc"]
    if spec["html"]:
        lines = ["Content-Type: multipart/alternative;", '\tboundary="%s"' % boundary]
    else:
        lines = list(ct)
    lines.append(mv)
    if spec["subject"] is not None:
        lines += fold("Subject", hdr_text(spec["subject"], cs, ce))
    lines += fold("From", addr(spec["frm"][0], spec["frm"][1], cs, ce))
    if spec["reply_to"]:
        lines += fold("Reply-To", addr(spec["reply_to"][0], spec["reply_to"][1], cs, ce))
    if spec.get("in_reply_to"):
        lines.append("In-Reply-To: %s" % spec["in_reply_to"])
    lines.append("Date: %s" % rfc(local))
    if spec["cc"]:
        lines += fold("Cc", ", ".join(addr(n, a, cs, ce) for n, a in spec["cc"]))
    lines.append("Message-Id: %s" % msgid)
    if spec.get("references"):
        lines += fold("References", " ".join(spec["references"]))
    lines += fold("To", ", ".join(addr(n, a, cs, ce) for n, a in spec["to"]))
    lines.append(mailer)
    for k, v in (spec.get("extra") or {}).items():
        lines += xl(k, v)
    if dom == "gmail.com":
        helo, ip, au, prov = gmail_transport(rng, spec, t, ["content-type", "mime-version", "subject", "from", "in-reply-to",
                                                            "date", "cc", "message-id", "references", "to"])
    else:
        helo = "p-east%d-cluster%d-host%d-snip4-%d.eps.apple.com" % (rng.randint(1, 3), rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 10))
        ip = "57.103.%d.%d" % (rng.randint(64, 90), rng.randint(2, 250))
        epoch = int(t.timestamp())
        prov = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % dom,
                "\ts=sig1; t=%d; bh=%s=;" % (epoch, b64junk(rng, 43)),
                "\th=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To:x-icloud-hme;",
                "\tb=%s" % b64junk(rng, 70), "\t %s" % b64junk(rng, 70), "\t %s" % b64junk(rng, 70), "\t %s==" % b64junk(rng, 40),
                "Received: from smtpclient.apple (mr38p00im-zteg06011101.me.com [17.57.%d.%d])" % (rng.randint(150, 160), rng.randint(2, 250)),
                "\tby %s (Postfix) with ESMTPSA id %s;" % (helo, rs(rng, "0123456789ABCDEF", 11)),
                "\t%s" % rfc(t.astimezone(dt.timezone.utc)),
                "X-Proofpoint-GUID: %s" % rs(rng, ALNUM, 32),
                "X-Proofpoint-ORIG-GUID: %s" % rs(rng, ALNUM, 32),
                "X-Proofpoint-Virus-Version: vendor=baseguard",
                " engine=ICAP:2.0.293,Aquarius:18.0.1057,Hydra:6.0.680,FMLib:17.12.68.34",
                " definitions=%s_%02d,%s_01,%s_05 signatures=0" % (t.strftime("%Y-%m-%d"), rng.randint(1, 9), t.strftime("%Y-%m-%d"), (t - dt.timedelta(days=1)).strftime("%Y-%m-%d")),
                "X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 mlxscore=0 spamscore=0",
                " malwarescore=0 phishscore=0 bulkscore=0 clxscore=1030 suspectscore=0",
                " adultscore=0 mlxlogscore=999 classifier=spam adjust=0 reason=mlx"]
        au = auth(rng, spec["mfrom"], ip, dom, dom, "sig1", policy="quarantine")
    env = envelope(rng, spec["rcpt"], spec["mfrom"], helo, ip, t, au)
    return assemble(env + prov + lines, body)


def render_apple_mail(spec, rng):
    return apple_family(spec, rng, "mac")


def render_iphone(spec, rng):
    return apple_family(spec, rng, "iphone")


def render_ipad(spec, rng):
    return apple_family(spec, rng, "ipad")


def render_samsung(spec, rng):
    t = spec["t"]
    local = spec["local"](t)
    boundary = "--_com.samsung.android.email_%d%d" % (rng.randint(10 ** 9, 10 ** 10), rng.randint(100000, 999999))
    ct, body = alt_or_plain(spec, "samsung", "UTF-8", boundary, plain_cte="base64", html_cte="base64")
    msgid = "<%s@email.android.com>" % rs(rng, ALNUM, 20)
    extra = {"Importance": "Importance: normal", "X-Priority": "X-Priority: 3"}
    order = ["Message-ID", "Date", "Subject", "In-Reply-To", "References", "Importance", "From", "To", "Cc", "Reply-To",
             "X-Priority", "MIME-Version", "Content-Type"]
    client = std_client_headers(spec, order, msgid, rfc(local), extra, ct)
    helo, ip, au, prov = gmail_transport(rng, spec, t, ["message-id", "date", "subject", "importance", "from", "to",
                                                        "mime-version", "from", "to", "cc", "subject", "date", "message-id", "reply-to"])
    env = envelope(rng, spec["rcpt"], spec["mfrom"], helo, ip, t, au)
    return assemble(env + prov + client, body)


def render_xfinity(spec, rng):
    t = spec["t"]
    local = spec["local"](t)
    boundary = "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(10 ** 8, 2 * 10 ** 9), int(t.timestamp() * 1000))
    ct, body = alt_or_plain(spec, "aol", "UTF-8", boundary, plain_cte="7bit" if all(len(l) < 77 for l in compose(spec, "ox").split("\n")) else "quoted-printable",
                            html_cte="quoted-printable", quote_cs=False)
    # OX quotes with '>' in plain text
    plain = compose(spec, "ox")
    if spec.get("html", True):
        h = make_html(spec, "aol", "UTF-8")
        p1 = leaf("text/plain", plain, "UTF-8", pick_cte(plain, "UTF-8"), quote_charset=False)
        p2 = leaf("text/html", h, "UTF-8", "quoted-printable", quote_charset=False)
        ct, body = multipart("alternative", boundary, [p1, p2])
    msgid = "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 6), int(t.timestamp() * 1000))
    extra = {"X-Priority": "X-Priority: 3", "Importance": "Importance: Normal",
             "X-Mailer": "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % rng.randint(50, 70),
             "X-Originating-Client": "X-Originating-Client: open-xchange-appsuite"}
    order = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
             "Content-Type", "X-Priority", "Importance", "X-Mailer", "X-Originating-Client"]
    client = std_client_headers(spec, order, msgid, rfc(local), extra, ct)
    helo = "resomta-a1p-%d.sys.comcast.net" % rng.randint(600000, 700000)
    ip = "96.103.146.%d" % rng.randint(100, 250)
    epoch = int(t.timestamp())
    prov = ["Received: from oxapp-asc-%02do.email.comcast.net ([96.118.208.%d])" % (rng.randint(1, 40), rng.randint(2, 250)),
            "\tby %s with ESMTPA" % helo,
            "\tid %s; %s" % (rs(rng, ALNUM, 16), rfc(t.astimezone(dt.timezone.utc))),
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;",
            "\ts=20190202a; t=%d;" % epoch,
            "\tbh=%s=;" % b64junk(rng, 43),
            "\th=Received:Received:Date:From:To:Message-ID:Subject:Content-Type;",
            "\tb=%s" % b64junk(rng, 70), "\t %s" % b64junk(rng, 70), "\t %s==" % b64junk(rng, 50),
            "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddrudekiedgudegtdcutefuodetggdotefrodftvfcurfhrohhfihhlvgemucevohhmtggrshhtqdftvghsihdpqfgfvfdpuffrtefokffrpgfnqfghnecuuegrihhlohhuthemuceftddtnecu",
            "X-Xfinity-VMeta: sc=0.00;st=legit"]
    au = auth(rng, spec["mfrom"], ip, "comcast.net", "comcast.net", "20190202a")
    env = envelope(rng, spec["rcpt"], spec["mfrom"], helo, ip, t, au)
    return assemble(env + prov + client, body)


def render_webform(spec, rng):
    """Our own Contact Us form relay: From noreply@alliantenergy.com, customer in Reply-To."""
    t = spec["t"]
    local = central(t)
    text = spec["body"]
    ct, body = leaf("text/plain", text, "utf-8", pick_cte(text, "utf-8"))
    msgid = "<form.%s.%s@web01.alliant-energy.com>" % (local.strftime("%Y%m%d%H%M%S"), rs(rng, HEX, 10))
    extra = {"X-Mailer": "X-Mailer: AE-WebForms/3.2 (PHPMailer 6.9.1)", "X-Form-Id": "X-Form-Id: %s" % spec["form_id"]}
    order = ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "X-Mailer", "X-Form-Id", "MIME-Version", "Content-Type"]
    client = std_client_headers(spec, order, msgid, rfc(local), extra, ct)
    ip = "10.40.8.21"
    au = ["Authentication-Results: {mx}.alliant-energy.com;",
          "\tdkim=pass (2048-bit key; unprotected) header.d=alliantenergy.com header.i=@alliantenergy.com header.a=rsa-sha256 header.s=web2024 header.b=%s;" % b64junk(rng, 8),
          "\tspf=pass ({mx}.alliant-energy.com: domain of noreply@alliantenergy.com designates 10.40.8.21 as permitted sender) smtp.mailfrom=noreply@alliantenergy.com;",
          "\tdmarc=pass (p=reject dis=none) header.from=alliantenergy.com"]
    prov = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com;",
            "\ts=web2024; t=%d; bh=%s=;" % (int(t.timestamp()), b64junk(rng, 43)),
            "\th=Date:From:Reply-To:To:Subject:From;",
            "\tb=%s" % b64junk(rng, 70), "\t %s" % b64junk(rng, 70), "\t %s==" % b64junk(rng, 40)]
    env = envelope(rng, spec["rcpt"], "noreply@alliantenergy.com", "web01.alliant-energy.com", ip, t, au, tls=False)
    return assemble(env + prov + client, body)


RENDERERS = {
    "gmail": render_gmail, "gmail_android": render_gmail, "gmail_ios": render_gmail,
    "thunderbird": render_thunderbird, "roundcube": render_roundcube,
    "outlook_com": render_outlook, "outlook_desktop": render_outlook_desktop,
    "yahoo": render_yahoo, "aol": render_aol,
    "apple_mail": render_apple_mail, "iphone": render_iphone, "ipad": render_ipad,
    "samsung": render_samsung, "xfinity": render_xfinity, "webform": render_webform,
}

PROGRAM_NAMES = {
    "gmail": "Gmail web", "gmail_android": "Gmail for Android", "gmail_ios": "Gmail for iOS",
    "thunderbird": "Thunderbird", "roundcube": "Roundcube (ISP webmail)", "outlook_com": "Outlook.com",
    "outlook_desktop": "Outlook desktop (Microsoft 365)", "yahoo": "Yahoo Mail", "aol": "AOL Mail",
    "apple_mail": "Apple Mail (Mac)", "iphone": "iPhone Mail", "ipad": "iPad Mail", "samsung": "Samsung Email",
    "xfinity": "Xfinity Connect (Open-Xchange)", "webform": "alliant-energy.com Contact Us form",
}
