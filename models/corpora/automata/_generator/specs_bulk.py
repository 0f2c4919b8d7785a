"""Automated: newsletters and notices that talk about privacy and unsubscribing, social and app notifications,
spam and phishing that imitate opt-outs, a mail house's suppression report, calendar traffic, list posts."""
import datetime as dt

from kit import text, html, multi, att, raw, hexid
from spec import S, ics

BULK = [("Precedence", "bulk")]


def lu(url, mailto=None):
    v = "<%s>" % url if not mailto else "<mailto:%s>, <%s>" % (mailto, url)
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def cal_invite(d, key):
    start = (d + dt.timedelta(days=5)).replace(hour=14, minute=0, second=0)
    body = ("Jamie Kowalczyk has invited you to: Q3 suppression file handoff\n\n"
            "When: %s 2:00 PM - 2:30 PM (Central Time)\nWhere: Teams meeting\n\n"
            "Agenda: merge/purge schedule, in-house opt-out file format, DMA list refresh.\n"
            % start.strftime("%A, %B %d, %Y"))
    cal = ics("REQUEST", "%s@cornerstonemail.com" % hexid(key, 24), "Q3 suppression file handoff", start, 30,
              ("Jamie Kowalczyk", "jkowalczyk@cornerstonemail.com"),
              [("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")],
              description="Agenda: merge/purge schedule, in-house opt-out file format, DMA list refresh.",
              location="Microsoft Teams Meeting")
    return multi("alternative", [text(body), raw("text/calendar", cal, [("charset", "utf-8"), ("method", "REQUEST")])])


def cal_reply(d, key, partstat, who, addr_, summary, note=""):
    start = (d + dt.timedelta(days=3)).replace(hour=10, minute=0, second=0)
    cal = ics("REPLY", "%s@alliant-energy.com" % hexid(key, 24), summary, start, 60,
              ("Customer Care", "customercare@alliant-energy.com"), [(who, addr_)], partstat=partstat)
    parts = [text(note or "%s has %s this invitation." % (who, partstat.lower().replace("-", " ")))]
    return multi("alternative", parts + [raw("text/calendar", cal, [("charset", "utf-8"), ("method", "REPLY")])])


def gcal_update(d, key):
    start = (d + dt.timedelta(days=8)).replace(hour=9, minute=30, second=0)
    body = ("This event has been changed.\n\nPrivacy Working Group - monthly call\n"
            "When: %s 9:30am - 10:30am (CST)\nChanged: time moved 30 minutes earlier\n\n"
            "Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer.\n"
            % start.strftime("%a %b %d, %Y"))
    cal = ics("REQUEST", "%s@google.com" % hexid(key, 26), "Privacy Working Group - monthly call", start, 60,
              ("Midwest Utility Privacy Forum", "calendar@muprivacyforum.org"),
              [("customercare@alliant-energy.com", "customercare@alliant-energy.com")])
    return multi("mixed", [multi("alternative", [text(body), raw("text/calendar", cal,
                                                                  [("charset", "UTF-8"), ("method", "REQUEST")])]),
                           att("application/ics", cal, "invite.ics")])


def suppression(d):
    csv = ("source,records_in,suppressed,reason\n"
           "PowerHouse house file,48210,1284,in-house opt-out\n"
           "PowerHouse house file,48210,612,DMAchoice\n"
           "PowerHouse house file,48210,233,deceased\n"
           "PowerHouse house file,48210,1902,NCOA move no forward\n")
    return multi("mixed", [text(
        "Job 26-0417 PowerHouse Catalog Fall drop - merge/purge complete\n\n"
        "Input records:        48,210\nSuppressed:           4,031\n  In-house opt-outs:  1,284\n"
        "  DMAchoice:            612\n  Deceased:             233\n  NCOA no-forward:    1,902\n"
        "Mailable:             44,179\n\nThe suppression detail file is attached. Names flagged 'do not rent/"
        "exchange'\nwere excluded from the list-exchange output (file X-26-0417).\n\n"
        "This report was generated automatically by Cornerstone Mail Services DataFlow.\n"
        "Questions: dataservices@cornerstonemail.com"), att("text/csv", csv, "suppression_26-0417.csv")])


