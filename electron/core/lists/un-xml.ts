// UN Security Council consolidated list (XML): INDIVIDUALS and ENTITIES under CONSOLIDATED_LIST,
// whose dateGenerated attribute dates the whole file.
import type { ListEntry, ListFile, ParsedList } from './entry';
import { listMeta } from './registry';
import { badFile, country, decodeText, distinct, DOWNLOAD_AGAIN, isoDate, joinText, newEntry, type ParseOptions } from './text';
import { childElements, childText, streamXml, textOf, type XmlElement } from './xml';

export async function parseUnXml(file: ListFile, opts: ParseOptions = {}): Promise<ParsedList> {
  const warnings: string[] = [];
  const gaps: string[] = [];
  const text = decodeText(file, warnings);
  let root: string | null = null;
  let generated = '';
  const entries: ListEntry[] = [];
  await streamXml(text, {
    file: file.name,
    onProgress: opts.onProgress,
    limits: opts.limits,
    collect: (name, depth) => depth === 2 && (name === 'INDIVIDUAL' || name === 'ENTITY'),
    onOpen: (name, attrs, depth) => {
      if (depth !== 0) return;
      root = name;
      if (name !== 'CONSOLIDATED_LIST') {
        throw badFile(file.name, { line: 1 }, `This XML file is a <${name}> document, not the UN Security Council consolidated list (<CONSOLIDATED_LIST>).`, 'Choose the consolidated list XML from the UN Security Council website.');
      }
      generated = attrs.dateGenerated ?? '';
    },
    onElement: (element) => entries.push(unEntry(element, file.name)),
  });
  if (root === null) throw badFile(file.name, null, 'The XML file has no root element.', DOWNLOAD_AGAIN);
  const asOf = isoDate(generated);
  return {
    format: 'un-sc-xml',
    ...listMeta('un-sc'),
    asOf,
    asOfBasis: asOf ? `The dateGenerated of the XML file (${generated}).` : 'The XML file has no dateGenerated: enter the date it was downloaded.',
    sourceFiles: [{ name: file.name, role: 'list', rows: entries.length }],
    entries,
    warnings,
    gaps,
  };
}

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

function unEntry(e: XmlElement, file: string): ListEntry {
  const individual = e.name === 'INDIVIDUAL';
  const id = childText(e, 'DATAID');
  const name = joinText(NAME_PARTS.map((part) => childText(e, part)), ' ');
  if (!id || !name) throw badFile(file, { line: e.line }, `This <${e.name}> has no ${id ? 'name' : 'DATAID'}.`, DOWNLOAD_AGAIN);
  const entry = newEntry(id, name);
  entry.type = individual ? 'individual' : 'entity';
  const aliasTag = individual ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS';
  entry.aliases = distinct(
    [...childElements(e, aliasTag).map((a) => childText(a, 'ALIAS_NAME')), ...childElements(e, 'NAME_ORIGINAL_SCRIPT').map((n) => textOf(n))],
    [name],
  );
  const addresses = childElements(e, individual ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS');
  entry.addresses = distinct(addresses.map((a) => joinText(['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY', 'NOTE'].map((f) => childText(a, f)), ', ')));
  const nationalities = childElements(e, 'NATIONALITY').flatMap((n) => childElements(n, 'VALUE').map((v) => textOf(v)));
  entry.countries = distinct([...nationalities, ...addresses.map((a) => childText(a, 'COUNTRY'))].filter(Boolean).map(country));
  entry.programmes = distinct([childText(e, 'UN_LIST_TYPE')]);
  entry.listedDate = isoDate(childText(e, 'LISTED_ON'));
  const reference = childText(e, 'REFERENCE_NUMBER');
  entry.remarks = joinText([reference && `UN reference ${reference}.`, childText(e, 'COMMENTS1')]);
  return entry;
}
