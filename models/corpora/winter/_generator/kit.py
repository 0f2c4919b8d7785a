"""The spec list every message file adds to, and the two ways to add: P (a person writes) and X (a machine,
or mail that is not a request)."""

import datetime as _dt

from mailkit import CST, EST, MST, MBOX
from ours import OURS

SPECS = []


def D(m, d, h, mi, s=0, tz=CST):
    y = 2026 if m == 12 else 2027
    return _dt.datetime(y, m, d, h, mi, s, tzinfo=tz)


def Q(key, **over):
    q = dict(OURS[key])
    q.update(over)
    return q


def TO(mailbox, name=None):
    a = MBOX[mailbox]
    if name:
        return ["%s <%s>" % (name, a)]
    return [a]


def P(dt, mailbox, frm, provider, client, subject, text, *, cat, labels=(), unclear=False, entities=None, note,
      ack="from", reply_to=None, quote=None, mode="reply", lang="en", to=None, cc=None, extra=None, att=None,
      answers="-", html=None, plain=None, charset=None, spec=None, env_from=None, rto_name=None, prog_note=None):
    """A message a person (or a person's mail program, at the person's request) sent."""
    SPECS.append(dict(type="person", dt=dt, mailbox=mailbox, frm=frm, provider=provider, client=client,
                      subject=subject, text=text, cat=cat, labels=list(labels), unclear=unclear,
                      entities=entities or {}, note=note, ack=ack, reply_to=reply_to, quote=quote, mode=mode,
                      lang=lang, to=to, cc=cc, extra=extra or [], att=att, answers=answers, html=html, plain=plain,
                      charset=charset, spec=spec, env_from=env_from, rto_name=rto_name, prog_note=prog_note))


def X(dt, mailbox, builder, *, cat, note, lang="en", answers="-", spec=None):
    """Machine mail, or mail that is not a request (automated = true in the manifest)."""
    SPECS.append(dict(type="machine", dt=dt, mailbox=mailbox, builder=builder, cat=cat, note=note, lang=lang,
                      answers=answers, spec=spec))


def XP(dt, mailbox, frm, provider, client, subject, text, *, cat, note, lang="en", to=None, quote=None, mode="reply",
       extra=None, att=None, spec=None, html=None, plain=None, reply_to=None, cc=None, program=None):
    """Mail a person wrote that is not a request (sales, sponsorship asks, ...): automated = true."""
    def b(rng):
        from programs import PROGRAM_NAMES, compose
        hs, node, msgid = compose(rng, client, frm, to or [MBOX[mailbox]], subject, dt, text, quote=quote, mode=mode,
                                  lang=lang, cc=cc, extra=extra, attachments=att, html_override=html,
                                  plain_override=plain, reply_to=reply_to)
        return dict(env_from=frm[1], provider=provider, domain=frm[1].split("@")[1], headers=hs, node=node,
                    msgid=msgid, program=program or PROGRAM_NAMES[client], person=True)
    X(dt, mailbox, b, cat=cat, note=note, lang=lang, spec=spec)
