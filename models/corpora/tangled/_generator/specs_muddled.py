"""Delete-everything, earlier requests, self-contradictions, thank-yous, and mail nobody could decide."""
from spec import CC, MK, PH, Q, SH, M

SPECS = [
    # ---------------------------------------------------------------- delete everything
    M("del-everything", CC, "Quentin Haraldsen <qharaldsen@fastmail.com>", "Delete my data",
      """
      I want you to delete everything you have on me. Every record, every note, every phone number. And stop
      emailing me.

      Q. Haraldsen
      """, [Q], True, ent={"name": "Q. Haraldsen"}, client="thunderbird", group="delete",
      note="Delete everything: unclear plus question by rule; the e-mail stop inside it goes to review with it, not labelled"),

    M("del-forget-me-thread", CC, "Sheila Nowicki <snowicki@yahoo.com>", None,
      """
      Thanks for sorting that out. Now that the account is closed I'd like you to erase all my personal
      information from your systems, I don't see why you need it anymore. Please confirm when it's done.
      """, [Q], True, client="yahoo", group="delete",
      thread={"subject": "Final bill - 409 Maple", "days": 12, "ours": """
Hi Sheila,

Your final bill for 409 Maple St has been issued and the credit balance of $38.12 will be mailed to the
forwarding address you gave us within 3-4 weeks. Your account is now closed.

Thank you for being an Alliant Energy customer.
Tasha
Customer Care
""", "theirs": """
Hello, I moved out on the 30th. Where will my deposit refund go? I gave the forwarding address on the phone.
Sheila Nowicki
"""}, note="Top-posted over her own final-bill thread: an erase-all request is unclear plus question by rule"),

    # ---------------------------------------------------------------- earlier requests
    M("early-march-named", PH, "Vernon Esch <vernonesch@gmail.com>", "STILL getting catalogs",
      """
      I asked in March to stop the catalogs and I still get them. It's November. STOP SENDING THEM. What does it
      take?
      """, [MK, Q], client="gmail", group="earlier",
      date=(11, 12, 8, 3), note="Names the object and renews the wish now ('STOP SENDING THEM'): marketing opt-out; the unhonoured earlier request is a complaint (question)"),

    M("early-march-bare", CC, "Lorna Tisdale <ltisdale@gmail.com>", "Again",
      """
      I asked in March and I still get them.
      """, [], True, client="gmail-android", group="earlier",
      date=(7, 21, 22, 15), note="Earlier request without saying what it was ('them' is never named): unclear by the rule on references to earlier mail"),

    M("early-same-as-last", CC, "Howard Pettibone <hpettibone@aol.com>", "Re: my request",
      """
      Same as my email last month, please. For the other house too.
      """, [], True, client="aol", group="earlier",
      note="'Same as my email last month' with no object: unclear (subject 'Re: my request' is his own, says nothing)"),

    M("early-confirm-call", PH, "Maureen Kilbane <mkilbane@charter.net>", "Following up on my call",
      """
      I called on June 3rd and asked that my name not be shared with other catalog companies. The woman I spoke
      with said it would be taken care of but I never got anything in writing. Can you confirm that was done?

      Maureen Kilbane
      """, [Q], ent={"name": "Maureen Kilbane"}, client="ox-webmail-html", group="earlier",
      date=(7, 9, 10, 44), note="Asks for confirmation of an earlier, named request; makes no new one: question only"),

    M("early-thread-still", CC, "Arturo Bianchi <abianchi@gmail.com>", None,
      """
      It's been three weeks and I'm still getting them. Two this week.
      """, [Q], client="gmail", group="earlier",
      thread={"subject": "Promotional emails", "days": 22, "ours": """
Hello Arturo,

Thank you for your message. We have removed abianchi@gmail.com from our promotional email lists. Please allow
up to 10 business days for the change to take effect.

Privacy Team | Alliant Energy
""", "theirs": """
Please take me off your promotional email list.
Arturo Bianchi
"""}, note="Top-posted over his own opt-out thread: the opt-out is on record and only in the quote, so the new text is a complaint (question only)"),

    # ---------------------------------------------------------------- self-contradictions
    M("con-wife-likes-it", PH, "Doug Amundsen <dougamundsen@gmail.com>", "catalog",
      """
      Take me off the catalog list. Actually no, keep sending it, my wife likes looking through it. Well she
      says she doesn't. I don't know. Do whatever.
      """, [], True, client="gmail", group="contradiction",
      note="Starts as an opt-out, retracts, and never settles: mixed wishes are unclear"),

    M("con-everything-but", CC, "Priscilla Yoon <pyoon@outlook.com>", "Unsubscribe",
      """
      Please unsubscribe me from everything. But keep sending me the thermostat rebate offers, I'm still
      deciding on that one. And the newsletter is actually useful. Everything else though.
      """, [], True, client="outlook-com", group="contradiction",
      note="'Everything' then two exceptions that cover most of what we send: no decidable remainder, unclear"),

    M("con-share-with-some", CC, "Frank Delacroix <fdelacroix@gmail.com>", "sharing",
      """
      Don't share my info. Well, you can share it with the solar panel people, they seemed nice, just not the
      catalog ones and not the insurance ones.
      """, [], True, client="gmail-android", group="contradiction",
      note="A blanket 'don't share' narrowed to some third parties and not others: a partial share wish a person must sort out, unclear"),

    M("con-subject-vs-body", PH, "Heather Dunleavy <hdunleavy@icloud.com>", "STOP",
      """
      Love the new catalog, keep them coming! The cover with the lanterns was so pretty.
      """, [], True, client="iphone", group="contradiction",
      note="Subject says STOP, body says keep them coming: self-contradicting, unclear"),

    # ---------------------------------------------------------------- thanks for stopping (no request)
    M("thx-finally-stopped", CC, "Ruth Abernathy <ruthabernathy@outlook.com>", "Thank you",
      """
      Just a note to say thank you. The catalogs finally stopped coming and I appreciate it. No need to reply.

      Ruth
      """, [], client="outlook-com", group="thanks",
      note="Thanks us for an opt-out already done; asks nothing: no labels, no acknowledgement"),

    M("thx-emails-gone", CC, "Mitchell Orr <mitch.orr@gmail.com>", "thanks",
      """
      Hey, the promo emails stopped like you said they would. Thanks, appreciate it.
      """, [], client="gmail-android", group="thanks",
      note="A thank-you that mentions the opt-out in the past tense: nothing to answer"),

    # ---------------------------------------------------------------- nothing decidable
    M("unc-please-stop", CC, "Janet Oyler <joyler@netins.net>", "",
      """
      Please stop.
      """, [], True, client="outlook-desktop", group="unclear",
      note="'Please stop.' with no subject and no object: unclear"),

    M("unc-remove-over-thread", CC, "Dwayne Mattox <dmattox@gmail.com>", None,
      """
      remove me
      """, [], True, client="gmail-android", group="unclear",
      thread={"subject": "Payment arrangement", "days": 40, "ours": """
Hi Dwayne,

I have set up a payment arrangement on your account: $112.40 on the 15th of each month for 4 months, in
addition to your current charges. If a payment is missed the arrangement will be cancelled.

Thanks,
Marisol
Customer Care, Alliant Energy
""", "theirs": """
i need to set up payments on my past due, i can do about 100 a month. acct 2250 6618 4409
"""}, note="'remove me' over his own payment-arrangement thread: remove from what? unclear (the account number is only in the quote)"),

    M("unc-previous-owner", PH, "Kristin Salazar <kristin.salazar@gmail.com>", "Previous owner",
      """
      Hi, we bought our house in 2024 and we still get your catalog addressed to the previous owner,
      Gerald Stumpf. I believe he passed away in 2019. Can you take his name off?
      """, [], True, ent={"name": "Gerald Stumpf"}, client="gmail", group="unclear",
      note="Request for someone else (a former owner, deceased) by a writer without standing: unclear; name entity is the person it is for"),

    M("unc-for-mother", CC, "Greg Polansky <gpolansky@outlook.com>", "My mother's mail",
      """
      My mother, Irene Polansky, is 91 and gets a lot of mail from you besides her bill. She gets confused by it
      and thinks she has to pay it. Can you stop sending her that stuff and also not give her address to anyone?
      Her zip is 52245.
      """, [], True, ent={"name": "Irene Polansky", "postal_code": "52245"}, client="outlook-com",
      group="unclear",
      note="Son writes for his mother, no standing shown (not the account holder): unclear; entities name the mother"),

    M("unc-see-attached", CC, "Bill Nygaard <bnygaard@mchsi.com>", "Form",
      """
      Here's the form you asked for.

      Bill
      """, [], True, client="outlook-desktop", group="unclear",
      note="Sends 'the form' with no attachment and no context: nothing decidable, unclear"),

    M("unc-ok-do-that", CC, "Anita Cheng <anita.cheng@gmail.com>", None,
      """
      ok do that
      """, [], True, client="gmail", group="unclear",
      thread={"subject": "Question about my mail", "days": 5, "ours": """
Hi Anita,

Happy to help. We can either remove you from our promotional mailings altogether, or just stop the printed
mail and keep the emails. Let me know which you prefer.

Best,
Devon
Customer Care | Alliant Energy
""", "theirs": """
I'm getting too much mail from you guys, can you do something about it?
"""}, note="'ok do that' under our offer of two different options: which one? unclear"),
]
