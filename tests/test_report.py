"""The weekly report: every figure of a seeded database checked by hand, the empty database, the HTML with its
chart, the CSV, storing, the idempotent scheduled job, the CLI, and a screenshot of the page in Chromium.

The seed is built around week 2026-W47 (Mon Nov 16 - Sun Nov 22, America/Chicago, CST = UTC-6) and the report is
made on Monday Nov 23, 07:00 local: "as of" is the end of the week, Mon Nov 23 00:00 local. Nov 11 (Veterans Day)
and Nov 26 (Thanksgiving) are federal holidays, which the due dates below account for.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from email import message_from_bytes, policy
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from intake.send import outgoing

from intake.report import weekly as report
from intake.settings import Settings

due_date = Settings(source="test").catalogue.due_date
from intake.db import (
    DecisionRow,
    InboundMessage,
    OutboxMessage,
    RawBlob,
    RequestAction,
    ReviewItem,
    WeeklyReport,
    make_engine,
    session_factory,
    sha256_hex,
    transaction,
    upgrade,
)
from intake.cli.report import report_group
from intake.settings import MailboxSettings, ReportSettings, Settings
from tests.fixtures.database import require_servers

TZ_NAME = "America/Chicago"
TZ = ZoneInfo(TZ_NAME)
REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "test-output"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MKT, CAT, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def ct(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A 2026 wall-clock time in Chicago, as the aware UTC datetime the database stores."""
    return datetime(2026, month, day, hour, minute, tzinfo=TZ).astimezone(timezone.utc)


NOW = ct(11, 23, 7)
AS_OF = ct(11, 23, 0)


def make_settings(**kwargs: Any) -> Settings:
    boxes = tuple(MailboxSettings(name=n, address=f"{n}@alliant-energy.com", maildir=Path("/nonexistent"))
                  for n in ("customercare", "powerhousecatalog"))
    return Settings(source="<test>", mailboxes=boxes, timezone=TZ_NAME, **kwargs)


# --- seeding ---------------------------------------------------------------------------------------------------


def bot(*labels: str, **kw: Any) -> dict[str, Any]:
    return {"by": "bot", "labels": list(labels), **kw}


def staff(name: str, *labels: str, **kw: Any) -> dict[str, Any]:
    return {"by": name, "labels": list(labels), "overrides": True, **kw}


class Seeder:
    """Writes rows directly, the way the pipeline and the web UI would have left them."""

    def __init__(self, session, first_uid: int = 0) -> None:
        self.session = session
        self.uid = first_uid
        self.messages: dict[str, InboundMessage] = {}

    def message(self, ref: str, received_at: datetime, *, mailbox: str = "customercare", status: str = "done",
                decisions: tuple[dict[str, Any], ...] = (), sender: str | None = None) -> InboundMessage:
        self.uid += 1
        raw = f"raw message {ref}".encode()
        self.session.add(RawBlob(sha256=sha256_hex(raw), size=len(raw), data=raw))
        message = InboundMessage(
            reference=f"PR-{ref}", mailbox=mailbox, uidvalidity=1, uid=self.uid, message_id=f"<{ref}@example.com>",
            sender=sender or f"{ref.lower()}@example.com", subject=f"Request {ref}", received_at=received_at,
            sha256=sha256_hex(raw), size=len(raw), status=status,
        )
        self.session.add(message)
        self.session.flush()
        for n, d in enumerate(decisions):
            decided_at = d.get("at", received_at + timedelta(minutes=n + 1))
            self.session.add(DecisionRow(
                message_id=message.id, decided_by=d["by"], decided_at=decided_at,
                automated=d.get("automated", False), labels=d["labels"], review=d.get("review", False),
                confidence=0.9, ack_to=message.sender, entities=d.get("entities", {}), reasons=[],
                evidence=d.get("evidence", {}), classifier_version="test-1", overrides_bot=d.get("overrides", False),
                proposed=d.get("proposed", []), loop=d.get("loop", False),
            ))
        self.session.flush()
        self.messages[ref] = message
        return message

    def action(self, ref: str, kind: str, status: str, effective_at: datetime | None = None) -> RequestAction:
        message = self.messages[ref]
        row = RequestAction(message_id=message.id, kind=kind, received_at=message.received_at,
                            due_date=due_date(message.received_at, kind, TZ_NAME), status=status,
                            effective_at=effective_at)
        self.session.add(row)
        self.session.flush()
        return row

    def review(self, ref: str, kind: str, created_at: datetime, closed_at: datetime | None = None,
               due: date | None = None) -> ReviewItem:
        row = ReviewItem(message_id=self.messages[ref].id, kind=kind, created_at=created_at, closed_at=closed_at,
                         status="closed" if closed_at else "open", due_date=due)
        self.session.add(row)
        self.session.flush()
        return row

    def outbox(self, ref: str | None, status: str, created_at: datetime, *, kind: str = "ack",
               reason: str | None = None) -> OutboxMessage:
        self.uid += 1
        row = OutboxMessage(
            message_id=self.messages[ref].id if ref else None, kind=kind, recipient="someone@example.com",
            mail_message_id=f"<out.{self.uid}@intake.test>", subject="Re: request", body="Thank you.",
            status=status, withheld_reason=reason, created_at=created_at,
            sent_at=created_at + timedelta(minutes=1) if status == "sent" else None,
        )
        self.session.add(row)
        self.session.flush()
        return row


