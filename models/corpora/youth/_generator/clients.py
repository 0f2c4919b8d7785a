"""Mail programs people in this set write from: each turns a spec (new text, what it
answers) into the raw message as it arrives in the Alliant mailbox."""
import textwrap

from lib import (R, T, ALNUM, later, rdate, junk, hexs, uuid_up, gmail_mid, part, multipart_body, ehdr, addr, fold,
                 esc, html_lines, quote_lines, deliver, finish, google_block, icloud_block, outlook_block,
                 outlook_ms_headers, yahoo_block, proton_block, UTC, CDT)
from ours import CC, PH

MAILBOX_ADDR = {"customercare": CC, "powerhousecatalog": PH}


def h12(d):
    return "%d:%s %s" % (int(d.strftime("%I")), d.strftime("%M"), d.strftime("%p"))


def to_line(spec):
    a = MAILBOX_ADDR[spec["box"]]
    if spec.get("to_display"):
        return addr(spec["to_display"], a)
    return a


def subject_of(spec):
    if spec.get("subject") is not None:
        return spec["subject"]
    q = spec.get("q")
    if q:
        return ("Fwd: " if spec.get("fwd") else "Re: ") + q["subject"]
    return ""


def thread_headers(spec):
    q = spec.get("q")
    if not q or spec.get("no_thread"):
        return []
    refs = []
    if q.get("in_reply_to"):
        refs.append(q["in_reply_to"])
    refs.append(q["msgid"])
    return [fold("References", " ".join(refs)), "In-Reply-To: %s" % q["msgid"]]


def q_from(q):
    return "%s <%s>" % (q["from_name"], q["from_addr"])


def q_quoted_html(q):
    return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in q["text"].split("\n"))


