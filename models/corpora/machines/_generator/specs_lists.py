"""12 list posts, digests, newsletters and community bulletins (all automated)."""
from mailkit import (Ctx, Leaf, Multi, D, plus, rfc_date, epoch, local, wrap_html_lines, text_to_html,
                     html_escape, rfc2047, MAILBOXES)
from clients import send, plain, gmail_alt, yahoo_alt, addr
from ours import CC, PH
from spec import auto

MB = MAILBOXES


def esp(ctx, mailbox, dt, hs, part, helo, ip, env, dkim_domains, mx="mx1", rdns=None):
    auth = ["dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, ctx.alnum(8)) for d, s in dkim_domains]
    if not auth:
        auth = ["dkim=none"]
    auth.append("spf=pass (%s.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                % (mx, env, ip, env))
    auth.append("dmarc=pass (policy=none) header.from=%s" % dkim_domains[-1][0] if dkim_domains else "dmarc=none")
    return send(ctx, "raw", mailbox, dt, "", "", "", part, extra=hs, isp=(helo, ip, rdns, env, auth, "TLSv1.3"), mx=mx)


def dkim(ctx, d, s, t, h="From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type"):
    return ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\tbh=%s;\n\th=%s;\n\tb=%s"
            % (d, s, t, ctx.bh(), h, "\n\t ".join(ctx.b64(64) for _ in range(4)) + "=="))


MH_FOOT = """_______________________________________________
Maple-Hills mailing list
maple-hills@lists.maplehillsneighbors.org
https://lists.maplehillsneighbors.org/mailman/listinfo/maple-hills
"""


def mailman2_headers(ctx, mailbox, listname, listhost, listdesc, sender_name, sender_addr, subject, sent, orig_mid,
                     dmarc_wrap=True, extra=()):
    rcpt = MB[mailbox]
    verp = "%s-bounces+%s=%s@%s" % (listname, rcpt.split("@")[0], rcpt.split("@")[1], listhost)
    real = {"maple-hills": "Maple-Hills"}.get(listname, listname.capitalize())
    frm = ("%s via %s <%s@%s>" % (sender_name, real, listname, listhost)) if dmarc_wrap \
        else addr(sender_name, sender_addr)
    hs = [("Received", "from mail.%s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
           % (listhost.split(".", 1)[1], listhost, ctx.pf_short(), rcpt, rfc_date(plus(sent, seconds=40), "CT", abbr=True))),
          ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=mm2026; t=%d;\n\tbh=%s;\n\th=From:Reply-To:To:Subject:Date:List-Id:List-Unsubscribe;\n\tb=%s"
           % (listhost, epoch(sent) + 40, ctx.bh(), "\n\t ".join(ctx.b64(64) for _ in range(3)) + "==")),
          ("X-Original-To", "%s@%s" % (listname, listhost)),
          ("Date", rfc_date(sent, "CT")), ("From", frm)]
    if dmarc_wrap:
        hs.append(("Reply-To", addr(sender_name, sender_addr)))
    hs += [("To", rcpt), ("Message-ID", orig_mid), ("Subject", subject)] + list(extra)
    hs += [("MIME-Version", "1.0"), ("*", None),
           ("X-BeenThere", "%s@%s" % (listname, listhost)),
           ("X-Mailman-Version", "2.1.39"),
           ("Precedence", "list"),
           ("List-Id", "%s <%s.%s>" % (listdesc, listname, listhost)),
           ("List-Unsubscribe", "<https://%s/mailman/options/%s>,\n <mailto:%s-request@%s?subject=unsubscribe>" % (listhost, listname, listname, listhost)),
           ("List-Archive", "<https://%s/pipermail/%s/>" % (listhost, listname)),
           ("List-Post", "<mailto:%s@%s>" % (listname, listhost)),
           ("List-Help", "<mailto:%s-request@%s?subject=help>" % (listname, listhost)),
           ("List-Subscribe", "<https://%s/mailman/listinfo/%s>,\n <mailto:%s-request@%s?subject=subscribe>" % (listhost, listname, listname, listhost)),
           ("Errors-To", verp),
           ("Sender", '"%s" <%s>' % (real, verp))]
    return hs, verp


# ---------------------------------------------------------------- L01 Mailman 2 neighbourhood post
def l01():
    k = "l01"; ctx = Ctx(k)
    sent = D("2026-04-25 23:14:08")
    mid = "<%d.%d.%d@mail.yahoo.com>" % (ctx.num(10 ** 8, 2 * 10 ** 9), ctx.num(10 ** 5, 10 ** 7), epoch(sent) * 1000)
    text = """Hi all,

Our dog Juno slipped out of the back gate around 5 tonight. She's a black lab mix, about 60 lbs, red collar with tags, very friendly but won't come if you chase her. Last seen heading toward Oak Ridge Dr and the creek path.

If you see her please call or text 319-555-0133 any time, even late. We've got flyers going up tomorrow morning.

Thank you neighbors!!
Sharon & Dave Boeckholt

""" + MH_FOOT
    hs, verp = mailman2_headers(ctx, "customercare", "maple-hills", "lists.maplehillsneighbors.org",
                                "Maple Hills neighborhood list", "Sharon Boeckholt", "sboeckholt@yahoo.com",
                                '[Maple-Hills] Lost dog near Oak Ridge Dr - black lab mix "Juno"', sent, mid)
    p = Leaf("text/plain", text, "utf-8", "7bit", ct='text/plain; charset="utf-8"')
    raw = esp(ctx, "customercare", plus(sent, minutes=1), hs, p, "mail.maplehillsneighbors.org", "192.0.2.203", verp,
              [("lists.maplehillsneighbors.org", "mm2026")])
    auto(k, "customercare", plus(sent, minutes=1), "list:mailman2-post", "en", "Mailman 2.1 (personalized)", raw,
         "neighbourhood Mailman list someone subscribed our address to; a lost-dog post is list traffic")


