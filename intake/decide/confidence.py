"""Steps 6 and 7, the model's opinion and the confidence: which labels the rules and the model agree on.

The rules say what they found (requests.py, scope.py); the model gives every kind of request, "unclear" and
"not_a_request" a probability (model.py). A label is decided when both say so; one side alone is a doubt:

    rule hit, model agrees (p >= agree)          the label
    rule hit, model disagrees                    a doubt: review, the label proposed
    no rule hit, model sure (p >= alone)         the label (the rules have no phrase for every way of asking)
    no rule hit, model unsure (doubt <= p)       a doubt: review, the label proposed
                                                 (beside <= p when the rules found another kind)

Mail the model is sure asks nothing of us (p(not_a_request) >= not_a_request, and no request found by the rules)
is settled as not a request; when it is only fairly sure, a person looks and nobody is answered meanwhile.
Thresholds are in `Thresholds`, chosen on the training data by cross-validation (train.py); none was tuned on the
locked split.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from intake.decide.reading import Reading
from intake.values import MailKind


EXPLAINED = ("reassigned", "asked", "past", "negated", "hypothetical", "opt_back_in", "echo")
MAY_NOT_BE_A_REQUEST = "the model thinks this may not be a request"
KEEPS_MARKETING = frozenset({"keeps_one_channel", "likes_what_it_stops", "es_sigue_un_canal",
                             "es_le_gusta_lo_que_para"})
"""rules/cues.yml's keep rules that say the sender wants marketing mail to go on ("I'd like to keep receiving the
catalog", "sigan mandando el catálogo"), as opposed to fewer of it or a taking back."""


@dataclass(frozen=True)
class Thresholds:
    agree: float = 0.25
    """A rule hit counts when the model gives its label at least this much."""
    alone: float = 0.9
    """The model alone decides a kind from this probability."""
    doubt: float = 0.35
    """Without a rule hit, a probability from here on is a doubt (review)."""
    unclear: float = 0.35
    """From here on the model thinks a careful person could not act on the mail alone (review)."""
    not_a_request: float = 0.8
    """From here on, with no request found, the mail is not a request (settled, never answered)."""
    beside: float = 0.35
    """The doubt threshold for a kind the rules did not find when they found another: the model often leans to a
    second kind after the words of the first ("don't share my name" sounds like "stop the catalog" to it), so
    cross-validation chooses this one on its own."""
    beside_sharing: float = 0.7
    """The doubt threshold for the unsubscribe kind beside a sharing request the rules found (and nothing else):
    "don't share my name with other catalogs" is full of the words of catalog mail, so the model's lean to a
    marketing opt-out there is weaker evidence than elsewhere; cross-validation chooses it on its own."""
    overrule: float = 1.01
    """From here on the model settles "not a request" even against requests the rules found: list brokers,
    sellers and phishing use the very words of opt-outs. Above 1: never (the default)."""
    suspect: float = 1.0
    """From here on, even with a request found by the rules, the mail may not be a request: review. Vendors,
    sellers and crooks use the words of requests ("opt-out file", "do not share", "can you point me to...")."""
    suspect_organisation: float = 1.0
    """The same for mail from an organisation's domain (not a mailbox provider people use): most mail that is
    not a request comes from organisations, so the model's doubt counts from lower down."""
    maybe_not_a_request: float = 0.3
    """From here on a reviewed mail may not be a request: nobody is answered until a person decides."""

    def as_dict(self) -> dict[str, float]:
        # (not dataclasses.asdict: its deep copy cost more than the rest of the step, once per message's evidence)
        return {f.name: getattr(self, f.name) for f in fields(self)}


def read(readings: list[Reading], tools: Any) -> None:
    for reading in readings:
        if reading.settled or reading.analysis is None:
            continue
        reading.scores = tools.model.read(reading)
        decide(reading, tools.catalogue, tools.thresholds)


