"""Step 5, scope and channel: what each request found in step 4 is about.

    a generic "take me off" in a sentence about passing names on      the name-sharing kind (catalogue role)
    a generic one in a sentence that names nothing, after such a one   the same ("... Please leave me out of that.")
    "stop mailing me paper statements" (bills, nothing promotional)    a billing change: a question for staff
    "stop sending me outage alerts" (service named, nothing promotional) a service change: a question for staff
    an opt-out next to outage or payment notices, nothing promotional  unclear what should stop: review
    "if so, stop" / "don't ever do that again" after a sentence about   the kind that sentence was about (sharing
        sharing names or about our mail                                 first): a conditional opt-out is honoured
    a bare "STOP" / "remove" / "opt out", or a "take me off" that names nothing:
        under our promotion or catalog e-mail                          the unsubscribe kind (catalogue role)
        under service mail or our acknowledgement, or in a fresh mail  no object, no context: review

Scope words never add a label by themselves; they decide what an opt-out phrase means (rules/scope.yml).
"""

from __future__ import annotations

from typing import Any

from intake.catalogue import Catalogue
from intake.decide.reading import Reading
from intake.decide.requests import Analysis, Match, derived, just_opt_out, starts_sentence

OBJECT_WINDOW = 6
"""How many tokens after an opt-out phrase may name what it is about ("stop sending me the paper statements")."""
OBJECT_SCOPES = frozenset({"marketing", "channel", "name_sharing", "billing", "paper", "service", "phone", "profiling"})
PROFILING_WINDOW = 12
"""Targeted advertising is often named after what is used for it: "opt out of the processing of my personal data
for targeted advertising"."""
SENDING = frozenset({"send", "sending", "sent", "mail", "mailing", "mailed", "email", "emailing", "emailed", "e",
                     "mandar", "mandarme", "mandarnos", "enviar", "enviarme", "enviarnos", "manden", "envíen", "envien"})
"""Words of an opt-out that send or mail what it stops: targeted ads sent by post or e-mail are mail."""
PASSED_ON = {"phone": "calls or texts", "profiling": "targeted advertising"}
"""rules/scope.yml's scopes of wishes a person passes on (a question), not stops of mail: what each is called."""
MAILED_MARKETING = frozenset({"mailed_marketing", "es_publicidad_impresa"})
"""rules/scope.yml's marketing rules for what only comes by post or e-mail (catalogs, flyers, newsletters)."""
CONJUNCTIONS = frozenset({"and", "also", "plus", "+", "&", "y", "también", "tambien"})


def read(readings: list[Reading], tools: Any) -> None:
    for reading in readings:
        if reading.settled or reading.analysis is None:
            continue
        apply_scope(reading.analysis, tools.catalogue, reading.thread.marketing)


def apply_scope(analysis: Analysis, catalogue: Catalogue, under_promotion: bool) -> None:
    roles = catalogue.roles
    _follow_ups(analysis, roles["unsubscribe"], roles["name_sharing"], roles["question"])
    _sharing_scope(analysis, roles["unsubscribe"], roles["name_sharing"])
    _others_mail(analysis, roles["unsubscribe"])
    _billing_scope(analysis, roles["unsubscribe"], roles["question"])
    if not under_promotion:  # under our promotion e-mail, "stop sending these to my phone" means the e-mails
        _passed_on_scope(analysis, roles["unsubscribe"], roles["question"])
    _objectless(analysis, catalogue, under_promotion)
    _subject_names_the_topic(analysis, roles["unsubscribe"])
    lower = analysis.toks.lower
    for hit in analysis.live(roles["unsubscribe"]):
        # what the sender keeps ("anything but the bill") is not what the opt-out may be about
        in_sentence = {s.spec.tag for s in analysis.scopes if s.sent == hit.sent
                       and not (s.start >= hit.end and _excepted(lower[hit.end:s.start]))}
        if in_sentence & {"service", "billing"} and not in_sentence & {"marketing", "channel"}:
            analysis.flags.add("unclear_scope")
            analysis.reasons.append(f"opt-out may be about service notices, not marketing: {hit.text!r}")


