"""Helpers that turn plain Python message specs into raw RFC 5322 bytes (stdlib only, deterministic)."""
import base64, quopri, html, random, hashlib
from email.header import Header

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
MX = "mx1.alliant-energy.com"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = "May"

# Our outgoing mail that people reply to, forward or auto-answer.
OURS = {
    "PROMO": dict(frm='Alliant Energy <customercare@alliant-energy.com>', addr=CC,
                  subj="Beat the heat: $50 back on a smart thermostat",
                  mid="<promo.20260514.7731@alliant-energy.com>", day=14, dow="Thu", time="10:02",
                  text="Summer is almost here. Get $50 back when you install a qualifying smart thermostat\n"
                       "before July 31, and enroll in our Summer Rewards program for up to $25 more.\n"
                       "See the details at alliantenergy.com/thermostat.\n\n"
                       "You are receiving this message because you are an Alliant Energy customer.\n"
                       "Unsubscribe: reply with \"unsubscribe\" or write to customercare@alliant-energy.com."),
    "NEWS": dict(frm='Alliant Energy <customercare@alliant-energy.com>', addr=CC,
                 subj="Power Connection | May 2026",
                 mid="<news.202605.118@alliant-energy.com>", day=12, dow="Tue", time="07:30",
                 text="In this issue: storm season tips, a new community solar garden near Dubuque,\n"
                      "and rebates for heat pump water heaters.\n\n"
                      "To stop receiving Power Connection, reply \"unsubscribe\"."),
    "CAT": dict(frm='PowerHouse Catalog <powerhousecatalog@alliant-energy.com>', addr=PH,
                subj="Memorial Day savings from the PowerHouse Catalog",
                mid="<cat.20260515.5502@alliant-energy.com>", day=15, dow="Fri", time="06:45",
                text="Fire up the grill! Memorial Day savings on outdoor lighting, fans and surge\n"
                     "protectors, this weekend only. Free shipping on orders over $49.\n\n"
                     "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718"),
    "OUTAGE": dict(frm='Alliant Energy Alerts <alerts@notify.alliantenergy.com>', addr="alerts@notify.alliantenergy.com",
                   subj="Outage update: power restored at your address",
                   mid="<outage.8812457@notify.alliantenergy.com>", day=17, dow="Sun", time="23:12",
                   text="Power has been restored at your address. If you are still without power,\n"
                        "call 1-800-255-4268. Thank you for your patience."),
    "BILL": dict(frm='Alliant Energy <alerts@notify.alliantenergy.com>', addr="alerts@notify.alliantenergy.com",
                 subj="Your Alliant Energy bill is ready",
                 mid="<bill.55120934@notify.alliantenergy.com>", day=16, dow="Sat", time="05:10",
                 text="Your bill for account ending in 0934 is ready. Amount due: $148.62,\n"
                      "due June 5. Log in to My Account to view or pay."),
    "PAYREM": dict(frm='Alliant Energy <alerts@notify.alliantenergy.com>', addr="alerts@notify.alliantenergy.com",
                   subj="Payment reminder: due June 2",
                   mid="<payrem.3391022@notify.alliantenergy.com>", day=17, dow="Sun", time="08:00",
                   text="This is a friendly reminder that your payment of $92.17 is due June 2.\n"
                        "If you have already paid, thank you."),
    "ACK": dict(frm='Alliant Energy Customer Care <customercare@alliant-energy.com>', addr=CC,
                subj="Re: Please remove me",
                mid="<ack.20260516.44f1@alliant-energy.com>", day=16, dow="Sat", time="14:20",
                text="Thank you for your message. We have recorded your request to stop marketing\n"
                     "mail and e-mail. It can take up to 10 business days to take effect.\n\n"
                     "Alliant Energy Customer Care"),
    "ACKCAT": dict(frm='PowerHouse Catalog <powerhousecatalog@alliant-energy.com>', addr=PH,
                   subj="Re: catalog list",
                   mid="<ack.20260515.9c07@alliant-energy.com>", day=15, dow="Fri", time="11:05",
                   text="Thank you for writing. We have recorded that your name and address are not\n"
                        "to be shared with other catalog companies.\n\nPowerHouse Catalog Customer Service"),
}


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), a)


def enc_body(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    return b.decode(charset) if charset.lower() in ("utf-8", "us-ascii") else b.decode(charset)


def part(ctype, text, charset, cte, extra=""):
    ct = "%s; charset=\"%s\"%s" % (ctype, charset, extra)
    body = enc_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, cte, body)


def to_html(text, charset="utf-8"):
    paras = []
    for line in text.split("\n"):
        e = html.escape(line, quote=False)
        paras.append("<div>%s</div>" % (e if e.strip() else "<br>"))
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>\n" % charset + \
        "\n".join(paras) + "\n</body></html>"


