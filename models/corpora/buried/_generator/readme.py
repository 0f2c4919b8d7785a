"""Writes README.md for the set from the manifest rows and specs (called by build.py)."""
import collections

HEAD = """# `buried`: long mail where the request is buried, spread out or missing

Synthetic, labelled e-mails for the Alliant Energy privacy-mailbox bot, written for one hard theme.
The file format, header chain and manifest schema are those of `/work/shared/corpus` (see its README);
labels follow `/work/shared/LABELS.md`, hard cases included.

## The brief

Long and rambling mail where what the sender wants is buried or spread out: stories about a late husband's
catalogs, a move, an illness, a billing fight; several topics in one message; the request in a P.S., in the
subject only, in the middle of a paragraph, stated then half-taken back; conditions ("if you sell my name then
stop, otherwise fine"); several people mentioned; dates and numbers everywhere (account, order, phone and
confirmation numbers, ZIP codes that are not the sender's); lists and bullet points; long signatures with quotes
and disclaimers. Also long mail that asks nothing of us (a thank-you story, a complaint that asks nothing, a
letter to the editor cc'd to us) and long machine mail (newsletters, vendor reports, bounces with long
transcripts). About 10 % Spanish or mixed.

Every message is a file `NNNN.eml` with the exact bytes an IMAP server would return: CRLF line endings;
`Return-Path`, `Delivered-To` and the `Received`/`Authentication-Results` chain of the fictional
`mx1/mx2.alliant-energy.com` -> `mbx01` Postfix hosts; then the sending provider's headers (Gmail, Microsoft,
Yahoo/AOL, iCloud, Comcast, small ISPs, mail service providers) and the mail program's own headers and MIME
body. Dates run from September 2024 to February 2025 and files are numbered in arrival order.
All people, addresses, account/customer numbers, companies and phone numbers (555-01xx) are invented.

> **Safety:** sender addresses use real mailbox-provider domains so the headers look right. If you replay the
> set through a bot, point its outgoing SMTP at a sink. Never let it mail the `ack_to` addresses for real.

## Our own outgoing mail in this set

These messages are Alliant's own. They turn up quoted under replies, forwarded, returned inside bounces,
or answered by auto-replies. Their text (footers with "unsubscribe", "opt out", the sharing notice, our HQ ZIP
53718) is never the sender's request and never gives an entity.

| what | From | send date | notes |
|---|---|---|---|
| promo "Is community solar right for you?" | `customercare@` | 2024-09-17 | footer "Opt out of marketing emails", HQ ZIP 53718 |
| promo "Fall savings: $50 back on a smart thermostat [AE-NL-2410-NNNNN]" | `customercare@` | 2024-10-15 | per-recipient token; "unsubscribe ... or reply with the word unsubscribe" |
| catalog e-mail "Holiday Preview: gifts for everyone on your list [PH-2411-NNNNN]" | `powerhousecatalog@` | 2024-11-12 | footer has the list-sharing notice **and** "To unsubscribe" |
| newsletter "Your December Home Comfort Tips from PowerHouse" | `customercare@` | 2024-12-03 | "manage your preferences or unsubscribe" |
| promo "Free Home Energy Assessment" | `customercare@` | 2025-01-14 | "Unsubscribe / opt out"; phone 1-800-555-0147 |
| catalog e-mail "Winter Clearance: up to 40% off heated throws & more [PH-2501-NNNNN]" | `powerhousecatalog@` | 2025-01-21 | sharing notice + unsubscribe; its List-Unsubscribe adds `body=Please remove me from PowerHouse e-mail (PH-2501)` |
| bill notice "Your Alliant Energy bill is ready" | `noreply@alliantenergy.com` | monthly | service message: "You receive it even if you have opted out of marketing" |
| outage notice "Planned outage: Thursday, January 9, 8 a.m. to noon" | `alerts@alliant-energy.com`, Reply-To `customercare@` | 2025-01-06 | service message, same sentence |
| **bot acknowledgement** "We received your request [CC-YYYY-MM-NNNNN]" | `Alliant Energy Customer Care <customercare@...>` | - | `Message-ID: <ack.CC-...@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out and sharing |
| Contact Us form relay "Contact Us: <topic>" | `noreply@alliantenergy.com`, customer in Reply-To | - | fields Name / E-mail / Phone / Service address / City/State/ZIP / Account number / Topic / Message |

Every promo carries `List-Unsubscribe: <mailto:...?subject=unsubscribe>` pointing at the mailbox it came from
(the Winter Clearance one also has the `body=` text above). Bounces here return our promos, and in one case our
acknowledgement, inside `message/rfc822` or `text/rfc822-headers` parts.

## Files

| path | what |
|---|---|
| `NNNN.eml` | the raw messages; open them as **bytes** |
| `manifest.jsonl` | one JSON object per message, in file order, with the corpus schema and key order: `file, mailbox, automated, labels, unclear, entities, note, ack_to` |
| `index.tsv` | `file, spec, category, language, program, date`: the generator key, the category it was written for (not part of the label schema), `en`/`es`/`mixed`, the mail program, and the Date header |
| `_generator/build.py` | rebuilds every byte of the set (fixed seed): `python3 _generator/build.py` |
| `_generator/verify.py` | checks the set: `python3 _generator/verify.py` |
| `_generator/*.py` | `lib.py` (encodings, dates), `programs.py` (mail programs and providers), `ours.py` (our outgoing mail), `msgs_a/b/c.py` (human mail), `msgs_auto.py` (machine mail), `readme.py` (this file) |

## How the labels were decided

`/work/shared/LABELS.md` is the rulebook. Where it differs from the older conventions in the corpus README,
this set follows the rulebook:

* **Unclear mail can carry `question`.** The rulebook labels a request to delete everything "unclear plus
  question". By the same logic, when a message's opt-out part is unclear (self-contradicting, a reference to an
  earlier request, disjunctive "hold it or stop it") but it also asks something that plainly needs a human answer,
  it is `unclear: true` with `labels: ["question"]`. An unclear message never carries an opt-out label.
* **A first name alone counts** as `name` ("as written (a first name alone counts)"). Titles are dropped
  ("Dr.", "Fr.", ", RN"); joint names stay joint.
* **On behalf of someone else**: unclear unless the writer clearly has standing. Standing was accepted for: the
  account holder about the household, an executor who now holds the account, a son with durable power of
  attorney, a parish holding the account for its rectory, and a grandson typing the account holder's own
  dictated words. Not accepted: a daughter for her mother or late father, a wife for her husband, a landlord for his tenants, a reply asking "the same" for a sister. `name` is then the person the
  request is for.
* **`postal_code`** is the ZIP of the person's own address: the new address after a move, the address the catalog
  is mailed to, the signature of a person writing from home. ZIPs of employers in work signatures, of relatives,
  of old addresses, of vacation stays, of vendors and of our HQ are not entities.
* **`account`** is the utility account or PowerHouse customer number written by the sender in the body, as
  written (spaces and dashes kept, e.g. `C-0044 1902`), without the words around it ("Acct", "Customer No.").
  Order, item, tracking, gift-card, confirmation, ticket, case, form, phone and campaign numbers are never
  accounts. A number that appears only in the subject is not an entity (entities come from the body).
* **Complaints are `question`** even when the writer says she asks for nothing; a letter to the editor that
  complains about us and is cc'd to us is a complaint. Praise and thank-yous get no labels and `ack_to: null`.
* **Replies to our acknowledgement** written by a person: no labels and `ack_to: null` when they ask for nothing;
  labelled and answered when they add a real request. Auto-replies to the acknowledgement are automated and
  marked LOOP TRAP in `note`.
* **Channel limits are kept** ("stop the e-mails, keep the catalog" and "keep the e-mails, stop the paper
  catalog" are both `marketing_opt_out`; the note says which channel). "Stop calling me" is also a marketing opt-out.
* **Cc'd mail.** Two messages reach us only as Cc (a letter to the editor, a complaint to the state commission),
  and one spam reaches us only as a Bcc (`To: undisclosed-recipients:;`). For these the mailbox is in `Cc` or only
  in `Delivered-To`; `verify.py` checks `Delivered-To` for every message and `To`/`Cc` for human mail.
* **Automated wins**: `automated: true` means `labels: []`, `unclear: false`, `entities: {}`, `ack_to: null`.
* **ack_to**: `Reply-To` when From is a relay or shared account or the sender asks to be answered there,
  else From; null for automated mail, for mail that needs no answer, and for a mail-client unsubscribe that
  carries `Auto-Submitted`. Unclear mail keeps the `ack_to` it would get after review.

"""


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out) + "\n"


