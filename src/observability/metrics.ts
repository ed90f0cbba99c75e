import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

import { statementsSentInTotal } from '../db/query-counter';

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Prometheus metrics (prom-client) for one app instance, served at /metrics. */
export class Metrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'incidentgraph_graphql_requests_total',
    help: 'GraphQL requests by operation type and HTTP status.',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'incidentgraph_graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'incidentgraph_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending the response.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly statementsInTotal = new Counter({
    name: 'incidentgraph_sql_statements_total',
    help: 'SQL statements this process has sent; divided by requests, the mean per request.',
    registers: [this.registry],
    collect() {
      this.reset();
      this.inc(statementsSentInTotal());
    },
  });

  /** Observed only with SQL_STATEMENTS_PER_REQUEST on. */
  readonly statements = new Histogram({
    name: 'incidentgraph_sql_statements_per_request',
    help: 'SQL statements one GraphQL request sent (flat in page size when batching works); only with SQL_STATEMENTS_PER_REQUEST.',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128],
    registers: [this.registry],
  });

  readonly cost = new Histogram({
    name: 'incidentgraph_graphql_request_cost',
    help: 'Computed cost of GraphQL requests.',
    buckets: [1, 10, 50, 100, 500, 1000, 5000, 10000],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'incidentgraph_' });
    const pool = (): PoolLike | undefined =>
      (dataSource.driver as unknown as { master?: PoolLike }).master;
    for (const [name, help, read] of [
      [
        'incidentgraph_db_pool_connections',
        'Open database connections.',
        (value: PoolLike) => value.totalCount,
      ],
      [
        'incidentgraph_db_pool_idle',
        'Idle database connections.',
        (value: PoolLike) => value.idleCount,
      ],
      [
        'incidentgraph_db_pool_waiting',
        'Requests waiting for a database connection.',
        (value: PoolLike) => value.waitingCount,
      ],
    ] as const) {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const current = pool();
          this.set(current ? read(current) : 0);
        },
      });
    }
  }
}
