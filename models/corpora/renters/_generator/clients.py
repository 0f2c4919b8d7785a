"""Mail programs as people use them: each builds the provider hops, the client's own headers and the MIME
body the way that program does, then hands the result to our mx -> mbx01 delivery block."""
from email.utils import format_datetime

from mailkit import (BOX, R, UTC, addr, deliver, enc_header, gmail_hops, gmail_msgid, html_apple, html_gmail,
                     html_outlook, html_owa, html_proton, html_samsung, html_yahoo, icloud_hops, leaf, message,
                     multi, o365_hops, o365_msgid, o365_tail, proton_hops, rhex, rHEX, rs, ruuid, yahoo_hops,
                     fastmail_hops, comcast_hops, ALNUM, later, CDT)


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def flow(text, width=72):
    """RFC 3676 format=flowed as Thunderbird writes it: soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def auto_cte(text):
    if _ascii(text) and all(len(l) <= 76 for l in text.split("\n")):
        return "7bit"
    return "qp"


def threading(spec):
    o = spec.get("reply")
    if not o:
        return []
    refs = o["msgid"]
    return [f"References: {refs}", f"In-Reply-To: {refs}"]


def subj_hdr(spec, enc="B"):
    return "Subject: " + enc_header(spec["subj"], spec.get("hcharset", "utf-8"), enc)


def default_to(spec, style="plain"):
    if spec.get("to"):
        return spec["to"]
    box = BOX[spec["box"]]
    o = spec.get("reply")
    if o and o["from_addr"] == box:
        return f"{o['from_name']} <{box}>"
    if style == "quoted":
        return f'"{box}" <{box}>'
    return box


# ----------------------------------------------------------------------------- programs
def p_gmail(spec):
    t = spec["t"]
    relay, hops, auth = gmail_hops(spec["addr"], spec["box"], t)
    text = spec["text"]
    h = ["MIME-Version: 1.0"] + threading(spec) + [
        "From: " + addr(spec["name"], spec["addr"]),
        "Date: " + format_datetime(t),
        f"X-Gm-Features: AS18Nw{rs(70, ALNUM + '-_')}",
        "Message-ID: " + spec.setdefault("msgid", gmail_msgid()),
        subj_hdr(spec),
        "To: " + default_to(spec),
    ]
    if spec.get("cc"):
        h.append("Cc: " + spec["cc"])
    if spec.get("reply_to"):
        h.insert(h.index("From: " + addr(spec["name"], spec["addr"])) + 1, "Reply-To: " + spec["reply_to"])
    h += spec.get("extra", [])
    kind = spec.get("html")
    cte = spec.get("cte") or auto_cte(text)
    if kind == "none":
        top = leaf('text/plain; charset="UTF-8"', text, "utf-8", cte)
    else:
        b = "000000000000" + rhex(12)
        html = spec.get("html_text") or html_gmail(text)
        parts = [leaf('text/plain; charset="UTF-8"', text, "utf-8", cte),
                 leaf('text/html; charset="UTF-8"', html, "utf-8", "qp" if not _ascii(html) or len(html) > 76 else "7bit")]
        if kind == "only":
            top = parts[1]
        else:
            top = multi('Content-Type: multipart/alternative; boundary="{b}"', parts, b)
    top = _attach(spec, top, "000000000000" + rhex(12), 'Content-Type: multipart/mixed; boundary="{b}"')
    return deliver(spec["box"], spec.get("env_from", spec["addr"]), t, relay, auth) + hops, h, top


def p_gmail_unsub(spec):
    """Gmail's own Unsubscribe button answering a List-Unsubscribe mailto:."""
    t = spec["t"]
    relay, hops, auth = gmail_hops(spec["addr"], spec["box"], t,
                                   dkim_h="to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to")
    h = ["MIME-Version: 1.0",
         "From: " + addr(spec["name"], spec["addr"]),
         "Date: " + format_datetime(t),
         "Message-ID: " + gmail_msgid(),
         subj_hdr(spec),
         "To: " + BOX[spec["box"]]]
    top = leaf('text/plain; charset="UTF-8"', spec["text"], "utf-8", "7bit")
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops, h, top


