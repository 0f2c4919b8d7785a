"""Deciding reads a bounded text: per token, per sentence, per message. What is cut is in the evidence and sends the
message to review. No timers: the tests look at what spaCy's tokenizer was given."""

from __future__ import annotations

import random
import re

import pytest

from intake.decide.chain import Decider
from intake.decide.reading import sentence_starts
from intake.decide.words import MAX_SENTENCE_CHARS, MAX_TEXT_CHARS, MAX_TOKEN_CHARS
from intake.mail.parse import parse
from intake.settings import Settings


class Recording:
    """spaCy's tokenizer, keeping every text it is given."""

    def __init__(self, tokenizer):
        self.tokenizer, self.texts = tokenizer, []

    def __call__(self, text):
        self.texts.append(text)
        return self.tokenizer(text)


@pytest.fixture(scope="module")
def decider():
    decider = Decider.load(Settings(source="test"))
    for nlp in decider.tools.pipelines.by_lang.values():
        nlp.tokenizer = Recording(nlp.tokenizer)
    return decider


def seen(decider) -> list[str]:
    """What the tokenizers were given since the last call."""
    texts = []
    for nlp in decider.tools.pipelines.by_lang.values():
        texts += nlp.tokenizer.texts
        nlp.tokenizer.texts = []
    return texts


def eml(body: bytes, subject: str = "my account") -> bytes:
    return (f"From: Pat Doe <pat@example.org>\r\nTo: customercare@alliant-energy.com\r\nSubject: {subject}\r\n"
            "Date: Tue, 05 Nov 2024 10:00:00 -0600\r\nMessage-ID: <cost@example.org>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode() + body


def assert_bounded(texts: list[str]) -> None:
    assert texts, "the tokenizer was not called"
    for text in texts:
        assert len(text) <= MAX_TEXT_CHARS + 2  # and the paragraph break that ends the text
        assert max(len(run) for run in re.findall(r"\S+", text) or [""]) <= MAX_TOKEN_CHARS
        starts = sentence_starts(text, [(0, "")]) + [len(text)]
        assert max(b - a for a, b in zip(starts, starts[1:])) <= MAX_SENTENCE_CHARS + 2


rng = random.Random(15)
HOSTILE = {
    "euro": "€".encode() * 20_000,
    "emoji": "".join(chr(rng.randint(0x1F600, 0x1F64F)) for _ in range(20_000)).encode(),
    "symbols": "".join(rng.choice("€$%#§£¥©™°¤¢&*=+<>|~^") for _ in range(20_000)).encode(),
    # NUL bytes as Dovecot stores them: 0x80, read as the euro sign.
    "dovecot nul": b"\x80" * 20_000,
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_twenty_thousand_symbols_in_a_row_are_cut_and_go_to_review(decider, kind):
    seen(decider)
    decision = decider.classify(parse(eml(HOSTILE[kind])))
    assert_bounded(seen(decider))
    assert decision.review and not decision.automated
    assert decision.evidence["words"]["cut"]["token"] >= 20_000 - MAX_TOKEN_CHARS
    assert any(r.startswith("text cut for deciding") for r in decision.reasons)


def test_the_request_before_a_cut_is_still_proposed(decider):
    body = b"Please unsubscribe me from your marketing emails.\n\n" + "\U0001F600".encode() * 19_000
    decision = decider.classify(parse(eml(body)))
    assert_bounded(seen(decider))
    assert decision.review and decision.labels == ()
    assert "marketing_opt_out" in decision.proposed
    assert decision.evidence["words"]["cut"] == {"token": 19_000 - MAX_TOKEN_CHARS}


def test_a_long_sentence_and_a_long_message_are_cut(decider):
    sentence = b"and the mail keeps coming " * 200  # 5,200 characters and no sentence end
    decision = decider.classify(parse(eml(b"Please stop the catalog " + sentence)))
    assert_bounded(seen(decider))
    assert decision.review and decision.evidence["words"]["cut"]["sentence"] > 3_000
    letter = b"Please stop sending me the catalog. We moved away.\n" * 1_000  # 51,000 characters
    decision = decider.classify(parse(eml(letter)))
    assert_bounded(seen(decider))
    assert decision.review and decision.evidence["words"]["cut"]["message"] > 30_000


def test_ordinary_mail_is_not_cut(decider):
    body = (b"Hello,\n\nPlease take me off your marketing email list: "
            b"https://example.com/unsubscribe?u=0123456789abcdef0123456789abcdef&id=0123456789\n\nThanks,\nPat Doe\n")
    decision = decider.classify(parse(eml(body)))
    assert "cut" not in decision.evidence["words"]
    assert decision.labels == ("marketing_opt_out",) and not decision.review
