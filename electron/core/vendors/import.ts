// Bulk vendor import: read and check the whole file first, then write all of it in one transaction or none of it.
import path from 'node:path';
import { appendEvent } from '../audit/log';
import type { ColumnMapping, RowProblem, VendorInput } from '../contract';
import type { Db } from '../db/open';
import { VetterError } from '../errors';
import { type Job, yieldToEventLoop } from '../jobs/jobs';
import { guessMapping, mappingProblems, rowsToVendors, unknownHeaders } from './import-rows';
import { normaliseName } from './names';
import type { VendorRepository } from './repository';
import { readTableFile } from './table-file';

export interface Duplicate {
  row: number;
  name: string;
  existingId: string;
  existingName: string;
}

export interface ImportPlan {
  fileName: string;
  sha256: string;
  headers: string[];
  sample: string[][];
  mapping: ColumnMapping;
  rowCount: number;
  vendors: { row: number; input: VendorInput }[];
  problems: RowProblem[];
  problemCount: number;
  duplicates: Duplicate[];
  warnings: string[];
}

export type OnDuplicate = 'skip' | 'update';

const SAMPLE_ROWS = 10;
const CHUNK = 500;

/** Reads, maps and validates a file without writing anything. */
export async function planImport(repo: VendorRepository, file: string, mapping?: ColumnMapping): Promise<ImportPlan> {
  const table = await readTableFile(file);
  const columns = mapping ?? guessMapping(table.headers);
  if (columns.length !== table.headers.length) {
    throw new VetterError('invalid_input', 'The column mapping does not fit this file. Pick the file again.');
  }
  const mapped = mappingProblems(columns);
  const checked = rowsToVendors(table.headers, table.rows, columns);
  const problems = [...mapped, ...checked.problems];
  const duplicates = findDuplicates(repo, checked.vendors);
  const ignored = unknownHeaders(table.headers, columns);
  return {
    fileName: path.basename(file),
    sha256: table.sha256,
    headers: table.headers,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    mapping: columns,
    rowCount: table.rows.length,
    vendors: checked.vendors,
    problems,
    problemCount: mapped.length + checked.problemCount,
    duplicates,
    warnings: [...table.warnings, ...(ignored.length ? [`These columns are not imported: ${ignored.join(', ')}`] : [])],
  };
}

/** The rows whose normalised legal name is already in the inventory. */
export function findDuplicates(repo: VendorRepository, vendors: ImportPlan['vendors']): Duplicate[] {
  const existing = repo.idsByNormName();
  const duplicates: Duplicate[] = [];
  for (const v of vendors) {
    const hit = existing.get(normaliseName(v.input.legalName));
    if (hit) duplicates.push({ row: v.row, name: v.input.legalName, existingId: hit.id, existingName: hit.legalName });
  }
  return duplicates;
}

/**
 * Writes a checked plan in one transaction: every vendor and its audit event, or nothing.
 * Chunks yield to the event loop so progress is reported and a cancel can arrive; a cancel rolls back.
 */
export async function applyImport(
  db: Db,
  repo: VendorRepository,
  plan: ImportPlan,
  opts: { onDuplicate: OnDuplicate; actor: string; job?: Job },
): Promise<{ created: number; updated: number; skipped: number }> {
  if (plan.problemCount > 0) {
    throw new VetterError('invalid_input', `The file has ${plan.problemCount} problem(s). Nothing was imported; fix them and try again.`);
  }
  const duplicateOf = new Map(plan.duplicates.map((d) => [d.row, d.existingId]));
  const counts = { created: 0, updated: 0, skipped: 0 };
  const total = plan.vendors.length;
  db.exec('BEGIN IMMEDIATE');
  try {
    for (let i = 0; i < total; i += CHUNK) {
      opts.job?.throwIfCancelled();
      for (const { row, input } of plan.vendors.slice(i, i + CHUNK)) {
        const existingId = duplicateOf.get(row);
        if (existingId === undefined) {
          repo.create(input, opts.actor);
          counts.created += 1;
        } else if (opts.onDuplicate === 'update') {
          repo.update(existingId, input, opts.actor);
          counts.updated += 1;
        } else {
          counts.skipped += 1;
        }
      }
      opts.job?.progress('Importing vendors', Math.min(i + CHUNK, total), total);
      await yieldToEventLoop();
    }
    opts.job?.throwIfCancelled();
    appendEvent(db, {
      actor: opts.actor,
      action: 'vendor.import',
      entityType: 'import',
      entityId: null,
      summary: `Imported ${plan.fileName}: ${counts.created} added, ${counts.updated} updated, ${counts.skipped} skipped`,
      after: { file: plan.fileName, sha256: plan.sha256, rows: plan.rowCount, ...counts },
    });
    db.exec('COMMIT');
    return counts;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
