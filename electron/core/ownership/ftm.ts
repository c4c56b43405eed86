// FollowTheMoney JSON lines (OpenSanctions' and many registries' exchange format): one entity per line,
// {"id", "schema", "properties": {name: [strings]}}. Companies, people, organisations and legal entities become
// parties; Ownership entities (owner, asset, percentage, sharesCount, startDate, endDate) become links. Every other
// schema (Sanction, Address, Family, Directorship...) is counted and left out.
import { quoteValue } from '../visible-text';
import type { LinkKind, PartyKind } from './model';
import {
  endsAfterStart,
  type LinkRecord,
  nameProblem,
  type OwnershipFile,
  type OwnershipLimits,
  parseDate,
  parsePercentage,
  parseShares,
  type PartyRecord,
  type Problem,
  isProblem,
} from './records';
import { Problems } from '../files/problems';

/** FtM's party schemas (and PublicBody, an Organization), as Vetter names their kinds; a LegalEntity's is not stated. */
const PARTY_SCHEMAS: Record<string, PartyKind | null> = { Company: 'company', Person: 'person', Organization: 'organisation', PublicBody: 'organisation', LegalEntity: null };

/** The kind of control an Ownership states in its ownershipType or legalBasis, where it names one; shares otherwise. */
const KIND_WORDS: [RegExp, LinkKind][] = [
  [/\bVIE\b|variable interest/i, 'vie_contract'],
  [/joint venture/i, 'joint_venture'],
  [/\bboard\b/i, 'board_control'],
  [/agreement|contract/i, 'control_agreement'],
];

type Properties = Record<string, string[]>;

export function readFtm(text: string, file: string, limits: OwnershipLimits): OwnershipFile {
  const problems = new Problems(file);
  const parties: PartyRecord[] = [];
  const ownerships: { line: number; id: string; props: Properties; datasets: string[] }[] = [];
  const firstLine = new Map<string, number>();
  const otherIds = new Set<string>();
  const skipped = new Map<string, number>();
  // Counted by schema, the first hundred of them by name (a hostile file could name a million).
  const skip = (kind: string) => {
    const as = skipped.has(kind) || skipped.size < 100 ? kind : 'other schemas';
    skipped.set(as, (skipped.get(as) ?? 0) + 1);
  };

  let line = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    line += 1;
    if (line > limits.lines) {
      problems.add(line, null, `the file has more than ${limits.lines.toLocaleString('en-US')} lines, the most Vetter reads from one file`);
      break;
    }
    // Measured before it is copied: one line may be the whole file.
    if (end - start > limits.lineChars) {
      problems.add(line, null, `the line is ${(end - start).toLocaleString('en-US')} characters long, more than the ${limits.lineChars.toLocaleString('en-US')} of any entity`);
      start = end + 1;
      continue;
    }
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === '') continue;
    const entity = parseEntity(raw, line, problems, limits);
    if (!entity) continue;
    const { id, schema, props, datasets } = entity;
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problems.add(line, 'id', `${quoteValue(id, 60)} is also the id of the entity on line ${seen}`);
      continue;
    }
    firstLine.set(id, line);
    if (schema === 'Ownership') ownerships.push({ line, id, props, datasets });
    else if (Object.hasOwn(PARTY_SCHEMAS, schema)) {
      const party = readParty(id, PARTY_SCHEMAS[schema]!, entity.caption, props, line, problems, limits);
      if (party) parties.push(party);
    } else {
      otherIds.add(id);
      skip(schema);
    }
  }

  const links: LinkRecord[] = [];
  for (const o of ownerships) {
    const owner = one(o.props, 'owner', o.line, problems);
    const asset = one(o.props, 'asset', o.line, problems);
    if (owner === null || asset === null) continue;
    // An ownership of a vessel, a security or a piece of land is not one of the graph's links.
    if (otherIds.has(owner) || otherIds.has(asset)) {
      skip('Ownership of or by another kind of entity');
      continue;
    }
    if (owner === asset) {
      problems.add(o.line, 'properties.asset', 'the owner and the asset are the same entity');
      continue;
    }
    const link = readOwnership(o.id, owner, asset, o.props, o.datasets, o.line, problems, limits);
    if (link) links.push(link);
  }
  if (parties.length === 0 && links.length === 0 && problems.count === 0) {
    problems.add(line, null, 'the file has no Company, Person, Organization, LegalEntity or Ownership entity to import');
  }
  problems.refuseAny();
  return { format: 'ftm', parties, links, skipped: Object.fromEntries(skipped) };
}

