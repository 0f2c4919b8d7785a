"""Crashes and outages, against a real Dovecot, a real SMTP server and SQLite and PostgreSQL.

* kill -9 at each stage boundary of a message (after the fetch, after the commit before the move, after the move
  before the bookkeeping) and at each point of the SMTP send (rows claimed, DATA about to start, the server's
  250 not yet recorded), then a restart: every message is recorded exactly once, moved once, and acknowledged at
  most once (exactly once wherever the server cannot have seen it).
* Dovecot restarted in the middle of a batch, SMTP down for a while, the INBOX recreated with a new UIDVALIDITY
  holding the same mail: nothing lost, nothing twice.

The kills run tests/crash_harness.py as a subprocess (what `intake poll --once` builds, plus a SIGKILL of itself
at the N-th stage event); the restart is the real `intake poll --once`.
"""

from __future__ import annotations

import collections
import os
import signal
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from intake.db import AuditEvent, InboundMessage, MailboxState, OutboxMessage, make_engine, session_factory, utcnow

pytestmark = pytest.mark.servers

ROOT = Path(__file__).resolve().parents[1]
HARNESS = ROOT / "tests" / "crash_harness.py"
CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"

# --- shared helpers (tests/test_daemon.py imports them) ---------------------------------------------------------

_TEXTS = [
    ("Please stop the promotions", "Hello,\n\nPlease stop sending me promotional e-mails. Remove me from your "
     "marketing list, thank you.\n\n{name}\n"),
    ("Baja de promociones", "Hola,\n\nPor favor dejen de enviarme correos de promociones. Quiero darme de baja "
     "de su lista.\n\nSaludos,\n{name}\n"),
    ("Question about alerts", "Hi,\n\nIf I unsubscribe from your offers, will I still get outage alerts by "
     "text?\n\n{name}\n"),
    ("No more flyers", "Please stop mailing me flyers and paper advertisements at my home address.\n\n{name}\n"),
]
_NAMES = ["Ann Lee", "Bruno Diaz", "Carla Gomez", "Dev Patel", "Erin Walsh", "Farid Haddad", "Gina Rossi",
          "Hugo Moreno", "Iris Chen", "Jon Berg"]


