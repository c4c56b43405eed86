import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { PageTitle } from '../ui/PageTitle';
import { Spinner } from '../ui/Spinner';
import { StaleAfterDaysSetting } from '../lists/StaleAfterDaysSetting';
import { FourEyesSetting } from './FourEyesSetting';
import { WorkspaceCard } from './WorkspaceCard';
import { useToast } from '../ui/Toasts';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';

const HOST_LABELS = { electron: 'Desktop app', browser: 'Browser (local host)', cli: 'Command line' } as const;

export function SettingsPage() {
  const { data: info, error: infoError } = useQuery(read('app.info', {}));
  const toast = useToast();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  // Follows the saved name only: app.info is fetched again on other changes too (its vendor count).
  const savedName = info?.user;
  useEffect(() => {
    if (savedName !== undefined) setName(savedName);
  }, [savedName]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter your name');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const { user } = await call('settings.setUser', { name: name.trim() });
      toast({ tone: 'success', message: `You are shown as ${user}` });
    } catch (e) {
      setError(e instanceof ApiError ? (e.details.name ?? e.message) : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page page-narrow">
      <header className="page-header">
        <PageTitle windowTitle="Settings">Settings</PageTitle>
      </header>

      <section className="card" aria-labelledby="settings-you">
        <h2 id="settings-you">You</h2>
        {info?.workspace.engine === 'postgres' ? (
          // In a team workspace who you are is your database login, and its name is the one your administrators gave it.
          <p>
            <strong>{info.user}</strong> (login <code>{info.login}</code>): the audit log records your login with every change you make. Your
            workspace's administrators set the name shown for it.
          </p>
        ) : (
        <form className="settings-form" onSubmit={(e) => void save(e)} noValidate>
          <Field
            path="userName"
            label="Your name"
            error={error}
            hint={info ? `Shown for your account, ${info.login}: the audit log records the account with every change you make.` : undefined}
          >
            {(control) => <input {...control} type="text" value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />}
          </Field>
          <button type="submit" className="btn btn-primary" disabled={saving || !info || name.trim() === info.user}>
            {saving && <Spinner label="Saving…" />}
            Save name
          </button>
        </form>
        )}
      </section>

      <WorkspaceCard />

      <FourEyesSetting />

      <StaleAfterDaysSetting />

      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">About this installation</h2>
        {infoError && <Alert tone="error">{infoError}</Alert>}
        {!info && !infoError && <Spinner label="Loading…" visibleLabel />}
        {info && (
          <dl className="detail-list">
            {info.workspace.engine === 'sqlite' ? (
              <div className="detail-item">
                <dt>Data folder</dt>
                <dd>
                  <code className="selectable">{info.workspace.address}</code>
                  <p className="field-hint">Back up this folder to keep your vendors and audit log safe.</p>
                </dd>
              </div>
            ) : (
              <div className="detail-item">
                <dt>Team workspace (PostgreSQL)</dt>
                <dd>
                  <code className="selectable">{info.workspace.address}</code>
                  <p className="field-hint">Shared with your team; its database is backed up by its administrators (pg_dump).</p>
                </dd>
              </div>
            )}
            <div className="detail-item">
              <dt>Version</dt>
              <dd>Vetter {info.version}</dd>
            </div>
            <div className="detail-item">
              <dt>Database</dt>
              <dd>Schema version {info.schemaVersion}</dd>
            </div>
            <div className="detail-item">
              <dt>Running as</dt>
              <dd>{HOST_LABELS[info.host]}</dd>
            </div>
          </dl>
        )}
      </section>
    </div>
  );
}
