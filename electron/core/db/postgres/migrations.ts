// The PostgreSQL schema (the team workspace), in the same tables, columns and column order as the SQLite one
// (../migrations), so the app's SQL runs on both. A workspace starts at the current schema: one baseline, numbered
// like the last SQLite migration, creates what the eleven SQLite migrations produce together. Each later schema
// change gets one migration per engine with the same version. Never edit a shipped one.
//
// Translation: TEXT -> text, INTEGER -> bigint (booleans stay 0/1), REAL -> double precision, BLOB -> bytea;
// json_valid() -> vetter_json_valid(); RAISE(ABORT, message) triggers -> vetter_refuse(message).
import type { Migration } from '../migrations';

const baseline = /* sql */ `
-- SQLite's json_valid() for the CHECKs on JSON columns. The json type checks syntax only, as SQLite does (jsonb
-- would also refuse \\u0000). STRICT: NULL gives NULL, which a CHECK lets through, as SQLite's does.
CREATE FUNCTION vetter_json_valid(value text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  PERFORM value::json;
  RETURN true;
EXCEPTION WHEN invalid_text_representation THEN
  RETURN false;
END;
$$;

-- SQLite's RAISE(ABORT, message): the trigger's argument is the message, so both engines refuse with the same text.
CREATE FUNCTION vetter_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END;
$$;

CREATE TABLE settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE vendors (
  id                    text PRIMARY KEY,
  legal_name            text NOT NULL,
  norm_name             text NOT NULL,
  other_names           text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(other_names)),
  country_incorporation text,
  country_hq            text,
  parent_name           text,
  website               text,
  services              text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(services)),
  data_shared           text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(data_shared)),
  criticality           text CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
  contract_owner        text,
  contract_start        text,
  contract_end          text,
  annual_spend          double precision,
  tags                  text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(tags)),
  notes                 text,
  created_at            text NOT NULL,
  updated_at            text NOT NULL,
  deleted_at            text,
  identifiers           text NOT NULL DEFAULT '[]'
);
-- One live vendor per normalised legal name; deleted vendors keep theirs for undo.
CREATE UNIQUE INDEX vendors_live_norm_name ON vendors (norm_name) WHERE deleted_at IS NULL;

-- seq and id are SQLite rowid aliases there, but the app always supplies them (audit/log.ts): plain keys here.
CREATE TABLE audit_events (
  seq         bigint PRIMARY KEY,
  at          text NOT NULL,
  actor       text NOT NULL,
  action      text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text,
  summary     text NOT NULL,
  before      text,
  after       text,
  prev_hash   text NOT NULL,
  hash        text NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity_id);

-- The newest event, so that removing events from the end of the chain is detected too.
CREATE TABLE audit_head (
  id   bigint PRIMARY KEY CHECK (id = 1),
  seq  bigint NOT NULL,
  hash text NOT NULL
);

CREATE TABLE list_versions (
  id          text PRIMARY KEY,
  list_key    text NOT NULL,
  list_name   text NOT NULL,
  publisher   text NOT NULL,
  format      text NOT NULL,
  as_of       text,
  source_url  text,
  sha256      text NOT NULL,
  files       text NOT NULL CHECK (vetter_json_valid(files)),
  entry_count bigint NOT NULL,
  counts      text NOT NULL CHECK (vetter_json_valid(counts)),
  warnings    text NOT NULL CHECK (vetter_json_valid(warnings)),
  imported_at text NOT NULL,
  imported_by text NOT NULL,
  bundled     bigint NOT NULL DEFAULT 0,
  state       text NOT NULL DEFAULT 'ready' CHECK (state IN ('staged', 'ready')),
  coverage    text CHECK (coverage IS NULL OR vetter_json_valid(coverage))
);
-- The same files imported twice are one version.
CREATE UNIQUE INDEX list_versions_content ON list_versions (list_key, sha256);
CREATE INDEX list_versions_by_list ON list_versions (list_key, imported_at);

CREATE TABLE list_entries (
  version_id  text NOT NULL REFERENCES list_versions (id) ON DELETE CASCADE,
  entry_id    text NOT NULL,
  data        text NOT NULL CHECK (vetter_json_valid(data)),
  fingerprint text NOT NULL,
  PRIMARY KEY (version_id, entry_id)
);

CREATE TABLE screening_hits (
  id                  text PRIMARY KEY,
  vendor_id           text NOT NULL REFERENCES vendors (id),
  list_key            text NOT NULL,
  entry_id            text NOT NULL,
  version_id          text NOT NULL REFERENCES list_versions (id),
  entry_fingerprint   text NOT NULL,
  entry_name          text NOT NULL,
  matched_name        text NOT NULL,
  list_name           text NOT NULL,
  via                 text NOT NULL CHECK (via IN ('name', 'alias', 'parent', 'list-link', 'identifier')),
  score               double precision NOT NULL,
  band                text NOT NULL CHECK (band IN ('match', 'review')),
  explanation         text NOT NULL CHECK (vetter_json_valid(explanation)),
  screened_at         text NOT NULL,
  resolved_at         text,
  resolution          text,
  decision            text NOT NULL DEFAULT 'open' CHECK (decision IN ('open', 'confirmed', 'dismissed')),
  decision_reason     text,
  reviewer            text,
  decided_at          text,
  decided_fingerprint text,
  matcher             text,
  UNIQUE (vendor_id, list_key, entry_id)
);

CREATE TABLE vendor_screening (
  vendor_id   text PRIMARY KEY REFERENCES vendors (id),
  screened_at text NOT NULL
);

CREATE TABLE screening_runs (
  id           text PRIMARY KEY,
  at           text NOT NULL,
  trigger      text NOT NULL,
  vendor_count bigint NOT NULL,
  summary      text NOT NULL CHECK (vetter_json_valid(summary))
);

CREATE TABLE allegations (
  id                    text PRIMARY KEY,
  subject_name          text NOT NULL,
  subject_norm          text NOT NULL,
  source_title          text NOT NULL,
  publisher             text NOT NULL,
  source_type           text NOT NULL,
  url                   text,
  published_at          text NOT NULL,
  claims                text NOT NULL CHECK (vetter_json_valid(claims)),
  status                text NOT NULL,
  status_history        text NOT NULL CHECK (vetter_json_valid(status_history)),
  vendor_response       text,
  credibility           bigint NOT NULL CHECK (credibility BETWEEN 1 AND 5),
  credibility_rationale text NOT NULL,
  created_at            text NOT NULL,
  created_by            text NOT NULL,
  updated_at            text NOT NULL,
  deleted_at            text
);
CREATE INDEX allegations_subject ON allegations (subject_norm) WHERE deleted_at IS NULL;

CREATE TABLE assessments (
  vendor_id    text PRIMARY KEY REFERENCES vendors (id),
  status       text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in review', 'approved')),
  approver     text,
  approved_at  text,
  reassess_due text,
  updated_at   text NOT NULL
);

CREATE TABLE answers (
  vendor_id    text NOT NULL REFERENCES vendors (id),
  criterion_id text NOT NULL,
  value        text,
  verified     bigint NOT NULL DEFAULT 0,
  note         text,
  answered_by  text NOT NULL,
  answered_at  text NOT NULL,
  PRIMARY KEY (vendor_id, criterion_id)
);

CREATE TABLE evidence_files (
  id           text PRIMARY KEY,
  vendor_id    text NOT NULL REFERENCES vendors (id),
  criterion_id text NOT NULL,
  file_name    text NOT NULL,
  stored_name  text NOT NULL,
  sha256       text NOT NULL,
  size         bigint NOT NULL,
  added_by     text NOT NULL,
  added_at     text NOT NULL
);
CREATE INDEX evidence_by_vendor ON evidence_files (vendor_id, criterion_id);

CREATE TABLE methodology_versions (
  id         text PRIMARY KEY,
  version    bigint NOT NULL UNIQUE,
  data       text NOT NULL CHECK (vetter_json_valid(data)),
  note       text NOT NULL,
  created_by text NOT NULL,
  created_at text NOT NULL
);

CREATE TABLE score_snapshots (
  id                  text PRIMARY KEY,
  vendor_id           text NOT NULL REFERENCES vendors (id),
  methodology_version bigint NOT NULL,
  score               double precision NOT NULL,
  tier                text NOT NULL,
  result              text NOT NULL CHECK (vetter_json_valid(result)),
  reason              text NOT NULL,
  at                  text NOT NULL,
  digest              text
);
CREATE INDEX score_snapshots_by_vendor ON score_snapshots (vendor_id, at);

CREATE TABLE reports (
  id           text PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('vendor', 'portfolio')),
  vendor_id    text REFERENCES vendors (id),
  subject      text NOT NULL,
  tier         text,
  score        double precision,
  generated_at text NOT NULL,
  generated_by text NOT NULL,
  model        text NOT NULL,
  model_sha256 text NOT NULL,
  pdf          bytea NOT NULL,
  pdf_sha256   text NOT NULL,
  pdf_bytes    bigint NOT NULL
);
CREATE INDEX reports_by_pdf ON reports (pdf_sha256);
CREATE INDEX reports_by_vendor ON reports (vendor_id, generated_at);
CREATE INDEX reports_by_kind ON reports (kind, generated_at);

-- A report, once made, is evidence: nothing may change or remove it.
CREATE TRIGGER reports_immutable_update BEFORE UPDATE ON reports
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Reports cannot be changed');
CREATE TRIGGER reports_immutable_delete BEFORE DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Reports cannot be deleted');
-- PostgreSQL only: TRUNCATE removes rows without firing row triggers (SQLite has no TRUNCATE).
CREATE TRIGGER reports_immutable_truncate BEFORE TRUNCATE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_refuse('Reports cannot be deleted');
`;