def datestr(day, hh, mm, ss, tz="-0500"):
    dow = DAYS[(day - 18) % 7]  # May 18 2026 is a Monday
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (dow, day, MON, hh, mm, ss, tz)


def quote(client, our, lang, me="you"):
    o = OURS[our]
    hh, mm = map(int, o["time"].split(":"))
    ap = "AM" if hh < 12 else "PM"
    h12 = hh % 12 or 12
    lines = o["text"].split("\n")
    q = "\n".join("> " + l if l else ">" for l in lines)
    name = o["frm"].split(" <")[0]
    if client in ("gmail", "android"):
        if lang == "es":
            dn = {"Thu": "jue", "Tue": "mar", "Fri": "vie", "Sun": "dom", "Sat": "sáb", "Mon": "lun", "Wed": "mié"}[o["dow"]]
            return "\n\nEl %s, %d may 2026 a las %d:%02d, %s (<%s>) escribió:\n\n%s\n" % (dn, o["day"], hh, mm, name, o["addr"], q)
        return "\n\nOn %s, May %d, 2026 at %d:%02d %s %s <%s> wrote:\n\n%s\n" % (o["dow"], o["day"], h12, mm, ap, name, o["addr"], q)
    if client in ("outlook", "windows"):
        if lang == "es":
            dl = {"Thu": "jueves", "Tue": "martes", "Fri": "viernes", "Sun": "domingo", "Sat": "sábado", "Mon": "lunes", "Wed": "miércoles"}[o["dow"]]
            return "\n\n________________________________\nDe: %s <%s>\nEnviado: %s, %d de mayo de 2026 %d:%02d\nPara: %s <%s>\nAsunto: %s\n\n%s\n" % (
                name, o["addr"], dl, o["day"], hh, mm, me, me, o["subj"], o["text"])
        dl = {"Thu": "Thursday", "Tue": "Tuesday", "Fri": "Friday", "Sun": "Sunday", "Sat": "Saturday", "Mon": "Monday", "Wed": "Wednesday"}[o["dow"]]
        return "\n\n________________________________\nFrom: %s <%s>\nSent: %s, May %d, 2026 %d:%02d %s\nTo: %s <%s>\nSubject: %s\n\n%s\n" % (
            name, o["addr"], dl, o["day"], h12, mm, ap, me, me, o["subj"], o["text"])
    if client in ("iphone", "apple"):
        if lang == "es":
            return "\n\n> El %d may 2026, a las %d:%02d, %s <%s> escribió:\n>\n%s\n" % (o["day"], hh, mm, name, o["addr"], q)
        return "\n\n> On May %d, 2026, at %d:%02d %s, %s <%s> wrote:\n>\n%s\n" % (o["day"], h12, mm, ap, name, o["addr"], q)
    if client in ("yahoo", "aol"):
        dl = {"Thu": "Thursday", "Tue": "Tuesday", "Fri": "Friday", "Sun": "Sunday", "Sat": "Saturday", "Mon": "Monday", "Wed": "Wednesday"}[o["dow"]]
        return "\n\n    On %s, May %d, 2026 at %02d:%02d:00 %s CDT, %s <%s> wrote:\n\n%s\n" % (
            dl, o["day"], h12, mm, ap, name, o["addr"], "\n".join(("    " + l) if l else "" for l in lines))
    if client == "thunderbird":
        return "\n\nOn 5/%d/26 %d:%02d %s, %s wrote:\n%s\n" % (o["day"], h12, mm, ap, name, q)
    if client == "samsung":
        return "\n\n\n-------- Original message --------\nFrom: %s <%s>\nDate: 5/%d/26 %d:%02d %s (GMT-06:00)\nSubject: %s\n\n%s\n" % (
            name, o["addr"], o["day"], h12, mm, ap, o["subj"], o["text"])
    return "\n\n" + q + "\n"


def forward(client, our, me="you"):
    o = OURS[our]
    return ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s, May %d, 2026 at %s\nSubject: %s\nTo: <%s>\n\n%s\n"
            % (o["frm"], o["dow"], o["day"], o["time"], o["subj"], me, o["text"]))


