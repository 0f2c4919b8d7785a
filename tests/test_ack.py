"""Acknowledgement planning: outcome, text, subject, RFC 3834 headers, header safety, and the outbox rules."""

from __future__ import annotations

import email
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from email import policy

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from sqlalchemy import select

from intake.send.outgoing import (
    AckDraft,
    _plain_text_bytes,
    UnsafeMessage,
    build_email,
    check_header_block,
    clean_header_text,
    email_bytes,
    enqueue,
    enqueue_mail,
    plan_ack,
    reply_subject,
)
from intake.db import AuditEvent, InboundMessage, OutboxMessage, RawBlob, transaction
from intake.settings import AckSettings, Settings, SmtpSettings
from intake.values import Decision, Entities

REF = "PR-2026-11-00042"
BOTH = "marketing_opt_out+catalog_share_opt_out"
"""The outcome of an acknowledgement of both opt-outs: the catalogue's names of the two, joined."""
RECEIVED = datetime(2026, 12, 24, 15, 0, tzinfo=timezone.utc)  # Thursday before Christmas, Chicago morning
NOW = RECEIVED + timedelta(minutes=5)
SETTINGS = Settings(source="test")
RECEIPT = replace(SETTINGS, ack=AckSettings(receipt_for_review=True))
"""Settings that send a neutral receipt for mail in review at once (by default it waits for staff)."""
INJECTIONS = [
    "=?UTF-8?Q?=0A?=Bcc: evil@example.com",
    "=?UTF-8?Q?=0D=0A?=Bcc: evil@example.com",
    "Hi\r\nBcc: evil@example.com",
    "Hi\nBcc: evil@example.com",
    "Hi\u2028Bcc: evil@example.com\x85Cc: x@example.com",
    "=?UTF-8?Q?=3D=3FUTF-8=3FQ=3F=3D0A=3F=3D?=Bcc: evil@example.com",  # decodes to another encoded word
    "=?UTF-8?B?CkJjYzogZXZpbEBleGFtcGxlLmNvbQ==?=",  # base64 of "\nBcc: evil@example.com"
]


def decision(labels=("marketing_opt_out",), *, review=False, automated=False, ack_to="jane@example.com", keep=()):
    return Decision(automated=automated, labels=tuple(labels), review=review, ack_to=ack_to, entities=Entities(),
                    confidence=0.95, reasons=(), language="en", model_version="test", keep_channels=keep)


def plan(dec=None, *, subject="Stop mailing me", message_id="<orig.1@mail.example.com>", references=(),
         language="en", settings=SETTINGS, received_at=RECEIVED) -> AckDraft:
    draft = plan_ack(decision=dec or decision(), mail_subject=subject, mail_message_id=message_id,
                     mail_references=tuple(references), reference=REF, received_at=received_at, settings=settings,
                     language=language)
    assert draft is not None
    return draft


def outgoing(draft: AckDraft, settings: Settings = SETTINGS) -> email.message.EmailMessage:
    """The mail as the outbox would send it, serialised and parsed back as a receiver sees it."""
    raw = email_bytes(settings=settings, recipient=draft.recipient, subject=draft.subject, body=draft.body,
                      headers=draft.headers, mail_message_id=draft.mail_message_id, date=NOW)
    return email.message_from_bytes(raw, policy=policy.default)


def header_block(msg) -> bytes:
    return msg.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0]


# --- outcome and text ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "labels, review, outcome",
    [
        (("marketing_opt_out",), False, "marketing_opt_out"),
        (("catalog_share_opt_out",), False, "catalog_share_opt_out"),
        (("marketing_opt_out", "catalog_share_opt_out"), False, BOTH),
        (("marketing_opt_out", "catalog_share_opt_out", "question"), False, BOTH),
        (("question",), False, "question"),
        (("marketing_opt_out",), True, "review"),
        ((), False, "review"),
    ],
)
def test_outcome_from_labels(labels, review, outcome):
    assert plan(decision(labels, review=review), settings=RECEIPT).outcome == outcome


def test_mail_in_review_gets_no_acknowledgement_until_staff_decide():
    draft = plan_ack(decision=decision(("marketing_opt_out",), review=True), mail_subject="stop",
                     mail_message_id="<orig.2@mail.example.com>", mail_references=(), reference=REF,
                     received_at=RECEIVED, settings=SETTINGS, language="en")
    assert draft is None


