"""Mail programs: each function turns a message spec into the bytes that program
(and its provider) would have delivered to our MX."""
import datetime as _dt
import uuid

from mailkit import (MBOX, local, rfc_date, utc, chicago, epoch, rs, b64blob, HEX, ALNUM, esc,
                     ew, needs_enc, hdr_text, addr, fold_header, text_part, bin_part, multipart,
                     Part, CRLF, seeded, flow, hardwrap, paras, quote_lines)
from transport import top_chain, auth_results, dkim, spam_hdrs
from quoting import plain_block, html_block
from ourmail import O, Orig
import attach as A


class S(dict):
    def __getattr__(self, k):
        return self.get(k)


# ---------------------------------------------------------------- helpers
def resolve(q):
    if not q:
        return None, None
    mode, o = q
    if isinstance(o, str):
        o = O[o]
    return mode, o


REPLY = {"outlook": "RE: ", "outlook_es": "RE: ", "default": "Re: "}
FWD = {"outlook": "FW: ", "outlook_es": "RV: ", "default": "Fwd: ", "yahoo": "Fwd: ", "tb": "Fwd: "}


def subject_of(s, fam):
    if s.subject is not None:
        return s.subject
    mode, o = resolve(s.quote)
    if not o:
        return ""
    if mode == "reply":
        p = REPLY.get(fam, REPLY["default"])
        if o.subject.lower().startswith("re:"):
            return o.subject if fam not in ("outlook", "outlook_es") else p + o.subject
        return p + o.subject
    p = FWD.get(fam, FWD["default"])
    return p + o.subject


def uuid_from(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def to_header(s, mode_name=True):
    if s.to_hdr:
        return s.to_hdr
    rcpt = MBOX[s.box]
    if s.to_name is False:
        return rcpt
    nm = s.to_name or ("PowerHouse Catalog" if s.box == "powerhousecatalog" else "Alliant Energy")
    return "%s <%s>" % (nm, rcpt) if mode_name else rcpt


def compose_plain(s, style_reply, style_fwd, sep="\n\n"):
    mode, o = resolve(s.quote)
    me = s.frm[1]
    text = s.text.rstrip("\n")
    if not o or s.inline:
        return text + "\n"
    style = s.qstyle or (style_reply if mode == "reply" else style_fwd)
    return text + sep + plain_block(style, o, me) + "\n"


def compose_html(s, new_html, style_reply, style_fwd, joiner="<br>"):
    mode, o = resolve(s.quote)
    me = s.frm[1]
    if not o or s.inline:
        return new_html
    style = s.qhstyle or s.qstyle or (style_reply if mode == "reply" else style_fwd)
    return new_html + joiner + html_block(style, o, me)


def lines_html(text, fam):
    ls = text.rstrip("\n").split("\n")
    if fam == "gmail":
        inner = "".join("<div>%s</div>" % esc(x) if x else "<div><br></div>" for x in ls)
        return '<div dir="ltr">%s</div>' % inner
    if fam == "outlook":
        return "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(x) if x else
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for x in ls)
    if fam == "outlookcom":
        st = ('style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
              'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"')
        return "".join('<div class="elementToProof" %s>%s</div>' % (st, esc(x) if x else "<br>") for x in ls)
    if fam == "apple":
        first = esc(ls[0])
        return first + "".join("<div>%s</div>" % esc(x) if x else "<div><br></div>" for x in ls[1:])
    if fam == "yahoo":
        return "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(x) if x else "<br>") for x in ls)
    if fam == "p":
        return "".join("<p>%s</p>" % "<br>".join(esc(x) for x in b) for b in paras(text))
    if fam == "div":
        return "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in ls)
    raise ValueError(fam)


def inline_html(text):
    """Interleaved reply: runs of '>' lines become Gmail-style blockquotes."""
    out = []
    buf = []

    def flush():
        if buf:
            inner = "<br>".join(esc(x.lstrip(">").lstrip(" ")) for x in buf)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            del buf[:]
    for ln in text.rstrip("\n").split("\n"):
        if ln.startswith(">"):
            buf.append(ln)
        else:
            flush()
            out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
    flush()
    return '<div dir="ltr">%s</div>' % "".join(out)


def pick_cs(text, order):
    for cs in order:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8"


def cte_for(text, charset, default="quoted-printable"):
    try:
        b = text.encode(charset)
    except UnicodeEncodeError:
        raise
    if all(c < 128 for c in b) and all(len(x) <= 76 for x in text.split("\n")):
        return "7bit"
    return default


def assemble(lines, part):
    out = []
    placed = False
    for ln in lines:
        if ln == "@CT@":
            out.extend(part.headers)
            placed = True
        else:
            out.append(ln)
    if not placed:
        out.extend(part.headers)
    hdr = CRLF.join(out).encode("utf-8")
    body = part.to_bytes().split(b"\r\n\r\n", 1)[1]
    return hdr + b"\r\n\r\n" + body


def irt(s):
    mode, o = resolve(s.quote)
    if not o or s.no_irt:
        return []
    if mode == "fwd" and not s.fwd_refs:
        return []
    return [o.msgid]


def with_attachments(s, body, rng, boundary, preamble=None):
    if not s.att:
        return body
    parts = [body]
    for a in s.att:
        parts.append(make_att(a, rng))
    return multipart("mixed", parts, boundary, preamble=preamble)


def make_att(a, rng):
    kind = a[0]
    if kind == "vcard":
        _, fname, data = a
        return bin_part(data, "text/vcard; charset=utf-8", fname, "attachment",
                        cte="base64" if len(a) < 4 else a[3])
    if kind == "vcf-x":
        _, fname, data = a
        return bin_part(data, "text/x-vcard; charset=utf-8", fname, "attachment", cte="base64")
    if kind == "png":
        _, fname, data = a
        return bin_part(data, "image/png", fname, "attachment")
    if kind == "png-inline":
        _, fname, data, cid = a
        return bin_part(data, "image/png", fname, "inline", cid=cid)
    if kind == "gif-inline":
        _, fname, data, cid = a
        return bin_part(data, "image/gif", fname, "inline", cid=cid)
    if kind == "tnef":
        _, data = a
        return bin_part(data, "application/ms-tnef", "winmail.dat", "attachment")
    if kind == "pdf":
        _, fname, data = a
        return bin_part(data, "application/pdf", fname, "attachment")
    if kind == "csv":
        _, fname, data = a
        return bin_part(data, "text/csv; charset=us-ascii", fname, "attachment")
    if kind == "zip":
        _, fname, data = a
        return bin_part(data, "application/zip", fname, "attachment")
    if kind == "raw":
        return a[1]
    raise ValueError(kind)


def sender_chain(s, rng, when, helo, rdns, ip, dom, sel, mailfrom, dkim_ok="pass", mx=None, spam=False,
                 policy="p=NONE sp=NONE dis=NONE"):
    rcpt = MBOX[s.box]
    mx = mx or ("mx2" if rng.random() < 0.3 else "mx1")
    hops, t_mx = top_chain(rng, rcpt, when, helo, rdns, ip, mx=mx)
    hfrom_dom = s.frm[1].split("@")[1]
    lines = ["Return-Path: <%s>" % mailfrom, "Delivered-To: %s" % rcpt] + hops
    lines.append(auth_results(rng, mx, dom, sel, ip, mailfrom, hfrom_dom, dkim=dkim_ok, policy=policy))
    if spam or s.spam:
        lines += spam_hdrs(rng)
    return lines


