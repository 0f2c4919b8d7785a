"""Machine-made messages with their own structure: an AOL bounce, a church
newsletter list post and a senior-center calendar invitation."""
import datetime as _dt
import random

from clients import auth_results, dkim, top_trace
from mailkit import (MAILBOXES, assemble, b64_file, encode_body, epoch, fold, fold_b64, hour12, mkdate, postfix_id,
                     ralnum, rb64, rdig, rfcdate, rhex, ruuid, sha_b64, to_zone)
from ours import OURS


def build_bounce(spec, idx):
    rng = random.Random("letters-%04d" % idx)
    mb = MAILBOXES[spec["mailbox"]]
    d = mkdate(spec["date"])
    our = OURS[spec["of"]]
    od = mkdate(*our["date"])
    rcpt = spec["rcpt"]
    host_n = rng.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (host_n, rng.randint(1, 40))
    ip = "74.6.%d.%d" % (rng.randint(128, 140), rng.randint(10, 250))
    ut = to_zone(d, "utc")
    boundary = "----=_Part_%s_%s.%d" % (rdig(rng, 7), rdig(rng, 9), int(d.timestamp() * 1000))
    orig_headers = (
        "Received: from mbx01.alliant-energy.com (out1.alliant-energy.com [198.51.100.25])\r\n"
        "\tby mta%d.am0.yahoodns.net with ESMTPS; %s\r\n"
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com; s=ae2025;\r\n"
        "\tt=%d; bh=%s;\r\n\th=From:To:Subject:Date:Message-ID:Auto-Submitted;\r\n\tb=%s\r\n"
        "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\r\n"
        "To: <%s>\r\n"
        "Subject: %s\r\n"
        "Date: %s\r\n"
        "Message-ID: %s\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\n"
        % (rng.randint(1, 9), rfcdate(to_zone(od, "utc")), epoch(od), rb64(rng, 43) + "=", rb64(rng, 88) + "==",
           rcpt, our["subject"], rfcdate(od), our["msgid"]))
    mta = rng.randint(4000, 4999)
    text = ("Sorry, we were unable to deliver your message to the following address.\n\n"
            "<%s>:\n554: delivery error: dd This user doesn't have a aol.com account (%s) [0] - "
            "mta%d.aol.mail.bf2.yahoo.com\n\n--- Below this line is a copy of the message.\n" % (rcpt, rcpt, mta))
    status = ("Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; %s\r\nAction: failed\r\n"
              "Status: 5.1.1\r\nRemote-MTA: dns; mta%d.aol.mail.bf2.yahoo.com\r\n"
              "Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a aol.com account (%s) [0]\r\n"
              % (host, rfcdate(to_zone(od, "utc")), rcpt, mta, rcpt))
    payload = (("--%s\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" % boundary).encode()
               + encode_body(text, "us-ascii", "7bit")
               + ("\r\n--%s\r\nContent-Type: message/delivery-status\r\n\r\n" % boundary).encode() + status.encode()
               + ("\r\n--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n" % boundary).encode() + orig_headers.encode()
               + ("\r\n--%s--\r\n" % boundary).encode())
    mx, top, mxr = top_trace(rng, mb, "", d, host, ip)
    top[0] = "Return-Path: <>"
    ar = ("Authentication-Results: %s.alliant-energy.com;\r\n\tdkim=none;\r\n"
          "\tspf=pass (%s.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;\r\n"
          "\tdmarc=none" % (mx, mx, host, ip, host))
    inner = ["Received: from localhost by sonic%d.consmr.mail.bf2.yahoo.com; %s" % (host_n, rfcdate(ut))]
    h = [
        "Date: %s" % rfcdate(ut),
        "From: MAILER-DAEMON@aol.com",
        "To: %s" % mb,
        "Subject: Failure Notice",
        "Message-ID: <%s.%s@%s>" % (int(d.timestamp() * 1000), rdig(rng, 6), host),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % boundary,
    ]
    return assemble(top + [ar, mxr] + inner + h, payload)


CHURCH_TEXT = """\
TRINITY LUTHERAN CHURCH - WEEKLY MESSENGER
Friday, March 20, 2026

WORSHIP THIS WEEKEND
Saturday 5:00 pm and Sunday 8:00 and 10:30 am. Pastor Ingrid will preach on
John 12. Coffee hour after the 8:00 service is hosted by the Naomi Circle.

LENTEN SOUP SUPPERS
Wednesday at 5:30 pm in Fellowship Hall, followed by Holden Evening Prayer at
6:30. This week: chicken wild rice and ham & bean. Free will offering.

COMMUNITY NIGHT: SAVING ON YOUR ENERGY BILL
Thursday, April 9, 6:30 pm. A speaker from Alliant Energy will talk about
budget billing, energy assistance and simple ways to cut winter heating
costs. Open to the community - bring a neighbor!

PRAYER CONCERNS
Please keep in your prayers: Arlene H. (recovering at home), the Bakke
family, and all who are traveling.

QUILTERS
The quilters meet Tuesdays at 9:00. They are 14 quilts away from this year's
goal for Lutheran World Relief.

OFFICE HOURS
Monday-Thursday 8:30-2:00. Our church office never shares our mailing list
with anyone.

Trinity Lutheran Church | 515 3rd Ave NW | Mount Vernon, IA 52314

_______________________________________________
Weekly mailing list
Weekly@lists.trinitylutheranmv.org
To unsubscribe send an email to weekly-leave@lists.trinitylutheranmv.org
or visit https://lists.trinitylutheranmv.org/mailman/options/weekly/%s
"""


