"""Step 4, requests per sentence: what the rules find in the sender's words, and what the cues make of it.

Every rule of the book is matched on the lemmas of the text. A label hit is a request of its kind; a cue in the
same sentence can take it back or change it:

    negation        "I do NOT want to unsubscribe"                  the opt-out is taken back
    hypothetical    "if I unsubscribe, will I still get bills?"     a question, not an opt-out
    opt_back_in     "I unsubscribed by mistake, put me back"         a question, not an opt-out
    rhetorical      "how many times do I have to ask?"               no question to answer
    polite_request  "could you please take me off?"                  the opt-out, not a question
    instruction     "if you no longer wish to receive it, reply BAJA"  a list's footer, nobody's request
    third_party, deceased, sarcasm, reference, deletion             flags for review (review.py)

A sentence ending in "?" is a question unless it politely asks for the opt-out it holds or is rhetorical. Every
hit keeps its status and every rule that did not match is listed: the evidence shows hits and misses.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from intake.catalogue import Catalogue
from intake.decide.nlp import COL_LOWER, Columns, string_id
from intake.decide.reading import Reading, Text
from intake.decide.rules import RuleBook, RuleSpec
from intake.mail.quotes import REPLY_PREFIX

PERSONAL = frozenset("i me my mine we us our you your yours yo mi mis me nos nuestro nuestra usted ustedes su sus "
                     "tu te "
                     # Spanish writes the pronoun into the verb: "dejen de mandarme", "denme de baja"
                     "mandarme enviarme mandarnos enviarnos contactarme llamarme escribirme quitarme sacarme "
                     "borrarme eliminarme darme denme quítenme quitenme sáquenme saquenme bórrenme borrenme "
                     "elimínenme eliminenme "
                     # and the first person in the verb: "quiero cancelar la suscripción", "solicito la baja"
                     "quiero quisiera deseo solicito pido necesito queremos quisiéramos deseamos solicitamos pedimos "
                     "necesitamos agradecería agradeceríamos".split())
"""A wh-question that names neither the sender nor us may be rhetorical ("Who decides what is shared?")."""
_PERSONAL_IDS = frozenset(string_id(w) for w in PERSONAL)
WH_WORDS = frozenset("who what why how where when which whom whose quién qué por cómo dónde cuándo cuál".split())
COURTESY_WORDS = frozenset({"please", "pls", "plz", "kindly", "now", "thanks", "thank", "you", "por", "favor"})
OTHERS_DOING = frozenset({"you", "they", "u", "y'all", "ustedes", "ellos"})
KEEP_VERBS = frozenset({"keep", "keeps", "kept", "continue", "continues", "siguen", "continúan", "continuan"})
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself", "él", "ella",
                          # the verb says who when no pronoun does: "my dad does not want it", "mi papá ya no
                          # quiere" (spaCy splits "doesn't" into "does" and "n't")
                          "wants", "does", "needs", "quiere", "desea", "necesita"})
"""Pronouns (and third-person verbs) of the one person a request may be for, instead of the sender."""
OBJECT_REACH = 5
"""Tokens after an opt-out phrase within which a person named by a third-party cue is its object."""
FILLERS = frozenset({"just", "all", "people", "guys", "folks", "still", "always", "never"})
AGENCY_RULES = frozenset({"acting_for_someone", "es_actua_por_otro", "mail_for_a_named_person",
                          "takes_a_named_person_off", "sends_to_a_named_person", "es_correo_de_otra_persona",
                          "es_cuenta_de_otra_persona", "mail_of_someone_who_moved",
                          "account_in_a_named_persons_name"})
"""rules/cues.yml's third-party rules that say by themselves the request is another person's (an agent, a lawyer)."""
NAMED_PERSON_RULES = {"mail_for_a_named_person": "last", "sends_to_a_named_person": "last",
                      "takes_a_named_person_off": "after_verb", "es_correo_de_otra_persona": "last",
                      "account_in_a_named_persons_name": "fourth"}
"""rules/cues.yml's rules whose named person (their last word, the word after the verb, or their fourth word) must
be capitalised in the mail (the rules read lower-case text) and not a word of the From name."""
FLAG_CUES = ("sarcasm", "third_party", "deceased", "others")
"""Cues recorded as flags of the message (review.py and the evidence read them)."""
CANCELLED = ("negated", "hypothetical", "opt_back_in", "past", "instruction")
PAST_REACH = 3
"""How many tokens after "I asked you to" the opt-out words must start to be the told request ("... to take me
off the list"); a request further on in the sentence is a new one ("I unsubscribed twice, please remove me")."""
ASKING_WORDS = frozenset({"how", "when", "why", "what", "where", "which", "cómo", "cuándo", "por", "qué", "dónde"})
"""A question that starts so asks about an opt-out ("How do I stop the catalog?"); it does not ask for one."""


@dataclass
class Match:
    spec: RuleSpec
    start: int
    end: int
    sent: int
    source: str
    text: str
    status: str = "live"
    """live, negated, hypothetical, opt_back_in, past, instruction, asked, reassigned, echo (a subject echoing a
    cancelled body hit, or a bare word repeating a named request of its kind), rhetorical, weak, embedded (a rule
    that counts only where it opens its sentence, found inside one), context or bare (a lone opt-out word whose
    context decides)."""


@dataclass
class Analysis:
    """What the rules found in one message."""

    text: Text
    toks: Columns
    hits: list[Match] = field(default_factory=list)
    cues: list[Match] = field(default_factory=list)
    scopes: list[Match] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    kept_channels: tuple[str, ...] = ()
    """Channels of the marketing opt-out the sender keeps (channels.py; with the flag "channel_limit")."""

    def live(self, label: str) -> list[Match]:
        return [h for h in self.hits if h.spec.tag == label and h.status == "live"]

    def requests_in(self, sent: int, question: str) -> list[Match]:
        """The live hits of sentence `sent` that ask for something other than an answer (opt-outs)."""
        return [h for h in self.hits if h.sent == sent and h.status == "live" and h.spec.tag != question]

    def named(self, labels: Sequence[str]) -> set[str]:
        """The kinds among `labels` asked for in words that say what they are about: live hits of rules that are
        neither a bare word ("STOP") nor a generic "take me off"."""
        return {h.spec.tag for h in self.hits
                if h.status == "live" and not (h.spec.alone or h.spec.generic) and h.spec.tag in labels}

    def cues_of(self, kind: str, sent: int | None = None) -> list[Match]:
        return [c for c in self.cues if c.spec.tag == kind and (sent is None or c.sent == sent)]

    def sentence_of(self, token: int) -> int:
        return self.toks_sent[token]

    @property
    def toks_sent(self) -> list[int]:
        sents = self.__dict__.get("_sent")
        if sents is None:  # computed once: setdefault would compute its default at every call
            sents = self.__dict__["_sent"] = self.text_sentences()
        return sents

    def text_sentences(self) -> list[int]:
        starts = self.text.sentence_starts
        return [bisect.bisect_right(starts, i) - 1 for i in self.toks.idx]


def analyse(rules: RuleBook, catalogue: Catalogue, text: Text, doc: Any, sender_words: frozenset[str] = frozenset(),
            echoes: frozenset[str] = frozenset()) -> Analysis:
    """Rule hits, cues and scopes of one text, each opt-out hit's status decided by the cues. `sender_words`: the
    From display name's words ("the catalog for Pat Doe" from Pat Doe is the sender's own); `echoes`: the words of
    a reply's subject that is not part of the text (the subject of the mail it answers)."""
    toks = Columns.of(doc)
    analysis = Analysis(text, toks)
    sents = analysis.toks_sent
    # the first token of each text after the first (the body after the subject): no match runs across
    fields = [bisect.bisect_left(toks.idx, start) for start, _ in text.sources[1:]]
    for spec, start, end in rules.match(doc, text.lang, toks, fields):
        char_start, char_end = toks.idx[start], toks.end(end - 1)
        sent = sents[start]
        if spec.alone and not _alone(toks, sents, start, end, sent):
            continue
        match = Match(spec, start, end, sent, text.source_at(char_start), text.text[char_start:char_end])
        if spec.name in NAMED_PERSON_RULES:
            at = {"after_verb": start + 1, "fourth": start + 3}.get(NAMED_PERSON_RULES[spec.name], end - 1)
            if not text.text[toks.idx[at]].isupper() or toks.lower[at] in sender_words or _own_name_said(toks, end):
                continue  # "the mail for Jim" names a person; "the mail for now" does not, nor the sender's own name
        {"label": analysis.hits, "cue": analysis.cues, "scope": analysis.scopes}[spec.kind].append(match)
    # "targeted ads" are ads chosen from a person's data (rules/scope.yml: profiling), not promotional mail
    profiling = [(s.start, s.end) for s in analysis.scopes if s.spec.tag == "profiling"]
    if profiling:
        analysis.scopes = [s for s in analysis.scopes if not (
            s.spec.tag == "marketing" and any(a <= s.start and s.end <= b for a, b in profiling))]
    question = catalogue.roles["question"]
    # "Why do you keep sending me this?" complains about what we do; only the sender keeping something is a wish.
    analysis.cues = [c for c in analysis.cues if not (c.spec.tag == "keep" and _not_a_wish_to_keep(toks, sents, c))]
    analysis.flags |= {c.spec.tag for c in analysis.cues if c.spec.tag in FLAG_CUES}
    if "deceased" in analysis.flags:
        analysis.flags.add("third_party")
    if "third_party" in analysis.flags:
        who = (analysis.cues_of("third_party") or analysis.cues_of("deceased"))[0]
        analysis.reasons.append(f"about someone else: {who.text[:80]!r}")
        # "My husband and I" have the standing of the household; "stop sending them to him", "his name", "ella ya
        # no quiere" ask for the other person alone (LABELS.md: on behalf of someone else, staff decide)
        if any(c.spec.name in AGENCY_RULES for c in analysis.cues_of("third_party")):
            analysis.flags.add("for_someone_else")
        # Where no rule found the request (the model may still), the sentence that names the other person says
        # whose wish it is: "Mi esposo no quiere que le manden publicidad".
        # (not where the request's own object includes the sender: "My husband wants us off this list")
        requests = [h for h in analysis.hits if h.spec.tag != question]
        asked = {h.sent for h in requests if not SENDER.intersection(toks.lower[h.start:h.end])} if requests else {
            c.sent for c in analysis.cues_of("third_party")}
        if any(toks.lower[i] in THIRD_PERSON for i in range(len(sents)) if sents[i] in asked):
            analysis.flags.add("for_someone_else")
        # ... or the other person is the request's object: "unsubscribe my husband", "cancel the catalog for my
        # neighbor", "stop sending the catalog to my mother"
        if any(c.sent == h.sent and h.start <= c.start <= h.end + OBJECT_REACH and not _with_the_sender(toks, h, c)
               for h in analysis.hits if h.spec.tag != question for c in analysis.cues_of("third_party")):
            analysis.flags.add("for_someone_else")
    _apply_cues(analysis, catalogue, question)
    _question_marks(analysis, question, echoes)
    _conditions(analysis, question)
    _echoes(analysis)
    return analysis


SENDER = frozenset({"me", "us", "myself", "ourselves", "i", "yo", "mí", "nosotros"})
AND = frozenset({"and", "&", "y"})


def _with_the_sender(toks: Columns, hit: Match, cue: Match) -> bool:
    """The other person is named beside the sender as the object: "remove both my wife and me", "take me and my
    husband off": the household, which the sender may speak for (LABELS.md). Only right next to the other person:
    "Remove my daughter from the list and I will keep mine" asks for her alone."""
    lower = toks.lower
    after = list(lower[cue.end:cue.end + 2])
    before = list(lower[max(cue.start - 2, 0):cue.start])
    return (len(after) == 2 and after[0] in AND and after[1] in SENDER) or \
        (len(before) == 2 and before[0] in SENDER and before[1] in AND)


OWN_NAME_WORDS = frozenset({"legal", "full", "given", "formal", "official", "proper", "married", "maiden"})


def _own_name_said(toks: Columns, end: int) -> bool:
    """A name the sender says is their own right after it: "under Robert Kowalczyk (my legal name)", "(me)",
    "(that's me)"; not "(that's the tenant)" or "(my legal ward)"."""
    after = list(toks.lower[end:end + 5])
    if len(after) < 3 or after[0] != "(":
        return False
    if after[1] in ("me", "myself") and after[2] == ")":
        return True
    if after[1] == "that" and after[2] in ("'s", "is") and after[3:4] == ["me"]:
        return True
    return after[1] == "my" and after[2] in OWN_NAME_WORDS and after[3:4] == ["name"]


NEGATIONS = frozenset({"no", "not", "n't", "never", "ni", "nunca", "dont"})


def _negated(toks, sents: list[int], start: int) -> bool:
    """Whether a "keep sending" is negated just before it: "que no me sigan enviando el catálogo", "don't keep
    mailing me" ask to stop, not to keep."""
    return any(i >= 0 and sents[i] == sents[start] and toks.lower[i] in NEGATIONS for i in (start - 1, start - 2))


RECEIVING = frozenset({"getting", "receiving", "coming", "arriving", "showing"})
WISHING = frozenset({"to", "can", "will", "please", "'d", "would", "still"})


def _not_a_wish_to_keep(toks, sents: list[int], cue: Match) -> bool:
    return (_others_doing(toks, sents, cue.start) or _keeps_getting(toks, sents, cue.start)
            or _negated(toks, sents, cue.start) or _keeps_from(toks, sents, cue))


PREVENTED = frozenset({"coming", "getting", "arriving", "reaching", "being", "showing", "landing", "cluttering"})


def _keeps_from(toks, sents: list[int], cue: Match) -> bool:
    """Whether a "keep" prevents: "keep the emails from coming", "keep your catalogs from cluttering my mailbox"."""
    lower = toks.lower
    end = min(cue.end + 5, len(lower))
    return any(lower[i] == "from" and i + 1 < len(lower) and lower[i + 1] in PREVENTED and sents[i] == cue.sent
               for i in range(cue.start, end))


def _keeps_getting(toks, sents: list[int], start: int) -> bool:
    """Whether a "keep getting" is a complaint ("I keep getting these", "the plant keeps receiving flyers"), not a
    wish: only "to keep getting", "can keep receiving" and the like say the sender wants more of it."""
    lower = toks.lower
    if lower[start] not in KEEP_VERBS or start + 1 >= len(lower) or lower[start + 1] not in RECEIVING:
        return False
    return not (start and sents[start - 1] == sents[start] and lower[start - 1] in WISHING)


def _others_doing(toks, sents: list[int], start: int) -> bool:
    """Whether a "keep sending" is someone else doing it: "you keep", "you people keep", "they just keep", in the
    same sentence and right before it. "You can keep sending the catalog" and "I want you to keep sending" are
    the sender's wish: the cue stays."""
    if toks.lower[start] not in KEEP_VERBS:
        return False
    before = [i for i in range(max(0, start - 2), start) if sents[i] == sents[start]]
    words = [toks.lower[i] for i in before]
    if words and words[-1] in OTHERS_DOING:
        return True
    return len(words) == 2 and words[0] in OTHERS_DOING and words[1] in FILLERS


def read(readings: list[Reading], tools: Any) -> None:
    """The step: analyse every reading the earlier steps left open, in one spaCy batch per language."""
    open_ = [r for r in readings if not r.settled]
    for lang in ("en", "es"):
        batch = [r for r in open_ if r.text.lang == lang]
        docs = tools.pipelines.docs([r.text.lowered for r in batch], lang)
        for reading, doc in zip(batch, docs):
            reading.analysis = analyse(tools.rules, tools.catalogue, reading.text, doc, _sender_words(reading.mail),
                                       _answered_subject(reading))
            reading.features = tools.model.features_of(doc, reading)


def _sender_words(mail: Any) -> frozenset[str]:
    """The words of the From header's display name, lower-cased."""
    sender = mail.from_
    return _words((sender.name if sender else "") or "")


def _answered_subject(reading: Any) -> frozenset[str]:
    """The words of the subject a reply answers ("Re: Day 1 of 12: Heated throws"), when the subject is not read as
    the sender's own: a "?" sentence made only of them echoes our mail ("Day 1 of 12??")."""
    subject = reading.mail.subject or ""
    if any(source == "subject" for _, source in reading.text.sources) or not REPLY_PREFIX.match(subject):
        return frozenset()
    return _words(subject)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text))


