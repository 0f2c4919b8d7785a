"""Builds one person's message (fresh mail or a reply to one of ours) from a spec."""
import datetime
import random

import clients
import files
import mime
import ours
from clients import PROFILES
from ours import CDT

MAILBOX = {"cc": "customercare@alliant-energy.com", "cat": "powerhousecatalog@alliant-energy.com"}


def when_of(spec, rng):
    md, hm = spec["date"].split(" ")
    mo, d = map(int, md.split("-"))
    h, mi = map(int, hm.split(":"))
    tz = CDT
    if spec.get("tz"):
        tz = datetime.timezone(datetime.timedelta(hours=spec["tz"]))
    dt = datetime.datetime(2026, mo, d, h, mi, rng.randrange(0, 60), tzinfo=CDT)
    return dt.astimezone(tz)


def pick_charset(text, pref):
    for cs in [pref, "windows-1252" if pref == "us-ascii" else pref, "utf-8"]:
        try:
            text.encode(cs)
            return cs
        except (UnicodeEncodeError, LookupError):
            continue
    return "utf-8"


def html_of(style, new_text, attr, ours_inst, sig):
    """An HTML rendering of the same mail, shaped the way the program writes it."""
    def paras(t, tag="div", cls=""):
        out = []
        for l in t.split("\n"):
            out.append("<%s%s>%s</%s>" % (tag, cls, mime.esc(l) if l else "<br>", tag))
        return "\n".join(out)

    ours_html = mime.text_to_html_lines(ours_inst["text"]) if ours_inst else ""
    attr_html = mime.text_to_html_lines(attr) if attr else ""
    if style.startswith("gmail"):
        body = '<div dir="ltr">%s</div>' % paras(new_text) if new_text else '<div dir="ltr"><br></div>'
        if ours_inst:
            body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>'
                     '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (attr_html, ours_html))
        return body + "\n"
    if style.startswith("outlook") and not style.startswith("outlook_com"):
        lab = ("De:", "Enviado el:", "Para:", "Asunto:") if style == "outlook_es" else ("From:", "Sent:", "To:", "Subject:")
        body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                'charset=%CS%"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style></head><body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>\n')
        body += paras(new_text, "p", " class=MsoNormal").replace("<br></p>", "<o:p>&nbsp;</o:p></p>") + "\n"
        if ours_inst:
            hl = attr.split("\n")
            hb = "<br>\n".join("<b>%s</b> %s" % (l.split(":", 1)[0] + ":", mime.esc(l.split(":", 1)[1].strip()))
                               for l in hl)
            body += ("<p class=MsoNormal><o:p>&nbsp;</o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
                     "padding:3.0pt 0in 0in 0in'><p class=MsoNormal>%s<o:p></o:p></p></div>\n"
                     "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal>%s<o:p></o:p></p>\n"
                     % (hb, ours_html))
        return body + "</div></body></html>\n"
    if style.startswith("outlook_com"):
        body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n'
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n' % paras(new_text))
        if ours_inst:
            body += ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                     '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;'
                     '</div></div><div>%s</div>\n' % (attr_html, ours_html))
        return body + "</body></html>\n"
    if style in ("yahoo", "yahoo_es", "aol", "yahoo_ios"):
        body = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">%s</div>' % ("3f1a2b", paras(new_text)))
        if sig:
            body += '<div class="ydpsignature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">%s</a></div>' % mime.esc(sig)
        if ours_inst:
            body += ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                     'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                     '<div><br></div><div><div dir="ltr">%s</div></div></div></div>' % (
                         "8812004417", attr_html, ours_html))
        return body + "</body></html>\n"
    if style == "zimbra":
        body = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                '%s' % paras(new_text))
        if ours_inst:
            hl = attr.split("\n")[1:]
            body += ('<br><hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;text-decoration:'
                     'none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">%s<br></div><blockquote style='
                     '"border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>'
                     % ("<br>".join("<b>%s</b>%s" % (l.split(":", 1)[0] + ": ", mime.esc(l.split(":", 1)[1].strip()))
                                    for l in hl), ours_html))
        return body + "</div></body></html>\n"
    if style == "samsung":
        body = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        body += "".join('<div dir="auto">%s</div>' % (mime.esc(l) if l else "<br>") for l in new_text.split("\n"))
        if sig:
            body += '<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%%;' \
                    'color:#575757" dir="auto">%s</div></div>' % mime.esc(sig)
        if ours_inst:
            body += ('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">'
                     '<div>%s</div></div>%s' % ("</div><div>".join(mime.esc(l) for l in attr.split("\n")), ours_html))
        return body + "</body></html>\n"
    raise ValueError(style)


