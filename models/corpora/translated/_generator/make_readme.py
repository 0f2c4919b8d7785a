"""Renders README.md from the manifest and index (called by build.py)."""
import collections
import email
import email.policy
import pathlib
import re

from ours import OURS

ROOT = pathlib.Path(__file__).resolve().parent.parent

BRIEF = """\
Customers of an Iowa/Wisconsin utility whose first language is not English and who write in English through a
machine translator or in their own learner's English: Vietnamese, Hmong, Somali, Bosnian, Arabic, Burmese/Karen,
Chinese, Marshallese, Ukrainian, Haitian Creole and Tagalog speakers, plus Spanish speakers (some writing Spanish,
some English, some both). Literal translations ("please to stop send me the book of sale", "no give my name other
company"), idioms translated word for word, politeness formulas, odd word order, wrong prepositions, a family member
translating, a line in the original language and then the English. All outcomes of `LABELS.md` (marketing opt-out by
mail or e-mail, catalog-sharing opt-out, question, not a request, unclear) and the usual machine mail (auto-replies,
bounces, phishing). About 20 % Spanish or mixed; a few messages in other languages only."""

DECISIONS = [
    ("Learner and machine English is read for meaning.",
     "'book of sale', 'book of selling', 'catalog book', 'paper advertise', 'letter of publicity' are the catalog or "
     "promotional mail; 'no give my name other company', 'I hope not to share my name', 'not transfer my data to third "
     "persons' are sharing opt-outs.", ["mo-vi-book-of-sale", "mo-so-hotmail", "sh-vi-no-give-name", "sh-ar-fatima", "both-uk-kovalenko"]),
    ("A message with no English at all is labelled by what it says once translated.",
     "Staff can translate it; nothing about it is unclear.", ["mo-vi-only", "mo-uk-ukrnet-only"]),
    ("Short replies take their meaning from what they answer.",
     "'Dừng lại. Stop.', 'BASTA', 'unsubscribe' under a promo are opt-outs; 'stop please' over a forwarded bill notice "
     "and 'Ya no quiero recibir esto' over a forwarded outage alert are unclear; an emoji or 'see below' is unclear.",
     ["mo-vi-dung-lai", "mo-es-basta", "mo-es-unsubscribe-word", "un-vi-bill-fwd", "un-es-outage-fwd", "un-vi-thumbs-down", "un-ar-see-below"]),
    ("Channel limits are kept.",
     "'Stop the e-mails, the paper catalog is OK' is marketing_opt_out (e-mail); 'share whatever, just stop the "
     "catalog' is marketing_opt_out only; 'keep the catalog, don't share' is catalog_share_opt_out only.",
     ["mo-zh-email-only", "mo-es-share-whatever", "sh-so-yahoo", "sh-zh-163"]),
    ("Asking whether / with whom a name is shared is a question, not a sharing opt-out.", "",
     ["q-es-privacy-sale", "q-zh-email-shared", "oq-vi-who-you-give"]),
    ("How-to questions are questions; the request in question form is the request.",
     "'How I can stop the catalog?' and 'which address?' are question only; 'Can you no send again?' is the opt-out; "
     "an opt-out plus 'how long does it take?' carries both labels.",
     ["q-so-how-stop", "q-ar-webform-which", "mo-kar-can-you", "oq-ar-how-long"]),
    ("Family members translating.",
     "Writing from the account holder's own mailbox in the account holder's name (son for father) is treated as the "
     "account holder writing. An adult daughter, a shared family account or a new tenant asking for someone else, "
     "without shown standing, is unclear; entities then name the person the request is for.",
     ["q-kar-son-for-father", "un-vi-daughter-for-mother", "un-hmn-family-account", "un-kar-former-resident", "un-es-deceased-father"]),
    ("Delete-everything requests are question + unclear (LABELS.md); all other unclear rows carry no label.", "",
     ["un-zh-delete-all", "un-es-borren-todo"]),
    ("Replies to our acknowledgement.",
     "A person thanking us gets no labels and ack_to null; a person correcting what we recorded gets labels and an "
     "acknowledgement; an auto-reply to it is an automated LOOP TRAP.",
     ["no-vi-thanks-ack", "no-es-gracias-ack", "oq-vi-reply-to-ack-fix", "loop-es-gmail-vacation"]),
    ("Software unsubscribing for one person is a human opt-out.",
     "Gmail / Outlook / iPhone unsubscribe mail is marketing_opt_out with ack_to = From; the inbox-cleaning service "
     "that sets Auto-Submitted gets ack_to null. A catalog-e-mail unsubscribe is never a sharing opt-out.",
     ["unsub-gmail-fall", "unsub-outlook-holiday", "unsub-cleaner-assess"]),
    ("Web-form relays are acknowledged at Reply-To.", "", ["mo-es-webform", "both-es-webform", "q-ar-webform-which"]),
    ("Entities.",
     "Only from the sender's new text or signature; a first name alone counts (LABELS.md); names kept as written, "
     "with diacritics or in Cyrillic ('Ірина Мельник'); 'Ma.' in 'Ma. Cristina Reyes' is part of the name, not a "
     "title. Our own ZIP 53718 in quoted promos, order numbers and phone numbers are never entities.",
     ["mo-so-paper-only", "mo-uk-ukrnet-only", "sh-tl-iphone", "q-zh-order"]),
    ("Not a request although people wrote it.",
     "An interpreters' mailing-list post and a multilingual community newsletter quote a model 'stop the catalog and do "
     "not share my name' letter; both are list/bulk mail: automated, no labels.",
     ["list-google-group", "list-community-newsletter"]),
]


