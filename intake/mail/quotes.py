"""Split a message body into what the sender wrote now and what the message merely carries.

Pure functions on str, no mail parsing here. The result has five sections:

* `new_text`   - the sender's own words;
* `quoted`     - '>'-quoted lines, "On ... wrote:" / "El ... escribió:" attributions and everything after an
                 Outlook "-----Original Message-----" or "From:/Sent:/To:/Subject:" header block;
* `signature`  - after a "-- " delimiter, a mobile sign-off ("Sent from my iPhone"), or a closing salutation
                 line (Thanks, / Saludos,) near the end;
* `forwarded`  - everything from a forwarded-message marker on;
* `disclaimer` - legal boilerplate ("CONFIDENTIALITY NOTICE ...") and external-sender banners.

Words that are not the sender's never become theirs: a quoted promotion, a forwarded bill, someone else's
request forwarded with "see below". The one exception is the sender's own earlier message, forwarded or quoted
(its From line or attribution names one of their addresses, or their own name): that text is theirs, it is
copied into `new_text` (after any covering note of theirs) and `forwarded_as_own` is set. A reply whose own text
is only a pointer ("see below", "FYI", "ver abajo") to somebody else's words keeps just the pointer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NEW, QUOTED, SIGNATURE, FORWARDED, DISCLAIMER = "new", "quoted", "signature", "forwarded", "disclaimer"


@dataclass(frozen=True)
class BodySplit:
    new_text: str
    quoted: str
    signature: str
    forwarded: str
    disclaimer: str
    forwarded_as_own: bool


_I = re.IGNORECASE

_QUOTE_LINE = re.compile(r"^[ \t]*>")
_POSTSCRIPT = re.compile(r"^[ \t]*(?:p\.?[ \t]?p?\.?[ \t]?s\b\.?|p\.[ \t]?d\.|pd:)[ \t:,-]*+\S+(?:[ \t]+\S+){2}", _I)
"""A postscript's opening ("P.S.", "ps", "PPS", "P.D.", "PD:") followed by at least three words."""
_FORWARD_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:forwarded message|mensaje reenviado|message transféré)[ \t]*-{2,}"
    r"|begin forwarded message:|inicio del mensaje reenviado:)",
    _I,
)
_ORIGINAL_MARKER = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:original message|mensaje original|reply message|original|message d'origine)[ \t]*-{2,}",
    _I,
)
_UNDERSCORE_RULE = re.compile(r"^[ \t]*_{10,}[ \t]*$")
_HDR_FROM = re.compile(r"^[ \t]*\*?[ \t]*(?:from|de|von|da)[ \t]*:\*?[ \t]*\S", _I)
_HDR_DATE = re.compile(r"^[ \t]*\*?[ \t]*(?:sent|date|enviado(?: el)?|fecha|gesendet|datum|envoy[ée]|inviato|enviada|data)[ \t]*:", _I)
_HDR_SUBJECT = re.compile(r"^[ \t]*\*?[ \t]*(?:subject|asunto|betreff|objet|oggetto|assunto)[ \t]*:", _I)
_HDR_ANY = re.compile(
    r"^[ \t]*\*?[ \t]*(?:from|de|sent|date|enviado(?: el)?|fecha|to|para|cc|cco|bcc|subject|asunto|reply-to|"
    r"importance|importancia|von|an|gesendet|datum|betreff|objet|envoy[ée]|[àa]|oggetto|inviato|assunto|enviada)[ \t]*:",
    _I,
)
_HEADER_BLOCK_SPAN = 8
"""How many lines after "From:" the Sent/Date and Subject lines of an Outlook header block may sit."""

_ATTRIBUTION_START = re.compile(r"^[ \t]*(?:on|el)\b", _I)
_ATTRIBUTION_END = re.compile(r"\b(?:wrote|escribió|escribio)[ \t]*:[ \t]*$", _I)
_BARE_ATTRIBUTION = re.compile(r"^[ \t]*\S.{0,200}\b(?:wrote|escribió|escribio)[ \t]*:[ \t]*$", _I)
_ATTRIBUTION_MAX = 320

