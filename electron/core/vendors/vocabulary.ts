// The fixed vocabularies of a vendor record (what it supplies, what data it receives, how critical it is, kinds of
// other name). Plain constants with no imports, so the contract, the criteria catalog and the interface share
// them without import cycles.

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
