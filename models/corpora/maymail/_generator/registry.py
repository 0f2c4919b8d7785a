"""Collects every message of the set with its labels."""
import email.utils
import hashlib

import clients as C
from mimekit import dt, CDT

ENTRIES = []

PROGRAMS = {
    "gmail_web": "Gmail web",
    "gmail_android": "Gmail app (Android)",
    "gmail_ios": "Gmail app (iOS)",
    "iphone": "iOS Mail (iPhone)",
    "ipad": "iPadOS Mail",
    "apple_mail": "Apple Mail (macOS)",
    "outlook_desktop": "Outlook desktop (POP/IMAP)",
    "outlook_com": "Outlook.com web",
    "outlook_ios": "Outlook for iOS",
    "m365": "Outlook (Microsoft 365)",
    "yahoo_web": "Yahoo Mail web",
    "yahoo_ios": "Yahoo Mail iOS",
    "yahoo_android": "Yahoo Mail Android",
    "aol_web": "AOL Mail web",
    "aol_ios": "AOL app (iOS)",
    "thunderbird": "Thunderbird",
    "samsung": "Samsung Email",
    "xfinity": "Xfinity Connect webmail",
    "proton": "Proton Mail",
    "roundcube": "Roundcube webmail",
    "webform": "alliantenergy.com Contact Us form relay",
}


def rid_for(rcpt, obj):
    return hashlib.sha1(("rid|%s|%s" % (rcpt, obj["subject"])).encode("utf-8")).hexdigest()[:12]


def q_our(obj, rcpt):
    """Our outgoing message as one recipient got it (per-recipient Message-ID)."""
    d = dict(obj)
    rid = rid_for(rcpt, obj)
    d["rid"] = rid
    d["msgid"] = obj["msgid"].replace("{rid}", rid)
    if "list_unsub" in obj:
        d["list_unsub"] = obj["list_unsub"].replace("{rid}", rid)
    d["to"] = rcpt
    return d


def header_addr(msg, name):
    for n, v in msg.headers:
        if n.lower() == name.lower() and v:
            return email.utils.parseaddr(v.replace("\n", " "))[1]
    return None


def add(key, mailbox, msg, *, category, spec, language, program, automated=False, labels=(),
        unclear=False, entities=None, note, ack="auto"):
    if ack == "auto":
        ack = header_addr(msg, "Reply-To") or header_addr(msg, "From")
    ENTRIES.append({
        "key": key, "mailbox": mailbox, "msg": msg, "automated": automated,
        "labels": list(labels), "unclear": unclear, "entities": dict(entities or {}),
        "note": note, "ack_to": ack, "category": category, "spec": spec, "language": language,
        "program": program,
    })


META = ("category", "spec", "language", "labels", "unclear", "entities", "note", "ack", "program")


def H(key, mailbox, when, **kw):
    """A message a person wrote (or a person's mail program sent for them)."""
    meta = {k: kw.pop(k) for k in list(kw) if k in META}
    tz = kw.get("tz", CDT)
    sent = dt(when, tz)
    msg = C.compose(key, mailbox, sent, **kw)
    program = meta.pop("program", None) or PROGRAMS[kw["client"]]
    meta.setdefault("language", "en")
    add(key, mailbox, msg, program=program, **meta)
    return msg
