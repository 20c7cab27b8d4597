// Exam integration fixtures: learners with a chosen number of a course's skills learned or
// mastered (skill memories written directly), and the right / a wrong answer for an exam item.
import { getGenerator } from "@/exercises/registry";
import { newMemory, type SkillMemory } from "@/lib/scheduling";
import type { Db } from "@/lib/server/db";
import { courseExamSkillIds } from "./skills";

export const T0 = new Date("2026-11-24T10:00:00.000Z");
export const MIN = 60_000;
export const HOUR = 3_600_000;
export const at = (ms: number) => new Date(T0.getTime() + ms);

/** Answered correctly several times with a long stability: learned and mastered. */
function masteredMemory(skillId: string): SkillMemory {
  return {
    ...newMemory(skillId, T0), state: "review", stability: 40, difficulty: 5, due: at(30 * 24 * HOUR).toISOString(),
    lastReview: T0.toISOString(), scheduledDays: 30, reps: 4, successes: 4, lastRating: "good",
  };
}

export async function learner(db: Db, email: string, courses: string[] = ["linear-algebra"]) {
  const user = await db.user.create({ data: { email, name: email.split("@")[0], passwordHash: "unused" } });
  await db.enrolment.createMany({ data: courses.map((course) => ({ userId: user.id, course })) });
  return user;
}

/** Marks the first `count` skills of the course (curriculum order) learned and mastered; all when count is omitted. */
export async function learnSkills(db: Db, userId: string, course: string, count?: number): Promise<string[]> {
  const ids = courseExamSkillIds(course).slice(0, count);
  await db.skillState.createMany({ data: ids.map((skillId) => ({ userId, skillId, memory: masteredMemory(skillId) as object })) });
  return ids;
}

export function rightAnswer(item: { skillId: string; seed: number; level: number }): string {
  return getGenerator(item.skillId)!.generate(item.seed, item.level).answer.text;
}

/** A known wrong answer the checker marks incorrect with no partial credit (a diagnosed mistake, else a nonsense number). */
export function wrongAnswer(item: { skillId: string; seed: number; level: number }): string {
  const generator = getGenerator(item.skillId)!;
  const problem = generator.generate(item.seed, item.level);
  const candidates = [...generator.mistakeAnswers(problem).map((m) => m.text), "123456789", "(123456789, 1)", "no"];
  const wrong = candidates.find((text) => {
    const verdict = generator.check(problem, text);
    return !verdict.correct && verdict.score === 0 && !verdict.mistakes.includes("unparsed");
  });
  return wrong ?? "123456789";
}
