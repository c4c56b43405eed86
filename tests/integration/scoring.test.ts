// Assessments and scores through the core: answers with evidence, approval, snapshots with the methodology
// version, what-if without saving, methodology versions, and the portfolio.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { folderEvidence } from '../../electron/core/assessment/evidence-content';
import { openDatabase } from '../../electron/core/db/open';
import { openDomains } from '../../electron/core/domains';
import { describeChange, METHODOLOGY_V1, METHODOLOGY_V2, NOT_SCREENED, scoreVendor } from '../../electron/core/scoring';
import type { SnapshotDue } from '../../electron/core/scoring/scores';
import { keepScoreSnapshots } from '../../electron/core/scoring/snapshots';
import { failAuditOf, storeOf, tempDir, type FolderTestCore, testCore, vendorInput } from '../helpers';

async function demo(): Promise<{ t: FolderTestCore; id: (name: string) => Promise<string> }> {
  const t = testCore(tempDir(), { withPack: true });
  await t.call('demo.load', {});
  await t.call('screening.run', { jobId: 's' });
  const id = async (name: string) => (await t.call('vendors.list', {})).vendors.find((v) => v.legalName.startsWith(name))!.id;
  return { t, id };
}

const sum = (xs: { contribution: number }[]) => Math.round(xs.reduce((a, f) => a + f.contribution, 0) * 10) / 10;

