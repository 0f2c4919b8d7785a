"""`intake web` (serve the review page) and `intake users ...` (staff accounts). Registered by intake/cli.py."""

from __future__ import annotations

import sys

import click
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from intake.cli.support import get_settings
from intake.db import StaffUser, transaction
from intake.runtime import Runtime
from intake.settings import Settings


def _sessions(settings: Settings) -> sessionmaker[Session]:
    return Runtime.build(settings).sessions


@click.command("web")
@click.option("--host", default=None, help="Address to listen on (default: web.host, 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port to listen on (default: web.port, 8025).")
@click.pass_context
def web_command(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the staff review page."""
    from intake.web.serve import serve_staff_page

    serve_staff_page(Runtime.build(get_settings(ctx)), host, port)


@click.group("users")
def users_group() -> None:
    """Manage staff accounts for the review page."""


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


def _run(ctx: click.Context, action) -> None:
    from intake.web import auth

    settings = get_settings(ctx)
    try:
        with transaction(_sessions(settings)) as session:
            action(session)
    except auth.UserError as exc:
        raise click.ClickException(str(exc)) from None


@users_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "admin"]), default="reviewer", show_default=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
@click.pass_context
def users_add(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Add a staff user."""
    from intake.web import auth

    password = _password(password_stdin)
    _run(ctx, lambda session: auth.add_user(session, name, role, password, actor="cli"))
    click.echo(f"added {name} ({role})")


@users_group.command("list")
@click.pass_context
def users_list(ctx: click.Context) -> None:
    """List staff users."""
    rows: list[StaffUser] = []
    _run(ctx, lambda session: rows.extend(session.scalars(select(StaffUser).order_by(StaffUser.name)).all()))
    for user in rows:
        state = "active" if user.active else "disabled"
        click.echo(f"{user.name}\t{user.role}\t{state}\t{user.created_at:%Y-%m-%d}")


@users_group.command("disable")
@click.argument("name")
@click.pass_context
def users_disable(ctx: click.Context, name: str) -> None:
    """Disable a staff user and end their sessions."""
    from intake.web import auth

    _run(ctx, lambda session: auth.disable_user(session, name, actor="cli"))
    click.echo(f"disabled {name}")


@users_group.command("reset")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
@click.pass_context
def users_reset(ctx: click.Context, name: str, password_stdin: bool) -> None:
    """Set a new password (and re-enable the user); their sessions end."""
    from intake.web import auth

    password = _password(password_stdin)
    _run(ctx, lambda session: auth.reset_password(session, name, password, actor="cli"))
    click.echo(f"password reset for {name}")
