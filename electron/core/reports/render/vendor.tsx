// The vendor audit report: what was found about one vendor, why it scores what it scores, from which data and
// method, and who signed it off.
import type { ReactNode } from 'react';
import type { ReportAllegation, ReportCriterion, ReportDesignation, ReportFinding, ReportSupplier, VendorReportModel } from '../model';
import { countryName } from '../../vendors/countries';
import { checkpointLine, signatureLine, Empty, Facts, MethodologySection, ProvenanceSection, Section, StaleNotice, TierBadge, TableHead } from './common';
import { day, dateTime, plural, points, signedPoints } from './format';
import { ScoreChart } from './score-chart';
import { layoutOwnership } from '../../ownership/diagram';
import { OwnershipDiagram, OwnershipFindings, OwnershipLinksTable } from '../../ownership/diagram-svg';
import type { VendorOwnership } from '../../ownership/model';

const VIA: Record<ReportDesignation['via'], string> = { name: 'by name', alias: 'by another name', parent: 'via parent', 'list-link': 'via a link the list makes', identifier: 'by identifier', owner: 'via an owner', supplier: 'via a supplier' };
const DECISION: Record<ReportDesignation['decision'], string> = { open: 'Open: awaiting review', confirmed: 'Confirmed match', dismissed: 'Dismissed: not this vendor' };

function Cover({ model }: { model: VendorReportModel }) {
  const { meta, vendor, score, signOff, assessment } = model;
  return (
    <div className="cover">
      <div className="kind">Vendor audit report</div>
      <h1>{vendor.legalName}</h1>
      {vendor.otherNames.length > 0 && (
        <p className="other-names">
          {vendor.otherNames.map((n, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              {n.name} <span className="muted small">({n.kind})</span>
            </span>
          ))}
        </p>
      )}
      <div className="scoreline">
        <TierBadge tier={score.tier} />
        <div className="score">
          {points(score.score)} <small>/ 100 risk score</small>
        </div>
        <div className="muted">
          Tier <strong>{score.tier}</strong>
          {score.tier !== score.tierFromScore && <> (raised from {score.tierFromScore} by a knock-out rule)</>}
          <br />
          Score as of {day(score.asOf)}
        </div>
      </div>
      <Facts
        rows={[
          ['Report id', <strong>{meta.reportId}</strong>],
          ['Generated', `${dateTime(meta.generatedAt)} by ${meta.generatedBy}`],
          ['Approver', signOff.approver ? `${signOff.approver}, ${dateTime(signOff.approvedAt)}` : `Not approved (assessment ${assessment.status})`],
          ['Identifiers', vendor.identifiers.length > 0 ? vendor.identifiers.map((id) => `${id.scheme} ${id.value}`).join(' · ') : 'None recorded'],
          ['Country of incorporation', vendor.countryOfIncorporation ?? 'Not recorded'],
          ['Country of headquarters', vendor.countryOfHeadquarters ?? 'Not recorded'],
          ['Parent company', vendor.parentName ?? 'None recorded'],
          ['Website', vendor.website ?? 'Not recorded'],
          ['Methodology', `${model.methodology.name}, version ${model.methodology.version}`],
          ['Vetter version', meta.appVersion],
        ]}
      />
      <StaleNotice provenance={model.provenance} />
      <p className="footnote">
        This report is kept by Vetter as an immutable record with its data model. To check that a copy of this PDF is unaltered, open
        it with "Verify a report" in Vetter: only a byte-for-byte copy of report {meta.reportId} is accepted.
      </p>
    </div>
  );
}

function Figure({ label, value, note }: { label: string; value: ReactNode; note?: string }) {
  return (
    <div className="figure">
      <div className="label">{label}</div>
      <div className="value">{value}</div>
      {note && <div className="note">{note}</div>}
    </div>
  );
}

