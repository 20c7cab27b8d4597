// What a skill's memory means to the learner: new, learning, mastered or due. The rules for
// "learned" (unlocks dependants) and "mastered" (progress, certificates) are stated here once.
import type { SkillMemory } from "./memory";

/** Mastered = at least this many explicit successful reviews … */
export const MASTERY_MIN_SUCCESSES = 3;
/** … and an FSRS stability of at least three weeks: the skill survives a 3-week gap at 90 % recall. */
export const MASTERY_MIN_STABILITY_DAYS = 21;

export type SkillStatus = "new" | "learning" | "mastered" | "due";

/** Never reviewed explicitly (implicit credit alone never starts a skill). */
export function isNew(m: SkillMemory | undefined): boolean {
  return m === undefined || m.reps === 0;
}

/**
 * Learned = answered correctly at least once and not failed on its latest explicit review.
 * A skill's dependants are introduced only when all its prerequisites are learned.
 */
export function isLearned(m: SkillMemory | undefined): boolean {
  return m !== undefined && m.successes >= 1 && m.lastRating !== "again";
}

export function isMastered(m: SkillMemory | undefined): boolean {
  return m !== undefined && m.successes >= MASTERY_MIN_SUCCESSES && m.stability >= MASTERY_MIN_STABILITY_DAYS;
}

/** Due wins over mastered: a mastered skill that needs its review shows as due. */
export function skillStatus(m: SkillMemory | undefined, now: Date): SkillStatus {
  if (m === undefined || isNew(m)) return "new";
  if (Date.parse(m.due) <= now.getTime()) return "due";
  return isMastered(m) ? "mastered" : "learning";
}

export interface MasterySummary {
  total: number;
  mastered: number;
  learning: number;
  due: number;
  new: number;
}

/** Counts per status over a list of skill ids (a course, a module). */
export function summarise(skillIds: readonly string[], memories: ReadonlyMap<string, SkillMemory>, now: Date): MasterySummary {
  const out: MasterySummary = { total: skillIds.length, mastered: 0, learning: 0, due: 0, new: 0 };
  for (const id of skillIds) out[skillStatus(memories.get(id), now)] += 1;
  return out;
}