_SIG_DELIMITER = re.compile(r"^-- ?$")
_MOBILE_SIGNOFF = re.compile(
    r"^[ \t]*(?:sent from (?:my |the )?\w[\w \-]{0,40}|sent from (?:yahoo|aol|outlook|mail) ?(?:mail)?.{0,40}"
    r"|sent (?:via|with) .{1,40}|get outlook for (?:ios|android)|enviado desde (?:mi )?\S.{0,40}"
    r"|obtener outlook para (?:ios|android)|descargar outlook para (?:ios|android)|enviado con .{1,40})"
    r"[ \t.]*(?:[<\[(]\S+[>\])])?[ \t.]*$",  # Outlook appends its link: "Get Outlook for iOS<https://...>"
    _I,
)
# Words a device sign-off never has, but a sentence that happens to start "Sent from my phone ..." does.
_SENTENCE_WORDS = re.compile(r"\b(?:i|you|me|please|stop|want|but|because|remove|quiero|por favor|no)\b", _I)
_SALUTATION = re.compile(
    r"^[ \t]*(?:(?:many |much |all |with )?thanks(?: again| so much| a lot| in advance| very much)?"
    r"|thank you(?: again| so much| very much| in advance| kindly)?|thx|ty|tia"
    r"|(?:best|kind|warm|warmest|kindest|with kind|with best)? ?regards|best(?: wishes)?|all the best"
    r"|sincerely(?: yours)?|yours(?: truly| sincerely)?|respectfully(?: yours)?|cheers|take care|cordially"
    r"|(?:muchas |mil )?gracias(?: de antemano| por su (?:ayuda|atención))?|saludos(?: cordiales)?|un saludo"
    r"|atentamente|cordialmente|reciba un cordial saludo|quedo atent[oa])"
    r"[ \t]*[,.!;:\-]*[ \t]*$",
    _I,
)
_SIGNATURE_MAX_LINES = 8
_SIGNATURE_LINE_MAX = 80

_DISCLAIMER_START = re.compile(
    r"^[ \t]*(?:\**[ \t]*(?:confidentiality notice|confidentiality note|confidential(?:ity)?\s*:|privileged and "
    r"confidential|disclaimer\s*:|aviso de confidencialidad|aviso legal|nota de confidencialidad|"
    r"cláusula de confidencialidad)"
    r"|this (?:e-?mail|message|communication|transmission)(?:,? (?:and|including|together with) any "
    r"(?:attachments?|files?)(?: transmitted with it)?,?)? (?:is|are|may be|may contain|contains?) "
    r"(?:strictly )?(?:confidential|privileged|intended)"
    r"|the (?:information|contents?) (?:contained )?in this (?:e-?mail|message|communication)"
    r"|this electronic (?:e-?mail|mail|message|communication|transmission)[^.\n]{0,80}(?:confidential|privileged|intended)"
    r"|this (?:e-?mail|message) (?:transmission )?(?:contains|may contain)[^.\n]{0,60}(?:confidential|privileged)"
    r"|if you (?:are not|have received this) (?:the intended recipient|(?:e-?mail|message) in error)"
    r"|este (?:mensaje|correo)(?: electrónico)?(?: y sus (?:anexos|adjuntos))? (?:es|son|puede contener|contiene) "
    r"(?:\w+ )?(?:confidencial|privilegiad)"
    r"|la información contenida en este (?:mensaje|correo))",
    _I,
)
_BANNER = re.compile(
    r"^[ \t]*\[?(?:caution|warning|external|external email|external sender|precaución|externo)\]?[ \t]*:?.{0,200}"
    r"(?:outside (?:of )?(?:the |your )?organi[sz]ation|external sender|do not click|fuera de la organización)",
    _I,
)

_POINTER = re.compile(
    r"^(?:(?:please |pls |kindly )?(?:see|read|check|review|note)(?: the)? (?:below|attached|attachment|"
    r"(?:the )?(?:e-?mail|message|note|thread|request|info(?:rmation)?) (?:below|attached)|forwarded(?: e-?mail| message)?)"
    r"|(?:please )?see (?:my )?(?:request |message |email )?below|fyi|fya|fwiw|f\.y\.i|as below|below|"
    r"forwarding(?: this| for your (?:review|information))?|for your (?:information|review|records)|"
    r"(?:por favor )?(?:ver|vea|lea|leer|mire|revise|revisar)(?: (?:el|la))? (?:abajo|adjunto|más abajo|mensaje abajo|"
    r"correo abajo|debajo|a continuación)|para su información|psi|les reenvío(?: (?:esto|este correo))?|reenvío)"
    r"[ \t.!:,;\-]*$",
    _I,
)
_FORWARD_SUBJECT = re.compile(r"^[ \t]*(?:fwd?|rv|reenv(?:iado|ío|io)?|tr|wg)[ \t]*:", _I)
REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|rv|tr|sv|antw|ref|enc|res)\s*(\[\d+\])?\s*:\s*)+", _I)
"""A reply's or forward's subject prefix: such a subject is usually ours, not the sender's own words (the language
guess in parse.py and the deciding side's words step both leave it out)."""
_MANY_BLANKS = re.compile(r"\n{3,}")


