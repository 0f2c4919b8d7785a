"""Rebuild the `clients` set byte for byte: python3 _generator/build.py

Standard library only.  Every random choice comes from a generator seeded with the spec's key, so adding or
editing one spec changes only that message (plus the order, which is one fixed shuffle of the keys)."""
import datetime
import hashlib
import json
import os
import random
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mime import Part, hdr, addr, crlf  # noqa: E402
import clients  # noqa: E402
from ours import OURS  # noqa: E402
from specs import SPECS  # noqa: E402

BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ORDER_SEED = 20260311


def rng_for(key, salt=""):
    return random.Random(int(hashlib.sha256((key + salt).encode()).hexdigest()[:16], 16))


def central(dt_naive):
    """US Central with 2026 DST (Mar 8 - Nov 1)."""
    dst = datetime.datetime(2026, 3, 8, 2) <= dt_naive < datetime.datetime(2026, 11, 1, 2)
    return dt_naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=-5 if dst else -6)))


def rfcdate(d, utc=False):
    if utc:
        d = d.astimezone(datetime.timezone.utc)
    off = d.utcoffset().total_seconds() // 60
    sign = "-" if off < 0 else "+"
    off = abs(int(off))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, off // 60, off % 60)


def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()


# ---------------------------------------------------------------- providers (the sender's outgoing servers)
PROV = {
    "gmail.com": "google", "outlook.com": "microsoft", "hotmail.com": "microsoft", "live.com": "microsoft",
    "msn.com": "microsoft", "yahoo.com": "yahoo", "aol.com": "yahoo", "att.net": "yahoo", "sbcglobal.net": "yahoo",
    "ymail.com": "yahoo", "icloud.com": "icloud", "me.com": "icloud", "mac.com": "icloud", "yahoo.com.mx": "yahoo",
    "hotmail.es": "microsoft", "outlook.es": "microsoft",
}


