import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  isLocalHost,
  NEW_TEAM_WORKSPACE,
  type SslMode,
  SSL_MODES,
  type TeamWorkspaceFields,
  teamWorkspaceFields,
  type WorkspaceChoiceState,
} from '../../../electron/core/contract';
import { bridge } from '../api';
import { errorMessage, hostErrorMessage } from '../api-error';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

const TLS_LABELS: Record<SslMode, string> = {
  'verify-full': 'verify-full: encrypted, the server and its name checked',
  'verify-ca': 'verify-ca: encrypted, the certificate checked but not the name',
  require: 'require: encrypted, nothing checked',
  disable: 'disable: not encrypted',
};

type FileField = 'sslrootcert' | 'sslcert' | 'sslkey';

/** HOST:PORT/DATABASE of a team workspace's address (shown without its password by the core). */
function serverOf(address: string): string {
  const url = new URL(address);
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/**
 * Settings → Workspace: which workspace is open and who you are there, and connecting this app to the team workspace
 * your IT set up (or back to this computer's data folder). Switching is the host's (electron/workspace-choice.ts):
 * it checks the workspace, opens it, remembers it for the next start, and every page reloads what it shows.
 */
export function WorkspaceCard() {
  const toast = useToast();
  const info = useQuery(read('app.info', {}));
  const settings = useQuery(read('settings.get', {}));
  const [choice, setChoice] = useState<WorkspaceChoiceState | null>(null);
  const [fields, setFields] = useState<TeamWorkspaceFields>(NEW_TEAM_WORKSPACE);
  const [port, setPort] = useState(String(NEW_TEAM_WORKSPACE.port));
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState<'connect' | 'folder' | null>(null);

  const load = useCallback(async () => {
    try {
      const state = await bridge().workspace.state();
      setChoice(state);
      return state;
    } catch (e) {
      setFailure(errorMessage(e));
      return null;
    }
  }, []);

  useEffect(() => {
    void load().then((state) => {
      if (!state?.remembered) return;
      setFields(state.remembered);
      setPort(String(state.remembered.port));
    });
  }, [load]);

  const set = (name: keyof TeamWorkspaceFields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const checked = teamWorkspaceFields.safeParse({ ...fields, port: port.trim() === '' ? Number.NaN : Number(port) });
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    setWorking('connect');
    try {
      const answer = await bridge().workspace.connect(checked.data, password);
      if (!answer.ok) {
        setErrors(answer.error.details ?? {});
        setFailure(answer.error.message);
        return;
      }
      setChoice(answer.value);
      setPassword('');
      toast({ tone: 'success', message: `Connected to the team workspace ${checked.data.host}:${checked.data.port}/${checked.data.database}` });
    } catch (e) {
      setFailure(hostErrorMessage(e));
    } finally {
      setWorking(null);
    }
  };

  const useFolder = async () => {
    setFailure(null);
    setWorking('folder');
    try {
      const answer = await bridge().workspace.useFolder();
      if (!answer.ok) return setFailure(answer.error.message);
      setChoice(answer.value);
      toast({ tone: 'success', message: "Vetter now uses this computer's data folder" });
    } catch (e) {
      setFailure(hostErrorMessage(e));
    } finally {
      setWorking(null);
    }
  };

  const pick = async (name: FileField, title: string) => {
    const picked = await bridge().workspace.pickPath({ title, extensions: name === 'sslkey' ? ['key', 'pem'] : ['crt', 'pem', 'cer'] });
    if (picked) set(name)(picked);
  };

  const open = info.data?.workspace;
  const roles = settings.data?.roles.map((r) => r.replace(/^vetter_/, ''));
  const local = isLocalHost(fields.host);

  const fileField = (name: FileField, label: string, hint: string) => (
    <Field path={`workspace-${name}`} label={label} hint={hint} error={errors[name]} className="span-2">
      {(control) => (
        <div className="path-input">
          <input {...control} type="text" value={fields[name]} spellCheck={false} onChange={(e) => set(name)(e.target.value)} />
          {choice?.picksPaths && (
            <button type="button" className="btn" onClick={() => void pick(name, label)}>
              Browse…
            </button>
          )}
        </div>
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="settings-workspace">
      <h2 id="settings-workspace">Workspace</h2>
      {choice?.startProblem && (
        <Alert tone="warning" title="Your team workspace did not open">
          <p>{choice.startProblem}</p>
          <p>Type your password below and connect, or keep working in this computer's data folder.</p>
        </Alert>
      )}
      {info.error && <Alert tone="error">{info.error}</Alert>}
      {!info.data && !info.error && <Spinner label="Loading…" visibleLabel />}
      {info.data && open && (
        <dl className="detail-list" data-testid="workspace-open">
          <div className="detail-item">
            <dt>Open now</dt>
            <dd>
              {open.engine === 'sqlite' ? (
                <>
                  This computer's data folder, <code className="selectable">{open.address}</code>
                </>
              ) : (
                <>
                  The team workspace at <code className="selectable">{serverOf(open.address)}</code> (PostgreSQL)
                </>
              )}
            </dd>
          </div>
          <div className="detail-item">
            <dt>You are</dt>
            <dd>
              {info.data.user === info.data.login ? info.data.login : `${info.data.user} (login ${info.data.login})`}
              {roles && <span className="muted">{roles.length ? ` · ${roles.join(', ')}` : ' · no Vetter role'}</span>}
            </dd>
          </div>
        </dl>
      )}
      {choice?.commandLine && (
        <p className="muted workspace-note">
          Vetter was started with <code>{choice.commandLine}</code>, which it opens at every start: a workspace chosen here is used until Vetter stops, and
          at the next start without it.
        </p>
      )}

      <form className="workspace-form" onSubmit={(e) => void connect(e)} noValidate aria-labelledby="settings-workspace-connect">
        <h3 id="settings-workspace-connect">Connect to a team workspace</h3>
        <p className="field-hint">Your IT gives you these details once they have set the workspace up and granted you a role.</p>
        <div className="form-grid">
          <Field path="workspace-host" label="Server" error={errors.host} hint="For example db.example.com">
            {(control) => <input {...control} type="text" value={fields.host} spellCheck={false} autoComplete="off" onChange={(e) => set('host')(e.target.value)} />}
          </Field>
          <Field path="workspace-port" label="Port" error={errors.port}>
            {(control) => <input {...control} type="text" inputMode="numeric" value={port} onChange={(e) => setPort(e.target.value)} />}
          </Field>
          <Field path="workspace-database" label="Database" error={errors.database}>
            {(control) => <input {...control} type="text" value={fields.database} spellCheck={false} onChange={(e) => set('database')(e.target.value)} />}
          </Field>
          <Field path="workspace-user" label="User" error={errors.user} hint="Your database login">
            {(control) => <input {...control} type="text" value={fields.user} spellCheck={false} autoComplete="username" onChange={(e) => set('user')(e.target.value)} />}
          </Field>
          <Field
            path="workspace-sslmode"
            label="TLS"
            error={errors.sslmode}
            className="span-2"
            hint="verify-full encrypts the connection and checks, with your company's CA certificate, that the server is the one named. The others are only for a server on this computer (localhost), such as a test server or the end of a tunnel."
          >
            {(control) => (
              <select {...control} value={fields.sslmode} onChange={(e) => set('sslmode')(e.target.value)}>
                {SSL_MODES.map((mode) => (
                  <option key={mode} value={mode} disabled={mode !== 'verify-full' && !local && fields.sslmode !== mode}>
                    {TLS_LABELS[mode]}
                    {mode === 'verify-full' ? ' (use this)' : ' (this computer only)'}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {fileField('sslrootcert', 'Company CA certificate file', 'The certificate of the authority that signed the server’s (.crt or .pem, from your IT). Left empty: ~/.postgresql/root.crt, else the authorities this computer trusts.')}
          {fileField('sslcert', 'Client certificate file (optional)', 'Only if your IT gave you a certificate of your own to sign in with.')}
          {fileField('sslkey', 'Client key file (optional)', 'The private key that goes with your client certificate.')}
          <Field
            path="workspace-password"
            label="Password"
            className="span-2"
            hint="Used for this connection only, never saved. Leave it empty when PGPASSWORD or your password file (~/.pgpass) holds it: Vetter then reads it there at every start."
          >
            {(control) => <input {...control} type="password" value={password} autoComplete="off" onChange={(e) => setPassword(e.target.value)} />}
          </Field>
        </div>
        {failure && (
          <Alert tone="error" title="Not connected">
            {failure}
          </Alert>
        )}
        <div className="form-buttons">
          <button type="submit" className="btn btn-primary" disabled={working !== null || !choice}>
            {working === 'connect' && <Spinner label="Checking…" />}
            {working === 'connect' ? 'Checking…' : 'Connect'}
          </button>
          {(open?.engine === 'postgres' || choice?.remembered) && (
            <button type="button" className="btn" disabled={working !== null} onClick={() => void useFolder()}>
              {working === 'folder' && <Spinner label="Switching…" />}
              Use this computer's data folder
            </button>
          )}
        </div>
        <p className="field-hint">
          Connect first checks that the server can be reached, its certificate and your password are accepted, the workspace is set up and you hold a Vetter
          role; then Vetter opens it instead and opens it again at the next start.
        </p>
      </form>
    </section>
  );
}
