"""The one place for config keys, their defaults and their validation.

Settings are read once (TOML, then `INTAKE_<SECTION>_<KEY>` environment overrides), validated, and passed in as
frozen values. No module below the CLI reads the environment or the config file itself.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from intake.catalogue import Catalogue, load_catalogue

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED = Path(__file__).resolve().parent / "_shipped"
"""Where an installed intake (the wheel, the container) finds the rules and the model it was built with."""


def shipped(name: str, in_repository: str) -> Path:
    """A folder intake ships: inside the installed package, else (a checkout) at its place in the repository."""
    installed = SHIPPED / name
    return installed if installed.is_dir() else PROJECT_ROOT / in_repository


class ConfigError(Exception):
    """The config cannot be used. The message names the file, the key (and line when known) and the problem."""

    def __init__(self, path: str | Path | None, key: str, problem: str, line: int | None = None):
        self.path, self.key, self.problem, self.line = str(path or "<defaults>"), key, problem, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {key}: {problem}")


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = "sqlite:///intake.db"


@dataclass(frozen=True)
class MailboxSettings:
    name: str
    address: str
    host: str | None = None
    maildir: Path | None = None
    port: int = 993
    security: str = "tls"
    allow_insecure: bool = False
    username: str = ""
    password: str | None = field(default=None, repr=False)
    oauth2_token: str | None = field(default=None, repr=False)
    """An OAuth2 access token for XOAUTH2, read from oauth2_token_file or oauth2_token_command's output."""
    oauth2_token_command: str | None = None
    ca_file: Path | None = None
    verify_tls: bool = True
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    review_folder: str = "Review"
    batch_size: int = 200
    batch_bytes: int = 16 * 1024 * 1024
    """A fetched batch holds at most this many bytes (by RFC822.SIZE, asked first): memory stays bounded whatever
    the size of the mail. A larger message is fetched alone."""
    poll_seconds: int = 60
    idle: bool = False
    timeout: float = 30.0


@dataclass(frozen=True)
class SmtpSettings:
    host: str | None = None
    pickup_dir: Path | None = None
    port: int = 587
    security: str = "starttls"
    allow_insecure: bool = False
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    from_address: str = "privacy@alliant-energy.com"
    from_name: str = "Alliant Energy Privacy Team"
    timeout: float = 30.0
    max_attempts: int = 8
    retry_base_seconds: int = 60
    probe_seconds: float = 10.0
    """While the relay is unavailable (the breaker is open), how often one probe asks whether it is back."""
    verify_tls: bool = True
    ca_file: Path | None = None
    sent_log: Path | None = None
    """An append-only file of every mail handed to the relay (intake/send/sentlog.py), kept outside the database:
    after a restore, `intake reconcile` reads it so that nobody is answered twice. Never restore it from a backup."""


@dataclass(frozen=True)
class ClassifierSettings:
    rules_dir: Path = field(default_factory=lambda: shipped("rules", "rules"))
    model_dir: Path = field(default_factory=lambda: shipped("model", "models/trained"))
    max_message_bytes: int = 10 * 1024 * 1024
    review_threshold: float = 0.8


@dataclass(frozen=True)
class AckSettings:
    message_id_domain: str = "intake.alliant-energy.com"
    """Our Message-IDs end in this domain: a reply that references it is a reply to us (the loop trap)."""
    reference_prefix: str = "PR"
    max_age_days: int = 7
    """Backfill: mail older than this is recorded and classified but not acknowledged."""
    per_recipient_hours: int = 24
    """At most one acknowledgement per recipient per outcome in this window."""
    receipt_for_review: bool = False
    """Mail left for review gets no automatic acknowledgement: a person decides first and the answer goes out
    then (the legal clock runs meanwhile, and the queue shows it). True restores a neutral receipt at once."""


@dataclass(frozen=True)
class ReportSettings:
    recipients: tuple[str, ...] = ()
    cron: str = "0 7 * * mon"


@dataclass(frozen=True)
class WebSettings:
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = 8025
    secret_key: str | None = field(default=None, repr=False)
    secure_cookies: bool = False
    trusted_proxies: tuple[str, ...] = ()
    """Addresses or networks of the reverse proxies whose X-Forwarded-For is believed. None by default: the peer
    address is the client, for the login limit and the audit, whatever a client claims in its headers."""
    page_text_chars: int = 200_000
    """How much of each part of a message's text the staff page shows; the whole text is a download away."""


@dataclass(frozen=True)
class Settings:
    source: str
    """Where the settings came from, for messages: the config file path or "<defaults>"."""
    database: DatabaseSettings = DatabaseSettings()
    mailboxes: tuple[MailboxSettings, ...] = ()
    smtp: SmtpSettings = SmtpSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    ack: AckSettings = AckSettings()
    report: ReportSettings = ReportSettings()
    web: WebSettings = WebSettings()
    mode: str = "live"
    """"live" acts and sends; "shadow" records what would happen but changes no list and sends nothing."""
    timezone: str = "America/Chicago"
    retention_days: int = 800
    log_level: str = "INFO"
    raw_store: Path | None = None
    """Where raw messages are kept as files by SHA-256; None keeps them in the database."""

    @property
    def shadow(self) -> bool:
        return self.mode == "shadow"

    @property
    def catalogue(self) -> Catalogue:
        """The label catalogue of the configured rules folder (read once per folder)."""
        return load_catalogue(self.classifier.rules_dir)

    def with_database(self, url: str) -> "Settings":
        return replace(self, database=DatabaseSettings(url=url))


