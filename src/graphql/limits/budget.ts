import Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export type ClientTier = 'anonymous' | 'key';

export interface BudgetSettings {
  /** Cost a client may spend per hour, by tier. */
  hourly: Record<ClientTier, number>;
  /** Shared store for several API processes; in-process memory when absent. */
  redisUrl?: string;
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

/**
 * Hourly cost budgets per client, kept by rate-limiter-flexible (a maintained library) in memory
 * on one machine or in Redis when several processes must share them.
 */
export class CostBudget {
  private readonly limiters: Record<ClientTier, RateLimiterAbstract>;
  private readonly redis: Redis | null;

  constructor(private readonly settings: BudgetSettings) {
    this.redis = settings.redisUrl
      ? new Redis(settings.redisUrl, {
          lazyConnect: false,
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
        })
      : null;
    const make = (tier: ClientTier): RateLimiterAbstract =>
      this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `incidentgraph:cost:${tier}`,
            points: settings.hourly[tier],
            duration: HOUR_SECONDS,
          })
        : new RateLimiterMemory({
            keyPrefix: `cost:${tier}`,
            points: settings.hourly[tier],
            duration: HOUR_SECONDS,
          });
    this.limiters = { anonymous: make('anonymous'), key: make('key') };
  }

  /** Spends `cost` from the client's budget, or throws BudgetExceeded without spending it. */
  async spend(tier: ClientTier, client: string, cost: number): Promise<BudgetState> {
    const limit = this.settings.hourly[tier];
    try {
      const result = await this.limiters[tier].consume(client, cost);
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
      await this.limiters[tier]
        .reward(client, Math.min(cost, error.consumedPoints))
        .catch(() => undefined);
      const state = {
        limit,
        remaining: Math.max(0, limit - (error.consumedPoints - cost)),
        resetAt: new Date(Date.now() + error.msBeforeNext),
      };
      throw new BudgetExceeded(state, Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    }
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
