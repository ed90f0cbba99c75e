import Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import type { Principal } from '../principal';

export type ClientTier = 'anonymous' | 'key';

export interface Payer {
  tier: ClientTier;
  id: string;
}

/** Who pays for a request: the API key, or for anonymous clients their address. */
export function payerOf(principal: Principal, clientAddress: string): Payer {
  return principal.kind === 'apiKey'
    ? { tier: 'key', id: principal.keyId }
    : { tier: 'anonymous', id: clientAddress };
}

export interface BudgetSettings {
  /** Cost a client may spend per hour, by tier. */
  hourly: Record<ClientTier, number>;
  /** Shared store for several API processes; in-process memory when absent. */
  redisUrl?: string;
  /** Prefix of the Redis keys, so that several deployments can share one Redis. */
  redisKeyPrefix?: string;
}

export interface BudgetState {
  limit: number;
  remaining: number;
  resetAt: Date;
}

export class BudgetExceeded extends Error {
  constructor(
    readonly state: BudgetState,
    readonly retryAfterSeconds: number,
  ) {
    super('hourly cost budget exhausted');
  }
}

const HOUR_SECONDS = 3600;
const REDIS_CONNECT_MS = 2000;

interface TierLimiters {
  memory: RateLimiterAbstract;
  redis: RateLimiterAbstract | null;
}

/**
 * Hourly cost budgets per client, kept by rate-limiter-flexible (a maintained library) in
 * Redis when several processes must share them, else in memory. While Redis is away, each
 * process falls back to its own memory budgets rather than refusing everyone.
 */
export class CostBudget {
  private readonly limiters: Record<ClientTier, TierLimiters>;
  private readonly redis: Redis | null;
  private readonly connected: Promise<void>;

  constructor(private readonly settings: BudgetSettings) {
    this.redis = settings.redisUrl
      ? new Redis(settings.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: REDIS_CONNECT_MS })
      : null;
    // Errors surface through `status`; without a listener ioredis would print each reconnect attempt.
    this.redis?.on('error', () => undefined);
    this.connected = new Promise((resolve) => {
      this.redis?.once('ready', () => resolve());
      setTimeout(resolve, this.redis ? REDIS_CONNECT_MS : 0).unref();
    });
    const make = (tier: ClientTier): TierLimiters => ({
      memory: new RateLimiterMemory({
        keyPrefix: `cost:${tier}`,
        points: settings.hourly[tier],
        duration: HOUR_SECONDS,
      }),
      redis: this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `${settings.redisKeyPrefix ?? 'incidentgraph'}:cost:${tier}`,
            points: settings.hourly[tier],
            duration: HOUR_SECONDS,
          })
        : null,
    });
    this.limiters = { anonymous: make('anonymous'), key: make('key') };
  }

  private async limiterFor(tier: ClientTier): Promise<RateLimiterAbstract> {
    const { memory, redis } = this.limiters[tier];
    if (!redis) {
      return memory;
    }
    await this.connected;
    return this.redis?.status === 'ready' ? redis : memory;
  }

  /** Spends `cost` from the client's budget, or throws BudgetExceeded without spending it. */
  async spend(tier: ClientTier, client: string, cost: number): Promise<BudgetState> {
    const limit = this.settings.hourly[tier];
    const limiter = await this.limiterFor(tier);
    try {
      const result = await limiter.consume(client, cost);
      return {
        limit,
        remaining: result.remainingPoints,
        resetAt: new Date(Date.now() + result.msBeforeNext),
      };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        throw error;
      }
      // consume() counted the refused points too; give them back so a refused request costs nothing.
      await limiter.reward(client, cost).catch(() => undefined);
      const state = {
        limit,
        remaining: Math.max(0, limit - (error.consumedPoints - cost)),
        resetAt: new Date(Date.now() + error.msBeforeNext),
      };
      throw new BudgetExceeded(state, Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    }
  }

  /**
   * Adds `cost` to what the client spent this hour without refusing: for work already done, such
   * as an export that streamed its rows before its size was known. The next request pays for it.
   */
  async charge(tier: ClientTier, client: string, cost: number): Promise<void> {
    const limiter = await this.limiterFor(tier);
    await limiter.penalty(client, cost);
  }

  async close(): Promise<void> {
    if (this.redis) {
      await this.redis.quit().catch(() => this.redis?.disconnect());
    }
  }
}
