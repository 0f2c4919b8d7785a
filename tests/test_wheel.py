"""The package installs whole: the wheel, installed outside the repository, classifies and polls on its own.

The wheel is built from this checkout and installed into a fresh virtual environment in a temporary folder. Its
third-party dependencies are the ones this interpreter already has (a .pth file points at them), so the test
needs no network; intake itself, its rules, its model and its templates come from the wheel alone, and every
command runs with the working directory outside the repository.
"""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(work / "dist"), str(ROOT)], check=True, cwd=work)
    [wheel] = (work / "dist").glob("intake-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # Dependencies from this interpreter; the editable intake of the checkout is not among them (its .pth file
    # is not read from a folder that a .pth file added).
    Path(purelib, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    return venv


def _intake(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / "intake"), *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd)}, timeout=300)


def test_the_installed_package_is_the_wheel_with_its_rules_and_model(installed, tmp_path):
    probe = subprocess.run(
        [str(installed / "bin" / "python"), "-c",
         "import intake, intake.settings as s; c = s.Settings('x').classifier; "
         "print(intake.__file__); print(c.rules_dir); print(c.model_dir)"],
        cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()
    assert all(str(installed) in line for line in probe), probe
    assert str(ROOT) not in " ".join(probe)


def test_classify_from_the_wheel(installed, tmp_path):
    result = _intake(installed, tmp_path, "classify", "--json", str(DATA / "plain_simple_optout.eml"),
                     str(DATA / "auto_read_receipt.eml"))
    assert result.returncode == 0, result.stderr
    optout, receipt = [json.loads(line) for line in result.stdout.splitlines()]
    assert optout["automated"] is False and optout["labels"] == ["marketing_opt_out"]
    assert receipt["automated"] is True and receipt["ack_to"] is None


def test_poll_once_on_a_maildir_from_the_wheel(installed, tmp_path):
    (tmp_path / "mail").mkdir()
    box = mailbox.Maildir(tmp_path / "mail" / "customercare", create=True)
    for name in ("plain_simple_optout.eml", "auto_read_receipt.eml", "human_spanish_opt_out.eml"):
        box.add((DATA / name).read_bytes())
    (tmp_path / "outbox").mkdir()
    (tmp_path / "intake.toml").write_text(
        'log_level = "WARNING"\n[database]\nurl = "sqlite:///intake.db"\n'
        '[smtp]\npickup_dir = "outbox"\n'
        '[[mailbox]]\nname = "customercare"\naddress = "customercare@alliant-energy.com"\n'
        'maildir = "mail/customercare"\n')
    result = _intake(installed, tmp_path, "poll", "--once")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "customercare" in result.stdout
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 2  # the two people, not the read receipt
    assert list(box.keys()) == []  # every message moved out of the inbox