def p_iphone(spec, account="icloud"):
    t = spec["t"]
    if account == "icloud":
        relay, hops, auth = icloud_hops(spec["addr"], spec["box"], t)
        mid_dom = "icloud.com"
    else:
        relay, hops, auth = gmail_hops(spec["addr"], spec["box"], t,
                                       dkim_h="to:in-reply-to:references:date:message-id:subject:mime-version:from:content-transfer-encoding:from:to:cc:subject:date:message-id:reply-to")
        mid_dom = spec["addr"].split("@")[1]
    text = spec["text"]
    cte = spec.get("cte") or ("qp" if not _ascii(text) or any(len(l) > 76 for l in text.split("\n")) else "7bit")
    kind = spec.get("html", "none")
    if kind in (None, "none"):
        top = leaf("text/plain; charset=utf-8", text, "utf-8", cte)
    else:
        b = "Apple-Mail-" + ruuid()
        top = multi('Content-Type: multipart/alternative; boundary={b}',
                    [leaf("text/plain; charset=utf-8", text, "utf-8", cte),
                     leaf("text/html; charset=utf-8", spec.get("html_text") or html_apple(text), "utf-8", "qp")], b)
    h = ["From: " + addr(spec["name"], spec["addr"], enc="Q"),
         "Mime-Version: 1.0 (1.0)",
         subj_hdr(spec, "Q"),
         "Date: " + format_datetime(t),
         f"Message-Id: <{ruuid()}@{mid_dom}>"]
    h += threading(spec)
    if spec.get("cc"):
        h.append("Cc: " + spec["cc"])
    h += ["To: " + default_to(spec), f"X-Mailer: iPhone Mail ({spec.get('build', '22G86')})"]
    h += spec.get("extra", [])
    # Apple puts Content-Type / CTE first
    top_h = top["h"]
    top["h"] = []
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops + top_h, h, top


def p_iphone_gmail(spec):
    return p_iphone(spec, account="gmail")


def p_apple_mac(spec):
    t = spec["t"]
    relay, hops, auth = icloud_hops(spec["addr"], spec["box"], t)
    text = spec["text"]
    b = "Apple-Mail=_" + ruuid()
    cs = "us-ascii" if _ascii(text) else "utf-8"
    top = multi('Content-Type: multipart/alternative;\n\tboundary="{b}"',
                [leaf(f"text/plain;\n\tcharset={cs}", text, cs, "qp"),
                 leaf(f"text/html;\n\tcharset={cs}", spec.get("html_text") or html_apple(text), cs, "qp")], b)
    h = ["From: " + addr(spec["name"], spec["addr"], enc="Q")]
    top_h = top["h"]
    top["h"] = []
    h += top_h
    h += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))", subj_hdr(spec, "Q")]
    h += threading(spec)
    h += ["Date: " + format_datetime(t), "To: " + default_to(spec),
          f"Message-Id: <{ruuid()}@icloud.com>", "X-Mailer: Apple Mail (2.3826.700.81)"]
    h += spec.get("extra", [])
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops, h, top


