"""How real mail programs build a person's message (headers, MIME shape, quoting, signatures)."""
import uuid
from datetime import timedelta, timezone

from mime import Leaf, Multi, addr, enc_word, esc, fold, message_bytes, rfcdate
from ours import OURS, CC, PH, to_central

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

MAILBOX_ADDR = {"customercare": CC, "powerhousecatalog": PH}


def h12(dt, sec=False, lower=False):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    return ("%d:%02d:%02d %s" % (h, dt.minute, dt.second, ap)) if sec else ("%d:%02d %s" % (h, dt.minute, ap))


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def tzname(dt):
    return "CDT" if dt.utcoffset() == timedelta(hours=-5) else "CST"


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uid(rng, upper=True):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


# ----------------------------------------------------------------- transport

def provider(address):
    dom = address.split("@")[1].lower()
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail"
    if dom in ("hotmail.com", "outlook.com", "live.com", "msn.com"):
        return "outlookcom"
    if dom in ("yahoo.com", "aol.com", "att.net", "sbcglobal.net", "ymail.com", "yahoo.com.mx"):
        return "yahoo"
    if dom in ("icloud.com", "me.com", "mac.com"):
        return "icloud"
    if dom == "comcast.net":
        return "comcast"
    if dom in ("proton.me", "protonmail.com"):
        return "proton"
    if dom in ("charter.net", "mchsi.com", "tds.net", "windstream.net", "netins.net",
               "frontier.com", "centurylink.net", "mediacombb.net", "chorus.net"):
        return "isp"
    return "m365"


def received_chain(rng, address, when, rcpt, mx_delay=None):
    """Received lines, newest first, from the sender's provider to our MX."""
    prov = provider(address)
    dom = address.split("@")[1].lower()
    t_mx = to_central(when + timedelta(seconds=mx_delay if mx_delay is not None else rng.randint(2, 40)))
    utc = when.astimezone(timezone.utc)
    qid = alnum(rng, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    mx = "mx%d.alliant-energy.com" % rng.randint(1, 2)
    if prov == "gmail":
        host = "mail-%s%d-f%d.google.com" % (rng.choice(["yw", "qk", "pj", "oi", "ua", "lf"]), rng.randint(1, 9), rng.randint(170, 199))
        ip = "209.85.%d.%d" % (rng.randint(128, 223), rng.randint(2, 250))
        ext = (host, host, ip)
        inner = ["Received: by %s with SMTP id %s\n        for <%s>; %s" % (
            host, alnum(rng, 14).lower(), rcpt, rfcdate(utc.astimezone(timezone(timedelta(hours=-8))).replace(microsecond=0)) + " (PST)")]
        auth = "dkim=pass header.d=gmail.com header.s=20230601; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=gmail.com" % address
    elif prov == "outlookcom":
        nam = rng.choice(["NAM10", "NAM11", "NAM12", "NAM04"])
        host = "%s-%s-obe.outbound.protection.outlook.com" % (nam, rng.choice(["DM6", "BN8", "MW2", "CO1"]))
        rdns = "mail-%solkn20%02d.outbound.protection.outlook.com" % (rng.choice(["dm6", "bn8", "mw2", "co1"]) + nam.lower(), rng.randint(10, 99))
        ip = "40.92.%d.%d" % (rng.randint(1, 120), rng.randint(2, 250))
        ext = (host, rdns, ip)
        pr = "%sPR%02dMB%04d.namprd%02d.prod.outlook.com" % (rng.choice(["SA1", "CH3", "PH7", "DM4", "BY5"]), rng.randint(10, 19), rng.randint(1000, 9999), rng.randint(2, 20))
        inner = ["Received: from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.%d.%03d; %s" % (
            pr, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), pr, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4),
            rng.randint(8000, 8600), rng.randint(0, 999), rfcdate(utc.replace(microsecond=0)))]
        auth = "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, address, dom)
    elif prov == "yahoo":
        dc = rng.choice(["gq1", "ne1", "bf2"])
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 60), dc)
        ip = "%s.%d.%d" % (rng.choice(["98.137", "66.163", "74.6"]), rng.randint(1, 250), rng.randint(2, 250))
        ext = (host, host, ip)
        inner = ["Received: by hermes--production-%s-%s-%s (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID %s;\n          %s" % (
            dc, hexs(rng, 10), alnum(rng, 5).lower(), hexs(rng, 32), rfcdate(utc.replace(microsecond=0)))]
        auth = "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, address, dom)
    elif prov == "icloud":
        host = "st43p00im-ztdg%08d.me.com" % rng.randint(10000000, 99999999)
        ip = "17.58.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
        ext = (host, host, ip)
        inner = ["Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            host, alnum(rng, 12, "0123456789ABCDEF"), rcpt, rfcdate(utc.replace(microsecond=0)))]
        auth = "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, address, dom)
    elif prov == "comcast":
        host = "resomta-h1p-%06d.sys.comcast.net" % rng.randint(100000, 999999)
        ip = "96.102.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
        ext = (host, host, ip)
        inner = ["Received: from oxapp-hoa-%02do.email.comcast.net ([96.118.%d.%d])\n\tby %s with ESMTPSA\n\tid %s; %s" % (
            rng.randint(1, 60), rng.randint(1, 250), rng.randint(2, 250), host, alnum(rng, 20), rfcdate(utc.replace(microsecond=0)))]
        auth = "dkim=pass header.d=comcast.net; spf=pass smtp.mailfrom=%s" % address
    elif prov == "proton":
        host = "mail-%d.protonmail.ch" % rng.randint(4000, 4999)
        ip = "185.70.%d.%d" % (rng.randint(40, 43), rng.randint(2, 250))
        ext = (host, host, ip)
        inner = []
        auth = "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, address, dom)
    elif prov == "isp":
        host = "smtp%02d.%s" % (rng.randint(1, 12), dom)
        ip = "%d.%d.%d.%d" % (rng.choice([24, 66, 69, 72, 173, 207]), rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250))
        ext = (host, host, ip)
        cip = "%d.%d.%d.%d" % (rng.choice([71, 97, 98, 174]), rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250))
        inner = ["Received: from [192.168.%d.%d] (%s-%s.dyn.%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rng.randint(0, 1), rng.randint(2, 200), cip.replace(".", "-"), rng.choice(["res", "cust", "dsl"]), dom, cip, address,
            host, alnum(rng, 10, "0123456789ABCDEF"), rcpt, rfcdate(to_central(when).replace(microsecond=0)))]
        auth = "spf=pass smtp.mailfrom=%s; dkim=none" % address
    else:  # corporate Microsoft 365
        nam = rng.choice(["nam11", "nam12", "nam10", "nam02"])
        host = "%s.outbound.protection.outlook.com" % rng.choice(["NAM11-CO1-obe", "NAM12-BN8-obe", "NAM10-DM6-obe", "NAM02-SN1-obe"])
        rdns = "mail-%son2%03d.outbound.protection.outlook.com" % (rng.choice(["co1", "bn8", "dm6", "sn1"]) + nam, rng.randint(100, 199))
        ip = "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250))
        ext = (host, rdns, ip)
        pr = "%sPR%02dMB%04d.namprd%02d.prod.outlook.com" % (rng.choice(["MN2", "BL1", "CY4", "IA1"]), rng.randint(10, 19), rng.randint(1000, 9999), rng.randint(2, 20))
        inner = ["Received: from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%6]) with mapi id 15.20.%d.%03d; %s" % (
            pr, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), pr, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4),
            rng.randint(8000, 8600), rng.randint(0, 999), rfcdate(utc.replace(microsecond=0)))]
        auth = "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, address, dom)
    top = "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        ext[0], ext[1], ext[2], mx, qid, rcpt, rfcdate(t_mx.replace(microsecond=0)) + " (%s)" % tzname(t_mx))
    return [top] + inner, "Authentication-Results: %s;\n\t%s" % (mx, auth)


