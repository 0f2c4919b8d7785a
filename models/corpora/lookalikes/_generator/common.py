"""Shared helpers for writing the messages: client header orders, reply/forward bodies, labels."""
import uuid

import kit
import senders
from kit import (addr, enc, fmt_date, hexs, html_apple, html_gmail, html_outlook, html_quote_block, html_yahoo,
                 multipart, quote_lines, rs, text)
from ours import CC, PH

REG = []


def message(key, cat, lang, program, mailbox):
    def deco(fn):
        REG.append(dict(key=key, cat=cat, lang=lang, program=program, mailbox=mailbox, fn=fn))
        return fn
    return deco


def label(automated=False, labels=(), unclear=False, entities=None, note="", ack_to=None):
    order = ["marketing_opt_out", "catalog_share_opt_out", "question"]
    labels = [x for x in order if x in labels]
    return dict(automated=automated, labels=labels, unclear=unclear, entities=dict(entities or {}), note=note,
                ack_to=ack_to)


def auto(note):
    return label(automated=True, note=note)


def to_addr(mailbox):
    return CC if mailbox == "customercare" else PH


# ------------------------------------------------------------- attribution lines

def _ampm(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def attr_gmail(o_date, o_from):
    return "On %s, %s %d, %d at %s %s wrote:" % (o_date.strftime("%a"), o_date.strftime("%b"), o_date.day,
                                                 o_date.year, _ampm(o_date), o_from.replace("<", "<").replace(">", ">"))


def attr_apple(o_date, o_from):
    return "On %s %d, %d, at %s, %s wrote:" % (o_date.strftime("%b"), o_date.day, o_date.year,
                                               _ampm(o_date).replace(" ", "\u202f"), o_from)


def attr_yahoo(o_date, o_from):
    h = o_date.hour % 12 or 12
    return "On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s wrote:" % (
        o_date.strftime("%A"), o_date.strftime("%B"), o_date.day, o_date.year, h, o_date.minute, o_date.second,
        "AM" if o_date.hour < 12 else "PM", o_date.tzname() or "CST", o_from)


def outlook_block(o_date, o_from, o_to, subject, lang="en"):
    h = o_date.hour % 12 or 12
    if lang == "es":
        return "De: %s\nEnviado: %s\nPara: %s\nAsunto: %s" % (
            o_from, o_date.strftime("%d/%m/%Y") + " %d:%02d" % (o_date.hour, o_date.minute), o_to, subject)
    return "From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
        o_from, o_date.strftime("%A"), o_date.strftime("%B"), o_date.day, o_date.year, h, o_date.minute,
        "AM" if o_date.hour < 12 else "PM", o_to, subject)


# ------------------------------------------------------------- bodies

def gmail_boundary(rng):
    return "000000000000" + hexs(rng, 12)


def body_gmail(rng, new, quote=None, cte="quoted-printable", charset="UTF-8"):
    """quote: (attribution, quoted_text) or None."""
    plain = new.rstrip("\n") + "\n"
    qhtml = ""
    if quote:
        plain += "\n" + quote[0] + "\n\n" + quote_lines(quote[1]) + "\n"
        qhtml = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>' %
                 kit._esc(quote[0]) + html_quote_block(quote[1])[len('<div class="gmail_quote">'):])
    html = html_gmail(new, qhtml)
    return multipart("alternative", [text(plain, "plain", charset, cte), text(html, "html", charset, cte)],
                     gmail_boundary(rng))


def body_outlook(rng, new, quote_block=None, quote_text=None, font="Calibri", charset="utf-8", sep=True):
    plain = new.rstrip("\n") + "\n"
    qhtml = ""
    if quote_block:
        plain += "\n" + ("________________________________\n" if sep else "") + quote_block + "\n\n" + quote_text + "\n"
        qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">' +
                 "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % kit._esc(x) for x in quote_block.split("\n")) +
                 "</div>" + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (kit._esc(x) or "&nbsp;")
                                    for x in quote_text.split("\n")))
    html = html_outlook(new, font, qhtml)
    b = "_000_%s%s_" % (rs(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(rng, 20, "0123456789ABCDEF"))
    return multipart("alternative", [text(plain, "plain", charset, "quoted-printable"),
                                     text(html, "html", charset, "quoted-printable")], b)


def body_apple(rng, new, quote=None, sig="Sent from my iPhone", html=True):
    plain = new.rstrip("\n") + "\n"
    if sig:
        plain += "\n" + sig + "\n"
    qhtml = ""
    if quote:
        plain += "\n" + quote[0] + "\n\n" + quote_lines(quote[1], "> ") + "\n"
        qhtml = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                 '<div dir="ltr">%s</div></blockquote>' % (kit._esc(quote[0]),
                                                          "<br>".join(kit._esc(x) for x in quote[1].split("\n"))))
    if not html:
        return text(plain, "plain", "utf-8", "quoted-printable")
    h = html_apple(new + ("\n\n" + sig if sig else ""), qhtml)
    b = "Apple-Mail-%s" % str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    return multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                     text(h, "html", "utf-8", "quoted-printable")], b)


