import { sql, type SQL } from 'drizzle-orm';

// The session of a row spooled while the database was unreachable: found by its transactionId when
// written (the session a deferred StartTransaction creates is written before it, in spool order).
// Evaluated only for such rows.
const SESSION_OF = (x: string) =>
  `coalesce(${x}.session_id, case when ${x}.transaction_id > 0 then (select s.id from sessions s
     where s.transaction_id = ${x}.transaction_id and s.charger_id = ${x}.charger_id) end)`;

const READING_COLUMNS = [
  'tenant_id uuid',
  'charger_id uuid',
  'session_id uuid',
  'connector_id int',
  'transaction_id int',
  'timestamp timestamptz',
  'values jsonb',
];
const VALUE_COLUMNS = [
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
const namesOf = (columns: string[]) => columns.map((c) => c.split(' ')[0]!);
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
const READING_NAMES = namesOf(READING_COLUMNS);
const VALUE_NAMES = namesOf(VALUE_COLUMNS);
const VALUE_TYPES = VALUE_COLUMNS.map((c) => c.replace(/^(\w+)/, '"$1"')).join(', ');
const READING_TYPES = READING_COLUMNS.map((c) => c.replace(/^(\w+)/, '"$1"')).join(', ');
const METER_VALUE_COLUMNS = quoted([...READING_NAMES.filter((n) => n !== 'values'), ...VALUE_NAMES]);

/** One reading as spooled: what its values share, once, and the values without their empty fields. */
export type MeterReadingRow = {
  tenant_id: string;
  charger_id: string;
  session_id: string | null;
  connector_id: number;
  transaction_id: number | null;
  timestamp: string;
  values: Record<string, string | number | null>[];
};

/**
 * The INSERT of spooled meter readings (a jsonb array of `MeterReadingRow`), a row per value, in
 * arrival order. One entry per reading rather than per value: the five values of a MeterValues
 * shared one spool line, one JSON serialisation and the ids written once (their JSON was about half
 * of what the spool wrote and PostgreSQL parsed per message).
 */
const READINGS_SELECT = sql.raw(
  [
    ...READING_NAMES.filter((n) => n !== 'values').map((n) => (n === 'session_id' ? SESSION_OF('r') : `r."${n}"`)),
    ...VALUE_NAMES.map((n) => `v."${n}"`),
  ].join(', '),
);
const READINGS_FROM = sql.raw(`with ordinality as r(${quoted(READING_NAMES)}, _n)
    cross join lateral rows from (jsonb_to_recordset(r."values") as (${VALUE_TYPES}))
    with ordinality as v(${quoted(VALUE_NAMES)}, _m)`);
export function meterReadingsStatement(rows: SQL): SQL {
  return sql`insert into meter_values (${sql.raw(METER_VALUE_COLUMNS)})
    select ${READINGS_SELECT} from rows from (jsonb_to_recordset(${rows}) as (${sql.raw(READING_TYPES)}))
    ${READINGS_FROM} order by r._n, v._m`;
}

/**
 * The INSERT of spooled meter rows of the earlier format, a spool entry per value: what a spool
 * written before `meterReadingsStatement` still holds when its node starts again.
 */
const ROW_NAMES = [...READING_NAMES.filter((n) => n !== 'values'), ...VALUE_NAMES];
const ROW_TYPES = [...READING_COLUMNS.filter((c) => !c.startsWith('values ')), ...VALUE_COLUMNS].join(', ');
const ROW_SELECT = sql.raw(ROW_NAMES.map((n) => (n === 'session_id' ? SESSION_OF('x') : `x."${n}"`)).join(', '));
export function meterRowsStatement(rows: SQL): SQL {
  return sql`insert into meter_values (${sql.raw(quoted(ROW_NAMES))})
    select ${ROW_SELECT} from rows from (jsonb_to_recordset(${rows}) as (${sql.raw(ROW_TYPES)}))
    with ordinality as x(${sql.raw(quoted(ROW_NAMES))}, _n) order by x._n`;
}
