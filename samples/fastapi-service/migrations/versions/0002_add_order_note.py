"""Add a note to orders."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("note", sa.String(1000), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("orders", "note")