def seed(session) -> None:
    """The scenario; the expected figures in the tests below are worked out from it by hand."""
    s = Seeder(session)
    review_mkt = {"review": True, "proposed": [MKT]}

    # Week 2026-W47, customercare.
    s.message("M1", ct(11, 16, 9), decisions=(bot(MKT),))
    s.action("M1", MKT, "done", ct(11, 18, 15))                                   # 2 bd, 54 h
    s.outbox("M1", "sent", ct(11, 16, 9, 1))
    s.message("M2", ct(11, 17, 10), decisions=(bot(MKT, CAT, entities={"name": "Maria García"}),))
    s.action("M2", MKT, "done", ct(11, 17, 11))                                   # 0 bd, 1 h
    s.action("M2", CAT, "done", ct(11, 17, 11))                                   # 0 bd, 1 h
    s.outbox("M2", "sent", ct(11, 17, 10, 1))
    s.message("M3", ct(11, 18, 8), status="question", decisions=(bot(Q),))
    s.review("M3", "question", ct(11, 18, 8))                                     # 4.7 days old
    s.outbox("M3", "sent", ct(11, 18, 8, 1))
    s.message("M4", ct(11, 18, 12), status="automated",
              decisions=(bot(automated=True),))
    s.outbox("M4", "withheld", ct(11, 18, 12, 1), reason="automated")
    s.message("M5", ct(11, 19, 9), status="review", decisions=(bot(**review_mkt),))
    s.review("M5", "decision", ct(11, 19, 9), due=date(2026, 12, 4))             # 3.6 days old, due later
    s.message("M6", ct(11, 20, 15), decisions=(bot(**review_mkt), staff("alice", MKT, at=ct(11, 20, 17))))
    s.review("M6", "decision", ct(11, 20, 15), closed_at=ct(11, 20, 17), due=date(2026, 12, 7))
    s.action("M6", MKT, "done", ct(11, 20, 17))                                   # 0 bd, 2 h
    s.outbox("M6", "sent", ct(11, 20, 17, 1))
    s.message("M7", ct(11, 21, 10), status="shunted")
    s.message("M8", ct(11, 22, 20), decisions=(bot(CAT),))                        # Sunday night = Monday UTC
    s.action("M8", CAT, "done", ct(11, 22, 23))                                   # 0 bd, 3 h
    s.outbox("M8", "failed", ct(11, 22, 20, 1))
    s.message("M9", ct(11, 22, 18), status="question", decisions=(bot(MKT, Q),))
    s.action("M9", MKT, "already_suppressed", ct(11, 22, 18, 30))                 # 0 bd, 0.5 h
    s.review("M9", "question", ct(11, 22, 18))                                    # 6 hours old
    s.outbox("M9", "pending", ct(11, 22, 18, 1))

    # Week 2026-W47, powerhousecatalog.
    box = "powerhousecatalog"
    s.message("P1", ct(11, 16, 11), mailbox=box, decisions=(bot(CAT),))
    s.action("P1", CAT, "pending")                                                # due Dec 8
    s.outbox("P1", "sent", ct(11, 16, 11, 1))
    s.message("P2", ct(11, 17, 13), mailbox=box, status="automated",
              decisions=(bot(automated=True, loop=True),))
    s.message("P3", ct(11, 18, 9), mailbox=box, decisions=(bot(MKT), staff("bob", CAT, at=ct(11, 19, 10))))
    s.action("P3", MKT, "cancelled")
    s.action("P3", CAT, "done", ct(11, 19, 10))                                   # 1 bd, 25 h
    s.outbox("P3", "withheld", ct(11, 18, 9, 1), reason="capped")
    s.message("P4", ct(11, 19, 14), mailbox=box, status="duplicate", decisions=(bot(MKT),))
    s.message("P5", ct(11, 20, 8), mailbox=box, status="received")
    s.message("P6", ct(11, 21, 9), mailbox=box, status="question", decisions=(bot(Q),))
    s.review("P6", "question", ct(11, 21, 9))                                     # 1.6 days old
    s.outbox("P6", "withheld", ct(11, 21, 9, 1), reason="backfill")
    s.message("P7", ct(11, 22, 14), mailbox=box, status="no_action", decisions=(bot(evidence={"gate": "odd"}),))
    s.outbox("P7", "withheld", ct(11, 22, 14, 1), reason="shadow")
    s.outbox(None, "sent", ct(11, 19, 12), kind="reply")                         # not an acknowledgement
    s.outbox(None, "sent", ct(11, 16, 7), kind="report")                         # not an acknowledgement

    # Earlier weeks.
    s.message("E0", ct(11, 2, 9), decisions=(bot(MKT),))                          # W45
    s.action("E0", MKT, "done", ct(11, 18, 10))                                   # due Nov 17: late, 11 bd, 385 h
    s.message("E1", ct(11, 2, 10), decisions=(bot(MKT, entities={"name": "Tom & Jerry <Smith>"}),))
    s.action("E1", MKT, "pending")                                                # due Nov 17: overdue
    s.message("E2", ct(11, 9, 10), decisions=(bot(MKT),))                         # W46
    s.action("E2", MKT, "pending")                                                # due Nov 24
    s.outbox("E2", "sent", ct(11, 9, 10, 1))
    s.message("E3", ct(11, 10, 10), mailbox=box, decisions=(bot(CAT),))
    s.action("E3", CAT, "pending")                                                # due Dec 3
    s.message("E4", ct(11, 11, 12), status="review", decisions=(bot(**review_mkt, entities={"name": "Ana Ruiz"}),))
    s.review("E4", "decision", ct(11, 11, 12), due=date(2026, 11, 25))           # 11.5 days old
    s.message("E5", ct(11, 13, 9), status="question", decisions=(bot(Q),))
    s.review("E5", "question", ct(11, 13, 9), closed_at=ct(11, 17, 10))
    s.message("E6", ct(11, 12, 9), mailbox=box, status="question", decisions=(bot(Q),))
    s.review("E6", "question", ct(11, 12, 9), closed_at=ct(11, 23, 5))           # closed after the week
    s.message("E7", ct(11, 9, 11), decisions=(bot(MKT, entities={"name": "Lee Chen"}),))
    s.action("E7", MKT, "done", ct(11, 23, 5))                                    # in force only after the week
    s.message("E8", ct(11, 9, 12), decisions=(bot(MKT),))
    s.action("E8", MKT, "shadow")
    s.message("OLD1", ct(9, 2, 10), decisions=(bot(MKT),))                        # W36: the first trend week
    s.action("OLD1", MKT, "done", ct(9, 2, 11))
    s.message("OLD0", ct(8, 26, 10), decisions=(bot(MKT),))                       # W35: before the trend
    s.action("OLD0", MKT, "done", ct(8, 26, 11))

    # After the week (Monday morning, before the report runs).
    s.message("N1", ct(11, 23, 3), status="question", decisions=(bot(Q),))
    s.review("N1", "question", ct(11, 23, 3))
    s.outbox("N1", "sent", ct(11, 23, 3, 1))


