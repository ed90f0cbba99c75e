import pino from 'pino';

import type { LogLevel } from './config';

export type AppLogger = pino.Logger;

/** Structured JSON logs (pino): one line per event, easy to ship and query. */
export function createLogger(level: LogLevel): AppLogger {
  return pino({ level, base: { service: 'incidentgraph' } });
}