def trace(spec, r, d, frm_addr, box):
    dom = frm_addr.split("@")[1]
    prov = spec.get("prov") or PROV.get(dom, "isp")
    t1 = d + datetime.timedelta(seconds=r.randint(2, 40))
    t2 = t1 + datetime.timedelta(seconds=r.randint(0, 3))
    ip = "%d.%d.%d.%d" % (r.randint(20, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if prov == "google":
        host = "mail-%s%d-f%d.google.com" % (r.choice(["yw1", "qk1", "pl1", "oi1", "ej1"]), r.randint(1, 9),
                                             r.randint(40, 199))
        ip = "209.85.%d.%d" % (r.randint(128, 222), r.randint(1, 254))
    elif prov == "microsoft":
        host = "%s.outbound.protection.outlook.com" % r.choice(
            ["mail-dm6nam12olkn2081", "mail-bn8nam12olkn2043", "mail-co1nam11olkn2010", "mail-sn1nam02olkn2037"])
        ip = "40.92.%d.%d" % (r.randint(1, 99), r.randint(1, 254))
    elif prov == "m365":
        host = "mail-%s.outbound.protection.outlook.com" % r.choice(["bn7nam10on2111", "dm6nam11on2107",
                                                                     "ch1pr05cu001", "mw2nam12on2093"])
        ip = "40.107.%d.%d" % (r.randint(1, 250), r.randint(1, 254))
    elif prov == "yahoo":
        host = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(300, 330), r.randint(1, 40),
                                                        r.choice(["bf2", "gq1", "ne1"]))
        ip = "66.163.%d.%d" % (r.randint(184, 191), r.randint(1, 254))
    elif prov == "icloud":
        host = "p-east%d-cluster%d-host%d-snip4-%d.eps.apple.com" % (r.randint(1, 3), r.randint(1, 7),
                                                                      r.randint(1, 12), r.randint(1, 10))
        ip = "57.103.%d.%d" % (r.randint(64, 90), r.randint(1, 254))
    else:
        host = spec.get("mta") or "smtp.%s" % dom
    mx = r.choice(["mx1", "mx2"])
    mxip = "10.20.1.%d" % (11 if mx == "mx1" else 12)
    qid = hexs(r, 11, True)
    return [
        "Return-Path: <%s>" % spec.get("envfrom", frm_addr),
        "Delivered-To: " + box,
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\r\n\tby mbx01.alliant-energy.com "
        "(Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (mx, mx, mxip, hexs(r, 10, True), box, rfcdate(t2)),
        "Received: from %s (%s [%s])\r\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
        % (host, host, ip, mx, qid, box, rfcdate(t1)),
        "Authentication-Results: %s.alliant-energy.com;\r\n\tdkim=%s header.d=%s;\r\n\tspf=pass "
        "smtp.mailfrom=%s;\r\n\tdmarc=%s header.from=%s" % (
            mx, "none" if prov == "isp" and not spec.get("dkim") else "pass", dom, spec.get("envfrom", frm_addr),
            "none" if prov == "isp" else "pass", dom),
    ]


# ---------------------------------------------------------------- our quoted mail
def our_mail(spec, d):
    key = spec["quote"]
    o = dict(OURS[key])
    r = rng_for(spec["key"], "ours")
    qd = d - datetime.timedelta(days=r.randint(1, 6), hours=r.randint(0, 5), minutes=r.randint(0, 59))
    qd = qd.replace(second=r.randint(0, 59))
    if key.startswith(("promo", "catalog_sale", "newsletter", "catalog_new")):
        qd = qd.replace(hour=r.choice([9, 10, 11]), minute=r.randint(0, 59))
    due = (qd + datetime.timedelta(days=21))
    first = spec.get("first") or spec["frm"][0].split()[0] if spec["frm"][0] else "there"
    fills = {"first": first, "ref": "%06d" % r.randint(100000, 999999),
             "due": ("%02d/%02d/%d" % (due.month, due.day, due.year))}
    o["text"] = o["text"].format(**fills)
    o["subject"] = o["subject"].format(**fills)
    o["date"] = qd
    o["mid"] = "%s.%s@%s" % (hexs(r, 16), hexs(r, 8), o["addr"].split("@")[1])
    return o


REPLY = {"outlook": ("RE: ", "FW: "), "outlook-classic": ("RE: ", "FW: "), "owa": ("RE: ", "FW: "),
         "outlook-mobile": ("Re: ", "Fw: "), "gmail": ("Re: ", "Fwd: "), "gmail-app": ("Re: ", "Fwd: "),
         "iphone": ("Re: ", "Fwd: "), "applemail": ("Re: ", "Fwd: "), "yahoo": ("Re: ", "Fwd: "),
         "aol": ("Re: ", "Fwd: "), "thunderbird": ("Re: ", "Fwd: "), "samsung": ("Re: ", "Fwd: ")}
REPLY_ES = {"outlook": ("RE: ", "RV: "), "outlook-mobile": ("RE: ", "RV: "), "owa": ("RE: ", "RV: ")}


# ---------------------------------------------------------------- per-program headers and structure
def program(spec, r, d, frm_addr):
    c = spec["client"]
    dom = frm_addr.split("@")[1]
    h, date_utc = [], False
    if c in ("gmail", "gmail-app"):
        mid = "<CA%s%s@mail.gmail.com>" % (r.choice(["+", "H", "J", "P"]), alnum(r, 52))
        bnd = "0000000000" + hexs(r, 16)
        cs, cte, qcs = "UTF-8", None, True
    elif c in ("outlook", "owa", "outlook-mobile", "outlook-classic"):
        if c == "outlook-classic" or (c == "outlook" and spec.get("prov") == "isp"):
            mid = "<%s$%s$%s@%s>" % (hexs(r, 12), hexs(r, 8), hexs(r, 8), dom)
            h += ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQ" + alnum(r, 30) + "==",
                  "Content-Language: " + ("es-mx" if spec["lang"] == "es" else "en-us")]
        else:
            pre = r.choice(["BN0PR", "SA1PR", "DM6PR", "CH3PR", "MN2PR", "PH7PR"]) + "%02dMB%04d" % (
                r.randint(10, 19), r.randint(1000, 9999))
            mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (pre, hexs(r, 22, True), pre, r.randint(10, 19))
            date_utc = True
        bnd = "_000_%s_" % (mid[1:].split("@")[0].replace("$", "") + "namprdprodoutlookcom")[:60]
        cs, cte, qcs = ("us-ascii", "quoted-printable", True)
    elif c == "iphone":
        mid = "<%s@%s>" % (uid(r), dom)
        bnd = "Apple-Mail-%s" % uid(r)
        cs, cte, qcs = "utf-8", None, False
        h += ["Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (22%s%d)" % (r.choice("DEF"), r.randint(60, 99))]
    elif c == "applemail":
        mid = "<%s@%s>" % (uid(r), dom)
        bnd = "Apple-Mail=_%s" % uid(r)
        cs, cte, qcs = "utf-8", None, False
        h += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
              "X-Mailer: Apple Mail (2.3826.600.51.1.1)"]
    elif c in ("yahoo", "aol"):
        ts = int(d.timestamp() * 1000)
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 9, 2 * 10 ** 9), r.randint(10 ** 6, 9 * 10 ** 6), ts)
        bnd = "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 9 * 10 ** 6), r.randint(10 ** 8, 9 * 10 ** 8), ts)
        cs, cte, qcs = "UTF-8", "7bit", False
        app = spec.get("sig", "") or ""
        h += ["X-Mailer: WebService/1.1.25198 %s" % (
            ("AolMailNorrin" if c == "aol" else "YMailNorrin") if not app else
            ("AolMailiOS" if c == "aol" else ("YahooMailIosMobile" if "iphone" in app else "YahooMailAndroidMobile")))]
    elif c == "thunderbird":
        mid = "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), dom)
        bnd = "------------" + alnum(r, 24)
        cs, cte, qcs = "UTF-8", "7bit", False
        h += ["User-Agent: Mozilla Thunderbird", "Content-Language: " + ("es-ES" if spec["lang"] == "es" else "en-US")]
    elif c == "samsung":
        mid = "<%s@email.android.com>" % alnum(r, 20).lower()
        bnd = "--_com.samsung.android.email_%d%d" % (r.randint(10 ** 8, 9 * 10 ** 8), r.randint(10 ** 5, 9 * 10 ** 5))
        cs, cte, qcs = "UTF-8", "base64", True
    elif c in ("webform", "service"):
        mid = "<%s@%s>" % (hexs(r, 32), dom)
        bnd = "b1_" + hexs(r, 32)
        cs, cte, qcs = "utf-8", "quoted-printable", False
        h += spec.get("prog_hdrs", [])
    else:
        raise ValueError(c)
    return h, mid, bnd, spec.get("cs", cs), spec.get("cte", cte), qcs, date_utc


