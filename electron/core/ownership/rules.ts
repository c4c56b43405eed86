// The ownership rules, each finding explained with its path and its arithmetic. Pure functions of the graph, the
// party evaluated, which parties are listed (and on what kind of list) and the date the evaluation is as of: the
// screening engine is not needed here, so the caller may feed them screening hits, a test's hand-made listings, or
// anything else that says who is listed.
//
// OFAC's 50 % rule (FAQs 398-401): an entity owned 50 % or more in the aggregate, directly or indirectly, by blocked
// persons is blocked. "Indirectly" means through entities that are themselves so blocked, and such an entity's stake
// counts whole: X owns 50 % of A and A owns 40 % of B, so X owns 40 % of B indirectly (FAQ 401, example 3). A stake
// held through an entity blocked persons own less than 50 % of is not counted; it is shown as a review signal, with
// its look-through share (the product of the percentages along the path). So are control without ownership (FAQ 398:
// the rule counts ownership only) and a blocked owner's stake whose percentage is not recorded.
//
// Control (Section 805 of the FY2024 NDAA, "subject to the control" of a 1260H company; the Entity List): a listed
// party controls what it owns more than 50 % of, or controls by agreement, VIE contract or board control, and what
// those control in turn, at any depth. A listed party's stake that falls short of control is a review signal.
//
// Only links current on the as-of date count; ended ones (and those not yet started) are history. Every walk keeps
// to the links into parties already reached, marks what it visited, and sums stakes, never products around a cycle:
// cycles end and count once.
import type { OwnershipGraph } from './graph';
import { type Evaluation, type Finding, isShareKind, LINK_KIND_LABELS, type Link, type Listing, type PathStep } from './model';

/** Which lists a party is on (none: not listed). */
export type Listings = (partyId: string) => readonly Listing[];

/** Percentages are summed in ten-thousandths of a percent, so 33.3333 + 16.6667 is exactly 50. */
const UNIT = 10_000;
const HALF = 50 * UNIT;
const units = (percentage: number): number => Math.round(percentage * UNIT);

/** Look-through paths followed for review: at most this many links up, this many shown, this many steps walked. */
const LOOK_THROUGH = { depth: 10, shown: 20, steps: 10_000 };
/** Paths given for one blocked holder, from the listed parties through the entities that make it blocked. */
const PATHS_GIVEN = 20;

/** A start is read as the first day of its period, an end as the last (a month, a year). */
const firstDay = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** In force on `asOf` (a YYYY-MM-DD date): started, and not ended before it. */
export function isCurrent(link: Pick<Link, 'start' | 'end'>, asOf: string): boolean {
  return (link.start === null || firstDay(link.start) <= asOf) && (link.end === null || lastDay(link.end) >= asOf);
}

/** A stake that counts as shares: a shareholding or a joint venture's, with its percentage. */
const counts = (l: Link): boolean => isShareKind(l.kind) && l.percentage !== null;
/** Control: more than half the shares, or control by agreement, VIE contract or board control. */
const controls = (l: Link): boolean => (isShareKind(l.kind) ? l.percentage !== null && l.percentage > 50 : true);

/** Trailing zeros off a toFixed() number: 30.0000 is 30, 12.5000 is 12.5. */
const trim = (fixed: string): string => (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed);
/** A percentage as the explanations print it: 30, 12.5, 33.3333. */
const percent = (u: number): string => trim((u / UNIT).toFixed(4));
const shareCount = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

