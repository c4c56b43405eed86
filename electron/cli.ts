// Vetter from a terminal: the same core handlers the app uses, for automation and batch work.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeCheckpoint } from './core/audit/model';
import type { Envelope, Input, Method, Output, ReportSummary, Vendor } from './core/contract';
import { VetterError } from './core/errors';
import { MORE_PROBLEMS } from './core/files/problems';
import { PickedFiles } from './core/host';
import { parseIdentifiers } from './core/identifiers';
import { defaultDataDir } from './core/paths';
import type { PdfPrinter } from './core/reports/printer';
import { NAME_MAX_CHARS } from './core/vendors/model';
import { localFolder, workspaceLocation } from './core/workspace/location';
import { cliUnlocker } from './cli-passphrase';
import type { SigningKeys } from './core/signing/keys';
import type { PdfSignature } from './core/signing/model';
import pkg from '../package.json';

// The core and the helpers the commands use are loaded once the arguments are read (loadCore), not when this file
// loads: `--help` and a usage error answer at once, without the database, the matcher or the spreadsheet code.
let openCore!: (typeof import('./core/service'))['openCore'];
let openWorkspace!: (typeof import('./core/workspace/open'))['openWorkspace'];
let parseCountry!: (typeof import('./core/vendors/countries'))['parseCountry'];
let vendorNameKey!: (typeof import('./core/vendors/names'))['vendorNameKey'];
let exportCsv!: (typeof import('./core/vendors/export'))['exportCsv'];
let readTableFile!: (typeof import('./core/vendors/table-file'))['readTableFile'];
let LINK_KIND_LABELS!: (typeof import('./core/ownership/model'))['LINK_KIND_LABELS'];

async function loadCore(): Promise<void> {
  const [service, workspace, countries, names, exporter, tableFile, ownership] = await Promise.all([
    import('./core/service'),
    import('./core/workspace/open'),
    import('./core/vendors/countries'),
    import('./core/vendors/names'),
    import('./core/vendors/export'),
    import('./core/vendors/table-file'),
    import('./core/ownership/model'),
  ]);
  ({ openCore } = service);
  ({ openWorkspace } = workspace);
  ({ parseCountry } = countries);
  ({ vendorNameKey } = names);
  ({ exportCsv } = exporter);
  ({ readTableFile } = tableFile);
  ({ LINK_KIND_LABELS } = ownership);
}

const usage = (options: CliOptions) => `Usage:
  vetter vendors import FILE [--on-duplicate skip|update] [WORKSPACE]
  vetter vendors list --format json|csv [WORKSPACE]
  vetter vendors export --format csv|xlsx --out FILE [WORKSPACE]
  vetter screen --vendors FILE.csv --format json [WORKSPACE]
  vetter score --format json [WORKSPACE]
  vetter report vendor --name NAME --out FILE.pdf [WORKSPACE]
  vetter report portfolio --out FILE.pdf [WORKSPACE]
  vetter report verify FILE.pdf [--cert CERT.pem] [--format json] [WORKSPACE]
  vetter report sign-off ID [--out FILE.pdf] [WORKSPACE]
  vetter signing import FILE.p12 [WORKSPACE]
  vetter signing certificate --out CERT.pem [WORKSPACE]
  vetter questionnaire export --vendor NAME --out FILE.xlsx [--lang en|en+zh] [--pdf] [WORKSPACE]
  vetter questionnaire export --vendor NAME --vendor NAME ... --out FOLDER [--lang en|en+zh] [--pdf] [WORKSPACE]
  vetter questionnaire import FILE.xlsx [--vendor NAME] [WORKSPACE]
  vetter audit verify [WORKSPACE]
  vetter audit checkpoint [WORKSPACE]
  vetter evidence bundle --vendor NAME --out FILE.zip [WORKSPACE]
  vetter evidence verify FILE.zip
  vetter demo load [WORKSPACE]
  vetter ownership import FILE [WORKSPACE]
  vetter ownership show --vendor NAME --format json|text [--as-of YYYY-MM-DD] [WORKSPACE]
  vetter suppliers import FILE [WORKSPACE]
  vetter suppliers list [--vendor NAME] --format json [WORKSPACE]
  vetter assessment answer --vendor NAME --criterion ID --value VALUE [--verified] [--note TEXT] [WORKSPACE]
  vetter assessment submit --vendor NAME [WORKSPACE]
  vetter assessment approve --vendor NAME --reassess-by YYYY-MM-DD [WORKSPACE]
  vetter assessment show --vendor NAME --format json [WORKSPACE]
  vetter findings list [--vendor NAME] --format json [WORKSPACE]
  vetter findings accept ID --until YYYY-MM-DD --reason TEXT [WORKSPACE]
  vetter hits list --vendor NAME --format json [WORKSPACE]
  vetter hits review ID [ID...] --decision confirm|dismiss --reason TEXT [WORKSPACE]
  vetter hits review --entry LISTKEY:ENTRYID --decision confirm|dismiss --reason TEXT [WORKSPACE]
  vetter workspace init --workspace URL
  vetter workspace grant LOGIN ROLE --workspace URL
  vetter workspace users --format json [WORKSPACE]
  vetter workspace push --data-dir DIR --workspace URL
  vetter workspace four-eyes on|off [WORKSPACE]
  vetter whoami [WORKSPACE]
WORKSPACE is --data-dir DIR (a data folder) or --workspace URL (a team workspace on PostgreSQL:
postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full]; the password from PGPASSWORD or ~/.pgpass). Without
either, VETTER_WORKSPACE (a URL or a folder); else the app's own data folder is used (${options.defaultDataDir ?? defaultDataDir()}).
${options.makePrinter ? 'Reports print in a hidden window of the app.' : 'Reports print with Chromium: /usr/bin/chromium, Chrome or Edge where installed, or the path in VETTER_CHROMIUM.'}
Reports are signed by who makes them, with their signing key on this machine (made on first use, or imported with
\`signing import\`), unlocked with the passphrase in VETTER_KEY_PASSPHRASE or asked at the terminal. \`report verify
--cert\` checks a PDF's signatures against a certificate alone, without any workspace.`;

