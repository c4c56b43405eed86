// Fonts a report carries inside itself, so it prints the same on a machine with no web access and no CJK or emoji
// system font: Inter for Latin text, Noto Emoji (monochrome) for emoji, Noto Sans SC/JP/KR for Chinese, Japanese
// and Korean names, in that fallback order (report-fonts.json). The fontsource packages split each font into
// unicode-range subsets; a report embeds (as data: URLs) only the subsets its own text needs, which keeps a report
// with one Chinese name around a few hundred kB instead of megabytes.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VetterError } from '../errors';
import REPORT_FONTS from './report-fonts.json';

interface Face {
  family: string;
  weight: number;
  file: string;
  /** As written in the fontsource CSS, kept in the embedded rule so the browser picks faces per character too. */
  unicodeRange: string;
  ranges: [number, number][];
}

/** The CSS font-family list: the families in report-fonts.json in fallback order. */
export const REPORT_FONT_STACK = [...REPORT_FONTS.map((f) => `'${f.family}'`), 'sans-serif'].join(', ');

// scripts/build.mjs copies the CSS and woff2 files to dist/report-fonts (the packaged app has no devDependencies);
// the bundles run from dist/electron. In development, the CLI and tests they come from node_modules.
const BUNDLED_DIR = path.join(__dirname, '..', 'report-fonts');
const requireFont = createRequire(__filename);

function cssFile(pkg: string, weight: number): string {
  const bundled = path.join(BUNDLED_DIR, pkg, `${weight}.css`);
  if (fs.existsSync(bundled)) return bundled;
  try {
    return requireFont.resolve(`${pkg}/${weight}.css`);
  } catch {
    throw new VetterError('internal', `The report fonts are missing (${pkg} ${weight}): rebuild Vetter with "npm run build".`);
  }
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo!, 16), parseInt(hi!, 16)];
  });
}

const facesByCss = new Map<string, Face[]>();

/** The @font-face rules of one fontsource weight file, with their woff2 files as absolute paths. */
function faces(pkg: string, family: string, weight: number): Face[] {
  const file = cssFile(pkg, weight);
  let parsed = facesByCss.get(file);
  if (!parsed) {
    const css = fs.readFileSync(file, 'utf8');
    parsed = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
      const woff2 = /url\(([^)]+\.woff2)\)/.exec(body!)?.[1];
      const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body!)?.[1]?.trim();
      if (!woff2 || !unicodeRange) return [];
      return [{ family, weight, file: path.resolve(path.dirname(file), woff2), unicodeRange, ranges: parseRanges(unicodeRange) }];
    });
    facesByCss.set(file, parsed);
  }
  return parsed;
}

const covers = (face: Face, codePoint: number) => face.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);

/**
 * The faces a text needs: for each character, every weight's subset of the first family that has it (the
 * browser's own fallback order), so a Latin letter never pulls in a CJK font's Latin subset.
 */
function facesFor(text: string): Face[] {
  const chosen = new Set<Face>();
  for (const char of new Set(text)) {
    const codePoint = char.codePointAt(0)!;
    for (const font of REPORT_FONTS) {
      const covering = font.weights.flatMap((w) => faces(font.package, font.family, w)).filter((f) => covers(f, codePoint));
      if (covering.length === 0) continue;
      for (const face of covering) chosen.add(face);
      break;
    }
  }
  return [...chosen];
}

const base64ByFile = new Map<string, string>();

function fontFaceRule(face: Face): string {
  let data = base64ByFile.get(face.file);
  if (data === undefined) {
    data = fs.readFileSync(face.file).toString('base64');
    base64ByFile.set(face.file, data);
  }
  return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.unicodeRange}}`;
}

/** @font-face rules, fonts inline, for exactly the subsets `text` uses. */
export function reportFontCss(text: string): string {
  return facesFor(text).map(fontFaceRule).join('\n');
}
