"""Spec helper shared by the spec files of `dictated`."""
from ours import O

MO = "marketing_opt_out"
CS = "catalog_share_opt_out"
Q = "question"


def M(cat, client, name, email, date, text="", reply=None, labels=(), entities=None, note="", ack="from",
      unclear=False, automated=False, lang="en", mailbox=None, **kw):
    """One message. ack: 'from', 'reply_to' or None (no acknowledgement due)."""
    if mailbox is None:
        if not reply:
            raise ValueError("mailbox needed for fresh mail: %s" % email)
        target = O[reply]["reply_to"][1]
        mailbox = "powerhousecatalog" if target.startswith("powerhousecatalog") else "customercare"
    d = dict(cat=cat, client=client, name=name, email=email, date=date, text=text, reply=reply,
             labels=list(labels), entities=dict(entities or {}), note=note, ack=ack, unclear=unclear,
             automated=automated, lang=lang, mailbox=mailbox)
    d.update(kw)
    return d