// As SQLite's 0012: a counter moved by every change to the vendors table. Once per statement here (SQLite has row
// triggers only); the vendor list only asks whether it moved.
const changeCounters = /* sql */ `
CREATE TABLE change_counters (
  area    text PRIMARY KEY,
  version bigint NOT NULL
);
INSERT INTO change_counters (area, version) VALUES ('vendors', 0);

CREATE FUNCTION vetter_count_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE area = TG_ARGV[0];
  RETURN NULL;
END;
$$;
CREATE TRIGGER vendors_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON vendors
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_count_change('vendors');
`;

// As SQLite's 0013: each table read newest first numbers its rows; the rows kept so far in the order they were made.
const rowOrder = /* sql */ `
ALTER TABLE list_versions ADD COLUMN seq bigint;
UPDATE list_versions t SET seq = n.seq FROM (SELECT id, row_number() OVER (ORDER BY imported_at, id) AS seq FROM list_versions) n WHERE t.id = n.id;
CREATE INDEX list_versions_by_seq ON list_versions (seq);

ALTER TABLE screening_runs ADD COLUMN seq bigint;
UPDATE screening_runs t SET seq = n.seq FROM (SELECT id, row_number() OVER (ORDER BY at, id) AS seq FROM screening_runs) n WHERE t.id = n.id;
CREATE INDEX screening_runs_by_seq ON screening_runs (seq);

ALTER TABLE score_snapshots ADD COLUMN seq bigint;
UPDATE score_snapshots t SET seq = n.seq FROM (SELECT id, row_number() OVER (ORDER BY at, id) AS seq FROM score_snapshots) n WHERE t.id = n.id;
CREATE INDEX score_snapshots_by_seq ON score_snapshots (seq);

ALTER TABLE reports ADD COLUMN seq bigint;
ALTER TABLE reports DISABLE TRIGGER reports_immutable_update;
UPDATE reports t SET seq = n.seq FROM (SELECT id, row_number() OVER (ORDER BY generated_at, id) AS seq FROM reports) n WHERE t.id = n.id;
ALTER TABLE reports ENABLE TRIGGER reports_immutable_update;
CREATE INDEX reports_by_seq ON reports (seq);
`;

