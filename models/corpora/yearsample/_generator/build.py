#!/usr/bin/env python3
"""Rebuild the `yearsample` set byte for byte.

A random-looking sample of one whole year (2027) of the two privacy mailboxes
(customercare@ and powerhousecatalog@alliant-energy.com), about eight messages
a month.  Everything is invented.  Python 3 standard library only; fixed seed.

    python3 _generator/build.py        # writes NNNN.eml, manifest.jsonl, index.tsv, README.md
"""
import base64
import datetime as dt
import html as htmlmod
import json
import os
import quopri
import random
import string
import textwrap
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
R = random.Random(20270101)

MB = {"customercare": "customercare@alliant-energy.com",
      "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"

# --------------------------------------------------------------------------- time
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def us_offset(d, std):
    """US DST 2027: 14 March 02:00 to 7 November 02:00 local."""
    d = d.replace(tzinfo=None)
    return std + 1 if dt.datetime(2027, 3, 14, 2) <= d < dt.datetime(2027, 11, 7, 2) else std


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def local(s, std=-6):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = dt.datetime.strptime(s, fmt)
    if s.count(":") == 1:
        d = d.replace(second=R.randrange(60))
    return d.replace(tzinfo=tz(us_offset(d, std)))


def to_utc(d):
    return d.astimezone(dt.timezone.utc)


def to_central(d):
    u = to_utc(d).replace(tzinfo=None)
    # central offset for a UTC instant (close enough at the DST edges for this set)
    return d.astimezone(tz(us_offset(u - dt.timedelta(hours=6), -6)))


def to_pacific(d):
    u = to_utc(d).replace(tzinfo=None)
    return d.astimezone(tz(us_offset(u - dt.timedelta(hours=8), -8)))


ZNAMES = {-6: "CST", -5: "CDT", 0: "UTC", -8: "PST", -7: "PDT", -4: "EDT"}


def rfc(d, pad=False, zname=False):
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    m = abs(mins)
    day = "%02d" % d.day if pad else str(d.day)
    s = "%s, %s %s %d %s %s%02d%02d" % (DAYS[d.weekday()], day, MONS[d.month - 1], d.year,
                                         d.strftime("%H:%M:%S"), sign, m // 60, m % 60)
    if zname:
        s += " (%s)" % ZNAMES[mins // 60]
    return s


def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def plus(d, seconds):
    return d + dt.timedelta(seconds=seconds)


# --------------------------------------------------------------------------- random bits
ALNUM = string.ascii_letters + string.digits
B64C = string.ascii_letters + string.digits + "+/"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def rhex(n):
    return rs(n, "0123456789abcdef")


def rb64(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def ruuid(upper=False):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


def qid():
    return "4" + rs(1, "bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ") + rs(12, "bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ0123456789")


def fold_token(prefix, tok, indent="\t", width=72):
    """prefix + long token, folded on whitespace-free boundaries (allowed inside b= tags)."""
    out, line = [], prefix
    for ch in tok:
        if len(line) >= width:
            out.append(line)
            line = indent
        line += ch
    out.append(line)
    return "\n".join(out)


def dkim(d, s, h, t, ind="\t", extra=""):
    bh = rb64(32)
    b = rb64(256)
    head = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n%st=%d;%s\n%sh=%s;\n%sbh=%s;\n" % (
        d, s, ind, t, extra, ind, h, ind, bh)
    return head + fold_token(ind + "b=", b, ind)


# --------------------------------------------------------------------------- header encoding
def ew(s, cs="UTF-8", b=False):
    """RFC 2047 encoded words (split so each word stays under 75 chars)."""
    if s.isascii():
        return s
    words, cur = [], ""
    if b:
        chunk = ""
        for ch in s:
            if len(base64.b64encode((chunk + ch).encode(cs))) > 75 - 12 - len(cs):
                words.append(chunk)
                chunk = ""
            chunk += ch
        words.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)
    for ch in s:
        if ch == " ":
            e = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            e = ch
        else:
            e = "".join("=%02X" % x for x in ch.encode(cs))
        if len(cur) + len(e) > 75 - 7 - len(cs):
            words.append(cur)
            cur = ""
        cur += e
    words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (cs, w) for w in words)


def addr(name, a, cs="UTF-8", b=False, quote_always=False):
    if not name:
        return a
    if not name.isascii():
        return "%s <%s>" % (ew(name, cs, b), a)
    if quote_always or any(c in name for c in ',.;:()@"'):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def subj_hdr(s, cs="UTF-8", b=False):
    return "Subject: " + ew(s, cs, b)


# --------------------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of header strings ("\n" + tab for folding)
        self.body = body            # bytes, "\n" line ends


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") or not data else data + b"\n"
    if cte == "quoted-printable":
        e = quopri.encodestring(data)
        return e if e.endswith(b"\n") or not e else e + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text(t, sub="plain", cs="UTF-8", cte=None, params="", quote_cs=True, omit7=False, ct_fold=False,
         extra=()):
    data = t.encode(cs)
    if cte is None:
        longest = max((len(x) for x in data.split(b"\n")), default=0)
        cte = "7bit" if data.isascii() and longest <= 76 else "quoted-printable"
    csv = '"%s"' % cs if quote_cs else cs
    sep = ";\n\t" if ct_fold else "; "
    hs = ["Content-Type: text/%s%scharset=%s%s" % (sub, sep, csv, params)]
    if not (omit7 and cte == "7bit"):
        hs.append("Content-Transfer-Encoding: %s" % cte)
    hs.extend(extra)
    return Part(hs, encode_body(data, cte))


def binary(data, ctype, cte="base64", extra=()):
    return Part(["Content-Type: %s" % ctype, "Content-Transfer-Encoding: %s" % cte] + list(extra),
                encode_body(data, cte))


def multi(sub, parts, boundary, fold=False, params="", preamble=b"", quote_b=True, extra=()):
    bq = '"%s"' % boundary if quote_b else boundary
    sep = ";\n\t" if fold else "; "
    hs = ["Content-Type: multipart/%s%sboundary=%s%s" % (sub, sep, bq, params)] + list(extra)
    B = boundary.encode()
    body = preamble
    for p in parts:
        body += b"--" + B + b"\n" + "\n".join(p.headers).encode("ascii") + b"\n\n" + p.body
        if not p.body.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + B + b"--\n"
    return Part(hs, body)


def esc(s):
    return htmlmod.escape(s, quote=False)


def flowed(t, width=72):
    out = []
    for line in t.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if not line.startswith(">") else line)
            continue
        parts = textwrap.wrap(line, width)
        out.extend([p + " " for p in parts[:-1]] + [parts[-1]])
    return "\n".join(out)


# --------------------------------------------------------------------------- delivery chain
def auth_results(mx, dk=None, dk_res="pass", mailfrom=None, helo=None, ip="", spf="pass", fromdom="",
                 dmarc="pass", policy="none"):
    parts = []
    if dk:
        parts.append('dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"' % (
            dk_res, dk, dk, rs(8, B64C)))
    else:
        parts.append("dkim=none")
    if mailfrom:
        verb = {"pass": "designates", "softfail": "does not designate", "neutral": "is neither permitted nor denied by",
                "none": "does not designate"}[spf]
        if spf == "pass":
            parts.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mx, mailfrom, ip, mailfrom))
        else:
            parts.append("spf=%s (%s.alliant-energy.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                         % (spf, mx, mailfrom, verb, ip, mailfrom))
    else:
        parts.append("spf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s"
                     % (mx, helo, ip, helo))
    if dmarc:
        parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc, policy, fromdom))
    return "Authentication-Results: %s.alliant-energy.com;\n\t" % mx + ";\n\t".join(parts)


def chain(mailbox, env_from, helo, ip, arrive, auth, tls=True, rdns=None):
    """The part of the header our own hosts add: mx1/mx2 -> mbx01."""
    mx = R.choice(["mx1", "mx2"])
    a = MB[mailbox]
    t1 = to_utc(arrive)
    t2 = plus(t1, R.randrange(1, 3))
    mxip = "10.20.1.11" if mx == "mx1" else "10.20.1.12"
    lines = ["Return-Path: <%s>" % env_from, "Delivered-To: %s" % a,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (mx, mx, mxip, qid(), a, rfc(t2, zname=True))]
    lines.append(auth(mx))
    rd = rdns or helo
    if tls:
        lines.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                     % (helo, rd, ip, mx, qid(), a, rfc(t1, zname=True)))
    else:
        lines.append("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                     % (helo, rd, ip, mx, qid(), a, rfc(t1, zname=True)))
    return lines


def assemble(chain_lines, hdrs, body):
    raw = ("\n".join(chain_lines + hdrs) + "\n\n").encode("ascii") + body
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


# --------------------------------------------------------------------------- our own outgoing mail
CC_NAME = "Alliant Energy"
PH_NAME = "PowerHouse Catalog"
CC_FOOT = ("You are receiving this e-mail because you are an Alliant Energy customer.\n"
           "To opt out of marketing e-mails, click Unsubscribe or reply with the word\n"
           "UNSUBSCRIBE. We never sell your e-mail address.\n" + HQ)
PH_FOOT = ("The PowerHouse Catalog occasionally shares its customer list with other\n"
           "catalog companies. If you prefer that we not share your name, write to\n"
           "powerhousecatalog@alliant-energy.com. To unsubscribe from PowerHouse\n"
           "e-mails, click here or reply UNSUBSCRIBE.\n"
           "PowerHouse Catalog, 4902 N. Biltmore Lane, Madison, WI 53718")
NL_FOOT = ("You're receiving Home Comfort Tips because you're an Alliant Energy\n"
           "customer. Manage your preferences or unsubscribe:\n"
           "https://www.alliantenergy.com/preferences\n" + HQ)

CAMPAIGNS = {}


def campaign(key, mb, when, subj, body, foot, code, kind):
    CAMPAIGNS[key] = dict(key=key, mb=mb, name=CC_NAME if mb == "customercare" else PH_NAME,
                          addr=MB[mb], date=local(when), subj=subj, text=body + "\n\n" + foot,
                          code=code, kind=kind)


campaign("P2701", "customercare", "2027-01-12 10:00:05", "Stay warm for less: book a free Home Energy Assessment",
         "Cold snap ahead? Find out where your heat is going.\n\n"
         "Book a free Home Energy Assessment this winter. An Alliant Energy energy\n"
         "advisor will check your insulation, windows and furnace and leave you\n"
         "with a list of low-cost fixes. Most visits take about an hour.\n\n"
         "Book your visit: https://www.alliantenergy.com/assessment", CC_FOOT, "AE-2701", "promo")
campaign("P2702", "powerhousecatalog", "2027-02-09 09:30:02", "PowerHouse Spring Preview: 20% off LED fixtures",
         "Spring Preview from PowerHouse\n\n"
         "Brighten up for spring: take 20% off LED ceiling fixtures, under-cabinet\n"
         "lights and motion-sensor porch lights through March 8.\n\n"
         "Shop the Spring Preview: https://www.powerhousecatalog.com/spring", PH_FOOT, "PH-2702", "catalog e-mail")
campaign("P2703", "customercare", "2027-03-16 09:00:04", "Spring into savings: $75 back on a heat pump water heater",
         "Your water heater works hard every day. A heat pump water heater uses\n"
         "up to 60% less electricity than a standard electric model.\n\n"
         "Buy one by June 30 and get $75 back from Alliant Energy.\n"
         "Details and the rebate form: https://www.alliantenergy.com/rebates", CC_FOOT, "AE-2703", "promo")
campaign("N2704", "customercare", "2027-04-13 10:00:03", "Your April Home Comfort Tips from PowerHouse",
         "Home Comfort Tips - April\n\n"
         "* Open the windows on mild days and give the furnace a rest.\n"
         "* Change the furnace filter before you switch to cooling.\n"
         "* Call 811 before you dig in the garden.\n\n"
         "New in the PowerHouse Catalog: smart plugs, 2 for $24.", NL_FOOT, "AE-NL-2704", "newsletter")
campaign("P2705", "customercare", "2027-05-18 09:00:01", "Community solar enrollment is open in your area",
         "Go solar without panels on your roof.\n\n"
         "Subscribe to a share of a local community solar garden and get a credit\n"
         "on your bill for the energy it produces. Spaces are limited.\n\n"
         "Learn more: https://www.alliantenergy.com/communitysolar", CC_FOOT, "AE-2705", "promo")
campaign("P2706", "customercare", "2027-06-15 09:00:02", "Recycle your old fridge, get $50",
         "Is an old refrigerator humming away in your garage or basement?\n\n"
         "We'll haul it away for free and send you $50. Working units, 10 to 30\n"
         "cubic feet. Schedule a pickup: https://www.alliantenergy.com/recycle", CC_FOOT, "AE-2706", "promo")
campaign("P2707", "powerhousecatalog", "2027-07-13 09:30:00", "Summer Clearance: solar lights, fans and more",
         "Summer Clearance at PowerHouse\n\n"
         "Up to 40% off solar path lights, box fans, ceiling fans and outdoor\n"
         "timers while supplies last.\n\n"
         "Shop now: https://www.powerhousecatalog.com/clearance", PH_FOOT, "PH-2707", "catalog e-mail")
campaign("P2708", "customercare", "2027-08-17 09:00:03", "Charge smarter: $500 back on a Level 2 EV charger",
         "Driving electric? Charge at home, overnight, for less.\n\n"
         "Install a qualifying Level 2 charger by December 31 and get up to $500\n"
         "back. Ask about our off-peak charging rate too.\n\n"
         "Details: https://www.alliantenergy.com/ev", CC_FOOT, "AE-2708", "promo")
campaign("P2709", "customercare", "2027-09-14 09:00:05", "Fall savings: $50 back on a smart thermostat",
         "Get ready for heating season.\n\n"
         "Buy a qualifying smart thermostat by November 30 and get $50 back.\n"
         "Most customers save 8% or more on heating.\n\n"
         "See qualifying models: https://www.alliantenergy.com/thermostat", CC_FOOT, "AE-2709", "promo")
campaign("N2710", "customercare", "2027-10-12 10:00:02", "Your October Home Comfort Tips from PowerHouse",
         "Home Comfort Tips - October\n\n"
         "* Have your furnace checked before the first cold night.\n"
         "* Reverse ceiling fans to push warm air down.\n"
         "* Put outdoor lights on a timer as the days get shorter.\n\n"
         "In the PowerHouse Catalog: LED string lights from $9.", NL_FOOT, "AE-NL-2710", "newsletter")
campaign("P2711", "powerhousecatalog", "2027-11-09 09:30:04", "The PowerHouse Holiday Gift Guide is here",
         "Gifts that save energy all year\n\n"
         "Heated throws, LED lanterns, smart plugs and our best-selling power\n"
         "banks, all in the 2027 Holiday Gift Guide. Free shipping over $49.\n\n"
         "Shop the guide: https://www.powerhousecatalog.com/holiday", PH_FOOT, "PH-2711", "catalog e-mail")
campaign("N2712", "customercare", "2027-12-07 10:00:01", "Your December Home Comfort Tips from PowerHouse",
         "Home Comfort Tips - December\n\n"
         "* A draft stopper at the bottom of a door can save more than you think.\n"
         "* Use LED holiday lights and put them on a timer.\n"
         "* Keep space heaters three feet from anything that can burn.\n\n"
         "Happy holidays from all of us at Alliant Energy.", NL_FOOT, "AE-NL-2712", "newsletter")


def our_promo(key, rcpt_addr):
    """A copy of one campaign as a particular recipient got it (per-recipient token)."""
    c = dict(CAMPAIGNS[key])
    c["token"] = "%s-%05d" % (c["code"], R.randrange(10000, 99999))
    c["mid"] = "<%s.%s@mail.alliant-energy.com>" % (to_utc(c["date"]).strftime("%Y%m%d%H%M%S"), c["token"])
    c["to"] = rcpt_addr
    return c


def bill(when, rcpt, last4, amount, due):
    d = local(when)
    return dict(kind="bill", name="Alliant Energy", addr="noreply@alliantenergy.com", date=d, to=rcpt,
                subj="Your Alliant Energy bill is ready",
                mid="<bill.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d"), rhex(12)),
                text=("Your bill for the account ending in %s is ready.\n\n"
                      "Amount due: %s\nDue date: %s\n\n"
                      "View and pay your bill: https://www.alliantenergy.com/myaccount\n\n"
                      "This is a service message about your account. We send it even if you\n"
                      "have opted out of marketing. Questions? Reply to this e-mail or call\n"
                      "1-800-255-4268." % (last4, amount, due)))


def outage(when, rcpt, street, est):
    d = local(when)
    return dict(kind="outage", name="Alliant Energy Outage Alerts", addr="noreply@alliantenergy.com", date=d, to=rcpt,
                subj="Outage alert: power is out at your address",
                mid="<outage.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d%H%M"), rhex(10)),
                text=("We're aware of a power outage affecting your address on %s.\n\n"
                      "Estimated restoration: %s\nCause: under investigation\n\n"
                      "Crews are on the way. For updates see the outage map:\n"
                      "https://www.alliantenergy.com/outages\n\n"
                      "You receive outage alerts because you signed up for them in My Account.\n"
                      "This is a service message." % (street, est)))


def payrem(when, rcpt, last4, amount, due):
    d = local(when)
    return dict(kind="payrem", name="Alliant Energy", addr="noreply@alliantenergy.com", date=d, to=rcpt,
                subj="Reminder: your Alliant Energy payment is due %s" % due,
                mid="<remind.%s.%s@notify.alliantenergy.com>" % (d.strftime("%Y%m%d"), rhex(12)),
                text=("This is a friendly reminder that a payment of %s for the account\n"
                      "ending in %s is due %s.\n\n"
                      "Already paid? Thank you, and please disregard this reminder.\n"
                      "Pay now: https://www.alliantenergy.com/pay\n\n"
                      "This is a service message about your account." % (amount, last4, due)))


def ack(when, rcpt, ref):
    d = local(when)
    return dict(kind="ack", name="Alliant Energy Customer Care", addr=MB["customercare"], date=d, to=rcpt,
                subj="We received your request [%s]" % ref, ref=ref,
                mid="<ack.%s@alliant-energy.com>" % ref,
                text=("Thank you for contacting Alliant Energy. We received your message and\n"
                      "recorded it under reference %s.\n\n"
                      "If you asked us to stop marketing mail or e-mail, or not to share your\n"
                      "name with other companies, the change takes effect within 10 business\n"
                      "days. Mail that is already printed may still reach you.\n\n"
                      "This is an automated message. Please reply only if you need to add\n"
                      "something to your request.\n\n"
                      "Alliant Energy Customer Care\n" % ref + HQ))


def staff(when, rcpt, subj, body, agent):
    d = local(when)
    return dict(kind="staff", name="Alliant Energy Customer Care", addr=MB["customercare"], date=d, to=rcpt,
                subj=subj, mid="<%s.%s@alliant-energy.com>" % (d.strftime("%Y%m%d%H%M%S"), rhex(8)),
                text=body + "\n\n" + agent + "\nAlliant Energy Customer Care\n1-800-255-4268")


# --------------------------------------------------------------------------- quoting styles
def q_lines(t):
    return "\n".join(("> " + x) if x else ">" for x in t.split("\n"))


