#!/usr/bin/env python3
"""Rebuild the replyall corpus byte-for-byte: python3 _generator/build.py  (stdlib only, fixed seed)."""
import json, os, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib
from lib import T, plus, postfix_date, qid, addr, central
from ours import ours, ack, staff, CC, PH
from clients import CLIENTS
from machines import MACHINES
from specs import SPECS

MBX = {"customercare": CC, "powerhousecatalog": PH}
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def resolve(s):
    s = dict(s)
    s["to_addr"] = MBX[s["mailbox"]]
    o = s.get("ours")
    if isinstance(o, tuple):
        kind = o[0]
        if kind == "ack":
            _, token, mbox, date, orig = o
            s["ours"] = ack(token, mbox, date, s.get("ours_to", s["frm"][1]), orig)
        elif kind == "staff":
            _, first, date, subject, mid = o
            s["ours"] = staff(s.get("ours_to", s["frm"][1]), first, date, subject, mid)
        else:
            date = o[1] if len(o) > 1 else None
            s["ours"] = ours(kind, s.get("ours_to", s["frm"][1]), date)
    o = s.get("ours")
    if "to_hdr" not in s:
        if o and s.get("mode", "reply") == "reply" and s["kind"] == "human":
            if o.get("reply_to"):
                s["to_hdr"] = "Alliant Energy Customer Care <%s>" % o["reply_to"]
            else:
                s["to_hdr"] = addr(o["name"], o["addr"])
        else:
            s["to_hdr"] = MBX[s["mailbox"]]
    return s


def trace(mailbox, p, t_client):
    mx = lib.R.choice(["mx1", "mx2"])
    t1 = plus(t_client, lib.R.randint(2, 40))
    t2 = plus(t1, lib.R.randint(0, 2))
    auth = p["auth"].replace("mx1.alliant-energy.com", mx + ".alliant-energy.com")
    ip_int = "10.20.0.%d" % (11 if mx == "mx1" else 12)
    box = MBX[mailbox]
    lines = ["Return-Path: <%s>" % p["env"],
             "Delivered-To: %s" % box,
             "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                 mx, mx, ip_int, qid(), box, postfix_date(t2)),
             "Authentication-Results: %s.alliant-energy.com;\n\t%s" % (mx, auth),
             "Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                 p["helo"], p["helo"], p["ip"], mx, qid(), box, postfix_date(t1))]
    return lines


def render(s):
    if s["kind"] == "human":
        p, ch, body, mid = CLIENTS[s["client"]](s)
    else:
        p, ch, body, mid = MACHINES[s["kind"]](s)
    head = trace(s["mailbox"], p, s["date"]) + p["headers"] + ch
    text = "\n".join(head) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def write_readme(specs, manifest):
    import collections
    recs = [json.loads(l) for l in manifest]
    by = {r["file"]: (r, s) for r, s in zip(recs, specs)}
    def table(head, rows):
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
        return "\n".join(out)
    combo = collections.Counter()
    for r in recs:
        if r["automated"]:
            combo["(none) - automated"] += 1
        elif r["unclear"]:
            combo[("unclear + " + " + ".join(r["labels"])) if r["labels"] else "(none) - unclear"] += 1
        elif not r["labels"]:
            combo["(none) - human, nothing to do"] += 1
        else:
            combo[" + ".join(r["labels"])] += 1
    lab = collections.Counter(l for r in recs for l in r["labels"])
    parts = []
    parts.append(table(["label", "messages carrying it"], [[l, lab[l]] for l in LABEL_ORDER] +
                       [["automated: true", sum(r["automated"] for r in recs)], ["unclear: true", sum(r["unclear"] for r in recs)],
                        ["**total messages**", len(recs)]]))
    parts.append(table(["exact combination", "messages"], sorted(combo.items(), key=lambda kv: (-kv[1], kv[0]))))
    mb = collections.Counter((r["mailbox"], r["automated"]) for r in recs)
    parts.append(table(["mailbox", "messages", "of which automated"],
                       [[m, mb[(m, False)] + mb[(m, True)], mb[(m, True)]] for m in ("customercare", "powerhousecatalog")]))
    lang = collections.Counter(s.get("lang", "en") for s in specs)
    les = [r for r, s in zip(recs, specs) if s.get("lang") == "es"]
    parts.append(table(["language", "messages", "of which automated"],
                       [["English", lang["en"], sum(r["automated"] for r, s in zip(recs, specs) if s.get("lang", "en") == "en")],
                        ["Spanish", lang["es"], sum(r["automated"] for r in les)]]))
    cat = collections.Counter(s["cat"] for s in specs)
    parts.append(table(["category (index.tsv)", "messages"], sorted(cat.items())))
    ack_rt = sum(1 for r, s in zip(recs, specs) if r["ack_to"] and s.get("reply_to") and r["ack_to"] in s["reply_to"])
    ents = collections.Counter(k for r in recs for k in r["entities"])
    parts.append(table(["other", "count"], [["messages with any entity", sum(bool(r["entities"]) for r in recs)],
                                            ["entity name", ents["name"]], ["entity postal_code", ents["postal_code"]],
                                            ["entity account", ents["account"]],
                                            ["ack_to set", sum(r["ack_to"] is not None for r in recs)],
                                            ["ack_to from Reply-To", ack_rt],
                                            ["ack_to null on human mail", sum(r["ack_to"] is None and not r["automated"] for r in recs)],
                                            ["replies to / forwards of our mail (human)", sum(1 for r, s in zip(recs, specs) if not r["automated"] and s.get("ours"))],
                                            ["fresh human mail, unsubscribe buttons and web form", sum(1 for r, s in zip(recs, specs) if not r["automated"] and not s.get("ours"))]]))
    tpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    txt = tpl.replace("{{TOTAL}}", str(len(recs))).replace("{{COUNTS}}", "\n\n".join(parts))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


def main():
    specs = sorted(SPECS, key=lambda s: (s["date"].timestamp(), s["id"]))
    manifest, index = [], []
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i, s in enumerate(specs, 1):
        fn = "%04d.eml" % i
        s = resolve(s)
        data = render(s)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        m = s["m"]
        ack_to = m["ack_to"]
        if ack_to == "from":
            ack_to = s["frm"][1]
        elif ack_to == "reply_to":
            ack_to = s["reply_to"].split("<")[-1].rstrip(">") if "<" in s["reply_to"] else s["reply_to"]
        rec = {"file": fn, "mailbox": s["mailbox"], "automated": m["automated"],
               "labels": [l for l in LABEL_ORDER if l in m["labels"]], "unclear": m["unclear"],
               "entities": m["entities"], "note": m["note"], "ack_to": ack_to}
        manifest.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
        index.append("%s\t%s" % (fn, s["cat"]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(manifest) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(index) + "\n")
    write_readme(specs, manifest)
    print("wrote %d messages" % len(specs))


if __name__ == "__main__":
    main()
