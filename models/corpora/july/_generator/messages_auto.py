"""Machine mail (and the two inbox-cleaner unsubscribes): auto-replies, loop traps, bounces, vendor
notices, newsletters, list posts, spam/phishing, cold outreach, read receipts, a calendar invite."""
import datetime as dt

from compose import H, outlook_block
from lib import (CDT, UTC, R, addr, auth_std, b64, br_html, d822, esc, hdr_text, leaf, multipart, our_chain, pfdate,
                 quote_gt, rb64, rhex, rstr, ruuid)
from ours import dtc, ours
from providers import transport

AR = "automated: auto-reply"
LOOP = "automated: auto-reply (loop trap)"
BOUNCE = "automated: bounce"
NOTIF = "automated: notification"
CAL = "automated: calendar invitation"
LIST = "automated: list/newsletter"
SPAM = "automated: spam/phishing"
COLD = "automated: cold outreach"
MDN = "automated: read receipt"
UNSUB = "RFC 2369 List-Unsubscribe mailto: from a mail client (marketing opt-out)"

AC = ours("ac", first="there", mid="x0000")
SALE = ours("sale", mid="x0000")


def tx(kind, mailbox, env_from, when, null_rp=False, from_dom=None):
    tr = transport(kind, mailbox, env_from, when, from_dom=from_dom)
    chain = list(tr[0])
    if null_rp:
        chain[0] = "Return-Path: <>"
    return chain, list(tr[1]), tr[2], tr


def ms_ids(tr):
    srv, nn = tr[3], tr[4]
    return srv, nn, f"<{srv}{rhex(28, True)}@{srv}.namprd{nn}.prod.outlook.com>"


def alt(plain, htm, b=None, cs="utf-8", cte="quoted-printable"):
    b = b or f"_000_{rhex(24, True)}_"
    return multipart("alternative", b, [leaf("text/plain", plain, cs, cte), leaf("text/html", htm, cs, cte)])


def simple_html(text):
    return "<html><head></head><body>" + br_html(text.rstrip("\n")) + "</body></html>\n"


def orig_headers(o, rcpt, mailbox_from=None):
    """The headers of one of our messages, as a bounce quotes them."""
    hs = [f"Return-Path: <{o['from_addr']}>",
          f"From: {addr(o['from_disp'], o['from_addr'])}", f"To: {rcpt}", f"Subject: {o['subject']}",
          f"Date: {d822(o['date'], '')}", f"Message-ID: {o['msgid']}", "MIME-Version: 1.0"]
    if o["subject"].startswith("We received your request"):
        hs.insert(5, "Auto-Submitted: auto-replied")
    else:
        hs.append(f"List-Unsubscribe: <mailto:{o['from_addr']}?subject=unsubscribe%20"
                  f"{'PH-2707' if 'PowerHouse' in o['from_disp'] else 'AE-HT-2707'}>")
    hs.append('Content-Type: text/plain; charset="utf-8"')
    return "\n".join(hs) + "\n"


# ====================================================================== builders

def b_sweepr(s):
    when = s["when"]
    c, p, arr, _ = tx("isp", s["mailbox"], s["env"], when, from_dom=s["env"].split("@")[1])
    body = s["text"]
    hs = [H("From", s["from_"]), H("To", s["to"]), H("Subject", s["subject"]), H("Date", d822(when, "")),
          H("Message-ID", f"<{rhex(20)}@{s['env'].split('@')[1]}>"), "Auto-Submitted: auto-generated",
          H("X-Auto-Response-Suppress", "All"), H("MIME-Version", "1.0")] + s.get("extra", [])
    l = leaf("text/plain", body, "us-ascii", None, quote_charset=False)
    return c + p + hs + [l.split("\n\n", 1)[0]], l.split("\n\n", 1)[1], arr


def b_oof_exchange(s):
    """Exchange/Outlook.com out-of-office (Return-Path <>, Auto-Submitted, X-Auto-Response-Suppress)."""
    when, o = s["when"], s["orig"]
    c, p, arr, tr = tx(s.get("kind", "m365"), s["mailbox"], "postmaster@" + s["addr"].split("@")[1], when, null_rp=True,
                       from_dom=s["addr"].split("@")[1])
    srv, nn, mid = ms_ids(tr)
    subj = s["prefix"] + o["subject"]
    plain = s["text"]
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
           + "\n".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in plain.rstrip("\n").split("\n")) + "\n</body>\n</html>\n")
    ct, body = alt(plain, htm, f"_000_{srv}{rhex(16, True)}{srv}namprd{nn}prod_")
    u = when.astimezone(UTC)
    hs = [H("From", addr(s["name"], s["addr"], "b")), H("To", addr(o["from_disp"], o["from_addr"])),
          H("Subject", hdr_text(subj, "b")), H("Thread-Topic", hdr_text(o["subject"], "b")),
          H("Thread-Index", f"AQHb{rb64(30)}=="), H("Date", d822(u, "")), H("Message-ID", mid),
          H("References", o["msgid"]), H("In-Reply-To", o["msgid"]), "Auto-Submitted: auto-generated",
          H("X-Auto-Response-Suppress", "All"), H("Content-Language", s.get("clang", "en-US")),
          "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator:",
          "Content-Type: " + ct.replace("; boundary=", ";\n\tboundary="), H("MIME-Version", "1.0")]
    return c + p + hs, body, arr


def b_gmail_vacation(s):
    when, o = s["when"], s["orig"]
    c, p, arr, _ = tx("google", s["mailbox"], s["addr"], when)
    plain = s["text"]
    htm = '<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in plain.rstrip("\n").split("\n")) + "</div>\n"
    ct, body = multipart("alternative", "000000000000" + rhex(16),
                         [leaf("text/plain", plain, "UTF-8"), leaf("text/html", htm, "UTF-8")])
    hs = [H("MIME-Version", "1.0"), H("References", o["msgid"]), H("In-Reply-To", o["msgid"]),
          "Auto-Submitted: auto-replied", H("From", addr(s["name"], s["addr"])), H("Date", d822(when, "")),
          H("Message-ID", f"<CA{rstr(44)}@mail.gmail.com>"), H("Subject", hdr_text("Re: " + o["subject"])),
          H("To", addr(o["from_disp"], o["from_addr"])), "Content-Type: " + ct]
    return c + p + hs, body, arr


def b_plain_personal(s):
    """Headerless auto-reply: looks like a person's plain message, no Auto-Submitted, no Precedence."""
    when, o = s["when"], s["orig"]
    kind = s.get("kind", "isp")
    c, p, arr, tr = tx(kind, s["mailbox"], s["addr"], when)
    subj = "Re: " + o["subject"]
    if kind in ("m365", "outlookcom"):
        srv, nn, mid = ms_ids(tr)
        plain = s["text"]
        ct, body = alt(plain, simple_html(plain), f"_000_{srv}{rhex(16, True)}{srv}namprd{nn}prod_", "us-ascii")
        hs = [H("From", addr(s["name"], s["addr"])), H("To", addr(o["from_disp"], o["from_addr"])), H("Subject", subj),
              H("Thread-Topic", o["subject"]), H("Thread-Index", f"AQHb{rb64(30)}=="),
              H("Date", d822(when.astimezone(UTC), "")), H("Message-ID", mid), H("References", o["msgid"]),
              H("In-Reply-To", o["msgid"]), H("Content-Language", "en-US"), "X-MS-Has-Attach:",
              "Content-Type: " + ct.replace("; boundary=", ";\n\tboundary="), H("MIME-Version", "1.0")]
        return c + p + hs, body, arr
    hs = [H("Date", d822(when, "")), H("From", addr(s["name"], s["addr"])), H("To", addr(o["from_disp"], o["from_addr"])),
          H("Subject", subj), H("Message-ID", f"<{rhex(16)}.{rhex(8)}@{s['addr'].split('@')[1]}>"),
          H("In-Reply-To", o["msgid"]), H("MIME-Version", "1.0"), 'Content-Type: text/plain; charset="us-ascii"',
          "Content-Transfer-Encoding: 7bit", H("X-Mailer", s.get("mailer", "Open-Xchange Mailer v7.10.6-Rev62"))]
    return c + p + hs, s["text"], arr


