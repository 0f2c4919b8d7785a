"""The pipeline on local Maildir mailboxes (no IMAP server needed), on SQLite and PostgreSQL: receipt, shunting,
cross-mailbox duplicates, UIDVALIDITY changes, backfill and shadow mode."""

from __future__ import annotations

import json
import mailbox
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.decide.chain import Decider
from intake.db import (AuditEvent, DecisionRow, InboundMessage, OutboxMessage, RawBlob, RequestAction, ReviewItem,
                       MailboxState, Suppression)
from intake.pipeline import Context, poll_mailbox
from intake.settings import MailboxSettings, Settings, SmtpSettings

CC = "customercare@alliant-energy.com"
PH = "powerhousecatalog@alliant-energy.com"


def mail(frm: str, to: str, subject: str, body: str, msgid: str | None, date: str = "Tue, 24 Nov 2026 10:00:00 -0600",
         extra: str = "") -> bytes:
    mid = f"Message-ID: <{msgid}>\n" if msgid else ""
    text = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\n{mid}MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n{extra}\n{body}\n")
    return text.replace("\n", "\r\n").encode()


OPT_OUT = mail("Nadia Brooks <nadia.brooks@example.com>", CC, "No more ads",
               "Please stop sending me advertising by mail and e-mail. Remove me from your marketing lists.\n\n"
               "Nadia Brooks\n410 Elm Street\nCedar Rapids, IA 52402\n", "p-optout@example.com")


@pytest.fixture(scope="module")
def classifier():
    settings = Settings(source="test")
    return Decider.load(settings)


@pytest.fixture
def world(tmp_path, sessions, classifier):
    boxes = tuple(MailboxSettings(name=n, address=a, maildir=tmp_path / n) for n, a in
                  (("customercare", CC), ("powerhousecatalog", PH)))
    settings = Settings(source="test", mailboxes=boxes, smtp=SmtpSettings(pickup_dir=tmp_path / "out"))
    return Context(settings=settings, sessions=sessions, classifier=classifier)


def deliver(ctx: Context, name: str, data: bytes) -> None:
    box = next(b for b in ctx.settings.mailboxes if b.name == name)
    mailbox.Maildir(box.maildir, create=True).add(data)


def folder_count(ctx: Context, name: str, folder: str) -> int:
    box = next(b for b in ctx.settings.mailboxes if b.name == name)
    path = box.maildir if folder == "INBOX" else box.maildir / f".{folder}"
    return sum(1 for sub in ("new", "cur") for _ in (path / sub).glob("*")) if path.exists() else 0


def poll(ctx: Context, name: str):
    return poll_mailbox(next(b for b in ctx.settings.mailboxes if b.name == name), ctx)


def test_opt_out_is_recorded_acted_on_and_moved(world, sessions):
    deliver(world, "customercare", OPT_OUT)
    result = poll(world, "customercare")
    assert (result.fetched, result.recorded, result.moved, result.error) == (1, 1, 1, None)
    with sessions() as s:
        message = s.scalar(select(InboundMessage))
        assert message.status == "done" and message.reference.startswith("PR-")
        assert s.get(RawBlob, message.sha256).data == OPT_OUT
        decision = s.scalar(select(DecisionRow))
        assert decision.labels == ["marketing_opt_out"] and decision.classifier_version
        assert {x.channel for x in s.scalars(select(Suppression))} == {"marketing_email", "marketing_postal"}
        action = s.scalar(select(RequestAction))
        assert action.status == "done" and action.effective_at is not None
        assert action.due_date > message.received_at.date()
        outbox = s.scalar(select(OutboxMessage))
        assert outbox.recipient == "nadia.brooks@example.com" and outbox.status == "pending"
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
        assert actions[:2] == ["received", "decided"] and "suppressed" in actions
    assert folder_count(world, "customercare", "INBOX") == 0
    assert folder_count(world, "customercare", "Processed") == 1
    again = poll(world, "customercare")
    assert (again.fetched, again.recorded) == (0, 0)