POINTER_WORDS = frozenset({"see", "below", "above", "fyi", "ver", "abajo"})
"""Words that point at the carried text ("see below, please stop these"): beside a bare request they add nothing."""


def _alone(toks: Columns, sents: list[int], start: int, end: int, sent: int) -> bool:
    """True when no word outside [start, end) shares the sentence (punctuation, courtesy and pointers aside)."""
    lower, alpha = toks.lower, toks.cols[4]
    for i, word in enumerate(lower):
        if start <= i < end or sents[i] != sent or not alpha[i]:
            continue
        if word not in COURTESY_WORDS and word not in POINTER_WORDS:
            return False
    return True


def _apply_cues(analysis: Analysis, catalogue: Catalogue, question: str) -> None:
    for hit in analysis.hits:
        if hit.spec.tag == question:
            continue
        negations = analysis.cues_of("negation")
        if any(_overlaps(c, hit) and not _inside(c, hit) for c in negations):
            hit.status = "negated"
        elif analysis.cues_of("hypothetical", hit.sent):
            hit.status = "hypothetical"
        elif analysis.cues_of("opt_back_in", hit.sent):
            hit.status = "opt_back_in"
            if not _told_in_past(analysis, hit):
                # "Put me back on the catalog, but no more e-mails": in and out at once (LABELS.md: mixed wishes)
                analysis.flags.add("mixed_wishes")
        elif any(c.sent == hit.sent and c.start <= hit.start <= c.end + PAST_REACH for c in analysis.cues_of("past")) \
                or _told_of_us(analysis, hit):
            hit.status = "past"
        elif any(starts_sentence(analysis, c) for c in analysis.cues_of("instruction", hit.sent)):
            hit.status = "instruction"
    if analysis.cues_of("opt_back_in"):
        _old_removals(analysis, question)
    for kind in ("hypothetical", "opt_back_in", "deletion"):
        for cue in analysis.cues_of(kind):
            analysis.hits.append(derived(cue, question, f"cue:{kind}"))


