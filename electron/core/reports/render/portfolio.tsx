// The portfolio report: every vendor's tier and score, where the risk sits, what changed since the last
// report and how fresh the lists behind it are.
import { TIERS } from '../../scoring/types';
import type { PortfolioChanges, PortfolioReportModel } from '../model';
import { checkpointLine, signatureLine, Empty, Facts, MethodologySection, ProvenanceSection, Section, StaleNotice, TierBadge, TableHead } from './common';
import { day, dateTime, plural, points } from './format';
import { Heatmap } from './heatmap';

function Cover({ model }: { model: PortfolioReportModel }) {
  const { meta } = model;
  return (
    <div className="cover">
      <div className="kind">Portfolio risk report</div>
      <h1>Vendor portfolio: {plural(model.total, 'vendor')}</h1>
      <div className="scoreline">
        {TIERS.map((t) => (
          <div key={t}>
            <TierBadge tier={t} /> <strong>{model.counts[t]}</strong>
          </div>
        ))}
      </div>
      <Facts
        rows={[
          ['Report id', <strong>{meta.reportId}</strong>],
          ['Generated', `${dateTime(meta.generatedAt)} by ${meta.generatedBy}`],
          ['Compared with', model.changes.previous ? `${model.changes.previous.reportId} of ${dateTime(model.changes.previous.generatedAt)}` : 'Nothing: this is the first portfolio report'],
          ['Methodology', `${model.methodology.name}, version ${model.methodology.version}`],
          ['Vetter version', meta.appVersion],
          ['Digital signature', signatureLine(meta.signature)],
          ['Audit log', checkpointLine(meta.checkpoint)],
        ]}
      />
      <StaleNotice provenance={model.provenance} />
    </div>
  );
}

function TierCounts({ model }: { model: PortfolioReportModel }) {
  return (
    <Section title="Vendors by tier">
      <table>
        <TableHead columns={[{ label: 'Tier', width: '20%' }, { label: 'Vendors', width: '12%', num: true }, { label: 'Share', width: '12%', num: true }, { label: '', width: '56%' }]} />
        <tbody>
          {[...TIERS].reverse().map((t) => {
            const share = model.total === 0 ? 0 : (model.counts[t] / model.total) * 100;
            return (
              <tr key={t}>
                <td>
                  <TierBadge tier={t} />
                </td>
                <td className="num">{model.counts[t]}</td>
                <td className="num">{share.toFixed(0)}%</td>
                <td>
                  <div className={`bar tier-${t}`} style={{ width: `${share}%` }} />
                </td>
              </tr>
            );
          })}
          <tr className="total">
            <td>Total</td>
            <td className="num">{model.total}</td>
            <td className="num">100%</td>
            <td />
          </tr>
        </tbody>
      </table>
    </Section>
  );
}