def frm_hdr(s, charset="utf-8", mode="Q", quote=None):
    name, a = s.frm
    if s.frm_raw:
        return s.frm_raw
    return addr(name, a, charset, mode, quote)


def subj_hdr(s, subj, charset="utf-8", mode="Q"):
    if s.subj_raw:
        return "Subject: " + s.subj_raw
    return fold_header("Subject", hdr_text(subj, charset, mode)) if needs_enc(subj) else \
        fold_header("Subject", subj)


# ---------------------------------------------------------------- Gmail
def gmail(s):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    es = s.lang == "es"
    fam_r, fam_f = ("gmail_es", "gmail_fwd_es") if es else ("gmail", "gmail_fwd")
    plain = compose_plain(s, fam_r, fam_f)
    dom = s.frm[1].split("@")[1]
    workspace = dom != "gmail.com"
    helo = "mail-%s-f%d.google.com" % (rng.choice(["ej1", "ed1", "wr1", "qt1", "yb1", "pl1", "lj1", "oa1"]),
                                       rng.randint(41, 199))
    ip = "209.85.%d.%d" % (rng.randint(128, 223), rng.randint(2, 250))
    lines = sender_chain(s, rng, when, helo, helo, ip, dom, "google" if workspace else "20230601", s.frm[1])
    pst = utc(when).astimezone(_dt.timezone(_dt.timedelta(hours=-8 if not _is_dst(when) else -7)))
    lines.append("Received: by %s with SMTP id %s\r\n        for <%s>; %s (%s)" % (
        helo, "%s-%s.%d" % (rs(rng, 12, "0123456789abcdef"), rs(rng, 14, "0123456789abcdef"),
                            rng.randint(0, 9)),
        MBOX[s.box], rfc_date(pst).replace(" %d " % pst.day, " %02d " % pst.day, 1),
        "PDT" if _is_dst(when) else "PST"))
    lines.append(dkim(rng, dom, "google" if workspace else "20230601", when,
                      "to:subject:message-id:date:from:in-reply-to:references\r\n"
                      "         :mime-version:from:to:cc:subject:date:message-id:reply-to"))
    lines.append(dkim(rng, "1e100.net", "20230601", when,
                      "x-gm-message-state:to:subject:message-id:date:from:in-reply-to\r\n"
                      "         :references:mime-version:x-gm-gg:x-google-smtp-source")
                 .replace("DKIM-Signature", "X-Google-DKIM-Signature"))
    lines.append("X-Gm-Message-State: AOJu0Y%s\r\n\t%s" % (b64blob(rng, 60), b64blob(rng, 40)))
    lines.append("X-Gm-Gg: ASbGnc%s\r\n\t%s" % (b64blob(rng, 66), b64blob(rng, 70)))
    lines.append("X-Google-Smtp-Source: AGHT+IF%s" % b64blob(rng, 60))
    lines.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\r\n        %s (%s)" % (
        rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 3, HEX), rs(rng, 4, HEX),
        "%s-%smr%d" % (rs(rng, 13, HEX), rs(rng, 12, HEX), rng.randint(1000000, 9999999)),
        rfc_date(pst), "PDT" if _is_dst(when) else "PST"))
    lines.append("MIME-Version: 1.0")
    refs = irt(s)
    if refs:
        lines.append("References: %s" % " ".join(refs))
        lines.append("In-Reply-To: %s" % refs[-1])
    lines.append("From: %s" % frm_hdr(s, "UTF-8", "Q"))
    lines.append("Date: %s" % rfc_date(when))
    lines.append("X-Gm-Features: AQ5f1J%s" % b64blob(rng, 52))
    if not s.no_msgid:
        lines.append("Message-ID: <CA%s%s@mail.gmail.com>" % (rs(rng, 1, "+JKMLP"), b64blob(rng, 62)
                                                              .replace("/", "_")))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj, "UTF-8", s.subj_mode or "Q"))
    lines.append("To: %s" % to_header(s))
    if s.cc:
        lines.append("Cc: %s" % s.cc)
    if s.reply_to:
        lines.insert(lines.index("MIME-Version: 1.0") + 1, "Reply-To: %s" % s.reply_to)
    boundary = "000000000000%s" % rs(rng, 16, HEX)
    if s.plain_only:
        cs = '"UTF-8"'
        part = text_part(plain, "plain", "UTF-8", s.cte or cte_for(plain, "utf-8"), cs_quote=True)
    else:
        html = compose_html(s, s.html or (inline_html(s.text) if s.inline else lines_html(s.text, "gmail")),
                            fam_r, fam_f)
        html = html + "\n"
        pp = text_part(plain, "plain", "UTF-8", s.cte or cte_for(plain, "utf-8"), cs_quote=True)
        hp = text_part(html, "html", "UTF-8", s.hcte or cte_for(html, "utf-8"), cs_quote=True)
        part = multipart("alternative", [pp, hp], boundary)
    part = with_attachments(s, part, rng, "000000000000%s" % rs(rng, 16, HEX))
    return assemble(lines, part)


def _is_dst(d):
    from mailkit import _us_dst
    return _us_dst(utc(d).replace(tzinfo=None) - _dt.timedelta(hours=6))


# ---------------------------------------------------------------- Outlook family
def _ms_common(rng, when, s, dom, sel, outbound, exch_host):
    ip = "40.%d.%d.%d" % (rng.choice([92, 107]), rng.randint(1, 255), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, outbound, "mail-%s.outbound.protection.outlook.com" %
                         rs(rng, 18, "abcdefghijklmnopqrstuvwxyz0123456789"), ip, dom, sel, s.frm[1])
    lines.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s" %
                 "\r\n ".join(b64blob(rng, 76) for _ in range(4)))
    lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n"
                 " s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                 "X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:"
                 "X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s=;\r\n b=%s" % (
                     b64blob(rng, 43), "\r\n ".join(b64blob(rng, 76) for _ in range(4))))
    lines.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none")
    lines.append(dkim(rng, dom, sel, when, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                                          "X-MS-Exchange-SenderADCheck", indent=" "))
    a, b = exch_host, "%sPR%02dMB%d.namprd%02d.prod.outlook.com" % (
        rng.choice(["DM6", "CH3", "MN2", "BY5", "SA1", "PH0"]), rng.randint(10, 19),
        rng.randint(1000, 9999), rng.randint(10, 19))
    t = utc(when + _dt.timedelta(seconds=1))
    lines.append("Received: from %s (2603:10b6:%s::%s) by\r\n %s (2603:10b6:%s::%s) with Microsoft SMTP\r\n"
                 " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n"
                 " 15.20.%d.%d; %s" % (a, rs(rng, 3, HEX), rs(rng, 2, HEX), b, rs(rng, 3, HEX), rs(rng, 2, HEX),
                                      rng.randint(8000, 9400), rng.randint(10, 30), rfc_date(t)))
    lines.append("Received: from %s\r\n ([fe80::%s:%s:%s:%s%%5]) by %s\r\n ([fe80::%s:%s:%s:%s%%5]) with mapi id"
                 " 15.20.%d.%03d; %s" % (a, rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), a,
                                        rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX),
                                        rng.randint(8000, 9400), rng.randint(10, 30), rfc_date(t)))
    return lines


