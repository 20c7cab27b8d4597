// Who may see a cohort's learners: the one rule every cohort page, route handler and server action
// calls beside its query. Admins see every cohort; instructors only the cohorts they run (a
// CohortInstructor row); learners never reach staff views, even of a cohort they belong to.
import { forbidden, notFound, redirect, unauthorized } from "next/navigation";
import { Prisma } from "@/generated/prisma/client";
import { getDb, type Db } from "../db";
import type { SessionUser } from "../session";

// session.ts pulls in next-auth, which cannot load outside Next (vitest); importing it only when a
// require* guard runs keeps cohortAccess & co. usable from plain lib/server code and its tests.
async function sessionUser(): Promise<SessionUser | null> {
  const { currentUser } = await import("../session");
  return currentUser();
}

export type CohortAccess = "ok" | "anonymous" | "forbidden" | "not-found";

export type StaffCohort = { id: string; name: string; courses: string[]; startDate: Date; joinCode: string };

// cuid ids are 25 characters; anything far outside that cannot be a cohort and needs no query.
const MAX_ID_LENGTH = 64;

async function loadForStaff(
  user: SessionUser | null,
  cohortId: string,
  db: Db,
): Promise<{ access: CohortAccess; cohort: StaffCohort | null }> {
  if (!user) return { access: "anonymous", cohort: null };
  // Learners are refused without a lookup, so they cannot probe which cohort ids exist.
  if (user.role !== "ADMIN" && user.role !== "INSTRUCTOR") return { access: "forbidden", cohort: null };
  if (cohortId.length === 0 || cohortId.length > MAX_ID_LENGTH) return { access: "not-found", cohort: null };
  const row = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true, name: true, courses: true, startDate: true, joinCode: true,
      instructors: { where: { userId: user.id }, select: { userId: true } },
    },
  });
  if (!row) return { access: "not-found", cohort: null };
  const { instructors, ...cohort } = row;
  if (user.role === "ADMIN" || instructors.length > 0) return { access: "ok", cohort };
  return { access: "forbidden", cohort: null };
}

/** May `user` see this cohort's staff views? admin: any existing cohort; instructor: cohorts they run. */
export async function cohortAccess(user: SessionUser | null, cohortId: string, db: Db = getDb()): Promise<CohortAccess> {
  return (await loadForStaff(user, cohortId, db)).access;
}

/** Pages and server actions: anonymous → sign-in, not allowed → 403 page, unknown cohort → 404 page. */
export async function requireCohortStaff(cohortId: string): Promise<{ user: SessionUser; cohort: StaffCohort }> {
  const user = await sessionUser();
  const { access, cohort } = await loadForStaff(user, cohortId, getDb());
  if (access === "anonymous" || !user) redirect("/sign-in");
  if (access === "forbidden") forbidden();
  if (access === "not-found" || !cohort) notFound();
  return { user, cohort };
}

/** Route handlers: 401 anonymous, 403 not allowed, 404 unknown cohort. */
export async function requireApiCohortStaff(cohortId: string): Promise<{ user: SessionUser; cohort: StaffCohort }> {
  const user = await sessionUser();
  const { access, cohort } = await loadForStaff(user, cohortId, getDb());
  if (access === "anonymous" || !user) unauthorized();
  if (access === "forbidden") forbidden();
  if (access === "not-found" || !cohort) notFound();
  return { user, cohort };
}

/** Drill-downs: is this learner a member of the cohort? Check after requireCohortStaff. */
export async function learnerInCohort(cohortId: string, learnerId: string, db: Db = getDb()): Promise<boolean> {
  if (learnerId.length === 0 || learnerId.length > MAX_ID_LENGTH) return false;
  const row = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId: learnerId } },
    select: { userId: true },
  });
  return row !== null;
}

/** The ids of the cohorts `user` may see as staff; null means all of them (admin). */
export async function staffCohortIds(user: SessionUser, db: Db = getDb()): Promise<string[] | null> {
  if (user.role === "ADMIN") return null;
  if (user.role !== "INSTRUCTOR") return [];
  const rows = await db.cohortInstructor.findMany({ where: { userId: user.id }, select: { cohortId: true } });
  return rows.map((r) => r.cohortId);
}

/** Prisma filter for listings of cohorts `user` may see as staff. */
export function staffCohortWhere(user: SessionUser): Prisma.CohortWhereInput {
  if (user.role === "ADMIN") return {};
  if (user.role !== "INSTRUCTOR") return { id: { in: [] } };
  return { instructors: { some: { userId: user.id } } };
}

/**
 * SQL condition for raw queries: true when the cohort id in `cohortIdColumn` (a fixed SQL
 * fragment such as Prisma.sql`c."id"`, never user input) is one `user` may see as staff.
 */
export function staffCohortSql(user: SessionUser, cohortIdColumn: Prisma.Sql): Prisma.Sql {
  if (user.role === "ADMIN") return Prisma.sql`TRUE`;
  if (user.role !== "INSTRUCTOR") return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "CohortInstructor" ci_access WHERE ci_access."cohortId" = ${cohortIdColumn} AND ci_access."userId" = ${user.id})`;
}
