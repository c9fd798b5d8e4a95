import { EventEmitter } from 'node:events';
import type { DomainEventMap } from './events.js';
import { boundedQueue } from './bounded-queue.js';

export type Topic = keyof DomainEventMap;

/** Carries events between nodes (Redis in production); absent on a single node. */
export interface EventTransport {
  /** `encode` only when the event will travel: most topics have no listener on other nodes most of the time. */
  publish(topic: string, encode: () => string): void;
  /** This node has a subscriber for `topic`: from now on it wants other nodes' events of it. */
  interest(topic: string): void;
  /** Called with every message another node published. */
  onMessage(handler: (topic: string, payload: string) => void): void;
  close(): Promise<void>;
}

/**
 * Typed event bus. `subscribe` sees events from every node (GraphQL subscriptions);
 * `on` sees only this node's own events, so side effects (pricing, webhooks) run once.
 */
export interface EventBus {
  publish<T extends Topic>(topic: T, event: DomainEventMap[T]): void;
  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<DomainEventMap[T]>;
  on<T extends Topic>(topic: T, handler: (event: DomainEventMap[T]) => void): () => void;
  /** Events dropped because a subscriber fell too far behind (see SUBSCRIBER_QUEUE_LIMIT). */
  droppedEvents(): number;
  close(): Promise<void>;
}

/**
 * A subscriber that falls this many events behind loses the oldest ones: a live dashboard
 * wants the newest values, and one slow client must not hold memory or other subscribers.
 */
export const SUBSCRIBER_QUEUE_LIMIT = 1000;

export function createEventBus(transport?: EventTransport): EventBus {
  const local = new EventEmitter({ captureRejections: false }); // this node's events, for `on`
  const all = new EventEmitter({ captureRejections: false }); // every node's events, for `subscribe`
  local.setMaxListeners(0);
  all.setMaxListeners(0);
  let dropped = 0;

  // Every node hears every other node's events; most topics have no subscriber on most nodes
  // (a connect storm's statuses, say), and those are not worth parsing.
  transport?.onMessage((topic, payload) => {
    if (all.listenerCount(topic) > 0) all.emit(topic, decode(payload));
  });

  return {
    publish(topic, event) {
      local.emit(topic, event);
      all.emit(topic, event);
      transport?.publish(topic, () => encode(event));
    },
    subscribe(topic) {
      const queue = boundedQueue<DomainEventMap[typeof topic]>(SUBSCRIBER_QUEUE_LIMIT, () => dropped++);
      const listener = (event: DomainEventMap[typeof topic]) => queue.push(event);
      transport?.interest(topic);
      all.on(topic, listener);
      return queue.iterator(() => all.off(topic, listener));
    },
    on(topic, handler) {
      const safe = (event: DomainEventMap[typeof topic]) => {
        try {
          handler(event);
        } catch {
          // A failing side effect must not break the publisher (an OCPP handler, say).
        }
      };
      local.on(topic, safe);
      return () => local.off(topic, safe);
    },
    droppedEvents: () => dropped,
    close: async () => {
      local.removeAllListeners();
      await transport?.close();
    },
  };
}

// Events carry Dates; JSON would turn them into strings on the other node.
function encode(event: unknown): string {
  return JSON.stringify(event, function (key, value) {
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

function decode(payload: string): never {
  return JSON.parse(payload, (_key, value) =>
    value && typeof value === 'object' && typeof value.$date === 'string' && Object.keys(value).length === 1
      ? new Date(value.$date)
      : value,
  ) as never;
}
