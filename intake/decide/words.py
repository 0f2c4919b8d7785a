"""Step 1, whose words: the text of a message that the sender wrote, and nothing else.

    subject      the sender's own, unless it is a reply or forward ("Re:", "Fwd:", "RV:" ...) of another mail
    new text     what they typed now (mail/quotes.py sets quotes, signatures, forwards and disclaimers apart);
                 their own earlier message, forwarded or quoted, counts as theirs
    a form       our web form relays a customer's message inside its own boilerplate: only the message field is
                 the customer's (its other fields still give names, ZIP codes and account numbers)
    attachments  text/plain attachments (a letter saved as .txt); never other files

A message whose sender wrote nothing decidable of their own (an empty reply, "see below" over somebody else's
words, an emoji, "?") gets `own_words = False`: staff must look, whatever the quoted text says.
"""

from __future__ import annotations

import re

from intake.decide.reading import Reading, Text, clean, sentence_starts
from intake.decide.thread import ThreadBook
from intake.mail.quotes import REPLY_PREFIX, is_pointer
from intake.values import Mail

MAX_TEXT_CHARS = 20_000
"""Longer text is cut for deciding: a request is made near the top, and the time spent must stay bounded."""
MAX_ATTACHMENT_CHARS = 5_000
MAX_TOKEN_CHARS = 200
"""A run of non-space characters longer than this keeps only its start. spaCy's tokenizer strips a token's
punctuation and symbols one at a time, searching the whole token again each time: quadratic in the token's length
(20,000 `€` in a row cost 130 s). At 200 the worst token costs ~10 ms; real words never come near it, and of the
1,876 corpus messages 2 have a longer one (a tracking link)."""
MAX_SENTENCE_CHARS = 2_000
"""A longer sentence keeps only its start (no corpus message has one): per-sentence work stays bounded."""
_LONG_TOKEN = re.compile(r"\S{%d,}" % (MAX_TOKEN_CHARS + 1))
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def read(reading: Reading, book: ThreadBook) -> None:
    mail = reading.mail
    subject = mail.subject or ""
    own_subject = "" if REPLY_PREFIX.match(subject) else subject
    body, form = mail.new_text or "", book.form_message(mail)
    if form is not None:
        body, own_subject = form, ""
        chosen = _FORM_REQUEST_TYPE.search(mail.body or "")
        topic = _FORM_TOPIC.search(mail.body or "") if len(_LETTERS.findall(form)) < 4 else None
        if chosen or topic:
            # The request type the sender picked on a request form is the request ("Request type: Do Not Sell or
            # Share My Personal Information", "Comments: Also stop the e-mails"), as a checkbox is; a contact
            # form's topic is only a menu's heading, the sender's choice when the message field says nothing
            # ("Topic: Stop catalog mailings", "Message: Thanks.").
            body = f"{(chosen or topic).group(1).strip()}.\n{form}"
    body = _visitor_words(_without_form_labels(body, relay=_relay(mail, book)), mail)
    parts = [("subject", own_subject), ("new_text", body)]
    parts += [("attachment", a.text) for a in mail.attachments if a.text and a.content_type == "text/plain"]
    cut = Cut()
    text = Text.of([(source, cut.part(source, part)) for source, part in parts], mail.language)
    if len(text.text) > MAX_TEXT_CHARS:
        cut.drop("message", len(text.text) - MAX_TEXT_CHARS)
        text = Text.of([("new_text", text.text[:MAX_TEXT_CHARS])], text.lang)
    reading.text = text
    if cut.dropped:
        # What was not read may hold what the sender asked: a person reads it all.
        reading.review.append(f"text cut for deciding ({cut.summary()}): a person must read it all")
        reading.note("words", cut=dict(cut.dropped))
    pointer = is_pointer(body) and not _LETTERS.search(own_subject)
    reading.own_words = not pointer and bool(_LETTERS.search(text.text))
    reading.note("words", subject=own_subject[:200] or None, form=form is not None,
                 own_words=reading.own_words, forwarded_own=mail.forwarded_as_own,
                 set_apart=[name for name, value in (("quoted", mail.quoted), ("forwarded", mail.forwarded),
                                                     ("signature", mail.signature), ("disclaimer", mail.disclaimer))
                            if value.strip()])