def attribution(style, q, lang="en"):
    d = to_central(q["date"])
    n, a = q["name"], q["addr"]
    if style == "gmail":
        if lang == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute, n, a)
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, h12(d), n, a)
    if style == "apple":
        if lang == "es":
            hh = d.hour % 12 or 12
            return "El %d %s %d, a las %d:%02d %s, %s <%s> escribió:" % (
                d.day, MESES[d.month - 1], d.year, hh, d.minute, "a. m." if d.hour < 12 else "p. m.", n, a)
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MONS[d.month - 1], d.day, d.year, h12(d), n, a)
    if style == "yahoo":
        z = ZNAMES[int(d.utcoffset().total_seconds() // 3600)]
        hh = d.hour % 12 or 12
        if lang == "es":
            return "El %s, %d de %s de %d, %d:%02d, %s <%s> escribió:" % (
                ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][d.weekday()],
                d.day, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                        "octubre", "noviembre", "diciembre"][d.month - 1], d.year, d.hour, d.minute, n, a)
        return "On %s, %s %d, %d at %d:%02d:%02d %s %s, %s <%s> wrote:" % (
            DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year, hh, d.minute, d.second,
            "AM" if d.hour < 12 else "PM", z, n, a)
    raise ValueError(style)


def outlook_block(q, lang="en"):
    d = to_central(q["date"])
    if lang == "es":
        return ("________________________________\nDe: %s <%s>\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s\nAsunto: %s\n\n" % (
            q["name"], q["addr"], ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][d.weekday()],
            d.day, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"][d.month - 1], d.year, d.hour, d.minute, q["to"], q["subj"]))
    return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s <%s>\nSubject: %s\n\n" % (
        q["name"], q["addr"], DAYS_L[d.weekday()], MONS_L[d.month - 1], d.day, d.year, h12(d), q["to"], q["to"], q["subj"]))


def aol_block(q):
    d = to_central(q["date"])
    hh = d.hour % 12 or 12
    return ("-----Original Message-----\nFrom: %s <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d %s\nSubject: %s\n\n" % (
        q["name"], q["addr"], q["to"], DAYS[d.weekday()], MONS[d.month - 1], d.day, d.year, hh, d.minute,
        "am" if d.hour < 12 else "pm", q["subj"]))


def html_paras(t):
    return "<br>\n".join(esc(x) for x in t.split("\n"))


def html_div_lines(t, tag="div", attr=""):
    out = []
    for x in t.split("\n"):
        out.append("<%s%s>%s</%s>" % (tag, attr, esc(x) if x else "<br>", tag))
    return "\n".join(out)


# --------------------------------------------------------------------------- sending providers
def ts(d):
    return int(to_utc(d).timestamp())


def prov_google(d, frm, dom="gmail.com"):
    t = ts(d)
    sel = "20230601" if dom == "gmail.com" else "google"
    ind = "        "
    hlist = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n%s :date:message-id:reply-to" % ind
    lines = [dkim(dom, sel, hlist, t, ind, " x=%d; darn=alliant-energy.com;" % (t + 604800)),
             dkim("1e100.net", "20230601", "x-gm-message-state:to:subject:message-id:date:from:mime-version\n%s :x-gm-gg:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to" % ind,
                  t, ind, " x=%d;" % (t + 604800)).replace("DKIM-Signature", "X-Google-DKIM-Signature"),
             "X-Gm-Message-State: AOJu0Y" + rs(40, ALNUM + "+/") + "\n\t" + rs(22, ALNUM + "+/") + "==",
             "X-Gm-Gg: ASbGnc" + rs(58, ALNUM + "+/") + "\n\t" + rs(60, ALNUM + "+/"),
             "X-Google-Smtp-Source: AGHT+IF" + rs(50, ALNUM + "+/") + "==",
             "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s%s;\n%s%s" % (
                 rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), rhex(6) + "-" + rhex(20),
                 "mr%d%s.%d.%d" % (R.randrange(1000000, 9999999), rs(3, string.ascii_lowercase), R.randrange(1, 40),
                                   t * 1000 + R.randrange(1000)), ind, rfc(to_pacific(plus(d, 1)), zname=True))]
    helo = "mail-%s-f%d.google.com" % (R.choice(["qk1", "qt1", "yw1", "ot1", "pl1", "oi1", "io1", "ej1", "lf1"]),
                                      R.randrange(170, 236))
    ip = "209.85.%d.%s" % (R.choice([160, 161, 166, 167, 208, 210, 214, 218, 219, 222]), helo.split("-f")[1].split(".")[0])
    fd = frm.split("@")[1]

    def auth(mx):
        return auth_results(mx, dk=dom, mailfrom=frm, ip=ip, fromdom=fd,
                            policy="none" if dom == "gmail.com" else "quarantine")
    return helo, ip, auth, lines


def prov_icloud(d, frm, rcpt):
    t = ts(d)
    host = "qs51p00im-qukt010%d.me.com" % R.randrange(71000, 72999)
    ip = "17.57.155.%d" % R.randrange(10, 60)
    lines = [dkim("icloud.com", "1a1hai", "Content-Type:From:Mime-Version:Subject:Message-Id:Date:To", t, "\t"),
             "Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
             % (host, rhex(10).upper(), rcpt, rfc(to_utc(plus(d, 1)), zname=True)),
             "X-Proofpoint-ORIG-GUID: " + rs(32, ALNUM + "-_"),
             "X-Proofpoint-GUID: " + rs(32, ALNUM + "-_"),
             "X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1093,Hydra:6.0.736,FMLib:17.12.80.40\n definitions=2027-%02d-%02d_%02d,2027-%02d-%02d_01,2020-02-14_11 signatures=0"
             % (d.month, d.day, R.randrange(1, 9), d.month, d.day)]
    fd = frm.split("@")[1]

    def auth(mx):
        return auth_results(mx, dk="icloud.com", mailfrom=frm, ip=ip, fromdom=fd, policy="quarantine")
    return host, ip, auth, lines


def prov_yahoo(d, frm, dom="yahoo.com"):
    t = ts(d)
    n = R.randrange(301, 330)
    host = "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (n, R.randrange(2, 40))
    ip = "66.163.%d.%d" % (R.randrange(184, 192), R.randrange(2, 250))
    lines = [dkim(dom, "s2048" if dom == "yahoo.com" else "a2048",
                  "Date:From:To:Subject:References:From:Subject:Reply-To", t, " "),
             dkim(dom, "s2048" if dom == "yahoo.com" else "a2048", "X-Sonic-MF:Date:From:To:Subject:From:Subject",
                  t, " ").replace("DKIM-Signature", "X-SONIC-DKIM-SIGN"),
             "X-YMail-OSG: " + rs(68, ALNUM + "._") + "\n " + rs(70, ALNUM + "._") + "\n " + rs(40, ALNUM + "._") + "--",
             "X-Sonic-MF: <%s>" % frm,
             "X-Sonic-ID: " + ruuid(),
             "Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s"
             % (n, rfc(to_utc(plus(d, 1))))]
    fd = frm.split("@")[1]

    def auth(mx):
        return auth_results(mx, dk=dom, mailfrom=frm, ip=ip, fromdom=fd, policy="reject")
    return host, ip, auth, lines


def ms_ids():
    srv = "%s%dPR%02dMB%d" % (R.choice(["SA1", "PH0", "CH3", "DM6", "BN8", "MN2", "SJ0", "CY8"]), R.randrange(1, 9) if False else 0,
                              R.choice([11, 12, 13, 15, 16, 17, 19, 20]), R.randrange(1000, 9999))
    srv = srv.replace("0PR", "PR")
    return srv


def prov_ms(d, frm, dom, business=False):
    t = ts(d)
    srv = ms_ids()
    srv2 = ms_ids()
    region = srv.split("PR")[1][:2]
    fq = "%s.namprd%s.prod.outlook.com" % (srv, region)
    fq2 = "%s.namprd%s.prod.outlook.com" % (srv2, region)
    if business:
        helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (R.choice([10, 11, 12, 4]), R.choice(["DM6", "BN8", "MW2", "CO1"]))
        ip = "40.107.%d.%d" % (R.randrange(200, 240), R.randrange(2, 250))
    else:
        helo = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (R.choice([12, 11, 2, 4]), R.choice(["MW2", "DM6", "SN1", "CO1"]))
        ip = "40.92.%d.%d" % (R.randrange(18, 60), R.randrange(2, 250))
    lines = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n " + fold_token("b=", rb64(256), " ").lstrip(),
             "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n %s"
             % (rb64(32), fold_token("b=", rb64(256), " ").lstrip()),
             "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=%s; dmarc=%s;\n dkim=%s; arc=none" % (
                 ("pass", "pass", "pass") if business else ("none", "none", "none")),
             "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n %s"
             % (dom, rb64(32), fold_token("b=", rb64(256), " ").lstrip()),
             "Received: from %s (2603:10b6:%x:%x::%d)\n by %s (2603:10b6:%x:%x::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9%03d.%d; %s"
             % (fq, R.randrange(256, 4095), R.randrange(16, 255), R.randrange(1, 20), fq2, R.randrange(256, 4095),
                R.randrange(16, 255), R.randrange(1, 20), R.randrange(0, 999), R.randrange(10, 40), rfc(to_utc(plus(d, 1)))),
             "Received: from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.9%03d.%03d; %s"
             % (fq, rhex(4), rhex(4), rhex(4), rhex(4), fq, rhex(4), rhex(4), rhex(4), rhex(4), R.randrange(3, 7),
                R.randrange(0, 999), R.randrange(10, 40), rfc(to_utc(d)))]
    fd = frm.split("@")[1]

    def auth(mx):
        return auth_results(mx, dk=dom, mailfrom=frm, ip=ip, fromdom=fd, policy="none" if not business else "quarantine")
    return helo, ip, auth, lines, srv, fq


def prov_comcast(d, frm):
    t = ts(d)
    helo = "resomta-h2p-%06d.sys.comcast.net" % R.randrange(500000, 599999)
    ip = "96.102.%d.%d" % (R.randrange(18, 200), R.randrange(2, 250))
    lines = ["Received: from resomta-h2p-%06d.sys.comcast.net ([%s])\n\tby resimta-h2p-%06d.sys.comcast.net with ESMTPS\n\tid %s; %s"
             % (R.randrange(500000, 599999), ip, R.randrange(500000, 599999), rs(20), rfc(to_utc(plus(d, 1)), zname=True)),
             dkim("comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", t, "\t"),
             "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeeftddrudek" + rs(60, "degfhijklmnoprstuvxy") + "\n " + rs(60, "degfhijklmnoprstuvxy"),
             "X-Xfinity-VMeta: sc=-100.00;st=legit"]
    fd = frm.split("@")[1]

    def auth(mx):
        return auth_results(mx, dk="comcast.net", mailfrom=frm, ip=ip, fromdom=fd, policy="none")
    return helo, ip, auth, lines


ISPS = {
    "tds.net": ("smtp.tds.net", "mail-out%d.tds.net", "216.170.%d.%d"),
    "charter.net": ("smtp.charter.net", "mta-out%d.mail.spectrum.net", "47.43.%d.%d"),
    "windstream.net": ("smtp.windstream.net", "smtp-out%d.windstream.net", "162.39.%d.%d"),
    "frontier.com": ("smtp.frontier.com", "mx-out%d.frontier.com", "74.40.%d.%d"),
    "mchsi.com": ("smtp.mchsi.com", "out%d.mediacomcc.com", "173.23.%d.%d"),
    "centurylink.net": ("smtp.centurylink.net", "smtp-out%d.centurylink.net", "206.152.%d.%d"),
}


def prov_isp(d, frm, rcpt):
    dom = frm.split("@")[1]
    sub, outpat, ippat = ISPS[dom]
    helo = outpat % R.randrange(1, 9)
    ip = ippat % (R.randrange(2, 250), R.randrange(2, 250))
    client_ip = "192.168.%d.%d" % (R.randrange(0, 2), R.randrange(2, 200))
    lines = ["Received: from [%s] (unknown [203.0.113.%d])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
             % (client_ip, R.randrange(2, 250), frm, sub, rhex(10).upper(), rcpt, rfc(plus(d, 2)))]
    signs = dom in ("charter.net", "frontier.com")
    if signs:
        lines.insert(0, dkim(dom, "default", "Message-ID:Date:MIME-Version:To:From:Subject:Content-Type", ts(d), "\t"))

    def auth(mx):
        return auth_results(mx, dk=dom if signs else None, mailfrom=frm, ip=ip, fromdom=dom,
                            dmarc="pass" if signs else "none", policy="none")
    return helo, ip, auth, lines


# --------------------------------------------------------------------------- human messages
def refs(q, fold=False):
    if not q:
        return []
    return ["In-Reply-To: %s" % q["mid"], "References: %s" % q["mid"]]


def reply_subject(prog, q, lang):
    if prog in ("outlook_com", "outlook_mobile", "outlook_biz"):
        return ("RE: " if lang != "es" else "RE: ") + q["subj"]
    return "Re: " + q["subj"]


def gmail_like(s, d, name, frm, to, subj, q):
    """Gmail web / Gmail app (also the carrier for Samsung Email on a Gmail account)."""
    helo, ip, auth, prov = prov_google(d, frm)
    lang = s.get("ui", "en")
    new = s["body"]
    plain = new
    dirattr = "auto" if s["prog"] == "gmail_android" else "ltr"
    h = '<div dir="%s">%s</div>' % (dirattr, html_div_lines(new) if dirattr == "ltr" else html_paras(new))
    if q:
        att = attribution("gmail", q, lang)
        plain = new + "\n\n" + att + "\n\n" + q_lines(q["text"]) + "\n"
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
              % (esc(att), html_paras(q["text"])))
    bnd = "000000000000" + rhex(16)
    if s.get("plain_only"):
        body = text(plain, omit7=True)
    else:
        body = multi("alternative", [text(plain, omit7=True), text(h + "\n", "html", omit7=True)], bnd)
    hdrs = prov + ["MIME-Version: 1.0"]
    if q:
        hdrs += ["References: %s" % q["mid"], "In-Reply-To: %s" % q["mid"]]
    hdrs += ["From: %s" % addr(name, frm)]
    if s.get("rt"):
        hdrs += ["Reply-To: %s" % s["rt"][0]]
    hdrs += ["Date: %s" % rfc(d), "Message-ID: <CA%s%s@mail.gmail.com>" % (
        rs(1, "BDEFGHJKMNOPRSTUVWXYZ"), rs(46, ALNUM + "=+_-")), subj_hdr(subj), "To: %s" % to] + body.headers
    return frm, helo, ip, auth, hdrs, body.body


