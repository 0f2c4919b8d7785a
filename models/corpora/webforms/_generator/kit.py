"""Shorthands for the spec files."""


def P(id, sys, box, lang, labels, note, ent=None, ack="rt", unclear=False, **kw):
    s = dict(id=id, sys=sys, box=box, lang=lang, labels=list(labels), note=note, ent=dict(ent or {}), ack=ack,
             unclear=unclear, auto=False)
    s.update(kw)
    return s


def M(id, sys, box, lang, note, **kw):
    s = dict(id=id, sys=sys, box=box, lang=lang, labels=[], note=note, ent={}, ack=None, unclear=False, auto=True)
    s.update(kw)
    return s


MKT, SHR, Q = "marketing_opt_out", "catalog_share_opt_out", "question"