function ExecutiveSummary({ model }: { model: VendorReportModel }) {
  const { score, designations, allegations } = model;
  const count = (d: ReportDesignation['decision']) => designations.filter((h) => h.decision === d).length;
  return (
    <Section title="Executive summary">
      <div className="figures">
        <Figure label="Risk score" value={`${points(score.score)} / 100`} note={`as of ${day(score.asOf)}`} />
        <Figure label="Tier" value={<TierBadge tier={score.tier} />} note={score.tier === score.tierFromScore ? 'from the score' : `raised from ${score.tierFromScore}`} />
        <Figure label="Inherent risk" value={points(score.inherent)} note="before exposure scaling" />
        <Figure label="Exposure index" value={`${points(score.exposure)} / 100`} note={`risk counts × ${score.exposureMultiplier.toFixed(3)}`} />
        <Figure label="Confirmed hits" value={count('confirmed')} note={`${count('dismissed')} dismissed`} />
        <Figure label="Open hits" value={count('open')} note="count until reviewed" />
        <Figure label="Allegations" value={allegations.length} note="claims, not facts" />
        <Figure
          label="Assessment coverage"
          value={`${score.coverage.answered} of ${score.coverage.applicable} answered`}
          note={`${score.coverage.verified} verified${score.unassessed ? `; not yet assessed: up to +${points(score.unassessed)}` : ''}`}
        />
      </div>
      {model.summary.length === 0 ? <Empty>No summary was recorded.</Empty> : model.summary.map((p, i) => <p key={i}>{p}</p>)}
      {score.knockouts.length > 0 && (
        <div className="notice">
          <strong>Knock-out rules applied.</strong>
          {score.knockouts.map((k) => (
            <div key={k.rule}>
              {k.rule} {k.label}: tier at least {k.floor}. {k.detail}
            </div>
          ))}
        </div>
      )}
      {score.warnings.length > 0 && (
        <div className="notice info">
          <strong>For the reader.</strong>
          {score.warnings.map((w, i) => (
            <div key={i}>{w}</div>
          ))}
        </div>
      )}
    </Section>
  );
}

function Designations({ hits }: { hits: ReportDesignation[] }) {
  return (
    <Section title="Designations">
      {hits.length === 0 ? (
        <Empty>No designation hits: neither the vendor's names nor its parent matched any list entry.</Empty>
      ) : (
        <>
          <p>
            {plural(hits.length, 'current screening hit')}: {hits.filter((h) => h.decision === 'confirmed').length} confirmed,{' '}
            {hits.filter((h) => h.decision === 'open').length} open, {hits.filter((h) => h.decision === 'dismissed').length} dismissed.
            Open hits count towards the score until a reviewer decides them.
          </p>
          <table>
            <TableHead columns={[{ label: 'List', width: '23%' }, { label: 'Entry', width: '25%' }, { label: 'Match', width: '27%' }, { label: 'Review', width: '25%' }]} />
            {hits.map((h, i) => (
              <tbody className="group" key={i}>
                <tr>
                  <td>
                    <strong>{h.listName}</strong>
                    <div className="small">as of {day(h.listAsOf)}</div>
                    {h.listStale && <span className="tag warn">Stale list</span>}
                  </td>
                  <td>
                    {h.entryName}
                    <div className="small muted">Entry {h.entryId}{h.entryStatus !== 'listed' && ` · ${h.entryStatus}`}</div>
                    {h.programmes.length > 0 && <div className="small muted">{h.programmes.join('; ')}</div>}
                  </td>
                  <td>
                    “{h.matchedName}” matched “{h.listedName}”
                    <div className="small muted">
                      {VIA[h.via]} · {h.band} band · similarity {h.score.toFixed(2)}
                    </div>
                    {h.matcherVersion && <div className="small muted">Matcher {h.matcherVersion}</div>}
                  </td>
                  <td>
                    <strong>{DECISION[h.decision]}</strong>
                    {h.reviewer && (
                      <div className="small">
                        {h.reviewer}, {dateTime(h.decidedAt)}
                      </div>
                    )}
                    {h.reason && <div className="small muted free">{h.reason}</div>}
                  </td>
                </tr>
                <tr>
                  <td className="explain free" colSpan={4}>
                    {h.explanation}
                  </td>
                </tr>
              </tbody>
            ))}
          </table>
        </>
      )}
    </Section>
  );
}

