// Per-learner mastery computed in Postgres: ONE helper shared by /teach headline figures and the
// cohort dashboard, so a learner's mastery reads the same everywhere. The rule is
// lib/scheduling isMastered (≥ MASTERY_MIN_SUCCESSES explicit successes and stability ≥
// MASTERY_MIN_STABILITY_DAYS), read from SkillState.memory JSON.
import { Prisma } from "@/generated/prisma/client";
import { curriculum } from "@/exercises/curriculum";
import { MASTERY_MIN_STABILITY_DAYS, MASTERY_MIN_SUCCESSES } from "@/lib/scheduling";

/**
 * True when the SkillState row aliased `ss` is mastered. The thresholds are code constants written
 * as literals (never user input) so the condition matches the partial index
 * "SkillState_mastered_idx" (migration 20261124185104_skill_state_mastered_index); a bound
 * parameter would stop the planner from using that index.
 */
export const MASTERED_SQL: Prisma.Sql = Prisma.raw(
  `((ss."memory"->>'successes')::int >= ${MASTERY_MIN_SUCCESSES} AND (ss."memory"->>'stability')::float8 >= ${MASTERY_MIN_STABILITY_DAYS})`,
);

export type MasteryGrouping = "course" | "module";

type Buckets = { skillIds: string[]; skillBuckets: string[]; buckets: string[]; totals: number[] };

const bucketCache = new Map<MasteryGrouping, Buckets>();

/** Curriculum skills grouped by course or module, as parallel arrays for unnest(). */
export function masteryBuckets(by: MasteryGrouping): Buckets {
  const cached = bucketCache.get(by);
  if (cached) return cached;
  const skillIds: string[] = [];
  const skillBuckets: string[] = [];
  const counts = new Map<string, number>();
  for (const skill of curriculum.skills) {
    const bucket = by === "course" ? skill.course : skill.module;
    skillIds.push(skill.id);
    skillBuckets.push(bucket);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const built = { skillIds, skillBuckets, buckets: [...counts.keys()], totals: [...counts.values()] };
  bucketCache.set(by, built);
  return built;
}

/**
 * A SELECT yielding one row per learner × bucket (course or module):
 *   "userId" text, bucket text, mastered int, total int, share float8 (mastered / total, 0..1).
 * Learners with nothing mastered get mastered = 0, so medians and distributions count them.
 * `learners` is a SQL subquery with a "userId" column, e.g.
 *   Prisma.sql`SELECT "userId" FROM "CohortMember" WHERE "cohortId" = ${cohortId}`.
 * Use it as a CTE: Prisma.sql`WITH mastery AS (${learnerMasterySql(members, "course")}) SELECT …`.
 * `onlyBuckets` restricts the buckets (e.g. a cohort's courses); unknown names simply match nothing.
 */
export function learnerMasterySql(learners: Prisma.Sql, by: MasteryGrouping, onlyBuckets?: readonly string[]): Prisma.Sql {
  const b = masteryBuckets(by);
  const keep = onlyBuckets ? b.buckets.map((name) => onlyBuckets.includes(name)) : b.buckets.map(() => true);
  const buckets = b.buckets.filter((_, i) => keep[i]);
  const totals = b.totals.filter((_, i) => keep[i]);
  return Prisma.sql`
    SELECT l."userId", k.bucket, COALESCE(m.mastered, 0)::int AS mastered, k.total::int AS total,
           COALESCE(m.mastered, 0)::float8 / k.total AS share
    FROM (SELECT DISTINCT "userId" FROM (${learners}) learners_in) l
    CROSS JOIN unnest(${buckets}::text[], ${totals}::int[]) AS k(bucket, total)
    LEFT JOIN (
      SELECT ss."userId", sk.bucket, count(*)::int AS mastered
      FROM "SkillState" ss
      JOIN unnest(${b.skillIds}::text[], ${b.skillBuckets}::text[]) AS sk(skill_id, bucket) ON sk.skill_id = ss."skillId"
      WHERE ss."userId" IN (SELECT "userId" FROM (${learners}) learners_m) AND ${MASTERED_SQL}
      GROUP BY ss."userId", sk.bucket
    ) m ON m."userId" = l."userId" AND m.bucket = k.bucket`;
}