// As SQLite's 0014: questionnaires sent, the workbooks returned, and the answers they hold until reviewed.
const questionnaires = /* sql */ `
CREATE TABLE questionnaires (
  id              text PRIMARY KEY,
  vendor_id       text NOT NULL REFERENCES vendors (id),
  catalog_id      text NOT NULL,
  catalog_version bigint NOT NULL,
  lang            text NOT NULL CHECK (lang IN ('en', 'en+zh')),
  questions       text NOT NULL CHECK (vetter_json_valid(questions)),
  checksum        text NOT NULL,
  sent_by         text NOT NULL,
  sent_at         text NOT NULL
);
CREATE INDEX questionnaires_by_vendor ON questionnaires (vendor_id, sent_at);

CREATE TABLE questionnaire_returns (
  id               text PRIMARY KEY,
  questionnaire_id text NOT NULL REFERENCES questionnaires (id),
  vendor_id        text NOT NULL REFERENCES vendors (id),
  file_name        text NOT NULL,
  file_sha256      text NOT NULL,
  imported_by      text NOT NULL,
  imported_at      text NOT NULL
);
CREATE INDEX questionnaire_returns_by_vendor ON questionnaire_returns (vendor_id, imported_at);

CREATE TABLE returned_answers (
  return_id    text NOT NULL REFERENCES questionnaire_returns (id),
  criterion_id text NOT NULL,
  value        text NOT NULL CHECK (vetter_json_valid(value)),
  comment      text,
  evidence_ref text,
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed', 'superseded')),
  decided_by   text,
  decided_at   text,
  PRIMARY KEY (return_id, criterion_id)
);
`;

// As SQLite's 0015: the ownership graph.
const ownership = /* sql */ `
CREATE TABLE ownership_imports (
  id          text PRIMARY KEY,
  file_name   text NOT NULL,
  format      text NOT NULL CHECK (format IN ('ftm', 'csv')),
  sha256      text NOT NULL,
  parties     bigint NOT NULL,
  links       bigint NOT NULL,
  imported_at text NOT NULL,
  imported_by text NOT NULL
);

CREATE TABLE ownership_parties (
  id        text PRIMARY KEY,
  kind      text CHECK (kind IN ('company', 'person', 'organisation')),
  name      text NOT NULL,
  aliases   text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(aliases)),
  country   text,
  import_id text NOT NULL REFERENCES ownership_imports (id)
);

CREATE TABLE ownership_names (
  party_id text NOT NULL REFERENCES ownership_parties (id) ON DELETE CASCADE,
  norm     text NOT NULL,
  PRIMARY KEY (party_id, norm)
);
CREATE INDEX ownership_names_norm ON ownership_names (norm);

CREATE TABLE ownership_links (
  id         text PRIMARY KEY,
  owner_id   text NOT NULL REFERENCES ownership_parties (id),
  owned_id   text NOT NULL REFERENCES ownership_parties (id),
  kind       text NOT NULL CHECK (kind IN ('shareholding', 'joint_venture', 'control_agreement', 'vie_contract', 'board_control')),
  percentage double precision CHECK (percentage BETWEEN 0 AND 100),
  shares     double precision CHECK (shares >= 0),
  start_date text,
  end_date   text,
  source     text,
  import_id  text NOT NULL REFERENCES ownership_imports (id),
  CHECK (owner_id <> owned_id)
);
CREATE INDEX ownership_links_owned ON ownership_links (owned_id);
`;

