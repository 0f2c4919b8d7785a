"""Spec helpers: P() for a message a person wrote, A() for machine or not-a-request mail."""


def P(id, box, lang, client, name, addr, subject, date, text, labels=(), unclear=False, ent=None, note="",
      ack="from", cat="", **kw):
    d = dict(id=id, kind="person", box=box, lang=lang, client=client, name=name, addr=addr, subject=subject,
             date=date, text=text, labels=list(labels), unclear=unclear, ent=ent or {}, note=note, ack=ack, cat=cat,
             auto=False)
    d.update(kw)
    return d


def A(id, box, lang, kind, subject, date, text="", note="", cat="", name="", addr="", **kw):
    d = dict(id=id, kind=kind, box=box, lang=lang, name=name, addr=addr, subject=subject, date=date, text=text,
             labels=[], unclear=False, ent={}, note=note, ack=None, cat=cat, auto=True)
    d.update(kw)
    return d