def build(spec, rcpt):
    """Return raw bytes of a person's message. spec keys: see people.py."""
    rng = random.Random("ordinary-" + spec["id"])
    client = spec["client"]
    prof = dict(PROFILES[client])
    prof.update(spec.get("prof", {}))
    name, address = spec["frm"]
    dom = address.split("@")[1]
    when = when_of(spec, rng)

    ours_inst = None
    if spec.get("reply"):
        r = spec["reply"]
        key, fields = r[0], r[1]
        wh = r[2] if len(r) > 2 else None
        snd = r[3] if len(r) > 3 else None
        ours_inst = ours.instance(key, address, rng, first=fields.get("first", ""), when=wh, fields=fields,
                                  sender=snd)
        base = ours_inst["subject"]
        if base.lower().startswith("re: "):
            base = base[4:]
        subject = spec.get("subject") or prof["prefix"] + base
    else:
        subject = spec.get("subject", "")

    new = spec["body"]
    sig = prof.get("sig") if not spec.get("nosig") else None
    plain = new
    if sig:
        plain = (new + "\n\n" if new else "") + sig
    attr = None
    if ours_inst:
        q, attr = clients.quote_block(prof["quote"], ours_inst, address)
        plain = plain + q
    else:
        plain = plain + "\n"

    cte = spec.get("cte")
    parts = []
    if prof["struct"] in ("alt", "html"):
        style = client
        h = html_of(style, new, attr, ours_inst, sig)
        pcs = pick_charset(plain, prof["charset"])
        hcs = pick_charset(h, prof["charset"])
        if client.startswith("outlook"):
            h = h.replace("%CS%", hcs)
            p1 = mime.text_part_q(plain, "plain", pcs, cte or ("7bit" if pcs == "us-ascii" else "quoted-printable"))
            p2 = mime.text_part_q(h, "html", hcs, "quoted-printable")
        elif client == "samsung":
            p1 = mime.text_part(plain, "plain", "UTF-8", cte or "base64")
            p2 = mime.text_part(h, "html", "UTF-8", "base64")
        else:
            p1 = mime.text_part(plain, "plain", pcs, cte or "auto")
            p2 = mime.text_part(h, "html", hcs, "quoted-printable" if (cte or "auto") != "base64" else "base64")
        if prof["struct"] == "html":
            body_part = p2
        else:
            body_part = mime.multipart("alternative", [p1, p2], boundary_for(client, rng))
    else:
        pcs = pick_charset(plain, prof["charset"])
        params = "; format=flowed" if client == "thunderbird" else ""
        if client == "thunderbird":
            plain = clients.flowed(plain)
        if client == "thunderbird":
            c = cte or ("7bit" if pcs.lower() in ("us-ascii",) or all(ord(ch) < 128 for ch in plain) else "8bit")
        else:
            c = cte or "auto"
        if all(ord(ch) < 128 for ch in plain) and client in ("apple_mail",):
            pcs = "us-ascii"
        body_part = mime.text_part(plain, "plain", pcs, c, params=params)

    if spec.get("attach"):
        atts = [files.attachment(a, rng) for a in spec["attach"]]
        body_part = mime.multipart("mixed", [body_part] + atts, boundary_for(client, rng))

    prov = clients.provider_of(address, client)
    chain = clients.received_chain(rng, prov, dom, when, client)
    hdrs = [("Return-Path", "<%s>" % address), ("Delivered-To", rcpt)]
    for k, v in chain:
        hdrs.append((k, v.replace("%RCPT%", rcpt).replace("%FROM%", address)))
    if prov in ("google", "yahoo", "outlook", "apple", "fastmail"):
        sel = {"google": "20230601", "yahoo": "s2048", "outlook": "selector1", "apple": "sig1",
               "fastmail": "fm3"}[prov]
        hdrs.append(("DKIM-Signature", clients.dkim(rng, dom, sel, "mime-version:from:date:message-id:subject:to"
                                                    if prov == "google" else "From:Subject:Date:To:Message-ID")))
    if prov == "google":
        hdrs.append(("X-Google-Smtp-Source", "AGHT+I" + clients.rb64(rng, 80)))
    fromh = mime.addr(name, address, b=(client in ("samsung", "yahoo_es")))
    toh = spec.get("to") or rcpt
    msgid = clients.msgid_for(client, rng, dom)
    if client.startswith("iphone"):
        core = [("Content-Type", None), ("Content-Transfer-Encoding", None), ("From", fromh),
                ("Mime-Version", "1.0 (1.0)"), ("Subject", mime.enc_header_text(subject)), ("Date", mime.fmt_date(when)),
                ("Message-Id", msgid)]
        if ours_inst:
            core += [("References", ours_inst["msgid"]), ("In-Reply-To", ours_inst["msgid"])]
        core += [("To", toh)] + clients.client_headers(client, rng)
    elif client == "apple_mail":
        core = [("From", fromh), ("Content-Type", None), ("Content-Transfer-Encoding", None),
                ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181\\))"),
                ("Subject", mime.enc_header_text(subject)), ("Date", mime.fmt_date(when))]
        if ours_inst:
            core += [("References", "<%s>" % ours_inst["msgid"].strip("<>")), ("To", toh),
                     ("In-Reply-To", ours_inst["msgid"])]
        else:
            core += [("To", toh)]
        core += [("Message-Id", msgid)] + clients.client_headers(client, rng)
    else:
        core = []
        if client.startswith("gmail"):
            core.append(("MIME-Version", "1.0"))
            if ours_inst:
                core += [("References", ours_inst["msgid"]), ("In-Reply-To", ours_inst["msgid"])]
            core += [("From", fromh), ("Date", mime.fmt_date(when)), ("Message-ID", msgid),
                     ("Subject", mime.enc_header_text(subject)), ("To", toh)]
        else:
            core += [("From", fromh), ("To", toh), ("Subject", mime.enc_header_text(subject)),
                     ("Date", mime.fmt_date(when)), ("Message-ID", msgid)]
            if ours_inst:
                core += [("In-Reply-To", ours_inst["msgid"]), ("References", ours_inst["msgid"])]
            core.append(("MIME-Version", "1.0"))
            for k, v in clients.client_headers(client, rng):
                core.append((k, v if v is not None else mime.enc_header_text(
                    subject[len(prof["prefix"]):] if ours_inst else subject)))
    if spec.get("reply_to"):
        core.insert(1, ("Reply-To", spec["reply_to"]))
    for k, v in spec.get("headers", []):
        core.append((k, v))
    # place Content-Type (+CTE) where the program puts it: placeholders or at the end
    ph = [i for i, (k, v) in enumerate(core) if v is None and k in ("Content-Type", "Content-Transfer-Encoding")]
    if ph:
        part_hdrs = dict(body_part.headers)
        newcore = []
        for k, v in core:
            if v is None and k in ("Content-Type", "Content-Transfer-Encoding"):
                if k in part_hdrs:
                    newcore.append((k, part_hdrs[k]))
            else:
                newcore.append((k, v))
        rest = [(k, v) for k, v in body_part.headers if k not in ("Content-Type", "Content-Transfer-Encoding")]
        top = hdrs + newcore + rest
        return mime.message(top, mime.Part([], body_part.body))
    return mime.message(hdrs + core, body_part)


def boundary_for(client, rng):
    if client.startswith("gmail"):
        return "000000000000" + clients.rhex(rng, 16)
    if client.startswith("outlook_com"):
        return "_000_" + clients.ralnum(rng, 42, True) + "_"
    if client.startswith("outlook"):
        return "----=_NextPart_000_%04X_01DC%04X.%08X" % (rng.randrange(0, 65535), rng.randrange(0, 65535),
                                                          rng.getrandbits(32))
    if client in ("yahoo", "yahoo_ios", "yahoo_es", "aol"):
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9),
                                       1792000000000 + rng.randrange(0, 10 ** 10))
    if client == "zimbra":
        return "=_%s-%s-%s-%s-%s" % (clients.rhex(rng, 8), clients.rhex(rng, 4), clients.rhex(rng, 4),
                                     clients.rhex(rng, 4), clients.rhex(rng, 12))
    if client.startswith("iphone") or client == "apple_mail":
        return "Apple-Mail-%s" % clients.uuid(rng)
    if client == "samsung":
        return "--_com.samsung.android.email_%d" % rng.randrange(10 ** 14, 10 ** 15)
    return "------------%s" % clients.ralnum(rng, 24)
