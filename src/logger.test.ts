import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { trimmedError } from './logger.js';

// What drizzle throws when a batched statement fails: every row of the batch in message, stack and params.
function failedBatch(ids: number) {
  const rows = JSON.stringify(
    Array.from({ length: ids }, (_, i) => ({
      chargerId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      node: 'n1',
      at: '2026-12-05T14:00:00.000Z',
    })),
  );
  const query = 'update "chargers" set online = false from jsonb_to_recordset($1::jsonb) as v("chargerId" uuid)';
  const err = new Error(`Failed query: ${query}\nparams: ${rows}`) as Error & { query: string; params: unknown[] };
  err.query = query;
  err.params = [rows];
  err.cause = Object.assign(new Error('write CONNECTION_ENDED 127.0.0.1:5432'), { code: 'CONNECTION_ENDED' });
  return err;
}

describe('the error logged for a failed batch of 1,000 chargers', () => {
  it('is a short line that still says what failed', () => {
    let line = '';
    const sink = new Writable({ write: (chunk, _, done) => ((line += chunk), done()) });
    pino({ serializers: { err: trimmedError } }, sink).error({ err: failedBatch(1000) }, 'could not mark offline');
    expect(line.length).toBeLessThan(10_000);
    const logged = JSON.parse(line).err;
    expect(logged.message).toContain('Failed query: update "chargers"');
    expect(logged.message).toContain('CONNECTION_ENDED'); // the cause, at the end of the message
    expect(logged.paramCount).toBe(1);
    expect(logged.params[0]).toContain('00000000-0000-4000-8000-000000000000');
    expect(logged.params[0]).toMatch(/chars\)$/);
    expect(logged.stack).toContain('at failedBatch');
  });
});
