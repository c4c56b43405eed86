// THE contract between the UI and the core: method name -> input and output schemas.
// Electron IPC, the browser host and the CLI all serve exactly this table; the renderer's
// types come from it, so a renamed field breaks the build rather than the app.
import { z } from 'zod';
import type { Assessment, EvidenceFile } from './assessment/assessments';
import type { Criterion } from './assessment/catalog';
import type { ScoreComparison } from './scoring/changes';
import type { Methodology } from './scoring/methodology';
import type { ScoreSnapshot } from './scoring/scores';
import { FACTOR_COMPONENTS, type ScoreResult } from './scoring/types';
import { IDENTIFIER_SCHEMES, identifierKey, identifierProblem, SCHEME_TEXT } from './identifiers';
import { CRITICALITY, DATA_SHARED, NAME_KINDS, SERVICES } from './vendors/vocabulary';

export { CRITICALITY, DATA_SHARED, IDENTIFIER_SCHEMES, NAME_KINDS, SERVICES };

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

export const MAX_IDENTIFIERS = 20;

export const identifier = z.object({
  scheme: z.enum(IDENTIFIER_SCHEMES),
  value: text(100).min(1, 'An identifier cannot be empty'),
});

/**
 * A vendor's identifiers. Checked on the list rather than on each item so that every problem lands on the path of
 * its row ("identifiers.2"), which is where the form and the import report show it, and so that a value repeated
 * under another spelling ("5493 001K…" and "5493001K…") is caught: identifierKey compares letters and digits only.
 */
const identifierList = z
  .array(identifier)
  .max(MAX_IDENTIFIERS, `At most ${MAX_IDENTIFIERS} identifiers`)
  .superRefine((ids, ctx) => {
    const firstRow = new Map<string, number>();
    ids.forEach((id, i) => {
      // Zod runs this even when an item failed its own schema (an empty value, an unknown scheme): that item has
      // its message already, and its fields may not even be strings.
      if (!identifier.safeParse(id).success) return;
      const problem = identifierProblem(id.scheme, id.value);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: [i], message: problem });
        return;
      }
      const key = identifierKey(id.scheme, id.value);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i], message: `The same ${SCHEME_TEXT[id.scheme]} as row ${first + 1}` });
    });
  });

