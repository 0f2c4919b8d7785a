"""Person-side mail that no ordinary mail program writes: an inbox-cleaning service unsubscribing for a user."""
from mime import text_part, serialize, MONTHS
from programs import inbound, dkim


def inboxsweep(s):
    r = s["rng"]
    w = s["when"]
    seen = w.plus(days=-4)
    txt = """This is an automated unsubscribe request sent by InboxSweep on behalf of one of our users.

Please remove the following address from the mailing list this message was sent from:

    mike.olstad@gmail.com

Unsubscribe method: List-Unsubscribe header <mailto:customercare@alliant-energy.com?subject=unsubscribe>
Original message: "Energy Insider: your news from Alliant Energy" (received %s %d)

InboxSweep - a cleaner inbox in one click
https://inboxsweep.example
""" % (MONTHS[seen.local.month - 1], seen.local.day)
    heads = inbound(s["mailbox_addr"], "bounces@mailer.inboxsweep.example", "o3.mailer.inboxsweep.example",
                    "o3.mailer.inboxsweep.example", "149.72.%d.%d" % (r.randint(1, 250), r.randint(2, 250)), w, r,
                    dkim_dom="mailer.inboxsweep.example")
    heads += [dkim(r, "mailer.inboxsweep.example", "s1", "from:to:subject:date:message-id:auto-submitted", t=s["when"].epoch),
              "From: InboxSweep <unsubscribe@mailer.inboxsweep.example>",
              "To: customercare@alliant-energy.com",
              "Subject: unsubscribe",
              "Date: %s" % w.rfc(0),
              "Message-ID: <unsub.%s@mailer.inboxsweep.example>" % r.hexs(24),
              "Auto-Submitted: auto-generated",
              "X-InboxSweep-Action: list-unsubscribe",
              "MIME-Version: 1.0"]
    return serialize(heads, text_part(txt, charset="utf-8"))


SPEC = dict(sid="P83", cat="inbox-cleaning service unsubscribing (Auto-Submitted)", mailbox="cc", lang="en",
            program="custom", build=inboxsweep, frm=("InboxSweep", "unsubscribe@mailer.inboxsweep.example"),
            program_name="InboxSweep unsubscribe service",
            labels=["marketing_opt_out"], unclear=False, entities={}, ack=None,
            note="Software unsubscribing a person through our List-Unsubscribe mailto: not automated, marketing "
                 "opt-out, but it carries Auto-Submitted, so no acknowledgement (rulebook, RFC 3834). The e-mail "
                 "address is not a name/ZIP/account entity.",
            answers="newsletter_insider")
