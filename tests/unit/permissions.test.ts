// The role each write needs, and the lists whose matches need a second reviewer, as the core and the database know them.
import { describe, expect, it } from 'vitest';
import { CHANGES } from '../../electron/core/changes';
import { contract, type Method } from '../../electron/core/contract';
import { POSTGRES_MIGRATIONS } from '../../electron/core/db/postgres/migrations';
import { WRITES } from '../../electron/core/db/postgres/grants';
import { LIST_SOURCES } from '../../electron/core/lists/registry';
import { NEEDS, needOf, roleRefusal } from '../../electron/core/permissions';
import { ONE_USER } from '../../electron/core/workspace/roles';

describe('permissions', () => {
  it('every write needs a role, and no read does', () => {
    for (const method of Object.keys(contract) as Method[]) {
      expect(NEEDS[method] === null, method).toBe(CHANGES[method].length === 0);
    }
  });

  it('approving needs an approver, moving an assessment otherwise an analyst', () => {
    expect(needOf('assessment.setStatus', { vendorId: 'v', status: 'approved', reassessDue: null })?.role).toBe('vetter_approver');
    expect(needOf('assessment.setStatus', { vendorId: 'v', status: 'in review', reassessDue: null })?.role).toBe('vetter_analyst');
    const analyst = { roles: ['vetter_reader', 'vetter_analyst'] as const, shared: true };
    expect(roleRefusal('ana', analyst, needOf('assessment.setStatus', { vendorId: 'v', status: 'approved', reassessDue: null }))).toBe(
      'ana lacks vetter_approver for approving an assessment',
    );
    expect(roleRefusal('ana', analyst, needOf('lists.import', { files: [{ ref: 'r', name: 'n' }], jobId: 'j' }))).toBe('ana lacks vetter_admin for importing a list');
    expect(roleRefusal('me', ONE_USER, needOf('lists.import', { files: [{ ref: 'r', name: 'n' }], jobId: 'j' }))).toBeNull();
  });

  it('the database grants no role a deletion of audit events, reports or preparers, nor an update of events', () => {
    for (const writes of Object.values(WRITES)) {
      expect(writes.audit_events ?? 'INSERT').toBe('INSERT');
      expect(writes.reports ?? 'INSERT').toBe('INSERT');
      expect(writes.assessment_preparers ?? 'INSERT').toBe('INSERT');
    }
  });

  it('PostgreSQL’s dismissal check names the lists the registry says need a second reviewer', () => {
    const sql = POSTGRES_MIGRATIONS.find((m) => m.name === 'four_eyes')!.sql;
    const named = /list_key IN \(([^)]*)\)/.exec(sql)![1]!.match(/'[^']+'/g)!.map((k) => k.slice(1, -1));
    expect(named.sort()).toEqual(LIST_SOURCES.filter((s) => s.secondReviewer).map((s) => s.listKey).sort());
  });
});