def b_sieve_vacation(s):
    when, o = s["when"], s["orig"]
    c, p, arr, _ = tx("isp", s["mailbox"], "postmaster@" + s["addr"].split("@")[1], when, null_rp=True,
                      from_dom=s["addr"].split("@")[1])
    hs = [H("Subject", "Auto: " + o["subject"]), H("From", addr(s["name"], s["addr"])),
          H("To", f"<{o['from_addr']}>"), H("In-Reply-To", o["msgid"]), H("References", o["msgid"]),
          "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk", H("X-Mailer", "Dovecot Pigeonhole"),
          H("Message-ID", f"<dovecot-sieve-{int(when.timestamp())}-{R.randint(100000, 999999)}-0@{s['addr'].split('@')[1]}>"),
          H("Date", d822(when, "")), H("MIME-Version", "1.0"), "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 8bit"]
    return c + p + hs, s["text"], arr


def b_rule_autoack(s):
    """Exchange mailbox-rule auto-answer with its own subject."""
    when, o = s["when"], s["orig"]
    c, p, arr, tr = tx("m365", s["mailbox"], s["addr"], when)
    srv, nn, mid = ms_ids(tr)
    plain = s["text"]
    ct, body = alt(plain, simple_html(plain), f"_000_{srv}{rhex(16, True)}{srv}namprd{nn}prod_", "us-ascii")
    hs = [H("From", addr(s["name"], s["addr"])), H("To", addr(o["from_disp"], o["from_addr"])), H("Subject", s["subject"]),
          H("Thread-Topic", s["subject"]), H("Thread-Index", f"AQHb{rb64(30)}=="), H("Date", d822(when.astimezone(UTC), "")),
          H("Message-ID", mid), H("In-Reply-To", o["msgid"]), "Auto-Submitted: auto-replied",
          H("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"), "X-MS-Has-Attach:",
          H("Content-Language", "en-US"), "Content-Type: " + ct.replace("; boundary=", ";\n\tboundary="), H("MIME-Version", "1.0")]
    return c + p + hs, body, arr


def b_challenge(s):
    when, o = s["when"], s["orig"]
    c, p, arr, _ = tx("isp", s["mailbox"], "bounce@mailguardian.net", when, from_dom="mailguardian.net")
    plain = s["text"]
    htm = simple_html(plain)
    ct, body = alt(plain, htm, f"==MG_{rhex(20)}")
    hs = [H("From", '"MailGuardian Sender Verification" <verify@mailguardian.net>'), H("To", o["from_addr"]),
          H("Subject", f"Re: {o['subject']} - please verify"), H("Date", d822(when, "")),
          H("Message-ID", f"<cr.{rhex(18)}@mailguardian.net>"), H("In-Reply-To", o["msgid"]),
          "Auto-Submitted: auto-replied", H("X-MailGuardian-Challenge", rhex(32)), H("MIME-Version", "1.0"),
          "Content-Type: " + ct]
    return c + p + hs, body, arr


def b_postfix_dsn(s):
    when, o, host, rcpt = s["when"], s["orig"], s["host"], s["rcpt"]
    c, p, arr, _ = tx("isp", s["mailbox"], "", when, null_rp=True, from_dom=host.split(".", 1)[1])
    qid_ = rhex(10, True)
    b = f"{qid_}.{int(when.timestamp())}/{host}"
    notice = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to "
              "postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the "
              "attached returned message.\n\n                   The mail system\n\n"
              f"<{rcpt}>: {s['diag_text']}\n")
    ds = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid_}\nX-Postfix-Sender: rfc822; {o['from_addr']}\n"
          f"Arrival-Date: {pfdate(when - dt.timedelta(seconds=3))}\n\nFinal-Recipient: rfc822; {rcpt}\n"
          f"Original-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {s['status']}\nDiagnostic-Code: {s['diag']}\n")
    parts = ["Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + notice,
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds,
             "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig_headers(o, rcpt)]
    ct, body = multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\n", params="report-type=delivery-status")
    hs = [H("Received", f"by {host} (Postfix)\n\tid {qid_}; {pfdate(when)}"), H("Date", pfdate(when)),
          H("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"), H("Subject", "Undelivered Mail Returned to Sender"),
          H("To", o["from_addr"]), "Auto-Submitted: auto-replied", H("MIME-Version", "1.0"),
          "Content-Type: " + ct.replace('; boundary=', ';\n\tboundary=').replace('"; report-type', '";\n\treport-type'),
          "Content-Transfer-Encoding: 8bit", H("Message-Id", f"<{when.astimezone(UTC):%Y%m%d%H%M%S}.{qid_}@{host}>")]
    return c + p + hs, body, arr


def b_gmail_dsn(s):
    when, o, rcpt = s["when"], s["orig"], s["rcpt"]
    c, p, arr, _ = tx("google", s["mailbox"], "", when, null_rp=True, from_dom="googlemail.com")
    text = (f"\n** Message not delivered **\n\nYour message couldn't be delivered to {rcpt} because the recipient's "
            "inbox is full.\n\nThe response was:\n\n" + s["diag"] + "\n")
    htm = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n'
           '</head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;'
           'background-color:#ffffff;"><tbody>\n<tr><td><h1 style="font-size:24px;">Message not delivered</h1>\n'
           f"<p>Your message couldn't be delivered to <b>{rcpt}</b> because the recipient's inbox is full.</p>\n"
           f'<p style="color:#212121;font-size:14px;">The response was:</p>\n<p style="font-family:monospace">{esc(s["diag"])}</p>\n'
           "</td></tr>\n</tbody></table>\n</body>\n</html>\n")
    inner_ct, inner = multipart("alternative", "000000000000" + rhex(16),
                                [leaf("text/plain", text, "UTF-8"), leaf("text/html", htm, "UTF-8")])
    ds = (f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {d822(when.astimezone(dt.timezone(dt.timedelta(hours=-7))), '', 'PDT')}\n"
          f"X-Original-Message-ID: {o['msgid']}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.2.2\n"
          f"Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.{R.randint(100, 150)}.27, the server for the domain "
          f"gmail.com.)\nDiagnostic-Code: smtp; {s['diag']}\nLast-Attempt-Date: {d822(when.astimezone(dt.timezone(dt.timedelta(hours=-7))), '', 'PDT')}\n")
    parts = ["Content-Type: " + inner_ct + "\n\n" + inner.rstrip("\n") + "\n",
             "Content-Type: message/delivery-status\n\n" + ds,
             "Content-Type: text/rfc822-headers\n\n" + orig_headers(o, rcpt)]
    ct, body = multipart("report", "000000000000" + rhex(16), parts, params="report-type=delivery-status")
    hs = [H("MIME-Version", "1.0"), H("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          H("To", o["from_addr"]), "Auto-Submitted: auto-replied",
          H("Message-ID", f"<{rstr(10)}.{rstr(8)}@mx.google.com>"), H("Date", d822(when, "")),
          H("Subject", "Delivery Status Notification (Failure)"), H("References", o["msgid"]),
          H("In-Reply-To", o["msgid"]), H("X-Failed-Recipients", rcpt), "Content-Type: " + ct]
    return c + p + hs, body, arr


def b_exchange_ndr(s):
    when, o, rcpt = s["when"], s["orig"], s["rcpt"]
    c, p, arr, tr = tx("outlookcom", s["mailbox"], "", when, null_rp=True, from_dom="outlook.com")
    srv, nn, mid = ms_ids(tr)
    text = (f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]} wasn't found at {rcpt.split('@')[1]}.\n\n"
            "customercare   Office 365   " + rcpt.split("@")[0] + "\nAction Required                 Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the "
            "following:\n\n  * Retype the recipient's address, then resend the message.\n\nDiagnostic information for administrators:\n\n"
            f"Generating server: {srv}.namprd{nn}.prod.outlook.com\n\n{rcpt}\nRemote server returned '550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    inner_ct, inner = multipart("alternative", f"_000_{srv}{rhex(16, True)}_", [leaf("text/plain", text, "us-ascii"),
                                                                                 leaf("text/html", simple_html(text), "us-ascii")])
    ds = (f"Reporting-MTA: dns;{srv}.namprd{nn}.prod.outlook.com\nReceived-From-MTA: dns;mx2.alliant-energy.com\n"
          f"Arrival-Date: {d822(when.astimezone(UTC) - dt.timedelta(seconds=2), '')}\n\n"
          f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 "
          "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    parts = ["Content-Type: " + inner_ct + "\n\n" + inner.rstrip("\n") + "\n",
             "Content-Type: message/delivery-status\n\n" + ds,
             "Content-Type: text/rfc822-headers\n\n" + orig_headers(o, rcpt)]
    ct, body = multipart("report", f"_001_{srv}{rhex(16, True)}_", parts, params="report-type=delivery-status")
    hs = [H("From", "Microsoft Outlook <postmaster@outlook.com>"), H("To", o["from_addr"]),
          H("Date", d822(when.astimezone(UTC), "")), "Content-Type: " + ct.replace("; boundary=", ";\n\tboundary="),
          "Content-Language: en-US", H("Message-ID", mid), H("In-Reply-To", o["msgid"]), H("References", o["msgid"]),
          H("Subject", "Undeliverable: " + o["subject"]), "Auto-Submitted: auto-replied", H("MIME-Version", "1.0")]
    return c + p + hs, body, arr


