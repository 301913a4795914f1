"""documents and their full-text index

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(512), nullable=False, index=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("site", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("lang", sa.String(16), index=True),
        sa.Column("lang_confidence", sa.Float),
        sa.Column("published", sa.String(32), index=True),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("dateline_place", sa.Text),
        sa.Column("dateline_country", sa.String(2)),
        sa.Column("dateline_agency", sa.Text),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE documents_fts")
    op.drop_table("documents")