function Allegation({ a }: { a: ReportAllegation }) {
  return (
    <div className="allegation">
      <h3>{a.sourceTitle}</h3>
      <Facts
        rows={[
          ['Source', `${a.publisher} (${a.sourceType})`],
          ['Published', day(a.publishedAt)],
          ['Status', a.statusHistory.length > 0 ? `${a.status} (${a.statusHistory.map((s) => `${s.status} ${day(s.date)}`).join('; ')})` : a.status],
          ['Credibility', `${a.credibility} of 5: ${a.credibilityRationale}`],
          ['Claims', a.claims.length === 0 ? 'None recorded' : a.claims.map((c, i) => <div key={i} className="free">{`${c.category}: ${c.text}`}</div>)],
          ['Vendor response', <span className="free">{a.vendorResponse ?? 'No response recorded.'}</span>],
          ['Recorded against', a.appliesVia === 'parent' ? `${a.subjectName} (the vendor's parent)` : a.subjectName],
          ['Address', a.url ? <span className="code">{a.url}</span> : 'None recorded'],
          ...(a.sources && a.sources.length > 1
            ? [
                [
                  `Sources (${a.sources.length})`,
                  a.sources.map((x, i) => (
                    <div key={i} className="free">
                      {`${i + 1}. ${x.publisher} (${x.sourceType}), ${day(x.publishedAt)}: ${x.sourceTitle}${x.url ? ` · ${x.url}` : ''}${x.evidence ? ` — ${x.evidence}` : ''}`}
                    </div>
                  )),
                ] as [string, ReactNode],
              ]
            : []),
        ]}
      />
    </div>
  );
}

function Allegations({ allegations }: { allegations: ReportAllegation[] }) {
  return (
    <Section title="Allegations">
      {allegations.length === 0 ? (
        <Empty>No allegations are recorded against the vendor or its parent.</Empty>
      ) : (
        <>
          <p className="notice info">
            Allegations are claims, not established facts. Each is shown with its source, its status and the analyst's credibility rating,
            which set how much it counts.
          </p>
          {allegations.map((a, i) => (
            <Allegation key={i} a={a} />
          ))}
        </>
      )}
    </Section>
  );
}

function Evidence({ files }: { files: ReportCriterion['evidence'] }) {
  if (files.length === 0) return <span className="muted small">No evidence attached.</span>;
  return (
    <>
      {files.map((f, i) => (
        <div key={i} className="small" style={{ marginBottom: '3pt' }}>
          {f.fileName}
          <div className="code">SHA-256 {f.sha256}</div>
        </div>
      ))}
    </>
  );
}

