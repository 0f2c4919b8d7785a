"""This round's fixes to the deciding side (2026-12-05, eighth session), found in three sets at first sight
(august, outsiders, ourhouse), each in words of our own, written after the fix it checks: regression tests. Where
the model may still doubt a message, a test accepts staff (review), never a wrong automatic decision.
"""

from __future__ import annotations

import pytest

from tests.test_decide_kinds import decide, decider, reply_to_ack, seen  # noqa: F401 (decider is the module's fixture)

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CATALOG = "powerhousecatalog@alliant-energy.com"


def _no_opt_out(d) -> bool:
    return not {M, S} & set(d.labels)


# --- the opt-out as someone else's, as a topic, or as an earlier request ---------------------------------------------

@pytest.mark.parametrize("body", [
    "If somebody does not want your e-mails, what do they have to do?",
    "When a customer doesn't want the catalog anymore, how do they tell you?",
])
def test_someone_in_general_who_does_not_want_mail_is_a_hypothetical(decider, body):
    d = decide(decider, body, "question")
    assert _no_opt_out(d) and M not in d.proposed, seen(d)


@pytest.mark.parametrize("body", [
    "Has my opt-out been processed yet? I wrote two weeks ago.",
    "I e-mailed you last month about the flyers. Did we already unsubscribe or not? How long does it take?",
])
def test_asking_whether_an_earlier_opt_out_took_is_a_question(decider, body):
    d = decide(decider, body, "status")
    assert _no_opt_out(d) and Q in d.labels, seen(d)


def test_others_asking_us_how_to_opt_out_told_by_a_reporter_is_no_opt_out(decider):
    d = decide(decider, "Several listeners asked me how to opt out of the catalog's list sharing. Could your "
                        "press office call me before Friday?", "radio segment", to=CATALOG)
    assert _no_opt_out(d) and Q in d.labels, seen(d)


def test_the_opt_out_as_a_topic_is_no_opt_out(decider):
    d = decide(decider, "For my thesis I would like to interview someone about how customers learn about the "
                        "opt-out.", "thesis interview")
    assert _no_opt_out(d) and M not in d.proposed, seen(d)


def test_cancelling_a_service_in_spanish_is_no_marketing_opt_out(decider):
    d = decide(decider, "Necesito dar de baja el servicio de luz del departamento porque me cambio de casa el "
                        "lunes.", "baja")
    assert M not in d.labels and M not in d.proposed, seen(d)


def test_you_cannot_give_me_her_address_is_no_sharing_opt_out(decider):
    d = decide(decider, "I know you can't give me her address, but could you pass my phone number on to my "
                        "cousin Dana Kessler?", "my cousin", to=CATALOG)
    assert S not in d.labels, seen(d)


# --- clear requests the rules missed -----------------------------------------------------------------------------

def test_not_wanting_the_other_promotional_stuff_is_an_opt_out(decider):
    d = decide(decider, "I don't want any more of your promotional stuff.", "promos")
    assert d.labels == (M,) and not d.review, seen(d)


def test_keeping_one_newsletter_and_stopping_the_other_promotions_goes_to_staff(decider):
    d = decide(decider, "Keep me on the energy tips newsletter but I don't want any of the other promotional "
                        "stuff.", "promos")
    assert d.review and M in d.proposed, seen(d)


def test_an_english_request_with_its_object_inside_spanish_text(decider):
    d = decide(decider, "Hola, please stop sending the catalogs. Mi esposa y yo ya no los leemos. Gracias!",
               "catalogos")
    assert M in d.labels and not d.review, seen(d)


def test_take_it_off_the_list_after_the_address_named_before(decider):
    d = decide(decider, "My husband and I both read this inbox. Please take it off the PowerHouse e-mail list, "
                        "thanks.", "e-mail list", to=CATALOG)
    assert M in d.labels or (d.review and M in d.proposed), seen(d)
    assert any("take it off" in r for r in d.reasons), seen(d)


# --- a person away, answering our acknowledgement by machine ---------------------------------------------------------

