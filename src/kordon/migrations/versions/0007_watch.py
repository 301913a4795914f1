"""watched sources: what each feed, site or folder has given, and its HTTP validators

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("validated_url", sa.Text),
        sa.Column("last_run", sa.DateTime(timezone=True)),
        sa.Column("last_success", sa.DateTime(timezone=True)),
        sa.Column("last_error", sa.Text),
    )
    op.create_table(
        "watch_items",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "source_pk", sa.Integer, sa.ForeignKey("watch_sources.pk", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("version", sa.String(64)),
        sa.Column("document_id", sa.String(64)),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("source_pk", "key_hash", name="uq_watch_items_source_key"),
    )


def downgrade() -> None:
    op.drop_table("watch_items")
    op.drop_table("watch_sources")
