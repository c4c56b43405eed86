// The ownership graph's layout (diagram.ts): owners above what they own, a cycle laid out too, ended links marked,
// each arrow labelled with its holding or kind.
import { describe, expect, it } from 'vitest';
import { layoutOwnership, linkLabel } from '../../electron/core/ownership/diagram';
import type { Link, Party, VendorOwnership } from '../../electron/core/ownership/model';

const party = (id: string, kind: Party['kind'] = 'company'): Party => ({ id, kind, name: id.toUpperCase(), aliases: [], country: null });
const link = (ownerId: string, ownedId: string, over: Partial<Link> = {}): Link => ({
  id: `${ownerId}>${ownedId}`,
  ownerId,
  ownedId,
  kind: 'shareholding',
  percentage: 50,
  shares: null,
  start: null,
  end: null,
  source: null,
  ...over,
});

describe('the ownership diagram', () => {
  it('puts owners above the vendor, lays out a cycle, marks ended links and listed parties', () => {
    const parties = ['v', 'a', 'b', 'c'].map((id) => party(id));
    const ownership: Pick<VendorOwnership, 'graph' | 'parties' | 'asOf'> = {
      asOf: '2026-06-30',
      parties: [{ party: parties[0]!, owners: [], evaluation: { partyId: 'v', asOf: '2026-06-30', status: 'clear', findings: [], history: [], warnings: [] } }],
      graph: {
        parties: parties.map((p) => ({ party: p, listings: p.id === 'a' ? [{ list: 'ofac-sdn', label: 'SDN', effect: 'blocking' as const }] : [] })),
        links: [
          link('a', 'v', { percentage: 30 }),
          link('b', 'v', { percentage: 25 }),
          link('c', 'b'),
          // A cross-holding: B owns part of C, which owns half of B.
          link('b', 'c', { percentage: 10 }),
          link('a', 'b', { kind: 'vie_contract', percentage: null, end: '2015-12-31' }),
        ],
      },
    };
    const d = layoutOwnership(ownership);
    const at = new Map(d.nodes.map((n) => [n.id, n]));
    expect(at.get('a')!.y).toBeLessThan(at.get('v')!.y);
    expect(at.get('b')!.y).toBeLessThan(at.get('v')!.y);
    expect(d.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(at.get('v')!.vendor).toBe(true);
    expect(at.get('a')!.lists).toEqual(['SDN']);
    expect(d.edges.map((e) => [e.id, e.label, e.ended])).toEqual([
      ['a>v', '30 %', false],
      ['b>v', '25 %', false],
      ['c>b', '50 %', false],
      ['b>c', '10 %', false],
      ['a>b', 'VIE contract', true],
    ]);
    expect(d.edges.every((e) => e.points.length >= 2)).toBe(true);
    expect(d.width).toBeGreaterThan(0);
  });

  it('labels a holding by its percentage, share count or kind', () => {
    expect(linkLabel({ kind: 'shareholding', percentage: 12.5, shares: null })).toBe('12.5 %');
    expect(linkLabel({ kind: 'shareholding', percentage: null, shares: 37000 })).toBe('37,000 shares');
    expect(linkLabel({ kind: 'joint_venture', percentage: 50, shares: null })).toBe('50 % joint venture');
    expect(linkLabel({ kind: 'board_control', percentage: null, shares: null })).toBe('board control');
  });
});
