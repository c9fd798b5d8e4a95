// The token pair's upkeep. A refresh token works once (rotation) and presenting a spent one ends the
// whole login (auth.service: reuse revokes the family), so every refresh this page needs (the timer,
// a request finding its token expired, a request the server refused) shares one trade at a time, and
// tabs take turns through a Web Lock.
import { CombinedGraphQLErrors, type ApolloClient } from '@apollo/client';
import { RefreshTokenDocument } from '../../client/generated/graphql';
import { getSession, onSessionChange, reloadSession, setSession, type SignedIn } from './session';

type Outcome = 'refreshed' | 'refused' | 'unreachable';

/** A token this close to its expiry counts as expired: the server's `exp` is whole seconds, and a request takes a moment. */
const MARGIN_MS = 2000;
const RETRY_UNREACHABLE_MS = 5000;

const expiring = (s: SignedIn) => new Date(s.expiresAt).getTime() - Date.now() < MARGIN_MS;

export interface TokenKeeper {
  /** The Authorization value to send now, refreshed first if the token has expired; undefined when signed out. */
  bearer(): Promise<string | undefined>;
  /** The server refused the request sent with `sent`: true when a fresh token is there to retry with. */
  replaceRefused(sent: string | undefined): Promise<boolean>;
}

/**
 * Refreshes the pair a minute before it expires (a quarter of what is left, at least 2 s, for short-lived
 * tokens), and at once when a request needs it. Only a refused refresh signs out.
 */
export function createTokenKeeper(client: () => ApolloClient): TokenKeeper {
  let inFlight: Promise<Outcome> | null = null;
  const refresh = (stale: string): Promise<Outcome> =>
    (inFlight ??= inTurn(() => trade(stale, client())).finally(() => (inFlight = null)));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const session = getSession();
    if (!session) return;
    const left = new Date(session.expiresAt).getTime() - Date.now();
    const due = left - Math.min(60_000, Math.max(MARGIN_MS, left / 4));
    const tick = async () => {
      // Refreshed: the session changed and schedule() runs again. Unreachable: try again soon.
      if ((await refresh(session.token)) === 'unreachable') timer = setTimeout(tick, RETRY_UNREACHABLE_MS);
    };
    timer = setTimeout(tick, Math.min(Math.max(due, 1000), 2 ** 31 - 1));
  };
  onSessionChange(schedule);
  schedule();

  return {
    async bearer() {
      const session = getSession();
      if (session && expiring(session)) await refresh(session.token);
      const token = getSession()?.token;
      return token ? `Bearer ${token}` : undefined;
    },
    async replaceRefused(sent) {
      const session = getSession();
      if (!session) return false;
      // Refreshed since the request went out: retry with the new token.
      if (sent !== `Bearer ${session.token}`) return true;
      return (await refresh(session.token)) === 'refreshed';
    },
  };
}

async function trade(stale: string, client: ApolloClient): Promise<Outcome> {
  const session = reloadSession();
  if (!session) return 'refused';
  // Another tab traded it while this one waited for its turn: use theirs.
  if (session.token !== stale && !expiring(session)) return 'refreshed';
  try {
    const { data } = await client.mutate({
      mutation: RefreshTokenDocument,
      variables: { refreshToken: session.refreshToken },
      fetchPolicy: 'no-cache', // tokens live in the session only
    });
    const { token, refreshToken, expiresAt } = data!.refreshToken;
    // Signed out (or in as someone else) meanwhile: keep what is there now.
    if (getSession()?.refreshToken !== session.refreshToken) return getSession() ? 'refreshed' : 'refused';
    setSession({ ...session, token, refreshToken, expiresAt });
    return 'refreshed';
  } catch (err) {
    const refused = CombinedGraphQLErrors.is(err) && err.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (!refused) return 'unreachable'; // down, restarting, rate-limited: the pair is still good
    if (getSession()?.refreshToken === session.refreshToken) setSession(null);
    return 'refused';
  }
}

/** One tab at a time (Web Locks exist in secure contexts only: on plain http to a LAN address, tabs may still race). */
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  return 'locks' in navigator ? await navigator.locks.request('chargeql.token-refresh', work) : work();
}
