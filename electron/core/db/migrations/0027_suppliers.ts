// Migration 0027: a vendor's own suppliers (fourth parties: hosting, sub-processors, the AI models it builds on), each
// with its service, the data that flows and its country; removing one marks it, so its history stays. The suppliers a
// returned questionnaire lists wait in returned_suppliers until accepted, as its answers do. A hit may reach a vendor
// through a supplier, via "supplier" (suppliers/supplier-hits.ts): screening_hits is rebuilt for the CHECK, as 0023 did.
export default /* sql */ `
CREATE TABLE suppliers (
  id          TEXT PRIMARY KEY,
  vendor_id   TEXT NOT NULL REFERENCES vendors (id),
  name        TEXT NOT NULL,
  norm        TEXT NOT NULL,
  service     TEXT NOT NULL CHECK (service IN ('IaaS/PaaS', 'SaaS', 'AI model/API', 'Data processing', 'Professional services', 'Hardware')),
  data_shared TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_shared)),
  country     TEXT,
  source      TEXT NOT NULL,
  added_by    TEXT NOT NULL,
  added_at    TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  removed_by  TEXT,
  removed_at  TEXT
);
CREATE UNIQUE INDEX suppliers_live ON suppliers (vendor_id, norm, service) WHERE removed_at IS NULL;
CREATE INDEX suppliers_by_norm ON suppliers (norm);

CREATE TABLE returned_suppliers (
  return_id   TEXT NOT NULL REFERENCES questionnaire_returns (id),
  row_number  INTEGER NOT NULL,
  name        TEXT NOT NULL,
  service     TEXT NOT NULL CHECK (service IN ('IaaS/PaaS', 'SaaS', 'AI model/API', 'Data processing', 'Professional services', 'Hardware')),
  data_shared TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_shared)),
  country     TEXT,
  status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed', 'superseded')),
  decided_by  TEXT,
  decided_at  TEXT,
  PRIMARY KEY (return_id, row_number)
);

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
  via               TEXT NOT NULL CHECK (via IN ('name', 'alias', 'parent', 'list-link', 'identifier', 'owner', 'supplier')),
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