def split_body(text: str, *, subject: str = "", own_addresses: tuple[str, ...] = (),
               own_names: tuple[str, ...] = ()) -> BodySplit:
    """Split a decoded body.

    `subject` only tells a forward (Fwd:/RV:) from a reply for Outlook header blocks. `own_addresses` and
    `own_names` are the sender's own: a forwarded or quoted message whose From: line or attribution names one of
    them is the sender's own text.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kinds = [NEW] * len(lines)
    cut, cut_kind = _find_cut(lines, is_forward=bool(_FORWARD_SUBJECT.match(subject or "")))
    for i in range(cut, len(lines)):
        kinds[i] = cut_kind
    _mark_quotes(lines, kinds, cut)
    _mark_inline_comments(lines, kinds, own_names)
    _mark_disclaimers(lines, kinds, cut)
    _mark_signature(lines, kinds, cut)
    _spread_blank_lines(lines, kinds)
    sections = {kind: _join(lines, kinds, kind) for kind in (NEW, QUOTED, SIGNATURE, FORWARDED, DISCLAIMER)}
    own, as_own = _own_text(sections, lines, kinds, own_addresses, own_names)
    return BodySplit(
        new_text=own,
        quoted=sections[QUOTED],
        signature=sections[SIGNATURE],
        forwarded=sections[FORWARDED],
        disclaimer=sections[DISCLAIMER],
        forwarded_as_own=as_own,
    )


# -- where the carried text begins --------------------------------------------------------------------------


def _find_cut(lines: list[str], *, is_forward: bool) -> tuple[int, str]:
    """Index of the first line of forwarded/quoted material that runs to the end, and its kind."""
    reply_kind = FORWARDED if is_forward else QUOTED
    for i, line in enumerate(lines):
        if not line or len(line) > 400:
            continue
        if _FORWARD_MARKER.match(line):
            return i, FORWARDED
        if _ORIGINAL_MARKER.match(line):
            return i, reply_kind
        if _HDR_FROM.match(line) and _is_header_block(lines, i):
            return _include_rule_above(lines, i), reply_kind
        span = attribution_span(lines, i)
        if span and not _next_is_quoted(lines, i + span):
            # An attribution followed by unprefixed text (HTML quotes, clients that do not prefix): all quoted.
            return i, QUOTED
    return len(lines), QUOTED


def _is_header_block(lines: list[str], start: int) -> bool:
    window = lines[start + 1 : start + 1 + _HEADER_BLOCK_SPAN]
    return any(_HDR_DATE.match(line) for line in window) and any(_HDR_SUBJECT.match(line) for line in window)


def _include_rule_above(lines: list[str], i: int) -> int:
    """Outlook puts a line of underscores above the header block; it belongs to the quote."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j if j >= 0 and _UNDERSCORE_RULE.match(lines[j]) else i


def attribution_span(lines: list[str], i: int) -> int:
    """Number of lines (1-3) of an "On <date>, <who> wrote:" attribution starting at line i, else 0."""
    first = lines[i]
    if not _ATTRIBUTION_START.match(first):
        return 0
    joined = first
    for span in range(1, 4):
        if span > 1:
            if i + span - 1 >= len(lines) or not lines[i + span - 1].strip():
                return 0
            joined = joined.rstrip() + " " + lines[i + span - 1].strip()
        if len(joined) > _ATTRIBUTION_MAX:
            return 0
        if _ATTRIBUTION_END.search(joined):
            # A date or an address is always in a client's attribution; "On reflection I wrote:" has neither.
            return span if re.search(r"\d|@", joined) else 0
    return 0


def _next_is_quoted(lines: list[str], j: int) -> bool:
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j < len(lines) and bool(_QUOTE_LINE.match(lines[j]))


# -- line marking -------------------------------------------------------------------------------------------


def _mark_quotes(lines: list[str], kinds: list[str], cut: int) -> None:
    """'>' lines and the attributions that introduce them are quoted; text between them stays new (inline replies)."""
    i = 0
    while i < cut:
        line = lines[i]
        if _QUOTE_LINE.match(line):
            kinds[i] = QUOTED
        else:
            span = attribution_span(lines, i) or _bare_attribution(lines, i)
            if span and _next_is_quoted(lines, i + span):
                for k in range(i, min(i + span, cut)):
                    kinds[k] = QUOTED
                i += span
                continue
        i += 1


