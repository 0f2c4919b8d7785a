"""This round's fixes to the deciding side (2026-12-05, seventh session), each in words of our own, written after
the fix it checks: regression tests. Where the model may still doubt a clear message, a test accepts staff
(review), never a wrong automatic decision.
"""

from __future__ import annotations

import pytest

from tests.test_decide_kinds import decide, decider, seen  # noqa: F401 (decider is the module's fixture)

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


# --- targeted advertising is not the mail a marketing opt-out stops (the sets: a question, beside a sharing opt-out) --

@pytest.mark.parametrize("body", [
    "I opt out of the processing of my personal data for targeted advertising.",
    "Please stop using my data for targeted ads.",
    "Stop the personalized ads please.",
    "No quiero publicidad dirigida. Por favor no usen mis datos para eso.",
])
def test_a_stop_of_targeted_advertising_is_no_marketing_opt_out(decider, body):
    d = decide(decider, body, "privacy")
    assert M not in d.labels and M not in d.proposed, seen(d)
    assert Q in d.labels or (d.review and Q in d.proposed), seen(d)


def test_a_sale_and_targeted_advertising_opt_out_is_the_sharing_opt_out_only(decider):
    d = decide(decider, "Under the state privacy act I opt out of the sale of my personal data and of its use for "
                        "targeted advertising and profiling.", "privacy act opt-out")
    assert S in d.labels and M not in d.labels, seen(d)


def test_advertising_mail_is_still_marketing(decider):
    d = decide(decider, "Please stop sending me advertising.", "mail")
    assert d.labels == (M,), seen(d)


# --- a negation just before a call, at the text's start ----------------------------------------------------------

def test_never_call_me_at_the_start_is_a_call_like_do_not_call_me(decider):
    """The two words before "call" were read from the end of the text when "call" was the second word."""
    d = decide(decider, "Never call me again. And no more e-mails about solar either.", "calls")
    assert M in d.labels and Q in d.labels, seen(d)
    assert any("about calls or texts" in r for r in d.reasons), seen(d)


# --- an adverb inside "I would like to know" -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I would also like to know how I can opt out of the catalog mailings.",
    "I really want to know how long the unsubscribe from your e-mails takes.",
])
def test_wanting_to_know_with_an_adverb_asks_about_the_opt_out(decider, body):
    d = decide(decider, body, "question")
    assert M not in d.labels and Q in d.labels, seen(d)


# --- clear opt-outs the rules missed (found in the training sets' mail the model alone caught) --------------------

@pytest.mark.parametrize("body", [
    "No more promos please, by mail or by email.",
    "Please remove this e-mail address from the catalog e-mails.",
    "Can I get off the mailing list for the promotions?",
])
def test_plain_opt_outs_the_rules_now_find(decider, body):
    d = decide(decider, body, "list")
    assert d.labels == (M,), seen(d)
    assert any(r.startswith("marketing_opt_out: '") for r in d.reasons), seen(d)


def test_how_do_i_get_off_this_list_stays_a_question(decider):
    d = decide(decider, "anyway how do i get off this list", "Re: Plug in at home")
    assert M not in d.labels, seen(d)


def test_the_sender_and_a_spouse_together_are_the_household(decider):
    d = decide(decider, "Please remove both my wife and me from your promotional mail.", "mail")
    assert d.labels == (M,) and not d.review, seen(d)


@pytest.mark.parametrize("body", [
    "Please take my husband and me off the catalog mailing list.",
    "Remove me and my husband from your mailing list please.",
])
def test_the_sender_beside_a_spouse_is_no_opt_out_for_someone_else(decider, body):
    d = decide(decider, body, "list")
    assert not any("an opt-out for someone else" in r for r in d.reasons), seen(d)
    assert M in d.labels or d.review, seen(d)


@pytest.mark.parametrize("body", [
    "Please stop sending the catalog to my mother.",
    "Unsubscribe my husband please.",
])
def test_another_person_alone_as_the_object_still_goes_to_staff(decider, body):
    d = decide(decider, body, "catalog")
    assert d.review and not d.labels, seen(d)


# --- sharing opt-outs the rules missed (found in the training sets' mail the model alone caught) -------------------

@pytest.mark.parametrize("body, labels", [
    ("Please take my name off your catalog mailing list and do not sell, rent or exchange it.", (M, S)),
    ("Please stop the ads, and please don't let our name go out on any list to other companies.", (M, S)),
    ("Les pedimos que no compartan nuestros nombres con otras empresas.", (S,)),
    ("No quiero que mi nombre se lo pasen a otras empresas de catálogos, gracias.", (S,)),
])
def test_sharing_opt_outs_the_rules_now_find(decider, body, labels):
    d = decide(decider, body, "mi nombre / my name", to="powerhousecatalog@alliant-energy.com")
    assert d.labels == labels, seen(d)
    assert any(r.startswith("catalog_share_opt_out: ") and "model" not in r for r in d.reasons), seen(d)