@pytest.fixture
def seeded(sessions):
    with transaction(sessions) as session:
        seed(session)
    return sessions


def build(sessions, week: str | None = None, now: datetime = NOW, settings: Settings | None = None) -> dict:
    with transaction(sessions) as session:
        return report.build_weekly(session, week, settings=settings or make_settings(), now=now)


def zero_outcomes(**counts: int) -> dict[str, int]:
    return {**dict.fromkeys(report.outcomes_for(Settings(source="test").catalogue), 0), **counts}


# --- weeks -----------------------------------------------------------------------------------------------------


def test_week_bounds_are_local_midnights():
    week = report.parse_week("2026-W47", TZ_NAME)
    assert (week.start, week.end) == (ct(11, 16, 0), ct(11, 23, 0))
    assert week.start.isoformat() == "2026-11-16T06:00:00+00:00"
    summer = report.parse_week("2026-W27", TZ_NAME)  # CDT, UTC-5
    assert summer.start.isoformat() == "2026-06-29T05:00:00+00:00"


def test_default_week_is_the_last_complete_week_in_the_time_zone():
    # Monday 05:59 UTC is still Sunday night in Chicago: week 47 is not complete yet.
    assert report.default_week(datetime(2026, 11, 23, 5, 59, tzinfo=timezone.utc), TZ_NAME) == "2026-W46"
    assert report.default_week(datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc), TZ_NAME) == "2026-W47"
    assert report.default_week(datetime(2027, 1, 4, 12, tzinfo=timezone.utc), TZ_NAME) == "2026-W53"