def body_yahoo(rng, new, quote=None, sig=None):
    plain = new.rstrip("\n") + "\n"
    if sig:
        plain += "\n" + sig + "\n"
    qhtml = ""
    if quote:
        plain += "\n" + quote[0] + "\n\n" + quote_lines(quote[1], "") + "\n"
        qhtml = ('<div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                 'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div>%s'
                 '</div></div></div>' % (rng.randint(1000000000, 9999999999), kit._esc(quote[0]),
                                         "<br>".join(kit._esc(x) for x in quote[1].split("\n"))))
    h = html_yahoo(new + ("\n\n" + sig if sig else ""), qhtml)
    b = "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 2099999999),
                                 rng.randint(1700000000000, 1739999999999))
    return multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                     text(h, "html", "UTF-8", "quoted-printable")], b)


def body_plain(new, charset="utf-8", cte="quoted-printable", flowed=False):
    return text(new.rstrip("\n") + "\n", "plain", charset, cte, flowed=flowed)


# ------------------------------------------------------------- client header sets

def h_gmail(frm, to, subject, date, mid, irt=None, refs=None, cc=None, reply_to=None):
    h = [("MIME-Version", "1.0")]
    if refs:
        h.append(("References", refs))
    if irt:
        h.append(("In-Reply-To", irt))
    h += [("From", frm), ("Date", fmt_date(date)), ("Message-ID", mid), ("Subject", enc(subject)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    return h


def h_outlook(rng, frm, to, subject, date, mid, irt=None, refs=None, lang="en-US", attach=False, cc=None,
              reply_to=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h += [("Subject", enc(subject)), ("Thread-Topic", enc(subject.split(": ", 1)[-1] if subject[:3].lower() in
                                                          ("re:", "fw:", "rv:") else subject)),
          ("Thread-Index", "A" + rs(rng, 6, kit.B64C) + "=="), ("Date", fmt_date(date)), ("Message-ID", mid)]
    if refs:
        h.append(("References", refs))
    if irt:
        h.append(("In-Reply-To", irt))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return h


def h_apple(frm, to, subject, date, mid, irt=None, refs=None, mailer="iPhone Mail (22B91)", cc=None):
    h = [("Mime-Version", "1.0 (1.0)"), ("Subject", enc(subject)), ("From", frm)]
    if irt:
        h.append(("In-Reply-To", irt))
    if cc:
        h.append(("Cc", cc))
    h += [("Date", fmt_date(date)), ("Message-Id", mid)]
    if refs:
        h.append(("References", refs))
    h += [("To", to), ("X-Mailer", mailer)]
    return h


def h_yahoo(frm, to, subject, date, mid, mailer, irt=None, refs=None, reply_to=None):
    h = [("Date", fmt_date(date)), ("From", frm)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("To", to), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += [("Subject", enc(subject)), ("MIME-Version", "1.0"), ("X-Mailer", mailer)]
    return h


def h_tbird(frm, to, subject, date, mid, irt=None, refs=None, ua=None, lang="en-US", reply_to=None):
    h = [("Message-ID", mid), ("Date", fmt_date(date)), ("MIME-Version", "1.0"),
         ("User-Agent", ua or "Mozilla Thunderbird"), ("Content-Language", lang)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("To", to), ("From", frm)]
    if refs:
        h.append(("References", refs))
    if irt:
        h.append(("In-Reply-To", irt))
    h.append(("Subject", enc(subject)))
    return h


def h_generic(frm, to, subject, date, mid, extra_before=None, extra_after=None, mime=True, reply_to=None,
              irt=None, refs=None):
    h = list(extra_before or [])
    h += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", fmt_date(date))]
    if mid:
        h.append(("Message-ID", mid))
    if reply_to:
        h.append(("Reply-To", reply_to))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if mime:
        h.append(("MIME-Version", "1.0"))
    h += list(extra_after or [])
    return h


def tb_mid(rng, dom):
    return "<%s@%s>" % (str(uuid.UUID(int=rng.getrandbits(128), version=4)), dom)
