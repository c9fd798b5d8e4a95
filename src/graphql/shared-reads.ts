import type { Scope } from '../domain/scope.js';

/**
 * Reads shared by every subscriber of one event on this node. The event bus hands the same event
 * object to each subscription, so keying by it makes 5,000 dashboards watching a site cost one read
 * per event instead of 5,000 (which queued on the pool and delayed every delivery by seconds).
 * The key also names the Scope the read was made in: subscribers of another tenant or owner never
 * share a result. Entries live as long as the event object does.
 */
const reads = new WeakMap<object, Map<string, Promise<unknown>>>();

export function sharedRead<T>(event: object, scope: Scope, what: string, read: () => Promise<T>): Promise<T> {
  let forEvent = reads.get(event);
  if (!forEvent) reads.set(event, (forEvent = new Map()));
  const key = `${what}|${scope.tenantId}|${scope.ownerId === undefined ? '*' : String(scope.ownerId)}`;
  let pending = forEvent.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = read();
    forEvent.set(key, pending);
    // A failed read is not shared: the next subscriber tries again.
    pending.catch(() => forEvent.delete(key));
  }
  return pending;
}
