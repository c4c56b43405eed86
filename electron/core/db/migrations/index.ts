import initial from './0001_initial';
import screening from './0002_screening';
import allegations from './0003_allegations';
import assessments from './0004_assessments';
import reports from './0005_reports';
import scoreDigests from './0006_score_digests';
import listStaging from './0007_list_staging';
import listCoverage from './0008_list_coverage';
import hitMatcher from './0009_hit_matcher';
import vendorIdentifiers from './0010_vendor_identifiers';
import hitVia from './0011_hit_via';
import changeCounters from './0012_change_counters';
import rowOrder from './0013_row_order';
import questionnaires from './0014_questionnaires';
import ownership from './0015_ownership';
import fourEyes from './0016_four_eyes';
import evidenceContent from './0017_evidence_content';
import hitEverMatched from './0018_hit_ever_matched';
import rowVersions from './0019_row_versions';
import signingCertificates from './0020_signing_certificates';
import reportSignoffs from './0021_report_signoffs';
import auditCheckpoints from './0022_audit_checkpoints';
import ownerHits from './0023_owner_hits';
import findings from './0024_findings';
import vendorChanges from './0025_vendor_changes';
import allegationSources from './0026_allegation_sources';
import suppliers from './0027_suppliers';
import savedViews from './0028_saved_views';
import snapshotResult from './0029_snapshot_result';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applied in order; a database's PRAGMA user_version is the last one applied. Never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'screening', sql: screening },
  { version: 3, name: 'allegations', sql: allegations },
  { version: 4, name: 'assessments', sql: assessments },
  { version: 5, name: 'reports', sql: reports },
  { version: 6, name: 'score_digests', sql: scoreDigests },
  { version: 7, name: 'list_staging', sql: listStaging },
  { version: 8, name: 'list_coverage', sql: listCoverage },
  { version: 9, name: 'hit_matcher', sql: hitMatcher },
  { version: 10, name: 'vendor_identifiers', sql: vendorIdentifiers },
  { version: 11, name: 'hit_via', sql: hitVia },
  { version: 12, name: 'change_counters', sql: changeCounters },
  { version: 13, name: 'row_order', sql: rowOrder },
  { version: 14, name: 'questionnaires', sql: questionnaires },
  { version: 15, name: 'ownership', sql: ownership },
  { version: 16, name: 'four_eyes', sql: fourEyes },
  { version: 17, name: 'evidence_content', sql: evidenceContent },
  { version: 18, name: 'hit_ever_matched', sql: hitEverMatched },
  { version: 19, name: 'row_versions', sql: rowVersions },
  { version: 20, name: 'signing_certificates', sql: signingCertificates },
  { version: 21, name: 'report_signoffs', sql: reportSignoffs },
  { version: 22, name: 'audit_checkpoints', sql: auditCheckpoints },
  { version: 23, name: 'owner_hits', sql: ownerHits },
  { version: 24, name: 'findings', sql: findings },
  { version: 25, name: 'vendor_changes', sql: vendorChanges },
  { version: 26, name: 'allegation_sources', sql: allegationSources },
  { version: 27, name: 'suppliers', sql: suppliers },
  { version: 28, name: 'saved_views', sql: savedViews },
  { version: 29, name: 'snapshot_result', sql: snapshotResult },
];
