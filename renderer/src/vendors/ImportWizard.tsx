import { useCallback, useRef, useState } from 'react';
import type { ColumnMapping, FileRef, ImportCells, ImportEdits, ImportReview, Output } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { useJob } from '../lib/useJob';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { countsInWords, ImportPreview, type OnDuplicate, type Preview } from './ImportPreview';
import { hasEdits, NO_EDITS, withCorrection, withSkipped } from './importEdits';
import { CancelJobButton, JobProgress } from '../ui/JobProgress';
import { ProgressBar } from '../ui/ProgressBar';
import { Spinner } from '../ui/Spinner';

type ImportResult = Output<'vendors.importRun'>;

type Step =
  | { step: 'pick' }
  // edits: rows fixed or left out in the preview; review: where the file stands with them, as the core checked it.
  | { step: 'preview'; file: FileRef; preview: Preview; edits: ImportEdits; review: ImportReview }
  | { step: 'running' }
  | { step: 'done'; result: ImportResult | null };

const FILE_TYPES = ['csv', 'xlsx', 'ods'];

function resultSummary({ created, updated, skipped }: ImportResult): string {
  return `Imported ${plural(created, 'new vendor')}, updated ${updated}, skipped ${skipped}.`;
}

/** Import vendors from a CSV, Excel or OpenDocument file: pick, check and map the columns, then run with progress. */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const { data: info } = useQuery(read('app.info', {}));
  const [state, setState] = useState<Step>({ step: 'pick' });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  const job = useJob();
  const previewRequest = useRef(0);
  const reviewRequest = useRef(0);
  // Not `busy`: that disables the inputs, and the cell being fixed would lose the focus while the core checks it.
  const [checking, setChecking] = useState(false);

  /**
   * Reads the file (again) with a mapping; answers that arrive after a newer request are dropped. Edits are kept
   * only where asked (the same file and mapping read again after a failed import): they name rows of this reading.
   */
  const loadPreview = async (file: FileRef, mapping?: ColumnMapping, keep: ImportEdits = NO_EDITS) => {
    const request = ++previewRequest.current;
    reviewRequest.current += 1;
    setBusy('Checking the file…');
    setError(null);
    try {
      const preview = await call('vendors.importPreview', mapping ? { file, mapping } : { file });
      if (request !== previewRequest.current) return;
      setState({ step: 'preview', file, preview, edits: NO_EDITS, review: preview.review });
      if (hasEdits(keep)) void reviewEdits(file, preview, keep);
    } catch (e) {
      if (request === previewRequest.current) setError(errorMessage(e));
    } finally {
      if (request === previewRequest.current) setBusy(null);
    }
  };

  /** The core checks the edited rows again; the newest answer wins, and a failed check leaves the last answer shown. */
  const reviewEdits = async (file: FileRef, preview: Preview, edits: ImportEdits) => {
    const request = ++reviewRequest.current;
    setState((s) => (s.step === 'preview' && s.preview === preview ? { ...s, edits } : s));
    setChecking(true);
    try {
      const review = await call('vendors.importReview', { file, mapping: preview.mapping, edits });
      if (request === reviewRequest.current) setState((s) => (s.step === 'preview' && s.preview === preview ? { ...s, review } : s));
    } catch (e) {
      if (request === reviewRequest.current) setError(errorMessage(e));
    } finally {
      if (request === reviewRequest.current) setChecking(false);
    }
  };

  const stateRef = useRef(state);
  stateRef.current = state;
  /** Stable, so that the rows (memo) re-render only when their own state changes. */
  const editRow = useCallback((change: (edits: ImportEdits) => ImportEdits) => {
    const s = stateRef.current;
    if (s.step !== 'preview') return;
    setError(null);
    // reviewEdits of the first render serves: it reads only refs, setters and the arguments it is given.
    void reviewEdits(s.file, s.preview, change(s.edits));
  }, []);
  const applyRow = useCallback((row: number, cells: ImportCells) => editRow((e) => withCorrection(e, row, cells)), [editRow]);
  const skipRow = useCallback((row: number, skipped: boolean) => editRow((e) => withSkipped(e, row, skipped)), [editRow]);

  const pickFile = async () => {
    setError(null);
    try {
      const file = await bridge().openFile({ title: 'Import vendors', extensions: FILE_TYPES });
      if (file) await loadPreview(file);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const runImport = async (file: FileRef, mapping: ColumnMapping, edits: ImportEdits) => {
    setError(null);
    setState({ step: 'running' });
    try {
      const result = await job.start((jobId) =>
        call('vendors.importRun', { file, mapping, onDuplicate, ...(hasEdits(edits) ? { edits } : {}), jobId }),
      );
      setState({ step: 'done', result });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'cancelled') {
        setState({ step: 'done', result: null });
      } else {
        // Imports are all-or-nothing, so after a failure the file is simply checked again, and the reason shown.
        await loadPreview(file, mapping, edits);
        setError(errorMessage(e));
      }
    }
  };

  const cancelImport = async () => {
    try {
      await job.cancel();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const running = state.step === 'running';
  const preview = state.step === 'preview' ? state.preview : null;
  const review = state.step === 'preview' ? state.review : null;
  const blocked = !preview || !review || review.problemCount > 0 || preview.rowCount === 0 || busy !== null || checking;
  const included = preview && review ? preview.rowCount - review.counts.skipped : 0;

  const footer = (() => {
    switch (state.step) {
      case 'pick':
        return (
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        );
      case 'preview':
        return (
          <>
            {/* The counts stay in sight while the rows to fix scroll. */}
            {review && preview && preview.badRows.length > 0 && <span className="footer-counts muted">{countsInWords(review, onDuplicate)}</span>}
            {blocked && preview && busy === null && !checking && (
              <span className="footer-note">
                {preview.rowCount === 0 ? 'This file has no vendor rows.' : 'Nothing will be imported until the problems are fixed or their rows skipped.'}
              </span>
            )}
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={blocked}
              onClick={() => void runImport(state.file, state.preview.mapping, state.edits)}
            >
              Import {plural(included, 'vendor')}
            </button>
          </>
        );
      case 'running':
        return (
          <CancelJobButton job={job} label="Cancel import" onCancel={() => void cancelImport()} />
        );
      case 'done':
        return (
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
            Done
          </button>
        );
    }
  })();

  return (
    <Dialog title="Import vendors" onClose={onClose} footer={footer} wide={state.step === 'preview'} closable={!running}>
      {error && (
        <Alert tone="error" title="The file could not be imported">
          <p>{error}</p>
        </Alert>
      )}

      {state.step === 'pick' && (
        <div className="import-pick">
          <div className="import-pick-icon">
            <Icon name="file" size={28} />
          </div>
          <p>
            Choose a <strong>CSV</strong>, <strong>Excel (.xlsx)</strong> or <strong>OpenDocument (.ods)</strong> file with one vendor per row and a heading row
            on top. You will see how Vetter reads it before anything is imported.
          </p>
          <p className="muted">
            Headings such as name, aliases, country, parent, services, data_shared, criticality, owner, contract_start,
            contract_end and annual_spend are recognised.
          </p>
          <button type="button" className="btn btn-primary" onClick={() => void pickFile()} disabled={busy !== null} autoFocus>
            {busy ? <Spinner label={busy} /> : <Icon name="upload" />}
            {busy ?? 'Choose a file…'}
          </button>
        </div>
      )}

      {state.step === 'preview' && (
        <>
          <div className="import-file">
            <Icon name="file" size={18} />
            <div className="import-file-name">
              <strong>{state.preview.fileName}</strong>
              <span className="muted">{plural(state.preview.rowCount, 'vendor row')}</span>
            </div>
            {busy && <Spinner label={busy} visibleLabel />}
            <div className="import-file-actions">
              {/* Only the desktop app reads the file from disk again; the browser holds an uploaded copy. */}
              {info?.host === 'electron' && (
                <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void loadPreview(state.file)}>
                  Re-check file
                </button>
              )}
              <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void pickFile()}>
                Choose another file…
              </button>
            </div>
          </div>
          <ImportPreview
            key={state.preview.fileName + previewRequest.current}
            preview={state.preview}
            review={state.review}
            edits={state.edits}
            onMappingChange={(mapping) => void loadPreview(state.file, mapping)}
            onDuplicate={onDuplicate}
            onDuplicateChange={setOnDuplicate}
            onApply={applyRow}
            onSkip={skipRow}
            disabled={busy !== null}
          />
        </>
      )}

      {state.step === 'running' && (
        <div className="import-running">
          <JobProgress job={job} startLabel="Starting the import…" />
          <p className="muted">
            Vendors are saved all at once at the end, so if you cancel, nothing is changed.
          </p>
        </div>
      )}

      {state.step === 'done' &&
        (state.result ? (
          <div className="import-done">
            <ProgressBar label="Import complete" done={1} total={1} />
            <Alert tone="success" title={resultSummary(state.result)}>
              <p>They are in your vendor list now, and the import is recorded in the audit log under your name.</p>
            </Alert>
          </div>
        ) : (
          <Alert tone="info" title="Import cancelled — nothing was changed">
            <p>Your vendor list is exactly as it was before the import.</p>
          </Alert>
        ))}
    </Dialog>
  );
}
