// The ownership rules on hand-built graphs: OFAC's 50 % rule (FAQ 401's own examples among them), control without
// shares, cycles, ended links; every explanation checked word for word.
import { describe, expect, it } from 'vitest';
import { graphOf } from '../../electron/core/ownership/graph';
import type { Link, LinkKind, Listing } from '../../electron/core/ownership/model';
import { evaluateOwnership, isCurrent } from '../../electron/core/ownership/rules';

const SDN: Listing = { list: 'ofac-sdn', label: 'SDN', effect: 'blocking' };
const DOD: Listing = { list: 'dod-1260h', label: '1260H', effect: 'control' };
const AS_OF = '2026-06-30';

interface Edge {
  kind?: LinkKind;
  shares?: number;
  start?: string;
  end?: string;
}

/** `links`: "OWNER 30 OWNED" (a percentage, or "-" for none), with options per link. */
function evaluate(links: (string | [string, Edge])[], listed: Record<string, Listing[]>, target = 'V', asOf = AS_OF) {
  const parsed: Link[] = links.map((spec, i) => {
    const [text, edge] = typeof spec === 'string' ? [spec, {}] : spec;
    const [ownerId, pct, ownedId] = text.split(' ') as [string, string, string];
    return {
      id: `l${i}`,
      ownerId,
      ownedId,
      kind: edge.kind ?? 'shareholding',
      percentage: pct === '-' ? null : Number(pct),
      shares: edge.shares ?? null,
      start: edge.start ?? null,
      end: edge.end ?? null,
      source: null,
    };
  });
  const ids = new Set(parsed.flatMap((l) => [l.ownerId, l.ownedId]));
  const graph = graphOf(
    [...ids].map((id) => ({ id, kind: 'company' as const, name: id, aliases: [], country: null })),
    parsed,
  );
  return evaluateOwnership(graph, target, (id) => listed[id] ?? [], asOf);
}

const texts = (e: ReturnType<typeof evaluate>) => e.findings.map((f) => `${f.status}: ${f.explanation}`);

