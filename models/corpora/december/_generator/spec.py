"""Message-description helpers shared by the people*.py and machines.py modules."""
import datetime as _dt

from mailkit import CST, EST, MST, PST, UTC

TZ = {"CST": CST, "EST": EST, "MST": MST, "PST": PST, "UTC": UTC}

ALL = []

CATS = {
    "mo": "marketing opt-out written by a person",
    "lu": "List-Unsubscribe mailto: sent by a mail client or unsubscribe service",
    "sh": "catalog-sharing opt-out",
    "both": "both opt-outs",
    "q": "question",
    "oq": "opt-out + question",
    "unc": "unclear",
    "none": "human, no action needed",
    "a-ooo": "automated: auto-reply",
    "a-loop": "automated: auto-reply (loop trap)",
    "a-bounce": "automated: bounce",
    "a-bulk": "automated: bulk / charity appeal",
    "a-notif": "automated: notification (mis-addressed)",
    "a-vendor": "automated: vendor / partner notice",
    "a-phish": "automated: spam/phishing",
    "a-list": "automated: mailing-list post",
    "a-mdn": "automated: read receipt",
    "a-cal": "automated: calendar invitation",
    "a-cr": "automated: challenge-response",
    "a-cold": "automated: cold sales outreach",
}

PROGRAM = {"gmail": "Gmail web", "gmail_android": "Gmail for Android", "gmail_ios": "iPhone Mail (Gmail account)",
           "icloud": "iPhone/Apple Mail (iCloud)", "yahoo": "Yahoo Mail web", "yahoo_mobile": "Yahoo Mail iOS",
           "aol": "AOL Mail web", "outlook": "Outlook.com", "m365": "Outlook / Microsoft 365", "comcast": "Xfinity Connect",
           "roundcube": "Roundcube webmail", "thunderbird": "Thunderbird", "proton": "Proton Mail",
           "webform": "alliantenergy.com Contact Us form"}


def when(s):
    """'03 14:22:05' or '03 14:22:05 EST' -> aware datetime in December 2026"""
    parts = s.split()
    day = int(parts[0])
    hh, mm, ss = [int(x) for x in parts[1].split(":")]
    tz = TZ[parts[2]] if len(parts) > 2 else CST
    return _dt.datetime(2026, 12, day, hh, mm, ss, tzinfo=tz)


def H(key, at, box, frm, prov, subject, text, cat, labels=(), unclear=False, ents=None, note="", ack="from",
      lang="en", spec="", **kw):
    d = dict(kind="human", key=key, dt=when(at), box=box, frm=frm, prov=prov, subject=subject, text=text, cat=cat,
             labels=list(labels), unclear=unclear, ents=ents or {}, note=note, ack=ack, lang=lang, spec=spec)
    d.update(kw)
    ALL.append(d)
    return d


def A(key, at, box, cat, fn, note, lang="en", spec="", program="", **kw):
    """automated message built by fn(rng, d) -> bytes"""
    d = dict(kind="machine", key=key, dt=when(at), box=box, cat=cat, fn=fn, note=note, lang=lang, spec=spec,
             program=program, labels=[], unclear=False, ents={}, ack=None)
    d.update(kw)
    ALL.append(d)
    return d
