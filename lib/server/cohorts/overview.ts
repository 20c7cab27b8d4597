// /teach headline figures per cohort, computed in Postgres: members, learners active in the last
// 7 days, reviews (answered problems) in the last 7 days, and the median share of each course's
// skills mastered (lib/server/cohorts/mastery-sql.ts). Never loads members into JavaScript.
import { Prisma } from "@/generated/prisma/client";
import { getDb, type Db } from "../db";
import type { SessionUser } from "../session";
import { staffCohortSql } from "./access";
import { learnerMasterySql } from "./mastery-sql";
import { isStaff } from "./outcome";

export const ACTIVE_WINDOW_DAYS = 7;
/** /teach lists at most this many cohorts (newest start first); admins with more use search later. */
export const TEACH_COHORT_LIMIT = 100;

export type CohortHeadline = {
  id: string;
  name: string;
  courses: string[];
  startDate: Date;
  joinCode: string;
  joinCodeExpiresAt: Date | null;
  members: number;
  activeLast7Days: number;
  reviewsLast7Days: number;
  /** course id → median share (0..1) of the course's skills mastered across members; null with no members. */
  medianMastery: Record<string, number | null>;
};

type CountRow = Omit<CohortHeadline, "medianMastery" | "members" | "activeLast7Days" | "reviewsLast7Days"> & {
  members: number; active: number; reviews: number;
};

/** The cohorts `actor` runs (admins: all), each with its headline figures at `now`. */
export async function cohortsIRun(actor: SessionUser, now: Date = new Date(), db: Db = getDb()): Promise<CohortHeadline[]> {
  if (!isStaff(actor)) return [];
  const since = new Date(now.getTime() - ACTIVE_WINDOW_DAYS * 86_400_000);
  const visible = staffCohortSql(actor, Prisma.sql`c."id"`);
  const rows = await db.$queryRaw<CountRow[]>`
    WITH mine AS (
      SELECT c."id", c."name", c."courses", c."startDate", c."joinCode", c."joinCodeExpiresAt", c."createdAt"
      FROM "Cohort" c WHERE ${visible}
      ORDER BY c."startDate" DESC, c."createdAt" DESC LIMIT ${TEACH_COHORT_LIMIT}
    ),
    per_member AS (
      SELECT m."cohortId",
             (SELECT count(*) FROM "Attempt" a WHERE a."userId" = m."userId" AND a."createdAt" >= ${since} AND a."createdAt" <= ${now}) AS reviews
      FROM "CohortMember" m JOIN mine ON mine."id" = m."cohortId"
    )
    SELECT mine."id", mine."name", mine."courses", mine."startDate", mine."joinCode", mine."joinCodeExpiresAt",
           count(pm."cohortId")::int AS members,
           (count(*) FILTER (WHERE pm.reviews > 0))::int AS active,
           COALESCE(sum(pm.reviews), 0)::int AS reviews
    FROM mine LEFT JOIN per_member pm ON pm."cohortId" = mine."id"
    GROUP BY mine."id", mine."name", mine."courses", mine."startDate", mine."joinCode", mine."joinCodeExpiresAt", mine."createdAt"
    ORDER BY mine."startDate" DESC, mine."createdAt" DESC`;
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const learners = Prisma.sql`SELECT "userId" FROM "CohortMember" WHERE "cohortId" = ANY(${ids}::text[])`;
  const medians = await db.$queryRaw<{ cohortId: string; course: string; median: number }[]>`
    WITH mastery AS (${learnerMasterySql(learners, "course")})
    SELECT m."cohortId", ms.bucket AS course, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms.share) AS median
    FROM "CohortMember" m
    JOIN "Cohort" c ON c."id" = m."cohortId"
    JOIN mastery ms ON ms."userId" = m."userId" AND ms.bucket = ANY(c."courses")
    WHERE m."cohortId" = ANY(${ids}::text[])
    GROUP BY m."cohortId", ms.bucket`;
  return rows.map((r) => {
    const medianMastery: Record<string, number | null> = {};
    for (const course of r.courses) {
      medianMastery[course] = medians.find((m) => m.cohortId === r.id && m.course === course)?.median ?? null;
    }
    return {
      id: r.id, name: r.name, courses: r.courses, startDate: r.startDate, joinCode: r.joinCode,
      joinCodeExpiresAt: r.joinCodeExpiresAt, members: r.members, activeLast7Days: r.active,
      reviewsLast7Days: r.reviews, medianMastery,
    };
  });
}
