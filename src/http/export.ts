import type { ServerResponse } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { DbHealth } from '../db/health.js';
import type { ChargeDetailRecordFilter } from '../domain/cdrs/cdr.repository.js';
import { CSV_COLUMNS, csvLine, csvRecord, exportedRecord, jsonLine } from '../domain/cdrs/cdr-format.js';
import { DomainError, InvalidInputError, type ErrorCode } from '../domain/errors.js';
import type { Services } from '../domain/services.js';
import { buildContext } from '../graphql/context.js';
import { filterIdOf } from '../graphql/ids.js';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', header: csvLine(CSV_COLUMNS), line: csvRecord },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', header: '', line: jsonLine },
} as const;

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * GET /export/cdrs.csv and /export/cdrs.jsonl: charge detail records with the API's bearer token and
 * Scope (a DRIVER gets their own). Streamed: records are read in keyset batches and written as the
 * socket takes them, so a year of records costs one batch of memory.
 */
export function exportRouter(deps: { services: Services; health: DbHealth; logger: Logger }): Router {
  const router = express.Router();
  const log = deps.logger.child({ component: 'export' });
  for (const format of ['csv', 'jsonl'] as const)
    router.get(`/export/cdrs.${format}`, (req, res) => {
      sendRecords(deps, format, req, res).catch((err) => {
        log.error({ err }, 'charge detail record export failed');
        if (!res.headersSent) fail(res, 'INTERNAL', 'Export failed');
        else res.destroy(); // a cut-off body must not look complete: the client sees the connection drop
      });
    });
  return router;
}

async function sendRecords(
  deps: { services: Services; health: DbHealth },
  format: keyof typeof FORMATS,
  req: Request,
  res: Response,
): Promise<void> {
  if (!deps.health.up()) return fail(res, 'SERVICE_UNAVAILABLE', 'The database is unreachable; retry shortly');
  const ctx = await buildContext(deps.services, req.headers.authorization, {
    cacheLoaders: false,
    remoteAddress: req.ip, // as GraphQL sees it (TRUST_PROXY): the tenant's IP allow-list applies here too
  });
  if (ctx.denied) return fail(res, 'FORBIDDEN', ctx.denied.message);
  if (!ctx.scope) return fail(res, 'UNAUTHENTICATED', ctx.authError ?? 'Send Authorization: Bearer <token>');
  let batches: AsyncGenerator<Parameters<typeof exportedRecord>[0][]>;
  try {
    batches = deps.services.chargeDetailRecords.exportBatches(ctx.scope, filterOf(req.query)); // checks run here
  } catch (err) {
    if (err instanceof DomainError) return fail(res, err.code, err.message);
    throw err;
  }
  const { type, header, line } = FORMATS[format];
  res.status(200);
  res.set({
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${fileName(req.query, format)}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (header) res.write(header);
  try {
    for await (const batch of batches) {
      if (res.destroyed) break; // the client went away: stop reading
      const chunk = batch.map((row) => line(exportedRecord(row))).join('');
      if (!res.write(chunk)) await drainedOrClosed(res);
    }
  } finally {
    await batches.return(undefined);
  }
  res.end();
}

function fail(res: Response, code: ErrorCode, message: string): void {
  if (code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
  res.status(STATUS[code] ?? 500).json({ error: { code, message } });
}

/** Query parameters as the GraphQL filter takes them; bad dates are a 400 naming the parameter. */
function filterOf(query: Request['query']): ChargeDetailRecordFilter {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const problems: { field: string; message: string }[] = [];
  const date = (name: string) => {
    const value = text(name);
    if (!value) return undefined;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime()))
      problems.push({ field: name, message: 'must be an ISO 8601 date or time, e.g. 2025-01-01T00:00:00Z' });
    return parsed;
  };
  const filter = {
    from: date('from'),
    to: date('to'),
    chargerId: filterIdOf('Charger', text('chargerId')),
    siteId: filterIdOf('Site', text('siteId')),
    userId: filterIdOf('User', text('userId')),
    tariffId: filterIdOf('Tariff', text('tariffId')),
    idTag: text('idTag'),
    city: text('city'),
  };
  if (problems.length) throw new InvalidInputError(problems);
  return filter;
}

function fileName(query: Request['query'], format: string): string {
  const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10).replace(/[^0-9-]/g, '') : '');
  const range = [day(query.from), day(query.to)].filter(Boolean).join('_');
  return `cdrs${range ? `-${range}` : ''}.${format}`;
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