PAST_FORMS = frozenset("unsubscribed opted removed cancelled canceled asked requested stopped took taken dropped "
                       "pedí pedi mandaran enviaran dieran quitaran sacaran cancelé cancele di".split())
"""Past forms of opting out, in English and Spanish ("I opted out last year", "pedí que no me mandaran")."""


TELLERS = frozenset({"i", "we", "already", "accidentally", "mistakenly", "previously", "once", "someone",
                     "somebody", "yo", "ya"})
"""Words right before a past form that make it a telling: "I unsubscribed", "accidentally opted out"."""


def _told_in_past(analysis: Analysis, hit: Match) -> bool:
    """Whether an opt-out phrase is told in the past tense ("I unsubscribed by mistake", "pedí que no me
    mandaran"): a past form among the few words before it in its sentence, or as its own first word right after
    its subject ("I unsubscribed"; "I do want to be removed" is asked now)."""
    lower, sents = analysis.toks.lower, analysis.toks_sent
    if any(lower[i] in PAST_FORMS for i in range(max(0, hit.start - 6), hit.start) if sents[i] == hit.sent):
        return True
    return _past_form_after(analysis, hit, TELLERS)


OUR_TELLERS = frozenset({"you", "they"})
"""Words right before a past form that tell of our doing: "after you said you removed me", "they unsubscribed me"."""