# ---------------------------------------------------------------- L02 HOA bulletin to a long To: list, no List-Id
def l02():
    k = "l02"; ctx = Ctx(k)
    dt = D("2026-05-04 01:22:17")
    names = ["bkrueger@mchsi.com", "tom.and.jan.lee@gmail.com", "dwagner1971@yahoo.com", "ahmedfamily@outlook.com",
             "cmcgrath@imonmail.com", "jo.vandermolen@gmail.com", "customercare@alliant-energy.com",
             "rkimball@kimballlaw.com", "sue.oconnor@q.com", "pfrank@mchsi.com", "janeandbill@aol.com",
             "tnguyen.ia@gmail.com", "lstrand@cornellcollege.example", "dougmeyer@netins.net"]
    names = [n for n in names if not n.endswith(".example")]
    to = ",\n ".join(names)
    text = """Hello Cedar Terrace neighbors,

A few quick things for May:

* POOL OPENS Saturday May 23. New key fobs will be handed out at the
  clubhouse May 16 from 9-noon. Bring your old fob.
* The board meeting moved to Tuesday May 12, 7 pm, clubhouse.
* Dues reminder: 2nd half dues ($185) are due June 1. Checks to
  "Cedar Terrace HOA" in the drop box by the mailboxes.
* The power company has crews trimming trees along the back easement
  (lots 14-30) sometime in the next few weeks. Please keep gates
  unlocked or call them if you have a dog.
* Spring yard waste pickup is the 2nd and 4th Monday.

If you want off this email list just let me know. I'm doing it by hand!

Thanks,
Marcy Holtz
Secretary, Cedar Terrace HOA
"""
    html = wrap_html_lines("<div style=\"font-family:Arial;font-size:13px\">" + text_to_html(text, "p") + "</div>\n")
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "7bit", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")],
                 "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(10 ** 8, 10 ** 9), epoch(dt) * 1000))
    raw = send(ctx, "xfinity", "customercare", dt, "mholtz@comcast.net", to, "Cedar Terrace HOA - May news & pool opening",
               part, name="Marcy Holtz")
    auto(k, "customercare", dt, "bulk:community-bulletin-no-listid", "en", "Xfinity Connect", raw,
         "HOA bulletin sent by hand to 13 visible addresses (no List-Id); 'if you want off this list let me know' is her offer, not our request")


# ---------------------------------------------------------------- L03 Mailman 3 garden club post
def l03():
    k = "l03"; ctx = Ctx(k)
    sent = D("2026-03-02 14:05:51")
    listname, host = "decorah-gardeners", "lists.decorahgardenclub.org"
    rcpt = PH
    mid = "<%s@mail.gmail.com>" % ("CAH" + ctx.alnum(40))
    text = """Hi gardeners,

Reminder that the spring SEED SWAP is this Saturday, March 7, 10am-1pm in
the community room at the public library. Bring seeds in labeled envelopes
(variety + year if you know it). We'll have extra envelopes and a table
for houseplant cuttings too.

Coffee and bars provided by the hospitality committee. Questions -> reply
to me, not the whole list please :)

Linnea Hovland
Decorah Garden Club

_______________________________________________
Decorah-gardeners mailing list -- decorah-gardeners@lists.decorahgardenclub.org
To unsubscribe send an email to decorah-gardeners-leave@lists.decorahgardenclub.org
"""
    h = ctx.alnum(32).upper()
    hs = [("Received", "from mailman.decorahgardenclub.org (localhost [IPv6:::1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
           % (host, ctx.pf_short(), rcpt, rfc_date(plus(sent, seconds=30), "CT", abbr=True))),
          ("From", "Linnea Hovland <linnea.hovland@gmail.com>"),
          ("Date", rfc_date(sent, "CT")), ("Message-ID", mid),
          ("Subject", "[decorah-gardeners] Seed swap Saturday at the library"),
          ("To", "PowerHouse Catalog <%s>" % rcpt),
          ("MIME-Version", "1.0"), ("*", None),
          ("Message-ID-Hash", h), ("X-Message-ID-Hash", h),
          ("X-MailFrom", "linnea.hovland@gmail.com"),
          ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-decorah-gardeners.lists.decorahgardenclub.org-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
          ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"),
          ("List-Id", "<%s.%s>" % (listname, host)),
          ("Archived-At", "<https://%s/archives/list/%s@%s/message/%s/>" % (host, listname, host, h)),
          ("List-Archive", "<https://%s/archives/list/%s@%s/>" % (host, listname, host)),
          ("List-Help", "<mailto:%s-request@%s?subject=help>" % (listname, host)),
          ("List-Owner", "<mailto:%s-owner@%s>" % (listname, host)),
          ("List-Post", "<mailto:%s@%s>" % (listname, host)),
          ("List-Subscribe", "<mailto:%s-join@%s>" % (listname, host)),
          ("List-Unsubscribe", "<mailto:%s-leave@%s>" % (listname, host))]
    p = Leaf("text/plain", text, "utf-8", "7bit", ct='text/plain; charset="UTF-8"')
    env = "%s-bounces+powerhousecatalog=alliant-energy.com@%s" % (listname, host)
    raw = esp(ctx, "powerhousecatalog", plus(sent, minutes=1), hs, p, "mailman.decorahgardenclub.org", "203.0.113.119", env, [], mx="mx2")
    auto(k, "powerhousecatalog", plus(sent, minutes=1), "list:mailman3-post", "en", "Mailman 3.3", raw,
         "garden-club Mailman 3 post delivered to the catalog mailbox (subscribed by someone); list traffic")


