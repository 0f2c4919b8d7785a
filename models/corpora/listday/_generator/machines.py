# -*- coding: utf-8 -*-
"""Machine-made mail (automated = true) and the software-written requests of data-removal and inbox-cleaning
services (automated = false, but built here because they are not written in a person's mail program)."""
import base64
import datetime as _dt

import ours
from clients import MAILBOX, mx_headers
from lib import (CST, UTC, PST, Part, addr, b64, cst, dkim_bh, esc, ew, finish, fold_b, leaf, multipart,
                 parse, rfcdate, rng, wrap_hard)

A = []


def auto(**kw):
    kw.setdefault("automated", True)
    A.append(kw)


# ------------------------------------------------------------------ helpers

def esp_trace(r, kind, dom, send, body, selector="s1"):
    ts = int(send.timestamp())
    bh = dkim_bh(body)
    out = []
    if kind == "ses":
        ip = "54.240.%d.%d" % (r.choice([8, 9, 11, 27, 48]), r.randint(2, 250))
        host = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:])
        out.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh=%s;\n%s"
                   % (selector, dom, ts, bh, fold_b("\tb=", r.b64s(342) + "==", 64, "\t")))
        out.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh=%s;\n%s"
                   % (ts, bh, fold_b("\tb=", r.b64s(342) + "==", 64, "\t")))
        out.append("Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % r.b64s(43))
        out.append("X-SES-Outgoing: %s-54.240.%s" % (send.astimezone(UTC).strftime("%Y.%m.%d"), ".".join(ip.split(".")[2:])))
        return out, dict(helo=host, rdns=host, ip=ip, dkim=dom, tls=True)
    if kind == "sendgrid":
        ip = "149.72.%d.%d" % (r.randint(20, 250), r.randint(2, 250))
        host = "%s.outbound-mail.sendgrid.net" % r.pick("abcdefghijklmnopqrstuvwxyz", 8)
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\th=content-type:from:mime-version:subject:reply-to:to:cc:\n\tcontent-type:from:subject:to;\n\ts=s1; bh=%s;\n%s"
                   % (dom, bh, fold_b("\tb=", r.b64s(342) + "==", 64, "\t")))
        out.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s"
                   % (r.hexs(10), r.alnum(5).lower(), r.hexs(10), r.alnum(5).lower(), r.hexs(8, True), r.digits(2),
                      send.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + " +0000 UTC"))
        out.append("X-SG-EID: %s" % fold_b("\n ", r.b64s(200), 70, " ").strip())
        out.append("X-Entity-ID: u001.%s" % r.b64s(22))
        return out, dict(helo=host, rdns="o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), dom), ip=ip, dkim=dom, tls=True)
    if kind == "mailgun":
        ip = "159.135.%d.%d" % (r.randint(128, 250), r.randint(2, 250))
        host = "m%d-%d.mailgun.net" % (r.randint(200, 240), r.randint(1, 99))
        out.append("DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=%s; q=dns/txt;\n s=mx; t=%d; h=To: To: Subject: Subject: Message-Id: Date: From: From:\n Sender: Sender; bh=%s;\n%s"
                   % (dom, ts, bh, fold_b(" b=", r.b64s(342) + "==", 70, " ")))
        out.append("X-Mailgun-Sending-Ip: %s" % ip)
        out.append("X-Mailgun-Sid: %s" % r.b64s(60))
        return out, dict(helo=host, rdns=host, ip=ip, dkim=dom, tls=True)
    if kind == "m365":
        reg = r.choice(["NAM10-DM6", "NAM12-BN8", "NAM04-MW2", "NAM11-CO1"])
        ip = "40.107.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
        host = "%s-obe.outbound.protection.outlook.com" % reg
        out.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n%s" % fold_b(" b=", r.b64s(342) + "==", 70, " "))
        out.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none" % (dom, dom, dom))
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n%s"
                   % (dom, bh, fold_b(" b=", r.b64s(342) + "==", 70, " ")))
        srv = "%s%dMB%d" % (r.choice(["SJ0PR", "PH0PR", "BN6PR", "CH3PR"]), r.choice([11, 13, 17]), r.randint(3000, 9999))
        out.append("Received: from %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.%d.%03d; %s"
                   % (srv, srv[5:7], r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4), srv, srv[5:7], r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(4),
                      r.randint(8400, 8600), r.randint(10, 40), rfcdate(send, UTC)))
        return out, dict(helo=host, rdns="mail-%s.outbound.protection.outlook.com" % reg.lower().replace("-", ""), ip=ip, dkim=dom, tls=True, srv=srv)
    if kind == "gmail":
        ip = "209.85.%d.%d" % (r.choice([160, 166, 208, 219]), r.randint(2, 250))
        host = "mail-%s-f%d.google.com" % (r.choice(["qk1", "yw1", "oi1"]), r.randint(41, 199))
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=alliant-energy.com;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n%s"
                   % (dom, "20230601" if dom == "gmail.com" else "google", ts, ts + 604800, bh, fold_b("        b=", r.b64s(342) + "==", 64, "         ")))
        out.append("X-Google-Smtp-Source: AGHT+IE%s" % r.b64s(61))
        out.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s"
                   % (r.hexs(4), r.hexs(4), r.hexs(3), r.hexs(4), "%s-20020a05%smr%s" % (r.alnum(2).lower(), r.hexs(8), r.digits(7)),
                      rfcdate(send, PST, suffix=" (PST)")))
        return out, dict(helo=host, rdns=host, ip=ip, dkim=dom, tls=True)
    if kind == "vps":
        ip = "%d.%d.%d.%d" % (r.choice([45, 91, 103, 185, 193]), r.randint(1, 254), r.randint(1, 254), r.randint(2, 250))
        host = r.choice(["vps%d.hostkey-cloud.net", "srv%d.contaboserver.net", "mail%d.fastvps-host.ru"]) % r.randint(1000, 99999)
        return out, dict(helo=host, rdns=host, ip=ip, dkim=None, tls=r.random() < 0.5)
    if kind == "own":
        ip = "%d.%d.%d.%d" % (r.choice([12, 64, 66, 69, 207, 216]), r.randint(1, 254), r.randint(1, 254), r.randint(2, 250))
        host = "mail.%s" % dom
        return out, dict(helo=host, rdns=host, ip=ip, dkim=None, tls=True)
    raise ValueError(kind)


def emit(m, hdrs, body, kind, dom, envelope, spam=None, auth=None, selector="s1", send=None):
    r = rng(m["key"] + ":t")
    arrive = parse(m["at"])
    send = send or arrive - _dt.timedelta(seconds=r.randint(2, 20))
    tr, relay = esp_trace(r, kind, dom, send, body, selector)
    m["_from_dom"] = m.get("_from_dom") or dom
    if auth == "fail":
        mx = "mx1"
        m["mx"] = mx
        auth = ("mx1.alliant-energy.com;\n\tdkim=none;\n\tspf=softfail (mx1.alliant-energy.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=fail (p=reject dis=none) header.from=%s"
                % (envelope, relay["ip"], envelope, m["_from_dom"]))
    top = mx_headers(r, m, relay, envelope, arrive, spam=spam, auth=auth)
    return finish(top + tr + hdrs, body)


def alt(r, plain, html, cs="utf-8", bstyle="std", qp_plain=True):
    b = {"std": "==_%s" % r.hexs(24), "ses": "----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(100000000, 999999999), r.randint(1800000000000, 1801500000000)),
         "sg": r.hexs(64), "mg": r.hexs(32)}[bstyle]
    parts = [leaf('text/plain; charset="%s"' % cs if bstyle != "sg" else "text/plain; charset=%s" % cs, plain, cs,
                  "quoted-printable" if qp_plain else "7bit"),
             leaf('text/html; charset="%s"' % cs if bstyle != "sg" else "text/html; charset=%s" % cs, html, cs, "quoted-printable")]
    return multipart('multipart/alternative; boundary="%s"' % b, b, parts)


