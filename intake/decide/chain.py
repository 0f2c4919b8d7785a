"""Deciding: the chain of steps every message goes through, read top to bottom (GNU Mailman's rule chains).

    step        module          what it adds to the Reading
    ----------  --------------  --------------------------------------------------------------------------------
    words       words.py        the sender's own words: new text, own subject, a web form's message field
    thread      thread.py       what it answers: our promotion, catalog e-mail, service mail, acknowledgement
    kind        kind.py         machine, not a request, software unsubscribing for a person, or a request
    requests    requests.py     requests found per sentence by the rules, with their cues
    scope       scope.py        what each request is about: marketing, sharing names, service, bills; no object
    channels    channels.py     a channel the sender keeps beside an opt-out ("stop the e-mails, keep the catalog")
    confidence  confidence.py   the text model's opinion; labels the rules and the model agree on; doubts
    review      review.py       whether a careful person could act on it alone; else staff decide
    answer      (here)          who gets the acknowledgement, the names and numbers the sender gave

A step that settles a message (machine mail, not a request, a software unsubscribe) leaves it to the end; every
step records what it found under its name in the evidence, hits and misses alike. Deciding never acts: the result
is a frozen Decision that intake/act carries out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from intake.catalogue import Catalogue, load_catalogue
from intake.decide import channels, confidence, kind, requests, review, scope, thread, words
from intake.decide.confidence import Thresholds
from intake.decide.entities import extract_entities
from intake.decide.gate import Gate
from intake.decide.model import Model
from intake.decide.nlp import Pipelines
from intake.decide.reading import Reading
from intake.decide.recipient import ack_address
from intake.decide.requests import match_json
from intake.decide.rules import RuleBook, load_lemma_fixes
from intake.settings import Settings
from intake.values import Decision, Entities, Mail, MailKind


@dataclass
class Tools:
    """What the steps use, loaded once per process."""

    catalogue: Catalogue
    pipelines: Pipelines
    rules: RuleBook
    gate: Gate
    threads: thread.ThreadBook
    model: Model
    thresholds: Thresholds
    own_addresses: tuple[str, ...]
    max_bytes: int
    channel_words: channels.ChannelWords


def build_tools(settings: Settings, model: Model, pipelines: Pipelines) -> Tools:
    rules_dir = Path(settings.classifier.rules_dir)
    catalogue = load_catalogue(rules_dir)
    threads = thread.ThreadBook.load(rules_dir, settings.ack.message_id_domain)
    # Our addresses: the configured mailboxes and sender, and the ones rules/thread.yml knows (so that an offline
    # `intake classify` without a config still knows which mail was sent to us).
    own = tuple(sorted({a.lower() for a in own_addresses(settings)} | set(threads.addresses)))
    thresholds = Thresholds(**model.meta.get("thresholds", {}))
    return Tools(catalogue, pipelines, RuleBook.load(rules_dir, pipelines, catalogue),
                 Gate.load(rules_dir, settings.ack, own), threads, model, thresholds, own,
                 settings.classifier.max_message_bytes, channels.ChannelWords.load(rules_dir, catalogue))


def own_addresses(settings: Settings) -> list[str]:
    """Our own addresses: mail from them is ours, and a reply quoting them quotes us."""
    return [m.address for m in settings.mailboxes] + [settings.smtp.from_address]


def _each(step: Callable[[Reading, Any], None], tool: Callable[[Tools], Any]) -> Callable[[list[Reading], Tools], None]:
    def run(readings: list[Reading], tools: Tools) -> None:
        for reading in readings:
            if not reading.settled:
                step(reading, tool(tools))
    return run


CHAIN: tuple[tuple[str, Callable[[list[Reading], Tools], None]], ...] = (
    ("words", _each(words.read, lambda t: t.threads)),
    ("thread", _each(thread.read, lambda t: t.threads)),
    ("kind", _each(kind.read, lambda t: t)),
    ("requests", requests.read),
    ("scope", scope.read),
    ("channels", channels.read),
    ("confidence", confidence.read),
    ("review", review.read),
)


@dataclass
class Decider:
    tools: Tools
    chain: tuple = field(default=CHAIN)

    @classmethod
    def load(cls, settings: Settings) -> "Decider":
        """The deciding side as the settings name it: the rules folder, the trained model folder."""
        model_dir = Path(settings.classifier.model_dir)
        model = Model.load(model_dir)
        pipelines = Pipelines.load(model_dir, load_lemma_fixes(Path(settings.classifier.rules_dir)))
        return cls(build_tools(settings, model, pipelines))

    @property
    def model_version(self) -> str:
        return self.tools.model.version

    def classify(self, mail: Mail) -> Decision:
        return self.classify_many([mail])[0]

    def classify_many(self, mails: Sequence[Mail]) -> list[Decision]:
        readings = [Reading(mail) for mail in mails]
        with self.tools.pipelines.batch():
            for _name, run in self.chain:
                run(readings, self.tools)
        return [self._decision(r) for r in readings]

    # -- the answer ----------------------------------------------------------------------------------------------

    def _decision(self, reading: Reading) -> Decision:
        mail, tools = reading.mail, self.tools
        automated = reading.kind != MailKind.REQUEST
        ack_to, ack_why = (None, ("no ack: not a request",)) if automated else \
            ack_address(mail, reading.verdict, tools.own_addresses)
        if ack_to and reading.review and (reading.scores.get("not_a_request", 0.0) >= tools.thresholds.maybe_not_a_request
                                          or reading.not_a_customer):
            ack_to, ack_why = None, (*ack_why, "no ack: may not be a request; staff decide")
        if ack_to and not automated and not reading.review and not reading.labels:
            # thanks and the like ask for nothing: answering them would start a ping-pong of courtesies
            ack_to, ack_why = None, (*ack_why, "no ack: nothing was asked")
        damaged = review.serious_defects(mail)
        if ack_to and damaged:
            # We could not read all of it, so we cannot even be sure a person wrote it: staff look first and
            # answer from the review page.
            ack_to, ack_why = None, (*ack_why, f"no ack: message not readable whole ({', '.join(damaged)})")
        found = reading.analysis.reasons if reading.analysis is not None else []
        reasons = [*reading.reasons, *found, *reading.review]
        if not automated and not reading.review:
            reasons += [f"{label}: {_first_hit(reading, label)}" for label in reading.labels]
        language = reading.text.lang if reading.text else mail.language
        evidence = {"model_version": self.model_version, "language": language, **reading.evidence,
                    "recipient_reasons": list(ack_why)}
        if reading.analysis is not None:
            evidence["rule_hits"] = [match_json(h) for h in reading.analysis.hits]
            hit_keys = {h.spec.key for h in reading.analysis.hits}  # once, not once per rule
            evidence["rule_misses"] = [k for k in tools.rules.names("label") if k not in hit_keys]
            evidence["cues"] = [match_json(c) for c in reading.analysis.cues]
            evidence["scope"] = [match_json(s) for s in reading.analysis.scopes]
            evidence["flags"] = sorted(reading.analysis.flags)
            evidence["kept_channels"] = list(reading.analysis.kept_channels)
        if reading.review:
            evidence["proposed_labels"] = list(reading.proposed)
        return Decision(
            automated=automated,
            labels=() if automated else reading.labels,
            review=bool(reading.review) and not automated,
            ack_to=ack_to,
            entities=extract_entities(mail) if not automated else Entities(),
            confidence=reading.confidence,
            reasons=tuple(reasons) or ("automated",),
            language=language,
            model_version=self.model_version,
            evidence=evidence,
            kind=reading.kind,
            proposed=reading.proposed if reading.review else (),
            loop=bool(reading.verdict and reading.verdict.loop),
            keep_channels=_kept(reading, tools.catalogue) if not automated and not reading.review else (),
        )


def _kept(reading: Reading, catalogue: Catalogue) -> tuple[str, ...]:
    """The channels the sender keeps of the opt-outs decided (channels.py)."""
    kept = reading.analysis.kept_channels if reading.analysis is not None else ()
    return tuple(c for c in kept if any(c in catalogue.channels_of(label) for label in reading.labels))


def _first_hit(reading: Reading, label: str) -> str:
    hits = reading.analysis.live(label) if reading.analysis is not None else []
    return repr(hits[0].text[:80]) if hits else "model"
