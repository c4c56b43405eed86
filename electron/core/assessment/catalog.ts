// The assessment criteria, shipped as data: what an analyst asks a vendor, what evidence to expect, how each
// answer reads as risk, and where each criterion sits in the frameworks auditors know. Version 1.
//
// The catalog says what an answer MEANS (the risk fraction of each option, 0 = no concern, 1 = worst). How much
// a criterion WEIGHS, how unverified answers and audit age count, lives in the scoring methodology
// (electron/core/scoring/methodology.ts), so that weights can change without touching the questions.
//
// Framework ids: NIST SP 800-161r1 cites SP 800-53 Rev. 5 control ids (SR-13 is the one 800-161r1 adds);
// NIST AI RMF 1.0 subcategories; ISO/IEC 42001:2023 Annex A controls; ISO/IEC 27036 is cited by part only
// (27036-2 requirements, 27036-3 hardware/software/services supply chain, 27036-4 cloud services) because its
// clause numbering differs between editions; CSA CAIQ v4 question ids are the CCM v4 control ids they ask about.
// An empty list means no control of that framework fits closely enough to cite.
import { type CRITICALITY, DATA_SHARED, type SERVICES } from '../vendors/vocabulary';

export const PILLARS = ['transparency', 'audits', 'rapid-response', 'jurisdiction', 'exposure'] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_LABELS: Record<Pillar, string> = {
  transparency: 'Transparency',
  audits: 'Independent third-party audits',
  'rapid-response': 'Rapid response to IP theft',
  jurisdiction: 'Jurisdiction and state access',
  exposure: 'Data exposure and criticality',
};

