// Migration 0012: a counter that moves with every change to the vendors table, whoever makes it (this app, the CLI,
// another app on a shared workspace). The vendor list keeps what it derives from every vendor (folded names, sort
// order) in memory while the counter stands still (vendors/list-view.ts), instead of reading 10,000 vendors a request.
export default /* sql */ `
CREATE TABLE change_counters (
  area    TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);
INSERT INTO change_counters (area, version) VALUES ('vendors', 0);

CREATE TRIGGER vendors_changed_insert AFTER INSERT ON vendors
BEGIN UPDATE change_counters SET version = version + 1 WHERE area = 'vendors'; END;
CREATE TRIGGER vendors_changed_update AFTER UPDATE ON vendors
BEGIN UPDATE change_counters SET version = version + 1 WHERE area = 'vendors'; END;
CREATE TRIGGER vendors_changed_delete AFTER DELETE ON vendors
BEGIN UPDATE change_counters SET version = version + 1 WHERE area = 'vendors'; END;
`;
