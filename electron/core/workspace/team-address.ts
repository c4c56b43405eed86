// A team workspace's address as Settings → Workspace asks for it: server, port, database, user, TLS and its files. It
// becomes the postgresql:// address every host reads (connection.ts), never with a password: the password typed in
// Settings goes with one connection only. Pure: the renderer checks the same fields the host does.
import { z } from 'zod';

/** libpq's sslmode values Vetter takes, the strictest first. */
export const SSL_MODES = ['verify-full', 'verify-ca', 'require', 'disable'] as const;
export type SslMode = (typeof SSL_MODES)[number];

/** This computer: the only server a connection without full TLS checks may reach (a test or a tunnel's end). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);
export const isLocalHost = (host: string) => LOCAL_HOSTS.has(host.trim().toLowerCase());

/** An absolute path on Windows or elsewhere, or nothing. */
const filePath = z
  .string()
  .trim()
  .max(1000, 'At most 1000 characters')
  .refine((p) => p === '' || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'Give the full path of the file (for example C:\\certs\\company-ca.crt or /etc/ssl/company-ca.crt)');

export const teamWorkspaceFields = z
  .object({
    host: z
      .string()
      .trim()
      .min(1, 'Enter the server your IT gave you (for example db.example.com)')
      .max(253, 'At most 253 characters')
      .regex(/^[A-Za-z0-9._:-]+$/, 'A server name (db.example.com) or address (10.0.0.5), without postgresql:// or a port'),
    port: z.number({ error: 'Enter a port between 1 and 65535 (PostgreSQL uses 5432)' }).int().min(1, 'Enter a port between 1 and 65535').max(65535, 'Enter a port between 1 and 65535'),
    database: z.string().trim().min(1, 'Enter the database name your IT gave you').max(63, 'At most 63 characters'),
    user: z.string().trim().min(1, 'Enter your database login').max(63, 'At most 63 characters'),
    sslmode: z.enum(SSL_MODES),
    /** The company's CA certificate, that signed the server's: verify-full and verify-ca check the server against it. */
    sslrootcert: filePath,
    /** A client certificate and its key, where the server asks for one. */
    sslcert: filePath,
    sslkey: filePath,
  })
  .superRefine((f, ctx) => {
    if (f.sslmode !== 'verify-full' && !isLocalHost(f.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sslmode'],
        message: `Use verify-full for ${f.host}: anything less lets another machine on the network pose as the server and read your password. The others are for a server on this computer (localhost) only.`,
      });
    }
    if ((f.sslcert === '') !== (f.sslkey === '')) {
      ctx.addIssue({ code: 'custom', path: [f.sslcert === '' ? 'sslcert' : 'sslkey'], message: 'A client certificate needs its key, and a key its certificate: give both or neither.' });
    }
  });
export type TeamWorkspaceFields = z.infer<typeof teamWorkspaceFields>;

/** The form's starting values: verify-full, PostgreSQL's port. */
export const NEW_TEAM_WORKSPACE: TeamWorkspaceFields = { host: '', port: 5432, database: '', user: '', sslmode: 'verify-full', sslrootcert: '', sslcert: '', sslkey: '' };

/** The address of checked fields, without a password. */
export function teamWorkspaceUrl(fields: TeamWorkspaceFields): string {
  const host = fields.host.includes(':') ? `[${fields.host}]` : fields.host;
  const url = new URL(`postgresql://${host}:${fields.port}/${encodeURIComponent(fields.database)}`);
  url.username = encodeURIComponent(fields.user);
  url.searchParams.set('sslmode', fields.sslmode);
  for (const name of ['sslrootcert', 'sslcert', 'sslkey'] as const) if (fields[name]) url.searchParams.set(name, fields[name]);
  return url.toString();
}

/** The fields of an address (a remembered one), to fill the form again; what it leaves out, as a new form has it. */
export function teamWorkspaceFieldsOf(address: string): TeamWorkspaceFields {
  const url = new URL(address);
  const param = (name: string) => url.searchParams.get(name) ?? '';
  const mode = param('sslmode');
  return {
    host: decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.slice(1)),
    user: decodeURIComponent(url.username),
    sslmode: (SSL_MODES as readonly string[]).includes(mode) ? (mode as SslMode) : 'verify-full',
    sslrootcert: param('sslrootcert'),
    sslcert: param('sslcert'),
    sslkey: param('sslkey'),
  };
}

/**
 * What Settings → Workspace shows of the host's choice (electron/workspace-choice.ts): the folder it falls back to,
 * what is remembered for the next start, and whether a start argument overrides it.
 */
export interface WorkspaceChoiceState {
  /** This computer's data folder ("Use this computer's data folder"). */
  folder: string;
  /** The team workspace opened at each start, as its form's fields; null: the data folder. */
  remembered: TeamWorkspaceFields | null;
  /** `--workspace …` or `--data-dir …` as Vetter was started: it opens that at each start, whatever is remembered. */
  commandLine: string | null;
  /** Why the remembered team workspace did not open at start (the data folder opened instead); null when it did. */
  startProblem: string | null;
  /** Whether the host can show a file picker that gives a file's path (the desktop app: the browser cannot). */
  picksPaths: boolean;
}
