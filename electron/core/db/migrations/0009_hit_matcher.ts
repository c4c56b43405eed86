// Migration 0009: each hit records the matcher version that found it (screening/version.ts). Hits stored before
// have none (NULL): found before versions were recorded.
export default /* sql */ `
ALTER TABLE screening_hits ADD COLUMN matcher TEXT;
`;
