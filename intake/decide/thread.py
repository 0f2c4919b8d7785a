"""Step 2, what it answers: the kind of our mail a reply or forward is about, from rules/thread.yml.

A short reply takes its meaning from what it answers (LABELS.md): "STOP" under one of our promotions is a marketing
opt-out, the same word under an outage alert, a bill notice or our own acknowledgement is not. What a message
answers is found, in this order:

    1. In-Reply-To / References: a Message-ID of ours whose form says what it was (our acknowledgements carry
       ack.message_id_domain, campaigns and service mail have their own marks)
    2. the quoted or forwarded text: written by one of our addresses (its From line or attribution), and what it
       says (a service message says so; a promotion has an unsubscribe footer)
    3. the subject ("Re: Your Alliant Energy bill is ready")
    4. a Message-ID that says only which of our servers sent it (`fallback_message_ids`): weaker than all the
       above, because service mail and campaigns can leave the same server

Also here, because it is about our own mail: which senders are our web forms, and which field of theirs holds the
customer's message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from pathlib import Path

from intake.decide.reading import Reading, Thread
from intake.rulefile import RuleError, load_rule_file, require
from intake.values import Mail, without_tag

FILE_NAME = "thread.yml"
KINDS = ("staff", "acknowledgement", "service", "catalog", "promotion")
"""In the order they are tried: a staff answer quoting our acknowledgement is the staff's; a service message with
an opt-out footer is still a service message."""
_REPLY_PREFIX = re.compile(r"^\s*(?:re|fw|fwd|rv|reenv|aw|wg|sv|vs|tr|r)\s*(?:\[\d+\])?\s*:", re.I)
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_CARRIED_HEAD = re.compile(r"^\s*(?:>\s*)*(?:\*?(?:from|de)\s*:\*?|on\b.{0,200}\b(?:wrote|escribió)|el\b.{0,200}"
                           r"\bescribió|.{0,120}\bwrote\s*:)", re.I)


@dataclass(frozen=True)
class KindMarks:
    name: str
    message_ids: tuple[re.Pattern[str], ...]
    subjects: tuple[re.Pattern[str], ...]
    phrases: tuple[re.Pattern[str], ...]
    fallback_message_ids: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class ThreadBook:
    addresses: frozenset[str]
    """Our own sending addresses (lower case)."""
    domains: tuple[str, ...]
    kinds: tuple[KindMarks, ...]
    form_senders: frozenset[str]
    form_field: re.Pattern[str]
    form_end: re.Pattern[str]
    consumer_domains: frozenset[str] = frozenset()
    role_local_parts: frozenset[str] = frozenset()
    many_recipients: int = 0
    form_local_parts: re.Pattern[str] | None = None
    """Local parts on our own domains (and subdomains) that are relays of a person's words: forms, voicemail."""
    relay_may_trip: frozenset[str] = frozenset()
    """Gate rules a relay of ours trips by being machinery (no-reply sender, Auto-Submitted): not the person's."""
    greeting: Greeting | None = None
    """How a greeting that names another organisation is told (rules/thread.yml: senders.greeting)."""

    @classmethod
    def load(cls, rules_dir: Path, ack_domain: str = "") -> "ThreadBook":
        path = Path(rules_dir) / FILE_NAME
        data = load_rule_file(path)
        ours = require(path, "ours", data, "ours", dict)
        senders = data.get("senders") or {}
        forms = require(path, "forms", data, "forms", dict)
        raw_kinds = require(path, "kinds", data, "kinds", dict)
        unknown = set(raw_kinds) - set(KINDS)
        if unknown:
            raise RuleError(path, "kinds", f"unknown kind(s) {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
        kinds = tuple(_marks(path, name, raw_kinds.get(name) or {}, ack_domain) for name in KINDS)
        fields = _strings(path, "forms.message_fields", forms.get("message_fields"))
        ends = _strings(path, "forms.ends", forms.get("ends", []) or ["--"])
        return cls(
            frozenset(a.lower() for a in _strings(path, "ours.addresses", ours.get("addresses"))),
            tuple(d.lower() for d in _strings(path, "ours.domains", ours.get("domains"))),
            kinds,
            frozenset(a.lower() for a in _strings(path, "forms.senders", forms.get("senders"))),
            # "Message:", and "Transcription (automatic, may contain errors):"
            re.compile(r"^[ \t]*(?:" + "|".join(re.escape(f) for f in fields) + r")\??(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*:[ \t]*",
                       re.I | re.M),
            re.compile(r"^[ \t]*(?:" + "|".join(re.escape(e) for e in ends) + r")", re.I | re.M),
            frozenset(d.lower() for d in _strings(path, "senders.consumer_domains",
                                                  senders.get("consumer_domains") or ["example.invalid"])),
            frozenset(p.lower() for p in _strings(path, "senders.role_local_parts",
                                                  senders.get("role_local_parts") or [])),
            int(senders.get("many_recipients") or 0),
            _local_parts(path, forms.get("local_parts") or []),
            frozenset(_strings(path, "forms.relay_may_trip", forms.get("relay_may_trip") or [])),
            Greeting.load(path, senders.get("greeting"), _strings(path, "ours.names", ours.get("names") or ["alliant"])),
        )

    def sender_kind(self, mail: Mail) -> str:
        """"person" (a mailbox provider people use), "ours", "organisation", or "unknown" (no usable address, or
        a placeholder domain)."""
        address = (mail.reply_to[0] if mail.reply_to and self.form_message(mail) is not None else mail.from_)
        if address is None:
            return "unknown"
        if self.is_ours(address.email):
            return "ours"
        if _placeholder(address.domain):
            return "unknown"  # example.com and the like name nobody: a test's or a sample's sender
        return "person" if address.domain in self.consumer_domains else "organisation"

    def not_a_customer(self, mail: Mail, sender: str) -> str | None:
        """Why the sender is probably not a customer writing to us, or None. Mail from a colleague (our own domain,
        not one of our forms), from an organisation's role address (press@, surveys@, newsletter@ on a domain that
        is not a mailbox provider people use), or addressed to many people at once (a neighbourhood newsletter, a
        group's mail) may use every word of a request without being one (LABELS.md: not a request, though a person
        or company wrote it). None of these settles anything: a person looks, and nobody is answered meanwhile."""
        address = mail.from_
        if address is None:
            return None
        if sender == "ours" and not self.is_form_sender(address.email) and address.email.lower() not in self.addresses:
            return f"mail from our own organisation ({address.email}): a colleague's, not a customer's"
        if sender == "organisation" and address.email.split("@")[0].lower() in self.role_local_parts:
            return f"sent from an organisation's role address ({address.email})"
        others = {a.email.lower() for a in (*mail.to, *mail.cc) if not self.is_ours(without_tag(a.email))}
        if self.many_recipients and len(others) >= self.many_recipients:
            return f"addressed to {len(others)} other people: group mail, not a request to us"
        if address.email.lower() in {a.email.lower() for a in mail.to} and len(others) >= 2:
            # a newsletter typed to oneself with the list beside it ("To: ourclub@, you@, them@")
            return "sent to the sender's own address and to others: group mail, not a request to us"
        elsewhere = self.greeting.other_organisation(mail.new_text or "") if self.greeting else None
        if elsewhere:
            return f"the greeting names another organisation ({elsewhere!r}) and the text never names us: " \
                   "it may be meant for someone else"
        return None

    # -- forms ----------------------------------------------------------------------------------------------------

    def form_message(self, mail: Mail) -> str | None:
        """The customer's message inside one of our web forms' relays, or None when this is not one."""
        if mail.from_ is None or not self.is_form_sender(mail.from_.email):
            return None
        found = self.form_field.search(mail.body)
        if found is None:
            return None
        rest = mail.body[found.end():]
        end = self.form_end.search(rest)
        return rest[: end.start()] if end else rest

    # -- what a message answers -----------------------------------------------------------------------------------

    def answers(self, mail: Mail) -> Thread:
        ids = [*mail.in_reply_to[:1], *reversed(mail.references)]
        for msg_id in ids:
            for kind in self.kinds:
                if any(p.search(msg_id) for p in kind.message_ids):
                    return Thread(kind.name, f"Message-ID {msg_id[:120]}")
        carried = "\n".join(part for part in (mail.quoted, mail.forwarded) if part.strip())
        if carried:
            author = self._author(carried)
            if author is not None:
                kind = self._service_by_subject(mail, self._kind_of(carried))
                if author:
                    return Thread(kind or "ours", "quoted text from our address")
                if kind is not None and self._mentions_us(carried):
                    return Thread(kind, "quoted text about our mail")
                return Thread("other", "quoted text from someone else")
        subject = mail.subject or ""
        # Only a reply's or forward's subject is ours: a fresh mail titled "Outage alerts" answers nothing
        replying = bool(_REPLY_PREFIX.match(subject)) or bool(ids)
        for kind in self.kinds if replying else ():
            if any(p.search(subject) for p in kind.subjects):
                return Thread(kind.name, "subject")
        for msg_id in ids:
            for kind in self.kinds:
                if any(p.search(msg_id) for p in kind.fallback_message_ids):
                    return Thread(kind.name, f"Message-ID {msg_id[:120]} (its server only)")
        if carried and self._mentions_us(carried):
            kind = self._kind_of(carried)
            return Thread(kind or "ours", "quoted text")
        return Thread("other", "quoted text") if carried else Thread()

    def _service_by_subject(self, mail: Mail, kind: str | None) -> str | None:
        """Service mail carries unsubscribe footers too ("To stop receiving these emails, unsubscribe here"): when
        the quote reads as a promotion but the reply's subject is a service notice's ("Re: Scheduled power
        interruption", "Re: Your March statement is available"), it answers the service notice. The safe side:
        a STOP under service mail goes to staff, one under a promotion is decided."""
        if kind not in ("promotion", "catalog", None) or not _REPLY_PREFIX.match(mail.subject or ""):
            return kind
        service = next((k for k in self.kinds if k.name == "service"), None)
        quoted = next((k for k in self.kinds if k.name == kind), None)
        subject = mail.subject or ""
        if quoted is not None and any(p.search(subject) for p in quoted.subjects):
            return kind  # "Re: Be storm-ready: $300 off generators" is the promotion's subject, storm or not
        if service is not None and any(p.search(subject) for p in service.subjects):
            return "service"
        return kind

    def _author(self, carried: str) -> bool | None:
        """Whether the first attribution or From line of the carried text names one of our addresses (True),
        someone else (False), or no author can be seen (None)."""
        for line in carried.splitlines()[:40]:
            if _CARRIED_HEAD.match(line):
                found = [a.lower() for a in _ADDRESS.findall(line)]
                if found:
                    return any(self.is_ours(a) for a in found)
                return bool(re.search(r"alliant|powerhouse", line, re.I)) or False
        return None

    def is_form_sender(self, address: str) -> bool:
        """One of our forms' or voicemail's relay addresses: listed, or a relay-like local part on our domains."""
        address = address.lower()
        if address in self.form_senders:
            return True
        local = address.partition("@")[0]
        return self.form_local_parts is not None and bool(self.form_local_parts.fullmatch(local)) and self.is_ours(address)

    def is_ours(self, address: str) -> bool:
        address = address.lower()
        # subdomains too: our survey, mail and news senders live on them (feedback@survey.alliant-energy.com)
        return address in self.addresses or any(address.endswith(("@" + d, "." + d)) for d in self.domains)

    def _mentions_us(self, carried: str) -> bool:
        head = carried[:4000].lower()
        return any(d in head for d in self.domains) or "alliant" in head or "powerhouse" in head

    def _kind_of(self, carried: str) -> str | None:
        text = carried[:6000]
        for kind in self.kinds:
            if any(p.search(text) for p in kind.phrases):
                return kind.name
        return None


@dataclass(frozen=True)
class Greeting:
    """The first line of a letter, read for whom it is addressed to (rules/thread.yml: senders.greeting)."""

    openers: frozenset[str]
    organisation_words: frozenset[str]
    plain_words: frozenset[str]
    our_names: re.Pattern[str]

    @classmethod
    def load(cls, path: Path, raw: Any, names: list[str]) -> "Greeting | None":
        if not raw:
            return None
        if not isinstance(raw, dict):
            raise RuleError(path, "senders.greeting", "must be a mapping")
        words = {key: frozenset(w.lower() for w in _strings(path, f"senders.greeting.{key}", raw.get(key)))
                 for key in ("openers", "organisation_words", "plain_words")}
        ours = re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s*") for n in names) + r")", re.I)
        return cls(words["openers"], words["organisation_words"], words["plain_words"], ours)

    def other_organisation(self, text: str) -> str | None:
        """The greeting line, when it names an organisation that is not us and the text names us nowhere."""
        line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        # a form letter's blanks ("Dear [COMPANY NAME]", "{{Company_Name}}") name no one: whoever received it
        words = _GREETING_WORD.findall(_BLANKS.sub(" ", line))
        if not words or len(words) > MAX_GREETING_WORDS:
            return None
        lower = [w.lower() for w in words]
        if not (lower[0] in self.openers or line.endswith((",", ":"))) or lower[1:2] == ["from"]:
            return None  # not a greeting, or the sender's own introduction ("Hello from the ... office")
        # a name right before an organisation's word ("Comcast Privacy Team", "Harbor Lane Customer Service");
        # a person's name stands elsewhere ("Hi Kelsey at customer care", "Dear Privacy Officer Jane Miller")
        # or after one and "of" ("Estimado equipo de privacidad de Comcast", "the privacy team at Verizon")
        named = any(words[i][0].isupper() and lower[i] not in self.plain_words
                    and (self._before_organisation_word(words, lower, i + 1)
                         or (i >= 2 and lower[i - 1] in OF and lower[i - 2] in self.organisation_words))
                    for i in range(len(words)))
        # (the whole text is searched for our names only now: most mail has no such greeting)
        return line[:80] if named and not self.our_names.search(text) else None

    def _before_organisation_word(self, words: list[str], lower: list[str], j: int) -> bool:
        """An organisation's word at j, or after up to two capitalised plain words ("Xfinity Customer Service")."""
        for k in range(j, min(j + 3, len(words))):
            if lower[k] in self.organisation_words:
                return True
            if not (words[k][0].isupper() and lower[k] in self.plain_words):
                return False
        return False


