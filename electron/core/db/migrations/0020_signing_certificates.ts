// Migration 0020: the certificates reports are signed with (public part only), so that anyone on the workspace can
// tell whose a signature is, and which certificate signed each kept report (null: kept unsigned). A certificate, once
// recorded, is evidence like the reports it signed: nothing may change or remove it.
export default /* sql */ `
CREATE TABLE signing_certificates (
  fingerprint     TEXT PRIMARY KEY,
  login           TEXT NOT NULL,
  name            TEXT NOT NULL,
  certificate_pem TEXT NOT NULL,
  self_signed     INTEGER NOT NULL CHECK (self_signed IN (0, 1)),
  added_at        TEXT NOT NULL
);
CREATE INDEX signing_certificates_by_login ON signing_certificates (login);
CREATE TRIGGER signing_certificates_immutable_update BEFORE UPDATE ON signing_certificates
BEGIN SELECT RAISE(ABORT, 'Signing certificates cannot be changed'); END;
CREATE TRIGGER signing_certificates_immutable_delete BEFORE DELETE ON signing_certificates
BEGIN SELECT RAISE(ABORT, 'Signing certificates cannot be deleted'); END;

ALTER TABLE reports ADD COLUMN signer_fingerprint TEXT REFERENCES signing_certificates (fingerprint);
`;
