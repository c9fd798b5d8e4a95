/**
 * A FIFO feeding one async iterator. Over `limit` items it drops the oldest (and says so
 * through `onDrop`) instead of growing without bound behind a slow consumer.
 */
export function boundedQueue<T>(limit: number, onDrop: () => void) {
  const items: T[] = [];
  let waiting: ((r: IteratorResult<T>) => void) | null = null;
  let done = false;

  return {
    push(item: T): void {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: item, done: false });
        return;
      }
      items.push(item);
      if (items.length > limit) {
        items.shift();
        onDrop();
      }
    },
    iterator(onClose: () => void): AsyncIterableIterator<T> {
      const finish = (): IteratorResult<T> => {
        if (!done) {
          done = true;
          items.length = 0;
          onClose();
          waiting?.({ value: undefined, done: true });
          waiting = null;
        }
        return { value: undefined, done: true };
      };
      return {
        next: () => {
          if (items.length) return Promise.resolve({ value: items.shift()!, done: false });
          if (done) return Promise.resolve({ value: undefined, done: true });
          return new Promise((resolve) => (waiting = resolve));
        },
        return: () => Promise.resolve(finish()),
        throw: (err) => (finish(), Promise.reject(err)),
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  };
}
