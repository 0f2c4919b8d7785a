"""Mail-provider profiles: the trace headers, client headers, quoting style and MIME
layout that real webmail / phone / desktop clients produce.  Used for mail written by people.
"""
import datetime as _dt

from mailkit import (roundcube_attr, thunderbird_attr, ox_attr, fwd_yahoo, fwd_ox)
from mailkit import (UTC, CST, PST, Part, addr, b64blob, esc, fold_b64, fwd_gmail, gmail_attr, apple_attr,
                     yahoo_attr, outlook_block, outlook_desktop_block, gt_quote, html_lines, leaf, multipart,
                     ms, postfix_qid, rfcdate, rs, unix, uuid_like, ALNUM, HEXL, HEXU, BOX_ADDR, ew)
import ours

# --------------------------------------------------------------------------- our inbound trace

def our_trace(rng, box, env_from, helo, rdns, ip, t_arrive, auth_domain, dkim_sel, dkim_ok=True, spf="pass",
              dmarc="pass", spam_score=None, tls=True):
    mx = rng.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.40.8.21", "mx2": "10.40.8.22"}[mx]
    t_mx = t_arrive.astimezone(CST)
    t_mbx = t_mx + _dt.timedelta(seconds=rng.randint(0, 2))
    rcpt = BOX_ADDR[box]
    h = []
    h.append(("Return-Path", "<%s>" % env_from if env_from else "<>"))
    h.append(("Delivered-To", rcpt))
    h.append(("Received", "from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" %
              (mx, mx, mxip, postfix_qid(rng), rcpt, rfcdate(t_mbx, pad=True, comment="CST"))))
    if spam_score is None:
        spam_score = rng.choice(["-0.1", "-0.2", "0.0", "-1.9", "0.3", "-0.0"])
    h.append(("X-Spam-Status", "No, score=%s required=6.0 tests=DKIM_SIGNED,DKIM_VALID,SPF_PASS\n\tautolearn=ham autolearn_force=no version=4.0.1" % spam_score
              if dkim_ok else "No, score=%s required=6.0 tests=SPF_HELO_NONE,SPF_PASS\n\tautolearn=no autolearn_force=no version=4.0.1" % spam_score))
    h.append(("X-Spam-Checker-Version", "SpamAssassin 4.0.1 (2024-03-26) on mx%s.alliant-energy.com" % mx[-1]))
    if auth_domain:
        h.append(("Authentication-Results", "%s.alliant-energy.com; dmarc=%s (p=%s dis=none) header.from=%s" %
                  (mx, dmarc, rng.choice(["none", "reject", "quarantine"]) if dmarc == "pass" else "none", auth_domain)))
        if dkim_ok and dkim_sel:
            h.append(("Authentication-Results", "%s.alliant-energy.com;\n\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s;\n\tdkim-atps=neutral" %
                      (mx, auth_domain, auth_domain, dkim_sel, rs(rng, 8, ALNUM))))
        h.append(("Authentication-Results", "%s.alliant-energy.com; spf=%s smtp.mailfrom=%s" %
                  (mx, spf, env_from.split("@")[-1] if env_from else helo)))
    h.append(("Received-SPF", "%s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s" %
              (spf.capitalize(), ip, helo, env_from or "<>", rcpt)))
    h.append(("Received", "from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s" %
              (helo, rdns, ip, mx, "ESMTPS" if tls else "ESMTP", postfix_qid(rng), rcpt, rfcdate(t_mx, pad=True, comment="CST"))))
    return h


# --------------------------------------------------------------------------- quoting of our mail

class Quote:
    """What a reply/forward refers to."""

    def __init__(self, kind, rng, n=None, ref=None, dt=None, to_addr=None, extra=None):
        self.kind = kind
        self.extra = extra or {}
        if kind == "day":
            self.dt = ours.day_dt(n)
            self.frm = ours.PH_FROM
            self.subject = ours.day_subject(n)
            self.msgid = ours.day_msgid(n, rng)
            self.text = ours.day_text(n)
        elif kind == "tstat":
            self.dt = ours.TSTAT_DT
            self.frm = ours.CC_FROM
            self.subject = ours.TSTAT_SUBJ
            self.msgid = ours.tstat_msgid(rng)
            self.text = ours.TSTAT_TEXT
        elif kind == "nl":
            self.dt = ours.NL_DT
            self.frm = ours.CC_FROM
            self.subject = ours.NL_SUBJ
            self.msgid = ours.nl_msgid(rng)
            self.text = ours.NL_TEXT
        elif kind == "ack":
            self.dt = dt
            self.frm = ours.ACK_FROM
            self.subject = ours.ack_subject(ref)
            self.msgid = ours.ack_msgid(ref)
            self.text = ours.ack_text(ref, dt)
        elif kind == "outage":
            self.dt = dt
            self.frm = ours.ALERT_FROM
            self.subject = self.extra.get("subject", "Outage alert: power outage at your address")
            self.msgid = ours.outage_msgid(rng)
            self.text = ours.outage_text(self.extra["area"], self.extra["when"], self.extra["status"])
        elif kind == "bill":
            self.dt = dt
            self.frm = ours.BILL_FROM
            self.subject = "Your Alliant Energy bill is ready"
            self.msgid = ours.bill_msgid(rng)
            self.text = ours.bill_text(self.extra["last4"], self.extra["amount"], self.extra["due"])
        else:
            raise ValueError(kind)
        self.to_addr = to_addr


