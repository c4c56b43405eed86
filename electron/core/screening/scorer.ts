// Scores one vendor name against one list name: token alignment, weighted token score, country evidence and the
// rules that keep generic words and person names from making matches. Runs for every candidate, so it works on
// reusable scratch arrays and builds objects only when asked to explain.
import type { ScreeningIndex } from './candidate-index';
import type { NormalisedName } from './normalise';
import { phoneticKey, tokenSimilarity } from './token-similarity';
import { DISTINCTIVE_WEIGHT } from './token-weights';

/** A vendor name prepared once per screening call. */
export interface PreparedName {
  normalised: NormalisedName;
  tokens: readonly string[];
  /** Vocabulary id of each token, -1 when no list name carries it. */
  ids: Int32Array;
  /** Phonetic key id of each token, -1 when no listed token sounds like it. */
  sounds: Int32Array;
  matchedWeight: Float32Array;
  unmatchedWeight: Float32Array;
  /** tokens[i] + tokens[i + 1], for compounds ("hik vision" / "hikvision"). */
  joined: readonly string[];
}

export function prepareName(index: ScreeningIndex, normalised: NormalisedName): PreparedName {
  const tokens = normalised.tokens;
  const ids = new Int32Array(tokens.length);
  const sounds = new Int32Array(tokens.length);
  const matchedWeight = new Float32Array(tokens.length);
  const unmatchedWeight = new Float32Array(tokens.length);
  tokens.forEach((t, i) => {
    ids[i] = index.tokenId(t);
    sounds[i] = index.soundId(phoneticKey(t));
    const w = index.weightOf(t);
    matchedWeight[i] = w.matched;
    unmatchedWeight[i] = w.unmatched;
  });
  const joined = tokens.slice(0, -1).map((t, i) => t + (tokens[i + 1] ?? ''));
  return { normalised, tokens, ids, sounds, matchedWeight, unmatchedWeight, joined };
}

/** Country evidence: a shared country supports a match, entirely different countries argue against it. */
export const COUNTRY_SUPPORT = 0.03;
export const COUNTRY_OPPOSE = -0.07;

export type CountryEvidence = 'supports' | 'opposes' | 'none';

/** Why a score was capped, if it was. */
export type ScoreRule =
  /** The names are one and the same generic word ("Global"): it identifies nobody on its own. */
  | 'generic-only'
  | null;

export interface ScoreParts {
  /** Weighted token score (a soft Dice coefficient over token weights), before country evidence. */
  tokenScore: number;
  /** Share of the list name's weight that the vendor name matched. */
  listCoverage: number;
  /** Share of the vendor name's weight that the list name matched. */
  vendorCoverage: number;
  /** The least of the two coverages. */
  coverage: number;
  /** At least one matched word is distinctive (rare across the lists and not a generic business word). */
  distinctiveMatch: boolean;
  countryEvidence: CountryEvidence;
  countryAdjustment: number;
  rule: ScoreRule;
  /** Final score in [0, 1]. */
  score: number;
}

/** One aligned pair: one token on each side, or a compound of two adjacent tokens on one side. */
export interface AlignedPair {
  vendor: readonly number[];
  list: readonly number[];
  similarity: number;
  /** Matched weight of the list tokens (what the pair contributes before similarity). */
  weight: number;
}

export interface ScoredName {
  parts: ScoreParts;
  pairs: AlignedPair[];
  listTokenIds: Int32Array;
}

// Scratch space for candidate pairs, reused across calls.
let pairV = new Int32Array(256);
let pairVLen = new Uint8Array(256);
let pairL = new Int32Array(256);
let pairLLen = new Uint8Array(256);
let pairSim = new Float64Array(256);
let pairWeight = new Float64Array(256);
let pairListWeight = new Float64Array(256);
let pairValue = new Float64Array(256);
let pairOrder: number[] = [];
let pairCount = 0;
let usedV = new Uint8Array(64);
let usedL = new Uint8Array(64);

