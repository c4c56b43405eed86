import type { ReportSummary } from '../../../electron/core/contract';
import { call } from '../api';
import { errorMessage } from '../api-error';
import { formatDateTime } from '../lib/format';
import { routeHref } from '../lib/router';
import { useJobDialog } from '../lib/useJob';
import { Alert } from '../ui/Alert';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { CancelJobButton, JobProgress } from '../ui/JobProgress';
import { useToast } from '../ui/Toasts';
import { ReportActions } from './ReportActions';
import { useSigningKey } from './SigningKey';

/** A vendor's audit report, or the portfolio report over every vendor. */
type ReportSubject = { kind: 'vendor'; vendorId: string } | { kind: 'portfolio' };

const WORDING = {
  vendor: {
    button: 'Generate audit report',
    hint: 'Make a PDF audit report of this vendor: designations, allegations, criteria, score and sign-off',
    running:
      'Vetter gathers the vendor’s screening results, allegations, assessment and score, lays them out and prints a PDF.',
  },
  portfolio: {
    button: 'Generate portfolio report',
    hint: 'Make a PDF report of every vendor: tiers, the heat map, the ranking and what changed since the last one',
    running: 'Vetter scores every vendor, lays out the tiers, the heat map and the ranking, and prints a PDF.',
  },
} as const;

/**
 * "Generate audit report" (or "Generate portfolio report"): a long job with the core's phases on a progress bar and
 * Cancel, then the new report's id with Open and Save PDF….
 */
export function GenerateReport({
  subject,
  disabled = false,
  disabledHint,
}: {
  subject: ReportSubject;
  disabled?: boolean;
  disabledHint?: string;
}) {
  const { job, state, running, run: runJob, cancel, close } = useJobDialog<ReportSummary>();
  const toast = useToast();
  const signing = useSigningKey();
  const words = WORDING[subject.kind];
  const run = async () => {
    // The report is signed by whoever makes it: their key is unlocked first (asked once a session).
    try {
      if (!(await signing.ensureUnlocked())) return;
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
      return;
    }
    await runJob((jobId) => (subject.kind === 'vendor' ? call('reports.vendor', { vendorId: subject.vendorId, jobId }) : call('reports.portfolio', { jobId })));
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => void run()} disabled={disabled || running} title={disabled ? disabledHint : words.hint}>
        <Icon name="file" />
        {words.button}
      </button>
      {signing.dialog}
      {state && (
        <Dialog
          title={state.step === 'done' ? 'Report ready' : words.button}
          onClose={close}
          closable={!running}
          footer={
            running ? (
              <CancelJobButton job={job} label="Cancel report" onCancel={() => void cancel()} />
            ) : (
              <button type="button" className="btn btn-primary" onClick={close} autoFocus>
                Done
              </button>
            )
          }
        >
          {state.step === 'running' && (
            <div className="import-running">
              <JobProgress job={job} startLabel="Starting the report…" />
              <p className="muted">{words.running}</p>
            </div>
          )}
          {state.step === 'done' && <ReportReady report={state.result} />}
          {state.step === 'cancelled' && (
            <Alert tone="info" title="Report cancelled">
              <p>Nothing was kept. Generate it again when you are ready.</p>
            </Alert>
          )}
          {state.step === 'failed' && (
            <Alert tone="error" title="The report was not generated">
              <p>{state.error}</p>
            </Alert>
          )}
        </Dialog>
      )}
    </>
  );
}

function ReportReady({ report }: { report: ReportSummary }) {
  return (
    <div className="report-ready">
      <Alert tone="success" title={`Report ${report.id} is ready`}>
        <p>
          {report.kind === 'vendor' ? `Audit report on ${report.subject}` : 'Portfolio report'}, generated {formatDateTime(report.generatedAt)} by{' '}
          {report.generatedBy}.
        </p>
      </Alert>
      <ReportActions report={report} />
      <p className="muted">
        Vetter keeps this PDF exactly as generated. Anyone can check that a copy is unaltered with “Verify a report…” on the{' '}
        <a href={routeHref({ page: 'reports' })}>Reports</a> page.
      </p>
    </div>
  );
}