// As SQLite's 0016 (who verified, the assessments' preparers, proposed dismissals, the audit log's second wall), and
// what only PostgreSQL can check: who acts. A login is session_user, which nobody can set to another's. The rules
// below hold for every login but the workspace's owner (who ran `vetter workspace init`, owns every table and could
// drop any trigger); roles are granted by db/postgres/grants.ts.
const fourEyes = /* sql */ `
ALTER TABLE answers ADD COLUMN verified_by text;
UPDATE answers SET verified_by = answered_by WHERE verified = 1;

CREATE TABLE assessment_preparers (
  vendor_id text NOT NULL REFERENCES vendors (id),
  login     text NOT NULL,
  PRIMARY KEY (vendor_id, login)
);
INSERT INTO assessment_preparers (vendor_id, login)
  SELECT vendor_id, answered_by FROM answers
  UNION SELECT vendor_id, added_by FROM evidence_files
  UNION SELECT entity_id, actor FROM audit_events
    WHERE action IN ('assessment.answer', 'assessment.evidence') AND entity_id IN (SELECT id FROM vendors)
ON CONFLICT DO NOTHING;

ALTER TABLE screening_hits ADD COLUMN proposed_by text;
ALTER TABLE screening_hits ADD COLUMN proposed_reason text;
ALTER TABLE screening_hits ADD COLUMN proposed_at text;

CREATE TRIGGER audit_events_immutable_update BEFORE UPDATE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Audit events cannot be changed');
CREATE TRIGGER audit_events_immutable_delete BEFORE DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Audit events cannot be deleted');
CREATE TRIGGER audit_events_immutable_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_refuse('Audit events cannot be deleted');

-- Every writer moves the head (audit/log.ts), so every writer may write it: only ever to the newest event.
CREATE FUNCTION vetter_audit_head_follows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq IS DISTINCT FROM (SELECT max(seq) FROM audit_events)
     OR NEW.hash IS DISTINCT FROM (SELECT hash FROM audit_events WHERE seq = NEW.seq) THEN
    RAISE EXCEPTION 'The audit head names the newest event only';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_follows BEFORE INSERT OR UPDATE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION vetter_audit_head_follows();
CREATE TRIGGER audit_head_immutable_delete BEFORE DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('The audit head cannot be deleted');
CREATE TRIGGER audit_head_immutable_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_refuse('The audit head cannot be deleted');

-- The vendors' change counter moves with every writer's change, and is nobody's to set: the trigger writes it as its
-- owner, and no role is granted it.
ALTER FUNCTION vetter_count_change() SECURITY DEFINER SET search_path = public, pg_temp;

-- Whether the session's login is (a member of) the workspace's owner, or a superuser.
CREATE FUNCTION vetter_is_owner() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.schema_version'::regclass), 'MEMBER')
$$;

-- Whether the session's login holds a role (granted directly or through another); false for a role not made yet.
CREATE FUNCTION vetter_holds(role_name text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role_name AND pg_has_role(session_user, r.oid, 'MEMBER'))
$$;

-- Four eyes, unless an admin turned them off for a one-person team (settings.four_eyes, audited by the app).
CREATE FUNCTION vetter_four_eyes() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT value FROM settings WHERE key = 'four_eyes'), 'on') <> 'off'
$$;

-- Whoever answers, verifies or attaches evidence is one of the assessment's preparers, whatever the app says.
CREATE FUNCTION vetter_record_preparer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT vetter_is_owner() THEN
    INSERT INTO assessment_preparers (vendor_id, login) VALUES (NEW.vendor_id, session_user) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER answers_preparer AFTER INSERT OR UPDATE ON answers
  FOR EACH ROW EXECUTE FUNCTION vetter_record_preparer();
CREATE TRIGGER evidence_files_preparer AFTER INSERT ON evidence_files
  FOR EACH ROW EXECUTE FUNCTION vetter_record_preparer();

-- An approval (a row becoming approved, or its approver or date changing) is an approver's, in their own name, and
-- not a preparer's while four eyes hold.
CREATE FUNCTION vetter_check_approval() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'approved' OR vetter_is_owner()
     OR (TG_OP = 'UPDATE' AND OLD.status = 'approved' AND NEW.approver IS NOT DISTINCT FROM OLD.approver
         AND NEW.approved_at IS NOT DISTINCT FROM OLD.approved_at) THEN
    RETURN NEW;
  END IF;
  IF NOT vetter_holds('vetter_approver') THEN
    RAISE EXCEPTION '% lacks vetter_approver for approving an assessment', session_user;
  END IF;
  IF NEW.approver IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION 'An assessment is approved in the approver''s own name (%)', session_user;
  END IF;
  IF vetter_four_eyes() AND EXISTS (SELECT 1 FROM assessment_preparers p WHERE p.vendor_id = NEW.vendor_id AND p.login = session_user) THEN
    RAISE EXCEPTION 'Four eyes: % answered, verified or changed this assessment''s criteria, so someone else must approve it', session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER assessments_approval BEFORE INSERT OR UPDATE ON assessments
  FOR EACH ROW EXECUTE FUNCTION vetter_check_approval();

-- A match on a list whose hits are a hard stop (lists/registry.ts: secondReviewer) is dismissed only with a second
-- reviewer's agreement: one login proposes (in its own name), another dismisses.
CREATE FUNCTION vetter_check_dismissal() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  proposer text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.proposed_by END;
BEGIN
  IF vetter_is_owner() THEN
    RETURN NEW;
  END IF;
  IF NEW.proposed_by IS NOT NULL AND NEW.proposed_by IS DISTINCT FROM proposer AND NEW.proposed_by <> session_user THEN
    RAISE EXCEPTION 'A dismissal is proposed in the proposer''s own name (%)', session_user;
  END IF;
  IF NEW.decision = 'dismissed' AND (TG_OP = 'INSERT' OR OLD.decision <> 'dismissed')
     AND NEW.band = 'match' AND NEW.list_key IN ('ofac-sdn', 'uk-sanctions', 'un-sc', 'dod-1260h') AND vetter_four_eyes()
     AND (proposer IS NULL OR proposer = session_user OR NEW.reviewer IS DISTINCT FROM session_user) THEN
    RAISE EXCEPTION 'Four eyes: dismissing a match on a blocking list needs a second reviewer to agree with another''s proposal';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER screening_hits_dismissal BEFORE INSERT OR UPDATE ON screening_hits
  FOR EACH ROW EXECUTE FUNCTION vetter_check_dismissal();

-- A report is kept in its preparer's own name, and a vendor report's approver (its sign-off) is not its preparer.
CREATE FUNCTION vetter_check_report() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF vetter_is_owner() THEN
    RETURN NEW;
  END IF;
  IF NEW.generated_by IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION 'A report is kept in its preparer''s own name (%)', session_user;
  END IF;
  IF vetter_four_eyes() AND NEW.model::json #>> '{signOff,approver}' = session_user THEN
    RAISE EXCEPTION 'Four eyes: % approved this assessment, so someone else must prepare its report', session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER reports_preparer BEFORE INSERT ON reports
  FOR EACH ROW EXECUTE FUNCTION vetter_check_report();

-- The audit log records who acted as they logged in.
CREATE FUNCTION vetter_check_actor() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.actor IS DISTINCT FROM session_user AND NOT vetter_is_owner() THEN
    RAISE EXCEPTION 'An audit event is recorded in its author''s own name (%)', session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_events_actor BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION vetter_check_actor();
`;

