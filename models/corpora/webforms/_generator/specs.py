"""The 120 messages of the webforms set. Every person, company, form service and sentence is invented.

P(...) is a person's words carried by machinery (automated false); M(...) is machinery carrying nobody's request
(automated true, no labels, ack_to null). ack: "rt" = Reply-To, "from" = From, None = no acknowledgement."""
from specs_people import PEOPLE
from specs_machines import MACHINES

import hashlib

DATES = {  # specs whose text names a date: (month, day or None)
    "m-case-job-failed": (5, 4), "m-fresh-digest": (3, 16), "m-chat-weekly": (6, 8), "m-sd-token": (4, 13),
    "m-fw-invoice": (3, 1), "m-jp-quota": (3, 24), "sms-stop-promo-text": (8, None), "web-opt-back-in": (11, None),
    "web-how-long": (5, None), "web-bill-and-sell": (2, None), "wp-giveaway-unsub": (12, None),
    "app-thermostat-promos": (8, None), "qf-autopay": (12, None),
}
for _s in PEOPLE + MACHINES:
    if _s["id"] in DATES:
        _s["month"], _s["day"] = DATES[_s["id"]]

# people and machines interleaved in a fixed order that does not depend on the order of the spec lists
SPECS = sorted(PEOPLE + MACHINES, key=lambda s: hashlib.sha1(s["id"].encode("utf-8")).hexdigest())
