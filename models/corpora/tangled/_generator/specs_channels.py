"""Channel limits, opt-outs asked as questions, questions about opting out, negations, the policy quoted back,
a change of address with an opt-out."""
from spec import CC, MK, PH, Q, SH, M

SPECS = [
    # ---------------------------------------------------------------- one channel only
    M("ch-paper-not-email", CC, "Nadia Haddad <nadia.haddad@gmail.com>", "flyers",
      """
      Hi there, no more paper flyers please! Email is fine, I actually read those. It's just that the mailbox is
      full of stuff every week and the flyers go right in the bin.

      Thanks, Nadia
      """, [MK], ent={"name": "Nadia"}, client="gmail", group="channel",
      note="Postal flyers stopped, e-mail explicitly kept: marketing opt-out (postal channel), as LABELS.md keeps channel limits"),

    M("ch-emails-only-stop", PH, "Gordon Pike <gpike@netins.net>", "emails",
      """
      emails only please stop. the catalog can keep coming, the wife circles things in it
      """, [MK], client="mutt", group="channel",
      note="Stops catalog e-mails and keeps the paper catalog: marketing opt-out for the e-mail channel"),

    M("ch-texts-only", CC, "Jasmine Ortiz-Hale <jasmine.oh@icloud.com>", "Texts",
      """
      Please stop texting me about the Summer Savings program. I never signed up for texts from you and I get
      them at 7am. Thanks.
      """, [Q], client="iphone", group="channel",
      date=(6, 24, 7, 18), note="Text messages only: LABELS.md defines marketing opt-out by postal mail or e-mail, so a text-only stop is a question a person must pass on"),

    M("ch-calls-only", CC, "Ron Meissner <ronmeissner@live.com>", "phone calls",
      """
      Could your people please stop calling me about the community solar thing? That's three calls this week,
      one during supper. I said no the first time. My number is the one on my account. I don't care about the
      mail, just the calls.

      Ron Meissner
      """, [Q], ent={"name": "Ron Meissner"}, client="outlook-com", group="channel",
      note="Sales calls only and he says he doesn't mind the mail: not marketing by LABELS.md's channel definition, so question only"),

    M("ch-calls-and-emails", CC, "Deb Schutte <debschutte@hotmail.com>", "furnace special",
      """
      Stop the phone calls AND the emails about the furnace tune-up special. I rent, the furnace isn't mine.
      """, [MK, Q], client="outlook-com", group="channel",
      note="E-mails (marketing) and calls (not covered by the label, a person must handle): opt-out plus question"),

    M("ch-keep-newsletter", CC, "Eleanor Grabowski <egrabowski@frontier.com>", "Paper advertising",
      """
      Dear Alliant Energy,

      I enjoy the EnergyWise newsletter that comes by email and would like to keep receiving it. However, I would
      like no more paper advertisements in my mailbox. The postcard about the water heater sale came four times
      in one month.

      Sincerely,
      Eleanor Grabowski
      """, [MK], ent={"name": "Eleanor Grabowski"}, client="thunderbird", group="channel",
      date=(5, 6, 14, 28), note="Keeps the e-mail newsletter, stops paper advertising: marketing opt-out limited to postal mail"),

    M("ch-texts-fine-emails-not", CC, "Marcus Bell <marcusbell.ia@gmail.com>", "notifications",
      """
      Texts are fine for outages, keep those coming. What I don't want anymore is the emails about deals and
      programs.
      """, [MK], client="gmail-android", group="channel",
      note="Keeps outage texts (service) and stops deal e-mails: marketing opt-out for e-mail"),

    # ---------------------------------------------------------------- opt-outs asked as questions
    M("qf-could-you-not", CC, "Yvonne Prichard <yprichard@sbcglobal.net>", "catalogs",
      """
      Could you not send me those glossy catalogs anymore? I've got a stack of them by the door.
      """, [MK], client="roundcube-html", group="as-question",
      note="The request in question form: marketing opt-out, nothing else to answer"),

    M("qf-is-it-possible", CC, "Nathan Eberhardt <neberhardt@gmail.com>", "emails",
      """
      Is it possible to not get the promotional emails anymore? Thank you,
      Nathan
      """, [MK], ent={"name": "Nathan"}, client="gmail", group="as-question",
      note="'Is it possible to not get...' is the opt-out itself"),

    M("qf-would-you-mind", CC, "Hazel Underhill <hazel.underhill@comcast.net>", "A small request",
      """
      Would you mind terribly not passing my name along to the other catalog companies? I don't mind yours one
      bit, I just seem to be getting everyone else's too since I ordered the heated mattress pad.

      Warmly,
      Hazel Underhill
      """, [SH], ent={"name": "Hazel Underhill"}, client="ox-webmail-html", group="as-question",
      note="Polite question that is a share opt-out; she keeps our catalog"),

    M("qf-can-i-get-off", CC, "Luis Carrasco <lcarrasco@msn.com>", "mailing list",
      """
      Can I get off the mailing list for the promotions?
      """, [MK], client="outlook-com", group="as-question",
      note="'Can I get off the mailing list' is the request in question form"),

    M("qf-every-month", CC, "Kayla Drummond <kayladrummond@gmail.com>", "catalog every month",
      """
      do u guys have to send the catalog every month?? can it just stop
      """, [MK], client="gmail-android", group="as-question",
      note="Two questions; the second asks the catalog to stop: opt-out. The first is rhetorical"),

    # ---------------------------------------------------------------- questions about opting out
    M("qa-how-long", PH, "Lyle Vandermeer <lyle.vandermeer@gmail.com>", "opt out timing",
      """
      How long does it take for the catalog to actually stop once you opt out? My sister did it in the spring
      and she's still getting them.
      """, [Q], client="gmail", group="about-optout",
      note="A question about how long an opt-out takes; he does not ask to be opted out: question only"),

    M("qa-outage-alerts", CC, "Grace Mbeki <gmbeki@wisc.edu>", "Unsubscribing",
      """
      If I unsubscribe from the promotional emails, will I still get the outage alerts and bill notices? I don't
      want to miss those.
      """, [Q], client="outlook-com", group="about-optout",
      note="Asks about the consequences of unsubscribing, without asking to: question only"),

    M("qa-where-form", CC, "Pete Carrigan <pcarrigan@yahoo.com>", "do not share form??",
      """
      Where on your website is the do-not-share form? I looked under Privacy and under My Account and all I can
      find is the policy itself.
      """, [Q], client="yahoo", group="about-optout",
      note="Looking for the share opt-out form: a question about how to opt out, not the opt-out"),

    M("qa-both-or-one", CC, "Annette Lorentzen <alorentzen@icloud.com>", "Question",
      """
      Does opting out of the catalog also stop the catalog emails, or do I need to do both separately?
      """, [Q], client="iphone", group="about-optout",
      note="Asks how the opt-outs relate; no request yet: question only"),

    # ---------------------------------------------------------------- negations and double negatives
    M("neg-dont-mind-emails", CC, "Wendell Osei <wendell.osei@gmail.com>", "my address",
      """
      I don't mind the emails, and I don't mind the catalog, but I do mind you giving my address to other
      companies. Please don't.
      """, [SH], client="gmail", group="negation",
      note="'I don't mind the emails' keeps marketing; 'I do mind you giving my address...please don't' is a share opt-out"),

    M("neg-never-asked-stop", CC, "Phyllis Garrity <pgarrity@mchsi.com>", "Where is my catalog",
      """
      I never asked you to stop sending the catalog! The fall one never came and my friend down the road got
      hers two weeks ago. Why did it stop? Please put me back on.

      Phyllis Garrity
      1180 Ridgeview Dr
      Marion IA 52302
      """, [Q], ent={"name": "Phyllis Garrity", "postal_code": "52302"}, client="outlook-desktop",
      group="negation", note="'I never asked you to stop' plus 'put me back on': opting back in is a question, no opt-out"),

    M("neg-not-that-i-dont", CC, "Kevin Stroud <kstroud@gmail.com>", "hmm",
      """
      It's not that I don't not want to hear from you, I just wish it wasn't all the time, if that makes sense.
      """, [], True, client="gmail", group="negation",
      note="Tangled double negative about frequency with no object or decision: unclear"),

    M("neg-fewer-not-none", CC, "Joan Hartig <jhartig@iowatelecom.net>", "flyers",
      """
      I wouldn't say I don't want the flyers. I just don't want so many of them. One a month would be plenty.
      """, [], True, client="outlook-desktop", group="negation",
      note="Wants fewer flyers, explicitly not none: no opt-out LABELS.md can record, not a clear question either: unclear"),

    M("neg-wrong-address", CC, "Rita Mahoney <rmahoney@uiowa.edu>", "newsletter address",
      """
      I don't NOT want the newsletter, I just don't want it coming to my work address anymore. Can you send it to
      rita.mahoney.home@gmail.com instead?
      """, [Q], client="outlook-com", group="negation",
      note="Keeps the newsletter, moves it to another address: a change request (question), not an opt-out"),

    M("neg-self-correct", CC, "Colin Ashworth <colin.ashworth@gmail.com>", "info",
      """
      Don't not share my info -- wait, that's backwards. DO NOT share my info. With anyone.
      """, [SH], client="gmail", group="negation",
      note="A garbled double negative that the sender corrects at once: share opt-out"),

    # ---------------------------------------------------------------- the company's own privacy policy quoted back
    M("pol-carefully-selected", PH, "Miriam Achterberg <machterberg@gmail.com>", "your privacy policy",
      """
      Your privacy policy says "We may share your name and postal address with other carefully selected catalog
      companies." Carefully selected by whom, and on what basis? I would like to be excluded from that sharing.

      Miriam Achterberg
      """, [SH, Q], ent={"name": "Miriam Achterberg"}, client="gmail", group="policy",
      note="Quotes the sharing sentence, asks who selects (question) and asks to be excluded (share opt-out)"),

    M("pol-consider-contacted", CC, "Stuart Lindahl <stuart.lindahl@yahoo.com>", "Per your privacy notice",
      """
      Your privacy notice states: "You may opt out of receiving promotional mailings from us at any time by
      contacting us." Consider yourselves contacted.
      """, [MK], client="yahoo", group="policy",
      note="The quoted sentence supplies the object and his own 'consider yourselves contacted' invokes it: marketing opt-out"),

    M("pol-generic-optout", CC, "Joyce Brandvold <jbrandvold@gmail.com>", "Section 6",
      """
      Section 6 of your notice says I "may exercise my choices at any time." I'm exercising them.
      """, [], True, client="gmail", group="policy",
      note="Invokes 'my choices' without saying which (marketing, sharing, access): unclear"),

    M("pol-same-typo", CC, "Dennis Rourke <drourke@mediacombb.net>", "Explain this",
      """
      Your privacy page says, and I quote, "PowerHouse Catalog does not sell customer information." Yet last week
      I got a catalog from some outfit called Hearthside Home Goods addressed to "Denis Rourk" -- the exact same
      misspelling that's on YOUR catalog label and nowhere else. Explain that.
      """, [Q], client="outlook-desktop", group="policy",
      note="Quotes the policy to demand an explanation; he asks nothing to stop: question only"),

    # ---------------------------------------------------------------- change of address plus an opt-out
    M("addr-move-nocat", CC, "Lucas & Amy Brennan <brennanfamily@gmail.com>", "New address",
      """
      Hello, we moved from 1420 Oak St. in Hiawatha to 88 Birch Lane, Cedar Rapids IA 52402. Please update our
      address on the account -- and while you're at it, don't send the catalog to the new place. We're trying to
      cut down on paper.

      Amy Brennan
      """, [MK, Q], ent={"name": "Amy Brennan", "postal_code": "52402"}, client="gmail", group="address",
      note="Change of address (question) plus no catalog at the new address (marketing opt-out); the account holder writes from the family address"),

    M("addr-keep-cat-noshare", PH, "Otto Reinke <ottoreinke@icloud.com>", "Address change",
      """
      New address below. Keep sending the catalog there but don't share the new one with anyone, I just got rid
      of a lot of junk mail by moving and I'd like to keep it that way.

      Otto Reinke
      615 W Grand Ave, Apt 3
      Beloit WI 53511-4407
      """, [SH, Q], ent={"name": "Otto Reinke", "postal_code": "53511-4407"}, client="apple-mail", group="address",
      note="Address change (question), catalog kept, new address not to be shared: share opt-out plus question"),

    M("addr-leaving-state", CC, "Beatrice Kamau <bkamau@outlook.com>", "Moving to Arizona",
      """
      Hi, I'm moving to Tucson at the end of the month. I need to close my electric account (service at 3301
      Monroe St, Madison 53704) as of October 30 and I want the final bill sent to my new address, which I'll
      send once I have the lease. After that please stop all mailings, ads included, I won't be your customer.

      Thank you,
      Beatrice Kamau
      Account 3340 2217 0081
      """, [MK, Q], ent={"name": "Beatrice Kamau", "postal_code": "53704", "account": "3340 2217 0081"},
      client="outlook-com", group="address",
      date=(10, 5, 12, 9), note="Account closing and final bill (question); 'stop all mailings, ads included' is a marketing opt-out"),
]
