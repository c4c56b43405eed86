// What an ownership file reader gives the store (parties and links, with the line each came from), the limits it reads
// within, and the checks both readers make of a link's fields.
import { quoteValue } from '../visible-text';
import { LINK_KIND_LABELS, LINK_KINDS, type LinkKind, partialDate, type PartyKind } from './model';

/** Far beyond any real ownership file, and low enough that the worst file within them is read in seconds. */
export const OWNERSHIP_LIMITS = {
  /** One file, in bytes. */
  bytes: 100 * 1024 * 1024,
  /** Lines (FtM) or rows (CSV) of one file. */
  lines: 1_000_000,
  /** Characters of one FtM line (one entity). */
  lineChars: 1_000_000,
  /** Characters of a party's name (longer is not a name). */
  nameChars: 500,
  /** Names of one party. */
  names: 1_000,
  /** Characters of a link's source. */
  sourceChars: 1_000,
};
export type OwnershipLimits = typeof OWNERSHIP_LIMITS;

export interface PartyRecord {
  /** `ftm:` and the entity's id. */
  id: string;
  kind: PartyKind | null;
  name: string;
  aliases: string[];
  country: string | null;
  line: number;
}

/** A party a link names: by id (FtM: in this file or an earlier import) or by name (CSV, or by hand, with its kind). */
export type PartyRef = { id: string; line: number; field: string } | { name: string; kind?: PartyKind; line: number; field: string };

export interface LinkRecord {
  /** FtM: `ftm:` and the Ownership's id; CSV: made from the row's parties, kind and start (repository.ts). */
  id: string | null;
  owner: PartyRef;
  owned: PartyRef;
  kind: LinkKind;
  percentage: number | null;
  shares: number | null;
  start: string | null;
  end: string | null;
  source: string | null;
  line: number;
}

export interface OwnershipFile {
  format: 'ftm' | 'csv';
  parties: PartyRecord[];
  links: LinkRecord[];
  /** What the file holds that the graph does not take, by kind. */
  skipped: Record<string, number>;
}

/** What a field's text is not, in words. */
export interface Problem {
  problem: string;
}
export const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'problem' in v;

/** A percentage: a number from 0 to 100, "%" allowed, and a decimal comma (as spreadsheets in many locales write it). */
export function parsePercentage(text: string): number | Problem {
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text);
  if (!m) return { problem: `${quoteValue(text, 40)} is not a percentage (write a number from 0 to 100, such as 25 or 12.5)` };
  const value = Number(m[1]!.replace(',', '.'));
  return value <= 100 ? value : { problem: `${text} is more than 100 %` };
}

/** A share count: a number of 0 or more (registries split shares, so it may have decimals). */
export function parseShares(text: string): number | Problem {
  return /^\d{1,20}(\.\d+)?$/.test(text) ? Number(text) : { problem: `${quoteValue(text, 40)} is not a number of shares` };
}

/** A date as YYYY-MM-DD, YYYY-MM or YYYY (a time after the day, as FtM may give, is left off). */
export function parseDate(text: string): string | Problem {
  const day = /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
  const parsed = partialDate.safeParse(day);
  return parsed.success ? day : { problem: `${quoteValue(text, 40)}: ${parsed.error.issues[0]?.message ?? 'not a date'}` };
}

/** Whether a link that starts on `start` can end on `end` (each read as its whole period). */
export function endsAfterStart(start: string, end: string): boolean {
  return start.slice(0, end.length) <= end.slice(0, start.length);
}

/** The kinds as the CSV takes them: the words, the identifiers and a few short forms, any case. */
const KIND_NAMES = new Map<string, LinkKind>([
  ...LINK_KINDS.map((k) => [k, k] as const),
  ...LINK_KINDS.map((k) => [LINK_KIND_LABELS[k].toLowerCase(), k] as const),
  ['shares', 'shareholding'],
  ['jv', 'joint_venture'],
  ['control by agreement', 'control_agreement'],
  ['vie', 'vie_contract'],
  ['board', 'board_control'],
]);

export function parseKind(text: string): LinkKind | Problem {
  return (
    KIND_NAMES.get(text.trim().toLowerCase().replace(/\s+/g, ' ')) ?? {
      problem: `${quoteValue(text, 40)} is not a kind of link (use ${LINK_KINDS.map((k) => LINK_KIND_LABELS[k]).join(', ')})`,
    }
  );
}

/** A party's name: not empty, not longer than a name can be. */
export function nameProblem(name: string, limits: OwnershipLimits): string | null {
  if (name === '') return 'a name is required';
  return name.length > limits.nameChars ? `${quoteValue(name, 60)} is longer than the ${limits.nameChars} characters of a name` : null;
}
