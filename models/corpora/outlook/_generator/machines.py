"""Machine mail and mail that is not a request, as the programs in this set really build it.

Each builder takes its spec dict and returns the .eml bytes.
"""
from __future__ import annotations

from datetime import timedelta

from lib import (R, UTC, Part, Trace, addr, alnum, b64, central, crlf, esc, ew, exo_msgid, fold, hexs, local,
                 multipart, our_hops, auth_results, dkim_sig, outlook_long, outlook_long_es, queue_id, rfc_date,
                 text_part, thread_index, uuid_upper, MONTHS, DAYS)
from originals import ORIGS, Orig

OUR_HTML_HEAD = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
                 'xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv='
                 '"Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width,'
                 ' initial-scale=1.0"><title>{title}</title></head><body style="margin:0;padding:0;">\n')


def our_full(o: Orig, p: dict, to_name: str | None, to_addr: str, with_trace: bool = True) -> bytes:
    """One of our own messages as it left us (for bounces that return a copy)."""
    subj = o.subject.format(**p) if "{" in o.subject else o.subject
    hs = []
    if with_trace:
        hs.append(f"Return-Path: <{o.from_addr if not o.from_addr.startswith(('noreply', 'alerts')) else 'bounces@notify.alliantenergy.com'}>")
        hs.append(f"Received: from send02.notify.alliantenergy.com (send02.notify.alliantenergy.com [10.40.8.22])\r\n"
                  f"\tby out1.alliant-energy.com (Postfix) with ESMTPS id {queue_id()}\r\n"
                  f"\tfor <{to_addr}>; {rfc_date(local(o.date))}")
        hs.append(dkim_sig("alliant-energy.com", "ae2024", "from:to:subject:date:message-id:list-unsubscribe:mime-version"))
    hs.append(fold("From", addr(o.from_name, o.from_addr)))
    hs.append(fold("To", addr(to_name, to_addr)))
    hs.append(fold("Subject", ew(subj)))
    hs.append(f"Date: {rfc_date(local(o.date))}")
    hs.append(f"Message-ID: {o.msgid}")
    if o.reply_to:
        hs.append(f"Reply-To: {o.reply_to}")
    if o.extra.get("auto"):
        hs.append("Auto-Submitted: auto-replied")
        hs.append("X-Auto-Response-Suppress: All")
        hs.append("MIME-Version: 1.0")
        part = text_part(o.plain(p), "plain", "utf-8", "quoted-printable", quote_charset=False)
    else:
        if o.list_unsub:
            hs.append(fold("List-Unsubscribe", o.list_unsub.format(**p)))
            if "https:" in o.list_unsub:
                hs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        hs.append("MIME-Version: 1.0")
        html_ = OUR_HTML_HEAD.format(title=esc(subj)) + o.html(p) + "\n</body></html>\n"
        part = multipart("alternative", [text_part(o.plain(p), "plain", "UTF-8", "quoted-printable"),
                                         text_part(html_, "html", "UTF-8", "quoted-printable")],
                         f"=_ae_{hexs(24)}")
    return ("\r\n".join(hs + part.headers) + "\r\n\r\n").encode() + part.body


