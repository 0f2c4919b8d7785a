"""Turn one spec (a dict from specs_*.py) into the raw bytes an IMAP server would hand out.

Everything random comes from a Random seeded with the spec key, so moving a spec does not change its bytes."""
import base64
import datetime as dt
import email.header
import email.utils
import quopri
import random
import re
import zlib

NL = "\r\n"
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
HEX = "0123456789abcdef"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

# Our own outgoing mail, as customers quote it when they hit Reply. The reply lands in the mailbox named by
# the Reply-To of that mail, which is why replies to offers@ and alerts@ reach customercare.
OURS = {
    "promo": ("Alliant Energy", "offers@alliant-energy.com", "Save $75 on a smart thermostat this month",
              "Install a qualifying smart thermostat this month and get a $75 rebate\n"
              "on your Alliant Energy bill.\n\n"
              "Shop rebates: https://www.alliant-energy.com/rebates\n\n"
              "You are receiving this promotional email because you are an Alliant Energy customer.\n"
              "Unsubscribe: https://www.alliant-energy.com/email-preferences"),
    "newsletter": ("Alliant Energy", "offers@alliant-energy.com", "Powering Your Community: March news and offers",
                   "In this issue: spring energy-saving tips, a $50 rebate on ENERGY STAR dehumidifiers,\n"
                   "and the new Community Solar program in your area.\n\n"
                   "Manage your email preferences: https://www.alliant-energy.com/email-preferences"),
    "catalog": ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com",
                "New for spring: LED patio lights and rain barrels",
                "The spring PowerHouse Catalog is here! LED patio string lights $24.99,\n"
                "50-gallon rain barrel $79.00, free shipping on orders over $49.\n\n"
                "Order online at https://www.powerhousecatalog.com or call 1-800-555-0142.\n"
                "To stop catalog email, visit https://www.powerhousecatalog.com/preferences"),
    "outage": ("Alliant Energy Outage Alerts", "alerts@alliant-energy.com", "Outage update: power restored",
               "Power has been restored at your service address. Thank you for your patience.\n"
               "If you are still without power, call 1-800-255-4268.\n\n"
               "Reply STOP to end outage text and email alerts."),
    "bill": ("Alliant Energy", "billing@alliant-energy.com", "Your Alliant Energy bill is ready",
             "Your bill for service through the 14th is ready.\n"
             "Amount due: $142.86   Due date: the 3rd of next month\n\n"
             "View and pay: https://www.alliant-energy.com/myaccount"),
    "ack": ("Alliant Energy Privacy", "customercare@alliant-energy.com", "We received your privacy request",
            "Thank you for contacting Alliant Energy. We received your request and recorded it\n"
            "under reference PR-2026-{ref}. Changes to mailing lists can take up to 10 business days.\n\n"
            "Alliant Energy Customer Care"),
    "ackcat": ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com",
               "Your PowerHouse Catalog preferences",
               "We received your request about the PowerHouse Catalog and recorded it under\n"
               "reference PH-2026-{ref}. Please allow up to 10 business days for it to take effect.\n\n"
               "PowerHouse Catalog Customer Service"),
}

