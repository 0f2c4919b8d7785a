"""spec dict -> raw message bytes."""
import datetime as dt
import random
import re
import zlib

import clients
from mime import (NL, BOX, HEXU, AN, rnd, rfc_date, to_utc, text_leaf, file_leaf, Leaf, Multi, to_html, ics, fold,
                  addr, subject, ascii_ok, crlf, ew)


class Ctx:
    pass


UNWRAPPED = {"gmail", "workspace", "o365", "outlookcom", "outlookpc", "yahoo", "iphone", "applemail", "samsung",
             "xfinity", "zoho", "hubspot", "mailchimp", "phish"}


HDRLINE = re.compile(r"^(From|To|Cc|Date|Sent|Subject|De|Para|Enviado|Asunto|Fecha): ")
LISTITEM = re.compile(r"^(\d{1,2}[.)]|[-*\u2022>(]) ?")


def unwrap(text):
    """Modern mail programs send a paragraph as one line; our source text is wrapped for reading.
    Quoted lines, list items, header blocks and short (signature, address) lines are kept as they are."""
    out, last_raw = [], ""
    for line in text.split("\n"):
        joinable = (out and len(last_raw) >= 55 and line.strip() and not last_raw.startswith((">", " ")) and
                    not line.startswith(" ") and not LISTITEM.match(line) and
                    not HDRLINE.match(line) and not HDRLINE.match(last_raw))
        if joinable:
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        last_raw = line
    return "\n".join(out)