def build_listpost(spec, idx):
    rng = random.Random("letters-%04d" % idx)
    mb = MAILBOXES[spec["mailbox"]]
    d = mkdate(spec["date"])
    lhost = "lists.trinitylutheranmv.org"
    ip = "198.51.100.%d" % rng.randint(60, 90)
    text = CHURCH_TEXT % mb.replace("@", "--at--")
    body = encode_body(text, "us-ascii", "7bit")
    mx, top, mxr = top_trace(rng, mb, "weekly-bounces+customercare=alliant-energy.com@" + lhost, d, "mail." + lhost, ip)
    ar = auth_results(mx, "trinitylutheranmv.org", "weekly-bounces@" + lhost, ip, ("mm1", rb64(rng, 8)), dmarc="pass")
    inner = [
        "Received: from mail.%s (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
        % (lhost, lhost, rhex(rng, 10, True), mb, rfcdate(d + _dt.timedelta(seconds=2), True)),
        "Received: from [192.168.10.14] (unknown [67.224.%d.%d])\r\n\tby mail.%s (Postfix) with ESMTPSA id %s\r\n\tfor <weekly@%s>; %s"
        % (rng.randint(2, 250), rng.randint(2, 250), lhost, rhex(rng, 10, True), lhost, rfcdate(d, True)),
        dkim(rng, "trinitylutheranmv.org", "mm1", d, "From:To:Subject:Date:Message-ID:List-Id", body),
    ]
    h = [
        "Message-ID: <%s@trinitylutheranmv.org>" % ruuid(rng),
        "Date: %s" % rfcdate(d),
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-US",
        "From: Trinity Lutheran Church Office <office@trinitylutheranmv.org>",
        "Subject: [Weekly] Trinity Weekly Messenger - March 20",
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
        "X-BeenThere: weekly@%s" % lhost,
        "X-Mailman-Version: 2.1.39",
        "Precedence: list",
        "List-Id: Trinity Lutheran Weekly Messenger <weekly.%s>" % lhost,
        "List-Unsubscribe: <https://%s/mailman/options/weekly>,\r\n <mailto:weekly-request@%s?subject=unsubscribe>" % (lhost, lhost),
        "List-Archive: <https://%s/pipermail/weekly/>" % lhost,
        "List-Post: <mailto:weekly@%s>" % lhost,
        "List-Help: <mailto:weekly-request@%s?subject=help>" % lhost,
        "List-Subscribe: <https://%s/mailman/listinfo/weekly>,\r\n <mailto:weekly-request@%s?subject=subscribe>" % (lhost, lhost),
        "To: %s" % mb,
        "Errors-To: weekly-bounces+customercare=alliant-energy.com@%s" % lhost,
        "Sender: \"Weekly\" <weekly-bounces+customercare=alliant-energy.com@%s>" % lhost,
    ]
    return assemble(top + [ar, mxr] + inner + h, body)