def text_cte(body, cs, cte):
    try:
        body.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if cte in (None, "7bit") and (not ascii_ok or max(len(l) for l in body.split("\n")) > 900):
        return "quoted-printable"
    if cte == "7bit" and not ascii_ok:
        return "8bit"
    return cte or "7bit"


def build_one(spec, d):
    r = rng_for(spec["key"])
    box = BOX[spec["mb"]]
    name, faddr = spec["frm"]
    spec.setdefault("yid", str(r.randint(10 ** 12, 10 ** 13)))
    if spec.get("raw"):
        return RAW[spec["raw"]](spec, r, d, box)
    q = our_mail(spec, d) if spec.get("quote") else None
    if q is not None and "{first}" in OURS[spec["quote"]]["text"] and spec["frm"][0] is None:
        pass
    if spec["client"] in ("webform", "service"):
        plain, html = spec["text"] + "\n", None
    elif spec.get("noquote"):
        to_line = ""
        # auto-replies: the subject and threading point at our mail, the body does not quote it
        plain, html = clients.render(spec, None, "")
    else:
        to_line = ("%s <%s>" % (name, faddr) if name else faddr) if spec["client"] != "gmail" else "<%s>" % faddr
        plain, html = clients.render(spec, q, to_line)
    ph, mid, bnd, cs, cte, qcs, date_utc = program(spec, r, d, faddr)
    struct = spec.get("struct") or ("alt" if html else "plain")
    if spec["client"] == "iphone" and q is None and not spec.get("struct"):
        struct = "plain"
    if spec["client"] == "samsung" and spec.get("struct") is None:
        struct = "alt"
    if spec["client"] == "thunderbird" and struct == "plain":
        plain_params = [("format", "flowed")]
    else:
        plain_params = []
    ctp = text_cte(plain, cs, cte)
    cth = text_cte(html or "", cs, cte) if html else None
    pp = Part("text/plain", plain, charset=cs, cte=ctp, params=plain_params, qcs=qcs)
    hp = Part("text/html", html, charset=cs, cte=cth, qcs=qcs) if html else None
    if struct == "plain":
        body = pp
    elif struct == "html":
        body = hp
    else:
        body = Part("multipart/alternative", children=[pp, hp], boundary=bnd)
    if spec.get("attach"):
        parts = [body]
        for i, (ctype, fname) in enumerate(spec["attach"]):
            parts.append(attachment(ctype, fname, r, i))
        body = Part("multipart/mixed", children=parts, boundary=bnd[:-2] + "mx" if len(bnd) > 4 else bnd + "mx")
        if spec["client"] in ("outlook", "owa", "outlook-mobile"):
            ph = [x.replace("X-MS-Has-Attach: ", "X-MS-Has-Attach: yes") for x in ph]
    # headers
    mp, fp = REPLY.get(spec["client"], ("Re: ", "Fwd: "))
    if spec["lang"] == "es" and spec["client"] in REPLY_ES:
        mp, fp = REPLY_ES[spec["client"]]
    subj = spec.get("subj")
    if subj is None:
        if spec.get("subj_prefix") is not None:
            subj = spec["subj_prefix"] + q["subject"]
        else:
            subj = (fp if spec.get("mode") == "fwd" else mp) + q["subject"] if q else ""
    hs = trace(spec, r, d, faddr, box)
    from_h = hdr("From", addr(name, faddr)) if name else "From: " + faddr
    out = []
    if spec["client"] in ("gmail", "gmail-app"):
        out.append("MIME-Version: 1.0")
        if q is not None and spec.get("mode") != "fwd":
            out += ["References: <%s>" % q["mid"], "In-Reply-To: <%s>" % q["mid"]]
        out += [from_h, "Date: " + rfcdate(d), "Message-ID: " + mid, hdr("Subject", subj), "To: " + to_hdr(spec, box)]
    else:
        out += [from_h, "To: " + to_hdr(spec, box)]
        if spec.get("cc"):
            out.append("Cc: " + spec["cc"])
        out += [hdr("Subject", subj)]
        if spec["client"] in ("outlook", "owa", "outlook-mobile") and not any(x.startswith("X-Mailer") for x in ph):
            out += [hdr("Thread-Topic", subj.split(": ", 1)[1] if subj[:4].upper() in ("RE: ", "FW: ", "RV: ")
                        else subj), "Thread-Index: AQH" + alnum(r, 27) + "=="]
        out += ["Date: " + rfcdate(d, utc=date_utc), "Message-ID: " + mid]
        if q is not None and spec.get("mode") != "fwd":
            out += ["References: <%s>" % q["mid"], "In-Reply-To: <%s>" % q["mid"]]
        if spec["client"] in ("outlook", "owa", "outlook-mobile") and not any(x.startswith("X-Mailer") for x in ph):
            out += ["Accept-Language: en-US", "Content-Language: " + ("es-US" if spec["lang"] == "es" else "en-US"),
                    "X-MS-Has-Attach: " + ("yes" if spec.get("attach") else ""), "X-MS-TNEF-Correlator: "]
    if spec.get("reply_to"):
        out.append("Reply-To: " + spec["reply_to"])
    out += ph
    out += spec.get("hdrs", [])
    out += body.headers()
    if not any(x.lower().startswith("mime-version") for x in out):
        out.append("MIME-Version: 1.0")
    return finish(hs + out, body)


