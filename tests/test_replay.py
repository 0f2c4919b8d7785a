"""Replay: a changed rule's effect on a seeded database, before it goes live (`intake replay`).

The database is seeded by the real pipeline (Maildir mailboxes, SQLite and PostgreSQL); the candidate rules folder
is a copy of rules/ with one rule added. Replay must list exactly the messages whose decision the rule changes,
with the staff decision beside it where there is one, and write nothing."""

from __future__ import annotations

import json
import mailbox
import shutil
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from intake.act.staff import decide_by_staff
from intake.cli import main
from intake.db import AuditEvent, DecisionRow, ReviewItem
from intake.decide.chain import Decider
from intake.mail.store import MessageStore
from intake.ops.replay import replay
from intake.pipeline import Context, poll_mailbox
from intake.settings import ClassifierSettings, DatabaseSettings, MailboxSettings, Settings, SmtpSettings
from tests.test_pipeline import CC, mail

RULES = Path(__file__).resolve().parent.parent / "rules"
NEW_RULE = """
  - name: want_zero_pitches
    lang: en
    why: "I want zero sales pitches"
    patterns:
      - [{LOWER: zero}, {LOWER: {IN: [sales, marketing]}}, {LEMMA: {IN: [pitch, call, offer]}}]
"""
# A wording no shipped rule has, which the committed model leaves to staff (it was "I want zero sales pitches from
# you, by e-mail or by post." until a model trained on more sets decided that one alone).
PITCHES = mail("Ada Kim <ada@example.net>", CC, "pitches", "zero sales pitches please", "r-pitch@example.net")
PITCHES_TOO = mail("Bo Lund <bo@example.net>", CC, "enough", "Zero sales pitches from now on, thank you.",
                   "r-pitch2@example.net")
PLAIN = mail("Cy Park <cy@example.net>", CC, "ads", "Please stop sending me advertising.", "r-plain@example.net")


@pytest.fixture(scope="module")
def decider():
    return Decider.load(Settings(source="test"))


@pytest.fixture
def candidate(tmp_path) -> Path:
    rules = tmp_path / "candidate-rules"
    shutil.copytree(RULES, rules)
    with (rules / "marketing_opt_out.yml").open("a", encoding="utf-8") as f:
        f.write(NEW_RULE)
    return rules


@pytest.fixture
def seeded(tmp_path, db_url, sessions, decider) -> Settings:
    box = MailboxSettings(name="customercare", address=CC, maildir=tmp_path / "customercare")
    settings = Settings(source="test", database=DatabaseSettings(url=db_url), mailboxes=(box,),
                        smtp=SmtpSettings(pickup_dir=tmp_path / "out"))
    for raw in (PITCHES, PITCHES_TOO, PLAIN):
        mailbox.Maildir(box.maildir, create=True).add(raw)
    poll_mailbox(box, Context(settings=settings, sessions=sessions, classifier=decider))
    with sessions.begin() as session:  # staff already decided the second one
        item = session.scalars(select(ReviewItem).order_by(ReviewItem.id)).all()[1]
        decide_by_staff(session, item.id, labels=["marketing_opt_out"], verdict="labels", note=None, user="alice",
                        settings=settings, now=datetime.now(timezone.utc))
    return settings


def _row_counts(sessions) -> tuple[int, int]:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(DecisionRow)), \
            s.scalar(select(func.count()).select_from(AuditEvent))


def test_recorded_history_is_unchanged_by_the_same_rules(seeded, sessions, decider):
    result = replay(sessions, MessageStore.of(seeded), decider, since=datetime.now(timezone.utc) - timedelta(days=1))
    assert (result.replayed, result.changes) == (3, [])


def test_a_new_rule_shows_exactly_the_decisions_it_changes(seeded, sessions, candidate):
    before = _row_counts(sessions)
    settings = replace(seeded, classifier=ClassifierSettings(rules_dir=candidate))
    result = replay(sessions, MessageStore.of(settings), Decider.load(settings),
                    since=datetime.now(timezone.utc) - timedelta(days=1))
    assert result.replayed == 3
    assert dict(result.counts) == {("review", "marketing_opt_out"): 2}
    by_sender = {c.sender: c for c in result.changes}
    assert set(by_sender) == {"ada@example.net", "bo@example.net"}
    assert by_sender["ada@example.net"].staff is None
    assert by_sender["bo@example.net"].staff == "marketing_opt_out"
    assert any(h["rule"] == "marketing_opt_out:want_zero_pitches" for h in by_sender["ada@example.net"].rule_hits)
    assert _row_counts(sessions) == before  # replay writes nothing


def test_since_leaves_older_mail_out(seeded, sessions, decider):
    result = replay(sessions, MessageStore.of(seeded), decider, since=datetime.now(timezone.utc) + timedelta(days=1))
    assert result.replayed == 0


def test_the_command_prints_counts_then_each_change_and_json(seeded, candidate, tmp_path):
    config = tmp_path / "intake.toml"
    config.write_text(f"[database]\nurl = '{seeded.database.url}'\n", encoding="utf-8")
    since = (datetime.now(timezone.utc) - timedelta(days=2)).strftime("%Y-%m-%d")
    runner, env = CliRunner(), {"INTAKE_CONFIG": str(config)}

    text = runner.invoke(main, ["replay", "--since", since, "--rules", str(candidate)], env=env)
    assert text.exit_code == 0, text.output
    assert "3 messages" in text.output and "2 would be decided differently" in text.output
    assert "review  ->  marketing_opt_out  (2)" in text.output
    assert "staff decided marketing_opt_out" in text.output and "want_zero_pitches" in text.output

    as_json = runner.invoke(main, ["replay", "--since", since, "--rules", str(candidate), "--json"], env=env)
    data = json.loads(as_json.output)
    assert data["counts"] == [{"before": "review", "after": "marketing_opt_out", "messages": 2}]
    assert sorted(c["sender"] for c in data["changes"]) == ["ada@example.net", "bo@example.net"]

    unchanged = runner.invoke(main, ["replay", "--since", since, "--summary"], env=env)
    assert unchanged.exit_code == 0 and "0 would be decided differently" in unchanged.output


def test_a_channel_limit_is_part_of_the_outcome_replay_compares():
    """A rule change that keeps a channel changes what is suppressed: replay shows it as a change of outcome."""
    from intake.ops.replay import outcome_of_decision
    from intake.settings import Settings
    from intake.values import Decision, Entities

    catalogue = Settings(source="test").catalogue
    base = dict(automated=False, labels=("marketing_opt_out",), review=False, ack_to="a@example.com",
                entities=Entities(), confidence=0.9, reasons=(), language="en", model_version="m")
    assert outcome_of_decision(Decision(**base), catalogue) == "marketing_opt_out"
    assert outcome_of_decision(Decision(**base, keep_channels=("marketing_postal",)), catalogue) == \
        "marketing_opt_out (keeps marketing_postal)"
