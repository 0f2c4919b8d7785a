"""Shared pieces of the end-to-end benchmarks: a mail generator, a Dovecot on /dev/shm, aiosmtpd, a config.

Not a test. The servers are the test fixtures' plain classes (tests.fixtures.dovecot.Dovecot,
tests.fixtures.smtp.SmtpTestServer); everything lives under /dev/shm (NOTES: /tmp is slow for metadata).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import socket
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fixtures.dovecot import Dovecot, _dovecot_binary  # noqa: E402
from tests.fixtures.smtp import SmtpTestServer  # noqa: E402

CC = "customercare@alliant-energy.com"

# --- a generator of small realistic mail (all text invented here) -----------------------------------------------

FIRST = ["Maria", "James", "Lucia", "Robert", "Ana", "Michael", "Sofia", "David", "Carmen", "Linda", "Jose",
         "Karen", "Miguel", "Nancy", "Diego", "Paul", "Elena", "Mark", "Rosa", "Steven"]
LAST = ["Hansen", "Ortega", "Nguyen", "Schultz", "Ramirez", "Olson", "Flores", "Meyer", "Castro", "Larson",
        "Vargas", "Becker", "Morales", "Jensen", "Rios", "Kowalski", "Herrera", "Lindqvist", "Soto", "Brandt"]
DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "inbox.example.net"]
CITIES = [("Cedar Rapids", "IA", "52402"), ("Madison", "WI", "53703"), ("Dubuque", "IA", "52001"),
          ("Appleton", "WI", "54911"), ("Ames", "IA", "50010")]

OPT_OUT_EN = [
    ("Stop the promotional emails", "Hello,\n\nPlease stop sending me promotional emails. I no longer want your "
     "offers.\n\nThank you,\n{name}\n"),
    ("Unsubscribe", "Hi,\n\nTake me off your marketing list, email and postal mail both.\n\n{name}\n{street}\n"
     "{city}, {state} {zip}\n"),
    ("No more flyers please", "Please stop mailing flyers and advertisements to my house at {street}, {city}.\n\n"
     "Regards,\n{name}\n"),
]
OPT_OUT_ES = [
    ("Dejar de recibir promociones", "Hola,\n\nPor favor dejen de enviarme correos de promociones. No quiero "
     "recibir mas ofertas.\n\nGracias,\n{name}\n"),
    ("Baja de la lista", "Buenos dias,\n\nQuiero darme de baja de su lista de publicidad por correo electronico y "
     "por correo postal.\n\nAtentamente,\n{name}\n"),
]
QUESTIONS = [
    ("Question about outage texts", "Hello,\n\nIf I unsubscribe from your offers, will I still get outage alerts "
     "by text message?\n\n{name}\n"),
    ("Pregunta", "Hola,\n\nSi me doy de baja de las promociones, voy a seguir recibiendo mi factura por correo?\n\n"
     "{name}\n"),
]
AUTO_REPLIES = [
    ("Automatic reply: Your energy savings this month", "I am out of the office until {date} with limited "
     "access to email. For urgent matters call the front desk.\n", "Auto-Submitted: auto-replied\n"),
    ("Respuesta automatica: Ahorre energia este invierno", "Estoy fuera de la oficina hasta el {date}. "
     "Respondere a su mensaje a mi regreso.\n", "Auto-Submitted: auto-replied\nX-Autoreply: yes\n"),
]


def make_mail(i: int, rng: random.Random, *, light: bool = False) -> bytes:
    """One small mail from its own sender (acknowledgements are capped per recipient per day). Mix: 60 %
    opt-outs (two thirds English), 25 % questions, 15 % auto-replies. `light` drops the variety of the body
    (for very large runs where only memory matters)."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last}"
    sender = f"{first.lower()}.{last.lower()}.{i}@{rng.choice(DOMAINS)}"
    city, state, zipcode = rng.choice(CITIES)
    fields = {"name": name, "street": f"{rng.randint(10, 9999)} {rng.choice(LAST)} Street", "city": city,
              "state": state, "zip": zipcode, "date": f"December {rng.randint(1, 28)}"}
    roll = 0.0 if light else rng.random()
    extra = ""
    if roll < 0.4:
        subject, body = rng.choice(OPT_OUT_EN)
    elif roll < 0.6:
        subject, body = rng.choice(OPT_OUT_ES)
    elif roll < 0.85:
        subject, body = rng.choice(QUESTIONS)
    else:
        subject, body, extra = rng.choice(AUTO_REPLIES)
    text = (f"From: {name} <{sender}>\nTo: {CC}\nSubject: {subject}\nDate: Wed, 25 Nov 2026 "
            f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:00 -0600\nMessage-ID: <bench-{i}-{rng.getrandbits(32):x}"
            f"@{sender.split('@')[1]}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n{extra}\n"
            + body.format(**fields))
    return text.replace("\n", "\r\n").encode()


