"""Step 3, is it a request at all: machine mail, mail that is not a request, software unsubscribing for a person,
or a person writing to us.

The rule chain of rules/automated*.yml (gate.py) answers first, from headers, structure and wording:

    machine mail         bounces, auto-replies, receipts, bulk and list mail, replies to our acknowledgements
    not a request        `verdict: not_a_request` rules: calendar traffic, vendor systems, sales outreach, phishing
    a person, by rule    `verdict: human` rules: a mail program's or an inbox cleaner's unsubscribe, which is the
                         catalogue's unsubscribe kind (answered unless an Auto-Submitted header forbids it)

Machine mail and non-requests are settled here: never acted on, never answered. Wording that only the text model
recognises as not a request is weighed later, in confidence.py, beside the requests the rules found.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from intake.decide.gate import AUTOMATED, NOT_A_REQUEST
from intake.decide.reading import Reading
from intake.values import GateVerdict, MailKind


ANSWER_FORBIDDEN = frozenset({"auto-submitted", "x-auto-response-suppress", "precedence-bulk", "autoreply-headers"})
"""Gate rules that read headers forbidding an automatic answer (RFC 3834), whoever's words the mail carries."""


def read(reading: Reading, tools: Any) -> None:
    verdict = _relayed(reading, tools, tools.gate.check(reading.mail))
    reading.verdict = verdict
    hits = [h.rule for h in verdict.hits]
    if verdict.automated:
        reading.kind = MailKind.NOT_A_REQUEST if verdict.not_a_request else MailKind.MACHINE
        reading.settled = True
        reading.reasons = [f"{'not a request' if verdict.not_a_request else 'automated'}: {h}" for h in hits[:3]]
        if verdict.loop:
            reading.reasons.insert(0, "a reply to our own acknowledgement (a mail loop)")
    elif verdict.human_rule is not None:  # the `verdict: human` rules are software unsubscribing for a person
        reading.settled = True
        reading.labels = (tools.catalogue.roles["unsubscribe"],)
        reading.reasons = [f"software unsubscribing for a person: {verdict.human_rule}"]
    reading.note("kind", kind=str(reading.kind), settled=reading.settled, loop=verdict.loop,
                 suppress_ack=verdict.suppress_ack,
                 hits=[{"rule": h.rule, "label": h.label, "text": h.text[:200], "source": h.source}
                       for h in verdict.hits],
                 misses=list(verdict.misses))


def _relayed(reading: Reading, tools: Any, verdict: GateVerdict) -> GateVerdict:
    """Our web form's or voicemail's relay of a person's message trips machine rules by being machinery; the
    message field is a person's words all the same (rules/thread.yml forms)."""
    book = tools.threads
    if not verdict.automated or verdict.not_a_request or verdict.loop:
        return verdict
    if book.form_message(reading.mail) is None:
        return verdict
    machine = [h for h in verdict.hits if h.label in (AUTOMATED, NOT_A_REQUEST)]
    if not all(h.rule in book.relay_may_trip for h in machine):
        return verdict
    # The first machine rule settled the gate; what the relay carries may still be no one's request (our form's
    # health check, spam typed into it): the rules after it are run without the relay's own
    beyond = tools.gate.check(reading.mail, ignore=book.relay_may_trip)
    if beyond.automated:
        return beyond
    reading.note("kind", relay=[h.rule for h in machine])
    forbidden = verdict.suppress_ack or any(h.rule in ANSWER_FORBIDDEN for h in machine)
    return replace(verdict, automated=False, hits=tuple(h for h in verdict.hits if h not in machine),
                   suppress_ack=forbidden)
