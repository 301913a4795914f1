"""full-text search on PostgreSQL: a language-aware tsvector beside the exact words

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BODY = "coalesce(title, '') || ' ' || text"
_STEMMED = (
    "CASE lang "
    + " ".join(
        f"WHEN '{code}' THEN to_tsvector('{config}'::regconfig, {_BODY})"
        for code, config in (("ru", "russian"), ("de", "german"), ("en", "english"))
    )
    + " ELSE ''::tsvector END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite searches with FTS5 (0001)
    op.execute(
        "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('simple'::regconfig, {_BODY}) || {_STEMMED}) STORED"
    )
    op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_documents_search")
    op.execute("ALTER TABLE documents DROP COLUMN search")
