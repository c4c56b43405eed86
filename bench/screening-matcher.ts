// Internal bench of the name matcher: index build time and memory, vendors per second (p50/p95 latency), recall
// on perturbed list names and false alarms on real unlisted vendors; optionally with N synthetic list names.
// Run: npx tsx bench/screening-matcher.ts [--synthetic 1000000]
// The lists are read with small loaders here (the importers live in electron/core/lists): DoD 1260H, NS-CMIC,
// OFAC SDN 2024-05-03 (+ the 2025 partial alias and address files) and the truncated 2023 CSL; UK and UN are
// left out, so this is most but not all of the default pack. The files come from the repository
// (tests/reference-data.ts): the pack's own copies, and the test excerpts of the 2025 partial files, which keep
// the aliases of the SDN's entities and their addresses in six countries only
// (tests/fixtures/reference-data/SOURCES.md).
import fs from 'node:fs';
import Papa from 'papaparse';
import type { EntryType } from '../electron/core/lists/entry';
import { ScreeningIndex, type IndexedName } from '../electron/core/screening/candidate-index';
import { screen, type VendorNames } from '../electron/core/screening/matcher';
import { refPath } from '../tests/reference-data';

function rows(file: string, encoding: BufferEncoding = 'utf8'): string[][] {
  return Papa.parse<string[]>(fs.readFileSync(refPath(file), encoding), { skipEmptyLines: true }).data;
}

const clean = (s: string | undefined): string => (s ?? '').replace(/^-0-\s*$/, '').trim();
const split = (s: string | undefined): string[] => (s ?? '').split(';').map((a) => a.trim()).filter(Boolean);

function entryNames(listKey: string, entryKey: string, all: string[], countries: string[], type: EntryType): IndexedName[] {
  return all.filter(Boolean).map((name, i) => ({ entryKey, listKey, name, kind: i === 0 ? 'primary' : 'alias', countries, type }));
}

const COUNTRY: Record<string, string> = {
  China: 'CN', Russia: 'RU', Iran: 'IR', 'Hong Kong': 'HK', 'United Arab Emirates': 'AE', Syria: 'SY', Lebanon: 'LB',
  'Korea, North': 'KP', Cuba: 'CU', Venezuela: 'VE', Turkey: 'TR', Iraq: 'IQ', Belarus: 'BY', 'United States': 'US',
  'United Kingdom': 'GB', Germany: 'DE', India: 'IN', Pakistan: 'PK', Afghanistan: 'AF', Yemen: 'YE', Mexico: 'MX',
  Colombia: 'CO', Panama: 'PA', Singapore: 'SG', Malaysia: 'MY', Ukraine: 'UA', Switzerland: 'CH', Cyprus: 'CY',
  Burma: 'MM', Libya: 'LY', Sudan: 'SD', Kazakhstan: 'KZ', Armenia: 'AM', Georgia: 'GE', Israel: 'IL', Egypt: 'EG',
  'Saudi Arabia': 'SA', Qatar: 'QA', Kuwait: 'KW', Oman: 'OM', Bahrain: 'BH', Jordan: 'JO', Nigeria: 'NG', Japan: 'JP',
  Taiwan: 'TW', Thailand: 'TH', Vietnam: 'VN', Indonesia: 'ID', 'Korea, South': 'KR', Estonia: 'EE', Latvia: 'LV',
  Lithuania: 'LT', Finland: 'FI', Greece: 'GR', Bulgaria: 'BG', Serbia: 'RS', Nicaragua: 'NI', Uzbekistan: 'UZ',
  Kyrgyzstan: 'KG', Tajikistan: 'TJ', Azerbaijan: 'AZ', Moldova: 'MD', Italy: 'IT', France: 'FR', Spain: 'ES',
  Netherlands: 'NL', Belgium: 'BE', Canada: 'CA', Brazil: 'BR', 'Marshall Islands': 'MH', Liberia: 'LR',
};