def html_of(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    ps = [p for p in text.split("\n\n")]
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="%s">\n' % style +
            "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in ps) + "\n</body></html>\n")


def ack_headers(q, to_addr, sent_dt, r):
    return ["Return-Path: <customercare@alliant-energy.com>",
            "Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.20.4.31])\n\tby smtp-out1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (r.qid(), to_addr, cst(sent_dt)),
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n\ts=mail2026; t=%d; bh=%s;\n\th=From:To:Subject:Date:Message-ID:Auto-Submitted;\n\tb=%s" % (int(sent_dt.timestamp()), r.b64s(43) + "=", r.b64s(86)),
            "From: %s" % addr(*ours.CC),
            "To: %s" % to_addr,
            "Subject: %s" % q["subject"],
            "Date: %s" % rfcdate(sent_dt),
            "Message-ID: %s" % q["mid"],
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 7bit"]


def us_dt(d):
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM")


def long_dt(d):
    from lib import LDAYS, LMONS
    d = d.astimezone(CST)
    return "%s, %s %d, %d %d:%02d:%02d %s (UTC-06:00) Central Time (US & Canada)" % (
        LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM")


def cal_date(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ================================================================== business mail about lists

def b_meridian_q4(m):
    r = rng(m["key"])
    text = """Hi PowerHouse team,

Attached is the Q4 2026 rental activity summary for the PowerHouse Catalog Buyers file.

Q4 2026 at a glance
- Orders fulfilled: 7
- Names shipped: 61,480 (net after merge/purge)
- Mailers: Northwoods Home, Hearthside Living, Bluestem Gardens, Country Hearth, Lakeshore Linens
- Gross rental revenue: $6,147.80 (your share after commission: $4,303.46)

Suppression
Your do-not-rent suppression file dated 12/18/2026 (2,214 records) was applied to every Q4 order. Please send the updated opt-out / do-not-share file by February 5 so it can be applied to Q1 orders; anything received after that date goes into the April run.

As always, e-mail addresses are not part of the rental file.

Best,
Dana Whitcomb
Account Manager | Meridian List Management
1400 Lakeview Pkwy, Suite 210, Vernon Hills, IL 60061
(847) 555-0108
"""
    csv = ("mailer,order_date,quantity_shipped,selection,key_code\r\n"
           "Northwoods Home,2026-10-06,12000,0-12 mo buyers $50+,NWH-Q4A\r\n"
           "Hearthside Living,2026-10-14,9500,0-12 mo buyers,HSL-1026\r\n"
           "Bluestem Gardens,2026-10-29,6000,0-24 mo buyers garden/outdoor,BSG-F27\r\n"
           "Country Hearth,2026-11-03,11200,0-12 mo buyers $75+,CH-HOL26\r\n"
           "Lakeshore Linens,2026-11-10,8000,0-12 mo buyers female,LL-W27\r\n"
           "Northwoods Home,2026-12-01,7780,0-6 mo buyers,NWH-Q4B\r\n"
           "Country Hearth,2026-12-08,7000,0-6 mo buyers,CH-JAN27\r\n")
    send = parse(m["at"]) - _dt.timedelta(seconds=9)
    html = html_of(text.replace("\n- ", "\n\u2022 "), "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    a = alt(r, text, html, "utf-8")
    att = Part(['Content-Type: text/csv; name="PHC_Buyers_Q4-2026_rental_summary.csv"',
                'Content-Description: PHC_Buyers_Q4-2026_rental_summary.csv',
                'Content-Disposition: attachment;\n\tfilename="PHC_Buyers_Q4-2026_rental_summary.csv"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                % (len(csv), rfcdate(send, UTC), rfcdate(send, UTC)),
                "Content-Transfer-Encoding: base64"], b64(csv.encode()))
    b = "_004_%s_" % r.hexs(40, True)
    mixed = multipart('multipart/mixed;\n\tboundary="%s"' % b, b, [a, att])
    mid = "<SJ0PR17MB%d%s@SJ0PR17MB%d.namprd17.prod.outlook.com>" % (r.randint(3000, 9999), r.hexs(20, True), r.randint(3000, 9999))
    hdrs = ["From: Dana Whitcomb <dwhitcomb@meridianlists.com>",
            "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
            "CC: Meridian Client Services <clientservices@meridianlists.com>",
            "Subject: PowerHouse Catalog | Q4 2026 rental activity & suppression file",
            "Thread-Topic: PowerHouse Catalog | Q4 2026 rental activity & suppression file",
            "Thread-Index: AdtsA%s==" % r.b64s(20),
            "Date: %s" % rfcdate(send, UTC),
            "Message-ID: %s" % mid,
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            mixed.headers[0],
            "MIME-Version: 1.0"]
    return emit(m, hdrs, mixed.body, "m365", "meridianlists.com", "dwhitcomb@meridianlists.com", send=send), "Outlook for Windows (Microsoft 365)"


auto(key="meridian-q4-report", at="2027-01-21 09:30:12", mailbox="powerhousecatalog", build=b_meridian_q4,
     note="list manager's quarterly rental report to the catalog: business mail full of 'suppression' and 'do-not-share', not a request",
     category="automated: vendor notification", spec="list-manager-quarterly-rental-report", answers="-")


def b_ccx_hygiene(m):
    r = rng(m["key"])
    text = """COOPERATIVE CATALOG EXCHANGE - MONTHLY HYGIENE REPORT
Member: PowerHouse Catalog (PHC-0412)
Period: 2026-12-20 to 2027-01-19
Generated: 2027-01-23 08:00 UTC

Records received from member ............ 48,112
NCOA address updates applied ............  2,004
Deceased suppression (DDNC) .............    311
Prison / institution suppression ........     12
DMAchoice mail preference matches .......    988
Member-supplied do-not-share flags ......  1,204
State opt-out registry matches ..........     37
Records eligible for co-op modeling ..... 43,556

Records flagged do-not-share are excluded from all co-op prospect models and rental selects.
Flags are permanent unless the member sends a reversal.

To change report recipients, sign in to the CCX member portal:
https://portal.ccxcoop.com/members/PHC-0412/settings

This is an automated message from CCX Data Services. Replies to this address are not monitored.
"""
    hdrs = ["From: CCX Data Services <noreply@ccxcoop.com>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: [CCX] Monthly hygiene report - member PHC-0412 - January 2027",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 7bit",
            "Message-ID: <0100019%s-%s-000000@email.amazonses.com>" % (r.hexs(9), r.uuid(False)),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=4), UTC),
            "Auto-Submitted: auto-generated",
            "X-CCX-Report: hygiene-monthly"]
    body = text.encode()
    return emit(m, hdrs, body, "ses", "ccxcoop.com", "0100019%s@amazonses.com" % r.hexs(12)), "Amazon SES (CCX reporting system)"


auto(key="ccx-hygiene", at="2027-01-23 02:00:31", mailbox="powerhousecatalog", build=b_ccx_hygiene,
     note="co-op database's monthly report counting do-not-share flags and opt-out registry matches: system notification, not a request",
     category="automated: vendor notification", spec="co-op-database-hygiene-report", answers="-")


def b_ccx_action(m):
    r = rng(m["key"])
    text = """Hello PowerHouse Catalog,

This is a reminder that member do-not-share and opt-out flags for the Q1 2027 modeling run are due Friday, February 5, 2027.

Upload format: CCX-FLAGS v3 (pipe-delimited), one record per line:
customer_id|first_name|last_name|address1|zip5|flag_type|flag_date

flag_type values: DNS (do not share), DNR (do not rent), DNM (do not mail), REV (reversal)

Members who miss the deadline keep last quarter's flags for the Q1 run; new opt-outs will be applied in the Q2 run (May).

Upload: https://portal.ccxcoop.com/members/PHC-0412/uploads

CCX Member Services
This message was sent automatically. Please do not reply.
"""
    html = html_of(text)
    a = alt(r, text, html, "UTF-8", "ses", qp_plain=False)
    hdrs = ["From: CCX Member Services <members@ccxcoop.com>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: ACTION REQUIRED: Q1 opt-out and do-not-share flags due February 5 (member PHC-0412)",
            "MIME-Version: 1.0", a.headers[0],
            "Message-ID: <0100019%s-%s-000000@email.amazonses.com>" % (r.hexs(9), r.uuid(False)),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=6), UTC),
            "Auto-Submitted: auto-generated"]
    return emit(m, hdrs, a.body, "ses", "ccxcoop.com", "0100019%s@amazonses.com" % r.hexs(12)), "Amazon SES (CCX member services)"


auto(key="ccx-action-required", at="2027-02-01 06:00:14", mailbox="powerhousecatalog", build=b_ccx_action,
     note="co-op's deadline reminder for do-not-share and opt-out flag files: vendor notification, the words 'opt-out' are about our upload",
     category="automated: vendor notification", spec="co-op-flag-deadline-reminder", answers="-")


def b_meridian_cal(m):
    r = rng(m["key"])
    start = parse("2027-02-04 10:00:00")
    end = parse("2027-02-04 10:45:00")
    send = parse(m["at"]) - _dt.timedelta(seconds=7)
    uid = "040000008200E00074C5B7101A82E008000000%s" % r.hexs(40, True)
    plain = """Agenda:
1. Q1 rental orders on hold (3) and counts after the do-not-share suppression
2. Timing for the February 5 opt-out file
3. Questions about the Ledger article (how to answer mailers asking about it)

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0
Meeting ID: 284 117 396 02
Passcode: x7Qe9A
________________________________________________________________________________
""" % r.alnum(40)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Dana Whitcomb:mailto:dwhitcomb@meridianlists.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=PowerHouse
  Catalog:mailto:powerhousecatalog@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Agenda:\\n1. Q1 rental orders on hold (3) and cou
 nts after the do-not-share suppression\\n2. Timing for the February 5 opt-o
 ut file\\n3. Questions about the Ledger article\\n
UID:%s
SUMMARY;LANGUAGE=en-US:PowerHouse Q1 rental counts & suppression review
DTSTART;TZID=Central Standard Time:20270204T100000
DTEND;TZID=Central Standard Time:20270204T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (uid, cal_date(send))
    ics = ics.replace("\n", "\r\n")
    html = html_of(plain)
    b = "_000_%s_" % r.hexs(40, True)
    parts = [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "quoted-printable"),
             leaf('text/html; charset="us-ascii"', html, "us-ascii", "quoted-printable"),
             leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "utf-8", "base64")]
    mp = multipart('multipart/alternative;\n\tboundary="%s"' % b, b, parts)
    hdrs = ["From: Dana Whitcomb <dwhitcomb@meridianlists.com>",
            "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
            "Subject: PowerHouse Q1 rental counts & suppression review",
            "Thread-Topic: PowerHouse Q1 rental counts & suppression review",
            "Thread-Index: AdtyF%s==" % r.b64s(18),
            "Date: %s" % rfcdate(send, UTC),
            "Message-ID: <SJ0PR17MB%d%s@SJ0PR17MB%d.namprd17.prod.outlook.com>" % (r.randint(3000, 9999), r.hexs(20, True), r.randint(3000, 9999)),
            "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:", mp.headers[0], "MIME-Version: 1.0"]
    return emit(m, hdrs, mp.body, "m365", "meridianlists.com", "dwhitcomb@meridianlists.com", send=send), "Outlook for Windows (Microsoft 365)"