def test_a_vacation_reply_without_auto_submitted_to_our_acknowledgement_is_automated(decider):
    d = reply_to_ack(decider, "Hello, I'm up at the lake cabin until the 30th and will have limited e-mail. Talk to "
                           "you when I'm back!")
    assert d.automated and d.ack_to is None, seen(d)


def test_nor_do_i_want_advertising_in_spanish_is_a_marketing_opt_out(decider):
    d = decide(decider, "No vendan mi información a nadie, y tampoco quiero recibir más publicidad en mi casa.",
               "mis datos")
    assert d.labels == (M, S) and not d.review, seen(d)


def test_enjoying_the_catalog_beside_a_sharing_opt_out_keeps_it(decider):
    """The catalog the sender enjoys is kept: the model's lean to a marketing opt-out on its words is answered."""
    d = decide(decider, "We really like the PowerHouse catalog and order from it often. We do not want our name "
                        "and address given out to other companies, though.", "our name", to=CATALOG)
    assert d.labels == (S,) and not d.review, seen(d)


# --- from the fresh-eyes review's probes (their words are not used here) -----------------------------------------

def test_a_newsletter_named_by_words_of_its_own_is_an_opt_out(decider):
    d = decide(decider, "We don't want the weekly Energy Saver newsletter any longer. Thank you.", "newsletter")
    assert d.labels == (M,) and not d.review, seen(d)


def test_the_bill_named_that_way_is_not_an_opt_out(decider):
    d = decide(decider, "I don't want the monthly paper bill anymore, can I get it by e-mail?", "bill")
    assert M not in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "pls dont sell my infomation to anyone",
    "please dont shair our name with other catalogs",
])
def test_sharing_opt_outs_with_common_misspellings(decider, body):
    d = decide(decider, body, "name", to=CATALOG)
    assert S in d.labels and not d.review, seen(d)


def test_stop_sharing_asked_as_a_question_in_spanish(decider):
    d = decide(decider, "¿Podrían dejar de vender mis datos a otras compañías, por favor?", "datos", to=CATALOG)
    assert S in d.labels and not d.review, seen(d)


def test_the_catalog_kept_in_spanish_beside_a_sharing_opt_out(decider):
    d = decide(decider, "No compartan mi dirección con nadie. El catálogo sí lo quiero, gracias.", "dirección",
               to=CATALOG)
    assert d.labels == (S,) and not d.review, seen(d)


# --- inbox cleaners that write of their user in the third person (replyall, november at first sight) ------------