def to_hdr(spec, box):
    return spec.get("to") or box


def finish(lines, body):
    head = "\r\n".join(lines).encode("ascii") + b"\r\n\r\n"
    return head + body.payload()


def attachment(ctype, fname, r, i):
    if ctype == "image/jpeg":
        data = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + \
            bytes(r.getrandbits(8) for _ in range(1800)) + bytes([0xFF, 0xD9])
    elif ctype == "application/pdf":
        data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n"
                + bytes(r.getrandbits(8) for _ in range(900)) + b"\n%%EOF\n")
    elif ctype == "application/ms-tnef":
        data = b"\x78\x9f\x3e\x22" + bytes(r.getrandbits(8) for _ in range(600))
    elif ctype == "image/png":
        data = b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(1200))
    else:
        raise ValueError(ctype)
    return Part(ctype, data, cte="base64", params=[("name", '"%s"' % fname)], disposition="attachment",
                filename=fname)


# ---------------------------------------------------------------- machine-made mail with its own layout
def raw_mdn(spec, r, d, box):
    name, faddr = spec["frm"]
    q = our_mail(spec, d)
    bnd = "----_=_NextPart_%s" % hexs(r, 20)
    txt = ("Your message\n\n    To: %s\n    Subject: %s\n    Sent: %s\n\nwas read on %s."
           % (faddr, q["subject"], q["date"].strftime("%A, %B %d, %Y %I:%M:%S %p").replace(" 0", " "),
              d.strftime("%A, %B %d, %Y %I:%M:%S %p").replace(" 0", " ")))
    dn = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <%s>\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n" % (faddr.split("@")[1], faddr, q["mid"]))
    subj, mailer = "Read: " + q["subject"], "X-Mailer: Microsoft Outlook 16.0"
    if spec.get("mdn_style") == "tb":
        # Thunderbird words its receipts differently and sends them automatically once the user allowed it
        subj, mailer = "Return Receipt (displayed) - " + q["subject"], "User-Agent: Mozilla Thunderbird"
        txt = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only "
               "acknowledges that the message was displayed on the recipient's computer. There is no guarantee "
               "that the recipient has read or understood the message contents." % faddr)
        dn = ("Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <%s>\n"
              "Disposition: manual-action/MDN-sent-automatically; displayed\n" % (faddr.split("@")[1], faddr,
                                                                                    q["mid"]))
        bnd = "------------" + alnum(r, 24)
    body = Part("multipart/report", children=[
        Part("text/plain", txt, charset="us-ascii" if spec.get("mdn_style") != "tb" else "UTF-8", cte="7bit",
             qcs=spec.get("mdn_style") != "tb"),
        Part("message/disposition-notification", dn, cte="7bit")], boundary=bnd,
        params=[("report-type", "disposition-notification")])
    hs = trace(spec, r, d, faddr, box)
    out = [hdr("From", addr(name, faddr)), "To: " + box, hdr("Subject", subj),
           "Date: " + rfcdate(d), "Message-ID: <%s$%s@%s>" % (hexs(r, 12), hexs(r, 8), faddr.split("@")[1]),
           mailer, "MIME-Version: 1.0"] + body.headers()
    return finish(hs + out, body)


