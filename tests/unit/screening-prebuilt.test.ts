// The prebuilt pack index (screening/prebuilt.ts): read back, it screens exactly as the index built from the pack's
// files; it stands in only for the build and the pack files it was made from, and anything else falls back to building.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packScreeningVersions } from '../../electron/core/lists/default-pack';
import { readScreeningFile } from '../../electron/core/screening/entries';
import { type EngineVersion, ScreeningEngine, type ScreenedVendor } from '../../electron/core/screening/engine';
import { readPrebuilt, writePrebuilt } from '../../electron/core/screening/prebuilt';
import { ROOT, tempDir } from '../helpers';

// Three real lists of the bundled pack (the small ones, to keep the test quick).
const VERSIONS = packScreeningVersions(path.join(ROOT, 'assets/reference-pack')).filter((v) => ['dod-1260h', 'ofac-non-sdn', 'bis-dpl'].includes(v.listKey));
const BUILD = 'build-1';

let reads = 0;
const packEntries = ({ packFile }: EngineVersion) => {
  reads += 1;
  if (!packFile) throw new Error('not a pack list');
  return readScreeningFile(packFile.path, packFile.sha256);
};

const vendor = (legalName: string, more: Partial<ScreenedVendor> = {}): ScreenedVendor => ({
  id: legalName,
  legalName,
  otherNames: [],
  parentName: null,
  countryOfIncorporation: null,
  countryOfHeadquarters: null,
  identifiers: [],
  ...more,
});
// Exact names, a listed parent and the links the lists make, a misspelling, a Chinese name, a person, and names on no list.
const VENDORS = [
  vendor('Hangzhou Hikvision Digital Technology Co., Ltd.', { countryOfIncorporation: 'CN' }),
  vendor('Hikvsion Digitl Technology'),
  vendor('Alibaba Cloud', { otherNames: [{ name: '海康威视', kind: 'other' }], parentName: 'Huawei Technologies Co. Ltd.' }),
  vendor('SenseTime Group'),
  vendor('Acme Widgets Ltd', { countryOfIncorporation: 'GB' }),
  vendor('Tata Consultancy Services'),
];

async function written(versions = VERSIONS, build = BUILD): Promise<string> {
  const file = path.join(tempDir(), 'index.bin');
  writePrebuilt(file, build, versions, await new ScreeningEngine(packEntries).load(versions));
  return file;
}

describe('the prebuilt pack index', () => {
  it('read back, screens every vendor exactly as the index built from the pack files, without reading them', async () => {
    const file = await written();
    const built = new ScreeningEngine(packEntries);
    const fromBuild = await built.load(VERSIONS);
    reads = 0;
    const prebuilt = new ScreeningEngine(packEntries, (versions) => readPrebuilt(file, BUILD, versions));
    const fromFile = await prebuilt.load(VERSIONS);
    expect(reads).toBe(0);
    expect(fromFile.index.names.length).toBe(fromBuild.index.names.length);
    const hits = VENDORS.map((v) => built.find(fromBuild, v));
    expect(hits.flat().length).toBeGreaterThan(10);
    expect(hits.flat().some((h) => h.hit.via === 'list-link')).toBe(true);
    expect(VENDORS.map((v) => prebuilt.find(fromFile, v))).toEqual(hits);
  });

  it('is not used by another build, by code run from its sources, or for other lists', async () => {
    const file = await written();
    expect(readPrebuilt(file, BUILD, VERSIONS)).not.toBeNull();
    expect(readPrebuilt(file, 'build-2', VERSIONS)).toBeNull();
    expect(readPrebuilt(file, null, VERSIONS)).toBeNull();
    expect(readPrebuilt(file, BUILD, VERSIONS.slice(1))).toBeNull();
    // The same list, a file with other contents (a newer pack).
    const [first, ...rest] = VERSIONS as [EngineVersion & { packFile: { path: string; sha256: string } }, ...EngineVersion[]];
    expect(readPrebuilt(file, BUILD, [{ ...first, packFile: { ...first.packFile, sha256: '0'.repeat(64) } }, ...rest])).toBeNull();
    // A list from the database, not the pack.
    expect(readPrebuilt(file, BUILD, [...VERSIONS, { id: 'stored-version', listKey: 'un-sc' }])).toBeNull();
    const loaded = await new ScreeningEngine(packEntries).load(VERSIONS);
    expect(() => writePrebuilt(path.join(tempDir(), 'x.bin'), BUILD, [...VERSIONS, { id: 'stored-version', listKey: 'un-sc' }], loaded)).toThrow(/bundled pack/);
  });

  it('missing, cut short or damaged, the engine builds the index itself and screens the same', async () => {
    const file = await written();
    const bytes = fs.readFileSync(file);
    const cut = path.join(tempDir(), 'cut.bin');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const damaged = path.join(tempDir(), 'damaged.bin');
    fs.writeFileSync(damaged, Buffer.concat([bytes.subarray(0, bytes.indexOf(0x0a, 30) + 1), Buffer.from('not an index')]));
    const expected = new ScreeningEngine(packEntries);
    const expectedIndex = await expected.load(VERSIONS);
    const want = VENDORS.map((v) => expected.find(expectedIndex, v));
    for (const broken of [cut, damaged, path.join(tempDir(), 'none.bin')]) {
      expect(readPrebuilt(broken, BUILD, VERSIONS)).toBeNull();
      reads = 0;
      const engine = new ScreeningEngine(packEntries, (versions) => readPrebuilt(broken, BUILD, versions));
      const loaded = await engine.load(VERSIONS);
      expect(reads).toBe(VERSIONS.length);
      expect(VENDORS.map((v) => engine.find(loaded, v))).toEqual(want);
    }
  });
});
