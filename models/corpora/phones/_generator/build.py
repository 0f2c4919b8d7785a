#!/usr/bin/env python3
"""Generator for the 'phones' set: rebuilds every .eml, manifest.jsonl, index.tsv and README.md.

Python 3 stdlib only.  Everything random is drawn from random.Random seeded with a
fixed string per message ("phones:<spec key>"), so every run writes identical bytes.
Run:  python3 _generator/build.py   (from the set folder or anywhere)
"""
import base64
import datetime as dtm
import hashlib
import html
import json
import quopri
import random
from email.utils import formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

UTC = dtm.timezone.utc
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DOW_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
DIA = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]

B64CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rng_for(key):
    return random.Random("phones:" + key)


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars=ALNUM):
    return "".join(rng.choice(chars) for _ in range(n))


def b64junk(rng, n):
    return "".join(rng.choice(B64CHARS) for _ in range(n))


def uuid_up(rng):
    h = hexs(rng, 32, upper=True)
    v = rng.choice("89AB")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{v}{h[17:20]}-{h[20:]}"


def h10(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:10]


def wrap_tokens(s, width=70, indent="\t"):
    """Fold a long opaque token (DKIM b=) into several continuation lines."""
    out = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(out)


# --------------------------------------------------------------------- time
def _us_offset(naive_local, std):
    """US DST rules for the set's period (DST ends 2026-11-01, starts 2027-03-14)."""
    dst = naive_local < dtm.datetime(2026, 11, 1, 2, 0) or naive_local >= dtm.datetime(2027, 3, 14, 2, 0)
    return std + 1 if dst else std


ZONE_STD = {"C": -6, "E": -5, "M": -7, "P": -8}


def tzh(h):
    return dtm.timezone(dtm.timedelta(hours=h))


def local(s, zone, rng, sec=None):
    naive = dtm.datetime.strptime(s, "%Y-%m-%d %H:%M")
    if zone == "AZ":
        off = -7
    else:
        off = _us_offset(naive, ZONE_STD[zone])
    if sec is None:
        sec = rng.randint(0, 59)
    return naive.replace(second=sec, tzinfo=tzh(off))


def in_zone(d, zone):
    """Express an aware datetime in a US zone, with the right DST offset."""
    u = d.astimezone(UTC).replace(tzinfo=None)
    if zone == "AZ":
        return d.astimezone(tzh(-7))
    std = ZONE_STD[zone]
    # DST ends 2026-11-01 02:00 local daylight time, starts 2027-03-14 02:00 local standard time
    end = dtm.datetime(2026, 11, 1, 2, 0) - dtm.timedelta(hours=std + 1)
    start = dtm.datetime(2027, 3, 14, 2, 0) - dtm.timedelta(hours=std)
    off = std + 1 if (u < end or u >= start) else std
    return d.astimezone(tzh(off))


def central(d):
    return in_zone(d, "C")


def _off(d):
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def _abbr(d):
    return {"-0500": "CDT", "-0600": "CST", "-0400": "EDT", "-0700": "MST", "-0800": "PST",
            "+0000": "UTC"}.get(_off(d), "")


def rfc_date(d, pad=False, comment=None):
    day = f"{d.day:02d}" if pad else str(d.day)
    s = f"{DOW[d.weekday()]}, {day} {MON[d.month - 1]} {d.year} {d:%H:%M:%S} {_off(d)}"
    if comment:
        s += f" ({comment})"
    return s


def postfix_date(d):
    d = central(d)
    return f"{DOW[d.weekday()]}, {d.day:>2} {MON[d.month - 1]} {d.year} {d:%H:%M:%S} {_off(d)} ({_abbr(d)})"


def pacific(d):
    return in_zone(d, "P")


def pac_abbr(d):
    return "PDT" if _off(d) == "-0700" else "PST"


def utc(d):
    return d.astimezone(UTC)


def h12(d):
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


def ampm_es(d, dots=True):
    if dots:
        return "a. m." if d.hour < 12 else "p. m."
    return "a.m." if d.hour < 12 else "p.m."


# ------------------------------------------------------------------ encoding
def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.encodebytes(s).decode("ascii")


def needs_qp(s):
    return (not s.isascii()) or any(len(line) > 76 for line in s.split("\n")) \
        or any(line.endswith(" ") for line in s.split("\n"))


def addr(name, address):
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


def enc_subject(s):
    if s.isascii():
        return s
    from email.header import Header
    return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode(linesep="\n")


def esc(s):
    return html.escape(s, quote=False)


def esc_lines(s, sep="<br>"):
    return sep.join(esc(x) for x in s.split("\n"))


def text_to_html(t):
    paras = [p for p in t.split("\n\n")]
    body = "".join("<p style=\"margin:0 0 12px 0\">" + esc_lines(p) + "</p>" for p in paras)
    return ("<div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222\">"
            + body + "</div>")


def part(ctype, cte, payload, extra=()):
    lines = [f"Content-Type: {ctype}"]
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    lines.extend(extra)
    if not payload.endswith("\n"):
        payload += "\n"
    return "\n".join(lines) + "\n\n" + payload


def multipart(boundary, parts, preamble=None):
    out = ""
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n" + p + "\n"
    out += f"--{boundary}--\n"
    return out


def crlf(s):
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not s.endswith("\n"):
        s += "\n"
    return s.replace("\n", "\r\n").encode("utf-8")


# =========================================================================
# Our own outgoing mail (it turns up quoted under replies, bounced, or
# auto-answered).  Each factory returns the message as the customer got it.
# =========================================================================
CC_ADDR = "customercare@alliant-energy.com"
PH_ADDR = "powerhousecatalog@alliant-energy.com"
BOX_TO = {"customercare": ("Alliant Energy Customer Care", CC_ADDR),
          "powerhousecatalog": ("PowerHouse Catalog", PH_ADDR)}

FOOT_HQ = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"


def _o(**kw):
    kw.setdefault("reply_to", None)
    kw["html"] = text_to_html(kw["text"])
    return kw


def o_tstat(name, rcpt, p):
    d = dtm.datetime(2026, 10, 20, 10, 2, 0, tzinfo=tzh(-5))
    text = (
        "Get $75 back on a smart thermostat\n\n"
        "Cold mornings are on the way. Install a qualifying ENERGY STAR smart\n"
        "thermostat by December 31, 2026 and we'll put $75 back on your Alliant\n"
        "Energy bill.\n\n"
        "* Shop qualifying models: alliantenergy.com/thermostat\n"
        "* Rebate arrives as a bill credit in 6 to 8 weeks\n"
        "* Pair it with Peak Time Rewards and earn more this winter\n\n"
        "Questions? Call us at 1-800-555-0142, Monday to Friday, 7 a.m. to 6 p.m.\n\n"
        "--\n"
        "You're receiving this e-mail because you are an Alliant Energy customer.\n"
        "To opt out of marketing e-mails, reply with the word UNSUBSCRIBE or visit\n"
        "alliantenergy.com/preferences. Bills, outage alerts and other service\n"
        "messages are not affected.\n"
        f"{FOOT_HQ}\n"
        "Ref: AE-2610-TSTAT")
    return _o(key="TSTAT", from_name="Alliant Energy", from_addr=CC_ADDR,
              subject="Winter's coming: get $75 back on a smart thermostat", date=d,
              msgid=f"<AE-2610-TSTAT.{h10(rcpt)}@mail.alliant-energy.com>", text=text, to=rcpt)


def _catalog_text(cust, spring):
    if spring:
        head = ("Spring Preview\n\n"
                "Get a head start on the garden and the power bill. New this season:\n\n"
                "* Seed-starting LED grow light, 2 ft ..... $39.95\n"
                "* Smart plug with energy meter, 4-pack .. $44.99\n"
                "* Solar path lights, set of 6 ........... $29.96\n\n"
                "Free shipping on orders over $50 through March 15 with code SPRING50.\n"
                "Order at powerhousecatalog.com or call 1-800-555-0177.")
        ref = "PH-2702-SPR"
    else:
        head = ("The PowerHouse Holiday Catalog is here!\n\n"
                "Your printed copy is on its way. Shop early and save 20% on LED string\n"
                "lights, timers and smart plugs with code GLOW20 through November 30.\n\n"
                "* LED icicle lights, 150 ct ........ $23.96\n"
                "* Outdoor smart plug, 2-pack ....... $27.99\n"
                "* Heated throw, plush sherpa ....... $49.95\n\n"
                "Order at powerhousecatalog.com or call 1-800-555-0177.")
        ref = "PH-2611-HOL"
    return (f"Customer no. {cust}\n\n" + head + "\n\n--\n"
            "PowerHouse Catalog is a service of Alliant Energy. From time to time we\n"
            "share our customer mailing list with other carefully selected catalog\n"
            "companies. If you prefer that we not share your name and address, reply\n"
            "to this e-mail or write to powerhousecatalog@alliant-energy.com. We never\n"
            "share e-mail addresses.\n"
            "To unsubscribe from catalog e-mails, reply UNSUBSCRIBE.\n"
            f"PowerHouse Catalog, PO Box 77, Cedar Rapids, IA 52406   Ref: {ref}")


def _cust(rcpt):
    h = int(hashlib.sha1(("cust" + rcpt).encode()).hexdigest(), 16)
    return f"40-{h % 900 + 100:03d}-{(h // 1000) % 9000 + 1000:04d}"


def o_holcat(name, rcpt, p):
    d = dtm.datetime(2026, 11, 10, 9, 30, 0, tzinfo=tzh(-6))
    return _o(key="HOLCAT", from_name="PowerHouse Catalog", from_addr=PH_ADDR,
              subject="The PowerHouse Holiday Catalog is here: 20% off LED lights", date=d,
              msgid=f"<PH-2611-HOL.{h10(rcpt)}@mail.alliant-energy.com>",
              text=_catalog_text(p.get("cust") or _cust(rcpt), False), to=rcpt)


def o_sprcat(name, rcpt, p):
    d = dtm.datetime(2027, 2, 9, 9, 30, 0, tzinfo=tzh(-6))
    return _o(key="SPRCAT", from_name="PowerHouse Catalog", from_addr=PH_ADDR,
              subject="Spring Preview: new smart plugs, grow lights & more", date=d,
              msgid=f"<PH-2702-SPR.{h10(rcpt)}@mail.alliant-energy.com>",
              text=_catalog_text(p.get("cust") or _cust(rcpt), True), to=rcpt)


def o_nljan(name, rcpt, p):
    d = dtm.datetime(2027, 1, 5, 9, 14, 0, tzinfo=tzh(-6))
    text = ("Home Comfort Tips - January 2027\n\n"
            "1. Seal the drafts. A $10 tube of caulk around windows can cut heat\n"
            "   loss by up to 10 percent.\n"
            "2. Reverse your ceiling fans. Clockwise at low speed pushes warm air\n"
            "   back down.\n"
            "3. Keep vents clear. Furniture over a register makes your furnace work\n"
            "   harder.\n\n"
            "New this month: free Home Energy Assessments are back. Book yours at\n"
            "alliantenergy.com/assessment.\n\n"
            "--\n"
            "Manage your preferences or unsubscribe: alliantenergy.com/preferences\n"
            f"{FOOT_HQ}")
    return _o(key="NLJAN", from_name="Alliant Energy", from_addr=CC_ADDR,
              subject="Home Comfort Tips: January 2027", date=d,
              msgid=f"<AE-NL-2701.{h10(rcpt)}@mail.alliant-energy.com>", text=text, to=rcpt)


def o_assess(name, rcpt, p):
    d = dtm.datetime(2027, 2, 2, 8, 30, 0, tzinfo=tzh(-6))
    text = ("Is your home losing heat?\n\n"
            "A certified energy advisor will visit, check your insulation, air\n"
            "leaks and furnace, and leave you with a free efficiency kit (LED bulbs,\n"
            "weatherstripping and a low-flow shower head).\n\n"
            "Free for Alliant Energy residential customers. Book by February 26 at\n"
            "alliantenergy.com/assessment or call 1-800-555-0142.\n\n"
            "--\n"
            "Unsubscribe / opt out of marketing e-mails: alliantenergy.com/preferences\n"
            "or reply UNSUBSCRIBE.\n"
            f"{FOOT_HQ}")
    return _o(key="ASSESS", from_name="Alliant Energy", from_addr=CC_ADDR,
              subject="Free Home Energy Assessment: book by February 26", date=d,
              msgid=f"<AE-2702-HEA.{h10(rcpt)}@mail.alliant-energy.com>", text=text, to=rcpt)


def o_bill(name, rcpt, p):
    y, m, dd = p["date"]
    d = dtm.datetime(y, m, dd, 6, 5, 0, tzinfo=tzh(-6))
    text = ("Your bill is ready\n\n"
            f"Account ending in {p['last4']}\n"
            f"Amount due: ${p['amt']}\n"
            f"Due date: {p['due']}\n\n"
            "View and pay your bill at alliantenergy.com/pay or in the Alliant\n"
            "Energy app.\n\n"
            "This is a service message about your account. We send it even if you\n"
            "have opted out of marketing e-mails.\n"
            f"{FOOT_HQ}")
    return _o(key="BILL", from_name="Alliant Energy", from_addr="noreply@alliantenergy.com",
              reply_to=("Alliant Energy Customer Care", CC_ADDR),
              subject="Your Alliant Energy bill is ready", date=d,
              msgid=f"<bill.{y}{m:02d}.{h10(rcpt)}@notify.alliantenergy.com>", text=text, to=rcpt)


def o_payrem(name, rcpt, p):
    d = dtm.datetime(2027, 1, 8, 7, 0, 0, tzinfo=tzh(-6))
    text = ("Payment reminder\n\n"
            f"This is a friendly reminder that ${p['amt']} is due on January 12, 2027\n"
            f"for your account ending in {p['last4']}.\n\n"
            "If you have already paid, thank you. Please disregard this message.\n"
            "Pay at alliantenergy.com/pay or call 1-800-555-0142.\n\n"
            "This is a service message about your account.\n"
            f"{FOOT_HQ}")
    return _o(key="PAYREM", from_name="Alliant Energy", from_addr="noreply@alliantenergy.com",
              reply_to=("Alliant Energy Customer Care", CC_ADDR),
              subject="Reminder: your payment is due January 12", date=d,
              msgid=f"<payrem.202701.{h10(rcpt)}@notify.alliantenergy.com>", text=text, to=rcpt)


def o_outage(name, rcpt, p):
    d = p["at"]
    if p.get("restored"):
        subject = "Power restored near you"
        text = ("Good news: power has been restored.\n\n"
                f"Outage near: {p['street']}\n"
                f"Restored at: {p['eta']}\n\n"
                "If your lights are still out, check your breakers, then report it at\n"
                "alliantenergy.com/outages or 1-800-555-0119.\n\n"
                "You receive these alerts because you signed up for outage\n"
                "notifications. Manage alerts at alliantenergy.com/alerts.")
    else:
        subject = "Outage alert: we're working to restore your power"
        text = ("We know your power is out.\n\n"
                f"Outage near: {p['street']}\n"
                f"Customers affected: {p['n']}\n"
                f"Cause: {p['cause']}\n"
                f"Estimated restoration: {p['eta']}\n\n"
                "Crews are working safely to restore power. Stay at least 35 feet away\n"
                "from downed lines and report them at 1-800-555-0119.\n\n"
                "You receive these alerts because you signed up for outage\n"
                "notifications. Manage alerts at alliantenergy.com/alerts.")
    return _o(key="OUTAGE", from_name="Alliant Energy Outage Alerts", from_addr="alerts@alliantenergy.com",
              reply_to=("Alliant Energy Customer Care", CC_ADDR), subject=subject, date=d,
              msgid=f"<outage.{d:%Y%m%d%H%M}.{h10(rcpt)}@notify.alliantenergy.com>", text=text, to=rcpt)


def o_ack(name, rcpt, p):
    d = p["at"]
    cc = p["cc"]
    dc = central(d)
    text = ("Hello,\n\n"
            "Thank you for writing to Alliant Energy. We received your message on\n"
            f"{MON_LONG[dc.month - 1]} {dc.day}, {dc.year} and logged it as {cc}.\n\n"
            "If you asked us to stop marketing mail or e-mail, or not to share your\n"
            "name with other catalog companies, we will update our records within\n"
            "10 business days. Mailings that are already printed may still reach you.\n\n"
            "If your message needs an answer, a member of our Customer Care team will\n"
            "reply within 3 business days.\n\n"
            "Alliant Energy Customer Care\n"
            "This is an automated acknowledgement.")
    return _o(key="ACK", from_name="Alliant Energy Customer Care", from_addr=CC_ADDR,
              subject=f"We received your request [{cc}]", date=d,
              msgid=f"<ack.{cc}@alliant-energy.com>", text=text, to=rcpt,
              first=f"<{p['first']}>")


ORIGS = {"TSTAT": o_tstat, "HOLCAT": o_holcat, "SPRCAT": o_sprcat, "NLJAN": o_nljan,
         "ASSESS": o_assess, "BILL": o_bill, "PAYREM": o_payrem, "OUTAGE": o_outage, "ACK": o_ack}

LIST_UNSUB = {
    "TSTAT": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-2610-TSTAT>",
    "HOLCAT": "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2611-HOL>",
    "SPRCAT": "<mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2702-SPR>",
    "NLJAN": ("<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-NL-2701"
              "&body=Please%20remove%20me%20from%20Home%20Comfort%20Tips>"),
    "ASSESS": "<mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-2702-HEA>",
}


def orig_headers_block(o, envelope):
    """Our original message's header block, as it appears in a bounce."""
    lines = [f"Return-Path: <{envelope}>",
             f"Received: from app02.alliant-energy.com (app02.alliant-energy.com [10.40.5.32])",
             f"\tby out1.alliant-energy.com (Postfix) with ESMTP id {_qid_from(o['msgid'])}",
             f"\tfor <{o['to']}>; {postfix_date(o['date'])}",
             f"From: {addr(o['from_name'], o['from_addr'])}",
             f"To: {o['to']}",
             f"Subject: {o['subject']}",
             f"Date: {rfc_date(central(o['date']))}",
             f"Message-ID: {o['msgid']}"]
    if o.get("reply_to"):
        lines.append(f"Reply-To: {addr(*o['reply_to'])}")
    if o["key"] in LIST_UNSUB:
        lines.append(f"List-Unsubscribe: {LIST_UNSUB[o['key']]}")
    if o["key"] == "ACK":
        lines.append(f"In-Reply-To: {o['first']}")
        lines.append("Auto-Submitted: auto-replied")
    lines.append("MIME-Version: 1.0")
    if o["key"] in LIST_UNSUB:
        lines.append(f"Content-Type: multipart/alternative; boundary=\"=_ae_{h10(o['msgid'])}\"")
    else:
        lines += ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"]
    return "\n".join(lines)


def _qid_from(s):
    h = int(hashlib.sha1(s.encode()).hexdigest(), 16)
    abc = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    out = ""
    for _ in range(13):
        h, r = divmod(h, len(abc))
        out += abc[r]
    return "4Y" + out


# =========================================================================
# Arrival at Alliant: mx1/mx2 (Postfix) -> mbx01, plus each provider's own
# trace and signature headers.
# =========================================================================
def postfix_qid(rng):
    return "4" + alnum(rng, 1, "XYZ") + alnum(rng, 13, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def inbound(rng, rcpt, env_from, helo, ip, sent, auth, tls=True, rdns=None):
    mx = rng.choice(["mx1", "mx2"])
    mxip = "10.40.2.11" if mx == "mx1" else "10.40.2.12"
    t_mx = sent + dtm.timedelta(seconds=rng.randint(2, 24))
    t_mb = t_mx + dtm.timedelta(seconds=1)
    q1, q2 = postfix_qid(rng), postfix_qid(rng)
    auth = [a.replace("@MX@", mx) for a in auth]
    tls_lines = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                 "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                 "\t(No client certificate requested)\n") if tls else ""
    h = [f"Return-Path: <{env_from}>",
         f"Delivered-To: {rcpt}",
         f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{mxip}])\n"
         f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {q2}\n"
         f"\tfor <{rcpt}>; {postfix_date(t_mb)}",
         f"Authentication-Results: {mx}.alliant-energy.com;\n\t" + ";\n\t".join(auth),
         f"Received: from {helo} ({rdns or helo} [{ip}])\n" + tls_lines +
         f"\tby {mx}.alliant-energy.com (Postfix) with ESMTP{'S' if tls else ''} id {q1}\n"
         f"\tfor <{rcpt}>; {postfix_date(t_mx)}"]
    return h, t_mx


def _dkim_auth(d, sel, b, addr_from, ip, dmarc_dom, policy, bits=2048):
    return [f"dkim=pass ({bits}-bit key; unprotected) header.d={d} header.i=@{d} "
            f"header.a=rsa-sha256 header.s={sel} header.b=\"{b[:8]}\"",
            f"spf=pass (@MX@.alliant-energy.com: domain of {addr_from} designates {ip} as permitted sender) "
            f"smtp.mailfrom={addr_from}",
            f"dmarc=pass ({policy}) header.from={dmarc_dom}"]


