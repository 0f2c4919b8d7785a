#!/usr/bin/env python3
"""Build the hometalk corpus: NNNN.eml, manifest.jsonl, index.tsv, README.md.

Standard library only; every message gets its own Random seeded from its spec name, so the
output is byte-identical on every run.
"""
import collections
import sys as _sys
_sys.dont_write_bytecode = True
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import clients  # noqa: E402
import machines  # noqa: E402
import people_household  # noqa: E402
import people_single  # noqa: E402
from mimekit import parse_local  # noqa: E402

SEED = 20241117
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]

PROGRAM_NAMES = {
    "gmail_web": "Gmail (web)", "gmail_android": "Gmail (Android)", "gmail_ios": "Gmail (iOS)",
    "apple_mail": "Apple Mail (macOS)", "iphone": "iPhone Mail", "outlook_desktop": "Outlook desktop (Microsoft 365)",
    "owa": "Outlook on the web", "outlook_mobile": "Outlook for Android", "outlook_ios": "Outlook for iOS",
    "yahoo_web": "Yahoo Mail (web)", "yahoo_android": "Yahoo Mail (Android)", "yahoo_ios": "Yahoo Mail (iOS)",
    "aol_web": "AOL Mail (web)", "thunderbird": "Thunderbird", "ox": "Xfinity Connect (Open-Xchange)",
    "zimbra": "Zimbra web client", "proton": "Proton Mail", "samsung": "Samsung Email",
    "webform": "Alliant Contact Us form relay", "roundcube": "Roundcube webmail", "service": "unsubscribe service",
}


def seed_for(name):
    return SEED ^ zlib.crc32(name.encode("utf-8"))


def addr_of(hdr):
    m = re.search(r"<([^>]+)>", hdr)
    return m.group(1) if m else hdr.strip()


def collect():
    items = []
    for s in people_household.SPECS + people_single.SPECS:
        items.append(("human", s))
    for m in machines.MACHINES:
        items.append(("machine", m))
    names = [i[1]["spec"] for i in items]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    assert not dup, dup
    items.sort(key=lambda it: (parse_local(it[1]["date"]), it[1]["spec"]))
    return items


def build():
    items = collect()
    for f in os.listdir(ROOT):
        if re.fullmatch(r"\d{4}\.eml", f):
            os.remove(os.path.join(ROOT, f))
    manifest, index = [], []
    for n, (kind, s) in enumerate(items, 1):
        fname = "%04d.eml" % n
        rng = random.Random(seed_for(s["spec"]))
        if kind == "human":
            spec = dict(s)
            raw = clients.render(spec, rng)
            frm_addr = spec["frm"][1]
            if s["ack"] == "from":
                ack = frm_addr
            elif s["ack"] == "reply_to":
                ack = addr_of(s["reply_to"])
            elif s["ack"] is None:
                ack = None
            else:
                ack = s["ack"]
            labels = [l for l in ORDER if l in s["labels"]]
            rec = collections.OrderedDict([
                ("file", fname), ("mailbox", s["mailbox"]), ("automated", False), ("labels", labels),
                ("unclear", bool(s["unclear"])), ("entities", {k: s["ent"][k] for k in ("name", "postal_code",
                                                                                          "account")
                                                               if k in s["ent"]}),
                ("note", s["note"]), ("ack_to", ack)])
            program = PROGRAM_NAMES[s["cli"]]
            lang = s.get("lang", "en")
        else:
            t = parse_local(s["date"])
            raw = s["fn"](rng, t, s["mailbox"])
            rec = collections.OrderedDict([
                ("file", fname), ("mailbox", s["mailbox"]), ("automated", True), ("labels", []),
                ("unclear", False), ("entities", {}), ("note", s["note"]), ("ack_to", None)])
            program = s["program"]
            lang = s.get("lang", "en")
        if not raw.endswith("\n"):
            raw += "\n"
        assert "\r" not in raw, fname
        data = raw.replace("\n", "\r\n").encode("utf-8") if _is_utf8_ok(raw) else None
        data = _encode(raw)
        with open(os.path.join(ROOT, fname), "wb") as fh:
            fh.write(data)
        manifest.append(rec)
        index.append((fname, s["spec"], s["cat"], lang, program, s["date"]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in manifest:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tspec\tcategory\tlanguage\tprogram\tdate\n")
        for row in index:
            fh.write("\t".join(row) + "\n")
    write_readme(manifest, index, items)
    print("built %d messages" % len(manifest))


def _is_utf8_ok(raw):
    return True


def _encode(raw):
    """Bodies are already transfer-encoded (7bit/QP/base64) except declared 8bit parts; those are UTF-8."""
    return raw.replace("\n", "\r\n").encode("utf-8")


def write_readme(manifest, index, items):
    tmpl = open(os.path.join(HERE, "readme_template.md"), encoding="utf-8").read()
    c = collections.Counter()
    combos = collections.Counter()
    for rec in manifest:
        c["total"] += 1
        c["mailbox:" + rec["mailbox"]] += 1
        if rec["automated"]:
            c["automated"] += 1
            c["automated:" + rec["mailbox"]] += 1
            combos["(automated)"] += 1
            continue
        c["human"] += 1
        for l in rec["labels"]:
            c["label:" + l] += 1
        if rec["unclear"]:
            c["unclear"] += 1
        if rec["ack_to"] is None:
            c["human ack null"] += 1
        if rec["entities"]:
            c["with entities"] += 1
        key = "+".join(rec["labels"]) or ("(none, unclear)" if rec["unclear"] else "(none, no action)")
        if rec["unclear"] and rec["labels"]:
            key += " (unclear)"
        combos[key] += 1
    langs = collections.Counter(r[3] for r in index)
    cats = collections.Counter(r[2] for r in index)
    people = sum(1 for k, _ in items if k == "human")
    rows = [
        ("messages", c["total"]), ("written by people (automated = false)", people),
        ("machines (automated = true)", c["automated"]),
        ("customercare", "%d (automated %d)" % (c["mailbox:customercare"], c["automated:customercare"])),
        ("powerhousecatalog", "%d (automated %d)" % (c["mailbox:powerhousecatalog"],
                                                     c["automated:powerhousecatalog"])),
        ("label marketing_opt_out", c["label:marketing_opt_out"]),
        ("label catalog_share_opt_out", c["label:catalog_share_opt_out"]),
        ("label question", c["label:question"]),
        ("unclear", c["unclear"]),
        ("human messages with any entity", c["with entities"]),
        ("ack_to null (all)", c["automated"] + c["human ack null"]),
        ("ack_to null (human)", c["human ack null"]),
        ("language en / es / mixed", "%d / %d / %d" % (langs["en"], langs["es"], langs["mixed"])),
    ]
    t1 = "| count | n |\n|---|---|\n" + "\n".join("| %s | %s |" % r for r in rows)
    t2 = "| labels | messages |\n|---|---|\n" + "\n".join("| %s | %d |" % (k, v) for k, v in
                                                          sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])))
    t3 = "| category | messages |\n|---|---|\n" + "\n".join("| %s | %d |" % (k, v) for k, v in
                                                            sorted(cats.items()))
    out = tmpl.replace("{{COUNTS}}", t1).replace("{{COMBOS}}", t2).replace("{{CATEGORIES}}", t3)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out)


if __name__ == "__main__":
    build()
