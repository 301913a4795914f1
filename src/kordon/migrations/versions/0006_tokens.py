"""API tokens (SHA-256 hashes only); indexes and the documents' countries for the API's queries

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


_INDEXES = [
    ("ix_documents_dateline_country", "documents", ["dateline_country"]),
    ("ix_documents_lang_published", "documents", ["lang", "published"]),
    ("ix_mentions_entity_document", "mentions", ["entity_pk", "document_pk"]),
    ("ix_events_type_date", "events", ["type", "date_start"]),
    ("ix_events_country_date", "events", ["country", "date_start"]),
    ("ix_events_type_country_date", "events", ["type", "country", "date_start"]),
    ("ix_events_document_type", "events", ["document_pk", "type"]),
    ("ix_threats_label_document", "threats", ["label", "document_pk"]),
]


def upgrade() -> None:
    op.create_table(
        "tokens",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    # the API's filters, orders and counts: documents by dateline country, by language newest
    # first; documents of an entity, of a threat, event types of a document (covering);
    # events of a type, a country or both newest first
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)
    # the countries each document names, derived from the tables above by kordon.query
    op.create_table(
        "document_countries",
        sa.Column(
            "document_pk", sa.Integer, sa.ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("country", sa.String(2), primary_key=True),
    )
    op.create_index("ix_document_countries_country", "document_countries", ["country", "document_pk"])
    op.create_table(
        "derived_state",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("derived_state")
    op.drop_table("document_countries")
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table)
    op.drop_table("tokens")
