import { useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/**
 * Four eyes: whether approvals, report sign-offs and dismissals of blocking matches need a second person. An admin
 * turns them off for a one-person team; the change is in the audit log. In one person's workspace they cannot be met.
 */
export function FourEyesSetting() {
  const toast = useToast();
  const settings = useQuery(read('settings.get', {}));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const data = settings.data;

  const turn = async (enabled: boolean) => {
    setSaving(true);
    setError(null);
    try {
      await call('settings.setFourEyes', { enabled });
      toast({ tone: 'success', message: enabled ? 'Four eyes are on' : 'Four eyes are off' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-four-eyes">
      <h2 id="settings-four-eyes">Four eyes</h2>
      {settings.error && <Alert tone="error">{settings.error}</Alert>}
      {!data && !settings.error && <Spinner label="Loading…" visibleLabel />}
      {data && (
        <>
          <p>
            {data.fourEyes
              ? 'On: nobody approves an assessment they answered, verified or changed; nobody prepares a report on an assessment they approved; a match on a blocking list (SDN, UN, UK, 1260H) is dismissed only when a second reviewer agrees.'
              : 'Off: one person may prepare and approve alone. Approvals and dismissals still record who made them.'}
          </p>
          {data.fourEyes && !data.shared && (
            <p className="muted">This workspace has one user, so nobody else can approve or agree: turn four eyes off to approve here, or work in a team workspace.</p>
          )}
          {error && <p className="field-error">{error}</p>}
          {data.roles.includes('vetter_admin') ? (
            <button type="button" className="btn" disabled={saving} onClick={() => void turn(!data.fourEyes)}>
              {saving && <Spinner label="Saving…" />}
              {data.fourEyes ? 'Turn four eyes off' : 'Turn four eyes on'}
            </button>
          ) : (
            <p className="muted">Only an admin can change this.</p>
          )}
        </>
      )}
    </section>
  );
}
