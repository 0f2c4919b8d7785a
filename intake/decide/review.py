"""Step 8, review: could a careful person act on this mail alone? If not, staff decide and intake acts on nothing.

Reasons to ask a person (each is recorded with the decision):

    no words of their own     an empty reply, "see below" over someone else's words, an emoji, "?"
    no object, no context     a bare "STOP" / "opt me out" that is not under one of our promotions
    a short reply to our service mail or acknowledgement that asks to stop something
    stop and keep             "take me off, but keep the coupons": which mail should stop? (unless channels.py
                              could tell which channel is kept: "stop the e-mails, keep the catalog")
    someone who died          whose record does the opt-out change?
    other people              tenants, residents, an association's members: their requests to make
    earlier mail              "do the same for my other address", "as I asked before"
    delete everything         not something intake may do (a question for staff, and unclear)
    sarcasm, conflicting requests, unclear scope (service notices or marketing?)
    a damaged or oversized message: the text may not be what the sender wrote
    the model's doubts (confidence.py), and mail where no request was recognised at all
    a sender who is probably not a customer: a colleague, a role address (press@), group mail to many people

A message in review is decided by nobody but staff: its labels are only proposed.
"""

from __future__ import annotations

import re

from typing import Any

from intake.decide.confidence import MAY_NOT_BE_A_REQUEST
from intake.decide.reading import Reading
from intake.mail.language import in_another_language

SERIOUS_DEFECTS = (
    "oversize", "parser-error", "broken-boundary", "undecodable", "truncat", "start-boundary", "close-boundary",
    "invalid-base64", "multipart-invariant", "bad-base64", "bad-quoted-printable",
)
"""Parse defects after which the text we read may not be what the sender wrote."""
SHORT_REPLY_WORDS = 12


def serious_defects(mail: Any) -> list[str]:
    return [d for d in mail.defects if d.startswith(SERIOUS_DEFECTS)]


def read(readings: list[Reading], tools: Any) -> None:
    for reading in readings:
        if reading.settled:
            continue
        add_reasons(reading, tools)
        if reading.review:
            reading.proposed = reading.proposed or reading.labels
            reading.labels = ()
        elif not reading.labels:
            reading.reasons.append("thanks only: nothing to do")
        reading.note("review", reasons=list(reading.review))


def add_reasons(reading: Reading, tools: Any) -> None:
    """The step's reasons before the earlier steps' (the chain, and training's re-decisions: the same code)."""
    thanks = _a_note_of_thanks(reading, tools)
    if thanks:
        # thanks for our answer from a company's address: that it may be no request changes nothing, as
        # neither a request without labels nor "not a request" is acted on or answered
        reading.review = [r for r in reading.review if not r.startswith(MAY_NOT_BE_A_REQUEST)]
    reading.review[:0] = reasons(reading, tools, thanks)


def reasons(reading: Reading, tools: Any, thanks: bool) -> list[str]:
    """Why a person must decide; `thanks`: the reading is a note of thanks (_a_note_of_thanks)."""
    why: list[str] = []
    mail, analysis = reading.mail, reading.analysis
    serious = serious_defects(mail)
    if serious or mail.size > tools.max_bytes:
        why.append(f"message damaged ({', '.join(serious) or 'oversize'}): text may be incomplete")
    if reading.not_a_customer:
        why.append(f"may not be a request: {reading.not_a_customer}")
    if not reading.own_words:
        why.append("the sender wrote nothing decidable of their own")
    if reading.text is not None and in_another_language(reading.text.text):
        # the rules and the model read English and Spanish; a careful person who reads the language decides
        why.append("written in a language other than English or Spanish: a person who reads it decides")
    flags = analysis.flags if analysis is not None else set()
    if "no_object" in flags:
        why.append("no object and no context: it does not say what should stop")
    kind = "" if reading.thread.kind == "ours" else f"{reading.thread.kind} "
    unpromoted = _opt_outs_beside_service(reading, tools)
    if unpromoted and reading.text.words <= SHORT_REPLY_WORDS:
        why.append(f"a short reply to our {kind}mail: what should stop is not clear")
    elif unpromoted and any(_points_at_the_quote(reading.analysis, h) for h in unpromoted):
        why.append(f"under our {kind}mail, 'these' may be that mail: what should stop is not clear")
    opt_outs = set(tools.catalogue.opt_outs) & {*reading.labels, *reading.proposed}
    cue_reasons = (("sarcasm", "may be sarcastic"), ("others", "for other people (tenants, residents, members)"),
                   ("deletion", "asks to delete data: not something intake does alone"))
    for cue, text in cue_reasons:
        found = analysis.cues_of(cue) if analysis is not None else []
        # Other people's opt-outs would change their records; a question about them goes to a person anyway
        # ("We manage 14 buildings: how do the tenants get paperless billing?")
        if found and (cue != "others" or opt_outs):
            why.append(f"{text}: {found[0].text[:80]!r}")
    if "for_someone_else" in flags and opt_outs and "deceased" not in flags:
        why.append("an opt-out for someone else (he, she): staff decide whether the sender may ask for it")
    if "deceased" in flags and opt_outs:
        why.append("an opt-out for someone who has died: staff decide whose record it is")
    if analysis is not None and analysis.cues_of("reference") and not analysis.named(tools.catalogue.opt_outs):
        why.append(f"refers to earlier mail without saying what: {analysis.cues_of('reference')[0].text[:80]!r}")
    keep = analysis.cues_of("keep") if analysis is not None else []
    if keep and analysis.live(tools.catalogue.roles["unsubscribe"]) and "channel_limit" not in analysis.flags:
        why.append(f"asks to stop and to keep something: which mail should stop? {keep[0].text[:80]!r}")
    retract = analysis.cues_of("retract") if analysis is not None else []
    if retract and any(analysis.live(label) for label in tools.catalogue.opt_outs):
        why.append(f"takes a request back: {retract[0].text[:80]!r}")
    if reading.thread.kind == "staff" and _answers_our_staff(reading, thanks):
        why.append("answers one of our staff's replies: the case's owner reads it with the question it answers")
    if "unclear_scope" in flags:
        why.append("unclear what should stop: marketing or service notices")
    if "mixed_wishes" in flags:
        why.append("asks to be put back and to stop something at once: which mail should stop?")
    if _conflict(reading, tools):
        why.append("conflicting requests: asked for and taken back")
    if not reading.labels and not reading.proposed and not thanks:
        why.append("no request recognised")
    elif not reading.labels and not reading.proposed and reading.thread.kind in ("promotion", "catalog", "ours") \
            and not _thanks(reading):
        # "ok" under a thermostat offer may be interest in it or "enough": nothing decidable (LABELS.md), where
        # "thanks" under our acknowledgement or a bill needs no answer
        why.append("a short reply to our promotion or other mail that says nothing decidable")
    return why


