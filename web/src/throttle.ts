import { useEffect, useRef } from 'react';

/** A function that runs `fn` at most once per `ms` (the last call in a burst runs at the end of it). */
export function useThrottled(fn: () => void, ms: number): () => void {
  const latest = useRef(fn);
  latest.current = fn;
  const state = useRef<{ last: number; timer?: ReturnType<typeof setTimeout> }>({ last: 0 });
  useEffect(() => () => clearTimeout(state.current.timer), []);
  const run = useRef(() => {
    const s = state.current;
    if (s.timer) return;
    const wait = Math.max(0, s.last + ms - Date.now());
    s.timer = setTimeout(() => {
      s.timer = undefined;
      s.last = Date.now();
      latest.current();
    }, wait);
  });
  return run.current;
}