def render(rows, specs):
    n = len(rows)
    by_file = {r["file"]: (r, s) for r, s in zip(rows, specs)}
    lab = collections.Counter()
    combos = collections.Counter()
    for r in rows:
        for l in r["labels"]:
            lab[l] += 1
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos[("unclear + " + " + ".join(r["labels"])) if r["labels"] else "(none) - unclear"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    s = HEAD
    s += "## Counts\n\n"
    s += table([("`marketing_opt_out`", lab["marketing_opt_out"]), ("`catalog_share_opt_out`", lab["catalog_share_opt_out"]),
                ("`question`", lab["question"]), ("`automated: true`", sum(r["automated"] for r in rows)),
                ("`unclear: true`", sum(r["unclear"] for r in rows)), ("**total messages**", n)],
               ["label", "messages carrying it"])
    s += "\nExact label combinations (each message counted once):\n\n"
    s += table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"])
    cats = collections.Counter(sp["cat"] for sp in specs)
    s += "\nBy how the message came to be (`index.tsv` category):\n\n"
    s += table(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), ["category", "messages"])
    s += "\n"
    s += table([(b, sum(1 for r in rows if r["mailbox"] == b), sum(1 for r in rows if r["mailbox"] == b and r["automated"]))
                for b in ("customercare", "powerhousecatalog")], ["mailbox", "messages", "of which automated"])
    langs = collections.Counter(sp.get("lang", "en") for sp in specs)
    s += "\n"
    ent = collections.Counter()
    for r in rows:
        for k in r["entities"]:
            ent[k] += 1
    rt_diff = [r["file"] for r, sp in zip(rows, specs) if r["ack_to"] and sp.get("reply_to") and r["ack_to"] == sp["reply_to"][1]]
    s += table([("language en / es / mixed", "%d / %d / %d" % (langs["en"], langs["es"], langs["mixed"])),
                ("messages with any entity", sum(1 for r in rows if r["entities"])),
                ("entity `name`", ent["name"]), ("entity `postal_code`", ent["postal_code"]), ("entity `account`", ent["account"]),
                ("`ack_to` set", sum(1 for r in rows if r["ack_to"])),
                ("`ack_to` taken from Reply-To", "%d (%s)" % (len(rt_diff), ", ".join(rt_diff))),
                ("`ack_to` null", "%d (%d automated + %d human)" % (sum(1 for r in rows if not r["ack_to"]),
                                                                    sum(r["automated"] for r in rows),
                                                                    sum(1 for r in rows if not r["ack_to"] and not r["automated"])))],
               ["other", "count"])
    import programs
    progs = collections.Counter(sp.get("progname") or programs.PROGRAM_NAMES[sp["prog"]] for sp in specs if not sp.get("automated"))
    s += "\nMail programs of the human messages: " + ", ".join("%s %d" % kv for kv in sorted(progs.items(), key=lambda kv: (-kv[1], kv[0]))) + ".\n"
    s += "\n## Files by category\n\n"
    by_cat = collections.defaultdict(list)
    for r, sp in zip(rows, specs):
        by_cat[sp["cat"]].append(r["file"][:4])
    s += table([(c, len(v), ", ".join(v)) for c, v in sorted(by_cat.items())], ["category", "n", "files"])
    s += "\n## Verification\n\n`python3 _generator/verify.py` rebuilds the set into a temporary folder and compares every byte, then parses each\n" \
         "file with `email.policy.default` (every header, every leaf part decoded), checks CRLF-only line endings and the\n" \
         "998-octet limit, the manifest's schema, key order and file list, labels and their order, the automated rule,\n" \
         "entity keys and that each entity value occurs in the decoded body text, `ack_to` against From/Reply-To,\n" \
         "Delivered-To against `mailbox`, unique Message-IDs, and `index.tsv`.\n"
    return s
