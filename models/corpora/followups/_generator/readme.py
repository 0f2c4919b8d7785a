"""README.md of the set, with its tables counted from the manifest and the index."""
import collections

JUDGEMENT = """
## Judgement calls

Every call follows `/work/shared/LABELS.md`; where it and the corpus README differ, LABELS.md wins.

* **Bare answers take their meaning from the quoted desk question** (LABELS: short replies take their meaning
  from what they answer). The desk always restates the request in its question ("You asked us to stop sending
  you promotional material ... e-mail, paper, or both?"), so `Both`, `si, las dos`, `Paper.`, `Correct.`,
  `Yes`, `the second one`, `A las dos` and `Sí, exacto` get the labels of the request they complete
  (a marketing opt-out, a sharing opt-out, or both when the question restated both). Channel answers stay channel
  answers: "Paper only. The emails are fine" is `marketing_opt_out` (LABELS: channel limits are kept).
* **When the quote does not settle it, the bare answer is unclear:** `yes` to a two-part either/or question
  (stop the catalog, or only sharing? is this still your address?), `The one in town.` when both quoted
  addresses are in the same town, `See below.` above our own unanswered question, and `Paper` from an iPhone
  reply whose quote was deleted (only In-Reply-To links it to the question; the new text decides nothing).
* **Account-holder answers.** "Yes" from the account holder completes the quoted household request. "No, it's my
  mom's / my wife's account" is unclear (LABELS: on behalf of someone else without clear standing); a landlord
  whose company holds the account has the standing and gets `marketing_opt_out`. A daughter whose late father's
  name is on the label, asking to stop the catalog and remove him "from everything", is unclear. Entities then
  name the person the request is for, and only when that name is in the new text: the mother of the
  "not the holder" reply is named only in our quote, so that row has no name.
* **Status checks.** A status check that restates its object ("taken off the PowerHouse catalog mailing list ...
  I still want off", "No lo quiero recibir", "I want it STOPPED") keeps the opt-out and adds `question`.
  "Any update on this?" under the desk's promise, and "did you get my email from last week?" with no object, are
  `question` only: nothing to act on, but the status question is clear and needs a person (the LABELS rule on
  references without an object is about acting on them; nothing is acted on here).
  "Did you give them my name after I wrote you?" asks whether a name was shared: `question`, not a new opt-out.
* **Corrections.** "I meant the paper mail, not email" is `marketing_opt_out` (paper). "I wrote don't share but
  meant don't SEND ... share my name with whoever you want" is `marketing_opt_out` only (LABELS: "share
  whatever, just stop the catalog"). "I meant the EMAILS from the catalog, not the paper catalog ... put me back
  on for the paper" is `marketing_opt_out` + `question` (the paper catalog must be reinstated by a person).
  A corrected account number that restates the request (quit sharing my name) is `catalog_share_opt_out`;
  "Please use account 771 204 5589 instead of the one I gave you" names no request and is unclear
  (LABELS: reference to earlier mail without saying what).
* **Changes of mind.** "Actually, keep sending the catalog ... just don't share our name" under our
  acknowledgement undoes an earlier stop: reinstating is opting back in (`question`) and the sharing wish is
  `catalog_share_opt_out`. "Put me back on", "¿Me pueden volver a poner en la lista?" and a 2025 removal
  followed by "I'd like to start getting it again" are `question` only; the old removal is not a new opt-out.
  "email i guess? ... idk just do whatever" and "maybe keep that ... or just do both I guess" are unclear
  (mixed or self-contradicting wishes).
* **Replies to our acknowledgement.** "Thank you so much!", "Muchas gracias ..." and a bare thumbs-up asking
  nothing: human, no labels, not unclear, `ack_to` null (LABELS: any reply to our own acknowledgement that asks
  for nothing). The thumbs-up is read by this specific rule rather than the general "an emoji is unclear" one,
  because it answers a confirmation, not a question. The same thanks for a desk confirmation ("Thanks Tom,
  appreciate it.") is treated the same way (a thank-you: no answer due). Replies to the acknowledgement that
  add something (stop the texts, don't share my name too, send me a copy of my data, how are the 10 business
  days counted) are normal human mail with their own labels.
* **Third messages.** "No, leave the emails. Just the paper." declines the desk's offer to stop e-mail too;
  the sender's own words are a channel-limited opt-out (paper) that our quote says is already done, and
  recording it again is harmless, so `marketing_opt_out`. "What does that mean exactly? Who do you share it
  with?" in answer to the sharing offer is `question` only, no opt-out yet.
* **Old threads, new topics.** A high-bill question under an October desk thread and a change of address
  under a November acknowledgement are `question`; the old opt-outs in their quotes count for nothing
  (LABELS: whose words count). "Can you do the same thing you did for me for my daughter?" is unclear
  (reference without saying what, and on behalf of another adult).
* **STOP under a forwarded bill notice** is unclear (LABELS: STOP under a service message). STOP/UNSUBSCRIBE
  under the February promotions is `marketing_opt_out`.
* **Software.** Gmail's and Outlook.com's unsubscribe buttons (List-Unsubscribe mailto, no Auto-Submitted) are a
  person's `marketing_opt_out`, acknowledged to the sender. An inbox-cleaning service unsubscribing a user is
  also `marketing_opt_out`, `automated` false, but `ack_to` null because it carries Auto-Submitted.
* **Machine mail** never gets labels, even when it is full of opt-out words: the mail house's suppression
  report ("do-not-share flag set"), the CRM's weekly opt-out export, a mailing-list digest discussing
  "don't share my name", a cold pitch quoting our own clarifying questions, a DocuSign look-alike about a
  "list exchange agreement". Out-of-office notices without Auto-Submitted (a Spanish ISP vacation notice,
  "this mailbox is no longer monitored") and a Zendesk request-received notice without it are automated
  (LABELS: headerless auto-replies; vendor and partner system mail). Two auto-replies answer our bot
  acknowledgement (loop traps).
* **Entities.** A first name alone in a signature is a name (LABELS), kept as written ("Linda K", "H. Teague",
  "-Dale" gives "Dale"); titles are dropped ("MR R J HALVORSEN" gives "R J HALVORSEN"). Names, ZIPs and account
  numbers that appear only in our quoted question (addresses we listed, the mother's name) are not extracted;
  the label name sent only as a photo gives no entity. Phone numbers and e-mail addresses are never entities.
  Of a corrected account number, the corrected one is the entity.
"""


