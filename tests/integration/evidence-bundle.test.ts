// Evidence bundles through the CLI, on real parts: a data folder with evidence files and a signed vendor report (system
// Chromium prints it, a key made on first use signs it, and it prints the checkpoint it was made under), bundled, then
// verified from a fresh empty folder with no workspace at all; then the same zip with one evidence file changed, with
// the report PDF changed, and cut short.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../electron/core/reports/store';
import { buildIfStale, CLI_BUNDLE } from '../built';
import { tempDir, testCore, vendorInput } from '../helpers';
import { oneByteChanged } from '../signing';

const pass = { VETTER_KEY_PASSPHRASE: 'my own passphrase' };
function cli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = tempDir()) {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { ...process.env, VETTER_KEY_PASSPHRASE: undefined, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let bundle: Buffer;
let evidencePath: string;
let reportPath: string;
const SOC2 = '%PDF-1.4 SOC 2 Type II report (test)';

beforeAll(async () => {
  await buildIfStale();
  const data = tempDir();
  const t = testCore(data);
  try {
    const vendorId = (await t.call('vendors.create', vendorInput())).id;
    const { criteria } = await t.call('assessment.get', { vendorId });
    const criterion = criteria.find((c) => c.source === 'answer')!.id;
    const file = path.join(tempDir(), 'soc2.pdf');
    fs.writeFileSync(file, SOC2);
    await t.call('assessment.addEvidence', { vendorId, criterionId: criterion, file: t.pick(file) });
    evidencePath = `evidence/${criterion}/soc2.pdf`;
  } finally {
    await t.core.close();
  }
  const dir = tempDir();
  const pdf = path.join(dir, 'report.pdf');
  const made = cli(['report', 'vendor', '--name', 'Example Cloud Ltd', '--out', pdf, '--data-dir', data], pass);
  expect(made.code, made.stderr).toBe(0);
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toMatch(/Audit checkpoint #\d+, head [0-9a-f]{6}/);
  const out = path.join(dir, 'bundle.zip');
  const bundled = cli(['evidence', 'bundle', '--vendor', 'Example Cloud Ltd', '--out', out, '--data-dir', data], pass);
  expect(bundled.code, bundled.stderr).toBe(0);
  bundle = fs.readFileSync(out);
  reportPath = Object.keys((await JSZip.loadAsync(bundle)).files).find((f) => f.startsWith('report/') && f.endsWith('.pdf'))!;
}, 120_000);

/** The bundle with one part replaced, written to a fresh folder. */
async function withPart(part: string, change: (bytes: Buffer) => Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bundle);
  zip.file(part, change(await zip.file(part)!.async('nodebuffer')));
  const file = path.join(tempDir(), 'bundle.zip');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

describe('evidence verify', () => {
  it('passes on a fresh folder with no workspace, one line per part', () => {
    const fresh = tempDir();
    const file = path.join(fresh, 'bundle.zip');
    fs.writeFileSync(file, bundle);
    const noWorkspace = { VETTER_WORKSPACE: path.join(fresh, 'no-such-folder') };
    const checked = cli(['evidence', 'verify', file], noWorkspace, fresh);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain(`ok  ${evidencePath}  sha256 ${sha256(SOC2)}, as the report lists it\n`);
    expect(checked.stdout).toMatch(/^ok {2}report\/VR-\w+\.pdf {2}sha256 [0-9a-f]{64}, Signed by .* the document has not changed since$/m);
    expect(checked.stdout).toMatch(/^ok {2}report\/VR-\w+\.json {2}sha256 [0-9a-f]{64}, as report VR-\w+'s audit event records$/m);
    expect(checked.stdout).toMatch(/^ok {2}provenance\.json {2}/m);
    expect(checked.stdout).toMatch(/^ok {2}checkpoint #\d+ {2}checkpoint #\d+ signed by .* signature holds$/m);
    expect(checked.stdout).toMatch(/^ok {2}audit\/chain\.json {2}\d+ event\(s\) about the vendor, each hash recomputed and linked up to a signed checkpoint$/m);
    expect(checked.stdout).toMatch(/^ok {2}certificates\/[0-9a-f]{64}\.pem {2}/m);
    expect(checked.stdout).toMatch(/^Valid: all \d+ part\(s\) pass\.$/m);
    expect(fs.readdirSync(fresh)).toEqual(['bundle.zip']);
  });

  it('fails naming the evidence file changed inside the zip', async () => {
    const changed = Buffer.from(SOC2.replace('Type II', 'Type I!'));
    const checked = cli(['evidence', 'verify', await withPart(evidencePath, () => changed)]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`FAIL ${evidencePath}: changed since bundled (sha256 ${sha256(changed)} expected ${sha256(SOC2)})\n`);
    expect(checked.stdout.split('\n').filter((l) => l.startsWith('FAIL'))).toHaveLength(1);
    expect(checked.stdout).toMatch(/^Not valid: 1 of \d+ part\(s\) failed\.$/m);
  });

  it('fails on a changed report PDF', async () => {
    const checked = cli(['evidence', 'verify', await withPart(reportPath, (pdf) => oneByteChanged(pdf, Math.floor(pdf.length / 2)))]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(new RegExp(`^FAIL ${reportPath}: changed since bundled \\(sha256 [0-9a-f]{64} expected [0-9a-f]{64}\\)$`, 'm'));
  });

  it('says plainly that a corrupt zip is not a readable bundle', () => {
    const file = path.join(tempDir(), 'cut.zip');
    fs.writeFileSync(file, bundle.subarray(0, Math.floor(bundle.length / 2)));
    const checked = cli(['evidence', 'verify', file]);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/^cut\.zip is not a readable zip file \(.+\): it is not an evidence bundle, or it was damaged\. Ask for the bundle again\.$/m);
    expect(checked.stdout).toBe('');
  });
});