_INLINE_LABEL = re.compile(r"^[ \t]*\[([^\]\n]{1,40})\][ \t]*:?[ \t]+\S")
"""Outlook's inline comment: the writer's name or initials in brackets before their words, inside the quote
("[Gary Lindqvist] UNSUBSCRIBE", "[JM] Just the emails.")."""


def _mark_inline_comments(lines: list[str], kinds: list[str], own_names: tuple[str, ...]) -> None:
    """Inside carried text, a paragraph opened by the sender's own inline-comment label is their own words."""
    labels = _own_labels(own_names)
    i = 0
    while i < len(lines):
        m = _INLINE_LABEL.match(lines[i]) if kinds[i] != NEW else None
        if m and " ".join(m.group(1).lower().replace(",", " ").split()) in labels:
            # the label on a line of its own, so that "[Gary Lindqvist] UNSUBSCRIBE" reads as the bare word it is
            label_end = lines[i].index("]") + 1
            lines[i] = lines[i][:label_end].strip() + "\n" + lines[i][label_end:].lstrip(" \t:")
            while i < len(lines) and lines[i].strip():
                kinds[i] = NEW
                i += 1
        i += 1


def _own_labels(own_names: tuple[str, ...]) -> set[str]:
    """What Outlook puts in an inline comment's brackets for the sender: the full name (either order), the
    initials, the first name. "Lindqvist, Karen" is Karen Lindqvist."""
    labels = set()
    for name in own_names:
        words = name.replace('"', " ").split(",")
        words = (words[1].split() + words[0].split()) if len(words) == 2 else name.replace('"', " ").split()
        words = [w.lower() for w in words if w.strip(".")]
        if len(words) < 2:
            continue
        labels |= {" ".join(words), " ".join(reversed(words)), words[0],
                   "".join(w[0] for w in words), "".join(w[0] for w in (words[0], words[-1]))}
    return labels


def _bare_attribution(lines: list[str], i: int) -> int:
    """'Jane Doe <jane@example.org> wrote:' directly above quoted lines."""
    return 1 if _BARE_ATTRIBUTION.match(lines[i]) and len(lines[i]) <= _ATTRIBUTION_MAX else 0


def _mark_disclaimers(lines: list[str], kinds: list[str], cut: int) -> None:
    for i in range(cut):
        if kinds[i] != NEW:
            continue
        if _BANNER.match(lines[i]):
            # An external-sender banner is one paragraph, usually at the very top.
            j = i
            while j < cut and lines[j].strip() and kinds[j] == NEW:
                kinds[j] = DISCLAIMER
                j += 1
        elif _DISCLAIMER_START.match(lines[i]):
            for j in range(i, cut):
                if kinds[j] == NEW:
                    kinds[j] = DISCLAIMER
            return


def _mark_signature(lines: list[str], kinds: list[str], cut: int) -> None:
    own = [i for i in range(cut) if kinds[i] == NEW]
    start = _signature_start(lines, own)
    if start is None:
        return
    # A signature ends where a quote begins: what is typed below the quote is a bottom post, not more signature
    # ("Sent from my iPhone", the quoted thread, then "And one more thing: ...").
    end = next((i for i in range(start, cut) if kinds[i] == QUOTED), cut)
    signed = [i for i in own if start <= i < end]
    for i in signed:
        kinds[i] = SIGNATURE
    _unmark_postscript(lines, kinds, signed)


def _unmark_postscript(lines: list[str], kinds: list[str], signed: list[int]) -> None:
    """A postscript below the name ("Thanks,\nCarmen\n\np.s. could you unsubscribe me") is the sender's own text
    again, up to a mobile sign-off or a signature delimiter: people put second requests there."""
    start = next((i for i in signed if _POSTSCRIPT.match(lines[i])), None)
    if start is None:
        return
    for i in signed:
        if i < start:
            continue
        if _MOBILE_SIGNOFF.match(lines[i]) or _SIG_DELIMITER.match(lines[i]):
            return
        kinds[i] = NEW


def _signature_start(lines: list[str], own: list[int]) -> int | None:
    for i in own:
        if _SIG_DELIMITER.match(lines[i]):
            return i
    for i in own:
        if _MOBILE_SIGNOFF.match(lines[i]) and not _SENTENCE_WORDS.search(lines[i]):
            # A sign-off is the client's line, and what follows it (if anything) is more of the same.
            before = _salutation_before(lines, own, i)
            return before if before is not None else i
    return _salutation_start(lines, own)


def _salutation_before(lines: list[str], own: list[int], stop: int) -> int | None:
    """A salutation just above a mobile sign-off ("Thanks,\\nJane\\n\\nSent from my iPhone")."""
    return _salutation_start(lines, [i for i in own if i < stop])


