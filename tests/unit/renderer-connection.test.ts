// The shell's watch on the team workspace (renderer/src/shell/connection.ts): lost on an `unavailable` answer, asked
// again by itself less often each time, back on the first value, and never fooled by an answer to a call sent earlier.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unreachable } from '../../electron/core/db/postgres/unreachable';
import { ConnectionMonitor, lostConnection, RETRY_DELAYS_MS } from '../../renderer/src/shell/connection';

const DOWN = 'The workspace at db.example.com:5432 cannot be reached: connect ECONNREFUSED 10.0.0.7:5432; nothing was changed.';

/** A monitor whose probe is a call like any other: numbered, and answered as the workspace is (`up`). */
function watched() {
  let sent = 0;
  let up = false;
  const resumed = vi.fn();
  const probe = vi.fn(async () => {
    const request = ++sent;
    monitor.heard(up ? { request, error: null } : { request, error: { code: 'unavailable', message: DOWN } });
  });
  const monitor = new ConnectionMonitor(probe, resumed);
  /** Another call of the window's, sent now; answer it later. */
  const send = () => {
    const request = ++sent;
    return {
      ok: () => monitor.heard({ request, error: null }),
      unavailable: () => monitor.heard({ request, error: { code: 'unavailable', message: DOWN } }),
      refused: () => monitor.heard({ request, error: { code: 'forbidden', message: 'ana lacks vetter_approver for approving an assessment' } }),
    };
  };
  return { monitor, probe, resumed, send, setUp: (value: boolean) => (up = value) };
}

describe('the workspace connection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is lost on an unavailable answer, names the server and the reason, and tells whoever listens', () => {
    const { monitor, send } = watched();
    const listener = vi.fn();
    monitor.subscribe(listener);
    send().refused();
    expect(monitor.state()).toEqual({ lost: false });
    send().unavailable();
    expect(monitor.state()).toEqual({ lost: true, server: 'db.example.com:5432', reason: 'connect ECONNREFUSED 10.0.0.7:5432' });
    expect(listener).toHaveBeenCalledTimes(1);
    // Said again by the next failures: nothing new to tell.
    send().unavailable();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('asks again by itself, less often each time, until the workspace answers; then reloads once and stops asking', async () => {
    const { monitor, probe, resumed, send, setUp } = watched();
    send().unavailable();
    for (const [i, delay] of [...RETRY_DELAYS_MS, RETRY_DELAYS_MS.at(-1)!].entries()) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(probe).toHaveBeenCalledTimes(i);
      await vi.advanceTimersByTimeAsync(1);
      expect(probe).toHaveBeenCalledTimes(i + 1);
    }
    expect(monitor.state().lost).toBe(true);
    setUp(true);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.at(-1)!);
    expect(monitor.state()).toEqual({ lost: false });
    expect(resumed).toHaveBeenCalledTimes(1);
    expect(resumed).toHaveBeenCalledWith({ lost: true, server: 'db.example.com:5432', reason: 'connect ECONNREFUSED 10.0.0.7:5432' });
    const asked = probe.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).toHaveBeenCalledTimes(asked);

    // Lost again: the waits start short again.
    setUp(false);
    send().unavailable();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(probe).toHaveBeenCalledTimes(asked + 1);
  });

  it('comes back on any call answered with a value, and "Try now" asks at once', async () => {
    const { monitor, probe, resumed, send, setUp } = watched();
    send().unavailable();
    send().ok();
    expect(monitor.state().lost).toBe(false);
    expect(resumed).toHaveBeenCalledTimes(1);

    send().unavailable();
    setUp(true);
    monitor.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(monitor.state().lost).toBe(false);
    expect(resumed).toHaveBeenCalledTimes(2);
  });

  it('leaves out answers to calls sent before the last change', () => {
    const { monitor, resumed, send } = watched();
    const early = send();
    const earlyFailure = send();
    send().unavailable();
    // Sent before the connection was lost: its value says nothing of now.
    early.ok();
    expect(monitor.state().lost).toBe(true);
    expect(resumed).not.toHaveBeenCalled();
    const beforeBack = send();
    send().ok();
    beforeBack.unavailable();
    earlyFailure.unavailable();
    expect(monitor.state().lost).toBe(false);
  });

  it('reads the core’s own words, and a message worded otherwise whole', () => {
    expect(lostConnection(errorMessage(unreachable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }), '127.0.0.1:5433')))).toEqual({
      lost: true,
      server: '127.0.0.1:5433',
      reason: 'connect ECONNREFUSED 127.0.0.1:5433',
    });
    expect(lostConnection('The server went away.')).toEqual({ lost: true, server: null, reason: 'The server went away.' });
  });
});

function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) throw new Error('not an error');
  return error.message;
}