def _from_name(frm):
    return frm.split(" <")[0]


def _from_addr(frm):
    return frm.split("<")[1].rstrip(">")


# --------------------------------------------------------------------------- provider profiles

def _gmail_dkim(rng, t, hlist):
    b = b64blob(rng, 342) + "=="
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n        h=%s;\n        bh=%s=;\n%s" %
            (unix(t), unix(t) + 604800, hlist, b64blob(rng, 43), fold_b64("        b=", b, 72, "        ")))


def build_human(spec, rng):
    """spec: dict (see messages).  Returns raw bytes (LF line ends; caller converts to CRLF)."""
    prov = spec["prov"]
    box = spec["box"]
    t_local = spec["dt"]
    t_utc = t_local.astimezone(UTC)
    t_arrive = t_utc + _dt.timedelta(seconds=rng.randint(2, 9))
    disp, address = spec["frm"]
    charset = spec.get("charset", "utf-8")
    frm_hdr = spec.get("from_hdr") or addr(disp, address, charset="utf-8", enc=spec.get("name_enc", "Q"))
    to_hdr = spec.get("to") or {"customercare": "customercare@alliant-energy.com",
                                "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}[box]
    subject = spec.get("subject", "")
    q = spec.get("quote")          # Quote or None
    fwd = spec.get("fwd", False)
    text = spec["text"]
    domain = address.split("@")[1]
    _BTIME[0] = unix(t_utc) * 1000
    if charset == "utf-8" and prov in ("gmail", "gmail_android", "yahoo", "yahoo_mobile", "aol", "comcast"):
        charset = "UTF-8"
    if prov in ("icloud", "gmail_ios") and spec.get("fmt") == "plain" and charset == "utf-8":
        try:
            text.encode("ascii")
            charset = "us-ascii"
        except UnicodeEncodeError:
            pass

    # ---- new text + quoted part in the provider's style
    style = spec.get("qstyle") or {"gmail": "gmail", "gmail_android": "gmail", "gmail_ios": "apple", "icloud": "apple",
                                   "yahoo": "yahoo", "yahoo_mobile": "yahoo", "aol": "yahoo", "outlook": "outlook",
                                   "m365": "outlook", "comcast": "ox", "roundcube": "roundcube",
                                   "thunderbird": "thunderbird", "proton": "gmail", "webform": "none"}[prov]
    plain = text
    html_new = spec.get("html") or html_lines(text)
    html_q = ""
    if q is not None:
        if fwd:
            if style == "outlook":
                blk = outlook_block(q.dt, q.frm.replace("<", "<").replace(">", ">"), q.to_addr or address, q.subject)
                plain = text + "\n\n" + blk + "\n\n" + q.text
                html_q = ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">%s</div>\n<div>%s</div>' %
                          (html_lines(blk), html_lines(q.text)))
            elif style in ("yahoo", "ox"):
                fn = fwd_yahoo if style == "yahoo" else fwd_ox
                blk = fn(q.dt, "%s <%s>" % (_from_name(q.frm), _from_addr(q.frm)), q.to_addr or address, q.subject)
                plain = text + "\n\n\n" + blk + "\n\n" + q.text
                html_q = '<br><br><div class="fwd">%s<br><br>%s</div>' % (html_lines(blk), html_lines(q.text))
            else:
                blk = fwd_gmail(q.dt, "%s <%s>" % (_from_name(q.frm), _from_addr(q.frm)), q.to_addr or address, q.subject)
                plain = text + "\n\n" + blk + "\n\n\n" + q.text
                html_q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s</div><br><br>%s</div>' %
                          (html_lines(blk), html_lines(q.text)))
        elif style == "gmail":
            attr = gmail_attr(q.dt, "%s <%s>" % (_from_name(q.frm), _from_addr(q.frm)))
            plain = (text + "\n\n" if text else "\n") + attr + "\n\n" + gt_quote(q.text)
            html_q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' %
                      (esc(attr), html_lines(q.text)))
        elif style in ("roundcube", "thunderbird", "ox"):
            if style == "roundcube":
                attr = roundcube_attr(q.dt, _from_name(q.frm), _from_addr(q.frm))
            elif style == "thunderbird":
                attr = thunderbird_attr(q.dt, _from_name(q.frm))
            else:
                attr = ox_attr(q.dt, "%s <%s>" % (_from_name(q.frm), _from_addr(q.frm)))
            if style == "ox":
                plain = (text + "\n\n" if text else "\n") + gt_quote(attr + "\n\n" + q.text)
            else:
                plain = (text + "\n\n" if text else "\n") + attr + "\n" + gt_quote(q.text)
            html_q = ('<p>%s</p><blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">%s</blockquote>' %
                      (esc(attr), html_lines(q.text)))
        elif style == "apple":
            attr = apple_attr(q.dt, "%s <%s>" % (_from_name(q.frm), _from_addr(q.frm)))
            plain = (text + "\n\n" if text else "\n") + attr + "\n\n" + gt_quote(q.text)
            html_q = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>' %
                      (esc(attr), html_lines(q.text)))
        elif style == "yahoo":
            attr = yahoo_attr(q.dt, "%s <%s>" % (_from_name(q.frm), _from_addr(q.frm)))
            plain = (text + "\n\n" if text else "\n") + "    " + attr + "  \n\n" + q.text
            html_q = ('<div id="ydp%sSignature"></div><div class="yahoo_quoted" id="yahoo_quoted_%s"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>%s</div></div>' %
                      (rs(rng, 8, HEXL), rs(rng, 10, "0123456789"), esc(attr), html_lines(q.text)))
        elif style == "outlook":
            blk = outlook_block(q.dt, q.frm, q.to_addr or address, q.subject)
            plain = text + "\n\n" + blk + "\n\n" + q.text
            html_q = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div>\n<div>%s</div>' %
                      (html_lines(blk).replace("<div>", "").replace("</div>", "<br>"), html_lines(q.text)))
        elif style == "outlook_desktop":
            blk = outlook_desktop_block(q.dt, q.frm, q.to_addr or address, q.subject)
            plain = text + "\n\n" + blk + "\n\n" + q.text
            html_q = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">%s</p></div>%s' % (
                esc(blk).replace("\n", "<br>\n"), html_lines(q.text, tag="p"))

    if html_q and not prov.startswith("gmail"):
        html_q = (html_q.replace(' class="gmail_quote gmail_quote_container"', ' class="quote"')
                  .replace(' class="gmail_attr"', '').replace(' class="gmail_quote"', ' type="cite"'))
    # ---- body part(s)
    fmt = spec.get("fmt", "alt")
    cte = spec.get("cte", "auto")
    if spec.get("body_part") is not None:
        body = spec["body_part"]
    else:
        if fmt == "plain":
            body = leaf(plain, "plain", charset, cte, cs_quote=spec.get("cs_quote", prov not in ("icloud", "gmail_ios")),
                        extra_params=spec.get("ct_extra", ""))
        else:
            if prov in ("icloud", "gmail_ios"):
                hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                        '<body dir="auto"><div dir="ltr">%s</div>%s</body></html>' % (html_new, html_q))
            elif prov in ("outlook", "m365"):
                hdoc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n%s\n</body>\n</html>' %
                        (charset, html_new, html_q))
            elif prov in ("yahoo", "yahoo_mobile", "aol"):
                hdoc = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">%s%s</div></body></html>' %
                        (rs(rng, 8, HEXL), html_new, html_q))
            elif prov == "thunderbird":
                hdoc = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n%s\n%s\n  </body>\n</html>' %
                        (html_new.replace("<div>", "<p>").replace("</div>", "</p>"), html_q))
            else:
                hdoc = '<div dir="ltr">%s</div>%s' % (html_new, html_q)
            if fmt == "html":
                body = leaf(hdoc, "html", charset, cte)
            else:
                p1 = leaf(plain, "plain", charset, cte)
                p2 = leaf(hdoc, "html", charset, spec.get("html_cte", cte))
                body = multipart("alternative", [p1, p2], _boundary(prov, rng))
        if spec.get("attachments"):
            body = multipart("mixed", [body] + spec["attachments"], _boundary(prov, rng))

    # ---- headers
    in_reply = None
    refs = None
    if q is not None and not fwd:
        in_reply = q.msgid
        refs = q.msgid
    if spec.get("in_reply_to"):
        in_reply = spec["in_reply_to"]
        refs = spec.get("references", in_reply)
    reply_to = spec.get("reply_to")
    subj_hdr = ew(subject, "utf-8", spec.get("subj_enc", "Q")) if subject is not None else None

    f = globals()["_prov_" + prov.replace("gmail_android", "gmail").replace("gmail_ios", "gmailios").replace("yahoo_mobile", "yahoo")]
    hdrs = f(spec, rng, t_local, t_utc, t_arrive, address, frm_hdr, to_hdr, subj_hdr, in_reply, refs, reply_to, body, box)
    for extra in spec.get("extra_headers", []):
        hdrs.append(extra)
    top = Part(hdrs + body.headers, body.body, body.parts, body.boundary)
    return top.render()


