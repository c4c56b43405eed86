// The STTI-style criteria catalog: complete, well-formed, mapped, and in step with docs/methodology.md.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bestAnswerValue,
  CATALOG,
  CATALOG_V1,
  type CriteriaCatalog,
  criterionApplies,
  criterionById,
  PILLARS,
  renderMappingTable,
  validateCatalog,
} from '../../electron/core/assessment/catalog';
import { DATA_SHARED, CRITICALITY } from '../../electron/core/contract';
import { DEFAULT_METHODOLOGY, renderWeightTable } from '../../electron/core/scoring';
import { ROOT } from '../helpers';

const clone = (c: CriteriaCatalog): CriteriaCatalog => structuredClone(c) as CriteriaCatalog;

describe('criteria catalog v1', () => {
  it('is version 1 of a stable id and is what the app ships', () => {
    expect(CATALOG_V1.id).toBe('vetter-stti');
    expect(CATALOG_V1.version).toBe(1);
    expect(CATALOG).toBe(CATALOG_V1);
  });

  it('keeps its criterion ids (stored answers refer to them)', () => {
    expect(CATALOG_V1.criteria.map((c) => c.id)).toEqual([
      'T1', 'T2', 'T3', 'T4', 'T5',
      'A1', 'A2', 'A3', 'A4', 'A5',
      'R1', 'R2', 'R3', 'R4',
      'J1', 'J2', 'J3', 'J4',
      'E1', 'E2', 'E3', 'E4',
    ]);
  });

  it('passes its own validation', () => {
    expect(validateCatalog(CATALOG_V1)).toEqual([]);
  });

  it('has 15 to 20 questions for the analyst plus the two read from the vendor record', () => {
    const asked = CATALOG_V1.criteria.filter((c) => c.source === 'answer');
    expect(asked.length).toBeGreaterThanOrEqual(15);
    expect(asked.length).toBeLessThanOrEqual(20);
    expect(CATALOG_V1.criteria.filter((c) => c.source === 'vendor-record').map((c) => c.derivedFrom)).toEqual(['dataShared', 'criticality']);
  });

  it('covers every pillar', () => {
    for (const pillar of PILLARS) expect(CATALOG_V1.criteria.some((c) => c.pillar === pillar)).toBe(true);
  });

  it('asks what the issue asks for', () => {
    const find = (pattern: RegExp) => CATALOG_V1.criteria.filter((c) => pattern.test(`${c.title} ${c.question}`)).map((c) => c.id);
    expect(find(/provenance/i)).toContain('T1');
    expect(find(/export/i)).toContain('T2');
    expect(find(/beneficial owner/i)).toContain('T3');
    expect(find(/sub-processor/i)).toContain('T4');
    expect(find(/where our data is stored|data locations/i)).toContain('T5');
    const a1 = criterionById(CATALOG_V1, 'A1')!;
    expect(a1.options!.map((o) => o.label).join(' ')).toMatch(/SOC 2 Type II.*ISO\/IEC 27001.*CSA STAR/);
    expect(find(/42001/)).toContain('A2');
    expect(find(/who performed/i)).toContain('A3');
    expect(criterionById(CATALOG_V1, 'A4')!.answerType).toBe('date');
    expect(find(/scope/i)).toContain('A5');
    expect(find(/theft/i)).toContain('R1');
    expect(criterionById(CATALOG_V1, 'R2')!.options!.map((o) => o.label).join(' ')).toMatch(/24 hours.*72 hours/);
    expect(find(/vulnerability disclosure/i)).toContain('R3');
    expect(criterionById(CATALOG_V1, 'R4')!.question).toMatch(/state authority before/);
    expect(criterionById(CATALOG_V1, 'R4')!.question).toMatch(/2021 Regulations on the Management of Security Vulnerabilities/);
    expect(criterionById(CATALOG_V1, 'J1')!.question).toMatch(/National Intelligence Law, 2017/);
    expect(find(/localisation/i)).toContain('J2');
    expect(find(/owned or controlled by a state/i)).toContain('J3');
  });

  it('reads exposure criteria from the vendor record with the record’s own values', () => {
    expect(criterionById(CATALOG_V1, 'E1')!.options!.map((o) => o.value)).toEqual([...DATA_SHARED]);
    expect(criterionById(CATALOG_V1, 'E2')!.options!.map((o) => o.value)).toEqual([...CRITICALITY]);
  });

  it('every scored answer has a risk between 0 and 1, and a zero-risk answer exists', () => {
    for (const c of CATALOG_V1.criteria.filter((k) => k.source === 'answer')) {
      expect(c.riskIfUnanswered, c.id).toBe(1);
      if (c.answerType === 'date' || c.answerType === 'text') continue;
      for (const o of c.options!) expect(o.risk, `${c.id} ${o.value}`).toBeGreaterThanOrEqual(0);
      expect(c.options!.some((o) => o.risk === 0), c.id).toBe(true);
    }
  });

  it('says what a good answer is', () => {
    expect(bestAnswerValue(criterionById(CATALOG_V1, 'T1')!, '2026-01-01')).toBe('yes');
    expect(bestAnswerValue(criterionById(CATALOG_V1, 'J2')!, '2026-01-01')).toBe('no');
    expect(bestAnswerValue(criterionById(CATALOG_V1, 'A1')!, '2026-01-01')).toEqual(['soc2-type2']);
    expect(bestAnswerValue(criterionById(CATALOG_V1, 'A4')!, '2026-01-01')).toBe('2026-01-01');
    expect(bestAnswerValue(criterionById(CATALOG_V1, 'E1')!, '2026-01-01')).toBeUndefined();
  });

  it('asks AI questions only of AI vendors, and everything when services are unknown', () => {
    const t1 = criterionById(CATALOG_V1, 'T1')!;
    expect(criterionApplies(t1, ['AI model/API'])).toBe(true);
    expect(criterionApplies(t1, ['IaaS/PaaS'])).toBe(false);
    expect(criterionApplies(t1, [])).toBe(true);
    expect(criterionApplies(criterionById(CATALOG_V1, 'T3')!, ['Hardware'])).toBe(true);
    expect(CATALOG_V1.criteria.filter((c) => c.appliesTo).map((c) => c.id)).toEqual(['T1', 'T2', 'A2', 'E4']);
  });

  it('maps every criterion to the frameworks, with the anchors the issue names', () => {
    for (const c of CATALOG_V1.criteria) {
      const mapped = Object.values(c.mappings).filter((ids) => ids.length > 0).length;
      expect(mapped, c.id).toBeGreaterThanOrEqual(3);
      expect(c.mappings.nist80016r1.length, c.id).toBeGreaterThan(0);
      expect(c.mappings.iso27036.length, c.id).toBeGreaterThan(0);
      expect(c.mappings.csaCaiq.length, c.id).toBeGreaterThan(0);
    }
    const all = (key: keyof (typeof CATALOG_V1.criteria)[number]['mappings']) => new Set(CATALOG_V1.criteria.flatMap((c) => c.mappings[key]));
    for (const id of ['GOVERN 6.1', 'GOVERN 6.2']) expect(all('nistAiRmf').has(id), id).toBe(true);
    for (const id of ['A.10.2', 'A.10.3', 'A.10.4']) expect(all('iso42001').has(id), id).toBe(true);
    for (const id of ['SR-3', 'SR-6', 'SA-9']) expect(all('nist80016r1').has(id), id).toBe(true);
    expect([...all('csaCaiq')].filter((id) => id.startsWith('STA-')).length).toBeGreaterThanOrEqual(4);
    // Third-party IP (GOVERN 6.1) on the IP-theft mechanism; third-party failure contingency (6.2) on incident response.
    expect(criterionById(CATALOG_V1, 'R1')!.mappings.nistAiRmf).toEqual(expect.arrayContaining(['GOVERN 6.1', 'GOVERN 6.2']));
    expect(criterionById(CATALOG_V1, 'T1')!.mappings.nist80016r1).toContain('SR-4');
  });

  it('is frozen: edits go to a copy with a new version', () => {
    expect(Object.isFrozen(CATALOG_V1)).toBe(true);
    expect(Object.isFrozen(CATALOG_V1.criteria[0]!.mappings.nistAiRmf)).toBe(true);
    const copy = clone(CATALOG_V1);
    copy.version = 2;
    copy.criteria[0]!.question = 'Changed?';
    expect(validateCatalog(copy)).toEqual([]);
    expect(CATALOG_V1.criteria[0]!.question).not.toBe('Changed?');
  });

  it('validation catches what would break scoring', () => {
    const bad = clone(CATALOG_V1);
    bad.criteria[1]!.id = 'T1';
    bad.criteria[2]!.mappings.nistAiRmf = ['GOVERN six'];
    bad.criteria[3]!.options = [
      { value: 'a', label: 'A', risk: 0.5 },
      { value: 'b', label: 'B', risk: 1 },
    ];
    bad.criteria[4]!.riskIfUnanswered = 1.5;
    bad.criteria[5]!.options = [
      { value: 'x', label: 'X', risk: 0 },
      { value: 'x', label: 'X again', risk: 1 },
    ];
    const problems = validateCatalog(bad).join('\n');
    expect(problems).toMatch(/T1: the id is used twice/);
    expect(problems).toMatch(/"GOVERN six" is not a nistAiRmf id/);
    expect(problems).toMatch(/T4: no option carries zero risk/);
    expect(problems).toMatch(/T5: riskIfUnanswered must be between 0 and 1/);
    expect(problems).toMatch(/A1: option "x" appears twice/);
  });

  it('docs/methodology.md carries the current mapping and weight tables', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'methodology.md'), 'utf8');
    expect(doc).toContain(renderMappingTable(CATALOG_V1));
    expect(doc).toContain(renderWeightTable(DEFAULT_METHODOLOGY, CATALOG_V1));
  });
});
