import type { ScreeningHit } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { formatDate } from '../lib/format';
import { DetailItem } from '../ui/DetailItem';
import { VisibleText } from '../ui/VisibleText';

const ENTRY_STATUS_TEXT: Record<string, string> = {
  listed: 'Listed',
  removed: 'Removed from the list',
  renamed: 'Listed under another name now',
};

/** ISO codes become names; the text of lists that publish country names stays as published. */
function countryText(value: string): string {
  return /^[A-Z]{2}$/.test(value) ? countryName(value) : value;
}

function entryStatus(hit: ScreeningHit): string {
  const text = ENTRY_STATUS_TEXT[hit.entryStatus] ?? hit.entryStatus;
  const removed = hit.entryDetails.removedDate;
  return removed ? `${text} on ${formatDate(removed)}` : text;
}

/** Names or identifiers as the list prints them, one a line, hidden characters shown. */
function TextList({ texts }: { texts: readonly string[] }) {
  return (
    <ul className="plain-list">
      {texts.map((text) => (
        <li key={text}>
          <VisibleText text={text} />
        </li>
      ))}
    </ul>
  );
}

/** What the list says about the entry behind a hit, as published. */
export function ListEntryDetails({ hit }: { hit: ScreeningHit }) {
  const d = hit.entryDetails;
  const none = 'Not given';
  return (
    <dl className="detail-list entry-details">
      <DetailItem label="Status" emptyText={none}>
        {entryStatus(hit)}
      </DetailItem>
      <DetailItem label="Type" emptyText={none}>
        {d.type && d.type.charAt(0).toUpperCase() + d.type.slice(1)}
      </DetailItem>
      <DetailItem label="Part of" emptyText={none}>
        {d.subList}
      </DetailItem>
      <DetailItem label="Programmes" emptyText={none}>
        {d.programmes.join('; ')}
      </DetailItem>
      <DetailItem label="Countries" emptyText={none}>
        {d.countries.map(countryText).join(', ')}
      </DetailItem>
      <DetailItem label="Listed on" emptyText={none}>
        {formatDate(d.listedDate)}
      </DetailItem>
      <DetailItem label="Other names on the list" emptyText="None">
        {d.aliases.length > 0 && <TextList texts={d.aliases} />}
      </DetailItem>
      {d.weakAliases.length > 0 && (
        <DetailItem label="Weak aliases (the list marks them low quality)">
          <TextList texts={d.weakAliases} />
        </DetailItem>
      )}
      {d.identifiers.length > 0 && (
        <DetailItem label="Identifiers the list prints">
          <TextList texts={d.identifiers.map((id) => id.text)} />
        </DetailItem>
      )}
      <DetailItem label="Parents named by the list" emptyText="None">
        {d.parents.length > 0 && <VisibleText text={d.parents.join('; ')} />}
      </DetailItem>
      <DetailItem label="Remarks" emptyText="None">
        {d.remarks && <p className="notes">{d.remarks}</p>}
      </DetailItem>
      {/* Text, never a link: Vetter opens no web pages. */}
      <DetailItem label="Source" emptyText={none}>
        {d.sourceUrl && <span className="selectable">{d.sourceUrl}</span>}
      </DetailItem>
    </dl>
  );
}
