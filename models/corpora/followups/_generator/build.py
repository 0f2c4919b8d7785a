"""Rebuild the followups set: NNNN.eml, manifest.jsonl, index.tsv and README.md.

    python3 _generator/build.py

Python 3 standard library only; every random choice is seeded per message, so the output is byte-identical
from run to run."""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mailkit as mk          # noqa: E402
import clients                # noqa: E402
from ours import Out, CC_ADDR, PH_ADDR   # noqa: E402
from humans import PEOPLE, AUTO           # noqa: E402
from machines import MACHINES             # noqa: E402

BOX_ADDR = {"customercare": CC_ADDR, "powerhousecatalog": PH_ADDR}
OUTLOOKS = ("outlook", "owa", "owa_es")
PROGRAM = {"gmail": "Gmail web", "gmail_android": "Gmail Android", "gmail_es": "Gmail web (es)",
           "iphone": "iPhone Mail", "iphone_es": "iPhone Mail (es)", "ipad": "iPad Mail", "apple_mac": "Apple Mail",
           "outlook": "Outlook 16", "owa": "Outlook.com", "owa_es": "Outlook.com (es)", "yahoo": "Yahoo Mail web",
           "yahoo_android": "Yahoo Mail Android", "aol": "AOL Mail", "samsung": "Samsung Email", "ox": "Xfinity "
           "Connect (OX)", "proton": "Proton Mail", "fastmail": "Fastmail", "thunderbird": "Thunderbird",
           "roundcube": "Roundcube", "bare": "plain client"}


def reply_subject(client, s):
    base = s
    low = s.lower()
    if client in OUTLOOKS:
        if low.startswith("re: "):
            base = s[4:]
        return "RE: " + base
    if low.startswith("re:"):
        return s
    return "Re: " + s


def inline_plain(spec, pairs):
    """A fastmail reply written between the quoted lines of the desk's mail."""
    q = spec["quote"]
    a = clients.attribution("fastmail", q)
    lines = q.body.rstrip("\n").split("\n")
    out = [a]
    i = 0
    answers = dict(pairs)
    while i < len(lines):
        line = lines[i]
        out.append(("> " + line) if line else ">")
        if line in answers:
            out.append("")
            out.append(answers[line])
            out.append("")
        i += 1
    return "\n".join(out) + "\n"


def yahoo_forward(fwd, new):
    d = fwd.when.astimezone(mk.CST)
    when = "%s, %s %d, %d at %d:%02d:%02d %s CST" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year,
                                                     d.hour % 12 or 12, d.minute, d.second,
                                                     "AM" if d.hour < 12 else "PM")
    return (new + "\n\n\n   ----- Forwarded Message -----\n   From: %s <%s>\n   To: rwelter@yahoo.com\n"
            "   Sent: %s\n   Subject: %s\n \n" % (fwd.from_name, fwd.from_addr, when, fwd.subject)
            + "\n".join(" " + l if l else " " for l in fwd.body.rstrip("\n").split("\n")) + "\n")


def human_spec(p):
    spec = {k: v for k, v in p.items() if k not in ("frm", "note", "cat", "labels", "unclear", "ent", "ack_to",
                                                    "lang", "inline", "fwd", "attach_photo", "answers")}
    spec["from"] = p["frm"]
    q = p.get("quote")
    box_addr = BOX_ADDR[p["mailbox"]]
    if q is not None:
        tgt = q.reply_to or (q.from_name, q.from_addr)
        assert tgt[1] == box_addr, (p["key"], tgt, box_addr)
        spec["to"] = [tgt]
        spec["refs"] = [r for r in q.refs if r != q.msgid] + [r for r in p.get("refs", []) if r not in q.refs]
        if p.get("subject") is None:
            spec["subject"] = reply_subject(p["client"], q.subject)
    else:
        spec["to"] = [(None, box_addr)]
        assert spec.get("subject") is not None, p["key"]
    if p.get("inline"):
        spec["plain"] = inline_plain(spec, p["inline"])
    if p.get("fwd"):
        spec["plain"] = yahoo_forward(p["fwd"], p["new"])
    if p.get("attach_photo"):
        rng = mk.rng_for(p["key"] + "/photo")
        spec["attach"] = [("IMG_4471.jpeg", "image/jpeg", mk.fake_jpeg(rng, 3000))]
    if spec.get("html") is False and spec.get("plain") is not None:
        spec.pop("html")
    return spec


def arrival(raw):
    """Timestamp of the top Received header (when our mailbox host got it)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    rcv = msg.get_all("Received")[0]
    return email.utils.parsedate_to_datetime(rcv.rsplit(";", 1)[1].strip())


def main():
    items = []
    for p in PEOPLE:
        spec = human_spec(p)
        raw, plain, html = clients.render_human(spec)
        if p["ack_to"] == AUTO:
            ack_to = spec["reply_to"][1] if spec.get("reply_to") else p["frm"][1]
        else:
            ack_to = p["ack_to"]
        q = p.get("quote")
        answers = p.get("answers") or (q.label if q is not None else "-")
        rec = collections.OrderedDict([
            ("file", None), ("mailbox", p["mailbox"]), ("automated", False),
            ("labels", [] if p["unclear"] else list(p["labels"])), ("unclear", p["unclear"]),
            ("entities", {k: p["ent"][k] for k in ("name", "postal_code", "account") if k in p["ent"]}),
            ("note", p["note"]), ("ack_to", ack_to)])
        idx = dict(spec=p["key"], category=p["cat"], answers=answers, language=p["lang"],
                   program=PROGRAM[p["client"]])
        items.append((arrival(raw), p["key"], raw, rec, idx))
    for m in MACHINES:
        raw = m["build"]()
        h = m["human"]
        if h:
            rec = collections.OrderedDict([
                ("file", None), ("mailbox", m["mailbox"]), ("automated", False), ("labels", h["labels"]),
                ("unclear", False), ("entities", h["ent"]), ("note", h["note"]), ("ack_to", h["ack_to"])])
        else:
            rec = collections.OrderedDict([
                ("file", None), ("mailbox", m["mailbox"]), ("automated", True), ("labels", []),
                ("unclear", False), ("entities", {}), ("note", m["note"]), ("ack_to", None)])
        idx = dict(spec=m["spec"], category=m["cat"], answers=m["answers"], language=m["lang"],
                   program=m["program"])
        items.append((arrival(raw), m["key"], raw, rec, idx))

    items.sort(key=lambda x: (x[0], x[1]))
    keys = [x[1] for x in items]
    assert len(keys) == len(set(keys)), "duplicate keys"

    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, tsv = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, (when, key, raw, rec, idx) in enumerate(items, 1):
        fn = "%04d.eml" % n
        rec["file"] = fn
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        man.append(json.dumps(rec, ensure_ascii=False))
        tsv.append("\t".join([fn, idx["spec"], idx["category"], idx["answers"], idx["language"], idx["program"],
                              when.astimezone(mk.CST).strftime("%Y-%m-%d")]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(tsv) + "\n")
    import readme
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme.render([json.loads(x) for x in man], [l.split("\t") for l in tsv[1:]]))
    print("wrote %d messages" % len(items))


if __name__ == "__main__":
    main()
