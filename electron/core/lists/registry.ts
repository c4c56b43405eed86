// Where each list Vetter reads comes from: the publisher's own download page, and the files to carry from a computer
// with internet access to this one. Vetter never fetches them itself; the Lists page shows these addresses to copy.

export interface ListSource {
  listKey: string;
  listName: string;
  publisher: string;
  /** What a listing means for a buyer. */
  designation: string;
  /** The publisher's page for the download. */
  page: string;
  /** Direct addresses of the files, where the publisher gives stable ones. */
  downloads: string[];
  /** The files to bring, as the publisher names them. */
  files: string;
}

export const LIST_SOURCES: readonly ListSource[] = [
  {
    listKey: 'ofac-sdn',
    listName: 'OFAC Specially Designated Nationals (SDN) List',
    publisher: 'US Treasury, Office of Foreign Assets Control',
    designation: 'Blocking sanctions: a hit is a hard stop (and OFAC’s 50 % rule reaches companies they own).',
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
    listName: 'OFAC Consolidated (non-SDN) lists, with NS-CMIC',
    publisher: 'US Treasury, Office of Foreign Assets Control',
    designation: 'Menu-based and sectoral sanctions; NS-CMIC bars US persons from investing in the listed securities.',
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
    listKey: 'trade-gov-csl',
    listName: 'Consolidated Screening List (trade.gov)',
    publisher: 'US International Trade Administration, for Commerce, State and the Treasury',
    designation: 'Merges the US export lists (Entity List, Military End-User, Denied Persons, Unverified, ITAR debarred) with OFAC’s.',
    page: 'https://www.trade.gov/consolidated-screening-list',
    downloads: ['https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv'],
    files: 'consolidated.csv (or the JSON form); check that it carries every sub-list, the Entity List and the Military End-User List among them',
  },
  {
    listKey: 'bis-dpl',
    listName: 'BIS Denied Persons List',
    publisher: 'US Department of Commerce, Bureau of Industry and Security',
    designation: 'Export privileges denied.',
    page: 'https://www.bis.gov/dpl',
    downloads: ['https://www.bis.doc.gov/dpl/dpl.txt'],
    files: 'dpl.txt (tab-separated)',
  },
  {
    listKey: 'uk-sanctions',
    listName: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth & Development Office',
    designation: 'UK financial and trade sanctions.',
    page: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    downloads: [],
    files: 'the UK Sanctions List spreadsheet (.ods) from that page',
  },
  {
    listKey: 'un-sc',
    listName: 'UN Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    designation: 'Sanctions every UN member state applies.',
    page: 'https://www.un.org/securitycouncil/content/un-sc-consolidated-list',
    downloads: ['https://scsanctions.un.org/resources/xml/en/consolidated.xml'],
    files: 'consolidated.xml',
  },
  {
    listKey: 'dod-1260h',
    listName: 'DoD Section 1260H List (Chinese military companies)',
    publisher: 'US Department of Defense',
    designation: 'Section 805 of the FY2024 NDAA bars DoD from contracting with listed companies and those subject to their control.',
    page: 'https://www.defense.gov/News/Releases/',
    downloads: [],
    files: 'the list is published as a PDF (search the releases for "1260H"): copy its names into the CSV layout Vetter reads (name, aliases_if_any, status, …)',
  },
];
