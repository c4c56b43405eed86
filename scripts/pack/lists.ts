// What the bundled default pack is made of, and how each list is made from its files: the most complete public
// snapshots there are (see assets/reference-pack/SOURCES.md), read with the app's own importers, with a coverage
// record that says plainly what each list lacks. Used by scripts/build-default-pack.ts and by the test that the
// prepared pack is what the importers make of its files.
import zlib from 'node:zlib';
import { cslSubListCode, publishedId, uniqueIds } from '../../electron/core/lists/csl';
import { parseListFiles } from '../../electron/core/lists/detect';
import type { ListEntry, ParsedList } from '../../electron/core/lists/entry';
import { type PreparedList, prepareList } from '../../electron/core/lists/prepare';
import { nameKey } from '../../electron/core/lists/text';

export interface PackInput {
  /** Relative to the reference-data folder, and to assets/reference-pack where the copy is kept. */
  path: string;
  /** The date of this file's data. */
  asOf: string | null;
}

export interface PackList {
  key: string;
  inputs: PackInput[];
  /** The list's date: up to when it is complete (the oldest part, for lists made of parts of different dates). */
  asOf: string | null;
  /** What the snapshot lacks, beyond what the importer sees in the files themselves. */
  gaps: string[];
  /** The CSL is made of a complete older copy and the newer rows of a copy that was cut short. */
  merge?: 'csl';
}

export const PACK_LISTS: readonly PackList[] = [
  {
    key: 'ofac-sdn',
    inputs: [
      { path: 'ofac-sdn/2024-05-03/sdn.csv', asOf: '2024-05-03' },
      { path: 'ofac-sdn/2026-06-02-partial/alt.csv', asOf: '2026-06-02' },
      { path: 'ofac-sdn/2026-06-02-partial/add.csv', asOf: '2026-06-02' },
      { path: 'ofac-sdn/2025-12-24-partial/sdn_comments.csv', asOf: '2025-12-24' },
    ],
    asOf: '2024-05-03',
    gaps: [
      'The primary records (sdn.csv) are of 2024-05-03: people and companies designated since are missing, and removals since are not reflected. Aliases and addresses are of 2026-06-02, and attach only to entries the older file has.',
    ],
  },
  {
    key: 'ofac-non-sdn',
    inputs: [
      { path: 'ofac-consolidated-non-sdn/2025-12-19/cons_prim.csv', asOf: '2025-12-19' },
      { path: 'ofac-consolidated-non-sdn/2025-12-19/cons_alt.csv', asOf: '2025-12-19' },
      { path: 'ofac-consolidated-non-sdn/2025-12-19/cons_add.csv', asOf: '2025-12-19' },
      { path: 'ofac-consolidated-non-sdn/2025-12-19/cons_comments.csv', asOf: '2025-12-19' },
    ],
    asOf: '2025-12-19',
    gaps: [],
  },
  {
    key: 'trade-gov-csl',
    inputs: [
      { path: 'trade-gov-csl/2022-05-06/consolidated.csv.gz', asOf: '2022-05-06' },
      { path: 'trade-gov-csl/2023-11-30-truncated/csl.csv', asOf: '2023-11-30' },
    ],
    asOf: '2022-05-06',
    merge: 'csl',
    gaps: [
      'Complete only as of 2022-05-06. Rows updated to 2023-11-30 come from a copy of that date which was cut short after 4,226 rows: entities listed after 2022-05-06 are missing unless their row came before the cut, and removals after 2022-05-06 are not reflected.',
    ],
  },
  { key: 'bis-dpl', inputs: [{ path: 'bis-denied-persons/2023-11-30/dpl.txt', asOf: '2023-11-30' }], asOf: null, gaps: [] },
  {
    key: 'uk-sanctions',
    inputs: [{ path: 'uk-fcdo-sanctions-list/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods', asOf: '2025-08-11' }],
    asOf: null,
    gaps: [],
  },
  { key: 'un-sc', inputs: [{ path: 'un-security-council/2026-02-27/UN_consolidated.xml', asOf: '2026-02-27' }], asOf: null, gaps: [] },
  { key: 'dod-1260h', inputs: [{ path: 'dod-1260h/1260h.csv', asOf: '2026-06-08' }], asOf: null, gaps: [] },
];

/** A file as the importers read it: gzipped copies are unpacked first (under their name without .gz). */
function asListFile(input: PackInput, bytes: Uint8Array): { name: string; bytes: Uint8Array } {
  const name = input.path.split('/').at(-1)!;
  return name.endsWith('.gz') ? { name: name.slice(0, -3), bytes: new Uint8Array(zlib.gunzipSync(bytes)) } : { name, bytes };
}

/** Makes one pack list from its files (read by `read`, relative paths as in PackInput.path). */
export async function preparePackList(list: PackList, read: (path: string) => Uint8Array): Promise<PreparedList> {
  const files = list.inputs.map((input) => asListFile(input, read(input.path)));
  const parsed = list.merge === 'csl' ? await mergeCsl(files) : await parseListFiles(files);
  if (parsed.listKey !== list.key) throw new Error(`${list.inputs[0]!.path} was read as ${parsed.listKey}, not ${list.key}`);
  const prepared = prepareList({ ...parsed, asOf: list.asOf ?? parsed.asOf, gaps: [...list.gaps, ...parsed.gaps] }, files);
  // Each part keeps the date of its own data.
  const dateOf = new Map(list.inputs.map((input, i) => [files[i]!.name, input.asOf]));
  prepared.coverage.parts = prepared.coverage.parts.map((part) => ({ ...part, asOf: dateOf.get(part.file) ?? part.asOf }));
  return prepared;
}

/**
 * The complete 2022 CSL with the rows of the cut-short 2023 copy laid over it, the newer row winning. Treasury rows
 * keep their entity number from one download to the next; BIS and State rows get a new id in each, so those are
 * matched by sub-list and name.
 */
async function mergeCsl(files: { name: string; bytes: Uint8Array }[]): Promise<ParsedList> {
  const [older, newer] = await Promise.all(files.map((f) => parseListFiles([f])));
  if (!older || !newer) throw new Error('The CSL is made of two files');
  const key = (e: ListEntry) => {
    const id = publishedId(e.entryId);
    return `${cslSubListCode(e.subList ?? '')}|${/^\d+$/.test(id) ? id : nameKey(e.name)}`;
  };
  const merged = new Map(older.entries.map((e) => [key(e), e]));
  for (const entry of newer.entries) merged.set(key(entry), entry);
  // Each file made its ids unique on its own; the merged rows are made unique again, from the ids as published.
  const entries = uniqueIds([...merged.values()].map((e) => ({ ...e, entryId: publishedId(e.entryId) })));
  return {
    ...newer,
    asOf: older.asOf,
    asOfBasis: `Complete as of ${older.asOf} ("${older.sourceFiles[0]!.name}"), with the rows of a copy of ${newer.asOf} that was cut short ("${newer.sourceFiles[0]!.name}") laid over it.`,
    sourceFiles: [...older.sourceFiles, ...newer.sourceFiles],
    entries,
    warnings: [...older.warnings, ...newer.warnings],
    // The newer copy's cut is said in the list's own gap; the sub-lists are whole in the older copy.
    gaps: older.gaps,
  };
}
