"""Mail programs and providers: the headers and MIME structure each one writes, plus our own MX trace."""
import string
import uuid

from mailkit import (BOX, addr, flow, at_zone, attachment, b64tok, central_offset, dkim, enc_header, finalize, fmt,
                     fmt_nopad, fold, gt_quote_plain, HEX, hexs, html_doc, html_paras, leaf, multipart, norm,
                     parse_local, plus, qid, rng_for, tok)
from ourmail import OURMAIL

TZNAME = {-300: "CDT", -360: "CST"}


def postfix_date(d):
    """Postfix writes the day of month space-padded (strftime %e)."""
    off = central_offset(d)
    out = fmt(d, off, TZNAME[off])
    return out[:5] + (" " + out[6:] if out[5] == "0" else out[5:])


def our_trace(r, d, mailbox_addr, env_from, ip, helo, auth_domain, dkim_ok=True, spf="pass", dmarc="pass",
              tls=True):
    """Headers added by mx1/mx2 and mbx01 (newest first)."""
    mx = r.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}[mx]
    t_in = plus(d, r.randint(2, 40))
    t_deliver = plus(t_in, r.randint(1, 3))
    q1, q2 = qid(r), qid(r)
    lines = []
    lines.append("Return-Path: <%s>" % env_from)
    lines.append("X-Original-To: %s" % mailbox_addr)
    lines.append("Delivered-To: %s" % mailbox_addr)
    lines.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n"
                 "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n"
                 "\tfor <%s>; %s" % (mx, mx, mxip, q2, mailbox_addr, postfix_date(t_deliver)))
    if auth_domain:
        if dkim_ok:
            lines.append("Authentication-Results: %s.alliant-energy.com;\n"
                         "\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b=\"%s\";\n"
                         "\tdkim-atps=neutral" % (mx, auth_domain, auth_domain, tok(r, 8)))
        else:
            lines.append("Authentication-Results: %s.alliant-energy.com; dkim=none; dkim-atps=neutral" % mx)
        lines.append("Authentication-Results: %s.alliant-energy.com; spf=%s %s"
                     % (mx, spf, ("smtp.mailfrom=" + env_from.split("@")[-1]) if env_from else ("smtp.helo=" + helo)))
        lines.append("Authentication-Results: %s.alliant-energy.com; dmarc=%s (p=%s dis=none) header.from=%s"
                     % (mx, dmarc, r.choice(["none", "quarantine", "reject"]) if dmarc == "pass" else "none",
                        auth_domain))
        lines.append("Received-SPF: %s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; "
                     "receiver=alliant-energy.com" % (spf.capitalize(), ip, helo, env_from or "<>"))
    tls_txt = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)") if tls else ""
    lines.append("Received: from %s (%s [%s])%s\n"
                 "\tby %s.alliant-energy.com (Postfix) with %s id %s\n"
                 "\tfor <%s>; %s" % (helo, helo, ip, tls_txt, mx, "ESMTPS" if tls else "ESMTP", q1,
                                      mailbox_addr, postfix_date(t_in)))
    return lines


