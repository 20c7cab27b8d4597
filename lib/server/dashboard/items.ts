// Item analysis: per skill, how the cohort's learners did over a window of days — answers, first-try
// correctness (each learner's first answer on the skill in the window), median time and the most
// common mistake tags with anonymised example wrong answers (distinct texts, never names).
import { Prisma } from "@/generated/prisma/client";
import { curriculum } from "@/exercises/curriculum";
import { getDb } from "@/lib/server/db";
import type { ItemWindow } from "./params";
import { utc, withWorkMem } from "./sql";
import { EXAMPLES_PER_MISTAKE, TOP_MISTAKES } from "./thresholds";

const DAY_MS = 86_400_000;

export interface SkillSummary {
  skillId: string; title: string; module: string;
  attempts: number; learners: number; correctShare: number; firstTryShare: number; medianMs: number; topMistake: string | null;
}
export interface MistakeCount { tag: string; count: number; examples: string[] }
export interface SkillDetail extends SkillSummary { mistakes: MistakeCount[] }

export function windowStart(window: ItemWindow, now: Date): Date {
  return window === "all" ? new Date(0) : new Date(now.getTime() - Number(window) * DAY_MS);
}

/** Attempts by the cohort's members in the window, optionally on one skill (a fixed SQL fragment). */
function cohortAttempts(cohortId: string, from: Date, now: Date, skillId?: string): Prisma.Sql {
  return Prisma.sql`
    SELECT a."userId", a."skillId", a.correct, a."timeTakenMs", a."createdAt", a.mistakes
    FROM "CohortMember" m JOIN "Attempt" a ON a."userId" = m."userId"
    WHERE m."cohortId" = ${cohortId} AND a."createdAt" >= ${utc(from)} AND a."createdAt" <= ${utc(now)}
      ${skillId === undefined ? Prisma.empty : Prisma.sql`AND a."skillId" = ${skillId}`}`;
}

type SummaryRow = Omit<SkillSummary, "title" | "module">;

async function summaries(cohortId: string, from: Date, now: Date, skillId?: string): Promise<SummaryRow[]> {
  return withWorkMem<SummaryRow[]>(summarySql(cohortId, from, now, skillId));
}

/** The per-skill summary query (exported for bench/dashboard.ts's EXPLAIN). */
export function summarySql(cohortId: string, from: Date, now: Date, skillId?: string): Prisma.Sql {
  // Aggregate first, join the three small per-skill results after: joining 500k+ answer rows to them
  // before grouping made Postgres sort every row twice.
  return Prisma.sql`
    WITH a AS MATERIALIZED (${cohortAttempts(cohortId, from, now, skillId)}),
    base AS (
      SELECT "skillId", count(*)::int AS attempts, avg(correct::int)::float8 AS "correctShare",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY "timeTakenMs")::float8 AS "medianMs"
      FROM a GROUP BY 1),
    firsts AS (
      SELECT "skillId", count(*)::int AS learners, avg(correct::int)::float8 AS share FROM (
        SELECT DISTINCT ON ("userId", "skillId") "skillId", correct FROM a ORDER BY "userId", "skillId", "createdAt") f
      GROUP BY 1),
    tags AS (
      SELECT DISTINCT ON ("skillId") "skillId", tag FROM (
        SELECT "skillId", tag, count(*) AS n FROM a, unnest(a.mistakes) tag WHERE NOT a.correct GROUP BY 1, 2) t
      ORDER BY "skillId", n DESC, tag)
    SELECT b."skillId", b.attempts, f.learners, b."correctShare", f.share AS "firstTryShare", b."medianMs", t.tag AS "topMistake"
    FROM base b JOIN firsts f ON f."skillId" = b."skillId" LEFT JOIN tags t ON t."skillId" = b."skillId"`;
}

function describe(row: SummaryRow): SkillSummary {
  const skill = curriculum.byId.get(row.skillId);
  return { ...row, title: skill?.title ?? row.skillId, module: skill?.module ?? "" };
}

/** Every skill of the cohort's courses that has answers in the window, weakest first-try first. */
export async function itemSummary(cohortId: string, window: ItemWindow, now: Date): Promise<SkillSummary[]> {
  const rows = await summaries(cohortId, windowStart(window, now), now);
  return rows.map(describe).sort((a, b) => a.firstTryShare - b.firstTryShare || a.skillId.localeCompare(b.skillId));
}

export type DetailResult = { ok: true; detail: SkillDetail | null } | { ok: false; message: string };

/** One skill in depth; null detail when nobody in the cohort answered it in the window. */
export async function itemDetail(cohort: { id: string; courses: string[] }, skillId: string, window: ItemWindow, now: Date): Promise<DetailResult> {
  const skill = curriculum.byId.get(skillId);
  if (!skill || !cohort.courses.includes(skill.course)) {
    return { ok: false, message: `"${skillId}" is not a skill of this cohort's courses; pick one from the table.` };
  }
  const from = windowStart(window, now);
  const [row] = await summaries(cohort.id, from, now, skillId);
  if (!row) return { ok: true, detail: null };
  const tags = await getDb().$queryRaw<{ tag: string; count: number; examples: string[] }[]>`
    WITH wrong AS (
      SELECT tag, a."answerText" FROM "CohortMember" m JOIN "Attempt" a ON a."userId" = m."userId", unnest(a.mistakes) tag
      WHERE m."cohortId" = ${cohort.id} AND a."skillId" = ${skillId} AND NOT a.correct
        AND a."createdAt" >= ${utc(from)} AND a."createdAt" <= ${utc(now)}),
    top AS (SELECT tag, count(*)::int AS count FROM wrong GROUP BY tag ORDER BY count DESC, tag LIMIT ${TOP_MISTAKES})
    SELECT top.tag, top.count, ARRAY(
      SELECT DISTINCT w."answerText" FROM wrong w WHERE w.tag = top.tag ORDER BY w."answerText" LIMIT ${EXAMPLES_PER_MISTAKE}) AS examples
    FROM top ORDER BY top.count DESC, top.tag`;
  return { ok: true, detail: { ...describe(row), mistakes: tags } };
}