def _ms_tail(rng, s, a_host, subj, when, lang="en-US", has_att=False, representing=1):
    lines = []
    lines.append("From: %s" % frm_hdr(s, "utf-8", "B"))
    lines.append("To: %s" % to_header(s))
    if s.cc:
        lines.append("CC: %s" % s.cc)
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    lines.append(subj_hdr(s, subj, "utf-8", s.subj_mode or "B"))
    topic = subj
    for p in ("RE: ", "FW: ", "RV: ", "Re: ", "Fwd: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    lines.append(fold_header("Thread-Topic", hdr_text(topic, "utf-8", "B")))
    lines.append("Thread-Index: AQH%s" % b64blob(rng, 29) + ("\r\n " + b64blob(rng, 20) + "==" if rng.random() < .5 else "="))
    lines.append("Date: %s" % rfc_date(utc(when)))
    if not s.no_msgid:
        host = a_host
        lines.append("Message-ID:\r\n <%s%s@%s>" % (host.split(".")[0], rs(rng, 20, "0123456789ABCDEF"), host))
    refs = irt(s)
    if refs:
        lines.append("References: %s" % " ".join(refs))
        lines.append("In-Reply-To: %s" % refs[-1])
    lines.append("Accept-Language: %s" % lang)
    lines.append("Content-Language: %s" % lang)
    lines.append("X-MS-Has-Attach: %s" % ("yes" if has_att else ""))
    lines.append("X-MS-TNEF-Correlator: ")
    lines.append("msip_labels: ")
    lines.append("x-ms-exchange-messagesentrepresentingtype: %d" % representing)
    lines.append("x-ms-publictraffictype: Email")
    lines.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (a_host.split(".")[0], "PH0PR13MB%d" % rng.randint(4000, 9999)))
    lines.append("x-ms-office365-filtering-correlation-id: %s" % str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    lines.append("x-microsoft-antispam:\r\n BCL:0;ARA:14566002|15080799006|8060799006|19110799003|461199028|%d;" %
                 rng.randint(3412199025, 3412199999))
    lines.append("x-microsoft-antispam-message-info:\r\n =?us-ascii?Q?%s?=" % b64blob(rng, 60).replace("/", "F").replace("+", "G"))
    lines.append("x-ms-exchange-antispam-messagedata-chunkcount: 1")
    lines.append("x-ms-exchange-antispam-messagedata-0:\r\n =?us-ascii?Q?%s?=" % b64blob(rng, 60).replace("/", "H").replace("+", "K"))
    lines.append("@CT@")
    lines.append("MIME-Version: 1.0")
    lines.append("X-OriginatorOrg: %s" % (s.frm[1].split("@")[1] if s.biz else
                                          "sct-15-20-7719-20-msonline-outlook-c0a3f.templateTenant"))
    lines.append("X-MS-Exchange-CrossTenant-AuthAs: Internal")
    lines.append("X-MS-Exchange-CrossTenant-AuthSource: %s" % a_host)
    lines.append("X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % rfc_date(utc(when)).split(", ")[1].replace(" +0000", "." + str(rng.randint(1000, 9999)) + " (UTC)"))
    lines.append("X-MS-Exchange-CrossTenant-fromentityheader: Hosted")
    lines.append("X-MS-Exchange-CrossTenant-id: %s" % str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    lines.append("X-MS-Exchange-Transport-CrossTenantHeadersStamped: PH0PR13MB%d" % rng.randint(4000, 9999))
    return lines


WORD_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
             'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
             '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
             '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
             '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n'
             '\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\nspan.EmailStyle20\n'
             '\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
             '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n'
             '\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
             '--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n')


def outlook_biz(s):
    """Outlook desktop (Microsoft 365 / Exchange Online) at a business domain."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    es = s.lang == "es"
    fam = "outlook_es" if es else "outlook"
    a_host = "%sPR%02dMB%d.namprd%02d.prod.outlook.com" % (rng.choice(["SA1", "CH0", "BL1", "MW4", "IA1"]),
                                                         rng.randint(10, 19), rng.randint(1000, 9999),
                                                         rng.randint(10, 19))
    lines = _ms_common(rng, when, s, dom, "selector2", "NAM%02d-%s-obe.outbound.protection.outlook.com" % (
        rng.randint(2, 12), rng.choice(["BN8", "DM6", "MW2", "CO1", "SN1"])), a_host)
    subj = subject_of(s, fam)
    lines += _ms_tail(rng, s, a_host, subj, when, "es-US" if es else "en-US", has_att=bool(s.att))
    style_r = "outlook_es" if es else ("outlook_orig" if s.orig_marker else "outlook")
    plain = compose_plain(s, style_r, style_r, sep="\n\n")
    cs = s.charset or "us-ascii"
    if cs == "us-ascii" and any(ord(c) > 127 for c in plain):
        cs = "utf-8"
    cid = "image001.png@01DC%s.%s" % (rs(rng, 4, "0123456789ABCDEF"), rs(rng, 8, "0123456789ABCDEF"))
    new_html = s.html or lines_html(s.text, "outlook")
    if s.logo:
        new_html += ('<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in" '
                     'id="Picture_x0020_1" src="cid:%s" alt="logo"><o:p></o:p></p>' % cid)
    html = (WORD_HEAD % cs) + compose_html(s, new_html, style_r, style_r, "") + \
        "\n</div>\n</body>\n</html>\n"
    bnd = "_000_%s%s_" % (a_host.split(".")[0], rs(rng, 24, "0123456789ABCDEF"))
    pp = text_part(plain, "plain", cs, "quoted-printable", cs_quote=True)
    hp = text_part(html, "html", cs, "quoted-printable", cs_quote=True)
    alt = multipart("alternative", [pp, hp], bnd)
    if s.logo:
        # signature logo: related wrapper, like Outlook does
        rel_b = "_004_%s%s_" % (a_host.split(".")[0], rs(rng, 24, "0123456789ABCDEF"))
        img = bin_part(A.png(120, 40, s.logo), "image/png", "image001.png", "inline", cid=cid)
        img.headers.insert(1, "Content-Description: image001.png")
        alt = Part(['Content-Type: multipart/related;\r\n\tboundary="%s";\r\n\ttype="multipart/alternative"' % rel_b],
                   children=[alt, img], boundary=rel_b)
    part = with_attachments(s, alt, rng, "_005_%s%s_" % (a_host.split(".")[0], rs(rng, 24, "0123456789ABCDEF")))
    return assemble(lines, part)


def outlook_com(s):
    """Outlook.com / Hotmail web or new Outlook for Windows."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    es = s.lang == "es"
    a_host = "%sPR%02dMB%d.namprd%02d.prod.outlook.com" % (rng.choice(["SJ0", "BYAPR", "DS7", "CY8", "LV8"]),
                                                         rng.randint(10, 19), rng.randint(1000, 9999),
                                                         rng.randint(10, 19))
    lines = _ms_common(rng, when, s, dom, "selector1", "NAM%02d-%s-obe.outbound.protection.outlook.com" % (
        rng.randint(2, 12), rng.choice(["MW2", "BN8", "DM6", "CO1"])), a_host)
    fam = "outlook_es" if es else "outlook"
    subj = subject_of(s, fam)
    lines += _ms_tail(rng, s, a_host, subj, when, "es-ES" if es else "en-US", has_att=bool(s.att))
    style = "outlook_es" if es else "outlook_line"
    plain = compose_plain(s, style, style, sep="\n\n")
    cs = s.charset or ("iso-8859-1" if not s.utf8 else "utf-8")
    try:
        plain.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    new_html = s.html or lines_html(s.text, "outlookcom")
    body = compose_html(s, new_html, style, style, "")
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n' % (cs, body))
    try:
        html.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
        html = html.replace("charset=iso-8859-1", "charset=utf-8")
    bnd = "_000_%s%s_" % (a_host.split(".")[0], rs(rng, 24, "0123456789ABCDEF"))
    pp = text_part(plain, "plain", cs, "quoted-printable", cs_quote=True)
    hp = text_part(html, "html", cs, "quoted-printable", cs_quote=True)
    part = multipart("alternative", [pp, hp], bnd)
    part = with_attachments(s, part, rng, "_004_%s%s_" % (a_host.split(".")[0], rs(rng, 24, "0123456789ABCDEF")))
    return assemble(lines, part)


def outlook_smtp(s):
    """Classic Outlook 2016/2019 sending through an ISP's SMTP (POP account).
    Can attach winmail.dat (Rich Text) when s.tnef is set."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    isp = s.isp or ("smtp." + dom)
    ip = s.ip or "64.%d.%d.%d" % (rng.randint(60, 90), rng.randint(1, 255), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, isp, isp, ip, dom, "default", s.frm[1])
    lines.append("Received: from %s ([%s])\r\n\tby %s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
        s.pcname or "DESKTOP-" + rs(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        "%d.%d.%d.%d" % (rng.randint(24, 99), rng.randint(1, 255), rng.randint(1, 255), rng.randint(1, 254)),
        isp, rs(rng, 10, ALNUM), MBOX[s.box], rfc_date(when)))
    fam = "outlook"
    subj = subject_of(s, fam)
    lines.append("From: %s" % (s.frm_raw or '"%s" <%s>' % (s.frm[0], s.frm[1])))
    lines.append("To: %s" % (s.to_hdr or "<%s>" % MBOX[s.box]))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    refs = irt(s)
    if refs:
        lines.append("References: %s" % " ".join(refs))
        lines.append("In-Reply-To: %s" % refs[-1])
    lines.append(subj_hdr(s, subj, s.charset or "us-ascii", "Q"))
    lines.append("Date: %s" % rfc_date(when))
    if not s.no_msgid:
        lines.append("Message-ID: <%s$%s$%s$@%s>" % (rs(rng, 12, HEX), rs(rng, 8, HEX), rs(rng, 8, HEX), dom))
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("X-Mailer: Microsoft Outlook 16.0")
    lines.append("Thread-Index: A%s" % b64blob(rng, 38))
    lines.append("Content-Language: en-us")
    style = "outlook_orig" if s.orig_marker else "outlook"
    plain = compose_plain(s, style, style)
    cs = s.charset or pick_cs(plain, ["us-ascii", "windows-1252", "utf-8"])
    if s.tnef:
        tp = text_part(plain, "plain", cs, "7bit" if cs == "us-ascii" else "quoted-printable", cs_quote=True)
        tn = make_att(("tnef", A.tnef(rng)), rng)
        part = multipart("mixed", [tp, tn], "----=_NextPart_000_%04X_01DC%s.%s" % (
            rng.randint(0, 65535), rs(rng, 4, "0123456789ABCDEF"), rs(rng, 8, "0123456789ABCDEF")),
            preamble="This is a multipart message in MIME format.\r\n")
        lines.append("X-MS-TNEF-Correlator: 0000000%s" % rs(rng, 33, "0123456789ABCDEF"))
        return assemble(lines, part)
    html = (WORD_HEAD % cs) + compose_html(s, lines_html(s.text, "outlook"), style, style, "") + \
        "\n</div>\n</body>\n</html>\n"
    bnd = "----=_NextPart_000_%04X_01DC%s.%s" % (rng.randint(0, 65535), rs(rng, 4, "0123456789ABCDEF"),
                                                rs(rng, 8, "0123456789ABCDEF"))
    pp = text_part(plain, "plain", cs, "7bit" if cs == "us-ascii" and cte_for(plain, cs) == "7bit" else
                   "quoted-printable", cs_quote=True)
    hp = text_part(html, "html", cs, "quoted-printable", cs_quote=True)
    part = multipart("alternative", [pp, hp], bnd, preamble="This is a multipart message in MIME format.\r\n")
    part = with_attachments(s, part, rng, bnd.replace("_000_", "_001_"),
                            preamble="This is a multipart message in MIME format.\r\n")
    return assemble(lines, part)


def wlm(s):
    """Windows Live Mail 2012 via an ISP, windows-1252."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    isp = s.isp or "smtp." + dom
    ip = "162.39.%d.%d" % (rng.randint(1, 255), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, isp, isp, ip, dom, "default", s.frm[1], dkim_ok="none")
    lines.append("Received: from %s ([%d.%d.%d.%d])\r\n\tby %s with ESMTPA; %s" % (
        s.pcname or "Owner-PC", rng.randint(24, 99), rng.randint(1, 255), rng.randint(1, 255),
        rng.randint(1, 254), isp, rfc_date(when)))
    if not s.no_msgid:
        lines.append("Message-ID: <%s@%s>" % (rs(rng, 32, "0123456789ABCDEF"), s.pcname or "OwnerPC"))
    lines.append("From: %s" % (s.frm_raw or '"%s" <%s>' % s.frm))
    lines.append("To: %s" % (s.to_hdr or "<%s>" % MBOX[s.box]))
    refs = irt(s)
    if refs:
        lines.append("References: %s" % refs[-1])
        lines.append("In-Reply-To: %s" % refs[-1])
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj, "windows-1252", "Q"))
    lines.append("Date: %s" % rfc_date(when))
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("X-Priority: 3")
    lines.append("X-MSMail-Priority: Normal")
    lines.append("Importance: Normal")
    lines.append("X-Mailer: Microsoft Windows Live Mail 16.4.3528.331")
    lines.append("X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331")
    plain = compose_plain(s, "wlm", "wlm")
    html = ('<HTML><HEAD></HEAD>\n<BODY dir=ltr>\n<DIV dir=ltr>\n<DIV style="FONT-SIZE: 12pt; FONT-FAMILY: '
            '\'Calibri\'; COLOR: #000000">\n%s\n<DIV style="FONT: 10pt tahoma">\n%s</DIV></DIV></DIV></BODY></HTML>\n' %
            ("".join("<DIV>%s</DIV>" % (esc(x) or "&nbsp;") for x in s.text.rstrip("\n").split("\n")),
             _wlm_quote(s)))
    bnd = "----=_NextPart_000_%04X_01DC%s.%s" % (rng.randint(0, 65535), rs(rng, 4, "0123456789ABCDEF"),
                                                rs(rng, 8, "0123456789ABCDEF"))
    pp = text_part(plain, "plain", "Windows-1252", "quoted-printable", cs_quote=True)
    hp = text_part(html, "html", "Windows-1252", "quoted-printable", cs_quote=True)
    part = multipart("alternative", [pp, hp], bnd, preamble="This is a multi-part message in MIME format.\r\n")
    return assemble(lines, part)


