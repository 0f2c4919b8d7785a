"""A fourth kind of request, added the way rules/catalogue.yml says: no code change.

The test builds a rules folder of its own (a copy of rules/) with a kind the shipped catalogue does not have,
`phone_opt_out` ("stop phoning me", "no more telemarketing"), made of exactly what the catalogue's header asks for:

    the catalogue     an entry for the kind (its own suppression channel, a 30-business-day clock, title, colour,
                      export suffix, badge) and the channel `marketing_phone`
    a rule file       rules/phone_opt_out.yml with `label: phone_opt_out`
    a template        ack/kinds/phone_opt_out.<lang>.txt.j2 in the rules folder
    training data     the shipped snippets plus a few dozen examples of the new kind, for a text model with one
                      head per kind of this catalogue

Then one telemarketing complaint goes through a Maildir mailbox and every stage is checked for the new kind: the
decision, the suppression entry and the legal clock, the acknowledgement written to the pickup directory, the
export, the weekly report (data, HTML, text and CSV of the mail) and the staff page. Nothing in intake is patched;
the only inputs are the settings naming the folder and the model.

The mail arrives on Tuesday Nov 24, 2026, 10:00 in Chicago. Thirty business days after it, with Thanksgiving
(Nov 26), Christmas (Dec 25) and New Year's Day (Jan 1) off, is Friday Jan 8, 2027; the ten days of a marketing
opt-out would end on Wednesday Dec 9, 2026.
"""

from __future__ import annotations

import csv
import io
import mailbox
import os
import re
import shutil
import warnings
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from intake.act.export import request_fields, request_rows, suppression_rows, write_rows
from intake.catalogue import load_catalogue
from intake.db import InboundMessage, OutboxMessage, RequestAction, ReviewItem, Suppression, transaction
from intake.decide.chain import Decider
from intake.decide.train import Item, load_snippets, text_mail, train
from intake.mail.parse import parse
from intake.pipeline import Context, poll_mailbox
from intake.report import weekly
from intake.report.chart import series_of
from intake.send import outbox, outgoing
from intake.settings import (
    ClassifierSettings,
    MailboxSettings,
    ReportSettings,
    Settings,
    SmtpSettings,
    WebSettings,
)
from intake.web import auth as authn
from intake.web.app import create_app
from tests import web_seed

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

REPO = Path(__file__).resolve().parent.parent
PHONE, CHANNEL = "phone_opt_out", "marketing_phone"
TITLE, BADGE, COLOUR = "Telemarketing opt-out", "phone", "#7b3fa0"
CHANNEL_TITLE = "Telemarketing calls"
CC = "customercare@alliant-energy.com"
SENDER = "greta.lindqvist@example.com"

RECEIVED = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tue Nov 24, 10:00 in Chicago
NOW = datetime(2026, 11, 24, 16, 5, tzinfo=UTC)
REPORTED = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)  # Mon Nov 30, 07:00 in Chicago: W48 is over
WEEK = "2026-W48"
DUE = date(2027, 1, 8)  # 30 business days (see the module docstring)
MARKETING_DUE = date(2026, 12, 9)  # what 10 business days would give

# --- the four things a compliance officer writes ---------------------------------------------------------------

KIND = {
    "title": TITLE,
    "meaning": "The sender wants no more sales calls, robocalls or promotional texts to their phone.",
    "channels": [CHANNEL],
    "clock": {"business_days": 30,
              "basis": "TCPA, 47 CFR 64.1200(d)(3): the company do-not-call list, honoured within 30 days"},
    "ack": PHONE,
    "colour": COLOUR,
    "export": "phone",
    "badge": BADGE,
}