export const ANSWER_TYPES = ['yes-no', 'yes-partial-no', 'date', 'choice', 'text'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export type Service = (typeof SERVICES)[number];
export type DataCategory = (typeof DATA_SHARED)[number];
export type Criticality = (typeof CRITICALITY)[number];

export interface ChoiceOption {
  value: string;
  label: string;
  /** What this answer means as risk, 0 (no concern) to 1 (worst). Absent on criteria read from the vendor record. */
  risk?: number;
}

export interface FrameworkMappings {
  /** NIST SP 800-161r1 (C-SCRM), as SP 800-53 Rev. 5 control ids. */
  nist80016r1: string[];
  /** NIST AI RMF 1.0 subcategories ("GOVERN 6.1"). They apply where the service involves AI. */
  nistAiRmf: string[];
  /** ISO/IEC 42001:2023 Annex A controls ("A.10.3"). They apply where the service involves AI. */
  iso42001: string[];
  /** ISO/IEC 27036 parts ("27036-2"). */
  iso27036: string[];
  /** CSA CAIQ v4 / CCM v4 control ids ("STA-07"). */
  csaCaiq: string[];
}

export interface Criterion {
  /** Stable id: T = transparency, A = audits, R = rapid response, J = jurisdiction, E = exposure. */
  id: string;
  pillar: Pillar;
  /** Short name for tables and factor labels. */
  title: string;
  question: string;
  answerType: AnswerType;
  /** For yes-no, yes-partial-no and choice: every allowed answer, with its risk. */
  options?: ChoiceOption[];
  /** A choice that allows several options (the best one counts). */
  multiple?: boolean;
  evidenceExpected: string;
  /**
   * How an unanswered criterion counts, as a fraction of its weight: 1 = as the worst answer. Every scored
   * criterion in version 1 uses 1, so that leaving a question open never scores better than answering it.
   */
  riskIfUnanswered: number;
  /** 'answer': the analyst answers it. 'vendor-record': read from the vendor's record, not asked. */
  source: 'answer' | 'vendor-record';
  /** For vendor-record criteria, the vendor field it reads. */
  derivedFrom?: 'dataShared' | 'criticality';
  /** Asked only of vendors providing one of these services (a vendor with no services recorded is asked everything). */
  appliesTo?: { services: Service[] };
  /** Help for the analyst: what a good answer looks like, pitfalls. */
  guidance?: string;
  mappings: FrameworkMappings;
}

export interface CriteriaCatalog {
  id: string;
  version: number;
  name: string;
  criteria: Criterion[];
}

const YES_PARTIAL_NO: ChoiceOption[] = [
  { value: 'yes', label: 'Yes', risk: 0 },
  { value: 'partial', label: 'Partly', risk: 0.5 },
  { value: 'no', label: 'No', risk: 1 },
];

const AI: { services: Service[] } = { services: ['AI model/API'] };

const CRITERIA: Criterion[] = [
  // ---- Transparency ---------------------------------------------------------------------------------------
  {
    id: 'T1',
    pillar: 'transparency',
    title: 'AI model provenance',
    question:
      'Does the vendor disclose the provenance of the AI models in the service: who developed each model, which base model it derives from, where its training and fine-tuning data came from, and where the weights are hosted?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected:
      'Model or system cards naming the developer and base model; a training-data statement; an inventory of third-party models used (AI bill of materials or equivalent); hosting locations of the weights.',
    riskIfUnanswered: 1,
    source: 'answer',
    appliesTo: AI,
    guidance: '"Partly": the developer and base model are named but data sources or hosting are not.',
    mappings: {
      nist80016r1: ['SR-4', 'SR-3', 'SA-9'],
      nistAiRmf: ['GOVERN 6.1', 'MAP 4.1', 'MANAGE 3.2'],
      iso42001: ['A.7.5', 'A.10.3'],
      iso27036: ['27036-3'],
      csaCaiq: ['STA-07'],
    },
  },
  {
    id: 'T2',
    pillar: 'transparency',
    title: 'AI exports',
    question:
      'Does the vendor disclose where it exports or deploys its AI models, weights and AI compute (countries and kinds of end user), and does it run an export-control programme covering them (classification, licensing, end-user screening)?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected:
      'Export classification of the models and hardware (e.g. ECCN under the US Export Administration Regulations); export-compliance policy; countries served; end-user screening procedure.',
    riskIfUnanswered: 1,
    source: 'answer',
    appliesTo: AI,
    mappings: {
      nist80016r1: ['SR-6', 'SA-9'],
      nistAiRmf: ['GOVERN 1.1', 'GOVERN 6.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['STA-08'],
    },
  },
  {
    id: 'T3',
    pillar: 'transparency',
    title: 'Ownership and beneficial owners',
    question:
      'Has the vendor disclosed its full ownership chain up to its ultimate beneficial owners, including any shareholder that is a state, a state-owned enterprise or a military-linked entity, and does it commit to notify changes of control?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected:
      'Group ownership chart to the ultimate parent; company-registry extracts; beneficial-ownership declaration; a change-of-control notice clause in the contract.',
    riskIfUnanswered: 1,
    source: 'answer',
    guidance: 'Compare the chart with the parent recorded on the vendor: a listed parent found here should be added there so screening covers it.',
    mappings: {
      nist80016r1: ['SR-6', 'RA-3', 'PM-30'],
      nistAiRmf: ['GOVERN 6.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['STA-08'],
    },
  },
  {
    id: 'T4',
    pillar: 'transparency',
    title: 'Sub-processors',
    question:
      'Does the vendor publish a complete list of its sub-processors (name, country, function), flow its security obligations down to them, and give advance notice of changes with a right to object?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected: 'Current sub-processor list; the contract clause on advance notice and objection; flow-down terms.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SR-3', 'SR-13', 'SA-9'],
      nistAiRmf: ['GOVERN 6.1'],
      iso42001: ['A.10.2', 'A.10.3'],
      iso27036: ['27036-2', '27036-4'],
      csaCaiq: ['STA-07', 'STA-12', 'DSP-13', 'DSP-14'],
    },
  },
  {
    id: 'T5',
    pillar: 'transparency',
    title: 'Data locations',
    question:
      'Does the vendor disclose every country where our data is stored, processed, backed up or accessed from (remote support included), and commit contractually to keep it there?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected: 'Data-residency terms; the list of regions and support locations; the configuration showing the regions in use.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SA-9', 'SA-9(5)'],
      nistAiRmf: [],
      iso42001: [],
      iso27036: ['27036-4'],
      csaCaiq: ['DSP-19'],
    },
  },

  // ---- Independent third-party audits ---------------------------------------------------------------------
  {
    id: 'A1',
    pillar: 'audits',
    title: 'Independent audits held',
    question: 'Which independent third-party security audits or certifications does the vendor hold?',
    answerType: 'choice',
    multiple: true,
    options: [
      { value: 'soc2-type2', label: 'SOC 2 Type II report', risk: 0 },
      { value: 'iso27001', label: 'ISO/IEC 27001 certificate', risk: 0 },
      { value: 'csa-star-2', label: 'CSA STAR Level 2 (certification or attestation)', risk: 0 },
      { value: 'soc2-type1', label: 'SOC 2 Type I report only', risk: 0.5 },
      { value: 'csa-star-1', label: 'CSA STAR Level 1 (self-assessment) only', risk: 0.8 },
      { value: 'none', label: 'None', risk: 1 },
    ],
    evidenceExpected:
      'The SOC 2 report, or the ISO/IEC 27001 certificate with its number as shown in the certification body’s register; the CSA STAR registry entry.',
    riskIfUnanswered: 1,
    source: 'answer',
    guidance: 'Several can be ticked; the strongest one counts. ISO/IEC 42001 is asked separately (A2).',
    mappings: {
      nist80016r1: ['SR-6', 'SA-9'],
      nistAiRmf: ['GOVERN 6.1', 'MANAGE 3.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['A&A-02', 'STA-08'],
    },
  },
  {
    id: 'A2',
    pillar: 'audits',
    title: 'ISO/IEC 42001 certification',
    question: 'Does the vendor hold ISO/IEC 42001 certification of its AI management system, covering the AI services we buy?',
    answerType: 'yes-partial-no',
    options: [
      { value: 'yes', label: 'Yes, covering the services we buy', risk: 0 },
      { value: 'partial', label: 'In progress, or the scope leaves out some of our services', risk: 0.5 },
      { value: 'no', label: 'No', risk: 1 },
    ],
    evidenceExpected: 'The ISO/IEC 42001 certificate and its scope statement; the certification body’s register entry.',
    riskIfUnanswered: 1,
    source: 'answer',
    appliesTo: AI,
    mappings: {
      nist80016r1: ['SR-6'],
      nistAiRmf: ['GOVERN 6.1', 'MANAGE 3.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['A&A-02'],
    },
  },
  {
    id: 'A3',
    pillar: 'audits',
    title: 'Who audited',
    question:
      'Who performed the audits: an accredited, independent auditor (a licensed CPA firm for SOC 2, a certification body accredited by a national accreditation body for ISO certificates)?',
    answerType: 'choice',
    options: [
      { value: 'accredited', label: 'Accredited independent auditor', risk: 0 },
      { value: 'independent', label: 'Independent, but not accredited for this audit', risk: 0.4 },
      { value: 'affiliated', label: 'An affiliated party, or a self-assessment only', risk: 1 },
    ],
    evidenceExpected:
      'The auditor’s opinion letter or the certificate naming the firm; the accreditation mark and register entry (e.g. IAF CertSearch or the national accreditation body’s register).',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SR-6'],
      nistAiRmf: ['GOVERN 6.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['A&A-02'],
    },
  },
  {
    id: 'A4',
    pillar: 'audits',
    title: 'Audit recency',
    question:
      'What is the date of the most recent audit report or certificate (for SOC 2 the end of the period covered; for ISO certificates the last certification or surveillance audit)?',
    answerType: 'date',
    evidenceExpected: 'The report or certificate showing the date; for a SOC 2 period that ended over a year ago, a bridge letter.',
    riskIfUnanswered: 1,
    source: 'answer',
    guidance: 'The methodology turns the age of this date into risk (see "audit age" in the methodology).',
    mappings: {
      nist80016r1: ['SR-6', 'SA-9'],
      nistAiRmf: ['MANAGE 3.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['A&A-02'],
    },
  },
  {
    id: 'A5',
    pillar: 'audits',
    title: 'Audit scope',
    question: 'Does the audit scope cover the services, regions and legal entities we buy from?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected: 'The system description or scope statement of the SOC 2 report; the ISO certificate scope and Statement of Applicability.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SR-6'],
      nistAiRmf: ['MANAGE 3.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['A&A-02'],
    },
  },

  // ---- Rapid response to IP theft -------------------------------------------------------------------------
  {
    id: 'R1',
    pillar: 'rapid-response',
    title: 'IP and model theft response',
    question:
      'Does the vendor run a working mechanism for customers to report suspected theft of intellectual property or AI models and get a response: a named contact, response times, forensic support, and a record of having used or exercised it?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected: 'The documented procedure and contact; response-time commitments; an exercise report or incident record showing it works.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['IR-4', 'IR-6', 'SR-8'],
      nistAiRmf: ['GOVERN 6.1', 'GOVERN 6.2', 'MANAGE 4.3'],
      iso42001: ['A.8.3', 'A.10.2', 'A.10.4'],
      iso27036: ['27036-2'],
      csaCaiq: ['SEF-03', 'STA-09'],
    },
  },
  {
    id: 'R2',
    pillar: 'rapid-response',
    title: 'Breach notification commitment',
    question: 'Within how many hours of discovery does the contract oblige the vendor to notify us of a security breach affecting our data or models?',
    answerType: 'choice',
    options: [
      { value: 'within-24h', label: 'Within 24 hours', risk: 0 },
      { value: 'within-72h', label: 'Within 72 hours', risk: 0.25 },
      { value: 'longer', label: 'Longer than 72 hours, or "without undue delay" with no hours stated', risk: 0.6 },
      { value: 'none', label: 'No contractual commitment', risk: 1 },
    ],
    evidenceExpected: 'The clause in the contract or data processing agreement that states the deadline.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SR-8', 'IR-6'],
      nistAiRmf: ['GOVERN 6.2', 'MANAGE 4.3'],
      iso42001: ['A.8.4', 'A.10.2'],
      iso27036: ['27036-2'],
      csaCaiq: ['SEF-07', 'STA-09'],
    },
  },
  {
    id: 'R3',
    pillar: 'rapid-response',
    title: 'Vulnerability disclosure policy',
    question:
      'Does the vendor publish a vulnerability disclosure policy (a way for anyone to report vulnerabilities, with stated fix and disclosure times), and tell customers about vulnerabilities that affect them?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected: 'The published policy (security.txt, an ISO/IEC 29147 and 30111 style process, a bug bounty); security advisories.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['RA-5', 'SR-8'],
      nistAiRmf: ['MANAGE 4.1'],
      iso42001: ['A.8.3'],
      iso27036: ['27036-3'],
      csaCaiq: ['TVM-01', 'TVM-07', 'TVM-09'],
    },
  },
  {
    id: 'R4',
    pillar: 'rapid-response',
    title: 'Vulnerabilities reported to a state first',
    question:
      'Must the vendor, by law or by its own practice, report vulnerabilities in its products to a state authority before they are fixed or disclosed to customers (for example under China’s 2021 Regulations on the Management of Security Vulnerabilities in Network Products, which require reporting to the MIIT within two days)?',
    answerType: 'choice',
    options: [
      { value: 'no', label: 'No such obligation or practice', risk: 0 },
      { value: 'parallel', label: 'Yes, but customers are told at the same time and the vendor documents how', risk: 0.5 },
      { value: 'state-first', label: 'Yes: the state authority is told before a fix or customer notice', risk: 1 },
    ],
    evidenceExpected: 'A legal analysis of the vendor’s home-jurisdiction obligations; the vendor’s written description of whom it tells first.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['RA-3', 'RA-5', 'SR-8'],
      nistAiRmf: ['GOVERN 1.1', 'GOVERN 6.1'],
      iso42001: ['A.10.2'],
      iso27036: ['27036-3'],
      csaCaiq: ['TVM-01', 'TVM-09'],
    },
  },

  // ---- Jurisdiction and state access ----------------------------------------------------------------------
  {
    id: 'J1',
    pillar: 'jurisdiction',
    title: 'Compelled assistance to state intelligence',
    question:
      'Is the vendor or any parent subject to a law that can compel it to assist state intelligence or security services with access to customer data or systems (for example Article 7 of the PRC National Intelligence Law, 2017), and if so, is that power subject to independent judicial oversight, and can the vendor challenge requests and tell us?',
    answerType: 'choice',
    options: [
      { value: 'no', label: 'No such law applies to the vendor or its parents', risk: 0 },
      {
        value: 'overseen',
        label: 'Such a law applies, but requests face independent judicial oversight and the vendor commits to challenge them and tell us where lawful',
        risk: 0.4,
      },
      { value: 'unchecked', label: 'Such a law applies with no independent oversight or right to challenge', risk: 1 },
    ],
    evidenceExpected: 'A legal opinion on the vendor’s and its parents’ jurisdictions; the vendor’s government-access policy; contract clauses on government requests.',
    riskIfUnanswered: 1,
    source: 'answer',
    guidance: 'Most large providers anywhere face some compelled-access law; the question is oversight and recourse. Answer for the entity that holds our data.',
    mappings: {
      nist80016r1: ['RA-3', 'SA-9', 'SR-6'],
      nistAiRmf: ['GOVERN 1.1', 'GOVERN 6.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['DSP-18', 'STA-08'],
    },
  },
  {
    id: 'J2',
    pillar: 'jurisdiction',
    title: 'Data localisation',
    question:
      'Do laws in the vendor’s jurisdiction require our data, copies, logs or keys to be kept in that jurisdiction, or restrict moving them out (data localisation or data-export rules, e.g. under the PRC Data Security Law and Personal Information Protection Law)?',
    answerType: 'yes-partial-no',
    options: [
      { value: 'no', label: 'No', risk: 0 },
      { value: 'partial', label: 'For some of our data or services', risk: 0.5 },
      { value: 'yes', label: 'Yes', risk: 1 },
    ],
    evidenceExpected: 'A legal analysis; the vendor’s data-residency documentation.',
    riskIfUnanswered: 1,
    source: 'answer',
    guidance: 'Here "yes" is the risky answer.',
    mappings: {
      nist80016r1: ['SA-9(5)', 'RA-3'],
      nistAiRmf: ['GOVERN 1.1'],
      iso42001: [],
      iso27036: ['27036-4'],
      csaCaiq: ['DSP-19'],
    },
  },
  {
    id: 'J3',
    pillar: 'jurisdiction',
    title: 'State ownership or control',
    question: 'Is the vendor, or its ultimate parent, owned or controlled by a state?',
    answerType: 'choice',
    options: [
      { value: 'none', label: 'No state ownership or control', risk: 0 },
      { value: 'minority', label: 'A minority state shareholding without control rights', risk: 0.4 },
      { value: 'controlled', label: 'State-owned or state-controlled (majority holding, golden share or other control rights)', risk: 1 },
    ],
    evidenceExpected: 'Ownership chart; annual report; registry extracts; shareholders above 5 %.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SR-6', 'RA-3'],
      nistAiRmf: ['GOVERN 6.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['STA-08'],
    },
  },
  {
    id: 'J4',
    pillar: 'jurisdiction',
    title: 'Government-request transparency',
    question:
      'Does the vendor publish a transparency report on government requests for customer data, and commit to challenge overbroad requests and to tell affected customers where the law allows?',
    answerType: 'yes-partial-no',
    options: YES_PARTIAL_NO,
    evidenceExpected: 'The latest transparency report; the government-request policy; the contract clause.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SA-9'],
      nistAiRmf: ['GOVERN 6.1'],
      iso42001: ['A.10.2'],
      iso27036: ['27036-4'],
      csaCaiq: ['DSP-18'],
    },
  },

  // ---- Data exposure and criticality ----------------------------------------------------------------------
  {
    id: 'E1',
    pillar: 'exposure',
    title: 'Data shared',
    question: 'What data do we share with the vendor?',
    answerType: 'choice',
    multiple: true,
    options: dataOptions(),
    evidenceExpected: 'The vendor record (Data shared); the data-flow diagram or record of processing for the service.',
    riskIfUnanswered: 1,
    source: 'vendor-record',
    derivedFrom: 'dataShared',
    guidance: 'Read from the vendor record; the methodology turns it into the exposure index. Not recorded counts as risk.',
    mappings: {
      nist80016r1: ['RA-3', 'SA-9'],
      nistAiRmf: ['MAP 4.1'],
      iso42001: ['A.10.3'],
      iso27036: ['27036-2'],
      csaCaiq: ['STA-08'],
    },
  },
  {
    id: 'E2',
    pillar: 'exposure',
    title: 'Business criticality',
    question: 'How critical is the service to us?',
    answerType: 'choice',
    options: [
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High' },
      { value: 'critical', label: 'Critical' },
    ],
    evidenceExpected: 'The vendor record (Criticality); the business-impact analysis.',
    riskIfUnanswered: 1,
    source: 'vendor-record',
    derivedFrom: 'criticality',
    guidance: 'Read from the vendor record; not recorded counts as "high".',
    mappings: {
      nist80016r1: ['RA-9', 'PM-30'],
      nistAiRmf: ['GOVERN 6.2'],
      iso42001: [],
      iso27036: ['27036-2'],
      csaCaiq: ['STA-08', 'BCR-02'],
    },
  },
  {
    id: 'E3',
    pillar: 'exposure',
    title: 'Who holds the keys',
    question: 'Who holds the encryption keys for our data at rest?',
    answerType: 'choice',
    options: [
      { value: 'customer-external', label: 'We do, outside the vendor (external key manager or HSM we control, or client-side encryption)', risk: 0 },
      { value: 'customer-managed', label: 'We manage them in the vendor’s key service', risk: 0.5 },
      { value: 'vendor', label: 'The vendor', risk: 1 },
    ],
    evidenceExpected: 'Key-management architecture; the configuration of the key service; the contract’s key-access terms.',
    riskIfUnanswered: 1,
    source: 'answer',
    mappings: {
      nist80016r1: ['SA-9'],
      nistAiRmf: [],
      iso42001: [],
      iso27036: ['27036-4'],
      csaCaiq: ['CEK-03', 'CEK-08'],
    },
  },
  {
    id: 'E4',
    pillar: 'exposure',
    title: 'No training on our data',
    question:
      'Does the contract forbid the vendor from using our data, prompts, outputs or fine-tuned models to train or improve its own or anyone else’s models, and from keeping them beyond the service?',
    answerType: 'yes-no',
    options: [
      { value: 'yes', label: 'Yes', risk: 0 },
      { value: 'no', label: 'No', risk: 1 },
    ],
    evidenceExpected: 'The contract or service-terms clause; data-retention settings; a zero-retention confirmation where offered.',
    riskIfUnanswered: 1,
    source: 'answer',
    appliesTo: AI,
    mappings: {
      nist80016r1: ['SA-4', 'SA-9'],
      nistAiRmf: ['GOVERN 6.1', 'MAP 4.1'],
      iso42001: ['A.10.2', 'A.10.4'],
      iso27036: ['27036-2'],
      csaCaiq: ['STA-09'],
    },
  },
];