function parseEntity(raw: string, line: number, problems: Problems, limits: OwnershipLimits): { id: string; schema: string; caption: unknown; props: Properties; datasets: string[] } | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    problems.add(line, null, `not a JSON object (${err instanceof Error ? quoteValue(err.message, 80) : 'unreadable'}): FollowTheMoney files hold one entity per line`);
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.add(line, null, 'not a JSON object: FollowTheMoney files hold one entity per line, {"id", "schema", "properties"}');
    return null;
  }
  const e = value as Record<string, unknown>;
  if (typeof e.id !== 'string' || e.id.trim() === '' || e.id.length > 200) {
    problems.add(line, 'id', 'every entity needs an id: a text of at most 200 characters');
    return null;
  }
  // FtM schema names are words ("Company", "UnknownLink"): anything else is not FtM, and is not counted by its name.
  if (typeof e.schema !== 'string' || !/^[A-Za-z]{1,60}$/.test(e.schema)) {
    problems.add(line, 'schema', 'every entity needs a schema, such as "Company" or "Ownership"');
    return null;
  }
  const props = e.properties ?? {};
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    problems.add(line, 'properties', 'the properties are an object of lists of strings');
    return null;
  }
  for (const [key, values] of Object.entries(props)) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
      problems.add(line, `properties.${key}`, 'a FollowTheMoney value is a list of strings');
      return null;
    }
    if (values.length > limits.names) {
      problems.add(line, `properties.${key}`, `${values.length.toLocaleString('en-US')} values, more than the ${limits.names.toLocaleString('en-US')} Vetter reads for one property`);
      return null;
    }
  }
  const datasets = Array.isArray(e.datasets) ? e.datasets.filter((d): d is string => typeof d === 'string') : [];
  return { id: e.id.trim(), schema: e.schema, caption: e.caption, props: props as Properties, datasets };
}

function readParty(id: string, kind: PartyKind | null, caption: unknown, props: Properties, line: number, problems: Problems, limits: OwnershipLimits): PartyRecord | null {
  const names = [...new Set([...(typeof caption === 'string' ? [caption] : []), ...(props.name ?? []), ...(props.alias ?? []), ...(props.previousName ?? [])].map((n) => n.trim()).filter(Boolean))];
  if (names.length === 0) {
    problems.add(line, 'properties.name', 'a party needs a name');
    return null;
  }
  const tooLong = names.map((n) => nameProblem(n, limits)).find((p) => p !== null);
  if (tooLong) {
    problems.add(line, 'properties.name', tooLong);
    return null;
  }
  // FtM country codes are lower case, some of them longer than two letters (historic states): only ISO codes are kept.
  const country = [...(props.jurisdiction ?? []), ...(props.country ?? [])].find((c) => /^[a-z]{2}$/i.test(c))?.toUpperCase() ?? null;
  return { id: `ftm:${id}`, kind, name: names[0]!, aliases: names.slice(1), country, line };
}

function readOwnership(id: string, owner: string, asset: string, props: Properties, datasets: string[], line: number, problems: Problems, limits: OwnershipLimits): LinkRecord | null {
  const before = problems.count;
  // Merged records may state a value twice: the larger stake and the wider period count (the link stays in force
  // for as long as any source says it was).
  const values = <T>(key: string, parse: (t: string) => T | Problem): T[] =>
    (props[key] ?? []).flatMap((text) => {
      const v = parse(text.trim());
      if (!isProblem(v)) return [v];
      problems.add(line, `properties.${key}`, v.problem);
      return [];
    });
  const largest = (numbers: number[]) => (numbers.length > 0 ? Math.max(...numbers) : null);
  const percentage = largest(values('percentage', parsePercentage));
  const shares = largest(values('sharesCount', parseShares));
  const start = values('startDate', parseDate).sort()[0] ?? null;
  const end = values('endDate', parseDate).sort().at(-1) ?? null;
  if (start && end && !endsAfterStart(start, end)) problems.add(line, 'properties.endDate', `${end} is before the start date, ${start}`);
  if (problems.count > before) return null;
  const stated = [...(props.ownershipType ?? []), ...(props.legalBasis ?? [])].join(' ');
  const kind = KIND_WORDS.find(([words]) => words.test(stated))?.[1] ?? 'shareholding';
  const source = (datasets.length > 0 ? datasets.join(', ') : props.sourceUrl?.[0]) ?? null;
  return {
    id: `ftm:${id}`,
    owner: { id: `ftm:${owner}`, line, field: 'properties.owner' },
    owned: { id: `ftm:${asset}`, line, field: 'properties.asset' },
    kind,
    percentage,
    shares,
    start,
    end,
    source: source && source.slice(0, limits.sourceChars),
    line,
  };
}

/** The one value of a property that must have exactly one (an Ownership's owner and asset). */
function one(props: Properties, key: string, line: number, problems: Problems): string | null {
  const values = [...new Set((props[key] ?? []).map((v) => v.trim()).filter(Boolean))];
  if (values.length === 1) return values[0]!;
  problems.add(line, `properties.${key}`, values.length === 0 ? `an Ownership needs its ${key}` : `an Ownership has one ${key}, not ${values.length}`);
  return null;
}
