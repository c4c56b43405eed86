// The explanation every hit carries: what was compared with what, how the words lined up, the score parts and the
// band, as data and as one paragraph an auditor can read without knowing the code.
import type { EntryType } from '../lists/entry';
import type { LegalForm } from './legal-forms';
import type { AlignedPair, ScoreParts } from './scorer';
import { type Likeness, LIKENESS_WORDS } from './likeness';
import type { HitBand, HitVia } from './model';
import type { BandThresholds } from './thresholds';

/** The routes a vendor's names take (model.ts HIT_VIAS without "identifier", which identifier-hits.ts explains, and
 *  "owner", which ownership/owner-hits.ts does). */
export type VendorNameVia = Exclude<HitVia, 'identifier' | 'owner' | 'supplier'>;

/** How the vendor's name was read when it was matched as something else than it is written (matcher 2026.12-18):
 *  as its brand without its trade words, with the words in Arabic script the lists translate in English, a name
 *  written in Belarus as the lists romanise it from Russian, (2026.12-19) a Russian name spelt in another language's
 *  romanisation as the lists spell it, (2026.12-30) a listed Chinese name written in pinyin as its English, or
 *  (2026.12-31) a Persian name in Latin letters with the words the lists translate in English. */
export type NameReading = 'brand' | 'arabic-translation' | 'persian-translation' | 'belarusian' | 'russian' | 'pinyin';

/** For a "list-link" name: the entry the vendor matched, whose list names the linked name, and that hit's score. */
export interface ListLink {
  entryName: string;
  score: number;
}

export interface AlignmentRow {
  /** Normalised vendor word(s); null when a list word found no counterpart. */
  vendorToken: string | null;
  listToken: string | null;
  /** 1 exact, below 1 a spelling variant, 0 unmatched. */
  similarity: number;
  /** Matched weight for aligned words; for unmatched words, what their absence costs. */
  weight: number;
  /** How the aligned words are alike; absent for unmatched words. */
  likeness?: Likeness;
}

export interface Explanation {
  vendorName: string;
  via: VendorNameVia;
  link?: ListLink;
  /** The reading the hit was found with, and the name as it was read. */
  reading?: { kind: NameReading; as: string };
  listName: string;
  listNameKind: 'primary' | 'alias' | 'weak-alias';
  listKey: string;
  entryKey: string;
  entryType: EntryType;
  vendorTokens: string[];
  listTokens: string[];
  vendorLegalForms: LegalForm[];
  listLegalForms: LegalForm[];
  alignment: AlignmentRow[];
  parts: ScoreParts;
  band: HitBand;
  thresholds: BandThresholds;
  text: string;
}

export interface ExplanationInput extends Omit<Explanation, 'alignment' | 'text'> {
  /** The type the rules and bands were chosen for: the entry's, or "individual" for an untyped entry whose name
   *  reads as a person's. */
  scoredAs: EntryType;
  pairs: readonly AlignedPair[];
  vendorUnmatchedWeights: ArrayLike<number>;
  listUnmatchedWeights: ArrayLike<number>;
  /** The country the entry's list implies, when the entry gives none (IndexedName.impliedCountry). */
  impliedCountry?: string;
}

const VIA_TEXT: Record<VendorNameVia, string> = {
  name: "vendor's legal name",
  alias: "vendor's other name",
  parent: "vendor's parent company name",
  'list-link': 'linked name',
};

/** Why the name was read as it was; the brand's own rules (trade-words, brand-in-name) say it themselves. */
const READING_TEXT: Record<NameReading, string> = {
  brand: 'was read as its brand without its trade words',
  'arabic-translation': 'is in Arabic script and was also read with the words the lists print in English translated',
  'persian-translation': 'is Persian in Latin letters and was also read with the words the lists print in English translated',
  belarusian: 'was written in Belarus (its legal form or the letter ŭ says so) and was also read as the lists romanise the name from Russian',
  russian: 'is Russian (its legal form or a letter says so) spelt as German, Polish, French or scholarly texts romanise Russian, and was also read as the lists romanise it',
  pinyin: 'writes a listed Chinese name in pinyin, and was also read with the English the lists print for that name',
};

const KIND_TEXT: Record<Explanation['listNameKind'], string> = { primary: 'the name', alias: 'an alias', 'weak-alias': 'a weak alias' };

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const num = (x: number): string => x.toFixed(2);
const formsText = (f: readonly LegalForm[]): string => (f.length > 0 ? f.join(', ') : 'none');

