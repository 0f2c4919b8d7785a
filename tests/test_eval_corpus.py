"""The shared evaluation corpus (../shared/corpus), now a second check only: the rules and the model were once
shaped on it, so since the deciding side was rebuilt (issue 13) nothing is tuned on it any more and its figures are
reported, not optimised (README, "Figures").

The targets of issue 13 are asserted as they are; the ones this build does not yet reach are strict expected
failures, so that the day they are reached the test says so and the marker goes. Beside them, floors at today's
figures catch a regression."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.decide.chain import Decider
from intake.decide.evaluate import evaluate
from intake.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def report():
    if not (CORPUS / "manifest.jsonl").exists():
        pytest.skip(f"no evaluation corpus at {CORPUS}")
    classifier = Decider.load(Settings(source="test"))
    return evaluate(CORPUS, classifier)


@pytest.mark.xfail(strict=True, reason="models d76dd488d8 to 937f0d77ca: one unclear message decided "
                   "automatically (0 with the model before them); nothing is tuned on this corpus, so it is reported, not chased")
def test_no_critical_errors(report):
    # A strict xfail (three critical) until model-20261203-b0be2aa3a6, whose thresholds cross-validation on the
    # training sets chose (unclear 0.2), and again since model-20261204-d76dd488d8 (one).
    assert report.critical == []


def test_at_most_todays_critical_errors(report):
    # Was 1. The thresholds of model-20261203-04e59d0b80 (chosen by cross-validation on the training sets) cut the
    # critical decisions on the locked split from 7 to 5 and on the training sets from 25 to 10, and cost two here
    # (two mails the model alone decides at 0.95 where it used to need 0.99).
    assert len(report.critical) <= 3, report.critical


@pytest.mark.xfail(strict=True, reason="models d76dd488d8 to 937f0d77ca: 0.989, the same one unclear "
                   "message decided automatically; 0.979 since 'do not call me' reads as calls")
def test_auto_precision_target(report):
    # A strict xfail until model-20261204-ec4984d4cd (0.989 for the one before it, 0.956 earlier), and again since
    # model-20261204-d76dd488d8; nothing is tuned on this corpus.
    assert report.figures()["auto_precision"] >= 0.99, report.wrong_automatic


def test_auto_precision_floor(report):
    assert report.figures()["auto_precision"] >= 0.95, report.wrong_automatic  # was 0.97: see the critical floor


@pytest.mark.xfail(strict=True, reason="0.77 with models 900efc749d to 937f0d77ca: the model's doubts send clear mail to staff (issue 13, over-deferral)")
def test_automation_target(report):
    assert report.figures()["automation"] >= 0.85


def test_automation_floor(report):
    assert report.figures()["automation"] >= 0.62


def test_every_automated_message_is_recognised(report):
    assert report.figures()["automated_recall"] == 1.0
