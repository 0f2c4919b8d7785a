"""Registry of messages: each entry knows its arrival time, labels and how to build its bytes."""
import compose
import ours
import mailgen as g

REG = []


def msg(slug, at, mailbox, cat, spec, lang="en", prog=None, automated=False, labels=(), unclear=False,
        entities=None, note="", ack=None):
    def deco(fn):
        REG.append(dict(slug=slug, at=at, mailbox=mailbox, cat=cat, spec=spec, lang=lang,
                        program=compose.PROGRAM.get(prog, prog), automated=automated, labels=list(labels),
                        unclear=unclear, entities=entities or {}, note=note, ack=ack, fn=fn))
        return fn
    return deco


NOTICE_RE = "Re: " + ours.NOTICE_SUBJECT
NOTICE_RE_OL = "RE: " + ours.NOTICE_SUBJECT


def rq_notice(name, es=False, to_addr=None, to_name=None):
    q = dict(kind="reply", text=ours.notice_text(name), es=es)
    if to_addr:
        q["to_addr"] = to_addr
    if to_name:
        q["to_name"] = to_name
    return q


def fq_notice(name, to_addr=None, es=False, to_name=None):
    q = dict(kind="forward", text=ours.notice_text(name), es=es)
    if to_addr:
        q["to_addr"] = to_addr
    if to_name:
        q["to_name"] = to_name
    return q


def ack_time(at):
    return g.plus(g.central(at), 41)


def rq_ack(case, sent_at, to_addr=None, to_name=None):
    q = dict(kind="reply", text=ours.ack_text(case), who=ours.ACK_FROM, when=ack_time(sent_at),
             subject="We received your request [%s]" % case)
    if to_addr:
        q["to_addr"] = to_addr
    if to_name:
        q["to_name"] = to_name
    return q


def ack_subject(case):
    return "We received your request [%s]" % case