def apple_like(s, d, name, frm, to, subj, q):
    """iPhone / iPad Mail and Apple Mail on a Mac, sent through iCloud, Gmail or Yahoo."""
    dom = frm.split("@")[1]
    mac = s["prog"] == "apple_mac"
    lang = s.get("ui", "en")
    if dom in ("icloud.com", "me.com", "mac.com"):
        helo, ip, auth, prov = prov_icloud(d, frm, to.split("<")[-1].rstrip(">"))
    elif dom == "gmail.com":
        helo, ip, auth, prov = prov_google(d, frm)
    else:
        helo, ip, auth, prov = prov_yahoo(d, frm, dom)
    new = s["body"]
    sig = ""
    if not mac and not s.get("nosig"):
        sig = {"iphone": "Sent from my iPhone", "ipad": "Sent from my iPad"}[s["prog"]]
        if lang == "es":
            sig = sig.replace("Sent from my", "Enviado desde mi")
    plain = new + ("\n\n" + sig if sig else "")
    if q:
        att = attribution("apple", q, lang)
        plain += "\n\n> " + att + "\n> \n" + q_lines(q["text"]) + "\n"
    mid = "<%s@%s>" % (ruuid(True), dom)
    if q:
        bnd = ("Apple-Mail=_" if mac else "Apple-Mail-") + ruuid(True)
        hq = ""
        if q:
            hq = ('<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
                  % (esc(att), html_paras(q["text"])))
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
             '<div dir="ltr">%s</div>%s%s</body></html>' % (html_paras(new), ('<div dir="ltr"><br><div>%s</div></div>' % esc(sig)) if sig else "", hq))
        cs = "us-ascii" if plain.isascii() else "utf-8"
        body = multi("alternative", [text(plain, cs=cs, quote_cs=False, cte="7bit" if cs == "us-ascii" and max(len(x) for x in plain.split("\n")) < 77 else "quoted-printable"),
                                     text(h + "\n", "html", cs="utf-8", quote_cs=False, cte="quoted-printable")],
                     bnd, quote_b=True, fold=mac)
    else:
        cs = "us-ascii" if plain.isascii() else "utf-8"
        cte = "7bit" if cs == "us-ascii" and max(len(x) for x in plain.split("\n")) < 77 else "quoted-printable"
        body = text(plain, cs=cs, quote_cs=False, cte=cte, ct_fold=mac)
    ctype = [x for x in body.headers if x.startswith("Content-Type")]
    cte_h = [x for x in body.headers if x.startswith("Content-Transfer")]
    if mac:
        hdrs = prov + ["From: %s" % addr(name, frm)] + ctype + cte_h + [
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))", subj_hdr(subj), "Message-Id: %s" % mid,
            "Date: %s" % rfc(d)] + refs(q) + ["To: %s" % to, "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    else:
        xm = "iPhone Mail (22%s%d)" % (R.choice("BCDE"), R.randrange(60, 99)) if s["prog"] == "iphone" else "iPad Mail (22D72)"
        hdrs = prov + ctype + cte_h + ["From: %s" % addr(name, frm), "Mime-Version: 1.0 (1.0)", "Date: %s" % rfc(d),
                                       subj_hdr(subj), "Message-Id: %s" % mid] + (
            ["References: %s" % q["mid"], "In-Reply-To: %s" % q["mid"]] if q else []) + ["To: %s" % to, "X-Mailer: %s" % xm]
    return frm, helo, ip, auth, hdrs, body.body


def yahoo_like(s, d, name, frm, to, subj, q):
    dom = frm.split("@")[1]
    helo, ip, auth, prov = prov_yahoo(d, frm, dom)
    lang = s.get("ui", "en")
    new = s["body"]
    mobile = s["prog"] == "yahoo_mobile"
    sig = ""
    if mobile:
        sig = s.get("sig", "Sent from Yahoo Mail for iPhone")
    plain = new + ("\n\n" + sig if sig else "")
    hnew = '<div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div>' % (
        rhex(8), html_div_lines(new, "div", ' dir="ltr" data-setdir="false"'))
    if sig:
        hnew += '<div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://mail.onelink.me/107872968">%s</a></div>' % esc(sig) if "Android" in sig else \
            '<div class="yahoo-signature"><a style="font-size:12px" href="https://mail.onelink.me/107872968?pid=nativeplacement">%s</a></div>' % esc(sig)
    if q:
        if s["prog"] == "aol_web":
            blk = aol_block(q)
            plain = new + "\n\n\n" + blk + q["text"] + "\n"
            hnew += '<div><br></div><div style="font-family:Arial, Helvetica, sans-serif;font-size:10pt;color:black;">%s<blockquote>%s</blockquote></div>' % (
                html_paras(blk), html_paras(q["text"]))
        else:
            att = attribution("yahoo", q, lang)
            plain += "\n\n\n    " + att + "\n\n" + "\n".join(("    " + x) if x else "" for x in q["text"].split("\n")) + "\n"
            hnew += ('<div id="yahoo_quoted_%s" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div><div>%s</div></div></div>'
                     % (rhex(10), esc(att), html_paras(q["text"])))
    h = "<html><head></head><body>%s</body></html>" % hnew
    bnd = "----=_Part_%d_%d.%d" % (R.randrange(1000000, 9999999), R.randrange(100000000, 999999999), ts(d) * 1000 + R.randrange(1000))
    if s.get("plain_only"):
        body = text(plain, cs="UTF-8", quote_cs=False, cte="7bit" if plain.isascii() else "quoted-printable")
    else:
        body = multi("alternative", [text(plain, cs="UTF-8", quote_cs=False, cte="7bit" if plain.isascii() and max(len(x) for x in plain.split("\n")) < 990 else "quoted-printable"),
                                     text(h + "\n", "html", cs="UTF-8", quote_cs=False, cte="7bit" if h.isascii() else "quoted-printable")],
                     bnd, quote_b=True, fold=True)
    xm = {"yahoo_web": "WebService/1.1.23%03d YMailNorrin" % R.randrange(100, 999),
          "aol_web": "WebService/1.1.23%03d AolMailNorrin" % R.randrange(100, 999),
          "yahoo_mobile": "WebService/1.1.23%03d %s" % (R.randrange(100, 999), "YahooMailAndroidMobile" if "Android" in sig else "YahooMailIosMobile")}[s["prog"]]
    hdrs = prov + ["Date: %s" % rfc(to_utc(d), zname=True), "From: %s" % addr(name, frm),
                   'To: "%s" <%s>' % (to, to) if "<" not in to else "To: %s" % to,
                   "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (R.randrange(10 ** 9, 2 * 10 ** 9), R.randrange(10 ** 6, 10 ** 7), ts(d) * 1000 + R.randrange(1000))]
    if q:
        hdrs += ["In-Reply-To: %s" % q["mid"]]
    hdrs += [subj_hdr(subj), "MIME-Version: 1.0"] + body.headers
    if q:
        hdrs += ["References: %s" % q["mid"]]
    hdrs += ["X-Mailer: %s" % xm]
    return frm, helo, ip, auth, hdrs, body.body


def outlook_like(s, d, name, frm, to, subj, q):
    dom = frm.split("@")[1]
    business = s["prog"] == "outlook_biz"
    helo, ip, auth, prov, srv, fq = prov_ms(d, frm, dom, business)
    lang = s.get("ui", "en")
    new = s["body"]
    if s["prog"] == "outlook_mobile":
        new += "\n\n" + s.get("sig", "Get Outlook for Android<https://aka.ms/AAb9ysg>")
    plain = new
    hbody = '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>' % html_paras(s["body"])
    if s["prog"] == "outlook_mobile":
        hbody += '<div id="ms-outlook-mobile-signature"><div><br></div>Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>'
    if q:
        blk = outlook_block(q, lang)
        plain = new + "\n\n" + blk + q["text"] + "\n"
        hbody += ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                  '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font></div><div>%s</div>'
                  % (html_paras(blk.split("\n", 1)[1].rstrip("\n")), html_paras(q["text"])))
    cs = "us-ascii" if plain.isascii() else "iso-8859-1"
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n'
         % (cs, hbody))
    bnd = "_000_%s%s_" % (srv, (fq.replace(".", "").replace("-", "")[len(srv):])) if False else "_000_%s%s%s_" % (srv, rhex(0), "")
    bnd = "_000_%s%s%s_" % (srv, rs(12, string.ascii_uppercase + string.digits), "namprd%sprodoutlookcom" % srv.split("PR")[1][:2])
    if s.get("plain_only"):
        body = text(plain, cs=cs, cte="quoted-printable")
    else:
        body = multi("alternative", [text(plain, cs=cs, cte="quoted-printable"), text(h, "html", cs=cs, cte="quoted-printable")],
                     bnd, fold=True)
    mid = "<%s%s@%s>" % (srv, rs(20, string.ascii_uppercase + string.digits), fq)
    tt = q["subj"] if q else subj
    thread_idx = "AQH" + rs(24, ALNUM + "+/") + "=="
    hdrs = prov + ["From: %s" % addr(name, frm, cs="iso-8859-1" if not name.isascii() else "UTF-8"),
                   'To: "%s" <%s>' % (to, to) if "<" not in to else "To: %s" % to]
    if s.get("rt"):
        hdrs.append("Reply-To: %s" % s["rt"][0])
    hdrs += [subj_hdr(subj, "iso-8859-1" if not subj.isascii() else "UTF-8"),
             "Thread-Topic: %s" % ew(tt, "iso-8859-1"), "Thread-Index: %s" % thread_idx,
             "Date: %s" % rfc(to_utc(d), pad=False), "Message-ID: %s" % mid] + refs(q) + [
             "Accept-Language: %s" % ("es-US, en-US" if lang == "es" else "en-US"),
             "Content-Language: %s" % ("es-US" if lang == "es" else "en-US"),
             "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "msip_labels:"]
    if business:
        hdrs += ["x-ms-exchange-senderadcheck: 1", "x-ms-exchange-antispam-relay: 0"]
    hdrs += ["x-ms-publictraffictype: Email",
             "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, ms_ids()),
             "x-ms-office365-filtering-correlation-id: %s" % ruuid()] + body.headers + ["MIME-Version: 1.0"]
    if business:
        hdrs += ["X-OriginatorOrg: %s" % dom,
                 "X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % to_utc(d).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % R.randrange(10000),
                 "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
                 "X-MS-Exchange-CrossTenant-id: %s" % ruuid(),
                 "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % ms_ids()]
    return frm, helo, ip, auth, hdrs, body.body


def thunderbird(s, d, name, frm, to, subj, q):
    helo, ip, auth, prov = prov_isp(d, frm, to.split("<")[-1].rstrip(">"))
    plain = flowed(s["body"])
    if q:
        dd = to_central(q["date"])
        plain += "\n\nOn %d/%d/%d %s, %s wrote:\n%s\n" % (dd.month, dd.day, dd.year % 100, h12(dd), q["name"], q_lines(q["text"]))
    cte = "7bit" if plain.isascii() else "8bit"
    body = text(plain, cs="UTF-8", quote_cs=False, cte=cte, params="; format=flowed")
    hdrs = prov + ["Message-ID: <%s@%s>" % (ruuid(), frm.split("@")[1]), "Date: %s" % rfc(d), "MIME-Version: 1.0",
                   "User-Agent: Mozilla Thunderbird", "Content-Language: en-US", "To: %s" % to,
                   "From: %s" % addr(name, frm), subj_hdr(subj)] + refs(q) + body.headers
    return frm, helo, ip, auth, hdrs, body.body


def xfinity(s, d, name, frm, to, subj, q):
    helo, ip, auth, prov = prov_comcast(d, frm)
    new = s["body"]
    plain = new
    h = "<!doctype html>\n<html>\n <head>\n  <meta charset=\"UTF-8\">\n </head>\n <body>\n%s\n </body>\n</html>" % "\n".join(
        "  <div class=\"default-style\">\n   %s\n  </div>" % (esc(x) if x else "<br>") for x in new.split("\n"))
    bnd = "----=_Part_%d_%d.%d" % (R.randrange(100000, 999999), R.randrange(100000000, 999999999), ts(d) * 1000 + R.randrange(1000))
    body = multi("alternative", [text(plain, cs="UTF-8", quote_cs=False, cte="7bit" if plain.isascii() else "quoted-printable"),
                                 text(h + "\n", "html", cs="UTF-8", quote_cs=False, cte="7bit" if h.isascii() else "quoted-printable")],
                 bnd, fold=True, quote_b=True)
    body.headers[0] = body.headers[0].replace(";\n\t", "; \n\t")
    hdrs = prov + ["Date: %s" % rfc(d, zname=True), "From: %s" % addr(name, frm), "To: %s" % to,
                   "Message-ID: <%d.%d.%d@connect.xfinity.com>" % (R.randrange(10 ** 8, 10 ** 9), R.randrange(100000, 999999), ts(d) * 1000 + R.randrange(1000))] + refs(q) + [
                   subj_hdr(subj), "MIME-Version: 1.0"] + body.headers + [
                   "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev63",
                   "X-Originating-Client: open-xchange-appsuite"]
    return frm, helo, ip, auth, hdrs, body.body


def samsung(s, d, name, frm, to, subj, q):
    helo, ip, auth, prov = prov_google(d, frm)
    sig = s.get("sig", "Sent from my Galaxy")
    plain = s["body"] + "\n\n" + sig
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">%s<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">%s</div></div></body></html>' % (
        html_div_lines(s["body"], "div", ' dir="auto"'), esc(sig))
    bnd = "--_com.samsung.android.email_%d" % (ts(d) * 100000 + R.randrange(100000))
    body = multi("alternative", [text(plain, cs="utf-8", quote_cs=False, cte="base64"),
                                 text(h + "\n", "html", cs="utf-8", quote_cs=False, cte="base64")], bnd)
    hdrs = prov + ["Message-ID: <%s@email.android.com>" % rs(24, string.ascii_lowercase + string.digits),
                   "Date: %s" % rfc(d), subj_hdr(subj), "From: %s" % addr(name, frm), "To: %s" % to,
                   "MIME-Version: 1.0", "Importance: normal", "X-Priority: 3"] + body.headers
    return frm, helo, ip, auth, hdrs, body.body


def webform(s, d, name, frm, to, subj, q):
    helo = "web03.alliantenergy.com"
    ip = "198.51.100.43"
    f = s["form"]
    lines = ["A new Contact Us form was submitted on alliantenergy.com.", ""]
    for k, v in f:
        if k == "Message":
            lines += ["Message:", v]
        else:
            lines.append("%s: %s" % (k, v))
    lines += ["", "Submitted: %s %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), ZNAMES[int(d.utcoffset().total_seconds() // 3600)]),
              "Page: https://www.alliantenergy.com/contact-us"]
    plain = "\n".join(lines)
    body = text(plain, cs="UTF-8", quote_cs=False, cte="quoted-printable")
    hdrs = [dkim("alliantenergy.com", "forms1", "Date:To:From:Reply-To:Subject:Message-ID:MIME-Version:Content-Type", ts(d), "\t"),
            "Received: from localhost (localhost [127.0.0.1])\n\tby web03.alliantenergy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                rhex(10).upper(), to, rfc(d)),
            "Date: %s" % rfc(d, pad=True), "To: %s" % to, "From: Alliant Energy Contact Us <noreply@alliantenergy.com>",
            "Reply-To: %s" % s["rt"][0], subj_hdr(subj),
            "Message-ID: <%s@www.alliantenergy.com>" % rs(40, string.ascii_letters + string.digits),
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "X-Form-Id: contact-us",
            "MIME-Version: 1.0"] + body.headers

    def auth(mx):
        return auth_results(mx, dk="alliantenergy.com", mailfrom="noreply@alliantenergy.com", ip=ip,
                            fromdom="alliantenergy.com", policy="reject")
    return "noreply@alliantenergy.com", helo, ip, auth, hdrs, body.body


def gmail_unsub(s, d, name, frm, to, subj, q):
    helo, ip, auth, prov = prov_google(d, frm)
    body = text("This message was automatically generated by Gmail.\n", omit7=True)
    hdrs = prov + ["MIME-Version: 1.0", "From: %s" % addr(name, frm), "Date: %s" % rfc(d),
                   "Message-ID: <CA%s%s@mail.gmail.com>" % (rs(1, "BDEFGHJKMNOPRSTUVWXYZ"), rs(46, ALNUM + "=+_-")),
                   subj_hdr(subj), "To: %s" % to] + body.headers
    return frm, helo, ip, auth, hdrs, body.body


def apple_unsub(s, d, name, frm, to, subj, q):
    dom = frm.split("@")[1]
    helo, ip, auth, prov = prov_icloud(d, frm, to) if dom in ("icloud.com", "me.com") else prov_google(d, frm)
    body = text("", cs="us-ascii", quote_cs=False, cte="7bit")
    hdrs = prov + body.headers + ["From: %s" % addr(name, frm), "Mime-Version: 1.0 (1.0)", "Date: %s" % rfc(d),
                                  subj_hdr(subj), "Message-Id: <%s@%s>" % (ruuid(True), dom), "To: %s" % to,
                                  "X-Mailer: iPhone Mail (22E%d)" % R.randrange(200, 260)]
    return frm, helo, ip, auth, hdrs, body.body


def outlook_unsub(s, d, name, frm, to, subj, q):
    dom = frm.split("@")[1]
    helo, ip, auth, prov, srv, fq = prov_ms(d, frm, dom)
    body = text("", cs="us-ascii", cte="quoted-printable")
    hdrs = prov + ["From: %s" % addr(name, frm), "To: %s" % to, subj_hdr(subj), "Thread-Topic: %s" % subj,
                   "Thread-Index: AQH" + rs(24, ALNUM + "+/") + "==", "Date: %s" % rfc(to_utc(d)),
                   "Message-ID: <%s%s@%s>" % (srv, rs(20, string.ascii_uppercase + string.digits), fq),
                   "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
                   "x-ms-publictraffictype: Email"] + body.headers + ["MIME-Version: 1.0"]
    return frm, helo, ip, auth, hdrs, body.body


def yahoo_unsub(s, d, name, frm, to, subj, q):
    helo, ip, auth, prov = prov_yahoo(d, frm)
    body = text("Unsubscribe\n", cs="UTF-8", quote_cs=False, cte="7bit")
    hdrs = prov + ["Date: %s" % rfc(to_utc(d), zname=True), "From: %s" % addr(name, frm), "To: %s" % to,
                   "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (R.randrange(10 ** 9, 2 * 10 ** 9), R.randrange(10 ** 6, 10 ** 7), ts(d) * 1000),
                   subj_hdr(subj), "MIME-Version: 1.0"] + body.headers + [
                   "X-Mailer: WebService/1.1.23%03d YMailNorrin" % R.randrange(100, 999)]
    return frm, helo, ip, auth, hdrs, body.body


def tidyinbox(s, d, name, frm, to, subj, q):
    helo = "out-%d.relay.tidyinbox.app" % R.randrange(2, 30)
    ip = "198.51.100.%d" % R.randrange(100, 140)
    bounce = "bounces+%s@relay.tidyinbox.app" % rhex(12)
    txt = ("This unsubscribe request was sent automatically by TidyInbox on behalf of one of\n"
           "our users, who asked to stop receiving mail from %s.\n\n"
           "Please remove the recipient of the message with the list token in the subject\n"
           "from this mailing list.\n\n"
           "TidyInbox - https://tidyinbox.app\n" % s["unsub_from"])
    body = text(txt, cs="utf-8", quote_cs=False, cte="7bit")
    hdrs = [dkim("tidyinbox.app", "ti1", "From:To:Subject:Date:Message-ID:Auto-Submitted", ts(d), "\t"),
            "Date: %s" % rfc(to_utc(d), pad=True), "From: %s" % addr(name, frm), "To: %s" % to, subj_hdr(subj),
            "Message-ID: <unsub.%s@relay.tidyinbox.app>" % rhex(24), "Auto-Submitted: auto-generated",
            "X-Mailer: TidyInbox Unsubscriber 3.2", "MIME-Version: 1.0"] + body.headers

    def auth(mx):
        return auth_results(mx, dk="tidyinbox.app", mailfrom=bounce, ip=ip, fromdom="relay.tidyinbox.app")
    return bounce, helo, ip, auth, hdrs, body.body


def quietbox(s, d, name, frm, to, subj, q):
    helo = "a8-%d.smtp-out.amazonses.com" % R.randrange(20, 90)
    ip = "54.240.8.%s" % helo.split("-")[1].split(".")[0]
    bounce = "0100%s-%s-000000@amazonses.com" % (rhex(12), ruuid())
    txt = s["body"]
    body = multi("alternative", [text(txt, cs="UTF-8", cte="7bit"),
                                 text("<html><body><p>%s</p></body></html>\n" % html_paras(txt), "html", cs="UTF-8", cte="7bit")],
                 "qb_" + rhex(24))
    hdrs = [dkim("quietbox.io", "qbx1", "From:Reply-To:To:Subject:Date:Message-ID", ts(d), "\t"),
            dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "Date:From:To:Subject:Message-ID:Feedback-ID", ts(d), "\t"),
            "Date: %s" % rfc(to_utc(d), pad=True), "From: %s" % addr(name, frm), "Reply-To: %s" % s["rt"][0],
            "To: %s" % to, subj_hdr(subj),
            "Message-ID: <0100%s-%s-000000@email.amazonses.com>" % (rhex(12), ruuid()),
            "MIME-Version: 1.0"] + body.headers + ["X-Mailer: Quietbox/2027.6",
                                                   "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rs(40, ALNUM)]

    def auth(mx):
        return auth_results(mx, dk="quietbox.io", mailfrom=bounce, ip=ip, fromdom="quietbox.io")
    return bounce, helo, ip, auth, hdrs, body.body


PROGS = {"gmail": gmail_like, "gmail_android": gmail_like, "iphone": apple_like, "ipad": apple_like,
         "apple_mac": apple_like, "yahoo_web": yahoo_like, "yahoo_mobile": yahoo_like, "aol_web": yahoo_like,
         "outlook_com": outlook_like, "outlook_mobile": outlook_like, "outlook_biz": outlook_like,
         "thunderbird": thunderbird, "xfinity": xfinity, "samsung": samsung, "webform": webform,
         "gmail_unsub": gmail_unsub, "apple_unsub": apple_unsub, "outlook_unsub": outlook_unsub,
         "yahoo_unsub": yahoo_unsub, "tidyinbox": tidyinbox, "quietbox": quietbox}

PROG_LABEL = {"gmail": "Gmail (web)", "gmail_android": "Gmail app (Android)", "iphone": "iPhone Mail",
              "ipad": "iPad Mail", "apple_mac": "Apple Mail (macOS)", "yahoo_web": "Yahoo Mail (web)",
              "yahoo_mobile": "Yahoo Mail app", "aol_web": "AOL Mail (web)", "outlook_com": "Outlook.com (web)",
              "outlook_mobile": "Outlook app (phone)", "outlook_biz": "Outlook / Microsoft 365 (business)",
              "thunderbird": "Thunderbird", "xfinity": "Xfinity Connect (web)", "samsung": "Samsung Email via Gmail",
              "webform": "alliantenergy.com Contact Us form", "gmail_unsub": "Gmail unsubscribe button",
              "apple_unsub": "Apple Mail unsubscribe button", "outlook_unsub": "Outlook.com unsubscribe button",
              "yahoo_unsub": "Yahoo Mail unsubscribe button", "tidyinbox": "TidyInbox (inbox cleaner)",
              "quietbox": "Quietbox (unsubscribe service)"}


def build_human(s):
    d = local(s["when"], s.get("std", -6))
    name, frm = s["frm"]
    mbaddr = MB[s["mb"]]
    q = s.get("reply")
    if q and "to" in q and q["to"] is None:
        q["to"] = frm
    to = s.get("to_hdr", mbaddr)
    subj = s.get("subj")
    if subj is None:
        subj = reply_subject(s["prog"], q, s.get("ui", "en"))
    env, helo, ip, auth, hdrs, body = PROGS[s["prog"]](s, d, name, frm, to, subj, q)
    arrive = plus(d, R.randrange(2, 40))
    ch = chain(s["mb"], env, helo, ip, arrive, auth)
    return d, assemble(ch, hdrs, body)


# --------------------------------------------------------------------------- the human messages
MK = "marketing opt-out written by a person"
SW = "unsubscribe button / unsubscribe software (marketing opt-out)"
SH = "catalog-sharing opt-out"
BO = "both opt-outs"
QU = "question"
OQ = "opt-out + question"
UN = "unclear"
TY = "human, no action needed (thank-you)"
AR = "automated: auto-reply"
AL = "automated: auto-reply (loop trap)"
BN = "automated: bounce"
NL = "automated: newsletter / list traffic"
NT = "automated: vendor / system notification"
SP = "automated: spam, phishing, cold outreach"

SPECS = []


def H(spec, when, mb, prog, frm, subj, body, cat, lang, labels, unclear, ent, note, ack="from", **kw):
    d = dict(spec=spec, when=when, mb=mb, prog=prog, frm=frm, subj=subj, body=body, cat=cat, lang=lang,
             labels=labels, unclear=unclear, ent=ent, note=note, ack=ack, automated=False)
    d.update(kw)
    SPECS.append(d)


MOO = ["marketing_opt_out"]
CSO = ["catalog_share_opt_out"]
BOTH = ["marketing_opt_out", "catalog_share_opt_out"]
Q = ["question"]

# ---- January
H("postal-flyers-remove", "2027-01-05 09:14", "customercare", "gmail", ("Dorothy Kessler", "dkessler1942@gmail.com"),
  "Please remove me from mailing list",
  "To whom it may concern,\n\nPlease remove my name from your mailing list for the advertising flyers and the "
  "special offers. I get my bill from you and that is all I need to receive.\n\nThank you,\nDorothy Kessler\n"
  "1418 Grove St\nDubuque, IA 52001",
  MK, "en", MOO, False, {"name": "Dorothy Kessler", "postal_code": "52001"},
  "careful older writer: promotional flyers by post; the bill she keeps is a service message")
H("keep-catalog-no-share", "2027-01-08 15:41", "powerhousecatalog", "yahoo_web", ("Ruth Ann Millard", "ramillard@yahoo.com"),
  "Do not share my name",
  "Hello,\nI enjoy the PowerHouse catalog and want to keep getting it. But please do not share, rent or sell my "
  "name and address to other catalog companies.\nMy customer number from the back of the catalog is PH 40877213.\n"
  "Ruth Ann Millard",
  SH, "en", CSO, False, {"name": "Ruth Ann Millard", "account": "PH 40877213"},
  "keeps the catalog, refuses sharing: share opt-out only; catalog customer number is an account")
H("gmail-unsub-jan", "2027-01-13 07:02", "customercare", "gmail_unsub", ("Bjorn Tollefson", "bjorn.tollefson@gmail.com"),
  None, "", SW, "en", MOO, False, {},
  "Gmail's unsubscribe button on the January promo (List-Unsubscribe mailto); no Auto-Submitted, so acknowledge",
  reply=None, unsub_of="P2701")
H("promo-signup-yes", "2027-01-14 18:37", "customercare", "iphone", ("Tom Brecht", "tbrecht@icloud.com"), None,
  "Yes we'd like the free assessment. House is drafty upstairs. We're home most afternoons after 2.\n\nTom",
  QU, "en", Q, False, {"name": "Tom"},
  "'yes, sign me up' under our promo is a question (wanting more); quoted footer's UNSUBSCRIBE is not his; first name counts",
  reply=our_promo("P2701", None))
H("bill-too-high", "2027-01-19 21:12", "customercare", "outlook_mobile", ("Kyle Dunning", "kdunning88@outlook.com"), "bill",
  "why is my bill $412 this month?? it was like 190 in december and we were gone for a week over christmas. "
  "acct 5523 8810 42",
  QU, "en", Q, False, {"account": "5523 8810 42"},
  "terse phone billing complaint; no name in the body (only in From), account as written")
H("es-no-promos", "2027-01-22 13:05", "customercare", "gmail_android", ("María Elena Ruiz", "mariaelena.ruiz77@gmail.com"),
  "Correos de promociones",
  "Buenas tardes,\nYa no quiero recibir correos de promociones ni ofertas de Alliant. Solo necesito mi factura.\n"
  "Gracias,\nMaría Elena Ruiz",
  MK, "es", MOO, False, {"name": "María Elena Ruiz"},
  "Spanish: no more promotional e-mails or offers; keeps the bill (service)")

# ---- February
H("long-letter-81", "2027-02-05 10:42", "customercare", "thunderbird", ("Harold Voss", "hjvoss@tds.net"),
  "Catalogs and advertising - please stop",
  "To the Customer Care Department:\n\n"
  "For the past several years I have received the PowerHouse catalog four or five times a year, plus what seems "
  "like a letter every month about furnaces, solar panels, thermostats and now electric car chargers. I am 81 "
  "years old, I do not drive an electric car, and I am not going to buy a smart thermostat. I keep my house at "
  "66 degrees and wear a sweater.\n\n"
  "I understand you have to advertise. But it is a waste of paper and of the rate payers' money to send it to "
  "people who have no interest in it. Please remove me from the catalog mailing and from all promotional "
  "mailings, paper and e-mail both. Continue to send my monthly bill by mail as you have been.\n\n"
  "I would appreciate a short note confirming this has been done.\n\n"
  "Sincerely,\nHarold J. Voss\nE10412 Hillcrest Rd\nBaraboo, WI 53913",
  MK, "en", MOO, False, {"name": "Harold J. Voss", "postal_code": "53913"},
  "long letter to the general mailbox: catalog + all promotions stop; the confirmation he asks for is the acknowledgement, not a question")
H("love-catalog-no-share", "2027-02-10 08:12", "powerhousecatalog", "apple_mac", ("Linda Okafor", "lokafor@me.com"), None,
  "Love the catalog, keep it coming! But please don't give my name out to other companies. Since last spring "
  "I've started getting catalogs from six places I never heard of and I suspect this is why.\n\nLinda Okafor",
  SH, "en", CSO, False, {"name": "Linda Okafor"},
  "reply over the Spring Preview e-mail: keep it, don't share; the quoted footer's 'unsubscribe' is ours, not hers",
  reply=our_promo("P2702", None))
H("tidyinbox-feb", "2027-02-10 23:50", "powerhousecatalog", "tidyinbox",
  ("Carla Fenstermaker via TidyInbox", "unsubscribe@relay.tidyinbox.app"), None, "", SW, "en", MOO, False, {},
  "inbox-cleaning service unsubscribing a user from the catalog e-mail; carries Auto-Submitted, so no acknowledgement (RFC 3834)",
  ack=None, unsub_of="P2702")
H("moving-transfer", "2027-02-16 12:20", "customercare", "gmail", ("Jessica Thiel", "jess.thiel.cr@gmail.com"),
  "Moving - transfer service",
  "Hi,\n\nWe're moving out of 1120 3rd Ave SE, Cedar Rapids, IA 52403 on February 28 and into a house in Marion on "
  "March 1 (2870 Windsor Dr). Do we need to call to stop service at the old place and start it at the new one, or "
  "can you do that from this email? Account number is 9012 4476 31. It's in my name.\n\nThanks,\nJessica Thiel\n"
  "319-555-0143",
  QU, "en", Q, False, {"name": "Jessica Thiel", "postal_code": "52403", "account": "9012 4476 31"},
  "move / transfer of service: a question; the only ZIP written is the current address's; phone is not an entity")
H("es-por-favor-paren", "2027-02-22 07:12", "customercare", "samsung", ("Rigoberto Canales", "rigo.canales64@gmail.com"),
  "Por favor", "Por favor paren ya.", UN, "es", [], True, {},
  "Spanish 'please stop now' with nothing that says of what (mail, calls, bills?): no object, unclear",
  sig="Enviado desde mi Galaxy")

# ---- March
H("stop-catalog-dont-sell", "2027-03-03 11:20", "powerhousecatalog", "xfinity", ("Gerald Pfaff", "gpfaff@comcast.net"),
  "STOP CATALOG",
  "Stop mailing me the PowerHouse catalog. I never asked for it. And do not sell or share my name and information "
  "with anyone else either.\n\nGerald Pfaff\n604 Elm St\nPortage WI 53901",
  BO, "en", BOTH, False, {"name": "Gerald Pfaff", "postal_code": "53901"},
  "stop the catalog (marketing) and don't sell/share (sharing): both")
H("smart-meter-policy-q", "2027-03-08 12:47", "customercare", "outlook_biz", ("Priya Raman", "praman@hollisterveen.com"),
  "Question about smart meter data in your privacy notice",
  "Hello,\n\nI'm an Alliant customer at home (I'm not writing for my employer, please ignore the signature). I was "
  "reading your privacy notice and have two questions:\n\n"
  "1. Does Alliant share smart meter usage data (the 15-minute readings) with any third parties for marketing "
  "purposes?\n2. If it does, what is the process to opt out of that?\n\n"
  "Please send your answer to my personal address, priya.r.home@gmail.com, rather than this work account.\n\n"
  "Thank you,\nPriya Raman\nParalegal | Hollister & Veen LLP\n200 S. Pinckney St, Suite 400 | Madison, WI 53703\n608-555-0162",
  QU, "en", Q, False, {"name": "Priya Raman"},
  "policy question incl. HOW to opt out = question only; answer goes to the personal Reply-To she asks for; the "
  "signature ZIP is her employer's, not her address", ack="rt", rt=("priya.r.home@gmail.com",))
H("stop-under-promo", "2027-03-16 10:03", "customercare", "iphone", ("Wes Hanneman", "weshanneman@icloud.com"), None,
  "STOP", MK, "en", MOO, False, {},
  "bare STOP under one of our promotions = marketing opt-out (the word takes its meaning from what it answers)",
  reply=our_promo("P2703", None))
H("mixed-no-me-manden", "2027-03-17 08:26", "customercare", "gmail_android", ("Yesenia Morales", "yesimorales.ia@gmail.com"), None,
  "No me manden más emails de promociones please. Ya tengo calentador nuevo. Gracias",
  MK, "mixed", MOO, False, {}, "Spanish/English reply over the water-heater promo: no more promo e-mails",
  reply=our_promo("P2703", None), ui="es")
H("webform-no-rent", "2027-03-22 14:03", "customercare", "webform", ("Alliant Energy Contact Us", "noreply@alliantenergy.com"),
  "Contact Us: Privacy / marketing preferences", "", SH, "en", CSO, False,
  {"name": "Nadine Kowalczyk", "postal_code": "52172"},
  "Contact Us form relay: From is our no-reply, the customer is in Reply-To; keeps the catalog, no renting/exchange",
  ack="rt", rt=("nadine.kowalczyk@frontier.com",),
  form=[("Name", "Nadine Kowalczyk"), ("Email", "nadine.kowalczyk@frontier.com"), ("Phone", "563-555-0118"),
        ("Account number", ""), ("ZIP code", "52172"), ("Topic", "Privacy / marketing preferences"),
        ("Message", "I get the PowerHouse catalog and that's fine but I do not want my name rented or exchanged "
                    "with other catalog companies. Please note this on my file.")])
H("same-for-other-address", "2027-03-25 19:55", "customercare", "gmail", ("Dan Merriweather", "dmerriweather@gmail.com"),
  "my other address",
  "Hi, could you please do the same thing for my other address too? It's the lake house, 4471 Shore Acres Rd.\n\n"
  "Thanks,\nDan Merriweather",
  UN, "en", [], True, {"name": "Dan Merriweather"},
  "'the same thing' refers to earlier mail that says nothing here: unclear (rulebook: reference to earlier mail)")

# ---- April
H("data-copy-request", "2027-04-02 16:30", "customercare", "thunderbird", ("Tobias Lindgren", "tlindgren@charter.net"),
  "Request for copy of my personal information",
  "Dear Alliant Energy,\n\nUnder your privacy policy, I am requesting a copy of the personal information Alliant "
  "Energy holds about me, including account records, usage data, and any marketing or contact preferences you have "
  "on file, and a list of any third parties you have shared it with.\n\n"
  "Account number: 4410-3382-07\nService address: 915 Maple Ave, Janesville, WI 53545\n\nRegards,\nTobias Lindgren",
  QU, "en", Q, False, {"name": "Tobias Lindgren", "postal_code": "53545", "account": "4410-3382-07"},
  "data access request (copy of my data) is a clear question; 'shared' here is a question, not an opt-out")
H("es-no-compartan", "2027-04-06 20:18", "powerhousecatalog", "outlook_com", ("Rosa Delgado", "rosadelgado.beloit@hotmail.com"),
  "No compartan mi información",
  "Hola,\nPor favor no compartan mi nombre ni mi dirección con otras compañías de catálogos. Sí quiero seguir "
  "recibiendo el catálogo PowerHouse, me gusta mucho.\nMuchas gracias,\nRosa Delgado\nBeloit, WI 53511",
  SH, "es", CSO, False, {"name": "Rosa Delgado", "postal_code": "53511"},
  "Spanish, iso-8859-1 from Outlook.com: don't share, keep sending the catalog: share only", ui="es")
H("aol-unsub-newsletter", "2027-04-13 11:48", "customercare", "aol_web", ("Patty Dreessen", "pattyd1957@aol.com"), None,
  "unsubscribe", MK, "en", MOO, False, {},
  "typed 'unsubscribe' over the April newsletter (AOL original-message block, no '>')", reply=our_promo("N2704", None))
H("apple-unsub-newsletter", "2027-04-13 12:15", "customercare", "apple_unsub", ("Gina Marchetti", "ginamarchetti@icloud.com"),
  None, "", SW, "en", MOO, False, {},
  "Apple Mail unsubscribe banner on the newsletter: empty body, subject from the mailto", unsub_of="N2704")
H("email-list-and-autopay", "2027-04-20 17:09", "customercare", "yahoo_mobile", ("Denise Paulsen", "denisepaulsen@yahoo.com"),
  "email list and autopay",
  "Please take me off your email list for the promos. Also I got a letter saying my autopay failed in March?? I "
  "changed banks in Feb and updated it online. Can someone check. Acct 3087 5521 60\nThanks Denise",
  OQ, "en", ["marketing_opt_out", "question"], False, {"name": "Denise", "account": "3087 5521 60"},
  "promo e-mail opt-out plus an autopay question: both labels; first name alone counts")
H("thanks-meter-fixed", "2027-04-27 09:31", "customercare", "gmail", ("Beverly Stroh", "bevstroh@gmail.com"), None,
  "Thanks so much for fixing the meter reading, the corrected bill came today and it's right. Appreciate it!\nBev",
  TY, "en", [], False, {"name": "Bev"},
  "thank-you for a staff answer: nothing to do and no answer due (ack_to null)", ack=None,
  reply=staff("2027-04-22 14:10", None, "Re: Meter reading seems wrong",
              "Hi Beverly,\n\nYou were right: the March reading was estimated too high. We corrected it and a new\n"
              "bill for $96.40 is on its way.", "Angela"))

# ---- May
H("stop-advertising-mail", "2027-05-03 08:55", "customercare", "outlook_com", ("Edwin Schott", "eschott1950@outlook.com"),
  "Stop the advertising mail",
  "I get at least two flyers a month from Alliant about solar, furnaces, water heaters etc. Please stop sending the "
  "advertising mail to my house. I do not want it.\nEdwin Schott\n3307 County Rd K\nFond du Lac WI 54935\nacct # 1409-228-573",
  MK, "en", MOO, False, {"name": "Edwin Schott", "postal_code": "54935", "account": "1409-228-573"},
  "postal advertising opt-out with signature address and account as written")
H("delete-everything", "2027-05-06 22:40", "customercare", "gmail", ("Marcus Whitfield", "mwhitfield.mt@gmail.com"),
  "Delete my data",
  "I want all of my personal information deleted from Alliant Energy's systems. Everything - name, address, phone, "
  "usage history, all of it. I don't want anything kept on file about me.\nMarcus Whitfield",
  UN, "en", Q, True, {"name": "Marcus Whitfield"},
  "delete-everything request: question + unclear per the rulebook (account data deletion is never automatic)")
H("unsubscribe-under-bill", "2027-05-11 06:58", "customercare", "gmail", ("Shawn Kapp", "shawnkapp@gmail.com"), None,
  "unsubscribe", UN, "en", [], True, {},
  "'unsubscribe' under a bill notice (service message): not a marketing opt-out; paperless? stop bills? unclear",
  reply=bill("2027-05-10 05:30:11", None, "7734", "$118.52", "May 28, 2027"))
H("es-solar-renters", "2027-05-18 12:44", "customercare", "gmail_android", ("Lucía Paredes", "luciaparedes.jvl@gmail.com"), None,
  "Hola, ¿esto de la energía solar comunitaria es también para personas que rentan? Rento un apartamento en "
  "Janesville. Gracias.\nLucía",
  QU, "es", Q, False, {"name": "Lucía"},
  "Spanish question about the community-solar promo (interest, not an opt-out)", reply=our_promo("P2705", None), ui="es")
H("gmail-unsub-solar", "2027-05-18 15:20", "customercare", "gmail_unsub", ("Rachel Ingebretsen", "ringebretsen@gmail.com"),
  None, "", SW, "en", MOO, False, {}, "Gmail unsubscribe button on the community solar promo", unsub_of="P2705")
H("remove-all-lists", "2027-05-24 19:02", "customercare", "outlook_com", ("Craig Hollenbeck", "craig.hollenbeck@hotmail.com"),
  "Remove me from ALL lists",
  "Remove me from ALL of your lists. Mail, email, the PowerHouse catalog, everything. And do NOT sell or give my name "
  "to anybody. I am sick of the junk mail.\n\nCraig Hollenbeck\nMason City IA 50401",
  BO, "en", BOTH, False, {"name": "Craig Hollenbeck", "postal_code": "50401"},
  "all channels incl. the catalog + don't sell/give: both opt-outs, sent to the general mailbox")

# ---- June
H("do-you-share-emails", "2027-06-01 10:17", "powerhousecatalog", "gmail", ("Ashley Brenneman", "ashbrenneman@gmail.com"),
  "Do you share email addresses?",
  "Hi there - I ordered a set of LED bulbs from PowerHouse in the spring and since then I've been getting a lot of "
  "spam at this address. Does the PowerHouse catalog share or sell customers' email addresses to other companies? "
  "I'm not accusing anyone, just trying to figure out where it's coming from.\n\nThanks,\nAshley Brenneman",
  QU, "en", Q, False, {"name": "Ashley Brenneman"},
  "asks WHETHER addresses are shared: a question, not a sharing opt-out")
H("outage-when-back", "2027-06-04 06:41", "customercare", "iphone", ("Dave Kowalski", "dkowalski@gmail.com"), None,
  "Power has been out since 2am here on Lincoln Way and your estimate keeps changing. When will it be back? My wife's "
  "insulin is in the fridge.\n\nDave Kowalski",
  QU, "en", Q, False, {"name": "Dave Kowalski"}, "reply to an outage alert asking for restoration time: question",
  reply=outage("2027-06-04 02:20:40", None, "Lincoln Way", "8:30 AM"))
H("stop-under-outage", "2027-06-04 07:15", "customercare", "gmail_android", ("Brent Ulrich", "brentulrich22@gmail.com"), None,
  "Stop", UN, "en", [], True, {},
  "'Stop' under an outage alert (service message): stop the alerts? not a marketing opt-out: unclear",
  reply=outage("2027-06-04 02:21:05", None, "Lincoln Way", "8:30 AM"))
H("do-not-sell", "2027-06-09 13:36", "powerhousecatalog", "gmail", ("Kevin Ostrowski", "kostrowski@gmail.com"),
  "do not sell", "Do not sell my personal information.\n\nThanks,\nKevin Ostrowski",
  SH, "en", CSO, False, {"name": "Kevin Ostrowski"},
  "'do not sell my personal information' = sharing opt-out; nothing says stop the catalog")
H("es-congeladores", "2027-06-15 11:05", "customercare", "gmail", ("Jorge Alcántar", "jorge.alcantar.otm@gmail.com"), None,
  "¿Recogen también congeladores viejos? Tengo uno en el sótano que ya no uso. Vivo en Ottumwa, 52501.\nJorge",
  QU, "es", Q, False, {"name": "Jorge", "postal_code": "52501"},
  "Spanish question about the fridge-recycling promo: interest, not an opt-out", reply=our_promo("P2706", None), ui="es")
H("outlook-unsub-fridge", "2027-06-15 16:48", "customercare", "outlook_unsub", ("Mark Fiedler", "markfiedler@live.com"),
  None, "", SW, "en", MOO, False, {}, "Outlook.com unsubscribe button on the fridge promo: empty body", unsub_of="P2706")
H("mixed-solar-mail", "2027-06-22 20:30", "customercare", "yahoo_mobile", ("Alma Vázquez", "almavazquez_ia@yahoo.com"),
  "solar", "no more mail about solar please, ya tengo paneles desde 2024. gracias",
  MK, "mixed", MOO, False, {}, "terse mixed-language phone mail: no more solar advertising (mail) - an object is named",
  sig="Sent from Yahoo Mail on Android")

# ---- July
H("budget-billing-and-catalog", "2027-07-02 09:20", "customercare", "gmail", ("Loretta Haines", "lhaines52@gmail.com"),
  "Budget billing and the catalog",
  "Hello, I'm on a fixed income (Social Security) and my summer bills have been hard to manage with the air "
  "conditioner. Do you have a budget billing plan where the payment is the same every month? How do I sign up?\n\n"
  "Also please stop sending me the PowerHouse catalog. It's nice but I can't afford anything in it and it just goes "
  "in the recycling.\n\nAccount 3318-0072-19\nLoretta Haines",
  OQ, "en", ["marketing_opt_out", "question"], False, {"name": "Loretta Haines", "account": "3318-0072-19"},
  "billing question + stop the catalog: marketing opt-out and question")
H("caps-asked-3-times", "2027-07-07 22:14", "customercare", "xfinity", ("", "rjkessel@comcast.net"), "TAKE ME OFF",
  "TAKE ME OFF YOUR EMAIL LIST. I HAVE ASKED 3 TIMES NOW. WHAT DOES IT TAKE",
  OQ, "en", ["marketing_opt_out", "question"], False, {},
  "object is clear (e-mail list); the complaint that earlier requests failed needs a human: opt-out + question")
H("solar-lights-no-share", "2027-07-13 12:02", "powerhousecatalog", "yahoo_mobile", ("", "cindyb_1961@yahoo.com"), None,
  "please dont share my address with anybody but i love the solar lights!! ordered 2 sets",
  SH, "en", CSO, False, {}, "careless phone reply over the clearance e-mail: don't share, still a happy customer",
  reply=our_promo("P2707", None), sig="Sent from Yahoo Mail on Android")
H("quietbox-clearance", "2027-07-14 03:10", "powerhousecatalog", "quietbox", ("Quietbox", "unsubscribe@mail.quietbox.io"),
  None,
  "Hello,\n\nOn behalf of our user terrence.bauer@gmail.com, please remove this address from your mailing list "
  "(Summer Clearance e-mail).\n\nThank you,\nQuietbox unsubscribe service",
  SW, "en", MOO, False, {},
  "unsubscribe service without Auto-Submitted: a person's opt-out; From is the service relay, so acknowledge the user's Reply-To",
  ack="rt", rt=("terrence.bauer@gmail.com",), unsub_of="P2707")
H("catalog-make-up-mind", "2027-07-19 14:50", "powerhousecatalog", "outlook_com", ("Gail Runde", "gailrunde@outlook.com"), "catalog",
  "Take me off the catalog list. Well actually I do want the Christmas one because I buy gifts from it, just not all "
  "the other ones. Or could you just email it instead? Whatever is easiest.\nGail",
  UN, "en", [], True, {"name": "Gail"},
  "self-contradicting wishes (off / keep Christmas / e-mail instead): unclear")
H("no-share-and-who", "2027-07-23 10:10", "powerhousecatalog", "thunderbird", ("Wendell Ashby", "washby@windstream.net"),
  "Sharing of my name",
  "Please do not share my name with any other catalog companies from now on. I would also like to know which "
  "companies you have already shared it with, and when.\n\nWendell Ashby\nPowerHouse customer no. 0038 1172 6",
  OQ, "en", ["catalog_share_opt_out", "question"], False, {"name": "Wendell Ashby", "account": "0038 1172 6"},
  "sharing opt-out plus 'with whom was it shared' question")

# ---- August
H("new-billing-address", "2027-08-03 15:22", "customercare", "gmail", ("Janet Vroom", "janetvroom@gmail.com"), "New mailing address",
  "Please update the mailing address for my bills to:\nPO Box 318\nWaupun, WI 53963\n"
  "Service address stays the same. Account 7720 1190 04.\nThank you - Janet Vroom",
  QU, "en", Q, False, {"name": "Janet Vroom", "postal_code": "53963", "account": "7720 1190 04"},
  "change of mailing address: question")
H("biz-unsub-ev", "2027-08-17 10:31", "customercare", "outlook_biz", ("Rick Sondergaard", "rsondergaard@riverbendsl.org"), None,
  "Please unsubscribe me from these.\n\nRick Sondergaard | Facilities Manager\nRiverbend Senior Living\n"
  "1400 River Rd, Clinton, IA 52732 | 563-555-0127",
  MK, "en", MOO, False, {"name": "Rick Sondergaard", "postal_code": "52732"},
  "business customer top-posting over the EV promo (Outlook header block, no '>'); signature ZIP counts",
  reply=our_promo("P2708", None))
H("ev-used-charger", "2027-08-17 19:44", "customercare", "gmail", ("Ken Abernathy", "kenabernathy@gmail.com"), None,
  "Does the rebate apply if I buy a used Level 2 charger? My neighbor is selling his.\n\nThanks - Ken",
  QU, "en", Q, False, {"name": "Ken"}, "question about the EV promo", reply=our_promo("P2708", None))
H("es-ni-catalogos-ni-vendan", "2027-08-18 09:03", "powerhousecatalog", "gmail", ("Héctor Villalobos", "hvillalobos.mtown@gmail.com"),
  "No más catálogos",
  "Buenos días. No quiero recibir más catálogos ni correos de PowerHouse. Y por favor no vendan ni compartan mis datos "
  "con otras compañías.\nGracias.\nHéctor Villalobos\nMarshalltown, IA 50158",
  BO, "es", BOTH, False, {"name": "Héctor Villalobos", "postal_code": "50158"}, "Spanish: no catalogs or e-mails, and don't sell/share")
H("late-father", "2027-08-27 20:05", "customercare", "gmail", ("Sharon Briggs-Lutz", "sbriggslutz@gmail.com"),
  "My father passed away",
  "Hello,\nMy dad, Walter Briggs, passed away in June. He still gets the PowerHouse catalog and a lot of offers from "
  "Alliant at his house at 210 Oak St in Ripon. Could you please stop sending him all of that? It's hard for my mom to "
  "see his name on the mail.\nThank you,\nSharon Briggs-Lutz",
  UN, "en", [], True, {"name": "Walter Briggs"},
  "on behalf of a deceased parent, writer's standing not shown (not the account holder or executor): unclear; entity names the father")

# ---- September
H("june-lowercase-ipad", "2027-09-01 10:26", "customercare", "ipad", ("june albrecht", "junealbrecht@icloud.com"), "emails",
  "hello i would like to not get the emails about deals anymore. thank you\njune albrecht",
  MK, "en", MOO, False, {"name": "june albrecht"}, "all lower case from an iPad: e-mailed deals = marketing; name kept as written")
H("hardware-store-no-share", "2027-09-07 08:05", "powerhousecatalog", "outlook_biz", ("Dale Weiland", "dale@weilandhardware.com"),
  "Do not share our information",
  "Good morning,\n\nWe receive the PowerHouse Catalog at the store. Please do not share our business name or address "
  "with other catalog companies or list brokers. We still want the catalog.\n\nThank you,\n\nDale Weiland\nOwner\n"
  "Weiland Hardware & Supply\n112 W Water St, Decorah, IA 52101\n563-555-0174",
  SH, "en", CSO, False, {"name": "Dale Weiland", "postal_code": "52101"},
  "business customer: keep the catalog, no sharing; ZIP from his own business signature")
H("remove-have-one", "2027-09-14 09:40", "customercare", "gmail", ("Nick Pfeiffer", "npfeiffer@gmail.com"), None,
  "Remove me. I already have one.", MK, "en", MOO, False, {}, "short top-post over the thermostat promo",
  reply=our_promo("P2709", None))
H("yahoo-unsub-thermostat", "2027-09-14 13:02", "customercare", "yahoo_unsub", ("Marlene Kuehl", "marlenekuehl@yahoo.com"),
  None, "", SW, "en", MOO, False, {}, "Yahoo Mail unsubscribe link on the thermostat promo", unsub_of="P2709")
H("es-queja-porton", "2027-09-20 18:15", "customercare", "gmail_android", ("Adriana Solís", "adrianasolis.dbq@gmail.com"),
  "Queja - portón abierto",
  "Hola. El señor que vino a leer el medidor ayer dejó el portón abierto y mi perro se salió. Lo encontramos a las dos "
  "horas gracias a Dios. ¿Con quién puedo hablar para poner una queja?\nAdriana Solís\nDubuque 52003",
  QU, "es", Q, False, {"name": "Adriana Solís", "postal_code": "52003"}, "Spanish complaint about a meter reader: question")
H("emoji-only", "2027-09-22 21:33", "customercare", "iphone", ("Tyler Vos", "tylervos@icloud.com"), None,
  "\U0001F44D", UN, "en", [], True, {},
  "only a thumbs-up over the thermostat promo: nothing decidable, unclear", reply=our_promo("P2709", None))

# ---- October
H("household-off-catalog", "2027-10-04 11:11", "powerhousecatalog", "outlook_com", ("Robert Lindqvist", "rlindqvist@outlook.com"),
  "PowerHouse catalog - our household",
  "Please take our household off the PowerHouse catalog mailing list. Both my wife and I get a copy at the same "
  "address, and neither of us wants it.\n\nAccount holder: Robert Lindqvist\nAccount 6613 2290 85\n"
  "2218 Prairie View Ln, Stoughton WI 53589",
  MK, "en", MOO, False, {"name": "Robert Lindqvist", "postal_code": "53589", "account": "6613 2290 85"},
  "account holder speaking for the household has standing; catalog stop = marketing")
H("never-ordered-all-three", "2027-10-07 16:58", "powerhousecatalog", "apple_mac", ("Irene Castellano", "irene.castellano@mac.com"),
  "How did you get my address?",
  "I have never ordered anything from PowerHouse and I am not an Alliant customer (we have MGE). Yet your catalog "
  "shows up at my house every few months.\n\n1. Stop sending it.\n2. Do not share or sell my name and address to "
  "anyone.\n3. Tell me where you got my name and address.\n\nIrene Castellano\n5 Lakewood Ct\nFitchburg WI 53711",
  OQ, "en", ["marketing_opt_out", "catalog_share_opt_out", "question"], False,
  {"name": "Irene Castellano", "postal_code": "53711"}, "numbered: stop, don't share, where did you get my name: all three")
H("es-quitenme-newsletter", "2027-10-12 10:48", "customercare", "iphone", ("Marisela Ortega", "mariselaortega@icloud.com"), None,
  "Por favor quítenme de esta lista. Gracias", MK, "es", MOO, False, {},
  "Spanish 'take me off this list' over the October newsletter", reply=our_promo("N2710", None), ui="es")
H("how-long-opt-out", "2027-10-13 07:50", "customercare", "gmail", ("Naomi Reinholt", "naomi.reinholt@gmail.com"),
  "How long does an opt out take?",
  "How long does it take for an opt-out to go through? I asked to stop the marketing emails back in August and I still "
  "got the October newsletter yesterday. Is there something else I need to do?\n- Naomi",
  QU, "en", Q, False, {"name": "Naomi"},
  "question about how long an opt-out takes = question only; the August request is not a new opt-out")
H("ack-reply-add-share", "2027-10-18 13:27", "customercare", "gmail", ("Paul Engstrom", "pengstrom@gmail.com"), None,
  "Thanks. One more thing I forgot: please also don't share my name with other catalog companies.\n\nPaul Engstrom",
  SH, "en", CSO, False, {"name": "Paul Engstrom"},
  "reply to our own acknowledgement that adds a NEW request (sharing): acted on, acknowledged; the quoted ack text is ours",
  reply=ack("2027-10-18 09:02:17", None, "CC-2027-10-04412"))
H("family-account-reply-to", "2027-10-22 21:10", "customercare", "gmail", ("The Kruger Family", "krugerfamily5@gmail.com"),
  "Promotional emails",
  "Hi, this is Anna Kruger. The Alliant account is in my name (acct 8806 3391 47). Please stop sending promotional "
  "emails to this family address. If you need to reach me, my own email is anna.kruger@outlook.com.\n\nThanks,\nAnna Kruger",
  MK, "en", MOO, False, {"name": "Anna Kruger", "account": "8806 3391 47"},
  "shared family mailbox written by the account holder: acknowledgement to her own Reply-To address",
  ack="rt", rt=("Anna Kruger <anna.kruger@outlook.com>",))

# ---- November
H("wordy-no-exchange", "2027-11-02 12:12", "powerhousecatalog", "gmail", ("Meghan Doyle-Sato", "meghan.doylesato@gmail.com"),
  "List sharing",
  "Hi PowerHouse team,\n\nI was reading through the privacy policy on the Alliant website (I do that, apparently) and "
  "noticed the bit about the catalog sharing its customer list with other catalog companies. I'd rather you didn't "
  "exchange my name with anyone. To be clear, I'm happy to keep getting the PowerHouse catalog itself - the holiday "
  "one especially.\n\nThanks so much!\nMeghan Doyle-Sato\nMadison 53704",
  SH, "en", CSO, False, {"name": "Meghan Doyle-Sato", "postal_code": "53704"},
  "polite and wordy: 'I'd rather you didn't exchange my name' = sharing opt-out; keeps the catalog")
H("unsubscribe-gift-guide", "2027-11-09 11:30", "powerhousecatalog", "iphone", ("Jolene Harte", "jharte@icloud.com"), None,
  "Unsubscribe", MK, "en", MOO, False, {},
  "'Unsubscribe' over the catalog e-mail: marketing opt-out, never a sharing opt-out", reply=our_promo("P2711", None))
H("gmail-unsub-gift-guide", "2027-11-09 18:05", "powerhousecatalog", "gmail_unsub", ("Greg Amundson", "gamundson71@gmail.com"),
  None, "", SW, "en", MOO, False, {}, "Gmail unsubscribe button on the catalog e-mail", unsub_of="P2711")
H("mixed-name-change", "2027-11-10 14:22", "customercare", "gmail", ("Teresa Ibarra", "teresaibarra.fd@gmail.com"),
  "Cambio de nombre en la cuenta / name change",
  "Hola, buenas tardes. Mi factura todavía llega con el nombre de mi esposo, Ramón Ibarra, que falleció en agosto. "
  "How do I change the name on the account to my name? Cuenta 2204 9916 53. Mi número es 641-555-0139.\n\n"
  "Gracias,\nTeresa Ibarra",
  QU, "mixed", Q, False, {"name": "Teresa Ibarra", "account": "2204 9916 53"},
  "mixed Spanish/English: transfer the account to the widow's name; question; phone is not an entity")
H("emails-stop-keep-paper", "2027-11-18 19:19", "powerhousecatalog", "outlook_com", ("Carol Sandoval", "carolsandoval@live.com"),
  "Holiday Gift Guide emails",
  "Please stop sending me emails about the Holiday Gift Guide and all the other PowerHouse promotions. Keep sending the "
  "paper catalog though, my husband likes to look through it.\n\nThanks, Carol Sandoval",
  MK, "en", MOO, False, {"name": "Carol Sandoval"},
  "channel limit: stop the e-mails, keep the paper catalog = marketing opt-out for the e-mail channel only")
H("es-quitenme-under-reminder", "2027-11-22 08:40", "customercare", "yahoo_web", ("Ofelia Ramos", "ofelia.ramos58@yahoo.com"), None,
  "Quítenme por favor", UN, "es", [], True, {},
  "Spanish 'remove me' under a payment reminder (service message): not a marketing opt-out: unclear",
  reply=payrem("2027-11-21 07:00:03", None, "5120", "$87.15", "November 24"), ui="es")
H("opt-back-in", "2027-11-30 20:00", "powerhousecatalog", "gmail", ("Brianna Fox", "briannafox.dsm@gmail.com"),
  "Put me back on the email list",
  "Hi, I think I unsubscribed from the PowerHouse emails by accident last spring when I was cleaning out my inbox. Can "
  "you put me back on the list? I don't want to miss the holiday deals.\n\nThanks!\nBrianna Fox",
  QU, "en", Q, False, {"name": "Brianna Fox"}, "opting back in is a question; the old unsubscribe is not a new opt-out")

# ---- December
H("zip-plus-four-both", "2027-12-03 10:37", "powerhousecatalog", "apple_mac", ("Frances Oyelaran", "foyelaran@me.com"),
  "Catalog mailing list",
  "Please remove my name from the PowerHouse catalog mailing list, and do not share or rent it to other companies.\n\n"
  "Customer number on the label: 0051 7728 4\n\nFrances Oyelaran\n1906 Kendall Ave\nMadison, WI 53726-3812",
  BO, "en", BOTH, False, {"name": "Frances Oyelaran", "postal_code": "53726-3812", "account": "0051 7728 4"},
  "both opt-outs; ZIP+4 and catalog label number as written")
H("thanks-tips", "2027-12-07 15:22", "customercare", "yahoo_web", ("Ellen Haugen", "ellenhaugen@yahoo.com"), None,
  "Thank you for the tips! The draft stopper idea worked great in our back bedroom. Merry Christmas to all of you.\nEllen",
  TY, "en", [], False, {"name": "Ellen"}, "thank-you over the newsletter: no request, no answer due (ack_to null)",
  ack=None, reply=our_promo("N2712", None))
H("tidyinbox-dec", "2027-12-07 23:58", "customercare", "tidyinbox", ("Mitch Lorenzen via TidyInbox", "unsubscribe@relay.tidyinbox.app"),
  None, "", SW, "en", MOO, False, {},
  "inbox cleaner with Auto-Submitted on the December newsletter: opt-out, but no acknowledgement", ack=None, unsub_of="N2712")
H("es-factura-espanol", "2027-12-16 13:45", "customercare", "gmail", ("Guadalupe Mendoza", "lupitamendoza.bur@gmail.com"),
  "Factura en español",
  "Buenas tardes, ¿cómo puedo recibir mi factura en español? Mi mamá no lee inglés y ella paga la cuenta. La cuenta "
  "está a mi nombre: Guadalupe Mendoza, 1302 Summit St, Burlington IA 52601.\nGracias",
  QU, "es", Q, False, {"name": "Guadalupe Mendoza", "postal_code": "52601"}, "Spanish: bill in Spanish? question")
H("landlord-tenant", "2027-12-20 11:58", "customercare", "gmail", ("Ron Petersen", "ronpetersen.rentals@gmail.com"),
  "Flyers for my tenant",
  "I own the duplex at 812 W 4th St, Ottumwa 52501. My tenant in the upstairs unit asked me to get your advertising "
  "flyers stopped, she doesn't want them. Can you take care of that?\nRon Petersen",
  UN, "en", [], True, {"postal_code": "52501"},
  "landlord writing for an unnamed tenant: no standing, unclear; entities are the tenant's (ZIP only, no name)")
H("new-year-fewer-emails", "2027-12-28 09:09", "customercare", "outlook_com", ("Sam Greteman", "samgreteman@outlook.com"),
  "unsubscribe",
  "New year, fewer emails. Please unsubscribe me from all Alliant Energy marketing emails.\n-Sam",
  MK, "en", MOO, False, {"name": "Sam"}, "typed opt-out of marketing e-mails; first name signature")


# --------------------------------------------------------------------------- the machine mail
def A(spec, when, mb, cat, lang, note, fn, **kw):
    d = dict(spec=spec, when=when, mb=mb, cat=cat, lang=lang, note=note, fn=fn, automated=True, labels=[],
             unclear=False, ent={}, ack=None)
    d.update(kw)
    SPECS.append(d)


def simple_auth(dk, mailfrom, ip, fromdom, dmarc="pass", spf="pass", policy="none", helo=None, dk_res="pass"):
    def auth(mx):
        return auth_results(mx, dk=dk, dk_res=dk_res, mailfrom=mailfrom, helo=helo, ip=ip, spf=spf,
                            fromdom=fromdom, dmarc=dmarc, policy=policy)
    return auth


def exchange_ooo(d, s):
    """Exchange Online / Outlook automatic reply."""
    name, frm = s["frm"]
    dom = frm.split("@")[1]
    helo, ip, auth, prov, srv, fq = prov_ms(d, frm, dom, business=True)
    orig = s["orig"]
    txt = s["text"]
    cs = "us-ascii" if txt.isascii() else "iso-8859-1"
    h = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:12pt; color:rgb(0,0,0)">\n%s\n</div>\n</body>\n</html>\n' % (
        cs, html_paras(txt))
    bnd = "_000_%s%s_" % (srv, rs(20, string.ascii_uppercase + string.digits))
    body = multi("alternative", [text(txt, cs=cs, cte="quoted-printable"), text(h, "html", cs=cs, cte="quoted-printable")], bnd, fold=True)
    prefix = s.get("prefix", "Automatic reply: ")
    subj = prefix + orig["subj"]
    hdrs = prov + ["From: %s" % addr(name, frm), "To: %s <%s>" % (orig["name"], orig["addr"]), subj_hdr(subj),
                   "Thread-Topic: %s" % ew(orig["subj"]), "Thread-Index: AQH" + rs(24, ALNUM + "+/") + "==",
                   "Date: %s" % rfc(to_utc(d)), "Message-ID: <%s%s@%s>" % (srv, rs(20, string.ascii_uppercase + string.digits), fq),
                   "References: %s" % orig["mid"], "In-Reply-To: %s" % orig["mid"], "Auto-Submitted: auto-generated",
                   "Content-Language: %s" % ("es-US" if s["lang"] == "es" else "en-US"), "X-MS-Has-Attach:",
                   "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: %s" % frm,
                   "X-MS-TNEF-Correlator:", "x-ms-exchange-parent-message-id: %s" % orig["mid"],
                   "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
                   "x-ms-publictraffictype: Email"] + body.headers + ["MIME-Version: 1.0"]
    env = frm
    if s.get("null_rp"):
        env = ""
        auth = simple_auth(dom, None, ip, dom, helo=helo, policy="quarantine")
    return env, helo, ip, auth, hdrs, body.body