def _outlook_headers(s: dict, sent, subj: str, mid: str, thread: str | None = None, extra: list[str] | None = None,
                     lang: str = "en-US", to: str | None = None) -> list[str]:
    name, email = s["frm"]
    hs = [fold("From", addr(name, email, quote_always="," in name)),
          fold("To", to or f"{s['mailbox']}@alliant-energy.com"),
          fold("Subject", ew(subj)),
          fold("Thread-Topic", ew(thread or subj)),
          f"Thread-Index: {thread_index()}",
          f"Date: {rfc_date(sent, utc=True)}",
          f"Message-ID: {mid}"]
    hs += extra or []
    hs += [f"Accept-Language: {lang}", f"Content-Language: {lang}", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    return hs


def _alt(plain: str, html_: str, boundary: str, cs: str = "us-ascii") -> Part:
    return multipart("alternative", [text_part(plain, "plain", cs, "quoted-printable"),
                                     text_part(html_, "html", cs, "quoted-printable")], boundary)


def _owa_html(text: str) -> str:
    body = "".join(f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                   f'{esc(l) if l.strip() else "<br>"}</div>\n' for l in text.split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n'
            f'<body dir="ltr">\n{body}</body>\n</html>\n')


def _assemble(trace: list[str], hs: list[str], part: Part) -> bytes:
    return ("\r\n".join(trace + hs + ["MIME-Version: 1.0"] + part.headers) + "\r\n\r\n").encode("ascii") + part.body


# --- auto-replies ----------------------------------------------------------------------------------------------------

def exchange_oof(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    p = s["p"]
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    mid, host = exo_msgid()
    tr = Trace("exo", email, s["mailbox"], sent, mid=mid).headers(envelope_from="")
    prefix = "Respuesta automática: " if s["lang"] == "es" else "Automatic reply: "
    osub = o.subject.format(**p) if "{" in o.subject else o.subject
    extra = [f"In-Reply-To: {o.msgid}", f"References: {o.msgid}"] if o.msgid else []
    hs = _outlook_headers(s, sent, prefix + osub, mid, osub, extra, "es-US" if s["lang"] == "es" else "en-US",
                          to=addr(o.from_name, o.reply_to or o.from_addr) if not o.reply_to else o.reply_to)
    hs += ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
           "x-ms-exchange-generated-message-source: Mailbox Rules Agent"]
    text = s["text"]
    cs = "us-ascii" if text.isascii() else "iso-8859-1"
    part = _alt(text, _owa_html(text).replace("us-ascii", cs), f"_000_{mid.strip('<>').split('@')[0]}_", cs)
    return _assemble(tr, hs, part)


def transport_rule_reply(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    mid, host = exo_msgid()
    tr = Trace("exo", email, s["mailbox"], sent, mid=mid).headers(envelope_from="")
    hs = [fold("From", addr(name, email)), f"To: {o.reply_to or o.from_addr}", fold("Subject", s["subject"]),
          f"Date: {rfc_date(sent, utc=True)}", f"Message-ID: {mid}", f"In-Reply-To: {o.msgid}",
          "Content-Language: en-US", "X-MS-Exchange-Generated-Message-Source: Transport Rule Agent",
          f"X-MS-Exchange-Transport-Rules-Loop: 1"]
    part = text_part(s["text"], "html", "us-ascii", "quoted-printable") if s.get("html") else \
        text_part(s["text"], "plain", "us-ascii", "7bit")
    return _assemble(tr, hs, part)


def gmail_vacation(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    tr = Trace("gmail", email, s["mailbox"], sent).headers()
    osub = o.subject
    hs = ["MIME-Version: 1.0", f"References: {o.msgid}", f"In-Reply-To: {o.msgid}", fold("From", addr(name, email)),
          f"Date: {rfc_date(sent)}", f"Message-ID: <CA{alnum(45)}@mail.gmail.com>",
          fold("Subject", osub if osub.lower().startswith("re:") else "Re: " + osub), f"To: {addr(o.from_name, o.from_addr)}",
          "Auto-Submitted: auto-replied", "Precedence: bulk"]
    b = "0000000000" + hexs(18)
    text = s["text"]
    html_ = '<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n")) + "</div>\n"
    part = multipart("alternative", [text_part(text, "plain", "UTF-8", "7bit"), text_part(html_, "html", "UTF-8", "7bit")],
                     b, quote_boundary=True)
    for pp in part.body.split(b"\r\n"):
        pass
    return ("\r\n".join(tr + hs + part.headers) + "\r\n\r\n").encode() + part.body


def headerless_oof(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    tr = Trace("generic", email, s["mailbox"], sent).headers()
    hs = [fold("From", addr(name, email)), f"To: {o.reply_to or o.from_addr}", fold("Subject", s["subject"]),
          f"Date: {rfc_date(sent)}", f"Message-ID: <{hexs(32)}@{email.split('@')[1]}>",
          "X-Mailer: Open-Xchange Mailer v7.10.6-Rev44"]
    part = text_part(s["text"], "plain", "UTF-8", "7bit")
    return _assemble(tr, hs, part)


def icloud_vacation(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    tr = Trace("icloud", email, s["mailbox"], sent).headers()
    hs = [fold("From", addr(name, email)), f"To: {o.reply_to or o.from_addr}", fold("Subject", s["subject"]),
          f"Date: {rfc_date(sent)}", f"Message-Id: <{uuid_upper()}@icloud.com>", f"In-Reply-To: {o.msgid}",
          "Auto-Submitted: auto-replied", "X-Autoreply: yes"]
    part = text_part(s["text"], "plain", "us-ascii", "7bit", quote_charset=False)
    return _assemble(tr, hs, part)


def zendesk_ack(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    p = s["p"]
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    tr = Trace("generic", email, s["mailbox"], sent).headers()
    d = local(o.date)
    quoted = o.plain(p)
    text = (f"##- Please type your reply above this line -##\n\nYour request ({s['ticket']}) has been received and is "
            "being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
            "----------------------------------------------\n\n"
            f"{o.from_name}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {d.hour % 12 or 12}:{d:%M} "
            f"{'AM' if d.hour < 12 else 'PM'} {d.tzname()}\n\n" + quoted +
            f"\n\n--------------------------------\nThis email is a service from Prairieland Co-op Support.\n[{alnum(6).upper()}-{alnum(5).upper()}]")
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
             + "".join(f"<p>{esc(x)}</p>" for x in text.split("\n\n")[1:]) + "</body></html>")
    hs = [fold("From", addr(name, email)), f"Reply-To: {addr(name, 'support+id' + s['ticket'].strip('#') + '@prairielandcoop.zendesk.com')}",
          f"To: {addr(o.from_name, o.from_addr)}", fold("Subject", f"[Prairieland Co-op] Re: {o.subject}"),
          f"Date: {rfc_date(sent, utc=True)}",
          f"Message-ID: <{alnum(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}_{hexs(12)}_sprut@zendesk.com>",
          f"In-Reply-To: {o.msgid}", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "X-Mailer: Zendesk Mailer", f"X-Zendesk-From-Account-Id: {hexs(6)}",
          f"X-Zendesk-Email-Id: {alnum(26, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789')}"]
    part = multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                     text_part(html_, "html", "UTF-8", "quoted-printable")],
                     f"--==_mimepart_{hexs(13)}_{R.randrange(1000, 9999)}")
    return _assemble(tr, hs, part)


# --- receipts and recalls --------------------------------------------------------------------------------------------

def exchange_mdn(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    mid, host = exo_msgid()
    tr = Trace("exo", email, s["mailbox"], sent, mid=mid).headers()
    od = local(o.date).astimezone(UTC)
    rd = sent.astimezone(UTC)
    read = s["mdn"] == "read"

    def when(d):
        d = local(d)
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {d.hour % 12 or 12}:{d:%M}:{d.second:02d} " \
               f"{'AM' if d.hour < 12 else 'PM'} (UTC-06:00) Central Time (US & Canada)"
    verb = "was read on" if read else "was deleted without being read on"
    text = (f"Your message\n\n        To:      {name}\n        Subject: {o.subject}\n        Sent:    {when(o.date)}\n\n"
            f"{verb} {when(sent)}.")
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<font size="2"><span style="font-size:11pt;"><div class="PlainText">' +
             esc(text).replace("\n", "<br>\n") + "</div></span></font></body></html>")
    disp = ("Reporting-UA: " + host + ".namprd04.prod.outlook.com; Microsoft Exchange Server\n"
            f"Final-Recipient: rfc822;{email}\nOriginal-Message-ID: {o.msgid}\n"
            + ("Disposition: manual-action/MDN-sent-manually; displayed" if read
               else "Disposition: manual-action/MDN-sent-manually; deleted"))
    b_alt = f"_000_{mid.strip('<>').split('@')[0]}_"
    alt = multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                    text_part(html_, "html", "utf-8", "quoted-printable")], b_alt)
    mdn = Part(["Content-Type: message/disposition-notification"], crlf(disp + "\n").encode())
    rep = multipart("report", [alt, mdn], f"_002_{mid.strip('<>').split('@')[0]}_",
                    params='; report-type=disposition-notification')
    subj = ("Read: " if read else "Not read: ") + o.subject
    hs = [fold("From", addr(name, email)), f"To: {addr(o.from_name, o.from_addr)}", fold("Subject", subj),
          fold("Thread-Topic", o.subject), f"Thread-Index: {thread_index()}", f"Date: {rfc_date(sent, utc=True)}",
          f"Message-ID: {mid}", f"References: {o.msgid}", f"In-Reply-To: {o.msgid}", "Content-Language: en-US",
          "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "x-ms-exchange-messagesentrepresentingtype: 1"]
    return _assemble(tr, hs, rep)


def recall(s: dict) -> bytes:
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    tr = Trace(s.get("prov", "exo"), email, s["mailbox"], sent).headers()
    mid, host = exo_msgid()
    text = s["text"]
    cs = "us-ascii" if text.isascii() else "iso-8859-1"
    html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">\n</head>\n'
             '<body>\n<font size="2"><span style="font-size:11pt;"><div class="PlainText">' + esc(text) +
             "</div></span></font>\n</body>\n</html>\n")
    hs = _outlook_headers(s, sent, s["subject"], mid, s["thread"], [], s.get("clang", "en-US"))
    hs.append("x-ms-exchange-messagesentrepresentingtype: 1")
    part = _alt(text, html_, f"_000_{mid.strip('<>').split('@')[0]}_", cs)
    return _assemble(tr, hs, part)


# --- calendar --------------------------------------------------------------------------------------------------------

def _ics(method: str, uid: str, organizer: tuple[str, str], attendees: list[tuple[str, str, str]], summary: str,
         start: str, end: str, desc: str, seq: int, stamp, status: str = "CONFIRMED", location: str = "") -> str:
    def fold75(line: str) -> list[str]:
        out = []
        while len(line.encode()) > 75:
            cut = 75
            while len(line[:cut].encode()) > 75:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
        return out
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if "Google" not in desc[:0] else "",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:Central Standard Time", "BEGIN:STANDARD",
             "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "TZOFFSETFROM:-0500",
             "TZOFFSETTO:-0600", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010311T020000",
             "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, em, ps in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn}:mailto:{em}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
              f"DTSTART;TZID=Central Standard Time:{start}", f"DTEND;TZID=Central Standard Time:{end}", "CLASS:PUBLIC",
              "PRIORITY:5", f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}", "TRANSP:OPAQUE", f"STATUS:{status}",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{location}", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        if l:
            out += fold75(l)
    return "\n".join(out) + "\n"


TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid_}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&threadId=19_meeting_{mt}@thread.v2>
________________________________________________________________________________"""


def outlook_calendar(s: dict) -> bytes:
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    mid, host = exo_msgid()
    tr = Trace("exo", email, s["mailbox"], sent, mid=mid).headers()
    method = s["method"]
    teams = TEAMS_FOOTER.format(mt=alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                                tid=f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
                                mid_=f"{R.randrange(100, 999)} {R.randrange(100, 999)} {R.randrange(100, 999)} {R.randrange(100, 999)}",
                                pc=alnum(6))
    text = s["text"] + ("\n\n" + teams if s.get("teams") else "")
    desc = text.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = _ics(method, s["uid"], s["organizer"], s["attendees"], s["summary"], s["start"], s["end"], desc,
               s.get("seq", 0), sent, "CANCELLED" if method == "CANCEL" else "CONFIRMED",
               "Microsoft Teams Meeting" if s.get("teams") else "")
    html_ = _owa_html(text)
    b = mid.strip("<>").split("@")[0]
    alt = multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                    text_part(html_.replace("us-ascii", "utf-8"), "html", "utf-8", "quoted-printable"),
                                    text_part(ics, "calendar", "utf-8", "base64", params=f'; method={method}')],
                    f"_000_{b}_")
    hs = _outlook_headers(s, sent, s["subject"], mid, s["summary"], [], to=s.get("to"))
    hs += ["x-ms-exchange-calendar-series-instance-id: " + b64(bytes(R.randrange(256) for _ in range(40))).decode().replace("\r\n", ""),
           "x-ms-exchange-senderadcheck: 1"]
    if method == "REPLY":
        hs.append("X-MS-Exchange-Organization-MessageClass: IPM.Schedule.Meeting.Resp.Pos")
    return _assemble(tr, hs, alt)


def google_calendar(s: dict) -> bytes:
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    tr = Trace("gmail", email, s["mailbox"], sent).headers()
    text = s["text"]
    desc = text.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = _ics("REQUEST", s["uid"], s["organizer"], s["attendees"], s["summary"], s["start"], s["end"], desc,
               s.get("seq", 1), sent).replace("PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                              "PRODID:-//Google Inc//Google Calendar 70.9054//EN")
    plain = (f"This event has been updated\nChanged: time\n\n{s['summary']}\n{s['when']}\n\n{text}\n\n"
             f"Organizer\n{s['organizer'][0]}\n{s['organizer'][1]}\n\nGuests\n" +
             "\n".join(f"{a[0]} - {a[1]}" for a in s["attendees"]) +
             "\n\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=" + alnum(60) +
             "\n\nReply for powerhousecatalog@alliant-energy.com\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&rst=1\n"
             "No\nhttps://calendar.google.com/calendar/event?action=RESPOND&rst=2\nMaybe\n"
             "https://calendar.google.com/calendar/event?action=RESPOND&rst=3\n\nInvitation from Google Calendar\n\n"
             "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
             "for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
             "response to the organizer, be added to the guest list, invite others regardless of their own "
             "invitation status, or modify your RSVP.")
    html_ = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
             '<body><div style="font-family:Roboto,Arial,sans-serif">' +
             "".join(f"<p>{esc(x)}</p>" for x in plain.split("\n\n")) + "</div></body></html>")
    alt = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                    text_part(html_, "html", "UTF-8", "quoted-printable"),
                                    text_part(ics, "calendar", "UTF-8", None, params="; method=REQUEST")],
                    "0000000000" + hexs(18))
    att = Part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                "Content-Transfer-Encoding: base64"], b64(crlf(ics).encode()))
    mixed = multipart("mixed", [alt, att], "0000000000" + hexs(18))
    hs = ["MIME-Version: 1.0", f"Reply-To: {addr(name, email)}", "Sender: Google Calendar <calendar-notification@google.com>",
          f"Message-ID: <calendar-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@google.com>",
          f"Date: {rfc_date(sent.astimezone(UTC))}", fold("Subject", ew(s["subject"])),
          fold("From", addr(name, email)), f"To: powerhousecatalog@alliant-energy.com", fold("Cc", s.get("cc", ""))]
    return ("\r\n".join(tr + [h for h in hs if not h.endswith("Cc: ")] + mixed.headers) + "\r\n\r\n").encode() + mixed.body


def sharepoint(s: dict) -> bytes:
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    tr = Trace("exo", "no-reply@sharepointonline.com", s["mailbox"], sent).headers()
    fn = s["file"]
    html_ = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0"><table role="presentation" width="100%" style="background:#fff"><tr><td style="padding:24px;font-family:'Segoe UI',Tahoma,sans-serif">
<div style="font-size:21px;color:#333">{esc(name)} shared a file with you</div>
<div style="padding:14px 0;font-size:14px;color:#333;border-left:3px solid #0078d4;padding-left:10px">{esc(s['note_text'])}</div>
<table role="presentation"><tr><td><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/xlsx.png" width="32" height="32" alt=""></td>
<td style="font-size:14px;padding-left:8px"><a href="https://allianteng.sharepoint.com/:x:/s/PrivacyTeam/{alnum(42)}?e={alnum(6)}">{esc(fn)}</a></td></tr></table>
<p><a href="https://allianteng.sharepoint.com/:x:/s/PrivacyTeam/{alnum(42)}?e={alnum(6)}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;font-size:14px">Open</a></p>
<p style="font-size:12px;color:#666">This link will work for people in Alliant Energy.</p>
<p style="font-size:11px;color:#666"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/sharepoint_32x1.png" width="16" alt="SharePoint"> &nbsp;Microsoft respects your privacy. To learn more, please read our <a href="https://privacy.microsoft.com/privacystatement">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
"""
    hs = [fold("From", addr(f"{name} (via SharePoint Online)" if False else name, "no-reply@sharepointonline.com")),
          f"To: {s['mailbox']}@alliant-energy.com", fold("Subject", ew(s["subject"])),
          f"Date: {rfc_date(sent, utc=True)}", f"Message-ID: <{uuid_upper().lower()}@odspnotify>",
          f"Reply-To: {addr(name, email)}", "X-MS-Exchange-Organization-AuthAs: Internal",
          "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"]
    part = text_part(html_, "html", "utf-8", "base64")
    return _assemble(tr, hs, part)


