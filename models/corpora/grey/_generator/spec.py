"""One helper so the spec files read like a list of letters."""
CC, PH = "customercare", "powerhousecatalog"


def S(id, box, lang, client, frm, subj, body, labels="", note="", **kw):
    """labels: letters M (marketing_opt_out), C (catalog_share_opt_out), Q (question).
    kw: ent, unclear, auto, quote (key in ours.MAIL), fwd, reply_to, ack, month, hdr, charset, cte, mime, sig..."""
    assert note, id
    d = dict(id=id, box=box, lang=lang, client=client, frm=frm, subj=subj, body=body, labels=labels, note=note)
    d.update(kw)
    return d
