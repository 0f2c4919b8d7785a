#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild the `january` set byte for byte (fixed seed, Python 3 stdlib only):

    python3 models/corpora/january/_generator/build.py

Writes NNNN.eml, manifest.jsonl, index.tsv and README.md into the folder above this one.
People's messages are in people.py, machine mail in machine.py, our own outgoing mail in ours.py,
the mail programs in clients.py, MIME helpers in mimekit.py.
"""
import collections
import datetime as D
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mimekit import CST, at, rng, pf, pf_qid, rb64, TZ  # noqa: E402
from clients import PROGRAMS, BOX  # noqa: E402
from people import PEOPLE  # noqa: E402
from machine import MACHINE, CATEGORY as MCAT  # noqa: E402
import ours  # noqa: E402

HCAT = {
    "mkt": "marketing opt-out written by a person",
    "lu": "List-Unsubscribe mailto: from a mail client or cleaning service (marketing opt-out)",
    "share": "catalog-sharing opt-out",
    "both": "both opt-outs",
    "q": "question",
    "optq": "opt-out + question",
    "unclear": "unclear",
    "noact": "human, no action needed",
}
MPROG = {
    "exch_autoreply": "exchange-online-autoreply", "gmail_vacation": "gmail-vacation", "yahoo_autoreply": "yahoo-vacation",
    "plain_autoreply": "exim-hosted-autoreply", "ticket_autoreply": "helpdesk-autoreply", "postfix_dsn": "postfix-dsn",
    "gmail_bounce": "gmail-dsn", "exchange_ndr": "exchange-ndr", "qmail_bounce": "qmail-bounce", "yahoo_bounce": "yahoo-bounce",
    "sendmail_dsn": "sendmail-dsn", "esp_bulk": "esp-bulk", "mailman_post": "mailman3", "notice": "system-notice",
    "calendar_invite": "google-calendar", "spam": "spam-sender", "mdn_exchange": "outlook-mdn", "mdn_thunderbird": "thunderbird-mdn",
}
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MXIP = {"mx1": "10.20.0.11", "mx2": "10.20.0.12"}


def wrap(s, out, R, send_dt, mx):
    """Our MX chain on top of what the sender's side produced."""
    box = BOX[s["box"]]
    arrive = (send_dt + D.timedelta(seconds=out.delay + R.randint(0, 25))).astimezone(CST)
    deliver = arrive + D.timedelta(seconds=R.randint(1, 2))
    tls = not out.ip.startswith("10.") and "qmail" not in s["key"]
    via = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
           "\t(No client certificate requested)\n") if tls else ""
    hs = ["Return-Path: <%s>" % out.env,
          "Delivered-To: %s" % box,
          "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
              mx, mx, MXIP[mx], pf_qid(R), box, pf(deliver)),
          "Authentication-Results: %s.alliant-energy.com;\n\t%s" % (mx, out.auth),
          "Received: from %s (%s [%s])\n%s\tby %s.alliant-energy.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
              out.helo, out.host, out.ip, via, mx, "ESMTPS" if tls else "ESMTP", pf_qid(R), box, pf(arrive))]
    raw = "\n".join(hs + out.top + out.hdrs) + "\n\n" + out.body
    raw = raw.replace("\r\n", "\n")
    if not raw.endswith("\n"):
        raw += "\n"
    return raw.replace("\n", "\r\n").encode("utf-8"), arrive


def render_all():
    items = []
    for s in PEOPLE:
        R = rng(s["key"])
        tz = s.get("tz", "CST")
        send = at(s["when"], tz, R)
        mx = R.choice(["mx1", "mx2"])
        out = PROGRAMS[s["prog"]](dict(s), R, send, mx)
        raw, arrive = wrap(s, out, R, send, mx)
        if s["ack"] == "from":
            ack = s["addr"]
        elif s["ack"] == "reply_to":
            ack = s["reply_to"][1] if s.get("reply_to") else s["addr"]
        else:
            ack = None
        rec = collections.OrderedDict([
            ("file", None), ("mailbox", "customercare" if s["box"] == "cc" else "powerhousecatalog"), ("automated", False),
            ("labels", [l for l in LABEL_ORDER if l in s["labels"]]), ("unclear", s["unclear"]),
            ("entities", collections.OrderedDict((k, s["ents"][k]) for k in ("name", "postal_code", "account") if k in s["ents"])),
            ("note", s["note"]), ("ack_to", ack)])
        items.append((arrive, s["key"], raw, rec, HCAT[s["cat"]], s["lang"], s["prog"]))
    for s in MACHINE:
        R = rng(s["key"])
        send = at(s["when"], "CST", R)
        mx = R.choice(["mx1", "mx2"])
        out = s["fn"](s, R, send, mx)
        raw, arrive = wrap(s, out, R, send, mx)
        rec = collections.OrderedDict([
            ("file", None), ("mailbox", "customercare" if s["box"] == "cc" else "powerhousecatalog"), ("automated", True),
            ("labels", []), ("unclear", False), ("entities", {}), ("note", s["note"]), ("ack_to", None)])
        items.append((arrive, s["key"], raw, rec, MCAT[s["cat"]], s["lang"], s.get("program", MPROG[s["fn"].__name__])))
    items.sort(key=lambda x: (x[0], x[1]))
    return items