def _subject_names_the_topic(analysis: Analysis, unsubscribe: str) -> None:
    """A subject that says only "Opt-out" above a body whose opt-out is of another kind ("Please opt me out of the
    sale of my personal information") names the body's topic: not a second, marketing request."""
    body = {h.spec.tag for h in analysis.hits if h.status == "live" and h.source != "subject"}
    if not body or unsubscribe in body:
        return
    for hit in analysis.live(unsubscribe):
        if hit.source == "subject" and just_opt_out(hit.text):
            hit.status = "echo"


AGAIN_RULES = frozenset({"stop_it_again"})
"""rules/cues.yml's follow-ups that repeat the opt-out of the sentence before ("... Stop it."), not its topic."""
RENEWALS = frozenset({"still_wanted"})
"""rules/cues.yml's follow-ups that renew an earlier request, which count after "and" too ("I asked in January not
to share my name and I still don't want it shared")."""
SHARE_QUESTIONS = frozenset({"asks_whether_shared", "asks_who_got_it"})
"""Question rules that ask whether a name was passed on: "Did you give them my address?"."""


def _follow_ups(analysis: Analysis, unsubscribe: str, sharing: str, question: str) -> None:
    """"Do you share my information? If so, stop." and "Did you give them my address? Don't ever do that again."
    ask to stop what the sentence before (or the same one) is about. LABELS.md's writers label them opt-outs (and
    the question a question): whether or not we share, honouring the condition costs nothing, and missing it
    breaks the law if we do. Nothing is derived where the sentence already holds a request, or where neither
    sentence says what "that" is (then the model and review decide)."""
    for cue in analysis.cues_of("follow_up"):
        after_and = cue.start > 0 and analysis.toks.lower[cue.start - 1] in ("and", "but", "so")
        renewed = cue.spec.name in RENEWALS and after_and
        again_in_sentence = cue.spec.name in AGAIN_RULES and after_and and not starts_sentence(analysis, cue)
        if not (starts_sentence(analysis, cue) or renewed or again_in_sentence):
            continue  # "I could not do it", "never stop doing that!": not a request that leans on what came before
        if again_in_sentence:
            # "I've asked you to quit sending the flyers and they keep coming so quit it": the told request, again
            told = {h.spec.tag for h in analysis.hits if h.sent == cue.sent and h.start < cue.start
                    and h.status == "past" and h.spec.tag in (unsubscribe, sharing)}
            for tag in sorted(told):
                analysis.hits.append(derived(cue, tag, "scope:follow_up"))
            continue
        if analysis.requests_in(cue.sent, question):
            continue
        if cue.spec.name in AGAIN_RULES:
            # "I asked to stop the catalog in March and still got one. Stop it.": the kind asked before, again
            before = {h.spec.tag for h in analysis.hits if h.sent == cue.sent - 1 and h.spec.tag in (unsubscribe, sharing)}
            for tag in sorted(before):
                analysis.hits.append(derived(cue, tag, "scope:follow_up"))
            continue
        sents = {cue.sent - 1, cue.sent} | ({cue.sent - 2} if _bare(analysis, cue.sent - 1) else set())
        # in the cue's own sentence only what the condition names ("If you sell my name, stop"), not the words
        # of the follow-up itself ("Si es así, no la compartan" with nothing before it says nothing of what "la" is)
        near = [s for s in analysis.scopes if s.sent in sents and s.source == cue.source
                and (s.sent != cue.sent or s.start < cue.end)]
        asked_sharing = any(h.sent in sents - {cue.sent} and h.spec.name in SHARE_QUESTIONS for h in analysis.hits)
        if asked_sharing or any(s.spec.tag == "name_sharing" for s in near):
            analysis.hits.append(derived(cue, sharing, "scope:follow_up"))
        elif any(s.spec.tag == "marketing" for s in near):
            analysis.hits.append(derived(cue, unsubscribe, "scope:follow_up"))


