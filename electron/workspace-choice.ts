// Which workspace a host opens, and switching it while the app runs (Settings → Workspace). A matter of the host, not
// of a workspace's core: the host closes one core and opens another, and remembers the choice in this computer's data
// folder (workspace.json: the address without a password, TLS files as paths) for its next start. What decides:
//   1. a workspace given at start (--workspace, --data-dir, VETTER_WORKSPACE), which wins at every start;
//   2. else the team workspace remembered here, checked and opened with PGPASSWORD or the password file (a
//      failure opens the data folder instead and says why, so that its person can type the password in Settings);
//   3. else this computer's data folder.
// Both hosts use it: electron/main (IPC) and the browser host (HTTP).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATA_AREAS, type DataChange } from './core/data-areas';
import { type Envelope, VetterError } from './core/errors';
import type { Core } from './core/service';
import { withoutPassword, workspaceLocation } from './core/workspace/location';
import type { Workspace, WorkspaceLocation } from './core/workspace/model';
import { openWorkspace } from './core/workspace/open';
import { teamWorkspaceFields, teamWorkspaceFieldsOf, teamWorkspaceUrl, type WorkspaceChoiceState } from './core/workspace/team-address';
import { checkTeamWorkspace } from './core/workspace/team-check';

export const CHOICE_FILE = 'workspace.json';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** The team workspace remembered in `folder` (its address, without a password); null when none is. */
export function rememberedWorkspace(folder: string): string | null {
  const file = path.join(folder, CHOICE_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new VetterError('bad_file', `Vetter could not read ${file} (${(err as Error).message}): choose the workspace again in Settings → Workspace.`);
  }
  let url: unknown;
  try {
    url = (JSON.parse(text) as { workspace?: unknown } | null)?.workspace;
  } catch {
    url = undefined;
  }
  if (typeof url !== 'string' || !POSTGRES_URL.test(url) || !URL.canParse(url)) {
    throw new VetterError('bad_file', `${file} does not name a team workspace (it holds {"workspace": "postgresql://…"}): choose the workspace again in Settings → Workspace.`);
  }
  const address = new URL(url);
  if (address.password || address.searchParams.has('password')) {
    throw new VetterError('bad_file', `${file} holds a password, which Vetter never keeps: remove it, and use PGPASSWORD or your password file (~/.pgpass) instead.`);
  }
  return url;
}

