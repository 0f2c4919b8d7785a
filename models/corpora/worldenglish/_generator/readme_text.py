"""Hand-written parts of README.md (the brief, the judgement calls, notes). build.py fills in file numbers."""

BRIEF = """
> Your brief (about 100 messages, an August 2027): customers and correspondents whose English is not American
> textbook English, and the clear requests they write in their own idiom. British ("please cease sending", "I'd be
> grateful if you'd take me off", "cheers"), Irish, Scottish, Australian and New Zealand ("no more junk mail thanks
> mate"), Indian English ("kindly do the needful and remove my name", "please revert", "I am having one query"),
> Nigerian and Ghanaian English, Filipino English ("pls", "po"), Caribbean, South African, Singaporean ("can or
> not?"), Canadian French speakers, US regional and older idiom (Southern, Midwestern, Appalachian, Pennsylvania
> Dutch), African American Vernacular English written naturally and respectfully, and writers in plain Spanish and
> Spanglish (about 15 %). Most of them are people who moved to Iowa, Wisconsin or Minnesota and have an account, or
> catalog customers. Most requests are CLEAR (marketing opt-outs, sharing opt-outs, questions, both) and a careful
> clerk would act on them; some are unclear or for someone else; some are thanks. Include replies over our
> promotions and our acknowledgement, and about a quarter machine mail (bounces, auto-replies in British and Indian
> corporate style, newsletters, phishing in broken English, read receipts, mail-client unsubscribes). Invent what
> Alliant sent that month and list it in the README. Each writer's voice must be real and never a caricature; vary
> mail programs, length, signatures (titles, degrees, "Regards", "Thanks and regards", "Yours faithfully").
"""

# (specs, text)
JUDGEMENT = [
    (["ng-adebisi-executor-late-father"],
     "A daughter writes for her late father, but as the **executor of his estate**. LABELS 'On behalf of someone else: "
     "unclear unless the writer clearly has the standing' - an executor has it, so both opt-outs, not unclear. "
     "Entities are the father's (`Emmanuel Adeyemi`, 'Chief' dropped as a title) and his ZIP; ack_to is the daughter."),
    (["india-krishnan-father-in-law-expired", "india-srinivas-catalogue-to-mother", "sg-cheekiat-wife-also",
      "spanglish-dany-catalogo-de-mi-mama"],
     "Clear wishes for someone else (a deceased father-in-law, a mother, a wife, a mother again) from writers who do not "
     "say they hold the account or the estate: **unclear** under the on-behalf rule, entity = the person the request is "
     "for (titles 'Shri'/'Smt.' dropped). A kind clerk would probably act on the deceased one; the rulebook says review."),
    (["gt-analucia-titular-de-la-cuenta", "ia-darlene-budget-billing", "mn-harold-discontinue-catalog"],
     "Household requests that are **clear**: 'Soy la titular de la cuenta' (account holder about her household), 'The "
     "account is in both our names' (joint holder, 'take us off'), and a widower stopping the catalog to 'this "
     "household' that his late wife ordered from (he is the householder writing about his own mail)."),
    (["wi-ostrowski-lake-place"],
     "Stop the catalog at the cabin, keep it at home. Treated like LABELS 'Channel limits are kept': a "
     "marketing_opt_out whose record names the cabin address; postal_code is the cabin ZIP the request is about "
     "(54548), not the home town that has no ZIP in the text; joint name 'Gary and Deb Ostrowski' kept as written."),
    (["uk-hollingsworth-should-be-obliged"],
     "'I should be grateful for written confirmation that this has been done' - the confirmation is what the "
     "acknowledgement and the record give, so no `question`; catalog_share_opt_out only because he keeps the "
     "catalogue. The catalogue customer number `PH-2290417` is an account; name 'Richard J. Hollingsworth' as signed."),
    (["uk-fiona-u-turn-back-on"],
     "Opting back in to the paper catalogue with 'Not the emails, mind - those can stay off': LABELS 'Opting back in is "
     "a question; an old removal it mentions is not a new opt-out' -> question only."),
    (["ng-funmilayo-how-do-i-stop", "es-martha-como-le-hago", "sg-joanne-still-get-bill", "aus-sharon-how-long-this-arvo"],
     "How-to / what-if / how-long questions about opting out ('how do I stop the catalog?', '¿con este correo es "
     "suficiente?', 'if I opt out will I still get my bill?', 'how long does it take?'): **question only** per LABELS, "
     "even where the wish behind it is easy to guess."),
    (["sg-weikeong-can-or-not", "ie-siobhan-would-you-ever", "scot-morag-wee-pile", "aave-keisha-never-signed-up"],
     "Requests in question form ('can or not?', 'Would you ever take me off the list?', 'Could you stop sending', "
     "'Can y'all take me off') are the request itself: opt-out, no `question`."),
    (["india-priya-having-one-query", "ie-declan-do-ye-share", "appalachia-hollis-did-you-all-give",
      "es-consuelo-que-datos-tienen"],
     "Asking **whether / with whom** a name was shared, without saying 'stop': question only (no sharing opt-out). "
     "Contrast the files where the writer adds 'if so, don't do it again' (sharing opt-out + question)."),
    (["india-suresh-please-revert-ack", "india-mohan-as-i-told-last-week", "ie-eoin-same-for-other-address"],
     "'Please revert' under our acknowledgement, 'As I told you last week, kindly do the needful', and 'do the same for "
     "the other email address': LABELS 'Reference to earlier mail without saying what' -> unclear. 'Do the needful' is "
     "clear only when the sentence says what (Venkatesh's is a plain opt-out; Krishnan's says what but is unclear "
     "for standing)."),
    (["jm-andre-remove-under-bill", "es-jose-alto-under-outage", "aave-terrance-power-been-back"],
     "'remove me pls', 'ALTO' and 'Y'all can stop sending these' under the bill notice and outage alerts: LABELS "
     "'the same word under a service message is not a marketing opt-out: unclear'."),
    (["gh-abena-please-stop-no-object"],
     "'Please stop. Thank you.' with an empty subject and no quote: no object, no context -> unclear."),
    (["aus-brendan-no-more-junk-mail-mate", "aus-dave-not-for-me-tuneup", "spanglish-yesenia-stop-porfa",
      "south-wendell-maam-newsletter"],
     "Short replies under promotions take their meaning from the promo: marketing opt-out. The catalog promo's quoted "
     "footer mentions sharing; it is our text, so no sharing label."),
    (["india-deepa-also-ensure-ack-reply"],
     "A reply to our acknowledgement that adds a new explicit request ('Kindly also ensure my name and address are not "
     "shared'): a person's catalog_share_opt_out with ack_to = sender, not a thank-you and not a loop."),
    (["uk-ian-brilliant-thanks-ack", "gh-kwame-god-bless-ack", "do-yokasta-gracias-ack"],
     "Thank-yous under our acknowledgement: no labels, not unclear, ack_to null (LABELS: no answer is due)."),
    (["es-esperanza-sigue-llegando"],
     "'¿Por qué me siguen llegando ... si desde junio pedí ...?' refers to an earlier request but also says, fresh, "
     "'Por favor ya no me lo manden': marketing opt-out + question (the complaint)."),
    (["za-pieter-keep-yours-not-others", "fr-ca-luc-dont-want-that-you-give", "es-jorgeluis-si-quiero-el-catalogo"],
     "Keep the catalog, don't share: catalog_share_opt_out **only** (stopping their catalog would be the costly error)."),
    (["uk-harriet-straight-into-recycling", "sg-weikeong-can-or-not"],
     "No full name in the sender's words: the label 'H PENNINGTON-LOWE' is initial + surname and she signs 'Harriet'; "
     "'Wei Keong' is a given name without the family name (Lim appears only in From). No name entity (LABELS: full "
     "names only; From does not count). Harriet's ZIP is still extracted. 'Tan Mei Ling' (family name first) is full."),
    (["unsub-gmail-brenda-p1", "unsub-ios-mark-p2", "unsub-outlook-kevin-p3", "unsub-yahoo-maricela-p4",
      "unsub-service-tidyinbox-p2"],
     "The brief lists mail-client unsubscribes among the machine mail; LABELS says software unsubscribing for a person "
     "is automated = false + marketing_opt_out. The four client mails (Gmail, iOS Mail, Outlook.com with our "
     "'body=AE-NL-2708', Yahoo) carry no Auto-Submitted and are acknowledged; the inbox-cleaning service's mail "
     "carries `Auto-Submitted: auto-generated`, so ack_to is null. Its user's address is not an entity."),
    (["za-nadia-i-live-in-cape-town"],
     "Not a customer at all (Cape Town, mistyped address): still a marketing opt-out for this address plus a question "
     "('let me know how you got my email address')."),
    (["padutch-ruth-it-wonders-me"],
     "'It wonders me why we get your catalog at all' is Pennsylvania Dutch English for 'I wonder why'; rhetorical, not a "
     "question needing an answer. 'Would you take us off your list once?' is the request (softening 'once')."),
    (["cold-seo-brightrank", "vendor-lettershop-suppression-report", "calendar-list-rental-review",
      "ooo-ph-bayanihan-no-autosubmitted"],
     "Automated although written by or for a person: cold SEO outreach (offers to 'remove you from our list'), the mail "
     "house's suppression report and the list broker's calendar invitation (full of 'opt-out'/'do-not-share'), and a "
     "cPanel autoresponder to our acknowledgement that has **no** Auto-Submitted header (headerless auto-reply)."),
]

