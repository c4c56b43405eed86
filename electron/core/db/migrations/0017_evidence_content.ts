// Migration 0017: evidence files' content in the database, for a team workspace (PostgreSQL), where every member must
// open the same file and no one's data folder holds it. A data folder keeps its copies in evidence/ as before and
// leaves this table empty; it is on both engines so that the schemas stay one (assessment/evidence-content.ts).
export default /* sql */ `
CREATE TABLE evidence_content (
  evidence_id TEXT PRIMARY KEY REFERENCES evidence_files (id),
  content     BLOB NOT NULL
);
`;