def gmail_vacation(d, s):
    name, frm = s["frm"]
    dom = frm.split("@")[1]
    helo, ip, auth, prov = prov_google(d, frm, dom)
    orig = s["orig"]
    txt = s["text"]
    h = '<div dir="ltr">%s</div>\n' % html_div_lines(txt)
    bnd = "000000000000" + rhex(16)
    body = multi("alternative", [text(txt, omit7=True), text(h, "html", omit7=True)], bnd)
    subj = s.get("vsubj") or ("Re: " + orig["subj"])
    hdrs = prov + ["MIME-Version: 1.0", "From: %s" % addr(name, frm), "Date: %s" % rfc(d),
                   "Message-ID: <CA%s%s@mail.gmail.com>" % (rs(1, "BDEFGHJKMNOPRSTUVWXYZ"), rs(46, ALNUM + "=+_-")),
                   subj_hdr(subj), "To: %s" % orig["addr"], "In-Reply-To: %s" % orig["mid"], "References: %s" % orig["mid"],
                   "Auto-Submitted: auto-replied"] + body.headers
    return frm, helo, ip, auth, hdrs, body.body


def helpdesk_ticket(d, s):
    name, frm = s["frm"]
    orig = s["orig"]
    helo = "mail%d.deskhelm-mail.net" % R.randrange(2, 9)
    ip = "198.51.100.%d" % R.randrange(150, 190)
    bounce = "bounce-%s@deskhelm-mail.net" % rhex(16)
    txt = s["text"]
    h = "<html><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">%s</div></body></html>\n" % html_paras(txt)
    body = multi("alternative", [text(txt, cs="UTF-8", cte="quoted-printable"), text(h, "html", cs="UTF-8", cte="quoted-printable")],
                 "--==_mimepart_%s" % rhex(24))
    hdrs = [dkim("prairiehomebuilders.com", "dh1", "From:To:Subject:Date:Message-ID:In-Reply-To:References", ts(d), "\t"),
            "Date: %s" % rfc(to_utc(d), pad=True), "From: %s" % addr(name, frm), "Reply-To: %s" % frm,
            "To: %s" % orig["addr"], "Message-ID: <%s.ticket48812@prairiehomebuilders.deskhelm.com>" % rhex(20),
            "In-Reply-To: %s" % orig["mid"], "References: %s" % orig["mid"], subj_hdr(s["subj"]),
            "Mime-Version: 1.0"] + body.headers + ["Auto-Submitted: auto-replied", "X-Autoreply: yes",
                                                   "X-DeskHelm-Ticket: 48812", "Precedence: auto_reply"]
    return bounce, helo, ip, simple_auth("prairiehomebuilders.com", bounce, ip, "prairiehomebuilders.com"), hdrs, body.body


