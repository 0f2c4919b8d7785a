#!/usr/bin/env python3
"""Build the outlook set: NNNN.eml, manifest.jsonl, index.tsv and README.md, byte-identical on every run.

    python3 _generator/build.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import R, alnum, central, tiny_jpeg_like  # noqa: E402
from originals import ORIGS, Orig  # noqa: E402
import clients  # noqa: E402
import machines  # noqa: E402
from specs import SPECS  # noqa: E402

OUT = HERE.parent
LABEL_ORDER = ("marketing_opt_out", "catalog_share_opt_out", "question")

PROGRAM_NAMES = {
    "outlook16": "Outlook 16 (Windows)", "outlook_plain": "Outlook 16 (plain text)", "owa": "Outlook on the web",
    "outlook_ios": "Outlook for iOS", "outlook_android": "Outlook for Android", "outlookmac": "Outlook for Mac",
    "gmail": "Gmail", "samsung_gmail": "Samsung Email", "iphone": "iPhone Mail", "applemail": "Apple Mail (Mac)",
    "yahoo": "Yahoo Mail (web)", "yahoo_app": "Yahoo Mail (Android app)", "aol": "AOL Mail",
    "thunderbird": "Thunderbird", "ox": "Xfinity Connect (Open-Xchange)",
}


def first_name(name: str) -> str:
    if "," in name:
        return name.split(",")[1].strip().split()[0]
    return name.split()[0]


def resolve(s: dict) -> None:
    o = s.get("orig")
    if isinstance(o, str):
        o = ORIGS[o]
    s["orig_obj"] = o
    p = {"first": first_name(s["frm"][1].split("@")[0] if not s.get("frm") else s["frm"][0]) if s.get("frm") else "Customer",
         "tok": alnum(22), "custno": f"0{R.randrange(100000, 999999)}", "acct4": f"{R.randrange(1000, 9999)}",
         "svc": "1210 OAK ST", "amount": "$118.40", "due": "the due date on your bill"}
    p.update(s.get("p", {}))
    s["p"] = p


def sort_key(s: dict) -> tuple:
    return (datetime.strptime(s["date"], "%Y-%m-%d %H:%M"), s.get("sec", 30), s["sid"])


def ack_address(s: dict) -> str | None:
    if s["kind"] == "machine" or s.get("automated"):
        return None
    if "ack" in s:
        return s["ack"]
    rt = s.get("reply_to")
    if rt:
        return rt.split("<")[-1].rstrip(">") if "<" in rt else rt
    return s["frm"][1]


def main() -> None:
    specs = sorted(SPECS, key=sort_key)
    assert len(specs) == 120, len(specs)
    assert len({s["sid"] for s in specs}) == 120
    for s in specs:
        resolve(s)
    for old in OUT.glob("*.eml"):
        old.unlink()
    manifest, index = [], []
    for n, s in enumerate(specs, 1):
        fname = f"{n:04d}.eml"
        for i, im in enumerate(s.get("images", [])):
            if im[2] is None:
                s["images"][i] = (im[0], im[1], tiny_jpeg_like(s["sid"]))
        if s["kind"] == "human" or s["builder"] == "client":
            raw = clients.render(s)
            program = PROGRAM_NAMES[s["prog"]]
        else:
            raw = machines.BUILDERS[s["builder"]](s)
            program = s["prog"]
        (OUT / fname).write_bytes(raw)
        automated = s["kind"] == "machine" or bool(s.get("automated"))
        labels = [l for l in LABEL_ORDER if l in s.get("labels", [])]
        row = {"file": fname, "mailbox": s["mailbox"], "automated": automated, "labels": [] if automated else labels,
               "unclear": bool(s.get("unclear")) and not automated, "entities": {} if automated else s.get("ent", {}),
               "note": s["note"], "ack_to": ack_address(s)}
        manifest.append(row)
        o = s.get("orig_obj")
        answers = o.key if isinstance(o, Orig) else "-"
        d = central(s["date"], s.get("sec", 0))
        index.append("\t".join([fname, s["sid"], s["cat"], answers, s["lang"], program, d.isoformat()]))
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in manifest:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for line in index:
            f.write(line + "\n")
    (OUT / "README.md").write_text(readme(manifest, specs), encoding="utf-8", newline="\n")
    print(f"wrote {len(manifest)} messages to {OUT}")


def table(rows: list[tuple], head: tuple) -> str:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(manifest: list[dict], specs: list[dict]) -> str:
    n = len(manifest)
    by_mb = Counter(r["mailbox"] for r in manifest)
    auto_mb = Counter(r["mailbox"] for r in manifest if r["automated"])
    langs = Counter(s["lang"] for s in specs)
    combos = Counter()
    for r in manifest:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"] and not r["labels"]:
            combos["(none) - unclear"] += 1
        elif r["unclear"]:
            combos[" + ".join(r["labels"]) + " (unclear)"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    cats = Counter(s["cat"] for s in specs)
    progs = Counter(PROGRAM_NAMES.get(s.get("prog"), s.get("prog")) if s["kind"] == "human" or s.get("builder") == "client"
                    else s["prog"] for s in specs)
    ents = Counter(k for r in manifest for k in r["entities"])
    humans = sum(1 for r in manifest if not r["automated"])
    return f"""# outlook: mail as Outlook and the webmail programs really build it