/**
 * The bundled default list pack, used when the data folder has no lists of its own. This file runs as dist/cli.cjs
 * (`npm run cli`, and inside the installed app's app.asar, where `Vetter --cli` loads it) or as electron/cli.ts
 * (tests): in each, the pack is assets/reference-pack one folder up.
 */
const PACK_DIR = path.resolve(__dirname, '..', 'assets', 'reference-pack');
/** The core's worker-thread bundles (dist/electron/*-worker.cjs) beside dist/cli.cjs; from sources, the core runs them through tsx. */
const WORKER_DIR = __filename.endsWith('.ts') ? undefined : path.join(__dirname, 'electron');

class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface CliOptions {
  /** The data folder when --data-dir is not given; the app's own folder by default (the installed app passes its choice, portable mode included). */
  defaultDataDir?: string;
  /** Prints reports; by default the system's Chromium (playwright-core, loaded on first print). The installed app prints in a hidden window. */
  makePrinter?: () => PdfPrinter;
}

/** The system-Chromium printer, with playwright-core loaded only when a report is printed (not on every command). */
function systemChromiumPrinter(): PdfPrinter {
  let printer: Promise<PdfPrinter> | null = null;
  const started = () => (printer ??= import('./chromium-printer').then((m) => m.createChromiumPrinter()));
  return {
    print: async (html) => (await started()).print(html),
    close: async () => {
      await printer?.then(
        (p) => p.close(),
        () => undefined, // it never started: nothing to close
      );
    },
  };
}

