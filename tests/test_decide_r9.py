"""This round's fixes to the deciding side (2026-12-04, sixth session), each in words of our own, written after
the fix it checks: regression tests. Where the model may still doubt a clear message, a test accepts staff
(review), never a wrong automatic decision.
"""

from __future__ import annotations

import pytest

from tests.test_decide_kinds import decide, decider, seen  # noqa: F401 (decider is the module's fixture)

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CATALOG = "powerhousecatalog@alliant-energy.com"


# --- mail of someone who left the address (LABELS.md: on behalf of someone else) -------------------------------

@pytest.mark.parametrize("body", [
    "Hola, ya no me envíen el catálogo por favor, era de mi suegra y ya se mudó a Texas.",
    "Please stop mailing me the catalog. It's my daughter's, she moved out last spring.",
    "Please stop sending us the catalogs, they were my dad's and he no longer lives here.",
])
def test_stopping_the_mail_of_someone_who_moved_away_goes_to_staff(decider, body):
    d = decide(decider, body, "catalogo", to=CATALOG)
    assert d.review and not d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "I moved out of my parents' house, please stop sending me the catalog there.",
    "We moved last month. Please stop all advertising mail to the old address.",
])
def test_the_senders_own_move_keeps_the_request_theirs(decider, body):
    d = decide(decider, body, "catalog", to=CATALOG)
    assert M in d.labels or d.review, seen(d)
    assert not any("an opt-out for someone else" in r for r in d.reasons), seen(d)


# --- the account is a named person's ----------------------------------------------------------------------------

def test_an_opt_out_for_an_account_in_someone_elses_name_goes_to_staff(decider):
    d = decide(decider, "We share a house. The account is under Dana Whitfield's name, not mine. Can you take this "
                        "address off your advertising list?", "ads", sender="Sam Ortiz <sortiz88@gmail.com>")
    assert d.review and not d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "The account is under Robert Ellison (my legal name). Please take me off the promotional e-mail list.",
    "The account is in Bobby Ellison's name. Please take me off the promotional e-mail list.",
])
def test_the_senders_own_name_on_the_account_keeps_the_request_theirs(decider, body):
    d = decide(decider, body, "promo emails", sender="Bobby Ellison <bobby.e@gmail.com>")
    assert M in d.labels and not d.review, seen(d)


# --- mail from phones (the phones set at first sight) ------------------------------------------------------------

def test_a_bare_subject_said_again_with_its_object_in_the_text_is_no_doubt(decider):
    d = decide(decider, "Hello, please opt me out of all marketing, by e-mail and by post.\n\nGreta Lindqvist",
               "Opt out")
    assert d.labels == (M,) and not d.review, seen(d)


def test_english_wish_in_mail_read_as_spanish(decider):
    d = decide(decider, "no more emails please / ya no quiero más correos, gracias", "correos")
    assert M in d.labels, seen(d)


def test_a_spanish_question_in_mail_read_as_english(decider):
    d = decide(decider, "please unsubscribe me. Y también quisiera saber cuándo llega mi reembolso del depósito.",
               "unsubscribe")
    assert Q in d.labels or d.review, seen(d)
    assert M in d.labels or M in d.proposed, seen(d)


def test_dont_share_mine_under_the_sharing_words(decider):
    d = decide(decider, "that bit about sharing with other catalog companies, don't share mine please", "catalog",
               to=CATALOG)
    assert S in d.labels, seen(d)


def test_explain_that_asks_for_an_answer(decider):
    d = decide(decider, "unsubscribe. also my gas bill doubled since november, explain that", "unsubscribe")
    assert Q in d.labels or d.review, seen(d)
    assert d.review or M in d.labels, seen(d)


def test_how_much_longer_asks(decider):
    d = decide(decider, "how much longer?? no power since 5am and the house is freezing", "Re: Outage alert")
    assert Q in d.labels and not d.review, seen(d)