@pytest.mark.parametrize("bad", ["2026-47", "2026-W7", "W47", "2025-W53", "2026-W00", "2026-W54", ""])
def test_bad_week_strings_are_refused(bad):
    with pytest.raises(ValueError):
        report.parse_week(bad, TZ_NAME)


# --- the figures -----------------------------------------------------------------------------------------------


def test_header_and_message_figures(seeded):
    data = build(seeded)
    assert data["week"] == "2026-W47"
    assert (data["start"], data["end"], data["timezone"]) == ("2026-11-16", "2026-11-22", TZ_NAME)
    assert data["as_of"] == AS_OF.isoformat() and data["generated_at"] == NOW.isoformat()
    assert data["received"] == 16
    assert data["duplicates"] == 1
    assert data["by_mailbox"] == {
        "customercare": {"received": 9, "duplicates": 0, "outcomes": zero_outcomes(
            marketing_opt_out=4, catalog_share_opt_out=2, question=2, automated=1, review=1, shunted=1)},
        "powerhousecatalog": {"received": 7, "duplicates": 1, "outcomes": zero_outcomes(
            catalog_share_opt_out=2, question=1, automated=1, no_action=1, pending=1)},
    }
    assert data["outcomes"] == zero_outcomes(marketing_opt_out=4, catalog_share_opt_out=4, question=3, automated=2,
                                             review=1, shunted=1, no_action=1, pending=1)
    assert data["loops_prevented"] == 1


def test_automation_and_override_rates(seeded):
    data = build(seeded)
    # Human mail: M1 M2 M3 M5 M6 M8 M9 P1 P3 P6 P7; the bot alone: all but M5 (review), M6 and P3 (staff).
    assert data["automation"] == {"human": 11, "bot_decided": 8, "staff_decided": 2, "awaiting_review": 1}
    assert data["automation_rate"] == round(8 / 11, 4) == 0.7273
    # Decided by the bot: every message but the shunted M7, the duplicate P4 and the undecided P5.
    assert data["overrides"] == {
        "bot_classified": 13,
        "overridden": 2,
        "pairs": [
            {"bot": [MKT], "staff": [CAT], "count": 1},
            {"bot": ["review"], "staff": [MKT], "count": 1},
        ],
    }
    assert data["override_rate"] == round(2 / 13, 4) == 0.1538


def test_time_to_action(seeded):
    tta = build(seeded)["time_to_action"]
    # In force this week: M1 54h/2bd, M2 1h/0, M6 2h/0, M9 0.5h/0 and E0 385h/11bd (late), all marketing.
    assert tta[MKT] == {
        "legal_business_days": 10, "received": 4, "in_force": 5, "within_deadline": 4, "late": 1,
        "open": 3,  # E1, E2, and E7 (in force only after the week); E8 is shadow
        "shadow": 0, "cancelled": 1,
        "business_days": {"median": 0, "p90": 11, "max": 11},
        "hours": {"median": 2.0, "p90": 385.0, "max": 385.0},
    }
    # M2 1h/0, M8 3h/0 (Sunday 20:00 to 23:00), P3 25h/1bd; P1 and E3 open.
    assert tta[CAT] == {
        "legal_business_days": 15, "received": 4, "in_force": 3, "within_deadline": 3, "late": 0, "open": 2,
        "shadow": 0, "cancelled": 0,
        "business_days": {"median": 0, "p90": 1, "max": 1},
        "hours": {"median": 3.0, "p90": 25.0, "max": 25.0},
    }
    assert tta["all"] == {
        "legal_business_days": None, "received": 8, "in_force": 8, "within_deadline": 7, "late": 1, "open": 5,
        "shadow": 0, "cancelled": 1,
        "business_days": {"median": 0, "p90": 11, "max": 11},
        "hours": {"median": 2.5, "p90": 385.0, "max": 385.0},
    }


