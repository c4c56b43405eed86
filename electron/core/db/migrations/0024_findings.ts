// Migration 0024: findings, one live (not resolved) per vendor and criterion, and everyone who opened or edited each
// (four eyes keep them from accepting its risk).
export default /* sql */ `
CREATE TABLE findings (
  id                TEXT PRIMARY KEY,
  vendor_id         TEXT NOT NULL REFERENCES vendors (id),
  criterion_id      TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('no', 'partial', 'evidence')),
  title             TEXT NOT NULL,
  severity          TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  status            TEXT NOT NULL CHECK (status IN ('open', 'in remediation', 'resolved', 'risk accepted')),
  owner             TEXT,
  due               TEXT,
  notes             TEXT NOT NULL DEFAULT '',
  evidence          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)),
  opened_by         TEXT NOT NULL,
  opened_at         TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  resolved_at       TEXT,
  accepted_by       TEXT,
  accepted_at       TEXT,
  accepted_until    TEXT,
  acceptance_reason TEXT,
  CHECK (status <> 'risk accepted' OR (accepted_by IS NOT NULL AND accepted_until IS NOT NULL))
);
CREATE UNIQUE INDEX findings_live ON findings (vendor_id, criterion_id) WHERE status <> 'resolved';
CREATE INDEX findings_by_due ON findings (due);

CREATE TABLE finding_editors (
  finding_id TEXT NOT NULL REFERENCES findings (id),
  login      TEXT NOT NULL,
  PRIMARY KEY (finding_id, login)
);
`;
