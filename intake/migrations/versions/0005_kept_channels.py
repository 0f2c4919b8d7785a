"""channel limits: the channels of an opt-out the sender asked to keep

Revision ID: 0005
Revises: 0004

* decision.keep_channels: "stop the e-mails, keep the catalog" is a marketing opt-out of the e-mail channel only
  (LABELS.md: channel limits are kept). The acting side suppresses the label's other channels; existing rows
  kept nothing.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('keep_channels', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_column('keep_channels')
