import type { ConcentrationGroup } from '../../../electron/core/contract';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { routeHref } from '../lib/router';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';

/** The suppliers and countries many of the portfolio's vendors rely on, each with the vendors it names. */
export function SupplierConcentration() {
  const loaded = useQuery(read('suppliers.concentration', {}));
  const c = loaded.data;
  return (
    <section className="card" aria-labelledby="concentration-title">
      <h2 id="concentration-title">Supply-chain concentration</h2>
      <p className="section-hint">Suppliers, and countries for each kind of service, that two or more of your vendors rely on.</p>
      {loaded.error && <Alert tone="error">{loaded.error}</Alert>}
      {!c && !loaded.error && <Spinner label="Loading suppliers…" visibleLabel />}
      {c &&
        (c.suppliers === 0 ? (
          <p className="muted concentration-empty">
            No suppliers recorded yet. Add them in the Suppliers section of a vendor’s page, or import a CSV with <code>vetter suppliers import FILE</code>.
          </p>
        ) : c.bySupplier.length === 0 && c.byCountry.length === 0 ? (
          <p className="muted">No supplier or country is shared by two vendors yet ({c.suppliers} suppliers recorded for {c.vendors} vendors).</p>
        ) : (
          <>
            <Groups title="Shared suppliers" groups={c.bySupplier} />
            <Groups title="Countries by service" groups={c.byCountry} />
          </>
        ))}
    </section>
  );
}

function Groups({ title, groups }: { title: string; groups: ConcentrationGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain-list concentration-list">
        {groups.map((g) => (
          <li key={`${g.kind}|${g.key}|${g.service}`}>
            <details>
              <summary>{g.sentence}</summary>
              <ul className="concentration-vendors">
                {g.vendors.map((v) => (
                  <li key={v.id}>
                    <a href={routeHref({ page: 'vendor', id: v.id, editing: false })}>{v.legalName}</a>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