class Exploding:
    """A classifier that fails on one subject: the stand-in for any bug in a stage."""

    def __init__(self, real):
        self.real = real

    def classify(self, mail):
        if "explode" in mail.subject:
            raise RuntimeError("classifier bug")
        return self.real.classify(mail)


def test_a_message_that_crashes_a_stage_is_shunted_and_the_loop_goes_on(world, sessions):
    ctx = replace(world, classifier=Exploding(world.classifier))
    deliver(ctx, "customercare", mail("a@example.com", CC, "please explode", "hello", "boom@example.com"))
    deliver(ctx, "customercare", OPT_OUT)
    result = poll(ctx, "customercare")
    assert result.recorded == 2 and result.statuses == {"shunted": 1, "done": 1}
    with sessions() as s:
        shunted = s.scalar(select(InboundMessage).where(InboundMessage.status == "shunted"))
        assert "RuntimeError: classifier bug" in shunted.error and "stage: classify" in shunted.error
        assert s.get(RawBlob, shunted.sha256).data is not None
        item = s.scalar(select(ReviewItem))
        assert item.kind == "decision" and item.message_id == shunted.id
    assert folder_count(ctx, "customercare", "Review") == 1
    assert folder_count(ctx, "customercare", "Processed") == 1


def test_same_mail_to_both_mailboxes_is_one_request_with_one_ack(world, sessions):
    both = OPT_OUT.replace(b"To: " + CC.encode(), b"To: " + CC.encode() + b", " + PH.encode())
    deliver(world, "customercare", b"Delivered-To: customercare@alliant-energy.com\r\n" + both)
    deliver(world, "powerhousecatalog", b"Delivered-To: powerhousecatalog@alliant-energy.com\r\n" + both)
    poll(world, "customercare")
    poll(world, "powerhousecatalog")
    with sessions() as s:
        statuses = sorted(m.status for m in s.scalars(select(InboundMessage)))
        assert statuses == ["done", "duplicate"]
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 1
        assert s.scalar(select(func.count()).select_from(RequestAction)) == 1


def test_uidvalidity_change_records_nothing_twice_and_takes_new_mail(world, sessions):
    deliver(world, "customercare", OPT_OUT)
    poll(world, "customercare")
    box = world.settings.mailboxes[0]
    # The mailbox is recreated holding the same mail (restored from backup): new UIDVALIDITY, UIDs restart.
    processed = box.maildir / ".Processed"
    for sub in ("new", "cur"):
        for f in (processed / sub).glob("*"):
            f.rename(box.maildir / "new" / f.name)
    (box.maildir / "intake-uids.json").unlink()
    deliver(world, "customercare", mail("Tom Reyes <tom@example.net>", CC, "stop", "Stop mailing me ads please.",
                                        "p-new@example.net"))
    result = poll(world, "customercare")
    assert result.fetched == 2 and result.recorded == 1 and result.skipped == 1
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 2
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 2
        assert "uidvalidity_changed" in set(s.scalars(select(AuditEvent.action)))
    assert folder_count(world, "customercare", "INBOX") == 0


def test_backfill_records_old_mail_without_acknowledging_it(world, sessions):
    deliver(world, "customercare", OPT_OUT)
    old = world.clock() + timedelta(days=30)
    ctx = replace(world, clock=lambda: old)  # we are 30 days after the delivery: this is backfill
    poll(ctx, "customercare")
    with sessions() as s:
        row = s.scalar(select(OutboxMessage))
        assert row.status == "withheld" and row.withheld_reason == "backfill"
        assert s.scalar(select(func.count()).select_from(Suppression)) == 2  # the request still counts


def test_shadow_mode_changes_no_list_and_sends_nothing(world, sessions):
    ctx = replace(world, settings=replace(world.settings, mode="shadow"))
    deliver(ctx, "customercare", OPT_OUT)
    poll(ctx, "customercare")
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Suppression)) == 0
        assert s.scalar(select(RequestAction)).status == "shadow"
        assert s.scalar(select(OutboxMessage)).withheld_reason == "shadow"


