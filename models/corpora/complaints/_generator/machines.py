"""Machine mail and not-a-request mail that looks angry or complaining.

Every builder takes (R, t, ctx) and returns raw bytes; META describes each for the manifest and index.
All of them are automated = true, no labels, no entities, ack_to = null (LABELS.md: system notifications,
newsletters, list traffic, phishing, auto-replies are never answered, whatever opt-out words they quote).
"""
import datetime as dt

from mimekit import (addr, b64, b64bytes, central, esc, fold, leaf, multipart, postfix_date, qp, render, rfc,
                     subject_line, tzname)
from ours import CAMPAIGNS
from programs import MB, auth_lines, our_trace, sec

M = []


def machine(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("after", "2026-01-05")
    M.append(kw)


def esp_sendgrid(R, ctx, t, from_dom, sub):
    mbx = MB[ctx["mb"]]
    env = "bounces+%d-%s-%s=alliant-energy.com@%s.%s" % (R.r.randint(1000000, 9999999), R.hex(4),
                                                         mbx.split("@")[0], sub, from_dom)
    host = "o%d.ptr%d.%s" % (R.r.randint(1, 9), R.r.randint(1000, 9999), from_dom)
    ip = "149.72.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250))
    a = auth_lines(R, from_dom, "s1", env, ip, policy="NONE")
    h = our_trace(R, mbx, env, host, host, ip, t, a)
    h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\th=content-type:from:mime-version:subject:"
             "list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to;\r\n\ts=s1; bh=%s=;\r\n\tb=%s" % (
                 from_dom, R.b64(43), R.b64(70)))
    h.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\r\n        %s" % (
        R.hex(10), R.s(5, "abcdefghijklmnopqrstuvwxyz0123456789"), R.hex(10), R.s(5, "abcdefghijklmnopqrstuvwxyz"),
        R.up(8), R.r.randint(10, 99), rfc(sec(t, 1).astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
    h.append("Received: from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\tfor <%s>; %s" % (
        from_dom, R.r.randint(1, 40), R.s(22), mbx, rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000 (UTC)")))
    return h, env


def esp_ses(R, ctx, t, from_dom):
    mbx = MB[ctx["mb"]]
    env = "0100019%s-%s-%s-%s-%s-000000@amazonses.com" % (R.hex(9), R.hex(8), R.hex(4), R.hex(4), R.hex(12))
    host = "a8-%d.smtp-out.amazonses.com" % R.r.randint(10, 99)
    ip = "54.240.8.%d" % R.r.randint(10, 99)
    a = auth_lines(R, from_dom, R.s(32, "abcdefghijklmnopqrstuvwxyz234567"), env, ip, from_dom=from_dom, policy="NONE")
    h = our_trace(R, mbx, env, host, host, ip, t, a)
    h.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n"
             "\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\r\n\tbh=%s=;\r\n\tb=%s" % (
                 R.s(32, "abcdefghijklmnopqrstuvwxyz234567"), from_dom, int(t.timestamp()), R.b64(43), R.b64(70)))
    h.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=ug7nbtf4gccmlpwj322ax3p6ow6yfsug;"
             " d=amazonses.com; t=%d;\r\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\r\n"
             "\tbh=%s=;\r\n\tb=%s" % (int(t.timestamp()), R.b64(43), R.b64(70)))
    return h, env


def esp_mailchimp(R, ctx, t, from_dom):
    mbx = MB[ctx["mb"]]
    env = "bounce-mc.us%d_%d.%d-%s=alliant-energy.com@mail%d.suw%d.mcdlv.net" % (
        R.r.randint(1, 21), R.r.randint(10000000, 99999999), R.r.randint(1000000, 9999999),
        mbx.replace("@", "="), R.r.randint(10, 250), R.r.randint(10, 99))
    host = "mail%d.suw%d.mcdlv.net" % (R.r.randint(10, 250), R.r.randint(10, 99))
    ip = "198.2.%d.%d" % (R.r.randint(128, 191), R.r.randint(1, 250))
    a = auth_lines(R, from_dom, "k2", env, ip, from_dom=from_dom, policy="NONE")
    h = our_trace(R, mbx, env, host, host, ip, t, a)
    h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=k2; t=%d;\r\n\tbh=%s=;\r\n"
             "\th=Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\r\n\t List-Unsubscribe-Post:"
             "Content-Type:MIME-Version:CC:Date:From:Subject:\r\n\t Message-ID;\r\n\tb=%s" % (
                 from_dom, int(t.timestamp()), R.b64(43), R.b64(70)))
    h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mcdlv.net; s=k3; t=%d;\r\n\tbh=%s=;\r\n\tb=%s" % (
        int(t.timestamp()), R.b64(43), R.b64(70)))
    h.append("Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n\tfor <%s>; %s" % (
        host, R.s(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), mbx, rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000 (GMT)")))
    return h, env


def html_mail(title, inner, footer):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:#f4f4f4;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;'
            'font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222;">\n<tr><td>\n%s\n</td></tr>\n'
            '<tr><td style="font-size:12px;color:#777;">%s</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (esc(title), inner, footer))


def paras(text):
    return "\n".join("<p>%s</p>" % "<br>".join(esc(l) for l in p.split("\n")) for p in text.split("\n\n"))


def alt(R, plain, htm, bnd, cs="utf-8", enc="qp"):
    if enc == "qp":
        pp = leaf("text/plain; charset=%s" % cs, qp(plain, cs), "quoted-printable")
        hp = leaf("text/html; charset=%s" % cs, qp(htm, cs), "quoted-printable")
    else:
        pp = leaf("text/plain; charset=%s" % cs, b64(plain, cs), "base64")
        hp = leaf("text/html; charset=%s" % cs, b64(htm, cs), "base64")
    return multipart("alternative", [pp, hp], bnd)


# ---------------------------------------------------------------- M01 review-site notification

def m01(R, t, ctx):
    h, env = esp_sendgrid(R, ctx, t, "reviewharbor.com", "em4417")
    plain = ("ReviewHarbor\n\nNew 1-star review for Alliant Energy (Cedar Rapids, IA)\n\n"
             "Rating: 1 of 5\n"
             "\"Worst utility in Iowa, period.\"\n\n"
             "Three outages in one month and they still find time to mail me catalogs and solar flyers. "
             "Stop the junk mail and fix the lines. Called four times, nobody calls back.\n"
             "- Dana R., Marion, IA\n\n"
             "Respond publicly: https://biz.reviewharbor.com/r/AE-CR-55102/respond\n\n"
             "Reviews with a public response are rated 31% more helpful by readers.\n\n"
             "You're receiving this because you manage the Alliant Energy listing on ReviewHarbor.\n"
             "Notification settings: https://biz.reviewharbor.com/settings/notifications\n"
             "ReviewHarbor, Inc., 500 Market St, Floor 9, San Francisco, CA 94105")
    inner = ('<p style="font-size:20px;font-weight:bold;">New 1-star review for Alliant Energy</p>'
             '<p style="color:#999;">Cedar Rapids, IA</p><p style="color:#e0a800;font-size:22px;">&#9733;&#9734;&#9734;&#9734;&#9734;</p>'
             '<p><b>&quot;Worst utility in Iowa, period.&quot;</b></p><p>Three outages in one month and they still find time '
             'to mail me catalogs and solar flyers. Stop the junk mail and fix the lines. Called four times, nobody calls '
             'back.</p><p>&mdash; Dana R., Marion, IA</p><p><a href="https://biz.reviewharbor.com/r/AE-CR-55102/respond" '
             'style="background:#0b6e4f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Respond publicly</a></p>')
    htm = html_mail("New review", inner, "You're receiving this because you manage the Alliant Energy listing on "
                    "ReviewHarbor. <a href=\"https://biz.reviewharbor.com/settings/notifications\">Notification settings</a>"
                    "<br>ReviewHarbor, Inc., 500 Market St, Floor 9, San Francisco, CA 94105")
    body = alt(R, plain, htm, R.hex(64))
    mid = "<%s@geopod-ismtpd-%d>" % (R.s(22), R.r.randint(1, 40))
    hd = [fold("Content-Type", "multipart/alternative; boundary=%s" % body[0][0].split('boundary="')[1].rstrip('"'))]
    order = ["Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "From: ReviewHarbor for Business <alerts@reviewharbor.com>",
             "Mime-Version: 1.0",
             "Subject: New 1-star review: \"Worst utility in Iowa, period.\"",
             "List-Unsubscribe: <https://biz.reviewharbor.com/u/%s>, <mailto:unsub-%s@em4417.reviewharbor.com>" % (R.s(24), R.hex(12)),
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
             "Message-ID: " + mid, "To: " + MB[ctx["mb"]],
             "X-SG-EID: \r\n =?us-ascii?Q?%s?=" % R.s(60),
             "X-Entity-ID: u001.%s==" % R.b64(22)]
    ctx["message_id"] = mid
    return render(h + order, (['Content-Type: multipart/alternative; boundary=%s' % body[0][0].split('boundary="')[1].rstrip('"')], body[1]))


machine(id="M01", cat="review-site notification (1-star review quoting 'stop the junk mail')", mb="cc",
        prog="SendGrid (ReviewHarbor)", build=m01, after="2026-01-27",
        note="review-site notification about a public review; the reviewer's 'stop the junk mail' is not a request to us by mail: automated")


# ---------------------------------------------------------------- M03 BBB complaint forwarded by our rule

def m03(R, t, ctx):
    mbx = MB[ctx["mb"]]
    host = "exch-hub02.corp.alliantenergy.com"
    h = our_trace(R, mbx, "regintake@alliantenergy.com", host, host, "10.40.2.17", t,
                  ["dkim=pass header.d=alliantenergy.com header.s=corp2024 header.b=%s" % R.s(8),
                   "spf=pass smtp.mailfrom=regintake@alliantenergy.com",
                   "dmarc=pass (p=REJECT dis=NONE) header.from=alliantenergy.com"])
    cid = "23198765"
    plain = ("*** This message was forwarded automatically by mailbox rule \"BBB notices -> Customer Care\". ***\n"
             "*** Do not reply to regintake@alliantenergy.com; it is not monitored. ***\n\n"
             "-----Original Message-----\n"
             "From: BBB Serving Eastern Iowa <complaints@bbbnotify.org>\n"
             "Sent: %s\n"
             "To: Regulatory Intake <regintake@alliantenergy.com>\n"
             "Subject: BBB Complaint #%s - Alliant Energy - Response Required\n\n"
             "A consumer has filed a complaint with BBB concerning your business. Please log in to the BBB Business\n"
             "Portal to respond within 14 days.\n\n"
             "Complaint ID: %s\nComplaint type: Advertising/Sales Issues\n\n"
             "Consumer's description:\n"
             "I have asked Alliant Energy four times to stop sending me advertising and catalogs. I have also asked\n"
             "them not to sell my address. I now receive catalogs from several other companies. Nobody responds.\n\n"
             "Consumer's desired resolution:\n"
             "Remove me from all mailing lists and stop selling my information. Written confirmation.\n\n"
             "Respond in the Business Portal: https://portal.bbbnotify.org/complaints/%s\n\n"
             "Consumer contact details are available in the Business Portal only.\n"
             "BBB Serving Eastern Iowa | This is an automated message." % (
                 central(t - dt.timedelta(minutes=3)).strftime("%A, %B %-d, %Y %-I:%M %p"), cid, cid, cid))
    body = leaf('text/plain; charset="us-ascii"', qp(plain, "ascii"), "quoted-printable")
    mid = "<%s%s@EXCH-HUB02.corp.alliantenergy.com>" % (R.hex(32), R.dig(4))
    ctx["message_id"] = mid
    order = ["From: Regulatory Intake <regintake@alliantenergy.com>", "To: " + addr("Customer Care", mbx),
             "Subject: FW: BBB Complaint #%s - Alliant Energy - Response Required" % cid,
             "Thread-Topic: BBB Complaint #%s - Alliant Energy - Response Required" % cid,
             "Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "Message-ID: " + mid, "Auto-Submitted: auto-generated", "X-MS-Exchange-Inbox-Rules-Loop: regintake@alliantenergy.com",
             "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent", "Content-Language: en-US", "MIME-Version: 1.0"]
    return render(h + order, body)


machine(id="M03", cat="BBB complaint notice forwarded by a mailbox rule", mb="cc", prog="Exchange mailbox rule",
        build=m03, after="2026-02-09",
        note="BBB complaint notice auto-forwarded by our own mailbox rule (Auto-Submitted); the consumer's wishes inside are "
             "handled through the BBB portal, not by answering this: automated")


# ---------------------------------------------------------------- M04 BBB reminder

def m04(R, t, ctx):
    h, env = esp_ses(R, ctx, t, "bbbnotify.org")
    cid = "23201144"
    plain = ("Reminder: complaint awaiting your response\n\n"
             "Business: Alliant Energy\nComplaint ID: %s\nFiled: February 20, 2026\nResponse due: March 6, 2026\n\n"
             "Complaint type: Billing/Collection Issues\n"
             "Consumer's description (excerpt): \"Charged a late fee three months in a row after paying on time. "
             "Called 6 times. I want the fees refunded and an apology. This company does not care.\"\n\n"
             "Businesses that do not respond may receive a lower rating.\n\n"
             "Respond now: https://portal.bbbnotify.org/complaints/%s\n\n"
             "This is an automated reminder. Replies to this address are not read." % (cid, cid))
    inner = paras(plain)
    htm = html_mail("Complaint reminder", inner, "BBB Serving Eastern Iowa &middot; automated notification")
    bnd = "----=_Part_%d_%d.%d" % (R.r.randint(100000, 999999), R.r.randint(100000000, 999999999), int(t.timestamp() * 1000))
    body = alt(R, plain, htm, bnd)
    mid = "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (R.hex(9), R.hex(8), R.hex(4), R.hex(4), R.hex(12))
    ctx["message_id"] = mid
    order = ["From: BBB Serving Eastern Iowa <noreply@bbbnotify.org>", "To: " + MB[ctx["mb"]],
             "Subject: Reminder: Complaint #%s requires your response (due in 3 days)" % cid,
             "MIME-Version: 1.0", "Message-ID: " + mid,
             "Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "Feedback-ID: 1.us-east-1.%s=:AmazonSES" % R.b64(43), "X-SES-Outgoing: %s" % central(t).strftime("%Y.%m.%d-54.240.8.") + str(R.r.randint(10, 99))]
    return render(h + order, (['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd], body[1]))


machine(id="M04", cat="BBB complaint reminder", mb="cc", prog="Amazon SES (BBB portal)", build=m04, after="2026-03-02",
        before="2026-03-04",
        note="BBB portal reminder quoting a billing complaint; system notification, nobody to answer: automated")


# ---------------------------------------------------------------- M05 social listening spike alert

def m05(R, t, ctx):
    h, env = esp_sendgrid(R, ctx, t, "socialpulse.io", "em7721")
    posts = [("@cr_hawkeyefan", "19 hours no power and @AlliantEnergy is posting about heat pump rebates. read the room"),
             ("@lindsay_in_marion", "Dear @AlliantEnergy please stop mailing me your catalog while my house is 48 degrees. thx"),
             ("@iowadad_3kids", "anyone else's outage map say RESTORED while they're sitting in the dark?? #IAwx"),
             ("@prairiepolitics", "Alliant wants a rate hike AND can't keep the lights on. Call the IUB.")]
    plain = ("SocialPulse alert: mention spike\n\nQuery: \"Alliant Energy\" OR @AlliantEnergy\n"
             "37 new mentions in the last 60 minutes (usual: 4). Sentiment: 81% negative.\n\nTop posts:\n\n" +
             "\n\n".join("%s\n%s" % (u, p) for u, p in posts) +
             "\n\nOpen in SocialPulse: https://app.socialpulse.io/alerts/%s\n\n"
             "You get this alert because you are a member of the \"Alliant Energy - Corporate Comms\" workspace.\n"
             "Alert settings: https://app.socialpulse.io/settings/alerts" % R.hex(12))
    inner = ('<p style="font-size:18px;"><b>Mention spike</b> &middot; 37 new mentions in 60 min</p>'
             '<p>Sentiment: <span style="color:#c0392b;">81% negative</span></p>' +
             "".join('<div style="border:1px solid #ddd;border-radius:6px;padding:10px;margin:8px 0;"><b>%s</b><br>%s</div>'
                     % (esc(u), esc(p)) for u, p in posts))
    htm = html_mail("Mention spike", inner, 'Alert settings: <a href="https://app.socialpulse.io/settings/alerts">manage</a>')
    bnd = R.hex(64)
    body = alt(R, plain, htm, bnd)
    mid = "<%s@geopod-ismtpd-%d>" % (R.s(22), R.r.randint(1, 40))
    ctx["message_id"] = mid
    order = ["Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "From: SocialPulse Alerts <alerts@socialpulse.io>", "Mime-Version: 1.0",
             "Subject: [Spike] 37 new mentions of \"Alliant Energy\" - 81% negative",
             "Message-ID: " + mid, "To: " + MB[ctx["mb"]], "X-Auto-Response-Suppress: All",
             "Auto-Submitted: auto-generated"]
    return render(h + order, (["Content-Type: multipart/alternative; boundary=%s" % bnd], body[1]))


machine(id="M05", cat="social-media mention spike alert", mb="cc", prog="SendGrid (SocialPulse)", build=m05, after="2026-01-25",
        before="2026-01-27",
        note="social-listening alert quoting angry posts, one asking to stop the catalog; the posts are not mail to us: automated")


# ---------------------------------------------------------------- M06 page comments digest

def m06(R, t, ctx):
    h, env = esp_ses(R, ctx, t, "pagewise.app")
    comments = [("Becky Lorenzen", "Around the clock?? We've been out since Saturday night. Nobody has come down our road."),
                ("Tom Hruska", "My bill went up $90 and now this. Unreal."),
                ("Angie M.", "Thank you linemen!! Not you, corporate. The linemen."),
                ("Rick Stahlberg", "How about you stop sending me junk mail and spend the money on crews.")]
    plain = ("Pagewise - daily digest for Alliant Energy\n\n"
             "Your post \"Crews are working around the clock to restore power after the ice storm\" has 14 new comments "
             "and 3 new shares.\n\n" +
             "\n\n".join("%s: %s" % c for c in comments) +
             "\n\n...and 10 more.\n\nReply to comments: https://pagewise.app/inbox\n\n"
             "You receive this digest as an admin of the Alliant Energy page. Change digest frequency in Settings.")
    inner = ('<p><b>14 new comments</b> on &ldquo;Crews are working around the clock to restore power after the ice storm&rdquo;</p>'
             + "".join('<p><b>%s</b><br>%s</p>' % (esc(a), esc(b)) for a, b in comments) +
             '<p>&hellip;and 10 more.</p>')
    htm = html_mail("Daily digest", inner, "You receive this digest as an admin of the Alliant Energy page.")
    bnd = "----=_Part_%d_%d.%d" % (R.r.randint(100000, 999999), R.r.randint(100000000, 999999999), int(t.timestamp() * 1000))
    body = alt(R, plain, htm, bnd)
    mid = "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (R.hex(9), R.hex(8), R.hex(4), R.hex(4), R.hex(12))
    ctx["message_id"] = mid
    order = ["From: Pagewise <digest@pagewise.app>", "To: " + MB[ctx["mb"]],
             "Subject: 14 new comments on your post \"Crews are working around the clock...\"",
             "MIME-Version: 1.0", "Message-ID: " + mid, "Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "List-Unsubscribe: <https://pagewise.app/unsubscribe/%s>" % R.s(30), "Precedence: bulk"]
    return render(h + order, (['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd], body[1]))


machine(id="M06", cat="social page comments digest", mb="cc", prog="Amazon SES (Pagewise)", build=m06, after="2026-01-25",
        before="2026-01-28",
        note="page-comment digest with a commenter saying 'stop sending me junk mail'; a digest, not mail from that person: automated")


# ---------------------------------------------------------------- M07 consumer-advocacy action alert (Iowa)

def m07(R, t, ctx):
    h, env = esp_mailchimp(R, ctx, t, "iowaratepayers.org")
    plain = ("** ACTION ALERT **\n\n"
             "TELL THE IUB: NO TO ALLIANT'S RATE HIKE\n\n"
             "Alliant Energy wants to raise residential electric bills by as much as 14%% and hike the fixed monthly "
             "charge that you pay no matter how much energy you save. Public comment closes soon.\n\n"
             "It takes two minutes. Tell the Iowa Utilities Commission to reject the increase:\n"
             "https://iowaratepayers.us21.list-manage.com/track/click?u=%s&id=%s\n\n"
             "Fed up with junk mail and robocalls from your utility too? Our guide shows you how to opt out of "
             "utility marketing in three steps.\n\n"
             "============================================================\n"
             "Iowa Ratepayer Alliance, PO Box 1204, Des Moines, IA 50305\n"
             "You are receiving this email because you signed up at iowaratepayers.org.\n"
             "Unsubscribe: https://iowaratepayers.us21.list-manage.com/unsubscribe?u=%s&id=%s\n"
             "Update preferences: https://iowaratepayers.us21.list-manage.com/profile?u=%s" % (
                 R.hex(25), R.hex(10), R.hex(25), R.hex(10), R.hex(25)))
    inner = ('<h1 style="color:#b3261e;">ACTION ALERT</h1><h2>Tell the IUB: NO to Alliant&rsquo;s rate hike</h2>' +
             paras(plain.split("\n\n", 2)[2].split("=====")[0]))
    htm = html_mail("Action Alert", inner, "Iowa Ratepayer Alliance, PO Box 1204, Des Moines, IA 50305<br>"
                    "<a href=\"https://iowaratepayers.us21.list-manage.com/unsubscribe\">Unsubscribe</a>")
    bnd = "_----------=_MCPart_%d" % R.r.randint(100000000, 999999999)
    body = alt(R, plain, htm, bnd)
    mid = "<%s.%s@mail%d.suw%d.mcdlv.net>" % (R.hex(26), R.hex(10), R.r.randint(10, 250), R.r.randint(10, 99))
    ctx["message_id"] = mid
    order = ["Subject: =?utf-8?Q?=E2=9A=A1_ACTION_ALERT:_Tell_the_IUB_NO_on_Alliant=27s_rate_hike?=",
             "From: =?utf-8?Q?Iowa_Ratepayer_Alliance?= <action@iowaratepayers.org>",
             "Reply-To: =?utf-8?Q?Iowa_Ratepayer_Alliance?= <action@iowaratepayers.org>",
             "To: <%s>" % MB[ctx["mb"]], "Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "Message-ID: " + mid, "X-Mailer: Mailchimp Mailer - **CID%s**" % R.hex(20),
             "X-Campaign: mailchimp%s.%s" % (R.hex(25), R.hex(10)),
             "List-ID: %s mailchimp list <%s.%s.list-id.mcsv.net>" % (R.hex(25), R.hex(25), R.dig(6)),
             "X-Accounttype: pd",
             "List-Unsubscribe: <https://iowaratepayers.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s>,\r\n"
             " <mailto:unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net>" % (R.hex(25), R.hex(10), R.hex(10), R.hex(20)),
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
             "Precedence: bulk", "MIME-Version: 1.0"]
    return render(h + order, (['Content-Type: multipart/alternative; boundary="%s"' % bnd], body[1]))


machine(id="M07", cat="consumer-advocacy newsletter (action alert)", mb="cc", prog="Mailchimp", build=m07, after="2026-01-20",
        note="advocacy group's bulk action alert against our rate case, with opt-out advice for readers; list mail: automated")


# ---------------------------------------------------------------- M08 consumer-advocacy newsletter (Wisconsin)

def m08(R, t, ctx):
    mbx = MB[ctx["mb"]]
    host = "mta-%d.bec-coalition.org" % R.r.randint(1, 4)
    ip = "66.175.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250))
    env = "list-bounces+customercare=alliant-energy.com@lists.bec-coalition.org"
    h = our_trace(R, mbx, env, host, host, ip, t, auth_lines(R, "bec-coalition.org", "mail", env, ip, policy="NONE"))
    plain = ("THE WATCHDOG REPORT - Winter 2026\nBadger Energy Consumers Coalition\n\n"
             "IN THIS ISSUE\n"
             "1. Fixed charges: why your bill keeps climbing even when you conserve\n"
             "2. Wisconsin Power and Light's rate case: what's in it and how to be heard\n"
             "3. Reader mailbag: \"My utility ignores my opt-out requests\"\n"
             "4. Disconnection season: your rights under PSC 113\n\n"
             "READER MAILBAG\n"
             "Q: I've asked my utility three times to stop the marketing mail and they still send it. What can I do?\n"
             "A: Put it in writing, keep a copy, and if it keeps happening, file a complaint with the PSC's consumer "
             "affairs office. Utilities must follow their own published privacy policies.\n\n"
             "Read the full issue online: https://bec-coalition.org/watchdog/winter-2026\n\n"
             "--\nYou are subscribed to watchdog@lists.bec-coalition.org as %s.\n"
             "To unsubscribe, send a message to watchdog-leave@lists.bec-coalition.org" % mbx)
    body = leaf("text/plain; charset=us-ascii; format=flowed", plain.replace("\n", "\n"), "7bit")
    from mimekit import flowed
    body = leaf("text/plain; charset=us-ascii; format=flowed", flowed(plain), "7bit")
    mid = "<watchdog-2026w.%s@lists.bec-coalition.org>" % R.hex(10)
    ctx["message_id"] = mid
    order = ["Message-ID: " + mid, "Date: " + rfc(central(t)),
             "From: Badger Energy Consumers Coalition <watchdog@lists.bec-coalition.org>",
             "To: " + mbx, "Subject: [Watchdog] Winter 2026: fixed charges, the WPL rate case, and your opt-out rights",
             "List-Id: Watchdog Report <watchdog.lists.bec-coalition.org>",
             "List-Unsubscribe: <mailto:watchdog-leave@lists.bec-coalition.org>",
             "List-Archive: <https://lists.bec-coalition.org/archives/watchdog>",
             "List-Post: NO", "Precedence: list", "Sender: watchdog-bounces@lists.bec-coalition.org",
             "Errors-To: watchdog-bounces@lists.bec-coalition.org", "X-Mailer: GNU Mailman 3.3.9", "MIME-Version: 1.0"]
    return render(h + order, body)


machine(id="M08", cat="consumer-advocacy newsletter (Wisconsin)", mb="cc", prog="GNU Mailman", build=m08, after="2026-02-10",
        note="advocacy newsletter (list traffic) whose mailbag discusses ignored opt-outs; not a request: automated")


# ---------------------------------------------------------------- M09 petition: new signatures digest

def m09(R, t, ctx):
    h, env = esp_sendgrid(R, ctx, t, "petitionhub.org", "em2290")
    plain = ("PetitionHub\n\nYou are a decision maker on this petition:\n\n"
             "\"Alliant Energy: STOP the 14%% rate hike and stop wasting our money on junk mail\"\n"
             "Started by Concerned Ratepayers of Linn County\n\n"
             "2,000 supporters! 412 people signed this week.\n\n"
             "Recent comments from supporters:\n"
             "- \"I'm signing because my bill doubled and I get 3 catalogs a month.\" (Marion, IA)\n"
             "- \"Fix the grid before you ask for more.\" (Hiawatha, IA)\n"
             "- \"Take me off your mailing list and lower my rates!\" (Cedar Rapids, IA)\n\n"
             "Respond to the petition: https://www.petitionhub.org/p/alliant-stop-rate-hike/respond\n\n"
             "Decision makers who respond get 3x more engagement.\n\n"
             "PetitionHub | 1 Union Square, New York, NY 10003\n"
             "Unsubscribe from decision maker updates: https://www.petitionhub.org/u/%s" % R.s(24))
    inner = paras(plain)
    htm = html_mail("Petition update", inner, "PetitionHub | 1 Union Square, New York, NY 10003")
    bnd = R.hex(64)
    body = alt(R, plain, htm, bnd)
    mid = "<%s@geopod-ismtpd-%d>" % (R.s(22), R.r.randint(1, 40))
    ctx["message_id"] = mid
    order = ["Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "From: PetitionHub <updates@petitionhub.org>", "Mime-Version: 1.0",
             "Subject: 2,000 people want you to respond: \"Alliant Energy: STOP the 14% rate hike...\"",
             "Message-ID: " + mid, "To: " + MB[ctx["mb"]],
             "List-Unsubscribe: <https://www.petitionhub.org/u/%s>" % R.s(24), "Precedence: bulk"]
    return render(h + order, (["Content-Type: multipart/alternative; boundary=%s" % bnd], body[1]))


machine(id="M09", cat="petition-site decision-maker update", mb="cc", prog="SendGrid (PetitionHub)", build=m09,
        after="2026-02-05",
        note="petition-site update quoting supporters ('take me off your mailing list'); bulk notification: automated")


# ---------------------------------------------------------------- M10 petition: named decision maker

def m10(R, t, ctx):
    h, env = esp_sendgrid(R, ctx, t, "petitionhub.org", "em2290")
    plain = ("You've been named a decision maker\n\n"
             "Hi PowerHouse Catalog,\n\n"
             "A new petition on PetitionHub names you as a decision maker:\n\n"
             "\"PowerHouse Catalog: Stop selling our names to other catalog companies!\"\n\n"
             "\"I bought one thing from the PowerHouse Catalog and now I get junk from a dozen companies. "
             "A utility-owned catalog should not be in the list-rental business.\" - Jeanette K.\n\n"
             "87 supporters so far.\n\n"
             "See the petition and respond: https://www.petitionhub.org/p/powerhouse-stop-selling-names\n\n"
             "Why am I getting this? The petition starter listed this address as the decision maker's contact.\n"
             "Unsubscribe from decision maker updates: https://www.petitionhub.org/u/%s" % R.s(24))
    inner = paras(plain)
    htm = html_mail("You've been named a decision maker", inner, "PetitionHub | 1 Union Square, New York, NY 10003")
    bnd = R.hex(64)
    body = alt(R, plain, htm, bnd)
    mid = "<%s@geopod-ismtpd-%d>" % (R.s(22), R.r.randint(1, 40))
    ctx["message_id"] = mid
    order = ["Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "From: PetitionHub <updates@petitionhub.org>", "Mime-Version: 1.0",
             "Subject: You've been named a decision maker on a new petition",
             "Message-ID: " + mid, "To: " + MB[ctx["mb"]],
             "List-Unsubscribe: <https://www.petitionhub.org/u/%s>" % R.s(24)]
    return render(h + order, (["Content-Type: multipart/alternative; boundary=%s" % bnd], body[1]))


machine(id="M10", cat="petition-site: named as decision maker (sharing petition)", mb="ph", prog="SendGrid (PetitionHub)",
        build=m10, after="2026-02-20",
        note="petition-site notice at the catalog mailbox about a 'stop selling our names' petition; a system notice, not a "
             "sharing opt-out from anyone: automated")


# ---------------------------------------------------------------- M11 phishing: fake final disconnection notice

def m11(R, t, ctx):
    mbx = MB[ctx["mb"]]
    host = "vps%d.hostfast-cloud.net" % R.r.randint(1000, 9999)
    ip = "45.%d.%d.%d" % (R.r.randint(60, 200), R.r.randint(1, 250), R.r.randint(1, 250))
    env = "billing@alliant-energy-payments.com"
    h = our_trace(R, mbx, env, "alliant-energy-payments.com", host, ip, t,
                  ["dkim=none", "spf=softfail (mx.alliant-energy.com: domain of transitioning %s does not designate %s as "
                   "permitted sender) smtp.mailfrom=%s" % (env, ip, env),
                   "dmarc=none header.from=alliant-energy-payments.com"], tls=False)
    h.append("X-Spam-Status: Yes, score=7.9")
    htm = ('<html><body style="font-family:Arial"><div style="background:#c00;color:#fff;padding:12px;font-size:20px;">'
           '<b>FINAL NOTICE: SERVICE DISCONNECTION SCHEDULED</b></div><p>Dear Customer,</p><p>Despite repeated '
           'notices, your account remains <b>PAST DUE ($487.13)</b>. Your electric service is scheduled for '
           '<b>DISCONNECTION WITHIN 24 HOURS</b>.</p><p>To avoid interruption and a $150 reconnection fee, verify '
           'your payment details immediately:</p><p><a href="http://alliant-energy-payments.com.verify-acct.ru/pay" '
           'style="background:#f90;color:#000;padding:10px;">PAY NOW TO AVOID SHUTOFF</a></p><p>If you believe this '
           'is an error, you must respond within 24 hours or your complaint will not be considered.</p>'
           '<p>Alliant Energy Billing Department</p></body></html>')
    body = leaf('text/html; charset="windows-1252"', qp(htm, "cp1252"), "quoted-printable")
    mid = "<%s@alliant-energy-payments.com>" % R.hex(20)
    ctx["message_id"] = mid
    order = ["From: \"Alliant Energy Billing\" <billing@alliant-energy-payments.com>", "To: " + mbx,
             "Subject: FINAL NOTICE: Service Disconnection Scheduled - Respond Within 24 Hours",
             "Date: " + rfc(central(t)), "Message-ID: " + mid, "MIME-Version: 1.0", "X-Priority: 1 (Highest)",
             "Importance: High", "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"]
    return render(h + order, body)


machine(id="M11", cat="phishing: fake disconnection notice", mb="cc", prog="PHPMailer (phishing)", build=m11,
        after="2026-01-22",
        note="phishing imitating our billing with fake urgency; spoofed look-alike domain: automated, never answered")


# ---------------------------------------------------------------- M12 phishing: fake legal complaint document

def m12(R, t, ctx):
    mbx = MB[ctx["mb"]]
    host = "mail.%s.com" % R.s(8, "abcdefghijklmnopqrstuvwxyz")
    ip = "103.%d.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250), R.r.randint(1, 250))
    env = "notify@docuvault-secure.net"
    h = our_trace(R, mbx, env, host, host, ip, t,
                  ["dkim=none", "spf=none smtp.mailfrom=%s" % env, "dmarc=none header.from=docuvault-secure.net"])
    plain = ("DocuVault\n\nA LEGAL COMPLAINT has been filed against PowerHouse Catalog.\n\n"
             "Document: Consumer_Complaint_Privacy_Violation_2026.pdf\nSender: Office of Consumer Litigation\n"
             "Status: Awaiting your review - action required within 48 hours\n\n"
             "REVIEW DOCUMENT: http://docuvault-secure.net.review-doc.top/d/%s\n\n"
             "Failure to review this document may result in a default judgment.\n\n"
             "This message was sent to %s. Do not share this email." % (R.s(16), mbx))
    htm = ('<html><body style="font-family:Helvetica"><div style="background:#1a3d7c;color:#fff;padding:14px;">'
           '<b>DocuVault</b></div><p style="font-size:18px;">A <b>LEGAL COMPLAINT</b> has been filed against '
           'PowerHouse Catalog.</p><p>Document: Consumer_Complaint_Privacy_Violation_2026.pdf<br>Sender: Office of '
           'Consumer Litigation<br>Status: <span style="color:#c00;">Awaiting your review &ndash; action required within '
           '48 hours</span></p><p><a href="http://docuvault-secure.net.review-doc.top/d/x" style="background:#f4b400;'
           'padding:10px 20px;color:#000;">REVIEW DOCUMENT</a></p><p style="font-size:11px;color:#888;">Failure to '
           'review this document may result in a default judgment.</p></body></html>')
    bnd = "=_%s" % R.hex(32)
    body = alt(R, plain, htm, bnd, enc="b64")
    mid = "<%s@%s>" % (R.hex(32), host)
    ctx["message_id"] = mid
    order = ["Message-ID: " + mid, "From: DocuVault <notify@docuvault-secure.net>", "To: " + mbx,
             "Subject: Legal Complaint Filed - Document Ready for Review (Action Required)",
             "Date: " + rfc(central(t)), "MIME-Version: 1.0"]
    return render(h + order, (['Content-Type: multipart/alternative;\r\n boundary="%s"' % bnd], body[1]))


machine(id="M12", cat="phishing: fake legal-complaint document", mb="ph", prog="unknown (phishing)", build=m12,
        after="2026-03-02",
        note="fake e-signature notice of a 'legal complaint' with a lure link; phishing: automated")


# ---------------------------------------------------------------- M13 phishing in Spanish

def m13(R, t, ctx):
    mbx = MB[ctx["mb"]]
    host = "srv%d.alliant-servicios.co" % R.r.randint(10, 99)
    ip = "185.%d.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250), R.r.randint(1, 250))
    env = "soporte@alliant-servicios.co"
    h = our_trace(R, mbx, env, host, host, ip, t,
                  ["dkim=none", "spf=neutral smtp.mailfrom=%s" % env, "dmarc=none header.from=alliant-servicios.co"],
                  tls=False)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
           '<p style="font-size:18px;color:#b00;"><b>AVISO URGENTE</b></p><p>Estimado cliente:</p><p>Hemos detectado '
           'un problema con su método de pago. Su cuenta de energía será <b>SUSPENDIDA en 24 horas</b> si no actualiza '
           'sus datos.</p><p>Si usted ya presentó una queja o solicitud, debe confirmarla nuevamente aquí o será '
           'cancelada:</p><p><a href="http://alliant-servicios.co/actualizar">ACTUALIZAR MIS DATOS</a></p>'
           '<p>Atentamente,<br>Departamento de Atención al Cliente</p></body></html>')
    body = leaf("text/html; charset=iso-8859-1", b64(htm, "iso-8859-1"), "base64")
    mid = "<%s.%s@alliant-servicios.co>" % (R.dig(12), R.hex(8))
    ctx["message_id"] = mid
    subj = "=?iso-8859-1?Q?Aviso_urgente:_su_cuenta_ser=E1_suspendida_en_24_horas?="
    order = ["From: =?iso-8859-1?Q?Atenci=F3n_al_Cliente_Alliant?= <soporte@alliant-servicios.co>", "To: " + mbx,
             "Subject: " + subj, "Date: " + rfc(central(t)), "Message-ID: " + mid, "MIME-Version: 1.0",
             "X-Priority: 1"]
    return render(h + order, body)


machine(id="M13", cat="phishing in Spanish: account suspension", mb="cc", lang="es", prog="unknown (phishing)", build=m13,
        after="2026-02-11",
        note="Spanish phishing with fake urgency ('suspendida en 24 horas'), base64 HTML, look-alike domain: automated")


# ---------------------------------------------------------------- M15 out-of-office reply to our ack (loop)

def m15(R, t, ctx):
    mbx = MB[ctx["mb"]]
    from ours import ack
    a = ack(t, 0.02, 402)
    pod = "CY8PR10MB%d" % R.r.randint(1000, 9999)
    host = "mail-cy8nam12on2%03d.outbound.protection.outlook.com" % R.r.randint(40, 199)
    ip = "40.107.%d.%d" % (R.r.randint(90, 240), R.r.randint(1, 250))
    env = ""
    h = our_trace(R, mbx, "", host, host, ip, t,
                  ["dkim=pass header.d=dvorakseed.com header.s=selector1 header.b=%s" % R.s(8),
                   "spf=pass smtp.helo=%s" % host, "dmarc=pass (p=NONE dis=NONE) header.from=dvorakseed.com"])
    plain = ("I am out of the office until Monday, February 23, checking seed orders only.\n\n"
             "If this is Alliant Energy: I've already told you what I want. Stop sending me things.\n\n"
             "For seed orders call the office, 319-555-0126.\n\nPaul Dvorak\nDvorak Seed & Supply")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div>'
           '%s</div></body></html>' % "<br>".join(esc(l) for l in plain.split("\n")))
    bnd = "_000_%s%s_" % (pod, R.up(16))
    body = multipart("alternative", [leaf('text/plain; charset="us-ascii"', qp(plain, "ascii"), "quoted-printable"),
                                     leaf('text/html; charset="us-ascii"', qp(htm, "ascii"), "quoted-printable")], bnd)
    mid = "<%s%s@%s.namprd10.prod.outlook.com>" % (pod, R.up(16), pod)
    ctx["message_id"] = mid
    ctx["answers"] = "ack:" + a["ref"]
    order = ["From: Paul Dvorak <pdvorak@dvorakseed.com>", "To: " + addr("Alliant Energy Customer Care", mbx),
             "Subject: Automatic reply: " + a["subject"], "Thread-Topic: " + a["subject"],
             "Thread-Index: A%s==" % R.b64(42), "Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "Message-ID: " + mid, "References: " + a["msgid"], "In-Reply-To: " + a["msgid"],
             "Auto-Submitted: auto-replied", "X-MS-Has-Attach: ", "X-Auto-Response-Suppress: All",
             "X-MS-Exchange-Inbox-Rules-Loop: pdvorak@dvorakseed.com", "Content-Language: en-US", "MIME-Version: 1.0"]
    return render(h + order, (['Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd], body[1]))


machine(id="M15", cat="out-of-office reply to our acknowledgement (loop trap, grumpy text)", mb="cc",
        prog="Exchange Online auto-reply", build=m15, after="2026-02-15", before="2026-02-23",
        note="LOOP TRAP: Auto-Submitted out-of-office answering our acknowledgement; its 'stop sending me things' is canned "
             "text, not a new request; null Return-Path: automated")


# ---------------------------------------------------------------- M16 PSC complaint system notification

def m16(R, t, ctx):
    mbx = MB[ctx["mb"]]
    host = "smtp-relay.psc.wi.gov"
    ip = "164.%d.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250), R.r.randint(1, 250))
    env = "noreply-cas@psc.wi.gov"
    h = our_trace(R, mbx, env, host, host, ip, t, auth_lines(R, "psc.wi.gov", "s1", env, ip, policy="REJECT"))
    no = "C-2026-%04d" % R.r.randint(300, 999)
    plain = ("Public Service Commission of Wisconsin\nConsumer Affairs - Complaint Notification\n\n"
             "Complaint number: %s\nUtility: Wisconsin Power and Light Company (Alliant Energy)\n"
             "Category: Billing - Disputed Charges / Customer Service\nReceived: %s\n\n"
             "Summary as entered by the consumer:\n"
             "\"Utility has ignored my dispute for two months, threatened disconnection while the dispute was open, "
             "and keeps sending me advertising even though I asked them to stop.\"\n\n"
             "The utility must respond through the Complaint Portal within 10 business days. Do not reply to this "
             "e-mail; this mailbox is not monitored.\n\nhttps://apps.psc.wi.gov/complaints/portal/%s" % (
                 no, central(t).strftime("%m/%d/%Y"), no))
    body = leaf("text/plain; charset=us-ascii", plain, "7bit")
    from mimekit import flowed
    body = leaf("text/plain; charset=us-ascii; format=flowed", flowed(plain), "7bit")
    mid = "<%s.%s.JavaMail.cas@psc-app03>" % (R.dig(9), R.dig(13))
    ctx["message_id"] = mid
    order = ["Date: " + rfc(central(t)), "From: PSC Consumer Affairs <noreply-cas@psc.wi.gov>", "To: " + mbx,
             "Message-ID: " + mid, "Subject: PSC Complaint %s - Wisconsin Power and Light Company - Response Required" % no,
             "MIME-Version: 1.0", "Auto-Submitted: auto-generated"]
    return render(h + order, body)


machine(id="M16", cat="regulator complaint-system notification (PSC)", mb="cc", prog="PSC complaint system", build=m16,
        after="2026-02-12",
        note="state complaint-system notice quoting a consumer's complaint including 'asked them to stop' advertising; "
             "handled through the regulator's portal, not by answering: automated")


# ---------------------------------------------------------------- M17 IUB e-filing notification

def m17(R, t, ctx):
    mbx = MB[ctx["mb"]]
    host = "mail-relay.iowa.gov"
    ip = "164.%d.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250), R.r.randint(1, 250))
    env = "efs-noreply@iuc.iowa.gov"
    h = our_trace(R, mbx, env, host, host, ip, t, auth_lines(R, "iowa.gov", "sel1", env, ip, from_dom="iuc.iowa.gov",
                                                              policy="QUARANTINE"))
    plain = ("IOWA UTILITIES COMMISSION - ELECTRONIC FILING SYSTEM\n\n"
             "A new document has been filed in a docket to which you are subscribed.\n\n"
             "Docket: RPU-2025-0004\n"
             "Company: Interstate Power and Light Company\n"
             "Document: Consumer Comments (batch 7) - 212 comments\n"
             "Filed: %s\n\n"
             "Sample of comments received (excerpt generated by the system):\n"
             "  \"No rate increase until they can keep the power on.\"\n"
             "  \"I am a senior on a fixed income, this is outrageous.\"\n"
             "  \"They waste money mailing catalogs to people who asked them to stop.\"\n\n"
             "View the filing: https://efs.iuc.iowa.gov/efs/ShowDocketSummary.do?docketNumber=RPU-2025-0004\n\n"
             "You are receiving this notice because %s is on the service list for this docket.\n"
             "Manage subscriptions in EFS." % (central(t).strftime("%m/%d/%Y %I:%M %p"), mbx))
    body = leaf("text/plain; charset=UTF-8", qp(plain), "quoted-printable")
    mid = "<%s.%d.%d@efs-app02>" % (R.hex(8), R.r.randint(100, 999), int(t.timestamp() * 1000))
    ctx["message_id"] = mid
    order = ["Date: " + rfc(central(t)), "From: IUC EFS <efs-noreply@iuc.iowa.gov>", "To: " + mbx,
             "Message-ID: " + mid, "Subject: EFS Notification: New filing in Docket RPU-2025-0004",
             "MIME-Version: 1.0", "Auto-Submitted: auto-generated", "Precedence: bulk"]
    return render(h + order, body)


machine(id="M17", cat="regulator e-filing notification (IUB/IUC)", mb="cc", prog="IUC EFS", build=m17, after="2026-01-20",
        note="e-filing notice with an automatic excerpt of ratepayer comments about catalogs; system mail: automated")


# ---------------------------------------------------------------- M18 neighborhood app digest

def m18(R, t, ctx):
    h, env = esp_sendgrid(R, ctx, t, "neighborly.social", "em5508")
    plain = ("Trending near Marion\n\n"
             "\"Alliant outage AGAIN??\" - 112 replies\n"
             "Posted by a neighbor in Indian Creek: Third time this month. Anyone know if they give credits for this? "
             "Also they keep mailing me solar flyers, does anyone know how to make it stop\n\n"
             "\"Tree crew in the alley off 10th St\" - 38 replies\n\n"
             "\"FREE: firewood (courtesy of Alliant's tree crew lol)\" - 21 replies\n\n"
             "See all posts: https://neighborly.social/n/marion-ia/digest/%s\n\n"
             "You're receiving this digest for the Alliant Energy public agency page.\n"
             "Unsubscribe or change frequency: https://neighborly.social/settings/email" % R.hex(10))
    inner = paras(plain)
    htm = html_mail("Trending near Marion", inner, "Neighborly &middot; <a href=\"https://neighborly.social/settings/email\">Unsubscribe</a>")
    bnd = R.hex(64)
    body = alt(R, plain, htm, bnd)
    mid = "<%s@geopod-ismtpd-%d>" % (R.s(22), R.r.randint(1, 40))
    ctx["message_id"] = mid
    order = ["Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "From: Neighborly Digest <digest@neighborly.social>", "Mime-Version: 1.0",
             "Subject: \"Alliant outage AGAIN??\" and 2 more trending posts near Marion",
             "Message-ID: " + mid, "To: " + MB[ctx["mb"]],
             "List-Unsubscribe: <https://neighborly.social/u/%s>" % R.s(24),
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]
    return render(h + order, (["Content-Type: multipart/alternative; boundary=%s" % bnd], body[1]))


machine(id="M18", cat="neighborhood-app digest about our outage", mb="cc", prog="SendGrid (Neighborly)", build=m18,
        after="2026-01-27", before="2026-02-10",
        note="neighborhood-app digest; a neighbor's 'how to make it stop' is a post to neighbors, not mail to us: automated")


# ---------------------------------------------------------------- M19 Spanish consumer newsletter

def m19(R, t, ctx):
    h, env = esp_mailchimp(R, ctx, t, "vocesdelconsumidor.org")
    plain = ("BOLETÍN VOCES DEL CONSUMIDOR - Febrero 2026\n\n"
             "¿Le subió la factura de luz este invierno?\n"
             "Muchas familias en Iowa y Wisconsin nos escriben molestas por facturas más altas, cortes de luz y "
             "correo de publicidad que no pidieron. Aquí le explicamos sus derechos.\n\n"
             "1. Si no quiere recibir publicidad de su compañía de luz, pídalo por escrito y guarde una copia.\n"
             "2. Si le amenazan con cortar el servicio, pida un plan de pagos. En invierno hay protecciones.\n"
             "3. ¿Le llaman para venderle paneles solares diciendo que vienen de su compañía de luz? Puede ser una estafa.\n\n"
             "Taller gratuito en español: sábado 7 de marzo, 10 a.m., Biblioteca Pública de Marshalltown.\n\n"
             "Voces del Consumidor Latino, PO Box 331, West Liberty, IA 52776\n"
             "Usted recibe este boletín porque se inscribió en nuestro sitio.\n"
             "Darse de baja: https://vocesdelconsumidor.us14.list-manage.com/unsubscribe?u=%s" % R.hex(25))
    inner = paras(plain)
    htm = html_mail("Boletín", inner, "Voces del Consumidor Latino &middot; <a href=\"#\">Darse de baja</a>")
    bnd = "_----------=_MCPart_%d" % R.r.randint(100000000, 999999999)
    body = alt(R, plain, htm, bnd)
    mid = "<%s.%s@mail%d.suw%d.mcdlv.net>" % (R.hex(26), R.hex(10), R.r.randint(10, 250), R.r.randint(10, 99))
    ctx["message_id"] = mid
    order = ["Subject: =?utf-8?Q?=C2=BFLe_subi=C3=B3_la_factura_de_luz=3F_Bolet=C3=ADn_de_febrero?=",
             "From: =?utf-8?Q?Voces_del_Consumidor_Latino?= <boletin@vocesdelconsumidor.org>",
             "To: <%s>" % MB[ctx["mb"]], "Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "Message-ID: " + mid, "X-Mailer: Mailchimp Mailer - **CID%s**" % R.hex(20),
             "List-ID: %s mailchimp list <%s.%s.list-id.mcsv.net>" % (R.hex(25), R.hex(25), R.dig(6)),
             "List-Unsubscribe: <https://vocesdelconsumidor.us14.list-manage.com/unsubscribe?u=%s>" % R.hex(25),
             "Precedence: bulk", "MIME-Version: 1.0"]
    return render(h + order, (['Content-Type: multipart/alternative; boundary="%s"' % bnd], body[1]))


machine(id="M19", cat="Spanish consumer-advocacy newsletter", mb="cc", lang="es", prog="Mailchimp", build=m19,
        after="2026-02-01", before="2026-02-28",
        note="Spanish advocacy newsletter advising readers how to opt out of utility advertising; bulk list mail: automated")


# ---------------------------------------------------------------- M20 ARF spam-complaint feedback report

def m20(R, t, ctx):
    mbx = MB[ctx["mb"]]
    c = CAMPAIGNS["thermostat"]
    host = "fbl%d.mail.yahoo.com" % R.r.randint(1, 9)
    ip = "98.136.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250))
    env = ""
    h = our_trace(R, mbx, "", host, host, ip, t, ["dkim=pass header.d=yahoo.com header.s=fbl header.b=%s" % R.s(8),
                                                  "spf=pass smtp.helo=%s" % host,
                                                  "dmarc=pass (p=REJECT dis=NONE) header.from=yahoo.com"])
    src_ip = "167.89.%d.%d" % (R.r.randint(1, 250), R.r.randint(1, 250))
    human = ("This is an email abuse report for an email message received from IP %s on %s.\n"
             "A Yahoo Mail user marked this message as spam.\n"
             "For more information about this format please see http://www.mipassoc.org/arf/.\n" % (
                 src_ip, rfc(c["sent"].astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
    fb = ("Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\n"
          "Original-Mail-From: <bounces+ae-ws-2601@notify.alliantenergy.com>\nOriginal-Rcpt-To: <redacted@yahoo.com>\n"
          "Received-Date: %s\nReported-Domain: notify.alliantenergy.com\nSource-IP: %s\n" % (
              rfc(c["sent"].astimezone(dt.timezone.utc)).replace("-0000", "+0000"), src_ip))
    orig = ("From: Alliant Energy <customercare@alliant-energy.com>\nTo: redacted@yahoo.com\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nList-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>\n"
            % (c["subject"], rfc(central(c["sent"])), c["msgid"]))
    bnd = "_----%s===_%s" % (R.s(20), R.hex(4))
    body = multipart("report", [leaf("text/plain; charset=us-ascii", human, "7bit"),
                                leaf("message/feedback-report", fb, "7bit"),
                                leaf("text/rfc822-headers", orig, "7bit")], bnd)
    mid = "<%s@%s>" % (R.hex(24), host)
    ctx["message_id"] = mid
    ctx["answers"] = "promo:winter-thermostat-2601"
    order = ["Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>", "To: " + mbx,
             "Subject: FW: " + c["subject"], "Message-ID: " + mid, "MIME-Version: 1.0", "Auto-Submitted: auto-generated"]
    return render(h + order, (['Content-Type: multipart/report; report-type=feedback-report;\r\n\tboundary="%s"' % bnd], body[1]))


machine(id="M20", cat="spam-complaint feedback report (ARF) on our promotion", mb="cc", prog="Yahoo feedback loop",
        build=m20, after="2026-01-14",
        note="ARF abuse report: a recipient marked our promo as spam; a feedback-loop report is handled by the mail team's "
             "suppression, not answered; null Return-Path, Auto-Submitted: automated")


# ---------------------------------------------------------------- M21 survey detractor alert

def m21(R, t, ctx):
    h, env = esp_ses(R, ctx, t, "surveypoint.io")
    plain = ("SurveyPoint - Detractor alert\n\n"
             "Survey: PowerHouse Catalog post-order survey (Q1 2026)\n"
             "Score: 0 / 10 (Detractor)\n"
             "Respondent: anonymous (order ref 55110398)\n\n"
             "Comment:\n"
             "\"Stop mailing me catalogs every week. And quit selling my address, I get junk from everybody now. "
             "The heater was fine.\"\n\n"
             "Close the loop: https://app.surveypoint.io/responses/%s\n\n"
             "This alert was sent to you by a workflow in the \"PowerHouse CX\" project. Do not reply." % R.hex(16))
    inner = paras(plain)
    htm = html_mail("Detractor alert", inner, "SurveyPoint workflow alert &middot; do not reply")
    bnd = "----=_Part_%d_%d.%d" % (R.r.randint(100000, 999999), R.r.randint(100000000, 999999999), int(t.timestamp() * 1000))
    body = alt(R, plain, htm, bnd)
    mid = "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (R.hex(9), R.hex(8), R.hex(4), R.hex(4), R.hex(12))
    ctx["message_id"] = mid
    order = ["From: SurveyPoint Alerts <noreply@surveypoint.io>", "To: " + MB[ctx["mb"]],
             "Subject: Detractor alert: 0/10 on \"PowerHouse Catalog post-order survey\"",
             "MIME-Version: 1.0", "Message-ID: " + mid, "Date: " + rfc(t.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
             "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    return render(h + order, (['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd], body[1]))


machine(id="M21", cat="survey-platform detractor alert quoting 'stop mailing me'", mb="ph", prog="Amazon SES (SurveyPoint)",
        build=m21, after="2026-02-01",
        note="survey workflow alert quoting an anonymous respondent's 'stop mailing / quit selling my address'; no person "
             "wrote to us and nobody can be answered: automated")
