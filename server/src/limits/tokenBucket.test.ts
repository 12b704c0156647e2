import { describe, expect, it } from "vitest";
import { KeyedRateLimiter, TokenBucket } from "./tokenBucket";

describe("TokenBucket", () => {
  it("allows a burst, then refills at the rate", () => {
    let now = 0;
    const bucket = new TokenBucket(2, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 400; // 0.8 token
    expect(bucket.take()).toBe(false);
    now = 500; // 1 token
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });
});

describe("KeyedRateLimiter", () => {
  it("limits each key on its own and says how long to wait", () => {
    let now = 0;
    const limiter = new KeyedRateLimiter(1, 2, () => now);
    expect(limiter.take("1.2.3.4")).toBeNull();
    expect(limiter.take("1.2.3.4")).toBeNull();
    expect(limiter.take("1.2.3.4")).toBe(1);
    expect(limiter.take("5.6.7.8")).toBeNull();
    now = 1000;
    expect(limiter.take("1.2.3.4")).toBeNull();
  });
});