def test_missing_message_id_and_same_message_id_twice_are_all_kept(world, sessions):
    deliver(world, "customercare", mail("x@example.com", CC, "one", "Please stop the ads.", None))
    deliver(world, "customercare", mail("y@example.com", CC, "two", "Stop mailing me.", "same@example.com"))
    deliver(world, "customercare", mail("z@example.com", CC, "three", "What do you share?", "same@example.com"))
    result = poll(world, "customercare")
    assert result.recorded == 3
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 3


def test_already_suppressed_person_gets_no_duplicate_entry_but_is_answered(world, sessions):
    deliver(world, "customercare", OPT_OUT)
    poll(world, "customercare")
    deliver(world, "customercare", OPT_OUT.replace(b"p-optout@", b"p-optout-again@").replace(b"No more ads",
                                                                                             b"Again: no ads"))
    poll(world, "customercare")
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Suppression)) == 2
        statuses = sorted(a.status for a in s.scalars(select(RequestAction)))
        assert statuses == ["already_suppressed", "done"]
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 2


class DatabaseGone:
    """A classifier whose step meets a dead database connection: storage trouble, not the message's fault."""

    def classify(self, mail):
        from sqlalchemy.exc import OperationalError

        raise OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))


def test_storage_trouble_stops_the_round_without_shunting_or_moving(world, sessions):
    from sqlalchemy.exc import OperationalError

    ctx = replace(world, classifier=DatabaseGone())
    deliver(ctx, "customercare", OPT_OUT)
    with pytest.raises(OperationalError):
        poll(ctx, "customercare")
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 0
    assert folder_count(ctx, "customercare", "INBOX") == 1  # still there, fetched again next round
    assert poll(world, "customercare").recorded == 1


def test_one_cycle_sends_every_acknowledgement_that_is_due(world, sessions, tmp_path):
    from intake.ops.cycle import run_cycle

    (tmp_path / "out").mkdir()
    for n in range(130):  # more than one outbox batch
        deliver(world, "customercare", mail(f"Person {n} <p{n}@example.com>", CC, "stop",
                                            "Please stop sending me advertising.", f"many-{n}@example.com"))
    report = run_cycle(Context(settings=world.settings, sessions=sessions, classifier=world.classifier))
    assert report.mailboxes[0].recorded == 130
    assert (report.sent, report.failed, report.retried) == (130, 0, 0)
    assert len(list((tmp_path / "out").glob("*.eml"))) == 130


def test_mail_in_review_is_answered_when_staff_decide_not_before(world, sessions):
    from intake.act.staff import decide_by_staff

    deliver(world, "customercare", mail("Lou Park <lou@example.net>", CC, "hi", "Please stop.", "p-bare@example.net"))
    poll(world, "customercare")
    with sessions() as s:
        [message] = s.scalars(select(InboundMessage))
        assert message.status == "review"
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        [deferred] = s.scalars(select(AuditEvent).where(AuditEvent.action == "ack_deferred"))
        assert deferred.after["reason"].startswith("in review")
        item_id = s.scalar(select(ReviewItem.id))
    with sessions.begin() as s:
        decide_by_staff(s, item_id, labels=["marketing_opt_out"], verdict="labels", note=None, user="alice",
                        settings=world.settings, now=datetime.now(timezone.utc))
    with sessions() as s:
        [ack] = s.scalars(select(OutboxMessage))
        assert (ack.recipient, ack.outcome, ack.status) == ("lou@example.net", "marketing_opt_out", "pending")


def test_a_neutral_receipt_for_mail_in_review_when_the_setting_asks(world, sessions):
    from intake.settings import AckSettings

    ctx = replace(world, settings=replace(world.settings, ack=AckSettings(receipt_for_review=True)))
    deliver(ctx, "customercare", mail("Lou Park <lou@example.net>", CC, "hi", "Please stop.", "p-bare2@example.net"))
    poll(ctx, "customercare")
    with sessions() as s:
        [ack] = s.scalars(select(OutboxMessage))
        assert (ack.outcome, ack.status) == ("review", "pending")


DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("name", "defect"), [
    ("damaged_base64_truncated.eml", "truncated"),
    ("damaged_base64_line_cut.eml", "bad-base64"),
    ("damaged_quoted_printable.eml", "bad-quoted-printable"),
])
def test_a_body_with_broken_transfer_encoding_goes_to_review_and_changes_no_list(world, sessions, name, defect):
    """A clear opt-out whose body lost a piece on the way (the surname cut short): acting on it would put a wrong
    name on the suppression list, so it waits for a person, unanswered, with the damage named."""
    deliver(world, "customercare", (DATA / name).read_bytes())
    result = poll(world, "customercare")
    assert (result.recorded, result.moved, result.error) == (1, 1, None)
    assert folder_count(world, "customercare", "Review") == 1
    with sessions() as s:
        message = s.scalar(select(InboundMessage))
        assert message.status == "review"
        decision = s.scalar(select(DecisionRow))
        assert decision.review and decision.labels == []
        assert any(r.startswith("message damaged") and defect in r for r in decision.reasons), decision.reasons
        assert s.scalar(select(func.count()).select_from(Suppression)) == 0
        assert s.scalar(select(func.count()).select_from(RequestAction)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        assert s.scalar(select(ReviewItem.kind)) == "decision"


# --- group commit: one transaction per fetched batch, a savepoint per message -----------------------------------

QUESTION = mail("Ola Berg <ola.berg@example.com>", CC, "Question about my bill",
                "Hello,\n\nWhy is my gas bill so high this month? Can someone explain the charges?\n\nOla Berg\n",
                "p-question@example.com")
OPT_OUT_2 = mail("Tom Reyes <tom.reyes@example.org>", CC, "Unsubscribe",
                 "Please stop sending me promotional e-mails. Remove me from your marketing list.\n\nTom Reyes\n",
                 "p-optout2@example.org")


def _rules_with_broken_question_wording(tmp_path: Path) -> Path:
    """A copy of the rules whose English question acknowledgement has a typo a compliance officer could make:
    rendering it raises (templates are strict about undefined names), after the question's decision and review
    item are already written in its savepoint."""
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(Settings(source="test").classifier.rules_dir, rules)
    (rules / "ack").mkdir(exist_ok=True)
    (rules / "ack" / "question.en.txt.j2").write_text("We will reply by {{ due['questions'] }}.\n")
    return rules


def test_a_message_that_raises_mid_batch_is_rolled_back_to_its_savepoint_and_shunted(world, sessions, tmp_path):
    from intake.settings import ClassifierSettings

    rules = _rules_with_broken_question_wording(tmp_path)
    ctx = replace(world, settings=replace(world.settings, classifier=ClassifierSettings(rules_dir=rules)))
    for data in (OPT_OUT, QUESTION, OPT_OUT_2):
        deliver(ctx, "customercare", data)
    result = poll(ctx, "customercare")
    assert result.recorded == 3 and result.statuses == {"done": 2, "shunted": 1}, result
    with sessions() as s:
        messages = {m.subject: m for m in s.scalars(select(InboundMessage))}
        shunted = messages["Question about my bill"]
        assert shunted.status == "shunted" and "stage: act" in shunted.error and "UndefinedError" in shunted.error
        assert s.get(RawBlob, shunted.sha256).data == QUESTION
        # Everything its act stage wrote before it raised is gone: the decision, the question's review item,
        # their audit events. What remains is the shunt: the receipt, the shunt and a decision item for staff.
        assert s.scalar(select(func.count()).select_from(DecisionRow)
                        .where(DecisionRow.message_id == shunted.id)) == 0
        assert [i.kind for i in s.scalars(select(ReviewItem).where(ReviewItem.message_id == shunted.id))] == [
            "decision"]
        assert [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.message_id == shunted.id)
                                            .order_by(AuditEvent.id))] == ["received", "shunted", "review_opened"]
        ids = set(s.scalars(select(InboundMessage.id)))
        assert set(s.scalars(select(AuditEvent.message_id).where(AuditEvent.message_id.is_not(None)))) == ids
        # The others of the batch are committed whole, with their acknowledgements.
        assert {messages["No more ads"].status, messages["Unsubscribe"].status} == {"done"}
        assert sorted(o.recipient for o in s.scalars(select(OutboxMessage))) == [
            "nadia.brooks@example.com", "tom.reyes@example.org"]
        assert s.scalar(select(func.count()).select_from(DecisionRow)) == 2
        assert s.scalar(select(func.count()).select_from(Suppression)) == 4
    assert folder_count(ctx, "customercare", "INBOX") == 0
    assert folder_count(ctx, "customercare", "Processed") == 2
    assert folder_count(ctx, "customercare", "Review") == 1
    assert poll(ctx, "customercare").fetched == 0


