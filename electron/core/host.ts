// What a host (Electron main, the browser host, the CLI) gives the core when it invokes a method.
import type { DataChange } from './data-areas';
import type { Progress } from './jobs/model';
import type { FileRef } from './schemas';
import { VetterError } from './errors';

export interface HostContext {
  /** Absolute path of a file the user picked through this host; throws when the ref is unknown. */
  resolveFile(ref: FileRef): string;
  /** Progress of a long job, forwarded to the UI. */
  emitProgress(p: Progress): void;
}

/** What the core tells every window of a host, not only the one that asked. */
export interface Broadcast {
  /** Progress of work no request started (the first-use load of the bundled lists). */
  progress(p: Progress): void;
  /** Data changed, by a request of any window or by the core itself: each window reloads what it shows of it. */
  changed(change: DataChange): void;
}

/** A host that keeps picked files in a table of random refs, so no path ever crosses to the renderer. */
export class PickedFiles {
  private readonly paths = new Map<string, string>();

  add(path: string, name: string): FileRef {
    const ref = crypto.randomUUID();
    this.paths.set(ref, path);
    return { ref, name };
  }

  resolve(file: FileRef): string {
    const path = this.paths.get(file.ref);
    if (!path) throw new VetterError('not_found', `The file ${file.name} is no longer available. Pick it again.`);
    return path;
  }
}