def b_qmail(s):
    when, o, rcpt, host = s["when"], s["orig"], s["rcpt"], s["host"]
    c, p, arr, _ = tx("isp", s["mailbox"], "", when, null_rp=True, from_dom=host.split(".", 1)[1])
    p = [l for l in p if not l.startswith("DKIM")]
    text = (f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
            + orig_headers(o, rcpt) + "\n" + o["text"][:600].rsplit("\n", 1)[0] + "\n")
    hs = [H("Received", f"(qmail {R.randint(10000, 99999)} invoked for bounce); {d822(when.astimezone(UTC), '')}"),
          H("Date", d822(when.astimezone(UTC), "")), H("From", f"MAILER-DAEMON@{host}"), H("To", o["from_addr"]),
          H("Subject", "failure notice")]
    return c + p + hs, text, arr


def b_sendmail_delay(s):
    when, o, rcpt, host = s["when"], s["orig"], s["rcpt"], s["host"]
    c, p, arr, _ = tx("isp", s["mailbox"], "", when, null_rp=True, from_dom=host.split(".", 1)[1])
    p = [l for l in p if not l.startswith("DKIM")]
    qid_ = f"{rstr(6)}{R.randint(100000, 999999)}"
    b = f"{qid_}.{int(when.timestamp())}/{host}"
    text = ("    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
            "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n"
            "The original message was received at " + d822(o["date"], "") + "\nfrom em.alliant-energy.com [10.40.30.5]\n\n"
            "   ----- Transcript of session follows -----\n"
            f"<{rcpt}>... Deferred: Connection timed out with {rcpt.split('@')[1]}.\n"
            "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n")
    ds = (f"Reporting-MTA: dns; {host}\nArrival-Date: {d822(o['date'], '')}\n\nFinal-Recipient: RFC822; {rcpt}\n"
          f"Action: delayed\nStatus: 4.4.1\nRemote-MTA: DNS; mail.{rcpt.split('@')[1]}\n"
          "Last-Attempt-Date: " + d822(when, "") + f"\nWill-Retry-Until: {d822(o['date'] + dt.timedelta(days=5), '')}\n")
    parts = ["Content-Type: text/plain; charset=us-ascii\n\n" + text, "Content-Type: message/delivery-status\n\n" + ds,
             "Content-Type: text/rfc822-headers\n\n" + orig_headers(o, rcpt)]
    ct, body = multipart("report", b, parts, preamble="This is a MIME-encapsulated message\n", params="report-type=delivery-status")
    hs = [H("Received", f"from localhost (localhost)\n\tby {host} (8.17.1/8.17.1) id {qid_};\n\t{d822(when, '')}"),
          H("Date", d822(when, "")), H("From", f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"),
          H("Message-Id", f"<{when:%Y%m%d%H%M}.{qid_}@{host}>"), H("To", o["from_addr"]), "MIME-Version: 1.0",
          "Content-Type: " + ct.replace("; boundary=", ";\n\tboundary="),
          H("Subject", "Warning: could not send message for past 4 hours"), "Auto-Submitted: auto-generated (warning-timeout)"]
    return c + p + hs, body, arr


def b_bulk(s):
    """Newsletters, vendor notices, cold outreach, phishing: one generic shape with options."""
    when = s["when"]
    dom = s["from_addr"].split("@")[1]
    if s.get("auth"):
        c, arr, mx = our_chain(s["mailbox"], s["env"], when, s["relay"][0], s["relay"][1], s["auth"])
        p = []
    else:
        c, p, arr, _ = tx(s.get("kind", "isp"), s["mailbox"], s["env"], when, from_dom=dom)
    plain, htm = s.get("plain"), s.get("html")
    cs = s.get("charset", "utf-8")
    if s.get("attach"):
        aname, adata, actype = s["attach"]
        inner_ct, inner = alt(plain, htm, "alt_" + rhex(20), cs) if plain else (None, None)
        first = ("Content-Type: " + inner_ct + "\n\n" + inner) if plain else leaf("text/html", htm, cs, "base64")
        att = (f'Content-Type: {actype}; name="{aname}"\nContent-Disposition: attachment; filename="{aname}"\n'
               "Content-Transfer-Encoding: base64\n\n" + b64(adata))
        ct, body = multipart("mixed", "mix_" + rhex(20), [first, att])
    elif plain and htm:
        ct, body = alt(plain, htm, s.get("boundary") or ("=_" + rhex(24)), cs, s.get("cte", "quoted-printable"))
    elif htm:
        l = leaf("text/html", htm, cs, s.get("cte", "base64"))
        ct, body = l.split("\n", 1)[0][len("Content-Type: "):], None
        hdrs_, body = l.split("\n\n", 1)
        ct_lines = hdrs_.split("\n")
    else:
        l = leaf("text/plain", plain, cs, s.get("cte", "auto"))
        hdrs_, body = l.split("\n\n", 1)
        ct_lines = hdrs_.split("\n")
    hs = [H("From", s["from_"]), H("To", s.get("to", s["mailbox"] + "@alliant-energy.com")),
          H("Subject", hdr_text(s["subject"], s.get("subj_style", "q"), s.get("subj_cs", "utf-8"))),
          H("Date", d822(when, "")), H("Message-ID", s.get("msgid") or f"<{rhex(24)}@{s.get('mid_dom', dom)}>")]
    hs += s.get("extra", [])
    hs.append(H("MIME-Version", "1.0"))
    if (plain and htm) or s.get("attach"):
        hs.append("Content-Type: " + ct.replace("; boundary=", ";\n\tboundary="))
    else:
        hs += ct_lines
    return c + p + hs, body, arr


def b_mdn_outlook(s):
    when, o = s["when"], s["orig"]
    c, p, arr, tr = tx("m365", s["mailbox"], s["addr"], when)
    srv, nn, mid = ms_ids(tr)
    u = when.astimezone(UTC)
    text = (f"Your message\n\n  To: {s['name']}\n  Subject: {o['subject']}\n  Sent: {o['date']:%A}, {o['date']:%B} "
            f"{o['date'].day}, {o['date'].year} {o['date']:%I:%M:%S %p} (UTC-06:00) Central Time (US & Canada)\n\n"
            f"was read on {when:%A}, {when:%B} {when.day}, {when.year} {when:%I:%M:%S %p} (UTC-06:00) Central Time (US & Canada).\n")
    mdn = (f"Reporting-UA: {srv}.namprd{nn}.prod.outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{s['addr']}\n"
           f"Original-Message-ID: {o['msgid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    parts = ['Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n' + text,
             "Content-Type: message/disposition-notification\n\n" + mdn]
    ct, body = multipart("report", f"_002_{srv}{rhex(16, True)}_", parts, params="report-type=disposition-notification")
    hs = [H("From", addr(s["name"], s["addr"])), H("To", addr(o["from_disp"], o["from_addr"])),
          H("Subject", "Read: " + o["subject"]), H("Thread-Topic", o["subject"].replace("RE: ", "")),
          H("Thread-Index", f"AQHb{rb64(30)}=="), H("Date", d822(u, "")), H("Message-ID", mid), H("References", o["msgid"]),
          H("In-Reply-To", o["msgid"]), H("Content-Language", "en-US"), "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "Content-Type: " + ct.replace("; boundary=", ";\n\tboundary=").replace('"; report-type', '";\n\treport-type'),
          H("MIME-Version", "1.0")]
    return c + p + hs, body, arr


def b_mdn_thunderbird(s):
    when, o = s["when"], s["orig"]
    c, p, arr, _ = tx("isp", s["mailbox"], s["addr"], when)
    text = (f"This is a Return Receipt for the mail that you sent to {s['addr']}.\n\nNote: This Return Receipt only "
            "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the "
            "recipient has read or understood the message contents.\n")
    mdn = (f"Reporting-UA: {s['addr'].split('@')[1]}; Thunderbird 128.12.0\nFinal-Recipient: rfc822;{s['addr']}\n"
           f"Original-Message-ID: {o['msgid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    parts = ["Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 7bit\n\n" + text,
             "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\n"
             "Content-Transfer-Encoding: 7bit\n\n" + mdn,
             "Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Transfer-Encoding: 7bit\n"
             "Content-Disposition: inline\n\n" + f"From: {addr(o['from_disp'], o['from_addr'])}\nTo: {s['addr']}\n"
             f"Subject: {o['subject']}\nDate: {d822(o['date'].astimezone(UTC), '')}\nMessage-ID: {o['msgid']}\n"
             f"Disposition-Notification-To: {addr(o['from_disp'], o['from_addr'])}\n"]
    ct, body = multipart("report", "------------" + rstr(24), parts, preamble="This is a multi-part message in MIME format.",
                         params="report-type=disposition-notification")
    hs = ["Content-Type: " + ct.replace("; boundary=", ";\n boundary=").replace('"; report-type', '";\n report-type'),
          H("Message-ID", f"<{ruuid()}@{s['addr'].split('@')[1]}>"), H("Date", d822(when, "")), H("MIME-Version", "1.0"),
          H("User-Agent", "Mozilla Thunderbird"), H("From", addr(s["name"], s["addr"])), H("Subject", "Return Receipt (displayed) - " + o["subject"]),
          H("To", addr(o["from_disp"], o["from_addr"]))]
    return c + p + hs, body, arr


def b_calendar(s):
    when = s["when"]
    c, p, arr, _ = tx("internal", s["mailbox"], s["addr"], when)
    start, end = s["start"], s["end"]
    uid = "040000008200E00074C5B7101A82E008000000" + rhex(34, True)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\nBEGIN:VTIMEZONE\n"
           "TZID:Central Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\n"
           "TZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\n"
           "END:VTIMEZONE\nBEGIN:VEVENT\n"
           f"ORGANIZER;CN={s['name']}:mailto:{s['addr']}\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer Care Privacy:\n mailto:customercare@alliant-energy.com\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=PowerHouse Catalog:\n mailto:powerhousecatalog@alliant-energy.com\n"
           f"DESCRIPTION;LANGUAGE=en-US:{s['desc_ics']}\n"
           f"UID:{uid}\nSUMMARY;LANGUAGE=en-US:{s['subject']}\n"
           f"DTSTART;TZID=Central Standard Time:{start:%Y%m%dT%H%M%S}\nDTEND;TZID=Central Standard Time:{end:%Y%m%dT%H%M%S}\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:" + f"{when.astimezone(UTC):%Y%m%dT%H%M%SZ}\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\n"
           "SEQUENCE:0\nLOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nBEGIN:VALARM\nDESCRIPTION:REMINDER\n"
           "TRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    plain = s["desc"]
    parts = [leaf("text/plain", plain, "utf-8", "quoted-printable"), leaf("text/html", simple_html(plain), "utf-8", "quoted-printable"),
             leaf("text/calendar", ics.replace("\n", "\r\n"), "utf-8", "base64", ctype_params="method=REQUEST")]
    ct, body = multipart("alternative", f"_000_{rhex(30, True)}_", parts)
    u = when.astimezone(UTC)
    hs = [H("From", addr(s["name"], s["addr"])),
          H("To", "Customer Care Privacy <customercare@alliant-energy.com>, PowerHouse Catalog\n\t<powerhousecatalog@alliant-energy.com>"),
          H("Subject", s["subject"]), H("Thread-Topic", s["subject"]), H("Thread-Index", f"AdvW{rb64(26)}=="),
          H("Date", d822(u, "")), H("Message-ID", f"<BL1PR04MB{R.randint(1000, 9999)}{rhex(24, True)}@BL1PR04MB7312.namprd04.prod.outlook.com>"),
          H("Content-Language", "en-US"), "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", H("x-ms-exchange-calendar-series-instance-id", "BAAAAJ" + rb64(40)),
          "Content-Type: " + ct.replace("; boundary=", ";\n\tboundary="), H("MIME-Version", "1.0")]
    return c + p + hs, body, arr


BUILDERS = {"sweepr": b_sweepr, "oof": b_oof_exchange, "gvac": b_gmail_vacation, "plainauto": b_plain_personal,
            "sieve": b_sieve_vacation, "ruleack": b_rule_autoack, "challenge": b_challenge, "pfdsn": b_postfix_dsn,
            "gdsn": b_gmail_dsn, "ndr": b_exchange_ndr, "qmail": b_qmail, "delay": b_sendmail_delay, "bulk": b_bulk,
            "mdn_ol": b_mdn_outlook, "mdn_tb": b_mdn_thunderbird, "cal": b_calendar}

ACK_AP = ours("ack", num="CC-2027-07-00425", date=dtc(7, 8, 8, 13, 5))
ACK_ALAN = ours("ack", num="CC-2027-07-00426", date=dtc(7, 8, 10, 38, 22))
ACK_JORGE = ours("ack", num="CC-2027-07-00427", date=dtc(7, 8, 16, 21, 3))
ACK_STEVEN = ours("ack", num="CC-2027-07-00449", date=dtc(7, 13, 21, 11, 14))
ACK_WELTER = ours("ack", num="CC-2027-07-00452", date=dtc(7, 14, 10, 41, 30))

NEWS1_PLAIN = """PRIVACY PRACTITIONERS NETWORK | THIS WEEK IN PRIVACY | July 7, 2027

1. State roundup: two more states add "do not sell or share" rights for
   household data, including utility usage
2. Webinar July 21: Handling opt-outs across affiliated brands
3. Case note: a retailer fined for ignoring list-rental opt-outs
4. Job board: 14 new privacy analyst roles in the Midwest

Read online: https://ppn-news.org/weekly/2027-07-07

You are receiving this newsletter as a member of the Privacy Practitioners
Network. Unsubscribe: https://ppn-news.org/u/9f2c1a
Privacy Practitioners Network, 1200 G Street NW, Suite 800, Washington, DC 20005
"""

NEWS2_PLAIN = """MIDWEST UTILITY DIGEST - Wednesday, July 14, 2027

DERECHO HITS IOWA, ILLINOIS: more than 400,000 customers lost power Tuesday
as a line of storms with 90+ mph gusts crossed the region. Mutual-aid crews
from six states are on the way.

ALSO IN THIS ISSUE
- Heat wave pushes MISO to a new July peak
- Regulators open docket on summer disconnection rules
- Smart-thermostat programs: what July 2026 taught us

Manage your subscription: https://mwutilitydigest.com/prefs
Midwest Utility Digest, 330 W Monroe St, Chicago, IL 60606
"""

LISTPOST = """Hi all,

Question for those of you whose companies run a catalog or retail
subsidiary: how are you handling "do not sell or share" requests that come
in to the parent company's general privacy mailbox? We get a lot of
"don't share my name" mail at the utility address that is really about the
catalog list exchange, and a few that opt out of everything.

Right now we forward them by hand. Is anyone matching these against the
catalog's suppression file automatically? Any gotchas with list-rental
partners who have already pulled a file?

Thanks,
Dana Whitfield
Privacy Program Manager, Great Plains Gas & Electric

--
util-privacy mailing list
util-privacy@lists.utilityprivacy.org
https://lists.utilityprivacy.org/mailman/listinfo/util-privacy
"""

MAILHOUSE = """Hi PowerHouse team,

Attached below is the merge/purge summary for the Fall 2027 catalog drop
(job HD-27-0914), run July 11 against the house file you sent June 30.

  Input records, house file ............ 412,806
  Rental/exchange input (3 lists) ...... 188,240
  Duplicates removed ...................  61,117
  DMA Choice suppression ...............   9,402
  House "do not mail" flags ............   6,871
  House "do not share/exchange" flags ..  14,233 (kept for mailing, excluded
                                                   from the exchange output)
  Deceased / NCOA moves ................   7,958
  Net mailable ......................... 501,465

The exchange output file will not include any record carrying a
do-not-share flag. Please send any late suppressions by July 20 so we can
rerun before the file goes to the printer.

Thanks,
Melissa Kray
Account Manager | Heartland Direct Mailing Services
Cedar Falls, IA | 319-555-0190
"""

CRM = """Your scheduled report is ready.

Report:    Privacy opt-outs - weekly (customercare + powerhousecatalog)
Schedule:  Mondays 6:00 AM CT
Rows:      214
Format:    CSV

Download (link expires in 7 days):
https://alliant.relatiacrm.com/reports/dl/7f3e0c9b2a

This is an automated message from Relatia CRM. Please do not reply.
To change this schedule, open Reports > Scheduled in Relatia.
"""

ESP = """Campaign summary: Beat the heat: $100 back on a smart AC tune-up (AE-HT-2707)

Sent:            Tue, Jul 6, 2027 9:02 AM CT
Recipients:      418,220
Delivered:       413,906 (99.0%)
Bounced:         4,314 (1,982 hard)
Opens:           151,880 (36.7%)
Clicks:          9,412 (2.3%)
Unsubscribes:    1,207 (0.29%) - via link 892, via List-Unsubscribe 315
Spam complaints: 61

Replies to the campaign go to customercare@alliant-energy.com.

View the full report in SendCraft: https://app.sendcraft.io/c/88412/report
You receive campaign summaries because you are a SendCraft account user.
"""

QUAR = """Microsoft 365 security

You have 3 new messages in quarantine

Review these messages within 30 days of when they were received.

Sender: invoices@remit-portal-docs.com
Subject: Remittance advice July - PAID
Date: 7/14/2027 11:52 PM

Sender: no-reply@fedex-redelivery-center.com
Subject: Your package delivery failed - action required
Date: 7/14/2027 4:18 PM

Sender: promo@bestsolarquotes.net
Subject: Alliant customers: solar quotes in your area
Date: 7/14/2027 9:07 AM

Review messages: https://security.microsoft.com/quarantine
This is a system-generated notification. Please do not reply.
"""

PHISH1_HTML = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<table width="100%" style="max-width:560px"><tr><td>
<p style="font-size:20px;color:#0078d4">Microsoft 365</p>
<p>Your mailbox <b>customercare@alliant-energy.com</b> has reached 99% of its storage limit.</p>
<p>Incoming messages for this account are being held. To avoid losing mail, verify your account now and we will
upgrade your storage at no charge.</p>
<p><a href="https://m365-storage-upgrade.web.app/verify?u=customercare%40alliant-energy.com"
style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">Verify and keep my messages</a></p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
"""

PHISH4_HTML = """<html><body>
<div style="font-family:Arial;max-width:520px">
<img src="https://usps-track-redelivery.info/logo.png" alt="USPS" width="120">
<h2>Your package could not be delivered</h2>
<p>We attempted to deliver your package on 07/15/2027 but the address label was incomplete.</p>
<p>Tracking number: <b>US9514901185421</b></p>
<p>To schedule redelivery, please confirm your address and pay the $1.99 redelivery fee within 48 hours.</p>
<p><a href="https://usps-track-redelivery.info/confirm">Schedule redelivery</a></p>
<p style="font-size:10px">This is an automated message. Do not reply.</p>
</div></body></html>
"""

SPAM_ES = """¡Felicidades!

Usted ha sido seleccionado(a) para recibir una tarjeta de regalo de $500
para su próxima compra en tiendas participantes.

Para reclamar su premio solo tiene que completar una breve encuesta de
3 preguntas antes del 20 de julio.

Reclame aquí: http://premios-verano-2027.top/r/88213

Si no desea recibir más ofertas, responda con BAJA.
"""

SEO = """Hi there,

I was looking at alliant-energy.com and noticed a few quick wins that could
bring you a lot more organic traffic:

  - 37 pages with missing meta descriptions
  - Slow mobile load time (6.1s)
  - Only 12 referring domains for "home energy savings"

We help brands like yours rank on page 1 within 90 days. Would you be open
to a quick 15-minute call this week? I can send over a free audit.

Best,
Jason Miller
Growth Consultant, RankLift Digital

If you don't want to hear from me again, just reply "no thanks".
"""

BROKER = """Hello PowerHouse Catalog team,

With fall mailings being planned, I wanted to reach out about our Summer 2027
co-op database: 2.4 million verified catalog buyers (home & garden, outdoor
living, small appliances), 12-month hotline names available now.

We also run exchanges: swap 50,000 of your names for 50,000 of ours at no
cost, merge/purge included. All names are screened against DMA Choice and
your own opt-out and do-not-share suppression file.

Could we set up a call next week to talk counts?

Kind regards,
Brent Osterhaus
Senior List Manager, Prairie Data Co-op
402-555-0166
"""

VENDOR_NL = """LAKESIDE OUTDOOR WHOLESALE - July product update for catalog partners

New for fall:
  * Solar string lights, warm white, 48 ft - case pack 6
  * Folding fire pit, 30" - case pack 2
  * Insulated cooler backpack - case pack 12

Summer close-outs up to 35% off while supplies last.

Log in to the dealer portal to order: https://dealers.lakesideoutdoor.com
You're receiving this because you are a Lakeside dealer account contact.
Unsubscribe: https://dealers.lakesideoutdoor.com/unsubscribe?c=PH-2231
"""

INVOICE_HTML = """<html><body style="font-family:Calibri,Arial">
<p>Hello,</p>
<p>Please find attached remittance advice for invoice #INV-071227 (payment released 07/12/2027).</p>
<p>Open the attached document to review the payment details. You may be asked to sign in with your
e-mail account to view the secure file.</p>
<p>Regards,<br>Accounts Payable Department</p>
</body></html>
"""

INVOICE_ATTACH = """<html><head><title>Secure Document</title></head><body>
<script>window.location='https://docs-secure-remit.page/auth?e=powerhousecatalog%40alliant-energy.com'</script>
<p>Loading secure document...</p></body></html>
"""


AUTO = [
    # ------------------------------------------------------------------ inbox-cleaner unsubscribes (human, Auto-Submitted)
    dict(id="u06", cat=UNSUB, spec="inbox-cleaning service (Sweepr) sends the unsubscribe, Auto-Submitted", lang="en",
         prog="Sweepr (inbox cleaner)", mailbox="customercare", at="07-07 03:00:41", builder="sweepr",
         env="unsubscribe@relay.sweepr.app", from_="Nora Fitzgerald via Sweepr <unsubscribe@relay.sweepr.app>", to="customercare@alliant-energy.com",
         subject="unsubscribe AE-HT-2707",
         text=("Unsubscribe request\n\nThis request was sent by Sweepr on behalf of a Sweepr user (nfitz.home@gmail.com)\n"
               "who chose to unsubscribe from mail sent by Alliant Energy <customercare@alliant-energy.com>.\n\n"
               "Please remove the address above from this mailing list. This mailbox does not\naccept replies.\n"),
         extra=[H("X-Sweepr-Request-ID", "swp_7e2a91c04b")],
         automated=False, labels=["marketing_opt_out"], ack=None,
         note="software unsubscribing for a person: human opt-out, but it carries Auto-Submitted so no ack (RFC 3834)"),
    dict(id="u09", cat=UNSUB, spec="InboxZen unsubscribe for Summer Sale, Auto-Submitted", lang="en",
         prog="InboxZen (inbox cleaner)", mailbox="powerhousecatalog", at="07-10 02:14:09", builder="sweepr",
         env="noreply@unsub.inboxzen.io", from_="InboxZen <noreply@unsub.inboxzen.io>", to="powerhousecatalog@alliant-energy.com", subject="unsubscribe PH-2707",
         text=("This is an unsubscribe request generated by InboxZen for the subscriber\nmpaulsen.home@yahoo.com.\n\n"
               "The subscriber no longer wishes to receive these messages.\n\n--\nInboxZen - a calmer inbox. https://inboxzen.io\n"),
         extra=[H("X-InboxZen-Job", "iz-55310-b")],
         automated=False, labels=["marketing_opt_out"], ack=None,
         note="inbox cleaner unsubscribing from the catalog e-mail: marketing opt-out (not sharing), Auto-Submitted so ack null"),

    # ------------------------------------------------------------------ auto-replies to promotions
    dict(id="a01", cat=AR, spec="Exchange out-of-office to AC promo", lang="en", prog="Exchange Online OOF",
         mailbox="customercare", at="07-06 09:03:02", builder="oof", name="Brian Kettmann",
         addr="bkettmann@hilltopinsurance.com", orig=ours("ac", first="Brian", mid="bk001"), prefix="Automatic reply: ",
         text=("I am out of the office July 2 - July 12 with limited access to email. For anything urgent please "
               "contact Jenna Sauer at 563-555-0149.\n\nThanks,\nBrian\n")),
    dict(id="a02", cat=AR, spec="Gmail vacation responder to Summer Sale", lang="en", prog="Gmail vacation responder",
         mailbox="powerhousecatalog", at="07-08 10:00:58", builder="gvac", name="Lorinda Schmitt",
         addr="lorinda.schmitt@gmail.com", orig=ours("sale", mid="ls001"),
         text="Hi! We're up at the cabin until July 20 with spotty service. I'll get back to you when we're home.\n-Lorinda\n"),
    dict(id="a03", cat=AR, spec="headerless 'mailbox no longer monitored' from a graduate's college account", lang="en",
         prog="Microsoft 365 (transport rule)", mailbox="customercare", at="07-06 09:03:40", builder="plainauto",
         kind="m365", name="Sara Johansen", addr="sjohansen27@cornellcollege.edu", orig=ours("ac", first="Sara", mid="sj001"),
         text=("This mailbox is no longer monitored. Sara graduated in May 2027 and this address will be closed on "
               "August 31, 2027. Please update your records.\n")),
    dict(id="a04", cat=AR, spec="Spanish Exchange out-of-office to the Spanish promo", lang="es", prog="Exchange Online OOF",
         mailbox="customercare", at="07-06 09:03:19", builder="oof", name="María Elena García",
         addr="megarcia@garciaconstruccion.com", orig=ours("ac_es", first="María Elena", mid="mg001"),
         prefix="Respuesta automática: ", clang="es-MX",
         text=("Gracias por su mensaje. Estoy de vacaciones del 2 al 19 de julio con acceso limitado al correo. "
               "Para asuntos urgentes comuníquese a la oficina al 563-555-0121.\n\nMaría Elena García\n")),
    dict(id="a05", cat=AR, spec="Sieve vacation reply to Summer Sale (Auto-Submitted: auto-replied (vacation))", lang="en",
         prog="Dovecot Pigeonhole vacation", mailbox="powerhousecatalog", at="07-08 10:01:30", builder="sieve",
         name="Dennis Koopman", addr="dkoopman@netins.net", orig=ours("sale", mid="dk001"),
         text="We are traveling until July 24 and checking e-mail only now and then.\n\n-- Dennis & Karen\n"),

    # ------------------------------------------------------------------ loop traps: auto-replies to our acknowledgement
    dict(id="l01", cat=LOOP, spec="AP mailbox rule auto-confirmation answering our ack", lang="en",
         prog="Exchange mailbox rule", mailbox="customercare", at="07-08 08:13:31", builder="ruleack",
         name="Cedar Valley Millwork AP", addr="ap@cedarvalleymillwork.com", orig=ACK_AP,
         subject="Cedar Valley Millwork AP - Message Received",
         text=("Thank you for contacting Cedar Valley Millwork Accounts Payable. This is an automated confirmation that "
               "your e-mail was received.\n\nInvoices are processed on Tuesdays and Fridays. Please do not reply to this "
               "message.\n")),
    dict(id="l02", cat=LOOP, spec="bilingual Outlook.com out-of-office answering our ack", lang="mixed",
         prog="Outlook.com OOF", mailbox="customercare", at="07-08 16:21:44", builder="oof", kind="outlookcom",
         name="Jorge Villaseñor", addr="jvillasenor@outlook.com", orig=ACK_JORGE, prefix="Respuesta automática: ",
         clang="es-MX",
         text=("Estoy fuera de la oficina hasta el 19 de julio. / I am out of the office until July 19.\n\n"
               "Para asuntos urgentes / for urgent matters: 319-555-0152\n")),
    dict(id="l03", cat=LOOP, spec="headerless vacation note answering our ack (ISP webmail)", lang="en",
         prog="ISP webmail vacation (no Auto-Submitted)", mailbox="customercare", at="07-08 10:38:40",
         builder="plainauto", name="Alan Whitcomb", addr="awhitcomb@netins.net", orig=ACK_ALAN,
         text="I am away from my email until July 21 and will reply when I return.\n\nAlan Whitcomb\n"),
    dict(id="l04", cat=LOOP, spec="challenge-response 'please verify' answering our ack", lang="en",
         prog="MailGuardian challenge-response", mailbox="customercare", at="07-13 21:11:39", builder="challenge",
         orig=ACK_STEVEN,
         text=("Hello,\n\nYou sent a message to skaczmarek@windstream.net. This address is protected by MailGuardian.\n\n"
               "To have your message delivered, please click the link below to confirm that you are a person and not "
               "a computer:\n\nhttps://verify.mailguardian.net/c/8b41e0f2a7\n\nYour original message will be held for 7 "
               "days. You only need to do this once.\n")),

    # ------------------------------------------------------------------ bounces
    dict(id="d01", cat=BOUNCE, spec="Postfix DSN: AC promo, user unknown", lang="en", prog="Postfix bounce",
         mailbox="customercare", at="07-06 09:04:11", builder="pfdsn", host="mx2.iowatelecom.net",
         rcpt="rlbauer@iowatelecom.net", orig=ours("ac", first="Ray", mid="rb001"), status="5.1.1",
         diag="x-unix; user unknown", diag_text="unknown user: \"rlbauer\""),
    dict(id="d02", cat=BOUNCE, spec="Gmail DSN: Summer Sale, recipient inbox full", lang="en", prog="Gmail DSN",
         mailbox="powerhousecatalog", at="07-08 10:01:47", builder="gdsn", rcpt="barbhollis1961@gmail.com",
         orig=ours("sale", mid="bh001"),
         diag="552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to "
              "https://support.google.com/mail/?p=OverQuotaPerm"),
    dict(id="d03", cat=BOUNCE, spec="Outlook.com NDR for our acknowledgement", lang="en", prog="Exchange Online NDR",
         mailbox="customercare", at="07-14 10:41:36", builder="ndr", rcpt="jwelter1959@hotmail.com", orig=ACK_WELTER),
    dict(id="d04", cat=BOUNCE, spec="qmail failure notice without MIME-Version (AC promo)", lang="en", prog="qmail bounce",
         mailbox="customercare", at="07-06 09:06:52", builder="qmail", host="mta1.myoldisp.net",
         rcpt="kvandyke@myoldisp.net", orig=ours("ac", first="Kathy", mid="kv001")),
    dict(id="d05", cat=BOUNCE, spec="sendmail delay warning (Summer Sale)", lang="en", prog="sendmail DSN",
         mailbox="powerhousecatalog", at="07-08 14:05:10", builder="delay", host="mail.dbqcoop.net",
         rcpt="orders@hillcresthardware.net", orig=ours("sale", mid="hh001")),

    # ------------------------------------------------------------------ vendor / system notifications
    dict(id="v01", cat=NOTIF, spec="mail house merge/purge + do-not-share suppression report", lang="en",
         prog="vendor (Outlook)", mailbox="powerhousecatalog", at="07-12 07:02:18", builder="bulk",
         from_="Melissa Kray <mkray@heartlanddirect.com>", from_addr="mkray@heartlanddirect.com",
         env="mkray@heartlanddirect.com", subject="PH Fall 2027 drop - merge/purge & do-not-share suppression summary",
         plain=MAILHOUSE, html=simple_html(MAILHOUSE), kind="m365",
         note="vendor report full of 'do not share' and 'suppression' wording; a person wrote it but it is partner system mail"),
    dict(id="v02", cat=NOTIF, spec="CRM scheduled export ready", lang="en", prog="Relatia CRM", mailbox="customercare",
         at="07-12 06:00:07", builder="bulk", from_="Relatia CRM <noreply@notify.relatiacrm.com>",
         from_addr="noreply@notify.relatiacrm.com", env="bounces+88412@notify.relatiacrm.com",
         subject="Scheduled report ready: Privacy opt-outs - weekly", plain=CRM,
         extra=["Auto-Submitted: auto-generated", H("X-Auto-Response-Suppress", "All")]),
    dict(id="v03", cat=NOTIF, spec="ESP campaign summary for the AC promo", lang="en", prog="SendCraft ESP",
         mailbox="customercare", at="07-07 09:05:44", builder="bulk", from_="SendCraft Reports <reports@sendcraft.io>",
         from_addr="reports@sendcraft.io", env="bounce-r7c2@mail.sendcraft.io",
         subject="Campaign summary: Beat the heat (AE-HT-2707) - 24 hours", plain=ESP, html=simple_html(ESP),
         extra=["Auto-Submitted: auto-generated", "Precedence: bulk"]),
    dict(id="v04", cat=NOTIF, spec="Microsoft 365 quarantine digest", lang="en", prog="Microsoft 365",
         mailbox="customercare", at="07-15 08:00:12", builder="bulk",
         from_="Microsoft 365 security <quarantine@messaging.microsoft.com>", from_addr="quarantine@messaging.microsoft.com",
         env="quarantine@messaging.microsoft.com", subject="You have 3 new messages in quarantine", plain=QUAR,
         html=simple_html(QUAR), kind="m365", extra=["Auto-Submitted: auto-generated", H("X-MS-Exchange-Generated-Message-Source", "Quarantine Digest")]),
    dict(id="c01", cat=CAL, spec="internal Teams meeting invitation (text/calendar)", lang="en", prog="Outlook (calendar)",
         mailbox="customercare", at="07-09 14:02:51", builder="cal", name="Megan Holtz", addr="megan.holtz@alliant-energy.com",
         subject="Privacy team: July opt-out backlog and derecho mail", start=dtc(7, 14, 10, 0).replace(tzinfo=None),
         end=dtc(7, 14, 10, 30).replace(tzinfo=None),
         desc=("Quick sync on the AC tune-up promo replies, the Summer Sale do-not-share requests and the outage-alert "
               "replies landing in customercare.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_aE\n"),
         desc_ics="Quick sync on the AC tune-up promo replies\\, the Summer Sale do-not-share requests\\n and the outage-alert replies."),

    # ------------------------------------------------------------------ newsletters, list traffic
    dict(id="w01", cat=LIST, spec="privacy association weekly newsletter", lang="en", prog="newsletter (Mailchimp-like)",
         mailbox="customercare", at="07-07 06:30:05", builder="bulk",
         from_="Privacy Practitioners Network <news@ppn-news.org>", from_addr="news@ppn-news.org",
         env="bounce-mc.us21_118.9f2c1a@mail187.ppn-news.org", subject="This Week in Privacy: do-not-share rights for utility data",
         plain=NEWS1_PLAIN, html=simple_html(NEWS1_PLAIN),
         extra=[H("List-Unsubscribe", "<https://ppn-news.org/u/9f2c1a>, <mailto:unsubscribe@ppn-news.org?subject=unsubscribe>"),
                H("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), H("List-Id", "PPN Weekly <weekly.ppn-news.org>"),
                "Precedence: bulk"]),
    dict(id="w02", cat=LIST, spec="trade newsletter covering the derecho", lang="en", prog="newsletter",
         mailbox="customercare", at="07-14 07:15:30", builder="bulk",
         from_="Midwest Utility Digest <digest@mwutilitydigest.com>", from_addr="digest@mwutilitydigest.com",
         env="digest-bounces@mwutilitydigest.com", subject="Derecho knocks out power to 400,000; MISO sets July peak",
         plain=NEWS2_PLAIN, html=simple_html(NEWS2_PLAIN),
         extra=[H("List-Unsubscribe", "<https://mwutilitydigest.com/prefs?u=ae77>"), H("List-Id", "<daily.mwutilitydigest.com>"),
                "Precedence: list"]),
    dict(id="w03", cat=LIST, spec="mailing-list post about do-not-sell requests (person wrote it)", lang="en",
         prog="Mailman 3 list", mailbox="customercare", at="07-12 11:48:22", builder="bulk",
         from_="Dana Whitfield <dwhitfield@greatplainsge.com>", from_addr="dwhitfield@greatplainsge.com",
         env="util-privacy-bounces@lists.utilityprivacy.org", to="util-privacy@lists.utilityprivacy.org",
         subject="[util-privacy] Catalog subsidiary and \"do not share\" requests", plain=LISTPOST,
         mid_dom="greatplainsge.com",
         extra=[H("List-Id", "Utility privacy practitioners <util-privacy.lists.utilityprivacy.org>"),
                H("List-Post", "<mailto:util-privacy@lists.utilityprivacy.org>"),
                H("List-Unsubscribe", "<mailto:util-privacy-leave@lists.utilityprivacy.org>"),
                H("Sender", "util-privacy-bounces@lists.utilityprivacy.org"), "Precedence: list",
                H("X-BeenThere", "util-privacy@lists.utilityprivacy.org")],
         note="list traffic: a person wrote it and it says 'do not share', but it is a mailing-list post"),
    dict(id="w04", cat=LIST, spec="supplier's dealer newsletter to the catalog mailbox", lang="en", prog="newsletter",
         mailbox="powerhousecatalog", at="07-19 09:00:40", builder="bulk",
         from_="Lakeside Outdoor Wholesale <dealers@lakesideoutdoor.com>", from_addr="dealers@lakesideoutdoor.com",
         env="bounces@mail.lakesideoutdoor.com", to="powerhousecatalog@alliant-energy.com",
         subject="July product update: new fall items + summer close-outs", plain=VENDOR_NL, html=simple_html(VENDOR_NL),
         extra=[H("List-Unsubscribe", "<https://dealers.lakesideoutdoor.com/unsubscribe?c=PH-2231>"), "Precedence: bulk"]),

    # ------------------------------------------------------------------ spam / phishing
    dict(id="p01", cat=SPAM, spec="Microsoft 365 'mailbox full' phishing, HTML only base64", lang="en", prog="phishing kit",
         mailbox="customercare", at="07-08 03:12:55", builder="bulk",
         from_="\"Microsoft 365 Admin\" <admin@m365-mailcenter.com>", from_addr="admin@m365-mailcenter.com",
         env="www-data@vps-4481.hostingbox.ru", subject="Action required: customercare@alliant-energy.com storage 99% full",
         html=PHISH1_HTML, relay=("vps-4481.hostingbox.ru", "203.0.113.77"),
         auth=["dkim=none", "spf=softfail (mx1.alliant-energy.com: domain of transitioning www-data@vps-4481.hostingbox.ru "
               "does not designate 203.0.113.77 as permitted sender) smtp.mailfrom=www-data@vps-4481.hostingbox.ru",
               "dmarc=none header.from=m365-mailcenter.com"], extra=[H("X-Priority", "1 (Highest)")]),
    dict(id="p02", cat=SPAM, spec="fake remittance advice with .htm attachment", lang="en", prog="phishing kit",
         mailbox="powerhousecatalog", at="07-10 04:40:17", builder="bulk",
         from_="Accounts Payable <ap-remit@remit-portal-docs.com>", from_addr="ap-remit@remit-portal-docs.com",
         env="ap-remit@remit-portal-docs.com", subject="Remittance advice #INV-071227 - PAID",
         html=INVOICE_HTML, plain=None, attach=("Remittance_Advice_0712.htm", INVOICE_ATTACH, "text/html"),
         relay=("mail.remit-portal-docs.com", "198.51.100.203"),
         auth=["dkim=none", "spf=pass (mx2.alliant-energy.com: domain of ap-remit@remit-portal-docs.com designates "
               "198.51.100.203 as permitted sender) smtp.mailfrom=ap-remit@remit-portal-docs.com",
               "dmarc=none header.from=remit-portal-docs.com"]),
    dict(id="p03", cat=SPAM, spec="Spanish gift-card spam, iso-8859-1, 'responda con BAJA'", lang="es", prog="spam",
         mailbox="customercare", at="07-13 02:22:48", builder="bulk",
         from_="Premios de Verano <premios@ofertas-verano-mx.top>", from_addr="premios@ofertas-verano-mx.top",
         env="premios@ofertas-verano-mx.top", subject="¡Felicidades! Usted ha sido seleccionado(a)", plain=SPAM_ES,
         charset="iso-8859-1", cte="quoted-printable", subj_style="b", subj_cs="iso-8859-1",
         relay=("srv1.ofertas-verano-mx.top", "203.0.113.140"),
         auth=["dkim=none", "spf=neutral (mx1.alliant-energy.com: 203.0.113.140 is neither permitted nor denied by domain of "
               "premios@ofertas-verano-mx.top) smtp.mailfrom=premios@ofertas-verano-mx.top",
               "dmarc=none header.from=ofertas-verano-mx.top"],
         note="spam that itself says 'responda con BAJA'; no request from us to anyone"),
    dict(id="p04", cat=SPAM, spec="USPS redelivery phishing, HTML only", lang="en", prog="phishing kit",
         mailbox="customercare", at="07-18 05:55:30", builder="bulk",
         from_="USPS Delivery <no-reply@usps-track-redelivery.info>", from_addr="no-reply@usps-track-redelivery.info",
         env="bounce@usps-track-redelivery.info", subject="USPS: Your package could not be delivered",
         html=PHISH4_HTML, cte="quoted-printable", relay=("mx.usps-track-redelivery.info", "198.51.100.88"),
         auth=["dkim=pass header.d=usps-track-redelivery.info header.s=s1", "spf=pass smtp.mailfrom=usps-track-redelivery.info",
               "dmarc=pass (p=none dis=none) header.from=usps-track-redelivery.info"]),

    # ------------------------------------------------------------------ cold outreach
    dict(id="k01", cat=COLD, spec="SEO outreach 'quick question about alliant-energy.com'", lang="en", prog="Gmail (Workspace)",
         mailbox="customercare", at="07-09 09:30:12", builder="bulk", kind="google",
         from_="Jason Miller <jason@rankliftdigital.com>", from_addr="jason@rankliftdigital.com",
         env="jason@rankliftdigital.com", subject="Quick question about alliant-energy.com", plain=SEO, html=simple_html(SEO),
         mid_dom="mail.gmail.com",
         note="cold sales; 'reply no thanks' wording is not a request to us"),
    dict(id="k02", cat=COLD, spec="list broker pitching a co-op exchange, mentions do-not-share suppression", lang="en",
         prog="Outlook (vendor)", mailbox="powerhousecatalog", at="07-13 10:15:33", builder="bulk", kind="m365",
         from_="Brent Osterhaus <bosterhaus@prairiedatacoop.com>", from_addr="bosterhaus@prairiedatacoop.com",
         env="bosterhaus@prairiedatacoop.com", subject="Summer co-op names + free exchange for PowerHouse",
         plain=BROKER, html=simple_html(BROKER),
         note="cold outreach about list exchange; words 'opt-out' and 'do-not-share' do not make it a request"),

    # ------------------------------------------------------------------ read receipts
    dict(id="r01", cat=MDN, spec="Outlook read receipt for a staff reply", lang="en", prog="Outlook (MDN)",
         mailbox="customercare", at="07-07 10:50:26", builder="mdn_ol", name="Craig Huebsch",
         addr="craig@huebschproperties.com", orig=ours("staff_tenant")),
    dict(id="r02", cat=MDN, spec="Thunderbird return receipt for a staff reply from the catalog mailbox", lang="en",
         prog="Thunderbird (MDN)", mailbox="powerhousecatalog", at="07-09 18:44:03", builder="mdn_tb",
         name="Gary Rasmussen", addr="garyras@mchsi.com", orig=ours("staff_sharing")),
]
