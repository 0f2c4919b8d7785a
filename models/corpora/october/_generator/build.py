#!/usr/bin/env python3
"""Rebuild the 'october' set (12-25 October 2026) byte for byte.

    python3 _generator/build.py

Writes NNNN.eml, manifest.jsonl, index.tsv and README.md next to this folder.
Python 3 standard library only; every random choice comes from random.Random seeded
with SEED and the message's spec name, so the output never changes between runs.
"""
import base64
import html
import json
import quopri
import random
import re
import string
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SEED = 20261012

CDT = timezone(timedelta(hours=-5))
MBX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
MX_IP = {"mx1": "10.40.2.11", "mx2": "10.40.2.12"}


# ----------------------------------------------------------------------------- small helpers
def R(key):
    return random.Random(f"{SEED}:{key}")


def rstr(rng, n, alpha=string.ascii_letters + string.digits):
    return "".join(rng.choice(alpha) for _ in range(n))


def b64ish(rng, n):
    return rstr(rng, n, string.ascii_letters + string.digits + "+/")


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uid(rng, upper=True):
    s = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return s.upper() if upper else s


def tzo(minutes):
    return timezone(timedelta(minutes=minutes))


def dt(s, off=-300):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tzo(off))


def rfc(d):
    return format_datetime(d)


def cdt(d):
    return rfc(d.astimezone(CDT)) + " (CDT)"


def pdt(d):
    return rfc(d.astimezone(tzo(-420))) + " (PDT)"


def utc(d):
    return rfc(d.astimezone(timezone.utc)).replace("-0000", "+0000")


def fold(value, width=76, sep="\n\t"):
    """Fold a long structured header value at '; ' boundaries."""
    parts = value.split("; ")
    out, cur = [], ""
    for p in parts:
        piece = p if not cur else "; " + p
        if cur and len(cur) + len(piece) > width:
            out.append(cur + ";")
            cur = p
        else:
            cur += piece
    out.append(cur)
    return sep.join(out)


def chop(s, n=76, sep="\n\t  "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def qword(s, cs="UTF-8"):
    """RFC 2047 Q-encoding, split into encoded-words of at most 75 characters."""
    chunks, cur = [], ""
    limit = 75 - len(cs) - 7
    for ch in s:
        if ch == " ":
            e = "_"
        elif re.match(r"[A-Za-z0-9!*+\-/]", ch):
            e = ch
        else:
            e = "".join("=%02X" % b for b in ch.encode(cs))
        if len(cur) + len(e) > limit:
            chunks.append(cur)
            cur = ""
        cur += e
    chunks.append(cur)
    return "\n ".join(f"=?{cs}?Q?{c}?=" for c in chunks)


def bword(s, cs="UTF-8"):
    return Header(s, cs).encode(maxlinelen=76, linesep="\n")


def enc_subject(s, mode="Q", cs="UTF-8"):
    if is_ascii(s):
        return s
    return qword(s, cs) if mode == "Q" else bword(s, cs)


def addr(name, email, mode="B", cs="UTF-8"):
    if not name:
        return email
    if is_ascii(name):
        return formataddr((name, email))
    if mode == "Q":
        return f"{qword(name, cs)} <{email}>"
    return formataddr((name, email), charset="utf-8")


# ----------------------------------------------------------------------------- MIME helpers
def qp(text, cs):
    return quopri.encodestring(text.encode(cs)).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def encode_text(text, cs="UTF-8", cte=None):
    if not text.endswith("\n"):
        text += "\n"
    longest = max(len(x) for x in text.split("\n"))
    if cte is None:
        cte = "7bit" if is_ascii(text) and longest <= 76 else "quoted-printable"
    if cte == "quoted-printable":
        return cte, qp(text, cs)
    if cte == "base64":
        return cte, b64(text.encode(cs))
    return cte, text


def leaf(ctype, text, cs="UTF-8", cte=None, extra=(), show_cte=True):
    cte, body = encode_text(text, cs, cte)
    h = [f"Content-Type: {ctype}"]
    if show_cte:
        h.append(f"Content-Transfer-Encoding: {cte}")
    h += list(extra)
    return "\n".join(h) + "\n\n" + body


def raw_leaf(headers, body):
    return "\n".join(headers) + "\n\n" + body


def multipart(boundary, parts, preamble=None):
    out = ""
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}"
        if not p.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    return out


def to_html_paras(text):
    paras = text.strip("\n").split("\n\n")
    return [html.escape(p).replace("\n", "<br>\n") for p in paras]


# ----------------------------------------------------------------------------- our own outgoing mail
FALL_TEXT = """Heating season is here.

Before the first cold night, have a contractor from our Home Comfort network check your furnace or boiler: clean the burners, inspect the heat exchanger and test for carbon monoxide. Book by November 15 and take $50 off the visit.

Book a tune-up: https://www.alliant-energy.com/fall-tuneup
Offer code: FALL50

Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718
You are receiving this e-mail because you are an Alliant Energy customer. To opt out of marketing e-mails, click Unsubscribe (https://www.alliant-energy.com/unsubscribe) or reply with the word unsubscribe. Bills, outage alerts and other service messages are sent even if you opt out.
"""

HOLIDAY_TEXT = """PowerHouse Holiday Preview

Get a head start on the holidays: smart plugs, LED string lights, heated throws, the new pumpkin lantern set and more. Members save 15% through November 2 with code PREVIEW15.

Shop the preview: https://www.powerhousecatalog.com/holiday-preview
Request a printed catalog: 1-800-555-0142

PowerHouse Catalog, an Alliant Energy company | P.O. Box 2040 | Madison, WI 53701
We sometimes share our customers' names and postal addresses with other catalog companies whose products may interest you. If you would rather we did not share yours, write to powerhousecatalog@alliant-energy.com. We never share e-mail addresses.
To unsubscribe from PowerHouse e-mail, click here (https://www.powerhousecatalog.com/unsubscribe) or reply with "unsubscribe".
"""

SAFETY_TEXT = """Heating season safety from Alliant Energy

As you turn up the heat this fall, please keep these natural gas safety tips in mind:
- If you smell gas (a rotten-egg odor), leave right away and call 1-800-555-0137 from outside.
- Test your carbon monoxide detectors and replace batteries.
- Keep furnace vents, meters and outdoor appliance vents clear of leaves and snow.

We send this notice to all natural gas customers every fall. It is a safety message, not a marketing message.
Alliant Energy | 4902 N. Biltmore Lane | Madison, WI 53718
"""


def outage_text(street, eta, n):
    return f"""Alliant Energy outage alert

We know the power is out at {street}. High winds are causing outages across the area.
Cause: storm damage
Customers affected near you: {n}
Estimated restoration: {eta}

Crews are working as quickly and safely as they can. Stay at least 35 feet away from downed lines and call 1-800-555-0137 to report one.

You receive this alert because you signed up for outage notifications. To change how you get alerts, go to My Account > Notifications. This is a service message.
"""


def restored_text(street):
    return f"""Alliant Energy outage update

Power has been restored at {street}. Thank you for your patience during the windstorm.
If your power is still out, reply to this e-mail or call 1-800-555-0137.

This is a service message.
"""


def ack_text(ref):
    return f"""Thank you for contacting Alliant Energy.

We received your message and created request {ref}. If you asked us to stop marketing contact, or not to share your name and address with other companies, we will update our records within 10 business days. If your message needs an answer, a member of our Customer Care team will reply.

Please keep the reference number above if you write to us again.

Alliant Energy Customer Care
This is an automated acknowledgement; replies are read by our staff.
"""


FALL_DATE = dt("2026-10-13 08:02:11")
HOLIDAY_DATE = dt("2026-10-20 07:30:04")
SAFETY_DATE = dt("2026-10-12 10:00:00")

ORIG_FROM = {
    "fall": ("Alliant Energy", "customercare@alliant-energy.com"),
    "holiday": ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com"),
    "outage": ("Alliant Energy Outage Alerts", "outagealerts@alliantenergy.com"),
    "restored": ("Alliant Energy Outage Alerts", "outagealerts@alliantenergy.com"),
    "ack": ("Alliant Energy Customer Care", "customercare@alliant-energy.com"),
    "safety": ("Alliant Energy", "noreply@alliantenergy.com"),
}


def orig(kind, p=None):
    """(from_name, from_addr, date, subject, message_id, text) of the mail being answered."""
    p = p or {}
    name, a = ORIG_FROM[kind]
    if kind == "fall":
        return (name, a, FALL_DATE, "Fall tune-up: $50 off a furnace check",
                f"<AE-PR-2610-{p.get('tok', '4F21C9')}@mta.alliant-energy.com>", FALL_TEXT)
    if kind == "holiday":
        return (name, a, HOLIDAY_DATE, "Your Holiday Preview from PowerHouse is here",
                f"<PH-2610-{p.get('tok', 'K7Q2MD')}@mta.alliant-energy.com>", HOLIDAY_TEXT)
    if kind == "safety":
        return (name, a, SAFETY_DATE, "Heating season safety reminder",
                f"<safety-2610-{p.get('tok', '00912')}@notify.alliantenergy.com>", SAFETY_TEXT)
    if kind == "outage":
        return (name, a, p["date"], "Outage alert: your power is out",
                f"<outage.{p['id']}@notify.alliantenergy.com>", outage_text(p["street"], p["eta"], p["n"]))
    if kind == "restored":
        return (name, a, p["date"], "Outage update: power restored",
                f"<restored.{p['id']}@notify.alliantenergy.com>", restored_text(p["street"]))
    if kind == "ack":
        return (name, a, p["date"], f"We received your request [{p['ref']}]",
                f"<ack.{p['ref']}@alliant-energy.com>", ack_text(p["ref"]))
    raise KeyError(kind)


# ----------------------------------------------------------------------------- trace and providers
def postfix_qid(rng):
    return "4c" + rstr(rng, 1, "BCDFGHJKLMNPQRSTVWXYZ") + rstr(rng, 10, string.ascii_letters + string.digits)


TLS = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
       "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
       "\t(No client certificate requested)")


def trace(mbx_addr, env_from, helo, host, ip, t_arrive, auth, rng, tls=True):
    mx = rng.choice(["mx1", "mx2"])
    t_mbx = t_arrive + timedelta(seconds=rng.randint(0, 2))
    via = "ESMTPS" if tls else "ESMTP"
    rp = f"<{env_from}>" if env_from else "<>"
    return [
        f"Return-Path: {rp}",
        f"Delivered-To: {mbx_addr}",
        f"Received: from {mx}.alliant-energy.com ({mx}.alliant-energy.com [{MX_IP[mx]}])\n"
        f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {postfix_qid(rng)}\n"
        f"\tfor <{mbx_addr}>; {cdt(t_mbx)}",
        f"Authentication-Results: {mx}.alliant-energy.com;\n\t" + auth.replace("{mx}", mx),
        f"Received: from {helo} ({host} [{ip}])\n"
        + (f"\t{TLS}\n" if tls else "")
        + f"\tby {mx}.alliant-energy.com (Postfix) with {via} id {postfix_qid(rng)}\n"
        f"\tfor <{mbx_addr}>; {cdt(t_arrive)}",
    ]


def auth_pass(rng, d, sel, mailfrom, ip, dmarc="p=NONE sp=QUARANTINE dis=NONE", hfrom=None):
    hfrom = hfrom or d
    return (f"dkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 "
            f"header.s={sel} header.b={b64ish(rng, 8)};\n"
            f"\tdmarc=pass ({dmarc}) header.from={hfrom};\n"
            f"\tspf=pass ({{mx}}.alliant-energy.com: domain of {mailfrom} designates {ip} as permitted sender) "
            f"smtp.mailfrom={mailfrom}")


def dkim_sig(rng, d, sel, h, t, extra=""):
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
            f"        d={d}; s={sel}; t={int(t.timestamp())};{extra}\n"
            f"        h={h};\n"
            f"        bh={b64ish(rng, 43)}=;\n"
            f"        b={chop(b64ish(rng, 342) + '==', 68, chr(10) + '         ')}")


def prov_gmail(rng, a, t, workspace=False):
    d = a.split("@")[1]
    n = rng.randint(41, 180)
    host = f"mail-{rng.choice(['wr1', 'wm1', 'ej1', 'qt1', 'pl1', 'yw1', 'io1', 'oi1', 'ua1', 'vs1', 'qk1'])}-f{n}.google.com"
    ip = f"209.85.{rng.choice([128, 160, 208, 210, 214, 216, 218, 219, 220, 221, 222])}.{n}"
    sel = "google" if workspace else "20230601"
    hs = []
    hs.append(dkim_sig(rng, d, sel, "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to",
                       t, f" x={int(t.timestamp()) + 604800}; darn=alliant-energy.com"))
    hs.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
              f"        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
              "        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
              f"        bh={b64ish(rng, 43)}=;\n"
              f"        b={chop(b64ish(rng, 342) + '==', 68, chr(10) + '         ')}")
    hs.append(f"X-Gm-Message-State: AOJu0Y{b64ish(rng, 52)}\n\t{b64ish(rng, 24)}==")
    hs.append(f"X-Gm-Gg: ASbGnc{b64ish(rng, 70)}\n\t{b64ish(rng, 76)}\n\t{b64ish(rng, 40)}")
    hs.append(f"X-Google-Smtp-Source: AGHT+I{b64ish(rng, 78)}==")
    hs.append(f"X-Received: by 2002:a05:{hexs(rng, 4)}:{hexs(rng, 4)}:b0:{hexs(rng, 3)}:{hexs(rng, 4)} with SMTP id "
              f"{hexs(rng, 14)}-{hexs(rng, 11)}mr{rng.randint(1000000, 9999999)}{rng.randint(100000, 999999)}.{rng.randint(1, 40)}.{int(t.timestamp()) % 1000000000};\n"
              f"        {pdt(t + timedelta(seconds=1))}")
    auth = auth_pass(rng, d, sel, a, ip, "p=NONE sp=QUARANTINE dis=NONE" if d == "gmail.com" else "p=NONE dis=NONE")
    return host, host, ip, hs, auth


def prov_yahoo(rng, a, t, brand="yahoo"):
    d = a.split("@")[1]
    n = rng.randint(20, 99)
    host = f"sonic3{n:02d}-{rng.randint(10, 40)}.consmr.mail.{rng.choice(['bf2', 'ne1', 'gq1'])}.yahoo.com"
    ip = f"74.6.{rng.choice([128, 129, 130, 131, 132, 133])}.{rng.randint(30, 250)}"
    sel = "s2048" if brand == "yahoo" else "a2048"
    hs = [dkim_sig(rng, d, sel, "Date:From:To:Subject:References:From:Subject:Reply-To", t),
          "X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t="
          f"{int(t.timestamp())};\n\tbh={b64ish(rng, 43)}=;\n\th=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n"
          f"\tb={chop(b64ish(rng, 342) + '==', 68, chr(10) + chr(9) + '  ')}",
          f"X-YMail-OSG: {b64ish(rng, 60).replace('/', '.').replace('+', '_')}\n {b64ish(rng, 70).replace('/', '.').replace('+', '_')}",
          f"X-Sonic-MF: <{a}>",
          f"X-Sonic-ID: {uid(rng, False)}",
          f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic3{n:02d}.consmr.mail.bf2.yahoo.com with HTTP; {utc(t)}"]
    auth = auth_pass(rng, d, sel, a, ip, "p=REJECT sp=REJECT dis=NONE")
    return host, host, ip, hs, auth


def prov_outlookcom(rng, a, t):
    d = a.split("@")[1]
    pod = rng.choice(["NAM11-CO1", "NAM12-BN8", "NAM10-DM6", "NAM04-MW2", "NAM02-SN1"])
    host = f"{pod}-obe.outbound.protection.outlook.com"
    ip = f"40.92.{rng.randint(16, 60)}.{rng.randint(10, 250)}"
    box = f"{rng.choice(['SJ0PR', 'BY5PR', 'DM6PR', 'CH3PR', 'MN2PR', 'PH0PR'])}{rng.randint(10, 19)}MB{rng.randint(1000, 9999)}"
    arc = ("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
           f" b={chop(b64ish(rng, 340) + '==', 76, chr(10) + ' ')}")
    hs = [arc,
          "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n"
          " s=arcselector10001;\n"
          " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
          f" bh={b64ish(rng, 43)}=;\n b={chop(b64ish(rng, 340) + '==', 76, chr(10) + ' ')}",
          "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
          dkim_sig(rng, d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t),
          f"Received: from {box}.namprd{box[5:7]}.prod.outlook.com\n (2603:10b6:{hexs(rng, 3)}:{hexs(rng, 2)}::{rng.randint(10, 30)}) by {box}.namprd{box[5:7]}.prod.outlook.com\n"
          f" (2603:10b6:{hexs(rng, 3)}:{hexs(rng, 3)}::{rng.randint(5, 19)}) with Microsoft SMTP Server (version=TLS1_2,\n"
          f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000, 9300)}.{rng.randint(10, 40)}; {rfc((t + timedelta(seconds=1)).astimezone(timezone.utc)).replace('-0000', '+0000')}",
          "X-MS-Exchange-Organization-SCL: 1" if False else f"X-MS-Exchange-CrossTenant-Network-Message-Id: {uid(rng, False)}",
          "X-MS-Exchange-CrossTenant-AuthAs: Internal",
          "X-MS-Exchange-CrossTenant-id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
          "X-MS-PublicTrafficType: Email"]
    auth = auth_pass(rng, d, "selector1", a, ip, "p=NONE sp=NONE dis=NONE")
    return host, host, ip, hs, auth, box


def prov_m365(rng, a, t, tenant_host=None):
    d = a.split("@")[1]
    ip = f"40.107.{rng.randint(200, 250)}.{rng.randint(10, 250)}"
    host = f"mail-{rng.choice(['bn8nam12', 'dm6nam10', 'ch5nam04', 'mw2nam10', 'co1nam11'])}on20{rng.randint(600, 799)}.outbound.protection.outlook.com"
    box = f"{rng.choice(['BN0PR', 'SA1PR', 'CY8PR', 'DS7PR', 'IA1PR'])}{rng.randint(10, 19)}MB{rng.randint(1000, 9999)}"
    hs = ["ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
          f" b={chop(b64ish(rng, 340) + '==', 76, chr(10) + ' ')}",
          "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n"
          f" smtp.mailfrom={d}; dmarc=pass action=none header.from={d}; dkim=pass\n header.d={d}; arc=none",
          dkim_sig(rng, d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t),
          f"Received: from {box}.namprd{box[5:7]}.prod.outlook.com\n (2603:10b6:{hexs(rng, 3)}:{hexs(rng, 3)}::{rng.randint(5, 19)}) by {box}.namprd{box[5:7]}.prod.outlook.com\n"
          f" ({rng.randint(10, 99)}.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(10, 250)}) with Microsoft SMTP Server (version=TLS1_2,\n"
          f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000, 9300)}.{rng.randint(10, 40)}; {utc(t + timedelta(seconds=1))}",
          f"X-MS-Exchange-CrossTenant-Network-Message-Id: {uid(rng, False)}",
          f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {(t + timedelta(seconds=1)).astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3]} (UTC)",
          "X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted",
          f"X-MS-Exchange-CrossTenant-id: {uid(rng, False)}",
          "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + box]
    auth = auth_pass(rng, d, "selector1", a, ip, "p=QUARANTINE sp=QUARANTINE dis=NONE")
    return host, host, ip, hs, auth, box


def prov_icloud(rng, a, t):
    d = a.split("@")[1]
    host = f"st43p00im-{rng.choice(['ztdg', 'zteg', 'ztfb'])}{rng.randint(10000000, 10999999)}.me.com"
    ip = f"17.58.{rng.randint(6, 63)}.{rng.randint(10, 250)}"
    hs = [dkim_sig(rng, d, "1a1hai", "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", t),
          f"Received: from smtpclient.apple (st43p00im-{hexs(rng, 8)}.me.com [17.56.9.{rng.randint(2, 40)}])\n"
          f"\tby {host} (Postfix) with ESMTPSA id {hexs(rng, 8).upper()}{rng.randint(10, 99)}\n"
          f"\tfor <{{rcpt}}>; {rfc((t + timedelta(seconds=1)).astimezone(timezone.utc)).replace('-0000', '+0000')} (UTC)",
          f"X-Proofpoint-GUID: {rstr(rng, 32, string.ascii_letters + string.digits + '-_')}",
          f"X-Proofpoint-ORIG-GUID: {rstr(rng, 32, string.ascii_letters + string.digits + '-_')}"]
    auth = auth_pass(rng, d, "1a1hai", a, ip, "p=QUARANTINE sp=QUARANTINE dis=NONE")
    return host, "outbound.mr.icloud.com", ip, hs, auth


def prov_comcast(rng, a, t):
    host = f"resqmta-{rng.choice(['po', 'c1p', 'h1p'])}-{rng.randint(1, 12):02d}v.sys.comcast.net"
    ip = f"96.102.{rng.randint(18, 200)}.{rng.randint(10, 90)}"
    hs = [dkim_sig(rng, "comcast.net", "20190202a", "Received:Received:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", t),
          f"Received: from oxapp-{rng.choice(['asc', 'hoa'])}-{rng.randint(10, 60)}o.email.comcast.net ([96.118.{rng.randint(10, 250)}.{rng.randint(10, 250)}])\n"
          f"\tby cmsmtp with ESMTPA\n\tid {rstr(rng, 16)}; {utc(t + timedelta(seconds=1))}",
          "X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeefgedrudeftddgleekucetufdoteggodetrfdotf",
          "X-Xfinity-VMeta: sc=-100.00;st=legit"]
    auth = auth_pass(rng, "comcast.net", "20190202a", a, ip, "p=QUARANTINE sp=QUARANTINE dis=NONE")
    return host, host, ip, hs, auth


def prov_smallisp(rng, a, t, d=None, dkim=True):
    d = d or a.split("@")[1]
    host = f"{rng.choice(['smtp', 'mail', 'out', 'relay'])}{rng.randint(1, 4)}.{d}"
    ip = f"{rng.choice([64, 66, 69, 72, 75, 24])}.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    hs = []
    if dkim:
        hs.append(dkim_sig(rng, d, rng.choice(["default", "mail", "dkim2025", "s1"]), "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", t))
    hs.append(f"Received: from [192.168.{rng.randint(0, 5)}.{rng.randint(2, 220)}] (unknown [{rng.randint(24, 99)}.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}])\n"
              f"\t(Authenticated sender: {a})\n\tby {host} (Postfix) with ESMTPSA id {postfix_qid(rng)[:10]}\n"
              f"\tfor <{{rcpt}}>; {rfc(t.astimezone(CDT))}")
    if dkim:
        auth = auth_pass(rng, d, "default", a, ip, "p=NONE dis=NONE")
    else:
        auth = (f"dkim=none;\n\tdmarc=none (p=none dis=none) header.from={d};\n"
                f"\tspf=pass ({{mx}}.alliant-energy.com: domain of {a} designates {ip} as permitted sender) smtp.mailfrom={a}")
    return host, host, ip, hs, auth