@pytest.mark.parametrize("body, sender", [
    ("unsubscribe\n\nThis request was sent on behalf of a TidyBox user who chose to unsubscribe from this list.\n"
     "Recipient: sam.ortega@gmail.com", "Sam Ortega (via TidyBox) <u-81ac@unsub.tidybox.example>"),
    ("Sam Ortega (sam.ortega@gmail.com) has asked to unsubscribe from this list.\nSent automatically by "
     "TidyBox.", "Sam Ortega <sam.ortega@gmail.com>"),
])
def test_an_inbox_cleaner_with_auto_submitted_is_an_opt_out_without_an_answer(decider, body, sender):
    d = decide(decider, body, "unsubscribe PH-2711-XY", sender=sender, to=CATALOG,
               headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated and M in (*d.labels, *d.proposed) and d.ack_to is None, seen(d)


# --- a bare "BAJA" under a Spanish promotion whose footer names its mail in other words (replyall, november) --------

QUOTED_ES_PROMO = """El lun, 8 mar 2027 a las 10:00, Alliant Energy <customercare@alliant-energy.com> escribió:
> Ahorre este invierno con un termostato inteligente: $75 de reembolso.
>
> Recibe este correo porque es cliente de Alliant Energy. Para no recibir más correos de promociones,
> responda BAJA. Alliant Energy, 4902 N Biltmore Ln, Madison, WI 53718."""


@pytest.mark.parametrize("word", ["BAJA", "baja por favor"])
def test_baja_under_a_spanish_promotion_is_the_marketing_opt_out(decider, word):
    d = decide(decider, f"{word}\n\n{QUOTED_ES_PROMO}", "Re: Ahorre este invierno [AE-XX-2703-ES]",
               in_reply_to="<AE-XX-2703-ES.5d1e0c@mail.alliant-energy.com>")
    assert d.labels == (M,) and not d.review, seen(d)


def test_remove_this_address_from_your_e_mails_is_an_opt_out(decider):
    d = decide(decider, "This reached my office account. Please remove this address from your e-mails.",
               "FW: spring offers")
    assert M in d.labels and not d.review, seen(d)


def test_y_que_after_quiero_saber_opens_a_wish_of_its_own(decider):
    """year2028 at first sight: "Quiero saber cómo ..., y que ya no manden publicidad" asks and then wishes."""
    d = decide(decider, "Quiero saber cuándo llega la factura nueva, y que ya no manden publicidad a mi casa.",
               "factura")
    assert M in d.labels and Q in d.labels, seen(d)


def test_the_wish_for_a_late_parent_goes_to_staff(decider):
    d = decide(decider, "Mi papá falleció en enero. Quiero saber cómo pasar la cuenta a mi nombre, y que ya no "
                        "manden publicidad a su nombre.", "cuenta de mi papá")
    assert d.review and M in d.proposed, seen(d)


# --- found in march2028, jul2028 and dec2028 after their first-sight figures were taken ----------------------------

def test_an_english_opt_out_in_spanish_text_keeping_only_the_bill(decider):
    d = decide(decider, "Hola, mi factura de agosto está muy alta, ¿por qué? Also no more promo emails por favor, "
                        "solo la factura.", "Re: Your Alliant Energy bill is ready")
    assert M in d.labels and Q in d.labels, seen(d)


def test_stop_the_e_mails_only_the_bill_keeps_the_bill(decider):
    d = decide(decider, "No more marketing emails please, only the bill.", "emails")
    assert d.labels == (M,), seen(d)


def test_a_prize_bait_in_our_name_from_elsewhere_is_not_a_request(decider):
    d = decide(decider, "Congratulations! You have won a cordless vacuum in the PowerHouse summer draw. Claim it "
                        "today, just cover shipping.\n\nUnsubscribe | Do not sell my info",
               "You WON - claim today", sender="PowerHouse Rewards <prize@powerhouse-prizes.example>")
    assert d.automated and not d.labels and d.ack_to is None, seen(d)


def test_an_inbox_cleaner_at_the_request_of_its_user(decider):
    d = decide(decider, "Please unsubscribe the recipient of this mailing from all future messages.\n\nSent "
                        "automatically by TidyBox at the request of a TidyBox user.", "unsubscribe AE-XX-2812",
               sender="TidyBox Unsubscribe <unsubscribe@tidybox.example>", headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated and M in (*d.labels, *d.proposed) and d.ack_to is None, seen(d)


# --- account changes and opting back in, from the fresh-eyes review's deferrals (its words are not used) ----------

def test_waiving_a_fee_is_a_question(decider):
    d = decide(decider, "Please waive the reconnection fee on my last statement, the bank held my payment.", "fee")
    assert Q in d.labels and not d.review and M not in d.labels, seen(d)


def test_an_account_holder_change_is_a_question_not_an_opt_out(decider):
    d = decide(decider, "Please take my former roommate's name off our account, I'm the holder now.", "account")
    assert M not in d.labels and (Q in d.labels or (d.review and Q in d.proposed)), seen(d)


def test_asking_to_start_sending_again_is_opting_back_in(decider):
    d = decide(decider, "A while ago I asked to be removed. Please start sending them again, I miss the catalogs.",
               "catalogs", to=CATALOG)
    assert M not in d.labels and (d.labels == (Q,) or (d.review and Q in d.proposed)), seen(d)
    assert any(c["tag"] == "opt_back_in" for c in d.evidence["cues"]), seen(d)
