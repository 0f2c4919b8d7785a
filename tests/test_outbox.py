"""The outbox sender against a real aiosmtpd server on loopback, on SQLite and on PostgreSQL."""

from __future__ import annotations

import email
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.send import outbox
from intake.send.outgoing import enqueue, plan_ack
from intake.db import AuditEvent, OutboxMessage, transaction
from intake.send.outbox import STALE_AFTER, SendResult, backoff, send_due
from intake.settings import Settings, SmtpSettings
from intake.values import Decision, Entities
from tests.fixtures.smtp import PASSWORD, USERNAME

PROJECT = Path(__file__).resolve().parent.parent
NOW = datetime.now(timezone.utc).replace(microsecond=0)
RETRY = timedelta(seconds=60)


@pytest.fixture
def settings(smtp_server) -> Settings:
    smtp = SmtpSettings(host=smtp_server.host, port=smtp_server.port, security="none", timeout=5,
                        max_attempts=3, retry_base_seconds=60)
    return Settings(source="test", smtp=smtp)


def queue(sessions, settings: Settings, n: int = 1, *, now: datetime = NOW) -> list[int]:
    """n acknowledgements to n different people, pending in the outbox."""
    ids = []
    with transaction(sessions) as session:
        for i in range(n):
            decision = Decision(automated=False, labels=("marketing_opt_out",), review=False,
                                ack_to=f"person{i}@example.com", entities=Entities(), confidence=1.0, reasons=(),
                                language="en", model_version="test")
            draft = plan_ack(decision=decision, mail_subject=f"Stop {i}", mail_message_id=f"<in.{i}@example.com>",
                             mail_references=(), reference=f"PR-2026-11-{i:05d}", received_at=now,
                             settings=settings, language="en")
            ids.append(enqueue(session, draft, message=None, settings=settings, now=now).id)
    return ids


def rows(sessions) -> list[OutboxMessage]:
    with sessions() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def actions(sessions) -> list[str]:
    with sessions() as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def delivered_ids(smtp_server) -> list[str]:
    return [email.message_from_bytes(raw, policy=policy.default)["Message-ID"]
            for _, _, raw in smtp_server.messages]


def test_sends_once(sessions, settings, smtp_server):
    [row_id] = queue(sessions, settings)
    assert send_due(sessions, settings, now=NOW) == SendResult(sent=1, retried=0, failed=0)
    [row] = rows(sessions)
    assert (row.status, row.attempts, row.sent_at, row.last_error) == ("sent", 1, NOW, None)
    [(mail_from, rcpt_tos, raw)] = smtp_server.messages
    assert (mail_from, rcpt_tos) == ("privacy@alliant-energy.com", ["person0@example.com"])
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Message-ID"] == row.mail_message_id
    assert msg["Auto-Submitted"] == "auto-replied" and msg["In-Reply-To"] == "<in.0@example.com>"
    assert "PR-2026-11-00000" in msg.get_content()
    assert actions(sessions) == ["ack_planned", "ack_sent"]

    assert send_due(sessions, settings, now=NOW + timedelta(days=1)) == SendResult()
    assert len(smtp_server.messages) == 1


def test_many_rows_over_one_connection(sessions, settings, smtp_server):
    queue(sessions, settings, 5)
    assert send_due(sessions, settings, now=NOW, limit=3).sent == 3
    assert send_due(sessions, settings, now=NOW, limit=3).sent == 2
    assert len(set(delivered_ids(smtp_server))) == 5


def test_temporary_failure_then_success_later(sessions, settings, smtp_server):
    queue(sessions, settings)
    smtp_server.fail_next(1, "451 4.3.0 try later")
    assert send_due(sessions, settings, now=NOW) == SendResult(retried=1)
    [row] = rows(sessions)
    assert (row.status, row.next_attempt_at) == ("pending", NOW + RETRY)
    assert "451" in row.last_error
    assert send_due(sessions, settings, now=NOW + RETRY - timedelta(seconds=1)) == SendResult()  # not due yet
    assert send_due(sessions, settings, now=NOW + RETRY) == SendResult(sent=1)
    assert len(smtp_server.messages) == 1
    assert rows(sessions)[0].attempts == 2


