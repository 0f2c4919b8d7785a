"""The machinery that relays mail to our two mailboxes, each with its own sender, subject, Message-ID and layout.

Ours: the website contact form (English and Spanish), the Privacy Choices form, the PowerHouse Catalog contact
form (HTML table), the mobile app's feedback form, the text-alert short code relay, the voicemail transcriber,
staff mail (call-center notes) and the CRM call log. Third parties (all invented): Formwell (Wufoo-like), JotPad
Forms (JotForm-like), Askly Forms (Google Forms-like), Quillform (Typeform-like), Hubbard (HubSpot-like), Contact
Form 9 on our WordPress blog, CaseHarbor web-to-case (Salesforce-like), Deskwise (Zendesk-like), FreshAnswer
(Freshdesk-like), ChatLoop (chat widget), SocialDesk (social-media inbox)."""
import base64
import datetime as dt
import email.header
import email.quoprimime
import hashlib
import html as htmlmod
import io
import random
import struct
import wave
import zlib

NL = "\r\n"


def rng(key):
    return random.Random(zlib.crc32(("sys:" + key).encode("utf-8")))


def hexid(key, n=16):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def is_ascii(t):
    try:
        t.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr(name, value):
    if is_ascii(value):
        words = value.split(" ")
        lines, cur = [], name + ":"
        for w in words:
            if len(cur) + 1 + len(w) > 76 and cur != name + ":":
                lines.append(cur)
                cur = " " + w
            else:
                cur += " " + w
        lines.append(cur)
        return NL.join(lines)
    return name + ": " + email.header.Header(value, "utf-8", header_name=name).encode(linesep=NL)


def addr(disp, a):
    if not disp:
        return "<%s>" % a
    if is_ascii(disp):
        if any(c in disp for c in '(),.:;<>@[]"'):
            return '"%s" <%s>' % (disp.replace('"', ''), a)
        return "%s <%s>" % (disp, a)
    return "%s <%s>" % (email.header.Header(disp, "utf-8").encode(), a)


# ---------------------------------------------------------------- MIME parts: (header lines, payload string)

def text(body, subtype="plain"):
    body = body.replace("\r\n", "\n").strip("\n") + "\n"
    long_line = any(len(x) > 76 for x in body.split("\n"))
    if is_ascii(body) and not long_line:
        return (["Content-Type: text/%s; charset=us-ascii" % subtype, "Content-Transfer-Encoding: 7bit"],
                body.replace("\n", NL))
    raw = body.encode("utf-8").decode("latin-1")
    enc = email.quoprimime.body_encode(raw.replace("\n", NL), maxlinelen=76, eol=NL)
    return (["Content-Type: text/%s; charset=utf-8" % subtype, "Content-Transfer-Encoding: quoted-printable"], enc)