ANSWER_OPENINGS = frozenset("yes yeah yep yup no nope both correct right exactly paper email e-mail mail neither "
                            "all the it here that sí si ambos ambas las los exacto correcto claro papel correo "
                            "ninguno todo es".split())
"""First words of an answer to a question ("Both.", "Yes I am the account holder", "It's IRENE M VOS, 1812 Clark
St", "Sí, exacto", "The second one"). Not "ok": "Ok thank you." is thanks, "Ok but ..." goes on."""


_FIRST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _answers_our_staff(reading: Reading, thanks: bool) -> bool:
    """A reply to our staff that leans on their question ("e-mail, paper, or both?"): it opens as an answer, or is
    short and more than thanks. A self-contained message under a staff reply ("It came, thanks. Please also take
    me off the catalog list") is read like any other, and a plain thank-you is settled."""
    text = reading.text
    if text is None:
        return False
    first = _FIRST_WORD.search(text.lowered[:80])
    if first is not None and first.group() in ANSWER_OPENINGS:
        return True
    return not thanks and text.words <= SHORT_REPLY_WORDS


POINTING = frozenset({"these", "this", "those", "them"})
"""Words with which an opt-out points at the mail it answers ("I don't want these emails")."""


def _points_at_the_quote(analysis: Any, hit: Any) -> bool:
    """Whether an opt-out's object is only a pointer: "I don't want these emails, I want the bill in the mail"
    under our bill notice means the bill e-mails, not marketing."""
    lower, end = analysis.toks.lower, min(hit.end + 3, len(analysis.toks.lower))
    return any(lower[i] in POINTING for i in range(hit.start, end) if analysis.toks_sent[i] == hit.sent)


def _opt_outs_beside_service(reading: Reading, tools: Any) -> list[Any]:
    """The opt-outs of a reply to our service mail or acknowledgement that name nothing promotional."""
    # "ours": our mail of no known kind (a survey, a notice): a bare "unsubscribe" cannot say what should stop
    if reading.thread.kind not in ("service", "acknowledgement", "ours") or reading.analysis is None:
        return []
    # A sharing opt-out ("Thanks. Also, please don't share my name") and one that names promotional mail are
    # clear under any mail; "stop sending me these e-mails" under an outage alert may mean the alerts.
    sharing = tools.catalogue.roles["name_sharing"]
    promotional = {s.sent for s in reading.analysis.scopes
                   if s.spec.tag == "marketing" and s.text.lower() not in NOT_PROMOTIONAL}
    opt_outs = [h for h in reading.analysis.hits if h.status in ("live", "bare")
                and h.spec.tag in tools.catalogue.opt_outs and h.spec.tag != sharing and h.sent not in promotional]
    return opt_outs


def _conflict(reading: Reading, tools: Any) -> bool:
    if reading.analysis is None:
        return False
    statuses = {(h.spec.tag, h.status) for h in reading.analysis.hits}
    return any((label, "live") in statuses and {(label, "negated"), (label, "opt_back_in")} & statuses
               for label in tools.catalogue.opt_outs)


