"""Helpers shared by the spec files: one call per message, and replies typed above our own mail."""
import ours


def make(store):
    def M(**kw):
        kw.setdefault("automated", False)
        kw.setdefault("labels", [])
        kw.setdefault("entities", {})
        store.append(kw)
    return M


SUBJ_PREFIX = {"gmail": "Re: ", "gmail_es": "Re: ", "iphone": "Re: ", "iphone_es": "Re: ", "outlook": "RE: ",
               "outlook_es": "RE: ", "yahoo": "Re: ", "fwd": "Fwd: ", "outlook_fwd": "FW: "}


def on_top(style, key, sent, new_text, to_addr, slug_hash="0a1b2c3d4e"):
    """Reply (or forward) typed above one of our mailings: returns subject, body, in_reply_to.

    key names an entry of ours.PROMOS or ours.SERVICE, or is "ack:<ref>" for our acknowledgement."""
    if key.startswith("ack:"):
        frm, subj, text = ours.CC_FROM, "We received your message [ref %s]" % key[4:], ours.ACK.format(ref=key[4:])
    else:
        frm, subj, text = ours.PROMOS.get(key) or ours.SERVICE[key]
    if style == "gmail":
        q = ours.gmail_reply(sent, frm, text)
    elif style == "gmail_es":
        q = ours.gmail_reply_es(sent, frm, text)
    elif style == "iphone":
        q = ours.iphone_reply(sent, frm, text)
    elif style == "iphone_es":
        q = ours.iphone_reply_es(sent, frm, text)
    elif style in ("outlook", "outlook_fwd"):
        q = ours.outlook_block(frm, sent, to_addr, subj, text)
    elif style == "outlook_es":
        q = ours.outlook_block_es(frm, sent, to_addr, subj, text)
    elif style == "yahoo":
        q = ours.yahoo_reply(sent, frm, text)
    elif style == "fwd":
        q = ours.gmail_fwd(frm, sent, subj, to_addr, text)
    else:
        raise ValueError(style)
    body = (new_text.rstrip("\n") + "\n\n" + q) if new_text else q
    slug = key.split(":")[0].replace("_", "")
    return SUBJ_PREFIX[style] + subj, body + "\n", ours.mid(sent, slug, slug_hash)