def _told_of_us(analysis: Analysis, hit: Match) -> bool:
    """An opt-out told as done by us or them."""
    return _past_form_after(analysis, hit, OUR_TELLERS)


def _past_form_after(analysis: Analysis, hit: Match, tellers: frozenset[str]) -> bool:
    """Whether the opt-out phrase opens with a past form right after one of `tellers` in its sentence."""
    lower, sents = analysis.toks.lower, analysis.toks_sent
    before = lower[hit.start - 1] if hit.start and sents[hit.start - 1] == hit.sent else ""
    return lower[hit.start] in PAST_FORMS and before in tellers


def _old_removals(analysis: Analysis, question: str) -> None:
    """In mail that asks to be put back, an opt-out told in the past tense in another sentence is the old removal
    the sender regrets, not a new one (LABELS.md: opting back in). A present-tense opt-out elsewhere stays: wanting
    in and out at once is for staff (the model and review see both)."""
    for hit in analysis.hits:
        if hit.spec.tag != question and hit.status == "live" and _told_in_past(analysis, hit):
            hit.status = "past"


def _overlaps(a: Match, b: Match) -> bool:
    return a.start <= b.start < a.end or b.start <= a.start < b.end


def _inside(a: Match, b: Match) -> bool:
    """The cue is part of the request's own words ("don't share my name" negates nothing)."""
    return b.start <= a.start and a.end <= b.end


