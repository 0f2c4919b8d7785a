"""README.md for the 'breach' set: brief, counts (computed), our outgoing mail, judgement calls."""
import collections
import email
import email.policy
import email.utils
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BRIEF = """# Set `breach`: the ten days after the printing-vendor incident notice

**Brief.** The ten days after the company mailed a notice that a third-party printing vendor had a data-security
incident affecting names and mailing addresses of some catalog customers. Frightened, angry and calm customers write:
some want marketing stopped, some want their name never shared again, some want everything deleted, some ask what
happened, some threaten to sue, some just vent, some ask about credit freezes, some mix several things. Also: phishing
that imitates the breach notice, class-action law firms soliciting, credit-monitoring vendors, journalists asking for
comment, the vendor's own notices, auto-replies and bounces of the notice, people forwarding the notice asking "is this
real?". About 110 messages; varied voices, formats and languages (some Spanish).

All people, companies, addresses, phone numbers (555-01xx), account and customer numbers are invented. Sender
addresses on real mailbox providers (gmail.com, yahoo.com, ...) are there so the headers look right: if you replay this
set through the bot, point its SMTP at a sink.

Files: `NNNN.eml` (raw bytes, CRLF, in arrival order), `manifest.jsonl` (schema of `/work/shared/corpus/README.md`),
`index.tsv` (file, spec, category, language, program, date in Central time), `_generator/build.py` (rebuilds every
file byte-identically; fixed seed per message), `_generator/verify.py` (parse, CRLF, schema, label rules, entities in
the sender's own text, ack_to; exits 1 on any error).

## The story and our own outgoing mail

| what | From | sent | shows up as |
|---|---|---|---|
| e-mail notice "Notice of a data security incident at one of our printing vendors" (reference PHN-2503, no List-Unsubscribe: a service message) | `powerhousecatalog@` | Tue 2025-03-04 08:02 CST | replies, forwards, bounces, out-of-office, read receipt; `Message-ID: <PHN-2503.NNNNNNNNNN.xxxxxx@alliant-energy.com>` |
| the same notice as a postal letter dated March 3 | paper | arrives Thu 6 - Sat 8 March | people type in the reference or their catalog customer number, or attach a photo |
| promo "Spring Preview ... [PH-2503-SP]" with List-Unsubscribe mailto and the list-sharing footer | `powerhousecatalog@` | Thu 2025-03-06 10:00 CST | unsubscribe-button mails, a STOP, a reply pointing at the sharing footer |
| bot acknowledgement "We received your request [CC-2025-03-NNNNN]" (`Auto-Submitted: auto-replied`) | `customercare@` | on receipt | three loop traps, one thank-you, two human follow-up questions |

The vendor is the (invented) Lakeshore Print & Mail Services, Inc. of Muskegon, MI. Phishing uses look-alike domains
(`powerhouse-settlement-claims.com`, `alliant-energia-aviso.com`, `alliantenergy-verify.net`, ...). Daylight saving
time starts on Sunday 9 March, so our hosts switch from CST (-0600) to CDT (-0500) in the middle of the set.
"""

