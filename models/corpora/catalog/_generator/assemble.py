"""Turn a spec into raw RFC 5322 bytes: the sender's program (mailer.profile), quoting/forwarding the way that
program does, MIME, then our MX trace on top.  Also builds the machine mail: vendor system notices, DSNs, MDNs."""
import datetime as dt

from mailer import (NL, AN, HEXL, HEXU, BOXES, MONTHS, MON, MESES, DIAS, DAYS, rng, rnd, fmt_date, msg_date,
                    hdr, addr, fold, wrap, encode_body, esc, to_html, profile, dkim, epoch)


def _ampm(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def _long(t):
    return "%s, %s %d, %d" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
        t.weekday()], MONTHS[t.month - 1], t.day, t.year)


def _qlines(body):
    return "\n".join(("> " + x) if x else ">" for x in body.split("\n"))


def quote_block(client, mode, o, box_addr):
    """Plain text of the quoted/forwarded mail, in the client's style, plus an HTML rendering."""
    t, who = o["t"], "%s <%s>" % (o["from_name"], o["from_addr"])
    b = o["body"]
    es = client.endswith("-es")
    if mode == "reply":
        if client.startswith("gmail") or client == "workspace":
            if es:
                head = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                    DIAS[t.weekday()], t.day, MESES[t.month - 1][:3], t.year, t.hour, t.minute, o["from_name"],
                    o["from_addr"])
            else:
                head = "On %s, %s %d, %d at %s %s wrote:" % (DAYS[t.weekday()], MON[t.month - 1], t.day, t.year,
                                                           _ampm(t), who)
            txt = "\n\n%s\n\n%s\n" % (head, _qlines(b))
        elif client in ("o365", "outlook-com", "outlook-es"):
            if es:
                head = "De: %s\nEnviado: %s\nPara: %s\nAsunto: %s" % (who, fmt_es(t), o["to_addr"], o["subject"])
            else:
                head = "From: %s\nSent: %s %s\nTo: %s\nSubject: %s" % (who, _long(t), _ampm(t), o["to_addr"],
                                                                     o["subject"])
            txt = "\n\n________________________________\n%s\n\n%s\n" % (head, b)
        elif client.startswith("iphone"):
            if es:
                head = "El %d %s %d, a las %d:%02d, %s escribió:" % (t.day, MESES[t.month - 1][:3], t.year, t.hour,
                                                                   t.minute, who)
            else:
                head = "On %s %d, %d, at %s, %s wrote:" % (MON[t.month - 1], t.day, t.year, _ampm(t), who)
            txt = "\n\n> %s\n> \n%s\n" % (head, _qlines(b))
        elif client in ("yahoo", "aol", "yahoo-android"):
            head = "On %s at %02d:%02d:%02d %s %s, %s wrote:" % (
                _long(t), t.hour % 12 or 12, t.minute, t.second, "AM" if t.hour < 12 else "PM",
                "CDT" if fmt_date(t).endswith("(CDT)") else "CST", who)
            txt = "\n\n\n%s\n\n\n%s\n" % (head, b)
        elif client == "comcast":
            head = "On %02d/%02d/%d %s %s %s wrote:" % (t.month, t.day, t.year, _ampm(t),
                                                       "CDT" if fmt_date(t).endswith("(CDT)") else "CST", who)
            txt = "\n\n> %s\n> \n> \n%s\n" % (head, _qlines(b))
        elif client.startswith("thunderbird") or client == "webmail":
            head = "On %d/%d/%02d %s, %s wrote:" % (t.month, t.day, t.year % 100, _ampm(t), o["from_name"])
            txt = "\n\n%s\n%s\n" % (head, _qlines(b))
        elif client.startswith("samsung"):
            lab = ("Mensaje original", "De", "Fecha", "Para", "Asunto") if es else (
                "Original message", "From", "Date", "To", "Subject")
            txt = "\n\n\n-------- %s --------\n%s: %s \n%s: %d/%d/%02d %d:%02d %s (GMT%s) \n%s: %s \n%s: %s \n\n%s\n" % (
                lab[0], lab[1], who, lab[2], t.month, t.day, t.year % 100, t.hour % 12 or 12, t.minute,
                "AM" if t.hour < 12 else "PM", "-05:00" if fmt_date(t).endswith("(CDT)") else "-06:00", lab[3],
                o["to_addr"], lab[4], o["subject"], b)
        else:
            raise ValueError(client)
    else:  # forward
        if client.startswith("gmail") or client == "workspace":
            lab = ("Forwarded message", "From", "Date", "Subject", "To") if not es else (
                "Forwarded message", "De", "Date", "Subject", "To")
            txt = "\n\n---------- %s ---------\n%s: %s\n%s: %s, %s %d, %d at %s\n%s: %s\n%s: <%s>\n\n%s\n" % (
                lab[0], lab[1], who, lab[2], DAYS[t.weekday()], MON[t.month - 1], t.day, t.year, _ampm(t), lab[3],
                o["subject"], lab[4], o["to_addr"], b)
        elif client in ("o365", "outlook-com", "outlook-es"):
            txt = "\n\n________________________________\nFrom: %s\nSent: %s %s\nTo: %s\nSubject: %s\n\n%s\n" % (
                who, _long(t), _ampm(t), o["to_addr"], o["subject"], b)
        elif client.startswith("iphone") or client == "applemail":
            txt = "\n\nBegin forwarded message:\n\n> From: %s\n> Date: %s %d, %d at %s CDT\n> To: %s\n> Subject: %s\n> \n%s\n" % (
                who, MONTHS[t.month - 1], t.day, t.year, _ampm(t), o["to_addr"], o["subject"], _qlines(b))
        elif client in ("yahoo", "aol", "yahoo-android"):
            txt = "\n\n\n----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s at %s CDT\nSubject: %s\n\n%s\n" % (
                who, o["to_addr"], _long(t), _ampm(t), o["subject"], b)
        elif client == "comcast":
            txt = "\n\n---------- Original Message ----------\nFrom: %s\nTo: %s\nDate: %02d/%02d/%d %s\nSubject: %s\n\n%s\n" % (
                who, o["to_addr"], t.month, t.day, t.year, _ampm(t), o["subject"], b)
        else:
            txt = "\n\n-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n\n\n%s\n" % (
                o["subject"], fmt_date(t).rsplit(" (", 1)[0], who, o["to_addr"], b)
    html = '<div class="quote"><br>%s</div>' % "<br>\n".join(esc(x) for x in txt.strip("\n").split("\n"))
    if client in ("o365", "outlook-com", "outlook-es"):
        html = '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%%" tabindex="-1">%s</div>' % (
            "<br>\n".join(esc(x) for x in txt.strip("\n").split("\n")[1:]))
    elif client.startswith("gmail") or client == "workspace":
        html = '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><blockquote class="gmail_quote" ' \
               'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                   esc(txt.strip("\n").split("\n")[0]),
                   "<br>\n".join(esc(x[2:] if x.startswith("> ") else x.lstrip(">"))
                                 for x in txt.strip("\n").split("\n")[1:]))
    return txt, html


