"""A fresh-eyes review of this round's changes (channel limits, request forms, sale-of-information, questions
about an effect, someone named, the notification server), by a helper who had not written them: 156 probes, 65
wrong decisions, 23 of them critical by the rulebook. These are its critical kinds, in words of our own, written
after the fixes they check: regression tests.

Where the model may still doubt a clear message, a test accepts staff (review), never a wrong automatic decision.
"""

from __future__ import annotations

import pytest

from intake.decide.entities import extract_from_text
from tests.test_decide_kinds import CATALOG, decide, seen

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
EMAIL, POSTAL = "marketing_email", "marketing_postal"


@pytest.fixture(scope="module")
def decider():
    from intake.decide.chain import Decider
    from intake.settings import Settings

    return Decider.load(Settings(source="test"))


def decided_or_staff(d, labels, kept=()):
    """The right automatic decision, or staff; never another automatic one."""
    assert d.review or (d.labels == labels and d.keep_channels == kept), seen(d)


@pytest.mark.parametrize("body, kept", [
    # a kept channel said without "keep sending": the opt-out must not suppress it
    ("Stop the e-mails. Keep the paper catalog.", (POSTAL,)),
    ("No more promotional e-mails, please. Catalogs are OK.", (POSTAL,)),
    ("Unsubscribe me from your e-mails. I'm fine with the printed catalog, that one can stay.", (POSTAL,)),
    ("Please stop the e-mails. The catalog is fine.", (POSTAL,)),
    # what is "kept" is stopped, or is not marketing: nothing of the opt-out is kept
    ("Stop sending the catalog. And keep the e-mails from coming too.", ()),
    ("Stop the catalogs and the sales e-mails. Keep sending me e-mails about my account.", ()),
    ("Please stop all marketing e-mail and mail. I still want to get the e-mails about outages.", ()),
])
def test_a_channel_limit_is_what_the_sender_said(decider, body, kept):
    decided_or_staff(decide(decider, body), (M,), kept)


def test_keeping_one_catalog_of_several_goes_to_staff(decider):
    """No suppression list holds "only the holiday catalog" (LABELS.md: mixed wishes are unclear)."""
    d = decide(decider, "Stop the e-mails and the paper mail, but keep sending the holiday catalog.")
    assert d.review and not d.labels, seen(d)


@pytest.mark.parametrize("body", [
    "Please take Gus Lindqvist off your catalog list.",
    "Stop sending catalogs to Gus Lindqvist at this address.",
    "Remove Gus Lindqvist from your mailing list please.",
])
def test_a_named_other_persons_opt_out_goes_to_staff(decider, body):
    d = decide(decider, body, to=CATALOG, sender="Ed Kline <ed.kline@gmail.com>")
    assert d.review and not d.labels, seen(d)


def test_stop_under_a_service_notice_from_the_notification_server_goes_to_staff(decider):
    """The notice's footer has an unsubscribe line, as promotions do; its subject says what it was."""
    quoted = ("On Mon, May 1, 2024 at 8:02 AM Alliant Energy <customercare@alliant-energy.com> wrote:\n"
              "> On May 4 between 9 AM and noon crews will replace a pole on your street; your power will be off.\n"
              "> Manage your preferences or unsubscribe at alliantenergy.com/preferences.\n")
    d = decide(decider, "STOP\n\n" + quoted, "Re: Scheduled power interruption on May 4",
               in_reply_to="<a81f0c2e99d14b@notify.alliantenergy.com>")
    assert d.evidence["thread"]["answers"] == "service" and d.review and not d.labels, seen(d)


def test_a_subject_that_says_opt_out_names_the_bodys_request(decider):
    d = decide(decider, "Please opt me out of the sale of my personal information.", "Opt-out", to=CATALOG)
    assert M not in d.labels and M not in d.proposed, seen(d)


def test_an_unsubscribe_told_as_done_and_a_question_about_it_is_a_question(decider):
    d = decide(decider, "I clicked unsubscribe on your last e-mail. Will this unsubscribe me from the paper "
                        "catalog too?", to=CATALOG)
    assert M not in d.labels, seen(d)


def test_a_request_asked_as_will_this_be_enough_is_the_request(decider):
    d = decide(decider, "Will this e-mail be enough to get me off your catalog list?", to=CATALOG)
    assert M in d.labels or (d.review and M in d.proposed), seen(d)


@pytest.mark.parametrize("text, field, value", [
    ("Please stop sending the PowerHouse Catalog to my home, 77 Elm Rd, Platteville WI 53818", "postal_code",
     "53818"),
    ("I have had my account 2019-05-14 onwards and never asked for this.", "account", None),
    ("Please update my account, 319-555-0147 is the best number to reach me.", "account", None),
])
def test_entities_the_review_found_wrong(text, field, value):
    assert getattr(extract_from_text(text), field) == value


def test_a_form_request_held_back_in_its_comments_goes_to_staff(decider):
    body = ("A new submission was received from the Privacy Request form.\n\n"
            "Request type: Do Not Sell or Share My Personal Information\nName: Vera Holm\n"
            "Email: vera.holm@gmail.com\nComments: First tell me what you share. Please do not process an opt-out "
            "yet.\n\nSubmitted: 04/02/2026 10:15 AM\n")
    d = decide(decider, body, "Privacy request form", sender="Privacy Forms <no-reply@web.alliant-energy.com>",
               headers="Reply-To: vera.holm@gmail.com\r\n", to=CATALOG)
    assert d.review and not d.labels, seen(d)


def test_a_request_to_access_ones_data_is_a_question(decider):
    d = decide(decider, "I would like to access my personal information. Also take me off the catalog list.",
               to=CATALOG)
    assert Q in d.labels or (d.review and Q in d.proposed), seen(d)


@pytest.mark.parametrize("body", [
    # the review's "right but fragile" Spanish cases, made rule-read: someone else's mail named in Spanish
    "Por favor ya no manden el catálogo para Elena Pérez, ya no vive aquí.",
    "Ya no quiero la publicidad a nombre de Rosa Méndez en mi casa.",
])
def test_a_named_other_persons_mail_in_spanish_goes_to_staff(decider, body):
    d = decide(decider, body, sender="José Luis Pérez <jlperez@gmail.com>")
    assert d.review and not d.labels, seen(d)
    assert any("someone else" in r for r in d.reasons), seen(d)


@pytest.mark.parametrize("body", ["Por favor ya no manden el catálogo.", "No manden más catálogos a mi casa."])
def test_spanish_no_manden_with_its_object_is_an_opt_out(decider, body):
    d = decide(decider, body)
    assert M in d.evidence["confidence"]["found"], seen(d)