def _question_marks(analysis: Analysis, question: str, echoes: frozenset[str] = frozenset()) -> None:
    """A sentence ending in "?" is a question, unless it politely asks for the opt-out it contains or is a
    complaint dressed as a question ("How many times do I have to ask?": cue rhetorical, which also silences the
    question rules in that sentence). A "?" with (almost) no words says nothing, and a wh-question that addresses
    nobody ("Who decides what is shared?") may be rhetorical: those are weak and cannot decide alone, unless it
    plainly asks for information ("How long until this takes effect?": cue asks). A "?" sentence made only of
    `echoes` (the answered subject's words, "Day 1 of 12??") is weak too; one that only asks whether the request
    just made can be done ("Is that possible?") is that request."""
    text, toks, sents = analysis.text, analysis.toks, analysis.toks_sent
    rhetorical = {c.sent for c in analysis.cues_of("rhetorical")}
    asks = {c.sent for c in analysis.cues_of("asks")}
    for hit in analysis.hits:
        if hit.sent in rhetorical and hit.status == "live" and hit.spec.tag == question \
                and not hit.spec.name.startswith(("cue:", "scope:")):
            hit.status = "rhetorical"
    asked: dict[int, int] = {}
    offset = text.lowered.find("?")
    while offset >= 0:
        token = max(bisect.bisect_right(toks.idx, offset) - 1, 0)
        if toks.idx:
            asked.setdefault(text.sentence_at(offset), token)
        offset = text.lowered.find("?", offset + 1)
    alpha = toks.cols[4]
    marked = set(asked)
    how_to = _how_to_sentences(toks, sents, alpha)
    for sent, token in how_to.items():
        asked.setdefault(sent, token)
    for sent, token in asked.items():
        opt_out = analysis.requests_in(sent, question)
        # "How can I get off the mailing list?" asks how, though "can I get" is a polite request's opening
        polite = analysis.cues_of("polite_request", sent) if opt_out and sent not in how_to else []
        if polite:
            # the request in question form is the opt-out (LABELS.md): the question words of the asking itself
            # ("Is it possible to not get ...") ask nothing more; another question in the sentence stays
            for hit in analysis.hits:
                if hit.sent == sent and hit.spec.tag == question and hit.status == "live" \
                        and not hit.spec.name.startswith(("cue:", "scope:")) and any(_overlaps(c, hit) for c in polite):
                    hit.status = "polite"
            continue
        words = _opening_words(analysis, sent)
        if sent in marked and len(words) > 2 and words[0] in GREETINGS:
            # "Hi, which email do I use ...?" asks; unmarked, "Hi, how can I make it clearer, stop ..." complains
            words = words[1:]
        if len(words) < 2 or (tuple(words) in IF_POSSIBLE and analysis.requests_in(sent - 1, question)):
            continue
        # without its mark only "how do I" / "cómo puedo" and "does this ..." ask about an opt-out; a complaint
        # ("Does it even matter what I say, take me off the list") asks for one
        effect = any(tuple(words[:len(opening)]) == opening for opening in ABOUT_AN_EFFECT)
        about_opting_out = sent not in rhetorical and (sent in marked or words[0] in ("how", "cómo") or effect)
        if about_opting_out and (words[0] in ASKING_WORDS or words[:3] == ["is", "there", "a"] or effect or
                                 (tuple(words[:2]) in ABOUT_A_FURTHER_EFFECT and ALSO.intersection(words))):
            for hit in opt_out:  # "How do I stop the catalog?": a question about opting out, not an opt-out
                hit.status = "asked"
        spec = RuleSpec("", "question_mark", "label", question, "any")
        match = Match(spec, token, token + 1, sent, text.source_at(toks.idx[token]), text.sentence(sent)[:200])
        if sent in rhetorical:
            match.status = "rhetorical"
        elif words[0] in WH_WORDS and not PERSONAL.intersection(words) and sent not in asks:
            match.status = "weak"
        elif echoes.issuperset(words) and sent not in asks:
            match.status = "weak"  # the subject of our mail said back ("Day 1 of 12??"): the model decides
        analysis.hits.append(match)
    _wanting_to_know(analysis, question)


