"""Eight kinds of failure of the deciding side, each as its own cases, in English and Spanish, on the committed model.

The right answer is the one ../shared/LABELS.md gives. Every message here was written for this module, by a writer
who had not seen the code's rules. Written before the fixes that followed it: twelve cases failed then, and the
rules and entity patterns were changed for the kinds of wording they showed; those cases are regression tests
now. The strict expected failures left are known gaps, each with the outcome it still gets. Replies
quote our own mail as our senders write it (rules/thread.yml): promotions from mail.alliant-energy.com, outage
alerts from notify.alliantenergy.com, acknowledgements from intake.alliant-energy.com.

    1. words that are not the sender's        5. two requests in one sentence, a request as a question
    2. short replies read by what they answer 6. no object, no context
    3. not a request, though someone wrote it 7. over-deferral of plainly clear requests
    4. software unsubscribing for a person    8. entities: first names, titles, account numbers
    plus: a reply to our outage alert, to a promotion and to our acknowledgement.
"""

from __future__ import annotations

import itertools

import pytest

from intake.decide.chain import Decider
from intake.mail.parse import parse
from intake.settings import Settings
from intake.values import Decision, MailKind

M, S, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CARE = "customercare@alliant-energy.com"
CATALOG = "powerhousecatalog@alliant-energy.com"

PROMO_ID = "<2411.thermostat-rebate.55120@mail.alliant-energy.com>"
PROMO_ES_ID = "<2411.ahorro-invierno.33104@mail.alliant-energy.com>"
OUTAGE_ID = "<outage.20241105.7731@notify.alliantenergy.com>"
OUTAGE_ES_ID = "<outage.20241106.8120@notify.alliantenergy.com>"
ACK_ID = "<ack.PR-2024-11-00042.5f3c@intake.alliant-energy.com>"

_serial = itertools.count(1)


@pytest.fixture(scope="module")
def decider() -> Decider:
    return Decider.load(Settings(source="test"))


def raw(body: str, subject: str = "", *, sender: str = "Pat Doe <pat.doe@gmail.com>", to: str = CARE,
        headers: str = "", in_reply_to: str | None = None, references: tuple[str, ...] = (),
        content_type: str = "text/plain; charset=utf-8") -> bytes:
    """One message as a server would hand it over. `body` may already be MIME (then pass its content_type)."""
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", "Date: Wed, 06 Nov 2024 09:14:00 -0600",
             f"Message-ID: <kinds.{next(_serial)}@example.net>", "MIME-Version: 1.0", f"Content-Type: {content_type}"]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references or in_reply_to:
        lines.append("References: " + " ".join(references or (in_reply_to,)))
    head = "\r\n".join(lines) + "\r\n" + headers
    return (head + "\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n")).encode("utf-8")


def decide(decider: Decider, body: str, subject: str = "", **kw) -> Decision:
    return decider.classify(parse(raw(body, subject, **kw)))


def seen(d: Decision) -> str:
    """What the decider did, for assertion messages (and the report that improves it)."""
    return (f"automated={d.automated} kind={d.kind} labels={d.labels} review={d.review} proposed={d.proposed} "
            f"ack_to={d.ack_to} answers={d.evidence.get('thread', {}).get('answers')} reasons={list(d.reasons)}")


def answers(d: Decision) -> str | None:
    return d.evidence.get("thread", {}).get("answers")


# --- our own mail, as a reply quotes it -------------------------------------------------------------------------

QUOTED_PROMO = (
    "On Mon, Nov 4, 2024 at 8:02 AM Alliant Energy <customercare@alliant-energy.com> wrote:\n"
    "> Cold mornings are on their way. Install a qualifying smart thermostat before December 31\n"
    "> and we'll send you $75 back. See eligible models at alliantenergy.com/save.\n"
    ">\n"
    "> You're receiving this email because you asked to hear about energy-saving offers.\n"
    "> Manage your preferences or unsubscribe at any time; you can also reply STOP.\n"
    "> Alliant Energy, 4902 N Biltmore Ln, Madison WI 53718\n")

QUOTED_PROMO_ES = (
    "El lun, 4 nov 2024 a las 9:15, Alliant Energy <customercare@alliant-energy.com> escribió:\n"
    "> Este invierno ahorre hasta $60 en su calentador de agua con nuestro reembolso.\n"
    "> Vea los modelos participantes en alliantenergy.com/ahorro.\n"
    ">\n"
    "> Si ya no desea recibir correos promocionales, puede darse de baja aquí o responder BAJA.\n"
    "> Alliant Energy, 4902 N Biltmore Ln, Madison WI 53718\n")

QUOTED_OUTAGE = (
    "On Tue, Nov 5, 2024 at 6:41 AM Alliant Energy Alerts <alerts@alliantenergy.com> wrote:\n"
    "> Outage alert: there is an outage near the 1200 block of Oak Park Rd affecting about 140 customers.\n"
    "> Our crews are working on it. Estimated restoration: 11:30 AM.\n"
    "> This is a service message. You get it even if you opted out of promotional email.\n")

QUOTED_OUTAGE_ES = (
    "El mié, 6 nov 2024 a las 5:58, Alliant Energy Alerts <alerts@alliantenergy.com> escribió:\n"
    "> Aviso: hay un corte de luz en su zona (Calle Prairie, Dubuque). Nuestros equipos ya están trabajando.\n"
    "> Hora estimada de restablecimiento: 10:00 a. m.\n"
    "> Este es un mensaje de servicio; lo recibe aunque se haya dado de baja de las promociones.\n")

QUOTED_ACK = (
    "On Mon, Nov 4, 2024 at 3:10 PM Alliant Energy Privacy <privacy@alliant-energy.com> wrote:\n"
    "> Hello,\n"
    "> We received your request to stop marketing mail. It is recorded under reference PR-2024-11-00042.\n"
    "> This is an automatic acknowledgement; there is no need to reply.\n")

ACK_SUBJECT = "Re: We received your request [PR-2024-11-00042]"


def reply_to_promo(decider, text, **kw) -> Decision:
    return decide(decider, text + "\n\n" + QUOTED_PROMO, "Re: Get $75 back on a smart thermostat",
                  in_reply_to=PROMO_ID, **kw)


def reply_to_outage(decider, text, **kw) -> Decision:
    return decide(decider, text + "\n\n" + QUOTED_OUTAGE, "Re: Outage in your area", in_reply_to=OUTAGE_ID, **kw)


def reply_to_ack(decider, text, **kw) -> Decision:
    return decide(decider, text + "\n\n" + QUOTED_ACK, ACK_SUBJECT, in_reply_to=ACK_ID, **kw)


# === 1. Words that are not the sender's =========================================================================


def test_empty_reply_over_a_quoted_promotion_is_not_an_opt_out(decider):
    d = reply_to_promo(decider, "")
    assert M not in d.labels and d.labels == (), seen(d)
    assert d.review or d.kind != MailKind.REQUEST, seen(d)


def test_see_below_over_a_spanish_promotion_is_not_an_opt_out(decider):
    d = decide(decider, "Ver abajo.\n\n" + QUOTED_PROMO_ES, "RE: Ahorre $60 en su calentador de agua",
               in_reply_to=PROMO_ES_ID, sender="Rosa Ibarra <rosa.ibarra@hotmail.com>")
    assert d.labels == () and M not in d.labels, seen(d)
    assert d.review or d.kind != MailKind.REQUEST, seen(d)


def test_web_form_boilerplate_about_unsubscribing_is_not_the_request(decider):
    body = ("A visitor submitted the Contact Us form on alliantenergy.com.\n\n"
            "Topic: Privacy - Unsubscribe / Do not share my information\n"
            "Name: Gloria Estrada\n"
            "Email: gloria.estrada@yahoo.com\n"
            "Message: What time does the Dubuque walk-in office open on Saturdays?\n"
            "--\n"
            "This message was sent from the website. To stop receiving marketing email, use the unsubscribe link.\n")
    d = decide(decider, body, "Website contact form", sender="Alliant Energy Web <webforms@alliantenergy.com>",
               headers="Reply-To: gloria.estrada@yahoo.com\r\n")
    assert M not in d.labels and S not in d.labels, seen(d)
    assert (d.labels, d.review) == ((Q,), False), seen(d)
    assert d.ack_to == "gloria.estrada@yahoo.com", seen(d)


def test_spanish_web_form_boilerplate_is_not_the_request(decider):
    body = ("Formulario de contacto del sitio web\n\n"
            "Tema: Darse de baja / No compartir mis datos\n"
            "Nombre: Héctor Salinas\n"
            "Correo: hsalinas@outlook.com\n"
            "Mensaje: ¿Cuánto cuesta mover el medidor de gas al otro lado de la casa?\n"
            "Enviado desde el formulario de alliantenergy.com. Para no recibir promociones, darse de baja aquí.\n")
    d = decide(decider, body, "Formulario de contacto", sender="Alliant Energy <contactus@alliantenergy.com>",
               headers="Reply-To: hsalinas@outlook.com\r\n")
    assert M not in d.labels and S not in d.labels, seen(d)
    assert (d.labels, d.review) == ((Q,), False), seen(d)
    assert d.ack_to == "hsalinas@outlook.com", seen(d)