# ---------------------------------------------------------------- L04 Mailman 2 digest
def l04():
    k = "l04"; ctx = Ctx(k)
    sent = D("2026-05-01 17:00:03")
    text = """Send Maple-Hills mailing list submissions to
	maple-hills@lists.maplehillsneighbors.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.maplehillsneighbors.org/mailman/listinfo/maple-hills
or, via email, send a message with subject or body 'help' to
	maple-hills-request@lists.maplehillsneighbors.org

You can reach the person managing the list at
	maple-hills-owner@lists.maplehillsneighbors.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Maple-Hills digest..."


Today's Topics:

   1. Re: Lost dog near Oak Ridge Dr - black lab mix "Juno"
      (Sharon Boeckholt)
   2. Tree trimming trucks on Birchwood (Gene Pruett)
   3. Re: Tree trimming trucks on Birchwood (Amy Tjaden)
   4. Neighborhood garage sale May 15-16 (Kris Madsen)


----------------------------------------------------------------------

Message: 1
Date: Tue, 28 Apr 2026 07:51:40 -0500
From: Sharon Boeckholt <sboeckholt@yahoo.com>
To: maple-hills@lists.maplehillsneighbors.org
Subject: Re: [Maple-Hills] Lost dog near Oak Ridge Dr - black lab mix
	"Juno"
Message-ID: <1611083320.4412719.1777380700312@mail.yahoo.com>
Content-Type: text/plain; charset=utf-8

JUNO IS HOME! A family on Hawthorne found her in their garage Sunday
morning, muddy and happy. Thank you all for sharing and looking.

Sharon


------------------------------

Message: 2
Date: Wed, 29 Apr 2026 12:03:17 -0500
From: Gene Pruett <gpruett@mchsi.com>
To: maple-hills@lists.maplehillsneighbors.org
Subject: [Maple-Hills] Tree trimming trucks on Birchwood
Message-ID: <7f1e3b2a-9c44-4d3e-a1f0-2b6c8d9e0a11@mchsi.com>
Content-Type: text/plain; charset=UTF-8; format=flowed

Anybody know how long the tree crew is going to be on Birchwood? They
took a big limb off our maple that wasn't anywhere near the lines.
Is it Alliant or the city?

Gene


------------------------------

Message: 3
Date: Wed, 29 Apr 2026 13:40:55 -0500
From: Amy Tjaden <amytjaden@gmail.com>
To: maple-hills@lists.maplehillsneighbors.org
Subject: Re: [Maple-Hills] Tree trimming trucks on Birchwood
Message-ID: <CAJ9vR2xWq0mT1nN5pLzk8uV3+Yc7hBq4eR6dF1sGa2oK9wXy0A@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"

It's the utility's contractor. There's a number on the door hanger
they leave, you can call about cleanup. They came back and chipped
everything for us.

Amy


------------------------------

Message: 4
Date: Thu, 30 Apr 2026 20:12:09 -0500
From: Kris Madsen <krismadsen@outlook.com>
To: maple-hills@lists.maplehillsneighbors.org
Subject: [Maple-Hills] Neighborhood garage sale May 15-16
Message-ID: <PH7P220MB1588A9C2E0B7D41F6E3A5C11C2A52@PH7P220MB1588.NAMP220.PROD.OUTLOOK.COM>
Content-Type: text/plain; charset="us-ascii"

Neighborhood-wide garage sale is Fri/Sat May 15-16, 8am-2pm. Reply to me
(not the list) with your address by May 10 and I'll put you on the map
and the Craigslist ad. Free!

Kris


------------------------------

Subject: Digest Footer

_______________________________________________
Maple-Hills mailing list
maple-hills@lists.maplehillsneighbors.org
https://lists.maplehillsneighbors.org/mailman/listinfo/maple-hills


------------------------------

End of Maple-Hills Digest, Vol 14, Issue 9
******************************************
"""
    hs, verp = mailman2_headers(ctx, "customercare", "maple-hills", "lists.maplehillsneighbors.org",
                                "Maple Hills neighborhood list", None, None,
                                "Maple-Hills Digest, Vol 14, Issue 9", sent,
                                "<mailman.9.1777654803.2218.maple-hills@lists.maplehillsneighbors.org>", dmarc_wrap=False)
    hs = [(n, v) for n, v in hs if n != "From"]
    hs.insert(4, ("From", "maple-hills-request@lists.maplehillsneighbors.org"))
    hs.insert(5, ("Reply-To", "maple-hills@lists.maplehillsneighbors.org"))
    p = Leaf("text/plain", text, "us-ascii", "7bit", ct='text/plain; charset="us-ascii"')
    raw = esp(ctx, "customercare", plus(sent, minutes=1), hs, p, "mail.maplehillsneighbors.org", "192.0.2.203", verp,
              [("lists.maplehillsneighbors.org", "mm2026")])
    auto(k, "customercare", plus(sent, minutes=1), "list:mailman2-digest", "en", "Mailman 2.1 digest", raw,
         "Mailman plain-text digest; neighbours mention Alliant tree trimming, but nothing is addressed to us")