# ------------------------------------------------------------------ Gmail family
def gmail_attr(q, variant):
    d = q["date"]
    if variant == "android":
        when = "%s, %s" % (d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y"), h12(d))
        return "On %s %s wrote:" % (when, q_from(q))
    when = d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y") + " at " + h12(d)
    return "On %s %s wrote:" % (when, q_from(q))


def gmail_bodies(spec, variant):
    new = spec["body"]
    q = spec.get("q")
    dir_ = "auto" if variant == "android" else "ltr"
    if not q or spec.get("noquote"):
        plain = new + ("\n" if new else "")
        hbody = '<div dir="%s">%s</div>' % (dir_, html_lines(new, "div", "") if "\n" in new else esc(new))
        return plain, hbody + "\n"
    if spec.get("fwd"):
        d = q["date"]
        hdr = ["---------- Forwarded message ---------", "From: %s" % q_from(q),
               "Date: %s at %s" % (d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y"), h12(d)),
               "Subject: %s" % q["subject"], "To: <%s>" % q["to"]]
        plain = (new + "\n\n" if new else "\n") + "\n".join(hdr) + "\n\n\n" + q["text"] + "\n"
        hq = "<br>".join(esc(x) for x in hdr)
        hbody = ('<div dir="%s">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div></div>\n'
                 % (dir_, esc(new).replace("\n", "<br>"), hq, q_quoted_html(q)))
        return plain, hbody
    attr = gmail_attr(q, variant)
    plain = new + "\n\n" + attr + "\n\n" + quote_lines(q["text"], "> ", 74) + "\n"
    hbody = ('<div dir="%s">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
             % (dir_, html_lines(new, "div", ' dir="%s"' % dir_) if "\n" in new else esc(new), esc(attr).replace(q["from_addr"], '<a href="mailto:%s">%s</a>' % (q["from_addr"], q["from_addr"])),
                q_quoted_html(q)))
    return plain, hbody


def build_gmail(spec, variant="android", dkim_d="gmail.com"):
    rng = R(spec["key"])
    sent = spec["dt"]
    peer, auth, prov = google_block(rng, sent, spec["addr"], dkim_d=dkim_d)
    rcpt = MAILBOX_ADDR[spec["box"]]
    prov = [l.replace("%RCPT%", rcpt) for l in prov]
    if spec.get("plain_only"):
        p = part("text/plain", spec["body"] + "\n", "UTF-8")
        ctype_lines, body = p.split("\n\n", 1)
        ctype_lines = ctype_lines.replace("charset=UTF-8", 'charset="UTF-8"').split("\n")
        if ctype_lines[1].endswith("7bit"):
            ctype_lines = ctype_lines[:1]
    else:
        plain, hbody = gmail_bodies(spec, variant)
        bnd = "0000000000%s" % hexs(rng, 18)
        body = multipart_body(bnd, [part("text/plain", plain, "UTF-8"), part("text/html", hbody, "UTF-8")])
    ch = ["MIME-Version: 1.0"]
    ch += thread_headers(spec)
    ch.append("From: %s" % addr(spec["name"], spec["addr"]))
    ch.append("Date: %s" % rdate(sent))
    ch.append("Message-ID: %s" % spec.setdefault("msgid", gmail_mid(rng)))
    ch.append(fold("Subject", ehdr(subject_of(spec))))
    ch.append("To: %s" % to_line(spec))
    if spec.get("reply_to"):
        ch.append("Reply-To: %s" % addr(spec.get("reply_to_name"), spec["reply_to"]))
    ch += spec.get("extra_headers", [])
    if spec.get("plain_only"):
        ch += ctype_lines
    else:
        ch.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
    hdr = deliver(rng, spec["box"], spec["addr"], later(sent, rng.randint(2, 6)), peer, auth) + prov + ch
    return finish(hdr, body)


# ------------------------------------------------------------------ iPhone Mail
def ios_bodies(spec, sent_line="Sent from my iPhone"):
    new = spec["body"]
    q = spec.get("q")
    sig = "" if spec.get("nosig") else sent_line
    plain = new
    if sig:
        plain = (new + "\n\n" if new else "") + sig
    hsig = ('<div dir="ltr">%s</div>' % esc(sig)) if sig else ""
    hnew = html_lines(new, "div", ' dir="ltr"') if new else ""
    hq = ""
    if q and not spec.get("noquote"):
        d = q["date"]
        attr = "On %s, at %s, %s wrote:" % (d.strftime("%b ") + str(d.day) + d.strftime(", %Y"), h12(d), q_from(q))
        plain += "\n\n" + quote_lines(attr, "> ") + "\n> \n" + quote_lines(q["text"], "> ")
        hq = ('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
              % (esc(attr), q_quoted_html(q)))
    plain += "\n"
    hbody = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s%s%s</body></html>\n'
             % (hnew, ('<div dir="ltr"><br></div>' + hsig) if sig else "", hq))
    return plain, hbody


def build_iphone(spec, account="icloud"):
    rng = R(spec["key"])
    sent = spec["dt"]
    if account == "icloud":
        peer, auth, prov = icloud_block(rng, sent, spec["addr"])
        mid_dom = "icloud.com"
    else:
        peer, auth, prov = google_block(rng, sent, spec["addr"], smtp_client="smtpclient.apple")
        rcpt = MAILBOX_ADDR[spec["box"]]
        prov = [l.replace("%RCPT%", rcpt) for l in prov]
        mid_dom = spec["addr"].split("@")[1]
    plain, hbody = ios_bodies(spec, spec.get("sent_line", "Sent from my iPhone"))
    ch = []
    if spec.get("plain_only"):
        if plain.strip():
            body = part("text/plain", plain, "utf-8", cte="quoted-printable").split("\n\n", 1)
            ch.append(body[0].split("\n")[0])
            ch.append("Content-Transfer-Encoding: quoted-printable")
            body = body[1]
        else:
            ch.append("Content-Type: text/plain; charset=us-ascii")
            ch.append("Content-Transfer-Encoding: 7bit")
            body = "\n"
    else:
        bnd = "Apple-Mail-%s" % uuid_up(rng)
        body = multipart_body(bnd, [part("text/plain", plain, "utf-8", cte="quoted-printable"),
                                    part("text/html", hbody, "utf-8", cte="quoted-printable")])
        ch.append("Content-Type: multipart/alternative; boundary=%s" % bnd)
        ch.append("Content-Transfer-Encoding: 7bit")
    ch.append("From: %s" % addr(spec["name"], spec["addr"]))
    ch.append("Mime-Version: 1.0 (1.0)")
    ch.append(fold("Subject", ehdr(subject_of(spec))))
    ch.append("Date: %s" % rdate(sent))
    ch.append("Message-Id: %s" % spec.setdefault("msgid", "<%s@%s>" % (uuid_up(rng), mid_dom)))
    ch += thread_headers(spec)
    ch.append("To: %s" % to_line(spec))
    ch.append("X-Mailer: iPhone Mail (%s)" % spec.get("ios_build", "23G93"))
    hdr = deliver(rng, spec["box"], spec["addr"], later(sent, rng.randint(2, 6)), peer, auth) + prov + ch
    return finish(hdr, body)


# ------------------------------------------------------------------ Outlook mobile / Microsoft 365
FOOTERS = {"ios": ("Get Outlook for iOS", "https://aka.ms/o0ukef"),
           "android": ("Get Outlook for Android", "https://aka.ms/AAb9ysg"),
           "android-es": ("Obtener Outlook para Android", "https://aka.ms/AAb9ysg"),
           "ios-es": ("Obtener Outlook para iOS", "https://aka.ms/o0ukef"),
           "web": None}


DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def outlook_sent(d, es=False):
    if es:
        return "%s, %d de %s de %d %s" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.strftime("%H:%M:%S"))
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + "%d:%s %s" % (int(d.strftime("%I")), d.strftime("%M:%S"), d.strftime("%p"))


