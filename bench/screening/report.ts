// The printed report and the targets of the issue, from the results of all child runs.
import { type Category, POSITIVE_CATEGORIES } from './accuracy-set';
import type { ContenderId } from './contender';
import { VENDOR_MASTER_SECTORS, VENDOR_MASTER_SPELLINGS } from './fixtures';
import type { Accuracy, Example, Rate } from './metrics';
import { type ContenderResult, type LargeResult, SET_IDS, type SetId, type VendorMasterSummary } from './run';

export interface Results {
  generatedAt: string;
  seed: number;
  environment: { node: string; cpu: string; cpus: number; pinned: boolean };
  quick: boolean;
  /** --tuning-only: the held-out sets were not screened (their accuracies are empty and not reported). */
  tuningOnly?: boolean;
  contenders: ContenderResult[];
  large: LargeResult | null;
  targets: Target[];
}

export interface Target {
  target: string;
  measured: string;
  status: 'PASS' | 'FAIL' | 'SKIPPED';
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (n < 10 ? n.toFixed(3) : n.toFixed(0));
const pct = (r: Rate, digits = 1): string => `${(r.rate * 100).toFixed(digits)}%`;
const pctCi = (r: Rate): string => `${pct(r)} [${(r.low * 100).toFixed(1)}-${(r.high * 100).toFixed(1)}]`;

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const LABEL: Record<ContenderId, string> = { vetter: 'Vetter', 'ofac-style': 'OFAC-style', fuse: 'Fuse.js' };
const label = (c: ContenderResult): string => `${LABEL[c.contender]}${c.variant ? ` (${c.variant})` : ''}${c.sample ? '*' : ''}`;

/** The sets the targets are evaluated on, and how the report names each set. */
export const SET_TITLES: Record<SetId, string> = {
  heldOut: 'held-out half of the generated set',
  vendorMaster: 'vendor-master held-out set',
  tuning: 'tuning half of the generated set',
  vendorMasterTuning: 'vendor-master tuning sets (the first, third and fourth vendor-master sets, read during matcher work)',
};
const SHORT: Record<SetId, string> = { heldOut: 'held-out half', vendorMaster: 'vendor master', tuning: 'tuning half', vendorMasterTuning: 'vendor-master tuning' };
const HELD_OUT_SETS: readonly SetId[] = ['heldOut', 'vendorMaster'];
const TUNING_SETS: readonly SetId[] = ['tuning', 'vendorMasterTuning'];

/** The issue's targets. Accuracy targets are evaluated on each held-out set (never on the tuning half); a
 *  tuning-only run has none to evaluate. */
export function evaluateTargets(contenders: readonly ContenderResult[], large: LargeResult | null, tuningOnly = false): Target[] {
  const vetter = contenders.find((c) => c.contender === 'vetter');
  const ofac = contenders.find((c) => c.contender === 'ofac-style');
  const targets: Target[] = [];
  const check = (target: string, measured: string, ok: boolean | null): void => {
    targets.push({ target, measured, status: ok === null ? 'SKIPPED' : ok ? 'PASS' : 'FAIL' });
  };
  if (!vetter) return targets;
  const vps = vetter.latency.vendorsPerSecond;
  check('>= 5,000 vendors/s on one core, marginal (index built; screening only), full default pack', `${int(vps)} vendors/s`, vps >= 5000);
  check('1M synthetic names: index built in <= 60 s', large ? `${(large.buildMs / 1000).toFixed(1)} s` : 'not run (--quick)', large ? large.buildMs <= 60_000 : null);
  check('1M synthetic names: peak RSS <= 2 GB (whole process)', large ? `${int(large.memory.peakRssMb)} MB` : 'not run (--quick)', large ? large.memory.peakRssMb <= 2048 : null);
  check('1M synthetic names: >= 500 vendors/s', large ? `${int(large.latency.vendorsPerSecond)} vendors/s` : 'not run (--quick)', large ? large.latency.vendorsPerSecond >= 500 : null);
  for (const id of tuningOnly ? [] : HELD_OUT_SETS) {
    const v = vetter.accuracy[id];
    const on = ` [${SHORT[id]}]`;
    const withN = (r: Rate): string => `${pctCi(r)} (${int(r.k)} of ${int(r.n)})`;
    check(`recall (match or review) >= 0.99${on}`, withN(v.recall), v.recall.rate >= 0.99);
    check(`match-band recall >= 0.95${on}`, withN(v.matchRecall), v.matchRecall.rate >= 0.95);
    check(`Chinese-script recall (match or review) >= 0.95${on}`, withN(v.chineseRecall), v.chineseRecall.n > 0 ? v.chineseRecall.rate >= 0.95 : null);
    check(`false match: unlisted vendors in the match band <= 0.5%${on}`, withN(v.unlistedMatch), v.unlistedMatch.rate <= 0.005);
    check(`clean vendors sent to review (best hit in review band) <= 3%${on}`, withN(v.unlistedReview), v.unlistedReview.rate <= 0.03);
    if (ofac) {
      const o = ofac.accuracy[id];
      check(`recall at least the OFAC-style baseline's${on}`, `${pct(v.recall)} vs ${pct(o.recall)}`, v.recall.rate >= o.recall.rate);
      check(`fewer unlisted vendors flagged (any band) than OFAC-style${on}`, `${pct(v.unlistedAny)} vs ${pct(o.unlistedAny)}`, v.unlistedAny.rate < o.unlistedAny.rate);
    }
  }
  return targets;
}

function examples(title: string, list: readonly Example[], limit: number): string[] {
  if (list.length === 0) return [`  ${title}: none`];
  return [
    `  ${title}:`,
    ...list.slice(0, limit).map((e) => `    "${e.query}"${e.source && e.source !== e.query ? ` (from "${e.source}", ${e.category})` : ''} -> ${e.got.length > 0 ? e.got.join('; ') : 'no hit'}`),
  ];
}

const counts = (c: Record<string, number>): string =>
  Object.entries(c)
    .map(([k, n]) => `${k} ${int(n)}`)
    .join(', ');
const total = (c: Record<string, number>): number => Object.values(c).reduce((a, b) => a + b, 0);

function accuracyTable(r: Results, id: SetId): string {
  return table(
    ['contender', 'positives', 'recall (review+match)', 'match recall', 'Chinese script', 'precision (match)', 'negatives', 'unlisted -> match', 'unlisted -> review', 'unlisted flagged', 'hard neg. match/review'],
    r.contenders.map((c) => {
      const a = c.accuracy[id];
      const hard = a.hardNegatives.match.n > 0 ? `${a.hardNegatives.match.k}/${a.hardNegatives.review.k} of ${a.hardNegatives.match.n}` : '-';
      return [
        label(c),
        int(a.positives),
        pctCi(a.recall),
        pctCi(a.matchRecall),
        a.chineseRecall.n > 0 ? `${pct(a.chineseRecall)} / ${pct(a.chineseMatchRecall)} (${a.chineseRecall.n})` : '-',
        pctCi(a.precision),
        int(a.negatives),
        pctCi(a.unlistedMatch),
        pctCi(a.unlistedReview),
        pctCi(a.unlistedAny),
        hard,
      ];
    }),
  );
}

/** Where a generated set's positives missed the match band: the spellings a rule holds in review at most
 *  (accuracy-set.ts, ReviewRule), apart from the rest, and match recall over the rest. */
function matchMissLines(r: Results, id: SetId): string[] {
  return r.contenders.flatMap((c) => {
    const a = c.accuracy[id];
    const m = a.matchMisses;
    const ruled = m['weak-alias'] + m.acronym + m['brand-trade'];
    if (ruled === 0) return [];
    return [
      `  ${label(c)}: ${int(ruled + m.other)} of ${int(a.positives)} positives not in the match band. A rule holds ${int(ruled)} in review at most: ` +
        `weak a.k.a. ${int(m['weak-alias'])}, one-word acronym ${int(m.acronym)}, brand plus trade words ${int(m['brand-trade'])};`,
      `  the other ${int(m.other)} are the matcher's. Match recall over the ${int(a.openMatchRecall.n)} positives no such rule holds: ${pctCi(a.openMatchRecall)}.`,
    ];
  });
}

function byKindTable(r: Results, id: SetId, kinds: readonly Category[]): string {
  const present = kinds.filter((k) => r.contenders.some((c) => c.accuracy[id].byCategory.some((b) => b.category === k)));
  return table(
    ['kind', ...r.contenders.map((c) => `${label(c)} (n)`)],
    present.map((k) => [
      k,
      ...r.contenders.map((c) => {
        const b = c.accuracy[id].byCategory.find((x) => x.category === k);
        return b ? `${pct(b.recall)} / ${pct(b.matchRecall)} (${b.recall.n})` : '-';
      }),
    ]),
  );
}

function bySectorTable(r: Results, id: SetId): string {
  const sectors = [...VENDOR_MASTER_SECTORS].filter((k) => r.contenders.some((c) => c.accuracy[id].bySector.some((b) => b.sector === k)));
  return table(
    ['kind of company', ...r.contenders.map((c) => `${label(c)}: match / review (n)`)],
    sectors.map((k) => [
      k,
      ...r.contenders.map((c) => {
        const b = c.accuracy[id].bySector.find((x) => x.sector === k);
        return b ? `${b.unlistedMatch.k} / ${b.unlistedReview.k} (${b.unlistedMatch.n})` : '-';
      }),
    ]),
  );
}

const c0Names = (r: Results): number => r.contenders[0]?.set.indexedNames ?? 0;

function vetterExamples(a: Accuracy, limit: number): string[] {
  return [
    ...examples('positive not found', a.missed, limit),
    ...examples('positive found in review band only', a.reviewOnly, limit),
    ...examples('unlisted vendor -> match band', a.falseMatches, limit),
    ...examples('unlisted vendor -> review band', a.falseReviews, limit),
  ];
}

/** What a vendor-master set holds. The held-out set's hard negatives are counted, not named: its rows stay unprinted. */
function vendorMasterLines(title: string, vm: VendorMasterSummary, nameRows: boolean): string[] {
  const lines = [
    `${title} (${vm.file}): ${int(vm.listedRows)} listed rows naming ${int(vm.entities)} listed entities; ` +
      `${int(vm.resolvedRows)} rows (${int(vm.resolvedEntities)} entities) resolve against this pack and are scored (${counts(vm.positives)}); ` +
      `${int(vm.unresolved.length)} do not and are left out${vm.unresolved.length > 0 ? ` (${counts(Object.fromEntries(['csl-2022', 'sdn-aliases-2026', 'unmarked'].map((k) => [k, vm.unresolved.filter((u) => (u.needs ?? 'unmarked') === k).length]).filter(([, n]) => (n as number) > 0)))})` : ''}.`,
    Object.keys(vm.markedButResolved).length > 0 ? `  Rows marked as needing a newer source that this pack prints already: ${counts(vm.markedButResolved)} (scored).` : '  No row marked as needing a newer source resolves in this pack.',
    `  ${int(total(vm.negatives))} unlisted companies (${counts(vm.negatives)}), ${vm.hardNegatives.length} of them the hard negatives` +
      `${nameRows ? ` (${vm.hardNegatives.join(', ')})` : ''}, kept in the false-match figures` +
      `${vm.droppedNegatives.length > 0 ? `; ${vm.droppedNegatives.length} dropped as now listed${nameRows ? `: ${vm.droppedNegatives.join(', ')}` : ''}` : ''}.`,
  ];
  if (vm.unresolved.length > 0) lines.push(`  Not resolved against this pack: ${nameRows ? vm.unresolved.map((u) => `"${u.vendor}" (${u.needs ?? 'unmarked'})`).join('; ') : `${vm.unresolved.length} rows`}`);
  return lines;
}

export function formatReport(r: Results, exampleLimit = 40): string {
  const out: string[] = [];
  const sets = r.tuningOnly ? TUNING_SETS : SET_IDS;
  const first = r.contenders[0];
  out.push(
    `Vetter screening benchmark (seed ${r.seed}; node ${r.environment.node}; ${r.environment.cpu}, ${r.environment.cpus} CPUs; ` +
      `${r.environment.pinned ? 'each run in its own process, pinned to one CPU with taskset' : 'not pinned to a CPU'})`,
  );
  if (first) {
    const s = first.set;
    const sp = s.split;
    out.push(
      '',
      `Default pack, as the app loads it: ${s.lists.map((l) => `${l.listKey} ${int(l.entries)}`).join(', ')}`,
      `Index: ${int(s.indexedNames)} names (primary + aliases) of ${int(s.indexedEntries)} entries; status "removed" skipped as in the app.`,
      `Generated accuracy set: ${int(total(s.positives))} positives from ${int(s.entities)} listed entities ` +
        `(${counts(s.positives)}); ${int(s.negatives)} unlisted real companies ` +
        `(${s.droppedNegatives.length} dropped as listed: ${s.droppedNegatives.join(', ') || 'none'}).`,
      `  split by entity (seed ${sp.seed}, recorded in bench/screening/fixtures/accuracy-split.tsv): ` +
        `held-out half ${int(total(sp.positives.heldOut))} positives in ${int(sp.groups.heldOut)} entity groups (${counts(sp.positives.heldOut)}), ${int(sp.negatives.heldOut)} unlisted; ` +
        `tuning half ${int(total(sp.positives.tuning))} positives in ${int(sp.groups.tuning)} groups, ${int(sp.negatives.tuning)} unlisted.`,
      sp.recorded
        ? sp.drift === 0
          ? '  The set matches the recorded split exactly.'
          : `  WARNING: ${sp.drift} differences from the recorded split (new groups take the seeded hash's half): ${sp.driftExamples.join('; ')}`
        : '  WARNING: no recorded split (bench/screening/fixtures/accuracy-split.tsv): halves from the seeded hash only.',
      ...(s.vendorMaster ? vendorMasterLines('Vendor-master held-out set', s.vendorMaster, false) : ['Tuning-only run: the held-out half and the vendor-master held-out set were not screened.']),
      ...vendorMasterLines('Vendor-master tuning sets (the first, third and fourth vendor-master sets; their rows have been read, so no target is evaluated on them)', s.vendorMasterTuning, true),
    );
    if (s.unresolvedChinese.length > 0) out.push(`Chinese fixture rows with no listed English name: ${s.unresolvedChinese.join('; ')}`);
  }

  out.push('', 'Contenders (same index names, same queries)');
  for (const c of r.contenders) out.push(`  ${label(c)}: ${c.description.join('; ')}`);

  out.push('', `Speed and memory, full default pack, one core (${r.tuningOnly ? 'the two tuning sets' : 'all four sets'} in one timed pass)`);
  out.push(
    table(
      ['contender', 'queries', 'build ms', 'vendors/s', 'p50 ms', 'p95 ms', 'p99 ms', 'peak RSS MB', 'RSS delta MB', 'index heap MB'],
      r.contenders.map((c) => [
        label(c),
        int(c.latency.queries),
        int(c.buildMs),
        int(c.latency.vendorsPerSecond),
        ms(c.latency.p50Ms),
        ms(c.latency.p95Ms),
        ms(c.latency.p99Ms),
        int(c.memory.peakRssMb),
        int(c.memory.peakDeltaMb),
        int(c.memory.retainedHeapMb),
      ]),
    ),
  );
  out.push(
    'Each contender in its own process: build, JIT warm-up on up to 2,000 synthetic names (at most 2 s), then one timed pass over the queries.',
    'vendors/s is marginal: queries / screening time, the index already built. peak RSS: whole process during build + screening, sampled every',
    '2 ms; RSS delta: over the RSS before the build (pack and queries loaded); index heap: V8 heap + array buffers retained after the build, minus before.',
  );
  const sampled = r.contenders.filter((c) => c.sample);
  if (sampled.length > 0) {
    out.push(
      `* ${sampled
        .map(
          (c) =>
            `${LABEL[c.contender]} ran a stratified sample: ${int(c.sample?.positives ?? 0)} positives and ${int(c.sample?.negatives ?? 0)} unlisted vendors of the generated set, ` +
            `${int(c.sample?.vendorMasterPositives ?? 0)} and ${int(c.sample?.vendorMasterNegatives ?? 0)} of the vendor-master held-out set, ` +
            `${int(c.sample?.vendorMasterTuningPositives ?? 0)} and ${int(c.sample?.vendorMasterTuningNegatives ?? 0)} of the vendor-master tuning set`,
        )
        .join('; ')} ` +
        `to keep the run near five minutes (${sampled.map((c) => `${LABEL[c.contender]} ${(c.latency.totalMs / Math.max(1, c.latency.queries) / 1000).toFixed(2)} s per query`).join(', ')} over ${int(c0Names(r))} names); their rates have wider intervals. ` +
        '--ofac-sample=all and --fuse-sample=all run every set whole.',
    );
  }

  for (const id of sets) {
    out.push('', `Accuracy: ${SET_TITLES[id]}${TUNING_SETS.includes(id) ? ' (what the matcher may be tuned on; no target is evaluated here)' : ''} (95% Wilson intervals)`);
    out.push(accuracyTable(r, id), ...matchMissLines(r, id));
  }
  out.push(
    'unlisted -> match: false match; unlisted -> review: best hit in the review band; flagged: any hit (= an analyst looks at it). Chinese script:',
    'recall / match recall on the positives written in Chinese characters. Hard negatives: namesakes of listed names (vendor-master sets), in the',
    'match band / in the review band; they are counted in the unlisted rates too.',
  );

  if (!r.tuningOnly) {
    out.push('', 'Recall by kind of positive, review+match / match band: held-out half');
    out.push(byKindTable(r, 'heldOut', POSITIVE_CATEGORIES));
    out.push('', 'Recall by spelling, review+match / match band: vendor-master held-out set');
    out.push(byKindTable(r, 'vendorMaster', VENDOR_MASTER_SPELLINGS));
  }
  out.push('', 'Recall by kind of positive, review+match / match band: tuning half');
  out.push(byKindTable(r, 'tuning', POSITIVE_CATEGORIES));
  out.push('', 'Recall by spelling, review+match / match band: vendor-master tuning set');
  out.push(byKindTable(r, 'vendorMasterTuning', VENDOR_MASTER_SPELLINGS));
  if (!r.tuningOnly) {
    out.push('', 'Unlisted vendors of the vendor-master held-out set flagged, by kind of company: match band / review band (n)');
    out.push(bySectorTable(r, 'vendorMaster'));
  }
  out.push('', 'Unlisted vendors of the vendor-master tuning set flagged, by kind of company: match band / review band (n)');
  out.push(bySectorTable(r, 'vendorMasterTuning'));

  out.push('', `Scale: ${r.large ? int(r.large.names) : '1,000,000'} synthetic list names (Vetter only: the baselines are skipped at this size)`);
  if (r.large) {
    const l = r.large;
    out.push(
      table(
        ['names', 'generate s', 'build s', 'peak RSS MB', 'RSS delta MB', 'index heap MB', 'queries', 'vendors/s', 'p50 ms', 'p95 ms', 'recall', 'match recall', 'unlisted flagged'],
        [
          [
            int(l.names),
            (l.generateMs / 1000).toFixed(1),
            (l.buildMs / 1000).toFixed(1),
            int(l.memory.peakRssMb),
            int(l.memory.peakDeltaMb),
            int(l.memory.retainedHeapMb),
            int(l.latency.queries),
            int(l.latency.vendorsPerSecond),
            ms(l.latency.p50Ms),
            ms(l.latency.p95Ms),
            pct(l.accuracy.recall),
            pct(l.accuracy.matchRecall),
            pct(l.accuracy.unlistedAny),
          ],
        ],
      ),
    );
    out.push(`Sample names: ${l.examples.slice(0, 4).map((e) => `"${e}"`).join(', ')}`);
  } else {
    out.push('  not run (--quick)');
  }

  out.push('', `Targets (Vetter; accuracy on the held-out sets only${r.tuningOnly ? ', not screened in this tuning-only run' : ''})`);
  for (const t of r.targets) out.push(`  [${t.status}] ${t.target}: ${t.measured}`);

  // Only the tuning sets' errors are printed: whoever changes the matcher reads these, and must not read the
  // held-out sets' (25 of each are in the JSON, for an audit of the numbers).
  const vetter = r.contenders.find((c) => c.contender === 'vetter');
  if (vetter) {
    out.push('', `Vetter examples, tuning half (first ${exampleLimit} of each; the held-out sets' examples are only in the JSON)`);
    out.push(...vetterExamples(vetter.accuracy.tuning, exampleLimit));
    if (vetter.accuracy.vendorMasterTuning) {
      out.push('', `Vetter examples, vendor-master tuning set (first ${exampleLimit} of each; all of them in the JSON)`);
      out.push(...vetterExamples(vetter.accuracy.vendorMasterTuning, exampleLimit));
    }
  }
  return out.join('\n');
}