# --- bounces ---------------------------------------------------------------------------------------------------------

def exchange_ndr(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    p = s["p"]
    sent = central(s["date"], s.get("sec"))
    dom = s["rcpt"].split("@")[1]
    frm = f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}"
    mid, host = exo_msgid()
    tr = Trace("exo", frm, s["mailbox"], sent, mid=mid).headers(envelope_from="")
    osub = o.subject
    text = (f"Your message to {s['rcpt']} couldn't be delivered.\n\n{s['rcpt'].split('@')[0]} wasn't found at {dom}.\n\n"
            f"customercare\tOffice 365\t{s['rcpt'].split('@')[0]}\nAction Required\t\t\tRecipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of "
            "the following:\n  *   Send the message again following these steps: In Outlook, open this non-delivery "
            "report (NDR) and choose Send Again from the Report ribbon.\n  *   If the problem continues, contact the "
            "recipient by some other means (by phone, for example) and ask them to tell you their correct email "
            "address.\n\nWas this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>."
            f"\n________________________________\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\nThis error "
            "occurs because the recipient's email address can't be found in the recipient's email system.\n\n"
            f"Original Message Details\nCreated Date:\t{rfc_date(local(o.date).astimezone(UTC))}\nSender Address:\t"
            f"{o.from_addr}\nRecipient Address:\t{s['rcpt']}\nSubject:\t{osub}\n\nError Details\nError:\t550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\nMessage rejected by:\t"
            f"{host}.namprd04.prod.outlook.com")
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">' +
             "".join(f"<p>{esc(x)}</p>" for x in text.split("\n\n")) + "</div></body></html>")
    alt = multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                    text_part(html_, "html", "utf-8", "quoted-printable")], f"_000_{hexs(32)}_")
    ds = (f"Reporting-MTA: dns;{host}.namprd04.prod.outlook.com\nReceived-From-MTA: dns;mx1.alliant-energy.com\n"
          f"Arrival-Date: {rfc_date(local(o.date).astimezone(UTC))}\n\nFinal-Recipient: rfc822;{s['rcpt']}\n"
          "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
          "not found by SMTP address lookup\n")
    dsn = Part(["Content-Type: message/delivery-status"], crlf(ds).encode())
    orig = Part(["Content-Type: message/rfc822"], our_full(o, p, s.get("rcpt_name"), s["rcpt"]))
    rep = multipart("report", [alt, dsn, orig], f"_004_{hexs(32)}_", params='; report-type=delivery-status')
    hs = [f"From: Microsoft Outlook <{frm}>", f"To: <{o.from_addr}>", f"Date: {rfc_date(sent, utc=True)}",
          fold("Subject", "Undeliverable: " + osub), f"Message-ID: {mid}", f"In-Reply-To: {o.msgid}",
          f"References: {o.msgid}", "Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr: ",
          "X-MS-PublicTrafficType: Email", "Auto-Submitted: auto-replied"]
    return _assemble(tr, hs, rep)


