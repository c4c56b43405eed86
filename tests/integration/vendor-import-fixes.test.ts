// Rows with problems fixed or left out in the import preview (#15): checked again by the core with the file's rules,
// imported all or nothing with the rest, and recorded in the import's audit event.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/audit/log';
import { sqliteSql } from '../../electron/core/db/sqlite-store';
import { tempDir, testCore, vendorInput } from '../helpers';

const HEADER = 'name,country,criticality,contract_start,identifiers,notes';

function csv(lines: string[]): string {
  const file = path.join(tempDir(), 'vendors.csv');
  fs.writeFileSync(file, [HEADER, ...lines].join('\n'));
  return file;
}

// Row 2 is good; 3 has an unknown country, 4 a wrong criticality and a bad date, 5 no name, 6 a bad LEI.
const LINES = [
  'Good Cloud Ltd,GB,low,2025-01-01,,',
  'Atlantis Data,Atlantis,high,,,',
  'Ostara Labs,US,urgent,31/01/2025,,',
  ',DE,low,,,',
  'Lei Corp,FR,low,,LEI:5493001KJTIIGC8Y1R13,',
];

async function previewOf(lines = LINES) {
  const t = testCore();
  const file = t.pick(csv(lines));
  const preview = await t.call('vendors.importPreview', { file });
  return { t, file, preview };
}

