// A JSON escape for NUL or for half of a surrogate pair, preceded by an even number of backslashes
// (so it is an escape, not an escaped backslash followed by the letters "u0000").
const UNSTORABLE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/gi;

/**
 * JSON.stringify for text that PostgreSQL will parse as jsonb. jsonb (and text) cannot hold U+0000,
 * and PostgreSQL rejects a lone surrogate, which JSON.stringify writes as an escape: a charger
 * sending either would make the whole batch fail. Both become U+FFFD, the replacement character.
 * Proper pairs (emoji) are written as characters by JSON.stringify, never as escapes, so they stay.
 */
export function pgJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\u') ? json.replace(UNSTORABLE, '$1\\ufffd') : json;
}

const UNSTORABLE_CHAR = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAYBE_UNSTORABLE = /[\u0000\uD800-\uDFFF]/;

/**
 * `value` with NUL and lone surrogates in its strings (and keys) replaced by U+FFFD, for values that
 * reach PostgreSQL as text or jsonb parameters. Returns `value` itself when nothing needs replacing.
 */
export function pgStorable<T>(value: T): T {
  if (typeof value === 'string')
    return (MAYBE_UNSTORABLE.test(value) ? value.replace(UNSTORABLE_CHAR, '\uFFFD') : value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const clean = pgStorable(item);
      if (clean !== item) (copy ??= [...value])[i] = clean;
    });
    return (copy ?? value) as T;
  }
  if (value && typeof value === 'object') {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const [cleanKey, clean] = [pgStorable(key), pgStorable(item)];
      if (cleanKey === key && clean === item) continue;
      copy ??= { ...(value as Record<string, unknown>) };
      delete copy[key];
      copy[cleanKey] = clean;
    }
    return (copy ?? value) as T;
  }
  return value;
}
