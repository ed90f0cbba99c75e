import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import Redis from 'ioredis';

import type { Context } from '../context';
import { cachePolicyPlugin } from './cache-policy';
import { MemoryDataVersion, RedisDataVersion, type DataVersion } from './data-version';
import { RedisKeyValueCache } from './redis-key-value-cache';

export interface ResponseCacheSettings {
  /** Max age of a cached response in seconds; 0 turns the cache off. */
  maxAgeSeconds: number;
  /** Shared store for several API processes; in-process memory when absent. */
  redisUrl?: string;
  redisKeyPrefix?: string;
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<Context>[];
  /** Bumped after every committed write (inTransaction); part of every cache key. */
  dataVersion: DataVersion | null;
  close(): Promise<void>;
}

// Types whose answers must never be cached, whatever the default: the partners' change feed
// (resumable, must be exact) and API keys (private).
const UNCACHED_TYPES = new Set(['ChangeEventConnection', 'ApiKey']);

/**
 * Whole-response caching for the public, read-mostly API (Apollo's response-cache plugin): only
 * anonymous queries are cached (keyed callers may see private fields), in memory or in Redis
 * when REDIS_URL is set, keyed by the data version so that a committed write is visible at once.
 */
export function createResponseCache(settings: ResponseCacheSettings): ResponseCache {
  // Apollo's own cache-control plugin would hook every resolved field; ours decides per document.
  const policy = [
    ApolloServerPluginCacheControlDisabled(),
    cachePolicyPlugin(Math.max(settings.maxAgeSeconds, 0), UNCACHED_TYPES),
  ];
  if (settings.maxAgeSeconds <= 0) {
    return { plugins: policy, dataVersion: null, close: async () => undefined };
  }
  const prefix = `${settings.redisKeyPrefix ?? 'incidentgraph'}:`;
  const redis = settings.redisUrl
    ? new Redis(settings.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000 })
    : null;
  // Errors surface through `status`; without a listener ioredis would print each reconnect attempt.
  redis?.on('error', () => undefined);
  const dataVersion: DataVersion = redis
    ? new RedisDataVersion(redis, `${prefix}data-version`)
    : new MemoryDataVersion();
  const cache: KeyValueCache<string> = redis
    ? new RedisKeyValueCache(redis, `${prefix}response:`)
    : new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
  const cacheable = async ({ contextValue }: { contextValue: Context }) =>
    contextValue.principal.kind === 'anonymous';
  return {
    plugins: [
      ...policy,
      responseCachePlugin<Context>({
        cache,
        sessionId: async () => null,
        // A request that cannot learn the version skips the cache both ways.
        extraCacheKeyData: async () => ({ version: await dataVersion.current() }),
        shouldReadFromCache: async (request) =>
          (await cacheable(request)) && (await dataVersion.current()) !== null,
        shouldWriteToCache: async (request) =>
          (await cacheable(request)) && (await dataVersion.current()) !== null,
      }),
    ],
    dataVersion,
    close: async () => {
      if (redis) {
        await redis.quit().catch(() => redis.disconnect());
      }
    },
  };
}
