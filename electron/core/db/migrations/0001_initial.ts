// Migration 0001: vendors, settings and the hash-chained audit log.
export default /* sql */ `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE vendors (
  id                    TEXT PRIMARY KEY,
  legal_name            TEXT NOT NULL,
  norm_name             TEXT NOT NULL,
  other_names           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(other_names)),
  country_incorporation TEXT,
  country_hq            TEXT,
  parent_name           TEXT,
  website               TEXT,
  services              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(services)),
  data_shared           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_shared)),
  criticality           TEXT CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
  contract_owner        TEXT,
  contract_start        TEXT,
  contract_end          TEXT,
  annual_spend          REAL,
  tags                  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  notes                 TEXT,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  deleted_at            TEXT
);
-- One live vendor per normalised legal name; deleted vendors keep theirs for undo.
CREATE UNIQUE INDEX vendors_live_norm_name ON vendors (norm_name) WHERE deleted_at IS NULL;

CREATE TABLE audit_events (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id   TEXT,
  summary     TEXT NOT NULL,
  before      TEXT,
  after       TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity_id);

-- The newest event, so that removing events from the end of the chain is detected too.
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  hash TEXT NOT NULL
);
`;