IF_POSSIBLE = frozenset({("is", "that", "possible"), ("is", "this", "possible"), ("would", "that", "be", "possible"),
                         ("can", "you", "do", "that"), ("could", "you", "do", "that"), ("can", "that", "be", "done"),
                         ("es", "posible"), ("eso", "es", "posible"), ("se", "puede")})
"""A sentence that only asks whether the request just made can be done ("I want the e-mails stopped but the
catalog kept. Is that possible?"): the request itself, which the acknowledgement answers (LABELS.md: the request
in question form is the opt-out), not a second question."""


GREETINGS = frozenset({"hi", "hello", "hey", "hola"})


ABOUT_AN_EFFECT = (("does", "that"), ("does", "this"), ("does", "it"), ("will", "that"), ("would", "that"),
                   ("did", "that"), ("did", "this"), ("is", "that"), ("is", "this"), ("eso",), ("esto",),
                   ("con", "eso"), ("con", "esto"))
"""A question that opens so asks what something already done or named does ("Does that also keep my name out of
the list you share?", "¿Eso cuenta como que no quiero que vendan mis datos?"): an opt-out named in it is asked
about (LABELS.md: a question about how to opt out is a question only). Not "will it" / "would it" / "will this":
"Would it be possible to take me off?" and "Will this e-mail be enough to get me off your list?" ask for it."""


ABOUT_A_FURTHER_EFFECT = frozenset({("will", "this"), ("would", "this"), ("will", "it"), ("would", "it")})
ALSO = frozenset({"too", "also", "either", "también", "tambien"})
"""'Will this unsubscribe me from the paper catalog too?' asks what a thing done does besides; without "too" or
"also", "Will this e-mail be enough to get me off your list?" asks for the opt-out."""


KNOWING = (("i", "would", "like", "to", "know"), ("i", "like", "to", "know"), ("i", "want", "to", "know"),
           ("i", "need", "to", "know"), ("i", "was", "wondering"), ("i", "wonder"), ("quisiera", "saber"),
           ("quiero", "saber"), ("me", "gustaría", "saber"), ("me", "gustaria", "saber"), ("necesito", "saber"),
           ("solicito", "información"), ("solicito", "informacion"), ("quisiera", "información"),
           ("i", "want", "to", "ask", "how"), ("i", "would", "like", "to", "ask", "how"), ("i", "wish", "to", "ask", "how"),
           ("may", "i", "ask", "how"), ("can", "i", "ask", "how"))
"""Openings that ask to be told something ("I'd like to know how long the opt-out takes", "Quisiera saber cuánto
tarda la baja del catálogo"), with or without a question mark: an opt-out named there is asked about, not asked for
(LABELS.md: a how-to-opt-out question is a question only)."""


INSERTED = frozenset({"also", "really", "just", "still", "now", "further", "además", "tambien", "también", "please"})
"""Words said inside an opening of KNOWING ("I would also like to know how I can opt out of that", "Please I want
to ask, how do I stop the catalog?")."""


def _wanting_to_know(analysis: Analysis, question: str) -> None:
    for sent in {h.sent for h in analysis.hits if h.status == "live" and h.spec.tag != question}:
        words = [w for w in _opening_words(analysis, sent) if w not in INSERTED]
        if any(tuple(words[:len(opening)]) == opening for opening in KNOWING):
            for hit in analysis.hits:
                if hit.sent == sent and hit.status == "live" and hit.spec.tag != question \
                        and not _in_a_clause_of_its_own(analysis, hit):
                    hit.status = "asked"


NEW_CLAUSE = frozenset({"i", "we", "please", "you", "also", "yo", "quiero", "por", "que"})
"""Words after "and" that open a clause of its own: "I want to know who you gave it to and I want you to STOP
selling my information" asks, then asks for the opt-out; "Quiero saber cómo cerrar su cuenta, y que ya no manden
publicidad" asks, then wishes ("y que": and that you ...)."""


