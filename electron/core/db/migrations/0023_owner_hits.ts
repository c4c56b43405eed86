// Migration 0023: a hit may reach a vendor through its owners, via "owner" (ownership/owner-hits.ts); its path and
// aggregate are kept in its explanation. SQLite cannot change a CHECK in place, so the table is rebuilt, rows and ids
// unchanged (as 0011 did).
export default /* sql */ `
CREATE TABLE screening_hits_new (
  id                TEXT PRIMARY KEY,
  vendor_id         TEXT NOT NULL REFERENCES vendors (id),
  list_key          TEXT NOT NULL,
  entry_id          TEXT NOT NULL,
  version_id        TEXT NOT NULL REFERENCES list_versions (id),
  entry_fingerprint TEXT NOT NULL,
  entry_name        TEXT NOT NULL,
  matched_name      TEXT NOT NULL,
  list_name         TEXT NOT NULL,
  via               TEXT NOT NULL CHECK (via IN ('name', 'alias', 'parent', 'list-link', 'identifier', 'owner')),
  score             REAL NOT NULL,
  band              TEXT NOT NULL CHECK (band IN ('match', 'review')),
  explanation       TEXT NOT NULL CHECK (json_valid(explanation)),
  screened_at       TEXT NOT NULL,
  resolved_at       TEXT,
  resolution        TEXT,
  decision          TEXT NOT NULL DEFAULT 'open' CHECK (decision IN ('open', 'confirmed', 'dismissed')),
  decision_reason   TEXT,
  reviewer          TEXT,
  decided_at        TEXT,
  decided_fingerprint TEXT,
  matcher           TEXT,
  proposed_by       TEXT,
  proposed_reason   TEXT,
  proposed_at       TEXT,
  ever_matched      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (vendor_id, list_key, entry_id)
);

INSERT INTO screening_hits_new
SELECT id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, score,
       band, explanation, screened_at, resolved_at, resolution, decision, decision_reason, reviewer, decided_at,
       decided_fingerprint, matcher, proposed_by, proposed_reason, proposed_at, ever_matched
FROM screening_hits;

DROP TABLE screening_hits;
ALTER TABLE screening_hits_new RENAME TO screening_hits;
`;
