"""Rebuild the `letters` corpus byte for byte: python3 _generator/build.py"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import specs_a, specs_b, specs_c, specs_d  # noqa: E402
from clients import build_person_mail  # noqa: E402
from specials import build_bounce, build_calendar, build_listpost  # noqa: E402

SPECIAL = {"bounce": (build_bounce, "aol-mailer-daemon"), "listpost": (build_listpost, "mailman-2.1"),
           "calendar": (build_calendar, "google-calendar")}

CLIENT_NAMES = {"aol": "aol-web", "yahoo": "yahoo-web", "gmail": "gmail-web", "outlook": "outlook-desktop",
                "m365": "outlook-desktop-outlookcom", "wlm": "windows-live-mail", "thunderbird": "thunderbird",
                "apple": "apple-mail", "iphone": "apple-ios-mail", "xfinity": "xfinity-connect",
                "zimbra": "zimbra-webmail", "webform": "alliant-contact-form"}


def all_specs():
    specs = specs_a.SPECS + specs_b.SPECS + specs_c.SPECS + specs_d.SPECS
    random.Random(20260412).shuffle(specs)
    return specs


def ack_to(spec):
    a = spec.get("ack")
    if a == "from":
        return spec["frm"][1]
    if a == "reply":
        return spec["reply_to"][1]
    return None


def main():
    specs = all_specs()
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    manifest, index = [], []
    for i, spec in enumerate(specs, 1):
        fn = "%04d.eml" % i
        kind = spec.get("kind", "mail")
        if kind in SPECIAL:
            raw = SPECIAL[kind][0](spec, i)
            cname = SPECIAL[kind][1]
        else:
            raw = build_person_mail(spec, i)
            cname = CLIENT_NAMES[spec["client"]]
            if spec.get("mailer", "").startswith("iPad"):
                cname = "apple-ipados-mail"
            if "Android" in spec.get("mailer", ""):
                cname = "yahoo-android"
            if "Ios" in spec.get("mailer", ""):
                cname = "yahoo-ios"
            for k, v in spec["ent"].items():
                assert v in spec["_newtext"], (fn, k, v)
        automated = bool(spec.get("automated", False))
        row = {"file": fn, "mailbox": spec["mailbox"], "automated": automated, "labels": spec["labels"],
               "unclear": bool(spec.get("unclear", False)), "entities": spec["ent"], "note": spec["note"],
               "ack_to": ack_to(spec)}
        manifest.append(row)
        index.append("%s\t%s\ten\t%s" % (fn, spec["cat"], cname))
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\tcategory\tlang\tclient\n")
        fh.write("\n".join(index) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
