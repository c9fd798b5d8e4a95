// The signed-in session (token pair and user), kept in localStorage so a reload stays signed in.
import { useSyncExternalStore } from 'react';

export interface SignedIn {
  token: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string; email: string; role: string };
}

const KEY = 'chargeql.session';
const listeners = new Set<() => void>();
let current: SignedIn | null = read();

function read(): SignedIn | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as SignedIn | null;
  } catch {
    return null;
  }
}

export const getSession = (): SignedIn | null => current;

export function setSession(next: SignedIn | null): void {
  current = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

/**
 * The session as stored this moment: another tab may have just refreshed the pair, and its storage event
 * may not have reached this one yet. A change is passed on to the listeners.
 */
export function reloadSession(): SignedIn | null {
  const stored = read();
  if (stored?.refreshToken !== current?.refreshToken) {
    current = stored;
    listeners.forEach((l) => l());
  }
  return current;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const useSession = (): SignedIn | null => useSyncExternalStore(onSessionChange, getSession);

// Another tab signed in or out: follow it.
window.addEventListener('storage', (e) => {
  if (e.key !== KEY) return;
  current = read();
  listeners.forEach((l) => l());
});
