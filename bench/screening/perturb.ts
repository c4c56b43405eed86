// The perturbations that turn a listed name into a plausible vendor spelling of it. Each returns null when it does
// not apply to the name (no word long enough for a typo, no legal form to drop, ...), so the builder moves on.
import type { Rng } from './random';
import { BUSINESS_WORDS, isLegalWord, LEGAL_PREFIX_RE, splitLegalSuffix } from './names';

export type PerturbationKind = 'typo' | 'legal-form' | 'word-order' | 'abbreviation' | 'noise';
export const PERTURBATION_KINDS: readonly PerturbationKind[] = ['typo', 'legal-form', 'word-order', 'abbreviation', 'noise'];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WORD_RE = /[A-Za-z]+/g;

/** `changed` (lower case) in the letter case of `like`, position by position (same length or one shorter). */
function recase(changed: string, like: string): string {
  let out = '';
  for (let i = 0; i < changed.length; i++) {
    const model = like[i] ?? like[like.length - 1] ?? '';
    out += model === model.toUpperCase() ? changed[i]!.toUpperCase() : changed[i];
  }
  return out;
}

/** What a perturbation may know about the lists. */
export interface PerturbationContext {
  /** Whether a (lower-case) word is distinctive; by default every word that is not a legal or business word. */
  isDistinctive?: (word: string) => boolean;
}

/** One substitution, adjacent transposition or deletion inside a distinctive word of five or more letters. */
export function typo(name: string, rng: Rng, context: PerturbationContext = {}): string | null {
  const distinctive = (w: string): boolean =>
    w.length >= 5 && !isLegalWord(w) && !BUSINESS_WORDS.has(w.toLowerCase()) && (context.isDistinctive?.(w.toLowerCase()) ?? true);
  const words = [...name.matchAll(WORD_RE)].filter((m) => distinctive(m[0]));
  if (words.length === 0) return null;
  const w = rng.pick(words);
  const word = w[0];
  const lower = word.toLowerCase();
  const at = rng.int(word.length);
  let changed: string;
  const op = rng.int(3);
  if (op === 0) {
    changed = lower.slice(0, at) + rng.pick([...LETTERS.replace(lower[at]!, '')]) + lower.slice(at + 1);
  } else if (op === 1 && at + 1 < lower.length && lower[at] !== lower[at + 1]) {
    changed = lower.slice(0, at) + lower[at + 1] + lower[at] + lower.slice(at + 2);
  } else {
    changed = lower.slice(0, at) + lower.slice(at + 1);
  }
  if (changed === lower) return null;
  return name.slice(0, w.index) + recase(changed, word) + name.slice(w.index + word.length);
}

/** Forms that stand for the same kind of company; a swap picks another member of the group. */
const SWAP_GROUPS: readonly (readonly string[])[] = [
  ['Co., Ltd.', 'Co. Ltd', 'Company Limited', 'Limited', 'Ltd.', 'Ltd'],
  ['LLC', 'L.L.C.', 'Limited Liability Company', 'Ltd.'],
  ['Inc.', 'Inc', 'Incorporated', 'Corporation', 'Corp.', 'Corp'],
  ['JSC', 'OJSC', 'PJSC', 'Joint Stock Company', 'AO'],
  ['GmbH', 'Ltd.'],
  ['S.A.', 'SA'],
];
const ADDED_FORMS = ['Co., Ltd.', 'Limited', 'LLC', 'Inc.', 'Ltd', 'JSC', 'Corporation'];

function swapFor(form: string, rng: Rng): string {
  const lower = form.toLowerCase();
  const group = SWAP_GROUPS.find((g) => g.some((f) => f.toLowerCase() === lower));
  const options = (group ?? ['Limited', 'Ltd.', 'Inc.']).filter((f) => f.toLowerCase() !== lower);
  return rng.pick(options);
}

/** Drops the legal form, or swaps it for another spelling of the same kind; adds one to a name without. */
export function legalForm(name: string, rng: Rng): string | null {
  const { core, form } = splitLegalSuffix(name);
  if (form) return rng.chance(0.5) ? core : `${core}${/^(co|company|corp|inc)/i.test(form) ? ', ' : ' '}${swapFor(form, rng)}`;
  const prefix = LEGAL_PREFIX_RE.exec(name);
  if (prefix) return name.slice(prefix[0].length);
  if (/[()]/.test(name)) return null;
  return `${name.trim()} ${rng.pick(ADDED_FORMS)}`;
}

