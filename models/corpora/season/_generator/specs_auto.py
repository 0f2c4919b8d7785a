"""Machine and non-request mail of the season: bounces, out-of-office, phishing, vendors, broker, calendar,
greetings, newsletters, outreach."""
from spec import A

CC, PH = "customercare", "powerhousecatalog"
SALE = "Black Friday starts now: 30% off heated throws, smart plugs and LED village sets"


def dsn(rcpt, mta, status, diag, subj=SALE, action="failed"):
    return {"status": "Reporting-MTA: dns; %s\nArrival-Date: Fri, 28 Nov 2025 06:00:41 -0600\n\n"
                      "Final-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n"
                      % (mta, rcpt, action, status, diag),
            "headers": "From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>\nTo: %s\nSubject: %s\n"
                       "Date: Fri, 28 Nov 2025 06:00:12 -0600\n" % (rcpt, subj)}


OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

SPECS = [
    # ---------------------------------------------------------------- bounces of the holiday campaign
    A("a-bounce-postfix", PH, "mta", "2025-11-28 06:01", ("Mail Delivery System", "MAILER-DAEMON@mail.netins.net"),
      "Undelivered Mail Returned to Sender",
      "This is the mail system at host mail.netins.net.\n\nI'm sorry to have to inform you that your message could\n"
      "not be delivered to one or more recipients.\n\n<gschroeder@netins.net>: host mail.netins.net said:\n"
      "    550 5.1.1 <gschroeder@netins.net>: Recipient address rejected: User unknown\n",
      "Postfix bounce of the Black Friday campaign", "bounce", fmt="dsn", envelope="",
      dsn=dsn("gschroeder@netins.net", "mail.netins.net", "5.1.1", "550 5.1.1 User unknown"),
      hdr=[("Auto-Submitted", "auto-replied")]),
    A("a-bounce-exchange", PH, "mta", "2025-11-28 06:03", ("Microsoft Outlook", "postmaster@stlukesmed.org"),
      "Undeliverable: " + SALE,
      "Your message to mhanley@stlukesmed.org couldn't be delivered.\n\nmhanley wasn't found at stlukesmed.org.\n\n"
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address\n"
      "lookup'\n",
      "Exchange NDR of the campaign", "bounce", fmt="dsn", envelope="",
      dsn=dsn("mhanley@stlukesmed.org", "BN8PR12MB3345.namprd12.prod.outlook.com", "5.1.10",
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound"), hdr=[("Auto-Submitted", "auto-replied")]),
    A("a-bounce-quota", PH, "mta", "2025-11-28 06:09", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
      "Delivery Status Notification (Failure)",
      "Address not found? No: the recipient's inbox is out of storage space.\n\n"
      "Your message wasn't delivered to ruthie.kramer@gmail.com because the recipient's inbox is full.\n",
      "Gmail over-quota bounce of the campaign", "bounce", fmt="dsn", envelope="",
      dsn=dsn("ruthie.kramer@gmail.com", "mx.google.com", "5.2.2", "552 5.2.2 The recipient's inbox is out of storage")),
    A("a-bounce-yahoo", PH, "mta", "2025-12-15 07:34", ("MAILER-DAEMON", "MAILER-DAEMON@yahoo.com"),
      "Failure Notice",
      "Sorry, we were unable to deliver your message to the following address.\n\n<oldfarmer1950@ymail.com>:\n"
      "554: delivery error: dd This user doesn't have a ymail.com account (oldfarmer1950@ymail.com) [-5]\n",
      "Yahoo failure notice of the last-shipping campaign", "bounce", fmt="dsn", envelope="",
      dsn=dsn("oldfarmer1950@ymail.com", "mta6.am0.yahoodns.net", "5.0.0", "554 delivery error: dd This user "
              "doesn't have a ymail.com account", "Last call for Christmas delivery: order by Dec 18")),
    A("a-delay", PH, "mta", "2025-11-29 06:05", ("Mail Delivery System", "MAILER-DAEMON@mail.tds.net"),
      "Delayed Mail (still being retried)",
      "This is the mail system at host mail.tds.net.\n\n####################################################\n"
      "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
      "####################################################\n\nYour message could not be delivered for 24 hours.\n"
      "It will be retried until it is 5 days old.\n",
      "Delay warning (4.4.7) of the campaign", "bounce", fmt="dsn", envelope="",
      dsn=dsn("pwegner@tds.net", "mail.tds.net", "4.4.7", "421 4.4.7 connection timed out", action="delayed")),

    # ---------------------------------------------------------------- out of office over the holidays
    A("a-ooo-outlook", PH, "o365", "2025-12-22 09:11", ("Dana Whitford", "dwhitford@cedarvalleybank.com"),
      "Automatic reply: Last call for Christmas delivery: order by Dec 18",
      "Thank you for your message. I am out of the office from December 22 through January 2 with limited\n"
      "access to e-mail. For urgent matters please contact the branch at 319-555-0142.\n\nHappy holidays!",
      "Outlook holiday auto-reply with Auto-Submitted", "ooo", hdr=OOO),
    A("a-ooo-gmail", CC, "gmail", "2025-12-26 14:02", ("Paul Reinholt", "paulreinholt@gmail.com"),
      "Re: Your December bill is ready",
      "I'm away for the holidays until January 5 and checking mail rarely. I'll get back to you when I return.",
      "Gmail vacation responder answering our bill notice", "ooo", hdr=[("Auto-Submitted", "auto-replied")]),
    A("a-ooo-school", CC, "o365", "2025-12-20 07:00", ("Michelle Drury", "mdrury@wdmcs.org"),
      "Automatic reply: Stay warm for less: furnace tune-up rebates are back",
      "Thank you for your email. Our district is closed for winter break from December 20 to January 5. I will\n"
      "respond when school resumes.\n\nMrs. Drury\nHillside Elementary",
      "School district winter-break auto-reply", "ooo", hdr=OOO),
    A("a-ooo-bare-shop", PH, "outlook16", "2025-12-24 16:30", ("Jansen's Flooring", "office@jansensflooring.com"),
      "Re: Last call for Christmas delivery: order by Dec 18",
      "Our office is closed December 24 through December 28 for the holiday. We will return your message when we\n"
      "reopen on Monday. Merry Christmas from all of us at Jansen's Flooring!",
      "Headerless holiday closure reply from a small business (no Auto-Submitted): automated", "ooo-bare"),
    A("a-ooo-unmonitored", PH, "vendor", "2026-01-05 08:00", ("Noreply", "info@prairiestatesinsurance.com"),
      "Re: " + SALE,
      "This mailbox is no longer monitored. Please send all correspondence to service@psinsurance.com.\n",
      "Headerless 'no longer monitored' reply", "ooo-bare"),
    # ---------------------------------------------------------------- phishing riding the breach news
    A("a-phish-settlement", CC, "phish", "2025-11-24 02:11", ("Class Action Claims Center", "claims@settlement-notice-center.com"),
      "You may be owed money: Data Breach Settlement claim deadline",
      "", "Breach-settlement phishing (HTML only)", "phish",
      html='<html><body><h2>Data Breach Settlement Notice</h2><p>Our records show your information was exposed in '
           'the recent retail data breach. You may be eligible for up to $5,000. File your claim before '
           'December 15.</p><p><a href="http://claim-breach-payout.icu/form">File a claim</a></p></body></html>\n'),
    A("a-phish-alliant", CC, "phish", "2025-11-26 05:40", ("Alliant Energy Security", "security@alliant-energy-support.com"),
      "Action required: confirm your account after industry data breach",
      "", "Fake Alliant security alert after the breach news (lookalike domain)", "phish",
      html='<html><body><p>Dear Valued Customer,</p><p>Following a data breach at one of our industry partners, '
           'we require all customers to confirm their payment details. Failure to confirm within 48 hours will '
           'result in service disconnection.</p><p><a href="http://alliant-energy-support.com.verify-id.ru">'
           'Confirm account</a></p></body></html>\n'),
    A("a-phish-credit", PH, "phish", "2025-12-02 04:05", ("Credit Protection Team", "noreply@idprotect-enroll.net"),
      "Free credit monitoring for affected customers - enroll now",
      "", "Fake credit-monitoring enrollment riding the breach news", "phish",
      html='<html><body><p>You have been identified as an affected customer. Activate your free 24-month credit '
           'monitoring today. Have your Social Security number ready.</p>'
           '<p><a href="http://idprotect-enroll.net/activate">Activate</a></p></body></html>\n'),
    A("a-phish-docusign", PH, "phish", "2026-01-09 01:50", ("DocuSign via Midwest Print", "dse@docusign-secure-mail.com"),
      "Please review: 2026 Vendor Agreement and Data Sharing Addendum",
      "", "Fake DocuSign lure naming a data-sharing addendum", "phish",
      html='<html><body><p>Midwest Print Partners sent you a document to review and sign.</p>'
           '<p><a href="http://docusign-secure-mail.com/review">REVIEW DOCUMENT</a></p></body></html>\n'),

    # ---------------------------------------------------------------- vendors and partners
    A("a-printer-schedule", PH, "vendor", "2025-11-13 10:20", ("Midwest Print Partners", "scheduling@midwestprintpartners.com"),
      "Holiday production schedule and spring catalog deadlines",
      "Hello PowerHouse team,\n\nOur plant will be closed Nov 27-28 and Dec 24-Jan 1. Final art for the spring\n"
      "catalog is due January 9; mail drop is planned for February 16.\n\nPlease confirm your drop quantities.\n\n"
      "Kathy Rourke\nAccount Manager, Midwest Print Partners",
      "Printer's holiday schedule: vendor mail, not a request", "vendor"),
    A("a-esp-report", PH, "esp", "2025-12-01 05:00", ("SendWave Reports", "reports@sendwave-mail.com"),
      "Campaign report: Black Friday (sent Nov 28)",
      "Campaign: Black Friday starts now\nDelivered: 48,210  Opens: 31.4%  Clicks: 4.2%\n"
      "Unsubscribes: 212  Hard bounces: 97  Spam complaints: 6\n\nOpt-outs have been added to your suppression list.\n",
      "ESP campaign report mentioning opt-outs and suppression: system mail", "vendor",
      hdr=[("Precedence", "bulk")]),
    A("a-ncoa", PH, "vendor", "2025-12-04 13:45", ("Lakeshore Lettershop", "jobs@lakeshorelettershop.com"),
      "Job 25-1187 NCOA/CASS complete",
      "Job 25-1187 (PowerHouse Spring prospect file) has completed NCOA and CASS processing.\n\n"
      "Input records: 61,402\nMove updates: 2,214\nUndeliverable: 803\nDo-not-mail suppressed: 1,155\n\n"
      "Files are on the SFTP site in /outbound/25-1187.\n",
      "Lettershop NCOA job notice (uses 'do-not-mail suppressed')", "vendor"),
    A("a-broker-yearend", PH, "vendor", "2025-12-17 15:30", ("Heartland List Services", "exchanges@heartlandlists.com"),
      "Year-end exchange file: please send your do-not-share suppression by January 15",
      "Dear List Manager,\n\nYour Q4 exchange file has been delivered to Cotswold Home & Garden and North Woods\n"
      "Outfitters. For the 2026 Q1 exchanges, please upload your current do-not-share and opt-out suppression\n"
      "file by January 15. Year-end usage statements will follow.\n\nHeartland List Services, Brokerage Desk",
      "List broker's year-end file notice; talks about do-not-share but is partner mail", "broker"),
    A("a-invoice-postage", PH, "vendor", "2026-01-06 09:15", ("Lakeshore Lettershop Billing", "billing@lakeshorelettershop.com"),
      "Invoice 25-3391 - postage and handling, holiday drop",
      "Attached is invoice 25-3391 for the holiday catalog drop (postage advance and handling).\nTerms: net 30.\n",
      "Vendor invoice with a PDF attachment", "vendor",
      attach=[("application/pdf", "Invoice_25-3391.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n")]),

    # ---------------------------------------------------------------- calendar
    A("a-cal-planning", PH, "o365", "2026-01-07 14:00", ("Kathy Rourke", "krourke@midwestprintpartners.com"),
      "2026 catalog planning kickoff",
      "Kickoff for the 2026 catalog calendar: spring, summer and holiday drops, paper pricing.\n\n"
      "Microsoft Teams meeting\nJoin on your computer or mobile app",
      "Outlook meeting request from the printer", "calendar", fmt="cal",
      ics={"method": "REQUEST", "organizer": ("Kathy Rourke", "krourke@midwestprintpartners.com"),
           "attendees": [("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com")],
           "summary": "2026 catalog planning kickoff", "start": "20260114T100000", "end": "20260114T110000"}),
    A("a-cal-review", CC, "o365", "2025-12-12 16:25", ("Rachel Imhoff", "rimhoff@alliant-energy.com"),
      "Year-end privacy request review",
      "Let's walk through the opt-out backlog before the break.\n\nMicrosoft Teams meeting",
      "Internal calendar invitation to the shared mailbox", "calendar", fmt="cal",
      to=[("Customer Care", "customercare@alliant-energy.com"), ("Tom Heath", "theath@alliant-energy.com")],
      ics={"method": "REQUEST", "organizer": ("Rachel Imhoff", "rimhoff@alliant-energy.com"),
           "attendees": [("Customer Care", "customercare@alliant-energy.com"), ("Tom Heath", "theath@alliant-energy.com")],
           "summary": "Year-end privacy request review", "start": "20251218T140000", "end": "20251218T143000"}),

    # ---------------------------------------------------------------- greetings
    A("a-greet-printer", PH, "esp", "2025-12-18 08:00", ("Midwest Print Partners", "hello@midwestprintpartners.com"),
      "Season's greetings from Midwest Print Partners",
      "Warm wishes for the holidays and a bright new year from all of us at Midwest Print Partners.\n"
      "Thank you for a great 2025!",
      "HTML e-card from the printer", "greeting"),
    A("a-greet-lettershop", PH, "outlook16", "2025-12-22 11:32", ("Bob Lakeshore", "bob@lakeshorelettershop.com"),
      "Happy Holidays",
      "Hi all,\n\nJust a quick note to say thanks for the business this year and happy holidays to the\n"
      "PowerHouse team. Looking forward to the spring drop.\n\nBob",
      "Personal holiday note from a vendor contact: non-request mail", "greeting"),
    # ---------------------------------------------------------------- newsletters, lists, outreach
    A("a-lawfirm-alert", CC, "esp", "2025-12-09 07:30", ("Brannock Hale LLP", "insights@brannockhale.com"),
      "Client Alert: State privacy laws taking effect January 1",
      "Several state consumer privacy laws take effect on January 1. Businesses should review opt-out of sale\n"
      "processes, privacy notices and data-sharing agreements.\n\nRegister for our webinar on December 16.\n\n"
      "Unsubscribe: https://brannockhale.com/prefs",
      "Law-firm newsletter about the new laws (bulk, List-Unsubscribe)", "newsletter",
      hdr=[("List-Unsubscribe", "<https://brannockhale.com/prefs?u=7731>"), ("Precedence", "bulk")]),
    A("a-county-alert", CC, "esp", "2025-12-08 18:00", ("Linn County Alerts", "alerts@linncountyalerts.org"),
      "Winter Storm Warning in effect until 6 AM Wednesday",
      "The National Weather Service has issued a Winter Storm Warning. Expect 8-12 inches of snow and ice.\n"
      "Avoid travel. Report power outages to your utility.\n",
      "County emergency bulk alert forwarded to the mailbox's subscription", "newsletter",
      hdr=[("Precedence", "bulk")]),
    A("a-list-post", CC, "gmail", "2026-01-08 12:40", ("Amy Holt", "amyholt.privacy@gmail.com"),
      "[ia-privacy-pros] Anyone else getting opt-out requests citing the new law?",
      "We've seen a spike in opt-out-of-sale requests since Jan 1. Are others treating catalog name exchanges\n"
      "as a sale? Curious how you're handling it.\n\nAmy",
      "Mailing-list post (List-Id) addressed to the list, not a request to us", "list",
      to=[(None, "ia-privacy-pros@groups.io")], cc=[(None, "customercare@alliant-energy.com")],
      hdr=[("List-Id", "<ia-privacy-pros.groups.io>"), ("Precedence", "list")]),
    A("a-sales-darkweb", CC, "o365", "2025-11-25 10:02", ("Jason Meyers", "jmeyers@breachwatchpro.com"),
      "Were your customers in the breach?",
      "Hi there,\n\nWith the retail breach in the news, utilities are getting questions from customers. BreachWatch\n"
      "scans the dark web for your customers' data. Do you have 15 minutes this week?\n\nJason",
      "Cold sales outreach using the breach news; its question needs no answer", "outreach"),
    A("a-seo-holiday", PH, "gmail", "2025-12-03 09:44", ("Priyanka", "priyanka.seo.growth@gmail.com"),
      "Holiday traffic for powerhousecatalog.com",
      "Hello,\n\nI noticed powerhousecatalog.com is not ranking for \"heated throw blanket\" this season. We can get\n"
      "you on page one before Christmas. Shall I send a proposal?\n\nRegards,\nPriyanka",
      "Cold SEO pitch", "outreach"),
    A("a-challenge", PH, "vendor", "2025-11-28 06:14", ("SpamArrest", "verify@spamarrest.com"),
      "Please verify your message to ddeklotz@frontier.com",
      "Hello,\n\nThe person you sent mail to uses SpamArrest. Please click the link below to verify that you are\n"
      "a person so your message can be delivered:\nhttps://www.spamarrest.com/verify?id=88214\n",
      "Challenge-response hold on our Black Friday e-mail", "challenge"),
    A("a-read-receipt", CC, "outlook16", "2025-12-03 10:30", ("Harold Benz", "hbenz@benzfarms.com"),
      "Read: We received your request",
      "Your message\n\n  To: Harold Benz\n  Subject: We received your request\n  Sent: Wednesday, December 3, 2025 "
      "10:02 AM\n\nwas read on Wednesday, December 3, 2025 10:30 AM.",
      "Plain read notice answering our acknowledgement", "receipt"),
]
