"""`intake demo`: a complete local run on the embedded defaults, with nothing to install or configure.

It lays out DIR/intake.toml, a SQLite database, one Maildir per mailbox filled with the sample messages in
intake/demo_mail/, and DIR/outbox/ where acknowledgements land as .eml files; then it runs one polling cycle and
prints what happened per mailbox. The config it writes is an ordinary one: `intake --config DIR/intake.toml ...`
works on the demo afterwards (export, report, web).
"""

from __future__ import annotations

import mailbox
import shutil
from importlib import resources
from pathlib import Path

import click

from intake import settings as settings_module
from intake.ops import logs
from intake.runtime import Runtime
from intake.cli.output import print_cycle, print_table
from intake.ops.cycle import SUMMARY_COLUMNS, mailbox_summary, run_cycle

MAILBOXES = {
    "customercare": "customercare@alliant-energy.com",
    "powerhousecatalog": "powerhousecatalog@alliant-energy.com",
}

CONFIG = """\
# Written by `intake demo`: the embedded defaults on local files.
log_level = "WARNING"
[database]
url = "sqlite:///{db}"

[smtp]
pickup_dir = "outbox"            # acknowledgements are written here as .eml files instead of being sent
from_address = "privacy@alliant-energy.com"
{mailboxes}"""

MAILBOX = """
[[mailbox]]
name = "{name}"
address = "{address}"
maildir = "mail/{name}"
"""


def run_demo(directory: Path) -> None:
    directory = directory.resolve()
    if directory.exists():
        shutil.rmtree(directory)
    (directory / "outbox").mkdir(parents=True)
    config = directory / "intake.toml"
    config.write_text(CONFIG.format(
        db=directory / "intake.db",
        mailboxes="".join(MAILBOX.format(name=n, address=a) for n, a in MAILBOXES.items())))
    counts = {name: _fill_maildir(directory / "mail" / name, name) for name in MAILBOXES}
    click.echo(f"demo in {directory}: " + ", ".join(f"{n} {c} messages" for n, c in counts.items()))

    settings = settings_module.load(config, environ={})
    logs.configure(settings.log_level)
    runtime = Runtime.build(settings)
    report = run_cycle(runtime.context())
    print_cycle(report)
    click.echo("")
    with runtime.sessions() as session:
        print_table(SUMMARY_COLUMNS, mailbox_summary(session, settings.catalogue))
    acks = sorted((directory / "outbox").glob("*.eml"))
    click.echo(f"\n{len(acks)} acknowledgements written to {directory / 'outbox'}")
    click.echo(f"explore: intake --config {config} export requests --format csv")


def _fill_maildir(path: Path, name: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)  # Maildir creates only its own directory
    box = mailbox.Maildir(path, create=True)
    source = resources.files("intake") / "demo_mail" / name
    files = sorted((f for f in source.iterdir() if f.name.endswith(".eml")), key=lambda f: f.name)
    for f in files:
        box.add(f.read_bytes())
    return len(files)
