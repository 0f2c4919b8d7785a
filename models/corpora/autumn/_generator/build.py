"""Rebuild the autumn set byte for byte: python3 _generator/build.py"""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit  # noqa: E402
from kit import (BOX, CLIENTS, HEX, HEXU, Leaf, Multi, addr, crlf, ew, fold, parse_date, quote_block, rfc_date,  # noqa: E402
                 rnd, rng, text_leaf, to_html, trace, auth_for, mailer_headers, flow, unwrap, hardwrap)
from ours import OURS  # noqa: E402
import specs_optouts, specs_questions, specs_unclear, specs_auto  # noqa: E402,E401

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]

IPS = {"gmail": "209.85.%d.%d", "gmail_android": "209.85.%d.%d", "o365": "40.107.%d.%d", "outlookcom": "52.103.%d.%d",
       "yahoo": "66.163.%d.%d", "aol": "74.6.%d.%d", "ox": "68.87.%d.%d"}


def boundary(client, r):
    if client.startswith("gmail"):
        return "000000000000" + rnd(r, 12, HEX)
    if client in ("o365", "outlookcom"):
        return "_000_" + rnd(r, 30, HEXU) + "_"
    if client == "applemail":
        return "Apple-Mail=_" + "-".join(rnd(r, n, HEXU) for n in (8, 4, 4, 4, 12))
    if client in ("yahoo", "aol"):
        return "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), 1757000000000 + r.randint(0, 10 ** 10))
    if client == "ox":
        return "----=_Part_%d_%d.%d" % (r.randint(100, 999), r.randint(10 ** 8, 10 ** 9), 1757000000000 + r.randint(0, 10 ** 10))
    return "=_" + rnd(r, 28, HEX)


def re_prefix(client, lang, fwd):
    if fwd:
        return "FW: " if client in ("o365", "outlookcom", "outlookpc") else "Fwd: "
    if client in ("o365", "outlookcom", "outlookpc"):
        return "RE: "
    return "Re: "


