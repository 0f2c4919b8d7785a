"""Non-requests that use request words (category U): automated = true for all of them."""
import base64
from mailer import (CRLF, MAILBOX, R, at, plus, utc, addr, subj, text_part, multipart, assemble, top_headers,
                    dkim, fold_b, needs_qp, b64body)
import ourmail

A = []


def auto(**kw):
    kw.setdefault("lang", "en")
    A.append(kw)


def wrap(rng, box, t0, env_from, helo, rdns, ip, auth_kw, trace, hs, body, tls=True):
    t_mx = plus(t0, rng.int(2, 6))
    t_mbx = plus(t_mx, rng.int(0, 1))
    top = top_headers(rng, box, env_from, t_mx, t_mbx, helo, rdns, ip, auth_kw, tls=tls)
    return assemble(top, trace, hs, body)


def alt(rng, plain, html, bnd, cs="utf-8", cte="quoted-printable"):
    p1 = text_part(plain, "plain", cs, cte if needs_qp(plain) else "7bit", "quoted")
    p2 = text_part(html, "html", cs, cte if needs_qp(html) else "7bit", "quoted")
    return multipart("alternative", bnd, [p1, p2])


def simple_html(text):
    from mailer import esc
    paras = text.split("\n\n")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,"
            "sans-serif;font-size:14px;color:#222\">\n" + "\n".join(
                "<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in paras) + "\n</body></html>\n")


# ------------------------------------------------------------------ U1 neighbourhood list digest (groups.io)
def u1(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    txt = ("Westside Neighbors (Madison) Digest #1482\n\nTopics in this digest:\n\n"
           "1. Lost cat near Glenway & Mineral Point Rd\n"
           "2. Opting out of the PowerHouse catalog (and the name-sharing thing)\n"
           "3. Snow blower for sale, $150\n\n"
           "----------------------------------------------------------------------\n\n"
           "1. Lost cat near Glenway & Mineral Point Rd\nFrom: Kim Alvarez\nDate: Wed, 18 Mar 2026 16:02:11 CDT\n\n"
           "Orange tabby, answers to Pumpkin, indoor cat so he's probably scared. Please check garages! "
           "608-555-0131\n\n-----\n\n"
           "2. Opting out of the PowerHouse catalog (and the name-sharing thing)\nFrom: Bob Terhune\n"
           "Date: Wed, 18 Mar 2026 19:45:37 CDT\n\n"
           "PSA since a few people asked at the block party: if you're tired of the PowerHouse catalog, just email "
           "powerhousecatalog@alliant-energy.com and tell them to stop sending it. If you like the catalog but "
           "don't want them sharing your name with the other catalog companies, you can ask for only that, "
           "they'll keep sending it. Mine took about two weeks. Opting out of the catalog did NOT stop the outage "
           "texts, in case you were worried.\n\n-----\n\n"
           "3. Snow blower for sale, $150\nFrom: Dave K\nDate: Thu, 19 Mar 2026 07:12:58 CDT\n\n"
           "Toro 24\", runs great, moving to a condo. Pick up on Segoe Rd.\n\n"
           "----------------------------------------------------------------------\n"
           "You are receiving this digest because you are subscribed to main@WestsideNeighbors.groups.io.\n"
           "View/Reply Online (#8810): https://groups.io/g/WestsideNeighbors/message/8810\n"
           "Change your subscription: https://groups.io/g/WestsideNeighbors/editsub/2211983\n"
           "Leave group: https://groups.io/g/WestsideNeighbors/leave/10442315/2211983/1840172337/xyzzy\n")
    ct, body = alt(rng, txt, simple_html(txt), rng.hex(28))
    d, b = dkim(rng, "groups.io", "20240206", "Subject:To:From:Date:Message-ID:Reply-To:List-Unsubscribe", tl.epoch(),
                lead="\t ", style="ms")
    trace = [("DKIM-Signature", d),
             ("Received", "from web01.groups.io (web01.groups.io [10.1.2.11])%s\tby mail02.groups.io (Postfix) with "
              "ESMTP id %s;%s\t%s" % (CRLF, rng.HEX(10), CRLF, at(t0, "P").rfc(abbr=True)))]
    hs = [("To", MAILBOX[s["box"]]), ("From", '"main@WestsideNeighbors.groups.io Digest" <main@WestsideNeighbors.groups.io>'),
          ("Date", tl.rfc()), ("Subject", "[WestsideNeighbors] Digest #1482"),
          ("Message-ID", "<%d.%d.digest@groups.io>" % (rng.int(10**8, 10**9), rng.int(10**6, 10**7))),
          ("Sender", "main@WestsideNeighbors.groups.io"),
          ("List-Id", "<main.WestsideNeighbors.groups.io>"),
          ("Mailing-List", "list main@WestsideNeighbors.groups.io; contact main+owner@WestsideNeighbors.groups.io"),
          ("List-Post", "<mailto:main@WestsideNeighbors.groups.io>"),
          ("List-Help", "<mailto:main+help@WestsideNeighbors.groups.io>"),
          ("List-Unsubscribe", "<mailto:main+unsubscribe@WestsideNeighbors.groups.io>"),
          ("Precedence", "Bulk"),
          ("Reply-To", "main@WestsideNeighbors.groups.io"),
          ("MIME-Version", "1.0"), ("Content-Type", ct)]
    return wrap(rng, s["box"], t0, "bounce+2211983+8810@groups.io", "mail02.groups.io", "mail02.groups.io",
                "66.175.222.12", dict(dkim_d="groups.io", dkim_s="20240206", dkim_b=b, mailfrom="bounce@groups.io",
                                      ip="66.175.222.12", from_dom="WestsideNeighbors.groups.io"), trace, hs, body)


auto(key="u1", cat="auto:list-digest", client="groups.io", box="customercare", date="2026-03-19 08:00:44", build=u1,
     note="neighbourhood mailing-list digest whose post explains 'opting out of the catalog' and name sharing: list "
          "traffic, not a request")


# ------------------------------------------------------------------ U2 Nextdoor digest
def u2(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    txt = ("Trending posts near Sun Prairie\n\n"
           "PSA: how to opt out of the PowerHouse catalog\n"
           "Carla M. \u00b7 Smith's Crossing \u00b7 2 hr ago\n"
           "For everyone complaining about catalogs in the recycling: email the PowerHouse people at "
           "powerhousecatalog@alliant-energy.com and say you want off the list. You can also tell them not to "
           "share your name with other catalogs. Took me 5 minutes.\n"
           "48 replies \u00b7 112 thanks\n\n"
           "Anyone else's power flicker last night around 9?\n"
           "Jeff R. \u00b7 Providence \u00b7 5 hr ago\n"
           "31 replies\n\n"
           "Free firewood, you haul\nSusan T. \u00b7 Westwood \u00b7 8 hr ago\n\n"
           "See all posts: https://nextdoor.com/news_feed/?ct=dgst\n\n"
           "This email was intended for customercare@alliant-energy.com. Unsubscribe: "
           "https://nextdoor.com/unsubscribe/digest/?token=" + rng.alnum(24) + "\n"
           "Nextdoor, 420 Taylor Street, San Francisco, CA 94102\n")
    ct, body = alt(rng, txt, simple_html(txt), rng.hex(32))
    d, b = dkim(rng, "email.nextdoor.com", "s1", "from:subject:list-unsubscribe:mime-version:to:content-type",
                tl.epoch(), lead="\t", style="ms")
    trace = [("DKIM-Signature", d),
             ("Received", "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-1-%s-1%s\t%s" % (
                 rng.hex(10), rng.alnum(5).lower(), rng.hex(10), rng.HEX(8), CRLF, at(t0, "UTC").rfc()))]
    hs = [("Content-Type", ct), ("Date", tl.rfc()),
          ("From", "Nextdoor Sun Prairie <reply@rs.email.nextdoor.com>"),
          ("Mime-Version", "1.0"),
          ("Subject", subj("\u201cPSA: how to opt out of the PowerHouse catalog\u201d and 4 more trending posts",
                           "UTF-8", "B")),
          ("List-Unsubscribe", "<https://nextdoor.com/unsubscribe/digest/?token=%s>,%s <mailto:unsubscribe-%s@"
           "rs.email.nextdoor.com>" % (rng.alnum(24), CRLF, rng.hex(20))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rng.alnum(22), rng.int(1, 40))),
          ("X-SG-EID", rng.b64(80)),
          ("To", MAILBOX[s["box"]])]
    return wrap(rng, s["box"], t0, "bounces+%d-%s-customercare=alliant-energy.com@rs.email.nextdoor.com" % (
        rng.int(1000000, 9999999), rng.hex(4)), "o1.rs.email.nextdoor.com", "o1.rs.email.nextdoor.com",
        "167.89.%d.%d" % (rng.int(1, 120), rng.int(1, 250)),
        dict(dkim_d="email.nextdoor.com", dkim_s="s1", dkim_b=b, mailfrom="bounces@rs.email.nextdoor.com",
             ip="167.89.16.44", from_dom="rs.email.nextdoor.com"), trace, hs, body)


auto(key="u2", cat="auto:list-digest", client="nextdoor", box="customercare", date="2026-05-06 06:15:22", build=u2,
     note="Nextdoor digest trending a neighbour's 'PSA: how to opt out of the PowerHouse catalog': bulk mail, not a "
          "request")


# ------------------------------------------------------------------ U3 vendor suppression-file notice
def u3(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    txt = ("ListBridge Data Services - Job Notification\n\n"
           "Client: PowerHouse Catalog (Alliant Energy)\nJob: 88213\nFile: PH_FALL26_DNS_0902.csv\n"
           "Type: Suppression - do not share / do not rent\nStatus: COMPLETE\n\n"
           "Input records:            1,842\nMatched to rental universe: 1,617\nSuppressed from outbound orders: "
           "1,617\nUnmatched (no action):        225\n\n"
           "Opt-out flags have been applied to all pending list-rental and exchange orders for the Fall 2026 season. "
           "No further action is required.\n\nDownload the match report (available 14 days):\n"
           "https://portal.listbridgedata.com/jobs/88213/report\n\n"
           "This is an automated message. Replies to this address are not monitored. For help contact your account "
           "manager.\n")
    hs0, body = text_part(txt, "plain", "us-ascii", "7bit", "quoted")
    d, b = dkim(rng, "notify.listbridgedata.com", "lb1", "From:To:Subject:Date:Message-ID", tl.epoch(), lead="\t",
                style="ms")
    trace = [("DKIM-Signature", d),
             ("Received", "from jobs-worker-07.listbridgedata.internal (unknown [10.40.7.17])%s\tby "
              "smtp-out2.listbridgedata.com (Postfix) with ESMTP id %s%s\tfor <%s>; %s" % (
                  CRLF, rng.HEX(10), CRLF, MAILBOX[s["box"]], at(t0, "E").rfc(abbr=True)))]
    hs = [("Date", tl.rfc()), ("From", "ListBridge Data Services <jobs@notify.listbridgedata.com>"),
          ("To", MAILBOX[s["box"]]),
          ("Subject", "Job 88213 complete: suppression file PH_FALL26_DNS_0902.csv applied"),
          ("Message-ID", "<job-88213-%s@notify.listbridgedata.com>" % rng.hex(12)),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("MIME-Version", "1.0")] + hs0
    return wrap(rng, s["box"], t0, "jobs@notify.listbridgedata.com", "smtp-out2.listbridgedata.com",
                "smtp-out2.listbridgedata.com", "198.51.100.72",
                dict(dkim_d="notify.listbridgedata.com", dkim_s="lb1", dkim_b=b,
                     mailfrom="jobs@notify.listbridgedata.com", ip="198.51.100.72"), trace, hs, body)


auto(key="u3", cat="auto:vendor-notice", client="vendor-system", box="powerhousecatalog", date="2026-09-02 14:31:09",
     build=u3, note="mail house's suppression-file job report full of 'do not share'/'opt-out' words: vendor system "
                    "mail, not a request")


# ------------------------------------------------------------------ U4 internal calendar invite
def ics_fold(lines):
    out = []
    for l in lines:
        while len(l.encode()) > 75:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


def u4(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    uid = "040000008200E00074C5B7101A82E00800000000" + rng.HEX(16) + "0100000000000000001000000" + rng.HEX(32)
    desc = ("Monthly review of opt-out and do-not-share processing: backlog in the customercare and PowerHouse "
            "mailboxes, anything past 10 business days, unclear items waiting on staff review.")
    plain = (desc + "\n\nTeams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + rng.alnum(40)
             + "\nMeeting ID: 231 884 907 551  Passcode: " + rng.alnum(6) + "\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div>" + desc + "</div><div><br></div><div>Teams meeting link in the invitation.</div></body></html>\n")
    ics = ics_fold([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Sheila Markham:mailto:smarkham@alliant-energy.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer Care Privacy Mailbox:mailto:customercare@alliant-energy.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Reuter:mailto:treuter@alliant-energy.com",
        "DESCRIPTION;LANGUAGE=en-US:" + desc,
        "RRULE:FREQ=MONTHLY;BYDAY=1TU", "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Opt-out processing review",
        "DTSTART;TZID=Central Standard Time:20260407T100000", "DTEND;TZID=Central Standard Time:20260407T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%sZ" % at(t0, "UTC").l.strftime("%Y%m%dT%H%M%S"),
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    p1 = text_part(plain, "plain", "utf-8", "quoted-printable", "quoted")
    p2 = text_part(html, "html", "utf-8", "quoted-printable", "quoted")
    p3 = ([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
           ("Content-Transfer-Encoding", "base64")], b64body(ics.encode()).encode())
    bnd = "_000_%sEXCH02corpalliantenergycom_" % rng.HEX(40)
    ct, body = multipart("alternative", bnd, [p1, p2, p3], style="fold")
    d, b = dkim(rng, "alliant-energy.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version",
                tl.epoch(), lead=" ", style="ms")
    trace = [("DKIM-Signature", d),
             ("Received", "from EXCH02.corp.alliant-energy.com (10.12.4.22) by EXCH01.corp.alliant-energy.com"
              "%s (10.12.4.21) with Microsoft SMTP Server (version=TLS1_2,%s cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
              " id 15.2.1544.11; %s" % (CRLF, CRLF, tl.rfc()))]
    hs = [("From", "Sheila Markham <smarkham@alliant-energy.com>"),
          ("To", "Customer Care Privacy Mailbox <customercare@alliant-energy.com>, Tom Reuter"
                 "%s <treuter@alliant-energy.com>" % CRLF),
          ("Subject", "Opt-out processing review"), ("Thread-Topic", "Opt-out processing review"),
          ("Thread-Index", "AdyX" + rng.b64(20) + "=="), ("Date", tl.rfc()),
          ("Message-ID", "<%s@EXCH02.corp.alliant-energy.com>" % rng.HEX(40)),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("Content-Type", ct), ("MIME-Version", "1.0")]
    return wrap(rng, s["box"], t0, "smarkham@alliant-energy.com", "EXCH01.corp.alliant-energy.com",
                "exch01.corp.alliant-energy.com", "10.12.4.21",
                dict(dkim_d="alliant-energy.com", dkim_s="selector1", dkim_b=b, mailfrom="smarkham@alliant-energy.com",
                     ip="10.12.4.21", dmarc_p="reject"), trace, hs, body)


auto(key="u4", cat="auto:calendar-invite", client="exchange-calendar", box="customercare", date="2026-03-31 15:22:10",
     build=u4, note="internal meeting invitation (text/calendar) titled 'Opt-out processing review': not a request")


# ------------------------------------------------------------------ U5 phishing: click to unsubscribe from data sharing
def u5(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "E")
    link = "https://alliant-energy-privacycenter.com/optout/?id=%s&m=powerhousecatalog" % rng.alnum(16)
    html = ("<html><body style=\"font-family:Arial;font-size:15px\">\n<table width=\"600\" align=\"center\"><tr><td>\n"
            "<h2 style=\"color:#0b5394\">Alliant Energy Privacy Center</h2>\n"
            "<p>Dear Customer,</p>\n<p>Our records show that your personal information is currently being shared with "
            "<b>14 third-party marketing partners</b>. Under new privacy regulations you must confirm your "
            "preferences within <b>48 hours</b> or your sharing settings will remain active.</p>\n"
            "<p style=\"text-align:center\"><a href=\"" + link + "\" style=\"background:#e69138;color:#fff;"
            "padding:12px 24px;text-decoration:none\">CLICK TO UNSUBSCRIBE FROM DATA SHARING</a></p>\n"
            "<p>You will need to sign in with your account username and password to complete the opt-out.</p>\n"
            "<p>Thank you,<br>Privacy Compliance Team</p>\n</td></tr></table>\n</body></html>\n")
    hs0, body = text_part(html, "html", "utf-8", "base64", "quoted")
    hs = [("Date", tl.rfc()), ("To", MAILBOX[s["box"]]),
          ("From", "Alliant Energy Privacy Center <privacy@alliant-energy-privacycenter.com>"),
          ("Subject", "Action needed: click to unsubscribe from data sharing"),
          ("Message-ID", "<%s@alliant-energy-privacycenter.com>" % rng.hex(32)),
          ("X-Mailer", "PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)"),
          ("MIME-Version", "1.0")] + hs0
    trace = [("Received", "from [127.0.0.1] (localhost [127.0.0.1])%s\tby vps-51822.hostwinds-cloud.net (Postfix) "
              "with ESMTPSA id %s%s\tfor <%s>; %s" % (CRLF, rng.HEX(10), CRLF, MAILBOX[s["box"]], tl.rfc()))]
    return wrap(rng, s["box"], t0, "www-data@vps-51822.hostwinds-cloud.net", "vps-51822.hostwinds-cloud.net",
                "unknown", "192.236.%d.%d" % (rng.int(1, 250), rng.int(1, 250)),
                dict(mailfrom="www-data@vps-51822.hostwinds-cloud.net", ip="192.236.146.77", spf="softfail",
                     dmarc="none", dmarc_p="none", from_dom="alliant-energy-privacycenter.com"), trace, hs, body)


auto(key="u5", cat="auto:phishing", client="phpmailer", box="powerhousecatalog", date="2026-04-23 03:17:40", build=u5,
     note="phishing look-alike 'CLICK TO UNSUBSCRIBE FROM DATA SHARING' from a look-alike domain, HTML-only base64: "
          "spam, not a request")


# ------------------------------------------------------------------ U6 phishing 2
def u6(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "UTC")
    ref = "OPT-883102"
    txt = ("Customer Care Notification\n\nWe received a request to stop marketing and data sharing for the mailbox "
           "customercare@alliant-energy.com (Ref. #%s).\n\nTo protect your account, this opt-out request will be "
           "cancelled unless you verify your identity within 24 hours:\n\n"
           "https://secure-alliantverify.net/verify?ref=%s&u=%s\n\n"
           "If you did not make this request, click the link above to report it.\n\n"
           "\u00a9 2026 Customer Care Services. All rights reserved.\n") % (ref, ref, rng.alnum(12))
    html = simple_html(txt)
    ct, body = alt(rng, txt, html, "----=_NextPart_%s" % rng.hex(24), cs="windows-1252")
    hs = [("From", "\"Customer Care\" <no-reply@secure-alliantverify.net>"), ("To", MAILBOX[s["box"]]),
          ("Subject", "Your opt-out request #%s requires verification" % ref), ("Date", tl.rfc()),
          ("MIME-Version", "1.0"), ("Content-Type", ct),
          ("Message-ID", "<%s$%s@secure-alliantverify.net>" % (rng.hex(16), rng.hex(8))), ("X-Priority", "1")]
    trace = [("Received", "from User (unknown [45.%d.%d.%d])%s\tby mail.pinnaclelandscaping-oh.com with ESMTPA%s\t"
              "; %s" % (rng.int(1, 250), rng.int(1, 250), rng.int(1, 250), CRLF, CRLF, tl.rfc()))]
    return wrap(rng, s["box"], t0, "info@pinnaclelandscaping-oh.com", "mail.pinnaclelandscaping-oh.com",
                "mail.pinnaclelandscaping-oh.com", "23.%d.%d.%d" % (rng.int(1, 250), rng.int(1, 250), rng.int(1, 250)),
                dict(mailfrom="info@pinnaclelandscaping-oh.com", ip="23.94.12.8", spf="fail", dmarc="fail",
                     dmarc_p="reject", from_dom="secure-alliantverify.net"), trace, hs, body, tls=False)


auto(key="u6", cat="auto:phishing", client="spam-relay", box="customercare", date="2026-07-09 02:44:05", build=u6,
     note="phishing 'your opt-out request requires verification' (fake reference, credential link), SPF/DMARC fail: "
          "spam, not a request")


# ------------------------------------------------------------------ U7 cold sales outreach
def gw_trace(rng, dom, t0, box, helo_n):
    tp = at(t0, "P")
    d, b = dkim(rng, dom, "google", "mime-version:from:date:message-id:subject:to%s         :content-type" % CRLF,
                at(t0, "UTC").epoch())
    helo = "mail-%s-f%d.google.com" % (rng.choice(["pl1", "qk1", "ot1"]), helo_n)
    ip = "209.85.%d.%d" % (rng.choice([160, 210, 219]), helo_n)
    trace = [("Received", "by %s with SMTP id %s%s        for <%s>; %s" % (
        helo, rng.hex(16), CRLF, MAILBOX[box], tp.rfc(abbr=True))),
             ("DKIM-Signature", d),
             ("X-Gm-Message-State", "AOJu0Y" + rng.b64(60)),
             ("X-Google-Smtp-Source", "AGHT+I" + rng.b64(70) + "=="),
             ("X-Received", "by 2002:a17:%x:%x:b0:%x:%x:%x with SMTP id %s;%s        %s" % (
                 rng.int(0x900, 0x9ff), rng.int(0x100, 0xfff), rng.int(0x100, 0xfff), rng.int(0x100, 0xfff),
                 rng.int(0x100, 0xfff), rng.hex(20), CRLF, tp.rfc(abbr=True)))]
    return trace, helo, ip, b


def u7(s):
    rng = R(s["key"])
    t0 = utc(s["date"], "E")
    tl = at(t0, "E")
    txt = ("Hi there,\n\nI noticed Alliant Energy asks customers to opt out of marketing and catalog name-sharing by "
           "emailing this address. Teams we work with usually find that inbox turns into a mess of unsubscribes, "
           "\"do not sell my info\" requests, out-of-office replies and bill questions, all handled by hand.\n\n"
           "PrivaFlow reads the mailbox, sorts opt-outs from everything else, pushes suppressions to your CRM and "
           "mail house, and keeps an audit trail for regulators. Cedar Valley Electric Co-op cut their processing "
           "time from 9 days to 1.\n\nWorth a 15-minute call next week? Here's my calendar: "
           "https://cal.privaflow.io/jordan\n\nBest,\nJordan Pike\nAccount Executive, PrivaFlow\n\n"
           "If this isn't relevant, just reply \"no thanks\" and I won't follow up.\n")
    html = simple_html(txt)
    ct, body = alt(rng, txt, html, "000000000000" + rng.hex(16), cs="UTF-8")
    trace, helo, ip, b = gw_trace(rng, "privaflow.io", t0, s["box"], rng.int(40, 230))
    hs = [("MIME-Version", "1.0"), ("From", "Jordan Pike <jordan.pike@privaflow.io>"), ("Date", tl.rfc()),
          ("Message-ID", "<CAOp%s@mail.gmail.com>" % rng.alnum(40)),
          ("Subject", "Automating opt-out requests at Alliant Energy?"), ("To", MAILBOX[s["box"]]),
          ("Content-Type", ct)]
    return wrap(rng, s["box"], t0, "jordan.pike@privaflow.io", helo, helo, ip,
                dict(dkim_d="privaflow.io", dkim_s="google", dkim_b=b, mailfrom="jordan.pike@privaflow.io", ip=ip),
                trace, hs, body)


auto(key="u7", cat="auto:cold-sales", client="gmail-workspace", box="customercare", date="2026-02-11 09:03:27", build=u7,
     note="cold sales pitch for opt-out processing software, quotes 'do not sell my info': outreach, not a request")


# ------------------------------------------------------------------ U8 SEO outreach
def u8(s):
    rng = R(s["key"])
    t0 = utc(s["date"], "E")
    tl = at(t0, "E")
    txt = ("Hi Alliant Energy team,\n\nI was reading your privacy page (alliantenergy.com/privacy) and noticed the "
           "section on opting out of promotional mail links to a DMA page that no longer exists.\n\n"
           "We recently published a free guide, \"How to Opt Out of Junk Mail and Catalog Sharing in 2026\", that "
           "would make a great replacement for that broken link. Your readers would find it useful!\n\n"
           "Here it is: https://www.homesavvyguides.com/opt-out-junk-mail-2026\n\n"
           "Would you consider swapping it in? Happy to share one of your articles with our 40k newsletter readers "
           "in return.\n\nCheers,\nEmily Carter\nOutreach Coordinator | HomeSavvy Guides\n")
    ct, body = alt(rng, txt, simple_html(txt), "000000000000" + rng.hex(16), cs="UTF-8")
    trace, helo, ip, b = gw_trace(rng, "gmail.com", t0, s["box"], rng.int(40, 230))
    hs = [("MIME-Version", "1.0"), ("From", "Emily Carter <emily.carter.outreach@gmail.com>"), ("Date", tl.rfc()),
          ("Message-ID", "<CAL%s@mail.gmail.com>" % rng.alnum(42)),
          ("Subject", "Quick question about your opt-out page"), ("To", MAILBOX[s["box"]]),
          ("Content-Type", ct)]
    return wrap(rng, s["box"], t0, "emily.carter.outreach@gmail.com", helo, helo, ip,
                dict(dkim_d="gmail.com", dkim_s="google", dkim_b=b, mailfrom="emily.carter.outreach@gmail.com",
                     ip=ip, dmarc_p="NONE sp=QUARANTINE"), trace, hs, body)


auto(key="u8", cat="auto:seo-outreach", client="gmail", box="customercare", date="2026-08-06 10:41:50", build=u8,
     note="SEO link-swap pitch about our 'opt-out page' and junk-mail opt-outs: outreach, not a request")


# ------------------------------------------------------------------ U9 read receipt (MDN) for our acknowledgement
def u9(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    o = ourmail.ack("CC-2026-02-01187", "2026-02-13 10:21:07", "d39f1a0e")
    ot = at(o["date"], "C")
    txt = ("Your message\r\n\r\n  To: pgarnett@frontier.com\r\n  Subject: We received your request "
           "[CC-2026-02-01187]\r\n  Sent: %s\r\n\r\nwas read on %s.\r\n" % (
               "Friday, February 13, 2026 10:21:07 AM (UTC-06:00) Central Time (US & Canada)",
               "Friday, February 13, 2026 %s (UTC-06:00) Central Time (US & Canada)" % tl.h12()))
    p1 = ([("Content-Type", "text/plain; charset=\"us-ascii\""), ("Content-Transfer-Encoding", "7bit")],
          txt.encode())
    mdn = ("Reporting-UA: GARNETT-HP; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;pgarnett@frontier.com\r\n"
           "Original-Message-ID: %s\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n" % o["msgid"])
    p2 = ([("Content-Type", "message/disposition-notification")], mdn.encode())
    bnd = "----=_NextPart_000_%04X_01DC%s.%s" % (rng.int(1, 60), rng.HEX(4), rng.HEX(8))
    ct, body = multipart("report", bnd, [p1, p2], params=";%s\treport-type=disposition-notification" % CRLF,
                         style="fold")
    hs = [("From", "\"Phyllis Garnett\" <pgarnett@frontier.com>"), ("To", "\"Alliant Energy Customer Care\" "
                                                                   "<customercare@alliant-energy.com>"),
          ("Subject", "Read: We received your request [CC-2026-02-01187]"), ("Date", tl.rfc()),
          ("Message-ID", "<%s@GARNETTHP>" % rng.HEX(32)), ("MIME-Version", "1.0"), ("Content-Type", ct),
          ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + rng.b64(22) + "=="),
          ("Content-Language", "en-us")]
    trace = [("Received", "from GARNETTHP (unknown [%d.%d.%d.%d])%s\t(Authenticated sender: pgarnett@frontier.com)"
              "%s\tby smtp.frontier.com (Postfix) with ESMTPSA id %s%s\tfor <customercare@alliant-energy.com>; %s" % (
                  rng.int(47, 50), rng.int(1, 250), rng.int(1, 250), rng.int(1, 250), CRLF, CRLF, rng.HEX(11), CRLF,
                  tl.rfc(abbr=True)))]
    return wrap(rng, s["box"], t0, "pgarnett@frontier.com", "smtp.frontier.com", "smtp.frontier.com", "74.40.12.56",
                dict(mailfrom="pgarnett@frontier.com", ip="74.40.12.56", dmarc=None), trace, hs, body)


auto(key="u9", cat="auto:read-receipt", client="outlook-mdn", box="customercare", date="2026-02-13 18:02:44", build=u9,
     note="Outlook read receipt (MDN) for our acknowledgement; the subject repeats our request wording: machine mail")


# ------------------------------------------------------------------ U10 challenge-response
def u10(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "UTC")
    tok = rng.alnum(20)
    txt = ("Hello,\n\nI'm protecting my inbox with MailShield. Your message to tbrennan@brennanfarmsupply.com has been "
           "held:\n\n    Subject: Your Fall Preview is here [PH-2609-W2K7D]\n\nTo deliver it, please verify that you "
           "are a real person (one time only):\n\n    https://verify.mailshield-cr.net/c/%s\n\n"
           "Once verified, all your future messages will be delivered. Unverified messages are deleted after 14 days.\n\n"
           "MailShield - stop spam, unsubscribe from the junk, keep the people you know.\n" % tok)
    hs0, body = text_part(txt, "plain", "utf-8", "7bit", "quoted")
    hs = [("Date", tl.rfc()), ("From", "MailShield Verification <verify@mailshield-cr.net>"),
          ("To", MAILBOX[s["box"]]),
          ("Subject", "Re: Your Fall Preview is here [PH-2609-W2K7D] - please verify"),
          ("Message-ID", "<cr-%s@mailshield-cr.net>" % rng.hex(20)),
          ("In-Reply-To", ourmail.ORIG["ph_fall"]["msgid"]),
          ("Auto-Submitted", "auto-replied"), ("Precedence", "junk"), ("MIME-Version", "1.0")] + hs0
    d, b = dkim(rng, "mailshield-cr.net", "k1", "From:To:Subject:Date:Message-ID", tl.epoch(), lead="\t", style="ms")
    trace = [("DKIM-Signature", d)]
    return wrap(rng, s["box"], t0, "", "out3.mailshield-cr.net", "out3.mailshield-cr.net", "203.0.113.41",
                dict(dkim_d="mailshield-cr.net", dkim_s="k1", dkim_b=b, mailfrom="postmaster@out3.mailshield-cr.net",
                     ip="203.0.113.41", from_dom="mailshield-cr.net"), trace, hs, body)


auto(key="u10", cat="auto:challenge-response", client="challenge-response", box="powerhousecatalog",
     date="2026-09-08 07:22:30", build=u10,
     note="challenge-response 'please verify you are a person' triggered by our catalog e-mail: machine mail")


# ------------------------------------------------------------------ U11 CRM export notice
def u11(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    txt = ("Your scheduled export is ready.\n\nReport: Privacy opt-outs - weekly\nRows: 312 (marketing opt-outs 241, "
           "do-not-share 58, re-subscribes 13)\nFormat: CSV\nRequested by: customercare@alliant-energy.com\n\n"
           "Download: https://app.kestrelcrm.com/exports/%s\nThe link expires in 7 days.\n\n"
           "You're receiving this because you scheduled this export in Kestrel CRM. Manage notifications: "
           "https://app.kestrelcrm.com/settings/notifications\n" % rng.hex(24))
    ct, body = alt(rng, txt, simple_html(txt), "kestrel-%s" % rng.hex(20))
    d, b = dkim(rng, "kestrelcrm.com", "k2", "From:To:Subject:Date:Message-ID:Content-Type", tl.epoch(), lead="\t",
                style="ms")
    trace = [("DKIM-Signature", d),
             ("Received", "from notifier-3.kestrelcrm.com (notifier-3.kestrelcrm.com [10.8.3.3])%s\tby "
              "smtp.kestrelcrm.com (Postfix) with ESMTP id %s; %s" % (CRLF, rng.HEX(10), at(t0, "UTC").rfc()))]
    hs = [("From", "Kestrel CRM <notifications@kestrelcrm.com>"), ("To", MAILBOX[s["box"]]),
          ("Subject", "Your export \"Privacy opt-outs - weekly\" is ready"), ("Date", tl.rfc()),
          ("Message-ID", "<export.%s@kestrelcrm.com>" % rng.hex(24)), ("X-Auto-Response-Suppress", "All"),
          ("MIME-Version", "1.0"), ("Content-Type", ct)]
    return wrap(rng, s["box"], t0, "bounces@kestrelcrm.com", "smtp.kestrelcrm.com", "smtp.kestrelcrm.com",
                "198.51.100.19", dict(dkim_d="kestrelcrm.com", dkim_s="k2", dkim_b=b, mailfrom="bounces@kestrelcrm.com",
                                      ip="198.51.100.19"), trace, hs, body)


auto(key="u11", cat="auto:crm-notice", client="vendor-system", box="customercare", date="2026-06-29 06:00:12", build=u11,
     note="CRM export notice for a report named 'Privacy opt-outs - weekly': system notification, not a request")


# ------------------------------------------------------------------ U12 partner list-exchange notice
def u12(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    txt = ("MEADOWLARK CATALOG CO. - LIST SERVICES\nAutomated order status\n\nExchange order: LX-5521\n"
           "Partner: PowerHouse Catalog\nStatus: FILE DELIVERED\n\nPer our exchange agreement, all names carrying a "
           "do-not-share, do-not-rent or opt-out flag on either file were suppressed before delivery (2,406 names "
           "removed). E-mail addresses are never included in exchange files.\n\nQuestions about this order? Contact "
           "your list broker. Please do not reply to this message; this mailbox is not monitored.\n")
    hs0, body = text_part(txt, "plain", "us-ascii", "7bit", "quoted")
    d, b = dkim(rng, "meadowlarkcatalog.com", "mk", "From:To:Subject:Date:Message-ID", tl.epoch(), lead="\t", style="ms")
    trace = [("DKIM-Signature", d)]
    hs = [("Date", tl.rfc()), ("From", "Meadowlark Catalog Co. List Services <listservices@meadowlarkcatalog.com>"),
          ("To", MAILBOX[s["box"]]), ("Subject", "List exchange LX-5521: file delivered, do-not-share suppression applied"),
          ("Message-ID", "<LX-5521.%s@meadowlarkcatalog.com>" % rng.hex(10)), ("MIME-Version", "1.0")] + hs0
    return wrap(rng, s["box"], t0, "listservices@meadowlarkcatalog.com", "mail.meadowlarkcatalog.com",
                "mail.meadowlarkcatalog.com", "198.51.100.144",
                dict(dkim_d="meadowlarkcatalog.com", dkim_s="mk", dkim_b=b, mailfrom="listservices@meadowlarkcatalog.com",
                     ip="198.51.100.144"), trace, hs, body)


auto(key="u12", cat="auto:vendor-notice", client="vendor-system", box="powerhousecatalog", date="2026-08-18 11:30:00",
     build=u12, note="partner catalog's automated list-exchange status ('do-not-share suppression applied'): partner "
                     "system mail, not a request")


# ------------------------------------------------------------------ U13 industry newsletter
def u13(s):
    rng = R(s["key"])
    t0 = utc(s["date"], "E")
    tl = at(t0, "E")
    txt = ("UTILITY PRIVACY BRIEF | Week of September 21, 2026\n\n"
           "1. Three more states pass universal opt-out laws: what utilities need to do before July.\n"
           "2. 'Do not share' vs 'do not sell': why catalog list exchanges still count as sharing.\n"
           "3. Case study: a Midwest co-op processes 4,000 unsubscribes a month with two people.\n"
           "4. Reader question: do outage texts need an opt-out? (Short answer: no, they're service messages.)\n\n"
           "Read online: https://utilityprivacybrief.com/issues/2026-09-21\n\n"
           "You are receiving this because customercare@alliant-energy.com subscribed at utilityprivacybrief.com.\n"
           "Unsubscribe: https://utilityprivacybrief.us12.list-manage.com/unsubscribe?u=%s&id=%s\n"
           "Utility Privacy Brief, 1100 H St NW, Washington, DC 20005\n" % (rng.hex(25), rng.hex(10)))
    ct, body = alt(rng, txt, simple_html(txt), "_----------=_MCPart_%d" % rng.int(10**8, 10**9))
    d, b = dkim(rng, "mcsv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type",
                tl.epoch(), lead="\t", style="ms")
    trace = [("DKIM-Signature", d)]
    hs = [("Subject", "This week: 3 new state opt-out laws, and what 'do not share' means now"),
          ("From", "Utility Privacy Brief <brief@utilityprivacybrief.com>"), ("Reply-To", "brief@utilityprivacybrief.com"),
          ("To", "<%s>" % MAILBOX[s["box"]]), ("Date", tl.rfc()),
          ("Message-ID", "<%s.%s@mail%d.suw%d.mcdlv.net>" % (rng.hex(20), rng.hex(10), rng.int(10, 99), rng.int(10, 99))),
          ("X-Mailer", "Mailchimp Mailer - **CID%s**" % rng.hex(20)),
          ("X-Campaign", "mailchimp%s.%s" % (rng.hex(25), rng.hex(10))),
          ("X-campaignid", "mailchimp%s.%s" % (rng.hex(25), rng.hex(10))),
          ("List-ID", "%s mailchimp list <%s.%s.list-id.mcsv.net>" % (rng.hex(25), rng.hex(25), rng.hex(10))),
          ("List-Unsubscribe", "<https://utilityprivacybrief.us12.list-manage.com/unsubscribe?u=%s&id=%s>" % (
              rng.hex(25), rng.hex(10))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
          ("MIME-Version", "1.0"), ("Content-Type", ct)]
    return wrap(rng, s["box"], t0, "bounce-mc.us12_%d.%d-customercare=alliant-energy.com@mail%d.suw%d.mcdlv.net" % (
        rng.int(10**7, 10**8), rng.int(10**6, 10**7), rng.int(10, 99), rng.int(10, 99)),
        "mail%d.suw%d.mcdlv.net" % (rng.int(10, 99), rng.int(10, 99)), "mail81.suw11.mcdlv.net", "198.2.%d.%d" % (
            rng.int(128, 191), rng.int(1, 250)),
        dict(dkim_d="mcsv.net", dkim_s="k3", dkim_b=b, mailfrom="bounce-mc@mail81.suw11.mcdlv.net", ip="198.2.140.81",
             from_dom="utilityprivacybrief.com", dmarc_p="none"), trace, hs, body)


auto(key="u13", cat="auto:newsletter", client="mailchimp", box="customercare", date="2026-09-19 07:00:05", build=u13,
     note="industry newsletter about opt-out laws and 'do not share': bulk mail, not a request")


# ------------------------------------------------------------------ U14 headerless out-of-office
def u14(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    txt = ("Thank you for your email. I am out of the office through Monday, September 21 with limited access to "
           "email.\n\nFor unsubscribe requests, orders or billing questions please contact Deb in the office at "
           "563-555-0191 or deb@brennanfarmsupply.com.\n\nTom Brennan\nBrennan Farm Supply\n")
    hs0, body = text_part(txt, "plain", "us-ascii", "7bit", "quoted")
    hs = [("Date", tl.rfc()), ("From", "Tom Brennan <tbrennan@brennanfarmsupply.com>"), ("To", MAILBOX[s["box"]]),
          ("Subject", "Out of Office Re: Your Fall Preview is here [PH-2609-W2K7D]"),
          ("Message-ID", "<%s.vacation@brennanfarmsupply.com>" % rng.hex(16)), ("MIME-Version", "1.0")] + hs0
    trace = [("Received", "by mail.brennanfarmsupply.com (Postfix, from userid 5001)%s\tid %s; %s" % (
        CRLF, rng.HEX(10), tl.rfc(abbr=True)))]
    return wrap(rng, s["box"], t0, "tbrennan@brennanfarmsupply.com", "mail.brennanfarmsupply.com",
                "mail.brennanfarmsupply.com", "173.%d.%d.%d" % (rng.int(1, 250), rng.int(1, 250), rng.int(1, 250)),
                dict(mailfrom="tbrennan@brennanfarmsupply.com", ip="173.29.88.140", dmarc=None), trace, hs, body)


auto(key="u14", cat="auto:out-of-office", client="vacation-script", box="powerhousecatalog",
     date="2026-09-08 07:21:12", build=u14,
     note="out-of-office reply to our catalog e-mail with no Auto-Submitted header, mentions 'unsubscribe requests': "
          "headerless auto-reply = automated")


# ------------------------------------------------------------------ U15 Google Calendar invite from a vendor
def u15(s):
    rng = R(s["key"])
    t0 = utc(s["date"])
    tl = at(t0, "C")
    title = "PowerHouse / ListBridge: do-not-share suppression handoff"
    when = "Thursday Sep 3, 2026 \u22c5 10am \u2013 10:30am (Central Time - Chicago)"
    plain = ("%s\n%s\n\nWalk through the fall do-not-share and opt-out suppression file before the rental window "
             "opens.\n\nJoin with Google Meet\nhttps://meet.google.com/%s-%s-%s\n\nOrganizer\nMarcus Feld\n"
             "mfeld@listbridgedata.com\n\nGuests\nMarcus Feld - organizer\npowerhousecatalog@alliant-energy.com\n\n"
             "Reply for powerhousecatalog@alliant-energy.com\n\nInvitation from Google Calendar\n" % (
                 title, when, rng.alnum(3).lower(), rng.alnum(4).lower(), rng.alnum(3).lower()))
    html = simple_html(plain)
    uid = "%s@google.com" % rng.alnum(26).lower()
    ics = ics_fold(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                    "DTSTART:20260903T150000Z", "DTEND:20260903T153000Z",
                    "DTSTAMP:%sZ" % at(t0, "UTC").l.strftime("%Y%m%dT%H%M%S"),
                    "ORGANIZER;CN=Marcus Feld:mailto:mfeld@listbridgedata.com", "UID:" + uid,
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerhousecatalog@alliant-energy.com",
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Feld;X-NUM-GUESTS=0:mailto:mfeld@listbridgedata.com",
                    "DESCRIPTION:Walk through the fall do-not-share and opt-out suppression file before the rental window opens.",
                    "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + title, "TRANSP:OPAQUE",
                    "END:VEVENT", "END:VCALENDAR"])
    p1 = text_part(plain, "plain", "UTF-8", "quoted-printable", "quoted")
    p2 = text_part(html, "html", "UTF-8", "quoted-printable", "quoted")
    p3 = ([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'),
           ("Content-Transfer-Encoding", "7bit")], ics.encode())
    ct_a, alt_body = multipart("alternative", "000000000000" + rng.hex(16), [p1, p2, p3])
    att = ([("Content-Type", 'application/ics; name="invite.ics"'),
            ("Content-Disposition", 'attachment; filename="invite.ics"'), ("Content-Transfer-Encoding", "base64")],
           b64body(ics.encode()).encode())
    ct, body = multipart("mixed", "000000000000" + rng.hex(16), [([("Content-Type", ct_a)], alt_body), att])
    trace, helo, ip, b = gw_trace(rng, "listbridgedata.com", t0, s["box"], rng.int(40, 230))
    hs = [("MIME-Version", "1.0"), ("Reply-To", "Marcus Feld <mfeld@listbridgedata.com>"),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Auto-Submitted", "auto-generated"), ("Message-ID", "<calendar-%s@google.com>" % rng.guid()),
          ("Date", tl.rfc()),
          ("Subject", subj("Invitation: %s @ Thu Sep 3, 2026 10am - 10:30am (CDT) (powerhousecatalog@alliant-energy.com)"
                           % title)),
          ("From", "Marcus Feld <mfeld@listbridgedata.com>"), ("To", MAILBOX[s["box"]]), ("Content-Type", ct)]
    envf = "3%s@calendar-server.bounces.google.com" % rng.alnum(30)
    return wrap(rng, s["box"], t0, envf, helo, helo, ip,
                dict(dkim_d="listbridgedata.com", dkim_s="google", dkim_b=b, mailfrom=envf, ip=ip,
                     from_dom="listbridgedata.com"), trace, hs, body)


auto(key="u15", cat="auto:calendar-invite", client="google-calendar", box="powerhousecatalog",
     date="2026-08-27 15:48:33", build=u15,
     note="vendor's Google Calendar invitation about a 'do-not-share suppression handoff': not a request")
