// Allegations, assessments and risk scores through real clicks: the vendor page's sections, the what-if sandbox,
// the dashboard and the methodology page.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

async function loadDemo(page: Page) {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
}

async function openVendor(page: Page, search: string, legalName: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Vendors/ }).click();
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill(search);
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: legalName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: legalName })).toBeVisible();
}

/** A number as the page prints it ("1,234.5", "−3.0"). */
/** A re-assessment date a year ahead, as typed and as the page shows it (en-US in these tests). */
const due = new Date(Date.now() + 365 * 86_400_000);
const aYearFromNow = due.toISOString().slice(0, 10);
const dueShown = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${aYearFromNow}T00:00:00Z`));

function parsePoints(text: string | null): number {
  return Number((text ?? '').replace(/,/g, '').replace('−', '-').trim());
}

async function savedScore(page: Page): Promise<number> {
  return parsePoints(await page.getByTestId('risk-score').textContent());
}

/** Opens a criterion of the assessment by its id ("T3") and returns its list item. */
async function openCriterion(assessment: Locator, id: string): Promise<Locator> {
  const item = assessment.locator('li.criterion').filter({ has: assessment.page().locator('.criterion-id', { hasText: new RegExp(`^${id}$`) }) });
  const row = item.locator('.criterion-row');
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  return item;
}

test('allegations: the Alibaba memo reaches Alibaba Cloud via its parent as a denied claim; recording one on DeepSeek lists it', async ({ page }) => {
  await loadDemo(page);

  await openVendor(page, 'alibaba cloud', 'Alibaba Cloud (Singapore) Private Limited');
  const allegations = page.getByRole('region', { name: 'Allegations' });
  const memo = allegations.getByRole('article', { name: /White House national security memo/ });
  await expect(memo).toContainText('via parent');
  await expect(memo).toContainText('Made against Alibaba Group Holding Limited');
  await expect(memo).toContainText('Allegation · not established fact');
  await expect(memo.locator('.badge-allegation')).toHaveText('denied by vendor');
  await expect(memo).toContainText('complete nonsense');
  await expect(memo).toContainText('Financial Times · leaked or reported government document');
  await expect(memo).toContainText('Credibility 3 of 5');
  await expect(memo).toContainText('Alleged: Gave China');
  await expect(memo.getByRole('link')).toHaveCount(0);
  const opinion = allegations.getByRole('article', { name: /DragonCloud/ });
  await expect(opinion).toContainText('Credibility 1 of 5 · Very weak');
  // The allegations count in the score, each labelled as an allegation.
  await expect(page.getByRole('region', { name: 'Risk score' }).getByRole('table', { name: 'Factors of the score' })).toContainText('Allegation: White House');
  await screenshot(page, 'allegations');

  // DeepSeek: record a trade-press claim of model theft, credibility 2.
  await openVendor(page, 'deepseek', 'Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd.');
  const panel = page.getByRole('region', { name: 'Allegations' });
  await expect(panel).toContainText('None recorded');
  await panel.getByRole('button', { name: 'Record allegation…' }).click();
  const form = page.getByRole('dialog', { name: 'Record an allegation' });
  await form.getByRole('button', { name: 'Record allegation' }).click();
  await expect(form.getByText('The allegation was not saved')).toBeVisible();
  await expect(form.getByText('Give the title of the source', { exact: true })).toBeVisible();
  await form.getByLabel('Source title').fill('Distillation of a US lab’s models alleged by unnamed researchers');
  await form.getByLabel('Publisher').fill('AI Trade Weekly');
  await form.getByLabel('Source type').selectOption('trade press');
  await form.getByLabel('Publication date').fill('2026-01-20');
  await form.getByLabel('Address (URL)').fill('https://trade.example/deepseek-distillation');
  await form.getByLabel('Claim 1 category').selectOption('IP or model theft');
  await form.getByLabel('Claim 1', { exact: true }).fill('Trained its models on outputs of a US lab’s models in breach of the terms of use.');
  await form.getByLabel('Vendor’s response').fill('No public response.');
  await form.getByLabel('2 · Weak').check();
  await form.getByLabel('Why this rating').fill('Single trade-press source quoting unnamed researchers; no documents.');
  await screenshot(page, 'allegation-form');
  await form.getByRole('button', { name: 'Record allegation' }).click();
  await expect(form).toBeHidden();
  const recorded = panel.getByRole('article', { name: /Distillation of a US lab/ });
  await expect(recorded).toContainText('trade press');
  await expect(recorded).toContainText('IP or model theft');
  await expect(recorded).toContainText('Credibility 2 of 5 · Weak');
  await expect(recorded.locator('.badge-allegation')).toHaveText('alleged');
  await expect(recorded).toContainText('https://trade.example/deepseek-distillation');
  await expect(recorded.getByRole('link')).toHaveCount(0);
  await expect(recorded.getByRole('button', { name: 'Copy link' })).toBeVisible();

  // Changing the status asks for its date; the history keeps both.
  await recorded.getByRole('button', { name: 'Edit…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the allegation' });
  await expect(edit.getByLabel('New status since')).toHaveCount(0);
  await edit.getByRole('combobox', { name: /^Status/ }).selectOption('under investigation');
  await edit.getByLabel('New status since').fill('2026-02-02');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(recorded.locator('.badge-allegation')).toHaveText('under investigation');
  await expect(recorded.locator('.status-history li')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Risk score' })).toContainText('Allegation: Distillation');
  await screenshot(page, 'allegation-recorded');
  // The vendor's own history shows what was recorded against it.
  const vendorHistory = page.getByRole('region', { name: 'History' });
  await expect(vendorHistory).toContainText('Recorded an allegation against Hangzhou DeepSeek');
  await expect(vendorHistory).toContainText('Edited the allegation "Distillation');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.locator('.audit-row', { hasText: 'Recorded an allegation against Hangzhou DeepSeek' })).toBeVisible();
  await expect(page.locator('.audit-row', { hasText: 'Edited the allegation "Distillation' })).toBeVisible();
});

/** Answers a criterion with the option of that label, optionally verified, and saves it. */
async function answer(assessment: Locator, id: string, option: string, verified: boolean): Promise<Locator> {
  const item = await openCriterion(assessment, id);
  await item.getByLabel(option, { exact: true }).check();
  if (verified) await item.getByRole('checkbox', { name: /^Verified/ }).check();
  await item.getByRole('button', { name: 'Save answer' }).click();
  await expect(item.locator('.criterion-answer')).not.toHaveText('Unanswered');
  return item;
}

test('assessment: answers with an evidence file and verification lower the score, whose factors add up to it; review, approval, history, audit', async ({ page, host }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  const user = (await page.locator('.current-user-name').textContent()) ?? '';
  await openVendor(page, 'anthropic', 'Anthropic PBC');
  const risk = page.getByRole('region', { name: 'Risk score' });
  const assessment = page.getByRole('region', { name: 'Assessment' });
  await expect(risk.getByTestId('risk-score')).toBeVisible();
  const before = await savedScore(page);
  await expect(assessment).toContainText('0 of 20 criteria answered');

  // Criteria are grouped by pillar; each shows its question, evidence expected and framework mappings.
  for (const pillar of ['Transparency', 'Independent third-party audits', 'Rapid response to IP theft', 'Jurisdiction and state access', 'Data exposure and criticality']) {
    await expect(assessment.getByRole('heading', { level: 3, name: pillar })).toBeVisible();
  }
  const t3 = await answer(assessment, 'T3', 'Yes', true);
  await expect(t3).toContainText('Has the vendor disclosed its full ownership chain');
  await expect(t3).toContainText('Evidence expected');
  await expect(t3.locator('.framework-mapping', { hasText: 'NIST 800-161r1' })).toBeVisible();
  await expect(t3.locator('.framework-mapping', { hasText: 'CAIQ' })).toContainText('STA-08');

  // A1 takes several audits; then attach the SOC 2 report as evidence and verify the answer.
  const a1 = await openCriterion(assessment, 'A1');
  await expect(a1.getByRole('button', { name: 'Attach evidence…' })).toBeDisabled();
  await a1.getByLabel('SOC 2 Type II report', { exact: true }).check();
  await a1.getByLabel('ISO/IEC 27001 certificate', { exact: true }).check();
  await a1.getByRole('button', { name: 'Save answer' }).click();
  await expect(a1.locator('.criterion-answer')).toHaveText('SOC 2 Type II report; ISO/IEC 27001 certificate');
  const report = path.join(host.workDir, 'Anthropic SOC 2 Type II 2026.pdf');
  fs.writeFileSync(report, '%PDF-1.4 SOC 2 Type II report, test copy');
  const chooser = page.waitForEvent('filechooser');
  await a1.getByRole('button', { name: 'Attach evidence…' }).click();
  await (await chooser).setFiles(report);
  const evidence = a1.getByRole('table', { name: 'Evidence files for A1' });
  await expect(evidence).toContainText('Anthropic SOC 2 Type II 2026.pdf');
  await expect(evidence).toContainText('40 bytes');
  await expect(evidence).toContainText(user);
  await expect(evidence.locator('code.hash')).toHaveText(/^[0-9a-f]{12}$/);
  await a1.getByRole('checkbox', { name: /^Verified/ }).check();
  await a1.getByRole('button', { name: 'Save answer' }).click();
  await expect(a1.locator('.badge-verified')).toBeVisible();

  // Opening evidence asks first, then hands the file over (the browser host downloads it).
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Anthropic SOC 2 Type II 2026.pdf');
    void dialog.accept();
  });
  const download = page.waitForEvent('download');
  await evidence.getByRole('button', { name: 'Open Anthropic SOC 2 Type II 2026.pdf…' }).click();
  expect((await download).suggestedFilename()).toBe('Anthropic SOC 2 Type II 2026.pdf');

  // A date (the last audit, two months ago) and two more answers.
  const a4 = await openCriterion(assessment, 'A4');
  const audited = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  await a4.getByLabel('Answer to A4 Audit recency').fill(audited);
  await a4.getByRole('button', { name: 'Save answer' }).click();
  const auditedText = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(audited));
  await expect(a4.locator('.criterion-answer')).toHaveText(auditedText);
  await answer(assessment, 'R3', 'Yes', true);
  await answer(assessment, 'J1', 'No such law applies to the vendor or its parents', true);
  await expect(assessment).toContainText('5 of 20 criteria answered, 4 verified');
  await screenshot(page, 'assessment');

  // The score fell, and its factors add up to it.
  await expect.poll(() => savedScore(page)).toBeLessThan(before);
  const after = await savedScore(page);
  expect(parsePoints(await risk.getByTestId('factor-total').textContent())).toBe(after);
  // Well-answered criteria add 0 points: listed on request, so the reader sees what was considered.
  const factors = risk.getByRole('table', { name: 'Factors of the score' });
  await expect(factors).not.toContainText('T3 Ownership and beneficial owners');
  await risk.getByRole('button', { name: /^Show the \d+ factors with 0 points too$/ }).click();
  await expect(factors.getByRole('row', { name: /^T3 Ownership and beneficial owners/ })).toContainText('0.0');
  expect(parsePoints(await risk.getByTestId('factor-total').textContent())).toBe(after);
  await expect(risk).toContainText('Methodology vetter-risk version 2');

  // Review and approval, with a re-assessment date; the approver is the current user. In one person's workspace four
  // eyes cannot be met: the page says why, until an admin turns them off in Settings.
  await assessment.getByRole('button', { name: 'Send for review' }).click();
  await expect(assessment.locator('.badge-assessment-in-review')).toHaveText('In review');
  await expect(assessment.getByRole('note')).toContainText('Four eyes: this workspace has one user');
  await expect(assessment.getByRole('button', { name: 'Approve…' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Turn four eyes off' }).click();
  await expect(page.getByRole('button', { name: 'Turn four eyes on' })).toBeVisible();
  await page.goBack();
  await assessment.getByRole('button', { name: 'Approve…' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve the assessment' });
  await expect(approve).toContainText(`You approve as ${user}`);
  await approve.getByLabel(/^Re-assess by/).fill(aYearFromNow);
  await screenshot(page, 'assessment-approve');
  await approve.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(approve).toBeHidden();
  await expect(assessment.locator('.badge-assessment-approved')).toHaveText('Approved');
  await expect(assessment.locator('.assessment-status')).toContainText(`by ${user}`);
  await expect(assessment.locator('.assessment-status')).toContainText(`Re-assessment due ${dueShown}`);

  // The score history shows each change and what changed, with the methodology version.
  await risk.locator('summary', { hasText: /^Score history \(\d+\)$/ }).click();
  const history = risk.getByRole('table', { name: 'Score history' });
  expect(await history.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  await expect(history.locator('tbody tr').first()).toContainText('Version 2');
  await expect(history.locator('tbody tr').first()).toContainText(/changed from unanswered to .*: −\d+\.\d/);
  await expect(history.locator('tbody tr').last()).toContainText('First score');
  await screenshot(page, 'vendor-risk');

  // The vendor's history and the audit log record each answer, the evidence and the approval.
  const vendorHistory = page.getByRole('region', { name: 'History' });
  await expect(vendorHistory).toContainText(`Approved the assessment (re-assess by ${aYearFromNow})`);
  await expect(vendorHistory).toContainText('Attached Anthropic SOC 2 Type II 2026.pdf to A1');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.locator('.audit-row', { hasText: 'Answered T3 (Ownership and beneficial owners): yes, verified' })).toBeVisible();
  await expect(page.locator('.audit-row', { hasText: 'Assessment set to in review' })).toBeVisible();
  await expect(page.locator('.audit-row', { hasText: 'Approved the assessment' })).toBeVisible();
});

test('what if: dismissing Tencent Cloud’s 1260H hit in the sandbox shows a different score, marked Not saved, and saves nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  // Its only designation is its parent's on the 1260H list, so dismissing it moves the score.
  await openVendor(page, 'tencent cloud', 'Tencent Cloud Computing (Beijing) Co., Ltd.');
  const screening = page.getByRole('region', { name: 'Screening' });
  await screening.getByRole('button', { name: 'Screen this vendor' }).click();
  const hit = screening.getByRole('article', { name: 'Tencent Holdings Limited', exact: true }).filter({ hasText: 'DoD Section 1260H' });
  await expect(hit).toContainText('via parent', { timeout: 60_000 });

  const risk = page.getByRole('region', { name: 'Risk score' });
  await expect(risk.getByRole('table', { name: 'Factors of the score' })).toContainText('DoD Section 1260H');
  const saved = await savedScore(page);
  await risk.getByRole('button', { name: 'What if…' }).click();
  const sandbox = risk.getByRole('region', { name: 'What if…' });
  await expect(sandbox.getByText('Not saved').first()).toBeVisible();
  const trial = sandbox.getByRole('form', { name: 'Try a review decision' });
  const option = trial.locator('option', { hasText: /^Tencent Holdings Limited — DoD Section 1260H/ }).first();
  await trial.getByLabel('Screening hit').selectOption((await option.getAttribute('value')) ?? '');
  await trial.getByLabel('Decision').selectOption({ label: 'Dismissed as a false positive' });
  await trial.getByRole('button', { name: 'Try this decision' }).click();

  const whatIf = sandbox.getByTestId('what-if-score');
  await expect(whatIf).toBeVisible();
  await expect(sandbox.locator('.what-if-result')).toContainText('What-if score Not saved');
  const sandboxScore = parsePoints((await whatIf.textContent())?.match(/^[\d.,]+/)?.[0] ?? null);
  expect(sandboxScore).toBeLessThan(saved);
  const changed = sandbox.getByRole('table', { name: 'Factors that would change' });
  await expect(changed).toContainText('DoD Section 1260H');
  await expect(sandbox.locator('.trial-changes')).toContainText('dismissed as a false positive');
  await screenshot(page, 'what-if');

  // Nothing was saved: the score, the hit's review and the score history are as they were.
  await risk.getByRole('button', { name: 'Close what if' }).click();
  expect(await savedScore(page)).toBe(saved);
  // A match on the 1260H list: under four eyes its dismissal is a proposal for a second reviewer.
  await expect(hit.getByRole('button', { name: 'Propose dismissal…' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('risk-score')).toHaveText(String(saved.toFixed(1)));
});

test('dashboard: tiers, heat map, drivers, overdue and stale data, and the ranked vendors; it is the landing page once there are vendors', async ({ page, host }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link').first()).toHaveText('Dashboard');
  await page.getByRole('button', { name: 'Screen all vendors' }).click();
  await page.getByRole('dialog', { name: 'Screening complete: what changed' }).getByRole('button', { name: 'Done' }).click({ timeout: 60_000 });

  // Opening Vetter again lands on the dashboard (the window keeps its session; the launch link itself works once).
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  const tiers = page.getByRole('list', { name: 'Vendors by tier' });
  await expect(tiers.getByRole('button')).toHaveCount(5);
  const counts = await tiers.locator('.tier-count-number').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(32);

  // Which lists the scores rest on are partial or out of date, and why.
  const data = page.getByText(/^Screened against partial and out-of-date lists$/);
  await expect(data).toBeVisible();
  await expect(page.getByRole('status').filter({ has: data })).toContainText('OFAC Specially Designated Nationals (SDN) List: The primary records (sdn.csv) are of 2024-05-03');
  const drivers = page.getByRole('region', { name: 'Top drivers' });
  await expect(drivers.getByRole('row').nth(1)).toBeVisible();
  await expect(drivers.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^(Designations|Allegations|Jurisdiction|Control gaps)$/);
  await expect(page.getByRole('region', { name: 'Overdue re-assessments' })).toContainText('No re-assessment is overdue.');

  // The heat map: 25 cells holding every vendor; a cell lists its vendors.
  const heatmap = page.getByRole('group', { name: 'Heat map of exposure against inherent risk' });
  const cells = heatmap.getByRole('button');
  await expect(cells).toHaveCount(25);
  const labels = await cells.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  expect(labels.reduce((sum, label) => sum + Number(/: (\d+) vendors?$/.exec(label)?.[1] ?? 0), 0)).toBe(32);
  const busiest = labels.reduce((a, b) => (Number(/: (\d+)/.exec(b)?.[1]) > Number(/: (\d+)/.exec(a)?.[1]) ? b : a));
  await heatmap.getByRole('button', { name: busiest }).click();
  await expect(page.locator('.heatmap-selection h3')).toHaveText(busiest);
  await expect(page.locator('.heat-vendors li').first()).toBeVisible();

  // Ranked from the highest score down; each vendor links to its page.
  const ranked = page.getByRole('table', { name: 'Vendors ranked by risk score' });
  const scores = (await ranked.locator('tbody tr td:nth-child(3)').allTextContents()).map(parsePoints);
  expect(scores).toHaveLength(32);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await screenshot(page, 'dashboard');

  // A tier narrows the ranking.
  const highest = ranked.locator('tbody tr').first();
  const tier = (await highest.locator('.badge-tier').textContent()) ?? '';
  await tiers.getByRole('button', { name: new RegExp(`${tier}$`) }).click();
  await expect(ranked.locator('tbody tr .badge-tier').filter({ hasNotText: tier })).toHaveCount(0);
  const name = (await highest.getByRole('link').textContent()) ?? '';
  const top = parsePoints(await highest.locator('td').nth(1).textContent());
  await highest.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // The vendor table carries each vendor's tier and score, and sorts by them.
  await nav.getByRole('link', { name: /^Vendors/ }).click();
  const grid = page.getByRole('grid', { name: 'Vendors' });
  const riskHeader = grid.getByRole('columnheader', { name: 'Risk' });
  await riskHeader.getByRole('button').click();
  await expect(riskHeader).toHaveAttribute('aria-sort', 'descending');
  const firstRisk = grid.getByRole('row').nth(1).getByRole('gridcell').nth(2);
  await expect(firstRisk.locator('.badge-tier')).toHaveText(tier);
  expect(parsePoints(await firstRisk.locator('.risk-score').textContent())).toBe(top);
  await screenshot(page, 'vendor-risk-column');
});

test('methodology: the version in force with its parameters, a refused edit with the reasons, a saved version in the history and the audit log', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methodology' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scoring methodology' })).toBeVisible();
  await expect(page.getByText('vetter-risk version 2')).toBeVisible();
  for (const group of ['Designations', 'Allegations', 'Jurisdiction', 'Exposure', 'Control gaps', 'Tiers', 'Knock-outs']) {
    await expect(page.locator('.parameter-group-title', { hasText: new RegExp(`^${group}$`) })).toBeVisible();
  }
  await page.locator('summary', { hasText: /^Designations/ }).click();
  await expect(page.locator('.parameter-group[open]')).toContainText('OFAC SDN (blocking sanctions)');
  await page.locator('summary', { hasText: /^Knock-outs/ }).click();
  await expect(page.locator('.parameter-group[open]').last()).toContainText('K1');

  const edit = page.getByRole('region', { name: 'Change the methodology' });
  await edit.getByRole('button', { name: 'Edit parameters…' }).click();
  const json = edit.getByLabel('Parameters (JSON)');
  const parameters = JSON.parse(await json.inputValue());
  // Tier thresholds that do not rise are refused, with the reason.
  await json.fill(JSON.stringify({ ...parameters, tiers: { ...parameters.tiers, high: 10 } }, null, 2));
  await edit.getByLabel(/^What changed and why/).fill('Try a broken threshold');
  await edit.getByRole('button', { name: 'Save as version 3' }).click();
  await expect(edit.locator('.alert')).toContainText('The methodology was not saved: Tier thresholds must rise');
  await json.fill('{ not json');
  await edit.getByRole('button', { name: 'Save as version 3' }).click();
  await expect(edit.getByText(/^This is not valid JSON/)).toBeVisible();

  parameters.allegations.basePoints = 36;
  await json.fill(JSON.stringify(parameters, null, 2));
  await edit.getByLabel(/^What changed and why/).fill('Weigh allegations 20% more after the 2026 review');
  await screenshot(page, 'methodology-edit');
  await edit.getByRole('button', { name: 'Save as version 3' }).click();
  await expect(page.getByText('vetter-risk version 3')).toBeVisible();
  const versions = page.getByRole('table', { name: 'Methodology versions' });
  await expect(versions.locator('tbody tr').first()).toContainText('Weigh allegations 20% more after the 2026 review');
  await expect(versions.locator('tbody tr').first()).toContainText('In force');
  await expect(versions.locator('tbody tr').last()).toContainText('Shipped with Vetter');
  await page.locator('summary', { hasText: /^Allegations/ }).click();
  await screenshot(page, 'methodology');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.locator('.audit-row', { hasText: 'Methodology version 3: Weigh allegations 20% more after the 2026 review' })).toBeVisible();
});
