// Shared set-up for certificate integration tests: a learner whose course skills are mastered
// and who passed (or not) each course exam, written straight into the database.
import type { Db } from "@/lib/server/db";
import { courseSkills } from "@/lib/server/certificates/issue";
import { newMemory } from "@/lib/scheduling";

export const NOW = new Date("2026-06-01T10:00:00Z");

export async function makeLearner(db: Db, email: string, name = "Ada Lovelace") {
  return db.user.create({ data: { email, name, passwordHash: "unused" } });
}

/** Writes a mastered memory (3 successes, stability 30 d) for every skill of the courses given. */
export async function masterCourses(db: Db, userId: string, courses: string[], successes = 3, stability = 30) {
  const skills = courseSkills();
  const ids = courses.flatMap((c) => skills.get(c as never) ?? []);
  await db.skillState.createMany({
    data: ids.map((skillId) => ({
      userId, skillId,
      memory: { ...newMemory(skillId, NOW), state: "review", reps: successes, successes, stability, lastRating: "good", lastReview: NOW.toISOString() },
    })),
  });
  return ids;
}

export async function passExam(db: Db, userId: string, course: string, passed = true) {
  return db.examAttempt.create({
    data: {
      userId, course, status: "SUBMITTED", startedAt: NOW, deadline: new Date(NOW.getTime() + 3_600_000),
      closedAt: new Date(NOW.getTime() + 1_800_000), score: passed ? 0.9 : 0.5, passMark: 0.8, passed,
    },
  });
}
