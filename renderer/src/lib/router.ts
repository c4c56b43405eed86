// Hash routes: they work the same under app:// in Electron and on the browser host, and keep Back working.
import { useSyncExternalStore } from 'react';

export type Route =
  /** No page named: the dashboard once there are vendors, the vendor list (with its first-run offer) before. */
  | { page: 'home' }
  | { page: 'dashboard' }
  | { page: 'work' }
  | { page: 'vendors' }
  | { page: 'new-vendor' }
  | { page: 'vendor'; id: string; editing: boolean }
  | { page: 'reports' }
  | { page: 'lists' }
  | { page: 'methodology' }
  | { page: 'audit' }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id, action] = parts;
  if (section === undefined) return { page: 'home' };
  if (section === 'dashboard') return { page: 'dashboard' };
  if (section === 'work') return { page: 'work' };
  if (section === 'reports') return { page: 'reports' };
  if (section === 'lists') return { page: 'lists' };
  if (section === 'methodology') return { page: 'methodology' };
  if (section === 'audit') return { page: 'audit' };
  if (section === 'settings') return { page: 'settings' };
  if (section === 'vendors' && id === 'new') return { page: 'new-vendor' };
  if (section === 'vendors' && id) return { page: 'vendor', id, editing: action === 'edit' };
  return { page: 'vendors' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'dashboard':
      return '#/dashboard';
    case 'work':
      return '#/work';
    case 'vendors':
      return '#/vendors';
    case 'new-vendor':
      return '#/vendors/new';
    case 'vendor':
      return `#/vendors/${encodeURIComponent(route.id)}${route.editing ? '/edit' : ''}`;
    case 'reports':
      return '#/reports';
    case 'lists':
      return '#/lists';
    case 'methodology':
      return '#/methodology';
    case 'audit':
      return '#/audit';
    case 'settings':
      return '#/settings';
  }
}

export function navigate(route: Route, { replace = false } = {}): void {
  const href = routeHref(route);
  if (replace) window.location.replace(href);
  else window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current hash; components parse it, so equal routes compare equal as strings. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