CALLS = """## Judgement calls (where LABELS.md is thin or the two rulebooks differ)

LABELS.md was followed wherever it speaks; `/work/shared/corpus/README.md` was used for the schema and conventions
LABELS.md does not repeat. Where they disagree, LABELS.md won:

1. **First names alone are entities.** LABELS.md: "as written (a first name alone counts)"; the corpus README says
   only full names count. Rows with a first-name-only signature carry it (`Arlene`, `Dale`, `Kevin`, `Nancy`,
   `Phyllis`). A name that appears only in `From:` or in our quoted "Dear ..." line is never taken.
2. **Deleting everything is unclear *plus* `question`** (LABELS.md), although the corpus README says unclear rows have
   no labels. All other unclear rows have `labels: []`. One deletion mail also says plainly "remove me from the catalog
   mailing list"; it keeps `marketing_opt_out` next to `question` so staff see the stop request, and `unclear: true`
   keeps the bot from acting on any of it. `verify.py` allows labels on unclear rows only for this category.

Breach-specific calls:

3. **STOP / unsubscribe under the notice is unclear.** The incident notice is a service message (it has no
   unsubscribe footer or List-Unsubscribe), so a bare "STOP", "unsubscribe" or an empty reply under it is unclear.
   The same STOP under the Spring Preview promo is a marketing opt-out. `verify.py` checks both rules by In-Reply-To.
4. **Venting vs. complaining.** A mail whose whole content is a complaint or a vent, with nothing else asked
   ("third letter like this since Christmas", the long neighbourhood-Facebook mail, "You people are a joke. Expect
   to hear from my lawyer.", "Thanks for nothing.") is a complaint and so `question` (a person should answer). Anger that
   comes with a clear request ("TAKE ME OFF YOUR MAILING LIST ... this is how you treat people", "Read the room. STOP",
   "Estoy muy molesta ... No more sharing") does not add `question`: the request is what needs handling.
   "Thanks for nothing." was the closest call: it could be read as an empty reply (unclear), but it does say something
   decidable (dissatisfaction with the notice).
5. **Legal threats and demands** (preserve records, $500 or small claims, an attorney's preservation letter) are
   `question` for the legal team. The attorney's letter is a person writing to us, not bulk: human, `question`, entity =
   her client (title "Ms." dropped).
6. **Journalists are people with questions** (`question`, ack to the reporter; route to communications). A reporter's
   follow-up quotes her own earlier mail, which counts as her text. A daily source-request digest that mentions the
   incident is list mail: automated.
7. **Machine and business mail that is not a request is automated**: the vendor's portal updates, its formal legal
   notice (PDF, mass-sent to all clients), its call-center report, class-action solicitations (bulk, with
   List-Unsubscribe), identity-protection vendors' cold pitches, including the second step of a sales sequence that
   is formatted as "Re:" of its own first mail, phishing, a consumer newsletter, a challenge-response request and a
   helpdesk's ticket auto-acknowledgement (it has only `X-Autoreply`/`Precedence: auto_reply`, no Auto-Submitted).
8. **"Don't give my name to anybody ... not your printers, not other catalogs"** is a sharing opt-out. A vendor
   printing on our behalf is not "sharing" under the policy, so that part cannot be honoured as written, but the wish
   not to be shared is clear.
9. **Asking about sharing is not refusing it.** "Who sold you my name?", "Does Alliant share my utility information
   with the catalog?", "how many times has my name been shared?" are questions; only the mail that also says "Don't
   share my name ... anymore" gets `catalog_share_opt_out` as well.
10. **How-to vs. request.** "How do I opt out of having my name shared? Is there a form?" is `question` only;
    "Can you take me off the list you share with other catalog companies?" is the opt-out itself, with no `question`
    (nothing else needs answering).
11. **On behalf of others.** A daughter asking us to stop mail and sharing for her late mother, and a daughter relaying
    her father's wish (in Spanish), are unclear (no stated standing); the entity is the parent. The account holder
    writing for "our household" has standing (both opt-outs). An 88-year-old who dictates to her grandson ("This is
    Dorothy Halvorsen. My grandson Jake is typing this for me") speaks for herself: share opt-out, entity Dorothy, ack to
    the grandson's From address she chose. A widow asking what to do about a letter addressed to her late husband asks
    for guidance for her own household: `question`, no standing issue. A teenager asking whether her mom's letter is a
    scam: `question`.
12. **Opting back in + a new refusal.** "I was in a mood yesterday ... please keep sending the catalog after all ... I
    don't want my name shared with other companies either" is `question` (opt back in) + `catalog_share_opt_out`;
    yesterday's stop is not a new opt-out.
13. **Conditional opt-out.** "Somebody called saying they were from PowerHouse ... Was that really you? If it was,
    please don't call me again." is `question` only: the condition concerns a call we would not make.
14. **"Please confirm in writing"** next to both opt-outs adds no `question`: the acknowledgement is the written
    confirmation. (A demand for written confirmation inside a deletion request is covered by that row's `question`.)
15. **Self-contradicting** ("Stop sending me everything. Well not the bill obviously. And the catalog is ok I guess
    ... Whatever it is you're doing with our info.") is unclear, though a sharing opt-out may be hiding in it.
16. **No object:** "Please stop." and "Por favor sáquenme." (take me off/out - of what?) are unclear in either mailbox;
    "as I asked in my e-mail last week, please do the same for the address on Ridgeway" is unclear (reference to earlier
    mail).
17. **Entities with two candidates.** Change of address: the ZIP is the new home's (the old address has no ZIP). Maiden
    name: the name she uses now. A catalog customer number typed from the letter (`3318-20475`, `4407-18826`) is an
    account; the notice reference `PHN-2503` is not. A bare ZIP in parentheses ("Sun Prairie (53590)") is a postal code.
    A business customer's account and ZIP come from her own signature block.
18. **Acknowledgement address.** Contact Us relay (`noreply@alliantenergy.com`) -> Reply-To; a work address with a
    personal Reply-To and "please reply to my personal e-mail" -> Reply-To. An inbox-cleaning service's unsubscribe with
    `Auto-Submitted: auto-generated` -> `marketing_opt_out`, not automated, `ack_to` null (RFC 3834). Apple Mail's
    unsubscribe with an empty body -> `marketing_opt_out`, ack to the sender. Two thank-yous need no answer and get
    `ack_to` null: "Thank you." under our acknowledgement, and an unsolicited "thanks for being straightforward ... No
    need to reply." (not a reply to our ack, but no answer is due either).
19. **Replies to our acknowledgement.** Auto-replies to it (Exchange OOO, a Sieve vacation reply, and a headerless
    school auto-responder with no Auto-Submitted) are automated LOOP TRAPs. People who reply to it with a new question
    ("does that mean my name could still be shared until then?", "nobody answered my question") are human `question`.
20. **Mailbox.** Replies to the notice and the promo land in `powerhousecatalog`; replies to our acknowledgement land
    in `customercare` (the ack is sent from there). One customer wrote to `customercare` with the catalog address in Cc;
    the row is the copy delivered to `customercare`.
"""