function Changes({ changes }: { changes: PortfolioChanges }) {
  const { previous, added, removed, tierChanged, scoreChanged } = changes;
  const rows = [
    ...tierChanged.map((c) => ({ kind: 'Tier changed', name: c.name, what: `${c.from} to ${c.to}`, score: `${points(c.scoreFrom)} to ${points(c.scoreTo)}` })),
    ...scoreChanged.map((c) => ({ kind: 'Score moved', name: c.name, what: c.tier, score: `${points(c.scoreFrom)} to ${points(c.scoreTo)}` })),
    ...added.map((c) => ({ kind: 'Added', name: c.name, what: c.tier, score: points(c.score) })),
    ...removed.map((c) => ({ kind: 'Removed', name: c.name, what: c.tier, score: points(c.score) })),
  ];
  return (
    <Section title="Changes since the previous report">
      {!previous ? (
        <Empty>This is the first portfolio report: there is no earlier report to compare with.</Empty>
      ) : (
        <>
          <p>
            Compared with report {previous.reportId} of {dateTime(previous.generatedAt)}: {plural(tierChanged.length, 'tier change')},{' '}
            {plural(scoreChanged.length, 'score move')} of 5 points or more, {added.length} added, {removed.length} removed.
          </p>
          {rows.length === 0 ? (
            <Empty>No changes since the previous report.</Empty>
          ) : (
            <table>
              <TableHead columns={[{ label: 'Change', width: '16%' }, { label: 'Vendor', width: '46%' }, { label: 'Tier', width: '20%' }, { label: 'Score', width: '18%', num: true }]} />
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i}>
                    <td>{r.kind}</td>
                    <td>{r.name}</td>
                    <td>{r.what}</td>
                    <td className="num">{r.score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Section>
  );
}

function StaleData({ model }: { model: PortfolioReportModel }) {
  return (
    <Section title="Stale data">
      {model.staleLists.length === 0 ? (
        <Empty>No stale lists: every list is within the staleness threshold.</Empty>
      ) : (
        <>
          <StaleNotice provenance={model.provenance} />
          <table>
            <TableHead columns={[{ label: 'List', width: '60%' }, { label: 'As of', width: '20%' }, { label: 'Age', width: '20%', num: true }]} />
            <tbody>
              {model.staleLists.map((l, i) => (
                <tr key={i}>
                  <td>{l.listName}</td>
                  <td>{day(l.asOf)}</td>
                  <td className="num">{l.ageDays === null ? 'unknown' : plural(l.ageDays, 'day')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}

function Ranking({ model }: { model: PortfolioReportModel }) {
  return (
    <Section title="Vendors ranked by risk" pageBreak>
      {model.vendors.length === 0 ? (
        <Empty>No vendors in the inventory.</Empty>
      ) : (
        <table className="dense">
          <TableHead
            columns={[
              { label: 'Rank', width: '6%', num: true },
              { label: 'Vendor · largest factor', width: '30%' },
              { label: 'Score', width: '7%', num: true },
              { label: 'Tier', width: '11%' },
              { label: 'Inherent', width: '8.5%', num: true },
              { label: 'Exposure', width: '8.5%', num: true },
              { label: 'Open hits', width: '7%', num: true },
              { label: 'Assessed', width: '10%', num: true },
              { label: 'Re-assess', width: '12%' },
            ]}
          />
          <tbody>
            {model.vendors.map((v) => (
              <tr key={v.vendorId}>
                <td className="num">{v.rank}</td>
                <td>
                  {v.name}
                  <div className="muted small">{v.topFactor ?? 'No risk factor'}</div>
                </td>
                <td className="num">{points(v.score)}</td>
                <td>
                  <TierBadge tier={v.tier} />
                </td>
                <td className="num">{points(v.inherent)}</td>
                <td className="num">{points(v.exposure)}</td>
                <td className="num">{v.openHits}</td>
                <td className="num">
                  {v.coverage.applicable === 0 ? '—' : `${Math.round((100 * v.coverage.answered) / v.coverage.applicable)} %`}
                  {v.unassessed > 0 && <div className="muted small">up to +{points(v.unassessed)}</div>}
                </td>
                <td className={v.overdue ? 'date overdue' : 'date'}>
                  {day(v.reassessDue)}
                  {v.overdue && <div>overdue</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function PortfolioReport({ model }: { model: PortfolioReportModel }) {
  return (
    <>
      <Cover model={model} />
      <Section title="Executive summary">
        {model.summary.length === 0 ? <Empty>No summary was recorded.</Empty> : model.summary.map((p, i) => <p key={i}>{p}</p>)}
      </Section>
      <TierCounts model={model} />
      <Section title="Exposure and inherent risk">
        <p>
          Vendors counted by inherent risk (designations, allegations and jurisdiction, before exposure) and by exposure (what we share with
          them and how critical they are). The top-right cells need attention first.
        </p>
        <figure>
          <Heatmap heatmap={model.heatmap} />
        </figure>
      </Section>
      <StaleData model={model} />
      <Changes changes={model.changes} />
      <Ranking model={model} />
      <MethodologySection methodology={model.methodology} />
      <ProvenanceSection provenance={model.provenance} staleNotice={false} />
    </>
  );
}