function dataOptions(): ChoiceOption[] {
  return DATA_SHARED.map((v) => ({ value: v, label: v }));
}

export const CATALOG_V1: CriteriaCatalog = deepFreeze({
  id: 'vetter-stti',
  version: 1,
  name: 'Vetter STTI-style vendor criteria',
  criteria: CRITERIA,
});

/** The catalog the app ships now. */
export const CATALOG: CriteriaCatalog = CATALOG_V1;

export function criterionById(catalog: CriteriaCatalog, id: string): Criterion | undefined {
  return catalog.criteria.find((c) => c.id === id);
}

/** Whether a criterion is asked of a vendor with these services (no services recorded: everything is asked). */
export function criterionApplies(criterion: Criterion, services: readonly string[]): boolean {
  if (!criterion.appliesTo || services.length === 0) return true;
  return criterion.appliesTo.services.some((s) => services.includes(s));
}

/**
 * The answer value that carries the least risk (for a date, `today`): what "a good answer" means in what-if
 * mode and in tests. Undefined for text and vendor-record criteria.
 */
export function bestAnswerValue(criterion: Criterion, today: string): string | string[] | undefined {
  if (criterion.source !== 'answer') return undefined;
  if (criterion.answerType === 'date') return today;
  if (criterion.answerType === 'text' || !criterion.options) return undefined;
  let best: ChoiceOption | undefined;
  for (const o of criterion.options) if (o.risk !== undefined && (best === undefined || o.risk < (best.risk ?? 1))) best = o;
  if (!best) return undefined;
  return criterion.multiple ? [best.value] : best.value;
}