/** Articles and prepositions: "Los Zetas" swapped is no vendor spelling. */
const PARTICLES: ReadonlySet<string> = new Set(['the', 'of', 'and', 'de', 'la', 'le', 'los', 'las', 'el', 'al', 'du', 'des', 'der', 'di']);

/** Two- and three-word names (legal forms aside): two words swap, three words swap one adjacent pair. */
export function wordOrder(name: string, rng: Rng): string | null {
  const { core, form } = splitLegalSuffix(name);
  const prefix = LEGAL_PREFIX_RE.exec(core)?.[0] ?? '';
  const body = core.slice(prefix.length);
  if (/[(),]/.test(body)) return null;
  const words = body.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 3 || words.some((w) => isLegalWord(w) || PARTICLES.has(w.toLowerCase()))) return null;
  const at = words.length === 2 ? 0 : rng.int(2);
  const swapped = [...words];
  [swapped[at], swapped[at + 1]] = [swapped[at + 1]!, swapped[at]!];
  if (swapped.join(' ').toLowerCase() === words.join(' ').toLowerCase()) return null;
  return `${prefix}${swapped.join(' ')}${form ? ` ${form}` : ''}`;
}

/** Abbreviations seen in vendor masters. Some are in Vetter's own table and some are not (Elec., Trdg., Comm.):
 *  the set was written from usage, not from the matcher. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  technology: 'Tech', technologies: 'Tech', international: 'Intl', corporation: 'Corp', company: 'Co', limited: 'Ltd',
  industries: 'Inds', manufacturing: 'Mfg', engineering: 'Eng', development: 'Dev', electronics: 'Elec', investment: 'Inv',
  institute: 'Inst', university: 'Univ', laboratory: 'Lab', services: 'Svcs', systems: 'Sys', trading: 'Trdg',
  holdings: 'Hldgs', equipment: 'Equip', machinery: 'Mach', communications: 'Comm', communication: 'Comm', national: 'Natl',
  association: 'Assn', brothers: 'Bros', department: 'Dept', management: 'Mgmt', center: 'Ctr', centre: 'Ctr',
};

/** Every word of the abbreviation table written short, with or without a dot. */
export function abbreviation(name: string, rng: Rng): string | null {
  let count = 0;
  const dot = rng.chance(0.5) ? '.' : '';
  const out = name.replace(/[A-Za-z]+/g, (word) => {
    const short = ABBREVIATIONS[word.toLowerCase()];
    if (!short) return word;
    count++;
    const cased = word === word.toUpperCase() ? short.toUpperCase() : short;
    return cased + dot;
  });
  return count > 0 ? out.replace(/\.\./g, '.') : null;
}

/** Case and punctuation noise: other capitalisation, punctuation dropped or spaced, "&" and "and" swapped. */
export function noise(name: string, rng: Rng): string | null {
  const ops: ((s: string) => string)[] = [
    (s) => s.toLowerCase(),
    (s) => s.toUpperCase(),
    (s) => s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
    (s) => s.replace(/[.,]/g, ''),
    (s) => s.replace(/,\s*/g, ' , ').replace(/\s+/g, '  '),
    (s) => (s.includes('&') ? s.replace(/\s*&\s*/g, ' and ') : s.replace(/\s+and\s+/gi, ' & ')),
    (s) => s.replace(/(\p{L})\s+(\p{L})/u, '$1-$2'),
  ];
  // One change for sure, a second one half of the time; ops that change nothing here are passed over.
  let out = name;
  let applied = 0;
  const wanted = rng.chance(0.5) ? 2 : 1;
  for (const op of rng.sample(ops, ops.length)) {
    const next = op(out).trim();
    if (next === out || next.length === 0) continue;
    out = next;
    if (++applied === wanted) break;
  }
  return applied > 0 && out !== name ? out : null;
}

export type Perturbation = (name: string, rng: Rng, context?: PerturbationContext) => string | null;

export const PERTURBATIONS: Readonly<Record<PerturbationKind, Perturbation>> = {
  typo,
  'legal-form': legalForm,
  'word-order': wordOrder,
  abbreviation,
  noise,
};
