// Row versions of vendors, on both engines: two people (on SQLite, one person's two windows) save the same vendor; the
// second save, based on the version both started from, is refused with who changed it and when and the vendor as
// stored, and changes nothing; saving again from the stored version keeps theirs in the audit log and lays mine over
// it. The version is checked in the write's own statement, so two stores (two apps on PostgreSQL) saving at once
// cannot both win.
import { afterAll, describe, expect, it } from 'vitest';
import { listEvents, verifyChain } from '../../electron/core/audit/log';
import { STORED_VENDOR, storedVendorOf, type Vendor } from '../../electron/core/contract';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { changedAt } from '../../electron/core/vendors/row-version';
import { openFolderWorkspace } from '../../electron/core/workspace/folder';
import { openWorkspace } from '../../electron/core/workspace/open';
import { coreOn, tempDir, type TestCore, vendorInput } from '../helpers';
import { bothEngines, postgresDatabases } from '../stores';

const { server, engines } = bothEngines('row_versions');
const cores: TestCore[] = [];
let newDatabase: Promise<() => Promise<string>> | undefined;
afterAll(async () => {
  await Promise.all(cores.splice(0).map((t) => t.core.close()));
});

/**
 * Alice's app and the other one that saves the same vendor: on PostgreSQL Bob's, each connected as its own login
 * (named by the server's administrators); on SQLite the same core, as a second window of Alice's.
 */
async function twoEditors(engine: string): Promise<{ alice: TestCore; other: TestCore; otherLogin: string }> {
  if (engine === 'SQLite') {
    const alice = coreOn(openFolderWorkspace(tempDir(), { account: 'alice' }));
    cores.push(alice);
    await alice.call('settings.setUser', { name: 'Alice Chen' });
    return { alice, other: alice, otherLogin: 'alice' };
  }
  const owner = await server().connect();
  await owner.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN
    CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; END IF; END $$;
    GRANT vetter_analyst TO alice, bob; COMMENT ON ROLE alice IS 'Alice Chen'; COMMENT ON ROLE bob IS 'Bob Okafor'`);
  await owner.end();
  newDatabase ??= postgresDatabases(server(), 'row_versions_core');
  const url = await (await newDatabase)();
  const as = async (login: string) => {
    const t = coreOn(await openWorkspace({ engine: 'postgres', url: url.replace('//vetter@', `//${login}@`) }));
    cores.push(t);
    return t;
  };
  return { alice: await as('alice'), other: await as('bob'), otherLogin: 'bob' };
}

/** A vendor's fields as the audit log records them (without bookkeeping). */
const fields = ({ id: _i, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, ...rest }: Vendor) => rest;