_BLANKS = re.compile(r"\{\{[^}]*\}\}|\[[^\]]*\]|<[^>]*>")
_GREETING_WORD = re.compile(r"[^\W\d_][\w&'.-]*")
OF = frozenset({"of", "at", "de", "del"})
MAX_GREETING_WORDS = 10
"""A longer first line is the letter's first sentence, not its greeting."""


def _placeholder(domain: str) -> bool:
    """The domains RFC 2606 and RFC 6761 reserve for examples and tests: no organisation sends from them."""
    domain = domain.lower()
    return (domain in ("example.com", "example.net", "example.org", "localhost")
            or domain.endswith((".example", ".test", ".invalid", ".localhost")))


def read(reading: Reading, book: ThreadBook) -> None:
    reading.thread = book.answers(reading.mail)
    reading.sender = book.sender_kind(reading.mail)
    reading.not_a_customer = book.not_a_customer(reading.mail, reading.sender) or ""
    reading.note("thread", answers=reading.thread.kind, how=reading.thread.how, sender=reading.sender,
                 not_a_customer=reading.not_a_customer)


def _marks(path: Path, name: str, raw: dict, ack_domain: str) -> KindMarks:
    unknown = set(raw) - {"message_ids", "subjects", "phrases", "fallback_message_ids"}
    if unknown:
        raise RuleError(path, f"kinds.{name}", f"unknown key(s) {', '.join(sorted(unknown))}")
    ids = list(raw.get("message_ids") or [])
    if name == "acknowledgement" and ack_domain:
        ids.append("@" + re.escape(ack_domain) + ">$")  # what intake itself sends
    return KindMarks(name, _regexes(path, f"kinds.{name}.message_ids", ids),
                     _regexes(path, f"kinds.{name}.subjects", raw.get("subjects") or []),
                     _regexes(path, f"kinds.{name}.phrases", raw.get("phrases") or []),
                     _regexes(path, f"kinds.{name}.fallback_message_ids", raw.get("fallback_message_ids") or []))


def _regexes(path: Path, where: str, patterns: list) -> tuple[re.Pattern[str], ...]:
    out = []
    for pattern in _strings(path, where, patterns):
        try:
            out.append(re.compile(pattern, re.I | re.M))
        except re.error as exc:
            raise RuleError(path, where, f"bad regular expression {pattern!r}: {exc}") from None
    return tuple(out)


def _strings(path: Path, where: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(path, where, "must be a list of non-empty texts")
    return list(value)


def _local_parts(path: Path, patterns: list[str]) -> re.Pattern[str] | None:
    """forms.local_parts: regular expressions, each matched against the whole local part."""
    items = _strings(path, "forms.local_parts", patterns) if patterns else []
    if not items:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in items), re.I)
    except re.error as exc:
        raise RuleError(path, "forms.local_parts", f"bad regular expression: {exc}") from None
