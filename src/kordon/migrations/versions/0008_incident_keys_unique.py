"""index-only look-ups for the writer: incident keys unique per (incident, key), so that a
joining event adds its keys with an insert that skips those the incident has; the key and band
indexes cover the column the look-ups want (incident, document), so they never read the table

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # writers checked before inserting, so repeats should not exist; drop any all the same
    op.execute(
        "DELETE FROM incident_keys WHERE pk NOT IN "
        "(SELECT min(pk) FROM incident_keys GROUP BY incident_pk, key)"
    )
    op.create_index("uq_incident_keys_incident_key", "incident_keys", ["incident_pk", "key"], unique=True)
    op.create_index("ix_incident_keys_key_incident", "incident_keys", ["key", "incident_pk"])
    op.drop_index("ix_incident_keys_key", table_name="incident_keys")
    op.create_index("ix_bands_band_hash_document", "bands", ["band", "hash", "document_pk"])
    op.drop_index("ix_bands_band_hash", table_name="bands")


def downgrade() -> None:
    op.create_index("ix_bands_band_hash", "bands", ["band", "hash"])
    op.drop_index("ix_bands_band_hash_document", table_name="bands")
    op.create_index("ix_incident_keys_key", "incident_keys", ["key"])
    op.drop_index("ix_incident_keys_key_incident", table_name="incident_keys")
    op.drop_index("uq_incident_keys_incident_key", table_name="incident_keys")
