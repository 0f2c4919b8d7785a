"""This round's fixes to the deciding side (2026-12-04, fifth session), each in words of our own, written after
the fix it checks: regression tests. Where the model may still doubt a clear message, a test accepts staff
(review), never a wrong automatic decision.
"""

from __future__ import annotations

import pytest

from tests.test_decide_kinds import decide, decider, seen  # noqa: F401 (decider is the module's fixture)

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


# --- Spanish wishes the rules did not read ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenas tardes, quiero dejar de recibir los correos de ofertas. Gracias.",
    "Deseo dejar de recibir el catálogo en mi casa, por favor.",
    "Ya basta de promociones por favor!!",
    "Nunca me envíen publicidad, no la quiero.",
])
def test_spanish_wishes_to_stop_are_marketing_opt_outs(decider, body):
    d = decide(decider, body, "promociones", sender="Rosa Villalobos <rosavilla@yahoo.com>")
    assert M in d.labels and not d.review, seen(d)


def test_to_stop_getting_paper_bills_is_no_opt_out(decider):
    d = decide(decider, "Quiero dejar de recibir las facturas por correo, mejor por email.", "facturas")
    assert M not in d.labels, seen(d)


def test_a_spanish_wish_inside_english_mail_is_read(decider):
    # code-switching: the language check reads the message as English, where the Spanish rules do not run
    d = decide(decider, "Hello! Ya no quiero los catalogs, thank you, nobody here reads them.", "catalogs")
    assert M in d.labels, seen(d)


# --- what should stop, named further from the verb -------------------------------------------------------------

def test_stop_with_the_company_and_kind_before_the_object(decider):
    d = decide(decider, "I want to stop the Alliant Energy promotional e-mails.", "emails")
    assert d.labels == (M,) and not d.review, seen(d)


def test_quit_sharing_my_name_with_other_catalogs_is_no_stop_of_the_catalog(decider):
    d = decide(decider, "Please quit sharing my name with other catalogs.", "my name")
    assert M not in d.labels, seen(d)


# --- "Is that possible?" after the request ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please stop the promotional e-mails but keep sending the paper catalog. Is that possible?",
    "Please stop the catalog. Would that be possible?",
])
def test_asking_whether_the_request_can_be_done_is_no_second_question(decider, body):
    d = decide(decider, body, "catalog")
    assert d.review or Q not in d.labels, seen(d)


def test_is_that_possible_without_a_request_before_it_is_a_question(decider):
    d = decide(decider, "My neighbor says you can send the bill to a PO box. Is that possible?", "bill")
    assert Q in d.labels or Q in d.proposed, seen(d)


# --- delete what you have on me -----------------------------------------------------------------------------------

def test_delete_whatever_info_you_have_goes_to_staff(decider):
    d = decide(decider, "take me off the catalog list and delete whatever info you have on me.", "catalog")
    assert d.review, seen(d)
    assert any("delete" in r for r in d.reasons), seen(d)


# --- a mail house's business mail ------------------------------------------------------------------------------

def test_a_vendor_asking_for_our_do_not_share_files_is_not_a_request(decider):
    body = ("Hi team,\n\nCan you send the updated do-not-share and do-not-mail files for the winter drop by "
            "Thursday? Our rental output goes to the printer on the 9th.\n\nThanks,\nKara, Lakeside List Services")
    d = decide(decider, body, "winter files", sender="Kara Olsen <kara@lakesidelists.com>")
    assert d.automated or d.review, seen(d)
    assert not d.labels, seen(d)


# --- from the december set's first sight ------------------------------------------------------------------------

def test_our_subject_said_back_with_question_marks_is_no_question_by_itself(decider):
    # "Day 3 of 12??" only repeats the subject of the promotion it answers; the request is what follows
    body = "Day 3 of 12?? Seriously.\n\nPlease take me off the e-mail list.\n\nMarcy"
    d = decide(decider, body, "Re: Day 3 of 12: Cozy socks, 2 for $15")
    assert d.review or d.labels == (M,), seen(d)
    assert not any("question_mark" in r or "question: 'Day 3" in r for r in d.reasons if not d.review), seen(d)


