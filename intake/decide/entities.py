"""Who and what a request is about: name, postal code, street address, account number.

Only the sender's own words count: `Mail.new_text` and `Mail.signature`, never quoted or forwarded text written by
others and never attachments. Every value is a verbatim substring of that text, kept as written ("CUST# 00482917",
"5520 8813 07"), so staff can find it and the suppression list matches the mailing label.

Rules and patterns only, no statistical model: the forms people use are few and predictable, and a wrong name on
an opt-out is worse than none. When unsure, return None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intake.values import Address, Entities, Mail

# --- names -----------------------------------------------------------------------------------------------------

_PARTICLE = r"(?:van|von|de|del|der|den|la|le|da|di|du|st\.?|mc|mac|bin|ten|ter)"
_WORD = r"(?:[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]{2,})*|[A-Z]['\u2019][A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['\u2019][A-Z][a-z]+)"
_INITIAL = r"(?:[A-Z]\.)"
_EXTENDED = [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]
_EXT_UPPER = "".join(c for c in map(chr, _EXTENDED) if c.isupper())
_EXT_LOWER = "".join(c for c in map(chr, _EXTENDED) if c.islower())
"""Latin Extended-A and -B and Latin Extended Additional capitals and small letters apart ("Łukasz Hodžić",
"Nguyễn Thị Thu Hà"): a letter in both classes would let the
name patterns read one word two ways and backtrack exponentially on hostile text."""
_UPPER = f"A-ZÀ-ÖØ-Þ{_EXT_UPPER}"
_LOWER = f"a-zß-öø-ÿ{_EXT_LOWER}"
_ACCENT_WORD = rf"(?:[{_UPPER}][{_LOWER}]+(?:['\u2019-][{_UPPER}]?[{_LOWER}]{{2,}})*)"
"""(After an apostrophe or a hyphen, two letters at least: "Schroeder's" is a possessive, "Okafor-Brandt" a name.)"""
_NAME_WORD = rf"(?!(?:Jr|Sr)\b)(?:{_WORD}|{_ACCENT_WORD})(?![^\W\d_])"
"""(Never "Jr" or "Sr": they are the suffix below, kept with their period as written.)"""
_SUFFIX = r"(?:,?[ \t]+(?:Jr\.|Sr\.|Jr|II|III|IV)(?![\w.]))"
"""A generational suffix, part of the name as written ("Gordon R. Whitlock, Jr.", "Harlan Westbrook III")."""
FULL_NAME = (rf"(?:{_NAME_WORD}(?:[ \t]+{_INITIAL})?(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{1,3}}{_SUFFIX}?"
             rf"|{_INITIAL}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}{_SUFFIX}?)")
"""A full name: "Ann Lee", "Ann B. Lee", "Jan van der Berg", or from an initial: "R. Tomasz Wilk", "A. Okafor"."""
JOINT_NAME = rf"{_NAME_WORD}[ \t]+(?:and|&|y)[ \t]+{FULL_NAME}"
_NAME = rf"(?P<name>(?=[{_UPPER}])(?:{JOINT_NAME}|{FULL_NAME}))"
"""The lookahead changes nothing a name can match (every name word starts with a capital) but lets the regex
engine skip the other positions quickly."""
_TITLE = (r"(?:(?:(?:la|el)[ \t]+)?(?:Mr\.?[ \t]+(?:and|&)[ \t]+Mrs|Drs|Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Fr|Pastor|Father|Sister|Sr|Sra|Srta|Dra|Don|"
          r"Doña|Lic|Lcda|Lcdo|Ing|Hon|Atte|Sgt|SGT|Cpl|CPL|Pvt|PVT|PFC|Spc|SPC|SSG|SFC|Lt|LT|Capt|CPT|Maj|MAJ|Col|COL|"
          r"Cmdr|CDR|Deputy|Sheriff|Judge|Coach)\.?[ \t]+)")
"""A title before a name ("Dr. Helen Okafor", "Pastor Dale Hoffmann", "la Sra. María Ruiz", "SGT Tyler Manske"), or
"Atte." (atentamente)
written on the name's line: never part of it."""
_DEGREE = r"(?:,?[ \t]*(?:(?:[A-Z]\.){2,3}|MD|PhD|DDS|DVM|DC|RN|CPA|Esq\.?))"
"""Letters after a name ("Thomas Ng, D.C."): never part of it either."""

_RELATIVE = (r"(?i:husband|wife|spouse|partner|mother|father|mom|dad|mum|parents?|son|daughter|brother|sister|aunt|"
             r"uncle|grandmother|grandfather|grandma|grandpa|mother-in-law|father-in-law|tenant|client|neighbou?rs?|"
             r"ex-husband|ex-wife|ex|former husband|former wife|"
             r"esposo|esposa|marido|madre|padre|mamá|papá|hijo|hija|abuela|abuelo|hermano|hermana|suegra|suegro)")
