// Heatmap: one page of learners (by name) × the cohort's modules, each cell the share of the
// module's skills mastered. Mastery comes from the shared SQL helper (lib/server/cohorts/mastery-sql).
import { Prisma } from "@/generated/prisma/client";
import { curriculum } from "@/exercises/curriculum";
import { learnerMasterySql } from "@/lib/server/cohorts/mastery-sql";
import { getDb } from "@/lib/server/db";
import type { CohortRef } from "./members";
import { HEATMAP_PAGE_SIZE } from "./thresholds";

export interface HeatmapPage {
  modules: { module: string; course: string; total: number }[];
  learners: { userId: string; name: string; shares: number[]; mastered: number[] }[];
  total: number;
  page: number;
  pages: number;
}

/** The cohort's modules in curriculum order. */
export function cohortModules(courses: readonly string[]): { module: string; course: string; total: number }[] {
  const out = new Map<string, { module: string; course: string; total: number }>();
  for (const s of curriculum.skills) {
    if (!courses.includes(s.course)) continue;
    const m = out.get(s.module) ?? { module: s.module, course: s.course, total: 0 };
    m.total += 1;
    out.set(s.module, m);
  }
  return [...out.values()];
}

export async function heatmapPage(cohort: CohortRef, page: number): Promise<HeatmapPage> {
  const modules = cohortModules(cohort.courses);
  const db = getDb();
  const learners = await db.$queryRaw<{ userId: string; name: string; total: number }[]>`
    SELECT m."userId", u.name, count(*) OVER ()::int AS total
    FROM "CohortMember" m JOIN "User" u ON u.id = m."userId" WHERE m."cohortId" = ${cohort.id}
    ORDER BY lower(u.name), u.id LIMIT ${HEATMAP_PAGE_SIZE} OFFSET ${(page - 1) * HEATMAP_PAGE_SIZE}`;
  const ids = learners.map((l) => l.userId);
  const cells = ids.length === 0 ? [] : await db.$queryRaw<{ userId: string; bucket: string; mastered: number; share: number }[]>`
    ${learnerMasterySql(Prisma.sql`SELECT unnest(${ids}::text[]) AS "userId"`, "module", modules.map((m) => m.module))}`;
  const cell = new Map(cells.map((c) => [`${c.userId}\u0000${c.bucket}`, c]));
  const total = learners[0]?.total ?? (await db.cohortMember.count({ where: { cohortId: cohort.id } }));
  return {
    modules,
    learners: learners.map((l) => ({
      userId: l.userId,
      name: l.name,
      shares: modules.map((m) => cell.get(`${l.userId}\u0000${m.module}`)?.share ?? 0),
      mastered: modules.map((m) => cell.get(`${l.userId}\u0000${m.module}`)?.mastered ?? 0),
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / HEATMAP_PAGE_SIZE)),
  };
}
