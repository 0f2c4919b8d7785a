"""End to end: messages APPENDed to a real Dovecot, `intake poll --once` run as a subprocess, acknowledgements
received by a real SMTP server, and the records checked in SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.db import AuditEvent, InboundMessage, MailboxState, OutboxMessage, Suppression, make_engine, session_factory

pytestmark = pytest.mark.servers


def _mail(frm: str, to: str, subject: str, body: str, msgid: str, extra: str = "") -> bytes:
    text = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: Tue, 24 Nov 2026 10:00:00 -0600\n"
            f"Message-ID: <{msgid}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n{extra}\n{body}\n")
    return text.replace("\n", "\r\n").encode()


CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"
OPT_OUT = _mail("Dana Whitfield <dana.whitfield@example.com>", CC, "Please stop the promotions",
                "Hello,\n\nPlease stop sending me promotional e-mails and flyers. Take me off your marketing list.\n\n"
                "Dana Whitfield\n", "e2e-optout-1@example.com")
QUESTION = _mail("Omar Castillo <omar.c@example.net>", CC, "Outage alerts",
                 "If I unsubscribe from your offers, will I still get outage alerts by text?\n\nOmar\n",
                 "e2e-question-1@example.net")
AUTO_REPLY = _mail("Lee Park <lee.park@example.org>", CC, "Automatic reply: Your November savings",
                   "I am out of the office until December 1 with no access to e-mail.\n",
                   "e2e-auto-1@example.org", extra="Auto-Submitted: auto-replied\n")
SHARE = _mail("Ruth Okafor <ruth.okafor@example.com>", PH, "My name",
              "I like the catalog and want to keep getting it, but do not share or sell my name and address to "
              "other companies.\n\nRuth Okafor\n", "e2e-share-1@example.com")
CORRUPT = (b"From: someone@example.com\r\nTo: customercare@alliant-energy.com\r\nSubject: broken\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n--zzz\r\n"
           b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK%%%\xff\r\n")  # no NUL: IMAP cannot carry one


@pytest.fixture
def config(tmp_path, imap, smtp_server, db_url):
    def box(user: str, password: str = "test") -> str:
        return (f'\n[[mailbox]]\nname = "{user}"\naddress = "{user}@alliant-energy.com"\nhost = "127.0.0.1"\n'
                f'port = {imap.port}\nsecurity = "none"\nusername = "{user}"\npassword = "{password}"\n')
    path = tmp_path / "intake.toml"
    path.write_text(
        f'[database]\nurl = "{db_url}"\n\n[smtp]\nhost = "{smtp_server.host}"\nport = {smtp_server.port}\n'
        f'security = "none"\nfrom_address = "privacy@alliant-energy.com"\n' + box("customercare") + box("powerhousecatalog")
    )
    return path


def _intake(config: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    return subprocess.run([sys.executable, "-m", "intake", "--config", str(config), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def test_poll_once_end_to_end_then_idempotent(config, imap, smtp_server, db_url):
    uids = [imap.append("customercare", data) for data in (OPT_OUT, QUESTION, AUTO_REPLY, CORRUPT)]
    imap.append("powerhousecatalog", SHARE)

    first = _intake(config, "poll", "--once")
    assert first.returncode == 0, first.stderr

    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        rows = {m.message_id or "corrupt": m for m in s.scalars(select(InboundMessage))}
        assert len(rows) == 5
        assert rows["<e2e-optout-1@example.com>"].status == "done"
        assert rows["<e2e-question-1@example.net>"].status == "question"
        assert rows["<e2e-auto-1@example.org>"].status == "automated"
        assert rows["<e2e-share-1@example.com>"].status == "done"
        corrupt = next(m for m in rows.values() if m.subject == "broken")
        assert corrupt.status in ("review", "shunted")
        channels = sorted(s.scalars(select(Suppression.channel)))
        assert channels == ["catalog_share", "marketing_email", "marketing_postal"]
        assert s.scalar(select(func.count()).select_from(AuditEvent)) > 5
        state = s.get(MailboxState, "customercare")
        assert state.last_uid == max(uids) and state.last_error is None

    # Acknowledgements: to the three humans (the question too), never to the auto-reply, and not to a message
    # that could not be read whole (staff look at it first).
    recipients = sorted(r for _frm, rcpts, _data in smtp_server.messages for r in rcpts)
    assert recipients == ["dana.whitfield@example.com", "omar.c@example.net", "ruth.okafor@example.com"]
    for _frm, _rcpts, data in smtp_server.messages:
        assert b"Auto-Submitted: auto-replied" in data

    # The server: nothing left in INBOX; decided mail in Processed, the corrupt one in Review.
    assert imap.fetch_all("customercare", "INBOX") == []
    assert len(imap.fetch_all("customercare", "Processed")) == 3
    assert [m for m in imap.fetch_all("customercare", "Review")] == [CORRUPT]
    assert imap.fetch_all("powerhousecatalog", "Processed") == [SHARE]

    # A second poll records nothing, moves nothing and sends nothing.
    second = _intake(config, "poll", "--once")
    assert second.returncode == 0, second.stderr
    with session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 5
        assert s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == "sent")) == 3
    assert len(smtp_server.messages) == 3
    assert len(imap.fetch_all("customercare", "Processed")) == 3

    exported = _intake(config, "export", "requests", "--format", "jsonl")
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(records) == 5
    for key in ("mailbox", "uid", "message_id", "sha256", "received_at", "from", "automated", "labels",
                "review", "status", "ack_to", "ack_status"):
        assert all(key in r for r in records)
    by_id = {r["message_id"]: r for r in records}
    assert by_id["<e2e-optout-1@example.com>"]["labels"] == ["marketing_opt_out"]
    assert by_id["<e2e-optout-1@example.com>"]["ack_status"] == "sent"
    assert by_id["<e2e-auto-1@example.org>"]["automated"] is True
    engine.dispose()


def test_wrong_password_reports_that_mailbox_and_runs_the_others(tmp_path, imap, smtp_server, db_url):
    imap.append("powerhousecatalog", SHARE)
    path = tmp_path / "intake.toml"
    path.write_text(
        f'[database]\nurl = "{db_url}"\n[smtp]\npickup_dir = "{tmp_path / "out"}"\n'
        f'[[mailbox]]\nname = "customercare"\naddress = "{CC}"\nhost = "127.0.0.1"\nport = {imap.port}\n'
        f'security = "none"\nusername = "customercare"\npassword = "wrong"\n'
        f'[[mailbox]]\nname = "powerhousecatalog"\naddress = "{PH}"\nhost = "127.0.0.1"\nport = {imap.port}\n'
        f'security = "none"\nusername = "powerhousecatalog"\npassword = "test"\n')
    (tmp_path / "out").mkdir()
    result = _intake(path, "poll", "--once")
    assert result.returncode == 1
    assert "customercare" in result.stdout + result.stderr
    assert imap.fetch_all("powerhousecatalog", "Processed") == [SHARE]
    assert len(list((tmp_path / "out").glob("*.eml"))) == 1


@pytest.mark.parametrize("content, key", [
    ('[database]\nurl = "sqlite:///x.db"\nbogus_key = 1\n', "database.bogus_key"),
    ('[database\nurl = 3\n', "line 1"),
    ('[[mailbox]]\nname = "cc"\naddress = "cc@example.com"\nhost = "imap.example.com"\n', "password"),
    ('[smtp]\nport = "many"\n', "smtp.port"),
])
def test_config_error_exits_2_naming_file_and_key(tmp_path, content, key):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    result = _intake(path, "poll", "--once")
    assert result.returncode == 2
    assert str(path) in result.stderr and key in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
