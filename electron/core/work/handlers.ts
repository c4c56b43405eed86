import type { Handlers } from '../context';
import { workCalendar, workQueue } from './queue';

export const workHandlers = {
  'work.queue': (_input, ctx) => workQueue(ctx),
  'work.calendar': async (_input, ctx) => ({
    fileName: `Vetter work ${new Date().toISOString().slice(0, 10)}.ics`,
    mimeType: 'text/calendar',
    base64: Buffer.from(await workCalendar(ctx), 'utf8').toString('base64'),
  }),
} satisfies Partial<Handlers>;
