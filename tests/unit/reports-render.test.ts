// The report HTML: every section, every recorded string escaped, nothing that could run or fetch, and only the
// font subsets the text needs.
import { describe, expect, it } from 'vitest';
import { renderReportHtml, REPORT_CSP } from '../../electron/core/reports/render';
import { revealInvisible } from '../../electron/core/reports/render/format';
import { scoreSteps } from '../../electron/core/reports/render/score-chart';
import { cssString } from '../../electron/core/reports/render/styles';
import { HOSTILE, hostileModel, huaweiModel, portfolioModel } from '../fixtures/report-models';

const VENDOR_SECTIONS = ['Executive summary', 'Designations', 'Allegations', 'Criteria', 'Data shared', 'Score breakdown', 'Methodology', 'Data provenance', 'Sign-off'];
const PORTFOLIO_SECTIONS = [
  'Executive summary',
  'Vendors by tier',
  'Exposure and inherent risk',
  'Stale data',
  'Changes since the previous report',
  'Vendors ranked by risk',
  'Methodology',
  'Data provenance',
];

const headings = (html: string) => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
const body = (html: string) => html.slice(html.indexOf('<body>'));

interface EmbeddedFace {
  family: string;
  weight: number;
  ranges: [number, number][];
}

function embeddedFaces(html: string): EmbeddedFace[] {
  return [...html.matchAll(/@font-face\{font-family:'([^']+)';[^}]*font-weight:(\d+);[^}]*unicode-range:([^}]+)\}/g)].map(([, family, weight, range]) => ({
    family: family!,
    weight: Number(weight),
    ranges: range!.split(',').map((r) => {
      const [lo, hi = lo] = r.trim().replace('U+', '').split('-');
      return [parseInt(lo!, 16), parseInt(hi!, 16)] as [number, number];
    }),
  }));
}

const covers = (face: EmbeddedFace, char: string) => face.ranges.some(([lo, hi]) => char.codePointAt(0)! >= lo && char.codePointAt(0)! <= hi);

