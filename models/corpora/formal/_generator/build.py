"""Rebuild the `formal` set byte for byte: python3 _generator/build.py

Formal, legal and bureaucratic mail to the two privacy mailboxes.  specs_*.py hold the messages (text, labels,
notes); this file turns each spec into the raw bytes an IMAP server would hand out (CRLF, our trace headers
mx1|mx2 -> mbx01 on top).  Every random choice comes from random.Random(SEED ^ crc32(spec id)), and the order of
the files is one shuffle with SEED, so a rebuild gives identical bytes.
"""
import datetime as dt
import json
import os
import random
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mime import (NL, AN, HEXU, HEXL, rnd, uuid, ascii_ok, fold, addr, header, to_html, leaf,  # noqa: E402
                  attachment, multipart, fake_pdf, ew)
import specs_rights  # noqa: E402
import specs_agents  # noqa: E402
import specs_misc  # noqa: E402
import specs_es  # noqa: E402
import specs_auto  # noqa: E402

SEED = 20261211
BOX = {"cc": "customercare@alliant-energy.com", "ph": "powerhousecatalog@alliant-energy.com"}
BOXNAME = {"cc": "customercare", "ph": "powerhousecatalog"}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _sunday(y, m, nth):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=nth - 1)


def offset(local):
    a = dt.datetime.combine(_sunday(local.year, 3, 2), dt.time(2))
    b = dt.datetime.combine(_sunday(local.year, 11, 1), dt.time(2))
    return -5 if a <= local < b else -6


def rfc(local, comment=False, utc=False):
    off = 0 if utc else offset(local)
    t = local - dt.timedelta(hours=offset(local)) if utc else local
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (WD[t.weekday()], t.day, MO[t.month - 1], t.year, t.hour, t.minute,
                                                  t.second, "-" if off < 0 else "+", abs(off))
    if comment:
        s += " (%s)" % ("UTC" if utc else "CDT" if off == -5 else "CST")
    return s


def ip4(r, firsts=(24, 50, 66, 71, 73, 97, 98, 107, 174, 199, 208)):
    return "%d.%d.%d.%d" % (r.choice(firsts), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))