# ----------------------------------------------------------------- text helpers

def quote_lines(text, prefix="> "):
    out = []
    for ln in text.split("\n"):
        out.append(prefix.rstrip() if ln == "" else prefix + ln)
    return "\n".join(out)


def flow(text, width=72):
    """format=flowed soft line breaks (RFC 3676): long lines end in a space where they were broken."""
    out = []
    for ln in text.split("\n"):
        if len(ln) <= 78 or ln.startswith(">"):
            out.append(ln)
            continue
        words = ln.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def html_paras(text):
    """Plain text to simple HTML lines (one <div> per line, empty line = <div><br></div>)."""
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
    return "\n".join(out)


def html_br(text):
    return "<br>\n".join(esc(ln) for ln in text.split("\n"))


# ----------------------------------------------------------------- attribution lines

def attribution(style, lang, o, cust):
    d = to_central(o["when"])
    frm = "%s <%s>" % (o["from_name"], o["from_addr"])
    if style == "gmail":
        if lang == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                ES_DAYS3[d.weekday()], d.day, ES_MON3[d.month - 1], d.year, d.hour, d.minute, o["from_name"], o["from_addr"])
        return "On %s, %s %d, %d at %s %s wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12(d), frm)
    if style == "iphone":
        if lang == "es":
            return "El %d %s %d, a la(s) %d:%02d %s, %s escribió:" % (
                d.day, ES_MON3[d.month - 1], d.year, d.hour % 12 or 12, d.minute, "a.m." if d.hour < 12 else "p.m.", frm)
        return "On %s %d, %d, at %s, %s wrote:" % (EN_MON[d.month - 1][:3], d.day, d.year, h12(d), frm)
    if style == "apple":
        return "On %s %d, %d, at %02d:%02d, %s wrote:" % (EN_MON[d.month - 1][:3], d.day, d.year, d.hour, d.minute, frm)
    if style == "yahoo":
        if lang == "es":
            return "El %s, %d de %s de %d, %02d:%02d:%02d %s, %s escribió:" % (
                ES_DAYS[d.weekday()], d.day, ES_MON[d.month - 1], d.year, d.hour, d.minute, d.second, tzname(d), frm)
        return "On %s, %s %d, %d at %s %s, %s wrote:" % (
            EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12(d, sec=True), tzname(d), frm)
    if style == "yahoo_android":
        return "On %s, %s %d, %d at %s, %s<%s> wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12(d), o["from_name"], o["from_addr"])
    if style == "thunderbird":
        if lang == "es":
            return "El %d/%d/%02d a las %d:%02d, %s escribió:" % (d.day, d.month, d.year % 100, d.hour, d.minute, o["from_name"])
        return "On %d/%d/%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, h12(d), o["from_name"])
    if style == "roundcube":
        return "On %d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, o["from_name"])
    if style == "ox":
        return "On %02d/%02d/%d %s %s %s wrote:" % (d.month, d.day, d.year, h12(d), tzname(d), frm)
    if style == "proton":
        return "On %s, %s %s, %d at %s, %s wrote:" % (
            EN_DAYS[d.weekday()], EN_MON[d.month - 1], ordinal(d.day), d.year, h12(d), frm)
    raise ValueError(style)