# ---------------------------------------------------------------- L05 parish bulletin (Flocknote)
def l05():
    k = "l05"; ctx = Ctx(k)
    dt = D("2026-06-12 13:30:44")
    text = """St. Wenceslaus Parish - This Week
=================================

Mass times this weekend
  Saturday 5:00 pm | Sunday 8:00 am & 10:30 am (Spanish 12:30 pm)

Parish picnic - Sunday, June 21
  Bring a side dish to share. Bounce house for the kids, bingo in the hall.
  Volunteers needed for the brat stand: sign up in the gathering space.

Food pantry
  The pantry is low on canned fruit, peanut butter and cereal.

Cooling center
  The parish hall will be open as a cooling center on heat-advisory days,
  1-7 pm. Bring a neighbor who doesn't have air conditioning.

God bless,
Fr. Tomas Novak

--
You're getting this because you joined St. Wenceslaus Parish on Flocknote.
Unsubscribe: https://flocknote.com/unsubscribe/%s
""" % ctx.alnum(24)
    html = wrap_html_lines("<html><body style=\"font-family:Georgia,serif\">" + text_to_html(text, "p") + "</body></html>\n")
    b = "b1_%s" % ctx.hex(32)
    part = Multi("alternative", [Leaf("text/plain", text, "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
                                 Leaf("text/html", html, "utf-8", "quoted-printable", ct="text/html; charset=utf-8")], b)
    sent = plus(dt, seconds=-5)
    hs = [dkim(ctx, "flocknote.com", "s1", epoch(sent)),
          ("Date", rfc_date(sent, "UTC")),
          ("To", CC),
          ("From", "St. Wenceslaus Parish <notes@flocknote.com>"),
          ("Reply-To", "St. Wenceslaus Parish <office@stwenceslausparish.org>"),
          ("Subject", "This Week at St. Wenceslaus: picnic, pantry, cooling center"),
          ("Message-ID", "<%s@flocknote.com>" % ctx.hex(32)),
          ("List-Unsubscribe", "<https://flocknote.com/unsubscribe/%s>" % ctx.alnum(24)),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("List-Id", "<stwenceslaus.flocknote.com>"),
          ("X-Flocknote-Note", "%d" % ctx.num(10 ** 7, 10 ** 8)),
          ("MIME-Version", "1.0"), ("*", None)]
    ip = "167.89.%d.%d" % (ctx.num(0, 127), ctx.num(2, 250))
    raw = esp(ctx, "customercare", dt, hs, part, "o%d.ptr%d.flocknote.com" % (ctx.num(1, 9), ctx.num(1000, 9999)), ip,
              "bounces+%d-%s-customercare=alliant-energy.com@em.flocknote.com" % (ctx.num(10 ** 6, 10 ** 7), ctx.hex(4)),
              [("flocknote.com", "s1")])
    auto(k, "customercare", dt, "bulk:parish-bulletin", "en", "Flocknote (SendGrid)", raw,
         "parish bulletin someone signed our address up for; community bulk mail")


# ---------------------------------------------------------------- L06 Mailchimp newsletter
def l06():
    k = "l06"; ctx = Ctx(k)
    dt = D("2026-03-05 14:00:27")
    u, lid, cid = ctx.hex(25), ctx.hex(10), ctx.hex(10)
    text = """** Spring Planting Guide 2026
------------------------------------------------------------

Hi friend,

The ground is thawing and the catalog is packed. Here's what's new at
Prairie Seed Co. this spring:

* 14 new native wildflower mixes for pollinator gardens
* Heirloom tomato sampler (12 varieties, $24)
* Our free frost-date calculator for every Iowa county

Shop the spring catalog (https://prairieseedco.us21.list-manage.com/track/click?u=%s&id=%s&e=%s)

Happy growing,
The Prairie Seed Co. team

============================================================
Copyright (C) 2026 Prairie Seed Co., All rights reserved.
You are receiving this email because you opted in via our website.

Our mailing address is:
Prairie Seed Co.
PO Box 118
Norway, IA 52318

Want to change how you receive these emails?
You can ** update your preferences (https://prairieseedco.us21.list-manage.com/profile?u=%s&id=%s&e=%s)
or ** unsubscribe from this list (https://prairieseedco.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s)
""" % (u, ctx.hex(10), ctx.hex(10), u, lid, ctx.hex(10), u, lid, ctx.hex(10), cid)
    html = wrap_html_lines("""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Spring Planting Guide 2026</title></head>
<body><center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%%" width="100%%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<h1>Spring Planting Guide 2026</h1>
%s
</td></tr></table></center></body></html>
""" % text_to_html(text.split("============")[0].replace("** Spring Planting Guide 2026\n" + "-" * 60 + "\n", ""), "p"))
    b = "_----------=_MCPart_%d" % ctx.num(10 ** 9, 2 * 10 ** 9)
    part = Multi("alternative", [Leaf("text/plain", text, "utf-8", "quoted-printable", ct='text/plain; charset="utf-8"; format="fixed"'),
                                 Leaf("text/html", html, "utf-8", "quoted-printable", ct='text/html; charset="utf-8"')], b)
    sent = plus(dt, seconds=-4)
    host = "mail%d.atl%d.mcdlv.net" % (ctx.num(100, 250), ctx.num(11, 91))
    hs = [dkim(ctx, "mcdlv.net", "k2", epoch(sent)), dkim(ctx, "prairieseedco.com", "k2", epoch(sent)),
          ("Subject", rfc2047("Spring Planting Guide 2026 \U0001F331", "utf-8", "Q")),
          ("From", "=?utf-8?Q?Prairie=20Seed=20Co.?= <hello@prairieseedco.com>"),
          ("Reply-To", "=?utf-8?Q?Prairie=20Seed=20Co.?= <hello@prairieseedco.com>"),
          ("To", "<%s>" % PH),
          ("Date", rfc_date(sent, "UTC")),
          ("Message-ID", "<%s.%s@%s>" % (ctx.hex(24), ctx.digits(7), host)),
          ("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, ctx.hex(10))),
          ("X-Campaign", "mailchimp%s.%s" % (u, cid)),
          ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
          ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, ctx.hex(10))),
          ("X-MC-User", u),
          ("Feedback-ID", "%d:%d.%d:us21:mc" % (ctx.num(10 ** 7, 10 ** 8), ctx.num(10 ** 7, 10 ** 8), ctx.num(10 ** 6, 10 ** 7))),
          ("List-ID", "%smc list <%s.%d.list-id.mcsv.net>" % (u, u, ctx.num(100000, 999999))),
          ("X-Accounttype", "pd"),
          ("List-Unsubscribe", "<https://prairieseedco.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\n <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (u, lid, ctx.hex(10), cid, u, cid, ctx.hex(10))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("*", None), ("MIME-Version", "1.0")]
    ip = "198.2.%d.%d" % (ctx.num(128, 191), ctx.num(2, 250))
    raw = esp(ctx, "powerhousecatalog", dt, hs, part, host, ip,
              "bounce-mc.us21_%d.%s-powerhousecatalog=alliant-energy.com@%s" % (ctx.num(10 ** 7, 10 ** 8), cid, host),
              [("mcdlv.net", "k2"), ("prairieseedco.com", "k2")], mx="mx2")
    auto(k, "powerhousecatalog", dt, "bulk:newsletter-mailchimp", "en", "Mailchimp", raw,
         "another company's newsletter (Mailchimp) with its own unsubscribe footer; UTF-8 emoji subject")


# ---------------------------------------------------------------- L07 Constant Contact chamber newsletter
def l07():
    k = "l07"; ctx = Ctx(k)
    dt = D("2026-02-18 15:15:09")
    text = """MOUNT VERNON-LISBON CHAMBER OF COMMERCE
February Member Update

Business After Hours - Thursday, Feb. 26, 5-7 pm
Hosted by Lincoln Winery, 1st Street West. Bring business cards!

Welcome new members
 - Palisades Pet Clinic
 - The Sawmill Coffee House
 - Koch Family Dentistry

Chili Cook-Off sign-ups are open. Booths are $25 for members.

Energy efficiency workshop for small businesses, March 10, 8 am at
City Hall, presented by our utility partners. Free, but please RSVP.

--
Mount Vernon-Lisbon Chamber of Commerce | 311 1st St W, Mount Vernon, IA 52314
Unsubscribe customercare@alliant-energy.com
Update Profile | Constant Contact Data Notice
Sent by chamber@mvlchamber.org powered by Constant Contact
"""
    html = wrap_html_lines("<html><body>" + text_to_html(text, "p") + "</body></html>\n")
    b = "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(10 ** 8, 10 ** 9), epoch(dt) * 1000)
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")], b)
    sent = plus(dt, seconds=-3)
    rid = "%d.%d" % (ctx.num(10 ** 12, 10 ** 13), ctx.num(10 ** 9, 10 ** 10))
    hs = [dkim(ctx, "mvlchamber.org", "ctct1", epoch(sent)), dkim(ctx, "auth.ccsend.com", "1000073432", epoch(sent)),
          ("Date", rfc_date(sent, "ET")),
          ("From", "Mount Vernon-Lisbon Chamber <chamber@mvlchamber.org>"),
          ("Sender", "Mount Vernon-Lisbon Chamber <chamber-mvlchamber.org@shared1.ccsend.com>"),
          ("Reply-To", "chamber@mvlchamber.org"),
          ("To", CC),
          ("Message-ID", "<%s@com.constantcontact.com>" % rid),
          ("Subject", "February Member Update: Business After Hours, Chili Cook-Off"),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-Mailer", "Roving Constant Contact 2012 (http://www.constantcontact.com)"),
          ("X-Roving-Queued", local(sent, "ET").strftime("%Y%m%d%H:%M:%S.%f")[:-3]),
          ("X-Roving-Version", "2012.04.26.1.0"),
          ("X-Roving-Id", rid),
          ("X-Feedback-ID", "%d:%d:ccfeedback" % (ctx.num(10 ** 9, 10 ** 10), ctx.num(10 ** 9, 10 ** 10))),
          ("X-Return-Path-Hint", "AAIB" + ctx.b64(12) + "=="),
          ("List-Unsubscribe", "<https://visitor.constantcontact.com/do?p=un&m=%s&se=%s&t=%s>,\n <mailto:unsubscribe-%s@cc.ccsend.com>" % (ctx.alnum(14), ctx.alnum(20), ctx.alnum(14), ctx.hex(12))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    ip = "208.75.123.%d" % ctx.num(2, 250)
    raw = esp(ctx, "customercare", dt, hs, part, "ccm%d.constantcontact.com" % ctx.num(10, 99), ip,
              "%s+0+0+%d@in.constantcontact.com" % (ctx.hex(10), ctx.num(10 ** 6, 10 ** 7)),
              [("mvlchamber.org", "ctct1")])
    auto(k, "customercare", dt, "bulk:newsletter-constantcontact", "en", "Constant Contact", raw,
         "chamber-of-commerce member newsletter (Constant Contact) addressed to our mailbox; 'Unsubscribe customercare@...' is its footer")


# ---------------------------------------------------------------- L08 GovDelivery city bulletin
def l08():
    k = "l08"; ctx = Ctx(k)
    dt = D("2026-10-20 16:02:40")
    text = """City of Marion - Public Works

Fall leaf collection begins Monday, October 26

Rake leaves to the curb (not into the street) by 7 a.m. on your zone's
collection day. Crews make one pass per zone; check the map at
cityofmarion.org/leaves.

Please keep cars off the street on your collection day.

Power outages: if a tree limb brings down a line, stay back 30 feet and
call your utility's outage line, not City Hall.

________________________________________________________________________

Update your subscriptions, modify your password or email address, or stop
subscriptions at any time on your Subscriber Preferences Page. You will
need to use your email address to log in.

This service is provided to you at no charge by City of Marion, Iowa.
________________________________________________________________________
This email was sent to customercare@alliant-energy.com using GovDelivery
Communications Cloud on behalf of: City of Marion, Iowa - 1225 6th Ave,
Marion, IA 52302
"""
    html = wrap_html_lines("<html><body>" + text_to_html(text, "p") + "</body></html>\n")
    b = "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(10 ** 8, 10 ** 9), epoch(dt) * 1000)
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "7bit", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")], b)
    sent = plus(dt, seconds=-6)
    bid = ctx.hex(7)
    hs = [dkim(ctx, "govdelivery.com", "gd", epoch(sent)),
          ("Date", rfc_date(sent, "CT").replace(" -0500", " -0500")),
          ("From", "City of Marion <iamarion@public.govdelivery.com>"),
          ("To", CC),
          ("Message-ID", "<%d.%d@public.govdelivery.com>" % (ctx.num(10 ** 7, 10 ** 8), ctx.num(10 ** 7, 10 ** 8))),
          ("Subject", "Fall leaf collection begins Monday, October 26"),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-Accountcode", "IAMARION"),
          ("X-Bulletinid", "%s" % bid),
          ("X-Bulletinrecipientid", "%d" % ctx.num(10 ** 10, 10 ** 11)),
          ("X-Topicid", "IAMARION_%d" % ctx.num(10, 99)),
          ("List-Unsubscribe", "<https://public.govdelivery.com/accounts/IAMARION/subscriber/one_click_unsubscribe?verification=%s&destination=customercare%%40alliant-energy.com>" % ctx.alnum(32)),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Feedback-ID", "%s:IAMARION:govdelivery" % bid)]
    ip = "209.11.164.%d" % ctx.num(2, 250)
    raw = esp(ctx, "customercare", dt, hs, part, "mta%d.govdelivery.com" % ctx.num(10, 90), ip,
              "bounces@govdelivery.com", [("govdelivery.com", "gd")])
    auto(k, "customercare", dt, "bulk:govdelivery-bulletin", "en", "GovDelivery (Granicus)", raw,
         "city public-works bulletin via GovDelivery; mentions outages but is a broadcast, not a request")


# ---------------------------------------------------------------- L09 Klaviyo store newsletter
def l09():
    k = "l09"; ctx = Ctx(k)
    dt = D("2026-09-24 16:45:12")
    text = """HEARTLAND HOME GOODS

Fall flannel is here.

Our best-selling flannel sheet sets are back in 9 new colors, plus
wool throws, boot trays and the cast-iron Dutch oven you asked for.

Free shipping over $75 through Sunday.

SHOP FALL -> https://www.heartlandhomegoods.com/fall

Heartland Home Goods, 410 Main St, Pella, IA 50219
No longer want to receive these emails? Unsubscribe.
https://manage.kmail-lists.com/subscriptions/unsubscribe?a=%s&c=%s&k=%s
""" % (ctx.alnum(6), ctx.alnum(26), ctx.hex(32))
    html = wrap_html_lines("<!DOCTYPE html><html><body>" + text_to_html(text, "p") + "</body></html>\n")
    b = "===============%d==" % ctx.num(10 ** 18, 10 ** 19)
    part = Multi("alternative", [Leaf("text/plain", text, "utf-8", "quoted-printable", ct='text/plain; charset="utf-8"'),
                                 Leaf("text/html", html, "utf-8", "quoted-printable", ct='text/html; charset="utf-8"')], b)
    sent = plus(dt, seconds=-5)
    hs = [dkim(ctx, "heartlandhomegoods.com", "kl", epoch(sent)), dkim(ctx, "klaviyomail.com", "kl2", epoch(sent)),
          ("Content-Type", None)] if False else [dkim(ctx, "heartlandhomegoods.com", "kl", epoch(sent)), dkim(ctx, "klaviyomail.com", "kl2", epoch(sent))]
    hs += [("*", None), ("MIME-Version", "1.0"),
           ("Subject", "Fall flannel is here \u2014 9 new colors"),
           ("From", "Heartland Home Goods <hello@heartlandhomegoods.com>"),
           ("To", PH),
           ("Date", rfc_date(sent, "UTC")),
           ("Message-ID", "<%s@%s.klaviyomail.com>" % (ctx.hex(32), ctx.alnum(6).lower())),
           ("X-Kmail-Relay", "%s" % ctx.alnum(8)),
           ("X-Kmail-Account", ctx.alnum(6)),
           ("X-Kmail-Message", ctx.alnum(26)),
           ("List-Unsubscribe", "<https://manage.kmail-lists.com/subscriptions/unsubscribe?a=%s&c=%s>, <mailto:unsubscribe@%s.klaviyomail.com>" % (ctx.alnum(6), ctx.alnum(26), ctx.alnum(6).lower())),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    # fix the non-ASCII subject
    hs = [(n, rfc2047(v, "utf-8", "B") if n == "Subject" else v) for n, v in hs]
    ip = "168.245.%d.%d" % (ctx.num(0, 127), ctx.num(2, 250))
    raw = esp(ctx, "powerhousecatalog", dt, hs, part, "o%d.send.heartlandhomegoods.com" % ctx.num(1, 99), ip,
              "bounces+%d-%s-powerhousecatalog=alliant-energy.com@send.heartlandhomegoods.com" % (ctx.num(10 ** 6, 10 ** 7), ctx.hex(4)),
              [("klaviyomail.com", "kl2"), ("heartlandhomegoods.com", "kl")], mx="mx2")
    auto(k, "powerhousecatalog", dt, "bulk:newsletter-klaviyo", "en", "Klaviyo", raw,
         "another catalog retailer's promotional newsletter arriving in our catalog mailbox")


# ---------------------------------------------------------------- L10 Brevo trade newsletter (trap words)
def l10():
    k = "l10"; ctx = Ctx(k)
    dt = D("2026-07-08 12:30:00")
    text = """UTILITY CX WEEKLY  |  July 8, 2026

THIS WEEK: THE OPT-OUT ISSUE

1. Why opt-out rates spike after rate cases
   Customers who just saw a rate increase are 3x more likely to hit
   "unsubscribe" on program e-mail. We look at five utilities that
   timed their promotions around it.

2. "Do not sell or share my personal information": what state privacy
   laws mean for utility affiliate marketing in 2027.

3. Suppression lists done right: keeping service alerts flowing to
   customers who opted out of marketing.

Read online: https://utilitycxweekly.com/2026/07/08

You are receiving Utility CX Weekly because you subscribed at
utilitycxweekly.com. Unsubscribe: https://r.utilitycxweekly.com/mk/un/%s
Utility CX Weekly, 2100 Grand Ave, Des Moines, IA 50312
""" % ctx.b64url(40)
    html = wrap_html_lines("<html><body style=\"font-family:Helvetica\">" + text_to_html(text, "p") + "</body></html>\n")
    b = "--_NmP-%s-Part_1" % ctx.hex(16)
    part = Multi("alternative", [Leaf("text/plain", text, "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
                                 Leaf("text/html", html, "utf-8", "quoted-printable", ct="text/html; charset=utf-8")], b)
    sent = plus(dt, seconds=-4)
    hs = [dkim(ctx, "utilitycxweekly.com", "brevo1", epoch(sent)), dkim(ctx, "sendibm1.com", "mail", epoch(sent)),
          ("From", "Utility CX Weekly <editor@utilitycxweekly.com>"),
          ("To", "<%s>" % CC),
          ("Subject", "The opt-out issue: rate cases, privacy laws, suppression lists"),
          ("Date", rfc_date(sent, "UTC")),
          ("Message-Id", "<%s.%s@smtp-relay.mailin.fr>" % (ctx.hex(24), ctx.digits(8))),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-Mailer", "Sendinblue"),
          ("X-sib-id", ctx.b64url(60)),
          ("X-CSA-Complaints", "csa-complaints@eco.de"),
          ("Feedback-ID", "%s:%d_-1:%d_-1:Sendinblue" % (ctx.digits(6), ctx.num(10 ** 6, 10 ** 7), ctx.num(10 ** 6, 10 ** 7))),
          ("List-Unsubscribe", "<https://r.utilitycxweekly.com/mk/un/%s>, <mailto:unsubscribe@sendinblue.com?subject=unsubscribe:%s>" % (ctx.b64url(40), ctx.b64url(20))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    ip = "77.32.148.%d" % ctx.num(2, 250)
    raw = esp(ctx, "customercare", dt, hs, part, "smtp-relay.sendinblue.com", ip,
              "%s@bounces.sendibm1.com" % ctx.hex(16), [("sendibm1.com", "mail"), ("utilitycxweekly.com", "brevo1")])
    auto(k, "customercare", dt, "bulk:trade-newsletter-trapwords", "en", "Brevo (Sendinblue)", raw,
         "trade newsletter whose topics are 'opt-out', 'do not sell or share', 'suppression lists' -- bulk mail, no request")


# ---------------------------------------------------------------- L11 Mailman 2 post asking neighbours about PowerHouse
def l11():
    k = "l11"; ctx = Ctx(k)
    sent = D("2026-08-30 02:41:19")
    mid = "<%s@mail.gmail.com>" % ("CAF" + ctx.alnum(40))
    text = """Does anybody know how to get the PowerHouse Catalog (the Alliant one) to
stop selling our name? Ever since I ordered a smart plug from them we get
3-4 new catalogs a week from companies I never heard of. I read in the
fine print that they share names with other catalog companies unless you
write to them and tell them not to.

Is there one place to opt out of all of it or do I have to call each one?

Ron Kiefer
(Hawthorne Ct)

_______________________________________________
Westside mailing list
westside@lists.westsidecf.org
https://lists.westsidecf.org/mailman/listinfo/westside
"""
    hs, verp = mailman2_headers(ctx, "powerhousecatalog", "westside", "lists.westsidecf.org",
                                "Westside Cedar Falls neighbors", "Ron Kiefer", "ronkiefer52@gmail.com",
                                "[Westside] catalogs - how to stop them selling your name?", sent, mid)
    p = Leaf("text/plain", text, "utf-8", "quoted-printable", ct='text/plain; charset="UTF-8"')
    raw = esp(ctx, "powerhousecatalog", plus(sent, minutes=1), hs, p, "mail.westsidecf.org", "198.51.100.92", verp,
              [("lists.westsidecf.org", "mm2026")], mx="mx2")
    auto(k, "powerhousecatalog", plus(sent, minutes=1), "list:post-trap-sharing", "en", "Mailman 2.1 (personalized)", raw,
         "TRAP: list post asking NEIGHBOURS how to stop PowerHouse sharing names; our mailbox is only a list member -- list traffic, no request to us")


# ---------------------------------------------------------------- L12 HubSpot industry newsletter (trap words)
def l12():
    k = "l12"; ctx = Ctx(k)
    dt = D("2026-11-17 15:00:31")
    text = """CATALOG SUCCESS WEEKLY
November 17, 2026

Co-op databases vs. list rental: what 2027 postage means for prospecting
------------------------------------------------------------------------
With another postage increase coming, mailers are leaning on co-op
databases and name exchanges. We compare response rates, merge/purge
costs and how to honor do-not-rent requests across partners.

Webinar: "Suppression files that actually suppress" - Dec 3, 1 pm CT

Sponsor: Great Plains Lettershop - inkjet personalization from 2,500 pieces.

--
Catalog Success Weekly, 8200 Normandale Blvd, Bloomington, MN 55437
You received this email because you subscribed to Catalog Success Weekly.
Unsubscribe: https://hs.catalogsuccess.com/hs/manage-preferences/unsubscribe?d=%s
""" % ctx.b64url(60)
    html = wrap_html_lines("<!DOCTYPE html><html><body>" + text_to_html(text, "p") + "</body></html>\n")
    b = "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(10 ** 8, 10 ** 9), epoch(dt) * 1000)
    part = Multi("alternative", [Leaf("text/plain", text, "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
                                 Leaf("text/html", html, "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8")], b)
    sent = plus(dt, seconds=-4)
    hs = [dkim(ctx, "catalogsuccess.com", "hs1", epoch(sent)), dkim(ctx, "hubspotemail.net", "hs2", epoch(sent)),
          ("Date", rfc_date(sent, "UTC")),
          ("From", "Catalog Success Weekly <news@catalogsuccess.com>"),
          ("Reply-To", "news@catalogsuccess.com"),
          ("To", "powerhousecatalog@alliant-energy.com"),
          ("Message-ID", "<%d.%d.%d@hubspot.com>" % (ctx.num(10 ** 9, 2 * 10 ** 9), ctx.num(10 ** 5, 10 ** 6), epoch(sent) * 1000)),
          ("Subject", "Co-op databases vs. list rental in 2027"),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-Report-Abuse-To", "abuse@hubspot.com"),
          ("X-HS-Cid", ctx.b64url(40)),
          ("List-Unsubscribe", "<mailto:%s@unsub.hubspotemail.net>, <https://hs.catalogsuccess.com/hs/manage-preferences/unsubscribe-all?d=%s>" % (ctx.b64url(30), ctx.b64url(40))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    ip = "143.244.%d.%d" % (ctx.num(80, 95), ctx.num(2, 250))
    raw = esp(ctx, "powerhousecatalog", dt, hs, part, "%s.hubspotemail.net" % ctx.alnum(8).lower(), ip,
              "%s@bounce.hubspotemail.net" % ctx.alnum(14).lower(), [("hubspotemail.net", "hs2"), ("catalogsuccess.com", "hs1")], mx="mx2")
    auto(k, "powerhousecatalog", dt, "bulk:industry-newsletter-trapwords", "en", "HubSpot", raw,
         "industry newsletter about list rental and do-not-rent requests; bulk mail full of sharing words, no request")


for f in [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12]:
    f()
