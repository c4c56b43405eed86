// The report model: everything a PDF audit report says, as plain JSON, built from the database by build.ts and
// rendered by render/. It is stored with each report (canonical JSON, SHA-256), so an auditor can see months
// later exactly which data a report was made from. Strings are as recorded; the renderer escapes them.
import { z } from 'zod';
import type { AuditCheckpoint } from '../audit/model';
import { type ReportSigner, reportSigner } from '../signing/model';
import type { Tier } from '../scoring/types';
import type { VendorOwnership } from '../ownership/model';

/** Bumped when the model's shape changes, so a stored model says which shape it has. */
export const REPORT_MODEL_VERSION = 7;

export const REPORT_KINDS = ['vendor', 'portfolio'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportMeta {
  /** `VR-` (vendor) or `PR-` (portfolio) and 10 random characters; printed on every page. */
  reportId: string;
  kind: ReportKind;
  modelVersion: number;
  /** ISO timestamp. */
  generatedAt: string;
  generatedBy: string;
  appVersion: string;
  /** The audit checkpoint signed as the report was made (model version 5 on); null when it was kept unsigned. */
  checkpoint: AuditCheckpoint | null;
  /** Whose digital signature the PDF carries (model version 5 on; absent before): a self-signed one says so. */
  signature?: ReportSigner | null;
}

/** One list version behind the report's results. */
export interface ProvenanceEntry {
  listName: string;
  publisher: string;
  format: string;
  /** Date of the list data; null when the files do not say. */
  asOf: string | null;
  ageDays: number | null;
  stale: boolean;
  /** SHA-256 over the imported files. */
  sha256: string;
  entryCount: number;
  importedAt: string;
  importedBy: string;
  /** Shipped with Vetter (an old snapshot) rather than imported by the user. */
  bundled: boolean;
  /** Whether the files are the whole list, and what is missing when they are not. */
  complete: boolean;
  missing: string[];
}

export interface MethodologySummary {
  id: string;
  version: number;
  name: string;
  /** The parameters that set the numbers, in words: "Tier thresholds" → "Moderate ≥ 25, High ≥ 50, …". */
  parameters: { label: string; value: string }[];
}

export interface ReportFactor {
  factor: string;
  component: string;
  label: string;
  contribution: number;
  detail: string;
}

export interface ReportScore {
  score: number;
  tier: Tier;
  tierFromScore: Tier;
  inherent: number;
  exposure: number;
  exposureMultiplier: number;
  controls: number;
  components: { designations: number; allegations: number; jurisdiction: number; controls: number };
  coverage: { applicable: number; answered: number; verified: number; notApplicable: number };
  /** Model version 6 on: the known risk and what the open questions would add at worst (scoring/types.ts). */
  known?: { score: number; tier: Tier };
  unassessed?: number;
  /** Contributions add up to `score`. */
  factors: ReportFactor[];
  knockouts: { rule: string; label: string; floor: Tier; detail: string }[];
  warnings: string[];
  /** The day the score is for. */
  asOf: string;
}

export interface ReportDesignation {
  listName: string;
  listAsOf: string | null;
  listStale: boolean;
  entryId: string;
  /** The entry's primary name as published. */
  entryName: string;
  entryStatus: string;
  programmes: string[];
  /** The vendor name (or parent) that matched, and the list name or alias it matched. */
  matchedName: string;
  listedName: string;
  via: 'name' | 'alias' | 'parent' | 'list-link' | 'identifier' | 'owner' | 'supplier';
  /** Via a supplier: the listed supplier and its service (absent from reports made before suppliers). */
  supplier?: { name: string; service: string; country: string | null } | null;
  /** The matcher that found the hit; null for hits found before versions were recorded. */
  matcherVersion: string | null;
  score: number;
  band: 'match' | 'review';
  explanation: string;
  decision: 'open' | 'confirmed' | 'dismissed';
  reason: string | null;
  reviewer: string | null;
  decidedAt: string | null;
}

export interface ReportSupplier {
  name: string;
  service: string;
  dataShared: string[];
  country: string | null;
  source: string;
}

export interface ReportAllegation {
  sourceTitle: string;
  publisher: string;
  sourceType: string;
  /** Kept as text; never a link the PDF opens by itself. */
  url: string | null;
  publishedAt: string;
  status: string;
  statusHistory: { status: string; date: string }[];
  claims: { category: string; text: string }[];
  credibility: number;
  credibilityRationale: string;
  vendorResponse: string | null;
  /** Recorded against the vendor itself or against its parent. */
  appliesVia: 'vendor' | 'parent';
  subjectName: string;
  /** Model version 6 on: every report of the event, the one it was recorded with first. */
  sources?: { publisher: string; sourceType: string; publishedAt: string; sourceTitle: string; url: string | null; evidence: string | null }[];
}

export interface ReportCriterion {
  id: string;
  pillar: string;
  title: string;
  question: string;
  /** The answer in words ("Yes", "2025-03-01", "SOC 2 Type II; ISO 27001"); null when unanswered. */
  answer: string | null;
  /** What the answer means for the score, in words, e.g. "Unanswered: counts as the worst answer (4.0 points)". */
  finding: string;
  verified: boolean;
  note: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  evidence: { fileName: string; sha256: string; size: number; addedBy: string; addedAt: string }[];
  /** Points this criterion adds to the score before exposure scaling; null when it does not apply. */
  points: number | null;
}

export interface VendorReportModel {
  meta: ReportMeta & { kind: 'vendor' };
  vendor: {
    id: string;
    legalName: string;
    otherNames: { name: string; kind: string }[];
    /** LEI, USCC, DUNS, registration and tax numbers as recorded (model version 4 on). */
    identifiers: { scheme: string; value: string }[];
    countryOfIncorporation: string | null;
    countryOfHeadquarters: string | null;
    parentName: string | null;
    website: string | null;
    services: string[];
    dataShared: string[];
    criticality: string | null;
    contractOwner: string | null;
    contractStart: string | null;
    contractEnd: string | null;
  };
  /** Plain-language paragraphs for the executive summary. */
  summary: string[];
  score: ReportScore;
  /** Current hits (open, confirmed and dismissed); resolved hits are history and not listed. */
  designations: ReportDesignation[];
  /** The ownership graph above the vendor and what the rules find, as of the report's day; absent or null without one. */
  ownership?: VendorOwnership | null;
  /** The vendor's own suppliers (absent from reports made before suppliers). */
  suppliers?: ReportSupplier[];
  allegations: ReportAllegation[];
  criteria: ReportCriterion[];
  /** Every finding, live ones first (model version 5; absent from reports made before). */
  findings?: ReportFinding[];
  assessment: {
    status: 'draft' | 'in review' | 'approved';
    approver: string | null;
    approvedAt: string | null;
    reassessDue: string | null;
    catalog: { id: string; version: number; name: string };
  };
  methodology: MethodologySummary;
  provenance: ProvenanceEntry[];
  signOff: {
    preparedBy: string;
    preparedAt: string;
    /** The assessment's approver, when it is approved. */
    approver: string | null;
    approvedAt: string | null;
  };
}

/** A finding as the report prints it, as it read when the report was made. */
export interface ReportFinding {
  id: string;
  criterionId: string;
  title: string;
  severity: string;
  status: string;
  owner: string | null;
  due: string | null;
  overdue: boolean;
  acceptance: { by: string; until: string; expired: boolean } | null;
}

export interface PortfolioVendorRow {
  rank: number;
  vendorId: string;
  name: string;
  score: number;
  tier: Tier;
  inherent: number;
  exposure: number;
  /** Hits still awaiting review. */
  openHits: number;
  /** Applicable criteria, those answered and those verified (model version 7). */
  coverage: { applicable: number; answered: number; verified: number };
  /** What the unanswered criteria could add at worst, in points (model version 7). */
  unassessed: number;
  /** The largest factor, in words. */
  topFactor: string | null;
  reassessDue: string | null;
  overdue: boolean;
}

export interface PortfolioChanges {
  /** The previous portfolio report this one compares with; null for the first. */
  previous: { reportId: string; generatedAt: string } | null;
  added: { name: string; tier: Tier; score: number }[];
  removed: { name: string; tier: Tier; score: number }[];
  tierChanged: { name: string; from: Tier; to: Tier; scoreFrom: number; scoreTo: number }[];
  /** Same tier, score moved by at least 5 points. */
  scoreChanged: { name: string; tier: Tier; scoreFrom: number; scoreTo: number }[];
}

export interface PortfolioReportModel {
  meta: ReportMeta & { kind: 'portfolio' };
  summary: string[];
  counts: Record<Tier, number>;
  total: number;
  /** 5 × 5 grid: cells[inherentBand][exposureBand] = vendors; band 0 is 0–20, band 4 is 80–100 (and above). */
  heatmap: { bands: number; cells: number[][] };
  vendors: PortfolioVendorRow[];
  changes: PortfolioChanges;
  staleLists: { listName: string; asOf: string | null; ageDays: number | null }[];
  methodology: MethodologySummary;
  provenance: ProvenanceEntry[];
}

export type ReportModel = VendorReportModel | PortfolioReportModel;

// ---- A kept report, as lists and the CLI show it ----------------------------------------------------------

export const reportSummary = z.object({
  id: z.string(),
  kind: z.enum(REPORT_KINDS),
  vendorId: z.string().nullable(),
  /** The vendor's legal name, or "Portfolio". */
  subject: z.string(),
  tier: z.string().nullable(),
  score: z.number().nullable(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  /** The PDF as served: countersigned once signed off, else as its preparer kept it. */
  pdfSha256: z.string(),
  modelSha256: z.string(),
  pdfBytes: z.number(),
  /** The PDF as its preparer kept it (the revision the sign-off countersigns). */
  preparedPdfSha256: z.string(),
  /** Who signed the PDF when it was made; null when it was kept unsigned (a host that could not unlock a key). */
  signedBy: reportSigner.nullable(),
  /** The approver's countersignature at sign-off, and when; null until signed off. */
  signedOff: reportSigner.extend({ at: z.string() }).nullable(),
});
export type ReportSummary = z.infer<typeof reportSummary>;
