import { useState } from 'react';
import type { WorkItem } from '../../../electron/core/contract';
import { bridge, call } from '../api';
import { hostErrorMessage } from '../api-error';
import { formatDate, plural } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { routeHref } from '../lib/router';
import { Alert } from '../ui/Alert';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { PageTitle } from '../ui/PageTitle';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';

const GROUPS: { when: WorkItem['when']; title: string; hint: string }[] = [
  { when: 'overdue', title: 'Overdue', hint: 'Past their date, or waiting too long.' },
  { when: 'soon', title: 'Now and within 30 days', hint: 'To do now, or falling due within the month.' },
  { when: 'later', title: 'Coming up', hint: 'Within 90 days, and questionnaires the vendors still have.' },
];

/** Where to act on an item: its vendor's page, or the Lists page. */
const hrefOf = (item: WorkItem): string => (item.vendorId ? routeHref({ page: 'vendor', id: item.vendorId, editing: false }) : routeHref({ page: 'lists' }));

/**
 * "My work": what needs doing, most pressing first (overdue re-assessments and contracts, questionnaires to chase,
 * returned answers and screening hits to decide, lists to update), each with its date and a link to where to act.
 * The dates go to a calendar as an .ics file.
 */
export function MyWorkPage() {
  const queue = useQuery(read('work.queue', {}));
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const data = queue.data;

  const saveCalendar = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const { saved } = await bridge().saveFile(await call('work.calendar', {}));
      if (saved) toast({ tone: 'success', message: 'Calendar saved: open it with your calendar app to add the dates.' });
    } catch (e) {
      setSaveError(hostErrorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <PageTitle windowTitle="My work">My work</PageTitle>
          <p className="page-subtitle">
            {data
              ? data.items.length === 0
                ? 'Nothing is waiting.'
                : `${plural(data.counts.overdue, 'item')} overdue, ${data.counts.soon} now or within 30 days, ${data.counts.later} coming up.`
              : 'Re-assessments, contract renewals, questionnaires, hits to review and lists to update.'}
          </p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="btn"
            onClick={() => void saveCalendar()}
            disabled={saving}
            title="Save every re-assessment date, contract end and questionnaire follow-up as a calendar file (.ics)"
          >
            {saving ? <Spinner label="Writing the calendar…" /> : <Icon name="calendar" />}
            Add dates to calendar…
          </button>
        </div>
      </header>

      {saveError && (
        <Alert tone="error" title="The calendar was not saved">
          <p>{saveError}</p>
        </Alert>
      )}
      {queue.error && <Alert tone="error">{queue.error}</Alert>}
      {!data && !queue.error && (
        <div className="page-loading">
          <Spinner label="Loading your work…" visibleLabel />
        </div>
      )}

      {data && data.items.length === 0 && (
        <EmptyState
          icon="check"
          title="Nothing needs you now"
          actions={
            <a className="btn" href={routeHref({ page: 'vendors' })}>
              Go to the vendors
            </a>
          }
        >
          <p>
            Re-assessments and contract renewals due within 90 days, questionnaires sent and not returned, answers and screening hits waiting for a
            decision, and lists that are out of date or incomplete appear here, most pressing first. Set a vendor’s contract end on its page, and a
            re-assessment date when you approve its assessment.
          </p>
        </EmptyState>
      )}

      {data &&
        GROUPS.map(({ when, title, hint }) => {
          const items = data.items.filter((i) => i.when === when);
          if (items.length === 0) return null;
          const id = `work-${when}-title`;
          return (
            <section key={when} className={`card work-group work-${when}`} aria-labelledby={id}>
              <div className="card-header">
                <h2 id={id}>{title}</h2>
                <span className="muted">{plural(items.length, 'item')}</span>
              </div>
              <p className="section-hint">{hint}</p>
              <table className="data-table work-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="work-date">
                      Date
                    </th>
                    <th scope="col" className="work-what">
                      What
                    </th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={`${item.kind} ${item.vendorId ?? item.listKey} ${item.title}`}>
                      <td className="nowrap">{item.date ? formatDate(item.date) : <span className="muted">No date</span>}</td>
                      <th scope="row">
                        <a href={hrefOf(item)}>{item.title}</a>
                      </th>
                      <td>{item.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
    </div>
  );
}