def test_a_batch_is_one_transaction_invisible_until_it_commits(world, sessions):
    """Another connection sees nothing of a batch while it is written, and all of it once it is committed (on
    SQLite this also shows that no savepoint's RELEASE commits early)."""
    seen: list[tuple[str, int]] = []

    def observe(kind, mailbox, value):
        if kind == "stage" and value in ("fetched", "committed"):
            with sessions() as other:
                seen.append((value, other.scalar(select(func.count()).select_from(InboundMessage))))

    ctx = replace(world, observe=observe)
    for data in (OPT_OUT, QUESTION, OPT_OUT_2):
        deliver(ctx, "customercare", data)
    assert poll(ctx, "customercare").recorded == 3
    assert seen == [("fetched", 0)] * 3 + [("committed", 3)] * 3


def test_a_storage_error_mid_batch_rolls_back_the_whole_batch_and_moves_nothing(world, sessions):
    from sqlalchemy.exc import OperationalError

    calls = 0

    def observe(kind, mailbox, value):
        nonlocal calls
        if (kind, value) == ("stage", "fetched"):
            calls += 1
            if calls == 3:  # the first two messages are written in the batch's transaction, not committed
                raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    ctx = replace(world, observe=observe)
    for data in (OPT_OUT, QUESTION, OPT_OUT_2):
        deliver(ctx, "customercare", data)
    with pytest.raises(OperationalError):
        poll(ctx, "customercare")
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 0
    assert folder_count(ctx, "customercare", "INBOX") == 3
    assert poll(world, "customercare").recorded == 3


# --- one round, several instances --------------------------------------------------------------------------------


def _opt_out(n: int) -> bytes:
    return mail(f"Person {n} <p{n}@example.com>", CC, "stop", "Please stop sending me advertising.",
                f"recheck-{n}@example.com")


@pytest.mark.servers
def test_a_round_looks_again_before_letting_go_of_its_lock(imap, sessions, classifier, tmp_path):
    """Mail delivered while a round works is handled by that round (on real Dovecot, where a bare second search
    would not see it): another instance that heard of it could not have taken the lock meanwhile."""
    box = imap.mailbox_settings("customercare", address=CC)
    delivered: list[int] = []

    def deliver_during_the_round(kind: str, mailbox: str, value: str) -> None:
        if (kind, value) == ("stage", "committed") and len(delivered) < 2:
            delivered.append(imap.append("customercare", _opt_out(10 + len(delivered))))

    settings = Settings(source="test", mailboxes=(box,), smtp=SmtpSettings(pickup_dir=tmp_path / "out"))
    ctx = Context(settings=settings, sessions=sessions, classifier=classifier, observe=deliver_during_the_round)
    imap.append_many("customercare", [_opt_out(n) for n in range(3)])
    result = poll_mailbox(box, ctx)
    assert len(delivered) == 2
    assert (result.fetched, result.recorded, result.moved, result.error) == (5, 5, 5, None)
    assert imap.uids("customercare") == []
    with sessions() as s:
        assert s.get(MailboxState, "customercare").last_uid == max(delivered)
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 5


