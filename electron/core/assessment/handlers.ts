import type { Handlers } from '../context';
import { rescored } from '../scoring/snapshots';
import { CATALOG } from './catalog';

// Each handler first reads the vendor: an assessment of a vendor that is gone is refused as not found (and the writes
// look again in their transaction, for a vendor deleted meanwhile).
export const assessmentHandlers = {
  'assessment.get': async ({ vendorId }, ctx) => {
    await ctx.vendors.get(vendorId);
    const assessment = await ctx.assessments.get(vendorId);
    // Said to the person on the page, before they try: the refusal an approval would meet is in the words of roles.
    const approvalRefusal = ctx.access.roles.includes('vetter_approver')
      ? await ctx.assessments.approvalRefusal(ctx.store.read, assessment, ctx.user(), ctx.access.shared)
      : `Only an approver can approve an assessment, and your login ${ctx.user()} does not hold the approver role (vetter_approver): ask an approver to open it, or your administrator for the role.`;
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
