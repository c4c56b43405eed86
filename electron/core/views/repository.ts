// Saved views on the store, each its owner's: read and written only under the login that saved them (PostgreSQL's
// row-level security says the same, migration 28). Every write is one transaction with its audit event; a deleted view
// is marked, not removed.
import { randomUUID } from 'node:crypto';
import { appendEvents } from '../audit/log';
import type { Sql, Store } from '../db/store';
import { VetterError } from '../errors';
import { VENDOR_COLUMNS, type SavedView, type SaveViewInput, vendorView } from './model';

interface ViewRow {
  id: string;
  name: string;
  definition: string;
  is_default: number | string;
  updated_at: string;
}

const LIVE = "SELECT id, name, definition, is_default, updated_at FROM saved_views WHERE owner = ? AND page = 'vendors' AND removed_at IS NULL";

/** A column a later version no longer has is left out, so an old view still opens; the rest is as it was saved. */
function toView(r: ViewRow): SavedView {
  const stored = JSON.parse(r.definition) as { columns?: unknown[] };
  const columns = (stored.columns ?? []).filter((c): c is string => (VENDOR_COLUMNS as readonly unknown[]).includes(c));
  return { id: r.id, name: r.name, definition: vendorView.parse({ ...stored, columns }), isDefault: Number(r.is_default) === 1, updatedAt: r.updated_at };
}

/** Names compare without case: "China AI" and "china ai" are one view (the unique index is on this key). */
const nameKey = (name: string) => name.trim().toLocaleLowerCase('en');

export class SavedViews {
  constructor(private readonly store: Store) {}

  /** The owner's views, by name as a reader sorts it (accents too), the same on both engines whatever their collation. */
  async list(owner: string, sql: Sql = this.store.read): Promise<SavedView[]> {
    const rows = await sql.all<ViewRow>(LIVE, [owner]);
    return rows.map(toView).sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
  }

  /** Saves a view under its name, replacing the owner's view of that name; a default view takes over from the last. */
  save(input: SaveViewInput, owner: string): Promise<SavedView> {
    return this.store.transaction(async (tx) => {
      const now = new Date().toISOString();
      const existing = (await this.list(owner, tx)).find((v) => nameKey(v.name) === nameKey(input.name));
      if (input.isDefault) await tx.run("UPDATE saved_views SET is_default = 0 WHERE owner = ? AND page = 'vendors' AND is_default = 1 AND removed_at IS NULL", [owner]);
      const definition = JSON.stringify(input.definition);
      const id = existing?.id ?? randomUUID();
      if (existing) {
        await tx.run('UPDATE saved_views SET name = ?, name_key = ?, definition = ?, is_default = ?, updated_at = ? WHERE id = ? AND owner = ?', [input.name, nameKey(input.name), definition, input.isDefault ? 1 : 0, now, id, owner]);
      } else {
        await tx.run("INSERT INTO saved_views (id, owner, page, name, name_key, definition, is_default, created_at, updated_at) VALUES (?, ?, 'vendors', ?, ?, ?, ?, ?, ?)", [
          id,
          owner,
          input.name,
          nameKey(input.name),
          definition,
          input.isDefault ? 1 : 0,
          now,
          now,
        ]);
      }
      const saved: SavedView = { id, name: input.name, definition: input.definition, isDefault: input.isDefault, updatedAt: now };
      await appendEvents(tx, [
        {
          actor: owner,
          action: 'views.save',
          entityType: 'view',
          entityId: id,
          summary: `${existing ? 'Changed' : 'Saved'} the vendor list view ${JSON.stringify(input.name)}${input.isDefault ? ', opened at start' : ''}`,
          before: existing ?? null,
          after: saved,
        },
      ]);
      return saved;
    });
  }

  /** Marks the owner's view deleted; another's, or one already gone, is not found. */
  remove(id: string, owner: string): Promise<SavedView> {
    return this.store.transaction(async (tx) => {
      const row = await tx.get<ViewRow>(`${LIVE} AND id = ?`, [owner, id]);
      if (!row) throw new VetterError('not_found', 'This view is no longer there: it may have been deleted in another window.');
      const view = toView(row);
      await tx.run('UPDATE saved_views SET removed_at = ?, is_default = 0 WHERE id = ? AND owner = ?', [new Date().toISOString(), id, owner]);
      await appendEvents(tx, [
        { actor: owner, action: 'views.remove', entityType: 'view', entityId: id, summary: `Deleted the vendor list view ${JSON.stringify(view.name)}`, before: view },
      ]);
      return view;
    });
  }
}
