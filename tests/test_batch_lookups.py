"""The look-ups a batch makes once for all its messages (pipeline.Lookups): the suppression entries and the
per-recipient cap must answer as the per-message queries did, counting what earlier messages of the same batch
wrote."""

from __future__ import annotations

from sqlalchemy import func, select

from intake.db import OutboxMessage, RequestAction, Suppression
from tests.test_pipeline import CC, OPT_OUT, classifier, deliver, poll, world  # noqa: F401 - fixtures

AGAIN = OPT_OUT.replace(b"p-optout@", b"p-optout-again@").replace(b"No more ads", b"Again: no ads")


def test_the_same_person_twice_in_one_batch_is_suppressed_once_and_answered_once(world, sessions):
    deliver(world, "customercare", OPT_OUT)
    deliver(world, "customercare", AGAIN)
    result = poll(world, "customercare")
    assert result.recorded == 2, result
    with sessions() as s:
        entries = s.scalars(select(Suppression).order_by(Suppression.id)).all()
        assert sorted(e.channel for e in entries) == ["marketing_email", "marketing_postal"]
        actions = s.scalars(select(RequestAction).order_by(RequestAction.id)).all()
        assert [a.status for a in actions] == ["done", "already_suppressed"]
        assert actions[1].suppression_ids == actions[0].suppression_ids == [e.id for e in entries]
        rows = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        assert [(r.status, r.withheld_reason) for r in rows] == [("pending", None), ("withheld", "capped")]


def test_a_batch_counts_what_earlier_batches_committed(world, sessions):
    deliver(world, "customercare", OPT_OUT)
    poll(world, "customercare")
    deliver(world, "customercare", AGAIN)
    poll(world, "customercare")
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Suppression)) == 2
        assert [r.withheld_reason for r in s.scalars(select(OutboxMessage).order_by(OutboxMessage.id))] == [
            None, "capped"]
