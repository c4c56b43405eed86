import { formatCount } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { type Route, routeHref } from '../lib/router';
import { Icon, type IconName } from '../ui/Icon';

const NAV: { href: string; label: string; icon: IconName; pages: Route['page'][] }[] = [
  { href: routeHref({ page: 'dashboard' }), label: 'Dashboard', icon: 'gauge', pages: ['dashboard'] },
  { href: routeHref({ page: 'work' }), label: 'My work', icon: 'calendar', pages: ['work'] },
  { href: routeHref({ page: 'vendors' }), label: 'Vendors', icon: 'building', pages: ['vendors', 'vendor', 'new-vendor'] },
  { href: routeHref({ page: 'reports' }), label: 'Reports', icon: 'file', pages: ['reports'] },
  { href: routeHref({ page: 'lists' }), label: 'Lists', icon: 'lists', pages: ['lists'] },
  { href: routeHref({ page: 'methodology' }), label: 'Methodology', icon: 'scale', pages: ['methodology'] },
  { href: routeHref({ page: 'audit' }), label: 'Audit log', icon: 'log', pages: ['audit'] },
  { href: routeHref({ page: 'settings' }), label: 'Settings', icon: 'gear', pages: ['settings'] },
];

export function Sidebar({ current }: { current: Route['page'] }) {
  const { data: info } = useQuery(read('app.info', {}));
  const { data: work } = useQuery(read('work.queue', {}));
  // What needs doing now: overdue, or due within the month.
  const due = work ? work.counts.overdue + work.counts.soon : 0;

  return (
    <aside className="sidebar">
      <div className="wordmark">
        <span className="wordmark-mark" aria-hidden="true">
          <Icon name="shield" size={16} />
        </span>
        <span className="wordmark-text">Vetter</span>
      </div>
      <nav aria-label="Main">
        <ul className="nav-list">
          {NAV.map((item) => (
            <li key={item.href}>
              <a className="nav-link" href={item.href} aria-current={item.pages.includes(current) ? 'page' : undefined}>
                <Icon name={item.icon} />
                <span>{item.label}</span>
                {item.label === 'Vendors' && info && info.vendorCount > 0 && (
                  <span className="nav-count">
                    {formatCount(info.vendorCount)}
                  </span>
                )}
                {item.label === 'My work' && due > 0 && (
                  <span className={`nav-count${work && work.counts.overdue > 0 ? ' nav-count-alert' : ''}`} title={`${formatCount(due)} due now or within 30 days`}>
                    {formatCount(due)}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        {info && (
          <a
            className="current-user"
            href={routeHref({ page: 'settings' })}
            title="Changes are recorded in the audit log under this name. Change it in Settings."
          >
            <span className="avatar" aria-hidden="true">
              {info.user.trim().charAt(0).toUpperCase() || '?'}
            </span>
            <span className="current-user-text">
              <span className="current-user-label">Recording as</span>
              <span className="current-user-name">{info.user}</span>
            </span>
          </a>
        )}
      </div>
    </aside>
  );
}
