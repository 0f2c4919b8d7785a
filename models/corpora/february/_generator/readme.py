# -*- coding: utf-8 -*-
"""Writes README.md for the set from the manifest and the specs (counts are computed, never typed)."""
from collections import Counter

BRIEF = """\
A realistic two weeks (1-14 February 2027) in both privacy mailboxes, in the proportions a privacy team
really sees: a Valentine's gift catalog e-mail and a "Beat the Cold" rebate e-mail go out, January's cold
brings high winter bills, a snowstorm on 8-9 February knocks out power, it is tax season (1099s, payment
statements, receipts, W-9s), people clean up their mailboxes after the holidays, and the season's machine
mail arrives (auto-replies, bounces, phishing about refunds and tax forms, vendor notices, newsletters).
Mostly ordinary mail written the many ways real people write, a few hard or unclear ones; about 15 %
Spanish or mixed."""

# (spec id, the call) - rendered with the file name the spec got
CALLS = [
    ("p32", "**Unclear messages carry no labels, with one exception.** LABELS.md says a request to delete "
            "everything is *unclear plus question*, so this message has `labels: [\"question\"]` and "
            "`unclear: true`. Every other unclear message has `labels: []` (the corpus README's convention), "
            "because nothing in it is certain enough to act on."),
    ("p06", "**A first name alone is a name entity.** LABELS.md (2026-12-03) says \"as written (a first "
            "name alone counts)\", which overrides the older corpus README's \"full names only\". So "
            "`Kevin`, `Renee`, `Kara`, `Tre`, `Jen`, `Priya` ... are extracted from sign-offs."),
    ("p34", "**A question about someone else is still a question.** Anna asks whether her mother (who "
            "uses oxygen) can be put on a medical priority list before the storm. Nobody's data is changed "
            "by answering, so this is not an on-behalf *unclear*: `question`. The name entity is the mother, "
            "the person the question is for (LABELS: entities name the person the request is for)."),
    ("p58", "**A thank-you to the line crew** is a person's mail that asks nothing: no labels, not unclear, "
            "`ack_to: null` (LABELS lists \"a thank-you\" among mail where no answer is due). I kept "
            "`{\"name\": \"Mark\"}` because he signed it; a scorer that expects `{}` on no-action mail will "
            "disagree here."),
    ("p56", "**A reply under our acknowledgement that adds a new request** (\"also don't share our name\") is "
            "not a loop and not a thank-you: it is labelled `catalog_share_opt_out` and acknowledged. The "
            "ack's own quoted text about sharing does not count; her sentence does."),
    ("p09", "**Venting is not a question.** \"My bill was $412 in January\" under the Valentine's promotion "
            "asks nothing; only `marketing_opt_out`. Contrast the high-bill mails that do ask (`question`)."),
    ("p25", "**\"Please confirm in writing\"** is what the acknowledgement does; it is not a separate "
            "question. `catalog_share_opt_out` only."),
    ("p40", "**A daughter about her late father's mail** does not say she is the executor or on the account: "
            "unclear (on behalf of someone without clear standing); the entity is the father's name. Many "
            "clerks would just stop the mail after a look; that is why it goes to review, not to the bot."),
    ("p64", "**A tax preparer asking for a client's payment history** offers an authorization she has not "
            "sent: unclear, entities are the client's."),
    ("p70", "**A landlord asking to stop catalogs to a unit** addressed to the previous tenant and to "
            "\"Current Resident\": on behalf of others, unclear. Only the ZIP of that address is an entity; "
            "the landlord's own name is not the person the request is for."),
    ("p74", "**Spanish: \"it was my mom's catalog, she moved\"**: a son asking us to stop mail addressed to "
            "his mother (and implicitly an address change for her): unclear."),
    ("p28", "**\"unsubscribe\" over a forwarded bill notice** is a short reply under a service message: "
            "unclear, not a marketing opt-out. The same goes for \"STOP\" and the Spanish \"Ya no quiero "
            "recibir estos mensajes\" under outage alerts."),
    ("p50", "**A reply under an outage alert that asks about the restoration time** is an ordinary service "
            "question, so `question` (the alert being a service message only matters for short stop-words)."),
    ("p77", "**\"How long does the opt-out take?\"** after an earlier, confirmed opt-out: question only. The "
            "earlier request is on record and she does not repeat it."),
    ("p18", "**\"How many times do I have to unsubscribe? Take me off and tell me why it didn't work\"**: the "
            "opt-out plus a complaint that wants an answer, `marketing_opt_out` + `question`."),
    ("p22", "**An AP clerk opting the company's AP mailbox out of marketing** writes for his employer's own "
            "account, so standing is clear: `marketing_opt_out`, acknowledged to him (From)."),
    ("p73", "**Reply-To as the answer address**: the W-9 request names the team AP mailbox, which is also in "
            "Reply-To, so `ack_to` is the Reply-To. Likewise the shared family account (`ploegerfamily@`) "
            "with Megan's own address in Reply-To, and our Contact Us form relay (From `noreply@`)."),
    ("p85", "**A state privacy law cited to opt out of sale**, with \"I am not asking you to stop the catalog\": "
            "`catalog_share_opt_out` only; the law citation needs no separate answer."),
    ("p81", "**A snowbird moving for good**: the final-bill address is a question, \"stop the catalog and all "
            "the promotional mail, don't forward it\" is a marketing opt-out; the ZIP entity is the new "
            "Arizona one she gives."),
    ("p24", "**A forwarded phishing mail with \"is this from you?\"** is the customer's question; the "
            "forwarded scam (with its account digits) is not his text, and the same scam also arrives "
            "directly as automated mail."),
    ("p33", "**Duplicate catalogs under two spellings of her own name**, and she wants neither: "
            "`marketing_opt_out` (not a duplicate clean-up), with the customer number from the label."),
    ("p03", "**Inbox-cleaning services**: TidyBox (its own relay address) and InboxSweep (sending from the "
            "user's own Gmail) both carry `Auto-Submitted: auto-generated`: `automated: false`, "
            "`marketing_opt_out`, `ack_to: null` (LABELS, RFC 3834). Plain mail-client unsubscribes "
            "(Gmail, Apple, Outlook, Yahoo, Fastmail) have no such header and are acknowledged."),
    ("m19", "**A help desk opening a ticket in answer to our acknowledgement** has no Auto-Submitted header "
            "(only X-Autoreply and Precedence: bulk): still a LOOP TRAP, automated."),
    ("m21", "**A read receipt from a known customer's address** (Thunderbird MDN for a staff answer) is "
            "machine mail: automated."),
    ("m15", "**Cold sales and SEO outreach** are written to look personal and say \"just let me know\"; "
            "LABELS makes them automated with no labels."),
    ("m05", "**Headerless \"no longer monitored\" reply** (no Auto-Submitted, no Precedence, ordinary "
            "Return-Path): automated by LABELS."),
]