RULE_FILE = """\
# phone_opt_out: no more telemarketing (sales calls, robocalls, promotional texts to a phone).
label: phone_opt_out
rules:
  - name: stop_phoning
    lang: en
    why: "stop / quit phoning, ringing, robocalling me"
    patterns:
      - [{LEMMA: {IN: [stop, quit, cease, end]}}, {LOWER: {IN: [all, any, the, your, these, those, this, my, with]}, OP: "{,2}"},
         {LEMMA: {IN: [phone, ring, robocall, telephone, telemarket, telemarketing]}}]

  - name: no_telemarketing
    lang: en
    why: "no (more) telemarketing / robocalls"
    patterns:
      - [{LOWER: {IN: ["no", "any"]}}, {LOWER: {IN: [more, further]}, OP: "?"}, {LEMMA: {IN: [telemarketing, robocall, telemarketer]}}]

  - name: my_number
    lang: en
    why: "take / remove my (phone) number"
    patterns:
      - [{LEMMA: {IN: [remove, take, delete, drop, erase]}}, {LOWER: {IN: [my, our, cell, home, mobile, phone, telephone, landline]}, OP: "{1,3}"}, {LEMMA: number}]
"""

ACK_EN = """\
{# The wording of a telemarketing opt-out: alone (request) or as one of several (item). #}
{% macro request(reference, due) %}
We received your request that we stop telemarketing calls to you.
Your reference number is {{ reference }}.

We will add your number to our company do-not-call list no later than
{{ due }}.
{% endmacro %}
{% macro item(due) %}
Stop telemarketing calls: your number goes on our company do-not-call
   list no later than {{ due }}.
{% endmacro %}
"""

ACK_ES = """\
{% macro request(reference, due) %}
Recibimos su solicitud de que dejemos de hacerle llamadas de telemercadeo.
Su número de referencia es {{ reference }}.

Agregaremos su número a nuestra lista interna de no llamar a más tardar el
{{ due }}.
{% endmacro %}
{% macro item(due) %}
Dejar de llamarle para vender: su número entra en nuestra lista interna de
   no llamar a más tardar el {{ due }}.
{% endmacro %}
"""

EXAMPLES = """\
Please stop phoning my house about heat pumps.
Stop phoning me with sales pitches. I am not interested.
Quit phoning my cell about your energy audits.
No more telemarketing please.
No telemarketing. I mean it.
Please, no more robocalls to my landline.
Your telemarketers ring me every night at supper. Make it end, take my number off.
Take my phone number off whatever your salespeople use to ring people.
Remove my cell number from your telemarketing.
Delete my home phone number from your sales dialer, please.
I'm tired of the robocalls about smart thermostats. Stop ringing my phone.
Stop ringing my mobile with offers, thanks.
My elderly mother gets three sales calls a week from your company on my line. Please stop phoning this number.
I want no telemarketing from Alliant Energy, ever.
Every evening someone from your sales team phones me about solar panels. Cease phoning me.
I work nights and your robocalls wake me up during the day. No more robocalls.
Do not phone me to sell me anything again.
Please don't ring my phone to sell me things.
Your outbound sales team keeps dialing my cell. Please end the telemarketing.
No more telemarketing calls to 319-555-0188, please.
Take my number 608-555-0123 off your sales calls.
I never agreed to telemarketing. Stop phoning me.
The sales calls have to end. Stop phoning my household.
Kindly refrain from telephoning me with promotional offers.
I do not consent to marketing phone calls or texts. Quit phoning me.
Stop robocalling my cell phone.
Your automated sales voice rings my phone daily. No more robocalls!!
please stop phoning me at work, no telemarketing
no more telemarketers calling my house pls
STOP PHONING ME ABOUT WATER HEATERS
Remove my landline number from your telemarketing, I am on the national registry.
I am writing to ask that your company cease telephone solicitation to my residence.
We would like no further telemarketing to our home. Thank you.
Please stop the telemarketing. My husband has dementia and the calls confuse him.
Hang up on me one more time and I'll complain. Just stop phoning us.
Quit robocalling me about rebates.
Your telemarketing robots keep phoning at 8am. Stop phoning this house.
I asked nicely on the phone, now in writing: no more telemarketing to my number.
Erase my phone number from your sales team's records, I do not want their calls.
Stop telephoning me about your home warranty plans.
"""

