"""Administrators' pages: staff users, the audit trail, and the suppression exports."""

from __future__ import annotations

import io
from datetime import datetime

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from intake.db import AuditEvent, StaffUser, audit
from intake.act.export import SUPPRESSION_FIELDS, suppression_rows, write_rows
from intake.web import auth as authn
from intake.web.common import db, form_text, redirect, render, settings_of
from intake.web.people import channel_names

AUDIT_PAGE = 100


@authn.requires("admin")
def users(request: Request) -> Response:
    if request.method == "POST":
        return _user_action(request, lambda session, actor: authn.add_user(
            session, form_text(request, "name", 64), form_text(request, "role", 16),
            str(request.state.form.get("password", "")), actor=actor), "user_added")
    return _users_page(request, None)


def _users_page(request: Request, error: str | None, status: int = 200) -> Response:
    with db(request) as session:
        rows = session.scalars(select(StaffUser).order_by(StaffUser.name)).all()
    return render(request, "users.html", {"users": rows, "roles": authn.ROLES, "error": error,
                                          "min_length": authn.MIN_PASSWORD_LENGTH}, status=status)


@authn.requires("admin")
def disable(request: Request) -> Response:
    name = _user_name(request)
    if not name:
        return PlainTextResponse("No such user.", status_code=404)
    if name == request.state.auth.name:
        return _users_page(request, "You cannot disable your own account.", 400)
    return _user_action(request, lambda session, actor: authn.disable_user(session, name, actor=actor),
                        "user_disabled")


@authn.requires("admin")
def reset(request: Request) -> Response:
    name, password = _user_name(request), str(request.state.form.get("password", ""))
    if not name:
        return PlainTextResponse("No such user.", status_code=404)
    return _user_action(request, lambda session, actor: authn.reset_password(session, name, password, actor=actor),
                        "password_reset")


def _user_name(request: Request) -> str:
    with db(request) as session:
        user = session.get(StaffUser, request.path_params["user_id"])
        return user.name if user else ""


def _user_action(request: Request, action, flash: str) -> Response:
    try:
        with db(request) as session:
            action(session, request.state.auth.name)
    except authn.UserError as exc:
        return _users_page(request, str(exc), 400)
    return redirect("/admin/users", flash)


@authn.requires("admin")
def audit_page(request: Request) -> Response:
    params = request.query_params
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(AUDIT_PAGE + 1)
    before = params.get("before", "")
    if before.isdigit():
        query = query.where(AuditEvent.id < int(before))
    for column in ("actor", "action", "entity"):
        if params.get(column):
            query = query.where(getattr(AuditEvent, column) == params[column][:64])
    if params.get("message", "").isdigit():
        query = query.where(AuditEvent.message_id == int(params["message"]))
    with db(request) as session:
        events = session.scalars(query).all()
    more = len(events) > AUDIT_PAGE
    events = events[:AUDIT_PAGE]
    filters = {k: params.get(k, "")[:64] for k in ("actor", "action", "entity", "message")}
    return render(request, "audit.html", {"events": events, "filters": filters,
                                          "next_before": events[-1].id if more and events else None})


@authn.requires("admin")
def exports(request: Request) -> Response:
    return render(request, "exports.html", {"channels": channel_names(settings_of(request))})


@authn.requires("admin")
def export_csv(request: Request) -> Response:
    channel = request.path_params["channel"]
    if channel not in channel_names(settings_of(request)):
        return PlainTextResponse("No such list.", status_code=404)
    out = io.StringIO()
    with db(request) as session:
        count = write_rows(suppression_rows(session, channel, None), "csv", out, SUPPRESSION_FIELDS)
        audit(session, request.state.auth.name, "exported", "suppression", None,
              after={"channel": channel, "rows": count})
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    return Response(out.getvalue().encode("utf-8"), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="suppression-{channel}-{stamp}.csv"'})
