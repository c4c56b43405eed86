import { useId, useState } from 'react';
import type { FileRef, Output } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { formatCount, formatDate } from '../lib/format';
import { formatAge, shortHash, versionSource } from '../screening/screening';
import { useJob } from '../lib/useJob';
import { Alert } from '../ui/Alert';
import { type CustomListImport, CustomListForm, type CustomListPreview } from './CustomListForm';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { CancelJobButton, JobProgress } from '../ui/JobProgress';
import { Spinner } from '../ui/Spinner';
import { WhatChanged } from '../screening/WhatChanged';

type ImportResult = Output<'lists.import'>;
type Source = 'published' | 'custom';

type MappingStep = { step: 'mapping'; file: FileRef; preview: CustomListPreview; errors: Record<string, string>; error: string | null };

type Custom = { list: CustomListImport; form: MappingStep };

type Step =
  | MappingStep
  | { step: 'running'; files: FileRef[] }
  | { step: 'confirm'; files: FileRef[]; custom?: Custom; listName: string; concerns: string[] }
  | { step: 'done'; result: ImportResult }
  | { step: 'cancelled' }
  | { step: 'failed'; source: Source; error: ApiError | string };

/** The formats Vetter reads a published list from (it tells them apart by content, never by name). */
const LIST_FILE_TYPES = ['csv', 'txt', 'ods', 'xml', 'json'];

/** Where a bad file went wrong, when the core says so beside its message. */
const PLACE_KEYS: [string, string][] = [
  ['file', 'File'],
  ['line', 'Line'],
  ['column', 'Column'],
];

/**
 * "Import list file(s)…" and "Custom list…": pick the files, import them with progress and Cancel (the import
 * reads, stores, then screens every vendor again), and show the version stored, its warnings and what changed.
 */
export function ListImport() {
  const job = useJob();
  const [state, setState] = useState<Step | null>(null);
  const [picking, setPicking] = useState<Source | null>(null);
  const formId = useId();

  /** Imports; a custom list whose details the core refuses goes back to its form, each problem under its field. */
  const runImport = async (files: FileRef[], custom?: Custom, confirmed = false) => {
    setState({ step: 'running', files });
    try {
      const result = await job.start((jobId) => call('lists.import', { files, jobId, ...(custom && { custom: custom.list }), ...(confirmed && { confirmed }) }));
      setState({ step: 'done', result });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'cancelled') {
        setState({ step: 'cancelled' });
      } else if (e instanceof ApiError && e.code === 'conflict' && e.details.confirm === 'required') {
        // Fewer entries than the list in use, a sub-list gone, a partial file: the user decides, with the numbers.
        setState({ step: 'confirm', files, custom, listName: e.details.listName ?? 'list', concerns: (e.details.concerns ?? e.message).split('\n') });
      } else if (custom && e instanceof ApiError && e.code === 'invalid_input') {
        const errors = Object.fromEntries(Object.entries(e.details).map(([path, message]) => [path.replace(/^custom\./, ''), message]));
        setState({ ...custom.form, errors, error: e.message });
      } else {
        setState({ step: 'failed', source: custom ? 'custom' : 'published', error: e instanceof ApiError ? e : errorMessage(e) });
      }
    }
  };

  /** Published lists are imported as soon as they are picked; a custom list first goes to the column mapping. */
  const pick = async (source: Source) => {
    setPicking(source);
    let files: FileRef[] = [];
    try {
      if (source === 'published') {
        files = await bridge().openFiles({ title: 'Import designation list files', extensions: LIST_FILE_TYPES });
      } else {
        const file = await bridge().openFile({ title: 'Import a custom list', extensions: ['csv'] });
        if (file) {
          const preview = await call('lists.customPreview', { file });
          setState({ step: 'mapping', file, preview, errors: {}, error: null });
        }
      }
    } catch (e) {
      setState({ step: 'failed', source, error: e instanceof ApiError ? e : errorMessage(e) });
    } finally {
      setPicking(null);
    }
    if (files.length > 0) await runImport(files);
  };

  const cancel = async () => {
    try {
      await job.cancel();
    } catch (e) {
      setState({ step: 'failed', source: 'published', error: errorMessage(e) });
    }
  };

  const close = () => setState(null);
  const running = state?.step === 'running';

  const footer = (() => {
    switch (state?.step) {
      case undefined:
        return null;
      case 'mapping':
        return (
          <>
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button type="submit" form={formId} className="btn btn-primary">
              Import list
            </button>
          </>
        );
      case 'running':
        return (
          <CancelJobButton job={job} label="Cancel import" onCancel={() => void cancel()} />
        );
      case 'confirm':
        return (
          <>
            <button type="button" className="btn" onClick={close} autoFocus>
              Do not import
            </button>
            <button type="button" className="btn btn-danger-quiet" onClick={() => void runImport(state.files, state.custom, true)}>
              Import anyway
            </button>
          </>
        );
      case 'failed':
        return (
          <>
            <button type="button" className="btn" onClick={close}>
              Close
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void pick(state.source)} disabled={picking !== null}>
              {state.source === 'custom' ? 'Choose another file…' : 'Choose other files…'}
            </button>
          </>
        );
      default:
        return (
          <button type="button" className="btn btn-primary" onClick={close} autoFocus>
            Done
          </button>
        );
    }
  })();

  return (
    <>
      <button type="button" className="btn" onClick={() => void pick('custom')} disabled={picking !== null || running}>
        {picking === 'custom' ? <Spinner label="Reading the file…" /> : <Icon name="file" />}
        Custom list…
      </button>
      <button type="button" className="btn btn-primary" onClick={() => void pick('published')} disabled={picking !== null || running}>
        {picking === 'published' ? <Spinner label="Opening the files…" /> : <Icon name="upload" />}
        Import list file(s)…
      </button>
      {state && (
        <Dialog
          title={state.step === 'mapping' ? 'Import a custom list' : 'Import a designation list'}
          onClose={close}
          closable={!running}
          wide={state.step === 'mapping' || state.step === 'done'}
          footer={footer}
        >
          {state.step === 'mapping' && (
            <>
              {state.error && (
                <Alert tone="error" title="The list was not imported">
                  <p>{state.error}</p>
                </Alert>
              )}
              <CustomListForm
                formId={formId}
                fileName={state.file.name}
                preview={state.preview}
                errors={state.errors}
                onSubmit={(list) => void runImport([state.file], { list, form: state })}
              />
            </>
          )}
          {state.step === 'running' && (
            <div className="import-running">
              <p>
                <strong>{state.files.map((f) => f.name).join(', ')}</strong>
              </p>
              <JobProgress job={job} startLabel="Starting the import…" />
              <p className="muted">The list is read and checked, stored as a new version, then every vendor is screened against it.</p>
            </div>
          )}
          {state.step === 'confirm' && (
            <Alert tone="warning" title={`This may not be the whole ${state.listName}`}>
              <p>
                <strong>{state.files.map((f) => f.name).join(', ')}</strong>
              </p>
              <ul className="plain-list">
                {state.concerns.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              <p>
                Nothing was imported. A download cut short or a file missing a part would make vendors look clear that are
                not: download the list again. Import it anyway only if you are sure this is what the publisher offers; the
                list is then marked as partial wherever results show.
              </p>
            </Alert>
          )}
          {state.step === 'done' && <ImportOutcome result={state.result} />}
          {state.step === 'cancelled' && (
            <Alert tone="info" title="Import cancelled before it finished">
              <p>
                If it was cancelled while the vendors were being screened, the new version of the list is already stored: choose
                Screen all vendors to bring every result up to date.
              </p>
            </Alert>
          )}
          {state.step === 'failed' && <ImportFailure error={state.error} />}
        </Dialog>
      )}
    </>
  );
}

