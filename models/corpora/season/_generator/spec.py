"""Spec helpers: H() for mail a person wrote, A() for automated mail. Label codes M, S, Q keep the lists short."""
CODES = {"M": "marketing_opt_out", "S": "catalog_share_opt_out", "Q": "question"}
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def H(id, box, prog, date, frm, subject, body, lab="", ent=None, note="", unclear=False, lang="en", cat="", **kw):
    labels = [l for l in ORDER if l in {CODES[c] for c in lab}]
    s = dict(id=id, box=box, prog=prog, date=date, frm=frm, subject=subject, body=body, labels=labels,
             unclear=unclear, entities=ent or {}, note=note, lang=lang, cat="human:" + (cat or id), automated=False)
    s.update(kw)
    if "ack_to" not in s:
        s["ack_to"] = (s.get("reply_to") or frm)[1]
    return s


def A(id, box, prog, date, frm, subject, body, note, cat="", lang="en", **kw):
    s = dict(id=id, box=box, prog=prog, date=date, frm=frm, subject=subject, body=body, labels=[], unclear=False,
             entities={}, note=note, lang=lang, cat="auto:" + (cat or id), automated=True, ack_to=None)
    s.update(kw)
    return s