def prov_fastmail(rng, a, t):
    d = a.split("@")[1]
    host = "fout-a" + str(rng.randint(1, 8)) + "-smtp.messagingengine.com"
    ip = f"103.168.172.{rng.randint(140, 160)}"
    hs = [dkim_sig(rng, d, "fm1", "cc:content-type:content-transfer-encoding:date:date:from:from:in-reply-to:message-id:mime-version:references:reply-to:subject:subject:to:to", t),
          dkim_sig(rng, "messagingengine.com", "fm1", "cc:content-type:date:feedback-id:from:message-id:mime-version:subject:to:x-me-proxy:x-me-sender", t),
          f"X-ME-Sender: <xms:{b64ish(rng, 40)}>",
          f"Feedback-ID: i{hexs(rng, 8)}:Fastmail",
          f"Received: by mailuser.phl.internal (Postfix, from userid 501)\n\tid {hexs(rng, 10).upper()}; {rfc(t.astimezone(tzo(-240)))} (EDT)"]
    auth = auth_pass(rng, d, "fm1", a, ip, "p=NONE dis=NONE")
    return host, host, ip, hs, auth


def prov_internal_web(rng, t):
    host = f"web0{rng.randint(1, 4)}.alliantenergy.com"
    ip = f"10.60.1.{rng.randint(20, 40)}"
    auth = ("dkim=pass (2048-bit key) header.d=alliantenergy.com header.s=s2026 header.b="
            f"{b64ish(rng, 8)};\n\tdmarc=pass (p=REJECT dis=NONE) header.from=alliantenergy.com;\n"
            f"\tspf=pass ({{mx}}.alliant-energy.com: domain of noreply@alliantenergy.com designates {ip} as permitted sender) smtp.mailfrom=noreply@alliantenergy.com")
    hs = [dkim_sig(rng, "alliantenergy.com", "s2026", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t)]
    return host, host, ip, hs, auth


# ----------------------------------------------------------------------------- quoting styles
def ampm(d):
    return d.strftime("%I:%M %p").lstrip("0")


def q_gt(text):
    return "\n".join(">" if not ln else "> " + ln for ln in text.rstrip("\n").split("\n"))


def quote_plain(style, o, me_addr, fwd=False):
    name, a, d, subj, mid, text = o
    d = d.astimezone(CDT)
    if fwd:
        if style == "gmail":
            return ("---------- Forwarded message ---------\n"
                    f"From: {name} <{a}>\nDate: {d.strftime('%a, %b %-d, %Y at ')}{ampm(d)}\n"
                    f"Subject: {subj}\nTo: <{me_addr}>\n\n\n{text}")
        if style == "outlook":
            return ("________________________________\n"
                    f"From: {name} <{a}>\nSent: {d.strftime('%A, %B %-d, %Y')} {ampm(d)}\n"
                    f"To: {me_addr} <{me_addr}>\nSubject: {subj}\n\n{text}")
        if style == "apple":
            return (f"Begin forwarded message:\n\nFrom: {name} <{a}>\nSubject: {subj}\n"
                    f"Date: {d.strftime('%B %-d, %Y at ')}{ampm(d)} CDT\nTo: {me_addr}\n\n{text}")
        raise KeyError(style)
    if style == "gmail":
        return f"On {d.strftime('%a, %b %-d, %Y')} at {ampm(d)} {name} <{a}>\nwrote:\n\n{q_gt(text)}"
    if style == "apple":
        return q_gt(f"On {d.strftime('%b %-d, %Y')}, at {ampm(d)}, {name} <{a}> wrote:\n\n{text}")
    if style == "outlook":
        return ("________________________________\n"
                f"From: {name} <{a}>\nSent: {d.strftime('%A, %B %-d, %Y')} {ampm(d)}\n"
                f"To: {me_addr} <{me_addr}>\nSubject: {subj}\n\n{text}")
    if style == "outlook_es":
        return ("________________________________\n"
                f"De: {name} <{a}>\nEnviado: {d.strftime('%d/%m/%Y')} {d.strftime('%H:%M')}\n"
                f"Para: {me_addr} <{me_addr}>\nAsunto: {subj}\n\n{text}")
    if style == "yahoo":
        body = "\n".join(" " + ln if ln else "" for ln in text.rstrip("\n").split("\n"))
        return (f"    On {d.strftime('%A, %B %-d, %Y at %I:%M:%S %p')} CDT, {name} <{a}> wrote:  \n \n \n{body}")
    if style == "thunderbird":
        return f"On {d.strftime('%-m/%-d/%y')} {ampm(d)}, {name} wrote:\n{q_gt(text)}"
    if style == "roundcube":
        return f"On {d.strftime('%Y-%m-%d %H:%M')}, {name} wrote:\n{q_gt(text)}"
    if style == "ox":
        return q_gt(f"On {d.strftime('%m/%d/%Y')} {ampm(d)} CDT {name} <{a}> wrote:\n\n\n{text}")
    if style == "samsung":
        return ("-------- Original message --------\n"
                f"From: {name} <{a}> \nDate: {d.strftime('%-m/%-d/%y')} {ampm(d)} (GMT-06:00) \n"
                f"To: {me_addr} \nSubject: {subj} \n\n{text}")
    if style == "fastmail":
        return f"On {d.strftime('%a, %b %-d, %Y')}, at {d.strftime('%H:%M')}, {name} wrote:\n{q_gt(text)}"
    raise KeyError(style)


def quote_html(style, o, me_addr, fwd=False):
    name, a, d, subj, mid, text = o
    d = d.astimezone(CDT)
    inner = "".join(f"<p>{p}</p>" for p in to_html_paras(text))
    if style == "gmail":
        if fwd:
            return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    "---------- Forwarded message ---------<br>"
                    f"From: <strong class=\"gmail_sendername\" dir=\"auto\">{html.escape(name)}</strong> "
                    f"<span dir=\"auto\">&lt;{a}&gt;</span><br>Date: {d.strftime('%a, %b %-d, %Y at ')}{ampm(d)}<br>"
                    f"Subject: {html.escape(subj)}<br>To: &lt;{me_addr}&gt;<br></div><br><br>{inner}</div>")
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"On {d.strftime('%a, %b %-d, %Y')} at {ampm(d)} {html.escape(name)} &lt;<a href=\"mailto:{a}\">{a}</a>&gt; wrote:<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{inner}</blockquote></div>")
    if style == "apple":
        return (f'<div><br><blockquote type="cite"><div>On {d.strftime("%b %-d, %Y")}, at {ampm(d)}, {html.escape(name)} '
                f'&lt;{a}&gt; wrote:</div><br class="Apple-interchange-newline"><div>{inner}</div></blockquote></div>')
    if style in ("outlook", "outlook_es"):
        lab = ("From", "Sent", "To", "Subject") if style == "outlook" else ("De", "Enviado", "Para", "Asunto")
        sent = f"{d.strftime('%A, %B %-d, %Y')} {ampm(d)}" if style == "outlook" else f"{d.strftime('%d/%m/%Y')} {d.strftime('%H:%M')}"
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                f"<b>{lab[0]}:</b> {html.escape(name)} &lt;{a}&gt;<br><b>{lab[1]}:</b> {sent}<br>"
                f"<b>{lab[2]}:</b> {me_addr} &lt;{me_addr}&gt;<br><b>{lab[3]}:</b> {html.escape(subj)}</font>"
                f"<div>&nbsp;</div></div><div>{inner}</div>")
    if style == "yahoo":
        return ('<div id="yahoo_quoted_' + str(sum(map(ord, subj)) * 7919 % 10 ** 10) + '" class="yahoo_quoted">'
                '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                f"<div>On {d.strftime('%A, %B %-d, %Y at %I:%M:%S %p')} CDT, {html.escape(name)} &lt;{a}&gt; wrote:</div>"
                f"<div><br></div><div><br></div>{inner}</div></div>")
    if style == "samsung":
        return ('<div><br></div><div id="composer_signature"></div><div style="font-size:100%;color:#000000"><!-- originalMessage -->'
                f"<div>-------- Original message --------</div><div>From: {html.escape(name)} &lt;{a}&gt; </div>"
                f"<div>Date: {d.strftime('%-m/%-d/%y')} {ampm(d)} (GMT-06:00) </div><div>To: {me_addr} </div>"
                f"<div>Subject: {html.escape(subj)} </div><div><br></div></div>{inner}")
    return f"<blockquote>{inner}</blockquote>"


QSTYLE = {"gmail": "gmail", "gmail_mobile": "gmail", "iphone": "apple", "applemail": "apple", "ipad": "apple",
          "outlook_web": "outlook", "outlook_desktop": "outlook", "outlook_ios": "outlook", "outlook_android": "outlook",
          "yahoo": "yahoo", "yahoo_ios": "yahoo", "yahoo_android": "yahoo", "aol": "yahoo", "aol_android": "yahoo",
          "thunderbird": "thunderbird", "roundcube": "roundcube", "xfinity": "ox", "samsung": "samsung",
          "fastmail": "fastmail"}


# ----------------------------------------------------------------------------- client renderers
def html_doc_gmail(paras, quote, mobile=False):
    d = "auto" if mobile else "ltr"
    body = "".join(f'<div dir="{d}">{p}</div>' if mobile else f"<div>{p}</div><div><br></div>" for p in paras)
    body = f'<div dir="{d}">{body}</div>'
    if quote:
        body += "<br>" + quote
    return body + "\n"


def html_doc_outlook(paras, quote, font="Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"):
    body = "".join(f'<div class="elementToProof" style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);">{p}</div>\n'
                   f'<div class="elementToProof" style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>\n'
                   for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{body}{quote or ""}\n</body>\n</html>\n')


def html_doc_word(paras, quote):
    body = "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}</div>\n{quote or ""}\n</body>\n</html>\n')


def html_doc_apple(paras, quote):
    body = "".join(f"<div>{p}</div><div><br></div>" for p in paras)
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{body}{quote or ''}</body></html>\n")


def html_doc_yahoo(paras, quote):
    body = "".join(f'<div dir="ltr" data-setdir="false">{p}</div><div dir="ltr" data-setdir="false"><br></div>' for p in paras)
    return ('<html><head></head><body><div class="ydp' + "3f1c2a9b" + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            f"{body}</div>{quote or ''}</body></html>\n")


def html_doc_plain(paras, quote, font="arial"):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f'<html><head></head><body style="font-family:{font}">{body}{quote or ""}</body></html>\n'


def flowed(text, width=72):
    out = []
    for ln in text.split("\n"):
        if ln.startswith(">") or len(ln) <= width:
            out.append(ln)
            continue
        words = ln.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def render_client(m, rng, t):
    """Return (client_headers, body) for a human-written message."""
    c = m["client"]
    fname, faddr = m["frm"]
    dom = faddr.split("@")[1]
    to = m["to"]
    o = m.get("orig")
    fwd = m.get("fwd", False)
    subj = m["subject"]
    text = m["body"]
    mode = m.get("encmode", "Q")
    cs = m.get("charset")
    h = {}
    h["From"] = addr(fname, faddr, mode)
    h["To"] = to
    h["Subject"] = enc_subject(subj, mode) if subj is not None else None
    h["Reply-To"] = m.get("reply_to_hdr")
    h["Cc"] = m.get("cc")
    irt = refs = None
    if o and not fwd:
        irt = o[4]
        refs = o[4]
    style = QSTYLE.get(c)
    qp_ = qh = None
    if o and style:
        qp_ = quote_plain(m.get("qstyle", style), o, faddr, fwd)
        qh = quote_html(m.get("qstyle", style), o, faddr, fwd)
    want_html = m.get("html", True)
    paras = to_html_paras(text) if text.strip() else []
    date_local = t.astimezone(tzo(m.get("tz", -300)))

    def assemble(order, ctype, body):
        hs = []
        for k in order:
            if k == "Content-Type":
                hs.append(f"Content-Type: {ctype}")
                continue
            v = h.get(k)
            if v is None:
                continue
            hs.append(f"{k}: {v}")
        for k, v in m.get("extra", []):
            hs.append(f"{k}: {v}")
        return hs, body

    if c in ("gmail", "gmail_mobile"):
        h["MIME-Version"] = "1.0"
        h["Date"] = rfc(date_local)
        h["Message-ID"] = f"<CA{rstr(rng, 1, 'BDEFGHJKLMNPQ')}{b64ish(rng, 43).replace('/', '_').replace('+', '+')}@mail.gmail.com>"
        h["In-Reply-To"] = irt
        h["References"] = refs
        h["X-Gm-Features"] = f"AWmQ_b{b64ish(rng, 60).replace('/', '_').replace('+', '-')}"
        plain = text if not qp_ else (text.rstrip("\n") + "\n\n" + qp_ if text.strip() else "\n" + qp_)
        order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "X-Gm-Features", "Message-ID",
                 "Subject", "To", "Cc", "Reply-To", "Content-Type"]
        if not want_html:
            cte, b = encode_text(plain, cs or "UTF-8")
            hs, body = assemble(order, 'text/plain; charset="UTF-8"', b)
            if cte != "7bit":
                hs.append(f"Content-Transfer-Encoding: {cte}")
            return hs, body
        bnd = "000000000000" + hexs(rng, 16)
        hb = html_doc_gmail(paras, qh, c == "gmail_mobile")
        p1 = leaf('text/plain; charset="UTF-8"', plain)
        p2 = leaf('text/html; charset="UTF-8"', hb)
        p1 = p1.replace("Content-Transfer-Encoding: 7bit\n", "")
        p2 = p2.replace("Content-Transfer-Encoding: 7bit\n", "")
        parts = [p1, p2]
        if m.get("attach"):
            inner = multipart(bnd, parts)
            bnd2 = "000000000000" + hexs(rng, 16)
            parts = [f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n' + inner] + m["attach"](rng)
            return assemble(order, f'multipart/mixed; boundary="{bnd2}"', multipart(bnd2, parts))
        return assemble(order, f'multipart/alternative; boundary="{bnd}"', multipart(bnd, parts))

    if c in ("iphone", "applemail", "ipad"):
        sig = {"iphone": "Sent from my iPhone", "ipad": "Sent from my iPad", "applemail": None}[c]
        sig = m.get("sig", sig)
        plain = text.rstrip("\n")
        if sig:
            plain += "\n\n" + sig
        if qp_:
            plain += "\n\n" + qp_
        plain += "\n"
        h["Date"] = rfc(date_local)
        h["Message-Id"] = f"<{uid(rng)}@{m.get('mid_domain', dom)}>"
        h["In-Reply-To"] = irt
        h["References"] = refs
        if c == "applemail":
            h["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.700.81.1.4\\))"
            h["X-Mailer"] = "Apple Mail (2.3826.700.81.1.4)"
            bnd = f"Apple-Mail={'_'}{uid(rng)}"
            paras_h = paras + ([html.escape(sig)] if sig else [])
            p1 = leaf("text/plain;\n\tcharset=utf-8", plain, "utf-8")
            p2 = leaf("text/html;\n\tcharset=utf-8", html_doc_apple(paras_h, qh), "utf-8")
            order = ["Content-Type", "Mime-Version", "Subject", "From", "In-Reply-To", "Date", "Cc", "Reply-To",
                     "Content-Transfer-Encoding", "Message-Id", "References", "To", "X-Mailer"]
            if not want_html:
                cte, b = encode_text(plain, "utf-8")
                h["Content-Transfer-Encoding"] = cte
                return assemble(order, "text/plain;\n\tcharset=us-ascii" if is_ascii(plain) else "text/plain;\n\tcharset=utf-8", b)
            return assemble(order, f'multipart/alternative;\n\tboundary="{bnd}"', multipart(bnd, [p1, p2]))
        h["Mime-Version"] = "1.0 (1.0)"
        h["X-Mailer"] = m.get("xmailer", "iPhone Mail (24A345)" if c == "iphone" else "iPad Mail (24A345)")
        order = ["Content-Type", "Content-Transfer-Encoding", "From", "Mime-Version", "Subject", "Date", "Message-Id",
                 "References", "Cc", "Reply-To", "In-Reply-To", "To", "X-Mailer"]
        if want_html:
            bnd = f"Apple-Mail-{uid(rng)}"
            paras_h = paras + ([html.escape(sig)] if sig else [])
            p1 = leaf("text/plain;\n\tcharset=utf-8", plain, "utf-8")
            p2 = leaf("text/html;\n\tcharset=utf-8",
                      '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                      + "".join(f'<div dir="ltr">{p}</div><div dir="ltr"><br></div>' for p in paras_h) + (qh or "") + "</body></html>\n", "utf-8")
            h["Content-Transfer-Encoding"] = "7bit"
            return assemble(order, f'multipart/alternative; boundary={bnd}', multipart(bnd, [p1, p2]))
        cte, b = encode_text(plain, "utf-8")
        h["Content-Transfer-Encoding"] = cte
        return assemble(order, "text/plain; charset=us-ascii" if is_ascii(plain) else "text/plain; charset=utf-8", b)

    if c.startswith("outlook"):
        if c == "outlook_pop":
            box = hexs(rng, 12, True)
            h["Date"] = rfc(date_local)
            h["Message-ID"] = f"<{hexs(rng, 12)}${hexs(rng, 8)}${hexs(rng, 8)}$@{dom}>"
            h["X-Mailer"] = "Microsoft Outlook 16.0"
        else:
            h["Date"] = utc(t)
            box = m["_box"]
            h["Message-ID"] = f"<{box}{hexs(rng, 20, True)}@{box}.namprd{box[5:7]}.prod.outlook.com>"
        h["In-Reply-To"] = irt
        h["References"] = refs
        h["Thread-Topic"] = enc_subject(re.sub(r"^(RE|Re|FW|Fw|RV): ", "", subj or ""), mode) or None
        h["Thread-Index"] = b64ish(rng, 24) + "=="
        h["Accept-Language"] = m.get("lang_hdr", "en-US")
        h["Content-Language"] = m.get("lang_hdr", "en-US")
        if c != "outlook_pop":
            h["X-MS-Has-Attach"] = ""
            h["X-MS-TNEF-Correlator"] = ""
            h["msip_labels"] = ""
        else:
            h["Accept-Language"] = None
            h["Content-Language"] = "en-us"
        h["MIME-Version"] = "1.0"
        sig = m.get("sig")
        if sig is None and c == "outlook_ios":
            sig = "Get Outlook for iOS<https://aka.ms/o0ukef>"
        if sig is None and c == "outlook_android":
            sig = "Get Outlook for Android<https://aka.ms/AAb9ysg>"
        plain = text.rstrip("\n")
        if sig:
            plain += "\n\n" + sig
        if qp_:
            plain += "\n\n" + qp_
        plain += "\n"
        if not cs:
            try:
                plain.encode("iso-8859-1")
                cs = "us-ascii" if is_ascii(plain) else "iso-8859-1"
            except UnicodeEncodeError:
                cs = "utf-8"
        bnd = f"_000_{box}{hexs(rng, 16, True)}namp_"
        if c == "outlook_pop":
            bnd = f"----=_NextPart_000_{hexs(rng, 4, True)}_{hexs(rng, 8, True)}.{hexs(rng, 8, True)}"
        paras_h = paras + ([html.escape(sig).replace("\n", "<br>\n")] if sig else [])
        if c in ("outlook_desktop", "outlook_pop"):
            hb = html_doc_word(paras_h, qh)
        else:
            hb = html_doc_outlook(paras_h, qh)
        p1 = leaf(f'text/plain; charset="{cs}"', plain, cs, "quoted-printable")
        p2 = leaf(f'text/html; charset="{cs}"', hb, cs, "quoted-printable")
        order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                 "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                 "X-MS-TNEF-Correlator", "msip_labels", "Content-Type", "MIME-Version", "X-Mailer"]
        return assemble(order, f'multipart/alternative;\n\tboundary="{bnd}"', multipart(bnd, [p1, p2]))

    if c in ("yahoo", "yahoo_ios", "yahoo_android", "aol", "aol_android"):
        sig = {"yahoo": None, "yahoo_ios": "Sent from Yahoo Mail for iPhone", "yahoo_android": "Sent from Yahoo Mail on Android",
               "aol": None, "aol_android": "Sent from AOL on Android"}[c]
        sig = m.get("sig", sig)
        plain = text.rstrip("\n")
        if sig:
            plain += "\n\n" + sig
        if qp_:
            plain += "\n\n" + qp_
        plain += "\n"
        h["Date"] = utc(t) + " (UTC)"
        h["Message-ID"] = f"<{rng.randint(100000000, 999999999)}.{rng.randint(1000000, 9999999)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
        h["In-Reply-To"] = irt
        h["References"] = refs
        h["MIME-Version"] = "1.0"
        brand = "AolMailNorrin" if c.startswith("aol") else "YMailNorrin"
        h["X-Mailer"] = {"yahoo": f"WebService/1.1.24652 {brand}", "aol": f"WebService/1.1.24652 {brand}",
                         "yahoo_ios": "Yahoo Mail for iPhone / 7.62.0", "yahoo_android": "WebService/1.1.24652 YMailNorrin YahooMailAndroidMobile",
                         "aol_android": "WebService/1.1.24652 AolMailNorrin AolMailAndroidMobile"}[c]
        bnd = f"----=_Part_{rng.randint(1000000, 9999999)}_{rng.randint(100000000, 999999999)}.{int(t.timestamp() * 1000)}"
        paras_h = paras + ([html.escape(sig)] if sig else [])
        p1 = leaf("text/plain; charset=UTF-8", plain, "UTF-8", None if is_ascii(plain) else "quoted-printable")
        p2 = leaf("text/html; charset=UTF-8", html_doc_yahoo(paras_h, qh), "UTF-8", "quoted-printable")
        order = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                 "MIME-Version", "Content-Type", "X-Mailer"]
        return assemble(order, f'multipart/alternative; \n\tboundary="{bnd}"', multipart(bnd, [p1, p2]))

    if c in ("thunderbird", "roundcube"):
        sig = m.get("sig")
        plain = text.rstrip("\n")
        if sig:
            plain += "\n\n-- \n" + sig
        if qp_:
            plain += "\n\n" + qp_
        plain = flowed(plain) + "\n"
        h["Date"] = rfc(date_local)
        h["MIME-Version"] = "1.0"
        h["In-Reply-To"] = irt
        h["References"] = refs
        if c == "thunderbird":
            h["Message-ID"] = f"<{uid(rng, False)}@{dom}>"
            h["User-Agent"] = m.get("ua", "Mozilla Thunderbird")
            h["Content-Language"] = m.get("lang_hdr", "en-US")
            cte = "7bit" if is_ascii(plain) else m.get("cte", "8bit")
            ctype = ("text/plain; charset=UTF-8; format=flowed")
            order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "To", "Cc", "Reply-To", "References",
                     "Content-Language", "From", "In-Reply-To", "Content-Type"]
            hs, _ = assemble(order, ctype, "")
            if cte == "quoted-printable":
                _, body = encode_text(plain, "UTF-8", "quoted-printable")
            else:
                body = plain
            hs.append(f"Content-Transfer-Encoding: {cte}")
            return hs, body
        h["Message-ID"] = f"<{hexs(rng, 32)}@{dom}>"
        h["User-Agent"] = "Roundcube Webmail/1.6.9"
        h["X-Sender"] = faddr
        cte, body = encode_text(plain, "UTF-8")
        ctype = "text/plain; charset=US-ASCII; format=flowed" if is_ascii(plain) else "text/plain; charset=UTF-8; format=flowed"
        order = ["MIME-Version", "Date", "From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To", "References",
                 "User-Agent", "Message-ID", "X-Sender", "Content-Type"]
        hs, _ = assemble(order, ctype, "")
        hs.append(f"Content-Transfer-Encoding: {cte}")
        return hs, body

    if c == "xfinity":
        sig = m.get("sig")
        plain = text.rstrip("\n") + (("\n\n" + sig) if sig else "") + (("\n\n" + qp_) if qp_ else "") + "\n"
        h["Date"] = rfc(date_local)
        h["Message-ID"] = f"<{rng.randint(100000000, 999999999)}.{rng.randint(100000, 999999)}.{int(t.timestamp() * 1000)}@connect.xfinity.com>"
        h["In-Reply-To"] = irt
        h["References"] = refs
        h["MIME-Version"] = "1.0"
        h["X-Priority"] = "3"
        h["Importance"] = "Normal"
        h["X-Mailer"] = "Open-Xchange Mailer v7.10.6-Rev71"
        h["X-Originating-Client"] = "open-xchange-appsuite"
        bnd = f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(100000000, 999999999)}.{int(t.timestamp() * 1000)}"
        p1 = leaf("text/plain; charset=UTF-8", plain, "UTF-8", "7bit" if is_ascii(plain) else "quoted-printable")
        p2 = leaf("text/html; charset=UTF-8",
                  '<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
                  + "".join(f'  <div class="default-style">\n   {p}\n  </div>\n' for p in paras)
                  + (f'  <blockquote type="cite">{qh}</blockquote>\n' if qh else "") + " </body>\n</html>\n", "UTF-8", "quoted-printable")
        order = ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject",
                 "MIME-Version", "Content-Type", "X-Priority", "Importance", "X-Mailer", "X-Originating-Client"]
        return assemble(order, f'multipart/alternative; \n\tboundary="{bnd}"', multipart(bnd, [p1, p2]))

    if c == "samsung":
        sig = m.get("sig", "Sent from my Galaxy")
        plain = text.rstrip("\n") + "\n\n\n\n" + sig + (("\n\n\n" + qp_) if qp_ else "") + "\n"
        h["Date"] = rfc(date_local)
        h["Message-ID"] = f"<{b64ish(rng, 20).replace('/', 'x').replace('+', 'y')}.{rng.randint(100000, 999999)}@email.android.com>"
        h["In-Reply-To"] = irt
        h["References"] = refs
        h["MIME-Version"] = "1.0"
        h["Importance"] = "normal"
        bnd = f"--_com.samsung.android.email_{rng.randint(10 ** 14, 10 ** 15 - 1)}"
        p1 = leaf("text/plain; charset=utf-8", plain, "utf-8", "base64")
        p2 = leaf("text/html; charset=utf-8",
                  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
                  + "".join(f'<div dir="auto">{p}</div>' for p in paras)
                  + f'<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{sig}</div></div>'
                  + (qh or "") + "</body></html>\n", "utf-8", "base64")
        order = ["Date", "Subject", "In-Reply-To", "References", "Importance", "From", "To", "Cc", "Reply-To",
                 "Message-ID", "MIME-Version", "Content-Type"]
        return assemble(order, f'multipart/alternative; boundary="{bnd}"', multipart(bnd, [p1, p2]))

    if c == "fastmail":
        plain = text.rstrip("\n") + (("\n\n" + qp_) if qp_ else "") + "\n"
        h["MIME-Version"] = "1.0"
        h["Message-Id"] = f"<{uid(rng, False)}@app.fastmail.com>"
        h["Date"] = rfc(date_local)
        h["In-Reply-To"] = irt
        h["References"] = refs
        h["User-Agent"] = "Cyrus-JMAP/3.13.0-alpha0-1157-g3d84f4b2c-fm-20261008.001-g3d84f4b2"
        h["X-ME-Proxy"] = faddr
        bnd = hexs(rng, 32)
        p1 = leaf("text/plain", plain, "UTF-8", "7bit" if is_ascii(plain) else "quoted-printable")
        p2 = leaf("text/html", '<!DOCTYPE html><html><head><title></title></head><body>'
                  + "".join(f"<div>{p}</div>" for p in paras) + (qh or "") + "</body></html>\n", "UTF-8", "quoted-printable")
        order = ["MIME-Version", "User-Agent", "X-ME-Proxy", "Message-Id", "In-Reply-To", "References", "Date", "From",
                 "To", "Cc", "Reply-To", "Subject", "Content-Type"]
        return assemble(order, f'multipart/alternative;\n boundary={bnd}', multipart(bnd, [p1, p2]))

    if c == "bare":
        # a mail program's own one-click unsubscribe (RFC 2369 mailto:) or a cleaning service's message
        h["Date"] = utc(t) if m.get("utc_date") else rfc(date_local)
        h["Message-ID"] = m["mid"](rng)
        h["MIME-Version"] = "1.0"
        h["Mime-Version"] = "1.0"
        h["Message-Id"] = h["Message-ID"]
        cte, body = encode_text(text, "UTF-8") if text else ("7bit", "")
        order = m.get("order", ["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "Reply-To", "Content-Type"])
        hs, _ = assemble(order, m.get("ctype", 'text/plain; charset="UTF-8"'), "")
        if cte != "7bit" or m.get("show_cte"):
            hs.append(f"Content-Transfer-Encoding: {cte}")
        return hs, body

    if c == "webform":
        h["Date"] = rfc(t.astimezone(CDT))
        h["Message-ID"] = f"<webform.{int(t.timestamp())}.{hexs(rng, 8)}@web.alliantenergy.com>"
        h["MIME-Version"] = "1.0"
        h["X-Mailer"] = "AE-WebForms/3.4 (contact-us)"
        h["X-Form-Id"] = "contact-us"
        h["X-Originating-IP"] = f"[{rng.randint(24, 99)}.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}]"
        cte, body = encode_text(text, "UTF-8")
        order = ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                 "X-Mailer", "X-Form-Id", "X-Originating-IP"]
        hs, _ = assemble(order, "text/plain; charset=UTF-8", "")
        hs.append(f"Content-Transfer-Encoding: {cte}")
        return hs, body

    raise KeyError(c)


# ----------------------------------------------------------------------------- assembly
def P(key, rng, a, t):
    box = None
    if key == "gmail":
        host, helo, ip, hs, auth = prov_gmail(rng, a, t)
    elif key == "workspace":
        host, helo, ip, hs, auth = prov_gmail(rng, a, t, workspace=True)
    elif key == "yahoo":
        host, helo, ip, hs, auth = prov_yahoo(rng, a, t)
    elif key == "aol":
        host, helo, ip, hs, auth = prov_yahoo(rng, a, t, brand="aol")
    elif key == "outlookcom":
        host, helo, ip, hs, auth, box = prov_outlookcom(rng, a, t)
    elif key == "m365":
        host, helo, ip, hs, auth, box = prov_m365(rng, a, t)
    elif key == "icloud":
        host, helo, ip, hs, auth = prov_icloud(rng, a, t)
    elif key == "comcast":
        host, helo, ip, hs, auth = prov_comcast(rng, a, t)
    elif key == "isp":
        host, helo, ip, hs, auth = prov_smallisp(rng, a, t)
    elif key == "isp_nodkim":
        host, helo, ip, hs, auth = prov_smallisp(rng, a, t, dkim=False)
    elif key == "fastmail":
        host, helo, ip, hs, auth = prov_fastmail(rng, a, t)
    elif key == "web":
        host, helo, ip, hs, auth = prov_internal_web(rng, t)
    else:
        raise KeyError(key)
    return {"host": host, "helo": helo, "ip": ip, "hs": hs, "auth": auth, "box": box}


def spoof_pv(rng, helo, d, from_d, t, dkim_d=None):
    ip = f"{rng.choice([45, 91, 103, 185, 194, 5])}.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    auth = ((f"dkim=pass (1024-bit key) header.d={dkim_d} header.s=default header.b={b64ish(rng, 8)};\n\t" if dkim_d
             else "dkim=none;\n\t")
            + f"dmarc=fail (p=NONE dis=NONE) header.from={from_d};\n"
            f"\tspf=softfail ({{mx}}.alliant-energy.com: domain of transitioning bounce@{d} does not designate {ip} as permitted sender) "
            f"smtp.mailfrom=bounce@{d}")
    hs = [f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPA id {postfix_qid(rng)[:10]}\n"
          f"\tfor <{{rcpt}}>; {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}"]
    return {"host": helo, "helo": helo, "ip": ip, "hs": hs, "auth": auth, "box": None}


