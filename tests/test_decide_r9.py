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


# --- templates, agents and partners (the templates set at first sight) --------------------------------------------



def test_a_removal_agents_do_not_sell_for_a_named_person_is_no_inbox_cleaner_unsubscribe(decider):
    body = ("Opt-out request\n\nThis request was sent by ClearTrail on behalf of the person named below, who has "
            "authorized ClearTrail to act for them.\n\nName: Harold Ostrander\nAddress: 88 Birch Ln, Ames, IA 50010\n\n"
            "Request: do not sell or share this person's personal information.\n")
    d = decide(decider, body, "Privacy request: do not sell or share", sender="ClearTrail <requests@cleartrail.example>",
               to=CATALOG)
    assert d.review and not d.labels and M not in d.labels, seen(d)


def test_a_partners_questionnaire_sent_on_its_behalf_is_no_unsubscribe(decider):
    body = ("Action required: annual privacy questionnaire\n\nMaple Row Catalogs has asked PowerHouse Catalog to "
            "complete its annual questionnaire.\nQ3. Do you sell or share consumer data received from Maple Row?\n"
            "Due date: March 31\n\nThis message was sent by FormLedger on behalf of Maple Row Catalogs.\n")
    d = decide(decider, body, "Action required: privacy questionnaire",
               sender="FormLedger <no-reply@formledger.example>", to=CATALOG)
    # (without the auto-reply headers such mail carries, the chain may still take its questions for ours to
    # answer; what this test checks is that no opt-out is recorded for it)
    assert M not in d.labels and S not in d.labels, seen(d)


def test_delete_me_from_your_database_is_a_deletion(decider):
    d = decide(decider, "Please delete me from your customer database, I don't want the catalog anymore.", "catalog",
               to=CATALOG)
    assert d.review and not d.labels, seen(d)


def test_following_up_on_an_earlier_letter_without_saying_what_goes_to_staff(decider):
    d = decide(decider, "I am following up on my letter from November. Has it been taken care of?\n\nMaureen Folk",
               "follow up")
    assert d.review and not d.labels, seen(d)


def test_the_same_for_a_spouse_goes_to_staff(decider):
    d = decide(decider, "Please stop sending me promotional e-mails. And the same for my wife, please.", "e-mails")
    assert d.review and not d.labels, seen(d)


# --- what the sender heard about us, in the words of a request ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "I heard that you don't sell names to other companies. Good to know.",
    "We read that you never share customer lists with other catalogs. Glad to hear it.",
])
def test_a_report_of_our_practice_is_no_sharing_opt_out(decider, body):
    d = decide(decider, body, "your policy", to=CATALOG)
    assert S not in d.labels, seen(d)


# --- inline answers in the quote (the inline set at first sight) ---------------------------------------------------

def test_an_outlook_inline_unsubscribe_under_our_promotion_is_the_opt_out(decider):
    body = ("From: Alliant Energy <customercare@alliant-energy.com>\nSent: Tuesday, March 2, 2027 9:30 AM\n"
            "To: Marta Quill <mquill@gmail.com>\nSubject: Spring savings: $300 back on a heat pump\n\n"
            "Spring savings: $300 back on a heat pump. Book an installer by April 30.\n\n"
            "You are receiving this because you are an Alliant Energy customer. To opt out of marketing e-mails, "
            "reply with the word unsubscribe.\n\n[Marta Quill] UNSUBSCRIBE\n\nAlliant Energy, Madison, WI 53718\n")
    d = decide(decider, body, "RE: Spring savings: $300 back on a heat pump", sender="Marta Quill <mquill@gmail.com>")
    assert d.labels == (M,) and not d.review, seen(d)


def test_see_below_please_stop_these_over_our_forwarded_promotion_is_the_opt_out(decider):
    body = ("FYI see below - please stop these\n\n---------- Forwarded message ---------\n"
            "From: Alliant Energy <customercare@alliant-energy.com>\nDate: Tue, Mar 2, 2027 at 9:30 AM\n"
            "Subject: Spring savings: $300 back on a heat pump\nTo: <mquill@gmail.com>\n\n"
            "Spring savings: $300 back on a heat pump. Book an installer by April 30.\n\n"
            "To opt out of marketing e-mails, reply with the word unsubscribe.\n")
    d = decide(decider, body, "Fwd: Spring savings: $300 back on a heat pump", sender="Marta Quill <mquill@gmail.com>")
    assert d.labels == (M,) and not d.review, seen(d)


def test_please_stop_these_with_nothing_it_answers_goes_to_staff(decider):
    d = decide(decider, "Please stop these.", "hello")
    assert d.review and not d.labels, seen(d)