NOTES = [
    "Delete-everything requests are deliberately absent: LABELS.md says such a request is 'unclear plus question' while "
    "the manifest convention says unclear => labels []; this set does not test that conflict.",
    "Entities drop titles and post-nominals as LABELS asks ('Dr', 'Mrs.', 'Smt.', 'Shri', 'Chief', ', RN'); names keep "
    "their diacritics and both surnames where written ('Consuelo Ibarra Montes', 'Ana Lucía Chávez de León').",
    "Phone numbers (555-01xx) and campaign tokens (AE-NL-2708) are never accounts.",
    "Mail programs: Gmail web/Android, Samsung Email, iPhone/iPad Mail (iCloud, Gmail and ISP accounts, including the "
    "iOS narrow no-break space in quote headers), Apple Mail on macOS, Outlook.com web/Android, Outlook 16 desktop via "
    "ISP relays (MWEB, SingNet), Yahoo web/Android/iOS, AOL, Thunderbird (format=flowed), Xfinity Connect, Rediffmail "
    "(Reply-To = From), Zimbra (Videotron). Gmail and iPhone users with a Spanish interface quote in Spanish "
    "('escribió:', 'Enviado desde mi iPhone').",
    "Outlook.com and Yahoo write the Date header in UTC; the arrival order follows our mx Received time.",
    "The headerless autoresponder's From display name 'Ma. Cristina Lopez' is unquoted (RFC 5322 obs-phrase); "
    "email.policy.default parses it with an ObsoleteHeaderDefect, which verify.py tolerates on purpose.",
    "Our promos, newsletter and acknowledgement appear only quoted or echoed; their footers (ZIP 53718, 'unsubscribe', "
    "sharing wording) never count as the sender's words.",
]
