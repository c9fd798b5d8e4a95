import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

// README's example payloads come from real deliveries (test/webhooks-payloads.test.ts). With
// WRITE_WEBHOOK_EXAMPLES=1 that test writes them; otherwise it checks that README's examples have the
// fields the real ones have, so an example cannot drift from what is sent.
const README = new URL('../README.md', import.meta.url);
const START =
  '<!-- webhook-examples:start: written by WRITE_WEBHOOK_EXAMPLES=1 npx vitest run test/webhooks-payloads.test.ts -->';
const END = '<!-- webhook-examples:end -->';

export function checkReadmeExamples(examples: Record<string, unknown>): void {
  const text = readFileSync(README, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  expect(from, 'README has the webhook examples markers').toBeGreaterThan(-1);
  if (process.env.WRITE_WEBHOOK_EXAMPLES === '1') {
    writeFileSync(README, text.slice(0, from + START.length) + render(examples) + text.slice(to));
    return;
  }
  const shown = parse(text.slice(from + START.length, to));
  expect(Object.keys(shown)).toEqual(Object.keys(examples));
  for (const [type, example] of Object.entries(examples))
    expect(fieldPaths(shown[type]), `README example of ${type}`).toEqual(fieldPaths(example));
}

function render(examples: Record<string, unknown>): string {
  // Top level in the Standard Webhooks order (the outbox's jsonb sorts keys; JSON does not care).
  const blocks = Object.entries(examples as Record<string, { type: string; timestamp: string; data: unknown }>).map(
    ([type, { timestamp, data }]) =>
      `<details><summary><code>${type}</code></summary>\n\n\`\`\`json\n${compact({ type, timestamp, data })}\n\`\`\`\n</details>\n`,
  );
  return `\n${blocks.join('')}`;
}

/** JSON with each object or list on one line when it fits: examples a reader can take in. */
function compact(value: unknown, indent = '', lead = 0): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + lead + flat.length <= 110) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => inner + compact(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner, k.length + 4)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

function parse(section: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of section.matchAll(/<summary><code>([\w.]+)<\/code><\/summary>\s*```json\n([\s\S]*?)\n```/g))
    out[m[1]!] = JSON.parse(m[2]!);
  return out;
}

/** Every field path (`data.cost.breakdown[].amount.currency`); below a null nothing is compared (a null may be filled in another run). */
function fieldPaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [path];
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => fieldPaths(v, `${path}[]`)))].sort();
  return Object.entries(value)
    .flatMap(([k, v]) => (v === null ? [`${path}.${k}`] : fieldPaths(v, `${path}.${k}`)))
    .sort();
}
