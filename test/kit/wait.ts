import { expect } from 'vitest';

/**
 * Polls until `check` holds (tests never assert on speed: a loaded machine only makes this take
 * longer, up to `timeoutMs`). The error names `what` was awaited.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  opts: { what?: string; timeoutMs?: number; everyMs?: number } = {},
): Promise<void> {
  const { what = 'condition', timeoutMs = 10_000, everyMs = 50 } = opts;
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Polls a query until `done` holds: for what the server does on its own clock (sweeps). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      expect.fail(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