def test_the_same_words_under_a_subject_of_ones_own_stay_a_question(decider):
    d = decide(decider, "Cozy socks 2 for 15?", "socks")
    assert Q in d.labels or Q in d.proposed, seen(d)


def test_someone_having_had_us_taken_off_is_told_not_asked(decider):
    body = ("My husband had us taken off the catalog list a few years back. We'd like it again now, "
            "can you put us back on? 88 Birch Ln, Ames IA 50010.")
    d = decide(decider, body, "catalog")
    assert M not in d.labels, seen(d)


def test_catalogs_told_of_beside_a_kept_catalog_are_no_marketing_doubt(decider):
    # a sharing opt-out that keeps our catalog; the other companies' catalogs it tells of are why it asks
    body = ("The Holiday catalog came Monday and that is fine, I have ordered for years. But after my last order I "
            "started getting catalogs from three outfits I never heard of. I figure my name came from you.\n\n"
            "Please do not share, sell or rent my name and address to other companies. Keep sending your own "
            "catalog.\n\nWalt Ferris")
    d = decide(decider, body, "Sharing my name", sender="Walt Ferris <wferris@mchsi.com>")
    assert M not in d.labels and M not in d.proposed, seen(d)
    assert S in d.labels, seen(d)


# --- from the crossed and breach sets' first sight --------------------------------------------------------------

QUOTED_NOTICE = (
    "On Tue, Mar 4, 2025 at 8:02 AM PowerHouse Catalog <powerhousecatalog@alliant-energy.com> wrote:\n"
    "> We are writing to tell you about a data security incident at a company that prints and mails the\n"
    "> PowerHouse Catalog for us.\n"
    ">\n"
    "> What information was involved\n"
    "> Names and mailing addresses. If you wish, you can place a free security freeze.\n")


@pytest.mark.parametrize("word", ["STOP", "unsubscribe"])
def test_a_bare_stop_under_our_incident_notice_says_nothing_decidable(decider, word):
    d = decide(decider, f"{word}\n\n{QUOTED_NOTICE}", "Re: Notice of a data security incident at one of our vendors")
    assert d.review and not d.labels, seen(d)


def test_a_person_forwarding_a_bounce_with_words_of_their_own_is_a_person(decider):
    body = ("Trying this address instead, the one I used first bounced. Please don't share my name with other "
            "companies.\n\nGail Ruppert\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem "
            "<mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n"
            "Your message wasn't delivered to privacy@alliantenergy.example because the address couldn't be found.\n"
            "550 5.1.1 The email account that you tried to reach does not exist.")
    d = decide(decider, body, "Fwd: Delivery Status Notification (Failure)", sender="Gail Ruppert <gruppert@gmail.com>")
    assert not d.automated, seen(d)
    assert d.review or S in d.labels, seen(d)


def test_another_help_desks_acknowledgement_quoting_a_customer_is_machine_mail(decider):
    body = ("##- Please type your reply above this line -##\n\nYour request (#90211) has been received and is being "
            "reviewed by our support staff.\n\nDora Lutz\n\nPlease stop sending me catalogs and stop selling my name.\n\n"
            "This email is a service from Birchwood Outfitters.")
    d = decide(decider, body, "[Birchwood Outfitters] Re: stop the catalogs", sender="Birchwood <support@birchwood.example>")
    assert d.automated and not d.labels, seen(d)


def test_mine_not_sold_is_a_sharing_opt_out(decider):
    d = decide(decider, "A friend says you sell customers' names to catalog companies. I do not want mine sold or "
                        "given to anyone.", "my name")
    assert d.review or S in d.labels, seen(d)
    assert M not in d.labels, seen(d)


def test_i_want_it_stopped_after_asking_who_got_my_name_is_a_sharing_opt_out(decider):
    body = ("Since I ordered a lamp from your catalog I get catalogs from companies I never heard of. Who did you "
            "sell my name to? I want it stopped NOW.")
    d = decide(decider, body, "my name")
    assert M not in d.labels, seen(d)
    assert d.review or S in d.labels, seen(d)


