// Cohort charts: answers and active learners per day (UTC days, the cohort spans time zones),
// and how mastery is distributed across the cohort's learners in each module.
import { learnerMasterySql } from "@/lib/server/cohorts/mastery-sql";
import { getDb } from "@/lib/server/db";
import { cohortModules } from "./heatmap";
import type { CohortRef } from "./members";
import { memberIds, utc } from "./sql";
import { ACTIVITY_DAYS } from "./thresholds";

const DAY_MS = 86_400_000;

export interface ActivityDay { date: string; answers: number; learners: number }

export async function activityPerDay(cohortId: string, now: Date, days = ACTIVITY_DAYS): Promise<ActivityDay[]> {
  const today = now.toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * DAY_MS);
  const rows = await getDb().$queryRaw<ActivityDay[]>`
    SELECT to_char(a."createdAt", 'YYYY-MM-DD') AS date, count(*)::int AS answers, count(DISTINCT a."userId")::int AS learners
    FROM "CohortMember" m JOIN "Attempt" a ON a."userId" = m."userId"
    WHERE m."cohortId" = ${cohortId} AND a."createdAt" >= ${utc(from)} AND a."createdAt" <= ${utc(now)}
    GROUP BY 1`;
  const byDate = new Map(rows.map((r) => [r.date, r]));
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(from.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    return byDate.get(date) ?? { date, answers: 0, learners: 0 };
  });
}

/** Share-of-module-mastered bands; a learner falls in exactly one. */
export const MASTERY_BANDS = [
  { label: "0%", min: 0, max: 0 },
  { label: "1–25%", min: 1e-9, max: 0.25 },
  { label: "26–50%", min: 0.25 + 1e-9, max: 0.5 },
  { label: "51–75%", min: 0.5 + 1e-9, max: 0.75 },
  { label: "76–100%", min: 0.75 + 1e-9, max: 1 },
] as const;

export interface ModuleDistribution { module: string; course: string; learners: number[] }

export async function masteryDistribution(cohort: CohortRef): Promise<ModuleDistribution[]> {
  const modules = cohortModules(cohort.courses);
  const rows = await getDb().$queryRaw<{ bucket: string; band: number; learners: number }[]>`
    WITH mastery AS (${learnerMasterySql(memberIds(cohort.id), "module", modules.map((m) => m.module))})
    SELECT bucket, CASE WHEN share = 0 THEN 0 WHEN share <= 0.25 THEN 1 WHEN share <= 0.5 THEN 2 WHEN share <= 0.75 THEN 3 ELSE 4 END AS band,
           count(*)::int AS learners
    FROM mastery GROUP BY 1, 2`;
  return modules.map((m) => ({
    module: m.module,
    course: m.course,
    learners: MASTERY_BANDS.map((_, band) => rows.find((r) => r.bucket === m.module && r.band === band)?.learners ?? 0),
  }));
}

