"""The weekly summary report the privacy team forwards to its compliance officer.

One ISO week in the configured time zone (Monday 00:00 to the next Monday 00:00 local). What counts where:

* Message figures (received, outcomes, automation and override rates, loops) are about the mail *received* in the
  week, each message counted by its latest decision. Duplicates (one mail delivered to both mailboxes) count as
  received but not again as outcomes.
* State figures (requests due or overdue, the review backlog, suppressions in force) are taken "as of" the end of
  the week, or `now` when the week is not over yet. Rows carry enough history (effective_at, created_at,
  closed_at) to rebuild that moment, so a report rebuilt later for the same week shows the same numbers.
* Acknowledgements are the `ack` outbox rows created in the week, by their current status.

`build_weekly` returns a JSON-able dict (stored in WeeklyReport.data); `render_html`, `render_csv` and `chart_png`
present it; `store`, `send` and `run_weekly_job` keep and deliver it. The click commands are in intake/report_cli.py.
"""

from __future__ import annotations

import base64
import csv
import io
import logging
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from intake.send import outgoing
from intake.business_days import add_business_days, business_days_between
from intake.catalogue import Catalogue
from intake.report.chart import trend_chart
from intake.db import (
    ActionStatus,
    DecisionRow,
    InboundMessage,
    MailKind,
    OutboxKind,
    OutboxMessage,
    RequestAction,
    ReviewItem,
    Suppression,
    WeeklyReport,
    transaction,
    utcnow,
)
from intake.settings import Settings
from intake.templating import html_environment

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
"""2: the report names its kinds of request (`kinds`, from the label catalogue) and counts "not_a_request".
3: the trend counts human mail once per message (`human_mail`, what the chart's bars show, adding up to
`automation.human`); `overrides.bot_classified` (was `bot_decided`, a name the automation figures also use)."""
TEMPLATE_DIR = Path(__file__).parent / "templates"
TREND_WEEKS = 12
DUE_SOON_BUSINESS_DAYS = 2
CHART_CID = "weekly-trend@intake"
CHART_FILENAME = "weekly-trend.png"

OTHER_OUTCOMES = ("automated", "not_a_request", "review", "shunted", "no_action", "pending")
"""After the catalogue's kinds of request: every message lands in at least one outcome, "no_action" (a person
wrote, nothing to do) and "pending" (no decision yet) included, so that the outcomes of a week add up to its mail."""
WITHHELD_REASONS = ("automated", "capped", "backfill", "shadow")
AGE_BUCKETS = (("under_1_day", 1), ("1_to_3_days", 3), ("3_to_7_days", 7), ("over_7_days", math.inf))
ACTION_DONE = (ActionStatus.DONE, ActionStatus.ALREADY_SUPPRESSED)
ACTION_NOT_COUNTED = (ActionStatus.SHADOW, ActionStatus.CANCELLED)
"""Shadow rows changed nothing and cancelled ones were withdrawn: neither is a request the law's clock runs on."""

NAMES = {
    "automated": "Automated mail ignored",
    "not_a_request": "Not a request (no action, no answer)",
    "review": "Sent to review",
    "shunted": "Shunted (failed processing)",
    "no_action": "No action needed",
    "pending": "Not yet decided",
    "duplicate": "Duplicate delivery",
}


# --- weeks -----------------------------------------------------------------------------------------------------

_WEEK_RE = re.compile(r"(\d{4})-W(\d{2})")


