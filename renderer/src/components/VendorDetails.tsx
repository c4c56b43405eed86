import type { ReactNode } from 'react';
import type { Vendor } from '../../../electron/core/contract';
import { countryName } from '../lib/countries';
import { formatAmount, formatDate } from '../lib/format';
import { NAME_KIND_LABELS } from '../lib/labels';
import { CriticalityBadge } from './CriticalityBadge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div className="detail-item">
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">Not set</span> : children}</dd>
    </div>
  );
}

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
          <Item label="Other names">
            {vendor.otherNames.length > 0 && (
              <ul className="plain-list">
                {vendor.otherNames.map((n) => (
                  <li key={`${n.kind}:${n.name}`}>
                    {n.name} <span className="muted">· {NAME_KIND_LABELS[n.kind]}</span>
                  </li>
                ))}
              </ul>
            )}
          </Item>
          <Item label="Country of incorporation">{country(vendor.countryOfIncorporation)}</Item>
          <Item label="Country of headquarters">{country(vendor.countryOfHeadquarters)}</Item>
          <Item label="Parent company">{vendor.parentName}</Item>
          {/* Shown as text, not a link: the app never opens web pages. */}
          <Item label="Website">{vendor.website && <span className="selectable">{vendor.website}</span>}</Item>
        </dl>
      </section>

      <section className="card" aria-labelledby="details-relationship">
        <h2 id="details-relationship">What you buy and share</h2>
        <dl className="detail-list">
          <Item label="Business criticality">
            <CriticalityBadge value={vendor.criticality} />
          </Item>
          <Item label="Services">{vendor.services.length > 0 && <Chips values={vendor.services} />}</Item>
          <Item label="Data shared">{vendor.dataShared.length > 0 && <Chips values={vendor.dataShared} />}</Item>
        </dl>
      </section>

      <section className="card" aria-labelledby="details-contract">
        <h2 id="details-contract">Contract</h2>
        <dl className="detail-list">
          <Item label="Contract owner">{vendor.contractOwner}</Item>
          <Item label="Contract period">{contractPeriod(vendor)}</Item>
          <Item label="Annual spend">{formatAmount(vendor.annualSpend)}</Item>
        </dl>
      </section>

      <section className="card" aria-labelledby="details-notes">
        <h2 id="details-notes">Tags and notes</h2>
        <dl className="detail-list">
          <Item label="Tags">{vendor.tags.length > 0 && <Chips values={vendor.tags} />}</Item>
          <Item label="Notes">{vendor.notes && <p className="notes">{vendor.notes}</p>}</Item>
        </dl>
      </section>
    </div>
  );
}

function Chips({ values }: { values: readonly string[] }) {
  return (
    <span className="chips">
      {values.map((v) => (
        <span key={v} className="chip">
          {v}
        </span>
      ))}
    </span>
  );
}
