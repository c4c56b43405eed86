// Bulk vendor import: read and check the whole file first (in a worker thread: vendors/tasks.ts), then write all of it
// in one transaction or none of it.
import path from 'node:path';
import { appendEvents } from '../audit/log';
import type { ColumnMapping, ImportBadRow, ImportField, RowProblem, VendorInput } from './model';
import { GLOBAL_SCHEMES, identifierKey } from '../identifiers';
import type { Sql, Store } from '../db/store';
import { VetterError } from '../errors';
import { type Job, yieldToEventLoop } from '../jobs/jobs';
import { guessMapping, mappingProblems, RowChecker, unknownHeaders } from './import-rows';
import type { VendorRepository } from './repository';
import { readTable, type TableLimits } from './table-file';

export interface Duplicate {
  row: number;
  name: string;
  existingId: string;
  existingName: string;
  /** In plain words, to follow "matches <existing name>:": "same name", or "same LEI 5493…". */
  reason: string;
}

/**
 * The vendors a file gives, packed for the trip from the worker thread to the core: two flat arrays and a few
 * buffers cross a thread boundary (and sit in memory, outside the JavaScript heap) far more cheaply than 100,000
 * objects.
 */
export interface PlannedVendors {
  /** Spreadsheet row of each vendor. */
  rows: number[];
  /** Each vendor's normalised legal name, for duplicate checks. */
  keys: string[];
  /** Each vendor's input as one line of compact JSON (UTF-8), in the same order, in chunks of whole lines. */
  inputs: Uint8Array[];
}

/** The order of a packed input's values: an array of values is a third of the size of the object with its keys. */
const PACKED_KEYS = [
  'legalName',
  'otherNames',
  'identifiers',
  'countryOfIncorporation',
  'countryOfHeadquarters',
  'parentName',
  'website',
  'services',
  'dataShared',
  'criticality',
  'contractOwner',
  'contractStart',
  'contractEnd',
  'annualSpend',
  'tags',
  'notes',
] as const satisfies readonly (keyof VendorInput)[];

// Lists of small objects go as pairs too, for the same reason.
function packInput(input: VendorInput): string {
  return JSON.stringify(
    PACKED_KEYS.map((key) => {
      if (key === 'otherNames') return input.otherNames.map((n) => [n.name, n.kind]);
      if (key === 'identifiers') return input.identifiers.map((id) => [id.scheme, id.value]);
      return input[key];
    }),
  );
}

function unpackInput(line: string): VendorInput {
  const values = JSON.parse(line) as unknown[];
  const input = Object.fromEntries(PACKED_KEYS.map((key, i) => [key, values[i]])) as Record<string, unknown>;
  input.otherNames = (input.otherNames as [string, string][]).map(([name, kind]) => ({ name, kind }));
  input.identifiers = (input.identifiers as [string, string][]).map(([scheme, value]) => ({ scheme, value }));
  return input as unknown as VendorInput;
}

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Packs vendor inputs as lines straight into buffers of a few MB: each line's string dies young, so a file of
 * 200,000 vendors leaves no old garbage behind, and the buffers live outside the JavaScript heap.
 */
export class InputPacker {
  private readonly chunks: Uint8Array[] = [];
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private length = 0;

  push(input: VendorInput): void {
    const line = packInput(input);
    // At most 3 bytes per UTF-16 unit, and the newline.
    const needed = line.length * 3 + 1;
    if (this.length + needed > this.buffer.length) {
      this.seal();
      this.buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, needed));
    }
    this.length += this.buffer.write(line, this.length, 'utf8');
    this.buffer[this.length++] = 10;
  }

  finish(): Uint8Array[] {
    this.seal();
    return this.chunks;
  }

  /** The chunk, copied to exactly its lines (a worker's answer copies a whole buffer, spare room included). */
  private seal(): void {
    if (this.length > 0) this.chunks.push(new Uint8Array(this.buffer.subarray(0, this.length)));
    this.length = 0;
  }
}

/** Each vendor's index and input, in order. */
export function* plannedInputs(vendors: PlannedVendors): Generator<[number, VendorInput]> {
  let index = 0;
  for (const chunk of vendors.inputs) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(10, start);
      if (end < 0) break;
      yield [index++, unpackInput(bytes.toString('utf8', start, end))];
      start = end + 1;
    }
  }
  if (index !== vendors.rows.length) throw new Error(`The planned vendors are cut short: ${index} of ${vendors.rows.length}`);
}

/** Calls back with each vendor's index and input, in order (wanted: only those indexes, when given). */
export function eachInput(vendors: PlannedVendors, visit: (index: number, input: VendorInput) => void, wanted?: Set<number>): void {
  for (const [i, input] of plannedInputs(vendors)) if (!wanted || wanted.has(i)) visit(i, input);
}