Brief: mail where telling the sender's new words from everything else is hard - HTML-only messages and
multipart/alternative whose plain part differs from the HTML; Outlook desktop / Outlook on the web / Outlook mobile
replies whose quote has no `>` (a From/Sent/To/Subject block or a horizontal rule); inline answers "in red"; top and
bottom posts; Gmail blockquotes, Apple "Begin forwarded message:", Yahoo and AOL quoting; corporate signatures with
logos, phone numbers, confidentiality disclaimers, [EXTERNAL] banners, Teams/Zoom footers, "Sent from my iPhone",
Spanish headers (De:/Enviado:/Para:/Asunto:). The quoted part is usually our own promotion, catalog mail, bill notice,
outage alert, privacy-team question or acknowledgement, whose own "unsubscribe" / "we do not share" words are not the
sender's. {n} messages, about 15% Spanish, {n - humans} machine or not-a-request messages built by the same programs.

Labels follow `../shared/LABELS.md`; the manifest schema is `../shared/corpus/README.md`'s. Rebuild with
`python3 _generator/build.py` (fixed seed, byte-identical) and check with `python3 _generator/verify.py`.

## Counts

{table(sorted(by_mb.items()), ("mailbox", "messages"))}

| mailbox | automated |
|---|---|
{chr(10).join(f"| {k} | {v} |" for k, v in sorted(auto_mb.items()))}

{table(sorted(langs.items()), ("language of the sender's text", "messages"))}

People: {humans}; machines and not-a-request mail: {n - humans}. Unclear: {sum(r['unclear'] for r in manifest)}.
`ack_to` set: {sum(1 for r in manifest if r['ack_to'])}; null: {sum(1 for r in manifest if not r['ack_to'])}.
Entities: {', '.join(f'{k} {v}' for k, v in sorted(ents.items()))} ({sum(1 for r in manifest if r['entities'])} messages with any).

Label combinations (each message once):

{table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ("labels", "messages"))}

By category (`index.tsv`, column 3):

{table(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), ("category", "messages"))}

By sending program (`index.tsv`, column 6):

{table(sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])), ("program", "messages"))}

## What is in it

