// The world gazetteer the matcher reads places from is stored with each city's name already normalised
// (scripts/build-world-cities.ts), so loading it costs nothing: the stored form must be what the normaliser makes
// of the name today, or the cities would silently stop being found.
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../electron/core/screening/normalise';
import { placeCountry } from '../../electron/core/screening/places';
import worldCities from '../../electron/core/screening/world-cities.json';

describe('world cities', () => {
  it('stores each city as the normaliser reads it: run scripts/build-world-cities.ts if this fails', () => {
    const stale = (worldCities.cities as [string, string, string][]).filter(([name, , words]) => normaliseName(name).tokens.join(' ') !== words);
    expect(stale.slice(0, 10)).toEqual([]);
    expect(worldCities.cities.length).toBeGreaterThan(4000);
  });

  it('names the country of a city no hand-made list has', () => {
    expect(placeCountry(normaliseName('Managua').tokens)).toBe('NI');
    expect(placeCountry(normaliseName('Samarkand').tokens)).toBe('UZ');
    // A country's own name wins over a city of the same name elsewhere.
    expect(placeCountry(normaliseName('Singapore').tokens)).toBe('SG');
  });

  it("knows China's prefecture-level and county-level cities that GeoNames names otherwise, in pinyin (matcher 2026.12-21)", () => {
    expect(placeCountry(normaliseName('Lianyungang').tokens)).toBe('CN');
    expect(placeCountry(normaliseName('Xuzhou').tokens)).toBe('CN');
    expect(placeCountry(normaliseName('Zhangjiagang').tokens)).toBe('CN');
    // Not Taiwan's in pinyin (GeoNames has Taipei as Taiwan's), nor a pinyin that is an English word (弥勒, Mile).
    expect(placeCountry(normaliseName('Taibei').tokens)).toBeNull();
    expect(placeCountry(normaliseName('Mile').tokens)).toBeNull();
  });

  it('knows the towns of 20,000 people in the countries romanised from another script, by their sound too', () => {
    expect(placeCountry(normaliseName('Lytkarino').tokens)).toBe('RU');
    expect(placeCountry(normaliseName('Kaspijsk').tokens)).toBe('RU');
    // Not elsewhere: a town of that size in a country written in Latin letters is no place the matcher knows.
    expect(placeCountry(normaliseName('Vilvoorde').tokens)).toBeNull();
    // A city read as a trade word is left out ("Jishu" is the pinyin of 技术, technology).
    expect(placeCountry(normaliseName('Jishu').tokens)).toBeNull();
  });
});