export async function main(argv: string[], io: Io, options: CliOptions = {}): Promise<number> {
  const dataDirDefault = options.defaultDataDir ?? defaultDataDir();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      workspace: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'on-duplicate': { type: 'string', default: 'skip' },
      vendors: { type: 'string' },
      vendor: { type: 'string', multiple: true },
      lang: { type: 'string', default: 'en' },
      pdf: { type: 'boolean' },
      name: { type: 'string' },
      'as-of': { type: 'string' },
      criterion: { type: 'string' },
      value: { type: 'string' },
      verified: { type: 'boolean' },
      note: { type: 'string' },
      'reassess-by': { type: 'string' },
      until: { type: 'string' },
      decision: { type: 'string' },
      reason: { type: 'string' },
      entry: { type: 'string' },
      cert: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    io.out(usage(options));
    return values.help ? 0 : 2;
  }
  const command = positionals.slice(0, 2).join(' ');
  // The one command that takes both: a data folder moved into a team workspace.
  if (command === 'workspace push') {
    const target = workspaceLocation(values.workspace, () => '');
    if (!values['data-dir'] || target.engine !== 'postgres') throw new UsageError('Name the data folder and the team workspace: vetter workspace push --data-dir DIR --workspace URL');
    return (await import('./cli-workspace')).push(io, path.resolve(values['data-dir']), target.url);
  }
  if (values.workspace !== undefined && values['data-dir'] !== undefined) throw new UsageError('Give --workspace or --data-dir, not both.');
  const location = workspaceLocation(values.workspace ?? values['data-dir'], () => dataDirDefault);
  // A team workspace's own commands talk to PostgreSQL directly (cli-workspace.ts); the rest run on the core.
  if (location.engine === 'postgres' && ['workspace init', 'workspace grant', 'workspace users'].includes(command)) {
    const teamCommands = await import('./cli-workspace');
    if (command === 'workspace init') return teamCommands.init(io, location.url);
    if (command === 'workspace users') {
      jsonFormat(values.format);
      return teamCommands.users(io, location.url);
    }
    const [login, role] = positionals.slice(2);
    if (!login || !role) throw new UsageError('Name the login and the role: vetter workspace grant LOGIN ROLE --workspace URL');
    return teamCommands.grant(io, location.url, login, role);
  }
  if (command === 'workspace init' || command === 'workspace grant') throw new UsageError(`Name the team workspace: vetter ${command} … --workspace URL`);
  // Checked against the certificate given, from the file alone: no workspace is opened.
  if (command === 'report verify' && values.cert !== undefined) return verifyWithCertificate(io, positionals[2], values.cert, values.format);
  if (command === 'evidence verify') return verifyEvidence(io, positionals[2]);
  await loadCore();
  const files = new PickedFiles();
  // `screen`, `ownership show` and `whoami` store nothing: the README promises it, and a folder that had none is not
  // created.
  const readOnly = ['screen', 'whoami', 'ownership show', 'signing import', 'signing certificate'].includes(command);
  const signing = { keysFolder: localFolder(location, dataDirDefault), unlocker: cliUnlocker((text) => io.err(text)) };
  const core = openCore(await openWorkspace(location, { readOnly }), {
    host: 'cli',
    version: pkg.version,
    packDir: PACK_DIR,
    workerDir: WORKER_DIR,
    makePrinter: options.makePrinter ?? systemChromiumPrinter,
    signing,
  });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = (await core.invoke(method, input, { resolveFile: (f) => files.resolve(f), emitProgress: () => {} })) as Envelope<Output<M>>;
    if (!result.ok) throw new VetterError(result.error.code, result.error.message, result.error.details);
    return result.value;
  };
  try {
    const arg = positionals[2];
    switch (command) {
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
        return await verifyReport(call, files, io, arg, values.format);
      case 'report sign-off':
        return await signOffReport(call, io, arg, values.out);
      case 'signing import':
        return await importSigningKey(io, await signingKeys(signing), core.workspace.identity.login, arg);
      case 'signing certificate':
        return writeCertificate(io, await signingKeys(signing), core.workspace.identity.login, values.out);
      case 'questionnaire export':
        return await exportQuestionnaires(call, io, { vendors: values.vendor ?? [], out: values.out, lang: values.lang, pdf: values.pdf === true });
      case 'questionnaire import':
        return await importQuestionnaire(call, files, io, arg, oneVendor(values.vendor, 'An import is'));
      case 'audit verify':
        return await verifyAudit(call, io);
      case 'audit checkpoint':
        return await checkpointAudit(call, io);
      case 'evidence bundle':
        return await bundleEvidence(call, io, oneVendor(values.vendor, 'A bundle is'), values.out);
      case 'ownership import':
        return await importOwnership(call, files, io, arg);
      case 'ownership show':
        return await showOwnership(call, io, oneVendor(values.vendor, 'Ownership is shown'), values.format, values['as-of']);
      case 'suppliers import':
        return await importSuppliers(call, files, io, arg);
      case 'suppliers list':
        return await listSuppliers(call, io, oneVendor(values.vendor, 'Suppliers are listed'), values.format);
      case 'whoami': {
        const [{ login }, { roles }] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
        io.out(`${login} ${roles.join(',')}`.trimEnd());
        return 0;
      }
      case 'assessment answer':
        return await answerCriterion(call, io, oneVendor(values.vendor, 'An answer is'), {
          criterion: values.criterion,
          value: values.value,
          verified: values.verified === true,
          note: values.note,
        });
      case 'assessment submit':
        return await moveAssessment(call, io, oneVendor(values.vendor, 'An assessment is'), 'in review');
      case 'assessment approve':
        return await moveAssessment(call, io, oneVendor(values.vendor, 'An assessment is'), 'approved', values['reassess-by']);
      case 'assessment show':
        return await showAssessment(call, io, oneVendor(values.vendor, 'An assessment is'), values.format);
      case 'findings list':
        return await listFindings(call, io, oneVendor(values.vendor, 'Findings are listed'), values.format);
      case 'findings accept':
        return await acceptFinding(call, io, arg, values.until, values.reason);
      case 'hits list':
        return await listHits(call, io, oneVendor(values.vendor, 'Hits are listed'), values.format);
      case 'hits review':
        return await reviewHits(call, io, positionals.slice(2), values.entry, values.decision, values.reason);
      case 'workspace users': {
        jsonFormat(values.format);
        const [{ login, user }, { roles }] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
        io.out(JSON.stringify([{ login, displayName: user, roles }], null, 2));
        return 0;
      }
      case 'workspace four-eyes':
        return await setFourEyes(call, io, arg);
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

/** A contract method called as the CLI calls it: input and output typed by the contract, so a renamed field breaks the build. */
type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

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

const SCREEN_HEADERS = ['name', 'aliases', 'country', 'parent', 'identifiers'];

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
    for (const [columnName, value] of [['name', name], ...aliases.map((a) => ['aliases', a]), ['parent', cell(cells, 'parent')]] as const) {
      if (value.length > NAME_MAX_CHARS) problems.push(`${path.basename(file)}: row ${row}, column ${columnName}: a name has at most ${NAME_MAX_CHARS} characters (this one has ${value.length.toLocaleString('en-US')})`);
    }
    const ids = parseIdentifiers(cell(cells, 'identifiers'));
    for (const p of ids.problems) problems.push(`${path.basename(file)}: row ${row}, column identifiers: ${p}`);
    return { name, aliases, countries: country ? [country] : [], parent: cell(cells, 'parent') || null, identifiers: ids.identifiers };
  });
  if (problems.length) {
    for (const p of problems) io.err(p);
    io.err('Nothing was screened. Fix the rows above and run it again.');
    return 1;
  }
  const checked = await call('screening.check', { vendors });
  const results = checked.results.map((r, i) => ({ row: i + 1, name: vendors[i]!.name, status: r.status, hits: r.hits }));
  io.out(JSON.stringify({ matcher: checked.matcher, lists: checked.lists.map(({ stale: _stale, ...l }) => l), results }, null, 2));
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
      known: result.known,
      unassessed: result.unassessed,
      coverage: { answered: result.coverage.answered, verified: result.coverage.verified, applicable: result.coverage.applicable },
      factors: result.factors.map((f) => ({ factor: f.factor, contribution: f.contribution, detail: f.detail })),
    });
  }
  io.out(JSON.stringify({ methodology: { id: methodology.id, version: methodology.version }, vendors: scored }, null, 2));
  return 0;
}

/** The one --vendor given, if any: `what` ("An import is") is for one vendor only. */
function oneVendor(names: string[] | undefined, what: string): string | undefined {
  if (names && names.length > 1) throw new UsageError(`${what} for one vendor: give --vendor once.`);
  return names?.[0];
}

/** The vendor whose legal name or other name is NAME (case, accents and punctuation aside); none or several is an error. */
function vendorNamed(vendors: readonly Vendor[], name: string): Vendor {
  const wanted = vendorNameKey(name);
  const found = vendors.filter((v) => [v.legalName, ...v.otherNames.map((n) => n.name)].some((n) => vendorNameKey(n) === wanted));
  if (found.length === 0) throw new VetterError('not_found', `No vendor is named "${name}". "vetter vendors list --format csv" lists the names.`);
  if (found.length > 1) throw new VetterError('conflict', `"${name}" names ${found.length} vendors (${found.map((v) => v.legalName).join('; ')}): use the legal name.`);
  return found[0] as Vendor;
}

