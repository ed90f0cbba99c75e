import type Redis from 'ioredis';

/**
 * A number that changes whenever committed data changes. It is part of every response-cache key,
 * so a committed write makes every cached response unreachable at once, on every API process
 * that shares the store, without tracking which responses a write affects.
 */
export interface DataVersion {
  /** The current version, or null when it cannot be known (then nothing is cached). */
  current(): Promise<string | null>;
  /** Called after each committed write. */
  bump(): Promise<void>;
}

/** One process: a counter in memory. */
export class MemoryDataVersion implements DataVersion {
  private version = 0;

  async current(): Promise<string> {
    return String(this.version);
  }

  async bump(): Promise<void> {
    this.version += 1;
  }
}

/**
 * Several processes: a Redis counter. While Redis is away, reads bypass the cache (a stale
 * answer would be worse than a slower one) and a failed bump is retried by the next write.
 */
export class RedisDataVersion implements DataVersion {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async current(): Promise<string | null> {
    if (this.redis.status !== 'ready') {
      return null;
    }
    try {
      return (await this.redis.get(this.key)) ?? '0';
    } catch {
      return null;
    }
  }

  async bump(): Promise<void> {
    try {
      await this.redis.incr(this.key);
    } catch {
      // Cached responses still expire after their max age; reads skip the cache while Redis is down.
    }
  }
}