def _wlm_quote(s):
    mode, o = resolve(s.quote)
    if not o:
        return ""
    from quoting import _d
    d = _d(o)
    from mailkit import DAYS_L, MONS_L, h12
    return ('<DIV>&nbsp;</DIV>\n<DIV style="BACKGROUND: #f5f5f5">\n<DIV style="font-color: black"><B>From:</B> '
            '%s </DIV>\n<DIV><B>Sent:</B> %s, %s %02d, %d %s</DIV>\n<DIV><B>To:</B> %s </DIV>\n'
            '<DIV><B>Subject:</B> %s</DIV></DIV></DIV>\n<DIV>&nbsp;</DIV></DIV>\n%s' % (
                esc(o.name), DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year, h12(d), s.frm[1],
                esc(o.subject), o.html))


# ---------------------------------------------------------------- Yahoo / AOL
def yahoo(s, aol=False):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    sonic = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 60),
                                                   rng.choice(["ne1", "gq1", "bf2", "ir2"]))
    ip = "%s.%d.%d" % (rng.choice(["66.163", "74.6", "98.137"]), rng.randint(128, 191), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, sonic, sonic, ip, dom, "a2048" if aol else "s2048", s.frm[1],
                         policy="p=REJECT sp=REJECT dis=NONE")
    lines.append(dkim(rng, dom, "a2048" if aol else "s2048", when,
                      "Date:From:To:Subject:References:From:Subject:Reply-To", indent=" "))
    lines.append("X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=;"
                 " h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (
                     dom, "a2048" if aol else "s2048", epoch(when), b64blob(rng, 43), b64blob(rng, 120)))
    lines.append("X-YMail-OSG: %s\r\n %s\r\n %s" % (b64blob(rng, 70).replace("+", "."), b64blob(rng, 70).replace("+", "."),
                                                 b64blob(rng, 40).replace("+", ".")))
    lines.append("X-Sonic-MF: <%s>" % s.frm[1])
    lines.append("X-Sonic-ID: %s" % str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
        sonic, rfc_date(utc(when))))
    lines.append("Date: %s (UTC)" % rfc_date(utc(when)))
    lines.append("From: %s" % frm_hdr(s, "UTF-8", "Q"))
    lines.append("To: %s" % to_header(s))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    if not s.no_msgid:
        lines.append("Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 9, 2 * 10 ** 9),
                                                              rng.randint(10 ** 6, 10 ** 7), epoch(when) * 1000 + rng.randint(0, 999)))
    refs = irt(s)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("References: %s" % " ".join(refs))
    subj = subject_of(s, "yahoo")
    lines.append(subj_hdr(s, subj, "UTF-8", "Q"))
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("X-Mailer: %s" % (s.xmailer or ("WebService/1.1.%d %sMailNorrin" % (rng.randint(23000, 24200),
                                                                                    "Aol" if aol else "Y"))))
    plain = compose_plain(s, "yahoo", "yahoo_fwd", sep="\n\n")
    new_html = s.html or lines_html(s.text, "yahoo")
    wrap = ('<div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:13px;">%s</div>' % (rs(rng, 8, HEX), new_html))
    body = compose_html(s, wrap, "yahoo", "yahoo_fwd", "")
    html = "<html><head></head><body>%s</body></html>" % body
    t = epoch(when) * 1000
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 9 * 10 ** 6), rng.randint(10 ** 8, 2 * 10 ** 9), t)
    pp = text_part(plain, "plain", "UTF-8", "quoted-printable")
    hp = text_part(html, "html", "UTF-8", "quoted-printable")
    part = multipart("alternative", [pp, hp], bnd)
    part = with_attachments(s, part, rng, "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 9 * 10 ** 6),
                                                                    rng.randint(10 ** 8, 2 * 10 ** 9), t + 1))
    return assemble(lines, part)


