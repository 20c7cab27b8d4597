// Failed join attempts are limited per learner and per client address, so the 40-bit join codes
// cannot be guessed by trying many: 10 failures per 15 minutes (a bucket of 10 refilling one token
// every 90 s). Correct codes spend nothing; a refusal touches no database.
import { createRateLimiter, type RateLimiter } from "../rate-limit";
import type { SessionUser } from "../session";
import { cohortForCode, joinCohort } from "./membership";
import { fail, SIGN_IN_FIRST, type Outcome } from "./outcome";

export const JOIN_FAILURES = { capacity: 10, refillPerSecond: 10 / (15 * 60) } as const;

const globalForLimiter = globalThis as unknown as { basisJoinLimiter?: RateLimiter };

export function joinLimiter(): RateLimiter {
  globalForLimiter.basisJoinLimiter ??= createRateLimiter(JOIN_FAILURES);
  return globalForLimiter.basisJoinLimiter;
}

export function tooManyJoinAttempts(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many join attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** Who is trying: the learner and the client address (clientAddress in lib/server/rate-limit.ts). */
export type JoinAttempter = { user: SessionUser; address: string };

// A wrong or expired code is what guessing produces; other failures (signed out) are not guesses.
const GUESS_FAILURES = new Set(["invalid", "expired"]);

async function limited<T extends object>(
  who: JoinAttempter,
  attempt: () => Promise<Outcome<T>>,
  limiter: RateLimiter,
  now: number,
): Promise<Outcome<T>> {
  const keys = [`user:${who.user.id}`, `address:${who.address}`];
  const waits = keys.map((key) => limiter.peek(key, now)).flatMap((d) => (d.ok ? [] : [d.retryAfterSeconds]));
  if (waits.length > 0) return fail("rate-limited", tooManyJoinAttempts(Math.max(...waits)));
  const result = await attempt();
  if (!result.ok && GUESS_FAILURES.has(result.code)) for (const key of keys) limiter.take(key, now);
  return result;
}

/** joinCohort behind the failure limit. */
export async function joinCohortLimited(
  who: JoinAttempter | null,
  code: string,
  now: Date = new Date(),
  limiter: RateLimiter = joinLimiter(),
): ReturnType<typeof joinCohort> {
  if (!who) return SIGN_IN_FIRST;
  return limited(who, () => joinCohort(who.user, code, now), limiter, now.getTime());
}

/** The join link's lookup behind the same limit: it tells a real code from a wrong one too. */
export async function cohortForCodeLimited(
  who: JoinAttempter,
  code: string,
  now: Date = new Date(),
  limiter: RateLimiter = joinLimiter(),
): ReturnType<typeof cohortForCode> {
  return limited(who, () => cohortForCode(code, now), limiter, now.getTime());
}
