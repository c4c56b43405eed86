// Legal forms across languages, canonicalised to a handful of codes. A legal form says what kind of company
// it is, not which one: the same company is written with and without it ("Huawei" / "Huawei Technologies
// Co., Ltd."), and registers translate it differently (GmbH / Ltd, 有限公司 / Co., Ltd., OOO / LLC). So the
// matcher sets legal forms aside (they are shown in the explanation) instead of scoring them.

/** ltd: private limited company; jsc: joint-stock / public company; inc: corporation; co: "company";
 *  group: a group of companies; lp: partnership. */
export type LegalForm = 'ltd' | 'jsc' | 'inc' | 'co' | 'group' | 'lp';

const FORM_BITS: Readonly<Record<LegalForm, number>> = { ltd: 1, jsc: 2, inc: 4, co: 8, group: 16, lp: 32 };

/** Legal forms as a bit set, so that two names' forms compare in one step ("do they share one?"). */
export function legalFormBits(forms: readonly LegalForm[]): number {
  let bits = 0;
  for (const f of forms) bits |= FORM_BITS[f];
  return bits;
}

const FORMS = Object.keys(FORM_BITS) as LegalForm[];
/** At most this many legal forms pack into one number (packLegalForms). */
const PACKED_FORMS = 10;

/** Legal forms in their order in one number, three bits each (a form's place in FORM_BITS, plus one), for an index
 *  to keep every listed name's at little cost; -1 when there are too many to pack. */
export function packLegalForms(forms: readonly LegalForm[]): number {
  if (forms.length > PACKED_FORMS) return -1;
  let packed = 0;
  for (let i = forms.length - 1; i >= 0; i--) packed = packed * 8 + FORMS.indexOf(forms[i] as LegalForm) + 1;
  return packed;
}

/** The legal forms packLegalForms packed (not -1). */
export function unpackLegalForms(packed: number): LegalForm[] {
  const forms: LegalForm[] = [];
  for (let p = packed; p > 0; p = Math.floor(p / 8)) forms.push(FORMS[(p % 8) - 1] as LegalForm);
  return forms;
}

/** "Obshchestvo s ogranichennoy otvetstvennostyu" (a limited liability company) in the romanisations registers and
 *  vendor masters use, whole and word by word. */
const RUSSIAN_LLC: readonly string[] = (() => {
  const society = ['obshchestvo', 'obschestvo', 'obshestvo'];
  const limited = ['ogranichennoy', 'ogranichennoi', 'ogranichennoj', 'ogranichenoy', 'ogranichenoi'];
  const liability = ['otvetstvennostyu', 'otvetstvennostiu', 'otvetstvennostju', 'otvetstvenostyu', 'otvetstvenostiu'];
  return [...society.flatMap((a) => limited.flatMap((b) => liability.map((c) => `${a} s ${b} ${c}`))), ...limited, ...liability];
})();

/** Phrases in their normalised spelling (lower case, no diacritics or punctuation, stop words removed). Words that
 *  occur only in legal forms (Russian "obshchestvo", "aktsionernoe") are also listed alone, so that a reordered
 *  name ("Vektor, Obshchestvo s Ogranichennoi Otvetstvennostyu") still loses all of them. */