def p_o365(spec, flavor="desktop"):
    """Outlook desktop / Outlook on the web / Outlook for iOS on Exchange Online (universities, outlook.com)."""
    t = spec["t"]
    dom = spec["addr"].split("@")[1]
    pod = spec.get("pod", R.choice(["SA1PR06MB", "CH3PR04MB", "DM6PR11MB", "BN0PR05MB", "MN2PR06MB", "PH0PR04MB"]))
    dkim_d = spec.get("dkim_d")
    if dom in ("outlook.com", "hotmail.com", "live.com"):
        relay, hops, auth, srv = o365_hops(spec["addr"], spec["box"], t, dom, pod, dkim_d=dom)
    else:
        relay, hops, auth, srv = o365_hops(spec["addr"], spec["box"], t, dom, pod, dkim_d=dkim_d)
    text = spec["text"]
    kind = spec.get("html")
    if flavor == "owa":
        cs = spec.get("charset", "iso-8859-1")
        plain = leaf(f'text/plain; charset="{cs}"', text, cs, spec.get("cte") or "qp")
        html = leaf(f'text/html; charset="{cs}"', spec.get("html_text") or html_owa(text, cs), cs, "qp")
    else:
        cs = spec.get("charset") or ("us-ascii" if _ascii(text) else "utf-8")
        plain = leaf(f'text/plain; charset="{cs}"', text, cs, spec.get("cte") or "qp")
        html = leaf(f'text/html; charset="{cs}"', spec.get("html_text") or html_outlook(text, cs), cs, "qp")
    mid = o365_msgid(srv)
    b = "_000_" + mid[1:].split("@")[0] + "_"
    if kind == "only":
        top = html
    elif kind == "none":
        top = plain
    else:
        top = multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', [plain, html], b)
    top = _attach(spec, top, "_004_" + mid[1:].split("@")[0] + "_", 'Content-Type: multipart/mixed;\n\tboundary="{b}"')
    sent_name = spec.get("o365_name", spec["name"])
    h = ["From: " + addr(sent_name, spec["addr"], quote=True),
         "To: " + default_to(spec, "quoted")]
    if spec.get("cc"):
        h.append("Cc: " + spec["cc"])
    if spec.get("reply_to"):
        h.append("Reply-To: " + spec["reply_to"])
    topic = spec["subj"]
    for pfx in ("RE: ", "Re: ", "FW: ", "Fw: ", "Fwd: ", "RV: "):
        if topic.startswith(pfx):
            topic = topic[len(pfx):]
    h += [subj_hdr(spec),
          "Thread-Topic: " + enc_header(topic, "utf-8", "B", "Thread-Topic"),
          f"Thread-Index: AQH{rs(25)}" + (f"\n {rs(20)}==" if spec.get("reply") else "=="),
          "Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
          "Message-ID: " + mid]
    h += threading(spec)
    h += ["Accept-Language: en-US" if spec.get("lang", "en") == "en" else "Accept-Language: es-MX, en-US",
          "Content-Language: " + ("en-US" if spec.get("lang", "en") == "en" else "es-MX"),
          "X-MS-Has-Attach:" + (" yes" if spec.get("attach") else ""),
          "X-MS-TNEF-Correlator:"]
    if flavor == "desktop":
        h.append("msip_labels:")
    if flavor == "ios":
        h.append("x-ms-reactions: allow")
    h += spec.get("extra", [])
    tail = o365_tail(dom, t)
    top["h"] = top["h"] + ["MIME-Version: 1.0"] + tail
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops, h, top


def p_outlook_desktop(spec):
    return p_o365(spec, "desktop")


def p_owa(spec):
    return p_o365(spec, "owa")


def p_outlook_ios(spec):
    return p_o365(spec, "ios")


def p_yahoo(spec, dom="yahoo.com", mailer="WebService/1.1.24265 YMailNorrin"):
    t = spec["t"]
    relay, hops, auth = yahoo_hops(spec["addr"], spec["box"], t, dom)
    text = spec["text"]
    n = R.randint(1000000, 9999999)
    b = f"----=_Part_{n}_{R.randint(100000000, 999999999)}.{int(t.timestamp() * 1000)}"
    cte = spec.get("cte") or ("7bit" if _ascii(text) and all(len(l) <= 76 for l in text.split("\n")) else "qp")
    parts = [leaf("text/plain; charset=UTF-8", text, "utf-8", cte),
             leaf("text/html; charset=UTF-8", spec.get("html_text") or html_yahoo(text), "utf-8", "qp")]
    if spec.get("html") == "none":
        top = parts[0]
    else:
        top = multi('Content-Type: multipart/alternative; \n\tboundary="{b}"', parts, b)
    h = ["Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000") + " (UTC)",
         "From: " + addr(spec["name"], spec["addr"]),
         "To: " + default_to(spec, "quoted"),
         f"Message-ID: <{n}.{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}@mail.{dom}>"]
    h += threading(spec)[::-1]
    h += [subj_hdr(spec), "MIME-Version: 1.0"]
    top_h = top["h"]
    top["h"] = []
    h += top_h
    h += spec.get("extra", []) + [f"X-Mailer: {spec.get('mailer', mailer)}"]
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops, h, top


