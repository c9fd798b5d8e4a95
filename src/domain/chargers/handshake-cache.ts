import type { HandshakeCharger } from './charger.repository.js';

export type { HandshakeCharger };

interface Entry {
  charger: HandshakeCharger;
  /** When the database last showed this row (a lookup), node clock. */
  readAt: number;
}

/**
 * What the OCPP handshake needs of the chargers that tried this node (tenant, password hash,
 * registration), so a known charger can reconnect while PostgreSQL is unreachable. Kept fresh by the
 * normal path (every handshake lookup) and by `refresh`, which reads every charger changed since the
 * last refresh (a new password, a rejection, a deletion) in one statement, every `refreshEveryMs`.
 *
 * The rule that keeps a stale cache from letting an old password in: during an outage an entry counts
 * only if the database confirmed it (a lookup, or a refresh that started after its last change) at most
 * `maxStaleMs` before the outage began. A change made while the database was up is therefore never
 * overruled by the cache once a refresh ran after it; only a change in the last `refreshEveryMs` before
 * the outage can be missed (see HACKING "Durability and outages").
 */
export function createHandshakeCache(opts: {
  changesSince: (since: Date) => Promise<(HandshakeCharger & { live: boolean })[]>;
  refreshEveryMs: number;
  /** Rows whose transaction began this long before a refresh still count as new (clock skew, long transactions). */
  overlapMs?: number;
  maxEntries?: number;
  now?: () => number;
}) {
  const now = opts.now ?? Date.now;
  const overlapMs = opts.overlapMs ?? 60_000;
  const maxEntries = opts.maxEntries ?? 100_000;
  const maxStaleMs = opts.refreshEveryMs * 3;
  const entries = new Map<string, Entry>();
  // Changes before this are in the cache (or were, for rows read since).
  let refreshedFrom = now();
  let refreshing: Promise<void> | null = null;

  function set(charger: HandshakeCharger, readAt: number): void {
    entries.delete(charger.ocppId); // re-inserted last: the oldest entries go first when full
    entries.set(charger.ocppId, { charger, readAt });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  }

  return {
    /** The database's answer for `ocppId` (null: no live charger has it). */
    remember(ocppId: string, charger: HandshakeCharger | null): void {
      if (charger) set(charger, now());
      else entries.delete(ocppId);
    },

    /**
     * The cached charger for a handshake while the database is down since `downSince`, or null: not
     * cached, or not confirmed by the database within `maxStaleMs` before the outage.
     */
    known(ocppId: string, downSince: number): HandshakeCharger | null {
      const entry = entries.get(ocppId);
      if (!entry) return null;
      const confirmedAt = Math.max(entry.readAt, refreshedFrom);
      return downSince - confirmedAt <= maxStaleMs ? entry.charger : null;
    },

    /** Reads the chargers changed since the last refresh; a failed read leaves `refreshedFrom` where it was. */
    refresh(): Promise<void> {
      refreshing ??= (async () => {
        const startedAt = now();
        try {
          const changed = await opts.changesSince(new Date(refreshedFrom - overlapMs));
          for (const { live, ...row } of changed) {
            const entry = entries.get(row.ocppId);
            // A lookup since this refresh began saw a row at least as new.
            if (!entry || entry.readAt > startedAt) continue;
            if (live) set(row, startedAt);
            // An ocppId can be reused after a deletion: only the cached charger's own deletion evicts it.
            else if (entry.charger.id === row.id) entries.delete(row.ocppId);
          }
          refreshedFrom = startedAt;
        } finally {
          refreshing = null;
        }
      })();
      return refreshing;
    },

    size: () => entries.size,
  };
}

export type HandshakeCache = ReturnType<typeof createHandshakeCache>;