def prov_gmail(rng, a, sent, rcpt, kind="app", client="apple", dkim_d=None):
    """Gmail: kind 'app' (Gmail app/web) or 'smtp' (another client submitting via smtp.gmail.com)."""
    n = rng.choice([41, 42, 43, 44, 45, 46, 47, 48, 49, 65, 66, 67, 68, 69, 73])
    if kind == "app":
        helo, ip = f"mail-sor-f{n}.google.com", f"209.85.220.{n}"
    else:
        pre = rng.choice(["pl1", "pj1", "oi1", "qt1", "yb1"])
        helo, ip = f"mail-{pre}-f{n + 130}.google.com", f"209.85.{rng.choice([160, 161, 210, 214, 219])}.{n + 130}"
    d = dkim_d or "gmail.com"
    t = int(sent.timestamp())
    b = b64junk(rng, 344)
    hs = ("to:subject:message-id:date:from:in-reply-to:references:mime-version" if kind == "app"
          else "to:in-reply-to:references:date:message-id:subject:mime-version:from:content-transfer-encoding")
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s=20230601; t={t}; x={t + 604800}; darn=alliant-energy.com;\n"
            f"        h={hs}\n         :from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={b64junk(rng, 43)}=;\n        b={wrap_tokens(b, 68, '         ')}",
            f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={t}; x={t + 604800};\n"
            f"        h=x-gm-message-state:{hs}\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={b64junk(rng, 43)}=;\n        b={wrap_tokens(b64junk(rng, 344), 68, '         ')}",
            f"X-Gm-Message-State: AOJu0Y{b64junk(rng, 50)}\n\t{b64junk(rng, 40)}",
            f"X-Google-Smtp-Source: AGHT+I{b64junk(rng, 70)}==",
            f"X-Received: by 2002:a05:{hexs(rng, 4)}:{hexs(rng, 4)}:b0:{hexs(rng, 3)}:{hexs(rng, 4)} with SMTP id "
            f"{alnum(rng, 2, 'abcdefghijklmnopqrstuvwxyz')}{rng.randint(10, 99)}-20020a05{hexs(rng, 12)}.{rng.randint(1, 9)}.{t}{rng.randint(100, 999)};\n"
            f"        {rfc_date(pacific(sent), comment=pac_abbr(pacific(sent)))}"]
    if kind == "smtp":
        if client == "apple":
            cname, cip = "smtpclient.apple", f"2600:387:{hexs(rng, 1)}:{hexs(rng, 2)}::{hexs(rng, 2)}"
        else:
            cname = f"[10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}]"
            cip = f"2600:1008:b{hexs(rng, 3)}:{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}"
        hdrs.append(f"Received: from {cname} ([{cip}])\n"
                    f"        by smtp.gmail.com with ESMTPSA id {alnum(rng, 20, 'abcdef0123456789')}.{rng.randint(10, 99)}.2027.01.{rng.randint(10, 99)}\n"
                    f"        for <{rcpt}>\n"
                    f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                    f"        {rfc_date(pacific(sent), comment=pac_abbr(pacific(sent)))}")
    auth = _dkim_auth(d, "20230601", b, a, ip, d, "p=NONE sp=QUARANTINE dis=NONE")
    return dict(helo=helo, ip=ip, env=a, auth=auth, hdrs=hdrs)


def prov_icloud(rng, a, sent, rcpt):
    n = rng.randint(1, 9)
    helo = f"p-west{rng.randint(1, 3)}-cluster{rng.randint(1, 6)}-host{rng.randint(1, 12)}-snip4-{n}.eps.apple.com"
    ip = f"57.103.{rng.randint(64, 95)}.{rng.randint(2, 250)}"
    t = int(sent.timestamp())
    b = b64junk(rng, 344)
    day = utc(sent).strftime("%Y-%m-%d")
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai;\n\tt={t};\n"
            f"\tbh={b64junk(rng, 43)}=;\n\th=Content-Type:From:Mime-Version:Subject:Date:Message-Id:To;\n"
            f"\tb={wrap_tokens(b, 68, chr(9) + ' ')}",
            f"Received: from smtpclient.apple (mr-asmtp-me-k8s.p00.prod.me.com [17.57.{rng.randint(152, 156)}.{rng.randint(2, 250)}])\n"
            f"\tby p00-icloudmta-asmtp-us-west-{rng.randint(1, 3)}a-{rng.choice([10, 60, 100])}-percent-{rng.randint(1, 12)} (Postfix) with ESMTPSA id {hexs(rng, 12, True)}\n"
            f"\tfor <{rcpt}>; {DOW[utc(sent).weekday()]}, {utc(sent).day:>2} {MON[utc(sent).month - 1]} {utc(sent):%Y %H:%M:%S} +0000 (UTC)",
            f"X-Proofpoint-ORIG-GUID: {alnum(rng, 32)}",
            f"X-Proofpoint-GUID: {alnum(rng, 32)}",
            f"X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1124,Hydra:6.0.680,FMLib:17.12.68.34\n"
            f" definitions={day}_{rng.randint(1, 9):02d},{day}_01,{day}_01 signatures=0",
            f"X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 mlxscore=0 spamscore=0\n"
            f" bulkscore=0 suspectscore=0 phishscore=0 clxscore={rng.randint(1010, 1030)} malwarescore=0 adultscore=0\n"
            f" mlxlogscore={rng.randint(600, 999)} classifier=spam adjust=0 reason=mlx scancount=1\n"
            f" engine=8.19.0-2308100000 definitions=main-{utc(sent):%y%m%d}{rng.randint(1, 9):04d}"]
    auth = _dkim_auth("icloud.com", "1a1hai", b, a, ip, "icloud.com", "p=QUARANTINE sp=QUARANTINE dis=NONE")
    return dict(helo=helo, ip=ip, env=a, auth=auth, hdrs=hdrs)


def _ms_pr(rng):
    pr = rng.choice(["SA1PR", "CH3PR", "DM6PR", "BY5PR", "PH0PR", "MW4PR", "IA1PR"])
    num = rng.randint(10, 20)
    return f"{pr}{num}MB{rng.randint(1000, 9999)}", f"namprd{num:02d}"


def prov_outlook(rng, a, sent, rcpt, tenant=None):
    """outlook.com / hotmail.com consumer mail, or an Exchange Online tenant (tenant=domain)."""
    dom = a.split("@")[1]
    srv, prd = _ms_pr(rng)
    srv2 = _ms_pr(rng)[0][:5] + prd[-2:] + _ms_pr(rng)[0][7:]
    n = rng.randint(2010, 2190)
    if tenant:
        helo = f"NAM{rng.randint(10, 12)}-BN7-obe.outbound.protection.outlook.com"
        ip = f"40.107.{rng.randint(90, 99)}.{rng.randint(10, 250)}"
        rdns = f"mail-bn7nam10on{n}.outbound.protection.outlook.com"
        sel, pol = "selector2", "p=QUARANTINE sp=QUARANTINE dis=NONE"
    else:
        helo = f"NAM{rng.randint(10, 12)}-DM6-obe.outbound.protection.outlook.com"
        ip = f"40.92.{rng.randint(18, 62)}.{rng.randint(10, 250)}"
        rdns = f"mail-dm6nam12olkn{n}.outbound.protection.outlook.com"
        sel, pol = "selector1", "p=NONE sp=QUARANTINE dis=NONE"
    t = utc(sent)
    ts = f"{DOW[t.weekday()]}, {t.day} {MON[t.month - 1]} {t:%Y %H:%M:%S} +0000"
    b = b64junk(rng, 344)
    hdrs = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={wrap_tokens(b64junk(rng, 344), 74, ' ')}",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
            f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
            f" bh={b64junk(rng, 43)}=;\n b={wrap_tokens(b64junk(rng, 344), 74, ' ')}",
            "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};\n s={sel};\n"
            f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
            f" bh={b64junk(rng, 43)}=;\n b={wrap_tokens(b, 74, ' ')}",
            f"Received: from {srv}.{prd}.prod.outlook.com (2603:10b6:{hexs(rng, 3)}:{hexs(rng, 2)}::{hexs(rng, 2)})\n"
            f" by {srv2}.{prd}.prod.outlook.com with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
            f" 15.20.{rng.randint(8200, 8399)}.{rng.randint(5, 30)}; {ts}",
            f"Received: from {srv}.{prd}.prod.outlook.com\n ([fe80::{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}]) by {srv}.{prd}.prod.outlook.com\n"
            f" ([fe80::{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}%{rng.randint(3, 7)}]) with mapi id 15.20.{rng.randint(8200, 8399)}.{rng.randint(5, 30)}; {ts}"]
    auth = _dkim_auth(dom, sel, b, a, ip, dom, pol)
    return dict(helo=f"{helo}", rdns=rdns, ip=ip, env=a, auth=auth, hdrs=hdrs, srv=srv, prd=prd)


def prov_yahoo(rng, a, sent, rcpt):
    dom = a.split("@")[1]
    dc = rng.choice(["ne1", "bf2", "gq1"])
    n = rng.randint(300, 330)
    helo = f"sonic{n}-{rng.randint(1, 30)}.consmr.mail.{dc}.yahoo.com"
    ip = {"ne1": "66.163.190.", "bf2": "74.6.128.", "gq1": "98.137.64."}[dc] + str(rng.randint(10, 250))
    t = int(sent.timestamp())
    sel = "a2048" if dom == "aol.com" else "s2048"
    b = b64junk(rng, 344)
    u = utc(sent)
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel}; t={t}; bh={b64junk(rng, 43)}=;"
            f" h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To;\n b={wrap_tokens(b, 74, ' ')}",
            f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={t};"
            f" bh={b64junk(rng, 43)}=;\n h=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n b={wrap_tokens(b64junk(rng, 344), 74, ' ')}",
            f"X-YMail-OSG: {b64junk(rng, 60).replace('+', '.').replace('/', '_')}\n {b64junk(rng, 70).replace('+', '.').replace('/', '_')}",
            f"X-Sonic-MF: <{a}>",
            f"X-Sonic-ID: {uuid_up(rng).lower()}",
            f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{n}.consmr.mail.{dc}.yahoo.com with HTTP;"
            f" {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000"]
    auth = _dkim_auth(dom, sel, b, a, ip, dom, "p=REJECT sp=REJECT dis=NONE")
    return dict(helo=helo, ip=ip, env=a, auth=auth, hdrs=hdrs)


def prov_comcast(rng, a, sent, rcpt):
    n = rng.randint(20000, 29999)
    helo = f"resdmta-a1p-{n:06d}.sys.comcast.net"
    ip = f"96.102.{rng.randint(18, 200)}.{rng.randint(10, 250)}"
    b = b64junk(rng, 344)
    t = int(sent.timestamp())
    ts = rfc_date(utc(sent), pad=False)
    hdrs = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=comcast.net;\n\ts=20190202a; t={t};\n"
            f"\tbh={b64junk(rng, 43)}=;\n\th=Received:Received:Date:Subject:Message-ID:From:To:MIME-Version:\n\t Content-Type;\n"
            f"\tb={wrap_tokens(b, 68, chr(9) + ' ')}",
            f"Received: from resomta-a1p-{n + 11:06d}.sys.comcast.net ([96.103.{rng.randint(144, 150)}.{rng.randint(10, 250)}])\n"
            f"\tby resdmta-a1p-{n:06d}.sys.comcast.net with ESMTPS\n\tid {alnum(rng, 12)}; {ts}",
            f"Received: from [10.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}] ([174.{rng.randint(192, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}])\n"
            f"\tby resomta-a1p-{n + 11:06d}.sys.comcast.net with ESMTPSA\n\tid {alnum(rng, 12)}; {ts}",
            f"X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefuddr{alnum(rng, 24, 'abcdefghijklmnopqrstuvwxyz')}",
            f"X-Xfinity-VMeta: sc=-100.00;st=legit"]
    auth = _dkim_auth("comcast.net", "20190202a", b, a, ip, "comcast.net", "p=NONE sp=NONE dis=NONE")
    return dict(helo=helo, ip=ip, env=a, auth=auth, hdrs=hdrs)


def prov_smallhost(rng, a, sent, rcpt, host, ip):
    """A small ISP / hosting mail server with SPF only."""
    return dict(helo=host, ip=ip, env=a,
                auth=["dkim=none", f"spf=pass (@MX@.alliant-energy.com: domain of {a} designates {ip} as permitted sender) smtp.mailfrom={a}",
                      f"dmarc=none (p=NONE dis=NONE) header.from={a.split('@')[1]}"],
                hdrs=[])


def provider(rng, prov, a, sent, rcpt, **kw):
    if prov == "gmail":
        return prov_gmail(rng, a, sent, rcpt, kind=kw.get("kind", "app"), client=kw.get("client", "apple"))
    if prov == "icloud":
        return prov_icloud(rng, a, sent, rcpt)
    if prov == "outlook":
        return prov_outlook(rng, a, sent, rcpt)
    if prov.startswith("exo:"):
        return prov_outlook(rng, a, sent, rcpt, tenant=prov[4:])
    if prov in ("yahoo", "aol"):
        return prov_yahoo(rng, a, sent, rcpt)
    if prov == "comcast":
        return prov_comcast(rng, a, sent, rcpt)
    raise ValueError(prov)


# =========================================================================
# Mail programs on phones: attribution lines, signatures, MIME layout.
# =========================================================================
SIGS = {
    ("iphone", "en"): "Sent from my iPhone", ("iphone", "es"): "Enviado desde mi iPhone",
    ("ipad", "en"): "Sent from my iPad",
    ("outlook_android", "en"): "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    ("outlook_ios", "en"): "Get Outlook for iOS<https://aka.ms/o0ukef>",
    ("samsung", "en"): "Sent from my Galaxy", ("samsung", "es"): "Enviado desde mi Galaxy",
    ("yahoo_ios", "en"): "Sent from Yahoo Mail for iPhone", ("yahoo_ios", "es"): "Enviado desde Yahoo Mail para iPhone",
    ("yahoo_android", "en"): "Sent from Yahoo Mail on Android", ("yahoo_android", "es"): "Enviado desde Yahoo Mail en Android",
    ("aol_ios", "en"): "Sent from the all new AOL app for iOS",
}
SIG_LINKS = {
    "outlook_android": ("https://aka.ms/AAb9ysg", "Get ", "Outlook for Android"),
    "outlook_ios": ("https://aka.ms/o0ukef", "Get ", "Outlook for iOS"),
    "yahoo_ios": ("https://mail.onelink.me/107872968?pid=nativeplacement&c=Global_Acquisition_YMktg_315_Internal_EmailSignature&af_sub1=Acquisition&af_sub2=Global_YMktg&af_sub3=&af_sub4=100000604&af_sub5=EmailSignature__Static_", "", None),
    "yahoo_android": ("https://go.onelink.me/107872968?pid=InProduct&c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&af_wl=ym&af_sub1=Internal&af_sub2=Global_YGrowth&af_sub3=EmailSignature", "", None),
}
PROGRAM_NAMES = {
    "iphone": "iPhone Mail", "ipad": "iPad Mail", "gmail_android": "Gmail app (Android)",
    "gmail_ios": "Gmail app (iOS)", "outlook_android": "Outlook for Android", "outlook_ios": "Outlook for iOS",
    "samsung": "Samsung Email", "yahoo_ios": "Yahoo Mail app (iOS)", "yahoo_android": "Yahoo Mail app (Android)",
    "aol_ios": "AOL app (iOS)",
}


def attribution(prog, ui, o, zone, mailed):
    d = in_zone(o["date"], zone)
    h, ap = h12(d)
    nm, ad = o["from_name"], o["from_addr"]
    if prog.startswith("gmail"):
        if ui == "es":
            return f"El {DIA3[d.weekday()]}, {d.day} {MES3[d.month - 1]} {d.year}, {h}:{d:%M} {ampm_es(d, False)}, {nm} <{ad}> escribió:"
        if prog == "gmail_ios":
            return f"On {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} at {h}:{d:%M} {ap} {nm} <{ad}> wrote:"
        return f"On {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year}, {h}:{d:%M} {ap} {nm} <{ad}> wrote:"
    if prog in ("iphone", "ipad"):
        if ui == "es":
            return f"El {d.day} {MES3[d.month - 1]} {d.year}, a las {h}:{d:%M} {ampm_es(d, False)}, {nm} <{ad}> escribió:"
        return f"On {MON[d.month - 1]} {d.day}, {d.year}, at {h}:{d:%M} {ap}, {nm} <{ad}> wrote:"
    if prog.startswith("outlook"):
        return (f"From: {nm} <{ad}>\nSent: {DOW_LONG[d.weekday()]}, {MON_LONG[d.month - 1]} {d.day}, {d.year} "
                f"{h}:{d:%M:%S} {ap}\nTo: {mailed} <{mailed}>\nSubject: {o['subject']}")
    if prog == "samsung":
        gmt = _off(d)
        gmt = f"GMT{gmt[:3]}:{gmt[3:]}"
        if ui == "es":
            return (f"-------- Mensaje original --------\nDe: {nm} <{ad}> \nFecha: {d.day}/{d.month}/{d:%y} "
                    f"{h}:{d:%M} {ampm_es(d)} ({gmt}) \nA: {mailed} \nAsunto: {o['subject']} ")
        return (f"-------- Original message --------\nFrom: {nm} <{ad}> \nDate: {d.month}/{d.day}/{d:%y} "
                f"{h}:{d:%M} {ap} ({gmt}) \nTo: {mailed} \nSubject: {o['subject']} ")
    if prog.startswith("yahoo"):
        if ui == "es":
            return (f"El {DIA[d.weekday()]}, {d.day} de {MES[d.month - 1]} de {d.year}, {h}:{d:%M} {ampm_es(d)}, "
                    f"{nm} <{ad}> escribió:")
        return f"On {DOW_LONG[d.weekday()]}, {MON_LONG[d.month - 1]} {d.day}, {d.year}, {h}:{d:%M} {ap}, {nm} <{ad}> wrote:"
    if prog == "aol_ios":
        return (f"-----Original Message-----\nFrom: {nm} <{ad}>\nTo: {mailed}\n"
                f"Sent: {DOW[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} {h}:{d:%M} {ap.lower()}\nSubject: {o['subject']}")
    raise ValueError(prog)


def _gmail_msgid(rng):
    return f"<CA{alnum(rng, 1, 'BDEFGHJKLMN')}{b64junk(rng, 44).replace('/', '_').replace('+', '-')}@mail.gmail.com>"


def _ctype_text(s, cs_quoted=True):
    ascii_ok = s.isascii()
    cs = "us-ascii" if ascii_ok else "utf-8"
    return cs