/** The version stored (or that nothing changed), what to check in it, and what the new screening found. */
function ImportOutcome({ result }: { result: ImportResult }) {
  const { version, unchanged, run } = result;
  const facts = `As of ${version.asOf ? formatDate(version.asOf) : 'an unknown date'}: ${formatCount(version.entryCount)} entries (SHA-256 ${shortHash(version.sha256)}).`;
  return (
    <div className="import-done">
      {unchanged ? (
        <Alert tone="info" title="This exact file was already imported; nothing changed">
          <p>{version.listName}.</p>
          <p>
            {facts} {versionSource(version)}. The vendors were not screened again.
          </p>
        </Alert>
      ) : (
        <Alert tone="success" title={`Imported ${version.listName}`}>
          <p>{facts} It is the version in use now; the previous one is kept in the list’s history.</p>
        </Alert>
      )}
      {version.warnings.length > 0 && (
        <Alert tone="warning" title="Please check">
          <ul className="plain-list">
            {version.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      {version.stale && (
        <Alert tone="warning" title={`This list is ${formatAge(version.ageDays).toLowerCase()}`}>
          <p>It is older than the limit set in Settings, so it is marked stale. Newer designations and removals are missing.</p>
        </Alert>
      )}
      {run && (
        <section className="import-changes" aria-labelledby="import-changes-title">
          <h3 id="import-changes-title">What changed for your vendors</h3>
          <WhatChanged run={run} nested />
        </section>
      )}
    </div>
  );
}

/** A file Vetter could not read: the core's message names the file, line and column, and says what to do. */
function ImportFailure({ error }: { error: ApiError | string }) {
  const message = typeof error === 'string' ? error : error.message;
  const place = typeof error === 'string' ? [] : PLACE_KEYS.filter(([key]) => error.details[key]);
  return (
    <Alert tone="error" title="The list was not imported">
      <p className="import-error-message">{message}</p>
      {place.length > 0 && typeof error !== 'string' && (
        <dl className="error-place">
          {place.map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{error.details[key]}</dd>
            </div>
          ))}
        </dl>
      )}
    </Alert>
  );
}
