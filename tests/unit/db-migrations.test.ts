import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase, schemaVersion } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { VetterError } from '../../electron/core/errors';
import { tempDir } from '../helpers';

describe('database migrations', () => {
  it('creates a fresh database at the latest version with WAL and foreign keys on', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['vendors', 'audit_events', 'audit_head', 'settings']));
    db.close();
    // Nothing to back up when there was no data.
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('upgrades an older database in order, keeps its data and a copy of the file as it was', () => {
    const dir = tempDir();
    const v1 = openDatabase(dir, MIGRATIONS.slice(0, 1));
    v1.prepare("INSERT INTO settings (key, value) VALUES ('user', 'Ana')").run();
    v1.close();

    const next = { version: MIGRATIONS.at(-1)!.version + 1, name: 'test_column', sql: 'ALTER TABLE settings ADD COLUMN note TEXT;' };
    const db = openDatabase(dir, [...MIGRATIONS, next]);
    expect(schemaVersion(db)).toBe(next.version);
    expect(db.prepare("SELECT value, note FROM settings WHERE key = 'user'").get()).toEqual({ value: 'Ana', note: null });
    db.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'user'").pluck().get()).toBe('Ana');
    copy.close();
  });

  it('rolls a failing migration back and leaves the version where it was', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const latest = MIGRATIONS.at(-1)!.version;
    const broken = { version: latest + 1, name: 'broken', sql: 'CREATE TABLE half (x); THIS IS NOT SQL;' };
    expect(() => openDatabase(dir, [...MIGRATIONS, broken])).toThrow();
    const db = new Database(path.join(dir, DB_FILE));
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version and does not touch it', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const raw = new Database(path.join(dir, DB_FILE));
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(path.join(dir, DB_FILE));

    let error: unknown;
    try {
      openDatabase(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(VetterError);
    expect((error as VetterError).message).toMatch(/newer version of Vetter.*data format 99/);
    expect(fs.readFileSync(path.join(dir, DB_FILE)).equals(before)).toBe(true);
  });
});

describe('migration 0011: hit routes', () => {
  it('stores a list link stored as a parent before as "list-link", keeping every row and its decision', () => {
    const dir = tempDir();
    const before = MIGRATIONS.findIndex((m) => m.name === 'hit_via');
    const old = openDatabase(dir, MIGRATIONS.slice(0, before));
    old.exec(`
      INSERT INTO vendors (id, created_at, updated_at, legal_name, norm_name) VALUES ('v1', 't', 't', 'Acme', 'acme');
      INSERT INTO list_versions (id, list_key, list_name, publisher, format, as_of, source_url, sha256, files, entry_count, counts, warnings, imported_at, imported_by, bundled, coverage)
        VALUES ('l1', 'dod-1260h', 'DoD 1260H', 'DoD', 'dod-1260h-csv', NULL, NULL, 'x', '[]', 0, '{}', '[]', 't', 'u', 0, '{}');
    `);
    const insert = old.prepare(
      `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, via_list_parent, score, band, explanation, screened_at, decision)
       VALUES (?, 'v1', 'dod-1260h', ?, 'l1', 'f', 'E', 'M', 'L', ?, ?, 0.9, 'match', '{}', 't', ?)`,
    );
    insert.run('h1', 'e1', 'parent', 1, 'confirmed');
    insert.run('h2', 'e2', 'parent', 0, 'open');
    insert.run('h3', 'e3', 'alias', 0, 'dismissed');
    old.close();

    const db = openDatabase(dir);
    expect(db.prepare('SELECT id, via, decision FROM screening_hits ORDER BY id').all()).toEqual([
      { id: 'h1', via: 'list-link', decision: 'confirmed' },
      { id: 'h2', via: 'parent', decision: 'open' },
      { id: 'h3', via: 'alias', decision: 'dismissed' },
    ]);
    expect(() => db.prepare("UPDATE screening_hits SET via = 'identifier' WHERE id = 'h2'").run()).not.toThrow();
    expect(() => db.prepare("UPDATE screening_hits SET via = 'elsewhere' WHERE id = 'h2'").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 0029: snapshot results', () => {
  it('keeps every snapshot, its number and its indexes, with the result no longer checked as JSON', () => {
    const dir = tempDir();
    const before = MIGRATIONS.findIndex((m) => m.name === 'snapshot_result');
    const old = openDatabase(dir, MIGRATIONS.slice(0, before));
    old.exec(`
      INSERT INTO vendors (id, created_at, updated_at, legal_name, norm_name) VALUES ('v1', 't', 't', 'Acme', 'acme');
      INSERT INTO score_snapshots (id, vendor_id, methodology_version, score, tier, result, reason, at, digest, seq) VALUES
        ('s1', 'v1', 2, 12.5, 'Low', '{"score":12.5}', 'First score', '2026-01-01', 'd1', 1),
        ('s2', 'v1', 2, 40, 'High', '{"kept":1,"score":40}', 'T3 changed', '2026-02-01', 'd2', 2);
    `);
    const rows = old.prepare('SELECT * FROM score_snapshots ORDER BY seq').all();
    old.close();

    const db = openDatabase(dir);
    expect(db.prepare('SELECT * FROM score_snapshots ORDER BY seq').all()).toEqual(rows);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'score_snapshots' AND sql IS NOT NULL ORDER BY name").pluck().all()).toEqual([
      'score_snapshots_by_seq',
      'score_snapshots_by_vendor',
    ]);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'score_snapshots'").pluck().get()).not.toMatch(/json_valid/);
    expect(() => db.prepare("INSERT INTO score_snapshots (id, vendor_id, methodology_version, score, tier, result, reason, at) VALUES ('s3', 'nobody', 2, 0, 'Low', '{}', 'x', 't')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