describe('fixing rows in the import preview', () => {
  it('hands over each row with problems with its cells, and the counts', async () => {
    const { preview } = await previewOf();
    expect(preview.badRows.map((b) => [b.row, b.problems.map((p) => p.field)])).toEqual([
      [3, ['country']],
      [4, ['criticality', 'contract_start']],
      [5, ['name']],
      [6, ['identifiers']],
    ]);
    expect(preview.badRows[0]!.cells).toMatchObject({ name: 'Atlantis Data', country: 'Atlantis', criticality: 'high' });
    expect(preview.review.counts).toEqual({ new: 1, existing: 0, problemRows: 4, skipped: 0 });
    expect(preview.review.problemCount).toBe(5);
  });

  it('checks a fixed row again with the same rules as the file, and a fixed row turns good', async () => {
    const { t, file, preview } = await previewOf();
    const still = await t.call('vendors.importReview', {
      file,
      mapping: preview.mapping,
      edits: { corrections: [{ row: 4, cells: { criticality: 'high', contract_start: '2025-02-30' } }] },
    });
    // The date has its shape now, but no 30 February: the contract's check, as for a file.
    expect(still.rows.find((r) => r.row === 4)).toMatchObject({ status: 'problem', problems: [{ field: 'contract_start' }] });

    const review = await t.call('vendors.importReview', {
      file,
      mapping: preview.mapping,
      edits: {
        corrections: [
          { row: 3, cells: { country: 'DE' } },
          { row: 4, cells: { criticality: 'high', contract_start: '2025-01-31' } },
          { row: 6, cells: { identifiers: 'LEI:5493001KJTIIGC8Y1R12' } },
        ],
        skipped: [5],
      },
    });
    expect(review.rows.map((r) => [r.row, r.status])).toEqual([
      [3, 'fixed'],
      [4, 'fixed'],
      [5, 'skipped'],
      [6, 'fixed'],
    ]);
    expect(review.counts).toEqual({ new: 4, existing: 0, problemRows: 0, skipped: 1 });
    expect(review.problemCount).toBe(0);
  });

  it('holds a fixed row to the other rows and the inventory: same name, same LEI, a vendor already in Vetter', async () => {
    const { t, file, preview } = await previewOf();
    await t.call('vendors.create', vendorInput({ legalName: 'Kept Vendor' }));
    const review = await t.call('vendors.importReview', {
      file,
      mapping: preview.mapping,
      edits: {
        corrections: [
          { row: 3, cells: { name: 'GOOD CLOUD LTD', country: 'DE' } },
          { row: 5, cells: { name: 'Kept Vendor' } },
        ],
        skipped: [4, 6],
      },
    });
    expect(review.rows.find((r) => r.row === 3)).toMatchObject({
      status: 'problem',
      problems: [{ field: 'name', message: expect.stringContaining('same legal name as row 2') }],
    });
    expect(review.rows.find((r) => r.row === 5)).toMatchObject({ status: 'fixed', existing: { name: 'Kept Vendor', reason: 'same name' } });
    expect(review.counts).toEqual({ new: 1, existing: 1, problemRows: 1, skipped: 2 });

    const lei = 'LEI:5493001KJTIIGC8Y1R12';
    const twice = await t.call('vendors.importReview', {
      file,
      mapping: preview.mapping,
      edits: { corrections: [{ row: 3, cells: { country: 'DE', identifiers: lei } }, { row: 6, cells: { identifiers: lei } }], skipped: [4, 5] },
    });
    expect(twice.rows.find((r) => r.row === 6)).toMatchObject({
      status: 'problem',
      problems: [{ field: 'identifiers', message: expect.stringContaining('is also on row 3') }],
    });
  });

  it('refuses edits of rows that had no problem, and imports nothing while a problem stands', async () => {
    const { t, file, preview } = await previewOf();
    const good = await t.invoke('vendors.importReview', { file, mapping: preview.mapping, edits: { corrections: [{ row: 2, cells: { name: 'Other' } }] } });
    expect(good).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Row 2') } });
    const unmapped = await t.invoke('vendors.importReview', { file, mapping: preview.mapping, edits: { corrections: [{ row: 3, cells: { website: 'x.example' } }] } });
    expect(unmapped).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const run = await t.invoke('vendors.importRun', {
      file,
      mapping: preview.mapping,
      onDuplicate: 'skip',
      edits: { corrections: [{ row: 3, cells: { country: 'DE' } }], skipped: [5, 6] },
      jobId: 'partial',
    });
    expect(run).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Nothing was imported/) } });
    expect((await t.call('vendors.list', {})).vendors).toEqual([]);
  });

  it('imports the fixed rows with the rest, leaves the skipped one out, and records the corrections in the audit event', async () => {
    const { t, file, preview } = await previewOf();
    const result = await t.call('vendors.importRun', {
      file,
      mapping: preview.mapping,
      onDuplicate: 'skip',
      edits: {
        corrections: [
          { row: 3, cells: { country: 'DE' } },
          { row: 4, cells: { criticality: 'high', contract_start: '2025-01-31' } },
          { row: 6, cells: { identifiers: 'LEI:5493001KJTIIGC8Y1R12' } },
        ],
        skipped: [5],
      },
      jobId: 'fixed',
    });
    expect(result).toEqual({ created: 4, updated: 0, skipped: 0 });
    const { vendors } = await t.call('vendors.list', {});
    expect(vendors.map((v) => v.legalName).sort()).toEqual(['Atlantis Data', 'Good Cloud Ltd', 'Lei Corp', 'Ostara Labs']);
    expect(vendors.find((v) => v.legalName === 'Atlantis Data')?.countryOfIncorporation).toBe('DE');
    expect(vendors.find((v) => v.legalName === 'Ostara Labs')).toMatchObject({ criticality: 'high', contractStart: '2025-01-31' });

    const { events } = await t.call('audit.list', { limit: 1 });
    expect(events[0]).toMatchObject({
      action: 'vendor.import',
      summary:
        'Imported vendors.csv: 4 added, 0 updated, 0 skipped; 3 rows corrected in the preview (row 3 country, row 4 criticality, row 4 contract_start, row 6 identifiers), 1 row left out (row 5)',
      after: {
        correctedRows: 3,
        corrections: [
          { row: 3, column: 'country', field: 'country', from: 'Atlantis', to: 'DE' },
          { row: 4, column: 'criticality', field: 'criticality', from: 'urgent', to: 'high' },
          { row: 4, column: 'contract_start', field: 'contract_start', from: '31/01/2025', to: '2025-01-31' },
          { row: 6, column: 'identifiers', field: 'identifiers', from: 'LEI:5493001KJTIIGC8Y1R13', to: 'LEI:5493001KJTIIGC8Y1R12' },
        ],
        skippedRows: [{ row: 5, name: '' }],
      },
    });
    expect((await verifyChain(sqliteSql(t.db))).ok).toBe(true);
  });

  it('an import of the file as it is records no corrections (the CLI path)', async () => {
    const { t, file, preview } = await previewOf(['Plain Co,GB,low,,,']);
    await t.call('vendors.importRun', { file, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'plain' });
    const { events } = await t.call('audit.list', { limit: 1 });
    expect(events[0]!.summary).toBe('Imported vendors.csv: 1 added, 0 updated, 0 skipped');
    expect(events[0]!.after).not.toHaveProperty('corrections');
  });

  it('takes hostile strings in a fixed cell as text: formulas, SQL, direction overrides, oversized cells', async () => {
    const { t, file, preview } = await previewOf();
    const hostile = {
      formula: '=HYPERLINK("http://x","y")',
      sql: "'; DROP TABLE vendors; --",
      bidi: 'Evil\u202Egnp.exe Ltd',
    };
    const run = await t.call('vendors.importRun', {
      file,
      mapping: preview.mapping,
      onDuplicate: 'skip',
      edits: {
        corrections: [
          { row: 3, cells: { name: hostile.formula, country: 'DE' } },
          { row: 4, cells: { name: hostile.sql, criticality: 'high', contract_start: '' } },
          { row: 5, cells: { name: hostile.bidi } },
        ],
        skipped: [6],
      },
      jobId: 'hostile',
    });
    expect(run.created).toBe(4);
    const names = (await t.call('vendors.list', {})).vendors.map((v) => v.legalName);
    expect(names).toEqual(expect.arrayContaining(Object.values(hostile)));
    // A cell no field could take is a problem of its row like any other, and an oversized one is refused at the door.
    const long = await t.call('vendors.importReview', { file, mapping: preview.mapping, edits: { corrections: [{ row: 5, cells: { name: 'x'.repeat(301) } }] } });
    expect(long.rows.find((r) => r.row === 5)).toMatchObject({ status: 'problem', problems: [{ field: 'name', message: expect.stringContaining('300') }] });
    const huge = await t.invoke('vendors.importReview', { file, mapping: preview.mapping, edits: { corrections: [{ row: 5, cells: { notes: 'x'.repeat(20_001) } }] } });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await verifyChain(sqliteSql(t.db))).ok).toBe(true);
  });

  it('checks only the rows with problems again: 10,000 rows, 500 of them bad, a fix checks those rows only', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      i % 20 === 7 ? `Vendor ${i},Atlantis,low,,,` : `Vendor ${i},DE,low,,${i % 3 === 0 ? `DUNS:${String(100000000 + i)}` : ''},`,
    );
    const { t, file, preview } = await previewOf(lines);
    expect(preview.badRows).toHaveLength(500);
    expect(preview.review.counts).toEqual({ new: 9500, existing: 0, problemRows: 500, skipped: 0 });
    const row = preview.badRows[0]!.row;
    const review = await t.call('vendors.importReview', { file, mapping: preview.mapping, edits: { corrections: [{ row, cells: { country: 'FR' } }] } });
    expect(review.counts).toEqual({ new: 9501, existing: 0, problemRows: 499, skipped: 0 });
  });
});
