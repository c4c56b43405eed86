// Reports through the core, printed by the real system Chromium: the kept record, verify, exports, the portfolio's
// changes since the previous report, immutability, and that a failed or cancelled print keeps nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../electron/core/contract';
import type { PortfolioReportModel, VendorReportModel } from '../../electron/core/reports/model';
import type { PdfPrinter } from '../../electron/core/reports/printer';
import { sha256 } from '../../electron/core/reports/store';
import { MATCHER_VERSION } from '../../electron/core/screening/version';
import { tempDir, testCore, type FolderTestCore, vendorInput } from '../helpers';
import { warmPrinter } from '../printer';

const shared = warmPrinter();


async function demoCore(): Promise<FolderTestCore> {
  const t = testCore(tempDir(), { withPack: true, makePrinter: shared });
  await t.call('demo.load', {});
  return t;
}

async function vendorId(t: FolderTestCore, legalName: string): Promise<string> {
  const { vendors } = await t.call('vendors.list', {});
  const v = vendors.find((x) => x.legalName === legalName);
  if (!v) throw new Error(`no demo vendor ${legalName}`);
  return v.id;
}

function decode(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}

function pdfText(pdf: Buffer): string {
  const file = path.join(tempDir(), 'report.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('vendor report', () => {
  let t: FolderTestCore;
  let id: string;
  let report: ReportSummary;

  beforeAll(async () => {
    t = await demoCore();
    id = await vendorId(t, 'Huawei Cloud Computing Technologies Co., Ltd.');
    // A gap found: the report prints its finding.
    await t.call('assessment.answer', { vendorId: id, criterionId: 'T3', value: 'no', verified: false, note: null });
    report = await t.call('reports.vendor', { vendorId: id, jobId: 'r1' });
  }, 120_000);
  afterAll(() => t.core.close());

  it('is kept with the SHA-256 of its PDF and model, and listed for the vendor', async () => {
    expect(report.id).toMatch(/^VR-[0-9A-HJKMNP-TV-Z]{10}$/);
    const pdf = await t.call('reports.export', { id: report.id, format: 'pdf' });
    expect(decode(pdf.base64).subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(decode(pdf.base64))).toBe(report.pdfSha256);
    const json = await t.call('reports.export', { id: report.id, format: 'json' });
    expect(sha256(decode(json.base64))).toBe(report.modelSha256);
    const { reports } = await t.call('reports.list', { vendorId: id });
    expect(reports.map((r) => r.id)).toEqual([report.id]);
    expect(reports[0]).toMatchObject({ kind: 'vendor', subject: 'Huawei Cloud Computing Technologies Co., Ltd.', generatedBy: 'tester' });
  });

  it('prints the model: Chinese name, score, tier and every factor that adds up to it', async () => {
    const model = JSON.parse(decode((await t.call('reports.export', { id: report.id, format: 'json' })).base64).toString('utf8')) as VendorReportModel;
    const total = model.score.factors.reduce((s, f) => s + Math.round(f.contribution * 10), 0) / 10;
    expect(total).toBe(model.score.score);
    // The parent Huawei Technologies is on the 1260H list: the report carries that hit, via the parent.
    expect(model.designations.some((d) => d.via === 'parent')).toBe(true);
    expect(model.designations.every((d) => d.matcherVersion === MATCHER_VERSION)).toBe(true);
    // Huawei Cloud supplies no AI: AI-only criteria are not asked and add no points; the others count.
    expect(model.criteria.find((c) => c.id === 'T1')?.points).toBeNull();
    expect(model.criteria.find((c) => c.id === 'T3')?.points).toBeGreaterThan(0);
    expect(model.findings).toMatchObject([{ criterionId: 'T3', severity: 'high', status: 'open', acceptance: null }]);
    const text = pdfText(decode((await t.call('reports.export', { id: report.id, format: 'pdf' })).base64));
    expect(text).toContain('华为云计算技术有限公司');
    expect(text).toContain(report.id);
    expect(text).toContain(model.score.tier);
    expect(text).toContain(model.score.score.toFixed(1));
    // Each hit says which matcher found it.
    expect(text).toContain(`Matcher ${MATCHER_VERSION}`);
    expect(text).toContain(model.findings![0]!.id);
    for (const heading of ['Executive summary', 'Designations', 'Allegations', 'Criteria', 'Findings', 'Data shared', 'Methodology', 'Data provenance', 'Sign-off']) {
      expect(text).toContain(heading);
    }
  });

  it('verifies an untouched copy and rejects a one-byte change, naming the report it claims to be', async () => {
    const pdf = decode((await t.call('reports.export', { id: report.id, format: 'pdf' })).base64);
    const dir = tempDir();
    const good = path.join(dir, 'good.pdf');
    fs.writeFileSync(good, pdf);
    const ok = await t.call('reports.verify', { file: t.pick(good) });
    expect(ok).toMatchObject({ verified: true, sha256: report.pdfSha256 });
    expect(ok.report?.id).toBe(report.id);

    const changed = Buffer.from(pdf);
    const at = changed.length - 200;
    changed[at] = (changed[at] as number) ^ 1;
    const bad = path.join(dir, 'bad.pdf');
    fs.writeFileSync(bad, changed);
    const no = await t.call('reports.verify', { file: t.pick(bad) });
    expect(no.verified).toBe(false);
    expect(no.report?.id).toBe(report.id);
    expect(no.message).toMatch(/changed after it was generated/);
  });

  it('refuses to verify a file that is not a PDF, saying so', async () => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'hello');
    const r = await t.invoke('reports.verify', { file: t.pick(file) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'bad_file', message: expect.stringMatching(/notes\.txt is not a PDF/) });
  });

  it('exports the factor table as CSV that a spreadsheet reads as numbers', async () => {
    const csv = decode((await t.call('reports.export', { id: report.id, format: 'csv' })).base64).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('factor,component,label,contribution,detail');
    expect(lines.some((l) => /,-\d+(\.\d)?,/.test(l) || /,\d+(\.\d)?,/.test(l))).toBe(true);
    expect(csv).not.toMatch(/,'-\d/);
  });

  it('cannot be changed or deleted, even with SQL', () => {
    expect(() => t.db.prepare('UPDATE reports SET score = 0 WHERE id = ?').run(report.id)).toThrow(/cannot be changed/);
    expect(() => t.db.prepare('DELETE FROM reports WHERE id = ?').run(report.id)).toThrow(/cannot be deleted/);
  });

  it('is recorded in the audit log, and the chain still verifies', async () => {
    const { events } = await t.call('audit.list', { entityId: id });
    expect(events.some((e) => e.action === 'report.generate' && e.summary.includes(report.id))).toBe(true);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('portfolio report', () => {
  it('ranks every vendor and lists the changes since the previous portfolio report', async () => {
    const t = await demoCore();
    const first = await t.call('reports.portfolio', { jobId: 'p1' });
    const model1 = JSON.parse(decode((await t.call('reports.export', { id: first.id, format: 'json' })).base64).toString('utf8')) as PortfolioReportModel;
    const { vendors } = await t.call('vendors.list', {});
    expect(model1.total).toBe(vendors.length);
    expect(model1.vendors.map((v) => v.rank)).toEqual(vendors.map((_, i) => i + 1));
    expect(model1.changes.previous).toBeNull();
    expect(model1.heatmap.cells.flat().reduce((a, b) => a + b, 0)).toBe(vendors.length);
    // Coverage as the portfolio scores have it: the demo's assessments are partly answered.
    const { vendors: scored } = await t.call('scores.portfolio', {});
    expect(model1.vendors.map((v) => [v.vendorId, v.coverage, v.unassessed])).toEqual(scored.map((v) => [v.vendorId, { applicable: v.coverage.applicable, answered: v.coverage.answered, verified: v.coverage.verified }, v.unassessed]));
    expect(model1.summary.some((line) => /^Assessment coverage: \d+ of \d+ applicable criteria answered \(\d+ %\)/.test(line))).toBe(true);

    // Moving a vendor's headquarters to a high-risk jurisdiction raises its score; the next report says so.
    const hetzner = await vendorId(t, 'Hetzner Online GmbH');
    const { id: _id, createdAt: _c, updatedAt: _u, version, updatedBy: _b, ...record } = await t.call('vendors.get', { id: hetzner });
    await t.call('vendors.update', { id: hetzner, version, vendor: { ...record, countryOfIncorporation: 'CN', countryOfHeadquarters: 'CN' } });
    await t.call('vendors.create', vendorInput({ legalName: 'Newcomer Analytics Ltd' }));

    const second = await t.call('reports.portfolio', { jobId: 'p2' });
    const model2 = JSON.parse(decode((await t.call('reports.export', { id: second.id, format: 'json' })).base64).toString('utf8')) as PortfolioReportModel;
    expect(model2.changes.previous?.reportId).toBe(first.id);
    expect(model2.changes.added.map((a) => a.name)).toEqual(['Newcomer Analytics Ltd']);
    const moved = [...model2.changes.tierChanged, ...model2.changes.scoreChanged].map((c) => c.name);
    expect(moved).toContain('Hetzner Online GmbH');

    const text = pdfText(decode((await t.call('reports.export', { id: second.id, format: 'pdf' })).base64));
    expect(text).toContain(second.id);
    expect(text).toContain('Newcomer Analytics Ltd');
    await t.core.close();
  }, 120_000);
});

describe('when printing fails or is cancelled', () => {
  it('keeps nothing and says why', async () => {
    const failing = (): PdfPrinter => ({ print: async () => Promise.reject(new Error('Chromium exited')), close: async () => undefined });
    const t = testCore(tempDir(), { makePrinter: failing });
    const v = await t.call('vendors.create', vendorInput());
    const r = await t.invoke('reports.vendor', { vendorId: v.id, jobId: 'f1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/could not be printed: Chromium exited/);
    expect((await t.call('reports.list', {})).reports).toEqual([]);
    await t.core.close();
  });

  it('a cancel while printing keeps nothing', async () => {
    let t!: FolderTestCore;
    const slow = (): PdfPrinter => ({
      print: async (html) => {
        await t.call('jobs.cancel', { jobId: 'c1' });
        return shared().print(html);
      },
      close: async () => undefined,
    });
    t = testCore(tempDir(), { makePrinter: slow });
    const v = await t.call('vendors.create', vendorInput());
    const r = await t.invoke('reports.vendor', { vendorId: v.id, jobId: 'c1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('cancelled');
    expect((await t.call('reports.list', {})).reports).toEqual([]);
    await t.core.close();
  }, 60_000);

  it('a core without a printer says it cannot print', async () => {
    const t = testCore(tempDir());
    const v = await t.call('vendors.create', vendorInput());
    const r = await t.invoke('reports.vendor', { vendorId: v.id, jobId: 'n1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/cannot print reports/);
    await t.core.close();
  });
});