/** `vendorWeight` and `listWeight` are the matched weights of the pair's tokens on each side. */
function pushPair(v: number, vLen: number, l: number, lLen: number, sim: number, vendorWeight: number, listWeight: number): void {
  const weight = Math.min(vendorWeight, listWeight);
  if (pairCount === pairV.length) {
    const size = pairCount * 2;
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    pairV = grow(pairV, (n) => new Int32Array(n));
    pairVLen = grow(pairVLen, (n) => new Uint8Array(n));
    pairL = grow(pairL, (n) => new Int32Array(n));
    pairLLen = grow(pairLLen, (n) => new Uint8Array(n));
    pairSim = grow(pairSim, (n) => new Float64Array(n));
    pairWeight = grow(pairWeight, (n) => new Float64Array(n));
    pairListWeight = grow(pairListWeight, (n) => new Float64Array(n));
    pairValue = grow(pairValue, (n) => new Float64Array(n));
  }
  pairV[pairCount] = v;
  pairVLen[pairCount] = vLen;
  pairL[pairCount] = l;
  pairLLen[pairCount] = lLen;
  pairSim[pairCount] = sim;
  pairWeight[pairCount] = weight;
  pairListWeight[pairCount] = listWeight;
  pairValue[pairCount] = sim * weight;
  pairCount++;
}

/** Concatenation lengths that Jaro-Winkler could still call similar. */
function lengthsClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 2;
}

function countryEvidence(vendorCountries: ReadonlySet<string>, listCountries: readonly string[]): CountryEvidence {
  if (vendorCountries.size === 0) return 'none';
  let usable = 0;
  for (const c of listCountries) {
    if (c.length !== 2) continue;
    usable++;
    if (vendorCountries.has(c.toUpperCase())) return 'supports';
  }
  return usable > 0 ? 'opposes' : 'none';
}

const COMPOUND_MIN_SIMILARITY = 0.9;

/** Takes the scratch pairs best first (similarity x weight), each token once, and adds them to `totals`. */
interface Totals {
  /** Sum of similarity x pair weight. */
  matched: number;
  /** Sum of pair weights (the vendor side of aligned pairs). */
  aligned: number;
  /** Sum of the list tokens' own weights in aligned pairs. */
  alignedList: number;
  distinctive: boolean;
}

function alignGreedy(totals: Totals, explained: AlignedPair[] | null): void {
  pairOrder.length = 0;
  for (let k = 0; k < pairCount; k++) pairOrder.push(k);
  pairOrder.sort((a, b) => (pairValue[b] ?? 0) - (pairValue[a] ?? 0));
  for (const k of pairOrder) {
    const v = pairV[k] ?? 0;
    const vl = pairVLen[k] ?? 1;
    const l = pairL[k] ?? 0;
    const ll = pairLLen[k] ?? 1;
    if (usedV[v] || (vl === 2 && usedV[v + 1]) || usedL[l] || (ll === 2 && usedL[l + 1])) continue;
    usedV[v] = 1;
    if (vl === 2) usedV[v + 1] = 1;
    usedL[l] = 1;
    if (ll === 2) usedL[l + 1] = 1;
    const s = pairSim[k] ?? 0;
    const weight = pairWeight[k] ?? 0;
    totals.matched += s * weight;
    totals.aligned += weight;
    totals.alignedList += pairListWeight[k] ?? 0;
    if (weight >= DISTINCTIVE_WEIGHT) totals.distinctive = true;
    explained?.push({ vendor: vl === 2 ? [v, v + 1] : [v], list: ll === 2 ? [l, l + 1] : [l], similarity: s, weight });
  }
}

/**
 * Scores `vendor` against list name `nameId`, or returns null when a rule excludes it outright (generic words
 * only and not the whole name; a person's name not matched in full). `requireFullList` is set for people,
 * vessels and aircraft: every word of their name must be matched.
 */