def _salutation_start(lines: list[str], own: list[int]) -> int | None:
    """The last closing-salutation line that has own text above it and only a short sign-off block below it."""
    content = [i for i in own if lines[i].strip()]
    for pos in range(len(content) - 1, -1, -1):
        i = content[pos]
        after = content[pos + 1 :]
        if len(after) > _SIGNATURE_MAX_LINES:
            return None
        if _SALUTATION.match(lines[i]):
            if pos == 0:
                return None  # "Thank you!" alone is the message, not its signature
            if all(_looks_like_signature_line(lines[k]) for k in after):
                return i
            return None
    return None


def _looks_like_signature_line(line: str) -> bool:
    """Names, addresses, phone numbers, titles: short, and not a sentence."""
    stripped = line.strip()
    if len(stripped) > _SIGNATURE_LINE_MAX:
        return False
    return not (stripped[-1:] in ".?!" and len(stripped.split()) >= 4)


def _spread_blank_lines(lines: list[str], kinds: list[str]) -> None:
    """A blank line belongs to the section around it, so sections keep their paragraph breaks."""
    previous = NEW
    for i, line in enumerate(lines):
        if line.strip():
            previous = kinds[i]
        elif kinds[i] == NEW:
            kinds[i] = previous


def _join(lines: list[str], kinds: list[str], kind: str) -> str:
    text = "\n".join(line.rstrip() for line, k in zip(lines, kinds) if k == kind)
    return _MANY_BLANKS.sub("\n\n", text).strip("\n")


# -- "see below" -------------------------------------------------------------------------------------------


def is_pointer(text: str) -> bool:
    """True when the sender's own text only points at the carried text ("see below", "FYI", "ver abajo")."""
    compact = " ".join(text.split())
    return not compact or (len(compact) <= 60 and bool(_POINTER.match(compact)))


def _own_text(
    sections: dict[str, str], lines: list[str], kinds: list[str], own_addresses: tuple[str, ...],
    own_names: tuple[str, ...],
) -> tuple[str, bool]:
    """The sender's own words, and whether their own earlier message (forwarded, else quoted) is among them."""
    own = sections[NEW]
    for kind in (FORWARDED, QUOTED):
        block = [line for line, k in zip(lines, kinds) if k == kind]
        if block and _from_self(block, own_addresses, own_names):
            carried = _carried_body(block)
            if carried:
                # Their covering note stays in front of their own earlier message; a bare pointer goes.
                return (carried if is_pointer(own) else f"{own}\n\n{carried}"), True
    return own, False


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _from_self(block: list[str], own_addresses: tuple[str, ...], own_names: tuple[str, ...]) -> bool:
    """True when the first From:/De: line or attribution of a carried block names the sender: one of their
    addresses, or their own full name (the same person writing from another address)."""
    wanted = {address.lower() for address in own_addresses if "@" in address}
    names = {" ".join(name.lower().split()) for name in own_names if len(name.split()) >= 2}
    unquoted = [_unquote(line) for line in block]
    for i, line in enumerate(unquoted):
        if _HDR_FROM.match(line) or attribution_span(unquoted, i) or _bare_attribution(unquoted, i):
            found = {m.lower() for m in _ADDRESS.findall(line)}
            if found & wanted:
                return True
            flat = " ".join(line.lower().replace('"', " ").split())
            return any(name in flat for name in names)
    return False


def _carried_body(block: list[str]) -> str:
    """The text of a forwarded/quoted block without its marker, header lines, attribution and '>' prefixes."""
    block = [_unquote(line) for line in block]
    i = 0
    while i < len(block) and not block[i].strip():
        i += 1
    if i < len(block) and (
        _FORWARD_MARKER.match(block[i])
        or _ORIGINAL_MARKER.match(block[i])
        or _UNDERSCORE_RULE.match(block[i])
    ):
        i += 1
    span = (attribution_span(block, i) or _bare_attribution(block, i)) if i < len(block) else 0
    i += span
    while i < len(block) and (
        _HDR_ANY.match(block[i])
        or (not block[i].strip() and i + 1 < len(block) and _HDR_ANY.match(block[i + 1]))
    ):
        i += 1
    body = "\n".join(line.rstrip() for line in block[i:])
    return _MANY_BLANKS.sub("\n\n", body).strip("\n")


def _unquote(line: str) -> str:
    stripped = line.lstrip(" \t")
    if stripped.startswith(">"):
        stripped = stripped[1:]
        return stripped.removeprefix(" ")
    return line
