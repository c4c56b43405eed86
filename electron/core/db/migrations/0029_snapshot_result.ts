// Migration 0029: a score snapshot's result is written by the app alone (scoring/kept-score.ts) and read by it alone,
// so its JSON CHECK goes: on PostgreSQL it parsed every row in PL/pgSQL, a large part of keeping 100,000 snapshots
// after an import. SQLite cannot drop a CHECK in place, so the table is rebuilt, rows, ids and order unchanged.
export default /* sql */ `
CREATE TABLE score_snapshots_new (
  id                  TEXT PRIMARY KEY,
  vendor_id           TEXT NOT NULL REFERENCES vendors (id),
  methodology_version INTEGER NOT NULL,
  score               REAL NOT NULL,
  tier                TEXT NOT NULL,
  result              TEXT NOT NULL,
  reason              TEXT NOT NULL,
  at                  TEXT NOT NULL,
  digest              TEXT,
  seq                 INTEGER
);

INSERT INTO score_snapshots_new SELECT id, vendor_id, methodology_version, score, tier, result, reason, at, digest, seq FROM score_snapshots;

DROP TABLE score_snapshots;
ALTER TABLE score_snapshots_new RENAME TO score_snapshots;
CREATE INDEX score_snapshots_by_vendor ON score_snapshots (vendor_id, at);
CREATE INDEX score_snapshots_by_seq ON score_snapshots (seq);
`;
