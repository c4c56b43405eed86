// The vendor repository's cases, run on each engine's store: the SQLite one (tests/unit/vendors-repository.test.ts)
// and the PostgreSQL one (tests/integration/postgres-store.test.ts).
import { describe, expect, it } from 'vitest';
import { listEvents, verifyChain } from '../electron/core/audit/log';
import type { Store } from '../electron/core/db/store';
import { VetterError } from '../electron/core/errors';
import { VendorRepository } from '../electron/core/vendors/repository';
import { vendorInput } from './helpers';

/** `open`: a store on a fresh, empty workspace. */
export function vendorRepositoryCases(open: () => Promise<Store>): void {
  const repo = async () => {
    const store = await open();
    return { store, vendors: new VendorRepository(store) };
  };

  describe('vendor repository', () => {
    it('creates, reads and lists vendors with every field', async () => {
      const { vendors } = await repo();
      const input = vendorInput({
        legalName: '  Alibaba Cloud (Singapore) Private Limited ',
        otherNames: [{ name: '阿里云', kind: 'local-script' }],
        countryOfHeadquarters: 'CN',
        parentName: 'Alibaba Group Holding Limited',
        website: 'https://www.alibabacloud.com',
        services: ['IaaS/PaaS', 'AI model/API'],
        dataShared: ['Payment data', 'Location / Wi-Fi data'],
        criticality: 'high',
        contractOwner: 'Mei Lin Tan',
        contractStart: '2024-01-01',
        contractEnd: '2026-12-31',
        annualSpend: 410000,
        tags: ['apac'],
        notes: 'note',
      });
      const created = await vendors.create(input, 'ana');
      expect(created.legalName).toBe('Alibaba Cloud (Singapore) Private Limited');
      expect(await vendors.get(created.id)).toEqual(created);
      expect(created).toMatchObject({ ...input, legalName: created.legalName });
      expect((await vendors.list()).map((v) => v.id)).toEqual([created.id]);
    });

    it('records who changed what, with before and after, in the same transaction as the change', async () => {
      const { store, vendors } = await repo();
      const v = await vendors.create(vendorInput(), 'ana');
      await vendors.update(v.id, v.version, vendorInput({ criticality: 'critical' }), 'ben');
      const { events } = await listEvents(store.read, { limit: 10, entityIds: [v.id] });
      expect(events.map((e) => [e.action, e.actor])).toEqual([
        ['vendor.update', 'ben'],
        ['vendor.create', 'ana'],
      ]);
      expect(events[0]!.before).toMatchObject({ criticality: 'medium' });
      expect(events[0]!.after).toMatchObject({ criticality: 'critical' });
      expect((await verifyChain(store.read)).ok).toBe(true);
    });

    it('refuses a second vendor with the same normalised legal name, naming the field', async () => {
      const { store, vendors } = await repo();
      await vendors.create(vendorInput({ legalName: 'Hetzner Online GmbH' }), 'ana');
      const error: unknown = await vendors.create(vendorInput({ legalName: 'HETZNER  online, GmbH.' }), 'ana').catch((err: unknown) => err);
      expect(error).toBeInstanceOf(VetterError);
      expect((error as VetterError).details?.legalName).toMatch(/already exists/);
      expect(await vendors.count()).toBe(1);
      expect((await listEvents(store.read, { limit: 10 })).total).toBe(1);
    });

    it('deletes softly and restores exactly, both audited', async () => {
      const { store, vendors } = await repo();
      const v = await vendors.create(vendorInput(), 'ana');
      await vendors.delete(v.id, v.version, 'ana');
      expect(await vendors.list()).toEqual([]);
      await expect(vendors.get(v.id)).rejects.toThrow(/no longer exists/);
      const back = await vendors.restore(v.id, 'ben');
      // Each write is a version of its own, with who made it and when.
      expect(back).toEqual({ ...v, version: 3, updatedBy: 'ben', updatedAt: back.updatedAt });
      expect((await listEvents(store.read, { limit: 10 })).events.map((e) => e.action)).toEqual(['vendor.restore', 'vendor.delete', 'vendor.create']);
    });

    it('will not restore over a vendor that took the name meanwhile', async () => {
      const { vendors } = await repo();
      const v = await vendors.create(vendorInput(), 'ana');
      await vendors.delete(v.id, v.version, 'ana');
      await vendors.create(vendorInput(), 'ana');
      await expect(vendors.restore(v.id, 'ana')).rejects.toThrow(/already exists/);
    });

    it('a failed write leaves neither the change nor an audit event', async () => {
      const { store, vendors } = await repo();
      const v = await vendors.create(vendorInput(), 'ana');
      await expect(vendors.update(v.id, v.version, vendorInput({ criticality: 'urgent' as never }), 'ana')).rejects.toThrow();
      expect((await vendors.get(v.id)).criticality).toBe('medium');
      expect((await listEvents(store.read, { limit: 10 })).total).toBe(1);
    });
  });

  describe("a bulk import's writer", () => {
    it('refuses a name already taken, by a vendor there before or one it created, in one chunk or across chunks', async () => {
      const { store, vendors } = await repo();
      await vendors.create(vendorInput({ legalName: 'Hetzner Online GmbH' }), 'ana');
      const attempt = (...chunks: string[][]) =>
        store
          .transaction(async (tx) => {
            const writer = vendors.bulkWriter(tx, 'ana');
            for (const names of chunks) {
              for (const legalName of names) writer.create(vendorInput({ legalName }));
              await writer.flush();
            }
          })
          .then(
            () => 'written',
            (err: unknown) => (err instanceof VetterError ? `${err.code}: ${err.message}` : String(err)),
          );
      expect(await attempt(['Alpha Ltd', 'HETZNER online gmbh'])).toBe('conflict: A vendor named "Hetzner Online GmbH" already exists.');
      expect(await attempt(['Alpha Ltd', 'ALPHA, Ltd.'])).toBe('conflict: A vendor named "Alpha Ltd" already exists.');
      expect(await attempt(['Alpha Ltd'], ['Beta Ltd', 'alpha ltd'])).toBe('conflict: A vendor named "Alpha Ltd" already exists.');
      expect((await vendors.list()).map((v) => v.legalName)).toEqual(['Hetzner Online GmbH']);
      expect(await attempt(['Alpha Ltd'], ['Beta Ltd'])).toBe('written');
      expect((await vendors.list()).map((v) => v.legalName)).toEqual(['Alpha Ltd', 'Beta Ltd', 'Hetzner Online GmbH']);
      const { events, total } = await listEvents(store.read, { limit: 10 });
      expect([total, events[0]!.summary]).toEqual([3, 'Added vendor Beta Ltd']);
      expect((await verifyChain(store.read)).ok).toBe(true);
    });
  });
}