function loadPack(): IndexedName[] {
  const dod = rows('dod-1260h/1260h.csv').slice(1).flatMap((r) => entryNames('dod-1260h', r[0] ?? '', [r[0] ?? '', ...split(r[1])], [], 'entity'));
  const cmic = rows('treasury-ns-cmic/ns-cmic-extract.csv').slice(1).flatMap((r) => entryNames('ns-cmic', r[0] ?? '', [r[1] ?? '', ...split(r[2])], ['CN'], 'entity'));
  const aliases = new Map<string, string[]>();
  for (const a of rows('ofac-sdn/2025-12-24-partial/alt.csv', 'latin1')) aliases.set(a[0] ?? '', [...(aliases.get(a[0] ?? '') ?? []), clean(a[3])]);
  const countries = new Map<string, Set<string>>();
  for (const a of rows('ofac-sdn/2025-12-24-partial/add.csv', 'latin1')) {
    const c = COUNTRY[clean(a[4])];
    if (c) countries.set(a[0] ?? '', (countries.get(a[0] ?? '') ?? new Set()).add(c));
  }
  const sdnType = (t: string): EntryType => (t === 'individual' || t === 'vessel' || t === 'aircraft' ? t : 'entity');
  const sdn = rows('ofac-sdn/2024-05-03/sdn.csv', 'latin1').flatMap((r) =>
    entryNames('ofac-sdn', r[0] ?? '', [clean(r[1]), ...(aliases.get(r[0] ?? '') ?? [])], [...(countries.get(r[0] ?? '') ?? [])], sdnType(clean(r[2]))),
  );
  const cslRows = Papa.parse<Record<string, string>>(fs.readFileSync(refPath('trade-gov-csl/2023-11-30-truncated/csl.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.filter((r) => r._id && r._id !== '_id' && r.name);
  const cslType = (t: string | undefined): EntryType => (t === 'Individual' ? 'individual' : t === 'Vessel' ? 'vessel' : t === 'Entity' ? 'entity' : 'unknown');
  const csl = cslRows.flatMap((r) => {
    const cs = [...new Set(split(r.addresses).map((a) => a.split(',').pop()?.trim() ?? '').filter((c) => /^[A-Z]{2}$/.test(c)))];
    return entryNames('trade-gov-csl', r._id ?? '', [r.name ?? '', ...split(r.alt_names)], cs, cslType(r.type));
  });
  return [...dod, ...cmic, ...sdn, ...csl];
}

// Real companies that are on none of these lists (checked against them), with their country: the false-alarm
// workload. The last group are ordinary small-vendor names built from common words, the hardest case.
const UNLISTED: readonly (readonly [string, string])[] = [
  // Cloud, SaaS, security, data (US/CA)
  ['Atlassian Corporation', 'US'], ['ServiceNow, Inc.', 'US'], ['Workday, Inc.', 'US'], ['Zoom Video Communications, Inc.', 'US'],
  ['Slack Technologies, LLC', 'US'], ['Dropbox, Inc.', 'US'], ['Box, Inc.', 'US'], ['DocuSign, Inc.', 'US'], ['Okta, Inc.', 'US'],
  ['CrowdStrike, Inc.', 'US'], ['Palo Alto Networks, Inc.', 'US'], ['Fortinet, Inc.', 'US'], ['Zscaler, Inc.', 'US'], ['Datadog, Inc.', 'US'],
  ['MongoDB, Inc.', 'US'], ['Confluent, Inc.', 'US'], ['HashiCorp, Inc.', 'US'], ['GitLab Inc.', 'US'], ['GitHub, Inc.', 'US'],
  ['Red Hat, Inc.', 'US'], ['VMware LLC', 'US'], ['Citrix Systems, Inc.', 'US'], ['Nutanix, Inc.', 'US'], ['NetApp, Inc.', 'US'],
  ['Pure Storage, Inc.', 'US'], ['Dell Technologies Inc.', 'US'], ['Hewlett Packard Enterprise Company', 'US'], ['HP Inc.', 'US'],
  ['International Business Machines Corporation', 'US'], ['Cognizant Technology Solutions Corporation', 'US'], ['EPAM Systems, Inc.', 'US'],
  ['DigitalOcean, LLC', 'US'], ['Linode LLC', 'US'], ['Vultr Holdings Corporation', 'US'], ['Backblaze, Inc.', 'US'], ['Wasabi Technologies LLC', 'US'],
  ['Rackspace Technology, Inc.', 'US'], ['Equinix, Inc.', 'US'], ['Digital Realty Trust, Inc.', 'US'], ['Fastly, Inc.', 'US'], ['Akamai Technologies, Inc.', 'US'],
  ['Zayo Group Holdings, Inc.', 'US'], ['Lumen Technologies, Inc.', 'US'], ['Hugging Face, Inc.', 'US'], ['Midjourney, Inc.', 'US'],
  ['Perplexity AI, Inc.', 'US'], ['X.AI Corp.', 'US'], ['Inflection AI, Inc.', 'US'], ['Character Technologies, Inc.', 'US'], ['Databricks, Inc.', 'US'],
  ['Scale AI, Inc.', 'US'], ['Weights and Biases, Inc.', 'US'], ['Runway AI, Inc.', 'US'], ['Cerebras Systems Inc.', 'US'], ['SambaNova Systems, Inc.', 'US'],
  ['Groq, Inc.', 'US'], ['NVIDIA Corporation', 'US'], ['Advanced Micro Devices, Inc.', 'US'], ['Intel Corporation', 'US'], ['Qualcomm Incorporated', 'US'],
  ['Broadcom Inc.', 'US'], ['Marvell Technology, Inc.', 'US'], ['Snowflake Inc.', 'US'], ['Twilio Inc.', 'US'], ['Splunk Inc.', 'US'],
  ['Palantir Technologies Inc.', 'US'], ['Adobe Inc.', 'US'], ['Autodesk, Inc.', 'US'], ['Intuit Inc.', 'US'], ['PayPal Holdings, Inc.', 'US'],
  ['Stripe, Inc.', 'US'], ['Block, Inc.', 'US'], ['Shopify Inc.', 'CA'], ['OpenText Corporation', 'CA'], ['Constellation Software Inc.', 'CA'],
  ['BlackBerry Limited', 'CA'], ['CGI Inc.', 'CA'], ['Cisco Systems, Inc.', 'US'], ['Juniper Networks, Inc.', 'US'], ['Arista Networks, Inc.', 'US'],
  ['F5, Inc.', 'US'], ['Motorola Solutions, Inc.', 'US'], ['Zebra Technologies Corporation', 'US'], ['Keysight Technologies, Inc.', 'US'],
  ['Teradata Corporation', 'US'], ['Informatica Inc.', 'US'], ['Alteryx, Inc.', 'US'], ['UiPath Inc.', 'US'], ['Asana, Inc.', 'US'],
  ['Smartsheet Inc.', 'US'], ['HubSpot, Inc.', 'US'], ['Zendesk, Inc.', 'US'], ['Freshworks Inc.', 'US'], ['Cloudera, Inc.', 'US'],
  ['New Relic, Inc.', 'US'], ['Dynatrace, Inc.', 'US'], ['SentinelOne, Inc.', 'US'], ['Rapid7, Inc.', 'US'], ['Tenable, Inc.', 'US'],
  ['Qualys, Inc.', 'US'], ['Proofpoint, Inc.', 'US'], ['Mimecast Limited', 'GB'], ['Varonis Systems, Inc.', 'US'], ['CyberArk Software Ltd.', 'IL'],
  ['Check Point Software Technologies Ltd.', 'IL'], ['Wix.com Ltd.', 'IL'], ['monday.com Ltd.', 'IL'], ['AI21 Labs Ltd.', 'IL'],
  // Europe
  ['Capgemini SE', 'FR'], ['Atos SE', 'FR'], ['Sopra Steria Group SA', 'FR'], ['Dassault Systemes SE', 'FR'], ['Orange S.A.', 'FR'],
  ['Scaleway SAS', 'FR'], ['Thales S.A.', 'FR'], ['Worldline SA', 'FR'], ['Tietoevry Oyj', 'FI'], ['Nokia Oyj', 'FI'], ['UpCloud Oy', 'FI'],
  ['Telefonaktiebolaget LM Ericsson', 'SE'], ['Telia Company AB', 'SE'], ['Spotify Technology S.A.', 'LU'], ['ASML Holding N.V.', 'NL'],
  ['STMicroelectronics N.V.', 'NL'], ['NXP Semiconductors N.V.', 'NL'], ['Leaseweb Global B.V.', 'NL'], ['Adyen N.V.', 'NL'], ['Elastic N.V.', 'NL'],
  ['Siemens AG', 'DE'], ['Robert Bosch GmbH', 'DE'], ['Infineon Technologies AG', 'DE'], ['Deutsche Telekom AG', 'DE'],
  ['T-Systems International GmbH', 'DE'], ['Bechtle AG', 'DE'], ['Cancom SE', 'DE'], ['adesso SE', 'DE'], ['Software AG', 'DE'],
  ['TeamViewer SE', 'DE'], ['Nemetschek SE', 'DE'], ['IONOS SE', 'DE'], ['Contabo GmbH', 'DE'], ['STACKIT GmbH & Co. KG', 'DE'],
  ['Phoenix Contact GmbH & Co. KG', 'DE'], ['Celonis SE', 'DE'], ['Personio SE & Co. KG', 'DE'], ['N26 GmbH', 'DE'],
  ['Vodafone Group Plc', 'GB'], ['BT Group plc', 'GB'], ['Sage Group plc', 'GB'], ['Darktrace Holdings Limited', 'GB'], ['Sophos Limited', 'GB'],
  ['Arm Holdings plc', 'GB'], ['Graphcore Limited', 'GB'], ['DeepMind Technologies Limited', 'GB'], ['Stability AI Ltd', 'GB'],
  ['Synthesia Limited', 'GB'], ['Kainos Group plc', 'GB'], ['Softcat plc', 'GB'], ['Computacenter plc', 'GB'], ['Endava plc', 'GB'],
  ['Canonical Group Limited', 'GB'], ['Micro Focus International plc', 'GB'], ['Revolut Ltd', 'GB'], ['Wise plc', 'GB'],
  ['Telefonica, S.A.', 'ES'], ['Amadeus IT Group, S.A.', 'ES'], ['Indra Sistemas, S.A.', 'ES'], ['Swisscom AG', 'CH'], ['Logitech International S.A.', 'CH'],
  ['Temenos AG', 'CH'], ['Exoscale AG', 'CH'], ['JetBrains s.r.o.', 'CZ'], ['Avast Software s.r.o.', 'CZ'], ['ESET, spol. s r.o.', 'SK'],
  ['Globant S.A.', 'LU'], ['SUSE S.A.', 'LU'], ['Elevenlabs Inc.', 'US'], ['Prosus N.V.', 'NL'], ['Accenture plc', 'IE'],
  // Japan, Korea, Taiwan, India, SE Asia, Middle East
  ['NEC Corporation', 'JP'], ['Hitachi, Ltd.', 'JP'], ['Toshiba Corporation', 'JP'], ['Sony Group Corporation', 'JP'],
  ['Panasonic Holdings Corporation', 'JP'], ['SoftBank Group Corp.', 'JP'], ['Rakuten Group, Inc.', 'JP'], ['KDDI Corporation', 'JP'],
  ['Trend Micro Incorporated', 'JP'], ['Canon Inc.', 'JP'], ['Ricoh Company, Ltd.', 'JP'], ['Kyocera Corporation', 'JP'],
  ['Samsung Electronics Co., Ltd.', 'KR'], ['SK hynix Inc.', 'KR'], ['LG Electronics Inc.', 'KR'], ['LG CNS Co., Ltd.', 'KR'],
  ['Kakao Corp.', 'KR'], ['NAVER Corporation', 'KR'], ['KT Corporation', 'KR'],
  ['Taiwan Semiconductor Manufacturing Company Limited', 'TW'], ['MediaTek Inc.', 'TW'], ['ASUSTeK Computer Inc.', 'TW'], ['Acer Incorporated', 'TW'],
  ['Quanta Computer Inc.', 'TW'], ['Wistron Corporation', 'TW'], ['Compal Electronics, Inc.', 'TW'], ['Pegatron Corporation', 'TW'],
  ['Delta Electronics, Inc.', 'TW'], ['Realtek Semiconductor Corp.', 'TW'], ['Novatek Microelectronics Corp.', 'TW'],
  ['United Microelectronics Corporation', 'TW'], ['Advantech Co., Ltd.', 'TW'], ['Hon Hai Precision Industry Co., Ltd.', 'TW'],
  ['Reliance Jio Infocomm Limited', 'IN'], ['Bharti Airtel Limited', 'IN'], ['Zoho Corporation Private Limited', 'IN'], ['Wipro Limited', 'IN'],
  ['HCL Technologies Limited', 'IN'], ['Tech Mahindra Limited', 'IN'], ['Mphasis Limited', 'IN'], ['LTIMindtree Limited', 'IN'],
  ['Persistent Systems Limited', 'IN'], ['Larsen & Toubro Limited', 'IN'], ['Grab Holdings Limited', 'SG'], ['Sea Limited', 'SG'],
  ['Singapore Telecommunications Limited', 'SG'], ['Emirates Telecommunications Group Company PJSC', 'AE'], ['Group 42 Holding Ltd', 'AE'],
  ['Saudi Telecom Company', 'SA'], ['Turkcell Iletisim Hizmetleri A.S.', 'TR'], ['Telstra Group Limited', 'AU'], ['Canva Pty Ltd', 'AU'],
  ['Xero Limited', 'NZ'], ['MercadoLibre, Inc.', 'AR'], ['Totvs S.A.', 'BR'],
  // China (not designated on these lists)
  ['Lenovo Group Limited', 'CN'], ['NetEase, Inc.', 'CN'], ['JD.com, Inc.', 'CN'], ['Meituan', 'CN'], ['PDD Holdings Inc.', 'CN'],
  ['Trip.com Group Limited', 'CN'], ['Kuaishou Technology', 'CN'], ['Beijing ByteDance Technology Co., Ltd.', 'CN'], ['Bilibili Inc.', 'CN'],
  ['Weibo Corporation', 'CN'], ['Zhejiang Geely Holding Group Co., Ltd.', 'CN'], ['Midea Group Co., Ltd.', 'CN'], ['Haier Smart Home Co., Ltd.', 'CN'],
  ['Gree Electric Appliances, Inc. of Zhuhai', 'CN'], ['Anta Sports Products Limited', 'CN'], ['Li Ning Company Limited', 'CN'],
  ['China Vanke Co., Ltd.', 'CN'], ['Ping An Insurance (Group) Company of China, Ltd.', 'CN'], ['Kweichow Moutai Co., Ltd.', 'CN'],
  ['LONGi Green Energy Technology Co., Ltd.', 'CN'], ['Sungrow Power Supply Co., Ltd.', 'CN'], ['Shenzhen Mindray Bio-Medical Electronics Co., Ltd.', 'CN'],
  ['Sany Heavy Industry Co., Ltd.', 'CN'], ['Zoomlion Heavy Industry Science and Technology Co., Ltd.', 'CN'], ['Beijing Kingsoft Office Software, Inc.', 'CN'],
  ['Yonyou Network Technology Co., Ltd.', 'CN'], ['Kingdee International Software Group Company Limited', 'CN'], ['UCloud Technology Co., Ltd.', 'CN'],
  ['Beijing Volcano Engine Technology Co., Ltd.', 'CN'], ['Beijing Yuezhi Anmian Technology Co., Ltd.', 'CN'], ['Shanghai Xiyu Jizhi Technology Co., Ltd.', 'CN'],
  ['Baichuan Intelligent Technology Co., Ltd.', 'CN'], ['Shenzhen Goodix Technology Co., Ltd.', 'CN'], ['GigaDevice Semiconductor Inc.', 'CN'],
  ['Luxshare Precision Industry Co., Ltd.', 'CN'], ['GoerTek Inc.', 'CN'], ['Sunny Optical Technology (Group) Company Limited', 'CN'],
  ['AAC Technologies Holdings Inc.', 'CN'], ['Shenzhen Inovance Technology Co., Ltd.', 'CN'], ['Foxconn Industrial Internet Co., Ltd.', 'CN'],
  ['Shanghai Bilibili Technology Co., Ltd.', 'CN'], ['Ant Group Co., Ltd.', 'CN'], ['Fosun International Limited', 'CN'], ['Wanhua Chemical Group Co., Ltd.', 'CN'],
  ['China Merchants Bank Co., Ltd.', 'CN'], ['Industrial and Commercial Bank of China Limited', 'CN'], ['China Construction Bank Corporation', 'CN'],
  ['Bank of China Limited', 'CN'], ['Agricultural Bank of China Limited', 'CN'], ['China Life Insurance Company Limited', 'CN'],
  ['PetroChina Company Limited', 'CN'], ['China Yangtze Power Co., Ltd.', 'CN'], ['Shenzhen Transsion Holdings Co., Ltd.', 'CN'],
  ['Beijing Kuaishou Technology Co., Ltd.', 'CN'], ['Hangzhou NetEase Cloud Music Technology Co., Ltd.', 'CN'], ['Shanghai Baosight Software Co., Ltd.', 'CN'],
  ['Shenzhen Sunway Communication Co., Ltd.', 'CN'], ['Beijing Sinnet Technology Co., Ltd.', 'CN'], ['GDS Holdings Limited', 'CN'], ['VNET Group, Inc.', 'CN'],
  ['Chindata Group Holdings Limited', 'CN'], ['Kingsoft Corporation Limited', 'CN'], ['Hangzhou Ezviz Network Co., Ltd.', 'CN'],
  ['Shanghai Pudong Development Bank Co., Ltd.', 'CN'], ['Hisense Group Holdings Co., Ltd.', 'CN'], ['TCL Technology Group Corporation', 'CN'],
  ['Beijing Xiaomi Mobile Software Co., Ltd.', 'CN'], ['Shenzhen Huiding Technology Co., Ltd.', 'CN'], ['Guangzhou Kugou Computer Technology Co., Ltd.', 'CN'],
  ['Zhejiang Supcon Technology Co., Ltd.', 'CN'], ['Hundsun Technologies Inc.', 'CN'], ['China Pacific Insurance (Group) Co., Ltd.', 'CN'],
  ['Great Wall Motor Company Limited', 'CN'], ['SAIC Motor Corporation Limited', 'CN'], ['Li Auto Inc.', 'CN'], ['XPeng Inc.', 'CN'],
  // Plausible small vendors with common-word names
  ['Global Tech Solutions Ltd', 'GB'], ['Pinnacle Data Services LLC', 'US'], ['BlueSky Consulting GmbH', 'DE'], ['Summit IT Partners Inc.', 'US'],
  ['Apex Cloud Services Ltd', 'GB'], ['Atlas Copco AB', 'SE'], ['Aurora Innovation, Inc.', 'US'], ['Phoenix Technologies Ltd.', 'US'],
  ['Golden Gate Software LLC', 'US'], ['Eagle Eye Networks, Inc.', 'US'], ['Star Micronics Co., Ltd.', 'JP'], ['Orion Health Group Limited', 'NZ'],
  ['Zenith Electronics LLC', 'US'], ['Falcon Data Systems Inc.', 'US'], ['Titan Cloud Software, Inc.', 'US'], ['Vertex, Inc.', 'US'],
  ['Sigma Computing, Inc.', 'US'], ['Nova Systems International Pty Ltd', 'AU'], ['Omega Engineering, Inc.', 'US'], ['Alpha Omega Consulting Group LLC', 'US'],
  ['Crescent Technologies Ltd', 'GB'], ['Pacific Data Integrators, Inc.', 'US'], ['Delta Dental of California', 'US'], ['Horizon Data Centers Ltd', 'GB'],
  ['Meridian Technologies Group LLC', 'US'], ['Northwind Traders Ltd', 'GB'], ['Acme Software Inc.', 'US'], ['Lotus Tech Solutions Pvt Ltd', 'IN'],
  ['Sunrise Telecom Services GmbH', 'DE'], ['Oasis Digital Media FZ-LLC', 'AE'], ['Silk Road Logistics Ltd', 'GB'], ['Neptune Marine Services Ltd', 'GB'],
  ['Polaris Networks Inc.', 'US'], ['Everest Consulting Group Ltd', 'GB'], ['Kingfisher plc', 'GB'], ['Diamond Technologies Inc.', 'US'],
  ['Sapphire Systems plc', 'GB'], ['Emerald Cloud Lab, Inc.', 'US'], ['Unity Technologies SF', 'US'], ['Infinity Business Solutions Ltd', 'GB'],
  ['Galaxy Digital Holdings Ltd.', 'US'], ['Nexus Technologies Group', 'US'], ['Quantum Corporation', 'US'], ['Matrix Service Company', 'US'],
  ['Pioneer Data Systems', 'US'], ['Premier Tech Services LLC', 'US'], ['Royal Cyber Inc.', 'US'], ['Imperial Software Solutions Ltd', 'GB'],
  ['Trident Systems Inc.', 'US'], ['Spectrum Global Solutions Inc.', 'US'], ['Vanguard Cloud Services Ltd', 'GB'], ['Liberty Technology Solutions LLC', 'US'],
  ['Dragon Cloud Hosting Ltd', 'GB'], ['Great Wall Technology Consulting Ltd', 'GB'], ['Orient Software Development Corp.', 'VN'], ['Asia Pacific Cloud Pte Ltd', 'SG'],
  ['East West Bank', 'US'], ['Sino Tech Services Ltd', 'HK'], ['Hong Kong Data Centre Ltd', 'HK'], ['Silverline Technologies Ltd', 'IN'],
];

// Deterministic pseudo-random numbers, so that every run perturbs the same names the same way.
let seed = 42;
const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const LEGAL_END = /,?\s*\b(co\.?,?\s*ltd\.?|company limited|limited|ltd\.?|inc\.?|incorporated|corp\.?|corporation|llc|gmbh|s\.a\.|plc|jsc|ojsc|pjsc|ooo|oao|zao|llp)\s*$/i;
const ABBREVIATIONS: [RegExp, string][] = [
  [/\btechnolog(y|ies)\b/i, 'Tech'], [/\binternational\b/i, 'Intl'], [/\bcorporation\b/i, 'Corp'], [/\bcompany\b/i, 'Co'],
  [/\blimited\b/i, 'Ltd'], [/\bmanufacturing\b/i, 'Mfg'], [/\bholdings\b/i, 'Hldgs'], [/\bindustries\b/i, 'Inds'],
];
const ROMANISATIONS: [RegExp, string][] = [[/y/i, 'i'], [/kh/i, 'h'], [/ou/i, 'u'], [/ts/i, 'c'], [/sh/i, 'sch'], [/ee/i, 'i'], [/q/i, 'k'], [/ai/i, 'ay'], [/x/i, 'ks'], [/w/i, 'v'], [/ph/i, 'f']];
const DICTIONARY_WORD = /^(jsc|ojsc|pjsc|joint|stock|company|group|limited|liability|corporation|international|technology|technologies|industries|trading|bank|holding|holdings|services|public|open|closed|llc|ltd|inc|co|gmbh|the|and|of|for)$/i;

function typo(name: string): string | null {
  const words = name.split(/\s+/);
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w.replace(/[,.]/g, '')));
  if (candidates.length === 0) return null;
  const [w, i] = candidates.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  const p = 1 + Math.floor(random() * (w.replace(/[,.]$/, '').length - 2));
  const c = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] ?? 'x';
  const edits = [w.slice(0, p) + c + w.slice(p + 1), w.slice(0, p) + w.slice(p + 1), w.slice(0, p) + c + w.slice(p), w.slice(0, p) + (w[p + 1] ?? '') + (w[p] ?? '') + w.slice(p + 2)];
  words[i] = pick(edits);
  return words.join(' ');
}

