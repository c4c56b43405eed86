// The errors every method may answer with, as they cross the wire, and the error a handler throws for the user.
// Plain data and one class with no imports: the contract, the bridge and the renderer share them.

// forbidden: the user's role does not allow it, or four eyes do not (another person must do it). unavailable: the
// workspace's server cannot be reached (a team workspace); the request changed nothing.
export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'forbidden', 'bad_file', 'cancelled', 'busy', 'unavailable', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** Field-level problems: path ("legalName", "otherNames.0.name") -> message. */
  details?: Record<string, string>;
}

/** What every call answers: its value, or the error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** An error meant for the user: its message says what is wrong and how to fix it. */
export class VetterError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string>,
  ) {
    super(message);
    this.name = 'VetterError';
  }

  toContract(): ContractError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}
