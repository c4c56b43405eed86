// A vendor's suppliers (fourth parties): imported from a CSV all or nothing, each problem naming its line and field;
// entered, changed and removed by hand, each audited; screened like vendors, their listings reaching the vendor
// `via: "supplier"` in the review band with the supplier and its service, weighed by the methodology's via.supplier
// (version 2; version 1 gives them nothing); and the portfolio's concentration.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VetterError } from '../../electron/core/errors';
import { designationFromHit } from '../../electron/core/scoring/adapters';
import { scoreVendor } from '../../electron/core/scoring/engine';
import { DEFAULT_METHODOLOGY, METHODOLOGY_V1 } from '../../electron/core/scoring/methodology';
import { readSuppliersCsv } from '../../electron/core/suppliers/csv';
import { ROOT, tempDir, testCore, vendorInput } from '../helpers';

const SUPPLIERS = path.join(ROOT, 'tests', 'fixtures', 'suppliers', 'suppliers.csv');
const RAYBEAM = 'Raybeam Optronics Co. Ltd.';
const HEADER = 'vendor,supplier,service,data_shared,country\n';

function refusal(text: string): { message: string; details: Record<string, string> } {
  try {
    readSuppliersCsv(text, 'suppliers.csv');
  } catch (err) {
    if (err instanceof VetterError) return { message: err.message, details: err.details as Record<string, string> };
    throw err;
  }
  throw new Error('the file was not refused');
}

async function twoVendors(t: ReturnType<typeof testCore>) {
  const northwind = await t.call('vendors.create', vendorInput({ legalName: 'Northwind Cloud Ltd' }));
  const birch = await t.call('vendors.create', vendorInput({ legalName: 'Birch Analytics Ltd', otherNames: [{ name: 'Birch AI', kind: 'trading' }] }));
  return { northwind, birch };
}

function write(text: string): string {
  const file = path.join(tempDir(), 'suppliers.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe('the suppliers CSV', () => {
  it('reads service words and labels, data categories and countries by code or name', () => {
    const rows = readSuppliersCsv(fs.readFileSync(SUPPLIERS, 'utf8'), 'suppliers.csv');
    expect(rows.map((r) => [r.vendor, r.name, r.service, r.dataShared, r.country, r.line])).toEqual([
      ['Northwind Cloud Ltd', 'Amazon Web Services', 'IaaS/PaaS', ['Customer personal data', 'IP addresses / device data'], 'US', 2],
      ['Northwind Cloud Ltd', RAYBEAM, 'Hardware', [], 'CN', 3],
      ['Birch Analytics Ltd', 'Amazon Web Services', 'IaaS/PaaS', ['Customer personal data'], 'US', 4],
      ['Birch Analytics Ltd', 'Zhipu AI', 'AI model/API', ['Source code'], 'CN', 5],
    ]);
  });

  it('refuses a malformed file whole, naming each line and field', () => {
    const bad = refusal(`${HEADER}Acme,AWS,hosting,,US\nAcme,,teleportation,Gold bars,Atlantis\n"Acme,Azure,hosting,,US\n`);
    expect(bad.message).toMatch(/^suppliers\.csv: line 3, supplier: a name is required \(and \d+ more problems?\)\. Nothing was imported\.$/);
    expect(Object.keys(bad.details)).toEqual(expect.arrayContaining(['line 3, supplier', 'line 3, service', 'line 3, data_shared', 'line 3, country', 'line 4']));
    expect(bad.details['line 3, service']).toMatch(/"teleportation" is not a service/);
    expect(bad.details['line 3, country']).toMatch(/"Atlantis" is not a country we recognise/);
    expect(refusal('vendor,supplier,colour\nAcme,AWS,red\n').details).toMatchObject({ 'line 1, "colour"': expect.stringMatching(/not a column of a suppliers CSV/), 'line 1, service': 'the header has no "service" column' });
    expect(refusal(HEADER).message).toMatch(/line 2: the file has a header but no supplier to import/);
    expect(refusal(`${HEADER}Acme,AWS,hosting,,US\nacme,aws,IaaS/PaaS,,US\n`).details).toEqual({ 'line 3, supplier': 'the same vendor, supplier and service as line 2' });
  });
});

