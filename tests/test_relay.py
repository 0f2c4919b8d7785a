"""The relay circuit breaker and `intake outbox requeue`, against a real aiosmtpd server that is stopped and
started again, on SQLite and PostgreSQL.

* An outage of three hours (the clock injected) costs no row an attempt and fails none; the round after the relay
  is back sends every row, once.
* A relay that goes away in the middle of a round: the row in hand and the rest are held, not counted.
* One message's trouble (4xx/5xx to its DATA) still counts against that row only, and leaves the breaker closed.
* `intake run`: while the relay is down /healthz says "degraded" (503), /metrics shows the breaker, the oldest
  pending acknowledgement and the errors by kind; within a minute of the relay's return everything is sent once.
* `intake outbox requeue [--failed-since]` puts failed rows back, leaves "unknown" ones, and audits who, when,
  how many.
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError

from intake.db import AuditEvent, OutboxMessage, transaction
from intake.send import outbox
from intake.send.breaker import RelayBreaker
from intake.send.outbox import SendResult, send_due
from intake.send.requeue import requeue_failed
from intake.settings import Settings, SmtpSettings
from tests.test_crash import all_rows, human_mail, intake_cli, write_config
from tests.test_daemon import _http, _wait_until, _web_port, daemons  # noqa: F401 - daemons is a fixture
from tests.test_outbox import NOW, actions, delivered_ids, queue, rows


@pytest.fixture
def settings(smtp_server) -> Settings:
    smtp = SmtpSettings(host=smtp_server.host, port=smtp_server.port, security="none", timeout=5,
                        max_attempts=3, retry_base_seconds=60, probe_seconds=10)
    return Settings(source="test", smtp=smtp)


def test_three_hour_outage_costs_no_attempt_and_all_go_when_it_ends(sessions, settings, smtp_server):
    queue(sessions, settings, 5)
    breaker = RelayBreaker(settings.smtp.probe_seconds)
    smtp_server.stop()
    assert send_due(sessions, settings, now=NOW, breaker=breaker) == SendResult(held=5)
    assert breaker.is_open and breaker.state().kind == "connect"

    # The daemon's outbox job runs every 15 s; a minute apart is enough to show nothing is claimed or counted.
    when = NOW
    while when < NOW + timedelta(hours=3):
        when += timedelta(minutes=1)
        assert send_due(sessions, settings, now=when, breaker=breaker) == SendResult()
    probes = breaker.state().errors["connect"]
    assert probes == 1 + 180  # the round that opened it, then one failed probe per round
    assert send_due(sessions, settings, now=when + timedelta(seconds=5), breaker=breaker) == SendResult()
    assert breaker.state().errors["connect"] == probes  # within probe_seconds of the last probe: no probe at all
    assert [(r.status, r.attempts) for r in rows(sessions)] == [("pending", 0)] * 5
    assert smtp_server.messages == []

    smtp_server.start()
    back = when + timedelta(seconds=15)
    assert send_due(sessions, settings, now=back, breaker=breaker) == SendResult(sent=5)
    assert not breaker.is_open
    assert [(r.status, r.attempts, r.sent_at) for r in rows(sessions)] == [("sent", 1, back)] * 5
    assert sorted(delivered_ids(smtp_server)) == sorted(r.mail_message_id for r in rows(sessions))
    assert send_due(sessions, settings, now=back + timedelta(days=1), breaker=breaker) == SendResult()
    assert len(smtp_server.messages) == 5 and "ack_failed" not in actions(sessions)


def test_relay_gone_in_the_middle_of_a_round_holds_the_rest(sessions, settings, smtp_server, monkeypatch):
    queue(sessions, settings, 4)
    handed = []

    def stop_at_second_data(stage: str) -> None:
        if stage == "handed":
            handed.append(stage)
            if len(handed) == 2:
                smtp_server.stop()  # the marker of row 2 is committed; its DATA meets a closed relay

    monkeypatch.setattr(outbox, "_stage_hook", stop_at_second_data)
    breaker = RelayBreaker(settings.smtp.probe_seconds)
    assert send_due(sessions, settings, now=NOW, breaker=breaker) == SendResult(sent=1, held=3)
    assert [(r.status, r.attempts) for r in rows(sessions)] == [("sent", 1)] + [("pending", 0)] * 3
    assert breaker.is_open

    monkeypatch.setattr(outbox, "_stage_hook", None)
    smtp_server.start()
    assert send_due(sessions, settings, now=NOW + timedelta(seconds=15), breaker=breaker) == SendResult(sent=3)
    assert len(delivered_ids(smtp_server)) == len(set(delivered_ids(smtp_server))) == 4


def test_one_messages_trouble_counts_against_that_row_only(sessions, settings, smtp_server):
    queue(sessions, settings, 4)
    smtp_server.fail_next(1, "451 4.2.0 mailbox busy", after=1)
    smtp_server.fail_next(1, "550 5.1.1 no such user")
    breaker = RelayBreaker(settings.smtp.probe_seconds)
    assert send_due(sessions, settings, now=NOW, breaker=breaker) == SendResult(sent=2, retried=1, failed=1)
    assert not breaker.is_open
    assert breaker.state().errors == {"message": 2}
    assert [(r.status, r.attempts) for r in rows(sessions)] == [("sent", 1), ("pending", 1), ("failed", 1),
                                                                ("sent", 1)]
    assert rows(sessions)[1].next_attempt_at == NOW + timedelta(seconds=60)  # its own backoff, as before


def test_a_refused_sender_opens_the_breaker_and_a_probe_closes_it(sessions, smtp_tls_servers):
    """A plain connection to a STARTTLS-only relay: MAIL FROM gets 530, for every row alike."""
    server = smtp_tls_servers.starttls
    smtp = SmtpSettings(host=server.host, port=server.port, security="none", timeout=5, probe_seconds=10)
    settings = Settings(source="test", smtp=smtp)
    queue(sessions, settings, 2)
    breaker = RelayBreaker(10)
    assert send_due(sessions, settings, now=NOW, breaker=breaker) == SendResult(held=2)
    assert breaker.state().kind == "sender" and "530" in breaker.state().reason
    assert send_due(sessions, settings, now=NOW + timedelta(seconds=10), breaker=breaker) == SendResult()
    assert breaker.state().errors == {"sender": 2}  # the probe tries MAIL FROM too
    assert [(r.status, r.attempts) for r in rows(sessions)] == [("pending", 0)] * 2


# --- the daemon: /healthz, /metrics, recovery ---------------------------------------------------------------------


def _acks(db_url: str) -> list[OutboxMessage]:
    try:
        return [r for r in all_rows(db_url, OutboxMessage) if r.kind == "ack"]
    except (OperationalError, ProgrammingError):  # the daemon has not made the schema yet
        return []


def _metric(text: str, name: str) -> float | None:
    for line in text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{") and line.split(" ")[0] == name:
            return float(line.rsplit(" ", 1)[1])
    return None


@pytest.mark.slow
def test_daemon_through_a_relay_outage(tmp_path, imap, smtp_server, db_url, daemons):  # noqa: F811
    smtp_server.stop()
    imap.append_many("customercare", [human_mail(i, tag="relay") for i in (0, 1, 3)])
    config = write_config(tmp_path / "intake.toml", db_url=db_url, imap=imap, smtp=smtp_server, poll_seconds=1)
    daemon = daemons(config, tmp_path / "run.log")
    port = _web_port(config)
    acks = daemon.wait_for(lambda: len(found := _acks(db_url)) == 3 and found, 60, "three acknowledgements queued")

    code, body = _wait_until(lambda: (r := _http(port, "/healthz"))[0] == 503 and r, 30, "/healthz degraded")
    health = json.loads(body)
    assert health["status"] == "degraded" and health["ok"] is False
    assert health["relay"]["state"] == "open" and health["relay"]["kind"] == "connect"
    assert health["mailboxes"] == {"customercare": "ok"} and health["oldest_pending_ack_seconds"] > 0
    _, metrics = _http(port, "/metrics")
    assert _metric(metrics, "intake_relay_breaker_open") == 1.0
    assert _metric(metrics, 'intake_relay_errors_total{kind="connect"}') >= 1
    assert _metric(metrics, "intake_outbox_oldest_pending_ack_seconds") > 0

    # Rounds go on (every 15 s) while the relay is down: still no attempt counted, nothing failed.
    errors = _metric(metrics, 'intake_relay_errors_total{kind="connect"}')
    _wait_until(lambda: _metric(_http(port, "/metrics")[1], 'intake_relay_errors_total{kind="connect"}') > errors,
                40, "another probe")
    assert [(r.status, r.attempts) for r in all_rows(db_url, OutboxMessage)] == [("pending", 0)] * len(acks)

    smtp_server.start()
    back = time.monotonic()
    _wait_until(lambda: len(smtp_server.messages) == 3, 60, "the three acknowledgements")
    assert time.monotonic() - back < 60
    code, body = _wait_until(lambda: (r := _http(port, "/healthz"))[0] == 200 and r, 10, "/healthz ok")
    assert json.loads(body)["status"] == "ok" and json.loads(body)["relay"] == {"state": "closed"}
    assert _metric(_http(port, "/metrics")[1], "intake_relay_breaker_open") == 0.0
    assert daemon.terminate() == 0, daemon.tail()
    assert [(r.status, r.attempts) for r in all_rows(db_url, OutboxMessage)] == [("sent", 1)] * 3
    assert len(set(delivered_ids(smtp_server))) == 3


# --- requeue ------------------------------------------------------------------------------------------------------


def _fail_rows(sessions, settings, smtp_server, n: int, *, now: datetime) -> None:
    smtp_server.fail_next(n, "550 5.7.1 relay policy changed")
    assert send_due(sessions, settings, now=now, limit=n).failed == n


def _mark_unknown(sessions, row_id: int) -> None:
    with transaction(sessions) as session:
        row = session.get(OutboxMessage, row_id)
        row.last_error = "unknown: no answer after the final dot (may have been delivered)"


def test_requeue_puts_failed_rows_back_and_audits_it(sessions, settings, smtp_server):
    queue(sessions, settings, 3)
    _fail_rows(sessions, settings, smtp_server, 3, now=NOW)
    _mark_unknown(sessions, rows(sessions)[2].id)

    done = requeue_failed(sessions, actor="cli:dana", now=NOW + timedelta(hours=1))
    first, second, unknown = rows(sessions)
    assert done.ids == [first.id, second.id] and done.skipped_unknown == [unknown.id]
    assert [(r.status, r.attempts) for r in (first, second, unknown)] == [("pending", 0), ("pending", 0),
                                                                          ("failed", 1)]
    with sessions() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action.in_(
            ("ack_requeued", "outbox_requeued"))).order_by(AuditEvent.id)))
    assert [(e.actor, e.action, e.entity_id) for e in events] == [
        ("cli:dana", "ack_requeued", str(first.id)), ("cli:dana", "ack_requeued", str(second.id)),
        ("cli:dana", "outbox_requeued", None)]
    assert events[0].before["status"] == "failed" and events[0].after == {"status": "pending", "attempts": 0}
    assert events[-1].after["count"] == 2 and events[-1].after["skipped_unknown"] == 1 and events[-1].at

    assert send_due(sessions, settings, now=NOW + timedelta(hours=1)) == SendResult(sent=2)
    assert len(smtp_server.messages) == 2


def test_requeue_failed_since_over_the_command_line(tmp_path, db_url, sessions, settings, smtp_server):
    queue(sessions, settings, 2)
    _fail_rows(sessions, settings, smtp_server, 1, now=NOW)  # one row per round (limit=n): the first fails now
    time.sleep(1.1)
    since = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    time.sleep(1.1)
    _fail_rows(sessions, settings, smtp_server, 1, now=NOW)
    older, recent = rows(sessions)
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n')

    done = intake_cli(config, "outbox", "requeue", "--failed-since", since.isoformat(), "--by", "lee")
    assert done.returncode == 0 and "requeued 1 failed row(s) as cli:lee" in done.stdout, done.stderr
    assert {r.id: r.status for r in rows(sessions)} == {older.id: "failed", recent.id: "pending"}
    everything = intake_cli(config, "outbox", "requeue", "--by", "lee")
    assert "requeued 1 failed row(s)" in everything.stdout, everything.stderr
    assert [r.status for r in rows(sessions)] == ["pending", "pending"]
    with sessions() as session:
        runs = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "outbox_requeued")
                                    .order_by(AuditEvent.id)))
    assert [(e.actor, e.after["count"], e.after["failed_since"]) for e in runs] == [
        ("cli:lee", 1, since.replace(tzinfo=timezone.utc).isoformat()), ("cli:lee", 1, None)]
