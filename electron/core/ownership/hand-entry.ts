// An owner entered by hand on the vendor page. It is kept as a one-row CSV import (ownership_imports): the row as the
// CSV format would hold it (`owner,owned,percentage,kind,start,end,source`), its SHA-256, who entered it and when, so a
// hand entry and a file are stored, found and audited alike. The owned party is the one bearing the vendor's legal
// name, made if the graph has none; entering the same owner, kind and start again updates the link.
import { createHash } from 'node:crypto';
import { VetterError } from '../errors';
import type { Vendor } from '../vendors/model';
import { LINK_KIND_LABELS, type OwnerEntry, type OwnershipImportResult } from './model';
import { endsAfterStart } from './records';
import type { OwnershipRepository } from './repository';

export async function addOwner(repo: OwnershipRepository, vendor: Pick<Vendor, 'legalName'>, entry: OwnerEntry, actor: string): Promise<OwnershipImportResult> {
  if (entry.start && entry.end && !endsAfterStart(entry.start, entry.end)) {
    throw new VetterError('invalid_input', `The link cannot end (${entry.end}) before it starts (${entry.start}).`, { end: 'ends before it starts' });
  }
  const source = entry.source || null;
  const row = [entry.owner.name, vendor.legalName, entry.percentage ?? '', entry.kind, entry.start ?? '', entry.end ?? '', source ?? ''].map(csvCell).join(',');
  const held = entry.percentage !== null ? `${entry.percentage} %` : entry.shares !== null ? `${entry.shares.toLocaleString('en-US')} shares` : 'a stake';
  const verb = entry.kind === 'shareholding' || entry.kind === 'joint_venture' ? `owns ${held} of` : `controls by ${LINK_KIND_LABELS[entry.kind]}`;
  const summary = `Added by hand: ${entry.owner.name} (${entry.owner.kind}) ${verb} ${vendor.legalName}`;
  return repo.import(
    {
      name: `entered by hand: ${vendor.legalName}`,
      format: 'csv',
      sha256: createHash('sha256').update(row).digest('hex'),
      parties: [],
      links: [
        {
          id: null,
          owner: { name: entry.owner.name, kind: entry.owner.kind, line: 1, field: 'owner' },
          owned: { name: vendor.legalName, line: 1, field: 'owned' },
          kind: entry.kind,
          percentage: entry.percentage,
          shares: entry.shares,
          start: entry.start,
          end: entry.end,
          source,
          line: 1,
        },
      ],
      skipped: {},
    },
    actor,
    { action: 'ownership.add', summary },
  );
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
