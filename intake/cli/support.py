"""What every command shares: loading Settings once, from the --config the user gave, and the exit codes.

Commands receive the click context; `get_settings(ctx)` loads the config on first use (so `intake classify` works
without a config file) and turns a ConfigError into exit code 2 with a one-line message naming file, key, problem.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import click

from intake.settings import ConfigError, Settings, default_config_path, load

EXIT_CONFIG = 2


@dataclass
class CliState:
    config: str | None
    _settings: Settings | None = field(default=None, repr=False)

    def settings(self, *, required: bool = True) -> Settings:
        if self._settings is None:
            path = default_config_path(self.config, os.environ)
            explicit = bool(self.config or os.environ.get("INTAKE_CONFIG"))
            try:
                self._settings = load(path, required=required or explicit)
            except ConfigError as exc:
                click.echo(f"intake: config error: {exc}", err=True)
                raise SystemExit(EXIT_CONFIG) from None
        return self._settings


def get_settings(ctx: click.Context, *, required: bool = True) -> Settings:
    """The settings for this invocation. `required=False` falls back to defaults when no config file exists."""
    state = ctx.find_object(CliState)
    if state is None:  # a command invoked on its own, e.g. from a test with CliRunner
        state = CliState(config=None)
        ctx.obj = state
    return state.settings(required=required)
