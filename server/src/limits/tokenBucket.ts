/**
 * A rate with a burst: `burst` tokens at most, refilled at `perSecond`. Used for messages
 * per socket and join-code look-ups per address.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when the bucket is empty (the caller refuses the request). */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Seconds until the next token, for a Retry-After header. */
  secondsUntilNext(): number {
    return Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
  }

  /** True when the bucket is full again, so a keyed map can forget it. */
  isIdle(): boolean {
    return this.tokens + ((this.now() - this.last) / 1000) * this.perSecond >= this.burst;
  }
}

/** One bucket per key (an address), forgetting keys whose bucket has refilled. */
export class KeyedRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `key`; returns null when allowed, else seconds to wait. */
  take(key: string): number | null {
    if (this.buckets.size > 10_000) this.sweep();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.perSecond, this.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take() ? null : bucket.secondsUntilNext();
  }

  private sweep(): void {
    for (const [key, bucket] of this.buckets) if (bucket.isIdle()) this.buckets.delete(key);
  }
}
