"""Helpers for the 'thanksgiving' generator: randomness, MIME, our own mail, providers, mail programs."""
import sys

import base64
import datetime
import email.header
import email.utils
import hashlib
import html
import json
import os
import quopri
import random
import textwrap

SEED = 20261126
R = random.Random(SEED)

MB = {"cc": "customercare@alliant-energy.com", "ph": "powerhousecatalog@alliant-energy.com"}
MBNAME = {"cc": "customercare", "ph": "powerhousecatalog"}
CST = datetime.timezone(datetime.timedelta(hours=-6))
PST = datetime.timezone(datetime.timedelta(hours=-8))
UTC = datetime.timezone.utc

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


# --------------------------------------------------------------------------- small helpers
def D(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST)


def fdate(d, tz=None, suffix=""):
    if tz is not None:
        d = d.astimezone(tz)
    return email.utils.format_datetime(d) + suffix


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def HX(n):
    return rs(n, HEX.upper())


def uid():
    return "%s-%s-%s-%s-%s" % (HX(8), HX(4), HX(4), HX(4), HX(12))


def qid():
    return "4d" + rs(1, "BCDFGHJKLMNPQRSTVWXZ") + rs(1, "0123456789") + rs(9, ALNUM) + "z" + rs(3, ALNUM)


