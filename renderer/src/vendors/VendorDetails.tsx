import type { Vendor } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { formatAmount, formatDate } from '../lib/format';
import { IDENTIFIER_SCHEME_LABELS, NAME_KIND_LABELS } from '../lib/labels';
import { Chips } from '../ui/Chips';
import { CriticalityBadge } from './CriticalityBadge';
import { DetailItem } from '../ui/DetailItem';
import { VisibleText } from '../ui/VisibleText';

function country(code: string | null): string {
  return code ? `${countryName(code)} (${code})` : '';
}

function contractPeriod(v: Vendor): string {
  if (!v.contractStart && !v.contractEnd) return '';
  return `${formatDate(v.contractStart) || '…'} – ${formatDate(v.contractEnd) || 'no end date'}`;
}

/** A vendor's fields, read-only, grouped like the form. */
export function VendorDetails({ vendor }: { vendor: Vendor }) {
  return (
    <div className="details-grid">
      <section className="card" aria-labelledby="details-company">
        <h2 id="details-company">Company</h2>
        <dl className="detail-list">
          <DetailItem label="Other names">
            {vendor.otherNames.length > 0 && (
              <ul className="plain-list">
                {vendor.otherNames.map((n) => (
                  <li key={`${n.kind}:${n.name}`}>
                    <VisibleText text={n.name} /> <span className="muted">· {NAME_KIND_LABELS[n.kind]}</span>
                  </li>
                ))}
              </ul>
            )}
          </DetailItem>
          <DetailItem label="Identifiers" emptyText="None recorded">
            {vendor.identifiers.length > 0 && (
              <ul className="plain-list">
                {vendor.identifiers.map((id) => (
                  <li key={`${id.scheme}:${id.value}`}>
                    <span className="selectable">
                      <VisibleText text={id.value} />
                    </span>{' '}
                    <span className="muted">· {IDENTIFIER_SCHEME_LABELS[id.scheme]}</span>
                  </li>
                ))}
              </ul>
            )}
          </DetailItem>
          <DetailItem label="Country of incorporation">{country(vendor.countryOfIncorporation)}</DetailItem>
          <DetailItem label="Country of headquarters">{country(vendor.countryOfHeadquarters)}</DetailItem>
          <DetailItem label="Parent company">{vendor.parentName && <VisibleText text={vendor.parentName} />}</DetailItem>
          {/* Shown as text, not a link: the app never opens web pages. */}
          <DetailItem label="Website">{vendor.website && <span className="selectable">{vendor.website}</span>}</DetailItem>
        </dl>
      </section>

      <section className="card" aria-labelledby="details-relationship">
        <h2 id="details-relationship">What you buy and share</h2>
        <dl className="detail-list">
          <DetailItem label="Business criticality">
            <CriticalityBadge value={vendor.criticality} />
          </DetailItem>
          <DetailItem label="Services">{vendor.services.length > 0 && <Chips values={vendor.services} />}</DetailItem>
          <DetailItem label="Data shared">{vendor.dataShared.length > 0 && <Chips values={vendor.dataShared} />}</DetailItem>
        </dl>
      </section>

      <section className="card" aria-labelledby="details-contract">
        <h2 id="details-contract">Contract</h2>
        <dl className="detail-list">
          <DetailItem label="Contract owner">{vendor.contractOwner}</DetailItem>
          <DetailItem label="Contract period">{contractPeriod(vendor)}</DetailItem>
          <DetailItem label="Annual spend">{formatAmount(vendor.annualSpend)}</DetailItem>
        </dl>
      </section>

      <section className="card" aria-labelledby="details-notes">
        <h2 id="details-notes">Tags and notes</h2>
        <dl className="detail-list">
          <DetailItem label="Tags">{vendor.tags.length > 0 && <Chips values={vendor.tags} />}</DetailItem>
          <DetailItem label="Notes">{vendor.notes && <p className="notes">{vendor.notes}</p>}</DetailItem>
        </dl>
      </section>
    </div>
  );
}
