#!/usr/bin/env python3
"""Rebuild the 'buried' corpus byte for byte.

    python3 _generator/build.py [OUTDIR]

Writes NNNN.eml, manifest.jsonl, index.tsv and README.md into OUTDIR (default: the folder above this one).
Every random choice comes from random.Random seeded with SEED and the message key, so the output never changes.
"""
import collections, datetime as dt, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib, ours, programs  # noqa: E402
import msgs_a, msgs_b, msgs_c, msgs_auto  # noqa: E402
import readme  # noqa: E402

SEED = "buried-2026-12-04"
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def msg_rng(key):
    return random.Random("%s:%s" % (SEED, key))


def quoted_source(q, rng, spec):
    src = q["src"]
    if src in ours.CAMPAIGNS:
        c = ours.CAMPAIGNS[src]
        tok = None
        subj = c["subject"]
        if c["token"]:
            tok = q.get("token") or "%05d" % rng.randint(10000, 99999)
            subj = subj.replace("%s", tok)
        return dict(frm=c["frm"], sent=c["sent"], subject=subj, text=c["text"],
                    msgid=ours.campaign_msgid(src, (c["token"] + "-" + tok) if tok else None))
    if src == "ack":
        ref = q["ref"]
        return dict(frm=ours.ACKFROM, sent=q["sent"], subject="We received your request [%s]" % ref,
                    text=ours.ACK_TEXT.format(ref=ref), msgid=ours.ack_msgid(ref))
    if src == "bill":
        b = ours.BILL
        return dict(frm=b["frm"], sent=q["sent"], subject=b["subject"], text=b["text"].format(**q["fill"]),
                    msgid="<bill.%s.%s@alliantenergy.com>" % (q["sent"].strftime("%Y%m%d"), lib.rs(rng, lib.HEX, 12)))
    if src == "outage":
        o = ours.OUTAGE
        return dict(frm=o["frm"], sent=o["sent"], subject=o["subject"], text=o["text"],
                    msgid="<outage.20250109.%s@alliant-energy.com>" % lib.rs(rng, lib.HEX, 10))
    if src == "other":
        return dict(frm=q["frm"], sent=q["sent"], subject=q["subject"], text=q["text"],
                    msgid=q.get("msgid") or "<%s@%s>" % (lib.rs(rng, lib.HEX, 24), q["frm"][1].split("@")[1]))
    raise ValueError(src)


def resolve(s):
    rng = msg_rng(s["k"])
    box = {"cc": "customercare", "ph": "powerhousecatalog"}[s["box"]]
    mbaddr = lib.MAILBOX_ADDR[box]
    zname = s.get("z", "central")
    spec = dict(s)
    spec["mailbox"] = box
    spec["rcpt"] = mbaddr
    spec["t"] = lib.local_to_utc(s["d"], zname)
    spec["local"] = lib.ZONES[zname]
    spec["rng"] = rng
    spec.setdefault("rt", None)
    spec["reply_to"] = s.get("rt")
    spec["mfrom"] = s.get("mfrom", s["frm"][1] if "frm" in s else None)
    spec["cc"] = s.get("cc", [])
    spec["hdr_charset"] = s.get("hdr_charset", "utf-8")
    spec["hdr_enc"] = s.get("hdr_enc", "B")
    q = s.get("q")
    if q:
        qs = quoted_source(q, rng, s)
        spec["qsrc"] = qs
        spec["quote_kind"] = q.get("kind", "reply")
        if "subj" not in s:
            pre = {"reply": "Re: ", "forward": "Fwd: "}[spec["quote_kind"]]
            if s["prog"] in ("outlook_com", "outlook_desktop"):
                pre = pre.upper().replace("FWD", "FW")
            spec["subj"] = pre + qs["subject"]
        if spec["quote_kind"] == "reply":
            spec.setdefault("in_reply_to", qs["msgid"])
            spec.setdefault("references", q.get("refs", []) + [qs["msgid"]])
    spec["subject"] = spec.get("subj")
    if "to" not in s:
        if q and spec.get("quote_kind") == "reply" and q["src"] not in ("other",):
            nm = qs["frm"][0] if qs["frm"][1] == mbaddr else None
            spec["to"] = [(nm, mbaddr)]
        else:
            spec["to"] = [(None, mbaddr)]
    return spec


def manifest_row(spec, fname):
    if spec.get("automated"):
        return collections.OrderedDict([("file", fname), ("mailbox", spec["mailbox"]), ("automated", True),
                                        ("labels", []), ("unclear", False), ("entities", {}),
                                        ("note", spec["note"]), ("ack_to", None)])
    labels = [l for l in LABEL_ORDER if l in spec["labels"]]
    assert len(labels) == len(spec["labels"]), spec["k"]
    ent = collections.OrderedDict()
    for k in ("name", "postal_code", "account"):
        if k in spec.get("ent", {}):
            ent[k] = spec["ent"][k]
    ack = spec.get("ack", "auto")
    if ack == "auto":
        ack = (spec["reply_to"] or spec["frm"])[1]
    return collections.OrderedDict([("file", fname), ("mailbox", spec["mailbox"]), ("automated", False),
                                    ("labels", labels), ("unclear", bool(spec.get("unclear"))), ("entities", ent),
                                    ("note", spec["note"]), ("ack_to", ack)])


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(out, exist_ok=True)
    specs = [resolve(s) for s in msgs_a.M + msgs_b.M + msgs_c.M + msgs_auto.M]
    keys = [s["k"] for s in specs]
    dup = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not dup, dup
    specs.sort(key=lambda s: (s["t"], s["k"]))
    for old in os.listdir(out):
        if old.endswith(".eml"):
            os.remove(os.path.join(out, old))
    rows, index = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, spec in enumerate(specs, 1):
        fname = "%04d.eml" % i
        if spec.get("render"):
            raw = spec["render"](spec, spec["rng"])
        else:
            raw = programs.RENDERERS[spec["prog"]](spec, spec["rng"])
        with open(os.path.join(out, fname), "wb") as f:
            f.write(raw)
        rows.append(manifest_row(spec, fname))
        prog = spec.get("progname") or programs.PROGRAM_NAMES.get(spec["prog"], spec["prog"])
        m = re.search(rb"\r\nDate: ([^\r]+)\r\n", raw.split(b"\r\n\r\n", 1)[0] + b"\r\n")
        date = m.group(1).decode() if m else lib.rfc(spec["local"](spec["t"]))
        index.append("\t".join([fname, spec["k"], spec["cat"], spec.get("lang", "en"), prog, date]))
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(index) + "\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(rows, specs))
    print("wrote %d messages to %s" % (len(specs), out))


if __name__ == "__main__":
    main()
