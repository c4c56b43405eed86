import { useEffect, useState, useSyncExternalStore } from 'react';
import { call, onAnswer } from '../api';
import { useReloadAll } from '../lib/queries';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/Toasts';
import { ConnectionMonitor } from './connection';

/**
 * Across the top of every page while the team workspace cannot be reached: saves are refused meanwhile (never queued),
 * what was typed stays in its form, and Vetter asks again by itself. When the workspace answers, the banner goes,
 * "Connected again" shows and every view reloads. The engine itself not answering is another matter (api-error.ts).
 */
export function ConnectionBanner() {
  const toast = useToast();
  const reloadAll = useReloadAll();
  const [monitor] = useState(
    () =>
      new ConnectionMonitor(
        () => call('app.info', {}),
        (was) => {
          reloadAll();
          toast({ tone: 'success', message: `Connected again${was.server ? ` to the team workspace at ${was.server}` : ''}: what is on screen is being reloaded.` });
        },
      ),
  );
  useEffect(() => {
    const stopHearing = onAnswer(monitor.heard);
    return () => {
      stopHearing();
      monitor.stop();
    };
  }, [monitor]);
  const connection = useSyncExternalStore(
    (listener) => monitor.subscribe(listener),
    () => monitor.state(),
  );
  if (!connection.lost) return null;

  return (
    <div className="connection-banner" role="alert">
      <Icon name="alert" size={18} />
      <div className="connection-banner-body">
        <p className="connection-banner-title">The team workspace{connection.server ? ` at ${connection.server}` : ''} cannot be reached.</p>
        <p>Nothing you save now is kept: Vetter does not queue changes. What you typed stays on screen; save again when it is back.</p>
        <p className="muted">
          {connection.reason}. Retrying…
        </p>
      </div>
      <button type="button" className="btn btn-small" onClick={() => monitor.retryNow()}>
        Try now
      </button>
    </div>
  );
}