def human_mail(i: int, to: str = CC, *, tag: str = "t", size: int = 0) -> bytes:
    """A small human request from a sender of its own (acknowledgements are capped per recipient per day)."""
    subject, body = _TEXTS[i % len(_TEXTS)]
    name = f"{_NAMES[i % len(_NAMES)]}"
    first, last = name.lower().split()
    sender = f"{first}.{last}.{tag}{i}@example.com"
    padding = ""
    if size:  # a long signature, to make the message (and its database write) big
        padding = "\n--\n" + "\n".join(f"{name}, {i} Prairie Street, Cedar Rapids IA 5240{i % 10}" for _ in
                                         range(size // 50))
    text = (f"From: {name} <{sender}>\nTo: {to}\nSubject: {subject}\nDate: Tue, 24 Nov 2026 10:00:00 -0600\n"
            f"Message-ID: <{tag}-{i}@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            + body.format(name=name) + padding + "\n")
    return text.replace("\n", "\r\n").encode()


def sender_of(i: int, tag: str = "t") -> str:
    first, last = _NAMES[i % len(_NAMES)].lower().split()
    return f"{first}.{last}.{tag}{i}@example.com"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(path: Path, *, db_url: str, imap, smtp, users=("customercare",), poll_seconds: int = 60,
                 idle: bool = False, web_port: int | None = None, retry_base_seconds: int = 60,
                 passwords: dict[str, str] | None = None, batch_size: int = 200) -> Path:
    passwords = passwords or {}
    text = (f'log_level = "INFO"\n[database]\nurl = "{db_url}"\n\n'
            f'[smtp]\nhost = "{smtp.host}"\nport = {smtp.port}\nsecurity = "none"\n'
            f'from_address = "privacy@alliant-energy.com"\nretry_base_seconds = {retry_base_seconds}\ntimeout = 10\n'
            f'\n[web]\nhost = "127.0.0.1"\nport = {web_port or free_port()}\n')
    for user in users:
        text += (f'\n[[mailbox]]\nname = "{user}"\naddress = "{user}@alliant-energy.com"\nhost = "127.0.0.1"\n'
                 f'port = {imap.port}\nsecurity = "none"\nusername = "{user}"\n'
                 f'password = "{passwords.get(user, imap.password)}"\npoll_seconds = {poll_seconds}\n'
                 f'idle = {"true" if idle else "false"}\nbatch_size = {batch_size}\ntimeout = 10\n')
    path.write_text(text)
    return path


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def intake_cli(config: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "intake", "--config", str(config), *args], cwd=ROOT,
                          capture_output=True, text=True, env=clean_env(), timeout=timeout)


def harness(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HARNESS), *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, env=clean_env(), timeout=timeout)


def all_rows(db_url: str, model):
    """Every row of `model`, in id order, read over a connection of its own."""
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as s:
            return list(s.scalars(select(model).order_by(model.id)))
    finally:
        engine.dispose()


def inbound(db_url: str) -> list[InboundMessage]:
    return all_rows(db_url, InboundMessage)


def outbox_rows(db_url: str) -> list[OutboxMessage]:
    return all_rows(db_url, OutboxMessage)


def received(smtp) -> collections.Counter:
    """How many acknowledgements each recipient got from the SMTP server's point of view."""
    return collections.Counter(r for _frm, rcpts, _raw in list(smtp.messages) for r in rcpts)


def assert_recorded_once(db_url: str, mails: dict[str, list[bytes]]) -> list[InboundMessage]:
    """Every message recorded exactly once (by mailbox and bytes), and nothing else recorded."""
    import hashlib

    rows = inbound(db_url)
    keys = collections.Counter((r.mailbox, r.sha256) for r in rows)
    want = collections.Counter((box, hashlib.sha256(m).hexdigest()) for box, ms in mails.items() for m in ms)
    assert keys == want, f"recorded {sum(keys.values())} rows for {sum(want.values())} messages"
    assert all(r.status not in ("shunted",) for r in rows), [r.error for r in rows if r.status == "shunted"]
    return rows


def assert_moved_once(imap, mails: dict[str, list[bytes]]) -> None:
    for user, ms in mails.items():
        assert imap.fetch_all(user, "INBOX") == []
        done = imap.fetch_all(user, "Processed") + imap.fetch_all(user, "Review")
        assert collections.Counter(done) == collections.Counter(ms)


# --- kill -9 at the stage boundaries -----------------------------------------------------------------------------

N = 4
KILL_AT = 3


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["fetched", "committed", "moved"])
def test_kill_at_stage_boundary_then_restart(stage, tmp_path, imap, smtp_server, db_url):
    mails = [human_mail(i, tag=stage) for i in range(N)]
    uids = imap.append_many("customercare", mails)
    config = write_config(tmp_path / "intake.toml", db_url=db_url, imap=imap, smtp=smtp_server)

    # The fetched batch (one here) is written in one transaction and moved after its commit: "moved" happens once.
    killed = harness("poll", config, "--kill-stage", stage, "--kill-at", 1 if stage == "moved" else KILL_AT)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr

    # What the kill left behind: the third message in hand, the batch's transaction open (nothing of the batch
    # written); or the batch committed, all still in the inbox; or the batch committed and moved, its bookkeeping
    # not done. The outbox never ran.
    rows = inbound(db_url)
    assert len(rows) == {"fetched": 0, "committed": N, "moved": N}[stage]
    in_inbox = len(imap.fetch_all("customercare", "INBOX"))
    assert in_inbox == (0 if stage == "moved" else N)
    assert smtp_server.messages == []

    restart = intake_cli(config, "poll", "--once")
    assert restart.returncode == 0, restart.stdout + restart.stderr

    rows = assert_recorded_once(db_url, {"customercare": mails})
    assert_moved_once(imap, {"customercare": mails})
    assert received(smtp_server) == {sender_of(i, stage): 1 for i in range(N)}
    assert [r.status for r in outbox_rows(db_url)] == ["sent"] * N
    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        state = s.get(MailboxState, "customercare")
        # Killed after the move, before the bookkeeping: the moved batch is never fetched again, so last_uid
        # stays behind it. Harmless: UIDs are never reused, and the next new mail is above them.
        assert state.last_error is None and state.last_uid == (0 if stage == "moved" else uids[-1])
    engine.dispose()
    # Each message's record says where it went, except those killed between the move and that bookkeeping:
    # the restart never sees them again (they are no longer in the inbox), so their moved_to stays empty.
    unmarked = [r.uid for r in rows if r.moved_to is None]
    assert unmarked == (uids if stage == "moved" else [])

    again = intake_cli(config, "poll", "--once")
    assert again.returncode == 0
    assert len(inbound(db_url)) == N and len(smtp_server.messages) == N