auto(key="meridian-calendar", at="2027-01-29 10:02:33", mailbox="powerhousecatalog", build=b_meridian_cal,
     note="calendar invitation (text/calendar REQUEST) from the list manager about suppression counts: not a request (LABELS)",
     category="automated: calendar invitation", spec="list-manager-meeting-invite", answers="-")


def b_esp_report(m):
    r = rng(m["key"])
    text = """Campaign report: PH-2701-VD
"Valentine's picks they'll actually use (ships by Feb 10)"
Sent: Thu Jan 28, 2027 9:30 AM CST to list "PowerHouse e-mail subscribers"

Delivered ............ 48,311 (99.2%)
Bounced ..............    392 (hard 141 / soft 251)
Unique opens .........  10,339 (21.4%)
Unique clicks ........   1,497 (3.1%)
Unsubscribes .........    412 (0.85%)  <- account average 0.18%
Spam complaints ......     53 (0.11%)  <- above the 0.08% warning level
Reply-to messages ....    164

Unsubscribes from this campaign have been added to your suppression list automatically.
Heads-up: complaint rates above 0.10% can affect inbox placement. Consider a re-permission
campaign before your next send.

View the full report: https://app.sendloop-mail.com/reports/c/8812047

You receive these reports because powerhousecatalog@alliant-energy.com is a report recipient on
account PowerHouse Catalog (#40417). Manage notifications: https://app.sendloop-mail.com/settings/notifications
"""
    html = html_of(text, "font-family:Menlo,Consolas,monospace;font-size:13px")
    a = alt(r, text, html, "utf-8", "sg")
    hdrs = ['From: "SendLoop Reports" <reports@sendloop-mail.com>',
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: Campaign report: PH-2701-VD \"Valentine's picks they'll actually use\"",
            "Message-ID: <%s@geopod-ismtpd-%d>" % (r.b64s(22), r.randint(1, 40)),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=5), UTC),
            "MIME-Version: 1.0", a.headers[0],
            "Auto-Submitted: auto-generated",
            "X-Report-Type: campaign-summary"]
    return emit(m, hdrs, a.body, "sendgrid", "sendloop-mail.com", "bounces+%d-%s-powerhousecatalog=alliant-energy.com@em.sendloop-mail.com" % (r.randint(1000000, 9999999), r.hexs(4))), "SendLoop (ESP) reporting"


auto(key="esp-campaign-report", at="2027-01-29 08:00:03", mailbox="powerhousecatalog", build=b_esp_report,
     note="our own e-mail service provider's campaign report (unsubscribes, suppression list): system notification",
     category="automated: vendor notification", spec="esp-campaign-report-valentines", answers="-")


# ================================================================== newspaper

LEDGER_FOOT = """--
The River Valley Ledger | 500 Third Ave SE, Cedar Rapids, IA 52401
You're receiving this because customercare@alliant-energy.com signed up for Ledger newsletters.
Unsubscribe: https://rvledger.com/newsletters/unsubscribe?u=%s
Manage preferences: https://rvledger.com/newsletters/preferences"""


def ledger(m, subject, text, lid, cid):
    r = rng(m["key"])
    tok = r.hexs(24)
    text = text + "\n\n" + LEDGER_FOOT % tok + "\n"
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head><body style="margin:0;background:#f3f1ec">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" style="background:#ffffff;font-family:Georgia,serif;color:#1a1a1a">\n'
            '<tr><td style="padding:24px 32px;border-bottom:3px solid #1a1a1a"><img src="https://static.rvledger.com/nl/ledger-logo.png" alt="The River Valley Ledger" width="220"></td></tr>\n'
            % esc(subject))
    for p in text.split("\n\n"):
        html += '<tr><td style="padding:8px 32px;font-size:16px;line-height:1.5">%s</td></tr>\n' % "<br>\n".join(esc(l) for l in p.split("\n"))
    html += ('<tr><td><img src="https://nl.rvledger.com/o/%s.gif" width="1" height="1" alt=""></td></tr>\n</table>\n</td></tr></table>\n</body></html>\n' % tok)
    a = alt(r, text, html, "utf-8")
    mid = "<%s.%s@nl.rvledger.com>" % (cid, r.hexs(16))
    hdrs = ['From: "The River Valley Ledger" <newsletters@rvledger.com>',
            "Reply-To: newsroom@rvledger.com",
            "To: customercare@alliant-energy.com",
            "Subject: %s" % ew(subject),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=40)),
            "Message-ID: %s" % mid,
            "MIME-Version: 1.0", a.headers[0],
            "List-Id: %s <%s.newsletters.rvledger.com>" % (lid[0], lid[1]),
            "List-Unsubscribe: <https://rvledger.com/newsletters/unsubscribe?u=%s>,\n <mailto:unsubscribe-%s@newsletters.rvledger.com>" % (tok, tok),
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "X-Campaign-Id: %s" % cid]
    return emit(m, hdrs, a.body, "sendgrid", "rvledger.com", "bounce-%s@newsletters.rvledger.com" % r.hexs(10)), "newspaper newsletter (SendGrid)"


def b_ledger_sunday(m):
    text = """SUNDAY READ | January 24, 2027

Your name is for rent
Catalogs quietly trade customer lists, and most buyers never know
By Dana Kowalczyk, Ledger staff

Order a space heater from a catalog and within weeks your mailbox fills with catalogs you never asked for. The reason is a little-known business: list rental. Catalog companies rent, sell and exchange the names and postal addresses of their buyers through list managers and co-op databases, often several times a year.

Among them is the PowerHouse Catalog, which is owned by the utility Alliant Energy. Its privacy policy says the catalog "sometimes shares its customer list with other catalog companies" and tells customers who don't want their name shared to write in.

How to opt out
- Write to each catalog and say you do not want your name shared, rented or exchanged.
- Register with a mail preference service.
- Data-removal services will send do-not-share requests for a fee; read the fine print.

Read the full story: https://rvledger.com/news/2027/01/24/your-name-is-for-rent

ALSO TODAY
Snow emergency rules for Cedar Rapids, Marion and Hiawatha
Hawkeyes fall at Purdue, 71-64"""
    return ledger(m, "Sunday Read: Your name is for rent", text, ("Ledger Sunday Read", "sunday"), "SR-20270124")


auto(key="ledger-sunday", at="2027-01-24 05:30:02", mailbox="customercare", build=b_ledger_sunday,
     note="the newspaper's own newsletter carrying the story and its 'how to opt out' box: bulk list mail, not a request",
     category="automated: newsletter", spec="newspaper-newsletter-story", answers="-")


def b_ledger_dpd(m):
    text = """MORNING BRIEF | Thursday, January 28, 2027 | Data Privacy Day

Five letters to write this week
Since Sunday's story on catalog list rental, hundreds of readers have asked how to get their names off. Here is what each company told us.

PowerHouse Catalog: Readers who want off PowerHouse's rental list should write to powerhousecatalog@alliant-energy.com, the address its privacy policy gives. A spokesperson said requests are honored "within 10 business days" but catalogs already printed may still arrive.

Northwoods Home and Hearthside Living: both use the same list manager; write to each company's customer service.

Co-op databases: a do-not-share flag sent through a member catalog is applied to the whole co-op at the next quarterly run.

Read more: https://rvledger.com/news/2027/01/28/data-privacy-day-catalog-opt-out

WEATHER
Snow tapering off by noon, high 19."""
    return ledger(m, "Morning Brief: Data Privacy Day - five letters to write this week", text, ("Ledger Morning Brief", "morning"), "MB-20270128")


auto(key="ledger-dpd", at="2027-01-28 05:30:04", mailbox="customercare", build=b_ledger_dpd,
     note="newspaper newsletter's Data Privacy Day follow-up naming our opt-out address: bulk mail, the opt-out wording is the paper's",
     category="automated: newsletter", spec="newspaper-newsletter-follow-up", answers="-")