def fmt_es(t):
    return "%s, %d de %s de %d %d:%02d" % (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                                            "domingo"][t.weekday()], t.day, MESES[t.month - 1], t.year, t.hour,
                                           t.minute)


def mx_trace(r, box, t, hop, dom, auth=None, env_from=None):
    helo, rdns, ip = hop
    mx = r.choice(["mx1", "mx2"])
    mxip = "10.20.1.11" if mx == "mx1" else "10.20.1.12"
    t1 = t + dt.timedelta(seconds=r.randint(2, 9))
    t2 = t1 + dt.timedelta(seconds=r.randint(0, 2))
    lines = ["Return-Path: <%s>" % (env_from or ""),
             "Delivered-To: %s" % box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])%s\tby mbx01.alliant-energy.com "
             "(Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (mx, mx, mxip, NL, rnd(r, 11, HEXU), NL, box,
                                                             fmt_date(t2)),
             "Received: from %s (%s [%s])%s\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (
                 helo, rdns, ip, NL, mx, rnd(r, 14, AN), NL, box, fmt_date(t1))]
    if auth is None:
        auth = "dkim=pass (2048-bit key) header.d=%s header.b=\"%s\";%s\tspf=pass (%s.alliant-energy.com: domain of %s " \
               "designates %s as permitted sender) smtp.mailfrom=%s;%s\tdmarc=pass header.from=%s" % (
                   dom, rnd(r, 8, AN), NL, mx, env_from, ip, env_from, NL, dom)
    lines.append("Authentication-Results: %s.alliant-energy.com;%s\t%s" % (mx, NL, auth))
    return lines