async function reportVendor(call: Call, io: Io, name: string | undefined, out: string | undefined): Promise<number> {
  if (!name) throw new UsageError('Name the vendor: vetter report vendor --name NAME --out FILE.pdf');
  const file = pdfOut(out, 'report vendor --name NAME');
  const vendor = vendorNamed((await call('vendors.list', {})).vendors, name);
  const report = await call('reports.vendor', { vendorId: vendor.id, jobId: 'cli-report' });
  return writeReport(call, io, report, file);
}

/**
 * One questionnaire workbook per vendor named (and its PDF copy with --pdf): to FILE.xlsx for one vendor, into FOLDER,
 * each under its own name, for several. Every name is found before anything is written.
 */
async function exportQuestionnaires(call: Call, io: Io, opts: { vendors: string[]; out: string | undefined; lang: string | undefined; pdf: boolean }): Promise<number> {
  if (opts.vendors.length === 0) throw new UsageError('Name the vendor: vetter questionnaire export --vendor NAME --out FILE.xlsx');
  if (!opts.out) throw new UsageError('Say where to write it: --out FILE.xlsx for one vendor, --out FOLDER for several.');
  const lang = opts.lang;
  if (lang !== 'en' && lang !== 'en+zh') throw new UsageError('--lang takes en or en+zh.');
  const one = opts.vendors.length === 1;
  const out = path.resolve(opts.out);
  if (one && !out.toLowerCase().endsWith('.xlsx')) throw new UsageError('For one vendor, --out names the workbook: FILE.xlsx.');
  const { vendors } = await call('vendors.list', {});
  const chosen = opts.vendors.map((name) => vendorNamed(vendors, name));
  if (!one) fs.mkdirSync(out, { recursive: true });
  for (const vendor of chosen) {
    const { questionnaire, workbook } = await call('questionnaires.send', { vendorId: vendor.id, lang });
    const file = one ? out : path.join(out, workbook.fileName);
    fs.writeFileSync(file, Buffer.from(workbook.base64, 'base64'));
    io.out(`${questionnaire.id} written to ${file} (${questionnaire.questions.length} questions for ${vendor.legalName})`);
    if (opts.pdf) {
      const pdf = await call('questionnaires.pdf', { questionnaireId: questionnaire.id });
      const pdfFile = file.replace(/\.xlsx$/i, '.pdf');
      fs.writeFileSync(pdfFile, Buffer.from(pdf.base64, 'base64'));
      io.out(`${questionnaire.id} PDF copy written to ${pdfFile}`);
    }
  }
  return 0;
}