def _in_a_clause_of_its_own(analysis: Analysis, hit: Match) -> bool:
    """An "and" + a clause's opener between the sentence's start and the hit's end (NEW_CLAUSE)."""
    toks = analysis.toks
    words = [*_before_in_sentence(toks, analysis.toks_sent, hit.start), *toks.lower[hit.start:hit.end]]
    return any(a in ("and", "y") and b in NEW_CLAUSE for a, b in zip(words, words[1:]))


def _opening_words(analysis: Analysis, sent: int) -> list[str]:
    """The words of a sentence from its first that is not a leader: "And how do I stop these?", "Pero, ¿cómo
    hago...?" open with "how" and "cómo"."""
    toks, sents, alpha = analysis.toks, analysis.toks_sent, analysis.toks.cols[4]
    words = [w for w, a, s in zip(toks.lower, alpha, sents) if a and s == sent]
    while len(words) > 2 and words[0] in LEADERS:
        words = words[1:]
    return words


LEADERS = frozenset({"and", "also", "so", "but", "ok", "okay", "then", "y", "pero", "entonces", "también"})
"""Words that may open a question before its asking word: "And how do I stop these newsletters?"."""
HOW_TO = {"how": frozenset({"do", "can", "could", "should", "would", "to"}),
          "who": frozenset({"do", "can", "should"}),
          "does": frozenset({"the", "this", "that", "it", "my", "your", "alliant", "anyone", "anybody"}),
          "what": frozenset({"data", "info", "information", "personal"}),
          "cómo": frozenset({"puedo", "hago", "podemos", "hacemos", "debo"})}
"""Openings that ask, written with or without a question mark ("how do I stop the catalog", "who do i even ask",
"does the program work for renters", "what data do u have on me", "cómo hago para que no me llamen"). About an
opt-out they ask how, they do not ask for one (LABELS.md)."""
FIRST_PERSON = frozenset({"i", "we", "one"})
"""After "how do/can ...": only "how do I" asks how to do something; "how do you people not understand" does not."""


def _how_to_sentences(toks: Columns, sents: list[int], alpha: Sequence[bool]) -> dict[int, int]:
    """Sentences that open with "how do I" / "cómo puedo" and the other openings of HOW_TO (after "and", "but"...),
    whatever they end with: {sentence: first token}."""
    first: dict[int, list[int]] = {}
    lower = toks.lower
    for i, (a, s) in enumerate(zip(alpha, sents)):
        ids = first.setdefault(s, [])
        if a and len(ids) < 3 and not (not ids and lower[i] in LEADERS):
            ids.append(i)
    return {s: ids[0] for s, ids in first.items()
            if len(ids) >= 2 and lower[ids[1]] in HOW_TO.get(lower[ids[0]], ())
            and (lower[ids[0]] not in ("how", "who") or lower[ids[1]] == "to"
                 or (len(ids) == 3 and lower[ids[2]] in FIRST_PERSON))}


def _conditions(analysis: Analysis, question: str) -> None:
    """Rules that only count in a personal sentence, or only when no opt-out explains them; and a request in a
    sentence that neither addresses anyone nor starts with it ("opt-out requests get missed in most inboxes",
    "Privacy inbox: opt-out cases by week") is talk about requests, not one: it stays only as a weak hint."""
    opted_out = any(h.status == "live" and h.spec.tag != question for h in analysis.hits)
    toks, sents = analysis.toks, analysis.toks_sent
    personal = {s for w, s in zip(toks.cols[COL_LOWER], sents) if w in _PERSONAL_IDS}
    # a sentence that opens by asking us ("Is it possible to not get the promotional emails?") addresses us,
    # though it names nobody; a bare "please" does not (list footers say it too)
    personal |= {c.sent for c in analysis.cues_of("polite_request")
                 if c.text.lower() not in ("please", "por favor") and starts_sentence(analysis, c)}
    for hit in analysis.hits:
        if hit.status in ("live", "embedded") and hit.spec.tag != question and _told_as_heard(analysis, hit):
            hit.status = "reported"
            continue
        if hit.status != "live":
            continue
        if hit.spec.personal and hit.sent not in personal:
            hit.status = "weak"
        elif hit.spec.opens_sentence and not starts_sentence(analysis, hit):
            hit.status = "embedded"
        elif hit.spec.only_without_opt_out and opted_out:
            hit.status = "context"
        elif hit.spec.tag != question and hit.sent not in personal and not starts_sentence(analysis, hit):
            hit.status = "impersonal"


HEARING = frozenset({"read", "saw", "see", "heard", "hear", "noticed", "learned", "learnt", "leí", "vi", "oí",
                     "escuché"})
"""Verbs of having heard or read something, which open a sentence that reports rather than asks ("I saw that you
never share names")."""


