// Migration 0014: questionnaires sent to vendors as workbooks, the workbooks they returned, and the answers each
// return holds until an analyst accepts or dismisses them (kept apart from the analyst's own answers).
export default /* sql */ `
CREATE TABLE questionnaires (
  id              TEXT PRIMARY KEY,
  vendor_id       TEXT NOT NULL REFERENCES vendors (id),
  catalog_id      TEXT NOT NULL,
  catalog_version INTEGER NOT NULL,
  lang            TEXT NOT NULL CHECK (lang IN ('en', 'en+zh')),
  questions       TEXT NOT NULL CHECK (json_valid(questions)),
  checksum        TEXT NOT NULL,
  sent_by         TEXT NOT NULL,
  sent_at         TEXT NOT NULL
);
CREATE INDEX questionnaires_by_vendor ON questionnaires (vendor_id, sent_at);

CREATE TABLE questionnaire_returns (
  id               TEXT PRIMARY KEY,
  questionnaire_id TEXT NOT NULL REFERENCES questionnaires (id),
  vendor_id        TEXT NOT NULL REFERENCES vendors (id),
  file_name        TEXT NOT NULL,
  file_sha256      TEXT NOT NULL,
  imported_by      TEXT NOT NULL,
  imported_at      TEXT NOT NULL
);
CREATE INDEX questionnaire_returns_by_vendor ON questionnaire_returns (vendor_id, imported_at);

CREATE TABLE returned_answers (
  return_id    TEXT NOT NULL REFERENCES questionnaire_returns (id),
  criterion_id TEXT NOT NULL,
  value        TEXT NOT NULL CHECK (json_valid(value)),
  comment      TEXT,
  evidence_ref TEXT,
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed', 'superseded')),
  decided_by   TEXT,
  decided_at   TEXT,
  PRIMARY KEY (return_id, criterion_id)
);
`;
