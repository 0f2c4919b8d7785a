"""Builds a human-written message from a spec dict (see specs_*.py)."""
import textwrap
from datetime import timezone

import mailkit as mk
import ours
from clients import compose, transport, client_headers, make_msgid

CLIENTS = {
    "gmail_web": dict(style="gmail", sig=None, charset="utf-8", label="UTF-8", hdr=("utf-8", "Q", "UTF-8")),
    "gmail_app": dict(style="gmail", sig=None, charset="utf-8", label="UTF-8", hdr=("utf-8", "B", "UTF-8")),
    "outlook_web": dict(style="outlook_web", sig=None, charset="iso-8859-1", label="iso-8859-1",
                        hdr=("iso-8859-1", "Q", "iso-8859-1")),
    "outlook_mobile": dict(style="outlook_web", sig="Obtener Outlook para Android", charset="utf-8",
                           label="utf-8", hdr=("utf-8", "B", "utf-8")),
    "outlook_desktop": dict(style="outlook_desktop", sig=None, charset="windows-1252", label="Windows-1252",
                            hdr=("iso-8859-1", "Q", "iso-8859-1")),
    "yahoo_web": dict(style="yahoo", sig=None, charset="utf-8", label="UTF-8", hdr=("utf-8", "Q", "UTF-8")),
    "yahoo_app": dict(style="yahoo", sig="Enviado desde Yahoo Mail en Android", charset="utf-8", label="UTF-8",
                      hdr=("utf-8", "B", "UTF-8")),
    "iphone": dict(style="apple", sig="Enviado desde mi iPhone", charset="utf-8", label="utf-8",
                   hdr=("utf-8", "Q", "utf-8")),
    "apple_mail": dict(style="apple_mac", sig=None, charset="utf-8", label="utf-8", hdr=("utf-8", "Q", "utf-8")),
    "samsung": dict(style="samsung", sig="Enviado desde mi Galaxy", charset="utf-8", label="UTF-8",
                    hdr=("utf-8", "B", "UTF-8")),
    "ox": dict(style="ox", sig=None, charset="iso-8859-1", label="ISO-8859-1", hdr=("iso-8859-1", "Q", "ISO-8859-1")),
}

REPLY_PREFIX = {"gmail": "Re: ", "gmail_dots": "Re: ", "outlook_web": "RE: ", "outlook_desktop": "RE: ",
                "yahoo": "Re: ", "apple": "Re: ", "apple_mac": "Re: ", "samsung": "Re: ", "ox": "Re: "}
FWD_PREFIX = {"gmail": "Fwd: ", "gmail_dots": "Fwd: ", "outlook_web": "RV: ", "outlook_desktop": "RV: ",
              "yahoo": "Fwd: ", "apple": "Fwd: ", "apple_mac": "Fwd: ", "samsung": "Fwd: ", "ox": "Fwd: "}


def default_transport(addr):
    dom = addr.split("@")[1].lower()
    if dom in ("gmail.com",):
        return "gmail"
    if dom.startswith(("hotmail.", "outlook.", "live.", "msn.")):
        return "hotmail"
    if dom.startswith("yahoo.") or dom in ("ymail.com", "rocketmail.com"):
        return "yahoo"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "icloud"
    if dom in ("prodigy.net.mx", "infinitummail.com"):
        return "telmex"
    return "hosting"


class Ctx:
    pass


def dedent(s):
    if s is None:
        return ""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n").rstrip(" ") if not s.endswith("  ") else s.rstrip("\n")