CLIENTS = {
    # name: (relay host, ip prefix, header lines)
    "gmail": ("mail-qk1-f%d.google.com", "209.85.222.", []),
    "android": ("mail-pj1-f%d.google.com", "209.85.216.", []),
    "outlook": ("mail-dm6nam10olkn20%d.outbound.protection.outlook.com", "40.92.41.", ["X-Mailer: Microsoft Outlook 16.0"]),
    "windows": ("mail-bn8nam12olkn20%d.outbound.protection.outlook.com", "40.92.21.", []),
    "apple": ("p-east3-cluster%d-host7-snip4-2.eps.apple.com", "57.103.86.", ["X-Mailer: Apple Mail (2.3774.600.62)"]),
    "iphone": ("st43p00im-zteg1010%d.me.com", "17.58.63.", ["X-Mailer: iPhone Mail (21F90)"]),
    "yahoo": ("sonic3%d-21.consmr.mail.bf2.yahoo.com", "74.6.129.", ["X-Mailer: WebService/1.1.22292 YMailNorrin"]),
    "aol": ("sonic3%d-22.consmr.mail.gq1.yahoo.com", "98.137.64.", ["X-Mailer: WebService/1.1.22292 AolMailNorrin"]),
    "thunderbird": ("smtp%d.mediacombb.net", "173.17.10.", ["User-Agent: Mozilla Thunderbird"]),
    "samsung": ("mail-oi1-f%d.google.com", "209.85.167.", []),
    "relay": ("mta%d.relay.internal", "10.40.8.", []),
    "local": ("smtp%d.netins.net", "167.142.225.", ["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"]),
}

SIG = {
    "iphone": {"en": "Sent from my iPhone", "es": "Enviado desde mi iPhone"},
    "android": {"en": "Sent from my Android", "es": ""},
    "samsung": {"en": "Sent from my Verizon, Samsung Galaxy smartphone", "es": "Enviado desde mi Galaxy"},
    "yahoo": {"en": "Sent from Yahoo Mail on Android", "es": "Enviado desde Yahoo Mail para Android"},
    "aol": {"en": "Sent from the all new AOL app for iOS", "es": ""},
    "windows": {"en": "Sent from Mail for Windows", "es": "Enviado desde Correo para Windows"},
}


def msgid(client, rng, dom_from):
    h = hashlib.sha1(str(rng.random()).encode()).hexdigest()
    b = base64.b64encode(bytes.fromhex(h)).decode().rstrip("=").replace("/", "_")
    if client in ("gmail", "android", "samsung"):
        return "<CA%s+%s@mail.gmail.com>" % (b[:10], b[10:26])
    if client in ("outlook", "windows"):
        return "<%s@CH3PR%02dMB%04d.namprd%02d.prod.outlook.com>" % (h[:32].upper(), rng.randint(10, 20), rng.randint(1000, 9999), rng.randint(10, 19))
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), dom_from)
    if client in ("yahoo", "aol"):
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), rng.randint(10**12, 10**13))
    if client == "thunderbird":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], dom_from)
    if client == "relay":
        return "<%s.%s@%s>" % (h[:16], h[16:24], dom_from)
    return "<%s$%s@%s>" % (h[:12].upper(), h[12:20].upper(), dom_from)


