import type { PubSub } from '@graphql-yoga/subscription';
import { Client } from 'pg';
import { In, type DataSource } from 'typeorm';

import type { AppLogger } from '../../logger';
import { ChangeLogEntity } from '../../shared/change-log/change-log.entity';
import { CHANGE_CHANNEL } from '../../shared/change-log/change-log.recorder';
import { toChangeEvent, type ChangeEvent } from './change-event.type';

export const RECORD_CHANGED = 'RECORD_CHANGED';

/** The app's in-process event bus for subscriptions. */
export type AppPubSub = PubSub<{ [RECORD_CHANGED]: [ChangeEvent] }>;

const RECONNECT_MS = 2000;

/**
 * Listens on PostgreSQL's change channel (one dedicated connection per API process) and
 * publishes each committed change-log entry as a ChangeEvent. Notifications arriving together
 * are read back with one query.
 */
export class ChangeNotifier {
  private client: Client | null = null;
  private pending: string[] = [];
  private scheduled = false;
  private stopped = false;
  private started: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly log: AppLogger,
  ) {}

  /** Connects and LISTENs; resolves once notifications flow. Safe to call more than once. */
  start(): Promise<void> {
    this.stopped = false;
    this.started ??= this.connect();
    return this.started;
  }

  private async connect(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'incidentgraph-listen' });
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) {
        this.enqueue(message.payload);
      }
    });
    client.on('error', (error) =>
      this.log.warn({ err: error }, 'change listener lost its connection'),
    );
    client.on('end', () => {
      this.client = null;
      this.started = null;
      if (!this.stopped) {
        // Changes committed while disconnected are not announced; the changes feed still has them.
        setTimeout(() => void this.start().catch(() => undefined), RECONNECT_MS).unref();
      }
    });
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    this.client = client;
  }

  private enqueue(id: string): void {
    this.pending.push(id);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const ids = this.pending.splice(0);
    try {
      const rows = await this.dataSource.manager.find(ChangeLogEntity, {
        where: { id: In(ids) },
        order: { id: 'ASC' },
      });
      for (const row of rows) {
        this.pubSub.publish(RECORD_CHANGED, toChangeEvent(row));
      }
    } catch (error) {
      this.log.warn({ err: error, entries: ids.length }, 'could not read announced changes');
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
