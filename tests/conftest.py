"""Fixtures shared by the whole suite live in tests/fixtures; each module there is one kind of real server."""

pytest_plugins = [
    "tests.fixtures.database",
    "tests.fixtures.dovecot",
    "tests.fixtures.oauth",
    "tests.fixtures.smtp",
]