@pytest.mark.slow
@pytest.mark.parametrize("point", ["claimed", "handed", "accepted"])
def test_kill_during_smtp_send_then_restart(point, tmp_path, imap, smtp_server, db_url):
    """SIGKILL inside outbox.send_due. Every claimed row is leased for 15 minutes, so the restart leaves them
    alone; once the lease has run out (simulated by ageing it), rows the server cannot have seen are sent once
    and the row killed after its DATA had started becomes "failed" as unknown: never sent twice."""
    from intake.send import outbox
    from intake.settings import load

    mails = [human_mail(i, tag=point) for i in range(N)]
    imap.append_many("customercare", mails)
    config = write_config(tmp_path / "intake.toml", db_url=db_url, imap=imap, smtp=smtp_server)
    kill_at = 1 if point == "claimed" else 2  # "claimed" happens once per round; the others once per row

    killed = harness("poll", config, "--kill-outbox", point, "--kill-at", kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    got = {"claimed": 0, "handed": 1, "accepted": 2}[point]
    assert len(smtp_server.messages) == got
    assert_recorded_once(db_url, {"customercare": mails})
    assert_moved_once(imap, {"customercare": mails})

    restart = intake_cli(config, "poll", "--once")
    assert restart.returncode == 0, restart.stdout + restart.stderr
    assert len(smtp_server.messages) == got  # everything is still leased to the dead sender
    assert len(inbound(db_url)) == N

    engine = make_engine(db_url)
    sessions = session_factory(engine)
    with sessions.begin() as s:  # fifteen minutes later
        s.execute(update(OutboxMessage).where(OutboxMessage.status == "sending")
                  .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    outbox.send_due(sessions, load(config))
    outbox.send_due(sessions, load(config))
    engine.dispose()

    counts = received(smtp_server)
    assert max(counts.values()) == 1
    rows = outbox_rows(db_url)
    statuses = collections.Counter(r.status for r in rows)
    if point == "claimed":
        assert counts == {sender_of(i, point): 1 for i in range(N)} and statuses == {"sent": N}
    else:
        # The second row was being handed over when the process died: maybe delivered ("accepted": it was),
        # so it is reported to staff as unknown and never resent automatically.
        assert statuses == {"sent": N - 1, "failed": 1}
        lost = next(r for r in rows if r.status == "failed")
        assert lost.last_error.startswith("unknown: crashed during send (handed_to_smtp")
        assert lost.recipient == sender_of(1, point)
        expected = {sender_of(i, point): 1 for i in range(N) if point == "accepted" or i != 1}
        assert counts == expected


# --- outages, in-process ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def classifier():
    from intake.decide.chain import Decider
    from intake.settings import Settings

    settings = Settings(source="<test>")
    return Decider.load(settings)


from intake.pipeline import Context  # noqa: E402


def _runtime(config: Path):
    from intake.db import upgrade
    from intake.settings import load

    settings = load(config)
    engine = make_engine(settings.database.url)
    upgrade(engine)
    return settings, engine, session_factory(engine)


@pytest.mark.slow
def test_dovecot_restarted_mid_batch_loses_nothing(tmp_path, imap, smtp_server, db_url, classifier):
    from intake.ops.cycle import run_cycle
    from intake.pipeline import poll_mailbox

    mails = [human_mail(i, tag="dv") for i in range(6)]
    imap.append_many("customercare", mails)
    config = write_config(tmp_path / "intake.toml", db_url=db_url, imap=imap, smtp=smtp_server, batch_size=2)
    settings, engine, sessions = _runtime(config)
    commits = 0

    def observe(kind, mailbox, value):
        nonlocal commits
        if (kind, value) == ("stage", "committed"):
            commits += 1
            if commits == 3:  # the third message is committed; its batch's move meets a restarted server
                imap.restart()

    ctx = Context(settings=settings, sessions=sessions, classifier=classifier, observe=observe)
    result = poll_mailbox(settings.mailboxes[0], ctx)
    assert result.error and "customercare" in result.error
    assert result.recorded == 4 and result.moved == 2  # batches of 2: the second batch committed, not moved
    with sessions() as s:
        assert s.get(MailboxState, "customercare").last_error == result.error

    report = run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier))  # the next poll
    assert report.errors == []
    assert report.mailboxes[0].skipped == 2 and report.mailboxes[0].recorded == 2  # 3 and 4 are just moved
    assert_recorded_once(db_url, {"customercare": mails})
    assert_moved_once(imap, {"customercare": mails})
    assert received(smtp_server) == {sender_of(i, "dv"): 1 for i in range(6)}
    engine.dispose()


