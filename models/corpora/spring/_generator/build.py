"""Build the spring set: python3 _generator/build.py  (standard library only; rebuilds every byte).
File order comes from a fixed seed; every other random choice is seeded by the spec id."""
import datetime as dt
import json
import os
import random
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import progs  # noqa: E402
from mk import (NL, BOX, HEX, AN, ZONES, rnd, rfc_date, addr, fold, enc_words, text_leaf, file_leaf, Leaf, Multi,
                to_html, quote_gt, ics, crlf, is_ascii)  # noqa: E402
from ours import OURS, KIND  # noqa: E402
import specs_people  # noqa: E402
import specs_people2  # noqa: E402
import specs_es  # noqa: E402
import specs_auto  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20260415


def our(key):
    n, a, t, s, body, mid = OURS[key]
    return (n, a, t, s), body, mid


def human_body(s, p, me):
    new = s.get("body", "")
    sig = s.get("sig", p["sig"])
    q = s.get("qmode", "top" if s.get("reply") else "none")
    plain_new = new + ("\n\n" + sig if sig else "")
    quoted = attribution = None
    text = plain_new
    if s.get("reply") and q != "none":
        o, body, _ = our(s["reply"])
        if s.get("qcut"):
            body = body[:body.index(s["qcut"])].rstrip("\n") if s["qcut"] in body else body
        if q == "fwd":
            attribution = p["fwd"](o, me)
            quoted = body
            text = plain_new + "\n\n" + attribution + "\n\n" + body
        elif p["quote"] == "outlook":
            attribution = p["attr"](o, me)
            sep = "-----Original Message-----" if s["prog"] == "outlook_classic" else "_" * 32
            quoted = body
            text = plain_new + "\n\n" + sep + "\n" + attribution + "\n\n" + body
            attribution = sep + "\n" + attribution
        elif p["quote"] == "samsung":
            attribution = p["attr"](o, me)
            quoted = body
            text = plain_new + "\n\n" + attribution + "\n\n" + body
        else:
            attribution = p["attr"](o, me)
            quoted = body
            if q == "bottom":
                text = attribution + "\n" + quote_gt(body) + "\n\n" + plain_new
            else:
                text = plain_new + "\n\n" + attribution + "\n" + quote_gt(body)
    return new, sig, quoted, attribution, text, q


def build_body(s, p, r, me):
    cs = s.get("cs", p["cs"])
    fmt = s.get("fmt", p["fmt"])
    nb = [0]

    def bnd():
        nb[0] += 1
        base = s.get("boundary") or p.get("boundary")
        if not base:
            if s["prog"].startswith("gmail"):
                base = "000000000000" + rnd(r, 12, HEX)
            elif s["prog"] in ("yahoo", "aol", "yahoo_app"):
                base = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9),
                                                 1775000000000 + r.randint(0, 10 ** 9))
            elif s["prog"].startswith("outlook"):
                base = "_000_%s_" % rnd(r, 36, AN)
            elif s["prog"] == "applemail" or s["prog"].startswith("iphone"):
                base = "Apple-Mail=_%s" % progs.uuid(r)
            else:
                base = "=_%s" % rnd(r, 28, HEX)
            p["boundary"] = base
        return base if nb[0] == 1 else base[:-3] + rnd(r, 3, HEX)

    if s.get("auto"):
        text = crlf(s.get("body", "")).replace(NL, "\n")
        html = s.get("html")
        q = "none"
    else:
        new, sig, quoted, attribution, text, q = human_body(s, p, me)
        html = s.get("html") or to_html(new, quoted if q != "bottom" else quoted, attribution or "", p["html"], sig)
    if html:
        hcs = cs if cs.lower() not in ("us-ascii",) else "UTF-8"
        try:
            html.encode(hcs)
        except UnicodeEncodeError:
            hcs = "UTF-8"
        if cs.lower() == "us-ascii" and is_ascii(html):
            hcs = "us-ascii"
        html = html.replace("%CS%", hcs)

    def plain():
        c = cs
        if c.lower() == "us-ascii" and not is_ascii(text):
            c = "UTF-8"
        return text_leaf(text, "plain", c, s.get("cte", p["cte"]), s.get("flowed", p["flowed"]))

    def hleaf():
        return text_leaf(html, "html", hcs, s.get("html_cte", p["html_cte"]))

    if fmt == "plain":
        top = plain()
    elif fmt == "html":
        top = hleaf()
    elif fmt == "alt":
        top = Multi("alternative", [plain(), hleaf()], bnd())
    elif fmt == "cal":
        cal = ics(s["ics"], s["ics"]["uid"], s["_t"].strftime("%Y%m%dT%H%M%SZ"))
        top = Multi("alternative", [plain(), hleaf(), text_leaf(cal, "calendar", "utf-8", "7bit",
                                                                extra="; method=REQUEST")], bnd())
    elif fmt in ("dsn", "mdn"):
        d = s["report"]
        human = text_leaf(text, "plain", "us-ascii", "7bit")
        ctype = "message/delivery-status" if fmt == "dsn" else "message/disposition-notification"
        status = Leaf(["Content-Type: " + ctype], crlf(d["status"]).encode("ascii"))
        parts = [human, status]
        if d.get("headers"):
            parts.append(Leaf(["Content-Type: text/rfc822-headers"], crlf(d["headers"]).encode("ascii")))
        rt = "delivery-status" if fmt == "dsn" else "disposition-notification"
        top = Multi("report", parts, bnd(), params=" report-type=%s;" % rt)
    else:
        raise ValueError(fmt)
    if s.get("attach"):
        parts = [top] + [file_leaf(a[0], a[1], a[2] if isinstance(a[2], bytes) else crlf(a[2]).encode("utf-8"))
                         for a in s["attach"]]
        top = Multi("mixed", parts, bnd())
    return top