# Received Thursday 2026-12-24: 10 business days -> Monday 2027-01-11; 15 -> Tuesday 2027-01-19 (MLK Day skipped).
EXPECTED_DATES = {
    "marketing_opt_out": {"en": ["Monday, January 11, 2027"], "es": ["lunes 11 de enero de 2027"]},
    "catalog_share_opt_out": {"en": ["Tuesday, January 19, 2027"], "es": ["martes 19 de enero de 2027"]},
    BOTH: {"en": ["Monday, January 11, 2027", "Tuesday, January 19, 2027"],
             "es": ["lunes 11 de enero de 2027", "martes 19 de enero de 2027"]},
    "question": {"en": ["Monday, January 11, 2027"], "es": ["lunes 11 de enero de 2027"]},
    "review": {"en": ["Monday, January 11, 2027"], "es": ["lunes 11 de enero de 2027"]},
}
LABELS_FOR = {
    "marketing_opt_out": (("marketing_opt_out",), False),
    "catalog_share_opt_out": (("catalog_share_opt_out",), False),
    BOTH: (("marketing_opt_out", "catalog_share_opt_out"), False),
    "question": (("question",), False),
    "review": (("question",), True),
}
LANGUAGE_MARKERS = {"en": "Thank you for writing", "es": "Gracias por escribir"}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("outcome", list(EXPECTED_DATES))
def test_templates_carry_reference_and_due_date(outcome, language):
    labels, review = LABELS_FOR[outcome]
    draft = plan(decision(labels, review=review), language=language, settings=RECEIPT)
    assert draft.outcome == outcome and draft.language == language
    assert REF in draft.body
    assert LANGUAGE_MARKERS[language] in draft.body
    for when in EXPECTED_DATES[outcome][language]:
        assert when in " ".join(draft.body.split())
    assert "{{" not in draft.body and "{%" not in draft.body


@pytest.mark.parametrize("language, words", [("en", ("e-mail", "postal mail")),
                                             ("es", ("correo electrónico", "correo postal"))])
@pytest.mark.parametrize("labels", [("marketing_opt_out",), ("marketing_opt_out", "catalog_share_opt_out")])
def test_a_marketing_opt_out_is_confirmed_for_both_channels(labels, language, words):
    # The privacy policy promises both: the acknowledgement must not confirm e-mail alone.
    body = " ".join(plan(decision(labels), language=language).body.split())
    assert all(w in body for w in words)


@pytest.mark.parametrize("language, stops, keeps, both", [
    ("en", "e-mail marketing list", "postal", "e-mail and postal"),
    ("es", "correo electrónico", "correo postal, como", "correo electrónico y por correo postal")])
@pytest.mark.parametrize("labels", [("marketing_opt_out",), ("marketing_opt_out", "catalog_share_opt_out")])
def test_a_channel_the_sender_keeps_is_confirmed_as_kept(labels, language, stops, keeps, both):
    """"Stop the e-mails, keep the catalog": the acknowledgement stops the e-mail and says the post goes on
    (LABELS.md: the acknowledgement says which channel), alone or beside another request; the outcome, which the
    per-recipient cap counts, is the same kind of request."""
    draft = plan(decision(labels, keep=("marketing_postal",)), language=language)
    body = " ".join(draft.body.split())
    assert draft.outcome == "+".join(labels)
    assert stops in body and keeps in body and both not in body, body
    assert ("as you asked" if language == "en" else "como nos pidió") in body.lower(), body


def test_a_kind_wording_without_kept_refuses_a_kept_channel(tmp_path):
    """A compliance officer's own wording that cannot say what a limited opt-out stops is an error at rendering
    (the outbox shunts the message), not an acknowledgement promising to stop the catalog the sender kept."""
    from intake.send import ack

    (tmp_path / "ack" / "kinds").mkdir(parents=True)
    (tmp_path / "ack" / "kinds" / "marketing_opt_out.en.txt.j2").write_text(
        "{% macro request(reference, due) %}All marketing stops by {{ due }}.{% endmacro %}\n"
        "{% macro item(due) %}All marketing stops.{% endmacro %}\n")
    outcome = ack.Outcome("marketing_opt_out", ("marketing_opt_out",), kept=("marketing_postal",))
    with pytest.raises(ValueError, match="keeps marketing_postal"):
        ack.render_body(outcome, "en", SETTINGS.catalogue, reference=REF, due={"marketing_opt_out": date(2027, 1, 11)},
                        rules_dir=tmp_path)
    whole = ack.render_body(replace(outcome, kept=()), "en", SETTINGS.catalogue, reference=REF,
                            due={"marketing_opt_out": date(2027, 1, 11)}, rules_dir=tmp_path)
    assert "All marketing stops" in whole