def table(rows, head):
    out = ["| %s |" % " | ".join(head), "|" + "|".join("---" for _ in head) + "|"]
    out += ["| %s |" % " | ".join(str(c) for c in r) for r in rows]
    return "\n".join(out)


def render(man, idx):
    n = len(man)
    humans = [r for r in man if not r["automated"]]
    machines = [r for r in man if r["automated"]]
    lang = collections.Counter(row[4] for row in idx)
    cat = collections.Counter(row[2] for row in idx)
    combos = collections.Counter()
    for r in man:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos["(none) - unclear"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    per_label = collections.Counter(l for r in man for l in r["labels"])
    ents = collections.Counter(k for r in man for k in r["entities"])
    by_box = collections.Counter(r["mailbox"] for r in man)
    by_box_auto = collections.Counter(r["mailbox"] for r in machines)
    answers = collections.Counter(
        "desk reply" if a.startswith("desk.") else "bot acknowledgement" if a.startswith("ack.") else
        "promotion" if ("@mail.alliant-energy.com" in a or a.startswith("promo")) else
        "nothing (new mail)" if a == "-" else "other" for a in (row[3] for row in idx))
    progs = collections.Counter(row[5] for row in idx)

    s = []
    s.append("# followups: second and third messages, February 2027\n")
    s.append("Three weeks (February 1-21, 2027) of the mail that follows a first request in both privacy "
             "mailboxes: customers answering the Privacy Desk's clarifying questions (which address? are you "
             "the account holder? e-mail, paper or both? the name on the catalog label?), status checks, "
             "corrections, changes of mind, extra requests added under our acknowledgement, bare answers that "
             "only make sense with the quoted question, old threads reused for new topics, and the machine mail "
             "of such weeks (auto-replies and bounces of the desk's replies, read receipts, ticket systems, "
             "phishing, vendor notices).\n")
    s.append("Synthetic; all people, addresses, account numbers and companies are invented (phones 555-01xx). "
             "The desk's own replies (`Alliant Energy Privacy Desk <customercare@alliant-energy.com>`, "
             "`Message-ID: <desk.CC-YYYY-MM-NNNNN@alliant-energy.com>`, a second round `<desk.CC-....2@...>`; "
             "for catalog tickets `Reply-To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>`) and "
             "our bot acknowledgements are not files of the set: they appear quoted, in In-Reply-To/References, "
             "bounced, receipted or auto-answered. Labels follow `/work/shared/LABELS.md`.\n")
    s.append("## Rebuild and verify\n")
    s.append("```\ncd models/corpora/followups\npython3 _generator/build.py    # rewrites every .eml, "
             "manifest.jsonl, index.tsv and this README (fixed seeds, byte-identical)\n"
             "python3 _generator/verify.py   # parse, CRLF, manifest schema, label rules, entities in the "
             "sender's own text, ack_to, To/Delivered-To, order\n```\n")
    s.append("Standard library only. `_generator/`: `mailkit.py` (dates, MIME, trace headers), `clients.py` "
             "(mail programs: how each quotes and what headers it writes; providers' trace and DKIM lines), "
             "`ours.py` (the mail we sent: desk replies, acknowledgements, promotions, a bill notice), "
             "`humans.py` (the people and their labels), `machines.py` (the machine mail), `build.py`, "
             "`readme.py`, `verify.py`.\n")
    s.append("## Counts\n")
    rows = [("messages", n), ("people (automated = false)", len(humans)),
            ("machines (automated = true)", len(machines))]
    for b in ("customercare", "powerhousecatalog"):
        rows.append(("mailbox `%s` (of which automated)" % b, "%d (%d)" % (by_box[b], by_box_auto[b])))
    for l in ("marketing_opt_out", "catalog_share_opt_out", "question"):
        rows.append(("label `%s`" % l, per_label[l]))
    rows.append(("unclear", "%d (%.0f %% of people)" % (sum(r["unclear"] for r in man),
                                                        100.0 * sum(r["unclear"] for r in man) / len(humans))))
    nulls = [r for r in humans if r["ack_to"] is None]
    rows.append(("`ack_to` null among people", "%d (%s)" % (len(nulls), ", ".join(r["file"] for r in nulls))))
    rows.append(("languages", ", ".join("%s %d" % kv for kv in sorted(lang.items()))))
    rows.append(("messages with any entity", sum(1 for r in man if r["entities"])))
    for k in ("name", "postal_code", "account"):
        rows.append(("entity `%s`" % k, ents[k]))
    s.append(table(rows, ["what", "count"]) + "\n")
    s.append("### Label combinations\n")
    s.append(table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"]) + "\n")
    s.append("### What the messages answer\n")
    s.append(table(sorted(answers.items(), key=lambda kv: (-kv[1], kv[0])), ["quoted / replied-to mail",
                                                                             "messages"]) + "\n")
    s.append("### Categories (`index.tsv`)\n")
    s.append(table(sorted(cat.items(), key=lambda kv: (-kv[1], kv[0])), ["category", "messages"]) + "\n")
    s.append("### Mail programs\n")
    s.append(table(sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])), ["program", "messages"]) + "\n")
    s.append(JUDGEMENT.strip() + "\n")
    return "\n".join(s)