export const vendorInput = z
  .object({
    legalName: text(300).min(1, 'Legal name is required'),
    otherNames: z.array(otherName).max(50, 'At most 50 other names'),
    // Optional on the way in: a caller written before identifiers existed (a script, an older client) sends none.
    identifiers: identifierList.default([]),
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
  identifiers: z.array(identifier),
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
    identifiers: [],
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
  'identifiers',
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


// ---- Designation lists and screening -------------------------------------------------------------

export const HIT_DECISIONS = ['open', 'confirmed', 'dismissed'] as const;
/** How a hit was reached: the vendor's legal name, another name, its recorded parent company, a name the list
 *  itself links to an entry the vendor matched (1260H parents, OFAC "Linked To"), or an identifier of the vendor's
 *  that the list prints for the entry. */
export const HIT_VIAS = ['name', 'alias', 'parent', 'list-link', 'identifier'] as const;
export const SCREENING_STATUSES = ['unscreened', 'clear', 'review', 'match'] as const;

export const listCoverage = z.object({
  complete: z.boolean(),
  missing: z.array(z.string()),
  parts: z.array(z.object({ file: z.string(), role: z.string(), asOf: z.string().nullable(), rows: z.number() })),
  subLists: z.record(z.string(), z.number()),
});

/** What a screening verdict rests on (lists/basis.ts): shown with every result. */
export const verdictBasis = z.object({
  lists: z.number(),
  asOf: z.object({ oldest: z.string().nullable(), newest: z.string().nullable() }),
  partial: z.array(z.object({ listKey: z.string(), listName: z.string(), missing: z.array(z.string()) })),
  stale: z.array(z.object({ listKey: z.string(), listName: z.string(), asOf: z.string().nullable(), ageDays: z.number().nullable(), reason: z.string() })),
  clear: z.string(),
});

export const listVersion = z.object({
  id: z.string(),
  listKey: z.string(),
  listName: z.string(),
  publisher: z.string(),
  format: z.string(),
  /** Date of the data (from the files), or null when the files do not say. */
  asOf: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  /** SHA-256 over the import's files (each file's own hash is in files). */
  sha256: z.string(),
  files: z.array(z.object({ name: z.string(), sha256: z.string(), bytes: z.number() })),
  entryCount: z.number(),
  counts: z.record(z.string(), z.number()),
  warnings: z.array(z.string()),
  importedAt: z.string(),
  importedBy: z.string(),
  bundled: z.boolean(),
  /** Complete or partial, what is missing, the date and rows of each part (see lists/coverage.ts). */
  coverage: listCoverage,
  current: z.boolean(),
  /** Days between asOf and today; null without asOf. */
  ageDays: z.number().nullable(),
  stale: z.boolean(),
});

export const hitExplanation = z.object({
  text: z.string(),
  vendorName: z.string(),
  listName: z.string(),
  vendorTokens: z.array(z.string()),
  listTokens: z.array(z.string()),
  alignment: z.array(z.object({ vendorToken: z.string().nullable(), listToken: z.string().nullable(), similarity: z.number(), weight: z.number() })),
  parts: z.record(z.string(), z.unknown()),
  thresholds: z.object({ match: z.number(), review: z.number() }),
});

export const screeningHit = z.object({
  id: z.string(),
  vendorId: z.string(),
  listKey: z.string(),
  listDisplayName: z.string(),
  versionId: z.string(),
  asOf: z.string().nullable(),
  stale: z.boolean(),
  entryId: z.string(),
  /** The entry's primary name as published. */
  entryName: z.string(),
  entryStatus: z.string(),
  entryDetails: z.object({
    type: z.string(),
    aliases: z.array(z.string()),
    /** Names the list marks as weak (ListEntry.weakAliases). */
    weakAliases: z.array(z.string()),
    /** Company identifiers the list prints (ListEntry.identifiers), each in the list's own words. */
    identifiers: z.array(z.object({ scheme: z.enum(IDENTIFIER_SCHEMES), value: z.string(), country: z.string().nullable(), text: z.string() })),
    countries: z.array(z.string()),
    programmes: z.array(z.string()),
    listedDate: z.string().nullable(),
    removedDate: z.string().nullable(),
    parents: z.array(z.string()),
    remarks: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    subList: z.string().nullable(),
  }),
  /** The vendor's name that matched, and the list name or alias it matched. */
  matchedName: z.string(),
  listName: z.string(),
  via: z.enum(HIT_VIAS),
  /** The matcher that found the hit (screening/version.ts); null for hits found before versions were recorded. */
  matcherVersion: z.string().nullable(),
  score: z.number(),
  band: z.enum(['match', 'review']),
  explanation: hitExplanation,
  screenedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  review: z.object({
    decision: z.enum(HIT_DECISIONS),
    reason: z.string().nullable(),
    reviewer: z.string().nullable(),
    decidedAt: z.string().nullable(),
  }),
});

export const hitChange = z.object({
  vendorId: z.string(),
  vendorName: z.string(),
  listKey: z.string(),
  listDisplayName: z.string(),
  entryId: z.string(),
  entryName: z.string(),
  band: z.enum(['match', 'review']),
  score: z.number(),
  via: z.enum(HIT_VIAS),
  /** For resolved hits: why (entry removed from the list, no longer matches). */
  reason: z.string().nullable(),
});

export const screeningRun = z.object({
  id: z.string(),
  at: z.string(),
  trigger: z.string(),
  vendorCount: z.number(),
  counts: z.object({ clear: z.number(), review: z.number(), match: z.number() }),
  newHits: z.array(hitChange),
  resolvedHits: z.array(hitChange),
  changedEntries: z.array(hitChange),
});

export const vendorScreening = z.object({
  status: z.enum(SCREENING_STATUSES),
  viaParent: z.boolean(),
  openHits: z.number(),
});

export const customListMapping = z.object({
  name: z.number().int().min(0),
  aliases: z.number().int().min(0).optional(),
  country: z.number().int().min(0).optional(),
  type: z.number().int().min(0).optional(),
  id: z.number().int().min(0).optional(),
  remarks: z.number().int().min(0).optional(),
  listedDate: z.number().int().min(0).optional(),
});

// ---- Allegations (soft data: sourced claims, never shown as fact) -----------------------------------

export const SOURCE_TYPES = [
  'official government document',
  'leaked or reported government document',
  'court filing',
  'major press',
  'trade press',
  'blog or opinion',
] as const;
export const CLAIM_CATEGORIES = [
  'state access to customer data',
  'military or intelligence support',
  'IP or model theft',
  'vulnerability sharing with state actors',
  'sanctions evasion',
  'other',
] as const;
export const ALLEGATION_STATUSES = ['alleged', 'denied by vendor', 'under investigation', 'corroborated', 'adjudicated', 'retracted'] as const;

export const allegationInput = z.object({
  subjectName: text(300).min(1, 'Name the company the source accuses'),
  sourceTitle: text(500).min(1, 'Give the title of the source'),
  publisher: text(200).min(1, 'Say who published it'),
  sourceType: z.enum(SOURCE_TYPES),
  /** Kept as text; the app never opens it unless the user asks. */
  url: optionalText(2000),
  publishedAt: isoDate,
  claims: z.array(z.object({ category: z.enum(CLAIM_CATEGORIES), text: text(4000).min(1, 'Describe the claim') })).min(1, 'Record at least one claim'),
  status: z.enum(ALLEGATION_STATUSES),
  /** The date the status took effect (for the status history); defaults to today. */
  statusDate: isoDate.optional(),
  vendorResponse: optionalText(8000),
  credibility: z.number().int().min(1, 'Credibility is 1 to 5').max(5, 'Credibility is 1 to 5'),
  credibilityRationale: text(4000).min(1, 'Explain the credibility rating'),
});

export const allegation = z.object({
  id: z.string(),
  subjectName: z.string(),
  sourceTitle: z.string(),
  publisher: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  url: z.string().nullable(),
  publishedAt: z.string(),
  claims: z.array(z.object({ category: z.enum(CLAIM_CATEGORIES), text: z.string() })),
  status: z.enum(ALLEGATION_STATUSES),
  statusHistory: z.array(z.object({ status: z.enum(ALLEGATION_STATUSES), date: z.string(), recordedBy: z.string(), recordedAt: z.string() })),
  vendorResponse: z.string().nullable(),
  credibility: z.number(),
  credibilityRationale: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  /** Set when listed for a vendor: whether it names the vendor itself or its parent company. */
  appliesVia: z.enum(['vendor', 'parent']).optional(),
});

export const reportSummary = z.object({
  id: z.string(),
  kind: z.enum(['vendor', 'portfolio']),
  vendorId: z.string().nullable(),
  /** The vendor's legal name, or "Portfolio". */
  subject: z.string(),
  tier: z.string().nullable(),
  score: z.number().nullable(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  pdfSha256: z.string(),
  modelSha256: z.string(),
  pdfBytes: z.number(),
});

/** A file for the user to save: the same shape for vendor exports and report exports. */
export const download = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

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
      duplicates: z.array(
        z.object({
          row: z.number(),
          name: z.string(),
          existingId: z.string(),
          existingName: z.string(),
          /** Why the row is taken for that vendor: "same name", or "same LEI 5493…" (LEI, USCC and DUNS only). */
          reason: z.string(),
        }),
      ),
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
    output: download,
  },
  'audit.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(1000).default(200),
        beforeSeq: z.number().int().optional(),
        /** The events about one entity (a vendor, an allegation, a report...). */
        entityId: z.string().optional(),
        /** Instead of entityId, a vendor's history: its own events and those of the allegations recorded against it or its parent. */
        vendorId: z.string().min(1).optional(),
      })
      .refine((i) => i.entityId === undefined || i.vendorId === undefined, { path: ['vendorId'], message: 'Give an entity or a vendor, not both' }),
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
  'lists.list': {
    input: empty,
    output: z.object({
      current: z.array(listVersion),
      history: z.array(listVersion),
      staleAfterDays: z.number(),
      /** What a verdict against the lists in use rests on. */
      basis: verdictBasis,
      /** The first-use load of the bundled lists: running (with its progress), failed (why), or null. */
      bundled: z
        .discriminatedUnion('state', [
          z.object({ state: z.literal('loading'), done: z.number(), total: z.number() }),
          z.object({ state: z.literal('failed'), message: z.string() }),
        ])
        .nullable(),
    }),
  },
  'lists.customPreview': {
    input: z.object({ file: fileRef }),
    output: z.object({ headers: z.array(z.string()), sample: z.array(z.array(z.string())), mapping: customListMapping }),
  },
  'lists.import': {
    input: z.object({
      files: z.array(fileRef).min(1, 'Choose the list file(s) to import').max(8),
      jobId,
      /** The user saw the file's concerns (fewer entries, a sub-list gone, a partial file) and imports it anyway. */
      confirmed: z.boolean().optional(),
      custom: z
        .object({
          mapping: customListMapping,
          listName: text(120).min(1, 'Name the list'),
          publisher: text(120).min(1, 'Say who publishes the list'),
          asOf: isoDate,
        })
        .optional(),
    }),
    output: z.object({ version: listVersion, unchanged: z.boolean(), run: screeningRun.nullable() }),
  },
  'lists.setStaleAfterDays': {
    input: z.object({ days: z.number().int().min(1, 'At least 1 day').max(3650, 'At most 3650 days') }),
    output: z.object({ staleAfterDays: z.number() }),
  },
  'screening.run': {
    input: z.object({ jobId, vendorIds: z.array(z.string()).optional() }),
    output: screeningRun,
  },
  'screening.check': {
    input: z.object({
      vendors: z
        .array(
          z.object({
            name: text(300).min(1, 'A name is required'),
            aliases: z.array(text(300)),
            countries: z.array(countryCode),
            parent: optionalText(300),
            identifiers: identifierList.default([]),
          }),
        )
        .max(200_000),
    }),
    output: z.object({
      /** The matcher's version (screening/version.ts). */
      matcher: z.string(),
      lists: z.array(z.object({ id: z.string(), name: z.string(), asOf: z.string().nullable(), entries: z.number(), stale: z.boolean(), coverage: listCoverage })),
      results: z.array(
        z.object({
          status: z.enum(['clear', 'review', 'match']),
          hits: z.array(
            z.object({
              list: z.string(),
              listName: z.string(),
              entryId: z.string(),
              entryName: z.string(),
              matchedName: z.string(),
              score: z.number(),
              band: z.enum(['match', 'review']),
              via: z.enum(HIT_VIAS),
              explanation: z.string(),
              matcher: z.string(),
            }),
          ),
        }),
      ),
    }),
  },
  'screening.lastRun': {
    input: empty,
    output: z.object({ run: screeningRun.nullable() }),
  },
  'screening.statuses': {
    input: empty,
    output: z.object({ statuses: z.record(z.string(), vendorScreening) }),
  },
  'screening.vendor': {
    input: z.object({ vendorId: z.string().min(1) }),
    output: z.object({
      screening: vendorScreening,
      screenedAt: z.string().nullable(),
      hits: z.array(screeningHit),
      resolved: z.array(screeningHit),
    }),
  },
  'screening.review': {
    input: z
      .object({ hitId: z.string().min(1), decision: z.enum(HIT_DECISIONS), reason: text(2000) })
      .refine((r) => r.decision === 'open' || r.reason.length > 0, { path: ['reason'], message: 'Say why: the reason is kept in the audit log' }),
    output: screeningHit,
  },
  'allegations.list': {
    input: z.object({ vendorId: z.string().optional() }),
    output: z.object({ allegations: z.array(allegation) }),
  },
  'allegations.create': {
    input: allegationInput,
    output: allegation,
  },
  'allegations.update': {
    input: z.object({ id: z.string().min(1), allegation: allegationInput }),
    output: allegation,
  },
  'allegations.delete': {
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ id: z.string() }),
  },
  'assessment.get': {
    input: z.object({ vendorId: z.string().min(1) }),
    output: z.object({ criteria: z.custom<Criterion[]>(), assessment: z.custom<Assessment>() }),
  },
  'assessment.answer': {
    input: z.object({
      vendorId: z.string().min(1),
      criterionId: z.string().min(1).max(20),
      value: z.union([text(4000), z.array(text(200)).max(20)]).nullable(),
      verified: z.boolean(),
      note: optionalText(4000),
    }),
    output: z.custom<Assessment>(),
  },
  'assessment.addEvidence': {
    input: z.object({ vendorId: z.string().min(1), criterionId: z.string().min(1).max(20), file: fileRef }),
    output: z.custom<EvidenceFile>(),
  },
  'assessment.setStatus': {
    input: z.object({ vendorId: z.string().min(1), status: z.enum(['draft', 'in review', 'approved']), reassessDue: isoDate.nullable() }),
    output: z.custom<Assessment>(),
  },
  'scores.vendor': {
    input: z.object({ vendorId: z.string().min(1) }),
    output: z.object({ result: z.custom<ScoreResult>(), history: z.custom<ScoreSnapshot[]>() }),
  },
  'scores.whatIf': {
    input: z.object({
      vendorId: z.string().min(1),
      changes: z
        .array(
          z.discriminatedUnion('kind', [
            z.object({
              kind: z.literal('answer'),
              criterionId: z.string().min(1),
              answer: z.object({ value: z.union([z.string(), z.array(z.string())]), verified: z.boolean(), evidence: z.number().int().min(0), answeredAt: isoDate.nullable() }).nullable(),
            }),
            z.object({ kind: z.literal('hit-decision'), hitId: z.string().min(1), decision: z.enum(HIT_DECISIONS) }),
          ]),
        )
        .min(1, 'Change at least one answer or decision')
        .max(100),
    }),
    output: z.object({ before: z.custom<ScoreResult>(), after: z.custom<ScoreResult>(), comparison: z.custom<ScoreComparison>() }),
  },
  'scores.portfolio': {
    input: empty,
    output: z.object({
      vendors: z.array(
        z.object({
          vendorId: z.string(),
          name: z.string(),
          score: z.number(),
          tier: z.string(),
          inherent: z.number(),
          exposure: z.number(),
          openHits: z.number(),
          topFactors: z.array(z.object({ factor: z.string(), component: z.enum(FACTOR_COMPONENTS), label: z.string(), contribution: z.number() })),
          reassessDue: z.string().nullable(),
          overdue: z.boolean(),
        }),
      ),
      staleLists: z.array(z.object({ listName: z.string(), asOf: z.string().nullable(), ageDays: z.number().nullable() })),
      /** What the scores' screening rests on: which lists, of what date, which are partial or stale. */
      basis: verdictBasis,
      methodology: z.object({ id: z.string(), version: z.number() }),
    }),
  },
  'methodology.get': {
    input: empty,
    output: z.object({ methodology: z.custom<Methodology>(), versions: z.array(z.object({ version: z.number(), note: z.string(), createdBy: z.string(), createdAt: z.string() })) }),
  },
  'methodology.update': {
    input: z.object({ parameters: z.record(z.string(), z.unknown()), note: text(1000).min(1, 'Say what changed and why') }),
    output: z.custom<Methodology>(),
  },
  'reports.vendor': {
    input: z.object({ vendorId: z.string().min(1), jobId }),
    output: reportSummary,
  },
  'reports.portfolio': {
    input: z.object({ jobId }),
    output: reportSummary,
  },
  'reports.list': {
    input: z.object({ vendorId: z.string().min(1).optional() }),
    output: z.object({ reports: z.array(reportSummary) }),
  },
  /** The PDF as kept, its JSON model, or its main table as CSV (factors for a vendor, the ranking for a portfolio). */
  'reports.export': {
    input: z.object({ id: z.string().min(1).max(40), format: z.enum(['pdf', 'json', 'csv']) }),
    output: download,
  },
  'reports.verify': {
    input: z.object({ file: fileRef }),
    output: z.object({ verified: z.boolean(), sha256: z.string(), report: reportSummary.nullable(), message: z.string() }),
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
export type ListVersion = z.infer<typeof listVersion>;
export type VerdictBasis = z.infer<typeof verdictBasis>;
export type ScreeningHit = z.infer<typeof screeningHit>;
export type HitChange = z.infer<typeof hitChange>;
export type ScreeningRun = z.infer<typeof screeningRun>;
export type VendorScreening = z.infer<typeof vendorScreening>;
export type CustomListMapping = z.infer<typeof customListMapping>;
export type Allegation = z.infer<typeof allegation>;
export type ReportSummary = z.infer<typeof reportSummary>;
export type AllegationInput = z.infer<typeof allegationInput>;

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'bad_file', 'cancelled', 'busy', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** Field-level problems: path ("legalName", "otherNames.0.name") -> message. */
  details?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** The job id the first-use load of the bundled lists reports its progress under, whoever started it. */
export const BUNDLED_LISTS_JOB = 'bundled-lists';

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
  /** The same, several files at once (OFAC's list comes as a set of CSV files); empty when cancelled. */
  openFiles(options: { title: string; extensions: string[] }): Promise<FileRef[]>;
  /** Native save dialog (Electron) or a download (browser). */
  saveFile(options: { fileName: string; mimeType: string; base64: string }): Promise<{ saved: boolean }>;
  /**
   * Opens a stored evidence file through the operating system after the user confirms (Electron: a native
   * dialog naming the file, then the program the system uses for it; browser: confirm(), then a download).
   * `opened` is false when the user said no.
   */
  openEvidence(evidenceId: string): Promise<{ opened: boolean }>;
  /** Opens a kept report's PDF in the system's PDF viewer (Electron) or in a new browser tab (browser host). */
  openReport(reportId: string): Promise<void>;
}

export { IPC } from './ipc-channels';
// Plain data and pure functions the interface shows exactly as the core defines them, so it keeps no copies
// (a test checks that nothing behind them loads Node built-ins).
export { answerInWords, criterionApplies, PILLAR_LABELS, PILLARS } from './assessment/catalog';
export { bandRange, HEAT_BANDS, heatBand } from './scoring/heatmap';
export { COMPONENT_LABELS, TIERS } from './scoring/types';
export { LIST_SOURCES, type ListSource } from './lists/registry';
// Names with direction overrides or invisible characters are shown as the reports print them ([U+202E]), and the
// kinds of file kept as evidence (documents, images, archives).
export { invisibleParts, revealInvisible } from './visible-text';
export { EVIDENCE_EXTENSIONS } from './files/evidence-types';
