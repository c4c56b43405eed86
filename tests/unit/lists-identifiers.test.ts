import { describe, expect, it } from 'vitest';
import { identifierKey, identifierProblem, parseIdentifiers } from '../../electron/core/identifiers';
import { cslIdentifiers, remarkIdentifiers } from '../../electron/core/lists/identifiers';

describe('identifiers: what a vendor may carry', () => {
  it('checks LEI and USCC check digits and the shapes of the others', () => {
    // Real identifiers printed by OFAC (SDN remarks) and the GLEIF example LEI.
    expect(identifierProblem('LEI', '253400V1H6ART1UQ0N98')).toBeNull();
    expect(identifierProblem('LEI', '5493001KJTIIGC8Y1R12')).toBeNull();
    expect(identifierProblem('LEI', '5493001KJTIIGC8Y1R13')).toMatch(/check digits/);
    expect(identifierProblem('LEI', '851683897')).toMatch(/20 letters and digits/);
    expect(identifierProblem('USCC', '9113100033607322XK')).toBeNull();
    expect(identifierProblem('USCC', '91110117663725176G')).toBeNull();
    expect(identifierProblem('USCC', '91110117663725176H')).toMatch(/check character/);
    expect(identifierProblem('USCC', '9111011766372517OG')).toMatch(/no I, O, S, V or Z/);
    expect(identifierProblem('DUNS', '52-024-2307')).toBeNull();
    expect(identifierProblem('DUNS', '5202423')).toMatch(/9 digits/);
    expect(identifierProblem('REG', 'HRB 14604')).toBeNull();
    expect(identifierProblem('REG', '1690')).toMatch(/At least 5/);
    expect(identifierProblem('TAX', '<script>')).toMatch(/letters and digits/);
  });

  it('reads TYPE:VALUE lists, naming each bad part, and keeps one of each identifier', () => {
    const read = parseIdentifiers(' lei: 5493001KJTIIGC8Y1R12 ; DUNS:52-024-2307;LEI:5493 001K JTII GC8Y 1R12; vat:GB123456789; ISIN:CNE100000N20; REG:12');
    expect(read.identifiers).toEqual([
      { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
      { scheme: 'DUNS', value: '52-024-2307' },
      { scheme: 'TAX', value: 'GB123456789' },
    ]);
    expect(read.problems).toEqual(['"ISIN:CNE100000N20": write TYPE:VALUE, where TYPE is LEI, USCC, DUNS, REG, TAX', 'REG "12": At least 5 letters and digits']);
    expect(identifierKey('DUNS', '52-024-2307')).toBe(identifierKey('DUNS', '520242307'));
  });
});

describe('identifiers the lists print', () => {
  it('reads OFAC remarks: label, value and issuing country, company identifiers only', () => {
    // From sdn_comments.csv of 2025-12-24 (entry 17016) and sdn.csv remarks.
    const remarks =
      "Listing Date (EO 14024 Directive 3): 24 Feb 2022; Tax ID No. 7744001497 (Russia); Legal Entity Number 253400WSS48YWMBUA688; Registration Number 1027700167110 (Russia); Passport 4506709 (Russia); Vessel Registration Identification IMO 7406784; UK Company Number 01126618 (United Kingdom); Unified Social Credit Code (USCC) 9113100033607322XK (China); D-U-N-S Number 52-024-2307; Registration Number HRB 14604 (Germany).";
    expect(remarkIdentifiers(remarks).map(({ scheme, value, country }) => ({ scheme, value, country }))).toEqual([
      { scheme: 'TAX', value: '7744001497', country: 'RU' },
      { scheme: 'LEI', value: '253400WSS48YWMBUA688', country: null },
      { scheme: 'REG', value: '1027700167110', country: 'RU' },
      { scheme: 'REG', value: '01126618', country: 'GB' },
      { scheme: 'USCC', value: '9113100033607322XK', country: 'CN' },
      { scheme: 'DUNS', value: '52-024-2307', country: null },
      { scheme: 'REG', value: 'HRB 14604', country: 'DE' },
    ]);
    expect(remarkIdentifiers(remarks)[0]?.text).toBe('Tax ID No. 7744001497 (Russia)');
  });

  it('keeps a number the list labels LEI but that is not one as a registration number', () => {
    expect(remarkIdentifiers('Legal Entity Number 851683897 (Belgium).')).toEqual([
      { scheme: 'REG', value: '851683897', country: 'BE', text: 'Legal Entity Number 851683897 (Belgium)' },
    ]);
  });

  it('reads the CSL ids in both orders its files use, and leaves the rest', () => {
    const ids = ['RU, 7736640919, Tax ID No.', 'Registration ID, 1148904001971', 'Passport, BC166787, CA', 'Male, Gender', 'Website, http://www.90zavod.ru', 'CN, 310106000205236, Registration ID', 'ISIN, CNE100000N20'];
    expect(cslIdentifiers(ids).map(({ scheme, value, country }) => ({ scheme, value, country }))).toEqual([
      { scheme: 'TAX', value: '7736640919', country: 'RU' },
      { scheme: 'REG', value: '1148904001971', country: null },
      { scheme: 'REG', value: '310106000205236', country: 'CN' },
    ]);
  });
});
