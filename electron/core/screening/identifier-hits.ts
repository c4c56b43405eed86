// Hits by identifier: a vendor's LEI, USCC, DUNS, registration or tax number equal to one a list prints for an entry.
// That is evidence independent of the name, so it is reported whatever the names say; a registration or tax number
// is unique only inside its country, so it reaches the match band only where a country agrees, else review.
import { GLOBAL_SCHEMES, identifierKey, SCHEME_TEXT, type Identifier, type IdentifierScheme, type ListedIdentifier } from '../identifiers';
import type { ScreenedEntry } from './entries';
import type { Explanation } from './explain';
import type { HitBand } from './model';
import type { Hit } from './matcher';
import { DEFAULT_THRESHOLDS, thresholdsFor } from './thresholds';

/** An identifier hit's explanation: the shape of a name hit's, with no words to line up and its own parts. */
export interface IdentifierExplanation extends Omit<Explanation, 'via' | 'listNameKind' | 'parts'> {
  via: 'identifier';
  listNameKind: 'identifier';
  parts: { identifier: { scheme: IdentifierScheme; country: string | null; countryAgrees: boolean | null }; score: number };
}

export interface IdentifierHit extends Omit<Hit, 'via' | 'listNameKind' | 'explanation'> {
  /** The list's words for the identifier, e.g. "Legal Entity Number 253400V1H6ART1UQ0N98 (Russia)". */
  listName: string;
  listNameKind: 'identifier';
  /** The vendor's identifier as "SCHEME:value". */
  matchedName: string;
  via: 'identifier';
  explanation: IdentifierExplanation;
}

/** What an identifier hit says of its entry. */
type IdentifiedEntry = Pick<ScreenedEntry, 'name' | 'type' | 'countries' | 'identifiers'>;

interface Listed {
  entryKey: string;
  listKey: string;
  entry: IdentifiedEntry;
  identifier: ListedIdentifier;
}

/** Score of an identifier hit whose country cannot be confirmed: in review whatever the list's thresholds. */
const UNCONFIRMED_SCORE = 0.8;

export class IdentifierIndex {
  private readonly byKey = new Map<string, Listed[]>();

  add(entryKey: string, listKey: string, entry: IdentifiedEntry): void {
    for (const identifier of entry.identifiers ?? []) {
      const key = identifierKey(identifier.scheme, identifier.value);
      const listed = this.byKey.get(key);
      if (listed) listed.push({ entryKey, listKey, entry, identifier });
      else this.byKey.set(key, [{ entryKey, listKey, entry, identifier }]);
    }
  }

  /** The hits a vendor's identifiers make, the best per entry. */
  find(identifiers: readonly Identifier[], vendorCountries: readonly string[]): IdentifierHit[] {
    const hits = new Map<string, IdentifierHit>();
    for (const given of identifiers) {
      for (const listed of this.byKey.get(identifierKey(given.scheme, given.value)) ?? []) {
        const hit = identifierHit(given, listed, vendorCountries);
        const prior = hits.get(listed.entryKey);
        if (!prior || prior.score < hit.score) hits.set(listed.entryKey, hit);
      }
    }
    return [...hits.values()];
  }
}

/** Whether the identifier's country is the vendor's: the country the list gives it, else the entry's countries. */
function countryAgrees(listed: Listed, vendorCountries: readonly string[]): boolean | null {
  const issuing = listed.identifier.country ? [listed.identifier.country] : listed.entry.countries;
  if (issuing.length === 0 || vendorCountries.length === 0) return null;
  return issuing.some((c) => vendorCountries.includes(c));
}

function identifierHit(given: Identifier, listed: Listed, vendorCountries: readonly string[]): IdentifierHit {
  const { identifier, entry } = listed;
  const global = GLOBAL_SCHEMES.has(identifier.scheme);
  const agrees = global ? null : countryAgrees(listed, vendorCountries);
  const confirmed = global || agrees === true;
  const score = confirmed ? 1 : UNCONFIRMED_SCORE;
  const thresholds = thresholdsFor(DEFAULT_THRESHOLDS, listed.listKey, entry.type);
  const band: HitBand = confirmed ? 'match' : 'review';
  const what = SCHEME_TEXT[identifier.scheme];
  const vendorText = `${given.scheme}:${given.value}`;
  const why = global
    ? `A ${what} is issued once, worldwide, so it names the same company whatever the names say.`
    : agrees === true
      ? `A ${what} is unique within its country, and the vendor's country is the one the list gives for it.`
      : agrees === false
        ? `A ${what} is unique only within its country, and the vendor's countries are not the one the list gives for it, so the hit is held in the review band.`
        : `A ${what} is unique only within its country, and the country could not be compared (none on one side), so the hit is held in the review band.`;
  const text = `The vendor's ${what} ${given.value} is the one the list prints for "${entry.name}" ("${identifier.text}"). ${why} Score ${score.toFixed(2)}: ${band}.`;
  return {
    entryKey: listed.entryKey,
    listKey: listed.listKey,
    listName: identifier.text,
    listNameKind: 'identifier',
    entryType: entry.type,
    matchedName: vendorText,
    via: 'identifier',
    score,
    band,
    explanation: {
      vendorName: vendorText,
      via: 'identifier',
      listName: identifier.text,
      listNameKind: 'identifier',
      listKey: listed.listKey,
      entryKey: listed.entryKey,
      entryType: entry.type,
      vendorTokens: [],
      listTokens: [],
      vendorLegalForms: [],
      listLegalForms: [],
      alignment: [],
      parts: { identifier: { scheme: identifier.scheme, country: identifier.country, countryAgrees: agrees }, score },
      band,
      thresholds,
      text,
    },
  };
}