def p_yahoo_ios(spec):
    return p_yahoo(spec, mailer="WebService/1.1.24265 YahooMailIosMobile")


def p_yahoo_android(spec):
    return p_yahoo(spec, mailer="WebService/1.1.24265 YahooMailAndroidMobile")


def p_aol(spec):
    return p_yahoo(spec, dom="aol.com", mailer="WebService/1.1.24265 AolMailNorrin")


def p_samsung(spec):
    """Samsung Email on a Gmail account: base64 parts, its own boundary."""
    t = spec["t"]
    relay, hops, auth = gmail_hops(spec["addr"], spec["box"], t,
                                   dkim_h="to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to")
    text = spec["text"]
    b = f"--_com.samsung.android.email_{R.randint(10 ** 15, 10 ** 16 - 1)}"
    parts = [leaf('text/plain; charset=utf-8', text, "utf-8", "b64"),
             leaf('text/html; charset=utf-8', spec.get("html_text") or html_samsung(text), "utf-8", "b64")]
    top = multi('Content-Type: multipart/alternative; boundary="{b}"', parts, b)
    h = ["Message-ID: " + f"<{rs(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{R.randint(10 ** 9, 10 ** 10 - 1)}@email.android.com>",
         "Date: " + format_datetime(t),
         "Subject: " + enc_header(spec["subj"]),
         "From: " + addr(spec["name"], spec["addr"]),
         "To: " + default_to(spec)]
    h += threading(spec)
    h += ["MIME-Version: 1.0"] + spec.get("extra", [])
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops, h, top


def p_thunderbird(spec, hopsf=fastmail_hops):
    t = spec["t"]
    relay, hops, auth = hopsf(spec["addr"], spec["box"], t)
    text = spec["text"]
    cs = spec.get("charset", "UTF-8")
    if spec.get("flowed", True):
        text = flow(text)
    cte = spec.get("cte") or ("7bit" if _ascii(text) else "8bit")
    fmt = "; format=flowed" if spec.get("flowed", True) else ""
    top = leaf(f"text/plain; charset={cs}{fmt}", text, cs.lower(), cte)
    dom = spec["addr"].split("@")[1]
    h = [f"Message-ID: <{ruuid(False)}@{dom}>",
         "Date: " + format_datetime(t),
         "MIME-Version: 1.0",
         f"User-Agent: Mozilla Thunderbird",
         "Content-Language: " + spec.get("content_lang", "en-US")]
    h += ["To: " + default_to(spec)]
    if spec.get("reply"):
        o = spec["reply"]
        h.insert(5, f"References: {o['msgid']}")
    h += ["From: " + addr(spec["name"], spec["addr"], charset=cs.lower(), enc="Q"),
          "Subject: " + enc_header(spec["subj"], cs.lower(), "Q")]
    if spec.get("reply"):
        h.append(f"In-Reply-To: {spec['reply']['msgid']}")
    h += spec.get("extra", [])
    top_h = top["h"]
    top["h"] = []
    h += top_h
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops, h, top


def p_thunderbird_comcast(spec):
    return p_thunderbird(spec, comcast_hops)


