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
