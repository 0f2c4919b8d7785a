"""Small helpers the spec files share."""
import ours
import quoting as Q

C, P = "customercare", "powerhousecatalog"
CAT = ("", "powerhousecatalog@alliant-energy.com")
IPHONE, IPHONE_ES = "Sent from my iPhone", "Enviado desde mi iPhone"
OUTLOOK_ANDROID = "Get Outlook for Android<https://aka.ms/AAb9ysg>"
DESK = "Renee Albrecht\nCustomer Privacy Desk | Alliant Energy\n1-800-255-4268"
DESK_CAT = "Joel Santamaria\nPowerHouse Catalog Customer Care\n1-800-862-6222"
DESK_ES = "Marisela Ortiz\nEquipo de Privacidad | Alliant Energy\n1-800-255-4268"


def O(kind, date, who=("", ""), first="", **kw):
    return ours.build(kind, date, to=who, first=first, **kw)


def cust(who, date, subject, text, to=("", "customercare@alliant-energy.com"), **kw):
    m = ours.build("customer", date, name=who[0], addr=who[1], subject=subject, text=text, **kw)
    m["to_name"], m["to_addr"] = to
    return m


def agent(date, subject, text, who, cat=False, es=False, refs=()):
    k = "agent_cat" if cat else "agent_es" if es else "agent"
    name = "Joel Santamaria" if cat else "Marisela Ortiz" if es else "Renee Albrecht"
    m = ours.build(k, date, to=who, subject=subject, text=text, agent_name=name, refs=list(refs))
    m["to_name"], m["to_addr"] = who
    return m


def top(new, style, m, sig=None):
    return new.rstrip("\n") + ("\n\n" + sig if sig else "") + "\n\n" + Q.quote(style, m)


def bottom(style, m, new, sig=None):
    return Q.quote(style, m) + "\n\n" + new.rstrip("\n") + ("\n\n" + sig if sig else "")


def fwd(new, style, m, sig=None):
    head = new.rstrip("\n") + ("\n\n" + sig if sig else "")
    return (head + "\n\n" if head else "") + Q.forward(style, m)


def S(id, box, frm, client, text, shape, mode, note, orig=None, **kw):
    d = dict(id=id, mailbox=box, frm=frm, client=client, text=text, shape=shape, mode=mode, note=note, orig=orig)
    d.update(kw)
    return d


def inline(style, m, answers, marked=True, top_text="", sig=None, text=None):
    """Answers typed between the paragraphs of the quoted mail; answers = {paragraph index: text}."""
    body = text if text is not None else Q.text_of(m)
    paras = body.split("\n\n")
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(("q", Q.gt(p) if marked else p))
        if i in answers:
            chunks.append(("a", answers[i].rstrip("\n")))
    out = chunks[0][1]
    for (k0, _), (k1, t1) in zip(chunks, chunks[1:]):
        out += ("\n>\n" if marked and k0 == k1 == "q" else "\n\n") + t1
    if marked:
        head = Q.attribution(style, m) + ("\n\n" if style in ("ios", "ios_es", "yahoo") else "\n")
    else:
        head = ("________________________________\n" if style in ("outlook", "outlook_es", "outlook_de") else "") + \
            Q.header_block(style, m) + "\n\n"
    res = (top_text.rstrip("\n") + "\n\n" if top_text else "") + head + out
    return res + ("\n\n" + sig if sig else "")
