// What every list importer produces: one shape for every designation list, whatever its file format.
import type { ListedIdentifier } from '../identifiers';

export const ENTRY_TYPES = ['entity', 'individual', 'vessel', 'aircraft', 'unknown'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const ENTRY_STATUSES = ['listed', 'removed', 'renamed'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** One edition of a list that printed this entry (DoD 1260H keeps its edition history). */
export interface EditionRecord {
  edition: string; // YYYY-MM-DD
  name: string;
}

export interface ListEntry {
  /** Stable id within its list: OFAC ent_num, CSL id, UN DATAID, UK Group ID, or a key derived from the name. */
  entryId: string;
  /** The list it sits on inside a merged file (CSL "source", OFAC programme family), e.g. "Entity List (EL) - Bureau of Industry and Security". */
  subList: string | null;
  /** Primary name exactly as published. */
  name: string;
  aliases: string[];
  /**
   * Names the list marks as weak (OFAC's low-quality a.k.a.'s, given in quotes in its remarks: "a.k.a. 'BNC'"):
   * matched exactly only and never above review. Absent when there are none, and in entries stored before they
   * were kept apart (when they were aliases).
   */
  weakAliases?: string[];
  /**
   * Company identifiers the list prints (LEI, USCC, DUNS, registration and tax numbers: lists/identifiers.ts). Absent
   * when there are none, and in entries stored before they were read.
   */
  identifiers?: ListedIdentifier[];
  type: EntryType;
  /** ISO 3166-1 alpha-2 codes where the file's country can be mapped, otherwise the text as published. */
  countries: string[];
  addresses: string[];
  programmes: string[];
  listedDate: string | null; // YYYY-MM-DD
  status: EntryStatus;
  removedDate: string | null; // YYYY-MM-DD, when status is removed
  /**
   * The name the entry is known by now, when the list says so or the importer can tell: for status
   * 'renamed' (DoD 1260H) the name it is listed under now; for a listed OFAC entry with an "nka"
   * (now known as) alias, that name, while the entry stays listed under its published name.
   */
  renamedTo: string | null;
  /** Parents / "Linked To" / owners named by the list itself. */
  parents: string[];
  remarks: string | null;
  sourceUrl: string | null;
  editions: EditionRecord[];
}

export const LIST_FORMATS = [
  'ofac-sdn-csv',
  'ofac-consolidated-csv',
  'trade-gov-csl-csv',
  'trade-gov-csl-json',
  'bis-dpl-txt',
  'uk-sanctions-ods',
  'un-sc-xml',
  'dod-1260h-csv',
  'ns-cmic-csv',
  'custom-csv',
] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface ParsedList {
  format: ListFormat;
  /** Key of the list: one of the list registry (lists/registry.ts), or "custom-…" for a custom list. */
  listKey: string;
  /** Name for people: "OFAC Specially Designated Nationals (SDN) List". */
  listName: string;
  publisher: string;
  /** Date of the data as far as the files themselves show it (newest listing/update date, dateGenerated); null when they do not. */
  asOf: string | null;
  /** Where asOf comes from, in words for the user and the auditor, e.g. "dateGenerated of the XML file". */
  asOfBasis: string;
  /** Canonical page where the publisher offers the list; null for a custom list without one. */
  sourceUrl: string | null;
  /** The files read, with the part each played (OFAC sets are several files) and the rows read from it. */
  sourceFiles: SourceFile[];
  entries: ListEntry[];
  /** Things the user must see, e.g. "The last row (line 4229) was cut off and was skipped." */
  warnings: string[];
  /**
   * What the data lacks, in plain words, for the list's coverage record: empty when the files are, as far as they
   * show, the whole list. A list with gaps is shown as partial wherever a result against it appears.
   */
  gaps: string[];
}

export interface SourceFile {
  name: string;
  /** "list" for single-file formats; for OFAC sets "primary", "addresses", "aliases" or "comments". */
  role: string;
  /** Data rows (or XML records) read from the file; header lines, repeated headers and a cut-off last row are not counted. */
  rows: number;
}

/** One file of an import (OFAC's legacy CSV set is four files). */
export interface ListFile {
  name: string;
  bytes: Uint8Array;
}