OURS = """\
| what | From | sent | notes |
|---|---|---|---|
| Valentine's catalog e-mail "Gifts that keep them warm: Valentine's picks from PowerHouse [PH-2702-VAL]" | `powerhousecatalog@` | 2027-02-02 09:15 CST | footer: list-sharing notice **and** "reply with the word unsubscribe"; HQ ZIP 53718; `List-Unsubscribe: <mailto:powerhousecatalog@…?subject=unsubscribe%20PH-2702-VAL>` |
| rebate promo "Beat the Cold: up to $75 back when you seal the drafts [AE-NL-2702-BTC]" | `customercare@` | 2027-02-03 10:00 CST | footer: "To opt out of marketing e-mails, click unsubscribe or reply … unsubscribe"; `List-Unsubscribe: <mailto:customercare@…?subject=unsubscribe&body=AE-NL-2702-BTC>` |
| bill notice "Your Alliant Energy bill is ready" | `noreply@alliantenergy.com` | monthly | service message; says it is sent "even if you have opted out of marketing" |
| outage alert "Outage alert: power is out at your address" (and the Spanish "Alerta de interrupción: …") | `noreply@alliantenergy.com`, **Reply-To `customercare@`** | 2027-02-08/09 storm | service message; the Reply-To is why replies to alerts land in the customercare box |
| bot acknowledgement "We received your request [CC-2027-02-NNNNN]" | `customercare@` | – | `Message-ID: <ack.CC-…@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out and sharing |
| January promotion (AE-NL-2701-HEA) and December holiday catalog e-mail | `customercare@` / `powerhousecatalog@` | Dec 2026 / Jan 2027 | only seen through software unsubscribes after the holidays |
| staff answer to a landlord's tax question | `customercare@` | 2027-02-09 | only seen through its read receipt |
"""


def _table(rows, head):
    out = ["| %s |" % " | ".join(head), "|" + "---|" * len(head)]
    for r in rows:
        out.append("| %s |" % " | ".join(str(x) for x in r))
    return "\n".join(out)