const PERTURBATIONS: Record<string, (name: string) => string | null> = {
  exact: (n) => n,
  typo,
  'dropped legal form': (n) => (LEGAL_END.test(n) ? n.replace(LEGAL_END, '').trim() : null),
  'word order': (n) => {
    const w = n.replace(/,/g, '').split(/\s+/);
    return w.length < 2 ? null : [...w.slice(1), w[0]].join(' ');
  },
  abbreviation: (n) => {
    const applicable = ABBREVIATIONS.filter(([re]) => re.test(n));
    if (applicable.length === 0) return null;
    const [re, short] = pick(applicable);
    return n.replace(re, short);
  },
  'case and punctuation': (n) => (random() < 0.5 ? n.toLowerCase().replace(/[.,()&'-]/g, ' ') : n.toUpperCase().replace(/ /g, '  ').replace(/,/g, ' ,')),
  transliteration: (n) => {
    const words = n.split(/\s+/);
    const names = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4 && !DICTIONARY_WORD.test(w.replace(/[^A-Za-z]/g, '')));
    if (names.length === 0) return null;
    const [w, i] = pick(names);
    const applicable = ROMANISATIONS.filter(([re]) => re.test(w));
    if (applicable.length === 0) return null;
    const [re, other] = pick(applicable);
    words[i] = w.replace(re, other);
    return words.join(' ');
  },
};

function accuracy(index: ScreeningIndex, names: readonly IndexedName[]): void {
  const companies = names.filter((n) => n.type === 'entity' && n.name.length > 0);
  const sample = Array.from({ length: 1500 }, () => pick(companies));
  let total = 0;
  let found = 0;
  let matched = 0;
  console.log('\nrecall on perturbed list names (entities; found = match or review):');
  for (const [kind, perturb] of Object.entries(PERTURBATIONS)) {
    let n = 0;
    let any = 0;
    let match = 0;
    for (const target of sample) {
      const query = perturb(target.name);
      if (!query) continue;
      n++;
      const hit = screen(index, { names: [{ name: query, via: 'name' }], countries: [] }).find(
        (h) => h.listKey === target.listKey && h.entryKey === target.entryKey,
      );
      if (hit) any++;
      if (hit?.band === 'match') match++;
    }
    total += n;
    found += any;
    matched += match;
    console.log(`  ${kind.padEnd(22)} n=${String(n).padStart(5)}  found ${(any / n).toFixed(3)}  match ${(match / n).toFixed(3)}`);
  }
  console.log(`  ${'all'.padEnd(22)} n=${String(total).padStart(5)}  found ${(found / total).toFixed(4)}  match ${(matched / total).toFixed(4)}`);

  let inMatch = 0;
  let inReview = 0;
  const alarms: string[] = [];
  for (const [name, country] of UNLISTED) {
    const top = screen(index, { names: [{ name, via: 'name' }], countries: [country] })[0];
    if (!top) continue;
    if (top.band === 'match') inMatch++;
    else inReview++;
    alarms.push(`    ${top.band} ${top.score.toFixed(2)} "${name}" [${country}] ~ ${top.listKey} "${top.listName}"`);
  }
  const pct = (x: number): string => `${((100 * x) / UNLISTED.length).toFixed(1)}%`;
  console.log(`\nunlisted real vendors: ${UNLISTED.length}, in match ${inMatch} (${pct(inMatch)}), in review ${inReview} (${pct(inReview)})`);
  for (const a of alarms) console.log(a);
}

function speed(index: ScreeningIndex, vendors: readonly VendorNames[], label: string): void {
  for (const pass of ['cold', 'warm']) {
    const latencies: number[] = [];
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const v of vendors) {
      const t = performance.now();
      screen(index, v);
      latencies.push(performance.now() - t);
    }
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    latencies.sort((a, b) => a - b);
    const q = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(3);
    console.log(
      `${label} ${pass}: ${vendors.length} vendors in ${wall.toFixed(0)} ms = ${Math.round((vendors.length / wall) * 1000)} vendors/s ` +
        `(CPU ${Math.round(vendors.length / ((used.user + used.system) / 1e6))}/s), latency p50 ${q(0.5)} ms, p95 ${q(0.95)} ms`,
    );
  }
}

/** Names of about 10,000 characters that a hostile or broken file may hold: one long word, runs of one mark or of
 *  spaces, marks and spaces alternating, words and markers repeated. The bound: 10 ms each in the matcher. */
const HOSTILE_NAMES: Record<string, string> = {
  'one word': 'x'.repeat(10_000),
  commas: `${','.repeat(9_990)}Moscow`,
  spaces: `Acme${' '.repeat(9_990)}x`,
  'comma space': `Acme${', '.repeat(4_995)}x`,
  'marks and spaces': `Acme${' ,;:-*(['.repeat(1_200)}x`,
  'DBA repeated': `Acme ${'dba x '.repeat(1_600)}`,
  brackets: `Acme ${'(x) '.repeat(2_400)}`,
  'places repeated': `Acme ${'Moscow '.repeat(1_400)}`,
  // Since 2026.12-11: spaced dashes, address markers after a comma, a German-looking adjective.
  dashes: `Acme${' - x'.repeat(3_300)}`,
  'address markers': `Acme, ${'g. obl. '.repeat(1_400)}`,
  'one adjective': `${'w'.repeat(9_990)}skij`,
  // Since 2026.12-12: a surname after "im.", the Turkish register's abbreviations, a brand before trade words.
  'named after': `Acme im ${'a'.repeat(9_980)}ova`,
  'Turkish register': `Acme ${'ith. ve tic. '.repeat(800)}Ltd. Sti.`,
  'brand and trade words': `${'z'.repeat(9_960)} International Trading Co Ltd`,
};

function hostile(index: ScreeningIndex): void {
  screen(index, { names: [{ name: 'Acme Trading LLC', via: 'name' }], countries: [] });
  const times = Object.entries(HOSTILE_NAMES).map(([label, name]) => {
    const t = performance.now();
    screen(index, { names: [{ name, via: 'name' }], countries: [] });
    return `${label} ${(performance.now() - t).toFixed(1)} ms`;
  });
  console.log(`\nhostile names of about 10,000 characters, one screen each: ${times.join(', ')}`);
}

/** Vendors of two names each (legal name and another name): half real unlisted companies, half listed names with
 *  a typo, so that both the clear path and the hit path are timed. */
function vendorWorkload(names: readonly IndexedName[], count: number): VendorNames[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) {
      const [name, country] = UNLISTED[(i / 2) % UNLISTED.length] ?? ['', ''];
      return { names: [{ name, via: 'name' }, { name: `${name.split(/[ ,]/)[0] ?? ''} Services`, via: 'alias' }], countries: [country] };
    }
    const listed = pick(names);
    return { names: [{ name: typo(listed.name) ?? listed.name, via: 'name' }, { name: pick(names).name, via: 'alias' }], countries: ['US'] };
  });
}