export function scoreName(
  index: ScreeningIndex,
  vendor: PreparedName,
  nameId: number,
  vendorCountries: ReadonlySet<string>,
  requireFullList: boolean,
  explain: boolean,
): ScoredName | null {
  const from = index.nameTokenStart[nameId] ?? 0;
  const to = index.nameTokenStart[nameId + 1] ?? 0;
  const n = to - from;
  const m = vendor.tokens.length;
  if (n === 0 || m === 0) return null;
  const listIds = index.nameTokenIds.subarray(from, to);
  const listTokens = index.tokens;
  const w = index.matchedWeight;

  const vw = vendor.matchedWeight;
  // A pair earns what its lighter side weighs: "united" (generic) spelt like a rare listed "unite" is still only a
  // generic word, and a misspelt vendor word (unknown to the lists, so maximally rare) earns what the listed word
  // it stands for weighs. The list side keeps its own weight, so a rare listed word is not "covered" by a generic one.
  pairCount = 0;
  for (let i = 0; i < m; i++) {
    const vt = vendor.tokens[i] ?? '';
    const vid = vendor.ids[i] ?? -1;
    const vs = vendor.sounds[i] ?? -1;
    for (let j = 0; j < n; j++) {
      const lid = listIds[j] ?? 0;
      const s = vid === lid ? 1 : tokenSimilarity(vt, listTokens[lid] ?? '', vs >= 0 && vs === index.tokenSound[lid]);
      if (s > 0) pushPair(i, 1, j, 1, s, vw[i] ?? 0, w[lid] ?? 0);
    }
  }
  if (usedV.length < m) usedV = new Uint8Array(m * 2);
  if (usedL.length < n) usedL = new Uint8Array(n * 2);
  usedV.fill(0, 0, m);
  usedL.fill(0, 0, n);
  const pairs: AlignedPair[] = [];
  const totals: Totals = { matched: 0, aligned: 0, alignedList: 0, distinctive: false };
  // Word order is ignored on purpose: registers and translations reorder names ("Aviation Industry Corporation
  // of China" / 中国航空工业集团).
  alignGreedy(totals, explain ? pairs : null);

  // Compounds, among the words still unmatched: two adjacent vendor words against one list word, and the reverse
  // ("Hik Vision" / "Hikvision"). Only near-exact ones: a fuzzy compound is mostly coincidence.
  pairCount = 0;
  for (let i = 0; i + 1 < m; i++) {
    if (usedV[i] || usedV[i + 1]) continue;
    const joined = vendor.joined[i] ?? '';
    for (let j = 0; j < n; j++) {
      const lid = listIds[j] ?? 0;
      const lt = listTokens[lid] ?? '';
      if (usedL[j] || lt.charCodeAt(0) !== joined.charCodeAt(0) || !lengthsClose(lt.length, joined.length)) continue;
      const s = tokenSimilarity(joined, lt);
      if (s >= COMPOUND_MIN_SIMILARITY) pushPair(i, 2, j, 1, s, (vw[i] ?? 0) + (vw[i + 1] ?? 0), w[lid] ?? 0);
    }
  }
  for (let j = 0; j + 1 < n; j++) {
    if (usedL[j] || usedL[j + 1]) continue;
    const a = listTokens[listIds[j] ?? 0] ?? '';
    const b = listTokens[listIds[j + 1] ?? 0] ?? '';
    for (let i = 0; i < m; i++) {
      const vt = vendor.tokens[i] ?? '';
      if (usedV[i] || vt.charCodeAt(0) !== a.charCodeAt(0) || !lengthsClose(vt.length, a.length + b.length)) continue;
      const s = tokenSimilarity(vt, a + b);
      if (s >= COMPOUND_MIN_SIMILARITY) pushPair(i, 1, j, 2, s, vw[i] ?? 0, (w[listIds[j] ?? 0] ?? 0) + (w[listIds[j + 1] ?? 0] ?? 0));
    }
  }
  if (pairCount > 0) alignGreedy(totals, explain ? pairs : null);
  const matched = totals.matched;
  const distinctiveMatch = totals.distinctive;

  let listRest = 0;
  for (let j = 0; j < n; j++) if (!usedL[j]) listRest += index.unmatchedWeight[listIds[j] ?? 0] ?? 0;
  if (requireFullList && listRest > 0) return null;
  let vendorRest = 0;
  for (let i = 0; i < m; i++) if (!usedV[i]) vendorRest += vendor.unmatchedWeight[i] ?? 0;
  // Generic words never make a hit on their own: without a distinctive word in common, only names that agree
  // word for word are reported (a listed "Iran Export Bank" is that name, whatever its words).
  const complete = listRest === 0 && vendorRest === 0;
  if (!distinctiveMatch && !complete) return null;

  const listSide = totals.alignedList + listRest;
  const vendorSide = totals.aligned + vendorRest;
  const tokenScore = (2 * matched) / (listSide + vendorSide);
  const evidence = countryEvidence(vendorCountries, index.names[nameId]?.countries ?? []);
  const countryAdjustment = evidence === 'supports' ? COUNTRY_SUPPORT : evidence === 'opposes' ? COUNTRY_OPPOSE : 0;
  const listCoverage = matched / listSide;
  const vendorCoverage = matched / vendorSide;
  const parts: ScoreParts = {
    tokenScore,
    listCoverage,
    vendorCoverage,
    coverage: Math.min(listCoverage, vendorCoverage),
    distinctiveMatch,
    countryEvidence: evidence,
    countryAdjustment,
    rule: !distinctiveMatch && n === 1 ? 'generic-only' : null,
    score: Math.min(1, Math.max(0, tokenScore + countryAdjustment)),
  };
  return { parts, pairs, listTokenIds: listIds };
}