// As SQLite's 0017: evidence files' content, shared by the team (a data folder keeps its copies on disk).
const evidenceContent = /* sql */ `
CREATE TABLE evidence_content (
  evidence_id text PRIMARY KEY REFERENCES evidence_files (id),
  content     bytea NOT NULL
);
`;

// As SQLite's 0018, and the database's own wall: a hit once a match keeps needing four eyes to be dismissed whatever
// is written to its band later, a hit starts open, and what it is a hit of never changes.
const hitEverMatched = /* sql */ `
ALTER TABLE screening_hits ADD COLUMN ever_matched bigint NOT NULL DEFAULT 0;
UPDATE screening_hits SET ever_matched = 1 WHERE band = 'match';

CREATE OR REPLACE FUNCTION vetter_check_dismissal() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  proposer text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.proposed_by END;
BEGIN
  IF vetter_is_owner() THEN
    RETURN NEW;
  END IF;
  NEW.ever_matched := CASE WHEN NEW.band = 'match' OR (TG_OP = 'UPDATE' AND OLD.ever_matched = 1) THEN 1 ELSE 0 END;
  IF TG_OP = 'INSERT' AND (NEW.decision <> 'open' OR NEW.proposed_by IS NOT NULL) THEN
    RAISE EXCEPTION 'A new hit starts open: it is decided on by a review';
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.vendor_id, NEW.list_key, NEW.entry_id) IS DISTINCT FROM (OLD.vendor_id, OLD.list_key, OLD.entry_id) THEN
    RAISE EXCEPTION 'A hit stays a hit of its vendor on its list entry';
  END IF;
  IF NEW.proposed_by IS NOT NULL AND NEW.proposed_by IS DISTINCT FROM proposer AND NEW.proposed_by <> session_user THEN
    RAISE EXCEPTION 'A dismissal is proposed in the proposer''s own name (%)', session_user;
  END IF;
  IF NEW.decision = 'dismissed' AND (TG_OP = 'INSERT' OR OLD.decision <> 'dismissed')
     AND NEW.ever_matched = 1 AND NEW.list_key IN ('ofac-sdn', 'uk-sanctions', 'un-sc', 'dod-1260h') AND vetter_four_eyes()
     AND (proposer IS NULL OR proposer = session_user OR NEW.reviewer IS DISTINCT FROM session_user) THEN
    RAISE EXCEPTION 'Four eyes: dismissing a match on a blocking list needs a second reviewer to agree with another''s proposal';
  END IF;
  RETURN NEW;
END;
$$;
`;

// As SQLite's 0019: vendors' row versions, and the login of each vendor's last change.
const rowVersions = /* sql */ `
ALTER TABLE vendors ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE vendors ADD COLUMN updated_by text;
UPDATE vendors SET updated_by = (
  SELECT actor FROM audit_events e WHERE e.entity_type = 'vendor' AND e.entity_id = vendors.id ORDER BY e.seq DESC LIMIT 1
);

-- The database's wall: whatever client writes a vendor moves its version by one, in its own name, so that an app
-- holding the older version is refused (a change made in psql too).
CREATE FUNCTION vetter_check_vendor_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT vetter_is_owner() AND (NEW.version <> OLD.version + 1 OR NEW.updated_by IS DISTINCT FROM session_user) THEN
    RAISE EXCEPTION 'A vendor is changed by moving its version by one (to %), in the writer''s own name (%)', OLD.version + 1, session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER vendors_version BEFORE UPDATE ON vendors
  FOR EACH ROW EXECUTE FUNCTION vetter_check_vendor_version();
`;