const STRONG: Record<LegalForm, string[]> = {
  ltd: [
    'limited', 'ltd', 'co ltd', 'company limited', 'corp ltd', 'corporation limited', 'llc', 'limited liability company',
    'limited liability co', 'liability company', 'liability co', 'gmbh', 'gesellschaft mit beschrankter haftung', 'mbh', 'pty ltd', 'pvt ltd', 'private limited',
    'pte ltd', 'sdn bhd', 'ooo', 'sarl', 'sprl', 'bvba', 'kft', 'sp z o o', 'sp zoo', 'spzoo', 'ltda', 'limitada',
    'eood', 'ood', 'aps', 'sociedad responsabilidad limitada', 'tovarystvo z obmezhenoiu vidpovidalnistiu',
    'tovarystvo z obmezhenoyu vidpovidalnistyu', 'tovaristvo z obmezhenoyu vidpovidalnistyu', 'tovarystvo', 'tovaristvo',
    'limited sirketi', 'ltd sti', 'limited sti', 'obmezhenoiu', 'obmezhenoyu', 'vidpovidalnistiu', 'vidpovidalnistyu', 'fze', 'fzco', 'fzc', 'fzllc', 'fz llc', 'fz co', 'yugen kaisha', 'godo kaisha', '유한회사',
    // Since 2026.12-6: the Gulf's "with limited liability", Polish, Brazilian, Lithuanian and Albanian private
    // companies. Not Dubai's "DMCC" (a free zone's name, kept as a word: "ALPHABET INTERNATIONAL DMCC" is not
    // "Alphabet Inc." plus a trade word).
    'wll', 'sp z oo', 'spolka z ograniczona odpowiedzialnoscia', 'eireli', 'uab', 'shpk', 'sh pk',
    // Since 2026.12-8: the Russian limited company as other romanisations spell it (щ "sch", й "j", ю "ju").
    ...RUSSIAN_LLC,
    // Since 2026.12-10: the private company's long forms in Dutch, French and Italian.
    'besloten vennootschap', 'besloten vennootschap met beperkte aansprakelijkheid', 'societe a responsabilite limitee',
    'societa a responsabilita limitata',
    // and the UAE free-zone companies written out ("… Free Zone Establishment" for FZE).
    'free zone establishment', 'free zone company', 'free zone limited liability company', 'free zone llc',
    // Since 2026.12-12: the Chinese limited company in pinyin ("… YOUXIAN GONGSI"), the German UG written out, the
    // Czech "spol. s r.o.", the Danish ApS and the Korean limited company written out.
    'youxian gongsi', 'youxian zeren gongsi', 'ug haftungsbeschrankt', 'spol s ro', 'spol s r o', 'spol sro', 'anpartsselskab',
    'yuhan hoesa',
    // Since 2026.12-23: the Irish and Canadian company forms that cloud and software groups' subsidiaries take
    // ("… Unlimited Company", "… Designated Activity Company", "… ULC"), the US professional LLC, the North Macedonian
    // single-member DOOEL, the Portuguese single-member "Unipessoal" and the Mexican S. de R.L. de C.V. without its "de".
    'unlimited company', 'unlimited liability company', 'unlimited liability corporation', 'designated activity company',
    'company limited by guarantee', 'pllc', 'dooel', 'unipessoal', 'srl cv',
  ],
  jsc: [
    'jsc', 'ojsc', 'cjsc', 'pjsc', 'oao', 'zao', 'pao', 'joint stock company', 'joint stock co', 'open joint stock company',
    'open joint stock co', 'closed joint stock company', 'closed joint stock co', 'public joint stock company',
    'public joint stock co', 'private joint stock company', 'private jsc', 'public company limited', 'public co limited', 'public co ltd', 'aktsionernoe obshchestvo', 'otkrytoe aktsionernoe obshchestvo',
    'zakrytoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obshchestvo', 'plc', 'public limited company',
    'aktiengesellschaft', 'societe anonyme', 'sociedad anonima', 'societa per azioni', 'naamloze vennootschap',
    'societas europaea', 'aktsionernoe', 'otkrytoe', 'zakrytoe', 'publichnoe', 'stock company', 'oyj', 'kabushiki kaisha', 'kabushiki gaisha', 'berhad',
    'ednolichno aktsionerno druzhestvo', 'aktsionerno druzhestvo', 'anonim sirketi', 'sab cv', 'sa cv', 's rl cv', '주식회사',
    // Since 2026.12-6: Omani and Qatari joint-stock companies, Polish, the Mexican S.A.P.I. de C.V.
    'saoc', 'saog', 'qpsc', 'spolka akcyjna', 'sapi cv',
    // Since 2026.12-8: as other romanisations spell them.
    'akcionernoe', 'aktsionernoye', 'aktsionernoie', 'aktcionernoe', 'akcionernoye', 'otkrytoye', 'zakrytoye', 'publichnoye',
    // Since 2026.12-10: the Iranian private and public joint-stock company ("Sherkat-e Sahami-e Khass", PJS).
    'sahami khass', 'sahami khas', 'sahami khaas', 'sahami aam', 'sahami am',
    // and the Mexican S.A. de C.V. written out; since 2026.12-11 the Venezuelan C.A. written out.
    'sociedad anonima capital variable', 'compania anonima',
    // Since 2026.12-12: the Chinese joint-stock company in pinyin, the Nordic and Korean joint-stock companies written out.
    'gufen youxian gongsi', 'aktiebolag', 'aksjeselskap', 'allmennaksjeselskap', 'osakeyhtio', 'aktieselskab', 'chusik hoesa',
    'jusik hoesa', 'chusikhoesa', 'jusikhoesa',
  ],
  inc: ['inc', 'incorporated', 'corp', 'corporation', 'corporacion', 'korporatsiya', 'korporatsii', 'korporacija', 'korporaciya'],
  // Since 2026.12-10: "kompanija" (and "korporacija" above), the German and South Slavic romanisations, and the
  // Persian "sherkat" ("Sherkat-e …").
  co: ['co', 'company', 'companies', 'obshchestvo', 'obschestvo', 'obshestvo', 'obshhestvo', 'kompaniya', 'kompaniia', 'kompanija', 'sirketi', 'sherkat', 'sherkate'],
  // The pinyin "jituan" since 2026.12-12.
  group: ['group', 'groupe', 'gruppe', 'grupo', 'grup', 'grp', 'gruppa', 'jituan'],
  lp: ['lp', 'llp', 'limited partnership', 'limited liability partnership', 'kgaa', 'ohg', 'kommanditgesellschaft', 'lllp'],
};

