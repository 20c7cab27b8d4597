// Verification lookups per client address, on the shared in-memory token bucket.
import { clientAddress, createRateLimiter, type RateLimiter } from "../rate-limit";

/** 30 lookups at once, then one every 2 s: plenty for people, slow for code guessing. */
export const VERIFY_RATE = { capacity: 30, refillPerSecond: 0.5 } as const;

const globalForLimiter = globalThis as unknown as { basisVerifyLimiter?: RateLimiter };

export function verifyLimiter(): RateLimiter {
  globalForLimiter.basisVerifyLimiter ??= createRateLimiter(VERIFY_RATE);
  return globalForLimiter.basisVerifyLimiter;
}

export function rateLimitMessage(retryAfterSeconds: number): string {
  return `Too many verification requests from your address. Please wait ${retryAfterSeconds} s and try again.`;
}

/**
 * proxy.ts calls this for every /verify/… request (page, print, PDF, credential), so all four
 * share one budget per address. Null: go ahead.
 */
export function verifyRateLimitResponse(request: Request, now = Date.now()): Response | null {
  const path = new URL(request.url).pathname;
  if (!path.startsWith("/verify/")) return null;
  const decision = verifyLimiter().take(clientAddress(request.headers), now);
  if (decision.ok) return null;
  const message = rateLimitMessage(decision.retryAfterSeconds);
  const html = !/\/(credential|pdf)$/.test(path);
  const body = html
    ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests · Basis</title></head><body><main><h1>Too many requests</h1><p>${message}</p></main></body></html>`
    : `${message}\n`;
  return new Response(body, {
    status: 429,
    headers: { "retry-after": String(decision.retryAfterSeconds), "content-type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
