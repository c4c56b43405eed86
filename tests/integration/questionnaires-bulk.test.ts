// Questionnaires for several vendors at once (the vendor table's selection): one workbook per vendor in one zip, each
// recorded as sent to its own vendor with its audit event, all in one transaction; a vendor that does not exist
// records none of them. A workbook from the zip comes back like one sent alone.
import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FolderTestCore, tempDir, testCore, vendorInput } from '../helpers';

const count = (t: FolderTestCore, sql: string) => t.db.prepare(sql).pluck().get() as number;

describe('sending questionnaires to several vendors', () => {
  let t: FolderTestCore;
  let ids: string[];

  beforeAll(async () => {
    t = testCore();
    ids = [];
    for (const [legalName, services] of [
      ['Kestrel Models Ltd', ['AI model/API']],
      ['Heron Hosting GmbH', ['IaaS/PaaS']],
      ['Ostara Labs Inc.', ['SaaS', 'Data processing']],
    ] as const) {
      ids.push((await t.call('vendors.create', vendorInput({ legalName, services: [...services] }))).id);
    }
  });
  afterAll(() => t.core.close());

  it('writes one workbook per vendor into one zip, each recorded as sent to its vendor, audited, the same vendor once', async () => {
    const { questionnaires, zip } = await t.call('questionnaires.sendMany', { vendorIds: [ids[0]!, ids[1]!, ids[2]!, ids[0]!], lang: 'en+zh' });
    expect(questionnaires.map((q) => q.vendorId)).toEqual(ids);
    expect(zip).toMatchObject({ mimeType: 'application/zip', fileName: expect.stringMatching(/^Questionnaires \d{4}-\d{2}-\d{2} \(3\)\.zip$/) });
    const archive = await JSZip.loadAsync(Buffer.from(zip.base64, 'base64'));
    const names = Object.keys(archive.files).sort();
    expect(names).toEqual(
      questionnaires
        // Named after the vendor, as a file name any system takes (no name ends in a dot on Windows).
        .map((q, i) => `Questionnaire ${q.id} ${['Kestrel Models Ltd', 'Heron Hosting GmbH', 'Ostara Labs Inc'][i]}.xlsx`)
        .sort(),
    );
    expect(count(t, "SELECT count(*) FROM questionnaires")).toBe(3);
    expect(count(t, "SELECT count(*) FROM audit_events WHERE action = 'questionnaire.send'")).toBe(3);

    // A workbook out of the zip comes back as its own vendor's answers.
    const first = questionnaires[0]!;
    const wb = new Workbook();
    await wb.xlsx.load((await archive.file(`Questionnaire ${first.id} Kestrel Models Ltd.xlsx`)!.async('nodebuffer')) as never);
    wb.getWorksheet('Questions')!.getCell('G2').value = 'Yes';
    const file = path.join(tempDir(), 'returned.xlsx');
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await t.call('questionnaires.import', { file: t.pick(file) })).toMatchObject({ questionnaireId: first.id, vendorId: ids[0], answers: 1 });
  });

  it('records none of them when one vendor does not exist, and refuses an empty selection', async () => {
    const before = count(t, 'SELECT count(*) FROM questionnaires');
    await expect(t.call('questionnaires.sendMany', { vendorIds: [ids[1]!, 'v-nobody'], lang: 'en' })).rejects.toThrow(/not_found: That vendor no longer exists/);
    await expect(t.call('questionnaires.sendMany', { vendorIds: [], lang: 'en' })).rejects.toThrow(/Tick the vendors to send questionnaires to/);
    expect(count(t, 'SELECT count(*) FROM questionnaires')).toBe(before);
  });
});
