#!/usr/bin/env python3
"""Rebuilds the march2028 corpus byte for byte: python3 _generator/build.py (standard library only, fixed seeds)."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import *
from mail import provider_block, our_chain, build_client, assemble, CLIENT_PROV, Ours
import ours as O
from messages_human import HUMAN
from messages_auto import AUTO

OUT = os.path.dirname(HERE)
SEED = "march2028-v1"


def rng_for(tag):
    return Rng(int(sha(SEED + ":" + tag)[:16], 16))


def to_for(quote, mb, client, r):
    mbaddr = MB[mb]
    if quote is not None:
        if quote.reply_to:
            return mbaddr
        if quote.from_addr == mbaddr:
            if client in ("outlookcom", "outlook_desktop"):
                return "%s <%s>" % (quote.from_name, mbaddr)
            if client in ("gmail", "samsung", "applemail", "iphone", "xfinity"):
                return "%s <%s>" % (quote.from_name, mbaddr)
            return mbaddr
    if client in ("outlookcom",):
        return '"%s" <%s>' % (mbaddr, mbaddr)
    if client in ("yahoo", "aol", "yahoo_ios"):
        return '"%s" <%s>' % (mbaddr, mbaddr)
    return mbaddr


def make_quote(spec, r):
    q = spec.get("quote")
    if not q:
        return None
    if isinstance(q, Ours):
        return q
    kind, kw = q[0], (q[1] if len(q) > 1 else {})
    return O.ours(kind, r, **kw)


def build_human(s):
    r = rng_for(s["tag"])
    mb = s["mb"]
    mbaddr = MB[mb]
    client = s["client"]
    prov = s.get("prov") or CLIENT_PROV[client]
    utc = to_utc(s["when"], s.get("off"))
    off = s.get("off") if s.get("off") is not None else central_offset(utc)
    quote = make_quote(s, r)
    subject = s["subject"] if s.get("subject") is not None else ("Re: " + quote.subject)
    to = s.get("to") or to_for(quote, mb, client, r)
    if quote is not None and quote.reply_to and quote.from_addr != mbaddr:
        pass
    host, ip, auth, plines = provider_block(r, prov, s["email"], mbaddr, utc)
    ch, body, mid = build_client(r, client, s["name"], s["email"], to, subject, s["text"], utc, off, quote=quote,
                                 extra=s.get("extra"), reply_to=s.get("reply_to"), lang=s.get("lang", "en"),
                                 cc=s.get("cc"), fwd=s.get("fwd", False))
    top = our_chain(r, s["email"], mbaddr, host, ip, auth, utc)
    return utc, assemble(top + plines, ch, body)


def main():
    specs = []
    for s in HUMAN:
        s = dict(s)
        s["automated"] = False
        specs.append(s)
    for s in AUTO:
        s = dict(s)
        s["automated"] = True
        specs.append(s)
    tags = [s["tag"] for s in specs]
    assert len(tags) == len(set(tags)), "duplicate tags"
    built = []
    for s in specs:
        if s.get("fn"):
            r = rng_for(s["tag"])
            utc, raw = s["fn"](r, s)
        else:
            utc, raw = build_human(s)
        built.append((utc, s["tag"], s, raw))
    built.sort(key=lambda x: (x[0], x[1]))
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for i, (utc, tag, s, raw) in enumerate(built, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        if s["automated"]:
            rec = {"file": fn, "mailbox": s["mb"], "automated": True, "labels": [], "unclear": False,
                   "entities": {}, "note": s["note"], "ack_to": None}
        else:
            ack = s.get("ack", "from")
            ack_to = {"from": s["email"], "reply": s.get("ack_addr"), None: None}[ack]
            ents = {}
            for k in ("name", "postal_code", "account"):
                if k in s.get("ent", {}):
                    ents[k] = s["ent"][k]
            order = ["marketing_opt_out", "catalog_share_opt_out", "question"]
            labels = [l for l in order if l in s.get("labels", [])]
            rec = {"file": fn, "mailbox": s["mb"], "automated": False, "labels": labels,
                   "unclear": bool(s.get("unclear", False)), "entities": ents, "note": s["note"], "ack_to": ack_to}
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append("%s\t%s" % (fn, s["cat"]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    write_readme(built, man)
    print("wrote %d messages" % len(built))


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(built, man):
    import collections
    recs = [json.loads(m) for m in man]
    c = collections.Counter()
    combos = collections.Counter()
    cats = collections.Counter()
    langs = collections.Counter()
    mbx = collections.Counter()
    mbx_auto = collections.Counter()
    ents = collections.Counter()
    for (utc, tag, s, raw), rec in zip(built, recs):
        for l in rec["labels"]:
            c[l] += 1
        if rec["automated"]:
            combos["(none) - automated"] += 1
        elif rec["unclear"]:
            combos["unclear" + (" + " + " + ".join(rec["labels"]) if rec["labels"] else "")] += 1
        elif not rec["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(rec["labels"])] += 1
        cats[s["cat"]] += 1
        langs[{"en": "English", "es": "Spanish", "mixed": "Spanish/English mixed"}[s.get("lang", "en")]] += 1
        mbx[rec["mailbox"]] += 1
        if rec["automated"]:
            mbx_auto[rec["mailbox"]] += 1
        for k in rec["entities"]:
            ents[k] += 1
        if rec["entities"]:
            ents["any"] += 1
    n = len(recs)
    parts = []
    parts.append(table([[l, c[l]] for l in ["marketing_opt_out", "catalog_share_opt_out", "question"]] +
                       [["automated: true", sum(r["automated"] for r in recs)], ["unclear: true", sum(r["unclear"] for r in recs)],
                        ["**total messages**", n]], ["label / flag", "messages"]))
    parts.append(table(sorted(combos.items(), key=lambda x: -x[1]), ["labels (each message once)", "messages"]))
    parts.append(table(sorted(cats.items(), key=lambda x: (-x[1], x[0])), ["category written for (index.tsv)", "messages"]))
    parts.append(table([[m, mbx[m], mbx_auto[m]] for m in ["customercare", "powerhousecatalog"]], ["mailbox", "messages", "of which automated"]))
    sp = langs["Spanish"] + langs["Spanish/English mixed"]
    parts.append(table(sorted(langs.items(), key=lambda x: -x[1]) + [["Spanish or mixed, share", "%.0f %%" % (100.0 * sp / n)]], ["language", "messages"]))
    acks = sum(1 for r in recs if r["ack_to"])
    parts.append(table([["messages with any entity", ents["any"]], ["entity name", ents["name"]], ["entity postal_code", ents["postal_code"]],
                        ["entity account", ents["account"]], ["ack_to set", acks], ["ack_to null", n - acks]], ["other", "count"]))
    tpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(tpl.replace("{{COUNTS}}", "\n\n".join(parts)))


if __name__ == "__main__":
    main()
