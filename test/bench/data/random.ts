/** A small seeded PRNG (mulberry32): the same seed gives the same dataset on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Index in [0, n) skewed towards 0: `skew` 1 is uniform, 2 or 3 favours the first items strongly. */
  skewed(n: number, skew: number): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), skew)));
  }
}

/** Zipf-distributed indexes in [0, n): item k is drawn with weight 1 / (k + 1)^exponent. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, exponent: number) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k += 1) {
      total += 1 / Math.pow(k + 1, exponent);
      this.cumulative[k] = total;
    }
    for (let k = 0; k < n; k += 1) {
      this.cumulative[k] /= total;
    }
  }

  draw(random: Random): number {
    const target = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}

const HEX = Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, '0'));

// murmur3's finaliser: a bijection on 32-bit integers with good avalanche.
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex32(value: number): string {
  return (
    HEX[value >>> 24] + HEX[(value >>> 16) & 0xff] + HEX[(value >>> 8) & 0xff] + HEX[value & 0xff]
  );
}

/**
 * The id of row `index` of a table, as a random-looking version 4 UUID. Computed, not stored, so
 * that references to a million rows need no lookup table; the first 32 bits are a bijection of
 * the index, so ids never collide within a table.
 */
export function uuidOf(tableSalt: number, index: number): string {
  const a = mix((index ^ Math.imul(tableSalt, 0x9e3779b9)) >>> 0);
  const b = mix((a + tableSalt) >>> 0);
  const c = mix((b ^ 0x5bd1e995) >>> 0);
  const d = mix((c + index) >>> 0);
  const b1 = ((b & 0xffff0fff) | 0x00004000) >>> 0;
  const c1 = ((c & 0x3fffffff) | 0x80000000) >>> 0;
  const first = hex32(a);
  const second = hex32(b1);
  const third = hex32(c1);
  return `${first}-${second.slice(0, 4)}-${second.slice(4)}-${third.slice(0, 4)}-${third.slice(4)}${hex32(d)}`;
}
