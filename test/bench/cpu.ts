import { readFileSync } from 'node:fs';

import type { Pool } from 'pg';

// Latency on a shared machine follows whatever else runs on it; the CPU time a request costs
// the API and the database is steadier, so the bench reports it too.

/** CPU seconds (user + system) a process has used, or NaN when /proc cannot tell. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The API's database sessions (its pool's application_name), by process id. */
async function apiBackends(pool: Pool): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = 'incidentgraph' AND datname = current_database()`,
  );
  return rows.map((row) => row.pid);
}

export interface CpuSample {
  api: number;
  database: Map<number, number>;
}

/** CPU used so far by the API process and by its database sessions (when on this machine). */
export async function sampleCpu(apiPid: number, pool: Pool): Promise<CpuSample> {
  const database = new Map<number, number>();
  for (const pid of await apiBackends(pool)) {
    database.set(pid, cpuSeconds(pid));
  }
  return { api: cpuSeconds(apiPid), database };
}

/** Milliseconds of CPU per request between two samples: the API's, and its database sessions'. */
export function cpuPerRequest(
  before: CpuSample,
  after: CpuSample,
  requests: number,
): { api: number; database: number } {
  let database = 0;
  for (const [pid, seconds] of after.database) {
    // A session opened during the run used all its CPU in it.
    database += seconds - (before.database.get(pid) ?? 0);
  }
  return {
    api: ((after.api - before.api) * 1000) / requests,
    database: (database * 1000) / requests,
  };
}
