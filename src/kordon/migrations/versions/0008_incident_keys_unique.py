"""incident keys: one row per (incident, key), so that a joining event adds its keys with an
insert that skips those the incident has, instead of reading them first

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


def downgrade() -> None:
    op.drop_index("uq_incident_keys_incident_key", table_name="incident_keys")