def test_overdue_and_due_soon_requests(seeded):
    overdue = build(seeded)["overdue"]
    assert overdue == [
        {"reference": "PR-E1", "name": "Tom & Jerry <Smith>", "mailbox": "customercare", "kind": MKT,
         "proposed": [], "status": "pending", "received_at": ct(11, 2, 10).isoformat(),
         "due_date": "2026-11-17", "business_days_left": -4, "overdue": True},
        {"reference": "PR-E2", "name": "e2@example.com", "mailbox": "customercare", "kind": MKT,
         "proposed": [], "status": "pending", "received_at": ct(11, 9, 10).isoformat(),
         "due_date": "2026-11-24", "business_days_left": 1, "overdue": False},
        {"reference": "PR-E7", "name": "Lee Chen", "mailbox": "customercare", "kind": MKT,
         "proposed": [], "status": "pending", "received_at": ct(11, 9, 11).isoformat(),
         "due_date": "2026-11-24", "business_days_left": 1, "overdue": False},
        {"reference": "PR-E4", "name": "Ana Ruiz", "mailbox": "customercare", "kind": "review",
         "proposed": [MKT], "status": "awaiting review", "received_at": ct(11, 11, 12).isoformat(),
         "due_date": "2026-11-25", "business_days_left": 2, "overdue": False},
    ]


def test_review_backlog(seeded):
    assert build(seeded)["review_backlog"] == {
        "open": 6,  # M3 M5 M9 P6 E4, and E6 (closed only after the week); N1 came after it
        "by_kind": {"decision": 2, "question": 4},
        "age": {"under_1_day": 1, "1_to_3_days": 1, "3_to_7_days": 2, "over_7_days": 2},
        "oldest": {"reference": "PR-E4", "name": "Ana Ruiz", "mailbox": "customercare", "kind": "decision",
                   "created_at": ct(11, 11, 12).isoformat(), "age_days": 11.5, "due_date": "2026-11-25"},
        "opened_in_week": 5,  # M3 M5 M6 M9 P6
        "closed_in_week": 2,  # M6, E5
    }


def test_acknowledgements(seeded):
    assert build(seeded)["acks"] == {
        "sent": 5, "failed": 1, "withheld": 4, "pending": 1,
        "withheld_by_reason": {"automated": 1, "capped": 1, "backfill": 1, "shadow": 1},
    }


def test_trend(seeded):
    trend = build(seeded)["trend"]
    assert [p["week"] for p in trend] == [f"2026-W{n}" for n in range(36, 48)]
    by_week = {p["week"]: p for p in trend}
    assert by_week["2026-W36"]["outcomes"] == zero_outcomes(marketing_opt_out=1)
    assert by_week["2026-W45"]["outcomes"] == zero_outcomes(marketing_opt_out=2)
    assert by_week["2026-W46"]["outcomes"] == zero_outcomes(marketing_opt_out=3, catalog_share_opt_out=1,
                                                            question=2, review=1)
    assert by_week["2026-W47"]["outcomes"] == build(seeded)["outcomes"]
    quiet = [p for p in trend if p["week"] not in ("2026-W36", "2026-W45", "2026-W46", "2026-W47")]
    assert all(p["outcomes"] == zero_outcomes() for p in quiet)
    assert [p["review_backlog"] for p in trend] == [0] * 10 + [3, 6]
    # Human mail once per message: M2 and M9 ask for two things each ("several"); machine, shunted, duplicate
    # and undecided mail are not human mail.
    human = {name: 0 for name in (MKT, CAT, Q, "several", "review", "no_action")}
    assert by_week["2026-W47"]["human_mail"] == {**human, MKT: 2, CAT: 3, Q: 2, "several": 2, "review": 1,
                                                 "no_action": 1}
    assert by_week["2026-W46"]["human_mail"] == {**human, MKT: 3, CAT: 1, Q: 2, "review": 1}


def test_the_charts_totals_are_the_tables_human_mail(seeded):
    """The figure above each bar is that week's human mail, which the automation table shows."""
    from intake.report.chart import bar_totals

    data = build(seeded)
    totals = bar_totals(data["trend"])
    assert totals[-1] == data["automation"]["human"] == 11
    assert totals[-2] == build(seeded, "2026-W46")["automation"]["human"] == 7
    assert totals[0] == build(seeded, "2026-W36")["automation"]["human"] == 1
    html = report.render_html(data, report.trend_chart(data["trend"], data["kinds"]))
    row = re.search(r'<tr class="total" id="human-mail"><td>([^<]*)</td><td class="n">(\d+)</td></tr>', html)
    assert row and "chart" in row.group(1) and int(row.group(2)) == totals[-1]


