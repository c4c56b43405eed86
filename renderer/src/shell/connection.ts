// Whether the team workspace answers, as the window learns it from the core's answers (api.ts: onAnswer). A call
// answered `unavailable` means the workspace's server cannot be reached; Vetter keeps no queue of changes, so the shell
// says so (ConnectionBanner) and asks a cheap read again, less often each time, until the workspace answers. Then every
// view reloads: others may have changed anything meanwhile. Plain TypeScript, so its timing is tested with fake timers.
import type { Answer } from '../api';

export type Connection = { lost: false } | Lost;
export interface Lost {
  lost: true;
  /** HOST:PORT, when the core named it. */
  server: string | null;
  reason: string;
}

const CONNECTED: Connection = { lost: false };

/** Waits between tries: soon at first, then every 15 s while the workspace stays away. */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000] as const;

// The core's words (electron/core/db/postgres/unreachable.ts): "The workspace at HOST:PORT cannot be reached: REASON;
// nothing was changed."
const UNREACHABLE = /^The workspace at (\S+) cannot be reached: (.*?);? nothing was changed\.?$/;

/** The server and the reason in an `unavailable` message; the whole message as the reason when it reads otherwise. */
export function lostConnection(message: string): Lost {
  const said = UNREACHABLE.exec(message);
  return said ? { lost: true, server: said[1] ?? null, reason: said[2] ?? message } : { lost: true, server: null, reason: message };
}

export class ConnectionMonitor {
  private current: Connection = CONNECTED;
  /** The call that last changed the state: an answer to one sent before it is out of date. */
  private since = 0;
  private tries = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private probing = false;
  private readonly listeners = new Set<() => void>();

  /**
   * `probe`: a cheap call whose answer comes back through `heard` (as every call's does); `resumed`: called once each
   * time the workspace answers again, with what was said when it was lost.
   */
  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly resumed: (was: Lost) => void,
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  state(): Connection {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One call's answer: `unavailable` loses the connection, a value brings it back; other errors say neither. */
  heard = (answer: Answer): void => {
    if (answer.request <= this.since) return;
    if (answer.error?.code === 'unavailable') {
      if (this.current.lost) return;
      this.since = answer.request;
      this.tries = 0;
      this.set(lostConnection(answer.error.message));
      this.schedule();
    } else if (answer.error === null && this.current.lost) {
      const was = this.current;
      this.since = answer.request;
      this.cancelTimer();
      this.set(CONNECTED);
      this.resumed(was);
    }
  };

  /** Tries at once ("Try now"), then waits as before. */
  retryNow(): void {
    if (!this.current.lost) return;
    this.cancelTimer();
    void this.attempt();
  }

  /** No more tries (the window is closing). */
  stop(): void {
    this.cancelTimer();
  }

  private schedule(): void {
    const delay = this.delays[Math.min(this.tries, this.delays.length - 1)] ?? 0;
    this.tries += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.attempt();
    }, delay);
  }

  private async attempt(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await this.probe();
    } catch {
      // Its answer, if any, came through heard(); an engine that does not answer at all is said elsewhere.
    } finally {
      this.probing = false;
    }
    if (this.current.lost && this.timer === null) this.schedule();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(next: Connection): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
