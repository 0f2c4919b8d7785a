"""A small stopword-based language guess: "en", "es" or "und"; and whether a text is written in neither.

The mailboxes get English and some Spanish. Function words are the cheapest reliable signal for telling the two
apart on short texts; no model file is needed. Words spelled the same in both languages ("a", "no", "me", "son")
are left out of both lists, so they cannot tip the balance.
"""

from __future__ import annotations

import re

_EN_WORDS = """
    the and to of is are was were be been i you he she it we they my your our their this that these those
    with for from on in at by not do does did don't please would could should will can have has had an or
    but if so as what when where which who why how there here me him her them us all any some about just
    also very thank thanks stop send sending sent mail email list anymore remove unsubscribe name address
    want don't i'm it's
"""
_EN = frozenset(_EN_WORDS.split())
_ES_WORDS = """
    el la los las de del que y en un una unos unas por para con es está están son fue ser mi mis su sus tu
    nuestro este esta estos estas ese esa lo le les se al pero como más muy ya también gracias favor hola
    buenos buenas días quiero quisiera ustedes usted ni nos o sí soy mis correo correos envíen manden dejen
    enviar nombre dirección datos información empresas otras otros cuenta saludos atentamente hay
    mas tambien dias informacion direccion envien tengo estoy recibir catalogo catalogos catálogo catálogos
    ofertas promociones publicidad propaganda porfa nada todo todos todas cuando donde porque
    baja denme darme porfavor quiten quítenme quitenme saquen sáquenme saquenme borren bórrenme borrenme
"""
_ES = frozenset(_ES_WORDS.split())
# A few letters occur only in Spanish text.
_ES_MARKS = re.compile(r"[ñ¿¡]")
_WORD = re.compile(r"[a-záéíóúüñ']+")

MIN_HITS = 2
"""Fewer stopword hits than this and the text is too short to call ("STOP", "Unsubscribe")."""


def detect_language(text: str) -> str:
    """Guess the language of `text`: "en", "es" or "und"."""
    lowered = text[:20000].lower()
    en = es = 0
    for word in _WORD.findall(lowered):
        if word in _EN:
            en += 1
        elif word in _ES:
            es += 1
    es += 2 * len(_ES_MARKS.findall(lowered[:5000]))
    if max(en, es) < MIN_HITS:
        return "und"
    # Demand a clear margin: a Spanish sentence quoting an English subject must still come out Spanish.
    if en >= 1.5 * es:
        return "en"
    if es >= 1.5 * en:
        return "es"
    return "und"


_ANY_WORD = re.compile(r"[^\W\d_]+")
OTHER_MIN_WORDS = 8
OTHER_MAX_SHARE = 0.15
"""English and Spanish prose is a third or more function words; a text of OTHER_MIN_WORDS words or more in which
fewer than OTHER_MAX_SHARE of the words are English or Spanish ones is written in another language (Vietnamese,
Somali, Hmong...), or is a list of names and numbers."""


_NOT_PROSE = re.compile(r"[\d/@<>:=_]|^www\.|\.(com|net|org)")
PROSE_LINE_WORDS = 6
"""Only lines of this many words or more count: a signature's short lines (names, titles, towns) hold no function
words in any language."""


def in_another_language(text: str) -> bool:
    """Whether `text`'s sentences read as neither English nor Spanish (see OTHER_MAX_SHARE)."""
    words: list[str] = []
    for line in text[:20000].lower().splitlines():
        # links, addresses and codes are no words of any language ("<https://aka.ms/AAb9ysg>", a token)
        kept = " ".join(t for t in line.split() if not _NOT_PROSE.search(t))
        found = _ANY_WORD.findall(kept)
        if len(found) >= PROSE_LINE_WORDS:
            words += found
    if len(words) < OTHER_MIN_WORDS:
        return False
    known = sum(1 for w in words if w in _EN or w in _ES)
    return known < OTHER_MAX_SHARE * len(words)
