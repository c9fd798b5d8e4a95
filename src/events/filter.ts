/** Yields only the events that pass `keep`; ends the source when the consumer stops. */
export async function* filterEvents<T>(
  source: AsyncIterable<T>,
  keep: (event: T) => boolean | Promise<boolean>,
): AsyncGenerator<T> {
  for await (const event of source) {
    if (await keep(event)) yield event;
  }
}
