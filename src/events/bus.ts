import { createPubSub } from '@graphql-yoga/subscription';
import type { DomainEventMap } from './events.js';

export type Topic = keyof DomainEventMap;

/**
 * Typed event bus. In-process by default; a Redis-backed EventTarget can be passed
 * so events published on one node reach subscribers on every node.
 */
export interface EventBus {
  publish<T extends Topic>(topic: T, event: DomainEventMap[T]): void;
  subscribe<T extends Topic>(topic: T): AsyncIterable<DomainEventMap[T]>;
  /** Subscriptions being iterated right now (a metric, and how tests know a subscriber is listening). */
  activeSubscriptions(): number;
  /** Fire-and-forget listener for in-process consumers (webhooks, metrics); returns an unsubscribe. */
  on<T extends Topic>(topic: T, handler: (event: DomainEventMap[T]) => void): () => void;
}

export function createEventBus(eventTarget?: EventTarget): EventBus {
  type Channels = { [K in Topic]: [DomainEventMap[K]] };
  const pubSub = createPubSub<Channels>(eventTarget ? { eventTarget: eventTarget as never } : undefined);
  const local = new EventTarget();
  let active = 0;
  return {
    publish(topic, event) {
      (pubSub.publish as (t: string, e: unknown) => void)(topic, event);
      local.dispatchEvent(new CustomEvent(topic, { detail: event }));
    },
    subscribe(topic) {
      const source = (pubSub.subscribe as (t: string) => AsyncIterable<never>)(topic);
      return (async function* counted() {
        active++;
        try {
          yield* source;
        } finally {
          active--;
        }
      })();
    },
    activeSubscriptions: () => active,
    on(topic, handler) {
      const listener = (e: Event) => handler((e as CustomEvent).detail);
      local.addEventListener(topic, listener);
      return () => local.removeEventListener(topic, listener);
    },
  };
}