COMPLAINT = (
    f"From: Greta Lindqvist <{SENDER}>\nTo: {CC}\nSubject: Telemarketing\n"
    "Date: Tue, 24 Nov 2026 10:00:00 -0600\nMessage-ID: <greta-1@example.com>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Hello,\n\nPlease stop phoning my house. Your telemarketers ring every evening at dinner time. "
    "No more telemarketing, please.\n\nGreta Lindqvist\n1408 Locust Street\nDubuque, IA 52001\n"
).replace("\n", "\r\n").encode()


# --- building the rules folder and the model ---------------------------------------------------------------------


def rules_with_fourth_kind(folder: Path) -> Path:
    """A copy of rules/ with the kind's catalogue entry, its rule file and its acknowledgement wording."""
    shutil.copytree(REPO / "rules", folder)
    catalogue = yaml.safe_load((folder / "catalogue.yml").read_text(encoding="utf-8"))
    assert PHONE not in catalogue["kinds"] and CHANNEL not in catalogue["channels"]  # really a fourth kind
    catalogue["kinds"][PHONE] = KIND
    catalogue["channels"][CHANNEL] = {"title": CHANNEL_TITLE, "match": "name_and_address"}
    (folder / "catalogue.yml").write_text(yaml.safe_dump(catalogue, sort_keys=False, allow_unicode=True),
                                          encoding="utf-8")
    (folder / f"{PHONE}.yml").write_text(RULE_FILE, encoding="utf-8")
    kinds = folder / "ack" / "kinds"
    kinds.mkdir(parents=True)
    (kinds / f"{PHONE}.en.txt.j2").write_text(ACK_EN, encoding="utf-8")
    (kinds / f"{PHONE}.es.txt.j2").write_text(ACK_ES, encoding="utf-8")
    return folder


def training_items() -> list[Item]:
    """The shipped snippets, and the new kind's examples labelled as snippets are."""
    own = [Item("examples", f"phone:{n}", text_mail(text, "en"), (PHONE,), False, None, 1.0)
           for n, text in enumerate(EXAMPLES.splitlines(), 1)]
    return [*load_snippets(), *own]


@pytest.fixture(scope="module")
def classifier_settings(tmp_path_factory) -> ClassifierSettings:
    base = tmp_path_factory.mktemp("fourth_kind")
    rules = rules_with_fourth_kind(base / "rules")
    model = base / "model"
    train(Settings(source="test", classifier=ClassifierSettings(rules_dir=rules, model_dir=model)), model_dir=model,
          items=training_items(), cross_validate=False, today=date(2026, 11, 1))
    return ClassifierSettings(rules_dir=rules, model_dir=model)


@pytest.fixture(scope="module")
def decider(classifier_settings) -> Decider:
    return Decider.load(Settings(source="test", classifier=classifier_settings))


@pytest.fixture
def world(tmp_path, sessions, classifier_settings, decider) -> Context:
    box = MailboxSettings(name="customercare", address=CC, maildir=tmp_path / "customercare")
    settings = Settings(source="test", classifier=classifier_settings, mailboxes=(box,),
                        smtp=SmtpSettings(pickup_dir=tmp_path / "out"), web=WebSettings(secret_key="s" * 40),
                        report=ReportSettings(recipients=("dpo@alliant-energy.com",)))
    return Context(settings=settings, sessions=sessions, classifier=decider, clock=lambda: NOW)


@pytest.fixture
def processed(world) -> int:
    """The complaint delivered to the mailbox on Nov 24 and polled once; the id of its inbound message."""
    box = world.settings.mailboxes[0]
    maildir = mailbox.Maildir(box.maildir, create=True)
    maildir.add(COMPLAINT)
    for path in (box.maildir / "new").iterdir():  # the Maildir's delivery time is the message's arrival
        os.utime(path, (RECEIVED.timestamp(), RECEIVED.timestamp()))
    result = poll_mailbox(box, world)
    assert (result.recorded, result.error) == (1, None)
    with world.sessions() as session:
        return session.scalar(select(InboundMessage.id))


# --- the stages ----------------------------------------------------------------------------------------------------


