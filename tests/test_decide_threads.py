"""One classifier shared by the daemon's mailbox threads: two threads deciding two mailboxes' batches at once get
exactly the decisions of a serial run, and no batch falls back to one-by-one."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from intake import pipeline
from intake.decide.chain import Decider
from intake.settings import Settings
from intake.values import RawMessage

CORPORA = Path(__file__).resolve().parents[1] / "models" / "corpora"
ROUNDS = 6


@pytest.fixture(scope="module")
def ctx() -> pipeline.Context:
    settings = Settings(source="test")
    return pipeline.Context(settings=settings, sessions=None, classifier=Decider.load(settings))  # type: ignore[arg-type]


def batch(corpus: str, mailbox: str) -> list[RawMessage]:
    files = sorted((CORPORA / corpus).glob("*.eml"))
    assert len(files) >= 100, corpus
    return [RawMessage(mailbox=mailbox, uidvalidity=1, uid=i + 1, data=path.read_bytes())
            for i, path in enumerate(files)]


def test_two_mailbox_threads_share_one_classifier(ctx, caplog):
    batches = {"customercare": batch("business", "customercare"), "catalog": batch("machines", "catalog")}
    serial = {name: pipeline._judge_batch(raws, ctx) for name, raws in batches.items()}
    assert all(d is not None for judged in serial.values() for _, d, _ in judged.values())
    mails = {name: [mail for mail, _, _ in judged.values()] for name, judged in serial.items()}
    differences: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(batches))

    def mailbox_thread(name: str) -> None:
        try:
            start.wait()
            for round_ in range(ROUNDS):
                # The classifier's own batch call, as fast as it goes, and the pipeline's (parse, then classify).
                decisions = ctx.classifier.classify_many(mails[name])
                differences.extend(f"{name} round {round_} uid {uid}" for uid, decision in zip(serial[name], decisions)
                                   if decision != serial[name][uid][1])
                judged = pipeline._judge_batch(batches[name], ctx)
                differences.extend(f"{name} round {round_} uid {uid} (pipeline)"
                                   for uid, (_, decision, failure) in judged.items()
                                   if failure is not None or decision != serial[name][uid][1])
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    caplog.set_level(logging.WARNING, logger="intake.pipeline")
    threads = [threading.Thread(target=mailbox_thread, args=(name,)) for name in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert differences == []
    assert [r for r in caplog.records if getattr(r, "event", None) == "batch_classify_failed"] == []
