import { sql, type SQL } from 'drizzle-orm';

const COLUMNS = [
  'tenant_id uuid',
  'charger_id uuid',
  'session_id uuid',
  'connector_id int',
  'transaction_id int',
  'timestamp timestamptz',
  'measurand text',
  'value float8',
  'raw text',
  'unit text',
  'raw_unit text',
  'phase text',
  'context text',
  'location text',
  'format text',
];
const NAMES = COLUMNS.map((c) => c.split(' ')[0]!);

/**
 * The INSERT of spooled meter rows (a jsonb array), in arrival order. A row spooled while the
 * database was unreachable has no session yet: it finds it by its transactionId when written (the
 * session a deferred StartTransaction creates is written before it, in spool order). The subquery
 * runs only for such rows.
 */
export function meterRowsStatement(rows: SQL): SQL {
  return sql`insert into meter_values (${LIST})
    select ${SELECT} from rows from (jsonb_to_recordset(${rows}) as (${TYPES}))
    with ordinality as x(${LIST}, _n) order by x._n`;
}

// Written once: the spool builds this statement for every batch.
const LIST = sql.raw(NAMES.map((n) => `"${n}"`).join(', '));
const TYPES = sql.raw(COLUMNS.join(', '));
const SELECT = sql.raw(
  NAMES.map((n) =>
    n === 'session_id'
      ? `coalesce(x.session_id, case when x.transaction_id > 0 then (select s.id from sessions s
           where s.transaction_id = x.transaction_id and s.charger_id = x.charger_id) end)`
      : `x."${n}"`,
  ).join(', '),
);
