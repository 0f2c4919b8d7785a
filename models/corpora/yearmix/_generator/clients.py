"""Human mail programs: each returns (header lines, body bytes) for the client part of a message."""
import datetime as dt

import trace as tr
from mailer import (CRLF, OUR, DAYS_LONG, MONS_LONG, _DAYS, _MONS, addr, subj, is_ascii, encode_body,
                    text_part, multipart, Part, esc, flowed, wrap_hard, quote_lines, local, rfc_date, hm12,
                    fold, epoch)


# ---------------------------------------------------------------- quote / forward renderers
def _lt(o, zone):
    t, off, ab = local(zone, o.t)
    return t, ab


def attr_gmail(o, zone):
    t, _ = _lt(o, zone)
    return "On %s, %s %d, %d at %s %s <%s> wrote:" % (_DAYS[t.weekday()], _MONS[t.month - 1], t.day, t.year,
                                                     hm12(t).replace(" ", "\u202f"), o.frm_name, o.frm_addr)


def attr_apple(o, zone):
    t, _ = _lt(o, zone)
    return "On %s %d, %d, at %s, %s <%s> wrote:" % (_MONS[t.month - 1], t.day, t.year, hm12(t), o.frm_name, o.frm_addr)


def attr_tb(o, zone):
    t, _ = _lt(o, zone)
    return "On %d/%d/%02d %s, %s wrote:" % (t.month, t.day, t.year % 100, hm12(t), o.frm_name)


def attr_yahoo(o, zone):
    t, ab = _lt(o, zone)
    h = t.hour % 12 or 12
    return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:" % (
        DAYS_LONG[t.weekday()], MONS_LONG[t.month - 1], t.day, t.year, h, t.minute, t.second,
        "AM" if t.hour < 12 else "PM", ab, o.frm_name, o.frm_addr)


def attr_yahoo_mobile(o, zone):
    t, ab = _lt(o, zone)
    return "On %s, %s %d, %d, %s, %s <%s> wrote:" % (
        DAYS_LONG[t.weekday()], MONS_LONG[t.month - 1], t.day, t.year, hm12(t), o.frm_name, o.frm_addr)


def olk_block(o, zone, to=None):
    t, _ = _lt(o, zone)
    return ("From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" % (
        o.frm_name, o.frm_addr, DAYS_LONG[t.weekday()], MONS_LONG[t.month - 1], t.day, t.year, hm12(t),
        to or o.to_addr, o.subject))


def aol_block(o, zone):
    t, _ = _lt(o, zone)
    h = t.hour % 12 or 12
    return ("-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d %s\nSubject: %s" % (
        o.frm_name, o.frm_addr, o.to_addr, _DAYS[t.weekday()], _MONS[t.month - 1], t.day, t.year, h, t.minute,
        "am" if t.hour < 12 else "pm", o.subject))


def gmail_fwd_block(o, zone):
    t, _ = _lt(o, zone)
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: <%s>" % (
        o.frm_name, o.frm_addr, _DAYS[t.weekday()], _MONS[t.month - 1], t.day, t.year,
        hm12(t).replace(" ", "\u202f"), o.subject, o.to_addr))


def apple_fwd_block(o, zone):
    t, ab = _lt(o, zone)
    h = t.hour % 12 or 12
    return ("Begin forwarded message:\n\n> From: %s <%s>\n> Date: %s %d, %d at %d:%02d:%02d %s %s\n> To: %s\n> Subject: %s\n> " % (
        o.frm_name, o.frm_addr, MONS_LONG[t.month - 1], t.day, t.year, h, t.minute, t.second,
        "AM" if t.hour < 12 else "PM", ab, o.to_addr, o.subject))


def ours_html(o):
    out = []
    for block in o.text.split("\n\n"):
        out.append("<p>%s</p>" % "<br>".join(esc(x) for x in block.split("\n")))
    return "".join(out)


def re_subject(m, prefix="Re: "):
    if m.get("subject") is not None:
        return m["subject"]
    return prefix + m["quote"].subject


# ---------------------------------------------------------------- common header bits
def refs(m):
    q = m.get("quote")
    if not q or m.get("fwd"):
        return []
    return [("References", q.msgid), ("In-Reply-To", q.msgid)]


def _to(m):
    return m.get("to") or OUR[m["box"]]


def _hl(name, value):
    return fold(name, value)


