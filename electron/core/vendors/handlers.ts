import type { Ctx, Handlers } from '../context';
import type { RiskScores } from './list-view';
import { keepScoreSnapshots, rescored } from '../scoring/snapshots';
import { exportCsv, exportXlsx } from './export';
import { vendorFilePlans } from './file-plans';
import { applyImport } from './import';
import { amendPlan, reviewImport } from './import-edits';
import type { ColumnMapping } from './model';
import type { FileRef } from '../schemas';

const NO_EDITS = { corrections: [], skipped: [] };

/** The file read and checked in a worker thread with memory and time caps (file-plans.ts), kept for what follows. */
function previewPlan(ctx: Ctx, file: FileRef, mapping: ColumnMapping | undefined) {
  const plans = vendorFilePlans(ctx.options, { workerDir: ctx.options.workerDir });
  return plans.plan({ path: ctx.host.resolveFile(file), name: file.name }, { mapping, forWrite: false });
}

export const vendorHandlers = {
  'vendors.list': async (_input, ctx) => ({ vendors: await ctx.vendors.list() }),
  'vendors.page': async (input, ctx) => ctx.vendorList.page(input, input.sort.key === 'risk' || input.filters.tier ? await portfolioRisks(ctx) : null),
  'vendors.matchingIds': async (input, ctx) => ({ ids: await ctx.vendorList.matchingIds(input, input.filters.tier ? await portfolioRisks(ctx) : null) }),
  'vendors.get': ({ id }, ctx) => ctx.vendors.get(id),
  'vendors.similar': async ({ name, excludeId }, ctx) => ({ vendors: await ctx.vendorList.similar(name, excludeId) }),
  // Each write is a store transaction of its own; the vendor's score snapshot is kept once it has committed.
  'vendors.create': async (input, ctx) => {
    const created = await ctx.vendors.create(input, ctx.user());
    return rescored(ctx, created, [created.id]);
  },
  // From the version the user read: a write based on an older one is refused, saying who changed it and when.
  'vendors.update': async ({ id, version, vendor }, ctx) => rescored(ctx, await ctx.vendors.update(id, version, vendor, ctx.user()), [id]),
  'vendors.delete': async ({ id, version }, ctx) => {
    const deleted = await ctx.vendors.delete(id, version, ctx.user());
    return { id: deleted.id, legalName: deleted.legalName };
  },
  'vendors.restore': async ({ id }, ctx) => rescored(ctx, await ctx.vendors.restore(id, ctx.user()), [id]),
  'vendors.importPreview': async ({ file, mapping }, ctx) => {
    const plan = await previewPlan(ctx, file, mapping);
    const { review, duplicates } = await reviewImport(ctx.vendors, plan, NO_EDITS);
    return {
      fileName: file.name,
      headers: plan.headers,
      sample: plan.sample,
      mapping: plan.mapping,
      rowCount: plan.rowCount,
      problems: plan.problems.slice(0, 500),
      problemCount: plan.problemCount,
      duplicates,
      warnings: plan.warnings,
      badRows: plan.badRows,
      review,
    };
  },
  // A row fixed or left out in the preview: the rows with problems checked again with the edits, the rest as read.
  'vendors.importReview': async ({ file, mapping, edits }, ctx) => (await reviewImport(ctx.vendors, await previewPlan(ctx, file, mapping), edits)).review,
  'vendors.importRun': ({ file, mapping, onDuplicate, edits, jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      job.progress('Checking the file', 0, 1);
      const plans = vendorFilePlans(ctx.options, { workerDir: ctx.options.workerDir });
      const plan = await plans.plan({ path: ctx.host.resolveFile(file), name: file.name }, { mapping, forWrite: true, job });
      // The preview's fixes are checked again here, whatever the caller says of them.
      const amended = edits ? amendPlan(plan, edits).plan : plan;
      // One store transaction, which looks up the duplicates again: a vendor saved meanwhile may have become one.
      const imported = await applyImport(ctx.store, ctx.vendors, amended, { onDuplicate, actor: ctx.user(), job });
      await keepScoreSnapshots(ctx);
      return imported;
    }),
  'vendors.export': async ({ format }, ctx) => {
    const vendors = await ctx.vendors.list();
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'csv') {
      return { fileName: `vetter-vendors-${stamp}.csv`, mimeType: 'text/csv', base64: Buffer.from(exportCsv(vendors), 'utf8').toString('base64') };
    }
    return {
      fileName: `vetter-vendors-${stamp}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: (await exportXlsx(vendors)).toString('base64'),
    };
  },
} satisfies Partial<Handlers>;

/** Sorting by risk or filtering by tier needs every vendor's score: the portfolio's, computed in the scoring worker. */
async function portfolioRisks(ctx: Ctx): Promise<RiskScores> {
  return new Map((await ctx.scoringWorker.call('portfolio', {})).vendors.map((v) => [v.vendorId, { score: v.score, tier: v.tier }]));
}
