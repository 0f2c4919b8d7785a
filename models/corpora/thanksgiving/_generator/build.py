#!/usr/bin/env python3
"""Build the 'thanksgiving' set: two weeks of both privacy mailboxes, 16-29 November 2026.

Standard library only, fixed seed: running it again rewrites every byte identically.
    python3 _generator/build.py
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
from lib import D, MB, MBNAME, assemble, deliver, fdate, our, render_person  # noqa: E402
import machines  # noqa: E402
import readme  # noqa: E402
import specs  # noqa: E402



# --------------------------------------------------------------------------- build
def main():
    items = []
    for sp in specs.SPECS:
        sp = dict(sp)
        sp["dt"] = D(sp["when"])
        items.append(sp)
    items.sort(key=lambda s: s["dt"])
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    manifest, index = [], []
    for n, sp in enumerate(items, 1):
        fname = "%04d.eml" % n
        if sp.get("machine"):
            env_from, src, auth, inner, body, meta = getattr(machines, sp["machine"])(sp)
            automated = True
        elif sp.get("builder"):
            env_from, src, auth, inner, body, meta = getattr(machines, sp["builder"])(sp)
            automated = False
        else:
            if sp.get("quote"):
                sp["_our"] = our(sp["quote"], sp["addr"], **sp.get("quote_kw", {}))
            env_from, src, auth, inner, body = render_person(sp)
            automated = False
        lines, t_mx = deliver(sp["mb"], sp["dt"], env_from, src, auth, inner, tls=sp.get("tls", True))
        raw = assemble(lines, body)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        if automated:
            labels, unclear, ents, ack = [], False, {}, None
        else:
            labels = [l for l in ("marketing_opt_out", "catalog_share_opt_out", "question") if l in sp["labels"]]
            unclear = sp.get("unclear", False)
            ents = {k: sp["ent"][k] for k in ("name", "postal_code", "account") if k in sp.get("ent", {})}
            ack = sp.get("ack_to", "default")
            if ack == "default":
                ack = sp["addr"]
        manifest.append({"file": fname, "mailbox": MBNAME[sp["mb"]], "automated": automated, "labels": labels,
                         "unclear": unclear, "entities": ents, "note": sp["note"], "ack_to": ack})
        index.append([fname, sp["k"] + " " + sp["spec"], sp["cat"], sp.get("answers") or (("ack " if sp.get("quote", "").startswith("CC-") else "") + sp.get("quote", "")) or "-",
                      sp.get("lang", "en"), sp.get("program") or PROGRAM_NAMES.get(sp.get("prog"), sp.get("prog")),
                      fdate(t_mx)])
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for row in index:
            fh.write("\t".join(row) + "\n")
    readme.write(OUT, manifest, index)
    print("wrote %d messages to %s" % (len(manifest), OUT))


PROGRAM_NAMES = {
    "gmail_web": "Gmail web", "gmail_android": "Gmail Android app", "gmail_unsub": "Gmail unsubscribe button",
    "ios_gmail_web": "Gmail web",
    "iphone": "iPhone Mail", "ipad": "iPad Mail", "ios_unsub": "iPhone Mail unsubscribe", "ipad_att": "iPad Mail",
    "apple_mail": "Apple Mail (macOS)", "outlook_desktop": "Outlook desktop (Microsoft 365)",
    "outlook_com": "Outlook.com web", "yahoo_web": "Yahoo Mail web", "yahoo_android": "Yahoo Mail Android",
    "aol": "AOL Mail web", "aol_html": "AOL Mail web (HTML only)", "thunderbird": "Thunderbird",
    "xfinity": "Xfinity Connect (Open-Xchange)", "zimbra": "Mediacom webmail (Zimbra)",
    "roundcube": "Windstream webmail (Roundcube)", "samsung": "Samsung Email",
}

if __name__ == "__main__":
    main()