const SYLLABLES = ['ka', 'to', 'ri', 'an', 'el', 'mo', 'su', 'na', 'zh', 'ong', 'wei', 'li', 'ar', 'ex', 'in', 'or', 'ta', 've', 'lu', 'ni', 'bo', 'xi', 'da', 'pe', 'ro', 'sa', 'te', 'gu', 'ha', 'mi'];
const GENERIC = ['Technology', 'International', 'Trading', 'Group', 'Holdings', 'Industrial', 'Systems', 'Solutions', 'Energy', 'Shipping', 'Investment', 'Services', 'Electronics', 'Engineering', 'Logistics', 'Global', 'General', 'Capital'];
const PLACES = ['Beijing', 'Shanghai', 'Moscow', 'Tehran', 'Dubai', 'Shenzhen', 'Hong Kong', 'Minsk', 'Caracas', ''];
const FORMS = ['Co., Ltd.', 'LLC', 'Limited', 'JSC', 'OOO', 'S.A.', 'GmbH', 'Inc.', 'Corporation', ''];

function syntheticWord(): string {
  let w = '';
  for (let i = 2 + Math.floor(random() * 3); i > 0; i--) w += pick(SYLLABLES);
  return w[0]?.toUpperCase() + w.slice(1);
}

/** N synthetic list names: 70% companies (place, one or two made-up words, generic words, legal form), 30% people;
 *  40% of entries get an alias. Made-up words from 30 syllables collide often, which makes this harder than real
 *  names for the candidate index. */
