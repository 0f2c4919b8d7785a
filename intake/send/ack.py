"""The wording of acknowledgements: which text a decision gets, in English or Spanish, with its due dates.

Nothing here touches headers, the outbox or the network (that is intake/send/outgoing.py); this module only
renders templates. What a sender is told follows the label catalogue:

* one or more opt-outs: `opt_out.<lang>.txt.j2`, which takes each kind's own wording from
  `kinds/<ack>.<lang>.txt.j2` (a `request` macro for a lone request, an `item` macro for one of several), and says
  so when a question came with them;
* otherwise the kind a person handles (a question): its own template, `<ack>.<lang>.txt.j2`;
* a decision left to staff: `review.<lang>.txt.j2`, which promises nothing about what the mail asked.

Templates are looked up first in the rules folder's `ack/` (a compliance officer's wording, or a new kind's),
then in intake's own `templates/ack/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping


from intake.catalogue import Catalogue
from intake.templating import text_environment
from intake.values import Decision

TEMPLATE_DIR = Path(__file__).parent / "templates" / "ack"
LANGUAGES = ("en", "es")
REVIEW = "review"

DEFAULT_SUBJECT = {"en": "Your privacy request", "es": "Su solicitud de privacidad"}
"""The subject when the sender's own is empty."""
_COUNTS = {"en": ("two", "three", "four", "five"), "es": ("dos", "tres", "cuatro", "cinco")}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}


@dataclass(frozen=True)
class Outcome:
    """What an acknowledgement says, before it is rendered."""

    name: str
    """The opt-outs joined by "+", a staff-handled kind's name, or "review": the per-recipient cap counts per
    outcome."""
    kinds: tuple[str, ...]
    """The kinds whose clocks the text quotes (for "review": none)."""
    also_question: bool = False
    kept: tuple[str, ...] = ()
    """Channels of the opt-outs the sender keeps: each kind's wording says what it stops (its macros' `kept`)."""


def outcome_of(decision: Decision, catalogue: Catalogue) -> Outcome:
    """A decision left for review gets the neutral text: its labels are unsure. Opt-outs are confirmed one by one,
    with a line saying that staff will answer what else was asked. A mail with no label at all is answered as
    "review"."""
    if decision.review:
        return Outcome(REVIEW, ())
    labels = catalogue.ordered(decision.labels)
    opt_outs = tuple(label for label in labels if catalogue.kind(label).opt_out)
    for_staff = tuple(label for label in labels if label not in opt_outs)
    if opt_outs:
        return Outcome("+".join(opt_outs), opt_outs, also_question=bool(for_staff), kept=decision.keep_channels)
    if for_staff:
        return Outcome(for_staff[0], for_staff[:1])
    return Outcome(REVIEW, ())


def due_dates(outcome: Outcome, catalogue: Catalogue, received_at: datetime, tz: str) -> dict[str, date]:
    kinds = outcome.kinds or (REVIEW,)
    return {kind: catalogue.due_date(received_at, kind, tz) for kind in kinds}


def render_body(outcome: Outcome, language: str, catalogue: Catalogue, *, reference: str,
                due: Mapping[str, date], signature: str = "", rules_dir: Path | None = None) -> str:
    """The text of the acknowledgement. `due` holds the date of every kind the outcome names (or "review")."""
    if language not in LANGUAGES:
        raise ValueError(f"no acknowledgement wording in {language!r}")
    env = _templates(rules_dir)
    dates = {kind: format_date(day, language) for kind, day in due.items()}
    context: dict[str, Any] = {"reference": reference, "signature": signature, "due": dates,
                               "also_question": outcome.also_question}
    opt_outs = [k for k in outcome.kinds if catalogue.kind(k).opt_out]
    if outcome.name == REVIEW:
        name = REVIEW
    elif opt_outs:
        name = "opt_out"
        context["items"] = [_kind_wording(env, catalogue.kind(k).ack, language, reference, dates[k],
                                          tuple(c for c in outcome.kept if c in catalogue.channels_of(k)))
                            for k in opt_outs]
        context["count"] = _COUNTS[language][len(opt_outs) - 2] if len(opt_outs) > 1 else ""
    else:
        name = catalogue.kind(outcome.kinds[0]).ack
    return env.get_template(f"{name}.{language}.txt.j2").render(context)


def _kind_wording(env: Any, ack: str, language: str, reference: str, due: str,
                  kept: tuple[str, ...] = ()) -> dict[str, str]:
    """A kind's `request` and `item` macros; `kept` (channels the sender keeps) goes to macros that take it. A
    kind's wording without it cannot say what a limited opt-out stops: rendering it then is an error, not a
    promise to stop what the sender asked to keep."""
    macros = env.get_template(f"kinds/{ack}.{language}.txt.j2").module
    request, item = macros.request, macros.item  # type: ignore[attr-defined]
    if kept and not ("kept" in request.arguments and "kept" in item.arguments):
        raise ValueError(f"kinds/{ack}.{language}.txt.j2: its macros take no `kept`, and the sender keeps "
                         f"{', '.join(kept)}")
    extra = {"kept": kept} if kept else {}
    return {"request": str(request(reference, due, **extra)).strip("\n"), "item": str(item(due, **extra)).strip("\n")}


@lru_cache(maxsize=4)
def _templates(rules_dir: Path | None) -> Any:
    # Plain text: no autoescape (nothing from the incoming mail is rendered into the body anyway).
    folders = [Path(rules_dir) / "ack"] if rules_dir is not None else []
    return text_environment([*folders, TEMPLATE_DIR])


def format_date(day: date, language: str) -> str:
    """"Monday, January 11, 2027" / "lunes 11 de enero de 2027"."""
    weekday, month = _WEEKDAYS[language][day.weekday()], _MONTHS[language][day.month - 1]
    if language == "es":
        return f"{weekday} {day.day} de {month} de {day.year}"
    return f"{weekday}, {month} {day.day}, {day.year}"
