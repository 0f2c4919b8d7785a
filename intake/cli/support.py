"""What every command shares: loading Settings once, from the --config the user gave, and the exit codes.

Commands receive the click context; `get_settings(ctx)` loads the config on first use (so `intake classify` works
without a config file) and turns a ConfigError into exit code 2 with a one-line message naming file, key, problem.
`--config` is accepted before the command and after it (`intake train --from-db --config prod.toml`), and every
command resolves it the same way: --config, then $INTAKE_CONFIG, then ./intake.toml.

`IntakeGroup` is the one place where what stops a command becomes one line on stderr and an exit code, instead
of a traceback: a broken rule file or an unusable database URL (2, like any config error), a database that
cannot be reached or has no schema yet (1, something the command names failed).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import click

from intake.db import UNAVAILABLE, DatabaseUnsupported, SchemaNotReady, display_url, unavailable_reason
from intake.rulefile import RuleError
from intake.settings import ConfigError, Settings, default_config_path, load

EXIT_FAILED = 1
EXIT_CONFIG = 2


@dataclass
class CliState:
    config: str | None = None
    _settings: Settings | None = field(default=None, repr=False)

    def settings(self, *, required: bool = True) -> Settings:
        if self._settings is None:
            path = default_config_path(self.config, os.environ)
            explicit = bool(self.config or os.environ.get("INTAKE_CONFIG"))
            try:
                self._settings = load(path, required=required or explicit)
            except ConfigError as exc:
                fail(EXIT_CONFIG, f"config error: {exc}")
        return self._settings


def fail(code: int, message: str) -> None:
    click.echo(f"intake: {message}", err=True)
    raise SystemExit(code)


def get_settings(ctx: click.Context, *, required: bool = True) -> Settings:
    """The settings for this invocation. `required=False` falls back to defaults when no config file exists."""
    return _state(ctx).settings(required=required)


def _state(ctx: click.Context) -> CliState:
    # ensure_object finds the group's state from a subcommand; a command invoked on its own (a test's CliRunner)
    # gets one of its own.
    return ctx.ensure_object(CliState)


def _remember_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:  # given after the command, it wins over one given before it
        _state(ctx).config = value


def config_option() -> click.Option:
    return click.Option(["--config"], metavar="PATH", default=None, expose_value=False, is_eager=True,
                        callback=_remember_config, help="Config file (TOML). Default: $INTAKE_CONFIG, then "
                                                        "./intake.toml.")


def accept_config_everywhere(command: click.Command, *, skip: frozenset[str] = frozenset()) -> None:
    """Give `command` and every command below it the one --config option, so that no command can read a config
    other than the one every other command reads."""
    if command.name in skip:
        return
    if not any("--config" in param.opts for param in command.params):
        command.params.append(config_option())
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            accept_config_everywhere(sub, skip=skip)


class IntakeGroup(click.Group):
    """The top-level group: what stops a command is reported here, in one line, with its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RuleError as exc:
            fail(EXIT_CONFIG, f"rule error: {exc}")
        except DatabaseUnsupported as exc:
            settings = _state(ctx)._settings
            source = settings.source if settings else "<config>"
            url = display_url(settings.database.url) if settings else "?"
            fail(EXIT_CONFIG, f"config error: {source}: database.url: cannot use {url}: {exc}")
        except SchemaNotReady as exc:
            fail(EXIT_FAILED, f"database not ready: {exc}")
        except UNAVAILABLE as exc:
            settings = _state(ctx)._settings
            url = display_url(settings.database.url) if settings else "the database"
            fail(EXIT_FAILED, f"database unavailable: {url}: {unavailable_reason(exc)}")
