// The suppliers CSV: a header row, then one supplier of one vendor per row,
//   vendor,supplier,service,data_shared,country
// where vendor, supplier and service are required. The vendor is named as the inventory names it (repository.ts finds
// it); service is one kind of the vendors' vocabulary or a plain word for it ("hosting", "model API"); data_shared is
// the vendors' data categories separated by ";"; country an ISO code or an English name, as the vendor importer takes.
import { readCsvRecords } from '../files/csv-records';
import { Problems } from '../files/problems';
import { readTextFile } from '../files/text-file';
import { parseCountryCell, parseDataShared, parseServices } from '../vendors/import-rows';
import { vendorNameKey } from '../vendors/names';
import { SERVICES } from '../vendors/vocabulary';
import { quoteValue } from '../visible-text';
import type { SupplierFields, SupplierService } from './model';

export const SUPPLIER_LIMITS = { bytes: 20 * 1024 * 1024, lines: 100_000, nameChars: 500 };

const COLUMNS = ['vendor', 'supplier', 'service', 'data_shared', 'country'] as const;

/** One row: the vendor it names, and the supplier's fields. */
export interface SupplierRow extends SupplierFields {
  vendor: string;
  line: number;
}

export interface SuppliersFile {
  name: string;
  sha256: string;
  rows: SupplierRow[];
}

/** Plain words for the kinds of service, beside the vocabulary's own labels (any case). */
const SERVICE_WORDS = new Map<string, SupplierService>([
  ['hosting', 'IaaS/PaaS'],
  ['cloud', 'IaaS/PaaS'],
  ['cloud hosting', 'IaaS/PaaS'],
  ['infrastructure', 'IaaS/PaaS'],
  ['iaas', 'IaaS/PaaS'],
  ['paas', 'IaaS/PaaS'],
  ['software', 'SaaS'],
  ['ai model', 'AI model/API'],
  ['model', 'AI model/API'],
  ['model api', 'AI model/API'],
  ['llm', 'AI model/API'],
  ['sub-processor', 'Data processing'],
  ['subprocessor', 'Data processing'],
  ['processing', 'Data processing'],
  ['support', 'Professional services'],
  ['consulting', 'Professional services'],
]);

/** One kind of service from a cell: a plain word or the vocabulary's label. */
export function parseService(text: string): SupplierService | { problem: string } {
  const word = SERVICE_WORDS.get(text.trim().toLowerCase().replace(/\s+/g, ' '));
  if (word) return word;
  const parsed = parseServices(text);
  if (parsed.ok && parsed.value.length === 1) return parsed.value[0]!;
  return { problem: `${quoteValue(text, 40)} is not a service; use one of ${SERVICES.join(', ')} (or hosting, model API, sub-processor)` };
}

export function readSuppliersFile(filePath: string, name: string, limits = SUPPLIER_LIMITS): SuppliersFile {
  const { text, sha256 } = readTextFile(filePath, name, limits.bytes, 'one suppliers file', 'Choose a CSV with the columns vendor,supplier,service,data_shared,country.');
  return { name, sha256, rows: readSuppliersCsv(text, name, limits) };
}

/** Every row, or a refusal naming each bad line and field (nothing is kept of a file with any). */
export function readSuppliersCsv(text: string, file: string, limits = SUPPLIER_LIMITS): SupplierRow[] {
  const problems = new Problems(file);
  const rows: SupplierRow[] = [];
  const firstLine = new Map<string, number>();
  const format = { columns: COLUMNS, required: ['vendor', 'supplier', 'service'] as const, row: 'supplier', format: 'a suppliers CSV', lines: limits.lines };
  readCsvRecords(text, format, problems, ({ cell, line }) => {
    const before = problems.count;
    const [vendor, name] = [cell('vendor'), cell('supplier')];
    for (const [field, value] of [['vendor', vendor], ['supplier', name]] as const) {
      if (value === '') problems.add(line, field, 'a name is required');
      else if (value.length > limits.nameChars) problems.add(line, field, `${quoteValue(value, 60)} is longer than the ${limits.nameChars} characters of a name`);
    }
    const service = cell('service') === '' ? { problem: 'a service is required' } : parseService(cell('service'));
    if (typeof service !== 'string') problems.add(line, 'service', service.problem);
    const data = parseDataShared(cell('data_shared'));
    if (!data.ok) problems.add(line, 'data_shared', data.message);
    const country = parseCountryCell(cell('country'));
    if (!country.ok) problems.add(line, 'country', country.message);
    if (problems.count > before || typeof service !== 'string' || !data.ok || !country.ok) return;
    const row: SupplierRow = { vendor, name, service, dataShared: data.value, country: country.value, line };
    const key = [vendorNameKey(vendor), vendorNameKey(name), row.service].join('\u0000');
    const seen = firstLine.get(key);
    if (seen !== undefined) problems.add(line, 'supplier', `the same vendor, supplier and service as line ${seen}`);
    else {
      firstLine.set(key, line);
      rows.push(row);
    }
  });
  problems.refuseAny();
  return rows;
}
