// Concentration across the portfolio: the suppliers, and the countries for each kind of service, that several vendors
// rely on ("14 vendors run on Amazon Web Services", "6 vendors build on models from China"). Pure: the handler reads
// the suppliers, this groups them.
import { countryName } from '../vendors/countries';
import { type ConcentrationGroup, SERVICE_VERBS, type SupplierConcentration } from './model';
import type { PortfolioSupplier } from './repository';
import { vendorNameKey } from '../vendors/names';

/** Groups shown: those at least this many vendors share, the largest first, at most `limit` of each kind. */
export function concentration(suppliers: readonly PortfolioSupplier[], { least = 2, limit = 10 } = {}): SupplierConcentration {
  const groups = new Map<string, Omit<ConcentrationGroup, 'sentence' | 'vendors'> & { vendors: Map<string, string> }>();
  const add = (id: string, group: Omit<ConcentrationGroup, 'sentence' | 'vendors'>, s: PortfolioSupplier) => {
    const g = groups.get(id) ?? { ...group, vendors: new Map<string, string>() };
    g.vendors.set(s.vendorId, s.vendorName);
    groups.set(id, g);
  };
  for (const s of suppliers) {
    // One group per supplier name (folded) and service, shown under the first spelling met (suppliers come by name).
    add(`s\u0000${vendorNameKey(s.name)}\u0000${s.service}`, { kind: 'supplier', key: s.name, label: s.name, service: s.service }, s);
    if (s.country) add(`c\u0000${s.country}\u0000${s.service}`, { kind: 'country', key: s.country, label: countryName(s.country), service: s.service }, s);
  }
  const shown = (kind: ConcentrationGroup['kind']): ConcentrationGroup[] =>
    [...groups.values()]
      .filter((g) => g.kind === kind && g.vendors.size >= least)
      .sort((a, b) => b.vendors.size - a.vendors.size || a.label.localeCompare(b.label) || a.service.localeCompare(b.service))
      .slice(0, limit)
      .map((g) => {
        const n = g.vendors.size;
        const verbs = SERVICE_VERBS[g.service];
        const sentence = g.kind === 'supplier' ? `${n} vendors ${verbs.other} ${g.label}` : `${n} vendors use ${verbs.from} ${g.label}`;
        const vendors = [...g.vendors].map(([id, legalName]) => ({ id, legalName })).sort((a, b) => a.legalName.localeCompare(b.legalName));
        return { kind: g.kind, key: g.key, label: g.label, service: g.service, sentence, vendors };
      });
  return { suppliers: suppliers.length, vendors: new Set(suppliers.map((s) => s.vendorId)).size, bySupplier: shown('supplier'), byCountry: shown('country') };
}
