// Real PDFs from the report HTML, printed by the system Chromium and read back with poppler: every section, the
// exact Chinese names, the numbers of the score model, the report id and page number on every page, hostile
// strings printed literally, only the embedded fonts used, and nothing fetched. Every page is kept as a PNG in
// test-results/report-pages/ to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter, findChromium } from '../../electron/chromium-printer';
import type { ReportModel } from '../../electron/core/reports/model';
import type { PdfPrinter } from '../../electron/core/reports/printer';
import { renderReportHtml } from '../../electron/core/reports/render';
import { signedPoints } from '../../electron/core/reports/render/format';
import { HOSTILE, hostileModel, huaweiModel, portfolioModel } from '../fixtures/report-models';
import { ROOT } from '../helpers';

const PAGES_DIR = path.join(ROOT, 'test-results', 'report-pages');
const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

interface Printed {
  file: string;
  pdf: Buffer;
  pages: number;
  /** pdftotext -layout of each page. */
  pageTexts: string[];
  text: string;
}

function read(file: string): Omit<Printed, 'pdf'> {
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const pageTexts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
  return { file, pages, pageTexts, text: pageTexts.join('\n') };
}

async function printTo(printer: PdfPrinter, name: string, model: ReportModel): Promise<Printed> {
  const pdf = await printer.print(renderReportHtml(model));
  const file = path.join(PAGES_DIR, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(PAGES_DIR, name)]);
  return { pdf, ...read(file) };
}