def postfix_bounce(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    p = s["p"]
    sent = central(s["date"], s.get("sec"))
    qid = queue_id()
    rcpt = s["rcpt"]
    hs_trace = [f"Return-Path: <>", f"Delivered-To: {s['mailbox']}@alliant-energy.com",
                "Received: from mx1.alliant-energy.com (mx1.alliant-energy.com [10.40.2.11])\r\n"
                f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {queue_id()}\r\n"
                f"\tfor <{s['mailbox']}@alliant-energy.com>; {rfc_date(local(sent + timedelta(seconds=2)), comment=True)}",
                "Received: from out1.alliant-energy.com (out1.alliant-energy.com [10.40.8.31])\r\n"
                f"\tby mx1.alliant-energy.com (Postfix) with ESMTPS id {queue_id()}\r\n"
                f"\tfor <{s['mailbox']}@alliant-energy.com>; {rfc_date(local(sent + timedelta(seconds=1)), comment=True)}",
                f"Received: by out1.alliant-energy.com (Postfix)\r\n\tid {qid}; {rfc_date(local(sent), comment=True)}"]
    text = ("This is the mail system at host out1.alliant-energy.com.\n\nI'm sorry to have to inform you that your "
            "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your "
            "own text from the attached returned message.\n\n                   The mail system\n\n"
            f"<{rcpt}>: host {s['mx']}[{s['mxip']}] said: {s['diag']} (in\n    reply to end of DATA command)")
    ds = (f"Reporting-MTA: dns; out1.alliant-energy.com\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; "
          f"{o.from_addr}\nArrival-Date: {rfc_date(local(o.date))}\n\nFinal-Recipient: rfc822; {rcpt}\n"
          f"Original-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {s['status']}\nRemote-MTA: dns; {s['mx']}\n"
          f"Diagnostic-Code: smtp; {s['diag']}\n")
    b = f"{qid}.{int(sent.timestamp())}/out1.alliant-energy.com"
    parts = [Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], crlf(text).encode()),
             Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], crlf(ds).encode()),
             Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
                  our_full(o, p, s.get("rcpt_name"), rcpt))]
    rep = multipart("report", parts, b, params='; report-type=delivery-status',
                    preamble="This is a MIME-encapsulated message.")
    hs = ["Date: " + rfc_date(local(sent), comment=True),
          "From: MAILER-DAEMON@out1.alliant-energy.com (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", f"To: {o.from_addr}", "Auto-Submitted: auto-replied",
          f"Message-Id: <20{sent.astimezone(UTC):%y%m%d%H%M%S}.{qid}@out1.alliant-energy.com>"]
    return ("\r\n".join(hs_trace + hs + ["MIME-Version: 1.0"] + rep.headers) + "\r\n\r\n").encode() + rep.body