def compose(s, rng, sent, o):
    """Return (client header lines, MIME body) for a person's message on a phone."""
    prog = s["prog"]
    ui = s.get("ui") or ("es" if s["lang"] == "es" else "en")
    name, a = s["who"][0], s["who"][1]
    zone = s.get("zone", "C")
    new = s["text"]
    sig = s["sig"] if "sig" in s else SIGS.get((prog, ui), SIGS.get((prog, "en")))
    mailed = s.get("mailed_to", a)
    to_name, to_addr = s["to"]
    subject = s["subject"]
    refs = []
    if o:
        refs = [o["first"], o["msgid"]] if o.get("first") else [o["msgid"]]
    attr = attribution(prog, ui, o, zone, mailed) if o else None
    otext = o["text"] if o else ""
    ohtml = o["html"] if o else ""
    H = []   # client headers
    from_h = addr(name, a)
    to_h = addr(to_name, to_addr)
    subj_h = enc_subject(subject)
    refs_h = "\n ".join(refs)

    # ---------------------------------------------------------------- Gmail
    if prog.startswith("gmail"):
        plain = new
        if o:
            q = "\n".join(("> " + ln) if ln else ">" for ln in otext.split("\n"))
            plain += "\n\n" + attr + "\n\n" + q
        hnew = "<div dir=\"auto\">" + esc_lines(new, "<div dir=\"auto\"><br></div>" if False else "<br>") + "</div>"
        hq = ""
        if o:
            hq = ("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                  + esc(attr) + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;"
                  "border-left:1px #ccc solid;padding-left:1ex\">" + ohtml + "</blockquote></div>")
        htmlp = hnew + hq
        bnd = "000000000000" + hexs(rng, 12)
        p1 = part('text/plain; charset="UTF-8"', "quoted-printable" if needs_qp(plain) else None,
                  qp(plain) if needs_qp(plain) else plain)
        p2 = part('text/html; charset="UTF-8"', "quoted-printable", qp(htmlp + "\n"))
        body = multipart(bnd, [p1, p2])
        H += ["MIME-Version: 1.0"]
        if refs:
            H += [f"References: {refs_h}", f"In-Reply-To: {o['msgid']}"]
        H += [f"From: {from_h}", f"Date: {rfc_date(sent)}", f"Message-ID: {_gmail_msgid(rng)}",
              f"Subject: {subj_h}", f"To: {to_h}"]
        if s.get("reply_to"):
            H.append(f"Reply-To: {addr(*s['reply_to'])}")
        H.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
        return H, body

    # ------------------------------------------------------------ iPhone Mail
    if prog in ("iphone", "ipad"):
        mid = f"<{uuid_up(rng)}@{a.split('@')[1]}>"
        xm = s.get("xmailer") or ("iPhone Mail (22C152)" if prog == "iphone" else "iPad Mail (22C152)")
        tail = []
        if refs:
            tail += [f"References: {refs_h}", f"In-Reply-To: {o['msgid']}"]
        tail += [f"To: {to_h}"]
        if s.get("reply_to"):
            tail.append(f"Reply-To: {addr(*s['reply_to'])}")
        tail.append(f"X-Mailer: {xm}")
        if not o:
            plain = new + ("\n\n" + sig if sig else "")
            if plain.isascii() and not needs_qp(plain):
                ct, cte, payload = "text/plain;\n\tcharset=us-ascii", "7bit", plain
            else:
                ct, cte, payload = "text/plain;\n\tcharset=utf-8", "quoted-printable", qp(plain)
            H += [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}", f"From: {from_h}",
                  "Mime-Version: 1.0 (1.0)", f"Subject: {subj_h}", f"Date: {rfc_date(sent)}",
                  f"Message-Id: {mid}"] + tail
            return H, payload + ("\n" if not payload.endswith("\n") else "")
        olines = otext.split("\n")
        olines[0] = "\ufeff" + olines[0]
        plain = (new + "\n\n" + (sig + "\n\n" if sig else "") + "> " + attr + "\n> \n"
                 + "\n".join("> " + ln for ln in olines) + "\n")
        hnew = "".join(f"<div dir=\"ltr\">{esc(ln) if ln else '<br>'}</div>" for ln in new.split("\n")) if new else "<div dir=\"ltr\"><br></div>"
        htmlp = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body dir=\"auto\">" + hnew + "<div dir=\"ltr\"><br></div>"
                 + (f"<div dir=\"ltr\">{esc(sig)}</div>" if sig else "")
                 + "<div dir=\"ltr\"><br><blockquote type=\"cite\">" + esc(attr) + "<br><br></blockquote></div>"
                 "<blockquote type=\"cite\"><div dir=\"ltr\">\ufeff" + ohtml + "</div></blockquote></body></html>")
        bnd = "Apple-Mail-" + uuid_up(rng)
        p1 = part("text/plain;\n\tcharset=utf-8", "quoted-printable", qp(plain))
        p2 = part("text/html;\n\tcharset=utf-8", "quoted-printable", qp(htmlp + "\n"))
        body = multipart(bnd, [p1, p2])
        H += [f"Content-Type: multipart/alternative; boundary={bnd}", "Content-Transfer-Encoding: 7bit",
              f"From: {from_h}", "Mime-Version: 1.0 (1.0)", f"Subject: {subj_h}", f"Date: {rfc_date(sent)}",
              f"Message-Id: {mid}"] + tail
        return H, body

    # -------------------------------------------------------------- Outlook
    if prog.startswith("outlook"):
        srv, prd = s["_prov"]["srv"], s["_prov"]["prd"]
        mid = f"<{srv}{hexs(rng, 10, True)}{hexs(rng, 20, True)}@{srv}.{prd}.prod.outlook.com>"
        plain = new + "\n\n" + sig
        link, pre, label = SIG_LINKS[prog]
        hnew = "".join(f"<div dir=\"auto\">{esc(ln) if ln else '<br>'}</div>" for ln in new.split("\n"))
        htmlp = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
                 + hnew + "<div dir=\"auto\"><br></div>\n<div class=\"ms-outlook-mobile-signature\"><div dir=\"ltr\">"
                 + f"{pre}<a href=\"{link}\">{label}</a></div></div>\n")
        if o:
            plain += "\n" + "_" * 32 + "\n" + attr + "\n\n" + otext
            ah = esc(attr).split("\n")
            htmlp += ("<div id=\"mail-editor-reference-message-container\" class=\"ms-outlook-mobile-reference-message skipProofing\">"
                      "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                      "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                      + "<br>\n".join("<b>" + x.split(":", 1)[0] + ":</b>" + x.split(":", 1)[1] for x in ah)
                      + "</font><div>&nbsp;</div></div>\n" + ohtml + "\n</div>\n")
        htmlp += "</body>\n</html>\n"
        bnd = f"_000_{mid[1:].split('@')[0]}_"
        cs = "us-ascii" if plain.isascii() else "utf-8"
        p1 = part(f'text/plain; charset="{cs}"', "quoted-printable", qp(plain + "\n"))
        p2 = part('text/html; charset="utf-8"', "quoted-printable", qp(htmlp))
        body = multipart(bnd, [p1, p2])
        ti = "A" + b64junk(rng, 1 + 4 * rng.randint(4, 6)) + "=="
        H += [f"From: {from_h}", f"To: {to_h}"]
        if s.get("reply_to"):
            H.append(f"Reply-To: {addr(*s['reply_to'])}")
        u = utc(sent)
        H += [f"Subject: {subj_h}", f"Thread-Topic: {enc_subject(subject[4:] if subject.startswith('Re: ') else subject)}",
              f"Thread-Index: {ti}",
              f"Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000",
              f"Message-ID: {mid}"]
        if refs:
            H += [f"References: {refs_h}", f"In-Reply-To: {o['msgid']}"]
        H += ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
              "msip_labels:", "x-ms-publictraffictype: Email",
              f"x-ms-traffictypediagnostic: {srv}:EE_|{_ms_pr(rng)[0]}:EE_",
              f"x-ms-office365-filtering-correlation-id: {uuid_up(rng).lower()}",
              "x-microsoft-antispam: BCL:0;ARA:14566002|15080799006|8060799006|461199028|7092599003|3412199025|440099028|102099032;",
              f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"', "MIME-Version: 1.0"]
        return H, body

    # -------------------------------------------------------- Samsung Email
    if prog == "samsung":
        mid = f"<{alnum(rng, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{hexs(rng, 8)}@email.android.com>"
        plain = new + ("\n\n\n" + sig if sig else "")
        hnew = "".join(f"<div dir=\"auto\">{esc(ln) if ln else '<br>'}</div>" for ln in new.split("\n")) if new else "<div dir=\"auto\"><br></div>"
        htmlp = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
                 + hnew + "<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div>")
        if sig:
            htmlp += ("<div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%;color:#575757\" dir=\"auto\">"
                      + esc(sig) + "</div></div>")
        if o:
            plain += "\n\n\n" + attr + "\n\n" + otext
            htmlp += ("<div dir=\"auto\"><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\">"
                      + "".join(f"<div>{esc(x)}</div>" for x in attr.split("\n")) + "<div><br></div></div>" + ohtml)
        htmlp += "</body></html>"
        H += [f"Date: {rfc_date(sent, pad=True)}", f"Subject: {subj_h}", f"Message-ID: {mid}"]
        if refs:
            H += [f"In-Reply-To: {o['msgid']}", f"References: {refs_h}"]
        H += ["Importance: normal", f"From: {from_h}", f"To: {to_h}"]
        if s.get("reply_to"):
            H.append(f"Reply-To: {addr(*s['reply_to'])}")
        H.append("MIME-Version: 1.0")
        if s.get("html_only"):
            H += ["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"]
            return H, b64(htmlp + "\n")
        bnd = f"--_com.samsung.android.email_{rng.randint(10**13, 10**14 - 1)}{rng.randint(10, 99)}"
        p1 = part("text/plain; charset=utf-8", "base64", b64(plain + "\n"))
        p2 = part("text/html; charset=utf-8", "base64", b64(htmlp + "\n"))
        H.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
        return H, multipart(bnd, [p1, p2])

    # --------------------------------------------------------- Yahoo / AOL
    if prog.startswith("yahoo") or prog == "aol_ios":
        t = int(sent.timestamp() * 1000)
        mid = f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{t}@mail.yahoo.com>"
        plain = new + "\n\n" + sig
        hnew = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(ln) if ln else '<br>'}</div>" for ln in new.split("\n"))
        if prog == "aol_ios":
            hsig = f"<div id=\"ymail_iphone_signature\">{esc(sig)}</div>"
            xm = "WebService/1.1.23187 AolMailIos"
        elif prog == "yahoo_ios":
            hsig = f"<div id=\"ymail_iphone_signature\"> <a href=\"{esc(SIG_LINKS[prog][0])}\">{esc(sig)}</a></div>"
            xm = "WebService/1.1.23187 YahooMailIosMobile"
        else:
            hsig = (f"<div id=\"ymail_android_signature\"><a id=\"ymail_android_signature_link\" href=\"{esc(SIG_LINKS[prog][0])}\">"
                    f"{esc(sig)}</a></div>")
            xm = "WebService/1.1.23187 YMailNorrin"
        htmlp = "<html><head></head><body>" + hnew + "<br>" + hsig
        if o:
            if prog == "aol_ios":
                plain += "\n\n\n" + attr + "\n\n" + otext
                htmlp += ("<br><br><div id=\"aolmail_AOLMsgPart\"><div style=\"font-family:Arial;font-size:10pt\">"
                          + esc_lines(attr) + "</div><br>" + ohtml + "</div>")
            else:
                plain += "\n\n\n  " + attr + "\n\n" + otext
                htmlp += (f"<br><br><div class=\"yahoo_quoted\" id=\"yahoo_quoted_{rng.randint(10**9, 10**10)}\">"
                          "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
                          f"<div>{esc(attr)}</div><div><br></div><div><br></div>" + ohtml + "</div></div>")
        htmlp += "</body></html>"
        bnd = f"----=_Part_{rng.randint(10**6, 10**7)}_{rng.randint(10**8, 10**9)}.{t}"
        p1 = part("text/plain; charset=UTF-8", "quoted-printable", qp(plain + "\n"))
        p2 = part("text/html; charset=UTF-8", "quoted-printable", qp(htmlp + "\n"))
        u = utc(sent)
        H += [f"Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000 (UTC)",
              f"From: {from_h}", f"To: {to_h}"]
        if s.get("reply_to"):
            H.append(f"Reply-To: {addr(*s['reply_to'])}")
        H.append(f"Message-ID: {mid}")
        if refs:
            H += [f"In-Reply-To: {o['msgid']}", f"References: {refs_h}"]
        H += [f"Subject: {subj_h}", "MIME-Version: 1.0",
              f'Content-Type: multipart/alternative; \n\tboundary="{bnd}"', f"X-Mailer: {xm}"]
        return H, multipart(bnd, [p1, p2])
    raise ValueError(prog)


# =========================================================================
# Builders: a person on a phone, a List-Unsubscribe mailto, the web form.
# =========================================================================
def _prov_kwargs(s):
    prog, prov = s["prog"], s["who"][2]
    if prov == "gmail" and prog in ("iphone", "ipad"):
        return {"kind": "smtp", "client": "apple"}
    if prov == "gmail" and prog == "samsung":
        return {"kind": "smtp", "client": "android"}
    return {}


def _target(s, o):
    if o:
        to = o["reply_to"] or (o["from_name"], o["from_addr"])
        subject = s.get("subj") or "Re: " + o["subject"]
    else:
        nm, ad = BOX_TO[s["box"]]
        to = (nm if s.get("to_named") else None, ad)
        subject = s["subj"]
    return to, subject


def _orig_for(s):
    if not s.get("orig"):
        return None
    okey, params = s["orig"]
    return ORIGS[okey](s["who"][0], s.get("mailed_to", s["who"][1]), params)


def build_human(s):
    rng = rng_for(s["k"])
    name, a, prov = s["who"]
    sent = local(s["when"], s.get("zone", "C"), rng)
    o = _orig_for(s)
    if o:
        assert o["date"] < sent, s["k"]
    to, subject = _target(s, o)
    P = provider(rng, prov, a, sent, to[1], **_prov_kwargs(s))
    s2 = dict(s, to=to, subject=subject, _prov=P)
    H, body = compose(s2, rng, sent, o)
    inb, t_mx = inbound(rng, to[1], P["env"], P["helo"], P["ip"], sent, P["auth"], rdns=P.get("rdns"))
    return "\n".join(inb + P["hdrs"] + H) + "\n\n" + body, t_mx, to[1]


def build_unsub(s):
    """A mail client (or an unsubscribe app) answering our List-Unsubscribe mailto: URI."""
    rng = rng_for(s["k"])
    name, a, prov = s["who"]
    sent = local(s["when"], s.get("zone", "C"), rng)
    o = _orig_for(s)
    assert o["date"] < sent
    uri = LIST_UNSUB[o["key"]]
    to_addr = uri[8:].split("?")[0]
    q = uri[:-1].split("?", 1)[1]
    params = dict(x.split("=", 1) for x in q.split("&"))
    subject = params["subject"].replace("%20", " ")
    mbody = params.get("body", "").replace("%20", " ")
    style = s["style"]
    kw = {"kind": "smtp", "client": "apple"} if style == "ios" and prov == "gmail" else {}
    P = provider(rng, prov, a, sent, to_addr, **kw)
    H = []
    if style in ("gmail", "gmail_es", "leanbox"):
        text = {"gmail": "This message was automatically generated by Gmail.",
                "gmail_es": "Gmail generó este mensaje automáticamente.",
                "leanbox": ("Unsubscribe request sent by Leanbox on behalf of " + a + ".\n"
                            "Leanbox found this sender in a weekly inbox cleanup and the user chose\n"
                            "\"Unsubscribe\". Please remove this address from your list.")}[style]
        cte = "quoted-printable" if not text.isascii() else None
        H += ["MIME-Version: 1.0", f"From: {addr(name, a)}", f"Date: {rfc_date(sent)}",
              f"Message-ID: {_gmail_msgid(rng)}", f"Subject: {subject}", f"To: {to_addr}"]
        if style == "leanbox":
            H += ["Auto-Submitted: auto-generated", "X-Mailer: Leanbox/3.8.2 (iOS)"]
        H.append('Content-Type: text/plain; charset="UTF-8"')
        if cte:
            H.append(f"Content-Transfer-Encoding: {cte}")
            body = qp(text + "\n")
        else:
            body = text + "\n"
    elif style == "ios":
        H += ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit",
              f"From: {addr(name, a)}", "Mime-Version: 1.0 (1.0)", f"Subject: {subject}",
              f"Date: {rfc_date(sent)}", f"Message-Id: <{uuid_up(rng)}@{a.split('@')[1]}>",
              f"To: {to_addr}", "X-Mailer: iPhone Mail (22B91)"]
        body = mbody + "\n" if mbody else "\n"
    elif style == "yahoo":
        u = utc(sent)
        t = int(sent.timestamp() * 1000)
        H += [f"Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000 (UTC)",
              f"From: {addr(name, a)}", f"To: {to_addr}",
              f"Message-ID: <{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{t}@mail.yahoo.com>",
              f"Subject: {subject}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
              "Content-Transfer-Encoding: 7bit", "X-Mailer: WebService/1.1.23187 YMailNorrin"]
        body = mbody + "\n"
    elif style == "outlook":
        srv, prd = P["srv"], P["prd"]
        mid = f"<{srv}{hexs(rng, 30, True)}@{srv}.{prd}.prod.outlook.com>"
        u = utc(sent)
        H += [f"From: {addr(name, a)}", f"To: {to_addr}", f"Subject: {subject}", f"Thread-Topic: {subject}",
              f"Thread-Index: A{b64junk(rng, 21)}==",
              f"Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000",
              f"Message-ID: {mid}", "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
              "X-MS-TNEF-Correlator:", "x-ms-publictraffictype: Email",
              'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable",
              "MIME-Version: 1.0"]
        body = "\n"
    else:
        raise ValueError(style)
    inb, t_mx = inbound(rng, to_addr, P["env"], P["helo"], P["ip"], sent, P["auth"], rdns=P.get("rdns"))
    return "\n".join(inb + P["hdrs"] + H) + "\n\n" + body, t_mx, to_addr


def build_webform(s):
    """Our own Contact Us form, filled in on a phone: relayed From noreply@, customer in Reply-To."""
    rng = rng_for(s["k"])
    sent = local(s["when"], "C", rng)
    f = s["form"]
    to_addr = BOX_TO[s["box"]][1]
    text = ("A message was submitted through the Contact Us form on alliantenergy.com.\n\n"
            f"Name:        {f['name']}\n"
            f"E-mail:      {f['email']}\n"
            f"Phone:       {f['phone']}\n"
            f"ZIP code:    {f['zip']}\n"
            f"Topic:       {f['topic']}\n"
            f"Account no.: {f.get('account', '')}\n\n"
            "Message:\n" + f["message"] + "\n\n"
            "--\n"
            f"Submitted: {central(sent):%m/%d/%Y %I:%M %p} CT\n"
            f"Device:    {f['ua']}\n"
            f"Form ID:   CU-{rng.randint(100000, 999999)}\n")
    ip = "10.40.6.23"
    auth = ["dkim=pass (2048-bit key; unprotected) header.d=alliantenergy.com header.i=@alliantenergy.com "
            f"header.a=rsa-sha256 header.s=web2026 header.b=\"{b64junk(rng, 8)}\"",
            f"spf=pass (@MX@.alliant-energy.com: domain of noreply@alliantenergy.com designates {ip} as permitted sender) "
            "smtp.mailfrom=noreply@alliantenergy.com",
            "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=alliantenergy.com"]
    inb, t_mx = inbound(rng, to_addr, "noreply@alliantenergy.com", "web03.alliantenergy.com", ip, sent, auth)
    H = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliantenergy.com; s=web2026;\n\tt={int(sent.timestamp())};"
         f" bh={b64junk(rng, 43)}=;\n\th=From:Reply-To:To:Subject:Date:Message-ID;\n\tb={wrap_tokens(b64junk(rng, 344), 68, chr(9) + ' ')}",
         f"Received: from web03.alliantenergy.com (localhost [127.0.0.1])\n\tby web03.alliantenergy.com (Postfix) with ESMTP id {hexs(rng, 10, True)}\n"
         f"\tfor <{to_addr}>; {postfix_date(sent)}",
         f"From: Alliant Energy Web Forms <noreply@alliantenergy.com>",
         f"Reply-To: {addr(f['name'], f['email'])}",
         f"To: {to_addr}",
         f"Subject: Contact Us: {f['topic']}",
         f"Date: {rfc_date(central(sent))}",
         f"Message-ID: <contactus.{hexs(rng, 16)}@web03.alliantenergy.com>",
         "X-Mailer: AE-Forms 4.1",
         "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=UTF-8",
         "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "quoted-printable")]
    body = text if text.isascii() else qp(text)
    return "\n".join(inb + H) + "\n\n" + body, t_mx, to_addr


# =========================================================================
# Machine mail: auto-replies, bounces, read receipts, invitations, spam.
# =========================================================================
def _reply_target(o):
    to = o["reply_to"] or (o["from_name"], o["from_addr"])
    return to


def m_autoreply_gmail(s):
    """Gmail vacation responder (set up in the Gmail app): Auto-Submitted: auto-replied."""
    rng = rng_for(s["k"])
    name, a, prov = s["who"]
    o = _orig_for(s)
    sent = o["date"] + dtm.timedelta(minutes=s.get("delay_min", 1), seconds=rng.randint(3, 50))
    sent = central(sent)
    to = _reply_target(o)
    P = prov_gmail(rng, a, sent, to[1])
    text = s["text"]
    bnd = "000000000000" + hexs(rng, 12)
    htmlp = "<div dir=\"ltr\">" + esc_lines(text) + "</div>\n"
    body = multipart(bnd, [part('text/plain; charset="UTF-8"', "quoted-printable" if needs_qp(text) else None,
                                qp(text + "\n") if needs_qp(text) else text + "\n"),
                           part('text/html; charset="UTF-8"', "quoted-printable", qp(htmlp))])
    refs = f"{o['first']}\n {o['msgid']}" if o.get("first") else o["msgid"]
    H = ["MIME-Version: 1.0", f"References: {refs}", f"In-Reply-To: {o['msgid']}", "Auto-Submitted: auto-replied",
         f"From: {addr(name, a)}", f"Date: {rfc_date(sent)}", f"Message-ID: {_gmail_msgid(rng)}",
         f"Subject: {enc_subject(s.get('subj') or 'Re: ' + o['subject'])}", f"To: {addr(*to)}",
         f'Content-Type: multipart/alternative; boundary="{bnd}"']
    inb, t_mx = inbound(rng, to[1], a, P["helo"], P["ip"], sent, P["auth"])
    return "\n".join(inb + P["hdrs"] + H) + "\n\n" + body, t_mx, to[1]


