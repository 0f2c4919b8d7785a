"""Alembic environment: runs on the connection intake hands over, or on sqlalchemy.url for the alembic CLI."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from intake.db import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    with engine.begin() as connection:
        _run(connection)


def _run(connection) -> None:
    # render_as_batch lets the same migrations ALTER tables on SQLite, which lacks most ALTER TABLE forms.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `intake db upgrade`")
run_migrations_online()
