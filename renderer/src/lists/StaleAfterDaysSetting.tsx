import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

/** How old a list's data may get before Vetter marks it stale and warns on every screening result. */
export function StaleAfterDaysSetting() {
  const toast = useToast();
  const lists = useQuery(read('lists.list', {}));
  const saved = lists.data?.staleAfterDays;
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (saved !== undefined) setDays(String(saved));
  }, [saved]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < 1) {
      setError('Enter a whole number of days, 1 or more');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const result = await call('lists.setStaleAfterDays', { days: value });
      toast({ tone: 'success', message: `Lists are now stale after ${plural(result.staleAfterDays, 'day')}` });
    } catch (e) {
      setError(e instanceof ApiError ? (e.details.days ?? e.message) : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-lists">
      <h2 id="settings-lists">Designation lists</h2>
      {lists.error && <Alert tone="error">{lists.error}</Alert>}
      {!lists.data && !lists.error && <Spinner label="Loading…" visibleLabel />}
      {lists.data && (
        <form className="settings-form" onSubmit={(e) => void save(e)} noValidate>
          <Field
            path="staleAfterDays"
            label="Lists are stale after (days)"
            error={error}
            hint="A list whose data is older than this is marked Stale, and every screening result against it says so."
          >
            {(control) => (
              <input {...control} type="number" min={1} max={3650} step={1} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="btn btn-primary" disabled={saving || days === String(saved)}>
            {saving && <Spinner label="Saving…" />}
            Save
          </button>
        </form>
      )}
    </section>
  );
}