# Sending programs: where the mail enters our MX from, how the message is shaped, what it adds to the body.
CLIENTS = {
    "gmail": dict(host="mail-{a}-f{n}.google.com", ip="209.85.{n}.{m}", alt=True, mid="CA{r40}@mail.gmail.com",
                  quote="gmail", sig=""),
    "iphone": dict(host="mail-{a}.me.com", ip="17.58.{n}.{m}", alt=False, mid="{U8}-{U4}-{U4}-{U4}-{U12}@icloud.com",
                   quote="apple", sig="\n\nSent from my iPhone", xm="iPhone Mail (22D72)", cte="qp"),
    "galaxy": dict(host="mail-{a}-f{n}.google.com", ip="209.85.{n}.{m}", alt=True, mid="{r12}.{n}@email.android.com",
                   quote="android", sig="\n\n\nSent from my Galaxy"),
    "outlook": dict(host="mail-{a}.outbound.protection.outlook.com", ip="40.92.{n}.{m}", alt=True,
                    mid="{A2}{n}MB{n}{A4}{n}{A4}@{A2}{n}MB{n}.namprd{n}.prod.outlook.com", quote="outlook", sig="", xm=None),
    "yahoo": dict(host="sonic{n}-{m}.consmr.mail.bf2.yahoo.com", ip="74.6.{n}.{m}", alt=True,
                  mid="{n}{n}{n}.{n}{n}.{n}@mail.yahoo.com", quote="yahoo", sig="",
                  xm="WebService/1.1.{n}{n} YMailNorrin"),
    "aol": dict(host="sonic{n}-{m}.consmr.mail.ne1.yahoo.com", ip="74.6.{n}.{m}", alt=True,
                mid="{n}{n}{n}.{n}{n}.{n}@mail.yahoo.com", quote="yahoo", sig="\n\nSent from AOL on Android",
                xm="WebService/1.1.{n}{n} AolMailNorrin"),
    "isp": dict(host="smtp{n}.{dom}", ip="173.{n}.{m}.{n}", alt=False, mid="{r16}.{n}@{dom}", quote="plain",
                sig="", xm="Open-Xchange Mailer v7.10.6-Rev{n}"),
    "thunderbird": dict(host="smtp.{dom}", ip="68.{n}.{m}.{n}", alt=False, mid="{r8}-{r4}-{r4}@{dom}",
                        quote="tb", sig="", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                               "Gecko/20100101 Thunderbird/128.6.0", wrap=72),
    "webform": dict(host="forms01.alliant-energy.com", ip="10.20.4.{n}", alt=False,
                    mid="{r16}@forms.alliant-energy.com", quote="plain", sig="", xm="AE-Forms/3.2"),
    "bulk": dict(host="{dom}", ip="185.{n}.{m}.{n}", alt=False, mid="{r16}@{dom}", quote="plain", sig="",
                 xm="PHPMailer 6.1.4"),
}
NAMES = {"gmail": "Gmail", "iphone": "iPhone Mail", "galaxy": "Samsung/Gmail app", "outlook": "Outlook.com",
         "yahoo": "Yahoo Mail", "aol": "AOL Mail", "isp": "ISP webmail", "thunderbird": "Thunderbird",
         "webform": "our web form relay", "bulk": "bulk sender"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def fill(tpl, r, dom=""):
    def one(m):
        k = m.group(1)
        if k == "a":
            return rs(r, 2, "abcdefghijklmnopqrstuvwxyz") + str(r.randint(1, 9))
        if k == "n":
            return str(r.randint(10, 250))
        if k == "m":
            return str(r.randint(2, 250))
        if k == "dom":
            return dom
        if k[0] == "r":
            return rs(r, int(k[1:]))
        if k[0] == "U":
            return rs(r, int(k[1:]), "0123456789ABCDEF")
        if k[0] == "A":
            return rs(r, int(k[1:]), "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return m.group(0)
    return re.sub(r"\{(\w+)\}", one, tpl)


def central(utc):
    """US Central offset for a UTC time in 2026 (DST from 8 March 08:00 UTC to 1 November 07:00 UTC)."""
    return -5 if dt.datetime(2026, 3, 8, 8) <= utc < dt.datetime(2026, 11, 1, 7) else -6


def rfc(utc, offset=None):
    off = central(utc) if offset is None else offset
    loc = utc + dt.timedelta(hours=off)
    return "%s, %d %s %d %02d:%02d:%02d %+03d00" % (DAYS[loc.weekday()][:3], loc.day, MONTHS[loc.month - 1][:3],
                                                   loc.year, loc.hour, loc.minute, loc.second, off)


def ascii_ok(s):
    return all(ord(c) < 128 for c in s)


def hdr_text(name, value):
    """Header with RFC 2047 encoding when the value is not ASCII (email.header folds deterministically)."""
    if ascii_ok(value):
        return fold(name + ": " + value)
    enc = email.header.Header(value, "utf-8", header_name=name).encode(linesep=NL)
    return name + ": " + enc


def fold(line, width=78):
    if len(line) <= width:
        return line
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w if cur else w
    out.append(cur)
    return NL.join(out)


def address(name, addr):
    if not name:
        return addr
    if ascii_ok(name):
        if re.search(r"[^\w .'-]", name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (email.header.Header(name, "utf-8").encode(), addr)


def unwrap(text):
    """Phones and webmail send a paragraph as one line; our sources are wrapped for reading.
    A line joins the previous one when the previous is long (>= 50) and neither is quoted or a list item."""
    out, last = [], ""
    for line in text.split("\n"):
        if (out and len(last) >= 50 and line.strip() and not last.startswith(">") and not line.startswith(">")
                and not re.match(r"^(\d+[.)]|[-*•]) ", line)):
            out[-1] += " " + line
        else:
            out.append(line)
        last = line
    return "\n".join(out)


def hardwrap(text, width):
    out = []
    for line in text.split("\n"):
        cur = ""
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def quote_block(style, key, when, to_name, ref):
    name, addr, subj, text = OURS[key]
    text = text.replace("{ref}", ref)
    loc = when + dt.timedelta(hours=central(when))
    hh = loc.hour % 12 or 12
    ap = "AM" if loc.hour < 12 else "PM"
    if style in ("gmail", "android"):
        head = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (DAYS[loc.weekday()][:3], MONTHS[loc.month - 1][:3],
                                                                 loc.day, loc.year, hh, loc.minute, ap, name, addr)
        if style == "android":
            head = "-------- Original message --------\nFrom: %s <%s>\nDate: %d/%d/%d %d:%02d %s (GMT-06:00)\n" \
                   "To: %s\nSubject: %s\n" % (name, addr, loc.month, loc.day, loc.year, hh, loc.minute, ap,
                                               to_name, subj)
            return "\n\n" + head + "\n" + text
        return "\n\n" + head + "\n\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    if style == "apple":
        head = "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (MONTHS[loc.month - 1][:3], loc.day, loc.year, hh,
                                                               loc.minute, ap, name, addr)
        return "\n\n> " + head + "\n> \n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    if style == "outlook":
        head = "________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n" \
               "Subject: %s" % (name, addr, DAYS[loc.weekday()], MONTHS[loc.month - 1], loc.day, loc.year, hh,
                                loc.minute, ap, to_name, subj)
        return "\n\n" + head + "\n\n" + text
    if style == "yahoo":
        head = "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (DAYS[loc.weekday()], MONTHS[loc.month - 1],
                                                                   loc.day, loc.year, hh, loc.minute, ap, name, addr)
        return "\n\n" + head + "\n\n" + text
    head = "%s wrote:" % name if style == "tb" else "----- Original Message -----\nFrom: %s <%s>\nSubject: %s" % (
        name, addr, subj)
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def encode_body(text, cs, cte):
    data = text.replace("\n", NL).encode(cs)
    if cte == "7bit":
        return data
    if cte == "base64":
        s = base64.b64encode(data).decode("ascii")
        return NL.join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")
    q = quopri.encodestring(text.replace("\r\n", "\n").encode(cs))
    # quopri leaves "\n"; the message uses CRLF throughout.
    return q.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def leaf(text, sub, cs, cte, extra_ct=""):
    heads = ["Content-Type: text/%s; charset=\"%s\"%s" % (sub, cs, extra_ct),
             "Content-Transfer-Encoding: %s" % ("quoted-printable" if cte == "qp" else cte)]
    return heads, encode_body(text, cs, cte)


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = ["<div>%s</div>" % (l if l.strip() else "<br>") for l in esc.split("\n")]
    return '<div dir="ltr">\n' + "\n".join(lines) + "\n</div>\n"


def make(s):
    r = random.Random(zlib.crc32(s["key"].encode()))
    c = CLIENTS[s["client"]]
    name, addr = s["frm"]
    dom = addr.split("@")[1]
    box = BOX[s["mailbox"]]
    when = dt.datetime(2026, 1, 2, 12) + dt.timedelta(days=r.randint(0, 355), seconds=r.randint(0, 40000))
    if s.get("date"):
        # The text names a season, a weekday or a date, so the message must be sent then (local Central time).
        mo, d, h = s["date"]
        loc = dt.datetime(2026, mo, d, h, r.randint(0, 59), r.randint(0, 59))
        when = loc + dt.timedelta(hours=6)
        when -= dt.timedelta(hours=central(when) + 6)
    when_q = when - dt.timedelta(days=r.randint(0, 6), hours=r.randint(1, 20), minutes=r.randint(0, 59))
    # Promotions and bills go out mid-morning; nobody sends those at 3 a.m.
    when_q = when_q.replace(hour=15 + r.randint(0, 3))
    ref = "%05d" % r.randint(1000, 99999)

    body = s.get("body", "")
    if s.get("unwrap", c.get("wrap") is None):
        body = unwrap(body)
    if c.get("wrap"):
        body = hardwrap(body, c["wrap"])
    if s.get("sig", True):
        body += c["sig"]
    subj = s.get("subject", "")
    if s.get("quote"):
        body += quote_block(s.get("qstyle", c["quote"]), s["quote"], when_q, name or addr, ref)
        if subj is None or subj == "":
            subj = "Re: " + OURS[s["quote"]][2]
    body = body.rstrip("\n") + "\n"

    cs = s.get("cs") or ("us-ascii" if ascii_ok(body) else "utf-8")
    cte = s.get("cte") or ("7bit" if ascii_ok(body) else c.get("cte", "qp"))
    if any(len(l) > 900 for l in body.split("\n")) and cte == "7bit":
        cte = "qp"

    mid = fill(c["mid"], r, dom)
    mx = "mx%d" % r.randint(1, 2)
    host = fill(c["host"], r, dom)
    ip = fill(c["ip"], r, dom)
    t_mx = when + dt.timedelta(seconds=r.randint(1, 4))
    t_mb = t_mx + dt.timedelta(seconds=r.randint(0, 2))
    auth = s.get("auth") or "spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass header.from=%s" % (
        dom, dom, dom)
    env_from = s.get("env_from", addr)

    H = ["Return-Path: <%s>" % env_from, "Delivered-To: %s" % box,
         fold("Received: from %s (%s [%s]) by mbx01.alliant-energy.com (Postfix) with ESMTPS id %s for <%s>; %s"
              % (mx, mx + ".alliant-energy.com", "10.20.1.1" + mx[-1], rs(r, 10, "0123456789ABCDEF"), box,
                 rfc(t_mb))),
         fold("Received: from %s (%s [%s]) by %s.alliant-energy.com (Postfix) with ESMTPS id %s for <%s>; %s"
              % (host, host, ip, mx, rs(r, 10, "0123456789ABCDEF"), box, rfc(t_mx))),
         fold("Authentication-Results: %s.alliant-energy.com; %s" % (mx, auth))]
    for h in s.get("pre_headers", []):
        H.append(fold(h))
    H.append(hdr_text("From", address(name, addr)) if not ascii_ok(name) else fold("From: " + address(name, addr)))
    if s.get("reply_to"):
        H.append(fold("Reply-To: " + address(*s["reply_to"])))
    H.append(fold("To: " + s.get("to", box)))
    if s.get("cc"):
        H.append(fold("Cc: " + s["cc"]))
    H.append(hdr_text("Subject", subj))
    H.append("Date: " + rfc(when, s.get("tz")))
    H.append("Message-ID: <%s>" % mid)
    if s.get("quote"):
        qid = "<%s.%s@mail.alliant-energy.com>" % (rs(r, 12, HEX), s["quote"])
        H += ["In-Reply-To: " + qid, "References: " + qid]
    for h in s.get("headers", []):
        H.append(fold(h))
    if c.get("xm"):
        H.append("X-Mailer: " + fill(c["xm"], r, dom))
    if c.get("ua"):
        H.append("User-Agent: " + c["ua"])
    H.append("MIME-Version: 1.0")

    if c["alt"] and not s.get("plain_only"):
        b = "00000000000" + rs(r, 17, HEX) if s["client"] in ("gmail", "galaxy") else "_000_" + rs(r, 20, AN) + "_"
        ph, pb = leaf(body, "plain", cs, cte)
        hbody = html_of(body.rstrip("\n"))
        hcte = "7bit" if ascii_ok(hbody) and max(len(l) for l in hbody.split("\n")) < 900 else "qp"
        hh, hb = leaf(hbody, "html", cs, hcte)
        H.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        out = (NL.join(H) + NL + NL).encode("ascii")
        for heads, data in ((ph, pb), (hh, hb)):
            out += ("--%s" % b + NL + NL.join(heads) + NL + NL).encode("ascii") + data.rstrip(b"\r\n") + NL.encode()
        out += ("--%s--" % b + NL).encode("ascii")
        return out
    heads, data = leaf(body, "plain", cs, cte, s.get("ct_extra", ""))
    H += heads
    return (NL.join(H) + NL + NL).encode("ascii") + data.rstrip(b"\r\n") + NL.encode()