_BTIME = [0]


def _boundary(prov, rng):
    if prov.startswith("gmail") or prov in ("comcast_", "proton_"):
        return "000000000000" + rs(rng, 16, HEXL)
    if prov in ("icloud",):
        return "Apple-Mail-" + uuid_like(rng)
    if prov in ("yahoo", "yahoo_mobile", "aol", "comcast"):
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(10000000, 999999999), _BTIME[0] + rng.randint(0, 900))
    if prov in ("outlook", "m365"):
        return "_000_%s_" % rs(rng, 30, HEXU + "ABCDEFGHJKMNPQRSTVWXYZ")
    if prov == "thunderbird":
        return "------------" + rs(rng, 24, ALNUM)
    if prov == "proton":
        return "b1=_" + rs(rng, 40, ALNUM)
    return "=_" + rs(rng, 32, HEXL)


def _common_tail(hdrs, in_reply, refs, reply_to):
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    if in_reply:
        hdrs.append(("In-Reply-To", in_reply))
        hdrs.append(("References", refs))


def _prov_gmail(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    ip = "209.85.220.%d" % rng.choice([41, 43, 65, 69, 73, 97, 173, 177, 181])
    helo = "mail-sor-f%d.google.com" % int(ip.split(".")[-1])
    hd = "to:subject:message-id:date:from:%smime-version:from:to:cc:subject:date:message-id:reply-to" % (
        "in-reply-to:references:" if irt else "")
    dom = address.split("@")[1]
    sel = "20230601" if dom == "gmail.com" else "google"
    h = our_trace(rng, box, address, helo, helo, ip, ta, dom, sel)
    h.append(("DKIM-Signature", _gmail_dkim(rng, tu, hd).replace("d=gmail.com; s=20230601", "d=%s; s=%s" % (dom, sel))))
    h.append(("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=%s;\n        bh=%s=;\n%s" %
              (unix(tu), unix(tu) + 604800, hd.replace("from:to:cc:subject:date:message-id:reply-to", "x-gm-message-state:from:to:cc:subject:date:message-id:reply-to"),
               b64blob(rng, 43), fold_b64("        b=", b64blob(rng, 342) + "==", 72, "        "))))
    h.append(("X-Gm-Message-State", "AOJu0Y" + b64blob(rng, 60) + "\n\t" + b64blob(rng, 20)))
    h.append(("X-Google-Smtp-Source", "AGHT+IE" + b64blob(rng, 80) + "=="))
    xr_id = "%s-%smr%d%s.%d.%d" % (rs(rng, 13, HEXL), rs(rng, 5, HEXL), rng.randint(10 ** 8, 10 ** 9), rs(rng, 3, "abcdefghijklmnopqrstuvwxyz"),
                                    rng.randint(1, 40), ms(tu, rng))
    h.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" %
              (rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 3, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), xr_id,
               rfcdate(tu.astimezone(PST), zero=True, comment="PST"))))
    if spec["prov"] == "gmail_android":
        h.append(("Received", "by 2002:a05:6a11:%s:b0:%s:%s:%s with HTTP; %s" %
                  (rs(rng, 4, HEXL), rs(rng, 3, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rfcdate(tu.astimezone(PST), zero=True, comment="PST"))))
    h.append(("MIME-Version", "1.0"))
    tmp = []
    _common_tail(tmp, irt, refs, rt)
    if irt:
        h += [x for x in tmp if x[0] in ("References", "In-Reply-To")][::-1]
    h.append(("From", frm))
    h.append(("Date", rfcdate(tl)))
    h.append(("Message-ID", spec.get("msgid") or "<CA%s@mail.gmail.com>" % (rng.choice(["+", "P", "J", "K", "L", "M", "F"]) + b64blob(rng, rng.randint(48, 58)).replace("/", "_") + "=")))
    if subj is not None:
        h.append(("Subject", subj))
    h.append(("To", to))
    if spec.get("cc"):
        h.append(("Cc", spec["cc"]))
    if rt:
        h.append(("Reply-To", rt))
    return h


def _prov_gmailios(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    # iPhone Mail app sending through a Gmail account
    ip = "209.85.220.%d" % rng.choice([41, 65, 97, 173])
    helo = "mail-sor-f%d.google.com" % int(ip.split(".")[-1])
    h = our_trace(rng, box, address, helo, helo, ip, ta, address.split("@")[1], "20230601")
    hd = "to:%sdate:message-id:subject:mime-version:from:content-transfer-encoding:from:to:cc:subject:date:message-id:reply-to" % (
        "references:in-reply-to:" if irt else "")
    h.append(("DKIM-Signature", _gmail_dkim(rng, tu, hd)))
    h.append(("X-Gm-Message-State", "AOJu0Y" + b64blob(rng, 60)))
    h.append(("X-Google-Smtp-Source", "AGHT+IF" + b64blob(rng, 80) + "=="))
    h.append(("X-Received", "by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" %
              (rs(rng, 4, HEXL), rs(rng, 3, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 12, HEXL),
               rfcdate(tu.astimezone(PST), zero=True, comment="PST"))))
    h.append(("Received", "from smtpclient.apple ([2600:1700:%s:%s:%s:%s:%s:%s])\n        by smtp.gmail.com with ESMTPSA id %s.%d.2026.12.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" %
              (rs(rng, 4, HEXL), rs(rng, 3, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL),
               rs(rng, 12, HEXL), rng.randint(1, 9), tu.astimezone(PST).day, tu.astimezone(PST).hour, tu.minute, tu.second,
               BOX_ADDR[box], rfcdate(tu.astimezone(PST), zero=True, comment="PST"))))
    _apple_client(spec, rng, tl, address, frm, to, subj, irt, refs, rt, body, h, address.split("@")[1])
    return h


def _apple_client(spec, rng, tl, address, frm, to, subj, irt, refs, rt, body, h, mid_domain):
    h.append(("From", frm))
    xm = spec.get("xmailer", "iPhone Mail (22B91)")
    if xm.startswith("Apple Mail"):
        h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % xm.split("(")[1].rstrip(")")))
    else:
        h.append(("Mime-Version", "1.0 (1.0)"))
    h.append(("Date", rfcdate(tl)))
    if subj is not None:
        h.append(("Subject", subj))
    h.append(("Message-Id", spec.get("msgid") or "<%s@%s>" % (uuid_like(rng), mid_domain)))
    if irt:
        h.append(("References", refs))
        h.append(("In-Reply-To", irt))
    if rt:
        h.append(("Reply-To", rt))
    h.append(("To", to))
    h.append(("X-Mailer", spec.get("xmailer", "iPhone Mail (22B91)")))


