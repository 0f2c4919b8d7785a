"""README.md for the 'access' set: fixed prose plus counts computed from the manifest."""
import collections


def _table(rows, head):
    out = ["| %s |" % " | ".join(head), "|" + "|".join("---" for _ in head) + "|"]
    out += ["| %s |" % " | ".join(str(c) for c in r) for r in rows]
    return "\n".join(out)


def render(manifest, specs):
    n = len(manifest)
    human = [r for r in manifest if not r["automated"]]
    auto = [r for r in manifest if r["automated"]]
    by_box = collections.Counter(r["mailbox"] for r in manifest)
    by_box_auto = collections.Counter(r["mailbox"] for r in auto)
    lab = collections.Counter(l for r in manifest for l in r["labels"])
    combos = collections.Counter()
    for r in manifest:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos["unclear" + ("" if not r["labels"] else " + " + " + ".join(r["labels"]))] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    cats = collections.Counter(s["cat"] for s in specs)
    langs = collections.Counter(s["lang"] for s in specs)
    ent = collections.Counter(k for r in manifest for k in r["entities"])
    ack_null = sum(r["ack_to"] is None for r in manifest)
    ack_null_h = sum(r["ack_to"] is None for r in human)
    people = len({(r["ack_to"] or s["frm"][1]).lower() for s, r in zip(specs, manifest) if not r["automated"]})

    counts = _table([
        ("messages", n), ("written by people (automated = false)", len(human)),
        ("machine mail (automated = true)", len(auto)),
        ("distinct people writing (by reply address; some write twice)", people),
        ("mailbox customercare (of which automated)", "%d (%d)" % (by_box["customercare"], by_box_auto["customercare"])),
        ("mailbox powerhousecatalog (of which automated)", "%d (%d)" % (by_box["powerhousecatalog"], by_box_auto["powerhousecatalog"])),
        ("label marketing_opt_out", lab["marketing_opt_out"]), ("label catalog_share_opt_out", lab["catalog_share_opt_out"]),
        ("label question", lab["question"]), ("unclear = true", sum(r["unclear"] for r in manifest)),
        ("ack_to null (all)", ack_null), ("ack_to null on human mail", ack_null_h),
        ("rows with any entity", sum(bool(r["entities"]) for r in manifest)),
        ("entity name / postal_code / account", "%d / %d / %d" % (ent["name"], ent["postal_code"], ent["account"])),
        ("Spanish or mixed Spanish/English", sum(v for k, v in langs.items() if k.startswith("es"))),
    ], ["what", "count"])
    combo_t = _table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"])
    cat_t = _table(sorted(cats.items(), key=lambda kv: (kv[0].startswith("automated"), -kv[1], kv[0])), ["category (index.tsv)", "messages"])

    F = {s['key']: r['file'][:4] for s, r in zip(specs, manifest)}
    return TEMPLATE.format(n=n, counts=counts, combos=combo_t, cats=cat_t, F=F)


