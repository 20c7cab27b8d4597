import { describe, expect, it } from "vitest";
import { clientAddress, createRateLimiter } from "@/lib/server/rate-limit";

describe("token bucket", () => {
  it("allows a burst, then refuses with the wait until the next token", () => {
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", t0).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", t0)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take("b", t0).ok).toBe(true);
    // Half a token after 1 s: still 1 s to wait.
    expect(limiter.take("a", t0 + 1000)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("a", t0 + 2000).ok).toBe(true);
    expect(limiter.take("a", t0 + 2000).ok).toBe(false);
    // A long pause refills only up to the burst size.
    expect(Array.from({ length: 5 }, () => limiter.take("a", t0 + 600_000).ok)).toEqual([true, true, true, false, false]);
  });

  it("forgets the stalest addresses beyond its bound", () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxAddresses: 2 });
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0).ok).toBe(false);
    limiter.take("b", 0);
    limiter.take("c", 0);
    expect(limiter.take("a", 0).ok).toBe(true);
  });

  it("takes the hop the nearest proxy appended, not what the client claimed", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("10.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
  });

  it("peeks without spending: a bucket peeked at any number of times still has its burst", () => {
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 / 60 });
    for (let i = 0; i < 50; i++) expect(limiter.peek("u", 0).ok).toBe(true);
    expect([limiter.take("u", 0).ok, limiter.take("u", 0).ok]).toEqual([true, true]);
    // Empty: a token comes back after 60 s, so peeking says so and still spends nothing.
    expect(limiter.peek("u", 0)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(limiter.peek("u", 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(limiter.peek("u", 60_000).ok).toBe(true);
    expect(limiter.take("u", 60_000).ok).toBe(true);
    expect(limiter.peek("u", 60_000).ok).toBe(false);
  });
});