def _from(m, mode="q", cs="UTF-8", quote_always=False):
    return addr(m["frm"][0], m["frm"][1], mode=mode, cs=cs, quote_always=quote_always)


def _date(m, zone=None, comment=False):
    return rfc_date(m["t"], zone or m["zone"], comment=comment)


def _cte_for(text, prefer="7bit"):
    if not is_ascii(text) or any(len(x) > 76 for x in text.split("\n")):
        return "quoted-printable"
    return prefer


# ---------------------------------------------------------------- Gmail (web, iOS app, Android app)
def gmail(m, r, variant="web"):
    zone = m["zone"]
    new = m["text"]
    plain = new
    q = m.get("quote")
    html_new = "<div dir=\"ltr\">%s</div>" % "<br>".join(esc(x) for x in new.split("\n"))
    if variant != "web":
        html_new = "<div dir=\"auto\">%s</div>" % "<div dir=\"auto\"><br></div>".join(
            esc(b).replace("\n", "<br>") for b in new.split("\n\n"))
    html = html_new
    if q is not None and m.get("fwd"):
        blk = gmail_fwd_block(q, zone)
        plain = new + "\n\n" + blk + "\n\n\n" + q.text
        html = html_new[:-6] + "<br><br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">" + \
            "<br>".join(esc(x) for x in blk.split("\n")) + "<br></div><br><br>" + ours_html(q) + "</div></div>"
    elif q is not None:
        a = attr_gmail(q, zone)
        plain = new + "\n\n" + a + "\n\n" + quote_lines(q.text) + "\n"
        html = html_new + "<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>" \
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (
                esc(a), ours_html(q))
    b = r.boundary_gmail()
    cte_p = m.get("cte") or _cte_for(plain)
    cte_h = m.get("cte_html") or _cte_for(html + "\n")
    parts = [text_part(plain, "plain", "UTF-8", cte_p if cte_p != "7bit" else None),
             text_part(html + "\n", "html", "UTF-8", cte_h if cte_h != "7bit" else None)]
    body = multipart("alternative", b, parts)
    body.headers = ['Content-Type: multipart/alternative; boundary="%s"' % b]
    hs = ["MIME-Version: 1.0"]
    hs += ["%s: %s" % kv for kv in refs(m)[::-1][:0]]  # order handled below
    if refs(m):
        hs += ["References: %s" % m["quote"].msgid, "In-Reply-To: %s" % m["quote"].msgid]
    hs += [_hl("From", _from(m)), "Date: " + _date(m)]
    if m.get("reply_to"):
        hs.append(_hl("Reply-To", m["reply_to"]))
    hs += ["Message-ID: <CA%s@mail.gmail.com>" % r.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="),
           _hl("Subject", subj(re_subject(m, "Fwd: " if m.get("fwd") else "Re: "), mode="q")),
           _hl("To", _to(m))]
    if m.get("cc"):
        hs.append(_hl("Cc", m["cc"]))
    return hs, body


def gmail_unsub(m, r):
    """Gmail's one-click unsubscribe falling back to the List-Unsubscribe mailto:."""
    text = "This message was automatically generated by Gmail.\n"
    part = text_part(text, "plain", "UTF-8", None)
    hs = ["MIME-Version: 1.0", _hl("From", m["frm"][1]), "Date: " + _date(m),
          "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="),
          "Subject: " + m["subject"], "To: " + _to(m)]
    return hs, part


# ---------------------------------------------------------------- Samsung Email (Android)
def samsung(m, r):
    new = m["text"]
    sig = m.get("sig", "Sent from my Galaxy")
    plain = new + "\n\n\n\n" + sig + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body dir=\"auto\">" +
            "".join("<div dir=\"auto\">%s</div>" % (esc(x) if x else "<br>") for x in new.split("\n")) +
            "<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\">"
            "<div style=\"font-size:85%%;color:#575757\" dir=\"auto\">%s</div></div></body></html>\n" % esc(sig))
    b = "--_com.samsung.android.email_%d" % r.randint(10 ** 14, 10 ** 15 - 1)
    parts = [text_part(plain, "plain", "UTF-8", "base64", quote_cs=False),
             text_part(html, "html", "UTF-8", "base64", quote_cs=False)]
    body = multipart("alternative", b, parts)
    body.headers = ['Content-Type: multipart/alternative; boundary="%s"' % b]
    hs = ["Message-ID: <%s@email.android.com>" % r.hexs(32) if False else "Message-ID: <%s.%s@email.android.com>" % (r.hexs(16), r.digits(13)),
          "Date: " + _date(m), "Subject: " + subj(m["subject"], "b"), "From: " + _from(m, "b"), "To: " + _to(m),
          "MIME-Version: 1.0", "X-Mailer: Samsung Email (6.2.04.%d)" % r.randint(1, 9)]
    return hs, body