def _sharing_scope(analysis: Analysis, unsubscribe: str, sharing: str) -> None:
    """A generic "take me off" in a sentence about passing names on is a sharing opt-out."""
    for hit in list(analysis.hits):
        if hit.status != "live" or hit.spec.tag != unsubscribe or not hit.spec.generic:
            continue
        own_share_hits = [h for h in analysis.live(sharing) if h.sent == hit.sent]
        if not own_share_hits:
            if _about_sharing(analysis, hit):
                if not _before_names_both(analysis, hit):
                    hit.status = "reassigned"
                analysis.hits.append(derived(hit, sharing, f"scope:{hit.spec.name}"))
        elif any(_same_words(hit, h) for h in own_share_hits) or \
                (any(_is_object_of(analysis, hit, h) for h in own_share_hits) and not _names_own_object(analysis, hit)):
            # "opt out of having my information shared": the sharing rule found what the generic words are
            # about, so they are that one request. "Opt me out and do not share my name" asks for two.
            hit.status = "reassigned"


def _before_names_both(analysis: Analysis, hit: Match) -> bool:
    """Whether a generic opt-out that names nothing itself ("I want it all stopped.", "Quítenme de esa lista.")
    follows a sentence about both passing names on and our marketing ("You sell my name and you send me junk
    mail."): then it asks for both. Marketing words beside the sharing words ("catalog companies swap lists",
    "otras compañías de catálogos") name the other companies, not our mail."""
    if any(s.sent == hit.sent and s.spec.tag in ("name_sharing", "marketing") for s in analysis.scopes):
        return False
    before = [s for s in analysis.scopes if s.sent == hit.sent - 1 and s.source == hit.source]
    shared = [s for s in before if s.spec.tag == "name_sharing"]
    return bool(shared) and any(s.spec.tag == "marketing" and s.text.lower() not in OUR_NAMES
                                and not any(t.start - 3 <= s.start <= t.end + 2 for t in shared) for s in before)


OUR_NAMES = frozenset({"powerhouse", "alliant", "alliant energy"})
"""Marketing words that name us, not mail we send: "PowerHouse passes names along to other catalog companies"."""


def _same_words(hit: Match, share: Match) -> bool:
    """The sharing rule read the very words of the generic phrase ("Opt-out of sale"): one request, the sharing
    kind, whatever scope word ("sale") follows."""
    return share.start <= hit.start and hit.end <= share.end


def _is_object_of(analysis: Analysis, hit: Match, share: Match) -> bool:
    """Whether a sharing hit is what a generic opt-out phrase is about: it overlaps the phrase or follows it
    closely, with no "and" / "y" (a second request) in between."""
    if share.start < hit.end and share.end > hit.start:
        return True
    between = analysis.toks.lower[hit.end:share.start]
    return hit.end <= share.start < hit.end + OBJECT_WINDOW and not CONJUNCTIONS.intersection(between)


def _about_sharing(analysis: Analysis, hit: Match) -> bool:
    """Whether the sentence of a generic opt-out is about passing names on. A sentence that names nothing the
    opt-out could be about ("Please don't include me in that.", "Please record my opt-out.") is about what the
    sentence just before it was about."""
    in_sentence = [s for s in analysis.scopes if s.sent == hit.sent]
    if _names_own_object(analysis, hit):
        return False  # "opt me out of marketing and don't share my name": the phrase names its own object
    if not in_sentence:
        return any(s.spec.tag == "name_sharing" for s in analysis.scopes
                   if s.sent == hit.sent - 1 and s.source == hit.source)
    # Only sharing words outside the opt-out phrase say what the phrase is about, or a list that points back at
    # them ("¿Me pueden quitar de esa lista?" after "no quiero que pasen mi nombre a otras compañías").
    return any((s.spec.tag == "name_sharing" and not (hit.start <= s.start < hit.end))
               or (s.spec.tag == "channel" and _shared_list(analysis, s)) for s in in_sentence)


