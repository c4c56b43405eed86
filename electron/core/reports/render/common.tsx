// Parts both reports share: sections, tier badges, the methodology and the data provenance.
import type { ReactNode } from 'react';
import type { Tier } from '../../scoring/types';
import type { AuditCheckpoint } from '../../audit/model';
import type { ReportSigner } from '../../signing/model';
import type { MethodologySummary, ProvenanceEntry } from '../model';
import { day, dateTime, plural } from './format';

export function Section({ title, children, pageBreak = false }: { title: string; children: ReactNode; pageBreak?: boolean }) {
  return (
    <section className={pageBreak ? 'page-break' : undefined}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** What an empty section says, in words. */
export const Empty = ({ children }: { children: ReactNode }) => <p className="empty">{children}</p>;

export const TierBadge = ({ tier }: { tier: Tier }) => <span className={`badge tier-${tier}`}>{tier}</span>;

/** A two-column table of labels and values. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <table className="facts">
      <tbody>
        {rows.map(([label, value], i) => (
          <tr key={i}>
            <td>{label}</td>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Whose digital signature the PDF carries, as its sign-off prints it: a certificate Vetter made says so. */
export function signatureLine(signature: ReportSigner | null | undefined): string {
  if (!signature) return 'None: this copy of Vetter could not unlock a signing key, so the PDF is not signed';
  const certificate = signature.selfSigned ? 'a self-signed certificate Vetter made for them (not issued by your company)' : 'a certificate issued to them';
  return `${signature.name} (${signature.login}), with ${certificate}, SHA-256 ${signature.fingerprint}; a PDF reader's Signatures panel shows it`;
}

/** The audit checkpoint a report was made under, as its sign-off prints it. */
export function checkpointLine(checkpoint: AuditCheckpoint | null | undefined): string {
  if (!checkpoint) return 'None: the report was kept unsigned';
  return `Audit checkpoint #${checkpoint.seq}, head ${checkpoint.headHash}, signed by ${checkpoint.signerName} ${dateTime(checkpoint.signedAt)}`;
}

export function MethodologySection({ methodology }: { methodology: MethodologySummary }) {
  return (
    <Section title="Methodology">
      <p>
        Scores were computed with methodology <strong>{methodology.name}</strong> ({methodology.id}), version{' '}
        <strong>{methodology.version}</strong>. Every parameter that sets a number is listed; a changed methodology is a
        new version, and older reports keep theirs.
      </p>
      <Facts rows={[['Methodology', `${methodology.id} version ${methodology.version}`], ...methodology.parameters.map((p): [string, ReactNode] => [p.label, p.value])]} />
    </Section>
  );
}

/** Says plainly when any list is partial or stale, and louder when the bundled snapshot is. */
export function StaleNotice({ provenance }: { provenance: ProvenanceEntry[] }) {
  const stale = provenance.filter((p) => p.stale);
  const partial = provenance.filter((p) => !p.complete);
  if (stale.length === 0 && partial.length === 0) return null;
  const bundled = stale.filter((p) => p.bundled);
  return (
    <div className="notice">
      {partial.length > 0 && (
        <p>
          <strong>
            Partial data: {plural(partial.length, 'list')} of {provenance.length} {partial.length === 1 ? 'is' : 'are'} not the whole list
          </strong>{' '}
          ({partial.map((p) => p.listName).join('; ')}): a company missing from {partial.length === 1 ? 'it' : 'them'} may still be listed. What each
          lacks is under "Data provenance".
        </p>
      )}
      {stale.length > 0 && (
        <p>
          <strong>
            Stale data: {plural(stale.length, 'list')} of {provenance.length} {stale.length === 1 ? 'is' : 'are'} older than the staleness threshold:
          </strong>{' '}
          designations and removals since {stale.length === 1 ? 'its date are' : 'their dates are'} not in {stale.length === 1 ? 'it' : 'them'}.{' '}
          {bundled.length > 0 && (
            <>
              {bundled.length === provenance.length ? 'All lists come' : `${plural(bundled.length, 'list')} ${bundled.length === 1 ? 'comes' : 'come'}`} from the
              snapshot bundled with Vetter, which is old public data (oldest as of {day(oldest(bundled))}): it must not be relied on for
              current screening decisions. Import the current lists and generate this report again.
            </>
          )}
        </p>
      )}
    </div>
  );
}

const oldest = (entries: ProvenanceEntry[]): string | null =>
  entries.map((e) => e.asOf).filter((d): d is string => d !== null).sort()[0] ?? null;

/** `staleNotice` is off where a section of its own already warns about stale lists. */
/** A table's column widths and header row (numbers right-aligned), written once for every report table. */
export function TableHead({ columns }: { columns: { label: string; width: string; num?: boolean }[] }) {
  return (
    <>
      <colgroup>
        {columns.map((c, i) => (
          <col key={i} style={{ width: c.width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} className={c.num ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

export function ProvenanceSection({ provenance, staleNotice = true }: { provenance: ProvenanceEntry[]; staleNotice?: boolean }) {
  return (
    <Section title="Data provenance">
      <p>Every designation list version behind this report, as imported. The SHA-256 is over the imported files.</p>
      {staleNotice && <StaleNotice provenance={provenance} />}
      {provenance.length === 0 ? (
        <Empty>No designation lists were used: no vendor was screened.</Empty>
      ) : (
        <table>
          <TableHead columns={[{ label: 'List and publisher', width: '23%' }, { label: 'As of', width: '14%' }, { label: 'Entries', width: '9%', num: true }, { label: 'Imported', width: '21%' }, { label: 'SHA-256', width: '33%' }]} />
          <tbody>
            {provenance.map((p) => (
              <tr key={`${p.listName}|${p.sha256}`}>
                <td>
                  <strong>{p.listName}</strong>
                  <div className="small muted">
                    {p.publisher} · {p.format}
                  </div>
                </td>
                <td>
                  <span className="date">{day(p.asOf)}</span>
                  {p.ageDays !== null && <div className="small muted">{plural(p.ageDays, 'day')} old</div>}
                  <div>{p.stale ? <span className="tag warn">Stale</span> : <span className="tag ok">Current</span>}</div>
                  <div>{p.complete ? <span className="tag ok">Complete</span> : <span className="tag warn">Partial</span>}</div>
                  {p.missing.map((m, i) => (
                    <div key={i} className="small">
                      {m}
                    </div>
                  ))}
                </td>
                <td className="num">{p.entryCount.toLocaleString('en-US')}</td>
                <td className="small">
                  {dateTime(p.importedAt)}
                  <div className="muted">by {p.importedBy}</div>
                  {p.bundled && <div className="tag">Bundled snapshot</div>}
                </td>
                <td className="code">{p.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
