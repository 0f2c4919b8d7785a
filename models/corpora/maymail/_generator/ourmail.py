"""Header blocks and full copies of our own outgoing mail, for bounces and receipts."""
import datetime
import html

from mimekit import (CDT, UTC, ew, rfc_date, rand_b64, rand_hex, rng_for, qp, fold_line, epoch)
from transport import dkim_sig

MAILOUT = ("mailout02.alliant-energy.com", "198.51.100.62")


def our_header_lines(q, rcpt, by_host=None, by_time=None, by_id=None, boundary=None, received=None):
    r = rng_for("ourhdr|" + q["msgid"] + "|" + rcpt)
    lines = []
    if received:
        lines.extend(("Received", v) for v in received)
    elif by_host:
        lines.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            MAILOUT[0], MAILOUT[0], MAILOUT[1], by_host, by_id or rand_hex(r, 10, True), rcpt,
            rfc_date(by_time or (q["date"] + datetime.timedelta(seconds=90)), CDT, True))))
    is_ack = q["subject"].startswith("We received your request")
    sel = "cc2027" if is_ack or "alerts" in q["from_addr"] else "mkt2027"
    lines.append(("DKIM-Signature", dkim_sig(r, "alliant-energy.com", sel, epoch(q["date"]),
                                             "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", b_len=172)))
    lines.append(("From", q["from"]))
    lines.append(("To", rcpt))
    if q.get("reply_to"):
        lines.append(("Reply-To", "Alliant Energy Customer Care <%s>" % q["reply_to"]))
    lines.append(("Subject", ew(q["subject"])))
    lines.append(("Date", rfc_date(q["date"])))
    lines.append(("Message-ID", q["msgid"]))
    if q.get("in_reply_to"):
        lines.append(("In-Reply-To", q["in_reply_to"]))
        lines.append(("References", q["in_reply_to"]))
    if q.get("auto_submitted"):
        lines.append(("Auto-Submitted", q["auto_submitted"]))
        lines.append(("X-Auto-Response-Suppress", "All"))
    if q.get("list_unsub"):
        lines.append(("List-Unsubscribe", q["list_unsub"]))
        if "https:" in q["list_unsub"]:
            lines.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        lines.append(("X-Campaign", q.get("token", "")))
    lines.append(("MIME-Version", "1.0"))
    b = boundary or ("=_ae_%s" % rand_hex(r, 20))
    if q.get("list_unsub"):
        lines.append(("Content-Type", 'multipart/alternative; boundary="%s"' % b))
    else:
        lines.append(("Content-Type", 'text/plain; charset="utf-8"'))
        lines.append(("Content-Transfer-Encoding", "quoted-printable"))
    return lines, b


def headers_text(lines):
    return "\n".join(fold_line(n, v) for n, v in lines) + "\n"


def our_full_copy(q, rcpt, **kw):
    """Headers and body of our message as it left mailout02 (for bounces that return the whole thing)."""
    lines, b = our_header_lines(q, rcpt, **kw)
    text = headers_text(lines) + "\n"
    if q.get("list_unsub"):
        hb = "<html><body>" + "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n")
                                      for p in q["text"].split("\n\n")) + "</body></html>\n"
        text += ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                 "--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
                 % (b, qp(q["text"] + "\n"), b, qp(hb), b))
    else:
        text += qp(q["text"] + "\n")
    return text
