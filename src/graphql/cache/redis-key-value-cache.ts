import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type Redis from 'ioredis';

/** Apollo's KeyValueCache on Redis (ioredis), shared by every API process; entries expire by TTL. */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    if (this.redis.status !== 'ready') {
      return undefined;
    }
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (this.redis.status !== 'ready') {
      return;
    }
    try {
      const ttl = options?.ttl;
      if (ttl) {
        await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(ttl)));
      } else {
        await this.redis.set(this.prefix + key, value);
      }
    } catch {
      // A cache that cannot be written only costs a recomputation.
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}
