import { useEffect } from 'react';
import { ImportWizard } from './vendors/ImportWizard';
import { Sidebar } from './shell/Sidebar';
import { Spinner } from './ui/Spinner';
import { ToastProvider } from './ui/Toasts';
import { hasCommandKey, isTypingTarget } from './lib/keyboard';
import { QueryProvider, useQuery } from './lib/queries';
import { read } from './lib/reads';
import { navigate, parseRoute, type Route, useHash } from './lib/router';
import { AuditLogPage } from './audit/AuditLogPage';
import { DashboardPage } from './risk/DashboardPage';
import { ListsPage } from './lists/ListsPage';
import { MethodologyPage } from './risk/MethodologyPage';
import { SettingsPage } from './settings/SettingsPage';
import { ReportsPage } from './reports/ReportsPage';
import { MyWorkPage } from './work/MyWorkPage';
import { NewVendorPage, VendorPage } from './vendors/VendorPage';
import { VendorsPage } from './vendors/VendorsPage';
import { ConnectionBanner } from './shell/ConnectionBanner';
import { ShellProvider, useShell } from './shell/Shell';
import { ListViewProvider } from './vendors/listView';

export function App() {
  return (
    <QueryProvider>
      <ListViewProvider>
        <ToastProvider>
          <ShellProvider>
            <Shell />
          </ShellProvider>
        </ToastProvider>
      </ListViewProvider>
    </QueryProvider>
  );
}

/** Opening Vetter: the dashboard once there are vendors; before, the vendor list offers the first steps. */
function Home() {
  const { data, error } = useQuery(read('app.info', {}));
  const vendorCount = data?.vendorCount;
  useEffect(() => {
    if (vendorCount !== undefined) navigate({ page: vendorCount > 0 ? 'dashboard' : 'vendors' }, { replace: true });
    else if (error) navigate({ page: 'vendors' }, { replace: true });
  }, [vendorCount, error]);
  return (
    <div className="page-loading">
      <Spinner label="Opening Vetter…" visibleLabel />
    </div>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <Home />;
    case 'dashboard':
      return <DashboardPage />;
    case 'work':
      return <MyWorkPage />;
    case 'vendors':
      return <VendorsPage />;
    case 'new-vendor':
      return <NewVendorPage />;
    case 'vendor':
      // Keyed so that moving between vendors starts each page afresh.
      return <VendorPage key={route.id} id={route.id} editing={route.editing} />;
    case 'reports':
      return <ReportsPage />;
    case 'lists':
      return <ListsPage />;
    case 'methodology':
      return <MethodologyPage />;
    case 'audit':
      return <AuditLogPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

function Shell() {
  const route = parseRoute(useHash());
  const { importOpen, openImport, closeImport, focusSearch } = useShell();

  // Global shortcuts: Ctrl/Cmd+K or "/" search, Ctrl/Cmd+N new vendor, Ctrl/Cmd+I import.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const key = event.key.toLowerCase();
      if ((hasCommandKey(event) && key === 'k') || (key === '/' && !isTypingTarget(event.target))) {
        event.preventDefault();
        focusSearch();
      } else if (hasCommandKey(event) && key === 'n') {
        event.preventDefault();
        navigate({ page: 'new-vendor' });
      } else if (hasCommandKey(event) && key === 'i') {
        event.preventDefault();
        openImport();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusSearch, openImport]);

  return (
    <div className="app">
      {/* Not a plain #main link: the hash holds the route. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <Sidebar current={route.page} />
      <main id="main" className="main" tabIndex={-1}>
        <ConnectionBanner />
        <Page route={route} />
      </main>
      {importOpen && <ImportWizard onClose={closeImport} />}
    </div>
  );
}
