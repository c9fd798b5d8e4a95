/**
 * Runs a batched write again when PostgreSQL chose it as a deadlock victim (SQLSTATE 40P01).
 * Batches of meter advances and cost writes run concurrently and may lock the same sessions; the
 * victim's whole statement was rolled back, so running it again is safe and loses nothing.
 */
export async function retryOnDeadlock<T>(write: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (!isDeadlock(err) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt * Math.random()));
    }
  }
}

function isDeadlock(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '40P01') return true;
  return false;
}