class Cut:
    """Bounds the text the rules and spaCy read, in characters per token, per sentence, per attachment (and, in
    `read`, per message), so that deciding costs at most linear time in the size of a message whatever its
    characters. `dropped` counts the characters left out, by what bounded them."""

    def __init__(self) -> None:
        self.dropped: dict[str, int] = {}

    def part(self, source: str, text: str) -> str:
        limit, what = (MAX_ATTACHMENT_CHARS, "attachment") if source == "attachment" else (MAX_TEXT_CHARS, "message")
        if len(text) > limit:
            # First, so that the work below is bounded too.
            self.drop(what, len(text) - limit)
            text = text[:limit]
        text = _LONG_TOKEN.sub(self._token, clean(text))
        return self._sentences(text)

    def _token(self, match: re.Match) -> str:
        self.drop("token", len(match.group()) - MAX_TOKEN_CHARS)
        return match.group()[:MAX_TOKEN_CHARS]

    def _sentences(self, text: str) -> str:
        starts = sentence_starts(text, [(0, "")]) + [len(text)]
        if all(b - a <= MAX_SENTENCE_CHARS for a, b in zip(starts, starts[1:])):
            return text
        kept = []
        for a, b in zip(starts, starts[1:]):
            if b - a > MAX_SENTENCE_CHARS:
                self.drop("sentence", b - a - MAX_SENTENCE_CHARS)
                # A paragraph break ends the cut sentence where it was cut, not at the next one's end.
                kept.append(text[a:a + MAX_SENTENCE_CHARS] + "\n\n")
            else:
                kept.append(text[a:b])
        return "".join(kept)

    def drop(self, what: str, chars: int) -> None:
        self.dropped[what] = self.dropped.get(what, 0) + chars

    def summary(self) -> str:
        return ", ".join(f"{chars} characters past the {what} limit" for what, chars in self.dropped.items())


_LABEL_INLINE = re.compile(r"(?m)^[ \t]*\u00bf?[^\n:?\u00bf]{1,60}\?[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?\*?[ \t]*:[ \t]*")
"""A form's question-shaped label before its answer ("What do you need?: Privacy"): the form asks, not the sender."""
_LABEL_LINE = re.compile(r"(?m)^[ \t]*\u00bf?[^\n?\u00bf]{1,60}\?[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?\*?[ \t]*\n(?=[ \t]*\S)")
"""A question-shaped label on its own line with the answer below it ("Anything else?\nMoving in June.")."""
_RELAY_LOCAL = re.compile(r"no-?reply|do-?not-?reply|forms?|notifications?|transcripts?|receipts?|inbound|tickets?")


def _relay(mail: Mail, book: ThreadBook) -> bool:
    """Software relaying someone's answers (a form service, a chat or ticket system): its labels are its own."""
    if mail.from_ is None:
        return False
    return book.is_form_sender(mail.from_.email) or bool(_RELAY_LOCAL.search(mail.from_.email.partition("@")[0].lower()))


_LABEL_END = re.compile(r"\?[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?\*?[ \t]*:")


def _without_form_labels(text: str, *, relay: bool) -> str:
    # the cheap searches first: most mail has no "?:" label and is not a relay
    if "?" not in text:
        return text
    if _LABEL_END.search(text):
        text = _LABEL_INLINE.sub("", text)
    return _LABEL_LINE.sub("", text) if relay else text


_CHAT_LINE = re.compile(r"^[ \t]*\[[0-9:]{4,8}(?:[ \t]?[AaPp][Mm])?\][ \t]*([^:\n]{1,60}):[ \t]?(.*)$", re.M)
_VISITOR = re.compile(r"^[ \t]*(?:visitor|customer|visitante|cliente)[ \t]*:[ \t]*([^(\n<]{1,60})", re.I | re.M)
_OUR_SIDE = re.compile(r"assistant|asistente|\bbot\b|agent|agente|alliant|powerhouse|\(", re.I)


def _visitor_words(text: str, mail: Mail) -> str:
    """A chat transcript mailed by its widget: only the visitor's lines are the sender's words (our assistant's
    "How can I help today?" is ours)."""
    if "] " not in text:
        return text
    lines = list(_CHAT_LINE.finditer(text))
    if len(lines) < 2:
        return text
    speakers = {m.group(1).strip() for m in lines}
    named = _VISITOR.search(text)
    visitor = named.group(1).strip() if named else (mail.reply_to[0].name.strip() if mail.reply_to else "")
    keep = {visitor} if visitor in speakers else {s for s in speakers if not _OUR_SIDE.search(s)}
    if not keep or keep == speakers and len(speakers) > 1 and not visitor:
        return text
    return "\n".join(m.group(2) for m in lines if m.group(1).strip() in keep)


_FORM_TOPIC = re.compile(r"^[ \t]*(?:topic|reason for contact|tema|motivo)"
                         r"[ \t]*:[ \t]*(\S[^\n]{0,100})$", re.I | re.M)
"""A web form's topic field (rules/thread.yml forms relay it with the message)."""
_FORM_REQUEST_TYPE = re.compile(r"^[ \t]*(?:request type|type of request|tipo de solicitud)"
                                r"[ \t]*:[ \t]*(\S[^\n]{0,100})$", re.I | re.M)
"""A request form's type field: what the sender asked for, whatever the comments add."""