# --- interest in an offer; the dictated question mark (the phones set at first sight) ------------------------------

@pytest.mark.parametrize("body", [
    "yes we're interested in the furnace tune-up. I'm home mornings.",
    "sí, nos interesa el reembolso del termostato. llámenme por la tarde",
])
def test_interest_in_an_offer_is_a_question(decider, body):
    d = decide(decider, body, "Re: Fall tune-up: $50 off a furnace check")
    assert Q in d.labels or (d.review and Q in d.proposed), seen(d)  # (the model may doubt it beside our promotion)
    assert M not in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "I'm not interested in the furnace offer. Please stop sending me these promotions.",
    "No me interesa, ya no me manden promociones.",
])
def test_no_interest_is_no_question(decider, body):
    d = decide(decider, body, "Re: Fall tune-up: $50 off a furnace check")
    assert Q not in d.labels, seen(d)


def test_a_dictated_question_mark_asks(decider):
    d = decide(decider, "does the rebate work for a rental house question mark my landlord pays the bill",
               "Re: Fall tune-up: $50 off a furnace check")
    assert Q in d.labels and not d.review, seen(d)


# --- the fresh-eyes review of this round's rules (its probes shaped these narrowings) ------------------------------

AUTO = "Auto-Submitted: auto-generated\r\n"


@pytest.mark.parametrize("body", [
    # a mail program's own words
    "This unsubscribe request was sent when you tapped Unsubscribe in Mail. Learn how unsubscribing works.",
    "Enviado automáticamente cuando usted pulsó Cancelar suscripción.",
    "Also known as a one-click unsubscribe.",
    # an inbox cleaner's own boilerplate
    "Unsubscribe request made on behalf of the mailbox owner by TidyInbox. TidyInbox never sells personal data.",
    "Unsubscribe request made on behalf of the mailbox owner by TidyInbox. Share TidyInbox with a friend!",
])
def test_the_softwares_own_words_keep_its_unsubscribe(decider, body):
    d = decide(decider, body, "Unsubscribe", headers=AUTO)
    assert d.labels == (M,) and not d.automated, seen(d)


@pytest.mark.parametrize("body", [
    "Please stop the catalog for Dennis (that's the tenant who moved out).",
    "Please stop the catalog for Dennis (my legal guardian handles his mail).",
])
def test_a_named_person_said_in_brackets_to_be_someone_else_stays_someone_else(decider, body):
    d = decide(decider, body, "catalog", to=CATALOG, sender="Carol Baines <cbaines@gmail.com>")
    assert d.review and not d.labels, seen(d)


def test_an_english_stop_in_spanish_mail_with_no_object_is_no_decision(decider):
    d = decide(decider, "Hola, por favor stop sending me. Gracias.", "hola")
    assert not d.labels, seen(d)


def test_an_english_stop_of_a_service_in_spanish_mail_is_no_marketing_opt_out(decider):
    d = decide(decider, "Hola, take me off the autopay por favor, quiero pagar en la oficina.", "autopay")
    assert M not in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "Please don't swap mine again, the last meter reading was wrong.",
    "Please don't pass ours on to the recycling program, we still use it.",
])
def test_mine_outside_sharing_words_is_no_sharing_opt_out(decider, body):
    d = decide(decider, body, "meter")
    assert S not in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "No need to explain this, just take me off the promotional e-mail list.",
    "I'll explain this to my husband later. Please take me off the promotional e-mail list.",
])
def test_explain_this_that_is_no_order_is_no_question(decider, body):
    d = decide(decider, body, "emails")
    assert Q not in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "My service is in Waterloo. Please stop the promotional e-mails.",
    "The account is in Spanish now, thanks. Please stop the promotional e-mails.",
])
def test_an_account_in_a_place_or_language_names_nobody(decider, body):
    d = decide(decider, body, "emails")
    assert not any("about someone else" in r for r in d.reasons), seen(d)


def test_a_spanish_gift_for_a_mother_is_nobody_elses_mail(decider):
    d = decide(decider, "El catálogo me gusta, el regalo es para mi mamá. Pero no compartan mi nombre con otras "
                        "compañías.", "catalogo", to=CATALOG)
    assert not any("para mi mam" in r for r in d.reasons), seen(d)


def test_following_up_on_a_request_that_says_what_it_was_is_no_bare_reference(decider):
    d = decide(decider, "I'm following up on my request for a payment plan. When will someone call me?", "plan")
    assert not any("refers to earlier mail" in r for r in d.reasons), seen(d)


@pytest.mark.parametrize("body", [
    "We just read that you don't give our name to anyone. Thank you!",
    "Leí que ustedes no venden datos a otras compañías. Qué bueno, gracias.",
])
def test_what_the_sender_read_about_us_is_no_sharing_opt_out(decider, body):
    d = decide(decider, body, "gracias", to=CATALOG)
    assert S not in d.labels, seen(d)


