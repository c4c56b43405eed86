// The list registry (electron/core/lists/registry.ts) is the one place that knows each list: every importer's list
// has an entry, every entry is complete, and the tables it replaced do not come back.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseListFiles } from '../../electron/core/lists/detect';
import { LIST_FORMATS, type ParsedList } from '../../electron/core/lists/entry';
import { LIST_SOURCES, listSource } from '../../electron/core/lists/registry';
import * as scoring from '../../electron/core/scoring';
import { DEFAULT_THRESHOLDS } from '../../electron/core/screening/thresholds';
import { PACK_LISTS } from '../../scripts/pack/lists';
import { REAL_LISTS, textSeeds } from '../fuzz/hostile-list-files';
import { ROOT } from '../helpers';
import { refFile } from './lists-fixtures';

const KEYS = LIST_SOURCES.map((s) => s.listKey);

/** Every .ts/.tsx file under a folder, relative to ROOT. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? sources(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

describe('the list registry', () => {
  // One small file of every format the importers read: the first records of each text format, and the UK ODS whole.
  let parsed: ParsedList[];
  beforeAll(async () => {
    const ods = REAL_LISTS.find((l) => l.kind === 'UK ODS')!.files;
    const imports = [
      ...textSeeds()
        .filter((s) => !s.custom)
        .map((s) => [{ name: s.name, bytes: new TextEncoder().encode(s.text) }]),
      ods.map((rel) => refFile(rel)),
    ];
    parsed = await Promise.all(imports.map((files) => parseListFiles(files)));
  });

  it('has an entry for the list of every importer, naming its format, and gives the importer its name, publisher and page', () => {
    expect(new Set(parsed.map((p) => p.format))).toEqual(new Set(LIST_FORMATS.filter((f) => f !== 'custom-csv')));
    for (const list of parsed) {
      const entry = listSource(list.listKey);
      expect(entry, list.listKey).toBeDefined();
      expect(entry!.formats, list.listKey).toContain(list.format);
      expect({ listName: list.listName, publisher: list.publisher }).toEqual({ listName: entry!.listName, publisher: entry!.publisher });
      if (list.listKey !== 'dod-1260h') expect(list.sourceUrl).toBe(entry!.sourceUrl ?? entry!.page); // the 1260H's names its PDF
    }
  });

  it('gives every list its bands, scoring class, importer formats and source, each format to one list only', () => {
    expect(new Set(KEYS).size).toBe(KEYS.length);
    const classes = scoring.DEFAULT_METHODOLOGY.parameters.designations.classes.map((c) => c.id);
    for (const s of LIST_SOURCES) {
      expect(s.listName && s.shortName && s.publisher && s.designation && s.files, s.listKey).toBeTruthy();
      expect(DEFAULT_THRESHOLDS.lists[s.listKey], s.listKey).toBeDefined();
      if (s.scoringClass !== null) expect(classes, s.listKey).toContain(s.scoringClass);
      expect(s.formats.length, s.listKey).toBeGreaterThan(0);
      for (const url of [s.page, s.sourceUrl ?? s.page, ...s.downloads]) expect(url, s.listKey).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    }
    const formats = LIST_SOURCES.flatMap((s) => s.formats);
    expect(new Set(formats).size).toBe(formats.length);
    expect(PACK_LISTS.map((l) => l.key).filter((k) => !KEYS.includes(k))).toEqual([]);
  });

  it('cannot change methodology version 1 by itself: its parameters are what they were when it shipped', () => {
    // Scores name the methodology version that made them; an edit of a list's class needs a new version instead.
    // Version 2 (#16) added only designations.via.supplier: version 1 is the same methodology without it.
    const digest = createHash('sha256').update(JSON.stringify(scoring.SUPPLIERLESS_V1)).digest('hex');
    expect(digest).toBe('a66fd3afc3b8692b647c296a45ae23bae4f495580256f030b8b871117e578f74');
  });

  it('decides the default methodology: a hit with no sub-list or programme falls into its list’s class', () => {
    for (const s of LIST_SOURCES) {
      expect(scoring.designationClass({ listKey: s.listKey, subList: null, programmes: [] }).cls.id, s.listKey).toBe(s.scoringClass ?? 'other');
    }
  });

  it('is the only table of lists: scoring, screening and the importers keep no copy', () => {
    expect('LIST_NAMES' in scoring).toBe(false);
    // A copy is a table keyed by list key, or a list's name or publisher spelled out (a short name may be a
    // methodology class's label too: "UK sanctions list").
    const keyed = new RegExp(`(^|[{,])\\s*['"](${KEYS.join('|')})['"]\\s*:`, 'm');
    const spelled = LIST_SOURCES.flatMap((s) => [s.listName, s.publisher]).map((text) => `'${text}'`);
    const copies = [...sources('electron'), ...sources('renderer/src')]
      .filter((f) => f !== 'electron/core/lists/registry.ts')
      .flatMap((f) => {
        const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
        return [...(keyed.test(text) ? [`${f}: a table keyed by list key`] : []), ...spelled.filter((s) => text.includes(s)).map((s) => `${f}: ${s}`)];
      });
    expect(copies).toEqual([]);
  });

  it('names a hit by its list’s short name when the hit carries no list name', () => {
    const r = scoring.scoreVendor({
      vendor: { id: 'v', name: 'Example Co', services: [], dataShared: [], criticality: 'low', countryOfIncorporation: 'US', countryOfHeadquarters: 'US' },
      designations: LIST_SOURCES.map((s, i) => ({
        hitId: `h${i}`,
        listKey: s.listKey,
        subList: null,
        programmes: [],
        band: 'match' as const,
        decision: 'open' as const,
        via: 'name' as const,
        entryName: `Entry ${i}`,
        listVersionId: `lv-${i}`,
        asOf: null,
      })),
      allegations: [],
      answers: {},
      today: '2026-07-01',
    });
    for (const [i, s] of LIST_SOURCES.entries()) expect(r.warnings.join(' ')).toContain(`"Entry ${i}" (${s.shortName}, match band)`);
  });
});
