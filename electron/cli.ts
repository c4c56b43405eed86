// Vetter from a terminal: the same core handlers the app uses, for automation and batch work.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Envelope, Method, Output } from './core/contract';
import { VetterError } from './core/errors';
import { PickedFiles } from './core/host';
import { defaultDataDir } from './core/paths';
import { type Core, openCore } from './core/service';
import { exportCsv } from './core/vendors/export';
import pkg from '../package.json';

const USAGE = `Usage:
  vetter vendors import FILE [--on-duplicate skip|update] [--data-dir DIR]
  vetter vendors list --format json|csv [--data-dir DIR]
  vetter vendors export --format csv|xlsx --out FILE [--data-dir DIR]
  vetter audit verify [--data-dir DIR]
  vetter demo load [--data-dir DIR]
Without --data-dir, the app's own data folder is used (${defaultDataDir()}).`;

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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const files = new PickedFiles();
  const core = openCore({ dataDir: path.resolve(values['data-dir'] ?? defaultDataDir()), host: 'cli', version: pkg.version });
  const call = async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
    const result = (await core.invoke(method, input, { resolveFile: (f) => files.resolve(f), emitProgress: () => {} })) as Envelope<Output<M>>;
    if (!result.ok) throw new VetterError(result.error.code, result.error.message, result.error.details);
    return result.value;
  };
  try {
    const [noun, verb, arg] = positionals;
    switch (`${noun} ${verb}`) {
      case 'vendors import':
        return await importVendors(call, files, io, arg, values['on-duplicate']);
      case 'vendors list':
        return await listVendors(call, io, values.format);
      case 'vendors export':
        return await exportVendors(call, io, values.format, values.out);
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
    core.close();
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
