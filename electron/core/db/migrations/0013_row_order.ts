// Migration 0013: an explicit order of insertion for the tables read newest first (list versions, screening runs,
// score snapshots, reports). Rows of the same instant were told apart by SQLite's rowid, which PostgreSQL has no
// equivalent of; `seq` is set on insert by the statements themselves (one more than the table's largest, in the
// writing transaction), so both engines order the same way. Rows kept so far take their rowid.
export default /* sql */ `
ALTER TABLE list_versions ADD COLUMN seq INTEGER;
UPDATE list_versions SET seq = rowid;
CREATE INDEX list_versions_by_seq ON list_versions (seq);

ALTER TABLE screening_runs ADD COLUMN seq INTEGER;
UPDATE screening_runs SET seq = rowid;
CREATE INDEX screening_runs_by_seq ON screening_runs (seq);

ALTER TABLE score_snapshots ADD COLUMN seq INTEGER;
UPDATE score_snapshots SET seq = rowid;
CREATE INDEX score_snapshots_by_seq ON score_snapshots (seq);

-- Reports refuse every change: the guard is lifted for this one numbering, in this migration's transaction.
ALTER TABLE reports ADD COLUMN seq INTEGER;
DROP TRIGGER reports_immutable_update;
UPDATE reports SET seq = rowid;
CREATE TRIGGER reports_immutable_update BEFORE UPDATE ON reports
BEGIN SELECT RAISE(ABORT, 'Reports cannot be changed'); END;
CREATE INDEX reports_by_seq ON reports (seq);
`;
