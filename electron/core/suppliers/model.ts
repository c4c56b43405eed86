// A vendor's own suppliers (fourth parties): the hosting it runs on, its sub-processors, the AI models or APIs it
// builds on, each with the service, the data that flows to it and its country. Plain schemas and words, no Node
// imports: the renderer takes them through the contract.
import { z } from 'zod';
import { countryCode } from '../schemas';
import { DATA_SHARED, SERVICES } from '../vendors/vocabulary';

/** The kinds of service are the vendors' own (vendors/vocabulary.ts), so concentration groups them the same way. */
export type SupplierService = (typeof SERVICES)[number];

/** Each kind in a short word, for sentences ("Supplier Amazon Web Services (hosting) is on …"). */
export const SERVICE_WORDS: Record<SupplierService, string> = {
  'IaaS/PaaS': 'hosting',
  SaaS: 'software',
  'AI model/API': 'AI model',
  'Data processing': 'data processing',
  'Professional services': 'professional services',
  Hardware: 'hardware',
};

/** How vendors depend on a supplier of each kind, for the dashboard ("14 vendors run on …"). */
export const SERVICE_VERBS: Record<SupplierService, { one: string; other: string; from: string }> = {
  'IaaS/PaaS': { one: 'runs on', other: 'run on', from: 'hosting from' },
  SaaS: { one: 'uses', other: 'use', from: 'software from' },
  'AI model/API': { one: 'builds on', other: 'build on', from: 'models from' },
  'Data processing': { one: 'sends data to', other: 'send data to', from: 'data processors in' },
  'Professional services': { one: 'relies on', other: 'rely on', from: 'services from' },
  Hardware: { one: 'buys hardware from', other: 'buy hardware from', from: 'hardware from' },
};

export const supplier = z.object({
  id: z.string(),
  vendorId: z.string(),
  name: z.string(),
  service: z.enum(SERVICES),
  dataShared: z.array(z.enum(DATA_SHARED)),
  /** ISO 3166-1 alpha-2; null when not known. */
  country: z.string().nullable(),
  /** Where it came from: "entered by hand", the CSV's file name, or the questionnaire it was accepted from. */
  source: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type Supplier = z.infer<typeof supplier>;

/** A supplier as typed on the vendor page (or as a questionnaire's row gives it). */
export const supplierFields = z.object({
  name: z.string().trim().min(1, 'Give the supplier’s name').max(500, 'A name is at most 500 characters'),
  service: z.enum(SERVICES, { message: `Choose a service: ${SERVICES.join(', ')}` }),
  dataShared: z.array(z.enum(DATA_SHARED)).max(DATA_SHARED.length),
  country: countryCode.nullable(),
});
export type SupplierFields = z.infer<typeof supplierFields>;

export const supplierImportResult = z.object({
  file: z.string(),
  /** Suppliers written (added or updated), and the vendors they belong to. */
  suppliers: z.number(),
  vendors: z.number(),
  added: z.number(),
  updated: z.number(),
});
export type SupplierImportResult = z.infer<typeof supplierImportResult>;

/** One group of the portfolio's concentration: a supplier, or a country for one kind of service, and who relies on it. */
export const concentrationGroup = z.object({
  kind: z.enum(['supplier', 'country']),
  /** The supplier's name, or the country's code. */
  key: z.string(),
  label: z.string(),
  service: z.enum(SERVICES),
  /** In words: "14 vendors run on Amazon Web Services", "6 vendors build on models from China". */
  sentence: z.string(),
  vendors: z.array(z.object({ id: z.string(), legalName: z.string() })),
});
export type ConcentrationGroup = z.infer<typeof concentrationGroup>;

export const supplierConcentration = z.object({
  /** Suppliers recorded across the portfolio (live vendors only); 0 shows the empty state. */
  suppliers: z.number(),
  vendors: z.number(),
  bySupplier: z.array(concentrationGroup),
  byCountry: z.array(concentrationGroup),
});
export type SupplierConcentration = z.infer<typeof supplierConcentration>;
