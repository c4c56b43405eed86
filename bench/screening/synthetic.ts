// A million plausible list names for the scale test, generated deterministically from the real lists'
// vocabulary: coined words spliced from the head of one rare listed word and the tail of another ("Rosoboron" +
// "tekhnika"), the lists' most frequent words ("Trading", "Industrial"), places and legal forms.
import type { IndexedName } from '../../electron/core/screening/candidate-index';
import type { Query } from './accuracy-set';
import type { PackList } from './load-pack';
import { isLegalWord } from './names';
import { PERTURBATION_KINDS, PERTURBATIONS } from './perturb';
import { Rng } from './random';

export interface SyntheticVocabulary {
  heads: string[];
  tails: string[];
  generic: string[];
  places: string[];
  legalForms: string[];
}

const PLACES = [
  'Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Tianjin', 'Chengdu', 'Wuhan', 'Xian', 'Hangzhou', 'Harbin', 'Moscow',
  'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Tehran', 'Isfahan', 'Tabriz', 'Shiraz', 'Dubai', 'Sharjah',
  'Abu Dhabi', 'Istanbul', 'Ankara', 'Damascus', 'Aleppo', 'Beirut', 'Baghdad', 'Pyongyang', 'Caracas', 'Havana', 'Minsk',
  'Hong Kong', 'Singapore', 'Kuala Lumpur', 'Karachi', 'Lahore', 'Tashkent', 'Almaty', 'Yerevan', 'Baku', 'Tbilisi',
  'Panama', 'Cyprus', 'Malta', 'Riga', 'Sofia', 'Belgrade', 'Kabul', 'Sanaa', 'Khartoum', 'Tripoli', 'Cairo', 'Lagos',
];
const LEGAL_FORMS = ['Co., Ltd.', 'Limited', 'LLC', 'JSC', 'OOO', 'Ltd', 'Inc.', 'Corporation', 'FZE', 'S.A.', 'GmbH', 'PJSC', 'Company'];

/** Heads and tails of rare listed words, and the most frequent listed words, from the entity names of the pack. */
export function syntheticVocabulary(lists: readonly PackList[], seed: number): SyntheticVocabulary {
  const df = new Map<string, number>();
  for (const { entries } of lists) {
    for (const e of entries) {
      if (e.type !== 'entity') continue;
      for (const w of new Set(e.name.toLowerCase().match(/[a-z]+/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const words = [...df.entries()].filter(([w]) => !isLegalWord(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const generic = words.filter(([w]) => w.length >= 4).slice(0, 200).map(([w]) => w);
  const rare = words.filter(([w, n]) => n <= 3 && w.length >= 6 && w.length <= 12).map(([w]) => w);
  const rng = new Rng(seed);
  const heads = [...new Set(rare.map((w) => w.slice(0, 3 + (w.length % 3))))];
  const tails = [...new Set(rare.map((w) => w.slice(-(3 + (w.length % 3)))))];
  return { heads: rng.sample(heads, 900), tails: rng.sample(tails, 900), generic, places: PLACES, legalForms: LEGAL_FORMS };
}

const LIST_KEYS = ['ofac-sdn', 'trade-gov-csl', 'uk-sanctions', 'ofac-non-sdn', 'dod-1260h'];
const NO_COUNTRIES: readonly string[] = [];
const title = (w: string): string => (w[0] ?? '').toUpperCase() + w.slice(1);

/** `count` list names; name i belongs to synthetic entry i. */
export function syntheticNames(vocab: SyntheticVocabulary, count: number, seed: number): IndexedName[] {
  const rng = new Rng(seed);
  const coined = (): string => title(rng.pick(vocab.heads) + rng.pick(vocab.tails));
  const names: IndexedName[] = new Array<IndexedName>(count);
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    if (rng.chance(0.3)) words.push(rng.pick(vocab.places));
    words.push(coined());
    if (rng.chance(0.35)) words.push(coined());
    const generic = rng.pick([0, 1, 1, 2, 2, 3]);
    for (let g = 0; g < generic; g++) words.push(title(rng.pick(vocab.generic)));
    if (rng.chance(0.8)) words.push(rng.pick(vocab.legalForms));
    const text = words.join(' ');
    names[i] = {
      entryKey: `syn:${i}`,
      listKey: LIST_KEYS[i % LIST_KEYS.length] ?? 'ofac-sdn',
      name: rng.chance(0.5) ? text.toUpperCase() : text,
      kind: 'primary',
      countries: NO_COUNTRIES,
      type: 'entity',
    };
  }
  return names;
}

/** Perturbed synthetic names (each perturbation kind in turn; exact names in between) plus the given negatives. */
export function syntheticQueries(names: readonly IndexedName[], positives: number, negatives: readonly Query[], seed: number): Query[] {
  const rng = new Rng(seed);
  const kinds = [...PERTURBATION_KINDS, null];
  const out: Query[] = [];
  for (let attempt = 0; out.length < positives && attempt < positives * 20; attempt++) {
    const listed = names[rng.int(names.length)];
    if (!listed) continue;
    const kind = kinds[out.length % kinds.length] ?? null;
    const name = kind === null ? listed.name : PERTURBATIONS[kind](listed.name, rng);
    if (name === null) continue;
    out.push({ id: out.length, name, positive: true, category: kind ?? 'exact', expected: [listed.entryKey], source: listed.name });
  }
  for (const n of negatives) out.push({ ...n, id: out.length });
  return out;
}
