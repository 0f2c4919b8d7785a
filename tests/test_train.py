"""Training is reproducible: the same data, config and seed give the same version and the same scores."""

from __future__ import annotations

from datetime import date

import pytest

from intake.decide.classify import load_model
from intake.settings import ClassifierSettings
from intake.decide.train import TrainConfig, load_examples, split, train, version_of

SMALL = TrainConfig(seed=3, epochs=3, length=2**12)
DAY = date(2025, 1, 2)


def _subset():
    return load_examples()[::12]


def test_same_seed_same_version_and_scores(tmp_path):
    examples = _subset()
    first = train(examples, SMALL, model_dir=tmp_path / "a", today=DAY)
    second = train(examples, SMALL, model_dir=tmp_path / "b", today=DAY)
    assert first.version == second.version
    assert first.version.startswith("textcat-20250102-")
    assert first.new_scores == second.new_scores
    assert (tmp_path / "a" / "textcat_multilabel" / "model").read_bytes() == \
        (tmp_path / "b" / "textcat_multilabel" / "model").read_bytes()
    assert load_model(tmp_path / "a").meta["intake"]["model_version"] == first.version


def test_version_changes_with_data_or_config():
    examples = _subset()
    base = version_of(examples, SMALL, DAY)
    assert version_of(examples[1:], SMALL, DAY) != base
    assert version_of(examples, TrainConfig(seed=4, epochs=3, length=2**12), DAY) != base


def test_split_is_fixed_by_content():
    examples = _subset()
    _, heldout = split(examples, 8)
    _, heldout_again = split(list(reversed(examples)) + [], 8)
    assert sorted(e.key() for e in heldout) == sorted(e.key() for e in heldout_again)


def test_retraining_reports_the_old_model_beside_the_new(tmp_path):
    examples = _subset()
    train(examples, SMALL, model_dir=tmp_path / "m", today=DAY)
    again = train(examples, SMALL, model_dir=tmp_path / "m", today=DAY)
    assert again.old_version == again.version and again.old_scores == again.new_scores


def test_committed_model_has_a_version():
    classifier_meta = load_model(ClassifierSettings().model_dir).meta["intake"]
    assert classifier_meta["model_version"].startswith("textcat-")


@pytest.mark.parametrize("file_store", [False, True], ids=["in-database", "file-store"])
def test_staff_overrides_become_training_examples(sessions, tmp_path, file_store):
    """`intake train --from-db` learns from what staff decided differently from the bot, wherever the raw mail
    is kept (the file store was once skipped silently)."""
    from dataclasses import replace

    from intake.act.actions import record_decision
    from intake.db import InboundMessage, transaction, utcnow
    from intake.decide.train import load_staff_examples
    from intake.mail.store import MessageStore
    from intake.settings import Settings
    from intake.values import Decision, Entities, RawMessage

    raw = RawMessage("customercare", 1, 1,
                     b"From: kim@example.com\r\nTo: customercare@alliant-energy.com\r\nSubject: my flyers\r\n"
                     b"Message-ID: <kim-1@example.com>\r\n\r\nEnough with the glossy flyers, honestly.\r\n")
    store = MessageStore(tmp_path / "raw" if file_store else None)
    bot = Decision(False, (), True, "kim@example.com", Entities(), 0.4, ("unclear",), "en", "m1", {})
    with transaction(sessions) as s:
        store.put(s, raw)
        message = InboundMessage(mailbox="customercare", uidvalidity=1, uid=1, sha256=raw.sha256,
                                 size=len(raw.data), status="received", received_at=utcnow())
        s.add(message)
        s.flush()
        record_decision(s, message, bot)
        record_decision(s, message, replace(bot, labels=("marketing_opt_out",), review=False), actor="alice")
    assert (tmp_path / "raw").exists() == file_store
    [example] = load_staff_examples(sessions, store, Settings(source="test").catalogue)
    assert example.labels == ("marketing_opt_out",) and "glossy flyers" in example.text
    assert example.subject == "my flyers"