def build_outlook(spec, flavor="ios", tenant=None):
    rng = R(spec["key"])
    sent = spec["dt"]
    peer, auth, prov, mid = outlook_block(rng, sent, spec["addr"], tenant_domain=tenant)
    spec.setdefault("msgid", mid)
    new = spec["body"]
    q = spec.get("q")
    foot = FOOTERS[flavor]
    es = flavor.endswith("-es")
    plain = new
    hparts = ['<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")] if new else []
    if foot:
        plain += "\n\n%s<%s>" % foot
        hparts.append('<div dir="auto"><br></div><div id="ms-outlook-mobile-signature"><div dir="auto">%s <a href="%s">%s</a></div></div>'
                      % (foot[0].split(" ")[0], foot[1], " ".join(foot[0].split(" ")[1:])))
    if q and not spec.get("noquote"):
        lab = ("De", "Enviado", "Para", "Asunto") if es else ("From", "Sent", "To", "Subject")
        sent_s = outlook_sent(q["date"], es)
        blk = ["%s: %s" % (lab[0], q_from(q)), "%s: %s" % (lab[1], sent_s), "%s: %s <%s>" % (lab[2], q["to"], q["to"]),
               "%s: %s" % (lab[3], q["subject"])]
        plain += "\n" + "_" * 32 + "\n" + "\n".join(blk) + "\n\n" + q["text"]
        hparts.append('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                      '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</font><div>&nbsp;</div></div>%s'
                      % (lab[0], esc(q_from(q)), lab[1], esc(sent_s), lab[2], esc("%s <%s>" % (q["to"], q["to"])), lab[3], esc(q["subject"]), q_quoted_html(q)))
    plain += "\n"
    cs = "utf-8" if not (plain.isascii()) else "us-ascii"
    hbody = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n%s\n</body>\n</html>\n'
             % (cs, "\n".join(hparts)))
    bnd = "_000_%s_" % mid[1:].split("@")[0]
    body = multipart_body(bnd, [part("text/plain", plain, cs, cte="quoted-printable"), part("text/html", hbody, cs, cte="quoted-printable")])
    ch = ["From: %s" % addr(spec["name"], spec["addr"]), "To: %s" % to_line(spec)]
    if spec.get("reply_to"):
        ch.append("Reply-To: %s" % addr(spec.get("reply_to_name"), spec["reply_to"]))
    subj = subject_of(spec)
    ch.append(fold("Subject", ehdr(subj)))
    topic = subj[4:] if subj.lower().startswith(("re: ", "fw: ")) else subj
    ms = outlook_ms_headers(rng, sent, topic or "", lang="es-US" if es else "en-US")
    ch += ms[:2]
    ch.append("Date: %s" % rdate(sent, UTC))
    ch.append("Message-ID: %s" % mid)
    ch += thread_headers(spec)
    ch += ms[2:]
    ch.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd)
    ch.append("MIME-Version: 1.0")
    hdr = deliver(rng, spec["box"], spec["addr"], later(sent, rng.randint(2, 6)), peer, auth) + prov + ch
    return finish(hdr, body)