# ---------------------------------------------------------------- iPhone / iPad Mail
# iOS 26.x builds by month of 2026 (iOS 27 from late September)
IOS_BUILDS = {1: "23C55", 2: "23C71", 3: "23D60", 4: "23D60", 5: "23E246", 6: "23E246", 7: "23F76", 8: "23F76",
              9: "23G80", 10: "24A340", 11: "24B83", 12: "24B83"}


def iphone(m, r, device="iPhone", build=None):
    zone = m["zone"]
    new = m["text"]
    sig = m.get("sig", "Sent from my %s" % device)
    plain = new + ("\n\n" + sig if sig else "")
    q = m.get("quote")
    if q is not None and m.get("fwd"):
        plain += "\n\n" + apple_fwd_block(q, zone) + "\n" + quote_lines(q.text)
    elif q is not None:
        plain += "\n\n" + quote_lines(attr_apple(q, zone) + "\n\n" + q.text)
    plain += "\n"
    cte = m.get("cte") or _cte_for(plain)
    if cte == "quoted-printable" and is_ascii(plain):
        cte = "quoted-printable"
    part = text_part(plain, "plain", "utf-8", cte, quote_cs=False)
    hs = list(part.headers)
    hs += ["From: " + _from(m, "q", "utf-8"), "Mime-Version: 1.0 (1.0)",
           "Subject: " + subj(re_subject(m, "Fwd: " if m.get("fwd") else "Re: "), "q", "utf-8"),
           "Date: " + _date(m), "Message-Id: <%s@%s>" % (r.uuid(), m["frm"][1].split("@")[1])]
    if refs(m):
        hs += ["References: %s" % m["quote"].msgid, "In-Reply-To: %s" % m["quote"].msgid]
    hs += ["To: " + _to(m), "X-Mailer: %s Mail (%s)" % (device, build or IOS_BUILDS[local(zone, m["t"])[0].month])]
    part.headers = []
    return hs, part


# ---------------------------------------------------------------- Apple Mail (macOS)
def apple_mail(m, r):
    zone = m["zone"]
    new = m["text"]
    q = m.get("quote")
    plain = new
    html_body = "".join(("<div>%s</div>" % esc(x)) if x else "<div><br></div>" for x in new.split("\n"))
    if q is not None:
        a = attr_apple(q, zone)
        plain += "\n\n" + quote_lines(a + "\n\n" + q.text)
        html_body += "<div><br><blockquote type=\"cite\"><div>%s</div><br>%s</blockquote></div>" % (esc(a), ours_html(q))
    plain += "\n"
    html = ("<html aria-label=\"message body\"><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">%s</body></html>" % html_body)
    b = "Apple-Mail=_%s" % r.uuid()
    cte = _cte_for(plain)
    parts = [text_part(plain, "plain", "us-ascii" if is_ascii(plain) else "utf-8", cte, quote_cs=False, order="cte-first"),
             text_part(html + "\n", "html", "us-ascii" if is_ascii(html) else "utf-8", "quoted-printable", quote_cs=False, order="cte-first")]
    body = multipart("alternative", b, parts)
    body.headers = ['Content-Type: multipart/alternative;' + CRLF + '\tboundary="%s"' % b]
    hs = ["From: " + _from(m), list(body.headers)[0], "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))",
          "Subject: " + subj(re_subject(m), "q", "utf-8"), "Date: " + _date(m)]
    if refs(m):
        hs += ["References: %s" % m["quote"].msgid, "In-Reply-To: %s" % m["quote"].msgid]
    hs += ["To: " + _to(m), "Message-Id: <%s@%s>" % (r.uuid(), m["frm"][1].split("@")[1]),
           "X-Mailer: Apple Mail (2.3826.700.81)"]
    body.headers = []
    return hs, body


# ---------------------------------------------------------------- Outlook (desktop / web / iOS)
WORD_CSS = ("<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
            "@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n"
            "\tfont-size:12.0pt;\n\tfont-family:\"Aptos\",sans-serif;\n\tmso-ligatures:standardcontextual;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Aptos\",sans-serif;\n\tcolor:windowtext;}\n"
            ".MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:11.0pt;}\n@page WordSection1\n"
            "\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>")


def _word_html(new, charset, quote_html=""):
    ps = "".join(("<p class=MsoNormal>%s<o:p></o:p></p>\n" % esc(x)) if x else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                 for x in new.split("\n"))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">%s</head>"
            "<body lang=EN-US link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'><div class=WordSection1>\n%s%s</div></body></html>\n"
            % (charset, WORD_CSS, ps, quote_html))


