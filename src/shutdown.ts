import type { Server } from 'node:http';

import type { AppLogger } from './logger';

export interface Closable {
  stop: () => Promise<void>;
}

/**
 * SIGTERM path: stop accepting connections, let in-flight requests finish (closing idle
 * keep-alive sockets at once), cut what is left after `graceMs`, then close the app and the
 * database pool, in that order.
 */
export async function shutDown(
  server: Server,
  parts: Closable[],
  log: AppLogger,
  graceMs = 10_000,
): Promise<void> {
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive sockets go idle as their last response is sent; close them as they do.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    log.warn(
      { graceMs },
      'requests still running after the grace period; closing their connections',
    );
    server.closeAllConnections();
  }, graceMs);
  await drained;
  clearInterval(idle);
  clearTimeout(timer);
  for (const part of parts) {
    await part.stop();
  }
}