function Findings({ findings }: { findings: ReportFinding[] }) {
  return (
    <Section title="Findings">
      {findings.length === 0 ? (
        <Empty>No findings: no criterion is answered No or Partly, or without evidence.</Empty>
      ) : (
        <table>
          <TableHead
            columns={[{ label: 'Finding', width: '34%' }, { label: 'Severity', width: '10%' }, { label: 'Status', width: '14%' }, { label: 'Owner', width: '14%' }, { label: 'Due', width: '10%' }, { label: 'Risk acceptance', width: '18%' }]}
          />
          <tbody>
            {findings.map((f) => (
              <tr key={f.id}>
                <td>
                  <strong>{f.title}</strong>
                  <div className="small muted">
                    {f.id}, criterion {f.criterionId}
                  </div>
                </td>
                <td>{f.severity}</td>
                <td>{f.status}</td>
                <td>{f.owner ?? <span className="muted">None</span>}</td>
                <td>
                  {day(f.due)}
                  {f.overdue && <div className="tag warn">Overdue</div>}
                </td>
                <td className="small">
                  {f.acceptance ? `${f.acceptance.expired ? 'Ended' : 'By'} ${f.acceptance.by}, until ${f.acceptance.until}${f.acceptance.expired ? ': reopened' : ''}` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Criteria({ criteria, catalog }: { criteria: ReportCriterion[]; catalog: VendorReportModel['assessment']['catalog'] }) {
  const pillars = [...new Set(criteria.map((c) => c.pillar))];
  return (
    <Section title="Criteria">
      {criteria.length === 0 ? (
        <Empty>No criteria were assessed.</Empty>
      ) : (
        <>
          <p>
            Criteria catalog {catalog.name} ({catalog.id}) version {catalog.version}. Each criterion's answer, what it means for the score
            (points before exposure scaling) and the evidence files kept with it, identified by their SHA-256.
          </p>
          {pillars.map((pillar) => (
            <div key={pillar}>
              <h3>{pillar}</h3>
              <table>
                <TableHead columns={[{ label: 'Criterion', width: '27%' }, { label: 'Answer and finding', width: '37%' }, { label: 'Evidence', width: '28%' }, { label: 'Points', width: '8%', num: true }]} />
                <tbody>
                  {criteria
                    .filter((c) => c.pillar === pillar)
                    .map((c) => (
                      <tr key={c.id}>
                        <td>
                          <strong>
                            {c.id} {c.title}
                          </strong>
                          <div className="small muted">{c.question}</div>
                        </td>
                        <td>
                          <div>{c.answer ?? <span className="muted">{c.points === null ? 'Not applicable' : 'Unanswered'}</span>}</div>
                          <div className="small">{c.finding}</div>
                          {c.verified && <span className="tag ok">Evidence verified</span>}
                          {c.answeredBy && (
                            <div className="small muted">
                              {c.answeredBy}, {dateTime(c.answeredAt)}
                            </div>
                          )}
                          {c.note && <div className="small muted free">{c.note}</div>}
                        </td>
                        <td>
                          <Evidence files={c.evidence} />
                        </td>
                        <td className="num">{c.points === null ? 'n/a' : points(c.points)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </Section>
  );
}

function DataShared({ model }: { model: VendorReportModel }) {
  const { vendor, score } = model;
  return (
    <Section title="Data shared">
      <Facts
        rows={[
          ['Data shared with the vendor', vendor.dataShared.length === 0 ? 'Not recorded (counts as personal data at high criticality)' : vendor.dataShared.join('; ')],
          ['Business criticality', vendor.criticality ?? 'Not recorded (counts as high)'],
          ['Services supplied', vendor.services.length === 0 ? 'Not recorded' : vendor.services.join('; ')],
          ['Exposure index', `${points(score.exposure)} / 100: vendor risk counts at × ${score.exposureMultiplier.toFixed(3)}`],
          ['Contract owner', vendor.contractOwner ?? 'Not recorded'],
          ['Contract term', vendor.contractStart || vendor.contractEnd ? `${day(vendor.contractStart)} to ${day(vendor.contractEnd)}` : 'Not recorded'],
        ]}
      />
    </Section>
  );
}

function ScoreBreakdown({ model }: { model: VendorReportModel }) {
  const { score } = model;
  return (
    <Section title="Score breakdown">
      <p>
        The score is the sum of the factors below: each names the data behind it and shows its arithmetic. The chart adds them up by
        component; exposure scaling and the limit to 100 take points off.
      </p>
      <figure>
        <ScoreChart score={score} />
        <figcaption>
          Contributions by component, in points, adding up to the score of {points(score.score)}.
        </figcaption>
      </figure>
      <table>
        <TableHead columns={[{ label: 'Factor', width: '24%' }, { label: 'How it was computed', width: '64%' }, { label: 'Points', width: '12%', num: true }]} />
        <tbody>
          {score.factors.map((f, i) => (
            <tr key={i}>
              <td>
                {f.label}
                <div className="small muted">{f.component}</div>
              </td>
              <td className="small free">{f.detail}</td>
              <td className="num">{signedPoints(f.contribution)}</td>
            </tr>
          ))}
          <tr className="total">
            <td colSpan={2}>Score (sum of all factors)</td>
            <td className="num">{points(score.score)}</td>
          </tr>
        </tbody>
      </table>
    </Section>
  );
}

function SignOff({ model }: { model: VendorReportModel }) {
  const { signOff, assessment } = model;
  return (
    <Section title="Sign-off">
      <Facts
        rows={[
          ['Prepared by', `${signOff.preparedBy}, ${dateTime(signOff.preparedAt)}`],
          ['Approved by', signOff.approver ? `${signOff.approver}, ${dateTime(signOff.approvedAt)}` : 'Not approved'],
          ['Assessment status', assessment.status],
          ['Re-assessment due', day(assessment.reassessDue)],
          ['Digital signature', signatureLine(model.meta.signature)],
          ['Audit log', checkpointLine(model.meta.checkpoint)],
        ]}
      />
      <div className="signatures">
        <div className="signature">
          <div className="line" />
          <div className="caption">Prepared by {signOff.preparedBy}: signature and date</div>
        </div>
        <div className="signature">
          <div className="line" />
          <div className="caption">Approved by {signOff.approver ?? '(approver not yet recorded)'}: signature and date</div>
        </div>
      </div>
    </Section>
  );
}

/** The graph as the vendor page draws it, then its findings and links in words. */
function Ownership({ ownership }: { ownership: VendorOwnership }) {
  return (
    <Section title="Ownership">
      <p>
        Who owns or controls the vendor, as of {day(ownership.asOf)}: owners above the vendor, what it owns below. Listed parties are outlined in red with their list;
        dashed links have ended and count for history only. {ownership.listingBasis}
      </p>
      <div className="ownership-graph">
        <OwnershipDiagram diagram={layoutOwnership(ownership)} title={`Ownership of ${ownership.vendor.legalName}`} />
      </div>
      <h3>What the ownership rules find</h3>
      <OwnershipFindings ownership={ownership} />
      <h3>Links</h3>
      <OwnershipLinksTable ownership={ownership} />
    </Section>
  );
}

/** The vendor's suppliers in a small table, then the hits that reach the vendor through them. */
function Suppliers({ suppliers, hits }: { suppliers: ReportSupplier[]; hits: ReportDesignation[] }) {
  const through = hits.filter((h) => h.via === 'supplier');
  return (
    <Section title="Suppliers">
      {suppliers.length === 0 ? (
        <Empty>No suppliers recorded: the vendor’s hosting, sub-processors and AI models are not known to Vetter.</Empty>
      ) : (
        <table>
          <TableHead columns={[{ label: 'Supplier', width: '30%' }, { label: 'Service', width: '18%' }, { label: 'Data shared', width: '32%' }, { label: 'Country', width: '20%' }]} />
          <tbody>
            {suppliers.map((s) => (
              <tr key={`${s.name}|${s.service}`}>
                <td>
                  <strong>{s.name}</strong>
                  <div className="small muted">{s.source}</div>
                </td>
                <td>{s.service}</td>
                <td>{s.dataShared.length === 0 ? <span className="muted">Not recorded</span> : s.dataShared.join('; ')}</td>
                <td>{s.country ? countryName(s.country) : <span className="muted">Not recorded</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {through.length > 0 && (
        <>
          <h3>Suppliers on the lists</h3>
          <p className="small">A supplier’s listing is a risk of the vendor’s supply chain, not the vendor’s own designation; the methodology weighs it apart.</p>
          <ul>
            {through.map((h) => (
              <li key={`${h.listName}|${h.entryId}`}>
                {h.explanation} <span className="muted">({DECISION[h.decision]})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

export function VendorReport({ model }: { model: VendorReportModel }) {
  return (
    <>
      <Cover model={model} />
      <ExecutiveSummary model={model} />
      <Designations hits={model.designations} />
      {model.ownership && <Ownership ownership={model.ownership} />}
      {model.suppliers && <Suppliers suppliers={model.suppliers} hits={model.designations} />}
      <Allegations allegations={model.allegations} />
      <Criteria criteria={model.criteria} catalog={model.assessment.catalog} />
      {model.findings && <Findings findings={model.findings} />}
      <DataShared model={model} />
      <ScoreBreakdown model={model} />
      <MethodologySection methodology={model.methodology} />
      <ProvenanceSection provenance={model.provenance} />
      <SignOff model={model} />
    </>
  );
}