def epoch(d):
    return int(d.timestamp())


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) if needed."""
    if is_ascii(s):
        return s
    h = email.header.Header(s, charset=charset, maxlinelen=74)
    out = h.encode(splitchars=" ", maxlinelen=74)
    if enc == "b":
        out = "=?%s?b?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())
    return out


def addr(name, a, quote_style="auto"):
    if not name:
        return a
    if not is_ascii(name):
        return "%s <%s>" % (ew(name), a)
    if quote_style == "always" or any(c in name for c in ',.&@:;()"'):
        return '"%s" <%s>' % (name.replace('"', ""), a)
    return "%s <%s>" % (name, a)


def sig_b(n=344):
    s = rs(n, B64)
    return s


def fold_b64(prefix, s, width=70, indent="\t "):
    lines = [prefix + s[:width - len(prefix)]]
    s = s[width - len(prefix):]
    while s:
        lines.append(indent + s[:width])
        s = s[width:]
    return lines


def dkim(d, sel, when, h, extra=None):
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d,
             "\ts=%s; t=%d; %sbh=%s=;" % (sel, epoch(when), extra + "; " if extra else "", rs(43, B64)),
             "\th=%s;" % h]
    lines += fold_b64("\tb=", sig_b(), 72)
    lines[-1] += ""
    return lines


# --------------------------------------------------------------------------- MIME
def leaf(ct, text, charset="utf-8", cte="auto", extra=(), cte_first=False, show_7bit=True):
    """Return (header_lines, body_bytes) of a leaf part. text uses \\n line ends."""
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte == "auto":
        longest = max(len(x) for x in data.split(b"\n"))
        cte = "7bit" if (is_ascii(text) and longest <= 76) else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    h = ["Content-Type: " + ct]
    if cte != "7bit" or show_7bit:
        cl = "Content-Transfer-Encoding: " + cte
        h = [cl] + h if cte_first else h + [cl]
    h += list(extra)
    return h, body


def raw_leaf(ct_lines, body_text):
    if not body_text.endswith("\n"):
        body_text += "\n"
    return list(ct_lines), body_text.encode("ascii")


def multipart(subtype, boundary, parts, params="", preamble=None, fold=False):
    if fold:
        ct = ["Content-Type: multipart/%s;%s" % (subtype, params), '\tboundary="%s"' % boundary]
    else:
        ct = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)]
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for hl, body in parts:
        chunks.append(("--%s\n" % boundary).encode("ascii"))
        chunks.append(("\n".join(hl) + "\n\n").encode("ascii"))
        if not body.endswith(b"\n"):
            body += b"\n"
        chunks.append(body)
    chunks.append(("--%s--\n" % boundary).encode("ascii"))
    return ct, b"".join(chunks)


def assemble(header_lines, body):
    raw = ("\n".join(header_lines) + "\n\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def wrap_flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            prefix += " "
            line = line[1:]
        line = line.rstrip(" ")
        if len(prefix) + len(line) <= width:
            out.append(prefix + line)
            continue
        pieces = textwrap.wrap(line, width - len(prefix), break_long_words=False, break_on_hyphens=False)
        for i, p in enumerate(pieces):
            out.append(prefix + p + (" " if i < len(pieces) - 1 else ""))
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


# --------------------------------------------------------------------------- our own outgoing mail
FOOT_AE = ("Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718")
FOOT_PH = (
    "You are receiving this e-mail because you are a PowerHouse Catalog customer.\n"
    "PowerHouse Catalog, an Alliant Energy company, 4902 N. Biltmore Lane, Madison, WI 53718.\n"
    "From time to time we make our customer list (names and postal addresses, never e-mail addresses) "
    "available to other carefully selected catalog companies. If you prefer that we not share your name, "
    "write to powerhousecatalog@alliant-energy.com.\n"
    "To unsubscribe from PowerHouse e-mails, reply with the word unsubscribe or visit "
    "https://www.powerhousecatalog.com/preferences.")

OUR = {
    "nl_nov": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com", reply_to=None,
        date=D("2026-11-10 09:00:14"), token="AE-NL-2611",
        subject="Your November Home Comfort Tips from Alliant Energy [AE-NL-2611]",
        promo=True,
        text=(
            "Get ready for heating season\n\n"
            "1. Change your furnace filter. A clean filter can lower heating costs by up to 5%.\n"
            "2. Seal drafts around doors and windows with weatherstripping.\n"
            "3. Set your thermostat to 68 degrees while you're home and lower it when you're away or asleep.\n"
            "4. Switch your ceiling fans to turn clockwise to push warm air down.\n\n"
            "More tips: https://www.alliantenergy.com/homecomfort\n\n"
            "--\n"
            "You're receiving this because you subscribed to Alliant Energy news and offers.\n"
            "Manage your preferences or unsubscribe: https://www.alliantenergy.com/preferences\n"
            "or reply to this e-mail with the word unsubscribe.\n" + FOOT_AE)),
    "ph_holiday": dict(
        name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com", reply_to=None,
        date=D("2026-11-13 09:15:22"), token="PH-2611-HOL",
        subject="Your PowerHouse Holiday Catalog is on its way [PH-2611-HOL]",
        promo=True,
        text=(
            "Gifts that make home a little brighter\n\n"
            "Your 2026 PowerHouse Holiday Catalog is in the mail and should reach most homes the week of "
            "November 16.\n\n"
            "Inside this year:\n"
            " * LED village lights and window candles that sip electricity\n"
            " * Heated throws and the new Cozy Kitchen collection\n"
            " * Smart plugs, timers and outdoor light controls\n"
            " * Stocking stuffers under $15\n\n"
            "Free shipping on orders of $49 or more through December 14. Use offer code HOLIDAY26 at checkout.\n\n"
            "Shop the catalog online: https://www.powerhousecatalog.com/holiday\n"
            "Questions about an order? Call 1-800-555-0137, Monday-Friday, 7 a.m.-7 p.m. Central.\n\n"
            "--\n" + FOOT_PH)),
    "winter": dict(
        name="Alliant Energy", addr="noreply@alliantenergy.com",
        reply_to=("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
        date=D("2026-11-17 06:45:03"), token=None, idtok="AE-SVC-2611-WX",
        subject="Colder weather is here: your estimated winter bills",
        promo=False,
        text=(
            "Colder weather is here\n\n"
            "Temperatures across Iowa and Wisconsin are expected to fall well below normal this week. "
            "Heating is the biggest part of most winter bills, so we want you to know what to expect.\n\n"
            "Based on last winter's usage at your service address and current rates, your estimated bills "
            "for December through February are:\n\n"
            "  December   ${dec}\n"
            "  January    ${jan}\n"
            "  February   ${feb}\n\n"
            "These estimates are not a bill. Your actual bills depend on the weather and how you use energy.\n\n"
            "Want the same payment every month? Budget Billing spreads your costs evenly over the year. "
            "Sign up at https://www.alliantenergy.com/budgetbilling or call 1-800-555-0142.\n\n"
            "Need help paying? Visit https://www.alliantenergy.com/assistance.\n\n"
            "--\n"
            "This is a service message about your Alliant Energy account. We send it even if you have opted "
            "out of marketing e-mail.\n" + FOOT_AE)),
    "gas": dict(
        name="Alliant Energy", addr="alerts@alliantenergy.com",
        reply_to=("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
        date=D("2026-11-19 08:00:41"), token=None, idtok="AE-SVC-2611-GAS",
        subject="Winter gas safety: keep your meter and vents clear",
        promo=False,
        text=(
            "Winter gas safety reminders\n\n"
            "As snow and ice arrive, please take a minute to keep your home safe:\n\n"
            " * Keep your natural gas meter and regulator clear of snow and ice. Use a broom, not a shovel.\n"
            " * Make sure furnace, water heater and dryer vents outside your home are not blocked.\n"
            " * Never use an oven, grill or generator to heat your home.\n"
            " * Test your carbon monoxide detectors.\n\n"
            "If you smell gas (a rotten-egg odor), leave the building right away. Then call 1-800-555-0142 "
            "or 911 from a safe place.\n\n"
            "--\n"
            "This is a safety message for Alliant Energy natural gas customers. We send it even if you have "
            "opted out of marketing e-mail.\n" + FOOT_AE)),
    "bf": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com", reply_to=None,
        date=D("2026-11-23 07:30:12"), token="AE-BF-2611",
        subject="Black Friday came early: $75 off a smart thermostat [AE-BF-2611]",
        promo=True,
        text=(
            "Black Friday came early\n\n"
            "Save $75 on a smart thermostat at the Alliant Energy Marketplace, now through November 30. "
            "Then claim a $50 rebate from us, for up to $125 off.\n\n"
            " * ecobee Smart Thermostat Enhanced: $114.99 after discount\n"
            " * Google Nest Learning Thermostat (4th gen): $204.99 after discount\n"
            " * Honeywell Home T9: $124.99 after discount\n\n"
            "Shop now: https://marketplace.alliantenergy.com/blackfriday\n"
            "Rebate form: https://www.alliantenergy.com/rebates\n\n"
            "Offer for Alliant Energy residential customers in Iowa and Wisconsin while supplies last. "
            "One discount per account.\n\n"
            "--\n"
            "You're receiving this because you're subscribed to Alliant Energy offers.\n"
            "To opt out of marketing e-mails, reply with the word unsubscribe or visit "
            "https://www.alliantenergy.com/preferences.\n" + FOOT_AE)),
    "gt": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com", reply_to=None,
        date=D("2026-11-24 10:00:05"), token="AE-GT-2611",
        subject="Giving Tuesday is Dec. 1: help a neighbor stay warm [AE-GT-2611]",
        promo=True,
        text=(
            "Giving Tuesday is December 1\n\n"
            "This winter, thousands of our neighbors will have to choose between heat and groceries. "
            "Your gift to the Hometown Care Energy Fund helps families pay their heating bills.\n\n"
            "From now through December 1, Alliant Energy will match every dollar you give, up to $100,000.\n\n"
            "Give online: https://www.alliantenergy.com/givingtuesday\n"
            "Or add a monthly gift to your bill: sign in to My Account and choose Hometown Care.\n\n"
            "100% of your gift goes to energy assistance through local community action agencies.\n\n"
            "--\n"
            "You're receiving this because you're subscribed to Alliant Energy news and offers.\n"
            "To opt out of these e-mails, reply with the word unsubscribe or visit "
            "https://www.alliantenergy.com/preferences.\n" + FOOT_AE)),
    "bf_last": dict(
        name="Alliant Energy", addr="customercare@alliant-energy.com", reply_to=None,
        date=D("2026-11-27 06:00:09"), token="AE-BF-2611B",
        subject="Last call: Black Friday thermostat savings end Monday [AE-BF-2611B]",
        promo=True,
        text=(
            "Happy Black Friday!\n\n"
            "There's still time: save $75 on a smart thermostat at the Alliant Energy Marketplace through "
            "Monday, November 30, then claim your $50 rebate.\n\n"
            "Shop now: https://marketplace.alliantenergy.com/blackfriday\n\n"
            "--\n"
            "You're receiving this because you're subscribed to Alliant Energy offers.\n"
            "To opt out of marketing e-mails, reply with the word unsubscribe or visit "
            "https://www.alliantenergy.com/preferences.\n" + FOOT_AE)),
    "ph_bf": dict(
        name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com", reply_to=None,
        date=D("2026-11-27 08:00:30"), token="PH-2611-BF",
        subject="Black Friday at PowerHouse: 20% off heated throws & LED lights [PH-2611-BF]",
        promo=True,
        text=(
            "Black Friday at PowerHouse\n\n"
            "Today through Monday: 20% off heated throws, LED village lights and the whole Cozy Kitchen "
            "collection. Use code PHBF20 at checkout.\n\n"
            "Shop: https://www.powerhousecatalog.com/blackfriday\n\n"
            "--\n" + FOOT_PH)),
}

ACK_TEXT = (
    "Thank you for contacting Alliant Energy.\n\n"
    "We received your message on {day} and logged it as {ref}.\n\n"
    "If you asked us to stop sending marketing by postal mail or e-mail, or not to share your name with "
    "other catalog companies, we will update our records within 10 business days. Some mail that is already "
    "printed may still reach you during that time.\n\n"
    "If you asked a question, a member of our Customer Care team will reply within 3 business days.\n\n"
    "Please do not reply to this message.\n\n"
    "Alliant Energy Customer Care\n")

ACKS = {
    "CC-2026-11-04108": D("2026-11-16 08:39:58"),
    "CC-2026-11-04139": D("2026-11-17 10:20:31"),
    "CC-2026-11-04171": D("2026-11-18 11:11:40"),
    "CC-2026-11-04215": D("2026-11-20 09:02:12"),
    "CC-2026-11-04236": D("2026-11-20 14:05:49"),
    "CC-2026-11-04288": D("2026-11-24 09:10:27"),
    "CC-2026-11-04298": D("2026-11-24 11:25:02"),
    "CC-2026-11-04402": D("2026-11-26 10:01:33"),
    "CC-2026-11-04405": D("2026-11-26 15:29:10"),
    "CC-2026-11-04497": D("2026-11-28 18:03:44"),
    "CC-2026-11-04511": D("2026-11-29 09:04:16"),
    "CC-2026-11-04519": D("2026-11-29 12:39:50"),
}


def our_ack(ref):
    d = ACKS[ref]
    return dict(name="Alliant Energy Customer Care", addr="customercare@alliant-energy.com", reply_to=None,
                date=d, token=ref, subject="We received your request [%s]" % ref, promo=False,
                msgid="<ack.%s@alliant-energy.com>" % ref,
                text=ACK_TEXT.format(day=d.strftime("%B %d, %Y").replace(" 0", " "), ref=ref))


def our(key, rcpt=None, **kw):
    if key.startswith("CC-"):
        o = our_ack(key)
    else:
        o = dict(OUR[key])
        o["text"] = o["text"].replace("${dec}", "$" + kw.get("dec", "238")).replace(
            "${jan}", "$" + kw.get("jan", "291")).replace("${feb}", "$" + kw.get("feb", "264"))
        tok = o["token"] or o["idtok"]
        h = hashlib.sha1(("%s|%s" % (key, rcpt)).encode()).hexdigest()[:16]
        o["msgid"] = "<%s.%s@mail.alliant-energy.com>" % (tok, h)
    return o


def our_reply_target(o):
    if o.get("reply_to"):
        return o["reply_to"]
    return (o["name"], o["addr"])


def our_outgoing_headers(o, rcpt):
    """Headers of one of our own messages as it left our MTA (used inside bounces)."""
    d = o["date"]
    lines = [
        "Received: from app04.alliant-energy.com (app04.alliant-energy.com [10.20.8.14])",
        "\tby mta02.alliant-energy.com (Postfix) with ESMTP id %s" % qid(),
        "\tfor <%s>; %s" % (rcpt, fdate(d)),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com; s=ae2025;",
        "\tt=%d; bh=%s=;" % (epoch(d), rs(43, B64)),
        "\th=From:To:Subject:Date:Message-ID:List-Unsubscribe;",
        "\tb=%s" % rs(60, B64),
        "From: %s" % addr(o["name"], o["addr"]),
        "To: %s" % rcpt,
        "Subject: %s" % o["subject"],
        "Date: %s" % fdate(d),
        "Message-ID: %s" % o["msgid"],
        "MIME-Version: 1.0",
    ]
    if o.get("promo"):
        lines.append("List-Unsubscribe: <mailto:%s?subject=unsubscribe>" % o["addr"])
    if o["token"] and o["token"].startswith("CC-"):
        lines.append("Auto-Submitted: auto-replied")
    lines.append('Content-Type: text/plain; charset="us-ascii"')
    lines.append("Content-Transfer-Encoding: 7bit")
    return lines


# --------------------------------------------------------------------------- quoting styles
MONTHS_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MONTHS_ES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                  "octubre", "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS_ES_SHORT = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def t12(d, nnbsp=False):
    h = d.hour % 12 or 12
    sp = "\u202f" if nnbsp else " "
    return "%d:%02d%s%s" % (h, d.minute, sp, "AM" if d.hour < 12 else "PM")


def gt(o):
    return "%s <%s>" % (o["name"], o["addr"])


def q_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def attrib(style, o, lang, rcpt):
    d = o["date"]
    if style == "gmail":
        if lang == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                DAYS_ES_SHORT[d.weekday()], d.day, MONTHS_ES[d.month - 1], d.year, d.hour, d.minute,
                o["name"], o["addr"])
        return "On %s at %s %s wrote:" % (d.strftime("%a, %b %-d, %Y"), t12(d, True), gt(o))
    if style == "ios":
        if lang == "es":
            h = d.hour % 12 or 12
            return "El %d %s %d, a las %d:%02d %s, %s escribió:" % (
                d.day, MONTHS_ES[d.month - 1], d.year, h, d.minute, "a.m." if d.hour < 12 else "p.m.", gt(o))
        return "On %s, at %s, %s wrote:" % (d.strftime("%b %-d, %Y"), t12(d, True), gt(o))
    if style == "yahoo":
        if lang == "es":
            h = d.hour % 12 or 12
            return "El %s, %d de %s de %d, %02d:%02d:%02d %s CST, %s escribió:" % (
                DAYS_ES[d.weekday()], d.day, MONTHS_ES_LONG[d.month - 1], d.year, h, d.minute, d.second,
                "a. m." if d.hour < 12 else "p. m.", gt(o))
        return "On %s at %s CST, %s wrote:" % (
            d.strftime("%A, %B %-d, %Y"), d.strftime("%I:%M:%S %p"), gt(o))
    if style == "ox":
        return "On %s %s CST %s wrote:" % (d.strftime("%m/%d/%Y"), t12(d), gt(o))
    if style == "tb":
        return "On %s %s, %s wrote:" % (d.strftime("%-m/%-d/%y"), t12(d), o["name"])
    raise ValueError(style)


def outlook_block(o, rcpt_disp, lang="en", owa=False):
    d = o["date"]
    if lang == "es":
        sent = "%s, %d de %s de %d %d:%02d" % (DAYS_ES[d.weekday()], d.day, MONTHS_ES_LONG[d.month - 1], d.year,
                                               d.hour, d.minute)
        hdr = ["De: %s" % gt(o), "Enviado: %s" % sent, "Para: %s" % rcpt_disp, "Asunto: %s" % o["subject"]]
    else:
        sent = "%s %s" % (d.strftime("%A, %B %-d, %Y"), t12(d))
        hdr = ["From: %s" % gt(o) + ("" if owa else " "), "Sent: %s" % sent, "To: %s" % rcpt_disp,
               "Subject: %s" % o["subject"]]
    return hdr


# --------------------------------------------------------------------------- providers (sending side)
def prov_google(a, when, mailer_ip=None):
    helo = "mail-%s-f%d.google.com" % (R.choice(["yw1", "qk1", "oi1", "pl1", "ej1", "wm1", "lf1", "io1", "vs1", "qt1"]),
                                       R.randint(41, 199))
    ip = "209.85.%d.%d" % (R.randint(128, 223), int(helo.split("-f")[1].split(".")[0]))
    lines = dkim("gmail.com", "20230601", when,
                 "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc\n\t :subject:date:message-id:reply-to",
                 extra="x=%d; darn=alliant-energy.com" % (epoch(when) + 604800))
    lines += ["X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
              "        d=1e100.net; s=20230601; t=%d; x=%d;" % (epoch(when), epoch(when) + 604800),
              "        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to",
              "         :cc:subject:date:message-id:reply-to;",
              "        bh=%s=;" % rs(43, B64),
              "        b=%s" % rs(68, B64),
              "         %s==" % rs(66, B64),
              "X-Gm-Message-State: AOJu0Y%s" % rs(50, B64),
              "\t%s" % rs(40, B64) + "=",
              "X-Gm-Gg: ASbGnc%s" % rs(60, B64),
              "X-Google-Smtp-Source: AGHT+I%s==" % rs(52, B64),
              "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%smr%d.%d.%d;" % (
                  hx(4), hx(4), hx(3), hx(4), hx(12), hx(10), R.randint(10 ** 9, 10 ** 10), R.randint(1, 60),
                  epoch(when) * 1000 + R.randint(0, 999)),
              "        %s" % fdate(when, PST, " (PST)")]
    auth = dict(d="gmail.com", sel="20230601", spf_env=a, dmarc="gmail.com", p="NONE")
    return a, dict(helo=helo, ip=ip), auth, lines


def prov_yahoo(a, when, dom="yahoo.com"):
    n = R.randint(300, 399)
    host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (n, R.randint(10, 60), R.choice(["ne1", "bf2", "gq1"]))
    ip = "66.163.%d.%d" % (R.randint(184, 191), R.randint(2, 250))
    sel = {"yahoo.com": "s2048", "aol.com": "a2048", "att.net": "s1024"}[dom]
    lines = dkim(dom, sel, when, "Date:From:To:Subject:References:From:Subject:Reply-To")
    lines += ["X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d;" % epoch(when),
              "\tbh=%s=; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s" % (rs(43, B64), rs(48, B64)),
              "X-YMail-OSG: %s" % rs(60, ALNUM + "._"),
              " %s" % rs(70, ALNUM + "._"),
              " %s" % rs(44, ALNUM + "._"),
              "X-Sonic-MF: <%s>" % a,
              "X-Sonic-ID: %s" % uid().lower(),
              "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, fdate(when, UTC)),
              ]
    auth = dict(d=dom, sel=sel, spf_env=a, dmarc=dom, p="REJECT")
    return a, dict(helo=host, ip=ip), auth, lines


def prov_msft(a, when, tenant=None, consumer=True):
    region = R.choice(["NAM12-MW2", "NAM10-BN7", "NAM11-CO1", "NAM04-SN1", "NAM02-DM3"])
    if consumer:
        helo = "%s-obe.outbound.protection.outlook.com" % region
        rdns = "mail-%snam%sol%s.outbound.protection.outlook.com" % (
            region.split("-")[1].lower(), region[3:5], "kn20%02d" % R.randint(10, 99))
        ip = "40.92.%d.%d" % (R.randint(10, 99), R.randint(2, 250))
        d = a.split("@")[1]
    else:
        helo = "%s-obe.outbound.protection.outlook.com" % region
        rdns = "mail-%snam%son2%03d.outbound.protection.outlook.com" % (
            region.split("-")[1].lower(), region[3:5], R.randint(10, 199))
        ip = "40.107.%d.%d" % (R.randint(90, 244), R.randint(2, 250))
        d = a.split("@")[1]
    srv = "%sPR%02dMB%04d" % (R.choice(["SJ0", "SA1", "PH0", "MN2", "BY5", "CH3", "DM6"]),
                              R.randint(10, 19), R.randint(1000, 9999))
    pod = "namprd%02d" % R.randint(10, 19)
    lines = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;"]
    lines += fold_b64(" b=", rs(340, B64) + "==", 72, " ")
    lines += ["ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;",
              " s=arcselector10001;",
              " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;",
              " bh=%s=;" % rs(43, B64),
              " b=%s" % rs(70, B64),
              " %s==" % rs(60, B64),
              "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;",
              " dkim=none; arc=none"]
    sel = "selector1" if consumer else "selector2"
    lines += dkim(d, sel + ("" if consumer else "-" + d.replace(".", "-")), when,
                  "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    lines += ["Received: from %s.%s.prod.outlook.com (2603:10b6:%s:%s::%d) by" % (srv, pod, hx(3), hx(3), R.randint(5, 20)),
              " %sPR%02dMB%04d.%s.prod.outlook.com (2603:10b6:%s:%s::%d) with Microsoft SMTP" % (
                  R.choice(["SA1", "CY8", "DS7", "LV3"]), R.randint(10, 19), R.randint(1000, 9999), pod,
                  hx(3), hx(3), R.randint(5, 20)),
              " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
              " 15.20.%d.%d; %s" % (R.randint(8000, 9400), R.randint(10, 30), fdate(when, UTC))]
    auth = dict(d=d, sel=sel, spf_env=a, dmarc=d, p="NONE")
    return a, dict(helo=helo, rdns=rdns, ip=ip), auth, lines, (srv, pod)


def prov_apple(a, when):
    host = "st43p00im-z%s%d.me.com" % (R.choice(["teg", "tfb", "tdg"]), R.randint(10061000, 10069999))
    ip = "17.58.%d.%d" % (R.randint(60, 63), R.randint(2, 250))
    d = a.split("@")[1]
    lines = dkim(d, "1a1hai", when, "Content-Type:From:Mime-Version:Subject:Date:Message-Id:To")
    lines += ["Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])",
              "\tby %s (Postfix) with ESMTPSA id %s;" % (host, HX(10)),
              "\t%s" % fdate(when, UTC, " (UTC)")]
    auth = dict(d=d, sel="1a1hai", spf_env=a, dmarc=d, p="QUARANTINE")
    return a, dict(helo=host, ip=ip), auth, lines


def prov_comcast(a, when):
    host = "resomta-h2p-%d.sys.comcast.net" % R.randint(550000, 559999)
    ip = "96.102.%d.%d" % (R.randint(18, 200), R.randint(2, 250))
    lines = dkim("comcast.net", "20190202a", when, "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:\n\t Content-Type")
    lines += ["Received: from resomta-h2p-%d.sys.comcast.net ([96.102.179.%d])" % (R.randint(550000, 559999), R.randint(2, 250)),
              "\tby resomta-h2p-%d.sys.comcast.net with ESMTPS" % R.randint(550000, 559999),
              "\tid %s; %s" % (rs(22, ALNUM), fdate(when, UTC)),
              "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefgedrudehgedgtdefucetufdoteggodetrfdotf",
              "X-Xfinity-VMeta: sc=-100.00;st=legit"]
    auth = dict(d="comcast.net", sel="20190202a", spf_env=a, dmarc="comcast.net", p="QUARANTINE")
    return a, dict(helo=host, ip=ip), auth, lines


def prov_generic(a, when, helo, ip, d, sel, extra=()):
    lines = dkim(d, sel, when, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type") if sel else []
    lines += list(extra)
    auth = dict(d=d if sel else None, sel=sel, spf_env=a, dmarc=d, p="NONE")
    return a, dict(helo=helo, ip=ip), auth, lines


def provider_for(a, when, sp):
    dom = a.split("@")[1]
    if dom == "gmail.com":
        return prov_google(a, when)
    if dom in ("yahoo.com", "aol.com", "att.net"):
        return prov_yahoo(a, when, dom)
    if dom in ("outlook.com", "hotmail.com"):
        r = prov_msft(a, when, consumer=True)
        sp["_msft"] = r[4]
        return r[:4]
    if dom in ("icloud.com", "me.com", "mac.com"):
        return prov_apple(a, when)
    if dom == "comcast.net":
        return prov_comcast(a, when)
    if dom == "mchsi.com":
        return prov_generic(a, when, "mta-out03.mediacombb.net", "173.26.64.%d" % R.randint(20, 40), "mchsi.com",
                            "mcom2022", ["Received: from zimbra-mbx02.mediacombb.net (zimbra-mbx02.mediacombb.net [10.44.1.12])",
                                         "\tby mta-out03.mediacombb.net (Postfix) with ESMTP id %s;" % qid(),
                                         "\t%s" % fdate(when)])
    if dom == "windstream.net":
        return prov_generic(a, when, "smtp-out-02.windstream.net", "166.102.165.%d" % R.randint(10, 60),
                            "windstream.net", "wstream1",
                            ["Received: from webmail.windstream.net (localhost [127.0.0.1])",
                             "\tby smtp-out-02.windstream.net (Postfix) with ESMTPA id %s;" % qid(),
                             "\t%s" % fdate(when)])
    if dom == "tds.net":
        return prov_generic(a, when, "mx-out2.tds.net", "64.50.%d.%d" % (R.randint(200, 230), R.randint(2, 250)),
                            "tds.net", "tds2020",
                            ["Received: from [192.168.1.%d] (%s.dyn.tds.net [69.129.%d.%d])" % (
                                R.randint(2, 90), "h69-129-%d-%d" % (R.randint(1, 200), R.randint(1, 200)),
                                R.randint(1, 200), R.randint(1, 200)),
                             "\t(Authenticated sender: %s)" % a,
                             "\tby mx-out2.tds.net (Postfix) with ESMTPSA id %s;" % qid(),
                             "\t%s" % fdate(when)])
    if dom == "charter.net":
        return prov_generic(a, when, "p-impout006.msg.pkvw.co.charter.net", "47.43.26.%d" % R.randint(130, 150),
                            "charter.net", "c20200122",
                            ["Received: from [192.168.0.%d] ([97.83.%d.%d])" % (R.randint(2, 60), R.randint(1, 250), R.randint(1, 250)),
                             "\tby cmsmtp with ESMTPA",
                             "\tid %s; %s" % (rs(14, ALNUM), fdate(when, UTC)),
                             "X-Authority-Analysis: v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s" % (rs(24, ALNUM), hx(8)),
                             "X-CMAE-Envelope: MS4xfG%s" % rs(60, ALNUM)])
    if dom == "oyelaran.net":
        return prov_generic(a, when, "fout-b3-smtp.messagingengine.com", "202.12.124.%d" % R.randint(140, 160),
                            "oyelaran.net", "fm3",
                            ["X-ME-Sender: <xms:%s>" % rs(40, ALNUM),
                             "Received: from phl-compute-06.internal (phl-compute-06.internal [10.202.2.46])",
                             "\tby mailfout.stl.internal (Postfix) with ESMTP id %s" % HX(11),
                             "\tfor <%s>; %s" % ("customercare@alliant-energy.com", fdate(when)),
                             "Received: by mail.messagingengine.com (Postfix) with ESMTPA; %s" % fdate(when)])
    if dom == "achterberg.net":
        return prov_generic(a, when, "mail.achterberg.net", "71.86.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                            "achterberg.net", "mail",
                            ["Received: from [10.0.0.%d] (unknown [10.0.0.1])" % R.randint(20, 90),
                             "\tby mail.achterberg.net (Postfix) with ESMTPSA id %s" % qid(),
                             "\tfor <customercare@alliant-energy.com>; %s" % fdate(when)])
    # Microsoft 365 tenants (business domains)
    r = prov_msft(a, when, consumer=False)
    sp["_msft"] = r[4]
    return r[:4]


def deliver(mb, when, env_from, src, auth, inner, mx=None, tls=True, delay=None):
    """Prepend what our own hosts add: Return-Path, Delivered-To, mbx01 and mx Received, Authentication-Results."""
    rcpt = MB[mb]
    mx = mx or R.choice(["mx1", "mx2"])
    mxip = {"mx1": "10.20.4.11", "mx2": "10.20.4.12"}[mx]
    t_mx = when + datetime.timedelta(seconds=delay if delay is not None else R.randint(2, 38))
    t_mbx = t_mx + datetime.timedelta(seconds=R.randint(0, 2))
    rdns = src.get("rdns", src["helo"])
    lines = ["Return-Path: <%s>" % env_from,
             "Delivered-To: %s" % rcpt,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])" % (mx, mx, mxip),
             "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % qid(),
             "\tfor <%s>; %s" % (rcpt, fdate(t_mbx))]
    ar = ["Authentication-Results: %s.alliant-energy.com;" % mx]
    if auth.get("d"):
        ar.append("\tdkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s;" % (
            auth.get("dkim", "pass"), auth["d"], auth["d"], auth["sel"], rs(8, ALNUM)))
    else:
        ar.append("\tdkim=none;")
    if env_from:
        ar.append("\tspf=%s (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (
            auth.get("spf", "pass"), mx, env_from, src["ip"], env_from) if auth.get("spf", "pass") == "pass" else
            "\tspf=%s (%s.alliant-energy.com: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s;" % (
                auth["spf"], mx, src["ip"], env_from, env_from))
    else:
        ar.append("\tspf=none smtp.helo=%s;" % src["helo"])
    ar.append("\tdmarc=%s (p=%s dis=none) header.from=%s" % (auth.get("dmarc_res", "pass" if auth.get("d") else "none"),
                                                             auth.get("p", "NONE"), auth.get("dmarc")))
    lines += ar
    lines += ["Received: from %s (%s [%s])" % (src["helo"], rdns, src["ip"])]
    if tls:
        lines += ["\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                  "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                  "\t(No client certificate requested)"]
    lines += ["\tby %s.alliant-energy.com (Postfix) with %s id %s" % (mx, "ESMTPS" if tls else "ESMTP", qid()),
              "\tfor <%s>; %s" % (rcpt, fdate(t_mx))]
    return lines + inner, t_mx


# --------------------------------------------------------------------------- client renderers (people)
def html_of(text, style):
    out = []
    for l in text.rstrip("\n").split("\n"):
        e = esc(l)
        if style == "gmail":
            out.append("<div>%s</div>" % (e or "<br>"))
        elif style == "apple":
            out.append("<div>%s</div>" % (e or "<br>"))
        elif style == "mso":
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % e if e else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif style == "owa":
            out.append('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')
            out.append("%s</div>" % (e or "<br>"))
        elif style == "yahoo":
            out.append('<div dir="ltr" data-setdir="false">%s</div>' % (e or "<br>"))
        elif style == "ox":
            out.append('  <div class="default-style">\n   %s\n  </div>' % (e or "&nbsp;"))
        elif style == "zimbra":
            out.append("<div>%s</div>" % (e or '<br data-mce-bogus="1">'))
        elif style == "samsung":
            out.append('<div dir="auto">%s</div>' % (e or "<br>"))
    return "\n".join(out)


def bq(text):
    return "<br>\n".join(esc(l) for l in text.rstrip("\n").split("\n"))


def client_headers_common(sp):
    return sp


def render_person(sp):
    """Return (env_from, src, auth, inner_header_lines, body_bytes) for a message written by a person."""
    prog = sp["prog"]
    name, a = sp["name"], sp["addr"]
    when = sp["dt"]
    lang = sp.get("lang", "en")
    text = sp["text"]
    mb = sp["mb"]
    q = sp.get("_our")          # our message being answered/forwarded
    subj = sp["subj"]
    if q is not None and not sp.get("fwd") and subj is None:
        subj = ("RE: " if prog in ("outlook_desktop", "outlook_com") else "Re: ") + q["subject"]
    if q is not None:
        tname, taddr = our_reply_target(q)
        to_disp = addr(tname, taddr)
    else:
        to_disp = MB[mb]
    if sp.get("to"):
        to_disp = sp["to"]
    env_from, src, auth, plines = provider_for(a, when, sp)
    irt = [] if (q is None or sp.get("fwd")) else ["In-Reply-To: %s" % q["msgid"], "References: %s" % q["msgid"]]
    from_h = "From: " + addr(name, a)
    date_h = "Date: " + fdate(when)
    subj_h = "Subject: " + ew(subj) if subj else "Subject: "
    rcpt_plain = a

    if prog in ("gmail_web", "gmail_android", "ios_gmail_web"):
        plain = text
        htm = '<div dir="ltr">' + html_of(text, "gmail") + "</div>"
        if q is not None:
            att = attrib("gmail", q, lang, a)
            plain = text.rstrip("\n") + "\n\n" + att + "\n\n" + q_gt(q["text"]) + "\n"
            htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
                    % (esc(att), bq(q["text"])))
        p1 = leaf('text/plain; charset="UTF-8"', plain, "utf-8", show_7bit=False)
        p2 = leaf('text/html; charset="UTF-8"', htm + "\n", "utf-8", show_7bit=False)
        ct, body = multipart("alternative", "000000000000" + hx(16), [p1, p2])
        mid = "<CA%s%s@mail.gmail.com>" % (R.choice(["+", "H", "J", "K", "L", "M", "P"]), rs(R.randint(40, 52), ALNUM + "+_-=") + "=" + rs(6, ALNUM))
        hdr = ["MIME-Version: 1.0"] + ([l for l in reversed(irt)] if irt else []) + [
            from_h, date_h, "Message-ID: " + mid, subj_h, "To: " + to_disp] + ct
    elif prog == "gmail_unsub":
        body_text = sp["text"]
        p = leaf('text/plain; charset="UTF-8"', body_text, "utf-8", show_7bit=False)
        mid = "<CA%s@mail.gmail.com>" % rs(48, ALNUM + "+_-")
        hdr = ["MIME-Version: 1.0", from_h, date_h, "Message-ID: " + mid, subj_h, "To: " + to_disp] + p[0]
        body = p[1]
    elif prog in ("iphone", "ipad", "ios_unsub"):
        dev = "iPad" if prog == "ipad" else "iPhone"
        plain = text
        if q is not None:
            plain = text.rstrip("\n") + "\n\n> " + attrib("ios", q, lang, a) + "\n> \n" + q_gt(q["text"]) + "\n"
        ph, body = leaf("text/plain;\n\tcharset=utf-8", plain, "utf-8", cte="auto")
        if prog == "ios_unsub":
            ph, body = leaf("text/plain;\n\tcharset=us-ascii", plain, "us-ascii", cte="7bit")
        mid = "<%s@%s>" % (uid(), a.split("@")[1])
        hdr = ph + [from_h, "Mime-Version: 1.0 (1.0)", subj_h, date_h, "Message-Id: " + mid] + \
            ([irt[1], irt[0]] if irt else []) + ["To: " + to_disp, "X-Mailer: %s Mail (23B85)" % dev]
    elif prog == "apple_mail":
        plain = text
        htm_inner = html_of(text, "apple")
        if q is not None:
            att = attrib("ios", q, lang, a)
            plain = text.rstrip("\n") + "\n\n> " + att + "\n> \n" + q_gt(q["text"]) + "\n"
            htm_inner += '<div><br><blockquote type="cite"><div>%s</div><br>\n<div>%s</div></blockquote></div>' % (esc(att), bq(q["text"]))
        cs = "us-ascii" if is_ascii(plain) else "utf-8"
        p1 = leaf("text/plain;\n\tcharset=%s" % cs, plain, cs, cte_first=True)
        htm = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n%s\n</body></html>\n' % (cs, htm_inner))
        p2 = leaf("text/html;\n\tcharset=%s" % cs, htm, cs, cte="quoted-printable", cte_first=True)
        ct, body = multipart("alternative", "Apple-Mail=_%s" % uid(), [p1, p2])
        mid = "<%s@%s>" % (uid(), a.split("@")[1])
        hdr = [from_h, ct[0], "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.5\\))", subj_h, date_h] + \
            ([irt[0], irt[1]] if irt else []) + ["To: " + to_disp, "Message-Id: " + mid,
                                                 "X-Mailer: Apple Mail (2.3826.600.51.1.5)"]
    elif prog in ("outlook_desktop", "outlook_com"):
        owa = prog == "outlook_com"
        plain = text
        style = "owa" if owa else "mso"
        htm_inner = html_of(text, style)
        if q is not None:
            rc = ("%s <%s>" % (a, a)) if owa else addr(name, a)
            blk = outlook_block(q, rc, lang, owa)
            sep = "________________________________\n" if owa else ""
            plain = text.rstrip("\n") + "\n\n" + sep + "\n".join(blk) + "\n\n" + q["text"]
            if owa:
                htm_inner += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                              '%s</font>\n<div>&nbsp;</div></div>\n<div>%s</div>' % (
                                  "<br>\n".join("<b>%s</b>%s" % (esc(b.split(": ", 1)[0] + ":"), esc(" " + b.split(": ", 1)[1])) for b in blk),
                                  bq(q["text"])))
            else:
                htm_inner += ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                              '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                              '<p class="MsoNormal">%s<o:p></o:p></p>' % (
                                  "<br>\n".join("<b>%s</b>%s" % (esc(b.split(": ", 1)[0] + ":"), esc(" " + b.split(": ", 1)[1].rstrip())) for b in blk),
                                  bq(q["text"])))
        if owa:
            cs = "iso-8859-1" if all(ord(c) < 256 for c in plain) else "utf-8"
        else:
            cs = "us-ascii" if is_ascii(plain) else "utf-8"
        p1 = leaf('text/plain; charset="%s"' % cs, plain, cs, cte="quoted-printable")
        if owa:
            htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                   '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                   '</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n' % (cs, htm_inner))
        else:
            htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                   'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                   '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                   '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                   '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                   '--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                   '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (cs, htm_inner))
        p2 = leaf('text/html; charset="%s"' % cs, htm, cs, cte="quoted-printable")
        srv, pod = sp["_msft"]
        bnd = "_000_%s%s%snamp_" % (srv, HX(24), srv)
        ct, body = multipart("alternative", bnd, [p1, p2])
        mid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, HX(24), srv, pod)
        topic = subj
        for pre in ("RE: ", "Re: ", "FW: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hdr = [from_h, "To: " + (('"%s" <%s>' % (MB[mb], MB[mb])) if (owa and q is None) else to_disp), subj_h,
               "Thread-Topic: " + ew(topic), "Thread-Index: A%s==" % rs(R.choice([30, 42, 54]), B64), date_h,
               "Message-ID: " + mid] + ([irt[1], irt[0]] if irt else []) + \
            ["Accept-Language: %s" % ("es-US, en-US" if lang == "es" else "en-US"),
             "Content-Language: %s" % ("es-MX" if lang == "es" else "en-US"),
             "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
        if owa:
            hdr += ["msip_labels:", "x-ms-exchange-messagesentrepresentingtype: 1"]
        else:
            hdr += ["x-ms-publictraffictype: Email", "X-Mailer: Microsoft Outlook 16.0"]
        hdr += ["X-MS-Exchange-AntiSpam-MessageData-ChunkCount: 1",
                "X-MS-Exchange-AntiSpam-MessageData-0: %s" % rs(70, B64)] + ct + ["MIME-Version: 1.0",
                "X-OriginatorOrg: %s" % a.split("@")[1],
                "X-MS-Exchange-CrossTenant-AuthAs: Internal",
                "X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s" % when.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % R.randint(0, 9999)]
    elif prog in ("yahoo_web", "yahoo_android", "aol", "aol_html", "ipad_att"):
        mailer = {"yahoo_web": "WebService/1.1.24783 YMailNorrin", "yahoo_android": "WebService/1.1.24783 YahooMailAndroidMobile",
                  "aol": "WebService/1.1.24783 AolMailNorrin", "aol_html": "WebService/1.1.24783 AolMailNorrin"}.get(prog)
        plain = text
        htm_inner = html_of(text, "yahoo")
        if prog == "yahoo_android":
            plain = plain.rstrip("\n") + "\n\nSent from Yahoo Mail on Android\n"
            htm_inner += '\n<div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">Sent from Yahoo Mail on Android</a></div>'
        if q is not None:
            if sp.get("fwd"):
                d = q["date"]
                blk = ["----- Forwarded Message -----", "From: %s" % gt(q), "To: %s <%s>" % (a, a),
                       "Sent: %s at %s CST" % (d.strftime("%A, %B %-d, %Y"), d.strftime("%I:%M:%S %p")),
                       "Subject: %s" % q["subject"]]
                plain = (text.rstrip("\n") + "\n" if text.strip() else "") + "\n\n" + "\n".join(blk) + "\n\n" + q["text"]
                htm_inner += '<div><br></div><div><br></div><div class="ydp%s yahoo_quoted_begin">%s<br><br>%s</div>' % (
                    hx(8), "<br>\n".join(esc(b) for b in blk), bq(q["text"]))
            else:
                att = attrib("yahoo", q, lang, a)
                plain = plain.rstrip("\n") + "\n\n\n" + att + "\n\n\n" + q["text"]
                htm_inner += ('<div><br></div><div><br></div>\n<div id="yahoo_quoted_%s" class="yahoo_quoted">\n'
                              '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n'
                              '<div>%s</div><div><br></div><div><br></div>\n<div>%s</div></div></div>' % (hx(10), esc(att), bq(q["text"])))
        htm = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
               '\n%s\n</div></body></html>\n' % htm_inner)
        if prog == "ipad_att":
            plain = text
            ph, body = leaf("text/plain;\n\tcharset=utf-8", plain, "utf-8", cte="auto")
            mid = "<%s@att.net>" % uid()
            hdr = ph + [from_h, "Mime-Version: 1.0 (1.0)", subj_h, date_h, "Message-Id: " + mid,
                        "To: " + to_disp, "X-Mailer: iPad Mail (23B85)"]
        elif prog == "aol_html":
            h2, body = leaf("text/html; charset=UTF-8", htm.replace("yahoo-style-wrap", "aol-style-wrap"), "utf-8", cte="7bit")
            mid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 6, 10 ** 7), epoch(when) * 1000 + R.randint(0, 999))
            hdr = [date_h, from_h, "To: " + ('"%s" <%s>' % (MB[mb], MB[mb]) if q is None else to_disp),
                   "Message-ID: " + mid] + irt + [subj_h, "MIME-Version: 1.0"] + h2 + ["X-Mailer: " + mailer]
        else:
            p1 = leaf("text/plain; charset=UTF-8", plain, "utf-8", cte="quoted-printable")
            p2 = leaf("text/html; charset=UTF-8", htm, "utf-8", cte="quoted-printable")
            bnd = "----=_Part_%d_%d.%d" % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 8, 2 * 10 ** 9), epoch(when) * 1000 + R.randint(0, 999))
            ct, body = multipart("alternative", bnd, [p1, p2], fold=True)
            mid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 6, 10 ** 7), epoch(when) * 1000 + R.randint(0, 999))
            to_y = ('"%s" <%s>' % (MB[mb], MB[mb])) if q is None else to_disp
            hdr = [date_h, from_h, "To: " + to_y, "Message-ID: " + mid] + irt + [subj_h, "MIME-Version: 1.0"] + ct + \
                ["X-Mailer: " + mailer]
    elif prog == "thunderbird":
        plain = text
        if q is not None:
            plain = text.rstrip("\n") + "\n\n" + attrib("tb", q, lang, a) + "\n" + q_gt(q["text"]) + "\n"
        plain = wrap_flowed(plain)
        cs_cte = "7bit" if is_ascii(plain) else "8bit"
        ph, body = leaf("text/plain; charset=UTF-8; format=flowed", plain, "utf-8", cte=cs_cte)
        mid = "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), a.split("@")[1])
        hdr = ["Message-ID: " + mid, date_h, "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
               "Content-Language: en-US", "To: " + to_disp] + irt + [from_h, subj_h] + ph
    elif prog == "xfinity":
        plain = text
        htm_inner = html_of(text, "ox")
        if q is not None:
            att = attrib("ox", q, lang, a)
            plain = text.rstrip("\n") + "\n\n> " + att + "\n> \n>  \n" + q_gt(q["text"]) + "\n"
            htm_inner += '\n  <blockquote type="cite">\n   %s\n   <br>\n   %s\n  </blockquote>' % (esc(att), bq(q["text"]))
        htm = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n%s\n </body>\n</html>\n' % htm_inner)
        p1 = leaf("text/plain; charset=UTF-8", plain, "utf-8", cte="auto")
        p2 = leaf("text/html; charset=UTF-8", htm, "utf-8", cte="auto")
        bnd = "----=_Part_%d_%d.%d" % (R.randint(10 ** 5, 10 ** 6), R.randint(10 ** 9, 2 * 10 ** 9), epoch(when) * 1000 + R.randint(0, 999))
        ct, body = multipart("alternative", bnd, [p1, p2], fold=True)
        mid = "<%d.%d.%d@connect.xfinity.com>" % (R.randint(10 ** 8, 2 * 10 ** 9), R.randint(10 ** 5, 10 ** 6), epoch(when) * 1000 + R.randint(0, 999))
        hdr = ["Date: %s (CST)" % fdate(when), from_h, "To: " + to_disp, "Message-ID: " + mid] + irt + [
            subj_h, "MIME-Version: 1.0"] + ct + ["X-Priority: 3", "Importance: Normal",
                                                 "X-Mailer: Open-Xchange Mailer v7.10.6-Rev74",
                                                 "X-Originating-Client: open-xchange-appsuite"]
    elif prog == "zimbra":
        htm = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
               '%s</div></body></html>\n' % html_of(text, "zimbra"))
        p1 = leaf("text/plain; charset=utf-8", text, "utf-8", cte="7bit")
        p2 = leaf("text/html; charset=utf-8", htm, "utf-8", cte="7bit")
        ct, body = multipart("alternative", "=_%s" % uid().lower(), [p1, p2], fold=True)
        mid = "<%d.%d.%d.JavaMail.zimbra@mchsi.com>" % (R.randint(10 ** 9, 2 * 10 ** 9), R.randint(10 ** 6, 10 ** 7), epoch(when) * 1000 + R.randint(0, 999))
        hdr = ["Date: %s (CST)" % fdate(when), from_h, "To: " + to_disp, "Message-ID: " + mid, subj_h,
               "MIME-Version: 1.0"] + ct + ["X-Originating-IP: [173.22.%d.%d]" % (R.randint(1, 250), R.randint(1, 250)),
                                            "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC131 (Win)/9.0.0_ZEXTRAS_20240927)",
                                            "Thread-Index: %s" % rs(28, B64), "Thread-Topic: " + subj]
    elif prog == "roundcube":
        plain = wrap_flowed(text)
        ph, body = leaf("text/plain; charset=US-ASCII;\n format=flowed", plain, "us-ascii", cte="7bit")
        mid = "<%s@windstream.net>" % hx(32)
        hdr = ["MIME-Version: 1.0", date_h, from_h, "To: " + to_disp, subj_h, "Message-ID: " + mid,
               "X-Sender: " + a, "User-Agent: Roundcube Webmail/1.6.10"] + ph
    elif prog == "samsung":
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
               '%s<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
               '<div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div></body></html>' % html_of(text, "samsung"))
        plain = text.rstrip("\n") + "\n\n\n\nSent from my Galaxy\n"
        p1 = leaf("text/plain; charset=utf-8", plain, "utf-8", cte="base64")
        p2 = leaf("text/html; charset=utf-8", htm, "utf-8", cte="base64")
        ct, body = multipart("alternative", "--_com.samsung.android.email_%d" % (epoch(when) * 10 ** 6 + R.randint(0, 999999)), [p1, p2])
        mid = "<%s@email.android.com>" % rs(20, "abcdefghijklmnopqrstuvwxyz0123456789")
        hdr = [date_h, "Message-ID: " + mid, from_h, "To: " + to_disp, subj_h, "MIME-Version: 1.0"] + ct + \
            ["Importance: normal", "X-Priority: 3"]
    else:
        raise ValueError(prog)
    if sp.get("reply_to"):
        hdr.append("Reply-To: " + sp["reply_to"])
    for extra in sp.get("extra_headers", []):
        hdr.append(extra)
    return env_from, src, auth, plines + hdr, body