describe('suppliers in a workspace', () => {
  it('imports a file all or nothing: an unknown vendor is named with its line, and nothing is written', async () => {
    const t = testCore(tempDir());
    const { northwind, birch } = await twoVendors(t);
    const unknown = `${HEADER}Northwind Cloud Ltd,Microsoft Azure,hosting,,US\nNorthwest Cloud,Microsoft Azure,hosting,,US\n`;
    const refused = await t.invoke('suppliers.import', { file: t.pick(write(unknown)) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_file', details: { 'line 3, vendor': expect.stringMatching(/^no vendor in the inventory is named "Northwest Cloud"/) } } });
    expect((await t.call('suppliers.list', {})).suppliers).toEqual([]);

    const imported = await t.call('suppliers.import', { file: t.pick(SUPPLIERS) });
    expect(imported).toMatchObject({ file: 'suppliers.csv', suppliers: 4, vendors: 2, added: 4, updated: 0 });
    // Again, with another name of Birch's: the same suppliers, updated.
    const again = write(`${HEADER}Birch AI,Zhipu AI,AI model/API,Model weights / training data,CN\n`);
    expect(await t.call('suppliers.import', { file: t.pick(again) })).toMatchObject({ suppliers: 1, vendors: 1, added: 0, updated: 1 });
    const listed = (await t.call('suppliers.list', { vendorId: birch.id })).suppliers;
    expect(listed.map((s) => [s.name, s.service, s.dataShared, s.country])).toEqual([
      ['Amazon Web Services', 'IaaS/PaaS', ['Customer personal data'], 'US'],
      ['Zhipu AI', 'AI model/API', ['Model weights / training data'], 'CN'],
    ]);
    expect((await t.call('suppliers.list', { vendorId: northwind.id })).suppliers).toHaveLength(2);
    const events = (await t.call('audit.list', { limit: 50 })).events.filter((e) => e.entityType === 'supplier');
    expect(events.map((e) => e.action).sort()).toEqual(['suppliers.import', 'suppliers.import', 'suppliers.import', 'suppliers.import', 'suppliers.import']);
  });

  it('by hand: added, changed, removed, each audited; a clash with another supplier refused', async () => {
    const t = testCore(tempDir());
    const { northwind } = await twoVendors(t);
    const aws = await t.call('suppliers.add', { vendorId: northwind.id, name: 'Amazon Web Services', service: 'IaaS/PaaS', dataShared: ['Customer personal data'], country: 'US' });
    const azure = await t.call('suppliers.add', { vendorId: northwind.id, name: 'Microsoft Azure', service: 'IaaS/PaaS', dataShared: [], country: null });
    expect(aws.source).toBe('entered by hand');
    const clash = await t.invoke('suppliers.update', { id: azure.id, name: 'amazon web services', service: 'IaaS/PaaS', dataShared: [], country: 'US' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Northwind Cloud Ltd already has amazon web services as a supplier of hosting.' } });
    const changed = await t.call('suppliers.update', { id: azure.id, name: 'Microsoft Azure', service: 'IaaS/PaaS', dataShared: ['Payment data'], country: 'IE' });
    expect(changed).toMatchObject({ country: 'IE', dataShared: ['Payment data'] });
    await t.call('suppliers.remove', { id: aws.id });
    expect((await t.call('suppliers.list', { vendorId: northwind.id })).suppliers.map((s) => s.name)).toEqual(['Microsoft Azure']);
    expect(await t.invoke('suppliers.remove', { id: aws.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await t.invoke('suppliers.add', { vendorId: northwind.id, name: ' ', service: 'IaaS/PaaS', dataShared: [], country: 'usa' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const events = (await t.call('audit.list', { limit: 50 })).events.filter((e) => e.entityType === 'supplier');
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'Added supplier Amazon Web Services (hosting) of Northwind Cloud Ltd',
        'Changed supplier Microsoft Azure (hosting) of Northwind Cloud Ltd',
        'Removed supplier Amazon Web Services (hosting) of Northwind Cloud Ltd',
      ]),
    );
  });

  it('screens suppliers: a listed supplier reaches the vendor via "supplier" in the review band, weighed only from methodology version 2', async () => {
    const t = testCore(tempDir(), { withPack: true });
    const { northwind, birch } = await twoVendors(t);
    await t.call('screening.run', { jobId: 'first' });
    // Adding a supplier screens its vendor again: the hit appears without another run.
    await t.call('suppliers.import', { file: t.pick(SUPPLIERS) });
    const { hits, screening } = await t.call('screening.vendor', { vendorId: northwind.id });
    const through = hits.filter((h) => h.via === 'supplier');
    expect(through.length).toBeGreaterThan(0);
    const sdn = through.find((h) => h.listKey === 'ofac-sdn')!;
    expect(sdn).toMatchObject({ band: 'review', matchedName: RAYBEAM, supplier: { name: RAYBEAM, service: 'Hardware', country: 'CN' } });
    expect(sdn.explanation.text).toMatch(/^Supplier Raybeam Optronics Co\. Ltd\. \(hardware\) is on the OFAC SDN list as "RAYBEAM OPTRONICS CO\. LTD\." \(score \d\.\d\d\): Its name/);
    // Never the vendor's own designation: its status is a review, not a match.
    expect(screening.status).toBe('review');
    expect((await t.call('screening.vendor', { vendorId: birch.id })).hits.filter((h) => h.via === 'supplier' && h.listKey === 'ofac-sdn')).toEqual([]);

    // The score: version 2 weighs the hit by via.supplier; version 1 gives it nothing; no knock-out either way.
    expect(DEFAULT_METHODOLOGY.version).toBe(2);
    expect(DEFAULT_METHODOLOGY.parameters.designations.via.supplier).toBe(0.3);
    const score = (await t.call('scores.vendor', { vendorId: northwind.id })).result;
    const factor = score.factors.find((f) => f.refs.some((r) => r.kind === 'hit' && r.id === sdn.id))!;
    expect(factor.contribution).toBeGreaterThan(0);
    expect(factor.detail).toMatch(/the vendor's supplier "Raybeam Optronics Co\. Ltd\." \(Hardware\) matched .* × 0\.3 \(via supplier\)/);
    const input = { vendor: { services: [], dataShared: [], criticality: null, countryOfIncorporation: 'GB', countryOfHeadquarters: null }, designations: [designationFromHit({ ...sdn, review: { ...sdn.review, decision: 'confirmed' } })], allegations: [], answers: {}, today: '2026-01-01' };
    const v2 = scoreVendor(input, DEFAULT_METHODOLOGY);
    const v1 = scoreVendor(input, METHODOLOGY_V1);
    expect(v2.knockouts).toEqual([]);
    expect(v1.components.designations).toBe(0);
    expect(v2.components.designations).toBeGreaterThan(0);
    expect(v1.factors.find((f) => f.refs.some((r) => r.id === sdn.id))?.detail).toMatch(/methodology v1 gives supplier hits no weight/);
  });

  it('concentration: the suppliers and countries several vendors rely on, each with its vendors; none recorded, none shown', async () => {
    const t = testCore(tempDir());
    expect(await t.call('suppliers.concentration', {})).toEqual({ suppliers: 0, vendors: 0, bySupplier: [], byCountry: [] });
    const { northwind, birch } = await twoVendors(t);
    await t.call('suppliers.import', { file: t.pick(SUPPLIERS) });
    const c = await t.call('suppliers.concentration', {});
    expect(c).toMatchObject({ suppliers: 4, vendors: 2 });
    expect(c.bySupplier.map((g) => g.sentence)).toEqual(['2 vendors run on Amazon Web Services']);
    expect(c.bySupplier[0]!.vendors.map((v) => v.id).sort()).toEqual([northwind.id, birch.id].sort());
    expect(c.byCountry.map((g) => g.sentence)).toEqual(['2 vendors use hosting from United States']);
  });

  it('demo data: a handful of vendors with suppliers, so the dashboard shows concentration, and one supplier on the 1260H list', async () => {
    const t = testCore(tempDir(), { withPack: true });
    await t.call('demo.load', {});
    const c = await t.call('suppliers.concentration', {});
    expect(c.bySupplier.map((g) => g.sentence)).toEqual(expect.arrayContaining(['5 vendors run on Microsoft Azure', '4 vendors run on Amazon Web Services']));
    expect(c.byCountry.map((g) => g.sentence)).toEqual(expect.arrayContaining(['3 vendors use models from China']));
    const kingsoft = (await t.call('vendors.list', {})).vendors.find((v) => v.legalName === 'Kingsoft Cloud Holdings Limited')!;
    await t.call('screening.run', { jobId: 'demo', vendorIds: [kingsoft.id] });
    const through = (await t.call('screening.vendor', { vendorId: kingsoft.id })).hits.filter((h) => h.via === 'supplier');
    expect(through.find((h) => h.listKey === 'dod-1260h')).toMatchObject({ band: 'review', supplier: { name: 'Huawei Technologies Co., Ltd.', service: 'Hardware' } });
    // Loading the demo again adds nothing, suppliers included.
    await t.call('demo.load', {});
    expect((await t.call('suppliers.concentration', {})).suppliers).toBe(c.suppliers);
  });
});
