"""Spec helper: one dict per message."""

MO = "marketing_opt_out"
CS = "catalog_share_opt_out"
Q = "question"


def S(**kw):
    kw["mailbox"] = {"cc": "customercare", "ph": "powerhousecatalog"}.get(kw["mailbox"], kw["mailbox"])
    kw.setdefault("labels", [])
    kw.setdefault("unclear", False)
    kw.setdefault("automated", False)
    kw.setdefault("entities", {})
    kw.setdefault("ack", None if kw["automated"] else "from")
    kw["text"] = kw["text"].strip("\n") + "\n" if kw.get("text") is not None and kw.get("strip", True) else kw.get("text")
    return kw


def A(**kw):
    """Automated / not-a-request mail."""
    kw["automated"] = True
    kw.setdefault("client", "bulk")
    return S(**kw)