@dataclass(frozen=True)
class Week:
    """One ISO week in a time zone. `start`/`end` are UTC instants: [start, end)."""

    label: str
    monday: date
    tz: ZoneInfo

    @property
    def start(self) -> datetime:
        return _local_midnight(self.monday, self.tz)

    @property
    def end(self) -> datetime:
        return _local_midnight(self.monday + timedelta(days=7), self.tz)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def shift(self, weeks: int) -> "Week":
        monday = self.monday + timedelta(weeks=weeks)
        return Week(week_label(monday), monday, self.tz)

    def contains(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end


def _local_midnight(day: date, tz: ZoneInfo) -> datetime:
    # US DST switches at 02:00, so local midnight always exists and is unambiguous.
    return datetime.combine(day, time(0), tz).astimezone(timezone.utc)


def week_label(day: date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year}-W{number:02d}"


def parse_week(label: str, tz: str) -> Week:
    """"2026-W47" -> Week. Raises ValueError for anything else, including weeks a year does not have (2025-W53)."""
    match = _WEEK_RE.fullmatch(label.strip())
    if not match:
        raise ValueError(f"{label!r} is not an ISO week such as 2026-W47")
    year, number = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        raise ValueError(f"{year} has no week {number}") from None
    return Week(week_label(monday), monday, ZoneInfo(tz))


def default_week(now: datetime, tz: str) -> str:
    """The last complete ISO week before `now`, in the time zone `tz`."""
    today = now.astimezone(ZoneInfo(tz)).date()
    return week_label(today - timedelta(days=today.weekday() + 7))


def _resolve_week(week: str | None, settings: Settings, now: datetime) -> Week:
    return parse_week(week or default_week(now, settings.timezone), settings.timezone)


# --- what the database holds about a period ---------------------------------------------------------------------


@dataclass
class Msg:
    """The few columns of one inbound message the report needs, with its decisions oldest first."""

    id: int
    reference: str | None
    mailbox: str
    sender: str | None
    status: str
    received_at: datetime
    decisions: list[DecisionRow] = field(default_factory=list)

    @property
    def latest(self) -> DecisionRow | None:
        return self.decisions[-1] if self.decisions else None


def _load_messages(session: Session, start: datetime, end: datetime) -> list[Msg]:
    return _load(session, InboundMessage.received_at >= start, InboundMessage.received_at < end)


def _load_messages_by_id(session: Session, ids: Iterable[int]) -> dict[int, Msg]:
    wanted = sorted(set(ids))
    return {m.id: m for m in _load(session, InboundMessage.id.in_(wanted))} if wanted else {}


def _load(session: Session, *where: Any) -> list[Msg]:
    rows = session.execute(
        select(InboundMessage.id, InboundMessage.reference, InboundMessage.mailbox, InboundMessage.sender,
               InboundMessage.status, InboundMessage.received_at).where(*where).order_by(InboundMessage.id)
    ).all()
    messages = {row.id: Msg(*row) for row in rows}
    if messages:
        decisions = session.scalars(
            select(DecisionRow).join(InboundMessage, DecisionRow.message_id == InboundMessage.id)
            .where(*where).order_by(DecisionRow.id)
        )
        for decision in decisions:
            messages[decision.message_id].decisions.append(decision)
    return list(messages.values())


def outcomes_for(catalogue: Catalogue) -> tuple[str, ...]:
    """Every outcome a report counts: the catalogue's kinds of request, then the others."""
    return (*catalogue.labels, *OTHER_OUTCOMES)


def kinds_of(catalogue: Catalogue) -> list[dict[str, Any]]:
    """The catalogue as the report keeps it: a stored report reads the same after the catalogue changes."""
    return [{"name": k.name, "title": k.title, "colour": k.colour, "opt_out": k.opt_out,
             "business_days": k.clock.business_days, "basis": k.clock.basis} for k in catalogue.kinds]


def verdict(decision: DecisionRow, catalogue: Catalogue) -> tuple[str, ...]:
    """A recorded decision as outcome names (Catalogue.outcome)."""
    return catalogue.outcome(automated=decision.automated, not_a_request=decision.mail_kind == MailKind.NOT_A_REQUEST,
                             review=decision.review, labels=decision.labels or ())


def outcome_of(message: Msg, catalogue: Catalogue) -> tuple[str, ...]:
    """Where a message counts. The status wins for duplicates and shunted mail, which the decision does not show."""
    if message.status in ("duplicate", "shunted"):
        return (message.status,)
    return verdict(message.latest, catalogue) if message.latest is not None else ("pending",)


def display_name(decision: DecisionRow | None, sender: str | None, fallback: str = "") -> str:
    entities = decision.entities if decision is not None and isinstance(decision.entities, dict) else {}
    return str(entities.get("name") or sender or fallback)


# --- building the report ---------------------------------------------------------------------------------------


def build_weekly(session: Session, week: str | None = None, *, settings: Settings,
                 now: datetime | None = None) -> dict[str, Any]:
    """The report for `week` (default: the last complete week before `now`) as a JSON-able dict."""
    now, catalogue = now or utcnow(), settings.catalogue
    current = _resolve_week(week, settings, now)
    as_of = min(now, current.end)
    first = current.shift(-(TREND_WEEKS - 1))
    # Nothing after `as_of` counts, so that a week still in progress is a consistent snapshot.
    history = _load_messages(session, first.start, as_of)
    messages = [m for m in history if current.contains(m.received_at)]
    outcomes = _count_outcomes(messages, catalogue)
    automation = _automation(messages)
    overrides = _overrides(messages, catalogue)
    return {
        "schema": SCHEMA_VERSION,
        "kinds": kinds_of(catalogue),
        "week": current.label,
        "start": current.monday.isoformat(),
        "end": current.sunday.isoformat(),
        "timezone": settings.timezone,
        "generated_at": now.isoformat(),
        "as_of": as_of.isoformat(),
        "received": len(messages),
        "by_mailbox": _by_mailbox(messages, settings, catalogue),
        "outcomes": outcomes,
        "duplicates": sum(1 for m in messages if m.status == "duplicate"),
        "automation_rate": _rate(automation["bot_decided"], automation["human"]),
        "automation": automation,
        "override_rate": _rate(overrides["overridden"], overrides["bot_classified"]),
        "overrides": overrides,
        "time_to_action": _time_to_action(session, current, as_of, catalogue),
        "overdue": _due_soon(session, as_of, current.tz, catalogue),
        "review_backlog": _review_backlog(session, current, as_of),
        "acks": _acks(session, current, as_of),
        "loops_prevented": sum(1 for m in messages if m.latest is not None and m.latest.loop),
        "trend": _trend(session, history, first, current, now, catalogue),
    }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _count_outcomes(messages: Iterable[Msg], catalogue: Catalogue) -> dict[str, int]:
    counts = dict.fromkeys(outcomes_for(catalogue), 0)
    for message in messages:
        for outcome in outcome_of(message, catalogue):
            if outcome in counts:
                counts[outcome] += 1
    return counts


def _by_mailbox(messages: list[Msg], settings: Settings, catalogue: Catalogue) -> dict[str, dict[str, Any]]:
    # Configured mailboxes always appear (a silent mailbox is news); others appear when they hold mail.
    names = [box.name for box in settings.mailboxes]
    names += sorted({m.mailbox for m in messages} - set(names))
    result = {}
    for name in names:
        own = [m for m in messages if m.mailbox == name]
        result[name] = {"received": len(own), "duplicates": sum(1 for m in own if m.status == "duplicate"),
                        "outcomes": _count_outcomes(own, catalogue)}
    return result


def _is_human(message: Msg) -> bool:
    """Human mail: a message whose latest decision says a person wrote it (duplicates and shunted mail aside)."""
    return message.status not in ("duplicate", "shunted") and message.latest is not None \
        and not message.latest.automated


def _automation(messages: Iterable[Msg]) -> dict[str, int]:
    """Human mail, and who decided it: the bot alone when the latest decision is the bot's and needs no review."""
    human = [m for m in messages if _is_human(m)]
    return {
        "human": len(human),
        "bot_decided": sum(1 for m in human if m.latest.decided_by == "bot" and not m.latest.review),
        "staff_decided": sum(1 for m in human if m.latest.decided_by != "bot" and not m.latest.review),
        "awaiting_review": sum(1 for m in human if m.latest.review),
    }


def _overrides(messages: Iterable[Msg], catalogue: Catalogue) -> dict[str, Any]:
    """Messages the bot classified (any mail with a decision of the bot's, also machine mail and what it sent to
    review), how many of those staff overrode, and what the bot said against what staff said.

    Note: DecisionRow.overrides_bot is set whenever staff's verdict differs from the bot's, so a staff decision on
    a message the bot sent to review counts as an override; the pairs show such cases as bot ["review"]."""
    decided = [m for m in messages if m.status != "duplicate" and any(d.decided_by == "bot" for d in m.decisions)]
    pairs: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
    overridden = 0
    for message in decided:
        staff = [d for d in message.decisions if d.overrides_bot]
        if not staff:
            continue
        overridden += 1
        last = staff[-1]
        bot = [d for d in message.decisions if d.decided_by == "bot" and d.id < last.id] or [message.decisions[0]]
        pairs[(verdict(bot[-1], catalogue), verdict(last, catalogue))] += 1
    ordered = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
    return {
        "bot_classified": len(decided),
        "overridden": overridden,
        "pairs": [{"bot": list(bot), "staff": list(staff), "count": n} for (bot, staff), n in ordered],
    }


# --- time to action --------------------------------------------------------------------------------------------


def _week_actions(session: Session, week: Week, as_of: datetime) -> list[RequestAction]:
    """Requests received in the week, and requests of any age whose suppression came into force in it."""
    received = (RequestAction.received_at >= week.start, RequestAction.received_at < min(week.end, as_of))
    effective = (RequestAction.effective_at >= week.start, RequestAction.effective_at < min(week.end, as_of))
    return list(session.scalars(
        select(RequestAction).where(or_(and_(*received), and_(*effective))).order_by(RequestAction.id)
    ))


def _time_to_action(session: Session, week: Week, as_of: datetime, catalogue: Catalogue) -> dict[str, Any]:
    """Per kind: new requests, suppressions that came into force in the week with how long they took, and what is
    still open. Measured on what came into force (not on what was received): a slow request shows up in the week
    it was finally done, which is the week its lateness matters."""
    actions = _week_actions(session, week, as_of)
    open_now = _open_actions(session, as_of)
    result = {kind: _action_stats([a for a in actions if a.kind == kind], [a for a in open_now if a.kind == kind],
                                  week, as_of, catalogue.clock_days(kind))
              for kind in catalogue.opt_outs}
    result["all"] = _action_stats(actions, open_now, week, as_of, None)
    return result


def _in_force(action: RequestAction, as_of: datetime) -> bool:
    return action.status in ACTION_DONE and action.effective_at is not None and action.effective_at <= as_of


def _open_actions(session: Session, as_of: datetime) -> list[RequestAction]:
    """Requests received before `as_of` whose suppression was not yet in force then."""
    return list(session.scalars(select(RequestAction).where(
        RequestAction.received_at < as_of, RequestAction.status.not_in(ACTION_NOT_COUNTED),
        or_(RequestAction.effective_at.is_(None), RequestAction.effective_at > as_of),
    ).order_by(RequestAction.due_date, RequestAction.id)))


def _action_stats(actions: list[RequestAction], open_now: list[RequestAction], week: Week, as_of: datetime,
                  legal: int | None) -> dict[str, Any]:
    tz = week.tz
    new = [a for a in actions if week.contains(a.received_at)]
    done = [a for a in actions if _in_force(a, as_of) and week.contains(a.effective_at)]
    hours = [(a.effective_at - a.received_at).total_seconds() / 3600 for a in done]
    days = [business_days_between(_local_day(a.received_at, tz), _local_day(a.effective_at, tz)) for a in done]
    on_time = sum(1 for a in done if _local_day(a.effective_at, tz) <= a.due_date)
    return {
        "legal_business_days": legal,
        "received": sum(1 for a in new if a.status not in ACTION_NOT_COUNTED),
        "in_force": len(done),
        "within_deadline": on_time,
        "late": len(done) - on_time,
        "open": len(open_now),
        "shadow": sum(1 for a in new if a.status == "shadow"),
        "cancelled": sum(1 for a in new if a.status == "cancelled"),
        "business_days": _summary(days),
        "hours": _summary(hours),
    }


def _summary(values: list[float]) -> dict[str, float | None]:
    """Median, p90 (nearest rank: a value that actually occurred) and max, rounded to 0.1."""
    if not values:
        return {"median": None, "p90": None, "max": None}
    ordered = sorted(values)
    p90 = ordered[math.ceil(0.9 * len(ordered)) - 1]
    return {"median": round(statistics.median(ordered), 1), "p90": round(p90, 1), "max": round(ordered[-1], 1)}


def _local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


# --- requests due or overdue -----------------------------------------------------------------------------------


def _due_soon(session: Session, as_of: datetime, tz: ZoneInfo, catalogue: Catalogue) -> list[dict[str, Any]]:
    """Every open request past its due date or due within DUE_SOON_BUSINESS_DAYS, as of `as_of`.

    Opt-outs with a RequestAction not yet in force, and messages still waiting for a staff decision (their opt-out
    clock runs while they wait). Shadow and cancelled requests are not listed."""
    today = _local_day(as_of, tz)
    horizon = add_business_days(today, DUE_SOON_BUSINESS_DAYS)
    actions = [a for a in _open_actions(session, as_of) if a.due_date <= horizon]
    items = [i for i in _open_review_items(session, as_of)
             if i.kind == "decision" and i.due_date is not None and i.due_date <= horizon]
    info = _message_info(session, {a.message_id for a in actions if a.message_id} | {i.message_id for i in items},
                         catalogue)
    rows = [_due_row_for_action(session, a, info.get(a.message_id), today) for a in actions]
    listed = {a.message_id for a in actions}
    rows += [_due_row_for_review(i, info[i.message_id], today) for i in items if i.message_id not in listed]
    return sorted(rows, key=lambda r: (r["due_date"], r["reference"], r["kind"]))


@dataclass(frozen=True)
class _Info:
    reference: str
    mailbox: str
    name: str
    received_at: datetime
    proposed: tuple[str, ...]


def _message_info(session: Session, ids: set[int], catalogue: Catalogue) -> dict[int, _Info]:
    if not ids:
        return {}
    latest: dict[int, DecisionRow] = {}
    for decision in session.scalars(select(DecisionRow).where(DecisionRow.message_id.in_(ids))
                                    .order_by(DecisionRow.id)):
        latest[decision.message_id] = decision
    info = {}
    rows = session.execute(select(InboundMessage.id, InboundMessage.reference, InboundMessage.mailbox,
                                  InboundMessage.sender, InboundMessage.received_at)
                           .where(InboundMessage.id.in_(ids))).all()
    for row in rows:
        decision = latest.get(row.id)
        proposed = tuple(lb for lb in catalogue.ordered(decision.proposed if decision is not None else ())
                         if lb in catalogue.opt_outs)
        info[row.id] = _Info(row.reference or f"#{row.id}", row.mailbox, display_name(decision, row.sender),
                             row.received_at, proposed)
    return info


def _due_row_for_action(session: Session, action: RequestAction, info: _Info | None,
                        today: date) -> dict[str, Any]:
    if info is None:  # a request staff entered by hand (phone, letter): the suppression entry names the person
        info = _Info(f"request #{action.id}", "manual", _manual_name(session, action), action.received_at, ())
    return _due_row(info, action.kind, action.due_date, "pending", today)


def _due_row_for_review(item: ReviewItem, info: _Info, today: date) -> dict[str, Any]:
    return _due_row(info, "review", item.due_date, "awaiting review", today, proposed=list(info.proposed))


def _due_row(info: _Info, kind: str, due: date, status: str, today: date, *,
             proposed: list[str] | None = None) -> dict[str, Any]:
    return {
        "reference": info.reference,
        "name": info.name,
        "mailbox": info.mailbox,
        "kind": kind,
        "proposed": proposed or [],
        "status": status,
        "received_at": info.received_at.isoformat(),
        "due_date": due.isoformat(),
        "business_days_left": business_days_between(today, due),
        "overdue": due < today,
    }


def _manual_name(session: Session, action: RequestAction) -> str:
    ids = [i for i in (action.suppression_ids or []) if isinstance(i, int)]
    entry = session.scalar(select(Suppression).where(Suppression.id.in_(ids)).limit(1)) if ids else None
    return (entry.name or entry.email or "") if entry is not None else ""


# --- review backlog --------------------------------------------------------------------------------------------


def _open_at(item: ReviewItem, moment: datetime) -> bool:
    """Was the item open at `moment`? Rebuilt from created_at/closed_at so that past weeks can be reported."""
    if item.created_at >= moment:
        return False
    if item.closed_at is not None:
        return item.closed_at > moment
    return item.status == "open"


def _open_review_items(session: Session, moment: datetime, since: datetime | None = None) -> list[ReviewItem]:
    """Items open at `moment` (or, with `since`, at any moment from `since` on); the SQL only narrows down."""
    still_open_after = since or moment
    candidates = session.scalars(select(ReviewItem).where(
        ReviewItem.created_at < moment,
        or_(ReviewItem.closed_at.is_(None), ReviewItem.closed_at > still_open_after),
    ).order_by(ReviewItem.created_at, ReviewItem.id)).all()
    return [i for i in candidates if since is not None or _open_at(i, moment)]


def _review_backlog(session: Session, week: Week, as_of: datetime) -> dict[str, Any]:
    items = _open_review_items(session, as_of)
    buckets = dict.fromkeys((name for name, _ in AGE_BUCKETS), 0)
    for item in items:
        age = (as_of - item.created_at).total_seconds() / 86400
        buckets[next(name for name, limit in AGE_BUCKETS if age < limit)] += 1
    until = min(week.end, as_of)
    in_week = (ReviewItem.created_at >= week.start, ReviewItem.created_at < until)
    closed = (ReviewItem.closed_at >= week.start, ReviewItem.closed_at < until)
    return {
        "open": len(items),
        "by_kind": dict(sorted(Counter(i.kind for i in items).items())),
        "age": buckets,
        "oldest": _oldest(items[0], as_of) if items else None,
        "opened_in_week": len(session.scalars(select(ReviewItem.id).where(*in_week)).all()),
        "closed_in_week": len(session.scalars(select(ReviewItem.id).where(*closed)).all()),
    }


def _oldest(item: ReviewItem, as_of: datetime) -> dict[str, Any]:
    message = item.message
    latest = message.decisions[-1] if message.decisions else None
    return {
        "reference": message.reference or f"#{message.id}",
        "name": display_name(latest, message.sender),
        "mailbox": message.mailbox,
        "kind": item.kind,
        "created_at": item.created_at.isoformat(),
        "age_days": round((as_of - item.created_at).total_seconds() / 86400, 1),
        "due_date": item.due_date.isoformat() if item.due_date else None,
    }


# --- acknowledgements ------------------------------------------------------------------------------------------


def _acks(session: Session, week: Week, as_of: datetime) -> dict[str, Any]:
    rows = session.execute(select(OutboxMessage.status, OutboxMessage.withheld_reason).where(
        OutboxMessage.kind == "ack", OutboxMessage.created_at >= week.start,
        OutboxMessage.created_at < min(week.end, as_of),
    )).all()
    statuses = Counter(row.status for row in rows)
    reasons = dict.fromkeys(WITHHELD_REASONS, 0)
    for row in rows:
        if row.status == "withheld":
            reason = row.withheld_reason or "unspecified"
            reasons[reason] = reasons.get(reason, 0) + 1
    return {
        "sent": statuses["sent"],
        "failed": statuses["failed"],
        "withheld": statuses["withheld"],
        "pending": statuses["pending"] + statuses["sending"],
        "withheld_by_reason": reasons,
    }


# --- trend -----------------------------------------------------------------------------------------------------


def _trend(session: Session, history: list[Msg], first: Week, last: Week, now: datetime,
           catalogue: Catalogue) -> list[dict[str, Any]]:
    weeks = [first.shift(n) for n in range(TREND_WEEKS)]
    items = _open_review_items(session, min(now, last.end), since=min(now, first.end))
    return [{
        "week": w.label,
        "outcomes": _count_outcomes((m for m in history if w.contains(m.received_at)), catalogue),
        "human_mail": _human_mail((m for m in history if w.contains(m.received_at)), catalogue),
        "review_backlog": sum(1 for i in items if _open_at(i, min(now, w.end))),
    } for w in weeks]


def _human_mail(messages: Iterable[Msg], catalogue: Catalogue) -> dict[str, int]:
    """Human mail by outcome, each message once: what the chart stacks, adding up to `automation.human`. A message
    asking for several kinds of thing counts under "several" (the outcome table counts it under each)."""
    counts = dict.fromkeys((*catalogue.labels, "several", "review", "no_action"), 0)
    for message in messages:
        if _is_human(message):
            outcome = verdict(message.latest, catalogue)
            counts["several" if len(outcome) > 1 else outcome[0]] += 1
    return counts


# --- presentation ----------------------------------------------------------------------------------------------


def chart_png(session: Session, week: str | None, settings: Settings, *, now: datetime | None = None) -> bytes:
    """The 12-week trend chart for `week` as PNG bytes."""
    now = now or utcnow()
    current = _resolve_week(week, settings, now)
    first = current.shift(-(TREND_WEEKS - 1))
    history = _load_messages(session, first.start, min(now, current.end))
    return trend_chart(_trend(session, history, first, current, now, settings.catalogue), kinds_of(settings.catalogue))


def render_html(data: Mapping[str, Any], chart_png: bytes | None, *, chart_src: str | None = None) -> str:
    """The report page. The chart is a data: URI (stored and served HTML) unless `chart_src` names another
    source, e.g. "cid:..." for the inline image of the mail."""
    src = chart_src or (f"data:image/png;base64,{base64.b64encode(chart_png).decode('ascii')}" if chart_png else None)
    names = {**{k["name"]: k["title"] for k in data["kinds"]}, **NAMES}
    return _templates().get_template("weekly.html.j2").render(r=data, chart_src=src, names=names,
                                                              has_trend=_trend_has_data(data))


def _trend_has_data(data: Mapping[str, Any]) -> bool:
    return any(p["review_backlog"] or any(p["human_mail"].values()) for p in data["trend"])


@lru_cache(maxsize=1)
def _templates() -> Any:
    return html_environment([TEMPLATE_DIR], dict(pct=_pct, day=_day, moment=_moment, num=_num, kind=_kind_name,
                                                 plural=_plural))


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.0f}%"


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text}{unit}"


