"""Assemble a message written by a person (new text typed in a mail program, maybe quoting our mail)."""
import datetime as _dt
import textwrap

import clients as C
import ours
from lib import (at, esc, fold, local_to_utc, ralnum, rfc2047, rhex, rng_for, text_to_html_lines, uuid_upper)

TD = _dt.timedelta


def flowed(text, width=72):
    """format=flowed: soft-wrap long lines with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def hdr_addr(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (rfc2047(name, "utf-8", "Q"), addr)
    if any(c in name for c in ",.()"):
        return '"%s" <%s>' % (name, addr)
    return "%s <%s>" % (name, addr)


def subj_hdr(subject):
    try:
        subject.encode("ascii")
        return fold("Subject", subject) if subject else "Subject: "
    except UnicodeEncodeError:
        return "Subject: " + rfc2047(subject, "utf-8", "B")


def build(s):
    rng = rng_for(s["key"])
    client = s["client"]
    mailbox = s["mailbox"]
    box = C.MAILBOX_ADDR[mailbox]
    tzname = s.get("tz", "central")
    t_send = local_to_utc(s["when"], tzname) + TD(seconds=rng.randint(0, 59))
    addr = s["addr"]
    dom = addr.split("@")[1]
    provider = s.get("provider") or C.DOMAIN_PROVIDER.get(dom)
    if client == "webform":
        provider = "webform"

    # ---- what is quoted / forwarded ---------------------------------------------------------------
    our = None
    mode = None
    if s.get("reply"):
        our, mode = ours.resolve(s["reply"]), "reply"
    elif s.get("fwd"):
        our, mode = ours.resolve(s["fwd"]), "forward"
    our_mid = ours.our_message_id(our, rng_for(s["key"] + ":our")) if our else None

    subject = s.get("subject")
    if s.get("unsub"):
        subject = ours.unsub_subject(ours.resolve(s["unsub"]), rng_for(s["key"] + ":unsub"))
    if subject is None:
        if mode == "reply":
            subject = "Re: " + our["subject"]
        elif mode == "forward":
            subject = ("Fw: " if client.startswith("outlook") else "Fwd: ") + our["subject"]
        else:
            subject = ""
    to_hdr = s.get("to") or (hdr_addr(our["name"], box) if mode == "reply" else box)

    sig = s.get("sig", C.SIGS.get(client))
    new = s["body"].strip("\n")
    q_plain, q_html = ("", "")
    if our:
        q_plain, q_html = C.quote(client, our, addr, mode)

    # ---- plain text --------------------------------------------------------------------------------
    plain = new
    if sig:
        sig_plain = sig
        plain = (plain + "\n\n" + sig_plain) if plain else sig_plain
    if q_plain:
        if mode == "forward":
            plain = plain + "\n\n" + q_plain.lstrip("\n")
        else:
            plain = plain + q_plain
    plain = plain.rstrip("\n") + "\n"
    if client in ("roundcube", "thunderbird"):
        plain = flowed(plain)

    new_html = "".join('<div%s>%s</div>' % (' dir="auto"' if client.startswith("gmail") or client == "iphone" else "",
                                            esc(l) if l else "<br>") for l in new.split("\n")) if new else ""
    sig_html = ""
    if sig:
        if client == "outlook_android":
            sig_html = '<div id="ms-outlook-mobile-signature"><br>Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>'
        elif client.startswith("yahoo") or client.startswith("aol"):
            sig_html = '<div id="ymail_android_signature"><br><br><a href="#">%s</a></div>' % esc(sig)
        else:
            sig_html = "<div><br></div><div>%s</div>" % text_to_html_lines(sig)
    html = C.html_wrap(client, new_html, q_html, sig_html)

    form = s.get("form") or {"iphone": "alt" if our else "plain", "roundcube": "plain", "thunderbird": "plain",
                              "webform": "plain"}.get(client, "alt")
    cs = C.charset_for(client, plain + html, s.get("charset"))
    html = html.replace("%CS%", cs)
    cte = s.get("cte")
    flowed_ct = "; format=flowed" if client in ("roundcube", "thunderbird") else ""
    omit7 = client.startswith("gmail")
    ph, pb, _ = C.leaf("text/plain", cs, plain, cte, flowed_ct, omit_7bit_cte=omit7)
    hh, hb, _ = C.leaf("text/html", cs, html + "\n", s.get("html_cte") or cte, omit_7bit_cte=omit7)
    if client.startswith("gmail") and cs == "UTF-8":
        ph[0] = 'Content-Type: text/plain; charset="UTF-8"'
        hh[0] = 'Content-Type: text/html; charset="UTF-8"'
    if client.startswith("outlook"):
        ph[0] = 'Content-Type: text/plain; charset="%s"' % cs
        hh[0] = 'Content-Type: text/html; charset="%s"' % cs
    if form == "plain":
        body_hdr, body = ph, pb
    elif form == "html":
        body_hdr, body = hh, hb
    else:
        if client.startswith("gmail"):
            bnd = "000000000000" + rhex(rng, 16)
        elif client == "iphone":
            bnd = "Apple-Mail-" + uuid_upper(rng)
        elif client.startswith("yahoo") or client.startswith("aol") or client == "ox":
            bnd = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999),
                                           int(t_send.timestamp() * 1000))
        elif client.startswith("outlook"):
            bnd = "_000_%s_" % ralnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        elif client == "samsung":
            bnd = "--_com.samsung.android.email_%d" % rng.randint(10 ** 14, 10 ** 15 - 1)
        elif client == "zimbra":
            bnd = "=_" + uuid_upper(rng).lower()
        else:
            bnd = "------------" + ralnum(rng, 24)
        body_hdr = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
        body = C.multipart("alternative", bnd, [(ph, pb), (hh, hb)])

    # ---- provider trace (first, so Exchange ids match the Received chain) -------------------------------
    srv = pod = helo = None
    if provider != "webform":
        res = C.provider_trace(provider, rng, addr, t_send, dom, box, client, business=s.get("business"))
        if provider in ("msn", "m365"):
            (P, host, ip, auth, env, t_arr), (helo, srv, pod) = res
        else:
            P, host, ip, auth, env, t_arr = res

    # ---- client headers ------------------------------------------------------------------------------
    fromh = hdr_addr(s.get("name"), addr)
    if mode == "forward" and not client.startswith("gmail"):
        our_mid = None
    refs = our_mid
    if s.get("refs_extra"):
        refs = s["refs_extra"] + " " + our_mid
    date_local = at(t_send, tzname)
    H = []
    mid_dom = dom
    if client.startswith("gmail"):
        mid = "<CA%s@mail.gmail.com>" % ralnum(rng, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
        H.append("MIME-Version: 1.0")
        if our_mid:
            H.append("References: %s" % refs)
            H.append("In-Reply-To: %s" % our_mid)
        H.append("From: %s" % fromh)
        H.append("Date: %s" % date_local)
        H.append("Message-ID: %s" % mid)
        H.append(subj_hdr(subject))
        H.append("To: %s" % to_hdr)
        if s.get("reply_to"):
            H.append("Reply-To: %s" % s["reply_to"])
        H.extend(body_hdr)
    elif client == "iphone":
        mid = "<%s@%s>" % (uuid_upper(rng), mid_dom)
        H.extend(body_hdr)
        H.append("From: %s" % fromh)
        H.append("Mime-Version: 1.0 (1.0)")
        H.append(subj_hdr(subject))
        H.append("Date: %s" % date_local)
        if our_mid:
            H.append("References: %s" % refs)
            H.append("In-Reply-To: %s" % our_mid)
        H.append("To: %s" % to_hdr)
        H.append("Message-Id: %s" % mid)
        H.append("X-Mailer: iPhone Mail (%s)" % C.IOS_BUILDS_BY_MONTH[t_send.month])
    elif client.startswith("yahoo") or client.startswith("aol"):
        mid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 9 * 10 ** 6),
                                             int(t_send.timestamp() * 1000))
        H.append("Date: %s" % at(t_send, "utc", abbr=True))
        H.append("From: %s" % fromh)
        H.append("To: %s" % to_hdr)
        H.append("Message-ID: %s" % mid)
        if our_mid:
            H.append("In-Reply-To: %s" % our_mid)
            H.append("References: %s" % refs)
        H.append(subj_hdr(subject))
        H.append("MIME-Version: 1.0")
        H.extend(body_hdr)
        H.append("%s: %s" % C.X_MAILER[client])
    elif client.startswith("outlook"):
        mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, ralnum(rng, 16, "ABCDEF0123456789"), srv, pod[5:7])
        H.append("From: %s" % fromh)
        H.append("To: %s" % to_hdr)
        H.append(subj_hdr(subject))
        H.append(fold("Thread-Topic", subject.split(": ", 1)[1] if subject[:4] in ("Re: ", "RE: ", "Fw: ", "FW: ")
                      else subject) if subject else "Thread-Topic: ")
        H.append("Thread-Index: AQH%s" % ralnum(rng, 29) + ("==" if our else "A=="))
        H.append("Date: %s" % at(t_send, "utc"))
        H.append("Message-ID: %s" % mid)
        if our_mid:
            H.append("References: %s" % refs)
            H.append("In-Reply-To: %s" % our_mid)
        if s.get("reply_to"):
            H.append("Reply-To: %s" % s["reply_to"])
        H.append("Accept-Language: en-US")
        H.append("Content-Language: en-US")
        H.append("X-MS-Has-Attach: ")
        H.append("X-MS-TNEF-Correlator: ")
        H.append("msip_labels: ")
        H.append("x-ms-exchange-messagesentrepresentingtype: 1")
        if provider == "msn":
            H.append("x-tmn: [%s]" % ralnum(rng, 32))
        H.append("x-ms-publictraffictype: Email")
        H.extend(body_hdr)
        H.append("MIME-Version: 1.0")
    elif client == "samsung":
        mid = "<%s.%d@email.android.com>" % (ralnum(rng, 16, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                             int(t_send.timestamp() * 1000))
        H.append("Message-ID: %s" % mid)
        H.append("Date: %s" % date_local)
        H.append(subj_hdr(subject))
        H.append("From: %s" % fromh)
        H.append("To: %s" % to_hdr)
        if our_mid:
            H.append("In-Reply-To: %s" % our_mid)
            H.append("References: %s" % refs)
        H.append("MIME-Version: 1.0")
        H.extend(body_hdr)
        H.append("X-Priority: 3")
        H.append("Importance: Normal")
    elif client == "roundcube":
        mid = "<%s@%s>" % (rhex(rng, 32), dom)
        H.append("MIME-Version: 1.0")
        H.append("Date: %s" % date_local)
        H.append("From: %s" % fromh)
        H.append("To: %s" % to_hdr)
        H.append(subj_hdr(subject))
        if our_mid:
            H.append("In-Reply-To: %s" % our_mid)
            H.append("References: %s" % refs)
        H.append("Message-ID: %s" % mid)
        H.append("X-Sender: %s" % addr)
        H.append("User-Agent: Roundcube Webmail/1.6.%d" % rng.randint(1, 9))
        H.extend(body_hdr)
    elif client == "thunderbird":
        mid = "<%s@%s>" % (uuid_upper(rng).lower(), dom)
        H.append("Message-ID: %s" % mid)
        H.append("Date: %s" % date_local)
        H.append("MIME-Version: 1.0")
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("Content-Language: en-US")
        H.append("To: %s" % to_hdr)
        H.append("From: %s" % fromh)
        H.append(subj_hdr(subject))
        if our_mid:
            H.append("References: %s" % refs)
            H.append("In-Reply-To: %s" % our_mid)
        H.extend(body_hdr)
    elif client == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 9 * 10 ** 6),
                                                 int(t_send.timestamp() * 1000), dom)
        H.append("Date: %s" % at(t_send, tzname, abbr=True))
        H.append("From: %s" % fromh)
        H.append("To: %s" % to_hdr)
        H.append("Message-ID: %s" % mid)
        if our_mid:
            H.append("In-Reply-To: %s" % our_mid)
        H.append(subj_hdr(subject))
        H.append("MIME-Version: 1.0")
        H.extend(body_hdr)
        H.append("X-Originating-IP: [%d.%d.%d.%d]" % (rng.randint(24, 210), rng.randint(1, 250), rng.randint(1, 250),
                                                    rng.randint(1, 250)))
        H.append("X-Mailer: %s" % C.X_MAILER["zimbra"][1])
        H.append(fold("Thread-Topic", subject or ""))
        H.append("Thread-Index: %s" % ralnum(rng, 28))
    elif client == "ox":
        mid = "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 9 * 10 ** 5),
                                                  int(t_send.timestamp() * 1000))
        H.append("Date: %s" % at(t_send, tzname, abbr=True))
        H.append("From: %s" % fromh)
        H.append("To: %s" % to_hdr)
        H.append("Message-ID: %s" % mid)
        if our_mid:
            H.append("In-Reply-To: %s" % our_mid)
            H.append("References: %s" % refs)
        H.append(subj_hdr(subject))
        H.append("MIME-Version: 1.0")
        H.extend(body_hdr)
        H.append("X-Priority: 3")
        H.append("Importance: Normal")
        H.append("X-Mailer: %s" % C.X_MAILER["ox"][1])
        H.append("X-Originating-Client: open-xchange-appsuite")
    elif client == "webform":
        mid = "<%s@web02.alliant-energy.com>" % rhex(rng, 32)
        H.append("Date: %s" % date_local)
        H.append("To: %s" % box)
        H.append('From: "Alliant Energy Web Forms" <%s>' % ours.NOREPLY)
        H.append("Reply-To: %s" % s["reply_to"])
        H.append(subj_hdr(subject))
        H.append("Message-ID: %s" % mid)
        H.append("X-Mailer: AE-WebForms 2.3")
        H.append("MIME-Version: 1.0")
        H.extend(body_hdr)
    else:
        raise ValueError(client)
    if s.get("extra_headers"):
        H.extend(s["extra_headers"])

    if provider == "webform":
        t_arr = t_send + TD(seconds=rng.randint(0, 2))
        top = C.our_trace(rng, mailbox, ours.NOREPLY, "web02.alliant-energy.com", "10.20.4.12", t_arr,
                          "dkim=none; spf=pass smtp.mailfrom=%s" % ours.NOREPLY, tls=False)
        msg = top + H
    else:
        top = C.our_trace(rng, mailbox, env, host, ip, t_arr, auth, helo=helo)
        msg = top + P + H
    raw = "\n".join(msg) + "\n\n" + body
    return raw, dict(mid=None, date=t_send, program=client, our=our, mode=mode, plain=plain)
