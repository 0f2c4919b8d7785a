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


# --- first sight of this round's june and worldenglish sets, fixed in words of our own ------------------------------

def test_anything_but_the_bill_keeps_the_bill_and_stops_the_rest(decider):
    d = decide(decider, "Please do not send us anything but the bill. No advertising in the mail and no e-mails "
                        "either.", "too much advertising")
    assert d.labels == (M,) and not d.review, seen(d)


def test_someone_elses_earlier_request_told_is_no_new_opt_out(decider):
    d = decide(decider, "My wife Sharon asked you to stop the catalog back in March. Is she still on the list?",
               "list")
    assert M not in d.labels and M not in d.proposed, seen(d)


def test_a_told_request_said_again_in_its_sentence_is_renewed(decider):
    d = decide(decider, "ive asked you to quit sending the flyers about the energy stuff and they keep coming so "
                        "quit it.", "flyers")
    assert M in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "Hola! Please no compartan mi nombre. I still like the catalog. Solo no quiero más catálogos de otras tiendas.",
    "I don't want any more catalogs from other companies, so please don't share my name.",
])
def test_other_companies_mail_is_no_marketing_opt_out_of_ours(decider, body):
    d = decide(decider, body, "my name", to="powerhousecatalog@alliant-energy.com")
    assert M not in d.labels and (d.labels == (S,) or d.review), seen(d)
    assert any("other companies' mail" in r for r in d.reasons), seen(d)