// As SQLite's 0020, and the database's own wall: a certificate is recorded in its holder's own name.
const signingCertificates = /* sql */ `
CREATE TABLE signing_certificates (
  fingerprint     text PRIMARY KEY,
  login           text NOT NULL,
  name            text NOT NULL,
  certificate_pem text NOT NULL,
  self_signed     bigint NOT NULL CHECK (self_signed IN (0, 1)),
  added_at        text NOT NULL
);
CREATE INDEX signing_certificates_by_login ON signing_certificates (login);
CREATE TRIGGER signing_certificates_immutable_update BEFORE UPDATE ON signing_certificates
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Signing certificates cannot be changed');
CREATE TRIGGER signing_certificates_immutable_delete BEFORE DELETE ON signing_certificates
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Signing certificates cannot be deleted');
CREATE TRIGGER signing_certificates_immutable_truncate BEFORE TRUNCATE ON signing_certificates
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_refuse('Signing certificates cannot be deleted');

CREATE FUNCTION vetter_check_signing_certificate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.login IS DISTINCT FROM session_user AND NOT vetter_is_owner() THEN
    RAISE EXCEPTION 'A signing certificate is recorded in its holder''s own name (%)', session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER signing_certificates_holder BEFORE INSERT ON signing_certificates
  FOR EACH ROW EXECUTE FUNCTION vetter_check_signing_certificate();

ALTER TABLE reports ADD COLUMN signer_fingerprint text REFERENCES signing_certificates (fingerprint);
`;

// As SQLite's 0021, and the database's own wall: a report is signed off by an approver in their own name, not by its
// preparer (four eyes), and a vendor report by the approver it names.
const reportSignoffs = /* sql */ `
CREATE TABLE report_signoffs (
  report_id          text PRIMARY KEY REFERENCES reports (id),
  signed_by          text NOT NULL,
  signed_at          text NOT NULL,
  signer_fingerprint text NOT NULL REFERENCES signing_certificates (fingerprint),
  pdf                bytea NOT NULL,
  pdf_sha256         text NOT NULL,
  pdf_bytes          bigint NOT NULL
);
CREATE INDEX report_signoffs_by_pdf ON report_signoffs (pdf_sha256);
CREATE TRIGGER report_signoffs_immutable_update BEFORE UPDATE ON report_signoffs
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Report sign-offs cannot be changed');
CREATE TRIGGER report_signoffs_immutable_delete BEFORE DELETE ON report_signoffs
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Report sign-offs cannot be deleted');
CREATE TRIGGER report_signoffs_immutable_truncate BEFORE TRUNCATE ON report_signoffs
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_refuse('Report sign-offs cannot be deleted');

CREATE FUNCTION vetter_check_report_signoff() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  report reports%ROWTYPE;
BEGIN
  IF vetter_is_owner() THEN
    RETURN NEW;
  END IF;
  IF NEW.signed_by IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION 'A report is signed off in the approver''s own name (%)', session_user;
  END IF;
  IF NOT vetter_holds('vetter_approver') THEN
    RAISE EXCEPTION '% lacks vetter_approver for signing off a report', session_user;
  END IF;
  SELECT * INTO report FROM reports WHERE id = NEW.report_id;
  IF vetter_four_eyes() AND report.generated_by = session_user THEN
    RAISE EXCEPTION 'Four eyes: % prepared this report, so someone else must sign it off', session_user;
  END IF;
  IF report.kind = 'vendor' AND (report.model::json #>> '{signOff,approver}') IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION 'A vendor report is signed off by the approver it names, not %', session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER report_signoffs_approver BEFORE INSERT ON report_signoffs
  FOR EACH ROW EXECUTE FUNCTION vetter_check_report_signoff();
`;

// As SQLite's 0022, and a checkpoint is signed in its signer's own name.
const auditCheckpoints = /* sql */ `
CREATE TABLE audit_checkpoints (
  seq                bigint NOT NULL,
  head_hash          text NOT NULL,
  signer_login       text NOT NULL,
  signer_fingerprint text NOT NULL REFERENCES signing_certificates (fingerprint),
  signed_at          text NOT NULL,
  signature          text NOT NULL,
  PRIMARY KEY (seq, signer_fingerprint, signed_at)
);
CREATE TRIGGER audit_checkpoints_immutable_update BEFORE UPDATE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Audit checkpoints cannot be changed');
CREATE TRIGGER audit_checkpoints_immutable_delete BEFORE DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION vetter_refuse('Audit checkpoints cannot be deleted');
CREATE TRIGGER audit_checkpoints_immutable_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_refuse('Audit checkpoints cannot be deleted');

CREATE FUNCTION vetter_check_audit_checkpoint() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.signer_login IS DISTINCT FROM session_user AND NOT vetter_is_owner() THEN
    RAISE EXCEPTION 'An audit checkpoint is signed in its signer''s own name (%)', session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_checkpoints_signer BEFORE INSERT ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION vetter_check_audit_checkpoint();
`;

