// A lost or refused connection to a team workspace's server, said as the user needs it. Only these are translated: a
// statement the server refused (a constraint, a trigger) is the domains' business, as on SQLite. The pool connects
// again on the next statement, so the workspace comes back by itself once the server is reachable.
import { VetterError } from '../../errors';

/** Socket errors, and SQLSTATE classes 08 (connection exception) and 57P (the server shutting down or starting). */
const SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
const LOST = /^Connection terminated|^timeout expired|^Client has encountered a connection error|^terminating connection/;

function isConnectionError(err: unknown): err is Error {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET.has(code) || code.startsWith('08') || code.startsWith('57P'))) return true;
  return LOST.test(err.message);
}

/** `err` as the user reads it when the connection to `server` (HOST:PORT) failed; any other error as it is. */
export function unreachable(err: unknown, server: string): unknown {
  if (!isConnectionError(err)) return err;
  // Node names a refused connection to a name with several addresses in an AggregateError with no message of its own.
  const reason = err.message || String((err as { code?: unknown }).code);
  return new VetterError('unavailable', `The workspace at ${server} cannot be reached: ${reason.replace(/\.$/, '')}; nothing was changed.`);
}
