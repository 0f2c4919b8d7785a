"""The shared evaluation corpus: no critical error, precise automatic decisions, enough automation."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.decide.classify import Classifier
from intake.decide.evaluate import evaluate
from intake.settings import AckSettings, ClassifierSettings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def report():
    if not (CORPUS / "manifest.jsonl").exists():
        pytest.skip(f"no evaluation corpus at {CORPUS}")
    classifier = Classifier.load(ClassifierSettings(), AckSettings(), ["customercare@alliant-energy.com",
                                                                        "powerhousecatalog@alliant-energy.com"])
    return evaluate(CORPUS, classifier)


def test_no_critical_errors(report):
    assert report.critical == []


def test_auto_precision(report):
    assert report.figures()["auto_precision"] >= 0.98, report.wrong_automatic


def test_automation(report):
    assert report.figures()["automation"] >= 0.85


def test_every_automated_message_is_recognised(report):
    assert report.figures()["automated_recall"] == 1.0
