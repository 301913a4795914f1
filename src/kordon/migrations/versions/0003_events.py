"""events, their seized goods, and documents' threats

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("type", sa.String(20), nullable=False, index=True),
        sa.Column("date_start", sa.String(32), index=True),
        sa.Column("date_end", sa.String(32)),
        sa.Column("place", sa.Text),
        sa.Column("country", sa.String(2), index=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("route_from", sa.String(2)),
        sa.Column("route_to", sa.String(2)),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "goods",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("category", sa.String(20)),
        sa.Column("substance", sa.Text, index=True),
        sa.Column("value", sa.Float),
        sa.Column("unit", sa.String(10)),
        sa.Column("qualifier", sa.String(10)),
    )
    op.create_table(
        "threats",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("label", sa.String(30), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("threats")
    op.drop_table("goods")
    op.drop_table("events")
