"""Looking a person up in the suppression lists, and entering a request received by phone or letter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote

from sqlalchemy import func, or_, select
from starlette.requests import Request
from starlette.responses import Response

from intake.act import staff
from intake.act.actions import name_key, zip5
from intake.db import InboundMessage, Suppression, utcnow
from intake.web import auth as authn
from intake.web.common import db, form_list, form_text, redirect, render, settings_of, today



def channel_names(settings) -> dict[str, str]:
    """Every suppression list with the title people read, in the catalogue's order."""
    return {name: channel.title for name, channel in settings.catalogue.channels.items()}

MAX_RESULTS = 200


@dataclass
class Person:
    """Suppression entries that describe one person (same e-mail, name and ZIP)."""

    email: str | None
    name: str | None
    postal_code: str | None
    street: str | None = None
    account: str | None = None
    channels: dict[str, dict] = field(default_factory=dict)
    """channel -> {"since": effective_at, "source": ..., "message_id": ..., "reference": ..., "by": ...}"""


def search_suppressions(session, query: str) -> list[Person]:
    """Active entries matching an e-mail (exact or part), a five-digit ZIP, or a name (part, normalised)."""
    query = query.strip()
    if not query:
        return []
    conditions = []
    if "@" in query:
        conditions.append(func.lower(Suppression.email) == query.lower())
        conditions.append(func.lower(Suppression.email).like(f"%{_like(query.lower())}%", escape="\\"))
    elif re.fullmatch(r"\d{5}(?:-?\d{4})?", query):
        conditions.append(Suppression.postal_code == zip5(query))
    else:
        key = name_key(query)
        if key:
            conditions.append(Suppression.name_key.like(f"%{_like(key)}%", escape="\\"))
        conditions.append(func.lower(Suppression.email).like(f"%{_like(query.lower())}%", escape="\\"))
    rows = session.execute(
        select(Suppression, InboundMessage.reference)
        .outerjoin(InboundMessage, InboundMessage.id == Suppression.source_message_id)
        .where(Suppression.active.is_(True), or_(*conditions))
        .order_by(Suppression.effective_at, Suppression.id).limit(MAX_RESULTS)
    ).all()
    return _group(rows)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _group(rows) -> list[Person]:
    people: dict[tuple, Person] = {}
    for entry, reference in rows:
        key = (entry.email, entry.name_key, entry.postal_code)
        person = people.setdefault(key, Person(entry.email, entry.name, entry.postal_code))
        person.street = person.street or entry.street
        person.account = person.account or entry.account
        # Ordered by effective_at, so the first entry per channel is the earliest: "opted out since".
        person.channels.setdefault(entry.channel, {
            "since": entry.effective_at or entry.created_at, "source": entry.source, "by": entry.created_by,
            "message_id": entry.source_message_id, "reference": reference,
        })
    return list(people.values())


@authn.requires("reviewer")
def lookup(request: Request) -> Response:
    query = request.query_params.get("q", "")[:200]
    with db(request) as session:
        people = search_suppressions(session, query)
    return render(request, "lookup.html", {"q": query, "people": people, "channel_names": channel_names(settings_of(request)),
                                           "searched": bool(query.strip())})


# --- manual entry ----------------------------------------------------------------------------------------------------


@authn.requires("reviewer")
def manual(request: Request) -> Response:
    settings = settings_of(request)
    if request.method == "GET":
        return _manual_page(request, {"received_on": today(settings).isoformat(), "source": "phone"}, None)
    values = {k: form_text(request, k, 300) for k in ("name", "email", "street", "postal_code", "account",
                                                      "received_on", "source")}
    values["opt_outs"] = [k for k in form_list(request, "opt_outs") if k in settings.catalogue.opt_outs]
    try:
        entry = staff.ManualRequest(
            name=values["name"], email=values["email"], street=values["street"],
            postal_code=values["postal_code"], account=values["account"], opt_outs=tuple(values["opt_outs"]),
            received_on=_date(values["received_on"]), source=values["source"])
        with db(request) as session:
            staff.enter_manual_request(session, entry, user=request.state.auth.name, settings=settings,
                                       now=utcnow())
    except staff.StaffError as exc:
        return _manual_page(request, values, str(exc), status=400)
    found = (values["email"] or values["postal_code"] or values["name"]).strip()
    return redirect(f"/lookup?q={quote(found, safe='')}", "manual")


def _manual_page(request: Request, values: dict, error: str | None, status: int = 200) -> Response:
    return render(request, "manual.html", {"values": values, "error": error, "sources": staff.MANUAL_SOURCES,
                                           "opt_out_names": {
                                               k.name: k.title for k in settings_of(request).catalogue.kinds
                                               if k.opt_out},
                                           "shadow": settings_of(request).shadow}, status=status)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise staff.StaffError("the received date must be a date (YYYY-MM-DD)") from None
