"""Rebuild the `threads` set byte for byte: python3 _generator/build.py

Mail whose structure hides whose words are whose: inline answers between our quoted lines, bottom posts, quote
headers in other languages, forwards with and without the sender's own words, three-level threads, long legal and
mobile signatures, vCards, image-only bodies, HTML-only mail with our hidden preheaders, and machines that quote us.
ours.py writes our mail, quoting.py writes the quote and forward headers, specs*.py write what people (and machines)
sent.  Every random choice comes from random.Random(SEED ^ crc32(spec id)).  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import struct
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import quoting as Q  # noqa: E402
import specs_a  # noqa: E402
import specs_b  # noqa: E402

SEED = 20261219
NL = "\r\n"
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEXU, HEXL = "0123456789ABCDEF", "0123456789abcdef"


def rnd(r, n, a=AN):
    return "".join(r.choice(a) for _ in range(n))


def uuid(r, upper=True):
    h = HEXU if upper else HEXL
    return "-".join(rnd(r, n, h) for n in (8, 4, 4, 4, 12))


def rfc(local, comment=False):
    off = Q.offset(local)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (Q.WD[local.weekday()], local.day, Q.MO[local.month - 1],
                                                  local.year, local.hour, local.minute, local.second,
                                                  "-" if off < 0 else "+", abs(off))
    return s + (" (%s)" % Q.tz(local) if comment else "")


def rfc_utc(local):
    t = local - dt.timedelta(hours=Q.offset(local))
    return "%s, %d %s %d %02d:%02d:%02d +0000" % (Q.WD[t.weekday()], t.day, Q.MO[t.month - 1], t.year, t.hour,
                                                  t.minute, t.second)


# ------------------------------------------------------------------ encodings
def ascii_ok(s):
    return all(ord(c) < 128 for c in s)


def qp(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if b in (32, 9) and i == len(line) - 1:
                toks.append("=%02X" % b)
            elif b in (32, 9) or (33 <= b <= 126 and b != 61):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return NL.join(out).encode("ascii")


def b64(data):
    s = base64.b64encode(data).decode()
    return NL.join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def ew(text):
    words, cur = [], ""
    for ch in text:
        if cur and len(base64.b64encode((cur + ch).encode()).decode()) > 60:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return " ".join("=?UTF-8?B?%s?=" % base64.b64encode(w.encode()).decode() for w in words)


def fold(name, value, width=78):
    out, line = [], name + ":"
    for tok in value.split(" "):
        if len(line) + 1 + len(tok) > width and line.strip() != name + ":":
            out.append(line)
            line = " " + tok
        else:
            line += " " + tok
    out.append(line)
    return NL.join(out)


def addr(name, a):
    if not name:
        return a
    if not ascii_ok(name):
        return ew(name) + " <%s>" % a
    if any(c in name for c in '()<>[]:;@\\,."'):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def hsubject(s):
    return fold("Subject", s) if ascii_ok(s) else "Subject: " + ew(s)


def leaf(text, sub="plain", cte=None, flowed=False, name=None):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    asc = ascii_ok(text)
    cs = "us-ascii" if asc and sub == "plain" else "utf-8"
    long_ = any(len(x) > 76 for x in data.split(b"\r\n"))
    if cte is None:
        cte = "7bit" if asc and not long_ else "quoted-printable"
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    h = [ct, "Content-Transfer-Encoding: " + cte]
    if cte == "quoted-printable":
        body = qp(data)
    elif cte == "base64":
        body = b64(data)
    else:
        body = data
    return h, body


def multipart(sub, parts, boundary, extra=""):
    h = ['Content-Type: multipart/%s;%s\tboundary="%s"%s' % (sub, NL, boundary, extra)]
    body = b""
    for ph, pb in parts:
        body += ("--%s\r\n" % boundary).encode() + NL.join(ph).encode("ascii") + b"\r\n\r\n" + pb + b"\r\n"
    body += ("--%s--\r\n" % boundary).encode()
    return h, body


def png(r, w=48, h=36):
    raw = b"".join(b"\x00" + bytes(r.randint(60, 250) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def to_html(text, style):
    out, depth = [], 0
    for line in text.split("\n"):
        d = 0
        while line.startswith(">"):
            d += 1
            line = line[1:].lstrip(" ") if line[1:2] in (" ", ">", "") else line[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        if line.startswith("________________________________"):
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        elif style == "outlook":
            out.append('<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">%s</div>'
                       % (Q.esc(line) or "<br>"))
        else:
            out.append("<div>%s</div>" % (Q.esc(line) or "<br>"))
    out += ["</blockquote>"] * depth
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + \
        "\n".join(out) + "\n</body></html>"


# ------------------------------------------------------------------ mail programs
CLIENTS = {"gmail": "gmail-web", "gmail_es": "gmail-web-es", "android": "gmail-android",
           "iphone": "ios-mail", "iphone_es": "ios-mail-es", "applemail": "apple-mail-macos",
           "outlook": "outlook-com", "outlook_es": "outlook-com-es", "outlookpc": "outlook-365-desktop",
           "outlookde": "outlook-365-desktop-de", "outlook_android": "outlook-android", "yahoo": "yahoo-web",
           "yahoo_ios": "yahoo-ios", "aol": "aol-web", "thunderbird": "thunderbird", "samsung": "samsung-email",
           "auto": "autoresponder", "mta": "mta-dsn", "helpdesk": "helpdesk", "list": "mailing-list",
           "webmail": "webmail-html"}


def program(s, r):
    c, frm = s["client"], s["frm"][1]
    dom = frm.split("@")[1]
    ip = "%d.%d.%d.%d" % (r.choice([24, 50, 66, 71, 73, 97, 98, 107, 174]), r.randint(1, 254), r.randint(1, 254),
                          r.randint(1, 254))
    extra, fmt, style = [], "plain", None
    if c in ("gmail", "gmail_es", "android"):
        mid = "<CA%s%s@mail.gmail.com>" % (rnd(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), rnd(r, 44, AN + "-_+="))
        hop = ("mail-lj1-f%d.google.com" % r.randint(41, 69), "209.85.208.%d" % r.randint(41, 69))
        fmt, style = "alt", "gmail"
    elif c in ("outlook", "outlook_es", "outlookpc", "outlookde", "outlook_android"):
        pod = r.choice(["SA1PR05MB", "BL1PR13MB", "CY5PR19MB", "MW4PR03MB", "PH7PR10MB"]) + str(r.randint(1000, 9999))
        mid = "<%s%s@%s.namprd%s.prod.outlook.com>" % (pod, rnd(r, 24, HEXU), pod, pod[6:8])
        hop = ("NAM%02d-%s-obe.outbound.protection.outlook.com" % (r.randint(2, 12), r.choice(["BN8", "DM6", "MW2"])),
               "40.107.%d.%d" % (r.randint(1, 250), r.randint(1, 250)))
        lang = {"outlook_es": "es-US", "outlookde": "de-DE"}.get(c, "en-US")
        extra = [("Thread-Topic", s["subject"].split(": ", 1)[-1]), ("Thread-Index", "A" + rnd(r, 31, AN + "+/") + "=="),
                 ("Accept-Language", lang + ("" if lang == "en-US" else ", en-US")), ("Content-Language", lang),
                 ("X-MS-Has-Attach", "yes" if s.get("attach") else ""), ("X-MS-TNEF-Correlator", "")]
        if c in ("outlookpc", "outlookde"):
            extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
        fmt, style = "alt", "outlook"
    elif c in ("iphone", "iphone_es", "applemail"):
        mid = "<%s@%s>" % (uuid(r), dom)
        hop = ("p-east3-cluster%d-host%d-snip4-%d.eps.apple.com" % (r.randint(1, 9), r.randint(1, 12),
                                                                    r.randint(1, 9)), "17.57.%d.%d" % (
            r.randint(1, 250), r.randint(1, 250))) if dom in ("icloud.com", "me.com") else \
            ("mail-pl1-f%d.google.com" % r.randint(41, 69), "209.85.214.%d" % r.randint(41, 69)) \
            if dom == "gmail.com" else ("smtp.%s" % dom, ip)
        extra = [("X-Mailer", "iPhone Mail (22B91)" if c != "applemail" else "Apple Mail (2.3826.200.121)")]
        fmt = "plain"
    elif c in ("yahoo", "yahoo_ios", "aol"):
        mid = "<%d.%d.%d@mail.%s.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                          r.randint(10 ** 12, 10 ** 13), "aol" if c == "aol" else "yahoo")
        hop = ("sonic%d-%d.consmr.mail.%s.yahoo.com" % (r.randint(300, 330), r.randint(1, 40),
                                                       "ne1" if c == "aol" else "gq1"), "98.137.%d.%d" % (
            r.randint(60, 70), r.randint(10, 99)))
        extra = [("X-Mailer", "WebService/1.1.22806 %s" % ("AolMailNorrin" if c == "aol" else
                                                           "YMailNovation" if c == "yahoo_ios" else "YMailNorrin"))]
        fmt, style = "alt", "yahoo"
    elif c == "thunderbird":
        mid = "<%s@%s>" % (uuid(r, False), dom)
        hop = ("mail.%s" % dom, ip)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    elif c == "samsung":
        mid = "<%s.%d@email.android.com>" % (rnd(r, 12, HEXL), r.randint(10 ** 9, 10 ** 10))
        hop = ("mail-qt1-f%d.google.com" % r.randint(41, 69), "209.85.160.%d" % r.randint(41, 69))
        fmt, style = "alt", "gmail"
    elif c == "webmail":
        mid = "<%s.%d@%s>" % (rnd(r, 16, HEXL), r.randint(10 ** 5, 10 ** 6), dom)
        hop = ("smtp-out.%s" % dom, ip)
        fmt = "htmlonly"
    else:   # auto, mta, helpdesk, list: the spec gives its own Message-ID style
        f = s.get("mid_fmt", "<%s@%s>")
        mid = f % (uuid(r, False), dom) if f.count("%s") == 2 else f % uuid(r, False)
        hop = (s.get("helo", "smtp.%s" % dom), ip)
        style = "outlook"
    return dict(mid=mid, hop=hop, extra=extra, fmt=s.get("fmt", fmt), style=style)


def vcard(s):
    v = s["attach"]["vcard"]
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (v["last"], v["first"]), "FN:%s %s" % (v["first"], v["last"])]
    if v.get("org"):
        lines.append("ORG:%s;" % v["org"])
    if v.get("adr"):
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;USA" % v["adr"])
    lines += ["TEL;TYPE=CELL:%s" % v["tel"], "EMAIL;TYPE=INTERNET:%s" % s["frm"][1], "END:VCARD"]
    return "\n".join(lines) + "\n", "%s %s.vcf" % (v["first"], v["last"])


def body_for(s, r, p):
    """Content headers and body bytes."""
    fmt, text = p["fmt"], s["text"]
    flowed = s["client"] in ("iphone", "iphone_es", "applemail", "thunderbird") and fmt == "plain"
    if fmt == "plain":
        return leaf(text, "plain", cte=s.get("cte"), flowed=flowed)
    if fmt == "alt":
        ph, pb = leaf(text, "plain", cte=s.get("cte"))
        hh, hb = leaf(s.get("html") or to_html(text, p["style"]), "html", cte="quoted-printable")
        return multipart("alternative", [(ph, pb), (hh, hb)], bnd(r, p["style"]))
    if fmt == "htmlonly":
        return leaf(s["html"], "html", cte="quoted-printable")
    if fmt == "img":   # iOS style: text, inline picture, text
        parts = []
        img = png(r)
        fn = s["attach"]["img"]
        parts.append(leaf(s["text"], "plain", flowed=True))
        parts.append((['Content-Type: image/png;%s\tname="%s"' % (NL, fn),
                       'Content-Disposition: inline;%s\tfilename="%s"' % (NL, fn), "Content-Transfer-Encoding: base64",
                       "Content-Id: <%s@%s>" % (uuid(r), s["frm"][1].split("@")[1])], b64(img)))
        if s["attach"].get("after"):
            parts.append(leaf(s["attach"]["after"], "plain", flowed=True))
        return multipart("mixed", parts, "Apple-Mail=_%s" % uuid(r))
    if fmt == "vcard":
        if p["style"]:
            ph, pb = leaf(text, "plain", cte=s.get("cte"))
            hh, hb = leaf(to_html(text, p["style"]), "html", cte="quoted-printable")
            first = multipart("alternative", [(ph, pb), (hh, hb)], bnd(r, p["style"]))
        else:
            first = leaf(text, "plain", flowed=flowed)
        vc, fn = vcard(s)
        fn = fn if ascii_ok(fn) else ew(fn)
        vh, vb = leaf(vc, "vcard", cte="quoted-printable" if not ascii_ok(vc) else "7bit")
        vh[0] = vh[0].replace("text/vcard", 'text/x-vcard') + '; name="%s"' % fn if s["client"].startswith(
            "outlook") else vh[0] + '; name="%s"' % fn
        vh.append('Content-Disposition: attachment; filename="%s"' % fn)
        return multipart("mixed", [first, (vh, vb)], bnd(r, p["style"]) + "m")
    if fmt == "dsn":
        o = s["carried"]
        ph, pb = leaf(text, "plain")
        dh = ["Content-Type: message/delivery-status"]
        db = s["status"].replace("\n", NL).encode("ascii")
        inner = orig_bytes(o)
        return multipart("report", [(ph, pb), (dh, db), (["Content-Type: message/rfc822"], inner)],
                         "%s/%s" % (rnd(r, 12, HEXU), s["helo"]), "; report-type=delivery-status")
    if fmt == "mdn":
        ph, pb = leaf(text, "plain")
        dh = ["Content-Type: message/disposition-notification"]
        db = s["status"].replace("\n", NL).encode("ascii")
        return multipart("report", [(ph, pb), (dh, db)], "_mdn_%s_" % rnd(r, 20, HEXU),
                         "; report-type=disposition-notification")
    raise ValueError(fmt)


def bnd(r, style):
    if style == "gmail":
        return "0000000000" + rnd(r, 16, HEXL)
    if style == "outlook":
        return "_000_%s_" % rnd(r, 36, HEXU)
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9),
                                        r.randint(10 ** 12, 10 ** 13))
    return "Apple-Mail=_%s" % uuid(r)


def orig_bytes(o):
    """Our own message as a receiving server returns it inside a bounce."""
    r = random.Random(zlib.crc32(o["msgid"].encode()))
    to = addr(o["to_name"], o["to_addr"])
    dom = o["from_addr"].split("@")[1]
    tok = rnd(r, 24)
    hd = ["Return-Path: <bounce+%s@%s>" % (rnd(r, 16, HEXL), dom),
          fold("From", addr(o["from_name"], o["from_addr"])), "Reply-To: customercare@alliant-energy.com"
          if dom.startswith("email.") else "Reply-To: powerhousecatalog@alliant-energy.com" if "catalog" in dom
          else "Reply-To: customercare@alliant-energy.com", fold("To", to), hsubject(o["subject"]),
          "Date: " + rfc(o["local"]), "Message-ID: " + o["msgid"], "MIME-Version: 1.0",
          fold("List-Unsubscribe", "<mailto:unsubscribe+%s@%s>, <https://%s/u/%s>" % (tok, dom, dom, tok)),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]
    lh, lb = leaf(o["body"], "plain", cte="quoted-printable")
    return (NL.join(hd + lh) + NL + NL).encode("ascii") + lb


def make(s):
    r = random.Random(SEED ^ zlib.crc32(s["id"].encode()))
    box = BOX[s["mailbox"]]
    name, frm = s["frm"]
    o = s.get("orig")
    if s.get("date"):
        t = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M") + dt.timedelta(seconds=r.randint(0, 59))
    else:
        t = o["local"] + dt.timedelta(minutes=s.get("after", 90), seconds=r.randint(0, 59))
    p = program(s, r)
    ch, body = body_for(s, r, p)
    hd = [fold("From", addr(name, frm))]
    hd.append(fold("To", ", ".join(addr(n, a) for n, a in s.get("to", [(None, box)]))))
    if s.get("cc"):
        hd.append(fold("Cc", ", ".join(addr(n, a) for n, a in s["cc"])))
    if s.get("reply_to"):
        hd.append(fold("Reply-To", addr(*s["reply_to"])))
    hd.append(hsubject(s["subject"]))
    hd.append("Date: " + rfc(t))
    hd.append("Message-ID: " + p["mid"])
    if s["irt"]:
        refs = o.get("refs", []) + [o["msgid"]]
        hd.append("In-Reply-To: " + o["msgid"])
        hd.append(fold("References", " ".join(refs)))
    hd.append("MIME-Version: 1.0")
    for k, v in p["extra"] + s.get("hdr", []):
        hd.append(fold(k, v if ascii_ok(v) else ew(v)) if v else k + ": ")
    hd += ch
    mx = r.choice(["mx1", "mx2"])
    t_mx = t + dt.timedelta(seconds=r.randint(2, 40))
    env = s.get("envelope", frm)
    helo, hip = p["hop"]
    edom = (env.split("@")[1] if "@" in env else helo)
    auth = ("dkim=pass (2048-bit key) header.d=%s header.b=\"%s\";%s\t" % (frm.split("@")[1], rnd(r, 8), NL)
            if s["client"] not in ("thunderbird", "mta") else "dkim=none;" + NL + "\t")
    trace = ["Return-Path: <%s>" % env, "Delivered-To: " + box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.%d])%s\tby mbx01.alliant-energy.com"
             " (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (mx, mx, 11 if mx == "mx1" else 12, NL,
                                                           rnd(r, 11, HEXU), NL, box, rfc(t_mx, True)),
             "Received: from %s (%s [%s])%s\tby %s.alliant-energy.com (Postfix) with ESMTPS id 4g%s%s\tfor <%s>; %s"
             % (helo, helo, hip, NL, mx, rnd(r, 12), NL, box, rfc(t_mx, True)),
             "Authentication-Results: %s.alliant-energy.com;%s\t%sspf=pass (%s.alliant-energy.com: domain of %s "
             "designates %s as permitted sender) smtp.mailfrom=%s;%s\tdmarc=pass header.from=%s" % (
                 mx, NL, auth, mx, env or "postmaster@" + helo, hip, env or edom, NL, frm.split("@")[1])]
    if s["client"] in ("gmail", "gmail_es", "android"):
        trace.append("X-Received: by 2002:a05:651c:%s:b0:2f%d:%s with SMTP id %s; %s" % (
            rnd(r, 4, HEXL), r.randint(1, 9), rnd(r, 4, HEXL), rnd(r, 14, HEXL), rfc_utc(t)))
    head = NL.join(trace + hd)
    data = head.encode("ascii") + b"\r\n\r\n" + body
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, s["id"]
    assert b"\n" not in data.replace(b"\r\n", b""), s["id"]
    return data


def settle(s):
    s.setdefault("labels", [])
    s.setdefault("unclear", False)
    s.setdefault("entities", {})
    s.setdefault("lang", "en")
    o = s.get("orig")
    s.setdefault("irt", bool(o) and s["mode"] not in ("fwd", "fwd-empty"))
    if s.get("automated"):
        s["ack_to"] = None
    elif "ack_to" not in s:
        s["ack_to"] = (s.get("reply_to") or s["frm"])[1]
    if "subject" not in s:
        c = s["client"]
        if s["mode"] in ("fwd", "fwd-empty"):
            pre = {"outlook": "FW: ", "outlookpc": "FW: ", "outlook_android": "FW: ", "outlook_es": "RV: ",
                   "outlookde": "WG: ", "yahoo": "Fw: ", "yahoo_ios": "Fw: ", "aol": "Fwd: "}.get(c, "Fwd: ")
        else:
            pre = {"outlook": "RE: ", "outlookpc": "RE: ", "outlook_android": "RE: ", "outlook_es": "RE: ",
                   "outlookde": "AW: "}.get(c, "Re: ")
        subj = o["subject"]
        while subj[:4].lower() in ("re: ", "fw: ") or subj[:5].lower() == "fwd: ":
            subj = subj.split(": ", 1)[1]
        s["subject"] = pre + subj
    return s


def main():
    specs = specs_a.SPECS + specs_b.SPECS
    for s in specs:
        settle(s)
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert len(specs) == 120, len(specs)
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    specs = [specs[i] for i in order]
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(make(s))
        man.append(json.dumps({"file": fn, "mailbox": s["mailbox"], "automated": bool(s.get("automated")),
                               "labels": s["labels"], "unclear": s["unclear"], "entities": s["entities"],
                               "note": s["note"], "ack_to": s["ack_to"]}, ensure_ascii=False))
        idx.append("\t".join([fn, s["id"], s["shape"], s["mode"], s.get("qstyle", "-"),
                              "irt" if s["irt"] else "no-irt", s["lang"], CLIENTS[s["client"]]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
