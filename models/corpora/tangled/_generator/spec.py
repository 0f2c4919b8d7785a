"""Shorthands for declaring a message of the `tangled` set."""
import re
import textwrap

MK, SH, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
CC, PH = "customercare", "powerhousecatalog"


def who(s):
    m = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", s)
    return (m.group(1), m.group(2)) if m else ("", s.strip())


def M(id, box, frm, subject, body, labels=(), unclear=False, ent=None, note="", client="gmail", lang="en",
      group="", **kw):
    """One message.  frm is 'Name <addr>'; body is the sender's new text (dedented); kw passes through
    (thread, reply_to, ack, auto, html, sig, date, cc, to, layout, extra, charset)."""
    s = {"id": id, "box": box, "frm": who(frm), "subject": subject,
         "body": textwrap.dedent(body).strip("\n"), "labels": list(labels), "unclear": unclear,
         "ent": dict(ent or {}), "note": note, "client": client, "lang": lang, "group": group}
    if "reply_to" in kw:
        kw["reply_to"] = who(kw["reply_to"])
    s.update(kw)
    return s
