import { useId, useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../api-error';
import type { Allegation } from '../../../electron/core/contract';
import { CREDIBILITY_LABELS } from './allegations';
import { copyText } from '../lib/clipboard';
import { formatDate, formatDateTime } from '../lib/format';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/Toasts';
import { VisibleText } from '../ui/VisibleText';

/** A credibility rating as five marks and words: "3 of 5 · Plausible". */
function Credibility({ value }: { value: number }) {
  return (
    <span className="credibility" title="The analyst’s rating of the source, 1 (very weak) to 5 (very strong)">
      <span className="credibility-marks" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} className={n <= value ? 'is-on' : undefined} />
        ))}
      </span>
      Credibility {value} of 5 · {CREDIBILITY_LABELS[value] ?? 'unrated'}
    </span>
  );
}

/**
 * One allegation, worded as a claim: its source, status (with the dated history), the claims (alleged), the
 * vendor's response and the analyst's credibility rating. The address is text, never a link.
 */
export function AllegationCard({ allegation: a, onEdit, onDelete, onAddSource }: { allegation: Allegation; onEdit: () => void; onDelete: () => void; onAddSource: () => void }) {
  const toast = useToast();
  const titleId = useId();
  const since = a.statusHistory.at(-1)?.date;

  const copyLink = async () => {
    if (!a.url) return;
    const copied = await copyText(a.url);
    toast(copied ? { tone: 'success', message: 'Link copied. Vetter does not open it: paste it in a browser if you need to.' } : { tone: 'error', message: 'Could not copy the link; select it and copy it instead.' });
  };

  return (
    <article className={`allegation-card allegation-${a.status.replace(/ /g, '-')}`} aria-labelledby={titleId}>
      <header className="allegation-header">
        <div className="allegation-source">
          <p className="allegation-kicker">Allegation · not established fact</p>
          <h3 id={titleId}>
            <VisibleText text={a.sourceTitle} />
          </h3>
          <p className="muted">
            {a.publisher} · {a.sourceType} · published {formatDate(a.publishedAt)}
          </p>
        </div>
        <div className="allegation-standing">
          <span className={`badge badge-allegation badge-allegation-${a.status.replace(/ /g, '-')}`}>{a.status}</span>
          {since && <span className="muted">since {formatDate(since)}</span>}
          <Credibility value={a.credibility} />
        </div>
      </header>

      {a.appliesVia === 'parent' && (
        <p className="allegation-via">
          <span className="tag-via-parent">via parent</span>
          <span>
            Made against{' '}
            <strong>
              <VisibleText text={a.subjectName} />
            </strong>
            , this vendor’s parent company; it reaches this vendor through the parent link.
          </span>
        </p>
      )}

      <div className="allegation-claims">
        <h4>What the source alleges</h4>
        <ul className="plain-list">
          {a.claims.map((c, i) => (
            // Claims are a plain list in the record: position is their identity.
            <li key={i}>
              <span className="chip claim-category">{c.category}</span> <span className="claim-text">Alleged: {c.text}</span>
            </li>
          ))}
        </ul>
      </div>

      <Sources allegation={a} />

      <dl className="allegation-facts">
        <div>
          <dt>Status history</dt>
          <dd>
            <ol className="plain-list status-history">
              {a.statusHistory.map((h) => (
                <li key={`${h.recordedAt}:${h.status}`}>
                  <strong>{formatDate(h.date)}</strong>: {h.status}{' '}
                  <span className="muted">
                    — recorded by {h.recordedBy}, {formatDateTime(h.recordedAt)}
                  </span>
                </li>
              ))}
            </ol>
          </dd>
        </div>
        <div>
          <dt>Vendor’s response</dt>
          <dd>{a.vendorResponse ?? <span className="muted">None recorded</span>}</dd>
        </div>
        <div>
          <dt>Why credibility {a.credibility}</dt>
          <dd>{a.credibilityRationale}</dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd className="allegation-url">
            {a.url ? (
              <>
                <span className="selectable">{a.url}</span>
                <button type="button" className="btn btn-small" onClick={() => void copyLink()}>
                  <Icon name="copy" />
                  Copy link
                </button>
              </>
            ) : (
              <span className="muted">None recorded</span>
            )}
          </dd>
        </div>
      </dl>

      <footer className="allegation-footer">
        <span className="muted">
          Recorded by {a.createdBy}, {formatDateTime(a.createdAt)}
          {a.updatedAt !== a.createdAt && ` · last changed ${formatDateTime(a.updatedAt)}`}
        </span>
        <button type="button" className="btn btn-small" onClick={onAddSource}>
          <Icon name="plus" />
          Add a source…
        </button>
        <button type="button" className="btn btn-small" onClick={onEdit}>
          <Icon name="pencil" />
          Edit…
        </button>
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={onDelete}>
          <Icon name="trash" />
          Delete…
        </button>
      </footer>
    </article>
  );
}

/** Every report of the event: the one it was recorded with, then the others, each with who added it; further ones can be taken off. */
function Sources({ allegation: a }: { allegation: Allegation }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const publishers = new Set(a.sources.map((s) => s.publisher.trim().toLowerCase()));
  const takeOff = async (source: Allegation['sources'][number]) => {
    setBusy(true);
    try {
      await call('allegations.removeSource', { allegationId: a.id, sourceId: source.id });
      toast({ tone: 'success', message: `Took "${source.sourceTitle}" off; the audit log keeps it` });
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="allegation-sources">
      <h4>
        Sources ({a.sources.length}){' '}
        <span className="muted">
          · {publishers.size === 1 ? 'one publisher' : `${publishers.size} independent publishers`}
        </span>
      </h4>
      <ol className="plain-list source-list">
        {a.sources.map((s) => (
          <li key={s.id}>
            <strong>{s.publisher}</strong> · {s.sourceType} · {formatDate(s.publishedAt)}
            {s.position > 1 && (
              <button type="button" className="btn btn-small btn-danger-quiet source-off" onClick={() => void takeOff(s)} disabled={busy}>
                Take off
              </button>
            )}
            <br />
            <VisibleText text={s.sourceTitle} />
            {s.url && <span className="muted selectable"> · {s.url}</span>}
            {s.evidence && <p className="source-evidence">{s.evidence}</p>}
            <span className="muted"> — added by {s.addedBy}, {formatDateTime(s.addedAt)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
