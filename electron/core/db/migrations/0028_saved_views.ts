// Migration 0028: each user's saved views of the vendor list (search, filters, sort and columns, by name), one of them
// perhaps opened at start. A view is its owner's (the login): only they see and change it, which PostgreSQL enforces
// with row-level security. A name is unique to its owner without regard to case (name_key, folded by the app alike on
// both engines). Deleting one marks it, so what it was stays readable.
export default /* sql */ `
CREATE TABLE saved_views (
  id          TEXT PRIMARY KEY,
  owner       TEXT NOT NULL,
  page        TEXT NOT NULL CHECK (page = 'vendors'),
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL,
  definition  TEXT NOT NULL CHECK (json_valid(definition)),
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  removed_at  TEXT
);
CREATE UNIQUE INDEX saved_views_live ON saved_views (owner, page, name_key) WHERE removed_at IS NULL;
`;