def p_proton(spec):
    t = spec["t"]
    dom = spec["addr"].split("@")[1]
    relay, hops, auth = proton_hops(spec["addr"], spec["box"], t, dom)
    text = spec["text"]
    b = "b1=_" + rs(40, ALNUM)
    parts = [leaf("text/plain; charset=utf-8", text, "utf-8", "qp"),
             leaf("text/html; charset=utf-8", spec.get("html_text") or html_proton(text), "utf-8", "b64")]
    top = multi('Content-Type: multipart/alternative;\n boundary="{b}"', parts, b)
    h = ["Date: " + format_datetime(t.astimezone(UTC)).replace("-0000", "+0000"),
         "To: " + default_to(spec),
         "From: " + addr(spec["name"], spec["addr"]),
         subj_hdr(spec),
         f"Message-ID: <{rs(86, ALNUM + '_-')}=@{dom}>"]
    h += threading(spec)
    h += [f"Feedback-ID: {R.randint(10000000, 99999999)}:user:proton",
          f"X-Pm-Message-ID: {rhex(40)}", "MIME-Version: 1.0"]
    h += spec.get("extra", [])
    top_h = top["h"]
    top["h"] = []
    h += top_h
    return deliver(spec["box"], spec["addr"], t, relay, auth) + hops, h, top


def p_webform(spec):
    """Our own Contact Us form relay: From noreply@alliantenergy.com, the customer in Reply-To."""
    t = spec["t"]
    n = R.randint(1, 4)
    relay = (f"web0{n}.alliantenergy.com", f"web0{n}.alliantenergy.com", f"10.30.8.2{n}")
    auth = ["dkim=pass header.d=alliantenergy.com header.s=ae2024 header.b=" + rs(8),
            f"spf=pass (mx.alliant-energy.com: domain of noreply@alliantenergy.com designates 10.30.8.2{n} as permitted sender) smtp.mailfrom=noreply@alliantenergy.com",
            "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=alliantenergy.com"]
    text = spec["text"]
    cs = "utf-8"
    top = leaf('text/plain; charset="utf-8"', text, cs, "qp" if not _ascii(text) else "7bit")
    h = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com; s=ae2024;\n\t"
         f"t={int(t.timestamp())}; bh={rs(43)}=;\n\th=From:Reply-To:To:Subject:Date:Message-ID;\n\t" + __import__('mailkit').folded("b=", 342),
         "From: " + spec.get("from_disp", "Alliant Energy Web Forms <noreply@alliantenergy.com>"),
         "Reply-To: " + spec["reply_to"],
         "To: " + BOX[spec["box"]],
         subj_hdr(spec),
         "Date: " + format_datetime(t),
         f"Message-ID: <webform.{R.randint(100000, 999999)}.{int(t.timestamp())}@web0{n}.alliantenergy.com>",
         "X-Mailer: AE-WebForms/4.2",
         "X-Form-Id: contact-us",
         "MIME-Version: 1.0"]
    return deliver(spec["box"], "noreply@alliantenergy.com", t, relay, auth, tls=False, delay=(0, 1)), h, top


def _attach(spec, top, boundary, fmt):
    att = spec.get("attach")
    if not att:
        return top
    return multi(fmt, [top] + att, boundary)


PROGRAMS = {
    "gmail": p_gmail, "gmail_unsub": p_gmail_unsub, "iphone": p_iphone, "iphone_gmail": p_iphone_gmail,
    "apple_mac": p_apple_mac, "outlook": p_outlook_desktop, "owa": p_owa, "outlook_ios": p_outlook_ios,
    "yahoo": p_yahoo, "yahoo_ios": p_yahoo_ios, "yahoo_android": p_yahoo_android, "aol": p_aol,
    "samsung": p_samsung, "thunderbird": p_thunderbird, "thunderbird_comcast": p_thunderbird_comcast,
    "proton": p_proton, "webform": p_webform,
}


def compose(spec):
    fn = PROGRAMS[spec["prog"]]
    pre, h, top = fn(spec)
    return message(pre + h, top)