/** A day counted from today (UTC), as YYYY-MM-DD. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('assessments and scores', () => {
  it('scores a vendor with factors that add up to the score, naming the data behind each', async () => {
    const { t, id } = await demo();
    const { result } = await t.call('scores.vendor', { vendorId: await id('Alibaba Cloud') });
    expect(sum(result.factors)).toBe(result.score);
    expect(['Low', 'Moderate', 'High', 'Critical', 'Prohibited']).toContain(result.tier);
    const memo = result.factors.find((f) => f.factor.startsWith('allegation:') && /White House national security memo/.test(f.detail));
    expect(memo?.contribution).toBeGreaterThan(0);
    const designation = result.factors.find((f) => f.factor.startsWith('designation:'));
    expect(designation?.detail).toMatch(/Alibaba Group Holding Limited/);
    expect(result.methodology).toMatchObject({ id: 'vetter-risk', version: 2 });
  });

  it('a confirmed 1260H hit via parent holds the tier at High or above', async () => {
    const { t, id } = await demo();
    const huawei = await id('Huawei Cloud');
    const hit = (await t.call('screening.vendor', { vendorId: huawei })).hits.find((h) => h.listKey === 'dod-1260h' && h.via === 'parent')!;
    await t.call('screening.review', { hitId: hit.id, decision: 'confirmed', reason: 'Parent is listed' });
    const { result } = await t.call('scores.vendor', { vendorId: huawei });
    expect(['High', 'Critical', 'Prohibited']).toContain(result.tier);
    expect(result.knockouts.length).toBeGreaterThan(0);
  });

  it('answers with evidence lower the risk; evidence is copied with its SHA-256; approval needs review first', async () => {
    const { t, id } = await demo();
    const aws = await id('Amazon Web Services');
    const before = (await t.call('scores.vendor', { vendorId: aws })).result;
    const { criteria } = await t.call('assessment.get', { vendorId: aws });
    const asked = criteria.filter((c) => c.source === 'answer' && c.options);
    for (const c of asked) {
      const best = c.options!.reduce((a, b) => ((a.risk ?? 1) <= (b.risk ?? 1) ? a : b));
      await t.call('assessment.answer', { vendorId: aws, criterionId: c.id, value: c.multiple ? [best.value] : best.value, verified: true, note: null });
    }
    const evidence = path.join(tempDir(), 'soc2-report.pdf');
    // A PDF by its content, as evidence must be (a file whose content is not what its name says is refused).
    fs.writeFileSync(evidence, '%PDF-1.4 SOC 2 Type II report (test)');
    const file = await t.call('assessment.addEvidence', { vendorId: aws, criterionId: asked[0]!.id, file: t.pick(evidence) });
    expect(file).toMatchObject({ fileName: 'soc2-report.pdf', size: 36, kind: 'PDF document', addedBy: 'tester', sha256: createHash('sha256').update('%PDF-1.4 SOC 2 Type II report (test)').digest('hex') });
    expect(fs.readdirSync(path.join(t.dataDir, 'evidence', aws))).toHaveLength(1);

    const after = (await t.call('scores.vendor', { vendorId: aws })).result;
    // Version 2: what was not yet assessed is now known (the findings the answers without evidence open count in it).
    expect(after.unassessed).toBeLessThan(before.unassessed);
    expect(after.coverage.answered).toBe(asked.length);
    expect(after.coverage.verified).toBe(asked.length);

    const due = dayFromToday(365);
    expect((await t.invoke('assessment.setStatus', { vendorId: aws, status: 'approved', reassessDue: due })).ok).toBe(false);
    await t.call('assessment.setStatus', { vendorId: aws, status: 'in review', reassessDue: null });
    // One person's workspace: nobody else can approve until an admin turns four eyes off.
    expect(await t.invoke('assessment.setStatus', { vendorId: aws, status: 'approved', reassessDue: due })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/^Four eyes: this workspace has one user/) },
    });
    await t.call('settings.setFourEyes', { enabled: false });
    const approved = await t.call('assessment.setStatus', { vendorId: aws, status: 'approved', reassessDue: due });
    expect(approved).toMatchObject({ status: 'approved', approver: 'tester', reassessDue: due });
    // Changing an answer withdraws the approval.
    await t.call('assessment.answer', { vendorId: aws, criterionId: asked[0]!.id, value: null, verified: false, note: 'cleared' });
    expect((await t.call('assessment.get', { vendorId: aws })).assessment.status).toBe('draft');

    const history = (await t.call('scores.vendor', { vendorId: aws })).history;
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(history.every((h) => h.methodologyVersion === 2)).toBe(true);
  });

  it('says on a vendor never screened that no designation counts yet, on its page and in the portfolio, until it is screened', async () => {
    const t = testCore(tempDir(), { withPack: true });
    const v = await t.call('vendors.create', vendorInput({ legalName: 'Plain Widgets Ltd' }));
    const before = await t.call('scores.vendor', { vendorId: v.id });
    expect(before.result.warnings).toContain(NOT_SCREENED);
    const bulk = openDomains(storeOf(t.db), folderEvidence(t.dataDir)).scores;
    expect((await bulk.computeAll()).find((s) => s.vendor.id === v.id)!.result.warnings).toContain(NOT_SCREENED);
    await t.call('screening.run', { jobId: 's', vendorIds: [v.id] });
    const after = await t.call('scores.vendor', { vendorId: v.id });
    expect(after.result.warnings).not.toContain(NOT_SCREENED);
    expect(after.result.score).toBe(before.result.score);
    expect((await bulk.computeAll()).find((s) => s.vendor.id === v.id)!.result.warnings).not.toContain(NOT_SCREENED);
  });

  it('refuses a re-assessment date that is not after today, but lets an old one ride back to draft', async () => {
    const t = testCore();
    const v = await t.call('vendors.create', vendorInput());
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'in review', reassessDue: null });
    for (const day of [dayFromToday(-1), dayFromToday(0)]) {
      const refused = await t.invoke('assessment.setStatus', { vendorId: v.id, status: 'approved', reassessDue: day });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The re-assessment date must be after today.', details: { reassessDue: expect.any(String) } } });
    }
    expect((await t.call('assessment.get', { vendorId: v.id })).assessment).toMatchObject({ status: 'in review', reassessDue: null });
    expect((await t.invoke('assessment.setStatus', { vendorId: v.id, status: 'draft', reassessDue: dayFromToday(-30) })).ok).toBe(false);

    // An approval whose date has since passed: going back to draft keeps that date, as the screen sends it.
    await t.call('settings.setFourEyes', { enabled: false });
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'approved', reassessDue: dayFromToday(1) });
    t.db.prepare('UPDATE assessments SET reassess_due = ? WHERE vendor_id = ?').run(dayFromToday(-10), v.id);
    const draft = await t.call('assessment.setStatus', { vendorId: v.id, status: 'draft', reassessDue: dayFromToday(-10) });
    expect(draft).toMatchObject({ status: 'draft', reassessDue: dayFromToday(-10) });
  });

  it('returns evidence attached to a criterion not answered yet', async () => {
    const t = testCore();
    const v = await t.call('vendors.create', vendorInput());
    const file = path.join(tempDir(), 'ownership-chart.pdf');
    fs.writeFileSync(file, '%PDF-1.4 Group ownership chart (test)');
    await t.call('assessment.addEvidence', { vendorId: v.id, criterionId: 'T3', file: t.pick(file) });
    const { assessment } = await t.call('assessment.get', { vendorId: v.id });
    expect(assessment.answers.T3).toBeUndefined();
    expect(assessment.evidence.T3).toEqual([expect.objectContaining({ criterionId: 'T3', fileName: 'ownership-chart.pdf', size: 37 })]);
    // Answered later, the answer is scored with its evidence.
    await t.call('assessment.answer', { vendorId: v.id, criterionId: 'T3', value: 'yes', verified: false, note: null });
    const { result } = await t.call('scores.vendor', { vendorId: v.id });
    expect(result.factors.find((f) => f.factor === 'criterion:T3')?.state).toBe('Yes, 1 evidence file');
  });

  it('the score history says what changed and by how much; an unchanged score keeps no new snapshot', async () => {
    const t = testCore();
    const v = await t.call('vendors.create', vendorInput({ services: ['AI model/API'] }));
    const reasons = async () => (await t.call('scores.vendor', { vendorId: v.id })).history.map((h) => h.reason);
    expect(await reasons()).toEqual(['First score']);
    expect(await reasons()).toEqual(['First score']);
    const answerT1 = (value: string) => t.call('assessment.answer', { vendorId: v.id, criterionId: 'T1', value, verified: false, note: null });
    await answerT1('no');
    // The finding the No opens is in the history too, with its points (version 2 counts findings).
    expect(await reasons()).toEqual(['T1 AI model provenance changed from unanswered to No: +2.0; New: Finding: AI model provenance: No (open): +2.0', 'First score']);
    await answerT1('yes');
    expect((await reasons())[0]).toMatch(/^T1 AI model provenance changed from No to Yes: −\d+\.\d/);

    const { methodology } = await t.call('methodology.get', {});
    const parameters = structuredClone(methodology.parameters);
    parameters.controls.weights.T1 = parameters.controls.weights.T1! * 2;
    await t.call('methodology.update', { parameters, note: 'Provenance weighs double' });
    expect((await reasons())[0]).toMatch(/^Methodology v3; T1 AI model provenance: \+\d+\.\d$/);
  });

  it('refuses an answer the criterion does not allow', async () => {
    const { t, id } = await demo();
    const aws = await id('Amazon Web Services');
    const { criteria } = await t.call('assessment.get', { vendorId: aws });
    const yesNo = criteria.find((c) => c.answerType === 'yes-partial-no')!;
    const bad = await t.invoke('assessment.answer', { vendorId: aws, criterionId: yesNo.id, value: 'maybe', verified: false, note: null });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await t.call('assessment.get', { vendorId: aws })).assessment.answers[yesNo.id]).toBeUndefined();
  });

  it('what-if changes a decision in a sandbox and saves nothing', async () => {
    const { t, id } = await demo();
    const huawei = await id('Huawei Cloud');
    const hit = (await t.call('screening.vendor', { vendorId: huawei })).hits[0]!;
    const saved = await t.call('scores.vendor', { vendorId: huawei });
    const sandbox = await t.call('scores.whatIf', { vendorId: huawei, changes: [{ kind: 'hit-decision', hitId: hit.id, decision: 'dismissed' }] });
    expect(sandbox.after.score).toBeLessThanOrEqual(sandbox.before.score);
    expect(sandbox.before.score).toBe(saved.result.score);
    expect((await t.call('screening.vendor', { vendorId: huawei })).hits[0]!.review.decision).toBe('open');
    expect((await t.call('scores.vendor', { vendorId: huawei })).history).toHaveLength(saved.history.length);
  });

  it('a methodology change is a new, audited version; old snapshots keep their version and numbers', async () => {
    const { t, id } = await demo();
    const alibaba = await id('Alibaba Cloud');
    const v1 = (await t.call('scores.vendor', { vendorId: alibaba })).result;
    const { methodology } = await t.call('methodology.get', {});
    const parameters = structuredClone(methodology.parameters);
    parameters.allegations.basePoints = parameters.allegations.basePoints * 2;
    const v2 = await t.call('methodology.update', { parameters, note: 'Weigh allegations double' });
    expect(v2.version).toBe(3);
    const rescored = await t.call('scores.vendor', { vendorId: alibaba });
    expect(rescored.result.methodology.version).toBe(3);
    expect(rescored.history.find((h) => h.methodologyVersion === 2)?.score).toBe(v1.score);
    const { events } = await t.call('audit.list', { limit: 5 });
    expect(events.some((e) => e.action === 'methodology.update')).toBe(true);
    const invalid = await t.invoke('methodology.update', { parameters: { nonsense: true }, note: 'broken' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await t.call('methodology.get', {})).methodology.version).toBe(3);
  });

  it('reads keep nothing: 100 reads of the dashboard and of a score add no row and no audit event', async () => {
    const { t, id } = await demo();
    const aws = await id('Amazon Web Services');
    const db = t.db;
    const rows = () =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
        ({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n],
      );
    const head = () => db.prepare('SELECT * FROM audit_head').get();
    const before = { rows: rows(), head: head() };
    for (let i = 0; i < 100; i++) {
      await t.call('scores.portfolio', {});
      await t.call('scores.vendor', { vendorId: aws });
    }
    expect({ rows: rows(), head: head() }).toEqual(before);

    // A write that changes the score's inputs keeps the snapshot the vendor page then shows.
    const history = (await t.call('scores.vendor', { vendorId: aws })).history;
    await t.call('assessment.answer', { vendorId: aws, criterionId: 'T3', value: 'yes', verified: true, note: null });
    const after = await t.call('scores.vendor', { vendorId: aws });
    expect(after.history).toHaveLength(history.length + 1);
    expect(after.history[0]).toMatchObject({ score: after.result.score, reason: expect.stringMatching(/T3 Ownership and beneficial owners changed from unanswered to Yes, verified/) });
  });

  it('the demo portfolio under version 2 is not Moderate or worse merely for unanswered questions, as version 1 made it', async () => {
    const { t } = await demo();
    const d = openDomains(storeOf(t.db), folderEvidence(t.dataDir));
    const counts = async (m: typeof METHODOLOGY_V1) => {
      const tiers: Record<string, number> = {};
      for (const v of await d.vendors.list()) {
        const tier = scoreVendor(await d.scores.input(v.id), m).tier;
        tiers[tier] = (tiers[tier] ?? 0) + 1;
      }
      return tiers;
    };
    const v1 = await counts(METHODOLOGY_V1);
    const v2 = await counts(METHODOLOGY_V2);
    console.log(`Demo tiers, version 1: ${JSON.stringify(v1)}; version 2 (known risk): ${JSON.stringify(v2)}`);
    const moderateOrWorse = (c: Record<string, number>) => Object.entries(c).filter(([k]) => k !== 'Low').reduce((s, [, n]) => s + n, 0);
    expect(moderateOrWorse(v2)).toBeLessThan(moderateOrWorse(v1));
    expect(v2.Low).toBeGreaterThan(v1.Low ?? 0);
  });

  it('the portfolio ranks every vendor and lists stale data', async () => {
    const { t } = await demo();
    const portfolio = await t.call('scores.portfolio', {});
    expect(portfolio.vendors).toHaveLength(32);
    const scores = portfolio.vendors.map((v) => v.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(portfolio.staleLists.length).toBe(7);
  });

  it('the portfolio scores every vendor as its own page does, and names each top factor and its component', async () => {
    const { t, id } = await demo();
    const aws = await id('Amazon Web Services');
    await t.call('assessment.answer', { vendorId: aws, criterionId: 'T3', value: 'yes', verified: true, note: null });
    const portfolio = await t.call('scores.portfolio', {});
    for (const p of portfolio.vendors) {
      const { result, history } = await t.call('scores.vendor', { vendorId: p.vendorId });
      expect(result.score).toBe(p.score);
      // The writes that changed the score's inputs kept it: the history's latest entry is the score shown.
      expect(history[0]).toMatchObject({ score: result.score, tier: result.tier });
      for (const top of p.topFactors) {
        expect(result.factors.find((f) => f.factor === top.factor)).toMatchObject({ component: top.component, label: top.label, contribution: top.contribution });
      }
    }
    expect(portfolio.vendors.flatMap((v) => v.topFactors.map((f) => f.component))).toContain('designations');
  });
});

describe('score snapshots', () => {
  it('are found a page at a time, in the order and with the content snapshotsDue gives them all at once', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const d = openDomains(storeOf(db), folderEvidence(dir));
    for (let i = 0; i < 7; i++) await d.vendors.create(vendorInput({ legalName: `Vendor ${i}`, criticality: i % 2 ? 'low' : 'high' }), 'ana');
    const pages: SnapshotDue[][] = [];
    await d.scores.duePages(undefined, 3, (page) => pages.push(page));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(await d.scores.snapshotsDue());
    db.close();
  });

  it('an import keeps a first snapshot of every vendor, handed over by the scoring worker 500 at a time', async () => {
    const t = testCore();
    const file = path.join(tempDir(), 'vendors.csv');
    fs.writeFileSync(file, ['name,country,criticality', ...Array.from({ length: 1_201 }, (_, i) => `Vendor ${i},GB,${i % 2 ? 'low' : 'high'}`)].join('\n'));
    const ref = t.pick(file);
    const preview = await t.call('vendors.importPreview', { file: ref });
    expect(await t.call('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate: 'skip', jobId: 'i' })).toMatchObject({ created: 1_201 });
    expect(t.db.prepare('SELECT count(*) AS n, count(DISTINCT vendor_id) AS vendors FROM score_snapshots').get()).toEqual({ n: 1_201, vendors: 1_201 });
    await t.core.close();
  });

  it('a page that cannot be kept fails the keeping once the worker is done, and the pages after it are not kept', async () => {
    const kept: number[] = [];
    const sides = {
      scoringWorker: {
        call: async (_task: string, _args: unknown, _job: unknown, options: { onPart(due: SnapshotDue[]): void }) => {
          for (const n of [1, 2, 3]) {
            options.onPart([{ vendorId: `v${n}` } as SnapshotDue]);
            await new Promise((resolve) => setImmediate(resolve));
          }
        },
      },
      scores: {
        keepSnapshots: async (due: SnapshotDue[]) => {
          if (due[0]!.vendorId === 'v2') throw new Error('refused');
          kept.push(due.length);
        },
      },
    };
    await expect(keepScoreSnapshots(sides as never)).rejects.toThrow('refused');
    expect(kept).toEqual([1]);
  });

  it('a snapshot computed before another was kept for the same vendor is not kept: the newer one stands', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const d = openDomains(storeOf(db), folderEvidence(dir));
    const vendor = await d.vendors.create(vendorInput({ legalName: 'Acme Cloud', criticality: 'low' }), 'ana');
    const first = await d.scores.snapshotsDue([vendor.id]);
    expect(first).toHaveLength(1);
    await d.scores.keepSnapshots(first);
    // Computed against no snapshot, now that there is one: skipped.
    await d.scores.keepSnapshots(first);
    expect(await d.scores.history(vendor.id)).toHaveLength(1);

    await d.vendors.update(vendor.id, vendor.version, vendorInput({ legalName: 'Acme Cloud', criticality: 'critical' }), 'ana');
    const stale = await d.scores.snapshotsDue([vendor.id]);
    await d.scores.keep([vendor.id]);
    await d.scores.keepSnapshots(stale);
    const history = await d.scores.history(vendor.id);
    expect(history).toHaveLength(2);
    expect(await d.scores.snapshotsDue([vendor.id])).toEqual([]);
    db.close();
  });

  it('a snapshot kept whole, as before the kept form, still says what changed; the next is kept in the kept form', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const d = openDomains(storeOf(db), folderEvidence(dir));
    const vendor = await d.vendors.create(vendorInput({ legalName: 'Acme Cloud', criticality: 'low' }), 'ana');
    const whole = await d.scores.score(vendor.id);
    await d.scores.keepSnapshots([{ vendorId: vendor.id, methodologyVersion: 2, score: whole.score, tier: whole.tier, result: JSON.stringify(whole), reason: 'First score', digest: 'whole', basedOn: null }]);
    await d.vendors.update(vendor.id, vendor.version, vendorInput({ legalName: 'Acme Cloud', criticality: 'critical' }), 'ana');
    await d.scores.keep([vendor.id]);
    const [latest] = await d.scores.history(vendor.id);
    expect(latest!.reason).toBe(describeChange(whole, await d.scores.score(vendor.id)));
    expect(latest!.reason).toMatch(/^Exposure \(data shared and criticality\) changed from index [\d.]+ to index [\d.]+/);
    const stored = db.prepare('SELECT result FROM score_snapshots WHERE id = ?').get(latest!.id) as { result: string };
    expect(JSON.parse(stored.result)).toMatchObject({ kept: 1, score: latest!.score, tier: latest!.tier });
    db.close();
  });

  it('vendors alike are scored once and each given its own score, as its page scores it; the others one by one', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const d = openDomains(storeOf(db), folderEvidence(dir));
    const vendors = [];
    for (let i = 0; i < 6; i++) {
      // Records alike not side by side: high, low, high, low, high, low (the last another service).
      vendors.push(await d.vendors.create(vendorInput({ legalName: `Vendor ${i}`, criticality: i % 2 === 0 ? 'high' : 'low', services: i === 5 ? ['AI model/API'] : ['SaaS'] }), 'ana'));
    }
    await d.assessments.answer(vendors[1]!.id, 'T3', { value: 'no', verified: false, note: null }, 'ana');
    const scored = await d.scores.computeAll();
    for (const { vendor, result } of scored) expect(result).toEqual(await d.scores.score(vendor.id));
    const results = new Map(scored.map((s) => [s.vendor.legalName, s.result]));
    expect(results.get('Vendor 2')).toBe(results.get('Vendor 0'));
    expect(results.get('Vendor 4')).toBe(results.get('Vendor 0'));
    expect(results.get('Vendor 3')).not.toEqual(results.get('Vendor 0'));
    expect(results.get('Vendor 1')).not.toEqual(results.get('Vendor 3'));
    expect(results.get('Vendor 5')).not.toEqual(results.get('Vendor 3'));
    db.close();
  });

  it('a snapshot kept under version 1 keeps its version and numbers; the next score under version 2 says the methodology changed', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const d = openDomains(storeOf(db), folderEvidence(dir));
    const vendor = await d.vendors.create(vendorInput({ legalName: 'Acme Cloud', criticality: 'low' }), 'ana');
    // As Vetter before version 2 kept it: a version 1 result, without the known/unassessed split.
    const { known: _known, unassessed: _unassessed, ...old } = scoreVendor(await d.scores.input(vendor.id), METHODOLOGY_V1);
    await d.scores.keepSnapshots([{ vendorId: vendor.id, methodologyVersion: 1, score: old.score, tier: old.tier, result: JSON.stringify(old), reason: 'First score', digest: 'v1', basedOn: null }]);
    await d.scores.keep([vendor.id]);
    const history = await d.scores.history(vendor.id);
    expect(history.map((h) => [h.methodologyVersion, h.score, h.tier])).toEqual([
      [2, 0, 'Low'],
      [1, old.score, old.tier],
    ]);
    expect(old.tier).toBe('Moderate');
    expect(history[0]!.reason).toMatch(/^Methodology v2; /);
    expect(await d.scores.methodologyVersions()).toMatchObject([{ version: 1 }, { version: 2, note: 'Shipped with Vetter (the default)' }]);
    db.close();
  });
});

describe('assessments on the store', () => {
  /** A vendor whose assessment is approved: any change to it makes it a draft again, in the same write. */
  async function approved() {
    const t = testCore();
    await t.call('settings.setFourEyes', { enabled: false });
    const v = await t.call('vendors.create', vendorInput());
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'in review', reassessDue: null });
    await t.call('assessment.setStatus', { vendorId: v.id, status: 'approved', reassessDue: dayFromToday(30) });
    return { t, vendorId: v.id };
  }

  it('reads made while an answer is written see the assessment before it or after it, never half of it', async () => {
    const { t, vendorId } = await approved();
    const writing = t.call('assessment.answer', { vendorId, criterionId: 'T1', value: 'yes', verified: false, note: null });
    // Started a few microtasks apart, so that they fall before, during and after the answer's transaction.
    const reads = Array.from({ length: 300 }, async (_, k) => {
      for (let i = 0; i < k; i++) await Promise.resolve();
      const { assessment } = await t.call('assessment.get', { vendorId });
      return `${assessment.status}, ${assessment.answers.T1 ? 'answered' : 'unanswered'}`;
    });
    await writing;
    expect(new Set(await Promise.all(reads))).toEqual(new Set(['approved, unanswered', 'draft, answered']));
  });

  it('writes an answer, its withdrawal of the approval and their audit events together or not at all', async () => {
    const { t, vendorId } = await approved();
    const events = async () => (await t.call('audit.list', { limit: 50 })).events.map((e) => e.action);
    const before = { assessment: (await t.call('assessment.get', { vendorId })).assessment, events: await events() };
    const failing = failAuditOf(t, 'assessment.answer');
    const refused = await t.invoke('assessment.answer', { vendorId, criterionId: 'T1', value: 'yes', verified: false, note: null });
    failing.restore();
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect({ assessment: (await t.call('assessment.get', { vendorId })).assessment, events: await events() }).toEqual(before);
  });

  it('an evidence file whose record cannot be written leaves no copy behind', async () => {
    const { t, vendorId } = await approved();
    const file = path.join(tempDir(), 'soc2.pdf');
    fs.writeFileSync(file, '%PDF-1.4 SOC 2 report (test)');
    const failing = failAuditOf(t, 'assessment.evidence');
    const refused = await t.invoke('assessment.addEvidence', { vendorId, criterionId: 'T3', file: t.pick(file) });
    failing.restore();
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(fs.readdirSync(path.join(t.dataDir, 'evidence', vendorId))).toEqual([]);
    expect((await t.call('assessment.get', { vendorId })).assessment).toMatchObject({ status: 'approved', evidence: {} });
  });

  it('never records an answer after its vendor was deleted: an answer that comes second is refused as not found', async () => {
    const t = testCore();
    const outcomes = new Set<string>();
    // The deletion starts from a few microtasks before the answer to a few after, so that it lands before, during and
    // after the answer's check of the vendor and its transaction.
    for (let k = -20; k <= 20; k++) {
      const v = await t.call('vendors.create', vendorInput({ legalName: `Vendor ${k}` }));
      const later = async <T>(ticks: number, start: () => Promise<T>) => {
        for (let i = 0; i < ticks; i++) await Promise.resolve();
        return start();
      };
      const [answered] = await Promise.all([
        later(Math.max(-k, 0), () => t.invoke('assessment.answer', { vendorId: v.id, criterionId: 'T1', value: 'yes', verified: false, note: null })),
        later(Math.max(k, 0), () => t.call('vendors.delete', { id: v.id, version: v.version })),
      ]);
      const actions = (await t.call('audit.list', { entityId: v.id, limit: 10 })).events.map((e) => e.action).reverse();
      if (answered.ok) expect(actions).toEqual(['vendor.create', 'assessment.answer', 'vendor.delete']);
      else expect([answered.error.code, actions]).toEqual(['not_found', ['vendor.create', 'vendor.delete']]);
      outcomes.add(answered.ok ? 'answered' : answered.error.code);
    }
    expect(outcomes).toEqual(new Set(['answered', 'not_found']));
  });

  it("the history's latest snapshot is the score shown, after answers, allegations and vendor edits made at once", async () => {
    const t = testCore();
    const vendors = await Promise.all(['Example Cloud Ltd', 'Example Data GmbH'].map((legalName) => t.call('vendors.create', vendorInput({ legalName, services: ['AI model/API'] }))));
    await Promise.all(
      vendors.flatMap((v, i) => [
        t.call('assessment.answer', { vendorId: v.id, criterionId: 'T1', value: 'no', verified: false, note: null }),
        t.call('allegations.create', {
          subjectName: v.legalName,
          sourceTitle: `Report ${i}`,
          publisher: 'Trade Weekly',
          sourceType: 'trade press',
          url: null,
          publishedAt: '2025-06-01',
          claims: [{ category: 'other', text: 'A claim.' }],
          status: 'alleged',
          vendorResponse: null,
          credibility: 3,
          credibilityRationale: 'One source.',
        }),
        t.call('vendors.update', { id: v.id, version: v.version, vendor: vendorInput({ legalName: v.legalName, services: ['AI model/API'], criticality: 'critical' }) }),
        t.call('assessment.answer', { vendorId: v.id, criterionId: 'T1', value: 'yes', verified: true, note: null }),
      ]),
    );
    for (const v of vendors) {
      const { result, history } = await t.call('scores.vendor', { vendorId: v.id });
      expect(history[0]).toMatchObject({ score: result.score, tier: result.tier });
    }
  });
});
