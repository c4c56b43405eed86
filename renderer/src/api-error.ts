import type { ErrorCode } from '../../electron/core/contract';

/** 'unreachable' is the renderer's own code: the core did not answer at all. */
export type ApiErrorCode = ErrorCode | 'unreachable';

export const ENGINE_DOWN = "Vetter's engine is not responding. Restart Vetter.";

/** A failed call, carrying the core's message (written for the user) and its field-level details. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The message to show for anything thrown: never a stack trace or an internal code. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : ENGINE_DOWN;
}

/** Electron hands an error thrown in main to the page as "Error invoking remote method '<channel>': Error: <message>". */
const REMOTE_PREFIX = /^Error invoking remote method '[^']+': (?:Error: )?/;

/**
 * The message of a failed host call (open a file, open evidence): the core's or the host's own words, which are
 * written for the user; anything else means the engine is gone.
 */
export function hostErrorMessage(error: unknown): string {
  if (error instanceof Error && REMOTE_PREFIX.test(error.message)) return error.message.replace(REMOTE_PREFIX, '');
  return errorMessage(error);
}