def aol(s):
    return yahoo(s, aol=True)


# ---------------------------------------------------------------- Apple
def _icloud_chain(s, rng, when):
    dom = s.frm[1].split("@")[1]
    helo = "p00-icloudmta-asmtp-us-central-1k-%d-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production" \
           ".svc.kube.us-central-1k.k8s.cloud.apple.com" % (rng.choice([10, 20, 60, 100]), rng.randint(0, 12))
    ip = "17.57.%d.%d" % (rng.randint(152, 156), rng.randint(1, 254))
    if dom in ("icloud.com", "me.com", "mac.com"):
        lines = sender_chain(s, rng, when, helo, "p-east3-cluster%d-host%d-snip4-%d.eps.apple.com" % (
            rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 9)), ip, "icloud.com", "1a1hai", s.frm[1])
        lines.append(dkim(rng, "icloud.com", "1a1hai", when,
                          "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To", indent="\t"))
    else:
        lines = sender_chain(s, rng, when, s.isp or "smtp." + dom, s.isp or "smtp." + dom,
                             "72.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                             dom, "default", s.frm[1])
    return lines


def apple(s, iphone=False):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    es = s.lang == "es"
    lines = _icloud_chain(s, rng, when)
    u = uuid_from(rng)
    lines.append("@CT@")
    if iphone:
        lines.append("From: %s" % frm_hdr(s, "utf-8", "Q"))
        lines.append("Mime-Version: 1.0 (1.0)")
        subj = subject_of(s, "default")
        lines.append(subj_hdr(s, subj, "utf-8", "Q"))
        lines.append("Date: %s" % rfc_date(when))
        if not s.no_msgid:
            lines.append("Message-Id: <%s@%s>" % (u, s.frm[1].split("@")[1]))
        refs = irt(s)
        if refs:
            lines.append("References: %s" % " ".join(refs))
            lines.append("In-Reply-To: %s" % refs[-1])
        if s.reply_to:
            lines.append("Reply-To: %s" % s.reply_to)
        if s.cc:
            lines.append("Cc: %s" % s.cc)
        lines.append("To: %s" % to_header(s))
        lines.append("X-Mailer: iPhone Mail (%s)" % (s.build or "22E240"))
    else:
        lines.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
        subj = subject_of(s, "default")
        lines.append(subj_hdr(s, subj, "utf-8", "Q"))
        lines.append("From: %s" % frm_hdr(s, "utf-8", "Q"))
        refs = irt(s)
        if refs:
            lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("Date: %s" % rfc_date(when))
        if s.cc:
            lines.append("Cc: %s" % s.cc)
        if s.reply_to:
            lines.append("Reply-To: %s" % s.reply_to)
        if not s.no_msgid:
            lines.append("Message-Id: <%s@%s>" % (u, s.frm[1].split("@")[1]))
        if refs:
            lines.append("References: %s" % " ".join(refs))
        lines.append("To: %s" % to_header(s))
        lines.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    style_r = "apple_es" if es else "apple"
    plain = compose_plain(s, style_r, "apple_fwd", sep="\n\n")
    if s.plain_only:
        cs = "us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8"
        part = text_part(plain, "plain", cs, "7bit" if cs == "us-ascii" else "quoted-printable")
        if iphone:
            part.headers = [part.headers[0], part.headers[1]]
        part = with_attachments(s, part, rng, ("Apple-Mail-%s" if iphone else "Apple-Mail=_%s") % uuid_from(rng))
        return assemble(lines, part)
    new_html = s.html or lines_html(s.text, "apple")
    body = compose_html(s, new_html, "apple_es" if es else "apple", "apple_fwd", "")
    html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            'line-break: after-white-space;">%s</body></html>' % body) if not iphone else (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto">%s</body></html>' % body)
    bnd = ("Apple-Mail-%s" if iphone else "Apple-Mail=_%s") % u
    pp = text_part(plain, "plain", "utf-8", "quoted-printable")
    hp = text_part(html, "html", "utf-8", "quoted-printable")
    if not iphone:
        pp.headers = [pp.headers[1], pp.headers[0]]
        hp.headers = [hp.headers[1], hp.headers[0]]
    part = multipart("alternative", [pp, hp], bnd)
    if iphone:
        part.headers[0] = "Content-Type: multipart/alternative; boundary=%s" % bnd
        part.headers.append("Content-Transfer-Encoding: 7bit")
    part = with_attachments(s, part, rng, ("Apple-Mail-%s" if iphone else "Apple-Mail=_%s") % uuid_from(rng))
    return assemble(lines, part)


def iphone(s):
    return apple(s, iphone=True)


# ---------------------------------------------------------------- Thunderbird
def thunderbird(s):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    isp = s.isp or "smtp." + dom
    ip = "%d.%d.%d.%d" % (rng.choice([199, 205, 207]), rng.randint(1, 255), rng.randint(1, 255), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, isp, isp, ip, dom, "default", s.frm[1])
    lines.append("Received: from [192.168.%d.%d] (%s [%d.%d.%d.%d])\r\n\tby %s with ESMTPSA; %s" % (
        rng.randint(0, 2), rng.randint(2, 200), "c-%d-%d-%d-%d.hsd1.ia.comcast.net" % tuple(
            rng.randint(1, 254) for _ in range(4)), rng.randint(24, 99), rng.randint(1, 255), rng.randint(1, 255),
        rng.randint(1, 254), isp, rfc_date(when)))
    if not s.no_msgid:
        lines.append("Message-ID: <%s@%s>" % (str(uuid.UUID(int=rng.getrandbits(128), version=4)), dom))
    lines.append("Date: %s" % rfc_date(when))
    lines.append("MIME-Version: 1.0")
    lines.append("User-Agent: Mozilla Thunderbird")
    subj = subject_of(s, "tb")
    lines.append(subj_hdr(s, subj, "UTF-8", "Q"))
    lines.append("To: %s" % to_header(s, mode_name=bool(s.to_name)))
    refs = irt(s)
    if refs:
        lines.append("References: %s" % " ".join(refs))
    lines.append("Content-Language: %s" % ("es-MX" if s.lang == "es" else "en-US"))
    lines.append("From: %s" % frm_hdr(s, "UTF-8", "Q"))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
    plain = compose_plain(s, "tb", "tb_fwd", sep="\n\n")
    if s.html_mode:
        body = compose_html(s, lines_html(s.text, "p"), "tb", "tb_fwd", "")
        html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; '
                'charset=UTF-8">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n' % body)
        bnd = "------------%s" % rs(rng, 24, ALNUM)
        pp = text_part(flow(plain), "plain", "UTF-8", "8bit" if any(ord(c) > 127 for c in plain) else "7bit",
                       flowed=True)
        hp = text_part(html, "html", "UTF-8", "8bit" if any(ord(c) > 127 for c in html) else "7bit")
        part = multipart("alternative", [pp, hp], bnd)
    else:
        text = flow(plain)
        cs = s.charset or "UTF-8"
        part = text_part(text, "plain", cs, s.cte or ("8bit" if any(ord(c) > 127 for c in text) else "7bit"),
                         flowed=True)
    if s.att:
        part = with_attachments(s, part, rng, "------------%s" % rs(rng, 24, ALNUM),
                                preamble="This is a multi-part message in MIME format.")
    return assemble(lines, part)