def person(s):
    """A message a person typed in a mail program."""
    r = rng(s["id"])
    box = BOXES[s["box"]]
    frm = s["addr"]
    dom = frm.split("@")[1]
    t = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    c = s["client"]
    p = profile(c, r, dom, t, s["text"])
    text = s["text"].strip("\n")
    if p["sigline"] and s.get("sig", True):
        text += "\n\n" + p["sigline"]
    qhtml = ""
    subj = s["subject"]
    refs = irt = None
    q = s.get("quote")
    if q:
        if q["mode"] != "irt":
            qtxt, qhtml = quote_block(c, q["mode"], q["orig"], box)
            text += qtxt
        if q["mode"] in ("reply", "irt"):
            irt = q["orig"]["msgid"]
            refs = " ".join(q["orig"].get("refs", []) + [irt])
        elif q.get("irt"):
            irt = refs = q["orig"]["msgid"]
    text = text.rstrip("\n") + "\n"
    # headers
    h = {"From": addr(s.get("name", ""), frm), "To": s.get("to", box), "Subject": hdr("Subject", subj),
         "Date": msg_date(t, p["zone"]), "Message-ID": p["msgid"], "MIME-Version": p["mimev"]}
    if s.get("cc"):
        h["Cc"] = s["cc"]
    if s.get("reply_to"):
        h["Reply-To"] = addr(*s["reply_to"])
    if irt:
        h["In-Reply-To"] = irt
        h["References"] = refs
    if c in ("o365", "outlook-com", "outlook-es"):
        topic = subj
        for pfx in ("RE: ", "Re: ", "FW: ", "Fw: ", "RV: ", "Fwd: "):
            if topic.startswith(pfx):
                topic = topic[len(pfx):]
        h["Thread-Topic"] = hdr("Thread-Topic", topic)
    for k, v in p["extra"].items():
        h[k] = v.replace("{frm}", frm)
    for k, v in s.get("extra", {}).items():
        h[k] = v
    # body
    cs = "utf-8" if c not in ("gmail", "gmail-android", "gmail-es", "workspace", "yahoo", "aol", "yahoo-android") else "UTF-8"
    ascii_ok = all(ord(ch) < 128 for ch in text)
    if c.startswith("o365") or c.startswith("outlook"):
        cs = "us-ascii" if ascii_ok else "utf-8"
    cte = s.get("cte") or p["cte"]
    flowed = False
    plain = text
    if cte == "flowed":
        plain = wrap(text, 72)
        flowed = True
        cte = "7bit" if ascii_ok else "8bit"
    elif cte == "qp-if-needed":
        cte = "7bit" if ascii_ok and all(len(x) <= 76 for x in text.split("\n")) else "quoted-printable"
    elif cte == "7bit" and not ascii_ok:
        cte = "quoted-printable" if c not in ("comcast", "yahoo", "aol") else "8bit"
    layout = "alt" if s.get("html") is True else "plain" if s.get("html") is False else p["layout"]
    if q and q["mode"] == "fwd" and c.startswith("iphone"):
        layout = "plain"
    ct_plain = 'text/plain; charset="%s"' % cs if c not in ("iphone", "iphone-es", "applemail", "thunderbird",
                                                           "thunderbird-html", "samsung", "samsung-es", "webmail") else \
        "text/plain; charset=%s" % cs
    if flowed:
        ct_plain += "; format=flowed"
    kind, enc = encode_body(plain, cte, cs)
    parts_tail = []
    if layout == "plain":
        h["@CT"] = ct_plain
        h["@CTE"] = kind
        body = enc
    else:
        bnd = p["boundary"] or ("----=_NextPart_" + rnd(r, 20, HEXU))
        htm = to_html(s["text"].strip("\n") + ("\n\n" + p["sigline"] if p["sigline"] and s.get("sig", True) else ""),
                      qhtml, p["flav"] if p["flav"] != "tb" else "tb")
        hcte = s.get("html_cte") or ("base64" if cte == "base64" else "quoted-printable")
        hk, henc = encode_body(htm.rstrip("\n") + "\n", hcte, cs)
        h["@CT"] = 'multipart/alternative; boundary="%s"' % bnd
        body = NL.join(["--" + bnd, "Content-Type: " + ct_plain, "Content-Transfer-Encoding: " + kind, "", enc.rstrip(NL),
                        "--" + bnd, 'Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: " + hk,
                        "", henc.rstrip(NL), "--" + bnd + "--", ""])
        if c.startswith("gmail") or c == "workspace":
            body = NL.join(["--" + bnd, "Content-Type: " + ct_plain] + (["Content-Transfer-Encoding: " + kind] if kind != "7bit" else []) +
                           ["", enc.rstrip(NL), "", "--" + bnd, 'Content-Type: text/html; charset="%s"' % cs,
                            "Content-Transfer-Encoding: " + hk, "", henc.rstrip(NL), "", "--" + bnd + "--", ""])
    head = []
    h = {(k if k.startswith("@") else k.lower()): v for k, v in h.items()}
    order = list(p["order"])
    for k in s.get("extra", {}):
        if k not in order:
            order.append(k)
    for k in order:
        if k == "@CT":
            head.append("Content-Type: " + h["@CT"])
            if "@CTE" not in order and "@CTE" in h:
                head.append("Content-Transfer-Encoding: " + h["@CTE"])
        elif k == "@CTE":
            if "@CTE" in h:
                head.append("Content-Transfer-Encoding: " + h["@CTE"])
        elif k.lower() in h and (h[k.lower()] != "" or k in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")):
            v = h[k.lower()]
            head.append(fold("%s: %s" % (k, v)) if k not in ("From", "Subject", "Thread-Topic") else
                        "%s: %s" % (k, v))
    for k in ("From", "To", "Date", "Subject", "Message-ID"):
        assert any(x.lower().startswith(k.lower() + ":") for x in head), (s["id"], k)
    sigs = [dkim(r, p["dk"], p["sel"], p["fields"], plain, t)]
    trace = mx_trace(r, box, t, p["hop"], p["dk"] if not s.get("auth") else dom, s.get("auth"),
                     env_from=s.get("env_from", frm))
    if dom != p["dk"] and not s.get("auth"):
        trace[-1] = trace[-1].replace("dmarc=pass header.from=%s" % p["dk"], "dmarc=pass header.from=%s" % dom)
    raw = NL.join(trace + sigs + p["pre"] + head) + NL + NL + body
    if not raw.endswith(NL):
        raw += NL
    return raw.replace("{frm}", frm).encode("utf-8"), p, t


def system(s):
    """Machine mail from a vendor platform or a sender's server (notices, newsletters, phishing kits)."""
    r = rng(s["id"])
    box = BOXES[s["box"]]
    frm = s["addr"]
    dom = frm.split("@")[1]
    t = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    via = s.get("via", "ses")
    env = s.get("env_from") or "bounces+%d-%s-%s=%s@%s" % (r.randint(10 ** 6, 10 ** 7), rnd(r, 4, HEXL),
                                                          box.split("@")[0], "alliant-energy.com",
                                                          "em%d.%s" % (r.randint(100, 9999), dom))
    if via == "ses":
        ip = "54.240.%d.%d" % (r.randint(0, 60), r.randint(1, 250))
        hop = ("a%d-%d.smtp-out.amazonses.com" % (r.randint(8, 48), r.randint(1, 250)),) * 2 + (ip,)
        mid = "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (rnd(r, 9, HEXL), rnd(r, 8, HEXL),
                                                                      rnd(r, 4, HEXL), rnd(r, 4, HEXL), rnd(r, 12, HEXL))
        env = s.get("env_from") or "0100019%s@amazonses.com" % rnd(r, 20, HEXL)
    elif via == "sendgrid":
        ip = "149.72.%d.%d" % (r.randint(0, 255), r.randint(1, 250))
        hop = ("o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), dom),) * 2 + (ip,)
        mid = "<%s@geopod-ismtpd-%d>" % (rnd(r, 22, AN + "-_"), r.randint(1, 30))
    elif via == "mailchimp":
        ip = "198.2.%d.%d" % (r.randint(128, 191), r.randint(1, 250))
        hop = ("mail%d.suw%d.mcdlv.net" % (r.randint(10, 200), r.randint(10, 99)),) * 2 + (ip,)
        mid = "<%s.%s@mail%d.suw%d.mcdlv.net>" % (rnd(r, 20, HEXL), rnd(r, 12, HEXL), r.randint(10, 200),
                                                  r.randint(10, 99))
        env = s.get("env_from") or "bounce-mc.us%d_%d.%d-%s=%s@mail%d.mcsv.net" % (
            r.randint(1, 21), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), box.split("@")[0],
            "alliant-energy.com", r.randint(10, 200))
    elif via == "exchange":
        ip = "%d.%d.%d.%d" % (r.choice([38, 65, 199, 206, 216]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 250))
        hop = ("mail.%s" % dom, "mail.%s" % dom, ip)
        mid = "<%s@%s>" % (rnd(r, 32, HEXU), s.get("mid_host", "EXCH01." + dom))
        env = s.get("env_from") or frm
    else:  # kit: phishing from a rented VPS
        ip = "%d.%d.%d.%d" % (r.choice([45, 91, 103, 141, 185, 194]), r.randint(0, 255), r.randint(0, 255),
                              r.randint(1, 250))
        hop = (s.get("helo", "vps%d.hostingsrv.net" % r.randint(100, 999)), "unknown", ip)
        mid = "<%s@%s>" % (rnd(r, 16, HEXL), s.get("mid_host", dom))
        env = s.get("env_from") or frm
    auth = s.get("auth")
    if auth is None:
        edom = env.split("@")[1]
        auth = ("dkim=pass (2048-bit key) header.d=%s header.b=\"%s\";%s\tspf=pass (mx: domain of %s designates %s as "
                "permitted sender) smtp.mailfrom=%s;%s\tdmarc=pass header.from=%s") % (
                    dom, rnd(r, 8, AN), NL, env, ip, edom, NL, dom)
    trace = mx_trace(r, box, t, hop, dom, auth, env_from=env)
    h = ["From: %s" % addr(s.get("name", ""), frm), "To: %s" % s.get("to", box)]
    if s.get("reply_to"):
        h.append("Reply-To: %s" % addr(*s["reply_to"]))
    h += ["Subject: %s" % hdr("Subject", s["subject"]), "Date: %s" % msg_date(t, s.get("zone", "utc-bare")),
          "Message-ID: %s" % mid, "MIME-Version: 1.0"]
    for k, v in s.get("extra", {}).items():
        h.append(fold("%s: %s" % (k, v)))
    text = s["text"].strip("\n") + "\n"
    cs = "UTF-8"
    bnd = "=_%s" % rnd(r, 28, HEXL)
    if s.get("html", True):
        htm = to_html(s["text"].strip("\n"), "", "vendor")
        kind, enc = encode_body(text, s.get("cte", "quoted-printable"), "utf-8")
        hk, henc = encode_body(htm, s.get("cte", "quoted-printable"), "utf-8")
        alt = NL.join(["--" + bnd, 'Content-Type: text/plain; charset="%s"' % cs,
                       "Content-Transfer-Encoding: " + kind, "", enc.rstrip(NL), "--" + bnd,
                       'Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: " + hk, "",
                       henc.rstrip(NL), "--" + bnd + "--", ""])
        ctype = 'multipart/alternative; boundary="%s"' % bnd
    else:
        kind, alt = encode_body(text, s.get("cte", "7bit"), "utf-8")
        ctype = 'text/plain; charset="%s"' % cs
    if s.get("attach"):
        fname, mtype, data = s["attach"]
        mb = "=_mix_%s" % rnd(r, 24, HEXL)
        import base64
        b64 = base64.encodebytes(data).decode().replace("\n", NL)
        inner = ("Content-Type: %s" + NL + "%s") % (ctype, ("Content-Transfer-Encoding: %s" % kind + NL) if
                                                    not ctype.startswith("multipart") else "")
        body = NL.join(["--" + mb, inner + NL + alt.rstrip(NL), "--" + mb,
                        'Content-Type: %s; name="%s"' % (mtype, fname),
                        'Content-Disposition: attachment; filename="%s"' % fname, "Content-Transfer-Encoding: base64",
                        "", b64.rstrip(NL), "--" + mb + "--", ""])
        h.append('Content-Type: multipart/mixed; boundary="%s"' % mb)
    else:
        body = alt
        h.append("Content-Type: " + ctype)
        if not ctype.startswith("multipart"):
            h.append("Content-Transfer-Encoding: " + kind)
    raw = NL.join(trace + h) + NL + NL + body
    if not raw.endswith(NL):
        raw += NL
    return raw.encode("utf-8"), t


