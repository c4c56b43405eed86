// Migration 0007: a list version is written in two steps. Its entries are staged in small transactions (so every
// other save goes on meanwhile), and the version becomes visible in the one transaction that publishes it: the whole
// default pack at once, or an import together with the re-screening it causes. Nothing reads a staged version but
// the screening that prepares its publication; a crash leaves only staged rows, which the next staging removes.
export default /* sql */ `
ALTER TABLE list_versions ADD COLUMN state TEXT NOT NULL DEFAULT 'ready' CHECK (state IN ('staged', 'ready'));
`;