def test_one_figure_is_called_decided_by_the_bot(seeded):
    data = build(seeded)
    html = report.render_html(data, None)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).lower()
    assert text.count("decided by the bot") == 1
    assert "decided by the bot alone 8" in text  # the automation rate's 8 of 11
    assert "classified by the bot (all mail) 13" in text  # the override rate's base, named apart
    assert "bot_decided" in data["automation"] and "bot_decided" not in data["overrides"]


def test_a_past_week_rebuilt_later_shows_the_same_figures(seeded):
    first = build(seeded)
    later = build(seeded, "2026-W47", now=ct(12, 15, 9))
    assert {**later, "generated_at": None} == {**first, "generated_at": None}


def test_a_week_in_progress_is_reported_as_of_now(seeded):
    data = build(seeded, "2026-W47", now=ct(11, 19, 12))
    assert data["as_of"] == ct(11, 19, 12).isoformat()
    assert data["received"] == 8  # M1-M5, P1-P3
    assert data["time_to_action"][MKT]["in_force"] == 3  # M2 (Tue), E0 and M1 (Wed)
    assert data["review_backlog"]["open"] == 4  # M3 M5 E4 E6 (E5 was closed on Tuesday)


# --- empty database --------------------------------------------------------------------------------------------


def test_an_empty_database_gives_a_short_valid_report(sessions):
    settings = make_settings()
    data = build(sessions)
    json.dumps(data)  # JSON-able as stored
    assert data["week"] == "2026-W47" and data["received"] == 0 and data["duplicates"] == 0
    assert data["outcomes"] == zero_outcomes()
    assert data["by_mailbox"] == {name: {"received": 0, "duplicates": 0, "outcomes": zero_outcomes()}
                                  for name in ("customercare", "powerhousecatalog")}
    assert data["automation_rate"] is None and data["override_rate"] is None
    assert data["overdue"] == [] and data["loops_prevented"] == 0
    assert data["review_backlog"]["open"] == 0 and data["review_backlog"]["oldest"] is None
    assert data["acks"] == {"sent": 0, "failed": 0, "withheld": 0, "pending": 0,
                            "withheld_by_reason": {"automated": 0, "capped": 0, "backfill": 0, "shadow": 0}}
    assert data["time_to_action"]["all"]["hours"] == {"median": None, "p90": None, "max": None}
    assert len(data["trend"]) == 12 and all(p["outcomes"] == zero_outcomes() for p in data["trend"])
    with transaction(sessions) as session:
        chart = report.chart_png(session, None, settings, now=NOW)
        text = report.render_csv(session, None, settings, now=NOW)
    assert chart.startswith(PNG_MAGIC)
    assert text.splitlines() == [",".join(report.CSV_COLUMNS)]
    html = report.render_html(data, chart)
    assert "No mail arrived in the privacy mailboxes this week, and no request or review item is open." in html
    assert "<section" not in html and "<img" not in html  # short: nothing to tabulate, nothing to chart
    assert report.text_summary(data).startswith("Privacy requests weekly report 2026-W47 (Nov 16–22, 2026)")


# --- presentation ----------------------------------------------------------------------------------------------


def test_html_embeds_the_chart_and_escapes_what_came_from_mail(seeded):
    data = build(seeded)
    with transaction(seeded) as session:
        chart = report.chart_png(session, "2026-W47", make_settings(), now=NOW)
    assert chart == report.trend_chart(data["trend"], data["kinds"])  # same data, same bytes
    html = report.render_html(data, chart)
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(images) == 1
    assert base64.b64decode(images[0]) == chart and chart.startswith(PNG_MAGIC)
    assert "Tom &amp; Jerry &lt;Smith&gt;" in html and "<Smith>" not in html
    for text in ("PR-E1", "Overdue", "Lee Chen", "customercare", "powerhousecatalog", "73%", "15%"):
        assert text in html
    mail = report.render_html(data, chart, chart_src=f"cid:{report.CHART_CID}")
    assert f'src="cid:{report.CHART_CID}"' in mail and "data:image" not in mail


