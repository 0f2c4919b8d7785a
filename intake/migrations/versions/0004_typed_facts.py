"""typed facts instead of free-form evidence; thread headers at receipt; outbox rows that say what they are

Revision ID: 0004
Revises: 0003

* decision.proposed (the labels a review item's clock runs on), decision.loop (a reply to our own
  acknowledgement) and decision.mail_kind (request | machine | not_a_request) were read back out of the evidence
  JSON; they are columns now, filled from the evidence of existing rows.
* inbound_message.in_reply_to and .thread_references: the thread headers, kept at receipt so that deciding and
  re-deciding can tell what a message answers.
* outbox.topic: what a row is about beyond its kind (the weekly report's week), so that nothing is found by
  matching a subject line; outbox.outcome "both" becomes the names of the two opt-outs, as the catalogue names them.
"""
from contextlib import contextmanager
from typing import Iterator

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BOTH = "marketing_opt_out+catalog_share_opt_out"


def upgrade() -> None:
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('proposed', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('loop', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('mail_kind', sa.String(length=20), nullable=False, server_default='request'))
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('in_reply_to', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('thread_references', sa.Text(), nullable=True))
    with _keeping_expression_index(), op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('topic', sa.String(length=80), nullable=True))
        batch_op.alter_column('outcome', type_=sa.String(length=80), existing_type=sa.String(length=40),
                              existing_nullable=True)
        batch_op.create_index('ix_outbox_kind_topic', ['kind', 'topic'], unique=False)
    _fill_from_evidence()
    op.execute(sa.text("UPDATE outbox SET outcome = :both WHERE outcome = 'both'").bindparams(both=BOTH))
    _fill_report_topics()


@contextmanager
def _keeping_expression_index() -> Iterator[None]:
    """On SQLite a batch operation copies the table from its reflection, and SQLAlchemy cannot reflect the
    expression index on lower(recipient): the copy silently lost it (with an SAWarning on every fresh database).
    Drop it before the copy and create it again after."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.drop_index('ix_outbox_recipient_cap', table_name='outbox')
    yield
    if sqlite:
        op.create_index('ix_outbox_recipient_cap', 'outbox', [sa.text('lower(recipient)'), 'outcome', 'created_at'])


def _fill_from_evidence() -> None:
    """Existing decisions: the facts their evidence held."""
    bind = op.get_bind()
    decision = sa.table('decision', sa.column('id', sa.Integer), sa.column('automated', sa.Boolean),
                        sa.column('evidence', sa.JSON), sa.column('proposed', sa.JSON),
                        sa.column('loop', sa.Boolean), sa.column('mail_kind', sa.String))
    updates = []
    for row in bind.execute(sa.select(decision.c.id, decision.c.automated, decision.c.evidence)):
        evidence = row.evidence if isinstance(row.evidence, dict) else {}
        gate = evidence.get("gate") if isinstance(evidence.get("gate"), dict) else {}
        proposed = [lb for lb in evidence.get("proposed_labels", []) or [] if isinstance(lb, str)]
        loop = bool(gate.get("loop")) if gate else evidence.get("loop") is True
        updates.append({"row_id": row.id, "p": proposed, "l": loop, "k": "machine" if row.automated else "request"})
    if updates:
        bind.execute(decision.update().where(decision.c.id == sa.bindparam("row_id"))
                     .values(proposed=sa.bindparam("p"), loop=sa.bindparam("l"), mail_kind=sa.bindparam("k")),
                     updates)


def _fill_report_topics() -> None:
    import re

    bind = op.get_bind()
    outbox = sa.table('outbox', sa.column('id', sa.Integer), sa.column('kind', sa.String),
                      sa.column('subject', sa.Text), sa.column('topic', sa.String))
    week = re.compile(r" (\d{4}-W\d{2}) ")
    updates = [{"row_id": row.id, "t": f"week:{found.group(1)}"}
               for row in bind.execute(sa.select(outbox.c.id, outbox.c.subject).where(outbox.c.kind == 'report'))
               if (found := week.search(row.subject or ""))]
    if updates:
        bind.execute(outbox.update().where(outbox.c.id == sa.bindparam("row_id")).values(topic=sa.bindparam("t")),
                     updates)


def downgrade() -> None:
    op.execute(sa.text("UPDATE outbox SET outcome = 'both' WHERE outcome = :both").bindparams(both=BOTH))
    with _keeping_expression_index(), op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_kind_topic')
        batch_op.drop_column('topic')
        batch_op.alter_column('outcome', type_=sa.String(length=40), existing_type=sa.String(length=80),
                              existing_nullable=True)
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.drop_column('thread_references')
        batch_op.drop_column('in_reply_to')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_column('mail_kind')
        batch_op.drop_column('loop')
        batch_op.drop_column('proposed')
