// Vetter from a terminal: the same core handlers the app uses, for automation and batch work.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createChromiumPrinter } from './chromium-printer';
import type { Envelope, Method, Output, ReportSummary, Vendor } from './core/contract';
import { VetterError } from './core/errors';
import { PickedFiles } from './core/host';
import { defaultDataDir } from './core/paths';
import { type Core, openCore } from './core/service';
import { parseCountry } from './core/vendors/countries';
import { normaliseName } from './core/vendors/names';
import { exportCsv } from './core/vendors/export';
import { readTableFile } from './core/vendors/table-file';
import pkg from '../package.json';

const USAGE = `Usage:
  vetter vendors import FILE [--on-duplicate skip|update] [--data-dir DIR]
  vetter vendors list --format json|csv [--data-dir DIR]
  vetter vendors export --format csv|xlsx --out FILE [--data-dir DIR]
  vetter screen --vendors FILE.csv --format json [--data-dir DIR]
  vetter score --format json [--data-dir DIR]
  vetter report vendor --name NAME --out FILE.pdf [--data-dir DIR]
  vetter report portfolio --out FILE.pdf [--data-dir DIR]
  vetter report verify FILE.pdf [--data-dir DIR]
  vetter audit verify [--data-dir DIR]
  vetter demo load [--data-dir DIR]
Without --data-dir, the app's own data folder is used (${defaultDataDir()}).
Reports print with Chromium: /usr/bin/chromium, Chrome or Edge where installed, or the path in VETTER_CHROMIUM.`;

/** The bundled default list pack, used when the data folder has no lists of its own. */
const PACK_DIR = path.resolve(__dirname, '..', 'assets', 'reference-pack');