function synthetic(count: number): IndexedName[] {
  const out: IndexedName[] = [];
  for (let e = 0; out.length < count; e++) {
    const person = random() < 0.3;
    const name = person
      ? `${syntheticWord().toUpperCase()}, ${syntheticWord()}`
      : [pick(PLACES), syntheticWord(), random() < 0.4 ? syntheticWord() : '', pick(GENERIC), random() < 0.5 ? pick(GENERIC) : '', pick(FORMS)].filter(Boolean).join(' ');
    const listKey = pick(['ofac-sdn', 'trade-gov-csl', 'uk-sanctions']);
    const countries = [pick(['CN', 'RU', 'IR', 'AE', 'KP', 'SY', 'VE', 'BY', 'HK'])];
    const type: EntryType = person ? 'individual' : 'entity';
    out.push({ entryKey: String(e), listKey, name, kind: 'primary', countries, type });
    if (random() < 0.4) out.push({ entryKey: String(e), listKey, name: name.replace(LEGAL_END, '').toUpperCase(), kind: 'alias', countries, type });
  }
  return out.slice(0, count);
}

function build(names: readonly IndexedName[], label: string): ScreeningIndex {
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const index = ScreeningIndex.build(names);
  const ms = performance.now() - start;
  const mem = process.memoryUsage();
  const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
  console.log(
    `${label}: ${names.length} names, ${index.entryCount} entries, ${index.tokens.length} distinct tokens; index built in ${(ms / 1000).toFixed(2)} s; ` +
      `RSS ${mb(mem.rss)} MB (${mb(rssBefore)} MB before the build, names included), heap ${mb(mem.heapUsed)} MB, typed arrays ${mb(mem.arrayBuffers)} MB`,
  );
  return index;
}

function main(): void {
  const syntheticAt = process.argv.indexOf('--synthetic');
  if (syntheticAt >= 0) {
    const count = Number(process.argv[syntheticAt + 1] ?? 1_000_000);
    const names = synthetic(count);
    const index = build(names, `synthetic`);
    speed(index, vendorWorkload(names, 2000), 'synthetic');
    return;
  }
  const names = loadPack();
  const index = build(names, 'reference lists');
  speed(index, vendorWorkload(names, 4000), 'reference lists');
  hostile(index);
  accuracy(index, names);
}

main();
