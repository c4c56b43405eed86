// Plain-text helpers shared by the accuracy-set builder and the baselines. Deliberately independent of Vetter's
// normaliser (electron/core/screening/normalise.ts): the benchmark must not decide what counts as "the same name"
// with the code it is measuring.

/** Legal forms as written in list and vendor names, longest first so "Co., Ltd." wins over "Ltd.". */
export const LEGAL_SUFFIXES: readonly string[] = [
  'Obshchestvo S Ogranichennoi Otvetstvennostyu', 'Aktsionernoe Obshchestvo', 'Public Joint Stock Company', 'Open Joint Stock Company', 'Closed Joint Stock Company', 'Limited Liability Company',
  'Joint Stock Company', 'Corporation Limited', 'Company Limited', 'Private Limited', 'Co., Ltd.', 'Co., Ltd', 'Co. Ltd.',
  'Co. Ltd', 'Co Ltd', 'Pvt. Ltd.', 'Pvt Ltd', 'Pte. Ltd.', 'Pte Ltd', 'Pty Ltd', 'Sdn. Bhd.', 'Sdn Bhd', 'Incorporated',
  'Corporation', 'Company', 'Limited', 'L.L.C.', 'S.A.R.L.', 'S.R.L.', 'GmbH & Co. KG', 'GmbH', 'S.p.A.', 'S.A. de C.V.',
  'SA de CV', 'S. de R.L. de C.V.', 'S. de R.L.', 'S.A.S.', 'S.A.C.', 'S.A.L.', 'S.A.', 'B.V.', 'N.V.', 'Ltda.', 'Ltda',
  'Ltd.', 'Ltd', 'LLC', 'LLP', 'PLC', 'P.J.S.C.', 'Inc.', 'Inc', 'Corp.', 'Corp', 'Co.', 'JSC', 'OJSC', 'CJSC', 'PJSC', 'OAO',
  'ZAO', 'PAO', 'OOO', 'FZE', 'FZCO', 'FZC', 'W.L.L.', 'WLL', 'SARL', 'SRL', 'SAS', 'SpA', 'KGaA', 'KG', 'Oyj', 'ASA', 'AB',
  'AG', 'SE', 'SA', 'AO', 'Tbk', 'Berhad', 'Bhd', 'S.L.', 's.r.o.', 'd.o.o.', 'Sp. z o.o.', 'EOOD', 'OOD', 'A.S.', 'A/S',
];

/** Legal forms written before the name ("OOO Vektor", "Joint Stock Company Sberbank"). */
export const LEGAL_PREFIXES: readonly string[] = [
  'Obshchestvo S Ogranichennoi Otvetstvennostyu', 'Obshchestvo S Ogranichennoy Otvetstvennostyu', 'Otkrytoe Aktsionernoe Obshchestvo',
  'Zakrytoe Aktsionernoe Obshchestvo', 'Publichnoe Aktsionernoe Obshchestvo', 'Aktsionernoe Obshchestvo', 'Public Joint Stock Company', 'Open Joint Stock Company', 'Closed Joint Stock Company', 'Limited Liability Company',
  'Joint Stock Company', 'OOO', 'OAO', 'ZAO', 'PAO', 'AO', 'JSC', 'OJSC', 'CJSC', 'PJSC', 'LLC', 'TOO',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (forms: readonly string[]): string => [...forms].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A legal form at the end, with the comma or spaces before it. */
export const LEGAL_SUFFIX_RE = new RegExp(`(?:\\s*,\\s*|\\s+)(${alternatives(LEGAL_SUFFIXES)})\\s*$`, 'i');
export const LEGAL_PREFIX_RE = new RegExp(`^(${alternatives(LEGAL_PREFIXES)})[\\s,]+(?=\\S)`, 'i');

/** Words that only make up legal forms, lower case without dots. */
const LEGAL_WORDS: ReadonlySet<string> = new Set(
  [...LEGAL_SUFFIXES, ...LEGAL_PREFIXES].flatMap((f) => f.toLowerCase().replace(/[.,]/g, '').split(/\s+/)),
);

/** Common business words: never the "distinctive word" a typo is put into. */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  'technology', 'technologies', 'international', 'industries', 'industry', 'industrial', 'group', 'holding', 'holdings',
  'trading', 'services', 'service', 'company', 'corporation', 'limited', 'enterprise', 'enterprises', 'import', 'export',
  'general', 'national', 'china', 'chinese', 'russia', 'russian', 'iran', 'iranian', 'shipping', 'investment', 'development',
  'engineering', 'electronics', 'electronic', 'research', 'institute', 'university', 'science', 'systems', 'system',
  'equipment', 'manufacturing', 'machinery', 'communication', 'communications', 'international', 'global', 'bank',
]);

export function isLegalWord(word: string): boolean {
  return LEGAL_WORDS.has(word.toLowerCase().replace(/[.,]/g, ''));
}

/** Lower case, accents folded, bracketed parts and punctuation gone, legal forms at either end removed. The
 *  "simple normalisation" used to keep listed names out of the unlisted-vendor set. */
export function simpleKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\([^)]*\)/g, ' ');
  for (let changed = true; changed; ) {
    const before = s;
    s = s.trim().replace(LEGAL_SUFFIX_RE, '').replace(LEGAL_PREFIX_RE, '');
    changed = s !== before.trim();
  }
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits off a legal form at the end: { core: "Huawei Technologies", form: "Co., Ltd." }. */
export function splitLegalSuffix(name: string): { core: string; form: string | null } {
  const m = LEGAL_SUFFIX_RE.exec(name);
  if (!m || m.index === 0) return { core: name.trim(), form: null };
  return { core: name.slice(0, m.index).trim(), form: m[1] ?? null };
}

/** Heuristic for list rows without a type (CSL Entity List rows, BIS DPL): a name with an organisation word. */
const ORGANISATION_RE =
  /\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|gmbh|jsc|pjsc|ojsc|ooo|plc|sa|ag|bv|fze|group|holding|holdings|university|institute|academy|laboratory|laboratories|center|centre|bureau|agency|bank|trading|technology|technologies|tech|industries|industry|industrial|electronics|engineering|enterprise|enterprises|international|systems|services|shipping|logistics|import|export|factory|works|research|development|science|sciences|network|networks|semiconductor|aviation|aerospace|petroleum|energy|pharmaceutical)\b/i;

export function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION_RE.test(name.replace(/[.,]/g, ' '));
}

export const HAN_RE = /\p{Script=Han}/u;