_LATE = r"(?i:late|deceased|elderly|dear|difunto|difunta|fallecido|fallecida)"

# The person the request is ABOUT comes first: a late spouse or a parent outranks the sender's own name.
_ABOUT_PATTERNS = [
    rf"\b(?i:(?:his|her|their) name is|(?:él|ella)? ?se llama|su nombre es)[ \t]+{_TITLE}?{_NAME}",
    rf"\b(?i:my|our|mi|nuestro|nuestra)[ \t]+(?:{_LATE}[ \t]+)?{_RELATIVE}(?:[ \t]+{_LATE})?[,:]?[ \t]+{_NAME}",
    rf"{_NAME}[,]?[ \t]+(?:\([^)]*\)[ \t]+)?(?i:is|was|es|era)?[ \t]*(?i:my|our|mi)[ \t]+(?:{_LATE}[ \t]+)?{_RELATIVE}\b",
    rf"\b(?i:on behalf of|estate of|executor (?:of|for)(?: the estate of)?|in the name of|en nombre de|a nombre de|"
    rf"account holder(?: is| was)?:?|customer(?: name)?:|name on the account(?: is)?:?|addressed to|"
    rf"(?:send|sending|mail|mailing)(?: the| your)? (?:catalogs?|mail|mailings|flyers|it|them) to)[ \t]+(?:(?i:my|mi)[ \t]+(?:{_LATE}[ \t]+)?{_RELATIVE}[,]?[ \t]+)?{_NAME}",
]
_SELF_PATTERNS = [
    rf"\b(?i:my name is|this is|i am|i'm|me llamo|mi nombre es|soy)[ \t]+{_TITLE}?{_NAME}",
    rf"(?m)^[ \t]*(?i:name|nombre|full name|nombre completo|consumer(?: name)?|requester|requestor)[ \t]*[:\-][ \t]*{_NAME}",
    rf"(?m)(?i:thank you|thanks|regards|sincerely|gracias|saludos)[,.!]?[ \t]+{_TITLE}?{_NAME}{_DEGREE}?[ \t]*$",
]
_ABOUT = [re.compile(p) for p in _ABOUT_PATTERNS]
_SELF = [re.compile(p) for p in _SELF_PATTERNS]
_RELATIVE_AFTER_NAME = re.compile(rf"(?i:my|our|mi)[ \t]+(?:{_LATE}[ \t]+)?{_RELATIVE}\b")
"""What the second of _ABOUT_PATTERNS needs after the name: when a text lacks it, that costly pattern is skipped."""
_CLOSING_INLINE = re.compile(rf"^\s*(?:thanks|regards|sincerely|best|cheers|gracias|saludos)[,.!]?[ \t]+{_TITLE}?{_NAME}"
                             rf"{_DEGREE}?\s*$", re.I)
_ROLE = (r"(?:,[ \t]*(?:Trustee|Executor|Executrix|Administrator|Administratrix|Guardian|Conservator|Attorney|Agent|"
         r"Owner|President|Manager|Director|Officer|Secretary|Treasurer|Partner|Albacea|Apoderad[oa]|Abogad[oa]|"
         r"Tutora?|Representante)(?:[ \t]+[A-Za-z-]+){0,3})")
"""A role after the name on its line ("Wendell Auclair, Trustee"): never part of it."""
_LINE_NAME = re.compile(rf"^[ \t]*(?:[-\u2013\u2014~][ \t]*|/s/[ \t]*)?{_TITLE}?{_NAME}{_DEGREE}?{_ROLE}?"
                        rf"(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]*[,.]?[ \t]*$")
_CLOSING_ONLY = re.compile(r"^\s*(?:thanks|thank you|regards|best|sincerely|cheers|respectfully|cordially|gracias|"
                           r"saludos|atentamente|cordialmente|best regards|kind regards|warm regards|many thanks|"
                           r"thanks again|yours truly|love|blessings|take care|un saludo|muchas gracias)[ \t]*[,.!]*\s*$",
                           re.I)
