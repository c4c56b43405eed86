// Plain-English labels for the contract's enums and fields. Typed as full records so that a field
// added to the contract breaks the build until it has a label here.
import type { ImportField, VendorInput } from '../../../electron/core/contract';
import { CRITICALITY, IDENTIFIER_SCHEMES, NAME_KINDS } from '../../../electron/core/contract';

export type Criticality = (typeof CRITICALITY)[number];
export type NameKind = (typeof NAME_KINDS)[number];
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export const CRITICALITY_LABELS: Record<Criticality, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const NAME_KIND_LABELS: Record<NameKind, string> = {
  trading: 'Trading name',
  former: 'Former name',
  'local-script': 'Local-script name',
  other: 'Other name',
};

/** The form's words for each scheme; files and exports use the short codes (LEI, USCC, DUNS, REG, TAX). */
export const IDENTIFIER_SCHEME_LABELS: Record<IdentifierScheme, string> = {
  LEI: 'LEI',
  USCC: 'Unified social credit code (China)',
  DUNS: 'DUNS',
  REG: 'Registration number',
  TAX: 'Tax or VAT number',
};

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Legal name',
  aliases: 'Other names',
  country: 'Country of incorporation',
  country_hq: 'Country of headquarters',
  identifiers: 'Identifiers',
  parent: 'Parent company',
  website: 'Website',
  services: 'Services',
  data_shared: 'Data shared',
  criticality: 'Business criticality',
  owner: 'Contract owner',
  contract_start: 'Contract start',
  contract_end: 'Contract end',
  annual_spend: 'Annual spend',
  tags: 'Tags',
  notes: 'Notes',
};

export const VENDOR_FIELD_LABELS: Record<keyof VendorInput, string> = {
  legalName: 'Legal name',
  otherNames: 'Other names',
  identifiers: 'Identifiers',
  countryOfIncorporation: 'Country of incorporation',
  countryOfHeadquarters: 'Country of headquarters',
  parentName: 'Parent company',
  website: 'Website',
  services: 'Services',
  dataShared: 'Data shared',
  criticality: 'Business criticality',
  contractOwner: 'Contract owner',
  contractStart: 'Contract start',
  contractEnd: 'Contract end',
  annualSpend: 'Annual spend',
  tags: 'Tags',
  notes: 'Notes',
};

export function isVendorField(key: string): key is keyof VendorInput {
  return Object.hasOwn(VENDOR_FIELD_LABELS, key);
}

/** "Other names, row 2, name" for a details path such as "otherNames.1.name". */
export function labelForPath(path: string): string {
  const [field, index, sub] = path.split('.');
  const base = field && isVendorField(field) ? VENDOR_FIELD_LABELS[field] : path;
  if (index === undefined) return base;
  return `${base}, row ${Number(index) + 1}${sub ? `, ${sub}` : ''}`;
}
