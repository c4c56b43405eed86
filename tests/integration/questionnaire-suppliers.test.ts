// The questionnaire's Suppliers sheet both ways, with real files: Vetter writes it (unlocked rows, the service as a
// drop-down), a script fills it as a vendor would, and the import keeps the suppliers waiting beside the answers;
// they become the vendor's suppliers only when accepted, each audited. A bad cell is refused naming the sheet and the
// cell; the checksum covers the questions only, so supplier rows do not trip the tamper checks, and the questions
// still do.
import fs from 'node:fs';
import path from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../electron/core/contract';
import { type FolderTestCore, tempDir, testCore, vendorInput } from '../helpers';

type Sent = Output<'questionnaires.send'>;

async function load(bytes: Buffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

/** Fills the Suppliers sheet (and an answer) as a vendor would, with exceljs, and saves the file. */
async function filled(dir: string, sent: Sent, suppliers: string[][], edit?: (wb: Workbook) => void): Promise<string> {
  const wb = await load(Buffer.from(sent.workbook.base64, 'base64'));
  const questions = wb.getWorksheet('Questions')!;
  questions.getCell('G2').value = 'Yes';
  const ws = wb.getWorksheet('Suppliers')!;
  suppliers.forEach((cells, i) => cells.forEach((value, c) => (ws.getCell(`${'ABCD'[c]}${2 + i}`).value = value)));
  edit?.(wb);
  const file = path.join(dir, `returned-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const count = (t: FolderTestCore, sql: string) => t.db.prepare(sql).pluck().get() as number;

describe('the questionnaire’s Suppliers sheet', () => {
  let t: FolderTestCore;
  let dir: string;
  let vendorId: string;
  let sent: Sent;

  beforeAll(async () => {
    dir = tempDir();
    t = testCore();
    vendorId = (await t.call('vendors.create', vendorInput({ legalName: 'Kestrel Models Ltd', services: ['AI model/API', 'SaaS'] }))).id;
    sent = await t.call('questionnaires.send', { vendorId, lang: 'en' });
  });

  it('is written with headings, unlocked rows to fill and the service as a drop-down, under sheet protection', async () => {
    const wb = await load(Buffer.from(sent.workbook.base64, 'base64'));
    const ws: Worksheet = wb.getWorksheet('Suppliers')!;
    expect(['A1', 'B1', 'C1', 'D1'].map((a) => ws.getCell(a).value)).toEqual(['Supplier', 'Service', 'Data shared', 'Country']);
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"IaaS/PaaS,SaaS,AI model/API,Data processing,Professional services,Hardware"'] });
    for (const a of ['A2', 'B2', 'C2', 'D2', 'D41']) expect(ws.getCell(a).protection?.locked).toBe(false);
    expect(ws.getCell('A1').protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(String(wb.getWorksheet('Instructions')!.getColumn(1).values.join(' '))).toMatch(/On the "Suppliers" sheet, list your own suppliers/);
  });

  it('round trip: the rows wait beside the answers, written nowhere until accepted; accepted ones become suppliers, audited', async () => {
    const file = await filled(dir, sent, [
      ['Amazon Web Services', 'IaaS/PaaS', 'Customer personal data; IP addresses / device data', 'US'],
      ['Zhipu AI', 'AI model/API', 'Source code', 'China'],
      ['Raybeam Optronics Co. Ltd.', 'Hardware', '', ''],
    ]);
    const result = await t.call('questionnaires.import', { file: t.pick(file), vendorId });
    expect(result).toMatchObject({ answers: 1, suppliers: 3 });
    expect(count(t, 'SELECT count(*) FROM suppliers')).toBe(0);
    const review = await t.call('questionnaires.review', { vendorId });
    expect(review.pendingSuppliers.map((s) => [s.row, s.name, s.service, s.dataShared, s.country])).toEqual([
      [2, 'Amazon Web Services', 'IaaS/PaaS', ['Customer personal data', 'IP addresses / device data'], 'US'],
      [3, 'Zhipu AI', 'AI model/API', ['Source code'], 'CN'],
      [4, 'Raybeam Optronics Co. Ltd.', 'Hardware', [], null],
    ]);
    const returnId = review.pendingSuppliers[0]!.returnId;

    expect(await t.call('questionnaires.acceptSuppliers', { vendorId, returnId, rows: [2, 3] })).toEqual({ accepted: 2 });
    expect(await t.call('questionnaires.dismissSuppliers', { vendorId, returnId, rows: [4] })).toEqual({ dismissed: 1 });
    const again = await t.invoke('questionnaires.acceptSuppliers', { vendorId, returnId, rows: [4] });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/row 4 is no longer waiting/) } });
    const { suppliers } = await t.call('suppliers.list', { vendorId });
    expect(suppliers.map((s) => [s.name, s.source])).toEqual([
      ['Amazon Web Services', `questionnaire ${sent.questionnaire.id}, row 2`],
      ['Zhipu AI', `questionnaire ${sent.questionnaire.id}, row 3`],
    ]);
    expect((await t.call('questionnaires.review', { vendorId })).pendingSuppliers).toEqual([]);
    const events = (await t.call('audit.list', { limit: 20 })).events;
    expect(events.filter((e) => e.action === 'suppliers.add').map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Added supplier Amazon Web Services (hosting) of Kestrel Models Ltd', 'Added supplier Zhipu AI (AI model) of Kestrel Models Ltd']),
    );
    expect(events.some((e) => e.action === 'questionnaire.dismissSuppliers' && e.summary.includes('Raybeam Optronics Co. Ltd.'))).toBe(true);
  });

  it('refuses a bad supplier cell naming the sheet and the cell, and keeps nothing of the workbook', async () => {
    const before = count(t, 'SELECT count(*) FROM questionnaire_returns');
    const bad = await filled(dir, sent, [
      ['Amazon Web Services', 'IaaS/PaaS', '', 'US'],
      ['Zhipu AI', 'AI model/API', 'Gold bars', 'CN'],
    ]);
    const refused = await t.invoke('questionnaires.import', { file: t.pick(bad), vendorId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_file', message: expect.stringMatching(/sheet "Suppliers", cell C3: Unknown data shared "Gold bars"/) } });
    const noService = await filled(dir, sent, [['Azure', '', '', '']]);
    expect(await t.invoke('questionnaires.import', { file: t.pick(noService), vendorId })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/sheet "Suppliers", cell B2: give the service "Azure" provides/) } });
    expect(count(t, 'SELECT count(*) FROM questionnaire_returns')).toBe(before);
  });

  it('keeps the tamper checks: supplier rows are not in the checksum, a changed question still is', async () => {
    // Many supplier rows, beyond those made ready: still this questionnaire.
    const many = await filled(dir, sent, Array.from({ length: 45 }, (_, i) => [`Supplier ${i + 1}`, 'SaaS', '', 'DE']));
    expect(await t.call('questionnaires.import', { file: t.pick(many), vendorId })).toMatchObject({ suppliers: 45 });
    const tampered = await filled(dir, sent, [['Amazon Web Services', 'IaaS/PaaS', '', 'US']], (wb) => {
      wb.getWorksheet('Questions')!.getCell('C2').value = 'Something else entirely?';
    });
    expect(await t.invoke('questionnaires.import', { file: t.pick(tampered), vendorId })).toMatchObject({
      ok: false,
      error: { code: 'bad_file', message: expect.stringMatching(/sheet "Questions", cell C2: the text of question \w+ was changed/) },
    });
  });
});
