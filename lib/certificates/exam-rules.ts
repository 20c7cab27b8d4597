// The exam's fixed rules, stated once: question count, time limit, retake cooldown and pass mark
// (configurable from the environment, per course), and what the clock allows at a given moment.
// Pure: the environment and the clock are passed in.
import { z } from "zod";

export const DEFAULT_QUESTION_COUNT = 12;
export const DEFAULT_TIME_LIMIT_MS = 60 * 60_000;
export const DEFAULT_COOLDOWN_MS = 24 * 3_600_000;
export const DEFAULT_PASS_MARK = 0.8;
/** The exam unlocks when at least this share of the course's skills is learned. */
export const ELIGIBILITY_SHARE = 0.8;

export interface ExamSettings {
  questionCount: number;
  timeLimitMs: number;
  cooldownMs: number;
  passMark: number;
}

const PassMark = z.coerce
  .number({ error: "must be a number" })
  .gt(0, "must be above 0")
  .lte(1, "must be at most 1 (a fraction: 0.8 means 80 %)");

/** BASIS_EXAM_PASS_MARK_LINEAR_ALGEBRA for "linear-algebra". */
export function passMarkVariable(course: string): string {
  return `BASIS_EXAM_PASS_MARK_${course.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}

export type SettingsResult = { ok: true; settings: ExamSettings } | { ok: false; message: string };

/**
 * The settings of one course's exam. Pass mark: the per-course variable, else
 * BASIS_EXAM_PASS_MARK, else 0.8. A malformed value is an error naming the variable, never a
 * silent fallback (a typo must not lower the bar unnoticed).
 */
export function examSettings(course: string, env: Readonly<Record<string, string | undefined>>): SettingsResult {
  let passMark = DEFAULT_PASS_MARK;
  for (const name of ["BASIS_EXAM_PASS_MARK", passMarkVariable(course)]) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") continue;
    const parsed = PassMark.safeParse(raw.trim());
    if (!parsed.success) return { ok: false, message: `${name}="${raw}" ${parsed.error.issues[0]?.message ?? "is invalid"}.` };
    passMark = parsed.data;
  }
  return {
    ok: true,
    settings: { questionCount: DEFAULT_QUESTION_COUNT, timeLimitMs: DEFAULT_TIME_LIMIT_MS, cooldownMs: DEFAULT_COOLDOWN_MS, passMark },
  };
}

/** The deadline is fixed when the questions are first delivered. */
export function deadlineFor(deliveredAt: Date, settings: Pick<ExamSettings, "timeLimitMs">): Date {
  return new Date(deliveredAt.getTime() + settings.timeLimitMs);
}

/** At the deadline itself the time is up: answers are accepted strictly before it. */
export function isPastDeadline(deadline: Date, now: Date): boolean {
  return now.getTime() >= deadline.getTime();
}

export function remainingMs(deadline: Date, now: Date): number {
  return Math.max(0, deadline.getTime() - now.getTime());
}

/** When a retake may start after an attempt closed at `closedAt` (null: no closed attempt yet). */
export function retakeAvailableAt(closedAt: Date | null, settings: Pick<ExamSettings, "cooldownMs">): Date | null {
  return closedAt === null ? null : new Date(closedAt.getTime() + settings.cooldownMs);
}

export function inCooldown(closedAt: Date | null, settings: Pick<ExamSettings, "cooldownMs">, now: Date): boolean {
  const at = retakeAvailableAt(closedAt, settings);
  return at !== null && now.getTime() < at.getTime();
}

/** Scores are fractions of marks; compared with a small allowance so 0.8 of 0.8 passes despite float sums. */
export function isPass(score: number, passMark: number): boolean {
  return score + 1e-9 >= passMark;
}

/** "2 h 5 min", "14 min", "40 s" — for cooldown and remaining-time messages. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.ceil(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
}
