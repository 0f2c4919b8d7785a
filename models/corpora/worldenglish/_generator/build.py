#!/usr/bin/env python3
"""Rebuild every byte of the worldenglish set: NNNN.eml, manifest.jsonl, index.tsv and README.md.

    python3 _generator/build.py

Standard library only; all randomness is seeded (lib.SEED), so two runs give identical bytes."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import R, our_chain, parse_dt, secs, CDT  # noqa: E402
from clients import PROGRAMS  # noqa: E402
from people import PEOPLE  # noqa: E402
from machines import build_machines  # noqa: E402
from outgoing import README_TABLE  # noqa: E402
from readme_text import BRIEF, JUDGEMENT, NOTES  # noqa: E402

LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_ORDER = ["name", "postal_code", "account"]


def serialize(headers, body):
    lines = []
    for k, v in headers:
        lines.append(f"{k}:" if v == "" else f"{k}: {v}")
    text = "\n".join(lines) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    assert "\r" not in text
    return text.replace("\n", "\r\n").encode("ascii", errors="strict") if all(ord(c) < 128 for c in text) \
        else text.replace("\n", "\r\n").encode("utf-8")


def render_person(m):
    rng = R("person:" + m["spec"])
    env_from, host, ip, auth, hdrs, body = PROGRAMS[m["prog"]](m, rng)
    sent = parse_dt(m["at"])
    arrive = secs(sent, rng.randint(3, 45))
    chain = our_chain(rng, m["mailbox"], env_from, arrive, host, ip, auth)
    return arrive, chain + hdrs, body


def render_machine(m):
    rng = R("machine:" + m["spec"])
    arrive = parse_dt(m["at"])
    host, ip = m["relay"]
    chain = our_chain(rng, m["mailbox"], m["env_from"], arrive, host, ip, m["auth"], tls=m.get("tls", True))
    return arrive, chain + m["headers"], m["body"]


def ordered_entities(ent):
    return {k: ent[k] for k in ENT_ORDER if k in ent}


def main():
    items = []
    for m in PEOPLE:
        arrive, headers, body = render_person(m)
        ack_to = m["ack"] if "ack" in m else (m.get("reply_to") or m["addr"])
        items.append(dict(spec=m["spec"], cat=m["cat"], lang=m["lang"], prog=m["prog"], mailbox=m["mailbox"],
                          automated=False, labels=m["labels"], unclear=m["unclear"], ent=m["ent"], note=m["note"],
                          ack_to=ack_to, arrive=arrive, headers=headers, body=body))
    for m in build_machines():
        arrive, headers, body = render_machine(m)
        ack_to = None if m["automated"] else m.get("ack", None)
        items.append(dict(spec=m["spec"], cat=m["cat"], lang=m["lang"], prog=m.get("prog", "system"),
                          mailbox=m["mailbox"], automated=m["automated"], labels=m["labels"], unclear=m["unclear"],
                          ent=m["ent"], note=m["note"], ack_to=ack_to, arrive=arrive, headers=headers, body=body))
    items.sort(key=lambda x: (x["arrive"].astimezone(CDT), x["spec"]))
    specs = [x["spec"] for x in items]
    assert len(specs) == len(set(specs)), "duplicate spec"

    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    manifest, index = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    fileof = {}
    for i, x in enumerate(items, 1):
        fn = f"{i:04d}.eml"
        fileof[x["spec"]] = fn
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(serialize(x["headers"], x["body"]))
        labels = [l for l in LABEL_ORDER if l in x["labels"]]
        assert labels == list(x["labels"]), (x["spec"], x["labels"])
        rec = collections.OrderedDict()
        rec["file"] = fn
        rec["mailbox"] = x["mailbox"]
        rec["automated"] = x["automated"]
        rec["labels"] = labels
        rec["unclear"] = x["unclear"]
        rec["entities"] = ordered_entities(x["ent"])
        rec["note"] = x["note"]
        rec["ack_to"] = x["ack_to"]
        manifest.append(json.dumps(rec, ensure_ascii=False))
        prog = x["prog"] if not x["automated"] else "system"
        if x["spec"].startswith("unsub-service"):
            prog = "service"
        index.append("\t".join([fn, x["spec"], x["cat"], x["lang"], prog, x["arrive"].astimezone(CDT).strftime("%Y-%m-%d")]))
        x["file"] = fn
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(manifest) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(index) + "\n")
    write_readme(items, fileof)
    print(f"wrote {len(items)} messages to {OUT}")


def counts_block(items):
    c = collections.Counter()
    for x in items:
        c["total"] += 1
        if x["automated"]:
            c["automated"] += 1
        else:
            c["human"] += 1
        if x["unclear"]:
            c["unclear"] += 1
        for l in x["labels"]:
            c["label:" + l] += 1
        if x["ack_to"]:
            c["ack_to set"] += 1
        else:
            c["ack_to null"] += 1
        if x["ent"]:
            c["with entities"] += 1
        for k in x["ent"]:
            c["entity:" + k] += 1
        c[f"mailbox={x['mailbox']}"] += 1
        if x["automated"]:
            combo = "(automated)"
        elif x["unclear"]:
            combo = "(unclear)"
        elif not x["labels"]:
            combo = "(no action)"
        else:
            combo = "+".join(x["labels"])
        c["combo:" + combo] += 1
    return c


def write_readme(items, fileof):
    c = counts_block(items)

    def F(spec):
        return fileof[spec]

    lines = []
    lines.append("# worldenglish: clear requests in many Englishes (and Spanish), August 2027\n")
    lines.append(f"{c['total']} raw messages (`0001.eml` .. `{c['total']:04d}.eml`) delivered to the two Alliant Energy "
                 "privacy mailboxes in August 2027, with `manifest.jsonl` (labels, schema of `../../../shared/corpus/README.md`), "
                 "`index.tsv` (the category each message was written for) and `_generator/` (`build.py` rebuilds every byte; "
                 "`verify.py` checks the set). Everything is invented; phone numbers are 555-01xx; people use real mailbox "
                 "providers, companies use fictional domains. Written independently of the classifier, from "
                 "`/work/shared/LABELS.md` only.\n")
    lines.append("> **Safety:** the `ack_to` addresses look real. Point any bot replaying this set at an SMTP sink.\n")
    lines.append("## The brief\n")
    lines.append(BRIEF.strip() + "\n")
    lines.append("## Our own outgoing mail (what shows up quoted, bounced or answered)\n")
    lines.append("| id | what | From | sent | details |\n|---|---|---|---|---|")
    for row in README_TABLE:
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    lines.append("The service messages carry `Reply-To: customercare@alliant-energy.com`, which is why replies to them "
                 "land in that mailbox. The acknowledgements quoted here are CC-2027-08-00071, -00098, -00142, -00233, "
                 "-00287, -00294, -00318, -00352, -00389, -00391 and -00468.\n")
    lines.append("## Counts\n")
    lines.append("<!-- counts -->")
    lines.append("| count | messages |\n|---|---|")
    for k in sorted(c):
        lines.append(f"| `{k}` | {c[k]} |")
    lines.append("<!-- /counts -->\n")
    cats = collections.Counter(x["cat"] for x in items)
    lines.append("By category (index.tsv):\n")
    lines.append("| category | messages |\n|---|---|")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |")
    lines.append("")
    langs = collections.Counter(x["lang"] for x in items)
    lines.append("By variety of English / language (as written for):\n")
    lines.append("| language | messages |\n|---|---|")
    for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |")
    lines.append("")
    sp = [x for x in items if x["lang"].startswith("es")]
    lines.append(f"## Spanish and Spanish/English messages ({len(sp)} of {c['total']})\n")
    lines.append("| file | language | category | labels |\n|---|---|---|---|")
    for x in sp:
        lab = ", ".join(x["labels"]) or ("automated" if x["automated"] else ("unclear" if x["unclear"] else "none"))
        lines.append(f"| {x['file']} | {x['lang']} | {x['cat']} | {lab} |")
    lines.append("")
    other = [x for x in items if not x["lang"].startswith("es") and (x["lang"].startswith("fr") or x["lang"].startswith("tl")
                                                                    or "Taglish" in x["lang"] or "/tl" in x["lang"])]
    lines.append("Other mixed-language messages (French/English, Tagalog/English): " +
                 ", ".join(f"{x['file']} ({x['lang']})" for x in other) + ".\n")
    lines.append("## Judgement calls\n")
    lines.append("Each hard message and the LABELS.md rule that decided it (file numbers refer to this set).\n")
    for spec_list, text in JUDGEMENT:
        files = ", ".join(F(s) for s in spec_list)
        lines.append(f"- **{files}**: {text}")
    lines.append("")
    lines.append("## Notes on the set\n")
    for t in NOTES:
        lines.append(f"- {t}")
    lines.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
