import { describe, expect, it } from 'vitest';
import { createHandshakeCache, type HandshakeCharger } from './handshake-cache.js';

const charger = (ocppId: string, over: Partial<HandshakeCharger> = {}) =>
  ({ id: `id-${ocppId}`, ocppId, tenantSlug: 'demo', passwordHash: 'old', ...over }) as HandshakeCharger;

function cacheWith(changes: (HandshakeCharger & { live: boolean })[][]) {
  let clock = 1_000_000;
  const cache = createHandshakeCache({
    changesSince: async () => changes.shift() ?? [],
    refreshEveryMs: 1000,
    now: () => clock,
  });
  return { cache, tick: (ms: number) => (clock += ms), now: () => clock };
}

describe('the handshake cache', () => {
  it('serves a charger the database showed shortly before the outage, not one confirmed long before', async () => {
    const { cache, tick, now } = cacheWith([]);
    cache.remember('CP-1', charger('CP-1'));
    tick(2000);
    expect(cache.known('CP-1', now())).toMatchObject({ ocppId: 'CP-1' });
    tick(2000); // no refresh for 4 s: 3 refresh intervals is all it may lag
    expect(cache.known('CP-1', now())).toBeNull();
    await cache.refresh(); // a refresh confirms every entry it found unchanged
    expect(cache.known('CP-1', now())).toMatchObject({ ocppId: 'CP-1' });
  });

  it('takes a new password from a refresh, and forgets a deleted charger but not the live one reusing its id', async () => {
    const { cache, tick, now } = cacheWith([
      [{ ...charger('CP-1', { passwordHash: 'new' }), live: true }],
      [
        { ...charger('CP-2', { id: 'old-id' }), live: false },
        { ...charger('CP-1'), live: false },
      ],
    ]);
    cache.remember('CP-1', charger('CP-1'));
    cache.remember('CP-2', charger('CP-2'));
    tick(10);
    await cache.refresh();
    expect(cache.known('CP-1', now())?.passwordHash).toBe('new');
    tick(10);
    await cache.refresh();
    expect(cache.known('CP-1', now())).toBeNull();
    expect(cache.known('CP-2', now())).toMatchObject({ id: 'id-CP-2' });
  });

  it('keeps what a lookup read after a refresh began over what that refresh read', async () => {
    let release!: (rows: (HandshakeCharger & { live: boolean })[]) => void;
    let clock = 0;
    const cache = createHandshakeCache({
      changesSince: () => new Promise((r) => (release = r)),
      refreshEveryMs: 1000,
      now: () => clock,
    });
    cache.remember('CP-1', charger('CP-1'));
    clock = 10;
    const refreshing = cache.refresh();
    clock = 20;
    cache.remember('CP-1', charger('CP-1', { passwordHash: 'newer' }));
    release([{ ...charger('CP-1', { passwordHash: 'older' }), live: true }]);
    await refreshing;
    expect(cache.known('CP-1', clock)?.passwordHash).toBe('newer');
  });

  it('forgets a charger the database no longer has', () => {
    const { cache, now } = cacheWith([]);
    cache.remember('CP-1', charger('CP-1'));
    cache.remember('CP-1', null);
    expect(cache.known('CP-1', now())).toBeNull();
  });
});
