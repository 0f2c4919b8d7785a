"""Training is reproducible, and what it writes is what the decider loads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from intake.decide.model import Model
from intake.decide.train import TrainConfig, load_corpora, load_snippets, train, version_of
from intake.settings import ClassifierSettings, Settings

SMALL = TrainConfig(iterations=60)
DAY = date(2025, 1, 2)
SETTINGS = Settings(source="test")


@pytest.fixture(scope="module")
def subset():
    """A small slice of every kind of training data: corpora (with CV groups) and snippets."""
    corpora = load_corpora()
    groups = sorted({i.group for i in corpora})
    picked = [i for g in groups[:3] for i in [x for x in corpora if x.group == g][::6]]
    return picked + load_snippets()[::20]


def test_same_data_same_version_and_weights(tmp_path, subset):
    first = train(SETTINGS, model_dir=tmp_path / "a", config=SMALL, items=subset, today=DAY)
    second = train(SETTINGS, model_dir=tmp_path / "b", config=SMALL, items=subset, today=DAY)
    assert first.version == second.version and first.version.startswith("model-20250102-")
    assert first.thresholds == second.thresholds and first.cv == second.cv
    assert (tmp_path / "a" / "weights.npz").read_bytes() == (tmp_path / "b" / "weights.npz").read_bytes()
    loaded = Model.load(tmp_path / "a")
    assert loaded.version == first.version and loaded.meta["thresholds"] == first.thresholds.as_dict()


def test_the_written_model_decides(tmp_path, subset):
    from intake.decide.chain import Decider
    from intake.mail.parse import parse

    train(SETTINGS, model_dir=tmp_path / "m", config=SMALL, items=subset, cross_validate=False, today=DAY)
    settings = Settings(source="test", classifier=ClassifierSettings(model_dir=tmp_path / "m"))
    decision = Decider.load(settings).classify(parse(
        b"From: a@example.org\r\nTo: customercare@alliant-energy.com\r\nSubject: hi\r\n\r\nUnsubscribe me.\r\n"))
    assert decision.model_version.startswith("model-20250102-")


def test_version_changes_with_data_or_config(subset):
    from intake.decide.confidence import Thresholds

    base = version_of(subset, SMALL, Thresholds(), DAY)
    assert version_of(subset[1:], SMALL, Thresholds(), DAY) != base
    assert version_of(subset, replace(SMALL, l2=1e-3), Thresholds(), DAY) != base
    assert version_of(subset, SMALL, Thresholds(agree=0.5), DAY) != base
    assert version_of(subset, SMALL, Thresholds(), DAY, rules="other rules") != base


def test_committed_model_has_a_version_and_thresholds():
    meta = Model.load(ClassifierSettings().model_dir).meta
    assert meta["model_version"].startswith("model-")
    assert set(meta["thresholds"]) >= {"agree", "alone", "doubt", "unclear", "not_a_request"}
    assert meta["cross_validation"]["critical"] >= 0


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
    assert example.labels == ("marketing_opt_out",) and "glossy flyers" in example.mail.new_text
    assert example.mail.subject == "my flyers" and example.group == "staff"


def test_cross_validation_report_counts_as_training_does(subset):
    """`intake eval --cross-validate` lists each left-out message's verdict; its figures are the ones `intake
    train` chose its thresholds by, so the listing explains exactly those figures."""
    from intake.decide import crossval

    result = train(SETTINGS, config=SMALL, items=subset, today=DAY)
    report = crossval.run(SETTINGS, result.thresholds, items=subset, config=SMALL)
    assert report.figures == result.cv
    corpus = [i for i in subset if i.group not in ("snippets", "examples")]
    assert sorted(r.name for r in report.rows) == sorted(i.name for i in corpus)
    verdicts = [r.verdict for r in report.rows]
    assert verdicts.count("critical") == report.figures["critical"]
    assert verdicts.count("wrong") == report.figures["wrong"]
    assert sum(f["automatic"] for f in report.per_set.values()) == report.figures["automatic"]
    one = sorted(report.per_set)[0]
    alone = crossval.run(SETTINGS, result.thresholds, [one], items=subset, config=SMALL)
    assert set(alone.per_set) == {one} and alone.per_set[one] == report.per_set[one]


def test_cross_validation_thresholds_are_checked():
    from intake.decide import crossval
    from intake.decide.confidence import Thresholds

    assert crossval.parse_thresholds(Thresholds(), ["unclear=0.3"]).unclear == 0.3
    for bad in ("unclear", "nosuch=0.3", "unclear=high"):
        with pytest.raises(ValueError, match=bad.split("=")[0]):
            crossval.parse_thresholds(Thresholds(), [bad])


def test_reading_all_sentences_at_once_gives_the_plain_scores(subset):
    """Speed work: Model.read sums every sentence's features in one segmented sum; the figures are the ones of
    scoring the whole text and each sentence one at a time (float32 sums in another order: to 1e-5)."""
    from intake.decide.chain import Decider
    from intake.decide.model import vectors

    from intake.decide.train import prepare

    model = Decider.load(SETTINGS).tools.model
    items, _, _ = prepare(SETTINGS, items=subset[:400])
    read = [i for i in items if not i.reading.settled]
    assert read and any(len(vectors(i.reading)) > 2 for i in read)
    for item in read:
        fast, plain = model.read(item.reading), model._read_plain(vectors(item.reading))
        assert fast.keys() == plain.keys()
        assert all(abs(fast[k] - plain[k]) < 1e-5 for k in fast), (item.name, fast, plain)