/** Short forms that are also ordinary words or initials ("SA Power Networks", "AS Roma"): only taken at the end
 *  of a name, or at its start for the forms written first (Russian AO, Indonesian PT, Ukrainian TOV and PrAT, Swedish
 *  AB, Kazakh TOO, Belarusian AAT, ZAT and TAA, Kyrgyz OsOO, Uzbek MChJ). */
const EDGE_ONLY: Record<LegalForm, string[]> = {
  // Since 2026.12-12 the Belarusian TAA, the French EURL, the Icelandic ehf., the Kyrgyz OsOO and the Uzbek MChJ.
  // Since 2026.12-23 the Irish DAC and CLG, the Canadian ULC, the Japanese G.K. (Amazon Japan G.K.) and Y.K., the
  // offshore IBC, LDC and SEZC, the Greek EPE and IKE, and the Indian one-person OPC.
  ltd: ['srl', 's r l', 's rl', 'eirl', 'bv', 'b v', 'pty', 'pvt', 'pte', 'sdn', 'bhd', 'sro', 's r o', 'doo', 'd o o', 'lda', 'ug', 'oy', 'tov', 'est', 'sti', 'spc', 'too', 'sia', 'ou', 'slu', 'taa', 'eurl', 'ehf', 'osoo', 'mchj',
    'dac', 'clg', 'ulc', 'gk', 'yk', 'ibc', 'ldc', 'sezc', 'epe', 'ike', 'opc'],
  // The Venezuelan C.A. (compañía anónima) since 2026.12-11: at the end, not the "CA" of "CA Technologies". Since
  // 2026.12-12 the Belarusian AAT and ZAT (open and closed joint-stock companies), the Peruvian S.A.C. and S.A.A.,
  // the single-member S.A.U., the Icelandic hf. and the Hungarian Zrt. and Nyrt.
  // and since 2026.12-23 the Greek A.E.
  jsc: ['sa', 's a', 'ag', 'se', 'nv', 'n v', 'ab', 'publ', 'as', 'a s', 'asa', 'spa', 's p a', 'ao', 'kk', 'ad', 'dd', 'tbk', 'pt', 'sal', 'sae', 'psc', 'bsc', 'ksc', 'qsc', 'sas', 'sasu', 'sca', 'sl', 'ead', 'sapi', 'prat', 'pjs', 'ca', 'c a', 'aat', 'zat', 'sac', 'saa', 'sau', 'hf', 'zrt', 'nyrt', 'ae'],
  inc: [],
  co: ['cie', 'cia'],
  group: [],
  // The Dutch V.O.F., Polish sp.k. and sp.j. and the Latin American S. en C. since 2026.12-12.
  lp: ['kg', 'snc', 'scs', 'vof', 'sp k', 'sp j', 's en c'],
};

const START_TOO = new Set(['ao', 'pt', 'tov', 'ab', 'too', 'prat', 'aat', 'zat', 'taa', 'osoo', 'mchj']);
/** Short forms also taken inside a name after at least two words of it, where they are rarely a word ("Aero
 *  Continente SA Lima"); at the start they are often one ("SA Power Networks"). */
const INSIDE_AFTER_NAME = new Set(['sa']);

interface Phrase {
  tokens: string[];
  form: LegalForm;
  edgeOnly: boolean;
  startToo: boolean;
}

