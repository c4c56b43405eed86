import { describe, expect, it } from 'vitest';
import { readsAsPersonName } from '../../electron/core/screening/person-names';

// Token ids: 0 "victor" (a typed person's word), 1 "brown" (on no typed entry), 2 "trading" (a typed company's word),
// 3 "ali" (carried by people and, less often, companies).
const PEOPLE = [40, 0, 0, 400];
const COMPANIES = [1, 0, 500, 20];

describe('untyped list rows that read as a person', () => {
  it('two to four words, no legal form, person-name words and unknown surnames', () => {
    expect(readsAsPersonName([0, 1], false, PEOPLE, COMPANIES)).toBe(true);
    expect(readsAsPersonName([0, 3, 1], false, PEOPLE, COMPANIES)).toBe(true);
  });

  it('not with a legal form, a company word, one word only, or no word known from people', () => {
    expect(readsAsPersonName([0, 1], true, PEOPLE, COMPANIES)).toBe(false);
    expect(readsAsPersonName([0, 2], false, PEOPLE, COMPANIES)).toBe(false);
    expect(readsAsPersonName([0], false, PEOPLE, COMPANIES)).toBe(false);
    expect(readsAsPersonName([1, 1], false, PEOPLE, COMPANIES)).toBe(false);
    expect(readsAsPersonName([0, 1, 1, 1, 1], false, PEOPLE, COMPANIES)).toBe(false);
  });
});