def _prov_icloud(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    host = "st43p00im-ztfb1006%04d.me.com" % rng.randint(1000, 9999)
    ip = "17.58.63.%d" % rng.randint(160, 190)
    h = our_trace(rng, box, address, host, host, ip, ta, "icloud.com" if "icloud" in address or "me.com" in address else address.split("@")[1], "1a1hai")
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;\n\ts=1a1hai; t=%d;\n\tbh=%s=;\n\th=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From;\n%s" %
              (unix(tu), b64blob(rng, 43), fold_b64("\tb=", b64blob(rng, 342) + "==", 72, "\t "))))
    h.append(("Received", "from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" %
              (host, rs(rng, 11, HEXU), BOX_ADDR[box], rfcdate(tu, pad=True, comment="UTC"))))
    _apple_client(spec, rng, tl, address, frm, to, subj, irt, refs, rt, body, h, "icloud.com")
    return h


def _prov_yahoo(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    dom = address.split("@")[1]
    n = rng.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, rng.randint(10, 40), rng.choice(["bf2", "gq1", "ne1"]))
    ip = "74.6.%d.%d" % (rng.randint(128, 135), rng.randint(30, 250))
    h = our_trace(rng, box, address, host, host, ip, ta, dom, "s2048" if dom != "aol.com" else "a2048")
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=Date:From:To:Subject:%sFrom:Subject:Reply-To;\n%s" %
              (dom, "s2048" if dom != "aol.com" else "a2048", unix(tu), b64blob(rng, 43),
               "In-Reply-To:References:" if irt else "References:", fold_b64(" b=", b64blob(rng, 342) + "==", 76, " "))))
    h.append(("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n%s" %
              (unix(tu), b64blob(rng, 43), fold_b64(" b=", b64blob(rng, 342) + "==", 76, " "))))
    h.append(("X-YMail-OSG", b64blob(rng, 70).replace("+", ".").replace("/", "_") + "\n " + b64blob(rng, 70).replace("+", ".").replace("/", "_")))
    h.append(("X-Sonic-MF", "<%s>" % address))
    h.append(("X-Sonic-ID", uuid_like(rng, upper=False)))
    h.append(("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, rfcdate(tu, comment=None).replace("-0000", "+0000"))))
    h.append(("Date", rfcdate(tu, comment="UTC").replace("-0000", "+0000")))
    h.append(("From", frm))
    h.append(("To", to))
    if rt:
        h.append(("Reply-To", rt))
    idn = "%d.%d.%d" % (rng.randint(100000000, 2000000000), rng.randint(100000, 9999999), ms(tu, rng))
    h.append(("Message-ID", spec.get("msgid") or "<%s@mail.yahoo.com>" % idn))
    if irt:
        h.append(("In-Reply-To", irt))
    if subj is not None:
        h.append(("Subject", subj))
    h.append(("MIME-Version", "1.0"))
    # Content-Type comes from body; Yahoo adds its ref References for new mail
    h.append(("References", (refs + " " if irt else "") + "<%s.ref@mail.yahoo.com>" % idn))
    xm = {"yahoo": "WebService/1.1.24866 YMailNorrin", "yahoo_mobile": "WebService/1.1.24866 YahooMailIosMobile",
          "aol": "WebService/1.1.24866 AolMailNorrin"}[spec["prov"]]
    h.append(("X-Mailer", xm))
    return h


def _prov_aol(*a):
    return _prov_yahoo(*a)


def _ms_msgid(rng, mbx):
    return "<%s%s@%s.namprd%s.prod.outlook.com>" % (mbx, rs(rng, 32, HEXU), mbx, mbx[5:7])


def _prov_outlook(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    dom = address.split("@")[1]
    consumer = spec["prov"] == "outlook"
    region = rng.choice(["NAM12-MW2", "NAM10-BN7", "NAM11-CO1", "NAM04-DM6"])
    num = rng.randint(2000, 2199)
    helo = "%s-obe.outbound.protection.outlook.com" % region
    ip = "40.92.%d.%d" % (rng.randint(18, 99), rng.randint(10, 250)) if consumer else "52.101.%d.%d" % (rng.randint(40, 200), rng.randint(2, 250))
    rdns = "mail-%snam%solkn%d.outbound.protection.outlook.com" % (region.split("-")[1].lower(), region[3:5], num) if consumer else \
        "mail-%snam%son%d.outbound.protection.outlook.com" % (region.split("-")[1].lower(), region[3:5], num)
    mbx = rng.choice(["SJ0PR", "CH3PR", "DM6PR", "BY5PR", "MN2PR", "PH0PR", "IA1PR"]) + rng.choice(["11", "12", "13", "19", "20"]) + "MB" + str(rng.randint(1000, 9999))
    mbx2 = rng.choice(["BL1PR", "SA1PR", "CO1PR", "DS0PR"]) + mbx[5:7] + "MB" + str(rng.randint(1000, 9999))
    h = our_trace(rng, box, address, helo, rdns, ip, ta, dom, "selector1" if consumer else "selector2")
    h.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + b64blob(rng, 340) + "=="))
    h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s==" %
              (b64blob(rng, 43), b64blob(rng, 340))))
    h.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none" if consumer else
              "i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none" % (dom, dom, dom)))
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s==" %
              (dom if consumer else dom, "selector1" if consumer else "selector2", b64blob(rng, 43), b64blob(rng, 340))))
    h.append(("Received", "from %s.namprd%s.prod.outlook.com (2603:10b6:a03:%s::%d)\n by %s.namprd%s.prod.outlook.com (2603:10b6:5:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.12; %s" %
              (mbx, mbx[5:7], rs(rng, 3, HEXL), rng.randint(2, 30), mbx2, mbx[5:7], rs(rng, 3, HEXL), rng.randint(2, 30), rfcdate(tu).replace("-0000", "+0000"))))
    h.append(("Received", "from %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%3]) by %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%3]) with mapi id 15.20.8722.010; %s" %
              (mbx, mbx[5:7], rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), mbx, mbx[5:7],
               rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rs(rng, 4, HEXL), rfcdate(tu).replace("-0000", "+0000"))))
    h.append(("From", frm))
    h.append(("To", to))
    if spec.get("cc"):
        h.append(("Cc", spec["cc"]))
    if subj is not None:
        h.append(("Subject", subj))
        h.append(("Thread-Topic", subj if not subj.lower().startswith(("re:", "fw:")) else subj.split(":", 1)[1].strip()))
    h.append(("Thread-Index", "AQH" + b64blob(rng, 25) + ("AAAAAAAAAA==" if irt else "==")))
    h.append(("Date", rfcdate(tu).replace("-0000", "+0000")))
    h.append(("Message-ID", spec.get("msgid") or _ms_msgid(rng, mbx)))
    if irt:
        h.append(("References", refs))
        h.append(("In-Reply-To", irt))
    if rt:
        h.append(("Reply-To", rt))
    h.append(("Accept-Language", "en-US"))
    h.append(("Content-Language", "en-US"))
    h.append(("X-MS-Has-Attach", "yes" if spec.get("attachments") else ""))
    h.append(("X-MS-TNEF-Correlator", ""))
    if not consumer:
        h.append(("msip_labels", ""))
        h.append(("authentication-results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % dom))
    h.append(("x-ms-publictraffictype", "Email"))
    h.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (mbx, mbx2)))
    h.append(("x-ms-office365-filtering-correlation-id", uuid_like(rng, upper=False)))
    h.append(("Content-Type", body.headers[0][1]))
    h.append(("MIME-Version", "1.0"))
    body.headers = body.headers[1:]
    return h