# ---------------------------------------------------------------- Samsung Email (Gmail SMTP)
def samsung(s):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    helo = "mail-%s-f%d.google.com" % (rng.choice(["qk1", "io1", "oi1"]), rng.randint(41, 199))
    ip = "209.85.%d.%d" % (rng.randint(128, 223), rng.randint(2, 250))
    lines = sender_chain(s, rng, when, helo, helo, ip, dom, "20230601", s.frm[1])
    lines.append(dkim(rng, dom, "20230601", when, "importance:to:subject:message-id:date:from:in-reply-to:references"
                                                  "\r\n         :mime-version:from:to:cc:subject:date:message-id:reply-to"))
    lines.append("X-Gm-Message-State: AOJu0Y%s" % b64blob(rng, 60))
    lines.append("X-Google-Smtp-Source: AGHT+IF%s" % b64blob(rng, 60))
    lines.append("Received: from [10.%d.%d.%d] ([174.%d.%d.%d])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n"
                 "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
                 "        %s" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), rng.randint(192, 255),
                                 rng.randint(0, 255), rng.randint(1, 254), rs(rng, 20, ALNUM), MBOX[s.box],
                                 rfc_date(when)))
    lines.append("Date: %s" % rfc_date(when))
    lines.append("Importance: normal")
    lines.append("From: %s" % frm_hdr(s))
    lines.append("To: %s" % to_header(s))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj, "UTF-8", "B"))
    if not s.no_msgid:
        lines.append("Message-ID: <%s.%s@email.android.com>" % (rs(rng, 8, HEX), rs(rng, 4, HEX)))
    refs = irt(s)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("References: %s" % refs[-1])
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("X-Priority: 3")
    plain = compose_plain(s, "samsung", "samsung", sep="")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">%s</div>%s</body></html>' % ("<br>".join(esc(x) for x in s.text.rstrip("\n").split("\n")),
                                                          compose_html(s, "", "samsung", "samsung", "")))
    bnd = "--_com.samsung.android.email_%d%d" % (epoch(when) * 1000, rng.randint(100000, 999999))
    pp = text_part(plain, "plain", "utf-8", "base64")
    hp = text_part(html, "html", "utf-8", "base64")
    part = multipart("alternative", [pp, hp], bnd)
    return assemble(lines, part)


