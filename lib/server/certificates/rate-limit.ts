// Verification lookups per client address: a token bucket per address held in this process's
// memory. Enough for the single-instance deployments Basis ships; several instances behind a load
// balancer would each allow the full rate (a shared store such as Postgres or Redis would fix that).

export interface BucketOptions {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
  /** Addresses remembered at most; the stalest are forgotten first (bounded memory). */
  maxAddresses?: number;
}

export type Decision = { ok: true } | { ok: false; retryAfterSeconds: number };

export function createRateLimiter(options: BucketOptions) {
  const max = options.maxAddresses ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(address: string, now: number = Date.now()): Decision {
      const prev = buckets.get(address);
      const elapsed = prev ? Math.max(0, now - prev.at) / 1000 : 0;
      const tokens = prev ? Math.min(options.capacity, prev.tokens + elapsed * options.refillPerSecond) : options.capacity;
      buckets.delete(address);
      if (buckets.size >= max) buckets.delete(buckets.keys().next().value as string);
      if (tokens >= 1) {
        buckets.set(address, { tokens: tokens - 1, at: now });
        return { ok: true };
      }
      buckets.set(address, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / options.refillPerSecond)) };
    },
  };
}

/** 30 lookups at once, then one every 2 s: plenty for people, slow for code guessing. */
export const VERIFY_RATE = { capacity: 30, refillPerSecond: 0.5 } as const;

const globalForLimiter = globalThis as unknown as { basisVerifyLimiter?: ReturnType<typeof createRateLimiter> };

export function verifyLimiter(): ReturnType<typeof createRateLimiter> {
  globalForLimiter.basisVerifyLimiter ??= createRateLimiter(VERIFY_RATE);
  return globalForLimiter.basisVerifyLimiter;
}

type HeaderBag = { get(name: string): string | null };

/**
 * The client address: the last X-Forwarded-For hop, which the reverse proxy in front appended
 * (earlier hops are whatever the client claimed, so a client cannot pick its own bucket), else
 * X-Real-IP. Without either, every caller shares one bucket: run Basis behind a proxy you control.
 */
export function clientAddress(headers: HeaderBag): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
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
