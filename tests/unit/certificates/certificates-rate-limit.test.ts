import { describe, expect, it } from "vitest";
import { verifyRateLimitResponse, VERIFY_RATE } from "@/lib/server/certificates/rate-limit";

describe("verification rate limit", () => {
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