/** Whitespace removed: pdftotext breaks long words and lines where the layout did. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

function embeddedFontNames(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!);
}

function expectEveryPageNumbered(printed: Printed, reportId: string): void {
  expect(printed.pages).toBeGreaterThan(1);
  printed.pageTexts.forEach((page, i) => {
    expect(page, `page ${i + 1}`).toContain(`Report ${reportId}`);
    expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${printed.pages}`);
  });
}

const suite = chromium ? describe : describe.skip;

suite(chromium ? 'printed report PDFs' : 'printed report PDFs (skipped: no Chrome, Edge or Chromium found; set VETTER_CHROMIUM)', () => {
  let printer: PdfPrinter;
  const vendor = huaweiModel();
  const hostile = hostileModel();
  const portfolio = portfolioModel(500);
  let v: Printed;
  let h: Printed;
  let p: Printed;

  beforeAll(async () => {
    fs.rmSync(PAGES_DIR, { recursive: true, force: true });
    fs.mkdirSync(PAGES_DIR, { recursive: true });
    printer = createChromiumPrinter(chromium!);
    v = await printTo(printer, 'vendor', vendor);
    h = await printTo(printer, 'hostile', hostile);
    p = await printTo(printer, 'portfolio-500', portfolio);
  }, 120_000);
  afterAll(() => printer?.close());

  describe('vendor report', () => {
    it('has every section, in order', () => {
      const sections = ['Vendor audit report', 'Executive summary', 'Designations', 'Allegations', 'Criteria', 'Data shared', 'Score breakdown', 'Methodology', 'Data provenance', 'Sign-off'];
      const at = sections.map((s) => v.text.search(new RegExp(`^${s}$`, 'mi')));
      expect(at.every((i) => i >= 0), JSON.stringify(Object.fromEntries(sections.map((s, i) => [s, at[i]])))).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('says which matcher found each hit, and nothing for a hit found before that was recorded', () => {
      expect(v.text.match(/Matcher \d{4}\.\d{2}-\d+/g)).toEqual([`Matcher ${vendor.designations[0]!.matcherVersion}`]);
    });

    it('prints the Chinese names exactly, from the embedded fonts alone', () => {
      expect(v.text).toContain('华为技术有限公司');
      expect(v.text).toContain('臺灣華為');
      const fonts = embeddedFontNames(v.file);
      expect(fonts.some((f) => /\+NotoSansSC/.test(f))).toBe(true);
      expect(fonts.filter((f) => f !== '[none]').every((f) => /^[A-Z]{6}\+(Inter|Noto)/.test(f)), fonts.join(', ')).toBe(true);
    });

    it('prints the score, the tier and every factor contribution of the model, adding up to the score', () => {
      expect(v.pageTexts[0]).toMatch(/Critical\s+87\.9\s+\/ 100 risk score/);
      const table = v.text.slice(v.text.indexOf('HOW IT WAS COMPUTED'), v.text.indexOf('Score (sum of all factors)'));
      const printed = table
        .split('\n')
        .map((line) => /\s([+-]\d+\.\d|0\.0)$/.exec(line.trimEnd())?.[1])
        .filter((n): n is string => n !== undefined);
      expect(printed).toEqual(vendor.score.factors.map((f) => signedPoints(f.contribution)));
      expect(v.text).toMatch(/Score \(sum of all factors\)\s+87\.9/);
      const sum = vendor.score.factors.reduce((s, f) => s + f.contribution, 0);
      expect(Math.round(sum * 10) / 10).toBe(vendor.score.score);
    });

    it('names the report id and the page on every page', () => {
      expectEveryPageNumbered(v, vendor.meta.reportId);
    });

    it('keeps the report id in the PDF title, where "Verify a report" reads it', () => {
      expect(execFileSync('pdfinfo', [v.file], { encoding: 'utf8' })).toMatch(/^Title:\s+VR-7K3M9QX2TD · Vendor audit report/m);
    });

    it('lists the evidence SHA-256s and every list version, and says the bundled snapshot is old', () => {
      // In reading order: a wrapped hash's lines sit beside other columns in the page layout.
      const raw = squeeze(execFileSync('pdftotext', ['-raw', v.file, '-'], { encoding: 'utf8' }));
      for (const c of vendor.criteria) for (const e of c.evidence) expect(raw).toContain(`${e.fileName}SHA-256${e.sha256}`);
      for (const entry of vendor.provenance) expect(raw).toContain(entry.sha256);
      expect(v.text).toMatch(/Stale data: 3 lists of 3 are older than the staleness threshold/);
    });

    it('contains no link a reader could click', () => {
      expect(v.pdf.includes('/URI')).toBe(false);
      expect(v.pdf.includes('/JavaScript')).toBe(false);
    });
  });

  describe('hostile strings', () => {
    it('print literally', () => {
      for (const s of [`${HOSTILE.script} Evil Cloud Ltd`, HOSTILE.bold, HOSTILE.formula, 'Invoice[U+202E]fdp.exe', HOSTILE.emoji, 'javascript:alert(document.domain)']) {
        expect(h.text, s).toContain(s);
      }
      expect(squeeze(h.text)).toContain(HOSTILE.long);
      expect(h.text).not.toContain('\u202E');
      expect(h.pdf.includes('/URI')).toBe(false);
    });

    it('still number every page', () => {
      expectEveryPageNumbered(h, hostile.meta.reportId);
    });
  });

  describe('500-vendor portfolio', () => {
    it('has every section, in order', () => {
      const sections = ['Portfolio risk report', 'Executive summary', 'Vendors by tier', 'Exposure and inherent risk', 'Stale data', 'Changes since the previous report', 'Vendors ranked by risk', 'Methodology', 'Data provenance'];
      const at = sections.map((s) => p.text.search(new RegExp(`^${s}$`, 'mi')));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('ranks every vendor in order with score and tier, the header row repeated on every page of the table', () => {
      const ranking = p.text.slice(p.text.search(/^Vendors ranked by risk$/m), p.text.search(/^Methodology$/m));
      let from = 0;
      for (const row of portfolio.vendors) {
        const line = new RegExp(`^\\s*${row.rank}\\s+${row.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${row.score.toFixed(1)}\\s+${row.tier}\\s`, 'm');
        const found = line.exec(ranking.slice(from));
        expect(found, `rank ${row.rank} ${row.name}`).not.toBeNull();
        from += found!.index + found![0].length;
      }
      const tablePages = p.pageTexts.filter((page) => /^\s*\d+\s+\S.*\s\d+\.\d\s+(Low|Moderate|High|Critical|Prohibited)\s/m.test(page));
      expect(tablePages.length).toBeGreaterThan(10);
      for (const page of tablePages) expect(page).toMatch(/RANK\s+VENDOR · LARGEST FACTOR\s+SCORE\s+TIER/);
      // Each vendor's assessment coverage, and what its open questions could add.
      for (const page of tablePages) expect(page).toContain('ASSESSED');
      const first = portfolio.vendors[0]!;
      expect(ranking).toMatch(new RegExp(`\\b${Math.round((100 * first.coverage.answered) / first.coverage.applicable)} ?%`));
      expect(ranking).toContain(`up to +${first.unassessed.toFixed(1)}`);
    });

    it('prints Chinese, Japanese and Korean vendor names exactly', () => {
      for (const name of ['阿里云计算有限公司', '腾讯云计算（北京）有限责任公司', 'さくらインターネット株式会社', '네이버클라우드 주식회사']) expect(p.text).toContain(name);
    });

    it('counts vendors by tier and fills the heat map', () => {
      for (const [tier, n] of Object.entries(portfolio.counts)) expect(p.text).toMatch(new RegExp(`${tier}\\s+${n}\\s+\\d+%`));
      expect(p.text).toMatch(/Total\s+500\s+100%/);
      expect(p.text).toContain('Exposure (data shared and criticality), low to high');
    });

    it('names the report id and the page on every page', () => {
      expectEveryPageNumbered(p, portfolio.meta.reportId);
    });
  });

  it('keeps a PNG of every page', () => {
    for (const printed of [v, h, p]) {
      const name = path.basename(printed.file, '.pdf');
      const pngs = fs.readdirSync(PAGES_DIR).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
      expect(pngs).toHaveLength(printed.pages);
    }
  });

  it('prints reports asked for at the same time, each on its own page', async () => {
    const [a, b] = await Promise.all([printer.print(renderReportHtml(vendor)), printer.print(renderReportHtml(hostile))]);
    const title = (pdf: Buffer) => {
      const file = path.join(PAGES_DIR, 'concurrent.pdf');
      fs.writeFileSync(file, pdf);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      fs.rmSync(file);
      return /^Title:\s+(\S+)/m.exec(info)?.[1];
    };
    expect([title(a), title(b)]).toEqual([vendor.meta.reportId, hostile.meta.reportId]);
  });

  it('fetches nothing, even when the HTML asks for it', async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const pdf = await printer.print(
        `<!doctype html><html><head><style>@font-face{font-family:X;src:url(${base}/font.woff2)} body{font-family:X;background:url(${base}/bg.png)}</style>` +
          `<link rel="stylesheet" href="${base}/style.css"></head><body><img src="${base}/img.png"><iframe src="${base}/frame"></iframe>offline</body></html>`,
      );
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      server.close();
    }
    expect(requests).toEqual([]);
  });
});