def _charset_for(text, prefer="us-ascii", fallback="iso-8859-1"):
    if is_ascii(text):
        return prefer
    try:
        text.encode(fallback)
        return fallback
    except UnicodeEncodeError:
        return "utf-8"


def outlook_desktop(m, r, mode="m365"):
    """Outlook for Windows. mode m365 (Exchange Online) or isp (POP/SMTP account, X-Mailer)."""
    zone = m["zone"]
    new = m["text"]
    q = m.get("quote")
    plain = new
    qhtml = ""
    if q is not None:
        blk = olk_block(q, zone, to=m["frm"][1])
        plain += "\n\n" + blk + "\n\n" + q.text
        qhtml = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
                 "<p class=MsoNormal>%s<o:p></o:p></p></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n%s\n" % (
                     "<br>".join("<b>%s</b>%s" % (esc(x.split(":", 1)[0] + ":"), esc(x.split(":", 1)[1])) for x in blk.split("\n")),
                     ours_html(q)))
    plain += "\n"
    cs = m.get("charset") or _charset_for(plain, fallback="windows-1252" if m.get("cp1252") else "iso-8859-1")
    html = _word_html(new, cs, qhtml)
    b = "----=_NextPart_000_%04X_01DC%s.%s" % (r.randint(0x10, 0x3ff), r.HEX(4), r.HEX(8))
    if mode == "m365":
        b = "_000_%s%s_" % (m.get("_olk_host", ("SA1PR10MB1234",))[0], r.HEX(20))
    parts = [text_part(plain, "plain", cs, "quoted-printable"), text_part(html, "html", cs, "quoted-printable")]
    body = multipart("alternative", b, parts)
    ct = 'Content-Type: multipart/alternative;' + CRLF + '\tboundary="%s"' % b
    body.headers = []
    smode = "q"
    cs_h = "utf-8" if not is_ascii(m["frm"][0] + (m.get("subject") or "")) else "us-ascii"
    subject = subj(re_subject(m, "FW: " if m.get("fwd") else "RE: "), "q", "utf-8")
    if mode == "m365":
        host = m.get("_olk_host", ("SA1PR10MB1234", "namprd10", ""))
        mid = "<%s%s@%s.%s.prod.outlook.com>" % (host[0], r.HEX(26), host[0], host[1])
        hs = [_hl("From", _from(m, smode, cs_h)), _hl("To", _to(m)), _hl("Subject", subject),
              "Thread-Topic: " + subject, "Thread-Index: AQH" + r.b64(29) + "==", "Date: " + rfc_date(m["t"], "UTC"),
              "Message-ID: " + mid]
        if refs(m):
            hs += ["References: %s" % m["quote"].msgid, "In-Reply-To: %s" % m["quote"].msgid]
        hs += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
               "msip_labels:", "x-ms-publictraffictype: Email",
               "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (host[0], "BN0PR" + r.digits(2) + "MB" + r.digits(4)),
               "x-ms-office365-filtering-correlation-id: %s" % r.uuid(False),
               "x-microsoft-antispam: BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;",
               ct, "MIME-Version: 1.0",
               "X-OriginatorOrg: %s" % m["frm"][1].split("@")[1],
               "X-MS-Exchange-CrossTenant-AuthAs: Internal",
               "X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % m["t"].strftime("%d %b %Y %H:%M:%S.") + r.digits(4) + " (UTC)",
               "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
               "X-MS-Exchange-CrossTenant-id: %s" % r.uuid(False),
               "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % ("BN0PR" + r.digits(2) + "MB" + r.digits(4))]
    else:
        hs = [_hl("From", _from(m, smode, cs_h, quote_always=True)), _hl("To", _to(m))]
        if refs(m):
            hs += ["References: %s" % m["quote"].msgid, "In-Reply-To: %s" % m["quote"].msgid]
        hs += [_hl("Subject", subject), "Date: " + _date(m), "Message-ID: <000%s$%s$%s$@%s>" % (
            r.hexs(9), r.hexs(8), r.hexs(8), m["frm"][1].split("@")[1]),
            "MIME-Version: 1.0", ct, "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdzE" + r.b64(28) + "==",
            "Content-Language: en-us"]
    return hs, body