export function evaluateOwnership(graph: OwnershipGraph, targetId: string, listings: Listings, asOf: string): Evaluation {
  const name = (id: string): string => graph.party(id)?.name ?? id;
  const labels = (id: string, effect?: Listing['effect']): string[] => [...new Set(listings(id).filter((l) => !effect || l.effect === effect).map((l) => l.label))];
  const designated = (id: string): string => `${name(id)} (${labels(id).join(', ')})`;

  // The ancestry on the as-of date: every party owning or controlling the target, at any depth, through current links.
  const reached = new Set([targetId]);
  const current: Link[] = [];
  const history: Link[] = [];
  for (let queue = [targetId]; queue.length > 0; ) {
    const next: string[] = [];
    for (const id of queue) {
      for (const l of graph.into(id)) {
        if (!isCurrent(l, asOf)) {
          history.push(l);
          continue;
        }
        current.push(l);
        if (!reached.has(l.ownerId)) {
          reached.add(l.ownerId);
          next.push(l.ownerId);
        }
      }
    }
    queue = next;
  }
  const currentInto = groupBy(current, (l) => l.ownedId);

  // One stake per owner and owned party: registries restate a holding without ending the old record, so where several
  // are current the latest start is the holding (the larger on the same day).
  const latest = new Map<string, Link>();
  for (const l of current) {
    if (!counts(l)) continue;
    const key = `${l.ownerId}\u0000${l.ownedId}`;
    const held = latest.get(key);
    if (!held || later(l, held)) latest.set(key, l);
  }
  const stakes = [...latest.values()];
  const stakesInto = groupBy(stakes, (l) => l.ownedId);
  const warnings: string[] = [];
  for (const [owned, links] of stakesInto) {
    const total = links.reduce((sum, l) => sum + units(l.percentage!), 0);
    if (total > 100 * UNIT) warnings.push(`the current holdings recorded in ${name(owned)} add up to ${percent(total)} % as of ${asOf}: check the sources`);
  }

  const blocked = blockedByOwnership(stakes, reached, targetId, (id) => labels(id, 'blocking').length > 0);
  const justified = new Map<string, { roots: string[]; links: Link[] }>();
  const findings: Finding[] = [];
  const aggregate = ofacAggregate();
  if (aggregate) findings.push(aggregate);
  findings.push(...control(), ...ofacReviews(), ...lookThrough());

  const status = findings.some((f) => f.status === 'blocked') ? 'blocked' : findings.some((f) => f.status === 'controlled') ? 'controlled' : findings.length > 0 ? 'review' : 'clear';
  return { partyId: targetId, asOf, status, findings, history: historyLines(), warnings };

  // ---- OFAC's 50 % rule ---------------------------------------------------------------------------------------

  /** What the target's blocked owners, listed or blocked by ownership, hold of it. */
  function ofacAggregate(): Finding | null {
    const held = (stakesInto.get(targetId) ?? []).filter((l) => blocked.rank.has(l.ownerId));
    if (held.length === 0) return null;
    const total = held.reduce((sum, l) => sum + units(l.percentage!), 0);
    held.sort((a, b) => units(b.percentage!) - units(a.percentage!) || name(a.ownerId).localeCompare(name(b.ownerId)));
    const parts = held.map((l) => {
      const share = `${percent(units(l.percentage!))} %`;
      if (blocked.rank.get(l.ownerId) === 0) return `${name(l.ownerId)} ${share} directly`;
      const { roots, links } = justification(l.ownerId);
      return `${roots.map(name).join(' and ')} ${share} via ${name(l.ownerId)} (${links.map((j) => linkText(j)).join(', ')})`;
    });
    const lists = [...new Set(held.flatMap((l) => blockingLists(l.ownerId)))];
    return {
      rule: 'ofac-50',
      status: total >= HALF ? 'blocked' : 'review',
      lists,
      aggregate: total / UNIT,
      explanation: `owned ${percent(total)} % in aggregate by ${lists.join(' and ')} persons: ${parts.join('; ')}`,
      paths: held.flatMap((l) => pathsTo(l.ownerId).map((p) => [...p, step(l)])),
    };
  }

  /** A blocked owner's hold on the target that the rule cannot count: control without shares, a share not stated. */
  function ofacReviews(): Finding[] {
    return (currentInto.get(targetId) ?? [])
      .filter((l) => blocked.rank.has(l.ownerId) && !counts(l))
      .map((l) => {
        const owner = blockedName(l.ownerId);
        const explanation = isShareKind(l.kind)
          ? `${owner} holds ${l.shares !== null ? `${shareCount(l.shares)} shares` : 'shares'} of ${name(targetId)}, percentage not recorded: OFAC's 50 % rule cannot count it`
          : `${owner} controls ${name(targetId)} by ${LINK_KIND_LABELS[l.kind]}, without shares: OFAC's 50 % rule counts ownership only`;
        return review('ofac-50', blockingLists(l.ownerId), explanation, pathsTo(l.ownerId).map((p) => [...p, step(l)]));
      });
  }

  /**
   * Stakes that reach the target through an entity blocked persons own less than 50 % of: not counted, shown with
   * their look-through share. Each path climbs from the target through unblocked owners to the first blocked one.
   */
  function lookThrough(): Finding[] {
    const found: { product: number; finding: Finding }[] = [];
    let steps = 0;
    let cut = false;
    const climb = (up: Link[], seen: ReadonlySet<string>): void => {
      const above = stakesInto.get(up.at(-1)!.ownerId) ?? [];
      if (above.length > 0 && (up.length >= LOOK_THROUGH.depth || steps >= LOOK_THROUGH.steps)) {
        cut = true;
        return;
      }
      for (const l of above) {
        steps += 1;
        if (seen.has(l.ownerId)) continue;
        if (blocked.rank.has(l.ownerId)) found.push(lookThroughFinding([...up, l]));
        else climb([...up, l], new Set(seen).add(l.ownerId));
      }
    };
    for (const l of stakesInto.get(targetId) ?? []) if (!blocked.rank.has(l.ownerId)) climb([l], new Set([targetId, l.ownerId]));
    found.sort((a, b) => b.product - a.product || a.finding.explanation.localeCompare(b.finding.explanation));
    if (found.length > LOOK_THROUGH.shown) warnings.push(`${found.length - LOOK_THROUGH.shown} more stakes held through unblocked entities are not shown`);
    if (cut) warnings.push(`ownership paths longer than ${LOOK_THROUGH.depth} links, or beyond the first ${LOOK_THROUGH.steps.toLocaleString('en-US')} steps, were not followed`);
    return found.slice(0, LOOK_THROUGH.shown).map((f) => f.finding);
  }

  /** `up`: links from the target upwards, the last one's owner blocked and every other owner not. */
  function lookThroughFinding(up: Link[]): { product: number; finding: Finding } {
    const down = [...up].reverse();
    const product = down.reduce((p, l) => p * (l.percentage! / 100), 100);
    const holder = down[0]!.ownerId;
    const breaks = down[0]!.ownedId;
    const explanation =
      `${blockedName(holder)} ${trim(product.toFixed(2))} % via ${down.slice(1).map((l) => name(l.ownerId)).join(' and ')} ` +
      `(${down.map((l) => `${percent(units(l.percentage!))} %`).join(' × ')}), ` +
      `not counted: ${name(breaks)} is owned ${percent(blocked.stake.get(breaks) ?? 0)} % by blocked persons, under 50 %`;
    const finding = review('ofac-50', blockingLists(holder), explanation, pathsTo(holder).map((p) => [...p, ...down.map(step)]));
    return { product, finding };
  }

  /** A blocked party as a review names it: with its lists, or as blocked by ownership. */
  function blockedName(id: string): string {
    return blocked.rank.get(id) === 0 ? designated(id) : `${name(id)} (blocked by ownership)`;
  }

  function blockingLists(id: string): string[] {
    return [...new Set(justification(id).roots.flatMap((r) => labels(r, 'blocking')))];
  }

  /** The listed parties a blocked party's blocking goes back to, and the links that carry it, top down. */
  function justification(id: string): { roots: string[]; links: Link[] } {
    const known = justified.get(id);
    if (known) return known;
    const roots = new Set<string>();
    const links = new Set<Link>();
    const visit = (x: string): void => {
      if (blocked.rank.get(x) === 0) roots.add(x);
      for (const l of blocked.because(x)) {
        if (links.has(l)) continue;
        links.add(l);
        visit(l.ownerId);
      }
    };
    visit(id);
    const round = (l: Link) => blocked.rank.get(l.ownedId)!;
    const result = {
      roots: [...roots].sort((a, b) => name(a).localeCompare(name(b))),
      // Top down: the stakes that blocked the first round's parties first, then those they blocked.
      links: [...links].sort((a, b) => round(a) - round(b) || name(a.ownerId).localeCompare(name(b.ownerId))),
    };
    justified.set(id, result);
    return result;
  }

  /** Paths of steps from a listed party down to a blocked one (for a listed one, a single empty path). */
  function pathsTo(id: string): PathStep[][] {
    const out: PathStep[][] = [];
    const walk = (x: string, below: Link[]): void => {
      if (out.length >= PATHS_GIVEN) return;
      if (blocked.rank.get(x) === 0) out.push(below.map(step));
      else for (const l of blocked.because(x)) walk(l.ownerId, [l, ...below]);
    };
    walk(id, []);
    return out;
  }

  // ---- Control (Section 805, the Entity List) -----------------------------------------------------------------

  function control(): Finding[] {
    // Who controls the target, at any depth, each with its shortest chain of control down to the target.
    const chain = new Map<string, Link[]>([[targetId, []]]);
    for (let queue = [targetId]; queue.length > 0; ) {
      const next: string[] = [];
      for (const id of queue) {
        for (const l of currentInto.get(id) ?? []) {
          if (!controls(l) || chain.has(l.ownerId)) continue;
          chain.set(l.ownerId, [l, ...chain.get(id)!]);
          next.push(l.ownerId);
        }
      }
      queue = next;
    }
    const out: Finding[] = [];
    for (const [id, links] of chain) {
      const lists = labels(id, 'control');
      if (id === targetId || lists.length === 0) continue;
      const explanation = `controlled by ${name(id)} (${lists.join(', ')}): ${links.map((l) => linkText(l)).join(', ')}`;
      out.push({ rule: 'control', status: 'controlled', lists, aggregate: null, explanation, paths: [links.map(step)] });
    }
    // A listed party's stake in the target, or in a party that controls it, that falls short of control.
    for (const [id, below] of chain) {
      for (const l of currentInto.get(id) ?? []) {
        const lists = labels(l.ownerId, 'control');
        if (controls(l) || chain.has(l.ownerId) || lists.length === 0) continue;
        const path = [linkText(l, `${name(l.ownerId)} (${lists.join(', ')})`), ...below.map((b) => linkText(b))].join(', ');
        out.push(review('control', lists, `${path}: ${l.percentage === null ? 'control not established' : 'a stake short of control'}`, [[l, ...below].map(step)]));
      }
    }
    return out;
  }

  // ---- Wording --------------------------------------------------------------------------------------------------

  function linkText(l: Link, owner = name(l.ownerId), tense: 'present' | 'past' = 'present'): string {
    const owned = name(l.ownedId);
    const [owns, holds, controls] = tense === 'present' ? ['owns', 'holds', 'controls'] : ['owned', 'held', 'controlled'];
    if (!isShareKind(l.kind)) return `${owner} ${controls} ${owned} by ${LINK_KIND_LABELS[l.kind]}`;
    const jv = l.kind === 'joint_venture' ? ' (joint venture)' : '';
    return l.percentage === null ? `${owner} ${holds} shares of ${owned}${jv} (percentage not recorded)` : `${owner} ${owns} ${percent(units(l.percentage))} % of ${owned}${jv}`;
  }

  function step(l: Link): PathStep {
    return { partyId: l.ownerId, name: name(l.ownerId), percentage: l.percentage, kind: l.kind };
  }

  /** Listed parties' links that ended before the as-of date, or start after it. */
  function historyLines(): string[] {
    return history
      .filter((l) => listings(l.ownerId).length > 0)
      .map((l) => {
        const ended = l.end !== null && lastDay(l.end) < asOf;
        const period = [l.start && `from ${l.start}`, l.end && `until ${l.end}`].filter(Boolean).join(' ');
        return `${linkText(l, designated(l.ownerId), ended ? 'past' : 'present')} ${period}: ${ended ? 'ended, history only' : 'not yet in force'}`;
      })
      .sort();
  }
}