def esp_pv(rng, d, t, host):
    ip = f"{rng.choice([149, 167, 198, 168])}.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    hs = [dkim_sig(rng, d, "s1", "from:subject:list-unsubscribe:list-unsubscribe-post:content-type:to:date:message-id", t)]
    auth = auth_pass(rng, d, "s1", f"bounces+{rng.randint(100000, 999999)}@em.{d}", ip, "p=NONE dis=NONE", d)
    return {"host": host, "helo": host, "ip": ip, "hs": hs, "auth": auth, "box": None}


def our_headers(kind, rcpt, p=None):
    name, a, d, subj, mid, text = orig(kind, p)
    lines = [f"From: {name} <{a}>", f"To: {rcpt}", f"Subject: {subj}", f"Date: {rfc(d)}", f"Message-ID: {mid}",
             "MIME-Version: 1.0"]
    if kind == "fall":
        lines += ["List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>,\n <https://www.alliant-energy.com/unsubscribe>",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                  'Content-Type: multipart/alternative; boundary="=_ae_fall_2610"']
    elif kind == "holiday":
        tok = mid.split("-")[2].split("@")[0]
        lines += [f"List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2610-{tok}&body=Please%20remove%20me%20from%20PowerHouse%20Catalog%20e-mail.>,\n <https://www.powerhousecatalog.com/unsubscribe>",
                  'Content-Type: multipart/alternative; boundary="=_ph_hol_2610"']
    elif kind == "ack":
        lines += ["Auto-Submitted: auto-replied", "Content-Type: text/plain; charset=utf-8"]
    else:
        lines += ["Content-Type: text/plain; charset=utf-8"]
    return "\n".join(lines) + "\n"


MSGS = []

CAT = {
    "mo": "marketing opt-out written by a person",
    "lu": "RFC 2369 List-Unsubscribe mailto: from a mail client or service",
    "share": "catalog-sharing opt-out",
    "both": "both opt-outs",
    "q": "question",
    "oq": "opt-out + question",
    "unclear": "unclear",
    "noaction": "human, no action needed",
    "ooo": "automated: auto-reply",
    "loop": "automated: auto-reply (loop trap)",
    "bounce": "automated: bounce",
    "list": "automated: list/newsletter",
    "notif": "automated: notification",
    "spam": "automated: spam/phishing",
    "mdn": "automated: read receipt",
    "cal": "automated: calendar invitation",
    "cr": "automated: challenge-response",
    "cold": "automated: cold outreach",
}

PROGRAM = {"gmail": "Gmail web", "gmail_mobile": "Gmail app", "iphone": "iPhone Mail", "ipad": "iPad Mail",
           "applemail": "Apple Mail (macOS)", "outlook_web": "Outlook.com web", "outlook_desktop": "Outlook (Microsoft 365)",
           "outlook_ios": "Outlook for iOS", "outlook_android": "Outlook for Android", "outlook_pop": "Outlook 2021 (POP)",
           "yahoo": "Yahoo Mail web", "yahoo_ios": "Yahoo Mail iOS", "yahoo_android": "Yahoo Mail Android",
           "aol": "AOL Mail web", "aol_android": "AOL app Android", "thunderbird": "Thunderbird",
           "roundcube": "Roundcube webmail", "xfinity": "Xfinity Connect webmail", "samsung": "Samsung Email",
           "fastmail": "Fastmail web", "webform": "alliantenergy.com Contact Us form"}

TO_CC = "customercare@alliant-energy.com"
TO_PH = "powerhousecatalog@alliant-energy.com"
REPLY_TO = {"fall": "Alliant Energy <customercare@alliant-energy.com>",
            "holiday": "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
            "outage": "Alliant Energy Customer Care <customercare@alliant-energy.com>",
            "restored": "Alliant Energy Customer Care <customercare@alliant-energy.com>",
            "ack": "Alliant Energy Customer Care <customercare@alliant-energy.com>",
            "safety": TO_CC}


def H(spec, date, mbx, frm, prov, client, subject, body, cat, labels, ents, note, ack="from", unclear=False,
      lang="en", tz=-300, reply=None, fwd=None, to=None, program=None, **kw):
    m = dict(kind="human", spec=spec, date=date, mbx=mbx, frm=frm, prov=prov, client=client, body=body,
             cat=cat, labels=labels, ents=ents, note=note, ack=ack, unclear=unclear, lang=lang, tz=tz)
    o = None
    if reply or fwd:
        k, p = (reply or fwd) if isinstance(reply or fwd, tuple) else ((reply or fwd), None)
        o = orig(k, p)
        m["orig"] = o
        m["fwd"] = bool(fwd)
        if subject is None:
            subject = ("Fwd: " if fwd else "Re: ") + o[3]
        if to is None:
            to = REPLY_TO[k] if reply else MBX[mbx]
    m["subject"] = subject
    m["to"] = to or MBX[mbx]
    m["program"] = program or PROGRAM.get(client, client)
    m.update(kw)
    MSGS.append(m)


def A(spec, date, mbx, cat, note, make, lang="en", program="", tz=-300):
    MSGS.append(dict(kind="auto", spec=spec, date=date, mbx=mbx, cat=cat, note=note, make=make, lang=lang,
                     program=program, tz=tz, labels=[], ents={}, unclear=False, ack=None))


def build_one(m):
    rng = R(m["spec"])
    t = dt(m["date"], m.get("tz", -300))
    mbx_addr = MBX[m["mbx"]]
    if m["kind"] == "human":
        pv = P(m["prov"], rng, m["frm"][1], t)
        m["_box"] = pv["box"]
        if m.get("reply_to"):
            m["reply_to_hdr"] = addr(*m["reply_to"])
        env = m.get("env", m["frm"][1])
        chs, body = render_client(m, rng, t)
    else:
        env, pv, chs, body = m["make"](rng, t)
    arrive = t + timedelta(seconds=rng.randint(2, 9))
    m["_arrive"] = arrive
    tr = trace(mbx_addr, env, pv["helo"], pv["host"], pv["ip"], arrive, pv["auth"], rng, pv.get("tls", True))
    text = "\n".join(tr + pv["hs"] + chs) + "\n\n" + body
    text = text.replace("{rcpt}", mbx_addr)
    assert "\r" not in text
    return text.replace("\n", "\r\n").encode("utf-8")


def ack_value(m, raw):
    if m["ack"] is None:
        return None
    if m["ack"] == "from":
        return m["frm"][1]
    if m["ack"] == "reply_to":
        return m["reply_to"][1]
    raise ValueError(m["ack"])


# ============================================================================= automated mail
def mk_newsletter_griddaily(rng, t):
    pv = esp_pv(rng, "gridedgedaily.com", t, f"o{rng.randint(1, 40)}.ptr{rng.randint(1000, 9999)}.gridedgedaily.com")
    bnd = hexs(rng, 32)
    plain = """GRID EDGE DAILY | Monday, October 12, 2026

TOP STORIES
1. Winter peak outlook: MISO expects a tighter January than last year
2. Heat pump rebates: which Midwest utilities raised incentives this fall
3. Privacy: what the new state consumer-data laws mean for utilities in 2027
   Several states now give customers a right to opt out of the sale or sharing of personal data.
   We look at how utilities are handling do-not-share requests and customer-list rentals.
4. Storm season: mutual-assistance crews staged ahead of a windy week

Read the full issue: https://gridedgedaily.com/issues/2026-10-12

You are receiving Grid Edge Daily because customercare@alliant-energy.com subscribed at gridedgedaily.com.
Unsubscribe: https://gridedgedaily.com/u/7f3a2c | Manage preferences | Grid Edge Media, 1200 K St NW, Washington, DC 20005
"""
    htmlb = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Grid Edge Daily</title></head><body style=\"margin:0;background:#f4f4f4\">"
             "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff;font-family:Georgia,serif\">"
             "<tr><td style=\"padding:20px;font-size:28px;font-weight:bold\">GRID EDGE DAILY</td></tr>"
             "<tr><td style=\"padding:0 20px\">"
             + "".join(f"<p>{html.escape(x)}</p>" for x in plain.split("\n\n")[1:3])
             + "</td></tr><tr><td style=\"padding:20px;font-size:11px;color:#777\">You are receiving Grid Edge Daily because "
             "customercare@alliant-energy.com subscribed. <a href=\"https://gridedgedaily.com/u/7f3a2c\">Unsubscribe</a></td></tr>"
             "</table></td></tr></table><img src=\"https://gridedgedaily.com/o/7f3a2c.gif\" width=\"1\" height=\"1\"></body></html>\n")
    hs = ["From: Grid Edge Daily <newsletter@gridedgedaily.com>",
          "To: customercare@alliant-energy.com",
          "Subject: Grid Edge Daily: winter peak outlook, heat pump rebates, and the privacy rules\n coming for utilities",
          f"Date: {rfc(t)}",
          f"Message-ID: <{hexs(rng, 22)}.{rng.randint(10000, 99999)}@em.gridedgedaily.com>",
          "List-Unsubscribe: <https://gridedgedaily.com/u/7f3a2c?o=1>, <mailto:unsub-7f3a2c@em.gridedgedaily.com>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "List-Id: Grid Edge Daily <daily.gridedgedaily.com>",
          "Precedence: bulk",
          "X-Campaign-ID: gedaily-20261012",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative; boundary="{bnd}"']
    body = multipart(bnd, [leaf("text/plain; charset=utf-8", plain, "utf-8", "quoted-printable"),
                           leaf("text/html; charset=utf-8", htmlb, "utf-8", "quoted-printable")])
    return f"bounces+{rng.randint(100000, 999999)}@em.gridedgedaily.com", pv, hs, body


A("list-griddaily", "2026-10-12 05:31:40", "customercare", "list",
  "industry newsletter (bulk, List-Id); its privacy story talks about do-not-share requests, still no request", mk_newsletter_griddaily,
  program="newsletter ESP")


def mk_phish_pastdue(rng, t):
    pv = spoof_pv(rng, "vps-2291.hostnexa.net", "hostnexa.net", "alliant-energy-support.com", t)
    htmlb = ("<html><body style=\"font-family:Arial\"><div style=\"background:#00529b;color:#fff;padding:12px;font-size:20px\">Alliant Energy</div>"
             "<p>Dear Customer,</p><p>Our records show your account is <b>PAST DUE</b>. Your electric service is scheduled for "
             "<b>disconnection within 24 hours</b>.</p><p>To avoid interruption, verify your payment information now:</p>"
             "<p><a href=\"http://alliant-energy-support.com.pay-verify.ru/login\" style=\"background:#e8731b;color:#fff;padding:10px 18px;text-decoration:none\">PAY NOW</a></p>"
             "<p>If you have already paid, please disregard this notice.</p><p>Alliant Energy Billing Department</p></body></html>\n")
    hs = ["From: Alliant Energy Billing <billing@alliant-energy-support.com>",
          "To: customercare@alliant-energy.com",
          "Subject: Final notice: service disconnection scheduled within 24 hours",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <{hexs(rng, 16)}@alliant-energy-support.com>",
          "MIME-Version: 1.0",
          "X-Priority: 1 (Highest)",
          'Content-Type: text/html; charset="windows-1252"',
          "Content-Transfer-Encoding: quoted-printable"]
    return "bounce@hostnexa.net", pv, hs, qp(htmlb, "windows-1252")


A("phish-pastdue", "2026-10-12 11:20:13", "customercare", "spam",
  "phishing that imitates our own disconnection notice, lookalike domain, SPF softfail", mk_phish_pastdue, program="spam kit")


def mk_bounce_postfix_ack(rng, t):
    ref = "CC-2026-10-00298"
    pv = {"host": "mta.alliant-energy.com", "helo": "mta.alliant-energy.com", "ip": "10.40.4.15", "hs": [],
          "auth": "none (internal message from mta.alliant-energy.com)", "box": None, "tls": True}
    qid = postfix_qid(rng)
    bnd = f"{qid}.{int(t.timestamp())}/mta.alliant-energy.com"
    text = f"""This is the mail system at host mta.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jpeterson@gmial.com>: Host or domain name not found. Name service error for
    name=gmial.com type=MX: Host not found, try again
"""
    status = f"""Reporting-MTA: dns; mta.alliant-energy.com
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: {rfc(t - timedelta(minutes=5, seconds=12))}

Final-Recipient: rfc822; jpeterson@gmial.com
Original-Recipient: rfc822;jpeterson@gmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found, try again
"""
    hdrs = "Return-Path: <customercare@alliant-energy.com>\n" + our_headers(
        "ack", "jpeterson@gmial.com", {"ref": ref, "date": t - timedelta(minutes=5, seconds=12)})
    hs = [f"Received: by mta.alliant-energy.com (Postfix)\n\tid {postfix_qid(rng)}; {rfc(t)} (CDT)",
          f"Date: {rfc(t)} (CDT)",
          "From: MAILER-DAEMON@mta.alliant-energy.com (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender",
          "To: customercare@alliant-energy.com",
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"',
          "Content-Transfer-Encoding: 8bit",
          f"Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{postfix_qid(rng)}@mta.alliant-energy.com>"]
    body = multipart(bnd, [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + text,
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status,
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + hdrs],
        "This is a MIME-encapsulated message.")
    return None, pv, hs, body


A("bounce-postfix-ack", "2026-10-12 14:03:22", "customercare", "bounce",
  "our own MTA bounced our acknowledgement (typo domain gmial.com); the quoted headers are our ack, not a request",
  mk_bounce_postfix_ack, program="Postfix DSN")


def mk_ooo_exchange_fall(rng, t):
    pv = P("m365", rng, "bkessler@kesslerplumbing-ia.com", t)
    o = orig("fall", {"tok": "9A2E17"})
    bnd = f"_000_{pv['box']}{hexs(rng, 16, True)}namp_"
    plain = ("Thank you for your email. I am out of the office through Friday, October 16 with limited access to email.\n\n"
             "For scheduling or emergencies please call the shop at 319-555-0164.\n\nBrian Kessler\nKessler Plumbing & Heating\n")
    hs = [f"From: Brian Kessler <bkessler@kesslerplumbing-ia.com>",
          "To: Alliant Energy <customercare@alliant-energy.com>",
          f"Subject: Automatic reply: {o[3]}",
          f"Thread-Topic: {o[3]}",
          f"Thread-Index: {b64ish(rng, 22)}==",
          f"Date: {utc(t)}",
          f"Message-ID: <{hexs(rng, 32)}@{pv['box']}.namprd{pv['box'][5:7]}.prod.outlook.com>",
          f"In-Reply-To: {o[4]}",
          f"References: {o[4]}",
          "Auto-Submitted: auto-generated",
          "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Inbox-Rules-Loop: bkessler@kesslerplumbing-ia.com",
          "Content-Language: en-US",
          f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"',
          "MIME-Version: 1.0"]
    body = multipart(bnd, [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "quoted-printable"),
                           leaf('text/html; charset="us-ascii"', html_doc_outlook(to_html_paras(plain), None), "us-ascii", "quoted-printable")])
    return None, pv, hs, body