def _told_as_heard(analysis: Analysis, hit: Match) -> bool:
    """Whether the hit is a "you don't / never ..." in a sentence that opens with "I/we (have/just) read|saw|heard":
    what the sender heard about us ("We just read that you don't give our name to anyone. Thank you!"), not a
    request ("I saw you still send it, stop it" is one)."""
    lower = analysis.toks.lower
    first = hit.start + (lower[hit.start] in ("do", "does") and hit.start + 1 < len(lower))
    if lower[first] not in NEGATIONS:
        return False
    between = [w for w in _before_in_sentence(analysis.toks, analysis.toks_sent, hit.start)
               if w not in ("have", "'ve", "just", "also", "recently", "had")]
    words = between[:2]
    # (Spanish says who without a pronoun: "Leí que ustedes no venden datos")
    heard = bool(words) and (words[0] in HEARING or (
        len(words) == 2 and words[0] in ("i", "we", "yo", "nosotros") and words[1] in HEARING))
    # ... and no wish of the sender's own after it: "I read the line about sharing, and I'd rather you didn't
    # share my name" asks
    return heard and not {"i", "we", "yo"}.intersection(between[1:])


def starts_sentence(analysis: Analysis, hit: Match) -> bool:
    """Whether only courtesy words or nothing come before the request in its sentence (an imperative: "Stop
    the catalogs", "Please no more e-mails", "No more flyers")."""
    toks, sents = analysis.toks, analysis.toks_sent
    alpha = toks.cols[4]
    start = _clause_start(toks, sents, hit)
    before = [toks.lower[i] for i in range(start, hit.start) if sents[i] == hit.sent and alpha[i]]
    return all(w in COURTESY_WORDS or w in POINTER_WORDS or w in OPENING_WORDS for w in before)


OPENING_WORDS = frozenset({"and", "also", "just", "y", "también", "tambien", "ya", "hi", "hello", "hola", "so", "ok",
                           "okay", "yes", "sí", "si", "de",
                           "do"})  # "Please do not send ...": the hit starts at "not"
"""Words that may come before an order in its sentence, besides courtesy and pointers ("And also, stop ...")."""


CLAUSE_JOINERS = frozenset({"and", "but", "y", "pero", "plus"})


def _clause_start(toks: Columns, sents: list[int], hit: Match) -> int:
    """Where the clause of a hit begins: after the last "; " or ", and" / ", but" / ", y" before it in its sentence, so
    that "Send me a copy of my file, and do not give any of it to third parties" opens its second order."""
    lower = toks.lower
    for i in range(hit.start - 1, 0, -1):
        if sents[i] != hit.sent:
            break
        if lower[i] == ";" or (lower[i] in CLAUSE_JOINERS and lower[i - 1] in (",", ";")):
            return i + 1
        if lower[i] == "," and i == hit.start - 1 and _adverbial_before(toks, sents, i):
            return hit.start  # "And for the third time, stop the e-mails": the order opens after the comma
    return 0


ADVERBIAL_OPENERS = frozenset("and also so for the a third second fourth last time times again once more one thing "
                              "honestly seriously finally lastly plus oh ok okay anyway by way in any case otherwise "
                              "ps p.s. y otra vez por última ultima de nuevo además ademas".split())
"""Words of a phrase that may open an order before its comma ("And for the third time, stop the e-mails", "One
more thing, don't share my name"); "To stop survey invitations, opt out here" and "Please answer by email only,
do not call" have verbs of their own there."""


def _adverbial_before(toks: Columns, sents: list[int], comma: int) -> bool:
    words = _before_in_sentence(toks, sents, comma)
    return bool(words) and all(w in ADVERBIAL_OPENERS for w in words)


def _before_in_sentence(toks: Columns, sents: list[int], pos: int) -> list[str]:
    """The lower-cased tokens of token `pos`'s sentence before it, punctuation included."""
    start = pos
    while start > 0 and sents[start - 1] == sents[pos]:
        start -= 1
    return list(toks.lower[start:pos])


def _echoes(analysis: Analysis) -> None:
    """A subject that says "unsubscribe" above a body that says "I do NOT want to unsubscribe" echoes the body."""
    # ("asked" too: a subject "opt out timing" over "How long does an opt-out take?" names the body's topic)
    cancelled = {h.spec.tag for h in analysis.hits if h.status in (*CANCELLED, "asked") and h.source != "subject"}
    for hit in analysis.hits:
        if hit.source == "subject" and hit.status == "live" and hit.spec.tag in cancelled:
            hit.status = "echo"


def just_opt_out(text: str) -> bool:
    """A subject that says only "Opt-out" (any kind's word)."""
    return re.sub(r"[^a-z]", "", text.lower()) in ("optout", "optoutrequest", "optmeout")


def derived(match: Match, label: str, name: str) -> Match:
    """A hit another step derives from a match (a cue, a scope), under a name that says so."""
    spec = RuleSpec(match.spec.file, name, "label", label, match.spec.lang)
    return Match(spec, match.start, match.end, match.sent, match.source, match.text)


def match_json(match: Match) -> dict[str, Any]:
    return {"rule": match.spec.key, "tag": match.spec.tag, "text": match.text[:200], "source": match.source,
            "status": match.status}
