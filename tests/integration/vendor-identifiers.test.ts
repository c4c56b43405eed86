// Vendor identifiers through the core, as every host uses it: the import's row errors, duplicates found by a
// global identifier, export -> import, and storage across a restart.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Vendor } from '../../electron/core/contract';
import { openDatabase } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { storeOf, tempDir, testCore, type TestCore, vendorInput } from '../helpers';

const LEI = '5493001KJTIIGC8Y1R12';
const MISTYPED_LEI = '5493001KJTIIGC8Y1R13';

const open: TestCore[] = [];
function core(dataDir?: string): TestCore {
  const t = testCore(dataDir);
  open.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.core.close()));
});

function csvFile(lines: string[], name = 'vendors.csv'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

/** The fields an export carries: everything but the record's id and timestamps. */
const fields = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Vendor) => rest;

describe('vendor identifiers in the core', () => {
  it('refuses a second vendor with an LEI, USCC or DUNS number another has, naming it, by form, edit and restore', async () => {
    const t = core();
    const first = await t.call('vendors.create', vendorInput({ legalName: 'Northwind Optics', identifiers: [{ scheme: 'LEI', value: LEI }] }));
    const { total: eventsBefore } = await t.call('audit.list', { limit: 1 });
    // The same LEI written another way is the same LEI.
    const spaced = LEI.toLowerCase().replace(/(.{4})/g, '$1 ').trim();
    const second = await t.invoke('vendors.create', vendorInput({ legalName: 'Northwind Optical Ltd', identifiers: [{ scheme: 'DUNS', value: '123456789' }, { scheme: 'LEI', value: spaced }] }));
    const refusal = `"Northwind Optics" already has the LEI ${spaced}. Edit that vendor instead, or check the number.`;
    expect(second).toEqual({ ok: false, error: { code: 'conflict', message: refusal, details: { 'identifiers.1.value': refusal } } });
    expect((await t.call('vendors.list', {})).vendors).toHaveLength(1);
    expect((await t.call('audit.list', { limit: 1 })).total).toBe(eventsBefore);

    // Editing another vendor to carry it is refused too; the vendor that has it keeps it on edit.
    const other = await t.call('vendors.create', vendorInput({ legalName: 'Contoso Cloud' }));
    const edit = await t.invoke('vendors.update', { id: other.id, version: other.version, vendor: vendorInput({ legalName: 'Contoso Cloud', identifiers: [{ scheme: 'LEI', value: LEI }] }) });
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict', details: { 'identifiers.0.value': expect.stringContaining('Northwind Optics') } } });
    const kept = await t.call('vendors.update', { id: first.id, version: first.version, vendor: vendorInput({ legalName: 'Northwind Optics', identifiers: [{ scheme: 'LEI', value: LEI }], notes: 'kept' }) });

    // Once deleted, its number is free; restoring it while another has taken the number is refused.
    await t.call('vendors.delete', { id: first.id, version: kept.version });
    await t.call('vendors.update', { id: other.id, version: other.version, vendor: vendorInput({ legalName: 'Contoso Cloud', identifiers: [{ scheme: 'LEI', value: LEI }] }) });
    expect(await t.invoke('vendors.restore', { id: first.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('"Contoso Cloud" already has the LEI') } });
  });

  it('an import with a mistyped LEI reports its row and column, and writes nothing', async () => {
    const t = core();
    await t.call('vendors.create', vendorInput({ legalName: 'Already Here Ltd' }));
    const { total: eventsBefore } = await t.call('audit.list', { limit: 1 });
    const ref = t.pick(csvFile(['name,country,Company IDs', `Good Co,GB,LEI:${LEI}`, `Bad Co,DE,LEI:${MISTYPED_LEI}; DUNS:123`]));

    const preview = await t.call('vendors.importPreview', { file: ref });
    expect(preview.mapping).toEqual(['name', 'country', 'identifiers']);
    expect(preview.problems).toEqual([
      { row: 3, column: 'Company IDs', message: `LEI "${MISTYPED_LEI}": This LEI fails its check digits (ISO 17442): check for a mistyped character` },
      { row: 3, column: 'Company IDs', message: 'DUNS "123": A DUNS number has 9 digits' },
    ]);
    const run = await t.invoke('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'bad' });
    expect(run).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Nothing was imported/) } });
    expect((await t.call('vendors.list', {})).vendors.map((v) => v.legalName)).toEqual(['Already Here Ltd']);
    expect((await t.call('audit.list', { limit: 1 })).total).toBe(eventsBefore);
  });

  it('a row with the LEI of a vendor already kept is that vendor, whatever its name, and says why', async () => {
    const t = core();
    const kept = await t.call('vendors.create', vendorInput({ legalName: 'Acme Cloud Ltd', identifiers: [{ scheme: 'LEI', value: LEI }] }));
    await t.call('vendors.create', vendorInput({ legalName: 'Registry Twin GmbH', identifiers: [{ scheme: 'REG', value: 'HRB 12345' }] }));
    const ref = t.pick(
      csvFile([
        'name,identifiers,criticality',
        `ACME CLOUD LIMITED,lei:${LEI.toLowerCase()},critical`,
        // A registration number alone is no proof: registers in different countries reuse numbers.
        'Another Registry Co,REG:HRB 12345,low',
      ]),
    );
    const preview = await t.call('vendors.importPreview', { file: ref });
    expect(preview.problemCount).toBe(0);
    expect(preview.duplicates).toEqual([
      { row: 2, name: 'ACME CLOUD LIMITED', existingId: kept.id, existingName: 'Acme Cloud Ltd', reason: `same LEI ${LEI.toLowerCase()}` },
    ]);
    expect(await t.call('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'update', jobId: 'u' })).toEqual({ created: 1, updated: 1, skipped: 0 });
    const updated = await t.call('vendors.get', { id: kept.id });
    expect(updated).toMatchObject({ legalName: 'ACME CLOUD LIMITED', criticality: 'critical' });
  });

  it.each(['csv', 'xlsx'] as const)('export (%s) then import into another inventory gives back the same identifiers', async (format) => {
    const source = core();
    await source.call('vendors.create', vendorInput({
      legalName: 'Acme Cloud Ltd',
      identifiers: [
        { scheme: 'LEI', value: LEI },
        { scheme: 'USCC', value: '91330100MA2AAAAAAA' },
        { scheme: 'DUNS', value: '12-345-6789' },
        { scheme: 'REG', value: 'hrb 12345' },
        { scheme: 'TAX', value: 'GB 123 4567 89' },
      ],
    }));
    await source.call('vendors.create', vendorInput({ legalName: 'No Numbers GmbH' }));
    const exported = await source.call('vendors.export', { format });
    const file = path.join(tempDir(), exported.fileName);
    fs.writeFileSync(file, Buffer.from(exported.base64, 'base64'));

    const target = core();
    const ref = target.pick(file);
    const preview = await target.call('vendors.importPreview', { file: ref });
    expect(preview.problems).toEqual([]);
    await target.call('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'rt' });
    const before = (await source.call('vendors.list', {})).vendors.map(fields);
    const after = (await target.call('vendors.list', {})).vendors.map(fields);
    expect(after).toEqual(before);
    expect(after[0]?.identifiers).toHaveLength(5);
  });

  it('keeps identifiers across a restart, with each change and its before and after in the audit log', async () => {
    const dataDir = tempDir();
    const first = core(dataDir);
    const created = await first.call('vendors.create', vendorInput({ legalName: 'Acme Cloud Ltd', identifiers: [{ scheme: 'LEI', value: LEI }] }));
    await first.call('vendors.update', {
      id: created.id,
      version: created.version,
      vendor: vendorInput({ legalName: 'Acme Cloud Ltd', identifiers: [{ scheme: 'LEI', value: LEI }, { scheme: 'DUNS', value: '123456789' }] }),
    });
    await first.core.close();

    const again = core(dataDir);
    expect((await again.call('vendors.get', { id: created.id })).identifiers).toEqual([
      { scheme: 'LEI', value: LEI },
      { scheme: 'DUNS', value: '123456789' },
    ]);
    const { events } = await again.call('audit.list', { limit: 2 });
    expect(events[0]).toMatchObject({
      action: 'vendor.update',
      before: { identifiers: [{ scheme: 'LEI', value: LEI }] },
      after: { identifiers: [{ scheme: 'LEI', value: LEI }, { scheme: 'DUNS', value: '123456789' }] },
    });
    expect(events[1]).toMatchObject({ action: 'vendor.create', after: { identifiers: [{ scheme: 'LEI', value: LEI }] } });
  });

  it('a vendor stored before identifiers existed reads back with none, and can be given some', async () => {
    const dir = tempDir();
    const before = MIGRATIONS.findIndex((m) => m.name === 'vendor_identifiers');
    const old = openDatabase(dir, MIGRATIONS.slice(0, before));
    old.prepare(
      `INSERT INTO vendors (id, legal_name, norm_name, other_names, services, data_shared, tags, created_at, updated_at)
       VALUES ('v1', 'Old Vendor Ltd', 'old vendor', '[]', '[]', '[]', '[]', '2025-01-01', '2025-01-01')`,
    ).run();
    old.close();

    const db = openDatabase(dir);
    const repo = new VendorRepository(storeOf(db));
    expect((await repo.get('v1')).identifiers).toEqual([]);
    const { id: _id, createdAt: _c, updatedAt: _u, version, updatedBy: _b, ...input } = await repo.get('v1');
    expect((await repo.update('v1', version, { ...input, identifiers: [{ scheme: 'LEI', value: LEI }] }, 'tester')).identifiers).toEqual([{ scheme: 'LEI', value: LEI }]);
    db.close();
  });

  it('refuses a mistyped identifier from the form on its row path, and saves nothing', async () => {
    const t = core();
    const bad = await t.invoke('vendors.create', vendorInput({ identifiers: [{ scheme: 'DUNS', value: '123456789' }, { scheme: 'LEI', value: MISTYPED_LEI }] }));
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { 'identifiers.1': 'This LEI fails its check digits (ISO 17442): check for a mistyped character' } },
    });
    expect((await t.call('vendors.list', {})).vendors).toEqual([]);
  });
});
