// The CLI's assessment and hit commands, as automation calls them, on a one-person (SQLite) workspace: the documented
// output, exit codes and one-line reasons, four eyes refusing what nobody else can second until an admin turns them
// off. (The team workspace's commands are in roles.test.ts.) Run in this process: the same run() as dist/cli.cjs.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli';
import { osAccount } from '../../electron/core/workspace/folder';
import { tempDir } from '../helpers';
import fs from 'node:fs';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A data folder with one vendor, imported as a user would. */
async function workspaceWith(name: string): Promise<string> {
  const data = tempDir();
  const file = path.join(tempDir(), 'v.csv');
  fs.writeFileSync(file, `name,country,services,criticality\n${name},GB,AI model/API,high\n`);
  const imported = await cli(['vendors', 'import', file, '--data-dir', data]);
  expect(imported.code, imported.stderr).toBe(0);
  return data;
}

const AT = '2026-01-01T00:00:00.000Z';
const DUE = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);

/** A hit on `listKey` in `band` for the folder's vendor (the first, or the one named), as a screening stores it. */
function storeHit(data: string, listKey: string, band: 'match' | 'review', on: { vendor?: string; entryId?: string } = {}): string {
  const db = new Database(path.join(data, 'vetter.db'));
  try {
    const vendorId = (db.prepare(on.vendor ? 'SELECT id FROM vendors WHERE legal_name = ?' : 'SELECT id FROM vendors').get(...(on.vendor ? [on.vendor] : [])) as { id: string }).id;
    const versionId = randomUUID();
    const hitId = randomUUID();
    db.prepare(
      `INSERT INTO list_versions (id, list_key, list_name, publisher, format, sha256, files, entry_count, counts, warnings, imported_at, imported_by, seq)
       VALUES (?, ?, ?, 'Publisher', 'csv', ?, '[]', 1, '{}', '[]', ?, 'tester', (SELECT COALESCE(MAX(seq), 0) + 1 FROM list_versions))`,
    ).run(versionId, listKey, `${listKey} list`, versionId, AT);
    const explanation = JSON.stringify({ text: 'Same name', vendorName: 'x', listName: 'x', vendorTokens: [], listTokens: [], alignment: [], parts: {}, thresholds: { match: 0.9, review: 0.8 } });
    db.prepare(
      `INSERT INTO screening_hits (id, vendor_id, list_key, entry_id, version_id, entry_fingerprint, entry_name, matched_name, list_name, via, score, band, explanation, screened_at)
       VALUES (?, ?, ?, ?, ?, 'fp', 'ACME TRADING', 'Acme Trading', 'ACME TRADING', 'name', 0.96, ?, ?, ?)`,
    ).run(hitId, vendorId, listKey, on.entryId ?? 'entry-1', versionId, band, explanation, AT);
    db.prepare('INSERT OR REPLACE INTO vendor_screening (vendor_id, screened_at) VALUES (?, ?)').run(vendorId, AT);
    return hitId;
  } finally {
    db.close();
  }
}