def _prov_m365(*a):
    return _prov_outlook(*a)


def _prov_comcast(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    host = "resomta-a1p-%06d.sys.comcast.net" % rng.randint(70000, 79999)
    ip = "96.103.146.%d" % rng.randint(20, 90)
    h = our_trace(rng, box, address, host, host, ip, ta, "comcast.net", "20190202a")
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t=%d;\n\tbh=%s=;\n\th=Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type;\n%s" %
              (unix(tu), b64blob(rng, 43), fold_b64("\tb=", b64blob(rng, 342) + "==", 72, "\t "))))
    h.append(("Received", "from resproxy-a1p-%06d.sys.comcast.net ([96.103.146.%d])\n\tby %s with ESMTPSA\n\tid %s; %s" %
              (rng.randint(10000, 99999), rng.randint(1, 250), host, rs(rng, 16, ALNUM), rfcdate(tu).replace("-0000", "+0000"))))
    h.append(("X-Xfinity-VAAS", "gggruggvucftvghtrhhoucdtuddrgeefuddrudefhedgudekucetufdoteggodetrfdotffvucfrrhhofhhilh"))
    h.append(("X-Xfinity-VMeta", "sc=0.00;st=legit"))
    h.append(("Date", rfcdate(tl, comment="CST")))
    h.append(("From", frm))
    h.append(("To", to))
    if rt:
        h.append(("Reply-To", rt))
    h.append(("Message-ID", spec.get("msgid") or "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(1000000, 9999999), rng.randint(100000, 999999), ms(tu, rng))))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs))
    if subj is not None:
        h.append(("Subject", subj))
    h.append(("MIME-Version", "1.0"))
    h.append(("X-Priority", "3"))
    h.append(("Importance", "Normal"))
    h.append(("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev72"))
    h.append(("X-Originating-Client", "open-xchange-appsuite"))
    return h


def _prov_roundcube(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    dom = address.split("@")[1]
    host = spec.get("smtp_host", "smtp.%s" % dom)
    ip = spec.get("smtp_ip", "64.%d.%d.%d" % (rng.randint(100, 250), rng.randint(1, 250), rng.randint(1, 250)))
    h = our_trace(rng, box, address, host, host, ip, ta, dom, "default")
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; d=%s;\n\ts=default; h=Content-Transfer-Encoding:Content-Type:Message-ID:%sSubject:To:\n\tFrom:Date:MIME-Version:Sender:Reply-To:Cc:Content-ID:Content-Description;\n\tbh=%s=; b=%s==;" %
              (dom, "References:In-Reply-To:" if irt else "", b64blob(rng, 43), b64blob(rng, 340))))
    h.append(("Received", "from [%s] (port=%d helo=webmail.%s)\n\tby %s with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s;\n\t%s" %
              (spec.get("client_ip", "127.0.0.1"), rng.randint(30000, 60000), dom, host, address, rs(rng, 4, ALNUM),
               rs(rng, 7, ALNUM), rs(rng, 2, ALNUM), rfcdate(tl))))
    h.append(("MIME-Version", "1.0"))
    h.append(("Date", rfcdate(tl)))
    h.append(("From", frm))
    h.append(("To", to))
    if rt:
        h.append(("Reply-To", rt))
    if subj is not None:
        h.append(("Subject", subj))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs))
    h.append(("User-Agent", "Roundcube Webmail/1.6.9"))
    h.append(("Message-ID", spec.get("msgid") or "<%s@%s>" % (rs(rng, 32, HEXL), dom)))
    h.append(("X-Sender", address))
    return h