# ------------------------------------------------------------------ sending programs and systems
def program(s, r, t):
    """Message-ID, sender hop, DKIM domain, extra headers and body layout for each sending program."""
    c, frm = s["client"], s["frm"][1]
    dom = frm.split("@")[1]
    extra, pre = [], []
    if c in ("outlookpc", "outlook365", "outlook365_es"):
        pod = r.choice(["SN7PR04MB", "BY5PR11MB", "CH3PR12MB", "DM6PR08MB", "PH0PR19MB", "MN2PR17MB"]) + \
            str(r.randint(1000, 9999))
        mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (pod, rnd(r, 24, HEXU), pod, pod[5:7])
        hop = ("NAM%02d-%s-obe.outbound.protection.outlook.com" % (r.randint(2, 12), r.choice(["BN8", "DM6", "CO1"])),
               "40.107.%d.%d" % (r.randint(1, 250), r.randint(1, 250)))
        es = c.endswith("_es") or s.get("lang") == "es"
        topic = s["subject"][4:] if s["subject"][:4] in ("RE: ", "Re: ", "FW: ") else s["subject"]
        extra = [("Thread-Topic", topic),
                 ("Thread-Index", "A" + rnd(r, 31, AN + "+/") + "=="),
                 ("Accept-Language", "es-US, en-US" if es else "en-US"),
                 ("Content-Language", "es-US" if es else "en-US"),
                 ("X-MS-Has-Attach", "yes" if s.get("attach") else ""), ("X-MS-TNEF-Correlator", "")]
        if c == "outlookpc":
            extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
        return dict(mid=mid, hop=hop, dk=dom, extra=extra, pre=pre, fmt="alt", style=s.get("style", "word"))
    if c in ("outlookcom", "outlookcom_es"):
        pod = r.choice(["CH2PR10MB", "SA1PR14MB", "BL1PR13MB"]) + str(r.randint(1000, 9999))
        mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (pod, rnd(r, 24, HEXU), pod, pod[5:7])
        hop = ("NAM%02d-%s-obe.outbound.protection.outlook.com" % (r.randint(2, 12), r.choice(["MW2", "SN1"])),
               "40.92.%d.%d" % (r.randint(1, 250), r.randint(1, 250)))
        extra = [("Thread-Topic", s["subject"]), ("Thread-Index", "A" + rnd(r, 31, AN + "+/") + "=="),
                 ("Accept-Language", "es-US, en-US" if s.get("lang") == "es" else "en-US"),
                 ("Content-Language", "es-MX" if s.get("lang") == "es" else "en-US"), ("X-MS-Has-Attach", ""),
                 ("X-MS-TNEF-Correlator", "")]
        return dict(mid=mid, hop=hop, dk="outlook.com", extra=extra, pre=pre, fmt="alt", style="outlook")
    if c == "gmail":
        mid = "<CA%s%s@mail.gmail.com>" % (rnd(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), rnd(r, 44, AN + "-_+="))
        hop = ("mail-ej1-f%d.google.com" % r.randint(41, 69), "209.85.218.%d" % r.randint(41, 69))
        pre.append("X-Received: by 2002:a17:906:%s:b0:a%d:%s with SMTP id %s; %s" % (
            rnd(r, 4, HEXL), r.randint(100, 999), rnd(r, 4, HEXL), rnd(r, 12, HEXL) + "-" + rnd(r, 8, HEXL),
            rfc(t, utc=True)))
        return dict(mid=mid, hop=hop, dk=dom, extra=extra, pre=pre, fmt="alt", style="gmail")
    if c in ("applemail", "iphone"):
        mid = "<%s@%s>" % (uuid(r), dom)
        hop = ("st43p00im-ztfb%d.me.com" % r.randint(10, 99) if dom in ("icloud.com", "me.com", "mac.com") else
               "mail.%s" % dom, "17.58.%d.%d" % (r.randint(1, 250), r.randint(1, 250)) if dom in (
                   "icloud.com", "me.com", "mac.com") else ip4(r))
        extra = [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)" if c == "applemail" else "iPhone Mail (22D82)")]
        return dict(mid=mid, hop=hop, dk=dom, extra=extra, pre=pre, fmt="plain", style=None, flowed=True)
    if c == "thunderbird":
        mid = "<%s@%s>" % (uuid(r, False), dom)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES" if s.get("lang") == "es"
                                                           else "en-US")]
        return dict(mid=mid, hop=("mail.%s" % dom, ip4(r)), dk=None, extra=extra, pre=pre, fmt="plain",
                    style=None, flowed=True)
    if c == "yahoo":
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                            r.randint(10 ** 12, 10 ** 13))
        hop = ("sonic%d-%d.consmr.mail.bf2.yahoo.com" % (r.randint(300, 330), r.randint(1, 40)),
               "74.6.128.%d" % r.randint(10, 99))
        extra = [("X-Mailer", "WebService/1.1.23187 YMailNorrin")]
        return dict(mid=mid, hop=hop, dk="yahoo.com", extra=extra, pre=pre, fmt="alt", style="gmail")
    if c == "bulk":
        esp = s.get("esp", "mcsv.net")
        mid = "<%s.%s@%s>" % (rnd(r, 20, HEXL), rnd(r, 10, HEXL), esp)
        hop = ("mail%d.%s" % (r.randint(10, 240), esp), "198.2.%d.%d" % (r.randint(128, 191), r.randint(1, 254)))
        tok = rnd(r, 22, AN)
        lid = s.get("list_id", "%s <%s.list-id.%s>" % (frm.split("@")[1], rnd(r, 18, HEXL), esp))
        extra = [("List-Id", lid),
                 ("List-Unsubscribe", "<https://%s/unsubscribe?u=%s&id=%s>, <mailto:unsub-%s@%s>" % (
                     esp, rnd(r, 25, HEXL), rnd(r, 10, HEXL), tok, esp)),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                 ("X-Campaign-ID", rnd(r, 10, HEXL)), ("Feedback-ID", "%s:%s:%s" % (
                     r.randint(10 ** 5, 10 ** 6), rnd(r, 6, HEXL), esp.split(".")[0]))]
        return dict(mid=mid, hop=hop, dk=dom, extra=extra, pre=pre, fmt="alt", style="bulk",
                    envelope="bounce-%s=%s@%s" % (rnd(r, 12, HEXL), frm.replace("@", "="), esp))
    if c == "docusign":
        mid = "<%s@docusign.net>" % uuid(r, False)
        hop = ("mailsea.docusign.net", "64.207.219.%d" % r.randint(1, 250))
        extra = [("X-DocuSign-Envelope-ID", uuid(r)), ("Auto-Submitted", "auto-generated")]
        return dict(mid=mid, hop=hop, dk="docusign.net", extra=extra, pre=pre, fmt="alt", style="gmail",
                    envelope="bounces+%d-%s@bounce.docusign.net" % (r.randint(10 ** 6, 10 ** 7), rnd(r, 4, HEXL)))
    if c in ("system", "system_html"):
        mid = "<%s.%d.JavaMail.%s@%s>" % (rnd(r, 8, "0123456789"), r.randint(10 ** 9, 10 ** 10),
                                          s.get("jvm", "svc"), "app%02d.%s" % (r.randint(1, 40), dom))
        hop = ("smtp-out%d.%s" % (r.randint(1, 9), dom), ip4(r, (52, 54, 3, 18, 34)))
        extra = [] if s.get("no_auto") else [("Auto-Submitted", "auto-generated"),
                                              ("X-Auto-Response-Suppress", "All")]
        return dict(mid=mid, hop=hop, dk=dom, extra=extra, pre=pre,
                    fmt="alt" if c == "system_html" else "plain", style="bulk")
    if c == "calendar":
        mid = "<%s@%s>" % (uuid(r, False), dom)
        hop = ("NAM%02d-BN8-obe.outbound.protection.outlook.com" % r.randint(2, 12),
               "40.107.%d.%d" % (r.randint(1, 250), r.randint(1, 250)))
        extra = [("Thread-Topic", s["subject"]), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
        return dict(mid=mid, hop=hop, dk=dom, extra=extra, pre=pre, fmt="cal", style="outlook")
    if c == "autoreply":
        mid = "<%s@%s>" % (uuid(r, False), dom)
        hop = ("smtp.%s" % dom, ip4(r))
        extra = list(s.get("auto_hdr", [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
        return dict(mid=mid, hop=hop, dk=dom, extra=extra, pre=pre, fmt="plain", style=None)
    if c == "dsn":
        mid = "<%s.%s@%s>" % (rnd(r, 10, HEXU), rnd(r, 6, HEXU), dom)
        hop = (dom, ip4(r))
        return dict(mid=mid, hop=hop, dk=None, extra=[("Auto-Submitted", "auto-replied")], pre=pre, fmt="dsn",
                    style=None, envelope="")
    if c == "phish":
        mid = "<%s@%s>" % (rnd(r, 16, HEXL), s.get("mid_dom", "localhost.localdomain"))
        hop = ("vps%d.hostingpanel.site" % r.randint(100, 999), ip4(r, (45, 91, 185, 193)))
        extra = [("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
        return dict(mid=mid, hop=hop, dk=None, extra=extra, pre=pre, fmt="alt", style="gmail", spf="softfail",
                    envelope="www-data@vps-mail.hostingpanel.site")
    raise ValueError(c)


# ------------------------------------------------------------------ our acknowledgement, as a reply quotes it
def ack_text(a):
    return ("Dear %s,\n\nThank you for contacting Alliant Energy. We received your privacy request on %s and "
            "assigned it reference %s. We will process it within the time the law allows and write to you if we "
            "need anything else.\n\nPlease do not reply to this message with new requests; write to "
            "customercare@alliant-energy.com instead.\n\nAlliant Energy Privacy Team" % (a["to"], a["when"], a["ref"]))


def compose(s, p):
    text = s["body"]
    q = s.get("irt")
    if q and not s.get("noquote"):
        quoted = ack_text(q)
        if s["client"] in ("outlookpc", "outlook365", "outlookcom"):
            text += ("\n\nFrom: Alliant Energy Customer Care <customercare@alliant-energy.com>\nSent: %s\nTo: %s\n"
                     "Subject: We received your privacy request [Ref: %s]\n\n%s" % (
                         q["sent"], s["frm"][0], q["ref"], quoted))
        else:
            text += "\n\nOn %s, Alliant Energy Customer Care <customercare@alliant-energy.com> wrote:\n%s" % (
                q["sent"], "\n".join(("> " + l).rstrip() for l in quoted.split("\n")))
    return text


def make(s):
    r = random.Random(SEED ^ zlib.crc32(s["id"].encode()))
    box = BOX[s["box"]]
    name, frm = s["frm"]
    t = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    p = program(s, r, t)
    text = compose(s, p)
    fmt = s.get("fmt", p["fmt"])
    cte = s.get("cte")
    cs = s.get("cs")
    if fmt == "alt":
        ph, pb = leaf(text, "plain", cte=cte, cs=cs)
        html = s.get("html") or to_html(text, p["style"], cs or ("us-ascii" if ascii_ok(text) else "utf-8"))
        hh, hb = leaf(html, "html", cte="quoted-printable", cs=cs if cs else None)
        b = ("000000000000" + rnd(r, 14, HEXL)) if p["style"] == "gmail" else \
            "_000_%s_" % rnd(r, 36, HEXU) if p["style"] in ("word", "outlook") else \
            "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9),
                                     r.randint(10 ** 12, 10 ** 13))
        ch, body = multipart("alternative", [(ph, pb), (hh, hb)], b)
    elif fmt == "cal":
        ph, pb = leaf(text, "plain", cte=cte)
        ical = s["ical"].replace("\n", NL).encode("utf-8")
        calh = ['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64"]
        from mime import b64
        ch, body = multipart("alternative", [(ph, pb), (calh, b64(ical))], "_000_%s_" % rnd(r, 36, HEXU))
    elif fmt == "dsn":
        ph, pb = leaf(text, "plain", cte="7bit")
        dh = ["Content-Type: message/delivery-status"]
        db = s["dsn"].replace("\n", NL).encode("ascii")
        oh = ["Content-Type: text/rfc822-headers"]
        ob = s["orig_headers"].replace("\n", NL).encode("ascii")
        ch, body = multipart("report", [(ph, pb), (dh, db), (oh, ob)], "%s.%d/%s" % (
            rnd(r, 10, HEXU), r.randint(10 ** 9, 10 ** 10), frm.split("@")[1]), "; report-type=delivery-status")
    else:
        ch, body = leaf(text, "plain", cte=cte, cs=cs, fl=p.get("flowed", False) and not s.get("noflow"))
    if s.get("attach"):
        parts = [(ch, body)]
        for fname, ctype, payload in s["attach"]:
            data = payload if isinstance(payload, bytes) else fake_pdf(payload[0], payload[1])
            parts.append(attachment(fname, ctype, data))
        b = "_004_%s_" % rnd(r, 36, HEXU) if p["style"] in ("word", "outlook") else "000000000000" + rnd(r, 14, HEXL)
        ch, body = multipart("mixed", parts, b)
    hd = [fold("From", addr(name, frm))]
    to = s.get("to") or [(None, box)]
    hd.append(fold("To", ", ".join(addr(n, a) for n, a in to)))
    if s.get("cc"):
        hd.append(fold("Cc", ", ".join(addr(n, a) for n, a in s["cc"])))
    if s.get("reply_to"):
        hd.append(fold("Reply-To", addr(*s["reply_to"])))
    hd.append(header("Subject", s["subject"]))
    hd.append("Date: " + rfc(t))
    hd.append("Message-ID: " + p["mid"])
    if s.get("irt"):
        hd.append("In-Reply-To: " + s["irt"]["msgid"])
        hd.append(fold("References", s["irt"]["msgid"]))
    hd.append("MIME-Version: 1.0")
    for k, v in p["extra"] + s.get("hdr", []):
        hd.append(fold(k, v if ascii_ok(v) else ew(v)) if v else k + ": ")
    hd += ch
    mx = r.choice(["mx1", "mx2"])
    t_mx = t + dt.timedelta(seconds=r.randint(2, 40))
    env = s.get("envelope", p.get("envelope", frm))
    helo, hip = p["hop"]
    dk = p["dk"]
    spf = p.get("spf", "pass")
    dkim = ("dkim=pass (2048-bit key) header.d=%s header.b=\"%s\"" % (dk, rnd(r, 8))) if dk else "dkim=none"
    trace = ["Return-Path: <%s>" % env, "Delivered-To: " + box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.%d])%s\tby mbx01.alliant-energy.com"
             " (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (mx, mx, 11 if mx == "mx1" else 12, NL,
                                                           rnd(r, 11, HEXU), NL, box, rfc(t_mx, True)),
             "Received: from %s (%s [%s])%s\tby %s.alliant-energy.com (Postfix) with ESMTPS id 4f%s%s\tfor <%s>; %s"
             % (helo, helo, hip, NL, mx, rnd(r, 12, AN), NL, box, rfc(t_mx, True)),
             "Authentication-Results: %s.alliant-energy.com;%s\t%s;%s\tspf=%s (%s.alliant-energy.com: domain of %s"
             " %s %s as permitted sender) smtp.mailfrom=%s;%s\tdmarc=%s header.from=%s" % (
                 mx, NL, dkim, NL, spf, mx, env or frm.split("@")[1],
                 "designates" if spf == "pass" else "does not designate", hip, env or frm.split("@")[1], NL,
                 "pass" if spf == "pass" else "fail", frm.split("@")[1])]
    head = NL.join(trace + p["pre"] + hd)
    data = head.encode("ascii") + b"\r\n\r\n" + body
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, s["id"]
    assert b"\n" not in data.replace(b"\r\n", b""), s["id"]
    return data


def settle(s):
    s.setdefault("labels", [])
    s.setdefault("unclear", False)
    s.setdefault("ent", {})
    s.setdefault("lang", "en")
    s.setdefault("automated", False)
    if s["automated"]:
        s["ack_to"] = None
    elif "ack_to" not in s:
        s["ack_to"] = (s.get("reply_to") or s["frm"])[1]
    return s


CLIENTS = {"outlookpc": "outlook-desktop", "outlook365": "outlook-365", "outlook365_es": "outlook-365",
           "outlookcom": "outlook.com", "gmail": "gmail", "applemail": "apple-mail", "iphone": "ios-mail",
           "thunderbird": "thunderbird", "yahoo": "yahoo", "bulk": "bulk-esp", "docusign": "docusign",
           "system": "vendor-system", "system_html": "vendor-system", "calendar": "outlook-calendar",
           "autoreply": "autoresponder", "dsn": "mta-dsn", "phish": "phishing-kit"}


def main():
    all_specs = [settle(s) for mod in (specs_rights, specs_agents, specs_misc, specs_es, specs_auto)
                 for s in mod.SPECS]
    ids = [s["id"] for s in all_specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    assert len(all_specs) == 120, len(all_specs)
    order = list(range(len(all_specs)))
    random.Random(SEED).shuffle(order)
    all_specs = [all_specs[i] for i in order]
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(all_specs, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(make(s))
        man.append(json.dumps({"file": fn, "mailbox": BOXNAME[s["box"]], "automated": s["automated"],
                               "labels": s["labels"], "unclear": s["unclear"], "entities": s["ent"],
                               "note": s["note"], "ack_to": s["ack_to"]}, ensure_ascii=False))
        layout = "attach" if s.get("attach") else "reply" if s.get("irt") else s.get("fmt") or \
            program(s, random.Random(0), dt.datetime(2026, 1, 5))["fmt"]
        idx.append("\t".join([fn, s["id"], s["kind"], layout, s["lang"], CLIENTS[s["client"]]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(all_specs), OUT))


if __name__ == "__main__":
    main()