describe('vetter assessment', () => {
  it('answers, submits and shows; approval by the one user is refused with the reason until four eyes are off', async () => {
    const data = await workspaceWith('Acme Models Ltd');
    const at = ['--vendor', 'acme models ltd', '--data-dir', data];

    const answered = await cli(['assessment', 'answer', ...at, '--criterion', 't1', '--value', 'yes', '--verified', '--note', 'Model cards seen']);
    expect(answered).toEqual({ code: 0, stdout: 'Answered T1 for Acme Models Ltd (verified); the assessment is draft.', stderr: '' });
    expect(await cli(['assessment', 'answer', ...at, '--criterion', 'T2', '--value', 'partial'])).toMatchObject({ code: 0 });
    const unknown = await cli(['assessment', 'answer', ...at, '--criterion', 'Z9', '--value', 'yes']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^There is no criterion Z9\. The criteria: T1, T2, /);
    const badValue = await cli(['assessment', 'answer', ...at, '--criterion', 'T1', '--value', 'perhaps']);
    expect(badValue.code).toBe(1);
    expect(badValue.stderr.split('\n')).toHaveLength(1);
    expect((await cli(['assessment', 'answer', ...at, '--criterion', 'T1'])).code).toBe(2);

    expect(await cli(['assessment', 'submit', ...at])).toEqual({ code: 0, stdout: "Sent Acme Models Ltd's assessment for review.", stderr: '' });
    expect((await cli(['assessment', 'approve', ...at])).code).toBe(2);
    const refused = await cli(['assessment', 'approve', ...at, '--reassess-by', DUE]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^Four eyes: this workspace has one user, so nobody else can approve what its user prepared\. [^\n]*four eyes off[^\n]*$/);

    const shown = async () => {
      const r = await cli(['assessment', 'show', ...at, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    const me = osAccount();
    expect(await shown()).toEqual({
      status: 'in review',
      preparedBy: [me],
      approvedBy: null,
      answers: [
        { criterion: 'T1', value: 'yes', verified: true, by: me },
        { criterion: 'T2', value: 'partial', verified: false, by: me },
      ],
    });

    expect(await cli(['workspace', 'four-eyes', 'off', '--data-dir', data])).toMatchObject({ code: 0, stdout: 'Four eyes are off: one person may prepare and approve alone.' });
    expect(await cli(['assessment', 'approve', ...at, '--reassess-by', DUE])).toEqual({ code: 0, stdout: `Approved Acme Models Ltd's assessment; re-assess by ${DUE}.`, stderr: '' });
    expect(await shown()).toMatchObject({ status: 'approved', preparedBy: [me], approvedBy: me });
    expect((await cli(['assessment', 'show', ...at, '--format', 'yaml'])).code).toBe(2);
    expect((await cli(['assessment', 'show', '--vendor', 'Nobody Ltd', '--format', 'json', '--data-dir', data])).stderr).toMatch(/No vendor is named "Nobody Ltd"/);
    expect((await cli(['audit', 'verify', '--data-dir', data])).code).toBe(0);
  }, 60_000);
});

describe('vetter hits', () => {
  it('lists a vendor’s hits and reviews them; a blocking match waits for a second reviewer nobody here can be', async () => {
    const data = await workspaceWith('Acme Trading Ltd');
    const sdn = storeHit(data, 'ofac-sdn', 'match');
    const possible = storeHit(data, 'bis-dpl', 'review');
    const list = async () => {
      const r = await cli(['hits', 'list', '--vendor', 'Acme Trading Ltd', '--format', 'json', '--data-dir', data]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as Record<string, unknown>[];
    };
    const hits = await list();
    expect(hits.map((h) => h.id).sort()).toEqual([sdn, possible].sort());
    expect(hits.find((h) => h.id === sdn)).toEqual({
      id: sdn,
      list: 'ofac-sdn',
      entryName: 'ACME TRADING',
      matchedName: 'Acme Trading',
      band: 'match',
      score: 0.96,
      via: 'name',
      decision: 'open',
      reason: null,
      reviewer: null,
      proposedBy: null,
      needsSecondReviewer: true,
    });

    const review = (id: string, decision: string, reason = 'Different registration') => cli(['hits', 'review', id, '--decision', decision, '--reason', reason, '--data-dir', data]);
    const alone = await review(sdn, 'dismiss');
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/^Four eyes: this workspace has one user, so nobody else can agree to a dismissal of a match on this list\./);
    expect((await list()).find((h) => h.id === sdn)).toMatchObject({ decision: 'open', proposedBy: null });

    expect(await review(possible, 'dismiss')).toEqual({ code: 0, stdout: `Hit ${possible} dismissed as a false positive.`, stderr: '' });
    expect(await review(possible, 'confirm', 'Same address')).toEqual({ code: 0, stdout: `Hit ${possible} confirmed as a true match.`, stderr: '' });
    expect((await review(sdn, 'maybe')).code).toBe(2);
    expect((await cli(['hits', 'review', sdn, '--decision', 'dismiss', '--data-dir', data])).code).toBe(2);
    expect((await review('no-such-hit', 'confirm')).stderr).toMatch(/That hit no longer exists/);

    await cli(['workspace', 'four-eyes', 'off', '--data-dir', data]);
    expect(await review(sdn, 'dismiss')).toMatchObject({ code: 0, stdout: `Hit ${sdn} dismissed as a false positive.` });
    expect((await list()).find((h) => h.id === sdn)).toMatchObject({ decision: 'dismissed', reviewer: osAccount(), needsSecondReviewer: false });
  }, 60_000);

  it('reviews several hits with one decision and reason, or every vendor’s open hits on a list entry; all or nothing', async () => {
    const data = await workspaceWith('Acme Trading Ltd');
    const more = path.join(tempDir(), 'more.csv');
    fs.writeFileSync(more, 'name,country,services,criticality\nBorealis Cloud,GB,SaaS,high\nCobalt Data,GB,SaaS,low\n');
    const imported = await cli(['vendors', 'import', more, '--data-dir', data]);
    expect(imported.code, imported.stderr).toBe(0);
    const sdn = storeHit(data, 'ofac-sdn', 'match', { vendor: 'Acme Trading Ltd', entryId: 'S-1' });
    const dpl = storeHit(data, 'bis-dpl', 'review', { vendor: 'Acme Trading Ltd', entryId: 'D-9' });
    const onEntry = ['Borealis Cloud', 'Cobalt Data'].map((vendor) => storeHit(data, 'bis-dpl', 'review', { vendor, entryId: 'D-1' }));
    const review = (...args: string[]) => cli(['hits', 'review', ...args, '--data-dir', data]);

    // The blocking match cannot be dismissed in a one-person workspace: the whole batch is refused, the match named.
    const refused = await review(dpl, sdn, '--decision', 'dismiss', '--reason', 'Different company');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    const lines = refused.stderr.split('\n');
    expect(lines[0]).toBe('1 hit(s) could not be reviewed, so none was changed:');
    expect(lines[1]).toMatch(new RegExp(`^${sdn}: Acme Trading Ltd against ACME TRADING \\(ofac-sdn\\): Four eyes: this workspace has one user`));
    expect(lines).toHaveLength(2);

    expect(await review(dpl, ...onEntry, '--decision', 'confirm', '--reason', 'Same address')).toEqual({
      code: 0,
      stdout: [...[dpl, ...onEntry].map((id) => `Hit ${id} confirmed as a true match.`), 'Reviewed 3 hit(s).'].join('\n'),
      stderr: '',
    });
    const another = storeHit(data, 'bis-dpl', 'review', { vendor: 'Acme Trading Ltd', entryId: 'D-1' });
    expect(await review('--entry', 'bis-dpl:D-1', '--decision', 'dismiss', '--reason', 'Entry is a person')).toEqual({
      code: 0,
      stdout: [`Hit ${another} dismissed as a false positive.`, 'Reviewed 1 hit(s).'].join('\n'),
      stderr: '',
    });
    expect(await review('--entry', 'bis-dpl:D-1', '--decision', 'dismiss', '--reason', 'Again')).toMatchObject({ code: 1, stderr: 'No vendor has an open hit on bis-dpl entry D-1. Nothing was changed.' });
    expect((await review('--entry', 'bis-dpl', '--decision', 'dismiss', '--reason', 'x')).code).toBe(2);
    expect((await review(dpl, '--entry', 'bis-dpl:D-1', '--decision', 'dismiss', '--reason', 'x')).code).toBe(2);
    expect((await cli(['audit', 'verify', '--data-dir', data])).code).toBe(0);
  }, 60_000);

  it('workspace users: the one user of a data folder, holding every role', async () => {
    const data = tempDir();
    const r = await cli(['workspace', 'users', '--format', 'json', '--data-dir', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ login: osAccount(), displayName: osAccount(), roles: ['vetter_reader', 'vetter_analyst', 'vetter_approver', 'vetter_admin'] }]);
    expect((await cli(['workspace', 'init', '--data-dir', data])).code).toBe(2);
  });
});

describe('vetter findings', () => {
  it('lists findings with exactly the documented keys; accepting is refused with the reason until four eyes are off', async () => {
    const data = await workspaceWith('Acme Models Ltd');
    const at = ['--data-dir', data];
    expect((await cli(['assessment', 'answer', '--vendor', 'Acme Models Ltd', '--criterion', 'T1', '--value', 'no', ...at])).code).toBe(0);
    const listed = await cli(['findings', 'list', '--format', 'json', ...at]);
    expect(listed.code, listed.stderr).toBe(0);
    const findings = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(findings).toHaveLength(1);
    expect(Object.keys(findings[0]!)).toEqual(['id', 'vendor', 'criterion', 'title', 'severity', 'owner', 'due', 'status']);
    expect(findings[0]).toMatchObject({ vendor: 'Acme Models Ltd', criterion: 'T1', severity: 'medium', owner: null, status: 'open' });
    expect(JSON.parse((await cli(['findings', 'list', '--vendor', 'acme models ltd', '--format', 'json', ...at])).stdout)).toEqual(findings);

    const id = findings[0]!.id as string;
    const accept = ['findings', 'accept', id, '--until', DUE, '--reason', 'Vendor exits in Q3', ...at];
    const tooLate = await cli(['findings', 'accept', id, '--until', new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10), '--reason', 'r', ...at]);
    expect(tooLate.code).toBe(1);
    const refused = await cli(accept);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Four eyes: this workspace has one user, so nobody else can accept a risk its user found/);
    expect((await cli(['workspace', 'four-eyes', 'off', ...at])).code).toBe(0);
    const accepted = await cli(accept);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toBe(`Risk of finding ${id} (Acme Models Ltd: AI model provenance: No) accepted until ${DUE}.`);
    expect(JSON.parse((await cli(['findings', 'list', '--format', 'json', ...at])).stdout)[0].status).toBe('risk accepted');
  });
});