def _day(value: str | None, fmt: str = "%a %b %-d") -> str:
    return date.fromisoformat(value).strftime(fmt) if value else "–"


def _moment(value: str | None, tz: str) -> str:
    return datetime.fromisoformat(value).astimezone(ZoneInfo(tz)).strftime("%a %b %-d, %H:%M") if value else "–"


def _kind_name(value: str) -> str:
    return NAMES.get(value, value.replace("_", " ").capitalize())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def subject_for(data: Mapping[str, Any]) -> str:
    start, end = date.fromisoformat(data["start"]), date.fromisoformat(data["end"])
    until = f"{end:%-d, %Y}" if start.month == end.month else f"{end:%b %-d, %Y}"
    return f"Privacy requests weekly report {data['week']} ({start:%b %-d}–{until})"


def text_summary(data: Mapping[str, Any]) -> str:
    """The plain-text part of the mail: the headline figures for readers without HTML."""
    o, tta = data["outcomes"], data["time_to_action"]["all"]
    opt_outs = "   ".join(f"{k['title']}s: {o[k['name']]}" for k in data["kinds"] if k["opt_out"])
    for_staff = "   ".join(f"{k['title']}s: {o[k['name']]}" for k in data["kinds"] if not k["opt_out"])
    overdue = [r for r in data["overdue"] if r["overdue"]]
    boxes = ", ".join(f"{name}: {box['received']}" for name, box in data["by_mailbox"].items())
    lines = [
        subject_for(data), "",
        f"Received: {data['received']}" + (f" ({boxes})" if boxes else ""),
        opt_outs,
        f"{for_staff}   Automated ignored: {o['automated']}   Not a request: {o['not_a_request']}   "
        f"Sent to review: {o['review']}   Shunted: {o['shunted']}",
        f"Automation rate: {_pct(data['automation_rate'])}   Staff override rate: {_pct(data['override_rate'])}",
        f"Time to suppression (median / p90 / max): {_num(tta['business_days']['median'])} / "
        f"{_num(tta['business_days']['p90'])} / {_num(tta['business_days']['max'])} business days",
        f"Overdue requests: {len(overdue)}   Due within {DUE_SOON_BUSINESS_DAYS} business days: "
        f"{len(data['overdue']) - len(overdue)}",
        f"Open review items: {data['review_backlog']['open']}",
        f"Acknowledgements sent: {data['acks']['sent']}, failed: {data['acks']['failed']}, "
        f"withheld: {data['acks']['withheld']}",
        "", "The full report is in the HTML part of this mail; the week's requests are attached as CSV.",
    ]
    return "\n".join(lines) + "\n"