def make(man, specs):
    fileof = {s["id"]: m["file"] for s, m in zip(specs, man)}
    n = len(man)
    auto = [m for m in man if m["automated"]]
    human = [m for m in man if not m["automated"]]
    lab = Counter()
    combo = Counter()
    for m in man:
        for l in m["labels"]:
            lab[l] += 1
        if m["automated"]:
            key = "(none) - automated"
        elif m["unclear"]:
            key = "(unclear) " + ("+".join(m["labels"]) if m["labels"] else "no labels")
        elif not m["labels"]:
            key = "(none) - human, nothing to do"
        else:
            key = " + ".join(m["labels"])
        combo[key] += 1
    boxes = Counter(m["mailbox"] for m in man)
    boxes_auto = Counter(m["mailbox"] for m in auto)
    cats = Counter(s["cat"] for s in specs)
    langs = Counter(s.get("lang", "en") for s in specs)
    progs = Counter(s["prog"] for s in specs)
    ack_null = [m for m in man if m["ack_to"] is None]
    ack_null_h = [m for m in ack_null if not m["automated"]]
    ack_reply = [s for s, m in zip(specs, man) if s.get("ack") == "reply"]
    ent = Counter()
    for m in man:
        for k in m["entities"]:
            ent[k] += 1
    with_ent = sum(1 for m in man if m["entities"])
    unclear = [m for m in man if m["unclear"]]

    L = []
    L.append("# february: two weeks of February 2027 in both privacy mailboxes\n")
    L.append("## Brief\n")
    L.append(BRIEF + "\n")
    L.append("The set follows `shared/LABELS.md` and the manifest schema of `shared/corpus/README.md` "
             "(`file, mailbox, automated, labels, unclear, entities, note, ack_to`). All people, addresses, "
             "phone numbers (555-01xx), account and customer numbers and most companies are invented; many "
             "senders use real mailbox-provider domains so the headers look right, so **point any replay's "
             "outgoing SMTP at a sink**.\n")
    L.append("Files are numbered in arrival order (the `mbx01` LMTP `Received:` time). Every message has the "
             "`Return-Path`, `Delivered-To` and `Received`/`Authentication-Results` chain of the fictional "
             "`mx1`/`mx2.alliant-energy.com` → `mbx01` Postfix hosts, then the sending provider's trace and "
             "the mail program's own headers and MIME structure.\n")
    L.append("## Our own outgoing mail in this set\n")
    L.append(OURS)
    L.append("## Counts\n")
    L.append(_table([("messages", n), ("people (automated = false)", len(human)),
                     ("machines (automated = true)", len(auto)),
                     ("unclear", len(unclear)),
                     ("ack_to null", "%d (%d automated + %d human: software unsubscribes with Auto-Submitted, thank-yous)"
                      % (len(ack_null), len(ack_null) - len(ack_null_h), len(ack_null_h))),
                     ("ack_to set", n - len(ack_null)),
                     ("ack_to from a Reply-To that differs from From", len(ack_reply)),
                     ("Spanish or mixed", "%d (%.0f %%)" % (langs["es"] + langs["mixed"],
                                                           100.0 * (langs["es"] + langs["mixed"]) / n))],
                    ["what", "count"]) + "\n")
    L.append(_table([(b, boxes[b], boxes_auto[b]) for b in sorted(boxes)], ["mailbox", "messages", "of which automated"]) + "\n")
    L.append(_table([(k, lab[k]) for k in ("marketing_opt_out", "catalog_share_opt_out", "question")],
                    ["label", "messages carrying it"]) + "\n")
    L.append("Exact combinations (each message once):\n")
    L.append(_table(sorted(combo.items(), key=lambda x: (-x[1], x[0])), ["labels", "messages"]) + "\n")
    L.append("By how the message came to be (`index.tsv` category):\n")
    L.append(_table(sorted(cats.items(), key=lambda x: (-x[1], x[0])), ["category", "messages"]) + "\n")
    L.append(_table([("en", langs["en"]), ("es", langs["es"]), ("mixed", langs["mixed"])], ["language", "messages"]) + "\n")
    L.append(_table([("messages with any entity", with_ent), ("name", ent["name"]), ("postal_code", ent["postal_code"]),
                     ("account", ent["account"])], ["entities", "count"]) + "\n")
    L.append("Mail programs / senders (`index.tsv` program): " +
             ", ".join("%s %d" % (k, v) for k, v in sorted(progs.items(), key=lambda x: (-x[1], x[0]))) + ".\n")
    L.append("## Judgement calls where LABELS.md is thin\n")
    for sid, text in CALLS:
        L.append("- `%s` (%s): %s" % (fileof[sid], sid, text))
    L.append("")
    L.append("Unclear messages: " + ", ".join("`%s`" % m["file"] for m in unclear) + ". Their `ack_to` is the "
             "address an acknowledgement would go to after review (LABELS).\n")
    L.append("## Files\n")
    L.append(_table([("`NNNN.eml`", "the raw messages, CRLF, exactly as IMAP would return them"),
                     ("`manifest.jsonl`", "one JSON object per message, in file order"),
                     ("`index.tsv`", "file, spec id, category, language, program, arrival time"),
                     ("`_generator/build.py`", "rebuilds every file byte for byte (fixed seeds, standard library only)"),
                     ("`_generator/verify.py`", "parses every message and checks CRLF, line lengths, the manifest schema, "
                                                "the label rules, entities in the sender's new text, ack_to, Message-IDs, order"),
                     ("`_generator/people.py`, `machines.py`, `ours.py`", "the messages: people's text, machine mail, our own mail"),
                     ("`_generator/clients.py`, `mime.py`", "how each mail program and provider writes headers and MIME")],
                    ["path", "what"]) + "\n")
    L.append("```\npython3 _generator/build.py && python3 _generator/verify.py\n```\n")
    return "\n".join(L)
