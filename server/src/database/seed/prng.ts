/**
 * Small deterministic helpers for the demo-data generator: a seeded PRNG (mulberry32),
 * weighted choice and counter-based, v4-shaped UUIDs. Same seed → same sequence, on every platform.
 */

/** Chris Wellons' lowbias32: a bijection on 32-bit integers with good avalanche. */
export function mix32(x: number): number {
  x >>>= 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = mix32(seed ^ 0x5eed5eed) || 0x9e3779b9;
  }

  /** Uniform in [0, 1). mulberry32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Uniform real in [lo, hi). */
  real(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A child generator with its own stream, so one part of the data does not shift another. */
  fork(salt: number): Prng {
    return new Prng(mix32(this.state ^ mix32(salt)));
  }
}

/** Precomputed weighted choice (binary search over the cumulative weights). */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let sum = 0;
    for (const w of weights) {
      sum += Math.max(0, w);
      this.cumulative.push(sum);
    }
    this.total = sum;
    if (!(sum > 0)) throw new Error('WeightedPicker needs a positive total weight');
  }

  pick(rng: Prng): T {
    return this.items[this.indexOf(rng.next() * this.total)];
  }

  /** Index of the item whose cumulative band contains x (0 ≤ x < total). */
  indexOf(x: number): number {
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * Deterministic UUIDs shaped like v4 (version nibble 4, variant 10xx). The last 32 bits are a bijection
 * of the counter, so ids from one factory never collide; the rest depends on the seed and the tag.
 */
export function uuidFactory(seed: number, tag: number): () => string {
  const base = mix32(seed ^ Math.imul(tag + 1, 0x9e3779b9));
  let counter = 0;
  return () => {
    const c = counter++;
    const w0 = mix32(base ^ Math.imul(c, 0x85ebca6b));
    const w1 = mix32(w0 ^ 0x27d4eb2f);
    const w2 = mix32(w1 ^ base);
    const w3 = mix32((c + base) >>> 0);
    const h1 = hex8(w1);
    const h2 = hex8(w2);
    const variant = (8 + (w2 >>> 30)).toString(16);
    return `${hex8(w0)}-${h1.slice(0, 4)}-4${h1.slice(5, 8)}-${variant}${h2.slice(1, 4)}-${h2.slice(4, 8)}${hex8(w3)}`;
  };
}
