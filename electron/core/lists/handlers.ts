import fs from 'node:fs';
import type { Handlers } from '../context';
import { keepScoreSnapshots } from '../scoring/snapshots';
import { verdictBasis } from './basis';
import { guessCustomMapping, previewCustomList } from './custom-csv';
import { importList } from './import';

export const listHandlers = {
  'lists.list': async (_input, ctx) => {
    const [history, staleAfterDays] = await Promise.all([ctx.lists.history(), ctx.lists.staleAfterDays()]);
    const current = history.filter((v) => v.current);
    return { current, history, staleAfterDays, basis: verdictBasis(current), bundled: ctx.pack.state() };
  },
  'lists.customPreview': ({ file }, ctx) => {
    // The preview shows the file's first rows, so only its start is read: a file of any size costs this request nothing.
    const preview = previewCustomList(readStart(ctx.host.resolveFile(file), 65_536));
    return { headers: preview.headers, sample: preview.sample, mapping: guessCustomMapping(preview.headers) };
  },
  'lists.import': ({ files, jobId, custom, confirmed }, ctx) =>
    ctx.jobs.run(jobId, ctx.host.emitProgress, async (job) => {
      await ctx.pack.ensureFor(job, ctx.user(), ctx.access);
      const imported = await importList(ctx, {
        files: files.map((f) => ({ name: f.name, path: ctx.host.resolveFile(f) })),
        custom: custom && { mapping: custom.mapping, meta: { listName: custom.listName, publisher: custom.publisher, asOf: custom.asOf } },
        actor: ctx.user(),
        job,
        confirmed,
      });
      // A new version re-screens every vendor.
      if (imported.run) await keepScoreSnapshots(ctx);
      return imported;
    }),
  'lists.setStaleAfterDays': async ({ days }, ctx) => {
    await ctx.lists.setStaleAfterDays(days, ctx.user());
    return { staleAfterDays: days };
  },
} satisfies Partial<Handlers>;

function readStart(file: string, bytes: number): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}