_NOT_FIRST_NAMES = {
    "however", "unfortunately", "love", "xoxo", "cordialmente", "seriously", "frustrated", "nope", "tired",
    "marketing", "cancel", "anonymous", "homeowner", "resident", "management", "owner", "tenant", "me", "myself",
    "again", "sorry", "regards", "blessings", "cheers", "enough", "whatever", "finally", "sincerely", "annoyed",
    "angry", "disappointed", "attentively", "atentamente", "respectfully", "everyone", "all", "family", "household",
    # what else people type alone as a last line
    "bye", "goodbye", "ugh", "help", "later", "thx", "ty", "baja", "basta", "alto", "nunca", "adios", "adiós",
    "unsuscribe", "unsubcribe", "remover", "quitar", "eliminar", "cancelar", "listo", "hecho", "urgente", "urgent",
    "asap", "now", "today", "pronto", "ahora", "hoy", "gracias", "saludos", "bendiciones", "shalom", "amen", "peace",
    "ciao", "chao", "salud", "suerte", "fin", "end", "period", "stop", "wow", "yikes", "oops", "hmm", "meh",
}
"""Words found alone under a closing that are not a first name."""
_FIRST_NAME_LINE = re.compile(rf"^[ \t]*(?:[-\u2013\u2014~][ \t]*)?(?P<name>{_NAME_WORD})[ \t]*[,.!]?[ \t]*$")
"""A first name alone on a line ("Thanks,\\nMarjorie", "- Ray"): a name only right after a closing or a dash."""
_MIDWEST = r"Iowa|Wisconsin|Minnesota|Illinois|Missouri|Nebraska|Michigan"
"""The states our customers write out in full (postal codes and town lines read them the same way)."""
_MIDWEST_SHORT = r"Wisc?|Minn|Ill|Nebr?|Mich"
"""Their old abbreviations ("Chippewa Falls, Wis. 54729")."""
_STATE_NAMES = rf"(?:{_MIDWEST}|Indiana|Ohio|Kansas|Dakota|{_MIDWEST_SHORT})"
# "Dale Hoffmeier, Platteville 53818", but not a town over its state: "Elk Horn, Iowa 51531" is a place
_NAME_THEN_ADDRESS = re.compile(rf"{_NAME},?[ \t]+(?:\d{{1,6}}[ \t]+[A-Z]|(?!{_STATE_NAMES}\b)[A-Z][a-z]+,?[ \t]+\d{{5}}\b)")
# A signature written in capitals ("BERNARD KLOSTERMAN" over "2781 COUNTY RD E"): only as a line of its own in a
# signature, and never made of everyday words (shouted requests are capitals too).
_CAPS_WORD = r"(?:[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ]|['\u2019-](?=[A-ZÀ-ÖØ-Þ]))*[A-ZÀ-ÖØ-Þ](?![^\W\d_]))"
_CAPS_NAME = (rf"(?P<name>{_CAPS_WORD}[ \t]+(?:AND|&|Y)[ \t]+{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,3}}|"
              rf"{_CAPS_WORD}(?:[ \t]+[A-Z]\.?)?(?:[ \t]+{_CAPS_WORD}){{1,3}})")
_CAPS_LINE_NAME = re.compile(rf"^[ \t]*(?:[-\u2013\u2014~][ \t]*)?{_CAPS_NAME}[ \t]*,?[ \t]*$")
_CAPS_FIELD_NAME = re.compile(rf"(?m)^[ \t]*(?i:name|nombre|full name|nombre completo)[ \t]*[:\-][ \t]*{_CAPS_NAME}[ \t]*$")
"""A form-like "NAME: DWAYNE PRUITT" line (template letters, relays): the capitals' own field."""
_ADDRESS_LINE = re.compile(rf"^\s*(?:\d{{1,6}}[ \t]+\S|(?i:p\.?\s?o\.?\s+box)\b|.*\b(?:[A-Z]{{2}}|(?i:{_STATE_NAMES}))\.?,?[ \t]+\d{{5}}\b)")
"""(a town line's state in two letters or written out, as the town lines of ZIPs read it: "ALBERT LEA MINN 56007")"""
_EVERYDAY_WORDS = {
    "and", "or", "not", "do", "don't", "dont", "me", "you", "your", "our", "us", "we", "it", "to", "of", "for", "in",
    "on", "at", "by", "with", "from", "a", "an", "is", "are", "be", "am", "this", "that", "these", "those", "all",
    "any", "more", "again", "now", "never", "ever", "send", "sending", "sell", "share", "rent", "trade", "give",
    "mail", "mailings", "email", "emails", "catalogs", "list", "name", "address", "want", "wants", "need", "thank",
    "request", "stop!", "done", "anyone", "nobody", "dear", "sir", "ma'am", "asap", "urgent", "important",
    "note", "attention", "re", "fw", "fwd", "ps", "p.s", "nota", "favor", "usted", "ustedes", "gracias", "nada",
    "junk", "spam", "offers", "ads", "paper", "bill", "bills", "buenos", "buenas", "días", "dias", "tardes", "noches",
    "good", "day", "night", "whom", "concern", "team", "staff", "customer", "service",
}
# A name followed by what identifies the customer: "Oscar Lindahl, customer no. C-448210".
_NAME_THEN_ID = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:[-\u2013\u2014~][ \t]*)?{_TITLE}?{_NAME}[ \t]*(?:,|;|\||[-\u2013\u2014]|\()?[ \t]*"
    rf"(?i:(?:catalog[ \t]+)?(?:customer|cust|account|acct|a/c|member|client|cliente|cuenta|phone|tel|cell|mobile)\b"
    rf"|(?:no|n[uú]m)\.?[ \t]*\d|#)[^\n]{{0,40}}\d")