def test_not_asking_you_to_stop_sending_it_is_no_opt_out(decider):
    body = ("I order from the catalog now and then, so I am not asking you to stop sending it. Please do not give "
            "my name and address to other companies.")
    d = decide(decider, body, "list")
    assert M not in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "Hi, which email do I use to stop getting the promotions, this one or the other one?",
    "Hello, where do I send my request to stop the catalog?",
])
def test_asking_where_to_send_an_opt_out_is_a_question(decider, body):
    d = decide(decider, body, "question")
    assert M not in d.labels, seen(d)


# --- from the access, breach and crossed sets' deferrals and misses (after the round's retraining) --------------

def test_please_dont_mail_the_paper_one_is_a_marketing_opt_out(decider):
    body = ("The paper catalog is no use to me, my screen reader cannot read it. Could you e-mail it as plain text "
            "instead? Until you can, please don't mail the paper one anymore.")
    d = decide(decider, body, "Accessible catalog?")
    assert d.review or M in d.labels, seen(d)


def test_a_vendors_notice_to_all_its_clients_is_not_a_request(decider):
    body = ("Dear Valued Client,\n\nThis client incident update summarises our forensic partner's findings. Under "
            "the Master Services Agreement we will send each client its per-client record schedule. Customers who "
            "want to opt out of future mailings should contact the brand that mailed them.")
    d = decide(decider, body, "Client Incident Update #3", sender="Client Portal <noreply@printvendor.example>")
    assert d.automated and not d.labels, seen(d)


def test_a_sales_sequences_second_step_is_not_a_request(decider):
    body = ("Hi again,\n\nFloating this back to the top of your inbox. Brands that add identity monitoring after an "
            "incident see fewer complaints. Open to a quick call Thursday or Friday?\n\nJordan")
    d = decide(decider, body, "Re: Supporting your customers", sender="Jordan Pike <jordan@shieldpoint.example>")
    assert d.automated and not d.labels, seen(d)


def test_quitar_de_esa_lista_after_a_sharing_refusal_is_the_sharing_request(decider):
    body = "Leí que ustedes pasan nombres a otras compañías y no quiero que pasen mi nombre. ¿Me pueden quitar de esa lista?"
    d = decide(decider, body, "mi nombre")
    assert M not in d.labels, seen(d)
    assert d.review or d.labels == (S,), seen(d)


# --- from the plainspoken set's first sight ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Saw in the paper you people sell names. Do you? If you do take mine off that.",
    "My wife thinks all these catalogs come from you selling names, is that right? If it is quit it. Still send ours.",
])
def test_a_plain_conditional_after_asking_about_selling_is_a_sharing_opt_out(decider, body):
    d = decide(decider, body, "names")
    assert d.review or S in d.labels, seen(d)
    assert M not in d.labels, seen(d)


def test_thanks_for_getting_back_to_me_is_thanks(decider):
    d = decide(decider, "Thanks for getting back to me so quick!", "Re: We received your request [CC-2026-11-00412]",
               in_reply_to="<ack.CC-2026-11-00412@alliant-energy.com>")
    assert Q not in d.labels, seen(d)


def test_please_get_back_to_me_still_asks(decider):
    d = decide(decider, "My bill doubled this month. Please get back to me about it.", "bill")
    assert Q in d.labels or Q in d.proposed, seen(d)



# --- the fresh-eyes review's probes of this round's rules (each narrowed after it; our own words here) ------------

@pytest.mark.parametrize("body", [
    "Your site said the request 4412 has been received, but nothing changed. Take me off the catalog list.",
    "The ticket 7781 has been created for my outage report but the lights are still out. When will someone come?",
])
def test_a_customer_quoting_a_ticket_number_is_a_person(decider, body):
    d = decide(decider, body, "still waiting")
    assert not d.automated, seen(d)


@pytest.mark.parametrize("body", [
    "Desde que me mudé dejé de recibir el catálogo. ¿Me lo pueden mandar a mi nueva dirección?",
    "Nunca me mandan el catálogo aunque lo pedí dos veces. ¿Me lo pueden enviar?",
    "Basta de correos de cobranza, ya pagué la factura.",
])
def test_spanish_tellings_and_bills_are_no_opt_outs(decider, body):
    d = decide(decider, body, "catálogo")
    assert M not in d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "Please stop the automatic payment until the corrected letter arrives.",
    "Please cancel the order I placed by email yesterday.",
    "The last time I moved, my address ended up with a dozen mail-order companies.",
])
def test_the_six_word_reach_stops_at_conditions_and_orders(decider, body):
    d = decide(decider, body, "account")
    assert M not in d.labels, seen(d)


