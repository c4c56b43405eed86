import type { Handlers } from '../context';

export const jobHandlers = {
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
} satisfies Partial<Handlers>;