def b_digest(m):
    r = rng(m["key"])
    text = """Send catalog-ops mailing list submissions to
	catalog-ops@lists.midwestcatalogcouncil.org

To subscribe or unsubscribe, visit
	https://lists.midwestcatalogcouncil.org/groups/catalog-ops
or send 'help' to catalog-ops-request@lists.midwestcatalogcouncil.org

When replying, please edit your Subject line so it is more specific than
"Re: Contents of catalog-ops digest..."

Today's Topics:

   1. Ledger article on list rental (Pat Greer)
   2. Re: Ledger article on list rental (Marty Ostrowski)
   3. Re: suppression turnaround for co-op flags (Jen Albrecht)


----------------------------------------------------------------------

Message: 1
Date: Sun, 24 Jan 2027 18:02:11 -0600
From: Pat Greer <pgreer@hearthsideliving.com>
Subject: [catalog-ops] Ledger article on list rental

Anyone else getting hit after the Sunday story in the Ledger? We had 140
"do not share my name" e-mails by noon today. Are people handling these
by hand or loading them straight into the suppression file?

Pat


------------------------------

Message: 2
Date: Mon, 25 Jan 2027 07:44:30 -0600
From: Marty Ostrowski <marty@northwoodshome.com>
Subject: Re: [catalog-ops] Ledger article on list rental

We load them into the do-not-rent file the same day and send the
opt-out confirmations in a batch. The tricky ones are people who also
say "stop the catalog" and "keep sending it" in the same e-mail.

Marty


------------------------------

Message: 3
Date: Mon, 25 Jan 2027 09:15:02 -0600
From: Jen Albrecht <jalbrecht@bluestemgardens.com>
Subject: Re: [catalog-ops] suppression turnaround for co-op flags

CCX told us do-not-share flags go in at the next quarterly run, so
anything after Feb 5 waits until May. Worth telling customers.

Jen


------------------------------

Subject: Digest Footer

_______________________________________________
catalog-ops mailing list
catalog-ops@lists.midwestcatalogcouncil.org
Unsubscribe: https://lists.midwestcatalogcouncil.org/groups/catalog-ops/leave


------------------------------

End of catalog-ops Digest, Vol 18, Issue 4
******************************************
"""
    hdrs = ["From: catalog-ops-request@lists.midwestcatalogcouncil.org",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: catalog-ops Digest, Vol 18, Issue 4",
            "Message-ID: <mailman.%d.%d.catalog-ops@lists.midwestcatalogcouncil.org>" % (r.randint(100, 999), int(parse(m["at"]).timestamp())),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=3)),
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="us-ascii"',
            "Content-Transfer-Encoding: 7bit",
            "Reply-To: catalog-ops@lists.midwestcatalogcouncil.org",
            "X-BeenThere: catalog-ops@lists.midwestcatalogcouncil.org",
            "X-Mailman-Version: 2.1.39",
            "Precedence: list",
            "List-Id: Catalog operations forum <catalog-ops.lists.midwestcatalogcouncil.org>",
            "List-Unsubscribe: <https://lists.midwestcatalogcouncil.org/groups/catalog-ops/leave>,\n <mailto:catalog-ops-request@lists.midwestcatalogcouncil.org?subject=unsubscribe>",
            "List-Post: <mailto:catalog-ops@lists.midwestcatalogcouncil.org>",
            "Errors-To: catalog-ops-bounces+powerhousecatalog=alliant-energy.com@lists.midwestcatalogcouncil.org"]
    return emit(m, hdrs, text.encode(), "own", "lists.midwestcatalogcouncil.org",
                "catalog-ops-bounces+powerhousecatalog=alliant-energy.com@lists.midwestcatalogcouncil.org"), "Mailman 2.1 digest"


auto(key="catalog-ops-digest", at="2027-01-26 05:00:07", mailbox="powerhousecatalog", build=b_digest,
     note="trade mailing-list digest quoting 'do not share my name' e-mails other catalogs received: list traffic, never a request",
     category="automated: mailing list", spec="trade-list-digest", answers="-")


# ================================================================== bounces, auto-replies, receipts

def ack_for(num, date, to):
    return ours.mail("ack", to, num=num, date=date)


def b_bounce_yahoo(m):
    r = rng(m["key"])
    to = "lmhagen47@yahoo.com"
    q = ack_for("CC-2027-01-00603", "2027-01-25 07:16:31", to)
    arrive = parse(m["at"])
    qid = r.pick("0123456789BCDFGHJKLMNPQRSTVWXYZ", 12)
    notif = """This is the mail system at host smtp-out1.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mta7.am0.yahoodns.net[67.195.204.%d] said: 554
    delivery error: dd This user doesn't have a yahoo.com account
    (%s) [0] - mta4102.mail.gq1.yahoo.com (in reply to end of DATA command)
""" % (to, r.randint(70, 90), to)
    ds = """Reporting-MTA: dns; smtp-out1.alliant-energy.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.0.0
Remote-MTA: dns; mta7.am0.yahoodns.net
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a
    yahoo.com account (%s) [0] - mta4102.mail.gq1.yahoo.com
""" % (qid, cst(q["date"], suffix=" (CST)"), to, to, to)
    orig = "\n".join(ack_headers(q, to, q["date"], r)) + "\n"
    b = "%s.%d/smtp-out1.alliant-energy.com" % (qid, int(arrive.timestamp()))
    parts = [Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notif.encode()),
             Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
             Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode())]
    mp = multipart('multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b, b, parts,
                   preamble="This is a MIME-encapsulated message.\n")
    hdrs = ["Date: %s" % cst(arrive - _dt.timedelta(seconds=2)),
            "From: MAILER-DAEMON@smtp-out1.alliant-energy.com (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            "To: customercare@alliant-energy.com",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0", mp.headers[0],
            "Content-Transfer-Encoding: 8bit",
            "Message-Id: <%s@smtp-out1.alliant-energy.com>" % r.qid()[:15]]
    return internal(m, r, hdrs, mp.body), "Postfix DSN (our outbound relay)"


def internal(m, r, hdrs, body, envelope=""):
    arrive = parse(m["at"])
    box = MAILBOX[m["mailbox"]]
    top = ["Return-Path: <%s>" % envelope,
           "Delivered-To: %s" % box,
           "Received: from mx1.alliant-energy.com (mx1.alliant-energy.com [10.20.4.11])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (r.qid(), box, cst(arrive + _dt.timedelta(seconds=1))),
           "Received: by smtp-out1.alliant-energy.com (Postfix)\n\tid %s; %s" % (r.qid()[:12], cst(arrive))]
    return finish(top + hdrs, body)


auto(key="bounce-ack-yahoo", at="2027-01-25 07:16:40", mailbox="customercare", build=b_bounce_yahoo,
     note="our outbound relay's DSN for an acknowledgement sent to a Yahoo address that does not exist; the returned headers quote our own text",
     category="automated: bounce", spec="postfix-dsn-ack-unknown-user", answers="acknowledgement CC-2027-01-00603")


def b_ndr_exchange(m):
    r = rng(m["key"])
    to = "tgrady@birchwoodag.com"
    q = ack_for("CC-2027-01-00688", "2027-01-26 09:15:47", to)
    arrive = parse(m["at"])
    send = arrive - _dt.timedelta(seconds=4)
    srvname = "CH3PR11MB%d.namprd11.prod.outlook.com" % r.randint(3000, 9999)
    exh = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@birchwoodag.com"
    plain = """Your message to tgrady@birchwoodag.com couldn't be delivered.

tgrady wasn't found at birchwoodag.com.

customercare    Office 365    tgrady
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.
- If the problem continues, contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it looks like their email address was removed or changed.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date:    %s
Sender Address:  customercare@alliant-energy.com
Recipient Address:    tgrady@birchwoodag.com
Subject:    We received your request [CC-2027-01-00688]

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by:    %s
""" % (us_dt(q["date"].astimezone(UTC)), srvname)
    html = html_of(plain, "font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px")
    ib = "_00%d_%s_" % (r.randint(1, 9), r.hexs(20, True))
    inner = multipart('multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % ib, ib,
                      [leaf('text/plain; charset="us-ascii"', plain, "us-ascii", "quoted-printable"),
                       leaf('text/html; charset="us-ascii"', html, "us-ascii", "quoted-printable")])
    ds = """Reporting-MTA: dns;%s
Received-From-MTA: dns;smtp-out1.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;tgrady@birchwoodag.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (srvname, rfcdate(q["date"], UTC))
    orig = "\n".join(ack_headers(q, to, q["date"], r)[1:]) + "\n\n" + q["text"] + "\n"
    ob = "_%03d_%s_" % (r.randint(1, 9), r.hexs(24, True))
    mp = multipart('multipart/report; report-type=delivery-status;\n\tboundary="%s"' % ob, ob,
                   [inner, Part(["Content-Type: message/delivery-status"], ds.encode()),
                    Part(["Content-Type: message/rfc822"], orig.encode())])
    hdrs = ["From: Microsoft Outlook <%s>" % exh,
            "To: <customercare@alliant-energy.com>",
            "Date: %s" % rfcdate(send, UTC),
            mp.headers[0],
            "MIME-Version: 1.0",
            "Message-ID: <%s@%s>" % (r.uuid(False), srvname),
            "In-Reply-To: %s" % q["mid"],
            "References: %s" % q["mid"],
            "Subject: Undeliverable: We received your request [CC-2027-01-00688]",
            "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: en-US",
            "X-MS-Exchange-Organization-AuthSource: %s" % srvname]
    return emit(m, hdrs, mp.body, "m365", "birchwoodag.com", "", send=send), "Exchange Online NDR"


auto(key="ndr-ack-exchange", at="2027-01-26 09:16:20", mailbox="customercare", build=b_ndr_exchange,
     note="Exchange Online non-delivery report for one of our acknowledgements, carrying the whole ack (opt-out and sharing wording) as message/rfc822",
     category="automated: bounce", spec="exchange-ndr-ack", answers="acknowledgement CC-2027-01-00688")


def b_bounce_legacy(m):
    r = rng(m["key"])
    to = "jmeyer@ruralnet-ia.net"
    q = ack_for("CC-2027-01-01064", "2027-01-29 11:39:20", to)
    arrive = parse(m["at"])
    qid = "%s%s%06d" % (r.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2), r.digits(6), r.randint(0, 999999))
    body = """The original message was received at %s
