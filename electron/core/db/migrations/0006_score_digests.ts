// Migration 0006: each score snapshot keeps the digest it is compared by (see scoring/scores.ts), so scoring every
// vendor compares short hashes instead of reading back and parsing every vendor's last stored result. Snapshots
// kept before have none: each such vendor's next score is kept as a new snapshot.
export default /* sql */ `
ALTER TABLE score_snapshots ADD COLUMN digest TEXT;
`;