# --- the october and april sets at first sight --------------------------------------------------------------------

def test_an_inbox_cleaner_writing_on_the_users_behalf_is_a_software_unsubscribe(decider):
    body = ("Unsubscribe request\n\nA user of MailTidy has asked to stop receiving messages from this sender.\n"
            "Recipient address: k*****2@gmail.com\nCampaign reference: AE-NL-2704-XYZ\n\n"
            "This request was sent automatically by MailTidy on the user's behalf through the List-Unsubscribe "
            "address in your message.\n")
    d = decide(decider, body, "unsubscribe AE-NL-2704-XYZ", sender="MailTidy <unsub@relay.mailtidy.example>",
               headers=AUTO)
    assert d.labels == (M,) and not d.automated and d.ack_to is None, seen(d)


def test_name_or_address_going_to_other_companies(decider):
    d = decide(decider, "The e-mails are useful. But I don't want my name or address going to other companies.",
               "privacy", to=CATALOG)
    assert S in d.labels and M not in d.labels, seen(d)


def test_dont_mind_getting_yours_keeps_the_catalog_beside_a_sharing_opt_out(decider):
    d = decide(decider, "Please do not rent my name to other catalogs. I don't mind getting yours.", "catalog",
               to=CATALOG)
    assert M not in d.labels and M not in d.proposed, seen(d)


# --- long mail (the buried set at first sight) ----------------------------------------------------------------

def test_an_order_after_an_adverbial_and_its_comma_is_an_order(decider):
    d = decide(decider, "I want the late fee removed.\n\nAnd for the last time, stop the e-mails about solar panels.",
               "late fee")
    statuses = {h["status"] for h in d.evidence["rule_hits"] if h["tag"] == M}
    assert "live" in statuses and "impersonal" not in statuses, seen(d)


def test_a_clause_with_its_own_verb_before_the_comma_keeps_the_order_in_it(decider):
    d = decide(decider, "Thanks for riding with Prairie Shuttle. To stop trip surveys, opt out here.", "survey")
    assert M not in d.labels, seen(d)


def test_i_read_then_a_wish_of_my_own_is_a_request(decider):
    d = decide(decider, "I read the note at the bottom about sharing the customer list, and I'd rather you didn't "
                        "share my name and address with anyone.", "catalog", to=CATALOG)
    statuses = {h["status"] for h in d.evidence["rule_hits"] if h["tag"] == S}
    assert "live" in statuses and "reported" not in statuses, seen(d)


# --- learner's English (the translated set at first sight) --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please do not send the big holiday gift catalog to my house again.",
    "The catalog come every month, I not read it. Can you no send again?",
    "please no more send me the paper of offers, thank you",
    "Please to stop send me the book of sale and the paper advertise.",
])
def test_learners_wishes_to_stop_marketing(decider, body):
    d = decide(decider, body, "catalog")
    assert M in d.labels and S not in d.labels, seen(d)


def test_learners_refusal_of_sharing(decider):
    d = decide(decider, "I not want you give my address to other company.", "my name", to=CATALOG)
    assert S in d.labels, seen(d)


def test_please_send_me_is_no_stop(decider):
    d = decide(decider, "Please send me a copy of my last bill, the paper one got lost.", "bill")
    assert M not in d.labels, seen(d)


# --- found while reviewing the learner rules: what we failed to send is no stop ---------------------------------

@pytest.mark.parametrize("body", [
    "You did not send me the refund check yet.",
    "You never sent me the new meter paperwork.",
    "Why are you not sending me the catalog anymore? I liked it.",
])
def test_what_we_did_not_send_is_no_marketing_opt_out(decider, body):
    d = decide(decider, body, "refund")
    assert M not in d.labels, seen(d)


def test_could_you_not_send_me_is_still_the_request(decider):
    d = decide(decider, "Could you not send me those glossy catalogs anymore?", "catalogs")
    assert M in d.labels, seen(d)


# --- "do not call" with the channel of the answer named before it (the buried set's brief, and the review) --------

@pytest.mark.parametrize("body", [
    "Please answer by e-mail only, do not call me at work.",
    "E-mail is fine, but do not call me.",
])
def test_do_not_call_after_the_answers_channel_is_no_marketing_opt_out(decider, body):
    d = decide(decider, body, "my question")
    assert M not in d.labels, seen(d)


def test_stop_the_calls_and_the_emails_still_stops_the_emails(decider):
    d = decide(decider, "Stop the calls and the e-mails.", "calls")
    assert M in d.labels, seen(d)
