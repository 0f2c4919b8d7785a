"""Backup and restore: the drill of deploy/RUNBOOK.md, run as an operator runs it, against a real Dovecot, a real
SMTP server (aiosmtpd) and the real backup tools (pg_dump/pg_restore; sqlite3's online .backup/.restore).

Process mail, back up, process more mail (acknowledgements sent, one refused, one held by a relay outage), restore
the backup, `intake reconcile`: every message recorded exactly once, the suppressions there, no sender answered a
second time, the acknowledgements that never went sent once; reconcile again: nothing changes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import func, select

from intake.db import (AuditEvent, InboundMessage, OutboxMessage, RequestAction, Suppression, make_engine,
                       session_factory)

pytestmark = pytest.mark.servers

CC, PH = "customercare@alliant-energy.com", "powerhousecatalog@alliant-energy.com"


def _mail(frm: str, to: str, subject: str, body: str, msgid: str, extra: str = "") -> bytes:
    text = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: Tue, 01 Dec 2026 10:00:00 -0600\n"
            f"Message-ID: <{msgid}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n{extra}\n{body}\n")
    return text.replace("\n", "\r\n").encode()


def _opt_out(name: str, email: str, n: str) -> bytes:
    return _mail(f"{name} <{email}>", CC, "Please stop the promotions",
                 f"Hello,\n\nPlease stop sending me promotional e-mails and flyers. Take me off your marketing "
                 f"list.\n\n{name}\n", f"drill-{n}@example.com")


def _share(name: str, email: str, n: str) -> bytes:
    return _mail(f"{name} <{email}>", PH, "My name",
                 "I like the catalog and want to keep getting it, but do not share or sell my name and address "
                 f"to other companies.\n\n{name}\n", f"drill-{n}@example.com")


BEFORE = {"customercare": [_opt_out("Dana Whitfield", "dana.whitfield@example.com", "a1")],
          "powerhousecatalog": [_share("Ruth Okafor", "ruth.okafor@example.com", "a2")]}
AFTER = {"customercare": [
    _opt_out("Kim Nguyen", "kim.nguyen@example.com", "b1"),
    # No object and no context (LABELS.md): staff decide, so it waits in Review, unanswered
    _mail("Omar Castillo <omar.c@example.net>", CC, "Hello", "Please stop.\n\nOmar\n", "drill-b2@example.net"),
    _mail("Lee Park <lee.park@example.org>", CC, "Automatic reply: Your December savings",
          "I am out of the office until December 14 with no access to e-mail.\n", "drill-b3@example.org",
          extra="Auto-Submitted: auto-replied\n"),
    (b"From: someone@example.com\r\nTo: customercare@alliant-energy.com\r\nSubject: broken\r\n"
     b"Message-ID: <drill-b4@example.com>\r\nMIME-Version: 1.0\r\n"
     b"Content-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n--zzz\r\n"
     b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK%%%\xff\r\n")],
    "powerhousecatalog": [_share("Sam Ortiz", "sam.ortiz@example.com", "b5")]}
REFUSED = _opt_out("Ana Reyes", "ana.reyes@example.com", "c1")
"""Its acknowledgement is refused (451) by the relay: not delivered, so it must be sent after the restore."""
HELD = _opt_out("Pat Moreno", "pat.moreno@example.com", "d1")
"""Processed while the relay is down: its acknowledgement never left, so it must be sent after the restore."""
ALL_IDS = {f"<drill-{n}@example.{'net' if n == 'b2' else 'org' if n == 'b3' else 'com'}>"
           for n in ("a1", "a2", "b1", "b2", "b3", "b4", "b5", "c1", "d1")}


def _intake(config: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    return subprocess.run([sys.executable, "-m", "intake", "--config", str(config), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def _ok(config: Path, *args: str) -> str:
    done = _intake(config, *args)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


@pytest.fixture
def config(tmp_path, imap, smtp_server, db_url):
    def box(user: str) -> str:
        return (f'\n[[mailbox]]\nname = "{user}"\naddress = "{user}@alliant-energy.com"\nhost = "127.0.0.1"\n'
                f'port = {imap.port}\nsecurity = "none"\nusername = "{user}"\npassword = "test"\n')
    path = tmp_path / "intake.toml"
    path.write_text(
        f'[database]\nurl = "{db_url}"\n\n[smtp]\nhost = "{smtp_server.host}"\nport = {smtp_server.port}\n'
        f'security = "none"\nfrom_address = "privacy@alliant-energy.com"\nsent_log = "{tmp_path / "sent.jsonl"}"\n'
        + box("customercare") + box("powerhousecatalog"))
    return path


class Backup:
    """The runbook's backup and restore commands for the test's database."""

    def __init__(self, db_url: str, tmp_path: Path) -> None:
        self.url, self.file = db_url, tmp_path / "backup.dump"

    def _pg(self) -> tuple[str, str]:
        parts = urlsplit(self.url.replace("postgresql+psycopg://", "postgresql://"))
        schema = unquote(parse_qs(parts.query)["options"][0]).split("search_path=")[1]
        return parts._replace(query="").geturl(), schema

    def dump(self) -> None:
        if self.url.startswith("sqlite"):
            db = self.url.removeprefix("sqlite:///")
            subprocess.run(["sqlite3", db, f".backup {self.file}"], check=True)
        else:
            url, schema = self._pg()
            subprocess.run(["pg_dump", "--format=custom", f"--schema={schema}", f"--file={self.file}", url],
                           check=True)

    def restore(self) -> None:
        if self.url.startswith("sqlite"):
            db = self.url.removeprefix("sqlite:///")
            subprocess.run(["sqlite3", db, f".restore {self.file}"], check=True)
        else:
            url, _schema = self._pg()
            subprocess.run(["pg_restore", "--clean", "--if-exists", "--single-transaction", f"--dbname={url}",
                            str(self.file)], check=True)


def _state(db_url: str) -> dict:
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as s:
            return {
                "messages": Counter(s.scalars(select(InboundMessage.message_id))),
                "references": dict(s.execute(select(InboundMessage.message_id, InboundMessage.reference)).all()),
                "statuses": dict(s.execute(select(InboundMessage.message_id, InboundMessage.status)).all()),
                "suppressed": sorted(s.execute(select(Suppression.channel, Suppression.email)).all()),
                "clocks": sorted(s.execute(select(InboundMessage.message_id, RequestAction.kind,
                                                  RequestAction.received_at, RequestAction.due_date)
                                           .join(RequestAction, RequestAction.message_id == InboundMessage.id)).all()),
                "outbox": sorted((r.recipient, r.status, r.mail_message_id) for r in s.scalars(select(OutboxMessage))),
                "reconciled": s.scalar(select(func.count()).select_from(AuditEvent)
                                       .where(AuditEvent.action == "reconciled")),
                "audit": s.scalar(select(func.count()).select_from(AuditEvent)),
            }
    finally:
        engine.dispose()


def _received(smtp_server) -> dict[str, list[bytes]]:
    by = {}
    for _frm, rcpts, data in smtp_server.messages:
        for r in rcpts:
            by.setdefault(r, []).append(data)
    return by


def _header(data: bytes, name: str) -> str:
    return re.search(rf"^{name}: (.*)$", data.decode(), re.M | re.I).group(1).strip()


def test_restore_drill(config, imap, smtp_server, db_url, tmp_path):
    # Before the backup: mail recorded while the relay is down, so the backup holds its acknowledgements pending.
    smtp_server.stop()
    for user, mails in BEFORE.items():
        imap.append_many(user, mails)
    _intake(config, "poll", "--once")
    backup = Backup(db_url, tmp_path)
    backup.dump()
    smtp_server.start()

    # After the backup: more mail, answered; one acknowledgement refused by the relay, one held by an outage.
    for user, mails in AFTER.items():
        imap.append_many(user, mails)
    _ok(config, "poll", "--once")
    imap.append("customercare", REFUSED)
    smtp_server.fail_next(1, "451 4.3.0 try later")
    _ok(config, "poll", "--once")
    smtp_server.stop()
    imap.append("customercare", HELD)
    _intake(config, "poll", "--once")  # exit 1 or 0: the relay is down, the mail is recorded either way
    smtp_server.start()
    before_restore = _state(db_url)
    assert set(before_restore["messages"]) == ALL_IDS
    sent_before = _received(smtp_server)
    # Omar's "Please stop." waits for staff in Review (answered when they decide), as does the broken message.
    assert before_restore["statuses"]["<drill-b2@example.net>"] == "review"
    assert sorted(sent_before) == ["dana.whitfield@example.com", "kim.nguyen@example.com", "ruth.okafor@example.com",
                                   "sam.ortiz@example.com"]

    backup.restore()
    assert set(_state(db_url)["messages"]) == {"<drill-a1@example.com>", "<drill-a2@example.com>"}

    restored = _state(db_url)
    dry = _ok(config, "reconcile", "--dry-run")
    assert "customercare/Processed: 5 in the folder, 1 known, would record 4" in dry, dry
    assert "settled from the sent log: sent 2" in dry, dry
    assert _state(db_url) == restored  # a dry run writes nothing

    out = _ok(config, "reconcile")
    assert "customercare/Processed: 5 in the folder, 1 known, recorded 4" in out, out
    assert "customercare/Review: 2 in the folder, 0 known, recorded 2" in out, out
    assert "powerhousecatalog/Processed: 2 in the folder, 1 known, recorded 1" in out, out
    assert "acknowledgements (sent log" in out and "queued 2, sent_before_restore 2" in out, out
    # The two the backup holds as pending went after it: recorded as sent, never sent again.
    assert "outbox rows the backup held as unsent, settled from the sent log: sent 2" in out, out
    after = _state(db_url)

    # Every message exactly once, decided as before the restore; the acknowledged ones keep the reference their
    # acknowledgement quoted, the others get new ones above every reference ever sent.
    assert after["messages"] == Counter({i: 1 for i in ALL_IDS})
    assert after["statuses"] == before_restore["statuses"]
    for kept in ("<drill-a1@example.com>", "<drill-a2@example.com>", "<drill-b1@example.com>",
                 "<drill-b5@example.com>"):
        assert after["references"][kept] == before_restore["references"][kept]
    assert len(set(after["references"].values())) == len(ALL_IDS)
    assert min(after["references"][i] for i in ("<drill-b2@example.net>", "<drill-c1@example.com>",
                                                "<drill-d1@example.com>")) > before_restore["references"][
        "<drill-c1@example.com>"]  # Ana's acknowledgement named it before the relay refused it
    assert after["reconciled"] == 7
    assert after["suppressed"] == before_restore["suppressed"]
    assert after["clocks"] == before_restore["clocks"] and len(after["clocks"]) == 6  # from receipt, not the restore
    emails = {email for _c, email in after["suppressed"]}
    assert {"kim.nguyen@example.com", "sam.ortiz@example.com", "ana.reyes@example.com",
            "pat.moreno@example.com"} <= emails
    # The acknowledgements that went are recorded as sent, under the Message-ID that went; none is pending again.
    sent_rows = {(r, m) for r, status, m in after["outbox"] if status == "sent"}
    for recipient, mails in sent_before.items():
        assert (recipient, _header(mails[0], "Message-ID")) in sent_rows
        ref = re.search(r"\[([A-Z]+-\d{4}-\d{2}-\d{5})\]", _header(mails[0], "Subject")).group(1)
        assert ref in after["references"].values()
    pending = sorted(r for r, status, _m in after["outbox"] if status == "pending")
    assert pending == ["ana.reyes@example.com", "pat.moreno@example.com"]

    # The daemon's next round sends the two that never went; nobody gets a second acknowledgement.
    _ok(config, "poll", "--once")
    received = _received(smtp_server)
    assert {r: len(m) for r, m in received.items()} == {r: 1 for r in [*sent_before, "ana.reyes@example.com",
                                                                      "pat.moreno@example.com"]}
    # Reconciled mail is not moved again, and a new poll does not take it for new.
    assert len(imap.fetch_all("customercare", "Processed")) == 5
    assert len(imap.fetch_all("customercare", "Review")) == 2
    assert imap.fetch_all("customercare", "INBOX") == []

    # Twice: nothing new.
    settled = _state(db_url)
    again = _ok(config, "reconcile")
    assert "recorded 0" in again and "recorded 1" not in again and "acknowledgements (sent log" in again, again
    assert _state(db_url) == settled
    _ok(config, "poll", "--once")
    assert len(smtp_server.messages) == len(received)

    # New mail after the restore gets a reference nobody was sent yet.
    imap.append("customercare", _opt_out("Jo Lane", "jo.lane@example.com", "e1"))
    _ok(config, "poll", "--once")
    final = _state(db_url)
    assert final["references"]["<drill-e1@example.com>"] not in set(after["references"].values())


# --- the sent log ------------------------------------------------------------------------------------------------


def _smtp_settings(smtp_server, sent_log: Path):
    from intake.settings import Settings, SmtpSettings

    return Settings(source="test", smtp=SmtpSettings(host=smtp_server.host, port=smtp_server.port, security="none",
                                                     timeout=5, max_attempts=3, sent_log=sent_log))


def test_the_sent_log_says_what_went_and_what_the_relay_refused(sessions, smtp_server, tmp_path):
    from intake.send import sentlog
    from intake.send.outbox import send_due
    from tests.test_outbox import NOW, queue, rows

    settings = _smtp_settings(smtp_server, tmp_path / "log" / "sent.jsonl")
    queue(sessions, settings, 3)
    smtp_server.fail_next(1, "451 4.3.0 try later", after=1)
    result = send_due(sessions, settings, now=NOW)
    assert (result.sent, result.retried) == (2, 1)
    index = sentlog.read(settings.smtp.sent_log)
    states = {sent.record["recipient"]: sent.state for sent in index.by_mail_id.values()}
    assert states == {"person0@example.com": "sent", "person1@example.com": "refused", "person2@example.com": "sent"}
    sent_ids = {row.mail_message_id for row in rows(sessions) if row.status == "sent"}
    assert {m for m, s in index.by_mail_id.items() if s.confirmed} == sent_ids
    # What reconcile looks up: by the inbound message's Message-ID here (these rows answer no stored message).
    assert [s.state for s in index.answering(None, "<in.0@example.com>")] == ["sent"]
    assert index.answering(None, "<in.1@example.com>") == []  # refused: not delivered, so not an answer

    # The retry goes; the log then says so.
    assert send_due(sessions, settings, now=NOW + timedelta(minutes=5)).sent == 1
    assert sentlog.read(settings.smtp.sent_log).by_mail_id[
        next(r.mail_message_id for r in rows(sessions) if r.recipient == "person1@example.com")].confirmed


def test_no_mail_leaves_when_the_sent_log_cannot_be_written(sessions, smtp_server, tmp_path):
    from intake.send.outbox import send_due
    from tests.test_outbox import NOW, queue, rows

    (tmp_path / "a-file").write_text("not a directory")
    settings = _smtp_settings(smtp_server, tmp_path / "a-file" / "sent.jsonl")
    queue(sessions, settings, 2)
    result = send_due(sessions, settings, now=NOW)
    assert (result.sent, result.retried) == (0, 2)
    assert smtp_server.messages == []
    assert all(row.status == "pending" and "sent log" in row.last_error for row in rows(sessions))


# --- Maildir, no sent log, a poll in progress ----------------------------------------------------------------------


def test_maildir_restore_without_a_sent_log_withholds_every_acknowledgement(tmp_path):
    demo = tmp_path / "demo"
    done = subprocess.run([sys.executable, "-m", "intake", "demo", "--dir", str(demo)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    config, db_url = demo / "intake.toml", f"sqlite:///{demo / 'intake.db'}"
    polled = _state(db_url)
    acked = sorted(r for r, status, _m in polled["outbox"] if status == "sent")
    files = sorted(p.name for p in (demo / "outbox").glob("*.eml"))
    assert acked and len(files) == len(acked)

    # The backup was taken before any of it: restore an empty database.
    for suffix in ("", "-wal", "-shm"):
        Path(f"{demo / 'intake.db'}{suffix}").unlink(missing_ok=True)
    _ok(config, "db", "upgrade")

    dry = _ok(config, "reconcile", "--dry-run")
    assert "would record" in dry and sum(_state(db_url)["messages"].values()) == 0, dry
    out = _ok(config, "reconcile")
    assert "no sent log" in out and f"withheld_no_sent_log {len(acked)}" in out, out
    assert out.count("for staff:") == len(acked)
    after = _state(db_url)
    assert after["messages"] == polled["messages"]
    assert after["statuses"] == polled["statuses"]
    assert after["suppressed"] == polled["suppressed"]
    assert sorted(r for r, status, _m in after["outbox"] if status == "withheld") == acked
    _ok(config, "poll", "--once")  # the outbox writes nothing: withheld rows are never sent
    assert sorted(p.name for p in (demo / "outbox").glob("*.eml")) == files
    assert _ok(config, "reconcile").count("recorded 0") == 4


def test_reconcile_waits_for_a_poll_in_progress_then_gives_up(engine, sessions, tmp_path):
    from intake.ops.locks import mailbox_lock
    from intake.ops.reconcile import Busy, reconcile
    from intake.pipeline import Context
    from intake.settings import MailboxSettings, Settings

    box = MailboxSettings(name="customercare", address=CC, maildir=tmp_path / "mail")
    ctx = Context(settings=Settings(source="test", mailboxes=(box,)), sessions=sessions, classifier=None)
    with mailbox_lock(engine, "customercare") as held:  # what a poll holds for its round
        assert held
        with pytest.raises(Busy, match="customercare"):
            reconcile(ctx, sent_log=None, wait_seconds=1.0)
    assert reconcile(ctx, sent_log=None, wait_seconds=1.0).recorded == 0  # released: it runs


def test_the_sent_logs_of_several_hosts_read_together(tmp_path):
    from intake.send import sentlog

    def line(event: str, mail: str, sha: str) -> dict:
        return sentlog.entry(event, outbox_id=1, kind="ack", mail_message_id=mail, recipient="x@example.com",
                             at=datetime(2026, 12, 1, tzinfo=timezone.utc), message_row_id=7, message_sha256=sha,
                             reference="PR-2026-12-00007", in_reply_to="<in@example.com>")

    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    sentlog.append(one, line("handed", "<a@x>", "aa"))
    sentlog.append(two, line("handed", "<a@x>", "aa"))  # taken over by the other host after a lease ran out
    sentlog.append(two, line("sent", "<a@x>", "aa"))
    sentlog.append(one, line("handed", "<b@x>", "bb"))
    with open(one, "ab") as handle:
        handle.write(b'{"event": "sent", "mail_mess')  # the crash in the middle of a line
    index = sentlog.read(one, two)
    assert (index.lines, index.damaged) == (5, 1)
    assert [s.state for s in index.answering("aa", None)] == ["sent"]
    assert [s.state for s in index.answering("bb", None)] == ["handed"]  # maybe delivered: staff, not resent
    assert index.answering("cc", "<in@example.com>") == []  # the bytes were known when it was sent: they decide
    assert index.highest_row_id() == 7