const MAPPING_FORMATS: Record<keyof FrameworkMappings, RegExp> = {
  nist80016r1: /^[A-Z]{2}-\d{1,2}(\(\d{1,2}\))?$/,
  nistAiRmf: /^(GOVERN|MAP|MEASURE|MANAGE) \d\.\d{1,2}$/,
  iso42001: /^A\.\d{1,2}\.\d{1,2}$/,
  iso27036: /^27036-[1-4]$/,
  csaCaiq: /^[A-Z&]{2,4}-\d{2}$/,
};

/** Problems with a catalog (an edited one, before it is saved): empty when it is usable. */
export function validateCatalog(catalog: CriteriaCatalog): string[] {
  const problems: string[] = [];
  if (!catalog.id) problems.push('The catalog has no id.');
  if (!Number.isInteger(catalog.version) || catalog.version < 1) problems.push('The catalog version must be a whole number from 1.');
  const seen = new Set<string>();
  for (const c of catalog.criteria) {
    const where = `Criterion ${c.id || '(no id)'}`;
    if (!/^[A-Z][A-Z0-9-]{0,15}$/.test(c.id)) problems.push(`${where}: the id must be short capitals and digits, e.g. T1.`);
    if (seen.has(c.id)) problems.push(`${where}: the id is used twice.`);
    seen.add(c.id);
    if (!PILLARS.includes(c.pillar)) problems.push(`${where}: unknown pillar "${c.pillar}".`);
    if (!ANSWER_TYPES.includes(c.answerType)) problems.push(`${where}: unknown answer type "${c.answerType}".`);
    if (!c.question.trim()) problems.push(`${where}: the question is empty.`);
    if (!c.evidenceExpected.trim()) problems.push(`${where}: say what evidence is expected.`);
    if (!(c.riskIfUnanswered >= 0 && c.riskIfUnanswered <= 1)) problems.push(`${where}: riskIfUnanswered must be between 0 and 1.`);
    const optioned = c.answerType === 'yes-no' || c.answerType === 'yes-partial-no' || c.answerType === 'choice';
    if (optioned && (!c.options || c.options.length < 2)) problems.push(`${where}: a ${c.answerType} criterion needs at least two options.`);
    if (!optioned && c.options) problems.push(`${where}: a ${c.answerType} criterion takes no options.`);
    if (c.multiple && c.answerType !== 'choice') problems.push(`${where}: only a choice can allow several options.`);
    const values = new Set<string>();
    for (const o of c.options ?? []) {
      if (values.has(o.value)) problems.push(`${where}: option "${o.value}" appears twice.`);
      values.add(o.value);
      if (c.source === 'answer' && !(o.risk !== undefined && o.risk >= 0 && o.risk <= 1))
        problems.push(`${where}: option "${o.value}" needs a risk between 0 and 1.`);
    }
    if (c.source === 'answer' && optioned && c.options && !c.options.some((o) => o.risk === 0))
      problems.push(`${where}: no option carries zero risk, so no answer can close the gap.`);
    if (c.source === 'vendor-record' && !c.derivedFrom) problems.push(`${where}: a vendor-record criterion must say which field it reads.`);
    for (const [framework, pattern] of Object.entries(MAPPING_FORMATS) as [keyof FrameworkMappings, RegExp][]) {
      for (const id of c.mappings[framework]) if (!pattern.test(id)) problems.push(`${where}: "${id}" is not a ${framework} id.`);
    }
  }
  return problems;
}

