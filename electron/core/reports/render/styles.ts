// The report's print stylesheet: A4, running header and footer in the page margins, sober typography for
// auditors. Fonts are added by fonts.ts; nothing here is fetched.
import { TIERS, type Tier } from '../../scoring/types';
import { REPORT_FONT_STACK } from '../fonts';

export const TIER_COLOURS: Record<Tier, string> = {
  Low: '#2e7d4f',
  Moderate: '#8a6d0b',
  High: '#c05621',
  Critical: '#b42318',
  Prohibited: '#3b0a45',
};

/** Text for a CSS string: anything but plain letters, digits and spaces becomes a CSS escape. */
export const cssString = (text: string): string =>
  `"${text.replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

/**
 * @page margin boxes (Chromium 131 and later, so both Electron 45 and the system Chromium) repeat the document's
 * title and id ("Report VR-…") at the top of every page, a note ("Generated …") at the bottom, and number the pages.
 */
export function pageCss(title: string, id: string, note: string): string {
  const box = `font-family:${REPORT_FONT_STACK};font-size:7.5pt;color:#6b7280;`;
  return `@page{size:A4;margin:20mm 16mm 18mm 16mm;
@top-left{content:${cssString(`Vetter · ${title}`)};${box}vertical-align:bottom;padding-bottom:5mm}
@top-right{content:${cssString(id)};${box}vertical-align:bottom;padding-bottom:5mm;font-weight:600;color:#374151}
@bottom-left{content:${cssString(note)};${box}vertical-align:top;padding-top:5mm}
@bottom-right{content:"Page " counter(page) " of " counter(pages);${box}vertical-align:top;padding-top:5mm}}`;
}

const tierCss = TIERS.map((t) => `.tier-${t}{background:${TIER_COLOURS[t]}}`).join('\n');

export const BASE_CSS = `
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:${REPORT_FONT_STACK};font-size:9.5pt;line-height:1.45;color:#1f2937;overflow-wrap:anywhere}
h1,h2,h3{font-weight:600;color:#111827;break-after:avoid;margin:0}
h1{font-size:22pt;line-height:1.2;letter-spacing:-0.01em}
h2{font-size:13.5pt;margin:22pt 0 8pt;padding-bottom:3pt;border-bottom:1.5pt solid #1f2937}
h3{font-size:10.5pt;margin:14pt 0 5pt}
p{margin:0 0 6pt}
.page-break{break-before:page}
.muted{color:#6b7280}
.small{font-size:8pt}
/* Hashes and addresses, in the embedded Inter with a slashed zero (a system monospace font may not exist). */
.code{font-size:8pt;word-break:break-all;color:#374151;font-feature-settings:'zero'}
.free{white-space:pre-line}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.date{white-space:nowrap}
.empty{color:#4b5563;padding:6pt 0}
.badge{display:inline-block;padding:1pt 6pt;border-radius:2pt;color:#fff;font-weight:600;font-size:8pt;letter-spacing:0.02em;white-space:nowrap}
/* A tier bar takes its colour from the tier class that follows. */
.bar{height:6pt;border-radius:1pt}
${tierCss}
.tag{display:inline-block;padding:0 4pt;border:0.75pt solid #9ca3af;border-radius:2pt;font-size:7.5pt;color:#374151;white-space:nowrap}
.tag.warn{border-color:#b45309;color:#92400e;background:#fffbeb}
.tag.ok{border-color:#4d7c5f;color:#2e5e41}
.notice{border-left:3pt solid #b45309;background:#fffbeb;padding:6pt 9pt;margin:8pt 0;break-inside:avoid}
.notice.info{border-left-color:#6b7280;background:#f3f4f6}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:4pt 0 8pt}
thead{display:table-header-group}
tr,tbody.group{break-inside:avoid}
th{text-align:left;font-weight:600;font-size:7.5pt;overflow-wrap:normal;text-transform:uppercase;letter-spacing:0.04em;color:#4b5563;border-bottom:1pt solid #6b7280;padding:3pt 5pt;vertical-align:bottom}
td{padding:4pt 5pt;border-bottom:0.5pt solid #e5e7eb;vertical-align:top}
th.num{text-align:right;white-space:normal}
table.dense td{padding:2.5pt 4pt;font-size:8pt;line-height:1.3}
table.dense th{padding:2pt 4pt;font-size:7pt;letter-spacing:0.02em}
table.dense .small{font-size:7.5pt}
table.dense .badge{font-size:7pt;padding:0 4pt}
.overdue{color:#b45309;font-weight:600}
tr.total td{border-top:1pt solid #1f2937;border-bottom:none;font-weight:600}
tbody.group td.explain{border-bottom:0.5pt solid #d1d5db;padding-top:0;color:#374151;font-size:8.5pt}
tbody.group tr:first-child td{border-bottom:none}
table.facts td{border-bottom:0.5pt solid #eef0f3}
table.facts td:first-child{color:#4b5563;width:32%}
.cover{break-after:page;padding-top:18mm}
.cover .kind{font-size:9pt;font-weight:600;letter-spacing:0.14em;text-transform:uppercase;color:#6b7280;margin-bottom:10pt}
.cover .other-names{margin:8pt 0 0;font-size:11pt;color:#374151}
.cover .scoreline{display:flex;align-items:center;gap:14pt;margin:22pt 0 18pt;padding:12pt 0;border-top:0.75pt solid #d1d5db;border-bottom:0.75pt solid #d1d5db}
.cover .score{font-size:30pt;font-weight:600;line-height:1}
.cover .score small{font-size:11pt;color:#6b7280;font-weight:400}
.cover .scoreline .badge{font-size:12pt;padding:3pt 10pt}
.cover .footnote{margin-top:18pt;font-size:8pt;color:#4b5563}
.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:6pt;margin:8pt 0 10pt}
.figure{border:0.75pt solid #d1d5db;border-radius:2pt;padding:5pt 7pt}
.figure .label{font-size:7.5pt;color:#6b7280;text-transform:uppercase;letter-spacing:0.04em}
.figure .value{font-size:13pt;font-weight:600}
.figure .note{font-size:7.5pt;color:#6b7280}
.allegation{break-inside:avoid;margin:0 0 10pt}
.allegation h3{margin-top:10pt}
figure{margin:6pt 0 10pt;break-inside:avoid}
figcaption{font-size:8pt;color:#4b5563;margin-top:3pt}
svg text{font-family:${REPORT_FONT_STACK}}
.signatures{display:grid;grid-template-columns:1fr 1fr;gap:24pt;margin-top:28pt;break-inside:avoid}
.signature .line{border-bottom:0.75pt solid #1f2937;height:34pt}
.signature .caption{font-size:8pt;color:#4b5563;margin-top:3pt}
`;
