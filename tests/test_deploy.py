"""deploy/ as an operator uses it unchanged: the unit's settings agree with the code, the example config starts
with the secrets the unit passes, and the image installs the versions the tests ran with."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from intake.cli.support import EXIT_CONFIG
from intake.ops.daemon import SHUTDOWN_GRACE_SECONDS
from intake.settings import load

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "intake.service"


def unit_settings(path: Path = UNIT) -> dict[str, list[str]]:
    """systemd's `Key=value` lines (a key may repeat); comments and section headers left out."""
    found: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", ";", "[")):
            key, _, value = line.partition("=")
            found[key.strip()].append(value.strip())
    return found


def seconds(value: str) -> float:
    """A systemd time span: "180", "180s", "3min", "2min 30s"."""
    units = {"": 1, "s": 1, "sec": 1, "min": 60, "m": 60, "h": 3600}
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]*)", value)
    assert parts, value
    return sum(float(n) * units[u] for n, u in parts)


def env_file_names(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#"))


def test_the_unit_waits_longer_than_the_daemon_and_does_not_restart_a_config_error():
    unit = unit_settings()
    assert unit["KillSignal"] == ["SIGTERM"]
    [stop] = unit["TimeoutStopSec"]
    assert seconds(stop) > SHUTDOWN_GRACE_SECONDS, "systemd would SIGKILL a stop the daemon is still finishing"
    assert unit["Restart"] == ["on-failure"]
    assert str(EXIT_CONFIG) in " ".join(unit["RestartPreventExitStatus"]).split()


def test_the_unit_passes_every_secret_the_example_config_names(tmp_path):
    """The example config once exited 2 under the unit: it named variables nobody set. Here the variables of the
    environment file the unit reads are exactly what the example config needs, and with them it loads."""
    unit = unit_settings()
    assert unit["EnvironmentFile"] == ["/etc/intake/intake.env"]  # no "-": a missing file fails the start
    assert unit["Environment"] == ["INTAKE_CONFIG=/etc/intake/intake.toml"]
    example = (DEPLOY / "intake.example.toml").read_text(encoding="utf-8")
    named = set(re.findall(r'^\s*\w+_env\s*=\s*"(\w+)"', example, re.M))
    assert not re.findall(r'^\s*\w+_file\s*=', example, re.M), "a secret file the unit does not provide"
    provided = env_file_names(DEPLOY / "intake.env.example")
    assert named and set(provided) == named
    settings = load(DEPLOY / "intake.example.toml", {name: f"secret-{name}" for name in provided})
    assert settings.smtp.password == "secret-SMTP_PASSWORD" and all(m.password for m in settings.mailboxes)
    assert settings.web.secret_key == "secret-WEB_SECRET_KEY"


def test_intake_admin_runs_a_command_as_the_unit_runs_the_daemon():
    unit = unit_settings()
    script = (DEPLOY / "intake-admin").read_text(encoding="utf-8")
    for key in ("User", "Group", "WorkingDirectory", "EnvironmentFile"):
        [value] = unit[key]
        assert f"--property={key}={value}" in script, key
    assert f"--setenv={unit['Environment'][0]}" in script
    binary = unit["ExecStart"][0].split()[0]
    assert f'{binary} "$@"' in script


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze")
def test_systemd_reads_every_line_of_the_unit(tmp_path):
    copy = tmp_path / "intake.service"
    # verify checks that ExecStart's binary exists: point it at one that does, change nothing else
    copy.write_text(re.sub(r"^ExecStart=\S+", "ExecStart=/bin/true", UNIT.read_text(encoding="utf-8"), flags=re.M))
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr


def _pins() -> dict[str, str]:
    pins = {}
    for line in (DEPLOY / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            match = re.fullmatch(r"([A-Za-z0-9._-]+)==([^\s;]+)", line.strip())
            assert match, f"not a pin: {line!r}"
            pins[_norm(match.group(1))] = match.group(2)
    return pins


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(spec) for spec in project["dependencies"]]


def test_the_image_installs_the_pinned_versions():
    containerfile = (DEPLOY / "Containerfile").read_text(encoding="utf-8")
    copied = re.search(r"^COPY deploy/constraints\.txt (\S+)$", containerfile, re.M)
    assert copied, "the Containerfile does not copy deploy/constraints.txt"
    install = [line for line in containerfile.splitlines() if "pip install" in line and "intake-*.whl" in line]
    assert install and f"-c {copied.group(1)}" in install[0], install


def test_the_constraints_pin_everything_intake_runs_on_at_the_tested_versions():
    """Every runtime dependency, and what they pull in, pinned at a version pyproject.toml allows and the test
    venv runs (`make constraints` regenerates the file); intake itself is not in it."""
    pins = _pins()
    assert "intake" not in pins
    seen, todo = set(), list(_runtime_requirements())
    while todo:
        requirement = todo.pop()
        name = _norm(requirement.name)
        if name in seen or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        assert name in pins, f"{name} is not pinned in deploy/constraints.txt (make constraints)"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])
        assert metadata.version(requirement.name) == pins[name], f"{name}: venv differs (make constraints)"
        todo.extend(Requirement(r) for r in metadata.requires(requirement.name) or [])
    assert len(seen) > 20
