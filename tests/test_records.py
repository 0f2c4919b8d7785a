"""Records: suppression matching, the audit trail, evidence, exports and retention, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from intake.act.actions import apply_decision, find_suppression, identity_of, name_key, record_decision, zip5
from intake.db import AuditEvent, InboundMessage, RawBlob, Suppression, audit, sha256_hex, transaction
from intake.act.evidence import EvidenceNotFound, write_evidence
from intake.mail.store import MessageStore
from intake.act.export import SUPPRESSION_FIELDS, suppression_rows, write_rows
from intake.ops.housekeeping import run as housekeeping
from intake.settings import Settings
from intake.values import Decision, Entities

SETTINGS = Settings(source="test")
NOW = datetime(2026, 11, 24, 16, 0, tzinfo=timezone.utc)


def add_message(session, n: int, raw: bytes = b"From: x@example.com\r\n\r\nhello\r\n", received=NOW):
    digest = sha256_hex(raw + str(n).encode())
    session.add(RawBlob(sha256=digest, size=len(raw), data=raw + str(n).encode()))
    message = InboundMessage(mailbox="customercare", uidvalidity=1, uid=n, sha256=digest, size=len(raw),
                             received_at=received, message_id=f"<m{n}@example.com>", sender="x@example.com",
                             reference=f"PR-2026-11-{n:05d}", status="received")
    session.add(message)
    session.flush()
    return message


def decide(session, message, labels, *, email="Dana@Example.com", name=None, zip_code=None, actor="bot", keep=()):
    decision = Decision(automated=False, labels=tuple(labels), review=False, ack_to=email,
                        entities=Entities(name=name, postal_code=zip_code), confidence=0.99, reasons=("test",),
                        language="en", model_version="test-model", evidence={"rules": []}, keep_channels=keep)
    row = record_decision(session, message, decision, actor=actor)
    return apply_decision(session, message, row, settings=SETTINGS, now=NOW)


def test_marketing_opt_out_suppresses_email_and_postal_with_due_date(sessions):
    with transaction(sessions) as s:
        applied = decide(s, add_message(s, 1), ["marketing_opt_out"], name="Dana Reyes", zip_code="52402-1234")
        assert applied.due["marketing_opt_out"].isoformat() == "2026-12-09"  # 10 business days, Thanksgiving off
    with sessions() as s:
        rows = s.scalars(select(Suppression).order_by(Suppression.channel)).all()
        assert [(r.channel, r.email, r.postal_code, r.name_key) for r in rows] == [
            ("marketing_email", "dana@example.com", "52402", "dana reyes"),
            ("marketing_postal", "dana@example.com", "52402", "dana reyes")]
        assert all(r.effective_at == NOW for r in rows)


def test_a_channel_the_sender_keeps_is_not_suppressed(sessions):
    """"Stop the e-mails, keep the catalog" (LABELS.md: channel limits are kept): the e-mail list only, and the
    record says what was kept; a later full opt-out of the same person adds the postal entry."""
    with transaction(sessions) as s:
        decide(s, add_message(s, 1), ["marketing_opt_out"], name="Dana Reyes", zip_code="52402",
               keep=("marketing_postal",))
    with sessions() as s:
        assert [r.channel for r in s.scalars(select(Suppression))] == ["marketing_email"]
        done = s.scalars(select(AuditEvent).where(AuditEvent.action == "opt_out_done")).one()
        assert done.after["kept_channels"] == ["marketing_postal"]
    with transaction(sessions) as s:
        applied = decide(s, add_message(s, 2), ["marketing_opt_out"], name="Dana Reyes", zip_code="52402")
        assert applied.already_suppressed == ["marketing_email"] and len(applied.suppressions) == 1
    with sessions() as s:
        assert sorted(r.channel for r in s.scalars(select(Suppression))) == ["marketing_email", "marketing_postal"]


def test_case_insensitive_email_and_normalised_names_match_the_same_person(sessions):
    with transaction(sessions) as s:
        decide(s, add_message(s, 1), ["catalog_share_opt_out"], name="José  O'Neil", zip_code="53703")
        again = decide(s, add_message(s, 2), ["catalog_share_opt_out"], email="DANA@example.COM",
                       name="jose o neil", zip_code="53703-0001")
        assert again.already_suppressed == ["catalog_share"] and again.suppressions == []
    with sessions() as s:
        assert len(s.scalars(select(Suppression)).all()) == 1


def test_different_people_are_not_merged(sessions):
    with transaction(sessions) as s:
        decide(s, add_message(s, 1), ["catalog_share_opt_out"], email="family@example.com", name="Ann Lee",
               zip_code="52401")
        # Same family address, another person: a second partner-list entry.
        other = decide(s, add_message(s, 2), ["catalog_share_opt_out"], email="family@example.com",
                       name="Bob Lee", zip_code="52401")
        assert other.suppressions and not other.already_suppressed
        # Same name, other town: another person too.
        third = decide(s, add_message(s, 3), ["catalog_share_opt_out"], email="ann@example.net", name="Ann Lee",
                       zip_code="90210")
        assert third.suppressions
    with sessions() as s:
        assert len(s.scalars(select(Suppression)).all()) == 3
        identity = {"email": "x@example.org", "name_key": "ann lee", "postal_code": "52401"}
        assert find_suppression(s, SETTINGS.catalogue, "catalog_share", identity).email == "family@example.com"


def test_name_and_zip_normalisation():
    assert name_key("  Dr. María-José  GARCÍA ") == "dr maria jose garcia"
    assert zip5("52402-1234") == "52402" and zip5("ZIP 53703") == "53703" and zip5("5240") is None


def test_audit_events_are_append_only(sessions):
    with transaction(sessions) as s:
        message = add_message(s, 1)
        audit(s, "bot", "test", "inbound_message", message.id, message=message, after={"x": 1})
    with sessions() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "test"))
        assert event.sha256 == s.get(InboundMessage, event.message_id).sha256 and event.after == {"x": 1}
    with pytest.raises(RuntimeError):  # a rolled-back transaction leaves no event behind
        with transaction(sessions) as s:
            audit(s, "bot", "rolled-back", "inbound_message", None)
            raise RuntimeError("abandon")
    with sessions() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "rolled-back")) is None
    with pytest.raises(ValueError, match="append-only"):
        with transaction(sessions) as s:
            s.scalar(select(AuditEvent)).action = "changed"
    with pytest.raises(ValueError, match="append-only"):
        with transaction(sessions) as s:
            s.delete(s.scalar(select(AuditEvent)))


def test_staff_override_is_marked_for_training(sessions):
    with transaction(sessions) as s:
        message = add_message(s, 1)
        decide(s, message, ["question"])
        decide(s, message, ["marketing_opt_out"], actor="alice")
        rows = message.decisions
        assert [r.decided_by for r in rows] == ["bot", "alice"] and rows[-1].overrides_bot


def test_evidence_writes_every_proof(sessions, tmp_path):
    with transaction(sessions) as s:
        message = add_message(s, 7)
        decide(s, message, ["marketing_opt_out"], name="Dana Reyes")
    with sessions() as s:
        written = write_evidence(s, "m7@example.com", tmp_path, MessageStore())
        assert sorted(p.name for p in written) == ["actions.json", "audit.jsonl", "decisions.json", "manifest.json",
                                                    "message.eml", "outbox.json"]
        manifest = json.loads((tmp_path / "manifest.json").read_text())
        assert manifest["raw_sha256_now"] == manifest["raw_sha256_recorded"]
        actions = json.loads((tmp_path / "actions.json").read_text())
        assert len(actions["suppressions"]) == 2 and actions["requests"][0]["due_date"] == "2026-12-09"
        events = [json.loads(line)["action"] for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
        assert "decided" in events and "suppressed" in events
        assert write_evidence(s, "PR-2026-11-00007", tmp_path / "by-ref", MessageStore())
        with pytest.raises(EvidenceNotFound):
            write_evidence(s, "<nobody@example.com>", tmp_path / "none", MessageStore())


def test_partner_feed_holds_every_catalog_opt_out_and_neutralises_formulas(sessions):
    with transaction(sessions) as s:
        for n, name in enumerate(("Ann Lee", "=HYPERLINK(\"http://evil\")", "Bob Ray"), 1):
            decide(s, add_message(s, n), ["catalog_share_opt_out"], email=f"p{n}@example.com", name=name)
    with sessions() as s:
        out = io.StringIO()
        assert write_rows(suppression_rows(s, "catalog_share", None), "csv", out, SUPPRESSION_FIELDS) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["email"] for r in rows] == ["p1@example.com", "p2@example.com", "p3@example.com"]
    assert rows[1]["name"].startswith("'=")


def test_retention_purges_raw_bytes_but_keeps_the_record(sessions):
    old = NOW - timedelta(days=SETTINGS.retention_days + 1)
    with transaction(sessions) as s:
        add_message(s, 1, received=old)
        add_message(s, 2, received=NOW)
    assert housekeeping(sessions, SETTINGS, now=NOW) == 1
    with sessions() as s:
        blobs = {m.uid: s.get(RawBlob, m.sha256).data for m in s.scalars(select(InboundMessage))}
        assert blobs[1] is None and blobs[2] is not None
        assert "raw_purged" in set(s.scalars(select(AuditEvent.action)))
    assert housekeeping(sessions, SETTINGS, now=NOW) == 0


def test_cli_export_and_evidence_on_a_database(db_url, sessions, tmp_path):
    from intake.cli import main

    with transaction(sessions) as s:
        decide(s, add_message(s, 3), ["marketing_opt_out", "catalog_share_opt_out"])
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n')
    runner = CliRunner()
    result = runner.invoke(main, ["--config", str(config), "export", "requests", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert row["labels"] == ["marketing_opt_out", "catalog_share_opt_out"]
    assert row["due_marketing"] == "2026-12-09" and row["due_catalog_share"] == "2026-12-16"
    result = runner.invoke(main, ["--config", str(config), "export", "suppressions", "--kind", "marketing_postal",
                                  "--format", "csv"])
    assert result.exit_code == 0 and "dana@example.com" in result.output
    result = runner.invoke(main, ["--config", str(config), "evidence", "m3@example.com", "--out",
                                  str(tmp_path / "ev")])
    assert result.exit_code == 0 and (tmp_path / "ev" / "message.eml").exists()
    result = runner.invoke(main, ["--config", str(config), "evidence", "nope", "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "no recorded message" in result.output
