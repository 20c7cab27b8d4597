// In-memory token buckets keyed by a string (a client address, a user id), shared by every rate
// limit in Basis. Enough for the single-instance deployments Basis ships; several instances behind
// a load balancer would each allow the full rate (a shared store such as Postgres or Redis would fix that).

export interface BucketOptions {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
  /** Keys remembered at most; the stalest are forgotten first (bounded memory). */
  maxAddresses?: number;
}

export type Decision = { ok: true } | { ok: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Spends a token if there is one. */
  take(key: string, now?: number): Decision;
  /** Whether a token is there, spending nothing (for limits that count only failures). */
  peek(key: string, now?: number): Decision;
};

export function createRateLimiter(options: BucketOptions): RateLimiter {
  const max = options.maxAddresses ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const tokensAt = (key: string, now: number): number => {
    const prev = buckets.get(key);
    const elapsed = prev ? Math.max(0, now - prev.at) / 1000 : 0;
    return prev ? Math.min(options.capacity, prev.tokens + elapsed * options.refillPerSecond) : options.capacity;
  };
  const refused = (tokens: number): Decision => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / options.refillPerSecond)) });
  return {
    take(key, now = Date.now()) {
      const tokens = tokensAt(key, now);
      buckets.delete(key);
      if (buckets.size >= max) buckets.delete(buckets.keys().next().value as string);
      buckets.set(key, { tokens: tokens >= 1 ? tokens - 1 : tokens, at: now });
      return tokens >= 1 ? { ok: true } : refused(tokens);
    },
    peek(key, now = Date.now()) {
      const tokens = tokensAt(key, now);
      return tokens >= 1 ? { ok: true } : refused(tokens);
    },
  };
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
