import { vendorOwnership } from '../ownership/handlers';
import fs from 'node:fs';
import type { Ctx, Handlers } from '../context';
import { VetterError } from '../errors';
import { screenUnscreened } from '../screening/handlers';
import { withHolders } from '../signing/certificates';
import { checkPdfSignatures } from '../signing/verify';
import { signOffRefusal } from './sign-off';

export const reportHandlers = {
  'reports.vendor': ({ vendorId, jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await ctx.vendors.get(vendorId);
      await screenUnscreened(ctx, job, [vendorId]);
      const ownership = await vendorOwnership(ctx, vendorId, new Date().toISOString().slice(0, 10));
      return ctx.reports.vendor(vendorId, await preparer(ctx), job, ownership.graph.links.length > 0 ? ownership : null);
    }),
  'reports.portfolio': ({ jobId }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await screenUnscreened(ctx, job);
      const ranked = await ctx.scoringWorker.call('portfolio', {});
      return ctx.reports.portfolio(ranked, await ctx.scores.methodology(), await preparer(ctx), job);
    }),
  'reports.list': async ({ vendorId }, ctx) => ({ reports: await ctx.reports.store.list({ vendorId }) }),
  'reports.export': ({ id, format }, ctx) => ctx.reports.export(id, format),
  // The database's record of the file, and its signatures as any PDF reader checks them, with whose certificates they are.
  'reports.verify': async ({ file }, ctx) => {
    const bytes = readVerifiable(ctx.host.resolveFile(file), file.name);
    const [record, signatures] = await Promise.all([ctx.reports.store.verify(bytes), withHolders(ctx.store.read, checkPdfSignatures(bytes))]);
    return { ...record, signatures };
  },
  'reports.signOff': async ({ id }, ctx) => ctx.reports.signOff(id, await preparer(ctx), ctx.access),
  'reports.signatures': async ({ id }, ctx) => {
    const report = await ctx.reports.store.get(id);
    const [signatures, signOff] = await Promise.all([withHolders(ctx.store.read, checkPdfSignatures(await ctx.reports.store.pdf(id))), ctx.reports.signOffCase(report)]);
    return { signatures, signOffRefusal: signOffRefusal(signOff, ctx.user(), ctx.access) };
  },
  'signing.status': async (_input, ctx) => {
    const keys = ctx.reports.signing;
    if (!keys) return { available: false, login: ctx.user(), hasIdentity: false, unlocked: false, file: null };
    return { available: true, login: ctx.user(), ...(await keys.status(ctx.user(), await ctx.settings.displayName())) };
  },
  'signing.unlock': async ({ passphrase }, ctx) => {
    const keys = ctx.reports.signing;
    if (!keys) throw new VetterError('forbidden', 'This copy of Vetter cannot keep a signing key: sign reports with the Vetter app or the vetter command instead.');
    const { identity, created, file } = await keys.unlockWith(ctx.user(), await ctx.settings.displayName(), passphrase);
    return { name: identity.name, login: identity.login, fingerprint: identity.fingerprint, selfSigned: identity.selfSigned, created, file };
  },
} satisfies Partial<Handlers>;

const preparer = async (ctx: Ctx) => ({ login: ctx.user(), name: await ctx.settings.displayName() });

/** Reports are PDFs of a few MB; anything else is named as the wrong file before it is hashed. */
const MAX_REPORT_BYTES = 200 * 1024 * 1024;

function readVerifiable(file: string, name: string): Buffer {
  const size = fs.statSync(file).size;
  if (size > MAX_REPORT_BYTES) throw new VetterError('bad_file', `${name} is ${Math.round(size / 1048576)} MB: far larger than any Vetter report. Pick the report's PDF file.`);
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new VetterError('bad_file', `${name} is not a PDF file: pick the report's PDF file to verify it.`);
  return bytes;
}