def header_block(style, lang, o, cust, cust_name=None):
    """Outlook / Samsung / AOL / WLM style quoted header blocks (no '>' prefix)."""
    d = to_central(o["when"])
    frm = "%s <%s>" % (o["from_name"], o["from_addr"])
    to = "%s <%s>" % (cust_name or cust, cust) if cust_name else cust
    subj = o["subject"]
    if style == "outlook":
        if lang == "es":
            sent = "%s, %d de %s de %d %d:%02d" % (ES_DAYS[d.weekday()], d.day, ES_MON[d.month - 1], d.year, d.hour, d.minute)
            return "De: %s\nEnviado: %s\nPara: %s\nAsunto: %s" % (frm, sent, to, subj)
        sent = "%s, %s %d, %d %s" % (EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12(d))
        return "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (frm, sent, to, subj)
    if style == "outlook_mobile":
        sent = "%s, %s %d, %d %s" % (EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12(d, sec=True))
        return "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (frm, sent, to, subj)
    if style == "samsung":
        if lang == "es":
            return ("-------- Mensaje original --------\nDe: %s \nFecha: %d/%d/%02d %d:%02d %s (GMT-06:00) \nPara: %s \nAsunto: %s "
                    % (frm, d.day, d.month, d.year % 100, d.hour % 12 or 12, d.minute, "a. m." if d.hour < 12 else "p. m.", cust, subj))
        return ("-------- Original message --------\nFrom: %s \nDate: %d/%d/%02d  %s  (GMT-06:00) \nTo: %s \nSubject: %s "
                % (frm, d.month, d.day, d.year % 100, h12(d), cust, subj))
    if style == "aol":
        return ("-----Original Message-----\nFrom: %s\nTo: %s\nSent: %s, %s %d, %d %s\nSubject: %s"
                % (frm, cust, EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12(d, lower=True), subj))
    if style == "wlm":
        return ("----- Original Message ----- \nFrom: %s \nTo: %s \nSent: %s, %s %d, %d %s\nSubject: %s"
                % (o["from_name"], cust, EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12(d), subj))
    if style == "gmail_fwd":
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: <%s>"
                % (frm, EN_DAYS[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12(d), subj, cust))
    if style == "iphone_fwd":
        return ("Begin forwarded message:\n\n> From: %s\n> Date: %s %d, %d at %s %s\n> To: %s\n> Subject: %s"
                % (frm, EN_MON[d.month - 1][:3], d.day, d.year, h12(d), tzname(d), cust, subj))
    raise ValueError(style)


# ----------------------------------------------------------------- the builder