_ADDRESS_AFTER_NAME = re.compile(r"\d[ \t]+[A-Z]|[a-z],?[ \t]+\d{5}\b")
"""What _NAME_THEN_ADDRESS needs after the name: a text without it skips that (costly) pattern."""
_CLOSING = re.compile(r"^\s*(thanks|thank you|regards|best|sincerely|cheers|respectfully|cordially|gracias|saludos|"
                      r"atentamente|best regards|kind regards|warm regards|many thanks|thanks again|yours truly)\b.*$",
                      re.I)

_NOT_NAME_WORDS = {
    "alliant", "energy", "powerhouse", "catalog", "customer", "care", "team", "privacy", "dear", "hello", "hi",
    "thanks", "thank", "regards", "sincerely", "best", "sent", "iphone", "ipad", "android", "street", "avenue",
    "road", "drive", "lane", "please", "unsubscribe", "stop", "remove", "opt", "out", "mailing", "list", "account",
    "number", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "iowa",
    "wisconsin", "minnesota", "illinois", "madison", "cedar", "rapids", "moines", "the", "po",
    "box", "apt", "suite", "get", "outlook", "gmail", "yahoo", "mail", "service", "services", "inc", "llc", "corp",
    "company", "co", "department", "office", "manager", "accounts", "payable", "estate", "executor", "attorney",
    # role and title words: "Professional Guardian", "Chief Compliance Officer", "Oficial de Cumplimiento"
    "guardian", "professional", "chief", "compliance", "officer", "article", "under", "oficial", "cumplimiento",
    "notary", "public", "counsel", "general", "legal", "paralegal",
    "sir", "madam", "whom", "concern", "hola", "gracias", "saludos", "atentamente", "por",
    "favor", "estimados", "señores", "happy", "holidays", "morning", "afternoon", "evening", "solar",
    "community", "home", "comfort", "free", "fall", "holiday", "preview", "no", "yes", "ok", "okay", "i", "my",
    "from",  # "Thank you. From Jeremy": a sign-off word, not a first name
    # the names of laws ("Pursuant to the Telephone Consumer Protection Act")
    "act", "protection", "consumer", "telephone", "statute", "code", "regulation",
    # business words: a signature's company line is not a person
    "supply", "supplies", "farm", "farms", "plumbing", "heating", "cooling", "electric", "hardware", "store",
    "shop", "church", "school", "bank", "casting", "group", "associates", "partners", "solutions", "systems",
    "city", "county", "township", "village", "center", "centre",
    # street and place endings ("Ridgeway Dr", "Westdale Court", "Columbus Junction") and more business words
    # ("Solberg's Bakery", "Ehlers Insurance Agency", "Riverboat Grill", "Witte Manufacturing")
    "dr", "ave", "st", "rd", "ln", "ct", "court", "blvd", "boulevard", "way", "pl", "place", "circle", "cir",
    "junction", "hwy", "highway", "pkwy", "parkway", "trail", "terrace", "heights",
    "bakery", "agency", "insurance", "grill", "motel", "hotel", "cafe", "café", "restaurant", "manufacturing",
    "salon", "realty", "dental", "clinic", "cooperative", "coop", "association", "market", "foods", "seed",
    "elevator", "club", "prairie", "construction", "automotive", "repair", "studio", "law", "firm", "inn",
}


def _is_person(name: str) -> bool:
    words = re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñü'\u2019]+", name)
    return len(words) >= 2 and not any(w.lower().strip("'\u2019") in _NOT_NAME_WORDS for w in words)


_GUARDS = (
    ("name is", "se llama", "su nombre"),
    None,  # the relative patterns: _RELATIVE_AFTER_NAME
    None,
    ("behalf of", "estate of", "executor", "in the name of", "nombre de", "account holder", "customer",
     "name on the account", "addressed to", "catalog to", "catalogs to", "mail to", "mailings to", "flyers to",
     "it to", "them to"),
    ("my name is", "this is", "i am", "i'm", "me llamo", "mi nombre es", "soy"),
    None,
    ("thank you", "thanks", "regards", "sincerely", "gracias", "saludos"),
)
"""Words each of _ABOUT + _SELF cannot match without (lower case): a text lacking them skips that pattern."""


