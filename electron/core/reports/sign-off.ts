// Who may sign off a kept report, and why not: an approver (the role), not its preparer (four eyes), and for a vendor
// report the approver it names (its assessment's, in its sign-off section); a portfolio report names none, so any
// approver but its preparer. Once only, and only a report its preparer signed: the sign-off countersigns that
// signature. The core refuses here; on PostgreSQL migration 21's trigger refuses the same insert again, by login.
import { signOffFourEyesRefusal } from '../assessment/four-eyes';
import type { Access } from '../workspace/roles';
import type { ReportSummary } from './model';

/** Sign-off needs this role (permissions.ts names it for the method too). */
export const SIGN_OFF_ROLE = 'vetter_approver';

export interface SignOffCase {
  report: ReportSummary;
  /** The approver a vendor report's sign-off section names; null when its assessment was not approved. */
  namedApprover: string | null;
  fourEyes: boolean;
}

/** Why `login` may not sign off the report; null when they may. */
export function signOffRefusal({ report, namedApprover, fourEyes }: SignOffCase, login: string, access: Access): string | null {
  if (report.signedOff) return `Report ${report.id} was signed off by ${report.signedOff.name} on ${report.signedOff.at.slice(0, 10)}; it is signed off once.`;
  if (!report.signedBy) return `Report ${report.id} was kept unsigned, so there is no signature to countersign: make the report again (it is signed now), then sign that one off.`;
  if (!access.roles.includes(SIGN_OFF_ROLE)) return `${login} lacks ${SIGN_OFF_ROLE} for signing off a report`;
  if (report.kind === 'vendor') {
    if (namedApprover === null) return `The vendor's assessment was not approved when report ${report.id} was made, so it names no approver to sign it off: approve the assessment, make a new report, and sign that one off.`;
    if (namedApprover !== login) return `Report ${report.id} names ${namedApprover} as its approver: only they sign it off.`;
  }
  return signOffFourEyesRefusal(fourEyes, login, access.shared, report.generatedBy);
}