describe('vendor report HTML', () => {
  const model = huaweiModel();
  const html = renderReportHtml(model);

  it('is one complete document whose CSP forbids scripts and every fetch', () => {
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charSet="utf-8"/>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#x27;')}"/>`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:");
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('names the report id in its title, which becomes the PDF title that "Verify a report" reads', () => {
    expect(html).toContain(`<title>${model.meta.reportId} · Vendor audit report · Huawei Technologies Co., Ltd.</title>`);
  });

  it('has every section, in order, after the cover', () => {
    expect(headings(html)).toEqual(VENDOR_SECTIONS);
    expect(html).toContain('<h1>Huawei Technologies Co., Ltd.</h1>');
    for (const text of ['华为技术有限公司', '臺灣華為', 'Vendor audit report', model.meta.reportId, '2026-11-18 09:30 UTC by Priya Raman', 'Not approved (assessment in review)']) {
      expect(body(html)).toContain(text);
    }
  });

  it('prints the report id and "Page N of M" in the page margins of every page', () => {
    expect(html).toMatch(/@page\{size:A4;/);
    expect(html).toContain(`@top-right{content:${cssString(`Report ${model.meta.reportId}`)}`);
    expect(html).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages)');
  });

  it('shows every factor contribution and a total row equal to the score', () => {
    for (const f of model.score.factors) expect(body(html)).toContain(`<td class="num">${f.contribution > 0 ? '+' : ''}${f.contribution.toFixed(1)}</td>`);
    expect(body(html)).toMatch(/<tr class="total"><td colSpan="2">Score \(sum of all factors\)<\/td><td class="num">87\.9<\/td><\/tr>/);
  });

  it('draws the score chart in SVG with steps that add up to the score', () => {
    const steps = scoreSteps(model.score);
    expect(steps.map((s) => s.label)).toEqual(['Designations', 'Allegations', 'Jurisdiction', 'Control gaps', 'Exposure scaling']);
    expect(Math.round(steps.reduce((sum, s) => sum + s.value, 0) * 10) / 10).toBe(model.score.score);
    expect(body(html)).toMatch(/<svg viewBox="0 0 660 \d+" width="100%" role="img" aria-label="Score 87\.9: Designations \+57\.0, Allegations \+5\.5, Jurisdiction \+25\.0, Control gaps \+13\.0, Exposure scaling -12\.6">/);
  });

  it('shows evidence files with their SHA-256 and the provenance of every list, saying the bundled snapshot is old and which list is partial', () => {
    for (const c of model.criteria) for (const e of c.evidence) expect(body(html)).toContain(`${e.fileName}<div class="code">SHA-256 ${e.sha256}</div>`);
    for (const p of model.provenance) expect(body(html)).toContain(p.sha256);
    expect(body(html)).toContain('Stale data: 3 lists of 3 are older than the staleness threshold:');
    expect(body(html)).toMatch(/designations and removals since their dates are not in them/);
    expect(body(html)).toMatch(/snapshot bundled with Vetter, which is old public data/);
    expect(body(html)).toContain('Partial data: 1 list of 3 is not the whole list');
    expect(body(html)).toContain('<span class="tag warn">Partial</span></div><div class="small">&quot;csl.csv&quot; ends in the middle of line 4229');
  });

  it('keeps addresses as text: no link, no src, no url() other than inline fonts', () => {
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(html).not.toMatch(/\s(src|href|srcset|action|formaction|poster|background|xlink:href)=/i);
    expect([...html.matchAll(/url\(([^)]{0,30})/g)].every((m) => m[1]!.startsWith('data:font/woff2;base64,'))).toBe(true);
    expect(html).not.toMatch(/@import/i);
    expect(body(html)).toContain('https://news.example.com/2025/03/lawful-access-telecom-vendors');
  });

  it('embeds Inter and only the Noto Sans SC subsets its Chinese text needs, nothing for Japanese, Korean or emoji', () => {
    const faces = embeddedFaces(html);
    const text = body(html);
    expect(faces.filter((f) => f.family === 'Inter').map((f) => f.weight)).toEqual([400, 600]);
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(['Inter', 'Noto Sans SC']));
    // Needed: every Chinese character has a face. Only needed: every face covers a character of the text.
    for (const char of '华为技术有限公司臺灣') expect(faces.some((f) => f.family === 'Noto Sans SC' && covers(f, char))).toBe(true);
    for (const face of faces) expect([...text].some((c) => covers(face, c))).toBe(true);
    expect(html.length).toBeLessThan(600_000);
  });

  it('says how each hit was reached and which matcher found it', () => {
    const linked = huaweiModel();
    linked.designations[1]!.via = 'list-link';
    const text = body(renderReportHtml(linked));
    expect(text).toContain('by name · match band');
    expect(text).toContain('via a link the list makes · review band');
    // The second hit was found before hits recorded the matcher.
    expect(text.match(/Matcher [^<]*/g)).toEqual(['Matcher 2026.12-1']);
  });

  it('prints the vendor\'s suppliers in a small table, and the hits that reach it through them; says so when none are recorded', () => {
    const withSuppliers = huaweiModel();
    withSuppliers.suppliers = [
      { name: 'Amazon Web Services', service: 'IaaS/PaaS', dataShared: ['Customer personal data'], country: 'US', source: 'entered by hand' },
      { name: 'Raybeam Optronics Co. Ltd.', service: 'Hardware', dataShared: [], country: 'CN', source: 'suppliers.csv line 3' },
    ];
    withSuppliers.designations.push({
      ...withSuppliers.designations[0]!,
      entryId: 'sdn-raybeam',
      via: 'supplier',
      band: 'review',
      decision: 'open',
      supplier: { name: 'Raybeam Optronics Co. Ltd.', service: 'Hardware', country: 'CN' },
      explanation: 'Supplier Raybeam Optronics Co. Ltd. (hardware) is on the OFAC SDN list as "RAYBEAM OPTRONICS CO. LTD." (score 1.00).',
    });
    const text = body(renderReportHtml(withSuppliers));
    expect(text).toMatch(/<h2[^>]*>Suppliers<\/h2>/);
    expect(text).toContain('Amazon Web Services');
    expect(text).toContain('United States');
    expect(text).toContain('Supplier Raybeam Optronics Co. Ltd. (hardware) is on the OFAC SDN list');
    expect(text).toContain('via a supplier');
    const none = huaweiModel();
    none.suppliers = [];
    expect(body(renderReportHtml(none))).toContain('No suppliers recorded');
  });

  it('lists the vendor\'s identifiers on the cover, or says none are recorded', () => {
    expect(body(renderReportHtml(model))).toMatch(/Identifiers<\/[^>]+>\s*<[^>]+>None recorded/);
    const withIds = huaweiModel();
    withIds.vendor.identifiers = [
      { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
      { scheme: 'REG', value: 'HRB 12345' },
    ];
    expect(body(renderReportHtml(withIds))).toContain('LEI 5493001KJTIIGC8Y1R12 · REG HRB 12345');
  });

  it('says so in words when a section is empty', () => {
    const empty = { ...model, designations: [], allegations: [], criteria: [], provenance: [] };
    const text = body(renderReportHtml(empty));
    expect(headings(renderReportHtml(empty))).toEqual(VENDOR_SECTIONS);
    expect(text).toContain('No designation hits');
    expect(text).toContain('No allegations are recorded against the vendor or its parent.');
    expect(text).toContain('No criteria were assessed.');
    expect(text).toContain('No designation lists were used');
  });

  it('names the approver and signs off when the assessment is approved', () => {
    const approved = huaweiModel();
    approved.signOff = { ...approved.signOff, approver: 'Dana Okafor', approvedAt: '2026-11-17T15:00:00.000Z' };
    const text = body(renderReportHtml(approved));
    expect(text).toContain('Dana Okafor, 2026-11-17 15:00 UTC');
    expect(text).toContain('Approved by Dana Okafor: signature and date');
  });
});

describe('hostile strings', () => {
  const html = renderReportHtml(hostileModel());
  const text = body(html);

  it('print as text: markup is escaped, never parsed', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<b>|<img/i);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Evil Cloud Ltd');
    expect(text).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(text).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(text).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect(text).toContain('javascript:alert(document.domain)');
  });

  it('shows direction overrides as [U+202E] instead of letting them reverse the text', () => {
    expect(html).not.toContain('\u202E');
    expect(text).toContain('Invoice[U+202E]fdp.exe');
    expect(revealInvisible('a\u202Bb\u2066c\u0007d\ne')).toBe('a[U+202B]b[U+2066]c[U+0007]d\ne');
  });

  it('keeps the long name and the emoji whole, with the emoji font they need', () => {
    expect(text).toContain(HOSTILE.long);
    expect(text).toContain(HOSTILE.emoji);
    expect(embeddedFaces(html).some((f) => f.family === 'Noto Emoji' && covers(f, '🚀'))).toBe(true);
  });

  it('cannot break out of the CSS of the page margins', () => {
    expect(cssString('VR-1"}</style><script>')).toBe('"VR\\2d 1\\22 \\7d \\3c \\2f style\\3e \\3c script\\3e "');
  });
});