def raw_dsn(spec, r, d, box):
    """A 'Delivered:' receipt (we asked for one on an acknowledgement) or a bounce of our mail."""
    name, faddr = spec["frm"]
    q = our_mail(spec, d)
    rcpt = spec["rcpt"]
    bnd = hexs(r, 8).upper() + ".%d/%s" % (r.randint(10 ** 9, 2 * 10 ** 9), spec["mta"])
    if spec["dsn"] == "delivered":
        subj = "Delivered: " + q["subject"]
        txt = ("Your message has been delivered to the following recipients:\n\n%s (%s)\n\nSubject: %s"
               % (rcpt, rcpt, q["subject"]))
        st = "Action: delivered\nStatus: 2.0.0\n"
    else:
        subj = "Undelivered Mail Returned to Sender"
        txt = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
               "mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
               "text from the attached returned message.\n\n                   The mail system\n\n<%s>: host "
               "%s said: 550 5.1.1 <%s>:\n    Recipient address rejected: User unknown in virtual mailbox table"
               % (spec["mta"], rcpt, spec["mta"], rcpt))
        st = "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: " \
             "User unknown in virtual mailbox table\n" % rcpt
    ds = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          % (spec["mta"], rfcdate(q["date"]), rcpt, rcpt)) + st
    rh = ("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\n"
          % (q["addr"], q["name"], q["addr"], rcpt, q["subject"], rfcdate(q["date"]), q["mid"]))
    body = Part("multipart/report", children=[
        Part("text/plain", txt, charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
        Part("message/delivery-status", ds, cte="7bit", extra=["Content-Description: Delivery report"]),
        Part("text/rfc822-headers", rh, cte="7bit", extra=["Content-Description: Undelivered Message Headers"])],
        boundary=bnd, params=[("report-type", "delivery-status")])
    spec["envfrom"] = ""
    hs = trace(spec, r, d, faddr, box)
    hs[0] = "Return-Path: <>"
    out = [hdr("From", addr(name, faddr)), "To: " + box, hdr("Subject", subj), "Date: " + rfcdate(d),
           "Message-ID: <%s@%s>" % (hexs(r, 20), spec["mta"]), "Auto-Submitted: auto-replied",
           "MIME-Version: 1.0"] + body.headers()
    return finish(hs + out, body)


def raw_recall(spec, r, d, box):
    name, faddr = spec["frm"]
    subj = spec["recall_subject"]
    txt = '%s would like to recall the message, "%s".' % (name, subj)
    bnd = "_000_%s_" % hexs(r, 30)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>'
            '<body><p><font size="2">%s would like to recall the message, &quot;%s&quot;.</font></p></body></html>'
            % (name, subj))
    body = Part("multipart/alternative", children=[Part("text/plain", txt, charset="us-ascii", cte="7bit"),
                                                    Part("text/html", html, charset="us-ascii", cte="7bit")],
                boundary=bnd)
    hs = trace(spec, r, d, faddr, box)
    out = [hdr("From", addr(name, faddr)), "To: " + box, hdr("Subject", "Recall: " + subj),
           "Thread-Topic: " + subj, "Thread-Index: AQH" + alnum(r, 27) + "==", "Date: " + rfcdate(d, utc=True),
           "Message-ID: <%s%s@%s>" % ("SA1PR14MB", hexs(r, 26, True), "SA1PR14MB5521.namprd14.prod.outlook.com"),
           "Content-Class: urn:content-classes:message", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
           "MIME-Version: 1.0"] + body.headers()
    return finish(hs + out, body)


