// The printed report and the targets of the issue, from the results of all child runs.
import { POSITIVE_CATEGORIES } from './accuracy-set';
import type { ContenderId } from './contender';
import type { Example, Rate } from './metrics';
import type { ContenderResult, LargeResult } from './run';

export interface Results {
  generatedAt: string;
  seed: number;
  environment: { node: string; cpu: string; cpus: number; pinned: boolean };
  quick: boolean;
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

export function evaluateTargets(contenders: readonly ContenderResult[], large: LargeResult | null): Target[] {
  const vetter = contenders.find((c) => c.contender === 'vetter');
  const ofac = contenders.find((c) => c.contender === 'ofac-style');
  const targets: Target[] = [];
  const check = (target: string, measured: string, ok: boolean | null): void => {
    targets.push({ target, measured, status: ok === null ? 'SKIPPED' : ok ? 'PASS' : 'FAIL' });
  };
  if (!vetter) return targets;
  const v = vetter.accuracy;
  check('>= 2,000 vendors/s on one core, full default pack (aim 5,000)', `${int(vetter.latency.vendorsPerSecond)} vendors/s`, vetter.latency.vendorsPerSecond >= 2000);
  check('1M synthetic names: index built in <= 60 s', large ? `${(large.buildMs / 1000).toFixed(1)} s` : 'not run (--quick)', large ? large.buildMs <= 60_000 : null);
  check('1M synthetic names: peak RSS <= 2 GB (whole process)', large ? `${int(large.memory.peakRssMb)} MB` : 'not run (--quick)', large ? large.memory.peakRssMb <= 2048 : null);
  check('1M synthetic names: >= 500 vendors/s', large ? `${int(large.latency.vendorsPerSecond)} vendors/s` : 'not run (--quick)', large ? large.latency.vendorsPerSecond >= 500 : null);
  check('recall (match or review) >= 0.99', pctCi(v.recall), v.recall.rate >= 0.99);
  check('match-band recall >= 0.95', pctCi(v.matchRecall), v.matchRecall.rate >= 0.95);
  check('unlisted vendors in the match band <= 1%', pctCi(v.unlistedMatch), v.unlistedMatch.rate <= 0.01);
  check('unlisted vendors in review (best hit in review band) <= 5%', pctCi(v.unlistedReview), v.unlistedReview.rate <= 0.05);
  if (ofac) {
    check('recall at least the OFAC-style baseline\'s', `${pct(v.recall)} vs ${pct(ofac.accuracy.recall)}`, v.recall.rate >= ofac.accuracy.recall.rate);
    check('fewer unlisted vendors flagged (any band) than OFAC-style', `${pct(v.unlistedAny)} vs ${pct(ofac.accuracy.unlistedAny)}`, v.unlistedAny.rate < ofac.accuracy.unlistedAny.rate);
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

export function formatReport(r: Results, exampleLimit = 10): string {
  const out: string[] = [];
  const first = r.contenders[0];
  out.push(
    `Vetter screening benchmark (seed ${r.seed}; node ${r.environment.node}; ${r.environment.cpu}, ${r.environment.cpus} CPUs; ` +
      `${r.environment.pinned ? 'each run in its own process, pinned to one CPU with taskset' : 'not pinned to a CPU'})`,
  );
  if (first) {
    const s = first.set;
    out.push(
      '',
      `Default pack, read with parseListFiles: ${s.lists.map((l) => `${l.listKey} ${int(l.entries)}`).join(', ')}`,
      `Index: ${int(s.indexedNames)} names (primary + aliases) of ${int(s.indexedEntries)} entries; status "removed" skipped as in the app.`,
      `Accuracy set: ${int(Object.values(s.positives).reduce((a, b) => a + b, 0))} positives from ${int(s.entities)} listed entities ` +
        `(${Object.entries(s.positives).map(([k, n]) => `${k} ${int(n)}`).join(', ')}); ${int(s.negatives)} unlisted real companies ` +
        `(${s.droppedNegatives.length} dropped as listed: ${s.droppedNegatives.join(', ') || 'none'}).`,
    );
    if (s.unresolvedChinese.length > 0) out.push(`Chinese fixture rows with no listed English name: ${s.unresolvedChinese.join('; ')}`);
  }

  out.push('', 'Contenders (same index names, same queries)');
  for (const c of r.contenders) out.push(`  ${label(c)}: ${c.description.join('; ')}`);

  out.push('', 'Speed and memory, full default pack, one core');
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
    'peak RSS: whole process during build + screening, sampled every 2 ms; RSS delta: over the RSS before the build (pack and queries loaded);',
    'index heap: V8 heap + array buffers retained after the build and a full GC, minus before.',
  );
  const sampled = r.contenders.filter((c) => c.sample);
  if (sampled.length > 0) {
    out.push(
      `* ${sampled.map((c) => `${LABEL[c.contender]} ran a stratified sample of ${int(c.sample?.positives ?? 0)} positives and ${int(c.sample?.negatives ?? 0)} unlisted vendors`).join('; ')} ` +
        'to keep the run near three minutes (Fuse.js takes about 0.3 s per query over 40k names); their rates have wider intervals. ' +
        '--ofac-sample=all and --fuse-sample=all run the whole set.',
    );
  }

  out.push('', 'Accuracy, full default pack (95% Wilson intervals)');
  out.push(
    table(
      ['contender', 'recall (review+match)', 'match recall', 'precision (match)', 'unlisted -> match', 'unlisted -> review', 'unlisted flagged'],
      r.contenders.map((c) => [
        label(c),
        pctCi(c.accuracy.recall),
        pctCi(c.accuracy.matchRecall),
        pctCi(c.accuracy.precision),
        pctCi(c.accuracy.unlistedMatch),
        pctCi(c.accuracy.unlistedReview),
        pctCi(c.accuracy.unlistedAny),
      ]),
    ),
  );
  out.push('unlisted -> review: best hit in the review band; flagged: any hit (= an analyst looks at it).');

  out.push('', 'Recall by kind of positive: review+match / match band');
  const cats = POSITIVE_CATEGORIES.filter((cat) => r.contenders.some((c) => c.accuracy.byCategory.some((b) => b.category === cat)));
  out.push(
    table(
      ['kind', ...r.contenders.map((c) => `${label(c)} (n)`)],
      cats.map((cat) => [
        cat,
        ...r.contenders.map((c) => {
          const b = c.accuracy.byCategory.find((x) => x.category === cat);
          return b ? `${pct(b.recall)} / ${pct(b.matchRecall)} (${b.recall.n})` : '-';
        }),
      ]),
    ),
  );

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

  out.push('', 'Targets (Vetter)');
  for (const t of r.targets) out.push(`  [${t.status}] ${t.target}: ${t.measured}`);

  const vetter = r.contenders.find((c) => c.contender === 'vetter');
  if (vetter) {
    const a = vetter.accuracy;
    out.push('', `Vetter examples (first ${exampleLimit} of each; up to 25 in the JSON)`);
    out.push(...examples('unlisted vendor -> match band', a.falseMatches, exampleLimit));
    out.push(...examples('unlisted vendor -> review band', a.falseReviews, exampleLimit));
    out.push(...examples('positive not found', a.missed, exampleLimit));
    out.push(...examples('positive found in review band only', a.reviewOnly, exampleLimit));
  }
  return out.join('\n');
}
