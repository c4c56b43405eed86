// Migration 0018: whether a hit was ever in the match band. A match on a blocking list needs a second reviewer to be
// dismissed (four eyes); a band lowered afterwards, by a later screening or by hand in the database, does not make
// one reviewer enough (screening/screening.ts: describe; PostgreSQL's dismissal trigger checks the same).
export default /* sql */ `
ALTER TABLE screening_hits ADD COLUMN ever_matched INTEGER NOT NULL DEFAULT 0;
UPDATE screening_hits SET ever_matched = 1 WHERE band = 'match';
`;