# === 2. Short replies take their meaning from what they answer =================================================


def test_stop_under_an_outage_alert_is_not_a_marketing_opt_out(decider):
    d = reply_to_outage(decider, "STOP")
    assert M not in d.labels, seen(d)
    assert d.review and d.labels == (), seen(d)
    assert answers(d) == "service", seen(d)


def test_stop_under_a_promotion_is_a_marketing_opt_out(decider):
    d = reply_to_promo(decider, "STOP")
    assert (d.labels, d.review) == ((M,), False), seen(d)
    assert answers(d) == "promotion", seen(d)


def test_spanish_no_more_under_an_outage_alert_is_not_a_marketing_opt_out(decider):
    d = decide(decider, "Ya no me manden esto.\n\n" + QUOTED_OUTAGE_ES, "RE: Corte de luz en su zona",
               in_reply_to=OUTAGE_ES_ID, sender="Ana Lucía Torres <altorres@yahoo.com.mx>")
    assert M not in d.labels, seen(d)
    assert d.review and d.labels == (), seen(d)
    assert answers(d) == "service", seen(d)


def test_spanish_baja_under_a_promotion_is_a_marketing_opt_out(decider):
    d = decide(decider, "BAJA\n\n" + QUOTED_PROMO_ES, "RE: Ahorre $60 en su calentador de agua",
               in_reply_to=PROMO_ES_ID, sender="Rosa Ibarra <rosa.ibarra@hotmail.com>")
    assert (d.labels, d.review) == ((M,), False), seen(d)
    assert answers(d) == "promotion", seen(d)


# === 3. Not a request, though a person or company wrote it =====================================================


def _not_a_request(d: Decision) -> None:
    assert d.automated, seen(d)
    assert d.kind in (MailKind.NOT_A_REQUEST, MailKind.MACHINE), seen(d)
    assert (d.labels, d.ack_to) == ((), None), seen(d)


def test_calendar_invitation_is_not_a_request(decider):
    body = ("--cal42\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            "You have been invited to: Quarterly do-not-share list review\n"
            "Thursday Jan 9, 2025 10:00 - 10:45 (CST)\n"
            "Agenda: walk through the opt-out counts and the suppression process for the spring catalog.\n\n"
            "--cal42\n"
            "Content-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
            "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "UID:8812-jan9@lakeshoredirect.com\nDTSTART:20250109T160000Z\nDTEND:20250109T164500Z\n"
            "SUMMARY:Quarterly do-not-share list review\nORGANIZER:mailto:kbrandt@lakeshoredirect.com\n"
            "END:VEVENT\nEND:VCALENDAR\n\n"
            "--cal42--\n")
    d = decide(decider, body, "Invitation: Quarterly do-not-share list review @ Thu Jan 9, 2025 10am",
               sender="Karin Brandt <kbrandt@lakeshoredirect.com>", to=CATALOG,
               content_type='multipart/alternative; boundary="cal42"')
    _not_a_request(d)
    assert d.kind == MailKind.NOT_A_REQUEST, seen(d)


def test_list_brokers_suppression_file_mail_is_not_a_request(decider):
    body = ("Hi Denise,\n\n"
            "The December suppression file for the PowerHouse list rental is on the SFTP site. We processed\n"
            "212,480 names; 3,118 records matched your do-not-share flags and were removed before the count.\n"
            "The drop date for the Harbor & Pine exchange is still 12/16. Invoice 55-0193 will follow.\n\n"
            "Thanks,\nGreg Halvorsen\nAccount Manager, Midland List Services\n")
    d = decide(decider, body, "PowerHouse Dec suppression file / counts", to=CATALOG,
               sender="Greg Halvorsen <ghalvorsen@midlandlists.com>")
    _not_a_request(d)
    assert d.kind == MailKind.NOT_A_REQUEST, seen(d)


def test_crm_export_notice_is_not_a_request(decider):
    body = ("Your scheduled export \"PH opt-outs weekly\" has finished. 1,204 records processed.\n"
            "File attached: ph_optouts_2024-11-04.csv\n\n"
            "This is an automated notification from your Salesforce org. Do not reply.\n")
    d = decide(decider, body, "Export complete: PH opt-outs weekly", to=CATALOG,
               sender="Salesforce <noreply@salesforce.com>")
    _not_a_request(d)


def test_cold_sales_outreach_is_not_a_request(decider):
    body = ("Hi there,\n\n"
            "I came across PowerHouse's catalog pages last week and noticed your organic traffic has slipped\n"
            "since the spring. We help retailers win back search rankings without paying for ads.\n\n"
            "Would you be open to a 15-minute call on Thursday? Happy to share a short case study first.\n\n"
            "Best,\nJordan Pike | Brightline Growth Partners\n")
    d = decide(decider, body, "Quick idea for PowerHouse", to=CATALOG,
               sender="Jordan Pike <jordan@brightlinegrowth.io>")
    _not_a_request(d)
    assert d.kind == MailKind.NOT_A_REQUEST, seen(d)


def test_spanish_cold_sales_outreach_is_not_a_request(decider):
    body = ("Hola, buenos días:\n\n"
            "Me llamo Valeria Quintana y soy traductora. Noté que su catálogo no tiene versión en español y\n"
            "les ofrezco mis servicios de traducción a un precio especial este mes.\n"
            "¿Podemos agendar una llamada de 15 minutos?\n\n"
            "Saludos,\nValeria\n")
    d = decide(decider, body, "Propuesta para su catálogo", to=CATALOG,
               sender="Valeria Quintana <valeria@traduccionesvq.mx>")
    _not_a_request(d)
    assert d.kind == MailKind.NOT_A_REQUEST, seen(d)


def test_phishing_dressed_as_us_is_not_a_request(decider):
    body = ("Dear customer,\n\n"
            "We could not process your last payment. Your electric service will be suspended within 24 hours\n"
            "unless you verify your billing details here: http://alliant-billing-secure.co/verify\n\n"
            "Alliant Energy Customer Service\n")
    d = decide(decider, body, "Urgent: service interruption notice",
               sender="Alliant Energy <billing@alliant-billing-secure.co>")
    _not_a_request(d)
    assert d.kind == MailKind.NOT_A_REQUEST, seen(d)


def test_out_of_office_without_auto_submitted_is_automated(decider):
    body = ("Hello,\n\n"
            "I'm out of the office until Monday, November 18, with limited access to email.\n"
            "For anything urgent please contact Dana Whitfield at dana.whitfield@prairiecoop.org.\n\n"
            "Thank you for your message,\nMelvin\n")
    d = decide(decider, body, "Out of Office: Get $75 back on a smart thermostat",
               sender="Melvin Sorensen <msorensen@prairiecoop.org>")
    _not_a_request(d)


def test_spanish_out_of_office_without_auto_submitted_is_automated(decider):
    body = ("Buenas tardes:\n\n"
            "Estaré fuera de la oficina hasta el 2 de diciembre, con acceso limitado al correo.\n"
            "Para asuntos urgentes, comuníquese con la recepción al 563-555-0148.\n\n"
            "Gracias por su mensaje.\n")
    d = decide(decider, body, "Respuesta automática: Ahorre $60 en su calentador de agua",
               sender="Ignacio Peralta <iperalta@ferreteriaperalta.com>")
    _not_a_request(d)


# === 4. Software that unsubscribes for a person ================================================================