# ---------------------------------------------------------------- Proton
def proton(s):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    helo = "mail-%d.protonmail.ch" % rng.choice([4316, 4317, 10628, 24416])
    ip = "185.70.%d.%d" % (rng.randint(40, 43), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, helo, helo, ip, dom, "protonmail3", s.frm[1],
                         policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
    lines.append(dkim(rng, dom, "protonmail3", when,
                      "From:To:Subject:Message-ID:In-Reply-To:References:Feedback-ID:From:To:Cc:Date:Subject:"
                      "Reply-To:Feedback-ID:Message-ID:BIMI-Selector", indent="\t"))
    lines.append("Date: %s" % rfc_date(utc(when)))
    lines.append("To: %s" % to_header(s, mode_name=False))
    lines.append("From: %s" % frm_hdr(s))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj))
    if not s.no_msgid:
        lines.append("Message-ID: <%s=@proton.me>" % b64blob(rng, 86).replace("/", "_").replace("+", "-"))
    refs = irt(s)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("References: %s" % " ".join(refs))
    lines.append("Feedback-ID: %d:user:proton" % rng.randint(10 ** 7, 10 ** 8))
    lines.append("X-Pm-Message-ID: %s" % rs(rng, 40, HEX))
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    plain = compose_plain(s, "proton", "proton", sep="\n\n")
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>'
            '<div class="protonmail_signature_block protonmail_signature_block-empty"></div>%s' % (
                "".join("<div>%s</div>" % (esc(x) or "<br>") for x in s.text.rstrip("\n").split("\n")),
                compose_html(s, "", "proton", "proton", "<br>")))
    bnd = "b1=_%s" % rs(rng, 43, ALNUM)
    pp = text_part(plain, "plain", "utf-8", "quoted-printable")
    hp = text_part(html, "html", "utf-8", "base64")
    part = multipart("alternative", [pp, hp], bnd)
    return assemble(lines, part)


# ---------------------------------------------------------------- mutt (hand-written inline replies)
def mutt(s):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    host = s.isp or "mail." + dom
    ip = "%d.%d.%d.%d" % (rng.choice([45, 50, 71]), rng.randint(1, 255), rng.randint(1, 255), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, host, host, ip, dom, "mail", s.frm[1])
    lines.append("Received: by %s (Postfix, from userid 1000)\r\n\tid %s; %s" % (
        host, rs(rng, 10, "0123456789ABCDEF"), rfc_date(when)))
    lines.append(dkim(rng, dom, "mail", when, "Date:From:To:Subject:References:In-Reply-To", indent="\t"))
    lines.append("Date: %s" % rfc_date(when))
    lines.append("From: %s" % frm_hdr(s))
    lines.append("To: %s" % to_header(s))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj))
    if not s.no_msgid:
        lines.append("Message-ID: <%s@%s>" % (rs(rng, 16, ALNUM), s.pcname or "thinkpad"))
    refs = irt(s)
    if refs:
        lines.append("References: %s" % " ".join(refs))
        lines.append("In-Reply-To: %s" % refs[-1])
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("Content-Disposition: inline")
    lines.append("User-Agent: Mutt/2.2.13 (2024-03-09)")
    text = s.text if s.inline else compose_plain(s, "mutt", "mutt")
    text = hardwrap(text, 72) if not s.nowrap else text
    cs = "us-ascii" if all(ord(c) < 128 for c in text) else "utf-8"
    part = text_part(text, "plain", cs, "7bit" if cs == "us-ascii" else "8bit")
    return assemble(lines, part)


# ---------------------------------------------------------------- webmail: Roundcube / Zimbra / OX / Horde
def _webmail_chain(s, rng, when, host_in):
    dom = s.frm[1].split("@")[1]
    ip = "%d.%d.%d.%d" % (rng.choice([64, 69, 173, 208]), rng.randint(1, 255), rng.randint(1, 255), rng.randint(1, 254))
    lines = sender_chain(s, rng, when, host_in, host_in, ip, dom, s.dkim_sel or "default", s.frm[1],
                         dkim_ok=s.dkim_res or "pass")
    return lines


