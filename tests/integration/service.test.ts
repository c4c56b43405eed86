// The core as every host sees it: envelopes, field-level validation, all-or-nothing imports, cancel.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/audit/log';
import { sqliteSql } from '../../electron/core/db/sqlite-store';
import { IMPORT_FIELDS } from '../../electron/core/contract';
import { failAuditOf, tempDir, testCore, vendorInput } from '../helpers';

const HEADER = 'name,aliases,country,parent,website,services,data_shared,criticality,owner,notes';

function csv(lines: string[]): string {
  const file = path.join(tempDir(), 'vendors.csv');
  fs.writeFileSync(file, [HEADER, ...lines].join('\n'));
  return file;
}

/** Everything a user could lose: the vendors, and the audit chain length. */
async function snapshot(t: ReturnType<typeof testCore>) {
  const { vendors } = await t.call('vendors.list', {});
  const { total } = await t.call('audit.list', { limit: 1 });
  return { vendors, total };
}

describe('core service', () => {
  it('answers in the envelope and reports field-level problems', async () => {
    const t = testCore();
    const bad = await t.invokeUnchecked('vendors.create', { ...vendorInput(), legalName: ' ', criticality: 'urgent', contractStart: '2025-02-01', contractEnd: '2025-01-01' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid_input');
    expect(bad.error.details).toMatchObject({
      legalName: 'Legal name is required',
      criticality: expect.any(String),
    });
    expect(bad.error.message).toMatch(/legal name/);
    const unknown = await t.invokeUnchecked('vendors.drop', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const notFound = await t.invoke('vendors.get', { id: 'nope' });
    expect(notFound).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('never sends stack traces or SQL to the UI', async () => {
    const t = testCore();
    t.db.exec('DROP TABLE audit_head');
    const result = await t.invoke('vendors.create', vendorInput());
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/not changed/) } });
    expect(JSON.stringify(result)).not.toMatch(/audit_head|SQL|at .*\.ts/);
  });

  it('loads the demo inventory once: about 30 vendors across regions, filled in', async () => {
    const t = testCore();
    const { created } = await t.call('demo.load', {});
    expect(created).toBeGreaterThanOrEqual(28);
    expect((await t.call('demo.load', {})).created).toBe(0);
    const { vendors } = await t.call('vendors.list', {});
    const countries = new Set(vendors.map((v) => v.countryOfHeadquarters));
    for (const c of ['US', 'DE', 'FR', 'CN', 'JP', 'KR', 'IN']) expect(countries.has(c)).toBe(true);
    expect(vendors.every((v) => v.services.length > 0 && v.dataShared.length > 0 && v.criticality !== null)).toBe(true);
    expect(vendors.some((v) => v.otherNames.some((n) => n.name === '阿里云'))).toBe(true);
  });

  it('previews an import without writing, then imports all of it with progress', async () => {
    const t = testCore();
    const file = csv(['Acme Cloud,Acme;阿克米,US,,https://acme.example,SaaS;ai model/api,Customer personal data,HIGH,Ana,', 'Beta Data GmbH,,Germany,,,Data processing,None,low,,hello']);
    const ref = t.pick(file);
    const preview = await t.call('vendors.importPreview', { file: ref });
    expect(preview).toMatchObject({ rowCount: 2, problemCount: 0, duplicates: [] });
    expect(preview.mapping).toEqual(['name', 'aliases', 'country', 'parent', 'website', 'services', 'data_shared', 'criticality', 'owner', 'notes']);
    expect((await snapshot(t)).vendors).toEqual([]);

    const result = await t.call('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'j1' });
    expect(result).toEqual({ created: 2, updated: 0, skipped: 0 });
    const { vendors } = await t.call('vendors.list', {});
    expect(vendors.map((v) => v.legalName)).toEqual(['Acme Cloud', 'Beta Data GmbH']);
    expect(vendors[0]).toMatchObject({ services: ['SaaS', 'AI model/API'], criticality: 'high', countryOfIncorporation: 'US' });
    expect(vendors[1]).toMatchObject({ countryOfIncorporation: 'DE', dataShared: ['None'] });
    expect(t.progress.at(-1)).toMatchObject({ jobId: 'j1', done: 2, total: 2 });
    const { events } = await t.call('audit.list', { limit: 1 });
    expect(events[0]).toMatchObject({ action: 'vendor.import', after: { file: 'vendors.csv', created: 2 } });
    expect((await verifyChain(sqliteSql(t.db))).ok).toBe(true);
  });

  it('reports duplicates and skips or updates them as asked', async () => {
    const t = testCore();
    await t.call('vendors.create', vendorInput({ legalName: 'Acme Cloud', criticality: 'low' }));
    const ref = t.pick(csv(['ACME cloud,,US,,,SaaS,None,critical,,', 'New One,,US,,,SaaS,None,low,,']));
    const preview = await t.call('vendors.importPreview', { file: ref });
    expect(preview.duplicates).toEqual([expect.objectContaining({ row: 2, name: 'ACME cloud', existingName: 'Acme Cloud' })]);
    expect(await t.call('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'a' })).toEqual({ created: 1, updated: 0, skipped: 1 });
    expect((await t.call('vendors.list', {})).vendors.find((v) => v.legalName === 'Acme Cloud')?.criticality).toBe('low');

    const again = t.pick(csv(['ACME cloud,,US,,,SaaS,None,critical,,']));
    const p2 = await t.call('vendors.importPreview', { file: again });
    expect(await t.call('vendors.importRun', { file: again, mapping: p2.mapping, onDuplicate: 'update', jobId: 'b' })).toEqual({ created: 0, updated: 1, skipped: 0 });
    expect((await t.call('vendors.list', {})).vendors.find((v) => v.legalName === 'ACME cloud')?.criticality).toBe('critical');
  });

  it.each([
    ['a missing required value', ['Good Co,,US,,,SaaS,None,low,,', ',,US,,,SaaS,None,low,,']],
    ['a wrong enum value', ['Good Co,,US,,,SaaS,None,urgent,,']],
    ['an unknown service', ['Good Co,,US,,,Blockchain,None,low,,']],
    ['an unknown country', ['Good Co,,Atlantis,,,SaaS,None,low,,']],
    ['a hostile string in a bad row', ['"=HYPERLINK(""http://x"")",,US,,,SaaS,None,nope,,', "'; DROP TABLE vendors; --,,US,,,SaaS,None,low,,"]],
  ])('imports nothing when a file has %s', async (_label, lines) => {
    const t = testCore();
    await t.call('demo.load', {});
    const before = await snapshot(t);
    const ref = t.pick(csv(lines));
    const preview = await t.call('vendors.importPreview', { file: ref });
    expect(preview.problemCount).toBeGreaterThan(0);
    expect(preview.problems[0]).toMatchObject({ row: expect.any(Number), column: expect.any(String), message: expect.any(String) });
    const run = await t.invoke('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'x' });
    expect(run).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Nothing was imported/) } });
    expect(await snapshot(t)).toEqual(before);
  });

  it('imports nothing from an unreadable file and says why', async () => {
    const t = testCore();
    await t.call('demo.load', {});
    const before = await snapshot(t);
    const dir = tempDir();
    const files = {
      empty: Buffer.alloc(0),
      latin1: Buffer.concat([Buffer.from(`${HEADER}\nCaf`), Buffer.from([0xe9]), Buffer.from(',,FR,,,SaaS,None,low,,\n')]),
      binary: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const file = path.join(dir, `${name}.csv`);
      fs.writeFileSync(file, bytes);
      const result = await t.invoke('vendors.importPreview', { file: t.pick(file) });
      expect(result, name).toMatchObject({ ok: false, error: { code: 'bad_file' } });
      const run = await t.invoke('vendors.importRun', { file: t.pick(file), mapping: [], onDuplicate: 'skip', jobId: name });
      expect(run.ok, name).toBe(false);
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it('a cancelled import rolls back completely', async () => {
    const t = testCore();
    const lines = Array.from({ length: 3000 }, (_, i) => `Vendor ${i},,US,,,SaaS,None,low,,`);
    const ref = t.pick(csv(lines));
    const preview = await t.call('vendors.importPreview', { file: ref });
    const running = t.invoke('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'big' });
    // Cancel as soon as the first chunk has been written.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (t.progress.some((p) => p.jobId === 'big' && p.done > 0)) {
          clearInterval(timer);
          resolve();
        }
      }, 1);
    });
    expect(await t.call('jobs.cancel', { jobId: 'big' })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await snapshot(t)).toEqual({ vendors: [], total: 0 });
    expect(await t.call('jobs.cancel', { jobId: 'big' })).toEqual({ cancelled: false });
  });

  it('a mapping that does not fit the file is refused', async () => {
    const t = testCore();
    const ref = t.pick(csv(['A,,US,,,SaaS,None,low,,']));
    const result = await t.invoke('vendors.importPreview', { file: ref, mapping: ['name'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const noName = await t.call('vendors.importPreview', { file: ref, mapping: Array(10).fill(null) });
    expect(noName.problemCount).toBeGreaterThan(0);
    expect(IMPORT_FIELDS).toContain('name');
  });

  // Before logins, the name typed in Settings was who the audit log recorded: now it is a label shown for the account,
  // and the account acts.
  it('records the account in the audit log; the name typed in Settings is only shown', async () => {
    const t = testCore();
    expect(await t.call('app.info', {})).toMatchObject({ user: 'tester', login: 'tester', workspace: { engine: 'sqlite', address: t.dataDir } });
    await t.call('settings.setUser', { name: 'Ana Analyst' });
    await t.call('vendors.create', vendorInput());
    const { events } = await t.call('audit.list', { limit: 2 });
    expect(events.map((e) => [e.actor, e.summary])).toEqual([
      ['tester', 'Added vendor Example Cloud Ltd'],
      ['tester', 'Changed the name shown for tester from tester to Ana Analyst'],
    ]);
    expect(await t.call('app.info', {})).toMatchObject({ user: 'Ana Analyst', login: 'tester', vendorCount: 1 });
  });

  it('on close, leaves everything in vetter.db itself: a copy of that one file holds every save', async () => {
    const t = testCore();
    for (const name of ['Alpha Cloud', 'Beta Data', 'Gamma AI']) await t.call('vendors.create', vendorInput({ legalName: name }));
    // The scoring worker's own connection is open when the core closes, as in the app.
    await t.call('scores.portfolio', {});
    await t.core.close();
    const copy = tempDir();
    fs.copyFileSync(path.join(t.dataDir, 'vetter.db'), path.join(copy, 'vetter.db'));
    const db = new Database(path.join(copy, 'vetter.db'), { readonly: true });
    expect(db.prepare('SELECT legal_name FROM vendors ORDER BY legal_name').pluck().all()).toEqual(['Alpha Cloud', 'Beta Data', 'Gamma AI']);
    expect((await verifyChain(sqliteSql(db))).checked).toBe(3);
    db.close();
  });

  it('exports CSV and XLSX', async () => {
    const t = testCore();
    await t.call('vendors.create', vendorInput({ legalName: '=cmd|\' /C calc\'!A0' }));
    const csvFile = await t.call('vendors.export', { format: 'csv' });
    const text = Buffer.from(csvFile.base64, 'base64').toString('utf8');
    expect(csvFile.fileName).toMatch(/\.csv$/);
    expect(text).toContain("'=cmd|");
    const xlsx = await t.call('vendors.export', { format: 'xlsx' });
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

describe('vendors on the store', () => {
  /** Everything a vendor write could leave behind: the vendors, the audit log, the list's counts, the score history. */
  async function state(t: ReturnType<typeof testCore>, vendorId: string) {
    const { vendors } = await t.call('vendors.list', {});
    const { events, total } = await t.call('audit.list', { limit: 50 });
    const page = await t.call('vendors.page', { query: '', filters: {}, sort: { key: 'legalName', direction: 'asc' }, offset: 0, limit: 100 });
    const { history } = await t.call('scores.vendor', { vendorId });
    return { vendors, events: events.map((e) => e.seq), total, count: (await t.call('app.info', {})).vendorCount, listed: page.total, history: history.length };
  }

  it('writes a vendor with its audit event or not at all: an append that fails leaves no vendor, no edit, no delete and no restore', async () => {
    const t = testCore();
    const kept = await t.call('vendors.create', vendorInput({ legalName: 'Kept Cloud Ltd' }));
    const gone = await t.call('vendors.create', vendorInput({ legalName: 'Gone Data GmbH' }));
    await t.call('vendors.delete', { id: gone.id, version: gone.version });
    const before = await state(t, kept.id);
    const failing = failAuditOf(t, 'vendor.create', 'vendor.update', 'vendor.delete', 'vendor.restore');
    const refused = [
      await t.invoke('vendors.create', vendorInput({ legalName: 'Never Added Ltd' })),
      await t.invoke('vendors.update', { id: kept.id, version: kept.version, vendor: vendorInput({ legalName: 'Kept Cloud Ltd', criticality: 'critical' }) }),
      await t.invoke('vendors.delete', { id: kept.id, version: kept.version }),
      await t.invoke('vendors.restore', { id: gone.id }),
    ];
    failing.restore();
    for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/not changed/) } });
    expect(await state(t, kept.id)).toEqual(before);
    expect(t.db.inTransaction).toBe(false);
    // The store goes on after the failed writes, and the chain holds.
    await t.call('vendors.restore', { id: gone.id });
    expect((await t.call('vendors.list', {})).vendors.map((v) => v.legalName)).toEqual(['Gone Data GmbH', 'Kept Cloud Ltd']);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('keeps the errors a user acts on: a name or an identifier taken, a vendor gone, nothing to restore', async () => {
    const t = testCore();
    const LEI = '5493001KJTIIGC8Y1R12';
    const first = await t.call('vendors.create', vendorInput({ legalName: 'Hetzner Online GmbH', identifiers: [{ scheme: 'LEI', value: LEI }] }));
    expect(await t.invoke('vendors.create', vendorInput({ legalName: 'HETZNER  online, GmbH.' }))).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'A vendor named "Hetzner Online GmbH" already exists.', details: { legalName: expect.stringMatching(/Edit that vendor instead/) } },
    });
    expect(await t.invoke('vendors.create', vendorInput({ legalName: 'Other GmbH', identifiers: [{ scheme: 'LEI', value: LEI }] }))).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { 'identifiers.0.value': expect.stringMatching(/"Hetzner Online GmbH" already has the LEI/) } },
    });
    // Its own name and number are no conflict for the vendor itself.
    const edited = await t.call('vendors.update', { id: first.id, version: first.version, vendor: vendorInput({ legalName: 'hetzner online gmbh', identifiers: [{ scheme: 'LEI', value: LEI }] }) });
    expect(await t.invoke('vendors.restore', { id: first.id })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'There is no deleted vendor to restore.' } });
    await t.call('vendors.delete', { id: first.id, version: edited.version });
    expect(await t.invoke('vendors.get', { id: first.id })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That vendor no longer exists. It may have been deleted.' } });
    // An edit or a delete from the version before the deletion says who deleted it.
    for (const r of [await t.invoke('vendors.update', { id: first.id, version: edited.version, vendor: vendorInput() }), await t.invoke('vendors.delete', { id: first.id, version: edited.version })]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/^Deleted by tester at \d\d:\d\d on .* while you were editing\. Nothing was saved\.$/) } });
    }
    expect((await t.call('audit.list', { limit: 10 })).events.map((e) => e.summary)).toEqual([
      'Deleted vendor hetzner online gmbh',
      'Edited vendor hetzner online gmbh',
      'Added vendor Hetzner Online GmbH',
    ]);
  });

  /** An import of `rows` generated vendors, started: its outcome, and the file's reference. */
  async function startImport(t: ReturnType<typeof testCore>, rows: number, jobId: string) {
    const ref = t.pick(csv(Array.from({ length: rows }, (_, i) => `Vendor ${i},,US,,,SaaS,None,low,,`)));
    const preview = await t.call('vendors.importPreview', { file: ref });
    return t.invoke('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId });
  }

  it('an import that fails part way, in a later chunk or at its last event, leaves nothing of it', async () => {
    const t = testCore();
    await t.call('vendors.create', vendorInput({ legalName: 'Already Here Ltd' }));
    const before = await snapshot(t);
    // The 1,601st vendor's event fails: three chunks of the one transaction were written before it.
    const log = console.error;
    console.error = () => undefined;
    t.db.exec("CREATE TEMP TRIGGER import_fails BEFORE INSERT ON audit_events WHEN NEW.summary = 'Added vendor Vendor 1600' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const midway = await startImport(t, 3000, 'midway');
    t.db.exec('DROP TRIGGER temp.import_fails');
    console.error = log;
    expect(midway).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(t.progress.filter((p) => p.jobId === 'midway' && p.phase === 'Importing vendors').map((p) => p.done)).toEqual([500, 1000, 1500]);
    expect(await snapshot(t)).toEqual(before);

    const failing = failAuditOf(t, 'vendor.import');
    const atTheEnd = await startImport(t, 3000, 'end');
    failing.restore();
    expect(atTheEnd).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(t.progress.filter((p) => p.jobId === 'end').at(-1)).toMatchObject({ done: 3000, total: 3000 });
    expect(await snapshot(t)).toEqual(before);
    expect(t.db.inTransaction).toBe(false);
    expect(await startImport(t, 3000, 'whole')).toMatchObject({ ok: true, value: { created: 3000 } });
    expect((await t.call('app.info', {})).vendorCount).toBe(3001);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('reads made while an import writes see the inventory before it or after it, never part of it', async () => {
    const t = testCore();
    await t.call('vendors.create', vendorInput({ legalName: 'Already Here Ltd' }));
    let done = false;
    const running = startImport(t, 3000, 'seen').finally(() => {
      done = true;
    });
    const seen: string[] = [];
    let midway = 0;
    while (!done) {
      const progress = t.progress.filter((p) => p.jobId === 'seen' && p.phase === 'Importing vendors').at(-1);
      const [{ vendors }, { vendorCount }, page, { total }] = await Promise.all([
        t.call('vendors.list', {}),
        t.call('app.info', {}),
        t.call('vendors.page', { query: 'vendor', filters: {}, sort: { key: 'legalName', direction: 'asc' }, offset: 0, limit: 100 }),
        t.call('audit.list', { limit: 1 }),
      ]);
      seen.push(`${vendors.length} listed, ${vendorCount} counted, ${page.total} in the table, ${total} events`);
      if (progress && progress.done < progress.total && !done) midway += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await running).toMatchObject({ ok: true, value: { created: 3000 } });
    expect(midway).toBeGreaterThan(0);
    const states = new Set(seen);
    expect([...states].every((s) => s === '1 listed, 1 counted, 1 in the table, 1 events' || s === '3001 listed, 3001 counted, 3001 in the table, 3002 events')).toBe(true);
    expect(states.has('1 listed, 1 counted, 1 in the table, 1 events')).toBe(true);
  });
});
