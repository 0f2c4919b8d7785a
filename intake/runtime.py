"""The runtime: what the commands, the daemon, the demo and the staff page need, built once from Settings.

    Runtime.build(settings)     the database engine and sessions (migrated to head unless told not to), the
                                stored-message service, the mailbox opener; the deciding side when first asked
    Runtime.read_only(settings) the same for a command that only looks: never migrates, refuses a database
                                without the schema at head (SchemaNotReady)
    load_decider(settings)      the deciding side alone, for the offline commands (classify, eval, replay)
    runtime.context(...)        the pipeline's Context for a polling round

Nothing below the CLI builds any of these itself: the parts are made here, once, and passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any, Callable

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from intake.db import make_engine, require_schema, session_factory, upgrade
from intake.mail.boxes import open_mailbox
from intake.mail.connection import MailboxConnection
from intake.mail.imap import ClientFactory, IMAPClient
from intake.mail.store import MessageStore
from intake.settings import MailboxSettings, Settings


def load_decider(settings: Settings) -> Any:
    """The deciding side as the settings name it (rules folder, model folder), loaded once.

    Raises FileNotFoundError when the model folder holds no trained model, RuleError for a broken rule file."""
    from intake.decide.chain import Decider

    return Decider.load(settings)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    store: MessageStore
    imap_client: ClientFactory = field(default=IMAPClient)
    """How IMAP clients are made: the seam where a test hands in its own."""

    @classmethod
    def build(cls, settings: Settings, *, migrate: bool = True, imap_client: ClientFactory = IMAPClient) -> "Runtime":
        """The runtime of `settings`. `migrate=False` leaves the schema alone (the daemon waits for a database
        that is down and migrates when it is back, instead of failing at start)."""
        engine = make_engine(settings.database.url)
        if migrate:
            upgrade(engine)
        return cls(settings, engine, session_factory(engine), MessageStore.of(settings), imap_client)

    @classmethod
    def read_only(cls, settings: Settings) -> "Runtime":
        """The runtime of a command that only looks (status, export, evidence, replay, train --from-db): it never
        migrates, and raises SchemaNotReady on a database without intake's schema at head."""
        runtime = cls.build(settings, migrate=False)
        try:
            require_schema(runtime.engine)
        except BaseException:
            runtime.close()
            raise
        return runtime

    @cached_property
    def decider(self) -> Any:
        return load_decider(self.settings)

    @property
    def open_mailbox(self) -> Callable[[MailboxSettings], MailboxConnection]:
        return partial(open_mailbox, imap_client=self.imap_client)

    def context(self, **options: Any):
        """The pipeline's Context for this runtime; `options` are the Context's own (stop, observe, clock)."""
        from intake.pipeline import Context

        return Context(settings=self.settings, sessions=self.sessions, classifier=self.decider, store=self.store,
                       open_mailbox=self.open_mailbox, **options)

    def close(self) -> None:
        self.engine.dispose()


def settle_heap() -> None:
    """Once a long-running command has loaded what it keeps for its whole life (the deciding side's model and
    rules, the settings, the modules): collect once, then leave those objects out of every later collection.

    The cyclic collector otherwise walks the model's hundreds of thousands of objects at every full collection,
    and mail processing allocates enough to trigger them: 0.6-0.8 s of a 2,000-message `poll --once`, 0.2-0.3 s
    after (bench_e2e's mail, `gc.callbacks` timing). Nothing frozen is garbage: it lives until the process ends."""
    import gc

    gc.collect()
    gc.freeze()