WINDOWS = {"promo_spring": ((3, 9), (5, 28)), "promo_es": ((6, 8), (8, 28))}

RAW = {"mdn": raw_mdn, "dsn": raw_dsn, "recall": raw_recall}


def main():
    keys = [s["key"] for s in SPECS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = list(SPECS)
    random.Random(ORDER_SEED).shuffle(order)
    for f in os.listdir(ROOT):
        if f.endswith(".eml"):
            os.remove(os.path.join(ROOT, f))
    man, idx = [], []
    for i, spec in enumerate(order, 1):
        r = rng_for(spec["key"], "date")
        # replies must fall inside the season their quoted promotion or auto-reply text talks about
        (m1, d1), (m2, d2) = spec.get("window") or WINDOWS.get(spec.get("quote"), ((1, 5), (12, 11)))
        first, last = datetime.datetime(2026, m1, d1), datetime.datetime(2026, m2, d2)
        day = first + datetime.timedelta(days=r.randint(0, (last - first).days))
        d = central(day.replace(hour=r.randint(6, 22), minute=r.randint(0, 59), second=r.randint(0, 59)))
        raw = build_one(spec, d)
        fn = "%04d.eml" % i
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(raw)
        ack = spec.get("ack", "from")
        if spec.get("automated"):
            ack = None
        elif ack == "from":
            ack = spec["frm"][1]
        ents = {k: v for k, v in (spec.get("ents") or {}).items()}
        man.append({"file": fn, "mailbox": spec["mb"], "automated": bool(spec.get("automated")),
                    "labels": list(spec.get("labels", [])), "unclear": bool(spec.get("unclear")),
                    "entities": ents, "note": spec["note"], "ack_to": ack})
        idx.append("\t".join([fn, spec["cat"] + ":" + spec["key"], spec["lang"], spec["client"] or spec.get("index_client", "mta")]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in man:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(order))


if __name__ == "__main__":
    main()
