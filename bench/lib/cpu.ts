// CPU time spent per message, by the server process and by the PostgreSQL backends serving its
// database: on a shared, loaded machine msg/s moves with the neighbours, CPU per message much less.
import { readFileSync } from 'node:fs';
import postgres from 'postgres';

const TICK_MS = 10; // Linux USER_HZ = 100

/** user + system CPU of a process in ms (Linux /proc); 0 when it is gone or not Linux. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14 and 15)
  } catch {
    return 0;
  }
}

/** Measures the CPU of `pid` and of the PostgreSQL backends connected to `databaseUrl` (if any) from now on. */
export async function cpuMeter(pid: number, databaseUrl?: string) {
  const backends = async (): Promise<number[]> => {
    if (!databaseUrl) return [];
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const rows =
        await sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      return rows.map((r) => Number(r.pid));
    } finally {
      await sql.end();
    }
  };
  const pids = await backends();
  const start = { server: processCpuMs(pid), db: new Map(pids.map((p) => [p, processCpuMs(p)])) };
  return {
    /** CPU ms since the meter started: the server's, and its database backends' (those alive at start and end). */
    async read(): Promise<{ serverMs: number; databaseMs: number }> {
      let databaseMs = 0;
      for (const p of new Set([...pids, ...(await backends())]))
        databaseMs += Math.max(0, processCpuMs(p) - (start.db.get(p) ?? 0));
      return { serverMs: processCpuMs(pid) - start.server, databaseMs };
    },
  };
}
