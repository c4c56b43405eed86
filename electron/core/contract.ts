// THE contract between the UI and the core: method name -> input and output schemas.
// Electron IPC, the browser host and the CLI all serve exactly this table; the renderer's
// types come from it, so a renamed field breaks the build rather than the app.
import { z } from 'zod';

export const SERVICES = [
  'IaaS/PaaS',
  'SaaS',
  'AI model/API',
  'Data processing',
  'Professional services',
  'Hardware',
] as const;

export const DATA_SHARED = [
  'None',
  'Customer personal data',
  'IP addresses / device data',
  'Location / Wi-Fi data',
  'Payment data',
  'Source code',
  'Model weights / training data',
  'Defence or critical-infrastructure data',
] as const;

export const CRITICALITY = ['low', 'medium', 'high', 'critical'] as const;

/** Kinds of "other name" a vendor can carry. */
export const NAME_KINDS = ['trading', 'former', 'local-script', 'other'] as const;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-01-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Not a real calendar date');

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as US or CN');

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const optionalText = (max: number) => text(max).nullable();

export const otherName = z.object({
  name: text(300).min(1, 'A name cannot be empty'),
  kind: z.enum(NAME_KINDS),
});

export const vendorInput = z
  .object({
    legalName: text(300).min(1, 'Legal name is required'),
    otherNames: z.array(otherName).max(50, 'At most 50 other names'),
    countryOfIncorporation: countryCode.nullable(),
    countryOfHeadquarters: countryCode.nullable(),
    parentName: optionalText(300),
    website: optionalText(500).refine(
      (s) => s === null || s === '' || /^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(s),
      'Use a web address such as https://example.com',
    ),
    services: z.array(z.enum(SERVICES)),
    dataShared: z.array(z.enum(DATA_SHARED)),
    criticality: z.enum(CRITICALITY).nullable(),
    contractOwner: optionalText(200),
    contractStart: isoDate.nullable(),
    contractEnd: isoDate.nullable(),
    annualSpend: z.number().finite().nonnegative('Annual spend cannot be negative').nullable(),
    tags: z.array(text(60).min(1)).max(30, 'At most 30 tags'),
    notes: optionalText(20000),
  })
  .superRefine((v, ctx) => {
    if (v.contractStart && v.contractEnd && v.contractEnd < v.contractStart) {
      ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'Contract end is before contract start' });
    }
    if (v.dataShared.includes('None') && v.dataShared.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['dataShared'], message: '"None" cannot be combined with other data' });
    }
  });

export const vendor = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  legalName: z.string(),
  otherNames: z.array(otherName),
  countryOfIncorporation: z.string().nullable(),
  countryOfHeadquarters: z.string().nullable(),
  parentName: z.string().nullable(),
  website: z.string().nullable(),
  services: z.array(z.enum(SERVICES)),
  dataShared: z.array(z.enum(DATA_SHARED)),
  criticality: z.enum(CRITICALITY).nullable(),
  contractOwner: z.string().nullable(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  annualSpend: z.number().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
});

/** A vendor with nothing but its legal name: forms, imports and the demo start from it. */
export function newVendorInput(legalName = ''): VendorInput {
  return {
    legalName,
    otherNames: [],
    countryOfIncorporation: null,
    countryOfHeadquarters: null,
    parentName: null,
    website: null,
    services: [],
    dataShared: [],
    criticality: null,
    contractOwner: null,
    contractStart: null,
    contractEnd: null,
    annualSpend: null,
    tags: [],
    notes: null,
  };
}

/** A file the user picked; the host (Electron main or browser host) maps the ref to a real path. */
export const fileRef = z.object({ ref: z.string().min(1).max(100), name: z.string().max(500) });

/** Target fields of a vendor import; the CLI headers are the same names. */
export const IMPORT_FIELDS = [
  'name',
  'aliases',
  'country',
  'country_hq',
  'parent',
  'website',
  'services',
  'data_shared',
  'criticality',
  'owner',
  'contract_start',
  'contract_end',
  'annual_spend',
  'tags',
  'notes',
] as const;
export const importField = z.enum(IMPORT_FIELDS);
/** Column index -> field (or null to ignore the column). */
export const columnMapping = z.array(importField.nullable());