def human(s):
    r = rng(s["id"])
    p = CLIENTS[s["client"]]
    rcpt = BOX[s["box"]]
    tz = s.get("tz", "-0500")
    d = parse_date(s["date"], tz)
    name, fa = s["frm"]
    dom = fa.split("@")[1]
    lang = s.get("lang", "en")
    text = s.get("body", "")
    if p.get("unwrap") and not s.get("keep_wrap"):
        text = unwrap(text)
    if s["client"] == "roundcube":
        text = hardwrap(text, 74)
    quoted_html = None
    subj = s.get("subj")
    o = OURS.get(s.get("quote")) if s.get("quote") else None
    irt = None
    if o:
        fwd = s.get("fwd", False)
        style = p["quote"]
        if fwd:
            style = "fwd_apple" if s["client"] in ("iphone", "applemail") else "fwd_gmail"
        head, pref = quote_block(style, o, s.get("qlang", lang), to=fa)
        ob = o["body"]
        if p.get("unwrap"):
            ob = unwrap(ob)
        ob = ob.replace("  \n", "\n")
        if s.get("qtrim"):
            ob = ob.split("\n\n")[0]
        if pref:
            qb = "\n".join(("> " + l) if l else ">" for l in ob.split("\n"))
            if style == "iphone":
                text = text.rstrip("\n") + "\n\n> " + head + "\n>\n" + qb + "\n"
            else:
                text = text.rstrip("\n") + "\n\n" + head + "\n" + qb + "\n"
        else:
            text = text.rstrip("\n") + "\n\n" + head + "\n\n" + ob + "\n"
        quoted_html = (head, ob)
        if subj is None:
            subj = re_prefix(s["client"], lang, fwd) + o["subj"]
        if not fwd:
            irt = o["mid"]
    if s.get("tail"):
        text = text.rstrip("\n") + "\n\n" + s["tail"] + "\n"
    if p.get("flowed"):
        text = flow(text)
    if not text.endswith("\n"):
        text += "\n"
    cs = s.get("cs", p["cs"])
    cte = s.get("cte", p["cte"])
    flav = None if s.get("plain") else p["html"]
    if s.get("html_only") or (p.get("html_only") and flav):
        new_only = text if not quoted_html else text.split("\n\n" + quoted_html[0])[0]
        h = to_html(flav, new_only.rstrip("\n"), *(quoted_html or (None, None)))
        body_part = Leaf("text/html", h, "UTF-8", "base64" if cte == "base64" else "quoted-printable")
    elif flav:
        new_only = text if not quoted_html else text.split("\n\n" + quoted_html[0])[0]
        h = to_html(flav, new_only.rstrip("\n"), *(quoted_html or (None, None)))
        hcs = "utf-8" if flav == "outlook" else cs
        plain = text_leaf(text, cs, cte)
        hleaf = text_leaf(h, hcs if hcs != "us-ascii" else "utf-8", "quoted-printable", sub="html")
        body_part = Multi("alternative", [plain, hleaf], boundary(s["client"], r))
    else:
        body_part = text_leaf(text, cs, cte, flowed=p.get("flowed", False), bare=s["client"] == "iphone")
    if s.get("attach"):
        fn, ctype, data = s["attach"]
        att = Leaf(ctype, data, None, "base64", '; name="%s"' % fn, 'attachment; filename="%s"' % fn)
        body_part = Multi("mixed", [body_part, att], boundary(s["client"], r) + "m")
    ch, cb = body_part.render()
    mid = s.get("mid") or p["mid"](r, dom)
    if s["client"] in CLIENTS and p["mx"].count("%d"):
        host = p["mx"] % r.randint(170, 199)
    elif "%s" in p["mx"]:
        host = p["mx"] % (dom if not p["mx"].startswith("mail-%s") else rnd(r, 3, "bcdmn") + "%02d" % r.randint(1, 60) + "-obe")
    else:
        host = p["mx"]
    ip = IPS.get(s["client"], "%d.%d.%%d.%%d" % (r.randint(24, 199), r.randint(1, 254))) % (r.randint(1, 254), r.randint(1, 254))
    recv = d + dt.timedelta(seconds=r.randint(2, 40))
    auth = s.get("auth") or auth_for(dom, True, s.get("dkim"))
    hs = trace(s, r, rcpt, recv.astimezone(kit.TZ["-0500"]), s.get("mfrom", fa), host, ip, auth)
    subj_h = fold("Subject", ew(subj or "", "utf-8")) if subj is not None else "Subject: "
    to_h = "To: " + (s.get("to") or (rcpt if s.get("bare_to", s["client"] not in ("o365", "outlookcom", "applemail"))
                                     else '"%s" <%s>' % ("PowerHouse Catalog" if s["box"] == "ph" else "Customer Care", rcpt)))
    from_h = "From: " + addr(name, fa)
    extra = list(s.get("headers", []))
    if s.get("reply_to"):
        rt = s["reply_to"]
        extra.insert(0, "Reply-To: " + (addr(*rt) if isinstance(rt, tuple) else rt))
    if s.get("cc"):
        extra.insert(0, "Cc: " + s["cc"])
    refs = []
    if irt:
        refs = ["In-Reply-To: " + irt, "References: " + irt]
    mh = [x.replace("{topic}", ew(o["subj"] if o else (subj or ""))) for x in mailer_headers(s["client"], r)]
    if s["client"].startswith("gmail"):
        hs += ["MIME-Version: 1.0"] + refs + [from_h, "Date: " + rfc_date(d, False), "Message-ID: " + mid, subj_h, to_h] + extra + ch
    elif s["client"] in ("o365", "outlookcom"):
        hs += [from_h, to_h] + extra + [subj_h] + mh[:2] + ["Date: " + rfc_date(d, False), "Message-ID: " + mid] + refs + mh[2:] + ch + ["MIME-Version: 1.0"]
    else:
        hs += [from_h, subj_h, "Date: " + rfc_date(d, False), to_h] + extra + ["Message-ID: " + mid] + refs + mh + ["MIME-Version: 1.0"] + ch
    return "\n".join(hs) + "\n\n" + cb.rstrip("\n") + "\n", subj


def row(s, i):
    auto = s.get("auto", False)
    ack = s.get("ack", "from")
    if auto:
        ack = None
    elif ack == "from":
        ack = s["frm"][1]
    elif ack == "reply_to":
        rt = s["reply_to"]
        ack = rt[1] if isinstance(rt, tuple) else rt
    labels = s.get("labels", [])
    assert labels == [l for l in LABELS if l in labels], s["id"]
    return {"file": "%04d.eml" % i, "mailbox": {"cc": "customercare", "ph": "powerhousecatalog"}[s["box"]],
            "automated": auto, "labels": labels, "unclear": s.get("unclear", False), "entities": s.get("ents", {}),
            "note": s["note"], "ack_to": ack}


def main():
    specs = specs_optouts.SPECS + specs_questions.SPECS + specs_unclear.SPECS + specs_auto.SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    order = sorted(specs, key=lambda s: (s["date"], s["id"]))
    random.Random(2026).shuffle(order)
    order.sort(key=lambda s: s["date"])
    for f in os.listdir(ROOT):
        if f.endswith(".eml"):
            os.remove(os.path.join(ROOT, f))
    man, idx = [], []
    for i, s in enumerate(order, 1):
        if s.get("builder"):
            raw = s["builder"](s)
        else:
            raw, _ = human(s)
        with open(os.path.join(ROOT, "%04d.eml" % i), "wb") as fh:
            fh.write(crlf(raw))
        man.append(json.dumps(row(s, i), ensure_ascii=False))
        cat = ("auto:" if s.get("auto") else "human:") + s["id"]
        idx.append("\t".join(["%04d.eml" % i, cat, s.get("lang", "en"), s.get("prog") or CLIENTS.get(s.get("client"), {}).get("label", s.get("client", "")), s["date"][:10]]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote", len(order))


if __name__ == "__main__":
    main()