def _names_own_object(analysis: Analysis, hit: Match) -> bool:
    """Whether the first scope word in or just after a generic opt-out phrase is mail we send ("remove me from
    the catalog list", "take me off this mailing"): then the phrase is about that mail, whatever follows."""
    own = [s for s in analysis.scopes if s.sent == hit.sent and hit.start <= s.start < hit.end + OBJECT_WINDOW]
    if not own:
        return False
    first = min(own, key=lambda s: s.start)
    if first.spec.tag == "channel" and _shared_list(analysis, first):
        return False  # "sáquenme de las listas que les venden a otros catálogos": the list is the shared one
    return first.spec.tag in ("marketing", "channel")


LISTS = frozenset({"list", "lists", "lista", "listas"})
POINTING_BACK = frozenset({"that", "those", "this", "these", "esa", "esas", "ese", "esos", "esta", "estas", "este",
                           "estos"})


def _shared_list(analysis: Analysis, channel: Match) -> bool:
    """Whether sharing words follow a mail-channel word closely in its sentence, with no second request ("and")
    in between: "the lists you sell to other companies", "las listas que les prestan a otros catálogos"; or the
    word points back at a sentence about sharing ("that list")."""
    alpha = analysis.toks.cols[4]
    lower = analysis.toks.lower
    if channel.start > 0 and channel.text.lower() in LISTS and lower[channel.start - 1] in POINTING_BACK \
            and (channel.end >= len(lower) or lower[channel.end] not in ("of", "de", "del")) \
            and any(s.sent == channel.sent - 1 and s.spec.tag == "name_sharing" for s in analysis.scopes):
        return True  # "I read that you rent names to other catalogs. Take me off that list." / "... de esa lista"
    for s in analysis.scopes:
        if s.sent == channel.sent and s.spec.tag == "name_sharing" and channel.end <= s.start < channel.end + 6:
            between = range(channel.end, s.start)
            # a comma or a second request in between ("off your list, don't share my email either"): two requests
            return not CONJUNCTIONS.intersection(lower[channel.end:s.start]) and \
                all(alpha[i] for i in between)
    return False


FROM = frozenset({"from", "de", "by", "por"})


def _others_mail(analysis: Analysis, unsubscribe: str) -> None:
    """"No quiero más catálogos de otras tiendas", "no more catalogs from other companies": other companies' mail,
    which we do not send and cannot stop (the reason a sender gives for a sharing opt-out), not our marketing."""
    lower = analysis.toks.lower
    for hit in analysis.live(unsubscribe):
        end = _clause_end(analysis, hit)
        if any(s.sent == hit.sent and s.spec.tag == "name_sharing" and hit.end <= s.start < end and s.start > 0
               and lower[s.start - 1] in FROM for s in analysis.scopes):
            hit.status = "others_mail"
            analysis.reasons.append(f"about other companies' mail, not ours: {hit.text!r}")


def _billing_scope(analysis: Analysis, unsubscribe: str, question: str) -> None:
    """"Stop mailing me paper statements" asks for a billing change (a question for staff), not a marketing
    opt-out. What an opt-out phrase is about is the first scope word in it or just after it in its sentence:
    bills, or paper as such in a message that mentions bills and nothing promotional ("Stop sending me paper.
    I want my bill by e-mail."). "Stop the emails, I get enough with the bill" is about the e-mails."""
    tags = {s.spec.tag for s in analysis.scopes}
    bills_only = "billing" in tags and "marketing" not in tags
    lower = analysis.toks.lower
    for hit in analysis.live(unsubscribe):
        # "Unsubscribe me from everything except my bill notices": what follows "except" is kept, not stopped
        about = [s for s in analysis.scopes
                 if s.sent == hit.sent and hit.start <= s.start < hit.end + OBJECT_WINDOW
                 and not _excepted(lower[hit.end:s.start])]
        if not about:
            continue
        # at the same word, the marketing reading wins ("paper mail about heat pumps" is not "paper")
        about.sort(key=lambda s: (s.start, s.spec.tag != "marketing"))
        if about[0].spec.tag == "channel" and len(about) > 1 and lower[about[0].end:about[0].end + 1] == ["about"]:
            about.pop(0)  # "the emails about the water heater recall": what the e-mails are about decides
        first = about[0].spec.tag
        if first == "billing" or (first == "paper" and bills_only):
            hit.status = "reassigned"
            analysis.hits.append(derived(hit, question, f"scope:billing:{hit.spec.name}"))
            analysis.reasons.append(f"about bills, not marketing: {hit.text!r}")
        elif first == "service" and not any(s.spec.tag == "marketing" and s.sent == hit.sent for s in analysis.scopes):
            # "Please stop sending me outage alerts for that address": the sender names service notices, so this
            # is a change for staff to make (a question), not an opt-out whose object is unclear
            hit.status = "reassigned"
            analysis.hits.append(derived(hit, question, f"scope:service:{hit.spec.name}"))
            analysis.reasons.append(f"about service notices, not marketing: {hit.text!r}")


