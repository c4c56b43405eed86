// Migration 0002: designation list versions and their entries, screening hits with review decisions, runs.
export default /* sql */ `
CREATE TABLE list_versions (
  id          TEXT PRIMARY KEY,
  list_key    TEXT NOT NULL,
  list_name   TEXT NOT NULL,
  publisher   TEXT NOT NULL,
  format      TEXT NOT NULL,
  as_of       TEXT,
  source_url  TEXT,
  sha256      TEXT NOT NULL,
  files       TEXT NOT NULL CHECK (json_valid(files)),
  entry_count INTEGER NOT NULL,
  counts      TEXT NOT NULL CHECK (json_valid(counts)),
  warnings    TEXT NOT NULL CHECK (json_valid(warnings)),
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  bundled     INTEGER NOT NULL DEFAULT 0
);
-- The same files imported twice are one version.
CREATE UNIQUE INDEX list_versions_content ON list_versions (list_key, sha256);
CREATE INDEX list_versions_by_list ON list_versions (list_key, imported_at);

CREATE TABLE list_entries (
  version_id  TEXT NOT NULL REFERENCES list_versions (id) ON DELETE CASCADE,
  entry_id    TEXT NOT NULL,
  -- The whole entry as imported; fingerprint = SHA-256 of it, so a changed entry is noticed.
  data        TEXT NOT NULL CHECK (json_valid(data)),
  fingerprint TEXT NOT NULL,
  PRIMARY KEY (version_id, entry_id)
);

CREATE TABLE screening_hits (
  id                TEXT PRIMARY KEY,
  vendor_id         TEXT NOT NULL REFERENCES vendors (id),
  list_key          TEXT NOT NULL,
  entry_id          TEXT NOT NULL,
  version_id        TEXT NOT NULL REFERENCES list_versions (id),
  entry_fingerprint TEXT NOT NULL,
  entry_name        TEXT NOT NULL,
  matched_name      TEXT NOT NULL,
  list_name         TEXT NOT NULL,
  via               TEXT NOT NULL CHECK (via IN ('name', 'alias', 'parent')),
  via_list_parent   INTEGER NOT NULL DEFAULT 0,
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
  -- The entry as it was when decided: a decision is re-applied only while the entry is unchanged.
  decided_fingerprint TEXT,
  UNIQUE (vendor_id, list_key, entry_id)
);

CREATE TABLE vendor_screening (
  vendor_id   TEXT PRIMARY KEY REFERENCES vendors (id),
  screened_at TEXT NOT NULL
);

CREATE TABLE screening_runs (
  id           TEXT PRIMARY KEY,
  at           TEXT NOT NULL,
  trigger      TEXT NOT NULL,
  vendor_count INTEGER NOT NULL,
  summary      TEXT NOT NULL CHECK (json_valid(summary))
);
`;
