"""Every command reads one config the same way, looks without writing, and stops in one line.

- `--config` (before or after the command), `$INTAKE_CONFIG` and `./intake.toml` reach every command, the offline
  ones included: `classify` decides with the configured rules folder, `train --from-db` reads the configured
  database.
- Read-only commands (`status`, `export`, `evidence`) never migrate: an empty database stays empty.
- A broken rule file, an unreachable database and an unusable database URL each give one line on stderr and the
  README's exit code (2 for what a restart cannot fix, 1 for what failed), never a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from intake.cli import main
from intake.settings import ClassifierSettings

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_RULES = ClassifierSettings().rules_dir

ROBOT_RULE = """
  - name: ops-test-robot
    description: >
      Only in the test's own rules folder: mail that carries X-Ops-Test-Robot is machine mail.
    check:
      kind: header_present
      headers: ['X-Ops-Test-Robot']
"""
MAIL = (b"From: Dana Whitfield <dana@example.com>\r\nTo: customercare@alliant-energy.com\r\n"
        b"Subject: stop the emails\r\nMessage-ID: <dana-1@example.com>\r\nX-Ops-Test-Robot: yes\r\n\r\n"
        b"Please unsubscribe me from all marketing email.\r\n\r\nDana Whitfield\r\n")


def env_without_intake(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1", **extra)
    return env


def intake(*args: str, cwd: Path = ROOT, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "intake", *args], cwd=cwd, capture_output=True, text=True,
                          env=env_without_intake(**env), timeout=timeout)


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def rules_copy(tmp_path: Path, name: str = "rules") -> Path:
    folder = tmp_path / name
    shutil.copytree(SHIPPED_RULES, folder)
    return folder


def write_config(path: Path, **sections: dict[str, str]) -> Path:
    text = "".join(f"[{section}]\n" + "".join(f'{k} = "{v}"\n' for k, v in keys.items())
                   for section, keys in sections.items())
    path.write_text(text, encoding="utf-8")
    return path


# --- one config for every command ----------------------------------------------------------------------------


def test_classify_decides_with_the_rules_folder_of_the_config_however_it_is_named(tmp_path, monkeypatch):
    rules = rules_copy(tmp_path)
    with (rules / "automated.yml").open("a", encoding="utf-8") as f:
        f.write(ROBOT_RULE)
    mail = tmp_path / "dana.eml"
    mail.write_bytes(MAIL)
    config = write_config(tmp_path / "custom.toml", classifier={"rules_dir": str(rules)})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    for name in [k for k in os.environ if k.startswith("INTAKE_")]:
        monkeypatch.delenv(name)
    runner = CliRunner()

    def classify(*args: str, env: dict[str, str] | None = None) -> dict:
        result = runner.invoke(main, [*args], env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout.splitlines()[0])

    shipped = classify("classify", "--json", str(mail))
    assert not shipped["automated"] and shipped["labels"] == ["marketing_opt_out"]
    for args, env in ((("classify", "--config", str(config), "--json", str(mail)), None),
                      (("--config", str(config), "classify", "--json", str(mail)), None),
                      (("classify", "--json", str(mail)), {"INTAKE_CONFIG": str(config)})):
        configured = classify(*args, env=env)
        assert configured["automated"] and configured["kind"] == "machine", (args, configured)
        assert any("ops-test-robot" in reason for reason in configured["reasons"]), configured
    shutil.copy(config, elsewhere / "intake.toml")
    assert classify("classify", "--json", str(mail))["automated"], "./intake.toml was not read"


def test_every_command_accepts_config_after_its_name():
    def commands(group, prefix=()):
        for name, command in group.commands.items():
            yield (*prefix, name), command
            if hasattr(command, "commands"):
                yield from commands(command, (*prefix, name))

    missing = [" ".join(path) for path, command in commands(main)
               if path != ("demo",) and not any("--config" in p.opts for p in command.params)]
    assert not missing


@pytest.mark.slow
def test_train_from_db_reads_the_database_named_by_config(db_url, sessions, tmp_path):
    """`intake train --from-db --config x.toml` once read an empty ./intake.db instead: here the staff decision
    is only in the configured database, and the working directory gets no database of its own."""
    from intake.act.actions import record_decision
    from intake.db import InboundMessage, transaction, utcnow
    from intake.mail.store import MessageStore
    from intake.values import Decision, Entities, RawMessage

    raw = RawMessage("customercare", 1, 1, b"From: kim@example.com\r\nTo: customercare@alliant-energy.com\r\n"
                     b"Subject: my flyers\r\nMessage-ID: <kim-1@example.com>\r\n\r\nNo more glossy flyers.\r\n")
    bot = Decision(False, (), True, "kim@example.com", Entities(), 0.4, ("unclear",), "en", "m1", {})
    with transaction(sessions) as s:
        MessageStore(None).put(s, raw)
        message = InboundMessage(mailbox="customercare", uidvalidity=1, uid=1, sha256=raw.sha256,
                                 size=len(raw.data), status="received", received_at=utcnow())
        s.add(message)
        s.flush()
        record_decision(s, message, bot)
        record_decision(s, message, replace(bot, labels=("marketing_opt_out",), review=False), actor="alice")
    config = write_config(tmp_path / "x.toml", database={"url": db_url},
                          classifier={"model_dir": str(tmp_path / "model")})
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    result = intake("train", "--from-db", "--no-cv", "--config", str(config), cwd=cwd, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "1 staff decisions added" in result.stdout
    assert (tmp_path / "model" / "meta.json").exists()
    assert list(cwd.iterdir()) == []


# --- read-only commands never write ---------------------------------------------------------------------------


def _tables(db_url: str) -> list[str]:
    engine = create_engine(db_url)
    try:
        return inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_commands_that_only_look_leave_an_empty_database_empty(db_url, tmp_path):
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).touch()  # an empty SQLite file, as a typo'd path would make
    config = write_config(tmp_path / "x.toml", database={"url": db_url})
    runner = CliRunner()
    for args in (["status"], ["export", "requests"], ["export", "suppressions", "--kind", "marketing_email"],
                 ["evidence", "PR-1", "--out", str(tmp_path / "ev")], ["report", "weekly", "--format", "json"],
                 ["replay", "--since", "2026-01-01"]):
        result = runner.invoke(main, ["--config", str(config), *args])
        assert result.exit_code == 1, (args, result.output)
        line = one_line(result.stderr)
        assert "no intake schema" in line and "intake db upgrade" in line, line
        assert result.stdout == ""
        assert _tables(db_url) == [], args
    result = runner.invoke(main, ["--config", str(config), "db", "upgrade"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["--config", str(config), "status"])
    assert result.exit_code == 0 and "outbox:" in result.stdout, result.output


def test_status_on_a_missing_sqlite_file_does_not_create_it(tmp_path):
    db = tmp_path / "typo.db"
    config = write_config(tmp_path / "x.toml", database={"url": f"sqlite:///{db}"})
    result = CliRunner().invoke(main, ["status", "--config", str(config)])
    assert result.exit_code == 1 and "no database at" in one_line(result.stderr)
    assert not db.exists()


# --- one line, the promised exit code --------------------------------------------------------------------------


@pytest.mark.parametrize("breakage, expected", [
    ("missing-key", ["automated.yml", "'broken-one'", "missing key 'pattern'"]),
    ("bad-yaml", ["automated.yml", "line", "invalid YAML"]),
])
@pytest.mark.parametrize("command", ["run", "classify", "poll"])
def test_a_bad_rule_file_stops_every_command_in_one_line_with_exit_2(tmp_path, command, breakage, expected):
    rules = rules_copy(tmp_path)
    with (rules / "automated.yml").open("a", encoding="utf-8") as f:
        f.write("\n  - name: broken-one\n    description: no pattern\n    check:\n      kind: header_matches\n"
                "      header: X-A\n" if breakage == "missing-key" else "\n  - name: [unclosed\n")
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = tmp_path / "x.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "x.db"}"\n[classifier]\nrules_dir = "{rules}"\n'
                      f'[[mailbox]]\nname = "customercare"\naddress = "customercare@alliant-energy.com"\n'
                      f'maildir = "{maildir}"\n')
    mail = tmp_path / "m.eml"
    mail.write_bytes(MAIL)
    args = {"run": ["run"], "classify": ["classify", str(mail)], "poll": ["poll", "--once"]}[command]
    result = intake("--config", str(config), *args, timeout=120)
    assert result.returncode == 2, result.stderr
    line = one_line(result.stderr)
    assert line.startswith("intake: rule error: ") and str(rules / "automated.yml") in line, line
    for part in expected:
        assert part in line, line


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", [["status"], ["poll", "--once"], ["export", "requests"]])
def test_an_unreachable_database_is_one_line_and_exit_1(tmp_path, command):
    url = f"postgresql+psycopg://intake:s3cret@127.0.0.1:{_closed_port()}/intake"
    config = tmp_path / "x.toml"
    config.write_text(f'[database]\nurl = "{url}"\n[[mailbox]]\nname = "customercare"\n'
                      f'address = "customercare@alliant-energy.com"\nmaildir = "{tmp_path}"\n')
    result = CliRunner().invoke(main, ["--config", str(config), *command])
    assert result.exit_code == 1, result.output
    line = one_line(result.stderr)
    assert line.startswith("intake: database unavailable: postgresql+psycopg://intake:***@127.0.0.1:"), line
    assert "Connection refused" in line and "s3cret" not in line


@pytest.mark.parametrize("url, problem", [
    ("mysql://intake:s3cret@db.internal/intake", "driver is not installed"),
    ("nosuchdb://db.internal/intake", "Can't load plugin"),
])
@pytest.mark.parametrize("command", [["status"], ["run"], ["db", "upgrade"]])
def test_an_unusable_database_url_is_a_config_error(tmp_path, url, problem, command):
    config = tmp_path / "x.toml"
    config.write_text(f'[database]\nurl = "{url}"\n[[mailbox]]\nname = "customercare"\n'
                      f'address = "customercare@alliant-energy.com"\nmaildir = "{tmp_path}"\n')
    result = CliRunner().invoke(main, ["--config", str(config), *command])
    assert result.exit_code == 2, result.output
    line = one_line(result.stderr)
    assert line.startswith(f"intake: config error: {config}: database.url: cannot use "), line
    assert problem in line and "s3cret" not in line
