"""Spec helper: every message is one dict."""
MKT, SHARE, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def M(id, box, date, client, frm, subj=None, body="", labels=(), note="", **kw):
    d = dict(id=id, box=box, date=date, client=client, frm=frm, subj=subj, body=body, labels=list(labels), note=note)
    d.update(kw)
    return d
