"""indexes for the per-message transaction's lookups

Revision ID: 0003
Revises: 0002

* outbox (lower(recipient), outcome, created_at): the per-recipient acknowledgement cap compares recipients
  case-insensitively; without it every acknowledgement scanned the outbox.
* suppression (channel, lower(email)) and (channel, name_key, postal_code): find_suppression matches addresses
  case-insensitively, or a name at a ZIP; without them every opt-out read all entries of the channel.
* review_item (message_id, kind): "is there an open item for this message?" read every open item.

Expression indexes work on SQLite (3.9+) and PostgreSQL alike; the planners use them for the same expression.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_outbox_recipient_cap', 'outbox', [sa.text('lower(recipient)'), 'outcome', 'created_at'])
    op.create_index('ix_suppression_channel_lower_email', 'suppression', ['channel', sa.text('lower(email)')])
    op.create_index('ix_suppression_channel_name_zip', 'suppression', ['channel', 'name_key', 'postal_code'])
    op.create_index('ix_review_message_kind', 'review_item', ['message_id', 'kind'])


def downgrade() -> None:
    op.drop_index('ix_review_message_kind', table_name='review_item')
    op.drop_index('ix_suppression_channel_name_zip', table_name='suppression')
    op.drop_index('ix_suppression_channel_lower_email', table_name='suppression')
    op.drop_index('ix_outbox_recipient_cap', table_name='outbox')