const FRAMEWORK_COLUMNS: [keyof FrameworkMappings, string][] = [
  ['nist80016r1', 'NIST SP 800-161r1'],
  ['nistAiRmf', 'NIST AI RMF'],
  ['iso42001', 'ISO/IEC 42001'],
  ['iso27036', 'ISO/IEC 27036'],
  ['csaCaiq', 'CSA CAIQ v4'],
];

/** The framework mapping table as Markdown (docs/methodology.md carries this exact text; a test keeps them equal). */
export function renderMappingTable(catalog: CriteriaCatalog): string {
  const head = ['Id', 'Criterion', 'Pillar', 'Answer', ...FRAMEWORK_COLUMNS.map(([, label]) => label)];
  const rows = catalog.criteria.map((c) => [
    c.id,
    c.title,
    PILLAR_LABELS[c.pillar],
    c.source === 'vendor-record' ? `vendor record (${c.derivedFrom})` : c.answerType + (c.multiple ? ', several' : '') + (c.appliesTo ? ' (AI services)' : ''),
    ...FRAMEWORK_COLUMNS.map(([key]) => (c.mappings[key].length ? c.mappings[key].join(', ') : '—')),
  ]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** An answer as a reader reads it: option labels rather than stored values, several joined with "; ". */
export function answerInWords(c: Criterion, value: string | readonly string[]): string {
  const values = typeof value === 'string' ? [value] : value;
  return values.map((v) => c.options?.find((o) => o.value === v)?.label ?? v).join('; ');
}
