// Eight apps on one team workspace at once (#13): each its own core over its own connection to a real PostgreSQL
// server, logged in as an analyst of its own, makes 200 mixed writes while the others make theirs: vendors added and
// edited (its own), small vendor files imported, hits reviewed, criteria answered and allegations recorded on vendors
// every app works on (each app its own hits and criteria there). Afterwards every row is as the last write of it
// left it, the tables hold exactly what was written, each write's audit event is there once, and the chain is one.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, criterionById } from '../../electron/core/assessment/catalog';
import type { AuditEvent, VendorInput } from '../../electron/core/contract';
import { openWorkspace } from '../../electron/core/workspace/open';
import { ALLEGATION_INPUT, coreOn, tempDir, type TestCore, vendorInput } from '../helpers';
import { type PostgresServer, startPostgres } from '../postgres-server';
import { refPath } from '../reference-data';
import { postgresDatabases } from '../stores';

const LOGINS = ['ana', 'ben', 'cleo', 'dan', 'eve', 'fay', 'gus', 'hal'];
/** Each app answers its own criterion (yes / partly / no) on every shared vendor. */
const CRITERIA = ['T1', 'T2', 'T3', 'T4', 'T5', 'A2', 'A5', 'R1'];
const ANSWERS = ['yes', 'partial', 'no'];
/** Vendors every app works on: each named, or also known, as companies on the DoD 1260H list, so each has hits. */
const SHARED: VendorInput[] = [
  vendorInput({
    legalName: 'Huawei Technologies Co., Ltd.',
    otherNames: [{ name: 'BGI Genomics Co., Ltd.', kind: 'other' }],
    countryOfIncorporation: 'CN',
    services: ['AI model/API'],
  }),
  vendorInput({
    legalName: 'Aviation Industry Corporation of China Ltd.',
    otherNames: [{ name: 'AVIC Heavy Machinery Company Limited', kind: 'other' }],
    countryOfIncorporation: 'CN',
    services: ['AI model/API'],
  }),
  vendorInput({
    legalName: '360 Security Technology Inc.',
    otherNames: [{ name: 'Beijing Zhidao Chuangyu Information Technology Co., Ltd.', kind: 'other' }],
    countryOfIncorporation: 'CN',
    services: ['AI model/API'],
  }),
  vendorInput({ legalName: 'Aerospace CH UAV Co., Ltd', countryOfIncorporation: 'CN', services: ['AI model/API'] }),
];
const ROUNDS = 40;
type Extra = 'review' | 'answer' | 'allegation' | 'import';
/** The fourth and fifth writes of each round, 80 in all, each kind spread evenly through them. */
const EXTRAS: Record<Extra, number> = { review: 32, answer: 36, allegation: 10, import: 2 };
const EXTRA: readonly Extra[] = (Object.entries(EXTRAS) as [Extra, number][])
  .flatMap(([kind, n]) => Array.from({ length: n }, (_, i) => ({ kind, at: (i + 0.5) / n })))
  .sort((a, b) => a.at - b.at)
  .map((e) => e.kind);
const ROWS_PER_IMPORT = 6;

const HEADER = 'name,aliases,country,parent,website,services,data_shared,criticality,owner,notes';

let server: PostgresServer;
let url: string;
const cores: TestCore[] = [];

beforeAll(async () => {
  server = await startPostgres();
  url = await (await postgresDatabases(server, 'conc'))();
  const owner = await server.connect(url);
  for (const login of LOGINS) await owner.query(`CREATE ROLE ${login} LOGIN; GRANT vetter_analyst TO ${login}`);
}, 240_000);

afterAll(async () => {
  await Promise.all(cores.splice(0).map((t) => t.core.close()));
  await server?.stop();
}, 180_000);

/** A core of its own on the workspace, as `login` (the test server trusts logins from 127.0.0.1). */
async function app(login?: string): Promise<TestCore> {
  const address = new URL(url);
  if (login) address.username = login;
  const t = coreOn(await openWorkspace({ engine: 'postgres', url: address.toString() }));
  cores.push(t);
  return t;
}