NOT_PROMOTIONAL = frozenset({"junk", "spam", "subscription", "subscriptions"})
"""Marketing scope words that under service mail may mean the service mail itself ("unsubscribe me from this spam")."""

_THANKS = ("thank", "thanks", "thx", "gracias", "appreciate")


_DECLINES = re.compile(r"\b(?:no|nope|nah)\b[\s,.!]*(?:thanks|thank you|thx|gracias)|not interested|no me interesa")
"""Turning an offer down ("No thanks.", "not interested"): does that mean "stop sending offers"? Nobody can tell."""


def _thanks(reading: Reading) -> bool:
    if reading.text is None:
        return False
    lowered = reading.text.lowered
    return any(word in lowered for word in _THANKS) and not _DECLINES.search(lowered)


_GOES_ON = re.compile(r"\b(?:but|still|again|yet|however|though|except|not|no|never|too|also|as well|both|fyi|another|"
                      r"same|make that|wrong|problem|issue|error|changed|would appreciate|i'?d like|i would like|i need|"
                      r"i want|pero|todav[ií]a|sigue|siguen|sigo|seguimos|a[uú]n|otra vez|nunca|tambi[eé]n|otro|otra|"
                      r"mal)\b|n['\u2019]t\b|\d")
"""Words that add something after the thanks ("Thanks, but the catalogs still come", "Thanks, the emails too",
"Thank you. The amount looks wrong", "gracias, pero siguen llegando", any number): a person reads those."""
THANKS_ONLY_WORDS = 20
_ASKS = re.compile(r"\b(?:please|pls|plz|can you|could you|would you|stop|quit|remove|cancel|delete|unsubscribe|opt|"
                   r"share|shair|sell|send|take|don'?t|dont|do not|no more|por favor|quiten|quite|dejen|manden|"
                   r"env[ií]en|borren|compartan|vendan)\b")
"""Words of asking: a note with one of these and a thanks ("Please remove this address. Thank you", "dont shair
my info. thx") asks for something the rules did not read, and a person reads it."""


def _a_note_of_thanks(reading: Reading, tools: Any) -> bool:
    return not reading.labels and not reading.proposed and (_courtesy_only(reading) or _thanks_only(reading, tools))


ANSWERED = ("acknowledgement", "service", "staff", "ours")
"""What a note of thanks answers: our acknowledgement, a staff answer or a service notice (LABELS.md: any reply to
our own acknowledgement that asks for nothing). Under a promotion "thanks" may be interest in the offer."""


def _thanks_only(reading: Reading, tools: Any) -> bool:
    """A short reply of thanks to our answer or notice in which neither the rules nor the model find a request, a
    question or a doubt ("Thank you, the catalogs finally stopped!", "Muchas gracias, muy amables."): LABELS.md's
    thank-you, which gets no labels and no answer. Nothing that goes on after the thanks or asks, no question
    mark, and the model leaning to no opt-out even a little: "Zero sales pitches from now on, thank you." is
    an opt-out no rule reads, not thanks."""
    text = reading.text
    if text is None or reading.thread.kind not in ANSWERED:
        return False
    lean = max((reading.scores.get(k, 0.0) for k in tools.catalogue.opt_outs), default=0.0)
    someone = reading.analysis is not None and reading.analysis.cues_of("third_party")
    return (_thanks(reading) and "?" not in text.text and text.words <= THANKS_ONLY_WORDS
            and lean < tools.thresholds.beside and not someone and not _GOES_ON.search(text.lowered)
            and not _ASKS.search(text.lowered))


def _courtesy_only(reading: Reading) -> bool:
    analysis = reading.analysis
    if analysis is None or not analysis.cues_of("courtesy"):
        return False
    covered = {i for c in analysis.cues_of("courtesy") for i in range(c.start, c.end)}
    words = [i for i, alpha in enumerate(analysis.toks.cols[4]) if alpha and i not in covered]
    return len(words) <= 3 and all(_name_or_filler(analysis, i) for i in words)


_FILLERS = frozenset("so very much again all you guys dear folks team everyone sir madam ma'am y and & de nuevo mucho "
                     "muy a todos ustedes señores".split())


def _name_or_filler(analysis: Any, i: int) -> bool:
    """A word beside the thanks that says nothing more: a name ("Thanks, Carl", a signature line) or a filler
    ("thank you so much, dear"). "Thank you for your help. Still getting catalogs." and "ty. bill too high" say
    more: a capital that only opens a sentence is no name."""
    toks, text = analysis.toks, analysis.text.text
    if toks.lower[i] in _FILLERS:
        return True
    start = toks.idx[i]
    if not text[start:start + 1].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        return True  # first on its line: a signature
    alpha, sents = toks.cols[4], analysis.toks_sent
    return any(alpha[j] and sents[j] == sents[i] for j in range(i))  # not the first word of its sentence