# ------------------------------------------------------------------ Yahoo Mail app
def build_yahoo(spec, device="iPhone"):
    rng = R(spec["key"])
    sent = spec["dt"]
    peer, auth, prov = yahoo_block(rng, sent, spec["addr"])
    new = spec["body"]
    q = spec.get("q")
    link = "https://mail.onelink.me/107872968?pid=nativeplacement&c=Global_Acquisition_YMktg_315_Internal_EmailSignature&af_sub1=Acquisition&af_sub2=Global_YMktg&af_sub3=&af_sub4=100000604&af_sub5=EmailSignature__Static_"
    plain = new + "\n\nSent from Yahoo Mail for %s" % device
    hb = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">%s<div><br></div><div id="ymail_android_signature"><a id="ymail_android_signature_link" href="%s">Sent from Yahoo Mail for %s</a></div>' % (
        hexs(rng, 8), html_lines(new, "div", ""), esc(link), device)
    if q and not spec.get("noquote"):
        d = q["date"]
        attr = "On %s, %s, %s wrote:" % (d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y"), h12(d), q_from(q))
        plain += "\n\n\n" + attr + "\n\n" + q["text"]
        hb += '<div><br></div><div class="yahoo_quoted"><div>%s</div><div><br></div><div>%s</div></div>' % (esc(attr), q_quoted_html(q))
    plain += "\n"
    hb += "</div></body></html>\n"
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(1000000, 9999999), rng.randint(100000000, 2000000000), epoch_ms(sent))
    body = multipart_body(bnd, [part("text/plain", plain, "UTF-8", cte="quoted-printable"), part("text/html", hb, "UTF-8", cte="quoted-printable")])
    ch = ["Date: %s" % rdate(sent, UTC, paren="UTC"), "From: %s" % addr(spec["name"], spec["addr"]), "To: %s" % to_line(spec)]
    ch.append("Message-ID: %s" % spec.setdefault("msgid", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(100000000, 2000000000), rng.randint(1000000, 9999999), epoch_ms(sent))))
    ch += thread_headers(spec)
    ch.append(fold("Subject", ehdr(subject_of(spec))))
    ch.append("MIME-Version: 1.0")
    ch.append('Content-Type: multipart/alternative; \n\tboundary="%s"' % bnd)
    ch.append("X-Mailer: WebService/1.1.%d YMailNovation" % rng.randint(22000, 23999))
    hdr = deliver(rng, spec["box"], spec["addr"], later(sent, rng.randint(2, 6)), peer, auth) + prov + ch
    return finish(hdr, body)


def epoch_ms(dt):
    return int(dt.timestamp() * 1000)