function phrases(): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const add = (table: Record<LegalForm, string[]>, edgeOnly: boolean): void => {
    for (const [form, list] of Object.entries(table) as [LegalForm, string[]][]) {
      for (const text of list) {
        const tokens = text.split(' ');
        const first = tokens[0] ?? '';
        const bucket = byFirst.get(first) ?? [];
        bucket.push({ tokens, form, edgeOnly, startToo: START_TOO.has(text) });
        byFirst.set(first, bucket);
      }
    }
  };
  add(STRONG, false);
  add(EDGE_ONLY, true);
  // Vendor masters drop the dots of short forms and keep the spaces: "S A S U", "E I R L".
  const spaced = Object.fromEntries(
    Object.entries(EDGE_ONLY).map(([form, list]) => [form, list.filter((t) => /^[a-z]{2,4}$/.test(t)).map((t) => [...t].join(' ')).filter((t) => !list.includes(t))]),
  ) as Record<LegalForm, string[]>;
  add(spaced, true);
  // Longest phrase first, so "co ltd" wins over "co".
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

const PHRASES = phrases();

/** Every word that occurs in a legal-form phrase. */
export const LEGAL_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(STRONG), ...Object.values(EDGE_ONLY)].flat().flatMap((phrase) => phrase.split(' ')),
);

/** Words of the legal forms that are rarely anything else (not "SA", "AS", an initial): after one, the rest of a
 *  name is its address. */
export const STRONG_LEGAL_WORDS: ReadonlySet<string> = new Set(
  Object.values(STRONG)
    .flat()
    .flatMap((phrase) => phrase.split(' '))
    .filter((w) => w.length > 1),
);

function phraseAt(
  tokens: readonly string[],
  start: number,
  edge: 'start' | 'end' | 'inside',
  dotted: ReadonlySet<string>,
): Phrase | null {
  const bucket = PHRASES.get(tokens[start] ?? '');
  if (!bucket) return null;
  for (const p of bucket) {
    const end = start + p.tokens.length;
    if (end > tokens.length) continue;
    const single = p.tokens.length === 1 ? (tokens[start] ?? '') : '';
    const anywhere = !p.edgeOnly || dotted.has(single) || (edge === 'inside' && start >= 2 && INSIDE_AFTER_NAME.has(single));
    if (!anywhere && !(edge === 'start' ? start === 0 && p.startToo : edge === 'end' ? end === tokens.length : false)) continue;
    let ok = true;
    for (let k = 1; k < p.tokens.length; k++) if (tokens[start + k] !== p.tokens[k]) ok = false;
    if (ok) return p;
  }
  return null;
}

/**
 * Removes legal forms: any number of them at the end and at the start (where the short, ambiguous ones are
 * also accepted), then the unambiguous ones anywhere ("Aviation Industry Corporation of China"). `dotted` holds
 * the words that the name wrote as dotted initials ("S.A.", "A.S."): written so, they are legal forms anywhere.
 * Never removes everything: a name that is nothing but legal-form words ("Group Limited") keeps its tokens.
 */
export function stripLegalForms(
  tokens: readonly string[],
  dotted: ReadonlySet<string> = new Set(),
): { tokens: string[]; forms: LegalForm[] } {
  const forms: LegalForm[] = [];
  let rest = [...tokens];

  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (let start = Math.max(0, rest.length - 6); start < rest.length; start++) {
      const p = phraseAt(rest, start, 'end', dotted);
      if (p && start + p.tokens.length === rest.length && start > 0) {
        forms.unshift(p.form);
        rest = rest.slice(0, start);
        changed = true;
        break;
      }
    }
  }
  for (let p = phraseAt(rest, 0, 'start', dotted); p && p.tokens.length < rest.length; p = phraseAt(rest, 0, 'start', dotted)) {
    forms.push(p.form);
    rest = rest.slice(p.tokens.length);
  }
  const kept: string[] = [];
  for (let i = 0; i < rest.length; ) {
    const p = phraseAt(rest, i, 'inside', dotted);
    if (p && rest.length - p.tokens.length > 0) {
      forms.push(p.form);
      i += p.tokens.length;
    } else {
      kept.push(rest[i] ?? '');
      i++;
    }
  }
  if (kept.length === 0) return { tokens: [...tokens], forms: [] };
  return { tokens: kept, forms };
}

/** Chinese and Japanese legal forms, matched on the Han text after traditional-to-simplified folding. */
export const CJK_LEGAL_FORMS: Readonly<Record<string, LegalForm>> = {
  股份有限公司: 'jsc',
  股份公司: 'jsc',
  有限责任公司: 'ltd',
  有限公司: 'ltd',
  总公司: 'co',
  分公司: 'co',
  公司: 'co',
  集团: 'group',
  株式会社: 'jsc',
  有限会社: 'ltd',
  合同会社: 'ltd',
};