/** Of two statements of one holding, the later (the larger on the same day). */
function later(a: Link, b: Link): boolean {
  const [sa, sb] = [a.start ? firstDay(a.start) : '', b.start ? firstDay(b.start) : ''];
  return sa !== sb ? sa > sb : a.percentage! > b.percentage!;
}

function review(rule: Finding['rule'], lists: string[], explanation: string, paths: PathStep[][]): Finding {
  return { rule, status: 'review', lists, aggregate: null, explanation, paths };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Which parties of the ancestry are blocked, in rounds: the listed ones (rank 0), then each party whose blocked owners
 * of earlier rounds hold 50 % or more of it. A party is ranked once, so a cycle ends. The target's own stakes in its
 * owners are left out (nothing it owns can block it back), and it is never ranked: what blocked parties hold of it,
 * summed in `stake` with every other party's, is its aggregate.
 */
function blockedByOwnership(stakes: readonly Link[], ancestry: ReadonlySet<string>, targetId: string, isListed: (id: string) => boolean) {
  const outOf = groupBy(
    stakes.filter((l) => l.ownerId !== targetId),
    (l) => l.ownerId,
  );
  const into = groupBy(stakes, (l) => l.ownedId);
  const rank = new Map<string, number>();
  for (const id of ancestry) if (id !== targetId && isListed(id)) rank.set(id, 0);
  const stake = new Map<string, number>();
  for (let round = 1, frontier = [...rank.keys()]; frontier.length > 0; round++) {
    const touched = new Set<string>();
    for (const id of frontier) {
      for (const l of outOf.get(id) ?? []) {
        stake.set(l.ownedId, (stake.get(l.ownedId) ?? 0) + units(l.percentage!));
        touched.add(l.ownedId);
      }
    }
    frontier = [...touched].filter((id) => id !== targetId && !rank.has(id) && stake.get(id)! >= HALF);
    for (const id of frontier) rank.set(id, round);
  }
  return {
    /** 0 for a party on a blocking list; n for one blocked by the stakes of parties ranked below n. */
    rank,
    /** What blocked parties own of each party, in units. */
    stake,
    /** The stakes that blocked a party: its owners of lower rank (none for a listed one). */
    because: (id: string): Link[] => (into.get(id) ?? []).filter((l) => (rank.get(l.ownerId) ?? Infinity) < (rank.get(id) ?? 0)),
  };
}