describe('portfolio report HTML', () => {
  const model = portfolioModel(150);
  const html = renderReportHtml(model);
  const text = body(html);

  it('has every section, in order, after the cover', () => {
    expect(headings(html)).toEqual(PORTFOLIO_SECTIONS);
    expect(html).toContain(`<title>${model.meta.reportId} · Portfolio risk report · 150 vendors</title>`);
  });

  it('ranks every vendor with score, tier and open hits, under a header row that repeats on every page', () => {
    expect(text).toContain('<thead><tr><th class="num">Rank</th><th>Vendor · largest factor</th><th class="num">Score</th><th>Tier</th>');
    expect(html).toContain('thead{display:table-header-group}');
    for (const v of model.vendors) {
      expect(text).toContain(`<tr><td class="num">${v.rank}</td><td>${v.name.replace(/&/g, '&amp;')}<div`);
    }
  });

  it('draws the 5 × 5 heat map with every cell count', () => {
    const svg = /<svg[^>]*aria-label="Vendors by inherent risk and exposure">([\s\S]*?)<\/svg>/.exec(text)?.[1] ?? '';
    const printed = [...svg.matchAll(/<\/rect><text[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(printed).toHaveLength(25);
    expect(printed.reduce((a, b) => a + b, 0)).toBe(model.heatmap.cells.flat().reduce((a, b) => a + b, 0));
  });

  it('embeds the Korean font only because a Korean name is in the ranking', () => {
    const families = new Set(embeddedFaces(html).map((f) => f.family));
    expect(families).toEqual(new Set(['Inter', 'Noto Sans SC', 'Noto Sans KR']));
  });

  it('says so in words when there is nothing to list', () => {
    const empty = renderReportHtml({
      ...model,
      vendors: [],
      total: 0,
      heatmap: { bands: 5, cells: model.heatmap.cells.map((r) => r.map(() => 0)) },
      changes: { previous: null, added: [], removed: [], tierChanged: [], scoreChanged: [] },
      staleLists: [],
      provenance: [],
    });
    expect(body(empty)).toContain('No vendors in the inventory.');
    expect(body(empty)).toContain('This is the first portfolio report: there is no earlier report to compare with.');
    expect(body(empty)).toContain('No stale lists');
  });
});