TEMPLATE = """# `access`: people who write with help or with assistive technology

## Brief

Customers who write with help or with assistive technology: screen-reader users, people using dictation or
word-prediction software (with its typical slips), relay services (TTY / IP relay / video relay, transcripts sent
by e-mail), deaf customers whose first language is ASL writing in English, people with low vision writing in all
capitals or very large HTML fonts, people with cognitive disabilities writing simply, caregivers, case managers,
adult children and translators writing for someone, and people asking for materials in large print or braille.
Also the machine mail around them: relay-service system notices, assistive-app notifications, auto-replies of care
agencies, bounces. About 110 messages; varied voices, formats and languages (some Spanish).

Labels follow `/work/shared/LABELS.md`; the manifest schema, mailboxes and our own outgoing mail follow
`/work/shared/corpus/README.md`. All people, addresses, phone numbers (555-01xx), account and customer numbers,
relay providers, apps and agencies are invented. Dates run from September 2024 to February 2025 and files are
numbered in arrival order.

## Files

| path | what |
|---|---|
| `NNNN.eml` | {n} raw messages, CRLF, exactly the bytes an IMAP server would return |
| `manifest.jsonl` | one JSON object per message, keys `file, mailbox, automated, labels, unclear, entities, note, ack_to` |
| `index.tsv` | `file, spec, category, language, program, date`: the generator key, what the message was written to test, language, mail program, arrival date (US Central) |
| `_generator/build.py` | rewrites every file byte-identically (all randomness is seeded per message key); `messages.py` holds the hand-written texts, `clients.py` the mail programs, `machines.py` DSNs/MDNs/calendar, `ours.py` our own promos, bill notice and acknowledgement |
| `_generator/verify.py` | parses every file with `email.policy.default`, checks CRLF and line length, manifest schema, label rules, entities (verbatim and in the sender's own text, not in quotes), `ack_to`, unique Message-IDs, `index.tsv` |

`python3 _generator/build.py && python3 _generator/verify.py`

## Counts

{counts}

Label combinations (each message once):

{combos}

By category:

{cats}

## Judgement calls where LABELS.md is thin

**Scribe or proxy.** LABELS.md makes mail written *for* someone else unclear unless the writer has standing. In this
set many people write *with* someone's help. I separate the two by voice. If the message is in the customer's own first
person and signed by them, it is the customer's request even if someone else typed, translated or interpreted it:
{F[son-types-for-mother-vi]} (son translates and types for his mother, "My name is Nguyen Thi Lan ..."), {F[ssp-types-for-deafblind]} (an SSP types what a DeafBlind
customer signs, from her own account), {F[amy-types-herself]} (a support worker sits beside her; "I type this myself"), {F[samsung-es-ambos]} (a daughter
helps her read). Reported speech ("she asked me to tell you", "dice que ya no quiere", "her name is ...") is a proxy
request: {F[daughter-dementia-father]}, {F[aide-mrs-abernathy]}, {F[hija-de-parte-de-mama]}, {F[case-mgr-client-present]}, {F[care-coordinator-list]}, {F[interpreter-third-party]} and {F[carebridge-platform]} are unclear.

**What counts as standing.** A stated court guardianship ({F[guardian-brother-all-three]}) or power of attorney ({F[poa-son-for-mother]}, {F[poder-notarial-papa]}) counts, even with no
document attached; staff can still ask for the document. A marketing or sharing opt-out harms nobody if it turns out to
be wrong. A case manager whose client "is sitting with me and agrees" ({F[case-mgr-client-present]}), an aide ({F[aide-mrs-abernathy]}), an interpreter ({F[interpreter-third-party]}),
a care agency listing clients ({F[care-coordinator-list]}), a care-team app message ({F[carebridge-platform]}), and a daughter who "handles his mail" ({F[daughter-dementia-father]}) do
not count. A son writing about his dead mother without saying he is executor ({F[deceased-mother-blind]}) is unclear.

**Household.** Joint account holders ({F[dragon-household-both]}, {F[spouse-blind-joint]}) and an account holder writing about her household ({F[autistic-son-no-calls]}) are acted
on. {F[asl-mother-same-house]}, a deaf woman asking for herself and her deaf mother at the same address, is treated as a household request
(both opt-outs). It is the weakest of these calls, because the mother has her own catalog record.

**Asking for someone needs no standing.** A question about formats or procedure asked for a parent or client is a
plain `question`, not unclear: {F[case-mgr-braille-bills]}, {F[daughter-audio-catalog-mom]}, {F[yesenia-spanglish-dad]}, {F[es-caseworker-general]} and {F[son-how-to-share-optout]}. {F[son-how-to-share-optout]} asks how the sharing opt-out works for his father,
which is a question about how to opt out, so it is a question only.

**Relay and app wrappers are people's mail.** A relay user's typed text delivered by a relay service ({F[relay-textbridge-both]}, {F[nexa-relay-body-address]}), a
caregiver's message sent through a care-team app ({F[carebridge-platform]}) and a dictated note shared by a note app ({F[voxnote-no-address]}) have
`automated = false`, and the person's words decide the labels. For `ack_to`, {F[relay-textbridge-both]} uses the relay's Reply-To gateway
(From is the relay). In {F[nexa-relay-body-address]} From is a no-reply address, there is no Reply-To, and the caller writes "my email is ...
please answer there", so `ack_to` is that address from the body ("when the sender asks to be answered there"). In {F[carebridge-platform]}
it is the caregiver's Reply-To. {F[voxnote-no-address]} has no usable address at all, so `ack_to` is null although the row is a clear
human opt-out.

**Relay-service system mail is automated.** This covers a SignMail "video message waiting" notice ({F[signmail-notice]}), a relay's
"reply address expired" notice ({F[relay-reply-expired]}, which answers our acknowledgement and is marked LOOP TRAP), a relay gateway's
delivery confirmation ({F[textbridge-autoreply-loop]}, LOOP TRAP) and relay-provider outreach in English and Spanish ({F[relay-outreach-hangup]}, {F[relay-aviso-es]}). A person may
be behind the SignMail, but the notice itself asks nothing; staff can watch the video.

**Relay transcripts.** When a customer forwards a relay transcript, their own new text decides ({F[relay-transcript-fwd-share]}). In {F[relay-fwd-transcript-empty]} the
forward has no new text, but the transcript contains the customer's own typed lines ("I WANT STOP CATALOG ... AND NOT
GIVE MY NAME OTHER COMPANY") and the agent sending him to this address. I count forwarded text the sender wrote
himself, so the row gets both opt-outs and is not unclear. No entities come from the transcript.

**Dictation and word-prediction slips are read by meaning when the object survives.** {F[dictation-and-subscribe]}: "Please and subscribe me
from the emails" under the newsletter can only mean unsubscribe. The same reading applies to "power outage catalog"
sent to the catalog mailbox ({F[dictation-power-outage-catalog]}), "cattle log" ({F[dictation-cattle-log]}), "remote me from your mailing lost" ({F[wordpred-mailing-lost]}), a spoken "period"
({F[dictation-period-margaret]}), spoken "comma"s ({F[dragon-household-both]}) and a dictated self-correction "no wait. Scratch that." ({F[asl-dictation-selfcorrect]}). A slip that removes
the object makes the part unclear: "stop the other male thing too" ({F[dictation-paperless-other-male]}), and the half-sent "Please dont" ({F[magnifier-half-send]}).
{F[magnifier-half-send]} is unclear even though {F[magnifier-follow-up-share]}, sent four minutes later, explains it, because each message is judged on its own.

**Plain-language names for the catalog.** "the book with the lights and the blankets", sent to the catalog mailbox
({F[plain-book-with-lights]}), is the catalog. The same writer later asks for it back ({F[plain-kevin-wants-it-back]}), which is opting back in: a question.

**Alternate formats** (large print, braille, audio, plain text) always need a person, so they are `question`. When
the sender also stops something, the row gets both labels: {F[blind-text-catalog-stop-paper]} ("until you can, please don't mail the paper one")
and {F[webform-accessibility]}. {F[conditional-large-print-or-stop]} is conditional ("If you don't [make large print], then there's no point sending it to me anymore") and
gets `question` only, so a person answers before anything is stopped.

**Channels and scope.** Sales calls and door-knocking count as marketing ({F[autistic-son-no-calls]}). In {F[dorothy-ack-reply-calls]} Dorothy replies to our
acknowledgement to ask whether it also stops the solar sales calls. That is a question about scope, because her first
message ({F[caps-bigfont-dorothy]}) already opted out of "all the advertising", so it is acknowledged and labelled `question`.

**unclear together with question.** When part of a message clearly needs a person and another part cannot be acted
on, I keep `question` and set `unclear`. This covers the delete-everything request ({F[sr-delete-everything]}, as LABELS.md says) and {F[dictation-paperless-other-male]}
(a clear switch to paperless billing plus an object-less "stop the other ... thing"). Unclear rows never carry an
opt-out label.

**Short and empty replies.** A thumbs-up under the holiday promo ({F[holiday-emoji-only]}) is unclear and is still acknowledged. "THANK
YOU GA SK" under our acknowledgement ({F[tty-thanks-to-ack]}) has no labels, is not unclear, and `ack_to` is null. "stop" over a
forwarded bill notice ({F[bill-fwd-stop-screenreader]}) is unclear because a bill notice is service mail. "STOP" ({F[hea-caps-stop]}) and "No more please" ({F[plain-no-more-please]})
under promos are marketing opt-outs.

**Software that unsubscribes for a person.** Gmail's and Apple Mail's unsubscribe mails ({F[gmail-unsub-therm]}, {F[apple-mail-unsub-hea]}) are human
opt-outs and are acknowledged. A senior-friendly mail app's unsubscribe carries `Auto-Submitted: auto-generated`
({F[easyinbox-unsub-autosubmitted]}), so `ack_to` is null.

**Not requests, though people wrote them.** These are automated per LABELS.md: a case manager's Google Calendar
invitation whose description asks to stop a client's advertising ({F[calendar-case-mgr]}, text/calendar), the mailing-list copy of a
blind consumers' thread that puts our address on To ({F[list-blind-consumers]}, List-Id), and cold sales from a braille-transcription
vendor ({F[cold-braille-vendor]}) and an accessibility-overlay vendor ({F[cold-overlay-lawsuit]}).

**Entities.** LABELS.md says "a first name alone counts", so lone first names are extracted (Margaret, Darnell, Kevin,
Rhonda, Jeremy, Socorro, Leon, ED, DOROTHY). The base corpus README drops them; I followed LABELS.md. Names are taken
as written, without titles: "Mrs. Abernathys" gives `Abernathy`. For proxies the entities belong to the person the
request is for. A professional asking about unnamed clients gives no name ({F[case-mgr-braille-bills]}, {F[es-caseworker-general]}), and neither do {F[yesenia-spanglish-dad]} and {F[son-how-to-share-optout]},
whose fathers are not named. Three clients in one message ({F[care-coordinator-list]}) give no name, because the schema holds one. Catalog
customer numbers count as accounts. Order numbers (PH-448812) do not. A dictated account number keeps its spoken
grouping (`4471 20 9986 3`). Web-form fields ({F[webform-accessibility]}) are the customer's own text.
"""