* **Our mail, quoted**: the heat-pump promotion (Jan 13), the catalog's Winter Clearance (Jan 20) and Spring Preview
  (Feb 24) e-mails, whose footers carry both the sharing notice and "unsubscribe" and show the customer number; the
  February newsletter ("We do not share your information"); the EV (Feb 10) and community-solar (Mar 10) promotions;
  an ice-storm outage alert ("To stop outage alerts..."); bill notices and a payment reminder ("You will receive it
  even if you have opted out of marketing"); a planned-maintenance notice; privacy-team e-mails with three numbered
  questions; and our acknowledgements (`<ack.CC-...>` Message-IDs, "Re: <subject> [CC-...]" subjects as
  `intake/send/outgoing.reply_subject` makes them). `index.tsv` column 4 says which one each message answers.
* **Quote layouts**: Outlook 16 desktop (border-top div, From/Sent/To/Subject, no `>`; English and Spanish),
  Outlook on the web and Outlook mobile (`<hr>` + `divRplyFwdMsg`, `________________________________` in plain),
  Outlook for Mac (From/Date/To/Subject), plain-text Outlook (`-----Original Message-----`), Gmail (`gmail_quote`
  blockquote, attribution hard-wrapped before the address, U+202F before AM/PM), iPhone (`> On ... wrote:`), Apple
  Mail forward ("Begin forwarded message:" / "Inicio del mensaje reenviado:"), Yahoo (`yahoo_quoted`, plain part
  with no `>` at all), AOL (`-----Original Message-----`), Samsung ("-------- Original message --------"),
  Thunderbird (format=flowed, bottom post), Xfinity Connect (HTML only).
* **Plain differs from HTML**: inline answers in red (plain loses the colour: 3 messages; a fourth, in Gmail, sits
  between `>`-quoted paragraphs), an Outlook for Android
  message whose plain part has only the new text, a server-side signature stamped into the HTML only, an inline
  pasted photo shown as a `[cid:...]` placeholder, logos as `multipart/related`.
* **Machines and not-a-request mail**: Exchange, Gmail, iCloud and headerless out-of-office replies (a Google
  Workspace one answering our acknowledgement: LOOP TRAP), a transport-rule "no longer monitored" reply, a Zendesk ticket acknowledgement,
  Exchange read and not-read receipts, two Outlook recalls ("... would like to recall the message" / "desea recuperar
  el mensaje") of opt-outs that are in the set, Google Calendar and Outlook/Teams calendar traffic, a SharePoint
  sharing notice ("Do Not Share list"), Exchange NDR / Postfix / qmail / Exim bounces returning our own mail, a
  phishing storage alert, our gateway's quarantine digest, and three messages people sent us by mistake (a newsletter
  forwarded to a colleague, a Spanish community bulletin, a recipe meant for a friend).

## Judgement calls (and the LABELS.md passage behind each)

1. **Whose words count.** Only the new text, the sender's signature and the subject when it is not "Re:" of our mail.
   Quoted footers ("reply with the word UNSUBSCRIBE", "If you prefer that we not share your name", "To stop outage
   alerts"), the quoted customer number, our HQ ZIP 53718 and [EXTERNAL]/CAUTION banners inside the quote never add a
   label or an entity. *"Only the sender's own new text ... Quoted, forwarded-from-us or footer text is never the
   sender's request."*
2. **Inline answers take their meaning from what they answer.** "YES PLEASE." written under our unsubscribe footer is
   a marketing opt-out (with a question elsewhere in the same reply); "Both." / "Yes, stop sharing it." under the
   privacy team's numbered questions are both opt-outs; "PLEASE DO NOT SHARE MY NAME" under the sharing paragraph is
   a sharing opt-out only. *"Short replies take their meaning from what they answer."*
3. **Empty or undecidable new text is unclear**: bare forwards (English, Spanish, Apple), "See below." / "Ver abajo."
   with nothing below, "My answers are in red below." when the plain-text reply carries no answers, a thumbs-up,
   "??", "No" to our acknowledgement. *"A reply whose new text is empty or says nothing decidable ... is unclear."*
4. **The same word under service mail is unclear**: "STOP" under the outage alert, "Unsubscribe" under a bill notice,
   "Remove" under our acknowledgement; under a promotion they are marketing opt-outs. *"Short replies take their
   meaning from what they answer."*
5. **Disclaimers are boilerplate.** Legal, HIPAA, device-management and insurance footers say "do not share, copy or
   forward"; they are the sender's block of text but not a request, so no sharing opt-out is taken from them.
   *"catalog_share_opt_out: the sender does not want their name/address shared..."* - a footer about the e-mail
   itself says nothing of the sort.
6. **Recalls, calendar traffic, read receipts, misdirected notes are automated.** An Outlook recall of an opt-out is
   machine mail with no request; the recalled opt-out (also in the set) keeps its labels, since a recall cannot take
   back mail already delivered and staff see both. Personal notes that reached us by mistake (a newsletter forwarded
   for a colleague, a recipe meant for a friend) are not requests. *"Not a request at all, though a person or company
   wrote it ... calendar invitations ... read receipts: automated = true, no labels, ack_to = null."*
7. **A restated request under our acknowledgement.** The writer who says her confirmation "only mentions the catalog"
   and asks that her name not be shared gets `catalog_share_opt_out` + `question`; the catalog stop was already
   acknowledged and is not labelled again. *"Reference to earlier mail without saying what: unclear"* does not apply,
   because she says what.
8. **Forwarding one's own earlier request** (plain-text Outlook "FW: Stop the catalog") counts as the sender's words,
   so name and ZIP come from the forwarded text; "the catalog still came this week. Please take care of it" is a
   reminder, not a separate question. *"Only the sender's own new text"* - the forwarded text is his own.
9. **First names alone are extracted** ("Tom", "Jared", "Beth", "Leon", "Deb", "Mike", "Mary"). *"name ... as written
   (a first name alone counts)"*. A name that appears only in From, or only in our quote ("Hello Glenn,"), is not.
10. **Signature ZIPs count**, including business addresses in corporate signatures (Marion 52302, Calmar 52132,
    Waterloo 50702). *"Entities are only what the sender wrote in the new text or signature."* The office manager
    writing for her own clinic has standing; her name is taken as the catalog contact.
11. **On behalf of someone else**: "Stop sending the catalog to Arlene Vogt. She passed away" is unclear (standing not
    stated), name = Arlene Vogt; "do the same for my mother's address" is unclear with no entity (the mother is not
    named; his own first name is not the person the request is for). *"On behalf of someone else ... unclear unless
    the writer clearly has the standing ... Entities then name the person the request is for."*
12. **Questions about opting out are questions only**: how to stop the paper newsletter but keep e-mail, how long an
    opt-out takes, with whom a name was shared. *"A question about how to opt out ... is a question only."*
13. **Change of address** (wants the catalog at the new house) is a question, postal_code = the new ZIP; opting back in
    is a question. *"question: ... opting back in, a change of address."*
14. **Delete everything** = unclear + question. *"A request to delete everything is unclear plus question."*
15. **Thank-yous to our acknowledgement** (English and Spanish) get ack_to null. *"null when ... no answer is due (a
    thank-you, any reply to our own acknowledgement that asks for nothing)."*
16. **The quarantine digest** lists a held message titled "please unsubscribe me"; the digest is our gateway's machine
    mail (automated); the held message itself is not in the set.
17. **Schema**: the entity key is `account` (as in LABELS.md, `../shared/corpus/README.md` and
    `intake/decide/evaluate.py`), not `account_number`.
"""


if __name__ == "__main__":
    main()
