"""entities and their mentions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(200), nullable=False, unique=True),
        sa.Column("type", sa.String(20), nullable=False, index=True),
        sa.Column("canonical", sa.Text, nullable=False),
        sa.Column("key", sa.String(200), nullable=False, index=True),
        sa.Column("country", sa.String(2), index=True),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("role", sa.Text),
        sa.Column("affiliation", sa.Text),
        sa.Column("aliases", sa.Text, nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("entity_pk", sa.Integer, sa.ForeignKey("entities.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("raw_start", sa.Integer),
        sa.Column("raw_end", sa.Integer),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("component", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("mentions")
    op.drop_table("entities")
