// Migration 0019: row versions of vendors. Every write of a vendor moves `version` by one in the statement that makes
// it, and only when the version is still the one its writer started from, so two people saving the same vendor never
// overwrite each other silently (vendors/repository.ts). `updated_by` is the login of the last change, beside
// `updated_at`; vendors kept so far take the author of their latest audit event.
export default /* sql */ `
ALTER TABLE vendors ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE vendors ADD COLUMN updated_by TEXT;
UPDATE vendors SET updated_by = (
  SELECT actor FROM audit_events e WHERE e.entity_type = 'vendor' AND e.entity_id = vendors.id ORDER BY e.seq DESC LIMIT 1
);
`;