# --- loading -------------------------------------------------------------------------------------------------

_SECTIONS: dict[str, type] = {
    "database": DatabaseSettings,
    "smtp": SmtpSettings,
    "classifier": ClassifierSettings,
    "ack": AckSettings,
    "report": ReportSettings,
    "web": WebSettings,
}
_TOP_KEYS = {"mode": str, "timezone": str, "retention_days": int, "log_level": str, "raw_store": Path}
_SECRET_SOURCES = ("password", "secret_key", "oauth2_token")


def default_config_path(explicit: str | None, environ: Mapping[str, str]) -> Path:
    return Path(explicit or environ.get("INTAKE_CONFIG") or "intake.toml")


def load(path: str | Path | None, environ: Mapping[str, str] | None = None, *, required: bool = True) -> Settings:
    """Read, override from the environment, and validate. Raises ConfigError naming file, key and problem."""
    environ = os.environ if environ is None else environ
    path = Path(path) if path else None
    data: dict[str, Any] = {}
    text = ""
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            if required:
                raise ConfigError(path, "-", "file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(path, "-", f"cannot read: {exc}") from None
        try:
            data = tomllib.loads(text) if text else {}
        except tomllib.TOMLDecodeError as exc:
            line = _line_of(str(exc))
            raise ConfigError(path, _key_near(text, line), f"invalid TOML: {exc}", line) from None
    _apply_environment(data, environ)
    return _build(data, path, text, environ)


def _line_of(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _key_near(text: str, line: int | None) -> str:
    if not line:
        return "-"
    lines = text.splitlines()
    if 0 < line <= len(lines):
        match = re.match(r"\s*([\w.\[\]-]+)", lines[line - 1])
        if match:
            return match.group(1)
    return "-"


def _line_of_key(text: str, key: str) -> int | None:
    leaf = key.rsplit(".", 1)[-1]
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(leaf)}\s*=", line):
            return number
    return None


def _apply_environment(data: dict[str, Any], environ: Mapping[str, str]) -> None:
    """INTAKE_<SECTION>_<KEY> overrides a section key; INTAKE_<KEY> a top-level one. Mailboxes are not overridden
    wholesale: INTAKE_MAILBOX_<NAME>_<KEY> sets one key of the mailbox with that name."""
    for name, value in environ.items():
        if not name.startswith("INTAKE_") or name in ("INTAKE_CONFIG",) or name.startswith("INTAKE_TEST_"):
            continue
        rest = name[len("INTAKE_"):].lower()
        if rest.startswith("mailbox_"):
            for box in data.get("mailbox", []):
                prefix = f"mailbox_{str(box.get('name', '')).lower()}_"
                if rest.startswith(prefix):
                    box[rest[len(prefix):]] = value
            continue
        for section in _SECTIONS:
            if rest.startswith(section + "_"):
                data.setdefault(section, {})[rest[len(section) + 1:]] = value
                break
        else:
            if rest in _TOP_KEYS:
                data[rest] = value


def _build(data: dict[str, Any], path: Path | None, text: str, environ: Mapping[str, str]) -> Settings:
    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(path, key, problem, _line_of_key(text, key))

    base = path.parent if path else Path.cwd()
    known = set(_SECTIONS) | set(_TOP_KEYS) | {"mailbox"}
    for key in data:
        if key not in known:
            raise fail(key, f"unknown key (known: {', '.join(sorted(known))})")
    kwargs: dict[str, Any] = {"source": str(path) if path else "<defaults>"}
    for key, kind in _TOP_KEYS.items():
        if key in data:
            kwargs[key] = _coerce(data[key], kind, key, fail, base)
    for section, cls in _SECTIONS.items():
        if section in data:
            if not isinstance(data[section], dict):
                raise fail(section, "must be a table")
            kwargs[section] = _build_section(cls, data[section], section, fail, base, environ)
    boxes = data.get("mailbox", [])
    if not isinstance(boxes, list):
        raise fail("mailbox", "must be an array of tables: [[mailbox]]")
    kwargs["mailboxes"] = tuple(
        _build_section(MailboxSettings, box, f"mailbox[{i}]", fail, base, environ) for i, box in enumerate(boxes)
    )
    settings = Settings(**kwargs)
    _validate(settings, fail)
    return settings


def _build_section(cls: type, table: dict[str, Any], where: str, fail, base: Path, environ: Mapping[str, str]):
    fields = {f.name: f for f in cls.__dataclass_fields__.values()}
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        secret = next((s for s in _SECRET_SOURCES if key in (f"{s}_env", f"{s}_file")), None)
        if secret:
            if secret in table:  # a direct value (e.g. from an INTAKE_ override) wins over its sources
                continue
            kwargs[secret] = _read_secret(key, value, f"{where}.{key}", fail, base, environ)
            continue
        if key == "oauth2_token_command" and "oauth2_token_command" in fields:
            kwargs[key] = str(value)
            continue
        if key not in fields:
            raise fail(f"{where}.{key}", f"unknown key (known: {', '.join(sorted(fields))})")
        kwargs[key] = _coerce(value, _field_type(fields[key]), f"{where}.{key}", fail, base)
    try:
        return cls(**kwargs)
    except TypeError as exc:
        missing = re.findall(r"'(\w+)'", str(exc))
        raise fail(f"{where}.{missing[0] if missing else '?'}", "is required") from None


def _field_type(f) -> type:
    annotation = str(f.type)
    for name, kind in (("Path", Path), ("bool", bool), ("int", int), ("float", float), ("tuple", tuple)):
        if annotation.startswith(name) or annotation.startswith(f"{name} |"):
            return kind
    return str


def _coerce(value: Any, kind: type, key: str, fail, base: Path) -> Any:
    if value is None:
        return None
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            if str(value).lower() in ("1", "true", "yes", "on"):
                return True
            if str(value).lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"expected true or false, got {value!r}")
        if kind is int:
            if isinstance(value, bool):
                raise ValueError(f"expected a whole number, got {value!r}")
            return int(value)
        if kind is float:
            return float(value)
        if kind is Path:
            p = Path(str(value)).expanduser()
            return p if p.is_absolute() else base / p
        if kind is tuple:
            items = value if isinstance(value, list) else [v.strip() for v in str(value).split(",") if v.strip()]
            return tuple(str(v) for v in items)
        if isinstance(value, (dict, list)):
            raise ValueError(f"expected a string, got {type(value).__name__}")
        return str(value)
    except ValueError as exc:
        raise fail(key, str(exc)) from None


