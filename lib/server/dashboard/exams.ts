// Exam results: per course how many members sat and passed (latest attempt each), and a page of
// the latest attempts with score and outcome.
import { getDb } from "@/lib/server/db";
import { MEMBERS_PAGE_SIZE } from "./thresholds";

export interface ExamCourseSummary { course: string; sat: number; passed: number; medianScore: number | null }
export interface ExamResultRow {
  userId: string; name: string; course: string; status: string; startedAt: Date; closedAt: Date | null; score: number | null; passed: boolean | null;
}

export async function examResults(cohortId: string, page: number): Promise<{ summary: ExamCourseSummary[]; rows: ExamResultRow[]; total: number; pages: number }> {
  const db = getDb();
  const [summary, rows] = await Promise.all([
    db.$queryRaw<ExamCourseSummary[]>`
      WITH latest AS (
        SELECT DISTINCT ON (e."userId", e.course) e.course, e.passed, e.score
        FROM "CohortMember" m JOIN "ExamAttempt" e ON e."userId" = m."userId"
        WHERE m."cohortId" = ${cohortId} AND e.status <> 'OPEN' ORDER BY e."userId", e.course, e."startedAt" DESC)
      SELECT course, count(*)::int AS sat, count(*) FILTER (WHERE passed)::int AS passed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY score)::float8 AS "medianScore"
      FROM latest GROUP BY course ORDER BY course`,
    db.$queryRaw<(ExamResultRow & { total: number })[]>`
      SELECT e."userId", u.name, e.course, e.status::text AS status, e."startedAt", e."closedAt", e.score, e.passed, count(*) OVER ()::int AS total
      FROM "CohortMember" m JOIN "ExamAttempt" e ON e."userId" = m."userId" JOIN "User" u ON u.id = m."userId"
      WHERE m."cohortId" = ${cohortId}
      ORDER BY e."startedAt" DESC, e.id LIMIT ${MEMBERS_PAGE_SIZE} OFFSET ${(page - 1) * MEMBERS_PAGE_SIZE}`,
  ]);
  const total = rows[0]?.total ?? 0;
  return { summary, rows: rows.map(({ total: _, ...r }) => r), total, pages: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}