def headerless_reply(d, s):
    name, frm = s["frm"]
    orig = s["orig"]
    helo = "server.mchosting-ia.net"
    ip = "203.0.113.%d" % R.randrange(20, 90)
    txt = s["text"]
    body = text(txt, cs="us-ascii", cte="7bit")
    hdrs = ["Received: from [127.0.0.1] (port=52114 helo=localhost)\n\tby server.mchosting-ia.net with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1v%s-%s-%s\n\tfor %s; %s"
            % (frm, rs(4), rs(7), rs(2), orig["addr"], rfc(d)),
            "MIME-Version: 1.0", "Date: %s" % rfc(d), "From: %s" % addr(name, frm, quote_always=True),
            "To: %s" % orig["addr"], subj_hdr("Re: " + orig["subj"]),
            "Message-ID: <%s@stmarksripon.org>" % rhex(32), "X-Sender: %s" % frm,
            "User-Agent: Roundcube Webmail/1.6.9"] + body.headers
    return frm, helo, ip, simple_auth(None, frm, ip, "stmarksripon.org", dmarc="none"), hdrs, body.body


def dsn_part(reporting, rcpt, status, diag, arrival, remote=None):
    lines = ["Reporting-MTA: dns; %s" % reporting]
    lines += ["X-Postfix-Queue-ID: %s" % qid().upper()[:10]] if "alliant" in reporting else []
    lines += ["Arrival-Date: %s" % rfc(arrival), "", "Final-Recipient: rfc822; %s" % rcpt,
              "Original-Recipient: rfc822;%s" % rcpt, "Action: failed", "Status: %s" % status]
    if remote:
        lines.append("Remote-MTA: dns; %s" % remote)
    lines.append("Diagnostic-Code: smtp; %s" % diag)
    return Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                ("\n".join(lines) + "\n").encode())