A("ooo-exchange-fall", "2026-10-13 08:03:02", "customercare", "ooo",
  "Exchange out-of-office answering the fall promo (Auto-Submitted, X-Auto-Response-Suppress)", mk_ooo_exchange_fall,
  program="Exchange Online OOF")


def mk_bounce_gmail_fall(rng, t):
    pv = P("gmail", rng, "mailer-daemon@googlemail.com", t)
    o = orig("fall", {"tok": "31BB07"})
    bnd = "000000000000" + hexs(rng, 16)
    text = """
** Address not found **

Your message wasn't delivered to tgrunwald88@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
    status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mta.alliant-energy.com
Arrival-Date: {rfc(o[2].astimezone(tzo(-420)))}

Final-Recipient: rfc822; tgrunwald88@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.101.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: {rfc(t.astimezone(tzo(-420)))}
"""
    hs = ["MIME-Version: 1.0",
          "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
          "To: customercare@alliant-energy.com",
          "Auto-Submitted: auto-replied",
          "Subject: Delivery Status Notification (Failure)",
          f"References: {o[4]}",
          f"In-Reply-To: {o[4]}",
          "X-Failed-Recipients: tgrunwald88@gmail.com",
          f"Message-ID: <{hexs(rng, 8)}.{b64ish(rng, 10).replace('/', 'a').replace('+', 'b')}@mx.google.com>",
          f"Date: {rfc(t.astimezone(tzo(-420)))}",
          f'Content-Type: multipart/report; boundary="{bnd}"; report-type=delivery-status']
    body = multipart(bnd, [leaf('text/plain; charset="UTF-8"', text, "UTF-8").replace("Content-Transfer-Encoding: 7bit\n", ""),
                           "Content-Type: message/delivery-status\n\n" + status,
                           "Content-Type: text/rfc822-headers\n\n" + our_headers("fall", "tgrunwald88@gmail.com", {"tok": "31BB07"})])
    return None, pv, hs, body


A("bounce-gmail-fall", "2026-10-13 08:03:40", "customercare", "bounce",
  "Gmail DSN for the fall promo; the returned headers carry our List-Unsubscribe, not a request", mk_bounce_gmail_fall,
  program="Gmail DSN")


def mk_ooo_gmail_vacation(rng, t):
    a = "paula.griesbach@gmail.com"
    pv = P("gmail", rng, a, t)
    o = orig("fall", {"tok": "E0A4D3"})
    bnd = "000000000000" + hexs(rng, 16)
    plain = "Hi! I'm traveling until October 26 with spotty email. I'll get back to you when I'm home.\n-Paula\n"
    hs = ["MIME-Version: 1.0",
          f"From: Paula Griesbach <{a}>",
          f"Date: {rfc(t)}",
          f"Message-ID: <CA{b64ish(rng, 40).replace('/', '_')}@mail.gmail.com>",
          f"Subject: Re: {o[3]}",
          "To: Alliant Energy <customercare@alliant-energy.com>",
          "Auto-Submitted: auto-replied",
          f"In-Reply-To: {o[4]}",
          f"References: {o[4]}",
          f'Content-Type: multipart/alternative; boundary="{bnd}"']
    body = multipart(bnd, [leaf('text/plain; charset="UTF-8"', plain).replace("Content-Transfer-Encoding: 7bit\n", ""),
                           leaf('text/html; charset="UTF-8"', f'<div dir="ltr">{to_html_paras(plain)[0]}</div>\n').replace("Content-Transfer-Encoding: 7bit\n", "")])
    return a, pv, hs, body


A("ooo-gmail-vacation", "2026-10-13 08:09:51", "customercare", "ooo",
  "Gmail vacation responder to the fall promo; subject is a plain 'Re:', only Auto-Submitted shows it is a machine",
  mk_ooo_gmail_vacation, program="Gmail vacation responder")


def mk_ooo_headerless_realty(rng, t):
    a = "info@prairielanerealty.com"
    pv = P("workspace", rng, a, t)
    o = orig("fall", {"tok": "7C66A0"})
    plain = ("This inbox is no longer monitored.\n\nPlease send all correspondence to our new address, office@prairielane-homes.com, "
             "or call us at 608-555-0119.\n\nPrairie Lane Realty\n")
    hs = ["MIME-Version: 1.0",
          f"From: Prairie Lane Realty <{a}>",
          f"Date: {rfc(t)}",
          f"Message-ID: <CA{b64ish(rng, 40).replace('/', '_')}@mail.gmail.com>",
          f"Subject: Re: {o[3]}",
          "To: customercare@alliant-energy.com",
          'Content-Type: text/plain; charset="UTF-8"']
    return a, pv, hs, plain


A("ooo-headerless-realty", "2026-10-13 10:02:17", "customercare", "ooo",
  "'no longer monitored' auto-reply with no Auto-Submitted header (a mailbox rule), looks like a human Re:",
  mk_ooo_headerless_realty, program="Google Workspace filter reply")


def mk_mdn_thunderbird(rng, t):
    a = "anil@raghunathan.net"
    pv = P("isp", rng, a, t)
    subj = "Re: Privacy policy: opt out of list sharing"
    omid = f"<SA1PR11MB6712{hexs(rng, 20, True)}@SA1PR11MB6712.namprd11.prod.outlook.com>"
    bnd = "------------" + rstr(rng, 24, string.ascii_letters + string.digits)
    text = (f"This is a Return Receipt for the mail that you sent to {a}.\n\n"
            "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
            "There is no guarantee that the recipient has read or understood the message contents.\n")
    mdn = (f"Reporting-UA: raghunathan.net; Mozilla Thunderbird\nFinal-Recipient: rfc822;{a}\n"
           f"Original-Message-ID: {omid}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    hs = [f"Message-ID: <{uid(rng, False)}@raghunathan.net>",
          f"Date: {rfc(t)}",
          "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird",
          f"From: Anil Raghunathan <{a}>",
          "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
          f"Subject: Return Receipt (displayed) - {subj}",
          f"In-Reply-To: {omid}",
          f'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="{bnd}"']
    body = multipart(bnd, ["Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n" + text,
                           "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\n"
                           "Content-Transfer-Encoding: 7bit\n\n" + mdn,
                           "Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Transfer-Encoding: 7bit\n"
                           "Content-Disposition: inline\n\n"
                           f"From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>\nTo: {a}\nSubject: {subj}\n"
                           f"Disposition-Notification-To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>\n"
                           f"Message-ID: {omid}\n"],
                     "This is a multi-part message in MIME format.")
    return a, pv, hs, body


A("mdn-thunderbird", "2026-10-16 19:31:08", "powerhousecatalog", "mdn",
  "Thunderbird read receipt for a staff reply to a sharing opt-out; the subject repeats 'opt out of list sharing'",
  mk_mdn_thunderbird, program="Thunderbird MDN")


