# -*- coding: utf-8 -*-
"""Writes README.md for set 'secondnotice' (counts are computed from the manifest)."""
import collections
import re

BRIEF = """\
People writing again because their first request did not take, or did not seem to: second and third notices,
escalations, "I already asked on March 3", reference numbers from our acknowledgement, copies of their earlier
mail quoted or forwarded below, threats to complain to the FTC, the state attorney general or the BBB, polite
reminders, confused people who are not sure whether they asked, people who changed their mind, and people asking
for confirmation in writing. Mixed with the same fortnight's other mail of both mailboxes (ordinary first requests
and questions) and the usual machine mail (auto-replies to our acknowledgements, bounces, ticket systems).
About 110 messages; varied voices, mail programs and languages (some Spanish). Labelled strictly by LABELS.md:
for each message, does it ask for something now, only tell, or ask a question?"""

CALLS = [
    ("Second notices are labelled from what the sender says *now*.",
     "A notice that names the thing and says the wish still stands (\"I asked you on Feb 26 to stop the catalog, two more came, "
     "take me off\") is the opt-out again: a careful clerk re-applies it. A plain restatement gets the opt-out only "
     "({whitcomb-second-request}, {lindqvist-phone-followup}, {ruiz-es-ref-reminder}, {meyer-reply-holiday-now}). It gets `question` as well "
     "when the sender asks something (why, did it go through, when did I ask) or complains in a way a person must answer: "
     "a threat to go to the FTC, an attorney general or the BBB, or a demand for a supervisor ({pruitt-ftc}, {kopecky-caps-ag}, "
     "{quintero-es-bbb}, {schreiber-bbb-did-you-sell}, {pech-supervisor-call}, {sorensen-reply-ack-still})."),
    ("An earlier request that is mentioned but not named is not an opt-out.",
     "{anders-already-in-mail} says \"you confirmed my request\" and asks whether a catalog was already in the post. She does not "
     "say whether the request was to stop the catalog or only to stop sharing, so it is `question` only. {nora-how-long} "
     "(\"how long does the opt out take? got another catalog Monday\") is `question` only, as LABELS.md's how-long example says."),
    ("Status questions versus \"as I asked\".",
     "\"Any update on CC-2025-03-00188?\" ({ken-status-ref}) and \"did you get my e-mail?\" ({did-you-get-es}) are plain questions "
     "about status: what the sender wants is clear. \"Please take care of it as I asked\" ({mike-as-i-asked}) and \"do the same for "
     "our lake place\" ({amundson-same-other-address}) ask us to *act* without saying what, so they are unclear."),
    ("Confirmation in writing.",
     "When a new, clear opt-out says \"and confirm in writing\", the acknowledgement is that confirmation, so there is no `question` "
     "({pfeiffer-confirm-writing}). Confirmation of an *earlier* request, or confirmation by post, needs staff to look something "
     "up or send something, so it is `question` ({cole-written-confirmation}, {olmstead-confirm-post}, {haugen-polite-reminder})."),
    ("Human replies to our acknowledgement are not automated.",
     "The development corpus README marks replies to the bot's acknowledgement as automated loop traps. Here only *machine* "
     "answers to the acknowledgement (out-of-office, ticket systems, challenge-response, read receipts, bounces) are automated. "
     "A person's reply follows LABELS.md: a thank-you, \"Gracias\" or a thumbs-up asks for nothing, so no labels, not unclear, "
     "ack_to null ({bob-thanks-ack}, {ramon-gracias-ack}, {thumbs-up-ack}). A bare STOP under the acknowledgement is unclear "
     "({voss-stop-under-ack}). A reply whose own words carry a new wish or a question is labelled by those words "
     "({nowicki-add-share}, {arredondo-es-still-catalog}, {carla-never-asked}, {whitlock-wrong-person}, {lee-keep-newsletter})."),
    ("Forwarding your own earlier mail.",
     "Where the new text says the request again, the label comes from the new text ({jensen-fwd-own-named}, {raman-outlook-resend}). "
     "{hoover-fwd-see-below} forwards her own \"do not sell or share\" mail with only \"2nd request, see below\" on top. LABELS.md "
     "counts only the sender's *new* text and names \"see below\" as undecidable, so it is unclear, with no entities (her name and "
     "ZIP are only in the forwarded part). The development corpus README makes an exception for one's own forwarded mail. "
     "LABELS.md is the later rule, so it wins here. Staff will see at once that the forwarded text is hers."),
    ("Entities: a first name alone counts.",
     "LABELS.md says \"as written (a first name alone counts)\"; the older corpus README says only full names. This set follows "
     "LABELS.md (\"Dorothy\", \"trish\", \"Ken\"). Names are taken without titles or degrees (\"Priya Raman\", not \"..., DDS\"). "
     "Reference numbers (CC-...), order numbers and phone numbers are never accounts. Catalog customer numbers are."),
    ("Acknowledgement address.",
     "A Reply-To is used only when From is a relay/no-reply address ({lutz-webform-both}), a shared family account "
     "({kowalski-shared-family}), or when the sender asks for it ({work-from-personal-replyto}). {replyto-unrequested} has a personal "
     "From and a Reply-To she never mentions. LABELS.md says \"From by default\", so ack_to is From. This is a deliberate test "
     "of that rule, and it differs from the corpus README's \"Reply-To if there is one\". A Contact Us form with no e-mail "
     "given ({farrow-webform-noemail}) is still a clear opt-out, but it has no usable address, so ack_to is null. An inbox-cleaning service "
     "with Auto-Submitted ({inbox-cleaner-autosub}) is a person's opt-out with ack_to null."),
    ("Standing when writing for someone else.",
     "The account holder writing for the household ({hargrove-household}), a grandmother dictating her own request to her "
     "grandson, who sends it from his account ({sokol-dictated}), and an attorney who says she represents the customer "
     "({faust-attorney}) all have standing, so they are acted on. A daughter writing for her mother ({ortiz-daughter-mixed}) and a wife "
     "writing about the catalog in her husband's name ({kinney-spouse}) do not clearly have it, so they are unclear. In every "
     "case the entities name the person the request is for."),
    ("Only-tells mail.",
     "\"Please ignore my duplicate\" ({dup-ignore}) and \"thanks, the e-mails stopped\" ({marlene-thanks-stopped}) ask for nothing: "
     "no labels, ack_to null. \"FYI, I mailed you a letter asking you not to share my name\" ({ostby-letter-fyi}) is worded as "
     "telling, but it states the wish in her own words, so it gets the sharing opt-out."),
    ("Changed minds.",
     "Opting back in is a `question`, and the old removal it mentions is not a new opt-out ({megan-disregard}, {derek-opt-back-in}, "
     "{lee-keep-newsletter}). {jostrowski-back-on-keep-share} wants the catalog back but says now that her name must still not be "
     "shared, so she gets `catalog_share_opt_out` + `question`. {gruber-now-no-catalog} moves the other way: the old sharing "
     "request is history and the new wish is no catalog, so `marketing_opt_out` only. {muddle-catalog-emails} contradicts "
     "herself, so it is unclear."),
    ("Deletion and access.",
     "A second request to delete everything ({tran-delete-second}) is unclear + `question`, as LABELS.md says. It is the only "
     "unclear row that carries a label. A follow-up on a data-copy request ({bruno-access-followup}) is a clear `question`."),
    ("Service-message context.",
     "\"stop sending me these, I already asked!!\" over a forwarded bill notice ({okafor-fwd-bill-stop}) is not a marketing "
     "opt-out. He may mean paper bills, notifications, or promotions, so it is unclear. \"BAJA\" under our promo "
     "({baja-under-promo}) takes its meaning from the promo, so it is a marketing opt-out."),
    ("Machine mail that matters to people is still machine mail.",
     "The BBB complaint-portal notice ({bbb-notice}) needs a response from the company, but it is no-reply system mail about "
     "a complaint, not a customer writing to us, so it is automated with ack_to null. It has to reach staff by its own route "
     "(the privacy bot must not answer it). The same goes for the mail house's suppression report, the preference-center export, the "
     "vendor's calendar invitation and the privacy-ops list post, even though all of them use opt-out words."),
    ("Headerless auto-replies.",
     "{headerless-away} and {no-longer-monitored} carry no Auto-Submitted or Precedence header, but LABELS.md makes them "
     "automated."),
    ("Recipients.",
     "{kopecky-caps-ag} was sent To customercare with Cc powerhousecatalog. This set holds only the customercare copy. "
     "The mailing-list post ({list-post-utility-privacy}) is addressed To the list. Its mailbox comes from Delivered-To "
     "(verify.py allows To/Cc without our address only when List-Id is present)."),
]


