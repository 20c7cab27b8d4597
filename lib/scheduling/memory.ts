// The memory model of one skill: ts-fsrs with fixed parameters, a JSON-safe state for Postgres,
// and the single rule that turns an attempt's outcome into an FSRS rating.
import { z } from "zod";
import { fsrs, State, forgetting_curve, type Card, type Grade } from "ts-fsrs";

/**
 * FSRS-6 default weights, no fuzz (the same history always gives the same schedule) and no
 * short-term steps: learners meet a skill once per daily set, so minute-level learning steps
 * would never be honoured; every interval is a whole number of days.
 */
export const FSRS_PARAMS = {
  request_retention: 0.9,
  maximum_interval: 365,
  enable_fuzz: false,
  enable_short_term: false,
} as const;
export const scheduler = fsrs(FSRS_PARAMS);

/**
 * Basis's desired retention (applyAttempt and implicit credit schedule with it; `review` without
 * a retention keeps FSRS's default 0.9, the plain-FSRS baseline). Implicit credit lets basics go
 * longer between explicit reviews; a higher target on every explicit interval buys that recall
 * back. 0.93 chosen from bench:simulate (equal probe retention to plain FSRS at 180 days with
 * ~19 % fewer reviews). Only intervals depend on it; stability updates do not.
 */
export const DESIRED_RETENTION = 0.93;
const schedulers = new Map<number, ReturnType<typeof fsrs>>([[FSRS_PARAMS.request_retention, scheduler]]);
/** The FSRS instance for a desired retention (one per value, built once). */
export function schedulerFor(retention: number): ReturnType<typeof fsrs> {
  let s = schedulers.get(retention);
  if (!s) {
    s = fsrs({ ...FSRS_PARAMS, request_retention: retention });
    schedulers.set(retention, s);
  }
  return s;
}

export const ratingNames = ["again", "hard", "good", "easy"] as const;
export type RatingName = (typeof ratingNames)[number];
const stateNames = ["new", "learning", "review", "relearning"] as const;

/** What is stored per learner per skill. Dates are ISO strings so the object is plain JSON. */
export const skillMemorySchema = z.object({
  skillId: z.string().min(1),
  state: z.enum(stateNames),
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  due: z.iso.datetime(),
  lastReview: z.iso.datetime().nullable(),
  scheduledDays: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** Explicit successful reviews (hard, good or easy): the mastery rule counts these. */
  successes: z.number().int().nonnegative(),
  lastRating: z.enum(ratingNames).nullable(),
  /** Partial reviews received through `encompasses` (see implicit.ts). */
  implicitCredits: z.number().int().nonnegative(),
});
export type SkillMemory = z.infer<typeof skillMemorySchema>;

export function newMemory(skillId: string, now: Date): SkillMemory {
  return {
    skillId, state: "new", stability: 0, difficulty: 0, due: now.toISOString(), lastReview: null,
    scheduledDays: 0, reps: 0, lapses: 0, successes: 0, lastRating: null, implicitCredits: 0,
  };
}

// --- The verdict → rating rule, stated once -------------------------------------------------
/** Slower than this multiple of the skill's expected time counts as "slow" (a struggle). */
export const SLOW_FACTOR = 2;
/** Faster than this fraction of the expected time counts as "fast" (fluent recall). */
export const FAST_FACTOR = 0.5;
/** Expected solving time when a skill gives none: a typical one-step exercise. */
export const DEFAULT_EXPECTED_MS = 90_000;

export interface AttemptOutcome {
  correct: boolean;
  /** A hint was opened before answering. */
  usedHint: boolean;
  /** "I don't know": the solution was revealed; counts as a failed review. */
  gaveUp?: boolean;
  timeTakenMs: number;
  /** The skill's expected solving time; DEFAULT_EXPECTED_MS when absent. */
  expectedMs?: number;
}

/** wrong or gave up → again; right after a hint or slow → hard; fast and right → easy; right → good. */
export function ratingFor(o: AttemptOutcome): RatingName {
  if (!o.correct || o.gaveUp) return "again";
  const expected = o.expectedMs ?? DEFAULT_EXPECTED_MS;
  if (o.usedHint || o.timeTakenMs > SLOW_FACTOR * expected) return "hard";
  if (o.timeTakenMs < FAST_FACTOR * expected) return "easy";
  return "good";
}

export const gradeOf = (r: RatingName): Grade => (ratingNames.indexOf(r) + 1) as Grade;

// --- Conversions between the stored form and ts-fsrs cards -----------------------------------
export function toCard(m: SkillMemory): Card {
  return {
    due: new Date(m.due), stability: m.stability, difficulty: m.difficulty, elapsed_days: 0,
    scheduled_days: m.scheduledDays, learning_steps: 0, reps: m.reps, lapses: m.lapses,
    state: stateNames.indexOf(m.state) as State, last_review: m.lastReview ? new Date(m.lastReview) : undefined,
  };
}

function fromCard(prev: SkillMemory, c: Card): SkillMemory {
  return {
    ...prev, state: stateNames[c.state], stability: c.stability, difficulty: c.difficulty,
    due: c.due.toISOString(), lastReview: c.last_review ? c.last_review.toISOString() : null,
    scheduledDays: c.scheduled_days, reps: c.reps, lapses: c.lapses,
  };
}

/**
 * An explicit review: the learner answered a problem of this skill. `retention` sets the interval
 * (FSRS's default 0.9 when omitted; the app passes DESIRED_RETENTION through applyAttempt).
 */
export function review(m: SkillMemory, rating: RatingName, now: Date, retention: number = FSRS_PARAMS.request_retention): SkillMemory {
  const next = schedulerFor(retention).next(toCard(m), now, gradeOf(rating)).card;
  return {
    ...fromCard(m, next),
    successes: m.successes + (rating === "again" ? 0 : 1),
    lastRating: rating,
  };
}

const DAY_MS = 86_400_000;
/** Probability of recall at `at` under FSRS (1 for a skill never reviewed is meaningless: 0). */
export function retrievability(m: SkillMemory, at: Date): number {
  if (m.lastReview === null || m.stability <= 0) return 0;
  const days = Math.max(0, (at.getTime() - Date.parse(m.lastReview)) / DAY_MS);
  return forgetting_curve(scheduler.parameters.w, days, m.stability);
}

/** Whole days until due for a given stability, as ts-fsrs computes it (never fuzzed). */
export function intervalDays(stability: number, elapsedDays: number, retention: number = FSRS_PARAMS.request_retention): number {
  return schedulerFor(retention).next_interval(stability, elapsedDays);
}

/** Stability a review of the given rating at `now` would give, without committing it. */
export function recallStability(m: SkillMemory, now: Date, rating: RatingName = "good"): number {
  const card = toCard(m);
  return scheduler.next(card, now, gradeOf(rating)).card.stability;
}

export { DAY_MS };