def combo(rec):
    if rec["automated"]:
        return "(none) - automated"
    if rec["unclear"]:
        return " + ".join(rec["labels"] + ["unclear"]) if rec["labels"] else "(none) - unclear"
    if not rec["labels"]:
        return "(none) - human, nothing to do"
    return " + ".join(rec["labels"])


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(items):
    recs = [it[3] for it in items]
    n = len(recs)
    lab = collections.Counter(l for r in recs for l in r["labels"])
    combos = collections.Counter(combo(r) for r in recs)
    cats = collections.Counter(it[4] for it in items)
    langs = collections.Counter(it[5] for it in items)
    progs = collections.Counter(it[6] for it in items if not it[3]["automated"])
    boxes = collections.Counter(r["mailbox"] for r in recs)
    boxes_auto = collections.Counter(r["mailbox"] for r in recs if r["automated"])
    ents = collections.Counter(k for r in recs for k in r["entities"])
    with_ents = sum(1 for r in recs if r["entities"])
    ack_set = sum(1 for r in recs if r["ack_to"])
    ack_null_h = [r["file"] for r in recs if not r["automated"] and r["ack_to"] is None]
    rt = [r["file"] for r, it in zip(recs, items) if r["ack_to"] and r["ack_to"] not in it[2].split(b"\r\n\r\n")[0].decode("utf-8", "replace").split("\nFrom:")[1].split("\n")[0]]
    unclear = sum(1 for r in recs if r["unclear"])
    L = []
    L.append("# `january`: two weeks of January 2027 in both privacy mailboxes (4-17 January)\n")
    L.append("## The brief\n")
    L.append("A realistic fortnight of mail, 4-17 January 2027, in `customercare@alliant-energy.com` and "
             "`powerhousecatalog@alliant-energy.com`, in the proportions a privacy team really sees after the holidays: "
             "a \"New Year, lower bills\" energy-efficiency promotion e-mail (Tue 5 Jan) and a \"Winter Clearance\" PowerHouse "
             "catalog e-mail (Thu 7 Jan) go out; people make New Year's resolutions to cut junk mail and clean their inboxes "
             "(and the Unsubscribe buttons and inbox-cleaning services follow); holiday returns, refunds and gift cards; an ice "
             "storm on 12-14 January causes outages, and our outage alerts carry `Reply-To: customercare@`; high December bills; "
             "and the usual machine mail (auto-replies, bounces, phishing, vendor notices, newsletters, list traffic, read "
             "receipts, a challenge-response). Mostly ordinary mail written the many ways real people write (short and long, "
             "polite and curt, typos, top-posted over our promotions, phones and desktops, web forms), a few hard or unclear "
             "ones; about 15 % Spanish or mixed Spanish/English.\n")
    L.append("Everything is synthetic and invented (people, addresses, account and customer numbers, companies, phone numbers "
             "555-01xx). Sender addresses use real provider domains so the headers look right: **replay this set only against an "
             "SMTP sink**, never mail the `ack_to` addresses.\n")
    L.append("The files follow the corpus conventions (`shared/corpus/README.md`) and the rulebook (`shared/LABELS.md`): raw "
             "RFC 5322 bytes with CRLF line ends; `Return-Path`, `Delivered-To`, the `Received`/`Authentication-Results` chain of the "
             "fictional `mx1/mx2.alliant-energy.com` → `mbx01` Postfix hosts, then the sending provider's headers and the mail "
             "program's own headers and MIME structure. Files are numbered in arrival order; categories are mixed.\n")
    L.append("## Our own outgoing mail, which shows up inside the set\n")
    L.append("Many traps only make sense once you know what Alliant itself sent. These messages turn up quoted, forwarded, "
             "bounced, auto-answered or receipted; their text is never a sender's own request:\n")
    L.append(table([(a, b, c, d) for a, b, c, d in ours.OUTGOING], ["what", "From", "send date", "notes"]) + "\n")
    L.append("Both promotions carry `List-Unsubscribe: <mailto:…>` pointing at the mailbox they came from, so the mail "
             "clients' Unsubscribe buttons and the cleaning services write to that mailbox. The outage alerts are service "
             "messages: a bare \"STOP\" under one is unclear, while \"STOP\" under a promotion is a marketing opt-out.\n")
    L.append("## Files\n")
    L.append(table([("`NNNN.eml`", "%d raw messages, open them as bytes" % n),
                    ("`manifest.jsonl`", "one JSON object per message, keys in the order file, mailbox, automated, labels, unclear, entities, note, ack_to"),
                    ("`index.tsv`", "file, spec (the generator's key), category, language (en/es/mixed), program, date (arrival, CST)"),
                    ("`_generator/build.py`", "rebuilds every byte of the set (fixed seed, stdlib only); people.py, machine.py, ours.py, clients.py, mimekit.py hold the content and the programs"),
                    ("`_generator/verify.py`", "checks the set (see below)")], ["path", "what"]) + "\n")
    L.append("## Counts\n")
    L.append(table(sorted(lab.items(), key=lambda x: LABEL_ORDER.index(x[0])) +
                   [("`automated: true`", sum(r["automated"] for r in recs)), ("`unclear: true`", unclear), ("**total messages**", n)],
                   ["label", "messages carrying it"]) + "\n")
    L.append("Exact label combinations (each message counted once):\n")
    L.append(table(sorted(combos.items(), key=lambda x: (-x[1], x[0])), ["labels", "messages"]) + "\n")
    L.append("By how the message came to be (`index.tsv` category):\n")
    L.append(table(sorted(cats.items(), key=lambda x: (x[0].startswith("automated"), -x[1], x[0])), ["category", "messages"]) + "\n")
    L.append(table([(m, boxes[m], boxes_auto[m]) for m in ("customercare", "powerhousecatalog")], ["mailbox", "messages", "of which automated"]) + "\n")
    L.append(table([("en", langs["en"]), ("es", langs["es"]), ("mixed es/en", langs["mixed"]),
                    ("Spanish or mixed, share", "%.1f %%" % (100.0 * (langs["es"] + langs["mixed"]) / n))], ["language", "messages"]) + "\n")
    L.append("Mail programs of the human messages:\n")
    L.append(table(sorted(progs.items(), key=lambda x: (-x[1], x[0])), ["program", "messages"]) + "\n")
    L.append(table([("messages with any entity", with_ents), ("entity `name`", ents["name"]), ("entity `postal_code`", ents["postal_code"]),
                    ("entity `account`", ents["account"]), ("`ack_to` set", ack_set),
                    ("`ack_to` taken from Reply-To (differs from From)", "%d (%s)" % (len(rt), ", ".join(rt))),
                    ("`ack_to` null", "%d (%d automated + %s)" % (n - ack_set, sum(r["automated"] for r in recs),
                                                                 "%d human: %s" % (len(ack_null_h), ", ".join(ack_null_h))))],
                   ["other", "count"]) + "\n")
    L.append("## Decisions taken where the rulebook leaves room\n")
    L.append("* **Delete-everything** (\"Delete all my information. Everything.\"): `unclear: true` **with** `labels: [\"question\"]`, "
             "as LABELS.md says (\"unclear plus question\"); every other unclear row has `labels: []`.\n"
             "* **First names alone** count as `name` (LABELS.md: \"a first name alone counts\"): `Dale`, `Arlene`, `Kevin`, `Lupe`, `Vero`, …\n"
             "* **Outage-alert settings** (\"stop sending me an outage update every hour\") are a `question` for a person, not a marketing "
             "opt-out; a bare \"STOP\" under an alert, under a forwarded bill (\"unsubscribe\") or under our acknowledgement is `unclear`.\n"
             "* **Replies to our acknowledgement**: a human thank-you is human, no labels, not unclear, `ack_to: null`; auto-replies "
             "to it are automated and marked LOOP TRAP in the note.\n"
             "* **Staff read receipts, calendar invitations, vendor suppression reports, a voicemail transcription notice** are "
             "automated even when their text is full of opt-out words.\n"
             "* **Reply-To**: `ack_to` is the Reply-To only for our own web-form relays (From `noreply@`/`webforms@`) and for the "
             "sender who asks in her text to be answered at her personal address; otherwise From.\n"
             "* **Two ZIPs** in a change of address: the entity is the new address's ZIP.\n")
    L.append("## Every message\n")
    L.append(table([(r["file"], r["mailbox"], it[4], ", ".join(r["labels"]) or "-", "yes" if r["unclear"] else "",
                     it[5], r["note"].replace("|", "/")) for r, it in zip(recs, items)],
                   ["file", "mailbox", "category", "labels", "unclear", "lang", "note"]) + "\n")
    L.append("## Verification\n")
    L.append("`python3 _generator/verify.py` parses every file with `email.message_from_bytes(…, policy=email.policy.default)` "
             "(every header, every leaf decoded), checks CRLF-only line ends and the 998-octet line limit, the manifest against the "
             "files (order, key order, mailbox vs To/Delivered-To), label names and order, `automated ⇒ labels [] / unclear false / "
             "entities {} / ack_to null`, entity keys (name, postal_code, account) and that every entity value occurs in the "
             "decoded text, `ack_to` equal to the From or Reply-To address, unique Message-IDs, and `index.tsv`.\n")
    return "\n".join(L)


def main():
    for f in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(f)
    items = render_all()
    man, idx = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, (arrive, key, raw, rec, cat, lang, prog) in enumerate(items, 1):
        name = "%04d.eml" % i
        rec["file"] = name
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append("\t".join([name, key, cat, lang, prog, arrive.strftime("%Y-%m-%dT%H:%M:%S-06:00")]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(items))
    print("wrote %d messages to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