def _read_secret(key: str, value: Any, where: str, fail, base: Path, environ: Mapping[str, str]) -> str:
    if key.endswith("_env"):
        if str(value) not in environ:
            raise fail(where, f"environment variable {value} is not set")
        return environ[str(value)]
    p = Path(str(value)).expanduser()
    p = p if p.is_absolute() else base / p
    try:
        return p.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise fail(where, f"cannot read secret file {p}: {exc.strerror or exc}") from None


def _validate(s: Settings, fail) -> None:
    if s.mode not in ("live", "shadow"):
        raise fail("mode", f"must be live or shadow, not {s.mode!r}")
    if not s.database.url or "://" not in s.database.url:
        raise fail("database.url", "must be a SQLAlchemy URL such as sqlite:///intake.db")
    names = [m.name for m in s.mailboxes]
    if len(set(names)) != len(names):
        raise fail("mailbox.name", "mailbox names must be unique")
    for i, m in enumerate(s.mailboxes):
        where = f"mailbox[{i}]"
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", m.name):
            raise fail(f"{where}.name", "use letters, digits, '.', '_' or '-'")
        if bool(m.host) == bool(m.maildir):
            raise fail(f"{where}.host", "set exactly one of host (IMAP) or maildir")
        if m.security not in ("tls", "starttls", "none"):
            raise fail(f"{where}.security", "must be tls, starttls or none")
        if m.host and m.security == "none" and not (_is_loopback(m.host) or m.allow_insecure):
            raise fail(f"{where}.security", "none is allowed only on loopback or with allow_insecure = true")
        if m.host and not (m.password or m.oauth2_token or m.oauth2_token_command):
            raise fail(f"{where}.password", "set password, password_env, password_file or an oauth2 token")
        if "@" not in m.address:
            raise fail(f"{where}.address", "must be an e-mail address")
    smtp = s.smtp
    if smtp.host and smtp.pickup_dir:
        raise fail("smtp.host", "set host or pickup_dir, not both")
    if smtp.security not in ("tls", "starttls", "none"):
        raise fail("smtp.security", "must be tls, starttls or none")
    if smtp.host and smtp.security == "none" and not (_is_loopback(smtp.host) or smtp.allow_insecure):
        raise fail("smtp.security", "none is allowed only on loopback or with allow_insecure = true")
    if "@" not in smtp.from_address:
        raise fail("smtp.from_address", "must be an e-mail address")
    for proxy in s.web.trusted_proxies:
        try:
            ipaddress.ip_network(proxy)  # strict, as uvicorn reads it: no host bits in a network
        except ValueError:
            raise fail("web.trusted_proxies",
                       f"{proxy!r} is not an IP address or network (no host bits after the /)") from None
    if s.web.page_text_chars < 1000:
        raise fail("web.page_text_chars", "must be at least 1000")
    if s.retention_days < 730:
        raise fail("retention_days", "must be at least 730 days (CCPA keeps request records for 24 months)")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(s.timezone)
    except Exception:
        raise fail("timezone", f"unknown time zone {s.timezone!r}") from None


def _is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")
