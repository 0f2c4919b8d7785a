"""M(): one message, declared compactly. labels: 'mo' marketing_opt_out, 'cs' catalog_share_opt_out, 'q' question."""
SHORT = {"mo": "marketing_opt_out", "cs": "catalog_share_opt_out", "q": "question"}


def M(id, cat, box, prog, date, frm, body="", labels="", note="", ents=None, **kw):
    s = dict(id=id, cat=cat, box=box, prog=prog, date=date, frm=frm, body=body, note=note,
             labels=[SHORT[x] for x in labels.split()], ents=ents or {})
    s.update(kw)
    return s