/** What reading and checking a file found; no database involved. */
export interface FilePlan {
  fileName: string;
  sha256: string;
  headers: string[];
  sample: string[][];
  mapping: ColumnMapping;
  rowCount: number;
  vendors: PlannedVendors;
  problems: RowProblem[];
  problemCount: number;
  warnings: string[];
  /** Problems with the column mapping itself (the first of `problems`): no fix of a row mends them. */
  mappingProblemCount: number;
  /** The rows with problems, with their cells (the first MAX_EDITABLE_ROWS), to fix or leave out in the preview. */
  badRows: ImportBadRow[];
  badRowCount: number;
  /** Problems of the rows with problems that badRows does not keep. */
  unkeptProblemCount: number;
  /** What the preview changed, when it did (import-edits.ts): the audit event of the import records it. */
  edits?: PlanEdits;
}

/** A cell typed again in the preview: the file and what was imported can be reconciled from these. */
export interface Correction {
  row: number;
  column: string;
  field: ImportField;
  from: string;
  to: string;
}

export interface PlanEdits {
  corrections: Correction[];
  /** Rows left out, with the name the file gave each. */
  skipped: { row: number; name: string }[];
}

export type OnDuplicate = 'skip' | 'update';

export interface PlanOptions {
  /** The file's own name, for messages and the audit record (the path's by default). */
  name?: string;
  /** The user's column mapping; guessed from the headers when absent. */
  mapping?: ColumnMapping;
  limits?: Partial<TableLimits>;
  onProgress?: (done: number, total: number) => void;
}

const SAMPLE_ROWS = 10;
const CHUNK = 500;
/** An import of more vendors than this is a bulk transaction for the store (a larger page cache on SQLite). */
const BULK_IMPORT = 10_000;

/** Reads, maps and validates a file, streaming it row by row; writes nothing and reads no database. */
export async function planFile(file: string, opts: PlanOptions = {}): Promise<FilePlan> {
  const fileName = opts.name ?? path.basename(file);
  const rows: number[] = [];
  const keys: string[] = [];
  const inputs = new InputPacker();
  const sample: string[][] = [];
  let checker: RowChecker | null = null;
  let mapping: ColumnMapping = [];
  let headerRow = 1;
  const summary = await readTable(file, {
    name: fileName,
    limits: opts.limits,
    onProgress: opts.onProgress,
    sink: {
      header(headers, row) {
        headerRow = row;
        mapping = opts.mapping ? headers.map((_, i) => opts.mapping?.[i] ?? null) : guessMapping(headers);
        checker = new RowChecker(headers, mapping);
      },
      row(row, cells) {
        if (sample.length < SAMPLE_ROWS) sample.push(cells);
        const checked = checker!.check(row, cells);
        if (checked === null) return;
        rows.push(row);
        keys.push(checked.key);
        inputs.push(checked.input);
      },
    },
  });
  const width = summary.headers.length;
  if (opts.mapping && opts.mapping.length !== width) {
    throw new VetterError('invalid_input', `The column mapping does not fit ${fileName}: it has ${width} columns now. Pick the file again.`);
  }
  const columns = mapping.slice(0, width);
  const mapped = mappingProblems(columns, headerRow);
  const rowChecker = checker as RowChecker | null;
  const ignored = unknownHeaders(summary.headers, columns);
  return {
    fileName,
    sha256: summary.sha256,
    headers: summary.headers,
    sample: sample.map((cells) => cells.slice(0, width)),
    mapping: columns,
    rowCount: summary.rowCount,
    vendors: { rows, keys, inputs: inputs.finish() },
    problems: [...mapped, ...(rowChecker?.problems ?? [])],
    problemCount: mapped.length + (rowChecker?.problemCount ?? 0),
    mappingProblemCount: mapped.length,
    badRows: rowChecker?.badRows ?? [],
    badRowCount: rowChecker?.badRowCount ?? 0,
    unkeptProblemCount: rowChecker?.unkeptProblemCount ?? 0,
    warnings: [...summary.warnings, ...(ignored.length ? [`These columns are not imported: ${ignored.join(', ')}`] : [])],
  };
}

/**
 * The rows that are a vendor already in the inventory: the same normalised legal name, or else the same LEI, USCC or
 * DUNS number (issued to one company only, so a renamed or differently spelled vendor is still found). The name
 * decides first: it is what the database keeps unique. `sql`: where to read (an import's own transaction).
 */
