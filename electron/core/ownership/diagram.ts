// The ownership graph as a picture: owners above, the vendor's parties below them and what they own below those, each
// link an arrow labelled with its percentage (or share count) and kind. Laid out by dagre (ranks top to bottom,
// crossings reduced); a cycle is laid out too, one of its links drawn against the flow. Pure: the vendor page and the report draw the same layout.
import dagre from '@dagrejs/dagre';
import { isShareKind, LINK_KIND_LABELS, type Link, type VendorOwnership } from './model';
import { isCurrent } from './rules';

export const NODE = { width: 190, height: 50 };

export interface DiagramNode {
  id: string;
  name: string;
  kind: string | null;
  /** Centre. */
  x: number;
  y: number;
  /** The party bearing the vendor's name. */
  vendor: boolean;
  /** The short names of the lists it is on ("SDN", "1260H"). */
  lists: string[];
}

export interface DiagramEdge {
  id: string;
  label: string;
  /** Ended, or not yet started, as of the evaluation's date: history only, drawn dashed. */
  ended: boolean;
  points: { x: number; y: number }[];
  labelAt: { x: number; y: number };
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** What a link says on its arrow: "30 %", "37,000 shares", "VIE contract", "50 % joint venture". */
export function linkLabel(l: Pick<Link, 'kind' | 'percentage' | 'shares'>): string {
  const held = l.percentage !== null ? `${l.percentage} %` : l.shares !== null ? `${l.shares.toLocaleString('en-US')} shares` : '';
  if (l.kind === 'shareholding') return held || 'shares';
  return isShareKind(l.kind) ? [held, LINK_KIND_LABELS[l.kind]].filter(Boolean).join(' ') : LINK_KIND_LABELS[l.kind];
}

export function layoutOwnership(ownership: Pick<VendorOwnership, 'graph' | 'parties' | 'asOf'>): Diagram {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 70, edgesep: 20, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const vendorParties = new Set(ownership.parties.map((p) => p.party.id));
  for (const { party } of ownership.graph.parties) g.setNode(party.id, { width: NODE.width, height: NODE.height });
  const labels = new Map<string, string>();
  for (const l of ownership.graph.links) {
    const label = linkLabel(l);
    labels.set(l.id, label);
    // Room for the label beside the arrow: about 7 pixels a character at the size drawn.
    g.setEdge(l.ownerId, l.ownedId, { width: label.length * 7 + 8, height: 16, labelpos: 'c' }, l.id);
  }
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: ownership.graph.parties.map(({ party, listings }) => {
      const n = g.node(party.id);
      return { id: party.id, name: party.name, kind: party.kind, x: n.x, y: n.y, vendor: vendorParties.has(party.id), lists: [...new Set(listings.map((l) => l.label))] };
    }),
    edges: ownership.graph.links.map((l) => {
      const e = g.edge(l.ownerId, l.ownedId, l.id) as { points: { x: number; y: number }[]; x: number; y: number };
      return { id: l.id, label: labels.get(l.id)!, ended: !isCurrent(l, ownership.asOf), points: e.points, labelAt: { x: e.x, y: e.y } };
    }),
  };
}