from smtp-out1.alliant-energy.com [147.152.20.5]

   ----- The following addresses had permanent fatal errors -----
<%s>
    (reason: 550 5.2.1 <%s>... Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to localhost:
>>> DATA
<<< 550 5.2.1 <%s>... Mailbox disabled for this recipient
550 5.1.1 <%s>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

   ----- Original message follows -----

%s

%s
""" % (rfcdate(q["date"]).replace(" -0600", " -0600 (CST)"), to, to, to, to,
       "\n".join(ack_headers(q, to, q["date"], r)), q["text"])
    hdrs = ["Received: from localhost (localhost)\n\tby mail.ruralnet-ia.net (8.15.2/8.15.2) id %s;\n\t%s" % (qid, rfcdate(arrive - _dt.timedelta(seconds=3))),
            "Date: %s" % rfcdate(arrive - _dt.timedelta(seconds=3)),
            "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.ruralnet-ia.net>",
            "Message-Id: <%s.%s@mail.ruralnet-ia.net>" % (qid, r.digits(3)),
            "To: <customercare@alliant-energy.com>",
            "Subject: Returned mail: see transcript for details",
            "Auto-Submitted: auto-generated (failure)"]
    m["_from_dom"] = "mail.ruralnet-ia.net"
    return emit(m, hdrs, body.encode(), "own", "ruralnet-ia.net", ""), "sendmail 8.15 bounce (no MIME)"


auto(key="bounce-ack-legacy", at="2027-01-29 11:40:03", mailbox="customercare", build=b_bounce_legacy,
     note="old-style sendmail bounce without MIME, the whole acknowledgement pasted below the transcript",
     category="automated: bounce", spec="sendmail-bounce-no-mime", answers="acknowledgement CC-2027-01-01064")


def b_delayed(m):
    r = rng(m["key"])
    to = "rhanson@iowatelecom.net"
    q = ack_for("CC-2027-02-00031", "2027-02-02 04:10:58", to)
    arrive = parse(m["at"])
    qid = r.pick("0123456789BCDFGHJKLMNPQRSTVWXYZ", 12)
    notif = """This is the mail system at host smtp-out1.alliant-energy.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: connect to mx.iowatelecom.net[216.51.%d.%d]:25: Connection timed out
""" % (to, r.randint(1, 250), r.randint(2, 250))
    ds = """Reporting-MTA: dns; smtp-out1.alliant-energy.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.iowatelecom.net[216.51.12.40]:25:
    Connection timed out
Will-Retry-Until: %s
""" % (qid, cst(q["date"]), to, to, cst(q["date"] + _dt.timedelta(days=5)))
    orig = "\n".join(ack_headers(q, to, q["date"], r)) + "\n"
    b = "%s.%d/smtp-out1.alliant-energy.com" % (qid, int(arrive.timestamp()))
    parts = [Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notif.encode()),
             Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
             Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode())]
    mp = multipart('multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b, b, parts,
                   preamble="This is a MIME-encapsulated message.\n")
    hdrs = ["Date: %s" % cst(arrive - _dt.timedelta(seconds=1)),
            "From: MAILER-DAEMON@smtp-out1.alliant-energy.com (Mail Delivery System)",
            "Subject: Delayed Mail (still being retried)",
            "To: customercare@alliant-energy.com",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0", mp.headers[0],
            "Content-Transfer-Encoding: 8bit",
            "Message-Id: <%s@smtp-out1.alliant-energy.com>" % r.qid()[:15]]
    return internal(m, r, hdrs, mp.body), "Postfix DSN (our outbound relay)"


auto(key="delayed-ack", at="2027-02-02 08:11:05", mailbox="customercare", build=b_delayed,
     note="delay warning (Action: delayed) for an acknowledgement; nothing to answer",
     category="automated: bounce", spec="postfix-delay-warning-ack", answers="acknowledgement CC-2027-02-00031")


def gmail_reply_auto(m, frm, to_addr, q, text, subject, dom="gmail.com", lang="en"):
    r = rng(m["key"])
    send = parse(m["at"]) - _dt.timedelta(seconds=3)
    b = "000000000000" + r.hexs(16)
    html = '<div dir="ltr">%s</div>\n' % "<br>".join(esc(l) for l in text.split("\n"))
    parts = [leaf('text/plain; charset="UTF-8"', text + "\n", "utf-8", "quoted-printable" if any(ord(c) > 127 for c in text) else None),
             leaf('text/html; charset="UTF-8"', html, "utf-8", "quoted-printable" if any(ord(c) > 127 for c in text) else None)]
    mp = multipart('multipart/alternative; boundary="%s"' % b, b, parts)
    hdrs = ["MIME-Version: 1.0",
            "References: %s" % q["mid"],
            "In-Reply-To: %s" % q["mid"],
            "Auto-Submitted: auto-replied",
            "From: %s" % addr(frm[0], frm[1]),
            "Date: %s" % rfcdate(send),
            "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(52),
            "Subject: %s" % ew(subject),
            "To: %s" % to_addr,
            mp.headers[0]]
    return emit(m, hdrs, mp.body, "gmail", dom, frm[1], send=send)


def b_vacation_lois(m):
    q = ack_for("CC-2027-01-00655", "2027-01-26 07:01:51", "loishagedorn@gmail.com")
    text = """I'm away visiting my sister in Mesa until February 15 and only checking email now and then. If it's urgent, please call my cell.

Lois"""
    return gmail_reply_auto(m, ("Lois Hagedorn", "loishagedorn@gmail.com"), addr(*ours.CC), q, text,
                            "Re: " + q["subject"]), "Gmail vacation responder"


auto(key="vacation-ack-gmail", at="2027-01-26 07:02:18", mailbox="customercare", build=b_vacation_lois,
     note="Gmail vacation responder answering our acknowledgement (Auto-Submitted: auto-replied): a loop trap, never acknowledge",
     category="automated: auto-reply", spec="gmail-vacation-to-ack", answers="acknowledgement CC-2027-01-00655")


def b_vacation_es(m):
    q = ours.mail("vd", "lupitarios.dbq@gmail.com")
    text = """Hola, estoy de viaje en México hasta el 8 de febrero y casi no reviso mi correo. Les respondo a mi regreso.

Saludos,
Lupita Ríos"""
    return gmail_reply_auto(m, ("Lupita Ríos", "lupitarios.dbq@gmail.com"), addr(*ours.CAT), q, text,
                            "Re: " + q["subject"]), "Gmail vacation responder"


auto(key="vacation-vd-es", at="2027-01-28 09:50:03", mailbox="powerhousecatalog", build=b_vacation_es, language="es",
     note="Spanish vacation auto-reply to the Valentine's catalog e-mail: automated despite the human-sounding text",
     category="automated: auto-reply", spec="spanish-vacation-reply-to-catalog-email", answers="PH-2701-VD catalog e-mail")


def b_ooo_exchange(m):
    r = rng(m["key"])
    q = ours.mail("vd", "kbrogan@riverbendclinic.org")
    send = parse(m["at"]) - _dt.timedelta(seconds=2)
    text = """I am out of the office through Monday, February 1, with limited access to email. For scheduling or urgent matters please call the front desk at (608) 555-0190.

Kathy Brogan
Practice Administrator, Riverbend Family Clinic"""
    html = html_of(text, "font-family:Calibri,sans-serif;font-size:11pt")
    b = "_000_%s_" % r.hexs(40, True)
    mp = multipart('multipart/alternative;\n\tboundary="%s"' % b, b,
                   [leaf('text/plain; charset="us-ascii"', text + "\n", "us-ascii", "quoted-printable"),
                    leaf('text/html; charset="us-ascii"', html, "us-ascii", "quoted-printable")])
    hdrs = ["From: Kathy Brogan <kbrogan@riverbendclinic.org>",
            "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
            "Subject: Automatic reply: %s" % q["subject"],
            "Thread-Topic: %s" % q["subject"],
            "Thread-Index: AQH%s" % r.b64s(22),
            "Date: %s" % rfcdate(send, UTC),
            "Message-ID: <%s@BN6PR13MB%d.namprd13.prod.outlook.com>" % (r.hexs(32, True), r.randint(3000, 9999)),
            "References: %s" % q["mid"],
            "In-Reply-To: %s" % q["mid"],
            "Auto-Submitted: auto-generated",
            "X-MS-Has-Attach:",
            "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Inbox-Rules-Loop: kbrogan@riverbendclinic.org",
            "X-MS-TNEF-Correlator:",
            "Content-Language: en-US",
            mp.headers[0], "MIME-Version: 1.0"]
    return emit(m, hdrs, mp.body, "m365", "riverbendclinic.org", "", send=send), "Exchange Online automatic reply"


auto(key="ooo-vd-exchange", at="2027-01-28 09:42:10", mailbox="powerhousecatalog", build=b_ooo_exchange,
     note="Exchange out-of-office answering the Valentine's catalog e-mail (Auto-Submitted, X-Auto-Response-Suppress)",
     category="automated: auto-reply", spec="exchange-out-of-office-to-catalog-email", answers="PH-2701-VD catalog e-mail")


def b_no_longer_monitored(m):
    r = rng(m["key"])
    q = ack_for("CC-2027-01-00752", "2027-01-27 08:04:02", "office@kesslerheating.com")
    send = parse(m["at"]) - _dt.timedelta(seconds=3)
    text = """Thank you for your email.

This mailbox is no longer monitored. For service calls please email service@kesslerheating.com or call (608) 555-0114. For billing questions write to billing@kesslerheating.com.

Kessler Heating & Cooling
Serving Dane County since 1978"""
    b = "000000000000" + r.hexs(16)
    mp = multipart('multipart/alternative; boundary="%s"' % b, b,
                   [leaf('text/plain; charset="UTF-8"', text + "\n", "utf-8", None),
                    leaf('text/html; charset="UTF-8"', '<div dir="ltr">%s</div>\n' % "<br>".join(esc(l) for l in text.split("\n")), "utf-8", "quoted-printable")])
    hdrs = ["MIME-Version: 1.0",
            "References: %s" % q["mid"],
            "In-Reply-To: %s" % q["mid"],
            'From: "Kessler Heating & Cooling" <office@kesslerheating.com>',
            "Date: %s" % rfcdate(send),
            "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(50),
            "Subject: Re: %s" % q["subject"],
            "To: %s" % addr(*ours.CC),
            mp.headers[0]]
    return emit(m, hdrs, mp.body, "gmail", "kesslerheating.com", "office@kesslerheating.com", send=send), "Google Workspace (filter auto-reply)"


auto(key="no-longer-monitored", at="2027-01-27 08:04:30", mailbox="customercare", build=b_no_longer_monitored,
     note="'this mailbox is no longer monitored' answer to our acknowledgement without Auto-Submitted: still automated (LABELS headerless auto-reply rule)",
     category="automated: auto-reply", spec="headerless-no-longer-monitored", answers="acknowledgement CC-2027-01-00752")


def b_helpdesk(m):
    r = rng(m["key"])
    q = ack_for("CC-2027-01-00861", "2027-01-28 08:44:40", "support@ridgeviewpm.com")
    text = """Hello,

Thank you for contacting Ridgeview Property Management. Your request has been received and assigned ticket #44812. A member of our team will respond within 1 business day.

To add information to this ticket, reply to this email and keep [Ticket #44812] in the subject line.

For maintenance emergencies (no heat, water leak, gas smell) call 319-555-0177 any time.

Ridgeview Property Management
Resident Support"""
    a = alt(r, text + "\n", html_of(text), "utf-8", "mg", qp_plain=False)
    hdrs = ['From: "Ridgeview Property Management" <support@ridgeviewpm.com>',
            "To: customercare@alliant-energy.com",
            "Subject: [Ticket #44812] Re: %s" % q["subject"],
            "Message-ID: <%s.ticket-44812@ridgeviewpm.com>" % r.hexs(20),
            "In-Reply-To: %s" % q["mid"],
            "References: %s" % q["mid"],
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=4), UTC),
            "MIME-Version: 1.0", a.headers[0],
            "X-Autoreply: yes",
            "Precedence: auto_reply",
            "X-Mailer: Deskwise Helpdesk 5.2"]
    return emit(m, hdrs, a.body, "mailgun", "ridgeviewpm.com", "bounce+%s@mg.ridgeviewpm.com" % r.hexs(8)), "helpdesk ticket auto-reply (Mailgun)"


auto(key="helpdesk-ticket", at="2027-01-28 08:45:11", mailbox="customercare", build=b_helpdesk,
     note="a property manager's helpdesk opens a ticket for our acknowledgement and answers it: loop trap, X-Autoreply but no Auto-Submitted",
     category="automated: auto-reply", spec="helpdesk-ticket-auto-reply-to-ack", answers="acknowledgement CC-2027-01-00861")


def b_read_receipt(m):
    r = rng(m["key"])
    q = ack_for("CC-2027-01-01172", "2027-01-30 10:02:19", "hjensen@jensenseed.com")
    send = parse(m["at"]) - _dt.timedelta(seconds=3)
    text = """Your message

To: Harold Jensen
Subject: We received your request [CC-2027-01-01172]
Sent: %s

was read on %s.
""" % (long_dt(q["date"]), long_dt(send))
    mdn = """Reporting-UA: Microsoft Exchange Server; Microsoft Outlook 16.0
Final-Recipient: RFC822;hjensen@jensenseed.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % q["mid"]
    b = "_%03d_%s_" % (r.randint(1, 9), r.hexs(24, True))
    mp = multipart('multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % b, b,
                   [leaf('text/plain; charset="us-ascii"', text, "us-ascii", "quoted-printable"),
                    Part(["Content-Type: message/disposition-notification"], mdn.encode())])
    hdrs = ["From: Harold Jensen <hjensen@jensenseed.com>",
            "To: %s" % addr(*ours.CC),
            "Subject: Read: We received your request [CC-2027-01-01172]",
            "Thread-Topic: We received your request [CC-2027-01-01172]",
            "Date: %s" % rfcdate(send, UTC),
            "Message-ID: <%s@PH0PR11MB%d.namprd11.prod.outlook.com>" % (r.hexs(32, True), r.randint(3000, 9999)),
            "References: %s" % q["mid"],
            "In-Reply-To: %s" % q["mid"],
            "Content-Language: en-US",
            "X-MS-Has-Attach:",
            mp.headers[0], "MIME-Version: 1.0"]
    return emit(m, hdrs, mp.body, "m365", "jensenseed.com", "hjensen@jensenseed.com", send=send), "Outlook read receipt (MDN)"


auto(key="read-receipt-ack", at="2027-01-30 14:10:45", mailbox="customercare", build=b_read_receipt,
     note="read receipt (disposition-notification) for our acknowledgement: machine mail even though a person opened the message",
     category="automated: read receipt", spec="read-receipt-for-ack", answers="acknowledgement CC-2027-01-01172")


def b_challenge(m):
    r = rng(m["key"])
    q = ack_for("CC-2027-02-00009", "2027-02-01 10:04:50", "rkrueger@frontiernet.net")
    tok = r.alnum(28)
    text = """Hello,

You sent a message to rkrueger@frontiernet.net:

  Subject: We received your request [CC-2027-02-00009]
  Date: %s

rkrueger@frontiernet.net uses BoxGuard to block junk mail. Your message is being held until you confirm that you are a real person. This takes one click and you will only need to do it once:

  https://verify.boxguard-mail.com/c/%s

If you do not confirm within 7 days the message will be deleted.

BoxGuard - a cleaner inbox
""" % (rfcdate(q["date"]), tok)
    hdrs = ['From: "BoxGuard for rkrueger@frontiernet.net" <verify@boxguard-mail.com>',
            "To: customercare@alliant-energy.com",
            "Subject: Please confirm your message to rkrueger@frontiernet.net",
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=5), UTC),
            "Message-ID: <%s@boxguard-mail.com>" % r.hexs(24),
            "In-Reply-To: %s" % q["mid"],
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 7bit",
            "X-BoxGuard-Challenge: %s" % tok]
    return emit(m, hdrs, text.encode(), "ses", "boxguard-mail.com", "bounce-%s@boxguard-mail.com" % r.hexs(10)), "challenge-response service"