def machine_profile(s, r):
    dom = s["frm"][1].split("@")[1] if "@" in s["frm"][1] else "localhost"
    p = dict(fmt=s.get("fmt", "plain"), cs="UTF-8", cte=None, html_cte="quoted-printable", flowed=False,
             sig="", extra=[], mime="MIME-Version: 1.0", hop=None, quote="gt", html="div")
    p["msgid"] = s.get("msgid") or "<%s.%s@%s>" % (rnd(r, 14, HEX), rnd(r, 6, HEX), dom)
    return p


def make(s):
    r = random.Random(zlib.crc32(s["id"].encode()))
    name, frm = s["frm"]
    zone = s.get("zone", "central")
    loc = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M")
    t = loc - dt.timedelta(hours=ZONES[zone][0]) + dt.timedelta(seconds=r.randint(0, 59))
    s["_t"] = t
    if s.get("reply"):
        assert loc > OURS[s["reply"]][2], "%s answers mail not yet sent" % s["id"]
    if s["prog"] == "machine":
        p = machine_profile(s, r)
    else:
        p = progs.profile(s["prog"], r, frm, t, zone)
    box = BOX[s["box"]]
    me = frm
    top = build_body(s, p, random.Random(zlib.crc32((s["id"] + "/body").encode())), me)
    raw = top.bytes()
    cut = raw.index(b"\r\n\r\n")
    mime_heads, body = raw[:cut].decode("ascii").split(NL), raw[cut + 4:]

    hcs = s.get("hcs", "utf-8")
    f = [fold("From", addr(name, frm, hcs))]
    if s.get("reply") and s.get("qmode") != "fwd" and not s.get("to"):
        our_name = "PowerHouse Catalog" if s["box"] == "powerhousecatalog" else "Alliant Energy"
        tos = [(our_name, box)]
    else:
        tos = s.get("to") or [(None, box)]
    f.append(fold("To", ", ".join(addr(n, a, hcs) for n, a in tos)))
    if s.get("cc"):
        f.append(fold("Cc", ", ".join(addr(n, a, hcs) for n, a in s["cc"])))
    subj = s.get("subject")
    if subj is None and s.get("reply"):
        o = OURS[s["reply"]]
        if s.get("qmode") == "fwd":
            pre = "FW: " if s["prog"].startswith("outlook") else "Fwd: "
        else:
            pre = "RE: " if s["prog"].startswith("outlook") else "Re: "
        subj = pre + o[3]
    if subj is not None:
        f.append(fold("Subject", enc_words(subj, hcs)) if subj else "Subject: ")
    f.append("Date: " + rfc_date(t, s.get("hdr_zone", zone)))
    f.append("Message-ID: " + p["msgid"])
    if s.get("reply") and s.get("qmode") != "fwd" and not s.get("no_irt"):
        mid = OURS[s["reply"]][5]
        f += ["In-Reply-To: " + mid, "References: " + mid]
    for k, v in s.get("pre_hdr", []):
        f.append(fold(k, v))
    if s.get("reply_to"):
        f.append(fold("Reply-To", addr(s["reply_to"][0], s["reply_to"][1], hcs)))
    for k, v in p["extra"]:
        if v == "@SUBJ":
            base = subj or ""
            for pre in ("RE: ", "FW: ", "Re: ", "Fwd: "):
                if base.startswith(pre):
                    base = base[len(pre):]
            v = enc_words(base, hcs)
        f.append(fold(k, v) if v else k + ":")
    for k, v in s.get("hdr", []):
        f.append(fold(k, v) if v else k + ":")
    f.append(p["mime"])
    f += mime_heads

    env = s.get("envelope", frm)
    mx = r.choice(["mx1", "mx2"])
    if s.get("hop"):
        helo, ip = s["hop"]
        rdns = helo
        dkim_dom = s.get("dkim", frm.split("@")[1] if "@" in frm else None)
    elif p.get("hop"):
        helo, ip = p["hop"]
        rdns = helo
        dkim_dom = frm.split("@")[1]
    else:
        helo, ip, dkim_dom = progs.hop_for(frm.split("@")[1], r)
        rdns = helo
    if "dkim" in s:
        dkim_dom = s["dkim"]
    t_mx = t + dt.timedelta(seconds=r.randint(1, 40))
    t_mbx = t_mx + dt.timedelta(seconds=r.randint(0, 2))
    spf, dmarc = s.get("spf", "pass"), s.get("dmarc", "pass")
    envdom = env.split("@")[-1] if env else helo
    trace = [
        "Return-Path: <%s>" % env,
        "Delivered-To: " + box,
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [10.40.2.%d])" % (mx, mx, 21 if mx == "mx1" else 22),
        "\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s" % rnd(r, 10, "0123456789ABCDEF"),
        "\tfor <%s>; %s" % (box, rfc_date(t_mbx, "central", True)),
        "Received: from %s (%s [%s])" % (helo, rdns, ip),
        "\tby %s.alliant-energy.com (Postfix) with %s id %s" % (mx, s.get("smtp", "ESMTPS"), rnd(r, 12, AN)),
        "\tfor <%s>; %s" % (box, rfc_date(t_mx, "central", True)),
        "Authentication-Results: %s.alliant-energy.com;" % mx,
        "\t%s;" % ("dkim=pass header.d=%s" % dkim_dom if dkim_dom else "dkim=none"),
        "\tspf=%s smtp.mailfrom=%s;" % (spf, envdom),
        "\tdmarc=%s header.from=%s" % (dmarc, frm.split("@")[-1])]
    data = (NL.join(trace + f) + NL + NL).encode("ascii") + body
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, s["id"]
    return data