export const rowProblem = z.object({
  row: z.number().int(), // spreadsheet row number: the header is row 1, the first vendor row 2
  column: z.string(),
  message: z.string(),
});

export const jobId = z.string().min(1).max(100);

export const auditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

const empty = z.object({}).strict();

export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      user: z.string(),
      schemaVersion: z.number(),
      vendorCount: z.number(),
      host: z.enum(['electron', 'browser', 'cli']),
    }),
  },
  'settings.setUser': {
    input: z.object({ name: text(100).min(1, 'Enter your name') }),
    output: z.object({ user: z.string() }),
  },
  'vendors.list': {
    input: empty,
    output: z.object({ vendors: z.array(vendor) }),
  },
  'vendors.get': {
    input: z.object({ id: z.string().min(1) }),
    output: vendor,
  },
  'vendors.create': {
    input: vendorInput,
    output: vendor,
  },
  'vendors.update': {
    input: z.object({ id: z.string().min(1), vendor: vendorInput }),
    output: vendor,
  },
  'vendors.delete': {
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ id: z.string(), legalName: z.string() }),
  },
  'vendors.restore': {
    input: z.object({ id: z.string().min(1) }),
    output: vendor,
  },
  'vendors.importPreview': {
    input: z.object({ file: fileRef, mapping: columnMapping.optional() }),
    output: z.object({
      fileName: z.string(),
      headers: z.array(z.string()),
      sample: z.array(z.array(z.string())),
      mapping: columnMapping,
      rowCount: z.number(),
      problems: z.array(rowProblem),
      problemCount: z.number(),
      duplicates: z.array(z.object({ row: z.number(), name: z.string(), existingId: z.string(), existingName: z.string() })),
      warnings: z.array(z.string()),
    }),
  },
  'vendors.importRun': {
    input: z.object({
      file: fileRef,
      mapping: columnMapping,
      onDuplicate: z.enum(['skip', 'update']),
      jobId,
    }),
    output: z.object({ created: z.number(), updated: z.number(), skipped: z.number() }),
  },
  'vendors.export': {
    input: z.object({ format: z.enum(['csv', 'xlsx']) }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
  'audit.list': {
    input: z.object({
      limit: z.number().int().min(1).max(1000).default(200),
      beforeSeq: z.number().int().optional(),
      entityId: z.string().optional(),
    }),
    output: z.object({ events: z.array(auditEvent), total: z.number() }),
  },
  'audit.verify': {
    input: empty,
    output: z.object({
      ok: z.boolean(),
      checked: z.number(),
      firstBad: z.object({ seq: z.number(), reason: z.string() }).nullable(),
    }),
  },
  'demo.load': {
    input: empty,
    output: z.object({ created: z.number() }),
  },
  'jobs.cancel': {
    input: z.object({ jobId }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export type Vendor = z.infer<typeof vendor>;
export type VendorInput = z.infer<typeof vendorInput>;
export type ImportField = z.infer<typeof importField>;
export type ColumnMapping = z.infer<typeof columnMapping>;
export type RowProblem = z.infer<typeof rowProblem>;
export type AuditEvent = z.infer<typeof auditEvent>;
export type FileRef = z.infer<typeof fileRef>;

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'bad_file', 'cancelled', 'busy', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** Field-level problems: path ("legalName", "otherNames.0.name") -> message. */
  details?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Progress of a long job (imports, screening, reports). */
export interface Progress {
  jobId: string;
  phase: string;
  done: number;
  total: number;
}

/** What the preload (Electron) or the HTTP bridge (browser host) exposes as window.vetter. */
export interface VetterBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onProgress(listener: (p: Progress) => void): () => void;
  /** Native open dialog (Electron) or a file input (browser); the file stays on the host side. */
  openFile(options: { title: string; extensions: string[] }): Promise<FileRef | null>;
  /** Native save dialog (Electron) or a download (browser). */
  saveFile(options: { fileName: string; mimeType: string; base64: string }): Promise<{ saved: boolean }>;
}

export { IPC } from './ipc-channels';
