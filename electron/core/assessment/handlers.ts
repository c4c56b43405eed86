import type { Handlers } from '../context';
import { rescored } from '../scoring/snapshots';
import { CATALOG } from './catalog';

// Each handler first reads the vendor: an assessment of a vendor that is gone is refused as not found (and the writes
// look again in their transaction, for a vendor deleted meanwhile).
export const assessmentHandlers = {
  'assessment.get': async ({ vendorId }, ctx) => {
    await ctx.vendors.get(vendorId);
    return { criteria: CATALOG.criteria, assessment: await ctx.assessments.get(vendorId) };
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
    return ctx.assessments.setStatus(vendorId, status, reassessDue, ctx.user());
  },
} satisfies Partial<Handlers>;