def test_due_dates_are_on_the_draft():
    draft = plan(decision(("marketing_opt_out", "catalog_share_opt_out")))
    assert dict(draft.due_dates) == {"marketing_opt_out": date(2027, 1, 11),
                                     "catalog_share_opt_out": date(2027, 1, 19)}


def test_unknown_language_falls_back_to_english():
    assert plan(language="und").language == "en"


@pytest.mark.parametrize("language, phrase", [("en", "You also asked us a question"), ("es", "También nos hizo")])
def test_question_with_opt_out_mentions_the_question(language, phrase):
    with_question = plan(decision(("marketing_opt_out", "question")), language=language)
    without = plan(decision(("marketing_opt_out",)), language=language)
    assert with_question.outcome == "marketing_opt_out"
    assert phrase in with_question.body and phrase not in without.body


def test_nothing_from_the_mail_reaches_the_body():
    draft = plan(subject="SECRET-SUBJECT-TEXT")
    assert "SECRET-SUBJECT-TEXT" not in draft.body


@pytest.mark.parametrize(
    "dec",
    [
        decision(automated=True),
        decision(ack_to=None),
        decision(ack_to="Jane <jane@example.com>"),
        decision(ack_to="jane@example.com, evil@example.com"),
        decision(ack_to="jane@example.com\r\nBcc: evil@example.com"),
        decision(ack_to="=?UTF-8?Q?=0A?=Bcc: evil@example.com"),
        decision(ack_to="not-an-address"),
    ],
)
def test_no_ack_for_automated_mail_or_an_unusable_address(dec):
    assert plan_ack(decision=dec, mail_subject="x", mail_message_id=None, mail_references=(), reference=REF,
                    received_at=RECEIVED, settings=SETTINGS, language="en") is None


def test_message_id_is_ours_and_fixed_in_the_draft():
    draft = plan()
    assert re.fullmatch(rf"<ack\.{REF}\.[0-9a-f]{{16}}@intake\.alliant-energy\.com>", draft.mail_message_id)
    assert plan().mail_message_id != draft.mail_message_id
    assert outgoing(draft)["Message-ID"] == draft.mail_message_id


# --- subject ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "original, expected",
    [
        ("Stop mailing me", f"Re: Stop mailing me [{REF}]"),
        ("Re: Stop mailing me", f"Re: Stop mailing me [{REF}]"),
        ("RE: re: AW: Stop mailing me", f"Re: Stop mailing me [{REF}]"),
        (f"Re: Stop mailing me [{REF}]", f"Re: Stop mailing me [{REF}]"),
        ("", f"Your privacy request [{REF}]"),
        ("Re:   ", f"Your privacy request [{REF}]"),
        ("Stop\r\n mailing\tme", f"Re: Stop mailing me [{REF}]"),
        ("=?utf-8?q?Dejen_de_enviarme_correos_=C2=A1ya!?=", f"Re: Dejen de enviarme correos ¡ya! [{REF}]"),
    ],
)
def test_reply_subject(original, expected):
    assert reply_subject(original, REF, "en") == expected


def test_empty_subject_default_is_in_the_language():
    assert reply_subject("", REF, "es") == f"Su solicitud de privacidad [{REF}]"


def test_long_subject_is_capped_and_folded():
    draft = plan(subject="please stop " * 100)
    assert len(draft.subject) < 230 and draft.subject.endswith(f"… [{REF}]")
    head = header_block(outgoing(draft))
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))
    assert outgoing(draft)["Subject"] == draft.subject


# --- RFC 3834 headers ------------------------------------------------------------------------------------------


def test_rfc3834_headers():
    msg = outgoing(plan(references=("<root@mail.example.com>", "<mid@mail.example.com>")))
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Precedence"] is None
    assert msg["In-Reply-To"] == "<orig.1@mail.example.com>"
    assert msg["References"].split() == ["<root@mail.example.com>", "<mid@mail.example.com>",
                                         "<orig.1@mail.example.com>"]
    assert msg.get_all("To") == ["jane@example.com"]
    assert msg["Cc"] is None and msg["Bcc"] is None
    assert msg["From"].addresses[0].addr_spec == SETTINGS.smtp.from_address


