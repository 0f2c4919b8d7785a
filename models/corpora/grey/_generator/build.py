"""Build the `grey` set: python3 _generator/build.py

Standard library only. Every random choice (dates, ids, hosts, boundaries) comes from a Random seeded with the
spec id and SEED, so a rebuild gives the same bytes. The texts live in specs_*.py; this file only turns a spec
into an RFC 5322 message as a mail program would have sent it, plus our trace headers (mx1|mx2 -> mbx01)."""
import base64
import datetime as dt
import email.header
import hashlib
import html
import json
import os
import quopri
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import ours  # noqa: E402
import specs_requests  # noqa: E402
import specs_grey  # noqa: E402
import specs_other  # noqa: E402

SEED = 20261203
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
LABEL = {"M": "marketing_opt_out", "C": "catalog_share_opt_out", "Q": "question"}
HEX = "0123456789abcdef"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


QUOTE_MONTHS = {"promo_cat_spring": (3, 4), "promo_cat_holiday": (11, 12), "promo_thermo": (9, 10, 11),
                "promo_ev": (5, 6, 7, 8)}


def rs(r, n, alphabet=AN):
    return "".join(r.choice(alphabet) for _ in range(n))


def tz_for(d):
    # Central time: daylight saving roughly mid-March to early November (close enough for test mail)
    return -5 if dt.date(2026, 3, 8) <= d.date() < dt.date(2026, 11, 1) else -6


def fmt_date(d, off):
    sign = "-" if off < 0 else "+"
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d00" % (sign, abs(off))