auto(key="challenge-response", at="2027-02-01 10:05:30", mailbox="customercare", build=b_challenge,
     note="challenge-response 'confirm you are human' for our acknowledgement: automated, clicking would only feed a loop",
     category="automated: challenge-response", spec="challenge-response-for-ack", answers="acknowledgement CC-2027-02-00009")


# ================================================================== phishing and cold sales

def b_phish_quota(m):
    r = rng(m["key"])
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<table width="520" style="border:1px solid #ddd"><tr><td style="background:#0b5394;color:#fff;padding:10px"><b>Alliant-Energy Mail Administration</b></td></tr>
<tr><td style="padding:14px">
<p>Dear customercare,</p>
<p>Your mailbox <b>customercare@alliant-energy.com</b> has reached <b style="color:#c00">98%%</b> of its storage limit (49.1 GB of 50 GB).</p>
<p>Incoming messages, including customer opt-out requests, will be <b>rejected</b> after %s unless you upgrade your quota.</p>
<p style="text-align:center"><a href="https://alliant-energy-mailcenter.com.quota-verify.app/owa/?u=customercare&amp;t=%s" style="background:#0b5394;color:#fff;padding:10px 22px;text-decoration:none">Upgrade Storage Now</a></p>
<p style="font-size:11px;color:#777">This is an automated message from your IT Helpdesk. Do not reply.</p>
</td></tr></table></body></html>
""" % ("Jan 23, 2027", r.hexs(20))
    hdrs = ['From: "Alliant-Energy IT Helpdesk" <admin@alliant-energy-mailcenter.com>',
            "To: customercare@alliant-energy.com",
            "Subject: ACTION REQUIRED: customercare@alliant-energy.com mailbox storage 98% full",
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=8), UTC),
            "Message-ID: <%s@alliant-energy-mailcenter.com>" % r.hexs(24),
            "MIME-Version: 1.0",
            'Content-Type: text/html; charset="us-ascii"',
            "Content-Transfer-Encoding: quoted-printable",
            "X-Priority: 1"]
    m["_from_dom"] = "alliant-energy-mailcenter.com"
    return emit(m, hdrs, encode_qp(html, "us-ascii"), "vps", "alliant-energy-mailcenter.com",
                "admin@alliant-energy-mailcenter.com", spam=7.4, auth="fail"), "phishing kit (PHP mailer)"


def encode_qp(text, cs):
    from lib import qp
    return qp(text, cs)


auto(key="phish-quota", at="2027-01-22 03:17:44", mailbox="customercare", build=b_phish_quota,
     note="look-alike-domain phishing ('mailbox 98% full') that even mentions opt-out requests: spam, no labels",
     category="automated: phishing", spec="mailbox-quota-phish", answers="-")


def b_phish_docusign(m):
    r = rng(m["key"])
    html = """<!DOCTYPE html><html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#fff"><tr><td style="background:#1e4ca1;padding:24px;color:#fff;text-align:center">