def decide(reading: Reading, catalogue: Any, th: Thresholds) -> None:
    analysis, scores = reading.analysis, reading.scores
    found = {label for label in catalogue.labels if analysis.live(label)}
    # Words of a kind the rules read and explained away ("leave me out" about sharing names, "how do I stop the
    # catalog?", "I asked you to take me off last year"): the model sees the words, the rules saw why they do
    # not ask for it. Only a sure model (alone) outweighs that.
    explained = {h.spec.tag for h in analysis.hits if h.status in EXPLAINED}
    # "I read that you don't sell to other companies. Good.": the words of a request, told as something the sender
    # heard about us (requests.py); a sure model is a doubt there, not a decision
    heard = {h.spec.tag for h in analysis.hits if h.status == "reported"} - found
    p_none = scores.get("not_a_request", 0.0)
    if p_none >= th.not_a_request and (not found or p_none >= th.overrule):
        reading.kind, reading.settled = MailKind.NOT_A_REQUEST, True
        reading.reasons.append(f"not a request (model {p_none:.2f}); " + (
            f"the rules' {', '.join(sorted(found))} are words of vendor or sales mail" if found
            else "no request found by the rules"))
        return
    if p_none >= (th.suspect_organisation if reading.sender == "organisation" else th.suspect):
        reading.review.append(f"{MAY_NOT_BE_A_REQUEST} ({p_none:.2f})")
    decided, doubts = [], []
    for kind in catalogue.kinds:
        p = scores.get(kind.name, 0.0)
        if kind.name in found:
            (decided if p >= th.agree else doubts).append(kind.name)
            if p < th.agree:
                reading.review.append(f"model doubts {kind.name} ({p:.2f}) that the rules found")
        elif p >= th.alone and kind.name not in heard:
            decided.append(kind.name)
        elif p >= th.alone or (p >= _doubt_from(kind.name, found, catalogue, th) and kind.name not in explained
                               and not _kept_beside_sharing(kind.name, found, analysis, catalogue)):
            doubts.append(kind.name)
            reading.review.append(f"model suggests {kind.name} ({p:.2f}) without a rule")
    reading.labels = catalogue.ordered(decided)
    reading.proposed = catalogue.ordered({*decided, *doubts})
    # A lone "STOP" reads as unclear to the model, which has seen the same word under service mail; under our
    # promotion the thread step has already said what it stops (LABELS.md), so the model's unease is not a doubt.
    if scores.get("unclear", 0.0) >= th.unclear and "object_from_thread" not in analysis.flags:
        reading.review.append(f"model: a person could not act on this alone ({scores['unclear']:.2f})")
    reading.confidence = _confidence(catalogue, found, scores, th)
    reading.note("confidence", found=sorted(found), decided=list(reading.labels), doubts=doubts,
                 scores={k: round(v, 4) for k, v in scores.items()}, thresholds=th.as_dict())


def _kept_beside_sharing(kind: str, found: set[str], analysis: Any, catalogue: Any) -> bool:
    """A sharing opt-out whose sender says the catalog may keep coming: the model's lean to a marketing opt-out
    is the catalog's words, which the sender answered (LABELS.md: keep the catalog, don't share my name is a
    sharing opt-out only). Only a sure model (alone) outweighs that."""
    if kind != catalogue.roles["unsubscribe"] or found != {catalogue.roles["name_sharing"]}:
        return False
    keeps = {c.sent for c in analysis.cues if c.spec.tag == "keep" and c.spec.name in KEEPS_MARKETING}
    if not keeps:
        return False
    # ... and nothing else is named that could stop: "Keep the catalog coming. Don't share my info. Enough with
    # the e-mail blasts." has an e-mail opt-out the rules did not read, so the model's lean stands. Where the kept
    # mail is the catalog, catalogs told of elsewhere ("after my order I started getting catalogs from three
    # companies") are what the keeping answers.
    sharing = {h.sent for h in analysis.hits if h.spec.tag == catalogue.roles["name_sharing"]}
    catalog_kept = any(s.sent in keeps and _names_the_catalog(s.text) for s in analysis.scopes)
    return not any(s.spec.tag == "channel" or (s.spec.tag == "marketing" and s.sent not in keeps | sharing
                                               and not (catalog_kept and _names_the_catalog(s.text)))
                   for s in analysis.scopes)


def _names_the_catalog(text: str) -> bool:
    """"catalog", "catalog list", "PowerHouse" (the catalog's name: "To the PowerHouse Catalog:")."""
    return any(word in CATALOG_WORDS for word in text.lower().split())


CATALOG_WORDS = frozenset({"catalog", "catalogs", "catalogue", "catalogues", "catálogo", "catálogos", "catalogo",
                           "catalogos", "powerhouse"})


def _doubt_from(kind: str, found: set[str], catalogue: Any, th: Thresholds) -> float:
    if not found:
        return th.doubt
    if kind == catalogue.roles["unsubscribe"] and found == {catalogue.roles["name_sharing"]}:
        return th.beside_sharing
    return th.beside


def _confidence(catalogue: Any, found: set[str], scores: dict[str, float], th: Thresholds) -> float:
    """How sure intake is of the whole answer: the least sure of its yes/no per kind, and of "clear"."""
    per_kind = [scores.get(k, 0.0) if k in found else 1.0 - scores.get(k, 0.0) for k in catalogue.labels]
    return round(min([*per_kind, 1.0 - scores.get("unclear", 0.0)]), 4)
