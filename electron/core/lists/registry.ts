// The one registry of the lists Vetter reads: for each list key, what every other place needs to know about the list.
// The importers stamp its name, publisher and page on each version; screening takes its bands, scoring its class and
// short name; the Lists page shows where to get its files (Vetter never fetches them itself). Plain data, no Node
// imports: the renderer bundles it through the contract.
import type { ListFormat, ParsedList } from './entry';

export interface ListSource {
  listKey: string;
  /** The name every imported version records: versions, the bundled pack's among them, keep the name they were imported with. */
  listName: string;
  /** The name in scoring's sentences when a hit carries no list name ("… on the OFAC SDN list"). */
  shortName: string;
  publisher: string;
  /** What a listing means for a buyer. */
  designation: string;
  /**
   * The default methodology's designation class (scoring/methodology.ts) for this list's hits that no earlier class
   * claims by sub-list or programme; null when the sub-list alone decides (the CSL merges lists of different effect).
   * A change here changes the default methodology, which then needs a new version.
   */
  scoringClass: string | null;
  /** The screening bands (screening/thresholds.ts): blocking sanctions start review lower than the other lists. */
  bands: 'blocking' | 'entity';
  /**
   * A match on it is a hard stop for a buyer (blocking sanctions; Section 805's contracting bar): while four eyes hold,
   * dismissing one needs a second reviewer's agreement (screening/screening.ts; PostgreSQL's check in migration 16
   * names the same lists).
   */
  secondReviewer?: true;
  /** The file formats its importers read (lists/detect.ts picks the importer by content). */
  formats: readonly ListFormat[];
  /**
   * What a listing does to the companies a listed party owns or controls (ownership/rules.ts), with the short label
   * the rules' explanations give the list: the SDN list blocks what its persons own 50 % or more of (OFAC's 50 %
   * rule), the 1260H list reaches what its companies control (Section 805). Absent: no ownership rule reads the list.
   */
  ownership?: { label: string; effect: 'blocking' | 'control' };
  /**
   * The country every company of the list is in, for the entries that give none (the 1260H list's "Chinese military
   * companies" print no addresses): screening reads it as a country the vendor may share, which supports a hit, and
   * never as one that opposes it (the list also names their American and European subsidiaries).
   */
  impliedCountry?: string;
  /** Scoring's sentences leave out a hit's sub-list (the 1260H's only one is its Section 1237 predecessor). */
  hideSubList?: boolean;
  /** The publisher's page for the download. */
  page: string;
  /** The page versions record as their source where it is not `page` (the bundled pack was built with it). */
  sourceUrl?: string;
  /** Direct addresses of the files, where the publisher gives stable ones. */
  downloads: readonly string[];
  /** The files to bring, as the publisher names them. */
  files: string;
}

const OFAC = 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)';