def attach(ctype, data, filename):
    b = base64.encodebytes(data).decode("ascii").replace("\n", NL)
    return (['Content-Type: %s; name="%s"' % (ctype, filename), "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="%s"' % filename], b)


def multi(subtype, parts, key):
    bnd = "----=_Part_%s" % hexid("b" + key + subtype, 20)
    lines = []
    for heads, payload in parts:
        lines.append("--" + bnd)
        lines.extend(heads)
        lines.append("")
        lines.append(payload.rstrip(NL))
    lines.append("--" + bnd + "--")
    return (['Content-Type: multipart/%s; boundary="%s"' % (subtype, bnd)], NL.join(lines) + NL)


def lines_of(part):
    heads, payload = part
    return heads + [""] + [payload.rstrip(NL)]


def wav(key, seconds=1):
    buf = io.BytesIO()
    w = wave.open(buf, "wb")
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(2000)
    r = rng("wav" + key)
    w.writeframes(bytes(128 + r.randint(-6, 6) for _ in range(2000 * seconds)))
    w.close()
    return buf.getvalue()


def table_html(title, rows, foot="", style="plain"):
    """rows: (label, value) pairs; values may hold newlines."""
    esc = htmlmod.escape
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"></head>",
           "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">"]
    if title:
        out.append("<h2 style=\"font-size:18px\">%s</h2>" % esc(title))
    out.append("<table cellpadding=\"6\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse\">")
    for i, (k, v) in enumerate(rows):
        bg = "#f3f6f9" if (style == "striped" and i % 2 == 0) else "#ffffff"
        val = "<br>\n".join(esc(x) for x in (v or "").split("\n")) if v else "&nbsp;"
        out.append("<tr style=\"background:%s\"><td style=\"font-weight:bold;vertical-align:top\">%s</td>"
                   "<td>%s</td></tr>" % (bg, esc(k), val))
    out.append("</table>")
    if foot:
        out.append("<p style=\"font-size:11px;color:#777\">%s</p>" % "<br>\n".join(esc(x) for x in foot.split("\n")))
    out.append("</body></html>")
    return "\n".join(out)


def pad_rows(rows, width=None):
    width = width or max(len(k) for k, _ in rows) + 2
    out = []
    for k, v in rows:
        v = v or ""
        vl = v.split("\n")
        out.append((k + ":").ljust(width) + vl[0])
        for more in vl[1:]:
            out.append(" " * width + more)
    return "\n".join(x.rstrip() for x in out)


def checks(items, on="[x]", off="[ ]"):
    return "\n".join("%s %s" % (on if v else off, k) for k, v in items)


def stamp(d, fmt="%b %d, %Y %I:%M %p"):
    return d.strftime(fmt).replace(" 0", " ")


def utc(d):
    return d.astimezone(dt.timezone.utc)


# ---------------------------------------------------------------- the systems

WEB = ("Alliant Energy Website", "no-reply@web.alliant-energy.com")
WEB_ES = ("Alliant Energy Sitio Web", "no-reply@web.alliant-energy.com")
PRIV = ("Alliant Energy Privacy Center", "privacy-noreply@forms.alliant-energy.com")
PHC = ("PowerHouse Catalog Website", "donotreply@catalog.alliant-energy.com")
APP = ("Alliant Energy App", "app-feedback@mobile.alliant-energy.com")
SMS = ("Text Alerts Inbound", "sms-inbound@notify.alliant-energy.com")
VM = ("Alliant Energy Voice Mail", "vm-transcripts@voice.alliant-energy.com")
WP = ("PowerHouse Home Blog", "wordpress@blog.alliant-energy.com")
CRM = ("CaseHarbor", "noreply@cases.caseharbor.com")


def person_rt(s):
    if s.get("rt", True) and s.get("email"):
        return (s.get("name") or "", s["email"])
    return None


def r_web(s, d):
    es = s["lang"] == "es"
    if es:
        rows = [("Tema", s.get("topic", "")), ("Nombre", s.get("name", "")), ("Correo electrónico", s.get("email", "")),
                ("Teléfono", s.get("phone", "")), ("Número de cuenta", s.get("account", "")),
                ("Código postal", s.get("zip", ""))]
        head = "Nuevo mensaje del formulario de contacto (www.alliant-energy.com/es/contacto)"
        foot = ("----\nEnviado el %s (hora del centro) desde %s\nMensaje generado por el sitio web. Las respuestas "
                "van al correo del visitante cuando lo dio." % (d.strftime("%d/%m/%Y %H:%M"), s.get("page", "/es/contacto")))
        body = "%s\n\n%s\n\nMensaje:\n%s\n\n%s" % (head, pad_rows(rows), s.get("msg", ""), foot)
        subj = "Sitio web - contacto: " + s.get("topic", "")
    else:
        rows = [("Topic", s.get("topic", "")), ("Name", s.get("name", "")), ("E-mail", s.get("email", "")),
                ("Phone", s.get("phone", "")), ("Account number", s.get("account", "")), ("ZIP code", s.get("zip", ""))]
        head = "New message from the Contact Us form (www.alliant-energy.com/contact-us)"
        foot = ("----\nSubmitted %s CT from %s\nThis message was generated by the website. Replies go to the "
                "visitor's e-mail address when one was given." % (d.strftime("%m/%d/%Y %H:%M"),
                                                                   s.get("page", "/contact-us")))
        body = "%s\n\n%s\n\nMessage:\n%s\n\n%s" % (head, pad_rows(rows), s.get("msg", ""), foot)
        subj = "Website contact: " + s.get("topic", "")
    if s.get("subject"):
        subj = s["subject"]
    return {"frm": WEB_ES if es else WEB, "rt": person_rt(s), "subject": subj,
            "msgid": "web.contact.%s.%s@web.alliant-energy.com" % (d.strftime("%Y%m%d%H%M%S"), hexid(s["id"], 8)),
            "helo": "webform01.web.alliant-energy.com", "ip": "66.151.70.%d" % (10 + len(s["id"]) % 20),
            "body_lines": lines_of(text(body))}


PRIV_EN = ["Stop marketing e-mails", "Stop marketing postal mail (including the PowerHouse Catalog)",
           "Do not share or sell my name and address", "Send me a copy of my personal information",
           "Other (see comments)"]
PRIV_ES = ["No quiero correos electrónicos de mercadeo", "No quiero correo postal de mercadeo (incluido el "
           "catálogo PowerHouse)", "No compartir ni vender mi nombre y dirección",
           "Envíenme una copia de mi información personal", "Otro (vea los comentarios)"]


def r_priv(s, d):
    es = s["lang"] == "es"
    ref = "PRF-2026-%05d" % (rng(s["id"]).randint(1000, 99999))
    ticks = [i in s.get("ticked", []) for i in range(5)]
    names = PRIV_ES if es else PRIV_EN
    if es:
        rows = [("Nombre", s.get("name", "")), ("Correo", s.get("email", "")),
                ("Código postal del servicio", s.get("zip", "")), ("Cuenta / n.º de cliente", s.get("account", ""))]
        body = ("Solicitud de privacidad %s\nRecibida: %s\n\nSolicitante\n%s\n\nOpciones\n%s\n\nComentarios:\n%s\n\n"
                "Solicitud ingresada en la página pública de privacidad. No se ha verificado la identidad del "
                "solicitante." % (ref, d.strftime("%d/%m/%Y %H:%M"), pad_rows(rows), checks(zip(names, ticks)),
                                  s.get("msg", "")))
        subj = "Solicitud de privacidad " + ref
    else:
        rows = [("Name", s.get("name", "")), ("E-mail", s.get("email", "")), ("Service ZIP", s.get("zip", "")),
                ("Account / customer no.", s.get("account", ""))]
        body = ("Privacy Choices request %s\nReceived: %s\n\nRequester\n%s\n\nChoices\n%s\n\nComments:\n%s\n\n"
                "This request was entered on the public privacy page. The requester's identity has not been "
                "verified." % (ref, d.strftime("%m/%d/%Y %H:%M"), pad_rows(rows), checks(zip(names, ticks)),
                               s.get("msg", "")))
        subj = "Privacy Choices request " + ref
    return {"frm": PRIV, "rt": person_rt(s), "subject": subj, "msgid": "%s.%s@forms.alliant-energy.com" % (ref, hexid(s["id"], 6)),
            "helo": "forms02.alliant-energy.com", "ip": "66.151.70.44", "body_lines": lines_of(text(body))}


def r_phc(s, d):
    es = s["lang"] == "es"
    if es:
        rows = [("Tipo de solicitud", s.get("topic", "")), ("Nombre", s.get("first", "")), ("Apellido", s.get("last", "")),
                ("Correo", s.get("email", "")), ("Dirección", s.get("address", "")), ("Código postal", s.get("zip", "")),
                ("N.º de cliente (etiqueta del catálogo)", s.get("account", "")), ("Comentarios", s.get("msg", ""))]
        title, foot = "Catálogo PowerHouse - Contáctenos", "Enviado desde catalog.alliant-energy.com/contacto"
    else:
        rows = [("Request type", s.get("topic", "")), ("First name", s.get("first", "")), ("Last name", s.get("last", "")),
                ("Email", s.get("email", "")), ("Street address", s.get("address", "")), ("ZIP", s.get("zip", "")),
                ("Customer no. (from catalog label)", s.get("account", "")), ("Comments", s.get("msg", ""))]
        title, foot = "PowerHouse Catalog - Contact Us", "Sent from catalog.alliant-energy.com/contact"
    foot += "\n%s | Do not reply to this address." % d.strftime("%Y-%m-%d %H:%M")
    name = (s.get("first", "") + " " + s.get("last", "")).strip()
    who = ("Enviado por" if es else "Submitted by", "%s <%s>" % (name, s["email"]) if s.get("email") else name)
    rows = [who] + rows
    h = table_html(title, rows, foot, style="striped")
    if s.get("html_only"):
        part = text(h, "html")
    else:
        part = multi("alternative", [text(pad_rows(rows) + "\n\n" + foot), text(h, "html")], s["id"])
    name = (s.get("first", "") + " " + s.get("last", "")).strip()
    rt = (name, s["email"]) if s.get("email") and s.get("rt", True) else None
    return {"frm": PHC, "rt": rt, "subject": title + ": " + (s.get("topic") or "(none)"),
            "msgid": "phc-contact-%s@catalog.alliant-energy.com" % hexid(s["id"], 18), "helo": "web03.catalog.alliant-energy.com",
            "ip": "66.151.70.61", "body_lines": lines_of(part)}


def r_formwell(s, d):
    r = rng(s["id"])
    n = s.get("entry") or r.randint(120, 980)
    form = s.get("form", "PowerHouse Catalog Requests")
    rows = s["rows"]
    foot = ("Entry #%d - Submitted %s UTC - IP %s\nManage notifications: https://alliantenergy.formwell.io/forms/%s/"
            "notifications\nFormwell - forms that just work" % (n, utc(d).strftime("%b %d, %Y at %H:%M"), "%d.%d.%d.%d" % (
                r.randint(24, 99), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254)),
                form.lower().replace(" ", "-")))
    plain = "You have a new entry for %s.\n\n%s\n\n%s" % (form, pad_rows(rows), foot)
    part = multi("alternative", [text(plain), text(table_html("New entry: " + form, rows, foot), "html")], s["id"])
    return {"frm": ("Formwell", "no-reply@formwell.io"), "rt": s.get("rt_addr"), "subject": s.get("subject") or "[Formwell] %s - Entry #%d" % (form, n),
            "msgid": "%s.%d@formwell.io" % (hexid(s["id"], 24), n), "return_path": "bounces+%s@mail.formwell.io" % hexid(s["id"], 8),
            "helo": "o%d.mail.formwell.io" % r.randint(2, 40), "body_lines": lines_of(part),
            "headers": s.get("headers", [])}


def r_jotpad(s, d):
    rows = s["rows"]
    form = s.get("form", "Contact the Privacy Office")
    foot = "You received this because you are the owner of the form \"%s\".\nJotPad Forms - jotpadforms.com" % form
    h = table_html(form, rows, foot, style="striped")
    part = text(h, "html") if s.get("html_only", True) else multi("alternative", [text(pad_rows(rows) + "\n\n" + foot), text(h, "html")], s["id"])
    r = rng(s["id"])
    return {"frm": ("JotPad Forms", "noreply@jotpadforms.com"), "rt": s.get("rt_addr"),
            "subject": s.get("subject") or "Re: %s - %s" % (form, s.get("who", "new submission")),
            "msgid": "%d.%s@jotpadforms.com" % (r.randint(10 ** 12, 10 ** 13), hexid(s["id"], 10)),
            "helo": "smtp%d.jotpadforms.com" % r.randint(1, 9), "body_lines": lines_of(part), "headers": s.get("headers", [])}


def r_askly(s, d):
    form = s.get("form", "Catalog mailing preferences")
    blocks = []
    for q, a in s["qa"]:
        blocks.append("%s\n%s" % (q, a if a else "(no answer)"))
    r = rng(s["id"])
    n = s.get("n") or r.randint(12, 260)
    plain = ("Response #%d to %s\n\n%s\n\n--\nView all responses: https://forms.askly.com/d/%s/responses\nYou are receiving "
             "this because response notifications are on for this form. Askly Forms cannot receive replies." % (
                 n, form, "\n\n".join(blocks), hexid(s["id"], 28)))
    return {"frm": ("Askly Forms", "forms-receipts-noreply@askly.com"), "rt": None,
            "subject": "\"%s\" has a new response" % form if s["lang"] == "en" else "\"%s\" tiene una nueva respuesta" % form,
            "msgid": "%s-%d@askly.com" % (base64.urlsafe_b64encode(hashlib.sha1(s["id"].encode()).digest()).decode()[:22], n),
            "helo": "mail-sor-f%d.askly.com" % r.randint(40, 90), "body_lines": lines_of(text(plain))}


def r_quill(s, d):
    blocks = ["%d. %s\n   -> %s" % (i, q, a if a else "(skipped)") for i, (q, a) in enumerate(s["qa"], 1)]
    hidden = s.get("hidden", [("source", "website-footer"), ("page", "/help")])
    plain = ("New response to \"%s\"\n\n%s\n\nHidden fields\n%s\n\nSubmitted %s UTC\nSee it in Quillform: "
             "https://app.quillform.com/forms/%s/results\n" % (
                 s.get("form", "Tell us how we can help"), "\n\n".join(blocks),
                 "\n".join("   %s: %s" % kv for kv in hidden), utc(d).strftime("%Y-%m-%d %H:%M"), hexid(s["id"], 8)))
    return {"frm": ("Quillform", "notifications@quillform.com"), "rt": s.get("rt_addr"),
            "subject": s.get("subject") or "New response: %s" % s.get("form", "Tell us how we can help"),
            "msgid": "resp-%s@quillform.com" % hexid(s["id"], 20), "helo": "out-%d.quillform.com" % rng(s["id"]).randint(1, 8),
            "body_lines": lines_of(text(plain))}


def r_hubbard(s, d):
    rows = s["rows"]
    form = s.get("form", "Contact PowerHouse")
    page = s.get("page", "https://catalog.alliant-energy.com/contact")
    top = "New form submission\nForm: %s\nPage: %s\nContact: %s\n" % (form, page, s.get("contact", "(no contact record)"))
    foot = "Hubbard CRM - notifications\nTo change which form notifications you receive, update your settings in Hubbard."
    plain = top + "\n" + pad_rows(rows) + "\n\n" + foot
    h = table_html("New form submission on %s" % form, [("Form", form), ("Page", page)] + rows, foot)
    part = multi("alternative", [text(plain), text(h, "html")], s["id"])
    u = hexid(s["id"], 32)
    return {"frm": ("Hubbard", "noreply@notifications.hubbardcrm.com"), "rt": s.get("rt_addr"),
            "subject": s.get("subject") or "New form submission on Alliant Energy: %s" % form,
            "msgid": "%s-%s-%s-%s-%s@notifications.hubbardcrm.com" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32]),
            "helo": "outbound-%d.hubbardmail.net" % rng(s["id"]).randint(10, 99),
            "return_path": "bounce-%s@bounce.hubbardmail.net" % hexid(s["id"], 10), "body_lines": lines_of(part),
            "headers": s.get("headers", [])}