/** Imports a returned workbook as the vendor's submitted answers, for review in the app; --vendor checks whose it is. */
async function importQuestionnaire(call: Call, files: PickedFiles, io: Io, file: string | undefined, vendor: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the workbook: vetter questionnaire import FILE.xlsx');
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new VetterError('not_found', `No such file: ${file}`);
  const vendorId = vendor === undefined ? undefined : vendorNamed((await call('vendors.list', {})).vendors, vendor).id;
  const result = await call('questionnaires.import', { file: files.add(full, path.basename(full)), vendorId });
  for (const w of result.warnings) io.err(`warning: ${w}`);
  io.out(`${result.answers} answers for ${result.vendorName}`);
  return 0;
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

async function importOwnership(call: Call, files: PickedFiles, io: Io, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the file to import: vetter ownership import FILE (FollowTheMoney JSON lines, or a CSV)');
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new VetterError('not_found', `No such file: ${file}`);
  const name = path.basename(full);
  try {
    const r = await call('ownership.import', { file: files.add(full, name) });
    const format = r.format === 'ftm' ? 'FollowTheMoney JSON lines' : 'CSV';
    const skipped = Object.entries(r.skipped).map(([kind, n]) => `${n} ${kind}`);
    io.out(
      `Imported ${name} (${format}): ${r.parties.created + r.parties.updated} parties (${r.parties.created} added, ${r.parties.updated} updated), ` +
        `${r.links.created + r.links.updated} links (${r.links.created} added, ${r.links.updated} updated).${skipped.length ? ` Left out: ${skipped.join(', ')}.` : ''}`,
    );
    return 0;
  } catch (err) {
    return refusedFile(err, name, io);
  }
}

/** A suppliers CSV, all or nothing: its counts, or each bad line and field and exit 1. */
async function importSuppliers(call: Call, files: PickedFiles, io: Io, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the file to import: vetter suppliers import FILE (a CSV: vendor,supplier,service,data_shared,country)');
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new VetterError('not_found', `No such file: ${file}`);
  const name = path.basename(full);
  try {
    const r = await call('suppliers.import', { file: files.add(full, name) });
    io.out(`${r.suppliers} suppliers for ${r.vendors} vendors (${r.added} added, ${r.updated} updated) from ${name}.`);
    return 0;
  } catch (err) {
    return refusedFile(err, name, io);
  }
}

/** Each line and field a refused file names, on stderr, and exit 1; any other error is thrown on. */
function refusedFile(err: unknown, name: string, io: Io): number {
  if (!(err instanceof VetterError && err.code === 'bad_file' && err.details)) throw err;
  for (const [place, message] of Object.entries(err.details)) io.err(place === MORE_PROBLEMS ? `${name}: ${message}` : `${name}: ${place}: ${message}`);
  io.err('Nothing was imported. Fix the lines above and run the import again.');
  return 1;
}

/** The suppliers of one vendor, or of all, as JSON. */
async function listSuppliers(call: Call, io: Io, name: string | undefined, format: string | undefined): Promise<number> {
  jsonFormat(format);
  const vendorId = name ? (await vendorFor(call, name, 'suppliers list --vendor NAME --format json')).id : undefined;
  const { suppliers } = await call('suppliers.list', { vendorId });
  const listed = suppliers.map((s) => ({ id: s.id, vendor: s.vendorName, supplier: s.name, service: s.service, dataShared: s.dataShared, country: s.country, source: s.source }));
  io.out(JSON.stringify(listed, null, 2));
  return 0;
}

/** The vendor's owners, and what the ownership rules find, as JSON or as lines to read. */
async function showOwnership(call: Call, io: Io, name: string | undefined, format: string | undefined, asOf: string | undefined): Promise<number> {
  if (!name) throw new UsageError('Name the vendor: vetter ownership show --vendor NAME --format json|text');
  if (format !== 'json' && format !== 'text') throw new UsageError('--format takes json or text.');
  const shown = await call('ownership.vendor', { vendorId: vendorNamed((await call('vendors.list', {})).vendors, name).id, ...(asOf ? { asOf } : {}) });
  if (format === 'json') {
    io.out(JSON.stringify(shown, null, 2));
    return 0;
  }
  io.out(`${shown.vendor.legalName}: ownership as of ${shown.asOf}`);
  if (shown.parties.length === 0) io.out('  No ownership is recorded: no party of the graph bears one of its names.');
  for (const { party, owners, evaluation } of shown.parties) {
    io.out(`\n${party.name}${party.country ? ` (${party.country})` : ''}: ${evaluation.status}`);
    io.out(owners.length ? '  Owners:' : '  No owner is recorded.');
    for (const { link, owner, listings } of owners) {
      const listed = listings.length ? ` [${listings.map((l) => l.label).join(', ')}]` : '';
      const share = link.percentage !== null ? `${link.percentage} % ` : link.shares !== null ? `${link.shares.toLocaleString('en-US')} shares, ` : '';
      const period = [link.start && `from ${link.start}`, link.end && `until ${link.end}`].filter(Boolean).join(' ');
      io.out(`    ${owner.name}${listed}: ${share}${LINK_KIND_LABELS[link.kind]}${period ? `, ${period}` : ''}${link.source ? ` (source: ${link.source})` : ''}`);
    }
    for (const f of evaluation.findings) io.out(`  ${f.status} (${f.rule === 'ofac-50' ? "OFAC's 50 % rule" : 'control'}): ${f.explanation}`);
    for (const h of evaluation.history) io.out(`  history: ${h}`);
    for (const w of evaluation.warnings) io.out(`  warning: ${w}`);
  }
  io.out(`\n${shown.listingBasis}`);
  return 0;
}

/** --format json, the one format of the commands that print a document for automation. */
function jsonFormat(format: string | undefined): 'json' {
  if (format !== 'json') throw new UsageError('--format takes json.');
  return format;
}

/** The vendor named, found among the live vendors; `command` is the usage line that names it. */
async function vendorFor(call: Call, name: string | undefined, command: string): Promise<Vendor> {
  if (!name) throw new UsageError(`Name the vendor: vetter ${command}`);
  return vendorNamed((await call('vendors.list', {})).vendors, name);
}

/** An answer to one criterion; a criterion of several choices takes them separated by ";". */
async function answerCriterion(
  call: Call,
  io: Io,
  name: string | undefined,
  opts: { criterion: string | undefined; value: string | undefined; verified: boolean; note: string | undefined },
): Promise<number> {
  const usage = 'assessment answer --vendor NAME --criterion ID --value VALUE [--verified] [--note TEXT]';
  if (!opts.criterion || opts.value === undefined) throw new UsageError(`Give the criterion and the answer: vetter ${usage}`);
  const vendor = await vendorFor(call, name, usage);
  const { criteria } = await call('assessment.get', { vendorId: vendor.id });
  const criterion = criteria.find((c) => c.id.toLowerCase() === opts.criterion!.toLowerCase());
  if (!criterion) throw new VetterError('not_found', `There is no criterion ${opts.criterion}. The criteria: ${criteria.filter((c) => c.source === 'answer').map((c) => c.id).join(', ')}.`);
  const value = criterion.multiple ? opts.value.split(';').map((v) => v.trim()).filter(Boolean) : opts.value;
  const saved = await call('assessment.answer', { vendorId: vendor.id, criterionId: criterion.id, value, verified: opts.verified, note: opts.note ?? null });
  io.out(`Answered ${criterion.id} for ${vendor.legalName}${opts.verified ? ' (verified)' : ''}; the assessment is ${saved.status}.`);
  return 0;
}

/** Sends the assessment for review, or approves it: exit 1 with the reason when the role or four eyes forbid it. */
async function moveAssessment(call: Call, io: Io, name: string | undefined, status: 'in review' | 'approved', reassessBy?: string): Promise<number> {
  const command = status === 'approved' ? 'assessment approve --vendor NAME --reassess-by YYYY-MM-DD' : 'assessment submit --vendor NAME';
  if (status === 'approved' && !reassessBy) throw new UsageError(`Say by when it must be assessed again: vetter ${command}`);
  const vendor = await vendorFor(call, name, command);
  const { assessment } = await call('assessment.get', { vendorId: vendor.id });
  const moved = await call('assessment.setStatus', { vendorId: vendor.id, status, reassessDue: reassessBy ?? assessment.reassessDue });
  io.out(status === 'approved' ? `Approved ${vendor.legalName}'s assessment; re-assess by ${moved.reassessDue}.` : `Sent ${vendor.legalName}'s assessment for review.`);
  return 0;
}

async function showAssessment(call: Call, io: Io, name: string | undefined, format: string | undefined): Promise<number> {
  jsonFormat(format);
  const vendor = await vendorFor(call, name, 'assessment show --vendor NAME --format json');
  const { criteria, assessment } = await call('assessment.get', { vendorId: vendor.id });
  const answers = criteria
    .map((c) => assessment.answers[c.id])
    .filter((a) => a !== undefined)
    .map((a) => ({ criterion: a.criterionId, value: a.value, verified: a.verified, by: a.answeredBy }));
  io.out(JSON.stringify({ status: assessment.status, preparedBy: assessment.preparedBy, approvedBy: assessment.approver, answers }, null, 2));
  return 0;
}

/** Every finding (or one vendor's), live ones first, with exactly the fields automation reads. */
async function listFindings(call: Call, io: Io, name: string | undefined, format: string | undefined): Promise<number> {
  jsonFormat(format);
  const vendorId = name ? (await vendorFor(call, name, 'findings list --vendor NAME --format json')).id : undefined;
  const { findings } = await call('findings.list', { vendorId });
  const listed = findings.map((f) => ({ id: f.id, vendor: f.vendorName, criterion: f.criterionId, title: f.title, severity: f.severity, owner: f.owner, due: f.due, status: f.status }));
  io.out(JSON.stringify(listed, null, 2));
  return 0;
}

/** Accepts a finding's risk until a date: exit 1 with the reason when the role or four eyes forbid it. */
async function acceptFinding(call: Call, io: Io, id: string | undefined, until: string | undefined, reason: string | undefined): Promise<number> {
  const usage = 'Usage: vetter findings accept ID --until YYYY-MM-DD --reason TEXT';
  if (!id) throw new UsageError(`Name the finding (its id, from vetter findings list). ${usage}`);
  if (!until) throw new UsageError(`Say until when the risk is accepted with --until (at most a year). ${usage}`);
  if (!reason?.trim()) throw new UsageError(`Say why with --reason: it is kept in the audit log. ${usage}`);
  const f = await call('findings.accept', { id, until, reason: reason.trim() });
  io.out(`Risk of finding ${f.id} (${f.vendorName}: ${f.title}) accepted until ${f.acceptance?.until}.`);
  return 0;
}

/** The vendor's hits in use, best first; a dismissal awaiting a second reviewer is "dismissal proposed". */
async function listHits(call: Call, io: Io, name: string | undefined, format: string | undefined): Promise<number> {
  jsonFormat(format);
  const vendor = await vendorFor(call, name, 'hits list --vendor NAME --format json');
  const { hits } = await call('screening.vendor', { vendorId: vendor.id });
  const listed = hits.map((h) => ({
    id: h.id,
    list: h.listKey,
    entryName: h.entryName,
    matchedName: h.matchedName,
    band: h.band,
    score: h.score,
    via: h.via,
    // Through an owner: the path from the listed owner down to the vendor, and OFAC's aggregate where it applied.
    ...(h.via === 'owner' && { path: h.path, aggregate: h.aggregate }),
    // Through a supplier: the supplier on the list and its service, and the sentence that says so.
    ...(h.via === 'supplier' && { supplier: h.supplier, explanation: h.explanation.text }),
    decision: h.review.proposal && h.review.decision !== 'dismissed' ? 'dismissal proposed' : h.review.decision,
    reason: h.review.reason,
    reviewer: h.review.reviewer,
    proposedBy: h.review.proposal?.by ?? null,
    needsSecondReviewer: h.review.needsSecondReviewer,
  }));
  io.out(JSON.stringify(listed, null, 2));
  return 0;
}

const HIT_DECISION = { confirm: 'confirmed', dismiss: 'dismissed' } as const;

/**
 * One hit as before; several ids, or every vendor's open hits on a list entry, as one bulk review: all or nothing, each
 * refused hit on a line of its own (stderr, exit 1) when any is refused.
 */
async function reviewHits(call: Call, io: Io, ids: string[], entry: string | undefined, decision: string | undefined, reason: string | undefined): Promise<number> {
  const usage = 'Usage: vetter hits review ID [ID...] --decision confirm|dismiss --reason TEXT, or --entry LISTKEY:ENTRYID instead of the ids';
  if (entry !== undefined && ids.length > 0) throw new UsageError(`Give hit ids or --entry, not both. ${usage}`);
  if (entry === undefined && ids.length === 0) throw new UsageError(`Name the hit (its id, from vetter hits list). ${usage}`);
  if (decision !== 'confirm' && decision !== 'dismiss') throw new UsageError(`--decision takes confirm or dismiss. ${usage}`);
  if (!reason?.trim()) throw new UsageError(`Say why with --reason: it is kept in the audit log. ${usage}`);
  if (entry === undefined && ids.length === 1) return reviewHit(call, io, ids[0]!, decision, reason.trim());
  const colon = entry?.indexOf(':') ?? -1;
  if (entry !== undefined && (colon <= 0 || colon === entry.length - 1)) throw new UsageError(`--entry takes the list key and the entry id, as LISTKEY:ENTRYID (from vetter hits list). ${usage}`);
  const target = entry !== undefined ? { entry: { listKey: entry.slice(0, colon), entryId: entry.slice(colon + 1) } } : { hitIds: ids };
  let hits: Output<'screening.reviewMany'>['hits'];
  try {
    ({ hits } = await call('screening.reviewMany', { ...target, decision: HIT_DECISION[decision], reason: reason.trim() }));
  } catch (e) {
    if (!(e instanceof VetterError && e.details)) throw e;
    // The refused hits, one a line under the summary: automation reads which to take out and why.
    io.err(`${Object.keys(e.details).length} hit(s) could not be reviewed, so none was changed:`);
    for (const [id, why] of Object.entries(e.details)) io.err(`${id}: ${why}`);
    return 1;
  }
  for (const hit of hits) io.out(reviewedLine(hit, decision));
  const proposed = hits.filter((h) => decision === 'dismiss' && h.review.decision !== 'dismissed').length;
  io.out(`Reviewed ${hits.length} hit(s)${proposed > 0 ? `; ${proposed} dismissal(s) await a second reviewer` : ''}.`);
  return 0;
}

async function reviewHit(call: Call, io: Io, id: string, decision: 'confirm' | 'dismiss', reason: string): Promise<number> {
  const hit = await call('screening.review', { hitId: id, decision: HIT_DECISION[decision], reason });
  io.out(reviewedLine(hit, decision));
  return 0;
}

/** What became of one reviewed hit, as `hits review` has always said it. */
function reviewedLine(hit: Output<'screening.review'>, decision: 'confirm' | 'dismiss'): string {
  if (decision === 'dismiss' && hit.review.decision !== 'dismissed') return `Dismissal of hit ${hit.id} proposed: a second reviewer must agree before it stops counting.`;
  return `Hit ${hit.id} ${decision === 'confirm' ? 'confirmed as a true match' : 'dismissed as a false positive'}.`;
}

async function setFourEyes(call: Call, io: Io, state: string | undefined): Promise<number> {
  if (state !== 'on' && state !== 'off') throw new UsageError('Say on or off: vetter workspace four-eyes on|off');
  await call('settings.setFourEyes', { enabled: state === 'on' });
  io.out(state === 'on' ? 'Four eyes are on: approvals, report sign-offs and dismissals of blocking matches need a second person.' : 'Four eyes are off: one person may prepare and approve alone.');
  return 0;
}

/**
 * A report checked by the workspace: its record (the file byte for byte as kept) and its signatures, with whose
 * certificates they are. The report's id on stdout when it verifies, what was found on stderr; exit 0 only when the
 * record matches and every signature is valid.
 */
async function verifyReport(call: Call, files: PickedFiles, io: Io, file: string | undefined, format: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the PDF to verify: vetter report verify FILE.pdf');
  if (format !== undefined) jsonFormat(format);
  if (!fs.existsSync(file)) throw new VetterError('not_found', `There is no file ${file}.`);
  const result = await call('reports.verify', { file: files.add(path.resolve(file), path.basename(file)) });
  const ok = result.verified && result.signatures.every((s) => s.valid);
  if (format === 'json') {
    io.out(JSON.stringify({ valid: ok, record: { verified: result.verified, sha256: result.sha256, report: result.report, message: result.message }, signatures: result.signatures.map(printable) }, null, 2));
    return ok ? 0 : 1;
  }
  if (result.verified && result.report) io.out(result.report.id);
  io.err(result.message);
  if (result.signatures.length === 0) io.err('The PDF carries no signature.');
  for (const s of result.signatures) {
    io.err(s.message);
    if (s.fingerprint) io.err(s.knownAs ? `  Its certificate is ${s.knownAs}'s, as this workspace records.` : '  Its certificate is not one this workspace knows.');
  }
  return ok ? 0 : 1;
}

/** The approver's countersignature of a kept report; `--out` also writes the countersigned PDF. */
async function signOffReport(call: Call, io: Io, id: string | undefined, out: string | undefined): Promise<number> {
  if (!id) throw new UsageError('Name the report: vetter report sign-off ID (the id printed on the report, VR-… or PR-…)');
  const report = await call('reports.signOff', { id: id.toUpperCase() });
  if (out !== undefined) return writeReport(call, io, report, pdfOut(out, `report sign-off ${report.id}`));
  io.out(`${report.id} signed off by ${report.signedOff?.name ?? 'you'} (SHA-256 ${report.pdfSha256})`);
  return 0;
}

/** `report verify FILE.pdf --cert CERT.pem`: the signatures alone, each by that certificate or one it issued; no workspace. */
async function verifyWithCertificate(io: Io, file: string | undefined, cert: string, format: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the PDF to verify: vetter report verify FILE.pdf --cert CERT.pem');
  if (format !== undefined) jsonFormat(format);
  for (const f of [file, cert]) if (!fs.existsSync(f)) throw new VetterError('not_found', `There is no file ${f}.`);
  const { checkPdfSignatures, readCertificate } = await import('./core/signing/verify');
  const pdf = fs.readFileSync(file);
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new VetterError('bad_file', `${file} is not a PDF file: give the report's PDF.`);
  const signatures = checkPdfSignatures(pdf, { certificate: readCertificate(fs.readFileSync(cert), cert), source: path.basename(cert) });
  const ok = signatures.length > 0 && signatures.every((s) => s.valid);
  if (format === 'json') {
    io.out(JSON.stringify({ valid: ok, signatures: signatures.map(printable) }, null, 2));
    return ok ? 0 : 1;
  }
  if (signatures.length === 0) io.err(`Not valid: ${file} carries no signature.`);
  for (const s of signatures) {
    io.out(s.message);
    if (s.certificate === 'given') io.out(`  The signer's certificate is ${path.basename(cert)}.`);
    if (s.certificate === 'issued by given') io.out(`  The signer's certificate was issued by ${path.basename(cert)}.`);
  }
  return ok ? 0 : 1;
}

/** A signature as `--format json` prints it: whether the document changed since, spelled out; no PEM. */
function printable({ certificatePem: _pem, ...s }: PdfSignature) {
  return { ...s, changed: !(s.unchanged && s.addedAfter !== 'changes') };
}

/** The keys on this machine, for the `signing` commands (forge is loaded only for them and for reports). */
async function signingKeys(signing: { keysFolder: string; unlocker: SigningKeys['unlocker'] }): Promise<SigningKeys> {
  const { SigningKeys } = await import('./core/signing/keys');
  return new SigningKeys(signing.keysFolder, signing.unlocker);
}

/** Takes a company-issued .p12 as the user's signing identity on this machine (its passphrase as for signing). */
async function importSigningKey(io: Io, keys: SigningKeys, login: string, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the .p12 file: vetter signing import FILE.p12 (its passphrase in VETTER_KEY_PASSPHRASE, or asked)');
  if (!fs.existsSync(file)) throw new VetterError('not_found', `There is no file ${file}.`);
  const identity = await keys.import(login, fs.readFileSync(file), path.basename(file));
  io.out(
    `${login} now signs as "${identity.name}"${identity.selfSigned ? ' (a self-signed certificate)' : ''}, certificate SHA-256 ${identity.fingerprint}; ` +
      `the key is kept at ${keys.file(login)}, encrypted with the same passphrase.`,
  );
  return 0;
}

/** Writes the user's certificate (public part), for an auditor's `report verify --cert`. */
function writeCertificate(io: Io, keys: SigningKeys, login: string, out: string | undefined): number {
  if (!out) throw new UsageError('Say where to write it: vetter signing certificate --out CERT.pem');
  const pem = keys.certificatePem(login);
  if (!pem) throw new VetterError('not_found', `${login} has no signing identity on this machine yet: one is made when they first make a report, or import one with vetter signing import FILE.p12.`);
  fs.writeFileSync(out, pem);
  io.out(`${login}'s certificate written to ${out}.`);
  return 0;
}

/** The chain link by link and its signed checkpoints; when broken, the first bad event and the last good checkpoint. */
async function verifyAudit(call: Call, io: Io): Promise<number> {
  const result = await call('audit.verify', {});
  const last = result.lastGoodCheckpoint;
  const lastGood = last ? `${describeCheckpoint(last)} (head ${last.headHash})` : 'none';
  if (result.ok) {
    io.out(`Audit chain intact: ${result.checked} event(s) checked.`);
    io.out(last ? `${result.checkpoints} signed checkpoint(s) match; the newest is ${lastGood}.` : 'No signed checkpoint yet: the chain proves order, not authorship (vetter audit checkpoint signs one).');
    return 0;
  }
  io.err(`Audit chain broken at event #${result.firstBad?.seq}: ${result.firstBad?.reason}`);
  io.err(`Last good checkpoint: ${lastGood}.`);
  return 1;
}

/** Signs the chain's head now (a daily scheduled task runs it); nothing new when today's checkpoint still holds it. */
async function checkpointAudit(call: Call, io: Io): Promise<number> {
  const { made, checkpoint } = await call('audit.checkpoint', {});
  if (checkpoint) io.out(`${made ? 'Signed' : 'Already signed, less than a day ago:'} ${describeCheckpoint(checkpoint)} (head ${checkpoint.headHash}).`);
  return 0;
}

async function bundleEvidence(call: Call, io: Io, name: string | undefined, out: string | undefined): Promise<number> {
  const vendor = await vendorFor(call, name, 'evidence bundle --vendor NAME --out FILE.zip');
  if (!out) throw new UsageError('Say where to write it: vetter evidence bundle --vendor NAME --out FILE.zip');
  const { base64 } = await call('evidence.bundle', { vendorId: vendor.id });
  fs.writeFileSync(out, Buffer.from(base64, 'base64'));
  io.out(`${vendor.legalName}'s evidence bundle written to ${out}.`);
  return 0;
}

/** `evidence verify FILE.zip`: the bundle alone, no workspace; one line per part, exit 0 only when every part passes. */
async function verifyEvidence(io: Io, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('Name the bundle: vetter evidence verify FILE.zip');
  if (!fs.existsSync(file)) throw new VetterError('not_found', `There is no file ${file}.`);
  const { verifyBundle } = await import('./core/bundles/verify');
  const verdicts = await verifyBundle(fs.readFileSync(file), path.basename(file));
  for (const v of verdicts) io.out(v.ok ? `ok  ${v.part}  ${v.message}` : `FAIL ${v.part}: ${v.message}`);
  const failed = verdicts.filter((v) => !v.ok).length;
  io.out(failed ? `Not valid: ${failed} of ${verdicts.length} part(s) failed.` : `Valid: all ${verdicts.length} part(s) pass.`);
  return failed ? 1 : 0;
}

/** Runs a command and turns every failure into a message on stderr and an exit code: 0 done, 1 failed, 2 usage. */
export async function run(argv: string[], io: Io, options: CliOptions = {}): Promise<number> {
  try {
    return await main(argv, io, options);
  } catch (err: unknown) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`${err.message}\n\n${usage(options)}`);
      return 2;
    }
    if (err instanceof VetterError) {
      io.err(err.message);
      return 1;
    }
    io.err(`Vetter failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

// `node dist/cli.cjs ARGS` (what `npm run cli -- ARGS` runs). The installed app calls run() itself (`Vetter --cli`).
if (require.main === module) {
  const io: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };
  void run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