<div style="font-size:18px">Meridian List Management sent you a document to review and sign.</div>
<p><a href="https://docusign.envelope-secure-view.com/Signing/?ti=%s" style="background:#f0b400;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
</td></tr><tr><td style="padding:24px;font-size:14px">
<p><b>Dana Whitcomb</b><br>dwhitcomb@meridianlists.com</p>
<p>Please review and sign the 2027 List Rental Agreement and Do-Not-Share Suppression Addendum before the Q1 order deadline.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>
""" % r.hexs(32)
    hdrs = ['From: "Meridian List Management via DocuSign" <dse@docusign-envelopes.net>',
            "Reply-To: dwhitcomb.meridian@gmail.com",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: Please DocuSign: 2027 List Rental Agreement & Do-Not-Share Addendum",
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=6), UTC),
            "Message-ID: <%s@docusign-envelopes.net>" % r.uuid(False),
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64"]
    m["_from_dom"] = "docusign-envelopes.net"
    return emit(m, hdrs, b64(html.encode()), "vps", "docusign-envelopes.net", "dse@docusign-envelopes.net",
                spam=8.1, auth="fail"), "phishing (fake DocuSign)"


auto(key="phish-docusign", at="2027-01-27 11:20:50", mailbox="powerhousecatalog", build=b_phish_docusign,
     note="fake DocuSign using our list manager's name and 'Do Not Share' wording: phishing, no labels",
     category="automated: phishing", spec="fake-docusign-list-rental-addendum", answers="-")


def b_phish_es(m):
    r = rng(m["key"])
    text = """Estimado usuario de customercare@alliant-energy.com:

Detectamos un inicio de sesión inusual en su cuenta de correo. Por su seguridad, su cuenta será suspendida en las próximas 24 horas si no verifica su información.

Verifique su cuenta aquí: http://webmail-actualizacion.com/verificar/?id=%s

Si ya verificó su cuenta, ignore este mensaje.

Atentamente,
Soporte Técnico
Departamento de Seguridad de Correo
""" % r.digits(9)
    hdrs = ["From: =?iso-8859-1?Q?Soporte_T=E9cnico?= <soporte@webmail-actualizacion.com>",
            "To: customercare@alliant-energy.com",
            "Subject: %s" % ew("Aviso: su cuenta de correo será suspendida", "iso-8859-1", "Q", upper=False),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=9), _dt.timezone(_dt.timedelta(hours=3))),
            "Message-ID: <%s@webmail-actualizacion.com>" % r.hexs(20),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=iso-8859-1",
            "Content-Transfer-Encoding: quoted-printable",
            "X-Mailer: PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)"]
    m["_from_dom"] = "webmail-actualizacion.com"
    return emit(m, hdrs, encode_qp(text, "iso-8859-1"), "vps", "webmail-actualizacion.com",
                "soporte@webmail-actualizacion.com", spam=6.8, auth="fail"), "phishing kit (PHPMailer)"


auto(key="phish-es", at="2027-01-30 09:00:27", mailbox="customercare", build=b_phish_es, language="es",
     note="Spanish account-suspension phishing: spam",
     category="automated: phishing", spec="spanish-account-suspension-phish", answers="-")


def b_cold_broker(m):
    r = rng(m["key"])
    text = """Hi PowerHouse team,

With spring prospecting around the corner, I wanted to put the Midwest Home Comfort Buyers file on your radar:

- 2.1M mail-order buyers of heating, lighting and home-efficiency products
- 412K hotline names (0-3 months)
- $52 average order, 71% female head of household
- $95/M base, $10/M hotline select

Every order is run against DMAchoice, deceased and state opt-out registries, and our own do-not-share file, so you only mail people who said yes to mail.

Worth a 15-minute call next week? I can send counts cut to your ZIP footprint in Iowa, Wisconsin and Minnesota.

Trent Maddox
Senior List Broker | Apex Data Lists
(952) 555-0131

If you'd rather not hear from me, just reply "opt out" and I'll take you off my list.
"""
    a = alt(r, text, html_of(text), "utf-8", "sg")
    hdrs = ["From: Trent Maddox <tmaddox@apexdatalists.com>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: Midwest Home Comfort Buyers - 2.1M names for your spring prospecting",
            "Message-ID: <%s@apexdatalists.com>" % r.uuid(False),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=5), UTC),
            "MIME-Version: 1.0", a.headers[0],
            "X-Mailer: Outreach.io"]
    return emit(m, hdrs, a.body, "sendgrid", "apexdatalists.com", "bounces+%d@em.apexdatalists.com" % r.randint(1000000, 9999999)), "sales outreach tool"


auto(key="cold-list-broker", at="2027-01-26 11:00:21", mailbox="powerhousecatalog", build=b_cold_broker,
     note="list broker's cold pitch with 'opt-out registries', 'do-not-share' and a reply 'opt out' line: cold sales, not a request",
     category="automated: cold sales", spec="list-broker-cold-pitch", answers="-")


def b_cold_saas(m):
    r = rng(m["key"])
    text = """Hi there,

Data Privacy Day is Thursday, and if your privacy inbox looks anything like the ones we see, it's full of "unsubscribe", "do not sell my info" and "delete my data" requests that someone has to read one at a time.

Consentrix reads the mailbox for you: it sorts opt-outs from questions, syncs suppressions to your ESP and your list manager, and keeps the audit trail regulators ask for under the Iowa, Minnesota and California laws.

Utilities and catalogs like yours typically cut handling time by 80%.

Could I show you a 20-minute demo this week?

Megan Ruiz
Account Executive, Consentrix
https://consentrix.io

Consentrix, 100 N 6th St, Minneapolis, MN 55403
Not interested? Unsubscribe: https://consentrix.io/unsub?e=customercare%40alliant-energy.com
"""
    a = alt(r, text, html_of(text), "utf-8", "std")
    hdrs = ["From: Megan Ruiz <megan.ruiz@consentrix.io>",
            "To: customercare@alliant-energy.com",
            "Subject: Data Privacy Day is Thursday - is your opt-out inbox ready?",
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=4), UTC),
            "Message-ID: <%s@consentrix.io>" % r.uuid(False),
            "MIME-Version: 1.0", a.headers[0],
            "List-Unsubscribe: <https://consentrix.io/unsub?e=customercare%40alliant-energy.com>",
            "X-HubSpot-Campaign: dpd-2027-utilities"]
    return emit(m, hdrs, a.body, "ses", "consentrix.io", "0100019%s@bounce.consentrix.io" % r.hexs(10)), "marketing automation (HubSpot style)"


auto(key="cold-privacy-saas", at="2027-01-27 06:15:40", mailbox="customercare", build=b_cold_saas,
     note="privacy-software cold sales quoting 'unsubscribe', 'do not sell my info' as examples: not a request",
     category="automated: cold sales", spec="privacy-software-cold-pitch", answers="-")


def b_cold_seo(m):
    r = rng(m["key"])
    text = """Hi PowerHouse Catalog team,

