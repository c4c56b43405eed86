// Untyped list rows that are people. The CSL's Entity List rows and the BIS Denied Persons List carry no entry
// type, and many of them are people ("Victor Brown", "William Ali"). Scored as companies, a vendor that merely
// contains the surname ("Brown & Brown, Inc.") reaches review. The lists themselves say which words are people's
// names: the typed entries (OFAC, UK, UN, most of the CSL) carry thousands of people and companies.

/** Names of this many words read as a person's; one word is as often a company ("Arsenal", "Satco"). */
const MIN_WORDS = 2;
const MAX_WORDS = 4;
/** A word is a person-name word when at least this many times as many typed people as typed companies carry it. */
const PEOPLE_TO_COMPANIES = 2;

/**
 * Whether an untyped name reads as a person's: two to four words and no legal form, every word a person-name word
 * or unknown to the typed entries (a rare surname), and at least one of them a person-name word ("Victor" in
 * "Victor Brown"). `people[id]` and `companies[id]` count the typed individual and entity entries carrying token id.
 */
export function readsAsPersonName(
  tokenIds: ArrayLike<number>,
  hasLegalForm: boolean,
  people: ArrayLike<number>,
  companies: ArrayLike<number>,
): boolean {
  if (hasLegalForm || tokenIds.length < MIN_WORDS || tokenIds.length > MAX_WORDS) return false;
  let personWord = false;
  for (let k = 0; k < tokenIds.length; k++) {
    const id = tokenIds[k] ?? 0;
    const p = people[id] ?? 0;
    const c = companies[id] ?? 0;
    if (p === 0 && c === 0) continue;
    if (p < PEOPLE_TO_COMPANIES * c) return false;
    personWord = true;
  }
  return personWord;
}