def hdr_text(s):
    """RFC 2047 only when needed; mail programs leave ASCII alone."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8", maxlinelen=76).encode()


def hdr_addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, "utf-8").encode(), a)


def encode_body(text, charset, cte):
    """-> (cte, encoded str with \n line ends)"""
    raw = text.encode(charset)
    if cte == "auto":
        cte = "7bit" if all(b < 128 for b in raw) and max(len(l) for l in text.split("\n")) < 900 else "quoted-printable"
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        enc = raw.decode(charset)
    return cte, enc.rstrip("\n") + "\n"


def leaf(ctype, text, charset="utf-8", cte="auto", extra=""):
    cte, enc = encode_body(text, charset, cte)
    h = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (ctype, charset, extra, cte)
    return h, enc


def to_html(text, style):
    paras = text.split("\n")
    if style == "gmail":
        inner = "".join("<div>%s</div>" % (html.escape(l) or "<br>") for l in paras)
        return '<div dir="ltr">%s</div>\n' % inner
    if style == "outlook":
        inner = "\n".join('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div>'
                          % (html.escape(l) or "<br>") for l in paras)
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
                '<body dir="ltr">\n%s\n</body>\n</html>\n' % inner)
    inner = "<br>\n".join(html.escape(l) for l in paras)
    return "<html><body>\n%s\n</body></html>\n" % inner


def multipart_alt(r, text, style, charset, boundary, cte="auto"):
    th, tb = leaf("text/plain", text, charset, cte)
    page = to_html(text, style).replace("charset=utf-8", "charset=" + charset)
    hh, hb = leaf("text/html", page, charset, "quoted-printable")
    body = "--%s\n%s\n%s--%s\n%s\n%s--%s--\n" % (boundary, th, tb, boundary, hh, hb, boundary)
    return 'multipart/alternative; boundary="%s"' % boundary, body


# ---------------------------------------------------------------- mail programs
CLIENTS = {
    "gmail": dict(host="mail-{a}{b}-f{n}.google.com", ip="209.85.{x}.{y}", quote="gmail", sig="", style="gmail"),
    "outlook": dict(host="NAM{n}-{A}.outbound.protection.outlook.com", ip="40.107.{x}.{y}", quote="outlook",
                    sig="", style="outlook"),
    "outlookcom": dict(host="NAM{n}-{A}.outbound.protection.outlook.com", ip="52.100.{x}.{y}", quote="outlook",
                       sig="", style="outlook"),
    "iphone": dict(host="mail-pj1-f{n}.google.com", ip="209.85.{x}.{y}", quote="iphone",
                   sig="\n\nSent from my iPhone", style="plain"),
    "android": dict(host="mail-pl1-f{n}.google.com", ip="209.85.{x}.{y}", quote="gmail",
                    sig="\n\nSent from my Galaxy", style="plain"),
    "yahoo": dict(host="sonic{n}.consmr.mail.bf2.yahoo.com", ip="74.6.{x}.{y}", quote="yahoo", sig="",
                  style="plain"),
    "aol": dict(host="sonic{n}.consmr.mail.ne1.yahoo.com", ip="66.163.{x}.{y}", quote="yahoo",
                sig="\n\nSent from AOL on Android", style="plain"),
    "thunderbird": dict(host="smtp.{dom}", ip="173.{x}.{y}.{n}", quote="tbird", sig="", style="plain"),
    "outlookpc": dict(host="smtp.{dom}", ip="96.{x}.{y}.{n}", quote="outlook", sig="", style="outlook"),
    "mediacom": dict(host="mail.mchsi.com", ip="173.{x}.{y}.{n}", quote="tbird", sig="", style="plain"),
    "webform": dict(host="forms01.alliant-energy.com", ip="10.20.4.{n}", quote=None, sig="", style="plain"),
    "bulk": dict(host="o{n}.ptr{x}.{dom}", ip="149.72.{x}.{y}", quote=None, sig="", style="bulk"),
    "system": dict(host="mta{n}.{dom}", ip="198.{x}.{y}.{n}", quote=None, sig="", style="plain"),
    "phish": dict(host="vps{n}.hostkey-{x}.ru", ip="185.{x}.{y}.{n}", quote=None, sig="", style="bulk"),
}


def quote_block(kind, d, q_name, q_addr, q_subj, q_body, off):
    """The quoted mail as each program writes it under a reply."""
    when = d - dt.timedelta(days=2, hours=3)
    lines = q_body.split("\n")
    if kind == "gmail":
        head = "On %s at %s %s <%s> wrote:" % (when.strftime("%a, %b %-d, %Y"), when.strftime("%-I:%M\u202f%p"),
                                               q_name, q_addr)
        return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    if kind == "iphone":
        head = "On %s, at %s, %s <%s> wrote:" % (when.strftime("%b %-d, %Y"), when.strftime("%-I:%M\u202f%p"),
                                                 q_name, q_addr)
        return "\n\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    if kind == "yahoo":
        head = "On %s, %s <%s> wrote:" % (when.strftime("%A, %B %-d, %Y at %I:%M:%S %p CST"), q_name, q_addr)
        return "\n\n" + head + "\n\n" + "\n".join(lines)
    if kind == "tbird":
        head = "On %s %s, %s wrote:" % (when.strftime("%-m/%-d/%Y"), when.strftime("%-I:%M %p"), q_name)
        return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    head = ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n"
            % (q_name, q_addr, when.strftime("%A, %B %-d, %Y %-I:%M %p"), "{me}", q_subj))
    return "\n\n" + head + "\n" + "\n".join(lines)


def forward_block(kind, d, f):
    """A forwarded mail (not ours, or ours): f = dict(name, addr, subject, body, date)."""
    fd = d - dt.timedelta(days=f.get("days", 1), hours=5)
    if kind == "gmail" or kind == "iphone":
        return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (f["name"], f["addr"], fd.strftime("%a, %b %-d, %Y at %-I:%M %p"), f["subject"], f.get("to", "{me}"),
                   f["body"]))
    return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (f["name"], f["addr"], fd.strftime("%A, %B %-d, %Y %-I:%M %p"), f.get("to", "{me}"), f["subject"],
               f["body"]))


def assemble(s, n):
    r = random.Random(zlib.crc32(s["id"].encode()) ^ SEED)
    c = CLIENTS[s["client"]]
    box = BOX[s["box"]]
    name, addr = s["frm"]
    dom = addr.split("@")[1]
    # mail relayed by a service (an inbox cleaner) leaves from the service's host, not the person's domain
    relay = s.get("return_path", addr)
    # a quoted seasonal promotion dates the reply: nobody answers the spring sale in November
    month = s.get("month") or r.choice(QUOTE_MONTHS.get(s.get("quote"), range(1, 13)))
    d = dt.datetime(2026, month, r.randint(1, 28), r.randint(6, 22), r.randint(0, 59), r.randint(0, 59))
    if s.get("hour") is not None:
        d = d.replace(hour=s["hour"])
    off = tz_for(d)
    charset = s.get("charset", "utf-8")
    fill = dict(n=r.randint(10, 99), a=r.choice("ejlo"), b=r.randint(1, 9), x=r.randint(2, 250),
                y=r.randint(2, 250), A=rs(r, 3).upper(), dom=relay.split("@")[1])
    host = c["host"].format(**fill)
    ip = c["ip"].format(**fill)

    # ---- the text the sender typed, plus signature and quoted/forwarded mail
    text = s["body"]
    if s.get("sig", True) and c["sig"]:
        text = text + c["sig"]
    subj = s["subj"]
    in_reply = None
    if s.get("quote"):
        qn, qa, qs, qb, qid = ours.get(s["quote"])
        if subj is None:
            subj = ("RE: " if c["quote"] == "outlook" else "Re: ") + qs
        in_reply = "<%s.%s@%s>" % (qid, rs(r, 10, HEX), "mail.alliant-energy.com")
        text = text + quote_block(c["quote"] or "gmail", d, qn, qa, qs, qb, off).replace("{me}", addr)
    if s.get("fwd"):
        f = s["fwd"]
        if isinstance(f, str):
            qn, qa, qs, qb, qid = ours.get(f)
            f = dict(name=qn, addr=qa, subject=qs, body=qb)
        if subj is None:
            subj = "Fwd: " + f["subject"]
        text = text + forward_block(c["quote"] or "gmail", d, f).replace("{me}", addr)
    text = text.strip("\n") + "\n" if text.strip() else "\n"

    # ---- MIME structure
    boundary = {
        "gmail": "000000000000" + rs(r, 12, HEX), "android": "000000000000" + rs(r, 12, HEX),
        "outlook": "_000_%s_" % rs(r, 30).upper(), "outlookcom": "_000_%s_" % rs(r, 30).upper(),
        "outlookpc": "----=_NextPart_000_%s" % rs(r, 16, HEX).upper(),
        "yahoo": "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13)),
        "aol": "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13)),
        "bulk": "=_%s" % rs(r, 28, HEX), "phish": "b1_%s" % rs(r, 32, HEX),
    }.get(s["client"], "------------%s" % rs(r, 24, "0123456789"))
    mime = s.get("mime") or {"gmail": "alt", "outlook": "alt", "outlookcom": "alt", "outlookpc": "alt",
                             "yahoo": "alt", "aol": "alt", "bulk": "alt", "phish": "html"}.get(s["client"], "plain")
    if mime == "alt":
        ctype, body = multipart_alt(r, text, c["style"] if c["style"] != "bulk" else "plain", charset, boundary,
                                    s.get("cte", "auto"))
        ctl = "Content-Type: %s\n" % ctype
    elif mime == "html":
        h, body = leaf("text/html", to_html(text, "plain"), charset, "quoted-printable")
        ctl = h
    else:
        extra = "; format=flowed" if s["client"] in ("thunderbird",) else ""
        cte = s.get("cte", "8bit" if s["client"] in ("thunderbird", "mediacom") else "auto")
        if cte == "8bit" and all(ord(ch) < 128 for ch in text):
            cte = "7bit"
        h, body = leaf("text/plain", text, charset, cte, extra)
        ctl = h

    # ---- headers, outermost first
    recv_d = d + dt.timedelta(seconds=r.randint(2, 40))
    mx = "mx%d" % r.choice((1, 2))
    qid1, qid2 = rs(r, 11, "0123456789ABCDEF"), rs(r, 14)
    H = []
    H.append("Return-Path: <%s>" % s.get("return_path", addr))
    H.append("Delivered-To: %s" % box)
    H.append("Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.%d])\n\tby mbx01.alliant-energy.com"
             " (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (%s)" % (mx, mx, 11 if mx == "mx1" else 12, qid1, box,
                                                                 fmt_date(recv_d + dt.timedelta(seconds=1), off),
                                                                 "CDT" if off == -5 else "CST"))
    H.append("Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (%s)"
             % (host, host, ip, mx, qid2, box, fmt_date(recv_d, off), "CDT" if off == -5 else "CST"))
    auth = s.get("auth", "pass")
    H.append("Authentication-Results: %s.alliant-energy.com;\n\tdkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s;\n"
             "\tdmarc=%s header.from=%s" % (mx, auth, relay.split("@")[1], auth, relay, auth, dom))
    for k, v in s.get("hdr_top", []):
        H.append("%s: %s" % (k, v))
    utc = d - dt.timedelta(hours=off)
    if s["client"] in ("outlook", "outlookcom"):
        date_h = fmt_date(utc, 0).replace("+0000", "+0000")
        mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (rs(r, 4).upper(), rs(r, 40, HEX).upper()[:36], rs(r, 12).upper(),
                                                          r.randint(1, 20))
    elif s["client"] in ("gmail", "android"):
        date_h = fmt_date(d, off)
        mid = "<CA%s@mail.gmail.com>" % rs(r, 48, AN + "+_-")
    elif s["client"] == "iphone":
        date_h = fmt_date(d, off)
        mid = "<%s-%s-%s@%s>" % (rs(r, 8, HEX).upper(), rs(r, 4, HEX).upper(), rs(r, 12, HEX).upper(), dom)
    elif s["client"] in ("yahoo", "aol"):
        date_h = fmt_date(utc, 0)
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                             r.randint(10 ** 12, 10 ** 13))
    else:
        date_h = fmt_date(d, off)
        mid = "<%s.%s@%s>" % (rs(r, 16, HEX), d.strftime("%Y%m%d%H%M%S"), s.get("mid_dom", dom))
    H.append("From: %s" % hdr_addr(name, addr))
    H.append("To: %s" % s.get("to", box))
    if s.get("cc"):
        H.append("Cc: %s" % s["cc"])
    if s.get("reply_to"):
        H.append("Reply-To: %s" % hdr_addr(*s["reply_to"]))
    H.append("Subject: %s" % hdr_text(subj))
    H.append("Date: %s" % date_h)
    H.append("Message-ID: %s" % mid)
    if in_reply:
        H.append("In-Reply-To: %s\nReferences: %s" % (in_reply, in_reply))
    for k, v in s.get("hdr", []):
        H.append("%s: %s" % (k, v))
    if s["client"] == "iphone":
        H.append("X-Mailer: iPhone Mail (%s)" % r.choice(("21E236", "22B91", "22D82", "21G93")))
        H.append("Mime-Version: 1.0 (1.0)")
    elif s["client"] == "thunderbird":
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("MIME-Version: 1.0")
    elif s["client"] == "outlookpc":
        H.append("X-Mailer: Microsoft Outlook 16.0")
        H.append("MIME-Version: 1.0")
    elif s["client"] in ("yahoo", "aol"):
        H.append("X-Mailer: WebService/1.1.%d YMailNorrin" % r.randint(20000, 23999))
        H.append("MIME-Version: 1.0")
    else:
        H.append("MIME-Version: 1.0")
    head = "\n".join(H) + "\n" + ctl
    raw = head + "\n" + body
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8" if charset == "utf-8" else charset)


def all_specs():
    specs = specs_requests.SPECS + specs_grey.SPECS + specs_other.SPECS
    seen = set()
    for s in specs:
        assert s["id"] not in seen, s["id"]
        seen.add(s["id"])
    # a fixed shuffle so that neighbours in the folder are not neighbours in the source files
    order = sorted(specs, key=lambda s: hashlib.sha256(("%d:%s" % (SEED, s["id"])).encode()).hexdigest())
    return order


def main(out=ROOT):
    """out: the folder to write; verify.py passes a temporary folder to prove the rebuild is byte-identical."""
    specs = all_specs()
    for f in os.listdir(out):
        if f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    man, idx = [], []
    for i, s in enumerate(specs, 1):
        fn = "%04d.eml" % i
        raw = assemble(s, i)
        with open(os.path.join(out, fn), "wb") as fh:
            fh.write(raw)
        auto = s.get("auto", False)
        labels = [LABEL[k] for k in "MCQ" if k in s.get("labels", "")]
        if auto:
            ack = None
        elif "ack" in s:
            ack = s["ack"]
        elif s.get("reply_to"):
            ack = s["reply_to"][1]
        else:
            ack = s["frm"][1]
        man.append({"file": fn, "mailbox": s["box"], "automated": auto, "labels": labels,
                    "unclear": s.get("unclear", False), "entities": s.get("ent", {}), "note": s["note"], "ack_to": ack})
        idx.append("%s\t%s:%s\t%s\t%s" % (fn, "auto" if auto else "human", s["id"], s["lang"], s["client"]))
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(specs))


if __name__ == "__main__":
    main()
