// Screening: every name of a vendor against the index, the best hit per list entry, each with its band and
// explanation. See docs/matching.md for the method and its measured accuracy.
import type { EntryType } from '../lists/entry';
import type { ScreeningIndex } from './candidate-index';
import { explain, type Band, type Explanation, type VendorNameVia } from './explain';
import { normaliseName } from './normalise';
import { COUNTRY_SUPPORT, prepareName, scoreName, type AlignedPair, type PreparedName, type ScoreParts } from './scorer';
import { DEFAULT_THRESHOLDS, isNonEntity, thresholdsFor, type BandThresholds, type Thresholds } from './thresholds';

export interface VendorName {
  name: string;
  /** "name" for the legal name, "alias" for other names; "parent" when screening a parent company's name. */
  via: VendorNameVia;
}

export interface VendorNames {
  names: readonly VendorName[];
  /** ISO 3166-1 alpha-2 codes (incorporation, headquarters). */
  countries: readonly string[];
}

export interface Hit {
  entryKey: string;
  listKey: string;
  /** The list's primary name or alias that matched, as published. */
  listName: string;
  listNameKind: 'primary' | 'alias';
  entryType: EntryType;
  /** The vendor's name that matched, as recorded. */
  matchedName: string;
  via: VendorNameVia;
  score: number;
  band: Band;
  explanation: Explanation;
}

/** A hit that a rule holds in review (ScoreRule) is held this far below the match threshold. */
const HELD_MARGIN = 0.01;
const VIA_RANK: Record<VendorNameVia, number> = { name: 0, alias: 1, parent: 2 };

interface Best {
  score: number;
  nameId: number;
  vendorIndex: number;
  band: Band;
  thresholds: BandThresholds;
}

function finalScore(parts: ScoreParts, th: BandThresholds): number {
  return parts.rule !== null ? Math.min(parts.score, th.match - HELD_MARGIN) : parts.score;
}

function better(index: ScreeningIndex, vendorNames: readonly VendorName[], a: Best, b: Best): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const via = VIA_RANK[vendorNames[a.vendorIndex]?.via ?? 'parent'] - VIA_RANK[vendorNames[b.vendorIndex]?.via ?? 'parent'];
  if (via !== 0) return via < 0;
  return index.names[a.nameId]?.kind === 'primary' && index.names[b.nameId]?.kind !== 'primary';
}

/**
 * Screens one vendor (all its names) against the index. Returns the best hit per list entry at or above that
 * list's review threshold, highest score first.
 */
export function screen(index: ScreeningIndex, vendor: VendorNames, thresholds: Thresholds = DEFAULT_THRESHOLDS): Hit[] {
  const countries = new Set(vendor.countries.map((c) => c.trim().toUpperCase()).filter((c) => c.length === 2));
  // Lowest score a candidate of each list must be able to reach (entity bands are the lower ones).
  const floors = index.listKeys.map((key) => thresholdsFor(thresholds, key, 'entity').review - COUNTRY_SUPPORT);
  const floor = (nameId: number): number => floors[index.nameList[nameId] ?? 0] ?? 0;
  const lowestFloor = Math.min(...floors);

  const order = vendor.names.map((_, i) => i).sort((a, b) => VIA_RANK[vendor.names[a]?.via ?? 'parent'] - VIA_RANK[vendor.names[b]?.via ?? 'parent']);
  const prepared: (PreparedName | null)[] = vendor.names.map(() => null);
  const seen = new Set<string>();
  const best = new Map<number, Best>();
  const candidates: number[] = [];

  for (const vi of order) {
    const normalised = normaliseName(vendor.names[vi]?.name ?? '');
    const key = normalised.tokens.join(' ');
    if (normalised.tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const name = prepareName(index, normalised);
    prepared[vi] = name;
    candidates.length = 0;
    index.collect(name.tokens, floor, lowestFloor, candidates);
    for (const nameId of candidates) {
      const listed = index.names[nameId];
      if (!listed) continue;
      const type = index.scoredType(nameId);
      const parts = scoreName(index, name, nameId, countries, isNonEntity(type));
      if (!parts) continue;
      const th = thresholdsFor(thresholds, listed.listKey, type);
      const score = finalScore(parts, th);
      if (score < th.review) continue;
      const candidate: Best = { score, nameId, vendorIndex: vi, band: score >= th.match ? 'match' : 'review', thresholds: th };
      const entry = index.nameEntry[nameId] ?? 0;
      const current = best.get(entry);
      if (!current || better(index, vendor.names, candidate, current)) best.set(entry, candidate);
    }
  }

  const hits: Hit[] = [];
  for (const b of best.values()) {
    const hit = buildHit(index, vendor, prepared, b, countries);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => b.score - a.score || VIA_RANK[a.via] - VIA_RANK[b.via]);
}

function buildHit(
  index: ScreeningIndex,
  vendor: VendorNames,
  prepared: readonly (PreparedName | null)[],
  b: Best,
  countries: ReadonlySet<string>,
): Hit | null {
  const listed = index.names[b.nameId];
  const vendorName = vendor.names[b.vendorIndex];
  const name = prepared[b.vendorIndex];
  if (!listed || !vendorName || !name) return null;
  const pairs: AlignedPair[] = [];
  const scoredAs = index.scoredType(b.nameId);
  const scored = scoreName(index, name, b.nameId, countries, isNonEntity(scoredAs), pairs);
  if (!scored) return null;
  const parts: ScoreParts = { ...scored, score: b.score };
  const listTokenIds = [...index.nameTokenIds(b.nameId)];
  const explanation = explain({
    vendorName: vendorName.name,
    via: vendorName.via,
    listName: listed.name,
    listNameKind: listed.kind,
    listKey: listed.listKey,
    entryKey: listed.entryKey,
    entryType: listed.type,
    scoredAs,
    vendorTokens: [...name.tokens],
    listTokens: listTokenIds.map((id) => index.tokens[id] ?? ''),
    vendorLegalForms: name.normalised.legalForms,
    listLegalForms: normaliseName(listed.name).legalForms,
    pairs,
    vendorUnmatchedWeights: name.unmatchedWeight,
    listUnmatchedWeights: listTokenIds.map((id) => index.unmatchedWeight[id] ?? 0),
    parts,
    band: b.band,
    thresholds: b.thresholds,
  });
  return {
    entryKey: listed.entryKey,
    listKey: listed.listKey,
    listName: listed.name,
    listNameKind: listed.kind,
    entryType: listed.type,
    matchedName: vendorName.name,
    via: vendorName.via,
    score: b.score,
    band: b.band,
    explanation,
  };
}
