/**
 * session.updated at most once per interval per session: the first update goes out at once,
 * later ones within the interval collapse into one sent when it ends (with the newest state).
 */
export function createSessionThrottle(intervalMs: number, send: (tenantId: string, sessionId: string) => void) {
  const state = new Map<string, { lastSent: number; timer: NodeJS.Timeout | null }>();
  return {
    touch(tenantId: string, sessionId: string): void {
      const now = Date.now();
      const s = state.get(sessionId);
      if (!s || now - s.lastSent >= intervalMs) {
        state.set(sessionId, { lastSent: now, timer: s?.timer ?? null });
        if (!s?.timer) send(tenantId, sessionId);
        return;
      }
      if (s.timer) return;
      s.timer = setTimeout(
        () => {
          state.set(sessionId, { lastSent: Date.now(), timer: null });
          send(tenantId, sessionId);
        },
        intervalMs - (now - s.lastSent),
      );
      s.timer.unref();
    },
    /** The session ended: nothing more to send for it. */
    forget(sessionId: string): void {
      const s = state.get(sessionId);
      if (s?.timer) clearTimeout(s.timer);
      state.delete(sessionId);
    },
    stop(): void {
      for (const s of state.values()) if (s.timer) clearTimeout(s.timer);
      state.clear();
    },
  };
}