// As SQLite's 0024, and the database's own wall: a risk is accepted by an approver, in their own name, and not by
// anyone who opened or edited the finding or answered its criterion while four eyes hold.
const findings = /* sql */ `
CREATE TABLE findings (
  id                text PRIMARY KEY,
  vendor_id         text NOT NULL REFERENCES vendors (id),
  criterion_id      text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('no', 'partial', 'evidence')),
  title             text NOT NULL,
  severity          text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  status            text NOT NULL CHECK (status IN ('open', 'in remediation', 'resolved', 'risk accepted')),
  owner             text,
  due               text,
  notes             text NOT NULL DEFAULT '',
  evidence          text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(evidence)),
  opened_by         text NOT NULL,
  opened_at         text NOT NULL,
  updated_by        text NOT NULL,
  updated_at        text NOT NULL,
  resolved_at       text,
  accepted_by       text,
  accepted_at       text,
  accepted_until    text,
  acceptance_reason text,
  CHECK (status <> 'risk accepted' OR (accepted_by IS NOT NULL AND accepted_until IS NOT NULL))
);
CREATE UNIQUE INDEX findings_live ON findings (vendor_id, criterion_id) WHERE status <> 'resolved';
CREATE INDEX findings_by_due ON findings (due);

CREATE TABLE finding_editors (
  finding_id text NOT NULL REFERENCES findings (id),
  login      text NOT NULL,
  PRIMARY KEY (finding_id, login)
);

CREATE FUNCTION vetter_check_acceptance() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'risk accepted' OR vetter_is_owner()
     OR (TG_OP = 'UPDATE' AND OLD.status = 'risk accepted' AND NEW.accepted_by IS NOT DISTINCT FROM OLD.accepted_by
         AND NEW.accepted_at IS NOT DISTINCT FROM OLD.accepted_at AND NEW.accepted_until IS NOT DISTINCT FROM OLD.accepted_until) THEN
    RETURN NEW;
  END IF;
  IF NOT vetter_holds('vetter_approver') THEN
    RAISE EXCEPTION '% lacks vetter_approver for accepting a risk', session_user;
  END IF;
  IF NEW.accepted_by IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION 'A risk is accepted in the approver''s own name (%)', session_user;
  END IF;
  IF vetter_four_eyes() AND (EXISTS (SELECT 1 FROM finding_editors e WHERE e.finding_id = NEW.id AND e.login = session_user)
     OR EXISTS (SELECT 1 FROM answers a WHERE a.vendor_id = NEW.vendor_id AND a.criterion_id = NEW.criterion_id AND a.answered_by = session_user)) THEN
    RAISE EXCEPTION 'Four eyes: % opened, edited or answered this finding, so someone else must accept its risk', session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER findings_acceptance BEFORE INSERT OR UPDATE ON findings
  FOR EACH ROW EXECUTE FUNCTION vetter_check_acceptance();

-- Whoever opens or edits a finding (an acceptance aside) is one of its editors, whatever the app says.
CREATE FUNCTION vetter_record_finding_editor() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT vetter_is_owner() AND (TG_OP = 'INSERT' OR NEW.status <> 'risk accepted'
      OR (NEW.accepted_by IS NOT DISTINCT FROM OLD.accepted_by AND NEW.accepted_until IS NOT DISTINCT FROM OLD.accepted_until)) THEN
    INSERT INTO finding_editors (finding_id, login) VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER findings_editor AFTER INSERT OR UPDATE ON findings
  FOR EACH ROW EXECUTE FUNCTION vetter_record_finding_editor();
`;

// As SQLite's 0025: each vendor a move of the change counter counted, stamped with the counter's new value (a
// tombstone once deleted). Once per statement, as the counter moves here, from the statement's rows (transition
// tables, one trigger per event). The counter's row lock orders the stamps as their transactions commit: a reader
// that sees the counter at N sees every stamp up to N. TRUNCATE stamps every vendor before they go.
const vendorChanges = /* sql */ `
CREATE TABLE vendor_changes (
  vendor_id text PRIMARY KEY,
  version   bigint NOT NULL
);
CREATE INDEX vendor_changes_by_version ON vendor_changes (version);
INSERT INTO vendor_changes (vendor_id, version) SELECT id, (SELECT version FROM change_counters WHERE area = 'vendors') FROM vendors;

CREATE FUNCTION vetter_vendors_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  moved bigint;
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE area = 'vendors' RETURNING version INTO moved;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO vendor_changes (vendor_id, version) SELECT id, moved FROM gone_rows
      ON CONFLICT (vendor_id) DO UPDATE SET version = excluded.version;
  ELSIF TG_OP = 'TRUNCATE' THEN
    INSERT INTO vendor_changes (vendor_id, version) SELECT id, moved FROM vendors
      ON CONFLICT (vendor_id) DO UPDATE SET version = excluded.version;
  ELSE
    INSERT INTO vendor_changes (vendor_id, version) SELECT id, moved FROM changed_rows
      ON CONFLICT (vendor_id) DO UPDATE SET version = excluded.version;
  END IF;
  RETURN NULL;
END;
$$;
DROP TRIGGER vendors_changed ON vendors;
CREATE TRIGGER vendors_changed_insert AFTER INSERT ON vendors REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_vendors_changed();
CREATE TRIGGER vendors_changed_update AFTER UPDATE ON vendors REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_vendors_changed();
CREATE TRIGGER vendors_changed_delete AFTER DELETE ON vendors REFERENCING OLD TABLE AS gone_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_vendors_changed();
CREATE TRIGGER vendors_changed_truncate BEFORE TRUNCATE ON vendors
  FOR EACH STATEMENT EXECUTE FUNCTION vetter_vendors_changed();
DROP FUNCTION vetter_count_change();
`;

