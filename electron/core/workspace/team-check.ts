// Whether a team workspace can be opened from this computer by this login, asked before a host switches to it
// (Settings → Workspace): the server is reachable, its TLS certificate accepted, the password accepted, the database
// set up by `vetter workspace init`, and the login holds a Vetter role. Each failure says, in plain words, what to do.
// Checked before opening, because opening brings the schema up to date: a database nobody set up would get tables
// without the roles and grants that `init` makes.
import { VetterError } from '../errors';
import { postgresLogin } from '../db/postgres/grants';
import { PostgresStore } from '../db/postgres/store';
import { postgresConnection } from './connection';

/** Node's codes for a certificate TLS did not accept. */
const CERTIFICATE = /CERT|SIGNATURE|SELF_SIGNED|ISSUER/;

export async function checkTeamWorkspace(url: string): Promise<void> {
  const config = postgresConnection(url);
  const store = new PostgresStore(config);
  const server = `${config.host}:${config.port}`;
  try {
    // The roles first: a login without one may not even read the schema's version.
    const { login, access } = await postgresLogin(store.read);
    if (access.roles.length === 0) {
      throw new VetterError('forbidden', `${login} holds no Vetter role in this workspace: ask its administrator to run "vetter workspace grant ${login} analyst" (or reader, approver, admin).`);
    }
    if ((await store.schemaVersion()) === 0) {
      throw new VetterError(
        'not_found',
        `The database ${config.database} on ${server} holds no Vetter workspace: ask your IT to set it up with "vetter workspace init" (README, Team workspace), or check the database name.`,
      );
    }
  } catch (err) {
    throw inPlainWords(err, { server, user: config.user ?? '', database: config.database ?? '' });
  } finally {
    await store.close();
  }
}

/** The server's refusals and TLS's, as the person connecting can act on them; anything else as it is. */
function inPlainWords(err: unknown, at: { server: string; user: string; database: string }): unknown {
  if (err instanceof VetterError) {
    // Unreachable (db/postgres/unreachable.ts): say what to check.
    return err.code === 'unavailable' ? new VetterError('unavailable', `${err.message} Check the server name and port, and that this computer is on your company's network.`) : err;
  }
  if (!(err instanceof Error)) return err;
  const code = String((err as { code?: unknown }).code ?? '');
  if (code === '28P01') return new VetterError('forbidden', `The server refused the password for ${at.user}: type it again (mind Caps Lock), or ask your IT to reset it.`);
  if (code === '28000') return new VetterError('forbidden', `The server at ${at.server} does not let ${at.user} in from this computer (${err.message}): ask your IT to allow it.`);
  if (code === '3D000') return new VetterError('not_found', `There is no database ${at.database} on ${at.server}: check its name with your IT.`);
  if (/does not support SSL/i.test(err.message)) {
    return new VetterError('unavailable', `The server at ${at.server} does not accept TLS connections: ask your IT to turn TLS on. Connecting without it is only for a server on this computer.`);
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new VetterError('forbidden', `The server's certificate is not for the name you typed (${err.message}): use the server name your IT gave you, exactly as written on its certificate.`);
  }
  if (CERTIFICATE.test(code)) {
    return new VetterError('forbidden', `The server's certificate was not accepted (${err.message}): choose your company's CA certificate file (your IT has it), or check that it is the right one.`);
  }
  return err;
}
