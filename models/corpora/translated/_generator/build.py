#!/usr/bin/env python3
"""Rebuild the 'translated' set byte for byte: NNNN.eml, manifest.jsonl, index.tsv, README.md.

Python 3 standard library only. Every random value comes from random.Random seeded with SEED and the message's spec id,
so the output does not depend on dictionary order, hash seeds or the clock.

    python3 _generator/build.py
"""
import collections
import datetime as D
import json
import pathlib
import random
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import automated  # noqa: E402
import specs_human  # noqa: E402
from mime import central_to_utc, message, rfcdate  # noqa: E402
from ours import OURS  # noqa: E402
from programs import PROGRAMS, PROVIDER_OF  # noqa: E402
from providers import provider  # noqa: E402

SEED = 20241204
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def parse_local(s):
    return D.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def email_of(v):
    m = re.search(r"<([^>]+)>", v or "")
    return m.group(1) if m else (v or "").strip()


def build_human(s, rng):
    local = parse_local(s["when"])
    t_arr = central_to_utc(local)
    t_send = t_arr - D.timedelta(seconds=rng.randint(3, 40))
    c = dict(text=s["text"], subject=s["subject"], quote=s["quote"], t=t_send, to=s["to"], reply_to=s.get("reply_to"))
    c["from"] = s["frm"]
    for k in ("tz", "rtl", "charset", "content_language", "auto_submitted", "xmailer", "cc"):
        if s.get(k) is not None:
            c[k] = s[k]
    if s["quote"] and s["quote"]["kind"] == "reply":
        c["irt"] = s["quote"]["ref"]["msgid"]
        c["refs"] = s["quote"]["ref"]["msgid"]
    fn, _label = PROGRAMS[s["prog"]]
    hdrs, body, _mid = fn(c, rng)
    dom = s["frm"][1].split("@")[1]
    kind = s.get("provider") or PROVIDER_OF[dom]
    mailbox_addr = "%s@alliant-energy.com" % s["box"]
    th, ph = provider(rng, kind, t_utc=t_arr, rcpt=mailbox_addr, mailfrom=s["frm"][1], from_domain=dom, mailbox=s["box"],
                      api=bool(s.get("api")))
    return message(th + ph + hdrs, body)


def check_spec(s):
    assert s["labels"] == [l for l in LABEL_ORDER if l in s["labels"]], s["id"]
    if s["unclear"]:
        assert set(s["labels"]) <= {"question"}, s["id"]
    assert set(s["ents"]) <= {"name", "postal_code", "account"}, s["id"]
    for k, v in s["ents"].items():
        assert v in s["text"], (s["id"], k, v)
    if s["ack"] == "reply":
        assert s.get("reply_to"), s["id"]


def main():
    items = []
    for s in specs_human.H:
        check_spec(s)
        items.append(("human", s))
    for a in automated.A:
        items.append(("auto", a))
    ids = [x[1]["id"] for x in items]
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    assert not dup, dup
    items.sort(key=lambda x: (parse_local(x[1]["when"]), x[1]["id"]))

    for p in OUT.glob("*.eml"):
        p.unlink()
    manifest, index = [], []
    for n, (kind, s) in enumerate(items, 1):
        fname = "%04d.eml" % n
        rng = random.Random("%d:%s" % (SEED, s["id"]))
        local = parse_local(s["when"])
        t_arr = central_to_utc(local)
        if kind == "human":
            raw = build_human(s, rng)
            if s["ack"] == "from":
                ack = s["frm"][1]
            elif s["ack"] == "reply":
                ack = email_of(s["reply_to"])
            else:
                ack = None
            rec = collections.OrderedDict([
                ("file", fname), ("mailbox", s["box"]), ("automated", False), ("labels", s["labels"]),
                ("unclear", s["unclear"]), ("entities", s["ents"]), ("note", s["note"]), ("ack_to", ack)])
            program = PROGRAMS[s["prog"]][1]
            cat, lang = s["cat"], s["lang"]
        else:
            raw = s["build"](rng, t_arr)
            rec = collections.OrderedDict([
                ("file", fname), ("mailbox", s["box"]), ("automated", True), ("labels", []), ("unclear", False),
                ("entities", {}), ("note", s["note"]), ("ack_to", None)])
            program, cat, lang = s["program"], s["cat"], s["lang"]
        (OUT / fname).write_bytes(raw)
        manifest.append(rec)
        index.append((fname, s["id"], cat, lang, program, rfcdate(t_arr, "central")))

    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in manifest:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tlanguage\tprogram\tdate\n")
        for row in index:
            f.write("\t".join(row) + "\n")
    import make_readme
    (OUT / "README.md").write_text(make_readme.render(manifest, index), encoding="utf-8", newline="\n")
    print("wrote %d messages to %s" % (len(manifest), OUT))


if __name__ == "__main__":
    main()