def find_name(text: str) -> str | None:
    lowered = text.lower()
    relative = _RELATIVE_AFTER_NAME.search(text) is not None
    for number, pattern in enumerate(_ABOUT + _SELF):
        guard = _GUARDS[number]
        if number == 0 and not relative and "name is" not in lowered:
            continue  # "se llama" names a program as readily as a person: only beside "mi papá" and the like
        if (1 <= number < 3 and not relative) or (guard is not None and not any(word in lowered for word in guard)):
            continue
        for match in pattern.finditer(text):
            name = match.group("name")
            if _is_person(name):
                return name
    if "name" in lowered or "nombre" in lowered:
        for match in _CAPS_FIELD_NAME.finditer(text):
            if _is_caps_person(match.group("name")):
                return match.group("name")
    if _ADDRESS_AFTER_NAME.search(text):
        for match in _NAME_THEN_ADDRESS.finditer(text):
            if _is_person(match.group("name")):
                return match.group("name")
    return _signature_name(text)


def _signature_name(text: str) -> str | None:
    """A line that is only a full name, near the end or after a closing ("Thanks,\\nJane Doe")."""
    lines = [l for l in text.splitlines() if l.strip()]
    after_closing = [i + 1 for i, l in enumerate(lines) if _CLOSING.match(l) and i + 1 < len(lines)]
    # Top-down through the last lines: "Dale Hoffmeier" comes before the town on the line below it.
    candidates = after_closing + list(range(max(len(lines) - 5, 0), len(lines)))
    for index in candidates:
        match = _LINE_NAME.match(lines[index])
        if match and _is_person(match.group("name")):
            return match.group("name")
        closing_inline = _CLOSING_INLINE.match(lines[index])
        if closing_inline and _is_person(closing_inline.group("name")):
            return closing_inline.group("name")
        with_id = _NAME_THEN_ID.search(lines[index])
        if with_id and _is_person(with_id.group("name")):
            return with_id.group("name")
        caps = _CAPS_LINE_NAME.match(lines[index])
        if caps and _is_caps_person(caps.group("name")) and _signature_context(lines, index, after_closing):
            return caps.group("name")
    return _first_name(lines, text)


def _first_name(lines: list[str], text: str = "") -> str | None:
    """A first name alone (LABELS.md: it counts), only where a signature puts one: on one of the last three lines,
    right under a line that is nothing but a closing ("Thanks,\\nMarjorie") or after a dash ("- Ray"), or as the
    very last line, a paragraph of its own under a finished sentence ("...stop it.\\n\\nOwen"). A word that is a
    closing, a mood or a business, or that the text also uses in lower case, is never taken: a wrong name on an
    opt-out is worse than none."""
    for index in range(max(len(lines) - 3, 0), len(lines)):
        match = _FIRST_NAME_LINE.match(lines[index])
        if match is None:
            continue
        signed = (index > 0 and _CLOSING_ONLY.match(lines[index - 1]) is not None) or \
            lines[index].lstrip()[:1] in "-\u2013\u2014~" or _signed_last(lines, index, text)
        word = match.group("name").lower().strip("'\u2019")
        if signed and word not in _NOT_NAME_WORDS and word not in _EVERYDAY_WORDS and word not in _NOT_FIRST_NAMES:
            return match.group("name")
    return None


def _signed_last(lines: list[str], index: int, text: str) -> bool:
    """The last line, after a blank line, under a line that ends a sentence, and a word the text never uses in
    lower case ("Owen", not "Unsubscribe" under "...this again? \\n\\nunsubscribe")."""
    if index != len(lines) - 1 or index == 0 or not text:
        return False
    word = lines[index].strip(" \t-\u2013\u2014~,.!")
    before = text.rstrip()[: -len(lines[index].rstrip())] if text.rstrip().endswith(lines[index].rstrip()) else ""
    return len(word) >= 3 and (before.endswith(("\n\n", "\n \n")) or before.rstrip(" \t").endswith("\n\n")) and \
        lines[index - 1].rstrip()[-1:] in ".!?)" and re.search(rf"\b{re.escape(word.lower())}\b", text) is None


def _is_caps_person(name: str) -> bool:
    words = [w.lower() for w in re.split(r"[ \t]+", name) if w not in ("AND", "&", "Y")]
    return (_is_person(name) and not any(w.strip(".") in _EVERYDAY_WORDS for w in words)
            and sum(len(w.strip(".")) >= 2 for w in words) >= 2)


def _signature_context(lines: list[str], index: int, after_closing: list[int]) -> bool:
    """A line in capitals is a name only where a signature puts one: after a closing, above an address, or last."""
    return (index in after_closing or index == len(lines) - 1
            or (index + 1 < len(lines) and _ADDRESS_LINE.match(lines[index + 1]) is not None))


# --- postal codes and streets ----------------------------------------------------------------------------------

# Postal codes of every state; our states written out in any case; their abbreviations as written, in capitals,
# or in lower case but for "ill", which is a word.
_STATES = (r"(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
           rf"V[AT]|W[AIVY]|(?i:{_MIDWEST})|{_MIDWEST_SHORT}|{_MIDWEST_SHORT.upper()}|wisc?|minn|nebr?|mich)")
