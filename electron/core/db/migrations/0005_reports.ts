// Migration 0005: generated reports, kept as immutable records (the PDF, its canonical JSON model, the SHA-256
// of each), so "verify a report" can say months later whether a file is, byte for byte, one this database made.
export default /* sql */ `
CREATE TABLE reports (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('vendor', 'portfolio')),
  vendor_id     TEXT REFERENCES vendors (id),
  subject       TEXT NOT NULL,
  tier          TEXT,
  score         REAL,
  generated_at  TEXT NOT NULL,
  generated_by  TEXT NOT NULL,
  model         TEXT NOT NULL,
  model_sha256  TEXT NOT NULL,
  pdf           BLOB NOT NULL,
  pdf_sha256    TEXT NOT NULL,
  pdf_bytes     INTEGER NOT NULL
);
CREATE INDEX reports_by_pdf ON reports (pdf_sha256);
CREATE INDEX reports_by_vendor ON reports (vendor_id, generated_at);
CREATE INDEX reports_by_kind ON reports (kind, generated_at);

-- A report, once made, is evidence: nothing may change or remove it.
CREATE TRIGGER reports_immutable_update BEFORE UPDATE ON reports
BEGIN SELECT RAISE(ABORT, 'Reports cannot be changed'); END;
CREATE TRIGGER reports_immutable_delete BEFORE DELETE ON reports
BEGIN SELECT RAISE(ABORT, 'Reports cannot be deleted'); END;
`;