def test_mail_client_unsubscribe_with_auto_submitted_is_recorded_without_ack(decider):
    d = decide(decider, "This message was automatically generated by Outlook.",
               "unsubscribe AE-2411-THERMO", sender="Curtis Lange <curtis.lange@outlook.com>",
               headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated and d.kind == MailKind.REQUEST, seen(d)
    assert (d.labels, d.review) == ((M,), False), seen(d)
    assert d.ack_to is None, seen(d)


def test_inbox_cleaner_unsubscribe_is_recorded_without_ack(decider):
    body = ("Hello,\n\n"
            "This unsubscribe request was sent automatically by Clean Email on behalf of its user,\n"
            "lena.whitcomb@icloud.com. Please remove this address from your mailing list.\n")
    d = decide(decider, body, "Unsubscribe request", sender="Clean Email <unsubscribe@clean.email>",
               headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated, seen(d)
    assert (d.labels, d.review) == ((M,), False), seen(d)
    assert d.ack_to is None, seen(d)


def test_spanish_mail_client_unsubscribe_without_auto_submitted_is_acknowledged(decider):
    d = decide(decider, "Este mensaje fue generado automáticamente por Gmail.", "darme de baja",
               sender="Luis Ocampo <luis.ocampo@gmail.com>")
    assert not d.automated, seen(d)
    assert (d.labels, d.review) == ((M,), False), seen(d)
    assert d.ack_to == "luis.ocampo@gmail.com", seen(d)


# === 5. Two requests in one sentence; an opt-out asked as a question ===========================================


def test_two_requests_in_one_sentence_give_both_labels(decider):
    d = decide(decider, "Please don't sell or share my information, and no more marketing mail or e-mail.")
    assert (set(d.labels), d.review) == ({M, S}, False), seen(d)


def test_two_requests_in_one_rambling_sentence_give_both_labels(decider):
    d = decide(decider, "Would you take me off the catalog mailing list and also quit passing my address around "
                        "to the other catalog outfits, thank you", to=CATALOG)
    assert (set(d.labels), d.review) == ({M, S}, False), seen(d)


@pytest.mark.parametrize("text, to, labels", [
    ("Hi, can you take me off your mailing list?\n\nThanks, Bev Tollefson", CARE, (M,)),
    # was a strict xfail (the question form counted as a question too): passes since the asking words of a polite
    # request ("Is it possible to ...") ask nothing more (2026-12-04, fourth session)
    ("Is it possible to not get any more marketing emails from you guys?", CARE, (M,)),
    # a strict xfail again with model d76dd488d8 (2026-12-04, fifth session): its 0.33 lean to a marketing opt-out
    # ("years of junk mail") is over `beside_sharing` 0.3, so staff decide (over-deferral, not a wrong decision)
    pytest.param("Can you stop selling my name to other catalogs? It's been years of junk mail because of it.", CATALOG,
                 (S,), marks=pytest.mark.xfail(strict=True, reason="model d76dd488d8 doubts a marketing opt-out (0.33) "
                                                                   "beside the sharing request: staff decide")),
    ("¿Podrían dejar de enviarme publicidad?", CARE, (M,)),
], ids=["can-you-take-me-off", "is-it-possible-no-more", "can-you-stop-selling", "es-podrian-dejar"])
def test_opt_out_asked_as_a_question_is_the_opt_out(decider, text, to, labels):
    d = decide(decider, text, to=to)
    assert (d.labels, d.review) == (labels, False), seen(d)


def test_spanish_two_requests_in_one_sentence_give_both_labels(decider):
    d = decide(decider, "No vendan ni compartan mis datos, y no me manden más publicidad por correo ni por e-mail.",
               sender="Marisol Vega <marisol.vega@hotmail.com>")
    assert (set(d.labels), d.review) == ({M, S}, False), seen(d)


def test_spanish_catalog_and_sharing_with_tampoco_give_both_labels(decider):
    d = decide(decider, "Ya no me envíen su catálogo, por favor, y tampoco vendan mi nombre a otras compañías.",
               to=CATALOG, sender="Esteban Rojas <erojas@gmail.com>")
    assert (set(d.labels), d.review) == ({M, S}, False), seen(d)


def test_spanish_opt_out_asked_as_a_question_is_the_opt_out(decider):
    d = decide(decider, "Buenas tardes, ¿me pueden quitar de su lista de correo? Gracias.",
               sender="Marisol Vega <marisol.vega@hotmail.com>")
    assert (d.labels, d.review) == ((M,), False), seen(d)


# === 6. No object, no context ===================================================================================


def test_please_stop_alone_goes_to_review(decider):
    d = decide(decider, "Please stop.")
    assert (d.labels, d.review) == ((), True), seen(d)


def test_opt_me_out_alone_to_the_catalog_mailbox_goes_to_review(decider):
    d = decide(decider, "Opt me out", to=CATALOG, sender="dwight.k@comcast.net")
    assert (d.labels, d.review) == ((), True), seen(d)


def test_do_the_same_for_my_other_address_goes_to_review(decider):
    d = decide(decider, "Hi again - do the same for my other address please. Thx")
    assert (d.labels, d.review) == ((), True), seen(d)


def test_spanish_no_object_and_earlier_mail_goes_to_review(decider):
    d = decide(decider, "Hagan lo mismo con mi otro correo, como les pedí la vez pasada.",
               sender="Jorge Báez <jbaez@prodigy.net.mx>")
    assert (d.labels, d.review) == ((), True), seen(d)


def test_spanish_enough_alone_goes_to_review(decider):
    d = decide(decider, "Ya basta, por favor.", sender="Jorge Báez <jbaez@prodigy.net.mx>")
    assert (d.labels, d.review) == ((), True), seen(d)


# === 7. Over-deferral: plainly clear requests are decided without review =======================================


def _xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize("text, to, labels", [
    pytest.param("I never signed up for your marketing e-mails. Take my address off, please.", CARE, (M,),
                 id="never-signed-up"),
    pytest.param("Enough with the flyers and the special offers in my mailbox. No more, thanks.", CARE, (M,),
                 id="enough-flyers"),
    pytest.param("Kindly cease all promotional mailings to this household.", CARE, (M,), id="kindly-cease"),
    pytest.param("You can keep sending my bill, but I want zero sales pitches from you by email or by post.", CARE,
                 (M,), marks=_xfail("labels=() review=True proposed=(marketing_opt_out,): no rule hit at all for "
                                    "'I want zero sales pitches'; reasons=['model suggests marketing_opt_out (0.60) "
                                    "without a rule']"), id="keep-bill-no-pitches"),
    pytest.param("I'd rather you didn't pass my name along to other catalogs.", CATALOG, (S,),
                 id="rather-not-pass-name"),
    pytest.param("I'd like to opt out of having my information shared with third parties.", CATALOG, (S,),
                 id="opt-out-of-sharing"),
    pytest.param("Hi, this is Doug Reinholt at 77 Ridgeview Dr, Decorah, IA 52101. I don't want my name given out "
                 "to other catalog companies.", CATALOG, (S,), id="name-address-then-sharing",
                 marks=pytest.mark.xfail(strict=True, reason="models ba98ea30e1 to 937f0d77ca lean 0.30-0.33 to a "
                                         "marketing opt-out beside the sharing request (`beside_sharing` 0.3): a "
                                         "doubt, staff decide (over-deferral; a strict xfail before too, until model "
                                         "d76dd488d8)")),
    pytest.param("Stop the e-mails please, but keep the paper catalog coming.", CATALOG, (M,),
                 id="stop-email-keep-paper"),
    pytest.param("Share my name with whoever you like, just stop the catalog.", CATALOG, (M,),
                 id="share-whatever-stop-catalog",
                 marks=pytest.mark.xfail(strict=True, reason="cross-validation now chooses `beside` 0.2 (fewest "
                                         "critical first): the model's 0.23 lean to a sharing opt-out beside the "
                                         "found marketing opt-out is a doubt, and staff decide (over-deferral)")),
    pytest.param("unsubscribe me from the newsletter pls", CARE, (M,), id="unsubscribe-pls"),
    pytest.param("Ya no quiero recibir ofertas ni promociones de ustedes. Gracias.", CARE, (M,), id="es-no-ofertas"),
    pytest.param("Les pido que no le den mi dirección a ninguna otra compañía.", CATALOG, (S,),
                 id="es-no-den-direccion"),
    pytest.param("Favor de no mandarme más correos de promociones.", CARE, (M,),
                 id="es-favor-de-no-mandarme"),
    pytest.param("Dejen de mandarme el catálogo en papel; los correos electrónicos sí los quiero.", CATALOG, (M,),
                 id="es-stop-paper-keep-email"),
])
def test_plainly_clear_requests_are_decided_without_review(decider, text, to, labels):
    d = decide(decider, text, to=to)
    assert (d.labels, d.review) == (labels, False), seen(d)


# === 8. Entities ================================================================================================
# The name, postal code and account number as the sender wrote them (LABELS.md: a first name alone counts, titles
# such as Mrs., Dr., Pastor or ", D.C." are not part of the name). The request itself must be recognised (decided
# or proposed); whether it is decided without review is section 7's business.


def _asked(d: Decision, label: str) -> None:
    assert label in (*d.labels, *d.proposed), seen(d)


@pytest.mark.parametrize("text, name", [
    pytest.param("Please stop sending me the PowerHouse catalog.\n\nThanks,\nMarjorie", "Marjorie",
                 id="en"),
    pytest.param("Por favor ya no me envíen el catálogo.\n\nGracias,\nLupita", "Lupita",
                 id="es"),
])
def test_first_name_alone_in_the_signature_is_the_name(decider, text, name):
    d = decide(decider, text, to=CATALOG, sender="mhb1958@aol.com")
    _asked(d, M)
    assert d.entities.name == name, d.entities


@pytest.mark.parametrize("text, name", [
    pytest.param("Remove me from your mailing list, please.\n\nSincerely,\nDr. Helen Okafor\n", "Helen Okafor",
                 id="dr"),
    pytest.param("Please take our church off your mailing list.\n\nBlessings,\nPastor Dale Hoffmann\n",
                 "Dale Hoffmann",
                 id="pastor"),
    pytest.param("Remove my office from your promotional mailings.\n\nRegards,\nThomas Ng, D.C.\nNg Chiropractic\n",
                 "Thomas Ng",
                 id="dc-suffix"),
])
def test_name_with_a_title_is_kept_without_the_title(decider, text, name):
    d = decide(decider, text)
    _asked(d, M)
    assert d.entities.name == name, d.entities


def test_mrs_name_postal_code_and_hyphenated_account(decider):
    d = decide(decider, "This is Mrs. Janet Kowalczyk, 1412 Elm St, Cedar Falls, IA 50613, account 4471-220-9185.\n"
                        "Please don't give my name to other catalog companies.", to=CATALOG)
    _asked(d, S)
    assert (d.entities.name, d.entities.postal_code, d.entities.account) == \
        ("Janet Kowalczyk", "50613", "4471-220-9185"), d.entities


def test_account_number_with_uneven_groups_and_a_zip_in_the_text(decider):
    d = decide(decider, "Please no more e-mail offers. My acct # is 20-551-8873-4. Zip 52001.\n\nKaren L.")
    assert (d.labels, d.review) == ((M,), False), seen(d)
    assert (d.entities.postal_code, d.entities.account) == ("52001", "20-551-8873-4"), d.entities


def test_spanish_title_and_spaced_account_number(decider):
    d = decide(decider, "Soy la Sra. María Fernanda Ruiz, número de cliente 0045 7719 22.\n"
                        "Por favor no compartan mi nombre con otras empresas.",
               sender="mf.ruiz@gmail.com")
    _asked(d, S)
    assert (d.entities.name, d.entities.account) == ("María Fernanda Ruiz", "0045 7719 22"), d.entities


# === Replies to our outage alert, a promotion and our acknowledgement ==========================================


def test_question_under_an_outage_alert_is_a_question_about_service_mail(decider):
    d = reply_to_outage(decider, "Any update? The estimate said 11:30 and we still have no power on Oak Park Rd.")
    assert (d.labels, d.review) == ((Q,), False), seen(d)
    assert answers(d) == "service", seen(d)
    assert "Message-ID" in d.evidence["thread"]["how"], seen(d)


def test_worded_opt_out_under_a_promotion_is_read_as_answering_the_promotion(decider):
    d = reply_to_promo(decider, "Nice try, but no thanks. Please stop sending me these offers.\n\n- Ray")
    assert (d.labels, d.review) == ((M,), False), seen(d)
    assert answers(d) == "promotion", seen(d)
    assert d.entities.postal_code is None, d.entities  # our footer's ZIP is not the sender's


def test_thank_you_to_our_acknowledgement_gets_no_labels_and_no_ack(decider):
    d = reply_to_ack(decider, "Thank you!", sender="Bev Tollefson <bev.tollefson@gmail.com>")
    assert d.labels == () and not d.review, seen(d)
    assert d.ack_to is None, seen(d)
    assert answers(d) == "acknowledgement", seen(d)


def test_stop_under_our_acknowledgement_is_not_a_marketing_opt_out(decider):
    d = reply_to_ack(decider, "STOP", sender="Bev Tollefson <bev.tollefson@gmail.com>")
    assert M not in d.labels, seen(d)
    assert d.review and d.labels == (), seen(d)


def test_new_request_under_our_acknowledgement_is_decided_and_answered(decider):
    d = reply_to_ack(decider, "Thanks for the quick reply. While you're at it, please don't share my name with "
                              "other catalog companies either.", sender="Bev Tollefson <bev.tollefson@gmail.com>")
    assert not d.automated, seen(d)
    assert (d.labels, d.review) == ((S,), False), seen(d)
    assert d.ack_to == "bev.tollefson@gmail.com", seen(d)
    assert answers(d) == "acknowledgement", seen(d)


# === Regression tests (written after the fixes they check, from cross-validation misses on the training sets) ====


def test_a_reply_to_a_bill_from_the_campaign_server_is_a_reply_to_service_mail(decider):
    # The Message-ID's server (mail.alliant-energy.com) also sends campaigns; its "bill" part and the subject say
    # what this was. A bare "unsubscribe" under a bill is not a marketing opt-out (LABELS.md): staff decide.
    d = decide(decider, "unsubscribe", "Re: Your Alliant Energy bill is ready",
               in_reply_to="<20260801060000.bill.7f3a21@mail.alliant-energy.com>")
    assert answers(d) == "service", seen(d)
    assert d.review and d.labels == (), seen(d)


def test_a_message_id_that_names_only_our_campaign_server_still_means_a_promotion(decider):
    d = decide(decider, "STOP", "Re:", in_reply_to="<a81f0c2e99d14b.55120@mail.alliant-energy.com>")
    assert answers(d) == "promotion", seen(d)
    assert "its server only" in d.evidence["thread"]["how"], seen(d)
    assert (d.labels, d.review) == ((M,), False), seen(d)


def test_our_notification_server_sends_campaigns_too(decider):
    """Regression test (cross-validation: the `outlook` set): the notification server's name alone does not make a
    message service mail; the quoted promotion says what "Opt me out of these" answers. A service notice's own id
    still says service, and a bare notification-server id is a weak hint, after the quote and the subject."""
    d = decide(decider, "Opt me out of these\n\n" + QUOTED_PROMO, "RE: Save on a smart thermostat",
               in_reply_to="<AE-PR-2411-TS.635ebc57@notify.alliantenergy.com>")
    assert answers(d) == "promotion", seen(d)
    assert (d.labels, d.review) == ((M,), False), seen(d)
    d = decide(decider, "STOP", "Re:", in_reply_to="<payrem.20241105.7731@notify.alliantenergy.com>")
    assert answers(d) == "service" and d.review and not d.labels, seen(d)
    d = decide(decider, "STOP", "Re:", in_reply_to="<a81f0c2e99d14b@notify.alliantenergy.com>")
    assert answers(d) == "service" and "its server only" in d.evidence["thread"]["how"], seen(d)


def test_a_plus_sign_joins_two_requests_in_a_subject(decider):
    d = decide(decider, "", "Remove from catalog list + do not share my name", to=CATALOG)
    assert (set(d.labels), d.review) == ({M, S}, False), seen(d)


def test_take_me_off_this_mailing_keeps_its_own_object_beside_a_sharing_clause(decider):
    d = decide(decider, "Take me off this mailing, and do not pass my name to other companies either.\n\nLou")
    assert set(d.labels) == {M, S} and not d.review, seen(d)


def test_spanish_infinitive_with_its_pronoun_asks_to_be_taken_off_the_list(decider):
    d = decide(decider, "Buenas tardes, favor de quitarme de la lista de correos promocionales.\n\nMarta")
    assert (d.labels, d.review) == ((M,), False), seen(d)


def test_a_fresh_mail_titled_like_our_service_mail_answers_nothing(decider):
    """Regression test (written after the fix): only a reply's or forward's subject says what it answers."""
    d = decide(decider, "If I unsubscribe from your offers, will I still get outage alerts by text?\n\nOmar",
               "Outage alerts")
    assert answers(d) == "none", seen(d)
    assert (d.labels, d.review) == ((Q,), False), seen(d)


def test_a_request_taken_back_in_the_next_breath_goes_to_staff(decider):
    """Regression test (written after the fix): 'then again' takes back a sharing opt-out too."""
    d = decide(decider, "Don't pass my name around. Then again, if it gets me more coupons, go ahead.", to=CATALOG)
    assert d.review and d.labels == (), seen(d)
    assert any("takes a request back" in r for r in d.reasons), seen(d)


def test_an_opt_out_for_him_or_her_goes_to_staff(decider):
    """Regression test (written after the fix): LABELS.md, on behalf of someone else."""
    d = decide(decider, "My mother is 91. Please stop sending her the catalog and don't share her name.\n\nTom")
    assert d.review and d.labels == (), seen(d)
    household = decide(decider, "My husband and I want no more catalogs. Please take us off your list.\n\nJo")
    assert not any("someone else (he, she)" in r for r in household.reasons), seen(household)


def test_a_spanish_clause_in_english_mail_is_read(decider):
    """Regression test (written after the fix): a bilingual sender switches language mid-sentence."""
    d = decide(decider, "Please stop all the mail y no compartan mi información.\n\nLuis")
    assert set(d.labels) == {M, S} and not d.review, seen(d)


def test_spanish_sale_named_then_told_to_stop(decider):
    """Regression test (written after the fix)."""
    d = decide(decider, "Me enteré de que venden mis datos a otras empresas, ya no lo hagan.\n\nRosa", to=CATALOG)
    assert S in d.labels, seen(d)


@pytest.mark.parametrize("body, to, labels", [
    ("Please keep my information in-house. I'm happy to be your customer.\n\nIrene", CATALOG, (S,)),
    ("Please remove our household from these rebate mailers.\n\nAnn", CARE, (M,)),
    ("Por favor quíteme de la lista de correo del catálogo.\n\nHugo", CATALOG, (M,)),
    ("Por favor mantengan mi nombre fuera de las listas que le dan a otras compañías.\n\nEva", CATALOG, (S,)),
    ("Buenas, no quiero q vendan mi nombre a otras compañias.\n\nVal", CATALOG, (S,)),
])
def test_wordings_cross_validation_showed_missing(decider, body, to, labels):
    """Regression tests (written after the rules they check), in words of our own: the rules find the request."""
    d = decide(decider, body, to=to)
    assert set(labels) <= set(d.evidence["confidence"]["found"]), seen(d)


# --- questions that are not there, and opt-outs that are only told or asked about --------------------------------
# Regression tests (written after the fixes they check), in words of our own, for kinds of wording that
# cross-validation on the training sets showed labelled wrongly (LABELS.md: a question about how to opt out is a
# question only; opting back in is a question and an old removal it mentions is not a new opt-out).


def _found(d: Decision) -> set[str]:
    return set(d.evidence["confidence"]["found"])


@pytest.mark.parametrize("body, to, labels", [
    # a wh-word inside a sentence is not a question ("I don't care who you ...")
    ("Frankly I couldn't care less who you pass my name along to. Just stop mailing me the catalog.\n\nDale",
     CATALOG, {M}),
    # a request in question form, with a filler between "can you" and the verb
    ("Hey can you guys quit sending me the rebate flyers?\n\nTina", CARE, {M}),
    ("Would you mind not sharing my name with the other catalog companies?\n\nGwen", CATALOG, {S}),
    # "que es" inside a Spanish sentence is not a question
    ("Por favor dejen de mandarme propaganda, la verdad que es demasiada.\n\nLuz", CARE, {M}),
    # the letter-writer's wording of a sharing opt-out
    ("I must ask that you refrain from disclosing my name and address to any outside firm.\n\nH. Boyd",
     CATALOG, {S}),
])
def test_rules_find_only_what_is_asked(decider, body, to, labels):
    d = decide(decider, body, to=to)
    assert _found(d) == labels, seen(d)


@pytest.mark.parametrize("body, subject", [
    ("how do i stop the catalog from coming to the lake house, it's a waste\n\nBeth", "catalog"),
    ("Cómo hago para que ya no me manden el catálogo\n\nTere", "catalogo"),
    ("Hi, we want the catalog again. Somebody in the family unsubscribed us by accident last spring, "
     "please put us back on.\n\nThe Lunds", "catalog"),
    ("Hace un año pedí que no me mandaran el catálogo. Ahora quiero volver a recibirlo.\n\nIrma", "catálogo"),
    ("I wrote in back in June asking to be removed from the promotional mailings. They still come. "
     "Did that go through?\n\nOwen", "my request"),
])
def test_asking_how_or_telling_an_old_removal_is_a_question_only(decider, body, subject):
    d = decide(decider, body, subject, to=CATALOG)
    assert _found(d) == {Q}, seen(d)


@pytest.mark.parametrize("body, to, labels", [
    # a conditional opt-out leans on the sentence before: honoured, and the question stays a question
    ("Are you folks selling my contact info to marketers? If you are, please stop.\n\nRoy", CATALOG, {S, Q}),
    ("Did PowerHouse pass my address on to that garden company? Never do that again.\n\nJune", CATALOG, {S, Q}),
    ("¿Ustedes le dan mis datos a otras compañías? De ser así, no quiero que lo hagan.\n\nBeto", CATALOG, {S, Q}),
    # a list the sender is on because it is sold is the sharing list
    ("Por favor sáquenme de las listas que les venden a otras empresas.\n\nNico", CATALOG, {S}),
    # "don't send catalogs" names its object
    ("We're selling the cabin. Please don't send catalogs there anymore.\n\nAl", CATALOG, {M}),
])
def test_requests_that_lean_on_their_context(decider, body, to, labels):
    """Regression tests (written after the fixes they check), in words of our own."""
    d = decide(decider, body, to=to)
    assert _found(d) == labels, seen(d)


def test_a_newsletters_own_footer_is_nobodys_request(decider):
    """Regression test: 'if you no longer wish to receive this, reply BAJA' is the list's footer: the rules find
    no request in it (what the model makes of such a bulletin is for its training data)."""
    d = decide(decider, "Boletín del barrio: la feria es el sábado a las 10.\n\nSi ya no desea recibir este boletín, "
                        "responda con la palabra BAJA.\n\nJunta de vecinos", sender="Junta <junta.vecinos@gmail.com>")
    assert not _found(d) & {M, S}, seen(d)


def test_stop_sending_a_service_visit_is_not_marketing(decider):
    """Regression test: the meter reader is service, not marketing."""
    d = decide(decider, "Stop sending the meter reader into my yard, the dog gets out.\n\nKurt")
    assert M not in d.labels, seen(d)


def test_spanish_request_for_a_parent_goes_to_review(decider):
    """Regression test: 'mi mamá ya no quiere...' is for someone else (the verb says so)."""
    d = decide(decider, "Hola, mi mamá ya no quiere recibir el catálogo. Se llama Rosa Ibarra.", to=CATALOG)
    assert d.review and not d.labels, seen(d)


def test_spanish_present_request_is_not_told_as_past(decider):
    """Regression test: 'les pido que me saquen' asks now; only 'pedí que...' tells an earlier request."""
    d = decide(decider, "Les pido que me saquen de su lista de correo y que no compartan mi información con "
                        "terceros.\n\nRamiro", to=CATALOG)
    assert _found(d) == {M, S}, seen(d)


@pytest.mark.parametrize("sender, to", [
    ("Dana Kerr <dkerr@alliantenergy.com>", CARE),  # a colleague, not through one of our forms
    ("Plains Catalog Council <press@plainscatalog.org>", CATALOG),  # a role address
    ("Elm St Block Club <elmstblock@gmail.com>",
     "elmstblock@gmail.com, a1@gmail.com, b2@yahoo.com, c3@aol.com, d4@gmail.com, " + CARE),  # group mail
])
def test_mail_from_someone_who_is_probably_not_a_customer_goes_to_staff_unanswered(decider, sender, to):
    """Regression tests: the words of a request from a colleague, a role address or group mail are not acted on;
    staff look, and nobody is answered meanwhile."""
    d = decide(decider, "Please stop sending the catalog and don't share names with other companies.",
               sender=sender, to=to)
    assert d.review and not d.labels and d.ack_to is None, seen(d)


def test_a_customer_writing_to_us_with_a_cc_is_still_a_customer(decider):
    d = decide(decider, "Please stop sending me the catalog.\n\nNora", sender="Nora Lind <nora.lind@gmail.com>",
               to=f"{CATALOG}, tom.lind@gmail.com")
    assert "may not be a request" not in " ".join(d.reasons), seen(d)


# Regression tests (written after the fixes they check), in words of our own, for kinds the `season` and
# `answers` sets showed at first sight.

SURVEY_ID = "<SV_8812.R_77ab@survey.alliant-energy.com>"


def test_unsubscribe_under_our_survey_is_unclear(decider):
    """Our mail of no known kind (a survey from a subdomain of ours): a bare word cannot say what should stop."""
    body = ("unsubscribe\n\nOn Mon, Jul 6, 2026 at 9:00 AM Alliant Energy Feedback <feedback@survey.alliant-energy.com>"
            " wrote:\n> How did we do on your recent call? Take our two-minute survey.\n")
    d = decide(decider, body, "Re: How did we do?", in_reply_to=SURVEY_ID)
    assert d.review and not d.labels, seen(d)


def test_ok_under_a_promotion_says_nothing_decidable(decider):
    body = ("ok\n\nOn Tue, Jun 2, 2026 at 12:00 PM Alliant Energy <offers@mail.alliant-energy.com> wrote:\n"
            "> Get a smart thermostat for $0 after rebate. Limited time offer.\n")
    d = decide(decider, body, "Re: Smart thermostat offer", in_reply_to=PROMO_ID)
    assert d.review and not d.labels, seen(d)


@pytest.mark.parametrize("body, to, labels", [
    ("And how do I stop these newsletters, is there a way other than the link?\n\nTodd", CARE, {Q}),
    ("unsubscribe me from everything and dont share my data\n\nTrina", CATALOG, {M, S}),
    ("Pursuant to the new state law I am opting out of the sale of my personal data.\n\nT. Wendt", CATALOG, {S}),
])
def test_more_wordings_read_as_asked(decider, body, to, labels):
    d = decide(decider, body, "unsubscribe" if "Trina" in body else "", to=to)
    assert _found(d) == labels or set(d.labels) == labels, seen(d)


def test_back_in_and_out_at_once_goes_to_review(decider):
    d = decide(decider, "Quiero volver a recibir el catálogo, pero no me manden más publicidad por e-mail.\n\nNora",
               to=CATALOG)
    assert d.review and not d.labels, seen(d)


def test_a_landlord_about_his_buildings_goes_to_review(decider):
    d = decide(decider, "I manage 9 apartments in Ames. Please stop mailing catalogs to my buildings.\n\nJ. Becker",
               to=CATALOG, sender="Jerome Becker <jbecker@beckerprops.com>")
    assert d.review and not d.labels, seen(d)


def test_newsletter_sent_to_itself_and_others_goes_to_staff_unanswered(decider):
    d = decide(decider, "Block party Saturday! Reply to get off this list.\n\nElm St",
               sender="Elm Street <elmst@gmail.com>", to=f"elmst@gmail.com, {CARE}, x1@gmail.com, x2@yahoo.com")
    assert not d.labels and d.ack_to is None, seen(d)


# Regression tests (written after the fixes they check) from a fresh-eyes review of this round's rules: each
# wording below was decided wrongly by the first version of a new rule.

@pytest.mark.parametrize("body, to, absent", [
    ("I love the PowerHouse catalog. If you have a spring edition, do send it to my new address.", CATALOG, M),
    ("My wife loves the catalog, never stop doing that!", CATALOG, M),
    ("I wanted to order from the catalog. I could not do it, the page kept failing.", CATALOG, M),
    ("Do you share my info with other companies? If so, not a problem, I just want to know which ones.", CATALOG, S),
    ("Sáquenme de la lista, ya que no saben prestar un buen servicio.", CARE, S),
])
def test_follow_ups_and_lists_do_not_invent_requests(decider, body, to, absent):
    d = decide(decider, body, to=to)
    assert absent not in _found(d) and absent not in d.labels, seen(d)


@pytest.mark.parametrize("body, to, present", [
    ("¿Pueden cancelar mi suscripción a los correos promocionales?", CARE, {M}),
    ("I would like to unsubscribe, please reply to confirm.", CARE, {M}),
    ("how long do i have to wait before you stop sending me this junk just remove me already", CARE, {M}),
    ("Take me off your email list, don't share my email either.", CARE, {M, S}),
])
def test_a_customers_own_words_are_not_a_footer_or_a_how_to(decider, body, to, present):
    d = decide(decider, body, to=to)
    assert present <= _found(d), seen(d)


def test_back_in_and_a_present_removal_is_not_an_old_removal(decider):
    d = decide(decider, "Please put me back on the paper catalog list. I do want to be removed from all marketing "
                        "emails though.", to=CATALOG)
    assert d.review or M in d.labels, seen(d)


def test_a_typed_do_not_unsubscribe_under_the_unsubscribe_subject_is_not_the_button(decider):
    d = decide(decider, "Please do NOT unsubscribe me, I clicked this by mistake. Keep sending the e-mails.",
               "unsubscribe")
    assert M not in d.labels, seen(d)


def test_a_role_word_at_a_mailbox_provider_is_a_person(decider):
    body = ("STOP\n\nOn Tue, Jun 2, 2026 at 12:00 PM Alliant Energy <offers@mail.alliant-energy.com> wrote:\n"
            "> Get a smart thermostat for $0 after rebate. Limited time offer.\n")
    d = decide(decider, body, "Re: Smart thermostat offer", in_reply_to=PROMO_ID, sender="Media <media@gmail.com>")
    assert "role address" not in " ".join(d.reasons), seen(d)


def test_a_seo_pitch_from_a_mailbox_provider_is_not_a_request(decider):
    """Regression test: a seller's "noticed example.com is not ranking ... Shall I send a proposal?"."""
    d = decide(decider, "Hello,\n\nI noticed powerhousecatalog.com is not ranking for \"space heater\" this winter. "
                        "We can fix that fast. Shall I send a proposal?\n\nDev", sender="Dev <dev.growth@gmail.com>",
               to=CATALOG)
    assert d.automated and not d.labels and d.ack_to is None, seen(d)


def test_several_tenants_is_for_other_people(decider):
    d = decide(decider, "Several tenants in our building asked me to get them off your promotional mailings. "
                        "Please remove them.\n\nBuilding office", to=CARE)
    assert d.review and not d.labels, seen(d)


@pytest.mark.parametrize("body, to, review", [
    ("I keep getting these rebate flyers. Please take me off your promotional mailing list.\n\nGus", CARE, False),
    ("Our office keeps receiving the PowerHouse catalog. Please stop mailing it to us.\n\nFront desk", CATALOG, False),
    ("Please stop the e-mails, but I would like to keep getting the paper catalog.\n\nIvy", CARE, True),
])
def test_keep_getting_is_a_complaint_unless_it_is_wished(decider, body, to, review):
    """Regression tests: 'I keep getting these' complains; 'I'd like to keep getting' asks to keep something (with
    channel limits, a kept channel the words name: the paper catalog, not a review any more)."""
    d = decide(decider, body, to=to)
    kept = d.evidence.get("kept_channels") or any("keep something" in r for r in d.reasons)
    assert bool(kept) == review, seen(d)


# === Regression tests (written after the fixes they check) for the kinds the automata, tangled and catalog sets
# showed at first sight, in words of our own ========================================================================


@pytest.mark.parametrize("body, to, present", [
    ("Do you folks trade your mailing list with other companies? If you do, I want out.\n\nMarla", CATALOG, S),
    ("Is my address part of a list you sell? If so, count me out.\n\nDev", CATALOG, S),
    ("Please remove us from whatever co-op database the catalog feeds its names into.\n\nRuth", CATALOG, S),
    ("Booked a tech for Friday. P.S. and don't go handing my address to your partner companies", CARE, S),
])
def test_conditional_and_co_op_sharing_opt_outs(decider, body, to, present):
    d = decide(decider, body, to=to)
    assert present in _found(d), seen(d)


@pytest.mark.parametrize("body", [
    "I would rather not give my name, but there is a meter box hanging loose on Elm Street. Please send someone.",
    "I don't want to give my name. Somebody is running a cord from the empty house next door.",
])
def test_staying_anonymous_is_not_a_sharing_opt_out(decider, body):
    d = decide(decider, body)
    assert S not in _found(d), seen(d)


def test_a_postscript_below_the_name_is_the_senders_own_text(decider):
    body = ("Why did my bill jump forty dollars in October?\n\nThanks,\nNoor Haddad\n\n"
            "p.s. can you please stop the promo emails, there are too many\n\nSent from my phone")
    d = decide(decider, body)
    assert M in _found(d) and Q in _found(d), seen(d)


@pytest.mark.parametrize("body, review", [
    ("Cancel my catalog. Hmm, actually the spring one is handy. I really don't know, do whatever.", True),
    ("Don't share my address. Well, you can share it with the garden supply people, not the others.", True),
    ("I like the flyers fine, I just don't want so many of them.", True),
])
def test_mixed_or_partial_wishes_go_to_staff(decider, body, review):
    d = decide(decider, body, to=CATALOG)
    assert bool(d.review) == review and not d.labels, seen(d)


def test_lifting_a_do_not_share_flag_is_opting_back_in(decider):
    d = decide(decider, "I changed my mind about sharing. Please remove the do-not-share flag from my account, I want "
                        "to hear from other catalogs.\n\nBo", to=CATALOG)
    assert S not in _found(d), seen(d)


def test_an_earlier_call_told_is_not_a_new_opt_out(decider):
    d = decide(decider, "I phoned in April and asked that my name not be passed to other companies. Did that go "
                        "through?\n\nLena Fisk", to=CATALOG)
    assert S not in d.labels and Q in _found(d), seen(d)


@pytest.mark.parametrize("body, present, absent", [
    ("Please stop calling my cell phone about the solar program.", {Q}, {M}),
    ("Ya no me llamen por teléfono para ofrecerme cosas, por favor.", {Q}, {M}),
    ("Stop the sales calls and the catalogs, both of them.", {M, Q}, set()),
])
def test_calls_and_texts_are_not_mail(decider, body, present, absent):
    """LABELS.md: a marketing opt-out stops postal mail and e-mail; a wish about calls needs a person."""
    d = decide(decider, body)
    assert present <= _found(d) and not absent & _found(d), seen(d)


def test_no_more_paper_alone_names_nothing(decider):
    d = decide(decider, "No more paper, thank you! Acct 5510-221", "paper")
    assert not d.labels, seen(d)


@pytest.mark.parametrize("body, subject, sender, to_header", [
    ("Olá! Obrigada pela sua mensagem. Estou de férias e volto no dia 3. Abraços, Rita", "Re: Energy tips",
     "Rita <rita.m@gmail.com>", None),
    ("Thanks a lot for your note! I'm out of town until the 9th with spotty internet. I'll read everything when I "
     "get back.", "Re: Your request", "Cal <cal.b@gmail.com>", None),
    ("I only accept mail from people I know. Type the word in the picture at the link below to reach me.",
     "Held: your message", "Gail <gail@windstream.net>", None),
    ("Hi all, reminder that the catalogs piling up on empty porches go to the recycling bin.\n\nJo",
     "Porch catalogs", "Jo <jo.k@gmail.com>", f"elm-street-neighbors@googlegroups.com, {CARE}"),
    ("Hi! I coach a U12 soccer team and we're looking for a sponsor for our jerseys. Your company logo would go on "
     "the sleeve. Let me know!", "Sponsor?", "Coach Ray <ray.coach@gmail.com>", None),
])
def test_machine_and_outreach_mail_without_headers(decider, body, subject, sender, to_header):
    d = decide(decider, body, subject, sender=sender, to=to_header or CARE)
    assert d.automated and not d.labels and d.ack_to is None, seen(d)


def test_an_authorised_agent_goes_to_staff_and_the_consumer_is_named(decider):
    d = decide(decider, "OptGuard is an authorized agent acting for the consumer below.\n\nConsumer: Wilma Quist\n"
                        "Request: do not sell or share personal information", "Opt-out request", to=CATALOG,
               sender="OptGuard <agents@optguard.example>")
    assert d.review and not d.labels and d.entities.as_dict().get("name") == "Wilma Quist", seen(d)


def test_a_request_typed_below_the_quote_is_the_senders_own(decider):
    """Regression test: a mobile sign-off above the quote used to swallow everything below it as signature."""
    body = ("Thank you for explaining.\n\nSent from my iPhone\n\n"
            "On Nov 4, 2024, at 9:00 AM, Alliant Energy <customercare@alliant-energy.com> wrote:\n\n"
            "> Your bill covered 33 days this month.\n\n"
            "One more thing, please don't share my name with any other company.\nPat")
    d = decide(decider, body, "Re: My bill")
    assert S in _found(d), seen(d)


def test_a_german_outlook_header_starts_the_quote(decider):
    body = ("Please unsubscribe me. Thank you.\n\nKlaus\n\n________________________________\n"
            "Von: Alliant Energy <offers@email.alliant-energy.com>\nGesendet: Mittwoch, 6. November 2024 10:00\n"
            "An: Klaus <klaus.w@outlook.com>\nBetreff: Up to $1,200 back on insulation\n\n"
            "Is your attic ready? Book a contractor: https://www.alliant-energy.com/insulate?utm_campaign=x\n")
    d = decide(decider, body, "AW: Up to $1,200 back on insulation", sender="Klaus <klaus.w@outlook.com>")
    assert d.labels == (M,) and not d.review, seen(d)


@pytest.mark.parametrize("body", [
    "Thanks. Also, please do not share my name or address with anyone.",
    "Gracias. Tampoco quiero que compartan mi nombre con otras compañías.",
])
def test_a_sharing_opt_out_under_our_acknowledgement_is_clear(decider, body):
    """Regression test: a short reply to our acknowledgement is unclear only when what should stop is unclear."""
    d = decide(decider, body, "Re: We received your request", in_reply_to=ACK_ID)
    assert S in d.labels and not d.review, seen(d)


def test_our_web_form_relay_with_a_do_not_reply_footer_carries_a_persons_request(decider):
    """Regression test: the relay's own "do not reply" footer and no-reply sender made it machine mail."""
    body = ("Someone filled in the contact form at https://www.alliant-energy.com/contact\n\n"
            "Topic: Other\nName: Orla Beck\nEmail: orla.beck@gmail.com\n"
            "Message: Please stop sending me the promotional e-mails, thank you.\n\n"
            "Submitted from IP 10.1.2.3\nDo not reply to this message; use the visitor's e-mail address.\n")
    d = decide(decider, body, "Website contact: Other", sender="Alliant Energy Website <no-reply@web.alliant-energy.com>",
               headers="Reply-To: Orla Beck <orla.beck@gmail.com>\r\n")
    assert not d.automated and M in _found(d) and d.ack_to == "orla.beck@gmail.com", seen(d)


def test_a_voicemail_transcript_is_the_callers_request_and_is_not_answered(decider):
    """Regression test: LABELS.md, an Auto-Submitted header forbids an answer, but the words are a person's."""
    body = ("You received a voicemail from 319-555-0199 (0:31) in mailbox 4100.\n\n"
            "Transcription (automatic, may contain errors):\n\n"
            "\"Hi, this is Ned Carver. Please take me off the catalog mailing list. Thanks.\"\n\n-- Unified Messaging\n")
    d = decide(decider, body, "Voice Message from 319-555-0199", to=CATALOG,
               sender="Alliant Energy Voicemail <vm-noreply@alliant-energy.com>",
               headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated and M in _found(d) and d.ack_to is None, seen(d)


def test_a_sales_pitch_through_our_form_is_still_not_a_request(decider):
    body = ("Someone filled in the contact form at https://www.alliant-energy.com/contact\n\n"
            "Name: Growth Team\nEmail: growth@rankfast.example\n"
            "Message: I noticed alliant-energy.com is not ranking for key terms. Our SEO agency helps utilities grow "
            "organic traffic. Shall I send a proposal?\n\nDo not reply to this message.\n")
    d = decide(decider, body, "Website contact", sender="Alliant Energy Website <no-reply@web.alliant-energy.com>",
               headers="Reply-To: growth@rankfast.example\r\n")
    assert d.automated and not d.labels, seen(d)


def test_a_forms_question_shaped_labels_are_not_the_senders_questions(decider):
    """Regression test: "What do you need?: Privacy" and "Anything else?" are the form's words."""
    body = ("You have a new entry for Catalog Requests.\n\nName: Ivo Lind\nEmail: ivo.lind@gmail.com\n"
            "What do you need?: Privacy\n\nAnything else?\nPlease stop mailing me the catalog.\n\n"
            "Manage notifications: https://forms.example.net/n\n")
    d = decide(decider, body, "New entry #12", to=CATALOG, sender="Formtool <no-reply@formtool.example>",
               headers="Reply-To: Ivo Lind <ivo.lind@gmail.com>\r\n")
    assert Q not in _found(d) and M in _found(d), seen(d)


def test_in_a_chat_transcript_only_the_visitors_lines_are_the_senders(decider):
    """Regression test: our assistant's "How can I help today?" is ours."""
    body = ("Chat transcript\nVisitor: Mae Ortiz (mae.ortiz@gmail.com)\n\n"
            "[10:01:02] Alliant Energy Assistant: Hi! How can I help today?\n"
            "[10:01:30] Mae Ortiz: please do not sell my personal information\n"
            "[10:02:00] Alliant Energy Assistant: Done. Anything else I can help with?\n"
            "[10:02:20] Mae Ortiz left the chat.\n")
    d = decide(decider, body, "Chat transcript: Mae Ortiz", sender="Chatbox <transcripts@chatbox.example>",
               headers="Reply-To: Mae Ortiz <mae.ortiz@gmail.com>\r\n")
    assert S in _found(d) and Q not in _found(d), seen(d)


@pytest.mark.parametrize("body, subject, sender", [
    ("Are you at your desk? I need you to handle a small task for me discreetly. I can only reply by email.",
     "Quick favor", "Dan Reyes <dan.reyes.exec@gmail.com>"),
    ("Hi all! Potluck is Sunday after the late service.\n\nIf you would like to be removed from this newsletter list, "
     "just reply STOP and the office will take care of it.\n\nTrinity Church", "Trinity News",
     "Trinity Church <office.trinity@gmail.com>"),
])
def test_fraud_and_a_newsletters_own_footer_are_not_requests(decider, body, subject, sender):
    """Regression tests (written after the fixes): a CEO-fraud opener; "reply STOP" told to a newsletter's readers."""
    d = decide(decider, body, subject, sender=sender)
    assert not d.labels and (d.automated or d.review), seen(d)
    assert d.automated or M not in _found(d), seen(d)


def test_a_form_topic_counts_when_the_message_says_nothing(decider):
    """Regression test: LABELS.md's writers count a chosen topic as the sender's choice."""
    body = ("A visitor submitted the contact form.\n\nTopic: Stop catalog mailings\nName: Lou Park\n"
            "Email: lou.park@gmail.com\nMessage: Thanks.\n\nSubmitted from IP 10.0.0.1\n")
    d = decide(decider, body, "Website contact", to=CATALOG, sender="Alliant Energy Website <no-reply@web.alliant-energy.com>",
               headers="Reply-To: Lou Park <lou.park@gmail.com>\r\n")
    assert M in _found(d), seen(d)


# --- regression tests, 2026-12-04 round -------------------------------------------------------------------------
# Written after the fixes they check, in words of our own, for the kinds of wording that the training sets'
# cross-validation and this round's four new sets (first-sight scores in the README) showed the rules missing.

@pytest.mark.parametrize("body, expected", [
    ("Kindly discontinue the sale e-mails.", {M}),
    ("Quisiera cancelar mi suscripción al boletín de ofertas.", {M}),
    ("Three catalogs come for the same household every month. Please stop all of them.", {M}),
    ("I'd like the paper flyers to stop coming.", {M}),
    ("I want the promotional e-mails discontinued, please.", {M}),
    ("No flyers, please.", {M}),
    ("We do not want any more advertising from you.", {M}),
    ("ya no quiero sus ofertas por correo", {M}),
    ("Les ruego que no me sigan mandando propaganda.", {M}),
    ("no quiero recivir mas catalogos", {M}),
    ("favor de no compartir mi info con otras compañías", {S}),
    ("No quiero el catálogo ni que vendan mis datos.", {M, S}),
    ("Don't mail us anything. Do not rent.", {M, S}),
    ("Take us off your mailing list and off any lists you trade with other catalogs.", {M, S}),
    ("I would not want my address to go to another company.", {S}),
    ("Send me a copy of what you have on file about me, and do not give any of it to third parties.", {S, Q}),
    ("Please unsubscribe me. I also want to ask why my meter was read twice this month", {M, Q}),
    ("I'd like a copy of whatever information you keep about me.", {Q}),
    ("Stop the coupons. And can somebody call me about my refund", {M, Q}),
])
def test_wordings_the_rules_now_know(decider, body, expected):
    """The rules find what is asked; the decision is that, or staff when the model doubts that a person could act
    on so short a text alone (four of these, at the model's unclear threshold 0.2: over-deferral, not a wrong
    decision)."""
    d = decide(decider, body)
    assert _found(d) == expected, seen(d)
    assert set(d.labels) == expected or (d.review and not d.labels and set(d.proposed) == expected), seen(d)


@pytest.mark.parametrize("body", [
    "We don't need advertising help, we run a bakery.",
    "I want the high bills to stop!",
])
def test_words_of_an_opt_out_about_something_else(decider, body):
    d = decide(decider, body)
    assert M not in d.labels, seen(d)


def test_a_legal_footers_orders_are_not_a_sharing_request(decider):
    d = decide(decider, "Please stop the promotions.\n\nJan Ruiz\nRuiz Dental\nThis e-mail is for its addressee only. "
                        "If you are not the addressee, do not copy, share or forward it.")
    # The footer's orders are never a sharing opt-out. Model 3dbb56d01d leans 0.21 to one beside the marketing
    # opt-out (`beside` 0.2), so staff decide: an over-deferral, accepted here as every doubt is.
    assert S not in d.labels, seen(d)
    assert d.labels == (M,) or d.review, seen(d)


@pytest.mark.parametrize("body", [
    "I like the catalog but take me off everything.",
    "Please stop the marketing letters. The account is in my wife's name.",
])
def test_mixed_wishes_and_someone_elses_account_go_to_staff(decider, body):
    d = decide(decider, body)
    assert d.review and not d.labels, seen(d)


@pytest.mark.parametrize("body, subject", [
    ("Thank you so much for the quick reply, have a blessed day.", "Re: We received your request"),
    ("Muchas gracias por su atención, que tenga un buen día.", "Re: Recibimos su solicitud"),
])
def test_thanks_ask_for_nothing_and_get_no_answer(decider, body, subject):
    d = decide(decider, body, subject)
    assert not d.labels and not d.review and d.ack_to is None, seen(d)


@pytest.mark.parametrize("body, subject", [
    ("Our library's summer reading program is looking for partners. Would you consider sponsoring a reading tent? "
     "Sponsorship levels start at $300.", "Reading tent"),
    ("Gracias por su mensaje. La tienda está cerrada por vacaciones hasta el 20 de agosto; abrimos de nuevo el "
     "lunes 21.", "Re: Ofertas de verano"),
])
def test_sponsorship_asks_and_a_shops_closed_notice_are_not_requests(decider, body, subject):
    d = decide(decider, body, subject)
    assert d.automated and not d.labels and d.ack_to is None, seen(d)


def test_a_spanish_inbox_cleaner_unsubscribes_for_its_user(decider):
    d = decide(decider, "Solicitud de baja generada automáticamente por DepuraCorreo en nombre del usuario de esta "
                        "cuenta.", "baja", sender="DepuraCorreo <bajas@depuracorreo.example>", to=CATALOG,
               headers="Auto-Submitted: auto-generated\r\n")
    assert not d.automated and d.labels == (M,) and d.ack_to is None, seen(d)


@pytest.mark.parametrize("body, expected", [
    ("I already told you people once. I do not want your postcards, and I do not want your coupons.", M),
    ("Writing on behalf of my elderly mother, who lives with me: please stop sending her the catalogs.", None),
])
def test_postcards_and_writing_for_a_relative(decider, body, expected):
    """Regression tests (this round's `complaints` set at first sight): postcards and coupons are things to stop;
    "on behalf of my elderly mother" is someone else's request (LABELS.md), for staff."""
    d = decide(decider, body)
    if expected:
        assert expected in _found(d), seen(d)
    else:
        assert d.review and not d.labels, seen(d)


def test_a_customer_who_mentions_a_tracking_number_is_not_a_parcel_notice(decider):
    """Regression test: "the tracking number still says label created" is a customer's complaint, and the sharing
    wish beside it is a request; a carrier's notice gives the number itself."""
    d = decide(decider, "My order is three weeks late and the tracking number still says label created. Also, I do "
                        "not want my name shared with other catalog companies.", to=CATALOG)
    assert d.kind == "request", seen(d)


def test_taking_his_name_off_is_someone_elses_request(decider):
    """Regression test (the `orgs` set at first sight): an office asking to take a retired employee's name off the
    list acts for him (LABELS.md: on behalf of someone else), so staff decide."""
    d = decide(decider, "We still get your flyers for Arne Lind at the shop; he retired last spring. Please take his "
                        "name off your mailing list.")
    assert d.review and not d.labels, seen(d)


def test_if_i_ask_you_not_to_share_asks_what_would_happen(decider):
    """Regression test: "If I ask you not to share my name, do I still get the catalog?" asks about an opt-out
    (LABELS.md: a question only)."""
    d = decide(decider, "If I ask you not to share my name, do I still get the catalog?", to=CATALOG)
    assert S not in d.labels and M not in d.labels, seen(d)


# === Regression tests (written after the fixes they check) for the kinds the movers, rights and channels sets
# showed at first sight, in words of our own ========================================================================


def test_a_request_forms_type_is_the_request_beside_its_comments(decider):
    """A privacy request form's "Request type" is what the sender asked for, as a checkbox is; the comments add a
    second request (a contact form's "Topic" is only a heading: test_web_form_boilerplate_... above)."""
    body = ("A new submission was received from the Privacy Request form.\n\n"
            "Request type: Do Not Sell or Share My Personal Information\nName: Ines Varga\n"
            "Email: ines.varga@gmail.com\nComments: And no more promotional e-mails either, please.\n\n"
            "Submitted: 04/02/2026 10:15 AM\n")
    d = decide(decider, body, "Privacy request form", sender="Privacy Forms <no-reply@web.alliant-energy.com>",
               headers="Reply-To: ines.varga@gmail.com\r\n", to=CATALOG)
    assert {M, S} <= _found(d), seen(d)


def test_opting_out_of_the_sale_of_information_is_the_sharing_kind(decider):
    d = decide(decider, "Under the CCPA, opt me out of any sale or sharing of my personal information.", to=CATALOG)
    assert S in _found(d) and M not in _found(d), seen(d)


def test_telling_where_a_list_came_from_is_no_removal(decider):
    d = decide(decider, "Other catalogs could only have gotten my name from your list. Who did you give it to?",
               to=CATALOG)
    assert M not in _found(d), seen(d)


@pytest.mark.parametrize("body, subject, in_reply_to", [
    ("Thanks. Does that also keep my name out of the lists you share with other companies?", "Re: We received your "
     "request", ACK_ID),
    ("Tengo el GPC activado. ¿Eso cuenta como que no quiero que vendan mis datos?", "Pregunta", None),
])
def test_asking_what_something_already_done_covers_is_a_question(decider, body, subject, in_reply_to):
    """LABELS.md: a question about an opt-out is a question only; "does that also ...?" asks what a thing does."""
    d = decide(decider, body, subject, to=CATALOG, **({"in_reply_to": in_reply_to} if in_reply_to else {}))
    assert S not in _found(d) and S not in d.labels, seen(d)


def test_mail_for_a_named_person_is_someone_elses_request(decider):
    """LABELS.md: on behalf of someone else; but a sender naming themselves ("for Pat Doe" from Pat Doe) asks for
    their own mail."""
    d = decide(decider, "Could you stop the catalogs for Ruth? Thank you.", to=CATALOG)
    assert d.review and not d.labels, seen(d)
    d = decide(decider, "Please stop the catalog for Pat Doe at 12 Oak St, Madison WI 53703.", to=CATALOG)
    assert not any("someone else" in r for r in d.reasons), seen(d)


@pytest.mark.parametrize("body", [
    "Thank you, that's exactly what I wanted.",
    "Thanks for taking care of it so fast.",
    "Muchas gracias por la confirmación. Que tengan buen día.",
])
def test_thanks_under_our_acknowledgement_is_settled_unanswered(decider, body):
    """Regression tests (cross-validation: the channels, movers and rights sets): a reply to our acknowledgement
    that is only glad it was done asks for nothing (LABELS.md: no answer is due)."""
    d = decide(decider, body, "Re: We received your request", in_reply_to=ACK_ID)
    assert not d.review and not d.labels and d.ack_to is None, seen(d)
    d = decide(decider, body.split(".")[0] + ". But I'm still getting catalogs.", "Re: We received your request",
               in_reply_to=ACK_ID)
    assert d.review or d.labels, seen(d)


@pytest.mark.parametrize("body, to, label", [
    # regression tests: wordings cross-validation showed missing (the rights, movers, channels, oneliners sets)
    ("I do not consent to the sale, rental or other disclosure of my personal information.", CATALOG, S),
    ("Take me off your lists and don't send my name to anybody.", CATALOG, S),
    ("I am instructing you to stop selling or trading my name to other catalog companies.", CATALOG, S),
    ("If you share my details, stop. I want my name and address kept private.", CATALOG, S),
    ("Please keep my information private.", CATALOG, S),
    ("Please add me to your do-not-mail list for postal advertising.", CARE, M),
    ("Plz stop sendig the catlog to my house", CATALOG, M),
])
def test_wordings_the_new_sets_showed_missing(decider, body, to, label):
    d = decide(decider, body, to=to)
    assert label in _found(d), seen(d)


def test_a_short_spanish_reply_under_an_english_catalog_mail_is_read_in_spanish(decider):
    """Regression test: "denme de baja porfavor" has too few of the language guess's words, and the quoted English
    then made it English (Spanish rules never ran)."""
    d = decide(decider, "denme de baja porfavor\n\n" + QUOTED_PROMO, "Re: Save on a smart thermostat",
               in_reply_to=PROMO_ID)
    assert d.language == "es" and M in _found(d), seen(d)


def test_keeping_ones_own_information_private_is_told_not_asked(decider):
    d = decide(decider, "I keep my information private, so I read your policy first. What do you collect?",
               to=CATALOG)
    assert S not in _found(d), seen(d)