_ZIP = r"(?P<zip>\d{5}(?:-\d{4})?)(?![\d-])"
_ZIP_AFTER_STATE = re.compile(rf"(?<![\w-])(?:{_STATES})\.?,?[ \t]+{_ZIP}")
_ZIP_KEYWORD = re.compile(rf"(?i)\b(?:zip|zip code|zipcode|postal code|c[oó]digo postal|c\.p\.)[ \t]*(?:is|es)?[ \t]*[:#]?[ \t]*{_ZIP}")
_ZIP_ALONE = re.compile(rf"(?m)^[ \t]*{_ZIP}[ \t]*$")
# "Platteville 53818.", "280 W Mineral St, 53818)", "in Dubuque (52001)"
_ZIP_AFTER_PLACE = re.compile(rf"\b[A-Z][a-z]+,?[ \t]+(\()?{_ZIP}(?(1)\)|[ \t]*(?:$|[.,;)\n]))", re.M)
OUR_HQ = re.compile(r"(?i)alliant|biltmore|powerhouse catalog")
"""Our own address appears in footers; a line that names us never gives the sender's ZIP."""

_STREET = re.compile(
    r"\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][\w'.-]*[ \t]+){0,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Ct|Court|Blvd|Boulevard|Way|Pl|Place|Cir|Circle|Ter|Terrace|"
    r"Hwy|Highway|Pkwy|Parkway|Trl|Trail|Loop|Run|Pike|Sq|Square)\b\.?(?:,?[ \t]+(?:Apt|Unit|Suite|Ste|#)\.?[ \t]*\w+)?")


def find_postal_code(text: str) -> str | None:
    for pattern in (_ZIP_AFTER_STATE, _ZIP_KEYWORD, _ZIP_ALONE, _ZIP_AFTER_PLACE):
        for match in pattern.finditer(text):
            if not _ours(text, match.start()):
                return match.group("zip")
    return None


def find_street(text: str) -> str | None:
    for match in _STREET.finditer(text):
        if not _ours(text, match.start()):
            return match.group(0).strip()
    return None


HQ_REACH = 80
"""A footer's line is short and names us beside our address ("PowerHouse Catalog, an Alliant Energy company, 4902
N. Biltmore Lane, Madison, WI 53718"); a customer's paragraph, often one long line, may name the catalog and their
own ZIP far apart ("... the PowerHouse Catalog has shown up three times ... Madison WI 53703 off your list"). In a
line longer than PROSE_LINE only the HQ_REACH characters before the address count."""
PROSE_LINE = 160


_FIRST_PERSON = re.compile(r"(?i)\b(?:my|our|i|we|me|mi|mis|nuestra|nuestro|nuestros)\b")
_HQ_ITSELF = re.compile(r"(?i)biltmore|\b53718\b")


def _ours(text: str, offset: int) -> bool:
    line = _line_of(text, offset)
    if len(line) <= PROSE_LINE:
        # "the PowerHouse Catalog at my home, 77 Elm Rd, Platteville WI 53818" is the sender's address
        return bool(OUR_HQ.search(line)) and (not _FIRST_PERSON.search(line) or bool(_HQ_ITSELF.search(line)))
    line_start = text.rfind("\n", 0, offset) + 1
    return bool(OUR_HQ.search(text[max(line_start, offset - HQ_REACH):offset + 12].split("\n")[0]))


# --- account numbers -------------------------------------------------------------------------------------------

_ACCOUNT_KEY = (r"(?:account|acct|acc't|a/c|customer|cust|member|catalog customer|mailing label|label|"
                r"cuenta|n[uú]mero de cliente|cliente)")
_NUMBER = r"(?:[A-Z]{1,4}[ -]?)?\d[\d]*(?:[ -]\d+)*"
_CODE_PREFIX = r"(?:[A-Z]{2,6}[ \t]?#[ \t]?)"
_ACCOUNT = re.compile(
    rf"(?i:\b{_ACCOUNT_KEY}\b)[^\n\d]{{0,30}}?(?P<acct>{_CODE_PREFIX}\d[\d -]*\d|{_NUMBER})")
_CODE_ANYWHERE = re.compile(r"(?P<acct>\b(?:CUST|ACCT|ACCOUNT|CUSTOMER|CUS|CID)[ \t]?#[ \t]?\d[\d -]*\d)")
_PHONE = re.compile(r"^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$|^\d{3}[ .-]\d{4}$")
_NOT_ACCOUNT_BEFORE = re.compile(r"(?i)(order|invoice|phone|tel|cell|call|fax|confirmation|tracking|ref|reference|"
                                 r"case|ticket|zip|po box|box)\W{0,3}(?:number|no\.?|#)?\W{0,3}$")