def qmail_bounce(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    p = s["p"]
    sent = central(s["date"], s.get("sec"))
    host = "smtp.netins.net"
    ip = f"167.142.{R.randrange(220, 230)}.{R.randrange(10, 250)}"
    tr = our_hops(s["mailbox"], sent + timedelta(seconds=3), host, host, ip, "",
                  auth_results(None, "", ip, "netins.net", "NONE", spf="none", dmarc="none"), tls=False)
    copy = our_full(o, p, None, s["rcpt"]).decode("ascii")
    text = (f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{s['rcpt']}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the "
            "message.\n\n") + copy.replace("\r\n", "\n")
    hs = [f"Received: (qmail {R.randrange(10000, 99999)} invoked for bounce); {rfc_date(sent.astimezone(UTC)).replace('+0000', '-0000')}",
          f"Date: {rfc_date(sent.astimezone(UTC)).replace('+0000', '-0000')}",
          f"From: MAILER-DAEMON@{host}", f"To: {o.from_addr}", "Subject: failure notice"]
    body = crlf(text).encode("ascii")
    return ("\r\n".join(tr + hs) + "\r\n\r\n").encode() + body


def exim_bounce(s: dict) -> bytes:
    o: Orig = s["orig_obj"]
    p = s["p"]
    sent = central(s["date"], s.get("sec"))
    host = f"box{R.randrange(2000, 6999)}.bluehost.com"
    ip = f"162.241.{R.randrange(1, 250)}.{R.randrange(10, 250)}"
    tr = our_hops(s["mailbox"], sent + timedelta(seconds=2), host, host, ip, "",
                  auth_results(None, "", ip, host, "NONE", spf="pass", dmarc="none"))
    copy = our_full(o, p, None, s["rcpt"]).decode("ascii").replace("\r\n", "\n")
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n  {s['rcpt']}\n    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n") + copy
    mid = f"<E1v{alnum(3)}-{alnum(7)}-{alnum(2)}@{host}>"
    hs = [f"X-Failed-Recipients: {s['rcpt']}", "Auto-Submitted: auto-replied",
          f"From: Mail Delivery System <Mailer-Daemon@{host}>", f"To: {o.from_addr}", "Content-Type: text/plain",
          "Subject: Mail delivery failed: returning message to sender", f"Message-Id: {mid}",
          f"Date: {rfc_date(local(sent))}"]
    return ("\r\n".join(tr + hs) + "\r\n\r\n").encode() + crlf(text).encode("ascii")


# --- not requests ----------------------------------------------------------------------------------------------------

def phishing(s: dict) -> bytes:
    sent = central(s["date"], s.get("sec"))
    name, email = s["frm"]
    host = "mail.m365-mailsupport-alerts.com"
    ip = f"185.{R.randrange(100, 250)}.{R.randrange(1, 250)}.{R.randrange(10, 250)}"
    tr = our_hops(s["mailbox"], sent + timedelta(seconds=4), "mail.m365-mailsupport-alerts.com", f"vps{R.randrange(10000, 99999)}.hostsailor.net", ip, email,
                  auth_results(None, email, ip, "m365-mailsupport-alerts.com", "NONE", spf="softfail", dmarc="fail"),
                  tls=True)
    mb = f"{s['mailbox']}@alliant-energy.com"
    html_ = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1">
<table width="560" align="center" style="background:#ffffff;border-top:4px solid #d83b01"><tr><td style="padding:24px">
<img src="https://m365-mailsupport-alerts.com/img/ms-logo.png" width="108" alt="Microsoft"><br><br>
<span style="font-size:20px">Mailbox storage almost full</span>
<p>Your mailbox <b>{mb}</b> has used <b>98%</b> of its storage (49.1 GB of 50 GB).</p>
<p>Incoming messages for {mb} are being held. <b>17 messages</b> are pending delivery.</p>
<p><a href="https://m365-mailsupport-alerts.com/owa/?login={mb}&amp;t={alnum(24)}" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">Release pending messages</a></p>
<p style="font-size:12px;color:#666">If no action is taken within 24 hours, pending messages will be deleted.</p>
<p style="font-size:11px;color:#888">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
"""
    hs = [fold("From", addr(name, email)), f"To: {mb}", fold("Subject", s["subject"]), f"Date: {rfc_date(sent.astimezone(UTC))}",
          f"Message-ID: <{hexs(24)}@{host}>", "X-Priority: 1 (Highest)", "Importance: High"]
    part = text_part(html_, "html", "utf-8", "quoted-printable")
    return _assemble(tr, hs, part)


def quarantine_digest(s: dict) -> bytes:
    sent = central(s["date"], s.get("sec"))
    mb = f"{s['mailbox']}@alliant-energy.com"
    qid = queue_id()
    hs_trace = [f"Return-Path: <noreply-quarantine@alliant-energy.com>", f"Delivered-To: {mb}",
                "Received: from mx1.alliant-energy.com (mx1.alliant-energy.com [10.40.2.11])\r\n"
                f"\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id {queue_id()}\r\n"
                f"\tfor <{mb}>; {rfc_date(local(sent + timedelta(seconds=1)), comment=True)}",
                "Received: from quarantine01.alliant-energy.com (quarantine01.alliant-energy.com [10.40.2.40])\r\n"
                f"\tby mx1.alliant-energy.com (Postfix) with ESMTP id {qid}\r\n"
                f"\tfor <{mb}>; {rfc_date(local(sent), comment=True)}"]
    rows = s["rows"]
    trs = "".join(f'<tr><td style="padding:4px 8px">{esc(d)}</td><td style="padding:4px 8px">{esc(f)}</td>'
                  f'<td style="padding:4px 8px">{esc(sj)}</td><td style="padding:4px 8px">{sc}</td>'
                  f'<td style="padding:4px 8px"><a href="https://quarantine01.alliant-energy.com/release?id={alnum(20)}">Release</a> | '
                  f'<a href="https://quarantine01.alliant-energy.com/delete?id={alnum(20)}">Delete</a></td></tr>'
                  for d, f, sj, sc in rows)
    html_ = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#003a70">Quarantine summary for {mb}</h2>
<p>The following {len(rows)} messages were held in quarantine during the last 24 hours. They have not been delivered to your mailbox. Messages are deleted automatically after 14 days.</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#ccc">
<tr style="background:#eee"><th>Received</th><th>From</th><th>Subject</th><th>Score</th><th>Action</th></tr>
{trs}
</table>
<p style="color:#666">This is an automated message from Alliant Energy Email Security. Do not reply. Questions: IT Service Desk, ext. 4357.</p>
</body></html>
"""
    hs = [f"From: Email Security <noreply-quarantine@alliant-energy.com>", f"To: {mb}",
          fold("Subject", s["subject"]), f"Date: {rfc_date(local(sent))}",
          f"Message-ID: <digest.{hexs(16)}@quarantine01.alliant-energy.com>", "Auto-Submitted: auto-generated",
          "Precedence: bulk", "X-Auto-Response-Suppress: All"]
    part = text_part(html_, "html", "utf-8", "quoted-printable")
    return ("\r\n".join(hs_trace + hs + ["MIME-Version: 1.0"] + part.headers) + "\r\n\r\n").encode() + part.body


BUILDERS = {
    "exchange_oof": exchange_oof, "transport_rule_reply": transport_rule_reply, "gmail_vacation": gmail_vacation,
    "headerless_oof": headerless_oof, "icloud_vacation": icloud_vacation, "zendesk_ack": zendesk_ack,
    "exchange_mdn": exchange_mdn, "recall": recall, "outlook_calendar": outlook_calendar,
    "google_calendar": google_calendar, "sharepoint": sharepoint, "exchange_ndr": exchange_ndr,
    "postfix_bounce": postfix_bounce, "qmail_bounce": qmail_bounce, "exim_bounce": exim_bounce,
    "phishing": phishing, "quarantine_digest": quarantine_digest,
}