def hardwrap(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def _body(s, p, r):
    fmt = s.get("fmt", p["fmt"])
    text = s.get("body", "")
    if s["client"] in UNWRAPPED and not s.get("keep_wrap"):
        text = unwrap(text)
    elif s["client"] in ("thunderbird", "roundcube") and not s.get("keep_wrap"):
        text = unwrap(text)          # the composer's own wrapping replaces ours
        if s["client"] == "roundcube":
            text = hardwrap(text, 72)
    cs = s.get("cs") or p["cs"]
    if cs.lower() == "us-ascii" and not ascii_ok(text):
        cs = "iso-8859-1" if all(ord(ch) < 256 for ch in text) else "utf-8"
    cte = s.get("cte", p["cte"])
    qcs = p.get("quoted_cs", True)
    fl = s.get("flowed", p.get("flowed", False))
    count = [0]

    def bnd():
        count[0] += 1
        base = p["boundary"]
        return base if count[0] == 1 else base[:-3] + rnd(r, 3, HEXU) if len(base) > 10 else base + str(count[0])

    def plain():
        return text_leaf(text, "plain", cs, cte, fl, qcs)

    def html():
        h = s.get("html") or to_html(text, s.get("html_style", p["html"]))
        hcs = s.get("html_cs") or (cs if ascii_ok(h) or cs.lower() not in ("us-ascii",) else "utf-8")
        try:
            h.encode(hcs)
        except UnicodeEncodeError:
            hcs = "utf-8"
        h = h.replace("%CS%", hcs)
        hcte = s.get("html_cte") or (cte if cte not in (None, "7bit", "8bit") else None)
        return text_leaf(h, "html", hcs, hcte, False, qcs)

    if fmt == "plain":
        top = plain()
    elif fmt == "html":
        top = html()
    elif fmt == "alt":
        top = Multi("alternative", [plain(), html()], bnd())
    elif fmt == "cal":
        ev = s["ics"]
        cal = ics(ev, s["_t"], r)
        cl = text_leaf(cal, "calendar", "utf-8", s.get("ics_cte", "7bit"), extra="; method=" + ev["method"])
        kids = [plain()] if s.get("cal_plain_only") else [plain(), html()]
        alt = Multi("alternative", kids + [cl], bnd())
        if ev.get("google") or s.get("ics_file"):
            top = Multi("mixed", [alt, file_leaf("application/ics", "invite.ics", cal.encode("utf-8"))], bnd())
        else:
            top = alt
    elif fmt == "mdn":
        m = s["mdn"]
        human = text_leaf(text, "plain", cs, cte, False, qcs)
        dn = Leaf(["Content-Type: message/disposition-notification"], crlf(m["fields"]).encode("ascii"))
        kids = [human, dn]
        top = Multi("report", kids, bnd(), params=" report-type=disposition-notification;")
    else:
        raise ValueError(fmt)
    atts = s.get("attach") or []
    if atts:
        parts = [top]
        for a in atts:
            data = a["data"] if isinstance(a["data"], bytes) else crlf(a["data"]).encode("utf-8")
            parts.append(file_leaf(a["ctype"], a["name"], data, a.get("inline", False), a.get("cte", "base64"),
                                   a.get("cid")))
        b = bnd()
        top = Multi(s.get("att_sub", "mixed"), parts, b)
    return top


def make(s):
    r = random.Random(zlib.crc32(s["id"].encode()))
    c = Ctx()
    c.box = BOX[s["mailbox"]]
    name, frm = s["frm"]
    c.frm, c.dom = frm, frm.split("@")[1]
    local = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M")
    c.t = to_utc(local) + dt.timedelta(seconds=r.randint(0, 59))
    s["_t"] = c.t
    t_mx = c.t + dt.timedelta(seconds=r.randint(1, 40))
    t_mbx = t_mx + dt.timedelta(seconds=r.randint(0, 2))
    mx = r.choice(["mx1", "mx2"])
    prof = clients.PROFILES[s["client"]]
    state = r.getstate()
    c.body = b""
    p0 = prof(c, s, r)
    top = _body(s, p0, random.Random(zlib.crc32((s["id"] + "#body").encode())))
    raw_top = top.bytes()
    cut = raw_top.index(b"\r\n\r\n")
    body = raw_top[cut + 4:]
    c.body = body
    r.setstate(state)
    p = prof(c, s, r)

    hcs, hm = s.get("hcs", "utf-8"), s.get("hmode", "B")
    v = {"From": fold("From", addr(name, frm, hcs, hm)),
         "To": fold("To", ", ".join(addr(n, a, hcs, hm) for n, a in (s.get("to") or [(None, c.box)]))),
         "Date": "Date: " + rfc_date(c.t, s.get("tz", p["zone"])),
         "MIME-Version": "MIME-Version: " + p["mimev"]}
    if s.get("subject") is not None:
        v["Subject"] = subject(s["subject"], hcs, s.get("smode", hm))
    if s.get("cc"):
        v["Cc"] = fold("Cc", ", ".join(addr(n, a, hcs, hm) for n, a in s["cc"]))
    if s.get("reply_to"):
        v["Reply-To"] = fold("Reply-To", addr(s["reply_to"][0], s["reply_to"][1], hcs, hm))
    v["Message-ID"] = "Message-ID: " + s.get("msgid", p["msgid"])
    if s.get("irt"):
        v["In-Reply-To"] = "In-Reply-To: " + s["irt"]
        v["References"] = fold("References", s.get("refs", s["irt"]))
    for k, val in p["extra"].items():
        if val and not ascii_ok(val):
            val = " ".join(ew(val, hcs, hm))
        v[k] = fold(k, val) if val else k + ": "
    cth = [h for h in top.headers if not h.startswith("Content-Transfer-Encoding")]
    cte = [h for h in top.headers if h.startswith("Content-Transfer-Encoding")]
    lines = []
    for k in p["order"]:
        if k in ("@CT", "Content-Type"):
            lines += cth + ([] if "@CTE" in p["order"] else cte)
        elif k == "@CTE":
            lines += cte
        else:
            key = {"Mime-Version": "MIME-Version", "Message-Id": "Message-ID"}.get(k, k)
            val = v.pop(key, None)
            if val:
                if key != k:
                    val = k + val[len(key):]
                lines.append(val)
    for k in ("From", "To", "Subject", "Date", "Message-ID", "Cc", "Reply-To", "In-Reply-To", "References"):
        if k in v:
            lines.insert(0, v.pop(k))
    lines += [fold(k, val) for k, val in s.get("hdr", [])]
    env = s.get("envelope") or p.get("env") or frm
    helo, rdns, ip = p["hop"]
    tls = "ESMTPS" if s["client"] != "phish" else "ESMTP"
    dk = p.get("dk")
    spf = p.get("spf", "pass")
    dmarc = p.get("dmarc", "pass")
    mfd = env.split("@")[-1]
    ar = ["Authentication-Results: %s.%s;" % (mx, "alliant-energy.com"),
          "\tdkim=pass (2048-bit key) header.d=%s header.b=\"%s\";" % (dk, rnd(r, 8, AN)) if dk else "\tdkim=none;",
          "\tspf=%s (%s.alliant-energy.com: %s %s) smtp.mailfrom=%s;" % (
              spf, mx, "domain of " + env, "designates %s as permitted sender" % ip if spf == "pass" else
              "does not designate %s as permitted sender" % ip, env),
          "\tdmarc=%s header.from=%s" % (dmarc, c.dom)]
    trace = ["Return-Path: <%s>" % env, "Delivered-To: " + c.box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.20.1.%d])%s\tby mbx01.alliant-energy.com"
             " (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (mx, mx, 11 if mx == "mx1" else 12, NL, rnd(r, 11, HEXU),
                                                           NL, c.box, rfc_date(t_mbx, "central", True)),
             "Received: from %s (%s [%s])%s\tby %s.alliant-energy.com (Postfix) with %s id 4d%s%s\tfor <%s>; %s" % (
                 helo, rdns, ip, NL, mx, tls, rnd(r, 12, AN), NL, c.box, rfc_date(t_mx, "central", True)),
             NL.join(ar)]
    head = NL.join(trace + p["pre"] + lines)
    data = head.encode("ascii") + b"\r\n\r\n" + body
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, s["id"]
    assert b"\n" not in data.replace(b"\r\n", b""), s["id"]
    return data