def build_person(s, rng):
    """s: a person spec (see people.py). Returns the raw message bytes and the program name."""
    client = s["client"]
    lang = s.get("lang", "en")
    cust = s["addr"]
    rcpt = MAILBOX_ADDR[s["mailbox"]]
    to_addr = s.get("to", rcpt)
    when = s["when"]
    body = s["body"].strip("\n")
    o = OURS[s["quote"]] if s.get("quote") else None
    mode = s.get("mode", "reply")
    charset = s.get("charset")

    # -------- our message id for the thread
    our_id = None
    if o:
        if o["kind"] == "ack":
            our_id = "<ack.%s.%05d@alliant-energy.com>" % (to_central(o["when"]).strftime("%Y%m%d"), rng.randint(10000, 99999))
        else:
            our_id = "<%s.%s.%s@mail.alliant-energy.com>" % (o["kind"], to_central(o["when"]).strftime("%Y%m%d%H%M"), hexs(rng, 12))

    # -------- subject
    def re_prefix():
        if client in ("outlook_desktop",) or (client == "outlook_com" and lang == "es"):
            return "RE: "
        return "Re: "

    def fw_prefix():
        if client in ("outlook_desktop", "outlook_com", "outlook_mobile"):
            return "RV: " if lang == "es" else "FW: "
        return "Fwd: "

    if s.get("subject") is not None:
        subject = s["subject"]
    elif o:
        base = o["subject"]
        if mode == "forward":
            subject = fw_prefix() + base
        else:
            subject = base if base.startswith("Re: ") and client != "outlook_desktop" else re_prefix() + base.replace("Re: ", "", 1) if base.startswith("Re: ") else re_prefix() + base
    else:
        subject = ""

    # -------- new text, signature, quote (plain and html)
    sig_plain = sig_html = None
    style_q = None
    qplain = qhtml = ""
    otext = o["text"] if o else ""
    cust_name = s.get("name")

    if client in ("gmail", "gmail_android"):
        if o and mode == "forward":
            hb = header_block("gmail_fwd", lang, o, cust)
            qplain = "\n\n" + hb + "\n\n\n" + otext
            qhtml = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>'
                     % (html_br(hb), html_paras(otext)))
        elif o:
            at = attribution("gmail", lang, o, cust)
            qplain = "\n\n" + at + "\n\n" + quote_lines(otext)
            qhtml = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                     % (esc(at), html_paras(otext)))
        html_new = '<div dir="ltr">%s</div>' % html_br(body) if body else '<div dir="ltr"><br></div>'
        html = html_new + qhtml
        shape = "alt"
    elif client == "iphone":
        sig_plain = "Enviado desde mi iPhone" if lang == "es" else "Sent from my iPhone"
        if o and mode == "forward":
            hb = header_block("iphone_fwd", lang, o, cust)
            qplain = "\n\n" + hb + "\n> \n" + quote_lines(otext)
        elif o:
            at = attribution("iphone", lang, o, cust)
            qplain = "\n\n> " + at + "\n> \n" + quote_lines(otext)
            qhtml = ('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
                     % (esc(at), html_paras(otext)))
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '<div dir="ltr">%s</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">%s</div></div>%s</body></html>'
                % (html_br(body), esc(sig_plain), qhtml))
        shape = "alt" if (o and mode == "reply") else "plain"
    elif client == "apple_mail":
        if o:
            at = attribution("apple", lang, o, cust)
            qplain = "\n\n" + at + "\n\n" + quote_lines(otext)
            qhtml = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">%s</blockquote></div>'
                     % (esc(at), html_paras(otext)))
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s</body></html>'
                % (html_paras(body), qhtml))
        shape = "alt"
    elif client in ("outlook_com", "outlook_desktop"):
        if o:
            hb = header_block("outlook", lang, o, cust, cust_name if client == "outlook_desktop" else None)
            qplain = "\n\n" + ("________________________________\n" if client == "outlook_com" else "") + hb + "\n\n" + otext
            qhtml = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                     '<div>&nbsp;</div></div><div>%s</div>'
                     % ("<br>\n".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) for l in hb.split("\n")),
                        html_paras(otext)))
        font = ("Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif" if client == "outlook_com"
                else "Calibri, sans-serif")
        html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
                '<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n%s</body>\n</html>'
                % (charset or "us-ascii", font, html_br(body), qhtml))
        shape = "alt"
    elif client == "outlook_mobile":
        sig_html = 'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a>'
        if o:
            hb = header_block("outlook_mobile", lang, o, cust)
            qhtml = ('<div id="ms-outlook-mobile-signature" dir="auto"><div dir="auto" style="text-align: left;">%s</div></div>'
                     '<div id="mail-editor-reference-message-container" dir="auto"><hr style="display:inline-block;width:98%%" tabindex="-1">'
                     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font></div>'
                     '<div>%s</div></div>' % (sig_html, "<br>\n".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) for l in hb.split("\n")), html_paras(otext)))
        else:
            qhtml = '<div id="ms-outlook-mobile-signature" dir="auto"><div dir="auto" style="text-align: left;">%s</div></div>' % sig_html
        html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>\n<body>\n'
                '<div dir="auto" style="font-family: Aptos, sans-serif; font-size: 12pt;">%s</div><div dir="auto"><br></div>\n%s\n</body></html>'
                % (html_br(body), qhtml))
        shape = "html"
    elif client in ("yahoo", "yahoo_android"):
        if client == "yahoo_android":
            sig_plain = "Enviado desde Yahoo Mail para Android" if lang == "es" else "Sent from Yahoo Mail on Android"
        if o:
            at = attribution("yahoo" if client == "yahoo" else "yahoo_android", lang, o, cust)
            if client == "yahoo":
                qplain = "\n\n\n    " + at + "  \n \n " + "\n ".join(otext.split("\n"))
            else:
                qplain = "\n \n  " + at + "   " + "\n  ".join([""] + otext.split("\n"))
            qhtml = ('<div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                     '<div>%s</div><div><br></div><div><br></div>%s</div></div>' % (rng.randint(10 ** 9, 10 ** 10 - 1), esc(at), html_paras(otext)))
        sig_h = ('<div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">%s</a></div>' % esc(sig_plain)) if sig_plain else ""
        html = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                '<div dir="ltr" data-setdir="false">%s</div>%s</div>%s</body></html>' % (hexs(rng, 8), html_br(body), sig_h, qhtml))
        shape = "alt"
    elif client == "aol":
        if o:
            hb = header_block("aol", lang, o, cust)
            qhtml = '<br>\n<br>\n<div style="font-family:helvetica,arial;font-size:10pt;color:black">%s<br>\n<br>\n%s</div>' % (html_br(hb), html_br(otext))
        html = ("<font color='black' size='2' face='arial'>%s<br>\n%s</font>" % (html_br(body), qhtml))
        shape = "html"
    elif client == "thunderbird":
        if o:
            at = attribution("thunderbird", lang, o, cust)
            qplain = "\n\n" + at + "\n" + quote_lines(otext)
        shape = "plain"
    elif client == "samsung":
        sig_plain = "Enviado desde mi Galaxy" if lang == "es" else "Sent from my Galaxy"
        if o:
            hb = header_block("samsung", lang, o, cust)
            qplain = "\n\n\n" + hb + "\n\n" + otext
            qhtml = '<div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><!-- originalMessage --><div>%s</div></div>%s' % (html_br(hb), html_paras(otext))
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
                '<div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
                '<div style="font-size:12px;color:#575757" dir="auto">%s</div></div>%s</body></html>' % (html_br(body), esc(sig_plain), qhtml))
        shape = s.get("shape", "alt")
    elif client == "roundcube":
        if o:
            at = attribution("roundcube", lang, o, cust)
            qplain = "\n\n" + at + "\n" + quote_lines(otext)
        shape = "plain"
    elif client == "ox":
        if o:
            at = attribution("ox", lang, o, cust)
            qplain = "\n\n> " + at + "\n> \n> \n" + quote_lines(otext)
            qhtml = '<blockquote type="cite">%s<br><br>%s</blockquote>' % (esc(at), html_paras(otext))
        html = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   %s\n  </div>\n  %s\n </body>\n</html>'
                % (html_br(body), qhtml))
        shape = "alt"
    elif client == "proton":
        sig_plain = "Sent with Proton Mail secure email."
        if o:
            at = attribution("proton", lang, o, cust)
            qplain = "\n\n------- Original Message -------\n" + at + "\n\n\n" + quote_lines(otext)
            qhtml = ('<div class="protonmail_quote">\n        ------- Original Message -------<br>\n        %s<br><br>\n        <blockquote class="protonmail_quote" type="cite">%s</blockquote><br>\n    </div>'
                     % (esc(at), html_paras(otext)))
        html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n'
                '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n    <div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>\n'
                '    <div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div>\n</div>\n%s'
                % (html_br(body), qhtml))
        shape = "alt"
    elif client == "wlm":
        if o:
            hb = header_block("wlm", lang, o, cust)
            qplain = "\n\n" + hb + "\n\n\n" + otext
            qhtml = ('<blockquote style="BORDER-LEFT: #000000 2px solid; PADDING-LEFT: 5px; PADDING-RIGHT: 0px; MARGIN-LEFT: 5px; MARGIN-RIGHT: 0px">'
                     '<div style="FONT: 10pt arial">%s</div><div><br></div>%s</blockquote>' % (html_br(hb), html_paras(otext)))
        html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD>\n'
                '<META content="text/html; charset=%s" http-equiv=Content-Type></HEAD>\n<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody leftMargin=0 topMargin=0 CanvasTabStop="true" name="Compose message area">\n'
                '<DIV><FONT face=Arial>%s</FONT></DIV>\n%s</BODY></HTML>' % (charset or "iso-8859-1", html_br(body), qhtml))
        shape = "alt"
    else:
        raise ValueError(client)

    if s.get("html_only"):
        shape = "html"
    if s.get("plain_only"):
        shape = "plain"

    plain = body
    if sig_plain and client not in ("gmail", "gmail_android"):
        plain = (body + "\n\n" + sig_plain) if body else sig_plain
    if client in ("thunderbird", "roundcube"):
        plain = flow(plain)
    plain = plain + qplain + "\n"

    # -------- header set per program
    hdr = []
    fromline = addr(s.get("from_name", s.get("name_hdr")), cust, mode=s.get("hdr_mode", "B"))
    program = PROGRAM[client]
    msgid = make_msgid(client, rng, cust, when, s)

    def ascii_ok(t):
        try:
            t.encode("ascii")
            return True
        except UnicodeEncodeError:
            return False

    def text_leaf(text, default_cs, default_cte, ctype="text/plain", params=None):
        cs = default_cs
        cte = default_cte
        if not ascii_ok(text):
            if cs.lower() in ("us-ascii",):
                cs = "utf-8" if client not in ("wlm", "outlook_desktop") else "iso-8859-1"
            if cte == "7bit":
                cte = "quoted-printable"
        if s.get("charset"):
            cs = s["charset"]
        if s.get("cte") and ctype == "text/plain":
            cte = s["cte"]
        if s.get("cte_html") and ctype == "text/html":
            cte = s["cte_html"]
        return Leaf(ctype, text, cte=cte, charset=cs, params=params or [])

    if client in ("gmail", "gmail_android"):
        root_plain = text_leaf(plain, "UTF-8", "7bit" if ascii_ok(plain) else "quoted-printable")
        root_html = text_leaf(html + "\n", "UTF-8", "quoted-printable", "text/html")
        boundary = "0000000000" + hexs(rng, 18)
    elif client == "iphone":
        root_plain = text_leaf(plain, "utf-8", "quoted-printable" if not ascii_ok(plain) else "7bit")
        root_plain.charset_quoted = False
        root_html = text_leaf(html + "\n", "utf-8", "quoted-printable", "text/html")
        root_html.charset_quoted = False
        boundary = "Apple-Mail-" + uid(rng)
    elif client == "apple_mail":
        root_plain = text_leaf(plain, "us-ascii", "quoted-printable")
        root_plain.charset_quoted = False
        root_html = text_leaf(html + "\n", "us-ascii", "quoted-printable", "text/html")
        root_html.charset_quoted = False
        boundary = "Apple-Mail=_" + uid(rng)
    elif client in ("outlook_com", "outlook_desktop", "outlook_mobile"):
        cs = charset or "us-ascii"
        root_plain = text_leaf(plain, cs, "quoted-printable")
        root_html = text_leaf(html + "\n", cs, "quoted-printable", "text/html")
        if client == "outlook_desktop" and s.get("isp_outlook"):
            boundary = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF), rng.getrandbits(32))
        else:
            boundary = "_000_%s_" % msgid.strip("<>").split("@")[0]
    elif client in ("yahoo", "yahoo_android"):
        root_plain = text_leaf(plain, "UTF-8", "7bit" if ascii_ok(plain) else "quoted-printable")
        root_html = text_leaf(html + "\n", "UTF-8", "7bit" if ascii_ok(html) and max(len(l) for l in html.split("\n")) < 990 else "quoted-printable", "text/html")
        boundary = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), int(when.timestamp() * 1000))
    elif client == "aol":
        root_plain = None
        root_html = text_leaf(html + "\n", "UTF-8", "7bit" if ascii_ok(html) else "quoted-printable", "text/html")
        boundary = None
    elif client == "thunderbird":
        root_plain = text_leaf(plain, "UTF-8", "8bit" if not ascii_ok(plain) else "7bit", params=["format=flowed"])
        root_html = None
        boundary = None
    elif client == "samsung":
        root_plain = text_leaf(plain, "UTF-8", "base64")
        root_html = text_leaf(html + "\n", "UTF-8", "base64", "text/html")
        boundary = "--_com.samsung.android.email_%d%d" % (rng.randint(10 ** 9, 10 ** 10 - 1), rng.randint(10 ** 5, 10 ** 6 - 1))
    elif client == "roundcube":
        root_plain = text_leaf(plain, "US-ASCII" if ascii_ok(plain) else "UTF-8", "7bit", params=["format=flowed"])
        root_plain.charset_quoted = False
        root_html = None
        boundary = None
    elif client == "ox":
        root_plain = text_leaf(plain, "UTF-8", "7bit")
        root_html = text_leaf(html + "\n", "UTF-8", "7bit" if ascii_ok(html) else "quoted-printable", "text/html")
        boundary = "----=_Part_%d_%d.%d" % (rng.randint(10000, 99999), rng.randint(100000000, 999999999), int(when.timestamp() * 1000))
    elif client == "proton":
        root_plain = text_leaf(plain, "utf-8", "quoted-printable")
        root_html = text_leaf(html + "\n", "utf-8", "base64", "text/html")
        boundary = "b1=_" + alnum(rng, 42)
    elif client == "wlm":
        cs = charset or "iso-8859-1"
        root_plain = text_leaf(plain, cs, "quoted-printable")
        root_html = text_leaf(html + "\n", cs, "quoted-printable", "text/html")
        boundary = "----=_NextPart_000_%04X_01DB%04X.%08X" % (rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF), rng.getrandbits(32))

    if shape == "plain" or root_html is None:
        root = root_plain
    elif shape == "html" or root_plain is None:
        root = root_html
    else:
        root = Multi("alternative", boundary, [root_plain, root_html])

    atts = s.get("attach") or []
    if atts:
        parts = [root]
        for a in atts:
            leaf = Leaf(a["ctype"], a["data"], cte=a.get("cte", "base64"), charset=a.get("charset"),
                        disposition=a.get("disposition", "attachment"), filename=a["filename"])
            parts.append(leaf)
        mb = ("----=_NextPart_000_%04X_01DB%04X.%08X" % (rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF), rng.getrandbits(32))
              if client in ("wlm", "outlook_desktop") else "mixed_" + hexs(rng, 24))
        if client == "thunderbird":
            mb = "------------" + alnum(rng, 24)
        if client in ("apple_mail", "iphone"):
            mb = "Apple-Mail=_" + uid(rng)
        if client in ("gmail", "gmail_android"):
            mb = "0000000000" + hexs(rng, 18)
        root = Multi("mixed", mb, parts)

    received, auth = received_chain(rng, cust, when, rcpt)
    hdr.append("Return-Path: <%s>" % s.get("envelope", cust))
    hdr.append("Delivered-To: %s" % rcpt)
    hdr.extend(received)
    hdr.append(auth)
    hdr.extend(program_headers(client, rng, cust, when, s))
    date_s = rfcdate(when)
    subj_enc = fold("Subject", enc_word(subject, "utf-8", s.get("subj_mode", "B" if client != "gmail" else "Q"))) if subject else "Subject: "
    to_line = s.get("to_line") or (addr(s.get("to_name"), to_addr) if s.get("to_name") else to_addr)
    if client == "outlook_desktop" and s.get("isp_outlook"):
        hdr.append(fold("From", fromline))
        hdr.append("To: " + to_line)
        if our_id:
            hdr.append("References: " + our_id)
            hdr.append("In-Reply-To: " + our_id)
        hdr.append(subj_enc)
        hdr.append("Date: " + date_s)
        hdr.append("Message-ID: " + msgid)
        hdr.append("Thread-Index: " + alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
        hdr.append("Content-Language: en-us")
    elif client in ("outlook_com", "outlook_desktop"):
        hdr.append(fold("From", fromline))
        hdr.append("To: " + to_line)
        hdr.append(subj_enc)
        hdr.append("Thread-Topic: " + enc_word(subject.split(": ", 1)[1] if subject[:4] in ("Re: ", "RE: ", "FW: ", "RV: ") else subject))
        hdr.append("Thread-Index: " + alnum(rng, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")
        hdr.append("Date: " + date_s)
        hdr.append("Message-ID: " + msgid)
        if our_id:
            hdr.append("References: " + our_id)
            hdr.append("In-Reply-To: " + our_id)
        hdr.append("Accept-Language: %s" % ("es-US, en-US" if lang == "es" else "en-US"))
        hdr.append("Content-Language: %s" % ("es-US" if lang == "es" else "en-US"))
        hdr.append("X-MS-Has-Attach: %s" % ("yes" if atts else ""))
        hdr.append("X-MS-TNEF-Correlator: ")
    else:
        hdr.append("Date: " + date_s)
        hdr.append(fold("From", fromline))
        hdr.append("To: " + to_line)
        if our_id:
            hdr.append("In-Reply-To: " + our_id)
            hdr.append("References: " + our_id)
        hdr.append("Message-ID: " + msgid)
        hdr.append(subj_enc)
    if s.get("reply_to"):
        hdr.append("Reply-To: " + s["reply_to"])
    for x in s.get("extra", []):
        hdr.append(x)
    mv = "MIME-Version: 1.0"
    if client == "iphone":
        mv = "Mime-Version: 1.0 (1.0)"
    elif client == "apple_mail":
        mv = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
    return message_bytes(hdr, root, mv), program


PROGRAM = {
    "gmail": "Gmail (web)", "gmail_android": "Gmail for Android", "iphone": "iPhone Mail",
    "apple_mail": "Apple Mail (macOS)", "outlook_com": "Outlook on the web (Outlook.com)",
    "outlook_desktop": "Outlook for Windows", "outlook_mobile": "Outlook for iOS",
    "yahoo": "Yahoo Mail (web)", "yahoo_android": "Yahoo Mail for Android", "aol": "AOL Mail (web)",
    "thunderbird": "Thunderbird", "samsung": "Samsung Email", "roundcube": "Roundcube Webmail",
    "ox": "Xfinity Connect (Open-Xchange)", "proton": "Proton Mail", "wlm": "Windows Live Mail 2012",
}


def make_msgid(client, rng, cust, when, s=None):
    s = s or {}
    dom = cust.split("@")[1]
    if client in ("gmail", "gmail_android"):
        return "<CA%s@mail.gmail.com>" % alnum(rng, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if client in ("iphone", "apple_mail"):
        return "<%s@%s>" % (uid(rng), dom)
    if client == "outlook_desktop" and s.get("isp_outlook"):
        return "<%03x%02x01db%04x$%08x$%08x$@%s>" % (rng.randint(0, 0xfff), rng.randint(0, 0xff), rng.randint(0, 0xffff),
                                                  rng.getrandbits(32), rng.getrandbits(32), dom)
    if client in ("outlook_com", "outlook_desktop", "outlook_mobile"):
        pr = "%sPR%02dMB%04d" % (rng.choice(["SA1", "CH3", "PH7", "DM4", "BY5", "MN2"]), rng.randint(10, 19), rng.randint(1000, 9999))
        return "<%s%s%s@%s.namprd%02d.prod.outlook.com>" % (pr, alnum(rng, 4, "0123456789ABCDEF"), alnum(rng, 28, "0123456789ABCDEF"),
                                                           pr, rng.randint(2, 20))
    if client in ("yahoo", "yahoo_android", "aol"):
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), int(when.timestamp() * 1000))
    if client == "thunderbird":
        return "<%s@%s>" % (uid(rng, upper=False), dom)
    if client == "samsung":
        return "<%s.%s@email.android.com>" % (hexs(rng, 12), hexs(rng, 8))
    if client == "roundcube":
        return "<%s@%s>" % (hexs(rng, 32), dom)
    if client == "ox":
        return "<%d.%d.%d@connect.xfinity.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), int(when.timestamp() * 1000))
    if client == "proton":
        return "<%s=@proton.me>" % alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if client == "wlm":
        return "<%s%s@%s>" % (alnum(rng, 4, "0123456789ABCDEF"), alnum(rng, 16, "0123456789ABCDEF"), "DESKTOP" + alnum(rng, 7, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    raise ValueError(client)


def program_headers(client, rng, cust, when, s):
    if client in ("gmail", "gmail_android"):
        return ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s" % (
            int(when.timestamp()), int(when.timestamp()) + 604800, alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
            alnum(rng, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                "X-Google-Smtp-Source: AGHT+I%s" % alnum(rng, 60),
                "X-Gm-Message-State: AOJu0Y%s" % alnum(rng, 50)]
    if client == "iphone":
        return ["X-Mailer: iPhone Mail (22D%d)" % rng.randint(60, 82)]
    if client == "apple_mail":
        return ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    if client == "outlook_com":
        return ["msip_labels: ", "x-ms-exchange-messagesentrepresentingtype: 1",
                "x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: %s" % alnum(rng, 12, "0123456789ABCDEF")]
    if client == "outlook_desktop":
        if s.get("isp_outlook"):
            return ["X-Mailer: Microsoft Outlook 16.0"]
        return ["x-ms-exchange-organization-authas: Internal", "x-ms-exchange-organization-authsource: %s" % alnum(rng, 8)]
    if client == "outlook_mobile":
        return ["X-Mailer: Outlook for iOS and Android"]
    if client == "yahoo":
        return ["X-Mailer: WebService/1.1.23260 YMailNorrin"]
    if client == "yahoo_android":
        return ["X-Mailer: WebService/1.1.23260 YahooMailAndroidMobile"]
    if client == "aol":
        return ["X-Mailer: WebService/1.1.23260 AolMailNorrin", "X-Originating-IP: [%d.%d.%d.%d]" % (rng.randint(60, 200), rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250))]
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: %s" % ("es-MX" if s.get("lang") == "es" else "en-US")]
    if client == "samsung":
        return ["X-Mailer: Samsung Email"] if rng.random() < 0.5 else []
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.%d" % rng.randint(5, 9), "X-Sender: %s" % cust]
    if client == "ox":
        return ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % rng.randint(50, 70), "X-Originating-Client: open-xchange-appsuite", "Importance: Normal", "X-Priority: 3"]
    if client == "proton":
        return ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=protonmail3; t=%d;\n\tbh=%s=;\n\th=Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:\n\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector;\n\tb=%s" % (
            cust.split("@")[1], int(when.timestamp()), alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
            alnum(rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                "Feedback-ID: %s:user:proton" % alnum(rng, 40)]
    if client == "wlm":
        return ["X-Priority: 3", "X-MSMail-Priority: Normal", "Importance: Normal",
                "X-Mailer: Microsoft Windows Live Mail 16.4.3528.331", "X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331"]
    return []