def outlook_web(m, r, mobile=False):
    zone = m["zone"]
    new = m["text"]
    q = m.get("quote")
    sig = "Get Outlook for iOS" if mobile else None
    plain = new + ("\n\n" + sig if sig else "")
    qhtml = ""
    if q is not None:
        blk = olk_block(q, zone, to=m["frm"][1])
        plain += "\n" + "_" * 32 + "\n" + blk + "\n\n" + q.text
        qhtml = ("<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\">"
                 "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">%s</font>"
                 "<div>&nbsp;</div></div>%s" % ("<br>".join("<b>%s</b>%s" % (esc(x.split(":", 1)[0] + ":"), esc(x.split(":", 1)[1]))
                                                           for x in blk.split("\n")), ours_html(q)))
    plain += "\n"
    cs = m.get("charset") or _charset_for(plain)
    if mobile:
        hb = "".join("<div dir=\"ltr\">%s</div>" % (esc(x) if x else "<br>") for x in new.split("\n"))
        hb += "<div dir=\"ltr\"><br></div><div id=\"ms-outlook-mobile-signature\" dir=\"ltr\">Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></div>"
    else:
        hb = "".join("<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
                     "font-size: 12pt; color: rgb(0, 0, 0);\">%s</div>" % (esc(x) if x else "<br>") for x in new.split("\n"))
    html = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n"
            "<body dir=\"ltr\">\n%s\n%s\n</body>\n</html>\n" % (cs, hb, qhtml))
    host = m.get("_olk_host", ("BL1PR19MB1234", "namprd19", ""))
    b = "_000_%s%s_" % (host[0], r.HEX(20))
    parts = [text_part(plain, "plain", cs, "quoted-printable"), text_part(html, "html", cs, "quoted-printable")]
    body = multipart("alternative", b, parts)
    body.headers = []
    ct = 'Content-Type: multipart/alternative;' + CRLF + '\tboundary="%s"' % b
    subject = subj(re_subject(m, "RE: " if not mobile else "Re: "), "q", "utf-8")
    hs = [_hl("From", _from(m, "q", "utf-8")), _hl("To", _to(m)), _hl("Subject", subject),
          "Thread-Topic: " + subject, "Thread-Index: AQH" + r.b64(29) + "==", "Date: " + rfc_date(m["t"], "UTC"),
          "Message-ID:" + CRLF + " <%s%s@%s.%s.prod.outlook.com>" % (host[0], r.HEX(26), host[0], host[1])]
    if refs(m):
        hs += ["References: %s" % m["quote"].msgid, "In-Reply-To: %s" % m["quote"].msgid]
    hs += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
           "x-ms-exchange-messagesentrepresentingtype: 1",
           "x-tmn: [%s]" % r.b64(32).replace("/", "a").replace("+", "b"),
           "x-ms-publictraffictype: Email",
           "x-microsoft-antispam: BCL:0;ARA:14566002|8060799006|461199028|15080799006|19110799003|440099028|3412199025|102099032;",
           ct, "MIME-Version: 1.0", "X-OriginatorOrg: sct-15-20-8534-20-msonline-outlook-%s.templateTenant" % r.hexs(5),
           "X-MS-Exchange-CrossTenant-AuthSource: %s.%s.prod.outlook.com" % (host[0], host[1]),
           "X-MS-Exchange-CrossTenant-AuthAs: Internal",
           "X-MS-Exchange-CrossTenant-id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
           "X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000"]
    return hs, body