def test_the_catalogue_of_the_folder_has_the_new_kind(classifier_settings):
    shipped = load_catalogue(REPO / "rules")
    catalogue = Settings(source="test", classifier=classifier_settings).catalogue
    assert catalogue.labels == (*shipped.labels, PHONE)
    assert catalogue.opt_outs == (*shipped.opt_outs, PHONE)
    assert catalogue.channels_of(PHONE) == (CHANNEL,) and catalogue.clock_days(PHONE) == 30


def test_decide_the_rules_and_the_model_name_the_new_kind(decider):
    decision = decider.classify(parse(COMPLAINT))
    assert decision.labels == (PHONE,) and not decision.review and not decision.automated
    assert decision.ack_to == SENDER
    hits = {h["rule"] for h in decision.evidence["rule_hits"] if h["status"] == "live"}
    assert hits == {f"{PHONE}:stop_phoning", f"{PHONE}:no_telemarketing"}  # the new rule file, nothing else
    assert decision.evidence["confidence"]["scores"][PHONE] >= 0.9  # the model has a head for it, and agrees
    assert decision.entities.name == "Greta Lindqvist" and decision.entities.postal_code == "52001"


def test_act_the_sender_goes_on_the_new_channel_with_the_new_clock(world, processed):
    with world.sessions() as session:
        message = session.get(InboundMessage, processed)
        assert message.status == "done" and message.received_at == RECEIVED
        [entry] = session.scalars(select(Suppression)).all()
        assert (entry.channel, entry.email, entry.name, entry.postal_code) == (
            CHANNEL, SENDER, "Greta Lindqvist", "52001")
        [action] = session.scalars(select(RequestAction)).all()
        assert (action.kind, action.status, action.suppression_ids) == (PHONE, "done", [entry.id])
        assert action.due_date == DUE != MARKETING_DUE
        assert session.scalars(select(ReviewItem)).all() == []  # nothing left for staff


def test_acknowledge_the_pickup_directory_gets_the_new_wording(world, processed):
    sent = outbox.send_due(world.sessions, world.settings, now=NOW)
    assert (sent.sent, sent.failed) == (1, 0)
    [eml] = world.settings.smtp.pickup_dir.glob("*.eml")
    ack = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert ack["To"] == SENDER and ack["In-Reply-To"] == "<greta-1@example.com>"
    body = " ".join(ack.get_body(("plain",)).get_content().split())
    with world.sessions() as session:
        reference = session.get(InboundMessage, processed).reference
        row = session.scalar(select(OutboxMessage))
        assert row.outcome == PHONE and row.status == "sent"
    assert f"We received your request that we stop telemarketing calls to you. Your reference number is " \
           f"{reference}." in body
    assert "company do-not-call list no later than Friday, January 8, 2027." in body
    assert "marketing lists" not in body  # not the marketing opt-out's wording


def test_export_has_the_new_due_column_and_the_new_channel(world, processed):
    settings = world.settings
    fields = request_fields(settings.catalogue)
    assert "due_phone" in fields and fields.index("due_phone") > fields.index("due_catalog_share")
    with world.sessions() as session:
        [row] = list(request_rows(session, None, settings))
        out = io.StringIO()
        write_rows(request_rows(session, None, settings), "csv", out, fields)
        [entry] = list(suppression_rows(session, CHANNEL, None))
    assert row["due_phone"] == DUE.isoformat() and row["due_marketing"] is None
    assert row["labels"] == [PHONE] and row["actions"] == [f"{PHONE}:done"]
    [line] = csv.DictReader(io.StringIO(out.getvalue()))
    assert line["due_phone"] == "2027-01-08" and line["labels"] == PHONE
    assert (entry["channel"], entry["email"], entry["source_reference"]) == (CHANNEL, SENDER, row["reference"])


