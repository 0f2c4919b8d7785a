"""5 near misses: people writing about machine mail.  Human, labelled per LABELS.md."""
from mailkit import Ctx, Leaf, Multi, D, plus, rfc_date, local, html_escape, epoch
from clients import send, plain, gmail_alt, yahoo_alt
from ours import CC, PH, ack_text
from spec import add, auto
from mailkit import quote


def gdate(dt, zone="CT"):
    l = local(dt, zone)
    return "%s, %s %d, %d at %d:%02d %s" % (l.strftime("%a"), l.strftime("%b"), l.day, l.year, (l.hour % 12) or 12,
                                           l.minute, "AM" if l.hour < 12 else "PM")


def g_html(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(html_escape(line) if line else "")
    return '<div dir="ltr">' + "<br>\n".join(out) + "</div>\n"


# ---------------------------------------------------------------- N01 forwards a bounce, asks why
def n01():
    k = "n01"; ctx = Ctx(k)
    bounced = D("2026-02-17 13:41:58")
    dt = D("2026-02-18 00:27:41")
    f = "ghoffmann.ia@gmail.com"
    new = """Hi, I tried to reply to my bill email this morning and got this bounced back. Why did my email bounce? Is there a different address I'm supposed to use?

My question was why my February bill is $90 higher than January when we were gone for 10 days. Can somebody look at it?

Gary Hoffmann
Acct 3301 4482 17
"""
    fwd = """
---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: %s
Subject: Delivery Status Notification (Failure)
To: <%s>


** Address not found **

Your message wasn't delivered to noreply@alliantenergy.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <noreply@alliantenergy.com>: Recipient address rejected: This address does not accept replies. Please write to customercare@alliant-energy.com



---------- Forwarded message ----------
From: Gary Hoffmann <%s>
To: Alliant Energy <noreply@alliantenergy.com>
Cc:
Bcc:
Date: %s
Subject: Re: Your Alliant Energy bill is ready
----- Message truncated -----
""" % (gdate(plus(bounced, seconds=3)), f, f, rfc_date(bounced, "CT"))
    text = new + fwd
    raw = send(ctx, "gmail", "customercare", dt, f, CC, "Fwd: Delivery Status Notification (Failure)",
               gmail_alt(ctx, text, g_html(text)), name="Gary Hoffmann")
    add(k, "customercare", dt, "near:fwd-bounce-question", "en", "Gmail", raw, False, ["question"], False,
        {"name": "Gary Hoffmann", "account": "3301 4482 17"},
        "NEAR MISS: a person forwards a Gmail DSN (his reply to noreply@ bounced) and asks why + a billing question; the forwarded DSN is not what makes it human",
        f)


# ---------------------------------------------------------------- N02 reply to our ack: how long?
def n02():
    k = "n02"; ctx = Ctx(k)
    ref = "CC-2026-06-03318"
    ack_dt = D("2026-06-09 15:14:03")
    amid = "<ack.%s.%s@alliant-energy.com>" % (ref, ctx.hex(8))
    dt = D("2026-06-12 17:52:30")
    f = "pegschroeder@yahoo.com"
    new = """Thanks. How long until the catalogs actually stop?? Two more came in the mail this week.

Peg
"""
    l = local(ack_dt, "CT")
    hdr = "On %s, %s %d, %d at %d:%02d:%02d %s CDT, Alliant Energy Customer Care <customercare@alliant-energy.com> wrote:" % (
        l.strftime("%A"), l.strftime("%B"), l.day, l.year, (l.hour % 12) or 12, l.minute, l.second, "AM" if l.hour < 12 else "PM")
    text = new + "\n\n" + hdr + "\n\n" + quote(ack_text(ref, "June 9, 2026"))
    html = ('<html><head></head><body><div class="ydp" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + "".join("<div>%s</div>" % (html_escape(x) or "<br>") for x in new.rstrip().split("\n"))
            + '</div><div id="yahoo_quoted" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div>%s</div></div></div></body></html>\n'
            % (html_escape(hdr), "<br>".join(html_escape(x) for x in ack_text(ref, "June 9, 2026").split("\n"))))
    raw = send(ctx, "yahoo", "customercare", dt, f, "Alliant Energy Customer Care <%s>" % CC,
               "Re: We received your request [%s]" % ref, yahoo_alt(ctx, text, html), name="Peg Schroeder",
               irt=amid, refs=amid)
    add(k, "customercare", dt, "near:reply-to-ack-howlong", "en", "Yahoo Mail", raw, False, ["question"], False,
        {"name": "Peg"},
        "NEAR MISS (not a loop): a person answers our auto-acknowledgement with a real question about how long the opt-out takes -> question only; first name counts",
        f)


# ---------------------------------------------------------------- N03 reply to our ack: still getting e-mails
def n03():
    k = "n03"; ctx = Ctx(k)
    ref = "CC-2026-10-07702"
    ack_dt = D("2026-10-13 14:20:11")
    amid = "<ack.%s.%s@alliant-energy.com>" % (ref, ctx.hex(8))
    dt = D("2026-11-03 22:41:07")
    f = "dale.ostrowski@mchsi.com"
    new = """It has been three weeks since this "confirmation" and I am still getting
your promotional emails. Got the one about insulation rebates today.
What is going on? Take me off the email list like I asked.

Dale Ostrowski
Acct# 1187-0043-592

"""
    l = local(ack_dt, "CT")
    hdr = "On %d/%d/%d %d:%02d %s, Alliant Energy Customer Care wrote:" % (l.month, l.day, l.year, (l.hour % 12) or 12, l.minute, "AM" if l.hour < 12 else "PM")
    text = new + hdr + "\n" + quote(ack_text(ref, "October 13, 2026"))
    raw = send(ctx, "thunderbird", "customercare", dt, f, "Alliant Energy Customer Care <%s>" % CC,
               "Re: We received your request [%s]" % ref, plain(text, "UTF-8", "7bit", flowed=True), name="Dale Ostrowski",
               irt=amid, refs=amid, isp=("mail.mchsi.com", "203.0.113.52", None, "mail.mchsi.com"),
               ua="Mozilla Thunderbird")
    add(k, "customercare", dt, "near:reply-to-ack-complaint", "en", "Thunderbird", raw, False,
        ["marketing_opt_out", "question"], False, {"name": "Dale Ostrowski", "account": "1187-0043-592"},
        "NEAR MISS: human reply to our acknowledgement restating the e-mail opt-out and complaining it did not happen -> opt-out + question; quoted ack ignored",
        f)


# ---------------------------------------------------------------- N04 forwards a phish: is this you?
def n04():
    k = "n04"; ctx = Ctx(k)
    ph_dt = D("2026-03-04 02:12:44")
    dt = D("2026-03-04 14:05:19")
    f = "carolyn.baumgartner@icloud.com"
    l = local(ph_dt, "CT")
    new = """Is this really from you? It says my PowerHouse order refund is pending and wants my card number to "reverse the charge". I did order a heated throw in February but I never asked for a refund. Looks fishy to me.

Carolyn Baumgartner
PowerHouse customer no. 00736215

Sent from my iPad

Begin forwarded message:

"""
    fwd = """From: PowerHouse Catalog Refunds <refunds@powerhouse-catalog-support.com>
Date: %s %d, %d at %d:%02d:%02d %s CST
To: %s
Subject: Your refund of $64.99 is pending

Dear Customer,

Due to a billing error your recent PowerHouse Catalog order was charged twice.
A refund of $64.99 is pending. To receive your refund, confirm your card
details within 24 hours:

https://powerhouse-refund-center.example.net/claim

PowerHouse Catalog Refund Department
""" % (l.strftime("%B"), l.day, l.year, (l.hour % 12) or 12, l.minute, l.second, "AM" if l.hour < 12 else "PM", f)
    text = new + quote(fwd, "> ")
    p = Leaf("text/plain", text, "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8")
    raw = send(ctx, "icloud-ios", "powerhousecatalog", dt, f, PH, "Fwd: Your refund of $64.99 is pending", p,
               name="Carolyn Baumgartner", ua="iPad Mail (22D82)")
    # she sends from her Mediacom address through iCloud? keep Apple headers but her own domain's DKIM is absent
    add(k, "powerhousecatalog", dt, "near:fwd-phish-question", "en", "iPad Mail", raw, False, ["question"], False,
        {"name": "Carolyn Baumgartner", "account": "00736215"},
        "NEAR MISS: a customer forwards a phishing mail and asks if it is really from us -> question; the forwarded phish itself adds nothing",
        f)


# ---------------------------------------------------------------- N05 list owner asks whether we want to stay subscribed
def n05():
    k = "n05"; ctx = Ctx(k)
    dt = D("2026-03-09 20:33:12")
    f = "linnea.hovland@gmail.com"
    text = """Hello,

I run the Decorah Gardeners email list (decorah-gardeners@lists.decorahgardenclub.org). Someone signed up powerhousecatalog@alliant-energy.com back in February and it has been getting all our posts, seed swap reminders etc.

Was that somebody at your company on purpose? If not I'll take the address off. No hard feelings either way, just let me know.

Thanks,
Linnea Hovland
Decorah Garden Club list volunteer
"""
    raw = send(ctx, "gmail", "powerhousecatalog", dt, f, PH, "Is this address supposed to be on our garden club list?",
               gmail_alt(ctx, text, g_html(text)), name="Linnea Hovland")
    add(k, "powerhousecatalog", dt, "near:list-owner-question", "en", "Gmail", raw, False, ["question"], False,
        {"name": "Linnea Hovland"},
        "NEAR MISS: the human owner of a list that mails us asks whether to remove our address -- a question to us, not list traffic",
        f)


for fn in [n01, n02, n03, n04, n05]:
    fn()
