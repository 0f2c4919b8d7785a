from pathlib import Path

import pytest

from intake.settings import ConfigError, load

REPO = Path(__file__).resolve().parents[1]

MINIMAL = """
[database]
url = "sqlite:///x.db"

[[mailbox]]
name = "customercare"
address = "customercare@alliant-energy.com"
host = "imap.example.com"
username = "customercare"
password_env = "CC_PASSWORD"

[smtp]
pickup_dir = "out"
"""


def write(tmp_path, text):
    path = tmp_path / "intake.toml"
    path.write_text(text)
    return path


def test_the_issue_keys_are_accepted_as_written(tmp_path):
    text = MINIMAL.replace('password_env = "CC_PASSWORD"', 'password = "..."\nport = 993\nsecurity = "tls"\n'
                           'folder = "INBOX"\nprocessed_folder = "Processed"\nreview_folder = "Review"')
    text = text.replace('pickup_dir = "out"', 'host = "smtp.example.com"\nport = 587\nsecurity = "starttls"\n'
                        'from_address = "privacy@alliant-energy.com"')
    s = load(write(tmp_path, text), environ={})
    box = s.mailboxes[0]
    assert (box.host, box.port, box.security, box.password, box.processed_folder) == (
        "imap.example.com", 993, "tls", "...", "Processed")
    assert s.smtp.host == "smtp.example.com" and s.smtp.port == 587


def test_secret_from_environment_and_file(tmp_path):
    s = load(write(tmp_path, MINIMAL), environ={"CC_PASSWORD": "from-env"})
    assert s.mailboxes[0].password == "from-env"
    assert "from-env" not in repr(s)  # secrets stay out of logs and tracebacks
    (tmp_path / "secret").write_text("from-file\n")
    s = load(write(tmp_path, MINIMAL.replace('password_env = "CC_PASSWORD"', 'password_file = "secret"')), environ={})
    assert s.mailboxes[0].password == "from-file"


def test_environment_overrides(tmp_path):
    env = {"CC_PASSWORD": "x", "INTAKE_DATABASE_URL": "sqlite:///other.db", "INTAKE_MODE": "shadow",
           "INTAKE_SMTP_FROM_ADDRESS": "p@example.com", "INTAKE_MAILBOX_CUSTOMERCARE_PORT": "1993"}
    s = load(write(tmp_path, MINIMAL), environ=env)
    assert s.database.url == "sqlite:///other.db"
    assert s.shadow and s.smtp.from_address == "p@example.com" and s.mailboxes[0].port == 1993


def test_relative_paths_are_relative_to_the_config_file(tmp_path):
    s = load(write(tmp_path, MINIMAL), environ={"CC_PASSWORD": "x"})
    assert s.smtp.pickup_dir == tmp_path / "out"


@pytest.mark.parametrize("edit, key, problem", [
    (('password_env = "CC_PASSWORD"', ""), "mailbox[0].password", "set password"),
    (("[smtp]", '[smtp]\nsecurity = "plain"'), "smtp.security", "tls, starttls or none"),
    (("[database]", 'mode = "loud"\n[database]'), "mode", "live or shadow"),
    (('host = "imap.example.com"', 'host = "imap.example.com"\nsecurity = "none"'), "mailbox[0].security",
     "loopback"),
    (('username = "customercare"', 'username = "customercare"\ncolour = "blue"'), "mailbox[0].colour", "unknown"),
    (('url = "sqlite:///x.db"', 'url = "nonsense"'), "database.url", "SQLAlchemy URL"),
])
def test_bad_values_name_file_key_and_problem(tmp_path, edit, key, problem):
    path = write(tmp_path, MINIMAL.replace(*edit))
    with pytest.raises(ConfigError) as err:
        load(path, environ={"CC_PASSWORD": "x"})
    message = str(err.value)
    assert str(path) in message and key in message and problem in message


def test_unknown_key_error_names_its_line(tmp_path):
    path = write(tmp_path, MINIMAL.replace('[smtp]', '[smtp]\nprot = 25'))
    with pytest.raises(ConfigError) as err:
        load(path, environ={"CC_PASSWORD": "x"})
    assert err.value.line == MINIMAL.replace('[smtp]', '[smtp]\nprot = 25').splitlines().index("prot = 25") + 1
    assert f"{path}:{err.value.line}: smtp.prot" in str(err.value)


def test_invalid_toml_names_line(tmp_path):
    path = write(tmp_path, "[database]\nurl = 'sqlite:///x.db'\nmode = = 3\n")
    with pytest.raises(ConfigError) as err:
        load(path, environ={})
    assert err.value.line == 3 and "invalid TOML" in str(err.value)


def test_missing_file_and_unreadable_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load(tmp_path / "none.toml", environ={})
    path = write(tmp_path, "")
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError, match="cannot read"):
        load(path, environ={})


def test_example_config_is_valid(tmp_path):
    text = (REPO / "deploy" / "intake.example.toml").read_text()
    env = {"CUSTOMERCARE_IMAP_PASSWORD": "a", "POWERHOUSECATALOG_IMAP_PASSWORD": "p", "SMTP_PASSWORD": "b",
           "WEB_SECRET_KEY": "c"}
    s = load(write(tmp_path, text), environ=env)
    assert [m.name for m in s.mailboxes] == ["customercare", "powerhousecatalog"]
    assert s.shadow and s.retention_days >= 730