/** The vendor an app's round r adds, and its two edits. */
const owned = (k: number, r: number, edit: 0 | 1 | 2): VendorInput =>
  vendorInput({
    legalName: `${LOGINS[k]} Vendor ${r} Ltd`,
    criticality: (['low', 'medium', 'high'] as const)[edit],
    notes: edit === 0 ? null : `${LOGINS[k]} edit ${edit} of vendor ${r}`,
    tags: edit === 2 ? [LOGINS[k]!] : [],
    contractOwner: edit === 2 ? `Owner ${k}.${r}` : null,
  });

const importName = (k: number, j: number, row: number) => `${LOGINS[k]} Import ${j} Row ${row} GmbH`;

/** What one app wrote, and what it expects to remain of it. */
interface Written {
  /** Audit events, as eventKey() reads them. */
  events: string[];
  vendors: Map<string, VendorInput>;
  imported: string[];
  /** Each of its hits' last decision and reason. */
  reviews: Map<string, { decision: 'confirmed' | 'open'; reason: string }>;
  /** (vendor id, criterion) → the last answer's value and note. */
  answers: Map<string, { value: string; note: string }>;
  allegations: string[];
}

/** An event as the writes it records are told apart: the same action on the same thing twice differs by its note. */
function eventKey(e: Pick<AuditEvent, 'actor' | 'action' | 'summary' | 'after'>): string {
  const after = (e.after ?? {}) as { note?: string; notes?: string };
  return [e.actor, e.action, e.summary, after.note ?? after.notes ?? ''].join(' | ');
}

/** App k's 200 writes, one after another, as a user makes them. */
async function writes(k: number, t: TestCore, hits: readonly { id: string; vendorId: string }[], shared: readonly { id: string; legalName: string }[]): Promise<Written> {
  const login = LOGINS[k]!;
  const out: Written = { events: [], vendors: new Map(), imported: [], reviews: new Map(), answers: new Map(), allegations: [] };
  const counts = { review: 0, answer: 0, allegation: 0, import: 0 };
  const dir = tempDir();
  const extra: Record<Extra, () => Promise<void>> = {
    review: async () => {
      const n = counts.review++;
      const hit = hits[n % hits.length]!;
      // Confirm, reopen, confirm…: each app's hits end confirmed or open by its own last review.
      const decision = n % hits.length === n % (2 * hits.length) ? 'confirmed' : 'open';
      const reason = decision === 'open' ? '' : `${login} review ${n}`;
      const reviewed = await t.call('screening.review', { hitId: hit.id, decision, reason });
      out.reviews.set(hit.id, { decision, reason });
      const name = shared.find((v) => v.id === hit.vendorId)!.legalName;
      const [action, verb] = decision === 'open' ? ['reopen', 'Reopened'] : ['confirmed', `Confirmed as a true match`];
      out.events.push(eventKey({ actor: login, action: `screening.${action}`, summary: `${verb}: ${name} against ${reviewed.entryName} (dod-1260h)${reason && ` — ${reason}`}`, after: null }));
    },
    answer: async () => {
      const n = counts.answer++;
      const vendor = shared[n % shared.length]!;
      const value = ANSWERS[n % ANSWERS.length]!;
      const note = `${login} answer ${n}`;
      const answered = await t.call('assessment.answer', { vendorId: vendor.id, criterionId: CRITERIA[k]!, value, verified: false, note });
      expect(answered.answers[CRITERIA[k]!]).toMatchObject({ value, note, answeredBy: login });
      out.answers.set(`${vendor.id} ${CRITERIA[k]}`, { value, note });
      const criterion = criterionById(CATALOG, CRITERIA[k]!)!;
      out.events.push(eventKey({ actor: login, action: 'assessment.answer', summary: `Answered ${criterion.id} (${criterion.title}): ${value}`, after: { note } }));
    },
    allegation: async () => {
      const n = counts.allegation++;
      const title = `${login} allegation ${n}`;
      const subject = shared[n % shared.length]!.legalName;
      await t.call('allegations.create', { ...ALLEGATION_INPUT, subjectName: subject, sourceTitle: title });
      out.allegations.push(title);
      out.events.push(eventKey({ actor: login, action: 'allegation.create', summary: `Recorded an allegation against ${subject}: ${title}`, after: null }));
    },
    import: async () => {
      const j = counts.import++;
      const names = Array.from({ length: ROWS_PER_IMPORT }, (_, row) => importName(k, j, row));
      const file = path.join(dir, `vendors-${j}.csv`);
      fs.writeFileSync(file, [HEADER, ...names.map((n) => `${n},,DE,,,SaaS,None,low,,`)].join('\n'));
      const picked = t.pick(file);
      const preview = await t.call('vendors.importPreview', { file: picked });
      expect(await t.call('vendors.importRun', { file: picked, mapping: preview.mapping, onDuplicate: 'skip', jobId: `${login}-import-${j}` })).toEqual({ created: ROWS_PER_IMPORT, updated: 0, skipped: 0 });
      out.imported.push(...names);
      out.events.push(...names.map((n) => eventKey({ actor: login, action: 'vendor.create', summary: `Added vendor ${n}`, after: null })));
      out.events.push(eventKey({ actor: login, action: 'vendor.import', summary: `Imported vendors-${j}.csv: ${ROWS_PER_IMPORT} added, 0 updated, 0 skipped`, after: null }));
    },
  };
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const created = await t.call('vendors.create', owned(k, r, 0));
      out.events.push(eventKey({ actor: login, action: 'vendor.create', summary: `Added vendor ${created.legalName}`, after: null }));
      let { version } = created;
      for (const edit of [1, 2] as const) {
        ({ version } = await t.call('vendors.update', { id: created.id, version, vendor: owned(k, r, edit) }));
        out.events.push(eventKey({ actor: login, action: 'vendor.update', summary: `Edited vendor ${created.legalName}`, after: { notes: owned(k, r, edit).notes } }));
      }
      out.vendors.set(created.id, owned(k, r, 2));
      await extra[EXTRA[2 * r]!]();
      await extra[EXTRA[2 * r + 1]!]();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(counts).toEqual(EXTRAS);
  return out;
}