def orig_headers(o, rcpt, extra=()):
    d = o["date"]
    hs = ["Received: by smtp-out1.alliant-energy.com (Postfix, from userid 1001)\n\tid %s; %s" % (rhex(10).upper(), rfc(to_utc(d), zname=True)),
          "Date: %s" % rfc(d), "From: %s <%s>" % (o["name"], o["addr"]), "To: %s" % rcpt, "Subject: %s" % o["subj"],
          "Message-ID: %s" % o["mid"], "MIME-Version: 1.0"] + list(extra) + ['Content-Type: multipart/alternative; boundary="ae-%s"' % rhex(16)]
    return "\n".join(hs) + "\n"


def our_postfix_bounce(d, s):
    o, rcpt = s["orig"], s["rcpt"]
    helo = "smtp-out1.alliant-energy.com"
    ip = "10.20.2.21"
    txt = ("This is the mail system at host smtp-out1.alliant-energy.com.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<%s>: host %s[%s] said: %s (in reply to RCPT TO command)\n"
           % (rcpt, s["remote"], s["remote_ip"], s["diag"]))
    bnd = "%s.%d/smtp-out1.alliant-energy.com" % (rhex(10).upper(), ts(d))
    body = multi("report", [Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], txt.encode()),
                            dsn_part("smtp-out1.alliant-energy.com", rcpt, s["status"], s["diag"], o["date"], s["remote"]),
                            Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                                 orig_headers(o, rcpt).encode())],
                 bnd, params="; report-type=delivery-status", preamble=b"This is a MIME-encapsulated message.\n\n")
    hdrs = ["Received: by smtp-out1.alliant-energy.com (Postfix)\n\tid %s; %s" % (rhex(10).upper(), rfc(to_utc(d), zname=True)),
            "Date: %s" % rfc(to_utc(d), pad=True, zname=True), "From: MAILER-DAEMON@smtp-out1.alliant-energy.com (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender", "To: %s" % o["addr"], "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0"] + body.headers + ["Content-Transfer-Encoding: 8bit",
                                                   "Message-Id: <%s@smtp-out1.alliant-energy.com>" % (to_utc(d).strftime("%Y%m%d%H%M%S") + "." + rhex(10).upper())]

    def auth(mx):
        return "Authentication-Results: %s.alliant-energy.com; none" % mx
    return "", helo, ip, auth, hdrs, body.body


def yahoo_failure(d, s):
    o, rcpt = s["orig"], s["rcpt"]
    helo = "sonic%d-%d.consmr.mail.gq1.yahoo.com" % (R.randrange(301, 330), R.randrange(2, 40))
    ip = "98.137.%d.%d" % (R.randrange(64, 70), R.randrange(2, 250))
    txt = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n%s\n\n"
           "--- Below this line is a copy of the message.\n\n" % (rcpt, s["diag"])) + orig_headers(o, rcpt) + "\n" + o["text"] + "\n"
    body = text(txt, cs="us-ascii", quote_cs=False, cte="7bit")
    hdrs = ["Date: %s" % rfc(to_utc(d), zname=True), "From: MAILER-DAEMON@yahoo.com", "To: %s" % o["addr"],
            "Subject: Failure Notice", "MIME-Version: 1.0"] + body.headers + [
            "Message-ID: <%d.%d.%d@%s>" % (R.randrange(10 ** 9, 2 * 10 ** 9), R.randrange(10 ** 6, 10 ** 7), ts(d) * 1000, helo)]
    return "", helo, ip, simple_auth(None, None, ip, "yahoo.com", dmarc=None, helo=helo), hdrs, body.body


def exchange_ndr(d, s):
    o, rcpt = s["orig"], s["rcpt"]
    dom = rcpt.split("@")[1]
    helo, ip, auth, prov, srv, fq = prov_ms(d, "postmaster@" + dom, dom, business=True)
    pm = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s" % dom
    txt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\n"
           "customercare    Office 365    %s\nAction Required                 Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n"
           "- Retype the recipient's address, then resend the message.\n\n"
           "Original Message Details\nCreated Date:    %s\nSender Address:    %s\nRecipient Address:    %s\nSubject:    %s\n\n"
           "Error Details\nError:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
           "Message rejected by:    %s\n" % (rcpt, rcpt.split("@")[0], dom, rcpt.split("@")[0],
                                              to_utc(o["date"]).strftime("%-m/%-d/%Y %-I:%M:%S %p"), o["addr"], rcpt, o["subj"], rcpt, fq))
    h = "<html><head></head><body><p>Your message to <b>%s</b> couldn't be delivered.</p><p>%s</p></body></html>\n" % (esc(rcpt), html_paras(txt))
    alt = multi("alternative", [text(txt, cs="utf-8", cte="quoted-printable"), text(h, "html", cs="utf-8", cte="quoted-printable")],
                "__%s__" % rhex(16))
    body = multi("report", [alt, dsn_part(fq, rcpt, "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", o["date"]),
                            Part(["Content-Type: text/rfc822-headers"], orig_headers(o, rcpt).encode())],
                 "_%s_" % ruuid(), params='; report-type=delivery-status', fold=True)
    hdrs = prov[4:] + ["From: Microsoft Outlook <%s>" % pm, "To: %s" % o["addr"], "Date: %s" % rfc(to_utc(d)),
                       "Content-Language: en-US", "Message-ID: <%s@%s>" % (ruuid(), fq),
                       "In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"], "Thread-Topic: %s" % o["subj"],
                       "Subject: Undeliverable: %s" % o["subj"], "Auto-Submitted: auto-replied",
                       "X-MS-Exchange-Message-Is-Ndr:"] + body.headers + ["MIME-Version: 1.0"]
    return "", helo, ip, simple_auth(None, None, ip, dom, dmarc=None, helo=helo), hdrs, body.body


def qmail_bounce(d, s):
    o, rcpt = s["orig"], s["rcpt"]
    helo = s["host"]
    ip = "203.0.113.%d" % R.randrange(100, 200)
    txt = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n%s\n\n"
           "--- Below this line is a copy of the message.\n\n" % (helo, rcpt, s["diag"])) + orig_headers(o, rcpt) + "\n" + o["text"] + "\n"
    hdrs = ["Received: (qmail %d invoked for bounce); %s" % (R.randrange(10000, 99999), rfc(to_utc(d), pad=True)),
            "Date: %s" % rfc(to_utc(d), pad=True), "From: MAILER-DAEMON@%s" % helo, "To: %s" % o["addr"],
            "Subject: failure notice"]
    return "", helo, ip, simple_auth(None, None, ip, helo, dmarc=None, helo=helo), hdrs, txt.encode("ascii")


def sendmail_bounce(d, s):
    o, rcpt = s["orig"], s["rcpt"]
    helo = s["host"]
    ip = "203.0.113.%d" % R.randrange(200, 250)
    qidd = rs(14, string.ascii_letters + string.digits)
    txt = ("The original message was received at %s\nfrom smtp-out1.alliant-energy.com [192.0.2.25]\n\n"
           "   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: %s)\n\n"
           "   ----- Transcript of session follows -----\n... while talking to mailstore2.%s:\n>>> DATA\n<<< %s\n554 5.0.0 Service unavailable\n"
           % (rfc(o["date"]), rcpt, s["diag"], helo.split(".", 1)[1], s["diag"]))
    bnd = "%s.%d/%s" % (qidd, ts(d), helo)
    body = multi("report", [Part([], txt.encode()), dsn_part(helo, rcpt, "5.2.2", s["diag"], o["date"]),
                            Part(["Content-Type: text/rfc822-headers"], orig_headers(o, rcpt).encode())],
                 bnd, params="; report-type=delivery-status", preamble=b"This is a MIME-encapsulated message\n\n", quote_b=True)
    hdrs = ["Received: from localhost (localhost)\n\tby %s (8.17.2/8.17.2) id %s;\n\t%s" % (helo, qidd, rfc(d)),
            "Date: %s" % rfc(d), "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % helo,
            "Message-Id: <%s.%s@%s>" % (to_utc(d).strftime("%Y%m%d%H%M"), qidd, helo), "To: <%s>" % o["addr"],
            "MIME-Version: 1.0"] + body.headers + ["Subject: Returned mail: see transcript for details", "Auto-Submitted: auto-generated (failure)"]
    return "", helo, ip, simple_auth(None, None, ip, helo, dmarc=None, helo=helo), hdrs, body.body


def bulk(d, s):
    """Newsletters, vendor notices, spam and phishing: the spec carries its own From, body and extra headers."""
    name, frm = s["frm"]
    dom = frm.split("@")[1]
    helo = s.get("helo", "mta%d.%s" % (R.randrange(1, 40), s.get("esp", dom)))
    ip = s.get("ip", "198.51.100.%d" % R.randrange(2, 99))
    env = s.get("env", "bounce-%s@%s" % (rhex(10), s.get("esp", dom)))
    parts = s["parts"]()
    body = parts
    dk = s.get("dk", dom)
    hdrs = []
    if dk:
        hdrs.append(dkim(dk, s.get("sel", "s1"), "From:To:Subject:Date:Message-ID:List-Unsubscribe", ts(d), "\t"))
    hdrs += ["Date: %s" % rfc(d, pad=s.get("pad", True)), "From: %s" % addr(name, frm, s.get("ncs", "UTF-8"), s.get("nb", False)),
             "To: %s" % s.get("to_hdr", MB[s["mb"]])]
    if s.get("rt"):
        hdrs.append("Reply-To: %s" % s["rt"])
    hdrs += [subj_hdr(s["subj"], s.get("scs", "UTF-8"), s.get("sb", False)),
             "Message-ID: <%s@%s>" % (s.get("midl", rhex(24)), s.get("midh", dom)), "MIME-Version: 1.0"]
    hdrs += list(s.get("extra", [])) + body.headers
    return env, helo, ip, simple_auth(s.get("dk_auth", dk), env, ip, dom, dmarc=s.get("dmarc", "pass"),
                                      spf=s.get("spf", "pass"), dk_res=s.get("dk_res", "pass")), hdrs, body.body


def build_auto(s):
    d = local(s["when"], s.get("std", -6))
    env, helo, ip, auth, hdrs, body = s["fn"](d, s)
    arrive = plus(d, R.randrange(2, 30))
    ch = chain(s["mb"], env, helo, ip, arrive, auth, tls=s.get("tls", True))
    return d, assemble(ch, hdrs, body)


def alt_parts(plain, html_s, cs="UTF-8", cte="quoted-printable", bnd=None):
    return lambda: multi("alternative", [text(plain, cs=cs, cte=cte), text(html_s, "html", cs=cs, cte=cte)],
                         bnd or ("b1_" + rhex(32)))


def list_headers(listid, unsub, prec="bulk"):
    return ["List-Id: %s" % listid, "List-Unsubscribe: %s" % unsub, "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: %s" % prec, "Feedback-ID: %s:%s" % (rhex(8), listid.split("<")[-1].rstrip(">").split(".")[0])]


# ---- January
A("ooo-loop-ack-jan", "2027-01-02 09:03", "customercare", AL, "en",
  "LOOP TRAP: Exchange out-of-office answering our own acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
  exchange_ooo, frm=("Karen Brandt", "kbrandt@cedarvalleymfg.com"), null_rp=True,
  orig=ack("2026-12-31 16:40:12", "kbrandt@cedarvalleymfg.com", "CC-2026-12-01877"),
  text="Thank you for your email. I am out of the office through Monday, January 4, 2027 with limited access to email.\n"
       "For urgent matters please contact Dan Hruska at 319-555-0108.\n\nKaren Brandt\nAccounts Payable\nCedar Valley Manufacturing")
A("mailhouse-mergepurge", "2027-01-12 06:44", "powerhousecatalog", NT, "en",
  "mail house's merge/purge report: vendor system mail full of 'do-not-share' and 'suppression' words; not a request",
  bulk, frm=("Prairie Lettershop Job Reports", "jobreports@prairielettershop.com"),
  subj="Job 27-0114 PowerHouse Spring Preview 2027 - merge/purge complete",
  extra=["Auto-Submitted: auto-generated", "X-Mailer: PLS JobTrack 8.4"],
  parts=lambda: text(
      "This is an automated report from the Prairie Lettershop production system.\n\n"
      "Client:         PowerHouse Catalog (Alliant Energy)\n"
      "Job:            27-0114  PowerHouse Spring Preview 2027\n"
      "Input records:  184,220\nCompleted:      2027-01-12 06:41 CST\n\n"
      "Suppressions applied\n"
      "  Client do-not-mail file ............ 6,812\n"
      "  Client do-not-share flag ........... 3,118  (excluded from exchange output only)\n"
      "  Industry mail preference file ...... 1,204\n"
      "  NCOA moves / address updated ......... 842\n"
      "  Deceased suppression ................. 377\n"
      "  Duplicates removed ................. 2,965\n\n"
      "Final mail quantity: 168,902\n"
      "Exchange/rental output: 97,440 records (delivered to Northline List Management)\n\n"
      "The suppression detail file PH_2027_SPRING_SUPP.csv is on the secure portal.\n"
      "Do not reply to this message; this mailbox is not monitored.\n", cs="us-ascii", cte="7bit"))