# --------------------------------------------------------------------------- quoting our mail
def _long_date(d):
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def quote_block(style, q, me_addr):
    """Return (plain_text, html_text) of the quoted/forwarded block for a message dict q."""
    d = parse_local(q["date"])
    frm = "%s <%s>" % (q["from_name"], q["from"])
    text = q["text"]
    to = q.get("to", me_addr)
    kind = q.get("_kind", "reply")
    import html as _h
    qhtml = "<br>".join(_h.escape(l) for l in text.split("\n"))
    if kind == "forward":
        if style in ("gmail",):
            p = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s"
                 % (frm, _long_date(d), q["subject"], to, text))
            h = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                 'From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;%s&gt;</span><br>'
                 'Date: %s<br>Subject: %s<br>To: &lt;%s&gt;<br></div><br><br>%s</div>'
                 % (_h.escape(q["from_name"]), q["from"], _long_date(d), _h.escape(q["subject"]), to, qhtml))
            return p, h
        if style == "apple":
            p = ("Begin forwarded message:\n\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n\n%s"
                 % (frm, d.strftime("%B ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M:%S %p").lstrip("0")
                    + " " + TZNAME[central_offset(d)], to, q["subject"], text))
            h = '<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div>' % _h.escape(p).replace("\n", "<br>")
            return p, h
        # outlook
        p = ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
             % (frm, d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0"),
                to, q["subject"], text))
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             '<b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</font><div>&nbsp;</div></div>'
             '<div>%s</div>' % (_h.escape(frm), d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ")
                                + d.strftime("%I:%M %p").lstrip("0"), to, _h.escape(q["subject"]), qhtml))
        return p, h
    # replies
    if style == "gmail":
        head = "On %s %s wrote:" % (_long_date(d), frm)
        p = head + "\n\n" + gt_quote_plain(text)
        h = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On %s %s wrote:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">%s</blockquote></div>' % (_long_date(d), _h.escape(frm), qhtml))
        return p, h
    if style == "apple":
        head = "On %s, at %s, %s wrote:" % (d.strftime("%b ") + str(d.day) + d.strftime(", %Y"),
                                             d.strftime("%I:%M %p").lstrip("0"), frm)
        p = head + "\n\n" + gt_quote_plain(text)
        h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
             '<div dir="ltr">%s</div></blockquote>' % (_h.escape(head), qhtml))
        return p, h
    if style == "yahoo":
        head = "On %s, %s, %s wrote:" % (d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y at %I:%M:%S %p ")
                                          + TZNAME[central_offset(d)], q["from_name"], "<%s>" % q["from"], )
        head = head.replace(", <", " <")
        p = head + "\n\n\n" + text
        h = ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, '
             'Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>'
             '<div><div>%s</div></div></div></div>' % ("4417203318", _h.escape(head), qhtml))
        return p, h
    # outlook reply
    p = ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
         % (frm, d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0"),
            to, q["subject"], text))
    h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
         '<b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</font><div>&nbsp;</div></div>'
         '<div>%s</div>' % (_h.escape(frm), d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ")
                            + d.strftime("%I:%M %p").lstrip("0"), to, _h.escape(q["subject"]), qhtml))
    return p, h


# --------------------------------------------------------------------------- profiles
PROVIDERS = {
    "gmail.com": "google", "yahoo.com": "yahoo", "aol.com": "aol", "att.net": "yahoo", "sbcglobal.net": "yahoo",
    "ymail.com": "yahoo", "hotmail.com": "outlook", "outlook.com": "outlook", "live.com": "outlook",
    "msn.com": "outlook", "icloud.com": "icloud", "me.com": "icloud", "mac.com": "icloud",
    "comcast.net": "comcast", "mchsi.com": "mediacom", "charter.net": "spectrum", "windstream.net": "windstream",
    "netins.net": "netins", "q.com": "centurylink", "centurylink.net": "centurylink", "frontier.com": "frontier",
}

ISP_HOSTS = {
    "mediacom": ("smtp-out.mediacomcc.com", "173.24.{a}.{b}", "mchsi.com"),
    "spectrum": ("mail.charter.net", "47.43.{a}.{b}", "charter.net"),
    "windstream": ("smtp.windstream.net", "162.39.{a}.{b}", "windstream.net"),
    "netins": ("mail2.netins.net", "167.142.{a}.{b}", "netins.net"),
    "centurylink": ("smtp.centurylink.net", "206.81.{a}.{b}", "q.com"),
    "frontier": ("smtp.frontier.com", "74.40.{a}.{b}", "frontier.com"),
}


