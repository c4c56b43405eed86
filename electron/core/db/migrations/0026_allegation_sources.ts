// Migration 0026: an allegation has several sources, several reports of one event (#15), each with its own source type,
// publisher, date, address and what it shows. Every allegation recorded before keeps its source as its first one: the
// allegation's own source columns stay as they were (the source it was recorded with), nothing is moved or dropped.
// A source taken off is marked removed, never deleted.
export default /* sql */ `
CREATE TABLE allegation_sources (
  id            TEXT PRIMARY KEY,
  allegation_id TEXT NOT NULL REFERENCES allegations (id),
  position      INTEGER NOT NULL,
  source_title  TEXT NOT NULL,
  publisher     TEXT NOT NULL,
  source_type   TEXT NOT NULL,
  url           TEXT,
  published_at  TEXT NOT NULL,
  evidence      TEXT,
  added_by      TEXT NOT NULL,
  added_at      TEXT NOT NULL,
  removed_at    TEXT,
  UNIQUE (allegation_id, position)
);

INSERT INTO allegation_sources (id, allegation_id, position, source_title, publisher, source_type, url, published_at, evidence, added_by, added_at)
SELECT id || ':1', id, 1, source_title, publisher, source_type, url, published_at, NULL, created_by, created_at FROM allegations;
`;
