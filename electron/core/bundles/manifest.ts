// An evidence bundle (`vetter evidence bundle`): one vendor's signed report, its JSON model, its evidence files, the
// list versions' provenance, its audit events with the stretch of chain that links each to a signed checkpoint, and
// the signers' certificates, in a zip whose manifest names every part with its SHA-256. Made by make.ts from a
// workspace, checked by verify.ts from the zip alone.
import type { EventRow } from '../audit/log';
import type { SignedCheckpoint } from '../audit/checkpoints';

export const BUNDLE_FORMAT = 'vetter-evidence-bundle';
export const MANIFEST = 'manifest.json';

export type PartKind = 'report' | 'report-model' | 'evidence' | 'provenance' | 'audit' | 'certificate';

export interface Manifest {
  format: typeof BUNDLE_FORMAT;
  version: 1;
  vendor: { id: string; legalName: string };
  report: { id: string; pdf: string; model: string };
  madeAt: string;
  madeBy: string;
  parts: { path: string; kind: PartKind; sha256: string; bytes: number }[];
}

/**
 * audit/chain.json: the events about the vendor (`about`, by number) and every event from each of them up to the
 * checkpoint that covers it (the first at or after it), as stored, so that each hash is computed again and each link
 * followed up to a signed head. The events of other entities in those stretches come with them: without them the
 * links cannot be checked.
 */
export interface ChainPart {
  about: number[];
  events: EventRow[];
  checkpoints: SignedCheckpoint[];
}
