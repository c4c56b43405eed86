// Migration 0021: an approver's sign-off of a kept report: the PDF countersigned (the preparer's signed revision with
// the approver's signature appended), who signed it off with which certificate, and when. Reports are INSERT-only, so
// the countersigned PDF is a record of its own beside its report, one per report; like reports, nothing may change or
// remove it.
export default /* sql */ `
CREATE TABLE report_signoffs (
  report_id          TEXT PRIMARY KEY REFERENCES reports (id),
  signed_by          TEXT NOT NULL,
  signed_at          TEXT NOT NULL,
  signer_fingerprint TEXT NOT NULL REFERENCES signing_certificates (fingerprint),
  pdf                BLOB NOT NULL,
  pdf_sha256         TEXT NOT NULL,
  pdf_bytes          INTEGER NOT NULL
);
CREATE INDEX report_signoffs_by_pdf ON report_signoffs (pdf_sha256);
CREATE TRIGGER report_signoffs_immutable_update BEFORE UPDATE ON report_signoffs
BEGIN SELECT RAISE(ABORT, 'Report sign-offs cannot be changed'); END;
CREATE TRIGGER report_signoffs_immutable_delete BEFORE DELETE ON report_signoffs
BEGIN SELECT RAISE(ABORT, 'Report sign-offs cannot be deleted'); END;
`;