def test_csv_lists_the_weeks_requests(seeded):
    with transaction(seeded) as session:
        Seeder(session, first_uid=1000).message("X1", ct(11, 20, 9), status="question",
                                decisions=(bot(Q, entities={"name": "=HYPERLINK(\"http://evil\")"}),))
    with transaction(seeded) as session:
        text = report.render_csv(session, "2026-W47", make_settings(), now=NOW)
    rows = list(csv.DictReader(io.StringIO(text)))
    keyed = {(r["reference"], r["request"], r["status"]): r for r in rows}
    assert len(rows) == len(keyed) == 17
    assert sorted({r["request"] for r in rows}) == sorted([MKT, CAT, Q, "review", "shunted", "pending"])
    assert keyed[("PR-M1", MKT, "done")] == {
        "reference": "PR-M1", "mailbox": "customercare", "received_at": "2026-11-16 09:00", "name": "",
        "email": "m1@example.com", "request": MKT, "status": "done", "due_date": "2026-12-01",
        "effective_at": "2026-11-18 15:00", "business_days_to_effect": "2", "hours_to_effect": "54.0",
        "within_deadline": "yes"}
    late = keyed[("PR-E0", MKT, "done")]  # received in W45, in force this week, late
    assert (late["due_date"], late["business_days_to_effect"], late["hours_to_effect"], late["within_deadline"]) == \
        ("2026-11-17", "11", "385.0", "no")
    assert keyed[("PR-M8", CAT, "done")]["received_at"] == "2026-11-22 20:00"
    assert keyed[("PR-P3", MKT, "cancelled")]["effective_at"] == ""
    assert keyed[("PR-M2", CAT, "done")]["name"] == "Maria García"
    assert keyed[("PR-M5", "review", "awaiting review")]["due_date"] == "2026-12-04"
    assert ("PR-M3", Q, "open") in keyed and ("PR-M7", "shunted", "awaiting staff") in keyed
    assert ("PR-P5", "pending", "not yet decided") in keyed
    assert keyed[("PR-X1", Q, "open")]["name"] == "'=HYPERLINK(\"http://evil\")"  # no formula in Excel


def test_store_inserts_then_replaces(sessions):
    with transaction(sessions) as session:
        report.store(session, "2026-W47", {"week": "2026-W47", "v": 1}, "<p>one</p>")
    with transaction(sessions) as session:
        report.store(session, "2026-W47", {"week": "2026-W47", "v": 2}, "<p>two</p>")
    with transaction(sessions) as session:
        rows = session.scalars(select(WeeklyReport)).all()
    assert [(r.week, r.data["v"], r.html) for r in rows] == [("2026-W47", 2, "<p>two</p>")]


# --- sending ---------------------------------------------------------------------------------------------------

RECIPIENTS = ("cco@alliant-energy.com", "privacy-team@alliant-energy.com")


def report_mails(sessions) -> list[OutboxMessage]:
    with transaction(sessions) as session:
        return list(session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "report", OutboxMessage.subject.contains("2026-W47")).order_by(OutboxMessage.id)))


def test_weekly_job_stores_and_sends_once(seeded):
    settings = make_settings(report=ReportSettings(recipients=RECIPIENTS))
    assert report.run_weekly_job(seeded, settings, now=NOW) == {"week": "2026-W47", "stored": True,
                                                                  "sent_to": list(RECIPIENTS)}
    assert report.run_weekly_job(seeded, settings, now=NOW + timedelta(hours=1)) == {
        "week": "2026-W47", "stored": False, "sent_to": []}
    with transaction(seeded) as session:
        stored = session.scalars(select(WeeklyReport)).all()
    assert len(stored) == 1 and stored[0].week == "2026-W47"
    assert stored[0].data == build(seeded) and "data:image/png;base64," in stored[0].html
    mails = report_mails(seeded)
    assert [m.recipient for m in mails] == list(RECIPIENTS)
    for mail in mails:
        assert mail.status == "pending"
        assert mail.subject == "Privacy requests weekly report 2026-W47 (Nov 16–22, 2026)"
        assert "Received: 16 (customercare: 9, powerhousecatalog: 7)" in mail.body
        assert "data:image" not in mail.html  # mail clients block data: URIs
    # A recipient added later gets the report on the next run; the others do not get it twice.
    more = make_settings(report=ReportSettings(recipients=(*RECIPIENTS, "auditor@alliant-energy.com")))
    assert report.run_weekly_job(seeded, more, now=NOW + timedelta(hours=2))["sent_to"] == [
        "auditor@alliant-energy.com"]
    assert len(report_mails(seeded)) == 3


