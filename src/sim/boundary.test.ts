import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('.', import.meta.url));

describe('the simulator', () => {
  it('imports nothing from the server: it is a charger like any other (ARCHITECTURE.md)', () => {
    const outside = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(`${DIR}${f}`, 'utf8').matchAll(/from '(\.\.\/[^']*)'/g)].map((m) => `${f}: ${m[1]}`),
      );
    expect(outside).toEqual([]);
  });
});