describe("OFAC's 50 % rule", () => {
  it('adds blocked owners across two owners and two levels; an entity a blocked person owns 50 % of counts whole', () => {
    const e = evaluate(['A 30 V', 'B 50 C', 'C 50 V'], { A: [SDN], B: [SDN] });
    expect(e.status).toBe('blocked');
    expect(texts(e)).toEqual(['blocked: owned 80 % in aggregate by SDN persons: B 50 % via C (B owns 50 % of C); A 30 % directly']);
    expect(e.findings[0]).toMatchObject({ rule: 'ofac-50', aggregate: 80, lists: ['SDN'] });
    expect(e.findings[0]!.paths).toEqual([
      [
        { partyId: 'B', name: 'B', percentage: 50, kind: 'shareholding' },
        { partyId: 'C', name: 'C', percentage: 50, kind: 'shareholding' },
      ],
      [{ partyId: 'A', name: 'A', percentage: 30, kind: 'shareholding' }],
    ]);
  });

  it("follows OFAC's FAQ 401: a blocked entity's whole stake counts, not the product along the path", () => {
    // Example 1: X owns 50 % of A, A 50 % of B.
    expect(texts(evaluate(['X 50 A', 'A 50 B'], { X: [SDN] }, 'B'))).toEqual(['blocked: owned 50 % in aggregate by SDN persons: X 50 % via A (X owns 50 % of A)']);
    // Example 2: X owns 50 % of A and of B, each of which owns 25 % of C.
    expect(texts(evaluate(['X 50 A', 'X 50 B', 'A 25 C', 'B 25 C'], { X: [SDN] }, 'C'))).toEqual([
      'blocked: owned 50 % in aggregate by SDN persons: X 25 % via A (X owns 50 % of A); X 25 % via B (X owns 50 % of B)',
    ]);
    // Example 3: X owns 50 % of A and 10 % of B; A owns 40 % of B.
    expect(texts(evaluate(['X 50 A', 'X 10 B', 'A 40 B'], { X: [SDN] }, 'B'))).toEqual(['blocked: owned 50 % in aggregate by SDN persons: X 40 % via A (X owns 50 % of A); X 10 % directly']);
    // 60 % of 60 %: a product would say 36 %; OFAC blocks the owned company, whose 60 % then counts whole.
    expect(texts(evaluate(['B 60 C', 'C 60 V'], { B: [SDN] }))).toEqual(['blocked: owned 60 % in aggregate by SDN persons: B 60 % via C (B owns 60 % of C)']);
  });

  it('explains an intermediate blocked by several owners, and a chain of several', () => {
    expect(texts(evaluate(['B 30 C', 'E 25 C', 'C 50 V'], { B: [SDN], E: [SDN] }))).toEqual([
      'blocked: owned 50 % in aggregate by SDN persons: B and E 50 % via C (B owns 30 % of C, E owns 25 % of C)',
    ]);
    expect(texts(evaluate(['B 60 D', 'D 100 C', 'C 50 V'], { B: [SDN] }))).toEqual(['blocked: owned 50 % in aggregate by SDN persons: B 50 % via C (B owns 60 % of D, D owns 100 % of C)']);
  });

  it('below 50 % is a review signal with the same explanation, and stakes through unblocked entities are shown, not counted', () => {
    const e = evaluate(['D 20 V', 'B 40 C', 'C 100 V'], { B: [SDN], D: [SDN] });
    expect(e.status).toBe('review');
    expect(texts(e)).toEqual([
      'review: owned 20 % in aggregate by SDN persons: D 20 % directly',
      'review: B (SDN) 40 % via C (40 % × 100 %), not counted: C is owned 40 % by blocked persons, under 50 %',
    ]);
    expect(e.findings[0]!.aggregate).toBe(20);
    expect(e.findings[1]!.paths).toEqual([
      [
        { partyId: 'B', name: 'B', percentage: 40, kind: 'shareholding' },
        { partyId: 'C', name: 'C', percentage: 100, kind: 'shareholding' },
      ],
    ]);
    // Through two unblocked entities: the look-through share is the product along the path.
    expect(texts(evaluate(['B 40 D', 'D 50 C', 'C 50 V'], { B: [SDN] }))).toEqual([
      'review: B (SDN) 10 % via D and C (40 % × 50 % × 50 %), not counted: D is owned 40 % by blocked persons, under 50 %',
    ]);
  });

  it('sums exactly at the threshold (33.3333 % + 16.6667 %)', () => {
    const e = evaluate(['A 33.3333 V', 'B 16.6667 V'], { A: [SDN], B: [SDN] });
    expect(e.findings[0]).toMatchObject({ status: 'blocked', aggregate: 50, explanation: 'owned 50 % in aggregate by SDN persons: A 33.3333 % directly; B 16.6667 % directly' });
  });

  it('terminates on cycles and counts each stake once', () => {
    const e = evaluate(['L 50 A', 'A 60 B', 'B 40 A', 'B 50 V'], { L: [SDN] });
    expect(texts(e)).toEqual(['blocked: owned 50 % in aggregate by SDN persons: L 50 % via B (L owns 50 % of A, A owns 60 % of B)']);
    // 100 % around a loop: no percentage ever grows past what was recorded.
    const loop = evaluate(['L 100 A', 'A 100 B', 'B 100 A', 'B 100 V'], { L: [SDN] });
    expect(loop.findings.map((f) => f.aggregate)).toEqual([100]);
    expect(evaluate(['A 100 B', 'B 100 A', 'B 100 V'], {}).status).toBe('clear');
  });

  it('never lets what the vendor owns block it back', () => {
    // V owns 60 % of A, A owns 50 % of V: A's blocked owners are L's 10 % only.
    const e = evaluate(['V 60 A', 'A 50 V', 'L 10 A'], { L: [SDN] });
    expect(texts(e)).toEqual(['review: L (SDN) 5 % via A (10 % × 50 %), not counted: A is owned 10 % by blocked persons, under 50 %']);
  });

  it('shows control without shares and stakes without a percentage for review: the rule counts ownership only', () => {
    const e = evaluate(['L - V', ['M - V', { kind: 'vie_contract' }], ['N - V', { shares: 37000 }]], { L: [SDN], M: [SDN], N: [SDN] });
    expect(e.status).toBe('review');
    expect(texts(e)).toEqual([
      "review: L (SDN) holds shares of V, percentage not recorded: OFAC's 50 % rule cannot count it",
      "review: M (SDN) controls V by VIE contract, without shares: OFAC's 50 % rule counts ownership only",
      "review: N (SDN) holds 37,000 shares of V, percentage not recorded: OFAC's 50 % rule cannot count it",
    ]);
  });

  it('takes the latest statement of one holding, and warns when holdings add up to more than 100 %', () => {
    const restated = evaluate([['L 50 V', { start: '2015-11-25' }], ['L 51 V', { start: '2016-03-29' }]], { L: [SDN] });
    expect(restated.findings[0]!.explanation).toBe('owned 51 % in aggregate by SDN persons: L 51 % directly');
    expect(restated.warnings).toEqual([]);
    const over = evaluate(['L 60 V', 'M 60 V'], { L: [SDN] });
    expect(over.warnings).toEqual(['the current holdings recorded in V add up to 120 % as of 2026-06-30: check the sources']);
  });
});

