// Questionnaires both ways, with real files: the workbook Vetter writes (checked cell by cell with exceljs), filled in
// by a script as a vendor would and imported; every tampering refused naming the sheet and the cell, with nothing
// written (the database is looked at); hostile files refused; accepting and dismissing the vendor's answers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter, findChromium } from '../../electron/chromium-printer';
import { CATALOG } from '../../electron/core/assessment/catalog';
import type { Output } from '../../electron/core/contract';
import { questionsFor } from '../../electron/core/questionnaires/questions';
import { failAuditOf, type FolderTestCore, tempDir, testCore, vendorInput } from '../helpers';

type Sent = Output<'questionnaires.send'>;

const AI_VENDOR = vendorInput({ legalName: 'Kestrel Models Ltd', services: ['AI model/API', 'SaaS'] });
const SAAS_VENDOR = vendorInput({ legalName: 'Ostara Cloud GmbH', services: ['SaaS'] });

async function load(bytes: Buffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

const sheet = (wb: Workbook, name: string): Worksheet => wb.getWorksheet(name)!;

/** The row of a question on the Questions sheet. */
function rowOf(ws: Worksheet, id: string): number {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(`A${r}`).value === id) return r;
  throw new Error(`no row for ${id}`);
}

/** Fills the workbook as a vendor would (exceljs, as a script would), and saves it to a file. */
async function filled(t: { dir: string }, sent: Sent, answers: Record<string, string | Date>, edit?: (wb: Workbook) => void, name = 'returned.xlsx'): Promise<string> {
  const wb = await load(Buffer.from(sent.workbook.base64, 'base64'));
  const ws = sheet(wb, 'Questions');
  for (const [id, value] of Object.entries(answers)) ws.getCell(`G${rowOf(ws, id)}`).value = value;
  edit?.(wb);
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

/** Rows the questionnaire tables hold, and the answers and events, to show that a refusal wrote nothing. */
function written(t: FolderTestCore) {
  const count = (sql: string) => t.db.prepare(sql).pluck().get() as number;
  return {
    returns: count('SELECT count(*) FROM questionnaire_returns'),
    returned: count('SELECT count(*) FROM returned_answers'),
    answers: count('SELECT count(*) FROM answers'),
    events: count('SELECT count(*) FROM audit_events'),
  };
}

describe('questionnaires', () => {
  let t: FolderTestCore;
  let dir: string;
  let kestrel: string;
  let ostara: string;
  let sent: Sent;

  beforeAll(async () => {
    dir = tempDir();
    t = testCore();
    kestrel = (await t.call('vendors.create', AI_VENDOR)).id;
    ostara = (await t.call('vendors.create', SAAS_VENDOR)).id;
    sent = await t.call('questionnaires.send', { vendorId: kestrel, lang: 'en' });
  });
  afterAll(() => t.core.close());

  describe('the workbook Vetter writes', () => {
    let wb: Workbook;
    beforeAll(async () => {
      wb = await load(Buffer.from(sent.workbook.base64, 'base64'));
    });

    it('asks the questions the vendor’s services select, one row each, with id, area, question, guidance and evidence expected', () => {
      const asked = questionsFor(CATALOG, AI_VENDOR.services);
      expect(sent.questionnaire.questions).toEqual(asked.map((c) => c.id));
      // An AI vendor is asked the AI questions; a SaaS-only one is not.
      expect(sent.questionnaire.questions).toContain('T1');
      expect(questionsFor(CATALOG, ['SaaS']).map((c) => c.id)).not.toContain('T1');
      const ws = sheet(wb, 'Questions');
      expect(ws.getRow(1).values).toEqual([undefined, 'Id', 'Area', 'Question', 'Guidance', 'Evidence expected', 'Allowed answers', 'Answer', 'Comment', 'Evidence reference']);
      asked.forEach((c, i) => {
        const row = ws.getRow(2 + i);
        expect(row.getCell(1).value).toBe(c.id);
        expect(row.getCell(3).value).toBe(c.question);
        expect(row.getCell(5).value).toBe(c.evidenceExpected);
      });
      expect(ws.getCell(`A${2 + asked.length}`).value).toBeNull();
      expect(sent.workbook.fileName).toBe(`Questionnaire ${sent.questionnaire.id} Kestrel Models Ltd.xlsx`);
    });

    it('offers the allowed answers as a drop-down, leaves only the answer, comment and evidence cells unlocked, and protects every sheet', () => {
      const ws = sheet(wb, 'Questions');
      const r = rowOf(ws, 'T1');
      const validation = ws.getCell(`G${r}`).dataValidation;
      expect(validation.type).toBe('list');
      const [, first, last] = /^Vetter!\$(\w+)\$\d+:\$(\w+)\$\d+$/.exec(validation.formulae[0] as string)!;
      const listRow = Number(/\$(\d+)$/.exec(validation.formulae[0] as string)![1]);
      const control = sheet(wb, 'Vetter');
      expect(control.getCell(`A${listRow}`).value).toBe('T1');
      expect([control.getCell(`${first}${listRow}`).value, control.getCell(`${last}${listRow}`).value]).toEqual(['Yes', 'No']);
      expect(ws.getCell(`G${rowOf(ws, 'A4')}`).dataValidation.type).toBe('date');
      for (const column of ['G', 'H', 'I']) expect(ws.getCell(`${column}${r}`).protection?.locked).toBe(false);
      for (const column of ['A', 'B', 'C', 'D', 'E', 'F']) expect(ws.getCell(`${column}${r}`).protection?.locked).not.toBe(false);
      expect(ws.getCell('A1').protection?.locked).not.toBe(false);
      for (const name of ['Instructions', 'Questions', 'Vetter']) expect((sheet(wb, name) as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    });

    it('carries the vendor id, the catalog version and the checksum on a very hidden sheet', () => {
      const control = sheet(wb, 'Vetter');
      expect(control.state).toBe('veryHidden');
      expect(control.getCell('B2').value).toBe(sent.questionnaire.id);
      expect(control.getCell('B3').value).toBe(kestrel);
      expect(control.getCell('B6').value).toBe(CATALOG.version);
      expect(control.getCell('B7').value).toBe(sent.questionnaire.checksum);
      expect(sent.questionnaire.checksum).toMatch(/^[0-9a-f]{64}$/);
    });

    it('in English and Chinese: the instructions side by side and the headings in both; the questions stay English', async () => {
      const both = await t.call('questionnaires.send', { vendorId: ostara, lang: 'en+zh' });
      const zh = await load(Buffer.from(both.workbook.base64, 'base64'));
      const instructions = sheet(zh, 'Instructions');
      expect(instructions.getCell('A1').value).toBe('Vendor assessment questionnaire');
      expect(instructions.getCell('B1').value).toBe('供应商评估问卷');
      const ws = sheet(zh, 'Questions');
      expect(ws.getCell('G1').value).toBe('Answer\n答案');
      expect(ws.getCell('C2').value).toBe(questionsFor(CATALOG, ['SaaS'])[0]!.question);
      expect(both.questionnaire.lang).toBe('en+zh');
    });

    it('records each questionnaire sent, with its audit event', async () => {
      const review = await t.call('questionnaires.review', { vendorId: kestrel });
      expect(review.sent.map((q) => q.id)).toContain(sent.questionnaire.id);
      expect(review.pending).toEqual([]);
      const { events } = await t.call('audit.list', { vendorId: kestrel });
      expect(events.map((e) => e.action)).toContain('questionnaire.send');
    });
  });

  describe('a workbook filled in by the vendor', () => {
    it('imports as a vendor-submitted draft beside the analyst’s answers, never verified, and writes no answer', async () => {
      await t.call('assessment.answer', { vendorId: kestrel, criterionId: 'T3', value: 'no', verified: true, note: 'Analyst: no chart yet' });
      const before = written(t);
      const file = await filled({ dir }, sent, { T1: 'Yes', T3: 'Partly', A1: 'SOC 2 Type II report; ISO/IEC 27001 certificate', A4: new Date(Date.UTC(2026, 0, 31)), R2: 'Within 72 hours' }, (wb) => {
        const ws = sheet(wb, 'Questions');
        ws.getCell(`H${rowOf(ws, 'T3')}`).value = 'Chart to the parent; UBOs on request';
        ws.getCell(`I${rowOf(ws, 'T3')}`).value = 'ownership-2026.pdf p. 3';
        ws.getCell(`H${rowOf(ws, 'T4')}`).value = 'Will follow';
      });
      const result = await t.call('questionnaires.import', { file: t.pick(file), vendorId: kestrel });
      expect(result).toMatchObject({ questionnaireId: sent.questionnaire.id, vendorId: kestrel, vendorName: 'Kestrel Models Ltd', answers: 5 });
      expect(result.warnings).toEqual([expect.stringMatching(/^Sheet "Questions", row \d+: question T4 has no answer/)]);
      expect(written(t)).toMatchObject({ returns: before.returns + 1, returned: before.returned + 5, answers: before.answers, events: before.events + 1 });

      const review = await t.call('questionnaires.review', { vendorId: kestrel });
      expect(review.pending.map((a) => [a.criterionId, a.value])).toEqual([
        ['T1', 'yes'],
        ['T3', 'partial'],
        ['A1', ['soc2-type2', 'iso27001']],
        ['A4', '2026-01-31'],
        ['R2', 'within-72h'],
      ]);
      expect(review.pending.find((a) => a.criterionId === 'T3')).toMatchObject({ comment: 'Chart to the parent; UBOs on request', evidenceRef: 'ownership-2026.pdf p. 3' });
      expect(review.sent.find((q) => q.id === sent.questionnaire.id)?.returnedAt).toBe(review.pending[0]!.importedAt);
      // The analyst's answer is untouched until accepted.
      expect((await t.call('assessment.get', { vendorId: kestrel })).assessment.answers.T3).toMatchObject({ value: 'no', verified: true });
    });

    it('accepts one answer: written through the assessment’s path, unverified, with the vendor’s comment, audited and scored', async () => {
      const { pending } = await t.call('questionnaires.review', { vendorId: kestrel });
      const returnId = pending[0]!.returnId;
      const scoreBefore = (await t.call('scores.vendor', { vendorId: kestrel })).history.length;
      expect(await t.call('questionnaires.accept', { vendorId: kestrel, returnId, criterionIds: ['T3'] })).toEqual({ accepted: 1 });
      const answer = (await t.call('assessment.get', { vendorId: kestrel })).assessment.answers.T3!;
      expect(answer).toMatchObject({ value: 'partial', verified: false, answeredBy: 'tester' });
      expect(answer.note).toBe(`Vendor, questionnaire ${sent.questionnaire.id}: Chart to the parent; UBOs on request · Evidence: ownership-2026.pdf p. 3`);
      const { events } = await t.call('audit.list', { vendorId: kestrel });
      expect(events[0]).toMatchObject({ action: 'assessment.answer', summary: expect.stringContaining(`accepted from the vendor's questionnaire ${sent.questionnaire.id}`) });
      expect(events[0]!.before).toMatchObject({ value: 'no', verified: true });
      // The score snapshot follows the write, as it does for an analyst's answer.
      await expect.poll(async () => (await t.call('scores.vendor', { vendorId: kestrel })).history.length).toBeGreaterThan(scoreBefore);
      expect((await t.call('questionnaires.review', { vendorId: kestrel })).pending.map((a) => a.criterionId)).toEqual(['T1', 'A1', 'A4', 'R2']);
    });

    it('dismisses one and accepts the rest at once; an answer decided already is a conflict that changes nothing', async () => {
      const { pending } = await t.call('questionnaires.review', { vendorId: kestrel });
      const returnId = pending[0]!.returnId;
      expect(await t.call('questionnaires.dismiss', { vendorId: kestrel, returnId, criterionIds: ['R2'] })).toEqual({ dismissed: 1 });
      const before = written(t);
      const stale = await t.invoke('questionnaires.accept', { vendorId: kestrel, returnId, criterionIds: ['T1', 'R2'] });
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('R2 is no longer waiting') } });
      expect(written(t)).toEqual(before);
      expect(await t.call('questionnaires.accept', { vendorId: kestrel, returnId, criterionIds: ['T1', 'A1', 'A4'] })).toEqual({ accepted: 3 });
      const { answers } = (await t.call('assessment.get', { vendorId: kestrel })).assessment;
      expect(answers.A1?.value).toEqual(['soc2-type2', 'iso27001']);
      expect(answers.A4?.value).toBe('2026-01-31');
      expect(answers.R2).toBeUndefined();
      expect((await t.call('questionnaires.review', { vendorId: kestrel })).pending).toEqual([]);
      const actions = (await t.call('audit.list', { vendorId: kestrel })).events.map((e) => e.action);
      expect(actions.filter((a) => a === 'assessment.answer')).toHaveLength(1 + 1 + 3);
      expect(actions).toContain('questionnaire.dismiss');
    });

    it('an import or an acceptance whose audit event cannot be written leaves nothing of it', async () => {
      const file = await filled({ dir }, sent, { T5: 'Yes', J2: 'No' }, undefined, 'audit-fails.xlsx');
      const before = written(t);
      const importFails = failAuditOf(t, 'questionnaire.import');
      try {
        expect((await t.invoke('questionnaires.import', { file: t.pick(file) })).ok).toBe(false);
      } finally {
        importFails.restore();
      }
      expect(written(t)).toEqual(before);

      await t.call('questionnaires.import', { file: t.pick(file) });
      const { pending } = await t.call('questionnaires.review', { vendorId: kestrel });
      const waiting = written(t);
      const acceptFails = failAuditOf(t, 'assessment.answer');
      try {
        const r = await t.invoke('questionnaires.accept', { vendorId: kestrel, returnId: pending[0]!.returnId, criterionIds: ['T5', 'J2'] });
        expect(r.ok).toBe(false);
      } finally {
        acceptFails.restore();
      }
      expect(written(t)).toEqual(waiting);
      expect((await t.call('questionnaires.review', { vendorId: kestrel })).pending.map((a) => a.criterionId)).toEqual(['T5', 'J2']);
    });

    it('a newer return supersedes the answers an older one left waiting', async () => {
      const first = await filled({ dir }, sent, { T2: 'No' }, undefined, 'first.xlsx');
      await t.call('questionnaires.import', { file: t.pick(first) });
      const second = await filled({ dir }, sent, { T2: 'Yes', T4: 'Partly' }, undefined, 'second.xlsx');
      const result = await t.call('questionnaires.import', { file: t.pick(second) });
      expect(result.answers).toBe(2);
      const { pending } = await t.call('questionnaires.review', { vendorId: kestrel });
      expect(pending.map((a) => [a.criterionId, a.value, a.fileName])).toEqual([
        ['T2', 'yes', 'second.xlsx'],
        ['T4', 'partial', 'second.xlsx'],
      ]);
    });
  });

  describe('a workbook that is not the questionnaire sent', () => {
    /** Imports `file` on Kestrel's page, expects a refusal naming the sheet and the cell, and that nothing was written. */
    async function refused(file: string, sheetName: string, cell: string, message: RegExp, vendorId: string | undefined = kestrel) {
      const before = written(t);
      const r = await t.invoke('questionnaires.import', { file: t.pick(file), vendorId });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('bad_file');
      expect(r.error.details).toEqual({ sheet: sheetName, cell });
      expect(r.error.message).toMatch(new RegExp(`^${path.basename(file)}: sheet "${sheetName}", cell ${cell}: `));
      expect(r.error.message).toMatch(message);
      expect(r.error.message).toMatch(/Nothing was imported\.$/);
      expect(written(t)).toEqual(before);
    }

    it('another vendor’s questionnaire, imported on this vendor’s page', async () => {
      const other = await t.call('questionnaires.send', { vendorId: ostara, lang: 'en' });
      const file = await filled({ dir }, other, { T3: 'Yes' }, undefined, 'ostara.xlsx');
      await refused(file, 'Vetter', 'B3', /sent to Ostara Cloud GmbH, not to Kestrel Models Ltd\. Import it on Ostara Cloud GmbH's page/);
    });

    it('a vendor id changed on the hidden sheet', async () => {
      const file = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => (sheet(wb, 'Vetter').getCell('B3').value = ostara), 'vendor-id.xlsx');
      await refused(file, 'Vetter', 'B3', /the vendor id was changed: questionnaire Q-\S+ was sent to Kestrel Models Ltd/, undefined);
    });

    it('a question id changed, or rows moved', async () => {
      const changed = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => (sheet(wb, 'Questions').getCell('A4').value = 'T9'), 'id.xlsx');
      await refused(changed, 'Questions', 'A4', /the question id was changed from \S+ to "T9"/);
      const moved = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => {
        const ws = sheet(wb, 'Questions');
        const [a, b] = [ws.getCell('A2').value, ws.getCell('A3').value];
        ws.getCell('A2').value = b;
        ws.getCell('A3').value = a;
      }, 'moved.xlsx');
      await refused(moved, 'Questions', 'A2', /rows were moved/);
    });

    it('a question’s text changed, or a row added', async () => {
      const text = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => (sheet(wb, 'Questions').getCell('C2').value = 'Do you like us?'), 'text.xlsx');
      await refused(text, 'Questions', 'C2', /the text of question T1 was changed/);
      const n = sent.questionnaire.questions.length;
      const added = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => (sheet(wb, 'Questions').getCell(`A${n + 2}`).value = 'X1'), 'added.xlsx');
      await refused(added, 'Questions', `A${n + 2}`, new RegExp(`a row was added: Vetter wrote ${n} questions`));
    });

    it('another catalog version', async () => {
      const file = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => (sheet(wb, 'Vetter').getCell('B6').value = 2), 'catalog.xlsx');
      await refused(file, 'Vetter', 'B6', /the catalog version was changed to "2"/);
    });

    it('a bad checksum', async () => {
      const file = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => (sheet(wb, 'Vetter').getCell('B7').value = '0'.repeat(64)), 'checksum.xlsx');
      await refused(file, 'Vetter', 'B7', /the checksum does not match the questions/);
    });

    it('a questionnaire this workspace never sent', async () => {
      const file = await filled({ dir }, sent, { T3: 'Yes' }, (wb) => (sheet(wb, 'Vetter').getCell('B2').value = 'Q-20260101-AAAAAA'), 'unknown.xlsx');
      await refused(file, 'Vetter', 'B2', /questionnaire "Q-20260101-AAAAAA" was not sent from this Vetter workspace/);
    });

    it('a value outside the drop-down, a date after today, and several answers where one is asked', async () => {
      const ws = sheet(await load(Buffer.from(sent.workbook.base64, 'base64')), 'Questions');
      const outside = await filled({ dir }, sent, { T3: 'Maybe' }, undefined, 'outside.xlsx');
      await refused(outside, 'Questions', `G${rowOf(ws, 'T3')}`, /"Maybe" is not one of the answers allowed to T3 \(Yes; Partly; No\)/);
      const future = await filled({ dir }, sent, { A4: '2999-01-01' }, undefined, 'future.xlsx');
      await refused(future, 'Questions', `G${rowOf(ws, 'A4')}`, /2999-01-01 is after today/);
      const several = await filled({ dir }, sent, { T3: 'Yes; No' }, undefined, 'several.xlsx');
      await refused(several, 'Questions', `G${rowOf(ws, 'T3')}`, /"Yes; No" is not one of the answers allowed/);
    });

    it('a formula anywhere, even in an answer cell', async () => {
      const file = await filled({ dir }, sent, {}, (wb) => {
        sheet(wb, 'Questions').getCell('G3').value = { formula: 'HYPERLINK("http://example.com","Yes")' } as never;
      }, 'formula.xlsx');
      await refused(file, 'Questions', 'G3', /it holds a formula \("=HYPERLINK/);
    });

    it('a workbook with no answer', async () => {
      const file = await filled({ dir }, sent, {}, undefined, 'empty.xlsx');
      await refused(file, 'Questions', 'G2', /no question is answered/);
    });
  });

  describe('hostile files', () => {
    async function refusedWhole(file: string, message: RegExp) {
      const before = written(t);
      const r = await t.invoke('questionnaires.import', { file: t.pick(file), vendorId: kestrel });
      expect(r).toMatchObject({ ok: false, error: { code: 'bad_file' } });
      if (!r.ok) expect(r.error.message).toMatch(message);
      expect(written(t)).toEqual(before);
    }

    it('a file that is not a zip, a huge file, another zip, a zip bomb, a part stored twice', async () => {
      const text = path.join(dir, 'not-a-zip.xlsx');
      fs.writeFileSync(text, 'id,answer\nT1,Yes\n');
      await refusedWhole(text, /^not-a-zip\.xlsx: it is not an Excel workbook \(\.xlsx\)/);

      const huge = path.join(dir, 'huge.xlsx');
      fs.writeFileSync(huge, Buffer.alloc(6 * 1024 * 1024, 0x50));
      await refusedWhole(huge, /^huge\.xlsx: it is 6 MB, more than the 5 MB a returned questionnaire may be/);

      const zip = new JSZip();
      zip.file('content.xml', '<office:document-content/>');
      const ods = path.join(dir, 'sheet.xlsx');
      fs.writeFileSync(ods, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      await refusedWhole(ods, /it is not an Excel workbook/);

      // 100 MB of zeros packs into about 100 KB: refused by the unpacked size before exceljs sees it.
      const bomb = await JSZip.loadAsync(Buffer.from(sent.workbook.base64, 'base64'));
      bomb.file('xl/media/zeros.bin', Buffer.alloc(100 * 1024 * 1024));
      const bombFile = path.join(dir, 'bomb.xlsx');
      fs.writeFileSync(bombFile, await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      await refusedWhole(bombFile, /unpacks to 100 MB, more than the 20 MB/);

      // The Vetter sheet's part renamed, in its local header and the directory, to the Questions sheet's: two parts
      // of one name, of which the zip reader checks the first and exceljs might take the second.
      const workbook = Buffer.from(sent.workbook.base64, 'base64');
      const twice = Buffer.from(workbook.toString('latin1').replaceAll('xl/worksheets/sheet3.xml', 'xl/worksheets/sheet2.xml'), 'latin1');
      const twiceFile = path.join(dir, 'twice.xlsx');
      fs.writeFileSync(twiceFile, twice);
      await refusedWhole(twiceFile, /its zip archive stores "xl\/worksheets\/sheet2\.xml" twice/);
    });

  });
});

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

