// The ownership graph drawn (diagram.ts lays it out), and its text alternative: every link in a table, and each
// finding with its path. One component for the vendor page and the report, so both show the same picture; colours
// are attributes, not classes, so the printed page needs none of the app's styles.
import { type Diagram, type DiagramNode, linkLabel, NODE } from './diagram';
import { LINK_KIND_LABELS, type VendorOwnership } from './model';
import { isCurrent } from './rules';

const LISTED = '#b42318';
const INK = '#1f2933';
const MUTED = '#66737f';

/** A name cut to what fits on one line of a node (the table below gives it whole). */
const fit = (name: string, chars = 26): string => (name.length > chars ? `${name.slice(0, chars - 1)}…` : name);

function nodeText(n: DiagramNode): string {
  const what = n.vendor ? 'the vendor' : (n.kind ?? 'party');
  return `${n.name}, ${what}${n.lists.length > 0 ? `, listed: ${n.lists.join(', ')}` : ''}`;
}

export function OwnershipDiagram({ diagram, title }: { diagram: Diagram; title: string }) {
  const { width, height } = diagram;
  return (
    <svg className="ownership-diagram" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={title} style={{ maxWidth: '100%', height: 'auto' }}>
      <defs>
        <marker id="ownership-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={MUTED} />
        </marker>
      </defs>
      {diagram.edges.map((e) => (
        <g key={e.id}>
          <polyline
            points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={MUTED}
            strokeWidth={1.4}
            strokeDasharray={e.ended ? '5 4' : undefined}
            markerEnd="url(#ownership-arrow)"
          />
          <text x={e.labelAt.x} y={e.labelAt.y + 4} textAnchor="middle" fontSize={11} fill={INK} paintOrder="stroke" stroke="#fff" strokeWidth={3}>
            {e.ended ? `${e.label} (ended)` : e.label}
          </text>
        </g>
      ))}
      {diagram.nodes.map((n) => {
        const listed = n.lists.length > 0;
        return (
          <g key={n.id} className="ownership-node" tabIndex={0} role="img" aria-label={nodeText(n)} transform={`translate(${n.x - NODE.width / 2},${n.y - NODE.height / 2})`}>
            <title>{nodeText(n)}</title>
            <rect
              width={NODE.width}
              height={NODE.height}
              rx={n.kind === 'person' ? 22 : 4}
              fill={n.vendor ? '#eef4fb' : '#fff'}
              stroke={listed ? LISTED : n.vendor ? '#2f6db5' : '#9aa5b1'}
              strokeWidth={listed || n.vendor ? 2.5 : 1.2}
            />
            <text x={NODE.width / 2} y={listed ? 20 : 29} textAnchor="middle" fontSize={12} fontWeight={n.vendor ? 700 : 400} fill={INK}>
              {fit(n.name)}
            </text>
            {listed && (
              <text x={NODE.width / 2} y={38} textAnchor="middle" fontSize={11} fontWeight={700} fill={LISTED}>
                {fit(`Listed: ${n.lists.join(', ')}`, 30)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Every link of the graph, in words: the diagram's text alternative. */
export function OwnershipLinksTable({ ownership }: { ownership: Pick<VendorOwnership, 'graph' | 'asOf'> }) {
  const party = new Map(ownership.graph.parties.map((p) => [p.party.id, p]));
  const name = (id: string) => {
    const p = party.get(id);
    const lists = [...new Set(p?.listings.map((l) => l.label) ?? [])];
    return `${p?.party.name ?? id}${lists.length > 0 ? ` (listed: ${lists.join(', ')})` : ''}`;
  };
  return (
    <table className="ownership-links">
      <thead>
        <tr>
          <th>Owner</th>
          <th>Owned</th>
          <th>Holding</th>
          <th>Kind</th>
          <th>Period</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {ownership.graph.links.map((l) => (
          <tr key={l.id}>
            <td>{name(l.ownerId)}</td>
            <td>{name(l.ownedId)}</td>
            <td>{l.percentage !== null || l.shares !== null ? linkLabel({ ...l, kind: 'shareholding' }) : '—'}</td>
            <td>{LINK_KIND_LABELS[l.kind]}</td>
            <td>
              {[l.start && `from ${l.start}`, l.end && `until ${l.end}`].filter(Boolean).join(' ') || 'not stated'}
              {isCurrent(l, ownership.asOf) ? '' : ' (history only)'}
            </td>
            <td>{l.source ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const STATUS: Record<string, string> = { blocked: 'Blocked by ownership', controlled: 'Controlled', review: 'Review' };

/** What the rules find, each finding with its explanation and its paths (listed party first, the vendor last). */
export function OwnershipFindings({ ownership }: { ownership: Pick<VendorOwnership, 'parties'> }) {
  const findings = ownership.parties.flatMap((p) => p.evaluation.findings.map((f) => ({ party: p.party, f })));
  const history = ownership.parties.flatMap((p) => p.evaluation.history);
  const warnings = ownership.parties.flatMap((p) => p.evaluation.warnings);
  if (findings.length === 0 && history.length === 0 && warnings.length === 0) return <p className="ownership-clear">No listed owner reaches the vendor.</p>;
  return (
    <ul className="ownership-findings">
      {findings.map(({ party, f }, i) => (
        <li key={i}>
          <strong>{STATUS[f.status]}</strong> ({f.rule === 'ofac-50' ? 'OFAC 50 % rule' : 'control'}): {f.explanation}.
          {f.paths.map((path, j) => (
            <div key={j} className="ownership-path">
              Path: {[...path.map((s) => `${s.name} —${s.percentage !== null ? ` ${s.percentage} %` : ''} ${LINK_KIND_LABELS[s.kind]} →`), party.name].join(' ')}
            </div>
          ))}
        </li>
      ))}
      {history.map((h, i) => (
        <li key={`h${i}`}>History: {h}.</li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${i}`}>Check: {w}.</li>
      ))}
    </ul>
  );
}