describe('control (Section 805, Entity List)', () => {
  it('carries a listed owner’s designation through majority and control by agreement, at any depth', () => {
    const e = evaluate([['H - X', { kind: 'vie_contract' }], 'X 100 Y', ['Y - V', { kind: 'board_control' }]], { H: [DOD] });
    expect(e.status).toBe('controlled');
    expect(texts(e)).toEqual(['controlled: controlled by H (1260H): H controls X by VIE contract, X owns 100 % of Y, Y controls V by board control']);
    expect(e.findings[0]!.paths).toEqual([
      [
        { partyId: 'H', name: 'H', percentage: null, kind: 'vie_contract' },
        { partyId: 'X', name: 'X', percentage: 100, kind: 'shareholding' },
        { partyId: 'Y', name: 'Y', percentage: null, kind: 'board_control' },
      ],
    ]);
    expect(texts(evaluate([['H - V', { kind: 'control_agreement' }]], { H: [DOD] }))).toEqual(['controlled: controlled by H (1260H): H controls V by control agreement']);
  });

  it('needs more than half the shares: 50 % or a stake of unknown size is a review signal', () => {
    expect(texts(evaluate(['H 51 V'], { H: [DOD] }))).toEqual(['controlled: controlled by H (1260H): H owns 51 % of V']);
    expect(texts(evaluate([['H 50 V', { kind: 'joint_venture' }]], { H: [DOD] }))).toEqual(['review: H (1260H) owns 50 % of V (joint venture): a stake short of control']);
    expect(texts(evaluate(['H 30 X', 'X 100 V'], { H: [DOD] }))).toEqual(['review: H (1260H) owns 30 % of X, X owns 100 % of V: a stake short of control']);
    expect(texts(evaluate(['H - V'], { H: [DOD] }))).toEqual(['review: H (1260H) holds shares of V (percentage not recorded): control not established']);
    // A majority chain broken by a minority link carries nothing.
    expect(evaluate(['H 100 X', 'X 40 V'], { H: [DOD] }).findings.map((f) => f.status)).toEqual([]);
  });

  it('terminates on control cycles', () => {
    expect(texts(evaluate(['H 60 X', 'X 60 Y', 'Y 60 X', 'Y 60 V'], { H: [DOD] }))).toEqual(['controlled: controlled by H (1260H): H owns 60 % of X, X owns 60 % of Y, Y owns 60 % of V']);
  });
});

describe('dates', () => {
  it('counts ended links as history only, relative to the as-of date', () => {
    const links: [string, Edge][] = [['L 60 V', { start: '2015-11-25', end: '2023-03-02' }]];
    const now = evaluate(links, { L: [SDN] });
    expect(now.status).toBe('clear');
    expect(now.history).toEqual(['L (SDN) owned 60 % of V from 2015-11-25 until 2023-03-02: ended, history only']);
    expect(evaluate(links, { L: [SDN] }, 'V', '2020-01-01').status).toBe('blocked');
    const future = evaluate([['H 80 V', { start: '2027' }]], { H: [DOD] });
    expect(future.status).toBe('clear');
    expect(future.history).toEqual(['H (1260H) owns 80 % of V from 2027: not yet in force']);
  });

  it('reads a partial start as the first day of its period and a partial end as the last', () => {
    expect(isCurrent({ start: null, end: '2023' }, '2023-12-31')).toBe(true);
    expect(isCurrent({ start: null, end: '2023' }, '2024-01-01')).toBe(false);
    expect(isCurrent({ start: null, end: '2024-02' }, '2024-02-29')).toBe(true);
    expect(isCurrent({ start: '2024-03', end: null }, '2024-02-29')).toBe(false);
    expect(isCurrent({ start: '2024-03-01', end: '2024-03-01' }, '2024-03-01')).toBe(true);
  });
});