@pytest.mark.servers
def test_a_round_finds_the_mailbox_locked_by_another_holder(imap, sessions, classifier, tmp_path, engine):
    from intake.ops.locks import mailbox_lock

    box = imap.mailbox_settings("customercare", address=CC)
    settings = Settings(source="test", mailboxes=(box,), smtp=SmtpSettings(pickup_dir=tmp_path / "out"))
    ctx = Context(settings=settings, sessions=sessions, classifier=classifier)
    imap.append("customercare", _opt_out(1))
    with mailbox_lock(engine, "customercare") as held:
        assert held
        result = poll_mailbox(box, ctx)
        assert (result.locked_elsewhere, result.fetched) == (True, 0)
    assert poll_mailbox(box, ctx).recorded == 1


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_session_that_holds_a_lock_has_tcp_keepalives(engine):
    """A holder whose host vanishes without closing its connection: the server must notice within seconds, not the
    kernel's two hours, for its lock (and mailbox) to pass on. Over TCP, as the daemon connects."""
    from sqlalchemy import text

    from intake.ops.locks import lock_key, session_key

    with engine.connect() as conn:
        assert session_key(conn, "customercare") == lock_key("customercare", conn.execute(
            text("SELECT current_schema()")).scalar())
        shown = [conn.execute(text(f"SHOW {name}")).scalar() for name in
                 ("tcp_keepalives_idle", "tcp_keepalives_interval", "tcp_keepalives_count")]
    assert shown == ["10", "5", "3"]  # seconds


# --- a batch written together, or apart ------------------------------------------------------------------------


def _opt_out_from(n: int) -> bytes:
    return OPT_OUT.replace(b"nadia.brooks@", f"nadia.brooks.{n}@".encode()).replace(
        b"p-optout@", f"p-optout-{n}@".encode())


def _savepoints(engine) -> list[str]:
    from sqlalchemy import event

    seen: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SAVEPOINT"):
            seen.append(statement)
    return seen


def test_a_batch_without_trouble_is_written_together_without_savepoints(world, sessions, engine):
    for n in range(3):
        deliver(world, "customercare", _opt_out_from(n))
    savepoints = _savepoints(engine)
    result = poll(world, "customercare")
    assert (result.recorded, result.statuses) == (3, {"done": 3})
    assert savepoints == []
    with sessions() as s:
        # Three addresses, one name at one ZIP: what the batch wrote counted for its next messages.
        assert sorted(e.channel for e in s.scalars(select(Suppression))) == ["marketing_email"] * 3 + [
            "marketing_postal"]
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 3


def test_a_uid_another_instance_recorded_meanwhile_is_left_to_it_and_the_rest_commits(world, sessions, engine,
                                                                                        monkeypatch):
    """The race the unique UID settles: another instance records one of the batch's messages between the batch's
    check and its write. Written together, the commit fails; written again apart, that message is found recorded
    and the others commit."""
    from intake import pipeline
    from intake.db import RawBlob as Blob

    for n in range(3):
        deliver(world, "customercare", _opt_out_from(n))
    real, raced = pipeline._recorded_outcomes, []

    def recorded_then_raced(ctx, batch, box):
        found = real(ctx, batch, box)
        if not raced and len(batch) == 3:
            raw = batch[1]
            raced.append(raw.uid)
            with sessions() as other, other.begin():
                other.add(Blob(sha256=raw.sha256, size=len(raw.data), data=raw.data))
                other.add(InboundMessage(mailbox=raw.mailbox, uidvalidity=raw.uidvalidity, uid=raw.uid,
                                         sha256=raw.sha256, size=len(raw.data), reference="OTHER-1",
                                         status="done", received_at=datetime.now(timezone.utc)))
        return found

    monkeypatch.setattr(pipeline, "_recorded_outcomes", recorded_then_raced)
    savepoints = _savepoints(engine)
    result = poll(world, "customercare")
    assert raced and savepoints  # written apart
    assert (result.fetched, result.recorded, result.skipped, result.moved) == (3, 2, 1, 3)
    with sessions() as s:
        rows = s.scalars(select(InboundMessage).order_by(InboundMessage.uid)).all()
        assert [r.reference == "OTHER-1" for r in rows] == [False, True, False]
        assert s.scalar(select(func.count()).select_from(DecisionRow)) == 2
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 2
    assert folder_count(world, "customercare", "INBOX") == 0
