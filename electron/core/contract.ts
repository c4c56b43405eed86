// THE contract between the UI and the core: method name -> input and output schemas. Electron IPC, the browser
// host and the CLI all serve exactly this table; the renderer's types come from it, so a renamed field breaks the
// build rather than the app. The schemas themselves live with their domain (vendors/model.ts, screening/model.ts,
// …); this file only says which method takes and answers which. The core checks every input against it, and in
// tests and development every output too (service.ts).
import { z } from 'zod';
import { allegation, allegationInput, allegationSourceInput } from './allegations/model';
import { assessment, criterion, evidenceFile } from './assessment/model';
import { auditCheckpoint, auditEvent, auditVerification } from './audit/model';
import { finding, findingAccept, findingUpdate } from './findings/model';
import { jobId } from './jobs/model';
import { customListMapping, listsOverview, listVersion } from './lists/model';
import { decideInput, decideSuppliersInput, importInput, importOutput, questionnaireReview, sendInput, sendManyInput, sendManyOutput, sendOutput } from './questionnaires/model';
import { ownerEntry, ownershipImportResult, vendorOwnership } from './ownership/model';
import { supplier, supplierConcentration, supplierFields, supplierImportResult } from './suppliers/model';
import { reportSummary } from './reports/model';
import { pdfSignature, signingStatus, unlockedIdentity } from './signing/model';
import { workspaceSettings } from './settings/model';
import { countryCode, download, empty, fileRef, isoDate, optionalText, text } from './schemas';
import { methodology, methodologyVersion, portfolio, scoreComparison, scoreResult, scoreSnapshot, whatIfChange } from './scoring/model';
import { BULK_DECISIONS, entryHit, HIT_DECISIONS, MAX_BULK_HITS, screeningCheck, screeningHit, screeningRun, vendorScreening } from './screening/model';
import { columnMapping, identifierList, importEdits, importPreview, importReview, NAME_MAX_CHARS, vendor, vendorInput, vendorListPage, vendorListQuery, vendorMatchQuery, vendorVersion } from './vendors/model';
import { savedView, saveViewInput } from './views/model';
import { workQueue } from './work/model';