def build_calendar(spec, idx):
    rng = random.Random("letters-%04d" % idx)
    mb = MAILBOXES[spec["mailbox"]]
    d = mkdate(spec["date"])
    org_name, org = "Marcy Lund", "marcylund.hiawathaseniors@gmail.com"
    start = mkdate("2026-04-16 10:00:00")
    end = mkdate("2026-04-16 11:00:00")
    uid = "%s@google.com" % rhex(rng, 26)
    title = "Energy Savings for Seniors (Alliant Energy speaker)"
    when = "Thursday Apr 16, 2026 \u22c5 10am \u2013 11am (Central Time - Chicago)"
    desc = ("Hi! We would love to have someone from Alliant Energy come talk to our members about keeping heating "
            "and cooling bills down, budget billing and the energy assistance programs. About 40 seniors usually "
            "come. Coffee and bars provided. Please accept or let me know another date that works. - Marcy, Activities "
            "Coordinator, Hiawatha Senior Center, 101 Emmons St, Hiawatha IA")
    text = ("%s\n%s\nLocation\nHiawatha Senior Center, 101 Emmons St, Hiawatha, IA 52233, USA\n"
            "https://www.google.com/maps/search/Hiawatha+Senior+Center\n\n%s\n\n"
            "Organizer\n%s\n%s\n\nGuests\n%s - organizer\n%s\n"
            "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n"
            "Reply for %s\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1\n"
            "No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2\n"
            "Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
            "for this event, decline this event.\n"
            % (title, when, desc, org_name, org, org_name, mb, ralnum(rng, 60), mb, ralnum(rng, 60), ralnum(rng, 60),
               ralnum(rng, 60)))
    htmltxt = ('<!doctype html><html><head><meta charset="UTF-8"></head><body>'
               '<div style="font-family:Roboto,sans-serif"><h2 style="font-size:22px">%s</h2>'
               '<p>%s</p><p>Hiawatha Senior Center, 101 Emmons St, Hiawatha, IA 52233, USA</p>'
               '<p>%s</p><p><b>Organizer</b><br>%s<br>%s</p>'
               '<p>Reply for %s: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a> '
               '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a> '
               '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p>'
               '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></div></body></html>\n'
               % (title, when, desc, org_name, org, mb))
    stamp = to_zone(d, "utc").strftime("%Y%m%dT%H%M%SZ")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:America/Chicago\nX-LIC-LOCATION:America/Chicago\nBEGIN:DAYLIGHT\n"
           "TZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nTZNAME:CDT\nDTSTART:19700308T020000\n"
           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\n"
           "TZNAME:CST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nDTSTART;TZID=America/Chicago:20260416T100000\nDTEND;TZID=America/Chicago:20260416T110000\n"
           "DTSTAMP:%s\nORGANIZER;CN=%s:mailto:%s\n"
           "UID:%s\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\n ;CN=%s;X-NUM-GUESTS=0:mailto:%s\n"
           "X-MICROSOFT-CDO-OWNERAPPTID:-%s\nCREATED:%s\n"
           "DESCRIPTION:Hi! We would love to have someone from Alliant Energy come talk\n  to our members about keeping heating and cooling bills down\\, budget billing\n  and the energy assistance programs.\n"
           "LAST-MODIFIED:%s\nLOCATION:Hiawatha Senior Center\\, 101 Emmons St\\, Hiawatha\\, IA 52233\\, USA\n"
           "SEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:%s\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n"
           % (stamp, org_name, org, uid, mb, mb, org_name, org, rdig(rng, 10), stamp, stamp, title))
    outer_b = "000000000000" + rhex(rng, 16)
    alt_b = "000000000000" + rhex(rng, 16)
    import base64
    tb64 = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).replace(b"\n", b"\r\n")
    payload = (
        ("--%s\r\nContent-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n" % (outer_b, alt_b)).encode()
        + ("--%s\r\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" % alt_b).encode() + tb64
        + ("\r\n--%s\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" % alt_b).encode()
        + encode_body(htmltxt, "utf-8", "quoted-printable")
        + ("\r\n--%s\r\nContent-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST\r\n"
           "Content-Transfer-Encoding: 7bit\r\n\r\n" % alt_b).encode() + encode_body(ics, "utf-8", "7bit")
        + ("\r\n--%s--\r\n\r\n--%s\r\nContent-Type: application/ics; name=\"invite.ics\"\r\n"
           "Content-Disposition: attachment; filename=\"invite.ics\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           % (alt_b, outer_b)).encode()
        + b64_file(ics.replace("\n", "\r\n").encode("utf-8"))
        + ("\r\n--%s--\r\n" % outer_b).encode())
    host = "mail-sor-f%d.google.com" % rng.randint(41, 99)
    ip = "209.85.220.%d" % rng.randint(41, 99)
    pt = to_zone(d, "pacific")
    mx, top, mxr = top_trace(rng, mb, org, d, host, ip)
    ar = auth_results(mx, "gmail.com", org, ip, ("20230601", rb64(rng, 8)))
    hl = "to:from:subject:date:message-id:sender:auto-submitted:reply-to\r\n         :mime-version:from:to:cc:subject:date:message-id:reply-to"
    inner = [
        "Received: by %s with SMTP id %s-%s.%d\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s"
        % (host, rhex(rng, 8), rhex(rng, 12), rng.randint(1, 9), mb, rfcdate(pt, True)),
        dkim(rng, "gmail.com", "20230601", d, hl, payload, darn="alliant-energy.com", indent="        "),
        "X-Google-Smtp-Source: AGHT+I" + rb64(rng, 80) + "==",
        "X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s-%smr%s.%d.%d;\r\n        %s" % (
            rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), rhex(rng, 8), rhex(rng, 12), rdig(rng, 9),
            rng.randint(1, 40), int(pt.timestamp() * 1000), rfcdate(pt, True)),
    ]
    h = [
        "MIME-Version: 1.0",
        "Reply-To: %s <%s>" % (org_name, org),
        "Sender: Google Calendar <calendar-notification@google.com>",
        "Auto-Submitted: auto-generated",
        "Message-ID: <calendar-%s@google.com>" % ruuid(rng),
        "Date: %s" % rfcdate(to_zone(d, "utc")),
        fold("Subject", "Invitation: %s @ Thu Apr 16, 2026 10am - 11am (CDT) (%s)" % (title, mb)),
        "From: %s <%s>" % (org_name, org),
        "To: %s" % mb,
        'Content-Type: multipart/mixed; boundary="%s"' % outer_b,
    ]
    return assemble(top + [ar, mxr] + inner + h, payload)
