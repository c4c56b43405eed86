// The suppliers repository on both engines (a data folder's SQLite and a team workspace's PostgreSQL): an import all
// or nothing with its audit events, hand edits and a removal marked, read back alike; on PostgreSQL an analyst writes
// suppliers and a reader may not, as the grants say.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initWorkspace } from '../../electron/core/db/postgres/grants';
import { openPostgresStore } from '../../electron/core/db/postgres/store';
import { listEvents } from '../../electron/core/audit/log';
import { readSuppliersFile } from '../../electron/core/suppliers/csv';
import { SupplierRepository } from '../../electron/core/suppliers/repository';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { ROOT, vendorInput } from '../helpers';
import { attempt } from '../postgres-server';
import { bothEngines } from '../stores';

const { server, engines } = bothEngines('suppliers');
const FILE = path.join(ROOT, 'tests', 'fixtures', 'suppliers', 'suppliers.csv');

describe.each(engines)('suppliers on $name', ({ open }) => {
  it('imports all or nothing, edits and removes by hand, each audited, and reads the same back', async () => {
    const { store } = await open();
    const vendors = new VendorRepository(store);
    const suppliers = new SupplierRepository(store);
    const file = readSuppliersFile(FILE, 'suppliers.csv');
    // Birch is not there yet: the whole file is refused, naming the lines.
    await vendors.create(vendorInput({ legalName: 'Northwind Cloud Ltd' }), 'ana');
    await expect(suppliers.import(file, 'ana')).rejects.toMatchObject({ code: 'bad_file', details: { 'line 4, vendor': expect.any(String), 'line 5, vendor': expect.any(String) } });
    expect(await suppliers.all()).toEqual([]);

    const birch = await vendors.create(vendorInput({ legalName: 'Birch Analytics Ltd' }), 'ana');
    expect(await suppliers.import(file, 'ana')).toMatchObject({ file: 'suppliers.csv', suppliers: 4, vendors: 2, added: 4, updated: 0 });
    const zhipu = (await suppliers.ofVendors([birch.id])).find((s) => s.name === 'Zhipu AI')!;
    await suppliers.update(zhipu.id, { name: 'Zhipu AI', service: 'AI model/API', dataShared: ['Model weights / training data'], country: 'CN' }, 'ben');
    await suppliers.remove((await suppliers.ofVendors([birch.id])).find((s) => s.name === 'Amazon Web Services')!.id, 'ben');
    expect((await suppliers.all()).map((s) => [s.vendorName, s.name, s.service, s.dataShared, s.country, s.updatedBy])).toEqual([
      ['Northwind Cloud Ltd', 'Amazon Web Services', 'IaaS/PaaS', ['Customer personal data', 'IP addresses / device data'], 'US', 'ana'],
      ['Northwind Cloud Ltd', RAYBEAM, 'Hardware', [], 'CN', 'ana'],
      ['Birch Analytics Ltd', 'Zhipu AI', 'AI model/API', ['Model weights / training data'], 'CN', 'ben'],
    ]);
    // Removed, then added again: a new live row beside the removed one.
    await suppliers.add(birch, { name: 'Amazon Web Services', service: 'IaaS/PaaS', dataShared: [], country: 'US' }, 'ben');
    expect((await suppliers.ofVendors([birch.id])).map((s) => s.name)).toEqual(['Amazon Web Services', 'Zhipu AI']);
    const events = (await listEvents(store.read, { limit: 50 })).events.filter((e) => e.entityType === 'supplier').map((e) => e.action);
    expect(events.sort()).toEqual(['suppliers.add', 'suppliers.import', 'suppliers.import', 'suppliers.import', 'suppliers.import', 'suppliers.remove', 'suppliers.update']);
  });
});

const RAYBEAM = 'Raybeam Optronics Co. Ltd.';

describe('suppliers on PostgreSQL, by role', () => {
  it('an analyst adds and removes suppliers; a reader may not write them, nor anyone delete them, whatever the client', async () => {
    const url = await server().createDatabase('suppliers_roles');
    await initWorkspace(url);
    const owner = await server().connect(url);
    for (const login of ['sana', 'rudi']) await owner.query(`CREATE ROLE ${login} LOGIN`);
    await owner.query('GRANT vetter_analyst TO sana');
    await owner.query('GRANT vetter_reader TO rudi');
    const as = (login: string) => {
      const u = new URL(url);
      u.username = login;
      return u.toString();
    };
    const analyst = await openPostgresStore(as('sana'));
    const [reader, sana] = [await server().connect(as('rudi')), await server().connect(as('sana'))];
    try {
      const vendor = await new VendorRepository(analyst).create(vendorInput({ legalName: 'Northwind Cloud Ltd' }), 'sana');
      const repo = new SupplierRepository(analyst);
      const added = await repo.add(vendor, { name: 'Amazon Web Services', service: 'IaaS/PaaS', dataShared: [], country: 'US' }, 'sana');
      await repo.remove(added.id, 'sana');
      expect(await attempt(reader, 'SELECT count(*) FROM suppliers')).toBe('ok');
      expect(await attempt(reader, "UPDATE suppliers SET removed_at = 'x'")).toBe('denied');
      expect(await attempt(reader, "UPDATE returned_suppliers SET status = 'accepted'")).toBe('denied');
      expect(await attempt(sana, 'DELETE FROM suppliers')).toBe('denied');
    } finally {
      await Promise.all([analyst.close(), reader.end(), sana.end(), owner.end()]);
    }
  });
});