def mk_notif_esp_report(rng, t):
    d = "relaymark-mail.com"
    pv = esp_pv(rng, d, t, f"mta{rng.randint(2, 9)}.out.relaymark-mail.com")
    plain = """Relaymark Campaign Report

Campaign:      Fall tune-up: $50 off a furnace check
Campaign ID:   AE-PR-2610
Account:       Alliant Energy - Residential Marketing
Sent:          Tue Oct 13 2026 08:00 CDT

Recipients:            184,220
Delivered:             181,907 (98.7%)
Hard bounces:            1,204
Soft bounces:            1,109
Unique opens:           69,852 (38.4%)
Unique clicks:           6,311 (3.5%)
Unsubscribes:            1,312
Spam complaints:            41

Replies to the campaign's Reply-To (customercare@alliant-energy.com) are not tracked in this report.
Suppression list updated: 1,312 unsubscribes + 1,204 hard bounces added to list "AE residential - do not mail".

View the full report: https://app.relaymark-mail.com/reports/AE-PR-2610
This is an automated message from Relaymark. Please do not reply.
"""
    hs = ["From: Relaymark Campaign Reports <reports@relaymark-mail.com>",
          "To: customercare@alliant-energy.com",
          "Subject: Campaign report: Fall tune-up: $50 off a furnace check (AE-PR-2610)",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <report.{hexs(rng, 16)}@relaymark-mail.com>",
          "Auto-Submitted: auto-generated",
          "X-Auto-Response-Suppress: All",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 7bit"]
    return f"bounces@{d}", pv, hs, plain


A("notif-esp-report", "2026-10-14 10:30:00", "customercare", "notif",
  "e-mail service provider's campaign report: counts of unsubscribes and suppressions, no person writing",
  mk_notif_esp_report, program="ESP report")


def mk_newsletter_chamber(rng, t):
    d = "crbc-news.org"
    pv = esp_pv(rng, d, t, f"mail{rng.randint(10, 99)}.suw{rng.randint(10, 99)}.mcdlv.net")
    bnd = "_----------=_MCPart_" + str(rng.randint(10 ** 9, 10 ** 10 - 1))
    plain = """Capital Region Business Council | This Week

* Fall Business Expo: Thursday, October 29, Alliant Energy Center. Register by Oct 23.
* Workforce survey: tell us how hiring is going (5 minutes).
* Member spotlight: three family businesses that turned 100 this year.
* Policy corner: what the 2027 budget means for small employers.

==============================================
You are receiving this email because you are a member contact of the Capital Region Business Council.
Why did I get this? https://crbc-news.us1.list-manage.com/about?u=4c1e
Unsubscribe customercare@alliant-energy.com from this list: https://crbc-news.us1.list-manage.com/unsubscribe?u=4c1e&id=88a1
Update subscription preferences: https://crbc-news.us1.list-manage.com/profile?u=4c1e
"""
    htmlb = ("<!doctype html><html><head><meta charset=\"UTF-8\"><title>This Week</title></head><body>"
             "<center><table width=\"600\"><tr><td><h1 style=\"color:#1b3d6d\">This Week at the Council</h1>"
             + "".join(f"<p>{html.escape(x)}</p>" for x in plain.split("\n")[2:6])
             + "<p style=\"font-size:11px\"><a href=\"https://crbc-news.us1.list-manage.com/unsubscribe?u=4c1e&amp;id=88a1\">unsubscribe from this list</a></p>"
             "</td></tr></table></center></body></html>\n")
    hs = ['From: "Capital Region Business Council" <updates@crbc-news.org>',
          "Subject: This Week: Fall Business Expo, workforce survey, member spotlights",
          "To: <customercare@alliant-energy.com>",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <{hexs(rng, 22)}.{hexs(rng, 10)}@mail{rng.randint(10, 99)}.suw11.mcdlv.net>",
          "X-Mailer: MailChimp Mailer - **CID88a1e2f0c4**",
          "Precedence: bulk",
          "List-Id: 4c1e0b6a3f9d8e7a2b5c1d0e9fmc list <4c1e0b6a3f9d8e7a2b5c1d0e9f.88a1.list-id.mcsv.net>",
          "List-Unsubscribe: <https://crbc-news.us1.list-manage.com/unsubscribe?u=4c1e&id=88a1&e=c2f>,\n <mailto:unsubscribe-mc.us1_4c1e.88a1-c2f@mailin1.us1.mcsv.net?subject=unsubscribe>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative; charset="utf-8"; boundary="{bnd}"']
    body = multipart(bnd, [leaf('text/plain; charset="utf-8"', plain, "utf-8", "quoted-printable"),
                           leaf('text/html; charset="utf-8"', htmlb, "utf-8", "quoted-printable")],
                     "This is a multi-part message in MIME format")
    return f"bounce-mc.us1_4c1e.88a1-customercare=alliant-energy.com@mail{rng.randint(10, 99)}.suw11.mcdlv.net", pv, hs, body


A("list-chamber", "2026-10-15 07:00:05", "customercare", "list",
  "business-council newsletter with List-Unsubscribe and Precedence: bulk", mk_newsletter_chamber, program="Mailchimp")


def mk_spam_halloween(rng, t):
    pv = spoof_pv(rng, "mx-out4.spooky-savings-club.top", "spooky-savings-club.top", "spooky-savings-club.top", t,
                  dkim_d="spooky-savings-club.top")
    htmlb = ("<html><body style=\"background:#1a1a1a;color:#ff7518;font-family:Verdana\"><center>"
             "<h1>&#127875; Customer Appreciation Week &#127875;</h1>"
             "<p>You have been selected to receive a <b>$500 Halloween Gift Card</b>!</p>"
             "<p>Answer 3 quick questions about your energy provider to claim it before Oct 31.</p>"
             "<p><a href=\"https://spooky-savings-club.top/r/8812?e=customercare\" style=\"color:#fff;background:#ff7518;padding:12px 20px\">CLAIM MY REWARD</a></p>"
             "<p style=\"font-size:9px;color:#555\">To stop receiving these messages click <a href=\"https://spooky-savings-club.top/u\">here</a> "
             "or write to 2810 N Church St, Wilmington DE 19802</p></center></body></html>\n")
    hs = ["From: Spooktacular Rewards <rewards@spooky-savings-club.top>",
          "To: customercare@alliant-energy.com",
          "Subject: " + enc_subject("🎃 Customer Appreciation: claim your $500 Halloween gift card", "B"),
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <{hexs(rng, 24)}@spooky-savings-club.top>",
          "MIME-Version: 1.0",
          "Content-Type: text/html; charset=UTF-8",
          "Content-Transfer-Encoding: base64"]
    return "bounce@spooky-savings-club.top", pv, hs, b64(htmlb.encode("utf-8"))


A("spam-halloween", "2026-10-15 11:11:11", "customercare", "spam",
  "Halloween gift-card survey spam, HTML only, base64", mk_spam_halloween, program="spam kit")


def mk_notif_benefitshub(rng, t):
    d = "benefitshub-notify.com"
    pv = esp_pv(rng, d, t, f"o{rng.randint(1, 30)}.email.benefitshub-notify.com")
    bnd = hexs(rng, 28)
    plain = """Hello Alliant Energy team member,

Your 2027 Open Enrollment window opens Monday, October 19 and closes Friday, November 6 at 5:00 p.m. CT.

This year you must actively re-enroll in your Health Savings Account and Flexible Spending Account elections. Medical, dental and vision elections roll over if you do nothing.

Log in to BenefitsHub to review your options: https://alliantenergy.benefitshub.com/enroll

Questions? Contact the Benefits Service Center at 1-866-555-0150.

This message was sent to customercare@alliant-energy.com. Please do not reply; this mailbox is not monitored.
BenefitsHub, Inc.
"""
    htmlb = "<html><body>" + "".join(f"<p>{p}</p>" for p in to_html_paras(plain)) + "</body></html>\n"
    hs = ["From: BenefitsHub <no-reply@benefitshub-notify.com>",
          "To: customercare@alliant-energy.com",
          "Subject: Your 2027 Open Enrollment starts October 19",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <{hexs(rng, 20)}@benefitshub-notify.com>",
          "Auto-Submitted: auto-generated",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative; boundary="{bnd}"']
    body = multipart(bnd, [leaf("text/plain; charset=utf-8", plain, "utf-8", "quoted-printable"),
                           leaf("text/html; charset=utf-8", htmlb, "utf-8", "quoted-printable")])
    return f"bounces@{d}", pv, hs, body


A("notif-benefitshub", "2026-10-15 06:00:12", "customercare", "notif",
  "benefits-platform notice sent to the customer-care address by mistake (open enrolment); system mail, no request",
  mk_notif_benefitshub, program="benefits platform")


def mk_cold_seo(rng, t):
    a = "ryan@rankcrest-digital.io"
    pv = P("workspace", rng, a, t)
    bnd = "000000000000" + hexs(rng, 16)
    plain = """Hi there,

I was looking at alliant-energy.com and noticed a few things that are probably costing you traffic: slow mobile load times on your outage map, 40+ broken links in the savings section, and missing schema on your program pages.

We help utilities and co-ops fix exactly this. Would you be open to a free 15-minute audit call next week?

Best,
Ryan Callister
Growth Lead, RankCrest Digital

P.S. If you'd rather not hear from me, just reply "no thanks" and I'll take you off my list.
"""
    hs = ["MIME-Version: 1.0",
          f"From: Ryan Callister <{a}>",
          f"Date: {rfc(t.astimezone(tzo(-240)))}",
          f"Message-ID: <CA{b64ish(rng, 40).replace('/', '_')}@mail.gmail.com>",
          "Subject: Quick question about alliant-energy.com",
          "To: customercare@alliant-energy.com",
          "X-Mailer: Outreachly Sequencer 4.2",
          f'Content-Type: multipart/alternative; boundary="{bnd}"']
    body = multipart(bnd, [leaf('text/plain; charset="UTF-8"', plain).replace("Content-Transfer-Encoding: 7bit\n", ""),
                           leaf('text/html; charset="UTF-8"', '<div dir="ltr">' + "<br><br>".join(to_html_paras(plain)) + "</div>\n",
                                "UTF-8", "quoted-printable")])
    return a, pv, hs, body


A("cold-seo", "2026-10-16 14:15:40", "customercare", "cold",
  "cold SEO outreach from a sequencer; offers its own 'take you off my list', which is not our opt-out", mk_cold_seo,
  program="sales sequencer via Google Workspace")


def mk_spam_lottery_es(rng, t):
    pv = spoof_pv(rng, "smtp.premios-intl-fund.es", "premios-intl-fund.es", "premios-intl-fund.es", t)
    plain = """Estimado/a beneficiario/a:

¡Felicidades! Su dirección de correo electrónico ha sido seleccionada en el sorteo anual de la Fundación Premios Internacionales y ha ganado la suma de 850.000,00 EUR.

Para reclamar su premio envíe los siguientes datos a nuestro agente autorizado:
Nombre completo, dirección, número de teléfono, copia de su documento de identidad.

Número de referencia: FPI/2026/ES-4471
Agente: Lic. Ramón Ortega  -  reclamaciones@fpi-agentes.com

Atentamente,
Dra. Carmen Villaseñor
Directora de Premios
"""
    hs = ["From: =?iso-8859-1?Q?Fundaci=F3n_Premios_Internacionales?= <notificacion@premios-intl-fund.es>",
          "Reply-To: reclamaciones@fpi-agentes.com",
          "To: customercare@alliant-energy.com",
          "Subject: " + qword("¡Felicidades! Usted ha sido seleccionado", "iso-8859-1"),
          f"Date: {rfc(t.astimezone(tzo(120)))}",
          "MIME-Version: 1.0",
          'Content-Type: text/plain; charset="iso-8859-1"',
          "Content-Transfer-Encoding: quoted-printable",
          "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]
    return "bounce@premios-intl-fund.es", pv, hs, qp(plain, "iso-8859-1")


A("spam-lottery-es", "2026-10-18 22:10:45", "customercare", "spam",
  "Spanish advance-fee lottery scam with a different Reply-To and no Message-ID",
  mk_spam_lottery_es, lang="es", program="spam kit")


def mk_cal_oe(rng, t):
    a = "hrbenefits@alliantenergy.com"
    pv = P("m365", rng, a, t)
    bnd = f"_000_{pv['box']}{hexs(rng, 16, True)}namp_"
    uidv = "040000008200E00074C5B7101A82E00800000000" + hexs(rng, 40, True)
    start = datetime(2026, 10, 22, 17, 0, 0)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=HR Benefits:mailto:hrbenefits@alliantenergy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer Ca
 re:mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=All Employ
 ees - Iowa:mailto:allemployees-ia@alliantenergy.com
DESCRIPTION;LANGUAGE=en-US:Join the Benefits team for a live Q&A about 2027
  Open Enrollment: new HSA rules\\, dental plan changes and dependent verifi
 cation.\\n\\nMicrosoft Teams meeting link in the calendar item.\\n
UID:{uidv}
SUMMARY;LANGUAGE=en-US:Open Enrollment Q&A (Benefits 2027)
DTSTART;TZID=Central Standard Time:20261022T120000
DTEND;TZID=Central Standard Time:20261022T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{t.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    plain = ("Join the Benefits team for a live Q&A about 2027 Open Enrollment: new HSA rules, dental plan changes and "
             "dependent verification.\n\n________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_oe2027\nMeeting ID: 255 812 004 117\n"
             "Passcode: 7Hq2Nb\n________________________________________________________________________________\n")
    hs = ["From: HR Benefits <hrbenefits@alliantenergy.com>",
          "To: Customer Care <customercare@alliant-energy.com>, All Employees - Iowa\n\t<allemployees-ia@alliantenergy.com>",
          "Subject: Open Enrollment Q&A (Benefits 2027)",
          "Thread-Topic: Open Enrollment Q&A (Benefits 2027)",
          f"Thread-Index: {b64ish(rng, 22)}==",
          f"Date: {utc(t)}",
          f"Message-ID: <{pv['box']}{hexs(rng, 20, True)}@{pv['box']}.namprd{pv['box'][5:7]}.prod.outlook.com>",
          "Accept-Language: en-US",
          "Content-Language: en-US",
          "X-MS-Has-Attach:",
          "X-MS-TNEF-Correlator:",
          f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"',
          "MIME-Version: 1.0"]
    body = multipart(bnd, [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "quoted-printable"),
                           leaf('text/calendar; charset="utf-8"; method=REQUEST', ics.replace("\n", "\r\n"), "utf-8", "base64")])
    return a, pv, hs, body


A("cal-open-enrollment", "2026-10-19 09:30:21", "customercare", "cal",
  "calendar invitation (text/calendar) for an employee benefits Q&A; customercare@ was on the invite list by mistake",
  mk_cal_oe, program="Outlook calendar")


def mk_ooo_es_holiday(rng, t):
    a = "vibarra@cooperativalatina.org"
    pv = P("m365", rng, a, t)
    o = orig("holiday", {"tok": "V3H8NE"})
    bnd = f"_000_{pv['box']}{hexs(rng, 16, True)}namp_"
    plain = ("Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 26 de octubre y no tendré acceso a mi correo.\n\n"
             "Para asuntos urgentes comuníquese con Javier Solís al 563-555-0127.\n\n"
             "Thank you for your message. I am out of the office until Monday, October 26.\n\n"
             "Verónica Ibarra\nCooperativa Latina de Dubuque\n")
    hs = [f"From: {addr('Verónica Ibarra', a, 'Q', 'iso-8859-1')}",
          "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
          "Subject: " + qword("Respuesta automática: " + o[3], "iso-8859-1"),
          f"Thread-Topic: {o[3]}",
          f"Thread-Index: {b64ish(rng, 22)}==",
          f"Date: {utc(t)}",
          f"Message-ID: <{hexs(rng, 32)}@{pv['box']}.namprd{pv['box'][5:7]}.prod.outlook.com>",
          f"In-Reply-To: {o[4]}",
          f"References: {o[4]}",
          "Auto-Submitted: auto-generated",
          "X-Auto-Response-Suppress: All",
          "Content-Language: es-MX",
          f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"',
          "MIME-Version: 1.0"]
    body = multipart(bnd, [leaf('text/plain; charset="iso-8859-1"', plain, "iso-8859-1", "quoted-printable"),
                           leaf('text/html; charset="iso-8859-1"', html_doc_outlook(to_html_paras(plain), None), "iso-8859-1", "quoted-printable")])
    return None, pv, hs, body


A("ooo-es-holiday", "2026-10-20 07:31:10", "powerhousecatalog", "ooo",
  "bilingual Spanish/English out-of-office answering the Holiday Preview", mk_ooo_es_holiday, lang="es",
  program="Exchange Online OOF")


def mk_bounce_yahoo_holiday(rng, t):
    host = f"mta{rng.randint(4000, 4999)}.mail.bf1.yahoo.com"
    ip = f"98.136.{rng.randint(10, 250)}.{rng.randint(10, 250)}"
    pv = {"host": host, "helo": host, "ip": ip, "hs": [],
          "auth": f"spf=pass smtp.helo={host} (mx1.alliant-energy.com: {ip} is an authorized HELO for yahoo.com)",
          "box": None}
    text = f"""Sorry, we were unable to deliver your message to the following address.

<bonnie.ketterhagen@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (bonnie.ketterhagen@yahoo.com) [0] - {host}

--- Below this line is a copy of the message.

Received: from mta.alliant-energy.com (EHLO mta.alliant-energy.com)
  by {host} with SMTP; {utc(t - timedelta(seconds=3))}
""" + our_headers("holiday", "bonnie.ketterhagen@yahoo.com", {"tok": "B9F2KA"}) + "\n" + HOLIDAY_TEXT
    hs = [f"Date: {utc(t)}",
          "From: MAILER-DAEMON@yahoo.com",
          "To: powerhousecatalog@alliant-energy.com",
          "Subject: Failure Notice"]
    return None, pv, hs, text


A("bounce-yahoo-holiday", "2026-10-20 07:32:44", "powerhousecatalog", "bounce",
  "Yahoo 'Failure Notice' without MIME-Version; the copy of our Holiday Preview below carries its sharing and unsubscribe footer",
  mk_bounce_yahoo_holiday, program="Yahoo MTA")


def mk_bounce_qmail_holiday(rng, t):
    host = "mail.pcii-online.net"
    ip = f"64.{rng.randint(10, 250)}.{rng.randint(10, 250)}.{rng.randint(2, 250)}"
    pv = {"host": host, "helo": host, "ip": ip, "hs": [],
          "auth": f"spf=none smtp.helo={host}", "box": None, "tls": False}
    text = f"""Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<hjorgensen@pcii-online.net>:
This account has been disabled or discontinued. (#5.2.1)

--- Below this line is a copy of the message.

Return-Path: <powerhousecatalog@alliant-energy.com>
Received: (qmail 22871 invoked from network); {rfc(t - timedelta(minutes=4))}
""" + our_headers("holiday", "hjorgensen@pcii-online.net", {"tok": "Q4TT6C"}) + "\n" + HOLIDAY_TEXT[:400] + "\n"
    hs = [f"Date: {rfc(t - timedelta(seconds=2))}",
          f"From: MAILER-DAEMON@{host}",
          "To: powerhousecatalog@alliant-energy.com",
          "Subject: failure notice"]
    return None, pv, hs, text


A("bounce-qmail-holiday", "2026-10-20 07:36:02", "powerhousecatalog", "bounce",
  "legacy qmail bounce (no MIME, no Message-ID) from a small rural ISP; our catalog footer is in the copy",
  mk_bounce_qmail_holiday, program="qmail")


def mk_notif_lettershop(rng, t):
    a = "jobs@lakeshorelettershop.com"
    pv = P("isp", rng, a, t)
    plain = """LAKESHORE LETTERSHOP - JOB STATUS NOTICE

Job:        26-4471  PowerHouse Catalog - Holiday 2026, drop 2
Client:     PowerHouse Catalog (Alliant Energy)
Step:       Merge/purge and suppression - COMPLETE
Completed:  10/21/2026 10:12 CDT

Input records:                          412,906
Client do-not-share file (list rental):   1,318 flagged (kept for client mailing, excluded from rental output)
Client do-not-mail file:                  3,902 suppressed
DMAchoice suppression:                    4,022 suppressed
NCOA moves applied:                       6,117
Deceased suppression:                       488
Final mail quantity:                    398,176

Rental/exchange output file for 2 list partners will be released on 10/23 unless the client places a hold.
Reply HOLD to this notice or call your account manager at 920-555-0188.

This notice was generated automatically by LettershopTrack.
"""
    hs = [f"From: Lakeshore Lettershop Job Notices <{a}>",
          "To: powerhousecatalog@alliant-energy.com",
          "Subject: Job 26-4471 PowerHouse Holiday drop 2: suppression processed",
          f"Date: {rfc(t)}",
          f"Message-ID: <lt.{hexs(rng, 12)}.26-4471@lakeshorelettershop.com>",
          "Auto-Submitted: auto-generated",
          "X-Mailer: LettershopTrack 7.3",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=us-ascii",
          "Content-Transfer-Encoding: 7bit"]
    return a, pv, hs, plain


A("notif-lettershop", "2026-10-21 10:15:03", "powerhousecatalog", "notif",
  "mail house's suppression report: full of 'do-not-share', 'list rental', even 'Reply HOLD'; vendor system mail, no request",
  mk_notif_lettershop, program="mail-house job system")


def mk_ooo_outage(rng, t):
    a = "javerbeck@hawkeyeins-agency.com"
    pv = P("m365", rng, a, t)
    o = orig("outage", {"id": "7731204", "street": "2280 EDGEWOOD RD SW", "eta": "10/21 11:30 PM", "n": "1,480",
                        "date": dt("2026-10-21 19:38:00")})
    bnd = f"_000_{pv['box']}{hexs(rng, 16, True)}namp_"
    plain = ("I am out of the office until Monday, October 26. If you need immediate assistance please contact our office at "
             "319-555-0142 or service@hawkeyeins-agency.com.\n\nJill Averbeck\nHawkeye Insurance Agency\n")
    hs = ["From: Jill Averbeck <javerbeck@hawkeyeins-agency.com>",
          "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
          f"Subject: Automatic reply: {o[3]}",
          f"Thread-Topic: {o[3]}",
          f"Thread-Index: {b64ish(rng, 22)}==",
          f"Date: {utc(t)}",
          f"Message-ID: <{hexs(rng, 32)}@{pv['box']}.namprd{pv['box'][5:7]}.prod.outlook.com>",
          f"In-Reply-To: {o[4]}",
          f"References: {o[4]}",
          "Auto-Submitted: auto-generated",
          "X-Auto-Response-Suppress: All",
          "Content-Language: en-US",
          f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"',
          "MIME-Version: 1.0"]
    body = multipart(bnd, [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "quoted-printable"),
                           leaf('text/html; charset="us-ascii"', html_doc_outlook(to_html_paras(plain), None), "us-ascii", "quoted-printable")])
    return None, pv, hs, body


A("ooo-outage", "2026-10-21 19:38:40", "customercare", "ooo",
  "out-of-office answering an outage alert (the alert's Reply-To is customercare@)", mk_ooo_outage,
  program="Exchange Online OOF")


def mk_loop_exchange_ack(rng, t):
    a = "slindquist@cedarvalleyprinting.com"
    pv = P("m365", rng, a, t)
    o = orig("ack", {"ref": "CC-2026-10-00587", "date": dt("2026-10-22 11:21:40")})
    bnd = f"_000_{pv['box']}{hexs(rng, 16, True)}namp_"
    plain = ("Thanks for your message. I'm at a trade show through Thursday, October 29 and will reply when I'm back. "
             "For quotes and order status, e-mail orders@cedarvalleyprinting.com.\n\nSteve Lindquist\nCedar Valley Printing\n")
    hs = [f"From: Steve Lindquist <{a}>",
          "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
          f"Subject: Automatic reply: {o[3]}",
          f"Thread-Topic: {o[3]}",
          f"Thread-Index: {b64ish(rng, 22)}==",
          f"Date: {utc(t)}",
          f"Message-ID: <{hexs(rng, 32)}@{pv['box']}.namprd{pv['box'][5:7]}.prod.outlook.com>",
          f"In-Reply-To: {o[4]}",
          f"References: {o[4]}",
          "Auto-Submitted: auto-generated",
          "X-Auto-Response-Suppress: All",
          "Content-Language: en-US",
          f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"',
          "MIME-Version: 1.0"]
    body = multipart(bnd, [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "quoted-printable"),
                           leaf('text/html; charset="us-ascii"', html_doc_outlook(to_html_paras(plain), None), "us-ascii", "quoted-printable")])
    return None, pv, hs, body


A("loop-exchange-ack", "2026-10-22 11:22:05", "customercare", "loop",
  "LOOP TRAP: Exchange out-of-office answering our own acknowledgement", mk_loop_exchange_ack,
  program="Exchange Online OOF")


def mk_phish_storm(rng, t):
    pv = spoof_pv(rng, "mail.alliantenergy-claims.net", "alliantenergy-claims.net", "alliantenergy-claims.net", t,
                  dkim_d="alliantenergy-claims.net")
    bnd = "----=_NextPart_" + hexs(rng, 8, True) + "_" + hexs(rng, 8, True)
    plain = """Alliant Energy Storm Outage Credit

Customers affected by the October 21 windstorm are eligible for a one-time $75 outage credit.

To receive your credit, confirm your account and payment card within 48 hours:
https://alliantenergy-claims.net/credit?id=88213

Credits not claimed by October 25 will be forfeited.

Alliant Energy Customer Support
"""
    htmlb = ("<html><body><table width=\"560\" style=\"font-family:Arial\"><tr><td style=\"background:#00529b;color:#fff;padding:10px\">"
             "<b>Alliant Energy</b></td></tr><tr><td>" + "".join(f"<p>{p}</p>" for p in to_html_paras(plain)[1:])
             + "</td></tr></table></body></html>\n")
    hs = ["From: Alliant Energy <storm-credit@alliantenergy-claims.net>",
          "To: customercare@alliant-energy.com",
          "Subject: Storm outage credit: confirm your account to receive $75",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <{hexs(rng, 20)}@alliantenergy-claims.net>",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative; boundary="{bnd}"']
    body = multipart(bnd, [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "7bit"),
                           leaf('text/html; charset="us-ascii"', htmlb, "us-ascii", "quoted-printable")],
                     "This is a multi-part message in MIME format.")
    return "bounce@alliantenergy-claims.net", pv, hs, body


A("phish-storm-credit", "2026-10-22 15:30:27", "customercare", "spam",
  "storm-credit phishing timed to the windstorm, lookalike domain", mk_phish_storm, program="spam kit")


def mk_bounce_ms_ack(rng, t):
    host = f"{rng.choice(['NAM12-DM6', 'NAM10-MW2'])}-obe.outbound.protection.outlook.com"
    ip = f"40.92.{rng.randint(16, 60)}.{rng.randint(10, 250)}"
    pv = {"host": host, "helo": host, "ip": ip, "hs": [],
          "auth": f"spf=pass smtp.helo={host}", "box": None}
    ref = "CC-2026-10-00641"
    bnd = f"_{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}_"
    bnd2 = f"_{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}_"
    text = """Your message to rkohler_58@outlook.com couldn't be delivered.

rkohler_58 wasn't found at outlook.com.

customercare    Office 365    rkohler_58
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
"""
    htmlb = "<html><body>" + "".join(f"<p>{p}</p>" for p in to_html_paras(text)) + "</body></html>\n"
    status = f"""Reporting-MTA: dns;{host}
Received-From-MTA: dns;mta.alliant-energy.com
Arrival-Date: {utc(t - timedelta(seconds=4))}

Final-Recipient: rfc822;rkohler_58@outlook.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient rkohler_58@outlook.com not found by SMTP address lookup
"""
    hs = ["From: postmaster@outlook.com",
          "To: customercare@alliant-energy.com",
          f"Date: {utc(t)}",
          "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + bnd + "\"",
          "X-MS-Exchange-Message-Is-Ndr:",
          "Content-Language: en-US",
          f"Message-ID: <{uid(rng, False)}@{host.split('-obe')[0].lower()}.prod.outlook.com>",
          f"In-Reply-To: <ack.{ref}@alliant-energy.com>",
          f"References: <ack.{ref}@alliant-energy.com>",
          f"Subject: Undeliverable: We received your request [{ref}]",
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0"]
    body = multipart(bnd, [f'Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="{bnd2}"\n\n'
                           + multipart(bnd2, [leaf("text/plain; charset=\"us-ascii\"", text, "us-ascii", "quoted-printable"),
                                              leaf("text/html; charset=\"us-ascii\"", htmlb, "us-ascii", "quoted-printable")]),
                           "Content-Type: message/delivery-status\n\n" + status,
                           "Content-Type: message/rfc822\n\n" + our_headers("ack", "rkohler_58@outlook.com",
                                                                            {"ref": ref, "date": t - timedelta(seconds=5)})
                           + "\n" + ack_text(ref)])
    return None, pv, hs, body


A("bounce-ms-ack", "2026-10-23 10:02:31", "customercare", "bounce",
  "Microsoft NDR for our acknowledgement; the returned ack talks about opting out and sharing, all of it ours",
  mk_bounce_ms_ack, program="Exchange Online NDR")


def mk_loop_helpdesk(rng, t):
    a = "support@riverbendvet.com"
    pv = P("isp", rng, a, t)
    ref = "CC-2026-10-00652"
    plain = f"""##- Please type your reply above this line -##

Thank you for contacting Riverbend Veterinary Clinic!

Your request (#48213) has been received and is being reviewed by our support staff. For medical emergencies, call the clinic at 608-555-0111.

To add additional comments, reply to this email.

Subject: Re: We received your request [{ref}]
"""
    hs = ["From: Riverbend Vet Clinic Support <support@riverbendvet.com>",
          "Reply-To: Riverbend Vet Clinic Support <support+id48213@riverbendvet.com>",
          "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
          f"Subject: [Request received] Re: We received your request [{ref}]",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <ticket.48213.{hexs(rng, 10)}@riverbendvet.com>",
          f"In-Reply-To: <ack.{ref}@alliant-energy.com>",
          f"References: <ack.{ref}@alliant-energy.com>",
          "Auto-Submitted: auto-replied",
          "X-Mailer: Deskora Helpdesk 11",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=UTF-8",
          "Content-Transfer-Encoding: 7bit"]
    return a, pv, hs, plain


A("loop-helpdesk-ack", "2026-10-23 13:05:12", "customercare", "loop",
  "LOOP TRAP: a clinic's helpdesk opened a ticket for our acknowledgement and answered it", mk_loop_helpdesk,
  program="helpdesk autoresponder")


def mk_list_forum(rng, t):
    host = "mail.upf-members.org"
    ip = f"172.104.{rng.randint(10, 250)}.{rng.randint(10, 250)}"
    pv = {"host": host, "helo": host, "ip": ip, "hs": [],
          "auth": ("dkim=pass (2048-bit key) header.d=upf-members.org header.s=mm3 header.b=" + b64ish(rng, 8)
                   + ";\n\tdmarc=pass (p=NONE dis=NONE) header.from=upf-members.org;\n"
                   f"\tspf=pass smtp.mailfrom=utility-privacy-bounces@lists.upf-members.org"), "box": None}
    plain = """Hi all,

Quick survey for the list: how long do your teams take to process an opt-out or a do-not-share request end to end? We promise 10 business days in our policy, but our catalog vendor needs the do-not-share file two weeks before each drop, so a request that comes in right after a cutoff can miss a mailing. Do you tell customers that up front?

Also curious whether anyone auto-acknowledges "unsubscribe" replies that arrive at a general customer-care address.

Thanks,
Dana Eskew
Privacy Program Manager, Northern Prairie Power Cooperative
_______________________________________________
Utility-privacy mailing list -- utility-privacy@lists.upf-members.org
To unsubscribe send an email to utility-privacy-leave@lists.upf-members.org
"""
    hs = ["From: Dana Eskew <deskew@npp-coop.org>",
          "To: utility-privacy@lists.upf-members.org, customercare@alliant-energy.com",
          "Subject: [Utility-privacy] How long do your opt-outs take?",
          f"Date: {rfc(t)}",
          f"Message-ID: <{uid(rng, False)}@npp-coop.org>",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=\"us-ascii\"",
          "Content-Transfer-Encoding: 7bit",
          "Message-ID-Hash: " + rstr(rng, 32, string.ascii_uppercase + "234567"),
          "X-Message-ID-Hash: " + rstr(rng, 32, string.ascii_uppercase + "234567"),
          "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-utility-privacy.lists.upf-members.org-0",
          "X-Mailman-Version: 3.3.9",
          "Precedence: list",
          "List-Id: Utility Privacy Forum <utility-privacy.lists.upf-members.org>",
          "Archived-At: <https://lists.upf-members.org/archives/list/utility-privacy@lists.upf-members.org/message/Q2X/>",
          "List-Archive: <https://lists.upf-members.org/archives/list/utility-privacy@lists.upf-members.org/>",
          "List-Help: <mailto:utility-privacy-request@lists.upf-members.org?subject=help>",
          "List-Owner: <mailto:utility-privacy-owner@lists.upf-members.org>",
          "List-Post: <mailto:utility-privacy@lists.upf-members.org>",
          "List-Subscribe: <mailto:utility-privacy-join@lists.upf-members.org>",
          "List-Unsubscribe: <mailto:utility-privacy-leave@lists.upf-members.org>"]
    return "utility-privacy-bounces@lists.upf-members.org", pv, hs, plain


A("list-privacy-forum", "2026-10-23 16:00:44", "customercare", "list",
  "mailing-list post (Precedence: list) asking about opt-out timing; a person wrote it, but it is list traffic, not a request",
  mk_list_forum, program="Mailman 3")


def mk_phish_mailbox(rng, t):
    pv = spoof_pv(rng, "srv1.mailcheck-secure.co", "mailcheck-secure.co", "alliant-energy.com.mailcheck-secure.co", t)
    bnd = "=_" + hexs(rng, 32)
    plain = """Dear customercare,

Your mailbox customercare@alliant-energy.com has reached 98% of its storage limit. Incoming messages will be rejected after 24 hours.

Open the attached file to restore your storage and keep receiving email.

Mail Administrator
alliant-energy.com IT Service Desk
"""
    att = ("<html><head><script>window.location='https://alliant-energy.com.mailcheck-secure.co/owa/?u=customercare'</script>"
           "</head><body>Loading...</body></html>\n")
    hs = ["From: Mail Administrator <admin@alliant-energy.com.mailcheck-secure.co>",
          "To: customercare@alliant-energy.com",
          "Subject: customercare@alliant-energy.com: mailbox storage 98% full",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <{hexs(rng, 24)}@mailcheck-secure.co>",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/mixed; boundary="{bnd}"']
    body = multipart(bnd, [leaf("text/plain; charset=us-ascii", plain, "us-ascii", "7bit"),
                           'Content-Type: text/html; name="Restore_Storage.htm"\nContent-Disposition: attachment; filename="Restore_Storage.htm"\n'
                           "Content-Transfer-Encoding: base64\n\n" + b64(att.encode())])
    return "bounce@mailcheck-secure.co", pv, hs, body


A("phish-mailbox-full", "2026-10-24 13:20:09", "customercare", "spam",
  "credential phishing with an .htm attachment (base64)", mk_phish_mailbox, program="spam kit")


def mk_notif_crm(rng, t):
    d = "castellan-crm.com"
    pv = esp_pv(rng, d, t, f"smtp-out{rng.randint(1, 9)}.castellan-crm.com")
    plain = """Castellan CRM - Scheduled export completed

Export:     privacy_optouts_daily
Owner:      Customer Care Operations
Run:        Sat 10/24/2026 02:00 CDT
Status:     Completed with warnings

Records exported:        214
  marketing opt-out:     171
  do not share:           52
Rows with errors:          3 (missing postal code)

The file is available for 7 days: https://alliant.castellan-crm.com/exports/88213
You are receiving this because you are listed as a recipient of this scheduled export.
"""
    hs = ["From: Castellan CRM <noreply@castellan-crm.com>",
          "To: customercare@alliant-energy.com",
          "Subject: Scheduled export 'privacy_optouts_daily' completed with warnings",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <export.{hexs(rng, 16)}@castellan-crm.com>",
          "Auto-Submitted: auto-generated",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 7bit"]
    return f"bounces@{d}", pv, hs, plain


A("notif-crm-export", "2026-10-24 02:00:31", "customercare", "notif",
  "CRM export notice listing opt-out and do-not-share counts; system mail", mk_notif_crm, program="CRM notifier")


def mk_mdn_outlook_es(rng, t):
    a = "hsalinas77@hotmail.com"
    pv = P("outlookcom", rng, a, t)
    subj = "RE: Contact Us: Facturación / Billing"
    omid = f"<BN0PR11MB5720{hexs(rng, 20, True)}@BN0PR11MB5720.namprd11.prod.outlook.com>"
    bnd = f"_{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}_"
    sent = dt("2026-10-23 09:12:40")
    text = (f"Su mensaje\n\n        Para: Héctor Salinas\n        Asunto: {subj}\n"
            f"        Enviado: viernes, 23 de octubre de 2026 14:12:40 (UTC+00:00) Monrovia, Reikiavik\n\n"
            f"fue leído el viernes, 23 de octubre de 2026 {t.astimezone(timezone.utc).strftime('%H:%M:%S')} (UTC+00:00) Monrovia, Reikiavik.\n")
    mdn = (f"Reporting-UA: {pv['box']}.namprd{pv['box'][5:7]}.prod.outlook.com\nFinal-Recipient: rfc822;{a}\n"
           f"Original-Message-ID: {omid}\nDisposition: automatic-action/MDN-sent-automatically; displayed\n"
           "X-MSExch-Correlation-Key: " + b64ish(rng, 24) + "==\n")
    hs = [f"From: {addr('Héctor Salinas', a, 'Q', 'iso-8859-1')}",
          "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
          "Subject: " + qword("Leído: " + subj, "iso-8859-1"),
          f"Thread-Topic: {qword('Contact Us: Facturación / Billing', 'iso-8859-1')}",
          f"Date: {utc(t)}",
          f"Message-ID: <{pv['box']}{hexs(rng, 20, True)}@{pv['box']}.namprd{pv['box'][5:7]}.prod.outlook.com>",
          f"References: {omid}",
          f"In-Reply-To: {omid}",
          "Content-Language: es-MX",
          f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{bnd}"',
          "MIME-Version: 1.0"]
    body = multipart(bnd, [leaf('text/plain; charset="iso-8859-1"', text, "iso-8859-1", "quoted-printable"),
                           "Content-Type: message/disposition-notification\n\n" + mdn])
    return a, pv, hs, body


A("mdn-outlook-es", "2026-10-23 18:29:41", "customercare", "mdn",
  "Spanish Outlook read receipt ('Leído:') for a staff reply to a billing question", mk_mdn_outlook_es, lang="es",
  program="Outlook.com MDN")


def mk_challenge(rng, t):
    d = "mailwarden-cr.com"
    pv = esp_pv(rng, d, t, f"cr{rng.randint(1, 9)}.mailwarden-cr.com")
    ref = "CC-2026-10-00718"
    plain = f"""Hello,

You recently sent a message to sbeckman@beckmanlaw.net with the subject
"We received your request [{ref}]".

sbeckman@beckmanlaw.net uses MailWarden to block unwanted e-mail. To have your message delivered, please confirm that you are a person by clicking the link below (one time only):

https://verify.mailwarden-cr.com/c/8QZ2-4471-KD

If you do not confirm within 7 days your message will be deleted.

MailWarden - we stop spam so people don't have to.
"""
    hs = ["From: MailWarden Verification <verify@mailwarden-cr.com>",
          "To: customercare@alliant-energy.com",
          f"Subject: Please verify your message to sbeckman@beckmanlaw.net",
          f"Date: {rfc(t.astimezone(timezone.utc)).replace('-0000', '+0000')}",
          f"Message-ID: <cr.{hexs(rng, 14)}@mailwarden-cr.com>",
          f"In-Reply-To: <ack.{ref}@alliant-energy.com>",
          "Auto-Submitted: auto-replied",
          "Precedence: junk",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=us-ascii",
          "Content-Transfer-Encoding: 7bit"]
    return f"bounce@{d}", pv, hs, plain


A("challenge-response", "2026-10-25 09:00:12", "customercare", "cr",
  "challenge-response verification request triggered by our acknowledgement", mk_challenge,
  program="challenge-response filter")


def mk_loop_headerless(rng, t):
    a = "info@badgerstatecabinets.com"
    pv = P("isp", rng, a, t)
    ref = "CC-2026-10-00711"
    plain = ("Thank you for contacting Badger State Cabinets!\n\nWe have received your email and a member of our team will "
             "respond within 1-2 business days. Our showroom hours are Mon-Fri 8-5 and Sat 9-12.\n\n"
             "Badger State Cabinets\n1410 Commerce Dr, Sauk City\n")
    hs = ["From: Badger State Cabinets <info@badgerstatecabinets.com>",
          "To: customercare@alliant-energy.com",
          f"Subject: Re: We received your request [{ref}]",
          f"Date: {rfc(t)}",
          f"Message-ID: <{hexs(rng, 32)}@badgerstatecabinets.com>",
          f"In-Reply-To: <ack.{ref}@alliant-energy.com>",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 7bit",
          "X-Mailer: cPanel autoresponder"]
    return a, pv, hs, plain


A("loop-headerless-ack", "2026-10-25 14:00:50", "customercare", "loop",
  "LOOP TRAP: autoresponder with no Auto-Submitted header answering our acknowledgement ('Re:' subject)",
  mk_loop_headerless, program="cPanel autoresponder")


# ============================================================================= people
MO, SH, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def gmail_mid(rng):
    return f"<CA{rstr(rng, 1, 'BDEFGHJKLMNPQ')}{b64ish(rng, 43).replace('/', '_')}@mail.gmail.com>"


def outlook_mid(rng):
    box = f"SJ0PR{rng.randint(10, 19)}MB{rng.randint(1000, 9999)}"
    return f"<{box}{hexs(rng, 20, True)}@{box}.namprd{box[5:7]}.prod.outlook.com>"


def yahoo_mid(rng):
    return f"<{rng.randint(100000000, 999999999)}.{rng.randint(1000000, 9999999)}.{rng.randint(10 ** 12, 10 ** 13 - 1)}@mail.yahoo.com>"


def apple_mid(dom):
    return lambda rng: f"<{uid(rng)}@{dom}>"


OUT1 = {"id": "7731188", "street": "1418 OAK PARK RD", "eta": "Assessing", "n": "2,140", "date": dt("2026-10-21 19:31:05")}
OUT2 = {"id": "7731342", "street": "917 30TH ST NE", "eta": "10/22 2:00 AM", "n": "3,906", "date": dt("2026-10-21 19:44:50")}
OUT3 = {"id": "7731460", "street": "2014 B AVE NE", "eta": "10/22 6:00 AM", "n": "5,212", "date": dt("2026-10-21 20:05:12")}
OUT4 = {"id": "7733018", "street": "RR 2 BOX 41", "eta": "10/22 9:00 PM", "n": "612", "date": dt("2026-10-21 21:10:33")}
OUT5 = {"id": "7735521", "street": "5506 FAIRWAY DR", "eta": "10/22 4:00 PM", "n": "1,004", "date": dt("2026-10-22 09:40:00")}
RES1 = {"id": "7739905", "street": "88 WILLOW CT", "date": dt("2026-10-22 19:52:10")}
RES2 = {"id": "7740017", "street": "3309 PRAIRIE DR", "date": dt("2026-10-22 23:06:42")}

# ---------------------------------------------------------------- Monday 12 October
H("share-paper-catalog", "2026-10-12 08:47:12", "powerhousecatalog", ("Margaret Halvorsen", "mhalvorsen.madison@gmail.com"),
  "gmail", "gmail", "Please don't share my address",
  """Hello,

The PowerHouse holiday catalog came in Saturday's mail. I enjoy it and would like to keep getting it, but I do not want my name and address passed along to other catalog companies. Please mark my record so it isn't shared.

Thank you,
Margaret Halvorsen
2417 Monroe St
Madison, WI 53711
""", "share", [SH], {"name": "Margaret Halvorsen", "postal_code": "53711"},
  "wants to keep the catalog, refuses sharing only")

H("q-furnace-pilot", "2026-10-12 07:12:40", "customercare", ("Dwayne Pettis", "dpettis1971@gmail.com"),
  "gmail", "iphone", "Furnace",
  """Turned on my furnace for the first time this morning and the pilot keeps going out. Is that something Alliant comes out for or do I need to call a heating company? We're on natural gas. Thanks""",
  "q", [Q], {}, "heating-season service question, no opt-out", html=False)

H("mo-dorothy-pop", "2026-10-12 09:55:03", "customercare", ("Dorothy Kremer", "dkremer@tds.net"),
  "isp", "outlook_pop", "Mailing list",
  """To whom it may concern,

Please remove my name from your mailing lists. Every month I get flyers from you about solar, thermostats, water heaters and so on and they go straight in the recycling. I would also like no more e-mails of that kind.

I still need my monthly bill of course.

Thank you,
Dorothy Kremer
Account 4410 2287 15
""", "mo", [MO], {"name": "Dorothy Kremer", "account": "4410 2287 15"},
  "postal and e-mail marketing opt-out; keeps the bill (service mail)", tz=-300)

H("share-rosa-es", "2026-10-12 18:40:21", "powerhousecatalog", ("Rosa Carrillo", "rosacarrillo_cr@yahoo.com"),
  "yahoo", "yahoo_ios", "Catálogo",
  """Buenas tardes,

Me llegó el catálogo de PowerHouse. No quiero que compartan mi nombre ni mi dirección con otras compañías.

Gracias
Rosa Elena Carrillo
52404""", "share", [SH], {"name": "Rosa Elena Carrillo", "postal_code": "52404"},
  "Spanish sharing opt-out from a phone; says nothing about stopping the catalog", lang="es")

H("unclear-fwd-safety", "2026-10-12 13:20:55", "customercare", ("Gary Lindahl", "garylindahl1955@gmail.com"),
  "gmail", "gmail", None, "unsubscribe me from these\n", "unclear", [], {},
  "'unsubscribe' over a forwarded gas-safety notice: a service message, so not a marketing opt-out; unclear",
  unclear=True, fwd=("safety", None))

# ---------------------------------------------------------------- Tuesday 13 October (fall promo 08:02)
H("lu-gmail-1", "2026-10-13 08:41:09", "customercare", ("Kari Brandvold", "kbrandvold@gmail.com"),
  "gmail", "bare", "unsubscribe", "This message was automatically generated by Gmail.\n", "lu", [MO], {},
  "Gmail's List-Unsubscribe mailto: after the fall promo; name only in From, not an entity",
  mid=gmail_mid, to=TO_CC, program="Gmail unsubscribe button")

H("mo-stop-android", "2026-10-13 08:55:33", "customercare", ("Jason Meyer-Ortiz", "jmeyerortiz@gmail.com"),
  "gmail", "gmail_mobile", None, "STOP\n", "mo", [MO], {},
  "bare STOP directly above our quoted promo = marketing opt-out", reply=("fall", {"tok": "A01C77"}))

H("q-coupon-contractor", "2026-10-13 09:20:14", "customercare", ("Linda Vang", "lindavang77@hotmail.com"),
  "outlookcom", "outlook_web", None,
  """Hi,
Does the $50 off work if I use my own furnace guy? Or does it have to be one of your Home Comfort contractors. Also we have a heat pump with a gas backup, does that count as a furnace?
Thanks,
Linda""", "q", [Q], {"name": "Linda"},
  "question about the promo itself, top-posted over it; the quoted footer's 'unsubscribe' is ours",
  reply=("fall", {"tok": "5D2E90"}))

H("mo-q-bill-up", "2026-10-13 09:48:27", "customercare", ("Frank Dudek", "fdudek52@aol.com"),
  "aol", "aol", None,
  """Take me off these emails. And while Ive got you, why did my gas bill go up almost $40 from last October? We havent even turned the heat on yet!!

Frank Dudek""", "oq", [MO, Q], {"name": "Frank Dudek"},
  "opt-out from the promo plus a billing question", reply=("fall", {"tok": "C3F081"}))

H("lu-iphone-1", "2026-10-13 10:30:02", "customercare", ("Sam Okafor", "sam.okafor@icloud.com"),
  "icloud", "bare", "unsubscribe", "", "lu", [MO], {},
  "iOS Mail's unsubscribe banner sent the mailto: with an empty body", to=TO_CC, mid=apple_mid("icloud.com"),
  order=["Content-Type", "Content-Transfer-Encoding", "From", "Mime-Version", "Subject", "Date", "Message-Id", "To", "X-Mailer"],
  ctype="text/plain; charset=us-ascii", show_cte=True, extra=[("X-Mailer", "iPhone Mail (24A345)")],
  program="iPhone Mail unsubscribe")

H("mo-es-maribel", "2026-10-13 11:15:48", "customercare", ("Maribel Sánchez", "maribelsanchez.wi@gmail.com"),
  "gmail", "gmail", None, "Por favor ya no me manden estos correos de promociones. Gracias.\n", "mo", [MO], {},
  "Spanish reply to the promo: no more promotional e-mails", lang="es", reply=("fall", {"tok": "19E4B2"}))

H("lu-outlookcom-1", "2026-10-13 12:02:36", "customercare", ("Dennis Krause", "dkrause_56@outlook.com"),
  "outlookcom", "bare", "unsubscribe", "", "lu", [MO], {},
  "Outlook.com unsubscribe action, empty body", to=TO_CC, mid=outlook_mid, utc_date=True,
  ctype='text/plain; charset="us-ascii"', program="Outlook.com unsubscribe")

H("mo-typo-yahoo", "2026-10-13 12:40:19", "customercare", ("Tiffany Roetz", "tiffroetz@yahoo.com"),
  "yahoo", "yahoo", None, "i never signed up for this plz unsubscibe me\n", "mo", [MO], {},
  "misspelled 'unsubscibe' under the promo; Yahoo quotes without '>'", reply=("fall", {"tok": "66A0DE"}))

H("q-is-this-real", "2026-10-13 13:10:44", "customercare", ("Harold Wiese", "hwiese@comcast.net"),
  "comcast", "xfinity", None,
  """Is this email really from Alliant? It looks like one of those scam emails and I don't want to click on anything. Who can I call to check?

Harold Wiese""", "q", [Q], {"name": "Harold Wiese"},
  "asks whether the promo is genuine; not an opt-out", reply=("fall", {"tok": "0B7C42"}))

H("both-tom", "2026-10-13 15:22:08", "customercare", ("Tom Bauer", "tombauer.edgerton@gmail.com"),
  "gmail", "gmail_mobile", "stop everything",
  """I get your emails AND the PowerHouse stuff in the mail. Stop all of it and don't give my info to anyone else either.

-- Tom Bauer 53534""", "both", [MO, SH], {"name": "Tom Bauer", "postal_code": "53534"},
  "curt: stop all marketing and don't share; sent to customercare, covers the catalog too")

# ---------------------------------------------------------------- Wednesday 14 October
H("lu-sweepr-autosub", "2026-10-14 06:00:04", "customercare", ("Priya Natarajan", "priya.natarajan@gmail.com"),
  "gmail", "bare", "unsubscribe",
  "Unsubscribe request sent automatically by Sweepr on behalf of the owner of this mailbox.\n", "lu", [MO], {},
  "inbox-cleaning service used the List-Unsubscribe mailto:; Auto-Submitted, so no acknowledgement (RFC 3834)",
  ack=None, to=TO_CC, mid=lambda rng: f"<sweepr.{hexs(rng, 24)}@mail.sweepr.app>",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Sweepr/3.1 (unsubscribe-agent)")],
  program="Sweepr inbox cleaner")

H("q-coupon-rental", "2026-10-14 07:45:51", "customercare", ("Aaron Lindgren", "alindgren.rentals@gmail.com"),
  "gmail", "gmail_mobile", None,
  "Can I use FALL50 on my rental property too? It's on a separate account from my house. Or is it 1 per customer\n",
  "q", [Q], {}, "question about using the promo code", reply=("fall", {"tok": "8E1D09"}))

H("mo-gerald-long", "2026-10-14 09:05:37", "customercare", ("Gerald Schoenfeld", "gschoenfeld@tds.net"),
  "isp", "thunderbird", "Too much advertising",
  """Dear Sir or Madam,

I have been an Alliant customer (and before that Wisconsin Power & Light) for 41 years and I have never had a complaint about the service itself. But in the last year the amount of advertising has gotten out of hand. This week alone I received a postcard about smart thermostats, a letter about community solar, and now an e-mail about furnace tune-ups. My furnace was serviced in August by the same company I have used for 25 years.

Please take me off all of your marketing lists, both e-mail and postal mail. I do not want to be contacted about offers, programs or products of any kind. Bills and notices about my service are fine, of course.

I do not need a reply, just please make it stop.

Gerald Schoenfeld
N4471 Cty Rd K
Portage, WI 53901
""", "mo", [MO], {"name": "Gerald Schoenfeld", "postal_code": "53901"},
  "long, polite, all-channel marketing opt-out; 'no reply needed' still gets the receipt acknowledgement")

H("q-benefits-dental", "2026-10-14 10:12:30", "customercare", ("Kayla Sorensen", "kayla.sorensen@alliantenergy.com"),
  "m365", "outlook_desktop", "Dental enrollment - dependent verification",
  """Hi Benefits Team,

I'm trying to add my husband to my dental plan for 2027 but the enrollment portal keeps saying my dependent verification is missing. I uploaded our marriage certificate last week. Can someone take a look?

Thanks,
Kayla Sorensen
Meter Services | Cedar Rapids
ext. 4417""", "q", [Q], {"name": "Kayla Sorensen"},
  "employee's open-enrolment question sent to customercare@ by mistake: a person needs to redirect it",
  sig="")

H("share-heffernan", "2026-10-14 12:25:17", "powerhousecatalog", ("June Heffernan", "june.heffernan@hotmail.com"),
  "outlookcom", "outlook_web", "Do not share our name",
  """Please do not rent, sell or exchange our name and address with any other company. The customer number on our catalog label is PH 4471 0932.

Carl & June Heffernan""", "share", [SH], {"name": "Carl & June Heffernan", "account": "PH 4471 0932"},
  "joint names kept joint; catalog customer number from the label")

H("unclear-please-stop", "2026-10-14 14:50:05", "customercare", ("Deb McCartney", "d.mccartney.88@gmail.com"),
  "gmail", "gmail_mobile", "Please stop", "Please stop.\n", "unclear", [], {},
  "new message, 'Please stop.' with no object and nothing quoted: stop what?", unclear=True)

# ---------------------------------------------------------------- Thursday 15 October
H("mo-facilities", "2026-10-15 08:15:22", "customercare", ("Facilities - Tollefson Millwork", "facilities@tollefsonmillwork.com"),
  "m365", "outlook_desktop", None,
  """Please remove this address from your marketing e-mails. This is a commercial account and we only need billing and service correspondence here.""",
  "mo", [MO], {"name": "Greg Tollefson", "postal_code": "52405"},
  "business role mailbox (no Reply-To, so the ack goes to From); ZIP from the sender's own signature",
  reply=("fall", {"tok": "F7A233"}),
  sig="Greg Tollefson\nFacilities Manager\nTollefson Millwork, Inc.\n2200 Ironworks Dr NW\nCedar Rapids, IA 52405\n319-555-0181")

H("q-liheap-es", "2026-10-15 09:40:18", "customercare", ("Yesenia Pantoja", "yesepantoja22@gmail.com"),
  "gmail", "gmail_mobile", "ayuda con la calefacción",
  """Hola buenos días, quisiera saber si hay ayuda para pagar la calefacción este invierno. Somos 5 en la casa y solo trabaja mi esposo. Mi cuenta es 3318-402-776.
Gracias
Yesenia""", "q", [Q], {"name": "Yesenia", "account": "3318-402-776"},
  "Spanish energy-assistance question, account number in the text", lang="es", tz=-300)

H("lu-gmail-es", "2026-10-15 12:30:40", "customercare", ("Óscar Villalobos", "ovillalobos.ia@gmail.com"),
  "gmail", "bare", "unsubscribe", "Este mensaje lo generó automáticamente Gmail.\n", "lu", [MO], {},
  "Gmail unsubscribe in a Spanish-language Gmail", lang="es", mid=gmail_mid, to=TO_CC,
  program="Gmail unsubscribe button")

H("q-optin-becca", "2026-10-15 16:05:31", "customercare", ("Becca Thorsen", "beccathorsen@gmail.com"),
  "gmail", "gmail", "furnace deal email?",
  """hi! my neighbor got an email from you guys with $50 off a furnace check and I didn't get one. I think I might have unsubscribed from your emails last year by accident?? Can you add me back, I actually want those deals. thanks!!

Becca""", "q", [Q], {"name": "Becca"},
  "opting back in; the old unsubscribe it mentions is not a new opt-out")

H("unclear-deceased-es", "2026-10-15 19:30:12", "powerhousecatalog", ("Luis Ruiz", "luisruiz_mad@yahoo.com"),
  "yahoo", "yahoo_android", "Mi mamá",
  """Hola. Mi mamá Evelyn Ruiz falleció en agosto. Todavía le siguen llegando los catálogos y cartas de ustedes. Por favor quítenla de todo.
Gracias, Luis""", "unclear", [], {"name": "Evelyn Ruiz"},
  "son asks to remove his late mother from 'everything'; standing not shown, so unclear; entity is the mother",
  unclear=True, lang="es")

H("mo-aol-caps", "2026-10-15 17:45:29", "customercare", ("Shirley Brandt", "sbrandt1946@aol.com"),
  "aol", "aol", None, "UNSUBSCRIBE!!!\n", "mo", [MO], {}, "one shouted word over the quoted promo",
  reply=("fall", {"tok": "2C9B5E"}))

# ---------------------------------------------------------------- Friday 16 October
H("q-change-address", "2026-10-16 08:30:02", "powerhousecatalog", ("Nora Feldkamp", "norafeldkamp@yahoo.com"),
  "yahoo", "yahoo", "Change of address",
  """Hello, we moved last month. Please send the catalog to our new address:

Nora Feldkamp
77 Lakeview Ct
Hiawatha, IA 52233

Our customer number was PH 3308 1164.
Thank you!""", "q", [Q], {"name": "Nora Feldkamp", "postal_code": "52233", "account": "PH 3308 1164"},
  "change of address for the catalog: a question, and she wants to keep getting it")

H("share-anil", "2026-10-16 09:10:45", "powerhousecatalog", ("Anil Raghunathan", "anil@raghunathan.net"),
  "isp", "thunderbird", "Privacy policy: opt out of list sharing",
  """Hello,

Per the Alliant Energy privacy policy, I am asking that the PowerHouse Catalog not share, rent or exchange my name and address with other catalog companies.

Name: Anil Raghunathan
Address: 2209 Chadbourne Ave, Madison WI 53726

Regards,
Anil""", "share", [SH], {"name": "Anil Raghunathan", "postal_code": "53726"},
  "formal sharing opt-out citing the policy, own domain, Thunderbird format=flowed")

H("mo-lorraine", "2026-10-16 10:20:13", "customercare", ("Lorraine Kubiak", "lkubiak@comcast.net"),
  "comcast", "iphone", "E mails",
  """Please Dont send any more adds to my email. I am 84 and dont use the computer much. My grandson set it up.
Thank You
Lorraine""", "mo", [MO], {"name": "Lorraine"},
  "'adds' = ads; older writer on a phone; first name only", mid_domain="comcast.net", sig="Sent from my iPhone")

H("q-data-copy", "2026-10-16 11:02:50", "customercare", ("Marcus Whitfield", "m.whitfield@outlook.com"),
  "outlookcom", "outlook_web", "Request for my personal information",
  """Hello,

Under your privacy policy I'd like to know what personal information Alliant Energy has about me. Please send me a copy of the data you hold (account, usage, contact history, marketing preferences) and tell me whether any of it has been shared with other companies, and which ones.

My account number is 5520881307.

Marcus Whitfield""", "q", [Q], {"name": "Marcus Whitfield", "account": "5520881307"},
  "access request plus 'who was it shared with': a question, no opt-out")

H("unclear-delete-all", "2026-10-16 13:44:21", "customercare", ("Kelsey Hart", "kelsey.hart.mn@gmail.com"),
  "gmail", "gmail", "Delete my data",
  """I closed my Alliant account when I moved to Minnesota in May. Delete all of my information from your systems. Old account was 7740-119-002.""",
  "unclear", [Q], {"account": "7740-119-002"},
  "request to delete everything: question + unclear (the bot may not delete account data); no name in the text",
  unclear=True)

H("mo-renter-outlook-ios", "2026-10-16 17:30:08", "customercare", ("Kyle Brennan", "kbrennan_ia@outlook.com"),
  "outlookcom", "outlook_ios", None, "Unsubscribe me from the furnace ads, I rent. My landlord handles the furnace.",
  "mo", [MO], {}, "reply from Outlook for iOS over the promo", reply=("fall", {"tok": "D40F6A"}))

# ---------------------------------------------------------------- Saturday 17 October
H("mo-spanglish", "2026-10-17 09:15:36", "customercare", ("Daniela Ocampo", "dani.ocampo23@gmail.com"),
  "gmail", "gmail_mobile", None, "Hi, por favor remove me from the email list de ofertas. Gracias!\n", "mo", [MO], {},
  "mixed English/Spanish opt-out over the promo", lang="mixed", reply=("fall", {"tok": "77B3C1"}))

H("q-pumpkin-lights", "2026-10-17 10:40:55", "powerhousecatalog", ("Trish Wendt", "trishwendt@icloud.com"),
  "icloud", "iphone", "pumpkin lights",
  """Hi are the LED pumpkin string lights from last year's catalog coming back? I can't find them on the website and I need them for Halloween!!
Thanks, Trish""", "q", [Q], {"name": "Trish"}, "Halloween product question to the catalog", html=False)

H("both-ron", "2026-10-17 13:05:44", "powerhousecatalog", ("Ron Pfaff", "ronpfaff54@yahoo.com"),
  "yahoo", "yahoo_android", "catalog",
  """Quit sending me the PowerHouse catalog and dont sell my address to nobody either.
Ron Pfaff 54935""", "both", [MO, SH], {"name": "Ron Pfaff", "postal_code": "54935"},
  "stop the catalog + don't sell: both opt-outs")

H("lu-yahoo", "2026-10-17 15:20:02", "customercare", ("Cheryl Voss", "cherylanne.voss@yahoo.com"),
  "yahoo", "bare", "unsubscribe", "", "lu", [MO], {}, "Yahoo Mail's unsubscribe button, empty body",
  to=TO_CC, mid=yahoo_mid, utc_date=True, program="Yahoo unsubscribe button")

H("noaction-thanks-ack", "2026-10-17 16:02:27", "customercare", ("Margaret Halvorsen", "mhalvorsen.madison@gmail.com"),
  "gmail", "gmail", None, "Thank you!\n", "noaction", [], {},
  "thank-you in reply to our acknowledgement: no action, no further acknowledgement (ping-pong)",
  ack=None, reply=("ack", {"ref": "CC-2026-10-00301", "date": dt("2026-10-12 08:48:02")}))

# ---------------------------------------------------------------- Sunday 18 October
H("q-moratorium-mixed", "2026-10-18 11:20:09", "customercare", ("Marisela Quintero", "mariselaq.dbq@gmail.com"),
  "gmail", "samsung", "Winter shut off?",
  """Hello, when does the winter moratorium start in Iowa? Estoy atrasada 2 meses con el bill y me llegó una carta. I have kids at home. Can I do a payment plan?
Marisela Quintero
Acct 2210 336 481""", "q", [Q], {"name": "Marisela Quintero", "account": "2210 336 481"},
  "mixed-language heating/billing question", lang="mixed")

H("share-keep-emails", "2026-10-18 14:05:52", "customercare", ("Ben Ostrowski", "ben.ostrowski@gmail.com"),
  "gmail", "gmail", None,
  """I don't mind the emails, some are useful. But I read your privacy policy and I don't want my name or address going to other companies. Please put that on my account.

Ben""", "share", [SH], {"name": "Ben"},
  "keeps the e-mails, refuses sharing; written over the promo to customercare", reply=("fall", {"tok": "3A5F88"}))

H("unclear-emoji", "2026-10-18 20:33:14", "customercare", ("Chloe Vandermolen", "chloevdm@gmail.com"),
  "gmail", "iphone", None, "👍", "unclear", [], {},
  "only a thumbs-up over the promo: nothing decidable", unclear=True, reply=("fall", {"tok": "90C2E4"}),
  mid_domain="gmail.com", html=False)

# ---------------------------------------------------------------- Monday 19 October
H("mo-office-catalogs", "2026-10-19 08:40:16", "powerhousecatalog", ("Deb Schultz", "dschultz@lakesidedental-fdl.com"),
  "m365", "outlook_desktop", "Catalogs to our office",
  """Hello,

Please remove our office from the PowerHouse Catalog mailings. We get 3 copies every time, addressed to people who haven't worked here in years (Karen Mohr, J. Albers, Dr. Ruth Teske).

Thank you,""", "mo", [MO], {"name": "Deb Schultz", "postal_code": "54935"},
  "office manager stops catalogs to the business address; the former employees' names are not entities",
  sig="Deb Schultz\nOffice Manager\nLakeside Family Dental\n455 N Main St, Fond du Lac, WI 54935")

H("q-benefits-hsa", "2026-10-19 09:05:41", "customercare", ("Nate Kowalczyk", "natekowalczyk@gmail.com"),
  "gmail", "gmail_mobile", "HSA limit 2027",
  """quick q - is the HSA contribution limit going up for 2027? want to bump mine during open enrollment. also does the company match change? thx

Nate K
Gas Ops - Beloit""", "q", [Q], {"name": "Nate K"},
  "employee benefits question misdirected to customercare@ from a personal address")

H("mo-q-es-lists", "2026-10-19 10:10:38", "customercare", ("Jorge Mendívil", "jmendivil@yahoo.com"),
  "yahoo", "yahoo_ios", "correo de propaganda",
  """Buenos días. No quiero recibir más propaganda de ustedes por correo, ni cartas ni folletos. Y otra pregunta: mi vecino dice que ustedes venden las listas de clientes a otras compañías. ¿Es cierto?
Jorge Mendívil""", "oq", [MO, Q], {"name": "Jorge Mendívil"},
  "Spanish: no more postal advertising + asks whether we sell lists (a question, not a sharing opt-out)", lang="es")

H("q-rate-hearing", "2026-10-19 12:30:27", "customercare", ("Walt Pinkerton", "wpinkerton@mchsi.com"),
  "isp_nodkim", "roundcube", "rate case",
  """I received a notice in my bill about a rate increase hearing before the Iowa Utilities Commission. Where do I send comments and is there a public meeting in Dubuque?

Walt Pinkerton
Dubuque 52001""", "q", [Q], {"name": "Walt Pinkerton", "postal_code": "52001"}, "rate-case question")

H("lu-optoutly", "2026-10-19 13:00:07", "customercare", ("Gina Marchetti", "ginamarchetti@outlook.com"),
  "outlookcom", "bare", "unsubscribe",
  "Sent via OptOutly on behalf of the mailbox owner. Please remove this address from your mailing list.\n", "lu", [MO], {},
  "unsubscribe service without Auto-Submitted: a marketing opt-out that is acknowledged to the sender",
  to=TO_CC, mid=lambda rng: f"<optoutly.{hexs(rng, 20)}@outlook.com>", utc_date=True,
  extra=[("X-Mailer", "OptOutly/2.4")], program="OptOutly service")

H("mo-q-budget", "2026-10-19 19:20:33", "customercare", ("Rhonda Kessel", "rhondakessel@yahoo.com"),
  "yahoo", "yahoo", None,
  """Please take me off your promotional emails. Also can you tell me if my budget billing amount is changing for the winter? Acct 2201 448 390
Rhonda""", "oq", [MO, Q], {"name": "Rhonda", "account": "2201 448 390"},
  "opt-out plus a budget-billing question", reply=("fall", {"tok": "B8E0A7"}))

# ---------------------------------------------------------------- Tuesday 20 October (Holiday Preview 07:30)
H("lu-ph-apple", "2026-10-20 07:58:30", "powerhousecatalog", ("Helen Ashby", "helenashby@me.com"),
  "icloud", "bare", "unsubscribe PH-2610-K7Q2MD", "Please remove me from PowerHouse Catalog e-mail.\n", "lu", [MO], {},
  "Holiday Preview List-Unsubscribe mailto: with its body= text; a catalog unsubscribe is never a sharing opt-out",
  to=TO_PH, mid=apple_mid("me.com"),
  order=["Content-Type", "Content-Transfer-Encoding", "From", "Mime-Version", "Subject", "Date", "Message-Id", "To", "X-Mailer"],
  ctype="text/plain; charset=us-ascii", show_cte=True, extra=[("X-Mailer", "iPhone Mail (24A345)")],
  program="iPhone Mail unsubscribe")

H("lu-ph-gmail", "2026-10-20 08:20:11", "powerhousecatalog", ("Vy Trinh", "vtrinh.madison@gmail.com"),
  "gmail", "bare", "unsubscribe PH-2610-R4WX9T",
  "Please remove me from PowerHouse Catalog e-mail.\n\nThis message was automatically generated by Gmail.\n",
  "lu", [MO], {}, "Gmail unsubscribe of the catalog e-mail with campaign token in the subject", to=TO_PH, mid=gmail_mid,
  program="Gmail unsubscribe button")

H("share-janet-footer", "2026-10-20 09:12:07", "powerhousecatalog", ("Janet Oduya", "janet.oduya@gmail.com"),
  "gmail", "gmail", None,
  """Love the catalog, please keep sending it! But per the note at the bottom, please do NOT share my name and address with other companies.

Janet Oduya""", "share", [SH], {"name": "Janet Oduya"},
  "points at our footer but the request is her own sentence; keeps the catalog", reply=("holiday", {"tok": "J2M5QA"}))

H("mo-keep-paper", "2026-10-20 09:50:42", "powerhousecatalog", ("Richard Paulsen", "rpaulsen@icloud.com"),
  "icloud", "applemail", None,
  """Please stop the e-mails. I still want the paper catalog in the mail, just not these.

Rich Paulsen""", "mo", [MO], {"name": "Rich Paulsen"},
  "channel limit: e-mail only, keep the paper catalog (still marketing_opt_out)", reply=("holiday", {"tok": "P8W1ZK"}),
  tz=-300)

H("q-holiday-shipping", "2026-10-20 10:30:16", "powerhousecatalog", ("Carol Dietz", "caroldietz@comcast.net"),
  "comcast", "xfinity", None,
  """If I order the heated throw now will it get here before Thanksgiving? And does PREVIEW15 work on top of my member discount or is it one or the other?
Thanks
Carol""", "q", [Q], {"name": "Carol"}, "early holiday shopping question over the catalog e-mail",
  reply=("holiday", {"tok": "C6D3TR"}))

H("unclear-yes-please", "2026-10-20 11:05:03", "powerhousecatalog", ("Tyler Brandes", "tbrandes03@gmail.com"),
  "gmail", "gmail_mobile", None, "Yes please\n", "unclear", [], {},
  "'Yes please' under an e-mail whose footer offers both unsubscribe and no-sharing: yes to what?", unclear=True,
  reply=("holiday", {"tok": "T0Y9BX"}))

H("both-es-guadalupe", "2026-10-20 12:15:29", "powerhousecatalog", ("Guadalupe Reyes", "lupitareyes61@yahoo.com"),
  "yahoo", "yahoo_android", None,
  """No quiero recibir más catálogos ni correos. Y no compartan mis datos con nadie por favor.
Guadalupe Reyes""", "both", [MO, SH], {"name": "Guadalupe Reyes"},
  "Spanish: no catalogs or e-mails, and don't share", lang="es", reply=("holiday", {"tok": "G5R2LE"}))

H("share-dnsmpi", "2026-10-20 13:40:55", "powerhousecatalog", ("Steven Kramer", "stevekramer1979@hotmail.com"),
  "outlookcom", "outlook_web", "Do Not Sell My Personal Information",
  """Do not sell or share my personal information.

Steven Kramer
1340 Prairie View Dr
Sun Prairie, WI 53590""", "share", [SH], {"name": "Steven Kramer", "postal_code": "53590"},
  "CCPA-style 'do not sell' wording = sharing opt-out")

H("mo-remove-word", "2026-10-20 16:45:39", "powerhousecatalog", ("Janice Holtz", "jholtz.ia@gmail.com"),
  "gmail", "iphone", None, "Remove", "mo", [MO], {},
  "one word over the catalog e-mail = unsubscribe from it; not a sharing opt-out although the footer mentions sharing",
  reply=("holiday", {"tok": "H1Z7WD"}), mid_domain="gmail.com", html=False)

# ---------------------------------------------------------------- Wednesday 21 October (windstorm from the evening)
H("both-ipad", "2026-10-21 07:15:18", "powerhousecatalog", ("Nancy Oberholtzer", "nancyober@icloud.com"),
  "icloud", "ipad", None, "Unsubscribe. And take me off whatever list you share with other companies too.",
  "both", [MO, SH], {}, "unsubscribe + sharing opt-out over the catalog e-mail, from an iPad",
  reply=("holiday", {"tok": "N4B8UV"}))

H("q-gnome-lights", "2026-10-21 08:05:26", "powerhousecatalog", ("Arlene Mathison", "arlenemathison@gmail.com"),
  "gmail", "gmail", "gnome string lights page 14",
  """Do you still have the gnome string lights on page 14 of the holiday book? The website says sold out. Will you get more before Christmas?
Arlene""", "q", [Q], {"name": "Arlene"}, "stock question about the holiday catalog")

H("share-q-peter", "2026-10-21 09:30:04", "powerhousecatalog", ("Peter Szymanski", "pszymanski@live.com"),
  "outlookcom", "outlook_web", "Who did you give my address to?",
  """Since I ordered from PowerHouse last spring I've been getting catalogs from three companies I've never heard of. Did you give them my address? Which companies did you share it with?

From now on please don't share my name or address with anyone.

Peter Szymanski
53562""", "oq", [SH, Q], {"name": "Peter Szymanski", "postal_code": "53562"},
  "asks with whom his address was shared (question) and asks not to share from now on (opt-out)")

H("lu-clearbox-autosub", "2026-10-21 11:00:02", "powerhousecatalog", ("Dana Whitcomb", "danawhitcomb@outlook.com"),
  "outlookcom", "bare", "unsubscribe PH-2610-M2ZP8C",
  "Please remove me from PowerHouse Catalog e-mail.\n\n--\nSent by Clearbox Inbox Cleaner on behalf of this mailbox's owner.\n",
  "lu", [MO], {}, "cleaning service used the catalog mailto:; Auto-Submitted, so the opt-out is recorded but not acknowledged",
  ack=None, to=TO_PH, mid=lambda rng: f"<clearbox-{hexs(rng, 16)}@outlook.com>", utc_date=True,
  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Clearbox/5.2")], program="Clearbox inbox cleaner")

H("unclear-previous-owner", "2026-10-21 12:40:47", "powerhousecatalog", ("Matt Gorecki", "mattgorecki@gmail.com"),
  "gmail", "gmail", "Catalogs for Lyle Brandt",
  """We bought this house in June and we keep getting PowerHouse catalogs for the previous owner, Lyle Brandt. He moved to Arizona I think. Can you stop sending them here? 4417 Whitetail Ct, Verona 53593""",
  "unclear", [], {"name": "Lyle Brandt", "postal_code": "53593"},
  "new owner asks to stop catalogs for the previous resident: on behalf of someone else, standing unclear", unclear=True)

H("q-outage-sump", "2026-10-21 19:52:31", "customercare", ("Brianna Kohl", "briannakohl@gmail.com"),
  "gmail", "iphone", None,
  """When is the power coming back?? We have a sump pump and it's pouring. The estimate just says Assessing. 1418 Oak Park Rd""",
  "q", [Q], {}, "reply to an outage alert (its Reply-To is customercare@): a service question", reply=("outage", OUT1),
  mid_domain="gmail.com", html=False)

H("unclear-stop-outage", "2026-10-21 20:15:20", "customercare", ("Roger Deppe", "rdeppe61@gmail.com"),
  "gmail", "samsung", None, "STOP", "unclear", [], {},
  "STOP under an outage alert, a service message: not a marketing opt-out; unclear (stop alerts? texting habit?)",
  unclear=True, reply=("outage", OUT2))

H("q-outage-es", "2026-10-21 20:40:58", "customercare", ("Alma Ríos", "almarios.cr@gmail.com"),
  "gmail", "gmail_mobile", None,
  """Se fue la luz desde las 6 y tengo insulina en el refrigerador. ¿A qué hora regresa? Estoy en Cedar Rapids, 52402.
Alma Ríos""", "q", [Q], {"name": "Alma Ríos", "postal_code": "52402"},
  "Spanish reply to an outage alert, medical urgency", lang="es", reply=("outage", OUT3))

# ---------------------------------------------------------------- Thursday 22 October
H("q-freezer-claim", "2026-10-22 09:30:12", "customercare", ("Dale Steffen", "dalesteffen@outlook.com"),
  "outlookcom", "outlook_android", None,
  """20 hours with no power and counting. I lost a chest freezer full of venison and the crews drove right past us twice. How do I file a claim for the meat? This is ridiculous.

Dale Steffen
RR 2, Mineral Point 53565""", "q", [Q], {"name": "Dale Steffen", "postal_code": "53565"},
  "angry complaint + damage-claim question over an outage alert", reply=("outage", OUT4))

H("q-stop-alerts", "2026-10-22 10:05:44", "customercare", ("Heather Lund", "heather.lund@gmail.com"),
  "gmail", "gmail", None,
  """Please stop sending me an outage email every 30 minutes. I get it, the power is out. Can I switch these to text only? Or just get the restored one?""",
  "q", [Q], {}, "wants fewer outage alerts: a service-preference question, not a marketing opt-out",
  reply=("outage", OUT5))

H("both-webform", "2026-10-22 12:05:37", "customercare", ("Alliant Energy Web Form", "noreply@alliantenergy.com"),
  "web", "webform", "Contact Us: Privacy / marketing preferences",
  """Contact Us form submission
Topic: Privacy / marketing preferences
Name: Patricia Nguyen
Email: pnguyen.home@gmail.com
Phone: 608-555-0173
Service address ZIP: 53704
Account number: 6611 204 559

Message:
Please stop all marketing mail and e-mail to me, and do not share my information with any third parties. Thank you.
""", "both", [MO, SH], {"name": "Patricia Nguyen", "postal_code": "53704", "account": "6611 204 559"},
  "our own Contact Us relay: From is noreply@, the customer is in Reply-To", ack="reply_to",
  reply_to=("Patricia Nguyen", "pnguyen.home@gmail.com"), to=TO_CC, env="noreply@alliantenergy.com")

H("q-webform-latefee-es", "2026-10-22 13:15:09", "customercare", ("Alliant Energy Web Form", "noreply@alliantenergy.com"),
  "web", "webform", "Contact Us: Facturación / Billing",
  """Contact Us form submission
Topic: Facturación / Billing
Name: Héctor Salinas
Email: hsalinas77@hotmail.com
Phone: 319-555-0190
Service address ZIP: 52404
Account number: 4109 887 230

Message:
Me cobraron un cargo por pago atrasado pero pagué el día 5 en la tienda. Quiero que me lo quiten. No puedo adjuntar el recibo aquí, ¿a dónde lo mando?
""", "q", [Q], {"name": "Héctor Salinas", "postal_code": "52404", "account": "4109 887 230"},
  "Spanish billing question through the web form; ack to Reply-To", lang="es", ack="reply_to",
  reply_to=("Héctor Salinas", "hsalinas77@hotmail.com"), to=TO_CC, env="noreply@alliantenergy.com")

H("share-lois-cc", "2026-10-22 14:00:33", "customercare", ("Lois Amundson", "lamundson@tds.net"),
  "isp", "roundcube", "catalog privacy",
  """I am a PowerHouse Catalog customer. Please do not exchange or rent my name to other catalogs. I don't mind getting yours.
Lois Amundson
Baraboo WI 53913""", "share", [SH], {"name": "Lois Amundson", "postal_code": "53913"},
  "sharing opt-out sent to the general mailbox instead of the catalog one")

H("noaction-crews", "2026-10-22 20:30:15", "customercare", ("Mary Jo Kiefer", "maryjokiefer@yahoo.com"),
  "yahoo", "yahoo_ios", None,
  "Power is back on! Thank you to the crews that worked all night in that wind. We appreciate you!", "noaction", [], {},
  "thank-you over a 'power restored' notice: nothing to do, no acknowledgement due", ack=None, reply=("restored", RES1))

# ---------------------------------------------------------------- Friday 23 October
H("q-furnace-restart", "2026-10-23 07:40:22", "customercare", ("Kevin Marsh", "kmarsh.marion@gmail.com"),
  "gmail", "gmail", None,
  """Power came back around 11 last night but now the furnace won't start. Thermostat has power. Could the outage have done something to it? Who do I call?""",
  "q", [Q], {}, "heating question after the storm, over a 'restored' notice", reply=("restored", RES2))

H("mo-q-refund", "2026-10-23 09:20:48", "powerhousecatalog", ("Bev Tschudy", "bevtschudy@aol.com"),
  "aol", "aol", "refund and catalog",
  """Please take me off your catalog mailing list.

Also I returned the LED candles (order PH-88213) on September 21 and never got my refund. Can you check on that?

Beverly Tschudy""", "oq", [MO, Q], {"name": "Beverly Tschudy"},
  "stop the catalog + refund question; the order number is not an account")

H("unclear-wifes-email", "2026-10-23 10:45:37", "customercare", ("Jim Svoboda", "jimsvoboda@outlook.com"),
  "outlookcom", "outlook_web", None, "Do the same for my wife's email too, jsvoboda.1960@gmail.com. Thanks",
  "unclear", [], {},
  "reply to our acknowledgement: 'do the same' for someone else without saying what; the quoted ack text does not count",
  unclear=True, reply=("ack", {"ref": "CC-2026-10-00633", "date": dt("2026-10-22 16:02:11")}))

H("share-marisol-mixed", "2026-10-23 12:30:19", "powerhousecatalog", ("Marisol Vega-Trujillo", "marisolvt@gmail.com"),
  "gmail", "gmail", "privacidad / privacy",
  """Hello, I am writing para pedir que no compartan mi nombre ni mi dirección con otras compañías de catálogos. I still want to receive PowerHouse.
Thanks / gracias,
Marisol Vega-Trujillo
53713""", "share", [SH], {"name": "Marisol Vega-Trujillo", "postal_code": "53713"},
  "mixed-language sharing opt-out; keeps the catalog", lang="mixed")

H("mo-electric-lol", "2026-10-23 15:10:05", "customercare", ("Jordan Pieper", "jpieper.uwp@gmail.com"),
  "gmail", "gmail_mobile", None, "stop sending me the furnace thing i have electric heat lol\n", "mo", [MO], {},
  "casual, lower-case opt-out from the promo", reply=("fall", {"tok": "4E7A10"}))

H("q-how-long", "2026-10-23 17:25:51", "powerhousecatalog", ("Connie Rasmussen", "connierasmussen@yahoo.com"),
  "yahoo", "yahoo", "still getting catalog",
  """How long does it take for the catalog to stop? I asked you to stop it two weeks ago and another one came today (the holiday one).""",
  "q", [Q], {}, "question about how long an opt-out takes; the earlier request it mentions is not a new one")

# ---------------------------------------------------------------- Saturday 24 October
H("mo-eleanor-aol", "2026-10-24 09:10:58", "customercare", ("Eleanor Haugen", "ehaugen1939@aol.com"),
  "aol", "aol", "No more solicitations",
  """To Whom It May Concern,

I am writing to ask that you please stop calling me and stop sending me all these advertisements in the mail. Last week a young man called about a furnace inspection while I was at supper, and I get something from you in the mailbox almost every week. I am 87 years old and I live alone and I do not need any new products or programs. My son Paul takes care of the furnace.

Please put me on your Do Not Call and no mail list. But I do still want my bill.

Sincerely,
Mrs. Eleanor Haugen
1108 Elm Street
Baraboo WI 53913
Acct # 0442 118 305""", "mo", [MO], {"name": "Eleanor Haugen", "postal_code": "53913", "account": "0442 118 305"},
  "phone and postal marketing opt-out, title 'Mrs.' dropped from the name")

H("share-grant-custno", "2026-10-24 10:30:14", "powerhousecatalog", ("Grant Hollister", "ghollister@me.com"),
  "icloud", "applemail", "Opt out of name sharing",
  """Hello,

I'd like to opt out of having my name shared with other catalog companies. My customer number is 0093 4418 27 (from the back of the catalog).

Thanks,
Grant Hollister""", "share", [SH], {"name": "Grant Hollister", "account": "0093 4418 27"},
  "sharing opt-out with the catalog customer number", mid_domain="me.com", tz=-300)

H("unclear-mixed-es", "2026-10-24 11:45:36", "powerhousecatalog", ("Sofía Carrasco", "sofiacarrasco.wi@gmail.com"),
  "gmail", "gmail", "lista",
  """Hola, sigan mandando el catálogo pero sáquenme de la lista. Bueno, en realidad no sé en qué lista estoy. ¿Me explican?""",
  "unclear", [], {}, "self-contradicting: keep the catalog but 'take me off the list', unsure which list", unclear=True,
  lang="es")

H("mo-boo", "2026-10-24 14:40:27", "customercare", ("Kenzie Albrecht", "kenziealbrecht@icloud.com"),
  "icloud", "iphone", "Boo! 🎃", "jk 😅 Please unsubscribe me from your promotional emails, thanks!", "mo", [MO], {},
  "Halloween joke subject, emoji; the opt-out names its object (promotional emails)", html=False)

H("share-reply-ack", "2026-10-24 16:20:40", "customercare", ("Walter Brekke", "wbrekke@charter.net"),
  "isp", "thunderbird", None,
  """One more thing: please also don't share my name and address with the catalog people or anyone else.

Walter Brekke""", "share", [SH], {"name": "Walter Brekke"},
  "reply to our acknowledgement that adds a new request in his own words (the quoted ack mentions sharing too, ignored)",
  reply=("ack", {"ref": "CC-2026-10-00702", "date": dt("2026-10-23 18:40:09")}))

H("q-optin-linnea", "2026-10-24 18:05:12", "powerhousecatalog", ("Linnea Sundby", "linneasundby@gmail.com"),
  "gmail", "gmail", "Put me back on!",
  """I asked you to stop the catalog last spring when we were downsizing but now I miss it, especially the holiday one! Please put me back on the mailing list.
Customer no. PH 2290 4471
Linnea Sundby""", "q", [Q], {"name": "Linnea Sundby", "account": "PH 2290 4471"},
  "opting back in to the catalog; the old stop request is not a new opt-out")

# ---------------------------------------------------------------- Sunday 25 October
H("mo-stop-holiday", "2026-10-25 08:30:19", "powerhousecatalog", ("Travis Nehls", "travisnehls@gmail.com"),
  "gmail", "gmail_mobile", None, "Stop\n", "mo", [MO], {}, "'Stop' over the catalog e-mail = unsubscribe",
  reply=("holiday", {"tok": "S9N3QP"}))

H("q-solar-calls", "2026-10-25 10:15:44", "customercare", ("Michelle Kowalczyk", "mkowalczyk@daneortho.com"),
  "m365", "outlook_desktop", "Are you selling my info to solar companies?",
  """Hi,

Since I signed up for the community solar waitlist in August I get about three calls a week from solar installers. Did Alliant sell or give my phone number or e-mail to these companies? If so, which ones?

Please reply to my personal e-mail (it's set as the reply-to).

Michelle Kowalczyk""", "q", [Q], {"name": "Michelle Kowalczyk"},
  "asks whether her data was shared: a question, not an opt-out; work address with personal Reply-To",
  ack="reply_to", reply_to=("Michelle Kowalczyk", "mkowalczyk.home@gmail.com"), sig="")

H("both-q-ana-es", "2026-10-25 12:00:03", "powerhousecatalog", ("Ana María Guzmán", "anamguzman@hotmail.com"),
  "outlookcom", "outlook_web", "Catálogos y mis datos",
  """Buenas tardes:

Ya no quiero recibir los catálogos de PowerHouse ni correos de ofertas. Tampoco quiero que vendan ni compartan mi información con otras empresas. Además, ¿me pueden decir qué datos personales tienen de mí?

Atentamente,
Ana María Guzmán
52246""", "oq", [MO, SH, Q], {"name": "Ana María Guzmán", "postal_code": "52246"},
  "Spanish: both opt-outs plus a data-access question", lang="es", lang_hdr="es-MX")

H("lu-fastmail", "2026-10-25 13:30:27", "customercare", ("Ingrid Solheim", "ingrid.solheim@fastmail.com"),
  "fastmail", "bare", "unsubscribe", "", "lu", [MO], {}, "Fastmail unsubscribe action, empty body", to=TO_CC,
  mid=lambda rng: f"<{uid(rng, False)}@app.fastmail.com>", program="Fastmail unsubscribe")

H("mo-curtis", "2026-10-25 20:10:36", "powerhousecatalog", ("Curtis Lange", "curtis.lange@outlook.com"),
  "outlookcom", "outlook_web", None, """Please remove me from this list.

Regards,
Curtis""", "mo", [MO], {"name": "Curtis"}, "'this list' = the catalog e-mail it answers", reply=("holiday", {"tok": "L7C2VF"}))


# ============================================================================= write everything
README_HEAD = """# October 2026 set: two weeks in the privacy mailboxes (12-25 October 2026)

## Brief

A realistic two weeks of October 2026 (Monday 12 to Sunday 25 October) in both privacy mailboxes,
`customercare@alliant-energy.com` and `powerhousecatalog@alliant-energy.com`, in the proportions a privacy team
really sees. During the fortnight:

* the **"Fall tune-up: $50 off a furnace check"** promotion goes out from `customercare@` (Tue 13 Oct), and the
  **"Holiday Preview"** PowerHouse catalog e-mail goes out from `powerhousecatalog@` (Tue 20 Oct); the printed holiday
  catalog is landing in mailboxes at the same time;
* heating season starts (pilot lights, gas bills, energy assistance, the winter disconnection moratorium);
* Halloween is coming (pumpkin lights, a gift-card spam) and early holiday shopping starts;
* a **windstorm** on the evening of Wed 21 Oct causes outages; outage alerts carry `Reply-To: customercare@`, so
  replies to them (and auto-replies) land in the privacy mailbox;
* employee **open enrolment** runs from 19 Oct, and some benefits mail is misdirected to `customercare@`;
* the usual machine mail: auto-replies (three of them loop traps answering our own acknowledgement), bounces,
  phishing and spam, vendor notices, newsletters and a mailing-list post, read receipts, a calendar invitation,
  a challenge-response, cold outreach, and software that unsubscribes on a person's behalf.

Most mail is ordinary and is written the many ways real people write: short and long, polite and curt, typos,
phones and desktops, older and younger writers; a few are hard or unclear. About 15 % is Spanish or mixed
Spanish/English. Everything (people, addresses, account and customer numbers, companies, phone numbers 555-01xx)
is invented. Labels follow `/work/shared/LABELS.md`, including its 2026-12-03 decisions on hard cases.

> **Safety:** sender addresses use real mailbox-provider domains so that headers look right. If you replay this set
> through a bot, point its outgoing SMTP at a sink. Never mail the `ack_to` addresses for real.

## Our own outgoing mail, which shows up inside this set

Several messages only make sense once you know what Alliant itself sent during these two weeks. These messages turn
up quoted (`>`, Outlook `From:/Sent:` blocks, Yahoo's un-prefixed quote), forwarded, bounced, read-receipted or
auto-answered:

| what | From | send date | notes |
|---|---|---|---|
| annual notice "Heating season safety reminder" | `noreply@alliantenergy.com` | 2026-10-12 | a **safety/service** message ("not a marketing message"); shows up forwarded with "unsubscribe me from these" |
| promo "Fall tune-up: $50 off a furnace check" | `Alliant Energy <customercare@…>` | 2026-10-13 08:02 | `Message-ID: <AE-PR-2610-XXXXXX@mta.alliant-energy.com>`; `List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>`; footer: HQ address with ZIP **53718**, "To opt out of marketing e-mails, click Unsubscribe … or reply with the word unsubscribe", "Bills, outage alerts and other service messages are sent even if you opt out"; code FALL50 |
| catalog e-mail "Your Holiday Preview from PowerHouse is here" | `PowerHouse Catalog <powerhousecatalog@…>` | 2026-10-20 07:30 | `Message-ID: <PH-2610-XXXXXX@…>`; `List-Unsubscribe: <mailto:powerhousecatalog@…?subject=unsubscribe%20PH-2610-XXXXXX&body=Please%20remove%20me%20from%20PowerHouse%20Catalog%20e-mail.>` (so one-click mail arrives with the token in the subject and that sentence as body); footer mentions **list sharing** ("If you would rather we did not share yours, write to …") **and** "To unsubscribe … reply with \\"unsubscribe\\""; P.O. Box ZIP 53701; code PREVIEW15 |
| outage alert "Outage alert: your power is out" and "Outage update: power restored" | `Alliant Energy Outage Alerts <outagealerts@alliantenergy.com>`, **`Reply-To: customercare@`** | 2026-10-21 evening to 10-22 | service messages naming the street address in capitals; "This is a service message"; replies are service questions, and a bare STOP under one is not a marketing opt-out |
| bot acknowledgement "We received your request [CC-2026-10-NNNNN]" | `Alliant Energy Customer Care <customercare@…>` | – | `Message-ID: <ack.CC-2026-10-NNNNN@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions stopping marketing **and** not sharing names; answered here by a thank-you, two follow-ups, three auto-replies (loop traps), a challenge-response, and bounced twice |
| staff replies from Customer Care / PowerHouse | `customercare@`, `powerhousecatalog@` (Outlook, read receipt requested) | – | only visible through the two read receipts they triggered |
| employee benefits mail | `hrbenefits@alliantenergy.com`, a benefits platform | from 2026-10-15 | not customer mail; reached `customercare@` by mistake (a calendar invitation and a platform notice) |

## Files

| path | what |
|---|---|
| `NNNN.eml` | {N} raw messages, CRLF, numbered in arrival order (categories mixed). Open them as **bytes**. |
| `manifest.jsonl` | one JSON object per message, in file order, keys `file, mailbox, automated, labels, unclear, entities, note, ack_to` |
| `index.tsv` | file, spec (generator name), category, language, program, arrival date (CDT) |
| `_generator/build.py` | rebuilds every byte of the `.eml` files, `manifest.jsonl`, `index.tsv` and this README (fixed seed, stdlib only) |
| `_generator/verify.py` | checks the set (parsing, CRLF, manifest vs files, labels, automated rows, entities, ack_to) |

## Labelling decisions used here

* **Automated wins**: automated rows have `labels: []`, `unclear: false`, `entities: {{}}`, `ack_to: null`, even when
  the words are opt-out words (the mail-house suppression report, the CRM export, the mailing-list post, the
  cold-outreach "reply no thanks"). Replies to our acknowledgement by machines are marked **LOOP TRAP** in `note`.
* **Software unsubscribing for a person** (mail-client unsubscribe buttons, cleaning services) is
  `automated: false` + `marketing_opt_out`; `ack_to` is `null` when the message carries `Auto-Submitted`
  (2 messages), otherwise the sender.
* **Short replies** take their meaning from what they answer: STOP / Remove / UNSUBSCRIBE!!! under a promotion is a
  marketing opt-out; STOP under an outage alert and "unsubscribe me from these" over the forwarded safety notice are
  unclear; a thumbs-up and "Yes please" are unclear.
* **Service-alert preferences** ("stop sending me an outage e-mail every 30 minutes, can I get texts?") are a
  `question`, not a marketing opt-out.
* **Unclear** rows have `labels: []`, except the one request to delete all data, which is `unclear` **plus**
  `question` as LABELS.md prescribes. Unclear rows keep the `ack_to` they would get after review.
* **Entities** come only from the sender's own new text or signature. A first name alone counts (LABELS.md);
  titles are dropped ("Mrs. Eleanor Haugen" → `Eleanor Haugen`); joint names stay joint; for a request about
  someone else the entity is that person (the late mother, the previous owner). Our own ZIPs 53718 / 53701 and
  order numbers are never entities. Key names are `name`, `postal_code`, `account`.
* **Misdirected employee mail** written by a person (a benefits question) is a `question`: someone has to answer
  or redirect it.
* **Thank-yous** (to our acknowledgement, to a "power restored" notice) need no action: no labels, not unclear,
  `ack_to: null`.

"""


def main():
    built = []
    for m in MSGS:
        raw = build_one(m)
        built.append((m["_arrive"], m, raw))
    built.sort(key=lambda x: x[0])
    for old in OUT.glob("[0-9][0-9][0-9][0-9].eml"):
        old.unlink()
    man, idx = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    specs = set()
    for i, (arr, m, raw) in enumerate(built, 1):
        assert m["spec"] not in specs, m["spec"]
        specs.add(m["spec"])
        fn = f"{i:04d}.eml"
        (OUT / fn).write_bytes(raw)
        rec = {"file": fn, "mailbox": m["mbx"], "automated": m["kind"] == "auto", "labels": m["labels"],
               "unclear": m["unclear"], "entities": m["ents"], "note": m["note"], "ack_to": ack_value(m, raw)}
        man.append(rec)
        idx.append("\t".join([fn, m["spec"], CAT[m["cat"]], m["lang"], m["program"],
                              arr.astimezone(CDT).strftime("%Y-%m-%d %H:%M")]))
        m["_file"] = fn
    (OUT / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in man), encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(idx) + "\n", encoding="utf-8")
    write_readme(built, man)
    print(f"wrote {len(man)} messages to {OUT}")


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def write_readme(built, man):
    n = len(man)
    lab = Counter()
    combo = Counter()
    for r in man:
        for x in r["labels"]:
            lab[x] += 1
        if r["automated"]:
            key = "(none) - automated"
        elif r["unclear"]:
            key = "(unclear) " + (" + ".join(r["labels"]) if r["labels"] else "no labels")
        elif not r["labels"]:
            key = "(none) - human, nothing to do"
        else:
            key = " + ".join(r["labels"])
        combo[key] += 1
    s = README_HEAD.replace("{N}", str(n)).replace("{{}}", "{}")
    s += "## Counts\n\n"
    s += table([(f"`{k}`", lab[k]) for k in ("marketing_opt_out", "catalog_share_opt_out", "question")]
               + [("`automated: true`", sum(r["automated"] for r in man)),
                  ("`unclear: true`", sum(r["unclear"] for r in man)),
                  ("**total messages**", f"**{n}**")], ["label", "messages carrying it"])
    s += "\nExact label combinations (each message counted once):\n\n"
    s += table(sorted(combo.items(), key=lambda x: -x[1]), ["labels", "messages"])
    s += "\nBy how the message came to be (generator category, `index.tsv`):\n\n"
    cats = Counter(CAT[m["cat"]] for _, m, _ in built)
    s += table([(k, cats[k]) for k in CAT.values() if cats[k]], ["category", "messages"])
    s += "\n"
    mb = Counter(r["mailbox"] for r in man)
    mba = Counter(r["mailbox"] for r in man if r["automated"])
    s += table([(f"`{k}`", mb[k], mba[k]) for k in ("customercare", "powerhousecatalog")],
               ["mailbox", "messages", "of which automated"])
    s += "\n"
    langs = Counter(m["lang"] for _, m, _ in built)
    s += table([("English", langs["en"]), ("Spanish", langs["es"]), ("mixed Spanish/English", langs["mixed"])],
               ["language", "messages"])
    s += "\n"
    ents = Counter()
    for r in man:
        for k in r["entities"]:
            ents[k] += 1
    rt = [r["file"] for r, (_, m, _) in zip(man, built) if m.get("ack") == "reply_to"]
    s += table([("messages with any entity", sum(1 for r in man if r["entities"])),
                ("entity `name`", ents["name"]), ("entity `postal_code`", ents["postal_code"]),
                ("entity `account`", ents["account"]),
                ("`ack_to` set", sum(1 for r in man if r["ack_to"])),
                ("`ack_to` taken from Reply-To", f"{len(rt)} ({', '.join(rt)})"),
                ("`ack_to` null", f"{sum(1 for r in man if not r['ack_to'])} ("
                 f"{sum(1 for r in man if r['automated'])} automated, "
                 f"{sum(1 for r in man if not r['automated'] and not r['ack_to'])} human: 2 thank-yous, 2 Auto-Submitted unsubscribes)")],
               ["other", "count"])
    s += "\n## Phenomena (files)\n\n"
    groups = {}
    for r, (_, m, _) in zip(man, built):
        groups.setdefault(CAT[m["cat"]], []).append(r["file"])
    s += table([(k, ", ".join(v)) for k, v in groups.items()], ["category", "files"])
    extra = {
        "Spanish or mixed": [r["file"] for r, (_, m, _) in zip(man, built) if m["lang"] != "en"],
        "replies to an outage alert or restore notice (Reply-To customercare@)": [
            r["file"] for r, (_, m, _) in zip(man, built)
            if (m.get("orig") and "outage" in m["orig"][4]) or (m.get("orig") and "restored" in m["orig"][4])
            or m["spec"] == "ooo-outage"],
        "mentions our acknowledgement (reply, auto-reply, bounce, challenge)": [
            r["file"] for r, (_, m, _) in zip(man, built)
            if (m.get("orig") and m["orig"][4].startswith("<ack.")) or m["spec"] in (
                "loop-exchange-ack", "loop-helpdesk-ack", "loop-headerless-ack", "bounce-ms-ack",
                "bounce-postfix-ack", "challenge-response")],
        "misdirected employee / open-enrolment mail": [
            r["file"] for r, (_, m, _) in zip(man, built)
            if m["spec"] in ("q-benefits-dental", "q-benefits-hsa", "cal-open-enrollment", "notif-benefitshub")],
        "unclear": [r["file"] for r in man if r["unclear"]],
    }
    s += "\n" + table([(k, ", ".join(v)) for k, v in extra.items()], ["phenomenon", "files"])
    s += "\n## Rebuild and verify\n\n```\npython3 _generator/build.py\npython3 _generator/verify.py\n```\n"
    (OUT / "README.md").write_text(s, encoding="utf-8")


if __name__ == "__main__":
    main()