def m_autoreply_outlook(s):
    """Outlook.com automatic reply (set in Outlook mobile): null sender, Auto-Submitted."""
    rng = rng_for(s["k"])
    name, a, prov = s["who"]
    o = _orig_for(s)
    sent = central(o["date"] + dtm.timedelta(seconds=rng.randint(20, 150)))
    to = _reply_target(o)
    P = prov_outlook(rng, a, sent, to[1])
    text = s["text"]
    srv, prd = P["srv"], P["prd"]
    mid = f"<{srv}{hexs(rng, 30, True)}@{srv}.{prd}.prod.outlook.com>"
    htmlp = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
             + "".join(f"<div>{esc(x) if x else '<br>'}</div>\n" for x in text.split("\n")) + "</body>\n</html>\n")
    bnd = f"_000_{mid[1:].split('@')[0]}_"
    body = multipart(bnd, [part('text/plain; charset="us-ascii"' if text.isascii() else 'text/plain; charset="utf-8"',
                                "quoted-printable", qp(text + "\n")),
                           part('text/html; charset="utf-8"', "quoted-printable", qp(htmlp))])
    u = utc(sent)
    subj = "Automatic reply: " + o["subject"]
    H = [f"From: {addr(name, a)}", f"To: {addr(*to)}", f"Subject: {subj}", f"Thread-Topic: {o['subject']}",
         f"Thread-Index: A{b64junk(rng, 25)}==",
         f"Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000", f"Message-ID: {mid}",
         f"References: {o['msgid']}", f"In-Reply-To: {o['msgid']}", "Accept-Language: en-US",
         "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Auto-Submitted: auto-replied",
         "X-Auto-Response-Suppress: All", "x-ms-publictraffictype: Email",
         f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"', "MIME-Version: 1.0"]
    auth = ["dkim=pass (2048-bit key; unprotected) header.d=" + a.split("@")[1] + " header.i=@" + a.split("@")[1]
            + f" header.a=rsa-sha256 header.s=selector1 header.b=\"{b64junk(rng, 8)}\"",
            f"spf=pass (@MX@.alliant-energy.com: domain of postmaster@{P['helo']} designates {P['ip']} as permitted sender) "
            f"smtp.helo={P['helo']}",
            f"dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from={a.split('@')[1]}"]
    inb, t_mx = inbound(rng, to[1], "", P["helo"], P["ip"], sent, auth, rdns=P.get("rdns"))
    return "\n".join(inb + P["hdrs"] + H) + "\n\n" + body, t_mx, to[1]


def m_autoreply_plain(s):
    """An autoresponder with no Auto-Submitted/Precedence at all (small host, plain text)."""
    rng = rng_for(s["k"])
    name, a, _ = s["who"]
    host, ip = s["host"]
    o = _orig_for(s)
    sent = central(o["date"] + dtm.timedelta(seconds=rng.randint(5, 90)))
    to = _reply_target(o)
    P = prov_smallhost(rng, a, sent, to[1], host, ip)
    text = s["text"]
    H = [f"Received: from localhost (localhost [127.0.0.1])\n\tby {host} with ESMTPA id {alnum(rng, 10)}\n\tfor <{to[1]}>; {rfc_date(sent)}",
         f"Date: {rfc_date(sent, pad=True)}", f"From: {addr(name, a)}", f"To: {to[1]}",
         f"Subject: {s.get('subj') or 'Re: ' + o['subject']}", f"In-Reply-To: {o['msgid']}",
         f"Message-ID: <{hexs(rng, 24)}@{host}>", "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "quoted-printable")]
    if s.get("xmailer"):
        H.append(f"X-Mailer: {s['xmailer']}")
    body = (text + "\n") if text.isascii() else qp(text + "\n")
    inb, t_mx = inbound(rng, to[1], a, host, ip, sent, P["auth"], tls=s.get("tls", True))
    return "\n".join(inb + H) + "\n\n" + body, t_mx, to[1]


def m_autoreply_yahoo(s):
    rng = rng_for(s["k"])
    name, a, prov = s["who"]
    o = _orig_for(s)
    sent = central(o["date"] + dtm.timedelta(seconds=rng.randint(10, 70)))
    to = _reply_target(o)
    P = prov_yahoo(rng, a, sent, to[1])
    text = s["text"]
    u = utc(sent)
    t = int(sent.timestamp() * 1000)
    bnd = f"----=_Part_{rng.randint(10**6, 10**7)}_{rng.randint(10**8, 10**9)}.{t}"
    htmlp = "<html><head></head><body><div>" + esc_lines(text) + "</div></body></html>\n"
    body = multipart(bnd, [part("text/plain; charset=UTF-8", "quoted-printable", qp(text + "\n")),
                           part("text/html; charset=UTF-8", "quoted-printable", qp(htmlp))])
    H = [f"Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000 (UTC)",
         f"From: {addr(name, a)}", f"To: {addr(*to)}",
         f"Message-ID: <{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{t}@mail.yahoo.com>",
         f"In-Reply-To: {o['msgid']}", f"Subject: {enc_subject(s['subj'])}", "MIME-Version: 1.0",
         f'Content-Type: multipart/alternative; \n\tboundary="{bnd}"', "Auto-Submitted: auto-replied",
         "X-Mailer: YahooMailVacationResponder"]
    inb, t_mx = inbound(rng, to[1], a, P["helo"], P["ip"], sent, P["auth"])
    return "\n".join(inb + P["hdrs"] + H) + "\n\n" + body, t_mx, to[1]


def _internal_auth(host, ip):
    return [f"spf=pass (@MX@.alliant-energy.com: domain of {host} designates {ip} as permitted sender) smtp.helo={host}",
            "dkim=none", "dmarc=none"]


def m_bounce_postfix(s):
    """Our own outbound relay (out1/out2) returning a promo or an ack: failed or delayed."""
    rng = rng_for(s["k"])
    o = _orig_for(s)
    env = o["from_addr"] if o["from_addr"] != "noreply@alliantenergy.com" else CC_ADDR
    host = s.get("host", "out1.alliant-energy.com")
    ip = "10.40.3.21" if host.startswith("out1") else "10.40.3.22"
    delayed = s.get("delayed", False)
    when = o["date"] + (dtm.timedelta(hours=4, minutes=rng.randint(0, 30)) if delayed
                        else dtm.timedelta(seconds=rng.randint(4, 40)))
    when = central(when)
    qid = postfix_qid(rng)
    bnd = f"{qid}.{int(when.timestamp())}/{host}"
    rc = o["to"]
    if delayed:
        subject = "Delayed Mail (still being retried)"
        notice = (f"This is the mail system at host {host}.\n\n"
                  "####################################################################\n"
                  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                  "####################################################################\n\n"
                  "Your message could not be delivered for more than 4 hour(s).\n"
                  "It will be retried until it is 5 day(s) old.\n\n"
                  "For further assistance, please send mail to postmaster.\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n"
                  "                   The mail system\n\n"
                  f"<{rc}>: {s['diag_text']}\n")
        action, status = "delayed", s["status"]
    else:
        subject = "Undelivered Mail Returned to Sender"
        notice = (f"This is the mail system at host {host}.\n\n"
                  "I'm sorry to have to inform you that your message could not\n"
                  "be delivered to one or more recipients. It's attached below.\n\n"
                  "For further assistance, please send mail to postmaster.\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n"
                  "                   The mail system\n\n"
                  f"<{rc}>: {s['diag_text']}\n")
        action, status = "failed", s["status"]
    ds = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {env}\n"
          f"Arrival-Date: {postfix_date(o['date'])}\n\n"
          f"Final-Recipient: rfc822; {rc}\nOriginal-Recipient: rfc822;{rc}\nAction: {action}\nStatus: {status}\n"
          f"Remote-MTA: dns; {s['remote']}\nDiagnostic-Code: smtp; {s['diag_code']}\n")
    if delayed:
        ds += f"Will-Retry-Until: {postfix_date(o['date'] + dtm.timedelta(days=5))}\n"
    parts = [part("text/plain; charset=us-ascii", None, notice, extra=["Content-Description: Notification"]),
             part("message/delivery-status", None, ds, extra=["Content-Description: Delivery report"]),
             part("text/rfc822-headers", None, orig_headers_block(o, env) + "\n",
                  extra=["Content-Description: Undelivered Message Headers"])]
    body = multipart(bnd, parts, preamble="This is a MIME-encapsulated message.")
    H = [f"Received: by {host} (Postfix)\n\tid {qid}; {postfix_date(when)}",
         f"Date: {postfix_date(when)}",
         f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
         f"Subject: {subject}", f"To: {env}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{bnd}\"",
         "Content-Transfer-Encoding: 8bit",
         f"Message-Id: <{when.astimezone(UTC):%Y%m%d%H%M%S}.{qid}@{host}>"]
    inb, t_mx = inbound(rng, env, "", host, ip, when, _internal_auth(host, ip))
    return "\n".join(inb + H) + "\n\n" + body, t_mx, env


def m_bounce_qmail(s):
    """A legacy qmail bounce from a small ISP (no MIME at all), returning our acknowledgement."""
    rng = rng_for(s["k"])
    o = _orig_for(s)
    host, ip = s["host"]
    when = central(o["date"] + dtm.timedelta(seconds=rng.randint(30, 300)))
    rc = o["to"]
    text = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{rc}>:\n{s['reason']}\n\n"
            "--- Below this line is a copy of the message.\n\n"
            + orig_headers_block(o, CC_ADDR)
            + "\n\n" + o["text"] + "\n")
    H = [f"Received: (qmail {rng.randint(10000, 99999)} invoked for bounce); {rfc_date(utc(when), pad=True).replace('+0000', '-0000')}",
         f"Date: {rfc_date(utc(when), pad=True).replace('+0000', '-0000')}",
         f"From: MAILER-DAEMON@{host}", f"To: {CC_ADDR}", "Subject: failure notice"]
    auth = [f"spf=none (@MX@.alliant-energy.com: {host} does not provide an SPF record) smtp.helo={host}",
            "dkim=none", "dmarc=none"]
    inb, t_mx = inbound(rng, CC_ADDR, "", host, ip, when, auth, tls=False)
    return "\n".join(inb + H) + "\n\n" + text, t_mx, CC_ADDR