_RIGHT_AFTER_KEY = re.compile(rf"(?i)^{_ACCOUNT_KEY}[\s:#.]{{0,3}}(?:number|num|no\.?|#)?[\s:#.]{{0,3}}(?:is\s{{1,2}}|es\s{{1,2}})?$")
"""Nothing but "number", "#", ":" or "is" between the word and the digits: "account 441 722 0981" is the account
even though it is shaped like a phone number."""


def find_account(text: str) -> str | None:
    for pattern in (_CODE_ANYWHERE, _ACCOUNT):
        for match in pattern.finditer(text):
            value = _trim_number(match.group("acct"))
            named = pattern is _ACCOUNT and _RIGHT_AFTER_KEY.match(text[match.start():match.start("acct")])
            if _plausible_account(value, named=bool(named)) and \
                    not _NOT_ACCOUNT_BEFORE.search(text[max(0, match.start("acct") - 20):match.start("acct")]):
                return value
    return None


def _trim_number(value: str) -> str:
    value = value.strip(" -")
    # "5520 8813 07 and" cannot happen (digits only), but a trailing ZIP on the same line can: keep groups that
    # look like one number (groups of 2-6 digits separated by single spaces or hyphens).
    return re.sub(r"[ -]+$", "", value)


def _plausible_account(value: str, named: bool = False) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) < 6 or len(digits) > 16 or (_PHONE.match(value) and not named):
        return False
    # a ZIP+4, or a date ("my account 2019-05-14", "since 05/14/2019")
    return not re.fullmatch(r"\d{5}-\d{4}|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}", value)


# --- entry point -----------------------------------------------------------------------------------------------


def own_text(mail: Mail) -> str:
    """The sender's own words: new text and signature."""
    return "\n".join(part for part in ((mail.new_text or ""), (mail.signature or "")) if part.strip())


def extract_entities(mail: Mail) -> Entities:
    text = own_text(mail)
    entities = extract_from_text(text)
    if entities.name is None:
        name = signed_as_sender(mail.new_text or "", mail) or sender_line(text, mail)
        if name:
            entities = replace(entities, name=name)
    return entities


_ROLE_WORDS = frozenset("info desk office support admin team service services help contact mail customer customers "
                        "sales billing family home house farm shop store church".split())
"""Words of role and shared addresses ("Info Desk <info@...>"): never a name, whatever the header says."""
_TAIL_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*\.?")


def signed_as_sender(text: str, mail: Mail) -> str | None:
    """A name typed at the very end of the sender's text, on the last sentence's line ("... Thanks. Megan T.",
    "pls help -destiny", "nada mío. Araceli Domínguez"), taken only where the From header confirms it: each word
    is a word of the From display name, or the start of the address's local part ("destiny" of destinyyy.r@).
    Phones and webmail join the signature to the last line, so no line is a name of its own; without the
    header's word for it, a last word is only a last word."""
    sender = mail.from_
    if sender is None:
        return None
    shown = set(_display_words(sender))
    local = [r.lower() for r in re.findall(r"[^\W\d_]+", sender.email.split("@")[0]) if len(r) >= 3]

    def confirmed(word: str) -> bool:
        w = word.lower().strip(".'\u2019-")
        if len(w) < 3 or w in _NOT_NAME_WORDS or w in _EVERYDAY_WORDS or w in _NOT_FIRST_NAMES or w in _ROLE_WORDS:
            return False
        return w in shown or any(run.startswith(w) for run in local)

    # the last of the last two lines that has words: "/ 53094" under the name is only digits
    lines = [l for l in text.replace("\r\n", "\n").splitlines() if l.strip()][-2:]
    line = next((l for l in reversed(lines) if _TAIL_WORD.search(l)), "")
    taken: list[str] = []
    for word in reversed(_TAIL_WORD.findall(line)[-4:]):
        if not (confirmed(word) or re.fullmatch(_INITIAL, word)):
            break
        taken.insert(0, word)
    if not any(confirmed(w) for w in taken):
        return None
    head = line.rstrip()[: line.rstrip().rfind(taken[0])].rstrip()
    # a name, not an everyday word that happens to be one: capitalised, after a dash, or the whole line
    if not (taken[0][:1].isupper() or head.endswith(("-", "\u2013", "\u2014", "~")) or not head):
        return None
    if len(taken) == 1:
        return taken[0].rstrip(".,")
    name = " ".join(taken).rstrip(",")
    # a sentence's full stop is not the name's ("The name is Lorraine Dettmann."); an initial's or "Jr."'s is
    return name[:-1] if name.endswith(".") and not re.search(r"(?:\b[A-Z]|\bJr|\bSr)\.$", name) else name


