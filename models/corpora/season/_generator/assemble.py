"""Spec -> message bytes: the sender's fields and MIME body, then our trace (outside -> mx1|mx2 -> mbx01)."""
import datetime as dt
import random
import zlib

import progs
from mail import (NL, BOX, HEX, AN, rnd, rfc_date, addr, fold, hdr_words, text_leaf, file_leaf, Leaf, Multi, to_html,
                  quote_plain, ics, crlf)
from ours import OURS, fill


class Ctx:
    pass


def unwrap(text):
    """People's programs send a paragraph as one line (Thunderbird and Roundcube then re-wrap it as
    format=flowed); the spec text is wrapped only for reading. Short lines (signatures, addresses) stay."""
    out = []
    for line in text.split("\n"):
        if out and len(out[-1].rsplit("\n", 1)[-1]) >= 60 and line.strip() and not line.startswith((">", " ")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def body_of(s, p, r):
    fmt = s.get("fmt") or p["fmt"]
    cs = s.get("cs") or p["cs"]
    cte = s.get("cte", p["cte"])
    new = s.get("body", "")
    if s["prog"] not in ("vendor", "mta", "esp", "phish"):
        new = unwrap(new)
    quoted = attribution = None
    if s.get("quote"):
        quoted = OURS[s["quote"]][3]
        attribution = fill(p["attr"], s["quote"], s["box"])
    text = new + (quote_plain(quoted, attribution, p["quote"]) if quoted else "")
    nb = [0]

    def bnd():
        nb[0] += 1
        return p["boundary"] if nb[0] == 1 else p["boundary"][:-4] + rnd(r, 4, HEX)

    def plain():
        return text_leaf(text, "plain", cs, cte, s.get("flowed", p["flowed"]))

    def html():
        h = s.get("html") or to_html(new, quoted, s.get("html_style", p["html"]), attribution or "")
        hcs = cs
        try:
            h.encode(hcs)
        except UnicodeEncodeError:
            hcs = "utf-8"
        h = h.replace("%CS%", hcs)
        return text_leaf(h, "html", hcs, s.get("html_cte", cte if cte in ("quoted-printable", "base64") else None))

    if fmt == "plain":
        top = plain()
    elif fmt == "html":
        top = html()
    elif fmt == "alt":
        top = Multi("alternative", [plain(), html()], bnd())
    elif fmt == "cal":
        cal = ics(s["ics"], s["_t"], r)
        top = Multi("alternative", [plain(), html(), text_leaf(cal, "calendar", "utf-8", "7bit",
                                                                extra="; method=" + s["ics"]["method"])], bnd())
    elif fmt == "dsn":
        d = s["dsn"]
        human = text_leaf(text, "plain", "us-ascii", "7bit")
        status = Leaf(["Content-Type: message/delivery-status", "Content-Description: Delivery report"],
                      crlf(d["status"]).encode("ascii"))
        heads = Leaf(["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"],
                     crlf(d["headers"]).encode("ascii"))
        top = Multi("report", [human, status, heads], bnd(), params=" report-type=delivery-status;")
    else:
        raise ValueError(fmt)
    if s.get("attach"):
        parts = [top] + [file_leaf(a[0], a[1], a[2] if isinstance(a[2], bytes) else crlf(a[2]).encode("utf-8"))
                         for a in s["attach"]]
        top = Multi("mixed", parts, bnd())
    return top


def make(s):
    r = random.Random(zlib.crc32(s["id"].encode()))
    c = Ctx()
    name, frm = s["frm"]
    c.dom = frm.split("@")[1]
    local = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M")
    zone = s.get("zone", "central")
    from mail import ZONES
    t = local - dt.timedelta(hours=ZONES[zone]) + dt.timedelta(seconds=r.randint(0, 59))
    s["_t"] = t
    p = progs.PROFILES[s["prog"]](c, r)
    top = body_of(s, p, random.Random(zlib.crc32((s["id"] + "/body").encode())))
    raw = top.bytes()
    cut = raw.index(b"\r\n\r\n")
    mime_heads, body = raw[:cut].decode("ascii").split(NL), raw[cut + 4:]

    box = BOX[s["box"]]
    hcs = s.get("hcs", "utf-8")
    f = [fold("From", addr(name, frm, hcs))]
    tos = s.get("to") or [(None, box)]
    f.append(fold("To", ", ".join(addr(n, a, hcs) for n, a in tos)))
    if s.get("cc"):
        f.append(fold("Cc", ", ".join(addr(n, a, hcs) for n, a in s["cc"])))
    subj = s.get("subject")
    if subj is None and s.get("quote"):
        subj = s.get("re", "Re: ") + OURS[s["quote"]][2]
    if subj is not None:
        f.append(fold("Subject", hdr_words(subj, hcs)) if subj else "Subject: ")
    f.append("Date: " + rfc_date(t, s.get("hdr_zone", zone)))
    f.append("Message-ID: " + s.get("msgid", p["msgid"]))
    if s.get("quote"):
        irt = "<%s.%s@mta.alliant-energy.com>" % (rnd(r, 16, HEX), s["quote"])
        f += ["In-Reply-To: " + irt, "References: " + irt]
    if s.get("reply_to"):
        f.append(fold("Reply-To", addr(s["reply_to"][0], s["reply_to"][1], hcs)))
    for k, v in p["extra"]:
        if v == "@SUBJ":
            v = hdr_words(subj or "", hcs)
        f.append(fold(k, v) if v else k + ": ")
    for k, v in s.get("hdr", []):
        f.append(fold(k, v))
    f.append("MIME-Version: 1.0")
    f += mime_heads

    env = s.get("envelope", frm)
    mx = r.choice(["mx1", "mx2"])
    helo, rdns, ip = p["hop"]
    t_mx = t + dt.timedelta(seconds=r.randint(2, 50))
    t_mbx = t_mx + dt.timedelta(seconds=r.randint(0, 3))
    spf, dmarc = p.get("spf", "pass"), p.get("dmarc", "pass")
    trace = [
        "Return-Path: <%s>" % env,
        "Delivered-To: " + box,
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.40.2.%d])%s\tby mbx01.alliant-energy.com "
        "(Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (mx, mx, 21 if mx == "mx1" else 22, NL, rnd(r, 10, HEX), NL,
                                                      box, rfc_date(t_mbx, "central", True)),
        "Received: from %s (%s [%s])%s\tby %s.alliant-energy.com (Postfix) with %s id %s%s\tfor <%s>; %s" % (
            helo, rdns, ip, NL, mx, "ESMTP" if s["prog"] == "phish" else "ESMTPS", rnd(r, 12, AN), NL, box,
            rfc_date(t_mx, "central", True)),
        "Authentication-Results: %s.alliant-energy.com;%s\t%s;%s\tspf=%s smtp.mailfrom=%s;%s\tdmarc=%s header.from=%s" % (
            mx, NL, "dkim=pass header.d=%s" % p["dkim"] if p["dkim"] else "dkim=none", NL, spf,
            env.split("@")[-1] or c.dom, NL, dmarc, c.dom)]
    data = (NL.join(trace + p["pre"] + f) + NL + NL).encode("ascii") + body
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, s["id"]
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b""), s["id"]
    return data
