// Migration 0003: the allegations register (soft data: sourced claims, never facts).
export default /* sql */ `
CREATE TABLE allegations (
  id                    TEXT PRIMARY KEY,
  -- The company the source accuses, as the source names it; it reaches a vendor by its legal name or
  -- through the vendor's parent company.
  subject_name          TEXT NOT NULL,
  subject_norm          TEXT NOT NULL,
  source_title          TEXT NOT NULL,
  publisher             TEXT NOT NULL,
  source_type           TEXT NOT NULL,
  url                   TEXT,
  published_at          TEXT NOT NULL,
  claims                TEXT NOT NULL CHECK (json_valid(claims)),
  status                TEXT NOT NULL,
  status_history        TEXT NOT NULL CHECK (json_valid(status_history)),
  vendor_response       TEXT,
  credibility           INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 5),
  credibility_rationale TEXT NOT NULL,
  created_at            TEXT NOT NULL,
  created_by            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  deleted_at            TEXT
);
CREATE INDEX allegations_subject ON allegations (subject_norm) WHERE deleted_at IS NULL;
`;