def test_weekly_report_counts_it_under_the_new_title(world, processed):
    settings = world.settings
    outbox.send_due(world.sessions, settings, now=NOW)
    with transaction(world.sessions) as session:
        data = weekly.build_weekly(session, WEEK, settings=settings, now=REPORTED)
        [mail_row] = weekly.send(session, WEEK, settings=settings, now=REPORTED, data=data)
        mail = outgoing.build_email(settings=settings, recipient=mail_row.recipient, subject=mail_row.subject,
                                    body=mail_row.body, headers=mail_row.headers,
                                    mail_message_id=mail_row.mail_message_id, date=REPORTED, html=mail_row.html,
                                    attachments=mail_row.attachments)
    kind = next(k for k in data["kinds"] if k["name"] == PHONE)
    assert (kind["title"], kind["colour"], kind["opt_out"], kind["business_days"]) == (TITLE, COLOUR, True, 30)
    assert data["received"] == 1 and data["outcomes"][PHONE] == 1 and data["outcomes"]["marketing_opt_out"] == 0
    stats = data["time_to_action"][PHONE]
    assert (stats["legal_business_days"], stats["received"], stats["in_force"], stats["within_deadline"]) == (
        30, 1, 1, 1)
    assert data["acks"]["sent"] == 1
    assert series_of(data["kinds"])[PHONE] == (TITLE, COLOUR)  # the chart's legend and colour

    parsed = message_from_bytes(mail.as_bytes(), policy=policy.default)
    parts = {part.get_filename() or part.get_content_type(): part for part in parsed.walk()}
    text = parts["text/plain"].get_content()
    html = re.sub(r"\s+", " ", parts["text/html"].get_content())
    table = parts[f"privacy-requests-{WEEK}.csv"].get_payload(decode=True).decode("utf-8-sig")
    assert f"{TITLE}s: 1" in text
    assert f'<tr><td>{TITLE}</td><td class="n">1</td><td class="n">1</td></tr>' in html  # mail by mailbox
    assert f'<td>{TITLE}</td> <td class="n">30 bd</td> <td class="n">1</td>' in html  # time to suppression
    [request] = csv.DictReader(io.StringIO(table))
    assert (request["request"], request["due_date"], request["within_deadline"]) == (PHONE, "2027-01-08", "yes")


@pytest.fixture
def cheap_hashing(monkeypatch):
    """argon2id with small costs, as in tests/test_web.py."""
    from argon2 import PasswordHasher, Type

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID)
    monkeypatch.setattr(authn, "_hasher", hasher)
    monkeypatch.setattr(authn, "_DUMMY_HASH", hasher.hash("dummy"))


def staff_client(world, role: str) -> TestClient:
    """A staff user of `role`, logged in to the staff page of this world's settings."""
    with transaction(world.sessions) as session:
        web_seed.add_user(session, role, role)
    client = TestClient(create_app(world.settings, world.sessions), follow_redirects=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    response = client.post("/login", data={"csrf_token": token, "username": role, "password": web_seed.PASSWORD,
                                           "next": "/queue"})
    assert response.status_code == 303
    return client


def test_staff_page_shows_the_new_kind(world, processed, cheap_hashing):
    reviewer = staff_client(world, "reviewer")
    page = reviewer.get(f"/messages/{processed}")
    assert page.status_code == 200
    assert f'<span class="tag tag-{BADGE}">{TITLE}</span>' in page.text  # the bot's view and the history
    assert f"{TITLE}: done · due {DUE.isoformat()}" in page.text
    assert f".tag-{BADGE} {{ border-left: 3px solid {COLOUR}; }}" in reviewer.get("/kinds.css").text
    queue = reviewer.get("/queue").text
    assert f'<option value="{PHONE}">{TITLE}</option>' in queue  # the label filter offers it
    lookup = re.sub(r"\s+", " ", reviewer.get(f"/lookup?q={SENDER}").text)
    assert f'<td>{CHANNEL_TITLE}</td> <td><span class="badge ok">opted out</span></td>' in lookup  # the new list

    admin = staff_client(world, "admin")
    feed = admin.get(f"/admin/exports/{CHANNEL}.csv")
    assert feed.status_code == 200
    [entry] = csv.DictReader(io.StringIO(feed.text))
    assert (entry["channel"], entry["email"]) == (CHANNEL, SENDER)