const SOURCES = [
  {
    listKey: 'ofac-sdn',
    listName: 'OFAC Specially Designated Nationals (SDN) List',
    shortName: 'OFAC SDN list',
    publisher: OFAC,
    designation: 'Blocking sanctions: a hit is a hard stop (and OFAC’s 50 % rule reaches companies they own).',
    scoringClass: 'sdn',
    bands: 'blocking',
    secondReviewer: true,
    ownership: { label: 'SDN', effect: 'blocking' },
    formats: ['ofac-sdn-csv'],
    page: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
    downloads: [
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV',
    ],
    files: 'sdn.csv, add.csv, alt.csv and sdn_comments.csv, imported together (without alt.csv a company is found only under its primary name)',
  },
  {
    listKey: 'ofac-non-sdn',
    listName: 'OFAC Consolidated Sanctions List (non-SDN lists, including NS-CMIC)',
    shortName: 'OFAC consolidated (non-SDN) list',
    publisher: OFAC,
    designation: 'Menu-based and sectoral sanctions; NS-CMIC bars US persons from investing in the listed securities.',
    scoringClass: 'us-other',
    bands: 'entity',
    formats: ['ofac-consolidated-csv'],
    page: 'https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList',
    downloads: [
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ADD.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ALT.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_COMMENTS.CSV',
    ],
    files: 'cons_prim.csv, cons_add.csv, cons_alt.csv and cons_comments.csv, imported together',
  },
  {
    listKey: 'ofac-ns-cmic',
    listName: 'OFAC Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)',
    shortName: 'Treasury NS-CMIC list',
    publisher: OFAC,
    designation: 'US persons may not buy the listed companies’ publicly traded securities (EO 13959).',
    scoringClass: 'ns-cmic',
    bands: 'entity',
    formats: ['ns-cmic-csv'],
    page: 'https://ofac.treasury.gov/consolidated-sanctions-list/ns-cmic-list',
    downloads: [],
    files: 'the OFAC consolidated files above carry it; its rows extracted into a CSV (ent_num, name, listing_date_cmic, …) also import as a list of their own',
  },
  {
    listKey: 'trade-gov-csl',
    listName: 'Consolidated Screening List (trade.gov)',
    shortName: 'trade.gov Consolidated Screening List',
    publisher: 'US International Trade Administration (trade.gov), for the Departments of Commerce, State and the Treasury',
    designation: 'Merges the US export lists (Entity List, Military End-User, Denied Persons, Unverified, ITAR debarred) with OFAC’s.',
    scoringClass: null,
    bands: 'entity',
    formats: ['trade-gov-csl-csv', 'trade-gov-csl-json'],
    page: 'https://www.trade.gov/consolidated-screening-list',
    downloads: ['https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv'],
    files: 'consolidated.csv (or the JSON form); check that it carries every sub-list, the Entity List and the Military End-User List among them',
  },
  {
    listKey: 'bis-dpl',
    listName: 'Denied Persons List (BIS)',
    shortName: 'BIS Denied Persons List',
    publisher: 'US Department of Commerce, Bureau of Industry and Security (BIS)',
    designation: 'Export privileges denied.',
    scoringClass: 'bis-dpl',
    bands: 'entity',
    formats: ['bis-dpl-txt'],
    page: 'https://www.bis.gov/dpl',
    sourceUrl: 'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/denied-persons-list',
    downloads: ['https://www.bis.doc.gov/dpl/dpl.txt'],
    files: 'dpl.txt (tab-separated)',
  },
  {
    listKey: 'uk-sanctions',
    listName: 'UK Sanctions List',
    shortName: 'UK sanctions list',
    publisher: 'UK Foreign, Commonwealth & Development Office (FCDO)',
    designation: 'UK financial and trade sanctions.',
    scoringClass: 'uk-sanctions',
    bands: 'blocking',
    secondReviewer: true,
    formats: ['uk-sanctions-ods'],
    page: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    downloads: [],
    files: 'the UK Sanctions List spreadsheet (.ods) from that page',
  },
  {
    listKey: 'un-sc',
    listName: 'UN Security Council Consolidated List',
    shortName: 'UN Security Council consolidated list',
    publisher: 'United Nations Security Council',
    designation: 'Sanctions every UN member state applies.',
    scoringClass: 'un-sc',
    bands: 'blocking',
    secondReviewer: true,
    formats: ['un-sc-xml'],
    page: 'https://www.un.org/securitycouncil/content/un-sc-consolidated-list',
    sourceUrl: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    downloads: ['https://scsanctions.un.org/resources/xml/en/consolidated.xml'],
    files: 'consolidated.xml',
  },
  {
    listKey: 'dod-1260h',
    listName: 'DoD Section 1260H List (Chinese military companies operating in the United States)',
    shortName: 'DoD Section 1260H list',
    publisher: 'US Department of Defense',
    designation: 'Section 805 of the FY2024 NDAA bars DoD from contracting with listed companies and those subject to their control.',
    scoringClass: 'dod-1260h',
    bands: 'entity',
    secondReviewer: true,
    ownership: { label: '1260H', effect: 'control' },
    impliedCountry: 'CN',
    formats: ['dod-1260h-csv'],
    hideSubList: true,
    page: 'https://www.defense.gov/News/Releases/',
    // Each version records the newest PDF its file names; this only when it names none.
    sourceUrl: 'https://www.defense.gov/',
    downloads: [],
    files: 'the list is published as a PDF (search the releases for "1260H"): copy its names into the CSV layout Vetter reads (name, aliases_if_any, status, …)',
  },
] as const satisfies readonly ListSource[];

export type ListKey = (typeof SOURCES)[number]['listKey'];

export const LIST_SOURCES: readonly ListSource[] = SOURCES;

const BY_KEY: ReadonlyMap<string, ListSource> = new Map(LIST_SOURCES.map((s) => [s.listKey, s]));

/** The registry's entry for a list key; undefined for a custom list. */
export function listSource(listKey: string): ListSource | undefined {
  return BY_KEY.get(listKey);
}

/** Whether dismissing a match on the list needs a second reviewer while four eyes hold. */
export function needsSecondReviewer(listKey: string): boolean {
  return BY_KEY.get(listKey)?.secondReviewer === true;
}

/** What an importer stamps on each version of the list it reads. */
export function listMeta(listKey: ListKey): Pick<ParsedList, 'listKey' | 'listName' | 'publisher' | 'sourceUrl'> {
  const s = BY_KEY.get(listKey)!;
  return { listKey: s.listKey, listName: s.listName, publisher: s.publisher, sourceUrl: s.sourceUrl ?? s.page };
}
