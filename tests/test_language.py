"""intake.mail.language: the stopword language guess."""

from __future__ import annotations

import pytest

from intake.mail.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Please take me off your mailing list, I do not want these anymore.",
        "Why is my bill so high this month? It was half of that last year.",
        "Do not share my name with the other companies.",
    ],
)
def test_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Por favor no me manden más publicidad.",
        "No quiero que compartan mis datos con otras empresas.",
        "¿Cuándo llega la factura de este mes?",
        "Buenos días, quisiera darme de baja de los correos.",
    ],
)
def test_spanish(text: str) -> None:
    assert detect_language(text) == "es"


@pytest.mark.parametrize("text", ["", "STOP", "Unsubscribe", "12345", "ok"])
def test_too_short_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_spanish_with_english_subject_words() -> None:
    assert detect_language("Re: Holiday Preview\nNo me envíen más catálogos, por favor. Gracias.") == "es"