@pytest.mark.slow
def test_smtp_down_then_acknowledgements_go_out_once(tmp_path, imap, smtp_server, db_url, classifier):
    import time

    from intake.ops.cycle import run_cycle

    mails = [human_mail(i, tag="sd") for i in range(3)]
    imap.append_many("customercare", mails)
    config = write_config(tmp_path / "intake.toml", db_url=db_url, imap=imap, smtp=smtp_server,
                          retry_base_seconds=1)
    settings, engine, sessions = _runtime(config)

    smtp_server.stop()
    first = run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier))
    assert first.mailboxes[0].recorded == 3 and first.sent == 0 and first.held == 3 and first.retried == 0
    second = run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier))  # still down: held again
    assert second.sent == 0 and second.held == 3
    rows = outbox_rows(db_url)
    # The relay's outage is no row's fault: no attempt counted, so none backs off or fails because of it.
    assert {r.status for r in rows} == {"pending"} and all(r.attempts == 0 and r.last_error for r in rows)

    smtp_server.start()
    assert run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier)).sent == 3
    assert run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier)).sent == 0
    assert received(smtp_server) == {sender_of(i, "sd"): 1 for i in range(3)}
    assert {r.status for r in outbox_rows(db_url)} == {"sent"}
    assert_recorded_once(db_url, {"customercare": mails})
    engine.dispose()


@pytest.mark.slow
def test_uidvalidity_change_records_nothing_twice(tmp_path, imap, smtp_server, db_url, classifier):
    from intake.ops.cycle import run_cycle

    old = [human_mail(i, tag="uv") for i in range(3)]
    imap.append_many("customercare", old)
    config = write_config(tmp_path / "intake.toml", db_url=db_url, imap=imap, smtp=smtp_server)
    settings, engine, sessions = _runtime(config)
    assert run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier)).sent == 3
    before = imap.uidvalidity("customercare")

    # The INBOX is rebuilt (new UIDVALIDITY, UIDs from 1 again) holding the same mail, plus one new message.
    new = human_mail(3, tag="uv")
    after = imap.recreate_folder("customercare", "INBOX")
    assert after != before
    uids = imap.append_many("customercare", [*old, new])

    report = run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier))
    assert report.errors == []
    assert report.mailboxes[0].skipped == 3 and report.mailboxes[0].recorded == 1
    assert report.sent == 1
    assert received(smtp_server) == {sender_of(i, "uv"): 1 for i in range(4)}
    rows = inbound(db_url)
    assert len(rows) == 4 and rows[-1].uidvalidity == after
    assert imap.fetch_all("customercare", "INBOX") == []
    with sessions() as s:
        state = s.get(MailboxState, "customercare")
        assert state.uidvalidity == after and state.last_uid == uids[-1]
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "uidvalidity_changed")) == 1
    # and a further poll is quiet
    quiet = run_cycle(Context(settings=settings, sessions=sessions, classifier=classifier))
    assert quiet.mailboxes[0].fetched == 0 and quiet.sent == 0
    engine.dispose()
