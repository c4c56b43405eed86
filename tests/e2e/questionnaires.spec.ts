// A questionnaire both ways through real clicks: send a vendor its workbook and the PDF copy, fill the workbook in as
// the vendor would (a script with exceljs), see a changed copy refused naming the sheet and cell, import the real one,
// review the vendor's answers beside the current ones, accept one, then all.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { api, expect, screenshot, test } from './fixtures';

const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

async function openVendor(page: Page, search: string, legalName: string) {
  await page.getByRole('searchbox', { name: 'Search vendors by name' }).fill(search);
  await page.getByRole('grid', { name: 'Vendors' }).getByRole('row').filter({ hasText: legalName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: legalName })).toBeVisible();
}

/** A picture of one part of the page, beside the full-page screenshots, to look at. */
async function shoot(part: Locator, name: string) {
  await part.page().evaluate(() => document.fonts.ready);
  await part.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Fills in a saved workbook as the vendor would and saves it as `name`; `edit` changes more. */
async function fillIn(file: string, name: string, answers: Record<string, string>, edit?: (wb: Workbook) => void): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const questions = wb.getWorksheet('Questions')!;
  const ids = questions.getColumn('A').values;
  for (const [id, value] of Object.entries(answers)) questions.getCell(`G${ids.indexOf(id)}`).value = value;
  questions.getCell(`H${ids.indexOf('T3')}`).value = 'Group chart attached; no state shareholder.';
  questions.getCell(`I${ids.indexOf('T3')}`).value = 'mistral-ownership-2026.pdf, p. 2';
  edit?.(wb);
  const out = path.join(path.dirname(file), name);
  await wb.xlsx.writeFile(out);
  return out;
}

async function importFile(panel: Locator, file: string) {
  const chooser = panel.page().waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Import answers…' }).click();
  await (await chooser).setFiles(file);
}

