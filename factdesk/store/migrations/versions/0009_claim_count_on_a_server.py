"""On a server, the number of claims kept as it changes, so opening a big case does not count them.

The first screen says how many claims the case holds.  A case file counts them
in a moment; a server's ``count(*)`` reads every claim's index entry, some
10 ms at 100,000 claims, on every open.  ``claim_counts`` holds the count as
rows of changes: every statement that adds or removes claims (an edit, an
import's ``COPY``) adds one row with its change, from a trigger, and folds the
rows no other open transaction holds into one, skipping locked rows rather
than waiting for them -- so colleagues adding claims at once never wait for
each other, and the table stays a row or two.  The count is their sum.
A case file is unchanged.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE FUNCTION factdesk_count_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO claim_counts (n) SELECT count(*) FROM new_claims HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO claim_counts (n) SELECT -count(*) FROM old_claims HAVING count(*) > 0;
    ELSE
        DELETE FROM claim_counts;
        INSERT INTO claim_counts (n) VALUES (0);
        RETURN NULL;
    END IF;
    WITH folded AS (
        DELETE FROM claim_counts WHERE ctid IN (
            SELECT ctid FROM claim_counts FOR UPDATE SKIP LOCKED)
        RETURNING n)
    INSERT INTO claim_counts (n) SELECT sum(n) FROM folded HAVING count(*) > 0;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    if on_sqlite():
        op.execute("PRAGMA user_version = 9")
        return
    op.execute("CREATE TABLE claim_counts (n bigint NOT NULL)")
    op.execute("INSERT INTO claim_counts (n) SELECT count(*) FROM claims")
    op.execute(FUNCTION)
    op.execute(
        "CREATE TRIGGER claims_counted_insert AFTER INSERT ON claims "
        "REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT "
        "EXECUTE FUNCTION factdesk_count_claims()"
    )
    op.execute(
        "CREATE TRIGGER claims_counted_delete AFTER DELETE ON claims "
        "REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT "
        "EXECUTE FUNCTION factdesk_count_claims()"
    )
    op.execute(
        "CREATE TRIGGER claims_counted_truncate AFTER TRUNCATE ON claims "
        "FOR EACH STATEMENT EXECUTE FUNCTION factdesk_count_claims()"
    )


def downgrade() -> None:
    if on_sqlite():
        op.execute("PRAGMA user_version = 8")
        return
    for trigger in ("insert", "delete", "truncate"):
        op.execute(f"DROP TRIGGER claims_counted_{trigger} ON claims")
    op.execute("DROP FUNCTION factdesk_count_claims()")
    op.execute("DROP TABLE claim_counts")