def build_person(s):
    """Compose a human-written message from a spec dict. Returns bytes."""
    r = rng_for(s["key"])
    d = parse_local(s["date"])
    mailbox_addr = BOX[s["mailbox"]]
    client = s["client"]
    name, email = s.get("name"), s["email"]
    dom = email.split("@")[1].lower()
    prov = PROVIDERS.get(dom, "exchange")
    if client in ("webform", "internal"):
        prov = client
    if s.get("provider"):
        prov = s["provider"]
    charset = s.get("charset", "utf-8")
    to_list = s.get("to") or [mailbox_addr]
    to_hdr = ", ".join(to_list)
    if client in ("outlook", "outlook_ios", "exchange") and not s.get("to"):
        to_hdr = '"%s" <%s>' % (mailbox_addr, mailbox_addr)
    subject = s.get("subject", "")

    # ---- quoted / forwarded block
    style = {"gmail": "gmail", "gmail_app": "gmail", "iphone": "apple", "apple_mail": "apple", "yahoo": "yahoo",
             "aol": "yahoo", "outlook": "outlook", "outlook_ios": "outlook", "exchange": "outlook",
             "samsung": "gmail", "thunderbird": "gmail", "xfinity": "gmail", "internal": "outlook"}.get(client, "gmail")
    qplain, qhtml, in_reply_to, refs = "", "", None, None
    if s.get("quote"):
        qk = s["quote"]
        q = dict(OURMAIL[qk["of"]]) if isinstance(qk.get("of"), str) else dict(qk["of"])
        q["_kind"] = qk.get("kind", "reply")
        if "to" not in q:
            q["to"] = email
        qplain, qhtml = quote_block(qk.get("style", style), q, email)
        if q["_kind"] == "reply":
            in_reply_to = q["msgid"]
            refs = q.get("refs", q["msgid"])
        if not subject:
            subject = ("Re: " if q["_kind"] == "reply" else ("FW: " if style == "outlook" else "Fwd: ")) + q["subject"]

    body_text = norm(s["body"]).rstrip("\n")
    plain = body_text + ("\n\n" + qplain if qplain else "")
    hstyle = {"gmail": "gmail", "apple": "apple", "yahoo": "yahoo", "outlook": "outlook"}[style]
    if client == "thunderbird":
        hstyle = "plain"
    if client in ("outlook", "outlook_ios", "exchange", "internal") and charset == "utf-8" \
            and all(ord(c) < 128 for c in plain):
        charset = "us-ascii"
    inner = html_paras(body_text, hstyle)
    html_text = html_doc(inner, hstyle, qhtml, charset)
    srv = "%sPR%02dMB%d" % (r.choice(["BL1", "SA1", "CH3", "DM6", "MN2", "PH7", "IA1"]), r.randint(1, 19),
                            r.randint(1000, 9999))
    nn = r.randint(10, 19)

    fmt_kind = s.get("fmt") or {"gmail": "alt", "gmail_app": "alt", "iphone": "plain", "apple_mail": "alt",
                                "yahoo": "alt", "aol": "alt", "outlook": "alt", "outlook_ios": "alt", "exchange": "alt",
                                "samsung": "alt64", "thunderbird": "plain", "xfinity": "alt", "webform": "plain",
                                "internal": "alt"}[client]
    if client == "iphone" and qplain and not s.get("fmt"):
        fmt_kind = "alt"
    cte = s.get("cte")

    ts0 = int((d - parse_local("1970-01-01 00:00")).total_seconds() - central_offset(d) * 60)
    # ---- MIME body
    if fmt_kind == "plain":
        extra = "; format=flowed" if client == "thunderbird" else ""
        if client == "iphone":
            cs = charset if any(ord(c) > 127 for c in plain) else "us-ascii"
            hdr, body = leaf("text/plain", plain, cs, cte or None)
            hdr[0] = hdr[0].replace('charset="%s"' % cs, "charset=%s" % cs)
        elif client == "thunderbird":
            ascii_ok = all(ord(c) < 128 for c in plain)
            cs = "UTF-8" if not ascii_ok else "UTF-8"
            hdr, body = leaf("text/plain", flow(plain), charset, cte or ("7bit" if ascii_ok else "8bit"), extra)
            hdr[0] = hdr[0].replace('charset="%s"' % charset, "charset=%s" % cs)
        else:
            hdr, body = leaf("text/plain", plain, charset, cte, extra)
    elif fmt_kind == "plain64":
        hdr, body = leaf("text/plain", plain, charset, "base64")
    elif fmt_kind == "html":
        hdr, body = leaf("text/html", html_text, charset, cte or "quoted-printable")
    else:
        b_cte = cte
        h_cte = cte or "quoted-printable"
        if fmt_kind == "alt64":
            b_cte = h_cte = "base64"
        if client in ("gmail", "gmail_app") and b_cte is None:
            ascii_ok = all(ord(c) < 128 for c in plain) and max(len(l) for l in plain.split("\n")) < 76
            b_cte = "none" if ascii_ok else "quoted-printable"
        if client in ("outlook", "outlook_ios", "exchange", "internal") and b_cte is None:
            b_cte = "quoted-printable"
        ph, pb = leaf("text/plain", plain, charset, b_cte)
        hh, hb = leaf("text/html", html_text, charset, h_cte)
        if client in ("gmail", "gmail_app"):
            hh[0] = hh[0].replace('charset="utf-8"', 'charset="UTF-8"')
            ph[0] = ph[0].replace('charset="utf-8"', 'charset="UTF-8"')
        bnd = {"gmail": "000000000000" + hexs(r, 12), "gmail_app": "000000000000" + hexs(r, 12),
               "yahoo": "----=_Part_%d_%d.%d" % (r.randint(10**6, 10**7), r.randint(10**8, 10**9), ts0 * 1000 - r.randint(1, 900)),
               "aol": "----=_Part_%d_%d.%d" % (r.randint(10**6, 10**7), r.randint(10**8, 10**9), ts0 * 1000 - r.randint(1, 900)),
               "iphone": "Apple-Mail-%s" % str(uuid.UUID(int=r.getrandbits(128))).upper(),
               "apple_mail": "Apple-Mail=_%s" % str(uuid.UUID(int=r.getrandbits(128))).upper(),
               "samsung": "--_com.samsung.android.email_%d%d" % (r.randint(10**8, 10**9), r.randint(1000, 9999)),
               }.get(client, "_000_%s%s%snamp_" % (srv, HEX(r, 20), srv))
        hdr, body = multipart("alternative", bnd, [(ph, pb), (hh, hb)])
    if s.get("attach"):
        parts = [(hdr, body)]
        for (ct, fn, data) in s["attach"]:
            ah, ab = attachment(ct, fn, data, inline=client in ("iphone", "apple_mail"))
            if client.startswith("gmail"):
                ah.append("X-Attachment-Id: f_m%s0" % tok(r, 7, "abcdefghijklmnopqrstuvwxyz0123456789"))
                ah.append("Content-ID: <f_m%s0>" % tok(r, 7, "abcdefghijklmnopqrstuvwxyz0123456789"))
            parts.append((ah, ab))
        if client.startswith("gmail"):
            bnd = "000000000000" + hexs(r, 12)
        elif client in ("iphone", "apple_mail"):
            bnd = "Apple-Mail-%s" % str(uuid.UUID(int=r.getrandbits(128))).upper()
        else:
            bnd = "_004_%s%s%snamp_" % (srv, HEX(r, 20), srv)
        hdr, body = multipart("mixed", bnd, parts)

    # ---- client headers
    off = s.get("tz", central_offset(d))
    ld = at_zone(d, off)
    fromh = addr(name, email) if name else email
    H = []
    msgid = None
    subj = enc_header(subject) if subject else ""
    extra_hdrs = s.get("headers", [])
    reply_to = s.get("reply_to")

    if prov == "webform":
        return _webform(s, r, d, hdr, body, mailbox_addr, subj)
    if prov == "internal":
        return _internal(s, r, d, hdr, body, mailbox_addr, subj, fromh, to_hdr, in_reply_to, refs)

    # provider hop
    t0 = d
    ts = int((d - parse_local("1970-01-01 00:00")).total_seconds() - central_offset(d) * 60)
    if prov == "google":
        host = "mail-%s-f%d.google.com" % (r.choice(["oi1", "ot1", "qk1", "pl1", "yb1", "ej1", "io1", "vk1"]),
                                            r.randint(41, 199))
        ip = "209.85.%d.%d" % (r.randint(128, 222), r.randint(1, 250))
        poff = -480 if central_offset(d) == -360 else -420
        pname = "PST" if poff == -480 else "PDT"
        auth = dom if dom == "gmail.com" else dom
        prov_lines = [dkim(r, "gmail.com" if dom == "gmail.com" else dom, "20230601",
                           "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n"
                           "         :date:message-id:reply-to", ts),
                      "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n"
                      "        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
                      "         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s" % (
                          ts, ts + 604800, b64tok(r, 43), b64tok(r, 72)),
                      "X-Gm-Message-State: AOJu0Y%s" % b64tok(r, 60),
                      "X-Gm-Gg: ASbGnc%s" % b64tok(r, 70),
                      "X-Google-Smtp-Source: AGHT+IE%s" % b64tok(r, 60),
                      "X-Received: by 2002:a05:6820:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
                          hexs(r, 4), hexs(r, 3), hexs(r, 4), hexs(r, 12), hexs(r, 8), r.randint(1, 40),
                          r.randint(10**14, 10**15 - 1), fmt(at_zone(plus(d, 1), poff), poff, pname))]
        env = email
        msgid = "<CA%s%s=%s@mail.gmail.com>" % (r.choice(["+", "K", "J", "H", "B", "L", "M"]),
                                                 tok(r, 40, string.ascii_letters + string.digits + "_-+"), tok(r, 8))
        if client == "iphone":
            msgid = "<%s@gmail.com>" % str(uuid.UUID(int=r.getrandbits(128))).upper()
        if client == "samsung":
            msgid = "<%s.%s@email.android.com>" % (tok(r, 20, "abcdefghijklmnopqrstuvwxyz0123456789"), hexs(r, 8))
        H += ["MIME-Version: 1.0" if client not in ("iphone", "apple_mail") else "Mime-Version: 1.0 (1.0)"]
        if reply_to:
            H.append("Reply-To: %s" % reply_to)
        if refs:
            H.append(fold("References", refs))
            H.append("In-Reply-To: %s" % in_reply_to)
        H += ["From: %s" % fromh, "Date: %s" % (fmt_nopad(ld, off) if client in ("gmail", "gmail_app", "iphone") else fmt(ld, off)),
              "Message-ID: %s" % msgid]
        if subj or subject == "":
            H.append(fold("Subject", subj) if subj else "Subject: ")
        H.append("To: %s" % to_hdr)
        if s.get("cc"):
            H.append("Cc: %s" % ", ".join(s["cc"]))
        if client == "iphone":
            H.append("X-Mailer: iPhone Mail (%s)" % s.get("ios", "22B91"))
    elif prov in ("yahoo", "aol"):
        n = r.randint(100, 340)
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, r.randint(1, 40), r.choice(["gq1", "bf2", "ne1"]))
        ip = "98.137.%d.%d" % (r.randint(64, 70), r.randint(1, 250)) if "gq1" in host else "66.163.%d.%d" % (
            r.randint(184, 191), r.randint(1, 250))
        d_dom = "aol.com" if dom == "aol.com" else ("yahoo.com" if dom in ("yahoo.com", "ymail.com") else dom)
        auth = d_dom
        prov_lines = [dkim(r, d_dom, "a2048" if d_dom == "aol.com" else "s2048",
                           "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To", ts),
                      "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s2048; t=%d;\n"
                      "\tbh=%s=;\n\th=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n\tb=%s" % (
                          d_dom, ts, b64tok(r, 43), b64tok(r, 90)),
                      "X-YMail-OSG: %s" % tok(r, 70),
                      "X-Sonic-MF: <%s>" % email,
                      "X-Sonic-ID: %s-%s-%s-%s-%s" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12)),
                      "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (
                          host, fmt(at_zone(d, 0), 0).replace("+0000", "+0000"))]
        env = email
        ms = ts * 1000 + r.randint(0, 999)
        msgid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 2 * 10**9), r.randint(10**5, 10**7), ms)
        H += ["Date: %s (UTC)" % fmt_nopad(at_zone(d, 0), 0),
              "From: %s" % fromh, "Reply-To: %s" % (reply_to or fromh), "To: %s" % to_hdr]
        if s.get("cc"):
            H.append("Cc: %s" % ", ".join(s["cc"]))
        H.append("Message-ID: %s" % msgid)
        if in_reply_to:
            H.append("In-Reply-To: %s" % in_reply_to)
        H.append(fold("References", ((refs + " ") if refs else "") + msgid.replace("@", ".ref@")))
        H.append(fold("Subject", subj) if subj else "Subject: ")
        H.append("MIME-Version: 1.0")
        H.append("X-Mailer: WebService/1.1.%d %s" % (r.choice([22806, 22876, 23040, 23187]),
                                                       "AolMailNorrin" if prov == "aol" else "YMailNorrin"))
    elif prov == "outlook" or prov == "exchange":
        reg = r.choice(["NAM10-BN7", "NAM12-MW2", "NAM11-CO1", "NAM04-DM6", "NAM02-SN1"])
        if prov == "outlook":
            host = "%s-obe.outbound.protection.outlook.com" % reg
            helo = host
            ip = "40.92.%d.%d" % (r.randint(16, 80), r.randint(1, 250))
            d_dom = dom
            dsel = "selector1"
        else:
            host = "%s-obe.outbound.protection.outlook.com" % reg.replace("-obe", "")
            ip = "52.101.%d.%d" % (r.randint(40, 200), r.randint(1, 250))
            d_dom = dom
            dsel = "selector1"
        auth = d_dom
        prov_lines = [
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % b64tok(r, 120),
            "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
            " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
            "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s" % (
                b64tok(r, 43), b64tok(r, 110)),
            "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
            dkim(r, d_dom, dsel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", ts),
            "Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%d:%s::%d) by\n %s.namprd%02d.prod.outlook.com with\n"
            " Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" % (
                srv, nn, r.randint(200, 900), hexs(r, 3), r.randint(1, 30), srv, nn,
                r.randint(8000, 8500), r.randint(10, 30),
                fmt(at_zone(d, 0), 0)),
        ]
        env = email
        msgid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, HEX(r, 24), srv, nn)
        H += ["From: %s" % fromh, "To: %s" % to_hdr]
        if s.get("cc"):
            H.append("CC: %s" % ", ".join(s["cc"]))
        if reply_to:
            H.append("Reply-To: %s" % reply_to)
        H += [fold("Subject", subj) if subj else "Subject: ",
              fold("Thread-Topic", enc_header(subject.replace("Re: ", "").replace("RE: ", "").replace("FW: ", "")))
              if subject else "Thread-Topic: ",
              "Thread-Index: AQH%s==" % b64tok(r, 30),
              "Date: %s" % fmt(at_zone(d, 0), 0), "Message-ID: %s" % msgid]
        if in_reply_to:
            H += [fold("References", refs), "In-Reply-To: %s" % in_reply_to]
        H += ["Accept-Language: en-US" if s.get("lang", "en") == "en" else "Accept-Language: es-US, en-US",
              "Content-Language: %s" % ("en-US" if s.get("lang", "en") == "en" else "es-US"),
              "X-MS-Has-Attach: %s" % ("yes" if s.get("attach") else ""),
              "X-MS-TNEF-Correlator: ",
              "x-ms-publictraffictype: Email",
              "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, srv[:3] + "PR" + srv[5:7] + "MB" + str(r.randint(1000, 9999)))]
        if client == "outlook_ios":
            H.append("x-ms-reactions: allow")
        H.append("MIME-Version: 1.0")
        helo = host
    elif prov == "icloud":
        host = "st43p00im-ztfb%d.me.com" % r.randint(10000000, 10099999)
        ip = "17.58.%d.%d" % (r.randint(6, 63), r.randint(1, 250))
        auth = dom
        prov_lines = [dkim(r, "icloud.com" if dom == "icloud.com" else dom, "1a1hai",
                           "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From", ts),
                      "Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n"
                      "\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                          host, HEX(r, 10), mailbox_addr, fmt(at_zone(d, 0), 0, "UTC"))]
        env = email
        msgid = "<%s@%s>" % (str(uuid.UUID(int=r.getrandbits(128))).upper(), dom)
        H = []
        H.append("From: %s" % fromh)
        H.append("Mime-Version: 1.0 (1.0)")
        H.append(fold("Subject", subj) if subj else "Subject: ")
        H.append("Date: %s" % fmt_nopad(ld, off))
        if refs:
            H.append(fold("References", refs))
            H.append("In-Reply-To: %s" % in_reply_to)
        H.append("Message-Id: %s" % msgid)
        H.append("To: %s" % to_hdr)
        if s.get("cc"):
            H.append("Cc: %s" % ", ".join(s["cc"]))
        if client == "iphone":
            H.append("X-Mailer: iPhone Mail (%s)" % s.get("ios", "22B91"))
        else:
            H.append("X-Mailer: Apple Mail (2.3826.200.121)")
    else:  # ISP hosts: comcast, mediacom, spectrum, windstream ...
        if prov == "comcast":
            host = "resomta-h%dp-%d.sys.comcast.net" % (r.randint(1, 2), r.randint(550000, 559999))
            ip = "96.102.%d.%d" % (r.randint(1, 250), r.randint(1, 250))
            d_dom = "comcast.net"
            inner_rcv = ("Received: from oxapp-hoa-%02d.email.comcast.net ([96.118.%d.%d])\n\tby %s with ESMTPA\n"
                         "\tid %s; %s" % (r.randint(1, 40), r.randint(1, 250), r.randint(1, 250), host, tok(r, 16),
                                          fmt(at_zone(d, 0), 0)))
        else:
            h, ipt, d_dom = ISP_HOSTS[prov]
            host = h
            ip = ipt.format(a=r.randint(1, 250), b=r.randint(1, 250))
            inner_rcv = ("Received: from [192.168.%d.%d] (%s [%s])\n\tby %s with ESMTPSA id %s;\n\t%s" % (
                r.randint(0, 2), r.randint(2, 220), "c-%d-%d.res.example" % (r.randint(1, 250), r.randint(1, 250)),
                "%d.%d.%d.%d" % (r.randint(60, 200), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250)),
                host, tok(r, 12), fmt(ld, off)))
            inner_rcv = inner_rcv.replace(".res.example", ".hsd1.%s" % d_dom)
        auth = dom
        prov_lines = [dkim(r, d_dom, "20190202a" if prov == "comcast" else "default",
                           "Message-ID:Date:MIME-Version:From:To:Subject:Content-Type", ts), inner_rcv]
        env = email
        if client == "xfinity":
            msgid = "<%d.%d.%d@connect.xfinity.com>" % (r.randint(10**8, 2 * 10**9), r.randint(10**5, 10**6),
                                                         ts * 1000 + r.randint(0, 999))
            H += ["Date: %s" % fmt(ld, off), "From: %s" % fromh, "To: %s" % to_hdr]
            if s.get("cc"):
                H.append("Cc: %s" % ", ".join(s["cc"]))
            H += ["Message-ID: %s" % msgid]
            if in_reply_to:
                H += ["In-Reply-To: %s" % in_reply_to, fold("References", refs)]
            H += [fold("Subject", subj) if subj else "Subject: ", "MIME-Version: 1.0", "Importance: Normal",
                  "X-Priority: 3", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % r.randint(40, 70),
                  "X-Originating-Client: open-xchange-appsuite"]
        else:  # thunderbird
            msgid = "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), dom)
            H += ["Message-ID: %s" % msgid, "Date: %s" % fmt(ld, off), "MIME-Version: 1.0",
                  "User-Agent: Mozilla Thunderbird",
                  "Content-Language: %s" % ("es-MX" if s.get("lang") == "es" else "en-US"), "To: %s" % to_hdr]
            if s.get("cc"):
                H.append("Cc: %s" % ", ".join(s["cc"]))
            H += ["From: %s" % fromh]
            if reply_to:
                H.append("Reply-To: %s" % reply_to)
            if in_reply_to:
                H += ["In-Reply-To: %s" % in_reply_to, fold("References", refs)]
            H += [fold("Subject", subj) if subj else "Subject: "]
        helo = host
    helo = host
    H += extra_hdrs
    trace = our_trace(r, d, mailbox_addr, env, ip, helo, auth)
    if s.get("msgid"):
        msgid = s["msgid"]
        H = [("Message-ID: %s" % msgid) if h.lower().startswith("message-id:") else h for h in H]
    s["_msgid"] = msgid
    return finalize(trace + prov_lines + H + hdr, body)


def _webform(s, r, d, hdr, body, mailbox_addr, subj):
    """Our own Contact Us form relay: From noreply@alliantenergy.com, customer in Reply-To."""
    ts = d.strftime("%Y%m%d%H%M%S")
    msgid = "<webform.%s.%d@alliantenergy.com>" % (ts, r.randint(100000, 999999))
    H = ["From: Alliant Energy Web Form <noreply@alliantenergy.com>",
         "Reply-To: %s" % addr(s.get("reply_name"), s["reply_to"]),
         "To: %s" % mailbox_addr,
         fold("Subject", subj),
         "Date: %s" % fmt(d, central_offset(d)),
         "Message-ID: %s" % msgid,
         "MIME-Version: 1.0",
         "X-Form-Id: contact-us-v3",
         "X-Form-Topic: %s" % s["form_topic"]]
    trace = our_trace(r, d, mailbox_addr, "noreply@alliantenergy.com", "10.60.4.21", "formrelay01.alliantenergy.com",
                      "alliantenergy.com", tls=True)
    s["_msgid"] = msgid
    return finalize(trace + H + hdr, body)


def _internal(s, r, d, hdr, body, mailbox_addr, subj, fromh, to_hdr, in_reply_to, refs):
    """A colleague inside Alliant (Exchange on premises/hybrid)."""
    srv = "AEXCH%02d" % r.randint(1, 6)
    msgid = "<%s%s@%s.corp.alliant-energy.com>" % (srv, HEX(r, 28), srv)
    t = plus(d, 3)
    lines = ["Return-Path: <%s>" % s["email"], "X-Original-To: %s" % mailbox_addr,
             "Delivered-To: %s" % mailbox_addr,
             "Received: from %s.corp.alliant-energy.com (%s.corp.alliant-energy.com [10.12.8.%d])\n"
             "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                 srv.lower(), srv.lower(), r.randint(10, 60), qid(r), mailbox_addr, postfix_date(t)),
             "Received: from %s.corp.alliant-energy.com (10.12.8.%d) by\n %s.corp.alliant-energy.com (10.12.8.%d) with"
             " Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11;\n"
             " %s" % (srv.lower(), r.randint(10, 60), srv.lower(), r.randint(10, 60), fmt(d, central_offset(d)))]
    H = ["From: %s" % fromh, "To: %s" % to_hdr, fold("Subject", subj),
         "Thread-Topic: %s" % subj.replace("FW: ", ""), "Thread-Index: AQH%s==" % b64tok(r, 30),
         "Date: %s" % fmt(d, central_offset(d)), "Message-ID: %s" % msgid,
         "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ",
         "X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthSource: %s.corp.alliant-energy.com" % srv,
         "x-originating-ip: [10.31.%d.%d]" % (r.randint(1, 250), r.randint(1, 250)), "MIME-Version: 1.0"]
    s["_msgid"] = msgid
    return finalize(lines + H + hdr, body)
