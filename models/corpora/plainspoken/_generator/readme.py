"""Write README.md.  Counts come from the manifest and index; the judgement calls are fixed text whose
{Hxx}/{Axx} placeholders are replaced with the file each message landed in."""
import collections
import os
import re

BRIEF = """Customers who write plainly and imperfectly: little formal schooling, rural and small-town speech,
run-on sentences with no punctuation, misspellings and homophones (there/their, mail/male, catalog/cattle log),
all capitals or all lowercase, regional expressions, farmers, truckers, retirees, young parents, people who are
annoyed or confused, and people who say things indirectly ("we dont need them books no more"). Includes Spanish
speakers who write phonetic or informal Spanish. Mostly replies and new messages from phones and webmail, some
under our own promotions and notices, plus the usual share of machine mail. About 110 messages."""

CALLS = """\
Where /work/shared/LABELS.md is thin, these are the calls made (file: reason). LABELS.md wins over the older
corpus README where they differ: a first name alone is extracted as `name`; a delete-everything request is
`unclear` + `question`; a *person's* reply to our acknowledgement is human mail (only machine replies to it are
LOOP TRAPs).

**Indirect and misspelled requests are read for what they plainly mean.**
- {H03}, {H85}: "we dont need them books no more" / "quit sending them books out here" = the PowerHouse catalog
  (catalog mailbox, "quit sending"): `marketing_opt_out`.
- {H74}: "quit wasting paper and postage on me" under the assessment promo = stop promotional mail.
- {H14} "junk male", {H04} "cattle log", {H05} "there selling my name", {H63} "their is 4 of your catalogs",
  {H83} "not too": labelled by meaning, never by spelling.
- {H09}: "mail from you guys about solar" is promotional mail (the bill is explicitly kept): marketing opt-out.
- {H10}, {H64}: "quit calling the house about some program" is promotional contact by phone: marketing opt-out.
  {H23} asks to stop promo *texts* too (same label).

**Complaints.** A grievance that ends in a plain request and asks nothing ({H05}, {H23}, {H64}) gets only the
opt-out. A complaint that earlier opt-outs were ignored ({H29} "THIRD TIME", {H80} "3rd time ... BBB") also gets
`question`: staff must find out why the first requests failed and answer. {H48} has its own bill question.

**Channels and partial requests.**
- {H41}: "I like getting the paper catalog, no emails please" -> `marketing_opt_out` (channel = e-mail).
- {H06}, {H25}, {H33}, {H79}: no promotions, keep the bill/reminders -> `marketing_opt_out` (service mail is not
  marketing, so nothing contradicts).
- {H66}: stop the catalog at the truck-stop mail drop, keep the home copy -> `marketing_opt_out` (clear for the
  named address; the record must say which address). Not treated as self-contradicting.
- {H43}: "Stop the catalog but send me the Christmas one" -> `unclear` (mixed wishes; a person must decide).
- {H63}: four duplicate catalogs, "just need the one" -> `question` (list clean-up), not an opt-out.
- {H47}: a grain elevator asks to take *the shop address* off the mailing list; the catalogs name ex-employees.
  The writer controls that address, so this is not an on-behalf request: `marketing_opt_out`.

**Standing (on behalf of someone else).**
- {H13} daughter for her mother in a nursing home, {H37} husband for his wife's catalog: `unclear`, entities
  name the person the request is for.
- {H44} the executor of her father's estate says so: clear `marketing_opt_out`, entities name the father.
- {H90} widow who is now the account holder, for "his and mine both": clear (account holder for the household).
- {H45} widow *asks* what to do about her late husband's catalog: `question` only, not unclear (nothing to act
  on yet, and the question itself is clear).
- {H79} written in the first person by the customer ("soy Maria Elena Torres"), typed on her son's Gmail: her own
  request, clear; `ack_to` is the address she wrote from (no Reply-To to prefer).
- {H55} change of address for the writer's mother: `question` + `unclear` (the question needs a person anyway, and
  standing is missing). Entities: the mother and her new ZIP, not the writer's.
- {H25} the granddaughter only set up the account; the customer writes for herself: clear.

**Questions vs. opt-outs.**
- {H28} "Is it true you have to pay to get off the mailing list?", {H56} "what is this opt out", {H12} "does
  that mean you are giving out my name?", {H36} "who have you given my name to", {H67} "do you share my email":
  `question` only; none asks to be removed.
- {H46} "you people sell names. Do you? If you do take mine off that": conditional do-not-share is still a
  do-not-share -> `catalog_share_opt_out` + `question`. Same for {H69} ("If it is quit it. Still send ours").
- {H11}, {H53}: "yo nunca lo pedi" / "yo no me inscribi a nada" are not removal requests by themselves; {H11}
  adds "no lo kiero, ya no lo manden" (opt-out), {H53} does not (question only).
- {H92} a customer asking whether a phishing e-mail was us: `question`.
- {H31} closing service when moving into his truck: `question`; "dont send me no more of the advertisements":
  opt-out. {H85} "moving to town" without a new address is not a change-of-address request.
- {H64} "dont go selling my phone number to nobody": a do-not-share of personal information ->
  `catalog_share_opt_out`, although the catalog is not named.

**Short replies and replies to our own mail.**
- {H19} "Stop", {H17} "unsubscribe", {H01} "NOT INTERESTED. TAKE ME OFF.", {H57} "Take us off" under a promo:
  marketing opt-out. {H38} "do not share my name like it says at the bottom": the label comes from her sentence,
  not from the quoted footer. {H39} "unsubscribe" under the catalog e-mail: marketing, not sharing.
- {H24} "STOP" on a forwarded bill notice, {H35} "STOP" under our acknowledgement: `unclear`.
- {H07} empty reply (only "Sent from my iPhone"), {H21} a thumbs-down emoji, {H77} "see below" on a forwarded
  promo, {H27} "like I told the lady on the phone", {H68} "do the same for my other address", {H34} "Please
  stop." and {H61} "can you remove me" with no object: `unclear`, `labels: []`, `ack_to` = sender.
- {H49} a person asks under our acknowledgement "did it go thru?": `question`, acknowledged.
- {H30}, {H89} thanks to our acknowledgement and {H51} thanks under the newsletter: no labels, not unclear,
  `ack_to: null` (no answer is due).
- {H54}: the request is in the sender's own subject ("DO NOT SELL MY PERSONAL INFORMATION", not a "Re:") and the
  body says "Per the subject line": `catalog_share_opt_out`; the catalog customer # is the `account`.

**Unsubscribe software and machines.**
- {H16}, {H73} Gmail's Unsubscribe and {H40} Outlook.com's (empty body) to our List-Unsubscribe address: person,
  `marketing_opt_out`, acknowledged. {H52} an inbox-cleaning service with `Auto-Submitted: auto-generated`: person,
  `marketing_opt_out`, `ack_to: null`.
- {A03} (harvest auto-reply) and {A17} ("no longer monitored") carry no Auto-Submitted header: automated anyway.
- {A09}, {A15}, {A23}: machine replies to our acknowledgement (vacation, help-desk ticket robot, realtor's
  out-of-office) are automated LOOP TRAPs.
- {A08}: a mailing-list post from another utility's staff full of "quit sending me stuff" / "don't share my name"
  quotes. Mailman's full personalisation puts our mailbox in `To:`: list traffic, automated.
- {A05}, {A20} (mail house suppression report, CRM export notice), {A19} (calendar invitation about list rental
  and do-not-share files), {A14} (SEO pitch "reply no thanks and I'll take you off my list"), {A13}
  (challenge-response): automated, no labels, even though they use opt-out words.

**Entities.** Only what the sender typed in the new text or signature. First names alone are kept as written
({H02} "Rollie", {H09} "Kayla", {H33} "brianna" in lower case, {H85} "Bud & Carol", {H79} Spanish full name).
Joint names stay joint ({H22}). Towns without a ZIP ({H03} Anamosa, {H25} Postville) give no `postal_code`.
Phone numbers, order/ticket numbers, campaign tokens and the account tail quoted in a forwarded bill ({H24},
{H84}) are never entities. Web-form fields ({H15}, {H78}) are the customer's own words.
"""


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write(out, man, idx_lines, k2f):
    idx = [l.split("\t") for l in idx_lines[1:]]
    n = len(man)
    auto = sum(r["automated"] for r in man)
    c = collections.Counter()
    for r in man:
        for l in r["labels"]:
            c[l] += 1
    combos = collections.Counter()
    for r in man:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos["unclear" + (" + " + " + ".join(r["labels"]) if r["labels"] else " (no labels)")] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    boxes = collections.Counter((r["mailbox"], r["automated"]) for r in man)
    cats = collections.Counter(i[2] for i in idx)
    langs = collections.Counter(i[3] for i in idx)
    progs = collections.Counter(i[4] for i in idx)
    ent = collections.Counter()
    for r in man:
        for k in r["entities"]:
            ent[k] += 1
    ack_null = sum(r["ack_to"] is None for r in man)
    ack_rt = [r["file"] for r in man if r["ack_to"] and "noreply" not in r["ack_to"] and r["file"] in
              {k2f[k] for k in ("H15", "H78")}]

    summary = [
        ("messages", n), ("people (automated = false)", n - auto), ("machines (automated = true)", auto),
        ("customercare", sum(v for (b, a), v in boxes.items() if b == "customercare")),
        ("powerhousecatalog", sum(v for (b, a), v in boxes.items() if b == "powerhousecatalog")),
        ("label marketing_opt_out", c["marketing_opt_out"]), ("label catalog_share_opt_out", c["catalog_share_opt_out"]),
        ("label question", c["question"]), ("unclear", sum(r["unclear"] for r in man)),
        ("ack_to null", ack_null), ("ack_to set", n - ack_null),
        ("ack_to from Reply-To (our web-form relay)", len(ack_rt)),
        ("messages with any entity", sum(bool(r["entities"]) for r in man)),
        ("entity name / postal_code / account", "%d / %d / %d" % (ent["name"], ent["postal_code"], ent["account"])),
    ]
    box_rows = [(b, sum(v for (bb, a), v in boxes.items() if bb == b), boxes[(b, True)])
                for b in ("customercare", "powerhousecatalog")]
    nulls = collections.Counter()
    for r in man:
        if r["ack_to"] is None:
            nulls["automated" if r["automated"] else ("human, Auto-Submitted unsubscribe" if r["labels"] else
                                                      "human thank-you, no answer due")] += 1

    calls = CALLS
    for k, f in k2f.items():
        calls = calls.replace("{%s}" % k, f[:4])
    missing = re.findall(r"\{[HA]\d+\}", calls)
    if missing:
        raise SystemExit("README placeholders without a message: %s" % missing)

    text = """# plainspoken: plain, imperfect writers (synthetic, labelled)

## Brief

%s

%d raw messages (`0001.eml` ... `%04d.eml`, CRLF, in arrival order, September 2024 to February 2025) for the two
mailboxes `customercare@alliant-energy.com` and `powerhousecatalog@alliant-energy.com`, labelled in
`manifest.jsonl` (schema of /work/shared/corpus/README.md) by the rules of /work/shared/LABELS.md. `index.tsv` maps
every file to the scenario (`spec`) and category it was written for, its language, the mail program or robot that
produced it, and the date. Everything is invented: people, addresses, companies, account numbers, phone numbers
(555-01xx). Many senders use real mailbox-provider domains so the headers look right: **never let a bot mail
the `ack_to` addresses for real.**

Rebuild and check (standard library only, fixed seeds, byte-identical):

    python3 _generator/build.py     # rewrites every .eml, manifest.jsonl, index.tsv and this README
    python3 _generator/verify.py    # parse, CRLF, line length, schema, label rules, entities, ack_to

`_generator/specs.py` holds every message's text and labels; `human.py`/`clients.py` turn a person's words into
what Gmail, iPhone Mail, Yahoo/AOL, Outlook.com, Exchange Online, Samsung Email, Roundcube, Zimbra, Open-Xchange,
Thunderbird or our Contact Us form would send; `machines.py` writes the robots; `ours.py` is our own outgoing mail
(promos, bill notice, acknowledgements) as it appears quoted, forwarded or bounced; `keys.tsv` maps files to spec
keys.

## Counts

%s

| mailbox | messages | of which automated |
|---|---|---|
%s

Exact label combinations:

%s

Why `ack_to` is null:

%s

By category (index.tsv):

%s

By language:

%s

By program:

%s

## Judgement calls

%s""" % (BRIEF, n, n, table(summary, ["what", "count"]),
         "\n".join("| `%s` | %d | %d |" % r for r in box_rows),
         table(sorted(combos.items(), key=lambda x: (-x[1], x[0])), ["labels", "messages"]),
         table(sorted(nulls.items(), key=lambda x: -x[1]), ["reason", "messages"]),
         table(sorted(cats.items(), key=lambda x: (-x[1], x[0])), ["category", "messages"]),
         table(sorted(langs.items(), key=lambda x: (-x[1], x[0])), ["language", "messages"]),
         table(sorted(progs.items(), key=lambda x: (-x[1], x[0])), ["program", "messages"]),
         calls)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
