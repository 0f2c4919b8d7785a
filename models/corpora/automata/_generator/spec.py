"""Spec helper and builders for machine mail (DSNs, MDNs, calendar) shared by the spec modules."""
import datetime as dt

import ours
from kit import BOX, hexid, raw, multi, text, rfc_date, utc, when, rng

_DEFAULT = object()


def S(id, box, frm, subject, body, *, note, cat, client, auto=False, labels=(), unclear=False, ent=None,
      lang="en", ack=_DEFAULT, month=None, tz=None, **kw):
    """One message. `body` may be a function of the date (to quote our earlier mail)."""
    d = when(id, month, tz)
    s = dict(id=id, mailbox=box, frm=frm, subject=subject, date=d, note=note, cat=cat, client=client, lang=lang,
             automated=auto, labels=list(labels), unclear=unclear, entities=dict(ent or {}))
    s.update(kw)
    s["body"] = body(d) if callable(body) else body
    if auto:
        s["ack_to"] = None
    elif ack is _DEFAULT:
        s["ack_to"] = (s.get("reply_to") or frm)[1]
    else:
        s["ack_to"] = ack
    return s


def box_addr(box):
    return BOX[box]


def dsn_status(reporting_mta, recipient, action, status, diag, arrival, remote_mta=None, extra=""):
    """message/delivery-status body (RFC 3464)."""
    out = "Reporting-MTA: dns; %s\n" % reporting_mta
    out += extra
    out += "Arrival-Date: %s\n\n" % rfc_date(arrival)
    out += "Final-Recipient: rfc822; %s\n" % recipient
    out += "Original-Recipient: rfc822;%s\n" % recipient
    out += "Action: %s\nStatus: %s\n" % (action, status)
    if remote_mta:
        out += "Remote-MTA: dns; %s\n" % remote_mta
    out += "Diagnostic-Code: smtp; %s\n" % diag
    if action == "delayed":
        out += "Will-Retry-Until: %s\n" % rfc_date(arrival + dt.timedelta(days=5))
    return out


def report(human, status, original, headers_only=False, human_parts=None):
    """multipart/report; report-type=delivery-status with our original (or its headers) as the third part."""
    third = raw("text/rfc822-headers", original) if headers_only else raw("message/rfc822", original)
    first = human_parts or [human]
    return multi("report", first + [raw("message/delivery-status", status), third],
                 [("report-type", "delivery-status")])


def mdn(human_text, reporting_ua, final_rcpt, orig_msgid, disposition, original_heads):
    """multipart/report; report-type=disposition-notification (RFC 8098)."""
    status = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n"
              % (reporting_ua, final_rcpt, orig_msgid, disposition))
    return multi("report", [text(human_text), raw("message/disposition-notification", status),
                            raw("text/rfc822-headers", original_heads)],
                 [("report-type", "disposition-notification")])


def ics(method, uid, summary, start, minutes, organizer, attendees, partstat=None, description="", location=""):
    fmt = lambda d: utc(d).strftime("%Y%m%dT%H%M%SZ")
    end = start + dt.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Automata Calendar//EN", "VERSION:2.0", "METHOD:" + method,
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + fmt(start - dt.timedelta(days=6)),
             "DTSTART:" + fmt(start), "DTEND:" + fmt(end), "SUMMARY:" + summary]
    if location:
        lines.append("LOCATION:" + location)
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, a in attendees:
        ps = partstat if (partstat and a == attendees[0][1]) else "NEEDS-ACTION"
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s:mailto:%s" % (cn, ps, a))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:  # RFC 5545 folding at 75 octets
        while len(l) > 75:
            out.append(l[:75])
            l = " " + l[75:]
        out.append(l)
    return "\n".join(out) + "\n"