def roundcube(s):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    host = s.isp or "mail." + dom
    lines = _webmail_chain(s, rng, when, host)
    lines.append("Received: from webmail.%s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n"
                 "\tfor <%s>; %s" % (dom, host, rs(rng, 10, "0123456789ABCDEF"), MBOX[s.box], rfc_date(when)))
    lines.append("MIME-Version: 1.0")
    lines.append("Date: %s" % rfc_date(when, pad=False).replace(" %d " % when.day, " %02d " % when.day, 1))
    lines.append("From: %s" % frm_hdr(s))
    lines.append("To: %s" % to_header(s, mode_name=False))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj))
    refs = irt(s)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("References: %s" % " ".join(refs))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    lines.append("User-Agent: Roundcube Webmail/1.6.%d" % rng.randint(6, 11))
    if not s.no_msgid:
        lines.append("Message-ID: <%s@%s>" % (rs(rng, 32, HEX), dom))
    lines.append("X-Sender: %s" % s.frm[1])
    lines.append("@CT@")
    plain = compose_plain(s, "roundcube", "roundcube", sep="\n\n")
    bnd = "=_%s" % rs(rng, 32, HEX)
    html_body = compose_html(s, s.html or lines_html(s.text, "p"), "roundcube", "roundcube", "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n%s\n</body></html>\n' % html_body)
    if s.html_only:
        part = text_part(html, "html", "UTF-8", s.cte or "quoted-printable", cs_quote=False)
        part.headers.insert(0, "Content-Type: text/html; charset=UTF-8")
        part.headers.pop(1)
    else:
        pp = text_part(flow(plain), "plain", "UTF-8", s.cte or "quoted-printable", flowed=True, cs_quote=False)
        hp = text_part(html, "html", "UTF-8", "quoted-printable", cs_quote=False)
        part = multipart("alternative", [pp, hp], bnd)
    part = with_attachments(s, part, rng, "=_%s" % rs(rng, 32, HEX))
    return assemble(lines, part)


def zimbra(s):
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    host = s.isp or "smtp.%s" % dom
    lines = _webmail_chain(s, rng, when, host)
    lines.append("Received: from mailstore%02d.%s (mailstore%02d.%s [10.%d.%d.%d])\r\n\tby %s (Postfix) with ESMTP"
                 " id %s;\r\n\t%s" % (rng.randint(1, 30), dom, rng.randint(1, 30), dom, rng.randint(0, 255),
                                     rng.randint(0, 255), rng.randint(1, 254), host, rs(rng, 10, "0123456789ABCDEF"),
                                     rfc_date(when)))
    lines.append("Date: %s (%s)" % (rfc_date(when), "CDT" if when.utcoffset().total_seconds() == -18000 else "CST"))
    lines.append("From: %s" % frm_hdr(s))
    lines.append("To: %s" % to_header(s))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    if not s.no_msgid:
        lines.append("Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9),
                                                                  rng.randint(10 ** 6, 10 ** 8), epoch(when) * 1000 + 117, dom))
    refs = irt(s)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("References: %s" % " ".join(refs))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj))
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("X-Originating-IP: [%d.%d.%d.%d]" % (rng.randint(24, 99), rng.randint(1, 255), rng.randint(1, 255),
                                                      rng.randint(1, 254)))
    lines.append("X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC134 (Win)/9.0.0_ZEXTRAS_20240927)")
    topic = subj[4:] if subj[:4] in ("Re: ", "RE: ") else subj
    lines.append(fold_header("Thread-Topic", hdr_text(topic)))
    lines.append("Thread-Index: %s" % b64blob(rng, 28))
    new_html = s.html or lines_html(s.text, "div")
    html_body = compose_html(s, new_html, "zimbra", "zimbra", "<div><br></div>")
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>' % html_body)
    bnd = "=_%s" % str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if s.html_only:
        part = text_part(html, "html", "utf-8", s.cte or "7bit" if all(ord(c) < 128 for c in html) and
                         max(len(x) for x in html.split("\n")) < 998 else "quoted-printable")
    else:
        plain = compose_plain(s, "zimbra", "zimbra", sep="\n\n")
        pp = text_part(plain, "plain", "utf-8", "7bit" if cte_for(plain, "utf-8") == "7bit" else "quoted-printable")
        hp = text_part(html, "html", "utf-8", "quoted-printable")
        part = multipart("alternative", [pp, hp], bnd)
    part = with_attachments(s, part, rng, "=_%s" % str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    return assemble(lines, part)


def ox(s):
    """Comcast / Xfinity Connect (Open-Xchange App Suite)."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    host = "resomta-h%dp-%d.sys.comcast.net" % (rng.randint(1, 2), rng.randint(550000, 559999))
    lines = _webmail_chain(s, rng, when, host)
    lines.append("Received: from oxapp-hoa-%02do.email.comcast.net ([%d.%d.%d.%d])\r\n\tby %s with ESMTPA\r\n"
                 "\tid %s; %s" % (rng.randint(1, 60), 96, rng.randint(96, 118), rng.randint(0, 255), rng.randint(1, 254),
                                 host, rs(rng, 16, ALNUM), rfc_date(utc(when))))
    lines.append(dkim(rng, "comcast.net", "20190202a", when, "Received:Received:Date:From:To:Message-ID:Subject:"
                                                            "MIME-Version:Content-Type", indent="\t"))
    lines.append("X-Xfinity-VAAS: %s" % b64blob(rng, 60))
    lines.append("X-Xfinity-VMeta: sc=-100.00;st=legit")
    lines.append("Date: %s (%s)" % (rfc_date(when), "CDT" if when.utcoffset().total_seconds() == -18000 else "CST"))
    lines.append("From: %s" % frm_hdr(s))
    lines.append("To: %s" % to_header(s, mode_name=False))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    if not s.no_msgid:
        lines.append("Message-ID: <%d.%d.%d@connect.xfinity.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9),
                                                                    rng.randint(10 ** 5, 10 ** 6), epoch(when) * 1000 + 4))
    refs = irt(s)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("References: %s" % " ".join(refs))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj))
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("X-Priority: 3")
    lines.append("Importance: Normal")
    lines.append("X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % rng.randint(55, 70))
    lines.append("X-Originating-Client: open-xchange-appsuite")
    new_html = s.html or lines_html(s.text, "div")
    body = compose_html(s, new_html, "ox", "ox", "<div>&nbsp;</div>")
    html = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  %s\n </body>\n</html>'
            % body)
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 2 * 10 ** 9), epoch(when) * 1000)
    if s.html_only:
        part = text_part(html, "html", "UTF-8", s.cte or "quoted-printable")
    else:
        plain = compose_plain(s, "ox", "ox", sep="\n\n")
        pp = text_part(plain, "plain", "UTF-8", "quoted-printable")
        hp = text_part(html, "html", "UTF-8", "quoted-printable")
        part = multipart("alternative", [pp, hp], bnd)
    return assemble(lines, part)


def horde(s):
    """Horde IMP at a small-town telephone co-op ISP; charset often iso-8859-1."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    host = s.isp or "mail." + dom
    lines = _webmail_chain(s, rng, when, host)
    lines.append("Received: from webmail.%s (webmail.%s [10.1.%d.%d])\r\n\tby %s (Postfix) with ESMTPA id %s;\r\n\t%s" % (
        dom, dom, rng.randint(0, 255), rng.randint(1, 254), host, rs(rng, 10, "0123456789ABCDEF"), rfc_date(when)))
    lines.append("Date: %s" % rfc_date(when))
    if not s.no_msgid:
        lines.append("Message-ID: <%s-%s@webmail.%s>" % (epoch(when), rs(rng, 20, ALNUM), dom))
    lines.append("From: %s" % frm_hdr(s, s.charset or "iso-8859-1", "Q"))
    lines.append("To: %s" % to_header(s, mode_name=False))
    subj = subject_of(s, "default")
    lines.append(subj_hdr(s, subj, s.charset or "iso-8859-1", "Q"))
    refs = irt(s)
    if refs:
        lines.append("In-Reply-To: %s" % refs[-1])
        lines.append("References: %s" % " ".join(refs))
    lines.append("User-Agent: Horde Application Framework 5")
    lines.append("@CT@")
    lines.append("MIME-Version: 1.0")
    lines.append("Content-Disposition: inline")
    plain = compose_plain(s, "roundcube", "roundcube")
    cs = s.charset or "iso-8859-1"
    part = text_part(hardwrap(plain, 76), "plain", cs, s.cte or "quoted-printable", flowed=True, delsp=True)
    part.headers[0] = "Content-Type: text/plain; charset=%s; format=flowed; DelSp=Yes" % cs
    return assemble(lines, part)


# ---------------------------------------------------------------- our web form relay
def webform(s):
    rng = seeded(s.n)
    when = local(s.date, -6)
    rcpt = MBOX[s.box]
    lines = ["Return-Path: <bounce-webforms@alliantenergy.com>", "Delivered-To: %s" % rcpt]
    hops, t = top_chain(rng, rcpt, when, "web%02d.alliantenergy.com" % rng.randint(1, 4),
                        "web%02d.alliantenergy.com" % rng.randint(1, 4), "10.60.2.%d" % rng.randint(10, 40), mx="mx1")
    lines += hops
    lines.append(auth_results(rng, "mx1", "alliantenergy.com", "web2024", "10.60.2.%d" % rng.randint(10, 40),
                              "bounce-webforms@alliantenergy.com", "alliantenergy.com"))
    lines.append(dkim(rng, "alliantenergy.com", "web2024", when, "Date:From:Reply-To:To:Subject:Message-ID"))
    lines.append("Date: %s" % rfc_date(when))
    lines.append("From: %s" % (s.frm_raw or "Alliant Energy Website <noreply@alliantenergy.com>"))
    lines.append("To: %s" % rcpt)
    lines.append("Reply-To: %s" % s.reply_to)
    lines.append(subj_hdr(s, s.subject))
    lines.append("Message-ID: <%s@alliantenergy.com>" % rs(rng, 32, ALNUM))
    lines.append("X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    lines.append("X-Form-ID: %s" % (s.formid or "contact-us-v3"))
    lines.append("MIME-Version: 1.0")
    if s.html_form:
        part = text_part(s.html_form, "html", "UTF-8", "quoted-printable")
        part.headers[0] = "Content-Type: text/html; charset=UTF-8"
    else:
        part = text_part(s.text, "plain", "UTF-8", "8bit" if any(ord(c) > 127 for c in s.text) else "quoted-printable")
        part.headers[0] = "Content-Type: text/plain; charset=UTF-8"
    return assemble(lines, part)


PROFILES = {
    "gmail": gmail, "outlook_biz": outlook_biz, "outlook_com": outlook_com, "outlook_smtp": outlook_smtp,
    "wlm": wlm, "yahoo": yahoo, "aol": aol, "apple": apple, "iphone": iphone, "thunderbird": thunderbird,
    "samsung": samsung, "proton": proton, "mutt": mutt, "roundcube": roundcube, "zimbra": zimbra, "ox": ox,
    "horde": horde, "webform": webform,
}


def render(s):
    return PROFILES[s.client](s)