def outlook_unsub(m, r):
    """Outlook.com 'Unsubscribe' bar sending the List-Unsubscribe mailto:."""
    host = m.get("_olk_host", ("BL1PR19MB1234", "namprd19", ""))
    part = text_part("\n", "plain", "us-ascii", "quoted-printable")
    hs = [_hl("From", _from(m)), "To: " + _to(m), "Subject: " + m["subject"], "Thread-Topic: " + m["subject"],
          "Thread-Index: AQH" + r.b64(29) + "==", "Date: " + rfc_date(m["t"], "UTC"),
          "Message-ID:" + CRLF + " <%s%s@%s.%s.prod.outlook.com>" % (host[0], r.HEX(26), host[0], host[1]),
          "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "x-ms-publictraffictype: Email"] + part.headers + ["MIME-Version: 1.0"]
    part.headers = []
    return hs, part


# ---------------------------------------------------------------- Yahoo / AOL (web and apps)
def yahoo(m, r, variant="web", brand="yahoo"):
    zone = m["zone"]
    new = m["text"]
    q = m.get("quote")
    sig = m.get("sig")
    if sig is None:
        sig = {"ios": "Sent from Yahoo Mail for iPhone", "android": "Sent from Yahoo Mail on Android",
               "aol_ios": "Sent from the all new AOL app for iOS", "web": "", "aol_web": ""}[variant]
    plain = new + ("\n\n" + sig if sig else "")
    cls = "ydp%s" % r.hexs(8)
    font = "Helvetica Neue, Helvetica, Arial, sans-serif" if brand == "yahoo" else "Arial, Helvetica, sans-serif"
    inner = "".join("<div dir=\"ltr\" data-setdir=\"false\">%s</div>" % (esc(x) if x else "<br>") for x in new.split("\n"))
    if variant == "web" or variant == "aol_web":
        hbody = "<div class=\"%syahoo-style-wrap\" style=\"font-family:%s;font-size:13px;\">%s</div>" % (cls, font, inner)
    else:
        hbody = "<div class=\"yahoo-style-wrap\">%s</div>" % inner
        if sig:
            sid = "ymail_android_signature" if variant == "android" else "ymail_iphone_signature"
            hbody += "<div id=\"%s\"><a href=\"https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_\">%s</a></div>" % (sid, esc(sig))
    if q is not None:
        if variant in ("aol_web",):
            blk = aol_block(q, zone)
            plain += "\n\n\n" + blk + "\n\n" + q.text
            hbody += "<div><br></div><div><br></div><div>%s</div><div><br></div>%s" % ("<br>".join(esc(x) for x in blk.split("\n")), ours_html(q))
        else:
            a = attr_yahoo(q, zone) if variant == "web" else attr_yahoo_mobile(q, zone)
            plain += "\n\n\n    " + a + "\n\n" + "\n".join((" " + x) if x else "" for x in q.text.split("\n"))
            hbody += ("<div id=\"yahoo_quoted_%s\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
                      "<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>" % (r.digits(10), esc(a), ours_html(q)))
    plain += "\n"
    html = "<html><head></head><body>%s</body></html>\n" % hbody
    b = "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(10 ** 8, 2 * 10 ** 9), epoch(m["t"]) * 1000 + r.randint(0, 999))
    parts = [text_part(plain, "plain", "UTF-8", "quoted-printable", quote_cs=False),
             text_part(html, "html", "UTF-8", "quoted-printable", quote_cs=False)]
    body = multipart("alternative", b, parts)
    body.headers = []
    ct = "Content-Type: multipart/alternative; " + CRLF + "\tboundary=\"%s\"" % b
    hs = ["Date: " + rfc_date(m["t"], "UTC", comment=True), _hl("From", _from(m, "q", "UTF-8")), _hl("To", _to(m)),
          "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 6, 10 ** 7), epoch(m["t"]) * 1000 + r.randint(0, 999))]
    if refs(m):
        hs += ["In-Reply-To: %s" % m["quote"].msgid, "References: %s" % m["quote"].msgid]
    hs += [_hl("Subject", subj(re_subject(m), "q", "UTF-8")), "MIME-Version: 1.0", ct]
    mailer = {("yahoo", "web"): "YMailNorrin", ("yahoo", "ios"): "YahooMailIosMobile",
              ("yahoo", "android"): "YahooMailAndroidMobile", ("aol", "aol_web"): "AolMailNorrin",
              ("aol", "aol_ios"): "AolMailIosMobile", ("att", "web"): "YMailNorrin", ("att", "android"): "YahooMailAndroidMobile"}[(brand, variant)]
    hs += ["X-Mailer: WebService/1.1.%d %s" % (r.choice([24866, 25010, 25198, 25301]), mailer)]
    return hs, body


def yahoo_unsub(m, r):
    part = text_part("\n", "plain", "UTF-8", "7bit", quote_cs=False)
    hs = ["Date: " + rfc_date(m["t"], "UTC", comment=True), "From: " + m["frm"][1], "To: " + _to(m),
          "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 6, 10 ** 7), epoch(m["t"]) * 1000 + r.randint(0, 999)),
          "Subject: " + m["subject"], "MIME-Version: 1.0"] + part.headers + ["X-Mailer: WebService/1.1.25198 YMailNorrin"]
    part.headers = []
    return hs, part


# ---------------------------------------------------------------- Thunderbird
def thunderbird(m, r, version="128.5.2esr", os_="Windows NT 10.0; Win64; x64", rv="128.0"):
    zone = m["zone"]
    new = m["text"]
    q = m.get("quote")
    plain = new
    if q is not None:
        plain += "\n\n" + attr_tb(q, zone) + "\n" + quote_lines(q.text)
    plain = flowed(plain) + "\n"
    cte = "8bit" if not is_ascii(plain) else "7bit"
    part = text_part(plain, "plain", "UTF-8", cte, quote_cs=False, ctype_extra="; format=flowed")
    hs = ["Message-ID: <%s@%s>" % (r.uuid(False), m["frm"][1].split("@")[1]), "Date: " + _date(m), "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird" if version.startswith("1") else "User-Agent: " + version]
    if version.startswith("1"):
        hs[-1] = "User-Agent: Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (os_, rv, version)
    hs += ["Content-Language: en-US", _hl("To", _to(m)), _hl("From", _from(m)),
           _hl("Subject", subj(re_subject(m), "b"))]
    if refs(m):
        hs += ["References: %s" % m["quote"].msgid, "In-Reply-To: %s" % m["quote"].msgid]
    hs += part.headers
    part.headers = []
    return hs, part


# ---------------------------------------------------------------- Xfinity Connect (Open-Xchange)
def xfinity(m, r):
    new = m["text"]
    plain = new + "\n"
    html = ("<!doctype html>\n<html>\n <head> \n  <meta charset=\"UTF-8\"> \n </head>\n <body>\n" +
            "".join("  <div>\n   %s\n  </div>\n" % (esc(x) if x else "<br>") for x in new.split("\n")) +
            " </body>\n</html>\n")
    b = "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(10 ** 8, 2 * 10 ** 9), epoch(m["t"]) * 1000 + r.randint(0, 999))
    parts = [text_part(plain, "plain", "UTF-8", _cte_for(plain), quote_cs=False),
             text_part(html, "html", "UTF-8", _cte_for(html), quote_cs=False)]
    body = multipart("alternative", b, parts)
    body.headers = []
    hs = ["Date: " + _date(m), _hl("From", _from(m)), _hl("To", _to(m)),
          "Message-ID: <%d.%d.%d@connect.xfinity.com>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 5, 10 ** 6), epoch(m["t"]) * 1000 + r.randint(0, 999)),
          _hl("Subject", subj(m["subject"])), "MIME-Version: 1.0",
          "Content-Type: multipart/alternative; " + CRLF + "\tboundary=\"%s\"" % b,
          "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev73",
          "X-Originating-Client: open-xchange-appsuite"]
    return hs, body


# ---------------------------------------------------------------- Roundcube (ISP webmail)
def roundcube(m, r):
    new = m["text"]
    plain = flowed(new) + "\n"
    cs = "US-ASCII" if is_ascii(plain) else "UTF-8"
    part = text_part(plain, "plain", cs, "7bit" if cs == "US-ASCII" else "8bit", quote_cs=False, ctype_extra=";" + CRLF + " format=flowed")
    dom = m["frm"][1].split("@")[1]
    hs = ["MIME-Version: 1.0", "Date: " + _date(m), _hl("From", _from(m)), _hl("To", _to(m)),
          _hl("Subject", subj(m["subject"])), "Message-ID: <%s@%s>" % (r.hexs(32), dom),
          "X-Sender: %s" % m["frm"][1], "User-Agent: Roundcube Webmail/1.6.9"] + part.headers
    part.headers = []
    return hs, part


# ---------------------------------------------------------------- Proton Mail
def proton(m, r):
    new = m["text"]
    sig = "Sent with Proton Mail secure email."
    plain = new + "\n\n" + sig + "\n"
    html = ("<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">%s</div><div style=\"font-family: Arial, sans-serif; font-size: 14px;\"><br></div>\n"
            "<div class=\"protonmail_signature_block\" style=\"font-family: Arial, sans-serif; font-size: 14px;\">\n"
            "    <div class=\"protonmail_signature_block-proton\">\n        Sent with <a target=\"_blank\" href=\"https://proton.me/mail/home\">Proton Mail</a> secure email.\n    </div>\n</div>\n"
            % "<br>".join(esc(x) for x in new.split("\n")))
    b = "b1=_%s" % r.alnum(43)
    parts = [text_part(plain, "plain", "utf-8", "quoted-printable", quote_cs=False),
             text_part(html, "html", "utf-8", "quoted-printable", quote_cs=False)]
    body = multipart("alternative", b, parts)
    body.headers = []
    hs = ["Date: " + rfc_date(m["t"], "UTC"), _hl("To", _to(m)), _hl("From", _from(m)),
          _hl("Subject", subj(m["subject"])),
          "Message-ID: <%s=@proton.me>" % r.alnum(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
          "Feedback-ID: %s:user:proton" % r.digits(8), "X-Pm-Message-ID: %s" % r.hexs(40), "MIME-Version: 1.0",
          "Content-Type: multipart/alternative;" + CRLF + " boundary=\"%s\"" % b]
    return hs, body


# ---------------------------------------------------------------- Windows Live Mail (old)
def winlive(m, r):
    new = m["text"]
    plain = new + "\n"
    cs = "iso-8859-1" if not is_ascii(plain) else "iso-8859-1"
    html = ("<HTML><HEAD></HEAD>\n<BODY dir=ltr>\n<DIV dir=ltr>\n<DIV style=\"FONT-SIZE: 12pt; FONT-FAMILY: 'Calibri'; COLOR: #000000\">\n" +
            "".join("<DIV>%s</DIV>\n" % (esc(x) if x else "&nbsp;") for x in new.split("\n")) +
            "</DIV></DIV></BODY></HTML>\n")
    b = "----=_NextPart_000_%04X_01DC%s.%s" % (r.randint(0x10, 0xff), r.HEX(4), r.HEX(8))
    parts = [text_part(plain, "plain", cs, "quoted-printable"), text_part(html, "html", cs, "quoted-printable")]
    body = multipart("alternative", b, parts, preamble="This is a multi-part message in MIME format.")
    body.headers = []
    hs = ["Message-ID: <%s$%s$%s@%s>" % ("AA" + r.HEX(6), r.HEX(8), r.HEX(8), m.get("helo", "PC")) if False else
          "Message-ID: <%s@%s>" % (r.HEX(32), "OwnerPC"),
          _hl("From", _from(m, "q", "iso-8859-1", quote_always=True)), _hl("To", "<%s>" % _to(m)),
          _hl("Subject", subj(m["subject"], "q", "iso-8859-1")), "Date: " + _date(m), "MIME-Version: 1.0",
          "Content-Type: multipart/alternative;" + CRLF + "\tboundary=\"%s\"" % b, "X-Priority: 3",
          "X-MSMail-Priority: Normal", "Importance: Normal", "X-Mailer: Microsoft Windows Live Mail 16.4.3528.331",
          "X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331"]
    return hs, body


# ---------------------------------------------------------------- ISP webmail that sends HTML only
def html_only_webmail(m, r):
    new = m["text"]
    html = ("<html><body><div style=\"font-family: Verdana, Geneva, sans-serif; font-size: 10pt\">" +
            "".join("<p>%s</p>" % "<br />".join(esc(x) for x in blk.split("\n")) for blk in new.split("\n\n")) +
            "</div></body></html>\n")
    part = text_part(html, "html", "UTF-8", "quoted-printable", quote_cs=False)
    hs = ["MIME-Version: 1.0"] + part.headers + ["Date: " + _date(m), _hl("From", _from(m)), _hl("To", _to(m)),
                                                 _hl("Subject", subj(m["subject"])),
                                                 "Message-ID: <%s.%s@webmail.%s>" % (r.hexs(24), r.digits(10), m["frm"][1].split("@")[1]),
                                                 "X-Mailer: Atmail 8.7.1"]
    part.headers = []
    return hs, part
