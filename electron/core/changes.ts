// What each method changes, as areas of data the UI shows (data-areas.ts): after a write the core tells every window
// which areas changed (CoreOptions.broadcast), and each window reloads what it shows of them, whoever made the
// change. A method that changes nothing is a read (service.ts runs it on the read connection).
import type { Method } from './contract';
import type { DataArea, DataChange } from './data-areas';

// Every write is audited; most move scores (a score reads the vendor, its hits, allegations and answers).
const VENDOR: readonly DataArea[] = ['vendors', 'screening', 'scores', 'audit'];
const ALLEGATION: readonly DataArea[] = ['allegations', 'scores', 'audit'];
const ASSESSMENT: readonly DataArea[] = ['assessments', 'scores', 'audit'];
// Sending, importing and dismissing touch questionnaires only; an accepted answer is an assessment's answer.
const QUESTIONNAIRE: readonly DataArea[] = ['questionnaires', 'audit'];
const SCREENING: readonly DataArea[] = ['screening', 'scores', 'audit'];
const LISTS: readonly DataArea[] = ['lists', 'screening', 'scores', 'audit'];
// A report screens a vendor never screened, and keeps its score snapshot.
const REPORT: readonly DataArea[] = ['reports', 'screening', 'scores', 'audit'];
// A supplier change screens its vendor again (hits via a supplier), which moves its score.
const SUPPLIERS: readonly DataArea[] = ['suppliers', 'screening', 'scores', 'audit'];

export const CHANGES: { readonly [M in Method]: readonly DataArea[] } = {
  'app.info': [],
  'settings.setUser': ['settings', 'audit'],
  'settings.get': [],
  // Four eyes decide what approvals and dismissals need: the assessment and hit pages show it.
  'settings.setFourEyes': ['settings', 'assessments', 'screening', 'audit'],
  'vendors.list': [],
  'vendors.page': [],
  'vendors.matchingIds': [],
  'vendors.get': [],
  'vendors.similar': [],
  'vendors.create': VENDOR,
  'vendors.update': VENDOR,
  'vendors.delete': VENDOR,
  'vendors.restore': VENDOR,
  'vendors.importPreview': [],
  'vendors.importReview': [],
  'vendors.importRun': VENDOR,
  'vendors.export': [],
  'audit.list': [],
  'audit.verify': [],
  'audit.checkpoint': ['audit'],
  'evidence.bundle': ['audit'],
  'demo.load': ['vendors', 'allegations', 'screening', 'scores', 'audit'],
  'lists.list': [],
  'lists.customPreview': [],
  'lists.import': LISTS,
  'lists.setStaleAfterDays': LISTS,
  'screening.run': SCREENING,
  'screening.check': [],
  'screening.lastRun': [],
  'screening.statuses': [],
  'screening.vendor': [],
  'screening.review': SCREENING,
  'screening.reviewMany': SCREENING,
  'screening.entryHits': [],
  'allegations.list': [],
  'allegations.create': ALLEGATION,
  'allegations.update': ALLEGATION,
  'allegations.delete': ALLEGATION,
  'allegations.addSource': ALLEGATION,
  'allegations.removeSource': ALLEGATION,
  'assessment.get': [],
  'assessment.answer': ASSESSMENT,
  'assessment.addEvidence': ASSESSMENT,
  'assessment.setStatus': ASSESSMENT,
  // Findings are shown with the assessment they come from.
  'findings.list': [],
  'findings.update': ASSESSMENT,
  'findings.accept': ASSESSMENT,
  'questionnaires.send': QUESTIONNAIRE,
  'questionnaires.sendMany': QUESTIONNAIRE,
  'questionnaires.pdf': [],
  'questionnaires.import': QUESTIONNAIRE,
  'questionnaires.review': [],
  'questionnaires.accept': ['questionnaires', ...ASSESSMENT],
  'questionnaires.dismiss': QUESTIONNAIRE,
  'questionnaires.acceptSuppliers': ['questionnaires', ...SUPPLIERS],
  'questionnaires.dismissSuppliers': QUESTIONNAIRE,
  'scores.vendor': [],
  'scores.whatIf': [],
  'scores.portfolio': [],
  'methodology.get': [],
  'methodology.update': ['scores', 'audit'],
  'reports.vendor': REPORT,
  'reports.portfolio': REPORT,
  'work.queue': [],
  'work.calendar': [],
  'views.list': [],
  'views.save': ['views', 'audit'],
  'views.remove': ['views', 'audit'],
  'reports.list': [],
  'reports.export': [],
  'reports.verify': [],
  'reports.signOff': ['reports', 'audit'],
  'reports.signatures': [],
  // A key file on this machine, not the workspace's data.
  'signing.status': [],
  'signing.unlock': [],
  'jobs.cancel': [],
  'ownership.import': ['ownership', 'screening', 'scores', 'audit'],
  'ownership.add': ['ownership', 'screening', 'scores', 'audit'],
  'ownership.vendor': [],
  'suppliers.import': SUPPLIERS,
  'suppliers.list': [],
  'suppliers.add': SUPPLIERS,
  'suppliers.update': SUPPLIERS,
  'suppliers.remove': SUPPLIERS,
  'suppliers.concentration': [],
};

/** The first-use load of the bundled lists, which no method makes. */
export const PACK_LOADED: DataChange = { areas: [...LISTS] };