I came across your brand in the River Valley Ledger piece this week. Rough press, but it means people are searching for you right now, and powerhousecatalog.com is on page 3 for "heated throw" and "boot dryer".

We help catalog brands turn that traffic into orders with:
- 25 high-authority backlinks a month
- product-page rewrites
- a "your privacy choices" landing page that ranks

Can I send a free audit? No strings.

Arjun Mehta
RankLift SEO
"""
    send = parse(m["at"]) - _dt.timedelta(seconds=3)
    b = "000000000000" + r.hexs(16)
    mp = multipart('multipart/alternative; boundary="%s"' % b, b,
                   [leaf('text/plain; charset="UTF-8"', text, "utf-8", None),
                    leaf('text/html; charset="UTF-8"', '<div dir="ltr">%s</div>\n' % "<br>".join(esc(l) for l in text.split("\n")), "utf-8", "quoted-printable")])
    hdrs = ["MIME-Version: 1.0", "From: Arjun Mehta <arjun@ranklift-seo.net>",
            "Date: %s" % rfcdate(send, _dt.timezone(_dt.timedelta(hours=5, minutes=30))),
            "Message-ID: <CA%s@mail.gmail.com>" % r.alnum(50),
            "Subject: Saw PowerHouse in the River Valley Ledger",
            "To: powerhousecatalog@alliant-energy.com", mp.headers[0]]
    return emit(m, hdrs, mp.body, "gmail", "ranklift-seo.net", "arjun@ranklift-seo.net", send=send), "Google Workspace (cold outreach)"


auto(key="cold-seo", at="2027-01-29 14:00:09", mailbox="powerhousecatalog", build=b_cold_seo,
     note="SEO outreach riding on the newspaper story: cold sales",
     category="automated: cold sales", spec="seo-outreach-after-article", answers="-")


def b_vanish_partner(m):
    r = rng(m["key"])
    text = """Hello PowerHouse Catalog,

VanishData members sent 1,860 opt-out and do-not-sell requests to catalog companies last week, several of them to you.

Register a dedicated privacy contact with VanishData and you will:
- receive member requests in one weekly file instead of individual e-mails
- get a verified authorization for each member on request
- appear as a "responsive company" in our member dashboard

Register in two minutes: https://partners.vanishdata.com/register?c=PHC

The VanishData Partnerships team
VanishData, Inc., 2200 Market St, Denver, CO 80205
Unsubscribe from partner updates: https://partners.vanishdata.com/unsub?id=%s
""" % r.hexs(16)
    a = alt(r, text, html_of(text), "utf-8", "sg")
    hdrs = ["From: VanishData Partnerships <partners@vanishdata.com>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: PowerHouse Catalog: register a privacy contact to receive member opt-out requests",
            "Message-ID: <%s@geopod-ismtpd-%d>" % (r.b64s(22), r.randint(1, 40)),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=5), UTC),
            "MIME-Version: 1.0", a.headers[0],
            "List-Unsubscribe: <https://partners.vanishdata.com/unsub?id=%s>" % r.hexs(16),
            "Precedence: bulk"]
    return emit(m, hdrs, a.body, "sendgrid", "vanishdata.com", "bounces+%d@em.vanishdata.com" % r.randint(1000000, 9999999)), "marketing automation (SendGrid)"


auto(key="vanish-partner-pitch", at="2027-02-01 14:00:42", mailbox="powerhousecatalog", build=b_vanish_partner,
     note="the removal service's own business mail (register a privacy contact), not written for any person: automated cold/bulk mail",
     category="automated: cold sales", spec="removal-service-partner-pitch", answers="-")


# ================================================================== software writing for a person (automated = false)

def b_scrubly(m):
    r = rng(m["key"])
    text = """To the Privacy Team at PowerHouse Catalog,

Scrubly, Inc. submits this request on behalf of our member identified below, who has authorized Scrubly to act as their agent for privacy requests.

Member: Kevin Lindqvist
Mailing address: 3417 Tallgrass Dr, Verona, WI 53593
Email: k.lindqvist@protonmail.com

Request type: Opt-out of the sale, rental, exchange or sharing of personal information; removal from marketing lists.

Please process this request and confirm completion by replying to this message. If you require verification of our authorization, reply with the reference number SCR-2027-0118842.

This message was generated automatically by Scrubly's request system.
Scrubly, Inc., 1 Market St, Suite 300, San Francisco, CA 94105
"""
    a = alt(r, text, html_of(text), "UTF-8", "ses", qp_plain=False)
    hdrs = ["From: Scrubly Privacy Requests <requests@mail.scrubly.io>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: %s" % m["subject"],
            "MIME-Version: 1.0", a.headers[0],
            "Message-ID: <0100019%s-%s-000000@email.amazonses.com>" % (r.hexs(9), r.uuid(False)),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=3), UTC),
            "Auto-Submitted: auto-generated",
            "X-Mailer: Scrubly Request Engine 3.2",
            "X-Scrubly-Ref: SCR-2027-0118842"]
    return emit(m, hdrs, a.body, "ses", "mail.scrubly.io", "0100019%s@amazonses.com" % r.hexs(12)), "data-removal service request engine"


def b_vanishdata(m):
    r = rng(m["key"])
    text = """Authorized Agent Request - Do Not Sell or Share My Personal Information
Reference: VD-88213

To: PowerHouse Catalog

VanishData acts as authorized agent for the consumer named below. Under applicable state privacy laws, the consumer directs you to:

1. Stop selling, renting, exchanging or otherwise sharing their personal information with third parties, including other catalog companies and list cooperatives.
2. Confirm in writing that this request has been completed.

Consumer: Denise Harkins
Address: 517 S Locust St, Freeport, IL 61032
Phone: (815) 555-0125

The consumer's signed authorization is on file and will be provided on request. Please reply to this message; replies are routed to the case desk.

VanishData Agent Services
"""
    a = alt(r, text, html_of(text), "utf-8", "sg")
    hdrs = ["From: VanishData Agent Services <agent@vanishdata.com>",
            "Reply-To: VanishData Case Desk <cases+VD-88213@vanishdata.com>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: %s" % m["subject"],
            "Message-ID: <%s@geopod-ismtpd-%d>" % (r.b64s(22), r.randint(1, 40)),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=4), UTC),
            "MIME-Version: 1.0", a.headers[0]]
    return emit(m, hdrs, a.body, "sendgrid", "vanishdata.com", "bounces+%d@em.vanishdata.com" % r.randint(1000000, 9999999)), "data-removal service (SendGrid)"


def b_optoutnow(m):
    r = rng(m["key"])
    text = """Hello Alliant Energy,

I am writing on behalf of Patricia Oyelaran, who uses OptOutNow to manage her privacy requests.

Patricia asks that you:
- delete all personal information you hold about her, and
- do not sell or share her personal information with any third party.

Name: Patricia Oyelaran
Address: 88 Prairie View Ln, Sun Prairie, WI 53590
Phone: (608) 555-0171

Replies to this address reach OptOutNow and are forwarded to Patricia.

Sent via OptOutNow - https://optoutnow.net
"""
    hdrs = ['From: "OptOutNow on behalf of Patricia Oyelaran" <patricia.oyelaran@relay.optoutnow.net>',
            "To: customercare@alliant-energy.com",
            "Subject: %s" % m["subject"],
            "Message-Id: <%s@relay.optoutnow.net>" % r.hexs(30),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=3), UTC),
            "Mime-Version: 1.0",
            "Content-Type: text/plain; charset=ascii",
            "Content-Transfer-Encoding: 7bit",
            "Sender: patricia.oyelaran=relay.optoutnow.net@mg.optoutnow.net"]
    return emit(m, hdrs, text.encode(), "mailgun", "relay.optoutnow.net", "bounce+%s-customercare=alliant-energy.com@mg.optoutnow.net" % r.hexs(6)), "data-removal service relay (Mailgun)"


def b_tidybox(m):
    r = rng(m["key"])
    text = """unsubscribe

This request was sent automatically by Tidybox on behalf of a Tidybox user who chose to unsubscribe from your mailings. Questions: support@tidybox.app
"""
    hdrs = ["From: Tidybox Unsubscribe <unsubscribe@tidybox.app>",
            "To: powerhousecatalog@alliant-energy.com",
            "Subject: unsubscribe PH-2701-VD",
            "Message-ID: <0100019%s-%s-000000@email.amazonses.com>" % (r.hexs(9), r.uuid(False)),
            "Date: %s" % rfcdate(parse(m["at"]) - _dt.timedelta(seconds=2), UTC),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 7bit",
            "Auto-Submitted: auto-generated"]
    return emit(m, hdrs, text.encode(), "ses", "tidybox.app", "0100019%s@amazonses.com" % r.hexs(12)), "inbox-cleaning service"


SPECIAL = {"_scrubly": b_scrubly, "_vanishdata": b_vanishdata, "_optoutnow": b_optoutnow, "_tidybox": b_tidybox}
