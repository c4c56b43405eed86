// Migration 0015: the ownership graph. Parties (companies, people, organisations) and the links between them, owner
// → owned, each written by an import (kept with its file's SHA-256); a party's names, folded as vendor names are, find
// it from a vendor's names.
export default /* sql */ `
CREATE TABLE ownership_imports (
  id          TEXT PRIMARY KEY,
  file_name   TEXT NOT NULL,
  format      TEXT NOT NULL CHECK (format IN ('ftm', 'csv')),
  sha256      TEXT NOT NULL,
  parties     INTEGER NOT NULL,
  links       INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
);

CREATE TABLE ownership_parties (
  -- 'ftm:' and the FollowTheMoney id, or 'csv:' and the folded name of a party a CSV named first.
  id        TEXT PRIMARY KEY,
  kind      TEXT CHECK (kind IN ('company', 'person', 'organisation')),
  name      TEXT NOT NULL,
  aliases   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
  country   TEXT,
  -- The import that last wrote it.
  import_id TEXT NOT NULL REFERENCES ownership_imports (id)
);

CREATE TABLE ownership_names (
  party_id TEXT NOT NULL REFERENCES ownership_parties (id) ON DELETE CASCADE,
  norm     TEXT NOT NULL,
  PRIMARY KEY (party_id, norm)
);
CREATE INDEX ownership_names_norm ON ownership_names (norm);

CREATE TABLE ownership_links (
  id         TEXT PRIMARY KEY,
  owner_id   TEXT NOT NULL REFERENCES ownership_parties (id),
  owned_id   TEXT NOT NULL REFERENCES ownership_parties (id),
  kind       TEXT NOT NULL CHECK (kind IN ('shareholding', 'joint_venture', 'control_agreement', 'vie_contract', 'board_control')),
  percentage REAL CHECK (percentage BETWEEN 0 AND 100),
  shares     REAL CHECK (shares >= 0),
  -- YYYY, YYYY-MM or YYYY-MM-DD, as the source gives it.
  start_date TEXT,
  end_date   TEXT,
  source     TEXT,
  import_id  TEXT NOT NULL REFERENCES ownership_imports (id),
  CHECK (owner_id <> owned_id)
);
-- The rules walk the graph upwards, from a party to its owners.
CREATE INDEX ownership_links_owned ON ownership_links (owned_id);
`;
