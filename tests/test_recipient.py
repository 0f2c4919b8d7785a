"""Who gets the acknowledgement: each reason on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.decide.gate import THANKS_ONLY, Gate
from intake.decide.recipient import ack_address
from intake.settings import PROJECT_ROOT, AckSettings
from intake.values import Address, GateVerdict, RuleHit
from tests.test_gate import make_mail

OWN = ("customercare@alliant-energy.com", "PowerHouseCatalog@alliant-energy.com", "privacy@alliant-energy.com")
HUMAN = GateVerdict(automated=False, hits=(), misses=("auto-submitted",))
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _mail(from_: str | None = "dana.roberts@example.com", reply_to: tuple[str, ...] = ()):
    return make_mail(from_=Address("Dana", from_) if from_ is not None else None,
                     reply_to=tuple(Address("", r) for r in reply_to))


def test_from_address_by_default() -> None:
    assert ack_address(_mail(), HUMAN, OWN) == ("dana.roberts@example.com", ("ack_to: from",))


def test_automated_mail_gets_nothing() -> None:
    verdict = GateVerdict(True, (RuleHit("precedence-bulk", "automated", "bulk", "precedence"),), ())
    assert ack_address(_mail(), verdict, OWN) == (None, ("no ack: automated",))


def test_loop_is_named_in_the_reason() -> None:
    verdict = GateVerdict(True, (RuleHit("loop-reply-to-our-ack", "automated", "[PR-2026-11-00001]", "subject"),),
                          (), loop=True)
    assert ack_address(_mail(), verdict, OWN) == (None, ("no ack: automated (reply to our acknowledgement)",))


def test_thanks_only_reply_gets_nothing() -> None:
    verdict = GateVerdict(False, (RuleHit("loop-reply-to-our-ack", THANKS_ONLY, "Thank you!", "new_text"),), ())
    assert ack_address(_mail(), verdict, OWN) == (None, ("no ack: thanks-only reply to our acknowledgement",))


def test_suppressed_by_rfc3834_header() -> None:
    verdict = GateVerdict(False, (), (), suppress_ack=True)
    to, reasons = ack_address(_mail(), verdict, OWN)
    assert to is None and "RFC 3834" in reasons[0]


def test_reply_to_wins_when_it_differs() -> None:
    to, reasons = ack_address(_mail(reply_to=("dana.home@example.net",)), HUMAN, OWN)
    assert to == "dana.home@example.net"
    assert reasons == ("ack_to: reply-to (differs from from)",)


def test_reply_to_same_as_from() -> None:
    assert ack_address(_mail(reply_to=("Dana.Roberts@example.com",)), HUMAN, OWN) == (
        "Dana.Roberts@example.com", ("ack_to: reply-to",))


def test_shared_mailbox_in_reply_to() -> None:
    to, _ = ack_address(_mail(reply_to=("accounts.payable@example.com",)), HUMAN, OWN)
    assert to == "accounts.payable@example.com"


@pytest.mark.parametrize("relay", ["noreply@alliant-energy.com", "no-reply@forms.example.com",
                                   "donotreply@example.com", "do-not-reply@example.com"])
def test_web_form_relay_uses_reply_to(relay: str) -> None:
    to, reasons = ack_address(_mail(relay, ("owen.fitch@example.com",)), HUMAN, OWN)
    assert to == "owen.fitch@example.com"
    assert reasons == ("ack_to: reply-to (from is a no-reply relay)",)


@pytest.mark.parametrize("local", ["postmaster", "abuse", "mailer-daemon", "MAILER-DAEMON", "noreply", "no-reply",
                                   "no_reply", "donotreply", "bounce", "bounces", "bounce-4821", "bounce123", "bounces+x=y",
                                   "list", "garden-request", "owner-garden", "garden-owner", "listserv",
                                   "majordomo", "efs-noreply"])
def test_role_addresses_never(local: str) -> None:
    to, reasons = ack_address(_mail(f"{local}@example.org"), HUMAN, OWN)
    assert to is None
    assert reasons[-1].startswith(("no ack: role address", "no ack: no-reply address"))


def test_role_reason_names_the_role() -> None:
    assert ack_address(_mail("postmaster@example.org"), HUMAN, OWN) == (None, ("no ack: role address postmaster",))


def test_role_reply_to_falls_back_to_a_person_in_from() -> None:
    to, reasons = ack_address(_mail(reply_to=("no-reply@example.com",)), HUMAN, OWN)
    assert to == "dana.roberts@example.com"
    assert reasons == ("reply-to ignored: no-reply address no-reply", "ack_to: from")


@pytest.mark.parametrize("own", ["customercare@alliant-energy.com", "CustomerCare@Alliant-Energy.com",
                                 "powerhousecatalog@alliant-energy.com", "privacy@alliant-energy.com"])
def test_never_our_own_addresses(own: str) -> None:
    to, reasons = ack_address(_mail(own), HUMAN, OWN)
    assert to is None and reasons[-1].startswith("no ack: own address")
    to, reasons = ack_address(_mail(reply_to=(own,)), HUMAN, OWN)
    assert to == "dana.roberts@example.com" and reasons[0].startswith("reply-to ignored: own address")


@pytest.mark.parametrize(("address", "why"), [
    ("", "empty"),
    ("dana.roberts", "no @"),
    ("dana@example.com\r\nBcc: all@example.com", "control characters"),
    ("dana@example.com\n", "control characters"),
    ("dana\x00@example.com", "control characters"),
    ("dana@example.com, eve@example.com", "several addresses or stray characters"),
    ("dana@example.com;eve@example.com", "several addresses or stray characters"),
    ("a@b@example.com", "several addresses or stray characters"),
    ("Dana <dana@example.com>", "several addresses or stray characters"),
    ("dana@localhost", "domain"),
    ("dana@exa_mple.com", "domain"),
    ("dana@-example.com", "domain"),
    (".dana@example.com", "local part"),
    ("da..na@example.com", "local part"),
    ("x" * 65 + "@example.com", "local part"),
])
def test_malformed_addresses_never(address: str, why: str) -> None:
    to, reasons = ack_address(_mail(address), HUMAN, OWN)
    assert to is None
    assert reasons[-1] == f"no ack: malformed ({why})"


def test_several_reply_to_addresses_fall_back_to_from() -> None:
    to, reasons = ack_address(_mail(reply_to=("a@example.com", "b@example.com")), HUMAN, OWN)
    assert to == "dana.roberts@example.com"
    assert reasons == ("reply-to ignored: several addresses", "ack_to: from")


def test_no_from_at_all() -> None:
    assert ack_address(_mail(None), HUMAN, OWN) == (None, ("no ack: no From address",))


def test_plus_tags_are_fine_for_people() -> None:
    assert ack_address(_mail("dana+catalog@example.com"), HUMAN, OWN)[0] == "dana+catalog@example.com"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_corpus_ack_to() -> None:
    parse = pytest.importorskip("intake.mail.parse").parse
    gate = Gate.load(PROJECT_ROOT / "rules", AckSettings())
    own = ("customercare@alliant-energy.com", "powerhousecatalog@alliant-energy.com", "privacy@alliant-energy.com")
    wrong = []
    for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        mail = parse((CORPUS / row["file"]).read_bytes())
        to, reasons = ack_address(mail, gate.check(mail), own)
        if (to or "").lower() != (row["ack_to"] or "").lower():
            wrong.append((row["file"], to, row["ack_to"], reasons))
    assert not wrong
