// Migration 0010: vendors carry company identifiers (LEI, USCC, DUNS, registration and tax numbers: identifiers.ts),
// as a JSON array like other_names and tags. Vendors stored before have none ('[]').
export default /* sql */ `
ALTER TABLE vendors ADD COLUMN identifiers TEXT NOT NULL DEFAULT '[]';
`;
