import { LIST_SOURCES } from '../../../electron/core/contract';
import { copyText } from '../lib/clipboard';
import { useToast } from '../ui/Toasts';

/** A web address to type or paste on a computer with internet access: Vetter itself never opens it. */
function Address({ url }: { url: string }) {
  const toast = useToast();
  const copy = async () => {
    const copied = await copyText(url);
    toast(copied ? { tone: 'success', message: 'Address copied' } : { tone: 'error', message: 'The address could not be copied: select it and copy it by hand.' });
  };
  return (
    <span className="source-address">
      <code>{url}</code>
      <button type="button" className="btn btn-small" onClick={() => void copy()} aria-label={`Copy ${url}`}>
        Copy
      </button>
    </span>
  );
}

/** Where each list's current files come from, and which files to bring: the way to replace the bundled snapshots. */
export function ListSources() {
  return (
    <section className="card card-flush" aria-labelledby="list-sources-title">
      <div className="card-header">
        <h2 id="list-sources-title">Where to get current lists</h2>
      </div>
      <p className="section-hint card-padded">
        On a computer with internet access, download these files from each publisher, bring them here (a USB stick, a
        shared folder), and choose <strong>Import list file(s)…</strong>. Vetter never goes online itself.
      </p>
      <table className="data-table list-sources">
        <thead>
          <tr>
            <th scope="col">List</th>
            <th scope="col">Publisher’s page and files</th>
            <th scope="col">What to bring</th>
          </tr>
        </thead>
        <tbody>
          {LIST_SOURCES.map((source) => (
            <tr key={source.listKey}>
              <th scope="row">
                {source.listName}
                <span className="cell-secondary">{source.designation}</span>
              </th>
              <td>
                {[source.page, ...source.downloads].map((url) => (
                  <Address key={url} url={url} />
                ))}
              </td>
              <td>{source.files}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
