import { describe, expect, it } from "vitest";
import { clientAddress, createRateLimiter, verifyRateLimitResponse, VERIFY_RATE } from "@/lib/server/certificates/rate-limit";

describe("verification rate limit", () => {
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

  it("answers /verify/… past the burst with 429, Retry-After and a message; other paths pass", async () => {
    const headers = { "x-forwarded-for": "192.0.2.99" };
    const page = (p: string) => new Request(`http://localhost${p}`, { headers });
    const now = 5_000_000;
    for (let i = 0; i < VERIFY_RATE.capacity; i++) expect(verifyRateLimitResponse(page("/verify/ABC"), now)).toBeNull();
    const html = verifyRateLimitResponse(page("/verify/ABC"), now)!;
    expect(html.status).toBe(429);
    expect(Number(html.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/Too many verification requests.*wait \d+ s/);
    const jwt = verifyRateLimitResponse(page("/verify/ABC/credential"), now)!;
    expect(jwt.status).toBe(429);
    expect(jwt.headers.get("content-type")).toMatch(/text\/plain/);
    expect(verifyRateLimitResponse(page("/learn"), now)).toBeNull();
    expect(verifyRateLimitResponse(page("/.well-known/jwks.json"), now)).toBeNull();
  });
});
