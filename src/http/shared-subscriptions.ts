import {
  createSourceEventStream,
  execute,
  subscribe as graphqlSubscribe,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import type { WebSocket } from 'ws';
import type { Context } from '../graphql/context.js';

/**
 * Identical subscriptions share one execution. graphql-ws runs a subscription's selection set and
 * serialises its result once per subscriber; 5,000 dashboards watching one site made that 5,000
 * executions and JSON encodings of the same event. Here subscribers with the same document,
 * operation name, variables and Scope (tenant, role, owner) join one group: the group holds the one
 * graphql `subscribe` (one bus subscription), serialises each result once, and writes the same
 * payload bytes to every member's socket behind its own subscription id.
 *
 * A group executes each event as it arrives, several at once (up to MAX_IN_FLIGHT: an execution waits
 * on the database for relations), and sends the results in event order. graphql's own `subscribe`
 * executes one event after the other, so a group fed 100 events/s queued behind its slowest reads.
 *
 * Exactness: everything a subscription's resolvers may read depends on the Scope, the arguments and
 * the event (HACKING: "Subscriptions are shared"), so the key is exactly those. Members are admitted
 * one by one (each subscriber's context is built, authenticated and checked against the IP allow-list
 * by graphql-ws as before); a subscriber without a Scope, or a group that failed to start, runs alone.
 *
 * A member never yields through graphql-ws: its iterator stays pending until the group ends (then
 * graphql-ws sends `complete`, or `error` if the source failed) or graphql-ws returns it (the client
 * completed or closed), which takes it out of the group; the last one out ends the group's source.
 */

/** Where one subscriber's results go, noted when graphql-ws builds its context. */
export interface SubscriptionTarget {
  socket: WebSocket;
  /** The id the client chose for this subscription. */
  id: string;
  query: string;
}

/** Events of one group executing at once; past this the group waits (its bus queue holds the rest). */
const MAX_IN_FLIGHT = 64;

/** Unsent bytes on a socket beyond which a shared result is skipped for it (counted as dropped). */
export const SLOW_SUBSCRIBER_BYTES = 1024 * 1024;

export interface SubscriptionSharing {
  /** Call from graphql-ws `context`: remembers where the subscription built with `context` delivers. */
  note(context: Context, target: SubscriptionTarget): void;
  /** graphql-ws `subscribe`. */
  subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  /** Subscriptions being served now (shared or not). */
  served(): number;
  /** Shared executions running now (one per group of identical subscriptions). */
  groups(): number;
  /** Results executed (and serialised) for subscriptions so far: once per event per group, or per subscriber when alone. */
  executions(): number;
  /** Results sent to subscribers so far. */
  deliveries(): number;
  /** Shared results a slow subscriber skipped. */
  dropped(): number;
}

interface Member {
  socket: WebSocket;
  /** `{"id":"<id>","type":"next","payload":` — the message around the shared payload. */
  prefix: string;
  end(error?: unknown): void;
}

interface Group {
  members: Set<Member>;
  /** The group's event stream once the subscription's `subscribe` answered; null when it was refused. */
  started: Promise<AsyncIterator<unknown> | null>;
  source: AsyncIterator<unknown> | null;
}

const DONE: IteratorResult<never> = { value: undefined, done: true };

export function createSubscriptionSharing(opts: { enabled: boolean }): SubscriptionSharing {
  const targets = new WeakMap<object, SubscriptionTarget>();
  const groups = new Map<string, Group>();
  let served = 0;
  let executions = 0;
  let deliveries = 0;
  let dropped = 0;

  function deliver(member: Member, payload: string): void {
    const { socket } = member;
    if (socket.readyState !== socket.OPEN) return; // closing: graphql-ws takes the member out
    if (socket.bufferedAmount > SLOW_SUBSCRIBER_BYTES) {
      dropped++;
      return;
    }
    socket.send(member.prefix + payload + '}');
    deliveries++;
  }

  async function run(key: string, group: Group, source: AsyncIterator<unknown>, args: ExecutionArgs): Promise<void> {
    let failure: unknown;
    const fail = (err: unknown) => {
      failure ??= err ?? new Error('subscription source failed');
      void source.return?.().catch(() => {});
    };
    let sent: Promise<void> = Promise.resolve(); // the previous event's results are out
    let inFlight = 0;
    try {
      for (;;) {
        const step = await source.next();
        if (step.done || failure) break;
        if (group.members.size === 0) continue; // leaving: the source ends at its next step
        const result = Promise.resolve(execute({ ...args, rootValue: step.value }));
        inFlight++;
        sent = Promise.all([result, sent]).then(([r]) => {
          inFlight--;
          if (failure) return;
          executions++;
          const payload = serialise(r);
          for (const member of group.members) deliver(member, payload);
        }, fail);
        if (inFlight >= MAX_IN_FLIGHT) await sent;
      }
      await sent;
    } catch (err) {
      fail(err);
    }
    if (groups.get(key) === group) groups.delete(key);
    for (const member of group.members) member.end(failure);
    group.members.clear();
  }

  function leave(key: string, group: Group, member: Member): void {
    if (!group.members.delete(member)) return;
    if (group.members.size > 0) return;
    if (groups.get(key) === group) groups.delete(key);
    void group.source?.return?.().catch(() => {});
  }

  function join(key: string, group: Group, target: SubscriptionTarget): AsyncIterableIterator<ExecutionResult> {
    const member = memberOf(target, () => leave(key, group, member));
    group.members.add(member);
    return counted(member.iterator);
  }

  /** Counts a subscription as served until it ends, however it ends. */
  function counted(iterator: AsyncIterableIterator<ExecutionResult>): AsyncIterableIterator<ExecutionResult> {
    served++;
    let open = true;
    const close = () => {
      if (open) ((open = false), served--);
    };
    return {
      next: async () => {
        try {
          const step = await iterator.next();
          if (step.done) close();
          return step;
        } catch (err) {
          close();
          throw err;
        }
      },
      return: async () => {
        close();
        return (await iterator.return?.()) ?? DONE;
      },
      throw: async (err) => {
        close();
        if (iterator.throw) return iterator.throw(err);
        throw err;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Not shared: graphql-ws sends each result itself; each one is its own execution. */
  async function alone(args: ExecutionArgs) {
    const result = await graphqlSubscribe(args);
    if (!isAsyncIterator(result)) return result;
    const source = result;
    return counted({
      next: async () => {
        const step = await source.next();
        if (!step.done) (executions++, deliveries++);
        return step;
      },
      return: async () => (await source.return?.()) ?? DONE,
      throw: async (err) => (source.throw ? source.throw(err) : Promise.reject(err)),
      [Symbol.asyncIterator]() {
        return this;
      },
    });
  }

  return {
    note: (context, target) => void targets.set(context, target),
    async subscribe(args) {
      const context = args.contextValue as Context;
      const target = targets.get(context);
      const scope = context.scope;
      if (!opts.enabled || !target || !scope || context.denied) return alone(args);
      const key = JSON.stringify([
        scope.tenantId,
        scope.role,
        scope.ownerId === undefined ? '*' : scope.ownerId,
        args.operationName ?? null,
        canonical(args.variableValues ?? {}),
        target.query,
      ]);
      const existing = groups.get(key);
      if (existing) {
        const source = await existing.started;
        // Joined while it started: the group may have failed or ended meanwhile.
        if (source && groups.get(key) === existing) return join(key, existing, target);
        return alone(args);
      }
      const group: Group = { members: new Set(), started: null!, source: null };
      let refusal: ExecutionResult | undefined;
      group.started = (async () => {
        const stream = await createSourceEventStream(args);
        if (isAsyncIterator(stream)) return stream;
        refusal = stream as ExecutionResult;
        return null;
      })().catch(() => null);
      groups.set(key, group);
      const source = await group.started;
      if (!source) {
        if (groups.get(key) === group) groups.delete(key);
        // Refused (errors in a result, e.g. FORBIDDEN): this subscriber gets its own answer.
        return refusal ?? alone(args);
      }
      group.source = source;
      const iterator = join(key, group, target);
      void run(key, group, source, args);
      return iterator;
    },
    served: () => served,
    groups: () => groups.size,
    executions: () => executions,
    deliveries: () => deliveries,
    dropped: () => dropped,
  };
}

/** A member's iterator: never yields; it settles when the group ends, and returning it leaves the group. */
function memberOf(target: SubscriptionTarget, leave: () => void): Member & { iterator: AsyncIterableIterator<never> } {
  let outcome: { error?: unknown } | null = null;
  let pending: { resolve: (r: IteratorResult<never>) => void; reject: (e: unknown) => void } | null = null;
  const settle = () => {
    if (!pending || !outcome) return;
    const { resolve, reject } = pending;
    pending = null;
    if (outcome.error === undefined) resolve(DONE);
    else reject(outcome.error);
    outcome = {}; // an error is reported once; afterwards the iterator is simply done
  };
  const iterator: AsyncIterableIterator<never> = {
    next: () =>
      new Promise<IteratorResult<never>>((resolve, reject) => {
        pending = { resolve, reject };
        settle();
      }),
    return: async () => {
      leave();
      outcome = {};
      settle();
      return DONE;
    },
    throw: async (err) => {
      leave();
      outcome = {};
      settle();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return {
    socket: target.socket,
    prefix: `{"id":${JSON.stringify(target.id)},"type":"next","payload":`,
    end(error) {
      if (outcome) return;
      outcome = { error };
      settle();
    },
    iterator,
  };
}

/** The payload graphql-ws would send: the result, its errors as JSON (omitted when none). */
function serialise(result: ExecutionResult): string {
  const { errors, ...rest } = result;
  return JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest);
}

/** Variables with object keys sorted, so `{a, b}` and `{b, a}` share. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

function isAsyncIterator<T>(value: unknown): value is AsyncIterableIterator<T> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })?.[Symbol.asyncIterator] === 'function';
}