def _prov_thunderbird(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    dom = address.split("@")[1]
    host = spec.get("smtp_host", "mail.%s" % dom)
    ip = spec.get("smtp_ip", "198.%d.%d.%d" % (rng.randint(0, 255), rng.randint(1, 250), rng.randint(1, 250)))
    h = our_trace(rng, box, address, host, host, ip, ta, dom, "mail")
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/simple; d=%s; s=mail;\n\tt=%d; bh=%s=;\n\th=Date:Subject:To:From:%s;\n\tb=%s==" %
              (dom, unix(tu), b64blob(rng, 43), "References:In-Reply-To" if irt else "Message-ID", b64blob(rng, 340))))
    h.append(("Received", "from [192.168.1.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" %
              (rng.randint(2, 200), spec.get("home_rdns", "c-73-%d-%d-%d.hsd1.wi.comcast.net" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))),
               spec.get("home_ip", "73.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))), address, host,
               rs(rng, 10, HEXU), BOX_ADDR[box], rfcdate(tl, pad=True, comment="CST"))))
    h.append(("Message-ID", spec.get("msgid") or "<%s@%s>" % (uuid_like(rng, upper=False), dom)))
    h.append(("Date", rfcdate(tl)))
    h.append(("MIME-Version", "1.0"))
    h.append(("User-Agent", spec.get("ua", "Mozilla Thunderbird")))
    h.append(("Content-Language", "en-US"))
    h.append(("To", to))
    if rt:
        h.append(("Reply-To", rt))
    h.append(("From", frm))
    if subj is not None:
        h.append(("Subject", subj))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs))
    return h


