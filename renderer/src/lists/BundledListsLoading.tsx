import { useEffect, useState } from 'react';
import { BUNDLED_LISTS_JOB } from '../../../electron/core/contract';
import { bridge } from '../api';
import { ProgressBar } from '../ui/ProgressBar';

/** How often the page asks whether the load finished, in case its last progress report was missed. */
const POLL_MS = 2000;

/**
 * The first-use load of the bundled lists, with its progress. The rest of Vetter works meanwhile; `onDone` is called
 * when the load has finished (or at each poll), so the page loads the lists again.
 */
export function BundledListsLoading({ done, total, onDone }: { done: number; total: number; onDone: () => void }) {
  const [progress, setProgress] = useState({ done, total });
  useEffect(
    () =>
      bridge().onProgress((p) => {
        if (p.jobId !== BUNDLED_LISTS_JOB) return;
        setProgress({ done: p.done, total: p.total });
        if (p.done >= p.total) onDone();
      }),
    [onDone],
  );
  useEffect(() => {
    const timer = setInterval(onDone, POLL_MS);
    return () => clearInterval(timer);
  }, [onDone]);
  return (
    <section className="card" aria-label="Loading the bundled lists">
      <ProgressBar label="Loading the bundled lists (first use only)" done={progress.done} total={progress.total} />
      <p className="muted">Vetter is reading the copies of the designation lists it comes with. You can go on working meanwhile.</p>
    </section>
  );
}
