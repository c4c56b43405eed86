// Migration 0008: each list version keeps its coverage record (lists/coverage.ts): complete or partial, what is
// missing, the date and rows of each part. Versions imported before have none, and are shown as of unknown coverage.
export default /* sql */ `
ALTER TABLE list_versions ADD COLUMN coverage TEXT CHECK (coverage IS NULL OR json_valid(coverage));
`;