def test_permanent_failure_fails_at_once(sessions, settings, smtp_server):
    queue(sessions, settings, 3)
    smtp_server.fail_next(1, "550 5.1.1 no such user")
    assert send_due(sessions, settings, now=NOW) == SendResult(sent=2, failed=1)
    first = rows(sessions)[0]
    assert first.status == "failed" and "550" in first.last_error and first.next_attempt_at is None
    assert actions(sessions).count("ack_failed") == 1
    assert send_due(sessions, settings, now=NOW + timedelta(days=1)) == SendResult()
    assert len(smtp_server.messages) == 2


def test_smtp_down_costs_no_attempt_and_is_delivered_once(sessions, settings, smtp_server):
    queue(sessions, settings, 2)
    smtp_server.stop()
    assert send_due(sessions, settings, now=NOW) == SendResult(held=2)
    assert all("cannot connect" in r.last_error and r.attempts == 0 and r.status == "pending"
               and r.next_attempt_at == NOW for r in rows(sessions))
    smtp_server.start()
    assert send_due(sessions, settings, now=NOW + timedelta(seconds=1)) == SendResult(sent=2)
    assert send_due(sessions, settings, now=NOW + 10 * RETRY) == SendResult()
    assert len(smtp_server.messages) == 2


def test_no_answer_after_the_final_dot_is_unknown_and_not_resent(sessions, settings, smtp_server):
    settings = replace(settings, smtp=replace(settings.smtp, timeout=0.5))
    queue(sessions, settings, 2)
    smtp_server.stall_next(2.0)
    assert send_due(sessions, settings, now=NOW) == SendResult(sent=1, failed=1)
    first, second = rows(sessions)
    assert first.status == "failed" and first.last_error.startswith("unknown: no answer after the final dot")
    assert second.status == "sent"
    assert send_due(sessions, settings, now=NOW + timedelta(days=1)) == SendResult()
    assert len(smtp_server.messages) == 2  # the server did take the first one: resending would have doubled it


def test_gives_up_after_max_attempts(sessions, settings, smtp_server):
    queue(sessions, settings)
    smtp_server.fail_next(3, "451 4.2.0 mailbox busy")  # this message's trouble, not the relay's
    when = NOW
    for attempt in (1, 2):
        assert send_due(sessions, settings, now=when) == SendResult(retried=1)
        when += backoff(60, attempt)
    assert send_due(sessions, settings, now=when) == SendResult(failed=1)
    [row] = rows(sessions)
    assert row.status == "failed" and row.attempts == 3 and "gave up after 3 attempts" in row.last_error


def test_withheld_rows_are_never_sent(sessions, settings, smtp_server):
    queue(sessions, replace(settings, mode="shadow"))
    assert send_due(sessions, settings, now=NOW) == SendResult()
    assert rows(sessions)[0].status == "withheld" and smtp_server.messages == []


def test_nothing_configured_sends_nothing(sessions, settings):
    queue(sessions, settings)
    assert send_due(sessions, replace(settings, smtp=SmtpSettings()), now=NOW) == SendResult()
    assert rows(sessions)[0].status == "pending"


