// The vendor form's state: text as typed (blanks, unparsed numbers) and its conversion to the contract's VendorInput.
import type { Vendor, VendorInput } from '../../../electron/core/contract';
import type { Criticality, IdentifierScheme, NameKind } from '../lib/labels';
import type { DataShared, Service } from './vendorList';

export interface OtherNameRow {
  /** Stable React key: rows can be removed from the middle. */
  key: number;
  name: string;
  kind: NameKind;
}

export interface IdentifierRow {
  key: number;
  scheme: IdentifierScheme;
  value: string;
}

export interface VendorDraft {
  legalName: string;
  otherNames: OtherNameRow[];
  identifiers: IdentifierRow[];
  countryOfIncorporation: string;
  countryOfHeadquarters: string;
  parentName: string;
  website: string;
  services: Service[];
  dataShared: DataShared[];
  criticality: Criticality | '';
  contractOwner: string;
  contractStart: string;
  contractEnd: string;
  annualSpend: string;
  tags: string[];
  notes: string;
}

export const EMPTY_DRAFT: VendorDraft = {
  legalName: '',
  otherNames: [],
  identifiers: [],
  countryOfIncorporation: '',
  countryOfHeadquarters: '',
  parentName: '',
  website: '',
  services: [],
  dataShared: [],
  criticality: '',
  contractOwner: '',
  contractStart: '',
  contractEnd: '',
  annualSpend: '',
  tags: [],
  notes: '',
};

export function draftFromVendor(v: Vendor): VendorDraft {
  return {
    legalName: v.legalName,
    otherNames: v.otherNames.map((n, i) => ({ key: i + 1, name: n.name, kind: n.kind })),
    identifiers: v.identifiers.map((id, i) => ({ key: i + 1, scheme: id.scheme, value: id.value })),
    countryOfIncorporation: v.countryOfIncorporation ?? '',
    countryOfHeadquarters: v.countryOfHeadquarters ?? '',
    parentName: v.parentName ?? '',
    website: v.website ?? '',
    services: v.services,
    dataShared: v.dataShared,
    criticality: v.criticality ?? '',
    contractOwner: v.contractOwner ?? '',
    contractStart: v.contractStart ?? '',
    contractEnd: v.contractEnd ?? '',
    annualSpend: v.annualSpend === null ? '' : String(v.annualSpend),
    tags: v.tags,
    notes: v.notes ?? '',
  };
}

const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/**
 * The input to send, or the problems the form can see by itself. Everything else (dates in order, "None"
 * alone, web address shape...) is checked by the core, whose field messages the form shows the same way.
 */
export function draftToInput(d: VendorDraft): { input: VendorInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (d.legalName.trim() === '') errors.legalName = 'Legal name is required';
  const spendText = d.annualSpend.replace(/[\s,]/g, '');
  const annualSpend = spendText === '' ? null : Number(spendText);
  if (annualSpend !== null && !Number.isFinite(annualSpend)) {
    errors.annualSpend = 'Enter an amount in numbers, such as 250000';
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      legalName: d.legalName.trim(),
      otherNames: d.otherNames.map((n) => ({ name: n.name.trim(), kind: n.kind })),
      // Checked by the core (format, check digits, repeats), whose messages come back on identifiers.N.
      identifiers: d.identifiers.map((id) => ({ scheme: id.scheme, value: id.value.trim() })),
      countryOfIncorporation: blankToNull(d.countryOfIncorporation),
      countryOfHeadquarters: blankToNull(d.countryOfHeadquarters),
      parentName: blankToNull(d.parentName),
      website: blankToNull(d.website),
      services: d.services,
      dataShared: d.dataShared,
      criticality: d.criticality || null,
      contractOwner: blankToNull(d.contractOwner),
      contractStart: blankToNull(d.contractStart),
      contractEnd: blankToNull(d.contractEnd),
      annualSpend,
      tags: d.tags,
      notes: blankToNull(d.notes),
    },
  };
}

/** The core reports paths relative to its input; for vendors.update that input wraps the vendor in `vendor`. */
export function vendorErrorPaths(details: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(details).map(([path, message]) => [path.replace(/^vendor\./, ''), message]));
}