def flow(text, width=76):
    """RFC 3676 format=flowed: soft line breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def build(spec, seed):
    r = mk.R(seed)
    c = Ctx()
    c.r = r
    c.spec = spec
    c.client = spec["client"]
    cfg = dict(CLIENTS[c.client])
    c.client_style = spec.get("style", cfg["style"])
    c.zone = spec.get("zone", "CT")
    c.dt = mk.mkdt(spec["date"], c.zone)
    c.from_name, c.from_addr = spec["frm"]
    c.mb = mk.MAILBOXES[spec["mailbox"]]
    c.transport = spec.get("transport") or default_transport(c.from_addr)
    c.client_ip = spec.get("client_ip", "%d.%d.%d.%d" % (r.choice([189, 187, 201, 73, 98, 174, 24]),
                                                         r.randint(1, 254), r.randint(1, 254), r.randint(1, 254)))
    c.charset = spec.get("charset", cfg["charset"])
    c.label = spec.get("cs_label", cfg["label"] if c.charset == cfg["charset"] else c.charset)
    c.hdr_charset = spec.get("hdr", cfg["hdr"])
    c.lang_tag = spec.get("lang_tag", "es-MX")
    c.attach = spec.get("attach")
    c.mode = spec.get("mode", "reply" if spec.get("quote") else None)
    c.sig = spec["sig"] if "sig" in spec else cfg["sig"]
    c.body = dedent(spec.get("body", ""))
    c.ms_server = None

    # what we quote
    c.orig = None
    q = spec.get("quote")
    if q:
        if isinstance(q, dict):
            c.orig = q
        else:
            c.orig = ours.get(q, **spec.get("fill", {}))
    # reply target
    if c.orig:
        tgt = c.orig.get("reply_to") or c.orig["from_addr"]
        if c.orig.get("reply_to"):
            to_default = tgt
        else:
            to_default = "%s <%s>" % (c.orig["from_name"], tgt)
        c.outlook_to_disp = spec.get("outlook_to_disp", "%s <%s>" % (c.from_addr, c.from_addr))
    else:
        to_default = c.mb
        c.outlook_to_disp = None
    c.to_hdr = spec.get("to", to_default)
    assert c.mb in c.to_hdr, (spec.get("id"), c.to_hdr)

    if "subject" in spec:
        c.subject = spec["subject"]
    elif c.orig:
        pre = (FWD_PREFIX if c.mode == "forward" else REPLY_PREFIX)[c.client_style]
        c.subject = pre + c.orig["subject"]
    else:
        c.subject = ""
    c.thread_topic = c.orig["subject"] if c.orig else (c.subject or "")
    c.thread_index = "A" + r.alnum(1, "QRST") + "H" + r.alnum(29) + ("" if not c.orig else r.alnum(8))
    if c.orig and c.mode == "reply" and spec.get("thread", True):
        c.in_reply_to = c.orig["msgid"]
        c.references = c.orig["msgid"]
    else:
        c.in_reply_to = c.references = None
    rt = spec.get("reply_to")
    if rt:
        c.reply_to_hdr = mk.addr(rt[0], rt[1], *c.hdr_charset) if isinstance(rt, tuple) else rt
        c.reply_to_addr = rt[1] if isinstance(rt, tuple) else rt
    else:
        c.reply_to_hdr = None
        c.reply_to_addr = None

    # transport first (sets ms_server for outlook ids)
    env_from, helo, rdns, ip, auth, pre, post, tls = transport(c)
    if c.client in ("outlook_web", "outlook_mobile") and not c.ms_server:
        c.ms_server = "SA1PR%02dMB%d" % (r.randint(10, 19), r.randint(4000, 9999))
    c.msgid = None if spec.get("no_msgid") else make_msgid(c)

    plain, html = compose(c)
    if spec.get("flowed"):
        plain = flow(plain)
    if spec.get("plain_override") is not None:
        plain = spec["plain_override"]

    # ------------------------------------------------------------- MIME body
    cs, label = c.charset, c.label
    c.top_cte = None
    mime = spec.get("mime", "alt" if c.client not in ("iphone", "apple_mail", "ox") else "plain")
    cte = spec.get("cte")

    def plain_cte_for(text):
        if cte:
            return cte
        if c.client == "samsung":
            return "base64"
        if mk.is_ascii(text):
            return "7bit-none" if c.client.startswith("gmail") else "7bit"
        return "quoted-printable"

    def html_cte_for(text):
        if c.client == "samsung":
            return "base64"
        if c.client.startswith("gmail") and mk.is_ascii(text):
            return "quoted-printable" if max(len(l) for l in text.split("\n")) > 76 else "7bit-none"
        return spec.get("html_cte", "quoted-printable")

    quote_cs = c.client not in ("iphone", "apple_mail", "samsung", "ox", "yahoo_web", "yahoo_app")
    flowed = spec.get("flowed", False)
    fparams = "; format=flowed" if flowed else ""
    if c.client in ("iphone", "apple_mail") and not c.attach and mime == "plain":
        pc = plain_cte_for(plain)
        ctype = "text/plain;\n\tcharset=%s%s" % (label, fparams) if c.client == "apple_mail" else \
            "text/plain; charset=%s%s" % (label, fparams)
        body = mk.encode_body(plain, cs, "7bit" if pc == "7bit-none" else pc)
        c.top_cte = "7bit" if pc == "7bit-none" else pc
    elif mime == "plain":
        pc = plain_cte_for(plain)
        ctype = "text/plain; charset=%s%s" % ('"%s"' % label if quote_cs else label, fparams)
        body = mk.encode_body(plain, cs, "7bit" if pc == "7bit-none" else pc)
        c.top_cte = "7bit" if pc == "7bit-none" else pc
    elif mime == "html":
        if c.client in ("outlook_web", "outlook_mobile"):
            html_doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                        '</head>\n<body dir="ltr">\n' % label + html + "</body>\n</html>\n")
        else:
            html_doc = html
        hc = html_cte_for(html_doc)
        ctype = 'text/html; charset="%s"' % label
        body = mk.encode_body(html_doc, cs, "7bit" if hc == "7bit-none" else hc)
        c.top_cte = "7bit" if hc == "7bit-none" else hc
    else:  # alt
        if c.client in ("outlook_web", "outlook_mobile"):
            html_doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                        '</head>\n<body dir="ltr">\n' % label + html + "</body>\n</html>\n")
        elif c.client == "outlook_desktop":
            html_doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
                        ' xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/'
                        '2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
                        'content="text/html; charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered '
                        'medium)"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\t'
                        'panose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\n'
                        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:'
                        '"Aptos",sans-serif;}\n--></style></head><body lang=ES-MX link="#467886" vlink="#96607D" '
                        'style=\'word-wrap:break-word\'><div class=WordSection1>\n' % label.lower()
                        + html + "</div></body></html>\n")
        elif c.client in ("iphone", "apple_mail"):
            html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                        '<body dir="auto">' + html + "</body></html>")
        else:
            html_doc = html
        pc = plain_cte_for(plain)
        hc = html_cte_for(html_doc)
        if c.client.startswith("gmail"):
            bnd = "000000000000" + r.hexs(16)
        elif c.client in ("outlook_web", "outlook_mobile"):
            bnd = "_000_" + c.msgid[1:].split("@")[0] + "_"
        elif c.client == "outlook_desktop":
            bnd = "----=_NextPart_000_00%02X_01DC%s.%s" % (r.randint(0, 60), r.HEX(4), r.HEX(8))
        elif c.client in ("yahoo_web", "yahoo_app"):
            bnd = "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2099999999),
                                           int(c.dt.timestamp() * 1000))
        elif c.client in ("iphone", "apple_mail"):
            bnd = "Apple-Mail-" + r.uuid()
        elif c.client == "samsung":
            bnd = "--_com.samsung.android.email_%d" % (int(c.dt.timestamp() * 1000000) + r.randint(0, 999))
        else:
            bnd = "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(100000, 999999),
                                           int(c.dt.timestamp() * 1000))
        order = "cte-first" if c.client in ("iphone", "apple_mail") else "ct"
        p1 = mk.text_part(plain, "plain", cs, pc, label, fparams, quote_cs, order=order)
        p2 = mk.text_part(html_doc, "html", cs, hc, label, "", quote_cs, order=order)
        if c.client in ("iphone", "apple_mail"):
            ctype = 'multipart/alternative; boundary="%s"' % bnd
        else:
            ctype = 'multipart/alternative; boundary="%s"' % bnd
        body = mk.multipart(bnd, [p1, p2])

    if c.attach:
        kind, fname, w, h = c.attach
        png = mk.tiny_png(w, h, seed)
        if c.client in ("iphone", "apple_mail"):
            att = mk.headers_bytes([("Content-Type", 'image/png;\n\tname="%s"' % fname),
                                    ("Content-Disposition", 'attachment;\n\tfilename="%s"' % fname),
                                    ("Content-Transfer-Encoding", "base64")]) + b"\r\n" + mk.b64_lines(png)
        else:
            att = mk.headers_bytes([("Content-Type", 'image/png; name="%s"' % fname),
                                    ("Content-Disposition", 'attachment; filename="%s"' % fname),
                                    ("Content-Transfer-Encoding", "base64"),
                                    ("Content-ID", "<%s@%s>" % (r.hexs(12), "local"))]) + b"\r\n" + mk.b64_lines(png)
        inner = mk.headers_bytes([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", c.top_cte)]
                                                                if c.top_cte else [])) + b"\r\n" + body
        mbnd = ("Apple-Mail-" + r.uuid()) if c.client in ("iphone", "apple_mail") else (
            "000000000000" + r.hexs(16) if c.client.startswith("gmail") else "----=_Part_%d" % r.randint(1000, 99999))
        body = mk.multipart(mbnd, [inner, att])
        ctype = 'multipart/mixed; boundary="%s"' % mbnd
        c.top_cte = None

    hs = mk.ours_top(r, spec["mailbox"], env_from, helo, rdns, ip, c.dt, auth, tls=tls)
    hs += pre
    ch = client_headers(c, ctype, len(body))
    names = [n.lower() for n, _ in ch]
    if c.top_cte and "content-transfer-encoding" not in names:
        i = names.index("content-type")
        ch.insert(i + 1, ("Content-Transfer-Encoding", c.top_cte))
    for name, value, after in spec.get("extra_headers", []):
        names = [n.lower() for n, _ in ch]
        i = names.index(after.lower()) + 1 if after else len(ch)
        ch.insert(i, (name, value))
    hs += ch
    hs += post
    raw = mk.message(hs, body)

    ack = spec.get("ack", "from")
    ack_to = {"from": c.from_addr, "reply_to": c.reply_to_addr, "none": None, None: None}[ack]
    return raw, ack_to, c.dt