def _passed_on_scope(analysis: Analysis, unsubscribe: str, question: str) -> None:
    """LABELS.md's marketing opt-out stops postal mail and e-mail. "Stop calling me", "no more texts" and "stop
    using my data for targeted ads" ask for something else, which a person passes on: a question. When the
    sentence also names mail ("stop the calls and the e-mails", "no more catalogs or calls") the opt-out stands and
    the rest is a question beside it. What an opt-out is about is read in it and just after it, as for bills:
    calls, texts or targeted ads named before any mail."""
    lower = analysis.toks.lower
    for hit in analysis.live(unsubscribe):
        # one walk to the clause's end over the longer window; the usual object window stops at the same comma
        # or new clause, or at its own length, whichever is first
        far = _clause_end(analysis, hit, PROFILING_WINDOW)
        end = min(far, hit.end + OBJECT_WINDOW)
        about = [s for s in analysis.scopes if s.sent == hit.sent and hit.start <= s.start
                 and (s.start < end or (s.spec.tag == "profiling" and s.start < far))
                 and not (s.spec.tag == "phone" and _not_a_call(lower, s))]
        # ads that are sent or mailed ("stop mailing me personalised advertising") are mail: the opt-out stands
        tags = set(PASSED_ON) - ({"profiling"} if SENDING.intersection(lower[hit.start:hit.end]) else set())
        first = min((s.start for s in about if s.spec.tag in tags), default=None)
        if first is None or any(_mailed(s) for s in about if s.start < first):
            continue
        tag = next(s.spec.tag for s in about if s.start == first and s.spec.tag in tags)
        sentence = [s for s in analysis.scopes if s.sent == hit.sent]
        if any(s.spec.tag == "service" for s in sentence):
            continue  # "stop the outage texts": the service check below asks staff
        analysis.hits.append(derived(hit, question, f"scope:{tag}:{hit.spec.name}"))
        # mail named before the opt-out is how the sender wants to be answered, not what should stop: "Please
        # answer by e-mail only, do not call"
        after = [sc for sc in sentence if sc.start >= hit.start]
        if not (any(_mailed(sc) for sc in after) or _names_mail(analysis, hit.sent, hit.start)):
            hit.status = "reassigned"  # that only; with mail named too, the opt-out stands beside the question
            analysis.reasons.append(f"about {PASSED_ON[tag]}, not mail: {hit.text!r}")


EXCEPTING = frozenset({"except", "besides", "excepting", "excluding", "excepto", "menos", "salvo", "only", "solo",
                       "sólo"})
ANY_OF_IT = frozenset({"anything", "everything", "nothing", "all", "any"})


def _excepted(words: list[str]) -> bool:
    """Words between an opt-out and what they name that keep it: "except", "only" ("no more promo emails por
    favor, solo la factura"), or "but" / "other than" after "anything" ("do not send us anything but the bill")."""
    if EXCEPTING.intersection(words):
        return True
    return any(w in ANY_OF_IT and words[i + 1:i + 2] in (["but"], ["other"]) for i, w in enumerate(words))


SIGNED = frozenset({"signature", "disclaimer"})
"""Text sources (words.py) that are the sender's sign-off, not the request."""
CLAUSE_ENDS = frozenset({",", ";", ":", "and", "if", "but", "or", "y", "si", "pero", "o"})
MAIL_WORDS = frozenset({"mail", "mails", "letter", "letters", "postal", "post", "correo", "cartas", "carta"})
"""Mail by post that rules/scope.yml does not count as a scope word (the verb "mail" would be one)."""


