"""Compact message makers on top of kit/common/senders: one call per person message, a few for machine mail."""
import senders as S
from common import (attr_apple, attr_gmail, attr_yahoo, body_apple, body_gmail, body_outlook, body_plain, body_yahoo,
                    h_apple, h_generic, h_gmail, h_outlook, h_tbird, h_yahoo, outlook_block, tb_mid, to_addr)
from kit import (B62, addr, attachment, central, enc, fmt_date, hexs, html_simple, multipart, quote_lines, raw_part,
                 rs, text, utc)
from ours import CC, PH


def ip4(rng, first=None):
    return "%d.%d.%d.%d" % (first or rng.choice([24, 50, 63, 66, 67, 69, 71, 72, 75, 98, 104, 173, 184, 208]),
                            rng.randint(1, 254), rng.randint(1, 254), rng.randint(2, 254))


def person(rng, mb, who, client, date, new, subject=None, quote=None, reply_to=None, to=None, cc=None, sig=None,
           lang="en-US", pre=(), post=(), charset="utf-8", host=None, flowed=False, part=None):
    """A message a person typed in a mail program. quote: an ours.Ours being answered (quoted below)."""
    name, email = who
    frm = addr(name, email)
    to = to or to_addr(mb)
    dom = email.split("@")[1]
    irt = refs = None
    if quote is not None:
        irt = refs = quote.mid
        subject = subject if subject is not None else ("RE: " if client in ("outlook", "exchange") else "Re: ") + \
            quote.subject
    if client in ("gmail", "workspace"):
        sent = S.gmail(rng, email, date, dom=dom)
        hdrs = h_gmail(frm, to, subject, date, sent.mid, irt, refs, cc, reply_to)
        q = (attr_gmail(quote.date, quote.from_hdr), quote.text) if quote else None
        body = part or body_gmail(rng, new, q, charset="UTF-8")
    elif client in ("outlook", "exchange"):
        sent = S.outlookcom(rng, email, date) if client == "outlook" else S.exchange(rng, email, date)
        hdrs = h_outlook(rng, frm, to, subject, date, sent.mid, irt, refs, lang=lang, cc=cc, reply_to=reply_to)
        body = part or (body_outlook(rng, new, outlook_block(quote.date, quote.from_hdr, frm, quote.subject,
                                                             lang[:2]), quote.text) if quote else
                        body_outlook(rng, new))
    elif client == "apple":
        sent = S.icloud(rng, email, date)
        hdrs = h_apple(frm, to, subject, date, sent.mid, irt, refs, cc=cc)
        q = (attr_apple(quote.date, quote.from_hdr), quote.text) if quote else None
        body = part or body_apple(rng, new, q, sig=sig if sig is not None else "Sent from my iPhone")
    elif client == "yahoo":
        sent, mailer = S.yahoo(rng, email, date, dom=dom)
        hdrs = h_yahoo(frm, to, subject, date, sent.mid, mailer, irt, refs, reply_to)
        q = (attr_yahoo(quote.date, quote.from_hdr), quote.text) if quote else None
        body = part or body_yahoo(rng, new, q, sig)
    elif client == "comcast":
        sent = S.comcast(rng, email, date)
        hdrs = h_generic(frm, to, subject, date, sent.mid, reply_to=reply_to, irt=irt, refs=refs,
                         extra_after=[("X-Priority", "3"), ("Importance", "Normal"),
                                      ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")])
        t = new.rstrip("\n") + ("\n\n" + quote_lines(quote.text) if quote else "")
        body = part or multipart("alternative", [text(t + "\n", "plain", charset, "7bit" if t.isascii() else
                                                      "quoted-printable"),
                                                 text(html_simple(t), "html", charset, "quoted-printable")],
                                 "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9),
                                                          int(date.timestamp() * 1000)))
    elif client == "tbird":
        h, ip = host or ("mail." + dom, ip4(rng))
        sent = S.isp(rng, email, date, h, ip, mid=tb_mid(rng, dom))
        hdrs = h_tbird(frm, to, subject, date, sent.mid, irt, refs, reply_to=reply_to,
                       ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")
        t = new.rstrip("\n")
        if quote:
            t += "\n\nOn %s, %s wrote:\n%s" % (quote.date.strftime("%m/%d/%Y %I:%M %p"), quote.from_hdr,
                                                quote_lines(quote.text))
        body = part or body_plain(t, charset, "7bit" if t.isascii() else "8bit", flowed=True)
    elif client == "smtp":  # a small provider / company server, plain client
        h, ip = host or ("smtp." + dom, ip4(rng))
        sent = S.isp(rng, email, date, h, ip)
        hdrs = h_generic(frm, to, subject, date, sent.mid, reply_to=reply_to, irt=irt, refs=refs)
        t = new.rstrip("\n") + ("\n\n> " + quote.subject if quote else "")
        body = part or body_plain(t, charset, "quoted-printable" if not t.isascii() else "7bit", flowed=flowed)
    else:
        raise ValueError(client)
    hdrs = list(pre) + hdrs + list(post)
    if cc and client in ("comcast", "tbird", "smtp"):
        hdrs.append(("Cc", cc))
    return sent.arrive, S.assemble(rng, mb, sent, hdrs, body)


def mach(rng, mb, sent, hdrs, part):
    return sent.arrive, S.assemble(rng, mb, sent, hdrs, part)


def alt(rng, plain, html=None, charset="utf-8", cte="quoted-printable", b=None):
    html = html or html_simple(plain)
    return multipart("alternative", [text(plain, "plain", charset, cte), text(html, "html", charset, cte)],
                     b or "b1_" + rs(rng, 32, B62))


def orig_headers(o, rcpt, env=None):
    lu = "List-Unsubscribe: <mailto:%s?subject=unsubscribe>\n" % o.frm if o.kind == "promo" else ""
    return ("Return-Path: <%s>\nFrom: %s\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\n%sMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n" % (env or o.frm, o.from_hdr, rcpt, o.subject, o.date_hdr,
                                                             o.mid, lu))


def orig_message(o, rcpt):
    return orig_headers(o, rcpt) + "\n" + o.text + "\n"


def dsn(rng, mb, o, rcpt, date, mta, ip, status, diag, human, subject, action="failed", frm=None, full=True,
        remote=None, extra=(), html=None, b=None, will_retry=None):
    """RFC 3464 multipart/report for one of our messages (o) sent to rcpt."""
    sent = S.mta(rng, mta, ip, date)
    fields = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n" \
             "Original-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
                 mta, rs(rng, 10, "0123456789ABCDEF"), fmt_date(o.date), rcpt, rcpt, action, status)
    if remote:
        fields += "Remote-MTA: dns; %s\n" % remote
    fields += "Diagnostic-Code: smtp; %s\n" % diag
    if will_retry:
        fields += "Will-Retry-Until: %s\n" % will_retry
    hum = text(human, "plain", "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    if html:
        hum = multipart("alternative", [hum, text(html, "html", "utf-8", "quoted-printable")], "alt-" + hexs(rng, 16))
    parts = [hum, raw_part("message/delivery-status", fields, extra=[("Content-Description", "Delivery report")])]
    if full:
        parts.append(raw_part("message/rfc822", orig_message(o, rcpt), extra=[("Content-Description",
                                                                               "Undelivered Message")]))
    else:
        parts.append(raw_part("text/rfc822-headers", orig_headers(o, rcpt),
                              extra=[("Content-Description", "Undelivered Message Headers")]))
    rep = multipart("report", parts, b or "%s.%d/%s" % (rs(rng, 10, "0123456789ABCDEF"), int(date.timestamp()), mta),
                    params=[("report-type", "delivery-status")])
    hdrs = h_generic(frm or "MAILER-DAEMON@%s (Mail Delivery System)" % mta, o.frm, subject, date, sent.mid,
                     extra_before=list(extra), extra_after=[("Auto-Submitted", "auto-replied")])
    return mach(rng, mb, sent, hdrs, rep)


def form_relay(rng, mb, date, fields, subject, reply_to, form_name):
    """Our website's form relay: From noreply@alliantenergy.com, Reply-To the address typed into the form."""
    env = "noreply@alliantenergy.com"
    sent = S.internal(rng, env, date, "web-forms01.alliantenergy.com", "10.40.30.15")
    body = "A visitor submitted the %s form on %s.\n\n" % (form_name, "alliantenergy.com" if mb == "customercare"
                                                         else "powerhousecatalog.com")
    w = max(len(k) for k, _ in fields) + 2
    for k, v in fields:
        body += ("%s:" % k).ljust(w) + v + "\n"
    body += "\nSubmitted: %s\nRemote IP: %s\n\n-- \nThis message was sent by the website form handler.\n" % (
        date.strftime("%m/%d/%Y %I:%M:%S %p"), ip4(rng))
    hdrs = h_generic(addr("Alliant Energy Web Forms", env), to_addr(mb), subject, date, sent.mid,
                     reply_to=reply_to, extra_after=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")])
    return mach(rng, mb, sent, hdrs, text(body, "plain", "utf-8", "quoted-printable"))


def bulk_mail(rng, mb, date, frm, env, host, ip, dkim_dom, subject, plain, html=None, extra=(), to=None,
              list_unsub=None, reply_to=None, part=None, mid=None, precedence="bulk"):
    sent = S.bulk(rng, env, date, host, ip, dkim_dom, frm.split("@")[-1].rstrip(">"), mid=mid)
    after = []
    if list_unsub:
        after += [("List-Unsubscribe", list_unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if precedence:
        after.append(("Precedence", precedence))
    after += list(extra)
    hdrs = h_generic(frm, to or to_addr(mb), subject, date, sent.mid, reply_to=reply_to, extra_after=after)
    return mach(rng, mb, sent, hdrs, part or alt(rng, plain, html))


def shady_mail(rng, mb, date, frm, env, host, ip, subject, part, reply_to=None, extra=(), helo=None, spf="softfail",
               dmarc="fail", to=None):
    from_dom = frm.split("@")[-1].rstrip(">")
    sent = S.shady(rng, env, date, host, ip, from_dom, helo=helo, spf=spf, dmarc=dmarc)
    hdrs = h_generic(frm, to or to_addr(mb), subject, date, sent.mid, reply_to=reply_to, extra_after=list(extra))
    return mach(rng, mb, sent, hdrs, part)


def fwd_block(o_from, o_date, o_subject, o_to, o_text):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (o_from, o_date, o_subject, o_to, o_text))
