import { criterionApplies, PILLAR_LABELS, PILLARS } from '../../../electron/core/contract';
import type { Vendor } from '../../../electron/core/contract';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { Alert } from '../ui/Alert';
import { AssessmentWorkflow } from './AssessmentWorkflow';
import { CriterionItem } from './CriterionItem';
import { Spinner } from '../ui/Spinner';

/** The vendor's assessment against the STTI-style criteria, grouped by pillar, with its review workflow. */
export function AssessmentPanel({ vendor }: { vendor: Vendor }) {
  const loaded = useQuery(read('assessment.get', { vendorId: vendor.id }));

  const data = loaded.data;
  const asked = data?.criteria.filter((c) => c.source === 'answer' && criterionApplies(c, vendor.services)) ?? [];
  const answered = asked.filter((c) => data?.assessment.answers[c.id]?.value != null);
  const verified = answered.filter((c) => data?.assessment.answers[c.id]?.verified);

  return (
    <section className="card assessment-panel" aria-labelledby="assessment-title">
      <div className="card-header">
        <h2 id="assessment-title">Assessment</h2>
        {data && (
          <span className="muted">
            {answered.length} of {asked.length} criteria answered, {verified.length} verified · catalog {data.assessment.catalog.id} version{' '}
            {data.assessment.catalog.version}
          </span>
        )}
      </div>
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!data && !loaded.error && <Spinner label="Loading the assessment…" visibleLabel />}
      {data && (
        <>
          <AssessmentWorkflow assessment={data.assessment} approvalRefusal={data.approvalRefusal} />
          <p className="section-hint">
            Open a criterion to answer it. An unanswered criterion counts as much risk as the worst answer; an unverified answer keeps part of
            its risk until an analyst checks the evidence.
          </p>
          {PILLARS.map((pillar) => {
            const criteria = data.criteria.filter((c) => c.pillar === pillar);
            if (criteria.length === 0) return null;
            return (
              <section key={pillar} className="pillar" aria-labelledby={`pillar-${pillar}`}>
                <h3 id={`pillar-${pillar}`}>{PILLAR_LABELS[pillar]}</h3>
                <ul className="plain-list criteria-list">
                  {criteria.map((c) => (
                    <CriterionItem
                      key={c.id}
                      criterion={c}
                      vendor={vendor}
                      answer={data.assessment.answers[c.id]}
                      evidence={data.assessment.evidence[c.id] ?? []}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
