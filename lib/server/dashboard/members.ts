// The members table: one page of a cohort's learners, sorted, filtered and searched in SQL
// (phase 1 picks the page's ids, phase 2 fills in every column for just those learners).
import { Prisma } from "@/generated/prisma/client";
import { learnerMasterySql } from "@/lib/server/cohorts/mastery-sql";
import { getDb } from "@/lib/server/db";
import type { MemberFilter, MemberSortKey, MembersQuery } from "./params";
import { containsPattern, metrics, type Metrics } from "./sql";
import { AT_RISK, MEMBERS_PAGE_SIZE } from "./thresholds";

export type CohortRef = { id: string; courses: string[] };

export interface ExamStatus { course: string; status: string; score: number | null; passed: boolean | null }
export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  lastActive: Date | null;
  dailyIssued: number;
  dailyAnswered: number;
  streak: number;
  due: number;
  overdue: number;
  mastery: { course: string; mastered: number; total: number }[];
  exams: ExamStatus[];
  certificates: string[];
}

const sortSql = (x: Metrics): Record<MemberSortKey, Prisma.Sql> => ({
  name: Prisma.sql`lower(u.name)`,
  lastActive: x.lastActive,
  mastery: x.mastered,
  due: x.due,
  overdue: x.overdue,
  completion: x.completion,
});

const filterSql = (x: Metrics): Record<MemberFilter, Prisma.Sql> => ({
  all: Prisma.sql`TRUE`,
  inactive: x.inactive,
  overdue: Prisma.sql`${x.overdue} >= ${AT_RISK.overdueReviews}`,
  "exam-passed": Prisma.sql`EXISTS (SELECT 1 FROM "ExamAttempt" e WHERE e."userId" = m."userId" AND e.passed)`,
  "no-exam": Prisma.sql`NOT EXISTS (SELECT 1 FROM "ExamAttempt" e WHERE e."userId" = m."userId")`,
  certified: Prisma.sql`EXISTS (SELECT 1 FROM "Certificate" c WHERE c."userId" = m."userId"
    AND NOT EXISTS (SELECT 1 FROM "CertificateRevocation" r WHERE r."certificateId" = c.id))`,
});

const DIRECTION = { asc: Prisma.raw("ASC NULLS LAST"), desc: Prisma.raw("DESC NULLS LAST") } as const;

export interface MembersPage { rows: MemberRow[]; total: number; page: number; pages: number }

export async function membersPage(cohort: CohortRef, query: MembersQuery, now: Date): Promise<MembersPage> {
  const x = metrics(now);
  const offset = (query.page - 1) * MEMBERS_PAGE_SIZE;
  const picked = await getDb().$queryRaw<{ userId: string; total: number }[]>(memberPageSql(cohort.id, query, now));
  // A page past the end still needs the total to say how many pages there are.
  const total = picked[0]?.total ?? (offset > 0 ? await countMembers(cohort.id, searchSql(query.q), filterSql(x)[query.filter]) : 0);
  const rows = await memberRows(cohort, picked.map((p) => p.userId), now);
  return { rows, total, page: query.page, pages: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}

const searchSql = (q: string) => (q
  ? Prisma.sql`(u.name ILIKE ${containsPattern(q)} OR u.email ILIKE ${containsPattern(q)})`
  : Prisma.sql`TRUE`);

/** Phase 1: the page's member ids in order, with the matching total (exported for the bench's EXPLAIN). */
export function memberPageSql(cohortId: string, query: MembersQuery, now: Date): Prisma.Sql {
  const x = metrics(now);
  return Prisma.sql`
    SELECT m."userId", count(*) OVER ()::int AS total
    FROM "CohortMember" m JOIN "User" u ON u.id = m."userId"
    WHERE m."cohortId" = ${cohortId} AND ${searchSql(query.q)} AND ${filterSql(x)[query.filter]}
    ORDER BY ${sortSql(x)[query.sort]} ${DIRECTION[query.dir]}, lower(u.name), u.id
    LIMIT ${MEMBERS_PAGE_SIZE} OFFSET ${(query.page - 1) * MEMBERS_PAGE_SIZE}`;
}

async function countMembers(cohortId: string, search: Prisma.Sql, filter: Prisma.Sql): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "CohortMember" m JOIN "User" u ON u.id = m."userId"
    WHERE m."cohortId" = ${cohortId} AND ${search} AND ${filter}`;
  return row?.n ?? 0;
}

/** Every column for the given members, in the order of `ids` (also used by the CSV export). */
export async function memberRows(cohort: CohortRef, ids: string[], now: Date): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  const x = metrics(now);
  const db = getDb();
  const [base, mastery, exams, certificates] = await Promise.all([
    db.$queryRaw<Omit<MemberRow, "mastery" | "exams" | "certificates">[]>`
      SELECT m."userId", u.name, u.email, ${x.lastActive} AS "lastActive", ${x.dailyIssued} AS "dailyIssued",
             ${x.dailyAnswered} AS "dailyAnswered", ${x.streak} AS streak, ${x.due} AS due, ${x.overdue} AS overdue
      FROM "CohortMember" m JOIN "User" u ON u.id = m."userId"
      WHERE m."cohortId" = ${cohort.id} AND m."userId" = ANY(${ids}::text[])`,
    db.$queryRaw<{ userId: string; bucket: string; mastered: number; total: number }[]>`
      ${learnerMasterySql(Prisma.sql`SELECT unnest(${ids}::text[]) AS "userId"`, "course", cohort.courses)}`,
    db.$queryRaw<(ExamStatus & { userId: string })[]>`
      SELECT DISTINCT ON ("userId", course) "userId", course, status::text AS status, score, passed
      FROM "ExamAttempt" WHERE "userId" = ANY(${ids}::text[]) ORDER BY "userId", course, "startedAt" DESC`,
    db.$queryRaw<{ userId: string; credential: string }[]>`
      SELECT c."userId", c.credential FROM "Certificate" c
      WHERE c."userId" = ANY(${ids}::text[]) AND NOT EXISTS (SELECT 1 FROM "CertificateRevocation" r WHERE r."certificateId" = c.id)
      ORDER BY c.credential`,
  ]);
  const byId = new Map(base.map((b) => [b.userId, b]));
  return ids.flatMap((id) => {
    const b = byId.get(id);
    if (!b) return [];
    return [{
      ...b,
      mastery: cohort.courses.map((course) => {
        const m = mastery.find((r) => r.userId === id && r.bucket === course);
        return { course, mastered: m?.mastered ?? 0, total: m?.total ?? 0 };
      }),
      exams: exams.filter((e) => e.userId === id).map(({ userId: _, ...e }) => e),
      certificates: certificates.filter((c) => c.userId === id).map((c) => c.credential),
    }];
  });
}