def m_ndr_exchange(s):
    """Exchange Online NDR for a business address that no longer exists."""
    rng = rng_for(s["k"])
    o = _orig_for(s)
    rc = o["to"]
    dom = rc.split("@")[1]
    tenant = s["tenant"]
    when = central(o["date"] + dtm.timedelta(seconds=rng.randint(8, 60)))
    P = prov_outlook(rng, f"postmaster@{tenant}.onmicrosoft.com", when, CC_ADDR, tenant=dom)
    srv, prd = P["srv"], P["prd"]
    u = utc(when)
    local_part = rc.split("@")[0]
    plain = (f"Your message to {rc} couldn't be delivered.\n\n"
             f"{local_part} wasn't found at {dom}.\n\n"
             f"customercare    Office 365    {local_part}\n"
             "Action Required                Recipient\n\n"
             "Unknown To address\n\n"
             "How to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following:\n\n"
             "  * Send the message again following these steps: In Outlook, open this\n"
             "    non-delivery report (NDR) and choose Send Again from the Report ribbon.\n"
             "  * Contact the recipient by some other means (by phone, for example) to confirm\n"
             "    you're using the right address.\n\n"
             "Was this helpful? Send feedback to Microsoft.\n")
    htmlp = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             f"<p style=\"font-size:17pt;color:#000000\">Your message to <a href=\"mailto:{rc}\">{rc}</a> couldn't be delivered.</p>"
             f"<p style=\"font-size:15pt;color:#C00000\"><b>{local_part}</b> wasn't found at {dom}.</p>"
             "<p>Action Required: Recipient. Unknown To address.</p>"
             "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p></body></html>\n")
    ds = (f"Reporting-MTA: dns;{srv}.{prd}.prod.outlook.com\nReceived-From-MTA: dns;mail.alliant-energy.com\n"
          f"Arrival-Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000\n\n"
          f"Original-Recipient: rfc822;{rc}\nFinal-Recipient: rfc822;{rc}\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    b1 = f"{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
    b2 = f"{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
    alt = multipart(b2, [part("text/plain; charset=\"us-ascii\"", "quoted-printable", qp(plain)),
                         part("text/html; charset=\"utf-8\"", "quoted-printable", qp(htmlp))])
    body = multipart(b1, ["Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary=\"" + b2 + "\"\n\n" + alt,
                          part("message/delivery-status", None, ds),
                          part("text/rfc822-headers", None, orig_headers_block(o, CC_ADDR) + "\n")])
    H = P["hdrs"][-2:] + [
        f"From: postmaster@{tenant}.onmicrosoft.com", f"To: {CC_ADDR}", "Date: "
        f"{DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000",
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + b1 + "\"",
        "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
        f"Message-ID: <{uuid_up(rng)}@{srv}.{prd}.prod.outlook.com>", f"In-Reply-To: {o['msgid']}",
        f"References: {o['msgid']}", f"Thread-Topic: {o['subject']}", f"Subject: Undeliverable: {o['subject']}",
        "Auto-Submitted: auto-replied", "X-MS-PublicTrafficType: Email", "MIME-Version: 1.0"]
    auth = [f"spf=pass (@MX@.alliant-energy.com: domain of {tenant}.onmicrosoft.com designates {P['ip']} as permitted sender) "
            f"smtp.helo={P['helo']}", "dkim=none", "dmarc=none"]
    inb, t_mx = inbound(rng, CC_ADDR, "", P["helo"], P["ip"], when, auth, rdns=P.get("rdns"))
    return "\n".join(inb + H) + "\n\n" + body, t_mx, CC_ADDR


def m_mdn_samsung(s):
    """Samsung Email read receipt (MDN) for a staff reply that asked for one."""
    rng = rng_for(s["k"])
    name, a, prov = s["who"]
    sent = local(s["when"], "C", rng)
    P = provider(rng, prov, a, sent, s["box_addr"], **({"kind": "smtp", "client": "android"} if prov == "gmail" else {}))
    es_ui = s["lang"] == "es"
    subj = ("Leído: " if es_ui else "Read: ") + s["staff_subject"]
    txt = (f"Su mensaje \"{s['staff_subject']}\" fue leído el {central(sent):%d/%m/%y %H:%M}." if es_ui else
           f"Your message \"{s['staff_subject']}\" was read on {central(sent):%m/%d/%y %I:%M %p}.")
    bnd = f"--_com.samsung.android.email_{rng.randint(10**13, 10**14 - 1)}{rng.randint(10, 99)}"
    mdn = (f"Reporting-UA: {a.split('@')[1]}; Samsung Email\nFinal-Recipient: rfc822;{a}\n"
           f"Original-Message-ID: {s['staff_msgid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    body = multipart(bnd, [part("text/plain; charset=utf-8", "base64", b64(txt + "\n")),
                           part("message/disposition-notification", "7bit", mdn)])
    H = [f"Date: {rfc_date(sent, pad=True)}", f"Subject: {enc_subject(subj)}",
         f"Message-ID: <{alnum(rng, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{hexs(rng, 8)}@email.android.com>",
         f"From: {addr(name, a)}", f"To: {s['box_addr']}", "MIME-Version: 1.0",
         f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{bnd}"']
    inb, t_mx = inbound(rng, s["box_addr"], P["env"], P["helo"], P["ip"], sent, P["auth"], rdns=P.get("rdns"))
    return "\n".join(inb + P["hdrs"] + H) + "\n\n" + body, t_mx, s["box_addr"]


def m_mdn_exchange(s):
    """Outlook / Exchange 'Read:' receipt."""
    rng = rng_for(s["k"])
    name, a, prov = s["who"]
    sent = local(s["when"], "C", rng)
    P = provider(rng, prov, a, sent, s["box_addr"])
    srv, prd = P["srv"], P["prd"]
    sd = central(s["staff_sent"])
    rd = central(sent)

    def ol(d):
        h, ap = h12(d)
        return f"{DOW_LONG[d.weekday()]}, {MON_LONG[d.month - 1]} {d.day}, {d.year} {h}:{d:%M:%S} {ap} (UTC-06:00) Central Time (US & Canada)"
    txt = (f"Your message\n\n  To: {name}\n  Subject: {s['staff_subject']}\n  Sent: {ol(sd)}\n\n"
           f" was read on {ol(rd)}.\n")
    b1 = f"{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
    mdn = (f"Reporting-UA: {srv}.{prd}.prod.outlook.com; Microsoft Exchange Server\n"
           f"Final-Recipient: rfc822;{a}\nOriginal-Message-ID: {s['staff_msgid']}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    body = multipart(b1, [part('text/plain; charset="us-ascii"', "7bit", txt),
                          part("message/disposition-notification", None, mdn)])
    u = utc(sent)
    H = [f"From: {addr(name, a)}", f"To: {s['box_addr']}", f"Subject: Read: {s['staff_subject']}",
         f"Thread-Topic: {s['staff_subject'][4:]}", f"Thread-Index: A{b64junk(rng, 25)}==",
         f"Date: {DOW[u.weekday()]}, {u.day} {MON[u.month - 1]} {u:%Y %H:%M:%S} +0000",
         f"Message-ID: <{srv}{hexs(rng, 30, True)}@{srv}.{prd}.prod.outlook.com>",
         "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1",
         f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{b1}"',
         "MIME-Version: 1.0"]
    dom = a.split("@")[1]
    auth = [P["auth"][0], f"spf=pass (@MX@.alliant-energy.com: domain of postmaster@{P['rdns']} designates {P['ip']} as permitted sender) "
            f"smtp.helo={P['helo']}", f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}"]
    inb, t_mx = inbound(rng, s["box_addr"], "", P["helo"], P["ip"], sent, auth, rdns=P.get("rdns"))
    return "\n".join(inb + P["hdrs"] + H) + "\n\n" + body, t_mx, s["box_addr"]


def m_gcal_invite(s):
    """A Google Calendar invitation someone made on their phone with customercare@ as a guest."""
    rng = rng_for(s["k"])
    name, a, _ = s["who"]
    sent = local(s["when"], "C", rng)
    ev = s["event"]
    start, end = ev["start"], ev["end"]   # naive local Central
    st = start.replace(tzinfo=tzh(-6)).astimezone(UTC)
    en = end.replace(tzinfo=tzh(-6)).astimezone(UTC)
    uid = f"{alnum(rng, 26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com"
    when_txt = f"{DOW[start.weekday()]} {MON[start.month - 1]} {start.day}, {start.year} {h12(start)[0]}{h12(start)[1].lower()} - {h12(end)[0]}:{end:%M}{h12(end)[1].lower()} (CST)"
    subj = f"Invitation: {ev['title']} @ {when_txt} ({CC_ADDR})"
    plain = (f"{ev['title']}\n{when_txt}\n\nOrganizer\n{name}\n{a}\n\nGuests\n{name} - organizer\n{CC_ADDR}\n\n"
             "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid="
             + alnum(rng, 60) + "\n\nReply for " + CC_ADDR + "\nYes\nNo\nMaybe\n\n"
             "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to\n"
             "the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n")
    htmlp = ("<html><body><div><h2>" + esc(ev["title"]) + "</h2><p>" + esc(when_txt) + "</p><p>Organizer: "
             + esc(name) + " &lt;" + a + "&gt;</p><p>Guests: " + CC_ADDR + "</p>"
             "<p>Reply for " + CC_ADDR + ": Yes / No / Maybe</p><p>Invitation from Google Calendar</p></div></body></html>\n")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VEVENT\n"
           f"DTSTART:{st:%Y%m%dT%H%M%SZ}\nDTEND:{en:%Y%m%dT%H%M%SZ}\nDTSTAMP:{utc(sent):%Y%m%dT%H%M%SZ}\n"
           f"ORGANIZER;CN={name}:mailto:{a}\n"
           f"UID:{uid}\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\n ;CN={name};X-NUM-GUESTS=0:mailto:{a}\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN={CC_ADDR};X-NUM-GUESTS=0:mailto:{CC_ADDR}\n"
           f"CREATED:{utc(sent):%Y%m%dT%H%M%SZ}\nDESCRIPTION:{ev['desc']}\n"
           f"LAST-MODIFIED:{utc(sent):%Y%m%dT%H%M%SZ}\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           f"SUMMARY:{ev['title']}\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n")
    b_mixed = "000000000000" + hexs(rng, 12)
    b_alt = "000000000000" + hexs(rng, 12)
    alt = multipart(b_alt, [part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', "base64", b64(plain)),
                            part('text/html; charset="UTF-8"', "quoted-printable", qp(htmlp)),
                            part('text/calendar; charset="UTF-8"; method=REQUEST', "7bit", ics)])
    body = multipart(b_mixed, [f'Content-Type: multipart/alternative; boundary="{b_alt}"\n\n' + alt,
                               part('application/ics; name="invite.ics"', "base64", b64(ics),
                                    extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    P = prov_gmail(rng, a, sent, CC_ADDR)
    env = f"3{alnum(rng, 30)}-calendar-server.bounces.google.com"
    env = f"{env.split('-')[0]}@calendar-server.bounces.google.com"
    P["auth"] = ["dkim=pass (2048-bit key; unprotected) header.d=google.com header.i=@google.com header.a=rsa-sha256 "
                 f"header.s=20230601 header.b=\"{b64junk(rng, 8)}\"",
                 f"spf=pass (@MX@.alliant-energy.com: domain of {env} designates {P['ip']} as permitted sender) smtp.mailfrom={env}",
                 "dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com"]
    H = ["MIME-Version: 1.0", f"Reply-To: {addr(name, a)}", "Sender: Google Calendar <calendar-notification@google.com>",
         "Auto-Submitted: auto-generated", f"Message-ID: <calendar-{uuid_up(rng).lower()}@google.com>",
         f"Date: {rfc_date(sent)}", f"Subject: {subj}", f"From: {addr(name, a)}", f"To: {CC_ADDR}",
         f'Content-Type: multipart/mixed; boundary="{b_mixed}"']
    inb, t_mx = inbound(rng, CC_ADDR, env, P["helo"], P["ip"], sent, P["auth"])
    return "\n".join(inb + P["hdrs"][:1] + P["hdrs"][2:] + H) + "\n\n" + body, t_mx, CC_ADDR


def m_challenge(s):
    """Challenge-response filter answering our promo on a customer's behalf."""
    rng = rng_for(s["k"])
    o = _orig_for(s)
    sent = central(o["date"] + dtm.timedelta(seconds=rng.randint(30, 200)))
    to = _reply_target(o)
    host, ip = "out3.boxguard-mail.net", "198.51.100.47"
    tok = alnum(rng, 32)
    text = (f"Hello,\n\nI use BoxGuard to keep spam out of my inbox. Your message \"{o['subject']}\"\n"
            "is being held until you confirm that you are a real person.\n\n"
            f"Please click the link below once. You will only need to do this one time.\n"
            f"https://verify.boxguard-mail.net/c/{tok}\n\n"
            f"Thank you,\n{s['owner']}\n\n"
            "--\nBoxGuard challenge-response protection. Held messages are deleted after 7 days.\n"
            "If you did not send this message, you can ignore this notice.\n")
    htmlp = "<html><body>" + "".join(f"<p>{esc_lines(x)}</p>" for x in text.split("\n\n")) + "</body></html>\n"
    bnd = f"=_bg_{hexs(rng, 20)}"
    body = multipart(bnd, [part("text/plain; charset=utf-8", "7bit", text),
                           part("text/html; charset=utf-8", "quoted-printable", qp(htmlp))])
    H = [f"Date: {rfc_date(sent)}", f"From: \"{s['owner']} (via BoxGuard)\" <verify@boxguard-mail.net>",
         f"To: {to[1]}", f"Subject: Re: {o['subject']} [Please verify]", f"In-Reply-To: {o['msgid']}",
         f"Message-ID: <bg.{tok[:16]}@boxguard-mail.net>", "MIME-Version: 1.0",
         f'Content-Type: multipart/alternative; boundary="{bnd}"', "X-BoxGuard-Challenge: 1"]
    auth = ["dkim=pass (1024-bit key; unprotected) header.d=boxguard-mail.net header.i=@boxguard-mail.net "
            f"header.a=rsa-sha256 header.s=bg1 header.b=\"{b64junk(rng, 8)}\"",
            f"spf=pass (@MX@.alliant-energy.com: domain of bounce@boxguard-mail.net designates {ip} as permitted sender) "
            "smtp.mailfrom=bounce@boxguard-mail.net",
            "dmarc=pass (p=NONE dis=NONE) header.from=boxguard-mail.net"]
    inb, t_mx = inbound(rng, to[1], "bounce@boxguard-mail.net", host, ip, sent, auth)
    return "\n".join(inb + H) + "\n\n" + body, t_mx, to[1]


def m_phish(s):
    rng = rng_for(s["k"])
    sent = local(s["when"], "E", rng)
    host, ip = "vps-3117.hostnet-cloud.example", "203.0.113.88"
    htmlp = ("<html><body style=\"font-family:Segoe UI,Arial\"><table width=\"100%\"><tr><td>"
             "<h3 style=\"color:#c00000\">Mailbox Storage Alert</h3>"
             f"<p>Dear {CC_ADDR},</p><p>Your mailbox has reached <b>98%</b> of its storage quota. "
             "Incoming messages will be <b>rejected</b> within 24 hours.</p>"
             "<p>To keep receiving e-mail, verify your account and claim free storage now:</p>"
             f"<p><a href=\"https://alliant-energy-mailcenter.example/owa/verify?u={alnum(rng, 24)}\" "
             "style=\"background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none\">Verify Mailbox</a></p>"
             "<p style=\"font-size:11px;color:#777\">Sent from Outlook for iOS. IT Service Desk. "
             "Do not share this e-mail. Unsubscribe from storage alerts.</p></td></tr></table></body></html>\n")
    H = [f"Received: from [192.168.1.{rng.randint(2, 250)}] (unknown [{ip}])\n\tby {host} (Postfix) with ESMTPSA id {hexs(rng, 10, True)}\n"
         f"\tfor <{CC_ADDR}>; {rfc_date(sent)}",
         f"From: \"Mail Administrator\" <it-helpdesk@alliant-energy-mailcenter.example>",
         f"To: {CC_ADDR}", f"Subject: {CC_ADDR}: mailbox storage 98% full - action required",
         f"Date: {rfc_date(sent)}", f"Message-ID: <{hexs(rng, 24)}@{host}>", "MIME-Version: 1.0",
         "Content-Type: text/html; charset=\"windows-1252\"", "Content-Transfer-Encoding: base64",
         "X-Priority: 1 (Highest)", "Importance: High"]
    auth = ["dkim=none", f"spf=softfail (@MX@.alliant-energy.com: domain of transitioning bill@{host} does not designate {ip} as permitted sender) "
            f"smtp.mailfrom=bill@{host}", "dmarc=none"]
    inb, t_mx = inbound(rng, CC_ADDR, f"bill@{host}", host, ip, sent, auth)
    body = base64.encodebytes(htmlp.encode("cp1252")).decode("ascii")
    return "\n".join(inb + H) + "\n\n" + body, t_mx, CC_ADDR


# =========================================================================
# The messages.  One dict per message; files are numbered by arrival time.
# =========================================================================
MO = "marketing opt-out (person)"
LU = "List-Unsubscribe mailto: from a phone client"
CS = "catalog-sharing opt-out"
BO = "both opt-outs"
QU = "question"
OQ = "opt-out + question"
UN = "unclear"
NA = "human, no action needed"
AR = "automated: auto-reply"
LT = "automated: auto-reply (loop trap)"
BN = "automated: bounce"
RR = "automated: read receipt"
NT = "automated: notification"
SP = "automated: spam"

M, C, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def ct(y, m, d, hh, mm):
    naive = dtm.datetime(y, m, d, hh, mm)
    return naive.replace(tzinfo=tzh(_us_offset(naive, -6)))


SPECS = []


def S(**kw):
    kw.setdefault("builder", "human")
    kw.setdefault("labels", [])
    kw.setdefault("unclear", False)
    kw.setdefault("ents", {})
    kw.setdefault("automated", False)
    if "ack" not in kw:
        kw["ack"] = None if kw["automated"] else "from"
    SPECS.append(kw)


# Outage events (our alerts) and acknowledgements (our bot) referenced below
OUT_DEC12 = dict(street="Oak Knoll Rd NE, Marion, IA", n="1,240", cause="ice on lines",
                 eta="11:30 AM", at=ct(2026, 12, 12, 6, 41))
OUT_DEC12B = dict(street="W 4th St, Vinton, IA", n="612", cause="ice on lines", eta="1:00 PM",
                  at=ct(2026, 12, 12, 6, 58))
OUT_DEC12C = dict(street="Cottage Grove Ave SE, Cedar Rapids, IA", n="2,087", cause="under investigation",
                  eta="12:45 PM", at=ct(2026, 12, 12, 7, 12))
OUT_DEC12R = dict(street="Grand Ave, Marshalltown, IA", eta="3:06 PM", restored=True, at=ct(2026, 12, 12, 15, 8))
OUT_JAN23 = dict(street="Cedar Cross Rd, Dubuque, IA", n="3,410", cause="high winds, trees on lines",
                 eta="4:00 PM", at=ct(2027, 1, 23, 11, 20))


def ACKP(cc, y, m, d, hh, mm, first):
    return dict(cc=cc, at=ct(y, m, d, hh, mm), first=first)


# ---------------------------------------------------------------- marketing opt-outs
S(k="gmail-stop-under-thermostat", cat=MO, lang="en", prog="gmail_android",
  who=("Tyler Brandvold", "tbrandvold22@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-20 11:47",
  text="stop", labels=[M],
  note="one word 'stop' under the thermostat promo: short reply takes its meaning from a promotion")
S(k="iphone-take-me-off-catalog", cat=MO, lang="en", prog="iphone",
  who=("Marcia Feeney", "marciafeeney@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-10 14:05",
  text="Please take me off your mailing list. I don't need any more catalogs.", labels=[M],
  note="stop the catalog = marketing opt-out, not sharing; quoted footer talks about sharing and quoted Customer no. is not hers to extract")
S(k="siri-period-spoken", cat=MO, lang="en", prog="iphone",
  who=("Gordon Pfaff", "gordonpfaff1951@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-21 07:12",
  text="Please remove me from your email list period I do not want any more promotions period thank you",
  labels=[M], note="Siri dictation wrote 'period' as a word; iPhone Mail on a Gmail account")
S(k="samsung-unsubscribe-caps", cat=MO, lang="en", prog="samsung",
  who=("Deb Schultz", "debschultz@comcast.net", "comcast"), orig=("NLJAN", {}), when="2027-01-05 12:30",
  text="UNSUBSCRIBE", labels=[M], note="UNSUBSCRIBE over the January newsletter, Samsung Email 'Original message' quote")
S(k="outlook-stop-paper-catalog-sig", cat=MO, lang="en", prog="outlook_android",
  who=("Gary Lindqvist", "g.lindqvist@hotmail.com", "outlook"), orig=("HOLCAT", {}), when="2026-11-12 19:02",
  text="Please stop mailing the paper catalog to our house. We're downsizing and it goes straight into recycling.\n\nThanks,\nGary Lindqvist\n52402",
  labels=[M], ents={"name": "Gary Lindqvist", "postal_code": "52402"},
  note="postal catalog opt-out; name and bare ZIP in his own sign-off (quoted PO Box ZIP 52406 is ours)")
S(k="gmail-ios-new-no-promos", cat=MO, lang="en", prog="gmail_ios",
  who=("Kayla Jurgens", "kaylajurgens@gmail.com", "gmail"), box="customercare", subj="no more promo emails",
  when="2026-11-03 21:15",
  text="hi i get like 3 emails a week from you guys about rebates and stuff. i just want my bill. please stop the marketing emails. thx",
  labels=[M], note="new mail typed on a phone, all lower case; keeps service mail, stops marketing e-mail")
S(k="siri-male-homophone", cat=MO, lang="en", prog="iphone",
  who=("Marjorie Haugen", "mhaugen37@icloud.com", "icloud"), orig=("TSTAT", {}), when="2026-10-22 09:40",
  text="Please stop sending me male. I am 84 years old and I do not need a thermostat.\nMarjorie Haugen",
  labels=[M], ents={"name": "Marjorie Haugen"},
  note="dictation homophone 'male' for 'mail' under a promo: still a marketing opt-out")
S(k="autocorrect-unsubscribed", cat=MO, lang="en", prog="iphone",
  who=("Brent Osterhaus", "brentoster@icloud.com", "icloud"), orig=("NLJAN", {}), when="2027-01-06 06:52",
  text="Please unsubscribed me", labels=[M], note="autocorrect turned 'unsubscribe' into 'unsubscribed'; intent still clear")
S(k="gmail-es-no-promos", cat=MO, lang="es", prog="gmail_android",
  who=("Maricela Ibarra", "maricela.ibarra84@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-23 20:11",
  text="ya no me manden correos de promociones por favor", labels=[M],
  note="Spanish, no capitals or accents: stop promotional e-mails; Gmail Spanish quote header")
S(k="iphone-es-no-catalogo", cat=MO, lang="es", prog="iphone",
  who=("Rosa Elena Chávez", "rosaelena.chavez@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-11 16:40",
  text="Por favor ya no me manden el catálogo, no lo necesito.\n\nGracias,\nRosa Elena Chávez",
  labels=[M], ents={"name": "Rosa Elena Chávez"},
  note="Spanish: stop sending the catalog = marketing opt-out; accented name in signature and RFC 2047 From")
S(k="samsung-mixed-no-more", cat=MO, lang="mixed", prog="samsung", ui="es",
  who=("Juan Carlos Rivas", "jc.rivas.dbq@gmail.com", "gmail"), orig=("NLJAN", {}), when="2027-01-07 18:03",
  text="no more emails please / ya no mas correos. gracias", labels=[M],
  note="English and Spanish in one line; Samsung Email in Spanish ('Mensaje original') on a Gmail account")
S(k="outlook-ios-different-address", cat=MO, lang="en", prog="outlook_ios",
  who=("Dana Whitcomb", "dana.whitcomb@outlook.com", "outlook"), mailed_to="d.whitcomb@live.com",
  orig=("ASSESS", {}), when="2027-02-03 12:15",
  text="Please take me off all of your marketing emails. I only want bills at this address.",
  labels=[M], note="sent from a different address than the one we mailed (quoted To: d.whitcomb@live.com); the request itself is clear; ack to From")
S(k="iphone-new-optout-both-channels", cat=MO, lang="en", prog="iphone",
  who=("Theresa Okafor", "theresa.okafor@icloud.com", "icloud"), box="customercare", subj="Opt out",
  when="2026-12-01 13:30",
  text="Hi, please opt me out of all marketing, email and postal mail both.\n\nName on account: Theresa Okafor\n1127 Maple Ridge Dr NE, Cedar Rapids IA 52402\n\nThank you",
  labels=[M], ents={"name": "Theresa Okafor", "postal_code": "52402"},
  note="explicit object (marketing by e-mail and post); name and ZIP written by her")
S(k="gmail-stop-emails-keep-catalog", cat=MO, lang="en", prog="gmail_android",
  who=("Brianna Kuehl", "bri.kuehl@gmail.com", "gmail"), orig=("HOLCAT", {}), when="2026-11-13 22:48",
  text="stop the emails pls. i still want the paper catalog tho i like flipping thru it", labels=[M],
  note="channel limit: e-mail only, keep the paper catalog; still marketing_opt_out (record names the channel)")
S(k="yahoo-stop-paper-keep-email", cat=MO, lang="en", prog="yahoo_ios",
  who=("Nancy Pergande", "npergande@yahoo.com", "yahoo"), orig=("SPRCAT", {}), when="2027-02-09 15:10",
  text="Please stop sending the paper catalog. The emails are fine.", labels=[M],
  note="channel limit the other way: postal catalog only; marketing_opt_out, no sharing request")
S(k="voice-typing-widow-catalog", cat=MO, lang="en", prog="gmail_android",
  who=("Linda Brandt", "lindabrandt.wi@gmail.com", "gmail"), orig=("HOLCAT", {}), when="2026-11-16 10:05",
  text=("hi I would like to be taken off of your mailing list for the catalog I keep getting two of them one for me "
        "and one for my husband Dale who passed away last spring please take us both off thank you Linda Brandt"),
  labels=[M], ents={"name": "Linda Brandt"},
  note="Google voice typing, no punctuation; she writes about her own household (herself and late husband at the same address), so not an unclear on-behalf case")
S(k="outlook-unsub-pray-emoji", cat=MO, lang="en", prog="outlook_android",
  who=("Shawn Tibbets", "shawntibbets@outlook.com", "outlook"), orig=("NLJAN", {}), when="2027-01-05 20:44",
  text="Unsubscribe me please 🙏", labels=[M], note="emoji alongside a clear word; UTF-8 quoted-printable from Outlook mobile")
S(k="samsung-html-only-acct", cat=MO, lang="en", prog="samsung", html_only=True,
  who=("Roberta Quist", "robertaquist@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-27 16:16",
  text="Please remove me from your promotional emails. Acct 3384 1190 52", labels=[M],
  ents={"account": "3384 1190 52"}, note="HTML-only Samsung Email (base64); account number with spaces kept as written")
S(k="siri-comma-spoken", cat=MO, lang="en", prog="iphone",
  who=("Harold Veenstra", "hveenstra@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-18 19:55",
  text="Stop sending me catalogs comma I never ordered anything from you period", labels=[M],
  note="dictation spelled out 'comma' and 'period'; stop the catalogs = marketing")
S(k="yahoo-new-stop-catalog-lowercase", cat=MO, lang="en", prog="yahoo_android",
  who=("Jim Reddick", "jimreddick@yahoo.com", "yahoo"), box="powerhousecatalog", subj="catalog",
  when="2026-12-04 08:41", text="please stop mailing me the powerhouse catalog. jim reddick 50613",
  labels=[M], ents={"name": "jim reddick", "postal_code": "50613"},
  note="all lower case; name and ZIP kept exactly as written")
S(k="yahoo-es-no-publicidad", cat=MO, lang="es", prog="yahoo_ios",
  who=("Gloria Estrada", "gloria_estrada@yahoo.com", "yahoo"), orig=("ASSESS", {}), when="2027-02-05 19:02",
  text="No me interesa. Favor de no enviarme más publicidad.", labels=[M],
  note="Spanish: 'not interested' plus an explicit request for no more advertising; Yahoo Spanish quote header")
S(k="gmail-ios-stopsign-stop", cat=MO, lang="en", prog="gmail_ios",
  who=("Alexis Brandl", "alexisbrandl@gmail.com", "gmail"), orig=("NLJAN", {}), when="2027-01-08 13:13",
  text="🛑 stop", labels=[M], note="emoji plus the word stop under the newsletter (the word decides, not the emoji)")
S(k="gmail-mixed-question-form-optout", cat=MO, lang="mixed", prog="gmail_android",
  who=("Yesenia Lopez", "yesenia.lopez.ia@gmail.com", "gmail"), orig=("HOLCAT", {}), when="2026-11-20 21:30",
  text="hola, can you stop sending me the catalog? gracias", labels=[M],
  note="a request in question form is the opt-out itself, not a question; mixed English/Spanish")
S(k="iphone-account-holder-household", cat=MO, lang="en", prog="iphone",
  who=("Renee Hartwig", "reneehartwig@icloud.com", "icloud"), box="customercare", subj="Marketing mail",
  when="2026-12-09 17:26",
  text="This is my account. Please stop sending promotional mail to anyone at this address, me or my husband.\n\nRenee Hartwig\nacct 6619 0042 17",
  labels=[M], ents={"name": "Renee Hartwig", "account": "6619 0042 17"},
  note="account holder speaking for her household has standing; not an on-behalf unclear")
S(k="exo-work-phone-reply-to-personal", cat=MO, lang="en", prog="outlook_ios",
  who=("Nora Schaefer", "nschaefer@hawkeyeprecisionmfg.com", "exo:hawkeyeprecisionmfg.com"),
  reply_to=("Nora Schaefer", "nora.schaefer@gmail.com"), box="customercare", subj="Promotional mail",
  when="2026-12-15 12:48",
  text="Please stop sending promotional mail to my home, 1450 Oak St, Hiawatha 52233. Please reply to my personal email, not this work one.\n\nNora Schaefer",
  labels=[M], ents={"name": "Nora Schaefer", "postal_code": "52233"}, ack="reply",
  note="work account on Outlook for iOS, Reply-To personal Gmail and she asks to be answered there: ack to Reply-To")

# ---------------------------------------------------------------- List-Unsubscribe mailto
S(k="unsub-gmail-android", builder="unsub", style="gmail", cat=LU, lang="en", prog="gmail_android",
  who=("Nathan Sobotka", "nsobotka@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-24 12:00",
  labels=[M], note="Gmail app 'Unsubscribe' used our List-Unsubscribe mailto; body is Gmail's boilerplate; no Auto-Submitted so ack to From")
S(k="unsub-ios-mail-empty", builder="unsub", style="ios", cat=LU, lang="en", prog="iphone",
  who=("Lauren Meis", "laurenmeis@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-14 08:03",
  labels=[M], note="iOS Mail unsubscribe banner: empty body, subject from the catalog mailto; catalog e-mail unsubscribe is marketing, never sharing")
S(k="unsub-yahoo-body-param", builder="unsub", style="yahoo", cat=LU, lang="en", prog="yahoo_android",
  who=("Carl Ruppert", "carlruppert@yahoo.com", "yahoo"), orig=("NLJAN", {}), when="2027-01-09 10:37",
  labels=[M], note="Yahoo app unsubscribe; the body text is our own body= parameter from List-Unsubscribe")
S(k="unsub-outlook-ios-empty", builder="unsub", style="outlook", cat=LU, lang="en", prog="outlook_ios",
  who=("Megan Faust", "meganfaust@outlook.com", "outlook"), orig=("ASSESS", {}), when="2027-02-06 21:19",
  labels=[M], note="Outlook for iOS unsubscribe: empty body, subject carries the campaign token")
S(k="unsub-leanbox-autosubmitted", builder="unsub", style="leanbox", cat=LU, lang="en", prog="Leanbox cleanup app (via Gmail)",
  who=("Tom Vrba", "tomvrba@gmail.com", "gmail"), orig=("SPRCAT", {}), when="2027-02-11 06:00",
  labels=[M], ack=None,
  note="inbox-cleaning app unsubscribing for the person: human opt-out, but Auto-Submitted: auto-generated so no acknowledgement (RFC 3834)")
S(k="unsub-gmail-ios-catalog", builder="unsub", style="gmail", cat=LU, lang="en", prog="gmail_ios",
  who=("Priya Raman", "priya.raman.cr@gmail.com", "gmail"), orig=("HOLCAT", {}), when="2026-11-10 12:14",
  labels=[M], note="unsubscribe from the catalog e-mail via Gmail: marketing only, the sharing footer in the promo does not make it a sharing opt-out")
S(k="unsub-gmail-spanish-ui", builder="unsub", style="gmail_es", cat=LU, lang="es", prog="gmail_android",
  who=("Ana Lucía Mejía", "analuciamejia@gmail.com", "gmail"), orig=("NLJAN", {}), when="2027-01-11 19:45",
  labels=[M], note="Gmail in Spanish: boilerplate says Gmail generated it; still a person pressing Unsubscribe")

# ---------------------------------------------------------------- catalog-sharing opt-outs
S(k="iphone-love-catalog-dont-share", cat=CS, lang="en", prog="iphone",
  who=("Joan Steffen", "joansteffen@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-10 18:22",
  text="I love the catalog but please don't share my name with other companies. Since last year I'm getting catalogs from places I've never heard of.\n\nJoan",
  labels=[C], ents={"name": "Joan"},
  note="keeps the catalog, refuses sharing: sharing opt-out only; first name alone counts as the name")
S(k="voice-do-not-sell-period", cat=CS, lang="en", prog="gmail_android",
  who=("Dwayne Kohl", "dwaynekohl@gmail.com", "gmail"), orig=("HOLCAT", {}), when="2026-11-11 07:58",
  text="do not sell my information to other catalog companies period thank you", labels=[C],
  note="voice typing with 'period' spoken; only the sharing/selling is refused")
S(k="samsung-html-only-do-not-share", cat=CS, lang="en", prog="samsung", html_only=True,
  who=("Helen Vasquez", "hvasquez@comcast.net", "comcast"), box="powerhousecatalog", subj="Do not share",
  when="2026-12-02 11:20",
  text="Please do not share, rent or sell my name and address.\n\nCustomer #40-118-2290\nHelen Vasquez\nJanesville WI 53545",
  labels=[C], ents={"name": "Helen Vasquez", "postal_code": "53545", "account": "40-118-2290"},
  note="HTML-only new mail; catalog customer number from her label counts as account")
S(k="outlook-keep-catalog-dont-give-address", cat=CS, lang="en", prog="outlook_android",
  who=("Trent Mallory", "trentmallory@outlook.com", "outlook"), orig=("SPRCAT", {}), when="2027-02-09 12:48",
  text="keep sending the catalog, just dont give my address out to anyone else", labels=[C],
  note="explicitly keeps the catalog: sharing opt-out only, must not stop the catalog")
S(k="yahoo-do-not-sell-pi", cat=CS, lang="en", prog="yahoo_ios",
  who=("Sharon Tesch", "sharontesch@yahoo.com", "yahoo"), orig=("HOLCAT", {}), when="2026-11-12 08:15",
  text="do not sell my personal information", labels=[C], note="the standard phrase, lower case, from the Yahoo iPhone app")
S(k="iphone-es-no-compartan", cat=CS, lang="es", prog="iphone",
  who=("Guadalupe Ortega", "lupita.ortega@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-15 17:30",
  text="No quiero que compartan mi nombre ni mi dirección con otras compañías. El catálogo sí lo quiero seguir recibiendo.\n\nGuadalupe Ortega",
  labels=[C], ents={"name": "Guadalupe Ortega"},
  note="Spanish: no sharing, but keep the catalog: sharing opt-out only")
S(k="siri-cell-for-sell", cat=CS, lang="en", prog="iphone",
  who=("Vern Thill", "vernthill@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-17 11:02",
  text="Please don't cell my name to other companies", labels=[C],
  note="dictation homophone 'cell' for 'sell'; the object (name, other companies) makes it a sharing opt-out")
S(k="ipad-do-not-share-list", cat=CS, lang="en", prog="ipad",
  who=("Eleanor Pruitt", "eleanorpruitt@icloud.com", "icloud"), box="powerhousecatalog", subj="Do not share list",
  when="2026-12-07 15:02", text="Hello,\n\nPlease add me to your do not share list.\n\nThank you,\nEleanor Pruitt",
  labels=[C], ents={"name": "Eleanor Pruitt"}, note="'Sent from my iPad'; asks to be put on the do-not-share list")
S(k="samsung-different-address-trade-lists", cat=CS, lang="en", prog="samsung",
  who=("Marcus Lindgren", "marcus.lindgren@gmail.com", "gmail"), mailed_to="mlindgren@mchsi.com",
  orig=("HOLCAT", {}), when="2026-11-19 20:40",
  text="pls keep me off the lists you trade w other catalogs", labels=[C],
  note="reply from a different address than the one we mailed (quoted To: mlindgren@mchsi.com); abbreviations 'pls', 'w'")
S(k="samsung-mixed-no-compartan", cat=CS, lang="mixed", prog="samsung",
  who=("Rocio Salgado", "rocio.salgado@gmail.com", "gmail"), orig=("SPRCAT", {}), when="2027-02-10 20:05",
  text="Please no compartan mi info con otras companies. thanks", labels=[C],
  note="Spanish-English mix in one sentence: do not share my info with other companies")
S(k="outlook-ios-dr-title", cat=CS, lang="en", prog="outlook_ios",
  who=("Paul Amundsen", "paul.amundsen@outlook.com", "outlook"), orig=("HOLCAT", {}), when="2026-11-13 06:31",
  text="Do not rent or exchange my name with other mailers.\n\nDr. Paul Amundsen, DDS",
  labels=[C], ents={"name": "Paul Amundsen"}, note="name extracted without the title 'Dr.' and the suffix 'DDS'")
S(k="gmail-ios-points-at-footer", cat=CS, lang="en", prog="gmail_ios",
  who=("Hannah Zeman", "hannahzeman@gmail.com", "gmail"), orig=("SPRCAT", {}), when="2027-02-12 09:27",
  text="the part at the bottom about sharing with other catalog companies - don't share mine please",
  labels=[C], note="her own sentence points at the quoted footer; the label comes from her words, not the footer")
S(k="webform-mobile-keep-catalog", builder="webform", cat=CS, lang="en", prog="Contact Us form (mobile Safari)",
  box="powerhousecatalog", when="2026-12-11 21:04",
  form=dict(name="Irene Kowalczyk", email="irene.kowalczyk@icloud.com", phone="(563) 555-0148", zip="52761",
            topic="PowerHouse Catalog", ua="Mobile Safari 18.2 (iPhone; iOS 18.2)",
            message="I want to keep getting the catalog but I do not want my name given to other companies."),
  labels=[C], ents={"name": "Irene Kowalczyk", "postal_code": "52761"}, ack="reply",
  note="our Contact Us form filled in on a phone: From is the noreply relay, the customer is in Reply-To")

# ---------------------------------------------------------------- both opt-outs
S(k="iphone-stop-catalog-and-dont-sell", cat=BO, lang="en", prog="iphone",
  who=("Walt Ingebretsen", "walt.ingebretsen@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-10 20:10",
  text="Please stop sending me the catalog and don't sell my name to anyone either.", labels=[M, C],
  note="stop the catalog (marketing) and no selling (sharing)")
S(k="voice-take-me-off-do-not-share", cat=BO, lang="en", prog="gmail_android",
  who=("Tanya Brooks", "tanyabrooks319@gmail.com", "gmail"), orig=("SPRCAT", {}), when="2027-02-09 18:44",
  text="take me off your list and do not share my information with anybody period thanks", labels=[M, C],
  note="voice typing; 'take me off your list' under the catalog e-mail plus 'do not share'")
S(k="samsung-stop-and-do-not-give", cat=BO, lang="en", prog="samsung",
  who=("Frank Dolezal", "fdolezal@comcast.net", "comcast"), orig=("HOLCAT", {}), when="2026-11-21 09:12",
  text="STOP. and do NOT give my address to other companies", labels=[M, C],
  note="STOP under a catalog promotion plus a sharing refusal")
S(k="yahoo-es-ni-catalogos-ni-compartir", cat=BO, lang="es", prog="yahoo_android",
  who=("Ernesto Paredes", "ernesto.paredes@yahoo.com", "yahoo"), orig=("HOLCAT", {}), when="2026-11-22 13:40",
  text="No me manden más catálogos y no compartan mis datos con nadie.", labels=[M, C],
  note="Spanish: no more catalogs and do not share my data")
S(k="outlook-new-everything-and-lists", cat=BO, lang="en", prog="outlook_android",
  who=("Kurt Feldmann", "kurt.feldmann@outlook.com", "outlook"), box="powerhousecatalog", subj="Remove me",
  when="2026-12-10 07:05",
  text="Unsubscribe me from everything and take me off any list you share or sell.\n\nCustomer no. 41-207-5563\nKurt Feldmann",
  labels=[M, C], ents={"name": "Kurt Feldmann", "account": "41-207-5563"},
  note="new mail from Outlook for Android; customer number from his catalog label")
S(k="iphone-dont-sell-my-email", cat=BO, lang="en", prog="iphone",
  who=("Stacy Wendt", "stacywendt@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-25 14:14",
  text="stop emailing me and dont sell my email address either", labels=[M, C],
  note="we never share e-mail addresses, but she asks not to be sold: both opt-outs are recorded")

# ---------------------------------------------------------------- questions
S(k="gmail-outage-how-much-longer", cat=QU, lang="en", prog="gmail_android",
  who=("Cody Harms", "codyharms@gmail.com", "gmail"), orig=("OUTAGE", OUT_DEC12), when="2026-12-12 09:05",
  text="how much longer?? been out since 6am and its 50 in the house", labels=[Q],
  note="reply to an outage alert (Reply-To customercare@) asking for a restoration time")
S(k="iphone-bill-too-high", cat=QU, lang="en", prog="iphone",
  who=("Angela Pfeiffer", "angela.pfeiffer@icloud.com", "icloud"),
  orig=("BILL", dict(date=(2026, 12, 16), last4="2291", amt="312.48", due="January 6, 2027")), when="2026-12-16 18:30",
  text="Why is my bill $312 this month? It's never been over $150. Did someone read the meter wrong?",
  labels=[Q], note="billing complaint under the bill notice; the quoted 'account ending in 2291' is not her entity")
S(k="samsung-rebate-model-question", cat=QU, lang="en", prog="samsung",
  who=("Kevin Oberbroeckling", "kevinob@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-20 19:40",
  text="Does the Nest Thermostat E qualify for the rebate? Bought it at Menards in September, before this email came out.",
  labels=[Q], note="question about the promoted rebate; interest, not an opt-out")
S(k="yahoo-is-this-a-scam", cat=QU, lang="en", prog="yahoo_ios",
  who=("Donna Kluesner", "donnakluesner@yahoo.com", "yahoo"), orig=("HOLCAT", {}), when="2026-11-13 10:10",
  text="is this legit or a scam? never heard of powerhouse catalog and how do you have my email", labels=[Q],
  note="asks whether the mail is genuine and where we got her address: question, no opt-out")
S(k="outlook-change-of-address", cat=QU, lang="en", prog="outlook_android",
  who=("Samuel Ochoa", "samochoa@outlook.com", "outlook"), box="customercare", subj="change of address",
  when="2026-12-14 12:00",
  text="I moved. New address is 818 W 4th St Apt 2, Dubuque IA 52001. Please update my account.\n\nAcct 7712 0345 91\nSam Ochoa",
  labels=[Q], ents={"name": "Sam Ochoa", "postal_code": "52001", "account": "7712 0345 91"},
  note="change of address is a question for staff; name as he signed it")
S(k="gmail-ios-how-to-stop-catalog-only", cat=QU, lang="en", prog="gmail_ios",
  who=("Molly Schweitzer", "mollyschweitzer@gmail.com", "gmail"), orig=("NLJAN", {}), when="2027-01-05 15:02",
  text="how do i stop the paper catalog but keep getting these tips emails?", labels=[Q],
  note="asks HOW to opt out, does not ask us to do it: question only")
S(k="iphone-opt-back-in", cat=QU, lang="en", prog="iphone",
  who=("Carol Wessels", "carolwessels@icloud.com", "icloud"), box="customercare", subj="Put me back on emails",
  when="2027-01-12 10:45",
  text="I unsubscribed by mistake when I was cleaning out my inbox. Can you put me back on the emails? I miss the energy tips.\n\nThanks, Carol",
  labels=[Q], ents={"name": "Carol"},
  note="opting back in is a question; the old unsubscribe she mentions is not a new opt-out")
S(k="gmail-es-pay-from-phone", cat=QU, lang="es", prog="gmail_android",
  who=("Leticia Navarro", "leticianavarro.cr@gmail.com", "gmail"),
  orig=("BILL", dict(date=(2027, 1, 18), last4="0456", amt="141.07", due="February 8, 2027")), when="2027-01-18 20:20",
  text="¿Puedo pagar mi factura desde el celular? No encuentro la opción en la aplicación.", labels=[Q],
  note="Spanish billing question under the bill notice")
S(k="samsung-line-down-outage", cat=QU, lang="en", prog="samsung",
  who=("Ron Hoefer", "rhoefer@comcast.net", "comcast"), orig=("OUTAGE", OUT_DEC12B), when="2026-12-12 08:15",
  text="There's a line down on our street by the school, sparking. Is someone coming??", labels=[Q],
  note="safety report and question under an outage alert: needs a human")
S(k="gmail-copy-of-my-data", cat=QU, lang="en", prog="gmail_android",
  who=("Jennifer Soto", "jensoto.ia@gmail.com", "gmail"), box="customercare", subj="my information",
  when="2026-12-18 14:22",
  text="What information do you have on me? I'd like a copy of my data please.\n\nJennifer Soto\nacct 2290-4471-08",
  labels=[Q], ents={"name": "Jennifer Soto", "account": "2290-4471-08"},
  note="data access request: a clear question (not deletion)")
S(k="yahoo-es-sign-me-up", cat=QU, lang="es", prog="yahoo_android",
  who=("Carmen Delgado", "carmendelgado61@yahoo.com", "yahoo"), orig=("ASSESS", {}), when="2027-02-03 09:09",
  text="sí, me interesa la evaluación. estoy en casa después de las 3 entre semana", labels=[Q],
  note="Spanish 'yes, sign me up' to the assessment offer: wanting more is a question")
S(k="iphone-did-you-sell-my-name", cat=QU, lang="en", prog="iphone",
  who=("Beth Kaiser", "bethkaiser@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-24 19:48",
  text="Did you sell my name? Ever since I ordered the heated throw I'm getting catalogs from companies I never heard of.",
  labels=[Q], note="asks WHETHER her name was shared; no request to stop sharing: question only")
S(k="outlook-paid-already", cat=QU, lang="en", prog="outlook_ios",
  who=("Greg Thoms", "gregthoms@outlook.com", "outlook"),
  orig=("PAYREM", dict(last4="5580", amt="129.66")), when="2027-01-09 07:50",
  text="I paid this on the 3rd through my bank. Can you check? Confirmation 88120-B", labels=[Q],
  note="payment question under a payment reminder; the confirmation number is not an account")
S(k="gmail-reply-to-ack-how-long", cat=QU, lang="en", prog="gmail_android",
  who=("Lori Weinacht", "loriweinacht@gmail.com", "gmail"),
  orig=("ACK", ACKP("CC-2026-11-04471", 2026, 11, 19, 8, 2, "CAJ8mX0q2vN7yKp3RrT5bQe1w9LhZsUoFgDcMnBa4xVtEiY6gA@mail.gmail.com")),
  when="2026-11-27 16:10", text="how long until im off the list? still got a catalog today", labels=[Q],
  note="a person replying to our acknowledgement with a real question: answer due, not a loop; no new opt-out")
S(k="iphone-es-cuando-regresa-la-luz", cat=QU, lang="es", prog="iphone",
  who=("Esperanza Ruiz", "esperanza.ruiz@icloud.com", "icloud"), orig=("OUTAGE", OUT_JAN23), when="2027-01-23 14:10",
  text="¿Ya saben cuándo regresa la luz? Tengo insulina en el refrigerador.", labels=[Q],
  note="Spanish question under an outage alert; medical urgency")
S(k="samsung-html-only-where-is-my-order", cat=QU, lang="en", prog="samsung", html_only=True,
  who=("Marv Kettmann", "marvkettmann@gmail.com", "gmail"), box="powerhousecatalog", subj="order",
  when="2026-12-08 16:40",
  text="Where is my order? Ordered the LED candles on Nov 20, order # PH-558210, still nothing.", labels=[Q],
  note="HTML-only order-status question; an order number is not an account")
S(k="voice-question-mark-spoken", cat=QU, lang="en", prog="gmail_android",
  who=("Jordan Fett", "jordanfett@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-26 17:55",
  text="is this the same rebate my landlord got last year question mark we rent", labels=[Q],
  note="voice typing wrote 'question mark' as words")

# ---------------------------------------------------------------- opt-out + question
S(k="aol-caps-asked-twice", cat=OQ, lang="en", prog="aol_ios",
  who=("Dolores Wagner", "doloreswagner@aol.com", "aol"), orig=("TSTAT", {}), when="2026-10-28 10:01",
  text="STOP SENDING ME THESE EMAILS!!! I HAVE ASKED TWICE ALREADY. WHY IS NOBODY LISTENING", labels=[M, Q],
  note="opt-out with a complaint that earlier requests were ignored (complaint = question); object is clear ('these emails')")
S(k="iphone-optout-how-did-you-get-address", cat=OQ, lang="en", prog="iphone",
  who=("Mark Gerdes", "markgerdes@icloud.com", "icloud"), orig=("HOLCAT", {}), when="2026-11-14 12:30",
  text="Please take me off the catalog mailing list. Also how did you get my address? I never signed up for this.",
  labels=[M, Q], note="catalog opt-out plus a data-source question")
S(k="gmail-unsub-and-bill-complaint", cat=OQ, lang="en", prog="gmail_android",
  who=("Jake Hruska", "jakehruska@gmail.com", "gmail"), orig=("NLJAN", {}), when="2027-01-06 19:22",
  text="unsubscribe. also my bill went up 40% since october, explain that", labels=[M, Q],
  note="unsubscribe under the newsletter plus a billing complaint")
S(k="samsung-dont-share-who-with", cat=OQ, lang="en", prog="samsung",
  who=("Sandra Kopecky", "sandrakopecky@gmail.com", "gmail"), orig=("SPRCAT", {}), when="2027-02-11 11:11",
  text="Don't share my name. And who have you shared it with already?", labels=[C, Q],
  note="sharing opt-out plus asking with whom it was shared")
S(k="outlook-mixed-unsub-reconnect-fee", cat=OQ, lang="mixed", prog="outlook_android",
  who=("Luis Hernández", "luis.hernandez.dbq@outlook.com", "outlook"), orig=("TSTAT", {}), when="2026-10-29 18:40",
  text="please unsubscribe me. Y también quiero saber por qué me cobraron un cargo de reconexión si nunca me cortaron la luz.",
  labels=[M, Q], note="English opt-out, Spanish billing question in the same message")
S(k="yahoo-all-three", cat=OQ, lang="en", prog="yahoo_ios", zone="AZ",
  who=("Pam Fischer", "pamfischer@yahoo.com", "yahoo"), orig=("HOLCAT", {}), when="2026-11-18 21:15",
  text="stop the catalogs, don't sell my name, and tell me what info you have on me", labels=[M, C, Q],
  note="both opt-outs plus a data access request; snowbird writing from Arizona time")
S(k="iphone-new-how-long-and-stop", cat=OQ, lang="en", prog="iphone",
  who=("Bill Kasparek", "billkasparek@gmail.com", "gmail"), box="customercare", subj="mailers",
  when="2026-12-03 10:22",
  text="How long does it take to stop the mailers? Please stop them for 2145 Elm Ct, Marion 52302.\n\nBill Kasparek",
  labels=[M, Q], ents={"name": "Bill Kasparek", "postal_code": "52302"},
  note="asks how long AND clearly asks us to stop: both labels")

# ---------------------------------------------------------------- unclear
S(k="gmail-stop-under-outage-alert", cat=UN, lang="en", prog="gmail_android",
  who=("Tom Rettig", "tomrettig@gmail.com", "gmail"), orig=("OUTAGE", OUT_DEC12C), when="2026-12-12 10:30",
  text="STOP", unclear=True,
  note="STOP under an outage alert (service message): stop alerts? stop marketing? not a marketing opt-out")
S(k="iphone-unsubscribe-under-bill", cat=UN, lang="en", prog="iphone",
  who=("Kim Nolte", "kimnolte@icloud.com", "icloud"),
  orig=("BILL", dict(date=(2026, 11, 17), last4="7734", amt="96.15", due="December 8, 2026")), when="2026-11-17 20:05",
  text="unsubscribe", unclear=True,
  note="'unsubscribe' under the bill notice: paperless bill? e-bill? marketing? service message, so unclear")
S(k="samsung-remove-me-under-ack", cat=UN, lang="en", prog="samsung",
  who=("Arlene Voss", "arlenevoss@comcast.net", "comcast"),
  orig=("ACK", ACKP("CC-2026-12-05102", 2026, 12, 2, 9, 47, "k3v9p0x2m7qz1a.5e1c9b2f@email.android.com")),
  when="2026-12-02 15:20", text="remove me", unclear=True,
  note="'remove me' under our own acknowledgement: short reply to a service message is unclear")
S(k="iphone-pocket-empty-reply", cat=UN, lang="en", prog="iphone",
  who=("Dennis Frahm", "dennisfrahm@icloud.com", "icloud"), orig=("TSTAT", {}), when="2026-10-30 22:47",
  text="", unclear=True,
  note="pocket-sent reply: no new text, only 'Sent from my iPhone' over the quoted promo (the quoted UNSUBSCRIBE is ours)")
S(k="samsung-pocket-new-no-subject", cat=UN, lang="en", prog="samsung",
  who=("Patty Moeller", "pattymoeller@comcast.net", "comcast"), box="customercare", subj="",
  when="2027-01-16 11:58", text="", unclear=True,
  note="pocket-sent new mail: empty subject, empty body, only the Galaxy signature")
S(k="yahoo-thumbs-up-only", cat=UN, lang="en", prog="yahoo_ios",
  who=("Connie Bries", "conniebries@yahoo.com", "yahoo"), orig=("HOLCAT", {}), when="2026-11-11 12:00",
  text="👍", unclear=True, note="a single emoji says nothing decidable")
S(k="iphone-please-opt-me-out-no-object", cat=UN, lang="en", prog="iphone",
  who=("Doris Heims", "dorisheims@icloud.com", "icloud"), box="customercare", subj="Please",
  when="2026-12-05 09:31", text="Please opt me out.", unclear=True,
  note="no object and no context: opt out of what? (mailbox is a hint only)")
S(k="outlook-subject-opt-out-empty-body", cat=UN, lang="en", prog="outlook_android",
  who=("Greg Ahrens", "gahrens@outlook.com", "outlook"), box="powerhousecatalog", subj="opt out",
  when="2026-12-06 18:17", text="", unclear=True,
  note="subject 'opt out' with an empty body sent to the catalog box: marketing or sharing? unclear")
S(k="gmail-ios-same-for-wife", cat=UN, lang="en", prog="gmail_ios",
  who=("Mike Berg", "mikeberg.cr@gmail.com", "gmail"),
  orig=("ACK", ACKP("CC-2026-11-04503", 2026, 11, 24, 13, 5, "CAKw4Pq9Xn2TzR8bLc6VyHd1mJ5sFg3eUo7aNiBk0tEr2QwYh9A@mail.gmail.com")),
  when="2026-11-25 07:44", text="do the same for my wife's email too, kate.m.berg@gmail.com", unclear=True,
  note="'do the same' refers to an earlier request without saying what, and is for someone else")
S(k="iphone-daughter-for-deceased-father", cat=UN, lang="en", prog="iphone",
  who=("Susan Platt", "susanplatt@icloud.com", "icloud"), box="powerhousecatalog", subj="Walter Ziegler",
  when="2026-11-30 20:12",
  text="My father Walter Ziegler passed away in October. Please stop the catalogs coming to his house at 604 Prairie St, Vinton IA 52349.",
  unclear=True, ents={"name": "Walter Ziegler", "postal_code": "52349"},
  note="on behalf of a deceased parent without stated standing (not executor/account holder); entities name the father")
S(k="gmail-keep-deals-stop-emailing", cat=UN, lang="en", prog="gmail_android",
  who=("Ashley Thein", "ashleythein@gmail.com", "gmail"), orig=("TSTAT", {}), when="2026-10-31 13:33",
  text="i want to keep getting the deals but stop emailing me so much", unclear=True,
  note="self-contradicting: wants the deals but fewer e-mails (frequency?), no clear opt-out")
S(k="autocorrect-now-not", cat=UN, lang="en", prog="iphone",
  who=("Gail Pietsch", "gailpietsch@icloud.com", "icloud"), orig=("SPRCAT", {}), when="2027-02-10 08:26",
  text="I do now want my name shared with other companies", unclear=True,
  note="autocorrect 'now' vs 'not' flips the meaning; a careful reader cannot tell")
S(k="samsung-delete-everything", cat=UN, lang="en", prog="samsung",
  who=("Travis Meyer", "travismeyer77@gmail.com", "gmail"), box="customercare", subj="delete my info",
  when="2027-01-20 22:05",
  text="Delete my account and all the information you have about me. I'm done.\n\nTravis Meyer",
  labels=[Q], unclear=True, ents={"name": "Travis Meyer"},
  note="delete-everything request: unclear plus question per the rulebook (the bot may not delete account data)")
S(k="gmail-es-ya-no-under-bill", cat=UN, lang="es", prog="gmail_android",
  who=("Javier Morales", "javiermorales.ia@gmail.com", "gmail"),
  orig=("BILL", dict(date=(2027, 2, 16), last4="3307", amt="174.22", due="March 9, 2027")), when="2027-02-16 19:40",
  text="ya no", unclear=True, note="Spanish 'no more' under a bill notice: short reply to a service message")
S(k="iphone-like-i-said-on-phone", cat=UN, lang="en", prog="iphone",
  who=("Janet Lueck", "janetlueck@icloud.com", "icloud"), box="customercare", subj="per our call",
  when="2026-11-05 11:16",
  text="Like I told the lady on the phone this morning, please take care of it. Thank you.\nJanet Lueck",
  unclear=True, ents={"name": "Janet Lueck"}, note="refers to a phone call without saying what to do")
S(k="samsung-family-account-mom-says", cat=UN, lang="en", prog="samsung",
  who=("The Hendricks Family", "hendricksfamily@comcast.net", "comcast"),
  reply_to=("Jess Hendricks", "jess.hendricks@gmail.com"), orig=("HOLCAT", {}), when="2026-11-23 17:50",
  text="Mom says stop sending her the catalog - Jess", unclear=True, ack="reply",
  note="shared family account writing for someone else (Mom) without clear standing; ack to the Reply-To of the writer; no name for the person")
S(k="gmail-ios-es-borren-mis-datos", cat=UN, lang="es", prog="gmail_ios",
  who=("Beatriz Solís", "beasolis@gmail.com", "gmail"), box="customercare", subj="Eliminación de mis datos",
  when="2027-02-08 12:40", text="Quiero que borren todos mis datos de su sistema.\n\nBeatriz Solís",
  labels=[Q], unclear=True, ents={"name": "Beatriz Solís"},
  note="Spanish delete-all-my-data request: unclear plus question; RFC 2047 subject")

# ---------------------------------------------------------------- human, nothing to do
S(k="iphone-thank-you-to-ack", cat=NA, lang="en", prog="iphone",
  who=("Rita Ambrose", "ritaambrose@icloud.com", "icloud"),
  orig=("ACK", ACKP("CC-2026-11-04388", 2026, 11, 19, 10, 14, "7D2F0C3B-5A1E-4F2B-9B1D-3C8E44A0F16D@icloud.com")),
  when="2026-11-20 08:03", text="Thank you!", ack=None,
  note="a thank-you to our acknowledgement: no labels, not unclear, no answer due (avoid ping-pong)")
S(k="gmail-thanks-power-restored", cat=NA, lang="en", prog="gmail_android",
  who=("Steve Koopman", "stevekoopman@gmail.com", "gmail"), orig=("OUTAGE", OUT_DEC12R), when="2026-12-12 15:31",
  text="thanks 👍 you guys were fast", ack=None, note="thanks under a 'power restored' alert; nothing to do")
S(k="iphone-misfire-grab-milk", cat=NA, lang="en", prog="iphone",
  who=("Amy Tjaden", "amytjaden@gmail.com", "gmail"), orig=("NLJAN", {}), when="2027-01-07 17:20",
  text="ok be there at 6. can you grab milk", ack=None,
  note="misfire: a message meant for family sent as a reply to our newsletter; plainly not addressed to us, nothing to do")
S(k="gmail-wrong-recipient-potluck", cat=NA, lang="en", prog="gmail_android",
  who=("Carla Boes", "carlaboes@gmail.com", "gmail"), box="customercare", subj="potluck pics",
  when="2026-11-09 19:12",
  text="Hi Dave! Here are the pics from Sunday's potluck. The rest are on the church facebook page.\n\nCarla",
  ack=None, ents={"name": "Carla"},
  note="wrong recipient (autocomplete picked customercare@); not a request; first name in her sign-off")
S(k="samsung-got-it-thx-bill", cat=NA, lang="en", prog="samsung",
  who=("Bob Lenz", "boblenz@comcast.net", "comcast"),
  orig=("BILL", dict(date=(2027, 1, 18), last4="8821", amt="88.40", due="February 8, 2027")), when="2027-01-18 07:12",
  text="got it thx", ack=None, note="acknowledges the bill notice; a thank-you, nothing to do")
S(k="yahoo-es-gracias-ack", cat=NA, lang="es", prog="yahoo_android",
  who=("Marisol Vega", "marisolvega@yahoo.com", "yahoo"),
  orig=("ACK", ACKP("CC-2027-01-00212", 2027, 1, 14, 16, 40, "1803345518.2207719.1799968612045@mail.yahoo.com")),
  when="2027-01-14 18:02", text="Muchas gracias por la información. Que tengan buen día.", ack=None,
  note="Spanish thank-you to our acknowledgement; no answer due")

# ---------------------------------------------------------------- automated: auto-replies
S(k="gmail-vacation-hunting", builder="m_autoreply_gmail", cat=AR, lang="en", automated=True,
  prog="Gmail vacation responder", who=("Alan Steinke", "alansteinke@gmail.com", "gmail"), orig=("TSTAT", {}),
  text="Thanks for your email. I'm up north hunting until October 26 with no cell service. I'll get back to you when I'm home.\n\nAlan",
  note="Gmail vacation responder to the promo (Auto-Submitted: auto-replied); never acknowledge")
S(k="outlook-oof-catalog", builder="m_autoreply_outlook", cat=AR, lang="en", automated=True,
  prog="Outlook.com automatic replies", who=("Jill Martens", "jillmartens@outlook.com", "outlook"), orig=("HOLCAT", {}),
  text="Hi! I'm on vacation until Monday, November 16 with limited access to email. If it's urgent, please text me.\n\nJill",
  note="Outlook automatic reply to the catalog e-mail, null sender")
S(k="plumber-autoresponder-no-headers", builder="m_autoreply_plain", cat=AR, lang="en", automated=True,
  prog="hosting autoresponder", who=("Dale's Plumbing & Heating", "service@dalesplumbingheating.net", "small"),
  host=("p3plwbeout21-05.prod.phx3.secureserver.net", "173.201.193.149"), orig=("TSTAT", {}),
  text=("Thank you for contacting Dale's Plumbing & Heating!\n\nWe have received your email and will get back to you "
        "within 1 business day. For no-heat emergencies please call 319-555-0131 any time.\n\n"
        "Dale's Plumbing & Heating\nSince 1987"),
  note="headerless autoresponder (no Auto-Submitted, no Precedence) from a business customer: still automated")
S(k="yahoo-es-vacation", builder="m_autoreply_yahoo", cat=AR, lang="es", automated=True,
  prog="Yahoo vacation response", who=("Graciela Domínguez", "gracieladominguez@yahoo.com", "yahoo"), orig=("ASSESS", {}),
  subj="Respuesta automática: estoy de viaje",
  text="Hola, estoy de viaje en Michoacán hasta el 20 de febrero y revisaré mi correo a mi regreso.\n\nGracias,\nGraciela",
  note="Spanish vacation auto-reply to the assessment promo")
S(k="old-isp-no-longer-monitored", builder="m_autoreply_plain", cat=AR, lang="en", automated=True,
  prog="ISP autoresponder", who=("R J Haag", "rjhaag@iowatelco.net", "small"),
  host=("smtp2.iowatelco.net", "198.51.100.23"), orig=("NLJAN", {}), tls=False,
  text=("This email address is no longer being monitored.\n\nPlease send all future correspondence to "
        "rj.haag.ia@gmail.com.\n\nThank you."),
  note="'no longer monitored' notice without Auto-Submitted: automated; the new address it names is not a request")

# ---------------------------------------------------------------- automated: loop traps
S(k="outlook-oof-to-ack", builder="m_autoreply_outlook", cat=LT, lang="en", automated=True,
  prog="Outlook.com automatic replies", who=("Kara Lundgren", "kara.lundgren@outlook.com", "outlook"),
  orig=("ACK", ACKP("CC-2026-11-04512", 2026, 11, 24, 15, 22, "DM6PR12MB4433A1B2C3D4E5F60718293A4B5C6@DM6PR12MB4433.namprd12.prod.outlook.com")),
  text="I'm away from my phone for the Thanksgiving holiday and will reply after November 30.\n\nKara",
  note="LOOP TRAP: out-of-office answering our own acknowledgement; never acknowledge")
S(k="gmail-vacation-to-ack", builder="m_autoreply_gmail", cat=LT, lang="en", automated=True,
  prog="Gmail vacation responder", who=("Doug Petersen", "dougpetersen.ia@gmail.com", "gmail"),
  orig=("ACK", ACKP("CC-2026-12-05140", 2026, 12, 3, 11, 9, "CAPd8uG5nRkTq2ZxW7yLs4cVm1bHe9oJf3iAa6NtUgYr0KzXw@mail.gmail.com")),
  text="I'm traveling through December 28 and checking email only occasionally. For anything about the farm, call Ellen at 319-555-0172.",
  note="LOOP TRAP: Gmail vacation reply to our acknowledgement")
S(k="parish-autoresponder-to-ack", builder="m_autoreply_plain", cat=LT, lang="en", automated=True,
  prog="hosting autoresponder", who=("St. Joseph Parish Office", "office@stjoemarionia.org", "small"),
  host=("mail.stjoemarionia.org", "198.51.100.61"),
  orig=("ACK", ACKP("CC-2026-12-05188", 2026, 12, 7, 10, 31, "20261207162904.GA10311@stjoemarionia.org")),
  text=("Thank you for contacting St. Joseph Parish. The parish office is open Monday through Thursday, 8:30 to 4:00.\n\n"
        "If this is a pastoral emergency, please call 319-555-0166."),
  note="LOOP TRAP: headerless autoresponder answering our acknowledgement")

# ---------------------------------------------------------------- automated: bounces
S(k="bounce-gmail-nosuchuser-tstat", builder="m_bounce_postfix", cat=BN, lang="en", automated=True,
  prog="Postfix DSN (our outbound relay)", who=("", "kfrerichs1962@gmail.com", ""), orig=("TSTAT", {}),
  status="5.1.1", remote="gmail-smtp-in.l.google.com",
  diag_code="550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 6a1803df08f44-6d8e0f2a1b3si4402716d6.341 - gsmtp",
  diag_text=("host gmail-smtp-in.l.google.com[142.250.115.27]\n    said: 550-5.1.1 The email account that you tried to reach does not exist.\n"
             "    Please try 550-5.1.1 double-checking the recipient's email address for\n    typos or 550-5.1.1 unnecessary spaces. For more information, go to 550\n"
             "    5.1.1  https://support.google.com/mail/?p=NoSuchUser\n    6a1803df08f44-6d8e0f2a1b3si4402716d6.341 - gsmtp (in reply to RCPT TO\n    command)"),
  note="DSN for the thermostat promo; the returned headers carry our List-Unsubscribe and opt-out words")
S(k="bounce-yahoo-invalid-holcat", builder="m_bounce_postfix", cat=BN, lang="en", automated=True,
  prog="Postfix DSN (our outbound relay)", who=("", "dmoeller58@yahoo.com", ""), orig=("HOLCAT", {}),
  host="out2.alliant-energy.com", status="5.0.0", remote="mta7.am0.yahoodns.net",
  diag_code="554 delivery error: dd Not a valid recipient - atlas-production.v2-mail-prod1-gq1.omega.yahoo.com",
  diag_text=("host mta7.am0.yahoodns.net[67.195.204.77] said: 554 delivery\n    error: dd Not a valid recipient -\n"
             "    atlas-production.v2-mail-prod1-gq1.omega.yahoo.com (in reply to end of\n    DATA command)"),
  note="catalog e-mail bounced back to the catalog box")
S(k="ndr-exchange-business-left", builder="m_ndr_exchange", cat=BN, lang="en", automated=True,
  prog="Exchange Online NDR", who=("", "lmeyer@hawkeyefarmsupply.com", ""), tenant="hawkeyefarmsupply",
  orig=("NLJAN", {}), note="Exchange Online 'Undeliverable:' for a business address that no longer exists")
S(k="bounce-icloud-over-quota", builder="m_bounce_postfix", cat=BN, lang="en", automated=True,
  prog="Postfix DSN (our outbound relay)", who=("", "j.kroeger@icloud.com", ""), orig=("ASSESS", {}),
  status="5.2.2", remote="mx01.mail.icloud.com",
  diag_code="552 5.2.2 <j.kroeger@icloud.com>: user is over quota",
  diag_text=("host mx01.mail.icloud.com[17.57.154.33] said: 552 5.2.2\n    <j.kroeger@icloud.com>: user is over quota (in reply to RCPT TO command)"),
  note="mailbox-full bounce of the assessment promo")
S(k="qmail-bounce-of-ack", builder="m_bounce_qmail", cat=BN, lang="en", automated=True,
  prog="qmail bounce (small ISP)", who=("", "harlan.moss@iowatelco.net", ""), host=("mail.iowatelco.net", "198.51.100.20"),
  reason="This account has been disabled or discontinued [#102]. (#5.1.1)",
  orig=("ACK", ACKP("CC-2026-12-05230", 2026, 12, 10, 14, 2, "20261210195812.3F1A2B@iowatelco.net")),
  note="legacy qmail bounce (no MIME) of our own acknowledgement; the copied ack text is full of opt-out words")
S(k="postfix-delay-sprcat", builder="m_bounce_postfix", cat=BN, lang="en", automated=True, delayed=True,
  prog="Postfix delay warning (our outbound relay)", who=("", "gwagner@comcast.net", ""), orig=("SPRCAT", {}),
  status="4.2.0", remote="mx1a1.comcast.net",
  diag_code="421 4.2.0 resimta-po-13v.sys.comcast.net comcast 174.65.18.40 Too many sessions opened",
  diag_text=("host mx1a1.comcast.net[96.102.18.146] said: 421 4.2.0\n    resimta-po-13v.sys.comcast.net comcast Too many sessions opened (in reply\n    to MAIL FROM command)"),
  note="delay warning, not a failure; still machine mail")

# ---------------------------------------------------------------- automated: read receipts
S(k="samsung-read-receipt", builder="m_mdn_samsung", cat=RR, lang="en", automated=True, prog="Samsung Email (MDN)",
  who=("Darlene Krapfl", "dkrapfl@comcast.net", "comcast"), box_addr=CC_ADDR, when="2026-12-18 19:42",
  staff_subject="Re: high bill", staff_msgid="<SJ0PR04MB7421C0E1D2F3A4B5C6D7E8F90A1B2C3@SJ0PR04MB7421.namprd04.prod.outlook.com>",
  note="read receipt for a staff reply that requested one; a read receipt is never a request")
S(k="samsung-read-receipt-es", builder="m_mdn_samsung", cat=RR, lang="es", automated=True, prog="Samsung Email (MDN)",
  who=("Rosario Campos", "rosariocampos.ia@gmail.com", "gmail"), box_addr=CC_ADDR, when="2027-01-27 08:15",
  staff_subject="Re: cargo en mi factura", staff_msgid="<SJ0PR04MB74219F8E7D6C5B4A39281706F5E4D3C@SJ0PR04MB7421.namprd04.prod.outlook.com>",
  note="Spanish-locale read receipt ('Leído:') for a staff reply")
S(k="exchange-read-receipt", builder="m_mdn_exchange", cat=RR, lang="en", automated=True, prog="Outlook / Exchange (MDN)",
  who=("Whitney Sorensen", "wsorensen@cedarvalleyvet.com", "exo:cedarvalleyvet.com"), box_addr=PH_ADDR,
  when="2026-12-14 16:20", staff_sent=ct(2026, 12, 14, 14, 3),
  staff_subject="Re: order status", staff_msgid="<BN8PR04MB6210A7B6C5D4E3F2A1B0C9D8E7F6A5B@BN8PR04MB6210.namprd04.prod.outlook.com>",
  note="Outlook 'Read:' receipt for a catalog staff reply")

# ---------------------------------------------------------------- automated: notifications and spam
S(k="gcal-invite-from-phone", builder="m_gcal_invite", cat=NT, lang="en", automated=True, prog="Google Calendar (invitation)",
  who=("Rick Thuente", "rickthuente@gmail.com", "gmail"), when="2027-01-11 21:36",
  event=dict(title="Call Alliant about budget billing", start=dtm.datetime(2027, 1, 14, 10, 0),
             end=dtm.datetime(2027, 1, 14, 10, 30), desc="ask about budget billing + the catalog thing"),
  note="calendar invitation with customercare@ added as a guest from the phone's contacts: not a request")
S(k="challenge-response-boxguard", builder="m_challenge", cat=NT, lang="en", automated=True, prog="challenge-response filter",
  who=("", "verify@boxguard-mail.net", ""), owner="Ron Kaczmarek", orig=("TSTAT", {}),
  note="challenge-response 'please verify' notice answering our promo")
S(k="phish-mailbox-full", builder="m_phish", cat=SP, lang="en", automated=True, prog="phishing (HTML-only)",
  who=("", "it-helpdesk@alliant-energy-mailcenter.example", ""), when="2027-01-26 03:12",
  note="credential phishing, HTML-only windows-1252 base64; fakes 'Sent from Outlook for iOS' and 'Unsubscribe'")
S(k="cold-seo-sent-from-iphone", cat=SP, lang="en", automated=True, prog="iphone",
  who=("Derek Mills", "derek.mills.growth@gmail.com", "gmail"), box="powerhousecatalog",
  subj="quick question about powerhousecatalog.com", when="2026-12-01 06:55",
  text=("Hi there,\n\nI was looking at powerhousecatalog.com on my phone and noticed it isn't showing up for searches "
        "like \"energy saving gifts\". I help catalog brands get more organic traffic.\n\n"
        "Would you be open to a quick 10 min call this week? Happy to send a free audit first.\n\nDerek\n\n"
        "P.S. If you don't want to hear from me again, just reply \"no thanks\" and I'll remove you from my list."),
  note="cold SEO outreach dressed as a phone mail ('Sent from my iPhone'); its opt-out wording is not a request")


# =========================================================================
# Build everything
# =========================================================================
BUILDERS = {"human": build_human, "unsub": build_unsub, "webform": build_webform,
            "m_autoreply_gmail": m_autoreply_gmail, "m_autoreply_outlook": m_autoreply_outlook,
            "m_autoreply_plain": m_autoreply_plain, "m_autoreply_yahoo": m_autoreply_yahoo,
            "m_bounce_postfix": m_bounce_postfix, "m_bounce_qmail": m_bounce_qmail,
            "m_ndr_exchange": m_ndr_exchange, "m_mdn_samsung": m_mdn_samsung, "m_mdn_exchange": m_mdn_exchange,
            "m_gcal_invite": m_gcal_invite, "m_challenge": m_challenge, "m_phish": m_phish}

ENT_KEYS = ("name", "postal_code", "account")


def ack_address(s):
    if s["automated"] or s["ack"] is None:
        return None
    if s["ack"] == "reply":
        if s["builder"] == "webform":
            return s["form"]["email"]
        return s["reply_to"][1]
    return s["who"][1]


def build_all():
    keys = [s["k"] for s in SPECS]
    assert len(keys) == len(set(keys)), "duplicate spec keys"
    rows = []
    for s in SPECS:
        raw, t_mx, rcpt = BUILDERS[s["builder"]](s)
        rows.append((t_mx, s, raw, rcpt))
    rows.sort(key=lambda r: (r[0], r[1]["k"]))
    out = []
    for i, (t_mx, s, raw, rcpt) in enumerate(rows, 1):
        fn = f"{i:04d}.eml"
        box = "customercare" if rcpt == CC_ADDR else "powerhousecatalog"
        if s["automated"]:
            assert s["labels"] == [] and not s["unclear"] and not s["ents"], s["k"]
        rec = {"file": fn, "mailbox": box, "automated": s["automated"],
               "labels": [x for x in (M, C, Q) if x in s["labels"]], "unclear": s["unclear"],
               "entities": {k: s["ents"][k] for k in ENT_KEYS if k in s["ents"]},
               "note": s["note"], "ack_to": ack_address(s)}
        prog = PROGRAM_NAMES.get(s["prog"], s["prog"])
        out.append((fn, crlf(raw), rec, s, prog, central(t_mx)))
    return out


def write_readme(out, path):
    n = len(out)
    recs = [r for _, _, r, _, _, _ in out]
    from collections import Counter, OrderedDict

    def cnt(pred):
        return sum(1 for r in recs if pred(r))
    combos = Counter()
    for r in recs:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"] and not r["labels"]:
            combos["(none) - unclear"] += 1
        elif r["unclear"]:
            combos[" + ".join(r["labels"]) + " (unclear)"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    cats = OrderedDict()
    for c in (MO, LU, CS, BO, QU, OQ, UN, NA, AR, LT, BN, RR, NT, SP):
        cats[c] = sum(1 for o in out if o[3]["cat"] == c)
    langs = Counter(o[3]["lang"] for o in out)
    progs = Counter(o[4] for o in out)
    boxes = Counter(r["mailbox"] for r in recs)
    boxes_auto = Counter(r["mailbox"] for r in recs if r["automated"])
    first, last = out[0][5], out[-1][5]

    L = []
    L.append("# Phones set: mail written on phones and tablets (labelled, for development)\n")
    L.append("## The brief\n")
    L.append("Mail written on phones and tablets: iPhone Mail, the Gmail and Outlook apps on Android and iOS, Samsung Email,\n"
             "the Yahoo and AOL apps. Dictated by voice (no punctuation, homophones, \"period\" spoken aloud), autocorrect mistakes,\n"
             "all lower case, one-line replies typed above our promotions, catalog e-mails, bill notices and outage alerts\n"
             "(top-posted, with the whole quoted message below in the style each app uses: \"On Tue, Jan 5, 2027 at 9:14 AM X wrote:\",\n"
             "\"Sent from my iPhone\", \"Get Outlook for Android\", \"-------- Original message --------\"), emoji, replies sent from a\n"
             "different address than the one we mailed, subject lines left as \"Re: ...\" of our mail, occasional HTML-only mail.\n"
             "It covers every outcome in LABELS.md: marketing opt-outs (post, e-mail, both), catalog-sharing opt-outs, questions,\n"
             "mail that asks for nothing (thanks, misfires, a wrong recipient), unclear mail (including pocket-sent empty mail), and the\n"
             "machine mail phones and their mail systems produce (auto-replies, delivery failures, read receipts). About 15 % is in\n"
             "Spanish or mixed Spanish and English.\n")
    L.append(f"{n} messages, `0001.eml` ... `{n:04d}.eml`, numbered in arrival order ({first:%Y-%m-%d} to {last:%Y-%m-%d}, "
             "US Central time); categories are mixed together. All people, addresses, account and customer numbers, companies and\n"
             "phone numbers (555-01xx) are invented. Sender addresses use real mailbox-provider domains so the headers look right:\n"
             "**if you replay this set through a bot, point its outgoing SMTP at a sink.**\n")
    L.append("## Format\n")
    L.append("Same as the main corpus (see `/work/shared/corpus/README.md` and `LABELS.md`): raw RFC 5322 bytes with CRLF line endings;\n"
             "`Return-Path`, `Delivered-To`, then the `Received`/`Authentication-Results` chain of the fictional\n"
             "`mx1`/`mx2.alliant-energy.com` -> `mbx01` Postfix hosts; then the sending provider's own headers (Gmail's\n"
             "`X-Google-*`/`X-Gm-Message-State`, iCloud's Proofpoint headers, Microsoft's ARC and `x-ms-*`, Yahoo's `X-Sonic-*`/`X-YMail-OSG`,\n"
             "Comcast's `X-Xfinity-*`) and the mail program's headers and MIME layout (iPhone Mail's `Apple-Mail-` boundary and\n"
             "`Mime-Version: 1.0 (1.0)`, Samsung Email's `--_com.samsung.android.email_` boundary and base64 parts, Outlook's `_000_` boundary\n"
             "and `Thread-Index`, Yahoo's `----=_Part_` boundary and `X-Mailer: WebService/...`).\n")
    L.append("`manifest.jsonl` has one object per message, keys in this order: `file, mailbox, automated, labels, unclear, entities, note,\n"
             "ack_to`. `index.tsv` maps each file to its generator spec, category, language, program and arrival time (the category\n"
             "is not part of the label schema).\n")
    L.append("## Our own outgoing mail, which shows up inside this set\n")
    L.append("Most messages here are replies typed above something we sent, so the quoted text below the new text is ours. It is never\n"
             "the sender's request and never a source of entities (our ZIPs 53718 and 52406, the quoted `Customer no.` and\n"
             "`Account ending in` lines, the opt-out and sharing footers).\n")
    L.append("| what | From | sent | notes |")
    L.append("|---|---|---|---|")
    L.append("| promo \"Winter's coming: get $75 back on a smart thermostat\" | `customercare@` | 2026-10-20 10:02 CDT | footer: \"To opt out of marketing e-mails, reply with the word UNSUBSCRIBE\", HQ ZIP 53718; token `AE-2610-TSTAT` |")
    L.append("| catalog e-mail \"The PowerHouse Holiday Catalog is here: 20% off LED lights\" | `powerhousecatalog@` | 2026-11-10 09:30 CST | starts with the recipient's `Customer no. 40-…`; footer explains list sharing **and** \"To unsubscribe … reply UNSUBSCRIBE\"; PO Box ZIP 52406; `PH-2611-HOL` |")
    L.append("| newsletter \"Home Comfort Tips: January 2027\" | `customercare@` | 2027-01-05 09:14 CST | \"Manage your preferences or unsubscribe\"; `AE-NL-2701` |")
    L.append("| promo \"Free Home Energy Assessment: book by February 26\" | `customercare@` | 2027-02-02 08:30 CST | \"Unsubscribe / opt out … or reply UNSUBSCRIBE\"; `AE-2702-HEA` |")
    L.append("| catalog e-mail \"Spring Preview: new smart plugs, grow lights & more\" | `powerhousecatalog@` | 2027-02-09 09:30 CST | same catalog footer as the holiday e-mail; `PH-2702-SPR` |")
    L.append("| bill notice \"Your Alliant Energy bill is ready\" | `noreply@alliantenergy.com`, **Reply-To `customercare@`** | monthly, 06:05 | service message; \"Account ending in NNNN\"; says it is sent \"even if you have opted out of marketing e-mails\" |")
    L.append("| payment reminder \"Reminder: your payment is due January 12\" | `noreply@alliantenergy.com`, Reply-To `customercare@` | 2027-01-08 | service message |")
    L.append("| outage alerts \"Outage alert: we're working to restore your power\" / \"Power restored near you\" | `alerts@alliantenergy.com`, Reply-To `customercare@` | ice storm 2026-12-12, wind storm 2027-01-23 | service message; \"Manage alerts at alliantenergy.com/alerts\" |")
    L.append("| **bot acknowledgement** \"We received your request [CC-YYYY-MM-NNNNN]\" | `Alliant Energy Customer Care <customercare@…>` | – | `Message-ID: <ack.CC-…@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out and sharing |")
    L.append("| staff replies (Outlook, Exchange Online) | `customercare@` / `powerhousecatalog@` | – | ask for a read receipt (`Disposition-Notification-To`), so read receipts come back |")
    L.append("")
    L.append("Every promotion and catalog e-mail carries `List-Unsubscribe: <mailto:…?subject=unsubscribe%20TOKEN>` pointing at the mailbox it\n"
             "came from; the newsletter's adds `&body=Please%20remove%20me%20from%20Home%20Comfort%20Tips`. Because bill notices and outage\n"
             "alerts have `Reply-To: customercare@`, replies to them land in the customercare box. Our outbound relays are\n"
             "`out1`/`out2.alliant-energy.com`; promotions use the sending mailbox as envelope sender, so bounces come back to it.\n")
    L.append("## Phone traits in the set\n")
    L.append("* **Quote styles:** Gmail (`On Tue, Jan 5, 2027, 9:14 AM X <…> wrote:` on Android, `… at 9:14 AM …` on iOS, Spanish\n"
             "  `El mar, 5 ene 2027, …escribió:`), iPhone Mail (`> On Jan 5, 2027, at 9:14 AM, X <…> wrote:` with the BOM iOS puts in\n"
             "  the first quoted line), Outlook mobile (`Get Outlook for Android` then a `From:/Sent:/To:/Subject:` block, no `>`),\n"
             "  Samsung Email (`-------- Original message --------`, Spanish `-------- Mensaje original --------`), Yahoo\n"
             "  (`On Tuesday, January 5, 2027, 9:14 AM, X <…> wrote:`), AOL (`-----Original Message-----`).\n"
             "* **Voice and keyboard:** dictated \"period\", \"comma\", \"question mark\"; homophones (*male* for mail, *cell* for sell);\n"
             "  autocorrect (*unsubscribed*, *now* for *not*); all lower case; emoji alone or next to words.\n"
             "* **Addresses:** replies from a different address than the one we mailed (Outlook and Samsung quote headers show the\n"
             "  original `To:`), a work account with a personal Reply-To, a shared family account with the writer in Reply-To, our\n"
             "  Contact Us form filled in on a phone (From `noreply@`, customer in Reply-To).\n"
             "* **Machine mail from phones and their providers:** Gmail/Outlook/Yahoo vacation replies (some set to answer our bot's\n"
             "  acknowledgement: loop traps), autoresponders without any `Auto-Submitted`, List-Unsubscribe mail sent by Gmail, iOS Mail,\n"
             "  Yahoo and Outlook, an inbox-cleaning app (with `Auto-Submitted: auto-generated`), read receipts from Samsung Email and\n"
             "  Outlook, a calendar invitation made on a phone, bounces, a challenge-response notice, spam.\n")
    L.append("## Labelling decisions taken in this set\n")
    L.append("Labels follow `LABELS.md` (hard cases of 2026-12-03). Where the corpus README and LABELS.md differ, LABELS.md wins:\n")
    L.append("* **A first name alone is an entity** (LABELS.md: \"a first name alone counts\"): `Joan`, `Carol`, `Carla`.\n"
             "* **Delete-everything requests are `unclear` with `labels: [\"question\"]`** (LABELS.md), not `[]`.\n"
             "* **Short replies:** `stop`/`remove`/`unsubscribe`/`UNSUBSCRIBE` under a promotion or catalog e-mail is `marketing_opt_out`;\n"
             "  `STOP`, `unsubscribe`, `ya no` under an outage alert or bill notice, and `remove me` under our acknowledgement, are unclear.\n"
             "* **Empty or emoji-only new text is unclear**: a pocket-sent reply, a pocket-sent new mail with empty subject and body,\n"
             "  a lone 👍. An emoji next to a decisive word (`🛑 stop`, `Unsubscribe me please 🙏`) takes the word's meaning.\n"
             "* **No answer due (`ack_to: null`, not unclear, no labels):** thank-yous (to our acknowledgement, to a bill notice, to a\n"
             "  power-restored alert), a misfire meant for family (\"ok be there at 6. can you grab milk\"), a wrong-recipient mail.\n"
             "* **Replies to our acknowledgement:** machine replies are automated (LOOP TRAP); a human thank-you gets no ack; a human\n"
             "  question gets an ack; \"remove me\" is unclear; \"do the same for my wife's email\" is unclear (reference to earlier mail).\n"
             "* **Standing:** the account holder writing for her household, and a widow stopping the catalogs that come to her house for\n"
             "  herself and her late husband, are acted on; a daughter writing about her deceased father's house, and a shared family\n"
             "  account writing \"Mom says stop\", are unclear (entities name the person the request is for, when written).\n"
             "* **Acknowledgement address:** From by default; Reply-To only for our web-form relay, the shared family account, and the\n"
             "  work address whose owner asks to be answered at her personal Reply-To. A reply from a different address than the one we\n"
             "  mailed is acknowledged at its From.\n"
             "* **Unsubscribe software:** Gmail/iOS/Yahoo/Outlook List-Unsubscribe mail is a person's opt-out (ack to From); the\n"
             "  inbox-cleaning app's mail carries `Auto-Submitted: auto-generated`, so `ack_to` is null although it is not automated.\n")
    L.append("## Counts\n")
    L.append("| label | messages carrying it |")
    L.append("|---|---|")
    for lab in (M, C, Q):
        L.append(f"| `{lab}` | {cnt(lambda r: lab in r['labels'])} |")
    L.append(f"| `automated: true` | {cnt(lambda r: r['automated'])} |")
    L.append(f"| `unclear: true` | {cnt(lambda r: r['unclear'])} |")
    L.append(f"| **total messages** | **{n}** |\n")
    L.append("Exact label combinations (each message counted once):\n")
    L.append("| labels | messages |")
    L.append("|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append(f"| {k} | {v} |")
    L.append("")
    L.append("By how the message came to be (`index.tsv` category):\n")
    L.append("| category | messages |")
    L.append("|---|---|")
    for k, v in cats.items():
        L.append(f"| {k} | {v} |")
    L.append("")
    L.append("| mailbox | messages | of which automated |")
    L.append("|---|---|---|")
    for b in ("customercare", "powerhousecatalog"):
        L.append(f"| `{b}` | {boxes[b]} | {boxes_auto[b]} |")
    L.append("")
    L.append("| language | messages |")
    L.append("|---|---|")
    for k in ("en", "es", "mixed"):
        L.append(f"| {k} | {langs[k]} |")
    L.append("")
    L.append("| program | messages |")
    L.append("|---|---|")
    for k, v in sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append(f"| {k} | {v} |")
    L.append("")
    L.append("| other | count |")
    L.append("|---|---|")
    L.append(f"| messages with any entity | {cnt(lambda r: bool(r['entities']))} |")
    for k in ENT_KEYS:
        L.append(f"| entity `{k}` | {cnt(lambda r: k in r['entities'])} |")
    L.append(f"| `ack_to` set | {cnt(lambda r: r['ack_to'] is not None)} |")
    L.append(f"| `ack_to` null | {cnt(lambda r: r['ack_to'] is None)} |")
    L.append(f"| `ack_to` null on a human message | {cnt(lambda r: r['ack_to'] is None and not r['automated'])} |")
    L.append(f"| HTML-only human messages | {sum(1 for o in out if o[3].get('html_only'))} |")
    L.append("")
    L.append("## Files\n")
    L.append("| path | what |")
    L.append("|---|---|")
    L.append(f"| `NNNN.eml` | {n} raw messages; open them as bytes |")
    L.append("| `manifest.jsonl` | labels, one object per message, in file order |")
    L.append("| `index.tsv` | file, spec, category, language, program, date |")
    L.append("| `_generator/build.py` | rebuilds every byte of this folder (fixed seeds, stdlib only): `python3 _generator/build.py` |")
    L.append("| `_generator/verify.py` | checks the set: `python3 _generator/verify.py` |")
    L.append("")
    path.write_text("\n".join(L), encoding="utf-8", newline="\n")


def main():
    root = OUT
    out = build_all()
    for old in root.glob("*.eml"):
        old.unlink()
    with open(root / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as mf, \
            open(root / "index.tsv", "w", encoding="utf-8", newline="\n") as ix:
        ix.write("file\tspec\tcategory\tlanguage\tprogram\tdate\n")
        for fn, data, rec, s, prog, arr in out:
            (root / fn).write_bytes(data)
            mf.write(json.dumps(rec, ensure_ascii=False) + "\n")
            ix.write(f"{fn}\t{s['k']}\t{s['cat']}\t{s['lang']}\t{prog}\t{arr:%Y-%m-%d %H:%M}\n")
    write_readme(out, root / "README.md")
    print(f"wrote {len(out)} messages to {root}")


if __name__ == "__main__":
    main()
