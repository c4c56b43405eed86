// Migration 0004: assessments against the criteria catalog, their evidence files, and the versioned
// catalog and methodology, and score snapshots.
export default /* sql */ `
CREATE TABLE assessments (
  vendor_id      TEXT PRIMARY KEY REFERENCES vendors (id),
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in review', 'approved')),
  approver       TEXT,
  approved_at    TEXT,
  reassess_due   TEXT,
  updated_at     TEXT NOT NULL
);

CREATE TABLE answers (
  vendor_id    TEXT NOT NULL REFERENCES vendors (id),
  criterion_id TEXT NOT NULL,
  value        TEXT,
  verified     INTEGER NOT NULL DEFAULT 0,
  note         TEXT,
  answered_by  TEXT NOT NULL,
  answered_at  TEXT NOT NULL,
  PRIMARY KEY (vendor_id, criterion_id)
);

CREATE TABLE evidence_files (
  id           TEXT PRIMARY KEY,
  vendor_id    TEXT NOT NULL REFERENCES vendors (id),
  criterion_id TEXT NOT NULL,
  file_name    TEXT NOT NULL,
  stored_name  TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  size         INTEGER NOT NULL,
  added_by     TEXT NOT NULL,
  added_at     TEXT NOT NULL
);
CREATE INDEX evidence_by_vendor ON evidence_files (vendor_id, criterion_id);

CREATE TABLE methodology_versions (
  id          TEXT PRIMARY KEY,
  version     INTEGER NOT NULL UNIQUE,
  data        TEXT NOT NULL CHECK (json_valid(data)),
  note        TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE TABLE score_snapshots (
  id                  TEXT PRIMARY KEY,
  vendor_id           TEXT NOT NULL REFERENCES vendors (id),
  methodology_version INTEGER NOT NULL,
  score               REAL NOT NULL,
  tier                TEXT NOT NULL,
  result              TEXT NOT NULL CHECK (json_valid(result)),
  reason              TEXT NOT NULL,
  at                  TEXT NOT NULL
);
CREATE INDEX score_snapshots_by_vendor ON score_snapshots (vendor_id, at);
`;
