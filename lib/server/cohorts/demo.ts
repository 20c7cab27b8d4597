// The demo cohort for local use: run by instructor@example.com, with learner@example.com as a
// member, so /teach and /cohorts show something on a fresh database. Seeded once (scripts/db/seed.ts).
import { getDb } from "../db";
import { COURSE_IDS } from "../skill-graph";
import { newJoinCode } from "./join-code";

export const DEMO_COHORT_NAME = "Demo cohort";
const INSTRUCTOR_EMAIL = "instructor@example.com";
const LEARNER_EMAIL = "learner@example.com";

/** Creates the demo cohort unless the instructor already runs one of that name; needs the demo users. */
export async function seedDemoCohort(now: Date = new Date()): Promise<void> {
  const db = getDb();
  const [instructor, learner] = await Promise.all([
    db.user.findUnique({ where: { email: INSTRUCTOR_EMAIL }, select: { id: true } }),
    db.user.findUnique({ where: { email: LEARNER_EMAIL }, select: { id: true } }),
  ]);
  if (!instructor) return;
  const existing = await demoCohortJoinCode();
  if (existing) return;
  await db.cohort.create({
    data: {
      name: DEMO_COHORT_NAME, courses: [...COURSE_IDS], joinCode: newJoinCode(), createdById: instructor.id,
      startDate: new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`),
      instructors: { create: { userId: instructor.id } },
      members: learner ? { create: { userId: learner.id } } : undefined,
    },
  });
}

/** The demo cohort's join code, for `npm start` to print beside the demo logins; null without one. */
export async function demoCohortJoinCode(): Promise<string | null> {
  const row = await getDb().cohort.findFirst({
    where: { name: DEMO_COHORT_NAME, instructors: { some: { user: { email: INSTRUCTOR_EMAIL } } } },
    select: { joinCode: true },
    orderBy: { createdAt: "asc" },
  });
  return row?.joinCode ?? null;
}
