import { describe, expect, it } from 'vitest';
import { boundedQueue } from './bounded-queue.js';

describe('boundedQueue', () => {
  it('delivers in order and drops the oldest past the limit', async () => {
    let dropped = 0;
    const q = boundedQueue<number>(3, () => dropped++);
    const it = q.iterator(() => {});
    for (const n of [1, 2, 3, 4, 5]) q.push(n);
    expect(dropped).toBe(2);
    expect((await it.next()).value).toBe(3);
    expect((await it.next()).value).toBe(4);
    expect((await it.next()).value).toBe(5);
  });

  it('hands an item straight to a waiting consumer and ends on return()', async () => {
    let closed = false;
    const q = boundedQueue<string>(10, () => {});
    const it = q.iterator(() => (closed = true));
    const next = it.next();
    q.push('a');
    expect(await next).toEqual({ value: 'a', done: false });
    const pending = it.next();
    await it.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(closed).toBe(true);
  });
});