def dsn(s):
    """A delivery status notification for mail one of our mailboxes sent."""
    r = rng(s["id"])
    box = BOXES[s["box"]]
    t = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    o = s["orig"]
    rcpt = o["to_addr"]
    style = s["style"]
    bnd = {"postfix": "%s.%d/%s" % (rnd(r, 10, HEXU), epoch(t), s["mta"]),
           "google": "0000000000" + rnd(r, 18, HEXL),
           "exchange": "_000_" + rnd(r, 40, HEXU) + "_"}[style]
    if style == "postfix":
        frm = "MAILER-DAEMON@%s (Mail Delivery System)" % s["mta"]
        frm_h = "MAILER-DAEMON@%s (Mail Delivery System)" % s["mta"]
        subj = "Undelivered Mail Returned to Sender"
        human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
                 "mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
                 "text from the attached returned message.\n\n                   The mail system\n\n<%s>: %s\n" % (
                     s["mta"], rcpt, s["diag"]))
        mid = "<20%s%s.%s@%s>" % (t.strftime("%y%m%d%H%M%S"), rnd(r, 4, HEXU), rnd(r, 10, HEXU), s["mta"])
        hop = (s["mta"], s["mta"], s["ip"])
        extra = ["Auto-Submitted: auto-replied"]
    elif style == "google":
        frm_h = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        subj = "Delivery Status Notification (Failure)"
        human = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
                 "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser"
                 "\n\nThe response was:\n\n%s\n" % (rcpt, s["diag"]))
        mid = "<%s.%s@mx.google.com>" % (rnd(r, 24, HEXL), rnd(r, 4, HEXL))
        hop = ("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69")
        extra = ["Auto-Submitted: auto-replied"]
    else:
        frm_h = "Microsoft Outlook <MAILER-DAEMON@%s>" % s["mta"]
        subj = "Undeliverable: %s" % o["subject"]
        human = ("Your message to %s couldn't be delivered.\n\n%s\n\nOffice 365\n\nAction Required\n\nRecipient\n\n"
                 "Mailbox full\n\nHow to Fix It\nThe recipient's mailbox is full and can't accept messages now. Please "
                 "try resending your message later, or contact the recipient directly.\n" % (rcpt, rcpt.split("@")[0]))
        mid = "<%s@%s>" % (rnd(r, 36, HEXU), "CY8PR11MB%04d.namprd11.prod.outlook.com" % r.randint(1000, 9999))
        hop = ("NAM02-BN1-obe.outbound.protection.outlook.com", "mail-bn1nam02on20%02d.outbound.protection.outlook.com"
               % r.randint(10, 99), "40.107.%d.%d" % (r.randint(90, 240), r.randint(1, 250)))
        extra = ["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "]
    auth = "dkim=none; spf=none (mx: no envelope sender) smtp.helo=%s; dmarc=none" % hop[0]
    trace = mx_trace(r, box, t, hop, "", auth, env_from="")
    h = ["From: %s" % frm_h, "To: %s" % box, "Subject: %s" % subj, "Date: %s" % msg_date(t, "central-noname"),
         "Message-ID: %s" % mid] + extra + [
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status;%s\tboundary="%s"' % (NL, bnd)]
    status = s.get("status", "5.1.1")
    dsn_txt = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
               "Action: failed\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n" % (
                   s["mta"], fmt_date(o["t"]).rsplit(" (", 1)[0], rcpt, rcpt, status, s.get("remote", s["mta"]),
                   s["diag"]))
    orig_h = ("Return-Path: <%s>\nReceived: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.20.1.20])\n\tby "
              "out1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s\nFrom: %s <%s>\nTo: %s\nSubject: %s\n"
              "Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
              "Content-Transfer-Encoding: quoted-printable\n" % (
                  o["from_addr"], rnd(r, 11, HEXU), rcpt, fmt_date(o["t"]), o["from_name"], o["from_addr"], rcpt,
                  o["subject"], fmt_date(o["t"]).rsplit(" (", 1)[0], o["msgid"]))
    part3 = ("Content-Type: message/rfc822", "\n" + orig_h + "\n" + o["body"] + "\n") if s.get("full") else (
        "Content-Type: text/rfc822-headers", "\n" + orig_h)
    hk, henc = encode_body(human, "7bit" if style == "postfix" else "quoted-printable", "utf-8")
    body = NL.join(["This is a MIME-encapsulated message.", "", "--" + bnd,
                    "Content-Description: Notification", 'Content-Type: text/plain; charset="utf-8"',
                    "Content-Transfer-Encoding: " + hk, "", henc.rstrip(NL), "", "--" + bnd,
                    "Content-Description: Delivery report", "Content-Type: message/delivery-status", "",
                    dsn_txt.replace("\n", NL), "--" + bnd, "Content-Description: Undelivered Message Headers"
                    if not s.get("full") else "Content-Description: Undelivered Message", part3[0],
                    part3[1].replace("\n", NL).rstrip(NL),
                    "", "--" + bnd + "--", ""])
    return (NL.join(trace + h) + NL + NL + body).encode("utf-8"), t