/** Remembers the team workspace at `url` (without its password) for the next start; null: the data folder. */
export function rememberWorkspace(folder: string, url: string | null): void {
  const file = path.join(folder, CHOICE_FILE);
  if (url === null) return fs.rmSync(file, { force: true });
  fs.mkdirSync(folder, { recursive: true });
  // Written whole then renamed: a crash leaves the old choice or the new one, never half a file.
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify({ workspace: withoutPassword(url) }, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
}

/** A team workspace checked (team-check.ts), then opened: only a workspace set up by `vetter workspace init`. */
async function openTeamWorkspace(url: string): Promise<Workspace> {
  await checkTeamWorkspace(url);
  return openWorkspace({ engine: 'postgres', url });
}

/** What Connect sends: the form's fields, and the password for this connection only (empty: PGPASSWORD or ~/.pgpass). */
const connectInput = z.object({ fields: teamWorkspaceFields, password: z.string().max(1000) });

export interface WorkspaceStart {
  /** This computer's data folder: where the choice is remembered, and what "Use this computer's data folder" opens. */
  folder: string;
  /** The workspace given at start, and how (for the card: "--data-dir /x"); it wins over the remembered choice. */
  given: { location: WorkspaceLocation; as: string } | null;
  /** The desktop's file picker gives paths; a browser's does not. */
  picksPaths: boolean;
}

/**
 * Where a host starts: given `--workspace` (a URL or a folder), `--data-dir` or VETTER_WORKSPACE, that; else what
 * `folder` (this computer's data folder) remembers. A folder given is this computer's data folder for the session.
 */
export function workspaceStart(args: { workspace?: string; dataDir?: string }, folder: string, picksPaths: boolean, env: NodeJS.ProcessEnv = process.env): WorkspaceStart {
  const [as, where] = args.workspace ? ['--workspace ', args.workspace] : args.dataDir ? ['--data-dir ', args.dataDir] : env.VETTER_WORKSPACE ? ['VETTER_WORKSPACE=', env.VETTER_WORKSPACE] : [];
  if (as === undefined || where === undefined) return { folder, given: null, picksPaths };
  const location = workspaceLocation(where, () => folder, {});
  const shown = location.engine === 'sqlite' ? location.dataDir : withoutPassword(location.url);
  return { folder: location.engine === 'sqlite' ? location.dataDir : folder, given: { location, as: `${as}${shown}` }, picksPaths };
}

export interface WorkspaceSwitch {
  /** The core on the workspace open now: a host asks for it at each request. */
  readonly core: Core;
  state(): WorkspaceChoiceState;
  /** Checks the team workspace the form names, then opens it instead of the one open now, and remembers it. */
  connect(input: unknown): Promise<Envelope<WorkspaceChoiceState>>;
  /** Opens this computer's data folder instead, and forgets the remembered team workspace. */
  useFolder(): Promise<Envelope<WorkspaceChoiceState>>;
  close(): Promise<void>;
}

/**
 * Opens the workspace a host starts on (above) with `openCore`, and switches it on request. `changed` tells the
 * host's windows that everything changed after a switch, so that each reloads what it shows.
 */
export async function openWorkspaceSwitch(start: WorkspaceStart, openCore: (workspace: Workspace) => Core, changed: (change: DataChange) => void): Promise<WorkspaceSwitch> {
  const folder = { engine: 'sqlite', dataDir: start.folder } as const;
  let remembered: string | null = null;
  let startProblem: string | null = null;
  let workspace: Workspace;
  try {
    remembered = rememberedWorkspace(start.folder);
  } catch (err) {
    startProblem = messageOf(err);
  }
  if (start.given) {
    workspace = await openWorkspace(start.given.location);
  } else {
    workspace = remembered === null ? await openWorkspace(folder) : await openTeamWorkspace(remembered).catch(async (err: unknown) => {
      startProblem = `Vetter could not open the team workspace ${withoutPassword(remembered ?? '')}, and opened this computer's data folder instead. ${messageOf(err)}`;
      return openWorkspace(folder);
    });
  }
  let core = openCore(workspace);
  core.prepare();
  let switching = false;

  const state = (): WorkspaceChoiceState => ({
    folder: start.folder,
    remembered: remembered === null ? null : teamWorkspaceFieldsOf(remembered),
    commandLine: start.given?.as ?? null,
    startProblem,
    picksPaths: start.picksPaths,
  });

  /** Opens what `open` gives in place of the workspace open now, unless a job runs or another switch is under way. */
  async function switchTo(open: () => Promise<Workspace>, remember: string | null): Promise<Envelope<WorkspaceChoiceState>> {
    if (switching) return refusal('busy', 'Vetter is already switching workspaces: wait a moment.');
    if (core.busy()) return refusal('busy', 'A job is running (an import, a screening or a report): let it finish or cancel it, then switch workspaces.');
    switching = true;
    try {
      const next = await open();
      try {
        rememberWorkspace(start.folder, remember);
      } catch (err) {
        await next.close();
        throw new VetterError('conflict', `Vetter could not remember your choice in ${path.join(start.folder, CHOICE_FILE)} (${(err as Error).message}); nothing was switched.`);
      }
      remembered = remember;
      startProblem = null;
      const previous = core;
      core = openCore(next);
      core.prepare();
      await previous.close();
      changed({ areas: [...DATA_AREAS] });
      return { ok: true, value: state() };
    } catch (err) {
      return { ok: false, error: err instanceof VetterError ? err.toContract() : unexpected(err) };
    } finally {
      switching = false;
    }
  }

  return {
    get core() {
      return core;
    },
    state,
    connect(input) {
      const parsed = connectInput.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, error: invalidFields(parsed.error) });
      const { fields, password } = parsed.data;
      const address = teamWorkspaceUrl(fields);
      return switchTo(() => openTeamWorkspace(withPassword(address, password)), address);
    },
    useFolder() {
      return switchTo(() => openWorkspace(folder), null);
    },
    close: () => core.close(),
  };
}

function withPassword(url: string, password: string): string {
  if (password === '') return url;
  const address = new URL(url);
  address.password = encodeURIComponent(password);
  return address.toString();
}

function refusal(code: 'busy', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** Each field's first problem, by the form's names (host, port, sslmode…). */
function invalidFields(error: z.ZodError) {
  const details: Record<string, string> = {};
  for (const issue of error.issues) details[String(issue.path.at(-1) ?? 'fields')] ??= issue.message;
  return { code: 'invalid_input' as const, message: 'Check the fields marked below.', details };
}

/** A failure nobody translated (a server's own refusal): its message still helps the person connecting. */
function unexpected(err: unknown) {
  console.error('[workspace] switching failed', err);
  return { code: 'internal' as const, message: `Vetter could not open that workspace: ${messageOf(err)}` };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