# --- CSV -------------------------------------------------------------------------------------------------------

CSV_COLUMNS = ("reference", "mailbox", "received_at", "name", "email", "request", "status", "due_date",
               "effective_at", "business_days_to_effect", "hours_to_effect", "within_deadline")


def render_csv(session: Session, week: str | None, settings: Settings, *, now: datetime | None = None) -> str:
    """The week's requests, one row each: every opt-out (RequestAction) received in the week or put in force in
    it, and every question, message waiting for a staff decision and shunted message received in the week.
    Times are local to settings.timezone."""
    now = now or utcnow()
    current = _resolve_week(week, settings, now)
    tz = current.tz
    messages = {m.id: m for m in _load_messages(session, current.start, min(now, current.end))}
    items = {(i.message_id, i.kind): i for i in session.scalars(
        select(ReviewItem).where(ReviewItem.message_id.in_(messages)).order_by(ReviewItem.id))} if messages else {}
    actions = _week_actions(session, current, min(now, current.end))
    # Requests received in earlier weeks but put in force in this one: their messages are older than the week.
    owners = {**_load_messages_by_id(session, {a.message_id for a in actions if a.message_id} - set(messages)),
              **messages}
    rows = [_csv_action_row(session, action, owners.get(action.message_id), tz) for action in actions]
    for message in messages.values():
        for outcome in outcome_of(message, settings.catalogue):
            if outcome in (*settings.catalogue.for_staff, "review", "shunted", "pending"):
                rows.append(_csv_message_row(message, outcome, items, tz))
    rows.sort(key=lambda r: (r["received_at"], r["reference"], r["request"]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: _csv_safe(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def _csv_action_row(session: Session, action: RequestAction, message: Msg | None, tz: ZoneInfo) -> dict[str, Any]:
    done = action.status in ACTION_DONE and action.effective_at is not None
    latest = message.latest if message else None
    return {
        **_csv_identity(message, latest, tz, action.received_at, fallback=_manual_name(session, action)),
        "request": action.kind,
        "status": action.status,
        "due_date": action.due_date.isoformat(),
        "effective_at": _csv_time(action.effective_at, tz) if done else "",
        "business_days_to_effect": business_days_between(_local_day(action.received_at, tz),
                                                         _local_day(action.effective_at, tz)) if done else "",
        "hours_to_effect": f"{(action.effective_at - action.received_at).total_seconds() / 3600:.1f}" if done else "",
        "within_deadline": ("yes" if _local_day(action.effective_at, tz) <= action.due_date else "no") if done else "",
    }


def _csv_message_row(message: Msg, outcome: str, items: Mapping[tuple[int, str], ReviewItem],
                     tz: ZoneInfo) -> dict[str, Any]:
    item = items.get((message.id, {"review": "decision", "shunted": "decision", "pending": None}.get(outcome, "question")))
    status = {"review": "awaiting review", "shunted": "awaiting staff", "pending": "not yet decided"}.get(
        outcome, "answered" if item and item.status == "closed" else "open")
    return {
        **_csv_identity(message, message.latest, tz, message.received_at),
        "request": outcome, "status": status,
        "due_date": item.due_date.isoformat() if item and item.due_date else "",
        "effective_at": "", "business_days_to_effect": "", "hours_to_effect": "", "within_deadline": "",
    }


def _csv_identity(message: Msg | None, latest: DecisionRow | None, tz: ZoneInfo, received_at: datetime,
                  fallback: str = "") -> dict[str, str]:
    sender = message.sender if message else None
    return {
        "reference": (message.reference or f"#{message.id}") if message else "",
        "mailbox": message.mailbox if message else "manual",
        "received_at": _csv_time(received_at, tz),
        "name": (latest.entities or {}).get("name", "") if latest is not None else fallback,
        "email": (latest.ack_to if latest is not None and latest.ack_to else sender) or "",
    }


def _csv_time(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def _csv_safe(value: Any) -> Any:
    # Names and addresses come from strangers' mail: a cell starting with = + - @ would run as a spreadsheet
    # formula when the compliance officer opens the file (CSV injection), so such text is quoted with a '.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# --- keeping and sending ---------------------------------------------------------------------------------------


def store(session: Session, week: str, data: Mapping[str, Any], html: str) -> WeeklyReport:
    """Insert or replace the stored report of `week` (the unique week column makes a concurrent insert fail)."""
    row = session.scalar(select(WeeklyReport).where(WeeklyReport.week == week))
    if row is None:
        row = WeeklyReport(week=week, data=dict(data), html=html)
        session.add(row)
    else:
        row.data, row.html, row.created_at = dict(data), html, utcnow()
    session.flush()
    return row


def topic_of(week: str) -> str:
    """What a report's outbox rows are about: its week."""
    return f"week:{week}"


def already_sent_to(session: Session, week: str) -> set[str]:
    """Lower-cased recipients that already have this week's report in the outbox, whatever its status."""
    rows = session.scalars(select(OutboxMessage.recipient).where(
        OutboxMessage.kind == OutboxKind.REPORT, OutboxMessage.topic == topic_of(week))).all()
    return {r.lower() for r in rows}


def send(session: Session, week: str | None = None, *, settings: Settings, now: datetime | None = None,
         data: Mapping[str, Any] | None = None, chart: bytes | None = None,
         recipients: Sequence[str] | None = None) -> list[OutboxMessage]:
    """Enqueue the report mail (HTML with the chart inline, text summary, CSV of the week's requests) to each of
    `recipients` (default: settings.report.recipients) through the outbox, in the caller's transaction."""
    now = now or utcnow()
    data = data if data is not None else build_weekly(session, week, settings=settings, now=now)
    chart = chart if chart is not None else trend_chart(data["trend"], data["kinds"])
    csv_bytes = render_csv(session, data["week"], settings, now=now).encode("utf-8-sig")  # BOM: Excel reads UTF-8
    attachments = [(f"privacy-requests-{data['week']}.csv", "text/csv", csv_bytes)]
    html = render_html(data, chart, chart_src=f"cid:{CHART_CID}")
    inline = [(CHART_CID, CHART_FILENAME, "image/png", chart)]
    return [
        outgoing.enqueue_mail(session, kind=OutboxKind.REPORT, recipient=recipient, subject=subject_for(data),
                              body=text_summary(data), html=html, attachments=attachments, inline=inline,
                              topic=topic_of(data["week"]), settings=settings, now=now)
        for recipient in (settings.report.recipients if recipients is None else recipients)
    ]


def run_weekly_job(sessions: sessionmaker[Session], settings: Settings, now: datetime | None = None) -> dict[str, Any]:
    """Build, store and send the previous week's report; the scheduler's cron job. Idempotent: a recipient who
    already has this week's report in the outbox does not get it again, and a second run changes nothing."""
    now = now or utcnow()
    week = default_week(now, settings.timezone)
    with transaction(sessions) as session:
        # Serialises concurrent runs on PostgreSQL once the row exists; the first insert is guarded by the
        # unique week column (the loser's transaction fails and sends nothing).
        existing = session.scalar(select(WeeklyReport).where(WeeklyReport.week == week).with_for_update())
        done = already_sent_to(session, week)
        missing = [r for r in settings.report.recipients if r.lower() not in done]
        if existing is not None and not missing:
            return {"week": week, "stored": False, "sent_to": []}
        data = build_weekly(session, week, settings=settings, now=now)
        chart = trend_chart(data["trend"], data["kinds"])
        store(session, week, data, render_html(data, chart))
        if not settings.report.recipients:
            log.warning("weekly report %s stored but not sent: report.recipients is empty", week)
        rows = send(session, week, settings=settings, now=now, data=data, chart=chart, recipients=missing)
    return {"week": week, "stored": True, "sent_to": [row.recipient for row in rows]}