A("privacy-pulse-dpd", "2027-01-27 07:00", "customercare", NL, "en",
  "industry newsletter (List-Id, Precedence: bulk, List-Unsubscribe); its own 'unsubscribe' and 'opt-out' text is no request",
  bulk, frm=("Privacy Pulse", "newsletter@midwestprivacyforum.org"), esp="sendwave-mail.net",
  subj="Privacy Pulse: Data Privacy Day 2027 - what changed this year",
  extra=list_headers("Privacy Pulse <pulse.midwestprivacyforum.org>",
                     "<https://midwestprivacyforum.org/u/8f3a2c>, <mailto:unsubscribe@midwestprivacyforum.org?subject=unsubscribe>"),
  parts=alt_parts(
      "PRIVACY PULSE - Data Privacy Day 2027\n\n"
      "Three things every customer-facing privacy team should know this year:\n\n"
      "1. More states now require businesses to honor browser opt-out preference signals.\n"
      "2. 'Do not sell or share' requests must be processed within 15 business days in several states.\n"
      "3. Regulators keep asking for proof that opt-out mailboxes are actually read.\n\n"
      "Webinar: 'Running an opt-out mailbox at scale' - Feb 10, 11:00 CT. Register at midwestprivacyforum.org/events\n\n"
      "You are receiving this because you subscribed to Privacy Pulse. Unsubscribe | Update preferences\n"
      "Midwest Privacy Forum, 100 E. Grand Ave, Des Moines, IA 50309\n",
      "<html><body style=\"font-family:Georgia,serif\"><h1>Privacy Pulse</h1><h2>Data Privacy Day 2027</h2>"
      "<ol><li>More states now require businesses to honor browser opt-out preference signals.</li>"
      "<li>'Do not sell or share' requests must be processed within 15 business days in several states.</li>"
      "<li>Regulators keep asking for proof that opt-out mailboxes are actually read.</li></ol>"
      "<p><a href=\"https://midwestprivacyforum.org/events\">Register for the webinar</a></p>"
      "<p style=\"font-size:11px\">You are receiving this because you subscribed to Privacy Pulse. "
      "<a href=\"https://midwestprivacyforum.org/u/8f3a2c\">Unsubscribe</a></p></body></html>\n"))

# ---- February
A("bounce-our-reply-feb", "2027-02-01 15:03", "customercare", BN, "en",
  "our own outbound relay's DSN: a staff answer to a customer bounced (user unknown); null Return-Path",
  our_postfix_bounce, tls=False,
  orig=staff("2027-02-01 15:02:40", "lmarek@centurytel.net", "Re: Question about my January bill",
             "Hi Linda,\n\nThe January bill included 34 days of service.", "Tom"),
  rcpt="lmarek@centurytel.net", remote="mx.centurytel.net", remote_ip="206.152.134.70", status="5.1.1",
  diag="550 5.1.1 <lmarek@centurytel.net>: Recipient address rejected: User unknown")
A("phish-m365-password", "2027-02-09 05:12", "customercare", SP, "en",
  "phishing: fake Microsoft 365 password-expiry page, HTML only, unaligned domain",
  bulk, frm=("Microsoft 365 Admin", "admin@m365-mailsecure-portal.com"), dk=None, dmarc="none", spf="softfail",
  subj="Action Required: Password for customercare@alliant-energy.com expires today",
  parts=lambda: text("<html><body><table width=\"600\"><tr><td style=\"font-family:Segoe UI,Arial\">"
                     "<h2>Microsoft 365</h2><p>The password for <b>customercare@alliant-energy.com</b> expires today.</p>"
                     "<p>To keep using your current password, confirm it below within 24 hours.</p>"
                     "<p><a href=\"https://login-m365-verify.top/keep?u=customercare%40alliant-energy.com\" "
                     "style=\"background:#0067b8;color:#fff;padding:10px 20px\">Keep current password</a></p>"
                     "<p style=\"font-size:11px;color:#777\">Microsoft Corporation, One Microsoft Way, Redmond, WA</p>"
                     "</td></tr></table></body></html>\n", "html", cs="utf-8", cte="quoted-printable"))
A("phish-es-irs", "2027-02-26 03:40", "customercare", SP, "es",
  "Spanish tax-season phishing, base64 HTML and encoded subject; not a customer",
  bulk, frm=("Servicio de Impuestos", "avisos@irs-reembolso-gov.info"), dk=None, dmarc="none", spf="neutral",
  subj="Notificación de reembolso de impuestos 2026 – acción requerida", sb=True, nb=True,
  parts=lambda: multi("alternative", [
      text("Estimado contribuyente:\n\nTiene un reembolso pendiente de $1,284.50. Para recibirlo, confirme sus datos "
           "bancarios antes del 5 de marzo:\nhttps://irs-reembolso-gov.info/confirmar\n\nDepartamento de Reembolsos\n",
           cs="utf-8", cte="base64"),
      text("<html><body><p>Estimado contribuyente:</p><p>Tiene un reembolso pendiente de <b>$1,284.50</b>.</p>"
           "<p><a href=\"https://irs-reembolso-gov.info/confirmar\">Confirmar mis datos</a></p></body></html>\n",
           "html", cs="utf-8", cte="base64")], "----=_NextPart_%s" % rhex(20)))

# ---- March
A("school-spring-break", "2027-03-16 09:01", "customercare", AR, "en",
  "Google Workspace vacation responder answering the March promo (Auto-Submitted: auto-replied)",
  gmail_vacation, frm=("Jen Halvorson", "jhalvorson@cedarvalleyschools.org"),
  orig=our_promo("P2703", "jhalvorson@cedarvalleyschools.org"),
  text="Thank you for your email. Cedar Valley Schools are closed for spring break March 15-19. I will respond when I "
       "return on Monday, March 22.\n\nJen Halvorson\nBusiness Office")
A("yahoo-failure-promo", "2027-03-16 09:02", "customercare", BN, "en",
  "Yahoo 'Failure Notice' for the March promo: plain-text bounce with the promo (and its unsubscribe footer) copied below",
  yahoo_failure, orig=our_promo("P2703", "gwenolsen47@yahoo.com"), rcpt="gwenolsen47@yahoo.com",
  diag="554: delivery error: dd This user doesn't have a yahoo.com account (gwenolsen47@yahoo.com) [0] - mta4083.mail.gq1.yahoo.com")
A("seo-outreach", "2027-03-30 10:25", "customercare", SP, "en",
  "cold SEO outreach with a 'reply no thanks' line; a person typed it, but it is sales mail, not a request",
  bulk, frm=("Ryan Mitchell", "ryan@rankforge-digital.com"), helo="mail-sor-f41.google.com", ip="209.85.220.41",
  env="ryan@rankforge-digital.com", dk="rankforge-digital.com", sel="google", pad=False,
  subj="Quick question about alliant-energy.com",
  parts=alt_parts(
      "Hi team,\n\nI was looking at alliant-energy.com and noticed a few technical issues that are holding back your "
      "Google rankings (slow mobile pages, 40+ broken links, missing meta descriptions).\n\n"
      "Would you be open to a free 15-minute audit call this week?\n\n"
      "If you're not interested, just reply 'no thanks' and I won't follow up.\n\nBest,\nRyan Mitchell\nRankForge Digital\n",
      "<div dir=\"ltr\">Hi team,<br><br>I was looking at alliant-energy.com and noticed a few technical issues that are "
      "holding back your Google rankings.<br><br>Would you be open to a free 15-minute audit call this week?<br><br>"
      "If you're not interested, just reply 'no thanks' and I won't follow up.<br><br>Best,<br>Ryan Mitchell</div>\n",
      bnd="000000000000" + rhex(16)))

# ---- April
A("phish-invoice-attachment", "2027-04-09 04:18", "powerhousecatalog", SP, "en",
  "invoice phishing with an HTML attachment to the catalog mailbox",
  bulk, frm=("Accounts Receivable", "ar@northstar-freight-billing.com"), dk=None, dmarc="none", spf="softfail",
  subj="Overdue invoice INV-20774 - PowerHouse",
  parts=lambda: multi("mixed", [
      text("Hello,\n\nPlease see the attached invoice INV-20774 for freight services. The balance of $3,918.00 is now "
           "past due. Kindly remit today to avoid late fees.\n\nRegards,\nAccounts Receivable\n", cs="us-ascii", cte="7bit"),
      binary(("<html><body><form action=\"https://nsf-billing-docs.click/view\"><p>Sign in to view invoice INV-20774</p>"
              "<input name=\"email\"><input name=\"pw\" type=\"password\"></form></body></html>\n").encode(),
             'text/html; name="INV-20774.htm"', extra=['Content-Disposition: attachment; filename="INV-20774.htm"'])],
      "----=_Part_%s" % rhex(16)))
A("vacation-newsletter-apr", "2027-04-14 07:30", "customercare", AR, "en",
  "Gmail vacation responder to the April newsletter (custom subject, Auto-Submitted)",
  gmail_vacation, frm=("Marisol Janssen", "marisol.janssen@gmail.com"), vsubj="Out of town",
  orig=our_promo("N2704", "marisol.janssen@gmail.com"),
  text="Hi! I'm traveling until April 20 and checking email only now and then. I'll get back to you when I'm home.\n\n- Marisol")
A("crm-export-ready", "2027-04-29 06:00", "customercare", NT, "en",
  "CRM scheduled-export notice titled 'Marketing opt-outs': system mail, not a request",
  bulk, frm=("RelateCRM Notifications", "notifications@relatecrm.io"),
  subj="Your scheduled export \"Marketing opt-outs - weekly\" is ready",
  extra=["Auto-Submitted: auto-generated", "X-Entity-Ref-ID: exp-%s" % rhex(12)],
  parts=alt_parts(
      "Hi PowerHouse Marketing,\n\nYour scheduled export has finished.\n\nReport: Marketing opt-outs - weekly\nRows: 214\n"
      "Format: CSV\nThe download link expires in 7 days: https://app.relatecrm.io/exports/7f41c0\n\n"
      "You're receiving this because you are subscribed to scheduled exports. Manage notifications in Settings.\n",
      "<html><body><p>Hi PowerHouse Marketing,</p><p>Your scheduled export has finished.</p><table>"
      "<tr><td>Report</td><td>Marketing opt-outs - weekly</td></tr><tr><td>Rows</td><td>214</td></tr></table>"
      "<p><a href=\"https://app.relatecrm.io/exports/7f41c0\">Download</a></p></body></html>\n"))

# ---- May
A("helpdesk-loop-ack", "2027-05-19 08:15", "customercare", AL, "en",
  "LOOP TRAP: a customer's helpdesk opened a ticket for our acknowledgement and auto-replied",
  helpdesk_ticket, frm=("Prairie Home Builders Support", "support@prairiehomebuilders.com"),
  orig=ack("2027-05-19 08:14:31", "support@prairiehomebuilders.com", "CC-2027-05-02231"),
  subj="[Ticket #48812] Re: We received your request [CC-2027-05-02231]",
  text="Hello,\n\nThank you for contacting Prairie Home Builders. Your request has been received and assigned ticket "
       "#48812. A member of our team will respond within one business day.\n\nTo add information, reply to this email "
       "and keep the ticket number in the subject.\n\nPrairie Home Builders Support")
A("list-post-cx-forum", "2027-05-28 13:47", "customercare", NL, "en",
  "mailing-list post (Mailman personalised delivery, List-Id, Precedence: list) full of opt-out words; not addressed to us as a request",
  bulk, frm=("Beth Amundsen", "bamundsen@heartlandcoop.coop"), esp="lists.midwestutilitycx.org",
  helo="lists.midwestutilitycx.org", env="cx-forum-bounces+customercare=alliant-energy.com@lists.midwestutilitycx.org",
  dk="lists.midwestutilitycx.org", dk_auth="lists.midwestutilitycx.org",
  subj="[cx-forum] Automating the opt-out mailbox?", midh="heartlandcoop.coop",
  extra=["X-BeenThere: cx-forum@lists.midwestutilitycx.org", "X-Mailman-Version: 3.3.9",
         "Precedence: list", "List-Id: Utility CX Forum <cx-forum.lists.midwestutilitycx.org>",
         "List-Post: <mailto:cx-forum@lists.midwestutilitycx.org>",
         "List-Unsubscribe: <mailto:cx-forum-leave@lists.midwestutilitycx.org>",
         "Reply-To: cx-forum@lists.midwestutilitycx.org"],
  parts=lambda: text(
      "Hi all,\n\nHas anyone automated their privacy / opt-out mailbox? We get a steady stream of 'unsubscribe', "
      "'remove me from your mailing list' and 'do not share my information' emails, plus a lot of bounces and "
      "out-of-office replies. Curious how others separate the real requests from the noise.\n\n"
      "Thanks,\nBeth Amundsen\nMember Services, Heartland Co-op Energy\n\n"
      "_______________________________________________\ncx-forum mailing list -- cx-forum@lists.midwestutilitycx.org\n"
      "To unsubscribe send an email to cx-forum-leave@lists.midwestutilitycx.org\n", cs="us-ascii", quote_cs=False, cte="7bit"))

# ---- June
A("ndr-exchange-fridge", "2027-06-15 09:01", "customercare", BN, "en",
  "Exchange Online NDR 'Undeliverable:' for the fridge promo (multipart/report)",
  exchange_ndr, orig=our_promo("P2706", "jpeterka@brightwaterclinic.org"), rcpt="jpeterka@brightwaterclinic.org")
A("cold-sales-leads", "2027-06-28 11:05", "customercare", SP, "en",
  "cold sales pitch with 'reply opt-out' and 'we never share your data' lines: sales mail, not a customer request",
  bulk, frm=("Trevor Lang", "trevor@gridleads.io"), helo="mail-sor-f65.google.com", ip="209.85.220.65",
  env="trevor@gridleads.io", dk="gridleads.io", sel="google", pad=False,
  subj="Solar leads for Alliant Energy - 40% off this month",
  parts=alt_parts(
      "Hi there,\n\nGridLeads helps utilities fill community solar programs with pre-qualified homeowners. This month "
      "we're offering 40% off a 500-lead starter pack.\n\nWorth a quick chat?\n\nTrevor Lang\nGridLeads\n\n"
      "P.S. Not the right person? Reply 'opt-out' and I'll remove you from my list. We never share your data.\n",
      "<div dir=\"ltr\">Hi there,<br><br>GridLeads helps utilities fill community solar programs with pre-qualified "
      "homeowners.<br><br>Worth a quick chat?<br><br>Trevor Lang<br><br>P.S. Not the right person? Reply 'opt-out' "
      "and I'll remove you from my list. We never share your data.</div>\n", bnd="000000000000" + rhex(16)))

# ---- July
A("ooo-summer-clearance", "2027-07-13 09:31", "powerhousecatalog", AR, "en",
  "Exchange out-of-office to the Summer Clearance e-mail", exchange_ooo,
  frm=("Greg Tomczak", "gtomczak@lakeshoreinsurance.com"), orig=our_promo("P2707", "gtomczak@lakeshoreinsurance.com"),
  text="I'm on vacation July 12 through July 23 with no access to email. If this is urgent, please call the office at "
       "920-555-0150.\n\nGreg Tomczak\nLakeshore Insurance Agency")
A("read-receipt", "2027-07-28 08:12", "customercare", NT, "en",
  "MDN read receipt (multipart/report; disposition-notification) for a staff answer",
  bulk, frm=("Gary Lutz", "glutz@lutzfarmsupply.com"), helo="NAM10-DM6-obe.outbound.protection.outlook.com",
  ip="40.107.220.%d" % R.randrange(2, 250), env="glutz@lutzfarmsupply.com", dk="lutzfarmsupply.com", sel="selector1",
  subj="Read: Re: Budget billing for the shop", pad=False,
  extra=["Thread-Topic: Re: Budget billing for the shop", "X-MS-Has-Attach:", "Content-Language: en-US"],
  parts=lambda: multi("report", [
      text("Your message\n\n  To: Gary Lutz\n  Subject: Re: Budget billing for the shop\n  Sent: Tuesday, July 27, 2027 3:44:10 PM (UTC-06:00) Central Time (US & Canada)\n\n"
           "was read on Wednesday, July 28, 2027 8:11:52 AM (UTC-06:00) Central Time (US & Canada).\n", cs="us-ascii", cte="7bit"),
      Part(["Content-Type: message/disposition-notification"],
           ("Final-Recipient: rfc822;glutz@lutzfarmsupply.com\nOriginal-Message-ID: <20270727204410.%s@alliant-energy.com>\n"
            "Disposition: automatic-action/MDN-sent-automatically; displayed\n" % rhex(8)).encode())],
      "_%s_" % ruuid(), params="; report-type=disposition-notification", fold=True))

# ---- August
A("no-longer-monitored", "2027-08-17 09:01", "customercare", AR, "en",
  "headerless auto-reply ('no longer monitored', no Auto-Submitted/Precedence) to the EV promo: still automated",
  headerless_reply, frm=("St. Mark's Lutheran Church Office", "office@stmarksripon.org"),
  orig=our_promo("P2708", "office@stmarksripon.org"),
  text="This email address is no longer monitored. Please send all church office correspondence to "
       "secretary.stmarks@gmail.com or call 920-555-0131.\n\nThank you and God bless!\n")
A("phish-lookalike-billing", "2027-08-24 02:55", "customercare", SP, "en",
  "look-alike domain phishing pretending to be our billing (DMARC fail against our brand is irrelevant: own domain)",
  bulk, frm=("Alliant Energy Billing", "billing@alliantenergy-payments.com"), dk="alliantenergy-payments.com",
  subj="Action required: verify your payment account",
  parts=alt_parts(
      "Dear Customer,\n\nWe were unable to process your last automatic payment. To avoid disconnection, verify your "
      "payment account within 48 hours:\nhttps://alliantenergy-payments.com/verify\n\nAlliant Energy Billing Department\n",
      "<html><body><p>Dear Customer,</p><p>We were unable to process your last automatic payment. To avoid "
      "<b>disconnection</b>, verify your payment account within 48 hours.</p><p><a href=\"https://alliantenergy-payments.com/verify\">"
      "Verify now</a></p></body></html>\n"))
A("calendar-list-review", "2027-08-30 14:20", "powerhousecatalog", NT, "en",
  "calendar invitation (text/calendar METHOD:REQUEST) from the list broker about list exchanges: not a request",
  bulk, frm=("Megan Castro", "mcastro@northlinelists.com"), helo="mail-sor-f73.google.com", ip="209.85.220.73",
  env="mcastro@northlinelists.com", dk="northlinelists.com", sel="google", pad=False,
  subj="Invitation: PowerHouse list exchange review - Q4 @ Thu Sep 9, 2027 10am - 10:30am (CDT)",
  parts=lambda: multi("mixed", [multi("alternative", [
      text("Megan Castro has invited you to PowerHouse list exchange review - Q4\n\nThursday Sep 9, 2027 10am - 10:30am "
           "(Central Time - Chicago)\n\nAgenda: Q4 exchange partners, do-not-share suppression counts, holiday rental "
           "dates.\n\nJoin: https://meet.northlinelists.com/plx-q4\n\nInvitation from Google Calendar\n", omit7=True),
      text("<p>Megan Castro has invited you to <b>PowerHouse list exchange review - Q4</b></p><p>Thursday Sep 9, 2027 "
           "10am - 10:30am (Central Time - Chicago)</p>\n", "html", omit7=True),
      Part(['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: 7bit"],
           ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
            "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20270909T150000Z\nDTEND:20270909T153000Z\nDTSTAMP:20270830T192000Z\n"
            "ORGANIZER;CN=Megan Castro:mailto:mcastro@northlinelists.com\n"
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com\n"
            "UID:%s@google.com\nSUMMARY:PowerHouse list exchange review - Q4\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
            "END:VEVENT\nEND:VCALENDAR\n" % rhex(26)).encode())], "000000000000" + rhex(16)),
      binary(b"BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nEND:VCALENDAR\n", 'application/ics; name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"'])], "000000000000" + rhex(16)))