describe.skipIf(!chromium)('the PDF copy', () => {
  it('prints the same questionnaire through the report printer, in English and Chinese', async () => {
    const t = testCore(tempDir(), { makePrinter: () => createChromiumPrinter(chromium!) });
    try {
      const vendorId = (await t.call('vendors.create', AI_VENDOR)).id;
      const sent = await t.call('questionnaires.send', { vendorId, lang: 'en+zh' });
      const pdf = await t.call('questionnaires.pdf', { questionnaireId: sent.questionnaire.id });
      expect(pdf.fileName).toBe(`Questionnaire ${sent.questionnaire.id} Kestrel Models Ltd.pdf`);
      const file = path.join(tempDir(), pdf.fileName);
      fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const squeezed = text.replace(/\s+/g, '');
      expect(text).toContain('Vendor assessment questionnaire');
      expect(text).toContain('供应商评估问卷');
      expect(text).toContain(`Questionnaire ${sent.questionnaire.id}`);
      expect(text).toContain('Kestrel Models Ltd');
      for (const c of questionsFor(CATALOG, AI_VENDOR.services)) expect(squeezed).toContain(c.question.replace(/\s+/g, '').slice(0, 60));
      expect(squeezed).toContain('Within72hours');
      expect(text).toMatch(/Page 1 of \d+/);
    } finally {
      await t.core.close();
    }
  });
});