def test_the_report_mail_builds_with_its_csv_and_chart(seeded):
    settings = make_settings(report=ReportSettings(recipients=RECIPIENTS[:1]))
    report.run_weekly_job(seeded, settings, now=NOW)
    row = report_mails(seeded)[0]
    email = outgoing.build_email(settings=settings, recipient=row.recipient, subject=row.subject, body=row.body,
                            headers=row.headers, mail_message_id=row.mail_message_id, date=NOW, html=row.html,
                            attachments=row.attachments)
    parsed = message_from_bytes(email.as_bytes(), policy=policy.default)
    assert parsed["Auto-Submitted"] == "auto-generated"
    parts = {part.get_filename() or part.get_content_type(): part for part in parsed.walk()}
    table = parts["privacy-requests-2026-W47.csv"].get_payload(decode=True).decode("utf-8-sig")
    assert table.splitlines()[0] == ",".join(report.CSV_COLUMNS) and len(table.splitlines()) == 17
    html = parts["text/html"].get_content()
    assert f"cid:{report.CHART_CID}" in html
    chart = parts[report.CHART_FILENAME]
    assert chart["Content-ID"] == f"<{report.CHART_CID}>" and chart.get_content().startswith(PNG_MAGIC)
    assert chart.get_content_disposition() != "attachment"  # shown in the HTML, not offered as a file


def test_shadow_mode_withholds_the_report(seeded):
    settings = make_settings(mode="shadow", report=ReportSettings(recipients=RECIPIENTS[:1]))
    report.run_weekly_job(seeded, settings, now=NOW)
    assert [(m.status, m.withheld_reason) for m in report_mails(seeded)] == [("withheld", "shadow")]


# --- the command -----------------------------------------------------------------------------------------------


def test_cli_weekly(seeded, db_url, tmp_path):
    config = tmp_path / "intake.toml"
    config.write_text(f"timezone = '{TZ_NAME}'\n[database]\nurl = '{db_url}'\n"
                      f"[report]\nrecipients = ['{RECIPIENTS[0]}']\n", encoding="utf-8")
    runner, env = CliRunner(), {"INTAKE_CONFIG": str(config)}

    out = tmp_path / "w47.json"
    result = runner.invoke(report_group, ["weekly", "--week", "2026-W47", "--format", "json", "--out", str(out)],
                           env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["week"], data["received"], data["outcomes"]) == ("2026-W47", 16, build(seeded)["outcomes"])

    out = tmp_path / "w47.csv"
    result = runner.invoke(report_group, ["weekly", "--week", "2026-W47", "--format", "csv", "--out", str(out)],
                           env=env)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and len(out.read_text("utf-8-sig").splitlines()) == 17

    result = runner.invoke(report_group, ["weekly", "--week", "2026-W47", "--send"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!doctype html>")
    assert f"report 2026-W47 queued for {RECIPIENTS[0]}" in result.stderr
    assert [m.recipient for m in report_mails(seeded)] == [RECIPIENTS[0]]

    result = runner.invoke(report_group, ["weekly", "--week", "2025-W53"], env=env)
    assert result.exit_code == 2 and "2025 has no week 53" in result.output


# --- the page in a browser -------------------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
def test_report_page_in_chromium(tmp_path):
    """Renders the seeded report in headless Chromium, checks the chart is decoded and shown, and leaves a
    screenshot and a print PDF in test-output/ for a person to look at."""
    if not CHROMIUM.exists():
        if require_servers():
            pytest.fail(f"{CHROMIUM} is missing but INTAKE_TEST_REQUIRE_SERVERS=1")
        pytest.skip(f"browser test needs {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    engine = make_engine(f"sqlite:///{tmp_path / 'report.db'}")
    upgrade(engine)
    sessions = session_factory(engine)
    pages = {"weekly-report-empty": build(sessions)}
    with transaction(sessions) as session:
        seed(session)
    pages["weekly-report"] = build(sessions)
    engine.dispose()
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--headless", "--no-sandbox", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport={"width": 700, "height": 1000})
            for name, data in pages.items():
                html = report.render_html(data, report.trend_chart(data["trend"], data["kinds"]))
                (OUTPUT / f"{name}.html").write_text(html, encoding="utf-8")
                page.set_content(html, wait_until="load")
                assert page.title() == "Privacy requests weekly report 2026-W47"
                if name == "weekly-report":
                    size = page.eval_on_selector("img", "img => [img.complete, img.naturalWidth, img.clientWidth]")
                    assert size[0] and size[1] == 960 and size[2] > 600  # decoded and laid out at page width
                    # A 700-px page: the acknowledgements table (and every other) fits without scrolling.
                    assert page.eval_on_selector("#acks", "t => t.scrollWidth") <= 700
                    widths = page.eval_on_selector_all("table", "ts => ts.map(t => t.scrollWidth)")
                    assert max(widths) <= 700, widths
                    assert page.evaluate("document.documentElement.scrollWidth") <= 700
                    page.pdf(path=str(OUTPUT / f"{name}.pdf"), format="Letter", print_background=True)
                page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
                assert (OUTPUT / f"{name}.png").read_bytes().startswith(PNG_MAGIC)
        finally:
            browser.close()