def people_count(manifest):
    senders = set()
    for r in manifest:
        if r["automated"]:
            continue
        raw = open(os.path.join(ROOT, r["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        rt = email.utils.parseaddr(str(msg.get("Reply-To", "")))[1]
        fr = email.utils.parseaddr(str(msg.get("From", "")))[1]
        senders.add((rt or fr).lower())
    return len(senders)


def table(rows, head=("", "messages")):
    out = ["| %s | %s |" % head, "|---|---|"]
    out += ["| %s | %d |" % (k, v) for k, v in rows]
    return "\n".join(out)


def render(manifest, regs):
    n = len(manifest)
    auto = sum(r["automated"] for r in manifest)
    human = n - auto
    c = collections.Counter()
    combos = collections.Counter()
    for r in manifest:
        for l in r["labels"]:
            c[l] += 1
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos[("+".join(r["labels"]) + " - unclear") if r["labels"] else "(none) - unclear"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    box = collections.Counter(r["mailbox"] for r in manifest)
    box_auto = collections.Counter(r["mailbox"] for r in manifest if r["automated"])
    unclear = sum(r["unclear"] for r in manifest)
    ack_null = sum(r["ack_to"] is None for r in manifest)
    ack_null_human = sum(r["ack_to"] is None and not r["automated"] for r in manifest)
    ent = collections.Counter()
    for r in manifest:
        for k in r["entities"]:
            ent[k] += 1
    cats = collections.Counter(e["cat"] for e in regs)
    langs = collections.Counter(e["lang"] for e in regs)
    parts = [BRIEF, "## Counts\n"]
    parts.append(table([("messages", n), ("people (human messages)", human),
                        ("distinct human senders (ack address)", people_count(manifest)),
                        ("machines (automated: true)", auto),
                        ("mailbox customercare", box["customercare"]),
                        ("  of which automated", box_auto["customercare"]),
                        ("mailbox powerhousecatalog", box["powerhousecatalog"]),
                        ("  of which automated", box_auto["powerhousecatalog"]),
                        ("label marketing_opt_out", c["marketing_opt_out"]),
                        ("label catalog_share_opt_out", c["catalog_share_opt_out"]),
                        ("label question", c["question"]),
                        ("unclear: true", unclear),
                        ("ack_to null", ack_null),
                        ("  of which human (thank-yous, Auto-Submitted unsubscribe)", ack_null_human),
                        ("rows with any entity", sum(1 for r in manifest if r["entities"])),
                        ("entity name", ent["name"]), ("entity postal_code", ent["postal_code"]),
                        ("entity account", ent["account"])], ("", "count")))
    parts.append("\nExact label combinations:\n")
    parts.append(table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ("labels", "messages")))
    parts.append("\nLanguage (index.tsv): " + ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items())) +
                 " (Spanish or mixed: %d %%).\n" % round(100.0 * (langs["es"] + langs["mixed"]) / n))
    parts.append("By category (index.tsv; not part of the label schema):\n")
    parts.append(table(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), ("category", "messages")))
    parts.append("\n" + CALLS)
    return "\n".join(parts)
