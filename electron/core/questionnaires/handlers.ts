import JSZip from 'jszip';
import type { Handlers } from '../context';
import { VetterError } from '../errors';
import { TaskWorker } from '../jobs/worker';
import { rescored } from '../scoring/snapshots';
import { rescreenScreened } from '../screening/handlers';
import { questionnaireHtml } from './document';
import type { ReturnedWorkbook } from './read-workbook';
import type { QuestionnaireTasks } from './tasks';
import { questionnaireWorkbook } from './workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The memory and time one returned workbook may take to read: far beyond a real one, which is read in well under a second. */
const READ_MEMORY_MB = 512;
const READ_TIME_LIMIT_MS = 30_000;

/** "Questionnaire Q-20261207-7K2M9P Alibaba Cloud" as a file name any system takes (none ends in a dot or space on Windows). */
const fileBase = (id: string, vendor: string) =>
  `Questionnaire ${id} ${vendor}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .slice(0, 120)
    .replace(/[. ]+$/, '');

export const questionnaireHandlers = {
  // The workbook is written before the questionnaire is recorded (Questionnaires.send), in one store transaction
  // of its own.
  'questionnaires.send': async ({ vendorId, lang }, ctx) => {
    const { sent, made } = await ctx.questionnaires.send(vendorId, lang, ctx.user(), async (q) => ({
      fileName: `${fileBase(q.id, q.vendor.legalName)}.xlsx`,
      mimeType: XLSX,
      base64: (await questionnaireWorkbook(q)).toString('base64'),
    }));
    return { questionnaire: sent, workbook: made };
  },
  // Several vendors' questionnaires at once (the vendor table's selection): recorded together, their workbooks in one zip.
  'questionnaires.sendMany': async ({ vendorIds, lang }, ctx) => {
    const zip = new JSZip();
    const sent = await ctx.questionnaires.sendMany([...new Set(vendorIds)], lang, ctx.user(), async (q) => {
      zip.file(`${fileBase(q.id, q.vendor.legalName)}.xlsx`, await questionnaireWorkbook(q));
    });
    const day = sent[0]!.sent.sentAt.slice(0, 10);
    return {
      questionnaires: sent.map((s) => s.sent),
      zip: { fileName: `Questionnaires ${day} (${sent.length}).zip`, mimeType: 'application/zip', base64: (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })).toString('base64') },
    };
  },
  // A read: the PDF copy is printed again from the questionnaire as recorded, by the writing side's printer (the one
  // reports keep warm), and nothing is kept.
  'questionnaires.pdf': async ({ questionnaireId }, ctx) => {
    const q = await ctx.questionnaires.content(questionnaireId);
    const pdf = await ctx.reports.print(questionnaireHtml(q));
    return { fileName: `${fileBase(q.id, q.vendor.legalName)}.pdf`, mimeType: 'application/pdf', base64: pdf.toString('base64') };
  },
  'questionnaires.import': async ({ file, vendorId }, ctx) => {
    const read = await readReturned(ctx.options.workerDir, ctx.host.resolveFile(file), file.name);
    return ctx.questionnaires.recordReturn(read, file.name, vendorId ?? null, ctx.user());
  },
  'questionnaires.review': ({ vendorId }, ctx) => ctx.questionnaires.review(vendorId),
  'questionnaires.accept': async ({ vendorId, returnId, criterionIds }, ctx) =>
    rescored(ctx, await ctx.questionnaires.accept(vendorId, returnId, criterionIds, ctx.user()), [vendorId]),
  'questionnaires.dismiss': ({ vendorId, returnId, criterionIds }, ctx) => ctx.questionnaires.dismiss(vendorId, returnId, criterionIds, ctx.user()),
  'questionnaires.acceptSuppliers': async ({ vendorId, returnId, rows }, ctx) => {
    const accepted = await ctx.questionnaires.acceptSuppliers(vendorId, returnId, rows, ctx.user());
    // Supplier hits follow the suppliers, as after any supplier change.
    await rescreenScreened(ctx, [vendorId], 'Screened again after a supplier change');
    return accepted;
  },
  'questionnaires.dismissSuppliers': ({ vendorId, returnId, rows }, ctx) => ctx.questionnaires.dismissSuppliers(vendorId, returnId, rows, ctx.user()),
} satisfies Partial<Handlers>;

/** Reads a returned workbook in a thread of its own, with a memory cap and a time cap: a hostile file stops that thread only. */
async function readReturned(workerDir: string | undefined, path: string, name: string): Promise<ReturnedWorkbook> {
  const worker = new TaskWorker<QuestionnaireTasks>('questionnaires', { workerDir, resourceLimits: { maxOldGenerationSizeMb: READ_MEMORY_MB } });
  try {
    return await worker.call('read', { path, name }, undefined, { subject: name, timeLimitMs: READ_TIME_LIMIT_MS, terminateOnCancel: true });
  } catch (err) {
    if (err instanceof VetterError) throw err;
    console.error('[vetter] reading a returned questionnaire failed', err);
    throw new VetterError('bad_file', `${name} could not be read: the reading stopped unexpectedly. Nothing was imported.`);
  } finally {
    await worker.close();
  }
}