@pytest.mark.parametrize("bad", [None, "", "orig@example.com", "<no-at-sign>", "<a b@c>", "<a@b> <c@d>",
                                 "<a=?UTF-8?Q?=0A?=Bcc:x@b>", "<a@b>\r\nBcc: x@y"])
def test_in_reply_to_only_for_a_valid_msg_id(bad):
    draft = plan(message_id=bad, references=("<root@x.example>",))
    assert "In-Reply-To" not in draft.headers
    assert draft.headers["References"] == "<root@x.example>"


def test_references_are_validated_deduplicated_and_capped():
    refs = ["<root@x.example>", "garbage", "<a=?UTF-8?Q?=0A?=@x>"] + [f"<m{i}@x.example>" for i in range(60)]
    draft = plan(references=refs + ["<root@x.example>"])
    ids = draft.headers["References"].split()
    assert ids[0] == "<root@x.example>"
    assert ids[-1] == "<orig.1@mail.example.com>"
    assert ids[-2] == "<m59@x.example>"
    assert len(ids) <= 20 and len(draft.headers["References"]) <= 900
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"<[^<>\s]+@[^<>\s]+>", i) for i in ids)


def test_references_split_a_single_folded_value():
    draft = plan(references=("<a@x.example> <b@x.example>",))
    assert draft.headers["References"].split() == ["<a@x.example>", "<b@x.example>", "<orig.1@mail.example.com>"]


# --- header injection ------------------------------------------------------------------------------------------


def assert_clean(msg) -> None:
    head = header_block(msg)
    assert b"\n" not in head.replace(b"\r\n", b"")
    assert b"\r" not in head.replace(b"\r\n", b"")
    names = [line.split(b":", 1)[0].lower() for line in head.split(b"\r\n") if line[:1] not in (b" ", b"\t")]
    assert b"bcc" not in names and b"cc" not in names
    assert names.count(b"to") == 1
    for name, value in msg.items():
        assert "\n" not in str(value) and "\r" not in str(value), name
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert msg.get_all("To") == ["jane@example.com"]


@pytest.mark.parametrize("evil", INJECTIONS)
def test_subject_injection_never_makes_a_header(evil):
    msg = outgoing(plan(subject=evil))
    assert_clean(msg)
    assert msg["Subject"].endswith(f"[{REF}]")


@pytest.mark.parametrize("evil", INJECTIONS)
def test_display_name_injection_never_makes_a_header(evil):
    settings = replace(SETTINGS, smtp=SmtpSettings(from_name=evil))
    assert_clean(outgoing(plan(settings=settings), settings))


@pytest.mark.parametrize("evil", INJECTIONS)
def test_message_id_and_references_injection_is_dropped(evil):
    draft = plan(message_id=f"<x{evil}@y>", references=(evil, f"<a@b>{evil}"))
    assert_clean(outgoing(draft))


# The outbox writes a plain-text message directly (email_bytes' fast path); it must be byte for byte what
# EmailMessage makes, or fall back to it.
ADDRESSES = st.from_regex(r"[a-z0-9'+_-]{1,15}(\.[a-z0-9'+_-]{1,15}){0,2}@[a-z0-9]{1,20}(\.[a-z]{2,8}){1,3}",
                          fullmatch=True)
MSG_IDS = st.from_regex(r"<[A-Za-z0-9$_-]{1,20}(\.[A-Za-z0-9$_-]{1,20}){0,2}@[a-z0-9]{1,20}(\.[a-z0-9]{1,12}){0,2}>",
                        fullmatch=True)


BODIES = st.one_of(st.text(max_size=3000), st.text(alphabet="ab =.é\n\t", min_size=80, max_size=3000))


@given(subject=st.text(max_size=300), body=BODIES, recipient=ADDRESSES,
       references=st.lists(MSG_IDS, max_size=8), name=st.sampled_from(["Alliant Energy Privacy Team",
                                                                         "Privacidad, Alliant \"AE\"", "Åsa"]))
