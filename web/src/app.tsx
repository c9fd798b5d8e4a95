import { useEffect, useState } from 'react';
import { useLogoutMutation } from '../../client/generated/hooks';
import type { Connection } from './apollo';
import { ErrorBoundary } from './components/error-boundary';
import { LiveProvider } from './live';
import { ChargerPage } from './pages/charger';
import { ChargersPage } from './pages/chargers';
import { OverviewPage } from './pages/overview';
import { SessionsPage } from './pages/sessions';
import { SignInPage } from './pages/sign-in';
import { SitesPage } from './pages/sites';
import { Link, useLocation } from './router';
import { getSession, setSession, useSession } from './session';

export function App({ connection }: { connection: Connection }) {
  const session = useSession();
  useEffect(() => {
    // Signed out: forget everything the last user could read, and close the socket.
    if (!session) {
      void connection.client.clearStore();
      connection.ws.terminate();
    }
  }, [session === null]);
  if (!session) return <SignInPage />;
  return (
    <LiveProvider key={session.user.id} onReconnect={connection.onReconnect}>
      <Shell connection={connection} email={session.user.email} />
    </LiveProvider>
  );
}

const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/chargers', label: 'Chargers' },
  { to: '/sessions', label: 'Sessions' },
  { to: '/sites', label: 'Sites' },
];

function Shell({ connection, email }: { connection: Connection; email: string }) {
  const { path } = useLocation();
  const [logout] = useLogoutMutation();
  const connected = useSocketState(connection);
  const signOut = async () => {
    const refreshToken = getSession()?.refreshToken;
    setSession(null);
    if (refreshToken) await logout({ variables: { refreshToken } }).catch(() => undefined);
  };
  return (
    <div className="shell">
      <header className="top">
        <Link to="/" className="brand">
          ChargeQL
        </Link>
        <nav>
          {NAV.map((n) => (
            <Link key={n.to} to={n.to} className={section(path) === n.to ? 'active' : ''}>
              {n.label}
            </Link>
          ))}
        </nav>
        <div className="who">
          <span className="email">{email}</span>
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      {connected === false && <div className="banner">Live updates interrupted: reconnecting…</div>}
      <main>
        <ErrorBoundary key={path} what="This page">
          <Route path={path} />
        </ErrorBoundary>
      </main>
    </div>
  );
}

const section = (path: string) => (path === '/' ? '/' : `/${path.split('/')[1]}`);

function Route({ path }: { path: string }) {
  const charger = path.match(/^\/chargers\/(.+)$/);
  if (charger) return <ChargerPage ocppId={decodeURIComponent(charger[1]!)} />;
  switch (path) {
    case '/':
      return <OverviewPage />;
    case '/chargers':
      return <ChargersPage />;
    case '/sessions':
      return <SessionsPage />;
    case '/sites':
      return <SitesPage />;
    default:
      return (
        <p className="empty">
          Nothing here. <Link to="/">Back to the overview</Link>
        </p>
      );
  }
}

/** null until the socket first connects; then whether it is connected now. */
function useSocketState(connection: Connection): boolean | null {
  const [state, setState] = useState<boolean | null>(null);
  useEffect(() => connection.onSocketState(setState), [connection]);
  return state;
}