def make_mails(n: int, seed: int = 7, *, light: bool = False) -> list[bytes]:
    rng = random.Random(seed)
    return [make_mail(i, rng, light=light) for i in range(n)]


# --- servers ------------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def servers():
    """A Dovecot on /dev/shm and an aiosmtpd, both running; yields (dovecot, smtp, workdir on /dev/shm)."""
    if os.geteuid() != 0:
        raise SystemExit("the benchmark's Dovecot needs root (it runs mail as a system user)")
    binary = _dovecot_binary()
    if binary is None:
        raise SystemExit("Dovecot is not installed")
    root = Path(tempfile.mkdtemp(prefix="bd", dir="/dev/shm"))
    work = Path(tempfile.mkdtemp(prefix="bench", dir="/dev/shm"))
    dovecot = Dovecot(root, free_port(), binary)
    smtp = SmtpTestServer()
    try:
        dovecot.start()
        smtp.start()
        yield dovecot, smtp, work
    finally:
        smtp.stop()
        dovecot.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


@contextmanager
def scratch_database(db: str, work: Path, name: str):
    """Yields the URL of an empty database for one run: `db` "sqlite" is a file `<name>.db` in `work`; a
    PostgreSQL URL gets a throw-away schema (the URL yielded selects it), dropped afterwards; any other URL is
    used as it is."""
    if db == "sqlite" or not db.startswith("postgresql"):
        yield f"sqlite:///{work / (name + '.db')}" if db == "sqlite" else db
        return
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(db)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{db}{'&' if '?' in db else '?'}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def deliver(dovecot: Dovecot, user: str, mails: list[bytes]) -> None:
    """Write the mail straight into the user's Maildir/new (as the mail user), then SELECT once so that Dovecot
    assigns the UIDs before any timing starts. Much faster than 10,000 APPENDs and the same for the reader."""
    maildir = dovecot.root / "mail" / user / "Maildir"
    with dovecot.client(user) as client:  # creates the Maildir
        client.select_folder("INBOX")
    new = maildir / "new"
    uid, gid = dovecot._uid, dovecot._gid
    stamp = int(time.time())
    for i, data in enumerate(mails):
        path = new / f"{stamp}.M{i}P{os.getpid()}.bench,S={len(data)}"
        path.write_bytes(data)
        os.chown(path, uid, gid)
    with dovecot.client(user) as client:
        client.select_folder("INBOX")


def clear(dovecot: Dovecot) -> None:
    for user in dovecot.users:
        dovecot.clear(user)


def write_config(path: Path, *, db_url: str, dovecot: Dovecot, smtp: SmtpTestServer, idle: bool = False,
                 poll_seconds: int = 60, users=("customercare",)) -> Path:
    text = (f'log_level = "WARNING"\n[database]\nurl = "{db_url}"\n\n[smtp]\nhost = "{smtp.host}"\n'
            f'port = {smtp.port}\nsecurity = "none"\nfrom_address = "privacy@alliant-energy.com"\n'
            f'\n[web]\nhost = "127.0.0.1"\nport = {free_port()}\n')
    for user in users:
        text += (f'\n[[mailbox]]\nname = "{user}"\naddress = "{user}@alliant-energy.com"\nhost = "127.0.0.1"\n'
                 f'port = {dovecot.port}\nsecurity = "none"\nusername = "{user}"\npassword = "{dovecot.password}"\n'
                 f'poll_seconds = {poll_seconds}\nidle = {"true" if idle else "false"}\n')
    path.write_text(text)
    return path


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(header: tuple, rows: list[tuple]) -> str:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
              + " |" for r in cells[1:]]
    return "\n".join(lines)