def render(manifest, index):
    f_of = {row[1]: row[0] for row in index}
    meta = {row[0]: row for row in index}
    n = len(manifest)
    out = []
    w = out.append
    w("# Learner-English and machine-translated mail: Alliant Energy privacy mailboxes (set `translated`)\n")
    w("## Brief\n")
    w(BRIEF + "\n")
    w("## What this is\n")
    w("%d raw e-mails (`0001.eml` ... `%04d.eml`) with labels in `manifest.jsonl`, in the format of the main corpus "
      "(`/work/shared/corpus/README.md`): CRLF line endings; `Return-Path`, `Delivered-To` and the `Received` / "
      "`Authentication-Results` chain of the fictional `mx1`/`mx2.alliant-energy.com` -> `mbx01` Postfix hosts; "
      "then the sending provider's headers (Gmail, Yahoo/AOL, Outlook.com/Exchange Online, iCloud, QQ, NetEase 163, "
      "ukr.net, Mediacom, Spectrum, Windstream, our own web-form relay) and the mail program's own headers and MIME "
      "body. Files are numbered in arrival order, September 2024 to February 2025. Every person, address, account "
      "and customer number, company and phone number (555-01xx) is invented; the non-English text was written to be "
      "plausible, not copied.\n" % (n, n))
    w("Labels follow `/work/shared/LABELS.md`, hard cases included. `index.tsv` maps each file to the scenario it "
      "was written for (`spec`), its category, its language(s) and the mail program; the category is not part of "
      "the label schema.\n")
    w("> **Safety:** sender addresses use real mailbox-provider domains so the headers look right. If you replay "
      "this set through a bot, point its outgoing SMTP at a sink. Never mail the `ack_to` addresses for real.\n")

    # ---------------------------------------------------------------- our mail
    w("## Our own outgoing mail in this set\n")
    w("These Alliant Energy messages turn up quoted, forwarded, bounced, auto-answered or read-receipted. Their text "
      "(with its own opt-out and sharing wording, and our HQ ZIP 53718) is never the sender's request.\n")
    uses = collections.defaultdict(list)
    texts = {}
    for rec in manifest:
        raw = (ROOT / rec["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        t = []
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    t.append(part.get_content())
                except Exception:  # noqa: BLE001
                    pass
        texts[rec["file"]] = (raw, "\n".join(t))
    for key, ref in OURS.items():
        for f, (raw, txt) in texts.items():
            if ref["msgid"].encode() in raw or ref["subject"] in txt or (ref["kind"] != "ack" and ref["text"].split("\n")[0] in txt and ref["kind"] == "service"):
                uses[key].append(f)
    w("| what | From | sent (US Central) | Message-ID | notes | files |")
    w("|---|---|---|---|---|---|")
    notes = {
        "solar": "promo; footer 'Opt out of marketing emails', HQ ZIP 53718; `List-Unsubscribe: <mailto:customercare@…?subject=unsubscribe>`",
        "fall": "promo; footer '… unsubscribe here … or reply with the word unsubscribe'; List-Unsubscribe subject carries a token `unsubscribe AE-NL-2410-XXXXXX`",
        "holiday": "catalog e-mail; footer mentions list sharing **and** 'To unsubscribe'; List-Unsubscribe subject token `unsubscribe PH-2411-XXXXXX`",
        "newsletter": "newsletter; 'Manage your preferences or unsubscribe'; List-Unsubscribe adds `body=Please remove me from the Home Comfort Tips list.`",
        "assess": "promo; 'Unsubscribe / opt out'",
        "assess_es": "Spanish version of the same campaign, sent to customers with a Spanish language preference; 'Cancelar suscripción / darse de baja'",
        "bill_oct": "service message ('sent even if you have opted out of marketing'); 'Account ending in: 0427' is ours, never an entity",
        "outage": "service message (outage alert), also sent to opted-out customers",
    }
    for key, ref in OURS.items():
        if key.startswith("ack."):
            continue
        w("| %s | `%s` | %s | `%s` | %s | %s |" % (ref["subject"], ref["addr"], ref["dt"].strftime("%Y-%m-%d %H:%M"),
                                                  ref["msgid"], notes.get(key, ""), ", ".join(sorted(uses[key])) or "-"))
    acks = [(k, r) for k, r in OURS.items() if k.startswith("ack.")]
    ackfiles = sorted({f for k, _ in acks for f in uses[k]})
    w("| bot acknowledgement 'We received your request [CC-YYYY-MM-NNNNN]' | `Alliant Energy Customer Care <customercare@…>` | "
      "per request (%d references here) | `<ack.CC-…@alliant-energy.com>` | `Auto-Submitted: auto-replied`; text mentions opting out and sharing | %s |\n"
      % (len(acks), ", ".join(ackfiles)))
    w("Bounces of our mail arrive at the mailbox it came from (null `Return-Path`). The Contact Us form relay "
      "(`From: \"Alliant Energy Website\" <noreply@alliantenergy.com>`, customer in `Reply-To`, `X-Form-Id: contact-us`) "
      "is ours too; its field block ('Name:', 'ZIP code:', 'Account number:', 'Message:') is the customer's input.\n")

    # ---------------------------------------------------------------- files / schema
    w("## Files\n")
    w("| path | what |\n|---|---|")
    w("| `NNNN.eml` | %d raw messages; open them as bytes |" % n)
    w("| `manifest.jsonl` | one JSON object per message, in file order, keys in the order `file, mailbox, automated, labels, unclear, entities, note, ack_to` |")
    w("| `index.tsv` | `file, spec, category, language, program, date` (tab-separated, header row) |")
    w("| `_generator/build.py` | rebuilds every byte (fixed seed): `python3 _generator/build.py` |")
    w("| `_generator/verify.py` | checks the set: `python3 _generator/verify.py` |")
    w("| `_generator/*.py` | `ours.py` (our outgoing mail), `specs_human.py` (people), `automated.py` (machine mail), `programs.py` / `providers.py` / `mime.py` (clients, trace headers, MIME) |\n")
    w("Schema as in the main corpus README: `labels` ⊆ `marketing_opt_out`, `catalog_share_opt_out`, `question` in that "
      "order; `automated` rows have `labels: []`, `unclear: false`, `entities: {}`, `ack_to: null`; `entities` keys "
      "only `name`, `postal_code`, `account`, each value a verbatim substring of the decoded body; `ack_to` is the "
      "Reply-To or From address, or null.\n")

    # ---------------------------------------------------------------- decisions
    w("## How LABELS.md was applied (with examples)\n")
    for title, text, specs in DECISIONS:
        files = ", ".join(f_of[s] for s in specs)
        w("* **%s** %s (%s)" % (title, text, files) if text else "* **%s** (%s)" % (title, files))
    w("")

    # ---------------------------------------------------------------- counts
    w("## Counts\n")
    lab = collections.Counter()
    combos = collections.Counter()
    for r in manifest:
        for l in r["labels"]:
            lab[l] += 1
        if r["automated"]:
            c = "(none) - automated"
        elif r["unclear"]:
            c = "(unclear)" + (" + " + " + ".join(r["labels"]) if r["labels"] else "")
        elif not r["labels"]:
            c = "(none) - human, nothing to do"
        else:
            c = " + ".join(r["labels"])
        combos[c] += 1
    w("| label | messages carrying it |\n|---|---|")
    for l in ["marketing_opt_out", "catalog_share_opt_out", "question"]:
        w("| `%s` | %d |" % (l, lab[l]))
    w("| `automated: true` | %d |" % sum(r["automated"] for r in manifest))
    w("| `unclear: true` | %d |" % sum(r["unclear"] for r in manifest))
    w("| **total messages** | **%d** |\n" % n)
    w("Exact label combinations:\n\n| labels | messages |\n|---|---|")
    for c, k in sorted(combos.items(), key=lambda x: (-x[1], x[0])):
        w("| %s | %d |" % (c, k))
    w("")
    cats = collections.Counter(meta[r["file"]][2] for r in manifest)
    w("By category (`index.tsv`):\n\n| category | messages |\n|---|---|")
    for c, k in sorted(cats.items(), key=lambda x: (x[0].startswith("automated"), -x[1], x[0])):
        w("| %s | %d |" % (c, k))
    w("")
    w("| mailbox | messages | of which automated |\n|---|---|---|")
    for b in ("customercare", "powerhousecatalog"):
        w("| `%s` | %d | %d |" % (b, sum(r["mailbox"] == b for r in manifest), sum(r["mailbox"] == b and r["automated"] for r in manifest)))
    w("")
    langs = collections.Counter()
    l1 = collections.Counter()
    es_text = es_l1 = 0
    for r in manifest:
        lg = meta[r["file"]][3]
        m = re.match(r"en \(L1 (\w+)\)$", lg)
        if m:
            l1[m.group(1)] += 1
            es_l1 += m.group(1) == "es"
            continue
        codes = [c for c in lg.split("+") if c not in ("en", "-")]
        for c in codes:
            langs[c] += 1
        es_text += "es" in codes
    names = {"es": "Spanish", "vi": "Vietnamese", "hmn": "Hmong", "so": "Somali", "bs": "Bosnian", "ar": "Arabic",
             "my": "Burmese", "ksw": "S'gaw Karen", "zh": "Chinese", "mh": "Marshallese", "uk": "Ukrainian",
             "ht": "Haitian Creole", "tl": "Tagalog"}
    w("Languages (`index.tsv` `language`: `xx` = text only in that language, `xx+en` = original line(s) and English, "
      "`en (L1 xx)` = English written by a speaker of xx, `-` = no text of the sender's own):\n")
    w("| language | messages with text in it | English-only by speakers of it |\n|---|---|---|")
    for code in ["es", "vi", "hmn", "so", "bs", "ar", "my", "ksw", "zh", "mh", "uk", "ht", "tl"]:
        w("| %s | %d | %d |" % (names[code], langs[code], l1[code]))
    w("\nSpanish or mixed Spanish/English: **%d of %d (%.0f %%)**, plus %d message(s) of Spanish speakers written in English "
      "with Spanish phrases. Messages only in a language other than English or Spanish: %s.\n" % (
          es_text, n, 100.0 * es_text / n, es_l1,
          ", ".join("%s (%s)" % (row[0], row[3]) for row in index if row[3] in names and row[3] != "es")))
    progs = collections.Counter(meta[r["file"]][4] for r in manifest if not r["automated"])
    w("Mail programs of the human messages:\n\n| program | messages |\n|---|---|")
    for p, k in sorted(progs.items(), key=lambda x: (-x[1], x[0])):
        w("| %s | %d |" % (p, k))
    w("")
    ent = collections.Counter()
    for r in manifest:
        for k in r["entities"]:
            ent[k] += 1
    w("| other | count |\n|---|---|")
    w("| messages with any entity | %d |" % sum(1 for r in manifest if r["entities"]))
    for k in ("name", "postal_code", "account"):
        w("| entity `%s` | %d |" % (k, ent[k]))
    w("| `ack_to` set | %d |" % sum(1 for r in manifest if r["ack_to"]))
    w("| `ack_to` null on human mail | %d (%s) |" % (
        sum(1 for r in manifest if not r["automated"] and r["ack_to"] is None),
        ", ".join(r["file"] for r in manifest if not r["automated"] and r["ack_to"] is None)))
    w("| `ack_to` from Reply-To (web-form relay) | %d |" % sum(1 for r in manifest if r["ack_to"] and meta[r["file"]][4].startswith("alliantenergy.com")))
    w("")
    w("## Verification\n")
    w("`python3 _generator/verify.py` parses every file with `email.policy.default` (all headers read, every leaf "
      "decoded), checks CRLF-only bytes and the 998-octet line limit, manifest/file/index agreement, key order, label "
      "validity, the automated and unclear rules, entity keys and that every entity value occurs in the decoded "
      "text, `To`/`Delivered-To` against `mailbox`, `ack_to` against Reply-To/From, and unique Message-IDs.")
    return "\n".join(out) + "\n"
