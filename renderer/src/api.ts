// The typed client: every call goes through the contract's method table, so inputs and outputs are checked by tsc.
import type { ContractError, Envelope, Input, Method, Output, VetterBridge } from '../../electron/core/contract';
import { ApiError, ENGINE_DOWN } from './api-error';
import { httpBridge } from './bridge-http';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in a plain browser, where the HTTP bridge stands in. */
    vetter?: VetterBridge;
  }
}

export function bridge(): VetterBridge {
  return window.vetter ?? httpBridge;
}

/** How the core answered one call: `request` numbers calls in the order they were sent; `error` is null for a value. */
export interface Answer {
  request: number;
  error: ContractError | null;
}

let sent = 0;
const answerListeners = new Set<(answer: Answer) => void>();

/** Hears how the core answers every call (the shell's workspace connection follows it: shell/connection.ts). */
export function onAnswer(listener: (answer: Answer) => void): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

/** Calls a core method; throws ApiError with the core's message (and field details) when it fails. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const request = ++sent;
  let envelope: Envelope<unknown>;
  try {
    envelope = await bridge().invoke(method, input);
  } catch (error) {
    throw error instanceof ApiError ? error : new ApiError('unreachable', ENGINE_DOWN);
  }
  for (const listener of answerListeners) listener({ request, error: envelope.ok ? null : envelope.error });
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details);
  // Not parsed again here: the handler's value is typed by the same contract, and in tests and development builds
  // the core checks it against the method's output schema before sending it (electron/core/output-check.ts).
  return envelope.value as Output<M>;
}
