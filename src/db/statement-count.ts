import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the statements one unit of work sends (a GraphQL operation), leaving out what runs beside it
 * in the same process (batched background writes, pollers). `stats.statements` counts everything.
 */
const current = new AsyncLocalStorage<{ statements: number }>();

/** Runs `fn` (and every async continuation it starts) with its own statement counter. */
export function countStatements<T>(fn: () => T): T {
  return current.run({ statements: 0 }, fn);
}

/** Statements counted so far in the current unit of work; undefined outside one. */
export function statementsSoFar(): number | undefined {
  return current.getStore()?.statements;
}

export function noteStatement(): void {
  const store = current.getStore();
  if (store) store.statements++;
}
