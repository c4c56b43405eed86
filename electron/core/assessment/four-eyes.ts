// Four eyes: what one person prepared, another approves. An assessment is not approved by anyone who answered,
// verified or changed any of its criteria; a vendor report is not prepared by the approver it names; a match on a list
// whose hits are a hard stop (lists/registry.ts: secondReviewer) is dismissed only when a second reviewer agrees with
// another's proposal; a report is not signed off by its preparer; a finding's risk is not accepted by anyone who
// opened, edited or answered it. An admin may turn them off for a one-person team (Settings, audited). The core refuses
// here; on PostgreSQL the database refuses the same writes again (migrations 16, 21 and 24), by login.
import type { Sql } from '../db/store';
import { VetterError } from '../errors';

/** The setting, in the settings table: 'off', or anything else (nothing set) for on. */
export const FOUR_EYES_KEY = 'four_eyes';

/** Whether four eyes hold, read where the decision they govern is made (its transaction). */
export async function fourEyesOn(sql: Sql): Promise<boolean> {
  return (await sql.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [FOUR_EYES_KEY]))?.value !== 'off';
}

const TURN_OFF = 'an admin can turn four eyes off for a one-person team (Settings, or vetter workspace four-eyes off)';

/** Nobody else works on a one-person workspace (SQLite), whatever name its user gives themselves. */
const alone = (what: string): string => `Four eyes: this workspace has one user, so nobody else can ${what}. Use a team workspace, or ${TURN_OFF}.`;

/** Why `login` may not approve an assessment whose preparers are `preparers`; null when they may. */
export function approvalRefusal(on: boolean, login: string, shared: boolean, preparers: readonly string[]): string | null {
  if (!on) return null;
  if (!shared) return alone('approve what its user prepared');
  if (preparers.includes(login)) return `Four eyes: ${login} answered, verified or changed this assessment's criteria, so someone else must approve it.`;
  return null;
}

/** Why `login` may not accept the risk of a finding that `involved` opened, edited or answered; null when they may. */
export function acceptanceRefusal(on: boolean, login: string, shared: boolean, involved: readonly string[]): string | null {
  if (!on) return null;
  if (!shared) return alone('accept a risk its user found');
  if (involved.includes(login)) return `Four eyes: ${login} opened, edited or answered this finding, so someone else must accept its risk.`;
  return null;
}

/** Why `login` may not prepare a vendor report whose sign-off names `approver`; null when they may. */
export function reportRefusal(on: boolean, login: string, approver: string | null): string | null {
  return on && approver === login ? `Four eyes: ${login} approved this vendor's assessment, so someone else must prepare its report.` : null;
}

/** Why `login` may not sign off a report its `preparer` made; null when they may. */
export function signOffFourEyesRefusal(on: boolean, login: string, shared: boolean, preparer: string): string | null {
  if (!on) return null;
  if (!shared) return alone('sign off a report its user prepared');
  return preparer === login ? `Four eyes: ${login} prepared this report, so someone else must sign it off.` : null;
}

/**
 * What dismissing a hit that needs a second reviewer does: record `login`'s proposal (none yet), or dismiss it (another
 * login proposed it); or why it cannot.
 */
export function dismissalStep(login: string, shared: boolean, proposer: string | null): 'propose' | 'agree' {
  if (!shared) throw new VetterError('forbidden', alone('agree to a dismissal of a match on this list'));
  if (proposer === null) return 'propose';
  if (proposer === login) throw new VetterError('forbidden', `Four eyes: ${login} proposed this dismissal, so a second reviewer must agree to it.`);
  return 'agree';
}

/** Throws a refusal as the error every host shows (exit 1 in the CLI). */
export function refuse(refusal: string | null): void {
  if (refusal) throw new VetterError('forbidden', refusal);
}