def test_mine_with_nothing_it_points_at_is_not_decided_alone(decider):
    d = decide(decider, "I do not want mine sold.", "hello")
    assert d.review or S not in d.labels, seen(d)


def test_it_all_stopped_after_both_kinds_asks_for_both(decider):
    d = decide(decider, "You sell my name and you send me junk mail. I want it all stopped.", "junk")
    assert d.review or {M, S} <= set(d.labels), seen(d)


def test_that_list_after_sharing_and_our_offers_asks_for_both(decider):
    d = decide(decider, "No compartan mi nombre con nadie y me llegan demasiados correos de ofertas. Quítenme de esa "
                        "lista.", "correos")
    assert d.review or {M, S} <= set(d.labels), seen(d)


@pytest.mark.parametrize("body", [
    "Which email you use doesn't matter, just stop sending me promotions.",
    "Hi, how can I make it any clearer, stop sending me the catalog",
])
def test_a_complaint_opening_like_a_question_keeps_its_opt_out(decider, body):
    d = decide(decider, body, "catalog")
    assert d.review or M in d.labels, seen(d)


def test_a_customer_with_a_services_agreement_is_not_vendor_mail(decider):
    d = decide(decider, "Per our master services agreement for the commercial account, we need all marketing e-mails "
                        "to our office ended. Our client portal shows no setting for it.", "office")
    assert not d.automated, seen(d)


# --- from the yearmix set's first sight ---------------------------------------------------------------------------

def test_a_request_ending_in_ok_asks_nothing_more(decider):
    d = decide(decider, "Hola, I like getting the catalog pero no quiero que vendan mi nombre a otras compañías ok? "
                        "gracias", "catalogo")
    assert Q not in d.labels, seen(d)
    assert d.review or S in d.labels, seen(d)


def test_not_wanting_to_call_a_number_is_no_opt_out(decider):
    body = ("I got a letter about a security incident at one of your vendors. Is this letter really from you? I don't "
            "want to call the number on the letter if it's a scam.")
    d = decide(decider, body, "Is this letter real?")
    assert M not in d.labels, seen(d)


@pytest.mark.parametrize("body", ["I do not want any more calls from your sales people.",
                                  "I no longer wish to receive your catalogs."])
def test_not_wanting_our_calls_or_catalogs_still_reads(decider, body):
    d = decide(decider, body, "please")
    assert d.review or M in d.labels or Q in d.labels, seen(d)


# --- from cross-validation's critical list ----------------------------------------------------------------------

def test_our_forms_health_check_is_no_request_even_when_the_relay_is_auto_submitted(decider):
    # the relay's Auto-Submitted header settled the gate first; the rules after it still find the health check
    body = ("A visitor submitted the contact form.\n\nTopic: TEST\nName: Uptime Monitor\n"
            "Message: Form health check, please ignore. unsubscribe test string.\n\nSubmitted from IP 10.0.0.9")
    d = decide(decider, body, "Website contact: TEST", sender="Website <no-reply@web.alliant-energy.com>",
               headers="Auto-Submitted: auto-generated\r\n")
    assert d.automated and not d.labels, seen(d)


def test_a_persons_message_through_the_auto_submitted_form_relay_is_still_theirs(decider):
    body = ("A visitor submitted the contact form.\n\nTopic: Privacy\nName: Lena Voss\n"
            "Message: Please stop sending me the PowerHouse catalog.\n\nSubmitted from IP 10.0.0.9")
    d = decide(decider, body, "Website contact: Privacy", sender="Website <no-reply@web.alliant-energy.com>",
               headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated, seen(d)
    assert d.review or M in d.labels, seen(d)


# --- from the lookalikes set's first sight -------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "Hello alliant-energy.com Owner, my name's Eric. Talk With Web Visitor is a software widget that captures leads. "
    "CLICK HERE to try a live demo. If you'd like to unsubscribe click here.",
    "unsubscribe qwrtzpl https://hot-dating-now.top/?u=qwrtzpl qwrtzpl",
])
def test_bots_posting_into_our_form_are_not_requests(decider, message):
    body = f"A visitor submitted the Contact Us form.\n\nName: Web Visitor\nTopic: Unsubscribe\nMessage: {message}\n"
    d = decide(decider, body, "Contact Us: Unsubscribe", sender="Web Forms <noreply@alliantenergy.com>")
    assert d.automated and not d.labels, seen(d)