# ---- September
A("vacation-loop-ack-sep", "2027-09-15 10:21", "customercare", AL, "en",
  "LOOP TRAP: Gmail vacation responder answering our acknowledgement", gmail_vacation,
  frm=("Hank Dreyer", "hankdreyer@gmail.com"), orig=ack("2027-09-15 10:20:44", "hankdreyer@gmail.com", "CC-2027-09-03318"),
  text="Thanks for your message. I'm up at the lake without internet until Sept 26.\n- Hank")
A("mailhouse-ncoa", "2027-09-27 05:50", "powerhousecatalog", NT, "en",
  "mail house NCOA/suppression summary for the holiday drop: vendor report, not a request",
  bulk, frm=("Prairie Lettershop Job Reports", "jobreports@prairielettershop.com"),
  subj="Job 27-0871 PowerHouse Holiday 2027 - NCOALink and suppression summary",
  extra=["Auto-Submitted: auto-generated", "X-Mailer: PLS JobTrack 8.4"],
  parts=lambda: multi("mixed", [
      text("Automated report - Prairie Lettershop\n\nJob 27-0871  PowerHouse Holiday 2027\n\n"
           "NCOALink processing: 212,405 records, 3,981 moves updated, 611 moves without forwarding address suppressed.\n"
           "Do-not-share flags honored in exchange file: 3,402.\nDo-not-mail suppressions: 7,129.\n\n"
           "Summary attached (CSV). This mailbox is not monitored.\n", cs="us-ascii", cte="7bit"),
      binary(b"category,count\nncoa_moves_updated,3981\nncoa_no_forward,611\ndo_not_share,3402\ndo_not_mail,7129\n",
             'text/csv; name="27-0871_summary.csv"', extra=['Content-Disposition: attachment; filename="27-0871_summary.csv"'])],
      "=_pls_%s" % rhex(20)))
A("seo-es-posicionamiento", "2027-09-29 08:34", "customercare", SP, "es",
  "Spanish SEO cold outreach ('responda BAJA'): sales mail", bulk,
  frm=("Carlos Méndez", "carlos@posicionaweb-pro.com"), dk="posicionaweb-pro.com",
  subj="Propuesta para mejorar el posicionamiento de alliant-energy.com",
  parts=alt_parts(
      "Hola, buenos días:\n\nRevisamos alliant-energy.com y encontramos varias oportunidades para mejorar su "
      "posicionamiento en Google. ¿Le interesa una auditoría gratuita?\n\nSaludos,\nCarlos Méndez\nPosicionaWeb Pro\n\n"
      "Si no desea recibir más correos, responda con BAJA.\n",
      "<html><body><p>Hola, buenos días:</p><p>Revisamos alliant-energy.com y encontramos varias oportunidades para "
      "mejorar su posicionamiento en Google.</p><p>Si no desea recibir más correos, responda con BAJA.</p></body></html>\n"))

# ---- October
A("ooo-es-newsletter", "2027-10-12 10:01", "customercare", AR, "es",
  "bilingual Spanish/English Exchange out-of-office to the October newsletter", exchange_ooo,
  frm=("Mercado La Esperanza", "gerencia@laesperanzaiowa.com"), orig=our_promo("N2710", "gerencia@laesperanzaiowa.com"),
  prefix="Respuesta automática: ",
  text="Gracias por su mensaje. Estaré fuera de la oficina del 11 al 15 de octubre. Para asuntos urgentes llame al "
       "641-555-0122.\n\nThank you for your message. I am out of the office October 11-15.\n\nMercado La Esperanza")
A("challenge-response", "2027-10-26 11:03", "customercare", NT, "en",
  "challenge-response spam filter holding our acknowledgement: machine mail, never answer", bulk,
  frm=("BoxGuard Verification", "verify@boxguard-mail.net"),
  subj="Please verify your message to tmorrow@windstream.net",
  extra=["Auto-Submitted: auto-replied", "X-BoxGuard-Challenge: %s" % rhex(16)],
  parts=lambda: text(
      "Hello,\n\nI use BoxGuard to protect my inbox from spam. Your message \"We received your request "
      "[CC-2027-10-04590]\" is being held until you confirm you are a real person.\n\n"
      "Click here to deliver it: https://boxguard-mail.net/c/%s\n\nYou only need to do this once.\n" % rhex(20),
      cs="us-ascii", cte="7bit"))
A("qmail-bounce", "2027-10-29 14:31", "customercare", BN, "en",
  "legacy qmail bounce without MIME-Version for a staff answer (mailbox full)", qmail_bounce, tls=False,
  host="mail.prairienet-ia.com",
  orig=staff("2027-10-29 14:30:50", "dkrumm@prairienet-ia.com", "Re: Catalog request",
             "Hello Doris,\n\nThe PowerHouse catalog has been removed from your address.", "Maria"),
  rcpt="dkrumm@prairienet-ia.com", diag="552 Mailbox quota exceeded - dkrumm has no room for new messages")

# ---- November
A("black-friday-spam", "2027-11-15 01:12", "powerhousecatalog", SP, "en",
  "Black Friday spam, HTML only, windows-1252, its own 'unsubscribe' link", bulk,
  frm=("Sunglass Outlet", "deals@sunglass-outlet-sale.shop"), dk="sunglass-outlet-sale.shop", dmarc="none",
  subj="BLACK FRIDAY EARLY ACCESS – 80% off designer sunglasses", scs="windows-1252",
  parts=lambda: text("<html><body><center><h1>BLACK FRIDAY – 80% OFF</h1><p>Designer sunglasses from $19.99 – today only!</p>"
                     "<p><a href=\"https://sunglass-outlet-sale.shop/bf\">SHOP NOW</a></p><p style=\"font-size:9px\">"
                     "To unsubscribe click <a href=\"https://sunglass-outlet-sale.shop/u\">here</a>.</p></center></body></html>\n",
                     "html", cs="windows-1252", cte="quoted-printable"))
A("catalog-insights-nl", "2027-11-24 06:15", "powerhousecatalog", NL, "en",
  "catalog-industry newsletter about co-op databases and opt-out rates: bulk mail", bulk,
  frm=("Catalog Insights", "editor@cataloginsights-news.com"), esp="mailcloud-esp.com",
  subj="Catalog Insights: holiday mail volumes, co-op database trends and opt-out rates",
  extra=list_headers("Catalog Insights Weekly <weekly.cataloginsights-news.com>",
                     "<https://cataloginsights-news.com/unsub?e=powerhousecatalog%40alliant-energy.com>"),
  parts=alt_parts(
      "CATALOG INSIGHTS - week of November 22\n\n* Holiday catalog volumes are down 4% from 2026.\n"
      "* Co-op database participation holds steady; name-sharing opt-out rates tick up to 2.1%.\n"
      "* Postal rate change in January: what it means for spring drops.\n\n"
      "Unsubscribe: https://cataloginsights-news.com/unsub\n",
      "<html><body><h1>Catalog Insights</h1><ul><li>Holiday catalog volumes are down 4% from 2026.</li>"
      "<li>Co-op database participation holds steady; name-sharing opt-out rates tick up to 2.1%.</li></ul>"
      "<p><a href=\"https://cataloginsights-news.com/unsub\">Unsubscribe</a></p></body></html>\n"))

# ---- December
A("ooo-holiday-newsletter", "2027-12-07 10:01", "customercare", AR, "en",
  "holiday out-of-office (Exchange) to the December newsletter, null Return-Path", exchange_ooo,
  frm=("Laura Huebner", "lhuebner@huebnerlaw.com"), null_rp=True, orig=our_promo("N2712", "lhuebner@huebnerlaw.com"),
  text="Happy holidays! I am out of the office until Monday, January 3, 2028. Emails will not be forwarded.\n"
       "For anything urgent, please call Huebner Law at 608-555-0117.")
A("sendmail-bounce", "2027-12-10 16:45", "customercare", BN, "en",
  "sendmail-style 'Returned mail: see transcript' DSN for a staff answer", sendmail_bounce, tls=False,
  host="mx1.heartlandtel.net",
  orig=staff("2027-12-10 16:40:02", "rwagner@heartlandtel.net", "Re: Moving next month",
             "Hi Rita,\n\nYour service transfer to the new address is scheduled for January 4.", "Keisha"),
  rcpt="rwagner@heartlandtel.net", diag="552 5.2.2 Mailbox disabled for this recipient")
A("phish-dhl", "2027-12-14 03:20", "customercare", SP, "en",
  "holiday parcel-delivery phishing", bulk,
  frm=("DHL Express", "noreply@dhl-delivery-notice.info"), dk=None, dmarc="none", spf="softfail",
  subj="Your parcel could not be delivered - reschedule now",
  parts=alt_parts(
      "Your parcel JD0148822931 could not be delivered because no one was home.\n\nReschedule delivery (fee $1.99): "
      "https://dhl-delivery-notice.info/r/JD0148822931\n",
      "<html><body><p>Your parcel <b>JD0148822931</b> could not be delivered.</p><p><a href=\"https://dhl-delivery-notice.info/r/JD0148822931\">"
      "Reschedule delivery</a></p></body></html>\n"))


# --------------------------------------------------------------------------- output
def email_of(x):
    return x.split("<")[-1].rstrip(">").strip()


def prepare_human(s):
    if s.get("unsub_of"):
        user = email_of(s["rt"][0]) if s.get("rt") else s["frm"][1]
        c = our_promo(s["unsub_of"], user)
        s["subj"] = "unsubscribe " + c["token"]
        s["unsub_from"] = c["addr"]
        assert c["mb"] == s["mb"], s["spec"]


def main():
    for s in SPECS:
        s["_d"] = local(s["when"], s.get("std", -6)) if False else None
    # arrival order = the sender's send time (all specs are Central time)
    order = sorted(SPECS, key=lambda s: dt.datetime.strptime(s["when"][:16], "%Y-%m-%d %H:%M"))
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    manifest, index = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, s in enumerate(order, 1):
        fn = "%04d.eml" % i
        if s["automated"]:
            d, raw = build_auto(s)
            prog = s["fn"].__name__
        else:
            prepare_human(s)
            d, raw = build_human(s)
            prog = s["prog"]
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        if s["ack"] == "from":
            ack_to = s["frm"][1]
        elif s["ack"] == "rt":
            ack_to = email_of(s["rt"][0])
        else:
            ack_to = None
        ent = {k: s["ent"][k] for k in ("name", "postal_code", "account") if k in s["ent"]}
        manifest.append({"file": fn, "mailbox": s["mb"], "automated": s["automated"], "labels": s["labels"],
                         "unclear": s["unclear"], "entities": ent, "note": s["note"], "ack_to": ack_to})
        s["_file"] = fn
        index.append("\t".join([fn, s["spec"], s["cat"], s["lang"], prog, d.strftime("%Y-%m-%d")]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(index) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(order, manifest))
    print("wrote %d messages to %s" % (len(manifest), OUT))


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(order, manifest):
    from collections import Counter
    n = len(manifest)
    lab = Counter()
    combo = Counter()
    for m in manifest:
        for l in m["labels"]:
            lab[l] += 1
        if m["automated"]:
            combo["(none) - automated"] += 1
        elif m["unclear"]:
            combo["(unclear) " + (" + ".join(m["labels"]) or "no labels")] += 1
        elif not m["labels"]:
            combo["(none) - human, nothing to do"] += 1
        else:
            combo[" + ".join(m["labels"])] += 1
    cats = Counter(s["cat"] for s in order)
    langs = Counter(s["lang"] for s in order)
    months = Counter(s["when"][:7] for s in order)
    mbox = Counter((m["mailbox"], m["automated"]) for m in manifest)
    progs = Counter(PROG_LABEL.get(s.get("prog"), None) or "machine mail" for s in order if not s["automated"])
    ent = Counter()
    for m in manifest:
        for k in m["entities"]:
            ent[k] += 1
    rt = [m["file"] for m, s in zip(manifest, order) if m["ack_to"] and not s["automated"] and s["ack"] == "rt"]
    camp_rows = []
    for c in CAMPAIGNS.values():
        camp_rows.append(("%s \"%s\"" % (c["kind"], c["subj"]), "`%s@`" % c["addr"].split("@")[0],
                          c["date"].strftime("%Y-%m-%d"), "`%s-NNNNN`" % c["code"]))
    txt = """# yearsample: one year (2027) of both privacy mailboxes

## The brief

A random sample of one whole year (January to December 2027) of the two mailboxes named in Alliant Energy's privacy
policy, `customercare@alliant-energy.com` and `powerhousecatalog@alliant-energy.com`: about eight messages a month,
in the everyday proportions a privacy team sees. Ordinary opt-outs of marketing mail and e-mail, catalog-sharing
opt-outs, questions about bills, moves and the privacy policy, replies to our own promotions, catalog e-mails, bill
notices and outage alerts, thank-yous, a few unclear ones, and the machine mail of each season (holiday and summer
out-of-office replies, bounces after each campaign, tax-season and holiday phishing, vendor reports, newsletters,
unsubscribe buttons and unsubscribe services). Many different writers: old and young, terse and wordy, careful and
careless, phones and desktops; about 15 %% in Spanish or mixed Spanish/English.

Everything is invented: people, addresses, account and customer numbers, companies, phone numbers (555-01xx). The
file format, header chain (`Return-Path`, `Delivered-To`, our fictional `mx1`/`mx2.alliant-energy.com` -> `mbx01`
hosts, then the sending provider's and the mail program's own headers and MIME structure) and the manifest schema are
those of the main corpus README; labels follow `LABELS.md`, including its hard-case decisions.

> **Safety:** sender addresses use real provider domains (gmail.com, yahoo.com, ...). If you replay this set through
> a bot, point its outgoing SMTP at a sink. Never mail the `ack_to` addresses for real.

%d messages, files numbered in arrival order (%s to %s).

## Our own outgoing mail in this set

Many messages only make sense once you know what Alliant itself sent in 2027. These messages turn up quoted,
bounced or auto-answered; none of their text is ever the sender's request.

%s
| bill notice "Your Alliant Energy bill is ready" | `noreply@alliantenergy.com`, **Reply-To `customercare@`** | monthly | service message; says it is sent "even if you have opted out of marketing" |
| outage alert "Outage alert: power is out at your address" | `Alliant Energy Outage Alerts <noreply@alliantenergy.com>`, Reply-To `customercare@` | as needed | service message |
| payment reminder "Reminder: your Alliant Energy payment is due ..." | `noreply@alliantenergy.com`, Reply-To `customercare@` | as needed | service message |
| **bot acknowledgement** "We received your request [CC-YYYY-MM-NNNNN]" | `Alliant Energy Customer Care <customercare@...>` | - | `Message-ID: <ack.CC-...@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out and sharing |
| staff answers "Re: ..." | `Alliant Energy Customer Care <customercare@...>` | - | written by people; show up in bounces, a read receipt and a thank-you |

Every campaign (promo, catalog e-mail, newsletter) carries `List-Unsubscribe: <mailto:MAILBOX?subject=unsubscribe%%20TOKEN>`
pointing at the mailbox it came from, with a per-recipient token (`AE-2709-48213`, `PH-2711-...`, `AE-NL-2712-...`);
unsubscribe buttons therefore send `Subject: unsubscribe TOKEN`. Tokens are campaign references, not accounts.
Customer-care promo footers say "To opt out of marketing e-mails, click Unsubscribe or reply with the word
UNSUBSCRIBE" and give the HQ address (ZIP 53718); catalog e-mail footers also carry the list-sharing notice
("If you prefer that we not share your name, write to powerhousecatalog@..."); newsletters say "Manage your
preferences or unsubscribe". Bill notices, outage alerts and payment reminders are sent from `noreply@` with
`Reply-To: customercare@`, which is why replies to them land in the customer-care mailbox.

## Files

| path | what |
|---|---|
| `NNNN.eml` | %d raw messages, CRLF, open as bytes |
| `manifest.jsonl` | labels, one JSON object per message, corpus schema and key order |
| `index.tsv` | file, spec (short name), category it was written for, language, program, date |
| `_generator/build.py` | rebuilds every byte (fixed seed): `python3 _generator/build.py` |
| `_generator/verify.py` | checks the set: `python3 _generator/verify.py` |

## Counts

| label | messages carrying it |
|---|---|
%s
| `automated: true` | %d |
| `unclear: true` | %d |
| **total messages** | **%d** |

Exact label combinations:

%s

By category (what each message was written to be):

%s

By month:

%s

| mailbox | messages | of which automated |
|---|---|---|
%s

| language | messages |
|---|---|
%s

Human mail by program:

%s

| other | count |
|---|---|
| messages with any entity | %d |
| entity `name` / `postal_code` / `account` | %d / %d / %d |
| `ack_to` set | %d |
| `ack_to` from a Reply-To (form relay, unsubscribe service, work/family address asking to be answered elsewhere) | %d (%s) |
| `ack_to` null | %d (automated %d, human %d: thank-yous and unsubscribe software with Auto-Submitted) |

## Labelling decisions worth knowing

* Replies to our acknowledgement: an *automatic* answer to it is automated (`LOOP TRAP` in the note); a person's
  reply that adds a new request is acted on; a thank-you gets `ack_to: null`.
* "STOP" / "unsubscribe" / "Quitenme" under a promotion is a marketing opt-out; the same under a bill notice,
  outage alert or payment reminder is unclear.
* A delete-everything request is `unclear` **and** `question` (LABELS.md); all other unclear rows have no labels.
* Entities follow LABELS.md: a first name alone counts ("Bev", "Tom", "Jorge"); names only in `From:` never count;
  a signature ZIP counts only when it is the sender's own address (a business customer's store, yes; an employee
  writing privately from work, no).
* Unsubscribe software: `automated: false`, `marketing_opt_out`; `ack_to` null when the message carries
  `Auto-Submitted` (TidyInbox), otherwise the person (the Quietbox relay's Reply-To, the Gmail/Apple/Outlook/Yahoo
  button's From).
"""
    first = order[0]["when"][:10]
    last = order[-1]["when"][:10]
    head = "| what | From | send date | notes (campaign token prefix) |\n|---|---|---|---|\n" + "\n".join(
        "| %s | %s | %s | %s |" % r for r in camp_rows)
    # service rows have 4 columns too (the last column is a note there)
    label_rows = "\n".join("| `%s` | %d |" % (l, lab[l]) for l in ("marketing_opt_out", "catalog_share_opt_out", "question"))
    combo_t = table(sorted(combo.items(), key=lambda x: -x[1]), ["labels", "messages"])
    cat_order = [MK, SW, SH, BO, QU, OQ, UN, TY, AR, AL, BN, NL, NT, SP]
    cat_t = table([(c, cats[c]) for c in cat_order if cats[c]], ["category", "messages"])
    month_t = table([(m, months[m]) for m in sorted(months)], ["month", "messages"])
    mb_rows = "\n".join("| `%s` | %d | %d |" % (mb, mbox[(mb, False)] + mbox[(mb, True)], mbox[(mb, True)])
                        for mb in ("customercare", "powerhousecatalog"))
    lang_rows = "\n".join("| %s | %d |" % (k, langs[k]) for k in ("en", "es", "mixed"))
    prog_t = table(sorted(progs.items(), key=lambda x: (-x[1], x[0])), ["program", "messages"])
    any_ent = sum(1 for m in manifest if m["entities"])
    acks = sum(1 for m in manifest if m["ack_to"])
    nulls = [m for m in manifest if m["ack_to"] is None]
    return txt % (n, first, last, head, n, label_rows, sum(1 for m in manifest if m["automated"]),
                  sum(1 for m in manifest if m["unclear"]), n, combo_t, cat_t, month_t, mb_rows, lang_rows, prog_t,
                  any_ent, ent["name"], ent["postal_code"], ent["account"], acks, len(rt), ", ".join(rt),
                  len(nulls), sum(1 for m in nulls if m["automated"]), sum(1 for m in nulls if not m["automated"]))


if __name__ == "__main__":
    main()
