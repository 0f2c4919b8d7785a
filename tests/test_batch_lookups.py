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


def _rules_whose_opt_out_with_a_question_breaks(tmp_path):
    """A copy of the rules whose opt-out acknowledgement raises when the mail also asked a question: the message's
    suppression entries and its place under the cap are planned by then, in its savepoint."""
    import shutil

    from intake.send.ack import TEMPLATE_DIR
    from intake.settings import Settings

    rules = tmp_path / "rules"
    shutil.copytree(Settings(source="test").classifier.rules_dir, rules)
    (rules / "ack").mkdir(exist_ok=True)
    text = (TEMPLATE_DIR / "opt_out.en.txt.j2").read_text()
    (rules / "ack" / "opt_out.en.txt.j2").write_text("{% if also_question %}{{ due['typo'] }}{% endif %}" + text)
    return rules


def test_what_a_rolled_back_message_planned_does_not_count_for_the_next(world, sessions, tmp_path):
    from dataclasses import replace

    from intake.settings import ClassifierSettings
    from tests.test_pipeline import mail

    rules = _rules_whose_opt_out_with_a_question_breaks(tmp_path)
    ctx = replace(world, settings=replace(world.settings, classifier=ClassifierSettings(rules_dir=rules)))
    deliver(ctx, "customercare", mail(
        "Nadia Brooks <nadia.brooks@example.com>", CC, "No more ads",
        "Please stop sending me advertising by mail and e-mail. Remove me from your marketing lists. Can someone "
        "explain the charges on my gas bill?\n\nNadia Brooks\n410 Elm Street\nCedar Rapids, IA 52402\n",
        "p-optout-q@example.com", date="Tue, 24 Nov 2026 09:00:00 -0600"))
    deliver(ctx, "customercare", AGAIN)
    result = poll(ctx, "customercare")
    assert result.statuses == {"shunted": 1, "done": 1}, result
    with sessions() as s:
        entries = s.scalars(select(Suppression).order_by(Suppression.id)).all()
        assert sorted(e.channel for e in entries) == ["marketing_email", "marketing_postal"]
        actions = s.scalars(select(RequestAction)).all()
        assert [(a.status, a.suppression_ids) for a in actions] == [("done", [e.id for e in entries])]
        assert [(r.recipient, r.status) for r in s.scalars(select(OutboxMessage))] == [
            ("nadia.brooks@example.com", "pending")]