def _display_words(sender: Address) -> list[str]:
    """The From display name's words of two letters or more, lower-cased: what confirms a name in the text."""
    return [w.lower() for w in re.findall(r"[^\W\d_]+", sender.name or "") if len(w) >= 2]


_OUR_WORDS = frozenset("alliant energy powerhouse catalog website web form forms relay".split())
_LEAD_WORDS = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_AFTER_NAME = re.compile(r"[ \t]*(?:$|[|(]|[-\u2013\u2014][ \t]|,[ \t]*(?:\d|[A-Z]|(?i:c[oó]digo|c\.p\.)))")
"""What may follow a name on its line: nothing, a bar, a bracket, a dash, or a comma before a ZIP, a capital (a
place, a rank) or "código postal" ("Chase, my bank, says..." and "Hope, this helps" are not names)."""
_TOWN_LINE = re.compile(rf"^[ \t]*,?[ \t]*{_STATES}\b\.?,?[ \t]*(?:\d{{5}}|$)")
_FOR_OTHER = re.compile(r"(?i)\b(?:on behalf of|asked me to|(?:for|of) (?:my|our) \w+|(?:my|our) (?:late )?(?:husband|wife|"
                        r"mother|mom|father|dad|neighbou?r|client|boss|owner|broker|son|daughter|parents?|guardian|ward|"
                        r"brother|sister|aunt|uncle|grandma|grandpa|grandmother|grandfather|tenant)\b|guardian|executor|"
                        r"attorney|widow|en nombre de|de parte de|(?:mi|nuestra|nuestro) (?:mamá|mama|madre|papá|papa|padre|"
                        r"esposo|esposa|marido|hijo|hija|abuela|abuelo|hermano|hermana|vecino|vecina|suegra|suegro|tía|tio|tío|tia)\b)")
_INTRO = re.compile(r"(?i)\b(?:my name is|this is|me llamo|mi nombre es|soy)[ \t]+")


def sender_line(text: str, mail: Mail) -> str | None:
    """The sender's name where the From header's own words confirm it, as written: a line near the end that starts
    with it ("Fern Whitaker, 50158", "Douglas Whitfield | Senior Project Engineer", "Dana" above "Sent with
    Proton Mail", "Lester W. Sturtz, MSgt USAF (Ret.)"), or after "this is" / "soy" in any case ("hola soy juan
    carlos mendez pls ..."). Each word must be a word of the display name (an initial may stand between), and
    the first one at least: a town or a company on such a line is never the header's."""
    sender = mail.from_
    if sender is None or not sender.name or _FOR_OTHER.search(text):
        return None  # writing for someone else: the entity is theirs (LABELS.md), not the writer's
    words = _display_words(sender)
    if len(words) < 2:
        return None  # "Formwell", "SweepMail": a program's or a household's one-word name confirms nothing
    shown = set(words) - _OUR_WORDS - _ROLE_WORDS
    if not shown:
        return None

    def confirmed(word: str) -> bool:
        parts = [w for w in re.split(r"[-'\u2019]", word.lower().strip(".,")) if w]
        return bool(parts) and all(w in shown for w in parts) and not any(
            w in _NOT_NAME_WORDS or w in _EVERYDAY_WORDS for w in parts)

    def leading(fragment: str, must_end: bool) -> str | None:
        taken: list[str] = []
        rest, end = fragment, 0
        for match in _LEAD_WORDS.finditer(fragment):
            if fragment[end:match.start()].strip():
                break  # one run of words separated by spaces only: "Ramiro Soto | Soto Landscaping" ends at "|"
            end = match.end()
            word = match.group(0)
            if not (confirmed(word) or (taken and re.fullmatch(_INITIAL, word))):
                break
            taken.append(word)
            rest = fragment[match.end():]
            if len(taken) == 4:
                break
        if not taken or not confirmed(taken[0]) or (must_end and not _AFTER_NAME.match(rest)):
            return None
        if must_end and _TOWN_LINE.match(rest):
            return None  # "Marion, IA 52302": a town whose name is the sender's
        if not must_end and len(taken) == 1 and not taken[0][:1].isupper():
            return None  # "this is rich: three catalogs", "soy paz y amor": one lower-case word is a word
        return " ".join(taken).rstrip(".,")

    lines = [l.strip() for l in text.replace("\r\n", "\n").splitlines() if l.strip()]
    for line in reversed(lines[-6:]):
        name = leading(line.lstrip("-\u2013\u2014~ \t"), must_end=True)
        if name:
            return name
    for intro in _INTRO.finditer(text):
        name = leading(text[intro.end():intro.end() + 80], must_end=False)
        if name:
            return name
    return None


def extract_from_text(text: str) -> Entities:
    text = text.replace("\r\n", "\n").replace("\u00a0", " ")
    return Entities(name=find_name(text), postal_code=find_postal_code(text), account=find_account(text),
                    street=find_street(text))


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]