def r_wp(s, d):
    if s.get("raw"):
        plain = s["raw"]
    else:
        plain = ("From: %s <%s>\nSubject: %s\n\nMessage Body:\n%s\n\n-- \nThis e-mail was sent from a contact form on "
                 "PowerHouse Home Blog (https://blog.alliant-energy.com)" % (s.get("name", ""), s.get("email", ""),
                                                                              s.get("wsubj", ""), s.get("msg", "")))
    rt = (s.get("name", ""), s["email"]) if s.get("email") and s.get("rt", True) else None
    return {"frm": WP, "rt": rt, "subject": s.get("subject") or "PowerHouse Home Blog \"%s\"" % s.get("wsubj", ""),
            "msgid": "%s@blog.alliant-energy.com" % hexid(s["id"], 32), "helo": "wp-prod-2.blog.alliant-energy.com",
            "ip": "66.151.70.88", "body_lines": lines_of(text(plain)), "headers": [("X-Mailer", "WordPress/6.7 Contact Form 9")] + s.get("headers", [])}


def r_case(s, d):
    r = rng(s["id"])
    n = s.get("case") or "%08d" % r.randint(41000, 69999)
    if s.get("raw"):
        plain = s["raw"]
    else:
        rows = [("Case Number", n), ("Case Origin", "Web"), ("Web Name", s.get("name", "")), ("Web Email", s.get("email", "")),
                ("Web Phone", s.get("phone", "")), ("Account No. (entered)", s.get("account", "")),
                ("Subject", s.get("csubj", "")), ("Description", s.get("msg", "")), ("Priority", "Medium"),
                ("Status", "New")]
        plain = ("A new case was created from the web form \"%s\".\n\n%s\n\nView case: https://alliantenergy.my.caseharbor.com/"
                 "lightning/r/Case/500%s/view\n\nThis notification was sent by CaseHarbor Web-to-Case. Replies to this "
                 "address are not monitored." % (s.get("form", "Alliant Energy Support"), pad_rows(rows), hexid(s["id"], 12)))
    return {"frm": CRM if not s.get("frm") else s["frm"], "rt": s.get("rt_addr"),
            "subject": s.get("subject") or "New web case %s: %s" % (n, s.get("csubj", "")),
            "msgid": "%s.%s@cases.caseharbor.com" % (hexid(s["id"], 20), n), "helo": "smtp-%s.caseharbor.com" % hexid(s["id"], 3),
            "body_lines": lines_of(text(plain)), "headers": s.get("headers", [])}