class UsageError extends Error {}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'on-duplicate': { type: 'string', default: 'skip' },
      vendors: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const files = new PickedFiles();
  const core = openCore({
    dataDir: path.resolve(values['data-dir'] ?? defaultDataDir()),
    host: 'cli',
    version: pkg.version,
    packDir: PACK_DIR,
    makePrinter: () => createChromiumPrinter(),
  });
  const call = async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
    const result = (await core.invoke(method, input, { resolveFile: (f) => files.resolve(f), emitProgress: () => {} })) as Envelope<Output<M>>;
    if (!result.ok) throw new VetterError(result.error.code, result.error.message, result.error.details);
    return result.value;
  };
  try {
    const arg = positionals[2];
    switch (positionals.slice(0, 2).join(' ')) {
      case 'vendors import':
        return await importVendors(call, files, io, arg, values['on-duplicate']);
      case 'vendors list':
        return await listVendors(call, io, values.format);
      case 'vendors export':
        return await exportVendors(call, io, values.format, values.out);
      case 'screen':
        return await screenFile(call, io, values.vendors, values.format);
      case 'score':
        return await scoreAll(call, io, values.format);
      case 'report vendor':
        return await reportVendor(call, io, values.name, values.out);
      case 'report portfolio':
        return await reportPortfolio(call, io, values.out);
      case 'report verify':
        return await verifyReport(call, files, io, arg);
      case 'audit verify':
        return await verifyAudit(call, io);
      case 'demo load': {
        const { created } = await call('demo.load', {});
        io.out(`Loaded ${created} demo vendors.`);
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "${positionals.join(' ')}".`);
    }
  } finally {
    await core.close();
  }
}

type Call = <M extends Method>(method: M, input: unknown) => Promise<Output<M>>;

async function importVendors(call: Call, files: PickedFiles, io: Io, file: string | undefined, onDuplicate: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the file to import: vetter vendors import FILE');
  if (onDuplicate !== 'skip' && onDuplicate !== 'update') throw new UsageError('--on-duplicate takes skip or update.');
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new VetterError('not_found', `No such file: ${file}`);
  const ref = files.add(full, path.basename(full));
  const preview = await call('vendors.importPreview', { file: ref });
  for (const w of preview.warnings) io.err(`warning: ${w}`);
  if (preview.problemCount > 0) {
    for (const p of preview.problems) io.err(`${path.basename(full)}: row ${p.row}, column ${p.column}: ${p.message}`);
    const unlisted = preview.problemCount - preview.problems.length;
    if (unlisted > 0) io.err(`... and ${unlisted} more problem(s).`);
    io.err(`Nothing was imported: ${preview.problemCount} problem(s) in ${preview.rowCount} row(s). Fix them and run the import again.`);
    return 1;
  }
  for (const d of preview.duplicates) {
    io.err(`duplicate: row ${d.row} "${d.name}" is already in the inventory as "${d.existingName}" (${onDuplicate === 'update' ? 'updating it' : 'skipped'})`);
  }
  const result = await call('vendors.importRun', { file: ref, mapping: preview.mapping, onDuplicate, jobId: 'cli-import' });
  io.out(`Imported ${preview.rowCount} row(s): ${result.created} added, ${result.updated} updated, ${result.skipped} skipped.`);
  return 0;
}

async function listVendors(call: Call, io: Io, format: string | undefined): Promise<number> {
  const { vendors } = await call('vendors.list', {});
  if (format === 'json') io.out(JSON.stringify(vendors, null, 2));
  else if (format === 'csv') io.out(exportCsv(vendors).replace(/^\uFEFF/, '').trimEnd());
  else throw new UsageError('--format takes json or csv.');
  return 0;
}

async function exportVendors(call: Call, io: Io, format: string | undefined, out: string | undefined): Promise<number> {
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format takes csv or xlsx.');
  if (!out) throw new UsageError('Name the output file with --out FILE.');
  const file = await call('vendors.export', { format });
  fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
  io.out(`Exported to ${out}.`);
  return 0;
}

const SCREEN_HEADERS = ['name', 'aliases', 'country', 'parent'];

/** Screens the vendors of a CSV file against the lists (nothing is stored) and prints one JSON document. */
async function screenFile(call: Call, io: Io, file: string | undefined, format: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the vendors file: vetter screen --vendors FILE.csv --format json');
  if (format !== 'json') throw new UsageError('--format takes json.');
  if (!fs.existsSync(file)) throw new VetterError('not_found', `No such file: ${file}`);
  const table = await readTableFile(file);
  const column = (name: string) => table.headers.findIndex((h) => h.trim().toLowerCase() === name);
  if (column('name') < 0) throw new VetterError('bad_file', `${path.basename(file)}: the header has no "name" column (expected ${SCREEN_HEADERS.join(',')}).`);
  const ignored = table.headers.filter((h) => !SCREEN_HEADERS.includes(h.trim().toLowerCase()));
  if (ignored.length) io.err(`warning: these columns are ignored: ${ignored.join(', ')}`);
  const problems: string[] = [];
  const cell = (cells: string[], name: string) => (column(name) < 0 ? '' : (cells[column(name)] ?? '').trim());
  const vendors = table.rows.map(({ row, cells }) => {
    const name = cell(cells, 'name');
    if (!name) problems.push(`${path.basename(file)}: row ${row}, column name: a name is required`);
    const countryText = cell(cells, 'country');
    const country = countryText ? parseCountry(countryText) : null;
    if (countryText && !country) problems.push(`${path.basename(file)}: row ${row}, column country: "${countryText}" is not a country (use a code such as CN or a name such as China)`);
    const aliases = cell(cells, 'aliases').split(';').map((a) => a.trim()).filter(Boolean);
    return { name, aliases, countries: country ? [country] : [], parent: cell(cells, 'parent') || null };
  });
  if (problems.length) {
    for (const p of problems) io.err(p);
    io.err('Nothing was screened. Fix the rows above and run it again.');
    return 1;
  }
  const checked = await call('screening.check', { vendors });
  const results = checked.results.map((r, i) => ({ row: i + 1, name: vendors[i]!.name, status: r.status, hits: r.hits }));
  io.out(JSON.stringify({ lists: checked.lists.map(({ stale: _stale, ...l }) => l), results }, null, 2));
  return 0;
}

/** Screens the vendors never screened, then prints every vendor's score with the factors behind it. */
async function scoreAll(call: Call, io: Io, format: string | undefined): Promise<number> {
  if (format !== 'json') throw new UsageError('--format takes json.');
  const { statuses } = await call('screening.statuses', {});
  const { vendors } = await call('vendors.list', {});
  const unscreened = vendors.filter((v) => (statuses[v.id]?.status ?? 'unscreened') === 'unscreened').map((v) => v.id);
  if (unscreened.length > 0) await call('screening.run', { jobId: 'cli-score', vendorIds: unscreened });
  const { methodology } = await call('methodology.get', {});
  const scored = [];
  for (const v of vendors) {
    const { result } = await call('scores.vendor', { vendorId: v.id });
    scored.push({
      id: v.id,
      name: v.legalName,
      score: result.score,
      tier: result.tier,
      factors: result.factors.map((f) => ({ factor: f.factor, contribution: f.contribution, detail: f.detail })),
    });
  }
  io.out(JSON.stringify({ methodology: { id: methodology.id, version: methodology.version }, vendors: scored }, null, 2));
  return 0;
}

/** The vendor whose legal name or other name is NAME (case and spacing aside); an unknown or shared name is an error. */
async function reportVendor(call: Call, io: Io, name: string | undefined, out: string | undefined): Promise<number> {
  if (!name) throw new UsageError('Name the vendor: vetter report vendor --name NAME --out FILE.pdf');
  const file = pdfOut(out, 'report vendor --name NAME');
  const { vendors } = await call('vendors.list', {});
  const wanted = normaliseName(name);
  const found = vendors.filter((v) => [v.legalName, ...v.otherNames.map((n) => n.name)].some((n) => normaliseName(n) === wanted));
  if (found.length === 0) throw new VetterError('not_found', `No vendor is named "${name}". "vetter vendors list --format csv" lists the names.`);
  if (found.length > 1) throw new VetterError('conflict', `"${name}" names ${found.length} vendors (${found.map((v) => v.legalName).join('; ')}): use the legal name.`);
  const report = await call('reports.vendor', { vendorId: (found[0] as Vendor).id, jobId: 'cli-report' });
  return writeReport(call, io, report, file);
}

async function reportPortfolio(call: Call, io: Io, out: string | undefined): Promise<number> {
  const file = pdfOut(out, 'report portfolio');
  return writeReport(call, io, await call('reports.portfolio', { jobId: 'cli-report' }), file);
}

function pdfOut(out: string | undefined, command: string): string {
  if (!out) throw new UsageError(`Say where to write the PDF: vetter ${command} --out FILE.pdf`);
  return path.resolve(out);
}

async function writeReport(call: Call, io: Io, report: ReportSummary, file: string): Promise<number> {
  const { base64 } = await call('reports.export', { id: report.id, format: 'pdf' });
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  io.out(`${report.id} written to ${file} (SHA-256 ${report.pdfSha256})`);
  return 0;
}

async function verifyReport(call: Call, files: PickedFiles, io: Io, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the PDF to verify: vetter report verify FILE.pdf');
  if (!fs.existsSync(file)) throw new VetterError('not_found', `There is no file ${file}.`);
  const result = await call('reports.verify', { file: files.add(path.resolve(file), path.basename(file)) });
  if (result.verified && result.report) {
    io.out(result.report.id);
    io.err(result.message);
    return 0;
  }
  io.err(result.message);
  return 1;
}

async function verifyAudit(call: Call, io: Io): Promise<number> {
  const result = await call('audit.verify', {});
  if (result.ok) {
    io.out(`Audit chain intact: ${result.checked} event(s) checked.`);
    return 0;
  }
  io.err(`Audit chain broken at event #${result.firstBad?.seq}: ${result.firstBad?.reason}`);
  return 1;
}

if (require.main === module) {
  const io: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
        io.err(`${err.message}\n\n${USAGE}`);
        process.exitCode = 2;
      } else if (err instanceof VetterError) {
        io.err(err.message);
        process.exitCode = 1;
      } else {
        io.err(`Vetter failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 1;
      }
    },
  );
}