describe.each(engines)('two people saving the same vendor on $name', ({ name }) => {
  it('refuses the second save from the old version, naming who changed it and when; keeping mine from the new version saves it', async () => {
    const { alice, other, otherLogin } = await twoEditors(name);
    const opened = await alice.call('vendors.create', vendorInput({ legalName: 'Northwind Analytics', criticality: 'medium', notes: 'Added by Alice' }));
    expect(opened).toMatchObject({ version: 1, updatedBy: 'alice' });

    // Both open the edit form on version 1. Alice saves first.
    const theirs = await alice.call('vendors.update', { id: opened.id, version: 1, vendor: vendorInput({ legalName: 'Northwind Analytics', criticality: 'high', notes: 'Reviewed by Alice' }) });
    expect(theirs).toMatchObject({ version: 2, updatedBy: 'alice', criticality: 'high' });

    // The other save, from version 1, is refused; nothing changes.
    const mine = vendorInput({ legalName: 'Northwind Analytics', criticality: 'critical', notes: 'Escalated' });
    const refused = await other.invoke('vendors.update', { id: opened.id, version: 1, vendor: mine });
    if (refused.ok) throw new Error('The save from an old version was not refused.');
    expect(refused.error).toMatchObject({ code: 'conflict', message: `Changed by Alice Chen (alice) at ${changedAt(theirs.updatedAt)} while you were editing.` });
    expect(refused.error.message).toMatch(/^Changed by Alice Chen \(alice\) at \d\d:\d\d on \d{1,2} [A-Z][a-z]{2} \d{4} while you were editing\.$/);
    // Its details carry the vendor as stored, for the form to show both versions side by side.
    expect(storedVendorOf(refused.error.details)).toEqual(theirs);
    expect(await other.call('vendors.get', { id: opened.id })).toEqual(theirs);
    // A delete from the old version is refused the same way.
    expect(await other.invoke('vendors.delete', { id: opened.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict', details: { [STORED_VENDOR]: JSON.stringify(theirs) } } });
    expect((await other.call('vendors.list', {})).vendors).toEqual([theirs]);

    // Keep mine: a new write, based on the version stored now.
    const kept = await other.call('vendors.update', { id: opened.id, version: theirs.version, vendor: mine });
    expect(kept).toMatchObject({ version: 3, updatedBy: otherLogin, criticality: 'critical', notes: 'Escalated' });
    expect(await alice.call('vendors.get', { id: opened.id })).toEqual(kept);

    // The audit log has both saves, each with its before and after, and its chain holds.
    const { events } = await alice.call('audit.list', { entityId: opened.id, limit: 10 });
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['vendor.update', otherLogin],
      ['vendor.update', 'alice'],
      ['vendor.create', 'alice'],
    ]);
    expect(events[1]).toMatchObject({ before: fields(opened), after: fields(theirs) });
    expect(events[0]).toMatchObject({ before: fields(theirs), after: fields(kept) });
    expect(await alice.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('a version is a required part of an edit and a delete: a caller without one changes nothing', async () => {
    const { alice } = await twoEditors(name);
    const v = await alice.call('vendors.create', vendorInput({ legalName: 'Contoso Data' }));
    expect(await alice.invokeUnchecked('vendors.update', { id: v.id, vendor: vendorInput({ legalName: 'Contoso Data', criticality: 'critical' }) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { version: expect.any(String) } },
    });
    expect(await alice.invokeUnchecked('vendors.delete', { id: v.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await alice.call('vendors.get', { id: v.id })).toEqual(v);
  });
});

describe.each(engines)('row versions in the store on $name', ({ open }) => {
  it('two stores saving from the same version at once: exactly one wins, the other is told who, and the audit log has one save', async () => {
    const workspace = await open();
    const mine = new VendorRepository(workspace.store);
    const theirs = new VendorRepository(await workspace.another());
    const v = await mine.create(vendorInput({ legalName: 'Fabrikam Cloud' }), 'alice');
    const outcomes = await Promise.allSettled([
      mine.update(v.id, v.version, vendorInput({ legalName: 'Fabrikam Cloud', notes: 'alice' }), 'alice'),
      theirs.update(v.id, v.version, vendorInput({ legalName: 'Fabrikam Cloud', notes: 'bob' }), 'bob'),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { code: string; message: string }] : []));
    expect(won).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<Vendor>).value;
    expect(lost).toEqual([expect.objectContaining({ code: 'conflict', message: `Changed by ${winner.updatedBy} at ${changedAt(winner.updatedAt)} while you were editing.` })]);
    expect(await mine.get(v.id)).toEqual(winner);
    expect(winner).toMatchObject({ version: 2, notes: winner.updatedBy });
    const { events } = await listEvents(workspace.store.read, { limit: 10, entityIds: [v.id] });
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['vendor.update', winner.updatedBy],
      ['vendor.create', 'alice'],
    ]);
    expect((await verifyChain(workspace.store.read)).ok).toBe(true);
  });

  it('an import that updates a vendor moves its version too, so an edit begun before it is refused', async () => {
    const workspace = await open();
    const vendors = new VendorRepository(workspace.store);
    const v = await vendors.create(vendorInput({ legalName: 'Tailspin Hosting' }), 'alice');
    await workspace.store.transaction(async (tx) => {
      const writer = vendors.bulkWriter(tx, 'bob');
      await writer.update(v.id, vendorInput({ legalName: 'Tailspin Hosting', criticality: 'low' }));
      await writer.flush();
    });
    const imported = await vendors.get(v.id);
    expect(imported).toMatchObject({ version: 2, updatedBy: 'bob', criticality: 'low' });
    await expect(vendors.update(v.id, v.version, vendorInput({ legalName: 'Tailspin Hosting' }), 'alice')).rejects.toMatchObject({ code: 'conflict' });
    await expect(vendors.restore(v.id, 'alice')).rejects.toMatchObject({ code: 'not_found' });
    expect(await vendors.get(v.id)).toEqual(imported);
  });
});