def r_desk(s, d):
    r = rng(s["id"])
    n = s.get("ticket") or r.randint(40100, 58999)
    if s.get("raw"):
        plain = s["raw"] % {"n": n}
    else:
        plain = ("##- Please type your reply above this line -##\n\n%s submitted a new request (#%d) via the Help Center.\n\n"
                 "%s\n%s\n\n%s\n\n--------------------------------\nTicket #%d | Requester: %s <%s> | Channel: Web form\n"
                 "This email is a service from Alliant Energy Support. Delivered by Deskwise." % (
                     s["name"], n, s["name"], stamp(d), s["msg"], n, s["name"], s["email"]))
    frm = s.get("frm") or ("%s (Alliant Energy Support)" % s["name"], "support@alliant-energy.deskwise.com")
    rt = s.get("rt_addr", ("Alliant Energy Support", "support+id%d@alliant-energy.deskwise.com" % n))
    return {"frm": frm, "rt": rt, "subject": s.get("subject") or "[Alliant Energy Support] %s" % s.get("tsubj", "New request"),
            "msgid": "%s_%s_sprut@deskwise.com" % (hexid(s["id"], 12).upper(), n), "helo": "out%d.deskwise.net" % r.randint(10, 60),
            "return_path": "support@alliant-energy.deskwise.com", "body_lines": lines_of(text(plain)),
            "headers": s.get("headers", [])}


