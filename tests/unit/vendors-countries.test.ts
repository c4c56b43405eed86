import { describe, expect, it } from 'vitest';
import { countryName, parseCountry } from '../../electron/core/vendors/countries';

describe('parseCountry', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['DEU', 'DE'],
    ['gbr', 'GB'],
    ['Germany', 'DE'],
    ['germany', 'DE'],
    ['  France  ', 'FR'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['England and Wales', 'GB'],
    ['South Korea', 'KR'],
    ['Taiwan', 'TW'],
    ['Hong Kong', 'HK'],
    ['Russia', 'RU'],
    ['Mainland China', 'CN'],
    ['PRC', 'CN'],
    ['China', 'CN'],
    ["Côte d'Ivoire", 'CI'],
    ['cote d ivoire', 'CI'],
    ['Cote dIvoire', 'CI'],
    ['P.R.C.', 'CN'],
    ['Turkey', 'TR'],
  ])('%s -> %s', (input, code) => {
    expect(parseCountry(input)).toBe(code);
  });

  it.each(['', 'Atlantis', 'Deutschland', 'ZZ', 'XYZ', 'Congo'])('does not recognise %j', (input) => {
    expect(parseCountry(input)).toBeNull();
  });
});

describe('countryName', () => {
  it('gives everyday English names', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('CN')).toBe('China');
    expect(countryName('TW')).toBe('Taiwan');
    expect(countryName('US')).toBe('United States');
    expect(countryName('KR')).toBe('South Korea');
  });

  it('shows unknown codes as they are', () => {
    expect(countryName('ZZ')).toBe('ZZ');
  });
});