// About a minute of this process's CPU; on this shared 2-core machine, loaded by others' builds and tests (a load
// average of 15), the run took 4 to 5 minutes: hence the generous timeout.
describe('eight apps writing to one team workspace at once', () => {
  it('loses no write, holds exactly the rows written, and keeps one audit chain', async () => {
    // The workspace's owner imports a small list and screens the shared vendors: each has hits on it.
    const owner = await app();
    await owner.call('lists.import', { files: [owner.pick(refPath('dod-1260h/1260h.csv'))], jobId: 'list', confirmed: true });
    const shared: { id: string; legalName: string }[] = [];
    for (const input of SHARED) shared.push(await owner.call('vendors.create', input));
    await owner.call('screening.run', { jobId: 'screen' });
    const allHits = (await Promise.all(shared.map(async (v) => (await owner.call('screening.vendor', { vendorId: v.id })).hits))).flat();
    expect(allHits.length).toBeGreaterThanOrEqual(LOGINS.length);
    // Each app reviews its own hits; the hits of one vendor go to different apps.
    const hitsOf = (k: number) => allHits.filter((_, i) => i % LOGINS.length === k);
    const before = await owner.call('audit.list', { limit: 1 });
    const startSeq = before.events[0]!.seq;
    const tables = async () => {
      const counts: Record<string, number> = {};
      for (const table of ['vendors', 'answers', 'assessment_preparers', 'allegations', 'screening_hits', 'audit_events']) {
        counts[table] = (await owner.core.workspace.store.read.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
      }
      return counts;
    };
    const initial = await tables();

    const apps = await Promise.all(LOGINS.map((login) => app(login)));
    const written = await Promise.all(apps.map((t, k) => writes(k, t, hitsOf(k), shared)));

    // Exactly the rows written. Answers open, change or resolve findings as they come (findings/), each audited: those
    // events are counted apart, and at most one finding per vendor and criterion is live.
    const answered = new Set(written.flatMap((w) => [...w.answers.keys()]));
    const events = written.flatMap((w) => w.events);
    const findingEvents = (await owner.core.workspace.store.read.get<{ n: number }>("SELECT count(*) AS n FROM audit_events WHERE seq > ? AND action LIKE 'finding.%'", [startSeq]))!.n;
    expect(await owner.core.workspace.store.read.all("SELECT vendor_id, criterion_id FROM findings WHERE status <> 'resolved' GROUP BY vendor_id, criterion_id HAVING count(*) > 1")).toEqual([]);
    expect(await tables()).toEqual({
      ...initial,
      vendors: initial.vendors! + LOGINS.length * (ROUNDS + EXTRAS.import * ROWS_PER_IMPORT),
      answers: initial.answers! + answered.size,
      assessment_preparers: initial.assessment_preparers! + LOGINS.length * shared.length,
      allegations: initial.allegations! + LOGINS.length * EXTRAS.allegation,
      audit_events: initial.audit_events! + events.length + findingEvents,
    });
    expect(answered.size).toBe(LOGINS.length * shared.length);

    // Each row as its last write left it.
    const { vendors } = await owner.call('vendors.list', {});
    const byId = new Map(vendors.map((v) => [v.id, v]));
    for (const w of written) {
      for (const [id, input] of w.vendors) {
        expect(byId.get(id)).toMatchObject({ legalName: input.legalName, criticality: input.criticality, notes: input.notes, tags: input.tags, contractOwner: input.contractOwner });
      }
    }
    const names = new Set(vendors.map((v) => v.legalName));
    expect(written.flatMap((w) => w.imported).filter((n) => !names.has(n))).toEqual([]);
    for (const vendor of shared) {
      const { assessment } = await owner.call('assessment.get', { vendorId: vendor.id });
      expect([...assessment.preparedBy].sort()).toEqual([...LOGINS].sort());
      LOGINS.forEach((login, k) => {
        const last = written[k]!.answers.get(`${vendor.id} ${CRITERIA[k]}`)!;
        expect(assessment.answers[CRITERIA[k]!]).toMatchObject({ value: last.value, note: last.note, answeredBy: login });
      });
      const { hits } = await owner.call('screening.vendor', { vendorId: vendor.id });
      for (const hit of hits) {
        const k = LOGINS.findIndex((_, i) => written[i]!.reviews.has(hit.id));
        const last = written[k]!.reviews.get(hit.id)!;
        expect(hit.review).toMatchObject(last.decision === 'open' ? { decision: 'open', reviewer: null } : { decision: 'confirmed', reviewer: LOGINS[k], reason: last.reason });
      }
      // The score history ends with the score as it is now: no write's snapshot was lost to another's.
      const { result, history } = await owner.call('scores.vendor', { vendorId: vendor.id });
      expect(history[0]?.score).toBe(result.score);
    }
    const { allegations } = await owner.call('allegations.list', {});
    expect(allegations.map((a) => a.sourceTitle).sort()).toEqual(written.flatMap((w) => w.allegations).sort());

    // Every write's audit event once, in its author's name, and one chain through them all.
    const logged: string[] = [];
    for (let beforeSeq: number | undefined; ; ) {
      const page = await owner.call('audit.list', { limit: 1000, ...(beforeSeq === undefined ? {} : { beforeSeq }) });
      logged.push(...page.events.filter((e) => e.seq > startSeq && !e.action.startsWith('finding.')).map(eventKey));
      if (page.events.length === 0 || page.events.at(-1)!.seq <= startSeq) break;
      beforeSeq = page.events.at(-1)!.seq;
    }
    expect(logged.sort()).toEqual([...events].sort());
    expect(await owner.call('audit.verify', {})).toMatchObject({ ok: true, checked: initial.audit_events! + events.length + findingEvents, firstBad: null });
  }, 900_000);
});