def r_fresh(s, d):
    r = rng(s["id"])
    n = s.get("ticket") or r.randint(2100, 9800)
    if s.get("raw"):
        plain = s["raw"]
    else:
        plain = ("A new ticket has been created via the PowerHouse Catalog support portal.\n\nRequester: %s\nEmail: %s\n"
                 "Subject: %s\nType: %s\n\nDescription:\n%s\n\nTicket URL: https://alliantenergy.freshanswer.com/a/tickets/%d\n"
                 "-- FreshAnswer" % (s["name"], s["email"], s["tsubj"], s.get("type", "Question"), s["msg"], n))
    rt = (s.get("name", ""), s["email"]) if s.get("email") and s.get("rt", True) else None
    return {"frm": ("PowerHouse Catalog Help Desk", "helpdesk@alliantenergy.freshanswer.com"), "rt": rt,
            "subject": s.get("subject") or "[#INC-%d] %s" % (n, s.get("tsubj", "")),
            "msgid": "%s.%d@alliantenergy.freshanswer.com" % (hexid(s["id"], 16), n), "helo": "mx-out%d.freshanswer.com" % r.randint(1, 6),
            "body_lines": lines_of(text(plain))}


def r_chat(s, d):
    es = s["lang"] == "es"
    t = d
    out = []
    for who, line in s["lines"]:
        t = t + dt.timedelta(seconds=rng(s["id"] + line).randint(8, 70))
        if who == "left":
            out.append("[%s] %s" % (t.strftime("%H:%M:%S"), line))
        else:
            out.append("[%s] %s: %s" % (t.strftime("%H:%M:%S"), who, line))
    vis = s.get("visitor", "Visitor")
    em = s.get("email")
    dur = int((t - d).total_seconds())
    if es:
        head = ("Transcripción del chat\nSitio: %s\nVisitante: %s%s\nInicio: %s\nDuración: %dm %02ds\n" % (
            s.get("page", "www.alliant-energy.com/es"), vis, " (%s)" % em if em else "", d.strftime("%d/%m/%Y %H:%M"),
            dur // 60, dur % 60))
        foot = "--\nChatLoop envía esta transcripción automáticamente al cerrar cada conversación."
        subj = "Transcripción del chat: %s" % vis
    else:
        head = ("Chat transcript\nSite: %s\nVisitor: %s%s\nStarted: %s\nDuration: %dm %02ds\n" % (
            s.get("page", "www.alliant-energy.com"), vis, " (%s)" % em if em else "", d.strftime("%m/%d/%Y %I:%M %p"),
            dur // 60, dur % 60))
        if s.get("prechat"):
            head += "Pre-chat form: %s\n" % s["prechat"]
        foot = "--\nChatLoop sends this transcript automatically when a conversation closes."
        subj = "Chat transcript: %s" % vis
    plain = head + "\n" + "\n".join(out) + "\n\n" + foot
    rt = (vis if vis not in ("Visitor", "Visitante") else "", em) if em else None
    return {"frm": ("ChatLoop", "transcripts@chatloop.io"), "rt": rt, "subject": s.get("subject") or subj,
            "msgid": "transcript-%s@chatloop.io" % hexid(s["id"], 20), "helo": "mta-%d.chatloop.io" % rng(s["id"]).randint(1, 5),
            "body_lines": lines_of(text(plain)), "headers": s.get("headers", [])}


def r_social(s, d):
    net = s.get("net", "Facebook")
    if s.get("raw"):
        plain = s["raw"]
    else:
        es = s["lang"] == "es"
        if es:
            plain = ("%s (%s) envió un mensaje privado a %s en %s:\n\n\"%s\"\n\nResponda desde SocialDesk: "
                     "https://app.socialdesk.app/inbox/%s\nEste correo no admite respuestas." % (
                         s["display"], s["handle"], s.get("page", "Alliant Energy"), net, s["msg"], hexid(s["id"], 10)))
        else:
            plain = ("%s (%s) sent a private message to %s on %s:\n\n\"%s\"\n\nReply in SocialDesk: "
                     "https://app.socialdesk.app/inbox/%s\nThis email cannot receive replies." % (
                         s["display"], s["handle"], s.get("page", "Alliant Energy"), net, s["msg"], hexid(s["id"], 10)))
    subj = s.get("subject") or ("New private message from %s on %s" % (s.get("handle", ""), net))
    return {"frm": ("SocialDesk", "alerts@socialdesk.app"), "rt": None, "subject": subj,
            "msgid": "sd-%s@socialdesk.app" % hexid(s["id"], 24), "helo": "smtp.socialdesk.app",
            "body_lines": lines_of(text(plain))}


def r_app(s, d):
    stars = "\u2605" * s["rating"] + "\u2606" * (5 - s["rating"])
    es = s["lang"] == "es"
    if es:
        plain = ("Comentario enviado desde la app de Alliant Energy\n\nCorreo de la cuenta: %s\nCalificación: %s (%d/5)\n"
                 "Categoría: %s\nComentario:\n%s\n\nDispositivo: %s\nVersión de la app: %s" % (
                     s["email"], stars, s["rating"], s.get("cat", "General"), s["msg"], s.get("device", "iPhone 13 / iOS 19.1"),
                     s.get("ver", "4.12.0")))
        subj = "Comentario de la app (%s) - %d/5" % (s.get("os", "iOS"), s["rating"])
    else:
        plain = ("Feedback submitted in the Alliant Energy app\n\nSigned-in account e-mail: %s\nRating: %s (%d/5)\n"
                 "Category: %s\nComment:\n%s\n\nDevice: %s\nApp version: %s" % (
                     s["email"], stars, s["rating"], s.get("cat", "General"), s["msg"], s.get("device", "Pixel 8 / Android 16"),
                     s.get("ver", "4.12.0")))
        subj = "App feedback (%s %s) - rating %d/5" % (s.get("os", "Android"), s.get("ver", "4.12.0"), s["rating"])
    return {"frm": APP, "rt": ("", s["email"]), "subject": subj, "msgid": "fb-%s@mobile.alliant-energy.com" % hexid(s["id"], 16),
            "helo": "appsvc01.mobile.alliant-energy.com", "ip": "66.151.70.102", "body_lines": lines_of(text(plain))}


def r_sms(s, d):
    r = rng(s["id"])
    phone = s.get("phone") or "+1 %d-555-01%02d" % (r.choice([319, 563, 608, 641, 715, 920, 515]), r.randint(0, 99))
    if s.get("raw"):
        plain = s["raw"] % {"phone": phone}
    else:
        prev = ("\n\nLast outbound message to this number (%s):\n  \"%s\"" % (
            (d - dt.timedelta(hours=s.get("prev_h", 3))).strftime("%m/%d %H:%M"), s["prev"])) if s.get("prev") else ""
        plain = ("Inbound message received on short code 30547.\n\nFrom:      %s\nReceived:  %s\nText:      \"%s\"%s\n\n"
                 "This relay cannot receive replies. Reach the customer by phone or through their account." % (
                     phone, d.strftime("%m/%d/%Y %H:%M:%S"), s["msg"], prev))
    return {"frm": SMS, "rt": None, "subject": s.get("subject") or "Inbound text to 30547 from %s" % phone,
            "msgid": "sms.%s.%s@notify.alliant-energy.com" % (d.strftime("%Y%m%d%H%M%S"), hexid(s["id"], 8)),
            "helo": "smsgw01.notify.alliant-energy.com", "ip": "66.151.70.120", "body_lines": lines_of(text(plain)),
            "headers": s.get("headers", [])}


def r_vm(s, d):
    r = rng(s["id"])
    phone = s.get("phone") or "(%d) 555-01%02d" % (r.choice([319, 563, 608, 641, 715, 920, 515]), r.randint(0, 99))
    secs = s.get("secs") or r.randint(14, 95)
    es = s["lang"] == "es"
    if s.get("raw"):
        plain = s["raw"] % {"phone": phone}
    elif es:
        plain = ("Tiene un mensaje de voz nuevo en el buzón 4410 (Línea de privacidad).\n\nDe: %s   Identificador: %s\n"
                 "Recibido: %s\nDuración: %d:%02d\n\nTranscripción (automática, puede contener errores):\n\"%s\"\n\n"
                 "La grabación va adjunta." % (phone, s.get("cid", "LLAMADA INALAMBRICA"), d.strftime("%d/%m/%Y %H:%M"),
                                               secs // 60, secs % 60, s["msg"]))
    else:
        plain = ("You received a new voicemail in mailbox %s.\n\nFrom: %s   Caller ID: %s\nReceived: %s\nLength: %d:%02d\n\n"
                 "Transcription (automated, may contain errors):\n\"%s\"\n\nThe recording is attached." % (
                     s.get("mbox", "4410 (Privacy line)"), phone, s.get("cid", "WIRELESS CALLER"),
                     d.strftime("%m/%d/%Y %I:%M %p"), secs // 60, secs % 60, s["msg"]))
    heads = [("Auto-Submitted", "auto-generated")] if s.get("autosub") else []
    heads += [("X-Voicemail-Mailbox", "4410")]
    if s.get("no_wav"):
        part = text(plain)
    else:
        part = multi("mixed", [text(plain), attach("audio/wav", wav(s["id"]), "msg%04d.wav" % r.randint(1, 9999))], s["id"])
    subj = s.get("subject") or ("Nuevo mensaje de voz de %s (%d:%02d)" % (phone, secs // 60, secs % 60) if es else
                                "New voicemail from %s (%d:%02d)" % (phone, secs // 60, secs % 60))
    return {"frm": VM, "rt": None, "subject": subj, "msgid": "vm.%s.%s@voice.alliant-energy.com" % (d.strftime("%Y%m%d%H%M%S"), hexid(s["id"], 6)),
            "helo": "uc-vm01.voice.alliant-energy.com", "ip": "10.40.8.21", "body_lines": lines_of(part), "headers": heads}


def r_staff(s, d):
    """A colleague's own mail (call-center note, web team), from Outlook 365."""
    frm = s["frm"]
    plain = s["msg"]
    body = text(plain)
    return {"frm": frm, "rt": s.get("rt_addr"), "subject": s["subject"],
            "msgid": "%s@%s.namprd11.prod.outlook.com" % (hexid(s["id"], 40).upper()[:32], "CH0PR11MB" + hexid(s["id"], 4).upper()),
            "helo": "mail-ch0pr11.outbound.protection.outlook.com", "return_path": frm[1],
            "body_lines": lines_of(body), "headers": [("X-MS-Has-Attach", ""), ("Content-Language", "es-US" if s["lang"] == "es" else "en-US")]}


def r_crmcall(s, d):
    plain = ("Call logged by %s (Contact Center)\n\nCustomer:   %s\nAccount:    %s\nCallback:   %s\nDisposition: %s\n\n"
             "Notes:\n%s\n\nLogged in CaseHarbor %s. Replies to this e-mail go to the customer's e-mail on file." % (
                 s["agent"], s.get("name", ""), s.get("account", ""), s.get("phone", ""), s.get("disp", "Privacy request"),
                 s["msg"], d.strftime("%m/%d/%Y %H:%M")))
    return {"frm": ("Alliant Energy Contact Center", "contactcenter-noreply@alliant-energy.com"), "rt": s.get("rt_addr"),
            "subject": s.get("subject") or "Call log: %s - %s" % (s.get("disp", "Privacy request"), s.get("name", "")),
            "msgid": "%s.calllog@cases.caseharbor.com" % hexid(s["id"], 20), "helo": "smtp-%s.caseharbor.com" % hexid(s["id"], 3),
            "return_path": "contactcenter-noreply@alliant-energy.com", "body_lines": lines_of(text(plain))}


def r_generic(s, d):
    """A machine notice: frm, subject, plain (and optional html)."""
    if s.get("html"):
        part = multi("alternative", [text(s["plain"]), text(s["html"], "html")], s["id"])
    else:
        part = text(s["plain"])
    m = {"frm": s["frm"], "rt": s.get("rt_addr"), "subject": s["subject"],
         "msgid": "%s@%s" % (hexid(s["id"], 26), s.get("msgdom", s["frm"][1].split("@")[1])), "body_lines": lines_of(part),
         "headers": s.get("headers", [])}
    for k in ("return_path", "helo", "ip", "auth"):
        if s.get(k):
            m[k] = s[k]
    return m


SYS = {"web": r_web, "priv": r_priv, "phc": r_phc, "formwell": r_formwell, "jotpad": r_jotpad, "askly": r_askly,
       "quill": r_quill, "hubbard": r_hubbard, "wp": r_wp, "case": r_case, "desk": r_desk, "fresh": r_fresh,
       "chat": r_chat, "social": r_social, "app": r_app, "sms": r_sms, "vm": r_vm, "staff": r_staff,
       "crmcall": r_crmcall, "generic": r_generic}


def render(s, d):
    return SYS[s["sys"]](s, d)