SPECS = [
    S("nl-bank-privacy", "customercare", ("Heartland Savings Bank", "notices@email.heartlandsavings.com"),
      "Our annual privacy notice: how we share your information",
      multi("alternative", [
          text("ANNUAL PRIVACY NOTICE\n\nFederal law gives you the right to limit some but not all sharing of your "
               "personal information.\n\nDoes Heartland Savings share?  For our marketing: Yes.  For joint marketing "
               "with other\nfinancial companies: Yes.  For non-affiliates to market to you: No.\n\n"
               "To limit our sharing, call 1-800-555-0166 or visit heartlandsavings.com/optout.\n"
               "Please note: if you are a new customer, we can begin sharing 30 days after we send this notice.\n\n"
               "You are receiving this required notice as a customer. To unsubscribe from marketing e-mail,\n"
               "visit heartlandsavings.com/preferences."),
          html("<html><body><h2>Annual Privacy Notice</h2><p>Federal law gives you the right to limit some but not "
               "all sharing.</p><p>To limit our sharing, visit heartlandsavings.com/optout.</p></body></html>")]),
      auto=True, month=10, headers=BULK + lu("https://heartlandsavings.com/u/9KQ2"),
      note="a bank's privacy-notice mailing full of 'limit sharing' and 'opt out' wording addressed to its own customers",
      cat="auto:bulk", client="bank ESP"),
    S("nl-retailer-ccpa", "powerhousecatalog", ("Willow & Birch Home", "hello@mail.willowbirchhome.com"),
      "Your privacy choices: Do Not Sell or Share My Personal Information",
      html("<html><body><p>Hi there,</p><p>We've updated our Privacy Policy. California residents can now use our "
           "<b>Do Not Sell or Share My Personal Information</b> link to opt out of the sale of personal "
           "information and targeted advertising.</p><p>We honor Global Privacy Control signals.</p>"
           "<p><a href=\"https://willowbirchhome.com/privacy-choices\">Manage your privacy choices</a></p>"
           "<p style=\"font-size:10px\">You received this email because you signed up for Willow &amp; Birch emails. "
           "<a href=\"https://willowbirchhome.com/unsub\">Unsubscribe</a>.</p></body></html>"),
      auto=True, month=1, headers=BULK + lu("https://willowbirchhome.com/unsub?e=ph", "unsub@mail.willowbirchhome.com"),
      note="a retailer's CCPA notice (HTML only) whose text is an opt-out link; it addresses its own list, not us",
      cat="auto:bulk", client="Klaviyo-style ESP"),
    S("nl-industry-digest", "customercare", ("Grid Briefing Daily", "daily@gridbriefing.com"),
      "Grid Briefing: Iowa board weighs data-privacy rules for utilities",
      text("GRID BRIEFING - Tuesday\n\n* Iowa Utilities Board hears comments on customer-data privacy rules\n"
           "* Wisconsin co-ops test time-of-use rates\n* Three utilities settle over telemarketing opt-out violations\n\n"
           "Read online: https://gridbriefing.com/d/0512\n\n"
           "You are subscribed as customercare@alliant-energy.com.\nUnsubscribe | Update preferences | Privacy policy"),
      auto=True, month=5, headers=BULK + lu("https://gridbriefing.com/unsubscribe?t=ce91"),
      note="trade-press digest whose headlines say 'privacy' and 'opt-out'; list mail, nothing for us to do",
      cat="auto:bulk", client="trade newsletter"),
    S("nl-assoc-html", "customercare", ("Efficiency Iowa Alliance", "news@efficiencyiowa.org"),
      "Member update: rebate rules, webinar recordings",
      html("<html><body><h1>Member Update</h1><p>Recordings of the spring rebate webinars are posted.</p>"
           "<p>Reminder: members must honor customer opt-out requests within 10 business days under the "
           "new program rules.</p><p><a href=\"https://efficiencyiowa.org/prefs\">Opt out of member updates</a></p>"
           "</body></html>"),
      auto=True, month=4, headers=BULK + lu("https://efficiencyiowa.org/prefs"),
      note="association newsletter (HTML only) mentioning opt-out rules and its own 'opt out of member updates' link",
      cat="auto:bulk", client="association ESP"),
    S("nl-charity", "powerhousecatalog", ("Friends of the Cedar River", "friends@cedarriverfriends.org"),
      "Spring cleanup day - and thank you!",
      text("Thank you for supporting river cleanup! Join us Saturday, April 18 at Ellis Park.\n\n"
           "We never sell or share our supporters' information.\n"
           "To stop receiving these updates, reply STOP or click https://cedarriverfriends.org/stop"),
      auto=True, month=4, headers=BULK,
      note="a charity's bulk mail saying 'reply STOP' and 'never sell or share'; its wording, not a request to us",
      cat="auto:bulk", client="charity mailer"),
    S("nl-privacy-community", "customercare", ("PrivacyOps Community Digest", "digest@privacyops-community.org"),
      "Digest: 14 new posts - 'handling opt-out requests by e-mail'",
      text("Today's top threads\n\n1. Handling opt-out requests by e-mail: do you auto-acknowledge? (23 replies)\n"
           "2. 'Do not sell' for printed catalogs - anyone exchanging lists still? (9 replies)\n"
           "3. Deletion requests from authorized agents (14 replies)\n\n"
           "You receive this daily digest because you joined PrivacyOps Community.\n"
           "Unsubscribe: https://privacyops-community.org/digest/off"),
      auto=True, month=9, headers=BULK + lu("https://privacyops-community.org/digest/off"),
      note="community digest whose thread titles are all about opt-outs and do-not-sell",
      cat="auto:bulk", client="forum digest"),

    S("soc-prolink", "customercare", ("ProLink", "notifications@prolink-mail.com"),
      "You appeared in 6 searches this week",
      html("<html><body><p>Customer Care, your page appeared in 6 searches this week.</p>"
           "<p>People from Cedar Rapids Gazette and Midwest Energy Partners viewed your profile.</p>"
           "<p><a href=\"https://prolink.com/analytics\">See all searches</a></p>"
           "<p style=\"font-size:10px\">Unsubscribe from weekly search notifications. Privacy | Terms</p></body></html>"),
      auto=True, month=2, headers=lu("https://prolink.com/unsub/s"),
      note="professional-network notification, HTML only",
      cat="auto:social", client="social network"),
    S("soc-blockwise", "powerhousecatalog", ("Blockwise", "digest@blockwise-neighbors.com"),
      "New near you: \"Anyone else getting the PowerHouse catalog twice?\"",
      text("Trending in Westdale Park\n\n\"Anyone else getting the PowerHouse catalog twice? How do I get off their\n"
           "list?\" - posted by Ruthanne K.  (18 comments)\n\n\"Lost cat on 7th Ave\" (4 comments)\n\n"
           "View on Blockwise: https://blockwise-neighbors.com/p/88213\n\n"
           "You are getting this because you follow Westdale Park. Manage notifications."),
      auto=True, month=11, headers=BULK,
      note="neighbourhood-app digest quoting a neighbour asking how to get off our list; the app, not that neighbour, wrote to us",
      cat="auto:social", client="neighbourhood app"),
    S("soc-fitness", "customercare", ("StrideTrack", "no-reply@stridetrack.app"),
      "Your weekly summary: 41,220 steps",
      text("Great week! You walked 41,220 steps, 12% more than last week.\n\n"
           "Tip: turn on reminders to keep your streak going.\n\n"
           "Manage email settings or opt out of summaries in the app under Privacy > Notifications."),
      auto=True, month=8,
      note="app notification sent to a shared inbox someone registered with; 'opt out' refers to the app",
      cat="auto:social", client="app notification"),
    S("soc-teamhub", "customercare", ("Teamhub", "notify@teamhub-mail.io"),
      "You have 3 unread messages in #privacy-requests",
      text("You have 3 unread messages in #privacy-requests (Alliant Contractors workspace):\n\n"
           "Devon: can someone pull the opt-out list for the catalog vendor?\n"
           "Marta: uploaded suppression_oct.csv\n...\n\nOpen Teamhub: https://alliantcontractors.teamhub.io\n"
           "Turn off email notifications: https://teamhub.io/settings"),
      auto=True, month=10,
      note="chat-app unread digest quoting colleagues' 'opt-out list' chatter",
      cat="auto:social", client="chat notification"),

    S("phish-unsub-fee", "customercare", ("Unsubscribe Confirmation Center", "confirm@unsub-verify-center.com"),
      "Action needed: confirm your unsubscribe to avoid a $4.99 charge",
      html("<html><body><p>Dear Customer,</p><p>We received a request to unsubscribe this address from "
           "premium mailing lists. To avoid a recurring charge of $4.99, confirm your opt-out within 24 hours.</p>"
           "<p><a href=\"http://unsub-verify-center.com.ru/confirm\">CONFIRM OPT-OUT</a></p></body></html>"),
      auto=True, auth="fail",
      note="phishing that imitates an opt-out confirmation with a fee",
      cat="auto:phish", client="phishing kit"),
    S("phish-privacy-confirm", "customercare", ("Alliant Energy Privacy Team", "privacy@alliant-energy-secure.com"),
      "Privacy request confirmation #PR-20931 - verify your identity",
      html("<html><body><p>Your privacy request #PR-20931 has been received.</p><p>To complete it, verify "
           "your identity and payment method within 48 hours or the request will be cancelled.</p>"
           "<p><a href=\"http://alliant-energy-secure.com/verify\">Verify now</a></p></body></html>"),
      auto=True, month=6, auth="fail",
      note="phishing posing as our own 'privacy request confirmation' from a look-alike domain",
      cat="auto:phish", client="phishing kit"),
    S("spam-broker-removal", "powerhousecatalog", ("Kelsey at ScrubMyData", "kelsey@scrubmydata-offers.com"),
      "Remove yourself from 400+ data brokers today",
      text("Hi,\n\nDid you know your name and address are being sold by hundreds of data brokers?\n"
           "ScrubMyData sends opt-out and do-not-sell requests for you, automatically.\n\n"
           "Start your free trial: https://scrubmydata-offers.com/trial\n\n"
           "Reply REMOVE to stop receiving these emails."),
      auto=True, month=7,
      note="cold sales for a data-removal service: full of 'opt-out' and 'do-not-sell', written to sell, not to ask",
      cat="auto:spam", client="cold outreach tool"),
    S("phish-es-baja", "customercare", ("Centro de Bajas", "bajas@confirmacion-baja.net"),
      "Confirme su solicitud de baja",
      text("Estimado usuario:\n\nRecibimos una solicitud para dar de baja su correo de nuestras listas. Para "
           "confirmar la baja y evitar cargos, ingrese sus datos bancarios en:\n"
           "http://confirmacion-baja.net/confirmar\n\nSi no confirma en 24 horas, se le cobrará la suscripción."),
      auto=True, month=3, lang="es", auth="fail",
      note="Spanish phishing posing as an unsubscribe confirmation",
      cat="auto:phish", client="phishing kit"),
    S("phish-bill", "customercare", ("Alliant Energy Billing", "billing@alliant-enrgy-pay.com"),
      "Final notice: your service will be disconnected today",
      html("<html><body><p>Your account is past due. Pay $287.14 within 2 hours to avoid disconnection.</p>"
           "<p><a href=\"http://alliant-enrgy-pay.com/pay\">Pay now</a></p>"
           "<p style=\"font-size:9px\">To unsubscribe from billing alerts, click here.</p></body></html>"),
      auto=True, month=1, auth="fail",
      note="disconnection-threat phishing spoofing our billing; 'unsubscribe' link in its footer",
      cat="auto:phish", client="phishing kit"),
    S("spam-seo", "powerhousecatalog", ("Rahul | RankRise", "rahul@rankrise-seo.biz"),
      "Quick question about powerhouse.alliant-energy.com",
      text("Hello Team,\n\nI was checking your website and noticed it is not ranking for \"energy saving catalog\".\n"
           "We can bring you to page 1 in 90 days. Can I send you a free audit?\n\n"
           "If you don't want to hear from me, just reply \"not interested\" and I'll opt you out.\n\n"
           "Rahul\nRankRise Digital"),
      auto=True, month=9,
      note="cold SEO outreach that offers to 'opt you out'; per LABELS.md cold sales are automated",
      cat="auto:spam", client="cold outreach tool"),

    S("vendor-suppression", "powerhousecatalog", ("Cornerstone DataFlow", "dataflow@cornerstonemail.com"),
      "[DataFlow] Job 26-0417 merge/purge complete - suppression report",
      lambda d: suppression(d), auto=True, month=8, headers=[("Auto-Submitted", "auto-generated")],
      note="mail house's automatic suppression-file report with CSV; 'opt-out' and 'do not rent/exchange' are counts",
      cat="auto:vendor", client="mail-house system"),
    S("vendor-broker", "powerhousecatalog", ("Lakes Region List Exchange", "reports@lakeslistexchange.com"),
      "Monthly exchange statement - PowerHouse Catalog - September",
      text("PowerHouse Catalog - list exchange statement, September 2026\n\n"
           "Names received:   12,400 (Garden Path Catalog)\nNames provided:   12,400\n"
           "Names withheld (do-not-share flag): 2,118\n\nBalance: 0\n\n"
           "This statement is generated automatically. Do not reply to this address."),
      auto=True, month=10,
      note="list broker's automated exchange statement counting do-not-share withholds",
      cat="auto:vendor", client="broker system"),

    S("cal-invite", "powerhousecatalog", ("Jamie Kowalczyk", "jkowalczyk@cornerstonemail.com"),
      "Invitation: Q3 suppression file handoff", lambda d: cal_invite(d, "cal-invite"), auto=True, month=6,
      note="Outlook meeting request (text/calendar REQUEST) from the mail house about opt-out files",
      cat="auto:calendar", client="Outlook"),
    S("cal-accepted", "customercare", ("Naomi Feld", "nfeld@muprivacyforum.org"),
      "Accepted: Opt-out process review", lambda d: cal_reply(d, "cal-accepted", "ACCEPTED", "Naomi Feld",
                                                              "nfeld@muprivacyforum.org", "Opt-out process review"),
      auto=True, month=2, note="'Accepted:' calendar reply (METHOD:REPLY) to a meeting titled 'Opt-out process review'",
      cat="auto:calendar", client="Outlook"),
    S("cal-declined", "customercare", ("Tomas Ferreira", "tferreira@gridwiseconsult.com"),
      "Declined: Privacy request backlog sync",
      lambda d: cal_reply(d, "cal-declined", "DECLINED", "Tomas Ferreira", "tferreira@gridwiseconsult.com",
                          "Privacy request backlog sync", "Tomas Ferreira has declined this invitation."),
      auto=True, month=11, note="bare 'Declined:' calendar reply with no typed comment",
      cat="auto:calendar", client="Outlook"),
    S("cal-gcal-update", "customercare", ("Midwest Utility Privacy Forum", "calendar@muprivacyforum.org"),
      "Updated invitation: Privacy Working Group - monthly call",
      lambda d: gcal_update(d, "cal-gcal-update"), auto=True, month=9,
      note="Google Calendar 'Updated invitation' with inline text/calendar and .ics attachment",
      cat="auto:calendar", client="Google Calendar"),

    S("list-mailman", "customercare", ("Bev Tollefson", "btollefson@ruralelectric.coop"),
      "[util-privacy] Handling 'do not sell' on paper catalogs?",
      text("Hi all,\n\nOur co-op is starting a small catalog. If a member writes \"do not sell my info\", do you\n"
           "treat that as an opt-out from list rental only, or from all mail? Curious what others do.\n\n"
           "Thanks,\nBev\n\n_______________________________________________\n"
           "util-privacy mailing list\nutil-privacy@lists.muprivacyforum.org\n"
           "https://lists.muprivacyforum.org/mailman/listinfo/util-privacy"),
      auto=True, month=3, to=["util-privacy@lists.muprivacyforum.org"], cc=["customercare@alliant-energy.com"],
      return_path="util-privacy-bounces@lists.muprivacyforum.org",
      headers=[("List-Id", "Utility privacy practitioners <util-privacy.lists.muprivacyforum.org>"),
               ("List-Post", "<mailto:util-privacy@lists.muprivacyforum.org>"),
               ("List-Unsubscribe", "<https://lists.muprivacyforum.org/mailman/options/util-privacy>"),
               ("Precedence", "list")],
      note="Mailman list post with List-Id: a peer asks the list about 'do not sell'; list traffic, not a request of us",
      cat="auto:list", client="Mailman"),
    S("list-nolistid", "powerhousecatalog", ("Ruthanne Kessel", "ruthanne.kessel@gmail.com"),
      "Westdale Park neighbors: catalogs piling up",
      text("Neighbors,\n\nReminder from the block captain: if the PowerHouse catalogs and other junk mail are\n"
           "piling up on vacant porches, please bring them to the recycling bin at the clubhouse.\n"
           "If you want to stop them yourself, write to the companies directly.\n\nRuthanne\n"
           "Westdale Park Neighbors list - reply all goes to everyone"),
      auto=True, month=11,
      to=["westdale-neighbors@googlegroups.com"], cc=["powerhousecatalog@alliant-energy.com"],
      note="neighbourhood list post without List-Id, our address copied in; a notice to neighbours, no request of her own",
      cat="auto:list", client="Google Groups (headers stripped)"),
    S("list-digest", "customercare", ("energy-efficiency-pros", "eep-request@lists.efficiencyiowa.org"),
      "energy-efficiency-pros Digest, Vol 42, Issue 7",
      text("Today's Topics:\n\n   1. Re: heat pump rebates stacking (Lars Moen)\n   2. Opt-out language in "
           "utility promotions (Gina Patel)\n\n----------------------------------------------------------------------\n\n"
           "Message: 2\nFrom: Gina Patel\nSubject: Opt-out language in utility promotions\n\n"
           "Does anyone have good examples of a one-line unsubscribe footer?\n\n"
           "------------------------------\nTo unsubscribe from this digest, visit the list page."),
      auto=True, month=7, return_path="eep-bounces@lists.efficiencyiowa.org",
      headers=[("List-Id", "<eep.lists.efficiencyiowa.org>"), ("Precedence", "list")],
      note="Mailman digest with List-Id; a member asks about opt-out footers in general",
      cat="auto:list", client="Mailman digest"),
    S("list-moderation", "customercare", ("util-privacy-owner", "util-privacy-owner@lists.muprivacyforum.org"),
      "Your message to util-privacy awaits moderator approval",
      text("Your mail to 'util-privacy' with the subject\n\n    Re: your privacy request - received\n\n"
           "Is being held until the list moderator can review it for approval.\n\n"
           "The reason it is being held:\n\n    Post by non-member to a members-only list\n\n"
           "Either the message will get posted to the list, or you will receive notification of the\n"
           "moderator's decision."),
      auto=True, month=5, headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
      note="Mailman moderation hold: our acknowledgement went to a list address",
      cat="auto:list", client="Mailman"),
    S("mailbox-full", "powerhousecatalog", ("Postmaster", "postmaster@mediacombb.net"),
      "Mailbox quota warning for ghorvath@mediacombb.net",
      text("The mailbox of ghorvath@mediacombb.net is 98% full. New messages may be rejected.\n"
           "Your message 'Fresh in the PowerHouse Catalog: outdoor lighting week' was accepted this time.\n\n"
           "This notice was generated automatically."),
      auto=True, headers=[("Auto-Submitted", "auto-generated")],
      note="mailbox-quota warning sent back to the sender of our promotion",
      cat="auto:notice", client="ISP mail server"),
]