test('questionnaire: send the workbook and its PDF copy, import the filled one, review side by side, accept one and all', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ vendors$/)).toBeVisible();
  await openVendor(page, 'mistral', 'Mistral AI SAS');
  const vendorId = /#\/vendors\/([^/]+)/.exec(page.url())![1]!;

  const panel = page.getByRole('region', { name: 'Questionnaires' });
  await expect(panel).toContainText('No questionnaire sent yet. Use “Send questionnaire”');
  await shoot(panel, 'questionnaires-empty');

  // Send: the language, then the workbook is saved (the browser host downloads it).
  await panel.getByRole('button', { name: 'Send questionnaire' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send questionnaire' });
  await expect(dialog).toContainText('Vetter writes an Excel workbook of the 20 questions Mistral AI SAS is asked');
  await dialog.getByRole('radio', { name: 'English and Simplified Chinese (简体中文)' }).check();
  await screenshot(page, 'questionnaire-send');
  await shoot(dialog, 'questionnaire-send-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save workbook…' }).click();
  const sentFile = path.join(host.workDir, (await download).suggestedFilename());
  await (await download).saveAs(sentFile);
  expect(path.basename(sentFile)).toMatch(/^Questionnaire Q-\d{8}-[0-9A-Z]{6} Mistral AI SAS\.xlsx$/);
  const ready = page.getByRole('dialog', { name: 'Questionnaire ready to send' });
  await expect(ready.getByRole('status')).toContainText(`Saved ${path.basename(sentFile)}`);

  // The PDF copy, for reading: the same questions, both languages.
  const pdfDownload = page.waitForEvent('download');
  await ready.getByRole('button', { name: /^Save the PDF copy of Q-/ }).click();
  const pdfFile = path.join(host.workDir, (await pdfDownload).suggestedFilename());
  await (await pdfDownload).saveAs(pdfFile);
  const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('Vendor assessment questionnaire');
  expect(pdfText).toContain('供应商评估问卷');
  expect(pdfText).toContain('Mistral AI SAS');
  await shoot(ready, 'questionnaire-sent-dialog');
  await ready.getByRole('button', { name: 'Done' }).click();
  const sent = panel.getByRole('table', { name: 'Questionnaires sent' });
  await expect(sent.getByRole('row')).toHaveCount(2);
  await expect(sent).toContainText('English and Simplified Chinese');
  await expect(sent).toContainText('Not yet');

  // The analyst had answered T3 already: the review shows it beside the vendor's.
  await api(page, 'assessment.answer', { vendorId, criterionId: 'T3', value: 'no', verified: false, note: null });

  // A copy whose question was reworded is refused, naming the sheet and the cell; nothing is imported.
  const tampered = await fillIn(sentFile, 'tampered.xlsx', { T3: 'Partly' }, (wb) => {
    wb.getWorksheet('Questions')!.getCell('C3').value = 'Do you export AI? (reworded)';
  });
  await importFile(panel, tampered);
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('tampered.xlsx was not imported');
  await expect(refusal).toContainText('sheet "Questions", cell C3: the text of question T2 was changed.');
  await expect(refusal).toContainText('Nothing was imported.');
  await shoot(panel, 'questionnaire-refused');

  // The vendor's real answers.
  const returned = await fillIn(sentFile, 'returned.xlsx', { T1: 'Yes', T3: 'Partly', A1: 'SOC 2 Type II report; ISO/IEC 27001 certificate', R2: 'Within 24 hours' });
  await importFile(panel, returned);
  await expect(panel.getByRole('status').filter({ hasText: '4 answers imported from questionnaire Q-' })).toBeVisible();
  const table = panel.getByRole('table', { name: 'The vendor’s answers beside the current answers' });
  await expect(table.getByRole('row')).toHaveCount(5);
  const t3 = table.getByRole('row').filter({ hasText: 'T3' });
  await expect(t3.getByRole('cell').nth(0)).toHaveText('No');
  await expect(t3.getByRole('cell').nth(1)).toContainText('Partly');
  await expect(t3.getByRole('cell').nth(1)).toContainText('“Group chart attached; no state shareholder.”');
  await expect(t3.getByRole('cell').nth(1)).toContainText('Evidence: mistral-ownership-2026.pdf, p. 2');
  await expect(table.getByRole('row').filter({ hasText: 'A1' })).toContainText('SOC 2 Type II report; ISO/IEC 27001 certificate');
  await screenshot(page, 'questionnaire-review-page');
  await shoot(panel, 'questionnaire-review');

  // Accept one with the keyboard: it becomes the answer, unverified, and leaves the table.
  await table.getByRole('button', { name: 'Accept the vendor’s answer to T3' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').filter({ hasText: 'T3' })).toHaveCount(0);
  // The focus goes on to the next answer's button rather than back to the top of the page.
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Accept the vendor’s answer to /);
  const assessment = page.getByRole('region', { name: 'Assessment' });
  const t3Item = assessment.locator('li.criterion').filter({ has: page.locator('.criterion-id', { hasText: /^T3$/ }) });
  await expect(t3Item.locator('.criterion-answer')).toHaveText('Partly');
  await expect(t3Item.locator('.badge-verified')).toHaveCount(0);

  // Accept all the rest.
  await panel.getByRole('button', { name: 'Accept all 3' }).click();
  await expect(panel).toContainText('No answers are waiting. When the vendor sends the workbook back, use “Import answers…” to read it.');
  await expect(panel.getByRole('status').filter({ hasText: 'answers imported' })).toHaveCount(0);
  await expect(sent).not.toContainText('Not yet');
  await expect(assessment).toContainText('4 of 20 criteria answered, 0 verified');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(/Imported 4 answers from questionnaire Q-/);
  await expect(history).toContainText(/accepted from the vendor's questionnaire Q-/);
  await shoot(panel, 'questionnaire-accepted');
  expect(fs.existsSync(sentFile)).toBe(true);
});
