"""Mail written by people that is not a privacy request: some need a human answer, some are outreach (automated
by LABELS.md), some need nothing."""
from spec import CC, PH, Q, M

SPECS = [
    # ---------------------------------------------------------------- questions a person must answer
    M("np-neighbour-tree", CC, "Elaine Mortensen <emortensen@gmail.com>", "Tree touching the lines on Cedar Ct",
      """
      Hello,

      I'm writing about my neighbour's silver maple at 412 Cedar Ct. It has grown right up into the power lines
      that run behind our houses and when the wind blows you can see the branches rubbing the wire. Last week
      there were sparks. I have asked him twice to trim it and he says it's "the power company's problem."

      Is it? Can someone come look at it before it starts a fire or takes out the power for the whole block? I'm
      at 416 Cedar Ct, Waterloo.

      Elaine Mortensen
      """, [Q], ent={"name": "Elaine Mortensen"}, client="gmail", group="nonrequest",
      note="Neighbour's tree in the lines: a safety/service question a person must answer, no privacy request"),

    M("np-crew-ruts", CC, "Roger Blaylock <rblaylock@windstream.net>", "ruts in my yard",
      """
      Your truck left ruts 8 inches deep across my side yard when they replaced the pole on Tuesday. Who pays to
      fix the lawn?
      """, [Q], client="outlook-desktop", group="nonrequest",
      note="Damage complaint about a crew: question"),

    M("np-reporter", CC, "Danielle Okafor <dokafor@cedarvalleycourier.com>", "Media inquiry: customer data sharing",
      """
      Hello,

      I'm a reporter with the Cedar Valley Courier working on a story about how utilities handle customer data.
      A few readers have told us they started getting outside catalogs after buying from the PowerHouse Catalog.

      Could someone answer a few questions on the record by Thursday?
      1. Does PowerHouse Catalog share or rent its customer list to other companies?
      2. Is utility account information ever part of what is shared?
      3. How many customers have opted out of sharing in the last year?

      If this should go to your media office instead, I'd be grateful if you could forward it.

      Thanks,
      Danielle Okafor
      Cedar Valley Courier | 319-555-0172
      """, [Q], ent={"name": "Danielle Okafor"}, client="outlook-com", group="nonrequest",
      note="Reporter's questions about our sharing: a person must answer or route to media relations; she makes no opt-out"),

    M("np-student", CC, "Tyler Nguyen <tnguyen27@uni.edu>", "Class project question",
      """
      Hi! I'm a junior at UNI doing a project for my Information Ethics class. I'm comparing privacy notices
      from three Iowa utilities. Would anyone be willing to answer 3-4 short questions by email about how
      customers opt out of marketing and how long you keep records? Totally fine if not. Thank you!
      Tyler
      """, [Q], ent={"name": "Tyler"}, client="outlook-com", group="nonrequest",
      note="Student's questions about our privacy practice: question (the opt-out words are a topic, not a request)"),

    M("np-garden-club", CC, "Marjorie Wendt <mwendt.gardenclub@gmail.com>", "Speaker for our garden club?",
      """
      Good morning,

      The Anamosa Garden Club meets the second Tuesday of each month and our members have been asking about ways
      to save on energy, especially with the rebate programs for insulation and such. Does Alliant have someone
      who could come speak for 20-30 minutes at our April or May meeting? We are about 25 members, mostly
      retired, and we'd provide coffee and pie!

      Marjorie Wendt, program chair
      """, [Q], ent={"name": "Marjorie Wendt"}, client="gmail", group="nonrequest",
      date=(2, 24, 9, 12), note="A club asks for a speaker about our programs: a personal request that needs an answer (question), not bulk outreach"),

    M("np-energy-theft", CC, "Anonymous <quietneighbor2026@proton.me>", "power being stolen?",
      """
      I don't want to give my name. The house on the corner of 9th and Locust has an extension cord running from
      the empty rental next door into their garage and it's been there for a month. The rental has been vacant
      since summer. Isn't that stealing power? Someone should look.
      """, [Q], client="thunderbird", group="nonrequest",
      note="Anonymous report of suspected power theft: a person must act on it (question)"),

    M("np-other-utility", CC, "Shawna Pritchett <spritchett@gmail.com>", "autopay didn't go through",
      """
      Hi, my autopay for the MidPlains Electric Co-op bill didn't go through this month and I got a late notice.
      Member number 88-1207. Can you check why? I have money in the account.
      """, [Q], client="gmail", group="nonrequest",
      note="A customer of another utility writes to us by mistake; she still needs a human answer (wrong company): question. Her member number is someone else's, not our account, so no entity"),

    M("np-fake-caller", CC, "Vivian Holm <vholm@centurylink.net>", "Was this really you?",
      """
      Someone called me yesterday afternoon saying he was from Alliant Energy and that my power would be shut off
      in 45 minutes unless I paid $380 with a prepaid card. I hung up. I am not behind on my bill. Was that
      you? Should I report it to someone?

      Vivian Holm
      """, [Q], ent={"name": "Vivian Holm"}, client="outlook-desktop", group="nonrequest",
      note="Scam-call question from a customer: question"),

    M("np-website-font", CC, "Clarence Mott <cmott@mchsi.com>", "Website",
      """
      The new website is very hard to read. The letters are tiny and light gray on white. I'm 78 and I can't find
      where to see my bill anymore. Could someone please tell me where it is?
      """, [Q], client="ox-webmail-html", group="nonrequest",
      note="Website complaint with a how-do-I question: question"),

    M("np-job-phishy", CC, "Marco DeLuca <marco.deluca91@gmail.com>", "Is this email from you real?",
      """
      Hello, I applied for the meter technician opening in Dubuque last month. Today I got an email from
      "alliant-careers-hr@gmail.com" offering me the job and asking for my Social Security number and bank info for
      direct deposit before an interview. That seems wrong. Is this really from you?

      Thanks,
      Marco DeLuca
      """, [Q], ent={"name": "Marco DeLuca"}, client="gmail", group="nonrequest",
      note="Job applicant asking whether a data request is ours: a privacy question, unlike a plain application"),

    # ---------------------------------------------------------------- outreach: automated by LABELS.md
    M("np-job-application", CC, "Destiny Farrow <destinyfarrow.jobs@gmail.com>",
      "Application - Customer Service Representative",
      """
      Dear Hiring Manager,

      I am writing to express my interest in any customer service openings at Alliant Energy. I have four years
      of call-center experience with a regional bank and I am known for staying calm with upset customers. I am
      bilingual in English and Spanish and available immediately.

      My resume is attached. I would welcome the chance to talk.

      Respectfully,
      Destiny Farrow
      """, [], auto=True, client="gmail", group="nonrequest",
      note="Unsolicited job application to the privacy mailbox: outreach like a recruiter's mail, automated (doubtful; either way no acknowledgement)"),

    M("np-charity-sponsor", CC, "Linn County Backpack Program <info@linnbackpacks.org>",
      "Sponsorship opportunity - Fill the Backpacks 2026",
      """
      Dear Community Partner,

      Every Friday during the school year, the Linn County Backpack Program sends 1,400 children home with
      enough food for the weekend. This year we are inviting local businesses to join our Fill the Backpacks
      campaign as Gold ($2,500), Silver ($1,000) or Bronze ($500) sponsors.

      Sponsors receive logo placement on our volunteer t-shirts and recognition at our September gala.

      Would Alliant Energy consider a sponsorship? I would be happy to send our sponsor packet.

      With gratitude,
      Kathleen Moy
      Development Director
      """, [], auto=True, client="outlook-com", group="nonrequest",
      date=(4, 14, 10, 0), note="A charity's sponsorship solicitation sent to businesses: outreach, automated per LABELS.md, whatever its good cause"),

    M("np-soccer-sponsor", CC, "Coach Rob Tiernan <rtiernan.soccer@gmail.com>", "U10 team sponsor??",
      """
      Hi Alliant folks! I coach the Fury U10 girls team in Marion and we're looking for a sponsor for jerseys
      this fall ($400). Your name would go on the back. Let me know if that's something you do or who I should
      ask. Thanks!!
      Coach Rob
      """, [], auto=True, client="gmail-android", group="nonrequest",
      date=(7, 28, 21, 3), note="Sponsorship ask from a coach: soliciting, the same outreach as the charity's (automated). Doubtful: a person wrote it to us alone"),

    M("np-tree-service-pitch", CC, "Brent Vollmer <brent@vollmertreecare.com>", "Right-of-way clearing bids",
      """
      Hi there,

      Vollmer Tree Care has been clearing utility right-of-way for rural co-ops in eastern Iowa for 12 years. We
      are fully insured and have two bucket trucks available this winter. Is there someone in vegetation
      management I could send a bid package to?

      Brent Vollmer
      Owner, Vollmer Tree Care
      """, [], auto=True, client="outlook-com", group="nonrequest",
      date=(10, 27, 8, 20), note="Contractor's sales pitch: cold sales outreach is automated by LABELS.md"),

    # ---------------------------------------------------------------- nothing to answer
    M("np-misdirected-recipe", CC, "Judy Thorsen <judythorsen@mchsi.com>", "the bars recipe",
      """
      Hi honey,

      Here is Grandma's lemon bar recipe like you asked. Don't skimp on the butter. Use the 9x13 glass pan not
      the metal one.

      Crust: 2 c flour, 1/2 c powdered sugar, 1 c butter. Bake 20 min at 350.
      Filling: 4 eggs, 2 c sugar, 1/3 c lemon juice, 1/4 c flour, 1/2 tsp baking powder. Pour over hot crust,
      bake 25 more min.

      Love you, see you Sunday.
      Mom
      """, [], client="outlook-desktop", group="nonrequest",
      note="A mother's recipe sent to the wrong address: a person wrote it, asks us nothing; no labels, no acknowledgement"),

    M("np-misdirected-minutes", CC, "Carol Ebersole <cebersole@cedarridgehoa.org>", "Minutes - Oct board meeting",
      """
      Hi all,

      Attached are the draft minutes from Tuesday. Please send corrections by Friday. Reminder that the pond
      aeration contract is on next month's agenda.

      Carol
      Secretary, Cedar Ridge HOA
      """, [], client="outlook-com", group="nonrequest", cc="board@cedarridgehoa.org",
      date=(10, 16, 16, 55), note="HOA secretary's minutes sent to us by an address-book slip: nothing for us to answer"),

    M("np-lineman-praise", CC, "Glenn Albers <galbers@netins.net>", "Your line crew",
      """
      I just want to say that the crew that worked through the ice storm on our road Saturday night were real
      professionals. Out there in that weather for 9 hours. Please tell them thank you from the Albers family.
      """, [], client="outlook-desktop", group="nonrequest",
      date=(2, 16, 7, 30), note="Praise for a line crew: asks nothing that needs an answer; no labels, ack_to null"),

    M("np-wrong-cousin", PH, "Tammy Lund <tammylund@yahoo.com>", "pics from the reunion!!",
      """
      Hi Deb!! Finally getting these to you, sorry it took forever. The one of Uncle Ray with the fish is my
      favorite. Tell the boys hi!
      """, [], client="yahoo", group="nonrequest",
      note="Reunion photos meant for a cousin, sent to the catalog mailbox: nothing to answer"),
]
