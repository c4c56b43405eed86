// Which role each write needs (changes.ts says which methods write; a read needs none beyond reading, which PostgreSQL
// itself grants). The core checks it before the handler runs, so a refused write changes nothing and says why; on
// PostgreSQL the grants of db/postgres/grants.ts refuse the same writes again, whatever client sends them.
import type { Method, ParsedInput } from './contract';
import { VetterError } from './errors';
import type { Access, Role } from './workspace/roles';

/** A role, and the action it is needed for, as the refusal names it. */
export interface Need {
  role: Role;
  action: string;
}

const need = (role: Role, action: string): Need => ({ role, action });
const analyst = (action: string) => need('vetter_analyst', action);
const admin = (action: string) => need('vetter_admin', action);

type Needs = { readonly [M in Method]: Need | ((input: ParsedInput<M>) => Need) | null };

export const NEEDS: Needs = {
  'app.info': null,
  'settings.setUser': admin('changing the name shown'),
  'settings.get': null,
  'settings.setFourEyes': admin('turning four eyes on or off'),
  'vendors.list': null,
  'vendors.page': null,
  'vendors.matchingIds': null,
  'vendors.get': null,
  'vendors.similar': null,
  'vendors.create': analyst('adding a vendor'),
  'vendors.update': analyst('editing a vendor'),
  'vendors.delete': analyst('deleting a vendor'),
  'vendors.restore': analyst('restoring a vendor'),
  'vendors.importPreview': null,
  'vendors.importReview': null,
  'vendors.importRun': analyst('importing vendors'),
  'vendors.export': null,
  'audit.list': null,
  'audit.verify': null,
  'audit.checkpoint': analyst('signing an audit checkpoint'),
  'evidence.bundle': analyst('sealing an evidence bundle with a checkpoint'),
  'demo.load': analyst('loading the demo vendors'),
  'lists.list': null,
  'lists.customPreview': null,
  'lists.import': admin('importing a list'),
  'lists.setStaleAfterDays': admin('setting when lists are stale'),
  'screening.run': analyst('screening vendors'),
  'screening.check': null,
  'screening.lastRun': null,
  'screening.statuses': null,
  'screening.vendor': null,
  'screening.review': analyst('reviewing a hit'),
  'screening.reviewMany': analyst('reviewing hits'),
  'screening.entryHits': null,
  'allegations.list': null,
  'allegations.create': analyst('recording an allegation'),
  'allegations.update': analyst('editing an allegation'),
  'allegations.delete': analyst('deleting an allegation'),
  'allegations.addSource': analyst('adding a source to an allegation'),
  'allegations.removeSource': analyst('taking a source off an allegation'),
  'assessment.get': null,
  'assessment.answer': analyst('answering a criterion'),
  'assessment.addEvidence': analyst('attaching evidence'),
  'assessment.setStatus': ({ status }) => (status === 'approved' ? need('vetter_approver', 'approving an assessment') : analyst('moving an assessment to review or draft')),
  'findings.list': null,
  'findings.update': analyst('editing a finding'),
  'findings.accept': need('vetter_approver', 'accepting a risk'),
  'questionnaires.send': analyst('sending a questionnaire'),
  'questionnaires.sendMany': analyst('sending questionnaires'),
  'questionnaires.pdf': null,
  'questionnaires.import': analyst('importing a returned questionnaire'),
  'questionnaires.review': null,
  'questionnaires.accept': analyst('accepting questionnaire answers'),
  'questionnaires.dismiss': analyst('dismissing questionnaire answers'),
  'scores.vendor': null,
  'scores.whatIf': null,
  'scores.portfolio': null,
  'methodology.get': null,
  'methodology.update': admin('changing the methodology'),
  'reports.vendor': analyst('preparing a report'),
  'reports.portfolio': analyst('preparing a report'),
  'reports.list': null,
  'reports.export': null,
  'reports.verify': null,
  'reports.signOff': need('vetter_approver', 'signing off a report'),
  'reports.signatures': null,
  'signing.status': null,
  'signing.unlock': null,
  'jobs.cancel': null,
  'ownership.import': admin('importing ownership data'),
  'ownership.add': analyst('entering a vendor’s owners'),
  'ownership.vendor': null,
  'suppliers.import': analyst('importing suppliers'),
  'questionnaires.acceptSuppliers': analyst('accepting a vendor’s suppliers from its questionnaire'),
  'questionnaires.dismissSuppliers': analyst('dismissing a vendor’s suppliers from its questionnaire'),
  'suppliers.list': null,
  'suppliers.add': analyst('adding a vendor’s supplier'),
  'suppliers.update': analyst('editing a vendor’s supplier'),
  'suppliers.remove': analyst('removing a vendor’s supplier'),
  'suppliers.concentration': null,
  'work.queue': null,
  'work.calendar': null,
  // A view is its owner's alone: whoever may read the workspace may keep views of it.
  'views.list': null,
  'views.save': need('vetter_reader', 'saving a view'),
  'views.remove': need('vetter_reader', 'deleting a view'),
};

/** What `method` needs with this input; null for a read. */
export function needOf<M extends Method>(method: M, input: ParsedInput<M>): Need | null {
  const needed = NEEDS[method] as Need | ((input: ParsedInput<M>) => Need) | null;
  return typeof needed === 'function' ? needed(input) : needed;
}

/** "LOGIN lacks ROLE for ACTION" when `access` does not hold the role needed; null when it does. */
export function roleRefusal(login: string, access: Access, needed: Need | null): string | null {
  return needed && !access.roles.includes(needed.role) ? `${login} lacks ${needed.role} for ${needed.action}` : null;
}

/** Throws roleRefusal's refusal, if any. */
export function requireRole(login: string, access: Access, needed: Need | null): void {
  const refusal = roleRefusal(login, access, needed);
  if (refusal) throw new VetterError('forbidden', refusal);
}
