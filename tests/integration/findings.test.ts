// Findings on both engines: an answer opens, changes and resolves its criterion's finding in its own transaction
// (one live finding per vendor and criterion), analysts move it on, approvers accept its risk under four eyes until a
// date, and an acceptance past its date reads as open and is reopened, audited, by the next write. And what findings
// add to a score.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Assessments } from '../../electron/core/assessment/assessments';
import { verifyChain } from '../../electron/core/audit/log';
import { Findings } from '../../electron/core/findings/findings';
import { addDays } from '../../electron/core/findings/rules';
import { scoreVendor } from '../../electron/core/scoring/engine';
import { DEFAULT_METHODOLOGY, FINDINGS_PARAMETERS, type Methodology } from '../../electron/core/scoring/methodology';
import type { FindingInput, ScoringInput } from '../../electron/core/scoring/types';
import { Settings } from '../../electron/core/settings/settings';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { ONE_USER } from '../../electron/core/workspace/roles';
import { vendorInput } from '../helpers';
import { bothEngines } from '../stores';

const { engines: ENGINES } = bothEngines('findings');
const TODAY = new Date().toISOString().slice(0, 10);
const TEAM = true;
/** A 1×1 PNG: evidence the sniffer accepts. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe.each(ENGINES)('findings on $name', ({ open }) => {
  async function domains() {
    const { store, evidence, dataDir } = await open();
    const vendors = new VendorRepository(store);
    const findings = new Findings(store);
    const settings = new Settings(store, { login: 'admin', access: async () => ONE_USER });
    return { store, dataDir, vendors, findings, settings, assessments: new Assessments(store, evidence, vendors, findings) };
  }
  const actions = async (store: Awaited<ReturnType<typeof domains>>['store']) =>
    (await store.read.all<{ action: string }>("SELECT action FROM audit_events WHERE entity_type = 'finding' ORDER BY seq")).map((e) => e.action);

  it('an answer opens its finding, a worse one changes it, Yes with evidence resolves it; never two live at once', async () => {
    const { store, dataDir, vendors, findings, assessments } = await domains();
    const v = await vendors.create(vendorInput({ contractOwner: 'Olivia Owner' }), 'ana');
    await assessments.answer(v.id, 'T3', { value: 'no', verified: false, note: null }, 'ana');
    let [f] = await findings.list(v.id);
    // T3 weighs 3 points: a No is high, due in 60 days, owned by the vendor's contract owner.
    expect(f).toMatchObject({ criterionId: 'T3', kind: 'no', severity: 'high', status: 'open', owner: 'Olivia Owner', due: addDays(TODAY, 60), openedBy: 'ana', vendorName: v.legalName });
    expect(f!.title).toMatch(/: No$/);

    await assessments.answer(v.id, 'T3', { value: 'partial', verified: false, note: null }, 'ben');
    await assessments.answer(v.id, 'T3', { value: 'yes', verified: false, note: null }, 'ben');
    const list = await findings.list(v.id);
    expect(list).toHaveLength(1);
    [f] = list;
    expect(f).toMatchObject({ kind: 'evidence', severity: 'medium', status: 'open', title: expect.stringMatching(/answered without evidence$/) });

    const file = path.join(dataDir, 'soc2.png');
    fs.writeFileSync(file, PNG);
    await assessments.addEvidence(v.id, 'T3', file, 'soc2.png', 'ben');
    expect(await findings.list(v.id)).toMatchObject([{ id: f!.id, status: 'resolved', resolvedAt: expect.any(String) }]);

    // A later No opens a new finding beside the resolved one.
    await assessments.answer(v.id, 'T3', { value: 'no', verified: false, note: null }, 'ana');
    const after = await findings.list(v.id);
    expect(after.map((x) => x.status)).toEqual(['open', 'resolved']);
    expect(await actions(store)).toEqual(['finding.open', 'finding.update', 'finding.update', 'finding.resolve', 'finding.open']);
    // The database keeps one live finding per vendor and criterion whatever writes it.
    await expect(
      store.transaction((tx) =>
        tx.run("INSERT INTO findings (id, vendor_id, criterion_id, kind, title, severity, status, opened_by, opened_at, updated_by, updated_at) VALUES ('F-x', ?, 'T3', 'no', 't', 'high', 'open', 'x', 't', 'x', 't')", [v.id]),
      ),
    ).rejects.toThrow(/unique|UNIQUE/);
    expect((await verifyChain(store.read)).ok).toBe(true);
  });

  it('moves open → in remediation → resolved, with owner, due date, notes and evidence; resolved stays resolved', async () => {
    const { vendors, findings, assessments } = await domains();
    const v = await vendors.create(vendorInput(), 'ana');
    await assessments.answer(v.id, 'R3', { value: 'no', verified: false, note: null }, 'ana');
    const [f] = await findings.list(v.id);
    expect(f!.owner).toBeNull();
    const moved = await findings.update({ id: f!.id, owner: 'Sam Security', due: addDays(TODAY, 10), status: 'in remediation', notes: 'Vendor drafting a clause', evidence: [] }, 'ana');
    expect(moved).toMatchObject({ owner: 'Sam Security', due: addDays(TODAY, 10), status: 'in remediation', notes: 'Vendor drafting a clause', overdue: false });
    await expect(findings.update({ ...moved, status: 'risk accepted' }, 'ana')).rejects.toMatchObject({ code: 'conflict', message: /approver/ });
    await expect(findings.update({ ...moved, evidence: ['nope'] }, 'ana')).rejects.toMatchObject({ code: 'invalid_input' });
    const resolved = await findings.update({ ...moved, status: 'resolved' }, 'ana');
    expect(resolved.status).toBe('resolved');
    await expect(findings.update({ ...moved, status: 'open' }, 'ana')).rejects.toMatchObject({ code: 'conflict', message: /stays resolved/ });
  });

  it('a risk is accepted by someone who did not open, edit or answer it, until a date within a year', async () => {
    const { store, vendors, findings, assessments, settings } = await domains();
    const v = await vendors.create(vendorInput(), 'ana');
    await assessments.answer(v.id, 'T3', { value: 'no', verified: false, note: null }, 'ana');
    const [f] = await findings.list(v.id);
    await findings.update({ ...f!, status: 'in remediation' }, 'ben');
    const until = addDays(TODAY, 90);
    for (const login of ['ana', 'ben']) {
      await expect(findings.accept({ id: f!.id, until, reason: 'Compensating control' }, login, TEAM)).rejects.toMatchObject({
        code: 'forbidden',
        message: `Four eyes: ${login} opened, edited or answered this finding, so someone else must accept its risk.`,
      });
    }
    await expect(findings.accept({ id: f!.id, until, reason: 'r' }, 'cleo', false)).rejects.toMatchObject({ message: /this workspace has one user/ });
    await expect(findings.accept({ id: f!.id, until: TODAY, reason: 'r' }, 'cleo', TEAM)).rejects.toMatchObject({ code: 'invalid_input', message: /after today/ });
    await expect(findings.accept({ id: f!.id, until: addDays(TODAY, 400), reason: 'r' }, 'cleo', TEAM)).rejects.toMatchObject({ message: /at most a year/ });
    const accepted = await findings.accept({ id: f!.id, until, reason: 'Compensating control' }, 'cleo', TEAM);
    expect(accepted).toMatchObject({ status: 'risk accepted', acceptance: { by: 'cleo', until, reason: 'Compensating control', expired: false } });

    // Its date passes: it reads as open at once, and the next write to the vendor's findings reopens it, audited.
    await store.transaction((tx) => tx.run('UPDATE findings SET accepted_until = ? WHERE id = ?', [addDays(TODAY, -1), f!.id]));
    expect(await findings.get(f!.id)).toMatchObject({ status: 'open', acceptance: { expired: true } });
    expect((await store.read.get<{ status: string }>('SELECT status FROM findings WHERE id = ?', [f!.id]))!.status).toBe('risk accepted');
    await assessments.answer(v.id, 'T3', { value: 'no', verified: false, note: 'still no' }, 'ana');
    expect((await store.read.get<{ status: string }>('SELECT status FROM findings WHERE id = ?', [f!.id]))!.status).toBe('open');
    expect(await actions(store)).toEqual(['finding.open', 'finding.update', 'finding.accept', 'finding.reopen']);

    // A one-person workspace accepts once an admin turns four eyes off.
    await settings.setFourEyes(false, 'admin');
    expect(await findings.accept({ id: f!.id, until, reason: 'Alone' }, 'ana', false)).toMatchObject({ status: 'risk accepted', acceptance: { by: 'ana' } });
  });
});

describe('what findings add to a score', () => {
  const input = (findings: FindingInput[]): ScoringInput => ({
    vendor: { services: [], dataShared: ['None'], criticality: 'critical', countryOfIncorporation: 'US', countryOfHeadquarters: 'US' },
    designations: [],
    allegations: [],
    answers: {},
    findings,
    today: '2026-06-01',
  });
  const f = (over: Partial<FindingInput>): FindingInput => ({ id: 'F-1', criterionId: 'T3', title: 'Sub-processors: No', severity: 'critical', status: 'open', due: '2026-07-01', acceptedBy: null, acceptedUntil: null, ...over });
  const adopted: Methodology = { ...DEFAULT_METHODOLOGY, version: 2, parameters: { ...DEFAULT_METHODOLOGY.parameters, findings: FINDINGS_PARAMETERS } };
  const points = (x: FindingInput, m = adopted) => scoreVendor(input([x]), m).factors.find((k) => k.factor === `finding:${x.id}`)!;

  it('open adds its severity’s points, in remediation a share, overdue more, accepted nothing; version 1 nothing', () => {
    const none = scoreVendor(input([]), adopted).score;
    const open = scoreVendor(input([f({})]), adopted);
    expect(open.score).toBeGreaterThan(none);
    expect(points(f({}))).toMatchObject({ component: 'controls', contribution: 6, state: 'open' });
    expect(points(f({ status: 'in remediation' })).contribution).toBe(3);
    expect(points(f({ due: '2026-05-01' }))).toMatchObject({ contribution: 9, state: 'open, overdue since 2026-05-01' });
    expect(points(f({ status: 'risk accepted', acceptedBy: 'cleo', acceptedUntil: '2026-12-31' }))).toMatchObject({ contribution: 0, state: 'risk accepted until 2026-12-31' });
    expect(points(f({}), DEFAULT_METHODOLOGY)).toMatchObject({ contribution: 0, detail: expect.stringMatching(new RegExp(`v${DEFAULT_METHODOLOGY.version} gives findings no points`)) });
  });
});
