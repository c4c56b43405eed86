// Migration 0022: signed checkpoints of the audit chain (audit/checkpoints.ts): the head (event number and hash) as a
// signer saw it, signed with their key, their certificate recorded in signing_certificates. A chain edited and
// recomputed afterwards no longer reaches a checkpoint's hash, and nobody can sign a new one in another's name. Evidence:
// nothing may change or remove one.
export default /* sql */ `
CREATE TABLE audit_checkpoints (
  seq                INTEGER NOT NULL,
  head_hash          TEXT NOT NULL,
  signer_login       TEXT NOT NULL,
  signer_fingerprint TEXT NOT NULL REFERENCES signing_certificates (fingerprint),
  signed_at          TEXT NOT NULL,
  signature          TEXT NOT NULL,
  PRIMARY KEY (seq, signer_fingerprint, signed_at)
);
CREATE TRIGGER audit_checkpoints_immutable_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'Audit checkpoints cannot be changed'); END;
CREATE TRIGGER audit_checkpoints_immutable_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'Audit checkpoints cannot be deleted'); END;
`;
