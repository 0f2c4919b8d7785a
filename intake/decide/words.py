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

from intake.decide.reading import Reading, Text
from intake.decide.thread import ThreadBook
from intake.mail.quotes import is_pointer

REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|rv|tr|sv|antw|ref|enc|res)\s*(\[\d+\])?\s*:\s*)+", re.I)
MAX_TEXT_CHARS = 20_000
"""Longer text is cut for deciding: a request is made near the top, and the time spent must stay bounded."""
MAX_ATTACHMENT_CHARS = 5_000
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def read(reading: Reading, book: ThreadBook) -> None:
    mail = reading.mail
    subject = mail.subject or ""
    own_subject = "" if REPLY_PREFIX.match(subject) else subject
    body, form = mail.new_text or "", book.form_message(mail)
    if form is not None:
        body, own_subject = form, ""
    parts = [("subject", own_subject), ("new_text", body)]
    parts += [("attachment", a.text[:MAX_ATTACHMENT_CHARS]) for a in mail.attachments
              if a.text and a.content_type == "text/plain"]
    text = Text.of(parts, mail.language)
    if len(text.text) > MAX_TEXT_CHARS:
        text = Text.of([("new_text", text.text[:MAX_TEXT_CHARS])], text.lang)
    reading.text = text
    pointer = is_pointer(body) and not _LETTERS.search(own_subject)
    reading.own_words = not pointer and bool(_LETTERS.search(text.text))
    reading.note("words", subject=own_subject[:200] or None, form=form is not None,
                 own_words=reading.own_words, forwarded_own=mail.forwarded_as_own,
                 set_apart=[name for name, value in (("quoted", mail.quoted), ("forwarded", mail.forwarded),
                                                     ("signature", mail.signature), ("disclaimer", mail.disclaimer))
                            if value.strip()])
