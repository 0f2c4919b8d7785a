"""Registry of message specs.  Every spec module calls add() once per message."""
import textwrap

REG = []


def add(key, mailbox, when, cat, lang, client, raw, automated, labels, unclear, entities, note, ack_to):
    assert isinstance(raw, bytes)
    REG.append(dict(key=key, mailbox=mailbox, when=when, cat=cat, lang=lang, client=client, raw=raw,
                    automated=automated, labels=list(labels), unclear=unclear, entities=dict(entities),
                    note=note, ack_to=ack_to))


def auto(key, mailbox, when, cat, lang, client, raw, note):
    add(key, mailbox, when, cat, lang, client, raw, True, [], False, {}, note, None)


def pfwrap(s, width=75, indent="    "):
    """Wrap a long diagnostic the way Postfix's bounce daemon does."""
    out = []
    for para in s.split("\n"):
        lines = textwrap.wrap(para, width=width, subsequent_indent=indent,
                              break_long_words=False, break_on_hyphens=False)
        out.extend(lines or [""])
    return "\n".join(out)


def prepend(raw, lines):
    """Prepend header lines (list of (name, value)) to raw CRLF bytes."""
    from mailkit import serialize_headers
    return serialize_headers(lines) + raw
