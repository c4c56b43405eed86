import type { Handlers } from '../context';
import { rescored } from '../scoring/snapshots';
import { CATALOG } from './catalog';

// Each handler first reads the vendor: an assessment of a vendor that is gone is refused as not found.
export const assessmentHandlers = {
  'assessment.get': ({ vendorId }, ctx) => {
    ctx.vendors.get(vendorId);
    return { criteria: CATALOG.criteria, assessment: ctx.assessments.get(vendorId) };
  },
  'assessment.answer': ({ vendorId, criterionId, value, verified, note }, ctx) => {
    ctx.vendors.get(vendorId);
    return rescored(ctx, ctx.assessments.answer(vendorId, criterionId, { value, verified, note }, ctx.user()), vendorId);
  },
  'assessment.addEvidence': async ({ vendorId, criterionId, file }, ctx) => {
    ctx.vendors.get(vendorId);
    return rescored(ctx, await ctx.assessments.addEvidence(vendorId, criterionId, ctx.host.resolveFile(file), file.name, ctx.user()), vendorId);
  },
  'assessment.setStatus': ({ vendorId, status, reassessDue }, ctx) => {
    ctx.vendors.get(vendorId);
    return ctx.assessments.setStatus(vendorId, status, reassessDue, ctx.user());
  },
} satisfies Partial<Handlers>;