def _prov_proton(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    dom = address.split("@")[1]
    n = rng.choice([4316, 4317, 4322, 10627, 16117])
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.43.%d" % (n % 200)
    h = our_trace(rng, box, address, host, host, ip, ta, dom, "protonmail3")
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=protonmail3; t=%d; x=%d;\n\tbh=%s=;\n\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:\n\t Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector;\n%s" %
              (dom, unix(tu), unix(tu) + 259200, b64blob(rng, 43), fold_b64("\tb=", b64blob(rng, 342) + "==", 72, "\t "))))
    h.append(("Date", rfcdate(tu).replace("-0000", "+0000")))
    h.append(("To", to))
    h.append(("From", frm))
    if rt:
        h.append(("Reply-To", rt))
    if subj is not None:
        h.append(("Subject", subj))
    h.append(("Message-ID", spec.get("msgid") or "<%s=@%s>" % (b64blob(rng, 86).replace("/", "_").replace("+", "-"), dom)))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs))
    h.append(("Feedback-ID", "%d:user:proton" % rng.randint(10000000, 99999999)))
    h.append(("X-Pm-Message-ID", rs(rng, 40, HEXL)))
    h.append(("MIME-Version", "1.0"))
    return h


def _prov_webform(spec, rng, tl, tu, ta, address, frm, to, subj, irt, refs, rt, body, box):
    host = "web03.alliantenergy.com"
    h = our_trace(rng, box, address, host, host, "10.40.12.33", ta, "alliantenergy.com", "ae2024")
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com; s=ae2024;\n\tt=%d; bh=%s=;\n\th=From:To:Subject:Date:Reply-To:Message-ID;\n\tb=%s==" %
              (unix(tu), b64blob(rng, 43), b64blob(rng, 340))))
    h.append(("Received", "from localhost (localhost [127.0.0.1])\n\tby web03.alliantenergy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" %
              (rs(rng, 10, HEXU), BOX_ADDR[box], rfcdate(tl, pad=True, comment="CST"))))
    h.append(("Date", rfcdate(tl)))
    h.append(("From", frm))
    h.append(("To", to))
    h.append(("Reply-To", rt))
    h.append(("Subject", subj))
    h.append(("Message-ID", "<contactus.%s@web03.alliantenergy.com>" % rs(rng, 20, HEXL)))
    h.append(("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))
    h.append(("X-AE-Form", "contact-us v4; topic=%s" % spec.get("form_topic", "privacy")))
    h.append(("MIME-Version", "1.0"))
    return h