# ------------------------------------------------------------------ Samsung Email (Gmail account)
def build_samsung(spec, charset="UTF-8", cte="base64"):
    rng = R(spec["key"])
    sent = spec["dt"]
    peer, auth, prov = google_block(rng, sent, spec["addr"], smtp_client="[192.168.%d.%d]" % (rng.randint(0, 2), rng.randint(2, 250)))
    prov = [l.replace("%RCPT%", MAILBOX_ADDR[spec["box"]]).replace("from [", "from localhost ([") for l in prov]
    new = spec["body"]
    q = spec.get("q")
    sig = spec.get("sent_line", "Sent from my Galaxy")
    plain = new + "\n\n\n\n" + sig + "\n"
    hb = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body dir="auto">%s<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">%s</div></div>' % (
        charset, html_lines(new), esc(sig))
    if q and not spec.get("noquote"):
        d = q["date"]
        blk = ["-------- Original message --------", "From: %s" % q_from(q),
               "Date: %d/%d/%s %s (GMT-05:00) " % (d.month, d.day, d.strftime("%y"), h12(d)),
               "To: %s " % q["to"], "Subject: %s " % q["subject"]]
        plain += "\n\n" + "\n".join(blk) + "\n\n" + q["text"] + "\n"
        hb += '<div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>%s</div></div>%s' % ("</div><div>".join(esc(b) for b in blk), q_quoted_html(q))
    hb += "</body></html>\n"
    bnd = "--_com.samsung.android.email_%d%d" % (rng.randint(100000000000, 999999999999), rng.randint(1000000, 9999999))
    body = multipart_body(bnd, [part("text/plain", plain, charset, cte=cte), part("text/html", hb, charset, cte=cte)])
    ch = ["Message-ID: %s" % spec.setdefault("msgid", "<%s@email.android.com>" % hexs(rng, 16)),
          "Date: %s" % rdate(sent, CDT, "zero"), "From: %s" % addr(spec["name"], spec["addr"], "utf-8"),
          "To: %s" % to_line(spec), fold("Subject", ehdr(subject_of(spec)))]
    ch += thread_headers(spec)
    ch += ["MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    hdr = deliver(rng, spec["box"], spec["addr"], later(sent, rng.randint(2, 6)), peer, auth) + prov + ch
    return finish(hdr, body)


# ------------------------------------------------------------------ Proton Mail
def build_proton(spec):
    rng = R(spec["key"])
    sent = spec["dt"]
    peer, auth, prov = proton_block(rng, sent, spec["addr"])
    new = spec["body"]
    plain = new + "\n\nSent with Proton Mail secure email.\n"
    hb = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n'
          '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n    <div class="protonmail_signature_block-user protonmail_signature_block-empty">\n        \n            </div>\n    \n            <div class="protonmail_signature_block-proton">\n        Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.\n    </div>\n</div>\n'
          % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new.split("\n")))
    bnd = "b1=_%s" % junk(rng, 43, ALNUM)
    body = "This is a multi-part message in MIME format.\n\n" + multipart_body(bnd, [part("text/plain", plain, "utf-8"), part("text/html", hb, "utf-8", cte="base64")])
    ch = ["Date: %s" % rdate(sent, UTC), fold("To", to_line(spec)), "From: %s" % addr(spec["name"], spec["addr"]),
          fold("Subject", ehdr(subject_of(spec))),
          "Message-ID: %s" % spec.setdefault("msgid", "<%s=@proton.me>" % junk(rng, 86, ALNUM + "_-")),
          "Feedback-ID: %s:user:proton" % junk(rng, 88, ALNUM + "_-") + "==",
          "X-Pm-Message-ID: %s" % hexs(rng, 40),
          "MIME-Version: 1.0",
          'Content-Type: multipart/alternative;\n boundary="%s"' % bnd]
    hdr = deliver(rng, spec["box"], spec["addr"], later(sent, rng.randint(2, 6)), peer, auth) + prov + ch
    return finish(hdr, body)


