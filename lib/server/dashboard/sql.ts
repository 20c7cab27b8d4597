// SQL fragments the cohort views share: who is in the cohort, and one scalar subquery per learner
// metric (each correlated on m."userId"), so a metric is written once and used for sorting,
// filtering, pages and CSV alike. Every value is a bound parameter; fragments are fixed text.
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import { MASTERED_SQL } from "@/lib/server/cohorts/mastery-sql";
import { AT_RISK, OVERDUE_AFTER_DAYS } from "./thresholds";

const DAY_MS = 86_400_000;

/** SELECT "userId" of the cohort's members (feed to learnerMasterySql and IN lists). */
export function memberIds(cohortId: string): Prisma.Sql {
  return Prisma.sql`SELECT "userId" FROM "CohortMember" WHERE "cohortId" = ${cohortId}`;
}

/**
 * A clock value as the UTC "timestamp without time zone" Prisma stores (createdAt, joinedAt…), so
 * comparisons never depend on the session's TimeZone setting.
 */
export function utc(at: Date): Prisma.Sql {
  return Prisma.sql`(${at}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The learner's local calendar date now, as SQL date (User aliased u). */
export function localToday(now: Date): Prisma.Sql {
  return Prisma.sql`(${now}::timestamptz AT TIME ZONE u."timeZone")::date`;
}

export interface Metrics {
  lastActive: Prisma.Sql;
  due: Prisma.Sql;
  overdue: Prisma.Sql;
  mastered: Prisma.Sql;
  dailyIssued: Prisma.Sql;
  dailyAnswered: Prisma.Sql;
  completion: Prisma.Sql;
  streak: Prisma.Sql;
  inactive: Prisma.Sql;
}

/** Per-learner scalar subqueries for member m (with User u), at the clock `now`. */
export function metrics(now: Date): Metrics {
  const overdueBefore = new Date(now.getTime() - OVERDUE_AFTER_DAYS * DAY_MS);
  const inactiveBefore = new Date(now.getTime() - AT_RISK.inactiveDays * DAY_MS);
  const weekStart = Prisma.sql`to_char(${localToday(now)} - 6, 'YYYY-MM-DD')`;
  const dailyIssued = Prisma.sql`(SELECT count(*)::int FROM "IssuedProblem" ip WHERE ip."userId" = m."userId" AND ip.source = 'DAILY' AND ip."localDate" >= ${weekStart})`;
  const dailyAnswered = Prisma.sql`(SELECT count(*)::int FROM "IssuedProblem" ip WHERE ip."userId" = m."userId" AND ip.source = 'DAILY' AND ip."localDate" >= ${weekStart} AND ip."answeredAt" IS NOT NULL)`;
  const lastActive = Prisma.sql`(SELECT max(a."createdAt") FROM "Attempt" a WHERE a."userId" = m."userId")`;
  return {
    lastActive,
    // SkillState.dueAt: memory.due as a UTC timestamp, null until the first review (migration 20261124190800).
    due: Prisma.sql`(SELECT count(*)::int FROM "SkillState" ss WHERE ss."userId" = m."userId" AND ss."dueAt" <= ${utc(now)})`,
    overdue: Prisma.sql`(SELECT count(*)::int FROM "SkillState" ss WHERE ss."userId" = m."userId" AND ss."dueAt" <= ${utc(overdueBefore)})`,
    mastered: Prisma.sql`(SELECT count(*)::int FROM "SkillState" ss WHERE ss."userId" = m."userId" AND ${MASTERED_SQL})`,
    dailyIssued,
    dailyAnswered,
    completion: Prisma.sql`(${dailyAnswered}::float8 / NULLIF(${dailyIssued}, 0))`,
    // Consecutive local days with an answer, ending today or yesterday (lib/server/progress streakFrom).
    // Walked back one day at a time with an index probe per day: a learner's streak costs its length
    // in probes instead of reading every answer of the last 400 days.
    streak: Prisma.sql`COALESCE((
      WITH RECURSIVE walk(d) AS (
        SELECT CASE WHEN ${answeredOn(localToday(now), now)} THEN ${localToday(now)} ELSE ${localToday(now)} - 1 END
        UNION ALL
        SELECT walk.d - 1 FROM walk WHERE walk.d > ${localToday(now)} - 400 AND ${answeredOn(Prisma.sql`walk.d`, now)}
      ) SELECT count(*)::int - 1 FROM walk), 0)`,
    inactive: Prisma.sql`(COALESCE(${lastActive}, m."joinedAt") < ${utc(inactiveBefore)})`,
  };
}

/** Whether member m (User u) answered anything on local date `day` (a SQL date), up to `now`. */
function answeredOn(day: Prisma.Sql, now: Date): Prisma.Sql {
  const startOf = (d: Prisma.Sql) => Prisma.sql`((${d})::timestamp AT TIME ZONE u."timeZone") AT TIME ZONE 'UTC'`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Attempt" a WHERE a."userId" = m."userId"
    AND a."createdAt" >= ${startOf(day)} AND a."createdAt" < ${startOf(Prisma.sql`${day} + 1`)} AND a."createdAt" <= ${utc(now)})`;
}

/** `%text%` for ILIKE with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Runs a cohort-wide aggregate with more sort memory than the 4 MB default: sorting 500k+ answers
 * (first tries, medians) spilled to disk and took several times longer. SET LOCAL ends with the
 * transaction, so the pooled connection goes back unchanged.
 */
export const AGGREGATE_WORK_MEM = "64MB";

export async function withWorkMem<T>(query: Prisma.Sql): Promise<T> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${AGGREGATE_WORK_MEM}'`);
    return tx.$queryRaw<T>(query);
  }, { timeout: 120_000, maxWait: 10_000 });
}
