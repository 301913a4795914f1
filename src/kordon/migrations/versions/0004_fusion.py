"""near-duplicates and incidents

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signatures",
        sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("minhash", sa.Text, nullable=False),
    )
    op.create_table(
        "bands",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("band", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(16), nullable=False),
    )
    op.create_index("ix_bands_band_hash", "bands", ["band", "hash"])
    op.create_table(
        "duplicates",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    op.create_table(
        "incidents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(20), nullable=False, index=True),
        sa.Column("features", sa.Text, nullable=False),
    )
    op.create_table(
        "incident_members",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_pk", sa.Integer, sa.ForeignKey("incidents.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, unique=True),
        sa.Column("score", sa.Float),
        sa.Column("why", sa.Text, nullable=False),
    )
    op.create_table(
        "incident_keys",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_pk", sa.Integer, sa.ForeignKey("incidents.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(80), nullable=False, index=True),
    )


def downgrade() -> None:
    for table in ("incident_keys", "incident_members", "incidents", "duplicates", "bands", "signatures"):
        op.drop_table(table)
