"""The one helper every specs_*.py uses to declare a message."""
LAB = {"m": "marketing_opt_out", "c": "catalog_share_opt_out", "q": "question"}
BOXES = {"cc": "customercare", "ph": "powerhousecatalog"}
UNSET = object()


def m(key, box, group, voice, lang, client, frm, subject, body, lab="", ents=None, note="", ack=UNSET, **kw):
    """frm = (display name, address); lab = letters from LAB; ack = UNSET (From, or Reply-To when given),
    None (nothing to answer), or an explicit address."""
    s = dict(key=key, mailbox=BOXES[box], group=group, voice=voice, lang=lang, client=client, frm=frm,
             subject=subject, body=body, labels=[LAB[x] for x in "mcq" if x in lab],
             entities=dict(ents or {}), note=note, unclear=kw.pop("unclear", False),
             automated=kw.pop("auto", False))
    s.update(kw)
    if s["automated"]:
        s["ack_to"] = None
    elif ack is UNSET:
        s["ack_to"] = (s.get("reply_to") or frm)[1]
    else:
        s["ack_to"] = ack
    return s