/** items.map(text).join(separator) as a loop: an array made by map has another layout once map is compiled, and the
 *  code reading it would be compiled again (matcher.ts says more). */
function joined<T>(items: readonly T[], text: (item: T) => string, separator: string): string {
  let out = '';
  for (let k = 0; k < items.length; k++) out += (k > 0 ? separator : '') + text(items[k] as T);
  return out;
}

function alignmentRows(input: ExplanationInput): AlignmentRow[] {
  const rows: AlignmentRow[] = [];
  const vendorUsed = new Set<number>();
  const listUsed = new Set<number>();
  for (const p of input.pairs) {
    p.vendor.forEach((i) => vendorUsed.add(i));
    p.list.forEach((j) => listUsed.add(j));
    rows.push({
      vendorToken: joined(p.vendor, (i) => input.vendorTokens[i] ?? '', ' '),
      listToken: joined(p.list, (j) => input.listTokens[j] ?? '', ' '),
      similarity: p.similarity,
      weight: p.weight,
      likeness: p.likeness,
    });
  }
  input.vendorTokens.forEach((t, i) => {
    if (!vendorUsed.has(i)) rows.push({ vendorToken: t, listToken: null, similarity: 0, weight: input.vendorUnmatchedWeights[i] ?? 0 });
  });
  input.listTokens.forEach((t, j) => {
    if (!listUsed.has(j)) rows.push({ vendorToken: null, listToken: t, similarity: 0, weight: input.listUnmatchedWeights[j] ?? 0 });
  });
  return rows;
}

/** What was compared with what; a linked name first says which listed entry links to it. */
function comparedText(input: ExplanationInput): string {
  const link = input.link ? `The vendor matched "${input.link.entryName}", and the list links "${input.link.entryName}" to "${input.vendorName}". ` : '';
  const kind = KIND_TEXT[input.listNameKind];
  return `${link}The ${VIA_TEXT[input.via]} "${input.vendorName}" was compared with "${input.listName}", ${kind} under which the entry is listed.`;
}

/** How the name was read, unless the rule that holds a brand in review says it. */
function readingText(input: ExplanationInput): string {
  const reading = input.reading;
  if (!reading || (reading.kind === 'brand' && (input.parts.rule === 'trade-words' || input.parts.rule === 'brand-in-name'))) return '';
  return `"${input.vendorName}" ${READING_TEXT[reading.kind]}: "${reading.as}".`;
}

/** A hit through a list's link is no surer than the hit that brought the link. */
function linkText(input: ExplanationInput): string {
  if (!input.link) return '';
  return `A hit through a link the list makes scores no higher than the hit on "${input.link.entryName}" that brought it (${num(input.link.score)}).`;
}

function countryText(parts: ScoreParts, impliedCountry: string | undefined): string {
  if (parts.countryEvidence === 'supports' && impliedCountry !== undefined) {
    return `The list entry gives no country; its list names companies of ${impliedCountry}, a country of the vendor (+${num(parts.countryAdjustment)}).`;
  }
  if (parts.countryEvidence === 'supports') return `A country of the vendor is also a country of the list entry (+${num(parts.countryAdjustment)}).`;
  if (parts.countryEvidence === 'opposes') return `The vendor's countries and the list entry's countries differ (${num(parts.countryAdjustment)}).`;
  return 'Country was not compared (no usable country on one side), so it neither adds nor subtracts.';
}

/** Why a hit that rests on one short word spelt differently is reported at all (rule "one-short-word"). */
function shortWordText(input: ExplanationInput): string {
  const shared = input.vendorLegalForms.filter((f) => input.listLegalForms.includes(f));
  const support =
    input.parts.countryEvidence === 'supports' ? 'the vendor and the entry share a country' : `both names carry the legal form ${shared.join(', ')}`;
  return `The names share only one short word, spelt differently, which on its own is as likely another name as a typo; the hit is reported because ${support}, and held in the review band.`;
}