def test_backoff_doubles_and_is_capped():
    assert [backoff(60, a).total_seconds() for a in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert backoff(60, 30) == outbox.BACKOFF_CAP


def test_pickup_dir_writes_eml_files(sessions, settings, tmp_path):
    pickup = tmp_path / "pickup"
    settings = replace(settings, smtp=SmtpSettings(pickup_dir=pickup))
    ids = queue(sessions, settings, 2)
    assert send_due(sessions, settings, now=NOW) == SendResult(sent=2)
    files = sorted(pickup.iterdir())
    assert [f.name.split("-")[0] for f in files] == [str(i) for i in ids]
    assert all(f.suffix == ".eml" and not f.name.startswith(".") for f in files)
    msg = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert msg["Message-ID"] == rows(sessions)[0].mail_message_id
    assert b"\r\n" in files[0].read_bytes()
    assert send_due(sessions, settings, now=NOW + timedelta(days=1)) == SendResult()
    assert len(list(pickup.iterdir())) == 2


def test_unwritable_pickup_dir_is_retried(sessions, settings, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    settings = replace(settings, smtp=SmtpSettings(pickup_dir=blocker / "pickup"))
    queue(sessions, settings)
    assert send_due(sessions, settings, now=NOW) == SendResult(retried=1)
    assert "pickup directory" in rows(sessions)[0].last_error


# --- TLS and AUTH ----------------------------------------------------------------------------------------------


def tls_settings(server, security: str, **smtp: object) -> Settings:
    base = dict(host=server.host, port=server.port, security=security, timeout=5, ca_file=server.ca_file,
                username=USERNAME, password=PASSWORD)
    return Settings(source="test", smtp=SmtpSettings(**{**base, **smtp}))


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_with_verified_certificate_and_login(sessions, smtp_tls_servers, security):
    server = getattr(smtp_tls_servers, security)
    settings = tls_settings(server, security)
    queue(sessions, settings)
    assert send_due(sessions, settings, now=NOW) == SendResult(sent=1)
    assert len(server.messages) == 1


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_unverifiable_certificate_is_refused_by_default(sessions, smtp_tls_servers, security):
    server = getattr(smtp_tls_servers, security)
    settings = tls_settings(server, security, ca_file=None)
    queue(sessions, settings)
    assert send_due(sessions, settings, now=NOW) == SendResult(held=1)
    assert "CERTIFICATE_VERIFY_FAILED" in rows(sessions)[0].last_error and rows(sessions)[0].attempts == 0
    assert server.messages == []
    unverified = tls_settings(server, security, ca_file=None, verify_tls=False)
    assert send_due(sessions, unverified, now=NOW + RETRY) == SendResult(sent=1)


def test_wrong_password_is_held_not_failed(sessions, smtp_tls_servers):
    server = smtp_tls_servers.starttls
    settings = tls_settings(server, "starttls", password="wrong")
    queue(sessions, settings)
    assert send_due(sessions, settings, now=NOW) == SendResult(held=1)
    [row] = rows(sessions)
    assert "535" in row.last_error and "(auth)" in row.last_error and (row.status, row.attempts) == ("pending", 0)


def test_plain_connection_to_a_starttls_only_server_is_refused(sessions, smtp_tls_servers):
    server = smtp_tls_servers.starttls
    settings = tls_settings(server, "none", username=None)
    queue(sessions, settings)
    assert send_due(sessions, settings, now=NOW) == SendResult(held=1)
    assert "530" in rows(sessions)[0].last_error and "(sender)" in rows(sessions)[0].last_error


# --- crashes ---------------------------------------------------------------------------------------------------

CRASHING_SENDER = """
import os, signal, sys
from datetime import datetime
from intake.send import outbox
from intake.db import make_engine, session_factory
from intake.settings import Settings, SmtpSettings

url, host, port, stage, now = sys.argv[1:]
outbox._stage_hook = lambda at: os.kill(os.getpid(), signal.SIGKILL) if at == stage else None
settings = Settings(source="crash", smtp=SmtpSettings(host=host, port=int(port), security="none", timeout=5))
outbox.send_due(session_factory(make_engine(url)), settings, now=datetime.fromisoformat(now))
print("not killed")
"""


def crash_sender_at(stage: str, db_url: str, smtp_server) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_SENDER, db_url, smtp_server.host, str(smtp_server.port), stage,
         NOW.isoformat()],
        cwd=PROJECT, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == -9, done.stdout + done.stderr


def test_killed_after_the_server_accepted_never_sends_a_second_ack(sessions, settings, smtp_server, db_url):
    queue(sessions, settings)
    crash_sender_at("accepted", db_url, smtp_server)
    assert len(smtp_server.messages) == 1
    [row] = rows(sessions)
    assert row.status == "sending" and row.last_error.startswith("handed_to_smtp")

    assert send_due(sessions, settings, now=NOW + STALE_AFTER - timedelta(seconds=1)) == SendResult()
    assert send_due(sessions, settings, now=NOW + STALE_AFTER) == SendResult(failed=1)
    [row] = rows(sessions)
    assert row.status == "failed" and row.last_error.startswith("unknown: crashed during send")
    assert actions(sessions) == ["ack_planned", "ack_failed"]
    assert send_due(sessions, settings, now=NOW + timedelta(days=2)) == SendResult()
    assert len(smtp_server.messages) == 1


def test_killed_before_data_is_sent_once_later(sessions, settings, smtp_server, db_url):
    queue(sessions, settings)
    crash_sender_at("claimed", db_url, smtp_server)
    assert smtp_server.messages == [] and rows(sessions)[0].status == "sending"
    assert send_due(sessions, settings, now=NOW + STALE_AFTER) == SendResult(sent=1)
    assert send_due(sessions, settings, now=NOW + timedelta(days=2)) == SendResult()
    assert len(smtp_server.messages) == 1
    assert rows(sessions)[0].attempts == 2


def test_killed_after_marking_is_reported_not_resent(sessions, settings, smtp_server, db_url):
    queue(sessions, settings)
    crash_sender_at("handed", db_url, smtp_server)
    assert send_due(sessions, settings, now=NOW + STALE_AFTER) == SendResult(failed=1)
    assert smtp_server.messages == []
    assert rows(sessions)[0].last_error.startswith("unknown: crashed during send")


def test_a_sender_whose_lease_was_taken_over_cannot_mark_the_row(sessions, settings):
    queue(sessions, settings)
    [stale] = outbox._claim(sessions, NOW, 10, STALE_AFTER)
    later = NOW + STALE_AFTER
    outbox._recover_stale(sessions, settings, later)
    [fresh] = outbox._claim(sessions, later, 10, STALE_AFTER)
    assert fresh.attempts == stale.attempts + 1
    with pytest.raises(outbox._Lost):
        outbox._mark_handed(outbox._Records(sessions), stale, later)
    outbox._mark_handed(outbox._Records(sessions), fresh, later)
    with transaction(sessions) as session:
        assert outbox._record_sent(session, stale, later) == 0
        assert outbox._record_sent(session, fresh, later) == 1


def test_a_takeover_still_records_the_row_accepted_before_it(sessions, settings):
    """A row's "sent" rides on the next row's "handed" commit; losing the next row must not lose that record."""
    queue(sessions, settings, 2)
    first, stale = outbox._claim(sessions, NOW, 10, STALE_AFTER)
    with transaction(sessions) as session:  # another sender takes the second row over
        session.get(OutboxMessage, stale.id).attempts += 1
    records = outbox._Records(sessions)
    outbox._mark_handed(records, first, NOW)
    records.accepted(first, NOW)
    with pytest.raises(outbox._Lost):
        outbox._mark_handed(records, stale, NOW)
    assert [r.status for r in rows(sessions)] == ["sent", "sending"]
    assert records.sent == 1 and actions(sessions).count("ack_sent") == 1
    records.flush()  # nothing left to write
    assert actions(sessions).count("ack_sent") == 1


def test_a_failure_after_an_accepted_row_records_both(sessions, settings, smtp_server):
    queue(sessions, settings, 3)
    smtp_server.fail_next(1, "550 5.1.1 no such user", after=1)
    assert send_due(sessions, settings, now=NOW) == SendResult(sent=2, failed=1)
    assert [r.status for r in rows(sessions)] == ["sent", "failed", "sent"]
    assert sorted(actions(sessions)) == ["ack_failed"] + ["ack_planned"] * 3 + ["ack_sent"] * 2


def test_one_commit_per_acknowledgement(sessions, settings, smtp_server):
    """The "sent" of each row is committed with the next row's "handed" marker: a round of n rows costs n + 3
    commits (recover, claim, n markers, the last "sent"), not 2n + 2."""
    from sqlalchemy import event

    queue(sessions, settings, 6)
    engine = sessions.kw["bind"]
    commits: list[int] = []
    listener = lambda connection: commits.append(1)  # noqa: E731
    event.listen(engine, "commit", listener)
    try:
        assert send_due(sessions, settings, now=NOW) == SendResult(sent=6)
    finally:
        event.remove(engine, "commit", listener)
    assert len(commits) == 6 + 3
    assert all(r.status == "sent" and r.last_error is None for r in rows(sessions))


# --- concurrency -----------------------------------------------------------------------------------------------


def test_concurrent_senders_never_send_a_row_twice(sessions, settings, smtp_server, db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("SKIP LOCKED concurrency is a PostgreSQL matter; SQLite has one writer")
    total = 40
    queue(sessions, settings, total)
    results: list[SendResult] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker() -> None:
        try:
            start.wait()
            while (result := send_due(sessions, settings, now=NOW, limit=3)) != SendResult():
                results.append(result)
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert sum(r.sent for r in results) == total
    ids = delivered_ids(smtp_server)
    assert len(ids) == total and len(set(ids)) == total
    assert {r.status for r in rows(sessions)} == {"sent"}