export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      /** A data folder (SQLite), or a team workspace (PostgreSQL) at an address shown without its password. */
      workspace: z.object({ engine: z.enum(['sqlite', 'postgres']), address: z.string() }),
      /** The name shown for the login (set in Settings), else the login. */
      user: z.string(),
      /** Who acts, as the audit log records it: the database login, or the operating system's account. */
      login: z.string(),
      schemaVersion: z.number(),
      vendorCount: z.number(),
      host: z.enum(['electron', 'browser', 'cli']),
    }),
  },
  'settings.setUser': {
    input: z.object({ name: text(100).min(1, 'Enter your name') }),
    output: z.object({ user: z.string() }),
  },
  /** Four eyes, and what the user may do on this workspace. */
  'settings.get': {
    input: empty,
    output: workspaceSettings,
  },
  /** Four eyes on or off (an admin's choice for a one-person team; audited). */
  'settings.setFourEyes': {
    input: z.object({ enabled: z.boolean() }),
    output: workspaceSettings,
  },
  'vendors.list': {
    input: empty,
    output: z.object({ vendors: z.array(vendor) }),
  },
  'vendors.page': {
    input: vendorListQuery,
    output: vendorListPage,
  },
  // Every vendor a search and filters keep, however many: the vendor table's "select all matching".
  'vendors.matchingIds': {
    input: vendorMatchQuery,
    output: z.object({ ids: z.array(z.string()) }),
  },
  'vendors.get': {
    input: z.object({ id: z.string().min(1) }),
    output: vendor,
  },
  // Vendors whose name reads as this one (legal forms and punctuation aside) or nearly: the form's duplicate warning.
  'vendors.similar': {
    input: z.object({ name: z.string().max(500), excludeId: z.string().nullable() }),
    output: z.object({ vendors: z.array(z.object({ id: z.string(), legalName: z.string(), matchedName: z.string() })) }),
  },
  'vendors.create': {
    input: vendorInput,
    output: vendor,
  },
  'vendors.update': {
    // A person edits from the version they read: a write based on an older one is refused, never silently applied.
    input: z.object({ id: z.string().min(1), version: vendorVersion, vendor: vendorInput }),
    output: vendor,
  },
  'vendors.delete': {
    input: z.object({ id: z.string().min(1), version: vendorVersion }),
    output: z.object({ id: z.string(), legalName: z.string() }),
  },
  'vendors.restore': {
    input: z.object({ id: z.string().min(1) }),
    output: vendor,
  },
  'vendors.importPreview': {
    input: z.object({ file: fileRef, mapping: columnMapping.optional() }),
    output: importPreview,
  },
  /** The file as it would import with the rows fixed or left out in the preview (only those rows checked again). */
  'vendors.importReview': {
    input: z.object({ file: fileRef, mapping: columnMapping, edits: importEdits }),
    output: importReview,
  },
  'vendors.importRun': {
    input: z.object({
      file: fileRef,
      mapping: columnMapping,
      onDuplicate: z.enum(['skip', 'update']),
      /** Rows fixed or left out in the preview; the CLI imports the file as it is. */
      edits: importEdits.optional(),
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
    output: auditVerification,
  },
  /** Signs the chain's head as the user, unless the newest checkpoint is under a day old and the head has not moved. */
  'audit.checkpoint': {
    input: empty,
    output: z.object({ made: z.boolean(), checkpoint: auditCheckpoint.nullable() }),
  },
  /** The vendor's evidence bundle (bundles/manifest.ts), sealed with a checkpoint the user signs: a zip. */
  'evidence.bundle': {
    input: z.object({ vendorId: z.string().min(1) }),
    output: download,
  },
  'demo.load': {
    input: empty,
    output: z.object({ created: z.number() }),
  },
  'lists.list': {
    input: empty,
    output: listsOverview,
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
            name: text(NAME_MAX_CHARS).min(1, 'A name is required'),
            aliases: z.array(text(NAME_MAX_CHARS)),
            countries: z.array(countryCode),
            parent: optionalText(NAME_MAX_CHARS),
            identifiers: identifierList.default([]),
          }),
        )
        .max(200_000),
    }),
    output: screeningCheck,
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
  // One decision and reason on several hits (hitIds), or on every vendor's open hits on a list entry (entry).
  'screening.reviewMany': {
    input: z
      .object({
        hitIds: z.array(z.string().min(1)).min(1, 'Pick at least one hit').max(MAX_BULK_HITS, `At most ${MAX_BULK_HITS} hits at a time`).optional(),
        entry: z.object({ listKey: z.string().min(1), entryId: z.string().min(1) }).optional(),
        decision: z.enum(BULK_DECISIONS),
        reason: text(2000).min(1, 'Say why: the reason is kept in the audit log'),
      })
      .refine((r) => (r.hitIds === undefined) !== (r.entry === undefined), { path: ['hitIds'], message: 'Name the hits or the list entry, not both' }),
    output: z.object({ hits: z.array(screeningHit) }),
  },
  'screening.entryHits': {
    input: z.object({ listKey: z.string().min(1), entryId: z.string().min(1) }),
    output: z.object({ hits: z.array(entryHit) }),
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
  'allegations.addSource': {
    input: z.object({ allegationId: z.string().min(1), source: allegationSourceInput }),
    output: allegation,
  },
  'allegations.removeSource': {
    input: z.object({ allegationId: z.string().min(1), sourceId: z.string().min(1) }),
    output: allegation,
  },
  'assessment.get': {
    input: z.object({ vendorId: z.string().min(1) }),
    /** approvalRefusal: why the user asking may not approve it (their role, or four eyes), or null. */
    output: z.object({ criteria: z.array(criterion), assessment, approvalRefusal: z.string().nullable() }),
  },
  'assessment.answer': {
    input: z.object({
      vendorId: z.string().min(1),
      criterionId: z.string().min(1).max(20),
      value: z.union([text(4000), z.array(text(200)).max(20)]).nullable(),
      verified: z.boolean(),
      note: optionalText(4000),
    }),
    output: assessment,
  },
  'assessment.addEvidence': {
    input: z.object({ vendorId: z.string().min(1), criterionId: z.string().min(1).max(20), file: fileRef }),
    output: evidenceFile,
  },
  'assessment.setStatus': {
    input: z.object({ vendorId: z.string().min(1), status: z.enum(['draft', 'in review', 'approved']), reassessDue: isoDate.nullable() }),
    output: assessment,
  },
  /** Every finding, or one vendor's: live ones first, by due date, each as it reads today. */
  'findings.list': {
    input: z.object({ vendorId: z.string().min(1).optional() }),
    output: z.object({ findings: z.array(finding) }),
  },
  'findings.update': { input: findingUpdate, output: finding },
  /** An approver accepts the risk until a date (at most a year), under four eyes. */
  'findings.accept': { input: findingAccept, output: finding },
  /** Writes the questionnaire of a vendor as a workbook, and records that it was sent. */
  'questionnaires.send': {
    input: sendInput,
    output: sendOutput,
  },
  /** Questionnaires for several vendors at once, recorded together: one zip of their workbooks. */
  'questionnaires.sendMany': {
    input: sendManyInput,
    output: sendManyOutput,
  },
  /** The PDF copy, for reading, of a questionnaire sent. */
  'questionnaires.pdf': {
    input: z.object({ questionnaireId: z.string().min(1).max(40) }),
    output: download,
  },
  'questionnaires.import': {
    input: importInput,
    output: importOutput,
  },
  'questionnaires.review': {
    input: z.object({ vendorId: z.string().min(1) }),
    output: questionnaireReview,
  },
  'questionnaires.accept': {
    input: decideInput,
    output: z.object({ accepted: z.number() }),
  },
  'questionnaires.dismiss': {
    input: decideInput,
    output: z.object({ dismissed: z.number() }),
  },
  /** Suppliers a returned workbook lists, accepted as the vendor's suppliers (each audited); the vendor is screened again. */
  'questionnaires.acceptSuppliers': {
    input: decideSuppliersInput,
    output: z.object({ accepted: z.number() }),
  },
  'questionnaires.dismissSuppliers': {
    input: decideSuppliersInput,
    output: z.object({ dismissed: z.number() }),
  },
  'scores.vendor': {
    input: z.object({ vendorId: z.string().min(1) }),
    output: z.object({ result: scoreResult, history: z.array(scoreSnapshot) }),
  },
  'scores.whatIf': {
    input: z.object({
      vendorId: z.string().min(1),
      changes: z
        .array(whatIfChange)
        .min(1, 'Change at least one answer or decision')
        .max(100),
    }),
    output: z.object({ before: scoreResult, after: scoreResult, comparison: scoreComparison }),
  },
  'scores.portfolio': {
    input: empty,
    output: portfolio,
  },
  'methodology.get': {
    input: empty,
    output: z.object({ methodology, versions: z.array(methodologyVersion) }),
  },
  'methodology.update': {
    input: z.object({ parameters: z.record(z.string(), z.unknown()), note: text(1000).min(1, 'Say what changed and why') }),
    output: methodology,
  },
  'reports.vendor': {
    input: z.object({ vendorId: z.string().min(1), jobId }),
    output: reportSummary,
  },
  'reports.portfolio': {
    input: z.object({ jobId }),
    output: reportSummary,
  },
  // "My work": what needs an analyst, and its dates as an iCalendar file.
  'work.queue': { input: empty, output: workQueue },
  'work.calendar': { input: empty, output: download },
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
    output: z.object({ verified: z.boolean(), sha256: z.string(), report: reportSummary.nullable(), message: z.string(), signatures: z.array(pdfSignature) }),
  },
  /** The approver's countersignature: refused, saying why, where the role or four eyes forbid it. */
  'reports.signOff': {
    input: z.object({ id: z.string().min(1).max(40) }),
    output: reportSummary,
  },
  /** The signatures of the report's PDF as served, checked as any reader checks them, and why the user may not sign it off (null: they may). */
  'reports.signatures': {
    input: z.object({ id: z.string().min(1).max(40) }),
    output: z.object({ signatures: z.array(pdfSignature), signOffRefusal: z.string().nullable() }),
  },
  'signing.status': { input: empty, output: signingStatus },
  /** Unlocks the user's key with the passphrase typed in the Signing dialog (made on first use); the host keeps it. */
  'signing.unlock': {
    input: z.object({ passphrase: z.string().min(1, 'Give the passphrase').max(1000) }),
    output: unlockedIdentity,
  },
  'jobs.cancel': {
    input: z.object({ jobId }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** A FollowTheMoney JSON lines file or an ownership CSV, all or nothing. */
  'ownership.import': {
    input: z.object({ file: fileRef }),
    output: ownershipImportResult,
  },
  /** An owner of the vendor entered by hand (kept as a one-row CSV import); the vendor is screened again if it was. */
  'ownership.add': {
    input: ownerEntry,
    output: ownershipImportResult,
  },
  /** The vendor's owners and what the ownership rules find, as of a date (today by default). */
  'ownership.vendor': {
    input: z.object({ vendorId: z.string().min(1), asOf: isoDate.optional() }),
    output: vendorOwnership,
  },
  /** A suppliers CSV (vendor,supplier,service,data_shared,country), all or nothing; screened vendors are screened again. */
  'suppliers.import': {
    input: z.object({ file: fileRef }),
    output: supplierImportResult,
  },
  /** The live suppliers of one vendor, or of every vendor, by name. */
  'suppliers.list': {
    input: z.object({ vendorId: z.string().min(1).optional() }),
    output: z.object({ suppliers: z.array(supplier.extend({ vendorName: z.string() })) }),
  },
  /** A supplier of the vendor entered by hand (the same name and service again updates it). */
  'suppliers.add': {
    input: supplierFields.extend({ vendorId: z.string().min(1) }),
    output: supplier,
  },
  'suppliers.update': {
    input: supplierFields.extend({ id: z.string().min(1).max(40) }),
    output: supplier,
  },
  /** Marks the supplier removed; its history stays in the audit log. */
  'suppliers.remove': {
    input: z.object({ id: z.string().min(1).max(40) }),
    output: supplier,
  },
  /** The suppliers and countries many of the portfolio's vendors rely on, by kind of service. */
  'suppliers.concentration': {
    input: empty,
    output: supplierConcentration,
  },
  /** The login's own saved views of the vendor list, by name. */
  'views.list': {
    input: empty,
    output: z.object({ views: z.array(savedView) }),
  },
  /** Saves the list's search, filters, order and columns under a name (the same name again replaces it). */
  'views.save': {
    input: saveViewInput,
    output: savedView,
  },
  /** Deletes one of the login's views (marked; its audit event keeps what it was). */
  'views.remove': {
    input: z.object({ id: z.string().min(1).max(40) }),
    output: savedView,
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

// ---- What the renderer imports from here ------------------------------------------------------------------------
// The wire (errors, envelope, progress, the bridge) and each domain's model: schemas, types and vocabulary, as
// their domain defines them. Everything re-exported is plain data, schemas and pure functions (a test checks that
// nothing behind this file loads a Node built-in), so the renderer bundles it as is.
export { type ContractError, ERROR_CODES, type Envelope, type ErrorCode } from './errors';
export { BUNDLED_LISTS_JOB, type Progress } from './jobs/model';
export { DATA_AREAS, type DataArea, type DataChange } from './data-areas';
export type { VetterBridge } from './bridge';
export { isLocalHost, NEW_TEAM_WORKSPACE, SSL_MODES, teamWorkspaceFields, type SslMode, type TeamWorkspaceFields, type WorkspaceChoiceState } from './workspace/team-address';
export { countryCode, download, fileRef, isoDate, type Download, type FileRef } from './schemas';
export { IDENTIFIER_SCHEMES } from './identifiers';
export { CRITICALITY, DATA_SHARED, NAME_KINDS, SERVICES } from './vendors/vocabulary';
export * from './vendors/model';
export * from './audit/model';
export * from './lists/model';
export * from './screening/model';
export * from './allegations/model';
export { similarAllegations, type SimilarAllegation } from './allegations/similar';
export { reportSummary, type ReportSummary } from './reports/model';
export * from './signing/model';
export * from './assessment/model';
export * from './questionnaires/model';
export * from './scoring/model';
export * from './ownership/model';
export * from './suppliers/model';
export * from './settings/model';
export * from './work/model';
export * from './views/model';

export { IPC } from './ipc-channels';
// Plain data and pure functions the interface shows exactly as the core defines them, so it keeps no copies
// (a test checks that nothing behind them loads Node built-ins).
export { answerInWords, criterionApplies, PILLAR_LABELS, PILLARS } from './assessment/catalog';
export { bandRange, HEAT_BANDS, HEAT_ZONES, heatZone, type HeatZone } from './scoring/heatmap';
export { COMPONENT_LABELS, TIERS } from './scoring/types';
export { LIST_SOURCES, type ListSource } from './lists/registry';
// The ownership graph drawn as the vendor report draws it.
export { layoutOwnership } from './ownership/diagram';
export { OwnershipDiagram, OwnershipFindings, OwnershipLinksTable } from './ownership/diagram-svg';
// The vendor search folds names as the core compares them (kana, full-width forms, accents, case).
export { vendorNameKey } from './vendors/names';
// Names with direction overrides or invisible characters are shown as the reports print them ([U+202E]), and the
// kinds of file kept as evidence (documents, images, archives).
export { invisibleParts, revealInvisible } from './visible-text';
export { EVIDENCE_EXTENSIONS } from './files/evidence-types';