@hyp_settings(max_examples=300, deadline=None)
def test_plain_text_fast_path_is_byte_for_byte_emailmessage(subject, body, recipient, references, name):
    settings = replace(SETTINGS, smtp=replace(SETTINGS.smtp, from_name=name))
    headers = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
    if references:
        headers |= {"In-Reply-To": references[-1], "References": " ".join(references)}
    fields = dict(settings=settings, recipient=recipient, subject=subject, body=body, headers=headers,
                  mail_message_id="<ack.PR-2026-11-00042.0123456789abcdef@intake.alliant-energy.com>", date=NOW)
    assert email_bytes(**fields) == build_email(**fields).as_bytes(policy=policy.SMTP)


def test_an_ordinary_acknowledgement_takes_the_fast_path():
    draft = plan(subject="Por favor, ¡dejen de enviarme publicidad!", language="es")
    assert _plain_text_bytes(settings=SETTINGS, recipient=draft.recipient, subject=draft.subject, body=draft.body,
                             headers=draft.headers, mail_message_id=draft.mail_message_id, date=NOW) is None
    draft = plan(subject="Please stop the flyers")
    assert _plain_text_bytes(settings=SETTINGS, recipient=draft.recipient, subject=draft.subject, body=draft.body,
                             headers=draft.headers, mail_message_id=draft.mail_message_id, date=NOW) is not None


def test_build_email_refuses_headers_it_does_not_know():
    draft = plan()
    for headers in ({"Bcc": "evil@example.com"}, {"Auto-Submitted": "auto-replied\r\nBcc: x@y"},
                    {"In-Reply-To": "<a@b>\nBcc: x@y"}, {"References": "<a=?UTF-8?Q?=0A?=@b>"}):
        with pytest.raises(ValueError):
            build_email(settings=SETTINGS, recipient=draft.recipient, subject="s", body="b", headers=headers,
                        mail_message_id=draft.mail_message_id, date=NOW)
    with pytest.raises(ValueError):
        build_email(settings=SETTINGS, recipient="a@b.example, c@d.example", subject="s", body="b", headers={},
                    mail_message_id=draft.mail_message_id, date=NOW)


def test_header_block_check_catches_what_slipped_through():
    allowed = {"To", "Subject"}
    check_header_block(b"To: a@b\r\nSubject: x\r\n y\r\n\r\nbody", allowed)
    for raw in (b"To: a@b\r\nSubject: x\nBcc: e@f\r\n\r\n", b"To: a@b\r\nBcc: e@f\r\n\r\n",
                b"To: a@b\r\nTo: c@d\r\n\r\n", b"Subject: x\r\n\r\n"):
        with pytest.raises(UnsafeMessage):
            check_header_block(raw, allowed)


def test_clean_header_text_leaves_nothing_to_decode():
    assert clean_header_text("a =?utf-8?q?b?= c", 50) == "a b c"
    assert "=?" not in clean_header_text("=?UTF-8?Q?=3D=3F?=x", 50)
    assert clean_header_text("a\u202eb\u200bc", 50) == "a b c"


# --- the outbox rows -------------------------------------------------------------------------------------------


def inbound(session, mailbox="customercare", uid=1, reference=REF) -> InboundMessage:
    sha = f"{uid:064x}"
    if session.get(RawBlob, sha) is None:
        session.add(RawBlob(sha256=sha, size=1, data=b"x"))
    msg = InboundMessage(reference=reference, mailbox=mailbox, uidvalidity=1, uid=uid, sha256=sha, size=1,
                         received_at=RECEIVED)
    session.add(msg)
    session.flush()
    return msg


def enqueue_one(sessions, *, labels=("marketing_opt_out",), to="jane@example.com", mailbox="customercare", uid=1,
                now=NOW, settings=SETTINGS, received_at=RECEIVED, actor="bot") -> OutboxMessage:
    with transaction(sessions) as session:
        message = inbound(session, mailbox, uid, reference=f"PR-2026-12-{uid:05d}")
        draft = plan(decision(labels, ack_to=to), settings=settings, received_at=received_at)
        return enqueue(session, draft, message=message, settings=settings, now=now, actor=actor)


def audits(sessions, action: str) -> list[AuditEvent]:
    with sessions() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_enqueue_writes_a_pending_row_and_an_audit_event(sessions):
    row = enqueue_one(sessions)
    assert (row.status, row.withheld_reason, row.kind, row.outcome) == ("pending", None, "ack", "marketing_opt_out")
    assert row.headers["Auto-Submitted"] == "auto-replied"
    events = audits(sessions, "ack_planned")
    assert [(e.entity, e.entity_id, e.message_id) for e in events] == [("outbox", str(row.id), row.message_id)]


