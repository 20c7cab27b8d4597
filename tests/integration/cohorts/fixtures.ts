// Fixtures for the cohort tests: the six authorization personas around one cohort, and users.
import type { Role } from "@/generated/prisma/enums";
import type { Db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";

let counter = 0;

export async function makeUser(db: Db, role: Role = "LEARNER", name = "User"): Promise<SessionUser> {
  counter += 1;
  return db.user.create({
    data: { email: `${name.toLowerCase().replace(/\W+/g, "-")}-${counter}-${Date.now()}@example.com`, name, role, passwordHash: "unused" },
    select: { id: true, email: true, name: true, role: true, timeZone: true, dailyGoal: true },
  });
}

export async function makeCohort(db: Db, instructorId: string, name = "Cohort", code?: string): Promise<string> {
  counter += 1;
  const c = await db.cohort.create({
    data: {
      name, courses: ["linear-algebra"], startDate: new Date("2026-01-05"),
      joinCode: code ?? `T${String(counter).padStart(7, "0")}`, createdById: instructorId,
      instructors: { create: { userId: instructorId } },
    },
  });
  return c.id;
}

export type Personas = {
  cohortId: string;
  otherCohortId: string;
  learner: SessionUser;
  learnerOfCohort: SessionUser;
  instructorOfOtherCohort: SessionUser;
  instructorOfCohort: SessionUser;
  admin: SessionUser;
};

export async function makePersonas(db: Db): Promise<Personas> {
  const instructorOfCohort = await makeUser(db, "INSTRUCTOR", "Ina");
  const instructorOfOtherCohort = await makeUser(db, "INSTRUCTOR", "Otto");
  const admin = await makeUser(db, "ADMIN", "Ada");
  const learner = await makeUser(db, "LEARNER", "Lea");
  const learnerOfCohort = await makeUser(db, "LEARNER", "Leo");
  const cohortId = await makeCohort(db, instructorOfCohort.id, "This cohort");
  const otherCohortId = await makeCohort(db, instructorOfOtherCohort.id, "Other cohort");
  await db.cohortMember.create({ data: { cohortId, userId: learnerOfCohort.id } });
  return { cohortId, otherCohortId, learner, learnerOfCohort, instructorOfOtherCohort, instructorOfCohort, admin };
}