def test_an_inbox_cleaner_that_speaks_of_one_of_its_users_unsubscribes_a_person(decider):
    body = ("Unsubscribe request\n\nOne of our users, k.lund@charter.net, asked SweepMail to unsubscribe them from "
            "mail sent by PowerHouse Catalog.\n\nPlease remove k.lund@charter.net from your mailing list.\n")
    d = decide(decider, body, "unsubscribe", sender="SweepMail <unsubscribe@sweepmail.app>",
               to="powerhousecatalog@alliant-energy.com", headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated and M in d.labels and d.ack_to is None, seen(d)


@pytest.mark.parametrize("body", [
    "I keep getting your promo email about thermostats, I want to stop the promo email, can or not?",
    "Another one of your catalogues came today. Would you ever take me off the list?",
])
def test_a_request_asked_in_the_writers_own_idiom_is_the_request(decider, body):
    d = decide(decider, body, "promo")
    assert d.labels == (M,), seen(d)


def test_i_want_to_ask_how_asks_about_the_opt_out(decider):
    d = decide(decider, "Please I want to ask, how do I stop the catalog from coming to my house?", "Enquiry")
    assert M not in d.labels and Q in d.labels, seen(d)


def test_si_es_asi_no_la_compartan_leans_on_the_question_before(decider):
    d = decide(decider, "¿Venden mi información a otras compañías? Si es así, no la compartan más.", "mi info")
    assert S in d.labels and Q in d.labels, seen(d)


def test_ya_no_me_lo_manden_under_a_catalog_complaint(decider):
    d = decide(decider, "Hoy llegó otro catálogo. Por favor ya no me lo manden.", "catálogo")
    assert M in d.labels, seen(d)


# --- letters addressed to another organisation (the wrongdoor set's first sight, in words of our own) ---------------

@pytest.mark.parametrize("body", [
    "Dear Verizon Privacy Team,\n\nPlease remove my name from all of your marketing lists and do not sell my "
    "information.\n\nMonica Pratt",
    "Midwest Power Cooperative,\n\nPlease stop emailing me about your heat pump program.\n\nDale",
    "Estimado equipo de privacidad de Movistar:\n\nNo compartan mi información con nadie.\n\nRosa",
])
def test_a_letter_greeting_another_organisation_goes_to_staff_unanswered(decider, body):
    d = decide(decider, body, "privacy request")
    assert d.review and not d.labels and d.ack_to is None, seen(d)
    assert any("greeting names another organisation" in r for r in d.reasons), seen(d)


@pytest.mark.parametrize("body", [
    "Dear Verizon Privacy Team,\n\nPlease stop mailing me the PowerHouse Catalog and do not share my name.",
    "Dear [COMPANY NAME] Privacy Team,\n\nPlease remove me from all of your mailing lists and do not sell my "
    "information to any third party.",
    "Dear Alliant Energy Customer Care,\n\nPlease remove me from your marketing lists.",
])
def test_a_letter_that_names_us_or_leaves_the_blank_is_ours(decider, body):
    d = decide(decider, body, "opt out")
    assert not any("greeting names another organisation" in r for r in d.reasons), seen(d)
    assert M in d.labels, seen(d)


def test_an_opt_out_in_its_own_clause_after_i_want_to_know_is_asked_for(decider):
    d = decide(decider, "I want to know who you gave it to and I want you to STOP selling or giving my information "
                        "to anybody.", "who did you sell my number to")
    assert S in d.labels and Q in d.labels, seen(d)


# --- things a person does and sends (found in the training sets' questions the model alone caught) ---------------

@pytest.mark.parametrize("body, subject", [
    ("I don't use the internet much. Kindly mail me a printed copy of your privacy notice.", "privacy notice"),
    ("I paid this already on the 15th can u check", "Re: Reminder: your payment is due in 3 days"),
])
def test_a_thing_to_do_and_send_is_a_question(decider, body, subject):
    d = decide(decider, body, subject)
    assert d.labels == (Q,), seen(d)


def test_update_your_records_beside_an_opt_out_is_the_opt_out(decider):
    d = decide(decider, "Please remove me from your catalog mailing list and update your records.", "catalog")
    assert d.labels == (M,), seen(d)


# --- narrowed after a fresh-eyes review of this round's changes (regression tests, in words of our own) ------------

@pytest.mark.parametrize("body", [
    "Please stop mailing me personalized advertising.",
    "Dejen de mandarme publicidad personalizada, por favor.",
])
def test_targeted_ads_that_are_mailed_are_mail(decider, body):
    d = decide(decider, body, "ads")
    assert M in d.labels, seen(d)


def test_another_person_before_a_new_clause_of_the_sender_is_still_someone_else(decider):
    d = decide(decider, "Remove my son from the mailing list and I will keep getting mine.", "list")
    assert d.review and not d.labels, seen(d)


@pytest.mark.parametrize("body", ["Don't sell, rent or trade it.", "Si es así, no la compartan."])
def test_a_pronoun_that_stands_for_nothing_named_is_no_sharing_opt_out(decider, body):
    d = decide(decider, body, "re")
    assert S not in d.labels, seen(d)


def test_how_can_i_get_off_asks_how(decider):
    d = decide(decider, "How can I get off the mailing list?", "mailing list")
    assert M not in d.labels, seen(d)


def test_a_spaced_dash_is_still_a_break_between_remove_and_from(decider):
    d = decide(decider, "Please remove the late fee - the one from the billing mistake - from my bill.", "late fee")
    assert M not in d.labels, seen(d)


def test_a_mail_houses_report_of_a_subscribers_removal_is_no_inbox_cleaner(decider):
    body = ("One of our subscribers, d.reyes@aol.com, asked us to remove their address from the co-op mailing file. "
            "The suppression report for batch 41 is attached.\n")
    d = decide(decider, body, "Suppression report batch 41", sender="Lakeview Mail Services <reports@lakeviewmail.com>",
               headers="Auto-Submitted: auto-generated\r\n")
    assert d.automated and not d.labels, seen(d)


def test_a_greeting_to_a_person_of_ours_is_no_other_organisation(decider):
    d = decide(decider, "Hi Kelsey at customer care,\n\nPlease take me off the catalog list.\n\nRon", "catalog")
    assert not any("greeting names another organisation" in r for r in d.reasons), seen(d)
    assert M in d.labels, seen(d)


def test_a_greeting_to_another_catalogs_customer_service_goes_to_staff(decider):
    d = decide(decider, "Dear Harbor Hill Customer Service,\n\nPlease stop sending me your catalog.\n\nNed", "catalog")
    assert d.review and not d.labels and d.ack_to is None, seen(d)


# --- the september set's first sight, in words of our own ---------------------------------------------------------

def test_a_spouse_who_wants_the_household_off_is_the_households_request(decider):
    d = decide(decider, "My wife wants us off this list. Please remove us from the catalog e-mails and the paper "
                        "one too.", "Fwd: Fall Preview")
    assert M in d.labels and not any("an opt-out for someone else" in r for r in d.reasons), seen(d)


def test_please_sign_me_up_is_a_persons_wish_not_a_signing_service(decider):
    d = decide(decider, "Yes please sign me up for the budget billing. The winter bills are hard.",
               "Re: Winter bills, evened out: try Budget Billing")
    assert not d.automated and Q in d.labels, seen(d)


def test_learners_not_send_more_the_papers(decider):
    d = decide(decider, "Hello, I am want that you not send more the papers of advertise to my house. The bill "
                        "please still send.", "please not send")
    assert M in d.labels, seen(d)


# --- the maymail set's first sight, in words of our own ------------------------------------------------------------

def test_the_previous_tenants_catalog_typed_without_an_apostrophe_is_someone_elses(decider):
    d = decide(decider, "i keep getting a catalog with some guy's name on it. can you stop sending it here? he "
                        "doesnt live here anymore. thanks!", "catalog")
    assert d.review and not d.labels, seen(d)
    assert any("doesnt live here" in r for r in d.reasons), seen(d)


def test_deciding_whether_to_opt_out_is_no_opt_out_yet(decider):
    d = decide(decider, "Before I decide whether to opt out, can you tell me which companies get the list?",
               "question")
    assert d.labels == (Q,), seen(d)


# --- a sharing opt-out whose sender keeps the catalog (cross-validation's most frequent deferral) -----------------

@pytest.mark.parametrize("body, subject", [
    ("Keep me on the catalog list. Do NOT exchange my name with other companies.", "Catalog list"),
    ("To the PowerHouse Catalog:\n\nPlease do not rent, sell or exchange my name or address with any other company. "
     "I still want the catalog.\n\nNora Vick", "Please do not rent my name"),
])
def test_a_catalog_kept_beside_a_sharing_opt_out_answers_the_catalogs_words(decider, body, subject):
    d = decide(decider, body, subject, to="powerhousecatalog@alliant-energy.com")
    assert d.labels == (S,) and not d.review, seen(d)