def person(spec, day, hh, mm, ss, rng):
    """Build a person's message from a plain spec."""
    client = spec["client"]
    lang = spec.get("lang", "en")
    name, a = spec["who"]
    dom = a.split("@")[1]
    to = PH if spec["mb"] == "powerhousecatalog" else CC
    if spec.get("to"):
        to = spec["to"]
    body = spec["body"].strip("\n")
    sig = SIG.get(client, {}).get(lang, "")
    if spec.get("sig", True) and sig:
        body += "\n\n" + sig
    reply = spec.get("reply")
    if reply and spec.get("fwd"):
        body += forward(client, reply, a)
    elif reply:
        body += quote(client, reply, lang, a)
    subj = spec.get("subj", "")
    if reply and "subj" not in spec:
        osub = OURS[reply]["subj"]
        subj = osub if (osub.startswith("Re:") and not spec.get("fwd")) else ("RV: " if lang == "es" and client == "outlook" and spec.get("fwd") else ("Fwd: " if spec.get("fwd") else "Re: ")) + osub
    date = datestr(day, hh, mm, ss, spec.get("tz", "-0500"))
    mid = spec.get("mid") or msgid(client, rng, dom)
    host_t, ipp, xh = CLIENTS[client]
    host = host_t % rng.randint(10, 99)
    ip = ipp + str(rng.randint(2, 250))
    qid = "%X" % rng.getrandbits(40)
    H = []
    H.append("Return-Path: <%s>" % spec.get("envfrom", a))
    H.append("Delivered-To: %s" % to)
    H.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, MX, qid, to, date))
    if client in ("gmail", "android", "samsung"):
        H.append("Received: by %s with SMTP id %s for <%s>; %s" % (host, h12(rng), to, date.replace(" -0500", " -0700 (PDT)") if False else date))
        H.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=20230601; h=to:subject:message-id:date:from:mime-version; bh=%s=" % (dom, base64.b64encode(rng.randbytes(30)).decode()))
    H.append("MIME-Version: 1.0" if client not in ("apple", "iphone") else "Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))")
    H.append("From: %s" % addr(name, a))
    if spec.get("reply_to"):
        H.append("Reply-To: %s" % spec["reply_to"])
    H.append("Date: %s" % date)
    H.append("Message-ID: %s" % mid)
    if reply:
        H.append("In-Reply-To: %s" % OURS[reply]["mid"])
        H.append("References: %s" % OURS[reply]["mid"])
    H.append("Subject: %s" % hdr(subj))
    H.append("To: %s" % spec.get("to_hdr", to))
    for x in spec.get("headers", []):
        H.append(x)
    for x in xh:
        if "Thunderbird" in x:
            H.append("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0")
        else:
            H.append(x)
    if lang == "es" and client in ("outlook", "windows"):
        H.append("Content-Language: es-MX")
    elif client in ("outlook", "windows"):
        H.append("Content-Language: en-US")
    charset = spec.get("charset") or ("iso-8859-1" if client in ("outlook", "windows", "local") and _latin(body) else "utf-8")
    cte = spec.get("cte")
    kind = spec.get("kind") or {"gmail": "alt", "android": "alt", "samsung": "alt", "outlook": "alt", "windows": "alt",
                                 "yahoo": "alt", "aol": "alt", "apple": "plain", "iphone": "plain",
                                 "thunderbird": "flowed", "local": "alt"}[client]
    bnd = spec.get("boundary") or ("000000000000" + "%012x" % rng.getrandbits(48)) if client in ("gmail", "android") else \
        "_000_%s_" % ("%024X" % rng.getrandbits(96)) if client in ("outlook", "windows") else \
        "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)) if client in ("yahoo", "aol") else \
        "Apple-Mail=_%s" % ("%032X" % rng.getrandbits(128)) if client in ("apple", "iphone") else \
        "------------%s" % ("%024x" % rng.getrandbits(96))
    if kind == "plain":
        cte = cte or ("quoted-printable" if client in ("apple", "iphone") else "7bit")
        if cte == "7bit" and not _ascii(body):
            cte = "8bit"
        H.append("Content-Type: text/plain; charset=%s" % charset)
        H.append("Content-Transfer-Encoding: %s" % cte)
        out = "\n".join(H) + "\n\n" + enc_body(body, charset, cte)
    elif kind == "flowed":
        cte = cte or ("7bit" if _ascii(body) else "8bit")
        H.append("Content-Language: %s" % ("es-ES" if lang == "es" else "en-US"))
        H.append("Content-Type: text/plain; charset=UTF-8; format=flowed")
        H.append("Content-Transfer-Encoding: %s" % cte)
        out = "\n".join(H) + "\n\n" + enc_body(body, "utf-8", cte)
    elif kind == "html":
        cte = cte or "quoted-printable"
        H.append("Content-Type: text/html; charset=\"%s\"" % charset)
        H.append("Content-Transfer-Encoding: %s" % cte)
        out = "\n".join(H) + "\n\n" + enc_body(to_html(body, charset), charset, cte)
    else:  # multipart/alternative, maybe inside multipart/mixed with an attachment
        pc = cte or ("7bit" if _ascii(body) else "quoted-printable")
        hc = spec.get("html_cte") or "quoted-printable"
        alt = "--%s\n%s\n--%s\n%s\n--%s--\n" % (
            bnd, part("text/plain", body, charset, pc), bnd, part("text/html", to_html(body, charset), charset, hc), bnd)
        if spec.get("attach"):
            fn, ctype, data = spec["attach"]
            mb = bnd + "_mixed"
            H.append("Content-Type: multipart/mixed; boundary=\"%s\"" % mb)
            att = base64.encodebytes(data).decode()
            out = "\n".join(H) + "\n\n--%s\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n%s\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s--%s--\n" % (
                mb, bnd, alt, mb, ctype, fn, fn, att, mb)
        else:
            H.append("Content-Type: multipart/alternative; boundary=\"%s\"" % bnd)
            out = "\n".join(H) + "\n\n" + alt
    return finish(out)


def h12(rng):
    return "%s.%d.%d" % ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)), rng.randint(1000, 9999), rng.randint(10**12, 10**13))


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _latin(s):
    try:
        s.encode("iso-8859-1")
        return not _ascii(s)
    except UnicodeEncodeError:
        return False


def finish(text):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", "\r\n").encode("utf-8")


def b64(s, charset="utf-8"):
    return base64.encodebytes(s.encode(charset)).decode()


def qp(s, charset="utf-8"):
    return quopri.encodestring(s.encode(charset)).decode()
