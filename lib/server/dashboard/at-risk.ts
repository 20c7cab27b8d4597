// Learners who need a word from the instructor, each with the reasons (thresholds in thresholds.ts):
// inactive, overdue reviews piling up, falling retention (correct share week on week), and
// repeated failure on one skill.
import { Prisma } from "@/generated/prisma/client";
import { metrics, utc, withWorkMem } from "./sql";
import { AT_RISK, AT_RISK_LIMIT } from "./thresholds";

const DAY_MS = 86_400_000;

export type RiskReason =
  | { kind: "inactive"; lastActive: Date | null }
  | { kind: "overdue"; count: number }
  | { kind: "retention"; before: number; after: number }
  | { kind: "failing"; skills: string[] };

export interface AtRiskLearner { userId: string; name: string; reasons: RiskReason[] }

type Row = {
  userId: string; name: string; lastActive: Date | null; inactive: boolean; overdue: number;
  n0: number; r0: number | null; n1: number; r1: number | null; failing: string[] | null; total: number;
};

export async function atRisk(cohortId: string, now: Date, limit = AT_RISK_LIMIT): Promise<{ learners: AtRiskLearner[]; total: number }> {
  const rows = await withWorkMem<Row[]>(atRiskSql(cohortId, now, limit));
  return {
    total: rows[0]?.total ?? 0,
    learners: rows.map((r) => ({ userId: r.userId, name: r.name, reasons: reasonsOf(r) })),
  };
}

/** The at-risk query (exported for bench/dashboard.ts's EXPLAIN). */
export function atRiskSql(cohortId: string, now: Date, limit = AT_RISK_LIMIT): Prisma.Sql {
  const x = metrics(now);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const windowStart = new Date(now.getTime() - Math.max(14, AT_RISK.repeatedFailureWindowDays) * DAY_MS);
  const failStart = new Date(now.getTime() - AT_RISK.repeatedFailureWindowDays * DAY_MS);
  const drop = Prisma.sql`(s.n0 >= ${AT_RISK.retentionMinAnswers} AND s.n1 >= ${AT_RISK.retentionMinAnswers} AND s.r0 - s.r1 >= ${AT_RISK.retentionDrop})`;
  return Prisma.sql`
    WITH m AS (
      SELECT m."userId", m."joinedAt", u.name, u."timeZone", ${x.lastActive} AS "lastActive", ${x.inactive} AS inactive, ${x.overdue} AS overdue
      FROM "CohortMember" m JOIN "User" u ON u.id = m."userId" WHERE m."cohortId" = ${cohortId}
    ), recent AS (
      SELECT a."userId", a."skillId", a.correct, a."createdAt",
             row_number() OVER (PARTITION BY a."userId", a."skillId" ORDER BY a."createdAt" DESC) AS rn
      FROM m JOIN "Attempt" a ON a."userId" = m."userId"
      WHERE a."createdAt" > ${utc(windowStart)} AND a."createdAt" <= ${utc(now)}
    ), stats AS (
      SELECT "userId",
        count(*) FILTER (WHERE "createdAt" <= ${utc(weekAgo)})::int AS n0,
        avg(correct::int) FILTER (WHERE "createdAt" <= ${utc(weekAgo)})::float8 AS r0,
        count(*) FILTER (WHERE "createdAt" > ${utc(weekAgo)})::int AS n1,
        avg(correct::int) FILTER (WHERE "createdAt" > ${utc(weekAgo)})::float8 AS r1
      FROM recent GROUP BY 1
    ), failing AS (
      SELECT "userId", array_agg("skillId" ORDER BY "skillId") AS skills FROM (
        SELECT "userId", "skillId" FROM recent WHERE rn <= ${AT_RISK.repeatedFailures} AND "createdAt" > ${utc(failStart)}
        GROUP BY 1, 2 HAVING count(*) = ${AT_RISK.repeatedFailures} AND bool_and(NOT correct)
      ) f GROUP BY 1
    )
    SELECT m."userId", m.name, m."lastActive", m.inactive, m.overdue, COALESCE(s.n0, 0) AS n0, s.r0, COALESCE(s.n1, 0) AS n1, s.r1,
           f.skills AS failing, count(*) OVER ()::int AS total
    FROM m LEFT JOIN stats s ON s."userId" = m."userId" LEFT JOIN failing f ON f."userId" = m."userId"
    WHERE m.inactive OR m.overdue >= ${AT_RISK.overdueReviews} OR ${drop} OR f.skills IS NOT NULL
    ORDER BY (m.inactive::int + (m.overdue >= ${AT_RISK.overdueReviews})::int + (${drop})::int + (f.skills IS NOT NULL)::int) DESC,
             lower(m.name), m."userId"
    LIMIT ${limit}`;
}

function reasonsOf(r: Row): RiskReason[] {
  const out: RiskReason[] = [];
  if (r.inactive) out.push({ kind: "inactive", lastActive: r.lastActive });
  if (r.overdue >= AT_RISK.overdueReviews) out.push({ kind: "overdue", count: r.overdue });
  if (r.n0 >= AT_RISK.retentionMinAnswers && r.n1 >= AT_RISK.retentionMinAnswers && r.r0 !== null && r.r1 !== null && r.r0 - r.r1 >= AT_RISK.retentionDrop) {
    out.push({ kind: "retention", before: r.r0, after: r.r1 });
  }
  if (r.failing?.length) out.push({ kind: "failing", skills: r.failing });
  return out;
}
