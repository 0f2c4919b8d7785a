"""One helper to declare a message of the `formal` set."""
MO, CS, Q = "marketing_opt_out", "catalog_share_opt_out", "question"


def M(id, box, kind, client, frm, date, subject, body, note, labels=(), **kw):
    """id: spec id; box: cc|ph; kind: index category; client: sending program (build.program);
    frm: (display name, address); date: local US Central 'YYYY-MM-DD HH:MM'; body: the sender's text.
    kw: unclear, ent (entities), automated, reply_to, cc, to, attach [(filename, ctype, (title, lines)|bytes)],
    hdr [(name, value)], ack_to, irt (our acknowledgement answered), lang, fmt, cte, cs, html."""
    order = [MO, CS, Q]
    d = dict(id=id, box=box, kind=kind, client=client, frm=frm, date=date, subject=subject,
             body=body.strip("\n") + "\n", note=note, labels=[x for x in order if x in labels])
    d.update(kw)
    return d


def ack(ref, to, when, sent, tail):
    """Our privacy acknowledgement that a reply answers."""
    return dict(msgid="<ack.%s.%s@privacy.alliant-energy.com>" % (ref, tail), ref=ref, to=to, when=when,
                sent=sent)