def mdn(s):
    """A read receipt: multipart/report; report-type=disposition-notification (Outlook style)."""
    r = rng(s["id"])
    box = BOXES[s["box"]]
    t = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    o = s["orig"]
    frm, dom = s["addr"], s["addr"].split("@")[1]
    p = profile("o365", r, dom, t, "")
    bnd = "_%03d_%s_" % (r.randint(0, 999), rnd(r, 36, HEXU))
    h = ["From: %s" % addr(s["name"], frm), "To: %s" % box, "Subject: Read: %s" % o["subject"],
         "Thread-Topic: %s" % o["subject"], "Thread-Index: AQH" + rnd(r, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
         "Date: %s" % msg_date(t, "utc-bare"), "Message-ID: %s" % p["msgid"], "References: %s" % o["msgid"],
         "In-Reply-To: %s" % o["msgid"], "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
         'Content-Type: multipart/report; report-type=disposition-notification;%s\tboundary="%s"' % (NL, bnd),
         "MIME-Version: 1.0"]
    human = ("Your message\n\nTo: %s\nSubject: %s\nSent: %s %s (UTC-06:00) Central Time (US & Canada)\n\nwas read on "
             "%s %s (UTC-06:00) Central Time (US & Canada).\n" % (o["to_addr"], o["subject"], _long(o["t"]),
                                                                  _ampm(o["t"]), _long(t), _ampm(t)))
    hk, henc = encode_body(human, "quoted-printable", "us-ascii")
    rep = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n" % (
               "CY8PR11MB%04d.namprd11.prod.outlook.com" % r.randint(1000, 9999), frm, o["msgid"]))
    body = NL.join(["--" + bnd, 'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: " + hk, "",
                    henc.rstrip(NL), "", "--" + bnd, "Content-Type: message/disposition-notification", "",
                    rep.replace("\n", NL), "--" + bnd + "--", ""])
    trace = mx_trace(r, box, t, p["hop"], dom, None, env_from=frm)
    sig = dkim(r, dom, "selector2", p["fields"], human, t)
    return (NL.join(trace + [sig] + p["pre"] + h) + NL + NL + body).encode("utf-8"), t