def render(rows, index):
    files = {r[1]: r[0][:4] for r in index}

    def sub(text):
        return re.sub(r"\{([a-z0-9-]+)\}", lambda m: files[m.group(1)], text)

    n = len(rows)
    auto = sum(r["automated"] for r in rows)
    human = n - auto
    c = collections.Counter()
    for r in rows:
        for l in r["labels"]:
            c[l] += 1
    combos = collections.Counter()
    for r in rows:
        if r["automated"]:
            k = "(none) - automated"
        elif r["unclear"]:
            k = "(none) - unclear" if not r["labels"] else "unclear + " + " + ".join(r["labels"])
        elif not r["labels"]:
            k = "(none) - human, nothing to do"
        else:
            k = " + ".join(r["labels"])
        combos[k] += 1
    by_box = collections.Counter((r["mailbox"], r["automated"]) for r in rows)
    def group(cat):
        g = cat.split(":")[0]
        g = re.sub(r" \(.*\)$", "", g)
        return g
    cats = collections.Counter(group(r[2]) for r in index)
    langs = collections.Counter(r[3] for r in index)
    progs = collections.Counter(r[4] for r in index)
    ent = collections.Counter()
    for r in rows:
        for k in r["entities"]:
            ent[k] += 1
    ack_null = sum(r["ack_to"] is None for r in rows)
    ack_null_h = sum(r["ack_to"] is None and not r["automated"] for r in rows)
    dates = sorted(r[5] for r in index)

    out = []
    w = out.append
    w("# Set `secondnotice`: second notices, escalations and replies to our acknowledgement\n")
    w("Synthetic, labelled privacy-mailbox mail for the intake classifier, written for this set only. It is first-sight "
      "test data, and later training data. Labels follow `/work/shared/LABELS.md`, including the \"decisions on hard cases\" "
      "section. The manifest schema, the mailboxes, and what our own outgoing mail looks like follow `/work/shared/corpus/README.md`. "
      "Where the two disagree, LABELS.md wins (see the judgement calls below).\n")
    w("## Brief\n")
    w(BRIEF + "\n")
    w("Fortnight: Monday 10 March to Sunday 23 March 2025 (arrival times %s to %s, America/Chicago, after the DST change). "
      "Earlier requests and acknowledgements that people quote are dated February and early March 2025. "
      "All people, addresses, phone numbers (555-01xx), account and customer numbers, and reference numbers are invented. "
      "Real mailbox-provider domains appear in addresses and headers only so that the headers look real: **never let "
      "a bot mail the `ack_to` addresses**.\n" % (dates[0][:16], dates[-1][:16]))
    w("## Files\n")
    w("| path | what |\n|---|---|\n"
      "| `NNNN.eml` | %d raw messages in arrival order, CRLF, as IMAP would return them. Open them as bytes. |\n"
      "| `manifest.jsonl` | one object per message, keys `file, mailbox, automated, labels, unclear, entities, note, ack_to` |\n"
      "| `index.tsv` | `file, spec, category, language, program, date`: the generator's spec key and the category it was written for (not a label) |\n"
      "| `_generator/build.py` | rewrites every file byte for byte (fixed per-message seeds). Also needs `content.py` (the messages), `profiles.py` (mail programs), `machines.py` (machine mail), `ourmail.py` (our own outgoing mail), `mimekit.py` and `readme.py` |\n"
      "| `_generator/verify.py` | parse, CRLF, schema, label rules, entities in the sender's new text, ack_to, Message-ID uniqueness, arrival order, byte-identical rebuild |\n" % n)
    w("Run `python3 _generator/build.py && python3 _generator/verify.py` (Python 3, standard library only).\n")
    w("## Counts\n")
    w("| | messages |\n|---|---|\n| total | %d |\n| people (automated = false) | %d |\n| machines (automated = true) | %d |\n"
      "| unclear | %d |\n| ack_to null | %d (%d automated + %d human) |\n| with any entity | %d |\n"
      % (n, human, auto, sum(r["unclear"] for r in rows), ack_null, auto, ack_null_h, sum(bool(r["entities"]) for r in rows)))
    w("| mailbox | messages | people | machines |\n|---|---|---|---|")
    for box in ("customercare", "powerhousecatalog"):
        w("| `%s` | %d | %d | %d |" % (box, by_box[(box, False)] + by_box[(box, True)], by_box[(box, False)], by_box[(box, True)]))
    w("")
    w("| label | messages carrying it |\n|---|---|")
    for l in ("marketing_opt_out", "catalog_share_opt_out", "question"):
        w("| `%s` | %d |" % (l, c[l]))
    w("")
    w("| exact combination | messages |\n|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("| entity | rows |\n|---|---|")
    for k in ("name", "postal_code", "account"):
        w("| `%s` | %d |" % (k, ent[k]))
    w("")
    w("| language | messages |\n|---|---|")
    for k, v in sorted(langs.items(), key=lambda kv: -kv[1]):
        w("| %s | %d |" % ({"en": "English", "es": "Spanish", "es+en": "Spanish/English mixed"}.get(k, k), v))
    w("")
    w("| category group (what the message was written as; full category in index.tsv) | messages |\n|---|---|")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("| mail program / source | messages |\n|---|---|")
    for k, v in sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("## Our own mail inside this set\n")
    w("Quoted, forwarded, bounced or auto-answered: the bot acknowledgement \"We received your request [CC-YYYY-MM-NNNNN]\" "
      "(`Message-ID: <ack.CC-…@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out, sharing "
      "and our HQ ZIP 53718), the 2025-01-14 \"Free Home Energy Assessment\" promo, the 2024-11-12 PowerHouse \"Holiday Preview\" "
      "promo, a monthly bill notice from `noreply@alliantenergy.com`, and staff replies from the catalog mailbox "
      "(\"RE: Your request about the PowerHouse Catalog\", which promises do-not-share within 6-8 weeks). None of that quoted "
      "text adds a label or an entity.\n")
    w("## Judgement calls (where LABELS.md is thin or the two rule texts differ)\n")
    for i, (head, body) in enumerate(CALLS, 1):
        w("%d. **%s** %s\n" % (i, head, sub(body)))
    w("## Five calls I am least sure of\n")
    least = [
        ("anders-already-in-mail", "`question` only. She clearly still wants *something* stopped, but not what. A reader who infers \"the catalog\" from the context would add `marketing_opt_out`."),
        ("hoover-fwd-see-below", "unclear, following LABELS.md's new-text rule strictly. Under the corpus README's own-forward exception it would be `catalog_share_opt_out`."),
        ("ostby-letter-fyi", "labelled `catalog_share_opt_out` although it is framed as \"just letting you know\". It could be read as only telling us to look out for a letter."),
        ("bbb-notice", "automated. It is system mail, but it carries a real consumer complaint that someone must answer."),
        ("replyto-unrequested", "ack_to = From under LABELS.md's \"From by default\". A mail client, and the corpus README, would answer the Reply-To."),
    ]
    for k, why in least:
        w("- **%s** (`%s`): %s" % (files[k], k, why))
    w("")
    return "\n".join(out)
