// Migration 0016: four eyes. Who verified an answer; everyone who ever answered, verified or changed an assessment's
// criteria (its preparers, none of whom may approve it), filled from the answers, evidence and audit events kept so
// far; a dismissal of a hit proposed and awaiting a second reviewer; and the audit log's second wall: its events
// cannot be changed or removed, and its head can only name the newest event.
export default /* sql */ `
ALTER TABLE answers ADD COLUMN verified_by TEXT;
UPDATE answers SET verified_by = answered_by WHERE verified = 1;

CREATE TABLE assessment_preparers (
  vendor_id TEXT NOT NULL REFERENCES vendors (id),
  login     TEXT NOT NULL,
  PRIMARY KEY (vendor_id, login)
);
INSERT OR IGNORE INTO assessment_preparers (vendor_id, login)
  SELECT vendor_id, answered_by FROM answers
  UNION SELECT vendor_id, added_by FROM evidence_files
  UNION SELECT entity_id, actor FROM audit_events
    WHERE action IN ('assessment.answer', 'assessment.evidence') AND entity_id IN (SELECT id FROM vendors);

ALTER TABLE screening_hits ADD COLUMN proposed_by TEXT;
ALTER TABLE screening_hits ADD COLUMN proposed_reason TEXT;
ALTER TABLE screening_hits ADD COLUMN proposed_at TEXT;

CREATE TRIGGER audit_events_immutable_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'Audit events cannot be changed'); END;
CREATE TRIGGER audit_events_immutable_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'Audit events cannot be deleted'); END;
CREATE TRIGGER audit_head_follows_insert BEFORE INSERT ON audit_head
  WHEN NEW.seq IS NOT (SELECT max(seq) FROM audit_events) OR NEW.hash IS NOT (SELECT hash FROM audit_events WHERE seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'The audit head names the newest event only'); END;
CREATE TRIGGER audit_head_follows_update BEFORE UPDATE ON audit_head
  WHEN NEW.seq IS NOT (SELECT max(seq) FROM audit_events) OR NEW.hash IS NOT (SELECT hash FROM audit_events WHERE seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'The audit head names the newest event only'); END;
CREATE TRIGGER audit_head_immutable_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'The audit head cannot be deleted'); END;
`;