# --- entities -------------------------------------------------------------------------------------------------------

def test_a_name_field_in_capitals_is_the_name_and_a_laws_name_is_not(decider):
    body = ("NOTICE TO CEASE AND DESIST\n\nPursuant to the Telephone Consumer Protection Act you are notified to stop "
            "all marketing mail to me.\n\nNAME: RONALD VEATCH\nZIP: 50310")
    d = decide(decider, body, "CEASE AND DESIST")
    assert d.entities.name == "RONALD VEATCH", seen(d)


def test_from_before_a_first_name_is_a_sign_off(decider):
    d = decide(decider, "No more please. Thank you.\nFrom Jeremy", "Re: Your December Home Comfort Tips",
               sender="Jeremy Oakes <jeremyoakes1999@yahoo.com>")
    assert d.entities.name == "Jeremy", seen(d)


def test_a_person_pasting_a_bounce_error_and_asking_is_a_person(decider):
    body = ("When I reply to you from home I get this:\n\nRemote Server returned '550 5.7.1 Service unavailable; "
            "client host blocked'\n\nWhat does that mean? I'm trying to ask about my December bill.\n\nGary")
    d = decide(decider, body, "Undeliverable??")
    assert not d.automated, seen(d)


def test_a_forwarded_bounce_under_the_senders_wish_is_a_person(decider):
    body = ("Your privacy address bounced (below). I want off the catalog list.\n\n---------- Forwarded message "
            "---------\nFrom: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
            "This is the mail system at host mx.example.net. I'm sorry to have to inform you that your message could "
            "not be delivered.\n<privacy@alliant.example>: host not found")
    d = decide(decider, body, "Fwd: Undelivered Mail Returned to Sender", sender="Lou Brandt <lbrandt@gmail.com>")
    assert not d.automated, seen(d)


def test_reply_stop_in_a_senders_own_signature_is_no_opt_out(decider):
    body = ("Hi, my clients close on 415 Pine St on 11/22. How do they get service in their names?\n\nTamara Kuehl\n"
            "Driftless Realty\nReply STOP to opt out of my monthly market updates.")
    d = decide(decider, body, "Service transfer question")
    assert M not in d.labels, seen(d)


# --- from the hometalk and secondnotice sets' first sight -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenos días, en esta casa vivimos varias familias. Por favor ya no manden catálogos a nadie en esta dirección.",
    "Three households share this duplex. Please stop the catalogs for everyone at this address.",
])
def test_a_request_for_everyone_at_an_address_goes_to_staff(decider, body):
    d = decide(decider, body, "catálogos")
    assert d.review and not d.labels, seen(d)


def test_the_account_holder_for_everyone_in_our_household_is_decided(decider):
    body = ("I am the account holder. For everyone in our household please do not share our names and no more "
            "marketing mail.")
    d = decide(decider, body, "household")
    assert d.review or {M, S} <= set(d.labels), seen(d)


@pytest.mark.parametrize("body", [
    "I asked you in January not to share my name and I still don't want it shared. Who did you give it to?",
    "Just a reminder of my letter of March 3. I asked that my name not be sold to other catalog companies, and I "
    "would still like that. Could you confirm it has been done?",
])
def test_an_earlier_request_renewed_is_asked_again(decider, body):
    d = decide(decider, body, "my name")
    assert d.review or S in d.labels, seen(d)


def test_an_earlier_request_only_told_stays_a_question(decider):
    d = decide(decider, "I asked you in January not to share my name. Who did you give it to?", "my name")
    assert S not in d.labels, seen(d)