/** Applied in order by migratePostgres; the workspace's schema_version is the last one applied. */
// As SQLite's 0023: a hit may reach a vendor through its owners. The inline CHECK is named by PostgreSQL's rule.
const ownerHits = /* sql */ `
ALTER TABLE screening_hits DROP CONSTRAINT screening_hits_via_check;
ALTER TABLE screening_hits ADD CONSTRAINT screening_hits_via_check CHECK (via IN ('name', 'alias', 'parent', 'list-link', 'identifier', 'owner'));
`;

// As SQLite's 0026: several sources of one allegation, each allegation's own source its first.
const allegationSources = /* sql */ `
CREATE TABLE allegation_sources (
  id            text PRIMARY KEY,
  allegation_id text NOT NULL REFERENCES allegations (id),
  position      bigint NOT NULL,
  source_title  text NOT NULL,
  publisher     text NOT NULL,
  source_type   text NOT NULL,
  url           text,
  published_at  text NOT NULL,
  evidence      text,
  added_by      text NOT NULL,
  added_at      text NOT NULL,
  removed_at    text,
  UNIQUE (allegation_id, position)
);

INSERT INTO allegation_sources (id, allegation_id, position, source_title, publisher, source_type, url, published_at, evidence, added_by, added_at)
SELECT id || ':1', id, 1, source_title, publisher, source_type, url, published_at, NULL, created_by, created_at FROM allegations;
`;

// As SQLite's 0027: a vendor's own suppliers, those a returned questionnaire lists, and hits through a supplier.
const suppliers = /* sql */ `
CREATE TABLE suppliers (
  id          text PRIMARY KEY,
  vendor_id   text NOT NULL REFERENCES vendors (id),
  name        text NOT NULL,
  norm        text NOT NULL,
  service     text NOT NULL CHECK (service IN ('IaaS/PaaS', 'SaaS', 'AI model/API', 'Data processing', 'Professional services', 'Hardware')),
  data_shared text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(data_shared)),
  country     text,
  source      text NOT NULL,
  added_by    text NOT NULL,
  added_at    text NOT NULL,
  updated_by  text NOT NULL,
  updated_at  text NOT NULL,
  removed_by  text,
  removed_at  text
);
CREATE UNIQUE INDEX suppliers_live ON suppliers (vendor_id, norm, service) WHERE removed_at IS NULL;
CREATE INDEX suppliers_by_norm ON suppliers (norm);

CREATE TABLE returned_suppliers (
  return_id   text NOT NULL REFERENCES questionnaire_returns (id),
  row_number  bigint NOT NULL,
  name        text NOT NULL,
  service     text NOT NULL CHECK (service IN ('IaaS/PaaS', 'SaaS', 'AI model/API', 'Data processing', 'Professional services', 'Hardware')),
  data_shared text NOT NULL DEFAULT '[]' CHECK (vetter_json_valid(data_shared)),
  country     text,
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed', 'superseded')),
  decided_by  text,
  decided_at  text,
  PRIMARY KEY (return_id, row_number)
);

ALTER TABLE screening_hits DROP CONSTRAINT screening_hits_via_check;
ALTER TABLE screening_hits ADD CONSTRAINT screening_hits_via_check CHECK (via IN ('name', 'alias', 'parent', 'list-link', 'identifier', 'owner', 'supplier'));
`;

// As SQLite's 0028: each login's saved views of the vendor list. Row-level security keeps a view its owner's: every
// role may save views (a reader's are as much theirs), and sees and changes only its own, whatever the client.
const savedViews = /* sql */ `
CREATE TABLE saved_views (
  id          text PRIMARY KEY,
  owner       text NOT NULL,
  page        text NOT NULL CHECK (page = 'vendors'),
  name        text NOT NULL,
  name_key    text NOT NULL,
  definition  text NOT NULL CHECK (vetter_json_valid(definition)),
  is_default  bigint NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at  text NOT NULL,
  updated_at  text NOT NULL,
  removed_at  text
);
CREATE UNIQUE INDEX saved_views_live ON saved_views (owner, page, name_key) WHERE removed_at IS NULL;
ALTER TABLE saved_views ENABLE ROW LEVEL SECURITY;
CREATE POLICY saved_views_own ON saved_views USING (owner = session_user) WITH CHECK (owner = session_user);
`;

// As SQLite's 0029: a snapshot's result is the app's own JSON (scoring/kept-score.ts), no longer checked (in PL/pgSQL,
// every row parsed: a large part of keeping 100,000 snapshots).
const snapshotResult = /* sql */ `
ALTER TABLE score_snapshots DROP CONSTRAINT score_snapshots_result_check;
`;

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 11, name: 'baseline', sql: baseline },
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