def row(s, fname):
    ack = s.get("ack", "from")
    if s.get("auto"):
        ack = None
    ack_to = {"from": s["frm"][1], "reply_to": (s.get("reply_to") or (None, None))[1], None: None}[ack]
    return {"file": fname, "mailbox": s["box"], "automated": bool(s.get("auto")),
            "labels": [] if s.get("auto") else [l for l in ("marketing_opt_out", "catalog_share_opt_out", "question")
                                                 if l in s.get("labels", [])],
            "unclear": bool(s.get("unclear")), "entities": {} if s.get("auto") else dict(s.get("ents", {})),
            "note": s["note"], "ack_to": ack_to}


def main():
    specs = specs_people.SPECS + specs_people2.SPECS + specs_es.SPECS + specs_auto.SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec id"
    random.Random(SEED).shuffle(specs)
    for f in os.listdir(ROOT):
        if f.endswith(".eml"):
            os.remove(os.path.join(ROOT, f))
    man, idx = [], []
    for i, s in enumerate(specs, 1):
        fname = "%04d.eml" % i
        with open(os.path.join(ROOT, fname), "wb") as fh:
            fh.write(make(s))
        man.append(json.dumps(row(s, fname), ensure_ascii=False))
        reply = s.get("reply", "")
        answers = ("%s:%s" % (KIND[reply], reply)) if reply else "-"
        idx.append("\t".join([fname, s["id"], s["cat"], answers, s.get("lang", "en"), s["prog"], s["date"][:10]]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(specs))


if __name__ == "__main__":
    main()
