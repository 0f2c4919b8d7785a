"""Mail written for these tests only (tests/data/unseen_*.eml), never used for rules or training, in the styles the
demo mailboxes showed the classifier had not seen: paper bills, a real question beside an opt-out, complaints
dressed as questions, signatures in capitals or with the account on the name line, Spanish.

Each message is one a careful person decides without doubt, or one that must go to staff (review). Where the
classifier cannot yet be sure of a clear message it may send it to staff, but it must never decide it wrongly:
those cases are listed in REVIEW_ALLOWED (known gaps, see the report that added this file).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.decide.chain import Decider
from intake.mail.parse import parse
from intake.settings import Settings

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
DATA = Path(__file__).resolve().parent / "data"
REVIEW = "review"

EXPECTED = {
    # paper bills are a billing change, not a marketing opt-out
    "paper_statements": (Q,),
    "stop_paper_bill_context": (Q,),
    "bills_by_email_question": (Q,),
    "es_paperless": (Q,),
    # ... but paper catalogs are marketing
    "stop_paper_catalog_context": (M,),
    "es_no_more_paper_catalog": (M,),
    # a real question beside an opt-out needs an answer
    "optout_then_when": (M, Q),
    "share_then_confirmation": (S, Q),
    "newsletter_how_long": (M, Q),
    "es_optout_cuando": (M, Q),
    # ... and so does a request only a person can carry out or answer, even without a question mark
    "optout_tell_me_how": (M, Q),
    "delete_me_from_list": (M,),    # deleting a person from a list is the opt-out itself, not a data request
    # a complaint dressed as a question is not one
    "rhetorical_junk": (M,),
    "rhetorical_how_many": (M,),
    "es_rhetorical": (M,),
    # plain cases
    "caps_signature": (M,),
    # what people tell us around an opt-out is neither a question nor a request of its own
    "optout_four_a_week": (M,),
    "want_off_bills_fine": (M,),
    "optout_landlord_equipment": (M,),
    "name_comma_account": (M,),
    "keep_catalog_no_rent": (S,),
    # "leave me out of that" after a sentence about passing names on is about that sharing ...
    "share_leave_me_out": (S,),
    "share_exclude_me": (S,),
    "share_record_opt_out": (S,),
    # ... and after a sentence about the catalogs themselves, about the catalogs
    "catalogs_then_take_me_off": (M,),
    "both_optouts": (M, S),
    # calls are not post or e-mail (LABELS.md's marketing opt-out): a wish a person passes on; the writers of
    # the grey, tangled, formal and threads sets label it so (changed from (M,) when the phone scope landed)
    "do_not_call": (Q,),
    "privacy_meter_question": (Q,),
    "hypothetical_reminders": (Q,),
    "back_in_by_accident": (Q,),
    "which_companies": (Q,),
    "moved_update": (Q,),
    "es_how_change_address": (Q,),
    # outage texts are service notices, not marketing: named, they are a change for staff to make (a question).
    # Until this round REVIEW ("what should stop?"); the writers of nine training sets label such mail clear, and
    # LABELS.md makes only a bare "STOP" under service mail unclear
    "outage_texts": (Q,),
    # staff decide
    "sarcasm_hungry_bin": REVIEW,   # the words say "keep them coming"
    "late_mother": REVIEW,          # an opt-out for someone who has died: whose record?
    "bare_no": REVIEW,              # "No." to what?
    # deleting everything we hold is not something intake may do alone (LABELS.md, data requests: unclear plus
    # question), even beside a plain opt-out; these two expected (M, Q) before the rulebook said so
    "optout_erase_records": REVIEW,
    "es_baja_borrar_datos": REVIEW,
}

REVIEW_ALLOWED = {
    # clear to a person, but the model still disagrees with the rules: staff see them, nothing wrong is done
    "stop_paper_bill_context", "es_paperless", "back_in_by_accident", "moved_update", "rhetorical_how_many",
    "keep_catalog_no_rent",  # "keep it coming" beside "do not rent my address": the model doubts the rules
    # the model gives "not a request" 0.58, above the `suspect` threshold cross-validation chose (that threshold
    # halved the critical decisions on vendor and sales mail in cross-validation; this question pays for it)
    "hypothetical_reminders",
    # model d76dd488d8 (2026-12-04, fifth session) leans 0.21 to a question beside "¿Cuántas veces tengo que
    # decirlo? Denme de baja": the rules read the rhetorical question, the model's doubt sends it to staff
    "es_rhetorical",
    # models ba98ea30e1 to 937f0d77ca (2026-12-04 and -05) lean 0.24-0.30 to a question beside the rhetorical
    # "Why do you people keep mailing me this junk?": a doubt, staff decide (over-deferral)
    "rhetorical_junk",
}

ENTITIES = {
    "caps_signature": {"name": "MARGARET O'HARE", "postal_code": "52101"},
    "name_comma_account": {"name": "Peter Voss", "account": "4471 2290 18"},
    "stop_paper_bill_context": {"name": "Glen Maddox", "account": "6620 1187 44"},
    "share_then_confirmation": {"name": "Nora Fiske", "postal_code": "50701"},
    "late_mother": {"name": "Ruth Engel"},
    "es_paperless": {"name": "Alma Quiroga"},
}


@pytest.fixture(scope="module")
def decisions():
    classifier = Decider.load(Settings(source="test"))
    files = {path.stem.removeprefix("unseen_"): path for path in sorted(DATA.glob("unseen_*.eml"))}
    mails = [parse(path.read_bytes()) for path in files.values()]
    return dict(zip(files, classifier.classify_many(mails)))


def test_every_message_has_an_expected_outcome(decisions):
    assert set(decisions) == set(EXPECTED)
    for name in decisions:
        raw = (DATA / f"unseen_{name}.eml").read_bytes()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only, as IMAP returns it


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outcome(decisions, name):
    decision, expected = decisions[name], EXPECTED[name]
    assert not decision.automated
    if expected == REVIEW:
        assert decision.review and decision.labels == ()
    elif name in REVIEW_ALLOWED and decision.review:
        assert decision.labels == ()
        assert set(expected) <= set(decision.evidence["proposed_labels"])
    else:
        assert (decision.labels, decision.review) == (expected, False), decision.reasons


@pytest.mark.parametrize("name", sorted(ENTITIES))
def test_entities_verbatim(decisions, name):
    got = decisions[name].entities.as_dict()
    for key, value in ENTITIES[name].items():
        assert got.get(key) == value
        assert value in (DATA / f"unseen_{name}.eml").read_bytes().decode("utf-8")


def test_paper_bills_never_become_a_marketing_opt_out(decisions):
    for name in ("paper_statements", "stop_paper_bill_context", "bills_by_email_question", "es_paperless"):
        assert M not in decisions[name].labels
