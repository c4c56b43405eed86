import type { ContractError, ErrorCode } from './contract';

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