def _clause_end(analysis: Analysis, hit: Match, window: int = OBJECT_WINDOW) -> int:
    """Where the object of an opt-out can end: a few tokens on, or sooner at a comma or a new clause ("Take me
    off your list, you can call me to verify")."""
    lower, sents = analysis.toks.lower, analysis.toks_sent
    for i in range(hit.end, min(hit.end + window, len(lower))):
        if sents[i] != hit.sent or lower[i] in CLAUSE_ENDS:
            return i
    return hit.end + window


def _not_a_call(lower: list[str], scope: Match) -> bool:
    """"call me if ...", "so-called deals": how to reach the sender, or not a call at all ("do not call me" is
    one)."""
    after = lower[scope.end] if scope.end < len(lower) else ""
    before = lower[max(0, scope.start - 2):scope.start]
    if before[-1:] and before[-1] in ("not", "n't", "never", "no"):
        return False
    return after in ("me", "us", "back") or before == ["so", "-"]


def _names_mail(analysis: Analysis, sent: int, start: int = 0) -> bool:
    lower, sents = analysis.toks.lower, analysis.toks_sent
    return any(sents[i] == sent and lower[i] in MAIL_WORDS for i in range(start, len(lower)))


def _bare(analysis: Analysis, sent: int) -> bool:
    """A sentence of a few words that names nothing ("Do you?", "Is it true?"): a follow-up after it leans on the
    sentence before it."""
    tokens = [i for i, s in enumerate(analysis.toks_sent) if s == sent]
    return 0 < len(tokens) <= 5 and not any(s.sent == sent for s in analysis.scopes)


def _said_with_an_object(analysis: Analysis, hit: Match, scoped: set[int]) -> bool:
    """Whether a bare word in the subject is said again in the text, in a sentence that names what should stop."""
    return hit.source == "subject" and any(
        h.status == "live" and h.spec.tag == hit.spec.tag and h.source != "subject" and h.sent in scoped
        for h in analysis.hits)


def _mailed(scope: Match) -> bool:
    return scope.spec.tag in ("channel", "paper") or scope.spec.name in MAILED_MARKETING


def _objectless(analysis: Analysis, catalogue: Catalogue, under_promotion: bool) -> None:
    """A bare opt-out word, or a "take me off" with nothing in the message saying off what: what it stops is in
    what it answers. Under our promotion or catalog e-mail it is the unsubscribe kind; anywhere else nobody can
    tell, and a person decides."""
    # A signature's words are not what a request is about ("Please stop sending these." over "Regional Sales
    # Manager" names no sale)
    own = [s for s in analysis.scopes if s.source not in SIGNED]
    scoped = {s.sent for s in own if s.spec.tag in OBJECT_SCOPES}
    tags = {s.spec.tag for s in own}
    specific = analysis.named(catalogue.opt_outs)
    named = bool(scoped) or bool(specific)
    for hit in analysis.hits:
        if hit.status != "live" or not (hit.spec.alone or hit.spec.generic):
            continue
        if hit.spec.alone and (hit.spec.tag in specific or _said_with_an_object(analysis, hit, scoped)):
            # "Subject: stop" over "Stop mailing me ads please.", "Subject: Opt out" over "please opt me out of all
            # marketing": the bare word repeats the request the message names, and adds no kind of its own.
            hit.status = "echo"
            continue
        if hit.spec.generic and (named or hit.sent in scoped):
            continue
        if hit.spec.alone and hit.source != "subject" and tags & {"marketing"} \
                and not tags & {"service", "billing", "name_sharing"}:
            # "Enough with the flyers and the offers. No more, thanks.": the sender's text names what should stop
            # (a subject "STOP" over "Love the new catalog" is not that)
            continue
        if under_promotion:
            analysis.flags.add("object_from_thread")
            continue
        hit.status = "bare"
        analysis.flags.add("no_object")
        analysis.reasons.append(f"no object and no context: {hit.text!r}")
