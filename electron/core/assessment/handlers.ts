import type { Handlers } from '../context';
import { needOf, roleRefusal } from '../permissions';
import { rescored } from '../scoring/snapshots';
import { CATALOG } from './catalog';

// Each handler first reads the vendor: an assessment of a vendor that is gone is refused as not found (and the writes
// look again in their transaction, for a vendor deleted meanwhile).
export const assessmentHandlers = {
  'assessment.get': async ({ vendorId }, ctx) => {
    await ctx.vendors.get(vendorId);
    const assessment = await ctx.assessments.get(vendorId);
    const approvalRefusal =
      roleRefusal(ctx.user(), ctx.access, needOf('assessment.setStatus', { vendorId, status: 'approved', reassessDue: null })) ??
      (await ctx.assessments.approvalRefusal(ctx.store.read, assessment, ctx.user(), ctx.access.shared));
    return { criteria: CATALOG.criteria, assessment, approvalRefusal };
  },
  'assessment.answer': async ({ vendorId, criterionId, value, verified, note }, ctx) => {
    await ctx.vendors.get(vendorId);
    return rescored(ctx, await ctx.assessments.answer(vendorId, criterionId, { value, verified, note }, ctx.user()), [vendorId]);
  },
  'assessment.addEvidence': async ({ vendorId, criterionId, file }, ctx) => {
    await ctx.vendors.get(vendorId);
    return rescored(ctx, await ctx.assessments.addEvidence(vendorId, criterionId, ctx.host.resolveFile(file), file.name, ctx.user()), [vendorId]);
  },
  'assessment.setStatus': async ({ vendorId, status, reassessDue }, ctx) => {
    await ctx.vendors.get(vendorId);
    return ctx.assessments.setStatus(vendorId, status, reassessDue, ctx.user(), ctx.access.shared);
  },
} satisfies Partial<Handlers>;
