// Migration 0025: which vendors each move of the vendors' change counter (0012) was about. The counter's triggers also
// stamp each vendor they count with the counter's new value, kept after the vendor is gone (a tombstone), so the
// vendor list reads only the vendors changed since its index was built, not all of them (vendors/list-view.ts).
export default /* sql */ `
CREATE TABLE vendor_changes (
  vendor_id TEXT PRIMARY KEY,
  version   INTEGER NOT NULL
);
CREATE INDEX vendor_changes_by_version ON vendor_changes (version);
INSERT INTO vendor_changes (vendor_id, version) SELECT id, (SELECT version FROM change_counters WHERE area = 'vendors') FROM vendors;

DROP TRIGGER vendors_changed_insert;
DROP TRIGGER vendors_changed_update;
DROP TRIGGER vendors_changed_delete;
CREATE TRIGGER vendors_changed_insert AFTER INSERT ON vendors
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE area = 'vendors';
  INSERT OR REPLACE INTO vendor_changes (vendor_id, version) VALUES (NEW.id, (SELECT version FROM change_counters WHERE area = 'vendors'));
END;
CREATE TRIGGER vendors_changed_update AFTER UPDATE ON vendors
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE area = 'vendors';
  INSERT OR REPLACE INTO vendor_changes (vendor_id, version) VALUES (NEW.id, (SELECT version FROM change_counters WHERE area = 'vendors'));
END;
CREATE TRIGGER vendors_changed_delete AFTER DELETE ON vendors
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE area = 'vendors';
  INSERT OR REPLACE INTO vendor_changes (vendor_id, version) VALUES (OLD.id, (SELECT version FROM change_counters WHERE area = 'vendors'));
END;
`;