# ------------------------------------------------------------------ SMS/MMS gateways (a text reply to our outage alert)
def build_sms(spec, carrier="vzw"):
    rng = R(spec["key"])
    sent = spec["dt"]
    if carrier == "vzw":
        host = "njbrspamsg%02d.vzwpix.com" % rng.randint(1, 12)
        ip = "66.174.76.%d" % rng.randint(10, 60)
        dom = "vzwpix.com"
    else:
        host = "mms-relay%d.mms.att.net" % rng.randint(1, 8)
        ip = "12.20.58.%d" % rng.randint(10, 90)
        dom = "mms.att.net"
    peer = (host, host, ip)
    auth = dict(dkim=("none", None, None), spf=("pass", spec["addr"], ip), dmarc=("pass", dom, "none"))
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(100000000, 999999999), epoch_ms(sent))
    if carrier == "vzw":
        tp = part("text/plain", spec["body"], "UTF-8", cte="7bit", extra=["Content-Location: text_0.txt"])
        body = multipart_body(bnd, [tp])
        ch = ["Date: %s" % rdate(sent, UTC), "From: %s" % spec["addr"], "To: %s" % to_line(spec),
              "Message-ID: %s" % spec.setdefault("msgid", "<%d.%d.%d.JavaMail.mmsmail@%s>" % (rng.randint(100000000, 999999999), rng.randint(100, 999), epoch_ms(sent), host)),
              "Subject: ", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; \n\tboundary="%s"' % bnd]
    else:
        tp = part("text/plain", spec["body"], "utf-8", cte="base64", extra=['Content-Disposition: inline; filename="text_0.txt"'], ct_params='; name="text_0.txt"')
        body = multipart_body(bnd, [tp])
        ch = ["Date: %s" % rdate(sent, CDT), "From: %s" % spec["addr"], "To: %s" % to_line(spec),
              "Message-ID: %s" % spec.setdefault("msgid", "<%s@mms.att.net>" % hexs(rng, 24)),
              "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="%s"' % bnd,
              "X-Mms-Message-Type: m-send-req"]
    hdr = deliver(rng, spec["box"], spec["addr"], later(sent, rng.randint(3, 20)), peer, auth, tls=(carrier == "vzw")) + ch
    return finish(hdr, body)


PROGRAMS = {
    "gmail_android": "Gmail for Android", "gmail_ios": "Gmail for iOS", "gmail_web": "Gmail (web)",
    "gworkspace_web": "Gmail (Google Workspace, web)",
    "iphone_icloud": "iPhone Mail (iCloud)", "iphone_gmail": "iPhone Mail (Gmail account)",
    "outlook_ios": "Outlook for iOS", "outlook_android": "Outlook for Android", "outlook_android_es": "Outlook for Android (Spanish)",
    "o365_web": "Outlook on the web (Microsoft 365, university)",
    "yahoo_ios": "Yahoo Mail for iPhone", "yahoo_android": "Yahoo Mail for Android", "samsung": "Samsung Email (Gmail account)",
    "proton": "Proton Mail", "sms_vzw": "Verizon MMS gateway (text reply)", "sms_att": "AT&T MMS gateway (text reply)",
}


def build(spec):
    c = spec["client"]
    if c == "gmail_android":
        return build_gmail(spec, "android")
    if c == "gmail_ios":
        return build_gmail(spec, "ios")
    if c == "gmail_web":
        return build_gmail(spec, "web")
    if c == "gworkspace_web":
        d = spec["addr"].split("@")[1].replace(".", "-") + ".20230601.gappssmtp.com"
        return build_gmail(spec, "web", dkim_d=d)
    if c == "iphone_icloud":
        return build_iphone(spec, "icloud")
    if c == "iphone_gmail":
        return build_iphone(spec, "gmail")
    if c == "outlook_ios":
        return build_outlook(spec, "ios")
    if c == "outlook_android":
        return build_outlook(spec, "android")
    if c == "outlook_android_es":
        return build_outlook(spec, "android-es")
    if c == "o365_web":
        return build_outlook(spec, "web", tenant=spec["addr"].split("@")[1])
    if c == "yahoo_ios":
        return build_yahoo(spec, "iPhone")
    if c == "yahoo_android":
        return build_yahoo(spec, "Android")
    if c == "samsung":
        return build_samsung(spec, spec.get("charset", "UTF-8"), spec.get("cte", "base64"))
    if c == "proton":
        return build_proton(spec)
    if c == "sms_vzw":
        return build_sms(spec, "vzw")
    if c == "sms_att":
        return build_sms(spec, "att")
    raise KeyError(c)
