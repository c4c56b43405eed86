import { useState } from 'react';
import type { ReportSummary } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { hostErrorMessage } from '../api-error';
import { Icon } from '../ui/Icon';
import { MenuButton } from '../ui/MenuButton';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { ReportSignatures } from './ReportSignatures';

type Format = 'pdf' | 'json' | 'csv';

const SAVED: Record<Format, string> = { pdf: 'Saved the PDF as', json: 'Exported the report data to', csv: 'Exported the report table to' };

/**
 * What can be done with a kept report: open its PDF, save the PDF exactly as kept (so it verifies), or export its
 * data as JSON or its main table as CSV. Problems are shown as toasts in the core's or the host's own words.
 */
export function ReportActions({ report }: { report: ReportSummary }) {
  const toast = useToast();
  const [busy, setBusy] = useState<'open' | Format | null>(null);

  const run = async (action: 'open' | Format, work: () => Promise<void>) => {
    setBusy(action);
    try {
      await work();
    } catch (e) {
      toast({ tone: 'error', message: hostErrorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  const open = () => run('open', () => bridge().openReport(report.id));

  const save = (format: Format) =>
    run(format, async () => {
      const file = await call('reports.export', { id: report.id, format });
      const { saved } = await bridge().saveFile(file);
      if (saved) toast({ tone: 'success', message: `${SAVED[format]} ${file.fileName}` });
    });

  const table = report.kind === 'vendor' ? 'score factors' : 'vendor ranking';
  return (
    <div className="report-actions">
      <button type="button" className="btn btn-small" onClick={() => void open()} disabled={busy !== null} aria-label={`Open ${report.id}`}>
        {busy === 'open' ? <Spinner label="Opening…" /> : <Icon name="external" />}
        Open
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void save('pdf')}
        disabled={busy !== null}
        aria-label={`Save PDF of ${report.id}…`}
        title="Save the PDF exactly as it was generated: a copy that Verify a report accepts"
      >
        {busy === 'pdf' ? <Spinner label="Saving…" /> : <Icon name="download" />}
        Save PDF…
      </button>
      <ReportSignatures report={report} />
      <MenuButton
        small
        label="Export"
        ariaLabel={`Export the data of ${report.id}`}
        disabled={busy !== null}
        items={[
          { label: 'Report data (JSON)', hint: '.json', onSelect: () => void save('json') },
          { label: `Table of ${table} (CSV)`, hint: '.csv', onSelect: () => void save('csv') },
        ]}
      />
    </div>
  );
}