export async function findDuplicates(repo: VendorRepository, vendors: PlannedVendors, sql?: Sql): Promise<Duplicate[]> {
  const byName = await repo.idsByNormName(sql);
  const byIdentifier = await repo.idsByGlobalIdentifier(sql);
  const named = new Map<number, { id: string; legalName: string }>();
  vendors.keys.forEach((key, i) => {
    const hit = byName.get(key);
    if (hit) named.set(i, hit);
  });
  const duplicates: Duplicate[] = [];
  // Identifiers are inside the packed inputs: unpack every row only when the inventory has identifiers to meet.
  if (named.size === 0 && byIdentifier.size === 0) return duplicates;
  eachInput(
    vendors,
    (i, input) => {
      const row = vendors.rows[i]!;
      const hit = named.get(i);
      if (hit) {
        duplicates.push({ row, name: input.legalName, existingId: hit.id, existingName: hit.legalName, reason: 'same name' });
        return;
      }
      for (const id of input.identifiers) {
        const same = GLOBAL_SCHEMES.has(id.scheme) ? byIdentifier.get(identifierKey(id.scheme, id.value)) : undefined;
        if (same) {
          duplicates.push({ row, name: input.legalName, existingId: same.id, existingName: same.legalName, reason: `same ${id.scheme} ${id.value}` });
          return;
        }
      }
    },
    byIdentifier.size === 0 ? new Set(named.keys()) : undefined,
  );
  return duplicates;
}

/**
 * Writes a checked plan in one store transaction: every vendor and its audit event, or nothing. The duplicates are
 * looked up inside it (a vendor saved since the preview may have become one). Chunks yield to the event loop so that
 * progress is reported and a cancel can arrive; a cancel rolls back. Reads meanwhile see the inventory as it was.
 */
export async function applyImport(
  store: Store,
  repo: VendorRepository,
  plan: FilePlan,
  opts: { onDuplicate: OnDuplicate; actor: string; job?: Job },
): Promise<{ created: number; updated: number; skipped: number }> {
  if (plan.problemCount > 0) {
    throw new VetterError('invalid_input', `${plan.fileName} has ${plan.problemCount} problem(s). Nothing was imported; fix them and try again.`);
  }
  const { rows } = plan.vendors;
  const total = rows.length;
  return store.transaction(
    async (tx) => {
      const duplicateOf = new Map((await findDuplicates(repo, plan.vendors, tx)).map((d) => [d.row, d.existingId]));
      const counts = { created: 0, updated: 0, skipped: 0 };
      const inputs = plannedInputs(plan.vendors);
      const writer = repo.bulkWriter(tx, opts.actor);
      for (let i = 0; i < total; i += CHUNK) {
        opts.job?.throwIfCancelled();
        for (let k = i; k < Math.min(i + CHUNK, total); k++) {
          const next = inputs.next();
          if (next.done) throw new Error('The planned vendors are cut short');
          const [, input] = next.value;
          const existingId = duplicateOf.get(rows[k]!);
          if (existingId !== undefined && opts.onDuplicate === 'skip') {
            counts.skipped += 1;
            continue;
          }
          if (existingId === undefined) {
            writer.create(input);
            counts.created += 1;
          } else {
            await writer.update(existingId, input);
            counts.updated += 1;
          }
        }
        await writer.flush();
        opts.job?.progress('Importing vendors', Math.min(i + CHUNK, total), total);
        await yieldToEventLoop();
      }
      opts.job?.throwIfCancelled();
      const edits = plan.edits ?? { corrections: [], skipped: [] };
      await appendEvents(tx, [
        {
          actor: opts.actor,
          action: 'vendor.import',
          entityType: 'import',
          entityId: null,
          summary: `Imported ${plan.fileName}: ${counts.created} added, ${counts.updated} updated, ${counts.skipped} skipped${editsInWords(edits)}`,
          after: {
            file: plan.fileName,
            sha256: plan.sha256,
            rows: plan.rowCount,
            ...counts,
            // Only when the preview changed something, so an import of the file as it is records what it always did.
            ...(edits.corrections.length > 0 || edits.skipped.length > 0
              ? { correctedRows: new Set(edits.corrections.map((c) => c.row)).size, corrections: edits.corrections, skippedRows: edits.skipped }
              : {}),
          },
        },
      ]);
      return counts;
    },
    { bulk: total > BULK_IMPORT },
  );
}

/** "; 2 rows corrected in the preview (row 3 criticality, row 5 country), 1 row left out (row 7)", or nothing. */
function editsInWords({ corrections, skipped }: PlanEdits): string {
  const parts: string[] = [];
  const rows = new Set(corrections.map((c) => c.row)).size;
  if (rows > 0) {
    const cells = corrections.slice(0, 10).map((c) => `row ${c.row} ${c.column}`);
    const more = corrections.length > 10 ? ` and ${corrections.length - 10} more` : '';
    parts.push(`${rows} ${rows === 1 ? 'row' : 'rows'} corrected in the preview (${cells.join(', ')}${more})`);
  }
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 10).map((s) => s.row);
    const more = skipped.length > 10 ? ` and ${skipped.length - 10} more` : '';
    parts.push(`${skipped.length} ${skipped.length === 1 ? 'row' : 'rows'} left out (${skipped.length === 1 ? 'row' : 'rows'} ${shown.join(', ')}${more})`);
  }
  return parts.length ? `; ${parts.join(', ')}` : '';
}
