"""Big mail through a real Dovecot: sizes first, batches bounded in bytes, a message over the budget fetched alone,
one over max_message_bytes recorded from its headers and the start of its body, kept whole in the raw store, and
sent to review. Nothing is lost. (Peak memory is measured by bench/bench_bigmail.py, not here.)"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.db import DecisionRow, InboundMessage, RawBlob
from intake.decide.chain import Decider
from intake.mail import boxes
from intake.pipeline import Context, poll_mailbox
from intake.settings import ClassifierSettings, Settings, SmtpSettings

pytestmark = pytest.mark.servers

MB = 1_000_000
BIG = 10
CC = "customercare@alliant-energy.com"


def big_mail(i: int, megabytes: float) -> bytes:
    payload = base64.encodebytes(os.urandom(int(megabytes * MB * 3 / 4))).replace(b"\n", b"\r\n")
    head = (f"From: Big Sender {i} <big{i}@example.com>\r\nTo: {CC}\r\nSubject: my scanned letter {i}\r\n"
            f"Date: Wed, 25 Nov 2026 10:00:00 -0600\r\nMessage-ID: <big-{i}@example.com>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
            "Please stop sending me marketing mail. My letter is attached.\r\n\r\n--b\r\n"
            "Content-Type: application/pdf; name=letter.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n")
    return head.encode() + payload + b"\r\n--b--\r\n"


def small_mail(i: int) -> bytes:
    """About 300 KB: an opt-out and a photo. Only the head is rewritten: the same replace over the random base64
    would now and then turn a "big" in it into "small", a line of the wrong length, which the parser rightly calls
    damage (and sent every small mail to review in some runs)."""
    head, sep, payload = big_mail(i, 0.3).partition(b"Content-Transfer-Encoding: base64\r\n\r\n")
    head = head.replace(b"big", b"small").replace(b"my scanned letter", b"stop")
    return head.replace(b"My letter is attached.", b"Thank you.") + sep + payload


@pytest.fixture(scope="module")
def classifier():
    return Decider.load(Settings(source="test"))


def test_ten_25_mb_messages_are_recorded_kept_whole_and_sent_to_review(imap, sessions, classifier, tmp_path,
                                                                       monkeypatch):
    digests, smalls = {}, set()
    for i in range(BIG):
        data = big_mail(i, 25)
        uid = imap.append("customercare", data)
        digests[uid] = hashlib.sha256(data).hexdigest()
        del data
        if i % 3 == 0:
            smalls.add(imap.append("customercare", small_mail(i)))
    box = imap.mailbox_settings("customercare", batch_bytes=1 * MB, batch_size=200)
    settings = Settings(source="test", mailboxes=(box,), raw_store=tmp_path / "raw",
                        smtp=SmtpSettings(pickup_dir=tmp_path / "out"),
                        classifier=replace(ClassifierSettings(), max_message_bytes=10 * 1024 * 1024))
    batches: list[list[tuple[int, int]]] = []

    def recording(settings):
        conn = boxes.open_mailbox(settings)
        fetch_new = conn.fetch_new

        def fetch(after_uid, batch_size=None):
            for batch in fetch_new(after_uid, batch_size):
                batches.append([(raw.uid, len(raw.data)) for raw in batch])
                yield batch
        conn.fetch_new = fetch
        return conn

    ctx = Context(settings=settings, sessions=sessions, classifier=classifier, open_mailbox=recording)
    result = poll_mailbox(box, ctx)

    assert result.error is None and result.recorded == BIG + len(smalls)
    assert imap.uids("customercare") == []  # nothing left behind, nothing lost
    moved = len(imap.uids("customercare", "Review")) + len(imap.uids("customercare", "Processed"))
    assert moved == BIG + len(smalls)
    # Every big message came alone; the small ones together within the byte budget.
    for batch in batches:
        if any(size > box.batch_bytes for _, size in batch):
            assert len(batch) == 1
        else:
            assert sum(size for _, size in batch) <= box.batch_bytes
    assert sorted(uid for batch in batches for uid, _ in batch) == sorted([*digests, *smalls])
    with sessions() as s:
        for uid, digest in digests.items():
            message = s.scalar(select(InboundMessage).where(InboundMessage.uid == uid))
            assert message.sha256 == digest and message.status == "review" and message.moved_to == "Review"
            assert message.subject.startswith("my scanned letter")
            stored = Path(s.get(RawBlob, digest).path)
            assert stored.stat().st_size > 25 * MB and hashlib.sha256(stored.read_bytes()).hexdigest() == digest
            decision = s.scalar(select(DecisionRow).where(DecisionRow.message_id == message.id))
            assert decision.review and any("oversize" in r for r in decision.reasons)


def hostile(i: int, body: bytes) -> bytes:
    return (f"From: Odd {i} <odd{i}@example.com>\r\nTo: {CC}\r\nSubject: hello\r\nMessage-ID: <odd-{i}@example.com>\r\n"
            "Date: Wed, 25 Nov 2026 10:00:00 -0600\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + body + b"\r\n"


def test_symbol_emoji_and_nul_bodies_are_recorded_moved_and_reviewed(imap, sessions, classifier, tmp_path):
    bodies = ["€".encode() * 20_000, "\U0001F600".encode() * 20_000, b"\x80" * 20_000]  # 0x80: Dovecot's NUL
    for i, body in enumerate(bodies):
        imap.append("customercare", hostile(i, body))
    box = imap.mailbox_settings("customercare")
    settings = Settings(source="test", mailboxes=(box,), smtp=SmtpSettings(pickup_dir=tmp_path / "out"))
    result = poll_mailbox(box, Context(settings=settings, sessions=sessions, classifier=classifier))
    assert result.error is None and result.recorded == len(bodies)
    assert imap.uids("customercare") == [] and len(imap.uids("customercare", "Review")) == len(bodies)
    with sessions() as s:
        decisions = s.scalars(select(DecisionRow)).all()
        assert len(decisions) == len(bodies)
        for decision in decisions:
            assert decision.review and decision.evidence["words"]["cut"]["token"] > 19_000