function ruleText(input: ExplanationInput): string {
  const parts = input.parts;
  const lines: string[] = [];
  if (parts.rule === 'generic-only') {
    lines.push('The names are a single generic word, which identifies nobody on its own, so the hit is held in the review band.');
  }
  if (parts.rule === 'one-short-word') lines.push(shortWordText(input));
  if (parts.rule === 'word-ending') {
    lines.push('All the names share is one word that one of them writes with one more letter at its end, which is as likely a word formed from the other (another name) as a typo, and no country supports it, so the hit is held in the review band.');
  }
  if (parts.rule === 'one-word') {
    lines.push('All the names share is one acronym or ordinary word, which many organisations carry, and no country or legal form supports it, so the hit is held in the review band.');
  }
  if (parts.rule === 'not-a-company') {
    lines.push("The listed name is a person's, a vessel's or an aircraft's and no country of the vendor is the entry's, so the hit is held in the review band.");
  }
  if (parts.rule === 'weak-alias') {
    lines.push('The list marks this alias as weak (a low-quality name it gives only in its remarks), so it counts only when every word is the same, and the hit is held in the review band.');
  }
  if (parts.rule === 'trade-words') {
    lines.push(`"${input.vendorName}" was read as its brand without its trade words, which the list carries exactly; the hit is held in the review band, since another company may trade under the same brand.`);
  }
  if (parts.rule === 'pinyin') {
    lines.push('Pinyin leaves out which characters are meant, and other Chinese names sound the same (中芯国际 and 中信国际 are both "Zhongxin Guoji"), so the hit is held in the review band.');
  }
  if (parts.rule === 'brand-in-name') {
    lines.push(`"${input.vendorName}" was read as its brand without its trade words, a coined word with which the longer listed name begins, as a related company's name may; the hit is held in the review band.`);
  }
  if (parts.rule === 'contains') {
    const more = parts.distinctiveMatch ? 'and one word more' : 'with trade words or places added';
    lines.push(`"${input.vendorName}" holds the whole listed name ${more}, as a subsidiary's or a former name may; the hit is held in the review band.`);
  }
  if (input.scoredAs !== input.entryType) {
    lines.push(
      "The list entry has no type, but its name reads as a person's (its words are on the lists mostly as people's names), so every word of its name had to match and the stricter bands for people, vessels and aircraft apply.",
    );
  } else if (input.entryType !== 'entity' && input.entryType !== 'unknown') {
    lines.push(`The list entry is of type "${input.entryType}", so every word of its name had to match and the stricter bands for people, vessels and aircraft apply.`);
  }
  return lines.join(' ');
}

export function explain(input: ExplanationInput): Explanation {
  const alignment = alignmentRows(input);
  const matchedRows = alignment.filter((r) => r.vendorToken !== null && r.listToken !== null);
  const unmatchedRows = alignment.filter((r) => r.vendorToken === null || r.listToken === null);
  const matchedText = joined(
    matchedRows,
    (r) => `${r.vendorToken} = ${r.listToken} (${r.similarity === 1 ? 'exact' : `${LIKENESS_WORDS[r.likeness ?? 'spelling']}, similarity ${num(r.similarity)}`}, weight ${num(r.weight)})`,
    '; ',
  );
  const unmatchedText =
    unmatchedRows.length === 0
      ? 'no word was left unmatched'
      : `left unmatched: ${joined(unmatchedRows, (r) => `${r.vendorToken ?? r.listToken} (${r.vendorToken ? 'vendor' : 'list'}, costs ${num(r.weight)})`, '; ')}`;
  const p = input.parts;
  const th = input.thresholds;
  const bandText =
    input.band === 'match'
      ? `at or above the match threshold ${num(th.match)}: match`
      : `at or above the review threshold ${num(th.review)} and below the match threshold ${num(th.match)}: review`;
  const text = [
    comparedText(input),
    readingText(input),
    `After normalisation (legal forms set aside: vendor ${formsText(input.vendorLegalForms)}, list ${formsText(input.listLegalForms)}) they read "${input.vendorTokens.join(' ')}" and "${input.listTokens.join(' ')}".`,
    `Matched words: ${matchedText || 'none'}; ${unmatchedText}.`,
    `Weighted token score ${num(p.tokenScore)}: ${pct(p.listCoverage)} of the list name's weight and ${pct(p.vendorCoverage)} of the vendor name's weight are matched.`,
    countryText(p, input.impliedCountry),
    ruleText(input),
    linkText(input),
    `Score ${num(p.score)} is ${bandText}.`,
  ]
    .filter((s) => s.length > 0)
    .join(' ');
  return {
    vendorName: input.vendorName,
    via: input.via,
    ...(input.link && { link: input.link }),
    ...(input.reading && { reading: input.reading }),
    listName: input.listName,
    listNameKind: input.listNameKind,
    listKey: input.listKey,
    entryKey: input.entryKey,
    entryType: input.entryType,
    vendorTokens: input.vendorTokens,
    listTokens: input.listTokens,
    vendorLegalForms: input.vendorLegalForms,
    listLegalForms: input.listLegalForms,
    alignment,
    parts: input.parts,
    band: input.band,
    thresholds: input.thresholds,
    text,
  };
}
