import type { Handlers } from '../context';
import { makeBundle } from './make';

export const bundleHandlers = {
  'evidence.bundle': ({ vendorId }, ctx) => makeBundle(ctx, vendorId),
} satisfies Partial<Handlers>;