def test_cap_one_ack_per_recipient_and_outcome_per_window_across_mailboxes(sessions):
    first = enqueue_one(sessions, uid=1)
    again = enqueue_one(sessions, uid=2, to="JANE@Example.COM", mailbox="powerhousecatalog",
                        now=NOW + timedelta(hours=23))
    other_outcome = enqueue_one(sessions, uid=3, labels=("question",), now=NOW + timedelta(hours=1))
    other_person = enqueue_one(sessions, uid=4, to="john@example.com", now=NOW + timedelta(hours=1))
    later = enqueue_one(sessions, uid=5, now=NOW + timedelta(hours=25), received_at=RECEIVED + timedelta(hours=25))
    assert first.status == "pending"
    assert (again.status, again.withheld_reason) == ("withheld", "capped")
    assert other_outcome.status == other_person.status == later.status == "pending"
    assert [e.entity_id for e in audits(sessions, "ack_withheld")] == [str(again.id)]


def test_withheld_acks_do_not_count_towards_the_cap(sessions):
    shadow = enqueue_one(sessions, uid=1, settings=replace(SETTINGS, mode="shadow"))
    live = enqueue_one(sessions, uid=2)
    assert shadow.withheld_reason == "shadow" and live.status == "pending"


def test_backfill_is_withheld(sessions):
    old = enqueue_one(sessions, uid=1, now=RECEIVED + timedelta(days=7, minutes=1))
    fresh = enqueue_one(sessions, uid=2, to="john@example.com", now=RECEIVED + timedelta(days=6, hours=23))
    assert (old.status, old.withheld_reason) == ("withheld", "backfill")
    assert fresh.status == "pending"


def test_a_staff_decision_on_old_mail_is_answered(sessions):
    # Backfill protects the first run over an old mailbox; a message that waited in review still gets its answer.
    row = enqueue_one(sessions, now=RECEIVED + timedelta(days=20), actor="alice")
    assert row.status == "pending"
    [event] = audits(sessions, "ack_planned")
    assert event.actor == "alice"


def test_shadow_mode_withholds(sessions):
    row = enqueue_one(sessions, settings=replace(SETTINGS, mode="shadow"))
    assert (row.status, row.withheld_reason) == ("withheld", "shadow")
    [event] = audits(sessions, "ack_withheld")
    assert event.after["withheld_reason"] == "shadow"


def test_enqueue_mail_reply_and_report(sessions):
    with transaction(sessions) as session:
        message = inbound(session)
        reply = enqueue_mail(session, kind="reply", recipient="jane@example.com",
                             subject="Re: your question\r\nBcc: x@y",
                             body="Answer.", in_reply_to="<orig.1@mail.example.com>", message=message,
                             settings=SETTINGS, now=NOW, actor="alice")
        report = enqueue_mail(session, kind="report", recipient="privacy-lead@alliant-energy.com",
                              subject="Weekly report 2026-W52", body="See attached.", html="<p>See attached.</p>",
                              attachments=[("report.csv", "text/csv", b"a,b\n1,2\n")], settings=SETTINGS, now=NOW)
    assert reply.kind == "reply" and "Auto-Submitted" not in reply.headers
    assert reply.headers["In-Reply-To"] == "<orig.1@mail.example.com>"
    assert reply.mail_message_id.startswith(f"<reply.{REF}.")
    assert report.headers == {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
    built = build_email(settings=SETTINGS, recipient=report.recipient, subject=report.subject, body=report.body,
                        headers=report.headers, mail_message_id=report.mail_message_id, date=NOW, html=report.html,
                        attachments=report.attachments)
    parsed = email.message_from_bytes(built.as_bytes(), policy=policy.default)
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "report.csv" and attachment.get_content() == "a,b\n1,2\n"
    assert [e.actor for e in audits(sessions, "reply_planned")] == ["alice"]
    with transaction(sessions) as session:
        assert enqueue_mail(session, kind="reply", recipient="jane@example.com", subject="s", body="b",
                            settings=replace(SETTINGS, mode="shadow"), now=NOW).withheld_reason == "shadow"
        with pytest.raises(ValueError):
            enqueue_mail(session, kind="reply", recipient="Jane <jane@example.com>", subject="s", body="b",
                         settings=SETTINGS, now=NOW)
